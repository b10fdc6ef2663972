"""FAQ retrieval: TF-IDF over words (lemmas when available) and character n-grams.

Each entry is indexed through its question variants (max similarity) and, with a smaller
weight, its whole text (questions + answer). The index is a few hundred sparse vectors, so
rebuilding it after an admin edit is cheap (`FaqIndex(entries)`).

Abstaining matters as much as matching: a report ("de lantaarnpaal voor nr 12 is al weken
kapot") must not get the FAQ "hoe meld ik een kapotte lantaarnpaal?". A match therefore
needs a question (`is_question`: not a complaint phrased as one, not a request to come and
fix something, not a follow-up on an earlier request) and a moderate score with some words
in common with the entry (`LEXICAL_FLOOR`: the FAQ classifier alone does not answer), or a
very close paraphrase of one of the entry's variants.

`match_many` gives `match`'s results for a batch: the query features come from per-word
memos kept by the index (`_QueryColumns`), and the products, theme and prior adjustments
are array operations. `match_batch` (the analyzer's path) is `match_many` fed with arrays:
lemmas as rows of the analyzer's word table (memoised per row), classifier probabilities as
(messages x labels) arrays. The straightforward versions stay as `_match_many_reference` /
`_is_question_reference` (tests/nlp/test_faq_speed.py).
"""

from __future__ import annotations

import math
import re
import threading
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from core.domain import FaqEntry
from nlp.lexicon import concepts, phrase_concepts, word_concept
from nlp.text import normalize, words

Lemmatize = Callable[[str], list[str]]

STOP_WORDS = frozenset(
    """
    de het een en of in op te van voor met aan bij naar uit om er is zijn was ik je jij u we
    wij ze zij hij mijn m'n onze ons jullie dat die dit deze daar hier al ook nog maar dan als
    the a an of to in on for is are i my we our you your it be do does can how what
    """.split()  # noqa: SIM905
)

QUESTION_START = re.compile(
    r"^(?:hoe|wat|waar|wanneer|wie|welke|welk|waarom|hoelang|hoeveel|mag|mogen|kan|kun|kunt|"
    r"kunnen|moet|moeten|heb|hebben|heeft|is|zijn|wordt|worden|weet|zou|zouden|krijg|"
    r"how|what|where|when|who|which|why|can|could|may|do|does|is|are|should|will|would)\b"
)
QUESTION_PHRASE = re.compile(
    r"\b(?:ik wil (?:graag )?(?:weten|vragen)|weet iemand|vraag over|vraagje|graag info|informatie over|"
    r"hoe zit het met|hoe werkt|hoe kan ik|hoe moet ik|hoe meld ik|kan ik|mag ik|moet ik|waar kan ik|"
    r"waar (?:meld|moet) ik|(?:bij )?wie (?:moet|kan) ik|ik vroeg me af|"
    r"i want to know|i would like to know|how do i|can i|where can i|where do i|who do i|is it allowed|info about)\b"
)


# Complaints dressed as questions: "hoe kan het dat...", "waarom duurt...", "wie gaat hier iets aan doen?"
# Every "waarom"/"why": the FAQ answers how, where, when and whether, never why (measured on
# nlp/corpus/faq_tuning_b.py: no question for an entry there starts or turns on it).
RHETORICAL = re.compile(
    r"\b(?:hoe kan het dat|hoe is het mogelijk|waarom|wachten (?:we|jullie) (?:tot|totdat)|"
    r"wie gaat (?:hier|dit|er|daar)|wanneer gaan jullie|wanneer (?:wordt|gaat) (?:dit|dat|er eindelijk)|"
    r"(?:kunnen|willen|gaan) jullie (?:hier|er|daar|dit) (?:iets|wat|eens iets|eens wat|nou eens) aan doen|"
    r"doen jullie (?:er|hier|daar) (?:iets|nog|eigenlijk) aan|is dit normaal|hoe lang nog|"
    r"wat (?:kunnen|gaan) jullie (?:er |hier |daar )?(?:aan |tegen )?doen|"
    r"why|can you do something|can someone do something)\b"
)


# Reports dressed as questions. A request to come and act on something public ("kan er iemand
# naar kijken?", "kunnen jullie die boom snoeien?", "can it be removed?"); a request about the
# resident's own things ("kunnen jullie mijn bank ophalen?", "... wat ik getypt heb wissen?")
# stays a question. And a follow-up on an earlier request: something requested, reported or
# applied for (EARLIER_REQUEST) and nothing heard or done yet (STILL_NOTHING).
ACTION_REQUEST = re.compile(
    r"\b(?:(?:kunnen|kan|could|can) (?:jullie|you)(?!(?: \S+){0,2} (?:mijn|m'n|my|me|mij|alles wat ik|wat ik|ons|onze|our|us)\b)"
    r"|kan (?:er )?(?:alsjeblieft |aub |even |misschien |nou )?iemand|wil (?:er )?iemand|can someone|could someone"
    r"|kan (?:die|dat|deze|hij|ze|het)\b(?: \S+){0,6}? (?:worden|weg|gemaakt|geleegd|gesnoeid|weggehaald|opgeruimd|vastgelegd)"
    r"|can (?:it|they|this|that) be)\b"
)
STILL_NOTHING = re.compile(
    r"\b(?:nog steeds|nog altijd|nog niks|nog niets|nog geen|nog niet|niks gehoord|niets gehoord|geen reactie|"
    r"geen antwoord|geen bericht|stand van zaken|hoe staat het|still|yet|no reply|no answer|nobody|niemand)\b"
)
EARLIER_REQUEST = re.compile(
    r"\b(?:(?:heb|hebben|had|hadden|is|zijn)\b(?: \S+){0,8}? (?:aangevraagd|gemeld|ingediend|doorgegeven|gemaild|"
    r"aangemeld|ingeleverd|gebeld|opgegeven|besteld|geregeld|betaald)|(?:i|we) (?:have |had |already )?"
    r"(?:applied|reported|signed up|submitted|requested|emailed|called|registered)|(?:mijn|onze|de) (?:aanvraag|melding|afspraak))\b"
)


