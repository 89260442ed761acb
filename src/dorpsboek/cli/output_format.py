"""One rule for every command that writes a document: its format follows `--format`, or else
the file's extension; an extension the command cannot write is a usage error (exit 2), so a
file is never named for one format and filled with another. A name without any extension gets
the command's first format (what it always wrote)."""

from __future__ import annotations

from pathlib import Path

from dorpsboek.errors import UsageError

_ALIASES = {"markdown": "md", "htm": "html"}


def document_format(output: Path, chosen: str | None, allowed: tuple[str, ...]) -> str:
    if chosen:
        if chosen not in allowed:
            raise UsageError("--format")
        return chosen
    suffix = output.suffix.lower().lstrip(".")
    if not suffix:
        return allowed[0]
    suffix = _ALIASES.get(suffix, suffix)
    if suffix not in allowed:
        raise UsageError("--format")
    return suffix
