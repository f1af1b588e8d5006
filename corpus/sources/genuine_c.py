"""Generator for corpus section genuine_c (label: genuine).

Families: repayment_ok, autodebit_result, bill_statement, due_reminder, overdue_notice, official_negotiation.
Focus: lenders not overused elsewhere (rural credit unions / 农商行 with their own card brands, city banks,
internet banks and consumer platforms), odd real-world formats (time as 22时56分, thousands separators,
贵卡/您账户/尾号, mixed 【】/[] signatures, appended marketing lines, own short links), HK/TW statements.
Deterministic (fixed seed), stdlib only. Writes corpus/genuine_c.jsonl.

Template mini-syntax: ((a|b|c)) picks one alternative (nestable), [[...]] optional (kept about half the time),
{slot} filled from the lender/account facts. Each group has several hand-written bases; candidates are
over-generated and filtered so that no two texts (also against the rest of the corpus) reach 5-gram Jaccard 0.5.
"""
import json
import random
import re
import sys
from functools import partial
from pathlib import Path

SEED = 73310529
HERE = Path(__file__).resolve().parents[1]
OUT = HERE / "genuine_c.jsonl"
R = random.Random(SEED)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common  # noqa: E402

# ------------------------------------------------------------------ lenders
L = common.lender

RURAL = [
    L("gsxh", "甘肃信合", ["【甘肃信合】", "【甘肃农信】"], ["1069096633", "甘肃农信", "10690096633"], "96633",
      "甘肃农信手机银行", card=["飞天卡", "飞天借记卡"], org="信用社", loan=["农户小额贷款", "飞天惠农贷", "个人经营贷款"]),
    L("fjnx", "福建农信", ["【福建农信】", "【福建农商银行】"], ["96336", "1069096336", "福建农信"], "96336",
      "福建农信手机银行", card=["福农卡", "福万通卡"], org="农商银行", loan=["福农快贷", "福e贷", "农户贷款"]),
    L("zjnx", "浙江农信", ["【浙江农信】", "【浙江农商联合银行】"], ["96596", "10690296596", "浙江农信"], "96596",
      "浙里贷App", card=["丰收卡", "丰收借记卡"], org="农商银行", loan=["丰收贷", "浙里贷", "丰收创业贷"]),
    L("jsnsh", "江苏农商", ["【江苏农商银行】", "【江苏农信】"], ["96008", "1069096008", "江苏农商银行"], "96008",
      "江苏农商手机银行", card=["金阳光卡", "借记卡"], org="农商行", loan=["阳光e贷", "富农易贷", "个人消费贷款"]),
    L("gzrcb", "广州农商", ["【广州农商银行】", "[广州农商银行]"], ["95313", "106900095313", "广州农商银行"], "95313",
      "广州农商银行App", card=["太阳卡", "借记卡"], org="农商银行", loan=["太阳贷", "个人消费贷款", "经营贷"]),
    L("cqrcb", "重庆农商", ["【重庆农商行】", "【重庆农村商业银行】"], ["966866", "1069966866", "重庆农商行"], "966866",
      "重庆农商行App", card=["江渝卡", "借记卡"], org="农商行", loan=["渝快贷", "个人经营性贷款", "房贷"]),
    L("scnx", "四川农信", ["【四川农信】", "[蜀信]"], ["96633", "106909633", "四川农信"], "96633",
      "四川农信手机银行", card=["蜀信卡", "蜀信借记卡"], org="信用社", loan=["蜀信e贷", "惠农贷", "农户小额信用贷款"]),
    L("hnnx", "河南农信", ["【河南农信】", "【河南农商银行】"], ["96288", "1069096288", "河南农信"], "96288",
      "河南农信手机银行", card=["金燕卡", "金燕快货通"], org="信用社", loan=["金燕e贷", "农户贷款", "惠农贷"]),
    L("sdnx", "山东农信", ["【山东农信】", "【山东农商银行】"], ["96668", "10690096668", "山东农信"], "96668",
      "山东农信手机银行", card=["信通卡", "借记卡"], org="农商银行", loan=["信e贷", "鲁担惠农贷", "个人经营贷"]),
    L("ynnx", "云南农信", ["【云南农信】", "【云南农村信用社】"], ["96500", "云南农信"], "96500",
      "云南农信手机银行", card=["金碧卡", "借记卡"], org="信用社", loan=["惠农贷", "小额信用贷款"]),
]

CITY = [
    L("cdb", "成都银行", ["【成都银行】"], ["95507", "1069095507", "成都银行"], "95507", "成都银行App",
      loan=["e贷", "个人消费贷款", "蓉e贷"], card=["借记卡"]),
    L("csb", "长沙银行", ["【长沙银行】", "[长沙银行]"], ["96511", "1069096511", "长沙银行"], "96511", "长沙银行App",
      loan=["快乐秒贷", "个人消费贷款", "湘税贷"], card=["快乐卡", "借记卡"]),
    L("qdb", "青岛银行", ["【青岛银行】"], ["96588", "1069096588", "青岛银行"], "96588", "青岛银行手机银行",
      loan=["个人住房贷款", "青银消费贷", "个人经营贷款"], card=["借记卡"]),
    L("xmb", "厦门银行", ["【厦门银行】"], ["400-858-8888", "1069058888", "厦门银行"], "400-858-8888", "厦门银行App",
      loan=["个人消费贷款", "e秒贷", "经营快贷"], card=["借记卡"]),
    L("wzb", "温州银行", ["【温州银行】", "[温州银行]"], ["96699", "1069096699", "温州银行"], "96699", "温州银行App",
      loan=["金鹿贷", "个人经营贷款", "住房按揭贷款"], card=["金鹿卡", "借记卡"]),
    L("hrbb", "哈尔滨银行", ["【哈尔滨银行】"], ["95537", "1069095537", "哈尔滨银行"], "95537", "哈尔滨银行App",
      loan=["丁香贷", "个人消费贷款", "个人住房贷款"], card=["丁香卡", "借记卡"]),
    L("sjb", "盛京银行", ["【盛京银行】"], ["95337", "1069095337", "盛京银行"], "95337", "盛京银行App",
      loan=["个人消费贷款", "盛京e贷", "个人住房贷款"], card=["借记卡"]),
    L("bsb", "包商银行", ["【包商银行】", "【蒙商银行】"], ["96016", "包商银行"], "96016", "蒙商银行App",
      loan=["个人消费贷款", "小微贷款"], card=["雪原卡", "借记卡"]),
    L("cbhb", "渤海银行", ["【渤海银行】"], ["95541", "1069095541", "渤海银行"], "95541", "渤海银行App",
      loan=["渤海e贷", "个人消费贷款", "个人住房贷款"], card=["借记卡"]),
    L("hfb", "恒丰银行", ["【恒丰银行】"], ["95395", "1069095395", "恒丰银行"], "95395", "恒丰银行App",
      loan=["恒心贷", "个人消费贷款", "个人住房贷款"], card=["借记卡"]),
    L("czb", "浙商银行", ["【浙商银行】"], ["95527", "1069095527", "浙商银行"], "95527", "浙商银行App",
      loan=["个人消费贷款", "浙商e贷", "个人住房贷款"], card=["借记卡"]),
]

