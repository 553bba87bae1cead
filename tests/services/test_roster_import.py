"""A roster value the plan cannot read is refused at import, naming the line a person can find."""

from __future__ import annotations

from pathlib import Path

import pytest

from listenwell.domain import InputError
from listenwell.workspace import Workspace


@pytest.mark.parametrize(("text", "line", "words"), [
    # no id column: the id is made from the address, so only the line finds the row
    ("email,last seen\na@example.com,2026-10-01\nb@example.com,31/11/2026\n", 3, "November 2026 has 30 days"),
    ("member id,last login\nM1,30.02.2026\nM2,01.03.2026\n", 2, "February 2026 has 28 days"),
])
def test_a_day_the_calendar_lacks_is_named_with_its_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    roster = tmp_path / "panel.csv"
    roster.write_text(text)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Renewals")
        with pytest.raises(InputError, match=words) as err:
            w.import_roster(roster, "renewals")
        assert (err.value.file, err.value.line) == (str(roster), line)
        assert w.participants("renewals") == []
