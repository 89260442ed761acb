"""Finding translations, icons and the manual: in an installed wheel, a checkout, a frozen app.

The repository keeps `resources/` and `docs/` at its top; the wheel maps them into the package
as `dorpsboek/resources/` and `dorpsboek/manual/` (setup.py). An installed wheel finds them
inside the package, an editable install or a source checkout at the repository top, and the
PyInstaller app in the folder it unpacked (its spec puts them at the same package paths).
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # .../dorpsboek
CHECKOUT = PACKAGE.parents[1]  # the repository top, when running from a checkout


def _first_dir(inside: str, checkout: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks the spec's datas here
    candidates = [PACKAGE / inside, CHECKOUT / checkout]
    if frozen:
        candidates.insert(0, Path(frozen) / "dorpsboek" / inside)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resources_dir() -> Path:
    return _first_dir("resources", "resources")


def icon_path(size: int = 256) -> Path:
    return resources_dir() / "icons" / f"dorpsboek-{size}.png"


def docs_dir() -> Path:
    """The user manual's folder (handleiding.md and its img/)."""
    return _first_dir("manual", "docs")
