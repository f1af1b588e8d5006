"""The linear scorer: TF-IDF × weights + rule/fact weights, calibrated by temperature, in plain numpy.

The same arithmetic as the scikit-learn LogisticRegression it was trained as (`tests/test_model.py` checks the
probabilities agree), without importing scikit-learn on the hot path.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import Counts, tfidf_values

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

    def logits(self, counts: Counts, tfidf: np.ndarray, dense: np.ndarray) -> np.ndarray:
        n = len(counts.indptr) - 1
        row = np.repeat(np.arange(n), np.diff(counts.indptr))
        idx = counts.indices & ((1 << self.fold_bits) - 1) if self.fold_bits else counts.indices
        out = np.empty((n, len(self.classes)))
        for k in range(len(self.classes)):
            out[:, k] = np.bincount(row, weights=tfidf * self.coef_hashed[k, idx], minlength=n)
        out += dense @ self.coef_dense.T
        out += self.intercept
        return out

    def probabilities(self, logits: np.ndarray) -> np.ndarray:
        return softmax(logits / self.temperature)

    def contributions(self, counts: Counts, tfidf: np.ndarray, row: int, label: int) -> np.ndarray:
        """Per-term contribution of message `row` towards class `label` against the mean of the others."""
        a, b = counts.indptr[row], counts.indptr[row + 1]
        idx = counts.indices[a:b]
        if self.fold_bits:
            idx = idx & ((1 << self.fold_bits) - 1)
        w = self.coef_hashed[:, idx]
        others = np.delete(w, label, axis=0).mean(axis=0)
        return tfidf[a:b] * (w[label] - others)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
