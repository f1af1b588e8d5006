"""Every built-in rule fires on its example and stays quiet on its counter-example; rule files are validated."""
from __future__ import annotations

import dataclasses

import pytest

from scamguard.rules.engine import RuleError, RuleSet, builtin_rules, parse_rules, rule_examples
from scamguard.text.extract import extract
from scamguard.text.normalise import normalise, obfuscated_terms

RULES = builtin_rules()
EXAMPLES = rule_examples()


def fired(ruleset: RuleSet, item) -> dict:
    if isinstance(item, str):
        item = {"text": item}
    n = normalise(item["text"])
    ent = extract(n.text, item.get("sender"), item.get("channel"))
    return {h.rule.id: h for h in ruleset.run(n.text, ent.facts, obfuscated_terms(n))}


@pytest.mark.parametrize("rule", list(RULES), ids=lambda r: r.id)
def test_rule_has_examples_that_fire_and_stay_quiet(rule):
    ex = EXAMPLES[rule.id]
    assert ex.get("fires") and ex.get("quiet"), f"{rule.id} needs both kinds of example"
    for item in ex["fires"]:
        hits = fired(RULES, item)
        assert rule.id in hits and hits[rule.id].value == 1.0, f"{rule.id} should fire on {item}"
    for item in ex["quiet"]:
        hits = fired(RULES, item)
        assert rule.id not in hits or hits[rule.id].value < 1.0, f"{rule.id} should stay quiet on {item}"


def test_warning_frame_damps_scam_rules():
    hits = fired(RULES, "警方提醒：凡是要求转账到安全账户、下载会议软件共享屏幕的都是诈骗")
    assert "HC-06" in hits
    assert all(h.value < 1 for h in hits.values() if h.rule.direction == "scam")


def test_composite_rules():
    rules = parse_rules('''
[[rule]]
id = "A"
direction = "scam"
patterns = ["停息挂账"]
zh = "a"
en = "a"

[[rule]]
id = "B"
direction = "scam"
patterns = ["加微信"]
zh = "b"
en = "b"

[[rule]]
id = "AB"
direction = "scam"
when = "A & (B | !B) & !C0"
zh = "ab"
en = "ab"
''', known=["C0"])
    rs = RuleSet(rules)
    assert "AB" in fired(rs, "停息挂账加微信") and "AB" not in fired(rs, "加微信")


