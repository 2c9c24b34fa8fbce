"""The patterns of Swedish board text: many written forms, positive and negative."""

from __future__ import annotations

import pytest

from ingest.patterns import (
    PARAGRAPH_HEADING,
    Amount,
    agenda_item,
    agenda_numbers,
    agenda_points_in,
    amounts_in,
    contents_line,
    dates_in,
    diarienummer_in,
    diarienummer_key,
    figures_in,
    find_diarienummer,
    has_figure,
    iso_months_in,
    names_a_time,
    names_share,
    paragraph_number,
    paragraphs_in,
    section_number,
    without_diarienummer,
    years_in,
)
from ingest.structure import find_diarienummer as structure_find_diarienummer
from ingest.structure import years_in as structure_years_in

# --- diarienummer -------------------------------------------------------------------------------------------

DIARIENUMMER = [
    ("SOCN/2023:17", "SOCN/2023:17", "SOCN 2023/17"),
    ("Ärendet har SOCN / 2023 : 17 som nummer", "SOCN/2023:17", "SOCN 2023/17"),
    ("KS 2021/345", "KS 2021/345", "KS 2021/345"),
    ("KS/2021:345", "KS/2021:345", "KS 2021/345"),
    ("Dnr KS 2021/345", "KS 2021/345", "KS 2021/345"),
    ("Dnr: KS 2021/345", "KS 2021/345", "KS 2021/345"),
    ("Dnr 2019/231 012", "2019/231 012", "2019/231"),
    ("Diarienummer: 2019/231", "2019/231", "2019/231"),
    ("SN 20/0145", "SN 20/0145", "SN 2020/145"),
    ("2017/31-IFN-042", "2017/31-IFN-042", "IFN 2017/31"),
    ("SN 2022.045", "SN 2022.045", "SN 2022/45"),
    ("Dnr. SN 2022.045, beslut", "SN 2022.045", "SN 2022/45"),
    ("BUN 2020/123", "BUN 2020/123", "BUN 2020/123"),
    ("ON 2019/45-1", "ON 2019/45-1", "ON 2019/45"),
    ("Dnr KS 2018/00123", "KS 2018/00123", "KS 2018/123"),
    ("(SOCN2024:252-253)", "SOCN2024:252-253", "SOCN 2024/252"),
    ("Yttrande till VIAN/2018:29)", "VIAN/2018:29", "VIAN 2018/29"),
    ("Ekonomisk uppföljning februari 2024 Dnr BUN 2024/7", "BUN 2024/7", "BUN 2024/7"),  # a labelled one-digit serial
    ("Dnr: KS 2024/3-1", "KS 2024/3-1", "KS 2024/3"),
    # Dashed registry forms and serial-before-year (other municipalities' registries)
    ("KS § 112   KSN-2021-0345", "KSN-2021-0345", "KSN 2021/345"),
    ("Dnr BUN-2023-0145-3", "BUN-2023-0145-3", "BUN 2023/145"),
    ("Ärende KS 2021-00345", "KS 2021-00345", "KS 2021/345"),
    ("Dnr BUN 2024-000345", "BUN 2024-000345", "BUN 2024/345"),  # a registry that pads serials to six digits
    ("§ 34\tDnr 0118/22", "0118/22", "2022/118"),
    ("Diarienummer: 345/2021", "345/2021", "2021/345"),
    # A registry's classification code after the serial (klassificeringsstruktur), and a sentence's stop after it
    ("Dnr BUN 2025/00231-2.4 Lokalbehov", "BUN 2025/00231-2.4", "BUN 2025/231"),
    ("enligt KS 2024/118-1.2.3.", "KS 2024/118-1.2.3", "KS 2024/118"),
    # The registry's dotted form, board and year joined by a full stop
    ("Dnr KS.2025.112", "KS.2025.112", "KS 2025/112"),
    # After its label: a prefix in small letters, glued to the year or not, and a year and serial joined by a dash
    ("Dnr: Ks2025/0333", "Ks2025/0333", "KS 2025/333"),
    ("Dnr Sbn 2024/12 Tillsyn", "Sbn 2024/12", "SBN 2024/12"),
    ("Diarienummer 2025-000118", "2025-000118", "2025/118"),
    # the label's own word is no board's prefix
    ("Diarienummer: Dnr 2025/188 346", "2025/188 346", "2025/188"),
    # "ärende" names a case by its number as "Dnr" does, and in capitals (a question is read so) it is no prefix
    ("Vad handlar ärende 2025/0418-4.3.1 om?", "2025/0418-4.3.1", "2025/418"),
    ("VAD HANDLAR ÄRENDE 2025/0418-4.3.1 OM?", "2025/0418-4.3.1", "2025/418"),
    ("I ärendet 2019/231 beslutade nämnden", "2019/231", "2019/231"),
]


