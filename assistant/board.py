"""Questions about the board's work answered from the catalog: which ärenden a meeting took up, what was decided,
whether the proposal was followed, återremisser and bordläggningar, reservations, when an ärende was treated and
the meeting's own facts. Every statement cites the proposal or the decision it rests on."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date

from assistant.citations import validate
from assistant.features import MONTH_NAMES, asks_why, proposed_to_asked, term_set
from assistant.meetings import ItemView, Meetings, MeetingView
from assistant.models import ABSTAIN_TEXT, NO_DECISION, Answer, Citation
from assistant.query import DECISION_VERBS_PAST, Concept, QueryPlan, asks_decided
from assistant.synonyms import CANNOT_ATTEND, MONTHS
from index.swedish import terms
from ingest.models import Passage
from ingest.patterns import agenda_numbers, dates_in, diarienummer_key, paragraphs_in, section_label, years_in
from ingest.protokoll_outcome import has_vote_count
from ingest.protokoll_outcome import sentences as split_sentences

# Words of meeting procedure (kommunallagen 5–6 kap. and the wording of Swedish minutes): they say what kind of
# question it is, never which ärende, so they do not count when matching a question's topic to an ärende.
_PROCEDURE = frozenset(terms(
    "beslut besluta beslutade beslutet beslutades nämnd nämnden nämndens styrelse styrelsen förslag föreslog föreslå "
    "förvaltning förvaltningen förvaltningens ärende ärendet ärenden sammanträde sammanträdet möte mötet protokoll "
    "protokollet kallelse behandla behandlades behandlats reservera reserverade reservation återremiss "
    "återremitterade återremitterades bordlägga bordlades bordlagt yrkande yrkade följa följde utfall utfallet "
    "punkt paragraf dagordning handling handlingarna ta togs tagits upp fattade gällande angående om "
    "handläggare handlägger handlade handlagt tjänsteskrivelse tjänsteskrivelsen skrivelse skrivelsen "
    "kontakta kontaktperson kontaktpersonen "
    "daterad daterades daterat skrevs skriven skrivits upprättad upprättades upprättats "
    "justera justerare justeraren justering justerades ordförande ordföranden sekreterare sekreteraren "
    "expediera expedieras expedierades skicka skickas skickades mottagare "
    "omröstning omröstningen rösta röstade röster röst votering voteringen falla föll utfalla utföll utfaller "
    "bifall bifalla biföll avslag avslå avslog ja nej avstå avstod "
    # Deciding a matter (kommunallagen 5 kap.: ett ärende avgörs) and a reservation's written form (4 kap. 27 §: a
    # reservation may be motivated in writing, "skriftlig reservation", "lämnar en skriftlig motivering").
    "avgöra avgör avgörs avgjorde avgjordes avgjort avgjorts skriftlig skriftligt skriftliga motivering motiveringen "
    "lämna lämnar lämnade lämnat"
))
# When and where a meeting is held and who took part (a kallelse's letterhead, a protokoll's first page and the ways
# of asking about them, Swedish and English): they ask for a meeting's own facts and name no subject of it.
_MEETING_WORDS = frozenset(terms(
    "hålls hölls hållas träffas träffades träffa möts möttes mötas samlas samlades nästa kommande tid tiden klockan "
    "börjar började plats platsen lokal lokalen dag dagen datum äger ägde rum kommun kommunen kommunens närvarande "
    "närvarade deltog deltagare beslutande ersättare ersättarna ledamot ledamöter ledamöterna next upcoming held meet "
    "meets met meeting time place date present attended members"
))
_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:\.|:[ae]|st|nd|rd|th)?\s+(?:" + "|".join(MONTHS) + r")\b|"
                           r"\b(?:" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", re.I)
_MONTH_NUMBER = {m: f"{i:02d}" for i, m in enumerate(
    ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
     "december"), start=1)}

# A month joined to a word of the meeting names the meeting's period, not a topic: "aprilmötet",
# "februariprotokollet", "decembersammanträdet", "majkallelsen".
_MONTH_MEETING = re.compile(r"(" + "|".join(_MONTH_NUMBER) + r")(?:nämnd)?(?:möte|sammanträde|protokoll|kallelse)\w*",
                            re.I)

# Intents, by the verbs and nouns Swedish uses for them (general phrasings of meeting procedure), and the English
# ones for the same steps (decide, refer back, postpone, dissent, chair).
_SUMMARY = re.compile(r"\bsammanfatta\b|\bsammanfattning av (?:sammanträdet|mötet)", re.I)
_REMIT = re.compile(r"återremitt|återremiss|\breferred\s+back\b|\bsent\s+back\b", re.I)
_TABLED = re.compile(r"bordl[aä]|\bpostponed\b|\btabled\b", re.I)
# English minutes say a member "reserved" their position (the Swedish reservation) as well as "dissented".
_RESERVED = re.compile(r"reserv(?:erade|erat|erar|ation)|\breserved\b|\bdissent", re.I)
_FOLLOWED = re.compile(r"följde\b.*förslag|enligt (?:förvaltningens )?förslag|avvek\w* från\b.*förslag|"
                       r"(?:ändrade|ändrat)\b.*förslag", re.I)
# Asked which ärenden the board did not decide as proposed: changed, referred back or postponed.
_NOT_FOLLOWED = re.compile(r"\b(?:inte|ej|icke)\b.{0,30}\b(?:enligt|följ\w*)\b.{0,30}förslag|\bavvek\w*|"
                           r"\b(?:ändrade|ändrat|ändrades)\b.{0,30}förslag|\bnot\b.{0,20}\b(?:follow\w*|as\s+proposed)|"
                           r"\bdeviat\w*", re.I)
_WHEN = re.compile(r"^\s*när\b.*\b(?:behandla\w*|togs|tog\w*\s+upp|beslut\w*|uppe)\b", re.I)
_WHICH_ITEMS = re.compile(r"\bvilka\s+(?:ärenden|punkter|frågor)\b|\b(?:which|what)\s+(?:items|matters|cases)\b|"
                          r"\bon\s+the\s+agenda\b", re.I)
# A proposal alone ("förslag") is also what reports and utredningar make; only a proposal *till beslut* is the board's.
_DECIDED = re.compile(r"\bbeslut\w*|\bvad\s+hände\s+med\b|\bwhat\s+happened\s+(?:to|with)\b|"
                      # everyday Swedish for the same: "hur gick det (med …)", what the board "said" or thought of a
                      # matter (its yttrande), and what förvaltningen "wanted" (its proposal, asked beside the outcome)
                      r"\bhur\s+gick\s+det\b|\bvad\s+(?:sa|sade|tyckte|svarade)\s+(?:nämnden|styrelsen|fullmäktige|utskottet)\b|"
                      r"\bförvaltningen\s+(?:ville|önskade)\b|"
                      r"\bföreslog\s+förvaltningen\b|\bförvaltningen\s+föreslog\b|"
                      r"\bförslag(?:et)?\s+till\s+beslut\b|\butfall|\bdecide[ds]?\b|\bdecision|"
                      # a yes-or-no question in the verbs of a decision ("Biföll fullmäktige motionen?"): Swedish
                      # administrative language's past and perfect forms, and the English ones
                      + DECISION_VERBS_PAST, re.I)
_PROPOSAL_ASKED = re.compile(r"\bföresl\w*|\bförslag", re.I)
# The justering of the minutes (kommunallagen 5 kap. 69 §), and its English renderings as municipalities' English
# glossaries give them: the minutes checked, signed, verified, approved or adjusted, their checker or adjuster.
_JUSTERING = re.compile(r"\bjuster\w*|\bminutes\b[^.?!]{0,100}?\b(?:checked|signed|verified|approved|adjusted)\b|"
                        r"\b(?:check|sign|verify|approve|adjust)\w*\s+(?:of\s+)?(?:the\s+)?minutes\b|"
                        r"\bminutes[- ](?:checker|adjuster)s?\b", re.I)
# The secretary keeps the minutes (kommunallagen 5 kap. 69 §: "protokollet ska föras"): "Vem förde protokollet?",
# "protokollförare".
_SECRETARY = re.compile(r"\bvem\s+(?:var|är)\s+(?:nämnd)?sekreterare\b|\bvem\s+(?:förde|för|skrev)\s+protokoll|"
                        r"\bprotokollförare\b|\bwho\s+(?:kept|wrote)\s+the\s+minutes\b|"
                        r"\bwho\s+(?:was|took)\s+(?:the\s+)?(?:secretary|minutes)", re.I)
_CHAIR = re.compile(r"\bvem\s+(?:var|är)\s+ordförande\b|\bvem\s+ledde\b|\bwho\s+(?:chaired|led|was\s+(?:the\s+)?chair)", re.I)
_WHERE_WHEN_MEETING = re.compile(r"\b(?:när|var)\s+(?:och\s+(?:när|var)\s+)?(?:hölls|hålls|sammanträdde|sammanträder|ägde|äger)\b|"
                                 r"\b(?:when|where)\s+(?:and\s+(?:when|where)\s+)?(?:was|did|is|will|does)\b.*\b(?:meeting|meets?)\b|"
                                 r"\bvilken\s+(?:dag|tid|lokal|plats)\b.*\b(?:sammanträd|möte)|"
                                 # "I vilket rum träffades nämnden?", "In which room did the board meet?"
                                 r"\bvilke[nt]\s+(?:rum|lokal|sal|plats)\b.*\b(?:sammanträd|möt|träffa|hölls)|"
                                 r"\b(?:which|what)\s+(?:room|venue)\b.*\bmeet|"
                                 # "När är nästa sammanträde?", "Var blir mötet?", "När träffas nämnden?"
                                 r"\b(?:när|var|hur\s+dags)\s+(?:är|blir|börjar|ska|skall)\s+(?:\w+\s+){0,3}?"
                                 r"(?:sammanträd\w*|\w*möte\w*)\b|\b(?:när|var)\s+(?:träffas|möts|samlas)\b|"
                                 # "När och var har kommunstyrelsen sitt möte i mars?", "När hade nämnden sammanträde?",
                                 # "När har kultur- och fritidsnämnden i Stenvika sitt möte?" (the board's municipality)
                                 r"\b(?:när|var)\s+(?:och\s+(?:när|var)\s+)?(?:har|hade)\s+(?:[\w-]+\s+){1,4}?"
                                 r"(?:i\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:sammanträd\w*|\w*möte\w*)\b", re.I)
# Who took part: the protokoll's list of beslutande and ersättare (its first page). Taking part in general ("deltog",
# "attended") is about a meeting only when the question names one: "Hur många deltog i behandlingen?" is statistics.
_NEXT = re.compile(r"\b(?:nästa|kommande|next|upcoming)\b", re.I)
# A sentence of the minutes about the board's next meeting ("Nästa sammanträde hålls …", "Nämnden sammanträder
# nästa gång …").
_NEXT_MEETING = re.compile(r"\bnästa\s+(?:sammanträde|möte|nämndmöte|gång)\b", re.I)
_ATTENDANCE = re.compile(r"\bnärvarande\b|\bnärvarade\b|\bbeslutande\b|\bersättare\b|\bvilka\s+ledamöter\b", re.I)
_TOOK_PART = re.compile(r"\bdeltog\b|\bdeltagare\b|\battended\b|\bwas\s+present\b", re.I)
_MEETING_WORD = re.compile(r"sammanträd|\bmöte|nämndmöte|\bmeeting\b", re.I)
_SEKRETESS = re.compile(r"sekretess|\bconfidential\b", re.I)
_MOTIONED = re.compile(r"\byrka(?:de|r|t)?\b|\byrkande", re.I)
_VOTE = re.compile(r"omröstning|röstade|röster\b|\brösta(?:t)?\b|voter(?:ing|ade)|\bvot(?:e|ed|es|ing)\b", re.I)
# Who voted how, or abstained (a roll-call vote, kommunallagen 5 kap. 55 §): "Vem avstod?", "Vilka röstade nej?",
# "Who voted against …?", "Hur röstade Kent Ahlberg?" (a person named, see _motions).
_WHO_VOTED = re.compile(r"\b(?:vem|vilka|who|which\s+members)\b.{0,40}\b(?:röstade|avstod|avstår|voted|abstained)\b|"
                        r"\bavstod\b|\bavstår\b|\babstain", re.I)
# The sides of a vote, as a question asks for one ("Vilka röstade nej?", "Who voted against?", "Vem avstod?").
_VOTE_SIDES = {"ja": re.compile(r"röstade\s+ja\b|\bja-röst|voted\s+(?:yes|for|in\s+favou?r)\b", re.I),
               "nej": re.compile(r"röstade\s+nej\b|\bnej-röst|voted\s+(?:no|against)\b|röstade\s+emot\b", re.I),
               "avstår": re.compile(r"\bavst(?:od|år|ått)\b|\babstain", re.I)}
# The protokoll's anslagsbevis (kommunallagen 8 kap. 12 §: that the minutes are justerade is announced on the
# anslagstavla, with the day the notice goes up and comes down and where the minutes are kept). "Anslag" alone is
# also a budget appropriation: it asks for the notice only beside the minutes, the justering or the notice's verbs.
_POSTED = re.compile(r"anslagstavl|förvaringsplats|\bförvaras\b.{0,30}protokoll|protokoll\w*\b.{0,30}\bförvaras\b|"
                     r"\bnotice\s*board|"
                     r"\banslag\w*\b.{0,60}\b(?:protokoll\w*|juster\w*|upp|ned|ner)\b|"
                     r"\b(?:protokoll\w*|juster\w*)\b.{0,60}\banslag", re.I)
# The labels of the anslagsbevis in common minutes templates (SKR's and the municipalities' own).
_POSTED_LABELS = ("Anslaget sätts upp", "anslaget sätts upp", "anslags uppsättande", "Anslaget tas ned",
                  "anslaget tas ned", "Anslaget tas ner", "anslags nedtagande", "Förvaringsplats", "förvaringsplats")
# The tjänsteskrivelse's handläggare (its letterhead field): "Vem är handläggare för …", "Vem handlägger …".
# Words that put a numbered point on a meeting's agenda (kommunallagen 6 kap.: kallelse, föredragningslista).
_AGENDA_CONTEXT = re.compile(r"dagordning|föredragningslist|kallelse|sammanträd|\bmöte|\bärende|\bagenda\b|"
                             r"\bmeeting\b", re.I)
# Who a decision is sent to (kommunallagen's expediering; the protokoll's "Beslutet skickas till", "Expedieras till").
_SENT_TO = re.compile(r"\bexpedier\w*|\bmottagare\b|\b(?:sent|distributed)\s+to\b", re.I)
# "Skickas … till" is also said of letters and applications ("annars skickas det ett brev till familjen"): it asks for
# a decision's recipients only beside a word of the decision ("Vart skickas beslutet om …?").
_SENT = re.compile(r"\bskicka(?:s|des|ts)\b(?:\s+\S+){0,12}?\s+till\b|\btill\s+vilka\s+skicka\w*|\bvart\s+skicka\w*",
                   re.I)
# The same person as a contact ("Vem kan jag kontakta om …?", "kontaktperson").
# The handläggare writes the tjänsteskrivelse (Swedish administrative practice): "vem skrev skrivelsen" asks for them.
_HANDLER = re.compile(r"\bhandläggare\b|\bvem\b.{0,60}\bhandl(?:ägger|ade|agt|äggs)\b|\bkontaktperson\w*|"
                      r"\bvem\b.{0,40}\bkontakta\b|\bvem\b.{0,40}\b(?:skrev|skrivit|upprättade|upprättat)\b.{0,40}skrivels|"
                      r"\bcase officer\b|\bwho\b.{0,40}\b(?:handles|handled|wrote|prepared)\b.{0,40}\b(?:report|memo|case|matter)\b",
                      re.I)
# "Vem ska man kontakta om man inte kan komma …" asks where to report that one cannot attend (the kallelse's
# "Förhinder anmäls till …"), not who handles an ärende.
_CANNOT_ATTEND = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in CANNOT_ATTEND) + r")\b", re.IGNORECASE)
# When the tjänsteskrivelse was written (its letterhead's "Datum"): "När är tjänsteskrivelsen daterad?", "Vilket datum
# har skrivelsen …?", "När skrevs/upprättades tjänsteskrivelsen …?".
_WRITTEN = re.compile(r"\bdaterad\w*|\bnär\b.*\b(?:skrevs|skrivits|upprättades|upprättats)\b|"
                      r"\bvilket\s+datum\b.*\bskrivelse", re.I)


@dataclass
class _Writer:
    """Collects sentences and their citations; each sentence cites what it states."""

    meetings: Meetings
    citations: list[Citation]
    sentences: list[str]
    partial: bool = False  # a decision was asked for, but only the proposal is known
    said_unknown: bool = False  # the sentences themselves say that no protokoll is indexed
    decided: bool = False  # some decision is cited
    refused: bool = False  # the sentences say the asked meeting is not in the documents, and show what is

    def cite(self, view: MeetingView, entry: ItemView, basis: str, passage: Passage | None = None,
             quote: str | None = None) -> str:
        """Add a citation of the item's proposal or decision (or a passage of it) and return its marker."""
        existing = next((c for c in entry.citations if c.basis == basis), None)
        if passage is None and existing is None:
            return ""
        if passage is None and quote is None:
            citation = existing
        else:
            document_id = existing.document_id if existing else entry.protokoll_id
            item = entry.protokoll_item
            if document_id is None or item is None or passage is None:
                return ""
            citation = self.meetings.citation(0, view, document_id, item, passage, basis, quote)
        return f" [{self.add(citation)}]"

    def add(self, citation: Citation) -> int:
        """Keep a citation under the next number; that number."""
        n = len(self.citations) + 1
        self.citations.append(replace(citation, n=n))
        return n


