"""Bag-of-words features for the classifiers, extracted once per batch with numpy.

The three classifiers (theme, urgent, FAQ slug) are spaCy `textcat` components whose model is
`wijkbot.ConceptBOW.v1`: the features below followed by thinc's `SparseLinear_v2` and a softmax
(or logistic) output, trained by spaCy like its own `TextCatBOW`. The features of a message are

- its lower-cased tokens (spaCy `LOWER` hashes) and the bigrams of consecutive tokens;
- a concept key (`c_<concept>`, nlp/lexicon.py) for every word the civic lexicon knows, so
  "lichtmast" and "street light" share the weight learnt for "lantaarnpaal";
- a concept key for every two-word lexicon phrase ("te hard", "geen licht"), found through
  the message's bigrams (longer phrases by their first two words);
- a key for each pair of consecutive concepts ("c_buren c_geluid");
- the 4-letter prefix and suffix of words of 7+ letters, so an unseen compound shares the
  weights of known words ("fietsenstalling" ~ "fietsenrek").

Per distinct word the lexicon lookup runs once (`WordTable`, memoised by the word's hash; the
words of the training corpus are looked up at training time and ship with the model), so a
batch costs one `Doc.to_array` per message plus a few vectorised numpy operations: no Python
work per token. `features(tokens(docs))` gives the `(keys, values, lengths)` that `SparseLinear`
reads; the analyzer computes it once and feeds all three classifiers (`ClassifierHead`).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from nlp.lang import decide, word_votes

Features = tuple[np.ndarray, np.ndarray, np.ndarray]  # keys (uint64), values (float32), lengths (int32)

_MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier: bigram key = a * MIX ^ b
_MAX_WORDS = 500_000  # the word table starts afresh beyond this many distinct words
KNOWN_WORDS = "words.npz"  # in the model folder: the rows of the training corpus's words
DEFAULT_TOKENIZER = "spacy-nl"  # meta "tokenizer": the model's tokenizer is spaCy's Dutch default
# the modules whose code decides a word's row: a table saved by other code is not used
_ROW_SOURCES = (
    "nlp.features",
    "nlp.lexicon",
    "nlp.text",
    "nlp.lang",
    "nlp.urgency",
    "nlp.urgency_rules",
    "nlp.regex_gate",
    "nlp.regex_literals",
)

log = logging.getLogger(__name__)


def string_key(text: str) -> int:
    """spaCy's hash of a string (what `Doc.to_array(LOWER)` holds for a token)."""
    from spacy.strings import get_string_id

    return int(get_string_id(text))


