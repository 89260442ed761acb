"""Schema step 15: the search index built again, with leaves that fit one page (issue 16).

- Leaves of one page. FTS5 keeps its index as blocks of about `pgsz` bytes (4,050 by
  default), one row of `search_data` each. A book page of 4,096 bytes has 4,016 usable
  (SQLCipher keeps 80 for its IV and HMAC), so 5,387 of the village's 5,798 leaves spilled
  ~76 bytes into an overflow page, and every leaf read or rewritten cost two pages: a
  merge's secure deletes rewrite thousands. At 3,960 a leaf and its row fit one page (the
  largest at ten villages after this step: 3,964 bytes of the 3,977 a cell can hold).
- Built again from its content (`rebuild`), then into one segment (`optimize`). The setting
  holds only for what FTS5 writes next, so everything is written once more. A rebuild keeps no
  deletion marker either: a large merge rewrote the index with `optimize`, which can keep
  them and with them the words of replaced texts (seen in this session's tests, not in a
  real book; store/search.rewritten_at_end now rebuilds). Freed pages are zeroed (PRAGMA
  secure_delete). Village ~1.5 s, ten villages ~14 s, once.

Ten villages, a merge of 1,000 edited notes into a copy of the benchmark book, 3 rounds:
2.07-2.14 s after this step against 2.46-2.50 s before (first round of each cold: 2.97 s).
That is the single segment: a book built at this schema by bulk loading (16 segments) merged
in 2.56-2.98 s, as before.
"""

from __future__ import annotations

from typing import Any

LEAF_BYTES = 3960
STATEMENTS = (
    f"INSERT INTO search(search, rank) VALUES ('pgsz', {LEAF_BYTES})",
    "INSERT INTO search(search) VALUES ('rebuild')",
    "INSERT INTO search(search) VALUES ('optimize')",
)


def upgrade(cur: Any) -> None:
    for statement in STATEMENTS:
        cur.execute(statement)
