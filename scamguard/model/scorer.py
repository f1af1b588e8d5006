"""The linear scorer: TF-IDF × weights + rule/fact weights, calibrated by temperature, in plain numpy.

The same arithmetic as the scikit-learn LogisticRegression it was trained as (`tests/test_model.py` checks the
probabilities agree), without importing scikit-learn on the hot path.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Container, Sequence

import numpy as np

from ..rules.engine import Hit
from .features import Counts

LABELS = ("scam", "genuine", "other")
FORCE_FLOOR = 0.9          # scam probability when a strong request rule forces the label


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
    prior_scale: float = 0.0    # how much a built-in rule's declared weight counts on top of its learned one

    def logits(self, counts: Counts, tfidf: np.ndarray, dense: np.ndarray) -> np.ndarray:
        return self.class_logits(counts, tfidf, dense, np.arange(len(counts.indptr) - 1),
                                 tuple(range(len(self.classes))))

    def class_logits(self, counts: Counts, tfidf: np.ndarray, dense: np.ndarray, rows: np.ndarray,
                     classes: tuple[int, ...]) -> np.ndarray:
        """Logits of only `classes` for only `rows` (e.g. the families of one label): the gather costs in proportion
        to rows × classes, so a family model scores each message against its label's families alone."""
        begin, end = counts.indptr[rows], counts.indptr[rows + 1]
        sizes = end - begin
        out = dense[rows] @ self.coef_dense[list(classes)].T + self.intercept[list(classes)]
        if not sizes.sum():
            return out
        offsets = np.zeros(len(rows), dtype=np.int64)
        np.cumsum(sizes[:-1], out=offsets[1:])
        entries = np.arange(int(sizes.sum())) - np.repeat(offsets - begin, sizes)
        idx = counts.indices[entries]
        if self.fold_bits:
            idx = idx & ((1 << self.fold_bits) - 1)
        # Gather whole rows of bucket-major weights (contiguous), then a segmented sum per message.
        weighted = np.take(self._columns(classes), idx, axis=0) * tfidf[entries].astype(np.float32)[:, None]
        nonempty = np.flatnonzero(sizes > 0)
        out[nonempty] += np.add.reduceat(weighted, offsets[nonempty], axis=0)
        return out

    def _columns(self, classes: tuple[int, ...]) -> np.ndarray:
        if classes == tuple(range(len(self.classes))):
            return self._by_bucket()
        cache = self.__dict__.setdefault("_columns_cache", {})
        if classes not in cache:
            cache[classes] = np.ascontiguousarray(self._by_bucket()[:, list(classes)])
        return cache[classes]

    def _by_bucket(self) -> np.ndarray:
        """The hashed weights as (buckets, classes), C-contiguous (built once)."""
        cache = self.__dict__.get("_bucket_major")
        if cache is None:
            cache = self.__dict__["_bucket_major"] = np.ascontiguousarray(self.coef_hashed.T)
        return cache

    def probabilities(self, logits: np.ndarray, prior: np.ndarray | None = None) -> np.ndarray:
        """Calibrated probabilities of these logits, with any rule prior (`rule_prior`, already scaled)."""
        return calibrated(logits, self.temperature, self.bias, prior)

    def toward(self, label: int) -> tuple[np.ndarray, np.ndarray]:
        """Hashed and dense weights of class `label` minus the mean of the other classes (cached)."""
        cache = self.__dict__.setdefault("_toward", {})
        if label not in cache:
            others = [k for k in range(len(self.classes)) if k != label]
            cache[label] = (self.coef_hashed[label] - self.coef_hashed[others].mean(axis=0),
                            self.coef_dense[label] - self.coef_dense[others].mean(axis=0))
        return cache[label]

    def contributions(self, counts: Counts, tfidf: np.ndarray, labels: np.ndarray) -> np.ndarray:
        """Each term's contribution to its message's logit of `labels[message]` against the mean of the other
        classes, for the whole batch at once (entries in the layout of `counts`)."""
        idx = counts.indices & ((1 << self.fold_bits) - 1) if self.fold_bits else counts.indices
        label_of_entry = np.repeat(labels, np.diff(counts.indptr))
        out = np.empty(len(idx))
        for k in sorted(set(labels.tolist())):   # not np.unique: its first call imports numpy.ma (~20 ms)
            sel = label_of_entry == k
            out[sel] = tfidf[sel] * self.toward(k)[0][idx[sel]]
        return out


def calibrated(logits: np.ndarray, temperature: float, bias: np.ndarray | None = None,
               prior: np.ndarray | float | None = None) -> np.ndarray:
    """softmax(logits / temperature + bias + prior): the one calibration formula of scoring and training."""
    z = logits / temperature
    if bias is not None:
        z = z + bias
    return softmax(z if prior is None else z + prior)


def rule_prior(hits: Sequence[Sequence[Hit]], builtin_scale: float = 1.0,
               builtin_ids: Container[str] | None = None) -> np.ndarray:
    """(messages, labels): every fired rule's declared weight × hit value, added to its direction's calibrated
    log-odds. A user rule has no learned weight, so this is all it counts; a built-in rule (`builtin_ids`; None: all)
    counts `builtin_scale` of it on top of its learned weight. The declared weights carry the domain knowledge that
    real messages reward more than the corpus can show (`benchmarks/rule_prior.py`); training fits the calibration
    and the threshold with the prior applied, so the held-out figures measure what `classify()` does."""
    out = np.zeros((len(hits), len(LABELS)))
    for i, message_hits in enumerate(hits):
        for h in message_hits:
            r = h.rule
            if r.direction in LABELS:
                scale = builtin_scale if builtin_ids is None or r.id in builtin_ids else 1.0
                out[i, LABELS.index(r.direction)] += scale * r.weight * h.value
    return out


def forced_by(hits: Sequence[Hit]) -> str | None:
    """The id of the first undamped strong request rule that forces the scam label, if any."""
    return next((h.rule.id for h in hits if h.rule.force and h.value == 1.0), None)


def apply_force(probs: np.ndarray, forced: np.ndarray) -> np.ndarray:
    """Raise the scam probability of the `forced` rows to FORCE_FLOOR, scaling the others into the rest."""
    out = probs.copy()
    rows = np.flatnonzero(forced & (probs[:, 0] < FORCE_FLOOR))
    if len(rows):
        rest = probs[rows, 1:].sum(axis=1, keepdims=True)
        scaled = np.where(rest > 0, probs[rows, 1:] * (1 - FORCE_FLOOR) / np.where(rest > 0, rest, 1.0),
                          (1 - FORCE_FLOOR) / 2)
        out[rows, 0] = FORCE_FLOOR
        out[rows, 1:] = scaled
    return out


def decide(probs: np.ndarray | list, threshold: float) -> list[str]:
    """Labels from calibrated probabilities: scam from `threshold` on, else the likelier of genuine and other."""
    return ["scam" if p[0] >= threshold else ("genuine" if p[1] >= p[2] else "other") for p in probs]


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
