"""Lines of an index's pages that stand in no passage: text the reader read and the chunker lost.

    .venv/bin/python eval/lost_lines.py DATA_DIR [DATA_DIR …]

Each line of a stored page (12 characters or more) is looked for in the text of its document's passages, then in
their headings and section paths; printed are the lines found in neither (LOST) and, with --headings, those found
only as a heading. Diagnostic: run it on the diagnostic probes' indexes, not the measurement probes' (eval/README.md).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from assistant.settings import Settings
from index.catalog_store import make_catalog_store


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def lost_lines(data_dir: Path, headings: bool = False) -> list[tuple[str, str, str]]:
    """(where, file name, line) for each page line in no passage's text: "LOST", or "heading" when only a heading or
    section path holds it (listed with `headings`)."""
    # The catalog the assistant reads (SQLite in the data folder, or NAMND_DATABASE_URL's), through its own readers.
    settings = Settings(data_dir=data_dir)
    catalog = make_catalog_store(settings.database, settings.catalog_path)
    out = []
    for document in catalog.documents():
        chunks = catalog.chunks(catalog.chunk_ids(document.document_id)).values()
        body = _norm("\n".join(c.text for c in chunks))
        around = _norm("\n".join(f"{c.context} {c.section}" for c in chunks))
        for _number, text in catalog.pages(document.document_id):
            for line in map(_norm, text.split("\n")):
                if len(line) < 12 or line in body:
                    continue
                where = "heading" if line in around else "LOST"
                if where == "LOST" or headings:
                    out.append((where, document.file_name, line))
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