CARD = [
    L("cgb", "广发银行", ["【广发银行】", "【广发信用卡】", "广发卡"], ["95508", "106980095508", "广发银行"], "95508", "发现精彩App",
      cname=["广发卡", "广发信用卡"], dom="cgbchina.com.cn", pts="广发积分"),
    L("citic", "中信银行", ["【中信银行】", "中信银行信用卡", "[中信银行]"], ["95558", "106575595558", "中信银行"], "95558",
      "动卡空间App", cname=["中信信用卡", "信用卡"], dom="citicbank.com", pts="中信积分"),
    L("ceb", "光大银行", ["【光大银行】", "光大信用卡"], ["95595", "1069095595", "光大银行"], "95595", "阳光惠生活App",
      cname=["光大信用卡", "阳光信用卡"], dom="cebbank.com", pts="阳光积分"),
    L("pab", "平安银行", ["【平安银行】", "平安信用卡"], ["95511", "1069095511", "平安银行"], "95511", "平安口袋银行App",
      cname=["平安信用卡", "信用卡"], dom="pingan.com", pts="万里通积分"),
    L("cib", "兴业银行", ["【兴业银行】", "[兴业银行]"], ["95561", "1069095561", "兴业银行"], "95561", "兴业生活App",
      cname=["兴业信用卡", "信用卡"], dom="cib.com.cn", pts="兴业积分"),
    L("psbc", "邮储银行", ["【邮储银行】", "【中国邮政储蓄银行】"], ["95580", "1069095580", "邮储银行"], "95580", "邮储信用卡App",
      cname=["邮储信用卡", "信用卡"], dom="psbc.com", pts="邮储积分"),
    L("bocom", "交通银行", ["【交通银行】", "交通银行信用卡", "[交通银行]"], ["95559", "1069095559", "交通银行"], "95559",
      "买单吧App", cname=["交行信用卡", "太平洋信用卡"], dom="bankcomm.com", pts="交行积分"),
    L("icbc", "工商银行", ["工银信用卡【工商银行】", "【工商银行】", "【工银信用卡】"], ["95588", "1069095588", "工商银行"], "95588",
      "工银e生活App", cname=["牡丹信用卡", "工银信用卡"], dom="icbc.com.cn", pts="工银积分"),
    L("abc", "农业银行", ["【中国农业银行】", "【农业银行】"], ["95599", "1069095599", "农业银行"], "95599", "农行掌银",
      cname=["金穗信用卡", "农行信用卡"], dom="abchina.com", pts="农行积分"),
    L("boc", "中国银行", ["【中国银行】", "[中国银行]"], ["95566", "1069095566", "中国银行"], "95566", "缤纷生活App",
      cname=["中银信用卡", "长城信用卡"], dom="boc.cn", pts="交易奖励积分"),
    L("ccb", "建设银行", ["【建设银行】", "【中国建设银行】", "龙卡信用卡【建设银行】"], ["95533", "106980095533", "建设银行"], "95533",
      "建行生活App", cname=["龙卡信用卡", "龙卡"], dom="ccb.com", pts="龙卡积分"),
    L("cmb", "招商银行", ["[招商银行]", "【招商银行】"], ["95555", "10693495555", "招商银行"], "95555", "掌上生活App",
      cname=["招行信用卡", "信用卡"], dom="cmbchina.com", pts="招行积分"),
    L("spdb", "浦发银行", ["【浦发银行】", "浦发银行信用卡中心"], ["95528", "1069095528", "浦发银行"], "95528", "浦大喜奔App",
      cname=["浦发信用卡", "信用卡"], dom="spdb.com.cn", pts="浦发积分"),
    L("cmbc", "民生银行", ["【民生银行】", "民生信用卡", "[民生银行]"], ["95568", "1069095568", "民生银行"], "95568", "全民生活App",
      cname=["民生信用卡", "信用卡"], dom="cmbc.com.cn", pts="民生积分"),
    L("hxb", "华夏银行", ["【华夏银行】"], ["95577", "106980095577", "华夏银行"], "95577", "华彩生活App",
      cname=["华夏信用卡", "信用卡"], dom="hxb.com.cn", pts="华夏积分"),
    L("czbc", "浙商银行", ["【浙商银行】"], ["95527", "1069095527"], "95527", "浙商银行App",
      cname=["浙商信用卡", "信用卡"], dom="czbank.com", pts="浙商积分"),
    L("hrbc", "哈尔滨银行", ["【哈尔滨银行】"], ["95537", "1069095537"], "95537", "哈尔滨银行App",
      cname=["哈行信用卡", "信用卡"], dom="hrbb.com.cn", pts="哈行积分"),
    L("cdbc", "成都银行", ["【成都银行】"], ["95507", "1069095507"], "95507", "成都银行App",
      cname=["成都银行信用卡", "信用卡"], dom="bocd.com.cn", pts="积分"),
]

PLAT = [
    L("mybank", "网商银行", ["【网商银行】"], ["95188", "1069095188", "网商银行"], "95188", "支付宝",
      prod=["网商贷", "网商贷经营贷款"], where="支付宝-网商银行"),
    L("xwbank", "新网银行", ["【新网银行】"], ["95395", "1069050095", "新网银行"], "400-618-8800", "新网银行App",
      prod=["好人贷", "好人贷借款"], where="新网银行App"),
    L("suning", "苏宁金融", ["【苏宁金融】", "【星图金融】", "【苏宁消费金融】"], ["95177", "106902995177", "苏宁金融"], "95177",
      "星图金融App", prod=["任性付", "任性贷"], where="星图金融App"),
    L("mi", "小米金融", ["【小米金融】", "【天星金融】"], ["400-100-5678", "1069010058", "小米金融"], "400-100-5678",
      "天星金融App", prod=["随星借", "小米随借"], where="天星金融App"),
    L("ctrip", "携程金融", ["【携程金融】", "【拿去花】", "[携程]"], ["95010", "1069095010", "携程"], "95010", "携程旅行App",
      prod=["拿去花", "借去花"], where="携程App-我的-拿去花"),
    L("vip", "唯品会", ["【唯品会】", "【唯品金融】", "【唯品花】"], ["400-6789-888", "1069067898", "唯品会"], "400-6789-888",
      "唯品会App", prod=["唯品花", "唯品钱包"], where="唯品会App-我的-唯品花"),
    L("jd", "京东金融", ["【京东金融】", "【京东】", "【网银在线】"], ["95118", "1069095118", "京东金融"], "95118",
      "京东金融App", prod=["白条", "金条", "京东白条"], where="京东金融App"),
    L("ali", "支付宝", ["【支付宝】", "【借呗】", "【花呗】"], ["95188", "1069095188", "支付宝"], "95188", "支付宝",
      prod=["借呗", "花呗"], where="支付宝-我的"),
    L("webank", "微众银行", ["【微众银行】"], ["95384", "106980095384", "微众银行"], "95384", "微信",
      prod=["微粒贷", "微业贷"], where="微信-服务-微粒贷"),
]

NAMES_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["建国", "丽", "海燕", "志强", "春梅", "小军", "桂英", "文", "晓东", "秀兰", "伟", "娟", "国庆", "玉兰", "宏", "红霞", "明",
         "婷婷", "德胜", "淑芬", "俊杰", "雪", "金花", "永刚", "静", "大勇", "月琴", "立新", "芳", "小龙"]
EMAILS = ["wan***@163.com", "li***88@qq.com", "z***g@126.com", "c***n@sina.com", "h***@foxmail.com", "x***99@163.com",
          "sun***@outlook.com", "y***l@139.com"]


# ------------------------------------------------------------------ slot helpers
def money(lo, hi, sep=None):
    v = R.uniform(lo, hi)
    if R.random() < 0.2:
        v = round(v, -1 if v < 2000 else -2)
    if sep is None:
        sep = v >= 1000 and R.random() < 0.5
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def fmtm(v):
    return f"{v:,.2f}" if v >= 1000 and R.random() < 0.5 else f"{v:.2f}"


tail = partial(common.card_tail, R)


def mmdd_cn():
    m, d = R.randint(1, 12), R.randint(1, 28)
    return R.choice([f"{m:02d}月{d:02d}日", f"{m}月{d}日", f"{m:02d}月{d:02d}日"])


def hm_cn():
    h, mi = R.randint(0, 23), R.randint(0, 59)
    return R.choice([f"{h:02d}时{mi:02d}分", f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}"])


def ymd():
    y, m, d = R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    return R.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}/{m}/{d}"])


def person():
    s = R.choice(NAMES_SUR)
    return R.choice([s + R.choice(["先生", "女士"]), s + R.choice(GIVEN), s + "*" + R.choice(GIVEN)[-1:]])


def shortlink(L):
    code = "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(R.randint(2, 6)))
    table = {"cmb": ["e95555.cn/", "cmbt.cn/"], "ccb": ["ccb.cn/", "u.ccb.com/"], "cgb": ["u.cgbchina.com.cn/"],
             "citic": ["s.citicbank.com/"], "bocom": ["c.bankcomm.com/"], "icbc": ["m.icbc.com.cn/"],
             "pab": ["b.pingan.com/"], "cib": ["s.cib.com.cn/"], "psbc": ["m.psbc.com/"], "ceb": ["x.cebbank.com/"],
             "spdb": ["s.spdb.com.cn/"], "cmbc": ["m.cmbc.com.cn/"], "boc": ["m.boc.cn/"], "abc": ["go.abchina.com/"],
             "hxb": ["m.hxb.com.cn/"]}
    d = table.get(L["key"], [L.get("dom", "m.example.cn") + "/"])
    return R.choice(d) + code


expand = partial(common.expand, R, rounds=50)


