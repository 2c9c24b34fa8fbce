"""Questions over documents in another municipality's formats, written for this test (invented content): another
board, diarienummer as 'KS 2021/345' and 'Dnr VON 2021/88', '§ 112/21' paragraphs, a markdown report with a
table and an HTML tjänsteskrivelse. Nothing of the sample corpus or the evaluation sets is in them."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant, Conversations
from tests.conftest import assert_cited, indexed_assistant, make_settings
from tests.documents import ALIGNED_KALLELSE, PLAIN_PROTOKOLL, PORTAL_KALLELSE
from web.board_schemas import MeetingOut

pytestmark = pytest.mark.slow

REPORT = """# Vård- och omsorgsnämnden – Verksamhetsberättelse 2021

Exempelby kommun

## Ekonomiskt resultat

Vård- och omsorgsnämnden redovisar ett underskott på 6 412 tkr för 2021. Underskottet beror främst på höga
kostnader för bemanning inom hemtjänsten under pandemin.

Nettokostnad per verksamhet (tkr)

Verksamhet\tUtfall 2021\tBudget 2021\tAvvikelse 2021
Hemtjänst\t-98 310\t-93 200\t-5 110
Särskilt boende\t-142 905\t-141 603\t-1 302

## Personal

Sjukfrånvaron bland medarbetarna i hemtjänsten var 9,4 procent under 2021, jämfört med 8,1 procent året innan.
"""

PROTOKOLL = """Exempelby kommun
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2021-11-08

§ 112/21 Dnr KS 2021/345
Ny förskola i Norrby

Ärendebeskrivning
Barn- och utbildningsförvaltningen har utrett behovet av förskoleplatser i Norrby. Utredningen visar att
120 nya platser behövs till år 2024.

Beslut
Kommunstyrelsen beslutar att ge samhällsbyggnadsförvaltningen i uppdrag att projektera en förskola med sex
avdelningar i Norrby.

§ 113/21 Dnr KS 2021/377
Taxa för markupplåtelse

Beslut
Kommunstyrelsen beslutar att återremittera ärendet för att utreda taxans effekter för föreningslivet.
"""

TJANSTESKRIVELSE = """<html><body>
<p>Exempelby kommun</p>
<h1>Tjänsteskrivelse</h1>
<p>Dnr VON 2021/88</p>
<h2>Matdistribution till äldre</h2>
<h3>Ärendebeskrivning</h3>
<p>Förvaltningen föreslår att avgiften för matdistribution höjs från 65 kronor till 72 kronor per portion
från den 1 mars 2022, eftersom kostnaden för transporterna har ökat.</p>
<h3>Förslag till beslut</h3>
<p>Vård- och omsorgsnämnden beslutar att fastställa avgiften för matdistribution till 72 kronor per portion.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = tmp_path_factory.mktemp("exempelby")
    (folder / "verksamhetsberattelse_2021.md").write_text(REPORT, encoding="utf-8")
    (folder / "ks_protokoll_2021-11-08.txt").write_text(PROTOKOLL, encoding="utf-8")
    (folder / "von_matdistribution.html").write_text(TJANSTESKRIVELSE, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("exempelby-index")))
    report = assistant.ingest([folder])
    assert report.count("added") == 3, report.outcomes
    return assistant


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Hur stort underskott hade vård- och omsorgsnämnden 2021?", "6 412"),
        ("Hur mycket gick hemtjänsten över budget 2021?", "5 110"),
        ("Hur hög var sjukfrånvaron i hemtjänsten 2021?", "9,4"),
        ("Vad ska en portion matdistribution kosta enligt förslaget?", "72"),
        ("How many new preschool places are needed in Norrby?", "120"),
    ],
)
def test_figures_from_another_municipality(other: Assistant, question: str, figure: str) -> None:
    answer = other.ask(question)
    assert not answer.abstained, answer.text
    assert figure in answer.text
    assert_cited(other, answer.text, answer.citations)


def test_a_diarienummer_in_another_form_finds_its_arende(other: Assistant) -> None:
    hits = other.search("Vad gäller KS 2021/377?")
    assert hits
    assert "markupplåtelse" in (hits[0].chunk.section + hits[0].chunk.text).lower()
    answer = other.ask("Vad beslutade kommunstyrelsen om taxan för markupplåtelse?")
    assert "återremittera" in answer.text
    assert_cited(other, answer.text, answer.citations)


def test_the_board_and_municipality_come_from_the_documents(other: Assistant) -> None:
    boards = {r.file_name: r.title for r in other.documents()}
    assert "Kommunstyrelsen".lower() in boards["ks_protokoll_2021-11-08.txt"].lower()
    assert all("socialnämnd" not in title.lower() for title in boards.values()), boards


def test_a_decision_in_plain_text_minutes_is_the_decision_not_the_proposal(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL})
    answer = assistant.ask("Vad beslutade socialnämnden om avgiften för familjerådgivning?")
    assert "beslutar att avgiften för familjerådgivning ska vara 200 kronor" in answer.text, answer.text
    assert "föreslår" not in answer.text, answer.text
    assert "Lena Ek (V) reserverar sig" in answer.text
    assert_cited(assistant, answer.text, answer.citations)
    # Every citation says something: a label alone ("Reservation") is no source.
    assert all(len(c.quote.split()) > 2 for c in answer.citations), [c.quote for c in answer.citations]



def test_a_decision_about_a_subject_no_document_treats_is_not_another_arendes(tmp_path: Path) -> None:
    """'den nya brandstationen' shares only 'ny' with the ärenden, and a reservation 'om kommunens nya vapen' no
    ärende at all: neither is answered with whichever ärende the board catalog holds."""
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL})
    for question in ("Vad beslutade socialnämnden om den nya brandstationen?",
                     "Vem reserverade sig mot beslutet om kommunens nya vapen?"):
        answer = assistant.ask(question)
        assert "familjerådgivning" not in answer.text.lower(), (question, answer.text)
        assert answer.abstained, (question, answer.text)
    # The ärende the documents do treat is still found, its subject named in other words around it.
    answer = assistant.ask("Vem reserverade sig mot det nya beslutet om avgiften för familjerådgivning?")
    assert "Lena Ek (V) reserverar sig" in answer.text, answer.text


PRESIDIUM_PROTOKOLL = """Exempelby kommun
SAMMANTRÄDESPROTOKOLL
Kommunfullmäktiges presidium
Sammanträdesdatum 2025-09-02

§ 14 Dnr KF 2025/31
Revisorernas budget 2026

Ärendebeskrivning
Revisorerna har lämnat sitt förslag till budget för 2026. Presidiet bereder revisorernas budget inför
kommunfullmäktiges beslut.

Beslut
Presidiet föreslår kommunfullmäktige besluta att fastställa revisorernas budget för 2026 till 1 485 000 kronor.
"""


def test_a_meetings_decision_to_propose_to_fullmaktige_is_no_decision_of_fullmaktige(tmp_path: Path) -> None:
    """The presidium decides to propose a budget to fullmäktige: asked what fullmäktige set, the minutes hold only
    the proposal, and the answer says so before quoting it."""
    assistant = indexed_assistant(tmp_path, {"kf_presidium_protokoll_2025-09-02.txt": PRESIDIUM_PROTOKOLL})
    answer = assistant.ask("Vilken budget för revisorerna 2026 fastställde kommunfullmäktige?")
    assert answer.abstained and answer.partial, answer.text
    assert answer.text.startswith("Jag hittar inget beslut av kommunfullmäktige"), answer.text
    assert "1 485 000 kronor" in answer.text
    assert_cited(assistant, answer.text, answer.citations)
    # Asked what the presidium decided, its decision (to propose) answers.
    own = assistant.ask("Vad beslutade presidiet om revisorernas budget för 2026?")
    assert not own.abstained and "1 485 000 kronor" in own.text, own.text


