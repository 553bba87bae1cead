"""Bytes to text the way transcript files come: UTF-8 (BOM or not), UTF-16, cp1252 or cp1250."""

from __future__ import annotations

import codecs

from listenwell.domain import InputError


def decode_text(data: bytes, file: str, what: str = "a transcript") -> str:
    """Decode a text file, refusing binary junk with an InputError that names the file and says
    what the file should have been (``what``: "a transcript", "a guide", "a roster")."""
    if not data.strip():
        raise InputError("the file is empty", file=file)
    if data.startswith(codecs.BOM_UTF8):
        text = _decode(data[3:], "utf-8", file)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(data, "utf-16", file)
    elif len(data) >= 4 and data[1::2].count(0) > len(data) // 4 and data[0] != 0:
        text = _decode(data, "utf-16-le", file)  # UTF-16 without a BOM
    elif len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        text = _decode(data, "utf-16-be", file)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _windows_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file is empty", file=file)
    _refuse_binary(text, file, what)
    return text


def _windows_text(data: bytes) -> str:
    """Text a Windows program saved in its own code page: Western (cp1252) unless Central European
    (cp1250, Polish or Czech Excel) reads with fewer symbols inside words ("Micha³" is "Michał")."""
    western = data.decode("cp1252", errors="replace")
    central = data.decode("cp1250", errors="replace")
    return central if _symbols_in_words(central) < _symbols_in_words(western) else western


def _symbols_in_words(text: str) -> int:
    """How many characters that are neither letters nor ASCII follow a letter ("³" in "Micha³")."""
    return sum(1 for a, b in zip(text, text[1:]) if a.isalpha() and ord(b) > 127 and not b.isalpha())


def _decode(data: bytes, encoding: str, file: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding.upper()} text (byte {exc.start})", file=file) from None


def _refuse_binary(text: str, file: str, what: str) -> None:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    if "\x00" in text or controls > max(2, len(text) // 100) or text.count("\ufffd") > len(text) // 20 + 2:
        line = next(
            (i for i, ln in enumerate(text.split("\n"), 1)
             if "\x00" in ln or "\ufffd" in ln or any(ord(c) < 32 and c not in "\t\f\v" for c in ln)),
            None,
        )
        raise InputError(f"binary data, not {what}", file=file, line=line)
