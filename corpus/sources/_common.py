"""Helpers shared by the section generators in this folder (stdlib only; not a generator itself).

A generator imports this module from its own directory (`import _common as common`). Every helper that draws random
numbers takes the generator's own `random.Random` as its first argument and makes exactly the draws, in the same
order, that the generator's former private copy made, so each generator still writes its file byte for byte. Bind a
helper to the generator's random.Random with `functools.partial`, e.g. `digits = partial(common.digits, R)`.
"""
import json
import re
import string
from collections import Counter

# ---------------------------------------------------------------- constant tables
CN = "零一二三四五六七八九"      # numeral of each digit
CN_YAO = "零幺二三四五六七八九"  # the same with 1 read 幺, as in phone numbers
CN_DIGITS = dict(zip("0123456789", CN_YAO))
CN_DIGITS_ZERO = dict(zip("0123456789", "〇一二三四五六七八九"))
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆"
                "范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺顾龚邵万覃武钱严莫孔向汤康易乔赖文施洪")
MOBILE_HEADS = ["13", "15", "18", "17", "19", "16"]
VIRTUAL_HEADS = ["170", "171", "162", "165", "167"]   # virtual operators
PORT_STEMS = ["9", "90", "98", "5", "57", "88"]     # after 106
ALNUM = string.ascii_letters + string.digits
URL_CHARS = "abcdefhkmnprstuvwxyzABCDEFHKMNPRSTUVWXYZ2345678"          # paths of the scam sections' fake links
LINK_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # codes of short links


# ---------------------------------------------------------------- digits, phone numbers, links
def chars(rng, n, alphabet=ALNUM):
    """n characters of `alphabet`, one rng.choice each."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    """n decimal digits, one rng.choice each."""
    return chars(rng, n, string.digits)


def int_digits(rng, n):
    """n decimal digits, one rng.randint(0, 9) each."""
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def card_tail(rng):
    """The last four digits of a card or account."""
    return f"{rng.randint(0, 9999):04d}"


def mobile(rng, heads=MOBILE_HEADS, draw=digits):
    """An 11-digit mobile: a two-digit head, a third digit, then eight digits drawn by `draw`."""
    return rng.choice(heads) + str(rng.randint(0, 9)) + draw(rng, 8)


def mobile_int(rng):
    """An 11-digit mobile drawn as a head and one nine-digit integer."""
    return rng.choice(["13", "15", "17", "18", "19"]) + str(rng.randint(100000000, 999999999))


def virtual_mobile(rng, draw=digits):
    """A mobile on a virtual operator's 170 / 171 / 16x range, its last eight digits drawn by `draw`."""
    return rng.choice(VIRTUAL_HEADS) + draw(rng, 8)


def port(rng, stems=PORT_STEMS):
    """A 106 SMS port number."""
    return "106" + rng.choice(stems) + digits(rng, rng.choice([7, 8, 9]))


PORT_1069_HEADS = ["10690", "10691", "10692", "10693", "10655", "10657", "10698", "1069"]


def port_1069(rng):
    """A 1069x / 1065x SMS port number with a six- to nine-digit tail."""
    return rng.choice(PORT_1069_HEADS) + digits(rng, rng.choice([6, 7, 8, 9]))


def spec_sender(rng, spec, port_fn, extra=None):
    """A sender drawn from `spec`, alternatives separated by |: P = a port from `port_fn()`, N = none, M = a mobile,
    a key of `extra` = the value of its function, anything else literally (a brand's short code)."""
    pick = rng.choice(spec.split("|"))
    if extra and pick in extra:
        return extra[pick]()
    if pick == "P":
        return port_fn()
    if pick == "N":
        return None
    if pick == "M":
        return mobile(rng)
    return pick


def short_url(rng, hosts):
    """A link on a URL shortener: one of `hosts` and a 5-7 character code."""
    return rng.choice(hosts) + chars(rng, rng.choice([5, 6, 7]), ALNUM)


