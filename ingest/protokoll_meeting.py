"""The first page of a protokoll (the blocks before the first §) → Meeting: organ, date, time, place, people."""

from __future__ import annotations

import re

from ingest.issuer import names_municipality
from ingest.models import Block, Meeting, Substitute
from ingest.patterns import weekday_and_hour_line
from ingest.protokoll_outcome import sentences

# Field names of a protokoll's first page as the Swedish municipal templates write them (the SKR-style
# "Sammanträdesprotokoll" page, plus the variants seen in other municipalities' minutes) → our field.
_KEYS: dict[str, str] = {
    "sammanträdande organ": "committee", "beslutande organ": "committee", "organ": "committee",
    "sammanträdesdatum": "date", "sammanträdesdag": "date", "mötesdatum": "date", "datum": "date",
    "plats och tid": "place_time", "tid och plats": "place_time", "plats": "place", "lokal": "place",
    "tid": "time", "datum och tid": "time", "tid och datum": "time", "dag och tid": "time",
    "beslutande ersättare": "substitutes", "tjänstgörande ersättare": "substitutes",
    "beslutande ledamöter": "beslutande", "närvarande ledamöter": "beslutande", "beslutande": "beslutande",
    "ledamöter": "beslutande",
    "ej tjänstgörande ersättare": "ersattare", "närvarande ersättare": "ersattare", "övriga ersättare": "ersattare",
    "ersättare": "ersattare",
    "övriga deltagande": "others", "övriga närvarande": "others", "övriga deltagare": "others", "övriga": "others",
    "närvarande tjänstepersoner": "others", "tjänstepersoner": "others", "närvarande tjänstemän": "others",
    "tjänstemän": "others", "övriga närvarande tjänstepersoner": "others", "föredragande": "others",
    "utses att justera": "justerare", "justerare": "justerare", "justerande": "justerare",
    "paragrafer": "paragraphs", "justerade paragrafer": "paragraphs", "paragraf": "paragraphs",
    "sekreterare": "secretary", "ordförande": "chair",
    # Where and when the minutes are signed: read so that their "plats och tid" is never taken for the meeting's.
    "justeringens plats och tid": "justering", "justeringens tid och plats": "justering",
    "plats och tid för justering": "justering", "tid och plats för justering": "justering",
}
# The labels of a meeting document's first-page fields, for telling a field line from a heading.
FIELD_LABELS = tuple(_KEYS)
# "Plats och tid: …" inside running text, or "Sekreterare ........ Maria Holm" on a signature line: a known key with
# a colon or signature dots after it, longest keys first so "Beslutande ersättare" wins over "Beslutande".
_ANY_KEY = "|".join(re.escape(k) for k in sorted(_KEYS, key=len, reverse=True))
_INLINE_KEY = re.compile(r"(?:^|(?<=\s))(" + _ANY_KEY + r")\s*(?::|[_.…]{3,})\s*", re.IGNORECASE)
# A key without a colon: opening the block, or later in it (two rows of a field grid read as one line).
_LEADING_KEY = re.compile(r"^(" + _ANY_KEY + r")\s+(\S.*)$", re.IGNORECASE | re.DOTALL)
_LATER_KEY = re.compile(r"(?<=\s)(" + _ANY_KEY + r")\s+(?=\S)", re.IGNORECASE)
# An ISO date: 2023-02-22.
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
# A written date: "22 februari 2023" (the weekday before it is optional).
_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")
_WRITTEN_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d{2})\b", re.IGNORECASE)
# A clock time or span: "kl. 13:00–16:05", "kl 9.00-11.45", "13.00 – 15.30"; "kl." makes a lone time certain.
_TIME_SPAN = re.compile(r"(?:\bkl\.?\s*)?\b(\d{1,2})[.:](\d{2})\s*(?:[-–]|till)\s*(\d{1,2})[.:](\d{2})\b", re.IGNORECASE)
_TIME_SINGLE = re.compile(r"\bkl\.?\s*(\d{1,2})[.:](\d{2})\b", re.IGNORECASE)
_LONE_TIME = re.compile(r"(?<![\d.:-])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d.:-])")
# What is not part of a place in "Lärkan, onsdagen den 22 februari 2023 kl. 13:00–16:05".
_NOT_PLACE = re.compile(
    r"\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b|\bden\s+\d{1,2}\b|\bkl\.?\s*\d|"
    r"\d{4}-\d{2}-\d{2}|\b\d{1,2}\s+(?:" + "|".join(_MONTHS) + r")\b|^ajourn|^\d{1,2}[.:]\d{2}",
    re.IGNORECASE,
)
# A role written after a name in the Beslutande list: "ordförande", "1:e vice ordförande", "ordf.".
_ROLE = re.compile(r"^(?:\d:e\s+)?(?:vice\s+|förste\s+|andre\s+)?(?:ordförande|ordf\.?)$|^ledamot$|^ersättare$",
                   re.IGNORECASE)
