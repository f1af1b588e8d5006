"""The public entry points: `classify()`, `classify_many()` and the `Classifier` behind them."""
from __future__ import annotations

import threading
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Sequence, Union

import numpy as np

from .model.features import Analysis, Counts, analyse_many, dense_features, dense_names, term_counts, tfidf_values
from .model.scorer import LABELS, apply_force, decide, forced_by, rule_prior, softmax
from .model.store import ModelError, ShippedModel, load
from .rules.engine import Rule, RuleSet, builtin_rules, load_rule_file
from .text.normalise import Normalised, is_blank
from .verdict import Reason, Verdict, advice_for, has_advice, make_probabilities, risk_of

__all__ = ["classify", "classify_many", "Classifier", "load_classifier", "ModelError"]

# A text, (text, sender) or (text, sender, channel); a per-item channel overrides the call's.
Item = Union[str, tuple[str, Union[str, None]], tuple[str, Union[str, None], Union[str, None]]]
RulesArg = Union[str, Path, Sequence[Union[str, Path]], None]
MODEL_TERMS = 3            # model terms listed among the reasons
MAX_REASONS = 8
# A scam whose likeliest family the family model gives less than this is left without one (and gets the general scam
# advice): held out by group, the family named below it was right for 28 % of scams, above it for 56–99 %
# (`python benchmarks/family_confidence.py`). Genuine and other messages keep their likeliest kind.
SCAM_FAMILY_FLOOR = 0.15


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}"
                        + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray))
                           else ""))
    if is_blank(text):
        raise ValueError("text is empty (only whitespace, zero-width or control characters): there is nothing to "
                         "classify")
    return text


def _check_sender(sender: object) -> None:
    if sender is not None and not isinstance(sender, str):
        raise TypeError(f"sender must be str or None, not {type(sender).__name__} (a number such as 95588 is "
                        "written '95588')")


def _check_channel(channel: object) -> None:
    if channel not in (None, "sms", "call"):
        raise ValueError(f"channel must be 'sms', 'call' or None, not {channel!r}")