# ---------------------------------------------------------------- amounts, dates, numerals
def amount(rng, lo, hi, cents=True):
    """A uniform amount between lo and hi, with two decimals or as a whole number."""
    v = rng.uniform(lo, hi)
    return f"{v:.2f}" if cents else str(int(v))


def month_day(rng):
    """A date such as 7月23日."""
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def cn_int(v):
    """Spoken Chinese for 1..9999 (两百, 一千二百八十 style)."""
    if v >= 1000:
        q, r = divmod(v, 1000)
        head = ("两" if q == 2 else CN[q]) + "千"
        return head if r == 0 else head + ("零" + cn_int(r) if r < 100 else cn_int(r))
    if v >= 100:
        h, r = divmod(v, 100)
        head = ("两" if h == 2 else CN[h]) + "百"
        if r == 0:
            return head
        return head + ("零" + CN[r] if r < 10 else "一" + cn_int(r) if r < 20 else cn_int(r))
    if v >= 10:
        t, r = divmod(v, 10)
        return ("" if t == 1 else CN[t]) + "十" + (CN[r] if r else "")
    return CN[v]


def cn_digits(rng, num, p_yao=0.6):
    """A digit string read out digit by digit, with 1 as 幺 in a share p_yao of the strings."""
    table = CN_YAO if rng.random() < p_yao else CN
    return "".join(table[int(c)] for c in num)


# ---------------------------------------------------------------- templates
CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")
SLOT = re.compile(r"\{(\w+)\}")
ALT = re.compile(r"\(\(([^()]*?)\)\)")
OPT = re.compile(r"\[\[([^\[\]]*?)\]\]")


def pick_choices(rng, t):
    """[[a|b|c]] -> one of a, b, c."""
    return CHOICE.sub(lambda mo: rng.choice(mo.group(1).split("|")), t)


def fill_slots(t, d):
    """{name} -> d[name]."""
    return SLOT.sub(lambda mo: d[mo.group(1)], t)


def fill(rng, t, d):
    """[[a|b|c]] alternatives first, then {name} slots."""
    return fill_slots(pick_choices(rng, t), d)


def expand(rng, t, rounds=60):
    """((a|b|c)) picks one alternative, [[...]] is kept half the time; innermost first, up to `rounds` passes."""
    for _ in range(rounds):
        t, a = ALT.subn(lambda m: rng.choice(m.group(1).split("|")), t)
        t, b = OPT.subn(lambda m: m.group(1) if rng.random() < 0.5 else "", t)
        if not a and not b:
            break
    return t


def lender(key, brand, sigs, senders, hot, app, **kw):
    """A lender record: key, brand, signatures, sender numbers, hotline, app, and any further facts."""
    d = dict(key=key, brand=brand, sigs=sigs, senders=senders, hot=hot, app=app)
    d.update(kw)
    return d


class BaseTexts(list):
    """Base texts as tuples (scenario, family, kind, flags, sender, text)."""

    def add(self, scen, fam, kind, flags, sender, text):
        self.append((scen, fam, kind, flags, sender, text.strip()))

    def sms(self, scen, fam, items):
        """SMS bases given as (flags, sender, text)."""
        for flags, snd, text in items:
            self.add(scen, fam, "s", flags, snd, text)


# ---------------------------------------------------------------- checks, senders, generation and output
def problems(text, scen, kind, forbidden, forbid_ok, limits, leftovers=("{", "[[")):
    """What is wrong with a rendered text: a forbidden word (unless forbid_ok lets its scenario use it), a length
    outside limits[kind], a template mark left over."""
    errs = [w for w in forbidden if w in text and scen not in forbid_ok.get(w, ())]
    lo, hi = limits[kind]
    if not lo <= len(text) <= hi:
        errs.append(f"length {len(text)}")
    if any(x in text for x in leftovers):
        errs.append("unfilled slot")
    return errs


