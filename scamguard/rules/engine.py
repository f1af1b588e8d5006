"""Rules as data: loading, validation and the engine that runs them.

A rule file is TOML with `[[rule]]` tables (see `data/builtin.toml` for the documented format). A rule fires when
any of its `patterns` matches the normalised text, every `require` pattern matches, no `exclude` pattern matches,
and its conditions on facts (sender, links, numbers, channel, signature; see `scamguard.text.extract`) hold.
A rule with `when` instead of patterns is a composite over other rules (``"FAM-01 & (ACT-05 | SND-03) & !HC-06"``),
like rspamd's composites. A `[define]` table names sub-patterns that several rules share (``big_bank = '…'``); a
pattern uses one as ``(?&big_bank)``, which is read as ``(?:…)`` (the PCRE spelling of a named subroutine, which
Python's `re` would reject, so it never means anything else). Guard rules damp every `guarded` scam rule (warning
frames, negation: domain.md HC-06).
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from ..text.extract import is_known_fact
from ..text.literals import LiteralIndex, required_literals

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DIRECTIONS = ("scam", "genuine", "other", "guard")
GUARD_DAMPING = 0.25
RESERVED_IDS = frozenset({"MODEL"})   # the id of the model's terms among a verdict's reasons
_KEYS = {"id", "direction", "weight", "family", "patterns", "require", "exclude", "facts", "any_facts",
         "not_facts", "channel", "when", "guarded", "force", "reported", "zh", "en", "evasion", "examples"}


class RuleError(ValueError):
    """A rule file that cannot be used; `problems` holds (line, message) pairs."""

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        self.source, self.problems = source, problems
        super().__init__("\n".join(f"{source}:{line}: {msg}" for line, msg in problems))


class Pattern:
    """A rule's regular expression, compiled on first use.

    Compiling the ~180 built-in patterns takes ~0.1 s, most of a cold start's budget; the literal prefilter lets
    only a handful through for any one message, so a single `classify` compiles just those."""

    __slots__ = ("pattern", "_re")

    def __init__(self, pattern: str, compiled: re.Pattern | None = None) -> None:
        self.pattern = pattern
        self._re = compiled

    @property
    def compiled(self) -> re.Pattern:
        if self._re is None:
            self._re = re.compile(self.pattern)
        return self._re

    def search(self, text: str) -> re.Match | None:
        return (self._re or self.compiled).search(text)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


def valid_weight(weight: object) -> bool:
    """A rule's weight is a number (not a boolean) from 0 to 5; NaN and infinities are not."""
    return isinstance(weight, (int, float)) and not isinstance(weight, bool) and 0 <= weight <= 5


@dataclass(frozen=True)
class Rule:
    id: str
    direction: str
    weight: float
    zh: str
    en: str
    family: str | None = None
    patterns: tuple[Pattern, ...] = ()
    require: tuple[Pattern, ...] = ()
    exclude: tuple[Pattern, ...] = ()
    facts: frozenset[str] = frozenset()
    any_facts: frozenset[str] = frozenset()
    not_facts: frozenset[str] = frozenset()
    channel: str | None = None
    when: str | None = None
    guarded: bool = True
    force: bool = False
    reported: bool = False    # the message retells others' words: its reported speech stays out of the text features
    evasion: int = 0          # fires when at least this many key terms were disguised (EVA rules)
    source: str = "builtin"
    line: int = 0
    condition: Callable[[Mapping[str, Hit]], bool] | None = field(default=None, compare=False, repr=False)
    refs: tuple[str, ...] = ()      # rule ids a composite names, in order

    def __post_init__(self) -> None:
        # Rule files are checked with line numbers when parsed; this catches rules built in code.
        if not valid_weight(self.weight):
            raise ValueError(f"rule {self.id}: weight must be a number from 0 to 5, not {self.weight!r}")


@dataclass(frozen=True)
class Hit:
    rule: Rule
    span: tuple[int, int] | None   # in the normalised text
    value: float                   # 1.0, or GUARD_DAMPING when a guard damped it


