"""The README documents what a newcomer needs: every setting, and the two commands CI also runs."""

from __future__ import annotations

from assistant.settings import Settings
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme() -> None:
    missing = [f"NAMND_{name.upper()}" for name in Settings.model_fields if f"`NAMND_{name.upper()}`" not in README]
    assert not missing, f"settings missing from README: {missing}"


def test_quick_start_is_make_run_and_make_test() -> None:
    assert "make run" in README and "make test" in README
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_every_setting_has_a_description() -> None:
    assert all(field.description for field in Settings.model_fields.values())
