"""Plain sentences for the handover and emergency commands (Dutch, English with DORPSBOEK_LANG=en).

Kept apart from cli/messages.py so the handover area owns its words; unknown keys fall back to
the shared sentences.
"""

from __future__ import annotations

from dorpsboek.cli.messages import language, say

_NL: dict[str, str] = {
    "not_from_handover": "Dit boek is niet uit een overdrachtspakket geopend; "
    "er is niets om terug te geven.",
    "no_emergency_kit": "Er is nog geen noodpakket ingesteld. "
    "Doe eerst: dorpsboek emergency setup.",
    "merge_sides": "uw versie {mine!r} | collega {theirs!r}",
    "no_emergency_folder": "Er is geen map gekozen voor het noodpakket. "
    "Geef --dir MAP (bijvoorbeeld een USB-stick).",
    "refresh_failed": "Het noodpakket kon niet worden bijgewerkt: de map {detail} is er niet "
    "of is niet beschrijfbaar. Het vorige noodpakket is bewaard.",
    "kit_exists": "Er is al een noodpakket. Met --replace maakt u een nieuwe sleutel; "
    "het oude noodblad werkt dan niet meer voor nieuwe pakketten.",
    "key_missing": "De sleutel ontbreekt: geef --key-file of --shares-file, "
    "of zet DORPSBOEK_EMERGENCY_KEY.",
    "exported": "Overdrachtspakket geschreven: {path}",
    "exported_counts": "Het bevat {counts}.",
    "sleutelbrief_done": "Sleutelbrief voor uw collega geschreven: {path}",
    "summary": "Pakket van {by}, gemaakt op {date} ({kind}). Inhoud: {counts}.",
    "expected_return": "Verwachte terugkeer: {date}.",
    "opened": "Nieuw boek gemaakt: {path}. Lees eerst de overdrachtsbrief.",
    "returned": "Terugpakket geschreven: {path}. Geef het aan {owner}.",
    "merge_head": "Terugpakket van {by} ({date}) verwerkt.",
    "merge_added": "Toegevoegd: {n}",
    "merge_changed": "Overgenomen wijzigingen: {n}",
    "merge_deleted": "Verwijderd (bevestigd): {n}",
    "merge_resolved": "Conflicten beslist: {n}",
    "merge_unchanged": "Al gelijk: {n}",
    "merge_skipped_erased": "Niet teruggezet, want gewist: {n}",
    "merge_erased_here": "Inwoners die uw collega heeft gewist, ook hier gewist: {n}",
    "merge_pending": "Verwijderingen die op uw bevestiging wachten ({n}); bevestig er één met "
    "--delete NUMMER, of allemaal met --confirm-deletions:",
    "merge_conflicts": "Aan beide kanten veranderd ({n}); er is niets overschreven. Kies per "
    "gegeven met --theirs NUMMER of --mine NUMMER, of voor alles met --take-theirs of --take-mine:",
    "merge_id": "nummer {id}",
    "merge_kept": "Uw eigen versie gehouden: {n}",
    "merge_unknown_id": "Het nummer {detail} staat niet bij de conflicten of de wachtende "
    "verwijderingen van dit terugpakket; er is niets veranderd.",
    "merge_double_choice": "U kiest voor nummer {detail} zowel --theirs als --mine; kies er één. "
    "Er is niets veranderd.",
    "owner_missing": "Uw naam ontbreekt: zet uw naam achter --owner.",
    "owner_guessed": "Op het pakket staat de naam {name!r}. Geef met --owner uw eigen naam; "
    "Dorpsboek onthoudt die.",
    "merge_nothing": "Er was niets nieuws in dit terugpakket.",
    "kit_made": "Noodpakket ingesteld. Het noodblad staat in: {path}. Druk het af, stop het "
    "in een dichte envelop en wis het bestand daarna.",
    "kit_shares": "De sleutel is verdeeld over {n} vertrouwenspersonen; {k} samen kunnen het "
    "pakket openen.",
    "refreshed": "Noodpakket bijgewerkt: {path}",
    "kit_status": "Noodpakket: laatst bijgewerkt {when}.",
    "kit_never": "Noodpakket: nog nooit bijgewerkt.",
    "kit_error": "Let op: het bijwerken ging de laatste keer mis.",
    "suggestion": "Voorstel voor een wachtwoord: {words}",
    "no_bundle": "Er staat geen noodpakket in {detail}. Is de USB-stick aangesloten? "
    "Geef anders --dir MAP.",
    "drill_ok": "getest: het noodpakket van {date} opent met deze sleutel en is compleet "
    "({counts}). De proefkopie is gewist. Schrijf de datum op het noodblad.",
    "drill_behind": "Het boek is sindsdien veranderd; Dorpsboek werkt het noodpakket bij "
    "als u het boek sluit (of nu met: dorpsboek emergency refresh).",
    "kit_tested": "Noodpakket: laatst getest op {when}.",
    "kit_untested": "Noodpakket: nog nooit getest met de sleutel (dorpsboek emergency test).",
}

