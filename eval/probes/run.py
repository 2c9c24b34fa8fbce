"""Ask a probe's questions of the index in NAMND_DATA_DIR and count the outcomes.

    NAMND_DATA_DIR=/tmp/probe_d namnd ingest eval/probes/d/docs
    NAMND_DATA_DIR=/tmp/probe_d OMP_NUM_THREADS=1 .venv/bin/python eval/probes/run.py eval/probes/d [--details]

A question is right when the answer is not a refusal and contains every `must_contain` string ("a|b": either one,
compared with whitespace and case folded); an unanswerable one is refused when the answer abstains. `--details` lists
the failures: only for a diagnostic probe (see eval/README.md), never for the one kept as a measurement.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from assistant.service import Assistant
from assistant.settings import Settings


def _folded(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).lower().replace("\u2212", "-").replace("\u2013", "-"))


def _has(text: str, needle: str) -> bool:
    return any(_folded(alternative) in _folded(text) for alternative in needle.split("|"))


def main(probe: Path, details: bool) -> None:
    questions = [json.loads(line) for line in (probe / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assistant = Assistant.from_settings(Settings())
    if not assistant.documents():
        sys.exit(f"Indexet är tomt: kör först `namnd ingest {probe / 'docs'}` med samma NAMND_DATA_DIR.")
    counts: Counter[str] = Counter()
    failures = []
    for q in questions:
        answer = assistant.ask(q["question"])
        if q["answerable"]:
            outcome = "false_abstention" if answer.abstained else (
                "right" if all(_has(answer.text, m) for m in q["must_contain"]) else "wrong")
        else:
            outcome = "refused" if answer.abstained else "answered_unanswerable"
        counts[outcome] += 1
        if outcome not in ("right", "refused"):
            failures.append((q["id"], outcome, q["question"], re.sub(r"\s+", " ", answer.text)[:240]))
    answerable = sum(q["answerable"] for q in questions)
    print(f"{probe.name}: answerable {answerable}: right {counts['right']}, wrong {counts['wrong']}, "
          f"false abstention {counts['false_abstention']}; unanswerable {len(questions) - answerable}: "
          f"refused {counts['refused']}, answered {counts['answered_unanswerable']}")
    for failure in failures if details else ():
        print("- {} [{}] {}\n    → {}".format(*failure))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--details" in sys.argv[2:])
