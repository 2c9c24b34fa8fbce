"""Question → QueryPlan: keyword terms with domain synonyms, years, months, diarienummer and intent."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.english import is_english, translate
from assistant.synonyms import BOARD_ABBREVIATIONS, ENGLISH, MONTHS, SWEDISH
from index.stopwords import SWEDISH_STOPWORDS
from index.swedish import STOPWORDS, folded, related_stems, terms, tokens
from ingest.issuer import board_names_in, municipalities_asked, places_asked
from ingest.patterns import agenda_points_in, find_diarienummer, paragraphs_in, years_in

# "Hur många" asks a count, except of a unit of money or of a share ("hur många miljoner kronor", "hur många procent"):
# those ask an amount or a share, which no count answers (the units from everyday Swedish and English).
_COUNT = re.compile(r"\b(hur många|antal(et)?|how many|number of)\b(?!\s+(?:kronor|kr|tkr|mnkr|miljoner|miljarder|tusen|"
                    r"procent|procentenheter|kronors|crowns|million|millions|billion|percent|per cent)\b)", re.I)
# What something costs asked with "vad" and the verb later in the question ("Vad beräknas bygget kosta …", "Vad har
# projektet kostat …", "What did the project cost …"), not what a cost means or causes ("Vad innebär det att
# placeringarna kostar mer …"). Other verbs of a sum (betala, tjäna) and nouns (lön, pris) were measured here too
# and moved only the tune question that prompted them (ablation table, stops 34 and 39).
_SUM_ASKED = (r"(?:^|(?<=[.?!:;]\s))\W*vad\b(?!\s+(?:innebär|innebar|betyder|beror|berodde|orsakar|orsakade|menas|gör|"
              r"gjorde)\b)(?:\s+\w+){0,6}?\s+kosta\w*|what (?:did|does|do|will)\b.*\bcost")
_QUANTITY = re.compile(r"\b(hur (mycket|många|stor|stort|stora|höga?|högt)|vilket belopp|hur mycket|antal|"
                       rf"vilken andel|{_SUM_ASKED}|how (many|much|large|big|high)|"
                       r"what ((is|was|were) the )?(\w+ ){0,2}?(fee|amount|share|cost|percentage))\b", re.I)
# Asking what something costs or how much money (Swedish and English grammar of asking a price or a sum): a figure
# answers only in a unit of money.
_MONEY = re.compile(r"\b(hur mycket (?:pengar|kosta\w*|betala\w*)|vilket belopp|hur (?:stort|högt) belopp|"
                    rf"{_SUM_ASKED}|hur många (?:kronor|miljoner kronor|miljarder kronor|tkr|mnkr)|how much money|"
                    r"how much (?:did|does|do|will)\b.*\bcost)\b", re.I)
# Asking when (the Swedish and English question words of a point in time, opening the question or after a label such
# as "lindskära:", also "från när", "sedan när", and "vilket datum", "vilken dag"): an answer must say a time.
# "När" inside a question ("Hur röstade nämnden när …") introduces a clause and asks nothing.
_WHEN = re.compile(r"^\W*(?:[\wåäö-]+:\s*)?(?:(?:från|sedan)\s+)?(?:när|when)\b|"
                   r"\b(?:vilket datum|vilken dag|what date|which date|what day)\b", re.I)
# Asking a share (Swedish and English grammar of asking a proportion): a figure answers only as a share — a per cent,
# "X av Y" or a fraction word (ingest.patterns.names_share), not the sum or count it is a share of.
_SHARE = re.compile(r"\b(hur stor (?:andel|del)|vilken andel|hur många procent|"
                    r"(?:what|which|how large an?|how big an?) (?:share|percentage|proportion)|by what percentage)\b",
                    re.I)
# Asking a rate (the measures that municipal key-ratio reporting, SKR's Kolada, gives as a per cent or a level, never
# as a sum: sjukfrånvaro, a -grad such as beläggningsgrad or vakansgrad, skattesats/utdebitering, ränta; English
# "rate"): a sum of money is no answer to it.
_RATE = re.compile(r"\b(?:sjukfrånvaro\w*|\w+grad(?:en)?|skattesats\w*|utdebitering\w*|räntan?|sick leave|rate)\b",
                   re.I)
# Asking what was decided (not what was proposed): the board's past-tense decision words.
# Beside "beslutade", the past and perfect forms of the verbs a board decides with (Swedish administrative language:
# bifalla, avslå, anta, godkänna, fastställa, bevilja — what fullmäktige does with ansvarsfrihet, a nämnd with a budget or a
# bidrag) and their English: "Har fullmäktige bifallit motionen?", "Beviljade fullmäktige ansvarsfrihet?", "Was the
# motion approved?".
# The board path (assistant/board.py) reads a decision asked in these verbs too: one list for both.
DECISION_VERBS_PAST = (r"\b(?:biföll|bifölls|bifallit|avslog|avslogs|avslagit|antog|antogs|antagit|godkände|godkändes|"
                       r"godkänt|fastställde|fastställdes|fastställt)\b|\b(?:approved?|adopted|rejected)\b|"
                       # bevilja's past and supine are also the participles of social services' "beviljade insatser",
                       # "beviljat bistånd": a verb only where a yes-or-no question opens with it (Swedish V1 order) or
                       # after the auxiliary of the perfect ("har fullmäktige beviljat …")
                       r"^\s*(?:beviljade|beviljades)\b|\b(?:har|hade)\b(?:\s+\S+){0,5}?\s+beviljats?\b|"
                       # the everyday verbs for deciding (Svensk ordbok: klubba 'fatta beslut om', spika 'fastställa',
                       # rösta igenom) and English "voted through/down"
                       r"\b(?:klubbade|klubbades|klubbat|klubbats|spikade|spikades|spikat|spikats)\b|"
                       r"\b(?:röstade|röstades|röstat|röstats)\s+(?:\S+\s+){0,3}?igenom\b|\bvoted\s+(?:through|down)\b|"
                       # the everyday "sa ja/nej till" (said yes or no to) for bifall and avslag
                       r"\b(?:sa|sade|sagt)(?:\s+\S+){0,3}?\s+(?:ja|nej)\s+till\b|\b(?:say|said)\s+(?:yes|no)\s+to\b")
_DECIDED_ASKED = re.compile(r"\bbeslutade\b|\bbeslutades\b|\bfattade\b|\bbeslutet\b|\bbeslutat\b|\bdecided\b|"
                            # English asks with "do" or "will" and the bare verb: "What did the council decide about …?"
                            r"\b(?:did|does|will)\b(?:\s+\S+){1,4}?\s+decide\b|"
                            # "Vad blev beslutet", "Vad blev nämndens beslut": what the decision became
                            + r"\bblev\s+(?:\S+\s+){0,2}?beslut\b|"
                            + DECISION_VERBS_PAST, re.I)
_CASE_NUMBER = re.compile(r"\b(diarienummer|diarienr|beteckning|ärendenummer|case number|reference number|registration number|"
                          r"diary number|dnr)\b", re.I)
_RELATIVE_YEAR = {
    r"\b(förra året|i fjol|föregående år|last year|previous year)\b": -1,
    r"\b(i år|detta år|this year|innevarande år)\b": 0,
    r"\b(förrförra året|the year before last)\b": -2,
}
# Words of a question's form, not its topic, which must not count as evidence (Swedish and English grammar;
# Snowball's stop words, index/stopwords.py, are dropped before these): interrogatives, auxiliary and modal
# verbs, light verbs that carry the question ("vad gjordes", "what happened"), words of degree and
# comparison that go with "hur"/"how" (with their abbreviations "jfr"/"jmf", Svenska skrivregler), and the words of
# the relative years above (read as years instead; "året innan" too).
QUESTION_WORDS = frozenset("""
    vad vem vems vilken vilket vilka var vart varifrån när hur varför hurdan
    är var vara varit har hade ha haft blir blev bli blivit kan kunde kunnat ska skall skulle vill ville
    måste får fick fått bör borde
    gör gjorde gjort göra gjordes görs ger gav gett givit tar tog tagit togs finns fanns funnits
    går gick gått kommer kom kommit ligger låg legat gäller gällde gällt sker skedde skett står stod stått
    händer hände hänt handlar handlade
    många mycket stor stort stora hög högt höga mer mest flest flesta jämfört jämförelse jämföra jfr jmf
    what which who whom whose when where why how many much
    is are was were be been being have has had do does did done can could will would shall should may might
    must get gets got make makes made take takes took give gives gave happen happened
    big large high more most compare compared
    år året förra förrförra föregående fjol innevarande innan year last previous
