"""What a regular expression needs to match, and a one-pass prefilter built on it (as rspamd does with Hyperscan).

Most of the rule and normalisation patterns fail on most messages, and Python's `re` has to scan the whole text to
find that out. `required_literals()` reads a pattern's parsed form and returns strings of which every match must
contain at least one (`转账|汇款` needs 转账 or 汇款; `(安全|监管)账户` needs 安全账户 or 监管账户). `LiteralIndex` puts the
literals of many patterns into one Aho–Corasick automaton, so a single C-speed pass over a message says which
patterns could possibly match; only those are run. The prefilter is exact: a pattern it skips cannot match, and a
pattern without usable literals is always run.
"""
from __future__ import annotations

import re
from typing import Hashable, Iterable, Mapping, Sequence

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

import ahocorasick

PRODUCT_CAP = 64       # the most alternatives a literal set may spell out (e.g. 8 × 8 for two adjacent groups)
CLASS_CAP = 16         # a character class with more members than this is "any character" for our purposes


class _Info:
    """`exact`: every string the node can match (None when unbounded); `need`: strings one of which every match
    contains (None when unknown)."""

    __slots__ = ("exact", "need")

    def __init__(self, exact: frozenset[str] | None = None, need: frozenset[str] | None = None) -> None:
        self.exact = exact
        self.need = need


_ANY = _Info()
_EMPTY = _Info(frozenset({""}))


def _score(lits: frozenset[str]) -> tuple[int, int]:
    """Longer shortest literal first (fewer false candidates), then fewer literals."""
    return (min(map(len, lits)), -len(lits))


def _usable(lits: frozenset[str] | None) -> frozenset[str] | None:
    return lits if lits and "" not in lits else None


def _best(*sets: frozenset[str] | None) -> frozenset[str] | None:
    usable = [s for s in map(_usable, sets) if s]
    return max(usable, key=_score) if usable else None


def _sequence(items) -> _Info:
    cur: frozenset[str] | None = frozenset({""})
    exact_all = True
    best: frozenset[str] | None = None
    for op, av in items:
        info = _node(op, av)
        if info.exact is not None and cur is not None and len(cur) * len(info.exact) <= PRODUCT_CAP:
            cur = frozenset(a + b for a in cur for b in info.exact)
            continue
        exact_all = False
        best = _best(best, cur, info.need, info.exact)
        cur = info.exact if info.exact is not None and len(info.exact) <= PRODUCT_CAP else frozenset({""})
    best = _best(best, cur)
    return _Info(cur if exact_all else None, best)


def _node(op, av) -> _Info:
    name = str(op)
    if name == "LITERAL":
        return _Info(frozenset({chr(av)}))
    if name == "IN":
        chars: set[str] = set()
        for sub_op, sub_av in av:
            sub = str(sub_op)
            if sub == "LITERAL":
                chars.add(chr(sub_av))
            elif sub == "RANGE" and sub_av[1] - sub_av[0] < CLASS_CAP:
                chars.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
            else:                       # NEGATE, CATEGORY, a wide RANGE
                return _ANY
        return _Info(frozenset(chars)) if len(chars) <= CLASS_CAP else _ANY
    if name == "BRANCH":
        infos = [_sequence(branch) for branch in av[1]]
        exact = None
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos))
            exact = union if len(union) <= PRODUCT_CAP else None
        needs = [_best(i.need, i.exact) for i in infos]
        need = frozenset().union(*needs) if all(needs) else None
        return _Info(exact, need)
    if name == "SUBPATTERN":
        add_flags = av[1] if len(av) == 4 else 0
        return _ANY if add_flags & re.IGNORECASE else _sequence(av[-1])
    if name == "ATOMIC_GROUP":
        return _sequence(av)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, body = av
        if lo == 0:
            return _ANY
        inner = _sequence(body)
        exact = None
        if lo == hi and inner.exact is not None and len(inner.exact) ** lo <= PRODUCT_CAP:
            exact = frozenset({""})
            for _ in range(lo):
                exact = frozenset(a + b for a in exact for b in inner.exact)
        return _Info(exact, _best(inner.need, inner.exact))
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _EMPTY                   # zero-width
    return _ANY                         # ANY, NOT_LITERAL, GROUPREF, CATEGORY…


