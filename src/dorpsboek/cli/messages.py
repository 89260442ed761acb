"""Plain sentences for the command line, Dutch by default, English with DORPSBOEK_LANG=en."""

from __future__ import annotations

import os

from dorpsboek import failure_sentences

_NL: dict[str, str] = {
    "created": "Nieuw boek gemaakt: {path}",
    "passwd_done": "Het wachtwoord is veranderd.",
    "verify_ok": "Het boek is in orde. Gecontroleerd: {checks}.",
    "verify_bad": "Het boek is beschadigd: {problems}",
    "note_saved": "Notitie opgeslagen bij {person}.",
    "activity_saved": "Activiteit opgeslagen ({who}).",
    "activity_nobody": "zonder inwoner",
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
    "backup_done": "Reservekopie gemaakt: {path}",
    "restore_done": "Reservekopie teruggezet als nieuw boek: {path}",
    "demo_done": "Voorbeeldgegevens toegevoegd: {counts}",
    "no_hits": "Niets gevonden.",
    "gui_missing": "Het venster van Dorpsboek is nog niet beschikbaar. Het boek staat op: {path}",
    "target_exists": "Op {detail} staat al een bestand; kies een andere plek.",
    "same_passphrase": "De twee wachtwoorden zijn niet gelijk.",
}

_EN: dict[str, str] = {
    "created": "New book created: {path}",
    "passwd_done": "The passphrase was changed.",
    "verify_ok": "The book is in order. Checked: {checks}.",
    "verify_bad": "The book is damaged: {problems}",
    "note_saved": "Note saved for {person}.",
    "activity_saved": "Activity saved ({who}).",
    "activity_nobody": "no resident",
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
    "backup_done": "Backup made: {path}",
    "restore_done": "Backup restored as a new book: {path}",
    "demo_done": "Demo data added: {counts}",
    "no_hits": "Nothing found.",
    "gui_missing": "The Dorpsboek window is not available yet. The book is at: {path}",
    "target_exists": "There is already a file at {detail}; choose another place.",
    "same_passphrase": "The two passphrases are not the same.",
}


def language() -> str:
    return "en" if os.environ.get("DORPSBOEK_LANG", "nl").lower().startswith("en") else "nl"


def say(key: str, *, where: str = "", **values: object) -> str:
    """The command line's sentence for `key`: a failure from the one table both faces use
    (`failure_sentences`), anything else from this module's own words."""
    if failure_sentences.is_failure(key) or key not in _NL:
        return failure_sentences.sentence(key, language(), where=where, **values)
    template = (_EN if language() == "en" else _NL)[key]
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
