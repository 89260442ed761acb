"""Merging a return bundle into the original book (docs/handover-format.md, section 6).

Records changed on one side only take that side; records changed on both sides become
conflicts for her to decide; new tombstones wait for confirmation. Merging the same bundle
again changes nothing, because taken records keep the colleague's change stamp.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from pyrage import x25519

from dorpsboek.errors import DamagedFile, ForeignReturn, NotABundle, StaleReturn, WrongPassphrase
from dorpsboek.gc_pause import paused_gc
from dorpsboek.handover import archive, crypto, erasures
from dorpsboek.handover import format as fmt
from dorpsboek.handover.archive import Bundle
from dorpsboek.store import dump, handover_state, merge_kept, replacing
from dorpsboek.store.book import Book
from dorpsboek.store.replacing import Replacements
from dorpsboek.store.stamps import now_iso

Key = tuple[str, str]  # (kind, id)
THEIRS, MINE = "theirs", "mine"
# Stamps, not content: the same record reached in both books on their own (a repeating
# reminder's next one, whose id is derived from the one ticked off) is one record.
_IGNORED = {"updated_at", "created_at"}


@dataclass(frozen=True)
class Conflict:
    kind: str
    id: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    fields: list[str]  # columns that differ

    @property
    def deleted_by_them(self) -> bool:
        return bool(self.theirs.get("deleted_at")) and not self.mine.get("deleted_at")


@dataclass
class MergeReport:
    """What a merge did and what still needs her decision."""

    handover_id: str = ""
    returned_by: str = ""
    created_at: str = ""
    added: list[Key] = field(default_factory=list)
    changed: list[Key] = field(default_factory=list)
    deleted: list[Key] = field(default_factory=list)
    pending_deletions: list[Key] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: list[Key] = field(default_factory=list)
    kept: list[Key] = field(default_factory=list)  # conflicts where she kept her own version
    unchanged: int = 0
    audit_lines: int = 0
    skipped_erased: int = 0  # records of residents erased here: never brought back
    erased_here: int = 0  # residents the colleague erased, now erased here too
    # A team package that built on more than she had read of its writer: what it held is
    # in, the rest comes with the writer's next package (docs/handover-format.md, 9.4).
    partial: bool = False

    @property
    def applied(self) -> int:
        return len(self.added) + len(self.changed) + len(self.deleted) + len(self.resolved)


@dataclass(frozen=True)
class ReturnBundle:
    bundle: Bundle
    handover: dict[str, Any]


def read_return(book: Book, data: bytes) -> ReturnBundle:
    """Decrypt with the return key of each handover this book issued, then check the proof."""
    issued = handover_state.all_issued(book)
    identities = [x25519.Identity.from_str(str(h["return_identity"])) for h in issued]
    if not identities:
        raise ForeignReturn()
    try:
        plaintext = crypto.decrypt_with(data, identities)
    except WrongPassphrase as exc:
        raise ForeignReturn() from exc
    bundle = archive.read(plaintext)
    if bundle.kind != "return":
        raise NotABundle("not a return bundle")
    by_id = {str(h["handover_id"]): h for h in issued}
    handover = by_id.get(str(bundle.manifest.get("handover_id")))
    if handover is None:
        raise ForeignReturn()
    if not fmt.proof_holds(bundle.manifest, str(handover["return_secret"])):
        raise DamagedFile("the return bundle's proof does not hold")
    last = handover.get("last_return_at")
    if last and str(bundle.manifest["created_at"]) < str(last):
        raise StaleReturn(str(last))
    return ReturnBundle(bundle, handover)


def _differs(a: Mapping[str, Any], b: Mapping[str, Any], names: list[str]) -> list[str]:
    return [c for c in names if c not in _IGNORED and a.get(c) != b.get(c)]


@paused_gc()
def merge(
    book: Book,
    ret: ReturnBundle,
    *,
    decisions: Mapping[Key, str] | None = None,
    take: str | None = None,
    confirm_deletions: bool | Collection[Key] = False,
    actor: str = "",
    dry_run: bool = False,
) -> MergeReport:
    """Apply what is safe plus her decisions, in one transaction; report the rest.

    With `dry_run` the same report comes back and the transaction is rolled back."""
    bundle = ret.bundle
    base: dict[str, dict[str, str | None]] = bundle.json_member(fmt.RETURN).get("base", {})
    report = MergeReport(
        handover_id=str(ret.handover["handover_id"]),
        returned_by=str(bundle.manifest.get("created_by", "")),
        created_at=str(bundle.manifest["created_at"]),
    )
    decisions = decisions or {}
    known = set(dump.record_kinds())
    gone = erasures.erased_ids(book)
    with book.raw() as raw, dump.large_cache(raw) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
            remembered = merge_kept.read(conn, report.handover_id)
            stamps: dict[Key, str] = {}
            incoming = {k: bundle.records(k) for k in bundle.record_kinds() if k in known}
            changed = sum(len(rows) for rows in incoming.values())
            with replacing.merging(conn, changed) as writes:
                for kind, theirs_rows in incoming.items():
                    mine_rows = dump.rows_by_id(conn, kind, [str(r["id"]) for r in theirs_rows])
                    for theirs in theirs_rows:
                        if erasures.touches(theirs, gone):
                            report.skipped_erased += 1
                            continue
                        key = (kind, str(theirs["id"]))
                        choice = decisions.get(key, take)
                        stamp = str(theirs.get("updated_at"))
                        if choice is None and remembered.get(key) == stamp:
                            # This very change of hers was settled in an earlier merge (taken,
                            # or she kept her own): an edit since then is no conflict.
                            report.unchanged += 1
                            continue
                        stamps[key] = stamp
                        _one(
                            writes,
                            report,
                            key,
                            theirs,
                            mine_rows.get(key[1]),
                            base.get(kind, {}).get(key[1]),
                            choice,
                            confirm_deletions,
                        )
            settled = (
                *report.added,
                *report.changed,
                *report.deleted,
                *report.resolved,
                *report.kept,
            )
            merge_kept.add(conn, report.handover_id, {k: stamps[k] for k in settled})
            if report.applied:
                report.audit_lines = _merge_audit(conn, bundle.audit(), actor, report)
            handover_state.set_last_return(
                conn, report.handover_id, report.created_at, str(bundle.manifest["bundle_id"])
            )
            if dry_run:  # a preview, e.g. to check the ids she chose before anything changes
                conn.rollback()
                return report
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    report.erased_here = erasures.repeat(book, bundle.erased(), actor)
    return report


def _one(
    writes: Replacements,
    report: MergeReport,
    key: Key,
    theirs: dict[str, Any],
    mine: dict[str, Any] | None,
    base: str | None,
    choice: str | None,
    confirm_deletions: bool | Collection[Key],
) -> None:
    kind = key[0]
    names = dump.columns(kind)
    if mine is None:
        writes.put(kind, theirs)
        report.added.append(key)
        return
    differing = _differs(mine, theirs, names)
    if not differing or mine.get("updated_at") == theirs.get("updated_at"):
        report.unchanged += 1
        return
    if mine.get("updated_at") != base:  # she changed it too: never decide for her
        if choice == THEIRS:
            writes.put(kind, theirs)
            report.resolved.append(key)
        elif choice == MINE:
            report.kept.append(key)
        else:
            report.conflicts.append(Conflict(kind, key[1], mine, theirs, differing))
        return
    if theirs.get("deleted_at") and not mine.get("deleted_at"):
        confirmed = confirm_deletions is True or (
            not isinstance(confirm_deletions, bool) and key in confirm_deletions
        )
        if confirmed:
            writes.put(kind, theirs)
            report.deleted.append(key)
        else:
            report.pending_deletions.append(key)
        return
    writes.put(kind, theirs)
    report.changed.append(key)


def _merge_audit(conn: Any, trail: list[dict[str, Any]], actor: str, report: MergeReport) -> int:
    """The colleague's audit lines (once), then one line per record this merge wrote."""
    lines = 0
    if trail:
        stamps = sorted(str(a.get("at", "")) for a in trail)
        seen = dump.audit_keys_between(conn, stamps[0], stamps[-1])
        fresh = [
            a for a in trail if tuple(str(a.get(c) or "") for c in dump.AUDIT_COLUMNS) not in seen
        ]
        dump.insert_audit(conn, fresh)
        lines += len(fresh)
    stamp = now_iso()
    mine = [
        {
            "at": stamp,
            "actor": actor or "overdracht",
            "action": f"merge-{action}",
            "kind": k,
            "record_id": i,
            "fields": "[]",
        }
        for action, keys in (
            ("add", report.added),
            ("take", report.changed),
            ("delete", report.deleted),
            ("resolve", report.resolved),
        )
        for k, i in keys
    ]
    dump.insert_audit(conn, mine)
    return lines + len(mine)
