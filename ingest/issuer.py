"""Who issued a document: the board (nämnd, styrelse, utskott, fullmäktige) and the municipality or region,
read from the document itself — its letterhead, its first lines, else what it names most often."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ingest.models import DOCUMENT_TYPES, Block
from ingest.municipalities import is_municipality
from ingest.patterns import NUMERIC_DATE as _NUMERIC_DATE
from ingest.patterns import YEAR

# A board's name in Swedish local government ends in -nämnden, -styrelsen or -utskottet (the definite forms
# used as names), or is a fullmäktige (kommunallagen 3 kap.); a kommunalförbund's are its förbundsfullmäktige or
# förbundsdirektion, "direktionen" (kommunallagen 9 kap. 3 §). Joined names keep their parts: "Barn- och
# utbildningsnämnden", "Kultur-, fritids- och turismnämnden". At least three letters must stand before the
# ending, so the bare "nämnden" or "styrelsen" of running text is no name.
# The first parts of a joined name, each cut at its hyphen: "Barn- och ", "Kultur-, fritids- och ".
_JOINED = r"(?:[A-ZÅÄÖa-zåäö]+-,?\s(?:och\s|samt\s)?)*"
_BOARD = re.compile(
    rf"(?<![\wåäöÅÄÖ-])({_JOINED}"
    r"[A-ZÅÄÖa-zåäö]{3,}(?:nämnden|styrelsen|utskottet)|(?:kommun|region|förbunds)fullmäktige|"
    r"(?:förbunds)?direktionen|"
    # a board named by an adjective ("Tekniska nämnden", "Allmänna utskottet"), not a determiner ("hela nämnden") nor
    # a verb's infinitive, which follows the infinitive marker or a modal verb ("att utveckla nämndens insatser")
    r"(?<!\batt\s)(?<!\bska\s)(?<!\bkan\s)(?<!\bbör\s)(?<!\bvill\s)(?<!\bskall\s)(?<!\bmåste\s)"
    r"(?!(?:hela|denna|samma|andra|första|nya|egna|förra|nästa|berörda|respektive|övriga|båda)\s)"
    r"[A-ZÅÄÖa-zåäö]{4,}a\s(?:nämnden|styrelsen|utskottet))(s?)(?![\wåäöÅÄÖ])",
    re.IGNORECASE,
)
# Labels under which a protokoll or kallelse names its board; on a line of a field grid, only with the colon that
# makes it a field ("Nämnd⇥Budget 2024" heads a table's column).
_BOARD_FIELD = re.compile(r"^\s*(?:sammanträdande\s+organ|beslutande\s+organ|organ|nämnd|styrelse)\s*:\s*(.*)$",
                          re.IGNORECASE)
_BOARD_LABEL = re.compile(r"^(?:sammanträdande\s+organ|beslutande\s+organ|organ|nämnd|styrelse)\s*:?\s*(.*)$",
                          re.IGNORECASE)
# "Katrineholms kommun", "UMEÅ KOMMUN", "Malmö stad", "Region Sörmland", "Regionen Halland" is not a form.
# Of Sweden's 290 municipalities (SCB's list) three have a name of two words — Upplands Väsby, Lilla Edet, Östra
# Göinge — and a few a hyphen (Upplands-Bro, Dals-Ed, Malung-Sälen): any other word before the name is not part of it
# ("TESTDOKUMENT Sjöhamns kommun", "Protokoll Katrineholms kommun" on one line of a text export). Name and "kommun"
# stand on one line: across lines, a field's value ended by the next field's label ("…/Personalutskottet" over
# "kommun: Ekbacka kommun") is no name.
_MUNICIPALITY = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:((?:(?:Upplands|Lilla|Östra)\s)?[A-ZÅÄÖ][A-Za-zÅÄÖåäöé]+(?:-[A-ZÅÄÖ][A-Za-zÅÄÖåäöé]+)?)"
    r"[^\S\n]+(kommun|stad)"
    r"|(region)[^\S\n]+([A-ZÅÄÖ][A-Za-zÅÄÖåäö]+(?:[^\S\n][A-ZÅÄÖ][a-zåäö]+)?))(?![\wåäöÅÄÖ])",
    re.IGNORECASE,
)
# A kommunalförbund issues its own handlingar (kommunallagen 9 kap.): named "<Verksamhet>förbundet <Ort>"
# ("Räddningstjänstförbundet Mitt Bohuslän", "Vårdförbundet Sörmland", "Samordningsförbundet Göteborg") or
# "Kommunalförbundet <Ort>". Read only from a letterhead or the first lines: in running text it is a partner
# ("kommunen är medlem i Vårdförbundet Sörmland"), not the issuer.
_FORBUND = re.compile(
    r"(?<![\wåäöÅÄÖ])((?:[A-ZÅÄÖ][a-zåäö]*förbundet|[A-ZÅÄÖ]+FÖRBUNDET))\s+"
    r"([A-ZÅÄÖ][A-Za-zÅÄÖåäöé]+(?:[ -][A-ZÅÄÖ][A-Za-zÅÄÖåäöé]+)?)(?![\wåäöÅÄÖ])")
# Determiners and pronouns that stand before "kommun"/"stad" in running text ("varje kommun", "denna stad");
# from Swedish grammar (SAG's determinatives), not from any document.
_NOT_NAMES = {"varje", "denna", "detta", "den", "det", "vår", "våra", "er", "din", "min", "sin", "hela", "en", "ett",
              "vilken", "annan", "annans", "samma", "egen", "egna", "respektive", "berörd", "berörda", "ny", "ingen",
              "all", "alla", "någon", "större", "mindre", "liten", "stor", "hemkommun", "sådan", "vilket",
              "och", "i", "på", "av", "för", "till", "med", "som", "att", "om", "från", "inom"}
# The first lines of a document hold its letterhead (in a PDF the running header is kept apart for this).
_TOP_BLOCKS = 15


def is_board_name(text: str) -> bool:
    """The whole text is a board's name ("Barn- och utbildningsnämnden"), as a letterhead addresses it."""
    match = _BOARD.fullmatch(text.strip().rstrip(":"))
    return bool(match) and not match[2]


