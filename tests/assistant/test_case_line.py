"""A question for an ärende's diarienummer where the number stands on a line of its own beside the passage: under an
agenda item's title in a kallelse written as numbered paragraphs (DOCX), or among the header fields of a
tjänsteskrivelse. Invented documents, ingested with the real pipeline, Chroma and the packaged embedding model.

This small agenda's items are also found by the catalog's fallback (`BoardAnswerer.case_number`), which answers them
without the passage-level reading; here they guard that an item gets its own number, not its neighbour's. The header
case is answered by the passage-level reading alone (it fails without `extractive._case_line`)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant, make_settings

pytestmark = pytest.mark.slow

# A kallelse as a registry exports it to Word: each item a numbered paragraph, its number on the next, its text after.
AGENDA = (
    "Kallelse till kommunstyrelsens arbetsutskott",
    "Tid:\tonsdagen den 4 mars 2026, kl. 09.00",
    "Föredragningslista",
    "1. Val av justerare",
    "2. Försäljning av tomtmark i Norra Lunden",
    "Dnr KS.2026.044",
    "Förslag till köpeavtal med Byggbolaget Ekvall AB om tomten Lunden 2:14 för 3 150 000 kronor.",
    "Föredragande: markstrateg Oskar Hed",
    "3. Ny belysning i Strandparken",
    "Dnr KS.2025.198",
    "Förslag att byta 84 armaturer i Strandparken till LED under hösten 2026.",
    "Föredragande: gatuchef Lena Ruud",
    "4. Övriga frågor",
)

# A tjänsteskrivelse (HTML) whose header lists its fields, another authority's number among them.
MEMO = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Yttrande avfallsplan</title></head><body>
<header><p>Lindsjö kommun</p><p>Miljö- och hälsoskyddsförvaltningen</p></header>
<main>
<h1>Förslag till yttrande över remiss: Regional avfallsplan</h1>
<aside class="meta"><dl>
<dt>Tjänsteskrivelse</dt><dd>2026-02-10</dd>
<dt>Diarienummer</dt><dd>MHN 2026/0031</dd>
<dt>Regionens dnr</dt><dd>401-2211-2026</dd>
<dt>Handläggare</dt><dd>Frida Lindgren, miljöstrateg</dd>
<dt>Till</dt><dd>Miljö- och hälsoskyddsnämnden, sammanträde 2026-03-11</dd>
</dl></aside>
<h2>Bakgrund</h2>
<p>Regionen har skickat ett förslag till regional avfallsplan på remiss till kommunerna i länet.</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder: Path = tmp_path_factory.mktemp("case_line")
    document = docx.Document()
    for paragraph in AGENDA:
        document.add_paragraph(paragraph)
    document.save(folder / "kallelse_ksau_2026-03-04.docx")
    (folder / "tjansteskrivelse_avfallsplan.html").write_text(MEMO, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("case_line_index")))
    report = assistant.ingest([folder])
    assert report.count("added") == 2, report.outcomes
    return assistant


@pytest.mark.parametrize(("question", "number", "other"), [
    ("Vilket dnr har ärendet om belysningen i Strandparken?", "KS.2025.198", "KS.2026.044"),
    ("Vilket diarienummer har försäljningen av tomtmark i Norra Lunden?", "KS.2026.044", "KS.2025.198"),
    ("Vem är handläggare för yttrandet om avfallsplanen, och vilket dnr har ärendet?", "MHN 2026/0031", None),
])
def test_the_number_on_its_own_line_beside_the_passage_answers(assistant: Assistant, question: str, number: str,
                                                              other: str | None) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and number in answer.text, answer.text
    assert other is None or other not in answer.text, answer.text
    # The number is cited where it stands: its own line is among the quotes.
    assert any(number in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    assert_cited(assistant, answer.text, answer.citations)


# A plan that is no ärende (plain text): its number stands only in the field grid under its title.
PLAN = ("Tillsynsplan 2026\n\nBehovsutredning och tillsynsplan enligt miljöbalken\n\n"
        "Beslutsinstans\tMyndighetsnämnden\nAntagen\t2025-12-04, § 131\nDiarienummer\t2025/0418-4.3.1\n"
        "Handläggare\tSara Lindeborg, miljöchef\n\n1 Inledning\n\nMyndighetsnämnden ansvarar för kommunens tillsyn "
        "enligt miljöbalken. Nämnden ska varje år upprätta en plan för tillsynen.\n\n2 Sammanfattning\n\nBehovet av "
        "tillsyn 2026 beräknas till 7 212 timmar. Nämnden har 6 000 timmar tillgänglig tillsynstid.\n")


def test_a_documents_own_number_in_its_header_grid_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The grid's "Diarienummer" row says nothing by itself and is no candidate sentence, and a plan gives its passages
    no ärende's number: asked for the number, the row of the answer's document answers, cited where it stands."""
    folder: Path = tmp_path_factory.mktemp("plan")
    (folder / "myn_tillsynsplan_2026.txt").write_text(PLAN, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("plan_index")))
    assert assistant.ingest([folder]).count("added") == 1
    answer = assistant.ask("Vilket diarienummer har tillsynsplanen för 2026?")
    assert not answer.abstained and answer.text.startswith("Diarienummer 2025/0418-4.3.1."), answer.text
    assert any("2025/0418-4.3.1" in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    assert_cited(assistant, answer.text, answer.citations)


# A kallelse whose ärenden carry their numbers from the agenda (markdown export, invented): the ärende's text never
# prints its number, the agenda row does.
KALLELSE = """# Kallelse barn- och utbildningsnämnden 2026-03-12

Ärende\tBeteckning
1. Upprop\t
2. Skolskjuts för gymnasieelever på landsbygden\tBUN/2026:41
3. Lokalförsörjningsplan 2026–2030\tBUN/2026:17

## Skolskjuts för gymnasieelever på landsbygden

### Förvaltningens förslag till beslut

Barn- och utbildningsnämnden beslutar att införa busskort för gymnasieelever som bor mer än sex kilometer från närmaste hållplats.

### Ärendebeskrivning

Ett fyrtiotal gymnasieelever på landsbygden har mer än sex kilometer till närmaste hållplats. Busskorten beräknas kosta 410 000 kronor per år.

## Lokalförsörjningsplan 2026–2030

### Förvaltningens förslag till beslut

Barn- och utbildningsnämnden godkänner lokalförsörjningsplanen för 2026–2030.

### Ärendebeskrivning

Planen visar att två nya förskolor behövs till 2030.
"""


def test_the_number_an_arende_carries_is_cited_where_its_document_prints_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Asked for an ärende's number, the answer states it first; the passages it rests on carry the number without
    printing it, so the lead cites the agenda row that does."""
    assistant = indexed_assistant(tmp_path_factory.mktemp("kallelse"), {"kallelse_bun_2026-03-12.md": KALLELSE})
    answer = assistant.ask("Vilket diarienummer har ärendet om busskort för gymnasieelever?")
    assert not answer.abstained and answer.text.startswith("BUN/2026:41 – ärendet «Skolskjuts för gymnasieelever på "
                                                           "landsbygden». [1]"), answer.text
    assert "BUN/2026:41" in answer.citations[0].quote, [c.quote for c in answer.citations]
    assert_cited(assistant, answer.text, answer.citations)


# Another plan of the same board, filed under another number and saying as much about tillsyn: a question naming one
# plan's number must not be answered from the other.
OTHER_PLAN = ("Kontrollplan livsmedel 2026\n\nBeslutsinstans\tMyndighetsnämnden\nDiarienummer\t2025/0377-4.2.0\n"
              "Handläggare\tPer Ahlgren, livsmedelsinspektör\n\n1 Inledning\n\nMyndighetsnämnden ansvarar för den "
              "offentliga kontrollen av livsmedel. Nämnden ska varje år upprätta en plan för kontrollen.\n\n"
              "2 Sammanfattning\n\nKontrollen planeras efter risk. Nämnden planerar 410 kontrollbesök under 2026.\n")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("plans"), {"myn_tillsynsplan_2026.txt": PLAN,
                                                                 "myn_kontrollplan_livsmedel_2026.txt": OTHER_PLAN})


@pytest.mark.parametrize(("question", "source"), [
    ("Hur många timmar tillsyn behövs enligt ärende 2025/0418-4.3.1?", "myn_tillsynsplan_2026.txt"),
    ("Vad gäller för dnr 2025/418?", "myn_tillsynsplan_2026.txt"),
    ("Vad ska nämnden upprätta varje år enligt ärende 2025/0377-4.2.0?", "myn_kontrollplan_livsmedel_2026.txt"),
])
def test_a_question_naming_a_plans_number_is_answered_from_the_plan_that_prints_it(plans: Assistant, question: str,
                                                                                    source: str) -> None:
    """A plan is no ärende, so its passages carry no number; the one that prints it in its header grid is where a
    question naming it (in any of its forms) is answered from."""
    answer = plans.ask(question)
    assert not answer.abstained, answer.text
    assert {c.source for c in answer.citations} == {source}, [(c.source, c.quote) for c in answer.citations]
    assert_cited(plans, answer.text, answer.citations)


@pytest.mark.parametrize(("question", "number", "title", "summary"), [
    ("Vad handlar ärende 2025/0418-4.3.1 om?", "2025/0418-4.3.1", "Tillsynsplan 2026", "Behovet av tillsyn 2026"),
    ("Vad gäller dnr 2025/377?", "2025/0377-4.2.0", "Kontrollplan livsmedel 2026", "Kontrollen planeras efter risk"),
])
def test_asked_what_a_plans_number_is_about_the_plan_says_what_it_is(plans: Assistant, question: str, number: str,
                                                                      title: str, summary: str) -> None:
    """Asked only what a number is, with no topic of its own, the answer is the document filed under it — cited
    where it prints the number — and what its summary says first, not whichever of its rows shares the question's
    few words."""
    answer = plans.ask(question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith(f"{number} är diarienumret för «{title}». [1]"), answer.text
    assert number in answer.citations[0].quote, [c.quote for c in answer.citations]
    assert len(answer.citations) >= 2 and answer.citations[1].quote.startswith(summary), \
        [c.quote for c in answer.citations]
    assert_cited(plans, answer.text, answer.citations)


# A report filed under its own number that lists other ärenden with theirs (invented).
LISTING = ("Redovisning av motioner som inte har slutbehandlats\n\nDiarienummer\tKS 2026/88\nDatum\t2026-04-01\n\n"
           "1 Sammanfattning\n\nKommunstyrelsen redovisar två motioner som inte har slutbehandlats inom ett år.\n\n"
           "2 Motioner\n\nDnr\tMotion\tStatus\nKS 2025/147\tMotion om Fairtrade City\tUnder beredning\n"
           "KS 2025/019\tMotion om avgiftsfri kollektivtrafik för pensionärer\tVilande\n")


def test_a_number_a_document_lists_is_not_called_its_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Asked what a number is about that a report only lists (a motion under beredning, no ärende of the index), the
    answer is the line that names it, not "… är diarienumret för" the report; the report's own number, alone with its
    label, is its own."""
    assistant = indexed_assistant(tmp_path_factory.mktemp("listed"), {"ks_motioner_ej_slutbehandlade.txt": LISTING})
    listed = assistant.ask("Vad handlar KS 2025/147 om?")
    assert not listed.abstained and "är diarienumret för" not in listed.text, listed.text
    assert listed.text.startswith("KS 2025/147 står i «") and "Motion om Fairtrade City" in listed.text, listed.text
    assert listed.citations[0].quote.startswith("KS 2025/147"), [c.quote for c in listed.citations]
    own = assistant.ask("Vad gäller KS 2026/88?")
    assert own.text.startswith("KS 2026/88 är diarienumret för «"), own.text
    assert_cited(assistant, listed.text, listed.citations)


def test_the_lead_never_names_another_arende_than_the_one_asked(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Asked about the report's own number, the passages of the document printing it include rows of other ärenden:
    the answer may quote them, but never introduces itself as one of them ("KS 2025/147 – ärendet …")."""
    assistant = indexed_assistant(tmp_path_factory.mktemp("listing"), {"ks_motioner_ej_slutbehandlade.txt": LISTING})
    answer = assistant.ask("Vad gäller för KS 2026/88?")
    assert not answer.abstained, answer.text
    assert "– ärendet" not in answer.text or answer.text.startswith("KS 2026/88 – ärendet"), answer.text
    assert_cited(assistant, answer.text, answer.citations)
