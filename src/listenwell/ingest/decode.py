"""Bytes to text the way transcript files come: UTF-8 (BOM or not), UTF-16, cp1252, cp1250 (Polish, Czech,
Hungarian, Romanian, Serbian, Croatian and Slovenian Latin), Turkish cp1254, Greek cp1253, Cyrillic cp1251 (Ukrainian,
Russian, Serbian, Macedonian), Hebrew cp1255, Arabic and Persian cp1256, Thai cp874 (TIS-620) or Vietnamese cp1258, and
the code pages East Asian Excel saves CSV in: Japanese Shift_JIS (cp932), Korean (cp949), Simplified Chinese (GB18030)
and Traditional Chinese (Big5, cp950)."""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

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
    """Text a Windows program saved in its own code page: Japanese, Korean or Chinese where the
    bytes read whole in that code page as its script (``_east_asian``), else Western (cp1252)
    unless Central European (cp1250, Polish or Czech Excel) reads with fewer symbols inside words
    ("Micha³" is "Michał"), or Turkish (cp1254, ``_turkish``: "Ayþe Yýlmaz" is "Ayşe Yılmaz"); Hebrew
    (cp1255, ``_hebrew``: "éåñé ëäï" is "יוסי כהן") and Thai (cp874, ``_thai``: "ÃËÑÊÅÙ¡¤éÒ" is
    "รหัสลูกค้า"), Hungarian (cp1250 too, ``_hungarian``: "Szõke Gergõ" is "Szőke Gergő"; Romanian, ``_romanian``: "Bucureºti" is "Bucureşti"; Serbian, Croatian or Slovenian Latin, ``_south_slavic``: "Ðorðeviæ" is "Đorđević") and Arabic or Persian (cp1256, ``_arabic_script``: "ÚáÌ ŃÖÇíí" is "علی رضایی") before all
    of them, and Greek (cp1253, ``_greek``: "Êùäéêüò ðåëÜôç" is "Κωδικός πελάτη") and then Cyrillic (cp1251,
    ``_cyrillic``: "Ńňŕňóń" is "Статус") and Vietnamese (cp1258, ``_vietnamese``, its tones composed) before the
    Western ones."""
    if _arabic_script(data):
        return data.decode("cp1256", errors="replace")
    if _hebrew(data):
        return data.decode("cp1255", errors="replace")
    thai = _thai(data)
    if thai is not None:
        return thai
    east = _east_asian(data)
    if east is not None:
        return east
    if _greek(data) and not (_cyrillic(data) and _not_spelled_as_greek(data)):
        return data.decode("cp1253", errors="replace")
    if _cyrillic(data):
        return data.decode("cp1251", errors="replace")
    if (vietnamese := _vietnamese(data)) is not None:
        return vietnamese
    western = data.decode("cp1252", errors="replace")
    central = data.decode("cp1250", errors="replace")
    if (_symbols_in_words(central) < _symbols_in_words(western) or _hungarian(central) or _romanian(central)
            or _south_slavic(central)):
        return central
    return data.decode("cp1254", errors="replace") if _turkish(western) else western


# Hungarian's letters, as cp1250 reads them: its ő ű Ő Ű are the bytes cp1252 reads as õ û Õ Û, and its
# other accented letters are the same in both code pages
_HUNGARIAN_OWN = frozenset("őűŐŰ")
_HUNGARIAN_OTHERS = frozenset("áéíóöúüÁÉÍÓÖÚÜ")
_NOT_FRENCH = frozenset("áíóöúÁÍÓÖÚ")  # (French writes é, ü and û, none of these)


