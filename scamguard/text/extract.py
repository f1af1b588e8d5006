"""Entities in a normalised message: phone numbers by kind, links by kind, amounts, card tails, dates, signatures,
and the brands named. They become `facts` (short strings such as ``body:mobile`` or ``url:lookalike``) that rules
test and the model reads as features.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


from .literals import LiteralIndex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# `re` skips ahead at C speed to where a pattern can start only when the pattern starts with a literal or a character
# class; a look-around or an alternation first makes it try the whole pattern at every character. So these begin by
# consuming one character of a class, then look behind at it to choose the branch (`\d(?<![\d.]\d)` is "a digit not
# preceded by a digit or a dot"). tests/test_fast_patterns.py checks each against its plain form, kept there.
_PHONE = re.compile(r"[+\d](?<![\d.][+\d])(?:(?<=\+)\s?\d{1,3}[\s-]?\d{5,14}|(?<=0)0\s?\d{1,3}[\s-]?\d{5,14}|(?<=\d)\d{4,13})"
                    r"(?![\d])")   # (?:(?:\+|00)\s?\d{1,3}[\s-]?)?\d{5,14} not after a digit or a dot
_PLACEHOLDER_PHONE = re.compile(r"(?<![a-z])(cellphone|phone|hotline|tel)(?:\d*)(?![a-z])")
_PLACEHOLDER_URL = re.compile(r"url(?<![a-z]url)[a-z0-9]*(?![a-z])")
_URL = re.compile(
    r"(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?\.)+"
    r"(?:com|cn|net|org|top|xyz|cc|vip|info|site|shop|club|me|io|co|app|link|ltd|wang|ink|gg|im|so|date|nz|hk|tw|ly)"
    r"(?:\.cn|\.hk)?(?::\d+)?(?:/[\x21-\x7e]*)?(?![a-z0-9])"
    r"|(?:https?://)?\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:/[\x21-\x7e]*)?")
# Every link has a dot before a known top-level domain, or is an IP address: a cheap test before the full pattern.
_MAYBE_URL = re.compile(r"[.\d](?:(?<=\.)(?:com|cn|net|org|top|xyz|cc|vip|info|site|shop|club|me|io|co|app|link|ltd"
                        r"|wang|ink|gg|im|so|date|nz|hk|tw|ly)|(?<=\d)\.\d{1,3}\.\d)")
# (?:人民币|rmb|¥|￥)?\s?N\s?UNIT | (?:人民币|¥|￥)\s?\d+(?:\.\d{1,2})?, with N a number with thousands separators
_N = r"\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?"
_UNIT = r"\s?(?:元|块|rmb|人民币)"
_AMOUNT = re.compile(rf"[人r¥￥\s\d](?:(?<=人)民币\s?{_N}{_UNIT}|(?<=r)mb\s?{_N}{_UNIT}|(?<=[¥￥])\s?{_N}{_UNIT}|(?<=\s){_N}{_UNIT}"
                     rf"|(?<=\d)\d{{0,2}}(?:,\d{{3}})*(?:\.\d{{1,2}})?{_UNIT}|(?<=人)民币\s?\d+(?:\.\d{{1,2}})?"
                     rf"|(?<=[¥￥])\s?\d+(?:\.\d{{1,2}})?)")
_EXACT_AMOUNT = re.compile(r"\d\.\d{2}(?!\d)")
_TAIL = re.compile(r"(?:尾号|末四位|后四位|卡号?末?|账户|贵卡|卡)[为是:]?\s?(?:\d{4}|[*x]+\d{4})(?!\d)")
_DATE = re.compile(r"[\d还到账](?:(?<=\d)\d?月\d{1,2}日|(?:(?<=1)9|(?<=2)0)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}|(?<=还)款日"
                   r"|(?<=到)期日|(?<=账)单日)")   # \d{1,2}月\d{1,2}日 | (?:19|20)\d\d-M-D | 还款日 | 到期日 | 账单日
# A signature 【…】 or […] at the start (matched there) or at the end (searched for).
_SIGNATURE_START = re.compile(r"\s*[【\[]([^】\]\n]{2,16})[】\]]")
_SIGNATURE_END = re.compile(r"[【\[]([^】\]\n]{2,16})[】\]]\s*$")
# An opt-out instruction: 退订 anywhere, or 回(复) / 发(送) T, R, N or 0000.
_OPT_OUT = re.compile(r"[回发](?:(?<=回)复?|(?<=发)送?)\s?(?:t|r|n|0000)")


@dataclass(frozen=True)
class Brand:
    id: str
    names: tuple[str, ...]
    numbers: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class Directory:
    """Official contacts (package data `official.toml`)."""

    brands: tuple[Brand, ...]
    shorteners: frozenset[str]
    personal_suffixes: tuple[str, ...]
    generic_signatures: frozenset[str]
    brand_tokens: tuple[str, ...]
    name_pattern: re.Pattern
    by_name: dict[str, Brand]
    by_number: dict[str, Brand]
    by_domain: dict[str, int]        # official domain -> index of the first brand listing it
    # Every number of by_number, keyed (its position in by_number, brand): finds the numbers a 106 port embeds in
    # one pass instead of a substring test per number (senders are mostly distinct 106 ports in a big export).
    number_index: LiteralIndex = field(repr=False, compare=False)

    def brand_of_name(self, name: str) -> Brand | None:
        """The brand whose name appears in `name` (longest name first)."""
        m = self.name_pattern.search(name)
        return self.by_name[m.group(0)] if m else None

    def brand_of_number(self, number: str) -> Brand | None:
        """The brand whose service number this is, or whose number a 106 port embeds."""
        brand = self.by_number.get(number)
        if brand or not number.startswith("106"):
            return brand
        # The number listed first among those the port's tail contains.
        found = self.number_index.possible(number[3:])
        return min(found)[1] if found else None

    def official_domain(self, host: str) -> Brand | None:
        if host.endswith(".gov.cn") or host == "gov.cn":
            return next(b for b in self.brands if b.id == "court") if "court" in host else \
                next(b for b in self.brands if b.id == "regulator")
        # The host itself or any parent domain; the brand listed first wins, as in the file.
        parts = host.split(".")
        found = [self.by_domain[d] for d in (".".join(parts[i:]) for i in range(len(parts))) if d in self.by_domain]
        return self.brands[min(found)] if found else None


def _first_brand_per_number(brands: tuple[Brand, ...]) -> dict[str, Brand]:
    out: dict[str, Brand] = {}
    for b in brands:  # file order: the first brand listing a number owns it
        for n in b.numbers:
            out.setdefault(n, b)
    return out


@lru_cache(maxsize=1)
def directory() -> Directory:
    data = tomllib.loads((resources.files("scamguard.text") / "data" / "official.toml").read_text(encoding="utf-8"))
    brands = tuple(Brand(b["id"], tuple(b["names"]), tuple(b["numbers"]), tuple(b["domains"])) for b in data["brand"])
    names = sorted({n for b in brands for n in b.names}, key=len, reverse=True)
    lists = data["lists"]
    by_name: dict[str, Brand] = {}
    for b in brands:
        for n in b.names:
            by_name.setdefault(n, b)
    by_number = _first_brand_per_number(brands)
    # Each number is its own literal: the index says which numbers a text contains.
    numbers = LiteralIndex((((i, b), n) for i, (n, b) in enumerate(by_number.items())),
                           {n: frozenset({n}) for n in by_number})
    return Directory(brands, frozenset(lists["shorteners"]), tuple(lists["personal_signature_suffixes"]),
                     frozenset(lists["generic_signatures"]), tuple(lists["brand_tokens"]),
                     re.compile("|".join(map(re.escape, names))), by_name, by_number,
                     {d: i for i, b in reversed(list(enumerate(brands))) for d in b.domains}, numbers)


_NUMBER_KINDS = ("mobile", "spoofed", "overseas", "government", "virtual", "port", "service", "fake95", "hotline400",
                 "landline")
#: Every fact `extract()` can set apart from the brand facts; tests/test_rules.py checks that the corpus yields no
#: other, so a rule file naming a fact outside this list (a typo) is caught when it is loaded.
FACTS = frozenset(
    [f"body:{k}" for k in _NUMBER_KINDS] + [f"sender:{k}" for k in _NUMBER_KINDS]
    + [f"url:{k}" for k in ("ip", "official", "shortener", "lookalike", "unknown", "placeholder")]
    + ["body:qq_number", "body:official_number", "body:phone_placeholder", "has:amount", "has:exact_amount",
       "has:card_tail", "has:date", "sig:generic", "sig:personal", "sig:brand", "sig:other_brand_in_body",
       "sig:unknown", "sig:none", "optout", "sender:none", "sender:name", "sender:official",
       "sender:matches_brand", "sender:other", "channel:sms", "channel:call"])
#: Facts that name a brand of official.toml after the prefix (brand:icbc, sig_brand:alipay).
BRAND_FACT_PREFIXES = ("brand", "sig_brand", "sender_brand", "number_brand")


def is_known_fact(name: str) -> bool:
    """Whether `extract()` can ever set the fact `name`."""
    if name in FACTS:
        return True
    prefix, _, brand = name.partition(":")
    return prefix in BRAND_FACT_PREFIXES and any(b.id == brand for b in directory().brands)


@dataclass
class Entities:
    phones: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)  # (kind, digits, span)
    urls: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)    # (kind, host, span)
    amounts: int = 0
    exact_amounts: int = 0
    tails: int = 0
    dates: int = 0
    signature: str | None = None
    brands: set[str] = field(default_factory=set)
    facts: set[str] = field(default_factory=set)


_MOBILE = re.compile(r"1[3-9]\d{9}")
_VIRTUAL = re.compile(r"1(?:70|71|62|65|67)\d{8}")
_PORT = re.compile(r"10[0-9]{3,}")
_SERVICE = re.compile(r"9[56]\d{3,4}|101\d{5}")
_FAKE95 = re.compile(r"95\d{5,}")
_HOTLINE400 = re.compile(r"[48]00\d{7}")
_LANDLINE = re.compile(r"0\d{9,11}")
_GOVERNMENT = frozenset(("12368", "12381", "96110", "12378", "12363", "12321", "110", "12315", "12345"))


@lru_cache(maxsize=8192)
def phone_kind(number: str) -> str:
    """The kind of a phone number, as it is written (digits, maybe with + or 00). Cached: a log repeats its
    numbers."""
    raw = number.replace(" ", "").replace("-", "")
    if raw.startswith("+86") or raw.startswith("0086"):
        rest = raw[3:] if raw.startswith("+") else raw[4:]
        return "mobile" if _MOBILE.fullmatch(rest) else "spoofed"
    if raw.startswith("+") or raw.startswith("00"):
        return "overseas"
    d = raw
    if d in _GOVERNMENT:
        return "government"
    if _VIRTUAL.fullmatch(d):
        return "virtual"
    if _MOBILE.fullmatch(d):
        return "mobile"
    if _PORT.fullmatch(d) and d.startswith(("106", "1069", "1068")):
        return "port"
    if _SERVICE.fullmatch(d):
        return "service"
    if _FAKE95.fullmatch(d):
        return "fake95"
    if _HOTLINE400.fullmatch(d):
        return "hotline400"
    if _LANDLINE.fullmatch(d):
        return "landline"
    return "other"


def _host(url: str) -> str:
    rest = url[8:] if url.startswith("https://") else url[7:] if url.startswith("http://") else url
    return rest.split("/")[0].split(":")[0]


_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DIGITS_AND_DOTS = re.compile(r"[\d.]+")
# Digits right after "QQ", "号" or "群" are an account or group number, not a phone.
_QQ_CONTEXT = re.compile(r"(?:qq|号码?|群)[:：]?\s*$")


@lru_cache(maxsize=4096)
def url_kind(url: str) -> str:
    host = _host(url)
    d = directory()
    if _IP.fullmatch(host):
        return "ip"
    if d.official_domain(host):
        return "official"
    if host in d.shorteners or any(host.endswith("." + s) for s in d.shorteners):
        return "shortener"
    if host.startswith("xn--") or ".xn--" in host:
        return "lookalike"
    # A brand's token dressed up (icbc-yz.cc, cgbxyk.cn, 95516-e.vip, zhengxin.vip) imitates it; the bare token as
    # the name of a .cn or .com site (nbcb.cn, n.95508.com) is more likely the brand's own domain, missing here.
    label = host.replace("-", "").replace(".", "")
    site, suffix = _site_name(host)
    plain = suffix in _PLAIN_SUFFIXES
    if any(tok in label and not (plain and tok == site) for tok in d.brand_tokens):
        return "lookalike"
    return "unknown"


_SECOND_LEVEL = frozenset({"com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "ac.cn", "com.hk", "com.tw", "cn.com"})
_PLAIN_SUFFIXES = frozenset({"cn", "com", "net", "com.cn", "net.cn", "org.cn"})


def _site_name(host: str) -> tuple[str, str]:
    """The name a site registered and its public suffix: ("icbc-yz", "cc") for m.icbc-yz.cc, ("chsi", "com.cn") for
    www.chsi.com.cn."""
    parts = host.split(".")
    n = 3 if len(parts) >= 3 and ".".join(parts[-2:]) in _SECOND_LEVEL else 2
    if len(parts) < n:
        return parts[0], ""
    return parts[-n], ".".join(parts[-n + 1:])


@lru_cache(maxsize=4096)
def sender_facts(sender: str | None) -> frozenset[str]:
    """Facts about who sent the message (a log holds few distinct senders, hence the cache)."""
    return frozenset(_sender_facts(sender))


def _sender_facts(sender: str | None) -> set[str]:
    if not sender or not sender.strip():
        return {"sender:none"}
    s = sender.strip().lower()
    digits = re.sub(r"[\s\-()]", "", s)
    if re.fullmatch(r"\+?\d{3,20}", digits):
        kind = phone_kind(digits)
        facts = {f"sender:{kind}"}
        brand = directory().brand_of_number(digits.lstrip("+").removeprefix("86") if kind != "spoofed" else "")
        if brand:
            facts.add("sender:official")
            facts.add(f"sender_brand:{brand.id}")
        return facts
    brand = directory().brand_of_name(sender)
    return {"sender:name", "sender:official", f"sender_brand:{brand.id}"} if brand else {"sender:name"}


def extract(text: str, sender: str | None = None, channel: str | None = None) -> Entities:
    """Entities and facts of a normalised message `text`."""
    d = directory()
    ent = Entities()
    facts = ent.facts
    urls_spans = []
    for m in (_URL.finditer(text) if _MAYBE_URL.search(text) else ()):
        if "." not in m.group(0) or _DIGITS_AND_DOTS.fullmatch(m.group(0)) and m.group(0).count(".") != 3:
            continue
        kind = url_kind(m.group(0))
        ent.urls.append((kind, _host(m.group(0)), m.span()))
        urls_spans.append(m.span())
        facts.add(f"url:{kind}")
    for m in _PLACEHOLDER_URL.finditer(text):
        ent.urls.append(("placeholder", "", m.span()))
        facts.add("url:placeholder")
    for m in _PHONE.finditer(text):
        if any(s <= m.start() < e for s, e in urls_spans):
            continue
        before = text[max(0, m.start() - 4):m.start()]
        if _QQ_CONTEXT.search(before) and not _MOBILE.fullmatch(m.group(0)):
            facts.add("body:qq_number")
            continue
        kind = phone_kind(m.group(0))
        if kind == "other":
            continue
        ent.phones.append((kind, m.group(0), m.span()))
        facts.add(f"body:{kind}")
        brand = d.brand_of_number(m.group(0))
        if brand:
            facts.add("body:official_number")
            facts.add(f"number_brand:{brand.id}")
    # A leading look-behind keeps `re` from skipping ahead to the literals, hence the plain test first.
    for m in _PLACEHOLDER_PHONE.finditer(text) if "phone" in text or "hotline" in text or "tel" in text else ():
        ent.phones.append(("placeholder", m.group(1), m.span()))
        facts.add("body:mobile" if m.group(1) == "cellphone" else "body:phone_placeholder")
    ent.amounts = len(_AMOUNT.findall(text))
    ent.exact_amounts = len(_EXACT_AMOUNT.findall(text))
    ent.tails = len(_TAIL.findall(text))
    ent.dates = len(_DATE.findall(text))
    if ent.amounts:
        facts.add("has:amount")
    if ent.exact_amounts:
        facts.add("has:exact_amount")
    if ent.tails:
        facts.add("has:card_tail")
    if ent.dates:
        facts.add("has:date")
    ent.brands.update(d.by_name[name].id for name in d.name_pattern.findall(text))
    for b in ent.brands:
        facts.add(f"brand:{b}")
    stripped = text.strip()
    sig = _SIGNATURE_START.match(stripped) or _SIGNATURE_END.search(stripped)
    if sig:
        name = sig.group(1).strip()
        ent.signature = name
        brand = d.brand_of_name(name)
        if name in d.generic_signatures:
            facts.add("sig:generic")
        elif name.endswith(d.personal_suffixes):
            facts.add("sig:personal")
        elif brand:
            facts.add("sig:brand")
            facts.add(f"sig_brand:{brand.id}")
            others = ent.brands - {brand.id, "court", "antifraud", "regulator", "tencent", "unionpay"}
            if others and brand.id not in ("alipay", "jd", "meituan", "tencent", "webank", "douyin"):
                facts.add("sig:other_brand_in_body")
        else:
            facts.add("sig:unknown")
    else:
        facts.add("sig:none")
    if "退订" in text or _OPT_OUT.search(text):
        facts.add("optout")
    from_sender = sender_facts(sender)
    facts |= from_sender
    if ent.brands and len(from_sender) > 1:   # a brand is named and the sender may be one
        if not ent.brands.isdisjoint(f.split(":", 1)[1] for f in from_sender if f.startswith("sender_brand:")):
            facts.add("sender:matches_brand")
    if channel:
        facts.add(f"channel:{channel}")
    return ent
