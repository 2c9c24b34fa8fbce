"""Meetings, ärenden, decisions and cases from the catalog: kallelse and protokoll of one meeting joined, each
proposal and decision with a citation that says which of the two it rests on."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.lines import PageReader
from assistant.models import Citation
from index.board_catalog import BoardDocument
from index.catalog import Catalog, DocumentRecord
from ingest.issuer import place_key
from ingest.models import AgendaItem, BoardItem, Meeting, Passage, Substitute
from ingest.patterns import diarienummer_key
from ingest.protokoll_outcome import follows_proposal
from ingest.structure import match_agenda

Basis = str  # "proposal" (förvaltningens förslag in a kallelse) or "decision" (the protokoll's beslut)


@dataclass(frozen=True)
class MeetingSource:
    """A document a meeting comes from."""

    document_id: str
    kind: str  # kallelse | protokoll | tjänsteskrivelse (one on its own, not inside a kallelse)
    title: str
    file_name: str


@dataclass(frozen=True)
class ItemView:
    """One ärende of a meeting: the agenda line, the proposal (kallelse) and the decision (protokoll) joined."""

    number: str | None
    paragraph: str | None
    title: str
    diarienummer: str | None
    sekretess: bool
    proposal: str | None
    decision: str | None
    outcome: str | None
    follows_proposal: bool | None
    citations: tuple[Citation, ...]
    summary: str | None = None
    yrkanden: tuple[str, ...] = ()
    votes: str | None = None
    reservationer: tuple[str, ...] = ()
    handlaggare: str | None = None  # the tjänsteskrivelse's (kallelse)
    written: str | None = None  # the tjänsteskrivelse's date, YYYY-MM-DD
    proposal_send_to: tuple[str, ...] = ()  # the tjänsteskrivelse's "Beslutet skickas till"
    send_to: tuple[str, ...] = ()  # the protokoll's "Beslutet skickas till", else the tjänsteskrivelse's
    protokoll_item: BoardItem | None = None  # a sekretess § keeps only its heading (the parser stores nothing more)
    protokoll_id: str | None = None
    kallelse_id: str | None = None


@dataclass(frozen=True)
class MeetingView:
    """A meeting: who, when, where, its sources and its ärenden."""

    id: str
    committee: str | None
    date: str | None
    time: str | None
    place: str | None
    chair: str | None
    secretary: str | None
    justerare: tuple[str, ...]
    paragraph_range: str | None
    sources: tuple[MeetingSource, ...]
    items: tuple[ItemView, ...] = ()
    # Who took part, as the protokoll's first page lists them (empty for a meeting known only from its kallelse).
    beslutande: tuple[str, ...] = ()
    tjanstgorande_ersattare: tuple[Substitute, ...] = ()
    ersattare: tuple[str, ...] = ()

    @property
    def has_protokoll(self) -> bool:
        return any(s.kind == "protokoll" for s in self.sources)

    @property
    def is_meeting(self) -> bool:
        """Called or minuted: not only tjänsteskrivelser on their own, which no meeting in the documents takes up."""
        return any(s.kind in ("kallelse", "protokoll") for s in self.sources)


@dataclass(frozen=True)
class CaseEntry:
    """One step in a case's timeline: the ärende at one meeting."""

    meeting_id: str
    committee: str | None
    date: str | None
    item: ItemView


@dataclass
class _Group:
    protokoll: list[BoardDocument] = field(default_factory=list)
    kallelser: list[BoardDocument] = field(default_factory=list)
    skrivelser: list[BoardDocument] = field(default_factory=list)  # tjänsteskrivelser on their own

    @property
    def main(self) -> BoardDocument:
        return (self.protokoll or self.kallelser or self.skrivelser)[0]

    @property
    def is_meeting(self) -> bool:
        """Called or minuted (see MeetingView.is_meeting)."""
        return bool(self.protokoll or self.kallelser)


def committee_matches(committee: str | None, wanted: str | None) -> bool:
    """A committee filter compares names case- and accent-insensitively, and a short form matches its board
    ('social' finds 'Socialnämnden')."""
    if not wanted:
        return True
    return bool(committee) and _fold(wanted) in _fold(committee or "")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _slug(text: str | None) -> str:
    plain = unicodedata.normalize("NFKD", (text or "namnd").lower())
    return re.sub(r"[^a-z0-9]+", "-", "".join(c for c in plain if not unicodedata.combining(c))).strip("-") or "namnd"