_CHAIR_ROLE = re.compile(r"^(?:ordförande|ordf\.?)$", re.IGNORECASE)
# "Pia Sjöblom (S) tjänstgör för Hamid Yousefi (S)", "… ersätter …", "… i stället för …".
_SERVES_FOR = re.compile(r"^(.+?)\s*,?\s+(?:tjänstgör(?:ande)?(?:\s+ersättare)?\s+(?:för|i stället för|istället för)|"
                         r"ersätter|i stället för|istället för|för)\s+(.+)$", re.IGNORECASE)
# "nämndsekreterare Linnea Berglöf" among the other participants.
_SECRETARY_IN_TEXT = re.compile(r"sekreterare\s+([A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+)+)")
# "Tor Lind, sekreterare" / "Amir Karimi, nämndsekreterare": the role after the name.
_SECRETARY_AFTER_NAME = re.compile(r"([A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+)+),\s*(?:nämnd)?sekreterare\b")
# An organ named near the top: "Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden".
_ORGAN = re.compile(r"\b[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[a-zåäö]+)?(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)\b")
# Signature dots and underscores around a signing name.
_FILL = re.compile(r"[_.…]{3,}")


# What happens after the meeting, whose dates are not the meeting's: the justering and the anslag.
_AFTER_MEETING = re.compile(r"justera|justering|anslag|tas ned|sätts upp", re.IGNORECASE)


# A board's field that adds the municipality after a comma or a dash ("Organ: Kommunstyrelsen, Lärkeby kommun",
# "Nämnd: Socialnämnden – Ekby kommun"): the board is what stands before it. The municipality is the document's issuer,
# read as such (ingest/issuer.py); kept in the board's name, the meeting was no longer the board's (its id, a
# kallelse's join by board and date).
_AFTER_BOARD = re.compile(r"^(?P<board>.+?)\s*(?:,|\s[–—-])\s*(?P<place>[^,–—]+)$")


def _board_only(value: str) -> str:
    found = _AFTER_BOARD.match(value.strip())
    if found and names_municipality(found["place"]) and not names_municipality(found["board"]):
        return found["board"]
    return value.strip()


def parse_meeting(header: list[Block], paragraph_numbers: list[tuple[int, int]]) -> Meeting:
    """Read the first-page fields; the paragraph range falls back to the § headings found."""
    fields = _fields(header)
    attendance = _attendance_table(header)
    place_time = fields.get("place_time", "")
    members, chair_from_list, listed = _people(fields.get("beslutande", ""))
    substitutes = listed + tuple(_substitute(s) for s in _split_list(fields.get("substitutes", "")))
    if attendance and not members:
        members, chair_from_list, substitutes = attendance
    beslutande = members + tuple(s.name for s in substitutes if s.name not in members)
    secretary = fields.get("secretary") or _secretary_in(fields.get("others", ""))
    return Meeting(
        committee=_board_only(fields.get("committee", "")) or _organ_line(header),
        # Failing a labelled date, the first date of the first page, except the justering's and the anslag's.
        date=_date(fields.get("date", "")) or _date(place_time)
        or _date(" ".join(b.text for b in header if not _AFTER_MEETING.search(b.text))),
        time=_time(fields.get("time", ""), labelled=True) or _time(place_time),
        place=_place(fields.get("place") or place_time),
        chair=_name_only(fields.get("chair", "")) or chair_from_list,
        secretary=_name_only(secretary or "") or None,
        justerare=tuple(_name_only(n) for n in _split_list(fields.get("justerare", ""))),
        paragraph_range=_range(fields.get("paragraphs", "")) or _range_of(paragraph_numbers),
        beslutande=beslutande,
        tjanstgorande_ersattare=substitutes,
        ersattare=tuple(_name_only(n) for n in _split_list(fields.get("ersattare", ""))),
    )


