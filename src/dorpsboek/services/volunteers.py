"""Volunteer operations for the CLI and the UI: list with load and VOG warning, edit, match."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from dorpsboek.domain.kaart import last_old_day
from dorpsboek.domain.matching import Candidate, Moment, rank, wanted_tags
from dorpsboek.domain.phone import normalize_phone
from dorpsboek.domain.textfold import fold
from dorpsboek.domain.volunteers import Volunteer, vog_is_old
from dorpsboek.errors import NotFound, UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.settings import Settings
from dorpsboek.store import kaart as kaart_store
from dorpsboek.store import volunteers as vol_store

VOL = "volunteers"
MATCH = "match"
FIELDS = (
    *("name", "phone", "email", "address", "skills", "availability"),
    *("limits", "active", "vog_on", "remarks"),
)


def vog_max_years(settings: Settings | None) -> int:
    return int(settings.get("vog_max_years")) if settings is not None else 3


def _volunteer(row: Mapping[str, Any], today: dt.date, max_years: int) -> Volunteer:
    return Volunteer(
        id=str(row["id"]),
        name=str(row["name"]),
        phone=str(row["phone"]),
        email=str(row["email"]),
        address=str(row["address"]),
        skills=str(row["skills"]),
        availability=str(row["availability"]),
        limits=str(row["limits"]),
        active=bool(row["active"]),
        vog_on=row["vog_on"],
        remarks=str(row["remarks"]),
        load=int(row["load"]),
        vog_old=vog_is_old(row["vog_on"], today, max_years),
    )


def list_volunteers(
    casebook: Casebook,
    settings: Settings | None = None,
    *,
    sort: str = "name",
    query: str = "",
    today: dt.date | None = None,
) -> list[Volunteer]:
    """Live volunteers by name, or by load (`sort="load"`, lowest first)."""
    day, years = today or dt.date.today(), vog_max_years(settings)
    with casebook.book.raw() as conn:
        found = [_volunteer(r, day, years) for r in vol_store.with_load(conn)]
    words = fold(query).split()
    if words:
        found = [
            v
            for v in found
            if all(w in fold(f"{v.name} {v.skills} {v.limits} {v.remarks}") for w in words)
        ]
    if sort == "load":
        found.sort(key=lambda v: (v.load, fold(v.name)))
    return found


def get_volunteer(
    casebook: Casebook,
    volunteer_id: str,
    settings: Settings | None = None,
    today: dt.date | None = None,
) -> Volunteer:
    with casebook.book.raw() as conn:
        found = vol_store.with_load(conn, volunteer_id)
    if not found:
        raise NotFound(volunteer_id)
    return _volunteer(found[0], today or dt.date.today(), vog_max_years(settings))


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise UsageError(key)
        out[key] = value.strip() if isinstance(value, str) else value
    if "phone" in out:
        out["phone"] = normalize_phone(out["phone"])
    if "active" in out:
        out["active"] = int(bool(out["active"]))
    if out.get("vog_on") == "":
        out["vog_on"] = None
    return out


def save_volunteer(
    casebook: Casebook, values: Mapping[str, Any], volunteer_id: str | None = None
) -> str:
    clean = _clean(values)
    if not clean.get("name", "x" if volunteer_id else ""):
        raise UsageError("name")
    with casebook.unit() as work:
        if volunteer_id is None:
            return work.insert(VOL, clean)
        work.change(VOL, volunteer_id, clean)
        return volunteer_id


def set_active(casebook: Casebook, volunteer_id: str, active: bool) -> None:
    save_volunteer(casebook, {"active": active}, volunteer_id)


def delete_volunteer(casebook: Casebook, volunteer_id: str) -> None:
    with casebook.unit() as work:
        work.delete(VOL, volunteer_id)


def vog_warnings(
    casebook: Casebook, settings: Settings | None = None, today: dt.date | None = None
) -> list[Volunteer]:
    """Active volunteers whose VOG is older than `vog_max_years`."""
    return [v for v in list_volunteers(casebook, settings, today=today) if v.vog_old and v.active]


def _last_old(settings: Settings | None, today: dt.date | None) -> str:
    return last_old_day(today or dt.date.today(), 12 * vog_max_years(settings)).isoformat()


def oldest_vogs(
    casebook: Casebook,
    settings: Settings | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
) -> list[Volunteer]:
    """`vog_warnings` with the oldest VOG first (what Vandaag lists), the first `limit` only
    if given; `old_vog_count` says how many there are."""
    day = today or dt.date.today()
    found = vol_store.oldest_vogs_in(casebook.book, _last_old(settings, day), limit or -1)
    return [_volunteer(row, day, vog_max_years(settings)) for row in found]


def old_vog_count(
    casebook: Casebook, settings: Settings | None = None, today: dt.date | None = None
) -> int:
    """len(vog_warnings(...)), counted in SQL."""
    return vol_store.old_vog_count_in(casebook.book, _last_old(settings, today))


def match_volunteers(
    casebook: Casebook,
    help_request_id: str,
    moment: Moment | None = None,
    *,
    tags: str = "",
    settings: Settings | None = None,
) -> list[Candidate]:
    """Active volunteers ranked for a help request: matching tags (from its themes, question
    and `tags`), available at `moment`, lower load first. Already matched ones are left out."""
    with casebook.book.raw() as conn:
        found = vol_store.help_request(conn, help_request_id)
        if found is None:
            raise NotFound(help_request_id)
        linked = set(kaart_store.links_from(conn, help_request_id, VOL, MATCH))
    question, themes = found
    volunteers = [v for v in list_volunteers(casebook, settings) if v.id not in linked]
    return rank(volunteers, wanted_tags(themes, question, tags), moment)


def link_volunteer(casebook: Casebook, help_request_id: str, volunteer_id: str) -> str:
    """Match a volunteer to a help request (once); the volunteer's load goes up by one."""
    with casebook.unit() as work:
        work.get("help_requests", help_request_id)
        if not work.get(VOL, volunteer_id)["active"]:
            raise UsageError("paused")
        existing = kaart_store.find_link(work.conn, help_request_id, volunteer_id, MATCH)
        if existing:
            return existing
        values = {
            "from_kind": "help_requests",
            "from_id": help_request_id,
            "to_kind": VOL,
            "to_id": volunteer_id,
            "role": MATCH,
        }
        return work.insert("links", values)


def matched_volunteers(casebook: Casebook, help_request_id: str) -> list[Volunteer]:
    with casebook.book.raw() as conn:
        ids = kaart_store.links_from(conn, help_request_id, VOL, MATCH)
    out = []
    for vid in ids:
        try:
            out.append(get_volunteer(casebook, vid))
        except NotFound:
            continue
    return out
