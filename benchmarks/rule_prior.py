"""How much a built-in rule's declared weight should count on top of its learned weight (the rule prior).

    python benchmarks/rule_prior.py [--scales 0 0.25 0.5 0.75 1] [--dev ../shared/realdata/dev.jsonl]

Every fired rule adds `scale × declared weight` to its direction's calibrated log-odds (`scorer.rule_prior`). For
each scale the calibration (temperature, per-class biases) and the threshold are fitted on the out-of-fold logits of
the corpus's 5 group folds, as `scamguard train` does, and the held-out figures are printed; with --dev, the same
calibration applied to the shipped model's weights (which do not depend on the scale) is scored on real messages,
all rows and those not marked uncertain. The first line is the scale that minimises held-out log-loss.
The chosen value is PRIOR_SCALE in scamguard/model/train.py. About six minutes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scamguard.corpus import load_corpus  # noqa: E402
from scamguard.evaluate import read_examples  # noqa: E402
from scamguard.metrics import report  # noqa: E402
from scamguard.model import train  # noqa: E402
from scamguard.model.features import tfidf_values  # noqa: E402
from scamguard.model.scorer import LABELS, apply_force, calibrated, decide, forced_by, rule_prior  # noqa: E402
from scamguard.model.store import load  # noqa: E402
from scamguard.rules.engine import builtin_rules  # noqa: E402


def fit_scale(logits: np.ndarray, y: np.ndarray, prior: np.ndarray) -> float:
    """The prior scale that, with its own temperature and biases, minimises held-out log-loss."""
    from scipy.optimize import minimize

    def nll(params: np.ndarray) -> float:
        p = calibrated(logits, np.exp(params[0]), np.concatenate([[0.0], params[1:3]]), params[3] * prior)
        return float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean())

    return float(minimize(nll, np.array([0.0, 0.0, 0.0, 0.5]), method="L-BFGS-B").x[3])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=float, nargs="+", default=[0.0, 0.25, 0.5, 0.75, 1.0])
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "realdata" / "dev.jsonl")
    args = ap.parse_args()
    rules = builtin_rules()
    rows = load_corpus(ROOT / "corpus")
    prep = train.prepare([r.text for r in rows], [r.sender for r in rows], [r.channel for r in rows], rules)
    labels = [r.label for r in rows]
    y = np.array([LABELS.index(x) for x in labels])
    logits, _ = train.cross_validate(prep, labels, [r.group for r in rows])
    hits = [a.hits for a in prep.analyses]
    best = fit_scale(logits, y, rule_prior(hits))
    print(f"scale minimising held-out log-loss: {best:.2f}")

    dev = None
    if args.dev.is_file():
        model = load()
        examples = read_examples(args.dev)
        dprep = train.prepare([e.text for e in examples], [e.sender for e in examples],
                              [e.channel for e in examples], rules)
        counts = dprep.counts
        dev_logits = model.label_model.logits(counts, tfidf_values(counts, model.idf),
                                              dprep.dense)
        dev = (examples, dev_logits, [a.hits for a in dprep.analyses])
    print(f"{'scale':>6} {'T':>6} {'thresh':>6} | {'split F1':>8} {'recall':>7} {'gen→scam':>8} {'oth→scam':>8} | "
          f"{'dev F1':>7} {'recall':>7} {'oth→scam':>8} | {'certain F1':>10} {'scams':>6} {'false alarms':>12}")
    for scale in sorted(set(args.scales) | {round(best, 2)}):
        temperature, bias, p = train.calibrate_combined(logits, y, prep.analyses, scale)
        threshold = train.choose_threshold(p[:, 0], y == 0)
        rep = report(labels, decide(p, threshold), p[:, 0])
        line = (f"{scale:>6.2f} {temperature:>6.3f} {threshold:>6.2f} | {rep['macro_f1']:>8.3f} "
                f"{rep['per_label']['scam']['recall']:>7.3f} {rep['genuine_to_scam']:>8.4f} "
                f"{rep['other_to_scam']:>8.4f} |")
        if dev:
            examples, dev_logits, dev_hits = dev
            probs = calibrated(dev_logits, temperature, bias, rule_prior(dev_hits, scale))
            probs = apply_force(probs, np.array([forced_by(h) is not None for h in dev_hits]))
            pred = decide(probs, threshold)
            gold = [e.label for e in examples]
            d = report(gold, pred, probs[:, 0])
            sure = [i for i, e in enumerate(examples) if not e.uncertain]
            c = report([gold[i] for i in sure], [pred[i] for i in sure])
            caught = sum(gold[i] == pred[i] == "scam" for i in sure)
            scams = sum(gold[i] == "scam" for i in sure)
            alarms = sum(gold[i] == "other" and pred[i] == "scam" for i in sure)
            line += (f" {d['macro_f1']:>7.3f} {d['per_label']['scam']['recall']:>7.3f} {d['other_to_scam']:>8.4f} | "
                     f"{c['macro_f1']:>10.3f} {caught:>3}/{scams:<2} {alarms:>12}")
        print(line, flush=True)


if __name__ == "__main__":
    main()
