"""Which CSV column holds which field: header spellings in Dutch and English, and row values.

A mapping is `{column index: field key}`; columns not in it are ignored. `guess_mapping`
proposes one from the headers; the import dialog lets her change it. Contact persons of a
sociale-kaart entry come in numbered columns (`Contactpersoon 1`, `Telefoon contactpersoon 1`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dorpsboek.domain.csvtable import header_key, unguard
from dorpsboek.domain.dates import parse_date
from dorpsboek.domain.phone import normalize_phone
from dorpsboek.domain.volunteers import dump_availability, parse_active, parse_availability_text

KAART = "kaart"
VOLUNTEERS = "vrijwilligers"
MAX_CONTACTS = 9
CONTACT_PARTS = ("name", "role", "phone", "email")

_COMMON = {
    "name": ("naam", "name", "volledigenaam", "fullname"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "telefoonnr", "phone", "phonenumber",
              "telephone", "mobiel", "mobielnummer", "gsm", "mobile"),
    "email": ("email", "emailadres", "mail", "mailadres", "emailaddress"),
    "address": ("adres", "straat", "straatenhuisnummer", "bezoekadres", "address", "street",
                "straatnaam"),
    "postcode": ("postcode", "postalcode", "zip", "zipcode", "pc"),
    "city": ("plaats", "woonplaats", "plaatsnaam", "vestigingsplaats", "city", "town", "dorp"),
    "remarks": ("opmerkingen", "opmerking", "notities", "notitie", "eigennotities", "aantekeningen",
                "remarks", "notes", "note", "memo"),
}  # fmt: skip
_KAART = {
    **_COMMON,
    "name": (*_COMMON["name"], "organisatie", "organisatienaam", "naamorganisatie", "instelling",
             "organisation", "organization", "aanbieder", "naaminstelling"),
    "category": ("categorie", "category", "soort", "type", "rubriek", "sector", "soortorganisatie"),
    "themes": ("themas", "thema", "themes", "theme", "onderwerpen", "onderwerp", "tags", "topics"),
    "description": ("omschrijving", "beschrijving", "description", "watdoenze", "watdoenzij",
                    "aanbod", "activiteiten", "toelichting", "info", "informatie"),
    "when_to_call": ("wanneerbellen", "wanneerinschakelen", "waarvoorbellen", "whentocall",
                     "wanneer", "doorverwijzen", "voorwie"),
    "website": ("website", "site", "url", "internet", "webadres", "homepage", "web", "www"),
    "opening_hours": ("openingstijden", "openingstijd", "openingsuren", "bereikbaarheid",
                      "bereikbaar", "spreekuur", "openinghours", "hours"),
    "last_checked_on": ("laatstgecontroleerd", "gecontroleerdop", "gecontroleerd",
                        "laatstecontrole", "controledatum", "lastchecked", "lastcheckedon",
                        "checked"),
}  # fmt: skip
_VOLUNTEERS = {
    **_COMMON,
    "name": (*_COMMON["name"], "vrijwilliger", "naamvrijwilliger", "volunteer"),
    "first_name": ("voornaam", "roepnaam", "firstname", "givenname"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "tv", "infix"),
    "last_name": ("achternaam", "familienaam", "lastname", "surname", "familyname"),
    "skills": ("vaardigheden", "kan", "watkanenwilik", "watkanenwil", "taken", "interesses",
               "kanenwil", "skills", "tags", "hulp", "soorthulp", "wil", "activiteiten"),
    "availability": ("beschikbaar", "beschikbaarheid", "wanneerbeschikbaar", "availability",
                     "available", "dagdelen"),
    "limits": ("grenzen", "grens", "watniet", "liefstniet", "beperkingen", "limits", "limit"),
    "active": ("actief", "active", "status", "gepauzeerd"),
    "vog_on": ("vog", "vogdatum", "datumvog", "vogop", "vogafgegeven", "vogdate"),
}  # fmt: skip
ALIASES = {KAART: _KAART, VOLUNTEERS: _VOLUNTEERS}

_CONTACT_WORDS = {
    "name": ("naam", "name"),
    "role": ("functie", "rol", "role", "function"),
    "phone": ("telefoon", "telefoonnummer", "tel", "phone"),
    "email": ("email", "emailadres", "mail"),
}
_PERSON = "(?:contactpersoon|contactperson|contact)"
_PART = "|".join(w for words in _CONTACT_WORDS.values() for w in words)
_CONTACT_BEFORE = re.compile(rf"^({_PART})(?:van)?(?:de)?{_PERSON}(\d?)$")
_CONTACT_AFTER = re.compile(rf"^{_PERSON}(\d?)({_PART})?$")


def contact_field(index: int, part: str) -> str:
    return f"contact_{part}_{index}"


def _contact_part(word: str) -> str:
    return next(part for part, words in _CONTACT_WORDS.items() if word in words)


def _guess_contact(key: str) -> str | None:
    match = _CONTACT_BEFORE.match(key)
    if match:
        return contact_field(int(match.group(2) or 1), _contact_part(match.group(1)))
    match = _CONTACT_AFTER.match(key)
    if match:
        return contact_field(int(match.group(1) or 1), _contact_part(match.group(2) or "naam"))
    return None


def guess_field(kind: str, header: str) -> str | None:
    key = header_key(header)
    for name, aliases in ALIASES[kind].items():
        if key in aliases:
            return name
    return _guess_contact(key) if kind == KAART else None


def guess_mapping(kind: str, headers: tuple[str, ...] | list[str]) -> dict[int, str]:
    """Column index -> field; the first column wins when two headers mean the same field."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        found = guess_field(kind, header)
        if found and found not in mapping.values():
            mapping[index] = found
    return mapping


