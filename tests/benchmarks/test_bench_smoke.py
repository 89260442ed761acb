"""The benchmark machinery runs end to end at a tiny scale (timings are never asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench_core, common, run_all


@pytest.fixture
def bench_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(common.CACHE_ENV, str(folder))
    monkeypatch.setattr(common, "_RESOLVED", {})
    return folder


def test_core_run_writes_every_issue_key(bench_cache: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert run_all.main(["--scale", "tiny", "--only", "core", "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(run_all.REQUIRED_KEYS) <= set(result)
    assert result["scale"] == "tiny"
    assert result["errors"] == {}
    assert set(result["versions"]) >= {"python", "sqlite", "sqlcipher", "qt", "dorpsboek"}
    assert result["versions"]["sqlite_memstatus_off"] in {"True", "False"}
    for key in (
        "search_p95_ms",
        "search_floor_p95_ms",
        "note_add_p95_ms",
        "note_add_floor_p95_ms",
        "unlock_kdf_ms",
        "unlock_rest_ms",
        "peak_rss_mib",
    ):
        assert isinstance(result[key], float), key
    assert set(result["search_by_length"]) == set(bench_core.QUERIES)
    # The fixed queries find what the generated village holds; the no-hit ones find nothing.
    assert result["search_hits"]["coop"] > 0
    assert result["search_hits"]["xqzw"] == 0


def test_cached_book_is_reused_and_keyed_by_code(bench_cache: Path) -> None:
    first = common.ensure_book("tiny")
    assert not first.reused
    common._RESOLVED.clear()
    again = common.ensure_book("tiny")
    assert again.reused
    assert again.path == first.path
    assert first.path.parent.parent.name == f"tiny-{common.code_version()}"


def test_a_failing_module_is_recorded_not_fatal() -> None:
    result, error, _ = run_all.run_module("bench_does_not_exist", "tiny")
    assert result == {}
    assert error is not None and "ModuleNotFoundError" in error


@pytest.mark.slow
def test_every_module_runs_at_tiny_scale(bench_cache: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert run_all.main(["--scale", "tiny", "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["errors"] == {}
    assert set(result["module_seconds"]) == set(run_all.discover())
