from listenwell.analysis.evidence import saturation_curve, theme_evidence, voice_of
from listenwell.domain import InsightType, Participant, Statement


def _st(iid: int, pid: str | None, speaker: str = "X", start: float | None = 1.0,
        kind: InsightType = InsightType.OTHER) -> Statement:
    return Statement(iid, iid * 10, speaker, pid, 0, 4, "text", start=start, insight_type=kind)


def test_counts_distinct_participants_not_mentions() -> None:
    people = {"P1": Participant("P1", attributes={"plan": "pro"}),
              "P2": Participant("P2", attributes={"plan": "free"})}
    sts = [_st(1, "P1", kind=InsightType.PAIN_POINT), _st(1, "P1"), _st(1, "P1"),
           _st(2, "P2", start=30.0)]
    e = theme_evidence(sts, people, {1: "one", 2: "two"}, 4, {"plan": {"pro": 2, "free": 2}})
    assert e.participant_count == 2 and e.mentions == 4 and e.share == 0.5
    assert not e.single_voice and e.top_voice_share == 0.75 and e.mostly_one_voice
    assert e.segments == {"plan": {"free": 1, "pro": 1}}
    assert e.interviews[0].interview_id == 1 and e.interviews[0].statement_count == 3
    assert e.interviews[1].times == [30.0]
    assert e.insight_mix == {"other": 3, "pain_point": 1}


def test_one_voice_is_flagged_and_unlinked_speakers_count_apart() -> None:
    e = theme_evidence([_st(1, "P1"), _st(1, "P1")], {}, {}, 3, {})
    assert e.single_voice and e.participant_count == 1
    assert voice_of(_st(1, None, "Kim")) != voice_of(_st(2, None, "Kim"))


def test_saturation_counts_first_appearances_in_interview_order() -> None:
    members = {1: [_st(1, "P1"), _st(3, "P3")], 2: [_st(3, "P3")], 3: [_st(2, "P2")]}
    curve = saturation_curve([(3, "c"), (1, "a"), (2, "b")], members)
    assert [p.new_themes for p in curve] == [2, 0, 1]
    assert [p.cumulative_themes for p in curve] == [2, 2, 3]
    assert curve[0].new_theme_ids == [1, 2]


def test_segments_group_people_and_nps_is_bucketed() -> None:
    from listenwell.analysis.evidence import study_segment_totals

    people = {f"P{i}": Participant(f"P{i}", attributes={
        "plan": "pro" if i % 2 else "free", "nps": str(i + 3), "joined": f"2026-01-{i:02d}"})
        for i in range(1, 7)}
    totals = study_segment_totals(list(people), people)
    assert totals["plan"] == {"free": 3, "pro": 3}
    assert totals["nps"] == {"detractor": 3, "passive": 2, "promoter": 1}
    assert "joined" not in totals, "a value per person is not a segment"
