"""Reading the board documents of tests/municipal_formats.py: layouts the other tests do not cover (invented
municipalities and content)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import ParsedDocument
from ingest.pipeline import read_document
from tests import municipal_formats


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ParsedDocument]:
    paths = municipal_formats.write_all(tmp_path_factory.mktemp("municipal_formats"))
    return {path.name.split("_")[0]: read_document(path) for path in paths}


def test_a_text_export_with_board_prefixed_paragraphs_and_dashed_diarienummer(
        documents: dict[str, ParsedDocument]) -> None:
    """'KS § 112' with 'KSN-2021-0345' at the right of the line: each § is an ärende with its title (the line under
    it) and its diarienummer, not a line of text under the one before."""
    parsed = documents["alvby"]
    assert parsed.document_type == "protokoll" and parsed.committee == "Kommunstyrelsen"
    items = [(i.paragraph, i.title, i.diarienummer) for i in parsed.board.items]
    assert items == [("112", "Delårsrapport per augusti 2021", "KSN-2021-0345"),
                     ("113", "Ny simhall i Älvby – val av placering", "KSN-2021-0298"),
                     ("114", "Taxa för serveringstillstånd 2022", "KSN-2021-0361"),
                     ("115", "Svar på motion om fria busskort för pensionärer", "KSN-2021-0117"),
                     ("116", "Sammanträdestider 2022", "KSN-2021-0370")]
    assert parsed.board.meeting.date == "2021-10-18" and parsed.board.meeting.chair == "Hanna Forsberg (S)"


def test_a_text_exports_running_header_and_footer_are_no_text_of_the_paragraphs(
        documents: dict[str, ParsedDocument]) -> None:
    """pdftotext parts pages with form feeds and repeats the letterhead and the signature line on each: they are
    neither recipients of a decision nor text of the § they interrupt; the first page keeps its letterhead."""
    parsed = documents["alvby"]
    simhall = parsed.board.items[1]
    assert simhall.skickas_till == ("Kommunfullmäktige", "Samhällsbyggnadsförvaltningen")
    assert simhall.reservationer == ("Olof Granlund (M)", "Tomas Wik (SD)", "Birgitta Nord (V)")
    body = "\n".join(c.text for c in parsed.chunks if c.section and "§ 11" in c.section)
    assert "Utdragsbestyrkande" not in body and "SAMMANTRÄDESPROTOKOLL" not in body
    assert "SAMMANTRÄDESPROTOKOLL" in parsed.source.pages[0].text


def test_an_html_protokoll_with_each_paragraph_head_in_a_table(documents: dict[str, ParsedDocument]) -> None:
    """'<table><tr><td>§ 34</td><td>Dnr 0118/22</td></tr></table>' heads each § as meeting systems export it, the
    diarienummer serial before year; the names under 'Beslutande' are parted by <br> inside their cell."""
    parsed = documents["vasterbro"]
    assert [(i.paragraph, i.title, i.diarienummer) for i in parsed.board.items] == [
        ("34", "Detaljplan för kvarteret Glasblåsaren", "0118/22"),
        ("35", "Bygglov för nybyggnad av lagerlokal, Hamnen 4:12", "0131/22"),
        ("36", "Taxa för plan- och bygglovsverksamheten 2022", "0009/22")]
    meeting = parsed.board.meeting
    assert meeting.beslutande == ("Ali Karimi (S)", "Marie Lundgren (M)", "Stefan Bergh (C)", "Josefin Holm (MP)",
                                  "Anders Kvist (SD)")
    assert parsed.board.items[0].reservationer == ("Josefin Holm (MP)",)


def test_a_word_tjansteskrivelse_headed_in_bold_text(documents: dict[str, ParsedDocument]) -> None:
    """No heading styles, only bold Normal paragraphs: the title and the section labels still head their parts,
    and the letterhead's diarienummer (with its filing code) is the ärende's."""
    parsed = documents["lillasa"]
    assert parsed.document_type == "tjänsteskrivelse" and parsed.title == "Nattpatrull i hemtjänsten i egen regi"
    proposal = [s for s in parsed.sections if s.path[-1] == "Förslag till beslut"]
    assert proposal and proposal[0].part_title == "Nattpatrull i hemtjänsten i egen regi"
    assert proposal[0].diarienummer == "2019/231 012"


def test_a_kallelse_whose_arenden_are_headed_by_their_agenda_number(documents: dict[str, ParsedDocument]) -> None:
    """'Ärende 4: Skolskjutsregler …' over 'Dnr BUN 2023/0145': the ärende of agenda point 4, with the diarienummer
    under its heading (the agenda lists none) and its Beslutsförslag as the proposal."""
    parsed = documents["granbo"]
    items = {i.number: i for i in parsed.board.items}
    assert items["4"].diarienummer == "BUN 2023/0145" and items["6"].diarienummer == "BUN 2023/0088"
    assert items["4"].proposal is not None and "antar reviderade regler för skolskjuts" in items["4"].proposal.text
    titles = {s.part_title for s in parsed.sections if s.diarienummer == "BUN 2023/0012"}
    assert titles == {"Ekonomisk uppföljning april 2023"}


def test_the_documents_are_marked_as_test_documents() -> None:
    texts = [municipal_formats.KS_PROTOKOLL, municipal_formats.BUN_KALLELSE, municipal_formats.DELARSRAPPORT,
             municipal_formats.SBN_PROTOKOLL_HTML, municipal_formats.KFN_VERKSAMHETSBERATTELSE]
    assert all("TESTDOKUMENT" in text for text in texts)
    assert Path(municipal_formats.__file__).read_text(encoding="utf-8").count("TESTDOKUMENT") >= 8
