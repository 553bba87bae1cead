"""Ranking, quote choice and consent in the report builder (domain objects in, model out)."""

from listenwell.domain.model import InsightType
from listenwell.report.build import ReportOptions, build_report
from listenwell.report.markdown import md_escape, md_unescape
from listenwell.report.verbatim import check_quotes
from tests.report.evidence_fixture import make_evidence, segment_texts


def test_pain_with_more_voices_ranks_first_and_praise_last():
    r = build_report(make_evidence())
    titles = [f.title for f in r.findings]
    assert titles[0] == "Payment step fails" and titles[-1] == "Delivery speed"
    assert r.findings[0].statement.startswith("3 of 4 participants raised")
    assert r.findings[-1].single_voice and not r.findings[0].single_voice
    assert r.findings[0].type_mix == {"pain_point": 3}


def test_severity_beats_a_praise_theme_of_equal_size():
    ev = make_evidence()
    for st in ev.statements:
        if st.id in (1, 4, 7):
            st.insight_type = InsightType.PRAISE
    titles = [f.title for f in build_report(ev).findings]
    assert titles.index("Payment step fails") > titles.index("Data safety worries")


def test_a_mostly_untyped_theme_of_many_voices_does_not_lead():
    from listenwell.domain.model import Theme

    ev = make_evidence()
    # warm-up chatter: every participant, but nothing typed (ids 5 and 12 are "other")
    for st in ev.statements:
        if st.id in (2, 8, 3):
            st.insight_type = InsightType.OTHER
    ev.themes.append(Theme("About your household", statement_ids=[2, 5, 8, 12, 3], id=6))
    titles = [f.title for f in build_report(ev, ReportOptions(top=6)).findings]
    assert titles.index("About your household") > titles.index("Payment step fails")
    assert titles.index("About your household") > titles.index("Saved details")


def test_quotes_are_from_different_people_and_obey_consent():
    ev = make_evidence(consent_p3_quotes=False)
    r = build_report(ev, ReportOptions(top=5))
    for f in r.findings:
        pids = [q.pid for q in f.quotes]
        assert len(pids) == len(set(pids)) and "P3" not in pids
    assert r.findings[0].participants == 3  # P3 still counts
    assert check_quotes(r.all_quotes(), segment_texts(ev)) == []
    assert any("asked not to be quoted" in c for c in r.method.caveats)


def test_top_and_charts():
    r = build_report(make_evidence(), ReportOptions(top=2))
    assert len(r.findings) == 2
    chart = r.findings[0].charts[0]
    assert chart.attribute == "plan" and {b.label: (b.count, b.total) for b in chart.bars} == {"free": (2, 2), "pro": (1, 2)}


def test_hidden_themes_are_left_out_and_pinned_lead():
    ev = make_evidence()
    ev.themes[0].hidden = True
    ev.themes[3].pinned = True
    titles = [f.title for f in build_report(ev).findings]
    assert "Payment step fails" not in titles and titles[0] == "Delivery speed"


def test_markdown_escape_round_trips():
    for text in ["a *b* _c_ `d` | e # f <g>", "back\\slash", "plain"]:
        assert md_unescape(md_escape(text)) == " ".join(text.split())


def test_a_players_gamertag_and_handle_are_kept_out_of_quotes_like_a_name() -> None:
    from types import SimpleNamespace

    from listenwell.domain.model import Participant
    from listenwell.report.build import make_redactor

    player = Participant(pid="BG-101", attributes={"gamertag": "MeepleMage", "discord handle": "dice_goblin",
                                                   "tier": "gold"})
    redact = make_redactor(SimpleNamespace(participants=[player], interviews=[]), ReportOptions())
    said = redact("MeepleMage told me dice_goblin was on gold tier")
    assert "MeepleMage" not in said and "dice_goblin" not in said and "gold tier" in said


def test_a_preferred_language_or_contact_method_column_is_not_read_as_names() -> None:
    from types import SimpleNamespace

    from listenwell.domain.model import Participant
    from listenwell.report.build import make_redactor

    member = Participant(pid="HP-7", attributes={"PREFERRED_LANG": "Tagalog", "preferred contact method": "Mail",
                                                 "account manager": "Odile Ferrand", "referred by": "Kwame Boateng"})
    redact = make_redactor(SimpleNamespace(participants=[member], interviews=[]), ReportOptions())
    said = redact("She asked for a Tagalog interpreter and answers by Mail; Odile Ferrand and Kwame Boateng agreed")
    assert "Tagalog interpreter" in said and "by Mail" in said
    assert "Odile" not in said and "Kwame" not in said
