"""Theme analysis through the Workspace, on a real SQLite file and the real model."""

from __future__ import annotations

import pytest
import themes_study
from sqlalchemy import func, select

from listenwell.domain import Conflict, InputError, NotFound
from listenwell.domain.text import sha256_text
from listenwell.store.tables import EmbeddingRow, StatementRow, ThemeRow

pytestmark = pytest.mark.slow

TOPIC_WORDS = {"payment": "card", "privacy": "data", "export": "spreadsheet", "night": "screen"}


def _topic(text: str) -> str:
    for topic, lines in themes_study.LINES.items():
        if text in lines:
            return topic
    raise AssertionError(text)


def _theme_topics(ws) -> dict[int, set[str]]:  # noqa: ANN001
    return {v.id: {_topic(q.text) for q in v.quotes} | {
        _topic(s.text) for s in ws.statements("shop") if s.id in v.statement_ids}
        for v in ws.themes("shop")}


def _count(ws, table) -> int:  # noqa: ANN001
    with ws.transaction() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_finds_the_intended_themes_with_evidence(shop_ws) -> None:  # noqa: ANN001
    calls: list[tuple[float, float, str]] = []
    result = shop_ws.analyze("shop", lambda done, total, what: calls.append((done, total, what)))
    fractions = [d / t for d, t, _ in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0, "progress only goes up"
    assert any("embedding" in w for _, _, w in calls)
    assert result.interviews == 5 and result.themes == 4 and result.outliers == 0
    topics = _theme_topics(shop_ws)
    assert sorted(tuple(t) for t in topics.values()) == [
        ("export",), ("night",), ("payment",), ("privacy",)], "one theme per intended topic"
    views = {next(iter(topics[v.id])): v for v in shop_ws.themes("shop")}
    payment = views["payment"]
    assert payment.evidence.participant_count == 4  # P1, P2, P3, P5
    assert payment.evidence.share == pytest.approx(4 / 5)
    assert payment.evidence.segments["plan"] == {"free": 3, "pro": 1}
    assert payment.evidence.segment_totals["plan"] == {"free": 3, "pro": 2}
    assert not payment.evidence.single_voice
    assert "card" in payment.label or "payment" in payment.label or "checkout" in payment.label
    night = views["night"]
    assert night.evidence.single_voice and night.evidence.participants == ["P4"]
    assert views["export"].evidence.insight_mix.get("workaround", 0) >= 3
    assert views["privacy"].evidence.insight_mix.get("worry", 0) >= 3
    for v in views.values():  # quotes are verbatim, traceable, one per voice first
        assert v.summary in {q.text for q in v.quotes} | set(themes_study.LINES[_topic(v.summary)])
        voices = [q.voice for q in v.quotes]
        assert len(set(voices[: v.evidence.participant_count])) == min(
            len(voices), v.evidence.participant_count)
        for q in v.quotes:
            seg = next(s for i in shop_ws.interviews("shop") for s in i.segments
                       if s.id == q.segment_id)
            assert seg.text[q.start_char : q.end_char] == q.text
            assert q.start is not None
    # the biggest theme comes first; the saturation curve covers every interview
    order = [v.evidence.participant_count for v in shop_ws.themes("shop")]
    assert order == sorted(order, reverse=True)
    sat = shop_ws.saturation("shop")
    assert len(sat) == 5 and sat[-1].cumulative_themes == 4
    assert sum(p.new_themes for p in sat) == 4


def test_deterministic_and_reanalysis_changes_nothing(shop_ws, tmp_path, theme_embedder) -> None:  # noqa: ANN001
    from listenwell.workspace import Workspace

    shop_ws.analyze("shop")
    first = [(v.id, v.label, v.statement_ids) for v in shop_ws.themes("shop")]
    again = shop_ws.analyze("shop")
    assert again.embedded == 0 and again.cached == again.statements, "vectors come from the cache"
    assert [(v.id, v.label, v.statement_ids) for v in shop_ws.themes("shop")] == first
    other = Workspace.open(tmp_path / "other")
    other._embedder = theme_embedder
    themes_study.build(other)
    other.analyze("shop")
    assert [(v.label, len(v.statement_ids)) for v in other.themes("shop")] == [
        (label, len(ids)) for _, label, ids in first]
    other.close()


def test_people_stay_in_charge_across_reanalysis(tmp_path, theme_embedder) -> None:  # noqa: ANN001
    from listenwell.workspace import Workspace

    ws = Workspace.open(tmp_path / "ws")
    ws._embedder = theme_embedder
    themes_study.build(ws, pids=["P1", "P2", "P3"])
    ws.analyze("shop")
    before = {v.id: v for v in ws.themes("shop")}
    payment = next(v for v in before.values() if "payment" in {_topic(q.text) for q in v.quotes})
    ws.rename_theme("shop", payment.id, "Card payments fail", expected_version=payment.version)
    privacy = next(v for v in before.values() if "privacy" in {_topic(q.text) for q in v.quotes})
    moved = privacy.statement_ids[0]
    ws.move_statement("shop", moved, payment.id)
    themes_study.build(ws, pids=["P4", "P5"])  # new interviews arrive
    result = ws.analyze("shop")
    assert result.joined_existing > 0
    after = {v.id: v for v in ws.themes("shop")}
    assert set(before) <= set(after), "existing themes keep their ids"
    assert after[payment.id].title == "Card payments fail"
    assert moved in after[payment.id].statement_ids, "a person's move is kept"
    assert after[payment.id].evidence.participant_count == 4
    night = [v for v in after.values() if v.id not in before]
    assert len(night) == 1 and night[0].evidence.single_voice, "new statements form a new theme"
    ws.close()


def test_fresh_analysis_keeps_only_peoples_decisions(shop_ws) -> None:  # noqa: ANN001
    shop_ws.analyze("shop")
    views = shop_ws.themes("shop")
    named, other = views[0], views[1]
    shop_ws.rename_theme("shop", named.id, "Kept by a person")
    moved = other.statement_ids[0]
    shop_ws.move_statement("shop", moved, named.id)
    with shop_ws.transaction() as s:  # forget the analysis's other themes' ids
        for t in s.query(ThemeRow).filter(ThemeRow.id.notin_([named.id])):
            t.label = "stale"
    result = shop_ws.analyze("shop", fresh=True)
    after = {v.id: v for v in shop_ws.themes("shop")}
    assert after[named.id].title == "Kept by a person"
    assert moved in after[named.id].statement_ids
    assert set(named.statement_ids) <= set(after[named.id].statement_ids)
    assert result.new_themes == len(after) - 1, "themes nobody touched are regrouped"
    assert all(v.label != "stale" for v in after.values())
    assert all(v.version == 1 for v in after.values() if v.id != named.id)


def test_edits_and_optimistic_locking(shop_ws) -> None:  # noqa: ANN001
    shop_ws.analyze("shop")
    views = shop_ws.themes("shop")
    a, b = views[0], views[1]
    renamed = shop_ws.rename_theme("shop", a.id, "  First theme ", expected_version=a.version)
    assert renamed.title == "First theme" and renamed.version == a.version + 1
    with pytest.raises(Conflict):
        shop_ws.rename_theme("shop", a.id, "stale", expected_version=a.version)
    assert shop_ws.theme("shop", a.id).title == "First theme", "a stale edit changes nothing"
    assert shop_ws.hide_theme("shop", b.id).hidden
    assert b.id not in {v.id for v in shop_ws.themes("shop", include_hidden=False)}
    assert shop_ws.hide_theme("shop", b.id, False).hidden is False
    assert shop_ws.pin_theme("shop", b.id).pinned
    assert shop_ws.themes("shop")[0].id == b.id, "pinned themes come first"

    merged = shop_ws.merge_themes("shop", a.id, [b.id])
    assert set(a.statement_ids) | set(b.statement_ids) == set(merged.statement_ids)
    assert merged.pinned and merged.title == "First theme"
    with pytest.raises(NotFound):
        shop_ws.theme("shop", b.id)

    left, right = shop_ws.split_theme("shop", merged.id)
    assert left.id == merged.id and right.id != merged.id
    assert set(left.statement_ids) | set(right.statement_ids) == set(merged.statement_ids)
    assert left.statement_ids and right.statement_ids
    assert {_topic(q.text) for q in right.quotes} <= {_topic(q.text) for q in
                                                      a.quotes + b.quotes}

    moved = right.statement_ids[0]
    assert shop_ws.move_statement("shop", moved, None) is None
    assert moved in {s.id for s in shop_ws.outliers("shop")}
    with pytest.raises(InputError):
        shop_ws.split_theme("shop", left.id, statement_ids=[999999])
    with pytest.raises(InputError):
        shop_ws.merge_themes("shop", left.id, [left.id])
    with pytest.raises(NotFound):
        shop_ws.move_statement("shop", 999999, left.id)


def test_explicit_split_moves_the_named_statements(shop_ws) -> None:  # noqa: ANN001
    shop_ws.analyze("shop")
    v = shop_ws.themes("shop")[0]
    keep, go = v.statement_ids[0], v.statement_ids[1:3]
    old, new = shop_ws.split_theme("shop", v.id, statement_ids=go, expected_version=v.version)
    assert sorted(new.statement_ids) == sorted(go) and keep in old.statement_ids
    assert old.version == v.version + 1


def test_bad_input_changes_nothing(shop_ws) -> None:  # noqa: ANN001
    shop_ws.create_study("Empty", slug="empty")
    with pytest.raises(InputError, match="no interviews"):
        shop_ws.analyze("empty")
    from listenwell.domain import Role, Segment, Speaker, Transcript

    shop_ws.create_study("Quiet", slug="quiet")
    tr = Transcript(segments=[Segment("Host", "So what do you think?", index=0),
                              Segment("Guest", "Yeah. Mm-hmm.", index=1)],
                    speakers=[Speaker("Host", Role.INTERVIEWER), Speaker("Guest")], format="text")
    shop_ws.add_interview("quiet", tr, content_hash=sha256_text("quiet"), source_name="q.txt",
                          interviewer="Host")
    with pytest.raises(InputError, match="no participant speech"):
        shop_ws.analyze("quiet")
    assert _count(shop_ws, StatementRow) == 0 and _count(shop_ws, EmbeddingRow) == 0
    with pytest.raises(NotFound):
        shop_ws.analyze("nope")


def test_a_failed_analysis_leaves_earlier_themes_intact(shop_ws) -> None:  # noqa: ANN001
    shop_ws.analyze("shop")
    before = [(v.id, v.label, v.statement_ids) for v in shop_ws.themes("shop")]
    shop_ws.add_interview("shop", themes_study.transcript("P4"), content_hash="x" * 64,
                          source_name="again.txt", participants=["P4"], interviewer="Interviewer")

    class Broken:
        name = "broken-model"
        dim = 384

        def encode(self, texts, progress=None):  # noqa: ANN001, ANN202
            raise RuntimeError("the model fell over")

    with pytest.raises(RuntimeError):
        shop_ws.analyze("shop", embedder=Broken())
    assert [(v.id, v.label, v.statement_ids) for v in shop_ws.themes("shop")] == before
    assert _count(shop_ws, ThemeRow) == len(before)
