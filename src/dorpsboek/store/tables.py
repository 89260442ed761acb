"""SQLAlchemy Core tables for the current schema (migrations hold the frozen history).

A test compares these with the columns of a freshly migrated book, so they cannot drift.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, Table, Text

metadata = MetaData()


def _record(name: str, *columns: Column[object]) -> Table:
    return Table(
        name,
        metadata,
        Column("seq", Integer, primary_key=True),
        Column("id", Text, nullable=False, unique=True),
        Column("created_at", Text, nullable=False),
        Column("updated_at", Text, nullable=False),
        Column("deleted_at", Text),
        *columns,
    )


def _text(name: str) -> Column[object]:
    return Column(name, Text, nullable=False, default="")


persons = _record(
    "persons",
    Column("name", Text, nullable=False),
    _text("address"),
    _text("phone"),
    _text("reach"),
    Column("status", Text, nullable=False, default="active"),
    Column("consent_on", Text),
    _text("consent_how"),
    Column("regular_contact", Integer, nullable=False, default=0),
    _text("remarks"),
    _text("kern"),
)
person_links = _record(
    "person_links",
    Column("person_id", Text, nullable=False),
    Column("other_id", Text, nullable=False),
    _text("relation"),
)
notes = _record(
    "notes",
    Column("person_id", Text, nullable=False),
    Column("on_date", Text, nullable=False),
    _text("kind"),
    Column("minutes", Integer),
    _text("text"),
    Column("help_request_id", Text),
)
help_requests = _record(
    "help_requests",
    Column("person_id", Text, nullable=False),
    Column("question", Text, nullable=False),
    _text("themes"),
    Column("status", Text, nullable=False, default="new"),
    Column("opened_on", Text, nullable=False),
    Column("closed_on", Text),
    _text("outcome"),
)
reminders = _record(
    "reminders",
    Column("person_id", Text),
    Column("help_request_id", Text),
    Column("due_on", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("done", Integer, nullable=False, default=0),
    Column("every", Text),  # "3d", "2w", "1m"; NULL: once (m011)
    Column("series_from", Text),
)
organisations = _record(
    "organisations",
    Column("name", Text, nullable=False),
    _text("category"),
    _text("themes"),
    _text("description"),
    _text("when_to_call"),
    _text("phone"),
    _text("email"),
    _text("website"),
    _text("address"),
    _text("postcode"),
    _text("city"),
    _text("opening_hours"),
    _text("remarks"),
    Column("last_checked_on", Text),
    _text("kern"),
)
contact_persons = _record(
    "contact_persons",
    Column("organisation_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    _text("role"),
    _text("phone"),
    _text("email"),
)
volunteers = _record(
    "volunteers",
    Column("name", Text, nullable=False),
    _text("phone"),
    _text("email"),
    _text("address"),
    _text("skills"),
    _text("availability"),
    _text("limits"),
    Column("active", Integer, nullable=False, default=1),
    Column("vog_on", Text),
    _text("remarks"),
)
signals = _record(
    "signals",
    _text("theme"),
    Column("description", Text, nullable=False),
    _text("frequency"),
    Column("status", Text, nullable=False, default="noticed"),
    Column("noted_on", Text, nullable=False),
)
stories = _record(
    "stories",
    Column("title", Text, nullable=False),
    _text("text"),
    Column("on_date", Text, nullable=False),
    Column("in_report", Integer, nullable=False, default=1),
)
# Work not about one resident (m008); participants are `links` rows with role 'participant'.
activities = _record(
    "activities",
    Column("on_date", Text, nullable=False),
    _text("kind"),
    Column("minutes", Integer),
    _text("text"),
    _text("kern"),
)
links = _record(
    "links",
    Column("from_kind", Text, nullable=False),
    Column("from_id", Text, nullable=False),
    Column("to_kind", Text, nullable=False),
    Column("to_id", Text, nullable=False),
    _text("role"),
)
meta = Table(
    "meta", metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False)
)
note_tags = Table(
    "note_tags",
    metadata,
    Column("note_id", Text, primary_key=True),
    Column("tag", Text, primary_key=True),
    # Copies of the note's day, resident and minutes, kept by triggers (m013): the account
    # and the radar read tags by day from the index `note_tags_day` without the notes.
    Column("on_date", Text),
    Column("person_id", Text),
    Column("minutes", Integer),
)
audit = Table(
    "audit",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("fields", Text, nullable=False, default=""),
)

handover_issued = Table(
    "handover_issued",
    metadata,
    Column("handover_id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("scope", Text, nullable=False, default="all"),
    Column("expected_return", Text),
    Column("return_identity", Text, nullable=False),
    Column("return_secret", Text, nullable=False),
    Column("last_return_at", Text),
    Column("last_return_bundle", Text),
)
handover_opened = Table(
    "handover_opened",
    metadata,
    Column("slot", Integer, primary_key=True),
    Column("handover_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("owner", Text, nullable=False, default=""),
    Column("owner_book_id", Text, nullable=False, default=""),
    Column("bundle_created_at", Text, nullable=False),
    Column("opened_at", Text, nullable=False),
    Column("expected_return", Text),
    Column("return_recipient", Text, nullable=False),
    Column("return_secret", Text, nullable=False),
    Column("base_audit_seq", Integer, nullable=False, default=0),
)
handover_base = Table(
    "handover_base",
    metadata,
    Column("kind", Text, primary_key=True),
    Column("id", Text, primary_key=True),
    Column("updated_at", Text, nullable=False),
)
emergency_kit = Table(
    "emergency_kit",
    metadata,
    Column("slot", Integer, primary_key=True),
    Column("recipient", Text, nullable=False),
    Column("handover_id", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("sealed_key", Text, nullable=False, default=""),
    Column("last_refresh_at", Text),
    Column("last_refresh_error", Text, nullable=False, default=""),
)

RECORD_TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        persons,
        person_links,
        notes,
        help_requests,
        reminders,
        organisations,
        contact_persons,
        volunteers,
        signals,
        stories,
        activities,
        links,
    )
}

# Verantwoording and privacy (m003): anonymous tallies, erased ids, retention reviews.
tallies = Table(
    "tallies",
    metadata,
    Column("day", Text, nullable=False),
    Column("metric", Text, nullable=False),
    Column("key", Text, nullable=False, default=""),
    Column("n", Integer, nullable=False),
)
erased_records = Table(
    "erased_records",
    metadata,
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("erased_at", Text, nullable=False),
)
retention_reviews = Table(
    "retention_reviews",
    metadata,
    Column("person_id", Text, primary_key=True),
    Column("reviewed_on", Text, nullable=False),
)

# A team of books (m010): her team identity, the members heard from, a version vector per record.
team = Table(
    "team",
    metadata,
    Column("slot", Integer, primary_key=True),
    Column("team_id", Text, nullable=False),
    Column("name", Text, nullable=False, default=""),
    Column("member_id", Text, nullable=False),
    Column("member_name", Text, nullable=False, default=""),
    Column("identity", Text, nullable=False),
    Column("secret", Text, nullable=False),
    Column("clock", Integer, nullable=False, default=0),
    Column("created_at", Text, nullable=False),
    Column("seq", Integer, nullable=False, default=0),  # m012: her change counter
    Column("audit_floor", Integer, nullable=False, default=0),
)
team_members = Table(
    "team_members",
    metadata,
    Column("member_id", Text, primary_key=True),
    Column("name", Text, nullable=False, default=""),
    Column("last_read_at", Text),
    Column("last_package_at", Text),
    Column("last_in", Integer, nullable=False, default=0),
    # m012: how far she has read this member, and how far the member says she has read hers
    Column("read_seq", Integer),
    Column("read_audit", Integer),
    Column("acked_seq", Integer),
    Column("acked_audit", Integer),
    Column("acked_at", Text),
)
team_versions = Table(
    "team_versions",
    metadata,
    Column("kind", Text, primary_key=True),
    Column("id", Text, primary_key=True),
    Column("vv", Text, nullable=False),
    Column("hash", Text, nullable=False),
    Column("seq", Integer, nullable=False, default=0),  # m012: its number on her counter
)
# m012: how far she has read members she has not heard from herself; records changed since
# her last exchange (filled by triggers, store/team_stream.py).
team_marks = Table(
    "team_marks",
    metadata,
    Column("member_id", Text, primary_key=True),
    Column("read_seq", Integer, nullable=False),
    Column("read_audit", Integer, nullable=False),
)
team_dirty = Table(
    "team_dirty",
    metadata,
    Column("kind", Text, primary_key=True),
    Column("id", Text, primary_key=True),
)
