"""Expected failures as one plain sentence each, from the table both faces use
(`dorpsboek.failure_sentences`), in the window's language; anything else is a bug."""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QLocale

from dorpsboek import errors, failure_sentences
from dorpsboek.atomic import is_disk_full

log = logging.getLogger(__name__)


def language() -> str:
    """The window's language: i18n.install sets the default locale to match it."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def say(key: str, **values: object) -> str:
    return failure_sentences.sentence(key, language(), where="app", **values)


def sentence(exc: BaseException) -> str:
    """One sentence for the person in front of the screen; bugs are logged without details."""
    if isinstance(exc, errors.DorpsboekError):
        return say(exc.key, detail=exc.detail)
    if is_disk_full(exc):
        return say("disk_full")
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return say("no_access")
    if "disk i/o error" in str(exc).lower():  # not full (atomic.is_disk_full): broken or gone
        return say("io_error")
    # Only the type goes to the log: messages may hold personal data.
    log.error("unexpected failure: %s", type(exc).__name__)
    return say("bug")
