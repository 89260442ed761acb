"""Rows to dicts (store.rows.as_dicts): the compiled comprehension behaves as `zip(strict)`."""

from __future__ import annotations

import pytest

from dorpsboek.store import rows


def test_rows_become_the_same_dicts_zip_makes() -> None:
    names = ("id", "person_id", "text", "deleted_at")
    tuples = [("n1", "p1", "Belt dinsdag", None), ("n2", "p1", "", "2026-01-02")]
    made = rows.as_dicts(names, tuples)
    assert made == [dict(zip(names, t, strict=True)) for t in tuples]
    assert list(made[0]) == list(names)  # column order kept
    assert rows.as_dicts(("id",), [("n1",)]) == [{"id": "n1"}]
    assert rows.as_dicts(names, []) == []


def test_a_row_of_another_length_is_an_error() -> None:
    with pytest.raises(ValueError):
        rows.as_dicts(("id", "text"), [("n1",)])
    with pytest.raises(ValueError):
        rows.as_dicts(("id", "text"), [("n1", "a", "b")])


@pytest.mark.parametrize("names", [("id", "id"), ("id", "x'); import os; ('"), ("1st",)])
def test_anything_but_distinct_column_names_is_refused(names: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        rows.as_dicts(names, [])
