"""Decoding a message of unknown encoding held in memory (standard input, an argument)."""
from __future__ import annotations

import itertools

import pytest

from scamguard.corpus import load_corpus
from scamguard.screen.encoding import decode_bytes


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_corpus_texts_round_trip_in_every_supported_encoding(root, encoding):
    # A text of a few characters in UTF-16 without a BOM is truly ambiguous ('稍等' is also valid ASCII); from
    # eight characters on, every corpus text must come back unchanged.
    rows = itertools.islice(load_corpus(root / "corpus"), 0, None, 5)
    wrong = [r.id for r in rows if len(t := r.text.strip()) >= 8 and decode_bytes(t.encode(encoding)) != t]
    assert wrong == []


@pytest.mark.parametrize("text", ["hello world", "Bush hid the facts", "停息挂账加微信", "【工商银行】您尾号1234的卡"])
def test_short_texts_in_every_encoding(text):
    for encoding in ("utf-8", "gb18030", "utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(encoding)) == text, encoding


def test_undecodable_bytes_raise():
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(b"\xff\x80\xff")
