"""Swedish keyword normalisation: tokens, Snowball stems of dictionary base forms, and compound parts
(from the Swedish Hunspell dictionary in index/hunspell.py)."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from index import hunspell
from index.stopwords import ENGLISH_STOPWORDS, SWEDISH_STOPWORDS

# A number grouped in thousands ("19 348", "1 000 000") is one token; a group is three digits after one to three,
# not followed by a digit, so a number beside a year stays two ("kvartal 1 2024", "Q1 2024", "2019 2020").
_TOKEN = re.compile(r"[a-zåäöéü]+|\d{1,3}(?:[ ,.]\d{3}(?!\d))+(?:,\d+)?|\d+(?:,\d+)?", re.IGNORECASE)
_STEMMER = Stemmer.Stemmer("swedish")
# Compound parts shorter than this are not split off ("mat|kostnad" is, "in|sats" is not: 'in' is too short).
_MIN_PART = 3
# Hunspell's Swedish rules allow at most four parts in a compound (COMPOUNDWORDMAX 4).
_MAX_PARTS = 4

# Snowball's Swedish and English stop words: questions come in both languages (see index/stopwords.py).
STOPWORDS = SWEDISH_STOPWORDS | ENGLISH_STOPWORDS


@lru_cache(maxsize=1)
def dictionary() -> hunspell.Dictionary:
    """The Swedish Hunspell dictionary (package hunspell-sv), read once per process on first use."""
    return hunspell.load("sv_SE")


_FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")


def folded(text: str) -> str:
    """The text as a keyboard without å, ä and ö writes it: a for å and ä, o for ö."""
    return text.translate(_FOLD)


def tokens(text: str) -> list[str]:
    """Lower-case word and number tokens; '19 348' stays one number token '19348'."""
    out = []
    for match in _TOKEN.finditer(text.lower()):
        token = match.group(0)
        if token[0].isdigit():
            token = re.sub(r"[ .]", "", token)
        out.append(token)
    return out


_MIN_ERING = 7  # "kering", "ering" are no derivations


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of the word's base form: 'kostnaderna', 'kostnader' and 'kostnad' share one stem,
    as do 'underskottet'/'underskott' and 'familjehemmet'/'familjehem'."""
    if word[0].isdigit():
        return word
    stemmed = _STEMMER.stemWord(base_form(word))
    # A noun in -ering is made from the verb in -era (Svenska Akademiens grammatik's deverbal nouns:
    # investera/investering, placera/placering, finansiera/finansiering): Snowball keeps the -ing that its
    # Swedish rules never strip, so "investerade" would not find "investeringarna".
    if stemmed.endswith("ering") and len(stemmed) > _MIN_ERING:
        return stemmed[:-3]
    return stemmed


# Strong and irregular verbs: their past tense, supine and participle are not inflections of the infinitive that the
# dictionary's affix rules make ('sålde' is its own entry, so "Hur mycket såldes …?" did not find "att sälja").
# From Swedish grammar's list of strong verbs, the ones of administrative prose; forms that are also common nouns or
# adjectives ('steg', 'låg', 'drog', 'band', 'satt', 'bar') are left out.
_STRONG_VERBS = {
    "sälja": "sålde sålt såld sålda", "välja": "valde valt vald valda", "ge": "gav gett givit given givna",
    "ta": "tog tagit tagen tagna", "få": "fick fått", "gå": "gick gått", "göra": "gjorde gjort gjord gjorda",
    "säga": "sade sagt", "lägga": "lade lagt lagd lagda", "sätta": "satte", "dra": "dragit dragen dragna",
    "stiga": "stigit", "sjunka": "sjönk sjunkit", "bli": "blev blivit", "komma": "kom kommit", "se": "såg sett",
    "stå": "stod stått", "hålla": "höll hållit hållen hållna", "falla": "föll fallit", "skriva": "skrev skrivit "
    "skriven skrivna", "slå": "slog slagit slagen slagna", "bjuda": "bjöd bjudit",
    "vinna": "vann vunnit", "skjuta": "sköt skjutit skjuten skjutna", "skrida": "skred skridit",
    # more of the grammar's strong verbs in report prose, mostly in compounds: avvek/avvikit (avvika), bedrev
    # (bedriva), ingrep (ingripa), avbröt (avbryta), befann (befinna), strök (stryka)
    "vika": "vek vikit", "driva": "drev drivit driven drivna", "gripa": "grep gripit", "bryta": "bröt brutit",
    "finna": "fann funnit", "stryka": "strök strukit struken", "njuta": "njöt njutit", "flyta": "flöt flutit",
}
_VERB_OF = {form: verb for verb, forms in _STRONG_VERBS.items() for form in forms.split()}
_MIN_PREFIX = 2