PIPE_REPORT = """# Individ- och familjeomsorgsnämnden – Årsredovisning 2023

## Ekonomi

Nämnden redovisar ett överskott på 3,1 mnkr för 2023.

Nettokostnad per verksamhet (mnkr)

| Verksamhet | Utfall 2022 | Utfall 2023 |
| --- | ---: | ---: |
| Ekonomiskt bistånd | 41,2 | 38,9 |
| Barn och unga | 96,4 | 101,7 |
"""


def test_a_missing_year_is_answered_for_the_subjects_nearest_year_and_each_row_once(tmp_path: Path) -> None:
    """The minutes mention 2024, the report's table 2022–2023: asked for 2025, the answer says so and gives the
    table's 2023, not whatever the minutes say about 2024; the table's line and its row fact count as one source."""
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL,
                                    "ifo_arsredovisning_2023.md": PIPE_REPORT})
    answer = assistant.ask("Hur stor var nettokostnaden för barn och unga 2025?")
    assert answer.partial and "Det finns ingen uppgift för 2025" in answer.text, answer.text
    assert "för 2023 redovisas" in answer.text, answer.text
    assert answer.text.count("101,7") == 1, answer.text
    assert_cited(assistant, answer.text, answer.citations)


def test_who_took_part_in_a_meeting_is_answered_from_its_protokoll(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL})
    for question in ("Vilka var närvarande på socialnämndens sammanträde den 21 februari 2024?",
                     "Vilka ledamöter deltog i mötet?"):
        answer = assistant.ask(question)
        assert "Beslutande var Anna Berg (S), Karl Nyström (M) och Lena Ek (V)" in answer.text, answer.text
        assert_cited(assistant, answer.text, answer.citations)
        assert answer.citations[0].quote.startswith("Beslutande: Anna Berg (S)")


# A kallelse exported as plain text: a numbered list of ärenden, tjänsteskrivelser whose title is a plain line above
# "Förslag till beslut", diarienummer with a one-digit serial (invented).
PLAIN_KALLELSE = """Exempelstads kommun
KALLELSE
Barn- och utbildningsnämnden

Tid: Tisdag 12 mars 2024 kl. 18.00

Ärenden

1. Val av justerare
2. Skolskjutsreglemente 2024 Dnr BUN 2024/12
3. Ekonomisk uppföljning februari 2024 Dnr BUN 2024/7

TJÄNSTESKRIVELSE
Datum 2024-02-28
Dnr BUN 2024/12
Handläggare: Sara Vik, utredare

Skolskjutsreglemente 2024

Förslag till beslut
Barn- och utbildningsnämnden antar förslaget till skolskjutsreglemente att gälla från 1 augusti 2024.

Sammanfattning
Avståndsgränsen för skolskjuts i årskurs 4–6 föreslås sänkas från 4 kilometer till 3 kilometer.

TJÄNSTESKRIVELSE
Datum 2024-03-01
Dnr BUN 2024/7
Handläggare: Per Ström, controller

Ekonomisk uppföljning februari 2024

Förslag till beslut
Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen för februari 2024.
"""


def test_a_plain_text_kallelse_gives_each_arende_its_proposal_and_handlaggare(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"bun_kallelse_2024-03-12.txt": PLAIN_KALLELSE})
    answer = assistant.ask("Vad beslutade barn- och utbildningsnämnden om skolskjutsreglementet?")
    # Only the kallelse is indexed: the documents do not say what was decided, and the proposal is shown as one.
    assert answer.abstained and answer.partial, answer
    assert answer.text.startswith("Jag hittar inget beslut om det i handlingarna, bara förvaltningens förslag:")
    assert "Förvaltningen föreslog (Skolskjutsreglemente 2024 (BUN 2024/12))" in answer.text, answer.text
    assert "bara förslaget är känt" in answer.text
    assert_cited(assistant, answer.text, answer.citations)
    # Asked for the proposal, the proposal is the whole answer.
    proposed = assistant.ask("Vad föreslås nämnden besluta om skolskjutsreglementet?")
    assert not proposed.partial and not proposed.abstained, proposed
    assert "antar förslaget till skolskjutsreglemente" in proposed.text, proposed.text
    handler = assistant.ask("Vem är handläggare för den ekonomiska uppföljningen för februari?")
    assert "Per Ström" in handler.text and "Sara Vik" not in handler.text, handler.text
    # Asked whom to contact, the handläggare is the answer too.
    for question in ("Vem kan jag kontakta om den ekonomiska uppföljningen för februari?",
                     "Vem är kontaktperson för den ekonomiska uppföljningen för februari?",
                     "Vem på förvaltningen handlägger den ekonomiska uppföljningen för februari?"):
        contact = assistant.ask(question)
        assert "Per Ström" in contact.text and "Sara Vik" not in contact.text, (question, contact.text)


HTML_PROTOKOLL = """<html><body><p>Exempelby kommun</p><h1>Sammanträdesprotokoll</h1><p><strong>Kommunfullmäktige</strong></p>
<p>Sammanträdesdatum: 2023-06-19</p>
<p>Plats och tid: Sessionssalen, Rådhuset, kl. 18.00–21.15</p>
<p>Ordförande: Eva Lund (S)</p>
<p>Justerare: Nils Berg (M), Ali Demir (V)</p>
<h2>§ 87 Dnr KS 2023/145</h2><h3>Årsredovisning 2022 för Exempelby kommun</h3>
<p><strong>Ärendebeskrivning</strong></p>
<p>Kommunens resultat för 2022 uppgår till 42,3 miljoner kronor.</p>
<table><caption>Resultat per nämnd 2022 (mnkr)</caption>
<tr><th>Nämnd</th><th>Budget 2022</th><th>Utfall 2022</th><th>Avvikelse</th></tr>
<tr><td>Socialnämnden</td><td>-612,0</td><td>-628,4</td><td>-16,4</td></tr>
<tr><td>Barn- och utbildningsnämnden</td><td>-845,2</td><td>-839,9</td><td>5,3</td></tr></table>
<p><strong>Kommunfullmäktiges beslut</strong></p><p>Kommunfullmäktige godkänner årsredovisningen för 2022.</p>
<h2>§ 88 Dnr KS 2023/160</h2><h3>Ansvarsfrihet för socialnämnden 2022</h3>
<p><strong>Kommunfullmäktiges beslut</strong></p><p>Kommunfullmäktige beviljar socialnämndens ledamöter ansvarsfrihet.</p>
</body></html>
"""


def test_a_compound_whose_parts_stand_together_in_the_answer_is_no_unknown_word(tmp_path: Path) -> None:
    """'budgetavvikelse' occurs in no document, but 'Budget' and 'Avvikelse' head the row that answers: the
    question is answered, not refused for a word the documents lack."""
    # The kallelse's agenda has "Val av justerare": another board's meeting, not the one asked about below.
    assistant = indexed_assistant(tmp_path, {"kf_protokoll_2023-06-19.html": HTML_PROTOKOLL,
                                    "bun_kallelse_2024-03-12.txt": PLAIN_KALLELSE})
    answer = assistant.ask("Hur stor var socialnämndens budgetavvikelse 2022?")
    assert not answer.abstained and "-16,4" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)
    # The table's header line is no answer by itself: its rows' facts name it.
    assert not any(c.quote.startswith("Nämnd\t") for c in answer.citations), [c.quote for c in answer.citations]
    # Asked about a meeting of a board the question names, the answer is that board's.
    chair = assistant.ask("Vem var justerare vid kommunfullmäktiges sammanträde?")
    assert "Protokollet justerades av" in chair.text and "(Kommunfullmäktige)" in chair.text, chair.text


