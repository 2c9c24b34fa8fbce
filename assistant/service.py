"""The Assistant: the one facade the web app and the CLI call, wired from Settings."""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from assistant.board import BoardAnswerer
from assistant.calibration import load_calibration
from assistant.change import asks_change, with_change
from assistant.conversations import (
    ConversationStore,
    PostgresConversationStore,
    follow_up_context,
    make_conversation_store,
    standalone_question,
)
from assistant.errors import InvalidFilter, InvalidQuestion, NotFound
from assistant.extractive import ExtractiveAnswerer, sentence_texts
from assistant.extremes import DEVIATION_TERMS, table_ask, with_table_comparison
from assistant.injection import without_instructions
from assistant.lines import LinePlacer, PageReader
from assistant.listing import asks_which, caption_of, with_table_rows
from assistant.llm_writer import LLMWriter
from assistant.meetings import Meetings, MeetingView, committee_matches
from assistant.models import IDENTITY_NUMBER_REFUSAL, Answer, Hit, Series, no_board_documents
from assistant.query import (
    QueryPlan,
    asks_forward,
    asks_part_of_year,
    asks_past,
    concept_weights,
    names_this_year,
    plan_query,
)
from assistant.retrieval import Retriever
from assistant.scope import Scope, municipal_scope, scoped_counts, without_place_terms
from assistant.series import asks_development, series_from, with_compared_years, with_outcome_of_year, with_series
from assistant.settings import Settings
from assistant.spelling import corrected, corrections
from assistant.summary import Summary, summarise
from assistant.summary_writer import write_summary
from assistant.writers import AnswerStream, AnswerWriter, ExtractiveWriter
from index.catalog import DocumentRecord
from index.catalog_store import check_database_url, make_catalog_store
from index.doctor import sentence_vectors_sampled
from index.embedders import make_embedder, surely_within, token_count
from index.embedding_cache import make_embedding_cache
from index.errors import ConfigurationError
from index.pg_database import open_database
from index.store import Index, IngestOutcome, IngestReport, SearchFilter
from index.swedish import terms
from index.uploads import Upload, ingest_uploads, reindex, remove_document
from index.vector_store import make_vector_store
from ingest.models import DOCUMENT_TYPES, ROW_KINDS, AgendaItem, Chunk
from ingest.patterns import diarienummer_in, years_in
from ingest.privacy import asks_identity_number

MAX_PLAN_YEARS = 4  # a comparison names two or three years


_LOG = logging.getLogger(__name__)


def _warn_without_sentence_vectors(index: Index, settings: Settings) -> None:
    """Most sampled sentences without a vector: the index was ingested with another embedding cache (or it was
    deleted). Answers then choose sentences without the question–sentence similarity — worse, and silently."""
    missing, sampled = sentence_vectors_sampled(index)
    if sampled and missing * 2 > sampled:
        _LOG.warning("%d av %d provade meningar saknar vektor i inbäddningscachen %s: svaren väljs då utan "
                     "likheten mellan fråga och mening. Kör `namnd doctor --repair` (eller ange den cache som "
                     "indexet byggdes med, NAMND_EMBEDDING_CACHE).", missing, sampled, settings.embedding_cache_path)


@dataclass(frozen=True)
class DocumentView:
    """A document's catalog record with its pages and agenda, for display."""

    record: DocumentRecord
    pages: list[tuple[int, str]]
    agenda: list[AgendaItem]


@dataclass
class Conversations:
    """Recent questions per conversation in process memory, so a follow-up ('Och 2021?') is read with its
    predecessor. `from_settings` uses the SQLite `ConversationStore` instead (survives restarts, shared)."""

    limit: int = 1000
    _history: OrderedDict[str, list[str]] = field(default_factory=OrderedDict)

    def context_for(self, conversation_id: str | None, question: str) -> str:
        if not conversation_id or conversation_id not in self._history:
            return ""
        return follow_up_context(self._history[conversation_id][-1], question)

    def remember(self, conversation_id: str, question: str, standalone: str | None = None) -> None:
        self._history.setdefault(conversation_id, []).append(standalone or question)
        self._history.move_to_end(conversation_id)
        while len(self._history) > self.limit:
            self._history.popitem(last=False)


