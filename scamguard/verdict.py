"""The result objects: a Verdict that explains itself through its Reasons."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LABELS = ("scam", "genuine", "other")


class Reason(NamedTuple):
    """One piece of evidence: a rule that fired or a term the model weighed (immutable).

    `weight` is its learned contribution to the log-odds of the verdict's label against the other labels
    (positive: it supports the verdict). `strength` is a rule's declared prior strength (1 weak – 3 strong; None for
    model terms). `span` is (start, end) in the ORIGINAL text, or None; `text` is that substring.
    A named tuple rather than a frozen dataclass: a verdict carries up to eight, and a frozen dataclass takes twice
    as long to build (each field set through object.__setattr__), a few percent of `classify_many`'s time.
    """

    id: str
    weight: float
    zh: str
    en: str
    span: tuple[int, int] | None = None
    text: str | None = None
    direction: str | None = None   # the rule's own direction (scam / genuine / other / guard); "model" for terms
    strength: float | None = None

    def to_dict(self) -> dict[str, Any]:
        # + 0.0: a zero weight pointing away from the label is -0.0, shown as 0
        return {"id": self.id, "weight": round(self.weight, 3) + 0.0, "strength": self.strength, "zh": self.zh,
                "en": self.en, "span": list(self.span) if self.span else None, "text": self.text,
                "direction": self.direction}


@dataclass(frozen=True)
class Advice:
    zh: str
    en: str


@dataclass(frozen=True)
class Verdict:
    """What scamguard concluded about one message, and why."""

    label: str
    probabilities: Mapping[str, float]
    risk: str
    family: str | None
    reasons: tuple[Reason, ...]
    advice: Advice
    model_version: str
    channel: str
    forced_by: str | None = None       # id of a strong request rule that forced the scam label
    text: str = field(default="", repr=False)

    @property
    def scam_probability(self) -> float:
        return self.probabilities["scam"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "scam_probability": round(self.scam_probability, 4),
            "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()},
            "risk": self.risk,
            "family": self.family,
            "channel": self.channel,
            "reasons": [r.to_dict() for r in self.reasons],
            "advice": {"zh": self.advice.zh, "en": self.advice.en},
            "forced_by": self.forced_by,
            "model_version": self.model_version,
        }


def make_probabilities(values: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType({k: float(values[k]) for k in LABELS})


def risk_of(label: str, scam_probability: float) -> str:
    if scam_probability >= 0.7:
        return "high"
    if scam_probability >= 0.3 or label == "scam":
        return "medium"
    return "low"


@lru_cache(maxsize=1)
def _advice_table() -> dict[str, dict[str, dict[str, str]]]:
    return tomllib.loads((resources.files("scamguard") / "data" / "advice.toml").read_text(encoding="utf-8"))


def has_advice(label: str, family: str) -> bool:
    """True when `family` has advice of its own for `label` (not just the label's default)."""
    return family in _advice_table().get(label, {})


@lru_cache(maxsize=None)
def advice_for(label: str, family: str | None) -> Advice:
    table = _advice_table().get(label, {})
    entry = table.get(family or "", table["default"])
    return Advice(entry["zh"], entry["en"])
