"""The patterns of Swedish board text — years, dates, diarienummer, § paragraphs, agenda numbers, amounts —
defined once for the readers, the index and the assistant.

The forms come from how Swedish municipalities write their handlingar (kallelser, tjänsteskrivelser,
protokoll; kommunallagen's rules on protokoll and the registration duty of offentlighets- och sekretesslagen
5 kap.), not from any one municipality: each board picks its own diarienummer layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# --- diarienummer ---------------------------------------------------------------------------------------

# A board or office prefix: "KS", "SOCN", "BUN", "IFN", "VIAN", "MBN".
_BOARD = r"[A-ZÅÄÖ]{2,6}"
# A trailing document number ("ON 2019/45-1") or serial range ("SOCN2024:252-253"), or the classification code a
# registry appends from the municipality's klassificeringsstruktur ("BUN 2025/00231-2.4", "KS 2024/118-1.2.3").
_SUFFIX = r"(?:-\d{1,4}(?:\.\d{1,3}){0,3}(?![\d/:]))?"
# Publication series and statute books that share the 'LETTERS YEAR:NUMBER' shape but are no ärende (general
# Swedish legal citation: SOU, Ds, dir., prop., skr., bet., rskr., SFS and the agencies' föreskriftssamlingar
# '…FS'; EU acts '(EU) 2016/679'; ISBN/ISSN) — and the labels 'DNR' and 'ÄRENDE' themselves, in a text written in
# capitals (a question is read in capitals, so that 'ks 2021/345' typed in small letters is found).
_NOT_BOARDS = re.compile(r"^(?:DNR|ÄRENDE|SOU|DS|DIR|PROP|SKR|BET|RSKR|EU|EG|EEG|ISBN|ISSN|[A-ZÅÄÖ]*FS)$")
# "Ärende 2019/231" names the case by its number as "Dnr 2019/231" does.
_LABEL = r"(?i:dnr|diarienummer|diarienr|ärendenummer|ärendet|ärende|vårt\s+dnr|er\s+beteckning|beteckning)\.?\s*:?\s*"

# Each form has the same groups: board (optional), year, serial. Python's re does not allow one group name
# twice, so every form is its own pattern and the matches are merged by position.
_DNR_FORMS: tuple[re.Pattern[str], ...] = (
    # SOCN/2023:17, KS/2021:345, SOCN2024:265, SOCN 2023:17
    re.compile(rf"(?<![\w/])(?P<board>{_BOARD})\s?/?\s?(?P<year>(?:19|20)\d{{2}})\s?:\s?(?P<serial>\d{{1,5}}){_SUFFIX}"
               r"(?![\d/:])"),
    # KS 2021/345, BUN 2020/123, ON 2019/45-1, KS 2018/00123, SN 20/0145
    re.compile(rf"(?<![\w/])(?P<board>{_BOARD})[ /](?P<year>(?:19|20)\d{{2}}|\d{{2}})/(?P<serial>\d{{2,5}}){_SUFFIX}"
               r"(?![\d/:.,]\d|\d)"),
    # SN 2022.045, KS.2025.112 (the registry's dotted form)
    re.compile(rf"(?<![\w/.])(?P<board>{_BOARD})[\s.](?P<year>(?:19|20)\d{{2}})\.(?P<serial>\d{{2,5}})(?!\d|[.,]\d|\s?(?:%|procent))"),
    # 2017/31-IFN-042, 2017/31-IFN
    re.compile(rf"(?<![\w/])(?P<year>(?:19|20)\d{{2}})/(?P<serial>\d{{1,5}})-(?P<board>{_BOARD})(?:-\d{{1,4}})?\b"),
    # Dnr 2019/231 012, Diarienummer: 2019/231, Dnr 2019.231 — a bare number only after its label
    re.compile(rf"(?<![\w/]){_LABEL}(?P<board>)(?P<year>(?:19|20)\d{{2}})[/.:](?P<serial>\d{{1,5}})"
               rf"{_SUFFIX}(?:\s\d{{3}}(?!\d))?(?![\d/:])"),
    # Dnr KS 2024/7: after its label a board's number may have one digit (the year's first ärenden), which
    # unlabelled would be too easily something else
    re.compile(rf"(?<![\w/]){_LABEL}(?P<board>{_BOARD})[ /](?P<year>(?:19|20)\d{{2}})/(?P<serial>\d){_SUFFIX}"
               r"(?![\d/:.,]\d|\d)"),
    # KSN-2021-0345, BUN-2023-0145, KS 2021-00345, BUN 2024-000345, KS-2021/0345: the year and a serial of three
    # to six digits joined by dashes, as registry systems that export the number into file names write it
    # (Uppsala's, Malmö's, Örebro's form; six digits where the registry pads its serials). A serial of two digits
    # would be a month ('KS 2021-12-01' is a meeting of the board).
    re.compile(rf"(?<![\w/-])(?P<board>{_BOARD})[ -](?P<year>(?:19|20)\d{{2}})[-/](?P<serial>\d{{3,6}})"
               r"(?:-\d{1,4}(?![\d/:-]))?(?![\d/:.,-]\d|\d)"),
    # Dnr 0118/22, Dnr 345/2021: serial before year, as the registries of some cities (Göteborg's) write it —
    # only after its label, where nothing else has that shape
    re.compile(rf"(?<![\w/]){_LABEL}(?P<board>)(?P<serial>\d{{1,5}})/(?P<year>\d{{2}}|(?:19|20)\d{{2}})"
               r"(?![\d/:.,]\d|\d)"),
    # Dnr: Ks2025/0333, Dnr Sbn 2024/12: a prefix in small letters after its capital, only after its label (a word
    # in running text has that shape)
    re.compile(rf"(?<![\w/]){_LABEL}(?P<board>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{{1,5}})\s?/?(?P<year>(?:19|20)\d{{2}})/(?P<serial>\d{{1,5}})"
               rf"{_SUFFIX}(?![\d/:.,]\d|\d)"),
    # Diarienummer 2025-000118: the year and a serial of three to six digits joined by a dash, as a registry system
    # writes a number without its board's prefix — only after its label (unlabelled, "2025-12" is a month)
    re.compile(rf"(?<![\w/]){_LABEL}(?P<board>)(?P<year>(?:19|20)\d{{2}})-(?P<serial>\d{{3,6}})(?![\d/:.,-]\d|\d)"),
)
_DNR_LABEL_BEFORE = re.compile(rf"(?<![\w]){_LABEL}$")


@dataclass(frozen=True)
class _Dnr:
    start: int
    end: int
    board: str
    year: int
    serial: int


def _dnr_matches(text: str) -> list[_Dnr]:
    """Every diarienummer in `text`, leftmost first; of overlapping candidates the longest wins."""
    found: list[_Dnr] = []
    for pattern in _DNR_FORMS:
        for m in pattern.finditer(text):
            board = m["board"] or ""
            year = _full_year(m["year"])
            serial = int(m["serial"])
            if board and _NOT_BOARDS.match(board.upper()):
                continue
            if _is_period(m["year"], m["serial"]) and not board:
                continue
            if _is_period(m["year"], m["serial"]) and pattern is _DNR_FORMS[1]:
                continue  # "ÅREN 2019/20", "läsåret 2022/2023": a span of years
            if pattern is _DNR_FORMS[6] and len(m["serial"]) == 4 and 0 < serial - year <= 10:
                continue  # "LSS 2021-2024", "EU 2021-2027": a period, not a serial
            # A diarienummer starts at the first of its parts, whatever their order: a labelled form after its label
            # (the label is not part of it; an empty board group stands where the number begins).
            start = min(m.start("board"), m.start("year"), m.start("serial"))
            found.append(_Dnr(start, m.end(), board, year, serial))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[_Dnr] = []
    for dnr in found:
        if not kept or dnr.start >= kept[-1].end:
            kept.append(dnr)
    return kept


def _full_year(year: str) -> int:
    """'21' → 2021, '98' → 1998: two-digit years in diarienummer are this or the last century."""
    value = int(year)
    if len(year) == 2:
        return 2000 + value if value < 50 else 1900 + value
    return value


def _is_period(year: str, serial: str) -> bool:
    """'2019/2020' or '2019/20': the second number is the next year, so this is a span (a school or budget year)."""
    if len(year) != 4:
        return False
    return serial == str(int(year) + 1) or (len(serial) == 2 and int(serial) == (int(year) + 1) % 100)


def _as_written(text: str) -> str:
    """Whitespace collapsed and no spaces around the separators: 'SOCN / 2023 : 17' → 'SOCN/2023:17'."""
    text = re.sub(r"\s+", " ", text.strip())
    return re.sub(r"\s?([/:])\s?", r"\1", text)


def diarienummer_in(text: str) -> tuple[str, ...]:
    """The diarienummer in `text` as written (whitespace-normalised, without a 'Dnr' label), in order, once each."""
    return tuple(dict.fromkeys(_as_written(text[d.start : d.end]) for d in _dnr_matches(text)))


def find_diarienummer(text: str) -> str | None:
    """The first diarienummer in `text` as written, or None."""
    found = _dnr_matches(text)
    return _as_written(text[found[0].start : found[0].end]) if found else None


def without_diarienummer(text: str) -> str:
    """`text` with its diarienummer and their labels ('Dnr', 'Diarienummer:') taken out, whitespace collapsed."""
    for d in reversed(_dnr_matches(text)):
        label = _DNR_LABEL_BEFORE.search(text[: d.start])
        text = text[: label.start() if label else d.start] + " " + text[d.end :]
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:–-")


def diarienummer_key(dnr: str) -> str:
    """A canonical key for comparing diarienummer written in different forms.

    The rule: the board prefix in capitals, a space, the four-digit year, '/', the serial number without
    leading zeros — 'KS 2021/345' for 'KS 2021/345', 'KS/2021:345', 'Dnr KS 2021/345' and 'KS 2021/00345'.
    Case does not matter ('socn/2023:17'). A document number ('ON 2019/45-1') or filing code ('Dnr 2019/231 012') after the serial is dropped: they
    name a paper or a shelf within the ärende, the key names the ärende. Without a board: '2019/231'.
    Text that is no diarienummer keys to itself, whitespace-collapsed and in capitals.
    """
    # The argument is known to be a diarienummer, so a bare '2019/231 012' is read as if labelled.
    # Board prefixes are compared in capitals, so 'socn/2023:17' keys like 'SOCN/2023:17'.
    upper = dnr.strip().upper()
    found = _dnr_matches(upper) or _dnr_matches(f"DNR {upper}")
    if not found:
        return re.sub(r"\s+", " ", dnr.strip()).upper()
    d = found[0]
    return f"{d.board.upper()} {d.year}/{d.serial}".strip()


def prints_diarienummer(text: str, key: str) -> bool:
    """Whether `text` writes the diarienummer keyed `key` (see `diarienummer_key`), in any of its forms."""
    return any(diarienummer_key(d) == key for d in diarienummer_in(text))


# --- years and dates ------------------------------------------------------------------------------------

# A four-digit year 1990–2049, standing alone: not inside a longer number, not '2009:400' (an SFS number or a
# time), not '2020,5' or '2 020' (a figure). Diarienummer and amounts are masked before this is applied.
YEAR = re.compile(r"(?<![\d,])(?:199\d|20[0-4]\d)(?!\d|[:,]\d)")

_MONTHS = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
           "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
           "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "2023-05-17", "2023.05.17", "2023/05/17"; the separator is the same twice.
NUMERIC_DATE = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})([-./])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?!\d|[/.]\d)")
# "17 maj 2023", "den 1:a maj 2023", "onsdagen den 22 februari 2023", "17 sept. 2023".
_WORD_DATE = re.compile(rf"(?<![\d.])([12]?\d|3[01])(?::[ae])?\s+({_MONTH})\.?,?\s+((?:19|20)\d{{2}})(?!\d)",
                        re.IGNORECASE)


# "14/3 2024", "14.3.2024", "14.03.2024": day and month first, as Swedish letters and minutes also write a date.
_DAY_MONTH_DATE = re.compile(r"(?<![\d/.,-])(3[01]|[12]\d|0?[1-9])([/.])(1[0-2]|0?[1-9])(?:\.|\s)((?:19|20)\d{2})(?!\d)")


# A weekday (the Swedish names, also in the definite form: "tisdagen den 27 januari") opening a line that gives the
# hour ("kl. 08.30"): when a meeting is held, as a kallelse says it without a "Tid" label.
_WEEKDAY_AND_HOUR = re.compile(r"^(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b[^\n]{0,60}\bkl\.?\s*\d", re.IGNORECASE)


def weekday_and_hour_line(texts: Iterable[str]) -> str | None:
    """The first line of `texts` that says when a meeting is held as a weekday, a date and the hour ("Tisdag 27
    januari 2026 kl. 08.30"), stripped; None when none does."""
    for text in texts:
        for line in text.split("\n"):
            if _WEEKDAY_AND_HOUR.match(line.strip()) and dates_in(line):
                return line.strip()
    return None


# A month written the ISO 8601 way, as Swedish reports date a period or a cut-off ("Period: 2025-01 – 2025-10",
# "Utfall t.o.m. 2025-10-31"): a year, a dash and a two-digit month, with or without the day.
_ISO_MONTH = re.compile(r"(?<![\d/.:-])(?:19|20)\d{2}-(1[0-2]|0[1-9])(?:-(?:3[01]|[12]\d|0[1-9]))?(?![\d-])")


def iso_months_in(text: str) -> tuple[int, ...]:
    """The months (1–12) of the ISO dates and year-months in `text`, in order, once each."""
    return tuple(dict.fromkeys(int(m[1]) for m in _ISO_MONTH.finditer(text)))


def dates_in(text: str) -> tuple[str, ...]:
    """The calendar dates in `text` as ISO strings ('2023-05-17'), in order, once each; impossible dates are skipped."""
    found: list[tuple[int, str]] = []
    for m in NUMERIC_DATE.finditer(text):
        found.append((m.start(), _iso(int(m[1]), int(m[3]), int(m[4]))))
    for m in _DAY_MONTH_DATE.finditer(text):
        if m[2] == "/" or text[m.end(3)] == ".":  # "14.3 2024" could be a figure and a year
            found.append((m.start(), _iso(int(m[4]), int(m[3]), int(m[1]))))
    for m in _WORD_DATE.finditer(text):
        found.append((m.start(), _iso(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))))
    return tuple(dict.fromkeys(iso for _, iso in sorted(found) if iso))


