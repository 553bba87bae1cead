"""Participant roster from CSV: column names matched case-insensitively; columns we do not
know are kept as attributes (they become segment columns: plan, region, nps, ...)."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shlex
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from listenwell.domain import Consent, InputError, Participant
from listenwell.domain.dates import shows_persian, solar_hijri
from listenwell.domain.columns import name_like_columns
from listenwell.domain.glossary import ascii_digits, fold, in_english
from listenwell.domain.names import EMAIL, LEGAL_FORM, phone_columns
from listenwell.domain.national_ids import national_id_column
from listenwell.domain.text import column_words
from listenwell.ingest import what_transcript
from listenwell.ingest.decode import decode_text
from listenwell.ingest.files import looks_like_a_guide, looks_like_a_table, office_kind, read_user_file

ID_COLUMNS = ("id", "pid", "participant", "participant_id", "participant id", "code", "alias",
              # the id column of a CRM, product or form export (HubSpot, Stripe, Intercom, Qualtrics,
              # Mixpanel; Typeform heads its response token "#")
              "record id", "record_id", "user id", "user_id", "customer id", "customer_id", "contact id",
              "contact_id", "respondent id", "respondent_id", "response id", "response_id", "distinct_id",
              "#", "username", "user name", "user_name", "login",
              # a hospital's medical record number (the EHR's own id for a patient)
              "mrn", "medical record number",
              # the same in the languages research teams keep rosters in
              "codice", "código", "cód.", "kennung", "identifiant",
              # a Korean member or customer list's number ("회원번호") and its login ("아이디")
              "회원번호", "고객번호", "회원id", "고객id", "사용자id", "아이디", "회원아이디", "고객아이디", "사용자아이디",
              # a Chinese member or customer list's number (Traditional and Simplified)
              "會員編號", "会员编号", "客戶編號", "客户编号", "顧客編號", "顾客编号", "會員id", "会员id", "用戶id",
              "用户id", "編號", "编号",
              # an Indonesian or Malay admin panel's ("ID Penjual": a seller's, "ID Pelanggan": a customer's)
              "id penjual", "id pelanggan", "id pengguna", "id anggota", "id peserta",
              # an Arabic CRM's customer number ("رقم العميل") or id ("معرف العميل")
              "رقم العميل", "معرف العميل", "رقم السجل",
              # a Hebrew CRM's id ("מזהה") or customer or patient number ("מספר לקוח", "מס' מטופל")
              "מזהה", "מספר לקוח", "מס' לקוח", "מספר מטופל", "מס' מטופל", "מספר חבר", "מס' חבר",
              # a Vietnamese sheet's code ("Mã tài xế": a driver's, "Mã KH": a customer's)
              "mã tài xế", "mã kh", "mã khách hàng", "mã người dùng", "mã thành viên", "mã",
              # (an education business's parent or learner: "Mã phụ huynh", "Mã học viên")
              "mã phụ huynh", "mã học viên", "mã hv", "mã học sinh",
              # (a merchant back office's shop or partner code: the row is the shop's owner, as "ID Penjual")
              "mã cửa hàng", "mã quán", "mã shop", "mã đối tác", "mã nhà hàng", "mã tiệm",
              # a Thai export's customer, member or user code ("รหัสลูกค้า")
              "รหัสลูกค้า", "รหัสสมาชิก", "รหัสผู้ใช้", "รหัสผู้ใช้งาน", "รหัส",
              # a Greek CRM's customer, subscriber, member or user code ("Κωδικός πελάτη", "Κωδ. συνδρομητή")
              "κωδικός πελάτη", "κωδ. πελάτη", "κωδικός συνδρομητή", "κωδ. συνδρομητή", "κωδικός μέλους",
              "κωδικός χρήστη", "αριθμός πελάτη", "αρ. πελάτη", "α/α πελάτη", "κωδικός",
              # a Hungarian admin export's customer or user id ("Ügyfélazonosító")
              "ügyfélazonosító", "ügyfél azonosító", "ügyfélszám", "felhasználói azonosító", "azonosító",
              # a Ukrainian or Russian CRM's or 1C's customer, user or subscriber number ("Код клієнта", "ID клиента")
              "код клієнта", "номер клієнта", "id клієнта", "ід клієнта", "код користувача", "id користувача",
              "код клиента", "номер клиента", "id клиента", "код пользователя", "id пользователя", "№ клієнта",
              "№ клиента", "код абонента", "номер абонента",
              # a Romanian CRM's customer, subscriber or user code ("Cod client", "ID client")
              "id client", "cod client", "cod abonat", "id abonat", "cod utilizator", "id utilizator",
              "număr client", "nr. client",
              # a Serbian, Croatian or Bosnian bank's or CRM's client or user number, in Cyrillic and in Latin
              # ("Број клијента", "Broj klijenta", "Šifra korisnika"), and Slovenian's ("ID stranke")
              "број клијента", "broj klijenta", "шифра клијента", "šifra klijenta", "ид клијента", "id klijenta",
              "број корисника", "broj korisnika", "шифра корисника", "šifra korisnika", "ид корисника",
              "id korisnika", "ид", "id stranke", "šifra stranke",
              # a Finnish CRM's customer number ("Asiakasnumero") and a Finland-Swedish one's ("Kundnummer")
              "asiakasnumero", "asiakastunnus", "asiakasnro", "asiakas id", "jäsennumero", "kundnummer",
              # a Danish or Norwegian member system's member or customer number ("Medlemsnummer", "Kundenr.")
              "medlemsnummer", "medlemsnr", "medlemsnr.", "medlems-id", "kundenummer", "kundenr", "kundenr.",
              # an Italian CRM's customer, user or policyholder code ("Codice cliente", a Typeform's "codice_cliente")
              "codice cliente", "codice_cliente", "cod. cliente", "id cliente", "numero cliente", "n. cliente",
              "codice utente", "id utente", "codice assicurato", "codice socio")
NAME_COLUMNS = ("name", "full name", "full_name", "real_name", "your name", "your full name",
                "what is your name?", "what's your name?", "participant name", "contact name",
                "vollständiger name", "nom complet", "nombre completo", "nome completo", "naam", "volledige naam",
                # a first and last name asked as one ("Imię i nazwisko", "Nombre y apellidos")
                "nombre y apellido", "nombre y apellidos", "nome e cognome", "nome e sobrenome", "prénom et nom",
                "nom et prénom", "vor- und nachname", "name und vorname", "voor- en achternaam", "imię i nazwisko",
                "fullständigt namn", "fulde navn", "fullt navn", "namn", "navn", "nome completo do participante",
                # Japanese (Salesforce's "氏名", a form's "お名前"), and its reading, kept as another name
                "氏名", "お名前", "名前", "フルネーム", "担当者名", "取引先責任者名",
                # Korean ("이름", a form's "성명", "성함"; a member list's "회원명", "고객명")
                "이름", "성명", "성함", "회원명", "고객명", "참여자명", "참가자명", "회원 이름", "고객 이름",
                # Chinese ("姓名", a member list's "會員姓名", "客戶姓名")
                "姓名", "會員姓名", "会员姓名", "客戶姓名", "客户姓名", "顧客姓名", "顾客姓名", "中文姓名",
                # Indonesian and Malay ("Nama Pemilik": a shop's owner, the person; not "Nama Toko", the shop)
                "nama", "nama lengkap", "nama pemilik", "nama peserta", "nama pelanggan", "nama responden",
                # Turkish ("Ad Soyad": name and surname, as one)
                "ad soyad", "adı soyadı", "ad soyadı", "ad-soyad", "isim soyisim", "isim", "müşteri adı soyadı",
                # Arabic ("الاسم الكامل", full name; a CRM's "اسم العميل", the customer's; not "اسم الشركة")
                "الاسم الكامل", "الاسم", "اسم العميل", "اسم العميلة", "الاسم الثلاثي", "اسم المشارك", "اسم المشاركة",
                # Hebrew ("שם מלא", full name; "שם הלקוח", the customer's)
                "שם מלא", "שם", "שם לקוח", "שם הלקוח", "שם מטופל", "שם המטופל", "שם מטופלת", "שם משתתף",
                # Vietnamese ("Họ và tên": family and given names, as one)
                "họ và tên", "họ tên", "tên", "tên khách hàng", "tên tài xế",
                "họ tên phụ huynh", "họ và tên phụ huynh", "tên phụ huynh", "họ tên học viên", "tên học viên",
                # (a merchant back office's owner, the person: not "Tên cửa hàng", the shop, as "Nama Pemilik")
                "tên chủ quán", "tên chủ cửa hàng", "tên chủ shop", "tên chủ tiệm", "họ tên chủ quán", "chủ quán",
                # Thai ("ชื่อ-นามสกุล": given name and family name, as one)
                "ชื่อ-นามสกุล", "ชื่อ นามสกุล", "ชื่อนามสกุล", "ชื่อ-สกุล", "ชื่อ สกุล", "ชื่อลูกค้า", "ชื่อ",
                # Greek ("Ονοματεπώνυμο": given name and family name, as one)
                "ονοματεπώνυμο", "ονοματεπώνυμο πελάτη", "όνομα και επώνυμο", "ονοματεπώνυμο συνδρομητή",
                "πλήρες όνομα",
                # Persian ("نام و نام خانوادگی": name and surname, as one; "نام کامل", full name)
                "نام و نام خانوادگی", "نام کامل", "نام مشتری", "نام کاربر",
                # Hungarian ("Név", the family name first: "Kovács Anna"; "Ügyfél neve", the customer's)
                "név", "teljes név", "ügyfél neve", "ügyfélnév",
                # Ukrainian and Russian ("ПІБ", "ФИО": surname, name and patronymic, as one, as 1C and every CRM
                # there head it)
                "піб", "п.і.б.", "п.і.б", "п. і. б.", "фіо", "фио", "ф.и.о.", "ф.и.о", "ф. и. о.",
                "прізвище, ім'я, по батькові", "прізвище ім'я по батькові", "фамилия, имя, отчество",
                "фамилия имя отчество", "ім'я та прізвище", "имя и фамилия", "повне ім'я", "полное имя",
                "піб клієнта", "фио клиента",
                # Romanian ("Nume și prenume": family and given names, as one), with the comma-below ș Google
                # Sheets writes and the cedilla ş Windows Excel writes
                "nume și prenume", "nume şi prenume", "numele și prenumele", "numele şi prenumele", "nume complet",
                "nume client", "numele clientului", "prenume și nume", "prenume şi nume",
                # a mobile operator's subscriber ("Nume abonat", as a Romanian Salesforce org labels it), a holder's
                "nume abonat", "numele abonatului", "nume titular", "numele titularului",
                # Serbian, Croatian, Bosnian ("Име и презиме", "Ime i prezime": given and family name, as one), and
                # Slovenian ("Ime in priimek")
                "име и презиме", "ime i prezime", "презиме и име", "prezime i ime", "име и презиме клијента",
                "ime i prezime klijenta", "ime in priimek", "priimek in ime",
                # Finnish ("Nimi", a form's "Etu- ja sukunimi": given and family names, as one)
                "nimi", "koko nimi", "asiakkaan nimi", "etu- ja sukunimi", "nimesi",
                # Czech and Slovak ("Jméno a příjmení", "Meno a priezvisko": given and family name, as one)
                "jméno a příjmení", "celé jméno", "jméno zákazníka", "meno a priezvisko", "celé meno")
# a form's question for the name in the roster languages, as a whole: "¿Cómo se llama?", "Wie heißen Sie?"
_NAME_ASKED = re.compile(r"^(?:como se llama|como te llamas|cual es su nombre|como se chama|como voce se chama|"
                         r"comment vous appelez vous|comment tu t appelles|wie heissen sie|wie heisst du|"
                         r"come si chiama|come ti chiami|hoe heet u|hoe heet je|jak sie nazywasz|jak sie pan nazywa|"
                         r"jak sie pani nazywa|vad heter du|hva heter du|hvad hedder du)\b")
# the name column named for whom the roster lists: "Patient Name", "Volunteer full name"
_WHOSE_NAME = re.compile(r"^(?:patient|customer|client|member|student|user|participant|contact|volunteer|respondent|"
                         r"teacher|seller|vendor|attendee|learner|guest|player|donor|tenant|resident|employee|"
                         r"applicant|caller|parent|tutor|panelist|subscriber)s?\s(?:full\s)?name$")
# HR, health and school rosters keep the name on the passport and the one the person goes by
LEGAL_NAME = ("legal name", "legal_name", "full legal name", "registered name", "official name")
PREFERRED_NAME = ("preferred name", "preferred_name", "preferred first name", "known as", "goes by",
                  "nickname", "chosen name", "display name",
                  # the reading of a Japanese name in kana ("タナカ ユウコ"), how a transcript may spell it
                  "フリガナ", "ふりがな", "氏名（フリガナ）", "氏名(フリガナ)", "氏名（カナ）", "カナ氏名", "よみがな")
FIRST_NAME = ("first name", "first_name", "firstname", "given name", "given_name", "forename",
              "vorname", "prénom", "nombre", "nome", "voornaam", "förnamn", "fornavn", "førenamn", "imię", "名", "下の名前",
              "adı", "שם פרטי", "όνομα", "prenume", "prenumele", "име", "ime", "etunimi", "etunimet",
              "نام", "jméno", "křestní jméno", "krstné meno")  # (Turkish; "Ad" alone only beside a "Soyad": an advert's column elsewhere)
LAST_NAME = ("last name", "last_name", "lastname", "surname", "family name", "family_name",
             "nachname", "familienname", "nom", "nom de famille", "apellidos", "apellido", "cognome",
             "sobrenome", "achternaam", "efternamn", "efternavn", "etternavn", "etternamn", "nazwisko", "姓", "名字", "苗字",
             "soyad", "soyadı", "soyisim", "שם משפחה", "επώνυμο", "نام خانوادگی", "nume de familie", "презиме",
             "prezime", "priimek", "sukunimi", "příjmení", "priezvisko")
# the part of a surname written between the first name and the rest, in a column of its own as Dutch
# registers keep it ("Voornaam", "Tussenvoegsel", "Achternaam": Gerda + van + Dijk)
NAME_PARTICLE = ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "voorvoegsel achternaam",
                 "tussenvoegsel achternaam", "namenszusatz")
EMAIL_COLUMNS = ("email", "e-mail", "email address", "mail", "e-mail address", "your email",
                 "your email address", "what is your email address?", "work email",
                 "e-mail-adresse", "courriel", "adresse e-mail", "adresse mail", "correo", "correo electrónico",
                 "e-mailadres", "indirizzo email", "e-post", "correo electronico", "correo-e", "endereço de e-mail",
                 "endereço de email", "adresse électronique", "indirizzo e-mail", "e-postadress", "e-postadresse",
                 "e-mailadresse", "adres e-mail", "adres email", "이메일", "이메일 주소", "메일 주소", "전자우편",
                 "電子郵件", "电子邮件", "電子郵件地址", "电子邮件地址", "電子信箱", "电子信箱", "電郵", "邮箱",
                 "e-posta", "e-posta adresi", "eposta", "e-mail cím", "email cím",
                 # Serbian, Croatian, Bosnian, in Cyrillic and Latin ("Е-пошта", "E-pošta", "Imejl")
                 "е-пошта", "електронска пошта", "адреса е-поште", "имејл", "е-маил", "elektronska pošta",
                 "adresa e-pošte", "imejl", "e-mail adresa", "email adresa", "e-naslov",
                 "البريد الإلكتروني", "البريد الالكتروني", "الإيميل", "الايميل", "البريد", 'דוא"ל', "דואל", "אימייל", "מייל", "דואר אלקטרוני",
                 "sähköposti", "sähköpostiosoite", "s-posti", "sähköpostisi")
CONSENT_RECORDING = ("consent_recording", "consent", "consent to record", "recording_consent",
                     "الموافقة على التسجيل", "الموافقة")  # (Arabic: consent to recording, consent)
# a column that asks about recording in its own words ("Recording consent", "Is it OK if we record
# the call?"), not one that says when something was recorded ("Recorded Date")
_ASKS_TO_RECORD = re.compile(r"\brecord(?:ing|ed)?\b")
_ASKS = re.compile(r"\?|\b(?:consent\w*|ok|okay|agree\w*|happy|permission|allow\w*|willing|fine|may we|can we|"
                  r"could we)\b", re.I)  # "hikes_recorded_90d" counts, it does not ask
_ASKS_TO_QUOTE = re.compile(r"\bquot(?:e|es|ed|ing|ation|ations)\b")
_WHERE_FROM = re.compile(r"^(?:ip\s?address|ip|location\s(?:latitude|longitude)|latitude|longitude|user\s?agent)$")
_NOT_CONSENT = re.compile(r"\b(?:date|at|time|id|url|file|link|count|number)\b")
SHARE_RECORDINGS = ("share_recordings", "share recordings", "clips", "share_clips")
QUOTES = ("quotes", "quote", "may_quote", "consent_quotes")
TAGS = ("tags", "tag")

_TRUE = {"yes", "y", "true", "1", "x", "agreed", "ok", "okay", "checked", "\u2713", "\u2714"}
_FALSE = {"no", "n", "false", "0", "declined", "refused", "unchecked", "nie"}  # "nie": Polish no
# how forms and panel sheets answer: "Yes – video + audio", "Audio only", "No recording, notes only"
_SAYS_NO = re.compile(r"^(?:no|not|nie|don't|do not|declined|refused)\b|\bno recording\b|\bnotes only\b|\bwithdrawn\b|"
                      r"\b(?:rather not|prefer not to|not be recorded|don't record|do not record|without recording)\b")
_SAYS_YES = re.compile(r"^(?:yes|ok|okay|sure|agreed?|happy to|granted|given|consented)\b|\b(?:audio|video|voice|screen)\b|"
                       r"^(?:recording|record)\s(?:ok|okay|fine|allowed|agreed|yes)\b")  # "Recording OK"
_NOT_SAID = re.compile(r"^(?:not asked|not yet asked|pending|unknown|tbc|to ask)\b")


def names_field(column: str) -> str | None:
    """What a column of this name is read into, where it is a name or an email ("first name",
    "last name", "name", "email"): such a column is not kept among the attributes."""
    for field, names in (("first name", FIRST_NAME), ("last name", LAST_NAME + NAME_PARTICLE), ("email", EMAIL_COLUMNS),
                         ("name", NAME_COLUMNS + LEGAL_NAME + PREFERRED_NAME)):
        if _pick({column.lower(): column}, names):
            return field
    return None


def _key(name: str) -> str:
    """A column name as words: "Response ID", "ResponseId" and "response_id" are the same, and so
    are "Correo electrónico" and "correo electronico"."""
    # (Japanese kept: "氏名" is not "名"; Korean too: "회원번호" is not "이름"; Arabic: "الاسم" is not "البريد";
    # Hebrew: "שם" is not "שם משפחה"; Thai: "ชื่อ" is not "รหัส"; Greek: "όνομα" is not "επώνυμο", its
    # final sigma as any other; Cyrillic: "піб" is not "email")
    return re.sub(r"[^a-z0-9#$\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u0621-\u064a\u066e-\u06d3\u05d0-\u05ea"
                  r"\u0e01-\u0e4e\u03b1-\u03c9\u0430-\u045f\u0491]+", "",
                  fold(name).replace("\u03c2", "\u03c3")).lstrip("$")


# a form tool's group path, "datos_personales/telefono" (KoboToolbox, ODK): the field is its last
# part, unless the group is someone else's or an organisation's ("empresa/nombre", "emergency_contact/phone")
_GROUP_PATH = re.compile(r"^[^\s/]+(?:/[^\s/]+)+$")
_OTHERS_GROUP = re.compile(r"(?:company|empresa|entreprise|unternehmen|firma|bedrijf|azienda|organi[sz]|account|"
                           r"business|negocio|employer|school|escuela|escola|shop|store|tienda|loja|parent|guardian|"
                           r"tutor|emergenc|referr|referen|spouse|conyuge|partner|child|hijo|nino|kid|household|hogar|"
                           r"manager|contact_person|persona_contacto|enumerator|encuestador|interviewer|entrevistador)",
                           re.I)


def field_name(column: str) -> str:
    """The field a column is named for: a group path's last part ("datos_personales/nombre":
    "nombre"), else the column's own name."""
    column = column.strip()
    if _GROUP_PATH.match(column):
        *groups, last = column.split("/")
        if not any(_OTHERS_GROUP.search(g) for g in groups):
            return last
    return column


