"""Dutch phone numbers in one consistent national format (`06-12345678`, `050-1234567`).

Net numbers (kengetallen) are 2 or 3 digits after the leading 0: the 2-digit ones are listed
below (big cities and non-geographic numbers), every other geographic number has 3. Input we
cannot read as a Dutch number (foreign numbers, extensions, text) is kept as typed, so nothing
she wrote is ever lost.
"""

from __future__ import annotations

import re

# Two-digit net numbers (after the 0): the regions around big cities, plus non-geographic
# ranges (084/087 personal, 085/088/091 company numbers). Everything else geographic is 3.
_TWO_DIGIT = frozenset(
    {
        "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43",
        "45", "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77",
        "78", "79", "82", "84", "85", "87", "88", "91",
    }
)  # fmt: skip
_SERVICE = ("0800", "0900", "0906", "0909")
_SEPARATORS = re.compile(r"[\s\-./()]+")


def _national_digits(text: str) -> str | None:
    """The national digits (starting with 0) of a Dutch number, or None if it is not one."""
    compact = _SEPARATORS.sub("", text.replace("(0)", ""))
    if compact.startswith("+31"):
        compact = "0" + compact[3:]
    elif compact.startswith("0031"):
        compact = "0" + compact[4:]
    elif compact.startswith("31") and len(compact) == 11:
        compact = "0" + compact[2:]
    if not compact.isdigit() or not compact.startswith("0") or compact.startswith("00"):
        return None
    return compact


def normalize_phone(text: str) -> str:
    """The consistent national form of a Dutch number; other input stripped but unchanged."""
    typed = text.strip()
    digits = _national_digits(typed)
    if digits is None:
        return typed
    for service in _SERVICE:
        if digits.startswith(service) and len(digits) in (8, 11):
            return f"{service}-{digits[4:]}"
    if len(digits) != 10:
        return typed
    if digits.startswith("06"):
        return f"06-{digits[2:]}"
    if digits[1:3] in _TWO_DIGIT:
        return f"{digits[:3]}-{digits[3:]}"
    return f"{digits[:4]}-{digits[4:]}"


def phone_key(text: str) -> str:
    """Digits only, national form when Dutch: two spellings of one number give one key."""
    digits = _national_digits(text.strip())
    if digits is not None:
        return digits
    return "".join(ch for ch in text if ch.isdigit())
