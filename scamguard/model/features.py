"""From a message to model features: one code path for training and for scoring.

`analyse_many()` runs the text pipeline (normalise → extract → rules → tokenise) over a batch of messages.
`hashed_counts()` turns a batch of analyses into hashed term counts: jieba words and character 1–3-grams, every one
a span of the batch's code points, hashed with numpy prefix sums over the whole batch at once. Hashing instead of a
vocabulary means the shipped model is a few arrays with no vocabulary dictionary to unpickle, which keeps a cold
start well under a second; scikit-learn is only needed to fit the weights. `dense_features()` gives the rule hits,
facts and evasion counts, whose weights the model learns beside the TF-IDF weights.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import chain

import numpy as np

from ..rules.engine import Hit, RuleSet
from ..text.extract import Entities, extract
from ..text.normalise import Normalised, normalise, obfuscated_terms
from ..text.quotes import without_reported_speech
from ..text.tokenise import cut

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
    tokens: list[str]              # jieba words, in order, covering `model_text`
    obfuscated: list[tuple[int, int]]
    channel: str
    model_text: str                # what the text model reads: the normalised text, with reported speech blanked when a
                                   # fired rule says the message retells others' words (same length and offsets)


_TURN = re.compile(r"(?:^|\n)\s*[^\n:：]{1,6}[:：]")


def infer_channel(text: str) -> str:
    """"call" for transcripts (speaker turns, or long run-on speech), else "sms"."""
    # Each turn holds one colon, so fewer than three colons cannot make three turns (and skips the scan).
    if text.count(":") + text.count("：") >= 3 and len(_TURN.findall(text)) >= 3:
        return "call"
    if len(text) > 260 and not re.search(r"[【\[][^】\]]{2,12}[】\]]", text) and not re.search(r"https?://", text):
        return "call"
    return "sms"


def analyse_many(items: list[tuple[str, str | None, str | None]], rules: RuleSet) -> list[Analysis]:
    """The pipeline for (text, sender, channel) items, one stage over the whole batch at a time: running the same
    few dozen regexes back to back keeps them hot in the CPU caches (about a quarter faster than message by
    message)."""
    channels = [channel or infer_channel(text) for text, _, channel in items]
    norms = [normalise(text) for text, _, _ in items]
    ents = [extract(n.text, sender, channel) for n, (_, sender, _), channel in zip(norms, items, channels)]
    obfs = [obfuscated_terms(n) for n in norms]
    hits = [rules.run(n.text, e.facts, o) for n, e, o in zip(norms, ents, obfs)]
    model_texts = [model_text(n, hs) for n, hs in zip(norms, hits)]
    words = [cut(t) for t in model_texts]
    return [Analysis(*parts) for parts in zip(norms, ents, hits, words, obfs, channels, model_texts)]


def model_text(norm: Normalised, hits: list[Hit]) -> str:
    """What the text model reads of a message: its normalised text, with the reported speech blanked out when an
    undamped rule says the message retells others' words (a news item quoting a scammer is not the scammer)."""
    return without_reported_speech(norm.text) if any(h.rule.reported and h.value == 1.0 for h in hits) else norm.text


def term_counts(analyses: list[Analysis]) -> Counts:
    """The hashed term counts of a batch of analyses (`hashed_counts` over what the text model reads)."""
    return hashed_counts([a.model_text for a in analyses], [a.tokens for a in analyses])