def _hungarian(central: str) -> bool:
    """Whether text read as cp1250 is Hungarian Excel's: it has ő or ű, at least as many of Hungarian's
    other accented letters (á é í ó ö ú ü), one French never writes (á í ó ö ú) among them, and nine in ten
    of its letters over ASCII are Hungarian's. A French "sûr, café" or a Portuguese "Camões" (cp1252) read
    so gives a ű or ő alone, beside é only, or beside "ă" and "ę" (cp1252's ã and ê); Estonian's õ comes
    with ä, which Hungarian does not write."""
    high = [c for c in central if ord(c) > 127 and c.isalpha()]
    own = sum(c in _HUNGARIAN_OWN for c in high)
    others = sum(c in _HUNGARIAN_OTHERS for c in high)
    return (own > 0 and others >= own and any(c in _NOT_FRENCH for c in high)
            and own + others >= 0.9 * len(high))


# Romanian's letters, as cp1250 reads them: its ş ţ Ş Ţ (cedilla, as Windows writes them) are the bytes
# cp1252 reads as º þ ª Þ (and cp1254 as º ş ª Ş), its ă Ă cp1252's ã Ã; its â î are the same in both
_ROMANIAN_OWN = frozenset("şţŞŢ")
_ROMANIAN = frozenset("ăâîşţĂÂÎŞŢ")


def _romanian(central: str) -> bool:
    """Whether text read as cp1250 is Romanian Excel's ("Bucureşti", "Judeţ", not "Bucureºti"): one of its
    ş ţ sits inside a word, between two letters, and nine in ten of its letters over ASCII are Romanian's
    (ă â î ş ţ). A Portuguese "São João, nº 5" in cp1252 gives "ş" after a letter only, never inside a word;
    Turkish cp1254 read so gives ý đ Ý (its ı ğ İ), and Icelandic's þ comes beside á é ð."""
    high = [c for c in central if ord(c) > 127 and c.isalpha()]
    inside = any(c in _ROMANIAN_OWN and a.isalpha() and b.isalpha() for a, c, b in zip(central, central[1:], central[2:]))
    return inside and sum(c in _ROMANIAN for c in high) >= 0.9 * len(high)


# Serbian, Croatian, Bosnian, Montenegrin and Slovenian Latin as cp1250 reads it: its č ć đ Č Ć Đ are the bytes
# cp1252 reads as è æ ð È Æ Ð ("Ðorðeviæ", "raèun"); its š ž Š Ž are the same in both
_SOUTH_SLAVIC_OWN = frozenset("čćđČĆĐ")
_SOUTH_SLAVIC = frozenset("čćđšžČĆĐŠŽ")


def _south_slavic(central: str) -> bool:
    """Whether text read as cp1250 is Serbian, Croatian or Slovenian Excel's ("Đorđević", "račun", not
    "Ðorðeviæ", "raèun"): it has č, ć or đ, and nine in ten of its letters over ASCII are these and š ž.
    French, Icelandic or Danish in cp1252, whose è æ ð these are, come beside é à ó á ø å (cp1250's é ŕ ó á ř
    ĺ); Danish's æ alone (cp1250's ć) sits before a consonant ("Næstved"), where Serbo-Croatian's ć ends a
    word or comes before a vowel ("Jovanović", "kuća"), so a text whose only such letter is ć needs it there; and
    Italian's è (cp1250's č) is a word alone or ends one ("è", "caffè"), which Serbo-Croatian's č ć đ never are
    alone, so a text whose only such letter is č needs one inside or opening a word."""
    high = [c for c in central if ord(c) > 127 and c.isalpha()]
    if not any(c in _SOUTH_SLAVIC_OWN for c in high) or sum(c in _SOUTH_SLAVIC for c in high) < 0.9 * len(high):
        return False
    if re.search(r"(?<![^\W\d_])[čćđČĆĐ](?![^\W\d_])", central):
        return False  # (a letter alone as a word: Italian's "è", "Non è qui", as "Non č qui")
    if any(c in "ćđĆĐšžŠŽ" for c in high):
        if any(c in "čđČĐšžŠŽ" for c in high):
            return True
        after = [b for a, b in zip(central, central[1:] + " ") if a in "ćĆ"]
        return sum(not b.isalpha() or b.lower() in "aeiou" for b in after) >= 0.9 * len(after)
    # (č alone, Slovenian's "Černe", not only at a word's end as Italian's and French's è: "caffè", "Brès")
    return bool(re.search(r"[čČ](?=[^\W\d_])", central))