def fill(t, L):
    facts = {}

    def get(name):
        if name in facts:
            return facts[name]
        v = None
        if name == "tail" or name.startswith("tail"):
            v = tail()
        elif name == "brand":
            v = L["brand"]
        elif name == "hot":
            v = L["hot"]
        elif name == "app":
            v = L["app"]
        elif name == "card":
            v = R.choice(L.get("card") or L.get("cname") or ["借记卡"])
        elif name == "cname":
            v = R.choice(L.get("cname") or ["信用卡"])
        elif name == "loan":
            v = R.choice(L.get("loan") or L.get("prod") or ["个人消费贷款"])
        elif name == "prod":
            v = R.choice(L.get("prod") or L.get("loan") or ["借款"])
        elif name == "where":
            v = L.get("where", L["app"])
        elif name == "org":
            v = L.get("org", "本行")
        elif name == "pts":
            v = L.get("pts", "积分")
        elif name == "link":
            v = shortlink(L)
        elif name in ("part", "rest", "perp", "minp", "avail", "fee"):
            base = float(get("amt").replace(",", ""))
            if name == "part":
                v = fmtm(base * R.uniform(0.05, 0.85))
            elif name == "rest":
                v = fmtm(base - float(get("part").replace(",", "")))
            elif name == "perp":
                v = fmtm(base / int(get("per")))
            elif name == "minp":
                v = fmtm(base * R.choice([0.1, 0.1, 0.05]))
            elif name == "fee":
                v = fmtm(base * float(get("pct").rstrip("%")) / 100)
            else:
                lim = int(get("lim").replace(",", ""))
                v = fmtm(lim * R.uniform(0.05, 0.98))
        elif name.startswith("intr"):
            v = money(30, 6000)
        elif name.startswith("amt"):
            v = money(50, 30000)
        elif name.startswith("big"):
            v = money(20000, 400000)
        elif name.startswith("small"):
            v = money(8, 900)
        elif name.startswith("bal"):
            v = money(0, 200000)
        elif name.startswith("lim"):
            v = f"{R.choice([5, 8, 10, 12, 15, 20, 30, 50, 60, 80]) * 1000:,}" if R.random() < 0.5 else str(
                R.choice([3, 5, 8, 10, 20, 30, 50]) * 1000)
        elif name.startswith("md"):
            v = mmdd_cn()
        elif name.startswith("hm"):
            v = hm_cn()
        elif name.startswith("ymd"):
            v = ymd()
        elif name.startswith("day"):
            v = str(R.randint(1, 28))
        elif name.startswith("n_"):
            lo, hi = name[2:].split("_")
            v = str(R.randint(int(lo), int(hi)))
        elif name == "person":
            v = person()
        elif name.startswith("sur"):
            v = R.choice(NAMES_SUR)
        elif name == "email":
            v = R.choice(EMAILS)
        elif name == "mon":
            v = str(R.randint(1, 12))
        elif name.startswith("pct"):
            v = R.choice(["0.60%", "0.65%", "0.70%", "0.72%", "0.75%", "0.55%", "0.50%"])
        elif name == "sig":
            v = R.choice(L["sigs"])
        elif name == "sigb":   # bare brand with bracket style variety
            b = L["brand"]
            v = R.choice([f"【{b}】", f"[{b}]", f"【{b}】"])
        elif name == "pts_n":
            v = str(R.choice([200, 300, 500, 800, 999, 1000, 1500, 2000, 3000]))
        elif name == "acct":
            v = f"{R.randint(1000, 9999)}****{R.randint(1000, 9999)}"
        elif name == "hk":
            v = f"{R.randint(4000, 5599)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}XX-X{R.randint(100, 999)}"
        elif name == "hkd":
            v = money(200, 60000, sep=True)
        elif name == "ntd":
            v = f"{R.randint(300, 98000):,}"
        elif name == "per":
            v = str(R.choice([3, 6, 6, 9, 12, 12, 18, 24]))
        elif name == "job":
            v = R.choice(["A", "B", "C", "K", ""]) + str(R.randint(1000, 99999))
        else:
            raise KeyError(name)
        facts[name] = v
        return v

    return re.sub(r"\{(\w+)\}", lambda m: get(m.group(1)), t)


def sig_wrap(text, L, pos=None):
    """Place a signature at start/end/none unless the template already carries one."""
    if "【" in text[:2] or text.rstrip().endswith(("】", "]")):
        return text
    pos = pos or R.choice(["start", "end", "end", "none"])
    s = R.choice(L["sigs"])
    if not s.startswith(("【", "[")):
        s = R.choice([s, f"【{L['brand']}】"])
    if pos == "start" and s.startswith(("【", "[")) and s.endswith(("】", "]")):
        return s + text
    if pos == "none":
        return text
    if re.search(r"[A-Za-z0-9]$", text):
        s = " " + (s if s.startswith(("【", "[")) else f"【{L['brand']}】")
    return text + s


# ------------------------------------------------------------------ groups
GROUPS = []


def G(family, slug, lenders, bases, n, channel="sms", flags=(), sig=True, sender=None):
    GROUPS.append(dict(family=family, slug=slug, lenders=lenders, bases=bases, n=n, channel=channel,
                       flags=list(flags), sig=sig, sender=sender))


