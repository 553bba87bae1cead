"""`listenwell transcribe FILE... --study S`: recordings to diarized transcripts, offline."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from listenwell.cli.common import console, day_option, err_console, open_workspace, print_json
from listenwell.domain import format_timecode
from listenwell.speech.options import DEVICES, TranscribeOptions


@contextmanager
def audio_progress() -> Iterator:
    """A bar over seconds of audio, with elapsed time and ETA, on stderr. It appears with the
    first report, so an error found while checking the files prints alone."""
    bar = Progress(
        TextColumn("[bold]Transcribing"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[audio]}"),
        TextColumn("{task.fields[what]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )
    task = bar.add_task("transcribe", total=None, what="", audio="", start=False)
    started = False

    def update(done: float, total: float, what: str = "") -> None:
        nonlocal started
        if not started:
            bar.start()
            bar.start_task(task)
            started = True
        bar.update(task, completed=done, total=total, what=escape(what),
                   audio=f"{format_timecode(done)}/{format_timecode(total)}")

    try:
        yield update
    finally:
        if started:
            bar.stop()


def transcribe(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(
        help="Recordings: .m4a .mp4 .mp3 .wav .webm .flac .ogg ... (anything FFmpeg reads).")],
    study: Annotated[str, typer.Option("--study", "-s", help="Study slug.")],
    participant: Annotated[Optional[str], typer.Option(
        "--participant", "-p", help="Participant id the recordings are with.")] = None,
    model: Annotated[Optional[str], typer.Option(
        help="Whisper model: a faster-whisper name (e.g. small; downloaded once, only when "
             "named) or a folder with a CTranslate2 model. Default: the packaged tiny.en.")] = None,
    language: Annotated[Optional[str], typer.Option(
        help="Spoken language code (e.g. en, de); default: detected.")] = None,
    speakers: Annotated[Optional[int], typer.Option(
        help="How many people talk (default: estimated, at least two).")] = None,
    stereo_split: Annotated[bool, typer.Option(
        "--stereo-split", help="One speaker per channel (call recordings).")] = False,
    device: Annotated[str, typer.Option(
        help=f"{'|'.join(DEVICES)}: int8 on CPU, float16 on a CUDA GPU.")] = "auto",
    date: Annotated[Optional[str], typer.Option(
        help="When the interviews took place (YYYY-MM-DD).")] = None,
    title: Annotated[Optional[str], typer.Option(
        help="Interview title (default: the file name).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Transcribe and diarize recordings into a study, on this machine.

    Files already in the study (same content) are skipped: an interrupted run can be started again.
    """
    when = day_option("--date", date)
    ws = open_workspace(ctx)
    options = TranscribeOptions(model=model, language=language, speakers=speakers,
                                stereo_split=stereo_split, device=device)

    def notice(line: str) -> None:
        err_console.print(f"[yellow]{escape(line)}[/]", highlight=False)

    with audio_progress() as progress:
        outcomes = ws.transcribe(files, study, participant=participant, options=options,
                                 progress=progress, notice=notice, date=when, title=title)
    for o in outcomes:
        for w in o.warnings:
            err_console.print(f"[yellow]warning:[/] {escape(w)}", highlight=False)
    if as_json:
        print_json([{
            "file": o.path, "skipped": o.skipped, "duration": o.duration, "warnings": o.warnings,
            "interview": o.interview.id if o.interview else None,
            "speakers": ([{"name": s.name, "role": s.role, "participant": s.participant_pid}
                          for s in o.interview.speakers] if o.interview else []),
            "turns": len(o.interview.segments) if o.interview else 0,
        } for o in outcomes])
        return
    for o in outcomes:
        if o.skipped or o.interview is None:
            console.print(f"[yellow]skipped[/] {escape(o.path)}: already in {study!r}")
            continue
        i = o.interview
        who = ", ".join(i.participants) or "no participant linked"
        console.print(
            f"[green]transcribed[/] {escape(o.path)} → interview {i.id} "
            f"({format_timecode(o.duration)}, {len(i.speakers)} speakers, {len(i.segments)} "
            f"turns; participant: {who})")
        if i.interviewers:
            console.print(f"  interviewer (guessed): [cyan]{escape(i.interviewers[0])}[/]; "
                          f"correct with `listenwell interviews speakers {i.id} "
                          f"--interviewer NAME`", highlight=False)