class BoardAnswerer:
    """Answers the board intents from the catalog; None when the question is not one of them (or nothing fits)."""

    def __init__(self, meetings: Meetings, document_frequency: Callable[[str], int] = lambda _term: 1) -> None:
        self.meetings = meetings
        self.document_frequency = document_frequency
        self._missing: str | None = None  # the asked month or date, when no meeting in the documents has it

    def answer(self, plan: QueryPlan, committee: str | None = None, documents: tuple[str, ...] = ()) -> Answer | None:
        """An answer from the board catalog, or None; `documents`, when given, are the only ones the question may
        be answered from (a named municipality's, assistant/scope.py)."""
        question = plan.question
        plan = _month_compounds(plan)
        # Meetings, and each tjänsteskrivelse on its own: its ärende's proposal, handläggare, date and recipients are
        # asked about as a kallelse's are, but no question about a meeting is answered from it.
        views = self.meetings.all(committee, skrivelser=True)
        if documents:
            views = [v for v in views if any(s.document_id in documents for s in v.sources)]
        if not views:
            return None
        # A question that names a board ("kommunfullmäktiges sammanträde") is about that board's meetings.
        # An English question names the board in English ("the technical committee"): its Swedish translations count.
        asked = term_set(question) | (frozenset(plan.terms) if plan.english else frozenset())
        named = [v for v in views if v.committee and _board_stem(v.committee) in asked]
        if not named and any(_BOARD_NAME.fullmatch(term) for term in asked):
            return None  # another board's meetings than any indexed: not answered from these
        views = named or views
        # The asked period narrows the meetings; a year that names the topic ("årsredovisningen för 2022") and no
        # meeting falls back to all of them.
        scoped = _in_period(views, plan) or views
        # A question that names a § of the minutes is about that paragraph alone, in each meeting that has it.
        # So is one that names an agenda point of a meeting ("punkt 7 på dagordningen"; "punkt 3" alone may be a
        # plan's).
        points = plan.agenda_points if _AGENDA_CONTEXT.search(question) else ()
        numbered = _with_numbers(scoped if scoped is not views else _undated_of_year(views, plan), plan.paragraphs,
                                 points) if plan.paragraphs or points else []
        if (plan.paragraphs or points) and not numbered:
            return Answer(question, _no_number(scoped, plan.paragraphs, points, scoped is not views), True, ())
        scoped = numbered or scoped
        met = [v for v in scoped if v.is_meeting]
        # A month or day named, on which no meeting in the documents was held ("… när ärendet kom tillbaka i april"):
        # what was decided then is not known; an ärende of that month ("månadsrapporten för mars") is another matter.
        self._missing = None if numbered or not (plan.months or _asked_dates(plan)) or _in_period(views, plan) \
            else _asked_period(plan)
        handlers: list[tuple[bool, Callable[[], list[str] | None]]] = [
            (bool(_SUMMARY.search(question)), lambda: self._summary(met, plan)),
            (bool(_SEKRETESS.search(question)) and bool(_DECIDED.search(question)), lambda: None),
            (bool(_SEKRETESS.search(question)), lambda: self._secret(scoped)),
            (bool(_MOTIONED.search(question) or _VOTE.search(question)), lambda: self._motions(scoped, plan)),
            (bool(_RESERVED.search(question)), lambda: self._reserved(scoped, plan)),
            (bool(_REMIT.search(question) or _TABLED.search(question)), lambda: self._remitted(scoped, plan)),
            # Before the meeting's facts: "När är tjänsteskrivelsen … daterad?" asks about no meeting.
            (bool(_WRITTEN.search(question)), lambda: self._dated(views, plan)),
            # Before the justering: "När sattes anslaget om justeringen upp?" asks for the notice's date.
            (bool(_POSTED.search(question)), lambda: self._posted(met, plan)),
            (bool(_JUSTERING.search(question) or _CHAIR.search(question) or _SECRETARY.search(question)
                  or _WHERE_WHEN_MEETING.search(question)),
             lambda: self._meeting_facts(met, plan)),
            (bool(_ATTENDANCE.search(question) or _TOOK_PART.search(question) and _MEETING_WORD.search(question)),
             lambda: self._attendance(met, plan)),
            (bool(_HANDLER.search(question)) and not _CANNOT_ATTEND.search(question), lambda: self._handler(views, plan)),
            (bool(_SENT_TO.search(question) or _SENT.search(question) and _DECIDED.search(question)),
             lambda: self._sent_to(scoped, plan)),
            (bool(_WHEN.search(question)), lambda: self._when(views, plan)),
            (bool(_WHICH_ITEMS.search(question) and _NOT_FOLLOWED.search(question)),
             lambda: self._not_as_proposed(met)),
            # Which meeting's ärenden: the asked period's, or the only meeting there is.
            (bool(_WHICH_ITEMS.search(question)) and (scoped is not views or sum(v.is_meeting for v in views) == 1),
             lambda: self._agenda(met)),
            (bool(numbered), lambda: self._numbered(numbered, bool(plan.paragraphs))),
            (bool(plan.diarienummer), lambda: self._case(views, plan)),
            (bool(_FOLLOWED.search(question)), lambda: self._followed(scoped, plan)),
            # Asked why a decision was made or remade, the reason is in the passages, not in what was decided.
            (bool(_DECIDED.search(question)) and not asks_why(plan), lambda: self._decided(scoped, plan)),
        ]
        if _NEXT.search(question) and _WHERE_WHEN_MEETING.search(question) \
                and all(_has_protokoll(v) for v in views if v.is_meeting):
            # Only minutes of past meetings: the next meeting is not called in the documents, and the last one is no
            # answer. The latest minutes may say when the next is held ("Nästa sammanträde hålls den 19 juni 2024").
            stated = self._next_stated(question, views)
            if stated:
                return stated
            last = max((v.date for v in views if v.date and v.is_meeting), default=None)
            return Answer(question, "Det finns ingen kallelse till ett kommande sammanträde i handlingarna."
                          + (f" Det senaste sammanträdet i handlingarna hölls {last}." if last else ""), True, ())
        for applies, handler in handlers:
            if not applies:
                continue
            self._writer = _Writer(self.meetings, [], [])
            try:
                sentences = handler()
            except _Unknown as unknown:
                return Answer(question, str(unknown), True, ())
            if sentences is None and _SEKRETESS.search(question):
                return Answer(question, "Ärenden under sekretess protokollförs separat; besluten redovisas inte "
                              "här. " + ABSTAIN_TEXT, True, ())
            if sentences:
                text, kept = validate(" ".join(sentences), self._writer.citations)
                if kept:
                    # Asked what was proposed, the proposal is the whole answer even when no decision is known.
                    partial = self._writer.partial and not _asks_proposal(question)
                    if partial and not self._writer.decided and not self._writer.said_unknown and asks_decided(question):
                        # Asked what the board decided, and only förvaltningens proposal is in the documents: they
                        # do not answer, and say so first; the proposal follows as what they do hold.
                        return Answer(question, f"{NO_DECISION} {text}", True, tuple(kept), partial=True)
                    if self._writer.refused:
                        return Answer(question, text, True, tuple(kept), partial=True)
                    return Answer(question, text, False, tuple(kept), partial=partial)
            return None
        return None

    def case_number(self, plan: QueryPlan, committee: str | None = None, documents: tuple[str, ...] = ()
                    ) -> Answer | None:
        """The diarienummer of the ärende a question asks the number of, from the meeting documents' ärenden (see
        `_case_number`); None when no ärende with a number is asked about. The service asks this only when the
        passages' answer states no number: an agenda printing an item's number on the line under its title gives
        the passage no diarienummer of its own."""
        views = self.meetings.all(committee, skrivelser=True)
        if documents:
            views = [v for v in views if any(s.document_id in documents for s in v.sources)]
        self._writer = _Writer(self.meetings, [], [])
        sentences = self._case_number(views, plan) if views and plan.asks_case_number else None
        if not sentences:
            return None
        text, kept = validate(" ".join(sentences), self._writer.citations)
        return Answer(plan.question, text, False, tuple(kept)) if kept else None

    def _case_number(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        """The diarienummer of the asked ärende, cited where its meeting document prints it (the agenda's row, the
        line under the item's title, the § heading)."""
        out: list[str] = []
        said: set[str] = set()
        for view, item in [(v, i) for v, i in _best_items(views, plan, self.document_frequency) if i.diarienummer][:2]:
            if item.diarienummer in said:  # the same ärende called and decided: its number once
                continue
            for document_id, basis in ((item.kallelse_id, "proposal"), (item.protokoll_id, "decision")):
                citation = self.meetings.locate(view, document_id, item.diarienummer, basis=basis) if document_id \
                    else None
                if citation is not None:
                    said.add(item.diarienummer)
                    n = self._writer.add(replace(citation, diarienummer=item.diarienummer))
                    out.append(f"Ärendet «{item.title}» har diarienummer {item.diarienummer}. [{n}]")
                    break
        return out or None

    def _next_stated(self, question: str, views: list[MeetingView]) -> Answer | None:
        """The latest minutes' own word on when the next meeting is held, cited: a sentence of one of its §§ that
        names the next meeting and a date after this one."""
        met = [v for v in views if v.is_meeting]
        if not met:
            return None
        view = max(met, key=lambda v: v.date or "")  # an undated protokoll only when no dated one is indexed
        self._writer = _Writer(self.meetings, [], [])
        for item in view.items:
            body = item.protokoll_item.body if item.protokoll_item else ()
            for passage in body:
                for sentence in split_sentences(passage.text):
                    if _NEXT_MEETING.search(sentence) and any(d > (view.date or "") for d in dates_in(sentence)):
                        marker = self._writer.cite(view, item, "decision", passage, sentence.strip())
                        text, kept = validate(f"Enligt protokollet från {_at(view)}: {sentence.strip()}{marker}",
                                              self._writer.citations)
                        if kept:
                            return Answer(question, text, False, tuple(kept))
        return None

    # --- intents ---------------------------------------------------------------------------------

    def _decided(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        matches = _best_items(views, plan, self.document_frequency)
        out = [s for view, item in matches[:2] for s in self._item_sentences(view, item)]
        proposed_to = proposed_to_asked(matches[0][1].decision or "", plan.question) if matches else ""
        if out and proposed_to:
            # Asked what a board decided, found another body's decision to propose it to that board (a presidium's
            # or kommunstyrelsen's "föreslår kommunfullmäktige besluta att …"): the board's own decision is in no
            # document here, only the proposal.
            self._writer.refused = True
            return [f"Jag hittar inget beslut av {proposed_to} om det i handlingarna, bara ett förslag till "
                    f"{proposed_to}:", *out]
        if out and self._missing and not any(_names_month(item, plan, own=True) for _, item in matches[:2]):
            # Asked what was decided at a meeting the documents do not hold: not answered; what they do hold of
            # the ärende follows, as what is known.
            self._writer.refused = True
            return [f"Inget sammanträde i handlingarna är daterat {self._missing}, så vad som beslutades då framgår "
                    "inte. Det handlingarna säger om ärendet:", *out]
        return out or None

    def _numbered(self, views: list[MeetingView], by_paragraph: bool) -> list[str] | None:
        """The named paragraphs (or agenda points): the ärende each is about, and what was proposed and decided."""
        out = []
        for view in views:
            meeting = f"{_who(view).lower()}s sammanträde" + (f" {view.date}" if view.date else " (kallelsen är odaterad)")
            for item in view.items:
                marker = self._cite_heading(view, item)
                if by_paragraph or not item.number:
                    lead = f"{_where(item)} i protokollet från {meeting}"
                else:
                    also = f" ({_where(item)} i protokollet)" if item.paragraph else ""
                    lead = f"Punkt {item.number} i kallelsen till {meeting}{also}"
                out.append(f"{lead} gällde {_name(item)}.{marker}")
                out.extend(self._item_sentences(view, item))
        return out or None

    def _case(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        key = diarienummer_key(plan.diarienummer or "")
        sentences = [s for v in views for i in v.items if i.diarienummer and diarienummer_key(i.diarienummer) == key
                     for s in self._item_sentences(v, i)]
        return sentences or None

    def _followed(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        matches = [(v, i) for v, i in _best_items(views, plan, self.document_frequency) if i.proposal or i.decision]
        out = []
        for view, item in matches[:2]:
            out.extend(self._item_sentences(view, item))
        return out or None

    def _not_as_proposed(self, views: list[MeetingView]) -> list[str] | None:
        """The ärenden of the asked meetings whose decision departs from förvaltningens proposal (changed, referred
        back, postponed), each with the proposal and the decision cited."""
        out = []
        for view in views:
            for item in view.items:
                departs = item.follows_proposal is False or item.outcome in {"beslutat med ändring", "återremitterat",
                                                                            "bordlagt"}
                if item.sekretess or not item.decision or not departs:
                    continue
                out.append(f"{_at(view)}, § {item.paragraph} ({_name(item)}): {_outcome_sentence(item)}")
                out.extend(self._item_sentences(view, item))
        return out or None

    def _remitted(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        wanted = set()
        if _REMIT.search(plan.question):
            wanted.add("återremitterat")
        if _TABLED.search(plan.question):
            wanted.add("bordlagt")
        found = [(v, i) for v in views for i in v.items if i.outcome in wanted]
        focused = _filter_by_topic(found, plan, self.document_frequency)
        out = []
        for view, item in focused:
            verb = "återremitterades" if item.outcome == "återremitterat" else "bordlades"
            marker = self._writer.cite(view, item, "decision")
            out.append(f"{_name(item)} {verb} av {_at(view)}, § {item.paragraph}: "
                       f"{_quote_text(item.decision)}{marker}")
            body = item.protokoll_item.body if item.protokoll_item else ()
            for passage in [p for p in body if _RESERVED.search(p.text) and len(p.text) > 20][:2]:
                out.append(f"{passage.text.strip()}{self._writer.cite(view, item, 'decision', passage)}")
        return out or None

    def _reserved(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        found = [(v, i) for v in views for i in v.items if i.reservationer]
        # The question names an ärende whose minutes record no reservation: that is the answer, not another
        # ärende's reservations.
        named = [(v, i) for v, i in _best_items(views, plan, self.document_frequency) if i.protokoll_item]
        if named and not any(i.reservationer for _, i in named):
            view, item = named[0]
            raise _Unknown(f"Protokollet från {_who(view).lower()}s sammanträde{_on(view)}, § {item.paragraph} "
                           f"({item.title}), antecknar ingen reservation mot beslutet.")
        out = []
        for view, item in _filter_by_topic(found, plan, self.document_frequency):
            body = item.protokoll_item.body if item.protokoll_item else ()
            passages = [p for p in body if _RESERVED.search(p.text) and len(p.text) > 20]
            for passage in passages[:2]:
                marker = self._writer.cite(view, item, "decision", passage)
                out.append(f"{_at(view)}, § {item.paragraph} ({item.title}): {passage.text.strip()}{marker}")
            yrkanden = [p for p in body if re.search(r"\byrkar\b", p.text, re.I)]
            for passage in yrkanden[:3]:
                marker = self._writer.cite(view, item, "decision", passage)
                out.append(f"Yrkande: {passage.text.strip()}{marker}")
            if item.votes:
                out.append(f"Omröstning: {item.votes}.")
        return out or None

    def _secret(self, views: list[MeetingView]) -> list[str] | None:
        """Sekretess ärenden by number only, with the kallelse's agenda point they stood under."""
        out = []
        for view in views:
            for item in (i for i in view.items if i.sekretess):
                point = f" (punkt {item.number} i kallelsen)" if item.paragraph and item.number != item.paragraph else ""
                marker = self._cite_heading(view, item)
                out.append(f"{_at(view)}: {_where(item)}{point} är sekretessärende; det protokollförs "
                           f"separat och redovisas inte här.{marker}")
        return out or None

    def _motions(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        """Yrkanden in the asked ärenden (or by the named person), with the vote and the reservations."""
        # A name the question gives is a person's when the minutes name someone so (who moved or reserved): "i
        # Tallmora" names the municipality, and narrowing to the ärenden that mention it picks the wrong one.
        members = " ".join(text for v in views for i in v.items for text in (*i.yrkanden, *i.reservationer,
                                                                              *(n for n, _ in _roll_call(i))))
        people = [n for n in plan.proper_nouns if len(n) > 2 and n in members]
        if _VOTE.search(plan.question) and not people:
            # The question names an ärende whose minutes record no vote: that is the answer, not another's vote.
            named = [(v, i) for v, i in _best_items(views, plan, self.document_frequency) if i.protokoll_item]
            if named and not any(_told_vote(p.text) for _, i in named for p in i.protokoll_item.body):
                view, item = named[0]
                raise _Unknown(f"Protokollet från {_who(view).lower()}s sammanträde{_on(view)}, § {item.paragraph} "
                               f"({item.title}), antecknar ingen omröstning.")
        found = [(v, i) for v in views for i in v.items if i.protokoll_item and
                 any(_MOTIONED.search(p.text) for p in i.protokoll_item.body)]
        if _VOTE.search(plan.question) and not people:
            # Asked about votes ("Vilka ärenden avgjordes efter omröstning?"), the ärenden that had one.
            found = [(v, i) for v, i in found if i.votes] or found
        if people:
            named = [(v, i) for v, i in found if any(n in p.text for p in i.protokoll_item.body for n in people)]
            found = named or found
        out = []
        for view, item in _filter_by_topic(found, plan, self.document_frequency)[:3]:
            body = item.protokoll_item.body if item.protokoll_item else ()
            out.append(f"{_at(view)}, § {item.paragraph} ({_name(item)}):")
            # A label alone ("Yrkanden", "Omröstning", "Reservation") says nothing: its text is what is cited.
            told = [p for p in body if (_MOTIONED.search(p.text) or _told_vote(p.text) or _RESERVED.search(p.text))
                    and not section_label(p.text)]
            if _VOTE.search(plan.question):
                # Asked how a vote went, the passage with the count leads (the minutes may put reservations first).
                told.sort(key=lambda p: not has_vote_count(p.text))
            called = _roll_call(item)
            if called and (_WHO_VOTED.search(plan.question) or people and _VOTE.search(plan.question)):
                out.append(self._roll_call_sentence(view, item, called, people, plan.question))
            for passage in told[:6]:
                out.append(f"{passage.text.strip()}{self._writer.cite(view, item, 'decision', passage)}")
            if item.decision:
                out.append(f"Beslut: {_quote_text(item.decision)}{self._writer.cite(view, item, 'decision')}")
            if item.proposal:
                out.append(f"Förvaltningen föreslog: {_quote_text(item.proposal)}"
                           f"{self._writer.cite(view, item, 'proposal')}")
        return out or None

    def _roll_call_sentence(self, view: MeetingView, item: ItemView, called: tuple[tuple[str, str], ...],
                            people: list[str], plan_question: str = "") -> str:
        """Who voted ja, nej or abstained (or how the named members voted), cited at the omröstningslista."""
        body = item.protokoll_item.body if item.protokoll_item else ()
        table = next((p for p in body if "\t" in p.text and any(name in p.text for name, _ in called[:1])), None)
        marker = self._writer.cite(view, item, "decision", table, table.text.split("\n")[0]) if table else ""
        named = [(n, v) for n, v in called if any(p in n for p in people)]
        # Asked for one side ("Vem avstod?", "Who voted no?"), that side alone.
        asked = {vote for vote, words in _VOTE_SIDES.items() if words.search(plan_question)}
        if named:
            return "Vid omröstningen röstade " + "; ".join(
                f"{n} {'avstod' if v == 'avstår' else v}" for n, v in named) + f".{marker}"
        parts = [f"{lead} {_listing([n for n, v in called if v == vote])}"
                 for vote, lead in (("ja", "Ja röstade"), ("nej", "nej röstade"), ("avstår", "avstod"))
                 if any(v == vote for _, v in called) and (len(asked) != 1 or vote in asked)]
        return "Vid omröstningen (namnupprop): " + "; ".join(parts) + f".{marker}"

    def _posted(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        """The anslagsbevis of the asked meeting's protokoll: when the notice of its justering went up and came down,
        and where the minutes are kept, each line cited."""
        view = _one_meeting([v for v in views if _has_protokoll(v)], plan)
        if view is None:
            return None
        protokoll = next(s for s in view.sources if s.kind == "protokoll")
        out: list[str] = []
        seen: set[tuple[int | None, int]] = set()
        for anchor in _POSTED_LABELS:
            citation = self.meetings.locate(view, protokoll.document_id, anchor)
            if citation is None or (citation.page, citation.line_start) in seen:
                continue
            seen.add((citation.page, citation.line_start))
            quote = " ".join(citation.quote.split())
            out.append(f"Protokollet från {_at(view)}, anslagsbevis: {quote} [{self._writer.add(citation)}]")
        return out or None

    def _cite_heading(self, view: MeetingView, item: ItemView) -> str:
        from assistant.summary import locate_item

        citation = locate_item(self.meetings, view, item)
        if citation is None:
            return ""
        return f" [{self._writer.add(citation)}]"

    def _when(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        matches = _best_items(views, plan, self.document_frequency)
        if not matches:
            return None
        title = matches[0][1].title
        out = []
        for view, item in matches:
            if not _same_case(item, matches[0][1]):
                continue
            if not view.is_meeting:
                out.extend(self._written(view, item))
                continue
            basis = "decision" if item.decision else "proposal"
            marker = self._writer.cite(view, item, basis)
            where = f"§ {item.paragraph}" if item.paragraph else f"punkt {item.number}"
            when = view.date or "på ett sammanträde vars datum handlingarna inte anger"
            said = f"{'Beslut' if item.decision else 'Förslag'}: {_quote_text(item.decision or item.proposal)}"
            out.append(f"{_name(item)} behandlades av {_who(view)} {when} ({where}). {said}{marker} "
                       f"{_outcome_sentence(item)}")
        return out or [f"{title}."]

    def _agenda(self, views: list[MeetingView]) -> list[str] | None:
        out = []
        for view in views[:3]:
            names = []
            for item in view.items:
                if item.sekretess:
                    names.append(f"{_where(item)} sekretessärende")
                    continue
                basis = "decision" if item.decision else "proposal"
                # An ärende with neither proposal nor decision in the documents (a kungörelse lists titles only) is
                # cited at its agenda line.
                marker = self._writer.cite(view, item, basis) or self._cite_heading(view, item)
                names.append(f"{_where(item)} {_name(item)}{marker}")
            # Minutes say what the meeting took up; a kallelse alone, what it is called to take up.
            lead = f"{_at(view)} tog upp: " if view.has_protokoll else \
                f"Kallelsen till {_who(view)} {view.date or '(odaterad)'} tar upp: "
            out.append(lead + "; ".join(names) + ".")
        return out or None

    def _written(self, view: MeetingView, item: ItemView) -> list[str]:
        """When a tjänsteskrivelse on its own was written and to whom, cited at its date; no meeting took it up."""
        if not (item.written and item.kallelse_id):
            return []
        citation = self.meetings.locate(view, item.kallelse_id, item.written, None, "proposal")
        dated = f" [{self._writer.add(replace(citation, diarienummer=item.diarienummer))}]" if citation else ""
        self._writer.partial = self._writer.said_unknown = True
        out = [f"Tjänsteskrivelsen om {_name(item)} är daterad {item.written} och ställd till {_who(view)}.{dated} "
               "När nämnden behandlar ärendet framgår inte av handlingarna."]
        marker = self._writer.cite(view, item, "proposal") if item.proposal else ""
        if marker:
            out.append(f"Förslag: {_quote_text(item.proposal or '')}{marker}")
        return out

    def _dated(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        """The date of the asked ärende's tjänsteskrivelse, cited at its letterhead."""
        out: list[str] = []
        for view, item in [(v, i) for v, i in _best_items(views, plan, self.document_frequency)
                           if i.written and i.kallelse_id][:2]:
            proposal = next((c for c in item.citations if c.basis == "proposal"), None)
            near = self.meetings.position(proposal) if proposal else None
            citation = next(filter(None, (self.meetings.locate(view, item.kallelse_id or "", anchor, near, "proposal")
                                          for anchor in (item.written, "Datum"))), None)
            if citation is None:
                continue
            n = self._writer.add(replace(citation, diarienummer=item.diarienummer))
            out.append(f"Tjänsteskrivelsen om {_name(item)} är daterad {item.written}. [{n}]")
        return out or None

    def _handler(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        """Who wrote the tjänsteskrivelse of the asked ärende, cited from its letterhead in the kallelse."""
        matches = [(v, i) for v, i in _best_items(views, plan, self.document_frequency)
                   if i.handlaggare and i.kallelse_id]
        out: list[str] = []
        said: set[tuple[str, str]] = set()
        for view, item in matches[:2]:
            if (_name(item), item.handlaggare) in said:  # the same ärende and handläggare at two meetings: once
                continue
            said.add((_name(item), item.handlaggare))
            proposal = next((c for c in item.citations if c.basis == "proposal"), None)
            near = self.meetings.position(proposal) if proposal else None
            citation = self.meetings.locate(view, item.kallelse_id, item.handlaggare, near, "proposal")
            if citation is None:
                continue
            n = self._writer.add(replace(citation, diarienummer=item.diarienummer))
            out.append(f"Handläggare för {_name(item)} är {item.handlaggare}. [{n}]")
        return out or None

    def _sent_to(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        """Who the decision on the asked ärende is sent to: the protokoll's list, else the tjänsteskrivelse's
        (proposed, as the decision is not known), cited at the list."""
        out: list[str] = []
        for view, item in _best_items(views, plan, self.document_frequency)[:2]:
            decided = bool(item.protokoll_id and item.protokoll_item and item.protokoll_item.skickas_till)
            recipients = item.protokoll_item.skickas_till if decided else item.proposal_send_to
            document_id = item.protokoll_id if decided else item.kallelse_id
            if not recipients or not document_id:
                continue
            basis = "decision" if decided else "proposal"
            # The § 's own list (its passages are the minutes' lines), else the line after the tjänsteskrivelse's
            # proposal: another ärende's list names the same recipients ("Akten") and is no citation of this one.
            listed = _list_passage(item.protokoll_item.body, recipients[0]) if decided and item.protokoll_item else None
            if listed is not None:
                marker = self._writer.cite(view, item, "decision", listed)
            else:
                own = next((c for c in item.citations if c.basis == basis), None)
                after = self.meetings.position(own) if own else None
                # The list as written (the parser capitalises a recipient: "akten" → "Akten"), else its label line.
                citation = next(filter(None, (self.meetings.locate(view, document_id, anchor, after=after,
                                                                   basis=basis, whole_word=True)
                                              for anchor in (recipients[0], recipients[0].lower(), "skickas till",
                                                             "xpedieras"))), None)
                marker = f" [{self._writer.add(replace(citation, diarienummer=item.diarienummer))}]" if citation \
                    else ""
            if not marker:
                continue
            where = f"{_at(view)}, § {item.paragraph}" if decided and item.paragraph else \
                _at(view)
            if decided:
                out.append(f"Beslutet om {_name(item)} ({where}) skickas till {_listing(list(recipients))}.{marker}")
            else:
                self._writer.partial = self._writer.said_unknown = True
                out.append(f"Enligt tjänsteskrivelsen till {where} skickas beslutet om {_name(item)} till "
                           f"{_listing(list(recipients))}; protokollet finns inte i handlingarna.{marker}")
        return out or None

    def _meeting_facts(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        if _NEXT.search(plan.question):
            # The next meeting is one called but not yet minuted: the latest kallelse without its protokoll.
            called = [v for v in views if not _has_protokoll(v)]
            if not called:
                return None
            views = [max(called, key=_not_before)]
        when = bool(_WHERE_WHEN_MEETING.search(plan.question))
        if _check_day(views, plan, self.document_frequency, stated_elsewhere=when):
            return None
        if not (when or _NEXT.search(plan.question)):
            # Who chaired, kept the minutes or signed them: only a protokoll says.
            views = [v for v in views if _has_protokoll(v)] or views
        view = _one_meeting(views, plan)
        if view is None:
            return None
        if _NEXT.search(plan.question) and not _names_its_meeting(plan, view):
            # "… och när är nästa möte?" of a samverkan between förvaltningen and the landlords asks about another
            # meeting than the board's.
            return None
        if view.date is None and (_NEXT.search(plan.question) or _WHERE_WHEN_MEETING.search(plan.question)):
            # A kallelse whose letterhead was lost (a text export) still has ärenden of its time: it is later than
            # an older dated one, so that one is no answer, but its own date is not known.
            since = _not_before(view)[:4]
            which = "Den senaste kallelsen" if view is max(views, key=_not_before) else "Kallelsen till det sammanträdet"
            raise _Unknown(f"{which} i handlingarna anger inte datum, tid eller plats för sammanträdet"
                           + (f" (dess ärenden är från {since})." if since else "."))
        protokoll = next((s for s in view.sources if s.kind == "protokoll"), None)
        if protokoll is None:
            # Before the protokoll only the kallelse's date, time and place are known, not who chaired or signed.
            return self._called(view) if _WHERE_WHEN_MEETING.search(plan.question) else None
        out = []
        facts = [("Sammanträdet hölls", ", ".join(filter(None, (_spoken(view.date), view.time and f"kl. {view.time}",
                                                                 view.place))), view.place or view.time or view.date),
                 ("Ordförande var", view.chair, view.chair),
                 ("Sekreterare var", view.secretary if _SECRETARY.search(plan.question) else None, view.secretary),
                 ("Protokollet justerades av", ", ".join(view.justerare), view.justerare[0] if view.justerare else None)]
        for lead, value, anchor in facts:
            if not value or not anchor:
                continue
            citation = self.meetings.locate(view, protokoll.document_id, anchor)
            marker = f" [{self._writer.add(citation)}]" if citation else ""
            out.append(f"{lead} {value} ({_who(view)}).{marker}")
        justering = self.meetings.locate(view, protokoll.document_id, "Justeringens")
        if justering and _JUSTERING.search(plan.question):
            out.append(f"{justering.quote} [{self._writer.add(justering)}]")
        return out or None

    def _called(self, view: MeetingView) -> list[str] | None:
        """A meeting known only from its kallelse: the date, time and place it is called to, cited at the
        kallelse's letterhead. Who chaired or signed is not known before the protokoll."""
        kallelse = next((s for s in view.sources if s.kind == "kallelse"), None)
        when = ", ".join(filter(None, (_spoken(view.date), view.time and f"kl. {view.time}", view.place)))
        anchor = view.place or view.date
        if kallelse is None or not (view.time or view.place) or not anchor:
            return None
        # Neither the board's decision nor förvaltningens proposal: the letterhead carries no basis.
        citation = self.meetings.locate(view, kallelse.document_id, anchor, basis=None)
        if citation is None:
            return None
        return [f"Enligt kallelsen hålls sammanträdet {when} ({_who(view)}). [{self._writer.add(citation)}]"]

    def _attendance(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        """The beslutande, tjänstgörande ersättare and ersättare of the asked meeting, each list cited at the line of
        the protokoll that names its first person."""
        _check_day(views, plan, self.document_frequency)
        view = _one_meeting([v for v in views if v.beslutande], plan)
        if view is None:
            return None
        protokoll = next(s for s in view.sources if s.kind == "protokoll")
        lists = [("Beslutande var", list(view.beslutande)),
                 ("Tjänstgörande ersättare var", [f"{s.name} för {s.replaces}" if s.replaces else s.name
                                                  for s in view.tjanstgorande_ersattare]),
                 ("Ersättare var", list(view.ersattare))]
        out = []
        for lead, names in lists:
            if not names:
                continue
            anchor = names[0].split(" (")[0]
            citation = self.meetings.locate(view, protokoll.document_id, anchor)
            if citation is None:
                continue
            n = self._writer.add(citation)
            out.append(f"{lead} {_listing(names)} ({' '.join(filter(None, (_who(view), view.date)))}). [{n}]")
        return out or None

    def _summary(self, views: list[MeetingView], plan: QueryPlan) -> list[str] | None:
        from assistant.summary import summary_sentences

        if not views:
            return None
        view = views[0]
        out = []
        for sentence in summary_sentences(view):
            markers = ""
            for citation in sentence.citations:
                markers += f" [{self._writer.add(citation)}]"
            out.append(sentence.text + markers)
        return out or None

    # --- sentences -------------------------------------------------------------------------------

    def _item_sentences(self, view: MeetingView, item: ItemView) -> list[str]:
        """What was proposed and what was decided, each with its own citation; a proposal alone says so."""
        out = []
        if item.sekretess:
            return [f"{_where(item)} är ett sekretessärende; beslutet redovisas inte."]
        if item.proposal:
            marker = self._writer.cite(view, item, "proposal")
            out.append(f"Förvaltningen föreslog ({_name(item)}): {_quote_text(item.proposal)}{marker}")
        if item.decision:
            self._writer.decided = True
            marker = self._writer.cite(view, item, "decision")
            out.append(f"{_who(view)} beslutade{_on(view)}, § {item.paragraph}: {_quote_text(item.decision)}{marker}")
            out.append(_outcome_sentence(item))
            body = item.protokoll_item.body if item.protokoll_item else ()
            # A label on its own ("Reservation") says nothing by itself: its text follows it as the next passage.
            # A vote or reservation the decision's own text already states is not said twice.
            decided = " ".join((item.decision or "").split())
            told = [p for p in body if (_told_vote(p.text) or _RESERVED.search(p.text)) and not section_label(p.text)
                    and " ".join(p.text.split()) not in decided]
            for passage in told[:3]:
                out.append(f"{passage.text.strip()}{self._writer.cite(view, item, 'decision', passage)}")
        elif item.proposal:
            self._writer.partial = True
            out.append("Det finns inget protokoll i handlingarna för det sammanträdet, så bara förslaget är känt."
                       if view.is_meeting else
                       "Inget sammanträde i handlingarna tar upp ärendet, så bara förslaget är känt.")
        return [s for s in out if s]


def _with_numbers(views: list[MeetingView], paragraphs: tuple[int, ...],
                  points: tuple[int, ...]) -> list[MeetingView]:
    """The meetings with one of the asked § numbers of the minutes (or, when no § is asked, agenda points of the
    kallelse), each with only those ärenden; a range such as '§§ 49–60' or '5.-16' holds each of its numbers."""
    out = []
    for view in views:
        items = tuple(i for i in view.items if set(_numbers(i, bool(paragraphs))) & set(paragraphs or points))
        if items:
            out.append(replace(view, items=items))
    return out


def _undated_of_year(views: list[MeetingView], plan: QueryPlan) -> list[MeetingView]:
    """No meeting is dated in the asked period: the undated ones whose ärenden are of the asked year may be it (a
    text export loses the kallelse's letterhead). All meetings when the question names no period."""
    if not (plan.years or plan.months or _asked_dates(plan)):
        return views
    years = {str(y) for y in plan.years}
    return [v for v in views if not v.date and _not_before(v)[:4] in years]


def _numbers(item: ItemView, paragraph: bool) -> tuple[int, ...]:
    """The § numbers an ärende of the minutes covers, or the agenda points of the kallelse."""
    if paragraph:
        return paragraphs_in(f"§ {item.paragraph}") if item.paragraph else ()
    return agenda_numbers(item.number) if item.number else ()


def _list_passage(body: tuple[Passage, ...], first: str) -> Passage | None:
    """The passage of a § that starts its "Beslutet skickas till" list: the line naming the first recipient at or after
    the label (inline, or the next line), else the label itself; None when the § has no such label."""
    label = next((k for k, p in enumerate(body) if re.search(r"skickas\s+till|xpedieras", p.text, re.I)), None)
    if label is None:
        return None
    named = re.compile(rf"(?<!\w){re.escape(first)}(?!\w)", re.I)
    return next((p for p in body[label:label + 2] if named.search(p.text)), body[label])


def _has_protokoll(view: MeetingView) -> bool:
    return any(s.kind == "protokoll" for s in view.sources)


def _no_number(views: list[MeetingView], paragraphs: tuple[int, ...], points: tuple[int, ...],
               narrowed: bool = False) -> str:
    """Said when none of the asked meetings has the asked § (or agenda point): the numbers they do have."""
    sign, asked = ("§", paragraphs) if paragraphs else ("punkt", points)
    named = " och ".join(f"{sign} {n}" for n in asked)
    spans = []
    for view in views:
        numbers = [n for i in view.items for n in _numbers(i, bool(paragraphs))]
        if numbers and (_has_protokoll(view) or not paragraphs):
            spans.append(f"{min(numbers)}–{max(numbers)} ({view.date or 'odaterat'})")
    if paragraphs and not any(_has_protokoll(v) for v in views):
        period = " för sammanträdet frågan gäller" if narrowed else ""
        return f"Det finns inget protokoll i handlingarna{period}, så {named} går inte att slå upp."
    if paragraphs:
        return f"Inget protokoll i handlingarna har {named}." + (f" Protokollen har §§ {', '.join(spans)}." if spans else "")
    return f"Ingen dagordning i handlingarna har {named}." + (f" Dagordningarna har punkterna {', '.join(spans)}." if spans else "")


def _one_meeting(views: list[MeetingView], plan: QueryPlan) -> MeetingView | None:
    """The meeting a question about one meeting means: the one whose ärenden its words name best, else the latest
    ("Var hålls sammanträdet?" asks of the meeting at hand, not of the oldest in the documents)."""
    if len(views) > 1:
        matches = _best_items(views, plan)
        return matches[0][0] if matches else max(views, key=_not_before)
    return views[0] if views else None


def _names_its_meeting(plan: QueryPlan, view: MeetingView) -> bool:
    """Each subject word of the question (not one of a meeting's time and place, the board's name or a proper
    noun such as the municipality's) stands in one ärende of the meeting."""
    own = _MEETING_WORDS | frozenset(terms(view.committee or ""))
    names = {t for name in plan.proper_nouns for t in terms(name)}
    subject = [((), c.stems) for c in _topic_concepts(plan) if not c.stems & own and not c.stems & names]
    return not subject or any(_holds(item, subject) for item in view.items)


class _Unknown(Exception):
    """What the documents cannot tell, said instead of an answer (a refusal with its reason)."""


def _not_before(view: MeetingView) -> str:
    """The meeting's date, else the earliest it can be: its latest tjänsteskrivelse's date or, failing that, the
    latest year of its diarienummer (a case is registered before a meeting takes it up). '' when nothing is known."""
    if view.date:
        return view.date
    written = [i.written for i in view.items if i.written]
    if written:
        return max(written)
    years = [y for i in view.items if i.diarienummer for y in years_in(i.diarienummer)]
    return str(max(years)) if years else ""


_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def _spoken(iso: str | None) -> str | None:
    """A meeting's date as the catalog keeps it and as a kallelse says it: '2025-12-09, tisdagen den 9 december 2025'."""
    try:
        day = Date.fromisoformat(iso or "")
    except ValueError:
        return iso
    return f"{iso}, {_WEEKDAYS[day.weekday()]}en den {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _who(view: MeetingView) -> str:
    return view.committee or "Nämnden"


def _at(view: MeetingView) -> str:
    """The board and its meeting's date, or the board alone when the minutes give no date they could be read by."""
    return " ".join(filter(None, (_who(view), view.date)))


def _on(view: MeetingView) -> str:
    return f" {view.date}" if view.date else ""


def _name(item: ItemView) -> str:
    return f"{item.title} ({item.diarienummer})" if item.diarienummer else item.title


def _where(item: ItemView) -> str:
    if not item.paragraph:
        return f"Punkt {item.number}"
    return f"§§ {item.paragraph}" if len(paragraphs_in(f"§ {item.paragraph}")) > 1 else f"§ {item.paragraph}"


def _asks_proposal(question: str) -> bool:
    """'Vad föreslogs …', 'Vad är förslaget …' — not 'Vad beslutade nämnden om förslaget?'."""
    return bool(_PROPOSAL_ASKED.search(question)) and not asks_decided(question)


# A board's name as a stem: a prefix before -nämnd, -styrelse or -fullmäktige ("socialnämnd", "kommunstyr"); the
# bare "nämnd" or "styrels" names none in particular. A board word at all (a topic never): those and the bare ones,
# but not "styr" alone, the stem of "styra".
_BOARD_NAME = re.compile(r"\w+(?:nämnd|styr|styrels|fullmäkt|fullmäktig)")
_BOARD_WORD = re.compile(r"\w*(?:nämnd|styrels|fullmäkt|fullmäktig)|\w+styr")


def _board_stem(committee: str) -> str:
    own = terms(committee)
    return own[0] if own else committee.lower()


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} och {names[-1]}"


def _quote_text(text: str | None) -> str:
    """A proposal or decision as written, on one line (numbered points kept)."""
    flat = re.sub(r"\s*\n\s*", " ", (text or "").strip())
    return flat if flat.endswith((".", "!", "?")) else f"{flat}."


def _outcome_sentence(item: ItemView) -> str:
    if item.follows_proposal is True:
        return "Nämnden beslutade enligt förvaltningens förslag."
    if item.follows_proposal is False or item.outcome == "beslutat med ändring":
        return "Beslutet avvek från förvaltningens förslag (beslutat med ändring)."
    if item.outcome == "återremitterat":
        return "Ärendet återremitterades."
    if item.outcome == "bordlagt":
        return "Ärendet bordlades."
    return ""


def _month_compounds(plan: QueryPlan) -> QueryPlan:
    """The plan with a month-and-meeting compound ("aprilmötet") read as its month, and no topic word."""
    found = [m[1].lower() for c in plan.concepts if (m := _MONTH_MEETING.fullmatch(c.word))]
    if not found:
        return plan
    return replace(plan, months=tuple(dict.fromkeys((*plan.months, *found))),
                   concepts=tuple(c for c in plan.concepts if not _MONTH_MEETING.fullmatch(c.word)))


def _asked_period(plan: QueryPlan) -> str:
    """The asked date or month as the question gives it ("22 maj 2024", "april 2023"), to say it has no meeting."""
    if _asked_dates(plan):
        return " och ".join(_asked_dates(plan))
    days = [d for pair in _DAY_OF_MONTH.findall(plan.question) for d in pair if d and 1 <= int(d) <= 31]
    return " ".join([*days[:1], " eller ".join(plan.months), *map(str, plan.years)])


def _asked_dates(plan: QueryPlan) -> list[str]:
    """The ISO dates ('2024-02-21') a question names, as a meeting's date is written."""
    return re.findall(r"\b\d{4}-\d{2}-\d{2}\b", plan.question)


def _in_period(views: list[MeetingView], plan: QueryPlan) -> list[MeetingView]:
    """The meetings of the asked year and month (or exact date), else all."""
    dates = set(_asked_dates(plan))
    months = {_MONTH_NUMBER[m] for m in plan.months if m in _MONTH_NUMBER}
    years = {str(y) for y in plan.years}
    # "den 14 mars", "14 March", "March 14": the day narrows the month's meetings.
    days = {f"{int(d):02d}" for pair in _DAY_OF_MONTH.findall(plan.question) for d in pair
            if d and 1 <= int(d) <= 31} if months else set()
    if not (dates or months or years):
        return views
    kept = [v for v in views if v.date and (not dates or v.date in dates)
            and (not years or v.date[:4] in years) and (not months or v.date[5:7] in months)
            and (not days or v.date[8:10] in days)]
    return kept


def _check_day(views: list[MeetingView], plan: QueryPlan, df: Callable[[str], int],
               stated_elsewhere: bool = False) -> bool:
    """The question names a month or a date on which none of these meetings was held, nor an ärende the month may
    belong to ("… månadsrapporten för mars"): another meeting's facts would be no answer, so it is said instead. (A
    year alone may name the topic, "årsredovisningen för 2022".) With `stated_elsewhere` (asked when a meeting is
    held), True when no meeting was held then but an ärende's text names the month (a § that sets next year's
    meeting dates): the passages may answer, not the catalog. Who chaired a meeting no minutes record is refused."""
    dates = _asked_dates(plan)
    subject = replace(plan, concepts=tuple(c for c in plan.concepts if not c.stems & _MEETING_WORDS))
    if not (plan.months or dates) or _in_period(views, plan) or _best_items(views, subject, df):
        return False
    if stated_elsewhere and any(_names_month(item, plan) for view in views for item in view.items):
        return True
    named = " och ".join(dates) or " ".join([" eller ".join(plan.months), *map(str, plan.years)])
    undated = sum(1 for v in views if not v.date)
    raise _Unknown(f"Inget sammanträde i handlingarna är daterat {named}."
                   + (f" {undated} kallelser anger inget datum." if undated > 1 else
                      " En kallelse anger inget datum." if undated else ""))


def _names_month(item: ItemView, plan: QueryPlan, own: bool = False) -> bool:
    """An ärende's text names the asked month (and year, when one is asked); with `own`, its title or proposal
    only (the month is the ärende's subject, "månadsrapport mars"; a decision naming a later meeting is not)."""
    body = item.protokoll_item.body if item.protokoll_item and not own else ()
    text = " ".join(filter(None, (item.title, item.proposal, None if own else item.decision,
                                  *(p.text for p in body)))).lower()
    return any(re.search(rf"\b{month}\b", text) for month in plan.months) \
        and all(str(year) in text for year in plan.years)


def _item_terms(item: ItemView) -> tuple[frozenset[str], frozenset[str]]:
    # term_set keeps them: the same ärenden are weighed against question after question.
    title = term_set(f"{item.title} {item.diarienummer or ''}")
    body = term_set(" ".join(filter(None, (item.proposal, item.decision, item.summary, " ".join(item.yrkanden)))))
    return title, body


def _topic_concepts(plan: QueryPlan) -> list[Concept]:
    """The question's topic words: not a procedure, a board's name or a month."""
    # A compound is a procedure word by its own stem, not by a part: "sammanträdestider" (the meeting schedule) is
    # a subject of its own, "sammanträdet" is not.
    # A board's name is no topic, in Swedish or translated ("committee" → nämnd).
    return [c for c in plan.concepts if not (c.inherited or set(terms(c.word)[:1] or [c.word]) & _PROCEDURE
                                             or c.word in MONTHS or re.fullmatch(r"\w*(?:nämnd|styrels)\w*", c.word)
                                             or any(_BOARD_WORD.fullmatch(stem) for stem in c.stems))]


def _topic_stems(plan: QueryPlan) -> list[tuple[str, frozenset[str]]]:
    """(the word's own stem, every stem that counts) for each topic word of the question."""
    return [((terms(c.word) or [c.word])[0], c.stems) for c in _topic_concepts(plan)]


def _unknown_topics(plan: QueryPlan, df: Callable[[str], int]) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """The compound parts (in order) and the stems of each topic word that no passage uses (nor a synonym of it).
    None for an English question: a word the dictionary cannot translate says nothing about the documents."""
    return [] if plan.english else [(tuple(terms(c.word)[1:]), c.stems)
                                    for c in _topic_concepts(plan) if not c.known(df)]


# A compound's head is found inside a longer word from this length on ("bygg" in "ombyggnad").
_MIN_HEAD = 4


def _holds(item: ItemView, unknown: Sequence[tuple[Sequence[str], frozenset[str]]]) -> bool:
    """Each of these topic words (its compound parts, its stems with synonyms) stands in the ärende: a compound by
    every one of its parts ("idrottshallen" is not the ärende about "simhallen", whose only shared part is the generic
    last one) — its last part, the head, also inside another word ("simhallsbygget" is the ärende of the simhall's
    "ombyggnad") — another word by itself or a synonym."""
    if not unknown:
        return True
    words = frozenset().union(*_item_terms(item))

    def held(parts: Sequence[str], stems: frozenset[str]) -> bool:
        if not parts:
            return bool(stems & words)
        *modifiers, head = parts
        return set(modifiers) <= words and (head in words or (len(head) >= _MIN_HEAD
                                                               and any(head in w for w in words)))

    return all(held(parts, stems) for parts, stems in unknown)


def _score(item: ItemView, topic: list[tuple[str, frozenset[str]]], years: tuple[int, ...] = ()) -> float:
    """The whole word in the title counts most, a compound part of it less, the texts half as much as the title."""
    title, body = _item_terms(item)
    total = 0.0
    for own, stems in topic:
        parts = len(stems & title) / len(stems), len(stems & body) / len(stems)
        in_title = 3.0 if own in title else 1.5 * parts[0]
        in_body = 1.5 if own in body else 0.75 * parts[1]
        total += max(in_title, in_body)
    return total + sum(0.5 for y in years if str(y) in item.title)


def _best_items(views: list[MeetingView], plan: QueryPlan,
                df: Callable[[str], int] = lambda _term: 1) -> list[tuple[MeetingView, ItemView]]:
    """Non-sekretess ärenden ranked by how many of the question's topic words their title (double) and texts hold;
    only those within reach of the best. A topic word no passage uses must stand in the ärende, at least by its
    compound parts: "den nya brandstationen" is not answered by an ärende that only says "ny"."""
    topic = _topic_stems(plan)
    if plan.diarienummer:
        from ingest.patterns import diarienummer_key

        key = diarienummer_key(plan.diarienummer)
        return [(v, i) for v in views for i in v.items if i.diarienummer and diarienummer_key(i.diarienummer) == key]
    if not topic:
        return []
    unknown = _unknown_topics(plan, df)
    scored = [(_score(i, topic, plan.years), v, i) for v in views for i in v.items
              if not i.sekretess and _holds(i, unknown)]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return []
    best = max(s[0] for s in scored)
    if best < 1.5:  # not one topic word whole in a title or text
        return []
    scored.sort(key=lambda s: (-s[0], s[1].date or ""))
    return [(v, i) for score, v, i in scored if score >= best * 0.75]


def _filter_by_topic(found: list[tuple[MeetingView, ItemView]], plan: QueryPlan,
                     df: Callable[[str], int] = lambda _term: 1) -> list[tuple[MeetingView, ItemView]]:
    """Narrow a listing to the ärenden the question names, when it names one that is among them; none when it names
    a subject no passage uses and no ärende holds ("beslutet om kommunens nya vapen")."""
    topic = _topic_stems(plan)
    if not topic:
        return found
    unknown = _unknown_topics(plan, df)
    found = [(v, i) for v, i in found if _holds(i, unknown)]
    scored = [(_score(i, topic, plan.years), v, i) for v, i in found]
    best = max((s[0] for s in scored), default=0.0)
    if best == 0.0 and not plan.english and all(c.known(df) for c in _topic_concepts(plan)):
        # Words the documents use elsewhere, in none of these ärenden: the one asked about is not among them (a
        # vote on a motion that had none). An English question's translations may miss, so it keeps them all.
        return []
    if best < 2.0:
        return found
    return [(v, i) for s, v, i in scored if s >= best * 0.75]


def _roll_call(item: ItemView) -> tuple[tuple[str, str], ...]:
    """Each member's vote in the ärende's roll call (ingest/protokoll_outcome.roll_call), if the minutes have one."""
    votes = item.protokoll_item.votes if item.protokoll_item else None
    return votes.roll_call if votes else ()


def _same_case(a: ItemView, b: ItemView) -> bool:
    if a.diarienummer and b.diarienummer:
        return a.diarienummer == b.diarienummer
    return a.title == b.title


def _told_vote(text: str) -> bool:
    """A passage that tells of a vote: its words, or its counts ("31 ledamöter röstar ja, 18 röstar nej")."""
    return bool(_VOTE.search(text)) or has_vote_count(text)
