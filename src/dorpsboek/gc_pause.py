"""Pausing Python's cycle collector for one bulk operation.

Reading or writing a village-sized bundle makes a few hundred thousand dicts in a row. Each
allocation burst triggers collections, and the oldest generation is scanned over the whole
heap, so the same export took 2.2-2.8 s in a process holding much else (as the app does) and
1.9 s with the collector paused. Nothing a bulk operation makes needs collecting before it
ends; the collector is switched back on (if it was on) afterwards, also on errors.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
