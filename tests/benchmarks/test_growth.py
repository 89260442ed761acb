"""The growth table's verdicts: flat, linear or worse than the book's own growth."""

from __future__ import annotations

from benchmarks.growth import growth_table, markdown, verdict


def test_verdicts_follow_the_exponent_of_growth() -> None:
    assert verdict(1.1, 10) == "flat"
    assert verdict(9.0, 10) == "linear"
    assert verdict(3.2, 3) == "linear"
    assert verdict(9.0, 3) == "worse"  # the residents list's first query in issue 16
    assert verdict(2.0, 1) == "n/a"


def test_table_compares_every_figure_with_the_first_scale() -> None:
    runs = {
        "village": {"search_p95_ms": 3.0, "report_year_s": 0.5, "scale": "village"},
        "3x": {"search_p95_ms": 3.3, "report_year_s": 4.0, "scale": "3x"},
    }
    table = growth_table(runs)
    assert set(table) == {"search_p95_ms", "report_year_s"}
    assert table["search_p95_ms"]["verdict"] == "flat"
    assert table["report_year_s"]["ratios"]["3x"] == 8.0
    assert table["report_year_s"]["verdict"] == "worse"
    text = markdown(table, ["village", "3x"])
    assert "| report_year_s | 0.50 | 4.00 | 8.00 | worse |" in text