def test_a_meeting_known_from_its_kallelse_alone_says_when_and_where_it_is_called(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"kfn_kallelse_2024-10-22.txt": ALIGNED_KALLELSE})
    for question in ("När sammanträder kultur- och fritidsnämnden?", "Var hålls nämndens sammanträde i oktober?",
                     "När är nästa sammanträde?", "När träffas nämnden?", "I vilket rum möts nämnden i oktober?",
                     "In which room does the board meet?"):
        answer = assistant.ask(question)
        assert "Enligt kallelsen hålls sammanträdet 2024-10-22, tisdagen den 22 oktober 2024, kl. 17:30, Kulturhuset, rum Ljusgården" in answer.text, \
            answer.text
        assert_cited(assistant, answer.text, answer.citations)
        # The letterhead is neither a decision nor a proposal.
        assert answer.citations[0].basis is None and "kallelse" in answer.citations[0].label
    listed = assistant.ask("Vilka ärenden finns på föredragningslistan?")
    assert "Biblioteksplan 2025–2028 (KFN 2024/102)" in listed.text, listed.text


def test_the_next_meeting_of_another_group_is_not_the_boards(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"kfn_kallelse_2024-10-22.txt": ALIGNED_KALLELSE})
    answer = assistant.ask("När träffades hyresvärdarna och förvaltningen i samverkansgruppen, och när är nästa möte?")
    # No ärende of the called meeting is about the landlords: its date would answer another meeting.
    assert "2024-10-22" not in answer.text, answer.text
    assert "2024-10-22" in assistant.ask("När är nästa sammanträde?").text


def test_a_meeting_on_a_day_no_document_has_is_not_answered_with_another(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL})
    other = assistant.ask("Vem var ordförande på sammanträdet i mars 2024?")
    assert other.abstained and other.text.startswith("Inget sammanträde i handlingarna är daterat mars 2024."), \
        other.text
    assert "Ordförande var" in assistant.ask("Vem var ordförande på sammanträdet i februari 2024?").text


def test_with_minutes_only_the_next_meeting_is_not_known(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL})
    answer = assistant.ask("När är nästa sammanträde?")
    assert answer.abstained and answer.text.startswith("Det finns ingen kallelse till ett kommande sammanträde"), \
        answer.text
    assert "2024-02-21" in answer.text
    # The past meeting's facts are still answered; with no place or time on the first page, its date.
    held = assistant.ask("När hölls sammanträdet?")
    assert "Sammanträdet hölls 2024-02-21, onsdagen den 21 februari 2024 (Socialnämnden)" in held.text, held.text
    assert_cited(assistant, held.text, held.citations)


def test_a_time_with_a_full_stop_keeps_the_sentence_it_stands_in(tmp_path: Path) -> None:
    """'kl. 13.00' is no sentence end; before the fix the answer began at '00 i Stadshuset'."""
    report = ("# Verksamhetsberättelse 2023\n\n## Öppettider\n\nBiblioteket i Västerby har öppet till kl. 19.00 på "
              "torsdagar sedan hösten 2023. Lördagar stänger det kl. 14.00.\n")
    assistant = indexed_assistant(tmp_path, {"kfn_verksamhetsberattelse_2023.md": report})
    answer = assistant.ask("Hur länge har biblioteket i Västerby öppet på torsdagar?")
    assert "Biblioteket i Västerby har öppet till kl. 19.00 på torsdagar" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)


def test_a_tables_caption_is_no_answer_sentence_of_its_own(tmp_path: Path) -> None:
    report = ("<html><body><h1>Verksamhetsberättelse 2023</h1><h2>Ekonomi</h2>"
              "<p>Nämnden redovisar ett underskott på 2,3 mnkr mot budget för 2023.</p>"
              "<table><caption>Driftredovisning (tkr)</caption><tr><th>Verksamhet</th><th>Budget 2023</th>"
              "<th>Utfall 2023</th></tr><tr><td>Simhall</td><td>9 800</td><td>12 600</td></tr>"
              "<tr><td>Bibliotek</td><td>18 400</td><td>18 150</td></tr></table></body></html>")
    assistant = indexed_assistant(tmp_path, {"kfn_verksamhetsberattelse_2023.html": report})
    answer = assistant.ask("Vad kostade simhallen 2023?")
    assert "12 600" in answer.text, answer.text
    assert all(c.quote.strip() != "Driftredovisning (tkr)" for c in answer.citations), [c.quote for c in answer.citations]


# Minutes as an HTML export with a first-page field table, a vote and a tabled motion (invented).
VOTE_PROTOKOLL = """<html><body><p>Lindås kommun</p><h1>SAMMANTRÄDESPROTOKOLL</h1><p><b>Omsorgsnämnden</b></p>
<table><tr><td>Plats och tid</td><td>Rådhuset, sal Ekhagen, torsdag 14 mars 2024 kl. 09.00–12.10</td></tr>
<tr><td>Beslutande</td><td>Kerstin Ljung (S), ordförande; Ahmed Nur (M); Lisa Palm (V); Gustav Berg (KD)</td></tr>
<tr><td>Övriga närvarande</td><td>Maja Ek, förvaltningschef; Tor Lind, sekreterare</td></tr>
<tr><td>Utses att justera</td><td>Ahmed Nur</td></tr></table>
<h2>§ 22 Dnr ON 2024/0021</h2><h3>Ändrade riktlinjer för trygghetslarm</h3>
<p><b>Ärendebeskrivning</b></p><p>Förvaltningen föreslår att avgiften för trygghetslarm höjs från 250 till 300 kronor per månad.</p>
<p><b>Yrkanden</b></p><p>Lisa Palm (V) yrkar att avgiften ska vara oförändrad.</p>
<p><b>Omröstning</b></p><p>Omröstning begärs och genomförs. Förvaltningens förslag får 3 röster och Lisa Palms yrkande 1 röst.</p>
<p><b>Omsorgsnämndens beslut</b></p><p>Omsorgsnämnden beslutar att avgiften för trygghetslarm ska vara 300 kronor per månad.</p>
<p><b>Reservation</b></p><p>Lisa Palm (V) reserverar sig mot beslutet.</p>
<h2>§ 23 Dnr ON 2024/0030</h2><h3>Motion om gratis trygghetslarm för personer över 85 år</h3>
<p><b>Omsorgsnämndens beslut</b></p><p>Ärendet bordläggs till nästa sammanträde.</p>
</body></html>"""


def test_the_justering_asked_in_english_is_answered_with_its_place_and_time(tmp_path: Path) -> None:
    """Asked when and where the minutes are checked and signed ("justeras"), in Swedish or English, the answer gives the
    first page's "Justeringens plats och tid" beside who signs; an English question had no word of the justering
    and got the meeting's own time and place only."""
    protokoll = VOTE_PROTOKOLL.replace(
        "<tr><td>Utses att justera</td><td>Ahmed Nur</td></tr></table>",
        "<tr><td>Utses att justera</td><td>Ahmed Nur</td></tr>"
        "<tr><td>Justeringens plats och tid</td><td>Omsorgskontoret, tisdag 19 mars 2024 kl. 10.00</td></tr></table>")
    assistant = indexed_assistant(tmp_path, {"on_protokoll_2024-03-14.html": protokoll})
    for question in ("När och var justeras protokollet från omsorgsnämndens sammanträde i mars 2024?",
                     "When and where will the minutes of the care committee's meeting in March 2024 be checked and "
                     "signed, and who is doing it?",
                     "Who will sign the minutes of the omsorgsnämnd meeting on 14 March 2024, and when?"):
        answer = assistant.ask(question)
        assert "19 mars 2024" in answer.text and "Ahmed Nur" in answer.text, (question, answer.text)
        assert_cited(assistant, answer.text, answer.citations)