def reports(norm: str) -> bool:
    """Whether a normalised text that asks something is really a report: a request to act on
    something public, or a follow-up on an earlier request (no FAQ answers either)."""
    if _ACTION_HINTS.search(norm) and ACTION_REQUEST.search(norm):
        return True
    return bool(STILL_NOTHING.search(norm) and EARLIER_REQUEST.search(norm))


def is_question(text: str) -> bool:
    """An information request (not a report, and not a complaint phrased as a question).

    `_is_question_reference` with the cheap tests first: RHETORICAL only matters for a text
    that asks, and the two long patterns only run on texts holding one of their hints.
    """
    return _asks(_ascii_normalized(text))


def question_and_words(text: str) -> tuple[bool, int]:
    """`(is_question(text), len(text.split()))`, the word count from the normalised text
    when it is ASCII (its words are then the text's, joined by single spaces)."""
    norm = _ascii_normalized(text)
    count = (norm.count(" ") + 1 if norm else 0) if text.isascii() else len(text.split())
    return _asks(norm), count


def _asks(norm: str) -> bool:
    """`is_question` of a normalised text."""
    asks = "?" in norm or _starts_a_clause(norm) or _has_question_phrase(norm) or _asks_last(norm)
    asks = asks or _keyword_query(norm)
    return asks and not (_RHETORICAL_HINTS.search(norm) and RHETORICAL.search(norm)) and not reports(norm)


# a question word closing the message: "parkeervergunning aanvragen hoe", "afvalkalender waar"
_LAST_WORD_ASKS = re.compile(r"\s(?:hoe|waar|wanneer|wie|welke|how|where|when|who)\W*$")


def _asks_last(norm: str) -> bool:
    return _LAST_WORD_ASKS.search(norm) is not None


# A search-box query: a few words naming a service and what the resident wants of it
# ("drempel aanvragen", "afvalkalender 3572", "buurtteam tel nr", "geveltuintje aanleggen mag
# dat"), asked without a question word or mark. Not "X melden" (a report: "lantaarnpaal kapot
# melden") and nothing that states a problem ("container vol", "kuil in de weg").
KEYWORD_QUERY_WORDS = 6
_KEYWORD_QUERY = re.compile(
    r"\b(?:aanvragen|aanvraag|aanleggen|aanmelden|afmelden|opzeggen|verlengen|inschrijven|doorgeven|"
    r"huren|bellen|organiseren|starten|beginnen|adopteren|tel|telnr|nummer|nr|contact|kalender|"
    r"openingstijd|regels|kosten|tarief|tarieven|apply|number|phone|calendar|opening hours|rules)\b"
    r"(?: \d{4}(?: ?[a-z]{2})?| [a-z]+)?\W*"
    r"(?:(?:mag|kan) (?:dat|het)|(?:how|hoe|waar|where))?\W*$"
    # anywhere in the message (the words the first branch also ends on are left to this one)
    r"|\b(?:tel(?:efoon)?(?:\.| )?(?:nr|nummer)|telefoonnum\w*|contactgegevens|openingstijden|\w+kalender)\b"
    r"|\b(?:mag|kan) (?:dat|het)\W*$"
)


def _keyword_query(norm: str) -> bool:
    """Whether a message of at most KEYWORD_QUERY_WORDS words is a search-box query."""
    return norm.count(" ") < KEYWORD_QUERY_WORDS and _KEYWORD_QUERY.search(norm) is not None


def _ascii_normalized(text: str) -> str:
    """`normalize(text)`: for ASCII text lower case with white space runs joined by a space
    (without normalize's regex and cache); the lower-cased text itself when it has no
    control characters (ASCII white space other than the space is one) and no space at
    either end or next to another, which `split` and `join` would change."""
    if not text.isascii():
        return normalize(text)
    low = text.lower()
    if low.isprintable() and "  " not in low and low[:1] != " " and low[-1:] != " ":
        return low
    return " ".join(low.split())


def _is_question_reference(text: str) -> bool:
    """The straightforward `is_question` (the fast one must agree with it)."""
    norm = normalize(text)
    if RHETORICAL.search(norm) or ACTION_REQUEST.search(norm):
        return False
    if STILL_NOTHING.search(norm) and EARLIER_REQUEST.search(norm):
        return False
    if "?" in norm or QUESTION_PHRASE.search(norm) or _LAST_WORD_ASKS.search(norm):
        return True
    if len(norm.split()) <= KEYWORD_QUERY_WORDS and _KEYWORD_QUERY.search(norm):
        return True
    return any(QUESTION_START.match(clause.strip()) for clause in _CLAUSES.split(norm))


_CLAUSES = re.compile(r"[,.;:!\n]")
# A clause after the first one starts with a question word: the split character, the
# whitespace `strip` removes, the word (QUESTION_START without its `^`).
_LATER_CLAUSE_START = re.compile(
    _CLAUSES.pattern + r"\s*" + QUESTION_START.pattern.removeprefix("^")
)


def _starts_a_clause(norm: str) -> bool:
    """`any(QUESTION_START.match(c.strip()) for c in _CLAUSES.split(norm))`, without the split."""
    return bool(QUESTION_START.match(norm.lstrip()) or _LATER_CLAUSE_START.search(norm))


def _hints(*literals: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, literals)))


