import pytest

from nlp.pii import is_valid_bsn, is_valid_iban, scrub


@pytest.mark.parametrize("bsn", ["111222333", "123456782"])
def test_valid_bsn_passes_the_eleven_test(bsn: str) -> None:
    assert is_valid_bsn(bsn)


@pytest.mark.parametrize("bsn", ["123456789", "111222334", "000000000", "12345678"])
def test_invalid_bsn_fails_the_eleven_test(bsn: str) -> None:
    assert not is_valid_bsn(bsn)


def test_iban_mod97() -> None:
    assert is_valid_iban("NL91ABNA0417164300")
    assert is_valid_iban("NL91 ABNA 0417 1643 00")
    assert not is_valid_iban("NL91ABNA0417164301")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn bsn is 111222333", "mijn bsn is [BSN]"),
        ("bsn 1112.22.333 graag", "bsn [BSN] graag"),
        ("bel 06-12345678", "bel [TELEFOON]"),
        ("bel 0612345678!", "bel [TELEFOON]!"),
        ("of +31 6 1234 5678", "of [TELEFOON]"),
        ("of 0031 30 1234567", "of [TELEFOON]"),
        ("kantoor 030-2345678", "kantoor [TELEFOON]"),
        ("bel 14 030 voor info", "bel [TELEFOON] voor info"),
        ("mail jan.jansen+wijk@example.nl nu", "mail [EMAIL] nu"),
        ("rekening NL91ABNA0417164300.", "rekening [IBAN]."),
        ("rekening NL91 ABNA 0417 1643 00", "rekening [IBAN]"),
    ],
)
def test_scrub_replaces_personal_data(text: str, expected: str) -> None:
    assert scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "postcode 3512 AB, huisnummer 12",
        "het kost 123456789 euro",  # nine digits that fail the 11-test stay
        "om 12:30 bij lantaarnpaal 45-12",
        "rekening NL91ABNA0417164301 klopt niet",
        "melding WB-2026-000123",
    ],
)
def test_scrub_leaves_other_text_alone(text: str) -> None:
    assert scrub(text) == text