def ad_sender(rng, spec, m, text, mobile, port, p_same=0.6, p_mobile=0.85):
    """The sender shown for an ad: spec m = the text's mobile m when the text holds it (separators aside) in a share
    p_same, else another mobile up to p_mobile, else none; r = a random mobile (two in three) or none; p = a 106 port.
    `mobile` and `port` are the caller's makers."""
    if spec == "m":
        r = rng.random()
        if r < p_same and m in re.sub(r"[ .-]", "", text):
            return m
        return mobile() if r < p_mobile else None
    if spec == "r":
        return rng.choice([mobile(), mobile(), None])
    if spec == "p":
        return port()
    raise ValueError(f"sender spec {spec!r}")


def render_plan(rng, bases, share, kind_at):
    """(k, 0) for every base, then (k, 1) for a share of the SMS bases (kind "s" at index kind_at): a second rendering."""
    return [(k, 0) for k in range(len(bases))] + [(k, 1) for k in range(len(bases))
                                                  if bases[k][kind_at] == "s" and rng.random() < share]


def is_fresh(text, *pools, dedup=0.5):
    """True when the text's character 5-gram Jaccard with every text of every pool stays below `dedup`."""
    return all(pool.max_jaccard(text) < dedup for pool in pools)


def first_fresh(pool, render, dedup=0.5, tries=4, on_dup=None):
    """Call render() up to `tries` times; it returns a tuple whose first item is a text, or None for a failed try.
    The first text whose character 5-gram Jaccard with every text in `pool` stays below `dedup` joins the pool and
    its tuple is returned; None when every try failed. on_dup(result, jaccard) hears of each near-duplicate."""
    for _ in range(tries):
        out = render()
        if out is None:
            continue
        jac = pool.max_jaccard(out[0])
        if jac >= dedup:
            if on_dup:
                on_dup(out, jac)
            continue
        pool.add(out[0])
        return out
    return None


def fresh_renders(rng, bases, pool, render, share, kind_at, dedup, rejected):
    """Render every base, and a second time a share of the SMS bases (render_plan), each with first_fresh; yield
    (k, result) for each rendering that found a fresh text. rejected[scenario] counts the near-duplicates drawn (the
    scenario is each base's first item). The caller's own draws between two yields keep their place."""
    for k, _ in render_plan(rng, bases, share, kind_at):
        got = first_fresh(pool, lambda: render(k), dedup, on_dup=lambda out, jac: rejected.update([bases[k][0]]))
        if got is not None:
            yield k, got


ROW_FIELDS = ("text", "label", "channel", "sender", "family", "group", "flags")


def caller(sender, channel):
    """The sender as a phone would show it: a 106x number is an SMS port and never places a call, so a call drawn
    from a sender spec that allows ports shows no caller (as most recorded calls in a log do)."""
    return None if channel == "call" and sender and sender.startswith("106") else sender


def write_rows(path, prefix, rows, **fixed):
    """Write the rows as JSONL with ids prefix-0001, prefix-0002 ...; a field given in `fixed` (label, family,
    channel) has that value in every row, the others are taken from each row."""
    with path.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{prefix}-{i:04d}"}
            for k in ROW_FIELDS:
                obj[k] = fixed[k] if k in fixed else r[k]
            obj["sender"] = caller(obj["sender"], obj["channel"])
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


def report(bases, rows, rejected, *lines):
    """Print base texts used, rows by channel, the given lines (tuples of print arguments), the hard and evasive
    counts and the dedup rejections."""
    ch = Counter(r["channel"] for r in rows)
    print(f"base texts {len(bases)} ({len({r['base'] for r in rows})} used); rows {len(rows)}: sms {ch['sms']}, call {ch['call']}")
    for line in lines:
        print(*line)
    print("hard", sum("hard" in r["flags"] for r in rows), "evasive", sum("evasive" in r["flags"] for r in rows))
    if rejected:
        print("dedup rejections:", dict(rejected))


