"""Dutch labels for the sociale kaart and volunteers (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dorpsboek.domain.columns import CONTACT_PARTS, KAART, MAX_CONTACTS, contact_field


def entry_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("Kaart", "Naam"),
        "category": QCoreApplication.translate("Kaart", "Categorie"),
        "themes": QCoreApplication.translate("Kaart", "Thema's"),
        "description": QCoreApplication.translate("Kaart", "Wat doen ze"),
        "when_to_call": QCoreApplication.translate("Kaart", "Wanneer bellen"),
        "phone": QCoreApplication.translate("Kaart", "Telefoon"),
        "email": QCoreApplication.translate("Kaart", "E-mail"),
        "website": QCoreApplication.translate("Kaart", "Website"),
        "address": QCoreApplication.translate("Kaart", "Adres"),
        "postcode": QCoreApplication.translate("Kaart", "Postcode"),
        "city": QCoreApplication.translate("Kaart", "Plaats"),
        "opening_hours": QCoreApplication.translate("Kaart", "Openingstijden"),
        "remarks": QCoreApplication.translate("Kaart", "Eigen notities"),
        "last_checked_on": QCoreApplication.translate("Kaart", "Laatst gecontroleerd"),
    }


def volunteer_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("Kaart", "Naam"),
        "first_name": QCoreApplication.translate("Kaart", "Voornaam"),
        "infix": QCoreApplication.translate("Kaart", "Tussenvoegsel"),
        "last_name": QCoreApplication.translate("Kaart", "Achternaam"),
        "phone": QCoreApplication.translate("Kaart", "Telefoon"),
        "email": QCoreApplication.translate("Kaart", "E-mail"),
        "address": QCoreApplication.translate("Kaart", "Adres"),
        "postcode": QCoreApplication.translate("Kaart", "Postcode"),
        "city": QCoreApplication.translate("Kaart", "Plaats"),
        "skills": QCoreApplication.translate("Kaart", "Kan en wil"),
        "availability": QCoreApplication.translate("Kaart", "Beschikbaar"),
        "limits": QCoreApplication.translate("Kaart", "Grenzen"),
        "active": QCoreApplication.translate("Kaart", "Actief"),
        "vog_on": QCoreApplication.translate("Kaart", "Datum VOG"),
        "remarks": QCoreApplication.translate("Kaart", "Notities"),
    }


def _contact_labels() -> dict[str, str]:
    parts = {
        "name": QCoreApplication.translate("Kaart", "Contactpersoon {n}"),
        "role": QCoreApplication.translate("Kaart", "Functie contactpersoon {n}"),
        "phone": QCoreApplication.translate("Kaart", "Telefoon contactpersoon {n}"),
        "email": QCoreApplication.translate("Kaart", "E-mail contactpersoon {n}"),
    }
    return {
        contact_field(n, p): parts[p].format(n=n)
        for n in range(1, MAX_CONTACTS + 1)
        for p in CONTACT_PARTS
    }


def field_labels(kind: str) -> dict[str, str]:
    """Every field a CSV column can go to, with the word she sees."""
    if kind == KAART:
        return {**entry_labels(), **_contact_labels()}
    return volunteer_labels()


def day_labels() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Kaart", "maandag"),
        QCoreApplication.translate("Kaart", "dinsdag"),
        QCoreApplication.translate("Kaart", "woensdag"),
        QCoreApplication.translate("Kaart", "donderdag"),
        QCoreApplication.translate("Kaart", "vrijdag"),
        QCoreApplication.translate("Kaart", "zaterdag"),
        QCoreApplication.translate("Kaart", "zondag"),
    )


def part_labels() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Kaart", "ochtend"),
        QCoreApplication.translate("Kaart", "middag"),
        QCoreApplication.translate("Kaart", "avond"),
    )


def skip_reason(reason: str, detail: str) -> str:
    texts = {
        "no_name": QCoreApplication.translate("Kaart", "er staat geen naam in"),
        "duplicate_in_book": QCoreApplication.translate("Kaart", "staat al in het boek"),
        "duplicate_in_file": QCoreApplication.translate("Kaart", "zelfde als regel {detail}"),
        "bad_date": QCoreApplication.translate(
            "Kaart", "datum '{detail}' niet herkend, leeg gelaten"
        ),
        "bad_availability": QCoreApplication.translate(
            "Kaart", "beschikbaarheid '{detail}' niet herkend, bij de notities gezet"
        ),
        "bad_active": QCoreApplication.translate(
            "Kaart", "'{detail}' bij actief niet herkend, actief gelaten"
        ),
    }
    return texts.get(reason, reason).format(detail=detail)
