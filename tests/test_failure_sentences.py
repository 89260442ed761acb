"""One table of failure sentences for both faces: every error class has its sentence in Dutch
and English, the command line and the window say the same thing, and neither keeps sentences
of its own (the issue found five tables, and the app covering 11 of 19 classes)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import dorpsboek
from dorpsboek import errors, failure_sentences
from dorpsboek.cli import messages
from dorpsboek.cli.handover_messages import hsay
from dorpsboek.failure_sentences import SENTENCES, sentence
from dorpsboek.ui import failures

SRC = Path(__file__).parents[1] / "src" / "dorpsboek"


def _classes(base: type[errors.DorpsboekError]) -> Iterator[type[errors.DorpsboekError]]:
    for cls in base.__subclasses__():
        yield cls
        yield from _classes(cls)


# Error classes live beside their code too (handover, team, emergency kit, CLI commands):
# import every module below the window so the list does not depend on what ran before.
for _module in pkgutil.walk_packages(dorpsboek.__path__, "dorpsboek."):
    if not _module.name.startswith("dorpsboek.ui"):
        importlib.import_module(_module.name)

CLASSES = [errors.DorpsboekError, *_classes(errors.DorpsboekError)]


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_error_class_has_its_own_key_and_a_sentence_in_both_languages() -> None:
    keys = [cls.key for cls in CLASSES]
    assert len(keys) == len(set(keys)), "two error classes share a key"
    for cls in CLASSES:
        nl, en = SENTENCES[cls.key]
        assert nl.strip() and en.strip(), cls.__name__
    for key, (nl, en) in SENTENCES.items():
        assert _fields(nl) == _fields(en), key  # the same values fit both languages
        assert key.split("@")[0] in {c.key for c in CLASSES} | {"io_error", "no_access", "bug"}
    assert len(CLASSES) > 35  # the classes outside errors.py are in the list


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_both_faces_say_the_tables_sentence(
    cls: type[errors.DorpsboekError], monkeypatch: pytest.MonkeyPatch
) -> None:
    exc = cls("Elsloo")
    monkeypatch.setenv("DORPSBOEK_LANG", "nl")
    cli = messages.say(exc.key, detail=exc.detail)
    assert cli == sentence(exc.key, "nl", detail="Elsloo")
    app = failures.sentence(exc)
    assert app == sentence(exc.key, "nl", where="app", detail="Elsloo")
    if f"{exc.key}@app" not in SENTENCES:
        assert app == cli  # one sentence, two faces
    assert "{" not in cli and "{" not in app


def test_the_window_no_longer_calls_a_table_or_a_bundle_a_damaged_book() -> None:
    table = failures.sentence(errors.NotATable())
    bundle = failures.sentence(errors.NotABundle())
    book = failures.sentence(errors.DamagedFile())
    assert "tabel" in table and "pakket" in bundle and "boek" in book
    assert len({table, bundle, book}) == 3


def test_a_missing_or_empty_value_never_shows_braces() -> None:
    for key, (nl, en) in SENTENCES.items():
        base, _, where = key.partition("@")
        for language, text in (("nl", nl), ("en", en)):
            said = sentence(base, language, where=where, detail="")
            assert "{" not in said and said.endswith((".", "!")), (key, said)
            if _fields(text):
                assert said == text.split("{", 1)[0].rstrip(" :(") + "."


def test_a_package_is_called_a_package_on_the_handover_commands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DORPSBOEK_LANG", "nl")
    assert hsay("wrong_passphrase") == "Het wachtwoord of de sleutel past niet bij dit pakket."
    assert messages.say("wrong_passphrase") == "Het wachtwoord klopt niet. Probeer het nog eens."
    weak = hsay("weak_bundle_passphrase", suggestion="paard-batterij-niet-zes")
    assert weak.endswith("Kies bijvoorbeeld: paard-batterij-niet-zes")
    monkeypatch.setenv("DORPSBOEK_LANG", "en")
    assert messages.say("disk_full").startswith("The disk is full; nothing was saved")


def test_the_window_speaks_english_when_it_runs_in_english() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    try:
        assert failures.sentence(errors.WrongPassphrase()) == (
            "The passphrase is not right. Try again."
        )
        assert failures.sentence(OSError(28, "No space left on device")).startswith(
            "The disk is full"
        )
    finally:
        QLocale.setDefault(before)
    assert failures.sentence(errors.WrongPassphrase()).startswith("Het wachtwoord")


def _string_keys(tree: ast.Module) -> set[str]:
    keys: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys |= {k.value for k in node.keys if isinstance(k, ast.Constant)}
    return {k for k in keys if isinstance(k, str)}


def test_no_face_keeps_failure_sentences_of_its_own() -> None:
    failure_keys = {key for key in SENTENCES if "@" not in key}
    for path in sorted((SRC / "cli").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = _string_keys(tree) & failure_keys
        assert not own, f"{path.name} has its own sentence for {sorted(own)}"
    ui = (SRC / "ui" / "failures.py").read_text(encoding="utf-8")
    assert "QCoreApplication" not in ui and ".tr(" not in ui  # no sentences of its own
    assert failure_sentences.__file__.endswith("failure_sentences.py")
