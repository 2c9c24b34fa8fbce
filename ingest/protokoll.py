"""A protokoll (minutes) → Protokoll: the Meeting of its first page and one Paragraph per § with its decision."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ingest.letterhead import recipients
from ingest.models import Block, Paragraph, ParsedDocument, Protokoll, SourceDocument, Vote
from ingest.normalize import own_header
from ingest.patterns import (
    TRAILING_PARAGRAPH,
    contents_line,
    diarienummer_in,
    paragraphs_in,
    section_label,
    trailing_paragraphs,
    without_diarienummer,
)
from ingest.protokoll_meeting import parse_meeting
from ingest.protokoll_outcome import (
    DECISION_SENTENCE,
    ParagraphFacts,
    classify_outcome,
    follows_proposal,
    parse_votes,
    parse_yrkanden,
    reservations,
    roll_call,
)

# A § heading: "§ 14", "§§ 49–60", "§ 112/21", "KS § 45"; the rest of the line may hold "Dnr …" and the title.
_PARAGRAPH_HEADING = re.compile(
    r"^(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}\s+)?§§?\s*(\d{1,4})(?:\s*[–-]\s*(\d{1,4}))?(?:/\d{2,4})?(?![\d/])[.:]?\s*(.*)$",
    re.DOTALL,
)
# "Sn 78", "KS 112/21": an organ's abbreviation and a number, used instead of "§" by some municipalities.
_ABBREVIATED_HEADING = re.compile(r"^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,3})\s+(\d{1,4})(?:/\d{2,4})?(?![\d/])[.:]?\s*(.*)$",
                                  re.DOTALL)
# A diarienummer after its label: "Dnr SOCN/2023:17", "Dnr KS 2021/345", "Dnr 2019/231 012", "Diarienummer: SN.2020.12".
_DNR = re.compile(r"(?i:\b(?:dnr|diarienr|diarienummer)\.?)\s*:?\s*((?:[A-ZÅÄÖ]{1,8}[ /.-]?)?\d{2,4}[/:.-]\d{1,6}"
                  r"(?:[.:-]\d{1,6})?(?:\s\d{3}(?![\d/]))?)")
# Signature lines at the foot of every § page ("Ordförandens sign", "Justerandes signatur", "Utdragsbestyrkande").
# A text export of the page may put the labels side by side on one line ("Justerandes sign   Utdragsbestyrkande").
_SIGNATURE_LABEL = r"(?:(?:ordförandens|justerandes|justerares|sekreterarens)\s+sign(?:atur|\.)?|utdragsbestyrkande)"
_SIGNATURE = re.compile(rf"^{_SIGNATURE_LABEL}(?:\s+{_SIGNATURE_LABEL})*\s*$", re.IGNORECASE)
# The words that name a document a protokoll, on its first lines.
_PROTOKOLL_TITLE = re.compile(r"\b(?:sammanträdes|justerat\s+)?protokoll(?:sutdrag)?\b", re.IGNORECASE)
# Other first-page and footer markers only minutes carry.
_PROTOKOLL_MARKERS = re.compile(r"utses att justera|justeringens (?:plats|tid)|protokollet har justerats|anslag/bevis|"
                                r"^sammanträdesdatum|^beslutande\b|^närvarolista", re.IGNORECASE)
# Signs that the § had a proposal to decide on (a tjänsteskrivelse, a förslag till beslut).
_PROPOSAL_HINT = re.compile(r"tjänsteskrivelse|förslag till beslut|beslutsförslag|"
                            r"(?:förvaltningen|utskottet|ordföranden)\s+föreslår|(?:förvaltningens|utskottets) förslag",
                            re.IGNORECASE)


# A voting or attendance list's title, as printed at the end of minutes or as an appendix (kommunallagen 5 kap. 55 §:
# a roll-call vote is recorded by name): "Omröstningslista", "Voteringsbilaga", "Närvaro- och voteringslista".
_APPENDIX = re.compile(r"\b(?:omröstnings|voterings)(?:lista|bilaga|protokoll)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Head:
    index: int
    first: int
    last: int
    rest: str


def parse_protokoll(source: SourceDocument) -> Protokoll | None:
    """The protokoll in a read document, or None when the document is not minutes."""
    blocks = [b for b in source.blocks if not _SIGNATURE.match(b.text.strip())]
    heads = _paragraph_heads(blocks)
    header = blocks[: heads[0].index] if heads else blocks
    if not _is_protokoll(header, source.blocks, heads, source.letterhead):
        return None
    index = _paragraph_index(header)
    bodies = [blocks[head.index + 1 : heads[n + 1].index if n + 1 < len(heads) else len(blocks)]
              for n, head in enumerate(heads)]
    bodies = _appendices_moved(heads, bodies)
    paragraphs = [_paragraph(head, blocks[head.index], body, index) for head, body in zip(heads, bodies, strict=True)]
    meeting = parse_meeting(header, [(h.first, h.last) for h in heads])
    if not meeting.justerare:
        meeting = replace(meeting, justerare=_chosen_justerare(paragraphs))
    return Protokoll(source.file_name, meeting, tuple(paragraphs))


# The decision choosing who signs beside the chair, in the words Swedish minutes use ("Nämnden utser Eva Lund (C) att
# jämte ordföranden justera protokollet", "Eva Lund (C) utses att justera protokollet").
_CHOSEN = re.compile(r"\butser\s+(.{3,120}?)\s+att\s+(?:jämte\s+ordföranden\s+)?justera|"
                     r"([^.:]{3,120}?)\s+utses\s+(?:att\s+)?(?:jämte\s+ordföranden\s+)?(?:att\s+)?justera",
                     re.IGNORECASE)
# A person as minutes name one: given name(s) and surname, perhaps the party in parentheses.
_PERSON = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+)+(?:\s*\([A-ZÅÄÖ]{1,3}\))?")


def _chosen_justerare(paragraphs: Sequence[Paragraph]) -> tuple[str, ...]:
    """The justerare a § chose, when the first page names none (a meeting system's extract chooses them in its first
    §, "Val av justerare", and lists no field for them)."""
    for paragraph in paragraphs:
        for text in (paragraph.decision, paragraph.text):
            match = _CHOSEN.search(text or "")
            if match:
                return tuple(_PERSON.findall(match[1] or match[2]))
    return ()


def _appendices_moved(heads: list[_Head], bodies: list[list[Block]]) -> list[list[Block]]:
    """A voting or attendance list printed after a later § ("Närvaro- och voteringslista (voteringen gäller § 114)",
    "Omröstningsbilaga § 12" at the end of the minutes) belongs to the § it names: read with the § it happens to
    follow, that § would get a vote it never had. The list and what follows it, up to the next §, move there."""
    numbers = {n: i for i, head in enumerate(heads) for n in range(head.first, head.last + 1)}
    kept = list(bodies)
    moved: list[list[Block]] = [[] for _ in bodies]
    for i, body in enumerate(bodies):
        j = next((j for j, b in enumerate(body) if b.kind != "table" and len(b.text) <= 200
                  and _APPENDIX.search(b.text)), None)
        named = {numbers[n] for n in paragraphs_in(body[j].text) if n in numbers} if j is not None else set()
        if len(named) == 1 and i not in named:
            kept[i] = body[:j]
            moved[named.pop()] += body[j:]
    return [k + m for k, m in zip(kept, moved, strict=True)]


def _is_protokoll(header: list[Block], everything: tuple[Block, ...], heads: list[_Head],
                  letterhead: Sequence[str] = ()) -> bool:
    """§ headings, and before them a title naming the document a protokoll (not a kallelse) — on the first page or
    in the header printed on every page —, or (two or more §§) first-page fields and signature lines only minutes
    have. A reglemente's '§ 3 Justering av protokoll' is neither; nor is an attachment's "Bilaga till protokoll"."""
    if not heads:
        return False
    top = [b.text.strip() for b in header[:10]] + own_header(letterhead)
    if top and len(top[0]) > 80:
        top.append(top[0][:80])  # a text export's letterhead lines joined into its first block
    titled = any(len(t) <= 80 and _PROTOKOLL_TITLE.search(t) for t in top)
    titled = titled and not any(re.search(r"\bkallelse\b", t, re.IGNORECASE) for t in top)
    if len(heads) < 2:
        return titled  # a protokollsutdrag: one §, under a title that says what it is
    signed = any(_SIGNATURE.match(b.text.strip()) for b in everything)
    marked = sum(1 for b in header if _PROTOKOLL_MARKERS.search(b.text)) >= 2
    return titled or (marked and signed)


def _paragraph_heads(blocks: list[Block]) -> list[_Head]:
    """§ headings in increasing order; the abbreviated form ("Sn 78") only when no § heading is used."""
    heads = _heads(blocks, _PARAGRAPH_HEADING, allow_paragraphs=True)
    if len(heads) >= 2:
        return heads
    # A number in the margin heads minutes only when several §§ are so numbered and none in front — the same rule
    # the sectioning applies (patterns.trailing_paragraphs).
    trailing = _heads(blocks, TRAILING_PARAGRAPH, allow_paragraphs=False)
    if len(trailing) >= 2 and trailing_paragraphs([b.text for b in blocks if b.kind == "heading"],
                                                  [b.text for b in blocks if len(b.text) <= 200]):
        return trailing
    abbreviated = _heads(blocks, _ABBREVIATED_HEADING, allow_paragraphs=False)
    return abbreviated if len(abbreviated) > len(heads) else heads  # one § heading: a protokollsutdrag


def _heads(blocks: list[Block], pattern: re.Pattern[str], allow_paragraphs: bool) -> list[_Head]:
    heads: list[_Head] = []
    prefix = None
    for i, block in enumerate(blocks):
        kinds = {"heading", "paragraph"} if allow_paragraphs else {"heading"}
        if block.kind not in kinds or (block.kind == "paragraph" and len(block.text) > 200):
            continue
        match = pattern.match(block.text.strip())
        if not match or contents_line(block.text):
            continue  # not a § heading, or the table of contents' line for one (its § follows later)
        groups = match.groups()
        if pattern is _ABBREVIATED_HEADING:
            if prefix not in (None, groups[0]):
                continue
            prefix, first, last, rest = groups[0], int(groups[1]), int(groups[1]), groups[2]
        elif pattern is TRAILING_PARAGRAPH:
            first, last, rest = int(groups[1]), int(groups[1]), groups[0]
        else:
            first, last, rest = int(groups[0]), int(groups[1] or groups[0]), groups[2]
        if last < first or (heads and first <= heads[-1].last):
            continue  # minutes number their §§ upwards; anything else is a reference in running text
        if last > first and not rest.strip():
            continue  # "§§ 18–22" alone: the first page's field of the §§ the minutes hold, not a § of them
        heads.append(_Head(i, first, last, rest.strip()))
    return heads


def _paragraph_index(header: list[Block]) -> dict[int, str]:
    """The first page's ärendeförteckning (§ | Ärende | Dnr) as § number → diarienummer, when there is one."""
    for block in header:
        if block.kind != "table" or not block.rows:
            continue
        head = [c.strip().lower() for c in block.rows[0]]
        nr_col = next((i for i, c in enumerate(head) if c in {"§", "paragraf", "nr"}), None)
        dnr_col = next((i for i, c in enumerate(head) if c.startswith(("dnr", "diarienr", "diarienummer"))), None)
        if nr_col is None or dnr_col is None:
            continue
        index = {}
        for row in block.rows[1:]:
            nr = re.match(r"\d+", row[nr_col].strip()) if nr_col < len(row) else None
            if nr and dnr_col < len(row) and row[dnr_col].strip():
                index[int(nr[0])] = row[dnr_col].strip()
        return index
    return {}