# A letter's place-and-date line, the Swedish "ort och datum" that closes a report or tjänsteskrivelse above its
# signature: "Björkfors den 12 september 2025", "Katrineholm, 2023-02-22". Only with "den" or a comma, so that a
# label and its date ("Mätdatum 2023-11-30") stay a fact.
_DATELINE_PLACE = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖéü-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖéü-]+)?(?:\s+den|,(?:\s+den)?)\s+")


def is_dateline(text: str) -> bool:
    """The whole text is a place and a date, as a letter is dated (see _DATELINE_PLACE)."""
    line = " ".join(text.split()).rstrip(".")
    place = _DATELINE_PLACE.match(line)
    return bool(place) and any(p.fullmatch(line[place.end():]) for p in (NUMERIC_DATE, _WORD_DATE, _DAY_MONTH_DATE))


# A point or stretch of time as Swedish (and English) board text gives one: a date or a year (above), a month, a
# weekday, a season in its definite form or after "i" ("hösten 2026", "i vår"; the bare "vår" is also 'our'), a part of
# the year or of the school year (kvartal, tertial, halvår, årsskiftet, läsåret, terminen), a week ("vecka 12") or a
# coming one ("nästa sammanträde", "kommande år"), or another event ("efter slutbesiktningen"). From the calendar and
# Swedish grammar, no document's words.
_TIME_WORD = re.compile(
    r"(?<![\wåäö])(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"january|february|march|june|july|august|october|"
    r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en|ar)?|monday|tuesday|wednesday|thursday|friday|"
    r"våren|vårens|sommaren|sommarens|hösten|höstens|vintern|vinterns|i\s+(?:vår|sommar|höst|vinter)|"
    r"spring|summer|autumn|winter|"
    r"kvartal\w*|tertial\w*|halvår\w*|årsskifte\w*|läsår\w*|\w*termin(?:en|s)?|"
    r"vecka\s+\d+|v\.\s?\d+|week\s+\d+|quarter|"
    r"(?:nästa|kommande|följande|närmaste)\s+(?:år|månad|vecka|möte|sammanträde|nämndsammanträde)\w*|"
    # a time told by another event: the temporal conjunctions and prepositions of Swedish grammar ("öppnar när bygget
    # är klart", "efter slutbesiktningen", "i samband med budgeten", "senast", "till och med")
    r"när|efter|innan|före|tills|senast|så\s+snart|i\s+samband\s+med|från\s+och\s+med|till\s+och\s+med|"
    r"fr\.\s?o\.\s?m\.|t\.\s?o\.\s?m\.|when|after|before|until|by\s+the\s+time)"
    r"(?![\wåäö])", re.IGNORECASE)


