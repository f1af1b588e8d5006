"""Every built-in rule fires on its example and stays quiet on its counter-example; rule files are validated."""
from __future__ import annotations

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
    ('[[rule]]\nid = "X"\ndirection = "scam"\nzh = "a"\nen = "b"\npatterns = ["a"]\ncolour = "red"\n', "unknown key"),
    ("not = [valid toml", "TOML"),
])
def test_invalid_rule_files_are_reported_with_lines(text, needle):
    with pytest.raises(RuleError) as exc:
        parse_rules(text, "mine.toml")
    assert needle in str(exc.value) and "mine.toml:" in str(exc.value)


def test_user_rule_ids_may_not_clash():
    with pytest.raises(RuleError):
        RULES.extended(parse_rules('[[rule]]\nid = "ACT-01"\ndirection = "scam"\nzh = "a"\nen = "b"\n'
                                   'patterns = ["a"]\n', "mine.toml"))