# Every alternative of RHETORICAL / QUESTION_PHRASE contains one of these literally, so a text
# without any cannot match (tests/nlp/test_faq_speed.py checks this on the parsed patterns).
_RHETORICAL_HINTS = _hints(
    "hoe ",
    "waarom",
    "wachten ",
    "wie gaat ",
    "wanneer ",
    "jullie ",
    "is dit normaal",
    "why",
    "do something",
)
_ACTION_HINTS = _hints("jullie", "you", "iemand", "someone", "kan ", "can ")
_PHRASE_HINTS = _hints(
    "ik wil ",
    "waar ",
    "wie ",
    "vroeg",
    "where do",
    "who do",
    "weet iemand",
    "vraag",
    "info",
    "hoe ",
    "kan ik",
    "mag ik",
    "moet ik",
    "know",
    "how do i",
    "can i",
    "is it allowed",
)


def _has_question_phrase(norm: str) -> bool:
    return bool(_PHRASE_HINTS.search(norm) and QUESTION_PHRASE.search(norm))


CHAR_NGRAMS = (3, 4, 5)
WORD_WEIGHT, CONCEPT_WEIGHT, CHAR_WEIGHT = 1.0, 2.0, 0.1  # chosen on nlp/corpus/faq_tuning.py


def _features(text: str, lemmas: Sequence[str] | None = None) -> dict[str, float]:
    tokens = [t for t in words(text) if t not in STOP_WORDS]
    feats: dict[str, float] = {}
    lemmas = (
        [x.lower() if x.isascii() else normalize(x) for x in lemmas]
        if lemmas is not None
        else tokens
    )
    for lemma in lemmas:
        if lemma and lemma not in STOP_WORDS and lemma.isalnum():
            key = "w:" + lemma
            feats[key] = feats.get(key, 0.0) + WORD_WEIGHT
    for concept in concepts(text):
        feats["c:" + concept] = feats.get("c:" + concept, 0.0) + CONCEPT_WEIGHT
    grams: Counter[str] = Counter()
    for token in tokens:
        grams.update(_char_grams(token))
    for gram, count in grams.items():
        feats[gram] = feats.get(gram, 0.0) + CHAR_WEIGHT * count
    return feats


@lru_cache(maxsize=100_000)
def _char_grams(token: str) -> tuple[str, ...]:
    padded = f"<{token}>"
    return tuple(padded[i : i + n] for n in CHAR_NGRAMS for i in range(max(1, len(padded) - n + 1)))


@lru_cache(maxsize=256)
def _gram_slices(length: int) -> tuple[slice, ...]:
    """The slices of `_char_grams` for a padded token of `length` characters, in its order."""
    return tuple(slice(i, i + n) for n in CHAR_NGRAMS for i in range(max(1, length - n + 1)))


def _query_vector(
    text: str, lemmas: Sequence[str] | None, idf: dict[str, float]
) -> dict[str, float]:
    """The TF-IDF vector of a message over the index's features (`_vector` drops the others)."""
    return _vector(_features(text, lemmas), idf)


