"""Memory of the desktop app process itself (issue 16, point 6), not of the benchmark.

A child process opens the book (`services.opening.open_book`, as the unlock window does),
builds and shows the real main window offscreen and reports its resident memory at three
moments: after unlock (Vandaag painted), after opening Inwoners, and after a search whose
results were painted. The floor is a child that opens the same book the same way and shows
a minimal PySide6 window. Peak (`VmHWM`) and current (`VmRSS`) resident memory from
/proc/self/status, in MiB; Linux only (elsewhere the figures are null).

- `memory_unlock_mib`, `memory_residents_mib`, `memory_search_mib`: the app's peak RSS at
  each moment (goal at village scale: ≤ 250 MiB), and `…_now_mib` the RSS at that moment.
  The peak is set while unlocking: Argon2id holds its memory cost (128 MiB) for the
  derivation, in the floor as in the app.
- `memory_floor_mib`, `memory_floor_now_mib`: the floor's; `memory_x_floor`: the app's RSS
  after the search over the floor's RSS.

Run alone: `python -m benchmarks.bench_memory --scale small`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import ensure_book, prepare_env

MARK = "DORPSBOEK_MEMORY"

_COMMON = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
def rss():
    try:
        text = open("/proc/self/status").read()
    except OSError:
        return None, None
    fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    kib = lambda k: round(int(fields[k].split()[0]) / 1024, 1)
    return kib("VmHWM"), kib("VmRSS")
def settle(ms=200):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()
def say(step):
    peak, now = rss()
    print("MARK " + json.dumps({"step": step, "peak": peak, "now": now}), flush=True)
app = QApplication(sys.argv[:1])
from dorpsboek.services.opening import open_book
opened = open_book(sys.argv[1], sys.argv[2])
""".replace("MARK", MARK)

APP_SCRIPT = (
    _COMMON
    + """
from PySide6.QtTest import QTest
from dorpsboek.settings import Settings
from dorpsboek.ui.main_window import MainWindow
from dorpsboek.ui.screens.base import ScreenContext
from pathlib import Path
window = MainWindow(ScreenContext(opened.casebook, Settings(Path(sys.argv[3]))), "boek")
window.show(); settle(1500)
say("unlock")
window.show_screen("residents"); settle(1500)
say("residents")
painted = []
window.search.painted.connect(lambda _q, _n: painted.append(1))
window.focus_search(); QTest.keyClicks(window.search, "bakker")
deadline = time.time() + 20
while not painted and time.time() < deadline:
    settle(20)
settle(300)
say("search")
window.close(); opened.close()
"""
)

FLOOR_SCRIPT = (
    _COMMON
    + """
from PySide6.QtWidgets import QLabel
window = QLabel("Dorpsboek"); window.show(); settle(500)
say("floor")
opened.close()
"""
)


def _child(script: str, book: Path, passphrase: str, settings: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", script, str(book), passphrase, str(settings)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    steps = [json.loads(line[len(MARK) :]) for line in done.stdout.splitlines() if MARK in line]
    return {s["step"]: s for s in steps}


def run(scale: str) -> dict[str, Any]:
    prepare_env(scale)
    cached = ensure_book(scale)
    with tempfile.TemporaryDirectory(prefix="dorpsboek-memory-") as tmp:
        settings = Path(tmp) / "settings.json"
        floor = _child(FLOOR_SCRIPT, cached.path, cached.passphrase, settings)["floor"]
        app = _child(APP_SCRIPT, cached.path, cached.passphrase, settings)
    out: dict[str, Any] = {}
    for step in ("unlock", "residents", "search"):
        out[f"memory_{step}_mib"] = app[step]["peak"]
        out[f"memory_{step}_now_mib"] = app[step]["now"]
    out["memory_floor_mib"], out["memory_floor_now_mib"] = floor["peak"], floor["now"]
    if floor["now"] and app["search"]["now"]:
        out["memory_x_floor"] = round(app["search"]["now"] / floor["now"], 2)
    out["memory_goal_mib"] = 250
    return out


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="small")
    args = parser.parse_args()
    print(json.dumps(run(args.scale), indent=1))


if __name__ == "__main__":
    _main()