def board_names_in(text: str) -> tuple[str, ...]:
    """The boards a text names, lower case and without a genitive s ("Vård- och omsorgsnämndens" → "vård- och
    omsorgsnämnden"), once each."""
    return tuple(dict.fromkeys(m[1].lower() for m in _BOARD.finditer(text)))


# A joined board name says each of its boards in short (Swedish hyphenated coordination, "bygg- och miljönämnden" for
# "byggnämnden och miljönämnden"); a board's genitive before one of its own bodies in the indefinite form names that
# body ("kommunstyrelsens arbetsutskott" is "arbetsutskottet"; the bodies a nämnd or styrelse sets up under
# kommunallagen 6 kap.: utskott, presidium, beredning).
_JOINED_PART = re.compile(r"([a-zåäö]+)-,?\s(?:och\s|samt\s)?")
_HEAD = re.compile(r"(nämnden|styrelsen|utskottet)$")
_BODY = r"[a-zåäö]*(?:utskott|presidium|beredning)"  # "arbetsutskott", "individutskott", "presidium"
_SUB_BODY = re.compile(rf"(?<![\wåäöÅÄÖ])[A-ZÅÄÖa-zåäö]{{3,}}(?:nämndens|styrelsens)\s+({_BODY})(?![\wåäöÅÄÖ])", re.IGNORECASE)
_DEFINITE = {"utskott": "utskottet", "presidium": "presidiet", "beredning": "beredningen"}
# The body right after a board's genitive, in any case ("KOMMUNFULLMÄKTIGES PRESIDIUM" in a letterhead).
_BODY_AFTER = re.compile(rf"\s+({_BODY})(?![\wåäöÅÄÖ])", re.IGNORECASE)