def _label(block: Block) -> tuple[str, str] | None:
    """The section a block opens ('decision', 'yrkanden', …) and any text after 'Label:' on the same line."""
    text = block.text.strip()
    if block.kind == "table" or len(text) > 300:
        return None
    head, colon, inline = text.partition(":")
    candidates = [(text.rstrip(":").strip(), "")]
    if colon and len(head) <= 40:
        candidates.append((head.strip(), inline.strip()))
    for candidate, rest in candidates:
        kind = section_label(candidate)
        if kind:
            return kind, rest
    return None


def _sections(body: list[Block]) -> dict[str, list[tuple[Block, str]]]:
    """The § body split at its labels; text before the first label goes to 'pre'."""
    sections: dict[str, list[tuple[Block, str]]] = {"pre": []}
    current = "pre"
    for block in body:
        label = _label(block)
        if label:
            current = label[0]
            sections.setdefault(current, [])
            if label[1]:
                sections[current].append((block, label[1]))
            continue
        sections.setdefault(current, []).append((block, block.text))
    return sections


def _title_and_dnr(head: _Head, body: list[Block]) -> tuple[str, str | None, int]:
    """Title and diarienummer from the heading line or the lines right under it; how many lines they took."""
    dnr_match = _DNR.search(head.rest)
    dnr = dnr_match[1].strip() if dnr_match else None
    title = _DNR.sub("", head.rest).strip(" ,.–-:") if dnr_match else head.rest.strip()
    if dnr is None and diarienummer_in(title):
        # Unlabelled on the heading line ("§ 61 SN 2024/0088"), in any of the common forms (ingest/patterns.py).
        dnr = diarienummer_in(title)[0]
        title = without_diarienummer(title).strip(" ,.–-:")
    used = 0
    for block in body[:3]:
        if _label(block) or block.kind == "table":
            break
        match = _DNR.search(block.text)
        if match and dnr is None and match.start() <= len(block.text) // 2:
            dnr = match[1].strip()
            title = title or block.text[: match.start()].strip(" ,.–-:") or _DNR.sub("", block.text).strip(" ,.–-:")
            used += 1
            continue
        if not title and (block.kind == "heading" or (len(block.text) <= 150 and not block.text.rstrip().endswith(
                (".", ":")))):
            title = block.text.strip()
            used += 1
            continue
        break
    return title, dnr, used


