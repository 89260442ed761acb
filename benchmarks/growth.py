"""How every figure grows from a village to ten villages: one run per scale, one table.

    python -m benchmarks.growth [--scales village 3x 10x] [--only core ui …]
                                [--out benchmarks/results-scale.json]

Each scale runs `benchmarks.run_all` in its own child process, so the peak memory and the
caches of one scale do not colour the next, and its floors come from the same run as its
figures. The result holds every scale's full results, the load average of each run, and per
figure the ratio to the first scale with a verdict: flat, linear or worse than linear in the
size of the book. `make bench-scale` runs it for 1x, 3x and 10x.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import GROWTH_SCALES, SCALES

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results-scale.json"
# Keys that describe the run rather than measure the book.
_NOT_FIGURES = {"scale", "size", "book_reused", "versions", "machine", "when", "errors"}


def run_scale(scale: str, only: list[str] | None = None) -> dict[str, Any]:
    """One `run_all` at `scale` (every module, or the `only` ones) in a child process."""
    with tempfile.TemporaryDirectory(prefix="dorpsboek-growth-") as folder:
        out = Path(folder) / f"{scale}.json"
        cmd = [sys.executable, "-m", "benchmarks.run_all", "--scale", scale, "--out", str(out)]
        cmd += ["--only", *only] if only else []
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=HERE.parent)
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def figures(result: dict[str, Any]) -> dict[str, float]:
    """The numeric figures of one run; a summary one level down (`{"p50_ms": …}`) counts as
    `key.p50_ms` (its sample count `n` is no figure). Deeper detail stays in the file."""
    found: dict[str, float] = {}
    for key, value in result.items():
        if key in _NOT_FIGURES:
            continue
        if _number(value):
            found[key] = float(value)
        elif isinstance(value, dict):
            found.update(
                {f"{key}.{k}": float(v) for k, v in value.items() if k != "n" and _number(v)}
            )
    return found


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def size_factor(base: str, scale: str) -> float:
    """How many times bigger the book is, counted in notes (the bulk of every book)."""
    return SCALES[scale].notes / SCALES[base].notes


def verdict(ratio: float, factor: float) -> str:
    """Flat, linear or worse, for a figure that grew `ratio` while the book grew `factor`.

    On a log scale: a figure that grows less than a third of the book's growth is flat,
    up to one and a half times the book's growth is linear (noise and constant parts
    blur the line), anything beyond is worse than linear and a defect to fix.
    """
    if factor <= 1 or ratio <= 0:
        return "n/a"
    exponent = math.log(ratio) / math.log(factor)
    if exponent < 1 / 3:
        return "flat"
    if exponent <= 1.5:
        return "linear"
    return "worse"


def growth_table(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per figure: its value at every scale, the ratio to the first scale, and the verdict."""
    scales = list(results)
    base = scales[0]
    base_figures = figures(results[base])
    table: dict[str, dict[str, Any]] = {}
    for key, base_value in sorted(base_figures.items()):
        row: dict[str, Any] = {"values": {base: base_value}, "ratios": {}, "verdict": "n/a"}
        for scale in scales[1:]:
            value = figures(results[scale]).get(key)
            row["values"][scale] = value
            if value is None or base_value <= 0:
                continue
            ratio = value / base_value
            row["ratios"][scale] = round(ratio, 2)
            row["verdict"] = verdict(ratio, size_factor(base, scale))
        table[key] = row
    return table


def markdown(table: dict[str, dict[str, Any]], scales: list[str]) -> str:
    """The table as Markdown, for docs/performance.md."""
    head = (
        "| figure | "
        + " | ".join(scales)
        + " | "
        + " | ".join(f"{s}/{scales[0]}" for s in scales[1:])
        + " | grows |"
    )
    lines = [head, "|" + "---|" * (2 * len(scales) + 1)]
    for key, row in table.items():
        values = [_fmt(row["values"].get(s)) for s in scales]
        ratios = [_fmt(row["ratios"].get(s)) for s in scales[1:]]
        lines.append(f"| {key} | " + " | ".join(values + ratios) + f" | {row['verdict']} |")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Dorpsboek benchmarks at several scales")
    parser.add_argument("--scales", nargs="+", choices=list(SCALES), default=list(GROWTH_SCALES))
    parser.add_argument("--only", nargs="+", help="these modules only (as run_all --only)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    results: dict[str, dict[str, Any]] = {}
    for scale in args.scales:
        print(f"# scale {scale} …", file=sys.stderr, flush=True)
        results[scale] = run_scale(scale, args.only)
    table = growth_table(results)
    out = {"scales": args.scales, "growth": table, "runs": results}
    tmp = args.out.with_name(f".{args.out.name}.tmp")
    tmp.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, args.out)
    print(markdown(table, args.scales), file=sys.stderr)
    print(json.dumps({"scales": args.scales, "growth": table}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