""".split())


@dataclass(frozen=True)
class Concept:
    """One topic word of the question and every stem that counts as mentioning it (synonyms included)."""

    word: str
    stems: frozenset[str]
    inherited: bool = False
    # An English word the dictionaries could not translate: that no document uses it says nothing of the documents.
    untranslated: bool = False
    # An English word translated by the general dictionary (assistant/english.py), not the domain glossary: its
    # Swedish words are the dictionary's senses, often the wrong one ("short" → "knäbyxor", "term" → "skällsord").
    dictionary: bool = False

    def whole_stems(self) -> set[str]:
        """The whole word's stem and its synonyms' stems, without the word's compound parts."""
        own = terms(self.word)
        return set(own[:1]) | (self.stems - set(own))

    def known(self, df: Callable[[str], int]) -> bool:
        """Some document uses the whole word's stem or a synonym (its compound parts alone do not count)."""
        return any(df(s) for s in self.whole_stems())


@dataclass(frozen=True)
class QueryPlan:
    """What retrieval and answer composition need to know about a question."""

    question: str
    dense_text: str
    terms: tuple[str, ...]
    concepts: tuple[Concept, ...]
    years: tuple[int, ...]
    months: tuple[str, ...]
    diarienummer: str | None
    english: bool
    quantity: bool
    count: bool
    asks_case_number: bool
    proper_nouns: tuple[str, ...]
    # A follow-up's own words with the years it inherits ("Och för ekonomiskt bistånd? 2022"): what it changes
    # is in them, while the predecessor's words dominate `dense_text`. Empty for a question that stands alone.
    follow_up: str = ""
    # The municipalities the question is about, as it names them ("Vingåkers kommun"); a follow-up keeps its
    # predecessor's.
    municipalities: tuple[str, ...] = ()
    # The municipalities it names bare after a preposition of place ("hushåll i Borås"): an answer's sentences must
    # speak of them or come from their own documents (extractive._other_places).
    places: tuple[str, ...] = ()
    # The protokoll § numbers the question names ("Vad beslutades i § 37?"); a law reference ("4 kap. 1 §") is none.
    paragraphs: tuple[int, ...] = ()
    # The agenda points of a kallelse the question names ("punkt 7 på dagordningen").
    agenda_points: tuple[int, ...] = ()
    # Asked what something costs or a sum of money: a figure answers only in a unit of money.
    money: bool = False
    # Asked a share: a figure answers only as a share.
    share: bool = False
    # Asked a rate: a sum of money does not answer.
    rate: bool = False
    # Asked when: a sentence that says no time does not answer.
    when: bool = False
    # The organisations it names by a legal form or a club's ending ("Storlida IK", "Ormåsa Energi AB"): said only by
    # the whole name, since the first word is often the municipality's own.
    organisations: tuple[str, ...] = ()
    # The question as read, when a typing error in it was corrected (assistant/spelling.py); else empty.
    read_as: str = ""
    # A question that asks two things ("Hur många … aktualiserades 2019, och hur många utredningar inleddes?"): one
    # plan per part, the later ones read as follow-ups to the first; empty for a question that asks one thing.
    parts: tuple[QueryPlan, ...] = ()