class Classifier:
    """A loaded model plus a rule set. Thread-safe for reading; build one per model directory and rule files."""

    def __init__(self, model: ShippedModel, rules: RuleSet | None = None) -> None:
        base = builtin_rules()
        if model.dense_names != dense_names(base):
            raise ModelError("the model was trained with a different rule set or feature layout; "
                             "rebuild it with `scamguard train`")
        self.model = model
        self.rules = rules or base
        self._n_builtin = len(base)
        self._builtin = RuleSet(self.rules.rules[:self._n_builtin])
        self._builtin_ids = frozenset(r.id for r in self._builtin)
        # Each built-in rule's learned weight towards each label (against the mean of the others), on the scale of
        # the calibrated log-odds: with its share of the declared weight, what a reason reports.
        lm = model.label_model
        self._rule_weights = {
            label: {name.split(":", 1)[1]: float(w) / lm.temperature
                    for name, w in zip(model.dense_names, lm.toward(k)[1]) if name.startswith("rule:")}
            for k, label in enumerate(LABELS)}

    @property
    def version(self) -> str:
        return self.model.version

    def classify(self, text: str, *, sender: str | None = None, channel: str | None = None) -> Verdict:
        _check_text(text)
        _check_sender(sender)
        return next(self.classify_many([(text, sender)], channel=channel))

    def classify_many(self, items: Iterable[Item], *, channel: str | None = None,
                      batch_size: int = 256) -> Iterator[Verdict]:
        """Verdicts for texts, (text, sender) or (text, sender, channel) items, in order; scored in batches."""
        _check_channel(channel)
        if isinstance(items, (str, bytes, bytearray)):
            raise TypeError("classify_many takes an iterable of messages (texts or (text, sender) tuples), not one "
                            "text; use classify() for a single message")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, not {batch_size!r}")
        it = iter(items)
        done = 0
        while True:
            batch = list(islice(it, batch_size))
            if not batch:
                return
            checked = []
            for n, item in enumerate(batch, done):
                text, sender, chan = (item, None, None) if not isinstance(item, (tuple, list)) else \
                    (tuple(item) + (None, None))[:3]
                try:
                    _check_channel(chan)
                    _check_sender(sender)
                    checked.append((_check_text(text), sender, chan or channel))
                except (TypeError, ValueError) as exc:
                    raise type(exc)(f"item {n}: {exc}") from None
            done += len(batch)
            yield from self._score(analyse_many(checked, self.rules))

    def _score(self, analyses: list[Analysis]) -> Iterator[Verdict]:
        m = self.model
        counts = term_counts(analyses)
        tfidf = tfidf_values(counts, m.idf)
        dense = dense_features(analyses, self._builtin)
        logits = m.label_model.logits(counts, tfidf, dense)
        forced = [forced_by(a.hits) for a in analyses]
        prior = rule_prior([a.hits for a in analyses], m.label_model.prior_scale, self._builtin_ids)
        probs = m.label_model.probabilities(logits, prior)
        # A forced message's scam probability is at least FORCE_FLOOR, above any threshold: decide() labels it scam.
        all_probs = apply_force(probs, np.array([f is not None for f in forced])).tolist()  # Python floats from here
        labels = decide(all_probs, m.scam_threshold)
        families = self._families(analyses, labels, counts, tfidf, dense)
        terms = self._model_terms(counts, tfidf, labels)
        for a, label, probs, force, family, strongest in zip(analyses, labels, all_probs, forced, families, terms):
            yield self._verdict(a, label, probs, family, force, strongest)

    def _model_terms(self, counts: Counts, tfidf: np.ndarray, labels: list[str]) -> list[list[tuple]]:
        """Per message, its strongest terms towards its label as (start, length, weight), strongest first: up to
        three times MODEL_TERMS candidates (duplicates are dropped later). Only jieba words of two characters or
        more: a single character or an n-gram across a word boundary (请联) explains nothing to a reader. The
        batch is sorted once instead of once per message."""
        lm = self.model.label_model
        contrib = lm.contributions(counts, tfidf, np.array([LABELS.index(x) for x in labels])) / lm.temperature
        row = np.repeat(np.arange(len(labels)), np.diff(counts.indptr))
        cand = np.flatnonzero((contrib > 0.05) & (counts.lengths >= 2) & counts.words)
        order = cand[np.lexsort((-contrib[cand], row[cand]))]
        bounds = np.searchsorted(row[order], np.arange(len(labels) + 1)).tolist()
        found = list(zip(counts.starts[order].tolist(), counts.lengths[order].tolist(), contrib[order].tolist()))
        return [found[b:min(e, b + MODEL_TERMS * 3)] for b, e in zip(bounds, bounds[1:])]

    def _families(self, analyses: list[Analysis], labels: list[str], counts, tfidf, dense) -> list[str | None]:
        """The family of each message: a strong scam rule's family, else the family model's best among the
        families of the message's label (scored for those classes only), for a scam only if it is sure enough."""
        fm = self.model.family_model
        out: list[str | None] = [None] * len(labels)
        label_of = np.array(labels)
        for label in LABELS:
            classes = tuple(j for j, c in enumerate(fm.classes) if c.startswith(label + ":"))
            rows = np.flatnonzero(label_of == label)
            if not classes or not len(rows):
                continue
            probs = softmax(fm.class_logits(counts, tfidf, dense, rows, classes))
            floor = SCAM_FAMILY_FLOOR if label == "scam" else 0.0
            for r, b, p in zip(rows.tolist(), probs.argmax(axis=1).tolist(), probs.max(axis=1).tolist()):
                out[r] = self._rule_family(label, analyses[r]) or (
                    fm.classes[classes[b]].split(":", 1)[1] if p >= floor else None)
        return out

    def _rule_family(self, label: str, a: Analysis) -> str | None:
        """A strong scam rule's family, if the family model knows it or the advice table speaks to it (a family with
        no corpus rows, such as FAM-14's, is named by its rule alone)."""
        if label != "scam":
            return None
        strongest = max((h for h in a.hits if h.rule.family and h.rule.direction == label and h.value == 1.0
                         and h.rule.weight >= 3), key=lambda h: h.rule.weight, default=None)
        if strongest and (f"{label}:{strongest.rule.family}" in self.model.family_model.classes
                          or has_advice(label, strongest.rule.family)):
            return strongest.rule.family
        return None

    def _verdict(self, a: Analysis, label: str, probs: list[float], family: str | None, forced: str | None,
                 strongest_terms: list[tuple]) -> Verdict:
        learned = self._rule_weights[label]
        norm = a.norm
        reason = self._reason
        rules = []
        scale = self.model.label_model.prior_scale
        for h in a.hits:
            r = h.rule
            # Towards the label against the mean of the others, as the hit counted: a built-in rule's learned weight
            # plus its share of the declared one (the rule prior); a user rule's declared weight alone.
            sign = 1 if r.direction == label else -0.5 if r.direction in LABELS else 0
            w = learned.get(r.id)
            w = (w + sign * scale * r.weight if w is not None else sign * r.weight) * h.value
            rules.append(reason(norm, r.id, w, r.zh, r.en, h.span, r.direction, r.weight * h.value))
        # Rules first: those pointing to the verdict, strongest first; then the model's strongest terms.
        if len(rules) > 1:
            rules.sort(key=lambda r: (r.direction != label, -(r.strength or 0), -r.weight))
        terms = []
        seen = set()
        text = norm.text
        for s, ln, weight in strongest_terms:
            term = text[s:s + ln]
            if term in seen or not term.isalpha():    # a number or a code is not an explanation
                continue
            seen.add(term)
            terms.append(reason(norm, "MODEL", weight, f"模型依据：“{term}”在训练语料中多见于{_ZH[label]}",
                                f"model evidence: '{term}' is typical of {label} messages in the corpus",
                                (s, s + ln), "model"))
            if len(terms) == MODEL_TERMS:
                break
        reasons = (rules[:MAX_REASONS - len(terms)] + terms)
        return Verdict(label, make_probabilities(dict(zip(LABELS, probs))), risk_of(label, probs[0]), family,
                       tuple(reasons), advice_for(label, family), self.model.version, a.channel, forced,
                       norm.original)

    @staticmethod
    def _reason(norm: Normalised, rid: str, weight: float, zh: str, en: str, span, direction: str,
                strength: float | None = None) -> Reason:
        # `weight` stays unrounded: to_dict() rounds it for display.
        if span is None:
            return Reason(rid, weight, zh, en, None, None, direction, strength)
        orig = norm.span(*span)
        return Reason(rid, weight, zh, en, orig, norm.original[orig[0]:orig[1]], direction, strength)


