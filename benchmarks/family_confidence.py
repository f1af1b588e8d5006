"""How often the family model names the right family, by how sure it is: held out by scenario group.

    python benchmarks/family_confidence.py        # ~5 minutes

The family model is refitted on four group folds of corpus/ and scores the fifth, each message among the families
of its own label, as `scamguard.api` does. Printed per label: held-out family accuracy by the top family's
probability. `SCAM_FAMILY_FLOOR` in scamguard/api.py is read off this table: below it a scam's named family was
wrong more often than right, and a wrong family brings the wrong advice (debt-agent advice for a friend-in-trouble
scam), so the scam is left without a family and gets the general scam advice.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
BINS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.01)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from scamguard.corpus import load_corpus
    from scamguard.model import train
    from scamguard.model.scorer import LABELS, softmax
    from scamguard.rules.engine import builtin_rules

    rows = load_corpus(ROOT / "corpus")
    prep = train.prepare([r.text for r in rows], [r.sender for r in rows], [r.channel for r in rows],
                         builtin_rules())
    families = np.array([f"{r.label}:{r.family}" for r in rows])
    labels = np.array([r.label for r in rows])
    top = np.zeros(len(rows))
    right = np.zeros(len(rows), dtype=bool)
    for train_idx, test_idx in train.group_folds([r.group for r in rows]):
        idf = train.compute_idf(train._subset_counts(prep.counts, train_idx), len(train_idx))
        X = train.design_matrix(prep.counts, train.tfidf_values(prep.counts, idf), prep.dense,
                                fold_bits=train.FAMILY_FOLD_BITS)
        clf = train._fit_lr(X[train_idx], families[train_idx], train.C_FAMILY, tol=1e-4)
        decision = clf.decision_function(X[test_idx])
        classes = np.array(clf.classes_, dtype=str)
        for label in LABELS:
            cols = np.flatnonzero(np.char.startswith(classes, label + ":"))
            sel = np.flatnonzero(labels[test_idx] == label)
            p = softmax(decision[sel][:, cols])
            top[test_idx[sel]] = p.max(axis=1)
            right[test_idx[sel]] = classes[cols][p.argmax(axis=1)] == families[test_idx[sel]]
    for label in LABELS:
        mask = labels == label
        print(f"{label}: held-out family accuracy {right[mask].mean():.3f} (n={mask.sum()})")
        print(f"  {'top family probability':<24}{'messages':>10}{'accuracy':>10}")
        for lo, hi in zip(BINS, BINS[1:]):
            b = mask & (top >= lo) & (top < hi)
            if b.any():
                print(f"  {f'{lo:.2f}–{min(hi, 1):.2f}':<24}{b.sum():>10}{right[b].mean():>10.3f}")


if __name__ == "__main__":
    main()