# a form heads a column with the question it asked: "What's your first name?", "Please enter your
# email *", "Your last name (required)"; the field it asks for is what is left
_ASKED_FOR = re.compile(r"^(?:please\s+)?(?:(?:what\s+is|what's|whats|what\u2019s|enter|provide|type|give\s+us)\s+)?"
                        r"(?:your\s+)?|\s*(?:\([^)]*\)|[?*:.])+\s*$")  # "(required)", "(or the name you use)"
# the same in the roster languages, accents folded: "¿Cuál es su nombre completo?", "Qual é o seu
# e-mail?", "Quelle est votre adresse e-mail ?", "Wie lautet Ihre Telefonnummer?", "Podaj swój e-mail"
_ASKED_IN = re.compile(r"^[\s¿¡]*(?:(?:por favor,?\s+)?(?:cual\s+es|escriba|ingrese|indique|anote|informe|digite|"
                       r"qual\s+(?:e\s+)?|quel(?:le)?\s+est|indiquez|entrez|saisissez|qual\s+e|inserisci|"
                       r"wie\s+(?:ist|lautet)|bitte\s+geben\s+sie|wat\s+is|vul\s+(?:je|uw)|jaki\s+jest|podaj|"
                       r"vad\s+ar|ange|hva\s+er|oppgi|hvad\s+er|angiv)\s+)?"
                       r"(?:su|tu|sus|o\s+seu|a\s+sua|seu|sua|votre|ton|ta|il\s+tuo|il\s+suo|la\s+tua|la\s+sua|"
                       r"ihr|ihre|dein|deine|uw|je|swoj|swoje|twoj|twoje|ditt|din|dit)\s+|[\s?*:.!]+$")


def _asked(column: str) -> str:
    """What a form's question asks for, without the question around it, in English or a roster
    language."""
    return _ASKED_IN.sub("", fold(_ASKED_FOR.sub("", column.strip())).strip(" ¿¡"))


# a name column that holds the whole name where no surname column stands beside it (Portuguese "Nome", Spanish
# "Nombre": "Maria das Graças Oliveira"; Persian and Urdu "نام", beside a "نام خانوادگی" the given name, alone an Urdu
# sheet's whole name, "Adeel Hashmi"): its first word alone greets them
_FULL_NAME_ALONE = ("nome", "nombre", "نام")


def _first_name(value: str, first_col: str | None, last_col: str | None) -> str | None:
    """The first name to greet them by: the column's value, or its first word where the column holds the
    whole name (a Portuguese "Nome" with no "Sobrenome")."""
    value = value.strip()
    if value and first_col and not last_col and _key(first_col) in _FULL_NAME_ALONE:
        return value.split()[0]
    return value or None


def _pick(header: dict[str, str], names: tuple[str, ...]) -> str | None:
    keys = {_key(k): v for k, v in header.items()}
    asked = {_key(_asked(k)): v for k, v in header.items()}
    # a group path's field ("datos_personales/nombre"), where no column is named so itself
    fields = {_key(f): v for k, v in header.items() if (f := field_name(v)) != v.strip()}
    return next((header[n] for n in names if n in header), None) or \
        next((keys[_key(n)] for n in names if _key(n) in keys), None) or \
        next((asked[_key(n)] for n in names if _key(n) in asked), None) or \
        next((fields[_key(n)] for n in names if _key(n) in fields), None) or \
        next((halves[_key(n)] for halves in [_two_scripts(header)] for n in names if _key(n) in halves), None)


# a column headed by the part the person plays, as a register names it, whose values are names: a
# landlord's "Lead Tenant", an allotment's "Plot Holder", an insurer's "Policyholder"; not a second
# person of the household ("Joint Tenant", "Second Member") nor staff ("Housing Officer")
_ROLE_NAME = re.compile(r"^(?:(?:lead|main|primary|principal|first|named|sole)\s)?(?:(?:plot|account|policy|licence|"
                        r"license|lease)\s?)?(?:tenant|resident|householder|leaseholder|holder|member|customer|client|"
                        r"patient|student|applicant|claimant|occupant|occupier|licensee|borrower|subscriber|donor)$")


