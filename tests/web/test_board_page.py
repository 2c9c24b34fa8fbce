"""The board views in Debian's chromium: meetings → agenda → item with proposal, decision and sources; the case
timeline; "Sök beslut"; the "Sammanfatta" download."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


@pytest.fixture
def board_page(page: Page, board_server: str) -> Iterator[Page]:
    errors: list[str] = []
    foreign: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: None if request.url.startswith((board_server, "data:"))
            else foreign.append(request.url))
    page.set_default_timeout(60_000)
    page.goto(board_server + "/")
    yield page
    assert not errors, errors
    assert not foreign, foreign


def test_meetings_agenda_item_and_case(board_page: Page) -> None:
    board_page.get_by_role("button", name="Sammanträden").click()
    board_page.get_by_role("button", name="Socialnämnden 2023-02-22").click()
    expect(board_page.locator(".agenda")).to_contain_text("sekretessärende")
    board_page.get_by_role("button", name="§ 21 Socialnämndens internkontrollplan 2023").click()
    item = board_page.locator(".item-box:visible")
    expect(item.locator(".proposal")).to_contain_text("internkontrollplan")
    expect(item.locator(".decision")).to_contain_text("med ändringen")
    expect(item.locator(".sources")).to_contain_text("Förslag: Socialnämnden 2023-02-22 punkt 8")
    expect(item.locator(".sources")).to_contain_text("Beslut: Socialnämnden 2023-02-22 § 21, SOCN/2023:19")

    item.get_by_role("button", name="SOCN/2023:19").click()
    expect(board_page.locator("#board-view h2")).to_contain_text("Ärende SOCN/2023:19")
    expect(board_page.locator(".timeline")).to_contain_text("§ 21")


def test_search_decisions_opens_the_paragraph(board_page: Page) -> None:
    board_page.get_by_role("button", name="Sök beslut").click()
    board_page.get_by_label("Utfall").select_option("återremitterat")
    board_page.locator("#decision-form").get_by_role("button", name="Sök beslut").click()
    hit = board_page.locator(".decision-list li")
    expect(hit).to_have_count(1)
    hit.get_by_role("button").click()
    opened = board_page.locator(".item-box:visible")
    expect(opened.locator(".decision")).to_contain_text("återremittera")
    expect(opened.locator(".sources")).to_contain_text("§ 23")


def test_summarise_downloads_the_draft(board_page: Page, tmp_path: Path) -> None:
    board_page.get_by_role("button", name="Sammanträden").click()
    board_page.get_by_role("button", name="Socialnämnden 2024-04-17").click()
    with board_page.expect_download() as download:
        board_page.get_by_role("link", name="Markdown").click()
    path = tmp_path / "draft.md"
    download.value.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert "§ 37" in text and "Källor" in text
    with board_page.expect_download() as docx:
        board_page.get_by_role("link", name="Word (DOCX)").click()
    assert docx.value.suggested_filename.endswith(".docx")
