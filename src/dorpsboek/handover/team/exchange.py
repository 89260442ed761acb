"""Reading a team package into her book: the handover merge, with version vectors instead of
one base stamp (docs/handover-format.md, section 9.3).

Per record, with `mine`/`theirs` its version vectors:
- theirs <= mine: she has seen that change already (a repeated or older package): nothing;
- mine < theirs: only they changed it since: take theirs (a tombstone too);
- concurrent, same fields: the same outcome reached twice: keep the later stamp, join vectors;
- concurrent, different fields: a conflict, both versions side by side, until she decides.
  Her decision joins both vectors and adds a tick of her own, so it wins in every other book
  without asking again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dorpsboek.gc_pause import paused_gc
from dorpsboek.handover import erasures
from dorpsboek.handover.archive import Bundle
from dorpsboek.handover.merge import MINE, THEIRS, Conflict, MergeReport, _merge_audit
from dorpsboek.handover.team import clock, package
from dorpsboek.store import dump, replacing, team_stream, unit
from dorpsboek.store import team as team_store
from dorpsboek.store.book import Book
from dorpsboek.store.replacing import Replacements
from dorpsboek.store.stamps import now_iso
from dorpsboek.store.team import VV, Key
from dorpsboek.store.team_stream import Mark

# Stamps, not content: two books that reach the same record on their own (a repeating
# reminder's next one has an id derived from the one ticked off) differ only in these.
_LOCAL = {"updated_at", "created_at"}


def _vv(versions: Mapping[Key, tuple[VV, str]], key: Key) -> VV:
    return versions.get(key, ({}, ""))[0]


class _Run:
    """One read: her versions, her fresh tick (taken only if she decides a conflict)."""

    def __init__(
        self,
        writes: Replacements,
        team: Mapping[str, Any],
        versions: dict[Key, tuple[VV, str]],
    ):
        self.conn = writes.conn
        self.writes = writes
        self.me = str(team["member_id"])
        self.versions = versions
        self.changed: list[tuple[Key, VV, str]] = []
        self._tick = 0

    def vv(self, key: Key) -> VV:
        return _vv(self.versions, key)

    def tick(self) -> int:
        self._tick = self._tick or team_store.tick(self.conn)
        return self._tick

    def write(self, key: Key, row: Mapping[str, Any], vv: VV) -> None:
        self.writes.put(key[0], row)
        self.settle(key, row, vv)

    def settle(self, key: Key, row: Mapping[str, Any], vv: VV) -> None:
        entry = (vv, clock.row_hash(key[0], row))
        self.versions[key] = entry
        self.changed.append((key, *entry))


@paused_gc()
def apply(
    book: Book,
    bundle: Bundle,
    *,
    decisions: Mapping[Key, str] | None = None,
    take: str | None = None,
    actor: str = "",
    dry_run: bool = False,
) -> MergeReport:
    """Bring in what the package's writer has and she has not seen; report the conflicts."""
    sender = package.info(bundle)
    theirs_vv = package.versions_in(bundle)
    report = MergeReport(
        handover_id=str(sender["team_id"]),
        returned_by=str(sender.get("member_name") or bundle.manifest.get("created_by", "")),
        created_at=str(bundle.manifest["created_at"]),
    )
    gone = erasures.erased_ids(book) | {i for i, _k, _at in bundle.erased()}
    known = set(dump.record_kinds())
    incoming = {k: bundle.records(k) for k in bundle.record_kinds() if k in known}
    keys = [(kind, str(r["id"])) for kind, rows in incoming.items() for r in rows]
    with (
        unit.begin(book, actor or "samenwerken", immediate=True, dry_run=dry_run) as work,
        dump.large_cache(work.conn) as conn,
    ):
        team = package.team_of(conn)
        clock.stamp(conn, str(team["member_id"]))
        versions = team_stream.versions_of(conn, keys)
        # Most of a package is what she has already (theirs <= mine): only what will be
        # written counts for rewriting the search index once at the end.
        news = [k for k in keys if not clock.leq(theirs_vv.get(k, {}), _vv(versions, k))]
        with replacing.merging(conn, len(news)) as writes:
            run = _Run(writes, team, versions)
            for kind, rows in incoming.items():
                by_id = dump.rows_by_id(conn, kind, [str(r["id"]) for r in rows])
                for theirs in rows:
                    if erasures.touches(theirs, gone):
                        report.skipped_erased += 1
                        continue
                    key = (kind, str(theirs["id"]))
                    _one(
                        run,
                        report,
                        key,
                        theirs,
                        by_id.get(key[1]),
                        theirs_vv.get(key, {}),
                        decisions.get(key, take) if decisions else take,
                    )
        team_stream.put_versions(conn, run.changed)
        team_stream.clear_dirty(conn)  # what this read wrote is not her change
        if report.applied:
            report.audit_lines = _merge_audit(conn, bundle.audit(), actor, report)
        heard(conn, run.me, bundle, report, actor)
    if dry_run:  # a preview, to decide conflicts first: rolled back by the unit
        return report
    report.erased_here = erasures.repeat(book, bundle.erased(), actor)
    if report.erased_here:
        _forget_erased(book)
    return report


