"""Minder noteren: BSN (11-test), IBAN (mod 97) and her own words are spotted; others are not."""

from __future__ import annotations

import pytest

from dorpsboek.domain.privacy_checks import (
    DEFAULT_SENSITIVE_WORDS,
    bsn_valid,
    find_sensitive,
    iban_valid,
    parse_word_list,
)


@pytest.mark.parametrize("number", ["111222333", "123456782", "999999990", "010000008"])
def test_valid_bsn_passes_the_eleven_test(number: str) -> None:
    assert bsn_valid(number)


@pytest.mark.parametrize("number", ["123456789", "111222334", "000000000", "12345678a", "1234"])
def test_invalid_bsn_fails(number: str) -> None:
    assert not bsn_valid(number)


@pytest.mark.parametrize(
    "written", ["111222333", "1112.22.333", "111 222 333", "111.222.333", "11 12 22 333"]
)
def test_bsn_found_in_a_note_however_written(written: str) -> None:
    text = f"Mevrouw gaf haar nummer {written} door."
    findings = find_sensitive(text)
    assert [(f.kind, f.text) for f in findings] == [("bsn", written)]
    assert text[findings[0].start : findings[0].end] == written


@pytest.mark.parametrize(
    "text",
    [
        "Telefoon 0612345678 bellen",  # ten digits: a phone number, not a BSN
        "Nummer 123456789 klopt niet met de elfproef",
        "Postcode en huisnummer 9999 AB 12",
        "Bedrag 1.234.567,82 euro",
        "om 10.30 uur, 12 mensen",
        "1112223334 is te lang",
    ],
)
def test_no_bsn_where_there_is_none(text: str) -> None:
    assert [f for f in find_sensitive(text) if f.kind == "bsn"] == []


@pytest.mark.parametrize(
    "iban",
    ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "BE68539007547034"],
)
def test_valid_iban_found(iban: str) -> None:
    assert iban_valid(iban)
    findings = find_sensitive(f"Rekening {iban} ok, doorgegeven.")
    assert [(f.kind, f.text) for f in findings] == [("iban", iban)]


@pytest.mark.parametrize("iban", ["NL91ABNA0417164301", "NL00ABNA0417164300", "NL91 ABNA"])
def test_invalid_iban_not_found(iban: str) -> None:
    assert not iban_valid(iban)
    assert find_sensitive(f"Rekening {iban} doorgegeven.") == []


def test_words_from_her_list_match_case_and_accent_insensitively() -> None:
    text = "Zoon vertelde over Dementie; ook diabetespatiënt en Psychosé?"
    found = find_sensitive(text, ["dementie", "diabetes", "psychose"])
    assert [(f.kind, f.text) for f in found] == [
        ("word", "Dementie"),
        ("word", "diabetespatiënt"),
        ("word", "Psychosé"),
    ]


def test_words_only_at_a_word_start() -> None:
    assert find_sensitive("de kankerbestrijding", ["kanker"])[0].text == "kankerbestrijding"
    assert find_sensitive("ze is hiervoor gekomen", ["hiv"]) == []


def test_findings_in_text_order_and_plain_text_has_none() -> None:
    text = "IBAN NL91ABNA0417164300 en BSN 111222333, dementie"
    assert [f.kind for f in find_sensitive(text, DEFAULT_SENSITIVE_WORDS)] == [
        "iban",
        "bsn",
        "word",
    ]
    assert find_sensitive("Belde over vervoer naar het ziekenhuis. #vervoer") == []


def test_word_list_parsing() -> None:
    assert parse_word_list(None) == list(DEFAULT_SENSITIVE_WORDS)
    assert parse_word_list("  astma \n\n copd\n") == ["astma", "copd"]
    assert parse_word_list("") == []
