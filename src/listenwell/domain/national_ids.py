"""A roster column that holds a national identity, tax or social-security number, told by its header in
the languages the rosters come in: never a person's id in the study (a masked "CPR-nummer" is everyone's
own, not the CRM's record of them), never shown without ``--private``, never in a redacted export.

Long names count anywhere in the header ("Codice fiscale", "CPR-nummer", "Personnummer", "PESEL",
"Aadhaar"); the short ones ("DNI", "NIE", "SSN", "OIB") only as the whole header, with its "number" or
"nr" and a "masked" at most, so that a Polish "Logowania (30 dni)" stays a count.
"""

from __future__ import annotations

import re

from listenwell.domain.glossary import fold
from listenwell.domain.text import column_words

_NATIONAL_ID = re.compile(
    r"\b(?:codice fiscale|cod fiscale|tax code|fiscal code|national (?:id|identity|identification)|identity card|"
    r"id card|carta d identita|documento d identita|cedula(?: de identidad)?|documento nacional de identidad|"
    r"pesel|personnummer|personnr|personal identity(?: number)?|cpr nummer|cpr nr|henkilotunnus|hetu|fodselsnummer|"
    r"fodselsnr|burgerservicenummer|sofinummer|rodne cislo|aadhaar|aadhar|cnic|nric|tc kimlik|kimlik no|steuer id|"
    r"steueridentifikationsnummer|sozialversicherungsnummer|numero de securite sociale|pan (?:number|no|card)|"
    r"social security(?: number| no)?|national insurance(?: number| no)?|jmbg|emso)\b|"
    r"^(?:dni|nie|dni nie|nie dni|nif|nin|nino|bsn|cpr|cnp|egn|oib|rut|tin|sin|curp|cpf|nir|nric|hetu|ssn)"
    r"(?: (?:number|no|nr|nummer|numero|num|n))?(?: (?:masked|hashed|last 4|last four))?$")


def national_id_column(name: str) -> bool:
    """Whether a roster column holds a national identity or tax number, by its header (see above)."""
    return bool(_NATIONAL_ID.search(column_words(name))
                or _NATIONAL_ID.search(" ".join(re.findall(r"[a-z0-9]+", fold(name).lower()))))
