from pathlib import Path

import pytest

from core.domain import FaqEntry
from nlp.analyzer import THEMES
from nlp.faq import FaqIndex, is_question, load_faq_toml
from nlp.lang import detect

ROOT = Path(__file__).resolve().parents[2]
SLUGS = {
    "grofvuil-ophalen",
    "afvalkalender",
    "containerpas",
    "container-vol-melden",
    "vuurwerk-regels",
    "geluidsoverlast-buren",
    "ongedierte",
    "honden-regels",
    "parkeervergunning",
    "gehandicaptenparkeerplaats",
    "fietswrak",
    "verkeersmaatregel-aanvragen",
    "buurtfeest-organiseren",
    "bewonersbudget",
    "geveltuin",
    "groen-adopteren",
    "buurtpreventie",
    "straatverlichting-melden",
    "boom-kappen",
    "losse-stoeptegel",
    "wijkteam-contact",
    "zorgen-om-buurtbewoner",
    "eenzaamheid-activiteiten",
    "reparatie-huurwoning",
    "woning-zoeken",
    "paspoort-aanvragen",
    "verhuizing-doorgeven",
    "openingstijden",
    "wie-is-mijn-wijkregisseur",
    "privacy-chatbot",
}


@pytest.mark.parametrize("municipality", ["utrecht", "zeist"])
def test_faq_files_cover_the_taxonomy(municipality: str) -> None:
    entries = load_faq_toml(ROOT / "municipalities" / municipality / "faq.toml")
    assert {e.slug for e in entries} == SLUGS
    for entry in entries:
        assert entry.theme in THEMES
        assert 6 <= len(entry.questions) <= 12, entry.slug
        assert entry.answer_nl and entry.answer_en
        assert any(detect(q) == "en" for q in entry.questions), entry.slug


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Hoe meld ik een kapotte lantaarnpaal?", True),
        ("mag ik vuurwerk afsteken op oudejaarsavond", True),
        ("de lantaarnpaal voor nr 12 is al weken kapot", False),
        ("hoe kan het dat de vuilniswagen nooit komt?", False),
        ("de container is vol, wie gaat hier iets aan doen?", False),
        ("How do I renew my passport?", True),
        # reports dressed as questions: a request to act on something public, a follow-up
        ("de lamp bij de bushalte is kapot, kan er iemand naar kijken?", False),
        ("kunnen jullie die boom voor ons raam snoeien?", False),
        ("The new LED lamp shines into our bedroom. Can it be dimmed?", False),
        ("de container puilt uit, kan die vandaag nog geleegd worden?", False),
        ("ik heb drie weken geleden een nieuwe pas aangevraagd en hij is er nog steeds niet?", False),
        ("We submitted the form in March and still no answer, who can I chase?", False),
        ("waarom kost een paspoort hier meer dan in de buurgemeente?", False),
        # a request about the resident's own things is still a question for the FAQ
        ("kunnen jullie mijn oude bank komen ophalen?", True),
        ("kunnen jullie alles wat ik hier getypt heb wissen?", True),
        ("can you delete my data?", True),
        # asked without a question mark, mid-sentence or indirectly
        ("stoeptegel los bij de school waar meld ik dat", True),
        ("ik wil graag vragen wanneer de kerstbomen worden opgehaald", True),
        ("goedemiddag, ik vroeg me af bij wie ik moet zijn voor een parkeervergunning", True),
        ("bike wreck outside for weeks who do i contact", True),
        ("grofvuil afspraak maken hoe", True),  # a question word at the end
        ("lantaarnpaal kapot bij ons in de straat, al een week", False),
        # search-box queries: a few words naming a service and what is wanted of it
        ("kapvergunning aanvragen", True),
        ("afvalkalender 3533", True),
        ("wijkteam telefoonnummer", True),
        ("dakkapel plaatsen mag dat", True),
        ("bewonersbudget aanvragen Lunetten", True),
        ("lantaarnpaal kapot melden", False),
        ("container vol!!", False),
        ("gat in de weg bij nummer 12", False),
        ("ik wil de buurtbemiddeling graag bedanken voor het mooie gesprek met onze buren", False),
    ],
)
def test_question_detection(text: str, asked: bool) -> None:
    assert is_question(text) is asked


def test_a_question_gets_its_faq(utrecht_faq: list[FaqEntry]) -> None:
    index = FaqIndex(utrecht_faq)
    assert index.match("hoe meld ik een kapotte lantaarnpaal?").slug == "straatverlichting-melden"
    assert index.match("Wanneer mag ik vuurwerk afsteken?").slug == "vuurwerk-regels"
    assert index.match("How do I renew my passport?").slug == "paspoort-aanvragen"


