"""Which sociale-kaart organisations she may talk to about a resident: links with role 'consent'
from the resident to the organisation (so they travel like every link)."""

from __future__ import annotations

from typing import Any

CONSENT_ROLE = "consent"


def allowed_in(book: Any, person_id: str) -> list[tuple[str, str, str, str]]:
    """(link id, organisation id, organisation name, since) for one resident, by name."""
    with book.raw() as conn:
        rows = conn.execute(
            "SELECT l.id, o.id, o.name, substr(l.created_at, 1, 10) FROM links l "
            "JOIN organisations o ON o.id = l.to_id AND o.deleted_at IS NULL "
            "WHERE l.from_kind = 'persons' AND l.from_id = ? AND l.to_kind = 'organisations' "
            "AND l.role = ? AND l.deleted_at IS NULL ORDER BY o.name COLLATE NOCASE",
            (person_id, CONSENT_ROLE),
        )
        return [(str(a), str(b), str(c), str(d)) for a, b, c, d in rows]
