"""Slugs (domain/text.py), on titles written for these tests."""

from __future__ import annotations

import pytest

from listenwell.domain.text import SLUG, slugify


@pytest.mark.parametrize(("title", "slug"), [
    # Cyrillic by Ukraine's national transliteration: є ї й ю я as ye yi y yu ya at a word's start only,
    # the apostrophe dropped and no word start after it; Russian letters beside it
    ("Перекази: Ярослав і Євгенія", "perekazy-yaroslav-i-yevheniia"),
    ("Пам’ять про ґанок", "pamiat-pro-ganok"),
    ("Объём подписки, ёмкость", "obyom-podpysky-yomkost"),
    # unchanged: Latin, letters written plain, a title of no Latin or Cyrillic letter
    ("Checkout drop-off", "checkout-drop-off"), ("Płatności 2026", "platnosci-2026"), ("経費精算ヒアリング", "study"),
])
def test_a_title_s_slug(title: str, slug: str) -> None:
    assert slugify(title) == slug and SLUG.fullmatch(slug)