@dataclass
class Assistant:
    """Ingest, search, answer and browse: everything a surface needs, with validation at the door."""

    settings: Settings
    index: Index
    retriever: Retriever
    answerer: ExtractiveAnswerer
    conversations: Conversations | ConversationStore | PostgresConversationStore = field(default_factory=Conversations)
    # Writes the reply from the extractive answer (which decides whether anything may be said).
    writer: AnswerWriter = field(default_factory=ExtractiveWriter)
    _meetings: Meetings | None = field(default=None, init=False, repr=False, compare=False)
    _placer: LinePlacer | None = field(default=None, init=False, repr=False, compare=False)
    # The catalog's documents as of a generation: every question reads their issuers (assistant/scope.py).
    _documents_seen: tuple[int, list[DocumentRecord]] | None = field(default=None, init=False, repr=False,
                                                                     compare=False)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        settings = settings or Settings()
        if settings.answer_backend not in ANSWER_BACKENDS:
            raise ConfigurationError(
                f"Unknown answer backend '{settings.answer_backend}'. Valid: {', '.join(sorted(ANSWER_BACKENDS))}."
            )
        embedder = make_embedder(settings.embedding_backend, settings.embedding_model, settings.embedding_threads)
        if settings.database:
            check_database_url(settings.database)
            open_database(settings.database, settings.database_pool)  # the pool size holds for every store of it
        vectors = make_vector_store(settings.vector_backend, settings.vector_location)
        catalog = make_catalog_store(settings.database, settings.catalog_path)
        index = Index(catalog, vectors, embedder, make_embedding_cache(settings.database, settings.embedding_cache_path),
                      int(settings.max_file_mb * 1_000_000), lock_timeout=settings.lock_timeout)
        calibration = load_calibration(settings.calibration)
        if settings.min_evidence is not None:
            calibration = replace(calibration, threshold=settings.min_evidence)
        answerer = ExtractiveAnswerer(sources=settings.answer_sources)
        answerer.calibration = calibration
        answerer.arende_title = catalog.arende_title
        answerer.document_chunks = lambda document_id: sorted(catalog.chunks(catalog.chunk_ids(document_id)).values(),
                                                              key=lambda chunk: chunk.position)
        answerer.issuer = lambda document_id: getattr(catalog.document(document_id), "municipality", None)
        answerer.committee = lambda document_id: getattr(catalog.document(document_id), "committee", None)
        # Each candidate sentence's vector is computed at ingest; answering compares it with the question's.
        index.sentence_texts = sentence_texts
        _warn_without_sentence_vectors(index, settings)
        answerer.sentence_vectors = index.sentence_vectors
        answerer.query_vector = index.cached_query_vector
        writer = ANSWER_BACKENDS[settings.answer_backend](settings)
        retriever = Retriever(index, mode=settings.retrieval_mode, use_years=settings.year_rankings)
        conversations = make_conversation_store(settings.database, settings.conversations_path)
        return cls(settings, index, retriever, answerer, conversations, writer)

    # --- ingest ----------------------------------------------------------------------------------

    def ingest(self, paths: Iterable[Path], *, prune: bool = False,
               on_file: Callable[[Path, IngestOutcome], None] | None = None) -> IngestReport:
        return self.index.ingest(paths, prune=prune, on_file=on_file)

    def remove(self, name_or_id: str) -> DocumentRecord:
        for record in self.index.catalog.documents():
            if name_or_id in (record.document_id, record.file_name):
                remove_document(self.index, self.settings.uploads_path, record.document_id)  # an upload's file too
                return record
        raise NotFound(f"Inget dokument heter '{name_or_id}'.")

    def upload(self, uploads: Sequence[Upload]) -> IngestReport:
        """Keep received files under the uploads folder and ingest them (see index/uploads.py)."""
        return ingest_uploads(self.index, self.settings.uploads_path, uploads)

    def reindex(self, document_ids: Sequence[str] | None = None,
                on_document: Callable[[IngestOutcome], None] = lambda _o: None,
                on_locked: Callable[[], None] = lambda: None) -> IngestReport:
        """Parse the named documents (all when None) again from their source files; `on_locked` and `on_document`
        report progress (see index.uploads.reindex)."""
        ids = document_ids if document_ids is not None else [r.document_id for r in self.index.catalog.documents()]
        return reindex(self.index, ids, on_document, on_locked)

    def remove_by_id(self, document_id: str) -> IngestOutcome:
        """Remove one document (and its uploaded file); NotFound when no document has that id."""
        outcome = remove_document(self.index, self.settings.uploads_path, document_id)
        if outcome is None:
            raise NotFound("Det finns inget dokument med det id:t.")
        return outcome

    # --- questions -------------------------------------------------------------------------------

    def plan(self, question: str, context: str = "") -> QueryPlan:
        return self._plan(self.check_question(question), context)

    def _plan(self, question: str, context: str = "", reference_year: int | None = None) -> QueryPlan:
        """The plan of a question already checked (counting its tokens twice cost half a millisecond); "i år" is
        `reference_year`, by default the newest present year of any document (see _present_year)."""
        reference_year = reference_year or self._reference_year()
        plan = plan_query(question, reference_year, context, self.settings.synonyms)
        # A mistyped topic word (no document and no dictionary knows it) is read as the word the documents use — å, ä
        # and ö put back, one edit away, or a compound written apart joined (assistant/spelling.py): the plan reads
        # the corrected question, the answer keeps the one asked.
        fixes = corrections(plan, self.index.document_frequencies)
        if fixes:
            fixed = plan_query(corrected(question, fixes), reference_year, context, self.settings.synonyms)
            plan = replace(fixed, read_as=fixed.question)
        # Each asked year adds two searches to a comparison: a question listing fifty years must not cost fifty.
        return replace(plan, years=plan.years[:MAX_PLAN_YEARS]) if len(plan.years) > MAX_PLAN_YEARS else plan

    def search(self, question: str, k: int | None = None, filters: SearchFilter | None = None) -> list[Hit]:
        filters = self.check_filters(filters or SearchFilter())
        question = self.check_question(question)
        board = self._board_documents(filters)
        if board is None:
            return []
        self.retriever.prefetch_question(question)  # embedded while it is planned (see `_evidence`)
        return self.retriever.search(self._plan(question), k or self.settings.search_k, board)

    def with_conversations(self, conversations: Conversations | ConversationStore | PostgresConversationStore
                           ) -> Assistant:
        """A copy with its own conversations that shares this assistant's readers of the index — the meetings with
        their ärenden, the page lines citations are placed on, the document list. They hold nothing of a question and
        are rebuilt when the index's generation moves, so a copy need not build them again (`namnd serve` keeps one
        assistant for every question; the benchmark times each question on such a copy)."""
        copy = replace(self, conversations=conversations)
        copy._meetings, copy._placer = self.meetings, self.placer
        self._documents_now()
        copy._documents_seen = self._documents_seen
        return copy

    @property
    def meetings(self) -> Meetings:
        """Meetings, ärenden, decisions and cases from the catalog (one reader per Assistant, so its cache lasts)."""
        if self._meetings is None or self._meetings.catalog is not self.index.catalog:
            self._meetings = Meetings(self.index.catalog, self.placer.reader)
        return self._meetings

    @property
    def placer(self) -> LinePlacer:
        """Citations at their quote's source lines (one reader per Assistant, so its page cache lasts)."""
        if self._placer is None or self._placer.catalog is not self.index.catalog:
            self._placer = LinePlacer(PageReader(self.index.catalog))
        return self._placer

    def summary(self, view: MeetingView) -> Summary:
        """The secretary's draft of a meeting: extractive, or phrased by the LLM writer when one is configured
        (verified per sentence, extractive per ärende where nothing holds)."""
        draft = summarise(self.meetings, view)
        return write_summary(self.writer, draft) if isinstance(self.writer, LLMWriter) else draft

    def _board_documents(self, filters: SearchFilter) -> SearchFilter | None:
        """The filters narrowed to the asked board's documents (within the documents they already name), so the
        dense side searches only them as the keyword side does: the vector store keeps no board, and leaving out
        other boards' hits after the fusion left fewer than k when they ranked first. None when no indexed document
        is the board's."""
        if not filters.committee:
            return filters
        wanted = set(filters.document_ids)
        ids = tuple(r.document_id for r in self._documents_now()
                    if committee_matches(r.committee, filters.committee) and (not wanted or r.document_id in wanted))
        return replace(filters, document_ids=ids) if ids else None

    def ask(self, question: str, conversation_id: str | None = None,
            filters: SearchFilter | None = None, history: Sequence[str] = ()) -> Answer:
        """Answer with citations, or abstain plainly; follow-ups are read with the previous question (of the
        conversation, or the last of `history` when the caller keeps the conversation, as OpenAI clients do)."""
        plan, hits, extractive = self._evidence(question, conversation_id, filters, history)
        if not hits:
            return extractive
        written = self.writer.write(plan, hits, extractive)
        # The extractive answer comes back as it is, already labelled (a citation labelled keeps its label).
        return written if written is extractive else self._labelled(written)

    def ask_stream(self, question: str, conversation_id: str | None = None,
                   filters: SearchFilter | None = None, history: Sequence[str] = ()) -> AnswerStream:
        """As `ask`, written piece by piece. Validation and retrieval happen now, the writing as it is consumed."""
        plan, hits, extractive = self._evidence(question, conversation_id, filters, history)
        stream = (self.writer if hits else ExtractiveWriter()).stream(plan, hits, extractive)
        # The writer's own citations (an LLM's) say proposal or decision too, on the final answer and the sources.
        events = (self._labelled(e) if isinstance(e, Answer) else e for e in stream.events)
        return replace(stream, sources=self.meetings.labelled(self.placer.placed(stream.sources)), events=events)

    def _labelled(self, answer: Answer) -> Answer:
        """Each citation at its quote's source lines, and whether each cited passage rests on a proposal (a
        kallelse's ärende) or a decision (a protokoll's §); a citation already labelled keeps its label."""
        return replace(answer, citations=self.meetings.labelled(self.placer.placed(answer.citations)))

    def _evidence(self, question: str, conversation_id: str | None, filters: SearchFilter | None,
                  history: Sequence[str] = ()) -> tuple[QueryPlan, list[Hit], Answer]:
        """The plan, the hits and the extractive answer (which decides whether anything may be said)."""
        filters = self.check_filters(filters or SearchFilter())
        question = self.check_question(question)
        # A conversation the caller did not name is new: it has no earlier turn to read.
        previous = history[-1] if history else (self.conversations.context_for(conversation_id, question)
                                                if conversation_id else "")
        conversation_id = conversation_id or uuid.uuid4().hex
        context = follow_up_context(previous, question) if previous else ""
        # The embedding is most of a question's time: it starts now, on another thread, so planning, the catalog's
        # board intents and the keyword side run meanwhile. A question the catalog answers has then been embedded in
        # vain, on the other core; waiting for planning and the board check cost every other question ~2 ms at p50
        # (dev2, timed in turn with and without).
        self.retriever.prefetch_question(question, context)
        plan = self._plan(question, context)
        # The page shows it as "Tolkad som: …" when it differs from what was typed (a follow-up, a corrected typo).
        standalone = self.writer.standalone(context, question, standalone_question(context, question)) if context \
            else plan.read_as or question
        # A question about a named municipality is answered from its documents only.
        scope, filters = self._scoped(question, plan, filters)
        if scope.refusal:
            self.conversations.remember(conversation_id, question, standalone)
            return plan, [], Answer(question, scope.refusal, True, (), conversation_id=conversation_id,
                                    standalone_question=standalone)
        if scope.document_ids:
            # "I år" of a named municipality is the newest present year of its own documents (a delårsrapport written
            # during it; a plan's first year), not that of another municipality's plan for next year in the same
            # index. "Förra året" alone keeps the index's newest year: an annual report or a follow-up of a year is
            # written the year after.
            own_year = self._reference_year(scope.document_ids) if names_this_year(f"{context} {question}") else None
            if own_year is not None and own_year != self._reference_year():
                plan = self._plan(question, context, own_year)
            plan = without_place_terms(plan, scope.document_ids, self._documents_now())
        if asks_identity_number(question):
            # Every personnummer was masked on reading (ingest/privacy.py): a sentence with the mask answers nothing.
            self.conversations.remember(conversation_id, question, standalone)
            return plan, [], Answer(question, IDENTITY_NUMBER_REFUSAL, True, (), conversation_id=conversation_id,
                                    standalone_question=standalone)
        # Questions about meetings, decisions and cases are answered from the catalog when one of its intents fits;
        # no hits then go to the writer, which passes such an answer through.
        board = BoardAnswerer(self.meetings, self.index.document_frequency).answer(plan, filters.committee, filters.document_ids)
        if board is not None:
            self.conversations.remember(conversation_id, question, standalone)
            return plan, [], replace(board, question=question, conversation_id=conversation_id,
                                     standalone_question=standalone, citations=self.placer.placed(board.citations))
        board_filters = self._board_documents(filters)
        if board_filters is None:
            self.conversations.remember(conversation_id, question, standalone)
            return plan, [], Answer(question, no_board_documents(filters.committee or ""), True, (),
                                    conversation_id=conversation_id, standalone_question=standalone)
        # The board catalog's answers below read the board's meetings by their own committee, as above.
        board_answers, filters = filters, board_filters
        # A question whose plan embeds other text than it could tell before planning (an English one with its
        # translations, a corrected typing error) starts it here; the rest were started above.
        self.retriever.prefetch(plan)
        self.conversations.remember(conversation_id, question, standalone)
        concept_weights(plan, self.index.document_frequency)
        hits = self.retriever.search(plan, max(10, self.settings.answer_sources), filters)
        df = scoped_counts(plan, scope.document_ids, self.index.document_frequency, self.index.documents_using) \
            if scope.document_ids else self.index.document_frequency
        answer = self.answerer.answer(plan, hits, self.index.neighbours, df)
        answer = without_instructions(answer)  # a sentence addressing a model is no evidence, quoted or not
        if plan.asks_case_number and not plan.diarienummer and not answer.abstained and not diarienummer_in(answer.text):
            # Asked for an ärende's number, answered with passages that state none: the number its meeting document
            # gives the ärende (an agenda's line under the item's title belongs to no passage's diarienummer).
            numbered = BoardAnswerer(self.meetings, self.index.document_frequency).case_number(
                plan, board_answers.committee, board_answers.document_ids)
            answer = replace(numbered, citations=self.placer.placed(numbered.citations), evidence=answer.evidence) \
                if numbered else answer
        # Rows read beyond the passages found stay within the documents the question may be answered from (its
        # municipality's, the caller's filters): in an index of several municipalities, another's "Hemtjänst" row is
        # no outcome or extreme of this one's.
        same_row = partial(self._same_row, where=filters)
        compared = self._table_compared(answer, plan, hits, filters)
        if compared is not answer:
            # Asked for a table's extreme row or the rows of one sign: read from the figures (see extremes.py).
            answer = compared
        elif not answer.abstained and asks_development(question):
            series = series_from(hits, same_row, question)
            answer = with_series(answer, series) if series else answer
        elif not answer.abstained and (year := _asked_outcome_year(plan)):
            # Asked a year's figure, found a row that only forecasts it: the row's outcome from another report.
            answer = with_outcome_of_year(answer, year, self._cited_chunks(answer), same_row,
                                          asks_past(plan.question))
        elif not answer.abstained and len(plan.years) > 1:
            # A comparison of years answered from some of them: the same rows from the other years' reports.
            answer = with_compared_years(answer, plan.years, self._cited_chunks(answer), same_row)
        elif not answer.abstained and asks_which(question):
            # Asked which ones, answered from a table: the table's other rows too.
            answer = with_table_rows(answer, self._cited_chunks(answer), self._table_rows)
        if not answer.abstained and asks_change(plan.question):
            # Asked by how much something changed, answered by a passage with both figures: their difference.
            answer = with_change(answer, plan.years, self._cited_chunks(answer))
        answer = self._labelled(answer)
        # The writer gets the question as it stands alone: a model cannot read "Och 2021?" by itself.
        writer_plan = replace(plan, question=standalone)
        # The answer is to the question as asked (the plan's may have its typing errors corrected).
        return writer_plan, hits, replace(answer, question=question, conversation_id=conversation_id,
                                          standalone_question=standalone)

    def series(self, question: str, filters: SearchFilter | None = None) -> Series | None:
        """The yearly outcomes of the table row the question is about, each with its citation (None if none)."""
        filters = self.check_filters(filters or SearchFilter())
        plan = self.plan(question)
        scope, filters = self._scoped(plan.question, plan, filters)
        board = self._board_documents(filters)
        if scope.refusal or board is None:
            return None
        hits = self.retriever.search(plan, 20, board)
        return series_from(hits, partial(self._same_row, where=board), question)

    def _scoped(self, question: str, plan: QueryPlan, filters: SearchFilter) -> tuple[Scope, SearchFilter]:
        """The documents a question naming a municipality may be answered from, and the filters narrowed to them."""
        scope = municipal_scope(question, plan.municipalities, self._documents_now(), self._documents_naming)
        return scope, replace(filters, document_ids=scope.document_ids) if scope.document_ids else filters

    def _documents_now(self) -> list[DocumentRecord]:
        generation = self.index.catalog.generation()
        if self._documents_seen is None or self._documents_seen[0] != generation:
            self._documents_seen = (generation, self.index.catalog.documents())
        return self._documents_seen[1]

    def _documents_naming(self, place: str) -> set[str]:
        """The documents whose text names a place (the keyword side finds them)."""
        ids = [cid for cid, _ in self.index.keyword(terms(place), 200, SearchFilter())]
        return {chunk.document_id for chunk in self.index.catalog.chunks(ids).values()}

    def _table_compared(self, answer: Answer, plan: QueryPlan, hits: Sequence[Hit], where: SearchFilter) -> Answer:
        ask = table_ask(plan.question)
        if ask is None or answer.abstained:
            return answer
        # The table may be none of the passages the answer drew on (their sentences said "underskott", its rows only
        # figures): the cited rows, the passages found, then the rows the keyword side finds for the question.
        cited = self._cited_chunks(answer)
        found = [cid for cid, _ in self.index.keyword(DEVIATION_TERMS, 50, replace(where, years=plan.years or where.years))]
        rows = self.index.catalog.chunks(found)
        candidates = list({c.chunk_id: c for c in (*cited, *(h.chunk for h in hits),
                                                    *(rows[i] for i in found if i in rows))}.values())
        return with_table_comparison(answer, ask, plan.question, plan.years, candidates, self._table_rows)

    def _cited_chunks(self, answer: Answer) -> list[Chunk]:
        """The chunks an answer cites, in the order of its citations, each once."""
        ids = list(dict.fromkeys(c.chunk_id for c in answer.citations))
        cited = self.index.catalog.chunks(ids)
        return [cited[i] for i in ids if i in cited]

    def _table_rows(self, row: Chunk) -> list[Chunk]:
        """The row facts of the table `row` stands in: same document, section and caption, in reading order."""
        chunks = self.index.chunks(self.index.catalog.chunk_ids(row.document_id)).values()
        return sorted((c for c in chunks if c.kind in ROW_KINDS and c.section_path == row.section_path
                       and caption_of(c) == caption_of(row)), key=lambda c: c.position)

    def _same_row(self, name: str, where: SearchFilter) -> list[Chunk]:
        """Row facts elsewhere in the documents `where` allows that may be the same row as `name` (the keyword side
        finds them)."""
        ids = [cid for cid, _ in self.index.keyword(terms(name), 50, where)]
        return list(self.index.catalog.chunks(ids).values())

    def check_question(self, question: str) -> str:
        text = (question or "").strip()
        if not text:
            raise InvalidQuestion("Frågan är tom. Skriv en fråga om nämndens handlingar.")
        limit = self.settings.max_question_chars
        if len(text) > limit:
            raise InvalidQuestion(f"Frågan är för lång ({len(text)} tecken). Högst {limit} tecken tillåts.")
        # Characters do not bound the model's work: tokens do (a 2 000-character question can be 400 of them).
        most = self.settings.max_question_tokens
        if surely_within(text, most):  # counting costs half a millisecond, before the question can be embedded
            return text
        tokens = token_count(self.index.embedder, text)
        if tokens > most:
            raise InvalidQuestion(f"Frågan är för lång ({tokens} ord och orddelar). Högst {most} tillåts: "
                                  "korta den eller dela upp den i flera frågor.")
        return text

    def check_filters(self, filters: SearchFilter) -> SearchFilter:
        bad_years = [y for y in filters.years if not 1900 <= y <= 2100]
        if bad_years:
            raise InvalidFilter(f"Ogiltigt år: {bad_years[0]}.")
        if not filters.document_types:
            return filters
        # A type the parser can give is valid even when no indexed document has it yet (it simply finds nothing);
        # the API's schema enumerates the same set.
        unknown = [t for t in filters.document_types if t not in DOCUMENT_TYPES]
        if unknown:
            raise InvalidFilter(f"Okänd dokumenttyp '{unknown[0]}'. Giltiga: {', '.join(DOCUMENT_TYPES)}.")
        return filters

    # --- browsing --------------------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        return self.index.catalog.documents()

    def document(self, document_id: str) -> DocumentView:
        record = self.index.catalog.document(document_id)
        if record is None:
            raise NotFound(f"Dokumentet '{document_id}' finns inte i indexet.")
        return DocumentView(record, self.index.catalog.pages(document_id), self.index.catalog.agenda(document_id))

    def _reference_year(self, document_ids: Sequence[str] = ()) -> int | None:
        """The newest present year of the documents (of those ids, when given; see _present_year): what "i år" and
        "förra året" count from."""
        # The documents as of the catalog's generation: reading and rebuilding every record was a tenth of a
        # question's planning, twice for a corrected question.
        wanted = set(document_ids)
        years = [_present_year(r) for r in self._documents_now() if r.years and (not wanted or r.document_id in wanted)]
        return max(years) if years else None


