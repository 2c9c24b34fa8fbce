"""What the embedding model reads of a passage: its part's title, its nearest heading and its text; an attachment
titled by the ärende it belongs to when its own cover says less."""

from __future__ import annotations

from dataclasses import replace

from assistant.service import Assistant
from index.store import agenda_titles, embedding_text
from ingest.models import AgendaItem, Chunk


def _chunk(text: str, path: tuple[str, ...], diarienummer: str | None) -> Chunk:
    return Chunk("c-1", "d-1", "kallelse.pdf", 0, "text", text, "", "kallelse", "Kallelse kommunstyrelsen", path,
                 1, 1, 1, "2025-11-18", diarienummer, (2025,))


def test_an_attachment_whose_cover_says_less_is_titled_by_its_agenda_item() -> None:
    agenda = agenda_titles([AgendaItem("4", "Månadsrapport oktober 2025", "KS/2025:112"),
                            AgendaItem("5", "Motion om fri entré till badet", "KS 2025/87")])
    report = _chunk("Utfallet för perioden avviker med -3 200 tkr.", ("Månadsrapport", "Driftredovisning"),
                    "KS 2025/112")  # written another way than on the agenda: the same ärende
    assert embedding_text(report, agenda).startswith("Månadsrapport oktober 2025 › Driftredovisning\n")
    # A title that says something else is kept: the motion's text is not the ärende's yttrande.
    other = replace(report, section_path=("Protokollsutdrag KF § 45", "Beslut"), diarienummer="KS 2025/87")
    assert embedding_text(other, agenda).startswith("Protokollsutdrag KF § 45 › Beslut\n")
    # Without an agenda (a protokoll, a report on its own) or a diarienummer, the part's own title.
    assert embedding_text(report).startswith("Månadsrapport › Driftredovisning\n")
    assert embedding_text(replace(report, diarienummer=None), agenda).startswith("Månadsrapport › Driftredovisning")


def test_the_sample_monthly_report_is_embedded_with_its_month(corpus_assistant: Assistant) -> None:
    catalog = corpus_assistant.index.catalog
    found = []
    for record in corpus_assistant.documents():
        chunks = catalog.chunks(catalog.chunk_ids(record.document_id)).values()
        titles = agenda_titles(catalog.agenda(record.document_id))
        found += [embedding_text(c, titles) for c in chunks if "jan-mars avviker" in c.text]
    # The report's cover says "Månadsrapport"; the agenda item it belongs to says which month and year.
    assert found and all(text.startswith("Månadsrapport mars 2024 › ") for text in found), found
