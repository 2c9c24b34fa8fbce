"""How a § ended: the outcome label from general rules on its title, decision, yrkanden and propositionsordning."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.models import Outcome, Vote, Yrkande

# A person as protokoll name them: two to four capitalised words and the party in brackets, "Eva Strömberg (S)".
NAME = r"[A-ZÅÄÖÉ][\w'-]+(?:\s+(?:von|af|de|van|der)\s+)?(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,3}\s*\([A-Za-zÅÄÖåäö]{1,6}\)"
_NAME = re.compile(NAME)
# Sekretess: the § is minuted in a separate (sekretess)protokoll, or says it falls under sekretess.
_SEKRETESS = re.compile(r"separat\w*\s+(?:sekretess)?protokoll|sekretessprotokoll|särskilt\s+protokoll|"
                        r"omfattas\s+av\s+sekretess|sekretessärende", re.IGNORECASE)
# Formalia: the standard opening and closing items of a meeting (Swedish meeting procedure, kommunallagen 5–6 kap.).
_FORMALIA = re.compile(
    r"^(?:upprop|närvaro|val av (?:protokolls)?justerare|justering|protokollets justering|"
    r"(?:fastställande|godkännande|fastställelse) av (?:dagordning|föredragningslista)|dagordning|"
    r"föredragningslista|(?:mötets|sammanträdets) (?:öppnande|avslutande|avslutning)|(?:mötet|sammanträdet) öppnas|"
    r"öppnande|avslutning|anmälan om jäv|jäv|föregående protokoll)",
    re.IGNORECASE,
)
# Information items by their usual agenda titles (tema, verksamhetsinformation, lex Sarah/Maria, delegationsbeslut,
# meddelanden/delgivningar, anmälningsärenden): the board takes note rather than decides on a proposal.
_INFORMATION_TITLE = re.compile(
    r"^(?:tema\b|information|informationsärende|verksamhetsinformation|\w*information$|lex (?:sarah|maria)|"
    r"anmälan av delegationsbeslut|delegationsbeslut|redovisning av delegationsbeslut|meddelanden|delgivningar|"
    r"anmälningsärenden|anmälningar|ordförandens? (?:information|informerar)|förvaltningschefen(?:s)? informerar|"
    r"aktuellt|rapporter$)",
    re.IGNORECASE,
)
# Taking note: "lägger informationen till handlingarna", "tackar för informationen", "noterar informationen".
_TAKES_NOTE = re.compile(r"till handlingarna|tackar för (?:informationen|redovisningen|dragningen)|"
                         r"\bnoterar\b|antecknar informationen|informationen antecknas", re.IGNORECASE)
# Återremiss and bordläggning in a decision or a yrkande.
_REMIT = re.compile(r"återremi(?:tt|ss)", re.IGNORECASE)
_TABLE = re.compile(r"bordl(?:ägg|agt|ades|äggning)", re.IGNORECASE)
# A decision that itself says it changed the proposal: "med ändringen att", "med tillägget att", "med följande ändring".
_CHANGED = re.compile(r"\bmed\s+(?:(?:den|följande)\s+)?(?:ändring|tillägg|justering|komplettering)(?:en|et|ar|arna)?\b",
                      re.IGNORECASE)
# A yrkande for the proposal as it stands.
_SUPPORTS_PROPOSAL = re.compile(r"^(?:yrkar\s+)?bifall till (?:\w+s\s+)?(?:förslag|liggande förslag|förslaget)\W*$",
                                re.IGNORECASE)
# "Ordföranden ställer proposition på X och finner det bifallet" / "ställer X mot Y och finner att nämnden bifaller Z".
_PUT_ON = re.compile(r"proposition\s+(?:på|om)\s+(.+?)\s+och\s+finner", re.IGNORECASE)
_PUT_AGAINST = re.compile(r"ställer\s+(?:proposition\s+på\s+)?(.+?)\s+mot\s+(.+?)\s+och\s+finner", re.IGNORECASE)
_FOUND_FOR = re.compile(r"finner\s+(?:att\s+)?(?:nämnden|styrelsen|utskottet|fullmäktige|\w+nämnden|\w+styrelsen)?\s*"
                        r"(?:har\s+)?(?:bifall(?:it|er|a)|beslut(?:ar|at)\s+(?:enligt|i enlighet med|att))\s+(.+)$",
                        re.IGNORECASE)
_FOUND_IT = re.compile(r"finner\s+(?:att\s+)?(?:även\s+)?(?:det|detta|denna|den|förslaget|yrkandet)\s+"
                       r"(?:(?:även\s+)?(?:är\s+)?(?:bifall|antag)|bifalls|antas)", re.IGNORECASE)
# A vote's counts, in the forms Swedish minutes write them (from the minutes of several municipalities' boards and
# fullmäktige): "Med 7 ja-röster mot 4 nej-röster", "Omröstningen utfaller med 7 ja-röster och 4 nej-röster",
# "31 ledamöter röstar ja, 18 ledamöter röstar nej och 2 ledamöter avstår", "Ja: 7, Nej: 4, Avstår: 1", and a small
# board's counts in words ("sju ja-röster mot fyra nej-röster"; Swedish cardinals up to twenty).
_NUMBER_WORDS = {"noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
                 "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
                 "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20}
_COUNT = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_MEMBERS = r"(?:[^\S\n]+(?:ledamöter|ledamot|röstberättigade|personer|person))?"
_SPACE = r"[^\S\n]"  # within the line: a table's "Ja⇥7" above "Nej⇥4" is no "7 nej"


def _count_of(side: str) -> re.Pattern[str]:
    """One side's count: the figure before the side ("7 ja-röster", "7 ledamöter röstar ja", "4 nej") or after its
    label ("Ja-röster: 7", "Nej = 4", a table's "Ja⇥7"); a figure after another label is that label's ("Ja: 2 Nej: 3"
    is no "2 nej")."""
    return re.compile(rf"(?<![\w-])(?<![:=]{_SPACE})(?<![:=]){_COUNT}{_MEMBERS}{_SPACE}+(?:{side}-?röst(?:er|en)?\b|{side}\b|"
                      rf"(?:som{_SPACE}+)?röst(?:ar|ade){_SPACE}+{side}\b)|"
                      rf"(?<![\w-]){side}(?:-?röster)?{_SPACE}*[:=\t]{_SPACE}*{_COUNT}(?![\w-])", re.IGNORECASE)


_JA, _NEJ = _count_of("ja"), _count_of("nej")
_ABSTAIN = re.compile(rf"(?<![\w-])(?<![:=]{_SPACE})(?<![:=]){_COUNT}{_MEMBERS}{_SPACE}+(?:som{_SPACE}+)?avst(?:år|od|ående)\b|"
                      rf"(?<![\w-])(?:avstår|avstod|avstående|nedlagda röster){_SPACE}*[:=\t]{_SPACE}*{_COUNT}(?![\w-])",
                      re.IGNORECASE)
_VOTE_RESULT = re.compile(r"(?:beslutat|beslutar|beslutade)(?:\s+(?:nämnden|styrelsen|utskottet|fullmäktige|\w+nämnden|"
                          r"\w+styrelsen|därmed|alltså|således))*\s+(?:enligt|i enlighet med)\s+(.+?)\.?$", re.IGNORECASE)
# A decision written without a heading: "Kommunstyrelsen beslutar att …", "Nämnden lägger informationen …".
DECISION_SENTENCE = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?:[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[a-zåäö]+)?(?:nämnden|styrelsen|utskottet|fullmäktige)|"
    r"Nämnden|Styrelsen|Utskottet)"
    r"\s+(?:beslutar|beslöt|lägger|godkänner|antar|tackar|noterar|föreslår|återremitterar|bordlägger|ställer|"
    r"uppdrar|överlämnar|avslår|bifaller|fastställer|utser|väljer|tillstyrker|avstyrker|anmäler|begär)\b"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"])")


@dataclass(frozen=True)
class ParagraphFacts:
    """What the outcome rules read from one §."""

    title: str
    decision: str
    body: str
    has_decision_heading: bool
    has_proposal: bool
    yrkanden: tuple[Yrkande, ...]
    proposition: str
    votes: Vote | None


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text.replace("\n", " ")) if s.strip()]


def names_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.strip() for m in _NAME.findall(text)))


def is_sekretess(title: str, decision: str, body: str) -> bool:
    return bool(_SEKRETESS.search(title) or _SEKRETESS.search(decision or body[:400]))


def classify_outcome(facts: ParagraphFacts) -> Outcome:
    """The first rule that fits: sekretess, formalia, återremiss, bordläggning, information, change, else as proposed."""
    winners = accepted_motions(facts)
    if is_sekretess(facts.title, facts.decision if facts.has_decision_heading else "", facts.body):
        return "sekretess"
    if _FORMALIA.match(facts.title.strip()):
        return "formalia"
    if _REMIT.search(facts.decision) or any(_REMIT.search(w) for w in winners):
        return "återremitterat"
    if _TABLE.search(facts.decision) or any(_TABLE.search(w) for w in winners):
        return "bordlagt"
    if _INFORMATION_TITLE.match(facts.title.strip()):
        return "informationsärende/lägges till handlingarna"
    if _TAKES_NOTE.search(facts.decision) and not facts.has_proposal and not facts.yrkanden:
        return "informationsärende/lägges till handlingarna"
    if _CHANGED.search(facts.decision) or any(_amends(w, facts.yrkanden) for w in winners):
        return "beslutat med ändring"
    return "beslutat enligt förslag"


def accepted_motions(facts: ParagraphFacts) -> list[str]:
    """What the chair found carried, as written in the propositionsordning or the vote's result."""
    carried: list[str] = []
    for sentence in sentences(facts.proposition):
        found = _FOUND_FOR.search(sentence)
        put = _PUT_ON.search(sentence)
        if found and not re.match(r"^(?:även\s+)?(?:det|detta|denna|den)\W*$", found[1]):
            carried.append(found[1])
        elif put and (found or _FOUND_IT.search(sentence)):
            carried.append(put[1])  # "… proposition på X och finner det bifallet / att nämnden bifaller även detta"
    if facts.votes and facts.votes.result:
        carried.append(facts.votes.result)
    return carried


def _amends(motion: str, yrkanden: tuple[Yrkande, ...]) -> bool:
    """A carried motion changes the proposal: an ändrings-/tilläggsyrkande, or a member's yrkande that is not
    plain support for the proposal."""
    lowered = motion.lower()
    if re.search(r"ändring|tillägg", lowered):
        return True
    if "yrkande" not in lowered:
        return False  # "förvaltningens förslag", "arbetsutskottets förslag": the proposal carried
    for yrkande in yrkanden:
        owner = re.sub(r"\s*\([^)]*\)$", "", yrkande.by)
        if owner and owner in motion:  # "Maria Nyströms yrkande" names Maria Nyström (V)
            return not _SUPPORTS_PROPOSAL.match(yrkande.text.strip())
    return True


def parse_yrkanden(text: str) -> tuple[Yrkande, ...]:
    """'A (X) yrkar …' sentences; 'B (Y) instämmer i A:s yrkande' adds B to A's supporters."""
    yrkanden: list[Yrkande] = []
    for sentence in sentences(text):
        match = re.match(rf"^(?P<by>{NAME})(?:\s+och\s+{NAME})*\s+yrkar,?\s+(?P<text>.+)$", sentence)
        if match:
            # "A (M) yrkar, med instämmande av B (SD) och C (KD), bifall till …": the supporters are named inside.
            support = re.match(rf"^med\s+instämmande\s+(?:av|från)\s+(?P<who>{NAME}(?:\s*(?:,|och)\s*{NAME})*)\s*,"
                               rf"\s+(?P<text>.+)$", match["text"])
            if support:
                yrkanden.append(Yrkande(match["by"].strip(), support["text"].strip(), names_in(support["who"])))
            else:
                yrkanden.append(Yrkande(match["by"].strip(), match["text"].strip()))
            continue
        support = re.search(r"\binstämmer\s+i\s+(.+)$", sentence)
        if support and yrkanden:
            supporters = names_in(sentence[: support.start()])
            target = next((i for i, y in enumerate(yrkanden)
                           if re.sub(r"\s*\([^)]*\)$", "", y.by) in support[1]), len(yrkanden) - 1)
            y = yrkanden[target]
            yrkanden[target] = Yrkande(y.by, y.text, y.supporters + supporters)
    return tuple(yrkanden)


def _number(match: re.Match[str]) -> int:
    word = next(group for group in match.groups() if group)
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def has_vote_count(text: str) -> bool:
    """Whether `text` states how many voted ja or nej (in words, or as a table of the counts)."""
    return bool(_JA.search(text) or _NEJ.search(text)) or ("\t" in text and _vote_table(text) is not None)


def parse_votes(text: str) -> Vote | None:
    """Ja, nej and avstår counts and the sentence that states what carried: the one giving the counts, else the
    first after it ("Omröstningen utfaller med 7 ja-röster och 4 nej-röster. Nämnden har därmed beslutat enligt …")."""
    ja, nej = _JA.search(text), _NEJ.search(text)
    if ja and nej:
        abstain = _ABSTAIN.search(text)
        counts = (_number(ja), _number(nej), _number(abstain) if abstain else 0)
    else:
        summary = re.search(r"^Summa\t(\d+)\t(\d+)(?:\t(\d+))?", text, re.MULTILINE)
        table = _vote_table(text)
        if summary:
            counts = _summa_counts(text, summary)
        elif table:
            counts, table_end = table
            # What carried is said after the table ("Fullmäktige har därmed beslutat enligt …").
            after = next((m[1] for m in map(_VOTE_RESULT.search, sentences(text[table_end:])) if m), "")
            return Vote(*counts, after)
        else:
            return None
    stated, after = "", ""
    counted = False
    for sentence in sentences(text):
        here = has_vote_count(sentence)
        counted = counted or here
        match = _VOTE_RESULT.search(sentence)
        if match and here:
            stated = match[1]
        elif match and counted and not after:
            after = match[1]
    return Vote(*counts, stated or after)


def _summa_counts(text: str, summary: re.Match[str]) -> tuple[int, int, int]:
    """A roll-call list's row of totals read under its header: the figures end the row as the columns end the header
    ("Ledamot | Parti | Tjänstgörande | Ja | Nej | Avstår" over "Summa 41 22 16 3" is 22 ja, 16 nej, 3 avstår; the
    party cell is empty). Without a header of ja and nej above it, the first figures are ja, nej and avstår."""
    figures = [int(f) for f in re.findall(r"\t(\d+)", text[summary.start():].split("\n", 1)[0])]
    heads = next((line.lower().split("\t") for line in reversed(text[: summary.start()].split("\n"))
                  if {"ja", "nej"} <= {h.strip() for h in line.lower().split("\t")}), None)
    if heads and len(figures) <= len(heads):
        counts = [0, 0, 0]
        for head, figure in zip(heads[len(heads) - len(figures):], figures, strict=True):
            if (side := _VOTE_HEADS.get(head.strip())) is not None:
                counts[side] = figure
        return counts[0], counts[1], counts[2]
    return int(summary[1]), int(summary[2]), int(summary[3] or 0)


# The column heads of a vote's result table ("Ja | Nej | Avstår | Frånvarande" over one row of counts).
_VOTE_HEADS = {"ja": 0, "ja-röster": 0, "nej": 1, "nej-röster": 1, "avstår": 2, "avstod": 2, "avstående": 2,
               "frånvarande": None, "summa": None, "totalt": None}


def _vote_table(text: str) -> tuple[tuple[int, int, int], int] | None:
    """Ja, nej and avstår from a table whose header cells are a vote's and whose next row is their counts, and
    where in `text` the table ends."""
    lines = text.split("\n")
    for k, (head, row) in enumerate(zip(lines, lines[1:], strict=False)):
        heads, cells = [h.strip().lower() for h in head.split("\t")], [c.strip() for c in row.split("\t")]
        if len(heads) >= 2 and len(heads) == len(cells) and all(h in _VOTE_HEADS for h in heads) \
                and {"ja", "nej"} <= {h.split("-")[0] for h in heads} and all(c.isdigit() for c in cells):
            counts = [0, 0, 0]
            for h, c in zip(heads, cells, strict=True):
                if _VOTE_HEADS[h] is not None:
                    counts[_VOTE_HEADS[h]] = int(c)
            return (counts[0], counts[1], counts[2]), sum(len(line) + 1 for line in lines[: k + 2])
    return None


# The first cell of a vote table's closing row of counts.
_TOTAL_ROW = re.compile(r"^(?:summa|totalt|antal|summa röster)\b", re.I)


def roll_call(rows: Sequence[Sequence[str]]) -> tuple[tuple[str, str], ...]:
    """Each member's vote from an omröstningslista (a roll-call vote's table, kommunallagen 5 kap. 55 §): a header
    row whose cells after the name(s) are the vote's heads ("Ledamot | Ja | Nej | Avstår", "Ledamot | Parti | Ja |
    Nej"), then one row per member with a mark in the column voted. The name is the cells before the first vote
    column; rows with no single mark, and the row of totals, are left out."""
    for k, head in enumerate(rows):
        columns = {c: _VOTE_HEADS.get(h.strip().lower()) for c, h in enumerate(head)}
        votes = {c: v for c, v in columns.items() if v is not None}
        if not votes or {0, 1} - set(votes.values()) or min(votes) == 0:
            continue
        first = min(c for c, h in enumerate(head) if h.strip().lower() in _VOTE_HEADS)
        out = []
        for row in rows[k + 1:]:
            name = " ".join(cell.strip() for cell in row[:first] if cell.strip())
            marks = [c for c in votes if c < len(row) and row[c].strip()]
            if name and not _TOTAL_ROW.match(name) and len(marks) == 1:
                out.append((name, ("ja", "nej", "avstår")[votes[marks[0]]]))
        return tuple(out)
    return ()


# The parties of the Riksdag (valmyndigheten's list) by name and by the letters protokoll write after a name: a party's
# group reserves itself as one ("Moderaternas ledamöter reserverar sig").
_PARTIES = {"socialdemokraterna": "S", "moderaterna": "M", "sverigedemokraterna": "SD", "centerpartiet": "C",
            "vänsterpartiet": "V", "kristdemokraterna": "KD", "liberalerna": "L", "miljöpartiet": "MP"}
_PARTY_GROUP = re.compile(r"\b(" + "|".join(_PARTIES) + r")s?\b(?:\s+(?:ledamöter|ledamot|grupp|"
                          r"fullmäktigegrupp|representanter|företrädare))?", re.IGNORECASE)


def party_letters(name: str) -> str | None:
    """The letters protokoll write after a name for a party named in full, in any case or the genitive
    ("Centerpartiets" → "C"); None for any other word."""
    word = name.lower()
    return _PARTIES.get(word) or (_PARTIES.get(word[:-1]) if word.endswith("s") else None)


def reservations(text: str) -> tuple[str, ...]:
    """Everyone named before 'reserverar sig' in a sentence, and each party whose group reserves itself there
    ("Moderaternas ledamöter (M)")."""
    names: list[str] = []
    for sentence in sentences(text):
        cut = re.search(r"\breserverar\s+sig\b", sentence)
        if cut:
            before = sentence[: cut.start()]
            names.extend(names_in(before))
            names.extend(f"{m[0]} ({_PARTIES[m[1].lower()]})" for m in _PARTY_GROUP.finditer(before))
    return tuple(dict.fromkeys(names))


_STOP = {"och", "att", "för", "som", "till", "med", "den", "det", "har", "ska", "från", "över", "samt", "inte",
         "eller", "nämnden", "socialnämnden", "beslutar", "efter", "även"}


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, figures kept; the function words a decision always repeats left out."""
    return {w for w in re.findall(r"[a-zåäöé0-9]+", text.lower()) if (len(w) >= 4 or w.isdigit()) and w not in _STOP}


def follows_proposal(decision: str, proposal: str, tolerance: float = 0.2) -> bool:
    """True when (almost) every content word of the decision's operative clauses ("Nämnden beslutar att …") stands
    in the proposal. Explanations after the decision and the vote count are not part of what was decided."""
    clauses = [s for s in sentences(decision) if not has_vote_count(s) and "omröstning" not in s.lower()]
    operative = [s for s in clauses if DECISION_SENTENCE.match(s)] or clauses
    decided = _content_words(" ".join(operative))
    if not decided:
        return True
    new = decided - _content_words(proposal)
    return len(new) / len(decided) <= tolerance
