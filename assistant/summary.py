"""The secretary's draft: per ärende one or two sentences on what it is and what was proposed or decided, each with
its citation; sekretess ärenden by number only. Extractive: the sentences quote the documents' own first lines."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from assistant.meetings import ItemView, Meetings, MeetingView, first_line
from assistant.models import Citation


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of the draft and the citations it rests on (never none)."""

    number: str | None
    paragraph: str | None
    text: str
    citations: tuple[Citation, ...]
    writer: str = "extractive"  # "llm" when the model phrased it (and it passed verification)


@dataclass(frozen=True)
class Summary:
    """A draft summary of one meeting."""

    meeting: MeetingView
    title: str
    sentences: tuple[SummarySentence, ...]
    writer: str = "extractive"  # "llm" when the model phrased at least one ärende
    dropped_sentences: int = 0  # the model's sentences verification dropped


def summarise(meetings: Meetings, view: MeetingView) -> Summary:
    """The extractive draft of a meeting (with its ärenden loaded)."""
    when = " ".join(filter(None, (view.date, view.time and f"kl. {view.time}", view.place and f"i {view.place}")))
    title = f"Sammanfattning: {view.committee or 'Nämnden'} {when}".strip()
    return Summary(view, title, tuple(summary_sentences(view, meetings)))


def summary_sentences(view: MeetingView, meetings: Meetings | None = None) -> list[SummarySentence]:
    out: list[SummarySentence] = []
    for item in view.items:
        where = f"§ {item.paragraph}" if item.paragraph else f"Punkt {item.number}"
        by_basis = {c.basis: c for c in item.citations}
        if item.sekretess or not item.citations:
            located = locate_item(meetings, view, item)
            if located is None:
                continue  # nothing to cite: the draft leaves the item out rather than state it uncited
            text = f"{where}: sekretessärende." if item.sekretess else f"{where} {_name(item)}."
            out.append(SummarySentence(item.number, item.paragraph, text, (located,)))
            continue
        if "proposal" in by_basis:
            proposal = _sentence(first_line(item.proposal or ""))
            out.append(SummarySentence(item.number, item.paragraph,
                                       f"{where} {_name(item)}: förvaltningen föreslog: {proposal}",
                                       (by_basis["proposal"],)))
        if "decision" in by_basis:
            decision = _sentence(first_line(item.decision or ""))
            lead = f"{view.committee or 'Nämnden'} beslutade" if "proposal" in by_basis else f"{where} {_name(item)}"
            how = {"återremitterat": " (återremiss)", "bordlagt": " (bordlagt)"}.get(item.outcome or "", "")
            if item.follows_proposal is True:
                how = " (enligt förslaget)"
            elif item.follows_proposal is False:
                how = " (med ändring mot förslaget)"
            out.append(SummarySentence(item.number, item.paragraph, f"{lead}{how}: {decision}",
                                       (by_basis["decision"],)))
        elif "proposal" in by_basis and not view.has_protokoll:
            pass  # the meeting has no protokoll yet: the proposal sentence says what is known
    return out


def locate_item(meetings: Meetings | None, view: MeetingView, item: ItemView) -> Citation | None:
    """A citation of where an ärende is listed: its § heading in the protokoll, else its agenda line."""
    if meetings is None:
        return None
    for document_id in filter(None, (item.protokoll_id, item.kallelse_id)):
        if item.protokoll_item and item.protokoll_item.heading and document_id == item.protokoll_id:
            heading = item.protokoll_item.heading
            citation = meetings.citation(1, view, document_id, item.protokoll_item, heading, "decision")
            if citation.chunk_id or meetings.locate(view, document_id, heading.text):
                return citation
        found = meetings.locate(view, document_id, item.title)
        if found:
            return found
    return None


def _name(item: ItemView) -> str:
    return f"{item.title} ({item.diarienummer})" if item.diarienummer else item.title


def _sentence(text: str) -> str:
    text = re.sub(r"^\d{1,2}[.)]\s+", "", text.strip())
    return text if text.endswith((".", "!", "?")) else f"{text}."


def to_markdown(summary: Summary) -> str:
    """The draft as Markdown: the sentences with [n] markers, the sources numbered under them."""
    lines = [f"# {summary.title}", "", "*Utkast, skrivet ur handlingarna; granska före justering.*", ""]
    marked, sources = _numbered(summary)
    lines += [f"- {text}" for text in marked]
    lines += ["", "## Källor", ""]
    lines += _source_lines(sources)
    return "\n".join(lines) + "\n"


def to_docx(summary: Summary) -> bytes:
    """The draft as a Word document (python-docx), with the same sentences and numbered sources."""
    from docx import Document  # loaded only when a DOCX is asked for

    document = Document()
    document.add_heading(summary.title, level=1)
    document.add_paragraph("Utkast, skrivet ur handlingarna; granska före justering.").italic = True
    marked, sources = _numbered(summary)
    for text in marked:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Källor", level=2)
    for line in _source_lines(sources):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _numbered(summary: Summary) -> tuple[list[str], list[Citation]]:
    """Each sentence with its sources' numbers ("… [1] [2]"), the sources numbered in order of first use."""
    marked: list[str] = []
    sources: list[Citation] = []
    for sentence in summary.sentences:
        markers = []
        for citation in sentence.citations:
            sources.append(citation)
            markers.append(f"[{len(sources)}]")
        marked.append(f"{sentence.text} {' '.join(markers)}")
    return marked, sources


def _source_lines(sources: list[Citation]) -> list[str]:
    """One line per numbered source: its board-style label, whether it is a proposal or a decision, the quote."""
    return [f"{n}. {c.label or c.title} ({'förslag' if c.basis == 'proposal' else 'beslut'}, {c.source}): "
            f"“{c.quote}”" for n, c in enumerate(sources, start=1)]
