"""scamguard: tell debt-relief and credit scams from genuine lender notices in Chinese SMS and call transcripts.

    >>> from scamguard import classify
    >>> v = classify("停息挂账找我们，专业法务团队，先交定金，加微信详聊")
    >>> v.label, v.family          # doctest: +SKIP
    ('scam', 'stop_interest_agent')

The heavy modules load lazily, so `import scamguard` is cheap and the CLI starts fast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["classify", "classify_many", "load_classifier", "Classifier", "Verdict", "Reason", "Advice",
           "ModelError", "RuleError", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import Classifier, classify, classify_many, load_classifier
    from .model.store import ModelError
    from .rules.engine import RuleError
    from .verdict import Advice, Reason, Verdict

_LAZY = {"classify": "api", "classify_many": "api", "load_classifier": "api", "Classifier": "api",
         "Verdict": "verdict", "Reason": "verdict", "Advice": "verdict", "ModelError": "model.store",
         "RuleError": "rules.engine"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'scamguard' has no attribute {name!r}")
