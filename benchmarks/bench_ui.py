"""Desktop-shell benchmarks: cold start vs a bare PySide6 window, unlock to window, search.

- `cold_start_ms`: median wall time from launching `dorpsboek --book <book> gui` (the real
  entry point) to the unlock window being painted, in child processes, interleaved with
  `cold_start_floor_ms`: a child that shows a minimal PySide6 window and waits for its first
  paint the same way. The app reports through its start-up probe (`DORPSBOEK_STARTUP_PROBE`,
  ui/startup_probe.py); `cold_start_heavy_loaded` lists the heavy modules (store, SQLAlchemy,
  main window, …) it had imported by then, which should be none. Dorpsboek's modules are
  byte-compiled first, as an installed copy has them.
- `unlock_to_window_ms`: median of opening the book minus the Argon2id derivation, plus
  building, showing and painting the main window with its first screen (the KDF runs in the
  worker while a busy bar shows; the issue's budget excludes it). `unlock_to_complete_ms`:
  the same until Vandaag's lines above its lists (signal radar, kit test, retention review),
  which a worker loads after the first paint, are filled too.
- `search_keystroke_ms`: p95 over typed characters of the time from a key press in the search
  box to the grouped results being painted (search runs in the worker).

Run alone: `python -m benchmarks.bench_ui --scale small`.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ensure_book, per_scale, percentile, prepare_env

PROBE = "DORPSBOEK_STARTUP_PROBE"
COLD_ROUNDS = {"village": 7, "small": 7, "tiny": 3}
UNLOCK_ROUNDS = {"village": 5, "small": 5, "tiny": 2}
TYPED = ("boodschappen", "mantelzorg", "klaas bakker", "vrijwilliger", "dorpshuis")

# The floor waits for its window's first paint exactly as the app's probe does
# (dorpsboek/ui/startup_probe.py): an event filter that sees the paint event, then one more
# turn of the loop.
FLOOR_SCRIPT = f"""
import sys
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("Dorpsboek")
def shown():
    print("{PROBE} {{}}", flush=True)
    app.quit()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is window and isinstance(event, QPaintEvent):
            window.removeEventFilter(self)
            QTimer.singleShot(0, shown)
        return False
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        DORPSBOEK_LANG="nl",
        **{PROBE: "1"},
    )
    return env


