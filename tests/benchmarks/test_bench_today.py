"""The Vandaag benchmark runs at tiny scale and reports its keys (timings not asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import bench_today, common


@pytest.fixture
def bench_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(common.CACHE_ENV, str(folder))
    monkeypatch.setattr(common, "_RESOLVED", {})
    return folder


@pytest.mark.slow
def test_today_benchmark_reports_its_keys(bench_cache: Path) -> None:
    result = bench_today.run("tiny")
    assert result["residents_with_rhythm"] >= 1
    for key in ("contact_overdue", "signal_radar", "today_all"):
        assert result[key]["n"] == 3 and result[key]["p50_ms"] >= 0
