"""The inner archive and manifest: built in memory, checked member by member, versioned."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from dorpsboek.errors import DamagedFile, NewerFormat, NotABundle
from dorpsboek.handover import archive
from dorpsboek.handover import format as fmt

MEMBERS = {"records/persons.jsonl": b'{"id":"a","name":"Jan"}\n', "audit.jsonl": b""}


def _manifest(**extra: object) -> dict[str, object]:
    base = {"kind": "handover", "book_id": "b", "created_at": "2026-01-01T00:00:00.000000Z"}
    return fmt.build_manifest(MEMBERS, {"persons": 1}, created_by="Anna", **{**base, **extra})


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_round_trip_in_memory() -> None:
    bundle = archive.read(archive.build(_manifest(), MEMBERS))
    assert bundle.records("persons") == [{"id": "a", "name": "Jan"}]
    assert bundle.manifest["counts"]["persons"] == 1
    assert set(bundle.manifest["counts"]) == {
        "persons", "notes", "help_requests", "reminders", "organisations", "volunteers",
        "signals", "stories", "activities",
    }  # fmt: skip


def test_a_changed_member_is_damage() -> None:
    manifest = json.dumps(_manifest()).encode()
    tampered = {**MEMBERS, "records/persons.jsonl": b'{"id":"a","name":"Piet"}\n'}
    with pytest.raises(DamagedFile):
        archive.read(_zip({"manifest.json": manifest, **tampered}))


def test_a_missing_or_extra_member_is_damage() -> None:
    manifest = json.dumps(_manifest()).encode()
    with pytest.raises(DamagedFile):
        archive.read(_zip({"manifest.json": manifest, "audit.jsonl": b""}))
    with pytest.raises(DamagedFile):
        archive.read(_zip({"manifest.json": manifest, **MEMBERS, "extra.txt": b"x"}))


def test_newer_format_is_said_before_anything_else() -> None:
    manifest = {"format": "dorpsboek-bundle", "format_version": 2, "whatever": True}
    with pytest.raises(NewerFormat):
        archive.read(_zip({"manifest.json": json.dumps(manifest).encode()}))


@pytest.mark.parametrize(
    "payload",
    [
        b"not a zip at all",
        _zip({"readme.txt": b"hello"}),
        _zip({"manifest.json": b"{not json"}),
        _zip({"manifest.json": json.dumps({"format": "iets-anders"}).encode()}),
    ],
)
def test_not_a_bundle(payload: bytes) -> None:
    with pytest.raises(NotABundle):
        archive.read(payload)


def test_unsafe_member_names_are_refused() -> None:
    members = {**MEMBERS, "../evil": b"x"}
    manifest = fmt.build_manifest(
        members, {}, kind="handover", book_id="b", created_at="t", created_by="A"
    )
    with pytest.raises(DamagedFile):
        archive.read(_zip({"manifest.json": json.dumps(manifest).encode(), **members}))


def test_proof_needs_the_secret() -> None:
    secret, other = "11" * 32, "22" * 32
    manifest = _manifest(kind="return")
    manifest["proof"] = fmt.proof(manifest, secret)
    assert fmt.proof_holds(manifest, secret)
    assert not fmt.proof_holds(manifest, other)
    assert not fmt.proof_holds({**manifest, "created_by": "Mallory"}, secret)
