"""`scamguard evaluate`: score a labelled JSONL file and report what matters.

Rows need `text` and `label` (scam / genuine / other); `sender`, `channel`, `family` (or `subtype`) and
`uncertain` are used when present. With `perturb`, each evasion trick is applied to the scam rows and scam recall
is reported per trick (robustness, issue 4 §6).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .api import Classifier
from .corpus import json_lines
from .metrics import LABELS, expected_calibration_error, fmt_rate, report
from .perturb import TRICKS


class DataError(ValueError):
    """Problems with an evaluation file; `problems` lists (line, message)."""

    def __init__(self, path: str, problems: list[tuple[int, str]]) -> None:
        self.path, self.problems = path, problems
        shown = "\n".join(f"{path}:{line}: {msg}" for line, msg in problems[:20])
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(shown + more)


@dataclass(frozen=True)
class Example:
    line: int
    text: str
    label: str
    sender: str | None
    channel: str | None
    family: str | None
    uncertain: bool


def read_examples(path: str | Path) -> list[Example]:
    """Every row of a labelled JSONL file; raises DataError listing every malformed row with its line."""
    path = Path(path)
    out, problems = [], []
    try:
        fh = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise DataError(str(path), [(0, f"cannot open: {exc.strerror or exc}")]) from None
    with fh:
        try:
            for n, obj, error in json_lines(fh):
                if error:
                    problems.append((n, error))
                    continue
                if not isinstance(obj, dict):
                    problems.append((n, "not a JSON object"))
                    continue
                text, label = obj.get("text"), obj.get("label")
                if not isinstance(text, str) or not text.strip():
                    problems.append((n, "missing or empty `text`"))
                    continue
                if label not in LABELS:
                    problems.append((n, f"unknown label {label!r} (expected one of {', '.join(LABELS)})"))
                    continue
                channel = obj.get("channel")
                if channel not in (None, "sms", "call"):
                    problems.append((n, f"unknown channel {channel!r}"))
                    continue
                sender = obj.get("sender")
                if sender is not None and not isinstance(sender, str):
                    problems.append((n, f"`sender` must be a string or null, not {sender!r} (write \"95588\")"))
                    continue
                family = obj.get("family") or obj.get("subtype")
                if family is not None and not isinstance(family, str):
                    problems.append((n, f"`family` / `subtype` must be a string, not {family!r}"))
                    continue
                uncertain = obj.get("uncertain", False)
                if not isinstance(uncertain, bool) and uncertain is not None:
                    problems.append((n, f"`uncertain` must be true or false, not {uncertain!r}"))
                    continue
                out.append(Example(n, text, label, sender or None, channel, family, bool(uncertain)))
        except UnicodeDecodeError as exc:
            problems.append((0, f"not UTF-8: {exc}"))
    if problems:
        raise DataError(str(path), problems)
    if not out:
        raise DataError(str(path), [(0, "no rows")])
    return out


def evaluate(classifier: Classifier, examples: list[Example], *, perturb: bool = False,
             show_errors: int = 50) -> dict:
    verdicts = list(classifier.classify_many((e.text, e.sender, e.channel) for e in examples))
    gold = [e.label for e in examples]
    pred = [v.label for v in verdicts]
    probs = [v.scam_probability for v in verdicts]
    rep = report(gold, pred, probs, [e.family for e in examples])
    rep["ece"] = expected_calibration_error(rep["reliability"])
    certain = [i for i, e in enumerate(examples) if not e.uncertain]
    if len(certain) < len(examples):
        rep["certain_only"] = report([gold[i] for i in certain], [pred[i] for i in certain],
                                     [probs[i] for i in certain], [examples[i].family for i in certain])
    rep["misclassified_total"] = sum(e.label != v.label for e, v in zip(examples, verdicts))
    rep["misclassified"] = [
        {"line": e.line, "label": e.label, "predicted": v.label, "scam_probability": round(v.scam_probability, 3),
         "family": e.family, "uncertain": e.uncertain, "reasons": [r.id for r in v.reasons], "text": e.text[:200]}
        for e, v in zip(examples, verdicts) if e.label != v.label][:show_errors]
    if perturb:
        rep["perturbation"] = robustness(classifier, examples)
    return rep


def robustness(classifier: Classifier, examples: list[Example]) -> dict:
    """Scam recall on the clean scam rows and under each evasion trick."""
    scams = [e for e in examples if e.label == "scam"]
    if not scams:
        return {}

    def recall(transform: Callable[[str, int], str]) -> float:
        texts = ((transform(e.text, e.line), e.sender, e.channel) for e in scams)
        hits = sum(v.label == "scam" for v in classifier.classify_many(texts))
        return round(hits / len(scams), 4)

    clean = recall(lambda t, _: t)
    out = {"n": len(scams), "clean": clean, "tricks": {}}
    for name, fn in TRICKS.items():
        r = recall(fn)
        out["tricks"][name] = {"recall": r, "relative": round(r / clean, 4) if clean else None}
    return out


def format_report(rep: dict, title: str = "") -> str:
    """A human-readable report."""
    lines = [title] if title else []
    lines.append(f"messages: {rep['n']}   accuracy: {rep['accuracy']:.3f}   macro-F1: {rep['macro_f1']:.3f}")
    lines.append(f"{'label':<9}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}")
    for lab in LABELS:
        p = rep["per_label"][lab]
        lines.append(f"{lab:<9}{p['precision']:>10.3f}{p['recall']:>8.3f}{p['f1']:>8.3f}{p['support']:>9}")
    lines.append("confusion (rows = true label, columns = predicted):")
    lines.append(" " * 10 + "".join(f"{lab:>9}" for lab in LABELS))
    for g in LABELS:
        lines.append(f"{g:<10}" + "".join(f"{rep['confusion'][g][p]:>9}" for p in LABELS))
    lines.append(f"false alarms: genuine→scam {fmt_rate(rep['genuine_to_scam'])}   other→scam {fmt_rate(rep['other_to_scam'])}")
    if rep.get("scam_recall_by_family"):
        lines.append("scam recall by family:")
        for fam, v in rep["scam_recall_by_family"].items():
            lines.append(f"  {fam:<28}{v['recall']:>7.3f}  (n={v['n']})")
    lines.append(f"reliability of the scam probability (ECE {rep.get('ece', 0):.3f}):")
    lines.append(f"  {'bin':<10}{'n':>6}{'predicted':>11}{'observed':>10}")
    for r in rep["reliability"]:
        lines.append(f"  {r['bin']:<10}{r['n']:>6}{r['mean_predicted']:>11.3f}{r['observed_scam']:>10.3f}")
    if "certain_only" in rep:
        c = rep["certain_only"]
        recall = (f"{c['per_label']['scam']['recall']:.3f}" if c["per_label"]["scam"]["support"]
                  else "n/a (no scam rows)")
        lines.append(f"rows not marked uncertain (n={c['n']}): scam recall {recall}, "
                     f"genuine→scam {fmt_rate(c['genuine_to_scam'])}, other→scam {fmt_rate(c['other_to_scam'])}")
    if rep.get("perturbation"):
        p = rep["perturbation"]
        lines.append(f"robustness: scam recall on {p['n']} scam rows, clean {p['clean']:.3f}")
        for name, v in p["tricks"].items():
            relative = f"{v['relative']:.1%} of clean" if v["relative"] is not None else "clean recall is 0"
            lines.append(f"  {name:<22}{v['recall']:>7.3f}  ({relative})")
    if rep["misclassified"]:
        lines.append(f"misclassified: {rep.get('misclassified_total', len(rep['misclassified']))} "
                     f"({len(rep['misclassified'])} shown):")
        for m in rep["misclassified"]:
            lines.append(f"  line {m['line']}: {m['label']} → {m['predicted']} (p_scam {m['scam_probability']:.2f}) "
                         f"{m['text'][:80]!r}")
    return "\n".join(lines)

