"""Her list of kernen (villages), kept inside the book; empty until she works in several."""

from __future__ import annotations

import json
from typing import Any

from dorpsboek.errors import UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import meta as meta_store

META_KEY = "kernen"


def _parse(raw: str | None) -> list[str]:
    try:
        found = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(k) for k in found if str(k).strip()] if isinstance(found, list) else []


def kernen(cb: Casebook) -> list[str]:
    with cb.book.raw() as conn:
        return _parse(meta_store.get_on(conn, META_KEY))


def set_kernen(cb: Casebook, names: list[str]) -> list[str]:
    """Store her list (blank lines dropped, doubles once, her own order kept)."""
    clean: list[str] = []
    for name in (n.strip() for n in names):
        if name and name.casefold() not in {c.casefold() for c in clean}:
            clean.append(name)
    with cb.unit() as work:
        meta_store.put_on(work.conn, META_KEY, json.dumps(clean, ensure_ascii=False))
    return clean


def ensure_on(conn: Any, name: str) -> str:
    """The kern as spelled on her list; a new one is added (as `note` adds a resident)."""
    name = name.strip()
    if not name:
        return ""
    if "\n" in name or len(name) > 80:
        raise UsageError("--kern")
    known = _parse(meta_store.get_on(conn, META_KEY))
    for kern in known:
        if kern.casefold() == name.casefold():
            return kern
    meta_store.put_on(conn, META_KEY, json.dumps([*known, name], ensure_ascii=False))
    return name