def names_a_time(text: str) -> bool:
    """Whether `text` says when: a date, a year, a month, a weekday, a season, a part of the year, a coming meeting or
    another event (see _TIME_WORD) — what a "när" question is answered with."""
    return bool(_TIME_WORD.search(text) or dates_in(text) or years_in(text))


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def year_mentions(text: str) -> tuple[int, ...]:
    """Every mention of a year in `text`, repeats included (to find the year a report is mostly about); a date
    names its year, while diarienummer, amounts ('2 020 tkr', '2020 kr') and statute numbers ('2009:400') do not."""
    masked = _mask(text, (_dnr_spans(text), _amount_spans(text)))
    return tuple(int(y) for y in YEAR.findall(masked))


def years_in(text: str) -> tuple[int, ...]:
    """The four-digit years a text speaks of, in order of first mention (see year_mentions)."""
    return tuple(dict.fromkeys(year_mentions(text)))


# The Swedish month names in calendar order (the names the question planner gives asked months by).
MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december")


# A month is also written short, in tables most of all ("Jan 336; Feb 341; Mar 348", "jan-april"): the usual
# abbreviations (Svenska skrivregler: jan., febr., aug., sept., okt., nov., dec.; tables' three letters), read as one
# only before a full stop, a dash or a figure ("jul" is also Christmas, "dec" a prefix).
_MONTH_SHORT = {"jan": "januari", "feb": "februari", "febr": "februari", "mar": "mars", "apr": "april",
                "jun": "juni", "jul": "juli", "aug": "augusti", "sep": "september", "sept": "september",
                "okt": "oktober", "nov": "november", "dec": "december"}
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\b|\b(" + "|".join(_MONTH_SHORT)
                         + r")(?:\.|(?=\s*[-–]|\s+\d))", re.I)


