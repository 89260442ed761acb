"""SQL for retiring a colleague's copy: a fingerprint of the audit trail's newest line."""

from __future__ import annotations

from dorpsboek.store.book import Book


def audit_fingerprint(book: Book) -> str:
    """`<count>:<newest seq>:<its time>`; any change the trail records changes it.

    The count and the time as well as the seq, because erasing a resident removes audit lines
    and a later line can then reuse a seq that was already counted.
    """
    with book.raw() as conn:
        count, seq = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM audit").fetchone()
        row = conn.execute("SELECT at FROM audit WHERE seq = ?", (seq,)).fetchone()
    return f"{int(count)}:{int(seq)}:{row[0] if row else ''}"
