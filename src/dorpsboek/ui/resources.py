"""Finding the top-level `resources/` folder: in a source checkout and in the frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller unpacks the spec's datas next to the executable
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def icon_path(size: int = 256) -> Path:
    return resources_dir() / "icons" / f"dorpsboek-{size}.png"


def docs_dir() -> Path:
    """The user manual's folder: `docs/` of the checkout, or bundled in the frozen app."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs"
    return Path(__file__).resolve().parents[3] / "docs"