def board_forms(text: str) -> frozenset[str]:
    """The boards a text names (`board_names_in`) with the short forms that name them too: each part of a joined
    name ("bygg- och miljönämnden" → "byggnämnden", "miljönämnden") and a board's body named after its genitive
    ("kommunstyrelsens arbetsutskott" → "arbetsutskottet"). For telling whether a passage speaks of the board a
    question names, never for naming a board in an answer."""
    names = set(board_names_in(text))
    for name in list(names):
        head = _HEAD.search(name)
        if head and (parts := _JOINED_PART.findall(name)):
            last = _JOINED_PART.sub("", name)
            names.update(f"{part}{head[1]}" for part in parts)
            names.add(last)
    for match in _SUB_BODY.finditer(text):
        body = match[1].lower()
        ending = next((k for k in _DEFINITE if body.endswith(k)), None)
        if ending:
            names.add(body[: len(body) - len(ending)] + _DEFINITE[ending])
    return frozenset(names)


# What a document is called (the parser's document types and the titles they go by), for a title line.
_DOCUMENT_WORDS = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:" + "|".join(DOCUMENT_TYPES) + r"|sammanträdesprotokoll|protokollsutdrag|verksamhetsberättelse|"
    r"föredragningslista|årsbokslut)(?![\wåäöÅÄÖ])", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def is_issuer_name(text: str) -> bool:
    """The whole text names a municipality or a board, perhaps with what the document is and its date or year, and
    says nothing else: a letterhead or title line ("Bergsjö kommun", "Åsbacka kommun 2024-03-28", "Vård- och
    omsorgsnämnden Årsredovisning 2023 Söderviks kommun"). Asked of every candidate sentence of every answer, so
    kept per text, and a sentence longer than any such line is never one."""
    if len(text) > 150 or not (_MUNICIPALITY.search(text) or _BOARD.search(text)):
        return False
    rest = _BOARD.sub(" ", _MUNICIPALITY.sub(" ", _NUMERIC_DATE.sub(" ", text)))
    rest = YEAR.sub(" ", _DOCUMENT_WORDS.sub(" ", rest))
    return not re.search(r"[^\W\d_]", rest)


def after_issuer(text: str) -> str:
    """The text after the municipality and boards it opens with: a text export's letterhead and title on one line
    ("BREDMOSSA KOMMUN Valnämnden Verksamhetsplan och internbudget 2026") leave the title."""
    rest = text.strip()
    # A board's genitive is the title's own first word ("Socialnämndens månadsrapport april 2024"), not a letterhead.
    while (match := _MUNICIPALITY.match(rest)) or ((match := _BOARD.match(rest)) and not match[2]):
        rest = rest[match.end():].strip(" ,;:|–-")
    return rest


def names_municipality(text: str) -> bool:
    """The text names a municipality or region ("Tallmyra kommun", "KALVSJÖ KOMMUN", "Region Sörmland")."""
    return bool(_municipalities(text))


def names_issuer(text: str) -> bool:
    """The text names a municipality or a board somewhere."""
    return bool(_MUNICIPALITY.search(text) or _BOARD.search(text))


def committee_in(blocks: Sequence[Block], letterhead: Sequence[str] = ()) -> str | None:
    """The board a document comes from: named under 'Sammanträdande organ', in the letterhead or the first
    lines, else the board the text names most often; None when it names none."""
    top = list(blocks[:_TOP_BLOCKS])
    for i, block in enumerate(top):
        # Any line of the block: a field grid read as one table or paragraph ("Organ:⇥Kommunfullmäktiges presidium"
        # over "Sammanträdesdatum: …") holds the label on its first line only by chance.
        lines = block.text.strip().split("\n")
        label = _BOARD_LABEL.match(lines[0]) if len(lines) == 1 else \
            next(filter(None, (_BOARD_FIELD.match(line) for line in lines)), None)
        if label:
            # The name stands on the same line ("Organ: Socialnämnden", a table row) or just below.
            candidates = [label[1], *[b.text for b in top[i + 1 : i + 3]]]
            for text in candidates:
                name = _first_board(text)
                if name:
                    return name
    # A text export may join the letterhead's lines into the first block ("ÄLVBY KOMMUN SAMMANTRÄDESPROTOKOLL
    # Kommunstyrelsen Sammanträdesdatum …"): its opening words are the letterhead all the same.
    opening = [top[0].text[:100]] if top and len(top[0].text) > 80 else []
    for text in [*letterhead, *opening, *(b.text for b in top if len(b.text) <= 80)]:
        name = _first_board(text)
        if name:
            return name
    counts = Counter(_board_name(m[1]) for b in blocks for m in _BOARD.finditer(b.text))
    return counts.most_common(1)[0][0] if counts else None


