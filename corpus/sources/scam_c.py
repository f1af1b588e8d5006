"""Generator for corpus section scam_c (label scam): fake_collection, fake_legal,
impersonated_authority, parcel_refund, task_scam.

stdlib only, fixed seed, deterministic. Writes corpus/scam_c.jsonl.
All texts are written for this project; numbers, names and links are fictitious.
"""
import json
import random
import re
from collections import defaultdict
from pathlib import Path

SEED = 20260507
OUT = Path(__file__).resolve().parents[1] / "scam_c.jsonl"

# ----------------------------------------------------------------------------------------------
# slots
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志斌波宁浩宇晨欣怡子轩梓涵俊杰婷雪琳佳慧思远嘉豪文博立新海燕春梅晓东")
BANKS = [("工商银行", "95588"), ("建设银行", "95533"), ("农业银行", "95599"), ("中国银行", "95566"),
         ("招商银行", "95555"), ("交通银行", "95559"), ("邮储银行", "95580"), ("平安银行", "95511"),
         ("浦发银行", "95528"), ("广发银行", "95508"), ("中信银行", "95558"), ("光大银行", "95595"),
         ("兴业银行", "95561"), ("民生银行", "95568"), ("华夏银行", "95577")]
LENDERS = ["花呗", "借呗", "京东白条", "京东金条", "美团借钱", "微粒贷", "度小满", "招联金融", "马上消费金融", "分期乐",
           "360借条", "安逸花", "省呗", "拍拍贷", "抖音月付", "微信分付", "美团月付", "携程拿去花", "苏宁任性贷", "宜人贷"]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "重庆", "郑州", "长沙", "合肥", "济南",
          "福州", "昆明", "南宁", "贵阳", "沈阳", "哈尔滨", "石家庄", "太原", "南昌", "兰州", "东莞", "佛山", "苏州", "温州"]
DISTRICTS = ["城关区", "新城区", "高新区", "经开区", "城东区", "城西区", "城南区", "城北区", "新区", "开发区", "中心区"]
COURIERS = ["中通", "圆通", "申通", "韵达", "极兔", "顺丰", "邮政EMS", "德邦", "京东物流", "百世"]
PLATFORMS = ["淘宝", "拼多多", "抖音商城", "京东", "快手小店", "唯品会", "天猫"]
ITEMS = ["儿童保温杯", "蓝牙耳机", "羽绒服", "面霜套装", "电动牙刷", "空气炸锅", "运动鞋", "手机壳", "婴儿奶粉",
         "加湿器", "四件套", "扫地机器人", "保健品礼盒", "洗衣液", "笔记本支架", "充电宝", "女士皮包", "茶叶礼盒"]
FIRMS = ["正衡", "德信", "锦天", "华诺", "中鼎", "恒律", "博远", "盛和", "政和", "诚铭", "金盾", "泰安", "汇法", "中衡信"]
DOMROOT = ["icbc-yq", "ccb-hk", "abc-xyk", "cmb-fw", "95588-hk", "alipay-tk", "jdjr-cs", "court-ssfw", "ssfw-12368",
           "fayuan-cx", "zxgk-cn", "wsla-gov", "mediate-cn", "tjzx-cn", "cbirc-gov", "pbc-zx", "zhengxin-cx",
           "unionpay-aq", "kuaidi-pei", "cainiao-lp", "zto-pay", "refund-tb", "pdd-tk", "task-hub", "dz-fanli", "jdpay-hk"]
TLDS = ["top", "vip", "cc", "xyz", "ink", "icu", "shop", "cn.com", "net.cn", "site", "live", "club"]


def rmob(r, virtual=False):
    if virtual:
        return r.choice(["170", "171", "162", "165", "167"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return "1" + r.choice("3456789") + str(r.randint(0, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))


def fmt_mob(r, m):
    k = r.random()
    if k < 0.6:
        return m
    if k < 0.8:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def rname(r):
    return r.choice(SUR) + "".join(r.choice(GIV) for _ in range(r.choice([1, 2, 2])))


def ramt(r, lo=800, hi=60000):
    v = r.randint(lo * 100, hi * 100) / 100
    if r.random() < 0.5:
        return f"{v:.2f}"
    return f"{v:,.2f}"


def racct(r):
    pre = r.choice(["6217", "6222", "6228", "6214", "6230", "6212", "6226", "6236"])
    digits = pre + "".join(str(r.randint(0, 9)) for _ in range(15))
    if r.random() < 0.5:
        return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    return digits


THEME = {
    "fake_collection": ["icbc-yq", "ccb-hk", "abc-xyk", "cmb-fw", "95588-hk", "alipay-tk", "jdjr-cs", "hk-center", "yq-xs", "repay-pt"],
    "fake_legal": ["court-ssfw", "ssfw-12368", "fayuan-cx", "zxgk-cn", "wsla-gov", "mediate-cn", "tjzx-cn", "court-sd", "wsss-fy", "rmfy-cn"],
    "impersonated_authority": ["cbirc-gov", "pbc-zx", "zhengxin-cx", "unionpay-aq", "nfra-gov", "gafz-cn", "110-fzzx", "wj-gov", "fzzx-app", "pbccrc-cx"],
    "parcel_refund": ["kuaidi-pei", "cainiao-lp", "zto-pay", "refund-tb", "pdd-tk", "sf-lp", "yd-pei", "jd-tk", "kdlp-cn", "sh-tk"],
    "task_scam": ["task-hub", "dz-fanli", "jz-rw", "rw-888", "fl-app", "dyfl", "zhuan-rw", "yj-app", "rw-pt", "jzrb"],
}


def rurl(r, theme=None):
    root = r.choice(THEME[theme]) if theme else r.choice(DOMROOT)
    tld = r.choice(TLDS)
    path = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.randint(4, 6)))
    k = r.random()
    if k < 0.35:
        return f"{root}.{tld}/{path}"
    if k < 0.6:
        return f"https://{root}.{tld}/{path}"
    if k < 0.8:
        return f"http://{r.choice(['m', 'h5', 'www', 'wap'])}.{root}.{tld}/{path}"
    return f"{r.choice(['t', 'url', 'dwz', 'c'])}.{root[:4]}{r.randint(1, 99)}.{tld}/{path}"


def slots(r):
    bank, hot = r.choice(BANKS)
    pbank, _ = r.choice(BANKS)
    city = r.choice(CITIES)
    mon = r.randint(1, 12)
    day = r.randint(1, 28)
    nm = rname(r)
    S = {
        "name": nm, "sur": nm[0], "xing": nm[0] + r.choice(["先生", "女士"]),
        "payee": rname(r), "xname": r.choice(SUR) + r.choice(["经理", "主管", "专员", "组长", "老师", "律师", "助理"]),
        "bank": bank, "hot": hot, "pbank": pbank, "lender": r.choice(LENDERS), "lender2": r.choice(LENDERS),
        "amt": ramt(r), "amt2": ramt(r, 300, 9000), "fee": ramt(r, 200, 3000), "small": ramt(r, 30, 400),
        "tail": f"{r.randint(0, 9999):04d}", "mob": fmt_mob(r, rmob(r)), "vmob": rmob(r, True),
        "mob2": rmob(r), "acct": racct(r), "url": rurl(r), "city": city, "dist": r.choice(DISTRICTS),
        "date": f"{mon}月{day}日", "date2": f"2026年{mon}月{day}日", "hour": f"{r.randint(9, 20)}:{r.choice(['00', '30'])}",
        "case": f"（2026）{r.choice(['京', '沪', '粤', '浙', '川', '鄂', '陕', '苏', '渝', '豫', '湘', '皖'])}{r.randint(1, 19):02d}{r.randint(1, 99):02d}民初{r.randint(1000, 39999)}号",
        "firm": r.choice(FIRMS), "gh": str(r.randint(1000, 99999)), "id4": f"{r.randint(0, 9999):04d}",
        "qq": str(r.randint(10 ** 7, 10 ** 10 - 1)), "wx": r.choice(["hk", "tj", "fw", "kf", "zx", "ls", "ts", "jz"]) + str(r.randint(1000, 99999)),
        "courier": r.choice(COURIERS), "plat": r.choice(PLATFORMS), "item": r.choice(ITEMS),
        "order": "".join(str(r.randint(0, 9)) for _ in range(r.choice([12, 13, 15]))),
        "days": str(r.randint(3, 400)), "code": f"{r.randint(0, 999999):06d}", "room": f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        "police": f"{city}市公安局{r.choice(DISTRICTS)[:-1]}分局", "officer": r.choice(SUR) + r.choice(["警官", "警官", "队长", "科长"]),
        "n1": str(r.randint(2, 9)), "pct": str(r.choice([10, 15, 20, 30, 40, 50])), "rmb": str(r.choice([5, 8, 10, 12, 15, 20, 30])),
    }
    S["court"] = f"{city}市{S['dist']}人民法院"
    S["arb"] = f"{r.choice(CITIES)}{r.choice(['', '市'])}仲裁委员会"
    S["med"] = r.choice([f"{city}金融纠纷调解中心", f"{S['firm']}调解中心", f"华信{r.choice(['诉前', '金融', '民商事'])}调解中心", f"{city}市{S['dist']}人民调解委员会", "中金信调解中心", f"{S['firm']}金融调解服务中心"])
    S["law"] = r.choice([f"{S['firm']}律师事务所", f"{S['firm']}法务", f"{S['firm']}法律服务中心", f"{S['firm']}法务部", f"{city}{S['firm']}律所"])
    return S


def fill(t, S):
    return t.format_map(S)


def pick(r, *opts):
    return r.choice(opts)


# ----------------------------------------------------------------------------------------------
# transforms
SEP_WORDS = ["逾期", "征信", "冻结", "解冻", "转账", "账户", "法院", "传票", "起诉", "立案", "执行", "仲裁", "律师函",
             "调解", "洗钱", "公安", "通缉", "银监会", "监管", "刷单", "返利", "兼职", "日结", "垫付", "佣金", "退款",
             "理赔", "减免", "罚息", "失信", "还款", "催收", "保证金", "诉讼费", "信用卡", "安全账户", "备用金", "点赞"]
TRAD = {"贷": "貸", "还": "還", "账": "賬", "冻": "凍", "结": "結", "款": "款", "债": "債", "银": "銀", "征": "徵",
        "诉": "訴", "讼": "訟", "执": "執", "调": "調", "解": "解", "费": "費", "单": "單", "佣": "傭", "门": "門",
        "证": "證", "监": "監", "会": "會", "罚": "罰", "务": "務", "审": "審", "书": "書", "号": "號", "联": "聯",
        "系": "係", "请": "請", "额": "額", "现": "現", "钱": "錢", "兑": "兌", "关": "關", "转": "轉", "处": "處", "理": "理"}
HOMO = [("征信", "正信"), ("逾期", "逾其"), ("贷款", "代款"), ("冻结", "冻洁"), ("律师函", "律师涵"), ("传票", "传漂"),
        ("微信", "薇信"), ("刷单", "唰单"), ("佣金", "拥金"), ("起诉", "起述"), ("银监会", "银建会"), ("信用卡", "信用咔"),
        ("支付宝", "支fu宝"), ("花呗", "花唄"), ("借呗", "借唄"), ("法院", "法苑"), ("账户", "帐户"), ("退款", "退kuan"),
        ("公安", "公an"), ("转账", "转zhang")]
PINYIN = [("征信", "zx"), ("逾期", "yq"), ("还款", "hk"), ("花呗", "hb"), ("借呗", "jb"), ("信用卡", "xyk"), ("微信", "vx"),
          ("刷单", "sd"), ("兼职", "jz"), ("起诉", "qs")]