def test_a_vote_the_secretary_and_a_tabled_motion(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"on_protokoll_2024-03-14.html": VOTE_PROTOKOLL})
    vote = assistant.ask("Hur röstade nämnden om trygghetslarmen?")
    assert "Förvaltningens förslag får 3 röster" in vote.text, vote.text
    assert_cited(assistant, vote.text, vote.citations)
    # Each cited passage says something: no label ("Omröstning") cited as its own source.
    assert all(len(c.quote.split()) > 2 for c in vote.citations), [c.quote for c in vote.citations]
    secretary = assistant.ask("Vem var sekreterare vid sammanträdet?")
    assert "Sekreterare var Tor Lind" in secretary.text, secretary.text
    assert_cited(assistant, secretary.text, secretary.citations)
    tabled = assistant.ask("Vad hände med motionen om gratis trygghetslarm?")
    assert tabled.text.split("[1]")[0].rstrip().endswith("Ärendet bordläggs till nästa sammanträde."), tabled.text
    # The same in English.
    voted = assistant.ask("How did the board vote on the safety alarm fee?")
    assert "Förvaltningens förslag får 3 röster" in voted.text, voted.text
    agenda = assistant.ask("Which items were on the agenda?")
    assert "§ 22 Ändrade riktlinjer för trygghetslarm" in agenda.text and "§ 23" in agenda.text, agenda.text


# A tjänsteskrivelse on its own, addressed to the board between its letterhead and its title (invented).
LOKALBEHOV = """TJÄNSTESKRIVELSE
Datum 2024-05-02
Diarienummer BUN 2024/00213
Handläggare Johan Eklund

Bergsjö kommun

# Barn- och utbildningsnämnden

# Lokalbehov för förskolan i Norrvik

## Förslag till beslut

Barn- och utbildningsnämnden beslutar att ge förvaltningen i uppdrag att planera för en ny förskola med sex avdelningar i Norrvik.

## Sammanfattning av ärendet

Antalet barn i förskoleålder i Norrvik väntas öka från 310 till 390 fram till 2028.
"""


def test_a_proposal_in_a_tjansteskrivelse_on_its_own_is_never_the_decision(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"bun_tjansteskrivelse_lokalbehov.md": LOKALBEHOV})
    answer = assistant.ask("Vad beslutade nämnden om förskolan i Norrvik?")
    assert answer.abstained and answer.partial, answer
    assert answer.text.startswith("Jag hittar inget beslut om det i handlingarna, bara förvaltningens förslag:"), \
        answer.text
    assert "planera för en ny förskola" in answer.text
    assert_cited(assistant, answer.text, answer.citations)
    assert answer.citations[0].basis == "proposal", answer.citations[0]
    # The letterhead's diarienummer is the ärende's, across the heading that names the board.
    case = assistant.ask("Vilket diarienummer har ärendet om lokalbehov för förskolan?")
    assert case.text.startswith("BUN 2024/00213"), case.text


def test_what_is_proposed_in_a_numbered_list_is_answered_with_its_clauses(tmp_path: Path) -> None:
    """A tjänsteskrivelse in Word (invented, after probe N's Fårhult) whose proposal is a typed numbered list under the
    line announcing it: asked what the council is proposed to decide, the answer gives the förvaltning's clauses, not
    the bare line that announces them."""
    from docx import Document

    document = Document()
    document.add_heading("Svar på motion om feriejobb", 1)
    document.add_paragraph("Datum: 2025-11-12")
    document.add_heading("Förslag till beslut", 2)
    for line in ("Arbetsmarknadsnämnden föreslår kommunfullmäktige besluta",
                 "1.\tMotionen anses besvarad i den del som avser samarbetet med näringslivet.",
                 "2.\tMotionen avslås i övrigt."):
        document.add_paragraph(line)
    document.add_heading("Ärendebeskrivning", 2)
    document.add_paragraph("Linnea Sjöstrand (V) föreslår i en motion att alla ungdomar som söker feriejobb ska "
                           "garanteras ett. Sommaren 2025 sökte 612 ungdomar feriejobb och 418 av dem fick en plats.")
    folder = tmp_path / "docs"
    folder.mkdir()
    document.save(folder / "amn_motionssvar_feriejobb.docx")
    assistant = Assistant.from_settings(make_settings(tmp_path / "index"))
    assert assistant.ingest([folder]).count("added") == 1
    answer = assistant.ask("Vad föreslås kommunfullmäktige besluta om motionen om feriejobb?")
    assert not answer.abstained, answer.text
    assert "Motionen anses besvarad" in answer.text and "avslås i övrigt" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)


SKOLSKJUTS = """Tjänsteskrivelse
Datum: 2024-03-12
Diarienummer: BUN 2024/45
Handläggare: Karin Lund, utvecklingsstrateg

Barn- och utbildningsnämnden

Revidering av riktlinjer för skolskjuts

Förslag till beslut
Barn- och utbildningsnämnden beslutar att anta reviderade riktlinjer för skolskjuts att gälla från och med den 1 juli 2024.

Beskrivning av ärendet
Nuvarande riktlinjer antogs av nämnden 2019. Avståndsgränsen för årskurs 4–6 föreslås sänkas från 4 till 3 kilometer.

Ekonomiska konsekvenser
Förändringen beräknas kosta 450 000 kronor per år, som ryms inom befintlig budget för skolskjuts.

Beslutet ska skickas till
Skolskjutssamordnaren
Ekonomienheten

Anna Svensson
Förvaltningschef
"""


def test_a_tjansteskrivelse_on_its_own_answers_what_its_letterhead_says(tmp_path: Path) -> None:
    """A tjänsteskrivelse indexed alone is an ärende of its board with no meeting: its handläggare, date, recipients
    and proposal are answered and cited from it; it is no meeting, and its signature and recipients are no answer to
    a question about its subject (before, "Vem är handläggare …?" was answered "Skolskjutssamordnaren")."""
    assistant = indexed_assistant(tmp_path, {"bun_tjansteskrivelse_skolskjuts.txt": SKOLSKJUTS})
    handler = assistant.ask("Vem är handläggare för ärendet om skolskjuts?")
    assert handler.text.startswith("Handläggare för Revidering av riktlinjer för skolskjuts (BUN 2024/45) är Karin "
                                   "Lund."), handler.text
    # The handläggare is who wrote the tjänsteskrivelse.
    written = assistant.ask("Vem har skrivit tjänsteskrivelsen om skolskjuts?")
    assert written.text.startswith("Handläggare för Revidering av riktlinjer för skolskjuts"), written.text
    dated = assistant.ask("När är tjänsteskrivelsen om skolskjuts daterad?")
    assert "är daterad 2024-03-12" in dated.text, dated.text
    sent = assistant.ask("Vem ska beslutet om skolskjuts skickas till?")
    assert "till Skolskjutssamordnaren och Ekonomienheten" in sent.text and sent.partial, sent.text
    decided = assistant.ask("Vad beslutade nämnden om skolskjuts?")
    assert decided.abstained and decided.partial and "anta reviderade riktlinjer" in decided.text, decided.text
    assert "Inget sammanträde i handlingarna tar upp ärendet" in decided.text
    treated = assistant.ask("När behandlades ärendet om skolskjuts?")
    assert treated.partial and "är daterad 2024-03-12" in treated.text, treated.text
    assert "När nämnden behandlar ärendet framgår inte av handlingarna." in treated.text
    assert handler.citations[0].line_start == handler.citations[0].line_end == 4  # the Handläggare line alone
    for answer in (handler, dated, sent, decided, treated):
        assert_cited(assistant, answer.text, answer.citations)
    proposed = assistant.ask("Vad föreslår förvaltningen om skolskjuts?")
    assert "Anna Svensson" not in proposed.text and "Ekonomienheten" not in proposed.text, proposed.text
    # No meeting: nothing is called or minuted, and the page's meeting list stays empty.
    assert assistant.meetings.list() == []
    assert assistant.ask("När är nästa sammanträde?").abstained


SKOLSKJUTS_PROTOKOLL = """SAMMANTRÄDESPROTOKOLL
Barn- och utbildningsnämnden
Sammanträdesdatum 2024-04-09

§ 23 Dnr BUN 2024/45
Revidering av riktlinjer för skolskjuts

Beslut
Barn- och utbildningsnämnden beslutar att anta reviderade riktlinjer för skolskjuts att gälla från och med den 1 augusti 2024.
"""


