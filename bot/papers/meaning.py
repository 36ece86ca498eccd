"""What a short text is about, as a vector: two texts on the same subject point the same way
even when they share no word ('pruning' and 'sparse networks').

The vectors come from wordllama's 256-dimension weights, which its package ships: they are
read from the installed package and never downloaded, so the bot works where nothing may be
fetched at run time. Loading costs about half a second, so it happens once per process and
only when a caller first needs a vector. Any feature may share this module: it knows nothing
of papers.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

DIMENSIONS = 256
"""The size of the weights the package ships; any other size would need a download."""

Vectors = NDArray[np.float32]
"""One row per text, each of length 1, so a dot product is the cosine of two texts."""


@cache
def model() -> Any:
    """The loaded model. The package's own folder stands as the cache, where its weights and
    tokenizer already are; `disable_download` turns a missing file into an error instead of
    a request to the network."""
    import wordllama

    package = Path(wordllama.__file__).resolve().parent
    return wordllama.WordLlama.load(dim=DIMENSIONS, cache_dir=package, disable_download=True)


def embed(texts: Sequence[str]) -> Vectors:
    """Unit vectors of `texts`, in their order; an empty text gets a zero vector, so it is
    close to nothing."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    if len(texts) == 1:
        vectors = _pooled(texts[0])[np.newaxis]
    else:
        vectors = np.asarray(model().embed(list(texts), norm=False), dtype=np.float32)
    lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: Vectors = np.divide(vectors, lengths, out=np.zeros_like(vectors), where=lengths > 0)
    return unit


def _pooled(text: str) -> Vectors:
    """The mean of one text's token vectors, the very numbers `embed` of the model gives it,
    without the model's batch machinery (a padded batch, its mask, a preallocated result): a
    chat question is embedded alone while its asker waits, and that machinery cost more than
    twice what the mean does."""
    found = model()
    ids = np.array(found.tokenizer.encode(text, add_special_tokens=False).ids, dtype=np.intp)
    np.clip(ids, 0, found.embedding.shape[0] - 1, out=ids)
    total: Vectors = found.embedding[ids].sum(axis=0, dtype=np.float32)
    return total / np.float32(max(len(ids), 1))
