"""Dutch names of record kinds for the handover windows (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    labels = {
        "persons": QCoreApplication.translate("Handover", "Inwoner"),
        "notes": QCoreApplication.translate("Handover", "Notitie"),
        "help_requests": QCoreApplication.translate("Handover", "Hulpvraag"),
        "reminders": QCoreApplication.translate("Handover", "Herinnering"),
        "organisations": QCoreApplication.translate("Handover", "Sociale kaart"),
        "contact_persons": QCoreApplication.translate("Handover", "Contactpersoon"),
        "volunteers": QCoreApplication.translate("Handover", "Vrijwilliger"),
        "signals": QCoreApplication.translate("Handover", "Signaal"),
        "stories": QCoreApplication.translate("Handover", "Verhaal"),
        "activities": QCoreApplication.translate("Handover", "Activiteit"),
        "links": QCoreApplication.translate("Handover", "Koppeling"),
        "person_links": QCoreApplication.translate("Handover", "Relatie"),
    }
    return labels.get(kind, kind)


def count_label(kind: str, n: int) -> str:
    labels = {
        "persons": QCoreApplication.translate("Handover", "{n} inwoners"),
        "notes": QCoreApplication.translate("Handover", "{n} notities"),
        "help_requests": QCoreApplication.translate("Handover", "{n} hulpvragen"),
        "reminders": QCoreApplication.translate("Handover", "{n} herinneringen"),
        "organisations": QCoreApplication.translate("Handover", "{n} adressen op de sociale kaart"),
        "volunteers": QCoreApplication.translate("Handover", "{n} vrijwilligers"),
        "signals": QCoreApplication.translate("Handover", "{n} signalen"),
        "stories": QCoreApplication.translate("Handover", "{n} verhalen"),
        "activities": QCoreApplication.translate("Handover", "{n} activiteiten"),
    }
    return labels.get(kind, f"{{n}} {kind}").format(n=n)


def field_label(field: str) -> str:
    """The Dutch name of a column, for the side-by-side view of a conflict."""
    labels = {
        "name": QCoreApplication.translate("Handover", "naam"),
        "address": QCoreApplication.translate("Handover", "adres"),
        "phone": QCoreApplication.translate("Handover", "telefoon"),
        "email": QCoreApplication.translate("Handover", "e-mail"),
        "reach": QCoreApplication.translate("Handover", "bereikbaar"),
        "status": QCoreApplication.translate("Handover", "stand"),
        "remarks": QCoreApplication.translate("Handover", "opmerkingen"),
        "text": QCoreApplication.translate("Handover", "tekst"),
        "on_date": QCoreApplication.translate("Handover", "datum"),
        "due_on": QCoreApplication.translate("Handover", "datum"),
        "kind": QCoreApplication.translate("Handover", "soort"),
        "minutes": QCoreApplication.translate("Handover", "minuten"),
        "question": QCoreApplication.translate("Handover", "vraag"),
        "themes": QCoreApplication.translate("Handover", "thema's"),
        "done": QCoreApplication.translate("Handover", "klaar"),
        "description": QCoreApplication.translate("Handover", "omschrijving"),
        "skills": QCoreApplication.translate("Handover", "kan en wil"),
        "availability": QCoreApplication.translate("Handover", "beschikbaar"),
        "limits": QCoreApplication.translate("Handover", "grenzen"),
        "regular_contact": QCoreApplication.translate("Handover", "geregeld contact"),
        "deleted_at": QCoreApplication.translate("Handover", "verwijderd"),
    }
    return labels.get(field, field.replace("_", " "))
