"""The team benchmark runs end to end at a tiny scale: the round converges and a replay
changes nothing (its timings are reported, never asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import bench_team, common


def test_team_benchmark_converges_and_reports_its_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(common.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(common, "_RESOLVED", {})
    result = bench_team.run("tiny")
    assert result["team_converged"] is True
    assert result["team_replay_applied"] == 0
    assert result["team_read_applied_min"] == bench_team.CHANGES["tiny"]
    for key in ("team_join_s", "team_write_s", "team_read_s", "team_floor_s"):
        assert result[key] >= 0, key