@pytest.mark.parametrize(("text", "written", "key"), DIARIENUMMER)
def test_a_diarienummer_is_found_as_written_and_keyed(text: str, written: str, key: str) -> None:
    assert find_diarienummer(text) == written
    assert diarienummer_in(text) == (written,)
    assert diarienummer_key(written) == key


NOT_DIARIENUMMER = [
    "2023/05/17", "SN 2023/05/17", "1/2", "3/4 av platserna", "sida 3/12", "SOU 2015:55", "SFS 2001:453",
    "SOSFS 2011:9", "HSLF-FS 2016:40", "(2009:400)", "läsåret 2022/2023", "ÅREN 2019/20", "prop. 2017/18:186",
    "Skr. 2016/17:10", "dir 2017:39", "förordning (EU) 2016/679", "kl. 13:00", "4 kap. 1 §", "SoL 4:1",
    "SN 2022.5 procent", "§ 112/21", "Sn 78", "2 020 tkr", "30/4 2023", "BUN 2024/7",
    "KS 2021-12-01", "LSS 2021-2024", "118/22 av eleverna",
    # small letters or a dashed year without the label; the label's own word as a prefix
    "Ks2025/0333", "Vi 2025/12", "2025-000118", "Datum 2025-12-09",
]


@pytest.mark.parametrize("text", NOT_DIARIENUMMER)
def test_dates_fractions_statutes_and_periods_are_no_diarienummer(text: str) -> None:
    assert diarienummer_in(text) == ()
    assert find_diarienummer(text) is None


def test_the_forms_of_one_arende_share_a_key() -> None:
    forms = ["KS 2021/345", "KS/2021:345", "Dnr KS 2021/345", "ks 2021/345", "KS 2021/00345", "Dnr: KS/2021:345"]
    assert {diarienummer_key(f) for f in forms} == {"KS 2021/345"}
    assert diarienummer_key("KS 2021/346") != diarienummer_key("KS 2021/345")
    assert diarienummer_key("BUN 2021/345") != diarienummer_key("KS 2021/345")


def test_several_diarienummer_in_one_text_are_listed_in_order() -> None:
    text = "Ärendena KS 2021/345 och SOCN/2023:17 samt (Dnr 2019/231) och igen KS 2021/345."
    assert diarienummer_in(text) == ("KS 2021/345", "SOCN/2023:17", "2019/231")


def test_without_diarienummer_drops_the_number_and_its_label() -> None:
    assert without_diarienummer("§ 61 Dnr SOCN/2018:38") == "§ 61"
    assert without_diarienummer("Budget 2024 (Dnr: KS 2021/345)") == "Budget 2024"
    assert without_diarienummer("Budgetuppföljning, Dnr KS 2021/345") == "Budgetuppföljning"


def test_structure_still_exports_the_old_names() -> None:
    assert structure_find_diarienummer is find_diarienummer
    assert structure_years_in is years_in


# --- years and dates ----------------------------------------------------------------------------------------

