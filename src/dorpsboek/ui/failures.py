"""Expected failures as one plain Dutch sentence each (translated); anything else is a bug."""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QCoreApplication

from dorpsboek import errors

log = logging.getLogger(__name__)


def sentence(exc: BaseException) -> str:
    """One sentence for the person in front of the screen; bugs are logged without details."""
    if isinstance(exc, errors.DorpsboekError):
        return _known(exc)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return QCoreApplication.translate(
                "Failures", "De schijf is vol. Maak ruimte vrij en probeer het opnieuw."
            )
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QCoreApplication.translate(
                "Failures", "Dorpsboek mag op deze plek niet lezen of schrijven."
            )
    if "disk i/o error" in str(exc).lower():  # not full (atomic.is_disk_full): broken or gone
        return QCoreApplication.translate(
            "Failures",
            "Lezen of schrijven op de schijf ging mis. Is de USB-stick eruit gehaald? "
            "Er is niets veranderd.",
        )
    # Only the type goes to the log: messages may hold personal data.
    log.error("unexpected failure: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "Failures", "Er ging iets mis in Dorpsboek zelf. Uw gegevens zijn niet aangetast."
    )


def _known(exc: errors.DorpsboekError) -> str:
    if isinstance(exc, errors.WrongPassphrase):
        return QCoreApplication.translate(
            "Failures", "Dit wachtwoord klopt niet. Probeer het nog eens."
        )
    if isinstance(exc, errors.NotABook):
        return QCoreApplication.translate("Failures", "Dit bestand is geen boek van Dorpsboek.")
    if isinstance(exc, errors.DamagedFile):
        return QCoreApplication.translate(
            "Failures",
            "Het boek is beschadigd en kan niet worden geopend; een reservekopie kan helpen.",
        )
    if isinstance(exc, errors.NewerFormat):
        return QCoreApplication.translate(
            "Failures",
            "Dit boek is gemaakt met een nieuwere versie van Dorpsboek; werk Dorpsboek bij.",
        )
    if isinstance(exc, errors.BookInUse):
        return QCoreApplication.translate(
            "Failures", "Het boek is al open, in een ander venster van Dorpsboek."
        )
    if isinstance(exc, errors.BookNotFound):
        return QCoreApplication.translate(
            "Failures", "Het boek is niet gevonden op de plek waar het hoort te staan."
        )
    if isinstance(exc, errors.BookExists):
        return QCoreApplication.translate("Failures", "Op deze plek staat al een boek.")
    if isinstance(exc, errors.DiskFull):
        return QCoreApplication.translate(
            "Failures", "De schijf is vol. Maak ruimte vrij en probeer het opnieuw."
        )
    if isinstance(exc, errors.WeakPassphrase):
        return QCoreApplication.translate(
            "Failures", "Dit wachtwoord is te kort: gebruik minstens 8 tekens."
        )
    if isinstance(exc, errors.PassphraseMissing):
        return QCoreApplication.translate("Failures", "Vul eerst een wachtwoord in.")
    if isinstance(exc, errors.NotARegularFile):
        return QCoreApplication.translate(
            "Failures", "Kies een gewoon bestand om in op te slaan, geen map of apparaat."
        )
    if isinstance(exc, errors.NotFound):
        return QCoreApplication.translate("Failures", "Dit gegeven bestaat niet meer.")
    return QCoreApplication.translate("Failures", "Dat lukte niet. Kijk of alles goed is ingevuld.")
