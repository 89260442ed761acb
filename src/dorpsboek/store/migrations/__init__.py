"""Schema migrations: numbered modules, applied in order, version kept in PRAGMA user_version.

Each migration is frozen SQL for its version (never the current table definitions), so a book
made by any earlier Dorpsboek upgrades step by step. The book is backed up before migrating.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

MIGRATIONS: tuple[str, ...] = ("m001_initial", "m002_search")
LATEST = len(MIGRATIONS)

Upgrade = Callable[[Any], None]


def _load(name: str) -> Upgrade:
    module = importlib.import_module(f"{__name__}.{name}")
    upgrade: Upgrade = module.upgrade
    return upgrade


def steps(current: int, target: int = LATEST) -> list[tuple[int, Upgrade]]:
    """The (version, upgrade) pairs that bring a book from `current` to `target`."""
    return [(v, _load(MIGRATIONS[v - 1])) for v in range(current + 1, target + 1)]
