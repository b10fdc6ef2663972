"""Text -> location mentions (nlp/locations.py): postcodes, names, fuzzy matching, precision."""

from __future__ import annotations

import pytest

from nlp.locations import LocationExtractor, find_postcodes, fold, name_variants


def test_fold_strips_accents_case_and_hyphens() -> None:
    assert fold("Rhônedreef") == "rhonedreef"
    assert fold("Vleuten-De  Meern") == "vleuten de meern"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Taag- en Rubicondreef", {"Taagdreef", "Rubicondreef"}),
        ("Lombok-Oost", {"Lombok"}),
        ("Egelantierstraat-Mariëndaalstraat", {"Egelantierstraat", "Mariëndaalstraat"}),
        ("Leidseweg en omgeving", {"Leidseweg"}),
        ("Den Dolder e.o.", {"Den Dolder"}),
    ],
)
def test_name_variants_of_compound_buurt_names(name: str, expected: set[str]) -> None:
    variants = name_variants(name)
    assert expected <= variants
    assert "omgeving" not in {v.lower() for v in variants}
    assert not any(v.endswith("-") for v in variants)


@pytest.mark.parametrize(
    ("text", "key", "kind", "number"),
    [
        ("wonen op 3511 AB 12", "3511AB", "postcode", "12"),
        ("3511ab", "3511AB", "postcode", None),
        ("postcode 3515, derde verdieping", "3515", "pc4", None),
        ("bij ons in 3541 is het", "3541", "pc4", None),
        ("in 3511 en verder", "3511", "pc4", None),  # "en" is a word here, not postcode letters
        ("adres: 3523BX 4a", "3523BX", "postcode", "4A"),
    ],
)
def test_postcodes(text: str, key: str, kind: str, number: str | None) -> None:
    found = find_postcodes(text)
    assert [(m.key, m.kind, m.house_number) for m in found] == [(key, kind, number)]


@pytest.mark.parametrize(
    "text",
    ["sinds 2019 woon ik hier", "het kost 3500 euro", "om 12.30 uur", "het is 1250 meter verder",
     "bel 030-1234567", "ruim 25% meer"],
)  # fmt: skip
def test_numbers_that_are_not_postcodes(text: str) -> None:
    assert find_postcodes(text) == []


def test_bare_number_is_marked_implicit() -> None:
    (mention,) = find_postcodes("graffiti op de kastjes, 3534")
    assert mention.key == "3534" and not mention.explicit
    (mention,) = find_postcodes("ik woon in 3534")
    assert mention.explicit


NAMES = [
    ("Kanaleneiland-Noord", "buurt"),
    ("Kanaleneiland-Zuid", "buurt"),
    ("Lombok-Oost", "buurt"),
    ("Ondiep", "buurt"),
    ("Halve Maan", "buurt"),
    ("Zuid", "wijk"),
    ("West", "wijk"),
    ("Binnenstad", "wijk"),
    ("Overvecht", "wijk"),
    ("Woerden", "place"),
    ("Oudegracht", "street"),
    ("Stad", "municipality"),
]


@pytest.fixture(scope="module")
def extractor() -> LocationExtractor:
    return LocationExtractor(NAMES, towns=["Stad"])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ik woon in kanaleneiland", "Kanaleneiland-Noord"),  # a part shared by two buurten
        ("ratten in Kanaleneiland Zuid", "Kanaleneiland-Zuid"),
        ("in lombok staat het vol", "Lombok-Oost"),
        ("typo: kanaleneilnd", "Kanaleneiland-Noord"),
        ("het is in Overvect weer raak", "Overvecht"),
        ("lantaarnpalen in onze straat in Zuid", "Zuid"),
        ("ik woon in de binnenstad", "Binnenstad"),
        ("Stad-West heeft een probleem", "West"),
        ("telefoonnummer buurtteam zuid?", "Zuid"),  # the team of an area names it
        ("bij Ondiep op het plein", "Ondiep"),
        ("lekkage bij de bovenburen. Ondiep, 2-hoog", "Ondiep"),  # alone, as an address line
        ("brand!! Ondiep 40 boven de kapper", "Ondiep"),
        ("de container brandt!!! Ondiep bij het pleintje", "Ondiep"),  # where in it
        ("wonen in Halve Maan", "Halve Maan"),
        ("een gat in de Oudegracht 12 bij de werf", "Oudegracht"),
    ],
)
def test_names_found(extractor: LocationExtractor, text: str, key: str) -> None:
    names = [m for m in extractor.extract(text) if m.kind != "municipality"]
    assert len(names) == 1
    assert key in names[0].alternatives


@pytest.mark.parametrize(
    "text",
    [
        "de wind komt uit het zuiden",
        "we rijden richting zuid",
        "aan de westkant van de straat",
        "West of oost, thuis best",  # a compass word at the start of a sentence
        "op vakantie in Zuid-Frankrijk",
        "het water is hier ondiep",
        "Ondiep water is gevaarlijk voor kleine kinderen.",
        "Ondiep en modderig, die vijver.",  # capitalised at the start, but a word follows
        "het water is daar ondiep bij de kant",

        "er hangt een halve maan aan de lucht",
        "wat gaat er worden met de speeltuin",  # not Woerden
        "het kanaal is vies",
    ],
)
def test_ordinary_words_are_not_places(extractor: LocationExtractor, text: str) -> None:
    assert [m for m in extractor.extract(text) if m.kind != "municipality"] == []


def test_street_house_number(extractor: LocationExtractor) -> None:
    (mention,) = extractor.extract("stoeptegel los voor Oudegracht 231bis")
    assert (mention.kind, mention.house_number) == ("street", "231")


SPELLING_NAMES = [
    ("Terwijde", "buurt"),
    ("Lunetten-Noord", "buurt"),
    ("Overvecht", "wijk"),
    ("Langerak", "buurt"),
    ("Domstraat", "street"),
    ("Vinkenburgstraat", "street"),
    ("Burgemeester Norbruislaan", "street"),
    ("Amsterdamsestraatweg", "street"),
    ("Wilhelminapark", "street"),
]


@pytest.fixture(scope="module")
def spelling() -> LocationExtractor:
    return LocationExtractor(SPELLING_NAMES, towns=["Stad"])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("drempel nodig bij de school in terweide", "Terwijde"),  # ij written as ei
        ("de glasbak in Lunneten is kapot", "Lunetten-Noord"),  # the doubled letter moved
        ("dealers bij de portiek in overvegt", "Overvecht"),  # ch heard as g
        ("lamp kapot op de burg. norbruislaan", "Burgemeester Norbruislaan"),
        ("vechtpartij op de amsterdamse straatweg", "Amsterdamsestraatweg"),
        ("Amsterdamsestraatweg 12 ligt open", "Amsterdamsestraatweg"),
        ("een tak gevallen in het wilhelmina park", "Wilhelminapark"),
    ],
)
def test_names_as_residents_spell_them(spelling: LocationExtractor, text: str, key: str) -> None:
    (mention,) = spelling.extract(text)
    assert key in mention.alternatives


@pytest.mark.parametrize(
    "text",
    [
        "het duurt steeds langer voor de bus komt",  # a word cut short is no typo of Langerak
        "in de Doustraat is de lamp kapot",  # another street, one letter away from Domstraat
        "de Vinkenstraat heeft gaten",
    ],
)
def test_near_names_stay_apart(spelling: LocationExtractor, text: str) -> None:
    assert spelling.extract(text) == []