YEARS = [
    ("Under 2022 ökade kostnaden jämfört med 2021.", (2022, 2021)),
    ("SOCN/2023:17 årsredovisning 2022", (2022,)),
    ("Budget 2023 Dnr KS 2021/345", (2023,)),
    ("läsåret 2019/2020 och budgetåret 2018/19", (2019, 2020, 2018)),
    ("beslutet fattades 2021-10-21", (2021,)),
    ("den 17 maj 2023", (2023,)),
    ("perioden 2018–2020: uppföljning", (2018, 2020)),
    ("2019 2020 2021", (2019, 2020, 2021)),
    ("1990-talet och år 2049", (1990, 2049)),
]


@pytest.mark.parametrize(("text", "years"), YEARS)
def test_years_are_found_in_order_of_first_mention(text: str, years: tuple[int, ...]) -> None:
    assert years_in(text) == years


NO_YEARS = [
    "offentlighets- och sekretesslagen (2009:400)", "kostnaden blev 2 020 tkr", "2020 kr", "2020,5 procent",
    "år 1989 och 2050", "SOU 2015:55", "20231", "KS 2021/345", "2017/31-IFN-042", "45 st 2019 st",
]


@pytest.mark.parametrize("text", NO_YEARS)
def test_statutes_amounts_diarienummer_and_other_numbers_are_no_years(text: str) -> None:
    assert years_in(text) == ()


DATES = [
    ("2023-05-17", ("2023-05-17",)),
    ("17 maj 2023", ("2023-05-17",)),
    ("den 17 maj 2023", ("2023-05-17",)),
    ("onsdagen den 22 februari 2023 kl. 13.00", ("2023-02-22",)),
    ("2023.05.17", ("2023-05-17",)),
    ("2023/5/7", ("2023-05-07",)),
    ("den 1:a maj 2024", ("2024-05-01",)),
    ("17 sept. 2023 och 2023-09-17", ("2023-09-17",)),
    ("Mellan 3 mars 2022 och 2022-01-02", ("2022-03-03", "2022-01-02")),
    ("Justering den 14/3 2024", ("2024-03-14",)),  # day and month first
    ("Sammanträde 14.3.2024 kl. 9.00", ("2024-03-14",)),
]


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_dates_become_iso(text: str, dates: tuple[str, ...]) -> None:
    assert dates_in(text) == dates


@pytest.mark.parametrize("text", ["30 februari 2023", "2018-2020", "2023-13-01", "SOCN/2023:17", "17 maj", "maj 2023",
                                  "1/12-30/11 2023", "prognos 14.3 2024"])
def test_impossible_or_partial_dates_are_no_dates(text: str) -> None:
    assert dates_in(text) == ()


# --- paragraphs and agenda numbers --------------------------------------------------------------------------

PARAGRAPHS = [
    ("§ 52", (52,)),
    ("§§ 18–19", (18, 19)),
    ("§ 112/21", (112,)),
    ("Sn § 78", (78,)),
    ("Paragraf 12", (12,)),
    ("Paragrafer\t14–17", (14, 15, 16, 17)),
    ("utredare (§§ 22, 27–28)", (22, 27, 28)),
    ("§§ 20–21, 24", (20, 21, 24)),
    ("enligt 4 kap. 1 § SoL", ()),
    ("26 kap. 1 § offentlighets- och sekretesslagen", ()),
]


@pytest.mark.parametrize(("text", "numbers"), PARAGRAPHS)
def test_paragraph_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert paragraphs_in(text) == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("Vilket ärende hade punkt 7 på dagordningen?", (7,)),
    ("Vad gällde ärende nr 12?", (12,)),
    ("What was agenda item 4 about?", (4,)),
    ("punkt 2.3 i planen", ()),  # a section of a plan, not an agenda point
    ("ärende 2023", ()),  # a year
])
def test_agenda_points_a_question_names(text: str, numbers: tuple[int, ...]) -> None:
    assert agenda_points_in(text) == numbers


