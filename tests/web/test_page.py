"""The chat page in Debian's chromium, against the live server: ask, follow a citation, see the quote marked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.e2e

DEFICIT_QUESTION = "Hur stort var socialnämndens underskott mot budget för hela 2022?"
FIGURE = re.compile(r"19\s348")


@pytest.fixture
def chat(page: Page, live_server: str) -> Iterator[Page]:
    """The chat page, loaded; fails the test on any script error or request to another origin."""
    errors: list[str] = []
    foreign: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: None if request.url.startswith((live_server, "data:"))
            else foreign.append(request.url))
    page.set_default_timeout(120_000)  # answers share two cores with the test process
    page.goto(live_server + "/")
    yield page
    assert not errors, errors
    assert not foreign, f"the page must work offline, but requested {foreign}"


def ask(page: Page, question: str) -> None:
    page.get_by_label("Din fråga").fill(question)
    page.get_by_label("Din fråga").press("Enter")


def expect_refused(page: Page, question: str, text: str, badge: str) -> Locator:
    """Asked the question, the page shows a refusal that says `text`, under the badge `badge`; the answer's locator."""
    ask(page, question)
    answer = page.locator(".answer.abstained").last
    expect(answer).to_contain_text(text)
    expect(answer.locator(".badge")).to_have_text(badge)
    return answer


