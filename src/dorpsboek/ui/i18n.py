"""Translations: compile the Qt Linguist `.ts` files to `.qm`, load them, find missing ones.

Dutch is the source language (strings in the code are Dutch). English lives in
`resources/i18n/en/<area>.ts`, one file per area. `.qm` files are build output: they are
compiled on demand (when missing or older than their `.ts`) into `build/i18n/` of the source
tree, or into the user cache folder when the source tree is not writable.
Command line: `python -m dorpsboek.ui.i18n build` (compile) and `... check` (list missing).
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

PACKAGE = Path(__file__).resolve().parents[1]
SOURCE_TREE = PACKAGE.parents[1]
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
LUPDATE_OPTIONS = ("-source-language", "nl_NL", "-target-language", "en", "-locations", "absolute")


def ts_root() -> Path:
    """Where the `.ts` files live: inside the package (wheel, frozen app) or in the checkout."""
    from dorpsboek.ui.resources import resources_dir

    return resources_dir() / "i18n"


def qm_root() -> Path:
    build = SOURCE_TREE / "build" / "i18n"
    if (SOURCE_TREE / "pyproject.toml").exists() and os.access(SOURCE_TREE, os.W_OK):
        return build
    from platformdirs import user_cache_dir

    from dorpsboek.paths import APP

    return Path(user_cache_dir(APP, appauthor=False)) / "i18n"


def _tool(name: str) -> str:
    """The Qt Linguist tool shipped inside the PySide6 wheel (lrelease, lupdate)."""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def _run_tool(name: str, *args: str) -> None:
    """Run lrelease or lupdate; raises CalledProcessError (or OSError) when it fails."""
    import subprocess  # here: the app starting in Dutch never runs a tool (~5 ms at start)

    subprocess.run([_tool(name), *args], check=True, capture_output=True)


def ts_files(language: str) -> list[Path]:
    return sorted((ts_root() / language).glob("*.ts"))


def compile_language(language: str, force: bool = False) -> list[Path]:
    """Compile every `.ts` of a language whose `.qm` is missing or stale; return all `.qm`."""
    out_dir = qm_root() / language
    compiled = []
    for ts in ts_files(language):
        qm = out_dir / f"{ts.stem}.qm"
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out_dir.mkdir(parents=True, exist_ok=True)
            _run_tool("lrelease", "-silent", str(ts), "-qm", str(qm))
        compiled.append(qm)
    return compiled


def normalise(language: str) -> str:
    language = (language or DEFAULT_LANGUAGE).lower()[:2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own strings and ours for `language`; keep the returned list alive."""
    language = normalise(language)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    files: list[Path] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in (f"qtbase_{language}.qm", f"qt_{language}.qm"):
        if (qt_dir / name).exists():
            files.append(qt_dir / name)
            break
    if language != "nl":
        files.extend(_compiled_or_shipped(language))
    loaded = []
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def _compiled_or_shipped(language: str) -> list[Path]:
    """Compile stale `.ts` files; a packaged app without lrelease uses `.qm` shipped beside them."""
    import subprocess  # for its error only: see _run_tool

    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        return compile_language(language)
    return sorted((ts_root() / language).glob("*.qm"))  # else the app still works, in Dutch


def uninstall(app: QCoreApplication, translators: list[Any]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


# ----- finding strings without a translation -------------------------------------------------


@dataclass(frozen=True)
class Missing:
    context: str
    source: str
    where: str  # file:line of the first occurrence

    def __str__(self) -> str:
        return f"{self.where}: [{self.context}] {self.source!r}"


def extract(sources: list[Path], out: Path) -> None:
    """Run lupdate over Python files into a fresh `.ts` (only used to list what needs work)."""
    _run_tool("lupdate", *map(str, sources), *LUPDATE_OPTIONS, "-ts", str(out))


def _messages(ts: Path) -> list[tuple[str, str, Element]]:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((name, message.findtext("source", ""), message))
    return found


def translated(language: str) -> set[tuple[str, str]]:
    """(context, source) pairs with a finished, non-empty translation in any `.ts` file."""
    done = set()
    for ts in ts_files(language):
        for context, source, message in _messages(ts):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if (node.text or "").strip() or node.find("numerusform") is not None:
                done.add((context, source))
    return done


def missing(language: str = "en", root: Path = PACKAGE) -> list[Missing]:
    """Every translatable string under `root` that has no finished translation."""
    sources = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    import tempfile

    done = translated(language)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.ts"
        extract(sources, out)
        result = []
        for context, source, message in _messages(out):
            if (context, source) in done:
                continue
            loc = message.find("location")
            where = "?"
            if loc is not None:
                where = f"{_relative(loc.get('filename', '?'))}:{loc.get('line', '?')}"
            result.append(Missing(context, source, where))
    return result


def _relative(name: str) -> str:
    try:
        return str(Path(name).resolve().relative_to(SOURCE_TREE))
    except ValueError:
        return name


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "build":
        for language in LANGUAGES:
            for qm in compile_language(language, force="--force" in argv):
                print(qm)
        return 0
    if command == "check":
        gaps = missing()
        for gap in gaps:
            print(gap)
        return 1 if gaps else 0
    print("usage: python -m dorpsboek.ui.i18n build [--force] | check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
