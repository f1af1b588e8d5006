"""From a message to model features: one code path for training and for scoring.

`analyse()` runs the text pipeline (normalise → extract → rules → tokenise) for one message. `hashed_counts()` turns a
batch of analyses into hashed term counts: jieba words (CRC-32) and character 1–3-grams (a multiplicative hash
computed with numpy over the whole batch at once). Hashing instead of a vocabulary means the shipped model is a few
arrays with no vocabulary dictionary to unpickle, which keeps a cold start well under a second; scikit-learn is only
needed to fit the weights. `dense_features()` gives the rule hits, facts and evasion counts, whose weights the model
learns beside the TF-IDF weights.
"""
from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass

import numpy as np

from ..rules.engine import Hit, RuleSet
from ..text.extract import Entities, extract
from ..text.normalise import Normalised, normalise, obfuscated_terms
from ..text.tokenise import tokenize

N_BITS = 18
N_BUCKETS = 1 << N_BITS
CHAR_NGRAMS = (1, 2, 3)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(1000003)
_SHIFT = np.uint64(64 - N_BITS)

# Facts the model reads as features (see scamguard.text.extract).
FACT_FEATURES = (
    "body:mobile", "body:virtual", "body:landline", "body:hotline400", "body:service", "body:port",
    "body:official_number", "body:fake95", "body:overseas", "body:spoofed", "body:government", "body:qq_number",
    "body:phone_placeholder", "url:official", "url:unknown", "url:lookalike", "url:shortener", "url:ip",
    "url:placeholder", "sig:brand", "sig:personal", "sig:generic", "sig:unknown", "sig:none",
    "sig:other_brand_in_body", "optout", "has:amount", "has:exact_amount", "has:card_tail", "has:date",
    "sender:none", "sender:name", "sender:official", "sender:matches_brand", "sender:mobile", "sender:virtual",
    "sender:port", "sender:service", "sender:overseas", "sender:spoofed", "sender:government", "sender:landline",
    "sender:hotline400", "channel:call", "channel:sms",
)
EXTRA_FEATURES = ("evasion:terms", "evasion:tricks", "length:log")


@dataclass
class Analysis:
    """Everything the pipeline learned about one message."""

    norm: Normalised
    entities: Entities
    hits: list[Hit]
    tokens: list[tuple[str, int, int]]
    obfuscated: list[tuple[int, int]]
    channel: str


def infer_channel(text: str) -> str:
    """"call" for transcripts (speaker turns, or long run-on speech), else "sms"."""
    if len(re.findall(r"(?:^|\n)\s*[^\n:：]{1,6}[:：]", text)) >= 3:
        return "call"
    if len(text) > 260 and not re.search(r"[【\[][^】\]]{2,12}[】\]]", text) and not re.search(r"https?://", text):
        return "call"
    return "sms"


def analyse(text: str, sender: str | None, channel: str | None, rules: RuleSet) -> Analysis:
    channel = channel or infer_channel(text)
    norm = normalise(text)
    ent = extract(norm.text, sender, channel)
    obf = obfuscated_terms(norm)
    hits = rules.run(norm.text, ent.facts, obf)
    return Analysis(norm, ent, hits, tokenize(norm.text), obf, channel)


@dataclass
class Counts:
    """Hashed term counts of a batch in CSR layout, with where each term first occurred (for explanations)."""

    indptr: np.ndarray     # (n_messages + 1,)
    indices: np.ndarray    # bucket of each entry
    counts: np.ndarray     # occurrences
    starts: np.ndarray     # position in the normalised text of the first occurrence
    lengths: np.ndarray    # its length in characters


