"""Scrub personal data from text before it goes to logs, analytics or exports.

Recognises BSN (validated with the 11-test), Dutch phone numbers (06, +31, 0031, landlines,
14 + area code), e-mail addresses and IBANs (validated with mod-97).
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)31[\s.-]?(?:\(0\))?[\s.-]?[1-9](?:[\s.-]?\d){8}"  # +31 / 0031
    r"|0[1-9](?:[\s.-]?\d){8}"  # 06-12345678, 030-1234567, 0201234567
    r"|0\d{2,3}[\s.-]?\(?\d\)?(?:[\s.-]?\d){5,7}"  # looser landline forms
    r"|14[\s.-]?0\d{2,3}"  # 14 030, 14 0306
    r")(?!\w)"
)
_NINE_DIGITS = re.compile(
    r"(?<![\d.,-])(\d{4})[.\s]?(\d{2})[.\s]?(\d{3})(?![\d,-])|(?<![\d.,-])(\d{9})(?![\d,-])"
)


def is_valid_bsn(digits: str) -> bool:
    """The 11-test: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def is_valid_iban(candidate: str) -> bool:
    """ISO 13616 mod-97 check."""
    iban = re.sub(r"\s", "", candidate).upper()
    if not 15 <= len(iban) <= 34 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _scrub_iban(match: re.Match[str]) -> str:
    return "[IBAN]" if is_valid_iban(match[0]) else match[0]


def _scrub_bsn(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match[0])
    return "[BSN]" if is_valid_bsn(digits) else match[0]


def scrub(text: str) -> str:
    """Replace personal data with placeholders: [EMAIL], [IBAN], [BSN], [TELEFOON]."""
    text = EMAIL.sub("[EMAIL]", text)
    text = IBAN.sub(_scrub_iban, text)
    text = _NINE_DIGITS.sub(_scrub_bsn, text)
    return _PHONE.sub("[TELEFOON]", text)