# A question about what is planned, forecast or to come (Swedish future auxiliaries and the budget words, a budget's
# "ram" among them): a document written before the year may answer it, and a forecast column does.
_FORWARD = re.compile(r"\b(ska|skall|kommer att|planer\w*|väntas|förväntas|beräkna\w*|prognos\w*|budget\w*|ram\w*|"
                      r"mål\w*|plan\w*|föresl\w*|förslag\w*)\b", re.IGNORECASE)


def asks_forward(question: str) -> bool:
    return bool(_FORWARD.search(question))


# The words with which a question asks for part of a year or for a forecast (the follow-up cycle's reports, LKBR
# 2018:597 and SKR, and everyday phrasings of them); "per månad", "varje månad", "i månaden" are a rate, no part.
_PART_OF_YEAR = re.compile(r"delår|tertial|kvartal|halvår|(?<!per )(?<!varje )(?<! i )månad|prognos|hittills|quarter|"
                           r"interim|forecast|so far|four months|half[- ]year", re.I)


# A span of months, written out or short ("jan–aug", "januari-april", "mars till maj", "Jan-Jun"): part of a year.
_MONTH = (r"(?:januari|january|jan|februari|february|febr|feb|mars|march|mar|april|apr|maj|may|juni|june|jun|juli|july|"
          r"jul|augusti|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec)\.?")