def bigram_keys(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The key of each bigram (left[i], right[i]); order matters."""
    with np.errstate(over="ignore"):
        return (left * _MIX) ^ right  # type: ignore[no-any-return]


ALARM, STARTS_WORD, ENDS_WORD = 1, 2, 4  # Words.flags bits
_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")


class Words:
    """One generation of the word table: per row a concept key (0: none), affix keys, language
    votes (nlp/lang.py), flags (ALARM: nlp.urgency.may_alarm of a word in it or of its lemma;
    whether it starts/ends with a word character) and a lemma; rows are found by the token's
    hash. Rows are only appended."""

    def __init__(self) -> None:
        self.index: dict[int, int] = {}
        self.concepts = np.zeros(4096, dtype=np.uint64)
        self.affixes = np.zeros((4096, 2), dtype=np.uint64)
        self.votes = np.zeros((4096, 3), dtype=np.int32)
        self.flags = np.zeros(4096, dtype=np.uint8)
        self.lemmas: list[str] = []

    def add_many(self, keys: Sequence[int], texts: Sequence[str], lemmas: Sequence[str]) -> None:
        """New rows for these distinct, new words (their hashes, texts and lemmas): each
        column filled with one numpy assignment."""
        self._append(keys, lemmas, {
            "concepts": list(map(_concept_key, texts)),
            "affixes": list(map(_affix_keys, texts)),
            "votes": list(map(word_votes, texts)),
            "flags": list(map(_flags, texts, lemmas)),
        })  # fmt: skip

    def _append(self, keys: Sequence[int], lemmas: Sequence[str], arrays: dict[str, Any]) -> None:
        """New rows: their keys, lemmas and the values of each of `_ARRAYS`."""
        start, end = len(self.lemmas), len(self.lemmas) + len(keys)
        self._reserve(end)
        for name in _ARRAYS:
            getattr(self, name)[start:end] = arrays[name]
        self.lemmas.extend(lemmas)
        self.index.update(zip(keys, range(start, end), strict=True))

    def copy(self) -> Words:
        """A table with the same rows that grows on its own."""
        other = Words()
        other.add_rows(self._columns())
        return other

    def save(self, path: Path) -> None:
        """Write the rows (with the fingerprint of the code that computed them) to `path`."""
        columns: dict[str, Any] = {"fingerprint": np.array(rows_fingerprint()), **self._columns()}
        np.savez(path, **columns)

    @classmethod
    def load(cls, path: Path) -> Words | None:
        """The rows saved at `path`, or None when there are none or other code computed
        them (then every word is worked out as it comes, with the same result)."""
        if not path.exists():  # a model trained before words were saved
            return None
        try:
            with np.load(path, allow_pickle=False) as saved:
                if str(saved["fingerprint"]) != rows_fingerprint():
                    log.info("%s was written by other code: words are worked out as they come", path)
                    return None
                columns = {name: saved[name] for name in _SAVED}
                if len(np.unique(columns["keys"])) != len(columns["keys"]):
                    raise ValueError("a word twice")
                words = cls()
                words.add_rows(columns)
        except (OSError, KeyError, ValueError) as error:
            log.warning("cannot read the word table %s (%s): words are worked out as they come",
                        path, error)
            return None
        return words

    def _columns(self) -> dict[str, np.ndarray]:
        n = len(self.lemmas)
        keys = np.zeros(n, dtype=np.uint64)
        keys[list(self.index.values())] = list(self.index.keys())
        arrays = {name: getattr(self, name)[:n] for name in _ARRAYS}
        return {"keys": keys, **arrays, "lemmas": np.array(self.lemmas, dtype=str)}

    def add_rows(self, columns: dict[str, np.ndarray]) -> None:
        """Append rows given column by column (as `_columns` gives them): new words only."""
        keys = columns["keys"].tolist()
        if not self.index.keys().isdisjoint(keys):
            raise ValueError("a word twice")
        self._append(keys, columns["lemmas"].tolist(), columns)

    def _reserve(self, rows: int) -> None:
        """Room for `rows` rows: when growing, new arrays, so readers of the old ones are safe."""
        size = len(self.concepts)
        if rows <= size:
            return
        while size < rows:
            size *= 2
        for name in _ARRAYS:
            column = getattr(self, name)
            grown = np.zeros((size, *column.shape[1:]), dtype=column.dtype)
            grown[: len(column)] = column
            setattr(self, name, grown)


_ARRAYS = ("concepts", "affixes", "votes", "flags")  # the numpy columns of `Words`
_SAVED = ("keys", *_ARRAYS, "lemmas")


@lru_cache(maxsize=1)
def rows_fingerprint() -> str:
    """A hash of the source of the modules that decide what a word's row holds."""
    return source_fingerprint(_ROW_SOURCES)


def source_fingerprint(modules: Iterable[str]) -> str:
    """A hash of the source of these modules (what a saved table was computed by)."""
    digest = hashlib.sha256()
    for name in modules:
        spec = find_spec(name)
        digest.update(Path(spec.origin).read_bytes() if spec and spec.origin else name.encode())
    return digest.hexdigest()


def known_words(texts: Iterable[str], tokenizer: Any, lemmas: Any) -> Words:
    """The rows of every distinct lower-cased token of `texts` (the training corpus), for a
    model to ship: its words then cost a lookup, not a computation, in a fresh process."""
    found = dict.fromkeys(t.lower_ for doc in tokenizer.pipe(texts) for t in doc)
    texts_ = sorted(found)
    words = Words()
    words.add_many([string_key(t) for t in texts_], texts_, [lemmas.get(t, t) for t in texts_])
    return words


def _flags(word: str, lemma: str) -> int:
    from nlp.urgency import may_alarm

    alarm = any(map(may_alarm, _WORD_RUN.findall(word))) or may_alarm(lemma)
    return (
        ALARM * alarm
        + STARTS_WORD * bool(_WORD_CHAR.match(word))
        + ENDS_WORD * bool(_WORD_CHAR.match(word[-1:]))
    )


class LemmaLookup:
    """A lookup lemmatizer's table as a plain dict, read straight from the pipeline's saved
    `lookups.bin` (msgpack: table name -> {string hash: lemma}). The same lemmas as the
    component's `Table`, which rebuilds an OrderedDict and a Bloom filter key by key (0.4 s
    for the Dutch table's 213,000 words, against 0.05 s here)."""

    def __init__(self, by_hash: dict[int, str]) -> None:
        from spacy.strings import get_string_id

        self._by_hash = by_hash
        self._key = get_string_id

    @classmethod
    def load(cls, path: Path, table: str) -> LemmaLookup:
        import srsly

        tables: dict[str, dict[int, str]] = srsly.msgpack_loads(path.read_bytes())
        return cls(tables.get(table, {}))

    def get(self, word: str, default: str) -> str:
        return self._by_hash.get(self._key(word), default)

    def __len__(self) -> int:
        return len(self._by_hash)


class WordTable:
    """What is known about each distinct lower-cased token, computed once (`Words`).

    A trained model ships the rows of its corpus's words (`known_words`, `KNOWN_WORDS`): each
    generation starts with them. Safe for concurrent use: words are added under a lock, and
    beyond `_MAX_WORDS` words a new generation starts while batches keep reading the
    generation they were built with."""

    def __init__(self, lemmas: Any = None, known: Words | None = None) -> None:
        self._lemma_table = lemmas if lemmas is not None else {}
        self._lock = threading.Lock()
        self._known = known  # rows each generation starts with (`known_words`)
        self.words = known.copy() if known is not None else Words()

    def rows(self, hashes: np.ndarray, strings: Any) -> tuple[np.ndarray, Words]:
        """The row of each token hash, and the generation the rows belong to; words seen for
        the first time are added (their text from the `strings` store of the docs' vocab)."""
        words = self.words
        keys = hashes.tolist()
        found = np.fromiter(map(words.index.get, keys, repeat(-1)), dtype=np.intp, count=len(keys))
        missing = np.flatnonzero(found < 0)
        if len(missing):
            with self._lock:
                if self._generation() is not words:  # a new generation: every row anew
                    words = self.words
                    return self._rows_in(words, keys, np.arange(len(keys)), strings), words
                found[missing] = self._rows_in(words, keys, missing, strings)
        return found, words

    def _rows_in(self, words: Words, keys: list[int], positions: np.ndarray, strings: Any) -> np.ndarray:
        """The rows of keys[positions] in `words`, adding the words not there yet (under the
        lock; another thread may have added some meanwhile)."""
        wanted = list(map(keys.__getitem__, positions.tolist()))
        index = words.index
        new = [key for key in dict.fromkeys(wanted) if key not in index]
        if new:
            texts = [strings[key] for key in new]
            table = self._lemma_table
            words.add_many(new, texts, [table.get(text, text) for text in texts])
        return np.fromiter(map(index.__getitem__, wanted), dtype=np.intp, count=len(wanted))

    def _generation(self) -> Words:
        if len(self.words.lemmas) > _MAX_WORDS:
            self.words = self._known.copy() if self._known is not None else Words()
        return self.words


@lru_cache(maxsize=65_536)
def _concept_key(word: str) -> int:
    from nlp.lexicon import word_concepts

    found = word_concepts(word)
    return string_key("c_" + found[0]) if found else 0


AFFIX = 4  # letters of a long word's prefix and suffix keys ("fiets|enrek", "parkeer|plaats")


def _affix_keys(word: str) -> tuple[int, int]:
    """Prefix and suffix keys of a word of 7+ letters, so unseen compounds share weights with
    known words ("fietsenstalling" ~ "fietsenrek", "verkeersdrempel" ~ "drempel"); else 0."""
    if len(word) < 7 or not word.isalpha():
        return 0, 0
    return string_key("p_" + word[:AFFIX]), string_key("s_" + word[-AFFIX:])


@lru_cache(maxsize=1)
def _phrase_table() -> tuple[np.ndarray, np.ndarray]:
    """Sorted bigram keys of the lexicon's phrases (by their first two words) and the concept
    key of each."""
    from nlp.lexicon import phrase_concepts

    pairs: dict[int, int] = {}
    for words, concept in phrase_concepts():
        left = np.array([string_key(words[0])], dtype=np.uint64)
        right = np.array([string_key(words[1])], dtype=np.uint64)
        pairs.setdefault(int(bigram_keys(left, right)[0]), string_key("c_" + concept))
    keys = np.array(sorted(pairs), dtype=np.uint64)
    return keys, np.array([pairs[int(k)] for k in keys], dtype=np.uint64)


_DEFAULT_TABLE = WordTable()


@dataclass
class Batch:
    """A batch of docs as flat arrays: every token's hash and word-table row, per-doc offsets."""

    hashes: np.ndarray  # uint64, all tokens of all docs
    rows: np.ndarray  # intp, the row of each token in `words`
    lengths: np.ndarray  # intp, tokens per doc
    doc_ids: np.ndarray  # intp, the doc of each token
    words: Words
    spaces: np.ndarray  # bool, whether a token is followed by a space

    def __post_init__(self) -> None:
        ends = np.cumsum(self.lengths)
        self._spans = list(zip((ends - self.lengths).tolist(), ends.tolist(), strict=True))
        self._row_list: list[int] | None = None

    def languages(self) -> list[str]:
        """Each doc's language ("nl" or "en"), by the stop-word vote of nlp/lang.py."""
        votes = self.words.votes[self.rows]
        n = len(self.lengths)
        nl, en, words = (
            np.bincount(self.doc_ids, weights=votes[:, k], minlength=n).astype(int).tolist()
            for k in range(3)
        )
        return [decide(*v) for v in zip(nl, en, words, strict=True)]

    def calm(self) -> list[bool]:
        """Per doc: whether nlp.urgency.assess(text, lemmas) is sure to find nothing (no
        alarm, no acute matter) for an ASCII text — the contract of `may_alarm`: no word of
        the text (its \\w runs) and no lemma may alarm. The words of the tokens are the words
        of the text unless a token boundary cuts a run of word characters ("10km" -> "10",
        "km"); such docs are not called calm."""
        flags = self.words.flags[self.rows]
        n = len(self.lengths)
        alarm = np.bincount(self.doc_ids, weights=flags & ALARM, minlength=n) > 0
        cut = (flags[:-1] & ENDS_WORD).astype(bool) & (flags[1:] & STARTS_WORD).astype(bool)
        cut &= ~self.spaces[:-1] & (self.doc_ids[:-1] == self.doc_ids[1:])
        split = np.bincount(self.doc_ids[:-1][cut], minlength=n) > 0
        return (~(alarm | split)).tolist()  # type: ignore[no-any-return]

    def lemmas(self, doc: int) -> list[str]:
        """The lemmas of one doc's tokens."""
        if self._row_list is None:
            self._row_list = self.rows.tolist()
        start, end = self._spans[doc]
        lemmas = self.words.lemmas
        return [lemmas[r] for r in self._row_list[start:end]]


def tokens(docs: Sequence[Any], table: WordTable | None = None) -> Batch:
    """Flatten `docs` into a `Batch` (one `to_array` per doc, the rest vectorised)."""
    from spacy.attrs import LOWER, SPACY

    table = table or _DEFAULT_TABLE
    arrays = [doc.to_array([LOWER, SPACY]) for doc in docs]
    lengths = np.fromiter((len(a) for a in arrays), dtype=np.intp, count=len(arrays))
    both = np.concatenate(arrays).astype(np.uint64) if arrays else np.zeros((0, 2), np.uint64)
    hashes = np.ascontiguousarray(both[:, 0])
    rows, words = (
        table.rows(hashes, docs[0].vocab.strings) if len(hashes) else (np.zeros(0, np.intp), table.words)
    )
    doc_ids = np.repeat(np.arange(len(docs), dtype=np.intp), lengths)
    return Batch(hashes, rows, lengths, doc_ids, words, both[:, 1].astype(bool))


def features(batch: Batch) -> Features:
    """(keys, values, lengths) for `SparseLinear`: unigrams, bigrams and concept keys per doc."""
    hashes, ids = batch.hashes, batch.doc_ids
    inside = ids[:-1] == ids[1:]  # consecutive tokens of the same doc
    bigrams = bigram_keys(hashes[:-1], hashes[1:])[inside]
    bigram_ids = ids[:-1][inside]
    concepts = batch.words.concepts[batch.rows]
    has_concept = concepts != 0
    concept_ids = ids[has_concept]
    pair_inside = concept_ids[:-1] == concept_ids[1:]
    found = concepts[has_concept]
    pairs = bigram_keys(found[:-1], found[1:])[pair_inside]
    affixes = batch.words.affixes[batch.rows]
    has_affix = affixes[:, 0] != 0
    phrase_keys, phrase_concepts = _phrase_table()
    at = np.searchsorted(phrase_keys, bigrams).clip(max=max(len(phrase_keys) - 1, 0))
    is_phrase = phrase_keys[at] == bigrams if len(phrase_keys) else np.zeros(len(bigrams), bool)
    keys = np.concatenate(
        (hashes, bigrams, found, phrase_concepts[at[is_phrase]], pairs, affixes[has_affix].ravel())
    )
    affix_ids = np.repeat(ids[has_affix], 2)
    owners = np.concatenate(
        (ids, bigram_ids, concept_ids, bigram_ids[is_phrase], concept_ids[:-1][pair_inside], affix_ids)
    )
    order = np.argsort(owners, kind="stable")
    lengths = np.bincount(owners, minlength=len(batch.lengths)).astype(np.int32)
    return keys[order], np.ones(len(keys), dtype=np.float32), lengths


def doc_features(docs: Sequence[Any]) -> Features:
    if not docs:
        return np.zeros(0, np.uint64), np.zeros(0, np.float32), np.zeros(0, np.int32)
    return features(tokens(docs))
