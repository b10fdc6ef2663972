"""The fast `assess` (a memoised word gate, then only the rule alternatives that can match)
gives exactly the verdicts of the straightforward `_assess_reference`: on the corpus, on
tricky strings and on random variants of corpus texts. The gate itself is checked to be
sound (no alternative that matches is ever gated off)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from nlp.regex_gate import RegexGate
from nlp.regex_literals import Anchor, ways
from nlp.text import normalize
from nlp.train import CORPUS, load_rows
from nlp.urgency import (
    _SINGLES,
    ACUTE_BURGLARY,
    ACUTE_NOISE,
    UrgencyVerdict,
    _assess_reference,
    _gate,
    assess,
    may_alarm,
)

Lemmatize = Callable[[str], list[str]]
CALM = UrgencyVerdict(False, None, False)

TRICKY = [
    "Mijn buurman is bewustelos!",  # typo of a trigger
    "de buurvrouw is FLAUWGEVALEN in de tuin",
    "er is een koolmonnoxide melder die piept",
    "hij mishandelde zijn hond, ik zag het net",  # inflected (lemma), also one edit from "mishandeld"
    "ze overvielen de supermarkt",
    "de auto's branden, er is brand!",
    "de CO-melder gaat af",
    "co melder piept",
    "comelder loeit",
    "HELP!!",
    "help !!",
    "please help. the streetlight is broken",
    "bel 112",
    "112!",
    "ik heb 112 gebeld maar ze hadden geen tijd",
    "Er is BRAND in de keuken",
    "Brånd in de schuur",
    "bewusteloós op straat",
    "bewuste\u0301loos op straat",  # decomposed accent joins the word again
    "de ﬁre brigade",  # ligature: NFKD gives "fire"
    "ｆｉｒｅ ｉｎ ｔｈｅ ｈａｌｌ",  # full width: NFKD gives plain letters
    "ze reageert niet meer",
    "hij\u00a0reageert niet",
    "’s nachts om 3 uur keiharde muziek",
    "vorige week een feest tot 3 uur 's nachts",
    "feest nu",
    "er is ingebroken",
    "break-in at the neighbours",
    "breakin",
    "suïcidaal, wil er een einde aan maken",
    "de brandgang staat vol brandnetels",
    "een mesje in de zandbak",
    "lekke banden gestoken",
    "zelfmoord",
    "zelfmoordpoging",
    "inbraak",
    "hond valt een kind aan bij de speeltuin",
    "kind alleen in de hete auto!!",
    "ik hoor de buren slaan en gillen, help",
    "live wire on the street",
    "",
    "   ",
    "!!!",
    "_brand_",
    "brand_",
    "1brand",
    "brand1",
]

LEMMAS: dict[str, list[str]] = {
    "hij mishandelde zijn hond, ik zag het net": ["hij", "mishandelen", "zijn", "hond"],
    "ze overvielen de supermarkt": ["ze", "OVERVALLEN", "de", "supermarkt"],
    "de lantaarnpaal is kapot": ["de", "in elkaar vechten", "zijn", "kapot"],
    "de buren vochten": ["de", "buur", "vechten"],
}


@pytest.fixture(scope="module")
def lemmatize() -> Lemmatize:
    """Lemmas as SpacyAnalyzer._lemmatize makes them (the Dutch lookup table)."""
    from spacy.lookups import load_lookups

    table: Any = load_lookups("nl", ["lemma_lookup"]).get_table("lemma_lookup")
    return lambda text: [table.get(w, w) for w in re.findall(r"\w+", text.lower())]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return [row["text"] for row in load_rows(CORPUS)]


def _same(text: str, lemmas: Sequence[str] | None) -> None:
    assert assess(text, lemmas) == _assess_reference(text, lemmas), (text, lemmas)


def test_corpus_verdicts_are_unchanged(corpus: list[str], lemmatize: Lemmatize) -> None:
    for text in corpus:
        _same(text, lemmatize(text))
        _same(text, None)


def test_tricky_verdicts_are_unchanged(lemmatize: Lemmatize) -> None:
    for text in [*TRICKY, *LEMMAS]:
        for lemmas in (None, [], lemmatize(text), LEMMAS.get(text)):
            _same(text, lemmas)


def test_tricky_strings_reach_every_check(lemmatize: Lemmatize) -> None:
    """The tricky strings do exercise the typo, lemma, rule and acute paths."""
    assert assess("Mijn buurman is bewustelos!") == UrgencyVerdict(True, "onwel")
    assert assess("hij mishandelde zijn hond").reason == "geweld"  # a typo of "mishandeld"
    text = "ze overvielen de supermarkt"
    assert assess(text, lemmatize(text)) == UrgencyVerdict(True, "geweld")
    assert assess(text) == CALM
    assert assess("bewuste\u0301loos op straat").reason == "onwel"
    assert assess("de CO-melder gaat af").reason == "onwel"
    assert assess("HELP!!").reason == "noodgeval"
    assert assess("feest nu") == UrgencyVerdict(False, None, True)
    assert assess("vorige week een feest tot 3 uur 's nachts") == CALM
    assert assess("de brandgang staat vol brandnetels") == CALM


def _variant(text: str, rng: random.Random) -> str:
    words = text.split()
    if not words:
        return text
    i = rng.randrange(len(words))
    word = words[i]
    change = rng.randrange(8)
    if change == 0:
        return text.upper()
    if change == 1:
        words[i] = word.translate(str.maketrans("aeiou", "áëïóü"))
    elif change == 2:
        words[i] = unicodedata.normalize("NFD", word.translate(str.maketrans("eo", "éö")))
    elif change == 3 and len(word) > 4:  # a typo: drop, double or swap a letter
        j = rng.randrange(1, len(word) - 1)
        words[i] = rng.choice([word[:j] + word[j + 1 :], word[:j] + word[j] + word[j:]])
    elif change == 4:
        words[i] = word + rng.choice(["'s", "-", "!!", "112", "_x", "’s"])
    elif change == 5 and i + 1 < len(words):
        words[i : i + 2] = [word + rng.choice(["-", "", "'", "/"]) + words[i + 1]]
    elif change == 6:
        words.insert(i, rng.choice(["help!", "nu", "112", "brand", "'s nachts", "vorige week"]))
    else:
        words[i] = word.lower() + "\t"
    return " ".join(words)


def test_random_variants_are_unchanged(corpus: list[str], lemmatize: Lemmatize) -> None:
    rng = random.Random(3)
    for text in rng.sample(corpus, 1500):
        for _ in range(2):
            variant = _variant(text, rng)
            _same(variant, lemmatize(variant))


def test_gate_never_drops_a_matching_check(corpus: list[str]) -> None:
    """Stronger than equal verdicts: every alternative that matches keeps its bit."""
    checks = [pattern for pattern, _ in _SINGLES] + [ACUTE_NOISE, ACUTE_BURGLARY]
    for text in [*corpus, *TRICKY]:
        norm = normalize(text)
        tokens = norm.split()
        bits = _gate().refine(_gate().candidates(tokens))
        for k, check in enumerate(checks):
            if check.search(norm):
                assert bits >> k & 1, (text, check.pattern)


def test_ascii_words_need_no_normalize(corpus: list[str]) -> None:
    """`assess` reads the words of ASCII text from text.lower() (normalize is slower)."""
    odd = ["a\x1cb\x1dc\x1ed\x1fe\x0bf\x0cg", " brand\t\r\n!", "auto's co-melder_x 112!"]
    for text in [*corpus, *TRICKY, *odd]:
        if text.isascii():
            assert re.findall(r"\w+", normalize(text)) == re.findall(r"\w+", text.lower())


def test_may_alarm_contract(corpus: list[str], lemmatize: Lemmatize) -> None:
    gated, everyday = 0, 0
    urgent = {row["text"] for row in load_rows(CORPUS) if row["urgent"]}
    for text in [*corpus, *TRICKY]:
        if not text.isascii():
            continue
        everyday += text not in urgent
        lemmas = lemmatize(text)
        words = re.findall(r"\w+", text.lower())
        if not any(map(may_alarm, [*words, *lemmas])):
            gated += 1
            assert assess(text, lemmas) == CALM, text
    # the gate is worth having: it skips the rules for about a third of the corpus's ASCII
    # messages that are not emergencies (Nov 2026; the corpus is 22% urgent)
    assert gated > everyday // 4, gated / everyday
    assert not any(map(may_alarm, ["de", "straat", "lantaarnpaal", "afval", "hij"]))
    assert all(map(may_alarm, ["brand", "bewusteloos", "bewustelos", "112", "mishandelen"]))


@pytest.mark.parametrize(
    ("pattern", "text", "can_match"),
    [
        (r"\bco-?melder\b", "de co-melder", True),
        (r"\bco-?melder\b", "de comelder", True),
        (r"\bco-?melder\b", "de rookmelder", False),
        (r"\bhelp!+", "help me", True),  # the gate sees words only: sound, not tight
        (r"\b(?:auto|huis)brand\b", "huisbrand", True),
        (r"\b(?:auto|huis)brand\b", "brandhuis", False),
        (r"\bhij\b.{0,20}\breageert\b", "hij zegt niks", False),
        (r"\bhij\b.{0,20}\breageert\b", "reageert hij", True),
        (r"(?i)\bbrand\b", "BRAND", True),  # flags: no gate, always a candidate
        (r"[a-z]+!", "anything", True),  # no literal word piece: always a candidate
    ],
)
def test_regex_gate(pattern: str, text: str, can_match: bool) -> None:
    gate = RegexGate([re.compile(pattern)])
    tokens = text.split()
    bits = gate.refine(gate.candidates(tokens))
    assert bool(bits) == can_match
    if re.search(pattern, text):
        assert bits


def test_ways_of_a_pattern() -> None:
    found = ways(r"\b(?:hij|zij) gaat (?:nu )?weg\b")
    assert found is not None and len(found) == 4
    assert (
        frozenset({Anchor("exact", "zij"), Anchor("exact", "gaat"), Anchor("exact", "weg")})
        in found
    )
    assert ways(r".{0,3}") is None
    assert ways(re.compile("brand", re.IGNORECASE)) is None


def _word_bits_reference(gate: Any, word: str) -> int:
    """`_WordBits._word` without its quick rejects: every anchor table looked up."""
    bits = gate._exact.get(word, 0) | (gate._extra(word) if gate._extra else 0)
    for size, table in gate._prefix:
        if size <= len(word):
            bits |= table.get(word[:size], 0)
    for size, table in gate._suffix:
        if size <= len(word):
            bits |= table.get(word[-size:], 0)
    for text, bit in gate._infix:
        if text in word:
            bits |= bit
    return bits


def test_word_bits_quick_rejects_change_nothing(corpus: list[str]) -> None:
    """The prefix/suffix quick rejects of the word gate give every word the bits that looking
    up all anchor tables gives: the corpus words, every anchor, and anchors with a letter
    added or removed at either end."""
    gate = _gate()._tokens
    words = {w for text in corpus for w in re.findall(r"\w+", normalize(text))}
    for _, table in [*gate._prefix, *gate._suffix]:
        for text in table:
            words |= {text, text[1:], text[:-1], "x" + text, text + "x", "ab" + text + "cd"}
    words |= {"", "a", "ab", "abc"}
    assert gate._prefix and gate._suffix  # the rules have both kinds of anchors
    for word in sorted(words):
        assert gate._word(word) == _word_bits_reference(gate, word), word


def test_a_restored_gate_is_the_same_gate(corpus: list[str]) -> None:
    """`RegexGate.from_state(state())` (JSON round trip) gives every token the same bits and
    every text the same refined checks as the gate built from the rules."""
    import json

    from nlp.urgency import _typo_bit

    built = _gate()
    restored = RegexGate.from_state(json.loads(json.dumps(built.state())), _typo_bit)
    assert restored.state() == built.state() and restored.always == built.always
    for text in [*corpus[::3], *TRICKY]:
        tokens = normalize(text).split()
        assert restored.candidates(tokens) == built.candidates(tokens), text
        found = built.candidates(tokens)
        assert restored.refine(found) == built.refine(found), text
        assert restored.calm(tokens) == built.calm(tokens), text


def test_a_saved_gate_is_used_only_when_this_code_wrote_it(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import json

    import nlp.urgency as urgency

    built = _gate()
    urgency.save_gate(tmp_path)
    monkeypatch.setattr(urgency, "_GATE", None)
    assert urgency.install_gate(tmp_path) and urgency._GATE is not built
    assert urgency._GATE is not None and urgency._GATE.state() == built.state()

    saved = json.loads((tmp_path / urgency.GATE_FILE).read_text(encoding="utf-8"))
    (tmp_path / urgency.GATE_FILE).write_text(json.dumps({**saved, "fingerprint": "other"}))
    monkeypatch.setattr(urgency, "_GATE", None)
    assert not urgency.install_gate(tmp_path) and urgency._GATE is None
    assert assess("Er is brand in de keuken!").urgent  # built on first use instead
    assert urgency._GATE is not None and urgency._GATE.state() == built.state()

    (tmp_path / urgency.GATE_FILE).write_text("{not json")
    monkeypatch.setattr(urgency, "_GATE", None)
    with caplog.at_level("WARNING"):
        assert not urgency.install_gate(tmp_path)
    assert "cannot read the urgency gate" in caplog.text
    assert not urgency.install_gate(tmp_path / "missing")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:a|b c|d(?:e|f))\b", [r"\b(?:a)\b", r"\b(?:b c)\b", r"\b(?:d(?:e|f))\b"]),
        (r"\b(?:[|(]x|\(y|[]|]z|\\|w)\b", [r"\b(?:[|(]x)\b", r"\b(?:\(y)\b", r"\b(?:[]|]z)\b", r"\b(?:\\)\b", r"\b(?:w)\b"]),
        (r"\b(?:a)|(?:b)\b", [r"\b(?:a)|(?:b)\b"]),  # not one alternation: left whole
        (r"foo|bar", [r"foo|bar"]),
    ],
)
def test_top_alternatives(source: str, expected: list[str]) -> None:
    from nlp.regex_gate import top_alternatives

    assert top_alternatives(source) == expected
    whole = re.compile(source)
    for text in ["a", "b c", "de", "x", "(y", "]z", "|z", "\\", "w", "q", "df x"]:
        assert (whole.search(text) is not None) == any(re.search(p, text) for p in expected), text


def test_long_alternations_searched_through_their_words_find_what_the_regex_finds(
    corpus: list[str],
) -> None:
    """AnyOf (nlp/regex_gate.py) against the plain regex, on windows of corpus messages and
    of the texts it was written for, before and after a JSON round trip of its gate."""
    import json

    from nlp.regex_gate import AnyOf
    from nlp.urgency_rules import FRAMES, NEGATIONS, SENTENCE_NEGATIONS

    rng = random.Random(7)
    texts = [normalize(t) for t in rng.sample(corpus, 1500)] + [
        normalize(t) for t in (*TRICKY, "er was vorige week een gaslek maar stedin heeft het gemaakt")
    ]
    windows = [(t, 0, len(t)) for t in texts]
    for text in texts:
        start = rng.randrange(len(text) or 1)
        windows.append((text, start, min(len(text), start + rng.randrange(5, 160))))
    for pattern in (NEGATIONS, SENTENCE_NEGATIONS, FRAMES):
        fast = AnyOf(pattern)
        restored = AnyOf(pattern)
        restored.install(json.loads(json.dumps(fast.state())))
        expected = [pattern.search(t, a, b) is not None for t, a, b in windows]
        assert [fast.search(t, a, b) for t, a, b in windows] == expected
        assert [restored.search(t, a, b) for t, a, b in windows] == expected
        assert sum(expected) > 10  # the windows do hold negations


def test_importing_the_rules_compiles_no_alternative() -> None:
    """Nothing heavy at import time: each alternative is worked out and compiled when first
    searched (`_Single`), so a short-lived process pays only for the ones it runs."""
    import subprocess
    import sys

    code = (
        "import nlp.urgency as u; "
        "print(sum(s._compiled is not None or s._source is not None for s, _ in u._SINGLES), len(u._SINGLES))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    compiled, total = map(int, done.stdout.split())
    assert compiled == 0 and total > 500