@pytest.mark.parametrize("text,needle", [
    ('[[rule]]\nid = "X"\n', "direction"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\nwhen = "NOPE & X2"\n', "unknown rule"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\nweight = 9\n', "weight"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\nweight = true\n', "weight"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\ncolour = "red"\n', "unknown key"),
    ("not = [valid toml", "TOML"),
    ("rule = [1, 2]", "must be a table"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = 123\n', "string or a list"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = [""]\n', "empty string"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\nforce = "false"\n', "true or false"),
    ('[[rule]]\nid = "X"\ndirection = "other"\nzh = "a"\nen = "b"\npatterns = ["a"]\nreported = 1\n', "true or false"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\nevasion = "two"\n', "evasion"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\nfamily = 42\n', "family"),
    ('[[rule]]\nid = "MODEL"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\n', "reserved"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\nfacts = ["sender:bogus"]\n', "never produces"),
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["(?&bank)贷款"]\n', "(?&bank) is not in"),
    ('[define]\nbank = "(银行"\n', "define 'bank'"),
])
def test_invalid_rule_files_are_reported_with_lines(text, needle):
    with pytest.raises(RuleError) as exc:
        parse_rules(text, "mine.toml")
    assert needle in str(exc.value) and "mine.toml:" in str(exc.value)


def test_named_sub_patterns_are_shared_between_rules():
    a, b = parse_rules('[define]\nbank = "工行|建行"\nloan = "(?&bank)贷款"\n'
                       '[[rule]]\nid = "A"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["(?&loan)中心"]\n'
                       '[[rule]]\nid = "B"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["我是(?&bank)的"]\n',
                       "mine.toml")
    assert a.patterns[0].pattern == "(?:(?:工行|建行)贷款)中心" and a.patterns[0].search("建行贷款中心")
    assert b.patterns[0].search("我是工行的") and not b.patterns[0].search("我是工行贷款")
    # The built-in SND-08/SND-09 share the big banks' names this way.
    assert "(?&" not in "".join(p.pattern for r in RULES for p in r.patterns)


def test_a_user_rule_may_mark_retellings():
    (rule,) = parse_rules('[[rule]]\nid = "X"\ndirection = "other"\nzh = "a"\nen = "b"\npatterns = ["听说"]\n'
                          'reported = true\n', "mine.toml")
    assert rule.reported and not builtin_rules().get("FAM-01").reported


def test_a_negative_zero_weight_is_zero_and_rules_built_in_code_are_checked():
    (rule,) = parse_rules('[[rule]]\nid = "X"\ndirection = "other"\nzh = "a"\nen = "b"\npatterns = ["a"]\n'
                          'weight = -0.0\n', "mine.toml")
    assert str(rule.weight) == "0.0"
    for weight in (float("inf"), float("nan"), -1, True):
        with pytest.raises(ValueError, match="weight"):
            dataclasses.replace(rule, weight=weight)


def test_user_rule_ids_may_not_clash():
    with pytest.raises(RuleError):
        RULES.extended(parse_rules('[[rule]]\nid = "ACT-01"\ndirection = "scam"\nzh = "a"\nen = "b"\n'
                                   'patterns = ["a"]\n', "mine.toml"))


@pytest.mark.parametrize("expr", ["ACT-01 &", "!", "& ACT-01", "ACT-01 ACT-05", "ACT-01 | | ACT-05", "()",
                                  "ACT-01 &| ACT-05", "ACT-01 && ACT-05", "(ACT-01", "ACT-01)", "", "ACT-01 + ACT-05"])
def test_incomplete_composite_expressions_are_refused(expr):
    text = f'[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\nwhen = "{expr}"\n'
    with pytest.raises(RuleError) as exc:
        parse_rules(text, "mine.toml", known=[r.id for r in RULES])
    assert "mine.toml:1:" in str(exc.value)


@pytest.mark.parametrize("expr", ["A | B & C", "!(A | B)", "!A & !B | C", "A & !(B & !C) | !A & B"])
def test_composite_precedence_is_not_over_and_over_or(expr):
    from itertools import chain, combinations

    from scamguard.rules.engine import parse_expr

    predicate, refs = parse_expr(expr, {"A", "B", "C"})
    python = expr.replace("!", " not ").replace("&", " and ").replace("|", " or ")   # the same precedence
    for fired in chain.from_iterable(combinations("ABC", n) for n in range(4)):
        assert predicate(dict.fromkeys(fired)) == eval(python, {k: k in fired for k in "ABC"}), fired
    assert set(refs) == {t for t in "ABC" if t in expr}


def test_rule_lines_count_spaced_headers_and_a_byte_order_mark(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\n\n'
                    '[[ rule ]]\nid = "Y"\ndirection = "scam"\nzh = "a"\nen = "b"\n', encoding="utf-8-sig")
    from scamguard.rules.engine import load_rule_file

    with pytest.raises(RuleError) as exc:
        load_rule_file(path)
    assert f"{path}:8: rule Y" in str(exc.value)


def test_every_fact_the_extractor_sets_on_the_corpus_is_known(root):
    from scamguard.corpus import load_corpus
    from scamguard.text.extract import is_known_fact

    seen = set()
    for row in load_corpus(root / "corpus"):
        seen |= extract(normalise(row.text).text, row.sender, row.channel).facts
    for sender in (None, "", "95588", "1069095588", "+8613800138000", "00852612345678", "4008123123", "12381",
                   "17012345678", "02161234567", "12345", "招商银行", "某某公司"):
        seen |= extract("测试", sender, "sms").facts
    assert [f for f in sorted(seen) if not is_known_fact(f)] == []
