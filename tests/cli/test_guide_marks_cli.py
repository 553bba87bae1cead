"""`guide check` and `guide show` on guides whose question mark is not "?": the Persian "؟" and the
Greek ";", read as questions and printed as the guide writes them."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_plan_cli import run

PERSIAN = "## خرید (۱۰ دقیقه)\n- آخرین خریدتان چطور بود؟\n  - چه کسی کمک کرد؟\n"
GREEK = "## Αγορές (10 λεπτά)\n- Πώς ήταν η τελευταία σας αγορά;\n  - Ποιος σας βοήθησε;\n"


def test_a_guide_with_the_persian_or_greek_question_mark_is_checked_and_shown_as_written(tmp_path: Path) -> None:
    for name, text, asked in (("fa.md", PERSIAN, "آخرین خریدتان چطور بود؟"),
                              ("el.md", GREEK, "Πώς ήταν η τελευταία σας αγορά;")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        checked = run(tmp_path / "ws", "guide", "check", str(path))
        said = " ".join(checked.output.split())
        assert "no questions" not in said and asked in said, checked.output
        assert "1 question and 1 probe not checked" in said
