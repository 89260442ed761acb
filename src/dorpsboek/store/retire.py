"""SQL for retiring a colleague's copy: a fingerprint of the audit trail's newest line."""

from __future__ import annotations

from dorpsboek.store.book import Book


def audit_fingerprint(book: Book) -> str:
    """`<newest seq>:<its time>`; any change the trail records changes it.

    The time (microseconds) as well as the seq: erasing a resident removes audit lines, and
    the line that records the erasure can then reuse a seq that was already seen. One index
    lookup, so the screen can ask it on every refresh of a village-sized book.
    """
    with book.raw() as conn:
        row = conn.execute("SELECT seq, at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return "0:" if row is None else f"{int(row[0])}:{row[1]}"
