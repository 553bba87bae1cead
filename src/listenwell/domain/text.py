"""Small text helpers shared by every layer: slugs, content hashes, a column name as words."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from listenwell.domain.glossary import in_english


def slugify(text: str) -> str:
    """``"Checkout drop-off"`` → ``"checkout-drop-off"``."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", norm).strip("-").lower()
    return slug or "study"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | os.PathLike[str]) -> str:
    """A file's SHA-256, read in 1 MiB chunks (recordings can be gigabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def column_words(name: str) -> str:
    """A column name as plain lower-case English words, whatever its punctuation, accents or
    language: "Kestrel Logins (Last 30 Days)" → "kestrel logins last 30 days", "research_opt_in"
    → "research opt in", "lastSeenAt" → "last seen at", "Dernière connexion app" → "last login app"
    (domain/glossary.py)."""
    name = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", name)  # camelCase: "lastLogin", "statusAssinatura"
    return " ".join(re.findall(r"[a-z0-9]+", in_english(name).replace("\u2019", "").replace("'", "")))