@dataclass
class RuleSet:
    """An ordered registry of rules; built-in ones first, then any user files."""

    rules: list[Rule] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {r.id: r for r in self.rules}
        self._plan: _Plan | None = None

    def plan(self) -> _Plan:
        """The literal prefilter over every pattern of every rule, built on first use (a few milliseconds for the
        built-in rules, whose literals ship with them; user patterns are parsed for theirs)."""
        if self._plan is None:
            self._plan = _Plan(self.rules, builtin_literals())
        return self._plan

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def extended(self, more: Iterable[Rule]) -> RuleSet:
        more = list(more)
        clash = [r.id for r in more if r.id in self._by_id]
        if clash:
            raise RuleError(more[0].source, [(r.line, f"rule id {r.id} is already defined")
                                             for r in more if r.id in clash])
        return RuleSet(self.rules + more)

    def vote(self, hits: list[Hit]) -> str:
        return vote(hits)

    def run(self, text: str, facts: set[str], obfuscated: list[tuple[int, int]], *,
            prefilter: bool = True) -> list[Hit]:
        """Every rule that fires on the normalised `text` with its `facts`; composites see earlier results.

        With `prefilter` one Aho–Corasick pass first rules out the patterns that cannot match, so only a handful of
        regexes run (and get compiled); the hits are the same either way (tests/test_literals.py).
        """
        fired: dict[str, Hit] = {}
        candidates = (self.plan().candidates(text, facts) if prefilter
                      else ((rule, rule.patterns, rule.exclude) for rule in self.rules if _facts_hold(rule, facts)))
        for rule, patterns, exclude in candidates:
            span = _fires(rule, text, obfuscated, fired, patterns, exclude)
            if span is not False:
                fired[rule.id] = Hit(rule, span, 1.0)
        return self._guard(fired)

    @staticmethod
    def _guard(fired: dict[str, Hit]) -> list[Hit]:
        if any(h.rule.direction == "guard" for h in fired.values()):
            for rid, h in fired.items():
                # A forced rule is damped too: a warning that quotes 安全账户 must not be forced to scam.
                if h.rule.direction == "scam" and h.rule.guarded:
                    fired[rid] = Hit(h.rule, h.span, GUARD_DAMPING)
        return list(fired.values())


