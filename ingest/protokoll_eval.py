"""Score protokoll extraction against a gold file (format of ../shared/eval/protokoll_gold.json).

Run: python -m ingest.protokoll_eval GOLD.json TEXT_DIR [PDF_DIR] [--kallelser KALLELSE_DIR]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from ingest.models import Protokoll
from ingest.pipeline import read_document, read_source
from ingest.protokoll import kallelse_proposals, parse_protokoll, with_proposals


@dataclass
class Score:
    """Fields right out of fields scored, with the misses listed for reading."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, name: str, got: object, want: object) -> None:
        self.total += 1
        if got == want:
            self.right += 1
        else:
            self.misses.append(f"{name}: got {got!r}, want {want!r}")

    def add(self, other: Score) -> None:
        self.right += other.right
        self.total += other.total
        self.misses.extend(other.misses)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


def _range_text(pair: list[int]) -> str:
    return f"{pair[0]}–{pair[1]}" if pair[0] != pair[1] else str(pair[0])


def score_protokoll(parsed: Protokoll | None, gold: dict) -> Score:
    """Meeting fields (organ, date, time, place, ordförande, sekreterare, justerare, paragraph range, beslutande,
    ersättare) and, per gold §, its nr, dnr and outcome; a § the parser missed counts all three wrong."""
    score = Score()
    name = gold["file"]
    if parsed is None:
        score.total = 10 + 3 * len(gold["paragraphs"])
        score.misses.append(f"{name}: not read as a protokoll")
        return score
    m = parsed.meeting
    score.check(f"{name} organ", m.committee, gold["organ"])
    score.check(f"{name} date", m.date, gold["date"])
    score.check(f"{name} time", m.time, gold["time"])
    score.check(f"{name} place", m.place, gold["place"])
    score.check(f"{name} ordförande", m.chair, gold["ordforande"])
    score.check(f"{name} sekreterare", m.secretary, gold["sekreterare"])
    score.check(f"{name} justerare", list(m.justerare), gold["justerare"])
    score.check(f"{name} paragrafer", m.paragraph_range, _range_text(gold["paragraph_range"]))
    score.check(f"{name} beslutande", sorted(m.beslutande), sorted(gold["beslutande"]))
    score.check(f"{name} ersättare", sorted(m.ersattare), sorted(gold["ersattare_ej_tjanstgorande"]))
    by_nr = {p.nr: p for p in parsed.paragraphs}
    for want in gold["paragraphs"]:
        got = by_nr.get(want["nr"])
        score.check(f"{name} § {want['nr']} nr", got.nr if got else None, want["nr"])
        score.check(f"{name} § {want['nr']} dnr", got.dnr if got else None, want["dnr"])
        score.check(f"{name} § {want['nr']} outcome", got.outcome if got else None, want["outcome"])
    return score


def score_lines(parsed: Protokoll | None, gold: dict) -> Score:
    """Heading and decision line numbers (text exports only: the gold's lines are lines of the .txt)."""
    score = Score()
    by_nr = {p.nr: p for p in parsed.paragraphs} if parsed else {}
    for want in gold["paragraphs"]:
        got = by_nr.get(want["nr"])
        score.check(f"{gold['file']} § {want['nr']} line", got.line if got else None, want["line"])
        score.check(f"{gold['file']} § {want['nr']} decision_line", got.decision_line if got else None,
                    want["decision_line"])
    return score


def score_follows_proposal(parsed: Protokoll | None, gold: dict, kallelse_dir: Path) -> Score:
    """follows_proposal after comparing with the kallelse's proposals, on the §§ where the gold has a value."""
    score = Score()
    kallelse = kallelse_dir / gold["kallelse_file"]
    if parsed is None or not kallelse.is_file():
        return score
    compared = with_proposals(parsed, kallelse_proposals(read_document(kallelse)))
    by_nr = {p.nr: p for p in compared.paragraphs}
    for want in gold["paragraphs"]:
        if want["follows_proposal"] is None or want["outcome"] == "informationsärende/lägges till handlingarna":
            continue
        got = by_nr.get(want["nr"])
        score.check(f"{gold['file']} § {want['nr']} follows_proposal", got.follows_proposal if got else None,
                    want["follows_proposal"])
    return score


def evaluate(gold_path: Path, folder: Path, suffix: str) -> Score:
    """The extraction score over every protokoll of the gold file, read from `folder` with the given suffix."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    total = Score()
    for entry in gold["protokoll"]:
        path = folder / (Path(entry["file"]).stem + suffix)
        total.add(score_protokoll(parse_protokoll(read_source(path, 50_000_000)), entry))
    return total


def agenda_agreement(text_dir: Path, pdf_dir: Path) -> Score:
    """Every kallelse's agenda read from its text export and from its PDF: item by item (number, diarienummer,
    title with whitespace folded), the two must agree."""
    from ingest.pipeline import parse_document

    score = Score()
    for text_path in sorted(text_dir.glob("*.txt")):
        pdf_path = pdf_dir / (text_path.stem + ".pdf")
        if not pdf_path.is_file():
            continue
        agendas = [parse_document(read_source(p, 50_000_000)).agenda for p in (text_path, pdf_path)]
        if not agendas[0] and not agendas[1]:
            continue
        keys = [[(a.nr, a.diarienummer, " ".join(a.title.split()).lower()) for a in agenda] for agenda in agendas]
        score.check(f"{text_path.stem} agenda items", len(keys[1]), len(keys[0]))
        for got, want in zip(keys[1], keys[0], strict=False):
            score.check(f"{text_path.stem} item {want[0]}", got, want)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description="Score protokoll extraction against a gold file.")
    parser.add_argument("gold", type=Path)
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("pdf_dir", type=Path, nargs="?")
    parser.add_argument("--kallelser", type=Path, help="folder of the kallelser (text exports) for follows_proposal")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    for label, folder, suffix in (("text", args.text_dir, ".txt"), ("pdf", args.pdf_dir, ".pdf")):
        if folder is None:
            continue
        score = evaluate(args.gold, folder, suffix)
        print(f"{label}: {score.right}/{score.total} fields right ({score.share:.3f})")
        for miss in score.misses:
            print(f"  {miss}")
    lines, follows = Score(), Score()
    for entry in gold["protokoll"]:
        parsed = parse_protokoll(read_source(args.text_dir / entry["file"], 50_000_000))
        lines.add(score_lines(parsed, entry))
        if args.kallelser:
            follows.add(score_follows_proposal(parsed, entry, args.kallelser))
    print(f"text line numbers: {lines.right}/{lines.total} ({lines.share:.3f})")
    if args.kallelser:
        print(f"follows_proposal with kallelse: {follows.right}/{follows.total} ({follows.share:.3f})")
        for miss in follows.misses:
            print(f"  {miss}")


if __name__ == "__main__":
    main()
