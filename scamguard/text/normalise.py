"""Normalisation against evasion tricks, keeping a map back to the original text.

Scammers write 停 息 挂 账, 徴信, 貸款, 扌甲, 薇信, zx, 幺三八… to slip past keyword filters. Rules and model both read the
normalised text; reasons point at spans of the original, so every stage records its edits and `Normalised.span`
maps a normalised span back. Stages are C-speed `str.translate` and `re.sub` passes: a clean message costs a few
scans, and only actual edits cost Python work.

The tricks found are counted per kind in `Normalised.tricks` (the obfuscation itself is evidence, EVA-13), except
where the text is simply written that way: a message wholly in traditional script (a Hong Kong or Taiwan bank,
HC-07) or a text whose every word is space-separated (a tokenised export) does not count as evasion.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable

from .literals import LiteralIndex, first_chars, required_literals, sre_parse

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_EMOJI = "\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
# Characters inserted between two Chinese characters to break up a keyword.
_SEPARATORS = r" \t\xa0\u3000.*~/_\-'\"`|丨｜·•・°^+=#$%&@\\" + _EMOJI
# Zero-width, soft-hyphen and control characters (not tab or newline): removed, and invisible to a reader.
_INVISIBLE = "\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
_ZERO_WIDTH = re.compile(f"[{_INVISIBLE}]+")
# Patterns here begin by consuming a character of a class and then look behind, rather than look behind first: `re`
# skips at C speed to where a pattern can start only when it starts with a literal or a class (see text/extract.py).
# (?<=[CJK])[SEP]{1,3}(?=[CJK])
_INSERTED = re.compile(f"[{_SEPARATORS}](?<=[{CJK}][{_SEPARATORS}])[{_SEPARATORS}]{{0,2}}(?=[{CJK}])")
_SPACES = re.compile(r"[ \t\u3000\xa0]{2,}")
# "详情➕薇" / "联系+威": a plus between Chinese characters means 加 before a chat-handle character; the separator
# stage would otherwise drop it as an inserted symbol and lose the "add me" verb.
_PLUS_HANDLE = re.compile(f"[+\u2795](?:(?<=[{CJK}][+\u2795])|(?<=[{CJK}][ \u3000][+\u2795]))(?=[ \u3000]?[薇微威徽卫])")
_CN_DIGITS = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "壹": "1", "二": "2", "两": "2", "贰": "2",
              "三": "3", "叁": "3", "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6", "陆": "6", "七": "7",
              "柒": "7", "拐": "7", "八": "8", "捌": "8", "九": "9", "玖": "9", "勾": "9"}
# Seven or more numerals in a row are a spoken or disguised number, never prose.
_CN_NUMBER = re.compile(f"[{''.join(_CN_DIGITS)}]{{7,}}")
# Digits broken into groups by spaces or dashes: 15 56 3458 960, 138-0013-8000, and a landline after its area code
# (0755-89127734), which the phone pattern does not read with its dash.
_SPLIT_NUMBER = re.compile(r"\d(?<![\d.]\d)\d{0,3}(?:[ \-–—_.·]{1,3}\d{1,8}){1,5}(?![\d])")
# How landlines are printed (area code, dash, local number): a format, not a disguise.
_LANDLINE = re.compile(r"0\d{2,3}-\d{7,8}")
_DATE_LIKE = re.compile(r"(?:19|20)\d\d[\-./]\d{1,2}[\-./]\d{1,2}$|\d{1,2}[\-./]\d{1,2}$|\d{1,3}\.\d{1,2}$")
# A domain label has at most 63 characters (RFC 1035); the bound also keeps a long run of letters or digits from
# costing time quadratic in its length (each start would otherwise backtrack through the whole run).
_URL_DOT = re.compile(r"([a-z0-9-][a-z0-9-]{1,62})\s*(?:。|\.|点|dot|\(\.\)|\[\.\])\s*(com|cn|net|org|top|xyz|cc|vip|info|site|shop|club|me|io|co|app|link|ltd|wang|ink)(?![a-z])")
_HXXP = re.compile(r"hxxps?|h\s*t\s*t\s*p\s*(?=s?\s*:\s*/\s*/)")


# Anything a reader would see: not whitespace, not an invisible character, not U+FFFC (an attachment's place).
_VISIBLE = re.compile(f"[^\\s{_INVISIBLE}\ufffc]")


def is_blank(text: str) -> bool:
    """True when `text` holds nothing to read: only whitespace, zero-width or control characters."""
    return _VISIBLE.search(text) is None


@dataclass
class Normalised:
    """The normalised text of `original`, with the edits needed to map spans back."""

    original: str
    text: str
    tricks: dict[str, int] = field(default_factory=dict)
    # One entry per stage that changed something: (normalised starts, lengths, input starts, input lengths),
    # stored in the order the stages ran.
    _stages: list[tuple[list[int], list[int], list[int], list[int]]] = field(default_factory=list, repr=False)

    @property
    def evasion(self) -> int:
        """How many evasive edits were needed (0 for clean text)."""
        return sum(self.tricks.values())

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that produced normalised text[start:end]."""
        s, e = start, max(end, start)
        if not self._stages:     # nothing was edited: the same offsets
            return s, e
        for out_starts, out_lens, in_starts, in_lens in reversed(self._stages):
            s = _map_back(s, out_starts, out_lens, in_starts, in_lens, is_end=False)
            e = _map_back(e, out_starts, out_lens, in_starts, in_lens, is_end=True)
        return s, max(e, s)


