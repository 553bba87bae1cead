"""Whether one column name is another as a file read in the wrong code page gives it: "sôì ğiêòn
thoaòi" is "số điện thoại" saved by Vietnamese Excel (cp1258) and read as Turkish (cp1254), "nÃºmero"
is "número" saved as UTF-8 and read as cp1252. A re-import of a roster that an earlier import misread
then adds the right name beside the garbled one, and what to advise depends on which is which."""

from __future__ import annotations

import unicodedata

# the code pages a sheet is saved in, and those a misreading reads it in (the single-byte Windows ones)
_SAVED_IN = ("utf-8", "cp1258", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257")
_READ_IN = ("cp1252", "cp1250", "cp1254", "cp1251", "cp1253", "cp1257", "cp1258", "latin-1")
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def name_key(text: str) -> str:
    """A column name as ``misreadings`` compares it: composed, lower-cased, its spaces single."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _written(name: str) -> list[str]:
    """The forms a program writes ``name`` in: composed, decomposed, and Vietnamese Excel's, each
    letter cp1258 lacks composed but for its tone, which follows it as a mark of its own ("ố" as "ô" and
    an acute; "á", which it has, as it is)."""
    excel = "".join(ch if _in_cp1258(ch) else
                    unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", ch) if c not in _TONES))
                    + "".join(c for c in unicodedata.normalize("NFD", ch) if c in _TONES) for ch in name)
    return list(dict.fromkeys((unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name), excel)))


def _in_cp1258(ch: str) -> bool:
    try:
        ch.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def misreadings(name: str, read_in: tuple[str, ...] = _READ_IN) -> frozenset[str]:
    """Every way ``name`` reads when saved in one code page and read in another of ``read_in``
    (``name_key``'s form, the name itself left out); none for a name in ASCII, which every one of them
    reads the same."""
    if name.isascii():
        return frozenset()
    found = set()
    for form in _written(name):
        for saved in _SAVED_IN:
            try:
                data = form.encode(saved)
            except UnicodeEncodeError:
                continue
            found.update(name_key(data.decode(read, errors="replace")) for read in read_in if read != saved)
    found.discard(name_key(name))
    return frozenset(found)


def misread_as(name: str, garbled: str) -> bool:
    """Whether ``garbled`` is ``name`` saved in one code page and read in another (case and spacing
    aside); never where the two are the same."""
    return name_key(garbled) in misreadings(name)