def test_a_tjansteskrivelse_on_its_own_joins_the_meeting_that_decided_its_arende(tmp_path: Path) -> None:
    """The protokoll's § with the tjänsteskrivelse's diarienummer: the decision is the protokoll's, the handläggare
    the tjänsteskrivelse's, and the meeting lists both documents."""
    assistant = indexed_assistant(tmp_path, {"bun_tjansteskrivelse_skolskjuts.txt": SKOLSKJUTS,
                                    "bun_protokoll_2024-04-09.txt": SKOLSKJUTS_PROTOKOLL})
    [meeting] = assistant.meetings.list()
    assert sorted(s.kind for s in meeting.sources) == ["protokoll", "tjänsteskrivelse"]
    assert MeetingOut.from_view(meeting).sources  # the API's model takes the tjänsteskrivelse as a source
    decided = assistant.ask("Vad beslutade nämnden om skolskjuts?")
    assert not decided.abstained and "1 augusti 2024" in decided.text, decided.text
    assert "Förvaltningen föreslog" in decided.text and "1 juli 2024" in decided.text, decided.text
    handler = assistant.ask("Vem är handläggare för ärendet om skolskjuts?")
    assert "är Karin Lund." in handler.text, handler.text
    for answer in (decided, handler):
        assert_cited(assistant, answer.text, answer.citations)


KUNGORELSE = """KUNGÖRELSE

Kommunfullmäktige sammanträder måndagen den 25 november 2024 kl. 18.30 i Stadshuset, Fullmäktigesalen.

Ärenden

1. Val av justerare och tid för justering
2. Allmänhetens frågestund
3. Budget 2025 och verksamhetsplan 2026–2027, KS 2024/311
4. Taxa för bygglov 2025, KS 2024/112

Anna Berg
Ordförande
"""


def test_a_kungorelse_that_calls_in_running_text(tmp_path: Path) -> None:
    """Fullmäktige's kungörelse names date, time and place in one sentence, and lists ärenden without proposals:
    the meeting is placed from that sentence, and the agenda is cited line by line (before, neither was known, and
    an agenda without proposals had nothing to cite)."""
    assistant = indexed_assistant(tmp_path, {"kf_kungorelse.txt": KUNGORELSE})
    when = assistant.ask("När är nästa sammanträde?")
    assert when.text.startswith("Enligt kallelsen hålls sammanträdet 2024-11-25, måndagen den 25 november 2024, kl. 18:30, Stadshuset, "
                                "Fullmäktigesalen"), when.text
    agenda = assistant.ask("Vilka ärenden tas upp på fullmäktiges sammanträde i november?")
    assert agenda.text.startswith("Kallelsen till Kommunfullmäktige 2024-11-25 tar upp: Punkt 1 Val av justerare"), \
        agenda.text
    assert "Punkt 4 Taxa för bygglov 2025 (KS 2024/112) [4]" in agenda.text
    for answer in (when, agenda):
        assert_cited(assistant, answer.text, answer.citations)


def test_meeting_questions_in_english_and_a_meeting_named_by_its_day(tmp_path: Path) -> None:
    """Two meetings in March 2024: the day picks the one asked about; a kallelse alone knows no secretary."""
    assistant = indexed_assistant(tmp_path, {"on_protokoll_2024-03-14.html": VOTE_PROTOKOLL,
                                    "kfn_kallelse_2024-10-22.txt": ALIGNED_KALLELSE,
                                    "bun_kallelse_2024-03-12.txt": PLAIN_KALLELSE})
    secretary = assistant.ask("Who was the secretary at the meeting on 14 March 2024?")
    assert "Sekreterare var Tor Lind (Omsorgsnämnden)" in secretary.text, secretary.text
    assert "2024-03-12" not in secretary.text
    when = assistant.ask("When is the culture and leisure committee meeting in October?")
    assert "Enligt kallelsen hålls sammanträdet 2024-10-22" in when.text, when.text
    assert_cited(assistant, when.text, when.citations)
    unknown = assistant.ask("Vem var ordförande vid barn- och utbildningsnämndens sammanträde den 12 mars 2024?")
    assert "Enligt kallelsen" not in unknown.text, unknown.text


# The same kind of report from a second municipality (invented), for an index that holds several.
NORRVIK_REPORT = """# Vård- och omsorgsnämnden – Verksamhetsberättelse 2021

Norrviks kommun

## Ekonomiskt resultat

Vård- och omsorgsnämnden redovisar ett underskott på 2 140 tkr för 2021. Underskottet beror på ökade kostnader för
placeringar på särskilt boende.
"""


def test_a_question_about_one_municipality_is_answered_from_its_documents_only(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"vo_verksamhetsberattelse_2021.md": REPORT, "norrvik_vo_2021.md": NORRVIK_REPORT})
    for place, own, other in (("Norrviks kommun", "2 140", "6 412"), ("Exempelby kommun", "6 412", "2 140")):
        answer = assistant.ask(f"Hur stort underskott redovisade vård- och omsorgsnämnden i {place} för 2021?")
        assert not answer.abstained and own in answer.text and other not in answer.text, answer.text
        assert_cited(assistant, answer.text, answer.citations)
        # The place picks the documents: its name is no topic, so the letterhead line is not the answer.
        assert not any(c.quote.strip() == place for c in answer.citations), answer.citations
    # In an index of several municipalities, the place named bare picks its documents too.
    bare = assistant.ask("Hur stort underskott redovisade vård- och omsorgsnämnden i Norrvik för 2021?")
    assert "2 140" in bare.text and "6 412" not in bare.text, bare.text
    # A municipality whose documents the index does not hold: said plainly, naming the ones it does hold.
    elsewhere = assistant.ask("Hur stort underskott redovisade vård- och omsorgsnämnden i Malmö stad för 2021?")
    assert elsewhere.abstained and not elsewhere.citations, elsewhere.text
    assert "Exempelby kommun och Norrviks kommun" in elsewhere.text and "Malmö stad" in elsewhere.text, elsewhere.text
    # Named by its board alone ("nämnden i Malmö"), the municipality is asked all the same.
    by_board = assistant.ask("Hur stort underskott redovisade vård- och omsorgsnämnden i Malmö för 2021?")
    assert by_board.abstained and "Det finns inga handlingar från Malmö kommun" in by_board.text, by_board.text
    # Named as a partner or for comparison, a municipality scopes nothing.
    compared = assistant.ask("Hur stort var underskottet 2021 jämfört med Malmö stad?")
    assert not compared.text.startswith("Handlingarna i indexet kommer från"), compared.text


# One municipality's report that compares itself with another (invented).
COMPARING_REPORT = """# Socialnämnden – Verksamhetsberättelse 2023

Tranås kommun

## Ekonomiskt bistånd

I genomsnitt fick 212 hushåll per månad ekonomiskt bistånd under 2023. Nämnden har jämfört sig med Kalmar, som har
halverat sina kostnader för ekonomiskt bistånd på fem år genom en samlad arbetsmarknadsmodell.

## Hemlöshet

Under 2023 fanns 14 personer i akut hemlöshet i kommunen.
"""


def test_a_question_about_another_place_is_answered_from_what_is_said_of_it_or_refused(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"sn_verksamhetsberattelse_2023.md": COMPARING_REPORT})
    # A place the documents never speak of: their own figures are not its, and the answer says whose they are.
    other = assistant.ask("Hur många hushåll i Växjö fick ekonomiskt bistånd 2023?")
    assert other.abstained and other.partial, other.text
    assert other.text.startswith("Det finns ingen uppgift för Växjö i handlingarna; för Tranås kommun redovisas "
                                 "följande."), other.text
    assert_cited(assistant, other.text, other.citations)
    # A place the documents compare themselves with: what they say of it answers.
    said = assistant.ask("Hur mycket har kostnaderna för ekonomiskt bistånd minskat i Kalmar?")
    assert not said.abstained and "halverat" in said.text, said.text
    # The documents' own municipality, named bare, is theirs.
    own = assistant.ask("Hur många personer var i akut hemlöshet i Tranås 2023?")
    assert not own.abstained and "14 personer" in own.text, own.text


