"""Plain sentences for the handover and emergency commands (Dutch, English with DORPSBOEK_LANG=en).

Kept apart from cli/messages.py so the handover area owns its words; unknown keys fall back to
the shared sentences.
"""

from __future__ import annotations

from dorpsboek.cli.messages import language, say

_NL: dict[str, str] = {
    "merge_sides": "uw versie {mine!r} | collega {theirs!r}",
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
    "drill_ok": "getest: het noodpakket van {date} opent met deze sleutel en is compleet "
    "({counts}). De proefkopie is gewist. Schrijf de datum op het noodblad.",
    "drill_behind": "Het boek is sindsdien veranderd; Dorpsboek werkt het noodpakket bij "
    "als u het boek sluit (of nu met: dorpsboek emergency refresh).",
    "kit_tested": "Noodpakket: laatst getest op {when}.",
    "kit_untested": "Noodpakket: nog nooit getest met de sleutel (dorpsboek emergency test).",
}

_EN: dict[str, str] = {
    "merge_sides": "your version {mine!r} | colleague {theirs!r}",
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
