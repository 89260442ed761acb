"""Every expected failure's one plain sentence, for both faces: the command line and the app.

Keyed by `DorpsboekError.key` (`errors.py`), plus three failures that are no class of ours:
`io_error` (a disk that broke or went away), `no_access` (a folder she may not write in) and
`bug`. A key may have a variant for where it is said: `key@bundle` when a handover package
was being read or written ("the package", not "the file"), `key@finish` for ending a
takeover, `key@app` where the window needs other words than the terminal (no command-line
options in the app).

Dutch and English side by side here, not in Qt's `.ts` files: the command line stays free of
Qt, and both faces must say the same thing. `tests/test_failure_sentences.py` checks that
every error class has both languages and that neither face has sentences of its own.
"""

from __future__ import annotations

Sentence = tuple[str, str]  # (Dutch, English)

SENTENCES: dict[str, Sentence] = {
    "failure": (
        "Dat is niet gelukt. Kijk of alles goed is ingevuld.",
        "That did not work. Check that everything is filled in correctly.",
    ),
    "usage": (
        "De opdracht is niet compleet of niet juist.",
        "The command is incomplete or not right.",
    ),
    "usage@app": (
        "Dat lukte niet. Kijk of alles goed is ingevuld.",
        "That did not work. Check that everything is filled in correctly.",
    ),
    "passphrase_missing": (
        "Het wachtwoord ontbreekt: {detail}.",
        "The passphrase is missing: {detail}.",
    ),
    "passphrase_missing@app": ("Vul eerst een wachtwoord in.", "Fill in a passphrase first."),
    "wrong_passphrase": (
        "Het wachtwoord klopt niet. Probeer het nog eens.",
        "The passphrase is not right. Try again.",
    ),
    "wrong_passphrase@bundle": (
        "Het wachtwoord of de sleutel past niet bij dit pakket.",
        "The passphrase or key does not fit this bundle.",
    ),
    "damaged_file": (
        "Het bestand is beschadigd of onvolledig; er is niets veranderd.",
        "The file is damaged or incomplete; nothing was changed.",
    ),
    "damaged_file@app": (
        "Het boek is beschadigd en kan niet worden geopend; een reservekopie kan helpen.",
        "The book is damaged and cannot be opened; a backup can help.",
    ),
    "damaged_file@bundle": (
        "Het pakket is beschadigd, onvolledig of veranderd; er is niets gemaakt of veranderd.",
        "The bundle is damaged, incomplete or altered; nothing was created or changed.",
    ),
    "not_a_book": (
        "Dit bestand is geen boek van Dorpsboek.",
        "This file is not a Dorpsboek book.",
    ),
    "newer_format": (
        "Dit bestand is gemaakt met een nieuwere versie van Dorpsboek; werk Dorpsboek eerst bij.",
        "This file was made by a newer version of Dorpsboek; update Dorpsboek first.",
    ),
    "newer_format@bundle": (
        "Dit pakket is gemaakt met een nieuwere versie van Dorpsboek; werk Dorpsboek eerst bij.",
        "This bundle was made by a newer version of Dorpsboek; update Dorpsboek first.",
    ),
    "book_in_use": (
        "Het boek is al geopend, in een ander venster of proces van Dorpsboek.",
        "The book is already open, in another Dorpsboek window or process.",
    ),
    "book_exists": (
        "Er staat al een boek op die plek; Dorpsboek overschrijft het niet.",
        "There is already a book there; Dorpsboek does not overwrite it.",
    ),
    "book_not_found": (
        "Er is geen boek gevonden op deze plek: {detail}.",
        "No book was found at this place: {detail}.",
    ),
    "disk_full": (
        "De schijf is vol; er is niets opgeslagen en er is niets verloren. "
        "Maak ruimte vrij en probeer het opnieuw.",
        "The disk is full; nothing was saved and nothing was lost. Free some space and try again.",
    ),
    "io_error": (
        "Lezen of schrijven op de schijf ging mis (is de USB-stick eruit gehaald?); "
        "er is niets veranderd.",
        "Reading or writing the disk failed (was the USB stick removed?); nothing was changed.",
    ),
    "no_access": (
        "Dorpsboek mag op deze plek niet lezen of schrijven.",
        "Dorpsboek may not read or write in this place.",
    ),
    "record_not_found": (
        "Dat gegeven staat niet (meer) in het boek.",
        "That record is not (or no longer) in the book.",
    ),
    "weak_passphrase": (
        "Kies een langer wachtwoord: minstens {detail} tekens.",
        "Choose a longer passphrase: at least {detail} characters.",
    ),
    "weak_bundle_passphrase": (
        "Dit wachtwoord is te zwak voor een pakket dat de deur uitgaat. "
        "Kies bijvoorbeeld: {suggestion}",
        "This passphrase is too weak for a bundle that leaves the laptop. "
        "For example: {suggestion}",
    ),
    "not_a_table": (
        "Dit bestand is geen tabel die Dorpsboek kan lezen "
        "(kies een CSV-bestand met een kolom Naam); er is niets veranderd.",
        "This file is not a table Dorpsboek can read "
        "(choose a CSV file with a Name column); nothing was changed.",
    ),
    "not_a_bundle": (
        "Dit bestand is geen Dorpsboek-pakket; er is niets gemaakt of veranderd.",
        "This file is not a Dorpsboek bundle; nothing was created or changed.",
    ),
    "foreign_return": (
        "Dit terugpakket hoort niet bij een overdracht uit dit boek; er is niets veranderd.",
        "This return bundle does not belong to a handover from this book; nothing was changed.",
    ),
    "stale_return": (
        "Dit terugpakket is ouder dan een terugpakket dat al is verwerkt; er is niets veranderd.",
        "This return bundle is older than one already merged; nothing was changed.",
    ),
    "no_good_backup": (
        "Er is geen goede reservekopie gevonden die met dit wachtwoord opent.",
        "No good backup was found that opens with this passphrase.",
    ),
    "not_damaged": (
        "Het boek is niet beschadigd; er is niets veranderd.",
        "The book is not damaged; nothing was changed.",
    ),
    "not_a_regular_file": (
        "Kies een gewoon bestand om in op te slaan, geen map of apparaat: {detail}.",
        "Choose an ordinary file to save to, not a folder or device: {detail}.",
    ),
    "records_exist": (
        "Deze voorbeeldgegevens staan al in het boek; kies een ander --seed. "
        "Er is niets toegevoegd.",
        "This demo data is already in the book; choose another --seed. Nothing was added.",
    ),
    "unknown_participant": (
        "Er staat niemand met de naam {detail} in het boek "
        "(inwoner, vrijwilliger of sociale kaart); er is niets opgeslagen.",
        "There is no one named {detail} in the book "
        "(resident, volunteer or sociale kaart); nothing was saved.",
    ),
    "unknown_resident": (
        "Er staat geen inwoner met de naam {detail} in het boek; er is niets veranderd.",
        "There is no resident named {detail} in the book; nothing was changed.",
    ),
    # ----- handover, emergency kit and team (their classes live beside their code) -------
    "owner_missing": (
        "Uw naam ontbreekt: zet uw naam achter --owner.",
        "Your name is missing: put your name after --owner.",
    ),
    "owner_missing@app": ("Vul eerst uw naam in.", "Fill in your name first."),
    "merge_unknown_id": (
        "Het nummer {detail} staat niet bij de conflicten of de wachtende verwijderingen van "
        "dit terugpakket; er is niets veranderd.",
        "The id {detail} is not among the conflicts or waiting deletions of this return "
        "bundle; nothing was changed.",
    ),
    "merge_double_choice": (
        "U kiest voor nummer {detail} zowel --theirs als --mine; kies er één. "
        "Er is niets veranderd.",
        "You chose both --theirs and --mine for id {detail}; choose one. Nothing was changed.",
    ),
    "erase_book_needs_yes": (
        "Dit wist het boek en zijn reservekopieën voorgoed; geef --yes als u dat zeker weet.",
        "This erases the book and its backups for good; give --yes if you are sure.",
    ),
    "no_emergency_kit": (
        "Er is nog geen noodpakket ingesteld. Doe eerst: dorpsboek emergency setup.",
        "No emergency kit is set up yet. First run: dorpsboek emergency setup.",
    ),
    "no_emergency_kit@app": (
        "Er is nog geen noodpakket ingesteld; stel het eerst in bij Overdracht.",
        "No emergency kit is set up yet; set it up first under Overdracht.",
    ),
    "no_emergency_folder": (
        "Er is geen map gekozen voor het noodpakket. Geef --dir MAP (bijvoorbeeld een USB-stick).",
        "No folder was chosen for the emergency bundle. Give --dir FOLDER (a USB stick, for "
        "example).",
    ),
    "no_emergency_folder@app": (
        "Er is geen map gekozen voor het noodpakket; kies eerst een map.",
        "No folder was chosen for the emergency bundle; choose a folder first.",
    ),
    "refresh_failed": (
        "Het noodpakket kon niet worden bijgewerkt: de map {detail} is er niet of is niet "
        "beschrijfbaar. Het vorige noodpakket is bewaard.",
        "The emergency bundle could not be refreshed: the folder {detail} is missing or not "
        "writable. The previous one was kept.",
    ),
    "not_from_handover": (
        "Dit boek is niet uit een overdrachtspakket geopend; er is niets om terug te geven.",
        "This book was not opened from a handover bundle; there is nothing to return.",
    ),
    "not_from_handover@finish": (
        "Dit boek is niet uit een overdrachtspakket geopend; er is niets gewist.",
        "This book was not opened from a handover bundle; nothing was erased.",
    ),
    "no_bundle": (
        "Er staat geen noodpakket in {detail}. Is de USB-stick aangesloten? Geef anders --dir MAP.",
        "There is no emergency bundle in {detail}. Is the USB stick plugged in? Otherwise "
        "give --dir FOLDER.",
    ),
    "no_bundle@app": (
        "Er staat geen noodpakket in {detail}. Is de USB-stick aangesloten?",
        "There is no emergency bundle in {detail}. Is the USB stick plugged in?",
    ),
    "kit_exists": (
        "Er is al een noodpakket. Met --replace maakt u een nieuwe sleutel; het oude noodblad "
        "werkt dan niet meer voor nieuwe pakketten.",
        "There is already an emergency kit. With --replace you make a new key; the old sheet "
        "then no longer opens new bundles.",
    ),
    "kit_exists@app": ("Er is al een noodpakket.", "There is already an emergency kit."),
    "key_missing": (
        "De sleutel ontbreekt: geef --key-file of --shares-file, of zet DORPSBOEK_EMERGENCY_KEY.",
        "The key is missing: give --key-file or --shares-file, or set DORPSBOEK_EMERGENCY_KEY.",
    ),
    "key_missing@app": (
        "Vul eerst de sleutel van het noodblad in.",
        "Fill in the key from the emergency sheet first.",
    ),
    "no_return_written": (
        "Uit dit boek is nog geen terugpakket gemaakt; er is niets gewist. Maak eerst het "
        "terugpakket (dorpsboek handover return).",
        "No return bundle was made from this book yet; nothing was erased. First make the "
        "return bundle (dorpsboek handover return).",
    ),
    "no_return_written@app": (
        "Uit dit boek is nog geen terugpakket gemaakt; er is niets gewist. Maak eerst het "
        "terugpakket.",
        "No return bundle was made from this book yet; nothing was erased. First make the "
        "return bundle.",
    ),
    "changed_since_return": (
        "Na het laatste terugpakket is er nog iets veranderd; er is niets gewist. Maak een "
        "nieuw terugpakket, of geef --discard-changes.",
        "Something changed after the last return bundle; nothing was erased. Make a new "
        "return bundle, or give --discard-changes.",
    ),
    "changed_since_return@app": (
        "Na het laatste terugpakket is er nog iets veranderd; er is niets gewist. Maak eerst "
        "een nieuw terugpakket.",
        "Something changed after the last return bundle; nothing was erased. First make a "
        "new return bundle.",
    ),
    "no_team": (
        "Dit boek hoort nog niet bij een team; begin er een met 'team create'.",
        "This book is not part of a team yet; start one with 'team create'.",
    ),
    "no_team@app": (
        "Dit boek hoort nog niet bij een team; begin er eerst een.",
        "This book is not part of a team yet; start one first.",
    ),
    "already_in_team": (
        "Dit boek hoort al bij een team; er is niets veranderd.",
        "This book is already part of a team; nothing was changed.",
    ),
    "foreign_package": (
        "Dit pakket hoort niet bij het team van dit boek; er is niets veranderd.",
        "This package belongs to another team; nothing was changed.",
    ),
    "bug": (
        "Er ging iets mis in Dorpsboek zelf. Uw gegevens zijn niet aangetast.",
        "Something went wrong inside Dorpsboek itself. Your data is unharmed.",
    ),
}


def is_failure(key: str) -> bool:
    return key in SENTENCES


def sentence(key: str, language: str = "nl", *, where: str = "", **values: object) -> str:
    """The sentence for `key`, in `language` ("nl" or "en"), worded for `where` if it has a
    variant there. A value that is missing or empty shortens the sentence to what comes
    before it (never a "{detail}" on screen)."""
    row = SENTENCES.get(f"{key}@{where}") if where else None
    row = row or SENTENCES.get(key) or SENTENCES["failure"]
    template = row[1 if language == "en" else 0]
    given = {name: value for name, value in values.items() if value not in ("", None)}
    try:
        return template.format(**given)
    except (KeyError, IndexError):
        return template.split("{", 1)[0].rstrip(" :(") + "."
