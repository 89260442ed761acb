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