_MONTH_SPAN = re.compile(rf"\b{_MONTH}\s*(?:[-–—]|till|to|through)\s*{_MONTH}(?![a-zåäö])", re.I)


def asks_part_of_year(question: str) -> bool:
    return bool(_PART_OF_YEAR.search(question) or _MONTH_SPAN.search(question))


# A verb in the past tense (Swedish grammar: the weak verbs' -ade/-de/-te/-dde and the common strong and irregular
# verbs' preterite; English -ed and the irregular auxiliaries; "inte" and the ordinals end the same way and are none):
# the question asks what happened, not what is planned.
_PAST = re.compile(r"\b(?!(?:inte|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte)\b)(var|blev|fick|hade|kom|gick|låg|gav|tog|stod|fanns|gjorde|gjordes|sade|sa|\w{2,}(?:ade|ades|de|des|"
                   r"te|tes|dde|ddes)|was|were|did|had|got|came|went|\w{3,}ed)\b", re.I)


def asks_past(question: str) -> bool:
    return bool(_PAST.search(question))


_ABBREVIATED_BOARD = re.compile(r"(?<![\wåäöÅÄÖ-])(" + "|".join(BOARD_ABBREVIATIONS) + r")(:?s)?(?![\wåäöÅÄÖ-])",
                                re.IGNORECASE)


def asked_boards(question: str) -> tuple[str, ...]:
    """The boards a question names (`board_names_in`), its abbreviations of them too ("KF", "BUN:s"). An
    abbreviation counts in capitals, or in a question typed all in small letters ("vad beslutade kf …"): "von" in a
    name written with capitals elsewhere is no board."""
    lower = question == question.lower()

    def named(m: re.Match[str]) -> str:
        if not (lower or m[1].isupper()):
            return m[0]
        return BOARD_ABBREVIATIONS[m[1].lower()] + ("s" if m[2] else "")

    return board_names_in(_ABBREVIATED_BOARD.sub(named, question))


def asks_decided(question: str) -> bool:
    """'Vad beslutade nämnden …', 'Vilket beslut fattade …', 'What was decided …'."""
    return bool(_DECIDED_ASKED.search(question))


# Where a question asks a second thing: a coordinating conjunction (or a semicolon, or a second question mark)
# followed by an interrogative (Swedish and English grammar). A topic before a colon ("Personalkostnaderna 2019: vad
# …, och vad …?") belongs to both parts.
_SECOND_QUESTION = re.compile(r"(?:,?\s+(?:och|samt|and)|;|\?)\s+(?=(?:hur|vad|vilken|vilket|vilka|när|var|varför|vem|vems|"
                              r"how|what|which|when|where|why|who)\b)", re.IGNORECASE)