def _present_year(record: DocumentRecord) -> int:
    """The year a document speaks of as its present: a plan's first year (the year it is in force; "Budget 2026, plan
    2027–2028" is 2026's, the later years are plans ahead), any other document's newest."""
    return min(record.years) if record.document_type == "plan" else max(record.years)


def _asked_outcome_year(plan: QueryPlan) -> int | None:
    """The one year a quantity question writes out, when it asks for no month, no other part of the year and nothing
    forecast or planned."""
    written = set(plan.years) & set(years_in(plan.question))
    if not plan.quantity or plan.months or len(written) != 1 or asks_forward(plan.question) \
            or asks_part_of_year(plan.question):
        return None
    return next(iter(written))


def _llm_writer(settings: Settings) -> LLMWriter:
    return LLMWriter(base_url=settings.llm_base_url, model=settings.llm_model,
                     api_key=settings.llm_api_key.get_secret_value(), timeout=settings.llm_timeout,
                     max_tokens=settings.llm_max_tokens, sources=settings.answer_sources)


# Answer writers by name (NAMND_ANSWER_BACKEND); each builds from Settings.
ANSWER_BACKENDS: dict[str, Callable[[Settings], AnswerWriter]] = {
    "extractive": lambda _settings: ExtractiveWriter(),
    "llm": _llm_writer,
}