def _role_name_column(header: list[str], rows: list[list[str]]) -> str | None:
    """The column of the people's names where the header names their part, not a name
    (``_ROLE_NAME``), and nearly every value is a name by its form (``name_like_columns``)."""
    roles = [c for c in header if c and _ROLE_NAME.match(column_words(c))]
    if not roles:
        return None
    dicts = [dict(zip(header, r)) for r in rows]
    return next(iter(name_like_columns(roles, dicts)), None)


def _two_scripts(header: dict[str, str]) -> dict[str, str]:
    """Each half of a column named in two languages of two scripts ("الاسم الكامل / Full name"), as a key;
    not the halves of one language's ("First / Last name": a full name)."""
    out = {}
    for k, v in header.items():
        parts = re.split(r"\s+/\s+|\s*\|\s*", k)
        if len(parts) == 2 and sum(bool(re.search(r"[a-z]", fold(h))) for h in parts) == 1:
            out.update({_key(h): v for h in parts})
    return out


def _not_a_transcript(text: str, file: str) -> None:
    """Refuse an interview's transcript given to `participants import`, naming the command that
    reads it."""
    said = what_transcript(text)
    if said:
        raise InputError(f"this looks like {said}, not a roster (CSV): `listenwell import` reads transcripts; "
                         "a roster is a sheet of participants saved as CSV", file=file, line=1)


# the columns every file `recruit plan -o` writes ends with, after its id (the roster's "pid", or
# "ref" for made-up ids), the contact details and the plan's own segments
PLAN_FILE_END = ("last_interviewed", "recording_consent", "quotes_consent")


def _not_a_plan(raw_header: list[str], file: str, line: int) -> None:
    """Refuse listenwell's own plan or invitation list given back as the roster: its usage and
    sentiment are the plan's reading of a roster on one day, and kept as columns they would stand
    in for the real record of use (a last-active date, a count of sessions) from then on."""
    named = [c.strip().lower() for c in raw_header if c.strip()]
    if len(named) > 3 and tuple(named[-3:]) == PLAN_FILE_END and named[0] in ("pid", "ref"):
        raise InputError("this is a recruitment plan written by `listenwell recruit plan -o` (its columns end "
                         "with last_interviewed, recording_consent, quotes_consent), not a roster: its usage "
                         "and sentiment columns are the plan's reading of the roster, not the people's own "
                         "record; import the roster the plan was made from (the export from your CRM, "
                         "product analytics or sheet) instead", file=file, line=line)


def _holds_emails(raw_header: list[str], rows: list[list[str]]) -> str | None:
    """A column that holds one person's address a row, whatever it is called ("Contact", "Q4")."""
    for i, column in enumerate(raw_header):
        values = [r[i].strip().lower() for r in rows if i < len(r) and r[i].strip()]
        if (column and len(values) >= 2 and sum(bool(EMAIL.fullmatch(v)) for v in values) >= 0.9 * len(values)
                and len(set(values)) >= 0.9 * len(values)):  # not a contact owner's, the same on every row
            return column
    return None


def _bool(value: str, column: str, file: str, line: int) -> bool | None:
    v = in_english(value.strip()).replace("\u2019", "'")  # "Oui", "Não", "Só áudio": yes, no, audio only
    if not v:
        return None
    if v in _TRUE:
        return True
    if _NOT_SAID.match(v):
        return None
    if v in _FALSE or _SAYS_NO.search(v):
        return False
    if _SAYS_YES.search(v):
        return True
    raise InputError(f"column {column!r}: {value!r} is not yes/no", file=file, line=line)


def _answer(value: str) -> bool | None:
    """A form's own question about recording, answered in words: yes, no, or (for "Maybe later")
    not said."""
    try:
        return _bool(value, "", "", 0)
    except InputError:
        return None


# Excel shows a long number id in scientific notation and saves it so, which loses digits
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?E\+\d{1,2}$", re.I)
# what a spreadsheet writes where a formula broke; "#N/A" (a lookup that found nothing) is an empty cell
_FORMULA_ERRORS = {"#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#ERROR!", "#SPILL!"}
# and as Excel writes them in the sheet's language: Hungarian ("#HIV!" for #REF!, "#ÉRTÉK!", "#NÉV?",
# "#ZÉRÓOSZTÓ!", "#SZÁM!", "#NULLA!"), German ("#BEZUG!", "#WERT!", "#ZAHL!"), French ("#VALEUR!", "#NOM?",
# "#NOMBRE!", "#NUL!") and Spanish ("#¡REF!", "#¡VALOR!", "#¿NOMBRE?", "#¡DIV/0!", "#¡NUM!", "#¡NULO!")
_FORMULA_ERRORS |= {"#HIV!", "#ÉRTÉK!", "#NÉV?", "#ZÉRÓOSZTÓ!", "#SZÁM!", "#NULLA!", "#BEZUG!", "#WERT!", "#ZAHL!",
                    "#VALEUR!", "#NOM?", "#NOMBRE!", "#NUL!", "#¡REF!", "#¡VALOR!", "#¿NOMBRE?", "#¡DIV/0!", "#¡NUM!",
                    "#¡NULO!"}
# a lookup that found nothing, as Excel writes it in the sheet's language: "#N/A" (English, French),
# "#N/B" (Dutch), "#NV" (German), "#N/D" (Spanish, Italian, Portuguese, Polish), "#SAKNAS!" (Swedish),
# "#I/T" (Danish, Norwegian), "#PUUTTUU!" (Finnish), "#YOK" (Turkish), "#NENÍ_K_DISPOZICI" (Czech),
# "#HIÁNYZIK" (Hungarian)
_LOOKUP_NONE = {"#N/A", "#N/B", "#NV", "#N/D", "#SAKNAS!", "#I/T", "#PUUTTUU!", "#YOK", "#NENÍ_K_DISPOZICI",
                "#HIÁNYZIK"}


def _looked_up_nothing(value: str) -> bool:
    return value.strip().upper() in _LOOKUP_NONE


# the second header row of a SurveyMonkey export, under the questions
_ANSWER_ROW = {"Response", "Open-Ended Response"}
# the ImportId row a Qualtrics export writes under its question-text row
_QUALTRICS_IMPORT = re.compile(r'^\{"ImportId"', re.I)


@dataclass
class Roster:
    """A roster file as read: its people, and what the file has columns for, so that a re-import
    can tell a value the file does not carry (its column is missing: the researcher's own column
    beside a tool's export) from one it empties."""
    people: list[Participant]
    columns: frozenset[str] = frozenset()  # the file's column names, lower case, as attributes are keyed
    # of those, the ones kept as attributes (not the id, names, email, consent or tags): what a
    # re-import compares with the study's, to tell the same source from another one
    attributes: frozenset[str] = frozenset()
    # of "name", "other_names", "email", "tags", "recorded", "share_recordings", "quotes": those
    # the file has a column for
    gives: frozenset[str] = frozenset()
    # pid → the consent answers ("recorded", "share_recordings", "quotes") its row leaves empty or
    # unsaid, where the Consent holds a default
    unsaid: dict[str, frozenset[str]] = field(default_factory=dict)
    id_column: str | None = None  # the column the ids come from (None: made from each email)
    # why the ids come from that column where another was the obvious one: a usual id column
    # empty on some rows, or another column holding the ids the study's people are stored under
    id_note: str | None = None
    # pid → the columns where a lookup found nothing ("#N/A"), read as empty
    looked_up: dict[str, frozenset[str]] = field(default_factory=dict)
    # the column of phone numbers the ids are made from, where the file has no id column nor an email
    # one (a survey keyed by mobile): a re-import joins its rows to the study's people by that number
    phone_column: str | None = None
    # the columns whose dates were Iran's Solar Hijri days (a Persian sheet's "1405/09/05"), each with its
    # first such value as written: stored as the Gregorian days, and the import says so
    solar_hijri_columns: list[tuple[str, str]] = field(default_factory=list)


def parse_roster(data: bytes, file: str) -> list[Participant]:
    return parse_roster_file(data, file).people


