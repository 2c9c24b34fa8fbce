"""Swedish keyword normalisation (index/swedish.py) and what it means for the FTS5 keyword search."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import hunspell
from index.catalog import Catalog, KeywordFilter
from index.swedish import STOPWORDS, base_form, compound_parts, dictionary, related_stems, stem, terms, tokens
from ingest.pipeline import read_document

SHARED = Path(__file__).resolve().parents[3] / "shared"


def test_definite_and_indefinite_forms_of_underskott_share_a_stem() -> None:
    assert stem("underskottet") == stem("underskott") == stem("underskotten")


def test_budgetavvikelse_is_also_indexed_as_avvikelse() -> None:
    assert compound_parts("budgetavvikelse") == ("budget", "avvikelse")
    for word in ("budgetavvikelse", "budgetavvikelsen", "budgetavvikelser"):
        assert stem("avvikelse") in terms(word), word
        assert stem("budget") in terms(word), word


def test_a_compound_with_a_linking_s_is_split() -> None:
    assert compound_parts("försörjningsstöd") == ("försörjning", "stöd")
    assert {stem("försörjning"), stem("stöd")} <= set(terms("försörjningsstödet"))


def test_swedish_letters_are_kept() -> None:
    assert tokens("Öppenvård för äldre i Åby") == ["öppenvård", "för", "äldre", "i", "åby"]
    assert stem("åtgärder") == "åtgärd"
    assert {"äldreomsorg", "åtgärd"} <= set(terms("Äldreomsorgens åtgärder"))
    assert stem("vård") != stem("vard")


def test_numbers_with_thousands_spaces_are_one_token() -> None:
    assert tokens("en budgetavvikelse på -19 348 tkr och 1 652 tkr, 4,5 %") == \
        ["en", "budgetavvikelse", "på", "19348", "tkr", "och", "1652", "tkr", "4,5"]
    assert tokens("1 000 000 kr") == ["1000000", "kr"]


def test_a_number_beside_a_year_stays_two_tokens() -> None:
    # Read as thousands, "kvartal 1 2024" became '1202' and '4', and the year was lost to the keyword side.
    assert tokens("Q1 2024") == ["q", "1", "2024"]
    assert tokens("kvartal 1 2024 och åren 2019 2020") == ["kvartal", "1", "2024", "och", "åren", "2019", "2020"]
    assert tokens("12 202 tkr") == ["12202", "tkr"]


def test_stopwords_are_dropped_unless_asked_for() -> None:
    assert terms("och det är att") == []
    assert terms("och", keep_stopwords=True) == ["och"]


# Inflections a socialnämnd's documents are full of: each group must meet in one stem, or a question in one
# form misses the text written in another.
INFLECTIONS = [
    ("budget", "budgeten"),
    ("beslut", "beslutet", "besluten"),
    ("placering", "placeringen", "placeringar", "placeringarna"),
    ("avvikelse", "avvikelsen", "avvikelser"),
    ("verksamhet", "verksamheten", "verksamheter"),
    ("underlag", "underlaget"),
    ("utfall", "utfallet"),
    ("barn", "barnet", "barnen"),
]
BROKEN_INFLECTIONS = [
    ("kostnad", "kostnader", "kostnaderna"),
    ("insats", "insatser", "insatserna"),
    ("månad", "månader"),
    ("ärende", "ärendet", "ärenden"),
    ("familjehem", "familjehemmet"),
]


@pytest.mark.parametrize(
    "forms",
    [pytest.param(f, id=f[0]) for f in INFLECTIONS]
    + [pytest.param(f, id=f[0]) for f in BROKEN_INFLECTIONS],
)
def test_inflected_forms_share_one_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(word) for word in forms}) == 1, {word: stem(word) for word in forms}


# --- the Swedish Hunspell dictionary (hunspell-sv): words of any municipality, not only the sample's ------------


def test_the_dictionary_is_the_hunspell_sv_package_and_is_large() -> None:
    assert hunspell.find("sv_SE") is not None
    assert len(dictionary().flags) > 200_000
    assert len(dictionary().heads) > 20_000


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("underskottet", "underskott"),
        ("överskottet", "överskott"),
        ("kostnaderna", "kostnad"),
        ("familjehemmet", "familjehem"),
        ("sjukfrånvaron", "sjukfrånvaro"),
        ("placeringarna", "placering"),
        ("ärendet", "ärende"),
        ("protokollet", "protokoll"),
        ("ordföranden", "ordförande"),
        ("kommunstyrelsen", "kommunstyrelse"),
        ("utbetalningar", "utbetalning"),
        ("medarbetarna", "medarbetare"),
        ("äldreomsorgens", "äldreomsorg"),
    ],
)
def test_base_forms_come_from_the_dictionary(word: str, base: str) -> None:
    assert base_form(word) == base


def test_a_compound_the_dictionary_lacks_gets_its_last_parts_base_form() -> None:
    assert base_form("nämndmötet") == "nämndmöte"
    assert stem("nämndmötet") == stem("nämndmöte") == stem("nämndmöten")


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("budgetavvikelse", ("budget", "avvikelse")),
        ("försörjningsstöd", ("försörjning", "stöd")),
        ("nämndmötet", ("nämnd", "mötet")),
        ("matkostnaden", ("mat", "kostnaden")),
        ("sjukfrånvaron", ("sjuk", "frånvaron")),
        ("placeringskostnader", ("placering", "kostnader")),
        ("förvaltningschef", ("förvaltning", "chef")),
        ("skuldsanering", ("skuld", "sanering")),
        ("internkontrollplan", ("intern", "kontroll", "plan")),
        ("verksamhetsberättelsen", ("verksamhet", "berättelsen")),
    ],
)
def test_compounds_split_where_the_dictionary_allows(word: str, parts: tuple[str, ...]) -> None:
    assert compound_parts(word) == parts


@pytest.mark.parametrize("word", ["kommun", "verksamhet", "personal", "insats", "kostnad", "beslut", "barnen"])
def test_words_that_are_not_compounds_stay_whole(word: str) -> None:
    assert compound_parts(word) == ()


def test_a_compounds_parts_are_searchable_in_every_inflection() -> None:
    for word in ("matkostnad", "matkostnaden", "matkostnader", "matkostnaderna"):
        assert {stem("mat"), stem("kostnad")} <= set(terms(word)), word
    assert stem("försörjningsstöd") in terms("försörjningsstödet")


def test_a_stop_word_part_is_not_indexed() -> None:
    assert compound_parts("underskottet")[0] == "under"
    assert stem("under") not in terms("underskottet")


def test_stopwords_are_snowballs_swedish_and_english_lists() -> None:
    assert {"och", "att", "vilken", "hur", "the", "which", "how"} <= STOPWORDS
    # Content words stay: Snowball's list has no nouns (other lists add "beslut" or "år").
    assert not {"beslut", "år", "budget", "kostnad"} & STOPWORDS


def test_without_the_dictionary_files_the_dictionary_is_empty_and_a_warning_says_why(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    empty = hunspell.load("sv_SE", [tmp_path])
    assert empty.flags == {} and empty.lemma("underskottet") is None
    assert "hunspell-sv" in caplog.text


def test_a_small_hunspell_dictionary_is_read_with_its_suffix_and_compound_rules(tmp_path: Path) -> None:
    (tmp_path / "xx.aff").write_text(
        "SET UTF-8\nCOMPOUNDBEGIN X\nCOMPOUNDEND Y\n"
        "SFX D Y 2\nSFX D 0 en [^a]\nSFX D 0 ens [^a]\n"
        "SFX v N 1\nSFX v 0 s/WXZ [^a]\n", encoding="utf-8")
    (tmp_path / "xx.dic").write_text("3\nhund/DY\nutställning/DvY\nGöran/D\n", encoding="utf-8")
    read = hunspell.load("xx", [tmp_path])
    assert read.lemma("hunden") == "hund" and read.lemma("hundens") == "hund"
    assert read.heads == {"utställnings": "utställning"}
    assert read.can_end_compound("hunden")
    assert read.lemma("göran") is None  # proper nouns are not lemmas of ordinary words


# --- the same rules inside SQLite's FTS5 --------------------------------------------------------------


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    path = tmp_path / "rapport.md"
    path.write_text(
        "# Månadsrapport oktober 2023\n\n## Ekonomi\n\nNämnden redovisar en budgetavvikelse på -4 457 tkr.\n\n"
        "## Vård\n\nVården av äldre har fått nya rutiner.\n\n## Personal\n\nUnderskottet beror på konsulter.\n\n"
        "## Placeringar\n\nKostnaderna för externa placeringar ökade.\n",
        encoding="utf-8",
    )
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    catalog.replace_document(read_document(path), "test")
    return catalog


def found(catalog: Catalog, query: str) -> list[str]:
    hits = catalog.keyword_search(terms(query), 10, KeywordFilter())
    return [c.text for c in catalog.chunks([cid for cid, _ in hits]).values()]


def test_keyword_search_finds_budgetavvikelse_when_asked_for_avvikelse(catalog: Catalog) -> None:
    assert found(catalog, "avvikelse") == ["Nämnden redovisar en budgetavvikelse på -4 457 tkr."]
    assert found(catalog, "Vilken avvikelse redovisades?") == ["Nämnden redovisar en budgetavvikelse på -4 457 tkr."]


def test_keyword_search_finds_the_definite_form(catalog: Catalog) -> None:
    assert found(catalog, "underskott") == ["Underskottet beror på konsulter."]


def test_keyword_search_finds_the_plural_when_asked_in_the_singular(catalog: Catalog) -> None:
    assert found(catalog, "kostnad") == ["Kostnaderna för externa placeringar ökade."]


def test_keyword_search_finds_a_figure_written_with_a_thousands_space(catalog: Catalog) -> None:
    assert found(catalog, "4457") == ["Nämnden redovisar en budgetavvikelse på -4 457 tkr."]


def test_keyword_search_does_not_fold_swedish_letters(catalog: Catalog) -> None:
    assert found(catalog, "vården") == ["Vården av äldre har fått nya rutiner."]
    assert found(catalog, "varden") == []
    assert found(catalog, "aldre") == []


def test_keyword_search_on_the_arsredovisning_2022_finds_budgetavvikelsen_for_avvikelse(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    catalog.replace_document(read_document(SHARED / "corpus" / "001_dd2203c0605088ab.txt"), "test")
    hits = catalog.chunks([cid for cid, _ in catalog.keyword_search(terms("avvikelse"), 20, KeywordFilter())])

    assert hits
    assert any("budgetavvikelse" in c.text.lower() and " avvikelse" not in c.text.lower() for c in hits.values())


def test_a_noun_in_ering_shares_the_stem_of_its_verb_in_era() -> None:
    assert stem("investerade") == stem("investeringarna") == stem("investering")
    assert stem("placerades") == stem("placeringar")
    assert stem("ering") == "ering"  # too short to be a derivation


@pytest.mark.parametrize(("form", "infinitive"), [
    ("såldes", "sälja"), ("sålde", "sälja"), ("antogs", "anta"), ("uppgick", "uppgår"), ("föreslog", "föreslå"),
    ("överskred", "överskrider"), ("valdes", "välja"), ("gick", "gå"), ("avvek", "avviker"), ("bedrevs", "bedriva")])
def test_a_strong_verbs_past_forms_share_the_infinitives_stem(form: str, infinitive: str) -> None:
    """'Hur mycket såldes …?' finds 'att sälja', 'uppgick till' finds 'uppgår till': the dictionary's affix rules do
    not make a strong verb's past tense, so the forms are read from the grammar's list."""
    assert terms(form)[0] == terms(infinitive)[0]


def test_a_noun_that_looks_like_a_past_tense_keeps_its_own_stem() -> None:
    assert terms("steg")[0] != terms("stiga")[0] and terms("droger")[0] != terms("dra")[0]
    assert terms("kommun")[0] != terms("komma")[0]


@pytest.mark.parametrize(("verb_form", "noun_form"), [
    ("minskade", "minskningen"), ("ökade", "ökningen"), ("förbättrades", "förbättringar"), ("utreddes", "utredningen"),
    ("avvecklades", "avvecklingen"), ("höjdes", "höjningen"), ("satsade", "satsningarna")])
def test_a_verb_is_related_to_its_noun_in_ning_or_ing(verb_form: str, noun_form: str) -> None:
    """'Varför minskade …?' is answered by 'Minskningen av … beror på': Snowball gives the two different stems."""
    assert terms(noun_form)[0] in related_stems(verb_form)


def test_only_a_verbs_noun_the_dictionary_has_is_related() -> None:
    assert related_stems("tyckte") == ()  # no noun 'tyckning'
    assert related_stems("kommun") == () and related_stems("2019") == ()
    # A noun gives no verb: 'förvaltningen' is the administration, not an act of 'förvalta' (measured, not kept).
    assert related_stems("förvaltningen") == () and related_stems("minskningen") == ()