def municipality_in(blocks: Sequence[Block], letterhead: Sequence[str] = ()) -> str | None:
    """The municipality or region ('Katrineholms kommun', 'Malmö stad', 'Region Sörmland') from the letterhead
    or the first lines, else the one the text names most often."""
    for text in [*letterhead, *(b.text for b in blocks[:_TOP_BLOCKS] if len(b.text) <= 80)]:
        names = _municipalities(text) or _forbund(text)
        if names:
            return names[0]
    counts = Counter(name for b in blocks for name in _municipalities(b.text))
    if not counts:
        return None
    # Ties (a packet that names a neighbour as often) go to the place the whole text names most, in any form:
    # a kallelse speaks of "Katrineholm" far more often than of a municipality it compares itself with.
    text = "\n".join(b.text for b in blocks).lower()
    return max(counts, key=lambda name: (counts[name], text.count(_place(name).lower())))


@lru_cache(maxsize=5_000)  # a few municipalities, asked of every document on every question that names one
def place_key(name: str) -> str:
    """One key for the forms a municipality is named in: 'Katrineholms kommun', 'Katrineholm', 'KATRINEHOLMS
    KOMMUNS', 'Katrineholm municipality' → 'katrineholm'. The genitive -s goes, so 'Borås' keys as 'borå' on
    both sides of a comparison."""
    place = re.sub(r"^(?:region|municipality of|city of|\w*förbundet)\s+|\s+(?:kommuns?|stads?|municipality(?:'s)?)$",
                   "", name.strip().lower())
    return place[:-1] if place.endswith("s") and len(place) > 4 else place