IMH = ["薇信", "V信", "vx", "➕V", "威信", "wx", "卫星", "VX", "v❤", "徽信"]
EMO = ["⚠️", "❗", "📞", "💰", "✅", "🔥", "📢", "👉", "‼️", "🈶", "⭕", "💳", "🏦", "📌"]
SEPS = [" ", ".", "*", "丨", "-", "·", "_", "~", "/", "'", "、", "❤"]
FW = str.maketrans("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
CNUM = dict(zip("0123456789", "零幺二三四五六七八九"))
CNUM2 = dict(zip("0123456789", "〇一二三四五六七八九"))
MOB_RE = re.compile(r"(?<![0-9])1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])")
URL_RE = re.compile(r"(https?://)?[a-z0-9.-]+\.(top|vip|cc|xyz|ink|icu|shop|cn\.com|net\.cn|site|live|club)(/[a-z0-9]+)?")


def _sep_word(r, text, w):
    s = r.choice(SEPS)
    return text.replace(w, s.join(w), 1 if r.random() < 0.6 else 2)


def _mob_obf(r, m):
    d = re.sub(r"[^0-9]", "", m)
    k = r.random()
    if k < 0.25:
        return d.translate(FW)
    if k < 0.45:
        return "".join(CNUM[c] for c in d)
    if k < 0.6:
        return "".join(CNUM2[c] for c in d)
    if k < 0.8:
        cut = [r.randint(1, 3), r.randint(4, 6), r.randint(7, 9)]
        return " ".join([d[:cut[0]], d[cut[0]:cut[1]], d[cut[1]:cut[2]], d[cut[2]:]])
    return "-".join(d[i:i + 2] for i in range(0, 11, 2))


def _url_obf(r, u):
    k = r.random()
    if k < 0.35:
        return u.replace(".", " 。 ", 1).replace("https://", "").replace("http://", "")
    if k < 0.6:
        return u.replace(".", "点", 1)
    if k < 0.8:
        return u.replace(".", " . ")
    return u.replace("http", "hxxp") if "http" in u else u.replace(".", "[.]")


def evade(r, text, strength=None):
    """Apply 2-4 evasion tricks; returns (text, changed)."""
    orig = text
    tricks = ["sep", "sep", "trad", "homo", "pinyin", "im", "mob", "url", "emoji", "fw"]
    r.shuffle(tricks)
    n = strength or r.randint(2, 4)
    done = 0
    for t in tricks:
        if done >= n:
            break
        before = text
        if t == "sep":
            ws = [w for w in SEP_WORDS if w in text]
            for w in r.sample(ws, min(len(ws), r.randint(1, 3))):
                text = _sep_word(r, text, w)
        elif t == "trad":
            chars = [c for c in TRAD if c in text]
            for c in r.sample(chars, min(len(chars), r.randint(2, 6))):
                text = text.replace(c, TRAD[c])
        elif t == "homo":
            hs = [h for h in HOMO if h[0] in text]
            for a, b in r.sample(hs, min(len(hs), r.randint(1, 2))):
                text = text.replace(a, b)
        elif t == "pinyin":
            ps = [p for p in PINYIN if p[0] in text]
            for a, b in r.sample(ps, min(len(ps), r.randint(1, 2))):
                text = text.replace(a, b, 1)
        elif t == "im":
            if "微信" in text:
                text = text.replace("微信", r.choice(IMH))
            elif "QQ" in text:
                text = text.replace("QQ", r.choice(["扣扣", "🐧", "企鹅", "Q"]))
        elif t == "mob":
            text = MOB_RE.sub(lambda m: _mob_obf(r, m.group(0)), text)
        elif t == "url":
            text = URL_RE.sub(lambda m: _url_obf(r, m.group(0)), text)
        elif t == "emoji":
            parts = re.split(r"([，。,！!；])", text)
            for _ in range(r.randint(2, 4)):
                i = r.randrange(len(parts))
                parts[i] = parts[i] + r.choice(EMO)
            text = "".join(parts)
        elif t == "fw":
            text = re.sub(r"(?<![0-9A-Za-z/.])([A-Za-z]{1,3}|\d{4,})(?![0-9A-Za-z/.])", lambda m: m.group(0).translate(FW), text, count=3)
        if text != before:
            done += 1
    return text, text != orig


ASR_HOMO = [("花呗", "花贝"), ("借呗", "借贝"), ("微粒贷", "微利贷"), ("征信", "正信"), ("白条", "白调"), ("金条", "金调"),
            ("逾期", "逾其"), ("银监会", "银建会"), ("银保监会", "银宝监会"), ("停息挂账", "停息挂帐"), ("传票", "船票"),
            ("法院", "法员"), ("仲裁", "重裁"), ("洗钱", "洗前"), ("通缉令", "通缉另"), ("检察院", "检查院"),
            ("备用金", "备用今"), ("理赔", "理培"), ("刷单", "刷丹"), ("返利", "反利"), ("佣金", "用金"), ("账户", "帐户"),
            ("律师函", "律师涵"), ("失信", "实信"), ("冻结", "动结"), ("调解", "条解"), ("美团", "美图"), ("度小满", "杜小满"),
            ("人民银行", "人名银行"), ("公安局", "公安据"), ("立案", "例案"), ("会议", "会意"), ("共享", "供享"),
            ("对接账户", "对接帐号"), ("快递", "快地"), ("客服", "刻服")]


DIG = "零一二三四五六七八九"


def _cn_int(n):
    if n == 0:
        return "零"
    units = ["", "十", "百", "千"]
    def four(x):
        out, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d:
                if zero:
                    out += "零"
                out += ("两" if d == 2 and i >= 2 else DIG[d]) + units[i]
                zero = False
            elif out:
                zero = True
        return out
    hi, lo = divmod(n, 10000)
    s = (("两" if hi == 2 else four(hi)) + "万" if hi else "") + ("零" if hi and 0 < lo < 1000 else "") + (four(lo) if lo else "")
    return s[1:] if s.startswith("一十") else s


def spoken_amount(a):
    a = a.replace(",", "")
    yuan, _, fen = a.partition(".")
    s = _cn_int(int(yuan)) + "块"
    if fen and fen != "00":
        if fen[0] != "0":
            s += DIG[int(fen[0])] + "毛"
        if fen[1] != "0":
            s += ("零" + DIG[int(fen[1])] + "分") if fen[0] == "0" else DIG[int(fen[1])]
    return s


def asr(r, text):
    """Turn a labelled dialogue into an ASR run-on line with homophone errors; returns (text, homophone_used)."""
    lines = [re.sub(r"^[^：:]{1,6}[：:]", "", ln).strip() for ln in text.split("\n") if ln.strip()]
    t = " ".join(lines) if r.random() < 0.5 else "".join(lines)
    spoken = r.random() < 0.6
    t = re.sub(r"(?<![0-9])\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?![0-9])|(?<![0-9 ])\d{2,6}\.\d{2}(?![0-9])",
               lambda m: spoken_amount(m.group(0)) if spoken else m.group(0).replace(",", "").replace(".", "\x00"), t)
    if r.random() < 0.4:
        t = re.sub(r"\d[\d ]{9,}\d", lambda m: "".join(("幺" if c == "1" and r.random() < 0.5 else DIG[int(c)]) for c in m.group(0) if c.isdigit()), t)
    t = re.sub(r"[，。、！？；：,.!?;:“”\"（）()…—]+", lambda m: " " if r.random() < 0.45 else "", t)
    t = t.replace("\x00", "点" if r.random() < 0.5 else ".")
    used = False
    cands = [h for h in ASR_HOMO if h[0] in t]
    for a, b in r.sample(cands, min(len(cands), r.randint(2, 4))):
        t = t.replace(a, b)
        used = True
    t = re.sub(r"\s+", " ", t).strip()
    return t, used


def sloppy(r, text):
    k = r.random()
    if k < 0.4:
        text = re.sub(r"[，,]", " ", text)
        text = text.replace("。", " ")
    elif k < 0.7:
        text = text.replace("，", ",").replace("。", ".").replace("：", ":").replace("！", "!")
    else:
        text = re.sub(r"[。，]", "", text, count=r.randint(2, 5))
    return re.sub(r" +", " ", text).strip()


def sign(r, text, sig):
    """Attach a signature at the start or end, with 【】 or []."""
    k = r.random()
    if k < 0.5:
        return f"【{sig}】{text}"
    if k < 0.8:
        return f"{text}【{sig}】"
    if k < 0.9:
        return f"[{sig}]{text}"
    return f"{text}[{sig}]"


def port(r, hot=None):
    if hot:
        return r.choice(["1069", "10690", "106980", "10698", "1068"]) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(0, 4))) + hot
    return r.choice(["1069", "10690", "1068", "10657", "10655", "10691"]) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(6, 10)))


def scam_sender(r, S):
    k = r.random()
    if k < 0.35:
        return rmob(r)
    if k < 0.5:
        return rmob(r, True)
    if k < 0.7:
        return port(r)
    if k < 0.8:
        return "+86" + rmob(r)
    if k < 0.87:
        return r.choice(["00852", "0060", "0066", "00855", "+63"]) + "".join(str(r.randint(0, 9)) for _ in range(9))
    return None