def _text(sections: dict[str, list[tuple[Block, str]]], *kinds: str) -> str:
    return "\n".join(text for kind in kinds for _, text in sections.get(kind, []))


def _paragraph(head: _Head, head_block: Block, body: list[Block], index: Mapping[int, str]) -> Paragraph:
    """One § from its heading and the blocks up to the next §."""
    title, dnr, used = _title_and_dnr(head, body)
    dnr = dnr or index.get(head.first)
    sections = _sections(body[used:])
    decision_blocks = sections.get("decision") or _decision_without_heading(sections)
    decision = "\n".join(text for _, text in decision_blocks).strip()

    def text_of(*kinds: str) -> str:
        return _text(sections, *kinds)

    discussion = text_of("pre", "other", "yrkanden", "proposition", "omrostning", "reservation")
    votes = parse_votes(text_of("omrostning")) or parse_votes(text_of("proposition", "decision"))
    # A roll-call table keeps its empty cells in the block's rows (its text drops them): who voted how.
    called = next(filter(None, (roll_call(block.rows) for kind in ("omrostning", "proposition", "decision", "other")
                                for block, _ in sections.get(kind, []) if block.kind == "table" and block.rows)), ())
    if called:
        counted = tuple(sum(1 for _, v in called if v == vote) for vote in ("ja", "nej", "avstår"))
        votes = replace(votes, roll_call=called) if votes else Vote(*counted, "", roll_call=called)
    facts = ParagraphFacts(
        title=title,
        decision=decision,
        body=text_of("pre", "other"),
        has_decision_heading="decision" in sections,
        has_proposal="proposal" in sections or bool(_PROPOSAL_HINT.search(text_of("pre", "other"))),
        yrkanden=parse_yrkanden(text_of("yrkanden") or discussion),
        proposition=text_of("proposition"),
        votes=votes,
    )
    outcome = classify_outcome(facts)
    proposal = text_of("proposal")
    follows = follows_proposal(decision, proposal) if proposal and decision else None
    if follows is False and outcome == "beslutat enligt förslag":
        outcome = "beslutat med ändring"  # the § quotes the proposal, and the decision differs from it
    first = decision_blocks[0][0] if decision_blocks else None
    nr = f"{head.first}–{head.last}" if head.last != head.first else str(head.first)
    return Paragraph(
        nr=nr, first=head.first, last=head.last, title=title, dnr=dnr, decision=decision, outcome=outcome,
        page=head_block.page, line=head_block.line_start,
        decision_page=first.page if first else None, decision_line=first.line_start if first else None,
        sekretess=outcome == "sekretess", yrkanden=facts.yrkanden, votes=votes,
        reservationer=reservations(text_of("reservation") or discussion),
        skickas_till=recipients([t for _, t in sections.get("skickas", [])]),
        reason=decision if outcome in {"återremitterat", "bordlagt"} else None,
        text="\n".join(b.text for b in [head_block, *body]),
        follows_proposal=follows if outcome.startswith("beslutat") else None,
    )