def _until_probe(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(PROBE):
            elapsed = time.perf_counter() - start
            child.wait(timeout=30)
            return elapsed, json.loads(line[len(PROBE) :] or "{}")
    child.wait(timeout=30)
    raise RuntimeError(f"no start-up probe from {command[:3]} (exit {child.returncode})")


def compile_package() -> None:
    """Byte-compile Dorpsboek's modules, as pip does when it installs the wheel and as the
    frozen app ships them. A checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the shared
    benchmark machine) would otherwise compile every module from source at each start
    (~20 ms), which no installed copy does."""
    import compileall

    import dorpsboek

    compileall.compile_dir(Path(dorpsboek.__file__).parent, quiet=2)


def bench_cold_start(book: Path, rounds: int) -> dict[str, Any]:
    app_ms, floor_ms, loaded = [], [], []
    heavy: set[str] = set()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="dorpsboek-cold-") as tmp:
        env = _child_env(Path(tmp))
        app = [sys.executable, "-m", "dorpsboek.cli.main", "--book", str(book), "gui"]
        floor = [sys.executable, "-c", FLOOR_SCRIPT]
        _until_probe(floor, env)  # warm the OS file cache for both
        _until_probe(app, env)
        for _ in range(rounds):
            seconds, _ = _until_probe(floor, env)
            floor_ms.append(seconds * 1000)
            seconds, state = _until_probe(app, env)
            app_ms.append(seconds * 1000)
            loaded.append(bool(state.get("sqlalchemy")))
            heavy.update(state.get("loaded", []))
    cold, base = statistics.median(app_ms), statistics.median(floor_ms)
    return {
        "cold_start_ms": round(cold, 1),
        "cold_start_floor_ms": round(base, 1),
        "cold_start_ratio": round(cold / base, 2),
        "cold_start_sqlalchemy_loaded": any(loaded),
        "cold_start_heavy_loaded": sorted(heavy),
        "cold_start_rounds": rounds,
    }


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _process(ms: int = 0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    if ms <= 0:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        return
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def bench_unlock_to_window(book: Path, passphrase: str, rounds: int) -> dict[str, Any]:
    from dorpsboek.services.opening import open_book
    from dorpsboek.settings import Settings
    from dorpsboek.store.keyheader import KeyHeader
    from dorpsboek.ui import worker
    from dorpsboek.ui.main_window import MainWindow
    from dorpsboek.ui.screens.base import ScreenContext

    _app()
    kdf_s: list[float] = []
    original = KeyHeader.derive_key

    def timed_derive(self: KeyHeader, secret: str) -> bytes:
        start = time.perf_counter()
        try:
            return original(self, secret)
        finally:
            kdf_s.append(time.perf_counter() - start)

    totals: list[float] = []
    windows: list[float] = []
    completes: list[float] = []
    KeyHeader.derive_key = timed_derive  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(Path(tmp) / "settings.json")
            for _ in range(rounds):
                gc.collect()
                kdf_s.clear()
                start = time.perf_counter()
                opened = open_book(book, passphrase)
                shown = time.perf_counter()
                window = MainWindow(ScreenContext(opened.casebook, settings), book.name)
                window.show()
                window.repaint()
                _process()
                end = time.perf_counter()
                while worker.busy():  # Vandaag's lines above the lists, after the first paint
                    _process(1)
                complete = time.perf_counter()
                totals.append((end - start - sum(kdf_s)) * 1000)
                windows.append((end - shown) * 1000)
                completes.append((complete - start - sum(kdf_s)) * 1000)
                window.close()
                window.deleteLater()
                _process()
                opened.close()
    finally:
        KeyHeader.derive_key = original  # type: ignore[method-assign]
    return {
        "unlock_to_window_ms": round(statistics.median(totals), 1),
        "unlock_window_build_ms": round(statistics.median(windows), 1),
        "unlock_to_complete_ms": round(statistics.median(completes), 1),
        "unlock_to_window_rounds": rounds,
    }


def bench_search_keystrokes(book: Path, passphrase: str) -> dict[str, Any]:
    from PySide6.QtTest import QTest

    from dorpsboek.services.opening import open_book
    from dorpsboek.settings import Settings
    from dorpsboek.ui.main_window import MainWindow
    from dorpsboek.ui.screens.base import ScreenContext

    _app()
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        opened = open_book(book, passphrase)
        window = MainWindow(ScreenContext(opened.casebook, Settings(Path(tmp) / "s.json")), "b")
        window.show()
        _process(50)
        painted: list[float] = []
        window.search.painted.connect(lambda _q, _n: painted.append(time.perf_counter()))
        try:
            for word in TYPED:
                window.search.clear()
                window.focus_search()
                for char in word:
                    painted.clear()
                    start = time.perf_counter()
                    QTest.keyClicks(window.search, char)
                    deadline = start + 5
                    while not painted and time.perf_counter() < deadline:
                        _process(1)
                    if painted:
                        samples.append((painted[0] - start) * 1000)
        finally:
            window.close()
            opened.close()
    return {
        "search_keystroke_ms": round(percentile(samples, 95), 2),
        "search_keystroke_p50_ms": round(statistics.median(samples), 2) if samples else None,
        "search_keystrokes": len(samples),
    }


def run(scale: str) -> dict[str, Any]:
    prepare_env(scale)
    cached = ensure_book(scale)
    out: dict[str, Any] = {}
    out.update(bench_cold_start(cached.path, per_scale(COLD_ROUNDS, scale)))
    out.update(
        bench_unlock_to_window(cached.path, cached.passphrase, per_scale(UNLOCK_ROUNDS, scale))
    )
    out.update(bench_search_keystrokes(cached.path, cached.passphrase))
    return out


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="small")
    args = parser.parse_args()
    print(json.dumps(run(args.scale), indent=1))


if __name__ == "__main__":
    _main()
