"""Saving a widget as PNG from a test: into DORPSBOEK_SHOTS when set (to look at), else tmp."""

from __future__ import annotations

import os
from pathlib import Path


def shot(widget: object, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("DORPSBOEK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path