# the letters cp1254 puts where cp1252 has Icelandic ones (ğ İ ş ı Ğ Ş for ð Ý þ ý Ð Þ), the other
# letters Turkish writes that Icelandic does not, and those Icelandic (and Czech) write beside ð þ ý
# and Turkish does not
_TURKISH_IN_CP1252 = frozenset("ðÝþýÐÞ")
_TURKISH_OTHERS = frozenset("çÇüÜâÂîÎûÛ")
_ICELANDIC_OTHERS = frozenset("áÁéÉíÍóÓúÚæÆ")


def _turkish(western: str) -> bool:
    """Whether text read as cp1252 is Turkish Excel's cp1254: its ð þ ý (Turkish ğ ş ı) come with
    at least as many of the letters Turkish writes and Icelandic does not (ç ü â î û) as of those
    Icelandic and Czech write and Turkish does not (á é í ó ú æ): a Turkish sheet never has those,
    Icelandic text never lacks them. cp1254 has no Ž or ž."""
    if not any(c in _TURKISH_IN_CP1252 for c in western) or "Ž" in western or "ž" in western:
        return False
    turkish = sum(c in _TURKISH_OTHERS for c in western)
    return turkish >= sum(c in _ICELANDIC_OTHERS for c in western)


# the five tones cp1258 writes as combining marks after their vowel (its bytes CC EC D2 DE F2, cp1252's
# "Ì ì Ò Þ ò"), the vowels they sit on, and the letters Vietnamese has and Western code pages do not
_VI_TONES = "\u0300\u0301\u0303\u0309\u0323"
_VI_VOWELS = frozenset("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYáàéèíóòúùýÁÀÉÈÍÓÚ")
_VI_LETTERS = frozenset("ăâđơưĂÂĐƠƯ")


def _vietnamese(data: bytes) -> str | None:
    """The bytes as Vietnamese Excel's cp1258, NFC-normalised ("Sô" and a combining acute is "Số"),
    where its tone marks read as Vietnamese writes them: three at least, each but a few right after a
    vowel, with ă đ ơ ư beside them. Read in cp1258, a Western text's ì ò Ì Ò Þ become marks that
    follow the consonant before the letter they replaced ("però", "così", "Þór"); else None."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    marks = [i for i, c in enumerate(text) if c in _VI_TONES]
    on_vowels = sum(1 for i in marks if i and text[i - 1] in _VI_VOWELS)
    if on_vowels < 3 or on_vowels < 0.9 * len(marks) or not any(c in _VI_LETTERS for c in text):
        return None
    return unicodedata.normalize("NFC", text)


def _hebrew(data: bytes) -> bool:
    """Whether the bytes are Hebrew Excel's cp1255: its letters are the bytes E0–FA (cp1252's "àáâ…ú",
    and "÷" for ק), written in words of their own (no ASCII letter touching them), with its vowel points
    (C0–D2) at most among them. Nearly every run of bytes over 127 is such a word of two at least; a
    Western text's accented letters sit inside Latin words ("café", "Grüße"), and the East Asian code
    pages' runs hold bytes below E0."""
    hebrew = total = 0
    for m in re.finditer(rb"[\x80-\xff]+", data):
        before, after = data[m.start() - 1:m.start()], data[m.end():m.end() + 1]
        alone = not before.isalpha() and not after.isalpha()
        if alone and len(m.group()) == 1:
            continue  # (a one-letter word: Hebrew's "ב-22/10", French's "à")
        total += 1
        if alone and re.fullmatch(rb"[\xc0-\xd2\xe0-\xfa]+", m.group()) and re.search(rb"[\xe0-\xfa]", m.group()):
            hebrew += 1
    return hebrew >= 3 and hebrew >= 0.9 * total