def hashed_counts(texts: list[str], tokens: list[list[tuple[str, int, int]]]) -> Counts:
    n = len(texts)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    cps = np.frombuffer(("\x00".join(texts) + "\x00").encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    is_sep = cps == 0
    rows, buckets, pos, lens = [], [], [], []
    total = len(cps)
    for k in CHAR_NGRAMS:
        m = total - k + 1
        if m <= 0:
            continue
        h = np.full(m, np.uint64(k), dtype=np.uint64)
        bad = np.zeros(m, dtype=bool)
        for j in range(k):
            h = h * _PRIME + cps[j:j + m]
            bad |= is_sep[j:j + m]
        good = np.flatnonzero(~bad)
        b = ((h[good] * _MIX) >> _SHIFT).astype(np.int64)
        msg = np.searchsorted(starts, good, side="right") - 1
        rows.append(msg)
        buckets.append(b)
        pos.append(good - starts[msg])
        lens.append(np.full(len(good), k, dtype=np.int64))
    # Words: one comprehension (C-level loops) instead of four appends per token.
    kept = [(i, word, s, e) for i, toks in enumerate(tokens) for word, s, e in toks
            if word.strip() and (len(word) > 1 or word.isalnum())]
    if kept:
        w_rows, w_words, w_pos, w_end = zip(*kept)
    else:
        w_rows, w_words, w_pos, w_end = (), (), (), ()
    mask = N_BUCKETS - 1
    rows.append(np.array(w_rows, dtype=np.int64))
    buckets.append(np.fromiter((zlib.crc32(("w\x1f" + w).encode("utf-8")) & mask for w in w_words),
                               dtype=np.int64, count=len(w_words)))
    pos.append(np.array(w_pos, dtype=np.int64))
    lens.append(np.array(w_end, dtype=np.int64) - pos[-1])
    r = np.concatenate(rows)
    b = np.concatenate(buckets)
    p = np.concatenate(pos)
    ln = np.concatenate(lens)
    keys = r * N_BUCKETS + b
    uniq, first, counts = np.unique(keys, return_index=True, return_counts=True)
    msg = uniq // N_BUCKETS
    indptr = np.searchsorted(msg, np.arange(n + 1), side="left")
    return Counts(indptr=indptr, indices=(uniq % N_BUCKETS).astype(np.int64), counts=counts.astype(np.float64),
                  starts=p[first], lengths=ln[first])


def tfidf_values(counts: Counts, idf: np.ndarray) -> np.ndarray:
    """Sublinear TF × IDF, L2-normalised per message (as TfidfTransformer(sublinear_tf=True) would)."""
    vals = (1.0 + np.log(counts.counts)) * idf[counts.indices]
    n = len(counts.indptr) - 1
    row = np.repeat(np.arange(n), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row, weights=vals * vals, minlength=n))
    norms[norms == 0] = 1.0
    return vals / norms[row]


def dense_names(rules: RuleSet) -> list[str]:
    return [f"rule:{r.id}" for r in rules] + [f"fact:{f}" for f in FACT_FEATURES] + list(EXTRA_FEATURES)


def dense_features(analyses: list[Analysis], rules: RuleSet) -> np.ndarray:
    """Rule hits (1, or damped by a guard), facts (0/1) and evasion counts; the columns of `dense_names`."""
    rule_index = {r.id: i for i, r in enumerate(rules)}
    n_rules = len(rule_index)
    fact_index = {f: n_rules + i for i, f in enumerate(FACT_FEATURES)}
    extra = n_rules + len(FACT_FEATURES)
    out = np.zeros((len(analyses), extra + len(EXTRA_FEATURES)), dtype=np.float64)
    for i, a in enumerate(analyses):
        for h in a.hits:
            j = rule_index.get(h.rule.id)
            if j is not None:
                out[i, j] = h.value
        for f in a.entities.facts:
            j = fact_index.get(f)
            if j is not None:
                out[i, j] = 1.0
        out[i, extra] = math.log1p(len(a.obfuscated))
        out[i, extra + 1] = math.log1p(a.norm.evasion)
        out[i, extra + 2] = math.log1p(len(a.norm.text)) / 6.0
    return out