class _Plan:
    """Which rules can fire on a text, and with which of their patterns, from one literal-prefilter pass.

    A rule with patterns is a candidate only if one of its patterns may match and every `require` pattern may
    match; a rule without patterns (facts, composites, evasion) always is. Candidates come back in rule order, so
    composites still see the rules before them.
    """

    def __init__(self, rules: list[Rule], known: Mapping[str, frozenset[str] | None] | None = None) -> None:
        numbers: dict[int, int] = {}     # id(pattern) -> number
        entries = []
        self.rules = rules
        self.keys: list[tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = []
        for r in rules:
            groups = []
            for pats in (r.patterns, r.require, r.exclude):
                for p in pats:
                    if id(p) not in numbers:
                        numbers[id(p)] = len(numbers)
                        entries.append((numbers[id(p)], p.pattern))
                groups.append(tuple(numbers[id(p)] for p in pats))
            self.keys.append(tuple(groups))
        self.index = LiteralIndex(entries, known)
        self.always = [i for i, r in enumerate(rules) if not r.patterns and not r.require]
        gate: dict[int, set[int]] = {}   # pattern number -> rules it can make a candidate
        for i, (pat, req, _) in enumerate(self.keys):
            for k in pat or req:
                gate.setdefault(k, set()).add(i)
        self.gate = {k: frozenset(v) for k, v in gate.items()}

    def candidates(self, text: str, facts: set[str]) -> Iterator[tuple[Rule, Sequence[Pattern], Sequence[Pattern]]]:
        """The rules that may fire on `text` with `facts`, each with those of its patterns and exclusions that may
        match. Conditions on facts are checked before any pattern list is built: most rules that fail, fail there."""
        maybe = self.index.possible(text)
        gate = self.gate
        chosen = set(self.always).union(*(gate[k] for k in maybe if k in gate))
        keys, rules = self.keys, self.rules
        for i in sorted(chosen):
            pat, req, exc = keys[i]
            if req and not maybe.issuperset(req):
                continue
            r = rules[i]
            if not _facts_hold(r, facts):
                continue
            yield (r, [p for p, k in zip(r.patterns, pat) if k in maybe] if len(pat) > 1 else r.patterns,
                   [p for p, k in zip(r.exclude, exc) if k in maybe] if exc else ())


def vote(hits: list[Hit]) -> str:
    """The rules-only verdict (a baseline the model card compares against): weigh the hits by direction."""
    score = {"scam": 0.0, "genuine": 0.0, "other": 0.0}
    for h in hits:
        if h.rule.direction in score:
            score[h.rule.direction] += h.rule.weight * h.value
    if score["scam"] >= 3 and score["scam"] > score["genuine"] + score["other"]:
        return "scam"
    if score["genuine"] >= 2 and score["genuine"] >= score["other"]:
        return "genuine"
    return "other"


def _facts_hold(rule: Rule, facts: set[str]) -> bool:
    """Whether a rule's conditions on the channel and the facts hold."""
    if rule.channel and f"channel:{rule.channel}" not in facts:
        return False
    if rule.facts and not rule.facts <= facts:
        return False
    if rule.any_facts and rule.any_facts.isdisjoint(facts):
        return False
    return not (rule.not_facts and not rule.not_facts.isdisjoint(facts))


def _fires(rule: Rule, text: str, obfuscated: list[tuple[int, int]], fired: dict[str, Hit],
           patterns: Iterable[Pattern], exclude: Iterable[Pattern]) -> tuple[int, int] | None | bool:
    """The span a rule whose facts hold fires on (None when it has none), or False when it does not fire.
    `patterns` and `exclude` are the rule's own, less any the prefilter ruled out."""
    span: tuple[int, int] | None = None
    if rule.patterns:
        for p in patterns:
            m = p.search(text)
            if m:
                span = m.span()
                break
        else:
            return False
    for p in rule.require:
        if not p.search(text):
            return False
    for p in exclude:
        if p.search(text):
            return False
    if rule.evasion:
        if len(obfuscated) < rule.evasion:
            return False
        span = span or obfuscated[0]
    if rule.condition is not None:
        if not rule.condition(fired):
            return False
        # The composite points at the first rule it names that fired with a span.
        span = span or next((fired[r].span for r in rule.refs if r in fired and fired[r].span), None)
    return span


_TOKEN = re.compile(r"\s*(\(|\)|&|\||!|[A-Za-z][A-Za-z0-9_-]*)")


def parse_expr(expr: str, known: Iterable[str] | None = None) -> tuple[Callable[[Mapping[str, Hit]], bool],
                                                                        tuple[str, ...]]:
    """Parse a composite expression of rule ids with & | ! and parentheses; return a predicate over the fired rules
    and the ids it names, in order. Raise ValueError on anything that is not a complete expression (a dangling
    operator, two ids in a row, empty parentheses) or, when `known` is given, names a rule not in it.

    Grammar: expr := term ('|' term)* ; term := factor ('&' factor)* ; factor := '!' factor | '(' expr ')' | ID.
    Compiled once when the rule file is parsed: evaluating it per message is a few closure calls.
    """
    tokens = _TOKEN.findall(expr)
    if "".join(tokens) != re.sub(r"\s+", "", expr):
        raise ValueError(f"cannot parse expression {expr!r}: only rule ids, &, |, ! and parentheses are allowed")
    if not tokens:
        raise ValueError("empty expression")
    known_ids = None if known is None else set(known)
    pos = 0
    refs: list[str] = []

    def fail(what: str):
        at = f"after {tokens[pos - 1]!r}" if pos else "at the start"
        raise ValueError(f"{what} {at} in {expr!r}")

    def factor():
        nonlocal pos
        if pos == len(tokens):
            fail("expected a rule id, ! or (")
        tok = tokens[pos]
        pos += 1
        if tok == "!":
            inner = factor()
            return lambda fired: not inner(fired)
        if tok == "(":
            inner = disj()
            if pos == len(tokens) or tokens[pos] != ")":
                fail("expected )")
            pos += 1
            return inner
        if tok in ("&", "|", ")"):
            pos -= 1
            fail(f"unexpected {tok!r}")
        if known_ids is not None and tok not in known_ids:
            raise ValueError(f"expression refers to unknown rule {tok!r} (composites may only use rules defined "
                             "before them)")
        refs.append(tok)
        return lambda fired: tok in fired

    def chain(op: str, operand, combine):
        nonlocal pos
        parts = [operand()]
        while pos < len(tokens) and tokens[pos] == op:
            pos += 1
            parts.append(operand())
        return parts[0] if len(parts) == 1 else combine(parts)

    def conj():
        return chain("&", factor, lambda parts: lambda fired: all(p(fired) for p in parts))

    def disj():
        return chain("|", conj, lambda parts: lambda fired: any(p(fired) for p in parts))

    predicate = disj()
    if pos != len(tokens):
        fail(f"unexpected {tokens[pos]!r} (missing & or |?)" if tokens[pos] != ")" else "unbalanced )")
    return predicate, tuple(refs)


_RULE_HEADER = re.compile(r"\s*\[\[\s*rule\s*\]\]")
_DEFINE_REF = re.compile(r"\(\?&([A-Za-z_][A-Za-z0-9_]*)\)")


def _definitions(raw: object, problems: list[tuple[int, str]]) -> dict[str, str]:
    """The `[define]` table's named sub-patterns, each expanded (a definition may use those above it)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append((0, "`define` must be a table of name = 'pattern' lines"))
        return {}
    defs: dict[str, str] = {}
    for name, pattern in raw.items():
        if not isinstance(pattern, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            problems.append((0, f"define {name!r}: needs a name of letters, digits and _ and a pattern string"))
            continue
        try:
            expanded = _expand(pattern, defs)
            re.compile(expanded)
        except (KeyError, re.error) as exc:
            problems.append((0, f"define {name!r}: {exc.args[0] if isinstance(exc, KeyError) else exc}"))
            continue
        defs[name] = expanded
    return defs


def _expand(pattern: str, defs: Mapping[str, str]) -> str:
    """`pattern` with each ``(?&name)`` replaced by its definition; KeyError names an undefined one."""
    def sub(m: re.Match) -> str:
        if m.group(1) not in defs:
            raise KeyError(f"(?&{m.group(1)}) is not in the [define] table (defined: {', '.join(defs) or 'none'})")
        return f"(?:{defs[m.group(1)]})"
    return _DEFINE_REF.sub(sub, pattern) if "(?&" in pattern else pattern


def _rule_lines(text: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if _RULE_HEADER.match(line)]


def parse_rules(text: str, source: str = "<rules>", known: Iterable[str] = (), *,
                compile_patterns: bool = True) -> list[Rule]:
    """Parse and validate a rule file; raise RuleError listing every problem with its line number.

    `compile_patterns=False` leaves the regexes to be compiled on first use; only for the built-in file, whose
    patterns the tests compile."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else 0
        raise RuleError(source, [(line, f"not valid TOML: {exc}")]) from None
    extra = set(data) - {"rule", "define"}
    problems: list[tuple[int, str]] = [(0, f"unknown top-level key {k!r} (expected [[rule]] tables and one "
                                           "[define] table)") for k in extra]
    defs = _definitions(data.get("define"), problems)
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise RuleError(source, [(0, "`rule` must be an array of tables: [[rule]]")])
    lines = _rule_lines(text)
    rules: list[Rule] = []
    seen = set(known)
    for i, raw in enumerate(raw_rules):
        line = lines[i] if i < len(lines) else 0
        before = len(problems)
        if not isinstance(raw, dict):
            problems.append((line, f"rule #{i + 1}: must be a table ([[rule]] with key = value lines)"))
            continue

        def bad(msg: str) -> None:
            problems.append((line, f"rule {raw.get('id', '#' + str(i + 1))}: {msg}"))

        for k in set(raw) - _KEYS:
            bad(f"unknown key {k!r}")
        rid = raw.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", rid or ""):
            bad("needs an `id` of letters, digits, - and _")
        elif rid in seen:
            bad(f"duplicate id {rid}")
        elif rid in RESERVED_IDS:
            bad(f"id {rid} is reserved (it marks the model's own evidence among a verdict's reasons)")
        direction = raw.get("direction")
        if direction not in DIRECTIONS:
            bad(f"direction must be one of {', '.join(DIRECTIONS)}")
        weight = raw.get("weight", 1)
        if not valid_weight(weight):
            bad("weight must be a number from 0 to 5")
        for k in ("zh", "en"):
            if not isinstance(raw.get(k), str) or not raw.get(k).strip():
                bad(f"needs a `{k}` explanation")
        compiled: dict[str, tuple[Pattern, ...]] = {}
        for k in ("patterns", "require", "exclude"):
            pats = raw.get(k, [])
            if isinstance(pats, str):
                pats = [pats]
            if not isinstance(pats, list):
                bad(f"`{k}` must be a string or a list of strings")
                pats = []
            out = []
            for p in pats:
                if not isinstance(p, str):
                    bad(f"{k} pattern {p!r} must be a string")
                    continue
                try:
                    p = _expand(p, defs)
                    pattern = Pattern(p, re.compile(p) if compile_patterns else None)
                except KeyError as exc:
                    bad(f"{k} pattern: {exc.args[0]}")
                    continue
                except re.error as exc:
                    bad(f"{k} pattern {p!r} is not a valid regular expression: {exc}")
                    continue
                if compile_patterns and k != "exclude" and pattern.search(""):
                    bad(f"{k} pattern {p!r} matches the empty string, so it would hold for every message")
                    continue
                out.append(pattern)
            compiled[k] = tuple(out)
        when = raw.get("when")
        condition, refs = None, ()
        if when is not None:
            if not isinstance(when, str):
                bad("`when` must be a string")
            else:
                try:
                    condition, refs = parse_expr(when, seen)
                except ValueError as exc:
                    bad(str(exc))
        has_condition = compiled["patterns"] or when or raw.get("evasion") or raw.get("facts") or raw.get("any_facts")
        if not has_condition:
            bad("needs `patterns`, `when`, `facts`, `any_facts` or `evasion`")
        for k in ("facts", "any_facts", "not_facts"):
            v = raw.get(k, [])
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                bad(f"`{k}` must be a list of strings")
            else:
                for x in v:
                    if not is_known_fact(x):
                        bad(f"`{k}` names {x!r}, which the extractor never produces (see scamguard rules --facts)")
        if raw.get("channel") not in (None, "sms", "call"):
            bad("channel must be sms or call")
        for k in ("guarded", "force", "reported"):
            if k in raw and not isinstance(raw[k], bool):
                bad(f"`{k}` must be true or false (unquoted)")
        evasion = raw.get("evasion", 0)
        if isinstance(evasion, bool) or not isinstance(evasion, int) or evasion < 0:
            bad("`evasion` must be a whole number of disguised terms (0 or more)")
        if raw.get("family") is not None and not isinstance(raw.get("family"), str):
            bad("`family` must be a string")
        if len(problems) > before:
            continue
        seen.add(rid)
        rules.append(Rule(   # + 0.0 turns a written -0.0 into 0.0, which prints without a sign
            id=rid, direction=direction, weight=float(weight) + 0.0, zh=raw["zh"].strip(), en=raw["en"].strip(),
            family=raw.get("family"), patterns=compiled["patterns"], require=compiled["require"],
            exclude=compiled["exclude"], facts=frozenset(raw.get("facts", [])),
            any_facts=frozenset(raw.get("any_facts", [])), not_facts=frozenset(raw.get("not_facts", [])),
            channel=raw.get("channel"), when=when, guarded=bool(raw.get("guarded", direction == "scam")),
            force=bool(raw.get("force", False)), reported=bool(raw.get("reported", False)), evasion=evasion,
            source=source, line=line,
            condition=condition, refs=refs))
    if problems:
        raise RuleError(source, problems)
    return rules


def load_rule_file(path: str | Path, known: Iterable[str] = ()) -> list[Rule]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")   # an editor's byte-order mark is not TOML
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), [(0, f"cannot read: {exc}")]) from None
    return parse_rules(text, str(path), known)