def call_sender(r, S):
    k = r.random()
    if k < 0.35:
        return rmob(r)
    if k < 0.5:
        return rmob(r, True)
    if k < 0.62:
        return r.choice(["010", "021", "020", "0755", "027", "028", "029", "0571", "023", "0371"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
    if k < 0.72:
        return r.choice(["400", "800"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if k < 0.82:
        return r.choice(["00852", "+855", "+63", "0060", "+95"]) + "".join(str(r.randint(0, 9)) for _ in range(9))
    return None


# ----------------------------------------------------------------------------------------------
# group registry
GROUPS = []


def group(family, slug, channel, n, sender=None, hard=False, p_eva=0.0, p_asr=0.0, p_sloppy=0.15, force_eva=False):
    def deco(fn):
        GROUPS.append(dict(family=family, slug=slug, channel=channel, n=n, fn=fn, sender=sender, hard=hard,
                           p_eva=p_eva, p_asr=p_asr, p_sloppy=p_sloppy, force_eva=force_eva))
        return fn
    return deco


def J(*parts):
    return "".join(p for p in parts if p)


# ============================== fake_collection ==============================
@group("fake_collection", "card-frozen-call-mobile", "sms", 16, p_eva=0.3)
def fc_frozen(r, S):
    head = pick(r, "尊敬的客户，", "尊敬的{bank}用户：", "{name}您好，", "【温馨提示】", "", "您好！", "客户{sur}**：")
    body = pick(r,
        "您尾号{tail}的{bank}信用卡因逾期{days}天已被冻结，",
        "您名下{bank}信用卡（尾号{tail}）因长期逾期未还，已列入停卡名单并冻结，",
        "系统检测到您的信用卡存在逾期记录，卡片已临时冻结，",
        "您的信用卡因逾期影响征信，现已冻结，",
        "因您逾期未处理，您的{bank}信用卡及名下储蓄卡即将冻结，",
        "您的信用卡因拖欠{amt}元被风控，现已停用冻结，")
    act = pick(r,
        "请于24小时内致电{mob}办理解冻，",
        "如需解冻请联系专属客服{mob}（{xname}），",
        "解冻请速拨{mob}，",
        "请尽快联系{xname}：{mob}处理，",
        "详询解冻专线{mob}，",
        "请本人致电{mob}核实并办理恢复，")
    tail = pick(r, "逾期未处理将上报征信中心。", "过时将永久停卡并影响征信。", "否则将移交法务。", "", "谢谢配合。",
                "超时系统将自动上报人行。", "请勿忽视！")
    t = fill(J(head, body, act, tail), S)
    if r.random() < 0.4:
        t = sign(r, t, pick(r, S["bank"], S["bank"] + "信用卡中心", "信用卡中心", "银行客服", "风控中心"))
    return t


@group("fake_collection", "today-transfer-reduce", "sms", 14, p_eva=0.25)
def fc_reduce(r, S):
    opens = [
        "{name}，你在{lender}的欠款{amt}元已逾期{days}天，",
        "通知：{sur}先生/女士名下{lender}账单严重逾期，",
        "{lender}逾期客户{name}：",
        "我是{lender}贷后部{xname}，",
        "您的{lender}案件已分配到我处，",
        "关于您{lender}的欠款，",
    ]
    offers = [
        "今天转到下面这个账户可以减免全部罚息，只需还本金{amt2}元，",
        "公司本月有减免名额，今日内打到指定账户可减免{pct}%，",
        "现给你一次结清机会，今天{hour}前转入以下账户即可结清并销账，",
        "领导特批减免，只收{amt2}，今天必须到账，",
        "今日处理可免除违约金，过了今天按全额{amt}追缴，",
    ]
    accts = [
        "户名：{payee}，卡号：{acct}（{pbank}）。",
        "收款人{payee} {pbank} {acct}",
        "账户：{acct} 开户行：{pbank} 姓名：{payee}，",
        "对公账户暂时维护，请转至经办人{payee}名下{pbank}卡{acct}。",
        "收款账号{acct}，{payee}。",
    ]
    ends = ["转完截图发我。", "到账后系统自动销账。", "转好回复已还。", "过期不候。", "", "有疑问联系{mob}。", "转账备注你的身份证后四位{id4}。"]
    return fill(J(r.choice(opens), r.choice(offers), r.choice(accts), r.choice(ends)), S)


@group("fake_collection", "qr-code-repay", "sms", 12, p_eva=0.3)
def fc_qr(r, S):
    a = pick(r,
        "{name}，{lender}欠款{amt}元今天是最后期限，",
        "您的{bank}信用卡欠款已转入催收阶段，",
        "{lender}催收中心通知：",
        "关于你拖欠的{amt}元，",
        "贷后管理提醒：您的{lender}账户已逾期，")
    b = pick(r,
        "为方便处理，请加微信{wx}，我发收款码给你，扫码还款即可。",
        "官方通道拥堵，请扫描我方提供的支付宝收款二维码完成还款。",
        "可直接微信扫码还款，二维码已发送至您的短信附件，请在{hour}前完成。",
        "还款请添加经办人微信{mob}，通过二维码转账，当天消除逾期。",
        "请联系{mob}获取还款码，扫码支付后我们立即停止上报。",
        "今日起改为扫码还款，码见 {url}，付款后截图回传。")
    c = pick(r, "逾期不处理将上门。", "", "别再拖了。", "拖延后果自负。", "否则今晚开始联系紧急联系人。")
    return fill(J(a, b, c), S)


@group("fake_collection", "threat-family-work", "sms", 14, p_eva=0.3)
def fc_threat(r, S):
    a = pick(r, "{name}：", "最后通牒：", "【重要】", "{sur}**，", "", "通知{name}：")
    b = pick(r,
        "你在{lender}的借款已逾期{days}天，罚息从今天起翻倍，",
        "你的欠款已进入失信名单预录入程序，",
        "公司已安排外访人员{date}上门到你户籍地{city}核实，",
        "你的逾期信息将同步至你单位人事部门和通讯录全部联系人，",
        "你的逾期将影响子女入学政审和考公，",
        "你名下{amt}元欠款罚息每天翻倍增长，")
    c = pick(r,
        "想避免的话今天把{amt2}元转到专员{payee}的卡上：{acct}。",
        "唯一处理方式：今天内转账{amt2}至{pbank}{acct}（{payee}）。",
        "立即转账到指定账户可撤销，联系{mob}。",
        "现在处理还来得及，加微信{wx}转账。",
        "马上打款{amt2}到{payee}支付宝{mob2}可以撤回。",
        "半小时内联系{mob}，转账后即可撤销记录。")
    d = pick(r, "", "别让家人替你丢脸。", "不要心存侥幸。", "后果自负。", "我们说到做到。", "不回复视为放弃协商。")
    return fill(J(a, b, c, d), S)


@group("fake_collection", "mediation-account", "sms", 12, p_eva=0.2)
def fc_mediation(r, S):
    a = pick(r,
        "【{med}】{name}您好，您与{lender}的借款纠纷已委托我中心调解，",
        "{med}通知：您在{lender}的逾期款项已进入调解程序，",
        "您好，这里是{med}，受{bank}委托处理您的信用卡欠款，",
        "{name}，{lender}已将你的案件转至{med}，")
    b = pick(r,
        "请将调解款{amt2}元转入中心调解账户：{acct}，户名{payee}。",
        "调解还款须转入调解专用账户（{pbank}，{acct}，户名{payee}），原平台通道已关闭。",
        "为避免进入诉讼，请今日将首期{amt2}元存入调解账户，账户信息请联系调解员{xname}{mob}获取。",
        "请通过调解专户还款，专户为{payee}个人代收账户{acct}，到账即出具调解书。")
    c = pick(r, "逾期未缴视为调解失败，将移送法院。", "不要再往原平台还款，以免重复扣款。", "", "调解成功后可免除全部利息。", "请勿告知他人，以免影响调解结果。")
    return fill(J(a, b, c), S)


@group("fake_collection", "repay-link-phish", "sms", 12, p_eva=0.3)
def fc_link(r, S):
    a = pick(r,
        "您的{lender}账单已逾期，为避免影响征信，请立即登录{url}完成还款。",
        "{bank}信用卡逾期提醒：尾号{tail}欠款{amt}元，点击{url}在线清偿，可减免违约金。",
        "您有一笔{amt}元欠款即将移交司法，查看详情及还款：{url}",
        "逾期协商入口已开启，{date}前登录{url}提交还款可撤销逾期记录。",
        "{name}，您的{lender}欠款已转委外，请通过专属还款页{url}处理，原App还款无效。",
        "尊敬的用户，您的分期账户异常并已逾期，请点 {url} 验证身份后还款，否则冻结名下账户。")
    t = fill(a, S)
    if r.random() < 0.5:
        t = sign(r, t, pick(r, S["lender"], S["bank"], "贷后中心", "还款中心", "金融服务"))
    return t


@group("fake_collection", "keyword-free-handler", "sms", 12, hard=True)
def fc_kwfree(r, S):
    a = pick(r,
        "{name}你好，你在我们这边那笔款子对接人换成我了，今天下午之前打到我名下就行，{pbank}{acct}，{payee}，打完发个截图给我销掉。",
        "{sur}哥，上次说好的{amt2}今天能到吗？公司账户这两天在审计，先走我个人卡{acct}，晚上给你出结清证明。",
        "您好，您那边的事情我已经跟领导申请了，今天处理只要{amt2}，账户发你：{payee} {acct}，处理完以后就不会再有人打扰您家里。",
        "{name}，单子在我手上压了一周了，今天再不走我就只能按流程往上交。转{amt2}到{payee}的卡{acct}，我这边给你关掉。",
        "关于你的那笔{amt}，我这边可以帮你做个了结，只要今天把{amt2}转给我们的经办人{payee}（{acct}），后面的事我来处理。",
        "{xing}，我是负责您账款的{xname}，电话{mob}。今天的处理额度是{amt2}元，走经办人账户{acct}，到账后我给您开结清单。",
        "{name}，你{date}的那笔账今天到期处理，别走APP了那边卡着，直接给我转，{acct} {payee}，我这边比系统快。")
    return fill(a, S)


@group("fake_collection", "forged-bank-template", "sms", 16, hard=True, sender="spoof_bank")
def fc_forged(r, S):
    a = pick(r,
        "尊敬的客户：您尾号{tail}的信用卡截至{date}已逾期{days}天，欠款{amt}元，卡片已止付。请于3个工作日内联系信用卡中心专线{mob}办理恢复。",
        "您尾号{tail}的{bank}信用卡本期账单{amt}元已逾期，因多次提醒未还款，我行已冻结卡片额度。如需恢复请致电客户经理{xname}{mob}。",
        "截至{date}，您尾号{tail}的贷记卡透支{amt}人民币，账户已逾期。为避免影响您的信用记录，请将欠款转入我行指定还款账户{acct}（户名{payee}）。",
        "您尾号{tail}信用卡逾期{days}天，欠款{amt}元。我行可为您办理逾期减免，请添加专属客服微信{wx}办理。",
        "温馨提示：您的信用卡最低还款额{amt2}元已逾期，卡片已冻结。解冻热线{mob}，仅限本人致电。",
        "您尾号{tail}的账户因逾期已被列入风险名单，为保障您的权益，请于今日内联系贷后专员{mob}确认还款方案。",
        "您在我行的信用卡欠款{amt}元已逾期{days}天，请通过以下还款账户还款：{pbank} {acct} 收款人{payee}。还款后请回复本短信确认。")
    t = fill(a, S)
    sig = pick(r, S["bank"], S["bank"][:2] + "信用卡", S["bank"] + "信用卡中心")
    return sign(r, t, sig)


@group("fake_collection", "wechat-group-pay", "sms", 8, p_eva=0.4)
def fc_group(r, S):
    a = pick(r,
        "{lender}逾期用户请扫码进入“{lender}还款协商{n1}群”，群内由财务统一收款，可减免利息。",
        "你已被拉入债务处理群，群号{qq}，请尽快入群按群公告转账还款，逾期不入群视为拒绝还款。",
        "逾期集中清收通知：请加QQ{qq}进群登记，群管理员将发放还款账户，今日登记可免违约金。",
        "{name}，你的案子已经转到我们这里，加微信{wx}进群，群里有还款账号，按群里的比例先还一部分。",
        "【清收通知】所有{lender}逾期用户统一加微信群处理，联系人{xname}，微信{mob}，群内转账当天销账。")
    return fill(a, S)


def D(r, S, turns):
    """turns: list of (speaker, [alternatives]) or (speaker, str); None alternatives are skipped."""
    out = []
    for sp, alts in turns:
        t = r.choice(alts) if isinstance(alts, (list, tuple)) else alts
        if t:
            out.append(f"{sp}：{fill(t, S)}")
    sps = [ln.split("：", 1)[0] for ln in out]
    callee = next((x for x in sps if x in ("我", "B", "客户", "家属", "被叫")), None)
    caller = next((x for x in sps if x != callee), None)
    if callee and caller and len(out) > 3 and r.random() < 0.35:
        i = r.randint(1, len(out) - 2)
        out.insert(i, r.choice([f"{callee}：喂？喂？听得到吗？", f"{callee}：等一下，你说慢一点。", f"{callee}：嗯…", f"{callee}：啊？什么？",
                                f"{caller}：你先别打断我，听我说完。", f"{caller}：喂，还在听吗？", f"{callee}：（沉默）",
                                f"{callee}：你再说一遍，刚才信号不好。", f"{caller}：我跟你讲，这事很严重。"]))
    if r.random() < 0.2:
        out.append(r.choice(["（对方挂断）", "（通话中断）", "（背景有多人说话声）", "（通话结束）", "（我挂断了电话）"]))
    return "\n".join(out)


@group("fake_collection", "collector-call-personal-card", "call", 16, sender="call", p_asr=0.3)
def fc_call1(r, S):
    ag = pick(r, "催收员", "对方", "客服", "A")
    me = pick(r, "我", "客户", "B")
    return D(r, S, [
        (ag, ["喂，是{name}吗？我这边是{lender}贷后管理部的，工号{gh}。",
              "你好，{name}本人是吧，我是{lender}委托的催收专员{xname}。",
              "喂你好，找一下{name}，我这里是{lender}风控中心。",
              "{name}是吧？别挂啊，我是处理你{lender}欠款的。"]),
        (me, ["嗯，是我，什么事？", "是我，我知道欠着呢，最近手头紧。", "你哪位？我{lender}不是还在还吗", "啊…那个，我这个月工资还没发。"]),
        (ag, ["你这笔{amt}已经逾期{days}天了，今天已经是最后处理期限，再不处理明天就报到失信。",
              "你的案件明天就要移交法务了，一旦立案，罚息翻倍，还要承担诉讼费。",
              "我跟你说，你现在这个情况公司已经准备上门了，还要通知你单位。",
              "你这个账已经分到我组里了，我们组的处理方式你应该听说过。"]),
        (me, ["那我怎么办？我在APP上还一部分行不行？", "我能不能分期？", "别通知我单位啊，我还可以的。", "那你说要还多少？"]),
        (ag, ["APP那边已经关闭你的还款通道了，现在只能走我们这边的清收账户。",
              "APP还不进去的，你账户被风控了，你得转到我们经办人的卡上，我这边手工销账。",
              "别在APP上还了，系统识别不了，你今天先转{amt2}到我同事{payee}的卡上，我给你申请停催。",
              "你现在按我说的做，加我微信{wx}，我发个账户给你。"]),
        (me, ["转到个人卡上？这不对吧。", "为什么是个人账户啊？", "嗯…能不能给我一个对公的？", "那我转了怎么保证你们给我销账？"]),
        (ag, ["对公账户到账要三天，你等得起吗？个人卡是公司授权的，转完我给你发结清证明。",
              "这是我们财务的卡，全公司都这么收，你不信可以不转，明天法院见。",
              "公司授权的代收账户，很正规，不放心你可以录音。",
              "你转还是不转？不转我就按流程走了，你家里人电话我这都有。"]),
        (me, [None, "那…我想一想。", "我先问问{lender}官方客服。", "好吧，卡号你再说一遍。"]),
        (ag, [None, "别问了，官方客服只会让你全额还。今天{hour}前必须到账。", "卡号{acct}，户名{payee}，转完截图。", "想什么想，过了今天减免就没了。"]),
    ])


@group("fake_collection", "call-to-relative", "call", 10, sender="call", p_asr=0.3)
def fc_call2(r, S):
    ag = pick(r, "对方", "催收", "A")
    me = pick(r, "我", "B", "家属")
    return D(r, S, [
        (ag, ["你好，请问是{name}的家属吗？", "喂，你认识{name}吧？他把你留成紧急联系人了。", "你好，我这是{lender}法务部，你是{name}的什么人？"]),
        (me, ["我是他{rel}，怎么了？".replace("{rel}", r.choice(["姐姐", "妈", "爸", "老婆", "哥", "同事"])), "认识，什么事？", "他出什么事了？"]),
        (ag, ["他在我们平台欠了{amt}，逾期{days}天，电话一直不接。现在公司准备起诉，起诉后要影响他工作的。",
              "他借的钱一直不还，已经涉嫌恶意逃废债，再不处理就要去派出所报案了。",
              "他欠款快一年了，明天我们的人去你们{city}的家里走访。"]),
        (me, ["那你们找他啊，跟我说有什么用？", "他欠多少？我能不能先帮他还一点？", "真的假的？你们是哪个公司？"]),
        (ag, ["你作为家属可以先代他处理一下，今天交{amt2}就能暂停起诉，钱转到我们法务专员{payee}的卡上。",
              "只要今天有人帮他还{amt2}，我这边就能撤案，账户我发你短信，户名{payee}。",
              "你加我微信{wx}，我把账户和还款证明发你，你帮他转一下，事情就结了。"]),
        (me, ["转给个人？我得先问问他。", "我先联系他本人再说。", "你把你们公司电话给我，我打过去核实。"]),
        (ag, ["你可以问，但他要是被起诉了别怪我们没提醒，今天{hour}之后就撤不了了。", "核实什么核实，号码就是我这个，你不转我们就按程序走。", "行，你自己掂量，他的事影响的是你们全家。"]),
    ])


@group("fake_collection", "settle-discount-call", "call", 14, sender="call_bank", p_asr=0.35)
def fc_call3(r, S):
    return D(r, S, [
        ("客服", ["{xing}您好，我这边是{lender}的协商中心，看您账户逾期了一段时间，今天给您打电话是有一个好消息。",
                 "您好，请问是{name}吗，这里是{bank}信用卡中心的清收部门，关于您的欠款有个减免方案。",
                 "喂，{name}，我是{lender}的{xname}，您的欠款这个月可以申请特殊减免。"]),
        ("我", ["什么减免？", "嗯你说。", "我之前打过你们电话说不能减免啊。", "我现在真还不上。"]),
        ("客服", ["公司这个月做年度核销，您欠款{amt}，只要今天一次性结清{amt2}，剩下的全部免掉。",
                 "您这种情况我们给您申请到了{pct}%的减免，但需要您今天把首付{amt2}先转过来锁定名额。",
                 "我们有个内部的结清通道，只收本金的一部分，名额有限。"]),
        ("我", ["怎么还？在APP上还吗？", "APP上能看到这个方案吗？", "那我直接在手机银行还可以吧。"]),
        ("客服", ["这个是线下方案，APP上看不到的，您需要转到我们的核销专户，户名{payee}，{pbank}，卡号{acct}。",
                 "APP上还的话按全额算，您转到我们清算账户才能享受减免，账户我等下短信发您。",
                 "不能走手机银行还款，那是全额，您要通过我们的核销账户，钱转过来我们这边手动冲账。"]),
        ("我", ["这个户名怎么是个人的？", "我怎么知道你们是真的？", "好，那我转了以后怎么确认？"]),
        ("客服", ["这是我们核销组组长的账户，公司统一授权的，您放心。转完把截图发给我，三个工作日内征信就更新。",
                 "您可以记一下我的工号{gh}，有问题随时找我，这个方案今天{hour}截止。",
                 "您要是不放心就别办，但过了今天您得全额还{amt}外加罚息。"]),
    ])


@group("fake_collection", "collection-asr-runon", "call", 14, sender="call", p_asr=1.0)
def fc_call4(r, S):
    return D(r, S, [
        ("A", ["喂你好是{name}吧我这边是{lender}的催收部门你那个欠款{amt}今天必须处理",
               "喂{name}我是{lender}法务这边的你的账逾期{days}天了知道吧",
               "你好这边是{bank}信用卡逾期处理中心的你卡已经冻结了"]),
        ("B", ["嗯我知道我这个月真没钱", "你说吧要我怎么弄", "我下个月发工资就还"]),
        ("A", ["下个月来不及了今天不处理罚息翻倍还要上你的征信纳入失信名单你孩子上学都受影响",
               "你不处理我们明天就去你户籍地走访顺便跟村委会说一下",
               "今天不还你单位领导就会收到通知函"]),
        ("B", ["那我能还多少算多少吗", "那怎么办嘛", "你别找我单位啊"]),
        ("A", ["你先转{amt2}到我们专员的卡上卡号我念给你{acct}户名{payee}转完了我给你申请停催",
               "你加我微信我给你发个收款码你先付{amt2}表示还款意愿",
               "APP那个通道已经关了你转到我们对公的代收人{payee}那张卡上就行"]),
        ("B", ["转到个人卡上能行吗", "好吧", "我得问问我老公"]),
        ("A", ["能行公司授权的转完截图发我就这样", "问什么问今天下午五点之前不到账你自己看着办", "你别磨蹭了"]),
    ])


@group("fake_collection", "card-frozen-callback-call", "call", 10, sender="call_bank", p_asr=0.3)
def fc_call5(r, S):
    return D(r, S, [
        ("对方", ["您好，这里是{bank}信用卡中心，您尾号{tail}的信用卡因逾期已被系统冻结，请问是{name}本人吗？",
                 "您好{xing}，您的{bank}信用卡因为逾期被风控了，现在打不开，我们这边帮您做解冻。",
                 "喂，{name}吗？你信用卡已经停了你知道吗，逾期太久被冻了，我是银行风控部的。"]),
        ("我", ["冻结了？我上周还了最低还款啊。", "我怎么没收到通知？", "那要怎么解？"]),
        ("对方", ["最低还款不算，系统判定您恶意拖欠。解冻的话需要您先把逾期金额{amt2}转到我们的过渡账户，系统核实后自动解冻。",
                 "解冻要走人工流程，您把逾期款加解冻费{fee}元一起转到风控专员的账户，今天就能恢复。",
                 "要解冻得先缴一笔保证金{fee}，证明您有还款能力，保证金七天后原路退回。"]),
        ("我", ["过渡账户是什么？为什么不是还到信用卡？", "解冻还要收费？", "我打{hot}问一下吧。"]),
        ("对方", ["卡已经冻结了，直接还到卡上是进不去的，只能走过渡账户，户名{payee}，卡号{acct}。",
                 "{hot}那边现在查不到的，冻结是我们风控这边操作的，只有我们能解。",
                 "您要打就打，不过冻结期间每天按日万分之五加收违约金，您自己算。"]),
        ("我", [None, "那我先记一下。", "我还是去网点问问吧。"]),
        ("对方", [None, "网点处理不了，您记一下我的手机{mob}，转完给我打电话。", "您今天不办明天就上征信了。"]),
    ])


# ============================== fake_legal ==============================
@group("fake_legal", "robocall-summons-press9", "call", 14, sender="call", p_asr=0.4)
def fl_robo(r, S):
    rec = pick(r,
        "（语音播报）您好，这里是{court}，您有一张法院传票未领取，今天是最后送达期限，逾期将依法缺席审理。如需查询请按9转人工服务。",
        "（录音）您好，您有一份来自{court}的传票，因多次投递未果，请在今天下午五点前处理，详情请按9，重听请按1。",
        "【自动语音】这里是人民法院诉讼服务中心，您涉及一起金融借款合同纠纷，法院已签发传票，请按九号键转接书记员。",
        "（机器人声音）您好，您名下有一张传票即将过期，若不处理将被列入失信被执行人名单，人工服务请按9。",
        "（语音）尊敬的客户，您的{bank}信用卡已被起诉，法院传票已下达，了解详情请按9。")
    human = pick(r,
        "书记员：您好，这里是{court}立案庭，请报一下您的姓名和身份证号。",
        "客服：您好，这边是法院诉讼服务中心，工号{gh}，请问您的姓名？",
        "对方：喂你好，法院这边，你有个案子，请问你叫什么？")
    me1 = pick(r, "我：我叫{name}，什么案子？", "我：{name}，我没收到什么传票啊。", "我：你们哪个法院？我没欠谁钱。")
    hm2 = pick(r,
        "书记员：查到了，{lender}起诉您借款合同纠纷，案号{case}，明天上午开庭。如果想撤诉，今天需要把和解金{amt2}元转到和解账户，户名{payee}。",
        "客服：您涉及的是信用卡恶意透支，案子已经移交，要是不想被强制执行，需要先交诉讼保全费{fee}元，账户我稍后通过短信发给您。",
        "对方：你这个案子是{bank}起诉的，现在可以庭前和解，你加一下我们法官助理的微信{wx}，他会告诉你怎么交和解款。",
        "书记员：系统显示你涉嫌一起洗钱案件被异地法院立案，我给你转接{city}公安经侦支队，你别挂。")
    me2 = pick(r, "我：交钱给个人账户？法院不是这样的吧。", "我：我先去法院官网查一下。", "我：好…你等一下我找笔。", "")
    hm3 = pick(r, "书记员：你查不到的，这是内部系统。今天下班前不交，明天法警就上门。",
               "客服：可以查，但今天之后就来不及撤诉了，你自己决定。", "对方：快点，我这边还有别的当事人等着。", "")
    parts = [rec]
    if r.random() < 0.85:
        parts += [human, me1, hm2, me2, hm3]
    return fill("\n".join(p for p in parts if p), S)


@group("fake_legal", "court-sms-fake-link", "sms", 14, p_eva=0.3)
def fl_link(r, S):
    a = pick(r,
        "{name}您好，您涉及的金融借款合同纠纷案已由{court}受理，案号{case}，请于{date}前登录{url}查看起诉书并确认送达。",
        "您有一份法院电子传票待签收，签收地址：{url} ，逾期未签收视为拒收，法院将依法缺席判决。",
        "【{court}】立案通知：原告{lender}诉您借款纠纷一案已立案，请点击{url}查看电子卷宗，联系书记员{mob}。",
        "{court}通知：你名下有强制执行案件一件，执行标的{amt}元，请登录{url}申报财产，拒不申报将予以司法拘留。",
        "电子送达：{name}，您的民事诉讼材料已上传至法院诉讼平台，点击 {url} 输入身份证号查收，{date}开庭。",
        "关于{name}拖欠{lender}款项一案，法院已出具判决，查阅判决书及履行方式请进入{url}。")
    return fill(a, S)


@group("fake_legal", "enforcement-freeze-pay", "sms", 12, p_eva=0.3)
def fl_enforce(r, S):
    a = pick(r, "【执行通知】", "执行局通知：", "{name}：", "强制执行告知书：", "", "{court}执行局：")
    b = pick(r,
        "你与{lender}借款纠纷一案已进入强制执行程序，法院将于{date}冻结你名下银行账户、微信及支付宝资产，",
        "经申请人{lender}申请，本院已对你名下财产启动查封，",
        "你拖欠的{amt}元已被申请强制执行，执行法官已签发冻结令，",
        "你因未履行生效判决已被拟纳入失信被执行人，")
    c = pick(r,
        "如需解除，请于今日将执行款{amt2}元缴入执行专户{acct}（户名{payee}）。",
        "履行请联系执行法官助理{mob}，款项转入指定执行账户后当日解冻。",
        "可缴纳执行保证金{fee}元暂缓执行，缴纳方式请咨询{xname}{mob}。",
        "请添加执行专员微信{wx}办理和解，到账即撤销执行。")
    d = pick(r, "", "逾期依法拘留。", "特此通知。", "请勿转告他人。")
    return fill(J(a, b, c, d), S)


@group("fake_legal", "arbitration-commission", "sms", 12, p_eva=0.25)
def fl_arb(r, S):
    a = pick(r,
        "【{arb}】{name}，申请人{lender}因借款合同纠纷对你提起仲裁，案件已受理，请于三日内联系仲裁秘书{xname}{mob}确认答辩，否则将缺席裁决。",
        "{arb}通知：你的网络借贷纠纷已进入仲裁程序，裁决书生效后将直接申请法院强制执行。和解请将{amt2}元转至仲裁和解账户{acct}（{payee}）。",
        "{name}你好，{arb}已受理{lender}对你的仲裁申请，仲裁费{fee}元需由你预交，缴费请加微信{wx}。",
        "仲裁受理通知：被申请人{name}，案号（2026）仲字第{gh}号，请于{date}前登录{url}提交答辩材料并缴纳受理费。",
        "{arb}秘书处：你的案件已排期裁决，如需申请调解请联系{mob}，调解成功可免除仲裁费用及罚息。")
    return fill(a, S)


@group("fake_legal", "lawyer-letter-personal", "sms", 14, p_eva=0.3)
def fl_lawyer(r, S):
    a = pick(r, "【{law}】", "{law}律师函：", "律师函（电子版）", "{name}女士/先生：", "", "致{name}：")
    b = pick(r,
        "本所受{lender}委托，就你拖欠借款{amt}元一事正式致函，",
        "我司受{bank}委托，现对你的信用卡欠款启动司法催收程序，",
        "受债权人委托，本律师现郑重告知：你的借款已逾期{days}天，",
        "你名下的{lender}欠款已由本所全权代理，",
        "因你长期拒不还款，委托方已授权我所采取法律措施，")
    c = pick(r,
        "请于{date}前将欠款转入本所代收账户{acct}（户名{payee}），",
        "请于收函后48小时内联系承办律师{xname}{mob}协商，",
        "律师函原件及还款方案请查看{url}，",
        "如有异议请加承办律师微信{wx}，",
        "和解款请汇入律所代管账户：{pbank}，{acct}，{payee}，")
    d = pick(r, "逾期将向法院提起诉讼并申请财产保全，由此产生的律师费、诉讼费由你承担。", "否则本所将依法追究你的法律责任。",
             "我们将同步通知你的户籍所在地派出所。", "特此函告。", "")
    return fill(J(a, b, c, d), S)


@group("fake_legal", "mediation-center-fee", "sms", 14, p_eva=0.3)
def fl_med(r, S):
    a = pick(r,
        "【{med}】{name}，你与{lender}纠纷已进入诉前调解，需预缴调解费{fee}元，缴费后安排调解员对接，未缴费视为放弃调解，案件转入立案程序。",
        "{med}：你的案件调解已达成初步方案，只需缴纳保证金{fee}元即可签署调解协议，保证金汇入调解员{payee}账户{acct}。",
        "你好，我是{med}的调解员{xname}，你的信用卡纠纷已由银行委托我中心处理，进入诉讼前需交{fee}元诉讼费预存，联系{mob}。",
        "{name}，{med}提示：调解期仅剩1天，请尽快联系{mob}，交纳{fee}元案件受理费后可申请停止计息。",
        "诉前调解通知：{lender}已申请对你的欠款进行调解，请登录{url}签署调解确认书并支付服务费，否则由法院强制执行。",
        "{med}通知{name}：请于{hour}前缴纳调解保证金{fee}元至{pbank}{acct}（{payee}），逾期案件将直接移交{court}。")
    return fill(a, S)


@group("fake_legal", "clerk-call-preservation-fee", "call", 14, sender="call", p_asr=0.3)
def fl_call1(r, S):
    who = pick(r, "书记员", "对方", "法官助理", "A")
    me = pick(r, "我", "B", "被叫")
    return D(r, S, [
        (who, ["喂，是{name}吗？我是{court}民一庭的书记员，姓{sur2}。".replace("{sur2}", r.choice(SUR)),
               "你好，这里是{court}，我是负责你案件的法官助理，请问是{name}本人吧？",
               "{name}你好，{court}这边，关于{lender}起诉你的案子，通知你一下。"]),
        (me, ["是我，什么案子？", "我？我没收到任何法院的东西啊。", "嗯，你说。"]),
        (who, ["{lender}以借款合同纠纷起诉你，标的{amt}元，案号{case}。原告申请了诉讼保全，法院要冻结你名下的账户。",
               "你的{bank}信用卡被银行起诉了，下周开庭。现在原告提出财产保全申请，你的工资卡可能会被冻结。",
               "这个案件已经立案了，你如果不到庭就缺席判决，判决之后会直接强制执行，还会影响你出行。"]),
        (me, ["那我怎么办？", "冻结账户？我的工资还要用的。", "我能和解吗？"]),
        (who, ["你可以申请反担保解除保全，交{fee}元反担保金到法院的代管账户，判决后退还。",
               "可以庭前和解，你今天先交{amt2}的和解金，我这边帮你向法官申请撤诉，和解账户是{payee}的{pbank}卡。",
               "要撤诉的话，原告那边的律师费和诉讼费{fee}要你先垫付，你加一下我微信，我把缴费账户发你。"]),
        (me, ["法院的钱为什么转给个人？", "我去法院当面交行不行？", "那你把案号再说一遍，我查一下。"]),
        (who, ["这是法院委托的代收人，走对公流程要一周，你的账户明天就冻了。",
               "当面来也可以，但今天就截止了，你赶得过来吗？", "案号刚才说了，你查不到的，系统还没公开，别耽误时间。"]),
    ])


@group("fake_legal", "lawyer-call-lawsuit", "call", 12, sender="call", p_asr=0.3)
def fl_call2(r, S):
    return D(r, S, [
        ("对方", ["您好，我这边是{law}的{xname}，受{lender}委托，现在正式通知您，您的欠款案件我们准备起诉了。",
                 "喂，{name}，我是{law}的律师，你的{bank}信用卡债务银行已经全权委托我们处理。",
                 "你好{xing}，这边是{law}诉讼部，关于你在{lender}的借款，有几件事需要跟你确认。"]),
        ("我", ["起诉？我一直在跟{lender}协商啊。", "你们律所在哪？", "那要怎么样才能不起诉？"]),
        ("对方", ["协商已经终止了，现在只有我们有权处理。诉讼一旦开始，你的律师费、诉讼费、保全费加起来要好几千，还要上失信。",
                 "我们准备材料下周递交法院，起诉后你单位会收到协助执行通知书，工资直接被扣。",
                 "起诉之后，按合同你要承担我们全部的律师代理费，差不多是本金的{pct}%。"]),
        ("我", ["那能不能先不起诉？", "你们到底要我怎么做？", "我现在一下拿不出那么多。"]),
        ("对方", ["可以签一份庭外和解协议，今天先付{amt2}，钱打到我们律所的代收账户，户名{payee}，我们这边就撤回材料。",
                 "你先付一笔{fee}元的撤诉服务费，我这边出具撤诉函，剩下的慢慢谈。",
                 "我给你发一个和解链接{url}，你在上面签字付首款就行。"]),
        ("我", [None, "好，我看看。", "为什么不能直接还给{lender}？"]),
        ("对方", [None, "还给{lender}的话不算和解，起诉照样进行。", "今天{hour}前办，过了就没法撤了。"]),
    ])


@group("fake_legal", "legal-asr-runon", "call", 12, sender="call", p_asr=1.0)
def fl_call3(r, S):
    return D(r, S, [
        ("A", ["喂你好这里是{court}诉讼服务中心你有一个案件已经立案了请问是{name}吗",
               "你好我这边是{arb}的你的借款纠纷已经仲裁受理了",
               "您好这边是{law}的我们受{lender}委托对你提起诉讼"]),
        ("B", ["是我什么案子啊", "我没收到通知啊", "你说吧"]),
        ("A", ["你在{lender}的欠款{amt}元逾期{days}天对方已经申请强制执行了明天冻结你名下所有账户",
               "案件明天开庭你不来就缺席判决判完直接纳入失信被执行人高铁飞机都坐不了",
               "法院已经出了传票了你一直没签收现在要公告送达"]),
        ("B", ["那我现在能做什么", "能不能和解", "别冻结我账户啊我工资卡"]),
        ("A", ["你今天交一个保证金{fee}到我们这边的代管账户法官就可以暂缓执行",
               "和解的话你先转{amt2}到和解账户户名{payee}卡号{acct}转完我帮你撤",
               "你加一下书记员微信我们线上给你出和解书你付了款就撤案"]),
        ("B", ["好吧那我试试", "这个账户是法院的吗", "我想想"]),
        ("A", ["是法院委托的你放心今天下午之前", "别想了明天就执行了", "你抓紧时间"]),
    ])


@group("fake_legal", "spoofed-12368-template", "sms", 14, hard=True, sender="spoof_court")
def fl_hard(r, S):
    a = pick(r,
        "{name}，{lender}诉你金融借款合同纠纷一案（{case}）已立案，请于{date}前联系承办书记员{mob}确认送达地址。",
        "{name}您好，您的案件{case}已进入诉前调解，调解员{xname}，联系电话{mob}。",
        "当事人{name}：您有一份诉讼文书待签收，案号{case}，请通过以下链接签收：{url}",
        "{name}，你与{lender}纠纷案（{case}）已判决，请于判决生效后十日内将应付款项汇入{pbank}{acct}（{payee}）履行。",
        "您好，您被{lender}起诉一案（{case}）即将开庭，如需庭前和解请联系法官助理{mob}。",
        "{name}：你作为被告的案件{case}，本院已依法作出财产保全裁定，如需解除请于3日内与执行干警{xname}联系（{mob}）。",
        "当事人您好，{court}提醒您：案件{case}诉讼费{fee}元未缴，请于{date}前转入诉讼费代收账户{acct}，户名{payee}。")
    t = fill(a, S)
    return sign(r, t, pick(r, S["court"], "人民法院", "人民法院在线服务", S["city"] + "法院", "诉讼服务中心"))


@group("fake_legal", "evasive-summons-sms", "sms", 12, force_eva=True)
def fl_eva(r, S):
    a = pick(r,
        "{name}你已被起诉，传票今日送达截止，不想开庭就联系{mob}处理，私了可免诉讼费。",
        "法院立案通知：你的欠款纠纷已立案，执行前可和解，加微信{wx}，转账后撤诉。",
        "通知：{lender}已向法院申请对你强制执行，冻结前最后机会，速联系法务{mob}。",
        "你的起诉材料已经递交，明天开庭，和解请打{mob}，和解款转到指定账户当天撤诉。",
        "仲裁裁决已下达，执行前缴纳{fee}可暂缓，QQ{qq}。",
        "律师函已寄出，签收前联系{xname}{mob}可撤回，撤回需交撤函费{fee}元。",
        "你的案子传票已经生成，不处理明天上门送达，处理请加微信{wx}。")
    return fill(a, S)


@group("fake_legal", "keyword-light-docs", "sms", 10, hard=True)
def fl_kw(r, S):
    a = pick(r,
        "{name}，您的相关文书已在{city}寄出，因地址不详被退回。为避免影响后续程序，请今日内联系经办人{mob}更新送达信息。",
        "{name}先生/女士，关于{lender}一事的材料本周五前要报上去，现在还能撤回，联系我：{xname} {mob}。",
        "{name}，你那份材料我这边先压着没往上报，今天把{amt2}处理掉就到此为止，卡号{acct}（{payee}）。",
        "您好，您的签收件因本人未在家已暂存，请于{date}前回电{mob}预约，逾期将按拒收处理并记录在案。",
        "{name}，关于你和{lender}之间的事，下周一就要递上去了，最后给你一个自己解决的机会，详情看{url}。",
        "{xing}，您的案卷编号{gh}已生成，如需撤卷请在今日{hour}前联系{mob}，撤卷需支付工本费{small}元。")
    return fill(a, S)


# ============================== impersonated_authority ==============================
@group("impersonated_authority", "police-money-laundering-chain", "call", 16, sender="call", p_asr=0.3)
def ia_police(r, S):
    op = pick(r,
        "客服：您好，这里是{bank}客服中心，您名下一张{pbank}的卡在{city}被用于大额转账，涉嫌洗钱，我帮您转接{city}公安局。",
        "对方：你好，我是{courier}快递，你寄往{city}的包裹被海关查出有十二本护照和一批银行卡，你需要跟{city}公安联系，我帮你转过去。",
        "对方：您好{name}，您的医保卡在{city}被异地刷卡，涉嫌违规套取医保基金，我帮您转接当地公安。",
        "对方：喂，这里是电信营业厅，你名下一张手机卡在{city}被用来发诈骗短信，我给你转到{city}警方做笔录。")
    return D(r, S, [
        ("__", [op]),
        ("我", ["啊？我没去过{city}啊！", "不可能，我没办过那张卡。", "那怎么办？"]),
        ("警官", ["你好，我是{police}刑警大队的{officer}，警号{gh}。我们正在侦办一起特大洗钱案，犯罪嫌疑人名下搜出了你的银行卡。",
                 "我是{police}的{officer}，你涉嫌参与一起跨境洗钱案，现在对你进行电话笔录，全程录音。",
                 "你好，{city}公安，我姓{sur2}，你名下账户涉及一笔{amt}元的赃款，检察院已经对你签发通缉令。".replace("{sur2}", r.choice(SUR))]),
        ("我", ["我什么都不知道啊，是不是有人冒用我身份？", "我要去派出所说清楚。", "你们要我怎么证明？"]),
        ("警官", ["你要证明清白，需要配合资金核查，把你名下所有存款转到国家清查账户，核查完毕原路退回。",
                 "这个案子是保密案件，你不能告诉任何人，包括家人，否则以泄密论处。现在我把你转到检察院{xname}那里。",
                 "我发一个链接给你，你看看通缉令，上面有你的照片和身份证号：{url}。"]),
        ("我", ["清查账户是哪个账户？", "我能不能去当地派出所？", "好…我听你们的。"]),
        ("检察官", [None, "我是检察院的，你现在的情况很严重，必须把资金转入安全账户接受审查，账号我短信发你，不要挂电话，打开免提。",
                   "你下载一个会议软件，会议号{room}，我们要远程看你的账户流水。", "先别去派出所，去了会直接拘留你。"]),
    ]).replace("__：", "")


@group("impersonated_authority", "regulator-meeting-room", "call", 14, sender="call", p_asr=0.3)
def ia_reg(r, S):
    org = pick(r, "银保监会", "国家金融监督管理总局", "金融监管局", "银监会消费者保护局", "人民银行金融消费权益保护局")
    S = dict(S, org=org)
    return D(r, S, [
        ("对方", ["您好，这里是{org}，我们接到您在{lender}的投诉，现在给您做回访处理。",
                 "{name}您好，我是{org}的工作人员，工号{gh}，您之前在{lender}的借款利率超过国家规定，我们需要帮您整改。",
                 "你好，{org}办公厅，你名下的{lender}账户被检测出违规，需要你配合监管核查。"]),
        ("我", ["我没投诉过啊。", "嗯，什么整改？", "监管部门直接给个人打电话？"]),
        ("对方", ["为了保护您的权益，我们需要在线上监管会议室给您核实，您下载一下会议软件，会议号{room}。",
                 "这个要在我们监管部门的会议室里处理，您打开腾讯会议，输入{room}，然后点一下共享屏幕。",
                 "您先加一下我们专员的QQ{qq}，里面有我们的红头文件和工作证，您看完就放心了。"]),
        ("我", ["共享屏幕？我手机上有银行APP的。", "好的进去了，然后呢？", "这个文件看着像真的…"]),
        ("对方", ["没关系，共享是为了录音存档，监管要留证据。现在您打开{lender}，把额度全部提出来，转到我们的对接账户做资金验证，验证完原路返还。",
                 "您的账户需要清零才能注销违规记录，按我说的把{lender}里的钱转到监管账户{acct}。",
                 "您现在把验证码念给我，我们后台帮您做整改。"]),
        ("我", [None, "转给监管账户？这个钱会退回来吗？", "那我先问问家里人。"]),
        ("对方", [None, "会的，二十四小时内原路退回，整个过程请不要告诉家人，这是监管保密要求。", "不用问，这个是国家政策，不配合会影响您的征信。"]),
    ])


@group("impersonated_authority", "credit-center-safety-coefficient", "call", 14, sender="call", p_asr=0.35)
def ia_credit(r, S):
    return D(r, S, [
        ("对方", ["您好，我这边是中国人民银行征信中心，您的征信安全系数过低，系统提示您的征信即将被冻结。",
                 "喂{name}，我是人行征信管理部的，你个人征信报告出现异常，评分只有三十多，安全系数不达标。",
                 "您好，这里是央行征信中心，您名下有多笔网贷记录，征信分已经降到警戒线，我们需要帮您修复。"]),
        ("我", ["征信安全系数是什么？", "我怎么不知道，我没逾期。", "那要怎么弄？"]),
        ("对方", ["安全系数是根据您的资金流水计算的，需要您在银行卡里存入足够资金，再转到我们的对接账户做流水验证。",
                 "您需要先在{lender}和{lender2}把额度提出来，证明您的还款能力，再转到征信中心的验证账户，验证完退给您。",
                 "你现在去{lender}贷一笔{amt2}，转到监管对接账户，系统就会把你的系数提上来。"]),
        ("我", ["转到哪个账户？", "贷出来再转？那不还是我欠钱？", "你们真的是人民银行的吗？"]),
        ("对方", ["对接账户是{acct}，户名{payee}，这是我们征信中心的临时结算员。",
                 "验证完就原路退回，您一分钱都不会损失，但不做的话，您以后房贷车贷全部批不下来。",
                 "我们工号{gh}，可以在官网查的，您放心，这个操作全程是免费的。"]),
    ])


@group("impersonated_authority", "unionpay-fee-safe-account", "call", 12, sender="call_bank", p_asr=0.3)
def ia_unionpay(r, S):
    return D(r, S, [
        ("客服", ["您好，我这里是中国银联客服中心，您开通了银联会员服务，今天起每月会从您所有银行卡扣{small}元。",
                 "你好，银联风控部，你的{bank}卡刚刚在境外有一笔{amt2}元的消费，是你本人操作的吗？",
                 "您好，这边是银联结算中心，您的银行卡被他人绑定在赌博网站上，需要马上处理。"]),
        ("我", ["我没开通啊！", "不是我！", "那怎么办？"]),
        ("客服", ["那可能是被误开通了，取消需要您配合把卡里的余额转到银联的安全账户，系统才能解绑。",
                 "我这边帮您紧急止付，但为了保护资金，需要把您卡上的钱先转入银联备付金账户。",
                 "取消需要您提供一下卡号和收到的验证码，我们帮您后台操作。"]),
        ("我", ["安全账户？", "验证码是{code}…等等你们为什么要这个？", "我去银行柜台办吧。"]),
        ("客服", ["是的，安全账户是受央行监管的，您转过去钱更安全，处理完退回。", "柜台办不了，这是银联系统层面的，您去了也是让您打我们电话。",
                 "您放心，我们是官方的，您不操作今晚就开始扣费了。"]),
    ])


@group("impersonated_authority", "fake-12381-with-contact", "sms", 14, hard=True, sender="spoof_12381")
def ia_12381(r, S):
    a = pick(r,
        "【国家反诈中心】您的手机号近期与涉诈号码有通联，为防止资金受损，请立即联系反诈专员{mob}进行资金安全检测。",
        "【国家反诈中心】预警：您正在遭受电信网络诈骗，请勿再向对方转账，点击{url}填写受骗信息以便追回资金。",
        "反诈预警：您名下银行卡存在被冒用风险，请下载“国家反诈中心”升级版{url}完成身份核验，否则账户将被限制。",
        "【12381】您的账户已被列入涉诈风险名单，解除请致电反诈民警{xname}：{mob}，并保持手机畅通。",
        "【国家反诈中心】系统检测到您有一笔被骗资金可追回，请加追损专员微信{wx}提交材料。",
        "【国家反诈中心】您名下账户涉嫌为诈骗团伙提供资金通道，请24小时内联系{mob}核查，逾期将冻结名下全部银行卡。",
        "国家反诈中心提醒：您的支付宝账户存在异常登录，请点击{url}进行安全加固。")
    return fill(a, S)


@group("impersonated_authority", "red-header-p2p-refund", "sms", 12, p_eva=0.3)
def ia_red(r, S):
    a = pick(r,
        "【金融监管总局】关于P2P平台清退回款的通知：您在平台的出借本金{amt}元已纳入兑付名单，请添加兑付专员QQ{qq}领取红头文件并办理。",
        "{name}：根据银保监会〔2026〕{gh}号文件，您的网贷投资损失可申请全额追回，需缴纳资金解冻费{fee}元，详询{mob}。",
        "人民银行清算中心通知：您的理财回款{amt}元已到账监管账户，因账户信息不符被冻结，请联系{mob}缴纳认证金后解冻。",
        "【银保监会】您投诉的网贷平台已被查处，您的损失已列入退赔，请登录{url}上传银行卡及身份证照片领取。",
        "金融监管局：经核查您符合网贷债务减免政策，红头文件已下发，需在{date}前加入官方群（QQ{qq}）办理。",
        "您的{lender}借款因平台违规已被监管叫停，可申请免除全部欠款，文件编号{gh}，办理请联系监管专员{xname}{mob}。")
    return fill(a, S)


@group("impersonated_authority", "cyber-police-sms", "sms", 12, p_eva=0.35)
def ia_cyber(r, S):
    a = pick(r,
        "【网警提醒】您的账号涉嫌参与网络赌博资金流转，请于今日内联系网警{mob}说明情况，否则将依法立案。",
        "{name}，你的微信号涉嫌违规交易已被网警监控，请加QQ{qq}配合调查，不配合将冻结名下账户。",
        "网络警察巡查：你近期在{plat}的交易涉嫌洗钱，需提交资金来源证明，登录{url}填写。",
        "【公安网安】你的手机号被用于诈骗，已被标记，解除标记请致电{mob}，并保管好你的银行卡。",
        "你好，我是{police}网安大队的{officer}，你的身份信息在暗网泄露并被用于洗钱，请回电{mob}配合笔录。",
        "{police}通知：你涉嫌一起跨境赌博案件，通缉令已下发，查看请点{url}，如属冤枉请联系经办民警{mob}。")
    return fill(a, S)


@group("impersonated_authority", "procuratorate-asset-check", "call", 12, sender="call", p_asr=0.35)
def ia_proc(r, S):
    return D(r, S, [
        ("对方", ["喂，是{name}吗？我这里是{city}市人民检察院，你涉嫌一起非法集资案件，现在要对你进行资产清查。",
                 "你好，我是{city}检察院反贪局的{xname}，有个案子牵扯到你，我这边需要你配合调查。",
                 "{name}，{city}检察院。你的银行账户出现在一起洗钱案的流水里，已经被列为重点调查对象。"]),
        ("我", ["检察院？我是普通上班族啊。", "我怎么会牵扯进去？", "你们有什么证据？"]),
        ("对方", ["证据都在，逮捕令已经签了，你可以在我们的网站{url}上输入身份证号查看。",
                 "我现在给你发一份拘留证，上面有你的身份证号后四位{id4}，你自己看。",
                 "你不要紧张，只要你配合资金清查，证明钱不是赃款，就可以撤销逮捕。"]),
        ("我", ["那要我怎么配合？", "我要请律师。", "我真的没干过。"]),
        ("对方", ["把你所有银行卡的钱集中到一张卡上，然后转入检察院的资金监管账户，清查完毕七个工作日内退还。",
                 "这个案子保密级别很高，你不能告诉任何人，也不能找律师，找一个没人的宾馆，我们要视频做笔录。",
                 "你先交一笔取保候审保证金{amt2}元，账户是{acct}，户名{payee}，交了就不用来{city}。"]),
        ("我", [None, "好的，我去宾馆。", "那我先挂了去派出所问。"]),
        ("对方", [None, "不要挂断，手机开免提，别接其他电话。", "你去派出所就是自投罗网，我们马上执行逮捕。"]),
    ])


@group("impersonated_authority", "fake-antifraud-officer-call", "call", 12, sender="call", p_asr=0.3)
def ia_af(r, S):
    return D(r, S, [
        ("对方", ["你好，我是{city}反诈中心的民警，工号{gh}，我们监测到你正在被诈骗。",
                 "喂，这里是国家反诈中心，你刚才接到的电话是诈骗电话，你的资金现在有危险。",
                 "您好，我是{police}反诈专班的{officer}，你最近是不是在网上投资过？"]),
        ("我", ["啊？我刚才确实接了一个电话。", "是的，我投了一点。", "我被骗了吗？"]),
        ("对方", ["别慌，我们帮你把资金保护起来。你把卡里的钱先转到我们反诈中心的保护账户，骗子就转不走了。",
                 "被骗的钱我们可以帮你追回来，但要先交{fee}元的追损手续费，账户我发你。",
                 "你下载一个{app}，我们远程帮你检查手机里的木马。".replace("{app}", r.choice(["屏幕共享软件", "向日葵", "远程协助APP", "会议软件"]))]),
        ("我", ["反诈中心有保护账户？", "交钱才能追回？", "好的我下载。"]),
        ("对方", ["有的，这是公安和银行联合设立的，钱二十四小时后退给你。", "追损是第三方司法机构做的，需要成本，追回后可以退。",
                 "下载好告诉我会议号，全程不要挂电话，也不要接别人的电话，可能是骗子打来的。"]),
        ("我", ["那我要不要去派出所？", "我怎么确定你是真的民警？", "我先跟家里人说一下。"]),
        ("对方", ["不用去，去了也是转给我们处理，耽误时间钱就被转走了。", "你可以看我的警官证，我拍照发你微信，你加一下{wx}。",
                 "先别告诉家里人，骗子可能也在监控你的家人，这事只能我们处理。"]),
    ])


@group("impersonated_authority", "authority-asr-runon", "call", 14, sender="call", p_asr=1.0)
def ia_asr(r, S):
    return D(r, S, [
        ("A", ["喂你好我这边是银保监会的你在{lender}的借款利率不合规我们要帮你调整",
               "你好这里是人民银行征信中心你的征信安全系数过低需要马上处理",
               "喂{name}是吧我是{police}刑警大队的你名下有张卡涉嫌洗钱",
               "你好我是银联中心的你开通了一个会员服务每个月要扣钱"]),
        ("B", ["什么我不知道啊", "嗯你说", "我没办过啊"]),
        ("A", ["你现在不处理的话会影响征信还要冻结你名下所有的银行卡",
               "这个案子检察院已经签了通缉令你要配合调查不能告诉家人",
               "你得下载一个会议软件我们在会议室里面给你处理共享一下屏幕"]),
        ("B", ["那我要怎么弄", "好我下载", "你真的是警察吗"]),
        ("A", ["你把{lender}的额度都提出来转到我们的对接账户做资金验证验证完退回给你",
               "你把钱转到国家安全账户卡号我发你短信核查完七天退回",
               "你把验证码念一下我帮你在后台关闭"]),
        ("B", ["那我的钱什么时候能回来", "我怕被骗啊", "那我要不要跟家里说一声", "我卡里就剩几千块"]),
        ("A", ["核查完了二十四小时之内原路退回你放心这个是国家的账户", "我们是官方的你可以记我的工号{gh}现在骗子都是让你转给个人我们是国家账户",
               "这个事情是保密的你不能跟家里人说说了就是泄露案情要负法律责任的", "几千也要转的一分钱都不能留在卡里不然核查不通过"]),
    ])


@group("impersonated_authority", "regulator-sms-evasive", "sms", 12, force_eva=True)
def ia_eva(r, S):
    a = pick(r,
        "银监会通知：您在{lender}的借款利率违规，可申请退还多收利息，联系专员{mob}办理。",
        "征信中心提醒：您的征信存在异常记录，影响贷款，请加微信{wx}由工作人员协助处理。",
        "公安通知：你名下的银行卡涉嫌洗钱，请于今日联系{mob}配合调查，否则冻结全部账户。",
        "金融监管总局：您的网贷账户需配合监管整改，请下载会议APP输入房间号{room}接受核查。",
        "人民银行：您的信用卡账户资金需要验证，请转入对接账户完成核验，验证后原路退还，详询{mob}。",
        "反诈中心通知：您的银行卡存在风险，请将资金转入安全账户保护，咨询QQ{qq}。")
    return fill(a, S)


@group("impersonated_authority", "spoofed-official-sender-hard", "sms", 12, hard=True, sender="spoof_bank")
def ia_hard(r, S):
    a = pick(r,
        "根据监管要求，您尾号{tail}账户需完成年度身份核验，请于{date}前由客户经理{xname}（{mob}）协助办理，逾期账户将只进不出。",
        "我行接人民银行通知，您的账户涉及可疑交易需进行资金核查，请联系核查专员{mob}，核查期间请勿向他人透露。",
        "您的账户因涉嫌异常交易已被监管部门锁定，解锁请访问{url}提交身份信息。",
        "接上级监管部门通知，您名下账户需办理反洗钱信息更新，请回电{mob}预约，未更新将暂停非柜面业务。",
        "尊敬的客户，您的账户已被列入央行风险监控名单，请通过{url}完成“账户安全认证”解除限制。",
        "您尾号{tail}的账户收到一笔来自司法机关的冻结指令，如有疑问请联系经办人{xname}{mob}。")
    return sign(r, fill(a, S), pick(r, S["bank"], S["bank"] + "客服", "中国银联"))


@group("impersonated_authority", "keyword-free-trust-build", "sms", 8, hard=True)
def ia_kw(r, S):
    a = pick(r,
        "{name}，身份证尾号{id4}，你的事情比较急，刚才打你电话没接，看到回电{mob}，我这边时间有限。",
        "{name}你好，上午跟你联系的{officer}，你要的文件我放在{url}了，看完别外传，按上面说的做。",
        "{xing}，刚才通话中断了，请按我说的去一个安静的地方，不要跟任何人联系，十分钟后我再打给你。",
        "{name}，你的情况我已经跟领导汇报了，今晚十点前把资料和资金情况整理好，等我电话，不要去银行柜台。")
    return fill(a, S)


# ============================== parcel_refund ==============================
@group("parcel_refund", "lost-parcel-compensation-call", "call", 12, sender="call", p_asr=0.3)
def pr_lost(r, S):
    return D(r, S, [
        ("客服", ["您好，这里是{courier}快递理赔中心，请问您最近是不是在{plat}买了一个{item}？",
                 "喂您好，{name}吗？我是{courier}的客服，您单号尾号{tail}的快递在运输中丢失了。",
                 "您好，我们是{courier}，您的包裹在分拣中心被压坏了，很抱歉，现在给您做理赔。"]),
        ("我", ["是的，一直没到。", "丢了？那怎么办？", "嗯，赔多少？"]),
        ("客服", ["按照规定我们给您三倍赔偿，一共{amt2}元，您看是打到支付宝还是微信？",
                 "我们给您做双倍理赔，您支付宝搜一下“备用金”，我们把理赔款打到备用金里。",
                 "理赔要走支付宝的理赔通道，您先加一下我们理赔专员的微信，我们视频给您指导。"]),
        ("我", ["支付宝就行。", "备用金？我没用过。", "好的。"]),
        ("客服", ["您打开支付宝，点开备用金，先领取500，系统会把理赔款叠加进去，到时候您再转500回来给我们就行。",
                 "理赔需要您提供一下支付宝收到的验证码，我们后台核实身份后直接打款。",
                 "您的芝麻信用不够开通理赔通道，需要先开通借呗额度，借出来转到我们的理赔对接账户做流水，系统会退两倍给您。"]),
        ("我", [None, "验证码是{code}。", "要我转钱过去？这不对吧。"]),
        ("客服", [None, "您放心，这是正常流程，钱会退回的。", "好的收到，您稍等，马上到账。"]),
    ])


@group("parcel_refund", "quality-refund-call", "call", 10, sender="call", p_asr=0.35)
def pr_quality(r, S):
    return D(r, S, [
        ("客服", ["您好，我是{plat}商家售后，您购买的{item}检测出质量问题，我们主动给您退款。",
                 "你好，我这边是{plat}官方客服，你买的{item}这批货有甲醛超标问题，厂家召回，给您办理三倍退款。",
                 "您好{name}，您{date}下单的{item}因为质量不合格被抽检了，商家要给您退款。"]),
        ("我", ["哦，那怎么退？", "真的吗？我用着还好啊。", "可以，退到原账户吧。"]),
        ("客服", ["原路退不了，这批订单已经冻结了，需要走线下退款通道，我发您一个链接{url}，您填一下银行卡信息。",
                 "您需要下载一个{app}，我们共享屏幕教您操作。".replace("{app}", r.choice(["会议软件", "屏幕共享APP", "云视讯", "远程协助工具"])),
                 "您的账户没开通退款权限，要在支付宝里开通一下，我们一步一步教您。"]),
        ("我", ["链接里要填卡号和密码？", "共享屏幕安全吗？", "好，你说。"]),
        ("客服", ["是的，退款要核实身份，填完会收到一个验证码，告诉我就行。",
                 "没事的，共享只是为了看您操作对不对，我们不会看到密码。",
                 "您先在借呗里把额度提出来，证明账户正常，然后转到商家的验证账户，退款会一起打回来。"]),
    ])


@group("parcel_refund", "overpaid-refund-call", "call", 10, sender="call", p_asr=0.35)
def pr_over(r, S):
    return D(r, S, [
        ("对方", ["喂你好，我是{plat}退款中心的，刚才给您退款的时候系统出错，多打了{amt2}元到你账户。",
                 "您好，之前您申请的退款，我们财务操作失误，多退了一个零，您查一下。",
                 "{name}吗？不好意思，上午给你退运费险的时候多退了{amt2}，麻烦你帮忙退一下。"]),
        ("我", ["我看看…好像没收到啊。", "我怎么没看到？", "多退了？"]),
        ("对方", ["可能是到了您的{lender}额度里，您打开{lender}看一下，额度是不是多了？",
                 "钱是退到您的网贷账户了，您在{lender}提现出来，转回给我们财务就行。",
                 "您看一下借呗是不是多了一笔，那个就是，我们帮你退回去，不然你要付利息的。"]),
        ("我", ["额度是多了，可是那是借款啊。", "提出来转给你？", "那我怎么转？"]),
        ("对方", ["没事，您提出来转给我们财务{payee}，账户{acct}，我们这边帮您把借款注销掉，不会产生利息。",
                 "您转过来我们这边做冲账，冲完借款自动结清的。", "您把提现的钱转到这个对公账户，我们财务的，对，{acct}。"]),
    ])


@group("parcel_refund", "refund-sms-link", "sms", 14, p_eva=0.3)
def pr_sms(r, S):
    a = pick(r,
        "【{courier}】您的快递（单号{order}）在运输途中破损，已为您申请理赔{amt2}元，请点击{url}填写收款信息。",
        "亲，您在{plat}购买的{item}因质量问题已被召回，可获三倍赔付，请添加售后客服微信{wx}办理。",
        "您好，您的包裹在{city}中转站丢失，理赔专员{xname}将与您联系，电话{mob}，请保持畅通。",
        "{plat}售后：您的订单{order}商品存在安全隐患，平台已安排退款{amt2}元，请登录{url}领取。",
        "快递理赔通知：单号尾号{tail}的包裹已确认丢失，按规定赔付运费及货值{amt2}元，领取请回电{mob}。",
        "您好，{plat}客服提醒：您的退款因账户异常退回，请扫码或访问{url}重新提交退款信息，24小时内有效。",
        "【退款通知】您{date}购买的{item}，商家多退款{amt2}元至您账户，请联系{mob}退回多余款项，以免影响信用。")
    return fill(a, S)


@group("parcel_refund", "forged-courier-sender-hard", "sms", 12, hard=True, sender="spoof_courier")
def pr_hard(r, S):
    a = pick(r,
        "您的快递{order}因地址信息不全暂存网点，请于48小时内点击{url}更新地址，逾期将退回寄件人。",
        "您的包裹派送失败，需补缴超重运费{small}元，补缴地址：{url}",
        "您好，您的快件已丢失，按保价规则赔付，请添加理赔专员{mob}核对信息，回T退订",
        "您{date}的订单已完成售后审核，退款{amt2}元待领取，请在{url}核验身份后到账。",
        "您的快件因破损已拦截，理赔金额{amt2}元，为保障资金安全，请联系理赔客服{mob}办理入账。",
        "亲，您购买的商品已申请退款，退款处理需您本人确认，确认地址{url}，有效期至今日{hour}。")
    sig = pick(r, S["courier"] + "快递", "菜鸟驿站", "菜鸟裹裹", S["plat"], S["courier"] + "速递")
    return sign(r, fill(a, S), sig)


@group("parcel_refund", "refund-evasive", "sms", 10, force_eva=True)
def pr_eva(r, S):
    a = pick(r,
        "您的快递已丢失，理赔{amt2}元，加微信{wx}领取理赔款。",
        "商品质量问题退款，三倍赔付，联系客服{mob}，备用金通道办理。",
        "退款失败，请重新登录{url}填写银行卡号和验证码完成退款。",
        "您好，您的包裹破损理赔已审核，请添加QQ{qq}领取，过期作废。",
        "售后退款到账提醒：请联系退款专员{mob}，需开通备用金后退款才能到账。")
    return fill(a, S)


@group("parcel_refund", "backup-fund-chat", "call", 8, sender="call", p_asr=0.5)
def pr_backup(r, S):
    return D(r, S, [
        ("对方", ["您好，这边是{plat}的退款专员，您的{item}退款一直失败，是因为您支付宝没开通退款功能。",
                 "喂，您好，{courier}理赔部门，您丢件的理赔款打不进去，您的账户信用分不够。"]),
        ("我", ["那怎么办？", "我要怎么开通？"]),
        ("对方", ["您打开支付宝搜索“备用金”，领取一下，然后把领取的钱转给我们做个验证，验证通过后理赔款和备用金一起返给您。",
                 "您在{lender}申请一个临时额度，借出来转给我们的财务做信用验证，二十分钟后连同理赔款{amt2}一起退给您。"]),
        ("我", ["转给谁？", "这样不会有问题吧？"]),
        ("对方", ["转到我们财务专员{payee}的支付宝{mob2}，转完截图给我。", "您放心，我们是官方，全程有录音。"]),
    ])


@group("parcel_refund", "freight-insurance-chatty", "sms", 8, p_eva=0.3)
def pr_chat(r, S):
    a = pick(r,
        "亲亲，你上次买的{item}我们这边查到是瑕疵批次哈，给你补偿{amt2}，你加一下我微信{wx}我拉你去售后群领一下~",
        "在吗亲？你的包裹被{courier}弄丢了😭我们这边先给你赔，你把支付宝账号发我，我这边打款要你提供一个验证码哦",
        "hi 亲 这边是{plat}店铺售后 你的订单{order}运费险理赔失败了 需要你重新认证一下 点这个 {url} 就可以啦",
        "您好~您在本店买的{item}被质检判定不合格，按规定退一赔三，麻烦联系我们售后小姐姐{mob}，她会一步步教你操作哈",
        "亲，快递那边说你的件丢了，平台这边直接给你赔，不用退货。你下个会议软件我视频教你领，几分钟就好~")
    return fill(a, S)


# ============================== task_scam ==============================
@group("task_scam", "like-rebate-sms", "sms", 14, p_eva=0.35)
def ts_like(r, S):
    a = pick(r, "", "【招聘】", "【兼职】", "{name}你好，", "宝妈学生看过来！", "💰", "在家就能做：")
    b = pick(r,
        "抖音点赞关注一单{rmb}元，一天轻松{n1}00+，",
        "给主播点赞每单返{rmb}元，做一单结一单，",
        "关注店铺+截图即可领佣金，单单{rmb}元，",
        "手机刷视频点赞评论，日入三五百，",
        "帮商家涨粉，一个关注{n1}元，十分钟上手，",
        "小红书收藏点赞任务，简单易操作，每天两小时，")
    c = pick(r,
        "不收任何费用，加微信{wx}领取任务。",
        "名额有限，QQ{qq}备注“点赞”。",
        "下载任务APP：{url} 邀请码{gh}。",
        "联系导师{mob}，当天结算。",
        "扫码进群领任务，群号{qq}。",
        "加V{wx}，先做3单体验。")
    d = pick(r, "", "回T退订", "拒收请回复R", "真实可靠不骗人", "佣金秒到账！")
    return fill(J(a, b, c, d), S)


@group("task_scam", "brush-order-advance", "sms", 12, p_eva=0.35)
def ts_brush(r, S):
    a = pick(r,
        "招网店刷手：垫付下单，佣金{pct}%，本金加佣金五分钟返还，一单一结，联系{mob}。",
        "{plat}商家补单，本金{amt2}元以内，佣金{rmb}元起，做满三单另送{small}元奖励，QQ{qq}。",
        "在家兼职帮商家提升销量，先垫付后返款，返款{pct}%佣金，日结，加微信{wx}。",
        "高佣金刷单：单笔垫付{small}元返{rmb}元，连单任务佣金翻倍，详询{xname}{mob}。",
        "诚招线上兼职，帮店铺冲信誉，需手机下单垫资，任务完成立即返还本金和佣金，任务地址{url}。",
        "刷单员急招！一单{rmb}-{n1}0元佣金，前三单小额，后面接大单赚更多，导师带单，微信{wx}。")
    return fill(a, S)


@group("task_scam", "part-time-daily-pay", "sms", 12, p_eva=0.3)
def ts_daily(r, S):
    a = pick(r,
        "{name}您好，您的简历已通过初筛，我司招聘线上客服兼职，日结{n1}00元，请添加HR微信{wx}进行面试。",
        "兼职日结：手机打字员，时间自由，日赚200-500，无需经验，联系人{xname}，{mob}。",
        "【{city}人才网】您投递的职位已回复：线上数据录入员，日结，请添加QQ{qq}领取试岗任务。",
        "招聘宝妈、学生兼职，每天1-2小时，日结工资，无押金，扫码下载{url}注册即可接单。",
        "{name}，我是{city}某电商公司人事，看到你在找工作，现在有个线上兼职，一天{n1}00左右，当天结，加我{wx}详聊。",
        "线上兼职月入过万，不限时间地点，做任务返佣金，先交{small}元会员费开通高级任务，咨询{mob}。")
    return fill(a, S)


@group("task_scam", "task-group-escalation-call", "call", 10, sender="call", p_asr=0.3)
def ts_call(r, S):
    return D(r, S, [
        ("对方", ["您好，我这边是{plat}的招聘专员，看到您在平台上登记过求职，我们现在有线上兼职，您有兴趣吗？",
                 "喂，你好，我们是一家做直播运营的公司，招点赞员，在家用手机就行，一单{rmb}块。",
                 "你好，请问是{name}吗？之前你加过我们的兼职群，现在有新任务派发，我跟你说一下。"]),
        ("我", ["什么兼职？", "怎么做？", "要交钱吗？"]),
        ("对方", ["很简单，给主播点赞关注，截图发给接待，一单{rmb}元，前三单做完马上到账。",
                 "不交钱的，前面几单是免费体验，后面有福利单，需要先垫付，返佣{pct}%。",
                 "你先下载我们的任务APP，地址我发你短信，注册填邀请码{gh}。"]),
        ("我", ["垫付多少？", "福利单是什么？", "我先试试。"]),
        ("对方", ["第一单垫{small}，返{amt2}；第二单是连单，要连续做三笔，中间不能断，断了就提不了现。",
                 "福利单就是帮商家冲流水，垫付越多返得越多，很多宝妈一天赚一千多。",
                 "做完记得找接待老师核对，账户显示卡单的话，再补一单就能解冻提现。"]),
        ("我", [None, "卡单了还要再充？", "那我先充一点看看。"]),
        ("对方", [None, "对的，系统规定，你补完一次性全部返还。", "好，进群后找{xname}拿任务。"]),
    ])


@group("task_scam", "task-evasive", "sms", 12, force_eva=True)
def ts_eva(r, S):
    a = pick(r,
        "兼职日结，刷单返利，佣金秒到，加微信{wx}。",
        "点赞返利一单{rmb}元，日结不压款，QQ{qq}。",
        "招刷单员，垫付后返还本金和佣金，联系{mob}。",
        "在家兼职，关注点赞就有钱，日结{n1}00+，加微信{wx}。",
        "抖音点赞员，一单{rmb}元，先做后结，联系电话{mob}。",
        "网店补单兼职，佣金{pct}%，本金即时返，🐧{qq}。")
    return fill(a, S)


@group("task_scam", "keyword-free-task-hard", "sms", 12, hard=True)
def ts_hard(r, S):
    a = pick(r,
        "{name}你好，我们品牌在做新品体验官招募，你只需要按指引下单体验并写几句真实感受，费用全额报销外加{rmb}元感谢金，名额还剩{n1}个，回复1了解。",
        "在吗？之前那个帮忙看视频的活还做吗，今天有新的，一条{rmb}块，看完截个图就行，做的话我拉你。",
        "您好，您已被选为{plat}店铺评价顾问，每完成一次评价可获报酬，详情看{url}。",
        "姐妹，我最近在家做的那个小任务挺靠谱，每天下午弄一会儿有两三百，你要想弄我把老师推给你：{wx}",
        "{name}，感谢关注，我们正在招募线上体验官，零门槛，报酬当天结算，添加助理{mob}领取第一份体验任务。",
        "您好，这里是某MCN机构，我们需要真实用户帮主播增加互动，每天几分钟，报酬日结，感兴趣请加{wx}。")
    return fill(a, S)


@group("task_scam", "task-asr-runon", "call", 8, sender="call", p_asr=1.0)
def ts_asr(r, S):
    return D(r, S, [
        ("A", ["喂你好我们这边招点赞员的在家用手机就能做一单{rmb}块钱当天结",
               "你好我是那个兼职群的接待老师你之前报名了现在给你派单"]),
        ("B", ["怎么做啊", "要交钱吗", "嗯"]),
        ("A", ["你先关注主播截个图发给我佣金马上就到了第四单开始是福利任务要垫付一下返{pct}%",
               "前面三单免费后面的连单要先充值{small}做完了本金加佣金一起返给你"]),
        ("B", ["那我之前那几单的钱呢", "连单是什么意思", "充值充到哪里"]),
        ("A", ["前面的佣金已经在你任务账户里了做完连单一起提现", "连单就是连续三个任务中间不能停停了账户就冻结了要补单才能解",
               "充到任务APP里面的充值通道就行或者我发你一个收款码你扫一下"]),
        ("B", ["垫付的钱能回来吗", "我只有几百块", "好吧我试一下"]),
        ("A", ["肯定能回来很多人都在做你看群里截图", "没关系小额起步做完一单你就知道了你下载那个任务软件填我的邀请码{gh}"]),
    ])


@group("task_scam", "investment-task-upgrade", "sms", 8, p_eva=0.3)
def ts_upgrade(r, S):
    a = pick(r,
        "恭喜您完成新手任务，账户余额{amt2}元待提现，升级VIP任务需充值{small}元，充值后可一次性提现，客服{wx}。",
        "你的任务账户出现卡单，需补交{fee}元激活，激活后本金佣金一起返还，请尽快联系接待员{mob}。",
        "【任务中心】您的连单任务未完成，账户已冻结，完成最后一单（垫付{amt2}元）即可解冻提现。",
        "您的佣金{amt2}元因操作失误无法提现，需缴纳{fee}元保证金修复账户，修复后全额到账，咨询QQ{qq}。")
    return fill(a, S)


# ============================== extra groups (round 2) ==============================
@group("fake_collection", "long-formal-collection-letter", "sms", 10, p_eva=0.2)
def fc_long(r, S):
    a = pick(r, "催收函\n", "【债务催告函】", "关于{name}逾期欠款的最终告知：", "{name}（身份证尾号{id4}）：")
    b = pick(r,
        "经我方核查，您于{lender}平台的借款已逾期{days}天，截至{date}，应还本金及利息合计{amt}元。我方已多次通过电话、短信与您联系，均未获有效回应。",
        "您在{bank}办理的信用卡（尾号{tail}）长期拖欠，欠款合计{amt}元，委托方已将该笔债权交由我司全权处理，我司已对您的户籍地、工作单位信息完成核实。",
        "您名下{lender}账户自{date}起未按约还款，现已转入司法预处理阶段，相关材料正在整理中，一旦提交，您将面临诉讼及财产保全。")
    c = pick(r,
        "鉴于您尚有还款意愿，我方特批一次性结清方案：今日内支付{amt2}元即可结清全部欠款，款项请汇入结算专员{payee}名下{pbank}账户{acct}，到账后出具结清证明。",
        "现给予您最后一次协商机会，请于今日{hour}前联系案件负责人{xname}（{mob}），按其指引将款项转入代收账户，逾期不予受理。",
        "请您于48小时内将首期款{amt2}元转至我司财务{payee}个人账户（{acct}），我方将同步暂停外访及通知亲属等措施。")
    d = pick(r, "此函为最后通知，请勿忽视。", "特此告知，望自重。", "如已处理请忽略。", "")
    return fill(J(a, b, c, d), S)


@group("fake_legal", "long-enforcement-notice", "sms", 8, p_eva=0.2)
def fl_long(r, S):
    a = pick(r,
        "【执行告知书】被执行人{name}：申请执行人{lender}与你借款合同纠纷一案，{case}判决已发生法律效力，你至今未履行。本院依法向你发出执行通知，责令你于{date}前履行给付义务{amt}元。",
        "{court}执行通知书\n{name}：你与{lender}纠纷一案判决生效后你拒不履行，本院已将你拟列入失信被执行人名单，并将限制你及子女高消费。",
        "{name}，根据{court}{case}民事判决，你应向{lender}偿还借款{amt}元。因你未主动履行，申请人已申请强制执行，执行法官将于{date}对你名下财产采取冻结、扣划措施。")
    b = pick(r,
        "如需和解，可将执行款先行缴入执行代管账户{acct}（户名{payee}），缴纳后本院暂缓执行。",
        "自动履行请联系执行助理{xname}，电话{mob}，执行款通过其提供的账户缴纳，当日可解除限制。",
        "如对执行有异议或需申请分期履行，请加执行局工作微信{wx}提交材料并缴纳{fee}元保证金。")
    c = pick(r, "拒不履行的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。", "特此通知。", "")
    return fill(J(a, b, c), S)


@group("impersonated_authority", "long-regulator-doc", "sms", 8, p_eva=0.2)
def ia_long(r, S):
    a = pick(r,
        "国家金融监督管理总局关于网络借贷违规利息清退的通知：经查，{lender}等平台存在超额收取利息行为，您作为借款人可申请退还多收利息{amt2}元。",
        "【人民银行征信中心】{name}：您的个人信用报告被多家机构频繁查询，系统判定存在被冒用风险，您的征信将于{date}起暂停使用。",
        "中国银联风险管理部通知：您尾号{tail}的银行卡与一起跨境非法资金案件有关联，根据《反洗钱法》，该卡将于24小时内纳入监控。")
    b = pick(r,
        "申请需先完成资金核验，请将名下账户资金转入监管核验账户{acct}，核验完成后与退还款项一并返还。",
        "解除暂停请联系专项工作组{xname}（{mob}），按要求完成身份与资金双重认证。",
        "如您本人未参与，请于今日登录{url}提交说明并完成账户安全认证，否则将移交公安机关。")
    c = pick(r, "本通知仅发送本人，请勿转告他人。", "", "逾期视为自动放弃。")
    return fill(J(a, b, c), S)


@group("fake_collection", "harsh-night-call-qr", "call", 8, sender="call", p_asr=0.3)
def fc_harsh(r, S):
    return D(r, S, [
        ("A", ["{name}！你还要躲到什么时候？{lender}那{amt}你打算拖到哪年？", "喂，老赖是吧？你欠的{lender}还不还？",
               "{name}我跟你说，今天是你最后的机会，大半夜给你打电话是给你面子。"]),
        ("B", ["现在都几点了你还打电话？", "你说话客气点。", "我没说不还，就是现在没钱。"]),
        ("A", ["几点怎么了？你欠钱还有理了？我告诉你，明天你们小区门口就会贴你的照片。",
               "客气？你借钱的时候怎么不客气？你老婆电话、你爸妈电话我这都有，明天一个一个打。",
               "没钱？没钱去借啊，去{lender2}借出来先还上，不然你儿子学校那边我们也有人。"]),
        ("B", ["你敢！这是违法的。", "那你说怎么办？", "我能还一点，多了真没有。"]),
        ("A", ["违法？你欠钱不还才违法。今晚你扫我发你的收款码，先付{amt2}，我就帮你压下来。",
               "还一点也行，加我微信{wx}，我发个二维码给你，付了截图我给你登记。",
               "现在立刻转{amt2}给我，我私人帮你垫的，账户{acct}，明天我跟公司说你已经处理了。"]),
        ("B", [None, "为什么要转给你个人？", "我明天打官方电话问问。"]),
        ("A", [None, "问什么问？公司就是我，我就是公司！", "你打呀，官方只会让你全还，我这是帮你。"]),
    ])


@group("fake_collection", "forged-platform-new-channel", "sms", 10, hard=True, sender="spoof_platform")
def fc_plat(r, S):
    a = pick(r,
        "您的{lender}账单已逾期{days}天，因原还款通道维护，请通过新版还款页面完成还款：{url}，还款成功后逾期记录将在24小时内更新。",
        "您的{lender}账户已逾期，应还{amt}元。为避免影响信用，请联系专属贷后顾问{mob}确认还款方式。",
        "您好，您的{lender}欠款已进入集中清收，本期可享受一次性结清优惠，请于今日联系{mob}办理，逾期恢复原额。",
        "尊敬的用户，您的{lender}逾期金额{amt2}元，系统扣款失败，请将款项转入以下账户完成人工还款：{pbank} {acct}（{payee}）。",
        "温馨提示：您的{lender}已逾期，请于今日{hour}前完成还款。如需协商分期请添加客服微信{wx}，唯一官方协商渠道。")
    sig = {"花呗": "支付宝", "借呗": "支付宝", "京东白条": "京东金融", "京东金条": "京东金融", "微粒贷": "微众银行"}.get(S["lender"], S["lender"])
    return sign(r, fill(a, S), sig)


@group("parcel_refund", "forged-alipay-backup-fund", "sms", 8, hard=True, sender="spoof_platform")
def pr_alipay(r, S):
    a = pick(r,
        "您的订单退款{amt2}元因账户校验未通过已退回至备用金，请于24小时内联系退款专员{mob}完成领取，逾期自动扣回。",
        "您有一笔{plat}退款待领取，因您未开通退款保障，退款暂存至临时账户，请访问{url}开通后到账。",
        "您的账户被误设为商家账户，每月将扣除服务费{small}元，如需取消请联系{mob}，校验码切勿透露给他人。",
        "您申请的售后理赔已通过，理赔款{amt2}元将通过备用金发放，请留意客服来电并按指引操作。")
    S["lender"] = "花呗"
    return sign(r, fill(a, S), "支付宝")


@group("task_scam", "chat-style-recruit", "sms", 8, p_eva=0.4)
def ts_chat(r, S):
    a = pick(r,
        "hello～我是上次群里的小{sur}，你还在找兼职吗？我这有个在家做的，动动手指就行，昨天我赚了三百多，要不要试试🙋",
        "姐，我是你老乡{xname}，现在在做一个线上的活儿，就是帮商家拍单，钱当天就返，不累，你要想做我拉你进群",
        "亲 你的兼职报名通过啦🎉 今天先带你做三单新手任务 都是小额的 做完马上返 加我薇信{wx} 发你教程",
        "在？那个点赞的活我昨天试了真的有钱，一单{rmb}块，老师人很好，我把链接发你 {url} 填我的邀请码{gh}",
        "宝子们 有没有想在家赚点零花的 不用囤货不用拉人 给主播点点赞就行 日结 想做的私我🐧{qq}")
    return fill(a, S)


# ============================== extra groups (round 3: long calls, terse SMS) ==============================
@group("impersonated_authority", "long-police-transfer-chain", "call", 10, sender="call", p_asr=0.2)
def ia_longchain(r, S):
    return D(r, S, [
        ("客服", ["您好，这里是{city}市医疗保障局，您的医保卡在{city}第一人民医院有一笔{amt2}元的违规报销，是您本人吗？",
                 "您好，我是{courier}快递的，您有一个寄往{city}的包裹，里面查出了违禁品，海关已经扣下了。",
                 "您好，这边是{bank}信用卡中心，您在{city}新办的一张信用卡透支了{amt}元，已经严重逾期。"]),
        ("我", ["不是我，我从来没去过{city}。", "我没寄过什么包裹啊。", "我没办过这张卡。"]),
        ("客服", ["那可能是您的身份信息被人冒用了，这种情况需要您报警，我这边可以帮您直接转接{city}警方，您不要挂机。",
                 "那就是有人盗用您的身份，我帮您转到{city}公安局报案，这样能撇清您的责任。"]),
        ("我", ["好，那你帮我转吧。", "嗯…好的。"]),
        ("警官", ["你好，{police}，我是值班民警{officer}，警号{gh}。刚才的情况我都听到了，你报一下姓名和身份证号。",
                 "这里是{police}刑侦支队，我姓{sur2}。你的情况我们已经了解，我先给你登记一下。".replace("{sur2}", r.choice(SUR))]),
        ("我", ["我叫{name}，身份证是…", "{name}，身份证号我念给你。"]),
        ("警官", ["我查了一下，你的身份证关联了一个洗钱案，主犯{payee}已经落网，他交代你以{amt}元的价格把银行卡卖给了他。",
                 "系统显示你名下有一个账户涉及一起特大诈骗案，涉案金额两千多万，你现在是重大嫌疑人。"]),
        ("我", ["不可能！我没卖过卡！", "我真的不知道，我是冤枉的。"]),
        ("警官", ["你说你冤枉，那你要配合我们调查。这是保密案件，从现在起不能告诉任何人，包括你的家人，否则你就是通风报信。",
                 "你要证明清白，需要配合我们做资金清查。你现在找一个安静的地方，最好是宾馆，手机保持畅通。"]),
        ("我", ["好的，我现在去。", "那要怎么清查？"]),
        ("警官", ["我把你的案子移交给检察院{xname}，他会告诉你怎么做，你加一下他的QQ{qq}，那边有你的逮捕令。",
                 "你把你所有银行卡的余额告诉我，然后下载一个会议软件，会议号{room}，检察官要跟你视频核对。"]),
        ("检察官", ["{name}，你的逮捕令我已经发给你了，看到了吧？现在只有一个办法，把你名下的资金全部转入国家清查账户，证明不是赃款。",
                   "我是检察院的，你的案子很严重，按规定要先冻结你的资产。你自己把钱转到我们的监管账户，等案子结束全部退还。"]),
        ("我", ["全部转？我卡里有{amt}。", "转到哪里？"]),
        ("检察官", ["账号是{acct}，户名{payee}，这是我们的办案专户，转完把回执拍给我，二十四小时内有人联系你。",
                   "不够的话你去{lender}和{lender2}把额度也提出来一起转，这是查你的资金能力，查完一起退。"]),
    ])


@group("fake_collection", "long-negotiation-call", "call", 8, sender="call", p_asr=0.2)
def fc_longcall(r, S):
    return D(r, S, [
        ("催收员", ["{name}您好，我是{lender}贷后中心的{xname}，工号{gh}，这通电话全程录音。您名下的借款已经逾期{days}天，本金加罚息{amt}元，您知道吧？",
                  "喂，{name}吗？我是{lender}委外催收机构的，你那个账已经转到我这里半个月了，今天必须给我一个答复。"]),
        ("我", ["知道，但我现在真的还不上，失业了。", "我知道，我一直在想办法。"]),
        ("催收员", ["我理解您的困难，但公司这边已经准备走诉讼了。诉讼费、律师费都要您承担，还会纳入失信名单，以后坐不了高铁飞机。",
                  "困难谁都有，但你拖这么久，公司那边已经把你列为恶意拖欠，下周就要派人去你老家。"]),
        ("我", ["那能不能分期？", "我最多一个月能还一千。"]),
        ("催收员", ["分期的话我得向领导申请，您稍等，我请示一下。", "一千肯定不够，我帮你问问主管。"]),
        ("主管", ["您好，我是{xname}的主管。您的情况我看了，这样吧，我们可以给您做一个特殊方案：今天先还{amt2}，剩下的本金减免{pct}%，分十二期。",
                "喂，我是组长。你这个情况按规定是不能减免的，但是看你有诚意，今天付{amt2}定金锁定减免方案，后面的我们再谈。"]),
        ("我", ["好，那我在APP上还是吧？", "行，我怎么付？"]),
        ("主管", ["不行，APP上只能按全额还款，这个减免方案是线下审批的，您需要转到我们的减免专户，户名{payee}，{pbank}卡号{acct}。",
                "特殊方案走不了APP，我让{xname}加你微信{wx}，给你发一个收款码。"]),
        ("我", ["转到个人卡？我担心钱到了你们那里，{lender}那边还是显示逾期。", "为什么不能还到{lender}？"]),
        ("主管", ["您放心，我们每天都有专人把专户的钱冲到系统里，三个工作日内{lender}会显示已还款。您要是担心，我可以给您出一个盖章的减免协议。",
                "{lender}那边的系统只认全额，我们这是内部的核销流程，你把钱转过来，我这边给你做销账。"]),
        ("我", ["那协议先发我看看。", "我再考虑一下吧。"]),
        ("催收员", ["协议等您转账后才能出，这是规定。今天{hour}之前，过了就只能按全额走诉讼了。",
                  "考虑可以，但这个方案今天有效，明天主管就不批了，你自己想清楚。"]),
    ])


@group("parcel_refund", "long-refund-call-screen", "call", 8, sender="call", p_asr=0.2)
def pr_longcall(r, S):
    return D(r, S, [
        ("客服", ["您好，请问是{name}吗？我是{plat}官方售后客服，工号{gh}。您{date}购买的{item}，经质检部门检测属于不合格产品，平台要给您做三倍赔付。",
                 "喂您好，{courier}快递客服，您那个单号尾号{tail}的件在{city}转运中心丢失了，我们这边负责给您理赔，您现在方便吗？"]),
        ("我", ["方便，你说。", "哦，是吗？那要怎么弄？"]),
        ("客服", ["赔付金额是{amt2}元，因为订单已经关闭了，没法原路退回，需要走人工理赔通道。您用的是支付宝还是微信？",
                 "理赔款{amt2}元，我们需要给您办理线上理赔，您手机上有支付宝吧？"]),
        ("我", ["支付宝。", "有的。"]),
        ("客服", ["好的，为了保证操作不出错，需要您下载一个{app}，我们开一下屏幕共享，我一步一步指导您。".replace("{app}", r.choice(["会议软件", "云视讯", "屏幕共享工具"])),
                 "您先打开支付宝，搜索一下备用金，看看首页能不能领取。"]),
        ("我", ["下好了，会议号多少？", "能领，五百。"]),
        ("客服", ["会议号{room}，进去之后点一下共享屏幕。好的，我看到了，您现在打开支付宝，点开借呗，看看额度是多少？",
                 "好，您先点领取，然后把这五百转到我们的理赔对接账户，系统核实后会把{amt2}和这五百一起退给您。"]),
        ("我", ["借呗有{amt}额度，可是这是借钱啊？", "转给谁？这个名字是个人啊。"]),
        ("客服", ["您别担心，这个只是验证您的账户有没有被冻结，借出来转到平台的验证账户，验证完系统自动还款，不会产生利息。",
                 "这个是我们财务的账户，公司授权的，很多客户都这样操作，几分钟就到账了。"]),
        ("我", ["那验证码发过来了，要给你吗？", "好吧，转过去了。"]),
        ("客服", ["对的，您把验证码念一下，我这边后台填一下，马上就好。", "好的收到了，系统显示还需要再验证一次，您再转一笔一样的金额。"]),
    ])


@group("fake_collection", "terse-sms", "sms", 10, p_eva=0.4)
def fc_terse(r, S):
    a = pick(r, "{name} 今天不还明天上门 转{acct}", "逾期速处理 联系{mob}", "还款改账户了 {payee} {acct}",
             "{sur}总 今天五点前 {amt2} 打这个卡 {acct}", "别躲了 {lender}的账今天结 {mob}", "信用卡已冻 解冻回电{mob}",
             "最后一次 扫码还款 加{wx}", "你家地址我们有了 {amt2}今天到账 {acct}")
    return fill(a, S)


@group("fake_legal", "terse-sms", "sms", 8, p_eva=0.4)
def fl_terse(r, S):
    a = pick(r, "传票已出 明日开庭 撤诉联系{mob}", "{name} 你已被起诉 和解加{wx}", "执行在即 缴{fee}暂缓 {acct}",
             "立案了 看{url}", "律师函已发 回电{mob}", "法院明早上门 速回{mob}", "仲裁已受理 {name}速联系{mob}")
    return fill(a, S)


# ============================== assembly ==============================
COURIER_HOT = {"中通": "95311", "圆通": "95554", "申通": "95543", "韵达": "95546", "顺丰": "95338", "邮政EMS": "11183",
               "德邦": "95353", "京东物流": "950616", "极兔": "956025", "百世": "95320"}


def make_sender(r, spec, S):
    if spec is None:
        return scam_sender(r, S), False
    if spec == "call_bank":
        if r.random() < 0.3:
            return r.choice(["", "+86"]) + S["hot"], True
        return call_sender(r, S), False
    if spec == "call":
        if r.random() < 0.0:
            return r.choice(["", "+86"]) + S["hot"], True
        return call_sender(r, S), False
    if spec == "spoof_bank":
        k = r.random()
        if k < 0.4:
            return S["hot"], True
        if k < 0.85:
            return port(r, S["hot"]), True
        return S["bank"], True
    if spec == "spoof_court":
        return (r.choice(["12368", "12368", "1069012368", "10690" + str(r.randint(100, 999)) + "12368", "106575012368"]), True)
    if spec == "spoof_12381":
        return r.choice(["12381", "12381", "+8612381", "1069012381"]), True
    if spec == "spoof_platform":
        hot = {"花呗": "95188", "借呗": "95188", "京东白条": "95118", "京东金条": "95118", "微粒贷": "95384", "度小满": "95055",
               "招联金融": "95786", "美团借钱": "10107888", "美团月付": "10107888", "微信分付": "95017"}.get(S["lender"], "")
        if hot and r.random() < 0.5:
            return hot, True
        return port(r, hot or None), True
    if spec == "spoof_courier":
        hot = COURIER_HOT.get(S["courier"], "95311")
        return r.choice([hot, port(r, hot), "1069" + str(r.randint(10000, 99999))]), True
    raise ValueError(spec)


def grams(t):
    c = "".join(t.split())
    return frozenset(c[i:i + 5] for i in range(max(1, len(c) - 4)))


def build():
    rows = []
    accepted = []  # gram sets
    index = defaultdict(list)
    shortfall = []
    for gi, g in enumerate(GROUPS):
        r = random.Random(SEED * 1000 + gi)
        got, tries = 0, 0
        while got < g["n"] and tries < g["n"] * 60:
            tries += 1
            S = slots(r)
            S["url"] = rurl(r, g["family"])
            text = g["fn"](r, S).strip()
            flags = set()
            if g["channel"] == "sms":
                if g["force_eva"] or r.random() < g["p_eva"]:
                    text, ch = evade(r, text)
                    if ch:
                        flags.add("evasive")
                    elif g["force_eva"]:
                        continue
                if r.random() < g["p_sloppy"]:
                    text = sloppy(r, text)
                lo, hi = 10, 300
            else:
                if r.random() < g["p_asr"]:
                    text, used = asr(r, text)
                    if used:
                        flags.add("evasive")
                lo, hi = 150, 800
            if not (lo <= len(text) <= hi):
                continue
            gs = grams(text)
            shared = defaultdict(int)
            for x in gs:
                for j in index[x]:
                    shared[j] += 1
            if any(s / (len(gs) + len(accepted[j]) - s) >= 0.5 for j, s in shared.items()):
                continue
            sender, spoof = make_sender(r, g["sender"], S)
            if g["channel"] == "sms" and g["sender"] is None and sender is None and r.random() < 0.5:
                sender = rmob(r)
            if g["hard"] or spoof:
                flags.add("hard")
            k = len(accepted)
            accepted.append(gs)
            for x in gs:
                index[x].append(k)
            rows.append(dict(text=text, label="scam", channel=g["channel"], sender=sender, family=g["family"],
                             group=f"{g['family']}/{g['slug']}", flags=sorted(flags)))
            got += 1
        if got < g["n"]:
            shortfall.append((g["family"], g["slug"], got, g["n"]))
    for i, row in enumerate(rows, 1):
        row["id"] = f"sc-{i:04d}"
    return rows, shortfall


def main():
    rows, shortfall = build()
    order = ("id", "text", "label", "channel", "sender", "family", "group", "flags")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in order}, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "rows ->", OUT)
    print(Counter(r["family"] for r in rows))
    print(Counter(r["channel"] for r in rows))
    n = len(rows)
    print("calls %.2f evasive %.2f hard %.2f" % (sum(r["channel"] == "call" for r in rows) / n,
          sum("evasive" in r["flags"] for r in rows) / n, sum("hard" in r["flags"] for r in rows) / n))
    for s in shortfall:
        print("shortfall", s)


if __name__ == "__main__":
    main()
