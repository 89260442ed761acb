"""The sociale-kaart benchmark runs at tiny scale and reports its keys (timings not asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import bench_kaart, common
from dorpsboek.domain.csvtable import read_table


@pytest.fixture
def bench_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(common.CACHE_ENV, str(folder))
    monkeypatch.setattr(common, "_RESOLVED", {})
    return folder


def test_generated_csv_is_a_messy_but_readable_table() -> None:
    table = read_table(bench_kaart.kaart_csv(10))
    assert (table.delimiter, table.encoding, len(table.rows)) == (";", "cp1252", 10)


@pytest.mark.slow
def test_kaart_benchmark_reports_its_keys(bench_cache: Path) -> None:
    result = bench_kaart.run("tiny")
    assert isinstance(result["csv_import_1000_s"], float)
    assert isinstance(result["matching_500_ms"], float)
    assert result["matching_volunteers"] == 500