# what cp1256 reads as a word of Arabic script: a letter (Arabic's, and those Persian and Urdu add: پ چ ژ
# گ ک ی ٹ ڈ ڑ ں ے), then letters, short vowels, the tatweel and the zero-width non-joiner Persian writes
# inside words ("می‌دهد")
_AR_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u0679-\u06d3][\u0621-\u063a\u0640-\u0652\u0679-\u06d3\u200c]*")


def _arabic_script(data: bytes) -> bool:
    """Whether the bytes are Arabic or Persian Excel's cp1256, the way ``_hebrew`` tells cp1255: nearly
    every run of bytes over 127 is a word of its own (no ASCII letter touching it) that cp1256 reads as a
    word of Arabic script (``_AR_WORD``). A Western text's accented letters sit inside Latin words; Hebrew
    read in cp1256 gives Latin letters (its א י מ ש are cp1256's à ê ï ù) or a short vowel opening a word;
    Thai and the East Asian code pages give symbols (£ ¥ ©)."""
    arabic = total = 0
    for m in re.finditer(rb"[\x80-\xff]+", data):
        before, after = data[m.start() - 1:m.start()], data[m.end():m.end() + 1]
        alone = not before.isalpha() and not after.isalpha()
        if alone and len(m.group()) == 1:
            continue  # (a one-letter word: "و", and)
        total += 1
        if alone and _AR_WORD.fullmatch(m.group().decode("cp1256")):
            arabic += 1
    return arabic >= 3 and arabic >= 0.9 * total


# the bytes of cp1253's Greek letters: Ά, Έ Ή Ί, Ό, Ύ Ώ ΐ, Α–Ω (no D2), ά έ ή ί ΰ α–ω ϊ ϋ ό ύ ώ
_GREEK_WORD = re.compile(rb"[\xa2\xb8-\xba\xbc\xbe-\xd1\xd3-\xfe]+")


def _greek(data: bytes) -> bool:
    """Whether the bytes are Greek Excel's cp1253 (its "CSV (οριοθετημένο)"): as Hebrew (``_hebrew``),
    nearly every run of bytes over 127 is a word of its own (no ASCII letter touching it) of two letters
    at least, every byte of it one of cp1253's Greek letters. A Western text's accented letters sit
    inside Latin words ("café", "Grüße"); its symbols ("€", "°", "«»") are no Greek letters."""
    greek = total = 0
    for m in re.finditer(rb"[\x80-\xff]+", data):
        before, after = data[m.start() - 1:m.start()], data[m.end():m.end() + 1]
        alone = not before.isalpha() and not after.isalpha()
        if alone and len(m.group()) == 1:
            continue  # (a one-letter word: Greek's "ο", "η", French's "à")
        total += 1
        if alone and _GREEK_WORD.fullmatch(m.group()):
            greek += 1
    return greek >= 3 and greek >= 0.9 * total


def _not_spelled_as_greek(data: bytes) -> bool:
    """Whether the words that read as Greek in cp1253 (``_greek``) are not spelled as Greek is: a word
    with its final sigma "ς" (byte F2) inside it, or with "ΐ" or "ΰ" (C0, E0: an accent and a diaeresis
    together, a handful of Greek words) is no Greek word, but is Russian or Ukrainian cp1251 read as
    Greek: F2 is its "т", C0 and E0 its "А" and "а" ("Ρςΰςσρ" is "Статус"). Cyrillic's other letters
    read in cp1253 as Greek letters too, so both ``_greek`` and ``_cyrillic`` can hold."""
    words = misspelled = 0
    for m in re.finditer(rb"[\x80-\xff]+", data):
        word = m.group()
        if len(word) < 2 or not _GREEK_WORD.fullmatch(word):
            continue
        words += 1
        if b"\xf2" in word[:-1] or b"\xc0" in word or b"\xe0" in word:
            misspelled += 1
    return misspelled >= 3 and misspelled >= 0.2 * words