@lru_cache(maxsize=50_000)
def months_named(text: str) -> frozenset[str]:
    """The Swedish months a text names, in full or short ('I januari månad …' → {'januari'}, 'Mar 348' → {'mars'})."""
    return frozenset(full.lower() if full else _MONTH_SHORT[short.lower()] for full, short in _MONTH_WORD.findall(text))


# --- § paragraphs and agenda numbers --------------------------------------------------------------------

# "§ 52", "§§ 18–19", "§§ 20–21, 24", "§ 112/21" (paragraph 112 of 2021), "Sn § 78", "Paragraf 12". A '§' after
# a number is a law reference ("4 kap. 1 §"), not a paragraph of the protokoll, hence the look-behind.
_PARAGRAPH = re.compile(
    r"(?<!\d)(?<!\d\s)(?:§§?|(?i:paragraf(?:erna|er)?))\s*(\d{1,4}(?:/\d{2})?(?:\s?[-–]\s?\d{1,4})?"
    r"(?:\s?(?:,|och)\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?!\d))*)"
)
# A board's short name before a bare paragraph number: "SN", "KS", "BUN", or capitalised "Sn", "Ks".
_PARAGRAPH_PREFIX = r"(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö])"
# Words of that shape that head other numbered things in Swedish reports (appendix, part, theme, page …).
_NOT_PARAGRAPH_PREFIX = r"(?i:bilaga|del|tema|punkt|kap|sida|mål|tabell|figur|nr|kl|ca|st|år|steg|fas|etapp)"
# A line that opens a paragraph of a protokoll: "§ 52", "§ 61 Dnr SOCN/2018:38 …", "Sn § 78", "§§ 49–60
# Sekretessärenden", "Paragraf 12", or a board prefix and a number alone ("SN 78", "KS 112").
PARAGRAPH_HEADING = re.compile(
    r"^\s*(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}\s)?(?:§§?|(?i:paragraf))\s?(?P<number>\d{1,4})(?:/\d{2})?(?:\s?[-–]\s?\d{1,4})?\b"
    rf"|^\s*(?!{_NOT_PARAGRAPH_PREFIX}\s){_PARAGRAPH_PREFIX}\s(?P<bare>\d{{1,3}})(?:/\d{{2}})?\s*$"
)


