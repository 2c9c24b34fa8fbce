"""The chat page's badge on an answer refused with something shown says which kind of refusal it is (Debian's chromium
against a live server over invented documents): a kallelse alone is no decision, a name the answering passages do not
say is no figure for that name — neither is "bara förslag"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from tests.assistant.test_called_meeting import EARLIER, KALLELSE
from tests.assistant.test_other_municipality import _SCHOOLS_REPORT
from tests.conftest import indexed_assistant
from tests.web.conftest import serve
from tests.web.test_page import expect_refused

pytestmark = pytest.mark.e2e

@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    assistant = indexed_assistant(tmp_path_factory.mktemp("badges"), {
        "lindas_bun_kallelse_2026-03-10.md": KALLELSE, "lindas_bun_maltidspolicy.md": EARLIER,
        "exempelby_bun_arsredovisning_2025.md": _SCHOOLS_REPORT})
    with serve(assistant) as url:
        yield url


@pytest.fixture
def chat(page: Page, server: str) -> Page:
    page.set_default_timeout(120_000)
    page.goto(server + "/")
    return page


def test_a_kallelse_alone_is_marked_no_decision_only_the_kallelse(chat: Page) -> None:
    expect_refused(chat, "Vad blev nämndens beslut om den nya skolskjutsgränsen?", "bara kallelsen till sammanträdet",
                   "Inget beslut, bara kallelsen")


def test_a_name_the_passages_do_not_say_is_marked_no_figure_for_just_that(chat: Page) -> None:
    expect_refused(chat, "Hur stort underskott redovisar Ekskolan i Exempelby för 2025?",
                   "Jag hittar ingen uppgift om Ekskolan", "Ingen uppgift om just det")
