"""Who a speaker is: a transcript's speaker name, file name or title matched to roster people.

Meeting tools write a person's display name with extras ("Jane Doe (she/her)", "Jane Doe
(Guest)", "Jane Doe | Acme", "Doe, Jane", "Jane's iPhone", "jane.doe@acme.com", "JANE D."),
and transcription tools write "Speaker 2" and leave the person to the file name
("P07_session.vtt", "2026-10-03 Interview - Jane Doe.vtt"). A match is made only when it
names one roster person: a name two people could have matches nobody, because a wrong link
counts someone as interviewed who was not (see ``match_speaker``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from listenwell.domain.glossary import fold, serbian_latin
from listenwell.domain.text import column_words

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")  # an address, wherever it is written
# the extras a meeting tool adds to a display name: "(she/her)", "(Guest)", "[Acme]"
_BRACKETED = re.compile(r"\s*[(\[{][^)\]}]*[)\]}]\s*")
# "Jane Doe | Acme", "Jane Doe - Acme Corp", "Jane Doe @ Acme", "Jane Doe · Acme"
_COMPANY = re.compile(r"\s+(?:[|@·•–—/]|-{1,2})\s+.*$")
# "Jane's iPhone", "Jane’s MacBook Pro", "iPhone de Jane", "Galaxy S21 di Jane"
# (and Turkish "Mehmet'in iPhone'u", "Ayşe'nin Galaxy'si")
_DEVICE_OWNER = re.compile(r"^(.+?)['\u2019](?:s|n?[iıuü]n)?\s+(?:iphone|ipad|android|galaxy|pixel|macbook|laptop|"
                           r"phone|pc|computer|mac|imac|surface|device)\b.*$", re.I)
# (and Vietnamese "iPhone của Lan", Thai "iPhone ของ สมชาย")
_DEVICE_OF = re.compile(r"^(?:iphone|ipad|android|galaxy|pixel|macbook|laptop|pc)\b[\w\s]*?\s+"
                        r"(?:de|di|da|von|van|of|của|ของ)\s+(.+)$", re.I)
# the owner's name with the possessive of Korean, Japanese or Chinese before the device: "조예준의 iPhone",
# "田中のiPhone", "张伟的iPhone", as each names an iPhone by default
_DEVICE_OWNER_CJK = re.compile(r"^(.+?)\s*(?:의|の|的)\s*(?:iphone|ipad|android|galaxy|pixel|macbook|"
                               r"아이폰|갤럭시|アイフォン|ギャラクシー)(?![a-z]).*$", re.I)
_TITLES = {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "dame", "herr", "frau", "ato", "wro"}
# titles said with a surname ("Mrs Morgan", "Herr Zürcher"); "Dr." also goes with a first name
_SURNAME_TITLES = {"mr", "mrs", "ms", "miss", "mx", "herr", "frau", "madame", "mme", "monsieur", "senor",
                   "senora", "sr", "sra", "signor", "signora", "pan", "pani"}


_UMLAUTS_FROM = "äöüÄÖÜ"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "AE", "Ö": "OE", "Ü": "UE"})
# words inside a surname that people shorten or leave out: "Pieter vd Berg", "Ana Vega"
PARTICLES = {"van", "vd", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "dos",
              "das", "du", "ten", "ter", "bin", "binti", "al", "el", "ni", "nic", "mac"}


def words(text: str) -> list[str]:
    """Lower-case ASCII words, accents and punctuation gone: "José García-López" →
    ["jose", "garcia", "lopez"]."""
    plain = fold(text).encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[a-z0-9]+", plain.replace("'", "").replace("\u2019", ""))


def display_name(raw: str) -> str:
    """A display name without what tools add to it: "Doe, Jane (she/her) | Acme" → "Jane Doe"."""
    name = _BRACKETED.sub(" ", raw).strip()
    name = _COMPANY.sub("", name).strip()
    for pattern in (_DEVICE_OWNER, _DEVICE_OF, _DEVICE_OWNER_CJK):
        m = pattern.match(name)
        if m:
            name = m.group(1).strip()
    if name.count(",") == 1:  # "Doe, Jane" as directories write it
        last, first = (part.strip() for part in name.split(","))
        if last and first and " " not in last:
            name = f"{first} {last}"
    return name


# Short forms a roster may not record, by the name it does record. A roster writes the name
# on the passport; the meeting shows the one the person goes by.
_SHORT_FORMS = {
    "william": "bill billy will willy liam", "robert": "bob bobby rob robbie bert",
    "richard": "rick ricky dick rich", "margaret": "peggy maggie meg megan greta",
    "elizabeth": "liz lizzie beth betty eliza libby", "katherine": "kate kat katie kathy kay",
    "catherine": "kate kat katie cathy", "christina": "chris tina christy", "james": "jim jimmy jamie", "michael": "mike mick mikey",
    "thomas": "tom tommy", "joseph": "joe joey", "edward": "ed eddie ted ned",
    "alexander": "alex sasha sandy", "alexandra": "alex sasha sandra", "charles": "charlie chuck",
    "christopher": "chris kit", "christine": "chris tina", "daniel": "dan danny",
    "jennifer": "jen jenny", "jessica": "jess jessie", "nicholas": "nick nicky",
    "patricia": "pat patty trish", "patrick": "pat paddy", "rebecca": "becky becca",
    "samuel": "sam sammy", "samantha": "sam sammy", "stephen": "steve", "steven": "steve",
    "susan": "sue susie", "timothy": "tim timmy", "victoria": "vicky tori",
    "anthony": "tony", "antonio": "toni tony", "benjamin": "ben benny", "andrew": "andy drew",
    "matthew": "matt", "jonathan": "jon jonny", "dolores": "lola lolita", "francisco": "paco",
    "jose": "pepe chepe", "josephine": "jo josie", "eleanor": "ellie nell", "abigail": "abby",
    "gregory": "greg", "lawrence": "larry", "leonard": "leo len", "frederick": "fred freddie",
    "henry": "harry hank", "johannes": "hans jan", "agnieszka": "aga", "aleksandra": "ola",
    "ekaterina": "katya", "aleksandr": "sasha", "dmitri": "dima", "giuseppe": "beppe",
    "jesus": "chuy chucho", "guadalupe": "lupe lupita", "ignacio": "nacho", "enrique": "quique",
    "manuel": "manolo", "concepcion": "concha conchita", "rosario": "charo", "mercedes": "meche",
    "katarzyna": "kasia kaska", "malgorzata": "gosia", "wojciech": "wojtek", "joanna": "jo asia",
    "johanna": "jo hanna", "jiri": "jirka jirik", "jan": "honza jenda", "josef": "pepa pepik",
    "frantisek": "franta", "vaclav": "vasek", "jakub": "kuba", "katerina": "katka", "krzysztof": "krzys",
    "zofia": "zosia", "stanislaw": "stas",
}
# one name in several spellings (Arabic written in Latin letters): each is the others' short form
_SPELLINGS = ("muhammad mohammed mohamed mohammad muhammed mohamad", "yusuf youssef yousef yousif youssouf",
              "ahmed ahmad", "hussein husain hussain hossein", "abdelrahman abdulrahman abderrahmane",
              "mustafa mostafa moustafa", "khaled khalid", "omar umar")
_NICKNAMES = {formal: set(short.split()) for formal, short in _SHORT_FORMS.items()}
for _group in _SPELLINGS:
    for _name in _group.split():
        _NICKNAMES.setdefault(_name, set()).update(set(_group.split()) - {_name})
# mailbox names that say nothing of the person
_NOT_NAMES = {"info", "hello", "contact", "admin", "office", "team", "sales", "support", "mail",
              "hr", "accounts", "billing", "owner", "manager", "shop", "studio", "research"}


@dataclass(frozen=True)
class Candidate:
    """What a roster says of someone that a transcript could name."""
    pid: str
    name: str | None = None
    email: str | None = None
    other_names: tuple[str, ...] = ()  # a preferred name beside the legal one
    places: frozenset[str] = frozenset()  # words of their town, company, shop: "Balu Madurai"
    phones: frozenset[str] = frozenset()  # the last nine digits of their numbers: a dial-in shows one
    handles: frozenset[str] = frozenset()  # the names they go by online (gamertag, Discord handle), as keys


_QUOTED = re.compile(r"[(\"“]([^)\"”]{2,20})[)\"”]")  # Katherine (Kat) Nguyen
# Ethiopian names shorten a first part before a slash: "G/Medhin" for Gebremedhin, "W/Mariam" for
# Woldemariam, "H/Selassie" for Hailesellasie; both are matched as "gmedhin", "wmariam"
_SHORTENED = re.compile(r"\b([^\W\d_])/(?=[^\W\d_])")
_ETHIOPIAN_PART = re.compile(r"^(gebre|wolde|welde|haile|habte|tekle|tesfa)(?=[^\W\d_]{3})", re.I)


# Vietnamese family names, which a local roster writes first; a Vietnamese person goes by the
# last part of their name ("Nguyễn Thị Lan" is Lan). With their diacritics, which no other
# common name has, and "Nguyen", which is Vietnamese without them too.
_VIETNAMESE_FAMILY = {"Nguyễn", "Nguyen", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
                      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Trịnh", "Đào",
                      "Đoàn", "Lương"}


def _given_and_family(name: str) -> tuple[list[str], list[str], list[str]]:
    """Given names, family names and the initials written before them. "SURNAME Given" (as
    many administrations write a legal name: "VAN DER BERG Saskia", "MÜLLER-OYELARAN Adebayo
    Johannes") puts the capitals last; otherwise the first word is the given name and the rest
    may be either. Initials before a name ("R. Venkatesan", "S. Meena Kumari", as Tamil names
    carry a father's initial) are not the name the person goes by, and a Vietnamese name goes
    by its last part."""
    reordered = _last_comma_first(name)
    if reordered is not None:
        return reordered
    tokens = name.split()
    caps = 0
    while caps < len(tokens) and tokens[caps].isupper() and sum(c.isalpha() for c in tokens[caps]) > 1:
        caps += 1
    if 0 < caps < len(tokens):
        return _name_words(" ".join(tokens[caps:])), _name_words(" ".join(tokens[:caps])), []
    found = _name_words(name)
    if len(found) >= 2 and tokens[0] in _VIETNAMESE_FAMILY:
        return [found[-1], *found[1:-1]], found[:1], []
    if len(found) >= 2 and tokens[-1] in _VIETNAMESE_FAMILY:  # "Văn Đức Nguyễn", given names first
        return [found[-2], *found[:-2]], found[-1:], []
    lead = 0
    while lead < len(found) - 1 and len(found[lead]) == 1:
        lead += 1
    return found[lead:lead + 1], found[lead + 1:], found[:lead]


# what follows a comma after a whole name, which is not a given name: "Ana Ruiz, PhD", "John Smith, Jr."
_AFTER_A_NAME = {"jr", "sr", "ii", "iii", "iv", "md", "phd", "mba", "rn", "np", "pa", "do", "dds", "esq", "cpa", "msc",
                 "bsc", "ma", "ba", "llb", "lpn", "lcsw", "dnp", "pharmd"}


def _last_comma_first(name: str) -> tuple[list[str], list[str], list[str]] | None:
    """Given and family names of "LAST, FIRST M" (a health plan's or registrar's extract: "JOHNSON, ROBERT
    E", "van der Berg, Saskia"): the family name before the one comma, the given names and a middle
    initial after it; None for any other form, or a degree or suffix after the comma."""
    if name.count(",") != 1:
        return None
    last, first = (part.strip() for part in name.split(","))
    if not last or not first or len(last.split()) > 3 or len(first.split()) > 3 \
            or words(first)[:1] and words(first)[0] in _AFTER_A_NAME:
        return None
    given, family = _name_words(first), _name_words(last)
    return (given, family, []) if given and family else None


@dataclass(frozen=True)
class _Known:
    """One of a roster person's names as matching sees it."""
    person: Candidate
    first: str
    middles: tuple[str, ...]  # other given names, when the roster tells them apart
    surnames: tuple[str, ...]  # without particles: "van der Berg" → ("berg",)
    known_as: frozenset[str]  # first names they go by: the roster's, a "(Kat)", their mailbox
    initials: tuple[str, ...] = ()  # written before the given name: "R." of "R. Venkatesan"

    def goes_by(self, spoken: str) -> bool:
        return spoken in self.known_as or spoken in _NICKNAMES.get(self.first, ())

    def tier(self, spoken: list[str]) -> int:
        """How well a speaker's name words fit: 3 a first name they go by and their surname
        (in any order, a middle name, particle or second surname left out), 2 such a first
        name with a surname's initial ("Jane D"), an initial with the surname ("J. Doe"), or
        the start or end of the first name with
        the surname ("Sid Ramaswamy" for Siddharth, "Seun Adebayo" for Oluwaseun), all their names
        but the first, in order (someone who goes by their middle name), 1 a first
        name alone (or all the given names, "María José"), 0 not at all."""
        names = (self.first, *self.middles, *self.surnames)
        # the article written together with the name: "Alrashid" for Al-Rashid
        spoken = [w[2:] if w not in names and w[:2] in ("al", "el") and w[2:] in self.surnames else w
                  for w in spoken if w not in PARTICLES]
        if not spoken:
            return 0
        if len(spoken) > 1 and sorted(spoken) in (sorted(names), sorted((*names, *self.initials))):
            return 3
        if self.initials and set(spoken) - set(self.initials):  # "Venkatesan", for R. Venkatesan
            spoken = [w for w in spoken if w not in self.initials]
        first, rest = spoken[0], spoken[1:]
        if not rest:  # a first name alone: one the roster or their mailbox records, not a guess
            return 1 if first in self.known_as else 0
        if rest[-1] == self.first and set(spoken[:-1]) <= set(self.surnames):
            return 3  # "Doe Jane"
        later = set(self.middles) | set(self.surnames)
        # the rest: their other names, or an initial of one ("Dolores Quispe M."), with a surname
        full_rest = all(w in later or (len(w) == 1 and any(s.startswith(w) for s in self.surnames[1:]))
                        for w in rest) and bool(set(rest) & set(self.surnames))
        one_letter = len(rest) == 1 and len(rest[0]) == 1
        # "Kofi M" for kofi.m.rides@: the letter after the first name in their own mailbox
        mailbox = words((self.person.email or "").split("@")[0])
        initial = one_letter and (any(w.startswith(rest[0]) for w in self.surnames)
                                  or (mailbox[:1] == [first] and any(w.startswith(rest[0]) for w in mailbox[1:])))
        if self.goes_by(first):
            if full_rest:
                return 3
            if initial or all(w in self.person.places for w in rest):
                return 2  # "Jane D", "Balu Madurai" (the town the roster gives for him)
            if one_letter and not self.surnames:
                return 1  # "Kofi M" for a roster that gives Kofi alone: no surname to contradict
            return 1 if self.middles and tuple(rest) == self.middles else 0
        if len(spoken) >= 2 and tuple(spoken) == names[1:]:
            return 2  # "Wanjiku Mwangi" for Mary Wanjiku Mwangi: the middle name they go by, in order
        if full_rest and len(first) == 1 and self.first.startswith(first):
            return 2  # "A. van der Berg", "J Smith"
        if full_rest and len(first) >= 3 and first != self.first and (
                self.first.startswith(first) or (len(first) >= 4 and self.first.endswith(first))):
            return 2  # "Sid" for Siddharth, "Seun" for Oluwaseun, with the surname
        if len(spoken) > len(later) + 1 and {self.first, *later} <= set(spoken):
            return 3  # "Dr Jane Doe MBA"
        return 2 if _initials_cover(spoken, [*names, *self.initials]) else 0


def _initials_cover(spoken: list[str], names: list[str]) -> bool:
    """Whether a name written as initials and whole words ("K V Ramana", "G. S. Prakash") gives
    each of a person's names, whole or by its first letter."""
    letters = sorted(w for w in spoken if len(w) == 1)
    whole = [w for w in spoken if len(w) > 1]
    left = list(names)
    for w in whole:
        if w not in left:
            return False
        left.remove(w)
    return bool(letters) and bool(whole) and letters == sorted(w[0] for w in left)


@lru_cache(maxsize=65536)
def _known_names(person: Candidate) -> tuple[_Known, ...]:
    """Each of a person's names as matching sees them (cached: a roster's people are matched
    again and again)."""
    out: list[_Known] = []
    mailbox = words((person.email or "").split("@")[0])
    names = [person.name or "", *person.other_names]
    # "Müller" is written "Mueller" where a keyboard or a passport has no umlauts
    names += [n.translate(_UMLAUTS) for n in names if any(c in _UMLAUTS_FROM for c in n)]
    # a Serbian name in Cyrillic is the same name in Latin letters, one to one ("Ђорђевић" is "Đorđević", and
    # "Djordjevic" where a keyboard has no đ), so a speaker who writes it in Latin is them (``serbian_latin``)
    names += [v for n in names if (latin := serbian_latin(n)) != n
              for v in dict.fromkeys((latin, latin.replace("đ", "dj").replace("Đ", "Dj")))]
    names += [short for n in names for short in [" ".join(_ETHIOPIAN_PART.sub(lambda m: m.group(1)[0], w)
                                                          for w in n.split())] if short != n]
    if not any(names) and mailbox[:1] and mailbox[0].isalpha() and len(mailbox[0]) > 1 \
            and mailbox[0] not in _NOT_NAMES:
        # a row with only an email: "radek.k.bees@" goes by Radek, and is Radek Bees, so a
        # speaker "Radek Bees" is them and "Radek Novak" is not
        names = [mailbox[0], " ".join(w for w in mailbox if w.isalpha() and len(w) > 1)]
    for raw in names:
        given, family, initials = _given_and_family(_QUOTED.sub(" ", raw))
        if not given:
            continue
        surnames = tuple(w for w in family if w not in PARTICLES)
        if not surnames and out:  # a preferred first name alone keeps the legal surname
            surnames = out[0].surnames
        known = {given[0]} | {w for q in _QUOTED.findall(raw) for w in words(q)}
        # the mailbox's first word, unless it is the family name ("smith@"); a roster that
        # cannot tell given from family names ("Thị Lan Nguyễn") leaves only the last out, and
        # a mailbox in the other order than the roster ("sravani.kothapalli@" of "Kothapalli
        # Sravani", family name first) says which is the given name
        known |= {w for w in mailbox[:1] if len(w) > 1 and not w.isdigit() and w not in _NOT_NAMES
                  and (w != (surnames[-1] if surnames else None) or mailbox[1:2] == given[:1])}
        out.append(_Known(person, given[0], tuple(given[1:]), surnames, frozenset(known), tuple(initials)))
    return tuple(out)


# roster columns for where someone lives or works, which a display name may add to a first name
_PLACE_COLUMN = re.compile(r"\b(?:city|town|village|region|country|location|site|branch|company|organi[sz]ation|"
                           r"business|shop|store|clinic|school|employer|workplace)\b")


def places(attributes: dict[str, str]) -> frozenset[str]:
    """The words of a person's town, company, shop… from their roster row."""
    return frozenset(w for col, value in attributes.items() if _PLACE_COLUMN.search(column_words(col))
                     and value and len(value.split()) <= 4 for w in words(value) if len(w) > 2 and w.isalpha())


# a phone column's name, in English and in the roster languages (accents folded by column_words):
# "Teléfono", "Telefone", "Celular", "Móvil", "Telemóvel", "Cellulare", "Portable", "Telefoonnummer",
# "Handynummer", "Mobilnummer", "Numer telefonu", "Komórka"
_PHONE_COLUMN = re.compile(r"\b(?:phone|mobile|cell|tel|telephone|telefon|handy|whatsapp|sms|phonenumber|cellphone|"
                           r"mobilephone|telefono|telefone|telefoon|telefonu|telefonnummer|telefoonnummer|"
                           r"telefonnumer|celular|movil|movel|telemovel|cellulare|portable|gsm|mobil|mobilnummer|"
                           r"mobiltelefon|mobiltelefonnummer|handynummer|komorka|mobilnr|landline|telefonszam|mobilszam|"
                           r"contact\s(?:number|no|nr|num))\b")  # a housing or council export's "Contact Number"
# a value written as a phone number: digits with the spaces, dashes, dots or brackets people put
# in them, an optional +country code; not a date, a time, an amount or an IP address
_PHONE_VALUE = re.compile(r"\+?\(?\d[\d\s().\-/]{5,22}\d")
_NOT_A_PHONE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,3}(?:\.\d{1,3}){3}|"
                          r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+[.,]\d{1,2}|"
                          r"\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d\d\.?")  # a Czech or Slovak date, "14. 10. 2026"
# "26/11/2026 18.04"; a dotted day-first date with its year in four digits, and its time in dots as Finnish
# writes one (Google Forms' Finnish timestamp, "4.11.2026 9.12.44"); no phone number's groups read so
_HAS_A_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\d]|\.\d)")
# a column of another number written like a phone's: a company's registration or tax number
# ("Org.nr", "CNPJ", "Tax number"), an order's, an account's
_NOT_A_PHONE_COLUMN = re.compile(r"\b(?:tax\w*|vat|org|organi[sz]ation\w*|company|cnpj|cpf|nif|siret|siren|kvk|btw|ust|"
                                 r"iban|bic|account|invoice|order|ssn|passport|zip|postal|postcode|plz|cep|id|"
                                 r"registration|reg)\b")


