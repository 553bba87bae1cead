"""Local accounts for the web app: add, list, check a password.

Passwords are stored as ``scrypt$n$r$p$salt$hash`` (hashlib.scrypt, 16-byte random salt), so
the cost can be raised later without breaking old hashes. Roles are owner, editor, viewer:
viewers read, editors and owners change things.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain.errors import Conflict, InputError, NotFound
from listenwell.store.tables import UserRow

ROLES = ("owner", "editor", "viewer")
_N, _R, _P = 2**14, 8, 1


@dataclass(frozen=True)
class User:
    username: str
    role: str
    id: int | None = None

    @property
    def can_edit(self) -> bool:
        return self.role in ("owner", "editor")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt, digest = stored.split("$")
        if algo != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt),
            n=int(n), r=int(r), p=int(p), dklen=len(want),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


def _to_user(row: UserRow) -> User:
    return User(username=row.username, role=row.role, id=row.id)


def add_user(session: Session, username: str, password: str, role: str) -> User:
    username = username.strip()
    if not username or len(username) > 200:
        raise InputError("a user name must be 1 to 200 characters")
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if len(password) < 8:
        raise InputError("a password must have at least 8 characters")
    if session.scalar(select(UserRow).where(UserRow.username == username)) is not None:
        raise Conflict(f"user {username!r} already exists")
    row = UserRow(username=username, password_hash=hash_password(password), role=role)
    session.add(row)
    session.flush()
    return _to_user(row)


def list_users(session: Session) -> list[User]:
    return [_to_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.username))]


def get_user(session: Session, user_id: int) -> User:
    row = session.get(UserRow, user_id)
    if row is None:
        raise NotFound(f"no user with id {user_id}")
    return _to_user(row)


def remove_user(session: Session, username: str) -> None:
    row = session.scalar(select(UserRow).where(UserRow.username == username))
    if row is None:
        raise NotFound(f"no user {username!r}")
    session.delete(row)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user when the password matches; None otherwise (same work either way)."""
    row = session.scalar(select(UserRow).where(UserRow.username == username.strip()))
    if row is None:
        verify_password(password, hash_password("timing-equaliser", salt=b"0" * 16))
        return None
    return _to_user(row) if verify_password(password, row.password_hash) else None