# ================================================================== base texts
def define(G, RURAL, CITY, CARD, PLAT):
    HKB = [
        dict(key="dbs", brand="星展銀行", sigs=["星展銀行"], senders=["DBS", "星展銀行"], hot="", app="digibank"),
        dict(key="sc", brand="渣打銀行", sigs=["渣打"], senders=["StanChart", "渣打銀行"], hot="", app="SC Mobile"),
        dict(key="dahsing", brand="大新銀行", sigs=["大新銀行"], senders=["DahSing"], hot="", app="大新Mobile"),
        dict(key="citichk", brand="中信銀行(國際)", sigs=["中信銀行(國際)"], senders=["CNCBI"], hot="", app="inMotion"),
    ]
    TWB = [
        dict(key="ctbc", brand="中國信託", sigs=["中國信託"], senders=["中國信託", "CTBC"], hot="", app="Home Bank"),
        dict(key="esun", brand="玉山銀行", sigs=["玉山銀行"], senders=["玉山銀行"], hot="", app="玉山Wallet"),
        dict(key="cathay", brand="國泰世華", sigs=["國泰世華"], senders=["國泰世華"], hot="", app="CUBE App"),
        dict(key="taishin", brand="台新銀行", sigs=["台新銀行"], senders=["台新銀行"], hot="", app="Richart"),
    ]

    # ---------------------------------------------------------- repayment_ok
    G("repayment_ok", "rural-card-loan-repaid", RURAL, [
        "{person}，您用{card}(尾号{tail})偿还{loan}((本金|本息)){amt}元已成功，借据剩余本金{big}元，((还款凭证可在{app}下载|如需续贷请联系客户经理))。",
        "{md}{hm}，您{card}尾号{tail}((转出|扣划)){amt}元用于归还{loan}，贷款余额{big}元((，感谢您对农村信用社的支持|，如有疑问请咨询{hot}|))。",
        "尊敬的客户：您在我{org}办理的{loan}已于{md}还款{amt}元，((本期已足额还清|本期应还已全部结清))。[[账户可用余额{bal}元。]]",
        "【{brand}】{card}({tail}) {md} 贷款还款 -{amt} 余额{bal}",
        "您的{loan}(借据尾号{tail2})已((全部结清|结清销户))，累计归还本息{big}元。((结清证明可到开户网点打印|请妥善保管本短信))。",
        "客户您好，您的{card}尾号{tail}于{md}收到((转入|存入)){amt}元，系统已自动归还{loan}到期((利息|本息))，扣后余额{bal}元。",
    ], 16)
    G("repayment_ok", "rural-card-deposit-balance", RURAL, [
        "现金存款{amt}元已存入{card}(尾号{tail})，时间{md}{hm}。存款后余额{bal}元，本月贷款扣息日为{day}日。",
        "{card}{tail}于{md}{hm}((转入|他行转入|柜面存款)){amt}元,可用余额{bal}元[[,该笔资金将用于{md2}贷款结息扣款]]。",
        "您账户{tail}在{md}{hm}存入{amt}元，余额{bal}元。((本期贷款利息将于21日扣收，请保持余额充足。|))",
    ], 9)
    G("repayment_ok", "city-loan-period-paid", CITY, [
        "尊敬的{person}，您的{loan}(合同尾号{tail})第{n_2_35}期应还款{amt}元已于{md}足额扣收，剩余本金{big}元。感谢您选择{brand}。",
        "您好！您尾号{tail}的{loan}本期还款已完成，还款金额{amt}元((（其中利息{small}元）|，含利息{small}元|))。下期还款日{md2}。",
        "{brand}提醒：您于{md}{hm}通过{app}归还{loan}{amt}元，已入账。[[剩余待还{big}元，]]可在App“我的贷款”查看还款计划。",
        "您的{loan}{md}还款成功：本金{amt}元，利息{small}元。当前贷款余额{big}元[[，剩余{n_3_60}期]]。",
        "【{brand}】借款已还：{amt}元｜剩余本金：{big}元｜下次还款：{md2}",
    ], 14)
    G("repayment_ok", "card-repay-with-marketing", CARD, [
        "您尾号{tail}的{cname}于{md}{hm}还款人民币{amt}元，已入账。((本月刷卡满{n_3_10}笔享积分加倍，详见|即日起至月底境外消费享{n_2_5}%返现，戳|新户专享好礼，点击)) {link}",
        "贵卡{tail}已收到还款{amt}元，谢谢！((积分兑好礼|加油满额立减|周五五折美食)) {link} ",
        "{brand}：您{md}的还款{amt}元已到账，当前可用额度{avail}元。((关注“{app}”解锁更多权益|下载{app}，账单还款一手掌握))。",
        "{md}{hm}，尾号{tail}信用卡账户入账还款{amt}元，感谢您的按时还款！((本月{pts}抵现，满{n_2_9}千可用|积分商城春季上新|还款后参与幸运抽奖))，戳 {link}",
        "收到您对{cname}(尾号{tail})的还款{amt}元。本期账单剩余应还{small}元。((参与“{pts}翻倍”活动请登录{app}|更多活动：{link}))",
    ], 16)
    G("repayment_ok", "card-repay-terse", CARD, [
        "卡{tail}还款{amt}元已入账",
        "{cname}尾号{tail}：还款{amt}已到账，剩余应还{small}",
        "还款成功 {amt}元 尾号{tail} {md}",
        "尾号{tail}入账还款RMB{amt}",
        "已收到您的还款¥{amt}，谢谢",
    ], 12)
    G("repayment_ok", "card-all-cleared-balance", CARD, [
        "您尾号{tail}的{cname}本期账单已全部还清，((当前可用额度|现可用额度)){avail}元，信用额度{lim}元。",
        "恭喜您，{cname}({tail}){mon}月账单已还清，无需再还款。[[若有溢缴款{small}元，可用于下期消费抵扣。]]",
        "{person}您好，截至{md}{hm}，您的{cname}账户欠款为0，溢缴款{small}元((将自动抵扣后续消费|可通过{app}申请转出))。",
    ], 10)
    G("repayment_ok", "platform-repaid-limit", PLAT, [
        "您的{prod}本期账单{amt}元已还清，可用额度已恢复至{lim}元。((如需查看账单明细请打开{where}。|))",
        "已收到您{md}的还款{amt}元，{prod}借款(借据{tail})已((结清|全部还清))，感谢守约！",
        "还款到账通知：{prod}还款{amt}元，剩余应还{small}元。可在{where}查看。",
        "您在{brand}的{prod}已提前还清，节省利息{small}元，当前可借额度{lim}元。",
        "{prod}｜{md}还款{amt}元成功，本月账单剩余待还0.00元。按时还款有助于积累信用哦～",
        "叮~你的{prod}还款{amt}元已到账啦，额度{lim}元已恢复，随时可用。",
    ], 16)
    G("repayment_ok", "business-loan-repaid", PLAT[:2] + CITY[:6] + RURAL[:4], [
        "尊敬的商户，您的{prod}经营贷款于{md}还款{amt}元成功，剩余应还本金{big}元。",
        "您名下经营性贷款(借据号尾{tail})已于{md}结清，累计还款{big}元。如需开具结清证明，请在App内申请。",
        "您的小微企业贷款本期利息{amt}元已偿还，账户余额{bal}元，本金{big}元将于{md2}到期，请提前安排资金。",
    ], 9)
    G("repayment_ok", "mortgage-prepay-done", CITY + RURAL[:3], [
        "尊敬的客户，您申请的个人住房贷款部分提前还款{big}元已于{md}办理完成，((月供调整为{amt}元|还款期限缩短至{n_60_300}期))，详见{app}。",
        "您的房贷(尾号{tail})提前结清已受理成功，还款金额{big}元。抵押注销材料请于{n_5_30}个工作日后到贷款网点领取。",
        "{person}：您尾号{tail}的房贷本月月供{amt}元已扣款成功，剩余本金{big}元，剩余期数{n_20_320}期。",
    ], 8)
    G("repayment_ok", "hk-payment-received", HKB, [
        "{brand}：閣下信用卡(尾號{tail})之繳款HKD{hkd}已於{md}入賬，多謝。",
        "{brand}：本行已收妥閣下之還款，信用卡戶口{hk}現時結欠為HKD{small}。",
        "({brand}) 閣下於{md}經轉數快繳付之信用卡款項HKD{hkd}已成功過數。如有查詢請使用{app}。",
    ], 5, sig=False)
    G("repayment_ok", "tw-payment-received", TWB, [
        "{brand}通知：您的信用卡帳款NT${ntd}已於{md}入帳，本期應繳餘額為0元，感謝您按時繳款。",
        "【{brand}】您尾碼{tail}信用卡已收到繳款新臺幣{ntd}元，尚未繳清金額{small}元。",
        "{brand}：您於{md}以{app}繳納信用卡費{ntd}元已入帳，謝謝。",
    ], 5, sig=False)

    # ---------------------------------------------------------- autodebit_result
    G("autodebit_result", "rural-interest-autodeduct", RURAL, [
        "【{brand}】您尾号{tail}的{card}于{md}{hm}自动扣收贷款利息{intr}元，扣后余额{bal}元。",
        "您{card}账户{tail}于{md}结息日扣划{loan}利息人民币{intr}元，账户余额{bal}元。如有疑问请致电{hot}。",
        "您好，本季度{loan}应收利息{intr}元已从您尾号{tail}的{card}((扣收成功|全额扣收))，下一结息日为{md2}。",
        "{md}{hm} {card}{tail} 贷款扣息 {intr} 余额{bal}",
        "您在我{org}的{loan}今日结息，应扣{amt}元，实扣{part}元，((尚欠|欠息)){rest}元，请于{n_3_7}日内存入{card}尾号{tail}。",
        "{card}尾号{tail}：{md}贷款自动扣((本息|本金及利息))人民币{amt}元((成功|已完成))，当前余额{bal}元。",
    ], 18)
    G("autodebit_result", "mortgage-deduct", CITY + RURAL[:4], [
        "您的个人住房贷款第{n_1_360}期月供{amt}元已于{md}从尾号{tail}账户扣收成功。",
        "房贷扣款提醒：{md}应扣月供{amt}元，实扣{part}元，仍欠{rest}元，请尽快存入尾号{tail}账户，以免逾期。",
        "尊敬的{person}，您尾号{tail}的还款账户余额不足，本期房贷{amt}元扣款失败。系统将于今日{n_16_21}点再次扣款，请及时存入足额资金。",
        "贷款账户{acct}：{md}扣收本金{amt}元、利息{small}元，账户余额{bal}元。",
    ], 12)
    G("autodebit_result", "consumer-loan-deduct-fail", CITY + PLAT, [
        "您的{loan}本期应还{amt}元，今日自动扣款失败（((还款卡余额不足|银行卡状态异常|单日限额不足))），请于今日24点前还款。",
        "代扣失败：{prod}借据{tail}本期应还{amt}元，绑定的尾号{tail2}银行卡余额不足。请确保余额充足，系统将再次尝试扣款。",
        "【{brand}】今日尝试从您尾号{tail}的银行卡代扣{amt}元未成功，如已通过其他方式还款请忽略。",
        "{prod}扣款未成功，应还{amt}元。可打开{where}手动还款[[，或更换还款卡]]。",
        "{person}您好，{md}您的{prod}自动还款扣款失败，原因：余额不足。逾期将产生罚息，请尽快处理。",
    ], 15)
    G("autodebit_result", "deduct-success-platform", PLAT, [
        "您的{prod}{mon}月账单{amt}元已自动还款成功，扣款账户：((余额宝|储蓄卡尾号{tail}|零钱))。",
        "{brand}代扣成功：本期应还{amt}元，实扣{amt}元，借据{tail}本期已结清。",
        "自动还款完成✅ {prod}本期{amt}元已从尾号{tail}银行卡扣除",
        "亲爱的用户，系统已于{md}{hm}为您自动还款{amt}元（{prod}第{n_2_12}期），无需再手动操作。",
    ], 12)
    G("autodebit_result", "card-autopay-partial", CARD, [
        "您的{cname}(尾号{tail})本期约定还款已执行：应扣{amt}元/实扣{part}元，差额{rest}元请在到期日前补足。",
        "您设置的{cname}({tail})自动还款因关联借记卡余额不足仅扣款{part}元，本期最低还款额尚差{rest}元。",
        "贵卡{tail}到期自动还款扣款{amt}元成功，本期账单已结清，无需再还。",
        "您的{cname}约定还款扣款失败，关联账户尾号{tail2}余额不足。请于到期还款日{md}前自行还款。",
        "您尾号{tail}信用卡{md}自动还款，应还{amt}元，实还{part}元，((剩余|未还))部分((请及时还款|可于宽限期内补足))。",
    ], 14)
    G("autodebit_result", "business-loan-deduct", CITY[:8] + RURAL[:5] + PLAT[:1], [
        "您的{loan}(经营)本期应扣息{amt}元，实扣{part}元，欠息{rest}元，请于3日内补足，以免影响您的授信。",
        "【{brand}】企业账户尾号{tail}于{md}扣收流动资金贷款利息{amt}元，账户余额{bal}元。",
        "{person}，您经营贷到期本金{big}元今日扣款失败，账户可用余额{bal}元，请尽快存入或联系客户经理。",
    ], 9)
    G("autodebit_result", "deduct-terse", CITY + RURAL + CARD[:5], [
        "扣款失败：余额不足({tail})",
        "贷款扣息{amt}元 成功 余额{bal}",
        "{md} 扣款{amt}元 贷款尾号{tail} 已还",
        "自动扣款未成功，应扣{amt}",
    ], 10)

    # ---------------------------------------------------------- bill_statement
    G("bill_statement", "card-bill-fq-offer", CARD, [
        "您尾号{tail}的{cname}{mon}月账单：本期应还{amt}元，最低还款{minp}元，到期还款日{md}。分期还款回复FQ{per}，每期手续费率{pct}。",
        "{brand}账单｜应还¥{amt}｜最低¥{minp}｜到期{md}。账单压力大？回复#ZDFQ办理{per}期分期，首期手续费立减。",
        "尊敬的{person}，您{mon}月账单已出，应还人民币{amt}元。回复“FQ{per}”即可将本期账单分{per}期，每期本金{perp}元，办理成功另赠{pts_n}{pts}。",
        "您的{cname}本期账单{amt}元，{md}前还清免息。现在申请账单分期(3/6/12期可选)，办理即送{pts_n}积分，回复FQ+期数即可。",
        "账单提醒：信用卡({tail})新增应还{amt}元。[[分期请回复ZD{per}，]]详询{hot}。",
    ], 16)
    G("bill_statement", "card-bill-full-fields", CARD, [
        "{brand}信用卡账单\n账单日：{md}\n本期应还：{amt}元\n最低还款：{minp}元\n到期还款日：{md2}\n信用额度：{lim}元\n可用额度：{avail}元",
        "您的{cname}(尾号{tail}){mon}月对账单已生成：上期余额{amt2}，本期新增消费{amt}，本期还款{small}，应还总额请以{app}为准。",
        "【{brand}】{mon}月账单 应还{amt} 最低{minp} 到期日{md} 账单周期内消费{n_3_60}笔，可用{pts}{n_100_9000}分。",
        "尊敬的客户：您{ymd}账单已出，人民币账户应还{amt}元，美元账户应还{small}美元，请于{md}前还款[[，购汇还款可登录{app}]]。",
    ], 12)
    G("bill_statement", "estatement-email", CARD + CITY, [
        "您的{mon}月信用卡电子账单已发送至{email}，如未收到请检查垃圾邮件或登录{app}查看。",
        "{brand}：您尾号{tail}的信用卡{mon}月电子对账单已发至邮箱{email}，本期应还{amt}元。",
        "您订阅的{brand}电子账单已发送，请注意查收。账单密码为您证件号码后6位。",
        "温馨提示：本月电子账单已推送至您的邮箱({email})及{app}“账单”栏目，应还金额{amt}元，到期日{md}。",
    ], 10)
    G("bill_statement", "platform-monthly-bill", PLAT, [
        "{prod}{mon}月账单已出：{amt}元，最后还款日{md}。[[打开{where}即可还款。]]",
        "您{mon}月的{prod}账单共计{amt}元（含分期{small}元），请在{md}前还款，逾期会产生违约金。",
        "账单来啦📮 {prod}本期应还{amt}元，还款日{md}，记得按时还哦",
        "{brand}提示：您本期{prod}待还{amt}元，账单日{md}，到期日{md2}。可在{where}设置自动还款。",
        "您的{prod}借款(共{n_3_24}期)第{n_1_12}期账单已生成，应还本息{amt}元。",
    ], 15)
    G("bill_statement", "hk-statement-trad", [
        dict(key="dbs", brand="星展銀行", sigs=["星展銀行"], senders=["DBS"], hot="", app="digibank"),
        dict(key="dahsing", brand="大新銀行", sigs=["大新銀行"], senders=["DahSing", "大新銀行"], hot="", app="大新Mobile"),
        dict(key="citichk", brand="中信銀行(國際)", sigs=["中信銀行(國際)"], senders=["CNCBI"], hot="", app="inMotion"),
        dict(key="chong", brand="創興銀行", sigs=["創興銀行"], senders=["創興銀行"], hot="", app="創興手機銀行"),
        dict(key="sc", brand="渣打銀行", sigs=["渣打"], senders=["StanChart"], hot="", app="SC Mobile"),
    ], [
        "{brand}：閣下的信用卡月結單已備妥，結欠HKD{hkd}，最低付款額HKD{small}，到期日{md}。請登入{app}查閱。",
        "{brand}提示：信用卡戶口{hk}之最新結單已發出，請於{md}或之前繳付最低還款額。如已繳付，請忽略此信息。",
        "({brand}) 閣下之電子結單已上載至{app}，結單日{md}，截數後結欠為HKD{hkd}。",
    ], 8, sig=False)
    G("bill_statement", "tw-statement-trad", [
        dict(key="ctbc", brand="中國信託", sigs=["中國信託"], senders=["中國信託"], hot="", app="中信銀行行動銀行"),
        dict(key="esun", brand="玉山銀行", sigs=["玉山銀行"], senders=["玉山銀行"], hot="", app="玉山Wallet"),
        dict(key="taishin", brand="台新銀行", sigs=["台新銀行"], senders=["台新銀行"], hot="", app="Richart"),
        dict(key="sinopac", brand="永豐銀行", sigs=["永豐銀行"], senders=["永豐銀行"], hot="", app="大戶DAWHO"),
        dict(key="fubon", brand="台北富邦", sigs=["台北富邦"], senders=["台北富邦"], hot="", app="富邦行動銀行"),
    ], [
        "{brand}您好，您{mon}月信用卡帳單本期應繳總額NT${ntd}，最低應繳{small}元，繳款截止日{md}。",
        "【{brand}】您的信用卡電子帳單已寄送至{email}，本期應繳金額新臺幣{ntd}元，請於{md}前繳款。",
        "{brand}提醒：本期帳單應繳NT${ntd}，可使用{app}或超商條碼繳款，若已繳請忽略。",
        "{brand}：您尾碼{tail}信用卡本期帳單已產生，應繳{ntd}元，自動扣繳日{md}，請確認扣款帳戶餘額。",
    ], 9, sig=False)
    G("bill_statement", "bill-terse", CARD + PLAT, [
        "{mon}月账单¥{amt} 最低¥{minp} 还款日{md}",
        "账单{amt}元 到期{md} 尾号{tail}",
        "本期应还{amt}，{md}到期",
        "{prod}账单已出 {amt}元",
    ], 10)
    G("bill_statement", "bill-with-points-activity", CARD, [
        "您尾号{tail}的{cname}本期应还{amt}元，到期还款日{md}。本期新增{pts}{n_50_3000}分，((积分可抵扣年费|可兑换视频会员|积分商城满减进行中))，详见{app}。",
        "{mon}月账单已出，应还{amt}元。本期消费达标，已为您累计{pts}{n_50_3000}分。还款请通过{app}或{hot}。",
        "账单通知：{cname}({tail})应还{amt}，最低{minp}，{md}到期。参加“还款抽好礼”活动，按时全额还款即有机会获得{pts_n}积分。",
    ], 10)

    # ---------------------------------------------------------- due_reminder
    G("due_reminder", "due-terse", CARD + CITY + PLAT, [
        "明天还款日，应还{amt}元",
        "{cname}({tail})今日到期，请还款",
        "还款提醒：{md}应还{amt}",
        "贷款{md}扣款{amt}元，请存足",
        "{prod}后天到期，待还{amt}",
        "今天还款日，别忘啦",
    ], 14)
    G("due_reminder", "due-formal-long", CITY + CARD, [
        "尊敬的{person}：您好！您在{brand}办理的{loan}（合同编号尾号{tail}）本期应还本息合计人民币{amt}元，还款日为{md}。请于还款日前将足额资金存入尾号{tail2}的还款账户。如您已还款，请忽略本提示。感谢您对{brand}的信任与支持！",
        "尊敬的持卡人：您的{cname}（卡号末四位{tail}）本期账单应还金额{amt}元，最低还款额{minp}元，到期还款日{md}。为维护您的良好信用记录，请按时足额还款。本行客服热线{hot}。",
        "{brand}温馨提示：根据您的借款合同约定，您于{md}有一期应还款项人民币{amt}元（本金{part}元，利息{rest}元）。届时系统将从您指定的账户自动扣款，请确保账户状态正常且余额充足。如有疑问请致电{hot}或登录{app}查询。",
    ], 12)
    G("due_reminder", "rural-interest-due", RURAL, [
        "尊敬的客户，您在我{org}的{loan}将于{md}结息，预计利息{intr}元，请于结息日前存入您的{card}(尾号{tail})。",
        "【{brand}】温馨提示：您的贷款将于{md}到期，到期本金{big}元，请提前准备资金或到网点办理续贷手续。",
        "您好，您{card}尾号{tail}关联的{loan}本月{day}日扣息，当前余额{part}元，((不足以|可能不足以))扣收本期利息{amt}元，请及时存入。",
        "{brand}提醒：您的{loan}将于{md}到期，请于到期日前归还本息。如需续贷请联系您的客户经理{sur}经理。",
    ], 12)
    G("due_reminder", "platform-due-soft", PLAT, [
        "{prod}温馨提醒：您本期账单{amt}元将于{md}到期，按时还款可以持续提升信用哦。",
        "还款提醒⏰ 您的{prod}还有{n_1_3}天到期，应还{amt}元，点击{where}一键还款。",
        "{person}，您在{brand}的借款本期应还{amt}元，还款日{md}，请确保绑定银行卡余额充足。",
        "您的{prod}今天到期，应还{amt}元。[[如已还款请忽略。]]((官方还款渠道仅{where}|请勿向任何个人转账))。",
    ], 12)
    G("due_reminder", "mortgage-business-due", CITY + RURAL[:3] + PLAT[:1], [
        "您的房贷本月{day}日扣款{amt}元，请在扣款前存入尾号{tail}的还款账户。",
        "尊敬的商户，您的{prod}{big}元将于{md}到期，到期需一次性归还本金，请提前备足资金。",
        "您的经营贷款将于{md}到期，剩余本金{big}元。[[如需续贷，请提前{n_7_30}天申请。]]",
    ], 8)

    # ---------------------------------------------------------- overdue_notice
    G("overdue_notice", "overdue-terse", CARD + PLAT, [
        "您的{cname}已逾期，请尽快还款",
        "您尾号{tail}信用卡已逾期{n_1_60}天，欠款{amt}元",
        "{prod}已逾期，待还{amt}元，请今日处理",
        "逾期提醒：应还{amt}元未还",
    ], 10)
    G("overdue_notice", "overdue-credit-database", CARD + CITY, [
        "截至{md}，您尾号{tail}的{cname}逾期未还金额{amt}元。根据有关规定，逾期记录将报送金融信用信息基础数据库，请尽快还款。",
        "您在{brand}的{loan}已逾期{n_3_90}天，欠款本息{amt}元。逾期信息将按规定报送至中国人民银行金融信用信息基础数据库，影响您今后的贷款申请，请立即归还。",
        "【{brand}】尊敬的{person}，您的贷款账户尾号{tail}存在逾期，逾期金额{amt}元，我行已依法向金融信用信息基础数据库报送相关信息。如已还款请忽略。",
        "重要提醒：您未按期归还{cname}最低还款额{small}元。我行将依照《征信业管理条例》向金融信用信息基础数据库报送逾期记录。还款请登录{app}。",
    ], 12, flags=["hard"])
    G("overdue_notice", "rural-loan-overdue", RURAL, [
        "【{brand}】您在我{org}的{loan}已逾期{n_5_120}天，逾期本金{amt}元，利息{small}元。请尽快到网点或通过{app}归还，以免影响您及担保人的信用记录。",
        "{person}：您的{loan}已于{md}到期未还，我{org}已通知担保人。请于{n_3_15}日内归还本息，逾期不还我{org}将依法起诉。",
        "您的{card}(尾号{tail})关联贷款欠息{small}元，已逾期。请存入足额资金，系统将自动扣收。",
        "您好，这里是{brand}，您的贷款逾期{n_10_90}天，罚息每日按合同约定计收，请尽快还款。详询{hot}。",
    ], 12, flags=["hard"])
    G("overdue_notice", "platform-overdue-long", PLAT, [
        "{brand}提醒：您的{prod}已逾期{n_1_30}天，应还{amt}元（含罚息{small}元）。逾期信息可能上报征信，请尽快在{where}还款。",
        "您的{prod}借款已逾期，当前欠款{amt}元，额度已暂停使用。还清后额度将逐步恢复，还款请认准{where}。",
        "尊敬的用户，您在{brand}的{prod}账户逾期未还，逾期金额{amt}元。如长期不还，我司将依据合同约定采取包括诉讼在内的措施。",
        "{person}，{prod}昨日到期未还，已产生逾期。今日还款仍可减少罚息，打开{where}还款即可。",
    ], 12, flags=["hard"])
    G("overdue_notice", "business-loan-overdue", CITY[:7] + PLAT[:1], [
        "您的经营贷款(借据尾号{tail})本金{big}元已到期未还，已转为逾期，按合同计收罚息。请立即联系客户经理。",
        "【{brand}】您企业名下流动资金贷款逾期{n_3_45}天，逾期利息{amt}元。逾期将影响企业及法定代表人征信，请尽快处理。",
    ], 5, flags=["hard"])

    # ---------------------------------------------------------- official_negotiation
    G("official_negotiation", "bill-fq-reply-code", CARD, [
        "您本期账单{amt}元，可申请账单分期：回复#ZDFQ{per}办理{per}期，每期本金{perp}元，手续费率{pct}/期。回复即视为同意。",
        "还款有压力？{cname}({tail})本期{amt}元可分{per}期还，回复FQ{per}即可办理，成功办理赠{pts_n}{pts}。",
        "{person}您好，您的账单可办理分期，回复“1”选3期、“2”选6期、“3”选12期，本短信{n_24_72}小时内有效。",
        "专属分期：本期账单{amt}元，回复FQ6或FQ12办理，((首期免手续费|手续费8折|办理送{pts_n}积分))。详询{hot}。",
        "您可将{cname}部分账单{amt}元分期，回复ZDFQ{per}即可分{per}期，每期应还本金{perp}元、手续费{fee}元。",
    ], 14)
    G("official_negotiation", "min-payment-offer", CARD, [
        "本期账单{amt}元，您可选择仅还最低还款额{minp}元，剩余部分按日计息，不影响信用记录。详询{hot}。",
        "您尾号{tail}的{cname}本期最低还款{small}元，如资金紧张可先还最低，逾期将影响征信。还款可在{app}操作。",
        "温馨提示：还款日{md}前还足最低还款额{small}元即不视为逾期。如需分期或延期，请回复YQ或致电{hot}咨询。",
    ], 9)
    G("official_negotiation", "deferral-reply", CITY + RURAL + CARD, [
        "尊敬的{person}，如您因疾病、失业等原因暂时还款困难，可申请延期还款或调整还款计划，请回复YQ或致电{hot}，本行不收取任何费用。",
        "您的{loan}本期还款日为{md}，如需申请还款宽限或延期，请回复“延期”，我行将在{n_1_3}个工作日内联系您。",
        "【{brand}】您的逾期账户可申请个性化分期还款，最长{n_12_60}期，请通过{app}提交申请或拨打{hot}，请勿轻信第三方代理。",
        "您的{cname}逾期欠款{amt}元，我行可为您提供分期还款方案。回复FQ查询，或登录{app}“还款”页办理。",
    ], 12)
    G("official_negotiation", "points-reward-installment", CARD, [
        "分期好礼：{md}前办理账单分期(≥{n_1_5}千元)，即赠{pts_n}{pts}，回复#ZDFQ办理。",
        "{pts}翻倍！本期账单分期满{per}期，额外赠送{pts_n}积分，((回复FQ{per}|登录{app}))办理。",
        "您的账单分期资格已开通，本期可分期金额{amt}元，办理成功可抽{pts_n}积分大奖，戳 {link}",
    ], 9)

    G("repayment_ok", "repay-sloppy", CARD + PLAT + CITY, [
        "您得还款{amt}元已到帐 尾号{tail} 谢谢您的支持",
        "还款己成功,金额{amt}元,剩余应还{small}元,如有疑问请致电{hot}",
        "尊敬客户您的贷款本期己还清 本金{part} 利息{rest} 合计{amt}",
        "{prod}还款到帐{amt}元。本期己结清！",
    ], 8)
    G("due_reminder", "due-english-mixed", CARD + PLAT, [
        "Reminder：{prod}本期 RMB{amt} due on {md}，请按时还款",
        "[{brand}] Card ending {tail}: statement balance CNY{amt}, min due CNY{minp}, 到期日{md}.",
        "Your {prod} bill {amt}元 is due tomorrow. 还款入口：{where}",
    ], 7)
    G("overdue_notice", "overdue-with-antifraud-line", CARD + CITY + PLAT, [
        "您的{cname}(尾号{tail})已逾期，欠款{amt}元，请通过{app}或柜台还款。本行从未委托任何机构办理“停息挂账”，请勿向个人账户转账。",
        "{person}，您在{brand}的借款已逾期{n_1_40}天，应还{amt}元，逾期记录将影响个人征信。还款仅限官方渠道，任何要求转账到个人或“监管账户”的均为诈骗。",
        "【{brand}】逾期提醒：应还{amt}元尚未归还，请尽快还款。温馨提示：谨防冒充我行人员的“征信修复”“协商代办”骗局。",
    ], 8, flags=["hard"])
    G("official_negotiation", "overdue-plan-reply", CARD + CITY, [
        "【{brand}】您的{cname}逾期欠款{amt}元，经审核您符合个性化分期还款条件，可分{per}期偿还，每期约{perp}元。同意请回复1，如需人工沟通请致电{hot}。",
        "{person}您好，您申请的还款计划调整已审批：逾期本金{amt}元分{per}期归还，每期{perp}元，首期还款日{md}。回复Y确认，逾期未确认视为放弃。",
        "您尾号{tail}信用卡欠款可申请“分期还款协议”，回复XS查询可办理方案。我行不收取任何代办费用，不与任何第三方合作。",
    ], 8)

    # ---------------------------------------------------------- calls
    G("overdue_notice", "call-platform-asr-homophone", PLAT, [
        "喂你好是{person}吗我这边是{brand}官方客服的工号{job}嗯对就是您的((花贝|借贝|白调|微利贷|金条))账单已经逾其{n_1_30}天了欠款{amt}元嗯您是不是忘了还了哦出差了啊理解理解这个逾期记录时间长了是会报送正信的罚息也一直在算您看今天能不能处理一下嗯对在{where}里面直接还就可以如果只能还一部分也可以先还一部分不要相信其他人让你转账的也不要点别人发的链接好的那您尽快",
        "您好这边是{brand}贷后的就是通知您一下您的((借贝|花贝|白调))已经过了还款日了现在是逾其状态金额是{amt}元罚息每天都在算嗯您是忘了还是手头紧啊哦手头紧的话App里可以申请延期还款的对不收费的也不用找什么代理嗯那您今天先还一部分也行还多少都能减少罚息嗯那就是在{where}里点还款对对好的那我这边给您备注一下明天会再短信提醒您",
        "我：喂？\n对方：您好，{brand}客户服务，请问是{person}本人吗？\n我：你们又打来干嘛，我说了下个月还。\n对方：理解您的情况。我这边只是告知一下，您的{prod}已逾期{n_5_40}天，欠款{amt}元，每天还有罚息。逾期时间长了会报送征信，以后房贷车贷都会受影响。\n我：那我先还一千行不行？\n对方：可以，部分还款也能减少罚息。在{where}里点“立即还款”输入金额就行，钱只进官方账户，别转给个人。",
        "客服：您好，{brand}，请问{person}吗？您的{prod}账单逾期{n_1_20}天，应还{amt}元。\n我：啊？我设了自动还款啊。\n客服：您绑定的银行卡扣款失败了，可能是余额不足或者卡过期了。您打开{where}看下扣款记录。\n我：那现在还还来得及吗？\n客服：今天还上罚息就停止计算了。我们只通过App收款，不会让您转到任何个人账户。\n我：好，我马上弄。",
    ], 7, channel="call", flags=["hard"])
    G("official_negotiation", "call-min-or-defer", CARD + PLAT + CITY, [
        "喂您好是{person}吗{brand}客服回访啊就是您昨天在App里申请的那个延期还款我们审核通过了嗯本期{amt}元可以延到{md}还中间不算逾期嗯利息还是正常算的不收其他任何费用对没有手续费您也不用找谁帮忙办嗯到时候还是从您绑定的尾号{tail}那张卡扣短信通知稍后会发您哈您注意查收嗯您还有什么要问的吗哦延期后会不会影响征信不会的按新的日期还就正常好的那不打扰了",
        "对方：您好，这里是{brand}信用卡中心，工号{job}。{person}，您本期账单{amt}元，到期日是{md}，系统显示还没有还款。\n我：这个月工资晚发，能不能晚几天？\n对方：可以的，我行有{n_2_3}天的还款宽限期，宽限期内还清不算逾期。如果宽限期内也困难，可以先还最低还款额{minp}元。\n我：那剩下的呢？\n对方：剩下的按日计息，您也可以回复短信FQ{per}办分期。这些都在{app}里自己操作，不需要任何人代办。",
        "客服：{person}您好，{brand}这边看到您这期只还了一部分，还差{rest}元。\n我：对，这个月实在周转不过来。\n客服：您可以先把最低还款额{minp}元补齐，这样不算逾期。剩下的下期再还或者申请分期都可以。\n我：分期要不要找什么中介？\n客服：不用的，直接在{app}里申请，或者打{hot}，不收中介费，也没有什么内部渠道。",
    ], 5, channel="call")
    CALLSRC = RURAL + CITY
    G("autodebit_result", "call-rural-deduct-short", CALLSRC, [
        "信贷员：喂，{sur}((叔|哥|姐|大姐))，我是{brand}{sur2}镇((信用社|支行))的小{sur3}啊。\n我：哦，小{sur3}啊，啥事？\n信贷员：就是你那个{loan}，昨天结息，系统扣你{card}只扣了{part}块，还差{rest}没扣上。\n我：啊？卡里没钱了？我上个月卖((苞谷|苹果|猪))的钱存进去了啊。\n信贷员：可能是你家里人取走了一部分，你看下手机银行。这两天存进去，系统会自动再扣，别拖成欠息了，影响你明年续贷。\n我：行行，我下午就去((存|转))。\n信贷员：好嘞，有啥不懂的打{hot}也行。",
        "对方：您好，请问是{person}吗？这里是{brand}，您的{loan}本期本息{amt}元今天扣款没成功，您尾号{tail}的{card}余额只有{part}元。\n我：嗯……我还以为会自动扣。\n对方：是自动扣的，但是余额不够就扣不了。您今天存进去，晚上系统会再扣一次。\n我：那会不会算逾期？\n对方：今天之内补上就不算，过了扣款日就会记逾期了。我们不会让您转账到别的账户，直接存进您自己这张卡就行。\n我：知道了，谢谢啊。",
        "喂是{sur}((老板|先生|女士))吧我{brand}的客户经理小{sur2}啊对对上次去你店里签合同那个嗯是这样你那个经营贷今天扣息应扣{amt}实际就扣了{part}卡里钱不够还差{rest}啊你是不是前两天进货把钱转走了哦那就对了你今天下班前存一下就行不然晚上跑批就算欠息了欠息多了明年续贷额度要受影响的对对存到你那张{card}就行不用转给我们哈也别信那些说能帮你延期的中介好好那先这样有事打{hot}",
    ], 8, channel="call")
    G("repayment_ok", "call-repay-confirm", CALLSRC + PLAT, [
        "客服：您好，这里是{brand}客服中心，工号{job}，请问是{person}吗？\n我：是，怎么了？\n客服：您昨天提交的提前还款申请我们已经处理完了，{loan}已经全部结清，结清金额{big}元。\n我：那结清证明怎么拿？\n客服：您可以在{app}里申请电子版，或者带身份证到网点打印纸质的。\n我：好的，那征信什么时候更新？\n客服：一般下个报送周期更新，大概一个月左右。还有其他需要帮您的吗？\n我：没有了，谢谢。",
        "喂您好打扰一下我是{brand}贷后回访的嗯{person}是吧就是跟您确认一下您{md}那笔还款{amt}元已经入账了这期的{prod}已经结清了对下期是{md2}嗯您之前在电话里问的那个罚息我们已经帮您申请减免了因为您是当天就补上的系统显示减了{small}元哦对征信上不会有逾期记录的放心还有就是以后扣款前一天记得看下卡里余额好的好的那没别的事了感谢您的接听再见",
        "（语音通知）您好，这里是{brand}。您尾号{tail}的贷款账户已于{md}收到还款{amt}元，本期应还款项已结清，感谢您按时还款。您的下一期还款日为{md2}，届时将从您的还款账户自动扣款，请提前存足资金。如需查询还款计划或打印还款凭证，请登录{app}或拨打{hot}。本电话不会要求您提供密码、验证码，也不会要求您向任何账户转账。重听请按1，结束请挂机。",
    ], 8, channel="call")
    G("due_reminder", "call-due-asr", CALLSRC + PLAT + CARD, [
        "喂你好是{person}吗这边是{brand}的嗯我姓{sur}跟你说一下你的{loan}后天要扣款了扣{amt}对你尾号{tail}那张卡上我看余额不太够啊才{part}你记得存一下嗯对自动扣的不用你操作钱够就行逾其的话会上正信的哦以后再贷就麻烦了嗯你要是这期实在周转不开可以打{hot}问问能不能调整还款日对对你在{app}上也能看还款计化好那就这样不打扰了",
        "您好这里是{brand}智能语音提醒您的{cname}本期账单{amt}元将于{md}到期最低还款{minp}元请您按时还款以免产生逾期记录和违约金您可以通过{app}或本行网点还款如您已设置自动还款请确保关联账户余额充足如已还款请忽略本通知需要人工服务请拨打{hot}本来电不会索取您的密码和验证码",
        "A：喂，{person}吗？\nB：对，哪位？\nA：我是{brand}客户经理{sur}，您的{loan}下周一扣本息{amt}，提前跟您说一声。\nB：哦，这个月是本金也要还？\nA：对，这期是到期还本的，金额比平时大，您提前准备一下。要是周转不过来，可以来网点申请续贷，别找外面的中介，有收费的都不是我们的。\nB：续贷要准备啥材料？\nA：身份证、营业执照，还有最近半年的流水，到时候我再微信公众号上发您清单……哦不对，我短信发您。\nB：好，我心里有数了。",
    ], 8, channel="call")
    G("overdue_notice", "call-overdue-officer", CALLSRC + CARD, [
        "工作人员：您好，这里是{brand}贷后管理部，我工号{job}，请问是{person}本人吗？\n我：是我。\n工作人员：您的{loan}已经逾期{n_5_60}天了，欠款{amt}元，我们短信也提醒过您几次。\n我：最近生意不好，钱确实紧。\n工作人员：理解。但逾期信息会报送金融信用信息基础数据库，时间长了还会影响担保人。您看能不能先还一部分？\n我：那我去哪还？\n工作人员：直接存进您尾号{tail}的还款卡，或者在{app}里还，不要转给任何个人，包括我。\n我：好的，我这周想办法。",
        "喂{person}啊我{brand}信贷科的老{sur}你那个贷款都过期{n_10_90}天了还没还哈我们前面打了好几次电话你都没接嗯我知道你难今年行情不好但是再不还我们这边就要走诉讼程序了到时候还要追担保人的你自己考虑一下啊你要是真有困难就到社里来当面谈看能不能先还利息本金做个展期对钱存你自己那张{card}系统自动扣别转给别人也别找外面那些说能帮你停息的好吧",
        "银行：喂，{person}吗？我是{brand}{sur}经理，打您好几次了。\n我：哎，我知道，我那个贷款……\n银行：您那笔{loan}逾期{n_10_80}天了，本息加罚息现在是{amt}元。再不处理，我们这边要按合同提起诉讼，担保人也会收到通知。\n我：别别，别找我((舅舅|表哥|朋友))，我月底一定还。\n银行：月底是哪天？您给个准确日期，我登记上。钱存到您自己尾号{tail}的卡上，系统自动扣，别转给任何个人。\n我：{n_25_30}号，我保证。",
        "您好这边是{brand}资产保全部的工号{job}跟您核实一下您尾号{tail}的{cname}欠款{amt}元已经逾期{n_60_180}天了之前寄过催收函您收到了吗没收到那您的地址是不是变了嗯嗯是这样的如果还是不处理我行可能会依法起诉也会按规定报送征信您现在有没有还款计划您可以在{app}申请分期还款钱一定要还到您自己的卡里",
        "催收专员：您好，{brand}信用卡中心，{person}对吧？您尾号{tail}的{cname}逾期{n_30_120}天了，欠款{amt}元。\n我：我知道，我现在真没钱。\n催收专员：那我跟您说清楚，恶意透支经两次有效催收超过三个月不还，是可能承担法律责任的。我们不希望走到那一步。\n我：那你们能不能分期？\n催收专员：可以，您通过{app}申请个性化分期，或者打{hot}，审批通过按新的计划还。不收任何手续费之外的费用，也不会让您转到个人账户。\n我：行，我今晚申请。",
    ], 9, channel="call", flags=["hard"])
    G("official_negotiation", "call-bank-installment", CARD + CITY, [
        "客服：您好，{brand}信用卡中心，我是客服{sur}，工号{job}，请问是{person}吗？\n我：是，什么事？\n客服：看到您本期账单{amt}元，想跟您介绍一下账单分期，可以分{per}期，每期手续费率{pct}。\n我：嗯……分期要收多少钱？\n客服：按{per}期算，每期手续费大概{fee}元，办理成功还送{pts_n}积分。您考虑一下，需要的话回复短信FQ{per}或者在{app}办都行。\n我：我先不办吧，这个月能还上。\n客服：好的没问题，打扰您了。",
        "您好这里是{brand}啊{person}是吧你上次打{hot}说的那个还款困难我们这边给你审批下来了嗯可以给你做个性化分期分{n_12_60}期每个月还{small}左右利息比原来低一点不过要先还首期嗯首期就在{app}里还不用转给任何人对你在App里点确认方案就生效了方案生效以后就不会再算逾期了但是中间再断供的话方案就作废了这个要注意啊有问题再打{hot}",
        "对方：{person}您好，我是{brand}的协商还款专员，您之前在App上提交了延期申请。\n我：对对，批了吗？\n对方：批了，本期{amt}元可以延后{n_1_3}个月还，这期间利息照常算，但不算逾期。\n我：要不要交什么手续费？\n对方：不用，我们不收任何费用，您也不要相信外面说能帮你办的。确认短信稍后从{hot}发给您。\n我：好，谢谢。",
    ], 8, channel="call")
    G("bill_statement", "call-bill-robot", CARD + PLAT, [
        "（自动语音）尊敬的客户您好，这里是{brand}。您尾号{tail}的{cname}本期账单已出，账单日{md2}，应还金额{amt}元，最低还款额{minp}元，到期还款日{md}。如需办理账单分期，请按1；查询账单明细，请按2；如需人工服务，请按0；如已了解，请挂机。温馨提示：本行不会通过电话索取您的卡片密码和短信验证码。感谢您的接听。",
        "您好这里是{brand}的语音通知您本期{prod}账单{amt}元已生成账单日是{md2}最后还款日{md}您可以打开{where}查看明细和还款如果开通了自动还款系统会在还款日当天从绑定的银行卡扣款请保证余额充足本通知不会要求您提供验证码或密码也不会让您转账到任何个人账户如有疑问请拨打{hot}谢谢再见",
    ], 5, channel="call")