def field_keys(kind: str) -> list[str]:
    """Every field a column can be mapped to, in form order."""
    keys = list(ALIASES[kind])
    if kind == KAART:
        keys += [contact_field(i, p) for i in range(1, MAX_CONTACTS + 1) for p in CONTACT_PARTS]
    return keys


def has_name(kind: str, mapping: dict[int, str]) -> bool:
    fields = set(mapping.values())
    return "name" in fields or (kind == VOLUNTEERS and {"first_name", "last_name"} <= fields)


@dataclass
class ParsedRow:
    """One CSV row turned into record values; `problems` are warnings (a date not understood)."""

    line: int
    values: dict[str, str | int | None]
    contacts: list[dict[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")


def _date(row: ParsedRow, key: str, text: str) -> None:
    if not text:
        return
    try:
        row.values[key] = parse_date(text).isoformat()
    except ValueError:
        row.problems.append(("bad_date", text))


def _cells(mapping: dict[int, str], cells: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for index, key in mapping.items():
        if index < len(cells) and cells[index]:
            # Cells with line breaks stay whole; only the ends are trimmed.
            out[key] = unguard(cells[index].replace("\r\n", "\n").strip())
    return out


def parse_row(kind: str, mapping: dict[int, str], line: int, cells: tuple[str, ...]) -> ParsedRow:
    raw = _cells(mapping, cells)
    return _kaart_row(line, raw) if kind == KAART else _volunteer_row(line, raw)


def _clean_email(text: str) -> str:
    text = text.strip()
    return text[7:] if text.lower().startswith("mailto:") else text


_PLAIN_KAART = (
    "name", "category", "themes", "description", "when_to_call", "website", "address",
    "postcode", "city", "opening_hours", "remarks",
)  # fmt: skip


def _kaart_row(line: int, raw: dict[str, str]) -> ParsedRow:
    row = ParsedRow(line, {k: raw[k] for k in _PLAIN_KAART if k in raw})
    if "phone" in raw:
        row.values["phone"] = normalize_phone(raw["phone"])
    if "email" in raw:
        row.values["email"] = _clean_email(raw["email"])
    _date(row, "last_checked_on", raw.get("last_checked_on", ""))
    for index in range(1, MAX_CONTACTS + 1):
        contact = {p: raw.get(contact_field(index, p), "") for p in CONTACT_PARTS}
        if contact["name"] or contact["phone"] or contact["email"]:
            contact["phone"] = normalize_phone(contact["phone"])
            contact["email"] = _clean_email(contact["email"])
            contact["name"] = contact["name"] or contact["role"] or contact["phone"]
            row.contacts.append(contact)
    return row


def _volunteer_row(line: int, raw: dict[str, str]) -> ParsedRow:
    name = raw.get("name") or " ".join(
        raw[k] for k in ("first_name", "infix", "last_name") if raw.get(k)
    )
    row = ParsedRow(line, {"name": name} if name else {})
    for key in ("skills", "limits", "remarks"):
        if key in raw:
            row.values[key] = raw[key]
    place = " ".join(raw[k] for k in ("postcode", "city") if raw.get(k))
    address = ", ".join(part for part in (raw.get("address", ""), place) if part)
    if address:
        row.values["address"] = address
    if "phone" in raw:
        row.values["phone"] = normalize_phone(raw["phone"])
    if "email" in raw:
        row.values["email"] = _clean_email(raw["email"])
    _date(row, "vog_on", raw.get("vog_on", ""))
    _availability(row, raw.get("availability", ""))
    if "active" in raw:
        active = parse_active(raw["active"])
        if active is None:
            row.problems.append(("bad_active", raw["active"]))
        else:
            row.values["active"] = int(active)
    return row


def _availability(row: ParsedRow, text: str) -> None:
    if not text:
        return
    slots = parse_availability_text(text)
    if slots is None:
        # Not understood: keep her words in the remarks rather than lose them.
        remark = f"Beschikbaar: {text}"
        row.values["remarks"] = "\n".join(
            filter(None, (str(row.values.get("remarks") or ""), remark))
        )
        row.problems.append(("bad_availability", text))
    else:
        row.values["availability"] = dump_availability(slots)
