"""Word tokenisation with jieba's dictionary and scamguard's domain user dictionary.

The engine is rjieba (jieba-rs): the same dictionary and the same route search as `jieba.lcut(text, HMM=False)`,
about twenty times faster and with a cold start of ~0.2 s instead of jieba's ~1 s. `tests/test_tokenise.py`
checks that both give identical tokens on the whole corpus; `jieba_tokenizer()` builds the reference, which also
cuts the rare texts where the engines could break a tie differently.
"""
from __future__ import annotations

import re
import threading
from importlib import resources
from typing import Callable, TypeVar

T = TypeVar("T")
_BUILD_LOCK = threading.Lock()


def _built_once(build: Callable[[], T]) -> Callable[[], T]:
    """`build()`'s result, built on first use by exactly one thread. (functools.lru_cache lets threads racing to the
    first call all run `build`: two threads adding the user dictionary to rjieba's shared engine at once made one of
    them fail with "Already borrowed".)"""
    built: list[T] = []

    def get() -> T:
        if not built:
            with _BUILD_LOCK:
                if not built:
                    built.append(build())
        return built[0]
    return get


def user_dictionary() -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of the domain user dictionary (package data `userdict.txt`)."""
    text = (resources.files("scamguard.text") / "data" / "userdict.txt").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, freq, tag = line.split()
            entries.append((word, int(freq), tag))
    return entries


@_built_once
def _engine():
    import rjieba

    # rjieba builds its default instance at import; reusing it (with our words added) saves a second dictionary
    # load (~0.15 s of every cold start).
    engine = rjieba._DEFAULT_JIEBA
    for word, freq, tag in user_dictionary():
        engine.add_word(word, freq, tag)
    return engine


# A character repeated three times or more (好好好, 哈哈哈哈) gives routes of equal probability, and the two engines
# break such ties differently (floating-point rounding decides). Those rare texts go to jieba itself.
_TIE_PRONE = re.compile(r"([\u4e00-\u9fff])\1\1")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every token of `text`, as jieba without HMM would cut it."""
    if _TIE_PRONE.search(text):
        out, pos = [], 0
        for word in _reference()(text):
            out.append((word, pos, pos + len(word)))
            pos += len(word)
        return out
    return _engine().tokenize(text, "default", False)


def cut(text: str) -> list[str]:
    if _TIE_PRONE.search(text):
        return _reference()(text)
    return _engine().cut(text, False)


@_built_once
def _reference() -> Callable[[str], list[str]]:
    return jieba_tokenizer()


def jieba_tokenizer() -> Callable[[str], list[str]]:
    """The reference: jieba itself with the same user dictionary (slow to start; for tests and audits)."""
    import logging

    import jieba

    # After the import: importing jieba sets its logger to DEBUG, which prints "Building prefix dict…" to stderr.
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for word, freq, tag in user_dictionary():
        tk.add_word(word, freq, tag)
    return lambda text: tk.lcut(text, HMM=False)