class Meetings:
    """Read access to the board's meetings, assembled from the catalog. Every question asks for all of them (the
    board intents, the proposal/decision labels), so they are kept until the catalog's generation moves."""

    def __init__(self, catalog: Catalog, pages: PageReader | None = None) -> None:
        self.catalog = catalog
        # Page texts are read once per catalog generation, and shared with the citations' LinePlacer when given.
        self.pages = pages if pages is not None and pages.catalog is catalog else PageReader(catalog)
        self._all: dict[str | None, tuple[int, list[MeetingView]]] = {}
        self._bases: tuple[int, dict[tuple[str, str], tuple[MeetingView, ItemView, Basis]]] | None = None

    # --- meetings --------------------------------------------------------------------------------

    def list(self, committee: str | None = None) -> list[MeetingView]:
        """Every meeting, newest first (undated meetings last)."""
        views = [self._view(mid, group, with_items=False) for mid, group in self._groups().items() if group.is_meeting]
        views = [v for v in views if committee_matches(v.committee, committee)]
        return sorted(views, key=lambda v: (v.date or "", v.id), reverse=True)

    def get(self, meeting_id: str) -> MeetingView | None:
        group = self._groups().get(meeting_id)
        return self._view(meeting_id, group, with_items=True) if group and group.is_meeting else None

    def all(self, committee: str | None = None, skrivelser: bool = False) -> list[MeetingView]:
        """Every meeting with its ärenden, oldest first; with `skrivelser`, also each tjänsteskrivelse on its own that
        joins no meeting, as a view of its own (`is_meeting` false: its board, its ärenden, no date)."""
        generation = self.catalog.generation()
        kept = self._all.get(committee)
        if kept is None or kept[0] != generation:
            views = [self._view(mid, group, with_items=True) for mid, group in self._groups().items()]
            views = sorted((v for v in views if committee_matches(v.committee, committee)),
                           key=lambda v: (v.date or "9", v.id))
            kept = (generation, views)
            self._all[committee] = kept
        return [v for v in kept[1] if skrivelser or v.is_meeting]

    # --- cases and decisions ---------------------------------------------------------------------

    def case(self, diarienummer: str, committee: str | None = None) -> list[CaseEntry]:
        """The ärende with this diarienummer (any written form) at every meeting, in date order."""
        key = diarienummer_key(diarienummer)
        return [CaseEntry(m.id, m.committee, m.date, item) for m in self.all(committee) for item in m.items
                if item.diarienummer and diarienummer_key(item.diarienummer) == key]

    def decisions(self, q: str = "", date_from: str | None = None, date_to: str | None = None,
                  outcome: str | None = None, committee: str | None = None) -> list[CaseEntry]:
        """Decided ärenden (protokoll §§, not sekretess) whose title, diarienummer or decision holds every word of
        `q`, newest first."""
        words = [w for w in re.findall(r"[\wåäö/:.-]+", _fold(q)) if len(w) > 1]
        hits = []
        for meeting in self.all(committee):
            if (date_from and (meeting.date or "") < date_from) or (date_to and (meeting.date or "9") > date_to):
                continue
            for item in meeting.items:
                if item.decision is None or item.sekretess or (outcome and item.outcome != outcome):
                    continue
                text = _fold(" ".join(filter(None, (item.title, item.diarienummer, item.decision, item.proposal))))
                if all(w in text for w in words):
                    hits.append(CaseEntry(meeting.id, meeting.committee, meeting.date, item))
        return sorted(hits, key=lambda e: (e.date or "", e.item.paragraph or ""), reverse=True)

    # --- assembling ------------------------------------------------------------------------------

    def _groups(self) -> dict[str, _Group]:
        """Protokoll by municipality, board and date; each kallelse joins the protokoll of its date, else the one
        sharing most of its diarienummer, else forms a meeting of its own (only the proposals are known). Two
        municipalities' boards may meet the same day ("Kommunstyrelsen 2026-03-03" in an index of several): their
        documents never join, and each such meeting's id names its municipality."""
        documents = self.catalog.board_documents()
        issuers = {r.document_id: place_key(r.municipality) for r in self.catalog.documents() if r.municipality}
        groups: dict[tuple[str, str | None], _Group] = {}
        for doc in (d for d in documents if d.kind == "protokoll"):
            groups.setdefault(_own_key(doc, issuers), _Group()).protokoll.append(doc)
        for doc in (d for d in documents if d.kind == "kallelse"):
            target = self._home(doc, groups, issuers)
            groups.setdefault(target or _own_key(doc, issuers), _Group()).kallelser.append(doc)
        # A tjänsteskrivelse on its own joins the meeting whose ärenden share its diarienummer; else it stands alone.
        for doc in (d for d in documents if d.kind == "tjänsteskrivelse"):
            target = self._home(doc, groups, issuers)
            groups.setdefault(target or _own_key(doc, issuers), _Group()).skrivelser.append(doc)
        sharing = Counter(mid for mid, _ in groups)
        return {f"{mid}-{_slug(place)}" if place and sharing[mid] > 1 else mid: group
                for (mid, place), group in groups.items()}

    def _home(self, kallelse: BoardDocument, groups: dict[tuple[str, str | None], _Group],
              issuers: dict[str, str]) -> tuple[str, str | None] | None:
        m = kallelse.meeting
        place = issuers.get(kallelse.document_id)
        # A municipality unknown on either side does not part them (a letterhead the reader missed).
        candidates = {key: group for key, group in groups.items()
                      if not place or not key[1] or key[1] == place}
        if m.date:
            same = _meeting_id(m, kallelse.document_id)
            found = sorted((key for key in candidates if key[0] == same), key=lambda key: key[1] != place)
            if found:
                return found[0]
        keys = self._dnr_keys(kallelse.document_id)
        best, best_share = None, 0.0
        for key, group in candidates.items():
            first = group.main
            if _fold(first.meeting.committee or "") != _fold(m.committee or ""):
                continue
            if m.date and first.meeting.date and m.date != first.meeting.date:
                continue
            shared = len(keys & self._dnr_keys(first.document_id)) / len(keys) if keys else 0.0
            if shared > best_share:
                best, best_share = key, shared
        return best if best_share >= 0.5 else None

    def _dnr_keys(self, document_id: str) -> set[str]:
        return {diarienummer_key(i.diarienummer) for i in self.catalog.board_items(document_id) if i.diarienummer}

    def _view(self, meeting_id: str, group: _Group, with_items: bool) -> MeetingView:
        m = group.main.meeting
        date = m.date or next((k.meeting.date for k in group.kallelser if k.meeting.date), None)
        sources = tuple(self._source(d) for d in [*group.protokoll, *group.kallelser, *group.skrivelser])
        view = MeetingView(meeting_id, m.committee, date, m.time, m.place, m.chair, m.secretary, m.justerare,
                           m.paragraph_range, sources, beslutande=m.beslutande,
                           tjanstgorande_ersattare=m.tjanstgorande_ersattare, ersattare=m.ersattare)
        return replace(view, items=self._items(view, group)) if with_items else view

    def _source(self, doc: BoardDocument) -> MeetingSource:
        record = self.catalog.document(doc.document_id)
        return MeetingSource(doc.document_id, doc.kind, record.title if record else "", record.file_name if record else "")

    def _items(self, view: MeetingView, group: _Group) -> tuple[ItemView, ...]:
        kallelse = group.kallelser[0] if group.kallelser else None
        k_items = list(self.catalog.board_items(kallelse.document_id)) if kallelse else []
        home = {id(k): kallelse.document_id for k in k_items} if kallelse else {}
        # A tjänsteskrivelse on its own adds the ärenden the kallelse does not have (by diarienummer).
        called = {diarienummer_key(k.diarienummer) for k in k_items if k.diarienummer}
        for doc in group.skrivelser:
            for k in self.catalog.board_items(doc.document_id):
                if not (k.diarienummer and diarienummer_key(k.diarienummer) in called):
                    k_items.append(k)
                    home[id(k)] = doc.document_id
        if not group.protokoll:
            return tuple(self._item(view, None, None, k, home.get(id(k))) for k in k_items)
        protokoll = group.protokoll[0]
        out = []
        for p in self.catalog.board_items(protokoll.document_id):
            k = _counterpart(p, k_items)
            out.append(self._item(view, p, protokoll.document_id, k, home.get(id(k)) if k else None))
        return tuple(out)

    def _item(self, view: MeetingView, p: BoardItem | None, p_doc: str | None, k: BoardItem | None,
              k_doc: str | None) -> ItemView:
        base = p or k
        assert base is not None
        sekretess = base.sekretess or bool(k and k.sekretess)
        proposal = k.proposal if k and not sekretess else None
        decision = p.decision if p and not sekretess else None
        citations: list[Citation] = []
        if proposal and k_doc:
            citations.append(self.citation(len(citations) + 1, view, k_doc, k, proposal, "proposal"))
        if decision and p_doc and p:
            citations.append(self.citation(len(citations) + 1, view, p_doc, p, decision, "decision"))
        outcome = p.outcome if p else None
        follows = None
        if proposal and decision and outcome in ("beslutat enligt förslag", "beslutat med ändring"):
            follows = outcome == "beslutat enligt förslag" and follows_proposal(decision.text, proposal.text)
            outcome = "beslutat enligt förslag" if follows else "beslutat med ändring"
        return ItemView(
            number=k.number if k else (p.number if p else None), paragraph=p.paragraph if p else None,
            title=base.title,  # for a sekretess item the agenda's own wording ("Sekretessärende"), nothing more
            diarienummer=None if sekretess else (base.diarienummer or (k.diarienummer if k else None)),
            sekretess=sekretess, proposal=proposal.text if proposal else None,
            decision=decision.text if decision else None, outcome=outcome if p else None, follows_proposal=follows,
            citations=tuple(citations), summary=k.summary.text if k and k.summary and not sekretess else None,
            yrkanden=tuple(f"{y.by}: {y.text}" for y in p.yrkanden) if p and not sekretess else (),
            votes=(f"{p.votes.ja} ja, {p.votes.nej} nej, {p.votes.avstar} avstod" if p and p.votes else None),
            reservationer=p.reservationer if p and not sekretess else (),
            handlaggare=k.handlaggare if k and not sekretess else None, written=k.date if k and not sekretess else None,
            proposal_send_to=k.skickas_till if k and not sekretess else (),
            send_to=() if sekretess else ((p.skickas_till if p else ()) or (k.skickas_till if k else ())),
            protokoll_item=p, protokoll_id=p_doc, kallelse_id=k_doc,
        )

    def citation(self, n: int, view: MeetingView, document_id: str, item: BoardItem, passage: Passage,
                 basis: Basis, quote: str | None = None) -> Citation:
        """A citation of a passage of a kallelse or protokoll, labelled the way a secretariat writes it."""
        record = self.catalog.document(document_id)
        chunk = self.catalog.chunk_at(document_id, passage.page, passage.line)
        quote = quote or self._sentence_start(document_id, passage)
        return Citation(
            n=n, chunk_id=chunk.chunk_id if chunk else "", document_id=document_id,
            source=record.file_name if record else "", title=record.title if record else "",
            page=passage.page, line_start=passage.line, line_end=passage.line + quote.count("\n"),
            section=chunk.section if chunk else item.title, diarienummer=item.diarienummer, quote=quote,
            basis=basis, label=board_label(view, item, passage, basis),
        )

    def _sentence_start(self, document_id: str, passage: Passage) -> str:
        """The passage's first line, and when it only leads in ("Kommunfullmäktige beslutar" / "att fastställa …"),
        the lines after it to the end of its sentence, as far as they stand so on its page (a quote stands on one)."""
        lines = [line.strip() for line in passage.text.strip().split("\n")]
        quote = lines[0]
        if len(lines) == 1 or quote.endswith((".", "!", "?")):
            return quote
        page = self.pages.document(document_id).pages.get(passage.page)
        for line in lines[1:8]:
            if page is None or f"{quote}\n{line}" not in page.text:
                break
            quote = f"{quote}\n{line}"
            if line.endswith((".", "!", "?")):
                break
        return quote

    def labelled(self, citations: Sequence[Citation]) -> tuple[Citation, ...]:
        """Citations of an ordinary answer with what the catalog knows: a passage of a kallelse's ärende rests on a
        proposal, one of a protokoll's § on a decision, and both get the board-style label. Others stay as they are."""
        # A citation may already know it rests on a proposal (its passage stands under "Förslag till beslut"); the
        # board-style label is still added here.
        if not any(c.diarienummer and c.label is None for c in citations):
            return tuple(citations)
        found = self._item_bases()
        out = []
        for c in citations:
            match = found.get((c.document_id, diarienummer_key(c.diarienummer))) if c.diarienummer else None
            if match is None or c.label is not None:
                out.append(c)
                continue
            view, item, basis = match
            label = board_label(view, item, Passage(c.quote, c.page, c.line_start), basis)
            out.append(replace(c, basis=basis, label=label))
        return tuple(out)

    def _item_bases(self) -> dict[tuple[str, str], tuple[MeetingView, ItemView, Basis]]:
        """(document id, diarienummer key) → the meeting, ärende and basis of a kallelse's or protokoll's ärende: the
        first kallelse that lists it, the last protokoll. Kept until the catalog's generation moves, as `all` is:
        built per answer, its diarienummer keys (a regular expression each) were a tenth of the time after the
        embedding."""
        generation = self.catalog.generation()
        if self._bases is not None and self._bases[0] == generation:
            return self._bases[1]
        found: dict[tuple[str, str], tuple[MeetingView, ItemView, Basis]] = {}
        for view in self.all():
            # Every export of the meeting's documents (the packet as PDF and as text) holds the same ärenden.
            kallelser = [s.document_id for s in view.sources if s.kind == "kallelse"]
            protokoll = [s.document_id for s in view.sources if s.kind == "protokoll"]
            for item in view.items:
                if not item.diarienummer:
                    continue
                key = diarienummer_key(item.diarienummer)
                for document_id in kallelser:
                    found.setdefault((document_id, key), (view, item, "proposal"))
                for document_id in protokoll:
                    found[(document_id, key)] = (view, item, "decision")
        self._bases = (generation, found)
        return found

    def _page_lines(self, document_id: str) -> tuple[DocumentRecord | None,
                                                     list[tuple[int | None, list[str], tuple[tuple[int, int], ...]]]]:
        """The document's record and the lines of its page text, page by page: the page number for a PDF, None for a
        text export (its one page has no number in citations); with each page, where each of its lines stands in the
        source (the first and last line of the file, or of the PDF page), as a citation gives it."""
        found = self.pages.document(document_id)
        return found.record, [(number, page.lines, page.placed) for number, page in found.pages.items()]

    def position(self, citation: Citation) -> tuple[int | None, int]:
        """Where a citation's quote stands in the catalog's page text, the lines `locate` reads: a passage's line
        is its source file's, and a text export's page text leaves out blank lines and joins wrapped ones, so line
        300 of the file may be line 250 of the page. The occurrence of the quote's first line nearest at or above
        the source line is taken (the page text has no more lines than the file); the line as given when none."""
        first = citation.quote.split("\n")[0].strip()
        for page, page_lines, _ in self._page_lines(citation.document_id)[1]:
            if page != citation.page or not first:
                continue
            lines = [k + 1 for k, line in enumerate(page_lines) if first in line]
            above = [k for k in lines if k <= citation.line_start]
            if above or lines:
                return page, max(above) if above else min(lines, key=lambda k: abs(k - citation.line_start))
        return citation.page, citation.line_start

    def locate(self, view: MeetingView, document_id: str, anchor: str, near: tuple[int | None, int] | None = None,
               basis: Basis | None = "decision", after: tuple[int | None, int] | None = None,
               whole_word: bool = False) -> Citation | None:
        """A citation of the line of a meeting document's page text that holds `anchor` (a name, a place: the first
        page's fields), so meeting facts are cited like everything else: at the lines of the source file (of the PDF
        page) that line was read from, as ingest placed it, not at its number in the page text. With `near` (page,
        line of the page text, as `position` gives it) the occurrence closest before that place is taken (a
        tjänsteskrivelse's letterhead stands above its proposal); with `after`, the first one at or after it (a
        decision's recipients follow it). With `whole_word`, the anchor stands as a word of its own ("akten", not
        "kontakten")."""
        pattern = re.compile(rf"(?<!\w){re.escape(anchor)}(?!\w)") if whole_word else None
        found: list[tuple[int | None, int, str]] = []
        record, pages = self._page_lines(document_id)
        source: dict[tuple[int | None, int], tuple[int, int]] = {}
        for page, lines, placed in pages:
            # A line the catalog did not place (an empty page's) is none to cite.
            hits = [(page, offset + 1, line) for offset, line in enumerate(lines[:len(placed)])
                    if anchor in line and (pattern is None or pattern.search(line))]
            source.update(((page, line), placed[line - 1]) for _, line, _ in hits)
            found.extend(hits)
            if found and near is None and after is None:
                break
        if not found:
            return None
        order = {p: k for k, p in enumerate(dict.fromkeys(page for page, *_ in pages))}
        if near is not None:
            target = (order.get(near[0], 0), near[1])
            before = [f for f in found if (order[f[0]], f[1]) <= target]
            found = [max(before, key=lambda f: (order[f[0]], f[1]))] if before else found
        elif after is not None:
            start = (order.get(after[0], 0), after[1])
            later = [f for f in found if (order[f[0]], f[1]) >= start]
            found = [min(later, key=lambda f: (order[f[0]], f[1]))] if later else found
        page, line, text = found[0]
        first, last = source[(page, line)]
        chunk = self.catalog.chunk_at(document_id, page, first)
        kind = next((s.kind for s in view.sources if s.document_id == document_id),
                    "protokoll" if basis == "decision" else "kallelse")
        return Citation(
            n=1, chunk_id=chunk.chunk_id if chunk else "", document_id=document_id,
            source=record.file_name if record else "", title=record.title if record else "",
            page=page, line_start=first, line_end=last, section=chunk.section if chunk else "",
            diarienummer=None, quote=text.strip(), basis=basis,
            label=", ".join(filter(None, (f"{view.committee or 'Nämnden'} {view.date or ''}".strip(),
                                          kind, f"s. {page}" if page else f"rad {first}" if kind != "protokoll" else None))),
        )