def test_a_meeting_question_about_one_municipality_sees_its_meetings_only(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL,
                                    "on_protokoll_2024-03-14.html": VOTE_PROTOKOLL})
    for place, chair, other in (("Lindås kommun", "Kerstin Ljung (S)", "Anna Berg"),
                                ("Exempelstads kommun", "Anna Berg (S)", "Kerstin Ljung")):
        answer = assistant.ask(f"Vem var ordförande på sammanträdet i {place}?")
        assert f"Ordförande var {chair}" in answer.text and other not in answer.text, answer.text
        assert_cited(assistant, answer.text, answer.citations)


# Minutes of a fullmäktige whose header dates the meeting only as "board date" (invented): a vote whose
# reservations come before its count, a motion decided without a vote, and a § that sets next year's meetings.
FULLMAKTIGE = """Rönnby kommun
PROTOKOLL
Kommunfullmäktige

§ 61 Dnr KS 2024/311
Budget 2025

Yrkanden
Sofia Berg (S) yrkar bifall till kommunstyrelsens förslag. Mikael Ros (M) yrkar bifall till M:s budgetförslag.

Reservationer
M-gruppen reserverar sig mot beslutet till förmån för eget yrkande.

Omröstning
Omröstningen utfaller med 16 ja-röster och 14 nej-röster. Kommunfullmäktige har således beslutat enligt
kommunstyrelsens förslag.

Kommunfullmäktiges beslut
Kommunfullmäktige fastställer skattesatsen för 2025 till 21,95 kronor.

§ 62 Dnr KS 2023/678
Motion om solceller på kommunens fastigheter

Kommunfullmäktiges beslut
Kommunfullmäktige bifaller motionen.

§ 64 Dnr KS 2024/350
Sammanträdestider 2025

Kommunfullmäktiges beslut
Kommunfullmäktige sammanträder 2025 den 17 februari, den 16 juni och den 29 september 2025.

§ 65
Meddelanden

Kommunfullmäktiges beslut
Meddelandena läggs till handlingarna. Nästa sammanträde hålls den 16 december 2024 i Folkets hus.
"""


def test_votes_and_meeting_dates_in_a_fullmaktige_protokoll(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"kf_protokoll_ronnby_2024-11-25.txt": FULLMAKTIGE})
    # Only minutes: the next meeting is the one they say is next, cited there.
    answer = assistant.ask("När är nästa sammanträde med kommunfullmäktige?")
    assert not answer.abstained and "16 december 2024" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)
    answer = assistant.ask("Hur röstade kommunfullmäktige om budget 2025?")
    # The count leads, before the reservations the minutes print first.
    assert answer.text.index("16 ja-röster och 14 nej-röster") < answer.text.index("reserverar sig"), answer.text
    assert_cited(assistant, answer.text, answer.citations)
    # A motion decided without a vote: that is said, not another ärende's vote.
    answer = assistant.ask("Hur många ja-röster fick motionen om solceller?")
    assert answer.abstained and "antecknar ingen omröstning" in answer.text and "16" not in answer.text, answer.text
    # No meeting is dated September 2025, but a § sets one then: the passages answer, not a refusal.
    answer = assistant.ask("När sammanträder kommunfullmäktige i september 2025?")
    assert not answer.abstained and "29 september" in answer.text, answer.text
    # Who chaired a meeting in a month the minutes only mention: refused, not another meeting's chair.
    answer = assistant.ask("Vem var ordförande på kommunfullmäktiges sammanträde i september 2025?")
    assert answer.abstained and "Inget sammanträde" in answer.text, answer.text
    # Another board than any in the minutes: not answered with this board's decisions.
    answer = assistant.ask("Vad beslutade socialnämnden om budget 2025?")
    assert "Kommunfullmäktige beslutade" not in answer.text, answer.text
    for question in ("Vad beslutade kommunfullmäktige om solceller?", "Vilka ärenden bordlades?",
                     "Vem reserverade sig mot budgeten?"):
        assert "None" not in assistant.ask(question).text


def test_a_decision_that_leads_in_on_a_line_of_its_own_is_cited_to_the_end_of_its_sentence(tmp_path: Path) -> None:
    """A PDF protokoll (invented) whose decision opens "Kommunfullmäktige beslutar" on a line of its own, its
    att-satser on the lines below: the citation quotes them, not the lead-in alone, so it states the figure."""
    from tests.ingest.test_pdf_reader import _canvas_lines

    folder = tmp_path / "docs"
    folder.mkdir()
    pdf, line = _canvas_lines(folder / "kf_protokoll_lindby.pdf")
    rows = [("Lindby kommun SAMMANTRÄDESPROTOKOLL", True), ("Kommunfullmäktige", True),
            ("Sammanträdesdatum 2024-06-17", False), ("§ 61 Dnr KS 2024/311", True), ("Budget 2025", True),
            ("Kommunfullmäktiges beslut", True), ("Kommunfullmäktige beslutar", False),
            ("att fastställa skattesatsen för 2025 till 21,95 kronor per skattekrona, samt", False),
            ("att fastställa driftramarna enligt kommunstyrelsens förslag.", False)]
    y = 780.0
    for text, bold in rows:
        line(y, (56, text, "l", bold, 10))
        y -= 22
    pdf.showPage()
    pdf.save()
    assistant = Assistant.from_settings(make_settings(tmp_path / "index"))
    assert assistant.ingest([folder]).count("added") == 1
    answer = assistant.ask("Vilken skattesats beslutade kommunfullmäktige för 2025?")
    assert "21,95" in answer.text, answer.text
    assert any("21,95" in c.quote for c in answer.citations), [c.quote for c in answer.citations]
    assert_cited(assistant, answer.text, answer.citations)


def test_a_yes_or_no_question_in_a_decision_verb_gets_the_decision(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"kf_protokoll_ronnby.txt": FULLMAKTIGE})
    for question in ("Biföll kommunfullmäktige motionen om solceller?", "Was the motion on solar panels approved?"):
        answer = assistant.ask(question)
        assert "Kommunfullmäktige bifaller motionen" in answer.text and "§ 62" in answer.text, answer.text
        assert_cited(assistant, answer.text, answer.citations)


TEKNISKA = """Aspvik kommun
PROTOKOLL
Tekniska nämnden
Sammanträdesdatum 2024-03-14

Ordförande: Roger Lund (M)
Sekreterare: Eva Ström

§ 12 Dnr TN 2024/33
Ny parkeringstaxa

Tekniska nämndens beslut
Tekniska nämnden föreslår kommunfullmäktige att anta en ny parkeringstaxa.
"""

SOCIALA = """Aspvik kommun
PROTOKOLL
Socialnämnden
Sammanträdesdatum 2024-03-20

Ordförande: Anna Berg (S)
Sekreterare: Per Holm

§ 30 Dnr SN 2024/8
Ekonomisk uppföljning februari

Socialnämndens beslut
Socialnämnden godkänner uppföljningen.
"""


def test_a_board_named_by_an_adjective_is_its_own_board_also_asked_in_english(tmp_path: Path) -> None:
    """"Tekniska nämnden" is the board of its minutes (two words), and "the technical committee" asks for it."""
    assistant = indexed_assistant(tmp_path, {"tn_protokoll.txt": TEKNISKA, "sn_protokoll.txt": SOCIALA})
    titles = {d.title for d in assistant.documents()}
    assert any(t.startswith("Protokoll tekniska nämnden") for t in titles), titles
    answer = assistant.ask("Who chaired the technical committee meeting in March 2024?")
    assert "Roger Lund" in answer.text and "Anna Berg" not in answer.text, answer.text
    answer = assistant.ask("Vem var ordförande på tekniska nämndens sammanträde i mars?")
    assert "Roger Lund" in answer.text and "Anna Berg" not in answer.text, answer.text