def _decision_without_heading(sections: dict[str, list[tuple[Block, str]]]) -> list[tuple[Block, str]]:
    """'Nämnden beslutar att …' (and the numbered points after it) anywhere in the §, else its first text."""
    for kind in ("pre", "other"):
        entries = sections.get(kind, [])
        for i, (block, _) in enumerate(entries):
            if DECISION_SENTENCE.match(block.text.strip()):
                run = [entries[i]]
                for entry in entries[i + 1 :]:  # the numbered points or further decisions right after it
                    if not (entry[0].kind == "list_item" or DECISION_SENTENCE.match(entry[1])):
                        break
                    run.append(entry)
                return run
    first = next((e for e in sections.get("pre", []) if e[0].kind != "heading"), None)
    return [first] if first else []


def kallelse_proposals(kallelse: ParsedDocument) -> dict[str, str]:
    """The proposals (förslag till beslut) of a parsed kallelse, keyed by diarienummer and by lower-cased title."""
    proposals: dict[str, str] = {}
    for section in kallelse.sections:
        if not section.path or "förslag till beslut" not in section.path[-1].lower():
            continue
        text = "\n".join(b.text for b in section.blocks)
        if section.diarienummer:
            proposals.setdefault(section.diarienummer, text)
        proposals.setdefault(section.part_title.lower(), text)
    return proposals


