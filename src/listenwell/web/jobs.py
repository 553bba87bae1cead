"""Background jobs for slow uploads (transcribing a recording): a thread per job and a
progress record the page polls. Lives on the app (``app.state.jobs``), not in a global."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from typing import Callable

from listenwell.domain.errors import ListenwellError


@dataclass
class Job:
    id: str
    what: str
    done: float = 0.0
    total: float = 1.0
    state: str = "running"  # running | done | failed
    message: str = ""
    result: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "what": self.what, "done": self.done, "total": self.total,
                "state": self.state, "message": self.message, "result": self.result}


class Jobs:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def start(self, what: str, work: Callable[[Callable[[float, float, str], None]], dict]) -> Job:
        job = Job(id=uuid.uuid4().hex, what=what)
        with self._lock:
            self._jobs[job.id] = job

        def progress(done: float, total: float, what: str) -> None:
            job.done, job.total, job.message = done, total or 1.0, what

        def run() -> None:
            try:
                job.result = work(progress)
                job.state, job.done = "done", job.total
            except ListenwellError as exc:
                job.state, job.message = "failed", exc.message
            except Exception as exc:  # noqa: BLE001 - shown to the user, not swallowed
                job.state, job.message = "failed", f"unexpected error: {exc}"

        threading.Thread(target=run, name=f"listenwell-job-{job.id[:8]}", daemon=True).start()
        return job
