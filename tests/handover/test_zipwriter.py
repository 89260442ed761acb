"""The bundle's ZIP, laid out by hand from members deflated in a worker (handover/zipwriter)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from dorpsboek.errors import UsageError
from dorpsboek.handover import archive, zipwriter
from dorpsboek.handover import format as fmt

MEMBERS = {
    "records/notes.jsonl": b'{"id":"n1","text":"Mevrouw Fictief belt dinsdag terug"}\n' * 3000,
    "brief.md": "# Overdracht van José Voorbeeld".encode(),
    "audit.jsonl": b"",
    "records/ünïcode.jsonl": b"{}\n",
}
MANIFEST = {"format": fmt.FORMAT, "note": "één"}


def _by_zipfile(manifest: dict[str, object], members: dict[str, bytes]) -> bytes:
    """What Python's zipfile writes for the same members, the way the bundle used to be made."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        head = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
        for name, data in [(fmt.MANIFEST, head), *sorted(members.items())]:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            zf.writestr(info, data, compresslevel=1)
    return buffer.getvalue()


def test_the_archive_is_the_same_bytes_zipfile_writes() -> None:
    assert archive.build(MANIFEST, MEMBERS) == _by_zipfile(MANIFEST, MEMBERS)


def test_every_member_reads_back_whole_and_in_order() -> None:
    zf = zipfile.ZipFile(io.BytesIO(archive.build(MANIFEST, MEMBERS)))
    assert zf.testzip() is None
    assert zf.namelist() == [fmt.MANIFEST, *sorted(MEMBERS)]
    assert {name: zf.read(name) for name in MEMBERS} == MEMBERS
    assert all(info.external_attr >> 16 == 0o600 for info in zf.infolist())


def test_the_packer_gives_the_manifest_entries_and_bytes_of_the_plain_way() -> None:
    with archive.Packer() as packer:
        for name, data in MEMBERS.items():
            packer.add(name, data)
        entries = packer.entries()
        manifest = fmt.manifest_over(entries, {}, kind="handover")
        packed = packer.archive(manifest)
    assert manifest == fmt.build_manifest(MEMBERS, {}, kind="handover")
    assert packed == archive.build(manifest, MEMBERS)


def test_a_member_added_twice_is_refused() -> None:
    with archive.Packer() as packer:
        packer.add("brief.md", b"a")
        with pytest.raises(ValueError):
            packer.add("brief.md", b"b")
        with pytest.raises(ValueError):
            packer.add(fmt.MANIFEST, b"{}")


def test_past_four_gib_it_refuses_instead_of_writing_a_broken_archive() -> None:
    huge = zipwriter.Deflated(size=1 << 32, crc=0, data=b"")
    with pytest.raises(zipwriter.TooLarge):
        zipwriter.write([("records/notes.jsonl", huge)])


def test_a_bundle_past_four_gib_is_refused_as_too_large_not_written() -> None:
    huge = zipwriter.Deflated(size=1 << 32, crc=0, data=b"")
    with pytest.raises(UsageError):
        archive._archive(MANIFEST, {"records/notes.jsonl": huge})