def test_answer_marker_opens_the_source_with_the_quote_marked(chat: Page, tmp_path: Path) -> None:
    ask(chat, DEFICIT_QUESTION)

    answer = chat.locator(".answer").last
    expect(answer).to_contain_text(FIGURE)
    expect(answer.locator(".sources")).to_be_visible()  # rendered once the stream is done
    marker = answer.locator("button.marker", has_text="[1]").first
    expect(marker).to_be_visible()
    marker.click()

    panel = chat.locator("#source-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("#panel-kicker")).to_have_text("Källa [1]")
    expect(panel.locator("#panel-meta")).to_contain_text(re.compile(r"\.(pdf|txt)"))
    expect(panel.locator("#panel-meta")).to_contain_text(re.compile(r"Sida|Rader"))
    mark = panel.locator("#panel-text mark")
    expect(mark).to_have_count(1)
    expect(mark).to_contain_text(FIGURE)
    expect(mark).to_be_in_viewport()
    expect(panel.locator("#panel-note")).to_be_hidden()
    chat.screenshot(path=str(tmp_path / "answer-with-source.png"), full_page=True)

    chat.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(marker).to_be_focused()


def test_listed_source_opens_the_panel_too(chat: Page) -> None:
    ask(chat, DEFICIT_QUESTION)

    chat.locator(".sources .source-link").first.click()

    expect(chat.locator("#panel-text mark")).to_have_count(1)


def test_empty_question_shows_the_swedish_error(chat: Page) -> None:
    chat.get_by_role("button", name="Fråga", exact=True).click()

    expect(chat.get_by_role("alert")).to_contain_text("Frågan är tom")


def test_abstention_is_shown_distinctly(chat: Page) -> None:
    ask(chat, "Hur många elefanter och giraffer?")  # no word of it occurs in any document

    abstained = chat.locator(".answer.abstained")
    expect(abstained).to_contain_text("Jag hittar inget om det i handlingarna.")
    expect(abstained.locator(".badge")).to_have_text("Inget underlag")


def test_a_month_the_documents_do_not_report_is_shown_as_no_answer_with_the_month_they_do(chat: Page) -> None:
    answer = expect_refused(chat, "Vilken sjukfrånvaro hade förvaltningen i maj 2024?",
                            "Det finns ingen uppgift för maj 2024 i handlingarna; för januari redovisas följande.",
                            "Ingen uppgift om just det")
    expect(answer.locator("button.marker", has_text="[1]").first).to_be_visible()


def test_question_text_is_shown_as_text_never_as_markup(chat: Page) -> None:
    ask(chat, "<img src=x onerror=alert(1)> <b>budget</b> 2022?")

    expect(chat.locator(".question").last).to_have_text(re.compile(r"<img src=x onerror=alert\(1\)> <b>budget</b>"))
    expect(chat.locator(".answer:not(.pending)").last).to_be_visible()
    expect(chat.locator("#log img, #log b")).to_have_count(0)


def test_a_question_about_development_draws_its_series(chat: Page) -> None:
    ask(chat, "Hur har antalet hushåll med ekonomiskt bistånd utvecklats?")

    figure = chat.locator(".answer:not(.pending) figure.series").last
    expect(figure).to_be_visible()
    expect(figure.locator("circle.dot")).to_have_count(3)
    expect(figure.locator("svg")).to_have_attribute("aria-label", re.compile(r"2017 643, 2018 599, 2019 588"))


FOLLOW_UP_READ = "Tolkad som: Hur stort var socialnämndens underskott mot budget för hela 2021?"


def ask_and_wait(page: Page, question: str) -> None:
    """Ask and wait until the answer is final (its copy button comes with the finished answer)."""
    turns = page.locator(".turn").count()
    ask(page, question)
    expect(page.locator(".turn").nth(turns).locator(".answer-actions .copy")).to_be_visible()


def test_a_follow_up_shows_how_it_was_read(chat: Page) -> None:
    ask_and_wait(chat, DEFICIT_QUESTION)
    ask_and_wait(chat, "Och 2021?")

    turns = chat.locator(".turn")
    expect(turns.first.locator(".standalone")).to_have_count(0)  # read as typed: nothing to show
    expect(turns.last.locator(".question")).to_have_text(re.compile(r"Och 2021\?$"))
    expect(turns.last.locator(".standalone")).to_have_text(FOLLOW_UP_READ)


def test_a_reload_keeps_the_conversation(chat: Page) -> None:
    ask_and_wait(chat, DEFICIT_QUESTION)
    ask_and_wait(chat, "Och 2021?")
    answers = chat.locator(".answer-text").all_inner_texts()

    chat.reload()

    turns = chat.locator(".turn")
    expect(turns).to_have_count(2)
    expect(chat.locator("#welcome")).to_have_count(0)
    assert chat.locator(".answer-text").all_inner_texts() == answers
    expect(turns.first.locator(".sources .source-link").first).to_be_visible()
    expect(turns.last.locator(".standalone")).to_have_text(FOLLOW_UP_READ)
    turns.first.locator("button.marker").first.click()  # a kept citation still opens its source
    expect(chat.locator("#panel-text mark")).to_have_count(1)

    ask_and_wait(chat, "Och 2020?")  # the same conversation on the server: read with the turn before
    expect(turns.last.locator(".standalone")).to_have_text(
        "Tolkad som: Hur stort var socialnämndens underskott mot budget för hela 2020?")


def test_new_conversation_clears_the_turns_and_the_id(chat: Page) -> None:
    ask_and_wait(chat, DEFICIT_QUESTION)

    chat.get_by_role("button", name="Ny konversation").click()

    expect(chat.locator(".turn")).to_have_count(0)
    expect(chat.locator("#welcome")).to_be_visible()
    chat.reload()
    expect(chat.locator("#welcome")).to_be_visible()
    expect(chat.locator(".turn")).to_have_count(0)
    ask_and_wait(chat, "Och 2021?")  # a new conversation: nothing before it to read the follow-up with
    expect(chat.locator(".standalone")).to_have_count(0)


def test_copy_puts_the_answer_with_its_sources_on_the_clipboard(chat: Page, live_server: str) -> None:
    chat.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    expected = chat.request.post(live_server + "/api/chat", data={"question": DEFICIT_QUESTION}).json()
    ask_and_wait(chat, DEFICIT_QUESTION)

    chat.locator(".turn").last.get_by_role("button", name="Kopiera svaret med källor").click()

    expect(chat.locator(".copy-status").last).to_have_text("Kopierat.")
    text = chat.evaluate("navigator.clipboard.readText()")
    answer, sources = text.split("\n\nKällor:\n")
    assert answer == expected["answer"] and FIGURE.search(answer)
    lines = sources.split("\n")
    assert len(lines) == len(expected["citations"])
    first = expected["citations"][0]
    quote = " ".join(first["quote"].split())
    assert lines[0].startswith(f"[1] {' '.join(first['title'].split())}, {first['source']}, ")
    assert re.search(r", (s\. \d+|rad \d+–\d+)(, | – )", lines[0]), lines[0]  # the page, or the lines of a text file
    assert lines[0].endswith(f" – ”{quote}”")
    assert FIGURE.search(quote)


def test_a_source_that_rests_on_a_proposal_says_so(chat: Page) -> None:
    # A kallelse's ärende is the förvaltning's proposal: the listed source must say "Förslag", never read as a decision.
    ask(chat, "Vem är handläggare för återrapporteringen om dataskyddsefterlevnad?")

    answer = chat.locator(".answer").last
    expect(answer.locator(".sources")).to_be_visible()
    basis = answer.locator(".sources .source-basis").first
    expect(basis).to_have_text("Förslag")
    expect(answer.locator(".sources .source-basis", has_text="Beslut")).to_have_count(0)
    answer.locator(".sources .source-link").first.click()
    expect(chat.locator("#panel-meta")).to_contain_text("Underlag")