def parse_roster_file(data: bytes, file: str, known: frozenset[str] = frozenset()) -> Roster:
    """The roster in ``data``; ``known``: the ids of the people a study already has, stored under
    one column of an earlier file: the column of this file that holds them is the id (a re-import
    never switches columns because one cell is empty, nor keys the same people anew by a survey's
    response id)."""
    if data[:2] == b"\x1f\x8b":  # a download still gzip-compressed (OneSignal's .csv.gz), renamed .csv
        raise InputError("this file is gzip-compressed, not CSV: unzip it (it was probably a .csv.gz) and "
                         "import the file inside", file=file)
    kind = office_kind(data)
    if kind == "word":  # the discussion guide, given to the wrong command
        raise InputError("this is a Word document, not a roster (CSV): if it is the interview guide, "
                         "`listenwell guide import` reads it; a roster is a sheet saved as CSV", file=file)
    if kind == "slides":
        raise InputError("this is a presentation, not a roster (CSV): export the sheet of participants as CSV "
                         "and import that file", file=file)
    if data[:5] == b"%PDF-":
        raise InputError("this is a PDF, not a roster (CSV): export the list of participants from the tool or "
                         "sheet that keeps it as CSV and import that file", file=file)
    if kind == "workbook" or data[:4] == b"PK\x03\x04":  # a zip (xlsx, ods) or old xls
        raise InputError("this is a spreadsheet workbook, not CSV: save the sheet as CSV (UTF-8) "
                         "and import that file", file=file)
    text = decode_text(data, file, "a roster (CSV)")
    _not_a_transcript(text, file)
    if looks_like_a_guide(text):  # the discussion guide, in Markdown or plain text
        raise InputError("this looks like a discussion guide (headings and questions), not a roster (CSV): "
                         "`listenwell guide import` reads a guide; a roster is a sheet of participants saved as CSV",
                         file=file, line=1)
    page = text.lstrip("\ufeff \r\n\t")[:200].lower()
    if page.startswith(("<?xml", "<!doctype", "<html", "<error")):
        # what a download link gives once it has expired: an error page, saved as .csv
        said = " ".join(re.findall(r"<(?:code|message|title)>([^<]{1,80})</", text, re.I)[:3])
        raise InputError(f"this is an XML or HTML page, not a CSV roster{': ' + said if said else ''}; was "
                         "the export's download link expired? Download the export again", file=file, line=1)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        dialect.doublequote = True  # the sniffer can miss it; a quote inside a cell is written twice
    except csv.Error:
        dialect = csv.excel
    dialect = _delimiter_of_most_lines(text, dialect)
    # strict: an unclosed quote is an error, not a field that swallows the rest of the file
    reader = csv.reader(io.StringIO(text), dialect, strict=True)
    rows: list[list[str]] = []
    start = 1  # the line the record being read starts on
    try:
        for row in reader:
            rows.append(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "end of data" in str(exc):
            raise InputError('a quote (") opened on this line is never closed', file=file,
                             line=start) from None
        raise InputError(f"broken CSV: {exc}", file=file, line=reader.line_num) from None
    if not rows or not any(c.strip() for c in rows[0]):
        raise InputError("the roster is empty", file=file)
    conflict = next((n for n, ln in enumerate(text.splitlines(), 1) if re.match(r"^(?:<{7}|={7}|>{7})(?:\s|$)", ln)), None)
    if conflict:
        raise InputError("a version-control merge conflict was left in the file (<<<<<<< … ======= … >>>>>>>): "
                         "two versions of some rows are both here; resolve it and import again",
                         file=file, line=conflict)
    above = _rows_above_header(rows)  # a title and blank lines over the header, as a sheet may have
    rows = rows[above:]
    first = 1  # the row the participants start on
    if len(rows) > 2 and any(_QUALTRICS_IMPORT.match(c.strip()) for c in rows[2]):
        # a Qualtrics export: the column ids ("Q3"), then the questions asked, then import ids;
        # the questions name the columns, unless the researcher gave one a name of their own
        # ("city", "first_name": lower case, where Qualtrics' own are "Q3" or "StartDate")
        rows[0] = [c.strip() if re.fullmatch(r"[a-z][a-z0-9_]*", c.strip()) else q.strip() or c
                   for c, q in zip(rows[0], rows[1] + [""] * len(rows[0]))]
        first = 3
    elif len(rows) > 2 and any(c.strip() in _ANSWER_ROW for c in rows[1]) and not rows[1][0].strip():
        # a SurveyMonkey export: the questions, then a row naming each column's answer ("Response",
        # or the option of a tick-all question, whose question heads only its first column)
        question, named = "", []
        for c, answer in zip(rows[0], rows[1] + [""] * len(rows[0])):
            question = c.strip() or question
            answer = answer.strip()
            named.append(question if not c.strip() and not answer else
                         c.strip() if answer in _ANSWER_ROW or not answer else f"{question} - {answer}")
        rows[0] = named
        first = 2
    raw_header = [c.strip() for c in rows[0]]
    if len([c for c in raw_header if c]) == 1 and len(re.findall(r"\S {2,}(?=\S)", raw_header[0])) >= 2:
        raise InputError(f"the columns are lined up with spaces, with no separator ({raw_header[0][:50]!r}…): a "
                         "fixed-width text file (Excel's .prn 'Formatted text'), not CSV; save the sheet as CSV "
                         "and import that", file=file, line=1 + above)
    if len([c for c in raw_header if c]) == 1 and raw_header[0].count(",") >= 2:
        raise InputError(f"the whole header is in one column ({raw_header[0][:60]!r}…): was the file pasted "
                         "into one column of a sheet? Import the original CSV, or split the column "
                         "(Data › Split text to columns) before saving", file=file, line=1 + above)
    _has_a_header(raw_header, rows[first:], file, 1 + above)
    _not_a_plan(raw_header, file, 1 + above)
    # columns named by a number alone, again and again (a quiz report's "1.0" points after each
    # question), name nothing a plan reads: left out, not refused
    numbered = Counter(c for c in raw_header if c and not re.search(r"[^\W\d_]", c))
    raw_header = ["" if numbered[c] > 1 else c for c in raw_header]
    # one column twice from a join ("Email" from the mailing list, "email" from the app), the
    # same value in every row where both have one: the second copy adds nothing
    for i, j in ((i, j) for i in range(len(raw_header)) for j in range(i + 1, len(raw_header))
                 if raw_header[i] and raw_header[i].lower() == raw_header[j].lower()):
        pairs = [(r[i].strip().lower(), r[j].strip().lower()) for r in rows[first:] if max(i, j) < len(r)]
        if all(a == b or not a or not b for a, b in pairs):
            raw_header[j] = ""
    twice = [name for name, k in Counter(c.lower() for c in raw_header if c).items() if k > 1]
    if twice:
        where = "; ".join(f"{name!r} in columns " + " and ".join(
            str(i) for i, c in enumerate(raw_header, 1) if c.lower() == name) for name in twice)
        raise InputError(f"two columns have the same name ({where}), so which one a value comes from "
                         "is unclear: rename them and import again", file=file, line=1 + above)
    header = {c.lower(): c for c in raw_header if c}
    _not_a_list(rows, first, above, file)
    body = _without_footer(_without_board_rows(rows, first))
    email_col = _pick(header, EMAIL_COLUMNS) or _holds_emails(raw_header, body[first:])
    # the usual id column that every row fills; else one ending in ID that names each person once
    # (a mailing list's "Subscriber ID" beside an app's "user_id" that only users have); else the
    # usual one, so its empty cells are named
    id_col = _complete_id(header, raw_header, body[first:])
    if id_col and _row_counter(id_col, body[first:], raw_header.index(id_col)):
        id_col = _id_like(raw_header, body[first:]) or id_col  # ("#" 1, 2, 3… beside a "Login ID": the login)
    id_note = None
    if id_col is None:
        usual = _complete_id(header, raw_header, body[first:], complete=False)
        values = [r[raw_header.index(usual)].strip() for r in body[first:]
                  if usual and raw_header.index(usual) < len(r) and r[raw_header.index(usual)].strip()]
        # (a usual id that repeats is a row per device or per booking: said so, below)
        id_col = usual if usual and len(set(values)) < len(values) else _id_like(raw_header, body[first:]) or usual
        if usual and id_col != usual:  # said, as later imports match people by this column
            gaps = _empty_lines(raw_header.index(usual), body[first:], first + 1 + above)
            id_note = (f"ids read from column {id_col!r}, as {usual!r} is empty on "
                       f"{_lines(gaps)}; a later import matches people by {id_col!r} again")
    per_row = _row_id_beside(raw_header, body[first:], id_col, email_col, first + 1 + above)
    if per_row:
        _per_event(raw_header, body[first:], first + 1 + above, id_col, file)
        id_col, id_note = per_row
    emails = [r[raw_header.index(email_col)].strip().lower() for r in body[first:]
              if email_col and any(c.strip() for c in r) and raw_header.index(email_col) < len(r)]
    by_email = id_col is None and bool(emails) and all(emails) and len(set(emails)) == len(emails)
    if known:
        held = _column_of_known(raw_header, body[first:], first + 1 + above, id_col,
                                email_col if by_email else None, known, file)
        if held:
            id_col, id_note, by_email = held[0], held[1], False
    if id_col and not id_note and not known:
        id_note = _other_ids_note(raw_header, body[first:], id_col, email_col)
    _not_filled_down(raw_header, body, first, email_col, id_col, file, 1 + above)
    if id_col is None and not by_email and (account := _account_id(raw_header, body[first:])):
        id_col, id_note = account, f"ids read from column {account!r}, one account per row"
    phone_col = _keyed_by_phone(raw_header, body[first:]) if id_col is None and not by_email else None
    if id_col is None and not by_email and not phone_col:
        again = _repeated_id(raw_header, body[first:], first + 1 + above)
        if again:
            _per_event(raw_header, body[first:], first + 1 + above, again[0], file)
            i = raw_header.index(again[0])
            values = [(first + 1 + above + k, v) for k, r in enumerate(body[first:])
                      if any(c.strip() for c in r) and i < len(r) and (v := _as_id(r[i]))]
            raise _twice(again[1], again[2], file, again[3], column=again[0], more=_repeats(values)[1:],
                         lines=_all_lines(values))
        _keyed_by_phone_twice(raw_header, body[first:], first + 1 + above, file)
        gappy = _gappy_id(raw_header, body[first:], first + 1 + above)
        if gappy:
            raise InputError(f"column {gappy[0]!r} looks like the participant id but is empty on lines "
                             f"{', '.join(map(str, gappy[1][:10]))}: a sheet whose rows were grouped with "
                             "merged cells keeps the value on the first row only; unmerge and fill the "
                             "cells, then export again", file=file, line=gappy[1][0])
        raise InputError(
            f"no participant id column (expected one of: id, pid, participant, user id, customer id, "
            f"record id, or a column ending in ID that names each person once, or else an email "
            f"column with one address per person); found: {', '.join(raw_header)}"
            + _email_twice(email_col, emails)
            + (_event_id_hint(raw_header) or ("; if one of these names each person once, rename it to 'id' and "
                                              "import again" if sum(bool(c) for c in raw_header) > 2 else "")),
            file=file,
            line=1 + above,
        )
    # a name split over two columns, as CRM exports keep it: joined, and private like a name
    first_col, last_col = _pick(header, FIRST_NAME), _pick(header, LAST_NAME)
    if not first_col and last_col and _key(last_col).startswith("soy"):
        first_col = _pick(header, ("ad",))  # Turkish "Ad" beside "Soyad"
    particle_col = _pick(header, NAME_PARTICLE) if last_col else None
    rec_col = _pick(header, CONSENT_RECORDING)
    asked_col = None if rec_col else next(
        (c for c in raw_header if _ASKS_TO_RECORD.search(column_words(c))
         and (_ASKS.search(c) or _ASKS.search(column_words(c)))  # "Autoriza grabación": allows recording
         and not _NOT_CONSENT.search(column_words(c))), None)
    share_col, quote_col = _pick(header, SHARE_RECORDINGS), _pick(header, QUOTES)
    # a form's own question about quoting ("Do you agree to anonymised quotes being used…?")
    quote_asked = None if quote_col else next(
        (c for c in raw_header if _ASKS_TO_QUOTE.search(column_words(c)) and c not in (rec_col, asked_col)
         and (_ASKS.search(c) or _ASKS.search(column_words(c)))), None)
    _answers_in_words(raw_header, body[first:], (rec_col, asked_col, quote_asked), file, first + 1 + above)
    name_col = _pick(header, NAME_COLUMNS) or _pick(header, LEGAL_NAME) or \
        next((c for c in raw_header if _WHOSE_NAME.match(column_words(field_name(c)))
              or _NAME_ASKED.match(" ".join(re.findall(r"[a-z]+", fold(c))))), None)
    name_col = name_col or _role_name_column(raw_header, body[first:])
    preferred_col = _pick(header, PREFERRED_NAME)
    if not (name_col or first_col or last_col or preferred_col or email_col) \
            and not _PERSON_WORD.search(column_words(id_col or "")):
        # no name or address of anyone: rows read under their own id ("repayment_id") beside a
        # person's id that most of them repeat are events (repayments, orders), not people (rows
        # under a person's own id, "contact_id" beside an account's "customer_id", are people)
        for c in raw_header:
            if c and c != id_col and _PERSON_WORD.search(column_words(c)) and _names_an_id(c):
                _per_event(raw_header, body[first:], first + 1 + above, c, file)
    special = {id_col, name_col, preferred_col, email_col, first_col, last_col, particle_col,
               rec_col, asked_col, share_col, quote_col, quote_asked, _tags_column(header, raw_header),
               # where a survey tool saw them from: personal data, and no segment
               *(c for c in raw_header if _WHERE_FROM.match(column_words(c)))}
    _not_organisations(raw_header, body[first:], name_col if not (first_col or last_col) else None, email_col,
                       file, 1 + above)
    people: list[Participant] = []
    unsaid: dict[str, frozenset[str]] = {}
    looked_up: dict[str, frozenset[str]] = {}
    seen: dict[str, int] = {}  # pid → the line it is on
    twice: list[tuple[str, int, int]] = []  # ids on two rows: (id, first line, line again)
    twice_lines: dict[str, list[int]] = {}  # and every line of each
    # a sheet in Persian (its header or cells have letters only Persian writes): its year-first dates of 1300
    # to 1499 are Iran's Solar Hijri days, read in the Gregorian calendar; in any other, named and not read
    persian = any(shows_persian(c) for r in body[:first + 20] for c in r)
    solar: dict[str, str] = {}  # column → its first Solar Hijri date as written
    try:
        for n, row in enumerate(body[first:], first + 1 + above):
            if not any(c.strip() for c in row):
                continue
            if len(row) > len(raw_header):
                curly = any(q in c for c in row for q in "\u201c\u201d\u201e")
                raise InputError(f"{len(row)} fields but the header has {len(raw_header)}"
                                 + ("; the line has curly quotes (“ ”), which CSV does not read as quotes, so commas "
                                    "inside them split the cell: a text editor's smart quotes? Write straight "
                                    "quotes (\") and import again" if curly else ""), file=file, line=n)
            if [c.strip() for c in row] == [c.strip() for c in rows[0][:len(row)]] and len(row) > 1:
                raise InputError("this row repeats the header: were two exports pasted together? Remove it "
                                 "and import again", file=file, line=n)
            # (numbers in the digits of Arabic script or full width read as ASCII: "٠٥٠١١١٢٢٣٣", "١٢/١١/٢٠٢٦")
            rec = {raw_header[i]: ascii_digits(row[i].strip()) for i in range(len(row)) if raw_header[i]}
            if persian:  # (a Persian sheet's "1405/09/05" is Iran's Solar Hijri day: read as 2026-11-26)
                for k, v in rec.items():
                    if solar_hijri(v):
                        solar.setdefault(k, v)
                rec = {k: d.isoformat() if (d := solar_hijri(v)) else v for k, v in rec.items()}
            broken = next(((k, v) for k, v in rec.items() if v.upper() in _FORMULA_ERRORS), None)
            if broken:
                raise InputError(f"column {broken[0]!r} holds {broken[1]}, a spreadsheet formula error (a lookup "
                                 "pointing at a deleted sheet or cell), not a value: fix the sheet and export "
                                 "it again", file=file, line=n)
            loading = next(((k, v) for k, v in rec.items() if v.lower() in ("loading...", "loading\u2026", "#loading")), None)
            if loading:
                raise InputError(f"column {loading[0]!r} holds {loading[1]!r}: the sheet was downloaded while its imported "
                                 "data (IMPORTRANGE, a lookup) was still loading; open it, wait for the values, and "
                                 "download it again", file=file, line=n)
            formula = next(((k, v) for k, v in rec.items() if re.match(r"=[A-Z][A-Z0-9.]*\(", v)), None)
            if formula:
                raise InputError(f"column {formula[0]!r} holds the formula {formula[1][:40]!r}, not its value: the "
                                 "sheet was saved with its formulas showing; save it again with the values "
                                 "(or paste the values only) and export again", file=file, line=n)
            hidden = next(((k, v) for k, v in rec.items() if re.fullmatch(r"#{3,}", v)), None)
            if hidden:
                raise InputError(f"column {hidden[0]!r} holds {hidden[1]}: the spreadsheet showed the value as "
                                 "#### because the column was too narrow, and saved it so; widen the column "
                                 "(or write dates as YYYY-MM-DD) and export again", file=file, line=n)

            def get(col: str | None, rec: dict[str, str] = rec) -> str:
                value = rec.get(col, "") if col else ""
                return "" if _looked_up_nothing(value) else value  # a lookup that found nothing

            # an audience list keyed by email (Mailchimp): a pseudonym made from the address, the same
            # each time the list is imported, so the address itself never becomes the shown id
            pid = get(id_col) if id_col else _phone_pid(get(phone_col)) if phone_col else _email_pid(get(email_col))
            if re.fullmatch(r"'\d+", pid):
                pid = pid[1:]  # "'7412213467", as Shopify writes a long number to keep a spreadsheet off it
            if not pid:
                raise InputError(f"empty participant id in column {id_col!r}", file=file, line=n)
            if _SCIENTIFIC.match(pid):
                raise InputError(f"participant id {pid!r} in column {id_col!r} is a long number that a "
                                 "spreadsheet (Excel) rewrote in scientific notation, losing digits, so "
                                 "different people may now share it: export the roster again with that "
                                 "column kept as text", file=file, line=n)
            if pid in seen:
                if all(pid != v for v, _, _ in twice):
                    twice.append((pid, seen[pid], n))
                twice_lines.setdefault(pid, [seen[pid]]).append(n)
                continue
            seen[pid] = n
            na = frozenset(k.lower() for k, v in rec.items() if k not in special and _looked_up_nothing(v))
            if na:
                looked_up[pid] = na
            share = _bool(get(share_col), share_col or "", file, n) if share_col else None
            quotes = _bool(get(quote_col), quote_col or "", file, n) if quote_col else \
                _answer(get(quote_asked)) if quote_asked else None
            recorded = _bool(get(rec_col), rec_col or "", file, n) if rec_col else _answer(get(asked_col))
            unsaid[pid] = frozenset(k for k, v in (("recorded", recorded), ("share_recordings", share),
                                                   ("quotes", quotes)) if v is None)
            consent = Consent(
                recorded=recorded,
                # no recording, so none to share, whatever the sheet leaves unsaid
                share_recordings=(False if recorded is False else None) if share is None else share,
                quotes=quotes,
            )
            tags_col = _tags_column(header, raw_header)
            tags = [t.strip() for t in get(tags_col).replace(";", ",").split(",") if t.strip()]
            # (a Japanese name puts the family name first: "姓" "名" → "田中 優子"; a Dutch one keeps its
            # tussenvoegsel between: "Gerda" + "van" + "Dijk")
            parts = (get(last_col), get(first_col)) if last_col and re.search(r"[\u3400-\u9fff]", last_col) \
                else (get(first_col), _particle(get(particle_col), get(last_col)), get(last_col))
            name = get(name_col) or " ".join(x.strip() for x in parts if x.strip()) or None
            preferred = get(preferred_col)
            people.append(Participant(
                pid=pid,
                name=name or preferred or None,
                email=get(email_col) or None,
                other_names=[preferred] if preferred and name and preferred != name else [],
                # a lookup's "#N/A" is no value: not kept, so never shown or exported as one
                attributes={k.lower(): v for k, v in rec.items() if k not in special and v != ""
                            and not _looked_up_nothing(v)},
                tags=tags,
                consent=consent,
                line=n,
                first_name=_first_name(get(first_col), first_col, last_col),
                lookup_failed=sorted(na),  # (what those columns hold for them is unknown, not empty)
            ))
    except InputError:
        if twice:  # the ids repeated above the line that failed come first, as the file has them
            raise _twice(twice[0][0], twice[0][1], file, twice[0][2], more=twice[1:], lines=twice_lines) from None
        raise
    if twice:
        if id_col:
            _per_event(raw_header, body[first:], first + 1 + above, id_col, file)
        raise _twice(twice[0][0], twice[0][1], file, twice[0][2], more=twice[1:], lines=twice_lines)
    if not people:
        raise InputError("the roster has a header but no participants", file=file, line=2)
    _check_ids_not_rounded(people, id_col, file)
    _check_one_date_order(people, file)
    gives = {"name": bool(name_col or first_col or last_col or preferred_col),
             "other_names": bool(preferred_col and (name_col or first_col or last_col)),
             "email": bool(email_col), "tags": bool(_tags_column(header, raw_header)), "first_name": bool(first_col),
             "recorded": bool(rec_col or asked_col), "share_recordings": bool(share_col),
             "quotes": bool(quote_col or quote_asked)}
    return Roster(people=people, columns=frozenset(c.lower() for c in raw_header if c),
                  attributes=frozenset(c.lower() for c in raw_header if c and c not in special),
                  gives=frozenset(k for k, v in gives.items() if v), unsaid=unsaid, id_column=id_col,
                  id_note=id_note, looked_up=looked_up, phone_column=phone_col,
                  solar_hijri_columns=list(solar.items()))


# the column of a company list naming its organisations, where no column names a person
_ORGANISATION_COLUMN = re.compile(r"^(?:company|organi[sz]ation|account|firma|empresa|entreprise|societe|unternehmen|"
                                  r"bedrijf|azienda|organisatie|organizacao|organizacion|foretag|virksomhed|firma)"
                                  r"(?: name)?$")
# a column counting each organisation's people: Pipedrive's "Personen", "Number of contacts"
_COUNTS_PEOPLE = re.compile(r"^(?:(?:number of |no of |count of )?(?:people|persons?|contacts?|employees)|personen|"
                            r"personas|pessoas|persone|kontakte|contactos|contatos|mitarbeiter(?:zahl)?|"
                            r"anzahl (?:personen|kontakte|mitarbeiter))$")


def _not_organisations(header: list[str], rows: list[list[str]], name_col: str | None, email_col: str | None,
                       file: str, line: int) -> None:
    """Refuse a list of organisations given as a roster of people (a CRM's companies export beside
    its persons one): the column that would name each person holds company names, most of them
    with a legal form ("GmbH", "AG", "Ltd", "Inc", "S.A.", "LLC", "BV"), and no column gives one
    email address per person."""
    col = name_col or next((c for c in header if c and _ORGANISATION_COLUMN.match(column_words(c))), None)
    if not col or email_col:
        return
    i = header.index(col)
    values = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
    firms = [v for v in values if LEGAL_FORM.search(v)]
    if len(firms) < 3 or len(firms) < 0.6 * len(values):
        return
    counts = next((c for c in header if c and _COUNTS_PEOPLE.match(column_words(c))), None)
    raise InputError(f"this looks like a list of organisations, not of people: column {col!r} holds company names "
                     f"({', '.join(repr(v) for v in firms[:2])}, …; {len(firms)} of {len(values)} with a legal form such "
                     "as GmbH, AG, Ltd or Inc)" + (f" and {counts!r} counts their people" if counts else "")
                     + ", and no column gives an email address; export the people (persons, contacts) from the "
                     "tool instead, one row per person", file=file, line=line)


def _particle(particle: str, last: str) -> str:
    """The surname's particle ("van", "de", "van der"), unless the surname already opens with it."""
    particle = particle.strip()
    return "" if not particle or fold(last).startswith(fold(particle) + " ") else particle


def _as_id(value: str) -> str:
    """A cell as the participant id it gives: a lookup's "#N/A" none, Shopify's "'7412…" the number."""
    value = value.strip()
    if _looked_up_nothing(value):
        return ""
    return value[1:] if re.fullmatch(r"'\d+", value) else value


def _keyed_by_phone(header: list[str], rows: list[list[str]]) -> str | None:
    """The column of phone numbers ("Mobile", "شماره موبایل") that names each row once, every row
    filled, in a file with no id nor email column: a survey keyed by mobile, joined to the study's
    people by the number (never its people: a number is no participant id)."""
    for i, col in enumerate(header):
        if not col or not re.search(r"\b(?:phone|mobile|whatsapp)\b", column_words(col)):
            continue
        values = [phone_digits(r[i]) if i < len(r) else "" for r in rows if any(c.strip() for c in r)]
        if len(values) >= 2 and all(values) and len(set(values)) == len(values):
            return col
    return None


def _keyed_by_phone_twice(header: list[str], rows: list[list[str]], line: int, file: str) -> None:
    """Refuse a file that ``_keyed_by_phone`` would key by its phone column but for one number on two rows (a
    survey someone answered twice), naming the number and both lines: its rows are joined one a person."""
    for i, col in enumerate(header):
        if not col or not re.search(r"\b(?:phone|mobile|whatsapp)\b", column_words(col)):
            continue
        values = [(n, r[i].strip() if i < len(r) else "") for n, r in enumerate(rows, line) if any(c.strip() for c in r)]
        if len(values) < 2 or not all(phone_digits(v) for _, v in values):
            continue
        seen: dict[str, int] = {}
        for n, v in values:
            if phone_digits(v) in seen:
                raise InputError(f"{v} is on lines {seen[phone_digits(v)]} and {n}: this file has no participant id "
                                 f"column, so its rows are joined to the study's people by their number in {col!r}, "
                                 "one row a person (a survey answered twice?); remove one of those rows and import "
                                 "again", file=file, line=n)
            seen[phone_digits(v)] = n


def phone_digits(value: str) -> str:
    """A phone number's digits, in ASCII ("۰۹۱۲ ۱۲۳ ۴۵۰۱" → "09121234501", "+98 912…" → "98912…"), or ""
    for what is no phone number (7 to 15 digits, and what people write between them)."""
    v = ascii_digits(value).strip()
    return re.sub(r"\D", "", v) if re.fullmatch(r"\+?[\d\s().\-/]{6,24}", v) and 7 <= len(re.sub(r"\D", "", v)) <= 15 else ""


def _phone_pid(phone: str) -> str:
    """The pseudonym of a row keyed by phone, until joined: the number itself never becomes an id."""
    return "P-" + hashlib.sha256(phone_digits(phone).encode()).hexdigest()[:8]


def _email_pid(email: str) -> str:
    """The pseudonym of a list keyed by email (a Mailchimp audience): the same on every import."""
    return "P-" + hashlib.sha256(email.lower().encode()).hexdigest()[:8]


def _empty_lines(i: int, rows: list[list[str]], line: int) -> list[int]:
    return [line + k for k, r in enumerate(rows)
            if any(c.strip() for c in r) and not (i < len(r) and _as_id(r[i]))]


def _lines(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:5])) + (", …" if len(lines) > 5 else "")
    return f"line{'s' if len(lines) > 1 else ''} {shown}" + (f" ({len(lines)} rows)" if len(lines) > 5 else "")