def _map_back(pos: int, out_starts: list[int], out_lens: list[int], in_starts: list[int],
              in_lens: list[int], *, is_end: bool) -> int:
    # A start belongs to the last edit beginning at or before it; an end to the last edit beginning before it,
    # so that text deleted right after a span (a separator) is not pulled into it.
    i = (bisect.bisect_left(out_starts, pos) if is_end else bisect.bisect_right(out_starts, pos)) - 1
    if i < 0:
        return pos
    o, ol, n, nl = out_starts[i], out_lens[i], in_starts[i], in_lens[i]
    if is_end:
        return n + nl if pos <= o + ol else pos - (o + ol) + (n + nl)
    return n if pos < o + ol else pos - (o + ol) + (n + nl)


@dataclass(frozen=True)
class _Tables:
    chars: dict[int, str]            # 1:1 folding: width, compatibility forms, case, traditional/variant -> simplified
    traditional: frozenset[str]      # characters found only in traditional script
    simplified: frozenset[str]       # characters found only in simplified script
    phrases: re.Pattern              # every evasive spelling, one alternation; group i -> meanings[i]
    phrase_literals: LiteralIndex    # one of them may match only where one of its literals occurs
    meanings: tuple[tuple[str, str], ...]  # (kind, canonical) per group


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    chars: dict[int, str] = {}
    # Width and compatibility folding (EVA-01): only where NFKC gives one character, so offsets stay put.
    for lo, hi in ((0xFF01, 0xFF5F), (0x2460, 0x24FF), (0x2776, 0x2794), (0x2F00, 0x2FD6), (0xF900, 0xFADA),
                   (0x3000, 0x3001), (0x1D400, 0x1D7FF)):
        for cp in range(lo, hi):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                chars[cp] = folded.lower()
    for cp in range(ord("A"), ord("Z") + 1):
        chars[cp] = chr(cp + 32)
    for cp in range(0xD800, 0xE000):  # lone surrogates cannot be encoded or tokenised: U+FFFD, one for one
        chars[cp] = "\ufffd"
    data = resources.files("scamguard.text") / "data"
    for line in (data / "variants.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            src, dst = line.split("\t")
            chars[ord(src)] = dst
    script = dict(line.split("\t") for line in (data / "script.tsv").read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#"))
    alternatives, meanings = [], []
    # Python's re tries every alternative at every position; a look-ahead on the possible first characters
    # makes most positions fail at once. A literal prefilter skips the alternation altogether on the ~2/3 of
    # messages where none of it can match.
    firsts: set[str] = set()
    literals: dict[str, frozenset[str] | None] = {}
    for lineno, line in enumerate((data / "phrases.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            kind, pattern, canonical = line.split("\t")
            try:   # parsing also validates: a bad line is named here, not lost inside the alternation
                parsed = sre_parse.parse(pattern)
            except re.error as exc:
                raise ValueError(f"phrases.tsv line {lineno}: {exc}") from None
            firsts |= first_chars(pattern, parsed)
            literals[pattern] = required_literals(pattern, parsed)
            alternatives.append(f"(?P<p{len(meanings)}>{pattern})")
            meanings.append((kind, canonical))
    return _Tables(chars=chars,
                   traditional=frozenset(script["traditional"]),
                   simplified=frozenset(script["simplified"]),
                   phrases=re.compile(f"(?=[{re.escape(''.join(sorted(firsts)))}])(?:{'|'.join(alternatives)})"),
                   phrase_literals=LiteralIndex(((p, p) for p in literals), literals),
                   meanings=tuple(meanings))


def _regex_stage(norm: Normalised, text: str, pattern: re.Pattern, repl: Callable[[re.Match], str] | str,
                 trick: str | Callable[[re.Match], str] | None) -> str:
    """Apply one substitution, recording its edits and counting each real change under `trick`."""
    first = pattern.search(text)
    if first is None:          # the usual case for most stages: no bookkeeping at all
        return text
    out: list[str] = []
    out_starts, out_lens, in_starts, in_lens = [], [], [], []
    last = pos = 0
    literal = isinstance(repl, str) and "\\" not in repl  # m.expand() re-parses its template on every call
    for m in pattern.finditer(text, first.start()):  # look-behinds still see the text before the start
        new = repl if literal else repl(m) if callable(repl) else m.expand(repl)
        old = m.group(0)
        if new == old:
            continue
        out.append(text[last:m.start()])
        pos += m.start() - last
        out_starts.append(pos)
        out_lens.append(len(new))
        in_starts.append(m.start())
        in_lens.append(len(old))
        out.append(new)
        pos += len(new)
        last = m.end()
        name = trick(m) if callable(trick) else trick
        if name:
            norm.tricks[name] = norm.tricks.get(name, 0) + 1
    if not out_starts:
        return text
    out.append(text[last:])
    norm._stages.append((out_starts, out_lens, in_starts, in_lens))
    return "".join(out)


def _join_digits(m: re.Match) -> str:
    raw = m.group(0)
    if _DATE_LIKE.match(raw):
        return raw
    digits = re.sub(r"\D", "", raw)
    # Only a phone, QQ or hotline number is worth rebuilding; amounts like 1 200 stay as they are.
    return digits if 7 <= len(digits) <= 13 else raw


def _cn_number(m: re.Match) -> str:
    return "".join(_CN_DIGITS[c] for c in m.group(0))


_CJK_CHAR = re.compile(f"[{CJK}]")
_CJK_GAP = re.compile(f" (?<=[{CJK}] )(?=[{CJK}])")
_WIDE = re.compile("[\uff01-\uff5e]")
# In a tokenised export every word stands between spaces, placeholders (NAME, DIGIT, CELLPHONE) included; once the
# placeholders are filled in, a space beside a Chinese character or a 【】 bracket is the tokeniser's, not the writer's
# ("尊敬的 张先生 您", "【 中信银行 】"). Spaces between two ASCII tokens ("8 8", "pos 机" keeps its CJK side) stay.
_TOKEN_GAP = re.compile(f" (?:(?<=[{CJK}【】] )|(?=[{CJK}【】]))")


def normalise(original: str) -> Normalised:
    """Normalise `original` for rules and model; see the module docstring for the stages."""
    tables = _tables()
    norm = Normalised(original=original, text=original)
    text = _regex_stage(norm, original, _ZERO_WIDTH, "", "zero_width")
    n_trad = sum(map(tables.traditional.__contains__, text))
    # Traditional characters count as evasion only when mixed into mostly simplified text (HC-07): a Hong Kong
    # bank's message may hold a character or two that only simplified script uses (恒 for 恆).
    if n_trad:
        n_simp = sum(map(tables.simplified.__contains__, text))
        if n_simp >= max(2, n_trad / 2):
            norm.tricks["traditional_mixed"] = n_trad
    wide = _WIDE.findall(text)
    if len(wide) - wide.count("\uff0c") - wide.count("\uff1a") - wide.count("\uff08") - wide.count("\uff09") >= 2:
        norm.tricks["full_width"] = len(wide)
    text = text.translate(tables.chars)
    gaps = len(_CJK_GAP.findall(text))
    # A text whose words are all space-separated is a tokenised export, not a disguise.
    tokenised = gaps >= 4 and gaps * 5 >= len(_CJK_CHAR.findall(text))  # counted only when it can matter
    if "+" in text or "\u2795" in text:
        text = _regex_stage(norm, text, _PLUS_HANDLE, "加", "im")
    text = _regex_stage(norm, text, _INSERTED, "", None if tokenised else "separators")
    meanings = tables.meanings

    def phrase(m: re.Match) -> str:
        return meanings[int(m.lastgroup[1:])][1]

    def trick(m: re.Match) -> str | None:
        kind = meanings[int(m.lastgroup[1:])][0]
        return None if kind == "placeholder" else kind

    if tables.phrase_literals.any_possible(text):
        text = _regex_stage(norm, text, tables.phrases, phrase, trick)
    if tokenised:
        text = _regex_stage(norm, text, _TOKEN_GAP, "", None)
    text = _regex_stage(norm, text, _CN_NUMBER, _cn_number, "chinese_numerals")
    text = _regex_stage(norm, text, _SPLIT_NUMBER, _join_digits,
                        lambda m: None if _LANDLINE.fullmatch(m.group(0)) else "split_number")
    text = _regex_stage(norm, text, _HXXP, "http", "url_obfuscation")
    text = _regex_stage(norm, text, _URL_DOT, lambda m: f"{m.group(1)}.{m.group(2)}", "url_obfuscation")
    text = _regex_stage(norm, text, _SPACES, " ", None)
    norm.text = text
    return norm


# Finance and contact terms that scammers disguise; a disguised one is evidence in itself (EVA-13).
KEY_TERMS = re.compile(
    "停息挂账|征信|逾期|贷款|抵押|担保|额度|花呗|借呗|白条|金条|微粒贷|信用卡|套现|还款|协商|分期|上岸|黑户|"
    "下款|放款|提额|代还|垫还|加微信|微信|qq|冻结|注销|账户|利息|网贷|修复|洗白|债务|催收|贷")


def obfuscated_terms(norm: Normalised) -> list[tuple[int, int]]:
    """Spans (in the normalised text) of key terms whose original spelling was disguised."""
    if not norm._stages and "traditional_mixed" not in norm.tricks and "full_width" not in norm.tricks:
        if norm.text == norm.original:
            return []
    table = _tables().chars
    wholly_traditional = "traditional_mixed" not in norm.tricks
    found = []
    for m in KEY_TERMS.finditer(norm.text):
        s, e = norm.span(m.start(), m.end())
        raw = norm.original[s:e].lower()
        if wholly_traditional:
            raw = raw.translate(table)
        if " " in raw and "separators" not in norm.tricks:
            raw = raw.replace(" ", "")   # a tokenised export, not a disguise
        if raw != m.group(0):
            found.append((m.start(), m.end()))
    return found
