"""Settings of one web app instance, as data (no globals, no environment reads at import)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class WebSettings:
    host: str = "127.0.0.1"
    port: int = 7465
    # Sign-in is required whenever the server listens beyond this machine.
    require_login: bool | None = None  # None: decide from host
    max_upload_bytes: int = 500 * 1024 * 1024
    secret_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    session_hours: int = 12
    # Failed sign-ins allowed per name and address within `login_window_s` before the form
    # refuses to check passwords for the rest of that window.
    login_attempts: int = 5
    login_window_s: int = 600
    secure_cookies: bool = False  # set when served behind HTTPS

    @property
    def login_required(self) -> bool:
        if self.require_login is not None:
            return self.require_login
        return self.host not in LOCAL_HOSTS