def _id_words(name: str) -> str:
    """A column's name as words, as a form's question asks for an id: "Your player ID (Settings >
    Account > Player ID)" asks for a "player id", and the hint in brackets where to find it
    names nothing of whose id it is."""
    return column_words(_asked(name)) or column_words(name)


def _names_an_id(name: str) -> bool:
    """A column named as an id: the usual names, one ending in ID, "#" or "No.", or Prolific's
    "PROLIFIC_PID"; a form's question for one ("What is your member ID?")."""
    key, words = _key(name), _id_words(name)
    return key in {_key(n) for n in ID_COLUMNS} or bool(_ID_END.search(words) or _NUMBER_END.search(name.strip())) \
        or key.endswith(("id", "pid"))


# a column naming another person of the study: who referred, invited or manages this one
_SOMEONE_ELSES = re.compile(r"\b(?:referr\w*|referred|invited|inviter|manager|assigned|buddy|mentor|partner|spouse)\b")


def _column_of_known(header: list[str], rows: list[list[str]], line: int, chosen: str | None,
                     email_col: str | None, known: frozenset[str], file: str) -> tuple[str, str] | None:
    """On a re-import: the column named as an id that holds the ids the study's people are stored
    under, where the id column this file would otherwise give (``chosen``, or ids made from
    ``email_col``) holds fewer of them: it and what to say, or None to keep ``chosen``. Refused
    where that column is empty on a row (the id column must not switch because one cell is) or
    gives one id twice."""
    def held(i: int) -> tuple[int, int]:  # ids of the study's people, filled cells
        cells = [_as_id(r[i]) for r in rows if i < len(r) and any(c.strip() for c in r)]
        return sum(v in known for v in cells), sum(bool(v) for v in cells)

    if chosen:
        own = held(header.index(chosen))[0]
    else:
        own = sum(_email_pid(r[header.index(email_col)].strip()) in known for r in rows
                  if email_col and header.index(email_col) < len(r) and r[header.index(email_col)].strip())
    found = []
    for i, name in enumerate(header):
        theirs = name and name != chosen and _names_an_id(name) and not _NOT_THEIR_ID.search(_id_words(name)) \
            and not _SOMEONE_ELSES.search(column_words(name))
        n, filled = held(i) if theirs else (0, 0)
        # most of its values are the study's ids, and more of them than the column chosen holds
        if n > own and n >= min(2, len(known)) and 2 * n >= filled:
            found.append((n, -i, name))
    if not found:
        return None
    n, _, name = max(found)
    i = header.index(name)
    gaps = _empty_lines(i, rows, line)
    again = _repeats([(line + k, v) for k, r in enumerate(rows) if any(c.strip() for c in r) and (v := _as_id(r[i]))])
    if gaps:
        # the ids it gives twice said too: every problem of the file in one message
        twice = "; ".join(f"{v!r} is on lines {a} and {b}" for v, a, b in again[:10])
        raise InputError(f"no {name}: the study's people are stored under their {name!r} ({n} of this file's rows "
                         f"give one of them), and this row has none"
                         + (f", nor {'does' if len(gaps) == 2 else 'do'} {_lines(gaps[1:])}" if len(gaps) > 1 else "")
                         + "; fill it in, or take the row out, and import again, so that no one is added a second "
                         "time under another column"
                         + (f"; and the file gives {'an id' if len(again) == 1 else f'{len(again)} ids'} twice "
                            f"(one row per person): {twice}" if again else ""), file=file, line=gaps[0])
    if again:
        _per_event(header, rows, line, name, file)
        v, a, b = again[0]
        raise _twice(v, a, file, b, column=name, more=again[1:], lines=_all_lines(
            [(line + k, v) for k, r in enumerate(rows) if any(c.strip() for c in r) and (v := _as_id(r[i]))]))
    instead = (f"not {chosen!r}, which holds {'none' if own == 0 else f'only {own}'} of them" if chosen else
               "not ids made from each email")
    return name, (f"ids read from column {name!r}, which holds the ids the study's people are stored under "
                  f"({n} of this file's rows are people already in the study; {instead})")


