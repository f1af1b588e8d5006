"""Evasion tricks applied to a clean message, for robustness measurement (`scamguard evaluate --perturb`).

Each trick is what scammers do to dodge keyword filters (domain.md §4). They are deterministic: the `seed` (a row
number) picks the variant, so a run can be repeated exactly.
"""
from __future__ import annotations

import random
import re
from functools import lru_cache
from importlib import resources
from typing import Callable

KEY_TERMS = ("停息挂账", "征信", "逾期", "贷款", "花呗", "借呗", "白条", "微粒贷", "信用卡", "额度", "还款", "协商",
             "分期", "账户", "转账", "验证码", "注销", "冻结", "安全账户", "共享屏幕", "屏幕共享", "下载", "微信",
             "校园贷", "利率", "法院", "银行", "保证金", "手续费", "套现", "代还", "修复", "会议")
_HOMOPHONES = {"借呗": "借贝", "花呗": "花贝", "征信": "正信", "贷款": "代款", "逾期": "逾其", "微信": "薇信",
               "停息挂账": "停息挂帐", "微粒贷": "微利贷", "白条": "白调", "抵押": "低押", "银监会": "银建会", "刷单": "耍单"}
_PINYIN = {"征信": "zx", "逾期": "yq", "信用卡": "xyk", "花呗": "hb", "借呗": "jb", "贷款": "dk", "停息挂账": "txgz",
           "微粒贷": "wld"}
_IM = {"微信": ("vx", "薇信", "V信", "➕V", "威信"), "QQ": ("扣扣", "🐧"), "qq": ("扣扣", "🐧")}
_SEPS = (" ", ".", "*", "丨", "-", "~", "/", "_")
_EMOJI = ("💰", "🏦", "✅", "🔥", "👉", "⭐", "💳")
_CN = "零一二三四五六七八九"
_TERMS = re.compile("|".join(sorted(KEY_TERMS, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _to_traditional() -> dict[str, str]:
    out: dict[str, str] = {}
    text = (resources.files("scamguard.text") / "data" / "variants.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            src, dst = line.split("\t")
            out.setdefault(dst, src)
    return out


def _inside_terms(text: str, seed: int, fill: Callable[[random.Random], str]) -> str:
    rnd = random.Random(seed)
    return _TERMS.sub(lambda m: fill(rnd).join(m.group(0)), text)


def separators(text: str, seed: int) -> str:
    return _inside_terms(text, seed, lambda r: r.choice(_SEPS))


def emoji(text: str, seed: int) -> str:
    return _inside_terms(text, seed, lambda r: r.choice(_EMOJI))


def zero_width(text: str, seed: int) -> str:
    return _inside_terms(text, seed, lambda r: "\u200b")


def full_width(text: str, seed: int) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def traditional(text: str, seed: int) -> str:
    table = _to_traditional()
    return "".join(table.get(c, c) for c in text)


def homophones(text: str, seed: int) -> str:
    for k, v in _HOMOPHONES.items():
        text = text.replace(k, v)
    return text


def pinyin_initials(text: str, seed: int) -> str:
    for k, v in _PINYIN.items():
        text = text.replace(k, v)
    return text


def im_handles(text: str, seed: int) -> str:
    rnd = random.Random(seed)
    for k, vs in _IM.items():
        text = re.sub(re.escape(k), lambda m: rnd.choice(vs), text)
    return text


def split_numbers(text: str, seed: int) -> str:
    rnd = random.Random(seed)
    return re.sub(r"\d{7,}", lambda m: rnd.choice((" ", "-", " - ")).join(
        m.group(0)[i:i + 4] for i in range(0, len(m.group(0)), 4)), text)


def chinese_numerals(text: str, seed: int) -> str:
    return re.sub(r"1[3-9]\d{9}", lambda m: "".join(_CN[int(d)] for d in m.group(0)).replace("一", "幺"), text)


def url_obfuscation(text: str, seed: int) -> str:
    return re.sub(r"([a-z0-9-]+)\.(com|cn|net|top|xyz|cc|vip)\b", lambda m: f"{m.group(1)} 。{m.group(2)}", text)


TRICKS: dict[str, Callable[[str, int], str]] = {
    "separators": separators,
    "emoji": emoji,
    "zero_width": zero_width,
    "full_width": full_width,
    "traditional": traditional,
    "homophones": homophones,
    "pinyin_initials": pinyin_initials,
    "im_handles": im_handles,
    "split_numbers": split_numbers,
    "chinese_numerals": chinese_numerals,
    "url_obfuscation": url_obfuscation,
}
