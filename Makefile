# Two commands for a newcomer: `make run` and `make test`. Everything else is here for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DOCS ?= ../shared/corpus-pdf
export OMP_NUM_THREADS ?= 1
export HF_HUB_OFFLINE := 1

.PHONY: run test install install-test chromium dictionaries ingest serve eval bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first and pinned: 2.13.0 is the CPU wheel on this machine's disk; unpinned pulls CUDA.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[bench]"
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e ".[bench,test]"
	touch $@

install: $(VENV)/.installed dictionaries

install-test: $(VENV)/.installed-test chromium dictionaries

# Debian's chromium for the browser tests (never `playwright install`: it downloads a browser build).
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

# Debian's FreeDict English–Swedish dictionaries, so English questions find Swedish text (assistant/english.py;
# without them the assistant only warns). The Swedish Hunspell dictionary comes from PyPI (hunspell-sv).
dictionaries:
	@test -f /usr/share/dictd/freedict-eng-swe.index -a -f /usr/share/dictd/freedict-swe-eng.index || \
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q dict-freedict-eng-swe dict-freedict-swe-eng; }

# Ingest uses both cores (nobody else is waiting yet); the server then answers on one.
ingest: install
	NAMND_EMBEDDING_THREADS=$${NAMND_EMBEDDING_THREADS:-2} $(BIN)/namnd ingest $(DOCS)

serve: install
	$(BIN)/namnd serve

run: ingest serve

test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

eval: install
	$(BIN)/namnd eval ../shared/eval/dev.jsonl

bench: install
	$(BIN)/namnd bench

lint: install-test
	$(BIN)/ruff check assistant ingest index web tests

clean:
	rm -rf data .cache .pytest_cache
