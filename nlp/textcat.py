"""The classifiers' model architecture, registered with spaCy, and fast inference heads.

`wijkbot.ConceptBOW.v1` is spaCy's bag-of-words text classifier (`SparseLinear_v2` plus a
softmax or logistic output) over the features of nlp/features.py instead of spaCy's per-doc
`extract_ngrams`. Import this module before `spacy.load` of a Wijkbot model (the analyzer and
the trainer do). `ClassifierHead` scores a batch from features computed once for all three
classifiers, without building `doc.cats` dictionaries.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from spacy.ml.models.textcat import resize_and_set_ref
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, softmax_activation
from thinc.layers.resizable import resize_linear_weighted

from nlp.features import Features, doc_features

NEG_VALUE = -5000.0  # as spaCy's TextCatBOW: the bias of labels added later


@registry.layers("wijkbot.concept_features.v1")
def concept_features() -> Model[Any, Features]:
    """Docs -> (keys, values, lengths); nothing to learn."""

    def forward(model: Model[Any, Features], docs: Any, is_train: bool) -> tuple[Features, Any]:
        return doc_features(docs), lambda d_features: []

    return Model("concept_features", forward)


@registry.architectures("wijkbot.ConceptBOW.v1")
def concept_bow(
    exclusive_classes: bool, length: int = 262144, nO: int | None = None
) -> Model[Any, Any]:
    """Bag of words, bigrams and lexicon concepts -> hashed sparse linear -> softmax/logistic."""
    length = 2 ** (length - 1).bit_length()
    linear = SparseLinear_v2(nO=nO, length=length)
    fill = {"b": NEG_VALUE, "W": 0}
    layer: Model[Any, Any] = resizable(
        linear, resize_layer=partial(resize_linear_weighted, fill_defaults=fill)
    )
    output = softmax_activation() if exclusive_classes else Logistic()
    model: Model[Any, Any] = chain(concept_features(), layer, output)
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", linear)
    model.set_ref("output", output)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=layer)
    return model


class ClassifierHead:
    """One trained textcat component, scored from shared features: (docs x labels) array."""

    def __init__(self, pipe: Any) -> None:
        if pipe.model.layers[0].name != "concept_features":
            raise ValueError(f"{pipe.name}: not a wijkbot.ConceptBOW model; retrain the pipeline")
        self.labels: tuple[str, ...] = tuple(pipe.labels)
        self._linear = pipe.model.get_ref("output_layer")
        self._exclusive = not pipe.model.attrs["multi_label"]

    def scores(self, features: Features) -> np.ndarray:
        logits = np.asarray(self._linear.predict(features), dtype=np.float64)
        if not self._exclusive:
            return 1.0 / (1.0 + np.exp(-logits))  # type: ignore[no-any-return]
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]