define(G, RURAL, CITY, CARD, PLAT)


# ------------------------------------------------------------------ near-duplicate filter
def grams(t):
    c = "".join(t.split())
    return frozenset(c[i:i + 5] for i in range(max(1, len(c) - 4)))


def main():
    others = []
    for p in sorted(HERE.glob("*.jsonl")):
        if p.name == OUT.name:
            continue
        for line in p.open(encoding="utf-8"):
            if line.strip():
                others.append(grams(json.loads(line)["text"]))
    index = {}
    for k, g in enumerate(others):
        for x in g:
            index.setdefault(x, []).append(k)
    kept = []   # (row, grams)
    mine_index = {}

    def ok(g, thr_other=0.52, thr_mine=0.5):
        shared = {}
        for x in g:
            for k in index.get(x, ()):
                shared[k] = shared.get(k, 0) + 1
        for k, s in shared.items():
            if s / (len(g) + len(others[k]) - s) >= thr_other:
                return False
        shared = {}
        for x in g:
            for k in mine_index.get(x, ()):
                shared[k] = shared.get(k, 0) + 1
        for k, s in shared.items():
            if s / (len(g) + len(kept[k][1]) - s) >= thr_mine:
                return False
        return True

    for grp in GROUPS:
        got, tries = 0, 0
        while got < grp["n"] and tries < grp["n"] * 40:
            tries += 1
            L = R.choice(grp["lenders"])
            base = grp["bases"][(got + tries) % len(grp["bases"])]
            text = fill(expand(base), L)
            if grp["channel"] == "sms" and grp["sig"]:
                text = sig_wrap(text, L)
            text = re.sub(r"[ \t]+\n", "\n", text).strip()
            g = grams(text)
            if not ok(g):
                continue
            if grp["sender"] == "null":
                sender = None
            elif grp["sender"]:
                sender = R.choice(grp["sender"]) if isinstance(grp["sender"], list) else grp["sender"]
            else:
                sender = R.choice(L["senders"])
                if grp["channel"] == "call" and R.random() < 0.3:
                    sender = None
            row = dict(text=text, label="genuine", channel=grp["channel"], sender=sender,
                       family=grp["family"], group=f"{grp['family']}/{grp['slug']}", flags=grp["flags"])
            kept.append((row, g))
            for x in g:
                mine_index.setdefault(x, []).append(len(kept) - 1)
            got += 1
        if got < grp["n"]:
            print(f"short: {grp['slug']} {got}/{grp['n']}")
    common.write_rows(OUT, "gc", [row for row, _ in kept])
    print(len(kept), "rows ->", OUT)


if __name__ == "__main__":
    main()