_TOPIC = re.compile(r"^([^:?]{3,80}):\s+(?=\S)")


def question_parts(question: str) -> tuple[str, ...]:
    """The questions a question asks, each as it would be asked alone; one part when it asks one thing. A part with
    no topic word of its own ("…, och varför?") is no part: it asks about the first part's subject."""
    text = question.strip()
    topic = _TOPIC.match(text)
    body = text[topic.end():] if topic else text
    pieces = [p.strip(" ,;") for p in _SECOND_QUESTION.split(body)]
    if len(pieces) < 2 or any(not _content_tokens(p) for p in pieces):
        return (text,)
    prefix = f"{topic.group(1)}: " if topic else ""
    return tuple(prefix + p for p in pieces)


def dense_text_before_planning(question: str, context: str = "") -> str | None:
    """The text `plan_query` will embed, when it can be told without planning: a Swedish question's own words (and
    its predecessor's). An English question gets its translations added, so it is known only once planned."""
    text = question.strip()
    return None if is_english(text) else _dense_text(text, context)


def names_this_year(text: str) -> bool:
    """The question asks about the present year ("i år", "this year")."""
    return any(re.search(pattern, text.lower()) for pattern, offset in _RELATIVE_YEAR.items() if offset == 0)


def _dense_text(text: str, context: str) -> str:
    return f"{context} {text}".strip()


def plan_query(question: str, reference_year: int | None = None, context: str = "", synonyms: bool = True) -> QueryPlan:
    """Understand a question; `context` is the previous question of a follow-up, `reference_year` the
    newest year in the index (so 'förra året' means the year before the newest reports)."""
    text = question.strip()
    lower = f"{context} {text}".lower().strip()
    english = is_english(text)
    matched = [(key, value) for key, value in SWEDISH.items() if _mentions(lower, key)] if synonyms else []
    english_keys: set[str] = set()
    dictionary_keys: set[str] = set()
    # The month names the question uses, Swedish or English (synonyms.MONTHS), in the order it names them.
    month_words = [word for word in dict.fromkeys(re.findall(r"[a-zåäö]+", lower)) if word in MONTHS]
    if english and synonyms:
        glossary = [(key, value) for key, value in ENGLISH.items() if _mentions(lower, key)]
        # 'social welfare committee' is a committee, not welfare: a key inside a longer matched key gives way.
        glossary = [(key, value) for key, value in glossary if not any(key != other and key in other
                                                                       for other, _ in glossary)]
        # A month is translated by the calendar (synonyms.MONTHS), not by the general dictionary ("june" is
        # juni and majbagge there, "february" not at all).
        glossary += [(word, MONTHS[word]) for word in month_words if MONTHS[word] != word]
        # The domain glossary first; the general dictionary for the words it leaves untranslated.
        covered = {token for key, _ in glossary for token in tokens(key)}
        general = [(key, value) for key, value in translate(lower) if not set(tokens(key)) <= covered]
        matched += glossary + general
        english_keys = {key for key, _ in glossary + general}
        dictionary_keys = {key for key, _ in general}
    # The words only the general dictionary translated (a glossary key's words are the domain's own).
    dictionary_words = {t for key in dictionary_keys for t in tokens(key)} - {
        t for key in english_keys - dictionary_keys for t in tokens(key)}
    expansions = [value for _, value in matched]
    months = tuple(dict.fromkeys(MONTHS[m] for m in month_words))
    years = list(years_in(f"{context} {text}"))
    if reference_year is not None:
        for pattern, offset in _RELATIVE_YEAR.items():
            if re.search(pattern, lower):
                years.append(reference_year + offset)
    base_terms = terms(f"{context} {text}")
    extra_terms = terms(" ".join(expansions)) + [s for _, token in _content_tokens(f"{context} {text}")
                                                 for s in related_stems(token)]
    own_kind = bool(_QUANTITY.search(text))  # the question asks a figure in words of its own
    return QueryPlan(
        question=text,
        # The multilingual model finds Swedish text from English, but better with the Swedish words beside it.
        dense_text=_dense_text(text, context) + (" (" + " ".join(expansions) + ")" if english and expansions else ""),
        terms=tuple(dict.fromkeys(base_terms + extra_terms + list(months))),
        concepts=tuple(replace(c, dictionary=True) if c.word in dictionary_words else c
                       for c in _concepts(text, matched, english_keys, english)
                       + _inherited(context, text, matched, english_keys, english)),
        years=tuple(dict.fromkeys(years)),
        months=months,
        diarienummer=find_diarienummer(text.upper()) or (find_diarienummer(context.upper()) if context else None),
        english=english,
        # A follow-up ("Och för ekonomiskt bistånd?") asks the same kind of thing as its predecessor — unless it asks
        # for a figure in words of its own ("…, och vad kostar det?" after "Hur många platser …"): then its kind.
        quantity=bool(own_kind or (context and _QUANTITY.search(context))),
        count=bool(_COUNT.search(text) or (context and not own_kind and _COUNT.search(context))),
        money=bool(_MONEY.search(text) or (context and not own_kind and _MONEY.search(context))),
        share=bool(_SHARE.search(text) or (context and not own_kind and _SHARE.search(context))),
        rate=bool(_RATE.search(text) or (context and not own_kind and _RATE.search(context))),
        when=bool(_WHEN.search(text)),
        asks_case_number=bool(_CASE_NUMBER.search(text)),
        proper_nouns=tuple(_proper_nouns(text)),
        organisations=tuple(dict.fromkeys(m[1] for m in _ORGANISATION.finditer(text))),
        follow_up=_own_words(text, context),
        # The municipality picks the documents (assistant/scope.py); its words stay search terms: measured on the
        # check half, dropping them lost an answer.
        municipalities=tuple(municipalities_asked(text) or (municipalities_asked(context) if context else ())),
        places=tuple(places_asked(text) or (places_asked(context) if context else ())),
        paragraphs=paragraphs_in(text),
        agenda_points=agenda_points_in(text),
        parts=_part_plans(text, reference_year, synonyms) if not context else (),
    )


