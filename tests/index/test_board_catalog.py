"""The board tables: meetings, ärenden, proposals and decisions written with their document and removed with it;
nothing under a sekretess ärende is indexed."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.catalog import Catalog
from ingest.models import ParsedDocument
from ingest.pipeline import read_document

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def protokoll() -> ParsedDocument:
    return read_document(SHARED / "corpus-protokoll" / "protokoll_2023-02-22.txt")


@pytest.fixture(scope="module")
def protokoll_pdf() -> ParsedDocument:
    return read_document(SHARED / "corpus-protokoll-pdf" / "protokoll_2018-08-15.pdf")


@pytest.fixture(scope="module")
def kallelse() -> ParsedDocument:
    return read_document(SHARED / "corpus" / "001_dd2203c0605088ab.txt")


def test_a_protokoll_is_catalogued_with_its_meeting_and_paragraphs(tmp_path: Path, protokoll: ParsedDocument) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    catalog.replace_document(protokoll, "m")
    [doc] = catalog.board_documents()
    assert (doc.kind, doc.meeting.date, doc.meeting.committee) == ("protokoll", "2023-02-22", "Socialnämnden")
    assert doc.meeting.chair and doc.meeting.justerare
    items = catalog.board_items(doc.document_id)
    assert items == list(protokoll.board.items)  # the JSON round trip keeps every field
    decided = [i for i in items if i.decision]
    assert decided and all(i.outcome for i in decided)
    assert any(i.outcome == "återremitterat" for i in items)
    assert any(i.reservationer for i in items)


def test_board_rows_go_with_their_document(tmp_path: Path, protokoll: ParsedDocument, kallelse: ParsedDocument) -> None:
    catalog = Catalog(tmp_path / "c.sqlite3")
    catalog.replace_document(protokoll, "m")
    catalog.replace_document(kallelse, "m")
    catalog.replace_document(protokoll, "m")  # re-ingest replaces, never duplicates
    assert sorted(d.kind for d in catalog.board_documents()) == ["kallelse", "protokoll"]
    assert len(catalog.board_items(protokoll.source.document_id)) == len(protokoll.board.items)
    catalog.remove_document(protokoll.source.document_id)
    assert [d.kind for d in catalog.board_documents()] == ["kallelse"]
    assert catalog.board_items(protokoll.source.document_id) == []


def test_kallelse_items_carry_the_tjansteskrivelse_proposal(kallelse: ParsedDocument) -> None:
    items = [i for i in kallelse.board.items if i.diarienummer]
    with_proposal = [i for i in items if i.proposal]
    assert len(with_proposal) >= len(items) - 1
    for item in with_proposal:
        page_text = kallelse.source.pages[0].text
        assert item.proposal.text.split("\n")[0] in page_text  # verbatim, so it can be cited
        assert item.paragraph is None and item.decision is None


@pytest.mark.parametrize("name", ["protokoll", "protokoll_pdf", "kallelse"])
def test_nothing_under_a_sekretess_item_is_indexed(name: str, request: pytest.FixtureRequest) -> None:
    parsed: ParsedDocument = request.getfixturevalue(name)
    secret = [i for i in parsed.board.items if i.sekretess]
    assert secret, "every sample meeting has a sekretess item"
    assert all(i.decision is None and i.proposal is None and not i.body for i in secret)
    if parsed.board.kind == "protokoll":
        for item in secret:
            start = (item.heading.page or 0, item.heading.line)
            following = [i.heading for i in parsed.board.items if i.position > item.position and i.heading]
            end = (following[0].page or 0, following[0].line) if following else (10**9, 0)
            inside = [c for c in parsed.chunks if start <= (c.page or 0, c.line_start) < end]
            assert inside == []
    # The agenda line that lists it stays: it only names the item.
    assert any("sekretess" in c.text.lower() for c in parsed.chunks)


def test_the_meetings_kept_between_questions_follow_a_new_ingest(tmp_path: Path) -> None:
    # Meetings are assembled once per catalog generation (every question asks for them); an ingest moves it.
    from assistant.service import Assistant
    from tests.conftest import CORPUS_TEXT, SHARED, make_settings

    assistant = Assistant.from_settings(make_settings(tmp_path / "data"))
    assistant.ingest([next(CORPUS_TEXT.glob("000_*.txt"))])
    before = assistant.meetings.all()
    assert assistant.meetings.all() == before  # kept
    assert not any(s.kind == "protokoll" for v in before for s in v.sources)

    assistant.ingest([SHARED / "corpus-protokoll" / "protokoll_2018-08-15.txt"])

    after = assistant.meetings.all()
    assert any(s.kind == "protokoll" for v in after for s in v.sources)