def letterhead_meeting(header: list[Block], committee: str | None) -> Meeting:
    """The meeting a kallelse calls to, from its letterhead ("Datum: 2024-10-22", "Tid: 17.30", "Plats: …"): date,
    time and place only. A kallelse's "Ledamöter" are the people called, not the people who came."""
    fields = _fields(header)
    place_time = fields.get("place_time", "")
    called = _calling_sentence(header)
    return Meeting(committee, _date(fields.get("date", "")) or _date(place_time) or _date(fields.get("time", ""))
                   or _date(called),
                   _time(fields.get("time", ""), labelled=True) or _time(place_time) or _time(called),
                   _place(fields.get("place") or place_time) or _called_place(called), None, None, (), None)


# A kungörelse or kallelse that calls in running text instead of fields: "Kommunfullmäktige sammanträder måndagen den
# 25 november 2024 kl. 18.30 i Stadshuset, Fullmäktigesalen.", "Ledamöterna kallas härmed till sammanträde …"
# (the wording of Swedish kungörelser under kommunallagen 5 kap. 12 §).
_CALLS = re.compile(r"\b(?:sammanträder|sammanträdet\s+hålls|kallas(?:\s+härmed)?\s+till\s+sammanträde|"
                    r"håller\s+sammanträde)\b", re.IGNORECASE)
_CALLED_PLACE = re.compile(r"\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?\s+(?:i|på)\s+([A-ZÅÄÖ][^.]*)")


def _calling_sentence(header: list[Block]) -> str:
    """The first-page sentence that calls to the meeting, else ''; or, with no such sentence, the line that says when
    the meeting is held as a weekday, a date and the hour ("Tisdag 27 januari 2026 kl. 08.30")."""
    for block in header:
        for sentence in sentences(block.text):
            if _CALLS.search(sentence) and (_date(sentence) or _time(sentence)):
                return sentence
    return weekday_and_hour_line(block.text for block in header) or ""


def _called_place(sentence: str) -> str | None:
    """Where a calling sentence says the meeting is held: what follows its time ("kl. 18.30 i Stadshuset, …")."""
    match = _CALLED_PLACE.search(sentence)
    return match[1].strip(" ,") if match else None


def _key(text: str) -> str | None:
    return _KEYS.get(re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).lower())


def is_field_key(text: str) -> bool:
    """A label of a meeting document's first-page fields ("Beslutande", "Plats och tid", "Justerare")."""
    return _key(text) is not None


def _fields(header: list[Block]) -> dict[str, str]:
    """Key → value pairs from table rows, 'Key' blocks followed by their value, and 'Key: value' text."""
    pairs: list[tuple[str, str]] = []
    for i, block in enumerate(header):
        if block.kind == "table":
            for row in block.rows:
                cells = [c.strip() for c in row if c.strip()]
                field = _key(cells[0]) if cells else None
                if field and len(cells) > 1:
                    pairs.append((field, ", ".join(cells[1:])))
            continue
        field = _key(block.text)
        if field:
            following = header[i + 1] if i + 1 < len(header) else None
            if following is not None and following.kind != "table" and not _key(following.text):
                pairs.append((field, following.text))
            continue
        inline = []
        for field, value in _inline_pairs(block.text):
            lead = _LEADING_KEY.match(_FILL.sub(" ", value).strip())
            if lead and lead[1][0].isupper():
                # Another field's key is no value ("Sekreterare ........ Paragrafer §§ 34–43"): two fields.
                inline += [(field, ""), (_KEYS[lead[1].lower()], lead[2].strip())]
            else:
                inline.append((field, value))
        following = header[i + 1] if i + 1 < len(header) else None
        empty = [k for k, (_, value) in enumerate(inline) if not _FILL.sub(" ", value).strip(" ,;")]
        if empty and following is not None and _name_shaped(following.text):
            # A signature line ("Ordförande ........") with the name printed under it.
            inline[empty[0]] = (inline[empty[0]][0], following.text)
        pairs.extend(inline)
    fields: dict[str, str] = {}
    for field, value in pairs:
        value = _FILL.sub(" ", value).strip(" ,;")
        # "Se närvarolista, sidan 2" points to where the value is; it is none itself.
        if value and field not in fields and not _REFERENCE.match(value):
            fields[field] = value  # the first page's own value wins over the anslag's repetition
    return fields


_REFERENCE = re.compile(r"(?:se|enligt)\b", re.IGNORECASE)


