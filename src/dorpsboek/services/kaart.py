"""Sociale-kaart operations for the CLI and the UI: browse, edit, keep current, refer.

Module functions taking the open `Casebook` first; they return plain `Entry` values.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from typing import Any

from dorpsboek.domain.kaart import (
    DEFAULT_CATEGORIES,
    ENTRY_FIELDS,
    ContactPerson,
    Entry,
    is_stale,
    last_old_day,
    matches_query,
    themes_of,
)
from dorpsboek.domain.phone import normalize_phone
from dorpsboek.domain.textfold import fold
from dorpsboek.errors import NotFound, UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store import kaart as kaart_store
from dorpsboek.store import rows

ORG = "organisations"
CONTACT = "contact_persons"
REFERRAL = "referral"


def stale_months(settings: Settings | None) -> int:
    return int(settings.get("stale_months")) if settings is not None else 12


def _contact(row: Mapping[str, Any]) -> ContactPerson:
    return ContactPerson(
        str(row["id"]),
        str(row["organisation_id"]),
        str(row["name"]),
        str(row["role"]),
        str(row["phone"]),
        str(row["email"]),
    )


def _entry(
    row: Mapping[str, Any], contacts: tuple[ContactPerson, ...], referrals: int, stale: bool
) -> Entry:
    text = {k: str(row[k] or "") for k in ENTRY_FIELDS}
    return Entry(
        id=str(row["id"]),
        kern=str(row.get("kern") or ""),
        last_checked_on=row["last_checked_on"],
        contacts=contacts,
        referrals=referrals,
        stale=stale,
        **text,
    )


def list_entries(
    casebook: Casebook,
    settings: Settings | None = None,
    *,
    category: str | None = None,
    theme: str | None = None,
    query: str = "",
    today: dt.date | None = None,
) -> list[Entry]:
    """Live entries by name; narrowed by category, theme and the words typed (if given)."""
    day, months = today or dt.date.today(), stale_months(settings)
    with casebook.book.raw() as conn:
        found = kaart_store.entries(conn)
        by_org: dict[str, list[ContactPerson]] = {}
        for c in kaart_store.contacts(conn):
            by_org.setdefault(str(c["organisation_id"]), []).append(_contact(c))
        counts = kaart_store.referral_counts(conn)
    out = []
    for row in found:
        if category is not None and fold(row["category"]) != fold(category):
            continue
        if theme is not None and fold(theme) not in {fold(t) for t in themes_of(row["themes"])}:
            continue
        rid = str(row["id"])
        stale = is_stale(row["last_checked_on"], day, months)
        entry = _entry(row, tuple(by_org.get(rid, ())), counts.get(rid, 0), stale)
        if matches_query(entry, query):
            out.append(entry)
    return out


def get_entry(
    casebook: Casebook,
    entry_id: str,
    settings: Settings | None = None,
    today: dt.date | None = None,
) -> Entry:
    with casebook.book.raw() as conn:
        row = rows.get(conn, ORG, entry_id)
        contacts = tuple(_contact(c) for c in kaart_store.contacts(conn, entry_id))
        referrals = kaart_store.referral_counts(conn).get(entry_id, 0)
    stale = is_stale(row["last_checked_on"], today or dt.date.today(), stale_months(settings))
    return _entry(row, contacts, referrals, stale)


def categories(casebook: Casebook) -> list[tuple[str, int]]:
    """Her usual categories plus any she made, each with how many entries it holds."""
    with casebook.book.raw() as conn:
        used = Counter(str(r["category"]).strip() for r in kaart_store.entries(conn))
    names: dict[str, str] = {fold(c): c for c in DEFAULT_CATEGORIES}
    counts: Counter[str] = Counter()
    for name, n in used.items():
        if name:
            names.setdefault(fold(name), name)
            counts[fold(name)] += n
    return sorted(((names[k], counts[k]) for k in names), key=lambda p: fold(p[0]))


def themes(casebook: Casebook) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    with casebook.book.raw() as conn:
        for row in kaart_store.entries(conn):
            for theme in themes_of(str(row["themes"])):
                names.setdefault(fold(theme), theme)
                counts[fold(theme)] += 1
    return sorted(((names[k], n) for k, n in counts.items()), key=lambda p: fold(p[0]))


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in (*ENTRY_FIELDS, "last_checked_on", "kern"):
            raise UsageError(key)
        out[key] = value.strip() if isinstance(value, str) else value
    if "phone" in out:
        out["phone"] = normalize_phone(out["phone"])
    return out


def save_entry(casebook: Casebook, values: Mapping[str, Any], entry_id: str | None = None) -> str:
    """Create (no id) or change an entry; only a name is required. Phones get one format."""
    clean = _clean(values)
    if not clean.get("name", "x" if entry_id else ""):
        raise UsageError("name")
    with casebook.unit() as work:
        if entry_id is None:
            return work.insert(ORG, clean)
        work.change(ORG, entry_id, clean)
        return entry_id


def delete_entry(casebook: Casebook, entry_id: str) -> None:
    with casebook.unit() as work:
        work.delete(ORG, entry_id)


def mark_checked(casebook: Casebook, entry_id: str, today: dt.date | None = None) -> None:
    """ "Vandaag gecontroleerd": one call sets the last-checked date."""
    day = (today or dt.date.today()).isoformat()
    with casebook.unit() as work:
        work.change(ORG, entry_id, {"last_checked_on": day})


def _last_old(settings: Settings | None, today: dt.date | None) -> str:
    return last_old_day(today or dt.date.today(), stale_months(settings)).isoformat()


def stale_entries(
    casebook: Casebook,
    settings: Settings | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
) -> list[Entry]:
    """Entries not checked for `stale_months` (or never), oldest check first; the first
    `limit` only if given (Vandaag shows a few, and `stale_count` says how many there are)."""
    found = kaart_store.stale_in(casebook.book, _last_old(settings, today), limit or -1)
    return [
        _entry(row, tuple(_contact(c) for c in row["contacts"]), row["referrals"], True)
        for row in found
    ]


def stale_count(
    casebook: Casebook, settings: Settings | None = None, today: dt.date | None = None
) -> int:
    """len(stale_entries(...)), counted in SQL."""
    return kaart_store.stale_count_in(casebook.book, _last_old(settings, today))


def _contact_values(name: str, role: str, phone: str, email: str) -> dict[str, str]:
    if not name.strip():
        raise UsageError("name")
    return {
        "name": name.strip(),
        "role": role.strip(),
        "phone": normalize_phone(phone),
        "email": email.strip(),
    }


def add_contact(
    casebook: Casebook, entry_id: str, name: str, role: str = "", phone: str = "", email: str = ""
) -> str:
    values = {"organisation_id": entry_id, **_contact_values(name, role, phone, email)}
    with casebook.unit() as work:
        work.get(ORG, entry_id)
        return work.insert(CONTACT, values)


def update_contact(
    casebook: Casebook, contact_id: str, name: str, role: str = "", phone: str = "", email: str = ""
) -> None:
    with casebook.unit() as work:
        values = _contact_values(name, role, phone, email)
        work.change(CONTACT, contact_id, values)


def delete_contact(casebook: Casebook, contact_id: str) -> None:
    with casebook.unit() as work:
        work.delete(CONTACT, contact_id)


def link_referral(casebook: Casebook, from_kind: str, from_id: str, entry_id: str) -> str:
    """Record that a note or help request referred the resident to this entry (once)."""
    if from_kind not in ("notes", "help_requests"):
        raise UsageError(from_kind)
    with casebook.unit() as work:
        work.get(from_kind, from_id)
        work.get(ORG, entry_id)
        existing = kaart_store.find_link(work.conn, from_id, entry_id, REFERRAL)
        if existing:
            return existing
        values = {
            "from_kind": from_kind,
            "from_id": from_id,
            "to_kind": ORG,
            "to_id": entry_id,
            "role": REFERRAL,
        }
        return work.insert("links", values)


def unlink_referral(casebook: Casebook, from_id: str, entry_id: str) -> None:
    with casebook.unit() as work:
        link = kaart_store.find_link(work.conn, from_id, entry_id, REFERRAL)
        if link is None:
            raise NotFound(entry_id)
        work.delete("links", link)


def referrals_from(casebook: Casebook, from_id: str) -> list[Entry]:
    """The entries a note or help request referred to."""
    with casebook.book.raw() as conn:
        ids = kaart_store.links_from(conn, from_id, ORG, REFERRAL)
    out = []
    for entry_id in ids:
        try:
            out.append(get_entry(casebook, entry_id))
        except NotFound:
            continue
    return out
