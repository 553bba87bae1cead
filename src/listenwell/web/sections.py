"""What a study's overview shows, gathered from the workspace as plain data.

Parts that come from optional areas (guide checks, coverage, coaching, themes, reports) are
asked for through the workspace; when an area is not available its section says so instead
of failing the whole page.
"""

from __future__ import annotations

from typing import Any

from listenwell.domain.errors import ListenwellError


def _optional(ws, needs: str, fn, *args) -> tuple[Any, str | None]:  # noqa: ANN001
    """Run an optional part; (result, None) or (None, why it is missing)."""
    if not hasattr(ws, needs):
        return None, "this part of listenwell is not installed in this build"
    try:
        return fn(ws, *args), None
    except ListenwellError as exc:
        return None, exc.message


def study_overview(ws, slug: str) -> dict:  # noqa: ANN001
    from listenwell.store.overview import interview_summaries
    from listenwell.store.studies import get_study_row

    st = ws.study(slug)
    with ws.transaction() as session:
        interviews = interview_summaries(session, get_study_row(session, slug).id)
    participants = ws.participants(study=slug)
    data: dict[str, Any] = {
        "study": {"slug": st.slug, "title": st.title, "goals": st.goals,
                  "description": st.description, "planned_minutes": st.planned_minutes},
        "interviews": interviews,
        "participants": [{"pid": p.pid, "attributes": p.attributes, "tags": p.tags}
                         for p in participants],
        "missing": {},
    }
    for key, (needs, builder) in SECTIONS.items():
        value, why = _optional(ws, needs, builder, slug)
        data[key] = value
        if why:
            data["missing"][key] = why
    return data


def _guide(ws, slug: str):  # noqa: ANN001
    report = ws.check_guide(study=slug)
    questions = [{
        "text": q.check.text, "section": q.section, "line": q.line, "followup": q.followup,
        "checked": q.check.checked,
        "issues": [{"kind": str(p.kind).replace("_", " "), "message": p.reason, "rewrite": p.rewrite}
                   for p in q.check.problems],
    } for q in report.questions]
    from listenwell.web.routes.downloads import kit_links

    return {"questions": questions, "flagged": sum(1 for q in questions if q["issues"]),
            "issues": [{"kind": str(i.kind), "message": i.message, "line": i.line}
                       for i in report.issues],
            "kit": kit_links(slug)}


def _coverage(ws, slug: str):  # noqa: ANN001
    cov = ws.recruit_coverage(slug)
    groups = [{
        "name": f"{r.dimension}: {r.value}", "have": r.chosen,
        "want": round(r.target) if r.target else None,
        "missing": r.target >= 1 and r.chosen + 0.5 < r.target,
    } for r in cov.rows]
    plan = None if cov.plan is None else {
        "size": len(cov.planned), "done": sum(p.interviewed for p in cov.planned),
        "planned": [p.pid for p in cov.planned],
        "waiting": [p.pid for p in cov.planned if not p.interviewed],
        "off_plan": [p.pid for p in cov.off_plan]}
    return {"groups": groups, "warnings": list(cov.warnings), "plan": plan}


def _coach(ws, slug: str):  # noqa: ANN001
    """Only a pointer: coaching loads a sentence model (seconds), so the overview fetches
    /studies/<slug>/coach.json after the page is shown."""
    return {"url": f"/studies/{slug}/coach"}


def coach_rows(ws, slug: str) -> dict:  # noqa: ANN001
    study = ws.coach(slug)
    rows = []
    for c in study.interviews:
        judged = bool(c.questions and c.questions.judged)  # not in English: "–", not "0 leading"
        kinds = c.questions.by_kind if judged else {}
        rows.append({
            "id": c.interview_id, "title": c.title,
            "talk_share": c.talk.share if c.talk else None,
            "leading": kinds.get("leading") if judged else None,
            "closed": kinds.get("closed") if judged else None,
            "interruptions": len(c.interruptions),
            "longest_silence": c.silence.longest if c.silence and c.silence.timed else None,
            "followups": c.followups.rate if c.followups else None,
            "summary": c.advice[0].title if c.advice else "",
        })
    return {"interviews": rows, "notes": list(study.notes)}


def _themes(ws, slug: str):  # noqa: ANN001
    from listenwell.web.board_view import theme_summaries

    return theme_summaries(ws, slug)


def _downloads(ws, slug: str):  # noqa: ANN001
    from listenwell.web.routes.downloads import download_links

    return download_links(slug)


# section → (the Workspace method its area adds, how to build it)
SECTIONS = {"guide": ("check_guide", _guide), "coverage": ("recruit_coverage", _coverage),
            "coach": ("coach", _coach), "themes": ("move_statement", _themes),
            "downloads": ("report", _downloads)}
