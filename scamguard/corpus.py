"""The labelled corpus: schema, loading, validation and near-duplicate detection.

Pure standard library, so that corpus authors can run the checks without the model stack.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

LABELS = ("scam", "genuine", "other")
CHANNELS = ("sms", "call")
FLAGS = ("hard", "evasive")

FAMILIES: dict[str, tuple[str, ...]] = {
    "scam": (
        "stop_interest_agent", "credit_repair", "campus_loan_cancel", "close_credit_product",
        "protection_fee", "safe_account", "borrow_to_clear", "screen_share", "fake_collection",
        "fake_legal", "impersonated_authority", "advance_fee_loan", "card_cashout",
        "limit_phishing", "parcel_refund", "task_scam", "points_phishing",
    ),
    "genuine": (
        "bill_statement", "due_reminder", "overdue_notice", "autodebit_result", "repayment_ok",
        "official_negotiation", "collection", "court_notice", "credit_relief_notice",
    ),
    "other": (
        "verification_code", "transaction_alert", "loan_status", "lender_marketing", "ad", "chat",
        "delivery", "service_notice", "antifraud_warning", "news_discussion",
    ),
}
FIELDS = ("id", "text", "label", "channel", "sender", "family", "group", "flags")
NEAR_DUPLICATE_JACCARD = 0.6


class CorpusError(ValueError):
    """A corpus row that breaks the schema; carries its file and line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    label: str
    channel: str
    sender: str | None
    family: str
    group: str
    flags: tuple[str, ...]
    path: str = ""
    line: int = 0


def validate_row(obj: object) -> list[str]:
    """Every way `obj` breaks the corpus schema (an empty list when it is valid)."""
    if not isinstance(obj, dict):
        return ["row is not a JSON object"]
    problems = []
    missing = [f for f in FIELDS if f not in obj]
    extra = [f for f in obj if f not in FIELDS]
    if missing:
        problems.append(f"missing fields: {', '.join(missing)}")
    if extra:
        problems.append(f"unknown fields: {', '.join(extra)}")
    for f in ("id", "text", "family", "group"):
        if f in obj and (not isinstance(obj[f], str) or not obj[f].strip()):
            problems.append(f"{f} must be a non-empty string")
    label = obj.get("label")
    if label not in LABELS:
        problems.append(f"label {label!r} is not one of {', '.join(LABELS)}")
    elif isinstance(obj.get("family"), str) and obj["family"] not in FAMILIES[label]:
        problems.append(f"family {obj['family']!r} is not a {label} family")
    if obj.get("channel") not in CHANNELS:
        problems.append(f"channel {obj.get('channel')!r} is not one of {', '.join(CHANNELS)}")
    sender = obj.get("sender")
    if sender is not None and (not isinstance(sender, str) or not sender.strip()):
        problems.append("sender must be null or a non-empty string")
    flags = obj.get("flags")
    if not isinstance(flags, list) or any(f not in FLAGS for f in flags):
        problems.append(f"flags must be a list drawn from {', '.join(FLAGS)}")
    if isinstance(obj.get("group"), str) and isinstance(obj.get("family"), str):
        if not obj["group"].startswith(obj["family"] + "/"):
            problems.append("group must start with '<family>/'")
    return problems


def json_lines(fh: Iterable[str]) -> Iterator[tuple[int, object | None, str | None]]:
    """(line number, parsed object or None, error or None) for every non-blank line of a JSONL stream."""
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line), None
        except json.JSONDecodeError as exc:
            yield n, None, f"not JSON ({exc.msg})"


def read_rows(path: str | Path, *, strict: bool = True) -> Iterator[Row]:
    """Rows of one JSONL corpus file. With `strict`, the first bad row raises CorpusError."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for n, obj, error in json_lines(fh):
            problems = [error] if error else validate_row(obj)
            if problems:
                if strict:
                    raise CorpusError(str(path), n, "; ".join(problems))
                continue
            yield Row(**{f: obj[f] for f in FIELDS if f != "flags"}, flags=tuple(obj["flags"]),
                      path=str(path), line=n)


def corpus_files(root: str | Path) -> list[Path]:
    return sorted(Path(root).glob("*.jsonl"))


def load_corpus(root: str | Path) -> list[Row]:
    """Every row of every `*.jsonl` under `root`; raises CorpusError on the first bad row or a repeated id."""
    rows: list[Row] = []
    seen: dict[str, Row] = {}
    for path in corpus_files(root):
        for row in read_rows(path):
            if row.id in seen:
                first = seen[row.id]
                raise CorpusError(row.path, row.line, f"id {row.id!r} already used at {first.path}:{first.line}")
            seen[row.id] = row
            rows.append(row)
    return rows


def char_ngrams(text: str, n: int = 5) -> frozenset[str]:
    compact = "".join(text.split())
    if len(compact) <= n:
        return frozenset([compact])
    return frozenset(compact[i:i + n] for i in range(len(compact) - n + 1))


def corpus_texts(root: str | Path, *, exclude: str | Path | None = None) -> list[str]:
    """Every text of the corpus files under `root` except the file `exclude` (a generator's own output), unvalidated:
    what a section generator checks its candidates against."""
    skip = Path(exclude).name if exclude else None
    return [json.loads(line)["text"] for path in corpus_files(Path(root)) if path.name != skip
            for line in path.open(encoding="utf-8") if line.strip()]


class NearDuplicateIndex:
    """Texts indexed by character 5-gram: the highest Jaccard of any text against all added so far, without
    comparing pairwise. Generators use it to drop a candidate as they write; `near_duplicates` to report pairs."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.grams: list[frozenset[str]] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        for text in texts:
            self.add(text)

    def add(self, text: str) -> int:
        k = len(self.grams)
        self.grams.append(char_ngrams(text))
        for gram in self.grams[k]:
            self._index[gram].append(k)
        return k

    def similar(self, grams: frozenset[str]) -> dict[int, float]:
        """Jaccard against every indexed text sharing at least one 5-gram with `grams`."""
        shared: dict[int, int] = defaultdict(int)
        for gram in grams:
            for j in self._index.get(gram, ()):
                shared[j] += 1
        return {j: s / (len(grams) + len(self.grams[j]) - s) for j, s in shared.items()}

    def max_jaccard(self, text: str) -> float:
        return max(self.similar(char_ngrams(text)).values(), default=0.0)


def near_duplicates(texts: Iterable[str], *, threshold: float = NEAR_DUPLICATE_JACCARD,
                    only: Iterable[int] | None = None) -> list[tuple[int, int, float]]:
    """Pairs (i, j, jaccard) of texts whose character 5-gram Jaccard is at least `threshold`.

    With `only`, just the pairs that involve one of those indices are reported.
    """
    index = NearDuplicateIndex(texts)
    wanted = range(len(index.grams)) if only is None else sorted(set(only))
    pairs = []
    for i in wanted:
        for j, jac in index.similar(index.grams[i]).items():
            if j == i or only is None and j < i:
                continue
            if jac >= threshold:
                pairs.append((min(i, j), max(i, j), round(jac, 3)))
    return sorted(set(pairs))
