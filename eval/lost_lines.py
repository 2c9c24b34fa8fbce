"""Lines of an index's pages that stand in no passage: text the reader read and the chunker lost.

    .venv/bin/python eval/lost_lines.py DATA_DIR [DATA_DIR …]

Each line of a stored page (12 characters or more) is looked for in the text of its document's passages, then in
their headings and section paths; printed are the lines found in neither (LOST) and, with --headings, those found
only as a heading. Diagnostic: run it on the diagnostic probes' indexes, not the measurement probes' (eval/README.md).
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def lost_lines(data_dir: Path, headings: bool = False) -> list[tuple[str, str, str]]:
    """(where, file name, line) for each page line in no passage's text: "LOST", or "heading" when only a heading or
    section path holds it (listed with `headings`)."""
    db = sqlite3.connect(f"file:{data_dir / 'catalog.sqlite3'}?mode=ro", uri=True)
    names = dict(db.execute("SELECT document_id, file_name FROM documents").fetchall())
    out = []
    for document_id, text in db.execute("SELECT document_id, text FROM pages"):
        chunks = db.execute("SELECT text, coalesce(context, ''), section_path FROM chunks WHERE document_id = ?",
                            (document_id,)).fetchall()
        body = _norm("\n".join(c[0] for c in chunks))
        around = _norm("\n".join(f"{c[1]} {c[2]}" for c in chunks))
        for line in map(_norm, text.split("\n")):
            if len(line) < 12 or line in body:
                continue
            where = "heading" if line in around else "LOST"
            if where == "LOST" or headings:
                out.append((where, names.get(document_id, document_id), line))
    return out


def main(argv: list[str]) -> int:
    headings = "--headings" in argv
    dirs = [Path(a) for a in argv if a != "--headings"]
    if not dirs:
        print(__doc__, file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    for data_dir in dirs:
        for where, name, line in lost_lines(data_dir, headings):
            counts[where] += 1
            print(f"{where}\t{name}\t{line[:160]}")
    print(dict(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
