import pytest

from nlp.urgency import assess

URGENT = [
    "Er staat een auto in brand op de parkeerplaats!",
    "ik ruik gas in het trappenhuis",
    "Man met een mes bedreigt mensen bij het station",
    "Mijn buurman ligt bewusteloos in de tuin en ademt niet",
    "fietser aangereden op de kruising, hij ligt op de grond",
    "Iemand staat op de brug en zegt dat hij wil springen",
    "Ik hoor de buurman zijn vrouw slaan, ze gilt om hulp",
    "Er wordt op dit moment ingebroken bij de buren",
    "een kind is in de vijver gevallen en komt niet boven",
    "mijn vriend heeft me net geslagen en ik heb me opgesloten",
    "there's a fight outside and someone has a knife",
    "I smell gas in the hallway",
    "er ligt een stroomkabel op straat en er komen vonken uit",
]

NOT_URGENT = [
    "het is een ramp met het afval in onze straat",
    "levensgevaarlijke oversteek bij de school, graag een zebrapad",
    "die kruising is een ongeluk dat wacht om te gebeuren",
    "wachten tot er een kind wordt aangereden?",
    "de lantaarnpalen branden de hele dag",
    "ik kan de buren wel vermoorden met hun muziek",
    "de brandgang achter ons huis staat vol brandnetels",
    "bijna aangereden door een scooter op het zebrapad",
    "lekke banden gestoken bij de school",
    "vorig jaar was er een ernstig ongeluk op deze plek, graag een drempel",
    "we willen een cursus reanimatie in het buurthuis",
    "wespennest bij de speeltuin, kinderen worden gestoken",
    "de woningcorporatie reageert niet op mijn reparatieverzoek",
]


@pytest.mark.parametrize("text", URGENT)
def test_emergencies_are_urgent(text: str) -> None:
    verdict = assess(text)
    assert verdict.urgent, text
    assert verdict.reason


@pytest.mark.parametrize("text", NOT_URGENT)
def test_loose_alarming_words_are_not_urgent(text: str) -> None:
    assert not assess(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "De buren hebben nu om 3 uur 's nachts nog steeds een keihard feest",
        "Vannacht is er bij ons ingebroken, de achterdeur is opengebroken",
        "Loud party next door right now, it's 2 am",
    ],
)
def test_acute_but_not_life_threatening(text: str) -> None:
    verdict = assess(text)
    assert verdict.acute and not verdict.urgent


def test_lemmas_widen_the_net() -> None:
    assert not assess("ze overvielen de kiosk").urgent
    assert assess("ze overvielen de kiosk", lemmas=["ze", "overvallen", "de", "kiosk"]).urgent


@pytest.mark.parametrize(
    "text",
    [
        "mijn buurman ligt bewustelos in de gang",
        "onze koolmonnoxidemelder piept en mijn man is duizelig",
    ],
)
def test_one_typo_in_an_alarming_word_is_still_urgent(text: str) -> None:
    assert assess(text).urgent


def test_typo_tolerance_leaves_ordinary_words_alone() -> None:
    assert not assess("het is gewoon een gewone dinsdag, alles is rustig").urgent


def test_noise_last_week_is_not_acute() -> None:
    assert not assess("de buren hadden vorige week een feest tot 3 uur 's nachts").acute
