"""Helpers shared by tests: the real CLI in a child process, leak scanning, constants."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

PASSPHRASE = "correct paard batterij niet"
MARKER = "ZZMARKERQX"


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the real `dorpsboek` command in a child process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "dorpsboek.cli.main", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=timeout,
    )


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    """Every file under `folder` whose bytes contain `needle` (plain or UTF-16)."""
    found = []
    variants = (needle, needle.decode().encode("utf-16-le"))
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(v in data for v in variants):
                found.append(path)
    return found


def tag_copies_out_of_step(book: Any) -> list[tuple[str, str]]:
    """(note id, tag) of every tag whose copy of its note's day, resident or minutes (m013,
    kept by triggers) differs from the note, or whose note is gone. Empty when all is true."""
    with book.raw() as conn:
        rows = conn.execute(
            "SELECT t.note_id, t.tag FROM note_tags t LEFT JOIN notes n ON n.id = t.note_id "
            "WHERE n.id IS NULL OR t.on_date IS NOT n.on_date "
            "OR t.person_id IS NOT n.person_id OR t.minutes IS NOT n.minutes"
        ).fetchall()
    return [(str(a), str(b)) for a, b in rows]


def last_notes_out_of_step(book: Any) -> list[tuple[str, Any, Any]]:
    """(resident, kept, true) where `last_notes` (m013, kept by triggers) differs from the
    newest live note about the resident. Empty when all is true."""
    with book.raw() as conn:
        true = dict(
            conn.execute(
                "SELECT person_id, max(on_date) FROM notes WHERE deleted_at IS NULL "
                "GROUP BY person_id"
            ).fetchall()
        )
        kept = dict(conn.execute("SELECT person_id, on_date FROM last_notes").fetchall())
    return [
        (str(p), kept.get(p), true.get(p))
        for p in sorted(set(true) | set(kept))
        if kept.get(p) != true.get(p)
    ]


def derived_out_of_step(book: Any) -> list[Any]:
    """Everything the triggers of m013 keep (tags' copies, last notes) that is not true."""
    return [*tag_copies_out_of_step(book), *last_notes_out_of_step(book)]
