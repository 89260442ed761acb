"""Plain sentences for the command line, Dutch by default, English with DORPSBOEK_LANG=en."""

from __future__ import annotations

import os

_NL: dict[str, str] = {
    "failure": "Dat is niet gelukt.",
    "usage": "De opdracht is niet compleet of niet juist.",
    "passphrase_missing": "Het wachtwoord ontbreekt: {detail}.",
    "wrong_passphrase": "Het wachtwoord klopt niet.",
    "damaged_file": "Het bestand is beschadigd of onvolledig; er is niets veranderd.",
    "not_a_book": "Dit bestand is geen Dorpsboek.",
    "newer_format": "Dit bestand is gemaakt met een nieuwere versie van Dorpsboek; "
    "werk Dorpsboek eerst bij.",
    "book_in_use": "Dit boek is al geopend in een ander Dorpsboek-venster of -proces.",
    "book_exists": "Er staat al een boek op die plek; Dorpsboek overschrijft het niet.",
    "book_not_found": "Er is geen boek gevonden op {detail}.",
    "disk_full": "De schijf is vol; er is niets opgeslagen en er is niets verloren.",
    "io_error": "Lezen of schrijven op de schijf ging mis (is de USB-stick eruit gehaald?); "
    "er is niets veranderd.",
    "record_not_found": "Dat gegeven staat niet (meer) in het boek.",
    "weak_passphrase": "Kies een langer wachtwoord: minstens {detail} tekens.",
    "bug": "Er ging iets onverwachts mis (een fout in Dorpsboek). Er is niets verloren.",
    "created": "Nieuw boek gemaakt: {path}",
    "passwd_done": "Het wachtwoord is veranderd.",
    "verify_ok": "Het boek is in orde. Gecontroleerd: {checks}.",
    "verify_bad": "Het boek is beschadigd: {problems}",
    "note_saved": "Notitie opgeslagen bij {person}.",
    "activity_saved": "Activiteit opgeslagen ({who}).",
    "activity_nobody": "zonder inwoner",
    "unknown_participant": "Er staat niemand met de naam {detail} in het boek "
    "(inwoner, vrijwilliger of sociale kaart); er is niets opgeslagen.",
    "resident_set": "Gegevens van {person} bijgewerkt.",
    "today_reminders": "Herinneringen voor vandaag of eerder: {n}",
    "today_contact": "Geregeld contact, nu aan de beurt: {n}",
    "today_contact_line": "{name} ({every}), laatste contact: {last}",
    "every_day": "elke dag",
    "every_days": "elke {n} dagen",
    "every_week": "elke week",
    "every_weeks": "elke {n} weken",
    "today_never": "nog nooit",
    "today_signals": "Is dit een signaal? {n}",
    "today_signal_line": "#{tag}: {residents} inwoners, {notes} notities",
    "today_kit_test": "Test het noodpakket met de sleutel (dorpsboek emergency test).",
    "reminder_saved": "Herinnering opgeslagen voor {day}: {id}",
    "reminder_done": "Herinnering afgevinkt.",
    "reminder_next": "Herinnering afgevinkt; de volgende staat op {day}: {id}",
    "unknown_resident": "Er staat geen inwoner met de naam {detail} in het boek; "
    "er is niets veranderd.",
    "backup_done": "Reservekopie gemaakt: {path}",
    "restore_done": "Reservekopie teruggezet als nieuw boek: {path}",
    "demo_done": "Voorbeeldgegevens toegevoegd: {counts}",
    "no_hits": "Niets gevonden.",
    "gui_missing": "Het venster van Dorpsboek is nog niet beschikbaar. Het boek staat op: {path}",
    "target_exists": "Op {detail} staat al een bestand; kies een andere plek.",
    "same_passphrase": "De twee wachtwoorden zijn niet gelijk.",
    "not_a_regular_file": "Kies een gewoon bestand om in op te slaan, geen map of apparaat: "
    "{detail}.",
    "no_good_backup": "Er is geen goede reservekopie gevonden die met dit wachtwoord opent.",
    "not_damaged": "Het boek is niet beschadigd; er is niets veranderd.",
    "records_exist": "Deze voorbeeldgegevens staan al in het boek; kies een ander --seed. "
    "Er is niets toegevoegd.",
}

