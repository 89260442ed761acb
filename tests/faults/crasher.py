"""A child-process harness for crash tests: imports Dorpsboek once, then forks one worker per
round, lets it write, and kills it with SIGKILL after the requested delay.

Run as a script; reads one JSON request per line on stdin and answers one JSON line:
  {"op": "note"|"passwd"|"backup"|"auto_backup", "book": PATH, "passphrase": P, "delay": S, ...}
  -> {"acked": [note ids whose commit returned], "done": bool, "killed": bool}

Forking from this quiet process (no threads, no open book) costs milliseconds where a fresh
interpreter costs half a second, so hundreds of rounds fit in a test run. Each worker is a
real separate process that opens the book itself, exactly as `dorpsboek note` does.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time
from pathlib import Path
from typing import Any

from dorpsboek.services.backups import auto_backup
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book

SAFETY_SECONDS = 20.0


def _say(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())  # one small write: a kill never cuts it in half


def _work(request: dict[str, Any], out: int) -> None:
    op, book_path, secret = request["op"], Path(request["book"]), request["passphrase"]
    started = time.monotonic()
    if op == "note":
        n = 0
        while time.monotonic() - started < SAFETY_SECONDS:
            # Open, write a few notes, close (which checkpoints): kills land in all three.
            with Book.open(book_path, secret) as book:
                casebook = Casebook(book, actor="crash")
                for _ in range(1 + n % 7):
                    note = casebook.add_note(
                        f"{request['tag']} ronde {request['round']} nummer {n} #crash",
                        person_name=f"Inwoner {n % 3}",
                    )
                    _say(out, f"ack {note.id}")
                    n += 1
        return
    with Book.open(book_path, secret) as book:
        if op == "passwd":
            book.change_passphrase(request["new"])
        elif op == "backup":
            book.backup_to(Path(request["target"]))
        elif op == "auto_backup":
            auto_backup(Casebook(book), Path(request["target"]), closing=True)
        else:
            raise ValueError(op)
    _say(out, "done")


def _round(request: dict[str, Any]) -> dict[str, Any]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(read_end)
        code = 0
        try:
            _work(request, write_end)
        except BaseException as exc:
            _say(write_end, f"error {type(exc).__name__}")
            code = 1
        os._exit(code)
    os.close(write_end)
    chunks: list[bytes] = []
    # Kill `delay` seconds after the start, or, with `after_acks`, that long after the worker
    # acknowledged that many writes (so the kill lands among writes however busy the machine).
    after_acks = int(request.get("after_acks", 0))
    deadline = time.monotonic() + (SAFETY_SECONDS if after_acks else float(request["delay"]))
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if not ready:
            break
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        chunks.append(chunk)
        if after_acks and b"".join(chunks).count(b"ack ") >= after_acks:
            after_acks = 0
            deadline = time.monotonic() + float(request["delay"])
    os.kill(pid, signal.SIGKILL)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    lines = b"".join(chunks).decode().splitlines()
    return {
        "acked": [line[4:] for line in lines if line.startswith("ack ")],
        "done": "done" in lines,
        "killed": os.WIFSIGNALED(status),
        "errors": [line[6:] for line in lines if line.startswith("error ")],
    }


def main() -> None:
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(_round(json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