# the bytes of cp1251's Cyrillic letters (А–я, Ё ё, Ukrainian Є є І і Ї ї Ґ ґ, Belarusian Ў ў, Serbian Ђ ђ Ј ј
# Љ љ Њ њ Ћ ћ Џ џ, Macedonian Ѓ ѓ Ќ ќ Ѕ ѕ) and the apostrophe Ukrainian writes inside a word ("інтерв’ю")
_CYRILLIC_WORD = re.compile(rb"[\xc0-\xff\xa8\xb8\xaa\xba\xb2\xb3\xaf\xbf\xa5\xb4\xa1\xa2"
                            rb"\x80\x81\x83\x8a\x8c-\x90\x9a\x9c-\x9f\xa3\xbc-\xbe]"
                            rb"[\xc0-\xff\xa8\xb8\xaa\xba\xb2\xb3\xaf\xbf\xa5\xb4\xa1\xa2"
                            rb"\x80\x81\x83\x8a\x8c-\x90\x9a\x9c-\x9f\xa3\xbc-\xbe\x92]*")


def _cyrillic(data: bytes) -> bool:
    """Whether the bytes are Ukrainian or Russian Excel's (and 1C's) cp1251, tried after Greek: as
    Greek (``_greek``), nearly every run of bytes over 127 is a word of its own (no ASCII letter
    touching it) of two letters at least, every byte of it one of cp1251's Cyrillic letters, and read
    so it is cased as a word is ("Статус", "активний", "ПІБ"; not "Кщдикьт" nor "релЬфз"). Read as
    cp1250 or cp1252 such a file is accented letters in runs ("Ńňŕňóń"); a Western text's sit inside
    Latin words ("café"). Greek is tried first: its bytes read in cp1251 as Cyrillic too."""
    cyrillic = total = 0
    for m in re.finditer(rb"[\x80-\xff]+", data):
        before, after = data[m.start() - 1:m.start()], data[m.end():m.end() + 1]
        alone = not before.isalpha() and not after.isalpha()
        if alone and len(m.group()) == 1:
            continue  # (a one-letter word: "і", "в", "и")
        total += 1
        word = m.group().decode("cp1251", errors="replace").replace("\u2019", "")
        if alone and _CYRILLIC_WORD.fullmatch(m.group()) and (word.islower() or word.isupper() or word.istitle()):
            cyrillic += 1
    return cyrillic >= 3 and cyrillic >= 0.9 * total


# Thai as it is spelled: a consonant, then at most one vowel written above or below it and one tone
# mark (or thanthakhat) above that; a vowel written before a consonant (เ แ โ ใ ไ) has one after it
_TH_SYLLABLE = re.compile("[\u0e01-\u0e2e][\u0e31\u0e34-\u0e39]?[\u0e47-\u0e4d]?")
_TH_MISPLACED = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|[\u0e40-\u0e44](?![\u0e01-\u0e2e])"
                           "|(?<=[\u0e01-\u0e4f])[\u0e50-\u0e59]|[\u0e50-\u0e59](?=[\u0e01-\u0e4f])"
                           # (ๅ follows only ฤ or ฦ, ๆ a Thai word; a Thai digit inside a Latin word: cp1252's
                           # "Udtrådt", "æ", "Død" read in cp874 as "Udtrๅdt", "ๆ", "D๘d")
                           "|(?<![\u0e24\u0e26])\u0e45|(?<![\u0e01-\u0e4e\\s])\u0e46"
                           "|(?<=[A-Za-z])[\u0e50-\u0e59]|[\u0e50-\u0e59](?=[A-Za-z])")


