"""The bundle's inner ZIP archive, built and read in memory (docs/handover-format.md, 2-5)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import msgspec

from dorpsboek.errors import DamagedFile, NotABundle, UsageError
from dorpsboek.handover import format as fmt
from dorpsboek.handover import zipwriter

MAX_PLAINTEXT = 2 << 30


@dataclass(frozen=True)
class Bundle:
    """A checked bundle: its manifest and members (manifest excluded), all in memory."""

    manifest: dict[str, Any]
    members: dict[str, bytes]

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    def records(self, kind: str) -> list[dict[str, Any]]:
        return parse_jsonl(self.members.get(fmt.records_member(kind), b""))

    def record_kinds(self) -> list[str]:
        prefix, suffix = fmt.RECORDS_PREFIX, ".jsonl"
        return sorted(
            n[len(prefix) : -len(suffix)]
            for n in self.members
            if n.startswith(prefix) and n.endswith(suffix)
        )

    def audit(self) -> list[dict[str, Any]]:
        return parse_jsonl(self.members.get(fmt.AUDIT, b""), need_id=False)

    def erased(self) -> list[tuple[str, str, str]]:
        """(id, kind, erased_at) of residents' records erased in the book that wrote it."""
        rows = parse_jsonl(self.members.get(fmt.ERASED, b""))
        return [(str(r["id"]), str(r.get("kind", "")), str(r.get("erased_at", ""))) for r in rows]

    def json_member(self, name: str) -> dict[str, Any]:
        try:
            value = json.loads(self.members[name].decode("utf-8"))
        except (KeyError, UnicodeDecodeError, ValueError) as exc:
            raise DamagedFile(name) from exc
        if not isinstance(value, dict):
            raise DamagedFile(name)
        return value


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder()


def to_jsonl(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """One compact JSON object per line, UTF-8 as is (the same bytes as `json.dumps` with
    `ensure_ascii=False` and no spaces)."""
    return _ENCODER.encode_lines(list(rows))


def parse_jsonl(data: bytes, *, need_id: bool = True) -> list[dict[str, Any]]:
    """JSON Lines to dicts; every line must be an object (with a string `id` when asked)."""
    try:
        rows = _DECODER.decode_lines(data)
    except (msgspec.DecodeError, UnicodeDecodeError, ValueError) as exc:
        raise DamagedFile("record line") from exc
    for row in rows:
        if not isinstance(row, dict) or (need_id and not isinstance(row.get("id"), str)):
            raise DamagedFile("record line")
    return rows


def build(manifest: Mapping[str, Any], members: Mapping[str, bytes]) -> bytes:
    """The ZIP bytes: manifest first, then members in name order, deflated."""
    deflated = {name: zipwriter.deflate(data) for name, data in members.items()}
    return _archive(manifest, deflated)


def _archive(manifest: Mapping[str, Any], deflated: Mapping[str, zipwriter.Deflated]) -> bytes:
    head = zipwriter.deflate(json.dumps(manifest, ensure_ascii=False, indent=1).encode())
    order = [(fmt.MANIFEST, head), *((name, deflated[name]) for name in sorted(deflated))]
    try:
        return zipwriter.write(order)
    except zipwriter.TooLarge as exc:
        raise UsageError("bundle too large") from exc


@dataclass(frozen=True)
class _Packed:
    entry: dict[str, Any]  # the manifest's hash and size
    deflated: zipwriter.Deflated


def _pack(data: bytes) -> _Packed:
    return _Packed(fmt.member_entry(data), zipwriter.deflate(data))


class Packer:
    """Hashes and deflates each member in a worker thread the moment it is added.

    hashlib and zlib let go of the GIL, so while the export builds its next member in Python
    (the overview, the letter), the last one is packed on the other core: at ten villages
    ~2.5 s of hashing and deflate that used to come after everything else. The manifest, which
    lists every member's hash, is made from `entries()` and goes in first (`archive`).
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bundle-pack")
        self._jobs: dict[str, Future[_Packed]] = {}

    def __enter__(self) -> Packer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def add(self, name: str, data: bytes) -> None:
        if name in self._jobs or name == fmt.MANIFEST:
            raise ValueError(f"member {name} twice")
        self._jobs[name] = self._pool.submit(_pack, data)

    def entries(self) -> dict[str, dict[str, Any]]:
        """Each member's hash and size, once it is packed (waits for the worker)."""
        return {name: job.result().entry for name, job in self._jobs.items()}

    def archive(self, manifest: Mapping[str, Any]) -> bytes:
        """The ZIP bytes, as `build` writes them for the same manifest and members."""
        return _archive(manifest, {name: job.result().deflated for name, job in self._jobs.items()})


def read(plaintext: bytes) -> Bundle:
    """Read and check an archive: identity, version, member names, hashes (in that order)."""
    if len(plaintext) > MAX_PLAINTEXT:
        raise DamagedFile("too large")
    try:
        zf = zipfile.ZipFile(io.BytesIO(plaintext))
        names = zf.namelist()
        if fmt.MANIFEST not in names:
            raise NotABundle("no manifest")
        manifest = fmt.parse_manifest(zf.read(fmt.MANIFEST))
        _check_names(names)
        members = {n: zf.read(n) for n in names if n != fmt.MANIFEST}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise NotABundle("not a zip archive") from exc
    fmt.check_members(manifest, members)
    return Bundle(manifest, members)


def _check_names(names: list[str]) -> None:
    if len(names) != len(set(names)) or len(names) > fmt.MAX_MEMBERS + 1:
        raise DamagedFile("duplicate members")
    for name in names:
        if name.startswith("/") or "\\" in name or ".." in name.split("/"):
            raise DamagedFile("unsafe member name")
