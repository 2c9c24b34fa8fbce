"""HTTP models of the board's work: meetings, ärenden, cases, decisions and summary drafts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.meetings import CaseEntry, ItemView, MeetingView
from assistant.models import Citation
from assistant.summary import Summary
from web.schemas import CitationOut

OutcomeLabel = Literal["beslutat enligt förslag", "beslutat med ändring", "återremitterat", "bordlagt", "sekretess",
                       "informationsärende/lägges till handlingarna", "formalia"]


class SourceDocumentOut(BaseModel):
    document_id: str
    kind: Literal["kallelse", "protokoll", "tjänsteskrivelse"] = Field(
        description="A tjänsteskrivelse indexed on its own joins the meeting whose ärende has its diarienummer.")
    title: str
    file_name: str


class MeetingOut(BaseModel):
    """A meeting of a board, from its protokoll (and kallelse)."""

    id: str
    committee: str | None = Field(description="The board, as the documents name it.")
    date: str | None = Field(description="YYYY-MM-DD; null when only a kallelse without a date is indexed.")
    time: str | None
    place: str | None
    chair: str | None = Field(description="Ordförande.")
    source: str = Field(description="The main document: the protokoll if there is one, else the kallelse.")
    secretary: str | None = None
    justerare: list[str] = Field(default_factory=list)
    paragraph_range: str | None = None
    beslutande: list[str] = Field(default_factory=list, description="Beslutande, as the protokoll lists them.")
    tjanstgorande_ersattare: list[str] = Field(
        default_factory=list, description="Ersättare who took part in the decisions: 'Name för Name'.")
    ersattare: list[str] = Field(default_factory=list, description="Ersättare present without taking part.")
    has_protokoll: bool = Field(False, description="False: only the proposals are known, no decisions yet.")
    sources: list[SourceDocumentOut] = Field(default_factory=list)

    @staticmethod
    def fields_of(view: MeetingView) -> dict[str, object]:
        return {
            "id": view.id, "committee": view.committee, "date": view.date, "time": view.time, "place": view.place,
            "chair": view.chair, "source": view.sources[0].file_name if view.sources else "",
            "secretary": view.secretary, "justerare": list(view.justerare), "paragraph_range": view.paragraph_range,
            "beslutande": list(view.beslutande),
            "tjanstgorande_ersattare": [f"{e.name} för {e.replaces}" if e.replaces else e.name
                                        for e in view.tjanstgorande_ersattare],
            "ersattare": list(view.ersattare),
            "has_protokoll": view.has_protokoll,
            "sources": [SourceDocumentOut(document_id=s.document_id, kind=s.kind, title=s.title,  # type: ignore[arg-type]
                                          file_name=s.file_name) for s in view.sources],
        }

    @classmethod
    def from_view(cls, view: MeetingView) -> MeetingOut:
        return cls(**cls.fields_of(view))  # type: ignore[arg-type]


class BoardCitationOut(CitationOut):
    basis: Literal["proposal", "decision"] | None = Field(
        None, description="'proposal': förvaltningens förslag (kallelse); 'decision': the protokoll's beslut.")
    label: str | None = Field(None, description="Board-style label, e.g. 'Socialnämnden 2023-02-22 § 18, SOCN/2023:17, rad 107'.")


class TjansteskrivelseOut(BaseModel):
    """What the kallelse's tjänsteskrivelse says about itself (its letterhead and closing lines)."""

    handlaggare: str | None = Field(description="Vår handläggare / Handläggare.")
    date: str | None = Field(description="The skrivelse's date, YYYY-MM-DD.")
    send_to: list[str] = Field(description="Its 'Beslutet skickas till' / 'Expedieras till'.")