def test_a_report_is_not_answered_with_an_faq(utrecht_faq: list[FaqEntry]) -> None:
    index = FaqIndex(utrecht_faq)
    found = index.match("de lantaarnpaal voor nr 12 is al weken kapot")
    assert found.slug is None
    assert found.best_slug == "straatverlichting-melden"


def test_unrelated_question_abstains(utrecht_faq: list[FaqEntry]) -> None:
    index = FaqIndex(utrecht_faq)
    for text in (
        "Welke film draait er in de bioscoop?",
        "Who won the match?",
    ):
        assert index.match(text).slug is None, text


def test_the_classifier_alone_does_not_answer(utrecht_faq: list[FaqEntry]) -> None:
    """A question sharing (almost) no words with an entry is not answered from the FAQ
    classifier's probability alone, however sure it is; a close paraphrase still is."""
    index = FaqIndex(utrecht_faq)
    text = "we willen een schaakclub voor jong en oud beginnen, wie doet er mee?"
    lexical = index.scores(text)
    slug = max(lexical, key=lexical.__getitem__)
    assert lexical[slug] < index.LEXICAL_FLOOR
    found = index.match(text, question=True, prior={slug: 1.0})
    assert found.best_slug == slug and found.score >= index.threshold and found.slug is None
    close = index.match("Hoe meld ik een kapotte lantaarnpaal?", prior={"straatverlichting-melden": 1.0})
    assert close.slug == "straatverlichting-melden"


def test_index_rebuilds_from_new_entries() -> None:
    entry = FaqEntry(
        "sinterklaas-intocht",
        "initiatief",
        ("Wanneer is de intocht van Sinterklaas?",),
        "Op 15 november.",
    )
    index = FaqIndex([entry])
    assert index.match("wanneer komt sinterklaas aan, de intocht?").slug == "sinterklaas-intocht"
    assert FaqIndex([]).match("wanneer is de intocht?").slug is None
    inactive = FaqEntry("oud", "overig", ("Wanneer is de intocht?",), "x", active=False)
    assert FaqIndex([inactive]).match("wanneer is de intocht?").slug is None


def test_batch_matching_agrees_with_one_by_one(utrecht_faq: list[FaqEntry]) -> None:
    index = FaqIndex(utrecht_faq)
    texts = [
        "hoe meld ik een kapotte lantaarnpaal?",
        "containerpas kwijt",
        "de lantaarnpaal voor nr 12 is al weken kapot",
        "Wanneer mag ik vuurwerk afsteken?",
        "Who won the match?",
        "",
        "parkeervergunning aanvragen hoe?",
    ]
    asked = [is_question(t) for t in texts]
    even = {theme: 1 / len(THEMES) for theme in THEMES}
    themes = [None, even, {"afval": 0.9, "overig": 0.1}, None, even, None, {"verkeer": 1.0}]
    priors = [None, {"containerpas": 0.7}, None, {"vuurwerk-regels": 0.2, "afvalkalender": 0.6},
              None, None, {"parkeervergunning": 0.9}]  # fmt: skip
    batch = index.match_many(texts, asked, [None] * len(texts), themes, priors)
    one_by_one = [
        index.match(t, q, None, th, p) for t, q, th, p in zip(texts, asked, themes, priors, strict=True)
    ]
    assert [m.slug for m in batch] == [m.slug for m in one_by_one]
    assert [m.best_slug for m in batch] == [m.best_slug for m in one_by_one]
    assert [m.score for m in batch] == pytest.approx([m.score for m in one_by_one], abs=1e-6)
    assert batch[0].slug == "straatverlichting-melden" and batch[4].slug is None
    assert FaqIndex([]).match_many(["x"], [True], [None], [None], [None])[0].slug is None


def test_query_vector_equals_the_full_feature_vector(utrecht_faq: list[FaqEntry]) -> None:
    from nlp.faq import _features, _query_vector, _vector

    idf = FaqIndex(utrecht_faq)._idf
    for text, lemmas in (
        ("Hoe vraag ik een parkeervergunning aan?", None),
        ("de containers zijn vol, wanneer worden ze geleegd", ["de", "container", "zijn", "vol"]),
        ("Ünïcode wörds ën één vraag?", ["Ünïcode", "één"]),
        ("", None),
    ):
        assert _query_vector(text, lemmas, idf) == _vector(_features(text, lemmas), idf)


def test_normalize_fast_ascii_path_equals_the_regex() -> None:
    import re

    from nlp.text import normalize

    spaces = re.compile(r"\s+")
    for code in range(128):
        text = f" A{chr(code)}b  \t{chr(code)}c\x1f "
        normalize.cache_clear()
        assert normalize(text) == spaces.sub(" ", text.lower()).strip()
