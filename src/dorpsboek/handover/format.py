"""The bundle's manifest (docs/handover-format.md, section 3): building, checking, proving."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from dorpsboek.domain.records import STATS_KINDS
from dorpsboek.errors import DamagedFile, NewerFormat, NotABundle

FORMAT = "dorpsboek-bundle"
FORMAT_VERSION = 1
KINDS = ("handover", "emergency", "return", "team", "team-invite")
TEAM = "team.json"
VERSIONS = "versions.jsonl"
MANIFEST = "manifest.json"
AUDIT = "audit.jsonl"
ERASED = "erased.jsonl"
HANDOVER = "handover.json"
RETURN = "return.json"
LETTER_MD = "brief.md"
LETTER_HTML = "brief.html"
OVERVIEW = "overzicht.html"
RECORDS_PREFIX = "records/"
MAX_MEMBERS = 1000


def records_member(kind: str) -> str:
    return f"{RECORDS_PREFIX}{kind}.jsonl"


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def member_entry(data: bytes) -> dict[str, Any]:
    """What the manifest says of one member: its hash and size."""
    return {"sha256": sha256(data), "size": len(data)}


def build_manifest(
    members: Mapping[str, bytes], counts: Mapping[str, int], **fields: Any
) -> dict[str, Any]:
    """A manifest over `members` (every member but the manifest itself)."""
    entries = {name: member_entry(data) for name, data in members.items()}
    return manifest_over(entries, counts, **fields)


def manifest_over(
    entries: Mapping[str, Mapping[str, Any]], counts: Mapping[str, int], **fields: Any
) -> dict[str, Any]:
    """A manifest from members' entries already made (`member_entry`, or a packer's)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        **fields,
        "counts": {key: int(counts.get(key, 0)) for key in STATS_KINDS},
        "members": {name: dict(entries[name]) for name in sorted(entries)},
    }


def parse_manifest(raw: bytes) -> dict[str, Any]:
    """Check identity and version first (so a newer bundle says so), then the shape."""
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotABundle("manifest is not JSON") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotABundle("not a Dorpsboek bundle")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedFile("format_version")
    if version > FORMAT_VERSION:
        raise NewerFormat(f"bundle format {version}")
    _check_shape(manifest)
    return manifest


def _check_shape(manifest: Mapping[str, Any]) -> None:
    members = manifest.get("members")
    ok = (
        manifest.get("kind") in KINDS
        and isinstance(manifest.get("created_at"), str)
        and isinstance(manifest.get("created_by"), str)
        and isinstance(manifest.get("book_id"), str)
        and isinstance(manifest.get("counts"), dict)
        and isinstance(members, dict)
        and len(members) <= MAX_MEMBERS
        and all(
            isinstance(v, dict)
            and isinstance(v.get("sha256"), str)
            and isinstance(v.get("size"), int)
            for v in members.values()
        )
    )
    if not ok:
        raise DamagedFile("manifest fields")


def check_members(manifest: Mapping[str, Any], members: Mapping[str, bytes]) -> None:
    listed: Mapping[str, Any] = manifest["members"]
    if set(listed) != set(members):
        raise DamagedFile("members differ from the manifest")
    for name, data in members.items():
        entry = listed[name]
        if len(data) != entry["size"] or not hmac.compare_digest(sha256(data), entry["sha256"]):
            raise DamagedFile(f"hash of {name}")


def proof(manifest: Mapping[str, Any], secret_hex: str) -> str:
    """HMAC-SHA-256 over the canonical manifest without its `proof` (section 6)."""
    body = {k: v for k, v in manifest.items() if k != "proof"}
    return hmac.new(bytes.fromhex(secret_hex), canonical(body), hashlib.sha256).hexdigest()


def proof_holds(manifest: Mapping[str, Any], secret_hex: str) -> bool:
    given = manifest.get("proof")
    return isinstance(given, str) and hmac.compare_digest(given, proof(manifest, secret_hex))