def test_an_agenda_line_number_covers_its_range() -> None:
    assert agenda_numbers("5.-16") == tuple(range(5, 17))
    assert agenda_numbers("7") == (7,)


HEADINGS = [
    ("§ 52", 52), ("§ 61 Dnr SOCN/2018:38", 61), ("Sn § 78 Budget", 78), ("SN 78", 78), ("Sn 78", 78),
    ("KS 112", 112), ("§§ 49–60 Sekretessärenden", 49), ("§ 112/21", 112), ("Paragraf 12", 12),
    ("Bilaga 3", None), ("Mål 3", None), ("TEMA 4", None), ("Nr 5", None), ("Socialnämnden 2023", None),
    ("4 kap. 1 § SoL", None), ("Ärendet avser § 52", None),
]


@pytest.mark.parametrize(("line", "number"), HEADINGS)
def test_a_paragraph_heading_is_recognised_by_its_opening(line: str, number: int | None) -> None:
    assert paragraph_number(line) == number
    assert bool(PARAGRAPH_HEADING.match(line)) == (number is not None)


AGENDA = [
    ("5. Budget", ("5", "Budget")),
    ("5.-16. SEKRETESSÄRENDEN", ("5.-16", "SEKRETESSÄRENDEN")),
    ("5–16 Sekretessärenden", ("5–16", "Sekretessärenden")),
    ("Punkt 5 Val av justerare", ("5", "Val av justerare")),
    ("Punkt 5: Val av justerare", ("5", "Val av justerare")),
    ("5. Budget 2024 ............ 12", ("5", "Budget 2024")),  # a föredragningslista giving each point's page
    ("Budget 2024", None),
]


def test_a_table_of_contents_line_opens_no_paragraph() -> None:
    for line in ("§ 45 Budget 2024 ......... 7", "§ 45 Budget 2024 . . . . . 7", "§ 45 Val av justerare … 2"):
        assert contents_line(line) and paragraph_number(line) is None
    for line in ("§ 45 Budget 2024", "§ 61 Dnr SOCN/2018:38", "§ 45 Resultat 2023 ... 2024"):
        assert not contents_line(line) and paragraph_number(line) == int(line.split()[1])


@pytest.mark.parametrize(("line", "item"), AGENDA)
def test_agenda_numbers(line: str, item: tuple[str, str] | None) -> None:
    assert agenda_item(line) == item


# --- amounts and figures ------------------------------------------------------------------------------------


def test_amounts_carry_value_and_unit() -> None:
    text = "Underskottet blev -19 348 tkr, 2,5 mnkr, 12 % och 3 procent; 45 st, 250 kronor och 1 000 kr samt 4 mkr."
    assert amounts_in(text) == (
        Amount("-19 348 tkr", -19348.0, "tkr"), Amount("2,5 mnkr", 2.5, "mnkr"), Amount("12 %", 12.0, "%"),
        Amount("3 procent", 3.0, "procent"), Amount("45 st", 45.0, "st"), Amount("250 kronor", 250.0, "kronor"),
        Amount("1 000 kr", 1000.0, "kr"), Amount("4 mkr", 4.0, "mkr"),
    )


@pytest.mark.parametrize("text", ["12 placeringar", "Kostnaden är 5 tkr", "ökade med 3", "Utfall 2022 -77 482",
                                  "297 orosanmälningar under mars", "2,5 mnkr"])
def test_a_figure_is_a_figure(text: str) -> None:
    assert has_figure(text)


@pytest.mark.parametrize("text", [
    "§ 52 Dnr KS 2021/345 beslut 2023-05-17", "enligt 4 kap. 1 § SoL", "SoL 4:1", "1. Socialnämnden beslutar",
    "kl. 13:00–16:05", "Punkt 5", "1.2 Volymutveckling", "5.-16. Sekretess", "den 17 maj 2023", "Sida 3 (42)",
    "Nr 5", "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)", "1:e vice ordförande", "Under 2022 och 2023",
    "§§ 18–19", "SOCN/2023:17",
])
def test_years_dates_numbers_and_law_references_are_no_figures(text: str) -> None:
    assert not has_figure(text)


