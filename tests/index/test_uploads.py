"""Safe names for uploaded files: nothing leaves the uploads folder, nothing hides in it; received bytes a killed
process left behind do not pile up."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from index.uploads import MAX_NAME_CHARS, STALE_PART_SECONDS, clear_stale_parts, safe_name, staging_dir


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


def test_received_files_left_by_a_killed_process_are_cleared_by_the_next_upload(tmp_path: Path) -> None:
    incoming = staging_dir(tmp_path)
    old, fresh, aside = incoming / "a.part", incoming / "b.part", incoming / "c.previous"
    for path in (old, fresh, aside):
        path.write_bytes(b"%PDF-1.7")
    long_ago = time.time() - STALE_PART_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(aside, (long_ago, long_ago))
    clear_stale_parts(incoming)
    # The day-old received file is gone; one another instance may be writing now stays, and so does an earlier
    # version set aside (it may be the only copy of an indexed document's file).
    assert sorted(p.name for p in incoming.iterdir()) == ["b.part", "c.previous"]