def paragraphs_in(text: str) -> tuple[int, ...]:
    """The § numbers of a protokoll a text names, ranges spelled out ('§§ 18–20' → 18, 19, 20), once each."""
    numbers: list[int] = []
    for m in _PARAGRAPH.finditer(text):
        for part in re.split(r"\s?(?:,|och)\s?", m[1]):
            bounds = [int(re.sub(r"/\d{2}$", "", b)) for b in re.split(r"\s?[-–]\s?", part.strip()) if b]
            if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= 100:
                numbers.extend(range(bounds[0], bounds[1] + 1))
            else:
                numbers.extend(bounds[:1])
    return tuple(dict.fromkeys(numbers))


# A line of a table of contents: a title, a leader of dots and its page ("§ 45 Budget 2024 ......... 7",
# "Inledning . . . . 4", "Val av justerare … 2"); minutes of fullmäktige and large boards open with one.
_CONTENTS_LEADER = re.compile(r"(?:(?:\.[^\S\n]?){3,}|…+)[^\S\n]*\d{1,3}[^\S\n]*$")


def contents_line(line: str) -> bool:
    """Whether `line` ends as a table of contents' line does: a dot leader and a page number."""
    return bool(_CONTENTS_LEADER.search(line))


# An entry may also give its page after a tab or spaces alone ("Inledning\t4"), and an export markup after it ("3**").
_PAGE_AT_END = re.compile(r"(?:\s|\.)\d{1,3}[\s*_]*$")


def ends_with_page(line: str) -> bool:
    """Whether `line` ends with a page number as a table of contents' entry does, with a dot leader or without."""
    return bool(_CONTENTS_LEADER.search(line) or _PAGE_AT_END.search(line))


# A heading whose § number stands in the right margin, after the title on the same line ("Val av justerare   § 41",
# as minutes templates that right-align the number print it). Read so only from a heading's line, and only where
# several §§ are numbered so: "Bilaga 1 till § 23" alone refers to one.
TRAILING_PARAGRAPH = re.compile(r"^(?P<title>.{3,150}?)\s+§\s*(?P<number>\d{1,4})(?:/\d{2,4})?\s*$", re.DOTALL)


def trailing_paragraphs(headings: Sequence[str], lines: Sequence[str]) -> bool:
    """Whether a document's headings number their §§ in the right margin: two or more do, and none of its short
    lines opens with a § number (minutes numbered in front only refer to §§ after a title: "Bilaga 1 –
    Voteringslista § 44")."""
    return sum(1 for h in headings if TRAILING_PARAGRAPH.match(h.strip())) >= 2 \
        and not any(paragraph_number(line) is not None for line in lines)


def paragraph_number(line: str) -> int | None:
    """The § number when `line` opens a paragraph of a protokoll ('§ 52 Budget', 'SN 78'), else None; a table of
    contents' line for the § ('§ 52 Budget ...... 4') opens none."""
    m = PARAGRAPH_HEADING.match(line)
    if not m or contents_line(line):
        return None
    return int(m["number"] or m["bare"])


# --- section labels of board text -----------------------------------------------------------------------

