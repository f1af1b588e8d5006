"""The literal prefilter is exact: it only skips patterns that cannot match."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scamguard.corpus import load_corpus
from scamguard.rules.engine import RuleSet, builtin_rules
from scamguard.text.extract import extract
from scamguard.text.literals import LiteralIndex, required_literals
from scamguard.text.normalise import normalise, obfuscated_terms


@pytest.mark.parametrize("pattern, expected", [
    ("(?:安全|监管)账户", {"安全账户", "监管账户"}),
    ("转账|汇款", {"转账", "汇款"}),
    ("征信[^。]{0,6}修复", {"修复", "征信"}),          # either side is necessary; the tie goes to the first
    ("(?:加|添加)(?:微信|qq)", {"加微信", "加qq", "添加微信", "添加qq"}),
    (r"\d{11}", None),
    ("(?i)abc", None),
    ("a?", None),
    ("(?:x|)y", {"xy", "y"}),
])
def test_required_literals(pattern, expected):
    got = required_literals(pattern)
    if expected is None:
        assert got is None
    elif len(expected) == 2 and "征信" in expected:
        assert got in ({"征信"}, {"修复"})
    else:
        assert got == expected


PATTERNS = [p for r in builtin_rules() for p in (*r.patterns, *r.require, *r.exclude)]
INDEX = LiteralIndex((i, p) for i, p in enumerate(PATTERNS))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("转账安全监管户卡借呗额度清零微信加qv会议共享屏幕征信修复逾期 0123456789。，"),
               max_size=40))
def test_a_pattern_that_matches_is_never_filtered_out(text):
    possible = INDEX.possible(text)
    for i, p in enumerate(PATTERNS):
        if p.search(text):
            assert i in possible, (p.pattern, text)


def test_prefiltered_rules_give_the_same_hits_on_the_whole_corpus(root):
    plain, fast = RuleSet(list(builtin_rules().rules)), RuleSet(list(builtin_rules().rules))
    for row in load_corpus(root / "corpus"):
        n = normalise(row.text)
        ent = extract(n.text, row.sender, row.channel)
        obf = obfuscated_terms(n)
        a = [(h.rule.id, h.span, h.value) for h in plain.run(n.text, ent.facts, obf, prefilter=False)]
        b = [(h.rule.id, h.span, h.value) for h in fast.run(n.text, ent.facts, obf, prefilter=True)]
        assert a == b, row.id


def test_index_without_literals_runs_everything():
    index = LiteralIndex([("any", re.compile(r"\d+"))])
    assert index.possible("no digits") == {"any"}


def test_shipped_literal_file_matches_the_builtin_rules():
    from scamguard.rules.engine import builtin_literals, literal_table

    fresh = {p: None if lits is None else frozenset(lits) for p, lits in literal_table(builtin_rules()).items()}
    assert builtin_literals() == fresh, "run `python -m scamguard.rules` after editing builtin.toml"


def test_every_builtin_pattern_compiles():
    # builtin_rules() compiles lazily; a bad pattern must fail here, not on the first message that reaches it.
    from scamguard.rules.engine import builtin_text, parse_rules

    rules = parse_rules(builtin_text(), "builtin.toml")
    assert all(p._re is not None for r in rules for p in (*r.patterns, *r.require, *r.exclude))
    assert len(rules) == len(builtin_rules())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("转账安全监管户卡借呗额度清零微信加qv会议 0123456789。"), max_size=30))
def test_any_possible_agrees_with_possible(text):
    assert INDEX.any_possible(text) == bool(INDEX.possible(text))
    assert LiteralIndex([("any", re.compile(r"\d+"))]).any_possible(text)


def test_the_phrase_prefilter_only_skips_texts_no_phrase_matches(root):
    from scamguard.text.normalise import _tables

    tables = _tables()
    skipped = 0
    for row in load_corpus(root / "corpus"):
        folded = row.text.lower().translate(tables.chars)
        if not tables.phrase_literals.any_possible(folded):
            skipped += 1
            assert tables.phrases.search(folded) is None, row.id
    assert skipped > 1000   # the prefilter does skip most messages, or it is not worth its start-up cost