def test_a_personnummer_is_never_given_and_the_masked_sentence_is_no_answer(tmp_path: Path) -> None:
    meddelanden = ("# Meddelanden till socialnämnden\n\nFörvaltningsrätten i Växjö har meddelat dom i ett mål om "
                   "bostadsanpassning där Kim Ek, 850709-9805, överklagat nämndens beslut. Överklagandet avslogs.\n")
    assistant = indexed_assistant(tmp_path, {"sn_meddelanden_2024-03-12.md": meddelanden})
    for question in ("Vilket personnummer har den som överklagade beslutet om bostadsanpassning?",
                     "What is the personal identity number of the appellant in the housing adaptation case?"):
        answer = assistant.ask(question)
        assert answer.abstained and not answer.citations, answer.text
        assert answer.text.startswith("Personnummer och samordningsnummer lämnas inte ut"), answer.text
    # The rest of the sentence is still there to be asked for; the number itself never was (masked on reading).
    told = assistant.ask("Hur gick det med överklagandet om bostadsanpassning?")
    assert not told.abstained and "avslogs" in told.text and "9805" not in told.text, told.text


def test_a_copy_with_its_own_conversations_shares_the_readers_and_follows_the_index(tmp_path: Path) -> None:
    """The benchmark times each question on such a copy: it must answer as the assistant does, without building the
    meetings again, and see what is ingested after it was made (the readers follow the index's generation)."""
    assistant = indexed_assistant(tmp_path, {"sn_protokoll_2024-02-21.txt": PLAIN_PROTOKOLL})
    question = "Vad beslutade socialnämnden om avgiften för familjerådgivning?"
    before = assistant.ask(question)
    copy = assistant.with_conversations(Conversations())
    assert copy.meetings is assistant.meetings and copy.placer is assistant.placer
    assert copy.conversations is not assistant.conversations
    again = copy.ask(question)
    assert again.text == before.text and again.citations == before.citations
    assert [m.date for m in copy.meetings.all()] == ["2024-02-21"]
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "kfn_kallelse_2024-10-22.txt").write_text(ALIGNED_KALLELSE, encoding="utf-8")
    assert assistant.ingest([folder]).count("added") == 1
    assert "2024-10-22" in [m.date for m in copy.meetings.all()]
    answer = copy.ask("Vilka ärenden tas upp på kultur- och fritidsnämndens sammanträde 2024-10-22?")
    assert "Bidrag till studieförbund" in answer.text, answer.text


BOARD_PLAN = """Norrvika kommun
Miljö- och byggnadsnämnden

# Verksamhetsplan med budget 2026

## 4 Ekonomi

### 4.1 Budget per verksamhet

Verksamhet | Budget 2026 | Budget 2025
--- | --- | ---
Nämnd och ledning | -2 140 | -2 010
Bygglov | -3 570 | -3 210
Livsmedelskontroll | -870 | -940
"""


def test_a_passage_naming_no_board_speaks_of_its_documents_board(tmp_path: Path) -> None:
    """A plan's table names no board in its rows, headings or title ("Verksamhetsplan med budget 2026"; invented):
    its figures are the board's whose document it is, so asked about another board's budget the answer says that it
    has none and whose figures it shows, and asked about the document's own board it answers."""
    assistant = indexed_assistant(tmp_path, {"norrvika_mbn_verksamhetsplan_2026.md": BOARD_PLAN})
    other = assistant.ask("Hur stor är kultur- och fritidsnämndens budget för nämnd och ledning i Norrvika 2026?")
    assert other.abstained and "ingen uppgift för kultur- och fritidsnämnden" in other.text, other.text
    assert "miljö- och byggnadsnämnden" in other.text.lower(), other.text
    own = assistant.ask("Hur stor är miljö- och byggnadsnämndens budget för nämnd och ledning i Norrvika 2026?")
    assert not own.abstained and "-2 140" in own.text, own.text


# A kallelse exported from a meeting system as a web page (invented): each agenda item's number, title,
# diarienummer, föredragande and description in elements of their own, one to a line.
LISTED_KALLELSE = "\n".join([
    '<html><body>', '<div class="doc-type">KALLELSE</div>', '<div class="org">Ekeby kommun</div>',
    '<div class="meta-row"><span>Organ</span> <span>Servicenämnden</span></div>',
    '<div class="meta-row"><span>Datum</span> <span>2025-12-09</span></div>', '<div class="agenda-head">Ärenden</div>',
    *(line for n, title, dnr, who, text in (
        (1, "Val av justerare", "", "", ""),
        (2, "Leasing av elbilar till den kommungemensamma bilpoolen", "2025-000131", "Anna Ek, fordonssamordnare",
         "Avtalet omfattar tolv elbilar under fyra år och ersätter tre äldre bilar med förbränningsmotor."),
        (3, "Internpriser för måltidsservice 2026", "2025-000118", "Erik Sand, kostchef",
         "Förvaltningen föreslår att internpriset för en skollunch höjs till 41,20 kr per portion."))
      for line in (f'<div class="item-number">{n}</div>', f'<div class="item-title">{title}</div>',
                   *((f'<div><span>Diarienummer</span> <span>{dnr}</span></div>',
                      f'<div><span>Föredragande</span> <span>{who}</span></div>', f'<div>{text}</div>') if dnr else ()),
                   "")),
    '</body></html>'])


def test_the_number_of_an_item_printed_under_its_title_is_answered_from_the_agenda(tmp_path: Path) -> None:
    """Asked an ärende's diarienummer, the passages answer with the item's description, which states none (the
    number stands on its own line under the title and belongs to no passage): the number is the one the kallelse's
    agenda gives the item, cited at its line."""
    assistant = indexed_assistant(tmp_path, {"sen_kallelse_2025-12-09.html": LISTED_KALLELSE})
    answer = assistant.ask("Vilket diarienummer har ärendet om internpriser för måltider?")
    assert not answer.abstained and "2025-000118" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)
    assert any("2025-000118" in c.quote for c in answer.citations), answer.citations
    # The passages' answer stands when it states a number: the item's description is asked about, not its number.
    described = assistant.ask("Vad föreslår förvaltningen om internpriset för skollunch?")
    assert "41,20" in described.text and "diarienummer" not in described.text, described.text


# Invented reports that restate the premise of a question several times and give what it asks — a reason, a person, a
# date — once, in another section.
_WHY_REPORT = ("# Vård- och omsorgsnämnden – Delårsrapport augusti 2025\n\nExempelby kommun\n\n"
               "## Sammanfattning\n\nNämnden prognostiserar ett underskott om 6 300 tkr för helåret 2025. "
               "Det är framför allt hemtjänsten som går över budget. Hemtjänsten går över budget med 4 200 tkr.\n\n"
               "## Driftredovisning\n\nVerksamhet\tBudget 2025\tPrognos 2025\tAvvikelse\n"
               "Hemtjänst\t88 000\t92 200\t-4 200\nSärskilt boende\t140 000\t140 000\t0\n\n"
               "## Kommentarer\n\nAvvikelsen beror på att de beviljade timmarna har ökat med 12 procent sedan januari "
               "enligt biståndsbesluten.\n\n## Personal\n\nSjukfrånvaron var 7,1 procent.\n")
_WHO_REPORT = ("# Kultur- och fritidsnämnden – Verksamhetsberättelse 2025\n\nExempelby kommun\n\n"
               "## Simhallsprojektet\n\nProjektet för den nya simhallen leds av en styrgrupp. Styrgruppen har haft sex "
               "möten under 2025 och följer projektets tidplan och budget. Styrgruppen rapporterar till nämnden varje "
               "kvartal. Styrgruppen leder arbetet med simhallsprojektet och beslutar om projektets inriktning. "
               "Simhallsprojektet leds av styrgruppen fram till invigningen 2027.\n\n"
               "## Organisation\n\nSom ordförande i gruppen sitter sedan mars 2025 kommundirektören Karin Ekdahl.\n\n"
               "## Ekonomi\n\nNämnden redovisar ett överskott om 1 200 tkr för 2025.\n")