def _part_plans(text: str, reference_year: int | None, synonyms: bool) -> tuple[QueryPlan, ...]:
    """One plan per part; a later part is read as a follow-up to the first ("…, och vad var helårsprognosen?" asks
    for the first part's subject and years), so it inherits what it leaves unsaid the way a follow-up does."""
    parts = question_parts(text)
    if len(parts) < 2:
        return ()
    return tuple(plan_query(part, reference_year, parts[0] if i else "", synonyms) for i, part in enumerate(parts))


def _own_words(text: str, context: str) -> str:
    """A follow-up that names a new subject, with the predecessor's years when it names none; empty when it
    stands alone or only changes the year ("Och 2021?": then the predecessor's words are the subject)."""
    if not context or not _content_tokens(text):
        return ""
    return text if years_in(text) else " ".join([text, *map(str, years_in(context))])


def _mentions(text: str, key: str) -> bool:
    """The key as a word or word beginning; a short key (an abbreviation such as 'sol' or 'ks') as a whole word."""
    # Most keys are not in the text at all: a substring test rules them out before any regular expression.
    return key in text and _key_pattern(key).search(text) is not None


@lru_cache(maxsize=20_000)
def _key_pattern(key: str) -> re.Pattern[str]:
    end = r"(?![a-zåäö])" if len(key) <= 4 else ""
    return re.compile(rf"(?<![a-zåäö]){re.escape(key)}{end}")


# Swedish stop words as a keyboard without å, ä and ö writes them ("for", "pa", "nar"): no topic either.
_FOLDED_STOPWORDS = frozenset(map(folded, SWEDISH_STOPWORDS)) - SWEDISH_STOPWORDS