# The labels that open the parts of an ärende or a protokoll § in the wording of Swedish minutes and
# tjänsteskrivelser ("Socialnämndens beslut", "Beslut", "Förslag till beslut", "Yrkanden", "Ärendebeskrivning" …),
# by the part they open. A board's genitive ("Kommunstyrelsens", "Vård- och omsorgsnämndens") may precede
# "beslut" and "förslag". The minutes templates most municipalities use also write "Förslag till beslut på
# sammanträdet" over the yrkanden, "Kommunstyrelsens förslag till kommunfullmäktige" or "Kommunstyrelsens
# arbetsutskotts förslag" over the proposal, "Ärendets behandling på sammanträdet" over yrkanden and
# propositionsordning, and "Votering" for an omröstning.
_GENITIVES = r"(?:[\wåäö-]+(?:\s+och\s+[\wåäö]+)?s\s+){0,2}"
_TO_BOARD = r"(?:\s+till\s+(?:kommun|region)?fullmäktige|\s+till\s+[\wåäö]+(?:nämnden|styrelsen))?"
SECTION_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("yrkanden", re.compile(r"^yrkanden?$|^förslag till beslut (?:på|under|vid) (?:sammanträdet|mötet)$")),
    ("proposal", re.compile(rf"^{_GENITIVES}(?:förslag till beslut|beslutsförslag|förslag){_TO_BOARD}$")),
    ("decision", re.compile(r"^(?:[\wåäö-]+(?:\s+och\s+[\wåäö]+)?s\s+)?beslut(?:et)?$")),
    ("proposition", re.compile(r"^(?:propositionsordning|proposition|beslutsgång|beslutsordning)"
                               r"(?:\s+och\s+(?:votering|omröstning))?$|^(?:votering|omröstning)\s+och\s+propositionsordning$|"
                               r"^(?:ärendets\s+)?behandling (?:på|under|vid) (?:sammanträdet|mötet)$")),
    ("omrostning", re.compile(r"^omröstning(?:sresultat|slista)?$|^votering(?:sresultat|slista)?$")),
    ("reservation", re.compile(r"^reservation(?:er)?$")),
    ("skickas", re.compile(r"^(?:beslutet\s+)?(?:ska\s+)?(?:skickas|expedieras|sänds|delges)\s+till$|^expediering$|"
                           r"^(?:protokolls)?utdrag(?:\s+till)?$")),
    ("other", re.compile(r"^(?:sammanfattning(?: av ärendet)?|ärendebeskrivning|beskrivning av ärendet|ärendet|bakgrund|"
                         r"ärendets handlingar|"
                         r"beslutsunderlag|underlag|handlingar|överläggning|protokollsanteckning(?:ar)?|"
                         r"särskilt yttrande|motivering|förvaltningens bedömning|bedömning|jäv|"
                         # The consequence and perspective headings of tjänsteskrivelse templates (SKR's and most
                         # municipalities': economy, law, children, equality, environment, follow-up).
                         r"(?:ekonomiska|juridiska|verksamhetsmässiga|personella) konsekvenser|"
                         r"konsekvenser(?: för [a-zåäö]+(?: och [a-zåäö]+)?)?|"
                         r"konsekvensanalys|barnkonsekvensanalys|barnperspektiv(?:et)?|jämställdhetsperspektiv(?:et)?|"
                         r"miljöperspektiv(?:et)?|finansiering|uppföljning|samråd|samverkan|ärendets beredning|"
                         r"beredning|förslag till åtgärder)$")),
)


def section_label(text: str) -> str | None:
    """The part a line opens when the whole line is a section label ('Socialnämndens beslut' → 'decision',
    'Yrkanden:' → 'yrkanden'), else None."""
    lowered = re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).lower()
    if not lowered or len(lowered) > 60:
        return None
    return next((kind for kind, pattern in SECTION_LABELS if pattern.match(lowered)), None)


# A section number at a heading's start: "6 Tidplan", "6. Investeringar", "2.3 Syfte".
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def section_number(heading: str) -> tuple[int, ...] | None:
    """The number a heading opens with, by level ("2.3 Syfte" → (2, 3)); None when it opens with none."""
    found = _SECTION_NUMBER.match(heading)
    return tuple(int(part) for part in found[1].split(".")) if found else None


# An agenda line: "5. Budget", "5.-16. SEKRETESSÄRENDEN", "5–16 Sekretess", "Punkt 5: Val av justerare".
AGENDA_ITEM = re.compile(r"^(?:(?i:punkt)\s+)?(\d{1,3}(?:\.?\s?[-–]\s?\d{1,3})?)[.:]?\s+(.+)$")


def agenda_item(line: str) -> tuple[str, str] | None:
    """(number, title) of an agenda line — ('5', 'Budget'), ('5.-16', 'SEKRETESSÄRENDEN') — or None."""
    m = AGENDA_ITEM.match(line.strip())
    # A föredragningslista that gives each point's page ("5. Budget 2024 ........ 12") names the point without it.
    return (m[1], _CONTENTS_LEADER.sub("", m[2]).strip()) if m else None


# The heading of an ärende in a kallelse that numbers its ärenden by the agenda: "Ärende 4: Skolskjutsregler",
# "Punkt 5. Budget 2024", "Ärendepunkt 7 – Delegationsbeslut".
_ARENDE_HEADING = re.compile(r"^(?i:ärende(?:punkt)?|punkt|dagordningspunkt)\s+(\d{1,3})\s*[:.–-]\s*(\S.*)$")


