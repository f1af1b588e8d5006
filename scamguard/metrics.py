"""Classification metrics shared by `scamguard evaluate` and the model card (numpy only)."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

import numpy as np

LABELS = ("scam", "genuine", "other")


def report(gold: Sequence[str], pred: Sequence[str], scam_prob: Sequence[float] | None = None,
           families: Sequence[str | None] | None = None, bins: int = 10) -> dict:
    """Per-label precision/recall/F1, confusion matrix, the false-alarm rates that matter, scam recall per
    family, and a reliability table of the scam probability."""
    gold, pred = list(gold), list(pred)
    n = len(gold)
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    per_label = {}
    for lab in LABELS:
        tp = confusion[lab][lab]
        support = sum(confusion[lab].values())
        predicted = sum(confusion[g][lab] for g in LABELS)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[lab] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                          "support": support}
    def rate(g: str) -> float | None:
        s = sum(confusion[g].values())
        return round(confusion[g]["scam"] / s, 4) if s else None

    out = {
        "n": n,
        "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / n, 4) if n else 0.0,
        "per_label": per_label,
        "macro_f1": round(float(np.mean([per_label[lab]["f1"] for lab in LABELS])), 4),
        "confusion": confusion,
        "genuine_to_scam": rate("genuine"),
        "other_to_scam": rate("other"),
    }
    if families is not None:
        fam_total: Counter = Counter()
        fam_hit: Counter = Counter()
        for g, p, f in zip(gold, pred, families):
            if g == "scam":
                fam_total[f or "?"] += 1
                fam_hit[f or "?"] += p == "scam"
        out["scam_recall_by_family"] = {f: {"recall": round(fam_hit[f] / t, 4), "n": t}
                                        for f, t in sorted(fam_total.items())}
    if scam_prob is not None:
        out["reliability"] = reliability(np.array([g == "scam" for g in gold]), np.asarray(scam_prob), bins)
    return out


def reliability(is_scam: np.ndarray, prob: np.ndarray, bins: int = 10) -> list[dict]:
    """For each probability bin: how many messages, their mean predicted scam probability, the observed share."""
    rows = []
    edges = np.linspace(0, 1, bins + 1)
    for i in range(bins):
        lo, hi = edges[i], edges[i + 1]
        mask = (prob >= lo) & ((prob < hi) if i < bins - 1 else (prob <= hi))
        if mask.any():
            rows.append({"bin": f"{lo:.1f}–{hi:.1f}", "n": int(mask.sum()),
                         "mean_predicted": round(float(prob[mask].mean()), 3),
                         "observed_scam": round(float(is_scam[mask].mean()), 3)})
    return rows


def expected_calibration_error(table: list[dict]) -> float:
    total = sum(r["n"] for r in table)
    return round(sum(r["n"] * abs(r["mean_predicted"] - r["observed_scam"]) for r in table) / total, 4) if total else 0.0


def fmt_rate(r: float | None) -> str:
    """A false-alarm rate for a report: three decimals, or n/a when the label had no messages."""
    return "n/a" if r is None else f"{r:.3f}"
