"""Residents for the daily screens: the fast list, one resident's page, relatives and carers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from dorpsboek.domain.daily import PersonLinkView, ResidentRow
from dorpsboek.domain.records import Kind, Person, PersonStatus
from dorpsboek.domain.rhythm import check_every
from dorpsboek.errors import UsageError
from dorpsboek.services import kernen
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import people as people_store

EDITABLE = (
    "name",
    "address",
    "phone",
    "reach",
    "status",
    "consent_on",
    "consent_how",
    "remarks",
    "regular_contact",
    "kern",
)
ORDERS = ("name", "last_contact", "last_contact_desc")


def residents(
    cb: Casebook,
    status: str | None = None,
    order: str = "name",
    kern: str | None = None,
    *,
    words: Sequence[str] = (),
    offset: int = 0,
    limit: int = -1,
) -> list[ResidentRow]:
    """Live residents as plain rows; one query. `kern` narrows to one village ("" = residents
    without a kern), `words` (folded) to those whose name, address or phone hold them all;
    `offset` and `limit` give one page (the list asks a page at a time)."""
    _check_list(status, order)
    with cb.book.raw() as conn:
        return people_store.resident_rows(
            conn, status, order, kern, words=words, offset=offset, limit=limit
        )


def resident_count(
    cb: Casebook, status: str | None = None, kern: str | None = None, words: Sequence[str] = ()
) -> int:
    """len(residents(cb, status, kern=kern, words=words)), counted in SQL."""
    _check_list(status, "name")
    return people_store.resident_count_in(cb.book, status, kern, words)


def resident_names(cb: Casebook) -> list[ResidentRow]:
    """Every live resident by name, `last_contact` left empty: for the name pickers."""
    return people_store.resident_names_in(cb.book)


def _check_list(status: str | None, order: str) -> None:
    if status is not None and status not in {s.value for s in PersonStatus}:
        raise UsageError("status")
    if order not in ORDERS:
        raise UsageError("order")


def person(cb: Casebook, person_id: str) -> Person:
    row = cb.get(Kind.PERSON, person_id)
    names = {f.name for f in fields(Person)}
    values = {k: v for k, v in row.items() if k in names}
    values["regular_contact"] = int(values.get("regular_contact") or 0)
    return Person(**values)


def last_contact(cb: Casebook, person_id: str) -> str | None:
    with cb.book.raw() as conn:
        return people_store.last_contact(conn, person_id)


def add_person(cb: Casebook, name: str, **values: Any) -> str:
    _check(values)
    return cb.add_person(name, **values)


def update_person(cb: Casebook, person_id: str, **values: Any) -> None:
    _check(values)
    _check_kern(cb, person_id, values)
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if not values["name"]:
            raise UsageError("name")
    cb.update(Kind.PERSON, person_id, values)


def _check_kern(cb: Casebook, person_id: str, values: dict[str, Any]) -> None:
    """The form offers her own list (and a kern a resident kept after it left the list); a new
    kern goes through set_kern, which adds it to the list."""
    kern = values.get("kern")
    if not kern or kern in kernen.kernen(cb):
        return
    if kern != cb.get(Kind.PERSON, person_id).get("kern"):
        raise UsageError("kern")


def set_kern(cb: Casebook, record_id: str, kern: str, kind: str = Kind.PERSON) -> str:
    """Give a resident (or kaart entry) a kern; '' takes it away. A new kern joins her list."""
    with cb.unit() as work:
        spelled = kernen.ensure_on(work.conn, kern)
        work.change(kind, record_id, {"kern": spelled})
    return spelled


def _check(values: dict[str, Any]) -> None:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise UsageError(", ".join(sorted(unknown)))
    if "status" in values and values["status"] not in {s.value for s in PersonStatus}:
        raise UsageError("status")
    if "regular_contact" in values:
        try:
            values["regular_contact"] = check_every(int(values["regular_contact"] or 0))
        except ValueError as exc:
            raise UsageError("regular_contact") from exc


def person_links(cb: Casebook, person_id: str) -> list[PersonLinkView]:
    with cb.book.raw() as conn:
        return people_store.person_links(conn, person_id)


def link_persons(cb: Casebook, person_id: str, other_id: str, relation: str = "") -> str:
    """Record that `other_id` is e.g. the informal carer ("mantelzorger") of `person_id`."""
    if person_id == other_id:
        raise UsageError("other")
    values = {"person_id": person_id, "other_id": other_id, "relation": relation.strip()}
    return cb.create(Kind.PERSON_LINK, values)


def update_link(cb: Casebook, link_id: str, relation: str) -> None:
    """Change what the other person is to this resident (e.g. "buurman" → "mantelzorger")."""
    cb.update(Kind.PERSON_LINK, link_id, {"relation": relation.strip()})