_EN: dict[str, str] = {
    "not_from_handover": "This book was not opened from a handover bundle; there is nothing "
    "to return.",
    "merge_sides": "your version {mine!r} | colleague {theirs!r}",
    "no_emergency_kit": "No emergency kit is set up yet. First run: dorpsboek emergency setup.",
    "no_emergency_folder": "No folder was chosen for the emergency bundle. Give --dir FOLDER "
    "(a USB stick, for example).",
    "refresh_failed": "The emergency bundle could not be refreshed: the folder {detail} is "
    "missing or not writable. The previous one was kept.",
    "kit_exists": "There is already an emergency kit. With --replace you make a new key; the "
    "old sheet then no longer opens new bundles.",
    "key_missing": "The key is missing: give --key-file or --shares-file, or set "
    "DORPSBOEK_EMERGENCY_KEY.",
    "exported": "Handover bundle written: {path}",
    "exported_counts": "It holds {counts}.",
    "sleutelbrief_done": "Key letter for your colleague written: {path}",
    "summary": "Bundle from {by}, made on {date} ({kind}). Contents: {counts}.",
    "expected_return": "Expected return: {date}.",
    "opened": "New book created: {path}. Read the handover letter first.",
    "returned": "Return bundle written: {path}. Give it to {owner}.",
    "merge_head": "Return bundle from {by} ({date}) merged.",
    "merge_added": "Added: {n}",
    "merge_changed": "Changes taken over: {n}",
    "merge_deleted": "Deleted (confirmed): {n}",
    "merge_resolved": "Conflicts decided: {n}",
    "merge_unchanged": "Already the same: {n}",
    "merge_skipped_erased": "Not brought back, because erased: {n}",
    "merge_erased_here": "Residents your colleague erased, erased here too: {n}",
    "merge_pending": "Deletions waiting for your confirmation ({n}); confirm one with "
    "--delete ID, or all of them with --confirm-deletions:",
    "merge_conflicts": "Changed on both sides ({n}); nothing was overwritten. Choose per record "
    "with --theirs ID or --mine ID, or for all with --take-theirs or --take-mine:",
    "merge_id": "id {id}",
    "merge_kept": "Your own version kept: {n}",
    "merge_unknown_id": "The id {detail} is not among the conflicts or waiting deletions of this "
    "return bundle; nothing was changed.",
    "merge_double_choice": "You chose both --theirs and --mine for id {detail}; choose one. "
    "Nothing was changed.",
    "owner_missing": "Your name is missing: put your name after --owner.",
    "owner_guessed": "The bundle carries the name {name!r}. Give your own name with --owner; "
    "Dorpsboek remembers it.",
    "merge_nothing": "There was nothing new in this return bundle.",
    "kit_made": "Emergency kit set up. The emergency sheet is in: {path}. Print it, seal it in "
    "an envelope and then delete the file.",
    "kit_shares": "The key is split over {n} trustees; {k} of them together can open the bundle.",
    "refreshed": "Emergency bundle refreshed: {path}",
    "kit_status": "Emergency bundle: last refreshed {when}.",
    "kit_never": "Emergency bundle: never refreshed yet.",
    "kit_error": "Note: the last refresh failed.",
    "suggestion": "Suggested passphrase: {words}",
    "no_bundle": "There is no emergency bundle in {detail}. Is the USB stick plugged in? "
    "Otherwise give --dir FOLDER.",
    "drill_ok": "tested (getest): the emergency bundle of {date} opens with this key and is "
    "complete ({counts}). The trial copy was erased. Write the date on the emergency sheet.",
    "drill_behind": "The book has changed since; Dorpsboek refreshes the emergency bundle when "
    "you close the book (or now with: dorpsboek emergency refresh).",
    "kit_tested": "Emergency bundle: last tested on {when}.",
    "kit_untested": "Emergency bundle: never tested with the key (dorpsboek emergency test).",
}


_KIND_WORDS = {
    "nl": {"handover": "overdrachtspakket", "emergency": "noodpakket", "return": "terugpakket"},
    "en": {"handover": "handover bundle", "emergency": "emergency bundle", "return": "return"},
}


def kind_word(kind: str) -> str:
    return _KIND_WORDS["en" if language() == "en" else "nl"].get(kind, kind)


def hsay(key: str, **values: object) -> str:
    """A handover command's sentence; a failure is worded for a package (`key@bundle`)."""
    table = _EN if language() == "en" else _NL
    if key not in table:
        return say(key, where="bundle", **values)
    try:
        return table[key].format(**values)
    except (KeyError, IndexError):
        return table[key].split(":")[0] + "."