def _strong_verb(word: str) -> str | None:
    """The infinitive of a strong verb's form, passive ('såldes', 'antogs') and particle compounds ('uppgick' →
    'uppgå', 'föreslog' → 'föreslå') included, when the dictionary knows the compound infinitive."""
    for form in (word, word[:-1] if word.endswith("s") else ""):
        if form in _VERB_OF:
            return _VERB_OF[form]
        for cut in range(_MIN_PREFIX, len(form) - 1):
            verb = _VERB_OF.get(form[cut:])
            if verb and dictionary().lemma(form[:cut] + verb) is not None:
                return form[:cut] + verb
    return None


@lru_cache(maxsize=200_000)
def base_form(word: str) -> str:
    """The dictionary lemma of an inflected word ('underskottet' → 'underskott'); for a compound the dictionary
    lacks, the compound with its last part's lemma ('nämndmötet' → 'nämndmöte'); else the word itself."""
    if word[0].isdigit():
        return word
    verb = _strong_verb(word)
    if verb:
        return verb
    lemma = dictionary().lemma(word)
    if lemma is not None:
        return lemma
    parts = compound_parts(word)
    if parts:
        tail = parts[-1]
        return word[: len(word) - len(tail)] + (dictionary().lemma(tail) or tail)
    return word


@lru_cache(maxsize=200_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Split a compound where the dictionary allows it: 'budgetavvikelse' → ('budget', 'avvikelse'),
    'försörjningsstöd' → ('försörjning', 'stöd'). Leading parts are lemmas (the linking -s- and the like
    removed), the last part is written as in the word, so its inflection stays for `stem`."""
    if len(word) < 2 * _MIN_PART or word[0].isdigit():
        return ()
    return _split(word, _MAX_PARTS)


def _split(word: str, max_parts: int) -> tuple[str, ...]:
    """Shortest first part first, as Hunspell checks compounds; the rest is a word that may end a compound
    (taken as it is: 'beslutsunderlag' ends in 'underlag', not in 'under' + 'lag') or splits again."""
    heads = dictionary().heads
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head = heads.get(word[:cut])
        if head is None:
            continue
        rest = word[cut:]
        if dictionary().can_end_compound(rest):
            return (head, rest)
        if max_parts > 2:
            more = _split(rest, max_parts - 1)
            if more:
                return (head, *more)
    return ()


# Swedish makes the noun of an action from its verb with -ning or -ing (Svenska Akademiens grammatik, the deverbal
# nouns: minska/minskning, öka/ökning, utreda/utredning, förbättra/förbättring, räkna/räkning; -era/-ering is in
# `stem`). Questions ask with the verb ("varför minskade …") where reports write the noun ("minskningen …"), and
# Snowball gives the two different stems. Only this way: many such nouns name a thing of their own ('förvaltningen'
# is the administration, 'ledningen' the management), and reading them back as verbs cost answers (measured).
_MIN_RELATED = 3


@lru_cache(maxsize=50_000)
def related_stems(word: str) -> tuple[str, ...]:
    """The stems of a verb's nouns in -ning or -ing, when the dictionary has them ('minskade' → 'minskning', 'höjdes'
    → 'höjning'), also for a compound verb's last part; other words have none."""
    if not word or word[0].isdigit():
        return ()
    lemma = base_form(word)
    parts = compound_parts(lemma)
    found: list[str] = []
    for verb in dict.fromkeys((lemma, parts[-1] if parts else lemma)):
        if not verb.endswith("a"):
            continue
        for noun in (verb[:-1] + "ning", verb[:-1] + "ing"):
            if dictionary().lemma(noun) == noun:
                stemmed = stem(noun)
                if len(stemmed) >= _MIN_RELATED and stemmed not in STOPWORDS and stemmed != stem(verb):
                    found.append(stemmed)
    return tuple(dict.fromkeys(found))


def terms(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Index terms of a text: the stem of each word plus the stems of its compound parts."""
    out: list[str] = []
    for token in tokens(text):
        if not keep_stopwords and token in STOPWORDS:
            continue
        out.append(stem(token))
        # A part that is a stop word ('under' in 'underskott') would match every text that uses the word.
        out.extend(stem(part) for part in compound_parts(token) if part not in STOPWORDS)
    return out
