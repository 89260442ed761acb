"""The daily path timed as she types it: a real X display (Xvfb, no window manager), the app
as its own process on the village book, keys sent by xdotool.

    python -m benchmarks.keys_daily_path [--scale village] [--rounds 5] [--key-ms 200]

From the unlocked main window: Ctrl+N, a few letters of the name, Down and Enter in the
completer, Tab, the note, Ctrl+Enter; the clock stops when the Snel noteren window is gone
(the note is durable before it closes). Printed as JSON:

- `app_s`: the same keys sent as fast as X takes them: what the app itself costs;
- `typed_s`: each key `--key-ms` apart (200 ms is about 60 words a minute, a practised
  typist; goal ≤ 10 s from a running app to a saved note);
- `keys_besides_text`: the keys that are not the note's own text (the name's letters count).

Not in `make bench` (it needs the apt packages xvfb, xdotool and libxcb-cursor0): run
`make bench-keys`. Afterwards the book is opened again and each note is checked to be in it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import PASSPHRASE, copy_book

DISPLAY = ":97"
RESIDENT = "Lies Wijnbergen-Oldenhove"  # added to the copy; no generated name has this part
NAME_PART = "oldenho"  # typed in the name field; the completer offers the resident
NOTE = "Belde over de boodschappen, komt woensdag langs"
COMPLETER_PAUSE = 0.3  # seconds; taken off `app_s` again
START = "from dorpsboek.cli.main import main; raise SystemExit(main())"
EXTRA_KEYS = ["ctrl+n", "Down", "Return", "Tab", "ctrl+Return"]


def _xdo(*args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": DISPLAY}, capture_output=True, text=True
    )
    return done.stdout.strip()


def _windows(name: str) -> list[str]:
    return [w for w in _xdo("search", "--onlyvisible", "--name", name).split() if w]


def _wait_for(name: str, present: bool, timeout: float = 60.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if bool(_windows(name)) == present:
            return time.perf_counter()
        time.sleep(0.01)
    raise TimeoutError(f"window {name!r} {'did not appear' if present else 'stayed'}")


def _focus(name: str) -> None:
    for window in _windows(name)[-1:]:
        _xdo("windowfocus", "--sync", window)


def _type(text: str, key_ms: int) -> None:
    # xdotool spends half its --delay after key-down and half after key-up (measured: ten
    # letters at --delay 200 take 1.0 s), so one key every key_ms is --delay 2 * key_ms.
    _xdo("type", "--delay", str(2 * key_ms), text)


def _key(key: str, key_ms: int) -> None:
    _xdo("key", key)
    time.sleep(key_ms / 1000)


@contextmanager
def _display() -> Iterator[None]:
    server = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        yield
    finally:
        server.terminate()
        server.wait(10)


@contextmanager
def _app(book: Path, home: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "DISPLAY": DISPLAY,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "DORPSBOEK_LANG": "nl",
    }
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    settings = home / "config" / "dorpsboek" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"first_run_done": True, "autolock_minutes": 0}))
    app = subprocess.Popen(
        [sys.executable, "-c", START, "--book", str(book), "gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(home / "app-stderr.txt").open("wb"),
    )
    try:
        yield app
    finally:
        if app.poll() is None:
            _focus("Dorpsboek")
            _xdo("key", "ctrl+q")
            try:
                app.wait(30)
            except subprocess.TimeoutExpired:
                app.kill()


def _one_note(round_no: int, key_ms: int) -> float:
    _focus("Dorpsboek —")
    start = time.perf_counter()
    _key("ctrl+n", key_ms)
    _wait_for("Snel noteren", True)
    _focus("Snel noteren")
    _type(NAME_PART, key_ms)
    time.sleep(COMPLETER_PAUSE if key_ms == 0 else 0)  # the popup needs a moment at full speed
    _key("Down", key_ms)
    _key("Return", key_ms)
    _key("Tab", key_ms)
    _type(f"{NOTE} ({round_no})", key_ms)
    _key("ctrl+Return", 0)
    end = _wait_for("Snel noteren", False)
    return end - start


def measure(scale: str, rounds: int, key_ms: int) -> dict[str, object]:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (apt-get install xvfb xdotool)")
    home = Path(tempfile.mkdtemp(prefix="dorpsboek-keys-"))
    book = copy_book(scale, home / "book")
    resident = _add_resident(book)
    fast: list[float] = []
    typed: list[float] = []
    try:
        with _display(), _app(book, home):
            _wait_for("Dorpsboek", True)
            _focus("Dorpsboek")
            _type(PASSPHRASE, 0)
            _key("Return", 0)
            _wait_for("Dorpsboek —", True, timeout=120)
            time.sleep(2.0)  # let Vandaag finish its first fill
            for i in range(rounds):
                fast.append(_one_note(2 * i, 0) - COMPLETER_PAUSE)
                time.sleep(0.5)
                typed.append(_one_note(2 * i + 1, key_ms))
                time.sleep(0.5)
        saved = _count_notes(book, resident)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    keys = len(EXTRA_KEYS) + len(NAME_PART)
    return {
        "benchmark": "keys_daily_path",
        "scale": scale,
        "rounds": rounds,
        "key_ms": key_ms,
        "app_s": {"median": round(statistics.median(fast), 3), "max": round(max(fast), 3)},
        "typed_s": {"median": round(statistics.median(typed), 3), "max": round(max(typed), 3)},
        "goal_typed_s": 10.0,
        "keys_besides_text": keys,
        "keys_besides_text_detail": [*EXTRA_KEYS[:1], f"{len(NAME_PART)} letters", *EXTRA_KEYS[1:]],
        "note_chars": len(NOTE) + 4,
        "notes_saved": saved,
        "notes_expected": 2 * rounds,
        "load_avg": round(os.getloadavg()[0], 2),
    }


def _add_resident(book: Path) -> str:
    from dorpsboek.services import people
    from dorpsboek.services.opening import open_book

    opened = open_book(book, PASSPHRASE)
    try:
        return people.add_person(opened.casebook, RESIDENT)
    finally:
        opened.close()


def _count_notes(book: Path, resident: str) -> int:
    from dorpsboek.services.opening import open_book

    opened = open_book(book, PASSPHRASE)
    try:
        return sum(NOTE in n.text for n in opened.casebook.notes_for_person(resident))
    finally:
        opened.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="village")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--key-ms", type=int, default=200)
    args = parser.parse_args(argv)
    result = measure(args.scale, args.rounds, args.key_ms)
    print(json.dumps(result, indent=2))
    return 0 if result["notes_saved"] == result["notes_expected"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
