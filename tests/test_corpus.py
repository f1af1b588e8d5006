"""The corpus is valid, big and varied enough, and free of near-duplicates."""
from __future__ import annotations

from collections import Counter

import pytest

from scamguard.corpus import FAMILIES, load_corpus, near_duplicates, validate_row


@pytest.fixture(scope="module")
def rows(root):
    return load_corpus(root / "corpus")   # raises on any invalid row or repeated id


def test_size_and_balance(rows):
    assert len(rows) >= 5000
    labels = Counter(r.label for r in rows)
    for label in ("scam", "genuine", "other"):
        assert labels[label] / len(rows) >= 0.25, labels
    calls = sum(r.channel == "call" for r in rows)
    assert calls / len(rows) >= 0.15


def test_every_scam_family_has_forty_messages(rows):
    fams = Counter(r.family for r in rows if r.label == "scam")
    for fam in FAMILIES["scam"]:
        assert fams[fam] >= 40, (fam, fams[fam])


def test_hard_and_evasive_cases_present(rows):
    scams = [r for r in rows if r.label == "scam"]
    assert sum("evasive" in r.flags for r in scams) / len(scams) >= 0.2
    assert sum("hard" in r.flags for r in rows if r.label == "genuine") >= 100
    assert sum("hard" in r.flags for r in scams) >= 100


def test_no_call_comes_from_an_sms_port(rows):
    # 106x numbers only send SMS; a call "from" one would teach the model a sender that real calls never have.
    bad = [r.id for r in rows if r.channel == "call" and (r.sender or "").startswith("106")]
    assert not bad, bad[:10]


def test_groups_are_scenarios_not_single_messages(rows):
    groups = Counter(r.group for r in rows)
    assert len(groups) >= 200
    assert sum(groups.values()) / len(groups) >= 3


def test_no_near_duplicates(rows):
    pairs = near_duplicates([r.text for r in rows])
    assert not pairs, [(rows[i].id, rows[j].id, jac) for i, j, jac in pairs[:10]]


def test_validator_rejects_bad_rows():
    good = {"id": "x-1", "text": "你好", "label": "other", "channel": "sms", "sender": None, "family": "chat",
            "group": "chat/x", "flags": []}
    assert validate_row(good) == []
    assert validate_row({**good, "label": "spam"})
    assert validate_row({**good, "family": "safe_account"})
    assert validate_row({**good, "flags": ["weird"]})
    assert validate_row({**good, "group": "other/x"})
    assert validate_row({k: v for k, v in good.items() if k != "text"})


def test_near_duplicate_index_scores_against_everything_added():
    from scamguard.corpus import NearDuplicateIndex

    index = NearDuplicateIndex(["您的借呗本期应还1200元，请按时还款", "今晚一起吃饭吗"])
    assert index.max_jaccard("您的借呗本期应还1200元，请按时还款") == 1.0
    assert 0 < index.max_jaccard("您的借呗本期应还1300元，请按时还款") < 1
    assert index.max_jaccard("停息挂账找我们") == 0.0


@pytest.mark.parametrize("name, label, size", [("closure_confirmations", "other", 200),
                                               ("own_credit_chats", "other", 200),
                                               ("genuine_notices", "genuine", 120)])
def test_held_out_benchmarks_are_valid_and_held_out(root, rows, name, label, size):
    """benchmarks/data/*.jsonl measure false alarms on benign closures, on chats about one's own credit and on genuine
    notices; they must stay out of the corpus's reach: valid rows of one label, none a near-duplicate of a training
    text."""
    from scamguard.corpus import NearDuplicateIndex, read_rows

    held = list(read_rows(root / "benchmarks" / "data" / f"{name}.jsonl"))
    assert len(held) >= size and {r.label for r in held} == {label}
    index = NearDuplicateIndex([r.text for r in rows])
    worst = max(index.max_jaccard(r.text) for r in held)
    assert worst < 0.6, worst