def _name_shaped(text: str) -> bool:
    """A line that can be a person's name under a signature line: short, capitalised, no figures, no field key."""
    text = text.strip()
    return 0 < len(text) <= 60 and text[0].isupper() and not re.search(r"\d|[_.…]{3,}", text) \
        and not _key(text) and not _INLINE_KEY.search(text)


def _inline_pairs(text: str) -> list[tuple[str, str]]:
    """'Plats och tid: Stadshuset kl 9.00 Beslutande: …' → one pair per key that opens with a capital."""
    matches = [m for m in _INLINE_KEY.finditer(text) if m.group(1)[0].isupper()]
    if not matches:
        # "Plats och tid Stadshuset kl 9.00" (a PDF row whose columns came out as spaces): a key opening the block,
        # and any further capitalised key in it ("Tid Torsdag 16 maj 2024 kl. 09.00 Plats Rådhuset": two rows of
        # a field grid read as one paragraph).
        lead = _LEADING_KEY.match(text)
        if not lead or not lead[1][0].isupper():
            return []
        pairs = [(_KEYS[lead[1].lower()], lead[2].strip())]
        while True:
            field, value = pairs[-1]
            more = next((m for m in _LATER_KEY.finditer(value) if m.group(1)[0].isupper()), None)
            if more is None:
                return pairs
            pairs[-1] = (field, value[:more.start()].strip())
            pairs.append((_KEYS[more.group(1).lower()], value[more.end():].strip()))
    pairs = []
    for n, match in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
        field = _key(match.group(1))
        if field:
            # A field this reader has no key for ends the value too, when it opens a cell or a line of its own
            # ("Justerare: Eva Lund (C)⇥Justeringsdatum: 2026-02-17").
            value = _OTHER_FIELD.split(text[match.end():end], maxsplit=1)[0]
            pairs.append((field, value.strip()))
    return pairs


# A labelled field after a tab or a line break: a capitalised label of a few words and its colon.
_OTHER_FIELD = re.compile(r"[\t\n]\s*(?=[A-ZÅÄÖ][\wåäöÅÄÖ -]{1,30}:)")


def _split_list(value: str) -> list[str]:
    """Names separated by commas, semicolons, line breaks or 'och' — or by nothing but a space where a grid cell's
    lines were joined: after a party ("Per Lund (M) Sara Ek (C)") or a role ("ordförande Per Lund (M)"). A comma
    before "tjänstgörande ersättare för …" keeps the substitute and whom they serve for together."""
    parts = re.split(r"\s*(?:,(?!\s*tjänstgör)|[;\n]|\boch\b|\bsamt\b)\s*|(?<=\))\s+(?=[A-ZÅÄÖ])|"
                     r"(?<=ordförande)\s+(?=[A-ZÅÄÖ])", value)
    return [p.strip() for p in parts if p.strip()]


def _name_only(value: str) -> str:
    """A name without the role words or signature fill around it."""
    # A list item's bullet ("- Cecilia Granlund (S)" from an HTML <ul>) is no part of the name.
    value = _FILL.sub(" ", value).strip(" ,;").lstrip("-–•*· ")
    match = re.match(r"^(.+?\([^)]{1,6}\))", value)
    return match[1].strip() if match else value


def _people(value: str) -> tuple[tuple[str, ...], str | None, tuple[Substitute, ...]]:
    """The Beslutande list: names in order, the one marked 'ordförande' (not vice), and any ersättare written
    into the list as serving for someone ("Lisa Nord (C) tjänstgörande ersättare för Nils Berg (C)")."""
    names: list[str] = []
    chair = None
    substitutes: list[Substitute] = []
    for part in _split_list(value):
        if _ROLE.match(part):
            if _CHAIR_ROLE.match(part) and names and chair is None:
                chair = names[-1]
            continue
        if _SERVES_FOR.match(part):
            substitute = _substitute(part)
            if names and _one_word(substitute.name):
                # "Sven-Olof Hedin (KD), Norrgrava, tjänstgörande ersättare för …": the member before the place.
                substitute = Substitute(names.pop(), substitute.replaces)
            substitutes.append(substitute)
            continue
        name = _name_only(part)
        rest = part[len(name):].strip(" ,")
        if names and _one_word(name):
            # One word after a member is no member: their home place or title ("Marita Öhman (S), Skärvsta,
            # ordförande" in a kommunalförbund's or region's list); the role after it is still theirs.
            continue
        names.append(name)
        if rest and _CHAIR_ROLE.match(rest) and chair is None:
            chair = name
    return tuple(names), chair, tuple(substitutes)


