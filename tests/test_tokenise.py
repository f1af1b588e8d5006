"""The fast engine (rjieba) must cut exactly like jieba with the same user dictionary, on the whole corpus."""
from __future__ import annotations

from scamguard.corpus import load_corpus
from scamguard.text.normalise import normalise
from scamguard.text.tokenise import cut, jieba_tokenizer, tokenize


def test_domain_words_are_kept_whole():
    assert {"停息挂账", "花呗", "借呗", "微粒贷", "个性化分期"} <= set(cut("花呗借呗微粒贷都能停息挂账个性化分期"))


def test_token_offsets():
    text = "我的花呗逾期了"
    for word, s, e in tokenize(text):
        assert text[s:e] == word


def test_identical_to_jieba_on_the_whole_corpus(root):
    reference = jieba_tokenizer()
    rows = load_corpus(root / "corpus")
    mismatches = []
    for row in rows:
        for text in (row.text, normalise(row.text).text):
            if cut(text) != reference(text):
                mismatches.append(row.id)
    assert not mismatches, f"{len(mismatches)} texts cut differently, e.g. {mismatches[:5]}"
