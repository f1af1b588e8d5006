"""`scamguard train`: rebuild models/ from corpus/ and write the model card with measured figures."""
from __future__ import annotations

import hashlib
import json
import platform
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


from . import __version__
from .api import Classifier
from .corpus import Row, corpus_files, load_corpus
from .evaluate import evaluate, read_examples
from .metrics import LABELS, expected_calibration_error, fmt_rate, report
from .model import train
from .model.features import N_BUCKETS
from .model.scorer import calibrated, decide
from .model.store import save
from .rules.engine import builtin_rules, vote

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "dev.jsonl"


@dataclass
class TrainResult:
    sha256: str
    version: str
    card: str
    figures: dict


def corpus_version(root: Path) -> str:
    h = hashlib.sha256()
    for path in corpus_files(root):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def build(corpus_dir: Path, model_dir: Path, dev_path: Path | None = None,
          log: Callable[[str], None] = lambda s: None) -> TrainResult:
    rows = load_corpus(corpus_dir)
    rules = builtin_rules()
    cver = corpus_version(corpus_dir)
    version = f"{__version__}+corpus.{cver}"
    log(f"corpus {cver}: {len(rows)} messages; extracting features")
    prep = train.prepare([r.text for r in rows], [r.sender for r in rows], [r.channel for r in rows], rules)
    log("fitting (5 group folds for held-out figures and calibration, then the final model)")
    model, held = train.fit(rows, rules, version, prepared=prep)
    model.meta = {"corpus_version": cver, "messages": len(rows)}
    sha = save(model, model_dir)
    log(f"saved {model_dir / 'model.joblib'} (sha256 {sha[:12]}…)")
    gold = [r.label for r in rows]
    fams = [r.family for r in rows]
    figures: dict = {"group_split": {
        "combined": report(gold, decide(held.probabilities, held.threshold), held.probabilities[:, 0], fams),
        "model_only": report(gold, decide(held.model_only, held.model_only_threshold), held.model_only[:, 0],
                             fams),
        "rules_only": report(gold, held.rules_only, None, fams),
    }}
    figures["group_split"]["combined"]["ece"] = expected_calibration_error(
        figures["group_split"]["combined"]["reliability"])
    if dev_path and Path(dev_path).is_file():
        log(f"evaluating on {dev_path}")
        examples = read_examples(dev_path)
        clf = Classifier(model, rules)
        figures["dev"] = {"combined": evaluate(clf, examples)}
        figures["dev"].update(_baselines_on(examples, rows, prep, rules, held))
    card = render_card(rows, model, sha, cver, figures, dev_path)
    (model_dir / "README.md").write_text(card, encoding="utf-8")
    (model_dir / "figures.json").write_text(json.dumps(_strip(figures), ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    return TrainResult(sha, version, card, figures)


def _baselines_on(examples, rows: list[Row], prep: train.Prepared, rules, held: train.HeldOut) -> dict:
    """Model-only (TF-IDF without rule features, calibrated and thresholded by the same recipe as the shipped model)
    and rules-only verdicts on an evaluation set."""
    dprep = train.prepare([e.text for e in examples], [e.sender for e in examples], [e.channel for e in examples],
                          rules)
    idf = train.compute_idf(prep.counts, len(rows))
    Xd = train.design_matrix(dprep.counts, train.tfidf_values(dprep.counts, idf), None)
    logits = train._label_logits(held.text_model, Xd)
    temperature, bias = held.model_only_calibration
    proba = calibrated(logits, temperature, bias)
    gold = [e.label for e in examples]
    fams = [e.family for e in examples]
    certain = [i for i, e in enumerate(examples) if not e.uncertain]
    out = {}
    for name, pred in (("model_only", decide(proba, held.model_only_threshold)),
                       ("rules_only", [vote(a.hits) for a in dprep.analyses])):
        rep = report(gold, pred, None, fams)
        rep["certain_only"] = report([gold[i] for i in certain], [pred[i] for i in certain])
        out[name] = rep
    return out


def _strip(figures: dict) -> dict:
    """Figures without the long lists of misclassified texts."""
    def clean(d):
        if isinstance(d, dict):
            return {k: clean(v) for k, v in d.items() if k != "misclassified"}
        return d
    return clean(figures)


def _row(name: str, rep: dict, rows: str | None = None) -> str:
    pl = rep["per_label"]
    first = f"| {name} | {rows} |" if rows else f"| {name} |"
    return (f"{first} {rep['n']} | {rep['accuracy']:.3f} | {rep['macro_f1']:.3f} | {pl['scam']['recall']:.3f} | "
            f"{pl['scam']['precision']:.3f} | {fmt_rate(rep['genuine_to_scam'])} | {fmt_rate(rep['other_to_scam'])} |")


def render_card(rows: list[Row], model, sha: str, cver: str, figures: dict, dev_path: Path | None) -> str:
    by_label = Counter(r.label for r in rows)
    by_channel = Counter(r.channel for r in rows)
    flags = Counter(f for r in rows for f in r.flags)
    by_family = Counter((r.label, r.family) for r in rows)
    gs = figures["group_split"]
    lines = [
        "# scamguard model card", "",
        f"- model version: `{model.version}`",
        f"- file: `model.joblib`, SHA-256 `{sha}` (checked against `manifest.json` before loading)",
        f"- corpus version: `{cver}` ({len(rows)} messages in `corpus/`, all written by the team)",
        f"- trained with: `scamguard train` on Python {platform.python_version()} ({platform.machine()})",
        "",
        "## Corpus composition", "",
        "| label | messages | share |", "|---|---|---|",
        *[f"| {lab} | {by_label[lab]} | {by_label[lab] / len(rows):.1%} |" for lab in LABELS],
        "",
        f"Channels: {by_channel['sms']} SMS, {by_channel['call']} call transcripts "
        f"({by_channel['call'] / len(rows):.1%}). Flags: {flags['hard']} hard cases, {flags['evasive']} evasive.",
        "",
        "Families: " + ", ".join(f"{lab}/{fam} {n}" for (lab, fam), n in sorted(by_family.items())),
        "",
        "## Features and settings", "",
        "- text: normalised (width, traditional→simplified, separators, homophones, pinyin jargon, chat handles, "
        "numbers, URLs), then jieba tokens (rjieba engine, jieba dictionary + domain user dictionary)",
        f"- hashed TF-IDF (sublinear tf, smooth idf, L2) over jieba words and character 1–3-grams, "
        f"{N_BUCKETS:,} buckets",
        f"- {len(model.dense_names)} dense features: every built-in rule hit (damped ×0.25 under a warning-frame "
        f"guard), extracted facts (sender kind, number kinds, link kinds, signature, opt-out, amounts, tails, "
        f"dates) and evasion counts",
        f"- label model, stacked: stage 1 a multinomial logistic regression on the TF-IDF alone (scikit-learn lbfgs, "
        f"C={train.C_LABEL}); stage 2 a logistic regression (C={train.STACK_C}) over stage 1's out-of-fold logits "
        "and the dense features, so each rule is weighed by what it adds on messages the text model has not seen; "
        "the two stages are folded into one linear model for scoring",
        f"- rule prior: each fired rule also adds {model.label_model.prior_scale:g} × its declared weight to its "
        "direction's calibrated log-odds (`python benchmarks/rule_prior.py`)",
        f"- calibration (temperature {model.label_model.temperature:.3f} and per-class biases) fitted on the "
        "out-of-fold logits of the stack, with the rule prior and the forced labels applied as in scoring, so the "
        "held-out figures below are those of the shipped classifier; family model over "
        f"{len(model.family_model.classes)} families (TF-IDF and dense features scaled by {train.DENSE_SCALE}, "
        f"buckets folded to 2^{train.FAMILY_FOLD_BITS})",
        f"- decision: scam from a calibrated scam probability of {model.scam_threshold:.2f} on (the highest "
        f"threshold keeping {train.TARGET_SCAM_RECALL:.0%} of held-out scams), otherwise the likelier of genuine and "
        "other",
        "- strong request rules that force the scam label: "
        + ", ".join(r.id for r in builtin_rules() if r.force),
        "",
        "## Held-out figures: split by scenario group", "",
        f"{train.N_FOLDS}-fold GroupKFold over the corpus `group` field: every message is scored by a model that "
        "never saw its scenario.", "",
        "| system | n | accuracy | macro F1 | scam recall | scam precision | genuine→scam | other→scam |",
        "|---|---|---|---|---|---|---|---|",
        _row("combined (shipped)", gs["combined"]), _row("model only (TF-IDF)", gs["model_only"]),
        _row("rules only", gs["rules_only"]), "",
        "Scam recall by family (combined): " + ", ".join(
            f"{f} {v['recall']:.3f}" for f, v in gs["combined"]["scam_recall_by_family"].items()), "",
        f"Reliability of the scam probability (group split, ECE {gs['combined']['ece']:.3f}):", "",
        "| predicted bin | messages | mean predicted | observed scam share |", "|---|---|---|---|",
        *[f"| {r['bin']} | {r['n']} | {r['mean_predicted']:.3f} | {r['observed_scam']:.3f} |"
          for r in gs["combined"]["reliability"]],
        "",
    ]
    if "dev" in figures:
        d = figures["dev"]
        lines += [
            f"## Real messages: `{dev_path.name if dev_path else 'dev.jsonl'}`", "",
            "Real messages nobody on the team wrote (evaluation only, never trained on).", "",
            "| system | rows | n | accuracy | macro F1 | scam recall | scam precision | genuine→scam | other→scam |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for name, key in (("combined (shipped)", "combined"), ("model only (TF-IDF)", "model_only"),
                          ("rules only", "rules_only")):
            lines.append(_row(name, d[key], "all"))
            if "certain_only" in d[key]:
                lines.append(_row(name, d[key]["certain_only"], "not uncertain"))
        c = d["combined"]
        lines += ["", f"Reliability on all dev rows (ECE {c['ece']:.3f}):", "",
                  "| predicted bin | messages | mean predicted | observed scam share |", "|---|---|---|---|",
                  *[f"| {r['bin']} | {r['n']} | {r['mean_predicted']:.3f} | {r['observed_scam']:.3f} |"
                    for r in c["reliability"]], ""]
    lines += ["## Reproduce", "", "```", "scamguard train          # rebuilds models/ and this card",
              "scamguard evaluate ../shared/realdata/dev.jsonl", "```", ""]
    return "\n".join(lines)