class ItemOut(BaseModel):
    """One ärende: agenda number, §, proposal and decision, each cited."""

    number: str | None = Field(description="Agenda number in the kallelse ('5', '5.-16'); the § when there is none.")
    paragraph: str | None = Field(description="§ number in the protokoll ('18', '49–60'); null without a protokoll.")
    title: str
    diarienummer: str | None
    sekretess: bool = Field(description="A sekretess ärende: listed by number only, nothing under it is shown.")
    proposal: str | None = Field(description="Förvaltningens förslag till beslut (from the kallelse).")
    decision: str | None = Field(description="The board's beslut (from the protokoll).")
    outcome: OutcomeLabel | None
    citations: list[BoardCitationOut]
    follows_proposal: bool | None = None
    yrkanden: list[str] = Field(default_factory=list)
    votes: str | None = None
    reservationer: list[str] = Field(default_factory=list)
    handlaggare: str | None = Field(None, description="The tjänsteskrivelse's handläggare (from the kallelse).")
    send_to: list[str] = Field(default_factory=list, description="'Beslutet skickas till': the protokoll's, "
                               "else the tjänsteskrivelse's.")
    tjansteskrivelse: TjansteskrivelseOut | None = Field(
        None, description="The tjänsteskrivelse's handläggare, date and recipients; null without one. (Its date is "
        "here, not at the item's top level, where a case entry's 'date' is the meeting's.)")

    @classmethod
    def from_item(cls, item: ItemView) -> ItemOut:
        return cls(number=item.number, paragraph=item.paragraph, title=item.title, diarienummer=item.diarienummer,
                   sekretess=item.sekretess, proposal=item.proposal, decision=item.decision,
                   outcome=item.outcome,  # type: ignore[arg-type]
                   citations=[citation_out(c) for c in item.citations], follows_proposal=item.follows_proposal,
                   yrkanden=list(item.yrkanden), votes=item.votes, reservationer=list(item.reservationer),
                   handlaggare=item.handlaggare, send_to=list(item.send_to),
                   tjansteskrivelse=TjansteskrivelseOut(handlaggare=item.handlaggare, date=item.written,
                                                        send_to=list(item.proposal_send_to))
                   if item.handlaggare or item.written or item.proposal_send_to else None)


def citation_out(c: Citation) -> BoardCitationOut:
    return BoardCitationOut(**CitationOut.from_citation(c).model_dump())


class MeetingListOut(BaseModel):
    meetings: list[MeetingOut]


class MeetingDetailOut(MeetingOut):
    items: list[ItemOut]

    @classmethod
    def from_view(cls, view: MeetingView) -> MeetingDetailOut:
        return cls(**MeetingOut.fields_of(view), items=[ItemOut.from_item(i) for i in view.items])  # type: ignore[arg-type]


class CaseEntryOut(ItemOut):
    """An ärende at one meeting."""

    meeting_id: str
    committee: str | None
    date: str | None

    @classmethod
    def from_entry(cls, entry: CaseEntry) -> CaseEntryOut:
        return cls(**ItemOut.from_item(entry.item).model_dump(), meeting_id=entry.meeting_id,
                   committee=entry.committee, date=entry.date)


class CaseOut(BaseModel):
    diarienummer: str
    title: str
    timeline: list[CaseEntryOut] = Field(description="The ärende at every meeting, in date order.")

    @classmethod
    def from_entries(cls, diarienummer: str, entries: list[CaseEntry]) -> CaseOut:
        """The timeline of one ärende, named by its latest entry."""
        return cls(diarienummer=entries[-1].item.diarienummer or diarienummer, title=entries[-1].item.title,
                   timeline=[CaseEntryOut.from_entry(e) for e in entries])


class DecisionListOut(BaseModel):
    decisions: list[CaseEntryOut] = Field(description="Decided ärenden, newest first.")


class SummaryIn(BaseModel):
    meeting_id: str = Field(min_length=1, max_length=200, description="Id from /api/meetings.")


class SummarySentenceOut(BaseModel):
    number: str | None
    paragraph: str | None
    text: str = Field(description="The sentence; its [n] markers point at `citations`.")
    citations: list[BoardCitationOut]
    writer: Literal["extractive", "llm"] = Field("extractive", description="Who phrased this sentence.")


class SummaryOut(BaseModel):
    meeting_id: str
    title: str
    sentences: list[SummarySentenceOut]
    markdown: str = Field(description="The draft as Markdown (also at /api/summaries/{meeting_id}/markdown).")
    writer: Literal["extractive", "llm"] = Field("extractive", description="'llm' when the LLM writer phrased at "
                                                 "least one ärende (verified); else 'extractive'.")
    dropped_sentences: int = Field(0, description="The model's sentences dropped by verification.")

    @classmethod
    def from_summary(cls, summary: Summary, markdown: str) -> SummaryOut:
        sentences = []
        n = 0
        for s in summary.sentences:
            cited = []
            for c in s.citations:
                n += 1
                cited.append(citation_out(c).model_copy(update={"n": n}))
            markers = " ".join(f"[{c.n}]" for c in cited)
            sentences.append(SummarySentenceOut(number=s.number, paragraph=s.paragraph, text=f"{s.text} {markers}",
                                                citations=cited, writer=s.writer))  # type: ignore[arg-type]
        return cls(meeting_id=summary.meeting.id, title=summary.title, sentences=sentences, markdown=markdown,
                   writer=summary.writer, dropped_sentences=summary.dropped_sentences)  # type: ignore[arg-type]