def with_proposals(protokoll: Protokoll, proposals: Mapping[str, str]) -> Protokoll:
    """Compare each decision with the kallelse's proposal: follows_proposal, and 'med ändring' where the decision
    added or changed words the rules on the § text alone could not see."""
    paragraphs = []
    for paragraph in protokoll.paragraphs:
        proposal = (proposals.get(paragraph.dnr) if paragraph.dnr else None) or _by_title(paragraph.title, proposals)
        if proposal is None or paragraph.outcome in {"sekretess", "formalia"}:
            paragraphs.append(paragraph)
            continue
        follows = follows_proposal(paragraph.decision, proposal) and paragraph.outcome not in {
            "beslutat med ändring", "återremitterat", "bordlagt"}
        outcome = "beslutat med ändring" if paragraph.outcome == "beslutat enligt förslag" and not follows else (
            paragraph.outcome)
        paragraphs.append(replace(paragraph, follows_proposal=follows, outcome=outcome))
    return replace(protokoll, paragraphs=tuple(paragraphs))


def _by_title(title: str, proposals: Mapping[str, str]) -> str | None:
    words = {w for w in re.findall(r"\w+", title.lower()) if len(w) > 2}
    best, best_score = None, 0.0
    for key, text in proposals.items():
        other = {w for w in re.findall(r"\w+", key) if len(w) > 2}
        if words and other and "/" not in key:
            score = len(words & other) / min(len(words), len(other))
            if score > best_score:
                best, best_score = text, score
    return best if best_score >= 0.6 else None
