"""Text clean-up shared by the readers: ligatures, hyphenation, markup, running headers."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.patterns import amounts_in, dates_in, ends_in_figure

_TAG = re.compile(r"</?(?:b|i|u|em|strong|p|li|ul|ol|span|div|br|sup|sub|a|small|mark|abbr|time|cite|q|s|font|"
                  r"label|code|del|ins|img)\b[^>]*>", re.IGNORECASE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:mailto:)?[^)]+\)")
_SPACES = re.compile(r"[ \u00a0\u2007\u202f]+")
# Words hyphenated at a line end join up, but Swedish "individ- och familjeomsorg" keeps its hyphen.
_KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "till", "respektive", "resp", "som", "men"}


# Superscript digits, and a unit of area or volume before them (m², km², m³: SI's units written the common way).
_SUPERSCRIPT = re.compile(r"(\b[kcd]?m ?)?([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)")


def _footnote_marks_apart(text: str) -> str:
    """A superscript digit after a word or figure is a footnote mark ('Grundskola F–9¹', '2025⁴'): NFKC would make it
    a digit of the word ('F–91', '20254'), so it becomes a space. An area's or volume's ² and ³ stay ('m²' → 'm2')."""
    return _SUPERSCRIPT.sub(lambda m: m[0] if m[1] and set(m[2]) <= {"\u00b2", "\u00b3"} else f"{m[1] or ''} ", text)


# A dot leader ending in a colon between a label and its value ("Projektledare ........: Per Ekelund", a report
# printed from a finance or case system; a long label leaves room for three dots only: "Utfall 2025 ...: 31 tkr").
# Without the colon, dots after a label are a line to sign on ("Ordförande ............") or lead to a page number in
# a table of contents, and stay.
_DOT_LEADER = re.compile(r"(?<=[^\s.])[ \t]*\.{3,}[ \t]*:[ \t]*(?=\S)")


def clean_text(text: str) -> str:
    """NFKC (ligatures such as 'ﬀ' become 'ff'), no soft hyphens, single spaces; footnote marks apart; a dot leader
    read as the colon it stands for."""
    text = unicodedata.normalize("NFKC", _footnote_marks_apart(text)).replace("\u00ad", "")
    text = _DOT_LEADER.sub(": ", text)
    return _SPACES.sub(" ", text).strip()


def two_row_names(upper: Sequence[str], lower: Sequence[str]) -> tuple[str, ...]:
    """A table head of two rows as one naming each column by both: a group cell over the columns under it ("Budget
    2026" over "Intäkter | Netto") gives "Budget 2026 Netto"; a cell spanning both rows, or empty in one, its own."""
    return tuple(up if up == low or not low else low if not up else f"{up} {low}"
                 for up, low in zip(upper, lower, strict=True))


def strip_markup(text: str) -> str:
    """Drop the HTML tags and markdown emphasis/links that text exports carry."""
    text = _TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return clean_text(text)


def join_lines(lines: Iterable[str]) -> str:
    """Join the wrapped lines of one paragraph, mending words hyphenated at line ends."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        next_word = line.split(" ", 1)[0].lower().strip(",.")
        last_word = out.rsplit(" ", 1)[-1]
        if re.search(r"[A-Za-zÅÄÖåäöé]-$", out) and line[:1].islower() and next_word not in _KEEP_HYPHEN_BEFORE:
            # "e-|post", "SFI-|undervisningen", "KfV-|regionen": the hyphen belongs to the word; a plain
            # word broken at the line end ("försörjnings-|stöd") loses it.
            keeps_hyphen = len(last_word) <= 2 or any(ch.isupper() for ch in last_word[1:])
            out = out + line if keeps_hyphen else out[:-1] + line
        elif re.search(r"\d-$", out) and line[:1].isdigit():
            # A date or range wrapped at its hyphen: "2018-08-" + "07" is "2018-08-07".
            out = out + line
        else:
            out = f"{out} {line}"
    return out


def running_line_key(text: str) -> str:
    """A page header/footer seen with its page numbers blanked, so 'Sida 3 (42)' matches 'Sida 4 (42)'."""
    return re.sub(r"\d+", "#", clean_text(text)).lower()


# A page's number as running headers and footers print it, at the end of the line: "Sida 3", "sida 3 (12)",
# "Sida 3 av 12", "3 (12)", "Page 3 of 12", "s. 3", and "3 (12)" after the document's name ("PROTOKOLL 3 (7)").
_PAGE_NUMBER = re.compile(r"(?:(?:^|\s)(?:sida|page|s\.)\s*\d+(?:\s*\(\s*\d+\s*\)|\s+(?:av|of)\s+\d+|\s*/\s*\d+)?"
                          r"|(?:^|\s)\d+\s*\(\s*\d+\s*\)|^\d+\s+(?:av|of)\s+\d+)\s*$", re.IGNORECASE)


def is_page_number_line(text: str) -> bool:
    """A short line that ends with the page's number ("Åsbacka kommun – Årsredovisning 2023, sida 1")."""
    return len(text) <= 120 and bool(_PAGE_NUMBER.search(clean_text(text)))


_ATTACHMENT = re.compile(r"\bbilaga\b", re.IGNORECASE)


def own_header(letterhead: Sequence[str]) -> list[str]:
    """The running header lines that speak of the document itself: an attachment's "Bilaga till protokoll
    2024-04-08 § 41" names the protokoll it belongs to, not itself."""
    return [line for line in letterhead if not _ATTACHMENT.search(line)]


def repeated_lines(pages: list[list[str]], min_share: float = 0.5) -> set[str]:
    """Keys of the lines that recur on at least `min_share` of the pages (running headers and footers)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({running_line_key(line) for line in lines if line.strip()})
    threshold = max(3, int(len(pages) * min_share))
    return {key for key, n in counts.items() if n >= threshold}


_NUMBERED_HEADING = re.compile(r"^[1-9]\d?(?:\.\d{1,2}){0,3}\.?\s+[A-ZÅÄÖ][^.!?:;]{2,90}(?<![,–-])$")


def is_numbered_heading(line: str) -> bool:
    """'1.2 Volymutveckling' or '3 Mål': a numbered heading rather than a list item or a figure."""
    line = line.strip()
    if not _NUMBERED_HEADING.match(line) or len(line.split()) > 12:
        return False
    if re.match(r"^\d{1,2}\.\s", line):
        return False  # "1. Investeringar påkallade av …" is an item of a numbered list
    # "2 490 vårddygn" or "5 Socialnämnden beslutar att ..." are not headings.
    return not re.match(r"^\d+\s+\d", line) and not re.search(r"\b(?:beslutar|föreslås|ska)\b", line)


def looks_like_heading(line: str) -> bool:
    """A short standalone line without closing punctuation, such as 'Sammantagen bedömning'."""
    line = line.strip()
    if is_numbered_heading(line):
        return True
    if not line or len(line) > 70 or len(line.split()) > 9 or line[-1] in ".,;:!?)-–":
        return False
    if not (line[0].isupper() or line[0].isdigit()) or re.fullmatch(r"[\d\s.,%()-]+", line):
        return False
    # A date, an address or an amount makes a line a fact, not a heading; so does a figure that ends the line (a
    # table's row read as text, "Nattpatrullen 380", "Summa 1 240", "Andel 4,5") — but not a year or a short number
    # ("Tertialrapport 2 2025", "Mål 12", "Bilaga 3"), which end headings.
    return not (dates_in(line) or amounts_in(line) or re.search(r"@|\bkl\.", line) or ends_in_figure(line))