def _phone_key(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    return digits[-9:] if len(digits) >= 9 else None


def looks_like_a_phone(value: str) -> bool:
    """Whether a cell is written as a phone number ("951 123 4567", "+52 1 951 345 2210",
    "(555) 010-4477"): 7 to 15 digits, and not a date, an amount or an IP address."""
    v = value.strip()
    return bool(_PHONE_VALUE.fullmatch(v)) and 7 <= len(re.sub(r"\D", "", v)) <= 15 and not _NOT_A_PHONE.fullmatch(v) \
        and not _HAS_A_DATE.search(v)


def _holds_phones(values: list[str]) -> bool:
    """A column of phone numbers by what it holds: nearly every value written as one, some of them
    with a "+" or spaces, dashes or brackets (as ids and counts never are)."""
    values = [v.strip() for v in values if v.strip()]
    if len(values) < 2:
        return False
    shaped = sum(looks_like_a_phone(v) for v in values)
    written = sum(looks_like_a_phone(v) and bool(re.search(r"^\+|\d[\s().\-/]+\d", v)) for v in values)
    return shaped >= 0.9 * len(values) and written >= max(1, 0.25 * len(values))


# a company's legal form at the end of its name, as the countries of the roster languages and
# English write it ("… GmbH", "… AG", "…, Inc.", "… S.A. de C.V.", "… Sp. z o.o."); case kept, so a
# person's "Kim Se" is no "SE"
LEGAL_FORM = re.compile(r"[\s,]+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|OHG|GbR|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?V\.|"
                         r"SE|Ltd\.?|LTD\.?|Limited|LIMITED|PLC|plc|LLP|LLC|L\.L\.C\.|Inc\.?|INC\.?|Corp\.?|CORP\.?|"
                         r"Corporation|Co\.|Pty\.?\s+Ltd\.?|S\.\s?A\.?|SA|S\.A\.S\.?|SAS|SARL|S\.à\s?r\.l\.|S\.L\.?|SL|"
                         r"S\.r\.l\.?|Srl|SRL|S\.p\.A\.?|SpA|Ltda\.?|LTDA\.?|S\.A\.\s+de\s+C\.V\.|SA\s+de\s+CV|B\.V\.?|BV|"
                         r"N\.V\.?|NV|VOF|Oy|Oyj|AB|AS|ASA|A/S|ApS|[Ss]p\.\s?z\s?o\.\s?o\.?|Pvt\.?\s+Ltd\.?|Bhd\.?|"
                         r"K\.K\.|S\.C\.|SCA|EIRL|EURL|SNC|Lda\.?|ME|EIRELI|MEI)$")


def phone_columns(columns: Iterable[str], rows: Iterable[dict[str, str]] = ()) -> list[str]:
    """The roster columns that hold phone numbers: by name, in any of the roster languages ("Phone
    (WhatsApp)", "mobile", "datos_personales/telefono"), and, given the people's ``rows``
    (attributes), by what they hold ("951 123 4567" in a column called "contacto"): contact details,
    private like a name or an email (shown with --private, written with --contacts)."""
    columns = list(dict.fromkeys(columns))
    rows = list(rows)
    return [c for c in columns if _PHONE_COLUMN.search(column_words(c)) and not _no_number_in([r.get(c, "") for r in rows])
            or (rows and not _NOT_A_PHONE_COLUMN.search(column_words(c)) and _holds_phones([r.get(c, "") for r in rows]))]


# a column named for an email ("Personal Email", "alt_email", "E-mail (home)", "courriel"), or one
# whose filled values are all email addresses
_EMAIL_COLUMN = re.compile(r"\b(?:e ?mail|emails|email address|e mail address|courriel)\b")
_AN_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$")


def email_columns(columns: Iterable[str], rows: Iterable[dict[str, str]] = ()) -> list[str]:
    """The roster columns kept as attributes that still hold email addresses: a second email
    column beside the one read as the person's email ("Personal Email" beside "University Email"),
    by its name or by what it holds. Private like the person's email."""
    rows = list(rows)

    def holds(c: str) -> bool:
        filled = [v.strip() for r in rows if (v := r.get(c, "")) and v.strip()]
        return bool(filled) and all(_AN_EMAIL.match(v) for v in filled)

    return [c for c in dict.fromkeys(columns)
            if (_EMAIL_COLUMN.search(column_words(c)) and not _no_email_in([r.get(c, "") for r in rows])) or holds(c)]


def _no_email_in(values: list[str]) -> bool:
    """A column named for email that holds answers, not addresses ("Email opt-in: yes")."""
    filled = [v for v in values if v and v.strip()]
    return bool(filled) and not any("@" in v for v in filled)


def contact_columns(columns: Iterable[str], rows: Iterable[dict[str, str]] = ()) -> list[str]:
    """The roster's phone and email columns kept as attributes: private, shown with --private."""
    columns, rows = list(dict.fromkeys(columns)), list(rows)
    return list(dict.fromkeys([*phone_columns(columns, rows), *email_columns(columns, rows)]))


def _no_number_in(values: list[str]) -> bool:
    """A column named for a phone that holds answers, not numbers ("WhatsApp opt-in: Yes", "SMS
    consent: no"): filled somewhere, and nowhere with as many digits as a phone number has."""
    filled = [v for v in values if v and v.strip()]
    return bool(filled) and not any(len(re.sub(r"\D", "", v)) >= 6 for v in filled)


# a column of a name someone goes by online, which a call or captions label them with: a username,
# a game's gamertag or in-game name, a Discord, Slack or Twitch handle, a screen name
_HANDLE_COLUMN = re.compile(r"\b(?:username|user name|gamertag|gamer tag|gamer name|handle|screen ?name|"
                            r"in game name|ign|psn|psn name|steam name|discord|discord name|twitch|twitch name|"
                            r"nick|nickname)$")


def is_handle_column(column: str) -> bool:
    """Whether a roster column holds a name someone goes by online ("gamertag", "Discord handle",
    "username"): private like a name, and a speaker label may be it."""
    return bool(_HANDLE_COLUMN.search(column_words(column)))


def _handle_key(value: str) -> str:
    """A handle as typed in any case, with or without its @, dots, dashes, underscores or a
    Discord tag's number ("@Auntie_Ace#0420" and "auntieace" are one); empty for what is too short
    or has no letter to be one."""
    key = re.sub(r"[\s._\-]+", "", re.sub(r"#\d{4}$", "", value.strip().lstrip("@")).casefold())
    return key if len(key) >= 4 and any(c.isalpha() for c in key) and key.isalnum() else ""


def handles(attributes: dict[str, str]) -> frozenset[str]:
    """The names a person goes by online, from their roster row's handle columns, as keys."""
    return frozenset(k for col, value in attributes.items() if value and is_handle_column(col)
                     for k in [_handle_key(value)] if k)


def phone_values(attributes: dict[str, str]) -> list[str]:
    """A person's phone numbers from their roster row, as written."""
    return [value for col, value in attributes.items() if value and _PHONE_COLUMN.search(column_words(col))]


def phones(attributes: dict[str, str]) -> frozenset[str]:
    """A person's phone numbers from their roster row, by their last nine digits (so "+353 87 555
    0142" and "087 555 0142" are one number)."""
    return frozenset(k for value in phone_values(attributes) for k in [_phone_key(value)] if k)


def account_of(raw: str, people: Sequence[Candidate]) -> Candidate | None:
    """The one roster person whose shop, company or town a speaker's label is, in two words or
    more ("Oak & Ember Reclaimed": someone on their shop's Zoom account), or None."""
    label = [w for w in words(display_name(raw)) if len(w) > 2 and w.isalpha() and w not in ("and", "the")]
    found = [p for p in people if len(label) >= 2 and set(label) <= p.places]
    return found[0] if len(found) == 1 else None


def nameless(person: Candidate) -> bool:
    """Whether the roster gives nothing a speaker's name could be checked against (an id alone)."""
    return not _known_names(person)


def short_for(name: str, person: Candidate) -> bool:
    """Whether a one-word name is one the person goes by, or the start of one ("Rafa" for
    Rafael, "Chi" for Chiamaka)."""
    spoken = _name_words(display_name(name))
    return len(spoken) == 1 and len(spoken[0]) >= 3 and any(
        k.goes_by(spoken[0]) or any(n.startswith(spoken[0]) for n in (k.first, *k.known_as))
        for k in _known_names(person))


def _name_words(name: str) -> list[str]:
    return [w for w in words(_SHORTENED.sub(r"\1", name)) if w not in _TITLES]


def _best(spoken: list[str], people: Sequence[Candidate]) -> list[Candidate]:
    """The people in the best tier that anyone reaches (by any of their names)."""
    tiers = [(max((k.tier(spoken) for k in _known_names(p)), default=0), p) for p in people]
    top = max((t for t, _ in tiers), default=0)
    return [p for t, p in tiers if t == top] if top else []


def _by_email(raw: str, people: Sequence[Candidate]) -> list[Candidate]:
    address = EMAIL.search(raw).group(0).casefold()
    same = [p for p in people if p.email and p.email.strip().casefold() == address]
    if same:
        return same
    local = [w for w in words(address.split("@")[0].replace(".", " ").replace("_", " "))
             if not w.isdigit()]
    return _best(local, people) if len(local) >= 2 else []


def match_speaker(raw: str, people: Sequence[Candidate], said: Sequence[str] = ()) -> Candidate | None:
    """The one roster person a speaker's display name names, or None (nobody, or more than
    one: "Sam" in a roster with two Sams, unless what the speaker ``said`` names the town or
    company of one of them only: "It's Bea, I own Saltmarsh in Whitby")."""
    found = speaker_candidates(raw, people, said)
    return found[0] if len(found) == 1 else None


def speaker_candidates(raw: str, people: Sequence[Candidate], said: Sequence[str] = ()) -> list[Candidate]:
    """Everyone a speaker's display name could name (match_speaker links only one)."""
    phone = _phone_key(raw) if re.fullmatch(r"\+?[\d ().-]{9,24}", raw.strip()) else None
    if EMAIL.search(raw):
        found = _by_email(raw, people)
    elif phone:  # a dial-in: the number the roster gives for them
        found = [p for p in people if phone in p.phones]
    else:
        by_id = [p for p in people if _same_id(raw.strip(), p.pid)]
        name = display_name(raw)
        inner = _QUOTED.findall(raw)
        if inner and is_anonymous(name):  # "Participant (Ana)", after a researcher renamed it
            name = inner[0]
        plain = words(name)
        if len(plain) == 2 and plain[0] in _SURNAME_TITLES:  # "Mrs Morgan": a surname, not a first name
            found = by_id or [p for p in people if any(plain[1] in k.surnames for k in _known_names(p))]
        else:
            found = by_id or _best(_name_words(name), people)
        # the label is someone's gamertag or handle, exactly ("AuntieAce"): theirs, unless the name
        # says someone else (then both, and nobody is linked)
        key = "" if by_id else _handle_key(raw)
        handled = [p for p in people if key and key in p.handles]
        if handled:
            both = [p for p in found if p in handled]
            found = both or found + [p for p in handled if p not in found]
        if len(found) == 1 and len(plain) == 1 and not handled and _mailbox_only(plain[0], found[0]):
            # "Ju" from ju.okada@, when another Juliana may go by Ju as well
            found += [p for p in people if p is not found[0]
                      and any(k.first.startswith(plain[0]) for k in _known_names(p))]
    if not found and (_CJK.search(raw) or _caseless(raw)):
        found = _cjk_named(raw, people)
    if not found and _CYRILLIC.search(raw):
        found = _cyrillic_named(raw, people)
    if not found and _GREEK.search(raw):
        found = _greek_named(raw, people)
    if not found and not phone and not EMAIL.search(raw):
        found = _named_as_mailbox(raw, people)
    if len(found) > 1 and said:
        found = _by_places(found, said)
    return found


# a name in Chinese characters or kana, which ``words`` (ASCII) cannot read: compared whole, without
# its spaces ("渡辺大輔" is "渡辺 大輔") and without what a display name adds ("（北陸電装）",
# an honorific "様" or "さん"); a family name alone with an honorific ("渡辺さん") names the one
# person of that family name. A Korean name in Hangul the same way ("이태윤", "이태윤 님", "이태윤 (머니핏)"),
# and an Arabic one, whose hamza and short vowels ``fold`` takes off ("خالد العتيبي")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u0621-\u064a\u066e-\u06d3]")
_CJK_EXTRA = re.compile(r"\s*[(（【\[][^)）】\]]*[)）】\]]\s*")
_HONORIFIC = re.compile(r"(?:様|さま|さん|氏|殿|님|씨)$")


def _caseless(raw: str) -> bool:
    """Whether the name is written in a script without case, which ``words`` cannot read either: Hebrew
    ("מיכל אברהם"), Thai, Devanagari, Ethiopic; compared whole the same way."""
    return any(c.isalpha() and ord(c) > 0x2ff and c.lower() == c.upper() for c in raw)


# a Thai title written onto the name ("นางสาวกาญจนา ศรีทอง", Miss; "นาย" Mr, "นาง" Mrs, "คุณ", "ด.ช."/"ด.ญ." a
# boy or a girl), which a roster writes and a speaker label often does not: compared without it
_THAI_TITLE = re.compile(fold(r"^(?:นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.|คุณ)(?=[\u0e01-\u0e4e]{2})"))


def _cjk_named(raw: str, people: Sequence[Candidate]) -> list[Candidate]:
    owner = _DEVICE_OWNER_CJK.match(raw.strip())  # "조예준의 iPhone": 조예준's
    shown = _CJK_EXTRA.sub(" ", fold(owner.group(1) if owner else raw)).strip()
    spoken = _THAI_TITLE.sub("", _HONORIFIC.sub("", re.sub(r"\s+", "", shown)))
    if not spoken:
        return []

    def whole(name: str) -> str:
        return _THAI_TITLE.sub("", re.sub(r"\s+", "", fold(name)))

    found = [p for p in people if any(whole(n) == spoken for n in (p.name or "", *p.other_names) if n)]
    if found or not _HONORIFIC.search(re.sub(r"\s+", "", shown)):
        return found
    return [p for p in people if p.name and fold(p.name).split()[:1] == [spoken]]


# a name in Cyrillic ("Олена Коваленко") beside a roster that writes it in Latin letters ("Olena Kovalenko"):
# read in the ways it is romanised, Ukraine's national transliteration (2010: г h, и y, і i, х kh, є ie or
# ye, ю iu or yu) and the common Russian ones (passports' and BGN's: х kh, й i or y, ю iu or yu, ы y), the
# roster person the best of them names, where one person only; or the same Cyrillic name, whole
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_COMMON = {"а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k", "л": "l",
                    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
                    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "'": "",
                    "\u2019": "", "\u02bc": ""}
_CYRILLIC_WAYS = (
    # Ukrainian, as its passports write it (the first letter of a word: є ye, ї yi, й y, ю yu, я ya)
    {"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "й": "i", "є": "ie", "ю": "iu", "я": "ia", "ё": "e", "ы": "y",
     "э": "e", "first": {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}},
    # Russian, as its passports write it (ICAO) and as the common BGN spelling
    {"г": "g", "ґ": "g", "и": "i", "і": "i", "ї": "yi", "й": "i", "є": "ye", "ю": "iu", "я": "ia", "ё": "e", "ы": "y",
     "э": "e", "first": {}},
    {"г": "g", "ґ": "g", "и": "i", "і": "i", "ї": "yi", "й": "y", "є": "ye", "ю": "yu", "я": "ya", "ё": "yo", "ы": "y",
     "э": "e", "first": {"е": "ye"}},
)


def _romanised(name: str) -> list[str]:
    """``name`` (lower case) in Latin letters, each of the ways above, without repeats."""
    out: list[str] = []
    for way in _CYRILLIC_WAYS:
        first: dict[str, str] = way["first"]  # type: ignore[assignment]
        text = "".join(first.get(c, way.get(c, _CYRILLIC_COMMON.get(c, c))) if i == 0 or not name[i - 1].isalpha()
                       else way.get(c, _CYRILLIC_COMMON.get(c, c)) for i, c in enumerate(name))  # type: ignore[misc]
        if text not in out:
            out.append(text)
    return out


def _cyrillic_words(name: str) -> list[str]:
    """The Cyrillic words of a name, folded ("Фёдорова" as "федорова")."""
    return re.findall(r"[\u0400-\u04ff]+", fold(name))


def _cyrillic_named(raw: str, people: Sequence[Candidate]) -> list[Candidate]:
    shown = display_name(raw).lower()
    whole = [p for p in people if any(" ".join(n.lower().split()) == " ".join(shown.split())
                                      for n in (p.name or "", *p.other_names) if n)]
    if whole:
        return whole
    # a Cyrillic roster's ФИО, the family name first and a patronymic after ("Федорова Наталья Сергеевна"), of a
    # speaker who shows given and family name ("Наталья Федорова"): two words at least, all of them the person's
    spoken = _cyrillic_words(shown)
    if len(spoken) >= 2:
        same = [p for p in people if any(len(own := _cyrillic_words(n)) <= len(spoken) + 1 and set(spoken) <= set(own)
                                         and len(set(spoken)) == len(spoken) for n in (p.name or "", *p.other_names) if n)]
        if same:
            return same
    spellings = [_name_words(form) for form in _romanised(shown)]
    tiers = [(max((k.tier(w) for k in _known_names(p) for w in spellings if w), default=0), p) for p in people]
    top = max((t for t, _ in tiers), default=0)
    return [p for t, p in tiers if t == top] if top else []


# a name in Greek letters, which ``words`` (ASCII) cannot read: compared by its words, with or without
# accents, in capitals or not, the final sigma as any other, in either order ("ΚΩΝΣΤΑΝΤΙΝΟΥ ΜΑΡΙΑ", as a
# CRM writes it, the family name first and no accents, is "Μαρία Κωνσταντίνου"); two words at least,
# all of them the person's (a roster's father's name, "Γεώργιος του Ιωάννη", may be left out)
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _greek_words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", fold(_CJK_EXTRA.sub(" ", name)).replace("\u03c2", "\u03c3"))


def _greek_named(raw: str, people: Sequence[Candidate]) -> list[Candidate]:
    spoken = _greek_words(display_name(raw))
    if len(spoken) < 2:
        return []

    def names(n: str) -> bool:
        own = _greek_words(n)
        return sorted(spoken) == sorted(own) or (len(own) > 2 and set(spoken) <= set(own))

    whole = [p for p in people if any(sorted(spoken) == sorted(_greek_words(n)) for n in (p.name or "", *p.other_names) if n)]
    return whole or [p for p in people if any(names(n) for n in (p.name or "", *p.other_names) if n)]


def _named_as_mailbox(raw: str, people: Sequence[Candidate]) -> list[Candidate]:
    """The people whose mailbox spells the speaker's whole name, its dots, hyphens and underscores
    aside, in either order: a meeting tool shows a Google or Microsoft account's romanised name
    ("Pei-Shan Tsai") for a roster row that writes the name in another script (蔡佩珊) or otherwise,
    beside peishan.tsai@ (or tsai_peishan@). Two words at least, as a first name alone is anyone's;
    digits after the name ("peishan.tsai88") left out."""
    name = words(display_name(raw))
    if len(name) < 2 or any(w.isdigit() for w in name) or len("".join(name)) < 6:
        return []
    # as written, the family name moved to the front ("huang-chihming" of Chih-Ming Huang), or a
    # name written family name first read the other way ("yuting.lin" of "Lin Yu-Ting")
    spelled = {"".join(name), "".join(name[-1:] + name[:-1]), "".join(name[1:] + name[:1])}

    def box(p: Candidate) -> str:
        return re.sub(r"\d+$", "", "".join(words((p.email or "").split("@")[0])))

    return [p for p in people if p.email and box(p) in spelled]


def _by_places(found: list[Candidate], said: Sequence[str]) -> list[Candidate]:
    """Of people a name fits, the one whose own town or company (and nobody else's of them) the
    speaker mentions; all of them when that does not settle it."""
    heard = set(words(" ".join(said[:6])))
    named = [p for p in found if (p.places - {w for q in found if q is not p for w in q.places}) & heard]
    return named if len(named) == 1 else found


def first_names(person: Candidate) -> set[str]:
    """The given names a person's roster names start with (as ``words`` writes them)."""
    return {k.first for k in _known_names(person)}


def _mailbox_only(word: str, person: Candidate) -> bool:
    """Whether ``word`` is a name for ``person`` only because their mailbox starts with it."""
    recorded = {k.first for k in _known_names(person)} | {w for q in _QUOTED.findall(person.name or "")
                                                            for w in words(q)}
    return word not in recorded and words((person.email or "").split("@")[0])[:1] == [word]


# a speaker that is a room, a phone or a label, not a person: only what they say can tell who
_NOBODY_WORDS = {"speaker", "unknown", "guest", "participant", "interviewee", "respondent", "caller",
                 "user", "customer", "room", "office", "branch", "conference", "meeting", "boardroom",
                 "studio", "desk", "reception", "phone", "mobile", "iphone", "ipad", "android",
                 "device", "laptop", "zoom", "teams", "dial",
                 # where a school's, lab's or office's shared meeting device sits ("Arroyo MS
                 # Library", "Science Lab", "Staff Lounge"); not words that are surnames ("Hall")
                 "library", "classroom", "lab", "laboratory", "lounge", "lobby", "auditorium",
                 "cafeteria", "canteen", "huddle", "atrium", "breakout", "biblioteca", "bibliothek",
                 "bibliotheque", "mediatheque", "klassenzimmer",
                 # a meeting room in the languages of the rosters seen so far
                 "vergaderzaal", "vergaderruimte", "overlegruimte", "besprechungsraum", "konferenzraum",
                 "sitzungszimmer", "sitzungsraum", "besprechungszimmer", "raum", "salle", "sala", "zaal",
                 "zasedacka", "zasedacky"}


# what typed notes call the person interviewed, by the study's own word for them ("Volunteer:",
# "Patient 2:", "Member ID: M100374" in a head): a role, not a name. Only the whole label, since
# several are surnames too ("Minnie Driver").
ROLE_NOUNS = {"volunteer", "patient", "member", "client", "student", "pupil", "learner", "tutor", "teacher",
              "parent", "carer", "caregiver", "driver", "rider", "courier", "seller", "buyer", "shopper",
              "subscriber", "tenant", "resident", "visitor", "donor", "applicant", "employee", "mentor",
              "mentee", "nurse", "farmer", "merchant", "supplier", "vendor", "partner", "player",
              "paciente", "cliente", "kunde", "kundin", "mitglied", "adherent", "benevole",
              # a member, user or policyholder as Spanish, Portuguese and Italian notes label them
              "socio", "socia", "miembro", "usuario", "usuaria", "afiliado", "afiliada", "asegurado",
              "asegurada", "associado", "associada", "utente", "usuário", "usuária"}


def is_role_label(raw: str) -> bool:
    """"Volunteer", "Patient 2", "Member B": the study's word for whom it interviews, not a name."""
    named = [w for w in words(display_name(raw)) if not w.isdigit() and len(w) > 1]
    return len(named) == 1 and named[0] in ROLE_NOUNS


def is_anonymous(raw: str) -> bool:
    """"Speaker 2", "Conference Room B", "+44 7700 900123", "FJB-GOT-Tärnan (6)", two people
    on one login ("Kwame & Ama"), a role ("Volunteer") and a transcript's labels "A", "B", "JM",
    "D.O.": not a name."""
    return (bool(re.search(r"\d", raw)) or any(w in _NOBODY_WORDS for w in words(raw))
            or bool(re.fullmatch(r"(?:[A-Z]\.?){1,3}", raw.strip())) or " & " in display_name(raw)
            or is_role_label(raw))


def _id_key(text: str) -> tuple[str, int] | None:
    """A roster id with letters and a number: "P07", "p-7", "R 7" → ("p", 7)."""
    m = re.fullmatch(r"([a-z]{1,4})[\s_-]?0*(\d{1,6})", text.strip().lower())
    return (m.group(1), int(m.group(2))) if m else None


def _same_id(text: str, pid: str) -> bool:
    if text.casefold() == pid.casefold():
        return True
    key = _id_key(pid)
    return key is not None and key == _id_key(text)


def _run_in(run: list[str], among: list[str]) -> bool:
    return len(run) >= 2 and any(among[i:i + len(run)] == run for i in range(len(among) - len(run) + 1))


# a roster row's name that says it is a test account ("Test User", "Tài xế Test QA"), no one a file names
_TEST_ACCOUNT = re.compile(r"\b(?:test|testing|qa|dummy)\b")


def named_in(label: str, people: Sequence[Candidate], first_names: bool = True,
             ids_only: bool = False) -> Candidate | None:
    """The one roster person a file name or title names, or None: by id ("P07_session.vtt"),
    by two or three words that name them as a speaker's name would ("2026-10-03 Interview -
    Jane Doe", "jose-ruiz-notes", "Thandi M"), or, with ``first_names``, by a capitalised first
    name only one person has ("Call with Acme (Fatima)"); with ``ids_only``, by id alone."""
    tokens = re.findall(r"(?<![A-Za-z0-9])[A-Za-z]{1,4}[-_ ]?\d{1,6}(?![A-Za-z0-9])", label)  # not "P2P"
    by_id = {p.pid: p for p in people for t in tokens if _id_key(p.pid) and _same_id(t, p.pid)}
    if by_id:
        return next(iter(by_id.values())) if len(by_id) == 1 else None
    if ids_only:
        return None
    every = words(label)
    # a mailbox of two or more words ("radek.k.bees", "jane.doe"), as research ops name files
    boxes = {p.pid: p for p in people if p.email and _run_in(words(p.email.split("@")[0]), every)}
    if boxes:
        return next(iter(boxes.values())) if len(boxes) == 1 else None
    seen = [w for w in every if w not in PARTICLES]
    # (not a test account's: "Tài xế Test QA" is not named by "Phỏng vấn tài xế - …", a driver interview)
    known = [k for p in people if not _TEST_ACCOUNT.search(fold(p.name or "")) for k in _known_names(p)]
    windows = [seen[i:i + n] for n in (2, 3) for i in range(len(seen) - n + 1)]
    found = {k.person.pid: k.person for k in known if any(k.tier(w) >= 2 for w in windows)}
    if not found and first_names:
        capitalised = {w for t in re.findall(r"[^\W\d_]+", label) if t[0].isupper() for w in words(t)}
        found = {k.person.pid: k.person for k in known if k.first in capitalised}
    return next(iter(found.values())) if len(found) == 1 else None

