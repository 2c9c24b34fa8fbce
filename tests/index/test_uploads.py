"""Safe names for uploaded files: nothing leaves the uploads folder, nothing hides in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.uploads import MAX_NAME_CHARS, safe_name


@pytest.mark.parametrize(("sent", "kept"), [
    ("../../etc/passwd.md", "passwd.md"),
    ("..\\..\\windows\\system.ini.txt", "system.ini.txt"),
    ("/absolut/sökväg/kallelse.PDF", "kallelse.pdf"),
    ("a\x00b.txt", "ab.txt"),
    ("rapport\u202egpj.exe.txt", "rapportgpj.exe.txt"),  # a right-to-left override hiding the real ending
    ("ｋａｌｌｅｌｓｅ.pdf", "kallelse.pdf"),  # full-width letters folded
    ("Protokoll 2024-04-17 (justerat).pdf", "Protokoll 2024-04-17 (justerat).pdf"),
    ("..", "dokument"),
    (".dold.md", "dold.md"),
    ("fil<>:\"|?*.md", "fil_.md"),
    ("", "dokument"),
])
def test_safe_name(sent: str, kept: str) -> None:
    assert safe_name(sent) == kept


def test_a_long_name_is_cut_but_keeps_its_ending(tmp_path: Path) -> None:
    name = safe_name("å" * 500 + ".docx")
    assert len(name) <= MAX_NAME_CHARS and name.endswith(".docx")
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()