_WHEN_REPORT = ("# Kultur- och fritidsnämnden – Verksamhetsberättelse 2025\n\nExempelby kommun\n\n"
                "## Nya simhallen\n\nDen nya simhallen öppnar för allmänheten när bygget är klart. Simhallen får en "
                "25-metersbassäng och en undervisningsbassäng. Öppnandet av simhallen sker efter slutbesiktningen. "
                "Nämnden följer arbetet med att öppna simhallen.\n\n"
                "## Tidplan\n\nSlutbesiktning görs i maj, och invigningen är planerad till den 15 augusti 2027.\n\n"
                "## Ekonomi\n\nNämnden redovisar ett överskott om 1 200 tkr för 2025.\n")


@pytest.mark.parametrize(("report", "question", "expected"), [
    (_WHY_REPORT, "Varför går hemtjänsten i Exempelby över budget?", "beviljade timmarna har ökat"),
    (_WHO_REPORT, "Vem leder styrgruppen för simhallsprojektet i Exempelby?", "Karin Ekdahl"),
    (_WHEN_REPORT, "När öppnar den nya simhallen i Exempelby?", "15 augusti 2027"),
])
def test_asked_why_who_or_when_the_answer_gives_that_not_only_the_restated_premise(
        tmp_path: Path, report: str, question: str, expected: str) -> None:
    assistant = indexed_assistant(tmp_path, {"rapport_2025.md": report})
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert expected in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)


def test_a_two_part_question_keeps_the_asked_reason_beside_each_parts_best_sentence(tmp_path: Path) -> None:
    """A question that asks why and one more thing is answered part by part (each part's best sentence first): the
    sentence giving the reason joins those too, rather than being cut with the whole question's own choice."""
    assistant = indexed_assistant(tmp_path, {"rapport_2025.md": _WHY_REPORT})
    answer = assistant.ask("Varför går hemtjänsten i Exempelby över budget, och hur hög var sjukfrånvaron?")
    assert not answer.abstained, answer.text
    assert "beviljade timmarna har ökat" in answer.text and "7,1" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)


_PART_YEAR_REPORT = ("# Kultur- och fritidsnämnden – Uppföljning november 2025\n\nExempelby kommun\n\n"
                     "## Fritidsgårdar\n\nUnder januari–november 2025 hade fritidsgårdarna sammanlagt 8 640 besök, "
                     "jämfört med 7 910 besök under samma period 2024.\n")
_FORECAST_REPORT = ("# Kultur- och fritidsnämnden – Budgetuppföljning 2025\n\nExempelby kommun\n\n"
                    "## Ekonomi\n\nNämnden prognostiserar ett överskott om 1 200 tkr för 2025.\n")


def test_asked_for_a_whole_year_a_part_of_it_is_shown_as_no_answer(tmp_path: Path) -> None:
    """Asked in so many words for a whole year, a figure for January to November of it is no answer: refused, with
    what there is shown and said to be a part of the year. A forecast is made for the whole year: it answers."""
    assistant = indexed_assistant(tmp_path, {"uppfoljning_2025.md": _PART_YEAR_REPORT, "budget_2025.md": _FORECAST_REPORT})
    answer = assistant.ask("Hur många besök hade fritidsgårdarna i Exempelby under hela 2024?")
    assert answer.abstained and answer.partial, answer.text
    assert "ingen uppgift för hela 2024" in answer.text and "7 910" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)
    whole = assistant.ask("Hur stort överskott prognostiserar kultur- och fritidsnämnden i Exempelby för hela 2025?")
    assert not whole.abstained and "1 200 tkr" in whole.text, whole.text


_HOMES_REPORT = ("# Socialnämnden – Verksamhetsberättelse 2025\n\nExempelby kommun\n\n"
                 "## Boenden\n\nStödboendet Ekhagen tar emot ungdomar som ska flytta hemifrån. Ekhagen stänger vid årets "
                 "slut, då verksamheten flyttar till nya lokaler.\n\n"
                 "## Volymer\n\nUnder 2025 aktualiserades 412 barn och unga hos individ- och familjeomsorgen, mot 389 "
                 "året innan.\n\n"
                 "## Korttidsboende\n\nKorttidsboendet Lärkan tar emot barn med funktionsnedsättning. Under 2025 "
                 "bodde där 14 barn, mot 11 året innan.\n")


def test_asked_how_many_of_a_name_the_count_must_stand_in_a_passage_that_says_it(tmp_path: Path) -> None:
    """Asked how many of a named thing, a count from a passage that never says the name is another's count, even
    beside a sentence that names the thing without a figure: refused, saying so. A count in the passage that names
    the thing (in a sentence of its own before it) answers."""
    assistant = indexed_assistant(tmp_path, {"verksamhetsberattelse_2025.md": _HOMES_REPORT})
    answer = assistant.ask("Hur många ungdomar bodde på Ekhagen i Exempelby under 2025?")
    assert answer.abstained and "ingen uppgift om Ekhagen" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)
    named = assistant.ask("Hur många barn bodde på Lärkan i Exempelby under 2025?")
    assert not named.abstained and "14 barn" in named.text, named.text


_SCHOOLS_REPORT = ("# Barn- och utbildningsnämnden – Årsredovisning 2025\n\nExempelby kommun\n\n"
                   "## Ekonomi per skola\n\nLindskolan redovisar ett underskott om 1 200 tkr för 2025. Björkskolan "
                   "redovisar ett underskott om 400 tkr för 2025. Underskotten beror på ökade lokalkostnader.\n\n"
                   "## Lokaler\n\nEkskolans nya matsal invigdes i oktober.\n")


def test_asked_about_a_name_the_answering_passages_do_not_say_the_figures_shown_are_no_answer(tmp_path: Path) -> None:
    """A school named in the question and in the documents, but in none of the sentences that answer (another
    school's deficit): refused, saying so, with what there is shown. The municipality's own name is the question's
    scope, not its subject, and a school the answer names is answered."""
    assistant = indexed_assistant(tmp_path, {"arsredovisning_2025.md": _SCHOOLS_REPORT})
    answer = assistant.ask("Hur stort underskott redovisar Ekskolan i Exempelby för 2025?")
    assert answer.abstained and "ingen uppgift om Ekskolan" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)
    named = assistant.ask("Hur stort underskott redovisar Lindskolan i Exempelby för 2025?")
    assert not named.abstained and "1 200 tkr" in named.text, named.text
    # In English too (where a capitalised word the English dictionary knows is no name).
    english = assistant.ask("What Deficit did Ekskolan in Exempelby report for 2025?")
    assert english.abstained and "ingen uppgift om Ekskolan" in english.text, english.text


def test_a_meeting_portals_presenter_line_names_who_presents_the_item(tmp_path: Path) -> None:
    """A meeting portal prints each agenda item as its number and title, a line "Diarienummer 2025-000152" and a line
    "Föredragande Jonas Berglund, lokalvårdschef" — label and value without a colon. The presenter line was taken
    for a heading (its name in no passage's text) and, as a name and a title, for a signature; the items ran
    together in one passage. Asked who presents an item, or its number, the item's own lines answer."""
    assistant = indexed_assistant(tmp_path, {"granaker_tn_kallelse_2026-02-17.html": PORTAL_KALLELSE})
    who = assistant.ask("Vem föredrar ärendet om internpriser för lokalvård på tekniska nämnden i Granåker?")
    assert "Jonas Berglund" in who.text, who.text
    assert_cited(assistant, who.text, who.citations)
    number = assistant.ask("dnr på leasingen av elfordon granåker tekniska nämnden")
    assert "2025-000163" in number.text and "2025-000152" not in number.text, number.text
