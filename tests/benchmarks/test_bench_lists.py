"""The list benchmark runs end to end at a tiny scale and reports its figures (never asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import bench_lists, common


def test_lists_benchmark_reports_list_and_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setenv(common.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(common, "_RESOLVED", {})
    result = bench_lists.run("tiny")
    assert result["lists_residents_rows"] == common.SCALES["tiny"].persons
    for key in (
        "lists_residents_first_paint_ms",
        "lists_floor_first_paint_ms",
        "lists_residents_paint_only_ms",
        "lists_floor_paint_only_ms",
        "lists_help_requests_first_paint_ms",
        "lists_quick_note_open_ms",
    ):
        assert result[key]["n"] == bench_lists.ROUNDS["tiny"], key
    assert result["lists_residents_memory_mib"] > 0
    assert result["lists_floor_memory_mib"] > 0
