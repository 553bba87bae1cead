"""Report, export and interview-kit downloads, made on request by the share and planning areas
(redacted, as the CLI does), and the coach's table for a study. Files are built in a temporary
folder and streamed as attachments; nothing is kept."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from listenwell.domain.errors import InputError
from listenwell.web.render import page, respond
from listenwell.web.sections import coach_rows

router = APIRouter()

REPORTS = {"html": ("text/html", "HTML"), "pdf": ("application/pdf", "PDF"),
           "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
           "md": ("text/markdown", "Markdown")}
EXPORTS = {"csv": ("zip", "CSV tables (Airtable)"), "markdown": ("zip", "Markdown pages (Notion, Obsidian)"),
           "json": ("json", "JSON"), "qdpx": ("qdpx", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA)")}


KITS = {"html": ("text/html", "HTML"), "pdf": ("application/pdf", "PDF"), "md": ("text/markdown", "Markdown")}


def kit_links(slug: str) -> list[dict]:
    return [{"label": label, "url": f"/studies/{slug}/kit.{ext}"} for ext, (_mime, label) in KITS.items()]


def download_links(slug: str) -> list[dict]:
    links = [{"label": f"Top findings report ({label})", "url": f"/studies/{slug}/report.{ext}"}
             for ext, (_mime, label) in REPORTS.items()]
    links += [{"label": f"Export: {label}", "url": f"/studies/{slug}/export/{fmt}"}
              for fmt, (_ext, label) in EXPORTS.items()]
    return links


def _attachment(path: Path, tmp: str, name: str, mime: str) -> FileResponse:
    return FileResponse(path, media_type=mime, filename=name,
                        background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True))


def _made(prefix: str, make: Callable[[Path], Path], mime: str) -> FileResponse:
    """A file made by ``make`` in a fresh temporary folder, sent as an attachment; the folder
    goes when the answer has been sent, or at once when making fails."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    try:
        out = make(Path(tmp))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return _attachment(out, tmp, out.name, mime)


@router.get("/studies/{slug}/report.{ext}")
def report(request: Request, slug: str, ext: str):
    if ext not in REPORTS:
        raise InputError(f"no report format {ext!r}; one of {', '.join(REPORTS)}")
    ws = request.app.state.workspace
    from listenwell.services.share import ShareOptions

    def make(tmp: Path) -> Path:
        out = tmp / f"{slug}-report.{ext}"
        ws.report(slug, out, ShareOptions(clips=False))
        return out

    return _made("listenwell-report-", make, REPORTS[ext][0])


@router.get("/studies/{slug}/kit.{ext}")
def kit(request: Request, slug: str, ext: str):
    """The one-pager the interviewer takes into the call, from the study's stored guide."""
    if ext not in KITS:
        raise InputError(f"no kit format {ext!r}; one of {', '.join(KITS)}")
    ws = request.app.state.workspace

    def make(tmp: Path) -> Path:
        out = tmp / f"{slug}-kit.{ext}"
        ws.write_kit(slug, out)
        return out

    return _made("listenwell-kit-", make, KITS[ext][0])


@router.get("/studies/{slug}/export/{fmt}")
def export(request: Request, slug: str, fmt: str):
    if fmt not in EXPORTS:
        raise InputError(f"no export format {fmt!r}; one of {', '.join(EXPORTS)}")
    ws = request.app.state.workspace
    ext = EXPORTS[fmt][0]

    def make(tmp: Path) -> Path:
        target = tmp / (f"{slug}-{fmt}" + ("" if ext == "zip" else f".{ext}"))
        ws.export(slug, fmt, target)
        return Path(shutil.make_archive(str(target), "zip", root_dir=target)) if ext == "zip" else target

    mime = {"zip": "application/zip", "json": "application/json", "qdpx": "application/zip"}[ext]
    return _made("listenwell-export-", make, mime)


def _cached_coach(request: Request, slug: str) -> dict:
    """Coaching a study takes seconds (a sentence model); keep it until its inputs change."""
    from listenwell.store.fingerprint import study_fingerprint

    ws = request.app.state.workspace
    with ws.transaction() as session:
        key = study_fingerprint(session, slug)
    cache = request.app.state.cache
    hit = cache.get(("coach", slug))
    if hit and hit[0] == key:
        return hit[1]
    rows = coach_rows(ws, slug)
    cache[("coach", slug)] = (key, rows)
    return rows


@page(router, "/studies/{slug}/coach")
def coach_page(request: Request, slug: str):
    ws = request.app.state.workspace
    st = ws.study(slug)
    data = {"study": {"slug": st.slug, "title": st.title}} | _cached_coach(request, slug)
    return respond(request, "coach.html", data, title=f"Coach: {st.title}")