def required_literals(pattern: re.Pattern | str, parsed: sre_parse.SubPattern | None = None
                      ) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when no such set can be stated.

    Read from the parsed form only (no compilation), so it is cheap enough to run before deciding to compile;
    pass `parsed` (from `sre_parse.parse`) when the caller has parsed the pattern already."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    try:
        parsed = parsed if parsed is not None else sre_parse.parse(source, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        info = _sequence(parsed)
    except Exception:  # noqa: BLE001 - an unparseable corner case just means "always run it"
        return None
    return _best(info.need, info.exact)


class LiteralIndex:
    """Which of many keys (each with a regex) could match a text, found in one Aho–Corasick pass.

    `possible(text)` returns the set of keys whose pattern may match: those whose required literals occur in the
    text, plus those without a literal requirement (always included). `known` maps pattern sources to literal sets
    worked out before (the built-in rules ship theirs), so building the index need not parse those patterns.
    """

    def __init__(self, entries: Iterable[tuple[Hashable, re.Pattern | str]],
                 known: Mapping[str, frozenset[str] | None] | None = None) -> None:
        by_literal: dict[str, set] = {}
        always: set = set()
        known = known or {}
        for key, pattern in entries:
            source = pattern if isinstance(pattern, str) else pattern.pattern
            lits = known[source] if source in known and isinstance(pattern, str) else required_literals(pattern)
            if lits is None:
                always.add(key)
                continue
            for lit in lits:
                by_literal.setdefault(lit, set()).add(key)
        self.always = frozenset(always)
        self.filtered = len({k for keys in by_literal.values() for k in keys})
        self._automaton = ahocorasick.Automaton()
        for lit, keys in by_literal.items():
            self._automaton.add_word(lit, frozenset(keys))
        if by_literal:
            self._automaton.make_automaton()
        self._empty = not by_literal

    def possible(self, text: str) -> set:
        out = set(self.always)
        if not self._empty:
            for _, keys in self._automaton.iter(text):
                out |= keys
        return out

    def any_possible(self, text: str) -> bool:
        """Whether any key's pattern may match; stops at the first literal found."""
        return bool(self.always) or (not self._empty and next(self._automaton.iter(text), None) is not None)


def first_chars(pattern: str, parsed: sre_parse.SubPattern | None = None) -> set[str]:
    """Every character a match of `pattern` can start with, from its parsed form (ValueError when unbounded);
    pass `parsed` when the caller has parsed the pattern already."""

    def walk(items: Sequence) -> tuple[set[str], bool]:
        """First characters of a sequence, and whether it can match the empty string."""
        out: set[str] = set()
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                return out | {chr(av)}, False
            if name == "IN":
                for sub_op, sub_av in av:
                    if str(sub_op) == "LITERAL":
                        out.add(chr(sub_av))
                    elif str(sub_op) == "RANGE":
                        out.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
                    else:
                        raise ValueError("class")
                return out, False
            if name == "BRANCH":
                empty = False
                for branch in av[1]:
                    f, e = walk(branch)
                    out |= f
                    empty = empty or e
                if not empty:
                    return out, False
                continue
            if name == "SUBPATTERN":
                f, e = walk(av[-1])
                out |= f
                if not e:
                    return out, False
                continue
            if name in ("MAX_REPEAT", "MIN_REPEAT"):
                f, e = walk(av[2])
                out |= f
                if av[0] > 0 and not e:
                    return out, False
                continue
            if name in ("ASSERT", "ASSERT_NOT", "AT"):
                continue  # zero-width
            raise ValueError(name)
        return out, True

    try:
        found, can_be_empty = walk(parsed if parsed is not None else sre_parse.parse(pattern))
    except (ValueError, TypeError, IndexError):
        can_be_empty = True
    if can_be_empty:
        raise ValueError(f"cannot bound the first characters of {pattern!r}")
    return found
