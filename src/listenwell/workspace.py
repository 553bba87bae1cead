"""The one facade the CLI, the web app and the tests use: ``Workspace.open(path)``.

A workspace is one folder: ``listenwell.db`` (SQLite; or the database named by
``LISTENWELL_DATABASE_URL``) and ``media/`` with recordings stored by content hash.
Every method that changes something runs in one transaction: it all happens or none of it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from listenwell.analysis.coach import CoachOptions, StudyCoaching
from listenwell.analysis.embed import Embedder, SentenceTransformerEmbedder
from listenwell.analysis.evidence import AnalysisResult, SaturationPoint, ThemeView
from listenwell.analysis.guide import Guide, GuideReport
from listenwell.analysis.mix import Coverage, MixOptions, MixPlan
from listenwell.analysis.pipeline import AnalysisOptions
from listenwell.domain import Interview, InputError, Media, Participant, Statement, Study, Transcript
from listenwell.domain.text import sha256_file
from listenwell.services import analysis as analysis_service
from listenwell.services import coach as coach_service
from listenwell.services import imports as import_service
from listenwell.services import studies as study_service
from listenwell.services.imports import ImportOutcome
from listenwell.speech.options import TranscribeOptions
from listenwell.store import engine as store_engine
from listenwell.store import interviews as interview_q
from listenwell.store.media import get_or_add_media
from listenwell.store.participants import load_participants
from listenwell.store.studies import get_study_row, list_studies, to_study

if TYPE_CHECKING:
    from listenwell.services.transcribe import TranscribeOutcome
    from listenwell.report.kit import Kit

Progress = Callable[[float, float, str], None]

DB_NAME = "listenwell.db"


def default_workspace() -> Path:
    env = os.environ.get("LISTENWELL_WORKSPACE")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("listenwell", appauthor=False)) / "workspace"


class Workspace:
    def __init__(self, root: Path, engine: Engine) -> None:
        self.root = root
        self.engine = engine
        self._sessions = store_engine.session_factory(engine)

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, database_url: str | None = None) -> Workspace:
        root = Path(path) if path is not None else default_workspace()
        if root.exists() and not root.is_dir():
            raise InputError("the workspace path is a file, not a folder", file=str(root))
        root.mkdir(parents=True, exist_ok=True)
        (root / "media").mkdir(exist_ok=True)
        url = database_url or os.environ.get("LISTENWELL_DATABASE_URL")
        db_file = None
        if not url:
            db_file = root / DB_NAME
            url = f"sqlite:///{db_file}"
        engine = store_engine.make_engine(url)
        store_engine.upgrade(engine, db_file)
        return cls(root, engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    # --- studies and participants ----------------------------------------------------------
    def create_study(self, title: str, goals: Sequence[str] = (), description: str = "",
                     slug: str | None = None, planned_minutes: int | None = None) -> Study:
        with self.transaction() as s:
            return study_service.create_study(s, title, list(goals), description, slug,
                                              planned_minutes)

    def studies(self) -> list[Study]:
        with self.transaction() as s:
            return list_studies(s)

    def study(self, slug: str) -> Study:
        with self.transaction() as s:
            return to_study(get_study_row(s, slug))

    def import_roster(self, path: str | Path, study: str, replace: bool = False) -> study_service.RosterUpdate:
        """Add and update the study's people from a roster file; ``replace``: the people it no
        longer has are taken off (refused while one is linked to an interview)."""
        with self.transaction() as s:
            return study_service.import_roster(s, Path(path), study, replace_roster=replace)

    def remove_participant(self, study: str, pid: str) -> bool:
        """Take ``pid`` off the roster (refused while an interview is linked to them); returns
        whether they were in the saved plan."""
        with self.transaction() as s:
            return study_service.remove_participant(s, study, pid)

    def participants(self, study: str) -> list[Participant]:
        with self.transaction() as s:
            return load_participants(s, get_study_row(s, study).id)

    def participant_listing(self, study: str) -> study_service.Listing:
        """The roster with each person's segments, as the study's saved plan works them out."""
        with self.transaction() as s:
            return study_service.participant_listing(s, study)

    # --- interviews ------------------------------------------------------------------------
    def import_transcripts(self, paths: Sequence[str | Path], study: str,
                           participant: str | None = None, interviewer: str | None = None,
                           progress: Progress | None = None, date: dt.date | None = None) -> list[ImportOutcome]:
        with self.transaction() as s:
            return import_service.import_files(s, [Path(p) for p in paths], study, participant,
                                               interviewer, progress, date)

    def add_interview(self, study: str, transcript: Transcript, *, content_hash: str,
                      source_name: str, participants: Sequence[str] = (),
                      interviewer: str | None = None, title: str | None = None,
                      media: Media | None = None, note_takers: Sequence[str] = ()) -> Interview:
        with self.transaction() as s:
            mrow = get_or_add_media(s, media) if media is not None else None
            return import_service.store_transcript(
                s, study, transcript, content_hash=content_hash, source_name=source_name,
                participants=participants, interviewer=interviewer, title=title, media=mrow,
                note_takers=note_takers)

    def store_media(self, path: str | Path, *, kind: str = "audio",
                    duration: float | None = None) -> Media:
        """Copy a recording into media/<sha256><ext> (atomically; once per content)."""
        src = Path(path)
        data_hash = sha256_file(src)
        name = f"{data_hash}{src.suffix.lower()}"
        dest = self.media_dir / name
        if not dest.exists():
            fd, tmp = tempfile.mkstemp(dir=self.media_dir, suffix=".part")
            os.close(fd)
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)
        return Media(sha256=data_hash, path=name, original_name=src.name, kind=kind,
                     duration=duration)

    def media_path(self, media: Media) -> Path:
        return self.media_dir / media.path

    def interviews(self, study: str) -> list[Interview]:
        with self.transaction() as s:
            return interview_q.load_interviews(s, get_study_row(s, study).id)

    def interview(self, interview_id: int) -> Interview:
        with self.transaction() as s:
            return interview_q.load_interview(s, interview_id)

    def interview_by_hash(self, study: str, content_hash: str) -> Interview | None:
        with self.transaction() as s:
            row = interview_q.find_by_hash(s, get_study_row(s, study).id, content_hash)
            return interview_q.load_interview(s, row.id) if row else None

    def edit_speakers(self, interview_id: int, renames: Sequence[tuple[str, str]] = (),
                      interviewer: str | None = None) -> Interview:
        """Name speakers (``("Speaker 1", "Sam Okafor")``) and/or say who interviewed, in one
        transaction: all the edits happen or none. A speaker renamed to a roster person's name
        is linked to them."""
        with self.transaction() as s:
            return import_service.edit_speakers(s, interview_id, renames, interviewer)

    def link_participant(self, interview_id: int, pid: str, speaker: str | None = None,
                         remove: bool = False) -> Interview:
        """Say an interview was with participant ``pid`` (and that ``speaker`` is them), or
        with ``remove`` that it was not; `recruit coverage` counts these links."""
        with self.transaction() as s:
            return import_service.link_participant(s, interview_id, pid, speaker, remove)

    def remove_interview(self, interview_id: int) -> import_service.Removal:
        """Take an interview out of its study with all that was made from it (statements,
        highlights, notes, links); themes left empty go."""
        with self.transaction() as s:
            return import_service.remove_interview(s, interview_id)

    def set_interview_date(self, interview_id: int, day: dt.date) -> Interview:
        with self.transaction() as s:
            return import_service.set_date(s, interview_id, day)

    def set_interviewer(self, interview_id: int, speaker: str) -> Interview:
        return self.edit_speakers(interview_id, interviewer=speaker)

    # --- plan ---
    def import_guide(self, path: str | Path, study: str,
                     planned_minutes: int | None = None) -> GuideReport:
        """Store the study's discussion guide (replacing an earlier one) and return its check."""
        from listenwell.services import plan as plan_service

        with self.transaction() as s:
            return plan_service.import_guide(s, Path(path), study, planned_minutes)

    def check_guide(self, path: str | Path | None = None, study: str | None = None,
                    planned_minutes: int | None = None) -> GuideReport:
        """Check a guide file, or the study's stored guide; stores nothing."""
        from listenwell.services import plan as plan_service

        with self.transaction() as s:
            return plan_service.check_guide_file_or_stored(
                s, Path(path) if path is not None else None, study, planned_minutes)

    @staticmethod
    def check_guide_file(path: str | Path, planned_minutes: int | None = None) -> GuideReport:
        """Check a guide file on its own (no study, no workspace needed)."""
        from listenwell.services import plan as plan_service

        return plan_service.check_guide_file_or_stored(None, Path(path), None, planned_minutes)

    def guide(self, study: str) -> Guide:
        from listenwell.services import plan as plan_service

        with self.transaction() as s:
            return plan_service.stored_guide(s, study)

    def recruit_plan(self, study: str, options: MixOptions | None = None, save: bool = True) -> MixPlan:
        """Pick a balanced set from the roster and (unless ``save`` is off) keep it as the
        study's plan, which `recruit_coverage` then tracks."""
        from listenwell.services import plan as plan_service

        with self.transaction() as s:
            return plan_service.recruit_plan(s, study, options or MixOptions(), save)

    def recruit_coverage(self, study: str, options: MixOptions | None = None,
                         named: list[str] | None = None) -> Coverage:
        """Progress against the saved plan; ``options`` describe an even plan for a study
        that has none (and are refused when it has one, naming the options given in ``named``)."""
        from listenwell.services import plan as plan_service

        with self.transaction() as s:
            return plan_service.recruit_coverage(s, study, options, named)

    def write_kit(self, study: str, out: str | Path, *, paper: str = "A4", large_print: bool = False) -> Kit:
        """Write the interview kit as .html, .md or .pdf (by the file's suffix); returns the kit
        (its length warnings and how many questions the check flagged). ``paper`` ("A4" or
        "letter") and ``large_print`` set the printed page of the HTML and PDF."""
        from listenwell.services import plan as plan_service

        with self.transaction() as s:
            return plan_service.write_study_kit(s, study, Path(out), paper=paper, large_print=large_print)

    # --- coach -----------------------------------------------------------------------------
    def coach(self, study: str, interview: int | None = None,
              options: CoachOptions | None = None,
              progress: Progress | None = None) -> StudyCoaching:
        """How well did we listen: the coach's measures for a study's interviews (or one)."""
        with self.transaction() as s:
            return coach_service.coach_study(s, study, interview_id=interview, options=options,
                                             progress=progress, embed=self.embedder().encode)

    # --- speech ------------------------------------------------------------------------------
    def transcribe(self, paths: Sequence[str | Path], study: str, *,
                   participant: str | None = None, options: TranscribeOptions | None = None,
                   progress: Progress | None = None,
                   notice: Callable[[str], None] | None = None,
                   date: dt.date | None = None,
                   title: str | None = None) -> list[TranscribeOutcome]:
        """Transcribe and diarize recordings into ``study`` (see services/transcribe.py).

        Every file is checked before any is transcribed; then each is stored in its own
        transaction, and files already in the study (same content) are skipped.
        """
        from listenwell.services.transcribe import transcribe_files

        return transcribe_files(self, [Path(p) for p in paths], study, participant=participant,
                                options=options, progress=progress, notice=notice,
                                date=date, title=title)

    # --- themes ----------------------------------------------------------------------------
    def embedder(self) -> Embedder:
        """The sentence embedder, loaded once per workspace (lazily: a warm cache needs none)."""
        if getattr(self, "_embedder", None) is None:
            self._embedder = SentenceTransformerEmbedder()
        return self._embedder

    def analyze(self, study: str, progress: Progress | None = None, *,
                options: AnalysisOptions | None = None, embedder: Embedder | None = None,
                fresh: bool = False) -> AnalysisResult:
        """Find or update the themes of a study, in one transaction (a failure changes nothing).
        ``fresh``: regroup what the analysis placed, keeping only people's decisions."""
        with self.transaction() as s:
            return analysis_service.analyze(s, study, embedder or self.embedder(),
                                            options or AnalysisOptions(), progress, fresh=fresh)

    def themes(self, study: str, include_hidden: bool = True) -> list[ThemeView]:
        with self.transaction() as s:
            return analysis_service.theme_views(s, study, include_hidden)

    def theme(self, study: str, theme_id: int) -> ThemeView:
        with self.transaction() as s:
            return analysis_service.theme_view(s, study, theme_id)

    def statements(self, study: str) -> list[Statement]:
        with self.transaction() as s:
            return analysis_service.statements(s, study)

    def outliers(self, study: str) -> list[Statement]:
        with self.transaction() as s:
            return analysis_service.outliers(s, study)

    def saturation(self, study: str) -> list[SaturationPoint]:
        with self.transaction() as s:
            return analysis_service.saturation(s, study)

    def rename_theme(self, study: str, theme_id: int, name: str | None,
                     expected_version: int | None = None) -> ThemeView:
        with self.transaction() as s:
            return analysis_service.rename_theme(s, study, theme_id, name, expected_version)

    def merge_themes(self, study: str, into: int, others: Sequence[int],
                     expected_version: int | None = None) -> ThemeView:
        with self.transaction() as s:
            return analysis_service.merge_themes(s, study, into, others, expected_version)

    def split_theme(self, study: str, theme_id: int, statement_ids: Sequence[int] | None = None,
                    expected_version: int | None = None) -> tuple[ThemeView, ThemeView]:
        with self.transaction() as s:
            return analysis_service.split_theme(s, study, theme_id, statement_ids,
                                                expected_version)

    def move_statement(self, study: str, statement_id: int, theme_id: int | None,
                       expected_version: int | None = None) -> ThemeView | None:
        with self.transaction() as s:
            return analysis_service.move_statement(s, study, statement_id, theme_id,
                                                   expected_version)

    def hide_theme(self, study: str, theme_id: int, hidden: bool = True,
                   expected_version: int | None = None) -> ThemeView:
        with self.transaction() as s:
            return analysis_service.hide_theme(s, study, theme_id, hidden, expected_version)

    def pin_theme(self, study: str, theme_id: int, pinned: bool = True,
                  expected_version: int | None = None) -> ThemeView:
        with self.transaction() as s:
            return analysis_service.pin_theme(s, study, theme_id, pinned, expected_version)
    # --- share ---------------------------------------------------------------------------------
    def evidence(self, study: str, *, require_analysis: bool = True):  # noqa: ANN201 - StudyEvidence
        """Everything a report or export needs, loaded in one read transaction."""
        from listenwell.services import share as share_service

        with self.transaction() as s:
            return share_service.load_evidence(s, study, require_analysis=require_analysis)

    def report(self, study: str, path: str | Path, options=None, progress: Progress | None = None):  # noqa: ANN001, ANN201
        """Write the top-findings report (.html, .pdf, .docx or .md); returns the Report model.
        The HTML report also gets the quotes' clips beside it when recordings exist."""
        from listenwell.services import share as share_service

        options = options or share_service.ShareOptions()
        ev = share_service.outward(self.evidence(study), options)
        return share_service.write_study_report(ev, Path(path), options, self.media_dir, progress)

    def report_view(self, study: str, options=None):  # noqa: ANN001, ANN201 - Report
        """The report as data (no file, no clips): for the web page and its JSON twin."""
        from listenwell.services import share as share_service

        options = options or share_service.ShareOptions()
        return share_service.build(share_service.outward(self.evidence(study), options), options)

    def quotes(self, study: str, *, theme: str | None = None, kind: str | None = None, options=None):  # noqa: ANN001, ANN201
        from listenwell.services import share as share_service

        options = options or share_service.ShareOptions()
        return share_service.quote_bank(share_service.outward(self.evidence(study), options), options, theme, kind)

    def write_quotes(self, study: str, path: str | Path, *, theme: str | None = None, kind: str | None = None,
                     options=None):  # noqa: ANN001, ANN201
        from listenwell.services import share as share_service

        quotes = self.quotes(study, theme=theme, kind=kind, options=options)
        return share_service.write_quotes(quotes, Path(path))

    def clip(self, study: str, statement: int | str | None, path: str | Path, options=None) -> Path:  # noqa: ANN001
        """Cut the clip behind a statement, given by id or by words of its text."""
        from listenwell.services import share as share_service

        options = options or share_service.ShareOptions()
        ev = share_service.outward(self.evidence(study, require_analysis=False), options)
        return share_service.write_clip(ev, share_service.find_statement(ev, statement), Path(path),
                                        self.media_dir, options)

    def reel(self, study: str, theme: str, path: str | Path, options=None, limit: int = 6,
             progress: Progress | None = None):  # noqa: ANN001, ANN201
        from listenwell.services import share as share_service

        options = options or share_service.ShareOptions()
        return share_service.write_reel(share_service.outward(self.evidence(study), options), theme, Path(path),
                                        self.media_dir, options, limit, progress)

    def export(self, study: str, fmt: str, path: str | Path, options=None) -> Path:  # noqa: ANN001
        """Export as ``csv`` (folder of tables), ``markdown`` (folder of pages), ``json`` or ``qdpx``."""
        from listenwell.services import share as share_service

        with self.transaction() as s:
            ev = share_service.load_evidence(s, study, require_analysis=False)
            coding = share_service.coding_input(s, ev)
        options = options or share_service.ShareOptions()
        return share_service.write_export(share_service.outward(ev, options), coding, fmt, Path(path), options)

    def import_qdpx(self, path: str | Path, study: str | None = None):  # noqa: ANN201
        from listenwell.services import share as share_service

        with self.transaction() as s:
            return share_service.import_qdpx(s, Path(path), study)

    # --- web ---------------------------------------------------------------------------------
    def add_user(self, username: str, password: str, role: str):  # -> services.users.User
        from listenwell.services import users

        with self.transaction() as s:
            return users.add_user(s, username, password, role)

    def users(self) -> list:
        from listenwell.services import users

        with self.transaction() as s:
            return users.list_users(s)

    def remove_user(self, username: str) -> None:
        from listenwell.services import users

        with self.transaction() as s:
            users.remove_user(s, username)

    def authenticate(self, username: str, password: str):  # -> User | None
        from listenwell.services import users

        with self.transaction() as s:
            return users.authenticate(s, username, password)

    def session_key(self) -> bytes:
        """The key that signs web sessions, kept in the workspace (``web-session.key``, readable
        by its owner only) so that restarting `listenwell serve` does not sign everyone out.
        Made on first use; deleting the file signs everyone out."""
        import secrets

        path = self.root / "web-session.key"
        if not path.exists():
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".web-session.")
            with os.fdopen(fd, "wb") as fh:  # mkstemp makes it 0600
                fh.write(secrets.token_bytes(32))
            os.replace(tmp, path)
        key = path.read_bytes()
        if len(key) < 32:
            raise InputError(f"{path}: the session key is damaged; delete the file to make a new one")
        return key

    def add_highlight(self, interview_id: int, segment_id: int, start_char: int, end_char: int,
                      codes: Sequence[str] = ()):  # -> Highlight
        from listenwell.services import annotate

        with self.transaction() as s:
            return annotate.add_highlight(s, annotate.HighlightRequest(
                interview_id, segment_id, start_char, end_char, tuple(codes)))

    def highlights(self, interview_id: int) -> list:
        from listenwell.store.highlights import load_highlights

        with self.transaction() as s:
            interview_q.get_interview_row(s, interview_id)
            return load_highlights(s, interview_id)

    def tag_highlight(self, highlight_id: int, code: str):  # -> Highlight
        from listenwell.services import annotate

        with self.transaction() as s:
            return annotate.tag_highlight(s, highlight_id, code)

    def add_note(self, interview_id: int, text: str, *, offset: float | None = None,
                 author: str | None = None):  # -> Note
        from listenwell.services import annotate

        with self.transaction() as s:
            return annotate.add_note(s, interview_id, text, offset=offset, author=author)

    def notes(self, interview_id: int) -> list:
        from listenwell.store.notes import load_notes

        with self.transaction() as s:
            interview_q.get_interview_row(s, interview_id)
            return load_notes(s, interview_id)

    def search(self, query: str, filters=None) -> list:  # noqa: ANN001 - SearchFilters | None
        from listenwell.services import search

        with self.transaction() as s:
            return search.search(s, query, filters)