@dataclass
class Counts:
    """Hashed term counts of a batch in CSR layout, with where each term first occurred (for explanations)."""

    indptr: np.ndarray     # (n_messages + 1,)
    indices: np.ndarray    # bucket of each entry
    counts: np.ndarray     # occurrences
    starts: np.ndarray     # position in the normalised text of the first occurrence
    lengths: np.ndarray    # its length in characters
    words: np.ndarray      # True for jieba words, False for character n-grams


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P^0..P^(n-1) and their inverses modulo 2^64 (uint64 arithmetic wraps), grown and cached as needed."""
    global _POWERS
    if len(_POWERS[0]) < n:
        size = max(n, 2 * len(_POWERS[0]), 4096)
        pw = np.full(size, _PRIME, dtype=np.uint64)
        pw[0] = 1
        ipw = np.full(size, _PRIME_INV, dtype=np.uint64)
        ipw[0] = 1
        _POWERS = (np.cumprod(pw), np.cumprod(ipw))
    return _POWERS


_POWERS: tuple[np.ndarray, np.ndarray] = (np.zeros(0, np.uint64), np.zeros(0, np.uint64))
_PRIME_INV = np.uint64(pow(int(_PRIME), -1, 1 << 64))
_WORD_SALT = np.uint64(0xB5)


def hashed_counts(texts: list[str], words: list[list[str]]) -> Counts:
    """Hashed counts of the character 1–3-grams and the words of a batch (`words`: each text's tokens in order,
    covering it). Every term is a span of the batch's joined code points, hashed as a polynomial over them with
    prefix sums, so the whole batch is hashed in a few numpy passes whatever its size."""
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    cps = np.frombuffer(("\x00".join(texts) + "\x00").encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    total = len(cps)
    pw, ipw = _powers(total + 1)
    # span_hash(s, e) = sum c[j]·P^(e-1-j) over s <= j < e = P^(e-1) · (prefix[e] - prefix[s])
    prefix = np.zeros(total + 1, dtype=np.uint64)
    np.cumsum(cps * ipw[:total], out=prefix[1:])
    seps = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(cps == 0, out=seps[1:])
    if seps[-1] != n:      # the separators index the messages (normalised text never holds NUL)
        raise ValueError("a text contains NUL; normalise it first")
    span_s, span_e, salts = [], [], []
    for k in CHAR_NGRAMS:
        s = np.arange(total - k + 1)
        s = s[seps[s + k] == seps[s]]           # n-grams never cross from one message into the next
        span_s.append(s)
        span_e.append(s + k)
        salts.append(np.full(len(s), k, dtype=np.uint64))
    # Words: the tokens cover each text in order, so their ends are running sums of their lengths.
    per_text = np.fromiter(map(len, words), dtype=np.int64, count=n)
    wlen = np.fromiter(map(len, chain.from_iterable(words)), dtype=np.int64, count=int(per_text.sum()))
    wmsg = np.repeat(np.arange(n), per_text)
    wend = np.cumsum(wlen) + wmsg               # one separator after each earlier text
    covered = np.bincount(wmsg, weights=wlen, minlength=n)
    if not np.array_equal(covered, lengths):
        raise ValueError("the tokens do not cover their texts")
    wstart = wend - wlen
    # Keep what jieba-based TF-IDF would: no whitespace-only tokens, no single punctuation marks.
    flags = _char_flags(cps)
    nonspace = np.zeros(total + 1, dtype=np.int64)
    np.cumsum((flags & _SPACE) == 0, out=nonspace[1:])
    alnum = (flags & _ALNUM) != 0
    keep = (nonspace[wend] > nonspace[wstart]) & ((wlen > 1) | alnum[np.minimum(wstart, total - 1)])
    span_s.append(wstart[keep])
    span_e.append(wend[keep])
    salts.append(np.full(int(keep.sum()), _WORD_SALT, dtype=np.uint64))
    s = np.concatenate(span_s)
    e = np.concatenate(span_e)
    salt = np.concatenate(salts)
    h = pw[e - 1] * (prefix[e] - prefix[s])
    b = (((h ^ salt) * _MIX) >> _SHIFT).astype(np.int64)
    msg = seps[s]                               # a message's index is the number of separators before it
    uniq, first, counts = _unique_first(msg * N_BUCKETS + b)
    row = uniq // N_BUCKETS
    indptr = np.searchsorted(row, np.arange(n + 1), side="left")
    return Counts(indptr=indptr, indices=(uniq % N_BUCKETS).astype(np.int64), counts=counts.astype(np.float64),
                  starts=(s - starts[msg])[first], lengths=(e - s)[first],
                  words=(salt == _WORD_SALT)[first])


_SPACE, _ALNUM = 1, 2
_CHAR_FLAGS = np.full(0, -1, dtype=np.int8)


def _char_flags(cps: np.ndarray) -> np.ndarray:
    """_SPACE | _ALNUM of each code point, from a table filled in as new characters turn up (str.isspace and
    str.isalnum are per-character Python calls; a batch holds few characters not seen before)."""
    global _CHAR_FLAGS
    if not len(_CHAR_FLAGS):
        _CHAR_FLAGS = np.full(0x110000, -1, dtype=np.int8)
    table = _CHAR_FLAGS
    flags = table[cps]
    unseen = flags < 0
    if unseen.any():
        for c in set(cps[unseen].tolist()):
            ch = chr(c)
            table[c] = (_SPACE if ch.isspace() else 0) | (_ALNUM if ch.isalnum() else 0)
        flags = table[cps]
    return flags


def _unique_first(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """np.unique(keys, return_index=True, return_counts=True) for non-negative keys, about four times faster: each
    key is packed with its position into one integer, so a plain sort orders by key and, within a key, puts the
    first occurrence first (np.unique needs a stable argsort for that)."""
    n = len(keys)
    pos_bits = max(1, int(n).bit_length())
    if not n or int(keys.max()).bit_length() + pos_bits > 63:
        return np.unique(keys, return_index=True, return_counts=True)
    packed = np.sort((keys << pos_bits) | np.arange(n, dtype=np.int64))
    sorted_keys = packed >> pos_bits
    bounds = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))
    counts = np.diff(np.append(bounds, n))
    return sorted_keys[bounds], packed[bounds] & ((1 << pos_bits) - 1), counts


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