def arende_heading(line: str) -> tuple[str, str] | None:
    """(number, title) when `line` heads an ärende by its agenda number ('Ärende 4: Skolskjuts' → ('4',
    'Skolskjuts')), else None."""
    m = _ARENDE_HEADING.match(line.strip())
    return (m[1], m[2].strip()) if m else None


# A question's reference to an agenda point of a kallelse: "punkt 7", "ärende nr 7", "dagordningens punkt 7",
# "item 7", "agenda point 7".
_AGENDA_POINT = re.compile(r"\b(?:punkt(?:en)?|ärende(?:punkt)?|dagordningspunkt(?:en)?|(?:agenda\s+)?item|point)"
                           r"\s+(?:nr\.?\s*|nummer\s+|no\.?\s*)?(\d{1,3})\b(?![.,:]\d)", re.IGNORECASE)


def agenda_points_in(text: str) -> tuple[int, ...]:
    """The agenda point numbers a question names ('punkt 7' → 7), once each."""
    return tuple(dict.fromkeys(int(m[1]) for m in _AGENDA_POINT.finditer(text)))


def agenda_numbers(number: str) -> tuple[int, ...]:
    """The points an agenda line's number covers: '5' → (5,), '5.-16' → 5 … 16."""
    bounds = [int(b) for b in re.findall(r"\d{1,3}", number)]
    if len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= 100:
        return tuple(range(bounds[0], bounds[1] + 1))
    return tuple(bounds[:1])


# --- amounts and figures --------------------------------------------------------------------------------

# A table cell that is a figure: "-19 348", "5,2 %", "120 tkr", "14944", a length of time ("52 dagar", "3 veckor":
# the units of time a report counts waiting and processing in).
_NUMERIC_CELL = re.compile(r"^[-−+]?\s?[\d\s.,]*\d[\d\s.,]*\s?(%|tkr|kr|mnkr|st|dygn|dagar|dag|veckor|vecka|"
                           r"månader|månad|timmar|timme|tim)?$", re.IGNORECASE)


def is_numeric(cell: str) -> bool:
    """Whether a table cell is a figure (with its unit, if any) rather than a label."""
    return bool(_NUMERIC_CELL.match(cell.strip())) and any(ch.isdigit() for ch in cell)


# Units of money, shares and counts as Swedish reports write them (Ekonomistyrningsverket's and SKR's usage).
_MONEY_UNIT = r"(?:tkr|mnkr|mdkr|mkr|miljoner kronor|miljarder kronor|kronor|kr)"
_UNIT = rf"(?:{_MONEY_UNIT}|procentenheter|procent|%|st|stycken)"
_NUMBER = r"[-−+]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[-−+]?\d+(?:[,.]\d+)?"
_AMOUNT = re.compile(rf"(?<![\d,.])({_NUMBER})\s?({_UNIT})(?![\wåäö])", re.IGNORECASE)
# A unit of money anywhere in a text, also a table heading's "(tkr)" or "Belopp, miljoner" over bare figures.
_MONEY_WORD = re.compile(rf"(?<![\wåäö])(?:{_MONEY_UNIT}|miljoner|miljarder|sek)(?![\wåäö])", re.IGNORECASE)


def names_money(text: str) -> bool:
    """Whether a text writes a unit of money (a sentence's "4 200 tkr", a heading's "(tkr)")."""
    return bool(_MONEY_WORD.search(text))


# A share as written (Swedish and English number grammar): a per cent, "86 av 260", "av de 48 … var 35", a fraction
# ("en tredjedel", "två femtedelar", "hälften", "var tredje", "half", "a third", "one in five").
_SHARE_WORD = re.compile(r"%|\b(?:procent\w*|per ?cent|percent\w*|hälften|half|"
                         r"(?:tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)del(?:en|ar(?:na)?)?|"
                         r"var(?:t|je)? (?:annan|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)|"
                         r"an? (?:third|quarter|fifth)|one in \w+)\b|\d\s+(?:av|of)\s+(?:de\s+|the\s+|totalt\s+)?\d|"
                         r"\b(?:av|of) (?:de|dessa|the|these) \d", re.IGNORECASE)


def names_share(text: str) -> bool:
    """Whether a text writes a share (a sentence's "42 procent", "86 av 260", a heading's "Andel, %")."""
    return bool(_SHARE_WORD.search(text))


@dataclass(frozen=True)
class Amount:
    """A figure with its unit as written: '-19 348 tkr' → value -19348.0, unit 'tkr' ('' for a bare figure that
    `figures_in` reads)."""

    text: str
    value: float
    unit: str

    @property
    def decimals(self) -> int:
        """The decimals as written ('3,9 %' has one)."""
        written = re.search(r",(\d+)", self.text)
        return len(written[1]) if written else 0


def amounts_in(text: str) -> tuple[Amount, ...]:
    """The amounts with a unit (tkr, mnkr, mkr, kr, kronor, %, procent, st …) in `text`, in order."""
    out = []
    for m in _AMOUNT.finditer(text):
        number = re.sub(r"[ \u00a0]", "", m[1]).replace("−", "-").replace(",", ".")
        out.append(Amount(m[0], float(number), m[2].lower()))
    return tuple(out)


