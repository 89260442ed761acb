"""Time stamps and identifiers as the book stores them."""

from __future__ import annotations

import datetime as dt
import uuid


def now_iso() -> str:
    """UTC with microseconds, so that change stamps order edits made within one second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())