# A municipality a question is about: "i Vingåkers kommun", "Umeå kommuns budget", "Malmö stad", "the
# municipality of Umeå", "Umeå municipality". A municipality named after "med", "och", "jämfört med" … is a
# partner or a point of comparison of the documents' own municipality, not the question's subject.
_ASKED_MUNICIPALITY = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s+(?:kommuns?|stads?|municipality(?:'s)?)"
    r"|(?:municipality|city)\s+of\s+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?))(?![\wåäöÅÄÖ])")
_PARTNER = re.compile(r"(?:\b(?:med|och|samt|mellan|än|with|and|between|than|to)\s+)$", re.IGNORECASE)


# A place named by its board: "Vingåkers socialnämnd", "kommunstyrelsen i Umeå" — the board of that municipality,
# when the place is one (ingest/municipalities.py: "Viadidakts nämnd" is a joint body's, not a municipality's).
# Municipal bodies only: a länsstyrelse is the state's ("Länsstyrelsen i Södermanlands län"), and "styrelse" alone
# may be a company's or an agency's.
_BOARD_WORD = rf"(?i:{_JOINED}[a-zåäö-]*(?:nämnd|kommunstyrelse|regionstyrelse|fullmäktige|utskott)[a-zåäö]*)"
_PLACE_WORD = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_ASKED_BOARD_PLACE = re.compile(rf"(?<![\wåäöÅÄÖ])(?:({_PLACE_WORD})s\s+{_BOARD_WORD}|{_BOARD_WORD}\s+i\s+({_PLACE_WORD}))"
                                r"(?![\wåäöÅÄÖ])")


# A municipality named bare in a question, after a preposition of place: "hushåll i Borås", "evictions in Eskilstuna".
# Without one a capitalised place is more often part of a name ("Barnahus Nyköping") or a genitive of the documents'
# own ("Katrineholms platsvarumärke").
_ASKED_PLACE = re.compile(rf"(?<![\wåäöÅÄÖ])(?i:i|in|från|from|för|for)\s+({_PLACE_WORD})(?![\wåäöÅÄÖ])")


def places_asked(question: str) -> list[str]:
    """The municipalities a question names bare after a preposition of place ("i Borås"), as SCB's list writes them;
    a partner or point of comparison ("jämfört med …") is none, and a municipality named as one ("Borås kommun") or
    by its board is `municipalities_asked`'s."""
    found = []
    for m in _ASKED_PLACE.finditer(question):
        if is_municipality(m[1]) and m[1].lower() not in _NOT_NAMES and not _PARTNER.search(question[:m.start()]):
            found.append(m[1])
    return list(dict.fromkeys(found))


def municipalities_asked(question: str) -> list[str]:
    """The municipalities a question is about, as it writes them ('Vingåkers kommun', 'municipality of Umeå'), or
    as the place its board is named by ('Vingåkers socialnämnd', 'socialnämnden i Vingåker': 'Vingåkers kommun')."""
    found = []
    for m in _ASKED_MUNICIPALITY.finditer(question):
        if (m[1] or m[2]).lower() in _NOT_NAMES or _PARTNER.search(question[:m.start()]):
            continue
        if m[0] not in found:
            found.append(m[0])
    for m in _ASKED_BOARD_PLACE.finditer(question):
        # "Borås socialnämnd" reads as "Borå" + genitive s; "Vingåkers" as "Vingåker" + s.
        place = next((p for p in (m[1] or m[2], f"{m[1]}s" if m[1] else "") if is_municipality(p)), None)
        if place is None or _PARTNER.search(question[:m.start()]):
            continue
        # As the municipalities write their names: "Vingåkers kommun", but "Umeå kommun", "Borås kommun".
        name = f"{place} kommun" if place[-1] in "sxzaeiouyåäö" else f"{place}s kommun"
        if place_key(name) not in {place_key(f) for f in found}:
            found.append(name)
    return found


def _place(name: str) -> str:
    """'Katrineholms kommun' → 'Katrineholm', 'Region Sörmland' → 'Sörmland', 'Malmö stad' → 'Malmö'."""
    place = re.sub(r"^Region |^\w*förbundet |\s(?:kommun|stad)$", "", name)
    return place[:-1] if place.endswith("s") and len(place) > 4 else place


def _first_board(text: str) -> str | None:
    match = _BOARD.search(text)
    if not match:
        return None
    # A board's body named after the board's genitive is the body ("Kommunfullmäktiges presidium", "Kommunstyrelsens
    # arbetsutskott" call and keep their own minutes), see _SUB_BODY.
    body = _BODY_AFTER.match(text, match.end()) if match[2] else None
    return _board_name(f"{match[1]}{match[2]} {body[1]}") if body else _board_name(match[1])


def _board_name(raw: str) -> str:
    """'SOCIALNÄMNDEN' → 'Socialnämnden', 'barn- och utbildningsnämnden' → 'Barn- och utbildningsnämnden'."""
    name = re.sub(r"\s+", " ", raw.strip())
    if name.isupper() or name[:1].islower():
        name = name.lower()
    return name[:1].upper() + name[1:]


def _municipalities(text: str) -> list[str]:
    found = []
    for m in _MUNICIPALITY.finditer(text):
        if m[1]:
            # "I Katrineholms kommun": a preposition or determiner may stand before the name.
            words = [w for w in m[1].split() if w.lower() not in _NOT_NAMES]
            if not words or " ".join(words).islower():
                continue
            found.append(f"{_proper(' '.join(words))} {m[2].lower()}")
        elif m[4] and m[4].split()[0].lower() not in _NOT_NAMES and not m[4].islower():
            found.append(f"Region {_proper(m[4])}")
    return found


def _forbund(text: str) -> list[str]:
    """The kommunalförbund a letterhead line names ("RÄDDNINGSTJÄNSTFÖRBUNDET SKÄRVSTA" → "Räddningstjänstförbundet
    Skärvsta")."""
    found = []
    for m in _FORBUND.finditer(text):
        words = re.split(r"(?<=[ -])", m[2])
        # A name in capitals ends where the capitals do ("… SKÄRVSTA Protokoll, direktionen" on one line).
        place = words[0].rstrip(" ") if m[1].isupper() and len(words) > 1 and not words[1].isupper() else m[2]
        found.append(f"{m[1].capitalize()} {_proper(place)}")
    return found


def _proper(name: str) -> str:
    """'KATRINEHOLMS' → 'Katrineholms'; names already in mixed case stay as written."""
    return " ".join(w.capitalize() if w.isupper() else w for w in name.split())