def board_label(view: MeetingView, item: BoardItem | ItemView, passage: Passage, basis: Basis) -> str:
    """'Socialnämnden 2023-05-17 § 52, SOCN/2023:17, s. 7'; a proposal names its agenda point and says förslag."""
    who = " ".join(filter(None, (view.committee or "Nämnden", view.date)))
    where = f"§ {item.paragraph}" if basis == "decision" and item.paragraph else \
        f"punkt {item.number}, förslag" if item.number else "tjänsteskrivelse, förslag"
    place = f"s. {passage.page}" if passage.page is not None else f"rad {passage.line}"
    return ", ".join(filter(None, (f"{who} {where}", item.diarienummer, place)))


def first_line(text: str) -> str:
    """A quote that stands on one page: the passage's first line."""
    return text.strip().split("\n", 1)[0].strip()


def _own_key(doc: BoardDocument, issuers: dict[str, str]) -> tuple[str, str | None]:
    """A meeting document's own group: its meeting's id and its municipality (None when its issuer is unknown)."""
    return _meeting_id(doc.meeting, doc.document_id), issuers.get(doc.document_id)


def _meeting_id(meeting: Meeting, document_id: str) -> str:
    """Readable and stable: 'socialnamnden-2023-02-22'; without a date, the document's id."""
    return f"{_slug(meeting.committee)}-{meeting.date or document_id[:10]}"


def _counterpart(p: BoardItem, k_items: list[BoardItem]) -> BoardItem | None:
    """The kallelse's agenda line for a §: same diarienummer, else both sekretess, else the closest title."""
    if p.diarienummer:
        key = diarienummer_key(p.diarienummer)
        found = next((k for k in k_items if k.diarienummer and diarienummer_key(k.diarienummer) == key), None)
        if found:
            return found
    if p.sekretess:
        return next((k for k in k_items if k.sekretess), None)
    candidates = tuple(AgendaItem(str(n), k.title, k.diarienummer) for n, k in enumerate(k_items)
                       if not k.sekretess and not (k.diarienummer and p.diarienummer))
    match = match_agenda(p.title, candidates)
    return k_items[int(match.nr)] if match else None
