"""The linear scorer: TF-IDF × weights + rule/fact weights, calibrated by temperature, in plain numpy.

The same arithmetic as the scikit-learn LogisticRegression it was trained as (`tests/test_model.py` checks the
probabilities agree), without importing scikit-learn on the hot path.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import Counts

LABELS = ("scam", "genuine", "other")


@dataclass
class LinearModel:
    """Weights of one multinomial logistic model over [hashed TF-IDF | dense features]."""

    classes: tuple[str, ...]
    coef_hashed: np.ndarray     # (n_classes, n_buckets) float32
    coef_dense: np.ndarray      # (n_classes, n_dense)
    intercept: np.ndarray       # (n_classes,)
    temperature: float = 1.0
    fold_bits: int = 0          # >0: hashed buckets are folded to this many bits (smaller family model)
    bias: np.ndarray | None = None  # calibration: per-class shift added after dividing by the temperature

    def logits(self, counts: Counts, tfidf: np.ndarray, dense: np.ndarray) -> np.ndarray:
        n = len(counts.indptr) - 1
        idx = counts.indices & ((1 << self.fold_bits) - 1) if self.fold_bits else counts.indices
        # Gather whole rows of the bucket-major weights (contiguous), then a segmented sum per message.
        weighted = np.take(self._by_bucket(), idx, axis=0) * tfidf.astype(np.float32)[:, None]
        out = np.zeros((n, len(self.classes)))
        starts = counts.indptr[:-1]
        nonempty = np.flatnonzero(np.diff(counts.indptr) > 0)
        if len(nonempty):
            out[nonempty] = np.add.reduceat(weighted, starts[nonempty], axis=0)
        out += dense @ self.coef_dense.T
        out += self.intercept
        return out

    def _by_bucket(self) -> np.ndarray:
        """The hashed weights as (buckets, classes), C-contiguous (built once)."""
        cache = self.__dict__.get("_bucket_major")
        if cache is None:
            cache = self.__dict__["_bucket_major"] = np.ascontiguousarray(self.coef_hashed.T)
        return cache

    def probabilities(self, logits: np.ndarray) -> np.ndarray:
        z = logits / self.temperature
        return softmax(z if self.bias is None else z + self.bias)

    def toward(self, label: int) -> tuple[np.ndarray, np.ndarray]:
        """Hashed and dense weights of class `label` minus the mean of the other classes (cached)."""
        cache = self.__dict__.setdefault("_toward", {})
        if label not in cache:
            others = [k for k in range(len(self.classes)) if k != label]
            cache[label] = (self.coef_hashed[label] - self.coef_hashed[others].mean(axis=0),
                            self.coef_dense[label] - self.coef_dense[others].mean(axis=0))
        return cache[label]

    def contributions(self, counts: Counts, tfidf: np.ndarray, row: int, label: int) -> np.ndarray:
        """Per-term contribution of message `row` towards class `label` against the mean of the others."""
        a, b = counts.indptr[row], counts.indptr[row + 1]
        idx = counts.indices[a:b]
        if self.fold_bits:
            idx = idx & ((1 << self.fold_bits) - 1)
        return tfidf[a:b] * self.toward(label)[0][idx]


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