def _thai(data: bytes) -> str | None:
    """The bytes as Thai Excel's cp874 (TIS-620, Windows-874) where they read whole in it as Thai
    written as Thai is spelled (``_TH_SYLLABLE``: no mark without its consonant, no two vowels stacked,
    no vowel written before nothing, no Thai digit inside a word), Thai letters nearly all the
    characters over 127. Korean, Chinese or Hebrew bytes read in cp874 break these at once; else None."""
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:  # (bytes cp874 lacks: DB–DE, FC–FF)
        return None
    high = [c for c in text if ord(c) > 127]
    thai = [c for c in high if "\u0e01" <= c <= "\u0e5b"]
    if len(thai) < 6 or 10 * len(thai) < 9 * len(high):
        return None
    if 5 * sum("\u0e01" <= c <= "\u0e2e" for c in thai) < 2 * len(thai):
        return None  # (Thai is written in consonants; Danish "ø å æ" are cp874's ๘ ๅ ๆ, none of them)
    spelled = _TH_SYLLABLE.sub(lambda m: "\u0e01" if len(m.group()) > 1 else m.group(), text)
    return text if len(_TH_MISPLACED.findall(spelled)) <= len(thai) // 200 else None


def _kana(c: str) -> bool:
    return "\u3040" <= c <= "\u30ff"


def _hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def _ideograph(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _east_asian(data: bytes) -> str | None:
    """The text in Japanese Excel's Shift_JIS (cp932), Korean Excel's cp949 or Chinese Excel's
    GB18030 (Simplified) or Big5 (cp950, Traditional: Taiwan, Hong Kong), when the bytes decode in it
    without an error and what they give is that script: kana for Japanese (Western text read as
    cp932 gives kanji and half-width kana, never the full-width kana of ordinary Japanese), Hangul
    syllables for Korean, ideographs for Chinese, each at least five times and nearly all the
    non-ASCII characters. Where both Chinese code pages read so, the one whose characters are the
    common ones of its own script (``_common_share``) wins. None otherwise."""
    chinese: list[tuple[float, str]] = []
    for encoding, script in (("cp932", _kana), ("cp949", _hangul), ("gb18030", _ideograph), ("cp950", _ideograph)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 127]
        own = sum(map(script, wide))
        # (Japanese mixes kanji with its kana; full-width forms and punctuation go with any of them)
        theirs = sum(script(c) or _ideograph(c) or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
                     for c in wide)
        if script is _hangul and own < 0.8 * sum(_hangul(c) or _ideograph(c) for c in wide):
            continue  # (Korean writes few Hanja: Chinese read as cp949 gives as many of them as Hangul)
        if own >= 5 and theirs >= 0.95 * len(wide):
            if script is not _ideograph:
                return text
            chinese.append((_common_share(text, encoding), text))
    # (Big5's bytes also read as GB18030's rarer characters, and GB18030's as Big5's: the right one
    # gives the common characters of its own script; Western text read as either gives rare ones)
    best = max(chinese, key=lambda st: st[0], default=None)
    return best[1] if best and best[0] >= 0.5 else None


@functools.lru_cache(maxsize=2)
def _common(encoding: str) -> frozenset[str]:
    """The common characters of a Chinese code page, as it orders them: GB2312's first level (3,755
    characters, lead bytes B0–D7) for GB18030, Big5's frequently used ones (5,401, A440–C67E) for cp950."""
    if encoding == "gb18030":
        pairs = ((a, b) for a in range(0xB0, 0xD8) for b in range(0xA1, 0xFF))
    else:
        pairs = ((a, b) for a in range(0xA4, 0xC7) for b in (*range(0x40, 0x7F), *range(0xA1, 0xFF))
                 if (a, b) < (0xC6, 0x7F))
    return frozenset(c for a, b in pairs if (c := bytes((a, b)).decode(encoding, errors="ignore")))


def _common_share(text: str, encoding: str) -> float:
    """How many of the ideographs of ``text`` are common ones of the code page it was read in."""
    han = [c for c in text if _ideograph(c)]
    return sum(c in _common(encoding) for c in han) / len(han) if han else 0.0


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