# ---------------------------------------------------------------- scam sections written as S / D / A base texts
class ScamBases(list):
    """A scam section's hand-written base texts, each (family, scenario, kind, flags, sender, template): kind s = an
    SMS, d = a multi-turn call dialogue, a = an ASR run-on call line (its whitespace folded to single spaces).
    `family(f)` sets the family of the bases added after it."""

    def __init__(self, families):
        super().__init__()
        self._families, self._family = families, None

    def family(self, f):
        assert f in self._families, f
        self._family = f

    def S(self, scen, flags, sender, text):
        self.append((self._family, scen, "s", flags, sender, text.strip()))

    def D(self, scen, flags, sender, text):
        self.append((self._family, scen, "d", flags, sender, text.strip()))

    def A(self, scen, flags, sender, text):
        self.append((self._family, scen, "a", flags, sender, " ".join(text.split())))


def scam_rows(bases, pool, render, sender_for, group_prefix, dedup):
    """Rows from ScamBases: base k rendered by `render(k)` -> (text, slots) until fresh against `pool` (else dropped),
    flags H -> hard and E -> evasive, the sender from `sender_for(spec, slots, text)`. Returns (rows, rejected)."""
    rows, rejected = [], Counter()
    distinct = len({b[5] for b in bases})
    if distinct != len(bases):
        raise SystemExit(f"{len(bases) - distinct} repeated base texts")
    for k, (fam, scen, kind, fl, snd, tpl) in enumerate(bases):
        got = first_fresh(pool, lambda: render(k), dedup,
                          on_dup=lambda out, jac: rejected.update([f"{fam}/{scen}#{k}"]))
        if got is None:
            rejected[f"DROPPED {fam}/{scen}#{k}"] += 1
            continue
        text, d = got
        flags = sorted((["hard"] if "H" in fl else []) + (["evasive"] if "E" in fl else []))
        rows.append(dict(text=text, channel="sms" if kind == "s" else "call", sender=sender_for(snd, d, text),
                         family=fam, group=f"{fam}/{group_prefix}{scen}", flags=flags, base=k))
    return rows, rejected


# ---------------------------------------------------------------- sections of (family, scenario, channel, sender, template)
def template_rows(bases, pool, render, sender, hard, dedup):
    """Rows from bases (family, scenario, channel, sender spec, template): each rendered by `render(template, channel)`
    -> (text, ...) until fresh against `pool`, else dropped; `sender(spec)` draws the sender after the text, and
    `hard` (a regex) sets the hard flag. Returns (rows, dropped, rejected)."""
    rows, dropped, rejected = [], [], Counter()
    for k, (fam, scen, channel, snd, tpl) in enumerate(bases):
        got = first_fresh(pool, lambda: render(tpl, channel), dedup,
                          on_dup=lambda out, jac: rejected.update([f"{fam}/{scen}"]))
        if got is None:
            dropped.append((scen, tpl[:50]))
            continue
        text = got[0]
        rows.append(dict(text=text, channel=channel, sender=sender(snd), family=fam, group=f"{fam}/{scen}",
                         flags=["hard"] if hard.search(text) else [], base=k))
    return rows, dropped, rejected


def summary(bases, rows, dropped, rejected):
    """Print what a template section wrote: counts by channel, family and group, lengths, re-draws and drops."""
    ch = Counter(r["channel"] for r in rows)
    print(f"base texts {len(bases)}; rows {len(rows)} (sms {ch['sms']}, call {ch['call']}); "
          f"hard {sum(bool(r['flags']) for r in rows)}; groups {len({r['group'] for r in rows})}; "
          f"senders {len({r['sender'] for r in rows})} distinct, null {sum(r['sender'] is None for r in rows)}")
    for f, c in sorted(Counter(r["family"] for r in rows).items()):
        print(f"  {f:20s} {c}")
    for (g, channel), c in sorted(Counter((r["group"], r["channel"]) for r in rows).items()):
        print(f"  {g:50s} {channel:5s} {c}")
    ls = [len(r["text"]) for r in rows]
    print(f"  length {min(ls)}-{max(ls)}")
    if rejected:
        print("  dedup re-draws:", dict(rejected))
    for d in dropped:
        print("  dropped", d)