# a date written with slashes, a time after it or not ("27/11/2026", "4/18/26 3:05 PM")
_SLASH_DAY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?:[ T,]+\d{1,2}[:.]\d{2}\S*(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$")


def _check_one_date_order(people: list[Participant], file: str) -> None:
    """A column of dates written with slashes where one reads only day-first (27/11/2026) and another only
    month-first (04/18/2026): one of them is wrong, so the file is refused now, naming the fewer kind's line
    and participant, rather than stored and refused at plan time (as the plan reads each column one way)."""
    for col in dict.fromkeys(k for p in people for k in p.attributes):
        values = [(p, p.attributes[col]) for p in people if col in p.attributes]
        dates = [(p, v.strip(), int(m.group(1)), int(m.group(2))) for p, v in values if (m := _SLASH_DAY.match(v))]
        if len(dates) < 3 or 5 * len(dates) < 4 * len(values):  # (a column of dates, not a note that holds one)
            continue
        day = [(p, v) for p, v, a, b in dates if a > 12 >= b]
        month = [(p, v) for p, v, a, b in dates if b > 12 >= a]
        if day and month:
            (few, few_order), (many, many_order) = sorted(((day, "day-first"), (month, "month-first")),
                                                          key=lambda kind: len(kind[0]))
            others = f" (and {len(few) - 1} more)" if len(few) > 1 else ""
            raise InputError(f"column {col!r}: {few[0][1]!r} for {few[0][0].pid}{others} can only be read "
                             f"{few_order}, but the column's other dates are {many_order} ({many[0][0].pid}: "
                             f"{many[0][1]!r}); correct it, or write the dates as YYYY-MM-DD",
                             file=file, line=few[0][0].line)


def _check_ids_not_rounded(people: list[Participant], id_col: str | None, file: str) -> None:
    """A spreadsheet keeps 15 digits of a number: longer ids (analytics' 16–19 digit user ids)
    come back with zeros past the 15th, a different id for each person, so a re-import would add
    them all as new people. Refused where every long id of two or more ends so."""
    long = [p for p in people if re.fullmatch(r"\d{16,}", p.pid)]
    if len(long) >= 2 and all(set(p.pid[15:]) == {"0"} for p in long):
        first = long[0]
        raise InputError(f"participant id {first.pid!r} in column {id_col!r} (and every id as long) ends in "
                         "zeros past its 15th digit: a spreadsheet (Excel, Google Sheets) rounded these long "
                         "numbers, so they no longer match the people's real ids; export the roster again "
                         "with that column kept as text", file=file, line=first.line)


# a column a tool names "Klaviyo ID", "Person GSID", "Panel ID", "subscriptions.id": not one that
# names something else the person belongs to
_ID_END = re.compile(r"(?:^|\s)(?:id|uid|gsid|uuid|guid|ref|reference)$"
                     # the id first, as other languages write it: "ID użytkownika", "ID do usuário",
                     # "id_vendedor" (a seller's), one word naming whose it is
                     r"|^id\s(?:(?:of|de|do|da|du|del)\s)?[^\W\d_]+$")
# of several, the one that names a person ("Customer User ID" before "AppsFlyer ID")
_PERSON_WORD = re.compile(r"\b(?:user|customer|person|people|contact|member|participant|respondent|client|patient|"
                          r"student|subscriber|attendee|panelist|record)\b")
_NOT_THEIR_ID = re.compile(r"\b(?:company|account|organi[sz]ation|org|collector|survey|plan|product|group|team|"
                           r"campaign|list|form|session|network|ip|studio|parent|owner|workspace|tenant|"
                           r"order|invoice|ticket|external reference|zip|post|postal|promo|discount|coupon|"
                           r"device|advertising|idfa|idfv|android|app(?! user)|bundle|site|ad|adset|install|event|"
                           r"transaction|receipt|payment|charge)\b")


_UNTICKED = {"false", "unchecked", "0", "no", "\u2610"}


def _without_board_rows(rows: list[list[str]], first: int) -> list[list[str]]:
    """The rows with those that are not people blanked (so line numbers stay): a board's group
    sections (monday.com, Smartsheet: a group's name, then the header again), its subitems (a
    "Subitems" header row and the rows under it, with no name), and a table's spare rows where
    only a checkbox column says FALSE (Apple Numbers, Google Sheets)."""
    out = [list(r) for r in rows]
    header = [c.strip() for c in rows[0]]
    blank: list[str] = []

    def filled(row: list[str]) -> list[str]:
        return [c.strip() for c in row if c.strip()]

    subitems = False
    for i in range(first, len(out)):
        row = out[i]
        cells = filled(row)
        if not cells:
            subitems = False
            continue
        if not row[0].strip() and len(row) > 1 and row[1].strip().lower() == "subitems":
            subitems = True
        if subitems and not row[0].strip():
            out[i] = blank
            continue
        subitems = False
        if [c.strip() for c in row] == header[:len(row)] and len(cells) > 1:
            # the header again, under a group's name: a new group of the same board
            above = next((j for j in range(i - 1, first - 1, -1) if filled(out[j])), None)
            if above is not None and len(filled(out[above])) == 1:
                out[i] = out[above] = blank
        elif all(c.lower() in _UNTICKED for c in cells):
            out[i] = blank
    return out


# what a header can be named for, to tell a sheet turned sideways: the names down its first column
_FIELD_NAMES = {"name", "email", "e mail", "id", "nps", "plan", "status", "phone", "company", "org", "role", "notes",
                "last login", "tags", "country", "city"}


def _has_a_header(header: list[str], rows: list[list[str]], file: str, line: int) -> None:
    """Refuse a file whose first line is a person, not column names: a database unload with no
    header (an email address up there), or a sheet transposed for a slide (people across the
    top, the column names down the first column)."""
    email = next((c for c in header if EMAIL.fullmatch(c.strip())), None)
    if email:
        names = next((k for k, r in enumerate(rows, line + 1)
                      if sum(column_words(c) in _FIELD_NAMES for c in r) >= 2), None)
        raise InputError(f"the first line holds an email address ({email!r}), not column names: "
                         + (f"the header is on line {names} (was the sheet sorted with its header row in "
                            "the data?); put it back on top" if names else
                            "this file has no header row (a database unload?); export it again with the "
                            "column names on the first line"), file=file, line=line)
    down = [column_words(r[0]) for r in rows if r and r[0].strip()]
    if len(header) > 3 and sum(w in _FIELD_NAMES for w in down) >= 3 and {"name", "email", "e mail"} & set(down):
        raise InputError(f"the sheet is transposed: people run across the top ({', '.join(header[1:4])}, …) and "
                         f"the column names down the first column ({', '.join(r[0] for r in rows[:3])}, …); "
                         "transpose it back, one row per person, and export again", file=file, line=line)


def _not_filled_down(header: list[str], rows: list[list[str]], first: int, email_col: str | None,
                     id_col: str | None, file: str, line: int) -> None:
    """Refuse one address on a run of rows with different ids: a spreadsheet's fill handle
    dragged (or double-clicked) down a column by mistake."""
    if not email_col or not id_col:
        return
    e, i = header.index(email_col), header.index(id_col)
    run: list[int] = []
    for k, r in enumerate(rows[first:], first + line):
        if not any(c.strip() for c in r) or max(e, i) >= len(r):
            continue
        same = run and r[e].strip().lower() == rows[run[0] - line][e].strip().lower() \
            and EMAIL.fullmatch(r[e].strip())  # (not Microsoft Forms' "anonymous")
        run = run + [k] if same else [k]
        if len(run) >= 5 and len({rows[n - line][i].strip() for n in run}) == len(run):
            end = k
            for k2, r2 in enumerate(rows[k + 1 - line:], k + 1):
                if max(e, i) < len(r2) and r2[e].strip().lower() == r[e].strip().lower():
                    end = k2
                else:
                    break
            raise InputError(f"column {email_col!r} holds {r[e].strip()!r} on lines {run[0]}–{end}, beside "
                             f"{end - run[0] + 1} different ids: filled down by mistake (a spreadsheet's fill "
                             "handle)? Put back each person's address and import again", file=file, line=run[0])


def _tags_column(header: dict[str, str], raw_header: list[str]) -> str | None:
    """"Tags", or a column named for its tags in another tool's words ("Personne - Étiquettes")."""
    return _pick(header, TAGS) or next(
        (c for c in raw_header if column_words(c).split()[-1:] in (["tags"], ["labels"])), None)


def _complete_id(header: dict[str, str], raw_header: list[str], rows: list[list[str]],
                 complete: bool = True) -> str | None:
    """The usual id column; of several ("Contact ID" and "Response ID"), the first one every
    row fills (with ``complete=False``, the first one when none does)."""
    named = [header[n] for n in ID_COLUMNS if n in header] or \
        [c for n in ID_COLUMNS for c in raw_header if c and _key(c) == _key(n)]
    for col in named:
        i = raw_header.index(col)
        if all(i < len(r) and r[i].strip() for r in rows if any(c.strip() for c in r)):
            return col
    return named[0] if named and not complete else None


def _row_id_beside(header: list[str], rows: list[list[str]], id_col: str | None, email_col: str | None,
                   line: int) -> tuple[str, str] | None:
    """A row per subscription, device or form submission (Recharge, Paddle, GA4, Tally): the
    person's id column gives one person several rows, the same address on each where one is
    given, while another column named as an id names each row once. That column, and what to
    say: the rows are read under it, and the plan takes one row per person (the same person's id
    or email), a do-not-ask on any of their rows leaving them out. None where ``id_col`` repeats
    nothing, or no such column is there (two people under one id stay refused)."""
    if not id_col:
        return None
    i = header.index(id_col)
    again = _repeats([(line + k, v) for k, r in enumerate(rows) if any(c.strip() for c in r)
                      and i < len(r) and (v := _as_id(r[i]))])
    if not again:
        return None
    row_col = _id_like([c if c != id_col else "" for c in header], rows)
    if not row_col:
        return None
    if email_col:
        e = header.index(email_col)
        addresses: dict[str, set[str]] = {}
        for r in rows:
            if i < len(r) and e < len(r) and r[e].strip():
                addresses.setdefault(_as_id(r[i]), set()).add(r[e].strip().lower())
        if any(len(addresses.get(v, ())) > 1 for v, _, _ in again):
            return None  # one id, two people's addresses: not one person's rows
    v, a, b = again[0]
    more = f", and {len(again) - 1} more" if len(again) > 1 else ""
    # (how many people the rows are: each person's id once, a row without one a person of its own)
    filled = [r for r in rows if any(c.strip() for c in r)]
    ids = [_as_id(r[i]) if i < len(r) else "" for r in filled]
    people = len({x for x in ids if x}) + sum(1 for x in ids if not x)
    return row_col, (f"ids read from column {row_col!r}, which names each row once, as {id_col!r} gives one person "
                     f"several rows ({v!r} on lines {a} and {b}{more}: a row per subscription, device or "
                     f"submission; {people} people on {len(filled)} rows); the plan takes one row per {id_col!r} or "
                     "email, and a do-not-ask on any of a person's rows leaves them out")


def _twice(pid: str, first: int, file: str, line: int, column: str | None = None,
           more: list[tuple[str, int, int]] = (), lines: dict[str, list[int]] | None = None) -> InputError:
    """One person on two rows, said with both lines; ``more``: the other ids the file repeats (id,
    first line, line again), said in the same message, so that one round trip fixes them all;
    ``lines``: every line of each id, where known (an id on lines 5, 6 and 7 is said so)."""
    lines = lines or {}
    where = f" in column {column!r}" if column else ""
    others = ""
    if more:
        said = [f"{v!r} ({_and_lines(lines.get(v) or [a, b])})" for v, a, b in more[:10]]
        others = (f"; so {'does' if len(more) == 1 else 'do'} " + ", ".join(said)
                  + (f" and {len(more) - 10} more" if len(more) > 10 else ""))
    mine = lines.get(pid) or [first, line]
    times = "twice (first on line {})".format(first) if len(mine) <= 2 else f"{len(mine)} times ({_and_lines(mine)})"
    return InputError(f"participant id {pid!r}{where} appears {times}{others}: a roster has one "
                      "row per person, so keep one of them (an export with a row per device, per booking or per "
                      "submission, or a survey joined in, repeats people), and carry over to it a do-not-contact, "
                      "an opt-out or a comment that only the row you delete has", file=file, line=line)


def _and_lines(lines: list[int]) -> str:
    """"lines 5 and 6", "lines 5, 6 and 7" ("lines 5, 6, 7, 8, 9, … (12 rows)" for many)."""
    if len(lines) > 6:
        return _lines(lines)
    return f"lines {', '.join(map(str, lines[:-1]))} and {lines[-1]}"


def _all_lines(values: list[tuple[int, str]]) -> dict[str, list[int]]:
    """Every line of each id given on two lines or more."""
    at: dict[str, list[int]] = {}
    for n, v in values:
        at.setdefault(v, []).append(n)
    return {v: ns for v, ns in at.items() if len(ns) > 1}


# the id of a thing that happens to a person, not of the person: "Ticket ID", "Order #", "Invoice No"
_EVENT_ID = re.compile(r"^(?:support\s)?(?:ticket|order|invoice|transaction|payment|case|message|call|conversation|"
                       r"chat|event|booking|appointment|reservation|request|issue|incident|refund|shipment)s?\s"
                       r"(?:id|number|no|num|#)$")


def _event_id_hint(header: list[str]) -> str:
    """For a file with no participant id column: a column that numbers tickets or orders, named,
    so that the refusal does not invite renaming it to 'id' (a person would be a row per ticket)."""
    col = next((c for c in header if _EVENT_ID.match(column_words(c.replace("#", " number")))), None)
    if col is None:
        return ""
    kind = column_words(col.replace("#", " number")).split()[-2]
    return (f"; column {col!r} numbers each {kind}, not a person: a file of one row per {kind} is no roster, "
            "so export the people themselves (one row each, with their id or email) and import that")


def _per_event(header: list[str], rows: list[list[str]], line: int, column: str | None, file: str) -> None:
    """Refuse an export with a row per repayment, order or other event given as the roster: most of
    the ids of the column naming people are on several rows (a roster per subscription repeats a
    few). Said as what it is, since keeping one row of each, as for a few repeats, would make a
    roster of none of a roster's columns."""
    if not column or column not in header:
        return
    i = header.index(column)
    values = [(line + k, v) for k, r in enumerate(rows) if any(c.strip() for c in r) and i < len(r)
              and (v := _as_id(r[i]))]
    again = _all_lines(values)
    distinct = len({v for _, v in values})
    if len(again) < 3 or 2 * len(again) <= distinct:
        return
    row_col = _id_like([c if c != column else "" for c in header], rows)
    kind = " ".join(column_words(row_col).split()[:-1]) if row_col else ""
    what = f"one row per {kind}" if kind else "one row per transaction, order or event"
    first = next(iter(again.items()))
    raise InputError(f"this looks like {what}, not a roster: {len(again)} of the {distinct} ids in column "
                     f"{column!r} are on several rows ({first[0]!r} on {_and_lines(first[1])}"
                     f"{', …' if len(again) > 1 else ''}); a roster has one row per person: export the people "
                     "themselves (members, customers, users), one row each, and import that; nothing was "
                     "changed", file=file, line=first[1][1])


def _repeats(values: list[tuple[int, str]]) -> list[tuple[str, int, int]]:
    """The ids given on two lines or more, each once: (id, its first line, the line it is on again)."""
    seen: dict[str, int] = {}
    out: list[tuple[str, int, int]] = []
    for n, v in values:
        if v in seen:
            if all(v != o for o, _, _ in out):
                out.append((v, seen[v], n))
        else:
            seen[v] = n
    return out


def _repeated_id(header: list[str], rows: list[list[str]], line: int) -> tuple[str, str, int, int] | None:
    """A column named like an id, filled on every row, with one value on two rows: the column,
    the value and the two lines."""
    for i, name in enumerate(header):
        if not _ID_END.search(column_words(name)) or _NOT_THEIR_ID.search(column_words(name)):
            continue
        seen: dict[str, int] = {}
        cells = [(line + k, r[i].strip() if i < len(r) else "") for k, r in enumerate(rows) if any(c.strip() for c in r)]
        if not all(v for _, v in cells):
            continue
        for n, v in cells:
            if v in seen:
                return name, v, seen[v], n
            seen[v] = n
    return None


def _gappy_id(header: list[str], rows: list[list[str]], line: int) -> tuple[str, list[int]] | None:
    """A column named like an id with values on some rows only, and the lines where it is empty."""
    for i, name in enumerate(header):
        if not _ID_END.search(column_words(name)) or _NOT_THEIR_ID.search(column_words(name)):
            continue
        empty = [line + k for k, r in enumerate(rows) if any(c.strip() for c in r) and not (i < len(r) and r[i].strip())]
        if empty and len(empty) < len([r for r in rows if any(c.strip() for c in r)]):
            return name, empty
    return None


# a pivot table's summary, saved instead of the data it sums
_PIVOT = re.compile(r"^(?:row labels|column labels|grand total|count of |sum of )", re.I)


def _not_a_list(rows: list[list[str]], first: int, above: int, file: str) -> None:
    """Refuse what is not a list of people: a pivot table's summary, and lines pasted in with
    another separator (semicolons among commas), which the reader would take as one cell."""
    for k, row in enumerate(rows[:first + 5]):
        marks = {m.group(0).lower() for c in row if (m := _PIVOT.match(c.strip()))}
        if marks & {"row labels", "grand total"}:  # not a column named "Count of logins"
            raise InputError("this is a pivot table's summary (\"Row Labels\", \"Grand Total\"), not a list of "
                             "people: export the sheet that holds one row per person", file=file, line=k + 1 + above)
    width = len(rows[0])
    for k, row in enumerate(rows[first:], first + 1 + above):
        cells = [c for c in row if c.strip()]
        # the whole line in the first cell, split by the other separator
        if width >= 4 and len(cells) <= 2 and row and (row[0].count(";") >= width // 2
                                                       or row[0].count("\t") >= width // 2):
            raise InputError("this line is separated by semicolons (or tabs), the header by commas: were rows "
                             "pasted in from a file saved with other settings? Save the whole roster one "
                             "way and import again", file=file, line=k)


_NUMBER_END = re.compile(r"(?:#|\bno\.?|\bnr\.?|(?:^|\s)n[°º]\.?|\bnumber|\bnummer|\bnum[eé]ro|\bnúmero)\s*$|"
                         # a person's number in one Dutch or German word: "Respondentnummer", "Klantnummer",
                         # "Deelnemersnummer", "Kundennummer" (not "Telefoonnummer", "Huisnummer")
                         r"^(?:respondent|deelnemer|klant|client|cli\u00ebnt|lid|panellid|relatie|registratie|"
                         r"inschrijf|kunden|teilnehmer|mitglieds|befragten|patienten|patient)s?[\s-]?nummer$|"
                         # the number first, as Italian writes it: an insurer's "Numero polizza", "N. contratto" (a
                         # row per policy, beside the customer's "Codice cliente")
                         r"^(?:numero|num\.?|n\.|n[°º]|nr\.?)\s?(?:di\s|della\s|del\s)?(?:polizza|contratto|pratica|tessera)$",
                         re.I)


def _id_like(header: list[str], rows: list[list[str]]) -> str | None:
    """The first column whose name ends in ID and that names every person once, one that names
    a person first."""
    order = sorted(range(len(header)), key=lambda i: (_row_counter(header[i], rows, i),
                                                     not _PERSON_WORD.search(column_words(header[i]))))
    for i in order:
        name = header[i]
        # "Participant #", "TN-Nr.", "N°", "Deelnemer nr": a number that names each person
        words = _id_words(name) + (" id" if _NUMBER_END.search(name.strip()) else "")
        # (not a national personal identifier, masked or not: a Danish "CPR-nummer" "270180-XXXX" gives the birth
        # date, and two born on one day share it; never the key the study's files are shared under, nor offered)
        if not _ID_END.search(words) or _NOT_THEIR_ID.search(words) or national_id_column(name):
            continue
        values = [r[i].strip() for r in rows if any(c.strip() for c in r) and i < len(r)]
        if values and all(values) and len(set(values)) == len(values) and not _a_phone_column(name, values):
            return name
    return None


def _email_twice(email_col: str | None, emails: list[str]) -> str:
    """Why the email column gives no ids where it names each row but not once: the address found twice."""
    twice = next((e for i, e in enumerate(emails) if e and e in emails[:i]), None)
    return f"; column {email_col!r} holds {twice} on two rows, so it names no one person each" \
        if email_col and twice else ""


# a column that only counts the rows, as an admin console numbers its list ("No", "No.", "#", "순번", "번호", "S.No")
_COUNTER_NAME = re.compile(r"^(?:s\.?\s?|sr\.?\s?|sl\.?\s?)?(?:no|nr|n[°º]|#|num)\.?$|^(?:순번|번호|연번|行番号|序号|序號)$", re.I)


def _row_counter(name: str, rows: list[list[str]], i: int) -> bool:
    """A column named only as a number ("No") holding 1, 2, 3… down the file: the row's place in the
    list the console sorted, renumbered by another sort, so the last choice for an id (a member id
    beside it, "회원 아이디", keeps each person's rows their own when the list comes sorted otherwise)."""
    if not _COUNTER_NAME.match(name.strip()):
        return False
    values = [r[i].strip() if i < len(r) else "" for r in rows if any(c.strip() for c in r)]
    return len(values) >= 2 and all(v.isdigit() for v in values) and (
        [int(v) for v in values] == list(range(int(values[0]), int(values[0]) + len(values)))
        or [int(v) for v in values] == list(range(int(values[0]), int(values[0]) - len(values), -1)))


def _a_phone_column(name: str, values: list[str]) -> bool:
    """A column of phone numbers ("Phone Number", "Mobile No.", "Namba ya simu"), by its name or what
    it holds: a number that names each row once, yet private, never the participant id."""
    return bool(phone_columns([name], [{name: v} for v in values]) or re.search(r"simu", column_words(name)))


# an account's number or id, as a pay-as-you-go, utility or bank export keys its customers ("Account
# Number", "Account ID", "Acct No.", "Namba ya akaunti"): a person's id only where the file has no
# other id nor an email for each, as a company's account elsewhere holds several people
_ACCOUNT_ID = re.compile(r"^(?:(?:customer|client|user|subscriber|member)\s)?(?:account|acct|a/c|a c)\s?"
                         r"(?:number|no|nr|num|id|ref|reference|code|#)?$|^(?:namba|nambari)\sya\sakaunti$")


def _account_id(header: list[str], rows: list[list[str]]) -> str | None:
    """The account column that names each row once, every row filled ("Account Number"), where the
    file has no other id: the id the company's own people look customers up by."""
    for i, name in enumerate(header):
        if not name or not _ACCOUNT_ID.match(column_words(name).strip()):
            continue
        values = [r[i].strip() if i < len(r) else "" for r in rows if any(c.strip() for c in r)]
        if len(values) >= 2 and all(values) and len(set(values)) == len(values):
            return name
    return None


# a person's number written number first, as French, Spanish, Italian and Portuguese do: "Numéro de
# membre", "Número de socio", "N° client"
_NUMBER_FIRST = re.compile(r"^(?:numero|no|nr|n[°º])\.?\s(?:de\s|d'|di\s|do\s|da\s|del\s)?(?:membre|client|cliente|"
                           r"socio|adherent|participant|participante|partecipante|patient|paciente|paziente|usuario|"
                           r"utilisateur|utente|associado|miembro|membro|beneficiaire|beneficiario)s?$")


def _other_ids_note(header: list[str], rows: list[list[str]], id_col: str, email_col: str | None) -> str | None:
    """On a first import, the id column said where the file has another that names each person
    once ("Numéro de membre" beside Qualtrics' "Response ID"): the researcher looks people up by
    theirs, and the one taken is kept for later imports, so how to see or choose the other is said."""
    others = []
    for i, name in enumerate(header):
        if not name or name in (id_col, email_col) or national_id_column(name) or _row_counter(name, rows, i):
            continue
        if not (_names_an_id(name) and not _NOT_THEIR_ID.search(_id_words(name))) \
                and not _NUMBER_FIRST.match(fold(name).lower().strip()):
            continue
        values = [r[i].strip() for r in rows if any(c.strip() for c in r) and i < len(r)]
        if values and all(values) and len(set(values)) == len(values) and not _a_phone_column(name, values):
            others.append(name)
    if not others:
        return None
    # one that names a person first ("Numéro de membre" before Qualtrics' "External Data Reference")
    others.sort(key=lambda c: not (_NUMBER_FIRST.match(fold(c).lower().strip())
                                   or _PERSON_WORD.search(column_words(c))))
    one = len(others) == 1
    shown = " and ".join(repr(c) for c in others[:2]) + (" and more" if len(others) > 2 else "")
    return (f"ids read from column {id_col!r}; {shown} also name{'s' if one else ''} each person once, kept as "
            f"{'a column' if one else 'columns'} (`recruit plan --contacts --with {shlex.quote(others[0])}` writes "
            f"{'it' if one else repr(others[0])} beside each person); to make {'it' if one else 'one'} the id, rename "
            f"it 'id' in the file" + (f" and {id_col!r} another name" if id_col.strip().lower() == "id" else "")
            + " and import it into a new study")


def _rows_above_header(rows: list[list[str]]) -> int:
    """How many rows sit over the header: a sheet's title ("Interview candidates – pulled 11/26")
    and blank rows, each one cell at most, over a row that fills many; or a sentence a separator
    split in two ("LET OP (AVG): … onderzoek; verwijderen uiterlijk 31-03-2027", a privacy notice an
    export writes over its header) above a header of four columns or more."""
    def filled(row: list[str]) -> int:
        return sum(bool(c.strip()) for c in row)

    def a_sentence_split(row: list[str]) -> bool:
        cells = [c.strip() for c in row if c.strip()]
        return len(cells) == 2 and width >= 4 and len(" ".join(cells).split()) >= 6

    def a_line_of_text(row: list[str]) -> bool:
        return filled(row) <= 1 or a_sentence_split(row)

    width = max((filled(r) for r in rows[:10]), default=0)
    for i, row in enumerate(rows[:6]):
        if filled(row) >= max(2, width // 2) and not a_sentence_split(row):
            return i if all(a_line_of_text(r) for r in rows[:i]) else 0
    return 0


def _delimiter_of_most_lines(text: str, dialect: type[csv.Dialect] | csv.Dialect) -> type[csv.Dialect] | csv.Dialect:
    """The sniffer's dialect, unless its separator is missing from most lines where another splits
    them into three cells or more: a title or privacy line over the header ("Export …, peildatum";
    "LET OP (AVG): persoonsgegevens, alleen …") can lead it to a comma the rows never use."""
    lines = [ln for ln in text.splitlines()[:40] if ln.strip()]
    if len(lines) < 3 or sum(dialect.delimiter in ln for ln in lines) * 2 > len(lines):
        return dialect
    best = max(",;\t", key=lambda d: sum(ln.count(d) >= 2 for ln in lines))
    if best == dialect.delimiter or sum(ln.count(best) >= 2 for ln in lines) * 2 <= len(lines):
        return dialect

    class Split(csv.excel):
        delimiter = best
    return Split


# a report's count of its rows, alone in the last line: "Total patients: 58", "Grand total: 58 members",
# "Record count: 58", "Gesamtzahl: 58", "Total de pacientes: 58", Hungarian "Összesen: 45 ügyfél",
# Serbian "Укупно: 48 клијената" (a word for a total or a count, a number at the end)
_COUNT_LINE = re.compile(r"^(?:[a-z]+ ){0,2}(?:grand )?(?:totals?|count|sum|gesamt\w*|summe|anzahl|totale|totaal|"
                         r"aantal|nombre total|numero total|antal|suma|razem|liczba|osszesen|vegosszeg|darabszam|"
                         # Serbian, Croatian, Bosnian Latin: "Ukupno: 48 klijenata", "Svega: 48"
                         r"ukupno|sveukupno|svega)\b(?:[^\d]{0,40}?[:=] ?"
                         r"\d[\d.,' ]*(?: [a-z]+)?\.?|"
                         # Salesforce's "Total (48 records)", "Grand Total (12 rows)"
                         r" ?\(\d[\d.,' ]*(?: [a-z]+)?\))$|"
                         # Korean: "총 60명", "합계: 60", "총 회원 수: 60명", "전체 60건"
                         r"^(?:총|합계|총계|전체)(?: ?[\uac00-\ud7a3]+){0,2} ?[:=]? ?\d[\d,]* ?(?:명|건|개)?\.?$|"
                         # Ukrainian and Russian (folded): "Всього записів: 46", "Итого: 46", "Всего клиентов: 46"
                         # and Serbian, Macedonian, Bulgarian: "Укупно: 48 клијената", "Свега: 48", "Вкупно: 48", "Общо: 48"
                         r"^(?:всього|усього|разом|загалом|итого|всего|кількість|количество|укупно|свеукупно|свега|вкупно|"
                         r"общо)(?: [\u0400-\u04ff]+){0,2}"
                         r" ?[:=]? ?\d[\d ,]*(?: [\u0400-\u04ff]+)?\.?$")


def _without_footer(rows: list[list[str]]) -> list[list[str]]:
    """The rows without the footer a report tool writes under the data after a blank row
    ("Copyright …", "Generated By: …", each line one cell), and without a sheet's closing
    "TOTAL" row: those are not participants."""
    def filled(row: list[str]) -> int:
        return sum(bool(c.strip()) for c in row)

    while len(rows) > 2 and (not any(c.strip() for c in rows[-1])  # blank, or the sum under the list
                             or any(re.fullmatch(r"(?i)(?:grand )?totals?:?|(?:合[計计]|[總总][計计]|総計|小[計计]|共[計计])[:：]?",
                                                 c.strip()) for c in rows[-1])
                             or filled(rows[-1]) == 1 and _COUNT_LINE.match(
                                 " ".join(fold(next(c for c in rows[-1] if c.strip())).split()))):
        rows = rows[:-1]
    end = len(rows)
    while end > 1 and filled(rows[end - 1]) == 0:
        end -= 1
    footer = end
    while footer > 1 and filled(rows[footer - 1]) == 1:
        footer -= 1
    if footer < end and footer > 1 and filled(rows[footer - 1]) == 0 and len(rows[0]) > 1:
        return _without_footer(rows[:footer])  # a count line may come above the blank row
    # straight under the data, with no blank row: a line of four words or more, alone in its
    # row, under rows that fill several cells ("Report generated 11/27/2026 8:02 PM by jdoe")
    said = [next(c for c in r if c.strip()) for r in rows[footer:end]]
    if footer < end and footer > 2 and len(rows[0]) > 2 and all(filled(r) >= 2 for r in rows[1:footer]) \
            and all(len(c.split()) >= 4 for c in said):
        return rows[:footer]
    return rows


def read_roster(path: str | Path) -> list[Participant]:
    return parse_roster(read_user_file(path, "roster"), str(path))


def read_roster_file(path: str | Path, known: frozenset[str] = frozenset()) -> Roster:
    return parse_roster_file(read_user_file(path, "roster"), str(path), known)


def _answers_in_words(header: list[str], rows: list[list[str]], columns: tuple[str | None, ...], file: str,
                      line: int) -> None:
    """Refuse a consent question answered with numbers ("1", "2"): a survey's numeric export codes
    each answer by its place in the list, so which number is a no cannot be read."""
    for col in (c for c in columns if c):
        i = header.index(col)
        values = {r[i].strip() for r in rows if i < len(r) and r[i].strip()}
        if values and all(v.isdigit() for v in values) and values - {"0", "1"}:
            raise InputError(f"column {col!r} answers with numbers ({', '.join(sorted(values))}): a survey's numeric "
                             "export codes each answer by its place in the list, so a no cannot be told from a yes; "
                             "export the answers as text (Qualtrics: 'Use choice text') and import that",
                             file=file, line=line)


def lost_letters(people: list[Participant]) -> list[tuple[str, str]]:
    """(column, its first such value) where a "?" stands for a letter the file's code page lacked: Russian
    Excel saving Kazakh's ә ғ қ ң ө ұ ү һ і in cp1251 ("хабарласпа?ыз", "?асымов"), Western Excel saving
    Vietnamese or Polish letters in cp1252. Only a "?" inside or opening a word of letters beyond ASCII: an
    English "why?" or a link's "page?id=3" is no such thing."""
    found: dict[str, str] = {}
    for p in people:
        for col, value in [("name", p.name or ""), *p.attributes.items()]:
            if col not in found and _LOST_LETTER.search(value) and any(ord(c) > 127 and c.isalpha() for c in value):
                found[col] = value
    return list(found.items())


# a "?" between two letters, or opening a word of two letters at least, one of them beyond ASCII
_LOST_LETTER = re.compile(r"(?<=[^\W\d_])\?(?=[^\W\d_])|(?<![\w?])\?(?=[^\W\d_]{2})")
