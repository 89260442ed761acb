"""Dutch phone numbers are stored and shown in one national format."""

from __future__ import annotations

import pytest

from dorpsboek.domain.phone import normalize_phone, phone_key


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("06-12345678", "06-12345678"),
        ("0612345678", "06-12345678"),
        ("06 1234 5678", "06-12345678"),
        ("+31 6 12345678", "06-12345678"),
        ("+31 (0)6 1234 5678", "06-12345678"),
        ("0031612345678", "06-12345678"),
        ("050-1234567", "050-1234567"),
        ("050 123 45 67", "050-1234567"),
        ("(050) 1234567", "050-1234567"),
        ("+31 50 123 4567", "050-1234567"),
        ("020-1234567", "020-1234567"),
        ("0598-123456", "0598-123456"),
        ("0598123456", "0598-123456"),
        ("+31 598 123 456", "0598-123456"),
        ("0478 123456", "0478-123456"),
        ("088 123 4567", "088-1234567"),
        ("0800 1234", "0800-1234"),
        ("0900-1234567", "0900-1234567"),
    ],
)
def test_dutch_numbers_get_one_format(typed: str, shown: str) -> None:
    assert normalize_phone(typed) == shown


@pytest.mark.parametrize(
    "typed",
    ["+32 2 123 45 67", "bel via receptie", "06-1234", "050-1234567 toestel 12", "", "112"],
)
def test_unreadable_input_is_kept_as_typed(typed: str) -> None:
    assert normalize_phone(f"  {typed} ") == typed


def test_two_spellings_share_a_key() -> None:
    assert phone_key("+31 6 12345678") == phone_key("06-12345678") == "0612345678"