def _one_word(name: str) -> bool:
    """A single word without a party: a place or title written after a member, never a member (a list names people by
    first and last name)."""
    return " " not in name and "(" not in name


def _substitute(text: str) -> Substitute:
    match = _SERVES_FOR.match(text)
    if match:
        return Substitute(_name_only(match[1]), _name_only(match[2]))
    return Substitute(_name_only(text), None)


def _attendance_table(header: list[Block]) -> tuple[tuple[str, ...], str | None, tuple[Substitute, ...]] | None:
    """A närvarolista as a table: a name column (Ledamot/Namn), optionally party, presence and ersättare columns."""
    for block in header:
        if block.kind != "table" or len(block.rows) < 2:
            continue
        head = [c.strip().lower() for c in block.rows[0]]
        name_col = next((i for i, c in enumerate(head) if re.match(r"^(?:ordinarie\s+)?(?:ledam|namn)", c)), None)
        if name_col is None:
            continue
        party_col = next((i for i, c in enumerate(head) if c.startswith("parti")), None)
        present_col = next((i for i, c in enumerate(head) if c.startswith("närvar")), None)
        substitute_col = next((i for i, c in enumerate(head) if "ersättare" in c), None)
        names: list[str] = []
        chair = None
        substitutes: list[Substitute] = []
        for row in block.rows[1:]:
            raw = _cell(row, name_col)
            if not raw:
                continue
            name, _, role = raw.partition(",")
            party = _cell(row, party_col)
            name = name.strip() + (f" ({party})" if party and "(" not in name else "")
            if _CHAIR_ROLE.match(role.strip()):
                chair = name
            if _cell(row, substitute_col):
                substitutes.append(Substitute(_name_only(_cell(row, substitute_col)), name))
            elif present_col is None or _cell(row, present_col).lower() in {"x", "ja", "närvarande", "n"}:
                names.append(name)
        return tuple(names), chair, tuple(substitutes)
    return None


def _cell(row: tuple[str, ...], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _secretary_in(text: str) -> str | None:
    match = _SECRETARY_IN_TEXT.search(text) or _SECRETARY_AFTER_NAME.search(text)
    return match[1] if match else None


def _organ_line(header: list[Block]) -> str | None:
    """The first organ named in the first blocks (where the title block names who met)."""
    for block in header[:6]:
        match = _ORGAN.search(block.text)
        if match:
            return match[0]
    return None


def _date(text: str) -> str | None:
    match = _ISO_DATE.search(text)
    if match:
        return match[0]
    match = _WRITTEN_DATE.search(text)
    if match:
        month = _MONTHS.index(match[2].lower()) + 1
        return f"{match[3]}-{month:02d}-{int(match[1]):02d}"
    return None


def _time(text: str, labelled: bool = False) -> str | None:
    """The clock time or span in `text`; a lone "17.30" counts only where the field is labelled Tid."""
    match = _TIME_SPAN.search(text)
    if match:
        return f"{int(match[1]):02d}:{match[2]}–{int(match[3]):02d}:{match[4]}"
    match = _TIME_SINGLE.search(text) or (_LONE_TIME.search(text) if labelled else None)
    return f"{int(match[1]):02d}:{match[2]}" if match else None


def _place(text: str) -> str | None:
    """The comma-separated parts of 'Plats och tid' that are neither a day, a date nor a time."""
    kept = []
    for part in (p.strip() for p in text.split(",")):
        part = _TIME_SINGLE.sub("", _TIME_SPAN.sub("", part)).strip()  # a span first: "kl. 9.00–12.10" whole
        if part and not _NOT_PLACE.search(part) and re.search(r"[A-Za-zÅÄÖåäö]", part):
            kept.append(part)
    return ", ".join(kept) or None


def _range(text: str) -> str | None:
    match = re.search(r"(\d{1,4})\s*(?:[-–]|till)\s*(\d{1,4})", text)
    if match:
        return f"{match[1]}–{match[2]}"
    match = re.search(r"\d{1,4}", text)
    return match[0] if match else None


def _range_of(numbers: list[tuple[int, int]]) -> str | None:
    if not numbers:
        return None
    first, last = numbers[0][0], numbers[-1][1]
    return f"{first}–{last}" if last != first else str(first)
