"""Model settings on the group split: held-out figures for a grid of C (stage 1) and STACK_C (stage 2) values.

    python benchmarks/model_settings.py [--C 30] [--stack-C 0.3 1 3]

Stage 1 is the TF-IDF logistic regression (C: its inverse regularisation strength); stage 2 weighs the rule hits and
facts against stage 1's out-of-fold logits (STACK_C). Each setting is fitted on the 5 group folds of corpus/ only
(never on the real dev messages) and the held-out log-loss, macro F1, scam recall and false-alarm rates are printed,
calibrated and thresholded the way `scamguard train` does. The chosen values are the constants in
scamguard/model/train.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scamguard.corpus import load_corpus  # noqa: E402
from scamguard.metrics import report  # noqa: E402
from scamguard.model import train  # noqa: E402
from scamguard.model.scorer import LABELS, decide  # noqa: E402
from scamguard.rules.engine import builtin_rules  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--C", type=float, nargs="+", default=[train.C_LABEL])
    ap.add_argument("--stack-C", type=float, nargs="+", default=[0.3, 1.0, 3.0])
    args = ap.parse_args()
    rows = load_corpus(ROOT / "corpus")
    rules = builtin_rules()
    prep = train.prepare([r.text for r in rows], [r.sender for r in rows], [r.channel for r in rows], rules)
    labels = [r.label for r in rows]
    y = np.array([LABELS.index(x) for x in labels])
    print(f"{'C':>6} {'stack C':>8} {'log-loss':>9} {'macro F1':>9} {'scam rec':>9} {'gen→scam':>9} {'oth→scam':>9} {'thresh':>7}")
    for C, scale in ((c, s) for c in args.C for s in args.stack_C):
        logits, _ = train.cross_validate(prep, labels, [r.group for r in rows], C=C, stack_C=scale)
        _, _, p = train.calibrate_combined(logits, y, prep.analyses)
        thr = train.choose_threshold(p[:, 0], y == 0)
        rep = report(labels, decide(p, thr), p[:, 0])
        loss = float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean())
        print(f"{C:>6g} {scale:>8} {loss:>9.4f} {rep['macro_f1']:>9.4f} {rep['per_label']['scam']['recall']:>9.4f} "
              f"{rep['genuine_to_scam']:>9.4f} {rep['other_to_scam']:>9.4f} {thr:>7.2f}", flush=True)


if __name__ == "__main__":
    main()
