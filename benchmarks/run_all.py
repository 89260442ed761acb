"""Run every benchmark module at one scale and write one JSON object of results.

    python -m benchmarks.run_all --scale village|3x|10x|small|tiny [--out benchmarks/results.json]

Every module `benchmarks/bench_*.py` with a `run(scale: str) -> dict` is run in this process
(`bench_core` first, the rest by name); a module that fails is recorded under `errors` and the
others still run. The merged result carries at least the keys of issue 7 (`null` where no
module measured them yet), the scale, versions and the machine's load, and is printed as one
JSON line and written to `--out`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import resource
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks.common import SCALES, ensure_book, peak_rss_mib, prepare_env

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results.json"

# Issue 7: every results file has these keys (ms unless the name says seconds).
REQUIRED_KEYS = (
    "search_p95_ms",
    "search_floor_p95_ms",
    "note_add_p95_ms",
    "note_add_floor_p95_ms",
    "cold_start_ms",
    "cold_start_floor_ms",
    "unlock_kdf_ms",
    "unlock_rest_ms",
    "handover_export_s",
    "handover_open_s",
    "handover_floor_s",
    "merge_1000_s",
    "report_year_s",
    "csv_import_1000_s",
    "peak_rss_mib",
)
FIRST = "bench_core"


def discover(only: list[str] | None = None) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    names.sort(key=lambda n: (n != FIRST, n))
    if only:
        wanted = {n if n.startswith("bench_") else f"bench_{n}" for n in only}
        names = [n for n in names if n in wanted]
    return names


def run_module(name: str, scale: str) -> tuple[dict[str, Any], str | None, float]:
    """(results, error or None, seconds) for one module; never raises for a module's fault."""
    start = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        runner = getattr(module, "run", None)
        if not callable(runner):
            return {}, "no run(scale) function", time.perf_counter() - start
        result = runner(scale)
        if not isinstance(result, dict):
            raise TypeError(f"run() returned {type(result).__name__}, not dict")
        return result, None, time.perf_counter() - start
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        return {}, f"{type(exc).__name__}: {exc}", time.perf_counter() - start


def versions() -> dict[str, str | None]:
    import sqlcipher3

    import dorpsboek
    from dorpsboek.store import sqlite_process

    conn = sqlcipher3.connect(":memory:")
    try:
        sqlite = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlcipher = str(row[0]) if row else None
    finally:
        conn.close()
    return {
        "python": platform.python_version(),
        "sqlite": sqlite,
        "sqlcipher": sqlcipher,
        # SQLite's memory statistics (store/sqlite_process): off in the app, so off here too.
        "sqlite_memstatus_off": str(sqlite_process.memstatus_off),
        "qt": _qt_version(),
        "pyside6": _pyside_version(),
        "dorpsboek": dorpsboek.__version__,
    }


def _qt_version() -> str | None:
    try:
        from PySide6 import QtCore
    except ImportError:
        return None
    return str(QtCore.qVersion())


def _pyside_version() -> str | None:
    try:
        import PySide6
    except ImportError:
        return None
    return str(PySide6.__version__)


def run_all(scale: str, only: list[str] | None = None, rebuild: bool = False) -> dict[str, Any]:
    prepare_env(scale)
    load_start = os.getloadavg()
    cached = ensure_book(scale, rebuild=rebuild)
    merged: dict[str, Any] = dict.fromkeys(REQUIRED_KEYS)
    errors: dict[str, str] = {}
    seconds: dict[str, float] = {}
    for name in discover(only):
        print(f"# {name} …", file=sys.stderr, flush=True)
        result, error, took = run_module(name, scale)
        seconds[name] = round(took, 1)
        if error:
            errors[name] = error
        for key, value in result.items():
            if key == "peak_rss_mib" and merged.get(key) is not None:
                value = max(value, merged[key])
            merged[key] = value
    merged["peak_rss_mib"] = max(peak_rss_mib(), merged.get("peak_rss_mib") or 0)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    merged["peak_rss_children_mib"] = round(children / 1024, 1) if children else None
    merged.update(
        {
            "scale": scale,
            "size": SCALES[scale].__dict__,
            "book_reused": cached.reused,
            "versions": versions(),
            "machine": {
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
                "load_avg_start": [round(x, 2) for x in load_start],
                "load_avg_end": [round(x, 2) for x in os.getloadavg()],
            },
            "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "module_seconds": seconds,
            "errors": errors,
        }
    )
    return merged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="run every Dorpsboek benchmark")
    parser.add_argument("--scale", choices=list(SCALES), default="village")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", help="module names, e.g. core ui")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached book")
    args = parser.parse_args(argv)
    result = run_all(args.scale, args.only, args.rebuild)
    if "search_by_length" in result:
        from benchmarks.bench_core import describe

        print(describe(result), file=sys.stderr)
    line = json.dumps(result, ensure_ascii=False)
    print(line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(f".{args.out.name}.tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
