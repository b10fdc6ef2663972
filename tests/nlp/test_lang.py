import pytest

from nlp.lang import detect


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("de container in onze straat is al weken vol", "nl"),
        ("Hoe vraag ik een parkeervergunning aan?", "nl"),
        ("lantaarnpaal kapot", "nl"),
        ("hoi", "nl"),
        ("", "nl"),
        ("The bin in our street has not been emptied for weeks", "en"),
        ("How do I apply for a parking permit?", "en"),
        ("hello", "en"),
        ("My neighbours play loud music every night", "en"),
    ],
)
def test_detect(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_a_dutch_cry_for_help_stays_dutch() -> None:
    assert detect("Brand! Help!") == "nl"
    assert detect("Help, I need help with my bins") == "en"