_EN: dict[str, str] = {
    "failure": "That did not work.",
    "usage": "The command is incomplete or not right.",
    "passphrase_missing": "The passphrase is missing: {detail}.",
    "wrong_passphrase": "The passphrase is not right.",
    "damaged_file": "The file is damaged or incomplete; nothing was changed.",
    "not_a_book": "This file is not a Dorpsboek book.",
    "newer_format": "This file was made by a newer version of Dorpsboek; update Dorpsboek first.",
    "book_in_use": "This book is already open in another Dorpsboek window or process.",
    "book_exists": "There is already a book there; Dorpsboek does not overwrite it.",
    "book_not_found": "No book was found at {detail}.",
    "disk_full": "The disk is full; nothing was saved and nothing was lost.",
    "io_error": "Reading or writing the disk failed (was the USB stick removed?); nothing was "
    "changed.",
    "record_not_found": "That record is not (or no longer) in the book.",
    "weak_passphrase": "Choose a longer passphrase: at least {detail} characters.",
    "bug": "Something unexpected went wrong (a bug in Dorpsboek). Nothing was lost.",
    "created": "New book created: {path}",
    "passwd_done": "The passphrase was changed.",
    "verify_ok": "The book is in order. Checked: {checks}.",
    "verify_bad": "The book is damaged: {problems}",
    "note_saved": "Note saved for {person}.",
    "activity_saved": "Activity saved ({who}).",
    "activity_nobody": "no resident",
    "unknown_participant": "There is no one named {detail} in the book "
    "(resident, volunteer or sociale kaart); nothing was saved.",
    "resident_set": "Details of {person} updated.",
    "today_reminders": "Reminders for today or earlier: {n}",
    "today_contact": "Regular contact, due now: {n}",
    "today_contact_line": "{name} ({every}), last contact: {last}",
    "every_day": "every day",
    "every_days": "every {n} days",
    "every_week": "every week",
    "every_weeks": "every {n} weeks",
    "today_never": "never",
    "today_signals": "Is this a signal? {n}",
    "today_signal_line": "#{tag}: {residents} residents, {notes} notes",
    "today_kit_test": "Test the emergency bundle with the key (dorpsboek emergency test).",
    "reminder_saved": "Reminder saved for {day}: {id}",
    "reminder_done": "Reminder marked done.",
    "reminder_next": "Reminder marked done; the next one is on {day}: {id}",
    "unknown_resident": "There is no resident named {detail} in the book; nothing was changed.",
    "backup_done": "Backup made: {path}",
    "restore_done": "Backup restored as a new book: {path}",
    "demo_done": "Demo data added: {counts}",
    "no_hits": "Nothing found.",
    "gui_missing": "The Dorpsboek window is not available yet. The book is at: {path}",
    "target_exists": "There is already a file at {detail}; choose another place.",
    "same_passphrase": "The two passphrases are not the same.",
    "not_a_regular_file": "Choose an ordinary file to save to, not a folder or device: {detail}.",
    "no_good_backup": "No good backup was found that opens with this passphrase.",
    "not_damaged": "The book is not damaged; nothing was changed.",
    "records_exist": "This demo data is already in the book; choose another --seed. "
    "Nothing was added.",
}


def language() -> str:
    return "en" if os.environ.get("DORPSBOEK_LANG", "nl").lower().startswith("en") else "nl"


def say(key: str, **values: object) -> str:
    table = _EN if language() == "en" else _NL
    template = table.get(key, table["failure"])
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template.split(":")[0] + "."


_COUNT_WORDS = {
    "nl": {
        "persons": "inwoners",
        "notes": "notities",
        "help_requests": "hulpvragen",
        "reminders": "herinneringen",
        "organisations": "adressen op de sociale kaart",
        "volunteers": "vrijwilligers",
        "signals": "signalen",
        "stories": "verhalen",
        "activities": "activiteiten",
    },
    "en": {
        "persons": "residents",
        "notes": "notes",
        "help_requests": "help requests",
        "reminders": "reminders",
        "organisations": "entries on the sociale kaart",
        "volunteers": "volunteers",
        "signals": "signals",
        "stories": "stories",
        "activities": "activities",
    },
}


def count_lines(counts: dict[str, int]) -> list[str]:
    """'inwoners: 30' per kind in her language (`--json` keeps the contract's keys)."""
    words = _COUNT_WORDS[language()]
    return [f"{words.get(k, k)}: {v}" for k, v in counts.items()]


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(count_lines(counts))
