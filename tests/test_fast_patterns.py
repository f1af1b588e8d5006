"""The hot regexes are written so that `re` can skip ahead in C (a character class first, then a look-behind at it).
Each must match exactly what its plain, readable form matches: same spans, same groups."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scamguard.corpus import load_corpus
from scamguard.model import features
from scamguard.text import extract, normalise

CJK, SEP = normalise.CJK, normalise._SEPARATORS
# (fast form, plain form) pairs; the plain forms are the patterns as first written.
PAIRS = {
    "inserted separators": (normalise._INSERTED, f"(?<=[{CJK}])[{SEP}]{{1,3}}(?=[{CJK}])"),
    "gap between characters": (normalise._CJK_GAP, f"(?<=[{CJK}]) (?=[{CJK}])"),
    "split number": (normalise._SPLIT_NUMBER, r"(?<![\d.])\d{1,4}(?:[ \-–—_.·]{1,3}\d{1,8}){1,5}(?![\d])"),
    "link written with 。": (normalise._URL_DOT, normalise._URL_DOT.pattern.replace("([a-z0-9-][a-z0-9-]{1,62})",
                                                                                   "([a-z0-9-]{2,63})", 1)),
    "phone number": (extract._PHONE, r"(?<![\d.])(?:(?:\+|00)\s?\d{1,3}[\s-]?)?\d{5,14}(?![\d])"),
    "amount": (extract._AMOUNT, r"(?:(?:人民币|rmb|¥|￥)?\s?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\s?(?:元|块|rmb|人民币)"
                                r"|(?:人民币|¥|￥)\s?\d+(?:\.\d{1,2})?)"),
    "date": (extract._DATE, r"\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}|还款日|到期日|账单日"),
}
# Patterns only asked whether they match anywhere: (fast test, plain form).
EXISTS = {
    "maybe a link": (lambda t: extract._MAYBE_URL.search(t) is not None,
                     r"\.(?:com|cn|net|org|top|xyz|cc|vip|info|site|shop|club|me|io|co|app|link|ltd|wang|ink|gg|im|so"
                     r"|date|nz|hk|tw|ly)|\d\.\d{1,3}\.\d"),
    "opt-out": (lambda t: "退订" in t or extract._OPT_OUT.search(t) is not None,
                r"(?:回复?|回|发送?)\s?(?:t|td|r|n|0000|退订)\s?(?:退订|退|拒收)?|退订回\s?t|拒收请回复\s?r|退订"),
}
PLAIN_SIGNATURE = re.compile(r"^\s*[【\[]([^】\]\n]{2,16})[】\]]|[【\[]([^】\]\n]{2,16})[】\]]\s*$")
PLAIN_TURN = re.compile(r"(?:^|\n)\s*[^\n:：]{1,6}[:：]")


def _matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _check(text: str) -> None:
    for name, (fast, plain) in PAIRS.items():
        assert _matches(fast, text) == _matches(re.compile(plain), text), (name, text)
    for name, (fast, plain) in EXISTS.items():
        assert fast(text) == (re.search(plain, text) is not None), (name, text)
    short = text[:260]   # at most 260 characters, a text is a call only by its speaker turns
    assert (features.infer_channel(short) == "call") == (len(PLAIN_TURN.findall(short)) >= 3), short
    stripped = text.strip()
    old = PLAIN_SIGNATURE.search(stripped)
    new = extract._SIGNATURE_START.match(stripped) or extract._SIGNATURE_END.search(stripped)
    assert (old and (old.group(1) or old.group(2))) == (new and new.group(1)), text


@pytest.fixture(scope="module")
def corpus_texts(root):
    tables = normalise._tables()
    raw = [r.text for r in load_corpus(root / "corpus")]
    return raw + [t.lower().translate(tables.chars) for t in raw] + [normalise.normalise(t).text for t in raw]


def test_fast_patterns_match_their_plain_forms_on_the_corpus(corpus_texts):
    for text in corpus_texts:
        _check(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 .-_·–—+¥￥元块人民币rmb,中文停账。:：\n\t【】[]ab转回发退订tr月日年还到期单"),
               max_size=40))
def test_fast_patterns_match_their_plain_forms_on_random_text(text):
    _check(text)
