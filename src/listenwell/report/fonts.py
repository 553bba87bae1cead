"""Which characters no installed font can draw.

WeasyPrint lays a PDF out with the fonts fontconfig knows and falls back from one to another
character by character; a character none of them has prints as an empty box. A guide in
Japanese on a machine with only DejaVu fonts gives a kit of boxes that looks fine in the
terminal, so the PDF writers name such characters instead of leaving the reader to find out.

The union of every installed font's character set comes from one `fc-list` call (fontconfig
prints each font's charset as hex ranges). Without `fc-list` nothing can be said, and nothing
is: the check only ever adds a warning.
"""

from __future__ import annotations

import bisect
import functools
import shutil
import subprocess
import unicodedata

# Pango draws no glyph for these: spaces, line and format controls, variation selectors.
_NOT_DRAWN = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn"}


@functools.cache
def _covered() -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Sorted, merged (starts, ends) of the code points some installed font has; None when
    fontconfig cannot be asked."""
    exe = shutil.which("fc-list")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "--format", "%{charset}\n"], capture_output=True, text=True,
                             timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    spans: list[tuple[int, int]] = []
    for token in out.split():
        lo, _, hi = token.partition("-")
        try:
            spans.append((int(lo, 16), int(hi or lo, 16)))
        except ValueError:
            continue
    if not spans:
        return None
    spans.sort()
    starts, ends = [spans[0][0]], [spans[0][1]]
    for lo, hi in spans[1:]:
        if lo <= ends[-1] + 1:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    return tuple(starts), tuple(ends)


def undrawable(text: str) -> list[str] | None:
    """The distinct characters of ``text`` that no installed font has, in order of first use;
    None when the installed fonts cannot be listed."""
    covered = _covered()
    if covered is None:
        return None
    starts, ends = covered
    missing: dict[str, None] = {}
    for ch in dict.fromkeys(text):
        if ord(ch) < 0x80 or unicodedata.category(ch) in _NOT_DRAWN:
            continue
        i = bisect.bisect_right(starts, ord(ch)) - 1
        if i < 0 or ord(ch) > ends[i]:
            missing[ch] = None
    return list(missing)


def boxes_warning(text: str, file: str) -> str | None:
    """A warning naming the characters ``file`` (a PDF) prints as boxes, or None."""
    missing = undrawable(text)
    if not missing:
        return None
    return (f"{file}: no installed font has {_characters_used(missing)}, so the PDF prints them as empty "
            f"boxes. Install a font that has them "
            f"(on Debian, {_packages(missing)}) "
            f"or use the .html, which the browser draws with its own fonts.")


# The Debian packages whose fonts draw a script, by the name ``_script`` gives it (Noto's core
# families cover most scripts: Devanagari, Bengali, Tamil, Thai, Arabic, Hebrew, Ethiopic…)
_DEBIAN_FONTS = {
    "Chinese, Japanese or Korean": "fonts-noto-cjk",
    "Thai": "fonts-thai-tlwg or fonts-noto-core",
}


def _packages(missing: list[str]) -> str:
    """"fonts-thai-tlwg or fonts-noto-core for Thai, fonts-noto-core for Devanagari": the packages to
    install for the scripts ``missing`` is written in, the few most used first."""
    letters = [ch for ch in missing if unicodedata.category(ch)[0] in "LM"]  # (a symbol's name is no script's)
    scripts = [s for s in dict.fromkeys(_script(ch) for ch in letters) if not s.startswith("U+")][:4]
    named = [f"{_DEBIAN_FONTS.get(s, 'fonts-noto-core')} for {s}" for s in scripts]
    return ", ".join(named) if named else "fonts-noto-core"


def _script(ch: str) -> str:
    """A rough script name for a message: the first word of the character's Unicode name."""
    name = unicodedata.name(ch, "")
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH")):
        return "Chinese, Japanese or Korean"
    return name.split(" ")[0].capitalize() if name else f"U+{ord(ch):04X}"


def misdrawn(document: object) -> list[str]:
    """The distinct characters a WeasyPrint document (``document.fonts`` is filled once it has been
    written) drew with a font whose file has no glyph for them: Pango found them in another face
    (an upright one, for letters its italic face lacks: Arabic in DejaVu Sans Oblique) but WeasyPrint
    gave both faces one name and embedded one of them, so these print as other glyphs, and the
    ligatures, bullets and quotes of that font's other text as boxes."""
    from io import BytesIO

    from fontTools.ttLib import TTFont
    try:  # (WeasyPrint's own reader of a font's file: without it, nothing can be said, and nothing is)
        from weasyprint.text.fonts import get_hb_object_data
    except ImportError:  # pragma: no cover - another WeasyPrint
        return []

    out: dict[str, None] = {}
    for font in getattr(document, "fonts", {}).values():
        try:  # the whole font file (``file_content`` is the subset once written)
            whole = get_hb_object_data(font.hb_face)
            cmap = TTFont(BytesIO(whole), fontNumber=font.index, lazy=True).getBestCmap() or {}
        except Exception:  # noqa: BLE001 - a font fontTools cannot read: nothing to say about it
            continue
        for text in font.to_unicode.values():
            for ch in text:
                if ord(ch) >= 0x80 and unicodedata.category(ch) not in _NOT_DRAWN and ord(ch) not in cmap:
                    out[ch] = None
    return list(out)


def _characters_used(missing: list[str]) -> str:
    """"3 of the characters used (ﬂ ﬁ …; Latin)": how many, the first eight and their scripts."""
    shown = " ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
    return f"{len(missing)} of the characters used ({shown}; {', '.join(sorted({_script(ch) for ch in missing}))})"


def misdrawn_warning(missing: list[str], file: str) -> str | None:
    """A warning naming the characters ``file`` (a PDF) draws with a font that lacks them, or None."""
    if not missing:
        return None
    return (f"{file}: {_characters_used(missing)} were set in a font "
            f"that has none of them (an italic face without their letters), so the PDF prints them, and "
            f"that font's ligatures and marks, as other glyphs or empty boxes. Set them upright, or use the "
            f".html, which the browser draws with its own fonts.")