def _one(
    run: _Run,
    report: MergeReport,
    key: Key,
    theirs: dict[str, Any],
    mine: dict[str, Any] | None,
    vv_t: VV,
    choice: str | None,
) -> None:
    if mine is None:
        run.write(key, theirs, vv_t)
        report.added.append(key)
        return
    vv_m = run.vv(key)
    if clock.leq(vv_t, vv_m):
        report.unchanged += 1
        return
    if clock.leq(vv_m, vv_t):
        run.write(key, theirs, vv_t)
        gone_now = theirs.get("deleted_at") and not mine.get("deleted_at")
        (report.deleted if gone_now else report.changed).append(key)
        return
    names = dump.columns(key[0])
    differing = [c for c in names if c not in _LOCAL and mine.get(c) != theirs.get(c)]
    both = clock.join(vv_m, vv_t)
    if not differing:  # the same outcome in both books: one deterministic row, joined vectors
        later = max(mine, theirs, key=lambda r: str(r.get("updated_at") or ""))
        if later is theirs and mine != theirs:
            run.write(key, theirs, both)
        else:
            run.settle(key, mine, both)
        report.unchanged += 1
        return
    if choice == THEIRS:
        run.write(key, theirs, {**both, run.me: run.tick()})
        report.resolved.append(key)
    elif choice == MINE:
        run.settle(key, mine, {**both, run.me: run.tick()})
        report.kept.append(key)
    else:
        report.conflicts.append(Conflict(key[0], key[1], mine, theirs, differing))


def heard(conn: Any, me: str, bundle: Bundle, report: MergeReport, actor: str) -> None:
    """After a read (or a join): who was heard from, one audit line, and the marks."""
    sender = package.info(bundle)
    _remember(conn, sender, report, actor)
    report.partial = not _marks(conn, me, package.marks_in(bundle), sender, report)


def _remember(conn: Any, sender: Mapping[str, Any], report: MergeReport, actor: str) -> None:
    """Who saw what: the member heard from, and one audit line for the exchange."""
    n = report.applied + len(report.kept)
    team_store.heard_from(
        conn,
        str(sender["member_id"]),
        str(sender.get("member_name", "")),
        now_iso(),
        report.created_at,
        n,
    )
    dump.insert_audit(
        conn,
        [
            {
                "at": now_iso(),
                "actor": actor or "samenwerken",
                "action": "team-read",
                "kind": "team",
                "record_id": str(sender["member_id"]),
                "fields": f'["in:{n}", "conflicts:{len(report.conflicts)}"]',
            }
        ],
    )


def _marks(
    conn: Any,
    me: str,
    found: tuple[Mark | None, Mark | None, dict[str, Mark]] | None,
    sender: Mapping[str, Any],
    report: MergeReport,
) -> bool:
    """Remember how far she has now read the writer (and, through her, the others), and how far
    the writer says she has read hers. False when the package built on more than she had read
    of the writer: what it held is in, but not all the writer has (section 9.4)."""
    member, package_at = str(sender["member_id"]), report.created_at
    if found is None:  # written before marks: every record was in it, nothing to remember
        team_stream.set_acked(conn, member, None, package_at)
        return True
    mark, base, marks = found
    team_stream.set_acked(conn, member, marks.get(me), package_at)
    had = team_stream.read_marks(conn).get(member)
    whole = base is None or (had is not None and had[0] >= base[0] and had[1] >= base[1])
    if whole and not report.conflicts and mark is not None:
        team_stream.raise_read_marks(conn, {**marks, member: mark}, me)
    return whole


def _forget_erased(book: Book) -> None:
    """Erased records leave no version behind either."""
    with unit.begin(book, "samenwerken", immediate=True) as work:
        clock.stamp(work.conn, str(package.team_of(work.conn)["member_id"]))