def _content_tokens(text: str) -> list[tuple[str, str]]:
    """(stem, token) of the words that carry the question's topic."""
    out = []
    for token in tokens(text):
        if token in STOPWORDS or token in _FOLDED_STOPWORDS or token in QUESTION_WORDS or len(token) < 3 \
                or token.isdigit():
            continue
        # A verb asked about is written as its noun in -ning/-ing as often as not (see related_stems).
        out.extend((stem, token) for stem in (*terms(token), *related_stems(token)))
    return out


def _concepts(text: str, matched: list[tuple[str, str]], english_keys: set[str],
              english: bool = False) -> list[Concept]:
    """A concept per topic word; a synonym entry adds its stems to the words of its key. In an English
    question a translated word counts only through its Swedish translation, and a lower-case word left
    untranslated is marked so (a capitalised one is a name or an abbreviation, the same in both languages)."""
    out: dict[str, set[str]] = {}
    for stem, token in _content_tokens(text):
        out.setdefault(token, set()).add(stem)
    translated: set[str] = set()
    for key, value in matched:
        extra = set(terms(value))
        for token in tokens(key):
            if token in out:
                if token not in translated and key in english_keys:
                    out[token] = set()
                    translated.add(token)
                out[token] |= extra
    lower_case = set(re.findall(r"(?<![\w-])[a-zåäöéü]+", text)) if english else set()
    return [Concept(word, frozenset(stems), untranslated=word in lower_case and word not in translated)
            for word, stems in out.items() if stems]


def _inherited(context: str, text: str, matched: list[tuple[str, str]], english_keys: set[str],
               english: bool = False) -> list[Concept]:
    """The previous question's concepts, carried into a follow-up but outweighed by the new words."""
    if not context:
        return []
    own = {c.word for c in _concepts(text, matched, english_keys, english)}
    return [replace(c, inherited=True)
            for c in _concepts(context, matched, english_keys, is_english(context)) if c.word not in own]


# A name with a Swedish legal form or a sports club's ending after one to three capitalised words: aktiebolag (AB),
# handels- and kommanditbolag (HB, KB), ekonomisk förening (ek. för.), and the clubs' idrottsklubb, idrottsförening,
# bollklubb, fotbollsförening, sportklubb, handbollsklubb, gymnastik- och idrottsförening (IK, IF, BK, FF, SK, HK,
# GIF, GoIF) — the naming conventions of Bolagsverket and Riksidrottsförbundet's clubs.
_ORGANISATION = re.compile(r"(?<![\wåäöÅÄÖ])((?:[A-ZÅÄÖ][\wåäöé-]+\s+){1,3}(?:AB|HB|KB|IK|IF|BK|FF|SK|HK|GIF|GoIF|"
                           r"ek\.\s?för\.))(?![\wåäöÅÄÖ])")


def _proper_nouns(text: str) -> list[str]:
    """Capitalised words inside a sentence (place and project names), which the documents must contain. A month
    is no name: English writes "June" capitalised, and the documents write it "juni"."""
    found = re.findall(r"(?<![.!?:]\s)(?<=[\s(])([A-ZÅÄÖ][a-zåäöé]{2,})", " " + text.strip())
    if re.match(r"\s*[A-ZÅÄÖ][a-zåäöé]{2,}", text):
        found = found[1:]
    return [word for word in found if word.lower() not in MONTHS]


def concept_weights(plan: QueryPlan, df: Callable[[str], int]) -> list[tuple[Concept, float]]:
    """Inverse-document-frequency weight per concept, from its rarest stem that the index knows; a word the
    index has never seen (an English filler word) weighs nothing, a follow-up's inherited concept a third."""
    out = []
    for concept in plan.concepts:
        counts = [n for n in (df(stem) for stem in concept.stems) if n > 0]
        weight = math.log(1 + 3000 / (1 + min(counts))) if counts else 0.0
        out.append((concept, weight * (0.35 if concept.inherited else 1.0)))
    return out