def builtin_text() -> str:
    return (resources.files("scamguard.rules") / "data" / "builtin.toml").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def builtin_rules() -> RuleSet:
    return RuleSet(parse_rules(builtin_text(), "builtin.toml", compile_patterns=False))


LITERALS_FILE = "builtin.literals.json"


@lru_cache(maxsize=1)
def builtin_literals() -> dict[str, frozenset[str] | None]:
    """The prefilter literals of the built-in patterns, worked out ahead (`python -m scamguard.rules`): parsing them
    at every start would cost more than the whole prefilter saves a single message. A pattern missing here (an
    edited or a user rule) is simply parsed; tests/test_literals.py keeps the file in step with the rules."""
    try:
        data = json.loads((resources.files("scamguard.rules") / "data" / LITERALS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {p: None if lits is None else frozenset(lits) for p, lits in data.get("literals", {}).items()}


def literal_table(rules: Iterable[Rule]) -> dict[str, list[str] | None]:
    """Every pattern of `rules` with its prefilter literals (sorted), for LITERALS_FILE."""
    table: dict[str, list[str] | None] = {}
    for r in rules:
        for p in (*r.patterns, *r.require, *r.exclude):
            lits = required_literals(p.pattern)
            table[p.pattern] = None if lits is None else sorted(lits)
    return dict(sorted(table.items()))


def rule_examples() -> dict[str, dict[str, list[str]]]:
    """The `examples` table of each built-in rule: {"fires": [...], "quiet": [...]} (used by the tests)."""
    data = tomllib.loads(builtin_text())
    return {r["id"]: r.get("examples", {}) for r in data["rule"]}