_ZH = {"scam": "诈骗短信", "genuine": "真实通知", "other": "其他信息"}
_lock = threading.Lock()
_cache: dict[tuple, Classifier] = {}


def _rule_paths(rules: RulesArg) -> tuple[str, ...]:
    if rules is None:
        return ()
    if isinstance(rules, (str, Path)):
        return (str(Path(rules).resolve()),)
    return tuple(dict.fromkeys(str(Path(r).resolve()) for r in rules))   # the same file twice is read once


def load_classifier(model_dir: str | Path | None = None, *, rules: RulesArg = None,
                    trust: bool = False) -> Classifier:
    """A Classifier for a model directory (default: the shipped model) plus optional user rule files.

    Loaded once per (directory, rule files, trust) and cached. Raises ModelError for a missing or tampered
    model and RuleError for a bad rule file.
    """
    key = (str(model_dir) if model_dir else None, _rule_paths(rules), trust)
    with _lock:
        if key not in _cache:
            ruleset = builtin_rules()
            extra: list[Rule] = []
            for path in key[1]:
                extra += load_rule_file(path, known=[r.id for r in ruleset] + [r.id for r in extra])
            _cache[key] = Classifier(load(Path(model_dir) if model_dir else None, trust=trust),
                                     ruleset.extended(extra) if extra else ruleset)
        return _cache[key]


def classify(text: str, *, sender: str | None = None, channel: str | None = None, rules: RulesArg = None,
             model_dir: str | Path | None = None, trust: bool = False) -> Verdict:
    """Classify one SMS body or call transcript.

    Raises TypeError when `text` is not a str, ValueError when it is empty or whitespace only, ModelError when the
    model is missing or its hash does not match its manifest (pass `trust=True` to load it anyway).
    """
    _check_text(text)
    _check_sender(sender)
    return load_classifier(model_dir, rules=rules, trust=trust).classify(text, sender=sender, channel=channel)


def classify_many(items: Iterable[Item], *, channel: str | None = None, batch_size: int = 256,
                  rules: RulesArg = None, model_dir: str | Path | None = None,
                  trust: bool = False) -> Iterator[Verdict]:
    """Verdicts for many texts or (text, sender) pairs, in order, scored in batches (much faster than a loop)."""
    clf = load_classifier(model_dir, rules=rules, trust=trust)
    return clf.classify_many(items, channel=channel, batch_size=batch_size)
