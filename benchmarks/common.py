"""Shared benchmark machinery: scales, the cached generated book, timing and percentiles.

Every benchmark module works on the same generated book per scale. It is built once (in a
child process, so building does not inflate the measuring process's memory) and kept in a
cache folder under the system temp dir, keyed by scale and by a hash of the code that shapes
it (generator, bulk insert, migrations, key header). A module that writes gets a private copy:
`copy_book(scale, folder)`.

Scales: `village` is the issue's scale (6,000 residents, 100,000 notes, 1,000 organisations,
500 volunteers); `small` a tenth of it; `tiny` a few hundred records with the insecure test KDF,
for the smoke test only. `village` and `small` books use real Argon2id parameters, calibrated on
this machine as the app does (`store.keyheader.calibrate()`).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dorpsboek.demo.generator import DemoSize

SCALES: dict[str, DemoSize] = {
    "village": DemoSize(persons=6000, notes=100_000, organisations=1000, volunteers=500),
    # A cooperation of several villages, or ten years of notes (issue 16): the cost curves.
    "3x": DemoSize(persons=18_000, notes=300_000, organisations=3000, volunteers=1500),
    "10x": DemoSize(persons=60_000, notes=1_000_000, organisations=10_000, volunteers=5000),
    "small": DemoSize(persons=600, notes=10_000, organisations=100, volunteers=50),
    "tiny": DemoSize(persons=60, notes=300, organisations=20, volunteers=10),
}
# `make bench-scale` runs these in one go; "village" is 1x.
GROWTH_SCALES = ("village", "3x", "10x")


def per_scale(table: dict[str, int], scale: str) -> int:
    """A per-scale setting (rounds, changes); the larger scales repeat as often as the village.

    The point of 3x and 10x is the same measurement on a bigger book, so they take the
    village's counts rather than a table entry of their own.
    """
    return table.get(scale, table["village"])


PASSPHRASE = "benchmark paard batterij niet"
SEED = 7
CACHE_ENV = "DORPSBOEK_BENCH_CACHE"  # overrides the cache folder (the smoke test uses tmp)
_SRC = Path(__file__).resolve().parents[1] / "src" / "dorpsboek"
# The code whose change makes a cached book stale.
_SHAPING = ("demo", "store/migrations", "store/bulk.py", "store/keyheader.py", "store/tables.py")


@dataclass(frozen=True)
class CachedBook:
    """A generated book at a scale: where it is, how to open it, and what building it cost."""

    scale: str
    path: Path
    passphrase: str
    demo_data_s: float
    kdf: dict[str, int]
    reused: bool
    build_load_avg: float | None = None  # 1-minute load when demo_data_s was measured


def cheap_kdf(scale: str) -> bool:
    """Only the smoke-test scale uses the insecure test KDF; real scales calibrate."""
    return scale == "tiny"


def prepare_env(scale: str) -> None:
    """Set (tiny) or clear (real scales) the test-KDF switch before any book is opened."""
    from dorpsboek.store.keyheader import TEST_KDF_ENV

    if cheap_kdf(scale):
        os.environ[TEST_KDF_ENV] = "1"
    else:
        os.environ.pop(TEST_KDF_ENV, None)


def code_version() -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps({k: list(v.__dict__.values()) for k, v in SCALES.items()}).encode())
    digest.update(f"{SEED}".encode())
    for part in _SHAPING:
        root = _SRC / part
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(_SRC)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_root() -> Path:
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(tempfile.gettempdir()) / "dorpsboek-bench"


def cache_folder(scale: str) -> Path:
    return cache_root() / f"{scale}-{code_version()}"


_RESOLVED: dict[str, CachedBook] = {}


def ensure_book(scale: str, *, rebuild: bool = False) -> CachedBook:
    """The cached book at `scale`, built first (in a child process) if missing or stale.

    Resolved once per process: every module of one run sees the same book, even if code
    changes under it meanwhile.
    """
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; choose from {', '.join(SCALES)}")
    if scale in _RESOLVED and not rebuild:
        return _RESOLVED[scale]
    folder = cache_folder(scale)
    info = folder / "info.json"
    reused = info.is_file() and not rebuild
    if not reused:
        _prune(scale, keep=folder)
        _build_in_child(scale, folder)
    data = json.loads(info.read_text(encoding="utf-8"))
    cached = CachedBook(
        scale=scale,
        path=folder / "book" / "dorpsboek.db",
        passphrase=PASSPHRASE,
        demo_data_s=float(data["demo_data_s"]),
        kdf=dict(data["kdf"]),
        reused=reused,
        build_load_avg=data.get("load_avg"),
    )
    _RESOLVED[scale] = cached
    return cached


def _prune(scale: str, keep: Path) -> None:
    """Books of this scale made by older code are stale; do not let them fill the temp dir."""
    for old in cache_root().glob(f"{scale}-*"):
        if old != keep and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def copy_book(scale: str, dest: Path) -> Path:
    """A private copy of the cached book in `dest` (for benchmarks that write)."""
    source = ensure_book(scale).path
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / "dorpsboek.db"
    shutil.copyfile(source, target)
    return target


def _build_in_child(scale: str, folder: Path) -> None:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    print(f"# building the {scale} book in {folder} (once; later runs reuse it)", file=sys.stderr)
    subprocess.run(
        [sys.executable, "-m", "benchmarks.common", "build", "--scale", scale, str(folder)],
        check=True,
        env=env,
    )


def build(scale: str, folder: Path) -> None:
    """Create and fill the book in a temp folder, then rename it into place (atomic)."""
    from dorpsboek.demo.generator import generate
    from dorpsboek.store.book import Book
    from dorpsboek.store.keyheader import TEST_PARAMS, calibrate

    prepare_env(scale)
    work = folder.with_name(f".{folder.name}.{os.getpid()}.building")
    shutil.rmtree(work, ignore_errors=True)
    (work / "book").mkdir(parents=True)
    params = TEST_PARAMS if cheap_kdf(scale) else calibrate()
    with Book.create(work / "book" / "dorpsboek.db", PASSPHRASE, params) as book:
        start = time.perf_counter()
        generate(book, SCALES[scale], seed=SEED)
        demo_data_s = time.perf_counter() - start
    info = {
        "scale": scale,
        "demo_data_s": round(demo_data_s, 2),
        "kdf": {
            "log2_mib": params.log2_mib,
            "iterations": params.iterations,
            "lanes": params.lanes,
        },
        "size": SCALES[scale].__dict__,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "load_avg": round(os.getloadavg()[0], 2),
    }
    (work / "info.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    os.replace(work, folder)


# ----- measuring ------------------------------------------------------------------------------


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 40 samples is the 38th smallest)."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def summary_ms(samples_s: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples_s]
    return {
        "p50_ms": round(statistics.median(ms), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "n": len(ms),
    }


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


@contextlib.contextmanager
def private_folder(prefix: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=f"dorpsboek-{prefix}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _main() -> None:
    parser = argparse.ArgumentParser(description="build the cached benchmark book")
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--scale", choices=list(SCALES), required=True)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    build(args.scale, args.folder)


if __name__ == "__main__":
    _main()