# A figure as Swedish reports write it, with or without its unit: thousands grouped by a space or a point ("402 800",
# "64.200"), a decimal comma ("3,9"), a minus or dash before it ("−1 550"); never part of a date, a time, a
# diarienummer's "2025/0418" or a longer number.
_FIGURE = re.compile(r"(?<![\d,.:/-])(?P<sign>[-−–])?(?P<n>\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                     rf"(?![\d,.:/-]?\d)\s?(?P<unit>{_UNIT})?(?![\wåäö])", re.IGNORECASE)


# A figure at a text's end: thousands grouped by a space, a decimal comma, or three digits or more that are no year
# (1900–2099, wider than YEAR: a heading may end in any year); one or two digits end headings ("Mål 12", "Bilaga 3").
_ENDING_FIGURE = re.compile(r"(?<![\d,.:/-])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+,\d+|(?!(?:19|20)\d\d\b)\d{3,})$")


def ends_in_figure(text: str) -> bool:
    """The text ends in a figure ("Nattpatrullen 380", "Summa 1 240", "Andel 4,5"): a table's row read as a line, not a
    heading ("Tertialrapport 2 2025")."""
    return bool(_ENDING_FIGURE.search(text))


def figures_in(text: str) -> tuple[Amount, ...]:
    """The figures of a text, in order, each with its unit if it has one ('procent' written '%'): also the bare ones
    of a table row ("402 800") and thousands set apart by a point ("64.200"); a year standing alone is no figure."""
    out = []
    for m in _FIGURE.finditer(text):
        digits, unit = m["n"], (m["unit"] or "").lower()
        if not unit and YEAR.fullmatch(digits):
            continue
        whole, _, decimals = digits.partition(",")
        value = float(re.sub(r"[ \u00a0.]", "", whole) + (f".{decimals}" if decimals else ""))
        out.append(Amount(m[0].strip(), -value if m["sign"] else value, "%" if unit == "procent" else unit))
    return tuple(out)


# Law references: "4 kap. 1 §", "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)", "SoL 4:1", "2 §".
_LAW = re.compile(r"\d+\s?kap\.?(?:\s?\d+\s?[a-z]?\s?§+)?|\d+\s?[a-z]?\s?§+|\b[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}\s\d+:\d+\b"
                  r"|\((?:19|20)\d{2}:\d+\)")
# Not figures either: times "kl. 13:00", ordinals "1:e", "Nr 5", page references "sida 3 (42)", Swedish telephone
# numbers "0150-570 18", "+46 8 123 456 78" (area code with a dash or the country code).
_NOT_FIGURE = re.compile(r"(?i:kl\.?)\s?\d{1,2}[:.]\d{2}(?:\s?[-–]\s?\d{1,2}[:.]\d{2})?|\b\d:[ae]\b|(?i:\bnr\.?)\s?\d+"
                         r"|(?:\+46[\s-]?\d{1,3}|\b0\d{1,3})[-–\s]\s?\d{2,3}(?:\s?\d{2}){1,3}\b"
                         r"|(?i:\bsida)\s\d+(?:\s?\(\d+\))?|(?i:\bpunkt)\s\d+"
                         r"|^\s*\d{1,3}(?:\.?\s?[-–]\s?\d{1,3})?(?:[.):]|(?:\.\d{1,2})+\.?)(?:\s|$)", re.MULTILINE)


# Cardinal numbers written out, two and up (Swedish grammar's grundtal; "en"/"ett" are also the articles, "sex" and
# "elva" stay since board text uses them as numbers): "två gånger per termin", "tre av fyra ärenden".
_NUMBER_WORD = re.compile(r"\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|"
                          r"arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen)\b",
                          re.IGNORECASE)


def number_words_in(text: str) -> list[re.Match[str]]:
    """Where `text` writes numbers in words."""
    return list(_NUMBER_WORD.finditer(text))


def has_figure(text: str) -> bool:
    """Whether `text` states a figure: a digit left after removing years, dates, diarienummer, § numbers,
    agenda and list numbers, times and law references."""
    spans = [_dnr_spans(text), _spans(NUMERIC_DATE, text), _spans(_WORD_DATE, text), _spans(_LAW, text),
             _spans(_PARAGRAPH, text), _spans(_NOT_FIGURE, text)]
    masked = _mask(text, spans)
    masked = YEAR.sub(" ", masked)
    return bool(re.search(r"\d", masked))


# --- helpers --------------------------------------------------------------------------------------------


def _dnr_spans(text: str) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in _dnr_matches(text)]


def _amount_spans(text: str) -> list[tuple[int, int]]:
    return _spans(_AMOUNT, text)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _mask(text: str, span_lists: tuple[list[tuple[int, int]], ...] | list[list[tuple[int, int]]]) -> str:
    """`text` with the given spans blanked out (same length, so positions stay)."""
    chars = list(text)
    for spans in span_lists:
        for start, end in spans:
            chars[start:end] = " " * (end - start)
    return "".join(chars)
