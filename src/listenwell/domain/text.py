"""Small text helpers shared by every layer: slugs, content hashes, a column name as words."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from listenwell.domain.glossary import in_english, plain_letters


# letters no accent can be taken off: Chinese characters, kana, Hangul, a full-width form. Each
# separates words in a slug ("2026年12月 経理" → "2026-12"), where dropping it would join them ("202612")
_NOT_LATIN = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


# Cyrillic in Latin letters for a slug, by Ukraine's national transliteration (2010: г h, ґ g, и y, і i, х kh,
# є ie, ї i, й i, ю iu, я ia; at a word's start є ye, ї yi, й y, ю yu, я ya), the Russian letters beside it
# (ё yo, ы y, э e, ъ and ь none), the apostrophe dropped: "Кишеня: щоденні платежі" → "kyshenia-shchodenni-platezhi"
_CYRILLIC_LATIN = dict(zip("абвгґдежзиіїйклмнопрстуфхцчшщьюяєёыэъ'\u2019\u02bc", (
    "a b v h g d e zh z y i i i k l m n o p r s t u f kh ts ch sh shch - iu ia ie yo y e - - - -").split()))
_CYRILLIC_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def _latin_cyrillic(text: str) -> str:
    """The Cyrillic letters of ``text`` in Latin ones (see above), a capital's as lower case."""
    def one(m: re.Match[str]) -> str:
        c = m.group(0).lower()
        at_start = m.start() == 0 or not (text[m.start() - 1].isalpha() or text[m.start() - 1] in "'\u2019\u02bc")
        return (_CYRILLIC_FIRST.get(c) if at_start else None) or _CYRILLIC_LATIN.get(c, c).strip("-")
    return re.sub("[\u0400-\u04ff'\u2019\u02bc]", one, text)


def slugify(text: str) -> str:
    """``"Checkout drop-off"`` → ``"checkout-drop-off"``; a title with no Latin letter or digit
    ("経費精算ヒアリング") → ``"study"`` (see ``SLUG``); Cyrillic is transliterated (``_latin_cyrillic``). A letter NFKD does not take apart is written
    plain, not dropped ("płatności" → "platnosci", "Straße" → "strasse"): a study made before keeps its
    stored slug, and is found by the new one too (``store.studies.get_study_row``)."""
    norm = unicodedata.normalize("NFKD", _NOT_LATIN.sub("-", unicodedata.normalize("NFKC", plain_letters(
        _latin_cyrillic(text)))))
    norm = norm.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", norm).strip("-").lower()
    return slug or "study"


# what a slug may be: it is typed after --study, and stands in web addresses and file names
SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")


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
    words = " ".join(re.findall(r"[a-z0-9]+", in_english(name).replace("\u2019", "").replace("'", "")))
    return _WHOLE_NAMES.get(words, words)


# a column named in one word that another language writes as an English word, read as a whole name
# only (Turkish "Not", a note: "not" in a note or a value stays English)
_WHOLE_NAMES = {"not": "notes"}


def quoted(text: str) -> str:
    """``text`` in quotes as ``repr`` writes it, but with the zero-width non-joiner and joiner kept as
    they are: they sit inside words (Persian "می‌دهد", Hindi's and Sinhala's conjuncts), where repr's
    "\\u200c" breaks the word it quotes."""
    return repr(text).replace("\\u200c", "\u200c").replace("\\u200d", "\u200d")
