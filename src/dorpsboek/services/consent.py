"""Consent per organisation (AVG): with whom she may talk about a resident. Optional; the
referral dialog shows it and the handover letter tells the colleague."""

from __future__ import annotations

from dataclasses import dataclass

from dorpsboek.domain.records import Kind
from dorpsboek.errors import UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import consent as consent_store

CONSENT_ROLE = consent_store.CONSENT_ROLE


@dataclass(frozen=True, slots=True)
class Consent:
    link_id: str
    organisation_id: str
    organisation: str
    since: str


def allowed(cb: Casebook, person_id: str) -> list[Consent]:
    return [Consent(*row) for row in consent_store.allowed_in(cb.book, person_id)]


def allow(cb: Casebook, person_id: str, organisation_id: str) -> str:
    """Record that she may talk about this resident with this organisation (once per pair)."""
    existing = {c.organisation_id: c.link_id for c in allowed(cb, person_id)}
    if organisation_id in existing:
        return existing[organisation_id]
    cb.get(Kind.PERSON, person_id)  # NotFound for a resident who is not (or no longer) there
    if cb.get(Kind.ORGANISATION, organisation_id).get("deleted_at"):
        raise UsageError("organisation")
    values = {
        "from_kind": Kind.PERSON.value,
        "from_id": person_id,
        "to_kind": Kind.ORGANISATION.value,
        "to_id": organisation_id,
        "role": CONSENT_ROLE,
    }
    return cb.create(Kind.LINK, values)