@pytest.mark.parametrize(("text", "share"), [
    ("Andelen var 42 procent.", True),
    ("Andel, %", True),
    ("Katrineholm stod för 86 av 260 samråd.", True),
    ("Av de 48 barn som var placerade var 35 i familjehem.", True),
    ("Ungefär en tredjedel av kostnaden avser hyra.", True),
    ("Var femte sökande fick plats.", True),
    ("Utbetalt bistånd uppgår till 34 820 tkr.", False),
    ("Spelmissbruksärenden: 2022 4", False),
])
def test_names_share_reads_a_share_not_a_sum_or_a_count(text: str, share: bool) -> None:
    assert names_share(text) is share


@pytest.mark.parametrize(("text", "months"), [
    ("Period: 2025-01 – 2025-10", (1, 10)),
    ("Utfall t.o.m. 2025-10-31: 5 120 tkr", (10,)),
    ("Dnr MHN 2025-000321", ()),  # a diarienummer's serial, not a month
    ("Budget 2024-2025", ()),  # a span of years
    ("SOCN/2023:12", ()),
])
def test_iso_months_in_reads_iso_year_months_and_dates(text: str, months: tuple[int, ...]) -> None:
    assert iso_months_in(text) == months


@pytest.mark.parametrize(("text", "timed"), [
    ("Återvinningscentralen öppnar den 1 september 2026.", True),
    ("Bygget beräknas vara klart hösten 2027.", True),
    ("Arbetet ska vara klart i vår.", True),
    ("Ärendet återkommer till nästa sammanträde.", True),
    ("Utbytet görs under vecka 12.", True),
    ("Tidplanen redovisas vid årsskiftet.", True),
    ("Uppdraget ska återrapporteras senast 2026-05-12.", True),
    ("Upphandlingen omfattar utbyte av 1 260 armaturer.", False),
    ("Vår kommun har två återvinningscentraler.", False),  # 'vår' is also 'our'
    ("Kostnaden är 2 020 tkr.", False),  # an amount, no year
])
def test_names_a_time_reads_when_not_what(text: str, timed: bool) -> None:
    assert names_a_time(text) is timed


def test_a_text_prints_a_diarienummer_in_any_of_its_forms() -> None:
    from ingest.patterns import prints_diarienummer

    key = diarienummer_key("KS 2021/345")
    assert prints_diarienummer("Ärende KS/2021:345 Budget", key) and prints_diarienummer("Dnr KS 2021/00345", key)
    assert not prints_diarienummer("Dnr KS 2021/346", key) and not prints_diarienummer("2021-03-45", key)


def test_figures_are_read_with_their_units_and_years_dates_and_numbers_are_not_figures() -> None:
    """A table row's bare cells, a signed amount, a share in words, thousands set apart by a point (as some exports
    write them); a year, a date and a diarienummer are none."""
    found = figures_in("Budget 2025 402 800; Avvikelse −1 550 tkr; 9,8 procent; 64.200; 2025-10-01; KS 2025/0418")
    assert [(f.text, f.value, f.decimals, f.unit) for f in found] == [
        ("402 800", 402800.0, 0, ""), ("−1 550 tkr", -1550.0, 0, "tkr"), ("9,8 procent", 9.8, 1, "%"),
        ("64.200", 64200.0, 0, "")]


def test_a_headings_section_number_is_read_by_level() -> None:
    assert section_number("6 Fortsatt arbete") == (6,) and section_number("6. Investeringar") == (6,)
    assert section_number("2.3 Syfte") == (2, 3)
    assert section_number("Sammanfattning") is None and section_number("2025 års budget") is None