def _vector(feats: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    vec = {f: c * idf[f] for f, c in feats.items() if f in idf}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


def _put(buffer: np.ndarray, used: int, new: np.ndarray) -> np.ndarray:
    """`buffer` (its first `used` items kept) with `new` written after them; grows by doubling."""
    if used + len(new) > len(buffer):
        grown = np.empty(max(2 * len(buffer), used + len(new), 1024), dtype=buffer.dtype)
        grown[:used] = buffer[:used]
        buffer = grown
    buffer[used : used + len(new)] = new
    return buffer


class _Ragged:
    """Append-only list of int tuples, mirrored in numpy arrays for gathering many at once."""

    def __init__(self) -> None:
        self.items: list[tuple[int, ...]] = []
        self._synced = self._used = 0
        self._starts = self._lengths = self._values = np.zeros(0, dtype=np.intp)

    def append(self, item: tuple[int, ...]) -> int:
        self.items.append(item)
        return len(self.items) - 1

    def gather(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The items `ids`, concatenated, and the length of each."""
        self._sync()
        lengths = self._lengths[ids]
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        shift = np.repeat(self._starts[ids] - (ends - lengths), lengths)
        return self._values[shift + np.arange(total)], lengths

    def _sync(self) -> None:
        new = self.items[self._synced :]
        if not new:
            return
        lengths = np.fromiter(map(len, new), dtype=np.intp, count=len(new))
        ends = np.cumsum(lengths)
        values = np.fromiter(chain.from_iterable(new), dtype=np.intp, count=int(ends[-1]))
        self._starts = _put(self._starts, self._synced, self._used + ends - lengths)
        self._lengths = _put(self._lengths, self._synced, lengths)
        self._values = _put(self._values, self._used, values)
        self._synced += len(new)
        self._used += len(values)


class _Ids(dict[str, int]):
    """word -> id of its item in `store`, the item computed on first use."""

    def __init__(self, store: _Ragged, compute: Callable[[str], tuple[int, ...]]) -> None:
        super().__init__()
        self._store, self._compute = store, compute

    def __missing__(self, key: str) -> int:
        value = self[key] = self._store.append(self._compute(key))
        return value


class _WordConcepts(dict[str, str | None]):
    """word -> its lexicon concept (or None), looked up on first use."""

    def __missing__(self, word: str) -> str | None:
        # a word of `words(text)` is its own only word: `word_concepts(word)` is its concept
        value = self[word] = word_concept(word) or None
        return value


@lru_cache(maxsize=1)
def _phrases_by_first_word() -> dict[str, list[tuple[str, str]]]:
    """The lexicon's phrases (" w1 w2 ", concept) by their first word, in lexicon order."""
    index: dict[str, list[tuple[str, str]]] = {}
    for phrase, concept in phrase_concepts():
        index.setdefault(phrase[0], []).append((f" {' '.join(phrase)} ", concept))
    return index


# ASCII: upper case -> lower case, letters and digits kept, anything else -> space
_ASCII_WORDS = str.maketrans(
    {c: chr(c + 32) if 65 <= c <= 90 else chr(c) if chr(c).isalnum() else " " for c in range(128)}
)


def _tokens(text: str) -> list[str]:
    """`words(text)`; for ASCII text without apostrophes, where the words are the runs of
    letters and digits of the lower-cased text, without normalize's regex and the word regex."""
    if text.isascii() and "'" not in text:
        return text.translate(_ASCII_WORDS).split()
    return words(text)


class _QueryColumns:
    """The vocabulary columns of a message's known features (those `_query_vector` keeps),
    memoised per lemma (or lemma-table row) and per token: a batch is a few dictionary
    look-ups per word, then numpy.

    A token's memo item holds the column of its lexicon concept and those of its character
    n-grams. The three kinds of features ("w:" lemmas, "c:" concepts, n-grams) never share a
    column, so the features of all messages can be gathered kind by kind and put in
    `_query_vector`'s order (per message: lemmas, concepts, n-grams, each in order of first
    occurrence) by one stable sort on (message, kind)."""

    LIMIT = 100_000  # memoised keys; beyond, the memo starts afresh (between batches)
    LEMMA, CONCEPT, GRAM = 0, 1, 2  # the kinds of columns, in `_query_vector`'s order

    def __init__(self, vocab: Mapping[str, int]) -> None:
        self._vocab = vocab
        kinds = {"w:": self.LEMMA, "c:": self.CONCEPT}
        self._kinds = np.array([kinds.get(f[:2], self.GRAM) for f in vocab], dtype=np.intp)
        self._lock = threading.Lock()  # the bot analyses chats in threads; the memo is shared
        self._reset()

    def _reset(self) -> None:
        self._store = _Ragged()
        self._lemmas = _Ids(self._store, self._lemma_columns)
        self._tokens = _Ids(self._store, self._token_columns)
        self._word_concepts = _WordConcepts()
        self._phrases = _phrases_by_first_word()
        self._phrase_first_words = frozenset(self._phrases)
        self._phrase_starts = self._phrase_start_keys()
        self._table: Sequence[str] | None = None  # the lemma table of `_row_columns`
        self._row_columns = np.zeros(0, dtype=np.intp)
        self._rows_done = 0

    _PAIR = 1 << 32  # memo ids stay far below: key of ids (a, b) = a * _PAIR + b

    def _phrase_start_keys(self) -> np.ndarray | None:
        """The keys of the first two words (their token memo ids) of the lexicon's phrases,
        sorted: a message can hold a phrase only where two consecutive tokens have such a key
        (the phrases' words get memo items, so the keys hold for the memo's lifetime). None
        when a phrase has one word (then any message may hold one)."""
        starts = {
            tuple(phrase.split()[:2]) for phrases in self._phrases.values() for phrase, _ in phrases
        }
        if any(len(start) < 2 for start in starts):
            return None
        token_id = self._tokens.__getitem__
        keys = [token_id(first) * self._PAIR + token_id(second) for first, second in starts]
        return np.unique(np.array(keys, dtype=np.int64))

    def _known(self, *features: str) -> tuple[int, ...]:
        found = map(self._vocab.get, features)
        return tuple(column for column in found if column is not None)

    def _lemma_columns(self, lemma: str) -> tuple[int, ...]:
        """The "w:" column of one lemma, normalised and filtered as `_features` does."""
        lemma = lemma.lower() if lemma.isascii() else normalize(lemma)
        if lemma and lemma not in STOP_WORDS and lemma.isalnum():
            return self._known("w:" + lemma)
        return ()

    def _token_columns(self, token: str) -> tuple[int, ...]:
        """The column of a token's concept (`_features` looks up every token), then those of
        its character n-grams (stop words have none), once per occurrence, in order; -1 for
        an unknown feature (dropped with numpy)."""
        concept = self._word_concepts[token]
        found = (self._vocab.get("c:" + concept, -1),) if concept else ()
        if token in STOP_WORDS:
            return found
        padded = f"<{token}>"
        grams = map(padded.__getitem__, _gram_slices(len(padded)))
        return found + tuple(map(self._vocab.get, grams, repeat(-1)))

    def _text_concepts(self, tokens: list[str]) -> Iterable[str]:
        """`concepts(text)` from `words(text)`: nlp.lexicon's `_concepts` (the words' concepts,
        then the phrases')."""
        found = self._word_concepts_of(tokens)
        found.update(dict.fromkeys(self._phrase_concepts(tokens, found)))
        return found

    def _word_concepts_of(self, tokens: list[str]) -> dict[str, None]:
        """The concepts of the words, in order of first appearance (memoised per word)."""
        return dict.fromkeys(filter(None, map(self._word_concepts.__getitem__, tokens)))

    def _phrase_concepts(
        self, tokens: list[str], found: Mapping[str, None] | None = None
    ) -> list[str]:
        """The concepts the lexicon's phrases add to the words' (`found`, by default looked up
        when a phrase is there), in the order `concepts(text)` appends them (with repeats);
        the phrases are found by their first word."""
        first_words = self._phrase_first_words.intersection(tokens)
        if not first_words:
            return []
        by_first_word, joined = self._phrases, " " + " ".join(tokens) + " "
        hits = [
            concept
            for word in first_words
            for phrase, concept in by_first_word[word]
            if phrase in joined
        ]
        if not hits:
            return hits
        if found is None:
            found = self._word_concepts_of(tokens)
        hits = [concept for concept in hits if concept not in found]
        if len(set(hits)) > 1:  # their order matters: that of the lexicon's candidates
            hits = [
                concept
                for word in set(tokens)
                for phrase, concept in by_first_word.get(word, ())
                if phrase in joined and concept not in found
            ]
        return hits

    def batch(
        self, texts: Sequence[str], lemmas: Sequence[Sequence[str] | None]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, count) of each distinct known feature of each message, ordered by
        message, then by first occurrence among its words, concepts and n-grams: the order of
        `_query_vector`. A message without lemmas (None) uses its tokens."""
        with self._lock:
            self._restart_if_full()
            lemma_id = self._lemmas.__getitem__
            ids: list[int] = []
            ends: list[int] = []
            for text, words_ in zip(texts, lemmas, strict=True):
                ids.extend(map(lemma_id, _tokens(text) if words_ is None else words_))
                ends.append(len(ids))
            rows, columns = self._gathered(np.array(ids, dtype=np.intp), ends, len(texts))
            return self._with_tokens(texts, rows, columns)

    def batch_rows(
        self, texts: Sequence[str], lemmas: TokenLemmas
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`batch` with the lemmas given as lemma-table rows (`TokenLemmas`): the same
        (row, column, count) triples in the same order."""
        with self._lock:
            self._restart_if_full()
            columns = self._lemma_row_columns(lemmas.table)[lemmas.rows]
            known = columns >= 0
            return self._with_tokens(texts, lemmas.messages[known], columns[known])

    def _restart_if_full(self) -> None:
        if len(self._store.items) > self.LIMIT:
            self._reset()

    def _lemma_row_columns(self, table: Sequence[str]) -> np.ndarray:
        """The "w:" column of each row's lemma (-1: none), memoised per row while the table is
        the same object (a new word-table generation starts the memo afresh)."""
        if table is not self._table:
            self._table, self._rows_done = table, 0
        done, needed = self._rows_done, len(table)
        if needed > done:
            # `_lemma_columns` without its filter: a "w:" feature is in the vocabulary only
            # when its lemma passed that filter (`_features`)
            get = self._vocab.get
            new = [
                get("w:" + (x.lower() if x.isascii() else normalize(x)), -1)
                for x in table[done:needed]
            ]
            self._row_columns = _put(self._row_columns, done, np.array(new, dtype=np.intp))
            self._rows_done = needed
        return self._row_columns

    def _with_tokens(
        self, texts: Sequence[str], lemma_rows: np.ndarray, lemma_columns: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`batch` from the lemmas' (row, column) pairs (in message order): adds the tokens'
        concepts and n-grams and the phrases' concepts, and puts the distinct features of
        each message in `_query_vector`'s order."""
        token_id = self._tokens.__getitem__
        ids: list[int] = []
        ends: list[int] = []
        for text in texts:
            ids.extend(map(token_id, _tokens(text)))
            ends.append(len(ids))
        token_ids = np.array(ids, dtype=np.intp)
        phrases: list[str] = []
        phrase_rows: list[int] = []
        for row in self._may_hold_phrases(token_ids, ends):
            found = self._phrase_concepts(_tokens(texts[row]))
            phrases.extend(found)
            phrase_rows.extend([row] * len(found))
        token_rows, token_columns = self._gathered(token_ids, ends, len(texts))
        get = self._vocab.get
        phrase_columns = [get("c:" + concept, -1) for concept in phrases]
        # the words' concepts come before the phrases': first occurrences are the words'
        rows = np.concatenate((lemma_rows, token_rows, np.array(phrase_rows, dtype=np.intp)))
        columns = np.concatenate(
            (lemma_columns, token_columns, np.array(phrase_columns, dtype=np.intp))
        )
        known = columns >= 0
        rows, columns, counts = _first_occurrences(rows[known], columns[known], len(self._vocab))
        kinds = self._kinds[columns]
        counts[kinds == self.CONCEPT] = 1  # `concepts(text)` names each concept once
        order = np.argsort(rows * 3 + kinds, kind="stable")
        return rows[order], columns[order], counts[order]

    def _may_hold_phrases(self, ids: np.ndarray, ends: list[int]) -> list[int]:
        """The messages (the token ids of message k end at ends[k]) with two consecutive
        tokens that start a lexicon phrase: the others hold no phrase."""
        if self._phrase_starts is None:
            return list(range(len(ends)))
        if len(ids) < 2 or not len(self._phrase_starts):
            return []
        tokens = ids.astype(np.int64, copy=False)
        message = np.repeat(np.arange(len(ends)), np.diff(ends, prepend=0))
        pairs, known = tokens[:-1] * self._PAIR + tokens[1:], self._phrase_starts
        at = np.searchsorted(known, pairs)  # faster than np.isin for these sizes
        at[at == len(known)] = 0
        starts = (known[at] == pairs) & (message[:-1] == message[1:])
        return np.unique(message[:-1][starts]).tolist()  # type: ignore[no-any-return]

    def _gathered(self, ids: np.ndarray, ends: list[int], n: int) -> tuple[np.ndarray, np.ndarray]:
        """(message, column) of the memo items `ids`, the ids of message k ending at ends[k]."""
        columns, lengths = self._store.gather(ids)
        per_id_end = np.concatenate(([0], np.cumsum(lengths)))[ends]
        return np.repeat(np.arange(n), np.diff(per_id_end, prepend=0)), columns


def _first_occurrences(
    rows: np.ndarray, columns: np.ndarray, width: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (row, column) pairs in order of first occurrence, with their counts."""
    keys = rows * width + columns
    order = np.argsort(keys, kind="stable")  # equal keys keep their order: first comes first
    ordered = keys[order]
    first = np.ones(len(keys), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    count_at = np.zeros(len(keys), dtype=np.intp)
    count_at[order[starts]] = np.diff(starts, append=len(keys))
    kept = np.flatnonzero(count_at)
    return rows[kept], columns[kept], count_at[kept]


@dataclass(frozen=True)
class FaqMatch:
    slug: str | None
    score: float
    best_slug: str | None  # the nearest entry, even when abstaining


@dataclass(frozen=True)
class Probabilities:
    """A classifier's view of a batch: (messages x labels) float64 probabilities, as the
    analyzer's heads give them (no per-message dictionaries)."""

    labels: Sequence[str]
    values: np.ndarray

    def columns(self, names: Sequence[str], missing: float) -> np.ndarray:
        """(messages x names) float64: the probability of each name, `missing` for a name
        that is no label (what `dict.get(name, missing)` gives per message)."""
        values = np.asarray(self.values, dtype=np.float64)
        if not len(self.labels):
            return np.full((len(values), len(names)), missing)
        at = {label: k for k, label in enumerate(self.labels)}
        picked = np.array([at.get(name, -1) for name in names], dtype=np.intp)
        found = values[:, picked]
        found[:, picked < 0] = missing
        return found


@dataclass(frozen=True)
class TokenLemmas:
    """The lemmas of a batch's tokens as rows of an append-only lemma table (the analyzer's
    word table, `nlp.features.Words.lemmas`): the FAQ columns of a lemma are then memoised
    per table row and gathered with numpy, instead of looked up per token per message."""

    table: Sequence[str]  # the lemma of each row; rows are only appended
    rows: np.ndarray  # the table row of each token, all messages' tokens in order
    messages: np.ndarray  # the message of each token (non-decreasing)


class FaqIndex:
    """Cosine TF-IDF index over FAQ entries; construct anew when the entries change."""

    QUESTION_WEIGHT = 0.65
    DENSE_BYTES = 64 << 20  # batch products use a dense (vocabulary x texts) matrix up to this

    def __init__(
        self,
        entries: Iterable[FaqEntry],
        lemmatize: Lemmatize | None = None,
        *,
        threshold: float = 0.25,
        statement_threshold: float = 0.8,
    ) -> None:
        self.entries = [e for e in entries if e.active]
        self.threshold = threshold
        self.statement_threshold = statement_threshold
        self._lemmatize = lemmatize
        docs: list[tuple[int, dict[str, float]]] = []
        for i, entry in enumerate(self.entries):
            for question in entry.questions:
                docs.append((i, _features(question, self._lemmas(question))))
        whole = [self._whole_features(e) for e in self.entries]
        df: Counter[str] = Counter()
        for _, feats in docs:
            df.update(feats.keys())
        n = len(docs) + 1
        self._idf = {f: math.log(n / (1 + d)) + 1 for f, d in df.items()}
        self._vocab = {f: k for k, f in enumerate(self._idf)}
        self._questions = self._matrix([feats for _, feats in docs])
        self._wholes = self._matrix(whole)
        counts = np.bincount([i for i, _ in docs], minlength=len(self.entries))
        self._starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.intp)
        self._has_questions = counts > 0
        self._init_fast_path()

    def _init_fast_path(self) -> None:
        """Memos and per-column arrays for `match_many` (they depend on the vocabulary, so
        they live and die with the index)."""
        from scipy.sparse import csr_matrix

        self._query_columns = _QueryColumns(self._vocab)
        # questions and whole texts side by side, for one product per batch (each product
        # column is summed exactly as in a product with its own matrix): dense while it is
        # small, as a sparse query times a dense matrix reads only the query's rows of it
        # (half the time of a sparse product), else sparse, so a large FAQ costs no more
        # memory than its questions' features
        both = np.hstack((self._questions, self._wholes))
        self._both: np.ndarray | csr_matrix = both if both.nbytes <= self.DENSE_BYTES else csr_matrix(both)
        kinds = {"w:": WORD_WEIGHT, "c:": CONCEPT_WEIGHT}
        self._column_weights = np.array([kinds.get(f[:2], CHAR_WEIGHT) for f in self._vocab])
        self._column_idf = np.array([self._idf[f] for f in self._vocab])
        self._slugs = [e.slug for e in self.entries]
        self._theme_names = list(dict.fromkeys(e.theme for e in self.entries))
        self._entry_theme = np.array(
            [self._theme_names.index(e.theme) for e in self.entries], dtype=np.intp
        )

    def _matrix(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """Dense (vocabulary x rows) matrix of L2-normalised TF-IDF vectors (rows gather fast)."""
        matrix = np.zeros((len(self._vocab), len(rows)), dtype=np.float32)
        for r, feats in enumerate(rows):
            for f, w in _vector(feats, self._idf).items():
                matrix[self._vocab[f], r] = w
        return matrix

    def _lemmas(self, text: str) -> list[str] | None:
        return self._lemmatize(text) if self._lemmatize else None

    def _whole_features(self, entry: FaqEntry) -> dict[str, float]:
        text = " ".join((*entry.questions, entry.answer_nl))
        return _features(text, self._lemmas(text))

    def scores(self, text: str, lemmas: Sequence[str] | None = None) -> dict[str, float]:
        """Similarity per slug (0..1). Pass `lemmas` when the caller already has them."""
        if lemmas is None:
            lemmas = self._lemmas(text)
        vec = _query_vector(text, lemmas, self._idf)
        if not vec or not self.entries:
            return {e.slug: 0.0 for e in self.entries}
        ids = np.fromiter((self._vocab[f] for f in vec), dtype=np.intp, count=len(vec))
        weights = np.fromiter(vec.values(), dtype=np.float32, count=len(vec))
        per_question = weights @ self._questions[ids]
        best = np.zeros(len(self.entries), dtype=np.float32)
        if per_question.size:
            reduced = np.maximum.reduceat(per_question, self._starts)
            best = np.where(self._has_questions, reduced, 0.0)
        whole = weights @ self._wholes[ids]
        qw = self.QUESTION_WEIGHT
        combined = qw * best + (1 - qw) * whole
        return {e.slug: float(combined[i]) for i, e in enumerate(self.entries)}

    PRIOR_WEIGHT = 0.5  # with threshold 0.25: chosen on nlp/corpus/faq_tuning.py
    # The chosen entry's own (lexical, theme-scaled) score a question needs besides the
    # threshold: the largest floor at which the hard questions of nlp/corpus/faq_tuning*.py
    # kept their right answers within 2 points (0.2: 73.3% right vs 74.7% without, false
    # answers to near misses and off-topic questions 27% vs 30%; 0.25: 72.0%, 24%).
    LEXICAL_FLOOR = 0.2
    THEME_WEIGHT = 0.5  # chosen on nlp/corpus/faq_tuning.py with the question threshold

    def match(
        self,
        text: str,
        question: bool | None = None,
        lemmas: Sequence[str] | None = None,
        theme_scores: Mapping[str, float] | None = None,
        prior: Mapping[str, float] | None = None,
    ) -> FaqMatch:
        """The entry this message asks for, or slug=None (abstain).

        With `theme_scores` (the classifier's view of the message), an entry's lexical
        similarity is scaled by the probability of the entry's theme: two independent signals.
        """
        if not self.entries:
            return FaqMatch(None, 0.0, None)
        asked = is_question(text) if question is None else question
        return self._decide_one(self.scores(text, lemmas), asked, theme_scores, prior)

    def _decide_one(
        self,
        scores: dict[str, float],
        asked: bool,
        theme_scores: Mapping[str, float] | None,
        prior: Mapping[str, float] | None,
    ) -> FaqMatch:
        """`match` from the lexical scores of a message."""
        w = self.THEME_WEIGHT
        themes = {e.slug: e.theme for e in self.entries}

        def factor(slug: str) -> float:  # without a classifier, assume an even chance
            return (1 - w) + w * (theme_scores.get(themes[slug], 0.0) if theme_scores else 0.5)

        lexical = {  # a near-verbatim question keeps most of its score, whatever the theme
            slug: max(value * factor(slug), value - 0.25) for slug, value in scores.items()
        }
        scores = lexical
        if prior:  # the trained FAQ classifier's view, for the slugs it knows
            b = self.PRIOR_WEIGHT
            scores = {slug: (1 - b) * v + b * prior.get(slug, v) for slug, v in scores.items()}
        slug, score = max(scores.items(), key=lambda kv: kv[1])
        return FaqMatch(slug if self._answers(score, lexical[slug], asked) else None, score, slug)

    def _answers(self, score: float, lexical: float, asked: bool) -> bool:
        """A question scoring over the threshold with some words in common with the entry, or
        any message over the statement threshold."""
        if score >= self.statement_threshold:
            return True
        return asked and score >= self.threshold and lexical >= self.LEXICAL_FLOOR

    def match_many(
        self,
        texts: Sequence[str],
        questions: Sequence[bool],
        lemmas: Sequence[Sequence[str] | None],
        theme_scores: Sequence[Mapping[str, float] | None],
        priors: Sequence[Mapping[str, float] | None],
    ) -> list[FaqMatch]:
        """`match` for a batch (same results): one sparse product for all messages, and the
        theme and prior adjustments as array operations."""
        if not self.entries or not texts:
            return [FaqMatch(None, 0.0, None) for _ in texts]
        lexical = self._scores_many(texts, lemmas)
        given = [(r, prior) for r, prior in enumerate(priors) if prior]
        rows = [r for r, _ in given]
        known = self._prior_columns([prior for _, prior in given]) if given else None
        factors = self._theme_factors(theme_scores)
        return self._decide_many(lexical, questions, factors, rows, known)

    def match_batch(
        self,
        texts: Sequence[str],
        questions: Sequence[bool],
        lemmas: TokenLemmas,
        themes: Probabilities | None = None,
        priors: Probabilities | None = None,
    ) -> list[FaqMatch]:
        """`match_many` from arrays (the analyzer's path; same results): the lemmas as
        lemma-table rows, theme and prior probabilities as (messages x labels) arrays.
        `themes`/`priors` stand for each message's `dict(zip(labels, row))`."""
        if not self.entries or not texts:
            return [FaqMatch(None, 0.0, None) for _ in texts]
        rows, columns, counts = self._query_columns.batch_rows(texts, lemmas)
        lexical = self._lexical(rows, columns, counts, len(texts))
        w, n = self.THEME_WEIGHT, len(texts)
        if themes is not None and len(themes.labels):
            probs = themes.columns(self._theme_names, 0.0)
        else:  # as an empty or missing dict: an even chance
            probs = np.full((n, len(self._theme_names)), 0.5)
        factors = ((1 - w) + w * probs)[:, self._entry_theme]
        if priors is None or not len(priors.labels):
            return self._decide_many(lexical, questions, factors, [], None)
        known = priors.columns(self._slugs, math.nan)
        return self._decide_many(lexical, questions, factors, slice(None), known)

    def _decide_many(
        self,
        lexical: np.ndarray,
        questions: Sequence[bool],
        factors: np.ndarray,
        prior_rows: Sequence[int] | slice,
        known: np.ndarray | None,
    ) -> list[FaqMatch]:
        """`_decide_one` for each row of `lexical`: theme `factors` per entry, and the prior
        probabilities `known` (NaN: none) of the rows `prior_rows`."""
        own = np.maximum(lexical * factors, lexical - 0.25)
        scores = own.copy()
        if known is not None:  # the classifier's view, for the rows and slugs it has
            b, mine = self.PRIOR_WEIGHT, scores[prior_rows]
            scores[prior_rows] = (1 - b) * mine + b * np.where(np.isnan(known), mine, known)
        best = scores.argmax(axis=1)
        at = np.arange(len(best))
        top, words = scores[at, best].tolist(), own[at, best].tolist()
        slugs, answers = self._slugs, self._answers
        return [
            FaqMatch(slugs[i] if answers(score, mine, asked) else None, score, slugs[i])
            for i, score, mine, asked in zip(best.tolist(), top, words, questions, strict=True)
        ]

    def _theme_factors(self, theme_scores: Sequence[Mapping[str, float] | None]) -> np.ndarray:
        """(messages x entries) `factor` of `match`: `(1 - w) + w * p` per theme probability p
        (0.5 without scores), in numpy when the p are (numpy) floats, else as Python does it."""
        w, names = self.THEME_WEIGHT, self._theme_names
        zeros, halves = [0.0] * len(names), [0.5] * len(names)
        probs = [list(map(ts.get, names, zeros)) if ts else halves for ts in theme_scores]
        if set(map(type, chain.from_iterable(probs))) <= {float, np.float64}:
            factors = (1 - w) + w * np.array(probs, dtype=np.float64)
        else:  # e.g. float32 scores: Python's arithmetic on them is not float64's
            factors = np.array([[(1 - w) + w * p for p in row] for row in probs])
        return factors.reshape(len(probs), -1)[:, self._entry_theme]

    def _prior_columns(self, priors: Sequence[Mapping[str, float]]) -> np.ndarray:
        """(priors x entries) probability of each slug, NaN where a prior lacks it."""
        slugs, missing = self._slugs, [math.nan] * len(self._slugs)
        probs = chain.from_iterable(map(prior.get, slugs, missing) for prior in priors)
        known = np.fromiter(probs, dtype=float, count=len(priors) * len(slugs))
        return known.reshape(len(priors), len(slugs))

    def _match_many_reference(
        self,
        texts: Sequence[str],
        questions: Sequence[bool],
        lemmas: Sequence[Sequence[str] | None],
        theme_scores: Sequence[Mapping[str, float] | None],
        priors: Sequence[Mapping[str, float] | None],
    ) -> list[FaqMatch]:
        """The straightforward `match_many` (the fast one must agree with it)."""
        if not self.entries or not texts:
            return [FaqMatch(None, 0.0, None) for _ in texts]
        lexical = self._scores_many_reference(texts, lemmas)
        return [
            self._decide_one(dict(zip(self._slugs, row, strict=True)), asked, ts, prior)
            for row, asked, ts, prior in zip(
                lexical.tolist(), questions, theme_scores, priors, strict=True
            )
        ]

    def _scores_many(
        self, texts: Sequence[str], lemmas: Sequence[Sequence[str] | None]
    ) -> np.ndarray:
        """(messages x entries) lexical similarity, exactly as `_scores_many_reference` gives
        it: the same query vectors (same columns in the same order; weighted and normalised
        with numpy in the same order of operations), then the same products."""
        rows, columns, counts = self._query_columns.batch(
            texts, [self._lemmas(t) if w is None else w for t, w in zip(texts, lemmas, strict=True)]
        )
        return self._lexical(rows, columns, counts, len(texts))

    def _lexical(
        self, rows: np.ndarray, columns: np.ndarray, counts: np.ndarray, n: int
    ) -> np.ndarray:
        """(messages x entries) lexical similarity from the (row, column, count) triples of
        `_QueryColumns.batch`, in `_query_vector`'s order of features."""
        from scipy.sparse import csr_matrix

        values = counts * self._column_weights[columns] * self._column_idf[columns]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
        data = (values / norms[rows]).astype(np.float32)  # rows without features have no values
        offsets = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=n))))
        matrix = csr_matrix((data, columns, offsets), shape=(n, len(self._vocab)))
        product = matrix @ self._both
        both = product if isinstance(product, np.ndarray) else product.toarray()
        questions = self._questions.shape[1]
        return self._combine(both[:, :questions], both[:, questions:])

    def _scores_many_reference(
        self, texts: Sequence[str], lemmas: Sequence[Sequence[str] | None]
    ) -> np.ndarray:
        """The straightforward `_scores_many`: `_query_vector` per message, then one product."""
        from scipy.sparse import csr_matrix

        columns: list[int] = []
        values: list[float] = []
        offsets = [0]
        for text, words_ in zip(texts, lemmas, strict=True):
            if words_ is None:
                words_ = self._lemmas(text)
            vec = _query_vector(text, words_, self._idf)
            columns.extend(self._vocab[f] for f in vec)
            values.extend(vec.values())
            offsets.append(len(columns))
        shape = (len(texts), len(self._vocab))
        matrix = csr_matrix((np.array(values, dtype=np.float32), columns, offsets), shape=shape)
        return self._combine(
            np.asarray(matrix @ self._questions), np.asarray(matrix @ self._wholes)
        )

    def _combine(self, per_question: np.ndarray, whole: np.ndarray) -> np.ndarray:
        """Per entry: its best question and its whole text, weighted (float64)."""
        best = np.zeros(whole.shape, dtype=np.float32)
        if per_question.shape[1]:
            reduced = np.maximum.reduceat(per_question, self._starts, axis=1)
            best = np.where(self._has_questions, reduced, 0.0)
        qw = self.QUESTION_WEIGHT
        combined: np.ndarray = (qw * best + (1 - qw) * whole).astype(np.float64)
        return combined


def load_faq_toml(path: Path) -> list[FaqEntry]:
    """Read `[[faq]]` entries (slug, theme, questions, answer_nl, answer_en) from a TOML file."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return [
        FaqEntry(
            slug=item["slug"],
            theme=item["theme"],
            questions=tuple(item["questions"]),
            answer_nl=item["answer_nl"].strip(),
            answer_en=item.get("answer_en", "").strip(),
            active=item.get("active", True),
        )
        for item in data.get("faq", [])
    ]
