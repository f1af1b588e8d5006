"""Section genuine_b: official negotiation, collection, court notices, 2026 credit-relief notices (all genuine).

Deterministic (fixed seed), stdlib only. Writes corpus/genuine_b.jsonl.
Every base text below was written for this corpus; slots only fill names, amounts, dates, numbers, lenders.
"""
import json
import random
import re
import sys
from functools import partial
from pathlib import Path

SEED = 20260331
OUT = Path(__file__).resolve().parents[1] / "genuine_b.jsonl"
rng = random.Random(SEED)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common  # noqa: E402

# ---------------------------------------------------------------- lenders
# (full name, signature, product, hotline or None, app/channel phrase, kind)
LENDERS = [
    ("招商银行", "招商银行", "信用卡", "95555", "掌上生活App", "bank"),
    ("工商银行", "工商银行", "牡丹信用卡", "95588", "工银e生活App", "bank"),
    ("建设银行", "建设银行", "龙卡信用卡", "95533", "建行生活App", "bank"),
    ("农业银行", "农业银行", "信用卡", "95599", "农行掌银", "bank"),
    ("中国银行", "中国银行", "信用卡", "95566", "缤纷生活App", "bank"),
    ("交通银行", "交通银行", "信用卡", "95559", "买单吧App", "bank"),
    ("邮储银行", "邮储银行", "信用卡", "95580", "邮储信用卡App", "bank"),
    ("民生银行", "民生银行", "信用卡", "95568", "全民生活App", "bank"),
    ("中信银行", "中信银行", "信用卡", "95558", "动卡空间App", "bank"),
    ("光大银行", "光大银行", "信用卡", "95595", "阳光惠生活App", "bank"),
    ("华夏银行", "华夏银行", "信用卡", "95577", "华彩生活App", "bank"),
    ("平安银行", "平安银行", "信用卡", "95511", "平安口袋银行App", "bank"),
    ("兴业银行", "兴业银行", "信用卡", "95561", "好兴动App", "bank"),
    ("浦发银行", "浦发银行", "信用卡", "95528", "浦大喜奔App", "bank"),
    ("广发银行", "广发银行", "信用卡", "95508", "发现精彩App", "bank"),
    ("北京银行", "北京银行", "信用卡", "95526", "北京银行手机银行", "bank"),
    ("江苏银行", "江苏银行", "信用卡", "95319", "江苏银行手机银行", "bank"),
    ("上海银行", "上海银行", "信用卡", "95594", "上海银行手机银行", "bank"),
    ("宁波银行", "宁波银行", "信用卡", "95574", "宁波银行App", "bank"),
    ("浙商银行", "浙商银行", "信用卡", "95527", "浙商银行手机银行", "bank"),
    ("支付宝", "花呗", "花呗", "95188", "支付宝App", "plat"),
    ("支付宝", "支付宝", "借呗", "95188", "支付宝App", "plat"),
    ("京东金融", "京东金融", "京东白条", "95118", "京东金融App", "plat"),
    ("京东金融", "京东金融", "金条借款", "95118", "京东金融App", "plat"),
    ("美团", "美团", "美团月付", "10107888", "美团App", "plat"),
    ("美团", "美团", "美团借钱", "10107888", "美团App", "plat"),
    ("微众银行", "微众银行", "微粒贷", "95384", "微信-服务-微粒贷借钱入口", "plat"),
    ("度小满", "度小满", "有钱花借款", "95055", "度小满金融App", "plat"),
    ("招联金融", "招联金融", "好期贷", "95786", "招联金融App", "plat"),
    ("微信支付", "微信支付", "分付", "95017", "微信-我-服务-钱包-分付", "plat"),
    ("马上消费金融", "马上消费", "安逸花借款", None, "安逸花App", "plat"),
    ("中银消费金融", "中银消费金融", "新易贷", None, "中银消费金融App", "plat"),
    ("兴业消费金融", "兴业消费金融", "家庭消费贷款", None, "兴业消费金融App", "plat"),
    ("分期乐", "分期乐", "分期乐借款", None, "分期乐App", "plat"),
    ("360借条", "360借条", "借条借款", None, "360借条App", "plat"),
    ("抖音月付", "抖音支付", "抖音月付", None, "抖音App-我-钱包", "plat"),
    ("苏宁消费金融", "苏宁消费金融", "任性付", None, "苏宁金融App", "plat"),
    ("海尔消费金融", "海尔消费金融", "够花借款", None, "够花App", "plat"),
    ("捷信", "捷信金融", "消费贷款", None, "捷信金融App", "plat"),
    ("长银五八消费金融", "长银五八消费金融", "消费贷款", None, "长银58App", "plat"),
]

AGENCIES = [
    "江苏恒信达资产管理有限公司", "深圳市鼎诚商务咨询有限公司", "湖南信和联合资产管理有限公司", "上海博融信息咨询有限公司",
    "广州粤信资产服务有限公司", "成都蓉诚资产管理有限公司", "杭州仁和信息技术服务有限公司", "山东正源商务服务有限公司",
    "武汉楚誉资产管理有限公司", "西安长安汇通信息咨询有限公司", "重庆渝达商务信息咨询有限公司", "天津海纳信用管理有限公司",
    "福建闽安资产管理有限公司", "河南中原信诚企业管理有限公司", "合肥徽泰信息服务有限公司", "南京金陵安信商务咨询有限公司",
    "沈阳北辰资产管理有限公司", "昆明滇信商务服务有限公司", "苏州和合信用服务有限公司", "长沙湘融资产管理有限公司",
    "青岛海晟信息咨询有限公司", "大连诚泰资产管理有限公司", "南宁桂和商务咨询有限公司", "石家庄冀信资产服务有限公司",
]
AG_SHORT = {a: re.sub(r"(有限公司|资产管理|资产服务|商务信息咨询|商务咨询|信息咨询|信息技术服务|信息服务|商务服务|企业管理|信用管理|信用服务|市)", "", a) for a in AGENCIES}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "涛", "明", "超", "秀兰", "海燕", "志强", "建华", "晓东",
         "丽娟", "春梅", "国庆", "文博", "子涵", "雨欣", "浩然", "思远", "佳怡", "俊杰", "玉兰", "红霞", "立新", "德华", "婷婷", "鹏飞"]
STAFF_SUR = "王李张刘陈杨黄赵周徐孙马朱胡郭何高林罗郑"

COURTS = [
    ("北京市朝阳区人民法院", "京0105"), ("北京市海淀区人民法院", "京0108"), ("北京市西城区人民法院", "京0102"),
    ("上海市浦东新区人民法院", "沪0115"), ("上海市黄浦区人民法院", "沪0101"), ("杭州互联网法院", "浙0192"),
    ("广州互联网法院", "粤0192"), ("深圳市福田区人民法院", "粤0304"), ("深圳市南山区人民法院", "粤0305"),
    ("重庆市渝北区人民法院", "渝0112"), ("成都市武侯区人民法院", "川0107"), ("天津市滨海新区人民法院", "津0116"),
    ("武汉市江汉区人民法院", "鄂0103"), ("南京市鼓楼区人民法院", "苏0106"), ("西安市雁塔区人民法院", "陕0113"),
    ("长沙市岳麓区人民法院", "湘0104"), ("郑州市金水区人民法院", "豫0105"), ("济南市历下区人民法院", "鲁0102"),
    ("苏州市姑苏区人民法院", "苏0508"), ("福州市鼓楼区人民法院", "闽0102"), ("合肥市蜀山区人民法院", "皖0104"),
    ("昆明市五华区人民法院", "云0102"), ("沈阳市和平区人民法院", "辽0102"), ("厦门市思明区人民法院", "闽0203"),
    ("宁波市鄞州区人民法院", "浙0212"), ("青岛市市南区人民法院", "鲁0202"), ("南宁市青秀区人民法院", "桂0103"),
]
# The legal entity that sues, by lender name
PLAINTIFF = {
    "招商银行": "招商银行股份有限公司信用卡中心", "工商银行": "中国工商银行股份有限公司牡丹卡中心", "建设银行": "中国建设银行股份有限公司",
    "农业银行": "中国农业银行股份有限公司", "中国银行": "中国银行股份有限公司", "交通银行": "交通银行股份有限公司太平洋信用卡中心",
    "邮储银行": "中国邮政储蓄银行股份有限公司", "民生银行": "中国民生银行股份有限公司信用卡中心", "中信银行": "中信银行股份有限公司信用卡中心",
    "光大银行": "中国光大银行股份有限公司信用卡中心", "华夏银行": "华夏银行股份有限公司", "平安银行": "平安银行股份有限公司信用卡中心",
    "兴业银行": "兴业银行股份有限公司信用卡中心", "浦发银行": "上海浦东发展银行股份有限公司信用卡中心", "广发银行": "广发银行股份有限公司信用卡中心",
    "北京银行": "北京银行股份有限公司", "江苏银行": "江苏银行股份有限公司", "上海银行": "上海银行股份有限公司", "宁波银行": "宁波银行股份有限公司",
    "浙商银行": "浙商银行股份有限公司", "支付宝": "重庆蚂蚁消费金融有限公司", "京东金融": "京东（北京）数字科技有限公司关联小贷公司",
    "美团": "重庆美团三快小额贷款有限公司", "微众银行": "深圳前海微众银行股份有限公司", "度小满": "重庆度小满小额贷款有限公司",
    "招联金融": "招联消费金融股份有限公司", "微信支付": "深圳市财付通网络金融小额贷款有限公司", "马上消费金融": "马上消费金融股份有限公司",
    "中银消费金融": "中银消费金融有限公司", "兴业消费金融": "兴业消费金融股份公司", "分期乐": "深圳市分期乐网络科技有限公司关联小贷公司",
    "360借条": "重庆360小额贷款有限公司", "抖音月付": "重庆字节跳动小额贷款有限公司", "苏宁消费金融": "苏宁消费金融有限公司",
    "海尔消费金融": "海尔消费金融有限公司", "捷信": "捷信消费金融有限公司", "长银五八消费金融": "长银五八消费金融有限公司",
}
CASE_KIND = ["信用卡纠纷", "金融借款合同纠纷", "小额借款合同纠纷", "借款合同纠纷"]

# ---------------------------------------------------------------- slots
money = partial(common.amount, rng)


def money_c(lo, hi):
    v = rng.uniform(lo, hi)
    return f"{v:,.2f}"


digits = partial(common.digits, rng)
virt = partial(common.virtual_mobile, rng)


def mobile():
    return "1" + rng.choice("3456789") + digits(9)


def landline():
    area = rng.choice(["010", "021", "020", "0755", "0571", "028", "023", "027", "025", "029", "0731", "0371", "0531", "0512", "0591", "0551"])
    return area + "-" + rng.choice("2345678") + digits(7)


def port(hot=None):
    if hot and hot.startswith("95"):
        return rng.choice(["1069", "10698", "106980", "10690", "1069095", "106902"])[:6] + ("0" if rng.random() < .3 else "") + hot
    return rng.choice(["1068", "1069", "10690", "10698"]) + digits(rng.randint(5, 9))


def date26(m_lo=1, m_hi=6):
    m = rng.randint(m_lo, m_hi)
    d = rng.randint(1, 28)
    return m, d


def slots(lender=None, need_hot=False):
    pool = [l for l in LENDERS if (l[3] or not need_hot)]
    L = lender or rng.choice(pool)
    name, sig, prod, hot, app, kind = L
    sur = rng.choice(SURNAMES)
    full = sur + rng.choice(GIVEN)
    sx = rng.choice(["先生", "女士"])
    tail = digits(4)
    amt = rng.choice([money(800, 9000), money(3000, 60000), money(200, 3000)])
    days = rng.choice([3, 5, 7, 12, 15, 23, 31, 38, 45, 62, 75, 90, 96, 120, 150, 183, 210])
    m1, d1 = date26(1, 5)
    m2, d2 = date26(3, 7)
    ag = rng.choice(AGENCIES)
    wid = rng.choice([
        str(rng.randint(1000, 9999)), "A" + str(rng.randint(10000, 99999)), str(rng.randint(100000, 999999)),
        rng.choice("CHJKMSTW") + str(rng.randint(100, 999)), "CS" + str(rng.randint(1000, 9999))])
    court, ccode = rng.choice(COURTS)
    case_no = rng.randint(1000, 59999)
    amt_f = float(amt)
    d = dict(
        L=name, sig=sig, prod=prod, hot=hot or "", app=app, kind=kind,
        acct=(f"尾号{tail}的{prod}" if kind == "bank" else f"{prod}账户"),
        name=full, sur=sur, sx=sx, nm=sur + sx, tail=tail, amt=amt, days=days,
        mn=f"{amt_f * rng.choice([0.05, 0.1, 0.08]):.2f}",
        part=str(rng.choice([300, 500, 800, 1000, 1500, 2000, 3000, 5000])),
        m1=m1, d1=d1, m2=m2, d2=d2, date1=f"{m1}月{d1}日", date2=f"{m2}月{d2}日",
        ag=ag, ags=AG_SHORT[ag], wid=wid, staff=rng.choice(STAFF_SUR) + rng.choice(["经理", "专员", ""]),
        mob=mobile(), vmob=virt(), land=landline(),
        court=court, cc=ccode, caseno=case_no, ck=rng.choice(CASE_KIND[:2] if kind == "bank" else CASE_KIND[1:]), pl=PLAINTIFF[name],
        n12=rng.choice([12, 24, 36, 48, 60]), per=money(150, 2600),
        hour=rng.choice(["9:00", "9:30", "10:00", "14:00", "14:30", "15:30"]),
        room=rng.choice(["第三法庭", "第十一法庭", "第7审判庭", "互联网审判庭", "第二调解室", "线上视频庭"]),
        y=rng.choice([2020, 2021, 2022, 2023, 2024, 2025]), small=money(120, 9800),
        tm=f"{rng.randint(1, 12)}月", clk=f"{rng.randint(9, 20)}:{rng.choice(['00','10','25','30','42','55'])}",
    )
    d["sur2"] = rng.choice(STAFF_SUR)
    tjn = rng.randint(1000, 39999)
    d["tj_a"] = f"(2026){ccode}民诉前调{tjn}号"
    d["case"] = f"（2026）{ccode}民初{case_no}号"
    d["case_a"] = f"(2026){ccode}民初{case_no}号"
    d["tj"] = f"（2026）{ccode}民诉前调{rng.randint(1000, 39999)}号"
    d["contact"] = f"致电{hot}" if hot else f"通过{app}在线客服"
    d["hotx"] = hot if hot else f"{app}里的在线客服"
    return d


BANK_MARK = ("信用卡", "网点", "卡里", "柜台", "恶意透支", "我行", "本行", "刑法第196条", "发卡银行")


def pk(pool, s):
    """pick from pool, avoiding bank-only wording when the lender is not a bank"""
    if s.get("kind") != "bank":
        ok = [x for x in pool if not any(m in x for m in BANK_MARK)]
        if ok:
            return rng.choice(ok)
    return rng.choice(pool)


def lender_for(text, need_hot=False):
    bank = any(m in text for m in BANK_MARK)
    pool = [l for l in LENDERS if (l[3] or not need_hot) and (l[5] == "bank" or not bank)]
    return rng.choice(pool)


def fill(t, s):
    return t.format_map(s)


def pick(x):
    return rng.choice(x)


BASE_USE = {}
BASE_CAP = {"sms": 3, "call": 4}
LAST = {"base": None}


def pick_base(pool):
    """choose a base text, preferring bases used fewer than the cap (counted on acceptance)"""
    fresh = [b for b in pool if BASE_USE.get(b, 0) < BASE_CAP["call" if "\n" in b or len(b) > 300 else "sms"]]
    b = rng.choice(fresh or pool)
    LAST["base"] = b
    return b


def sig_wrap(body, s, style=None):
    style = style if style is not None else rng.random()
    sg = s["sig"]
    if style < .45:
        return f"【{sg}】" + body
    if style < .8:
        return body + f"【{sg}】"
    if style < .9:
        return body + f"[{sg}]"
    return body


def sms_sender(s):
    r = rng.random()
    if s["hot"] and s["hot"].startswith("95") and r < .35:
        return s["hot"]
    if r < .45 and s["kind"] == "bank":
        return s["L"]
    return port(s["hot"])


# ---------------------------------------------------------------- ASR
HOMO = [("花呗", ["花贝", "花被", "花呗"]), ("借呗", ["借贝", "借呗", "接呗"]), ("逾期", ["逾其", "鱼期", "逾期", "于期"]),
        ("征信", ["正信", "征信", "争信"]), ("微粒贷", ["微利贷", "微粒带"]), ("白条", ["白调", "白条"]),
        ("停息挂账", ["停息挂帐", "停息挂张"]), ("协商", ["鞋商", "协商", "协伤"]), ("工号", ["工好", "工号"]),
        ("委托", ["委拖", "委托"]), ("还款", ["换款", "还款", "还宽"]), ("账单", ["帐单", "账单"]), ("减免", ["检免", "减免"]),
        ("分期", ["分七", "分期"]), ("起诉", ["起素", "起诉"]), ("利息", ["利西", "利息"]), ("诉讼", ["诉送", "诉讼"]),
        ("个性化", ["个性话", "个性化"]), ("信用卡", ["信用卡", "性用卡"]), ("银行", ["银行", "银航"]), ("法院", ["法院", "发院"]),
        ("罚息", ["罚西", "发息"]), ("本金", ["本金", "本经"]), ("调解", ["调节", "调解"]), ("修复", ["修护", "修复"]),
        ("有钱花", ["有钱花", "有前花"]), ("京东", ["京东", "经东"]), ("美团", ["美团", "没团"]), ("金条", ["金条", "金调"]),
        ("催收", ["催收", "吹收"]), ("外访", ["外放", "外访"]), ("恶意透支", ["恶意透之", "恶意头支"]), ("紧急联系人", ["紧急联系人", "紧急连系人"])]
FILL = ["嗯", "啊", "那个", "就是", "呃", "对吧", "是吧", "然后", "这个"]


def asr(text):
    t = re.sub(r"^[^\n：]{1,6}：", "", text, flags=re.M)
    for a, bs in HOMO:
        if a in t:
            t = re.sub(re.escape(a), lambda m: rng.choice(bs + [a]), t)
    t = t.replace("\n", " " if rng.random() < .5 else "")
    t = re.sub(r"(?<=\d)\.(?=\d)", "点" if rng.random() < .5 else ".", t)
    t = re.sub(r"[，。！？、；：“”（）…,!?\"'【】—]+|(?<!\d)\.|\.(?!\d)", lambda m: " " if rng.random() < .35 else "", t)
    parts = t.split(" ")
    out = []
    for p in parts:
        out.append(p)
        if rng.random() < .18:
            out.append(rng.choice(FILL))
    t = " ".join(x for x in out if x)
    if rng.random() < .5:
        t = t.replace(" ", "")
    # digits sometimes spoken
    if rng.random() < .4:
        cn = dict(zip("0123456789", "零幺二三四五六七八九"))
        t = re.sub(r"(?<!\d)95\d{3}(?!\d)", lambda m: "".join(cn[c] for c in m.group()), t, count=1)
    return t


def dialog(turns, labels):
    a, b = labels
    merged, seen = [], set()
    for who, txt in turns:
        if txt in seen:
            continue
        seen.add(txt)
        if merged and merged[-1][0] == who:
            merged[-1] = (who, merged[-1][1] + rng.choice(["", " ", "……"]) + txt)
        else:
            merged.append((who, txt))
    return "\n".join((a if who == "A" else b) + "：" + txt for who, txt in merged)


LABELS_COLL = [("催收员", "我"), ("对方", "我"), ("A", "B"), ("催收", "客户"), ("坐席", "客户"), ("来电", "本人"), ("外呼", "我"),
               ("催收员", "客户"), ("工作人员", "我")]
LABELS_CS = [("客服", "我"), ("坐席", "客户"), ("A", "B"), ("工作人员", "我"), ("客服", "客户"), ("银行", "我"), ("对方", "我")]


# ================================================================ official_negotiation
NEG_DISCLAIM = [
    "本行不会委托任何第三方机构代办分期，办理不收取任何额外费用。",
    "官方办理全程免费，请勿轻信“代理协商”“停息挂账”等中介宣传。",
    "我司从未与任何代理机构合作，凡要求先交服务费的均为诈骗。",
    "请勿向任何个人账户转账，所有还款请通过官方渠道完成。",
    "如有人以我行名义收取手续费、保证金，请立即拒绝并{contact}核实。",
    "办理过程中不会索要您的验证码和密码。",
    "谨防不法分子冒充工作人员，以官方渠道为准。",
    "",
    "",
]
NEG_CLOSE = ["", "", "如已处理请忽略。", "详询{hotx}。", "感谢您的配合。", "如有疑问请{contact}。", "祝您生活愉快。", "此短信无需回复。"]

NEG_SMS = {
    "sms-hardship-offer": [
        "尊敬的{nm}：您{acct}当前已逾期，欠款{amt}元。如您确有还款困难，可{contact}申请个性化分期还款，经审核通过后按约定分期偿还即可。",
        "{nm}您好，了解到您近期还款遇到困难。根据您的情况，本行可为您提供最长{n12}期的个性化分期方案，详情请登录{app}“还款”页查看，或{contact}。",
        "温馨提示：若您因收入下降、生病住院等原因暂时无法全额还款，可在{app}提交协商还款申请并上传相关证明，我们将在3个工作日内回电。",
        "您的{prod}欠款{amt}元已逾期{days}天。我行可根据您的实际还款能力与您协商分期方案，请于{date1}前{contact}。逾期信息将按规定报送金融信用信息基础数据库。",
        "{nm}：我行推出困难客户还款帮扶措施，符合条件的客户可申请降低每月还款额、延长还款期限，申请请到就近网点或{contact}。",
        "您好，您可携带本人身份证及收入证明到我行任一营业网点办理信用卡个性化分期，网点工作人员会协助您提交申请。",
        "客户您好，您尾号{tail}信用卡已逾期{days}天，若一次性还款有压力，可考虑申请个性化分期。分期期间按时还款，账户可逐步恢复正常。",
        "我们注意到您{acct}连续两期未还最低还款额。为减轻您的还款压力，您可申请将欠款{amt}元转为分期偿还，方案以审批结果为准。",
    ],
    "sms-app-channel": [
        "{sur}{sx}，您{L}{prod}存在逾期。目前可申请“延期还款”，申请入口：{app}首页搜索“延期还款”，按页面提示提交即可。",
        "你的{prod}已逾期，我们为你开通了协商还款通道：打开{app}，进入{prod}还款页，点击“协商还款”，可选择分期或延期。",
        "Hi {sur}{sx}，{prod}暂时还不上也别慌～{app}里有“协商还款”入口，分期、延期都能在线申请，0费用，别找中介！",
        "逾期还款有困难？在{app}搜“还款计划调整”，提交后1-3个工作日出结果，不用跑网点、不用找任何人帮忙。",
        "您在{L}的借款已逾期{days}天，应还{amt}元。若资金周转困难，可在{app}内申请调整还款计划，审核通过后按新计划还款即可。",
        "您的账户已符合申请分期还款条件。请在{app}“我的-借款-还款方案”中查看可选方案（{n12}期/延期3个月），{date1}前有效。",
        "提醒：{prod}逾期后可自助申请分期。路径：{app}→{prod}→待还款→申请分期。全程线上办理，我们不会通过微信、QQ与您联系。",
    ],
    "sms-plan-approved": [
        "您申请的个性化分期已审批通过：欠款{amt}元分{n12}期偿还，每期应还{per}元，首期还款日{date2}，请按时还款。",
        "根据您与我行的协商结果，您的信用卡欠款已办理停息分期，分期期间不再计收利息，请于每月{d1}日前存入{per}元。任一期未按时还款，本方案将终止。",
        "感谢您今天来电。根据通话内容，您的协商还款方案为：每月还{per}元，共{n12}期。请在{app}点击“确认方案”后生效，48小时内未确认将自动失效。",
        "提醒：您的个性化分期本期{per}元将于{date1}自动扣款，请确保还款账户余额充足。如再次逾期，分期方案可能取消，剩余欠款将一次性到期。",
        "您尾号{tail}信用卡逾期分期已办理成功，分期本金{amt}元，共{n12}期，每期本金{per}元，分期手续费按协议约定收取，详情见{app}。",
        "{nm}，您的延期还款申请已通过，原{date1}到期的{amt}元可延后至{date2}还款，延期期间不影响您的正常使用。",
        "您好，您的{prod}还款计划已调整成功。新计划共{n12}期，下期应还{per}元，还款日{date2}。可在{app}查看完整计划。",
    ],
    "sms-application-status": [
        "您提交的延期还款申请（编号{ref}）审核未通过，原因：收入证明材料不完整。可在{app}重新提交，或{contact}咨询。",
        "已收到您的协商还款申请，我行工作人员将通过{hot}与您联系，请留意来电。我行不会使用私人手机号或微信与您商谈还款方案。",
        "尊敬的客户，我中心已收到您提交的“停息挂账”诉求。按照相关规定，我行可为符合条件的客户提供个性化分期，最终方案以审核结果为准，请保持电话畅通。",
        "您的个性化分期申请需补充材料：近6个月收入证明或医疗证明，请于{date1}前通过{app}上传，逾期未补充将视为放弃申请。",
        "您申请的还款方案正在审核中，预计{date1}前出结果，审核期间请尽量按最低还款额还款，以减少逾期影响。",
        "您好，您在{date1}提交的分期申请已受理，受理号{ref}。审核结果将以短信通知，请勿轻信任何自称能“加急办理”的第三方。",
    ],
    "sms-reply-code": [
        "{prod}尾号{tail}：可申请逾期分期，回复FQ查询可选方案，回复即视为同意我行查询您的账户信息。",
        "您本期账单{amt}元，最低还款{mn}元。如需分期，请回复ZDFQ{n}至本号码，每期本金约{per}元，详询{hot}。",
        "您的信用卡已逾期，如需办理逾期分期，请回复YQFQ，我行客服将在1个工作日内通过{hot}回电，仅本号码回复有效。",
        "尾号{tail}卡：回复“1”申请延期还款30天，回复“2”申请分{n12}期还款，回复其他内容无效。以上服务不收取办理费。",
        "账单{amt}元还款有压力？回复#FQ{n}即可把本期账单分{n}期，首期手续费以实际办理为准，本短信仅限本人回复。",
    ],
    "sms-settlement-reduction": [
        "减免通知：您的{acct}逾期欠款{amt}元，{date1}前一次性结清可减免部分利息及违约金，具体以{app}结清页面显示金额为准。",
        "您好，您的{prod}符合结清优惠条件，结清后剩余罚息可申请减免。请在{app}查看优惠后应还金额并直接还款，我们不会要求您向个人账户汇款。",
        "{nm}：经审批，您的账户可享受一次性结清减免方案，应还{amt}元，方案有效期至{date1}。请登录{app}确认后还款，逾期方案失效。",
        "结清提示：您可在{date1}前还清{prod}剩余欠款{amt}元，已产生的部分罚息将按政策予以减免。还款只认{app}和官方账户。",
    ],
}
NEG_HARD_GROUPS = {"sms-application-status"}


def ref_no():
    return rng.choice(["HK", "FQ", "XS", "YQ", "CS"]) + str(rng.randint(10 ** 7, 10 ** 8 - 1))


def gen_neg_sms(group):
    base = pick_base(NEG_SMS[group])
    s = slots(lender=lender_for(base, "{hot}" in base))
    s["ref"] = ref_no()
    s["n"] = rng.choice([3, 6, 12, 24])
    body = fill(base, s)
    if rng.random() < .75:
        c = fill(pick(NEG_DISCLAIM), s)
        if not (s["hotx"] in c and s["hotx"] in body):
            body += c
    if rng.random() < .5:
        c = fill(pick(NEG_CLOSE), s)
        if not (s["hotx"] in c and s["hotx"] in body):
            body += c
    text = sig_wrap(body, s)
    hard = any(k in text for k in ("停息", "协商", "停息挂账")) or group in NEG_HARD_GROUPS
    return text, sms_sender(s), "sms", ["hard"] if hard else []


# ---- calls
NEG_OPEN_OUT = [
    "您好，这里是{L}信用卡中心，我是客服{staff}，工号{wid}，请问是{nm}吗？",
    "喂您好，{L}客服中心，工号{wid}。请问您是{name}本人吗？",
    "您好，我是{L}贷后服务部的工作人员，来电号码是我们官方号{hot}，想跟{nm}核对一下还款的事。",
    "{nm}您好，打扰了，我这边是{L}的，您前几天在{app}上提交过一个分期申请，我来跟您确认一下方案。",
    "您好，{L}客户服务热线回访，我姓{sur2}，工号{wid}，请问现在方便说话吗？",
    "喂，{nm}是吧？我是{L}信用卡中心个贷服务的，关于您那张尾号{tail}的卡，想和您沟通一下。",
]
NEG_CONF = [
    "是我，怎么了？", "嗯，你说。", "我是，什么事啊？", "对……你们又打来了？", "方便，你说吧。", "是我，我知道我那个卡逾期了。",
    "啊，你哪里？{L}？哦哦对，是我。", "嗯……我在开车，你长话短说。",
]
NEG_REASON = [
    "看到您{acct}已经逾期{days}天了，欠款本息一共{amt}元，想了解一下您是遇到什么困难了吗？",
    "系统显示您上个月的账单到现在还没有还，已经逾期{days}天，金额是{amt}元，您这边是什么情况呢？",
    "您在{app}上申请的是个性化分期，我们需要核实一下您的收入情况和还款能力。",
    "主要是想跟您确认，您现在欠款{amt}元，按原来的还款节奏您是不是有压力？",
    "您之前几个月都是按时还的，这两期突然没还，我们想问问是不是有什么变化。",
]
NEG_HARD_B = [
    "唉，公司裁员了，我现在还没找到工作。", "我爸住院了，钱都花在医院了。", "生意亏了，现在一个月就几千块收入。",
    "我几张卡都逾期了，实在拆不过来。", "老实说全部还是还不上的，能不能少还点？", "工资被拖欠了三个月，我也没办法。",
    "疫情那几年欠下来的，一直在滚，现在压力很大。", "我刚生完孩子没上班，家里就靠我老公一个人。",
]
NEG_OFFER = [
    "理解您。根据您的情况，我们可以帮您申请个性化分期，最长可以分{n12}期，算下来每期大概{per}元左右，您看能承受吗？",
    "是这样的，我行对确实有困难的客户可以办理个性化分期，把目前的欠款重新分期，分期以后按时还，就不会继续产生逾期。",
    "这样，我这边可以给您提交一个分期申请，先把账户从逾期状态转成分期，每月还一个固定数，具体期数要看审批。",
    "我们有延期还款的政策，可以先帮您把还款日往后延两个月，这段时间您先把工作安顿好，延期期满再按计划还。",
    "如果您能先还一部分，比如{part}块，剩下的可以申请分{n12}期，这样每个月压力会小很多。",
]
NEG_QA = [
    ("那要收手续费吗？", "分期会按协议收取分期手续费，具体金额在方案里写得清清楚楚，但办理本身不收任何服务费，也不需要您先交钱。"),
    ("之前有人打电话说能帮我停息挂账，要收我百分之十几的服务费，是你们的人吗？", "不是我们的人。我行办理分期不需要任何中介，也不收所谓的服务费，那种代理协商的您千万别信，更不要给他们转钱。"),
    ("分期了会不会上征信啊？", "之前已经产生的逾期会如实报送，这个没办法改变；但是办理分期以后您按时还款，后面就是正常还款记录。"),
    ("能不能把利息全免了？我只还本金。", "全部免息这个我没办法答应您，能减免多少要看审批结果，我会把您的诉求如实提交上去。"),
    ("我怎么知道你是真的银行？", "您可以挂掉电话后自己拨打{hot}，报您的身份证后四位转人工核实，我的工号是{wid}。方案确认也是在{app}里操作的。"),
    ("钱是转给你吗？", "不是的，您不用转给任何人，分期生效后每月直接还到您自己的卡里，或者在{app}里还款就可以。"),
    ("停息挂账和你说的这个分期是一回事吗？", "外面说的停息挂账很多是中介的说法，我们这边的正式名称叫个性化分期，是否停息、分几期要以审批结果为准。"),
    ("我要是分期期间又没还上呢？", "如果再次逾期，分期方案可能会被取消，剩余欠款会恢复到期状态，所以一定要选一个您能承受的金额。"),
]
NEG_AGREE = [
    "行，那就按{n12}期吧，每个月{per}我应该还得上。", "嗯……我考虑一下，明天给你们回电话行吗？", "可以，那你先帮我提交吧。",
    "每期还是有点多，能不能再分长一点？", "好吧，先这么办，谢谢你啊。", "那我先还{part}，剩下的分期。",
]
NEG_CLOSE_CALL = [
    "好的，我这边已经帮您提交了，审批结果会发短信到您这个手机号，您在{app}里点确认就生效了。",
    "可以的，您考虑好了直接打{hotx}，说要办个性化分期就行，不用找任何第三方。",
    "好，我给您备注了，方案有效期到{date1}。提醒一下，我们不会让您往个人账户转钱，有人这么说就是骗子。",
    "那我这边把申请提交上去，大概三个工作日给您回复，审批通过后每月{d1}号自动从您卡里扣款。",
    "好的，稍后您会收到一条官方短信，里面有方案明细。还有别的问题吗？没有的话就不打扰您了。",
]

NEG_IN_OPEN = [
    "您好，{L}客服，工号{wid}，很高兴为您服务。",
    "您好，这里是{L}，请问有什么可以帮您？",
    "{L}客服中心，我是客服小{sur2}，请讲。",
]
NEG_IN_ASK = [
    "我信用卡还不上了，听说现在可以停息挂账，你们这能办吗？",
    "我想问一下，我那个{prod}逾期了，能不能协商一下分期还？",
    "你好，网上好多说能帮忙协商还款的，收费的，我想直接问问你们自己能不能办。",
    "我欠了{amt}，利息越滚越多，能不能停掉利息，我慢慢还本金？",
    "我上个月失业了，下个月的账单肯定还不上，有没有延期的办法？",
]
NEG_IN_ANS = [
    "先生/女士您别着急，我们这边有个性化分期的业务，您符合条件的话可以申请，不需要通过任何中介，自己办理就可以。",
    "可以帮您登记协商还款的需求。需要先核实一下身份，请提供您的身份证后四位。",
    "我们不建议您找外面的代理，那些大多收取高额费用，有的还会让您把钱转给他们。您直接在我们这申请就行。",
    "是否能停息要看审批，我这边先帮您提交个性化分期申请，需要您提供一下近期的收入情况。",
]


def gen_neg_call(group):
    s = slots(lender=rng.choice([l for l in LENDERS if l[5] == "bank"]))
    s["sur2"] = rng.choice(STAFF_SUR)
    turns = []
    inbound = "inbound" in group
    if inbound:
        turns.append(("A", pick(NEG_IN_OPEN)))
        turns.append(("B", pick(NEG_IN_ASK)))
        turns.append(("A", pick(NEG_IN_ANS)))
        if rng.random() < .6:
            turns.append(("B", pick(["尾号{tail}。", "后四位是{tail}。", "嗯，{tail}。"])))
            turns.append(("A", pick(NEG_REASON[:2])))
            turns.append(("B", pick(NEG_HARD_B)))
    else:
        turns.append(("A", pick(NEG_OPEN_OUT)))
        turns.append(("B", pick(NEG_CONF)))
        turns.append(("A", pick(NEG_REASON)))
        turns.append(("B", pick(NEG_HARD_B)))
    turns.append(("A", pick(NEG_OFFER)))
    for q, a in rng.sample(NEG_QA, rng.choice([1, 1, 2, 2, 3])):
        turns.append(("B", q))
        turns.append(("A", a))
    if rng.random() < .8:
        turns.append(("B", pick(NEG_AGREE)))
    turns.append(("A", pick(NEG_CLOSE_CALL)))
    labels = pick(LABELS_CS)
    text = fill(dialog(turns, labels), s)
    while len(text) > 790:
        # drop a middle QA pair
        turns = turns[:-4] + turns[-2:] if len(turns) > 8 else turns[:-1]
        text = fill(dialog(turns, labels), s)
    if "asr" in group:
        text = asr(text)
    sender = None if inbound else pick([s["hot"], s["hot"], None])
    hard = any(k in text for k in ("停息", "协商", "停息挂帐", "鞋商", "协伤"))
    return text, sender, "call", ["hard"] if hard else []


# short platform-side negotiation calls (花呗/白条/月付 etc.)
PLAT_CALLS = [
    "客服：您好，这里是{L}官方客服，来电是想提醒您，您的{prod}目前待还{amt}元，已经逾期{days}天了。\n我：我知道，这个月实在周转不过来。\n客服：理解的。您可以在{app}里申请延期还款或者分期还款，审核通过后会调整您的还款计划，全程不收费。\n我：我自己在App里弄就行？\n客服：对的，不需要任何人帮您操作，也不需要下载其他软件。有人让您下载会议软件、共享屏幕的都是诈骗。\n我：好，我晚上看一下。\n客服：好的，祝您生活愉快。",
    "对方：喂您好，{L}客户服务中心的，我工号{wid}。您{prod}有笔账单到期没还，今天逾期第{days}天，提醒您一下。\n我：嗯，我最近手头紧，你们有没有啥办法？\n对方：您可以打开{app}，在还款页面有一个“协商还款”，可以申请把这笔分成几期还，系统会根据您的情况给出方案。\n我：那会不会收我钱？\n对方：不会的，官方申请不收任何费用。\n我：那行吧。\n对方：好的，方案提交后有短信通知，注意查收。",
    "A：您好，请问是{nm}吗？我这边是{L}的客服，来电号码{hot}，您可以放心。\nB：是的，什么事？\nA：您{prod}上个月的账单{amt}元还没有还款，想问问您这边是遇到困难了吗？\nB：店里生意不好，我可能还得拖一阵。\nA：那建议您先在{app}里申请一下延期，延期成功的话这段时间不会再算逾期天数。申请入口在{prod}页面右上角“还款帮助”。\nB：哦，我都不知道还有这个。\nA：是的，这个是官方的，不用找中介。那就不打扰您了。",
    "客服：{nm}您好，我是{L}的工作人员，工号{wid}，您在{date1}通过{app}提交了分期申请，我这边做个回访。\n客户：对，我提交了。\n客服：跟您核实一下，您目前月收入大概多少？\n客户：四千多吧，之前一万多的。\n客服：好的，按您的情况我们初步给的方案是分{n12}期，每期{per}元，您能接受吗？\n客户：能不能再少一点？\n客服：我可以帮您备注申请更长的期限，但最终以审批为准。结果出来会在App内通知您确认。\n客户：好，谢谢。",
    "坐席：您好，{L}客服回访。您之前反映的{prod}还款困难，我们这边审核后可以为您提供一个延期{k}个月的方案。\n客户：延期期间要交利息吗？\n坐席：延期期间利息按合同正常计算，不会额外收费，具体您可以在{app}看到试算金额。\n客户：那行，我怎么确认？\n坐席：我现在给您推送一条确认消息，您在{app}里点同意就生效了，不需要您提供验证码给我。\n客户：明白了。",
]


def gen_neg_plat_call(group):
    base = pick_base(PLAT_CALLS)
    s = slots(lender=rng.choice([l for l in LENDERS if l[3]]))
    s["k"] = rng.choice([1, 2, 3])
    text = fill(base, s)
    # vary labels and small phrasing
    labs = pick(LABELS_CS)
    text = re.sub(r"^(客服|对方|A|坐席)：", labs[0] + "：", text, flags=re.M)
    text = re.sub(r"^(我|B|客户)：", labs[1] + "：", text, flags=re.M)
    if rng.random() < .35:
        text = asr(text)
    hard = any(k in text for k in ("协商", "鞋商", "协伤"))
    return text, pick([s["hot"], None]), "call", ["hard"] if hard else []


# ================================================================ collection
COL_SMS = {
    # agency SMS, formal, naming the 委托方
    "sms-agency-formal": [
        "【{ags}】{nm}您好，我司受{L}委托，就您{acct}逾期欠款事宜与您联系。截至{date1}，您尚欠{amt}元，已逾期{days}天，请尽快通过{app}还款。催收员工号{wid}，联系电话{land}。",
        "{name}：本公司（{ag}）接受{L}委托，提醒您{prod}欠款{amt}元至今未还。请于{date2}前登录{app}自行还款，本司不接受任何形式的代收。工号{wid}。",
        "尊敬的{nm}，{ag}受{L}委托催收您名下{prod}逾期款项，当前应还{amt}元。还款请认准{L}官方渠道，如对欠款有异议请{contact}核实。回复无效，工号{wid}。",
        "【{ags}】委托方：{L}；欠款人：{name}；逾期金额：{amt}元；逾期天数：{days}天。请在{app}内完成还款，还款后无需告知本司，系统自动同步。",
        "{nm}，您好。您在{L}的借款已委托我司（{ags}）进行催收提醒，工号{wid}。请于3日内联系我司协商还款时间，或直接在{app}还清欠款{amt}元。电话：{land}",
        "通知：受{L}委托，{ag}现就您{acct}逾期一事予以书面提醒。欠款金额{amt}元，还款方式：{app}或{L}营业网点。本司工作人员不会要求您向个人账户转账。",
    ],
    # from collector's mobile, sloppy
    "sms-collector-mobile": [
        "{sur}{sx}你好 我是{ags}的催收员 工号{wid} 受{L}委托 你的{prod}欠{amt}逾期{days}天了 电话打不通 看到回个电话",
        "{name}，{L}{prod}的事，今天下班前在{app}还一下最低{mn}，还了给我回个信息，我这边好登记。工号{wid}",
        "你好，{L}委外催收，我姓{sur2}，工号{wid}。你欠款{amt}元已经逾期很久了，一直联系不上你，请尽快处理，还款直接在{app}里还，不要转给我。",
        "{sur}{sx}，昨天电话里说好{date1}还{part}的，到现在没看到入账，请抓紧在{app}还款。有问题打这个号码找我，{ags}工号{wid}",
        "提醒下{name}，{L}那笔{amt}还没处理，今天是第{days}天了。能还多少先还多少，{app}上操作，还完截个图发我就行",
        "{nm}您好，我是受{L}委托跟进您账户的专员{sur2}（工号{wid}），电话多次未接通，麻烦您方便时回电。欠款以{app}显示为准。",
    ],
    # harsh agency texts (hard)
    "sms-harsh-legal": [
        "【{ags}】{name}，您{acct}逾期{days}天，欠款{amt}元，经多次催收仍未还款。委托方{L}已将您的案件列入拟诉讼名单，请于{date1}前在{app}还款，否则将依法提起诉讼，由此产生的诉讼费用由您承担。",
        "{name}：你的{L}信用卡透支{amt}元已逾期{days}天。根据刑法第196条，恶意透支经发卡银行两次有效催收后超过三个月仍不归还的，可能构成信用卡诈骗罪。请立即通过{app}还款。受托方{ags}，工号{wid}",
        "{nm}，你欠{L}的{amt}元拖了{days}天，电话不接信息不回。我司将按委托方要求安排外访人员前往你的户籍地及单位进行实地核实，请你自行考虑后果。还款认准{app}。{ags}",
        "最后通知：{name}名下{prod}欠款{amt}元，如{date1}前仍未处理，{L}将把您的逾期情况上报征信并移交法务部门处理。还款渠道仅限{app}。工号{wid}",
        "{sur}{sx}，我们已经第{k}次联系你了。你再不处理，委托方{L}会向法院申请立案，同时我们会依据合同联系你预留的紧急联系人。{app}还款，别再拖了。",
        "{name}：您的逾期欠款{amt}元已进入{L}诉讼前审核阶段，审核通过后将向有管辖权的法院起诉，判决后可能被强制执行并列入失信被执行人名单。{date1}前在{app}结清可终止流程。",
        "再次提醒{name}：{L}{prod}已逾期{days}天，本金{amt}元。您的行为已严重违约，委托方保留追究法律责任的权利。请于24小时内在{app}处理或回电{land}。{ags} 工号{wid}",
    ],
    # lender's own 贷后 notices
    "sms-inhouse": [
        "【{sig}】{nm}，您的{prod}已逾期{days}天，待还{amt}元。逾期将持续产生罚息并影响您的信用记录，请尽快登录{app}还款。",
        "{nm}您好，您在{L}的借款已逾期，当前应还{amt}元。我们的贷后工作人员将在近期与您电话联系，请保持手机畅通。来电以{hotx}为准。",
        "您尾号{tail}的{prod}已逾期第{days}天，逾期金额{amt}元。请立即还款，避免对您的个人征信产生进一步不良影响。如已还款请忽略。",
        "催缴通知：{name}，截至{date1}您{acct}累计欠款{amt}元（含罚息），账户已暂停使用。还清后可申请恢复，还款请使用{app}。",
        "【{sig}】您好，您的{prod}账单已逾期{days}天未还清，我们已多次通过电话提醒。请在{date2}前还款，逾期记录将按规定报送征信系统。",
        "{sur}{sx}，{prod}到期未还，已逾期{days}天。若您对欠款有疑问，请{contact}；若暂时无力全额还款，可在{app}申请协商分期。",
    ],
    "sms-visit-notice": [
        "【{ags}】{name}：因您{L}{prod}长期逾期且无法取得联系，我司拟于{date1}安排工作人员前往您登记的住址进行上门拜访，核实还款情况。如已还款请{contact}确认。",
        "外访通知：受{L}委托，我司外访专员将于近期前往您的工作单位了解情况，请您提前处理欠款{amt}元，避免不必要的影响。还款仅限{app}。",
        "{nm}，您好。由于您的欠款{amt}元逾期{days}天且电话无人接听，{L}已授权我司进行实地走访，外访人员将出示工作证及委托书。{ags}，工号{wid}。",
        "提醒：明天上午外访同事会到您户籍地所在社区核实地址。如您今天在{app}还清{amt}元或回电{land}说明情况，可以取消本次走访。",
    ],
    "sms-settlement-offer": [
        "{nm}，受{L}委托，告知您：您的{prod}欠款{amt}元，若在{date1}前一次性结清，可申请减免部分罚息。减免后金额以{app}显示为准，请勿向任何个人转账。工号{wid}",
        "好消息{sur}{sx}：委托方{L}本月开放结清减免，您的账户符合条件。请打开{app}“我的欠款”查看减免后应还金额，在App内还款即可，我司不代收款项。",
        "{name}您好，您的逾期账户经委托方审批，可按“先还{part}元+剩余分期”方式处理，方案已推送至{app}，请于{date1}前确认。{ags}",
    ],
}
COL_HARD = {"sms-harsh-legal", "sms-visit-notice"}
COL_TAIL = ["", "", "", "", "退订回T", "（本短信由{ag}发送）", "如已还款请忽略。", "回复TD拒收", "请勿回复本短信。"]


def gen_col_sms(group):
    base = pick_base(COL_SMS[group])
    s = slots(lender=lender_for(base, "{hot}" in base))
    s["sur2"] = rng.choice(STAFF_SUR)
    s["k"] = rng.choice(["三", "四", "五", "六", "十"])
    body = fill(base, s)
    tail = fill(pick(COL_TAIL), s)
    if "退订" in tail or "TD" in tail:
        tail = ""  # collection notices have no opt-out
    body += tail
    if group == "sms-inhouse":
        text = sig_wrap(body, s)
        sender = sms_sender(s)
    elif group == "sms-collector-mobile":
        text = body
        sender = pick([s["mob"], s["mob"], s["land"].replace("-", ""), s["vmob"]])
    else:
        text = body
        sender = pick([port(), port(), s["mob"], s["land"].replace("-", "")])
    hard = group in COL_HARD or any(k in text for k in ("起诉", "诈骗罪", "上门", "法务", "紧急联系人", "强制执行", "外访", "诉讼"))
    return text, sender, "sms", ["hard"] if hard else []


# ---- collection calls (composed)
C_OPEN = [
    "喂，您好，请问是{name}本人吗？",
    "你好，这边是{ags}的，受{L}委托联系你，我工号{wid}，你是{nm}吧？",
    "您好，我是{L}委外的催收员，姓{sur2}，工号{wid}，找一下{name}。",
    "喂，{name}？我{L}贷后的，你那个{prod}的事你心里有数吧？",
    "您好{nm}，打扰一下，我这里是{ag}，{L}委托我们跟您沟通一下欠款的问题，通话可能会录音。",
    "喂喂，{sur}{sx}吗？{L}信用卡中心委托的，我工号{wid}，今天再跟你确认一下还款。",
    "您好，这里是{L}资产保全部，请问您是{name}吗？",
    "{name}是吧，我是{ags}{sur2}，前两天给你打过电话的，{L}那笔账。",
]
D_CONF = [
    "是我，你说。", "嗯……对，是我。", "你哪位？……哦，是我。", "对对，我知道，上回你打过。", "你们怎么又打来了？",
    "我是，我在上班，你快点说。", "你打错了吧——哦，{L}啊，是我。", "嗯。", "是，怎么了？", "你们是真的{L}的吗？",
]
C_FACT = [
    "你在{L}的{prod}到今天已经逾期{days}天了，本息一共{amt}元，最低还款{mn}元到现在都还没还。",
    "我这边看到你{acct}欠款{amt}元，已经逾期{days}天，之前给你发过好几次短信了。",
    "跟你核对一下，欠款人{name}，委托方{L}，逾期金额{amt}，逾期{days}天，对吧？",
    "你那个{prod}上次说{date1}还，结果一分钱没进账，现在已经逾期{days}天了。",
    "系统里显示你这笔借款从{tm}开始就没还过，现在连本带罚息是{amt}块。",
]
D_EXC = [
    "最近失业了，手头真的紧。", "我老婆住院了，钱都垫进去了。", "工资还没发，下周行不行？", "我以为是自动扣款的，卡里没钱了。",
    "我知道欠钱，可我真没钱，你们爱咋咋地吧。", "这个金额不对吧，我记得没这么多。", "我其他几个平台也逾期了，一个一个来吧。",
    "我在外地打工，过年回来再说。", "你们利息太高了，我还不起。", "我最近在住院，等出院了再说。", "我在跟我哥借钱，借到就还。",
]
C_POLITE = [
    "理解你的难处，但是一直拖着罚息会越来越多，征信也会受影响。你看这周能不能先还个最低{mn}？",
    "那你看这样行不行，先还一部分，{part}块，表示一下还款诚意，剩下的我帮你跟{L}申请看能不能分期。",
    "金额如果有疑问，你可以打开{app}看账单明细，或者打{hotx}核对，我这边报的是系统数据。",
    "没关系，我们也是希望帮你把问题解决。你说个具体的日子，我这边备注上，到时候就不会频繁打扰你了。",
    "你有困难可以向{L}申请个性化分期，我可以帮你把需求反馈过去，不过最后能不能批以银行审核为准。",
    "住院的话可以把住院证明拍下来在{app}上传，符合条件的可以申请延期，这个我帮你登记一下。",
]
C_HARSH = [
    "我跟你说，你再拖下去，委托方那边就按流程提交法务起诉了，到时候不只是本金，诉讼费、律师费都得你出。",
    "你这张是信用卡，恶意透支经过两次有效催收超过三个月不还的，可能构成信用卡诈骗罪，这个不是吓唬你，刑法里写着的。",
    "你一直这样不配合，我们就只能安排外访人员去你户籍地和单位核实情况了，到时候影响不好别怪我们没提醒。",
    "你合同上留的紧急联系人我们也会联系，让你家里人知道你欠钱不还，你觉得好看吗？",
    "你这个态度我只能如实上报，{L}那边走诉讼，判下来还不还就不是你说了算了，到时候强制执行、限制高消费。",
    "你别跟我扯这些，欠钱还钱天经地义，今天下午五点前必须有款进来，不然我直接往上报。",
    "说实话你这个案子已经到诉前了，我这边是最后一次电话沟通，下一步就是律师函。",
]
D_HOW = [
    "那我怎么还？转给你吗？", "我还到哪里啊？你给我个账号？", "我能不能直接转给你们公司？", "你加我个微信吧，我转你。",
    "我在App上还就行吗？", "还了以后你们就别打了行不行？",
]
C_CHAN = [
    "不用转给我，也不要转任何个人账户，你直接打开{app}，在还款页面还就行，入账以{L}系统为准。",
    "我们不收款的，你自己在{app}还，或者转到你{L}的卡里也行，还完系统会自动同步给我们。",
    "微信不能加，我们也不接受转账到任何私人账户。还款只能通过{L}官方渠道，{app}或者网点都可以。",
    "对，{app}上还就行。要是有人让你转到别的账户，一律别信，那都是骗子。",
    "还款直接走{L}的官方渠道，你可以打{hotx}核实我说的金额，我的工号是{wid}。",
]
D_COMMIT = [
    "行吧，我周五先还{part}。", "我尽量这个月底前还清。", "那我先还最低的。", "好好好，我今晚就弄。", "我想想办法，过两天给你回话。",
    "我现在真还不了，你们要起诉就起诉吧。", "知道了知道了。", "那我{date1}还{part}，你别再打给我家里人了。",
]
C_CLOSE = [
    "好的，我这边备注了，{date1}前还{part}，到时候我再跟你确认，有疑问可以打{L}官方客服核实我的身份。",
    "那行，你说到做到，还完不用通知我，系统会同步。就这样。",
    "好，希望你按时处理，别让事情往坏的方向走。再见。",
    "那我就按你说的登记了，如果到期没进账，下一步怎么处理你自己清楚。",
    "好的{sur}{sx}，今天的通话内容有录音，后续以{app}显示的欠款金额为准。",
    "行，那就不打扰你了，记得还款认准官方渠道。",
]


def gen_col_call(group):
    s = slots(need_hot=False)
    s["sur2"] = rng.choice(STAFF_SUR)
    harsh = group in ("call-harsh", "asr-harsh")
    turns = [("A", pk(C_OPEN, s)), ("B", pk(D_CONF, s))]
    if rng.random() < .3:
        turns.append(("A", pick(["我这边再核对一下，你身份证后四位是多少？", "先跟你核实下身份，你出生年月是？", "方便说话吗？占用你几分钟。"])))
        turns.append(("B", pick(["{tail}。", "嗯，说吧。", "你们不是有吗？", "方便。"])))
    turns.append(("A", pk(C_FACT, s)))
    turns.append(("B", pk(D_EXC, s)))
    if harsh:
        for h in rng.sample([h for h in C_HARSH if s["kind"] == "bank" or not any(m in h for m in BANK_MARK)], rng.choice([1, 2, 2])):
            turns.append(("A", h))
            if rng.random() < .7:
                turns.append(("B", pick(["你这是威胁我？", "你们这样打电话是违规的！", "行行行你别说了。", "我又不是不还。", "随便你们。", "……那你说怎么办。"])))
        if rng.random() < .5:
            turns.append(("A", pk(C_POLITE[:2], s)))
    else:
        turns.append(("A", pk(C_POLITE, s)))
        if rng.random() < .4:
            turns.append(("B", pk(D_EXC, s)))
            turns.append(("A", pk(C_POLITE, s)))
    if rng.random() < .75:
        turns.append(("B", pk(D_HOW, s)))
        turns.append(("A", pk(C_CHAN, s)))
    turns.append(("B", pk(D_COMMIT, s)))
    turns.append(("A", pk(C_CLOSE, s)))
    labels = pick(LABELS_COLL)
    text = fill(dialog(turns, labels), s)
    while len(text) > 790 and len(turns) > 6:
        del turns[-3]
        text = fill(dialog(turns, labels), s)
    if group.startswith("asr"):
        text = asr(text)
    sender = pick([s["mob"], s["land"].replace("-", ""), s["vmob"], None, s["mob"]])
    hard = harsh or any(k in text for k in ("起诉", "诈骗罪", "外访", "紧急联系人", "强制执行"))
    return text, sender, "call", ["hard"] if hard else []


# ---- collection calls: special scenarios written out whole (each base different)
COL_SPECIAL = {
    "call-suspicious-callee": [
        "催收员：您好，{name}吗？我是{ags}的，受{L}委托，工号{wid}。\n我：现在骗子这么多，我怎么知道你不是骗子？\n催收员：您这个警惕是对的。我不需要您给我转任何钱，您自己打开{app}，看看是不是有一笔{amt}元的逾期。\n我：……是有。\n催收员：那就对了。您还款也是在App里还，别转给我，也别转给任何说能帮您处理的人。您要还不放心，可以打{hotx}问委托的事。\n我：行，那我自己弄。\n催收员：好的，麻烦您尽快，谢谢。",
        "对方：喂，{nm}，你{L}的{prod}逾期{days}天了，我是外包催收公司的，工号{wid}。\n我：你说你是催收的，那你让我转哪去？\n对方：哪也不用转，我们不碰钱。你登录{app}还就行。\n我：上礼拜有人也说是{L}的，让我加微信转到一个什么对公账户。\n对方：那个肯定是骗子，你千万别转。我们正规委外只会让你在官方渠道还款。你记一下我工号{wid}，打{hotx}可以查。\n我：好，谢谢提醒。",
        "A：您好，这里是{ag}，我们受{L}委托跟进您的逾期账户。\nB：你怎么有我电话的？\nA：是您在{L}办理业务时预留的手机号。您的{prod}目前欠款{amt}元，逾期{days}天。\nB：我没钱，而且我怀疑你是诈骗的。\nA：您可以不相信我，但请您自己去{app}核实一下欠款。还款也只在App里操作，我们不会要求您转账，也不会让您下载别的软件。\nB：我看一下再说。\nA：好的，您核实后尽快处理。",
        "来电：{sur}{sx}您好，我是{L}委托的催收专员，工号{wid}。\n本人：你们是不是要我共享屏幕啥的？我看新闻说有这种骗局。\n来电：不需要，我们不会让您共享屏幕，也不会要验证码。我只是告诉您，您尾号{tail}的账户逾期了{days}天，欠{amt}元。\n本人：那我在哪还？\n来电：{app}，或者去{L}网点柜台。钱是直接进{L}账户的，跟我们公司没关系。\n本人：哦，那我明天去网点问问。\n来电：可以，网点也能查到委托信息。",
    ],
    "call-dispute-amount": [
        "客户：你们说我欠{amt}？我上个月明明还了两千。\n坐席：您好，我是{ags}的，工号{wid}。我这边系统是{L}同步过来的数据，可能有时间差。麻烦您在{app}里看一下还款记录。\n客户：App上显示还欠一千多，跟你说的不一样啊。\n坐席：那以App显示为准，我这边会提交核对。您如果觉得账不对，可以直接打{hotx}提出异议，银行会给您调账单。\n客户：那你们先别催了。\n坐席：异议处理期间我们会暂停外呼，结果出来后再联系您。",
        "我：喂，你们这个罚息怎么算的？本金才{small}，怎么现在要我还{amt}？\n催收员：您好，罚息和违约金是按合同约定计算的，明细在{app}账单详情里都有。\n我：我不认，利息太高了。\n催收员：您对费用有异议的话，可以向{L}客服申请复核，也可以向金融监管部门投诉，这是您的权利。但建议您先把本金部分还上，避免继续产生费用。\n我：那我先还本金。\n催收员：可以的，直接在App里还就行，我这边给您备注异议情况。",
        "对方：{nm}，你{L}那笔欠款已经{days}天了。\n我：什么欠款？我从来没在{L}借过钱。\n对方：系统显示借款人是{name}，身份证后四位{tail}，是你吧？\n我：名字是我，但是我没借过，是不是有人冒用我身份？\n对方：如果您确认不是本人操作，请尽快联系{L}官方客服{hotx}申请核查，必要时去派出所报案。核查期间我们会暂停催收。\n我：好，我马上打。",
    ],
    "call-robot-inhouse": [
        "（语音外呼）您好，这里是{L}智能语音服务。您尾号{tail}的{prod}已逾期{days}天，当前应还金额{amt}元。为避免继续产生罚息、影响您的个人信用记录，请您尽快登录{app}完成还款。如您已还款，请忽略本次来电。本次来电不会索要您的密码或验证码。如需人工服务，请挂机后拨打{hotx}。感谢您的接听。",
        "您好，我是{L}的智能助理小{sur2}。系统显示您的{prod}账单已过还款日{days}天，欠款{amt}元。为避免产生更多罚息及影响个人信用，请于今日通过{app}还款。如果您遇到还款困难，可以在App内申请延期或分期。本次来电不会要求您转账到任何账户，感谢您的配合，再见。",
        "尊敬的{nm}，这里是{L}贷后服务中心语音提醒。您的借款逾期金额为{amt}元，已逾期{days}天。请注意，逾期信息将按规定报送金融信用信息基础数据库。还款请使用{app}，如有困难可在App内申请协商还款。重听请按1，我已知晓请按2……（客户按2）好的，感谢您的接听，请尽快还款，再见。",
        "机器人：您好，请问是{name}吗？\n我：是。\n机器人：这里是{L}，提醒您{prod}已逾期{days}天，欠款{amt}元，请问您今天能还款吗？\n我：明天吧。\n机器人：好的，已为您记录明天还款。请您通过{app}还款，逾期将影响您的信用记录。\n我：你是机器人吗？\n机器人：我是{L}的智能客服，如需人工服务请拨打{hotx}。祝您生活愉快，再见。",
        "AI外呼：喂，您好，这里是{L}，我是智能客服。您的{prod}有一笔{amt}元的欠款已经逾期了，请问您知道吗？\n客户：知道知道。\nAI外呼：好的，那请问您打算什么时候还款呢？\n客户：发了工资就还，{date1}吧。\nAI外呼：好的，已为您登记{date1}还款，请到时通过{app}还款。逾期时间越长罚息越多，请您务必按时处理。再见。",
    ],
}


def gen_col_special(group):
    base = pick_base(COL_SPECIAL[group])
    s = slots(lender=lender_for(base, "{hot" in base))
    text = fill(base, s)
    if "\n" in text and rng.random() < .5:
        labs = pick(LABELS_COLL)
        text = re.sub(r"^(催收员|对方|A|来电|坐席|机器人)：", labs[0] + "：", text, flags=re.M)
        text = re.sub(r"^(我|B|本人|客户)：", labs[1] + "：", text, flags=re.M)
    if rng.random() < .3:
        text = asr(text)
    sender = pick([s["mob"], s["land"].replace("-", ""), None, s["hot"] or None])
    hard = any(k in text for k in ("诈骗", "骗子", "征信"))
    return text, sender, "call", ["hard"] if hard else []


# ---- in-house early-stage reminder calls (lender's own staff), and settlement / broken-promise calls
EARLY_OPEN = [
    "您好，{nm}，我是{L}客服，工号{wid}，您的{prod}昨天到期了还没还上，打电话提醒您一下。",
    "喂您好，这里是{L}，请问是{name}吗？您本期{prod}账单{amt}元今天是宽限期最后一天了。",
    "{nm}您好，{L}贷后服务中心，您这个月的{prod}还款日已经过了{days}天，跟您确认下是不是忘记还了。",
    "您好，打扰了，{L}官方客服来电，来电显示是{hotx}，关于您{acct}的还款提醒。",
]
EARLY_B = [
    "啊？我忘了，我以为设了自动还款。", "知道，这两天手头有点紧。", "哦哦，我马上还。", "卡里钱不够扣，我下午存进去。",
    "我上周还了啊，怎么还显示没还？", "不好意思，最近出差一直没顾上。",
]
EARLY_A = [
    "没关系，您在{app}首页就能看到待还金额，点“立即还款”就可以，今天还上的话影响会小一些。",
    "您的自动还款绑定的卡余额不足，扣款失败了，您可以存入后在{app}手动还一下。",
    "如果您上周还了，可能是还到别的账户了，您在{app}的还款记录里看一下，有问题再打{hotx}。",
    "好的，那麻烦您今天处理一下，超过宽限期会产生逾期记录，影响个人征信。",
    "最低还{mn}元也可以，先保证账户不逾期，剩下的可以下期再还。",
]
EARLY_END = ["好的谢谢提醒。", "行，我现在就还。", "嗯，知道了。", "好，我晚上弄。"]
EARLY_CLOSE = ["好的，感谢您的配合，再见。", "那不打扰您了，祝您工作顺利。", "好的，还款后无需回电，系统会自动更新。"]


def gen_early_call(group):
    s = slots(need_hot=True)
    turns = [("A", pick(EARLY_OPEN)), ("B", pick(EARLY_B))]
    for a in rng.sample(EARLY_A, rng.choice([1, 2, 2])):
        turns.append(("A", a))
        if rng.random() < .5:
            turns.append(("B", pick(EARLY_B + ["扣款失败了？", "会上征信吗？", "要收罚息吗？"])))
    turns.append(("B", pick(EARLY_END)))
    turns.append(("A", pick(EARLY_CLOSE)))
    text = fill(dialog(turns, pick(LABELS_CS)), s)
    if "asr" in group:
        text = asr(text)
    return text, pick([s["hot"], s["hot"], None]), "call", []


SET_OPEN = [
    "{nm}您好，我是{ags}的{sur2}，工号{wid}，受{L}委托。今天给您打电话是有个好消息，您的账户这个月可以申请减免。",
    "喂，{name}吧？{L}委外的，上次你说一次性还不了，我帮你跟委托方申请了一下，有个结清方案。",
    "您好，这里是{ag}，关于您在{L}的逾期欠款{amt}元，委托方这边开放了一批减免名额给长期逾期客户。",
]
SET_B = ["减多少？", "你先说说怎么个减法。", "嗯，你说。", "什么方案？"]
SET_A = [
    ("减多少？", "方案是在{date1}前一次性还清的话，罚息和部分利息可以减免，具体减免后的金额在{app}里能看到，以App显示为准。"),
    ("那我要转给谁？", "这个不用转给我，也不转给我们公司，减免方案是{L}系统里直接生成的，您在{app}里确认后直接还款就行。"),
    ("我现在就没钱，减了也还不上。", "如果一次性还不上，也可以先还{part}，剩下的分{n12}期，这个方案也要在App里确认。"),
    ("真的假的？不会是骗我吧。", "您要是不放心，可以自己打{L}官方客服{hotx}问，报您的身份证号，他们能查到这个减免方案。"),
    ("能不能过两个月再说？", "减免是有期限的，过了{date1}方案就失效了，罚息会恢复计算。"),
]
SET_END = ["那我看一下App。", "行，我跟家里商量一下。", "我先还{part}吧，剩下分期。", "好，我这两天处理。"]
SET_CLOSE = ["好的，有问题随时联系我，但还款一定在官方渠道。", "行，那我这边先备注，方案有效期到{date1}。", "好的，祝您早日结清。"]


def gen_settle_call(group):
    s = slots(need_hot=True)
    s["sur2"] = rng.choice(STAFF_SUR)
    turns = [("A", pick(SET_OPEN)), ("B", pick(SET_B))]
    turns.append(("A", SET_A[0][1]))
    for q, a in rng.sample(SET_A[1:], rng.choice([1, 2, 2, 3])):
        turns.append(("B", q))
        turns.append(("A", a))
    turns.append(("B", pick(SET_END)))
    turns.append(("A", pick(SET_CLOSE)))
    text = fill(dialog(turns, pick(LABELS_COLL)), s)
    if "asr" in group:
        text = asr(text)
    return text, pick([s["mob"], s["land"].replace("-", ""), None]), "call", []


BRK_OPEN = [
    "{name}，我{ags}的，工号{wid}。你上周跟我保证{date1}还{part}，今天都过去三天了，钱呢？",
    "喂，{sur}{sx}，{L}那笔账，你这已经是第{k}次说话不算数了。",
    "{nm}，我是受{L}委托的催收员，你承诺的还款到现在没入账，我需要你给个说法。",
]
BRK_B = ["我这不是还没发工资嘛。", "再宽限两天，真的。", "我钱被别人借走了，还没还我。", "你别老打电话，我在上班！",
         "我家里出了点事。", "我已经在凑了。", "你们天天打，我怎么工作？"]
BRK_A = [
    "你每次都这么说，我这边没法跟委托方交代。你的案件已经被标记成失信承诺，再不还就直接转法务了。",
    "我提醒你，你的欠款已经{days}天了，委托方有权向法院起诉，判决以后不履行会被列入失信被执行人名单。",
    "你要是还这个态度，我们会按合同联系你的紧急联系人，核实你的还款能力。",
    "我不要求你今天全还，但今天必须先在{app}还一部分，哪怕{mn}也行，这是你最后一次机会。",
    "我们打电话都是在规定时间内，你也可以不接，但后面的法律程序不会因为你不接电话就停下来。",
    "还款就在{app}里还，别让别人帮你还，也别转给任何个人，转错了我们不认。",
]
BRK_END = ["行，我今晚先还{mn}。", "你们要告就去告吧。", "知道了，明天之前。", "……好吧，我找朋友借点。"]
BRK_CLOSE = ["好，今晚十点前我再看一次系统，没有的话就按流程走。", "你自己掂量，我就说到这。", "那我等你消息，这次别再食言了。"]


def gen_broken_call(group):
    s = slots(need_hot=False)
    s["sur2"] = rng.choice(STAFF_SUR)
    s["k"] = rng.choice(["三", "四", "五"])
    turns = [("A", pick(BRK_OPEN)), ("B", pick(BRK_B))]
    for a in rng.sample(BRK_A, rng.choice([2, 2, 3])):
        turns.append(("A", a))
        if rng.random() < .6:
            turns.append(("B", pick(BRK_B)))
    turns.append(("B", pick(BRK_END)))
    turns.append(("A", pick(BRK_CLOSE)))
    text = fill(dialog(turns, pick(LABELS_COLL)), s)
    if "asr" in group:
        text = asr(text)
    return text, pick([s["mob"], s["vmob"], s["land"].replace("-", ""), None]), "call", ["hard"]


# ================================================================ court_notice
COURT_LINK = ["zxfw.court.gov.cn", "https://zxfw.court.gov.cn", "“人民法院在线服务”微信小程序", "人民法院在线服务平台（zxfw.court.gov.cn）",
              "12368诉讼服务平台", "{cdom}"]
COURT_DOM = {"京": "bjcourt.gov.cn", "沪": "hshfy.sh.cn", "浙": "zjcourt.gov.cn", "粤": "gdcourts.gov.cn", "渝": "cqfygzfw.court.gov.cn",
             "川": "sccourt.gov.cn", "津": "tjcourt.gov.cn", "鄂": "hbfy.gov.cn", "苏": "jsfy.gov.cn", "陕": "sxgaofa.gov.cn",
             "湘": "hunancourt.gov.cn", "豫": "hncourt.gov.cn", "鲁": "sdcourt.gov.cn", "闽": "fjcourt.gov.cn", "皖": "ahgyss.cn",
             "云": "ynfy.gov.cn", "辽": "lncourt.gov.cn", "桂": "gxcourt.gov.cn"}

COURT_SMS = {
    "sms-filing": [
        "{court}通知：{name}，你被{pl}起诉（{ck}），案号{case_a}。本院将依法审理，你可委托代理人参加诉讼。诉讼材料请在{link}查看，勿点击其他来源链接。",
        "【{court}】尊敬的当事人{name}：您有一起新收案件，案号{case}，对方当事人{pl}。如需查询案件进度，请关注人民法院在线服务或拨打12368。",
        "【{court}】{name}，原告{pl}诉你{ck}一案，本院已立案受理，案号{case}。起诉状副本、应诉通知书等材料已电子送达，请登录{link}查阅。",
        "{name}您好：{pl}与您{ck}一案已由{court}立案，案号{case}，承办人{judge}。请于收到本通知之日起十五日内提交答辩状。查询请拨12368。",
        "【{court}】{name}，{pl}以{ck}为由对您提起诉讼，本院于{date1}立案。您可通过{link}输入案号{case_a}及验证码查看诉讼材料。",
        "立案通知：当事人{name}，案号{case}，案由{ck}，对方当事人{pl}。本短信仅为告知，不会要求您缴纳任何费用，详情以{link}为准。【{court}】",
    ],
    "sms-hearing": [
        "{name}你好，{court}{judge}提醒：{case_a}案件将于{date2}{hour}开庭，请携带身份证原件及证据材料到{room}，如委托律师请提交授权委托书。",
        "【{court}】庭前提醒：明日{hour}您参加的{ck}案（{case_a}）在线庭审，请提前30分钟登录{link}候庭，保持安静环境。",
        "【{court}】{name}，你与{pl}{ck}一案（{case_a}），定于2026年{date2}{hour}在本院{room}公开开庭审理，请准时到庭。无正当理由拒不到庭的，本院可依法缺席判决。",
        "{name}：案号{case}，本院定于{date2}{hour}通过互联网在线开庭审理，请提前登录{link}进行设备调试及身份认证。咨询电话12368。【{court}】",
        "开庭提醒：{case}（原告{pl}，被告{name}），开庭时间{date2}{hour}，地点{court}{room}。如需延期开庭，请在开庭三日前向承办法官书面申请。",
        "【{court}】{name}，您作为被告的{ck}案件{case_a}开庭时间变更为{date2}{hour}，原定时间取消，请相互告知。",
    ],
    "sms-pre-mediation": [
        "【{court}】{name}，{pl}与你{ck}纠纷已由本院登记为诉前调解，调解案号{tj}，调解员{med}，联系电话{land}。调解不收取费用，请于{date1}前与调解员联系。",
        "{name}您好，您与{pl}的{ck}纠纷已进入{court}诉前调解程序（{tj_a}）。调解员将通过{link}发起线上调解，调解成功可以申请司法确认。",
        "诉前调解通知：{court}受理了{pl}对您的调解申请，调解号{tj}。如您同意调解，请登录{link}确认；不同意调解的，案件将依法转入立案程序。",
        "【{court}】您好，本院特邀调解员{med}受托主持您与{pl}的借款纠纷调解，编号{tj}。调解员将于近期致电，如需核实请拨打12368。",
        "{name}：{tj}调解案件定于{date2}{hour}线上调解，调解链接将通过人民法院在线服务推送，届时请保持网络通畅。【{court}】",
    ],
    "sms-delivery": [
        "【{court}】{name}，您的案件{case_a}有新的诉讼文书（缺席判决书），请登录{link}查看。判决生效后请自觉履行，向{pl}清偿欠款。",
        "{court}电子送达：受送达人{name}，文书名称：开庭传票、证据副本，案号{case}。查看地址：{link}。如已签收请忽略。",
        "【{court}】{name}，本院向您电子送达{case_a}案传票、举证通知书，请登录{link}，使用身份证号后六位登录查收，文书送达后即视为已送达。",
        "{name}，您有一份来自{court}的法律文书（{case_a}），已通过电子送达平台发送，请于3日内登录{link}签收。本短信不含任何付款要求。",
        "【{court}】送达提醒：{case}民事调解书已生成，请登录{link}查看。调解书经双方签收后即具有法律效力，请按约定向{pl}履行还款义务。",
        "{name}：本院已作出{case}民事判决，判决书已电子送达，请登录{link}查阅。如不服本判决，可在判决书送达之日起十五日内提起上诉。【{court}】",
    ],
    "sms-judicial-confirm": [
        "【{court}】{name}，您与{pl}达成的调解协议（{tj_a}）已经本院司法确认，协议约定您自{date2}起分{n}期偿还{amt}元，请按期还款至{L}官方还款渠道。",
        "{name}您好：您与{pl}的诉前调解已达成协议，本院已出具司法确认裁定书，请登录{link}签收。如未按协议履行，对方可向法院申请强制执行。",
        "提示：{tj}调解协议约定的首期还款日为{date1}，请通过{app}按时还款。未按期履行的，{pl}可依法申请执行。【{court}】",
    ],
}


def court_slots():
    s = slots(need_hot=False)
    prov = s["cc"][0]
    s["cdom"] = COURT_DOM.get(prov, "court.gov.cn")
    s["link"] = fill(pick(COURT_LINK), s)
    s["judge"] = rng.choice(STAFF_SUR) + rng.choice(["法官", "审判员", "助理"])
    s["med"] = rng.choice(STAFF_SUR) + rng.choice(["女士", "先生", "老师", ""])
    s["n"] = rng.choice([6, 10, 12, 18, 24])
    return s


def gen_court_sms(group):
    base = pick_base(COURT_SMS[group])
    s = court_slots()
    text = fill(base, s)
    if "【" not in text and rng.random() < .5:
        text += f"【{s['court']}】"
    sender = pick(["12368", "12368", "12368", port(), "106" + digits(8) + "12368"])
    hard = any(k in text for k in ("起诉", "开庭", "缺席", "强制执行", "判决", "诉讼", "传票", "执行"))
    return text, sender, "sms", ["hard"] if hard else []


COURT_CALLS = [
    "调解员：您好，请问是{name}吗？我是{court}的特邀调解员，姓{sur2}。{pl}就您的{ck}向法院申请了诉前调解，调解号{tj}，我想跟您沟通一下。\n我：法院的？你不会是骗子吧？\n调解员：您可以拨打12368或者登录人民法院在线服务，输入调解号查询。我们调解不收任何费用，也不会要求您往任何账户转钱。\n我：那调解是什么意思？\n调解员：就是在立案前，您和{L}协商一个还款方案，比如分期，达成一致后可以申请司法确认。\n我：我最多每个月还{part}。\n调解员：好，我把您的方案反馈给对方，后续在线上调解平台确认。",
    "书记员：喂，{name}您好，这里是{court}，我是{judge}法官的书记员。您有一个案件，案号{case}，原告是{pl}，我们核实一下您的送达地址。\n我：是信用卡那个吗？\n书记员：案由是{ck}，具体材料已经电子送达，您可以在人民法院在线服务上查看。开庭时间是{date2}{hour}。\n我：我那天可能去不了。\n书记员：可以申请线上开庭，也可以在开庭前三天提交书面延期申请。有疑问打12368。\n我：好的，谢谢。",
    "A：您好，我是{court}诉调对接中心的工作人员，工号{wid}。您和{pl}有一个借款合同纠纷，目前在诉前调解阶段。\nB：我知道我欠钱，可是我现在真拿不出来。\nA：理解。调解就是给双方一个协商的机会，您可以提出分期方案，对方同意的话就不用走诉讼了。\nB：那钱给谁？\nA：还款直接还到{L}的官方渠道，法院和调解员都不经手钱。您可以在12368核实这个调解号{tj}。\nB：那我想分{n}期。\nA：好的，我记录一下，然后组织线上调解。",
    "法院：{name}女士/先生，您好，这边是{court}民事审判庭，有一起{pl}起诉您的案件需要跟您确认电子送达的手机号码，是现在这个号吗？\n我：是的。怎么回事啊？\n法院：原告主张您欠款{amt}元，案号{case}，相关材料会发送到这个号码，短信发送方为12368。您注意查收，按时应诉。\n我：能不能和解？\n法院：可以，开庭前后都可以调解，您也可以直接联系原告协商。不过请注意，法院不会通过电话要求您转账。\n我：明白。",
]


def gen_court_call(group):
    base = pick_base(COURT_CALLS)
    s = court_slots()
    s["sur2"] = rng.choice(STAFF_SUR)
    text = fill(base, s)
    if rng.random() < .4:
        text = asr(text)
    sender = pick([s["land"].replace("-", ""), "12368", None])
    return text, sender, "call", ["hard"]


# composed mediator calls for more variety
MED_OPEN = [
    "您好，这里是{court}诉前调解工作室，我是调解员{med}，请问是{name}吗？",
    "喂，{nm}吗？我这边是{court}立案庭委派的调解员，找您说一下{pl}那个案子。",
    "您好，{court}人民调解委员会驻院工作室，我姓{sur2}，关于调解号{tj}跟您联系一下。",
    "{name}您好，我是{court}的法官助理，您和{L}的借款纠纷现在在诉前调解阶段。",
]
MED_B1 = ["是我。怎么了？", "法院的？我被起诉了？", "嗯，我收到过12368的短信。", "你们怎么知道我电话？", "我知道，{L}那个是吧。"]
MED_FACT = [
    "{pl}向本院申请诉前调解，主张您欠款{amt}元，包括本金、利息和违约金。",
    "对方提交的材料显示您{acct}从{tm}起逾期，欠款{amt}元，目前还没有正式立案，是调解阶段。",
    "案子还没立案，先调解。原告是{pl}，诉请金额{amt}元，调解号{tj}。",
]
MED_B2 = ["那我要怎么办？", "我现在还不上这么多。", "利息能不能少点？", "我得先核实一下你是不是法院的。", "我不想上法庭。"]
MED_EXPLAIN = [
    "您可以提出您的还款方案，我们组织双方在线调解，调解成功可以申请司法确认，和判决一样有效力。",
    "您可以拨打12368或者在人民法院在线服务小程序输入调解号核实，调解全程不收费。",
    "利息和违约金可以在调解中协商，对方同意减免多少以最后的调解协议为准。",
    "如果调解不成，案件会转入立案程序，那就要开庭审理了，所以建议您积极参与。",
    "钱不经过法院也不经过我，按协议还到{L}官方账户或者{app}里还。任何人让您转到私人账户都不要理。",
]
MED_B3 = ["那我想分{n}期还，每期{part}。", "行，我先在小程序上看看。", "那你把调解时间发我吧。", "我考虑考虑，跟家里商量下。"]
MED_CLOSE = [
    "好的，我把您的意见转给对方，调解时间确定后会通过短信通知，发送号码是12368。",
    "好，您先核实，核实后登录人民法院在线服务确认参加调解就可以。",
    "那就这样，线上调解的时候请带好身份证，提前十分钟进入。",
]


def gen_med_call(group):
    s = court_slots()
    s["sur2"] = rng.choice(STAFF_SUR)
    turns = [("A", pick(MED_OPEN)), ("B", pick(MED_B1)), ("A", pick(MED_FACT)), ("B", pick(MED_B2))]
    for e in rng.sample(MED_EXPLAIN, rng.choice([1, 2, 2, 3])):
        turns.append(("A", e))
        if rng.random() < .5:
            turns.append(("B", pick(MED_B2)))
    turns.append(("B", pick(MED_B3)))
    turns.append(("A", pick(MED_CLOSE)))
    labels = pick([("调解员", "我"), ("法院", "我"), ("A", "B"), ("对方", "本人"), ("工作人员", "当事人")])
    text = fill(dialog(turns, labels), s)
    if group.endswith("asr"):
        text = asr(text)
    sender = pick([s["land"].replace("-", ""), "12368", None, s["land"].replace("-", "")])
    return text, sender, "call", ["hard"]


# ================================================================ credit_relief_notice
REL_SMS = {
    "sms-policy-explain": [
        "【{sig}】致客户：2026年3月31日是一次性信用修复政策的还款截止日。该政策无需申请，由征信系统统一处理；本公司客户只需在{app}结清欠款，不需要向任何人支付费用。",
        "常见问答｜一次性信用修复要不要申请？不用。要不要交钱？不用。找中介能不能更快？不能。唯一要做的：3月31日前在{app}还清欠款。——{L}",
        "{L}客户须知：本次信用修复仅针对逾期信息的展示，已结清的逾期不会被“删除”，而是按政策不予展示；未还清的欠款仍需偿还。详情可{contact}。",
        "根据中国人民银行一次性信用修复政策，2020年1月1日至2025年12月31日期间产生的单笔金额不超过1万元的逾期信息，如您在2026年3月31日前足额偿还，相关记录将不再在征信报告中展示。本政策免申即享，无需申请、不收取任何费用。",
        "政策提示：人民银行推出一次性信用救济措施，2020—2025年间单笔不超过一万元的逾期，于2026年3月31日前全部还清的，征信系统将自动不予展示。无需找任何机构办理，请通过{app}还款。",
        "尊敬的客户：近期人民银行发布个人信用修复相关政策，符合条件的逾期记录在结清后由征信系统自动处理，不需要本人提出申请，也不存在“加急”“内部名额”。谨防以信用修复为名的诈骗。",
        "关于一次性信用修复：①范围：2020年至2025年发生、单笔不超过1万元的逾期；②条件：2026年3月31日前足额还款；③方式：系统自动处理，免申即享，不收费。还款请认准{app}。",
        "{L}提醒您：近期人民银行宣布对2020年至2025年间单笔不超过1万元的逾期信息实行一次性处理，2026年3月31日前还清即可享受，无需申请。您可在{app}查询自己是否有逾期欠款。",
        "【{sig}】关于个人信用修复政策的说明：本次政策由征信系统统一实施，本机构不提供任何“修复”服务，也未授权任何第三方。客户只需在期限内结清欠款，无需提交申请。咨询请{contact}。",
        "亲爱的{prod}用户，央行一次性信用修复来了！2020—2025年的小额逾期（单笔≤1万元），3月31日前还清就不再展示。0申请0费用，在{app}还款即可。有人让你交钱“修复”？直接挂电话！",
        "{L}温馨提示：“一次性信用修复”不等于“删除所有逾期”。仅限2020年1月1日至2025年12月31日发生、单笔不超过1万元且在2026年3月31日前足额还款的逾期。更多说明可{contact}。",
        "近期有不法分子冒充{L}工作人员，以“名额有限”“内部渠道加急修复征信”为由收取费用。本次信用修复政策免申即享，我们不会向您收取任何费用，请通过{app}还款。",
        "【{sig}】告客户书：按照人民银行统一部署，符合条件的个人逾期信息结清后将不予展示。本行不会委托任何第三方代办信用修复，凡声称可“付费修复”“删除记录”的均为诈骗。",
    ],
    "sms-personal-eligible": [
        "{L}通知：{nm}，您{y}年{tm}产生的逾期（{small}元）尚未结清。按央行政策，还清后该记录可自动不予展示，请直接在{app}操作，无需找任何人帮忙。",
        "【{sig}】经系统核对，您名下共有1笔符合一次性信用修复条件的逾期，剩余应还{small}元。若已还清请忽略。",
        "{nm}，您{acct}在{y}年有一笔逾期记录，逾期金额{small}元，目前仍有欠款未结清。若您在2026年3月31日前通过{app}足额还款，该记录可按人民银行一次性信用修复政策不予展示。",
        "{nm}您好，经核查您名下{prod}存在{y}年产生的逾期，金额未超过1万元，符合一次性信用修复政策条件。请于3月31日前还清欠款{small}元，无需另行申请。",
        "提醒：您{acct}尚有{small}元逾期欠款（发生于{y}年），还清后可适用2026年一次性信用修复政策。请直接在{app}还款，本行不会通过个人账户收款。",
        "您好，您的{prod}历史逾期金额{small}元符合本次信用修复政策范围，距离政策截止日2026年3月31日还有{left}天，请尽早还款。办理不需要任何费用。",
    ],
    "sms-deadline": [
        "{nm}，最后{left}天！您在{L}仍有{y}年产生的逾期欠款{small}元，3月31日24点前在{app}还清，即可适用一次性信用修复。过期不再适用。",
        "提醒您：一次性信用修复政策以2026年3月31日前“足额还款”为准，部分还款不适用。您{acct}当前剩余欠款{small}元，请在截止日前一次还清。",
        "温馨提示：人民银行一次性信用修复政策截止日为2026年3月31日，您{acct}仍有逾期欠款{small}元未还清，请尽快通过{app}还款。",
        "距3月31日信用修复政策截止仅剩{left}天。结清符合条件的逾期欠款后，相关逾期信息将自动不予展示。还款渠道：{app}/{contact}。",
        "【{sig}】倒计时提醒：您{y}年的逾期欠款尚未结清，2026年3月31日后还款将无法适用一次性信用修复政策。请及时处理，谨防诈骗。",
    ],
    "sms-after-repay": [
        "{nm}您好，您{acct}已于{date1}全部还清，感谢您的配合。您{y}年的逾期记录符合人民银行一次性信用修复条件，将由征信系统自动处理，您无需联系任何机构。",
        "【{sig}】结清证明已生成：您的{prod}欠款{small}元已还清，可在{app}下载结清证明。按政策符合条件的逾期将不予展示，本机构不会就此收取任何费用。",
        "您的{prod}账户已结清。温馨提示：信用报告更新存在一定时间差，如结清后较长时间仍有展示，可{contact}或向征信中心免费提出异议。",
        "您已于{date1}结清{acct}的逾期欠款{small}元。根据一次性信用修复政策，符合条件的逾期信息将不予展示，征信报告更新时间以征信中心为准，无需另行申请。",
        "还款成功！您的{prod}欠款已全部结清。若该逾期发生于2020—2025年且单笔不超过1万元，将按人民银行政策自动处理。您可通过征信中心官方渠道查询个人信用报告。",
        "【{sig}】{nm}，您的逾期欠款已结清。按政策相关记录将由征信系统自动不予展示，请勿相信任何声称可“加快修复”并收费的电话或短信。",
    ],
    "sms-not-eligible": [
        "您好，您本次还款后{acct}仍有欠款{small}元未结清，需全部足额还清才可适用一次性信用修复政策，请于2026年3月31日前还清剩余款项。",
        "【{sig}】{nm}，您的逾期发生于2019年，不在本次信用修复政策的时间范围（2020—2025年）内。还清后记录将按《征信业管理条例》规定的期限展示。",
        "{nm}您好，您{acct}的逾期金额为{big}元，超过一次性信用修复政策规定的单笔1万元标准，还清后相关记录仍将按规定展示。如有还款困难可{contact}申请分期。",
        "您咨询的信用修复政策适用于2020—2025年产生的逾期。经查，您的逾期发生于2026年{tm}，不在本次政策范围内，请尽快还款避免产生新的不良记录。",
        "您好，您的逾期欠款{small}元于2026年3月31日之后才结清，不适用本次一次性信用修复政策，相关记录将按规定保留。如对信用报告有异议可免费提出异议申请。",
    ],
}
REL_TAIL = ["", "谨防以信用修复为名的诈骗。", "本行不会委托任何机构代办，不收取任何费用。", "如有疑问请{contact}。",
            "请勿向任何个人或所谓“修复机构”付费。", "以上服务免申即享，无需提交任何材料。", ""]


def gen_rel_sms(group):
    base = pick_base(REL_SMS[group])
    s = slots(lender=lender_for(base, "{hot" in base))
    s["left"] = rng.randint(3, 80)
    s["big"] = money_c(11000, 80000)
    text = fill(base, s)
    if rng.random() < .6:
        c = fill(pick(REL_TAIL), s)
        if not (s["hotx"] in c and s["hotx"] in text):
            text += c
    text = sig_wrap(text, s) if "【" not in text else text
    return text, sms_sender(s), "sms", ["hard"]


REL_OPEN = [
    "您好，这里是{L}客服中心，我是工号{wid}的客服，来电是想通知您关于人民银行信用修复政策的事情。",
    "喂您好，{nm}是吗？{L}客服，跟您说一下您{acct}的逾期还款和最近的征信政策。",
    "您好，{L}贷后服务，您{y}年有一笔逾期欠款还没结清，想跟您说一下最新的政策。",
    "{nm}您好，打扰您一分钟，我是{L}的客户经理{sur2}，您名下有笔{small}元的欠款一直没还，现在有个政策对您挺有利的。",
    "您好，{L}官方热线回访，请问是{name}本人吗？我们在通知符合一次性信用修复条件的客户。",
]
REL_B1 = ["是我。", "嗯，你说。", "什么政策？", "你们是{L}的？我先听听。", "又是征信？最近好多电话说这个。", "我在忙，你简单说。"]
REL_IN = [
    "我想问下，你们说的那个一次性信用修复，我需要申请吗？",
    "你好，有人打电话说能帮我走信用修复，交两千块加急，是你们合作的吗？",
    "我那笔逾期是{y}年的，现在还了还会在征信上显示吗？",
    "听说征信可以洗白了？我欠你们的是不是还了就没了？",
    "我想贷款买房，银行说我有逾期，我听说今年有个政策，想问问我符不符合。",
]
REL_INTRO = [
    "人民银行出了一个一次性信用修复的政策：2020年到2025年之间产生的、单笔不超过一万元的逾期，只要在2026年3月31日前还清，征信报告上就不再展示。",
    "简单说就是，您{y}年那笔逾期金额是{small}元，在政策范围内，3月31号前还清了，这条逾期记录就不展示了。",
    "这个是央行统一的政策，免申即享，系统自动处理，我们只是提醒符合条件的客户抓紧时间还款。",
]
REL_QA = [
    ("要交钱吗？", "不需要交任何费用。凡是说收费办理、加急处理、有内部名额的，都是诈骗，您千万别信。"),
    ("需要我去哪申请吗？", "不用申请，也不用提交材料，免申即享。您只要把欠款足额还上，剩下的由征信系统自动处理。"),
    ("那我怎么还？", "直接在{app}里还款就行，或者{contact}。我们不会让您转账到任何个人账户，也不会让您下载其他软件。"),
    ("有人说可以帮我办，收点手续费，靠谱吗？", "不靠谱。这个政策根本不需要任何人代办，收手续费的都是骗子，钱交了就找不回来了。"),
    ("我那个逾期两万多，也能修复吗？", "单笔逾期金额超过一万元的不在这次政策范围内，还清后记录还是会按规定展示，不过越早还清对您越有利。"),
    ("要是4月份才还呢？", "那就不适用了，截止日是2026年3月31日，过了这个时间再还款，记录会按原规定保留。"),
    ("还完多久能看到？", "征信报告的更新需要一定时间，具体以征信中心为准，您可以过段时间通过征信中心官方渠道查询。"),
    ("我欠多少来着？", "您目前需要还的是{small}元，具体以{app}里显示的金额为准。"),
    ("那我今年新的逾期呢？", "2026年以后产生的逾期不在政策范围内，所以后面一定要按时还款。"),
]
REL_BACK = ["哦。", "嗯嗯。", "明白了。", "这样啊。", "那还挺好的。", "行。"]
REL_CLOSE = [
    "好的，还有其他问题吗？……好的，感谢您的接听，再见。",
    "稍后我们会给您发一条短信说明政策内容，发送号码是我们的官方号码。",
    "您还款后可以通过征信中心官方渠道查询报告，更新会有一定时间。",
    "再提醒一下，不要相信任何收费修复的说法，有疑问直接打{hotx}。",
    "好的，那请您尽快安排还款，祝您生活愉快。",
]


def gen_rel_call(group):
    s = slots(need_hot=True)
    s["big"] = money_c(11000, 80000)
    s["sur2"] = rng.choice(STAFF_SUR)
    if group.startswith("call-inbound"):
        turns = [("A", pick(NEG_IN_OPEN)), ("B", pick(REL_IN))]
        turns.append(("A", pick(REL_INTRO)))
    else:
        turns = [("A", pick(REL_OPEN)), ("B", pick(REL_B1)), ("A", pick(REL_INTRO))]
        if rng.random() < .5:
            turns.append(("B", pick(REL_BACK)))
            turns.append(("A", pick(REL_INTRO)))
    for q, a in rng.sample(REL_QA, rng.choice([1, 2, 2, 3, 3])):
        turns.append(("B", q))
        turns.append(("A", a))
        if rng.random() < .3:
            turns.append(("B", pick(REL_BACK)))
    turns.append(("A", pick(REL_CLOSE)))
    # drop exact repeats of an A turn
    seen, tt = set(), []
    for t in turns:
        if t[0] == "A" and t[1] in seen:
            continue
        seen.add(t[1])
        tt.append(t)
    labels = pick(LABELS_CS)
    text = fill(dialog(tt, labels), s)
    if group.endswith("asr"):
        text = asr(text)
    return text, None if "inbound" in group else pick([s["hot"], s["hot"], None]), "call", ["hard"]


# ================================================================ terse / long-form extras
TERSE = {
    ("official_negotiation", "sms-terse-offer"): [
        "【{sig}】还款有困难？可申请个性化分期，{contact}。",
        "{prod}可申请延期还款，入口：{app}。{sig}",
        "您的分期申请已通过：{n12}期，月供{per}元。【{sig}】",
        "协商还款申请已受理，请留意{hot}来电。【{sig}】",
        "{L}：逾期可申请分期，免手续办理费，勿找中介。",
        "尾号{tail}：延期申请已通过，新还款日{date2}。",
        "【{sig}】个性化分期方案待确认，{date1}前登录{app}确认。",
        "回复1办理逾期分期，回复2人工回电。{L}",
        "{sig}提醒：您的停息分期本月应还{per}元，{date1}扣款。",
    ],
    ("collection", "sms-terse-dun"): [
        "{L}：{prod}已逾期{days}天，欠{amt}元，请速还。",
        "尾号{tail}卡逾期，应还{amt}，请今日处理。{ags}",
        "{sur}{sx} {L}欠款{amt} 今天务必还上 工号{wid}",
        "【{sig}】您已逾期，请尽快还款，以免影响征信。",
        "逾期提醒：{prod} {amt}元 第{days}天 {app}还款",
        "{name}，{L}逾期款{amt}元，请回电{land}。{ags}",
        "你好，{L}委托，速回电。工号{wid}",
        "{sur}{sx}，在吗？{L}的款今天能还吗？{app}直接还就行",
        "明天就满{days}天了，{L}的{amt}再不还要转法务，别拖了。",
    ],
    ("court_notice", "sms-terse-court"): [
        "【{court}】您有案件（{case_a}）已立案，详见{link}。",
        "{case_a}定于{date2}{hour}开庭。【{court}】",
        "【{court}】诉前调解通知：{tj}，调解员{med}，电话{land}。",
        "12368提醒：{case_a}文书已送达，请登录人民法院在线服务查收。",
        "【{court}】{name}，{tj}调解将于{date2}{hour}线上进行。",
        "{name}：您的{ck}案开庭改期，新时间以本院通知为准。【{court}】",
    ],
    ("credit_relief_notice", "sms-terse-relief"): [
        "【{sig}】2020—2025年单笔≤1万元逾期，2026年3月31日前还清将不再展示，免申请、不收费。",
        "信用修复免申即享，不收费，无需代办。您有欠款请在{app}还清。{sig}",
        "您有{small}元逾期未还，3月31日前还清可适用一次性信用修复。{app}还款。",
        "【{sig}】{nm}，您{y}年逾期欠款{small}元，还清即按政策自动处理，无需申请。",
        "{L}：您的逾期已结清，符合条件的记录将按政策不予展示。",
        "还剩{left}天！3.31前结清小额逾期，征信不再展示。{L}",
    ],
}
LONG = {
    ("collection", "sms-formal-letter"): [
        "【{ags}】催收函 {name}：您于{L}办理的{prod}因未按约还款，截至{date1}逾期{days}天，欠款{amt}元（以{L}系统为准）。您有权就欠款金额提出异议，异议请{contact}。请于收函后7日内通过{app}或{L}网点还款。委托方：{L}；受托方：{ag}；工号{wid}；联系电话{land}。",
        "{name}您好：一、欠款事实：您{acct}逾期{days}天，应还{amt}元；二、催收事由：受{L}委托进行还款提醒；三、还款方式：仅限{app}或本人账户自动扣款；四、异议渠道：{contact}；五、本司不收取任何费用，不接受现金或个人转账。{ag}",
        "尊敬的{nm}：根据{L}的委托，现就您名下逾期账务通知如下：逾期本金{amt}元，逾期天数{days}天。请您在{date2}前清偿或联系我们说明情况。若您存在失业、疾病等实际困难，可向{L}申请个性化分期。本通知不涉及任何第三方收款。{ags}（工号{wid}）",
    ],
    ("court_notice", "sms-long"): [
        "【{court}】{name}：原告{pl}诉被告{name}{ck}一案，本院已于{date1}立案，案号{case}。依照《中华人民共和国民事诉讼法》相关规定，现向你电子送达起诉状副本、应诉通知书、举证通知书、传票等材料。请登录{link}查阅，或拨打12368咨询。本院不会以任何理由要求你向个人账户汇款。",
        "{name}您好，这里是{court}诉讼服务中心。{pl}就其与您之间的{ck}向本院申请诉前调解（{tj_a}）。诉前调解不收取任何费用。您可于{date1}前通过{link}选择是否同意调解；同意的，调解员{med}将与您联系确定方案；不同意或逾期未答复的，本案将依法转入诉讼程序。",
    ],
}


def gen_table(table):
    def g(slug):
        key = next(k for k in table if k[1] == slug)
        base = pick_base(table[key])
        if key[0] == "court_notice":
            s = court_slots()
        else:
            s = slots(lender=lender_for(base, "{hot" in base))
        s.setdefault("left", rng.randint(3, 80))
        text = fill(base, s)
        if key[0] == "court_notice":
            sender = pick(["12368", "12368", port()])
        elif key[0] == "collection" and "sig" not in base:
            sender = pick([s["mob"], port(), s["land"].replace("-", "")])
        else:
            sender = sms_sender(s)
        hard = key[0] in ("credit_relief_notice",) or any(k in text for k in (
            "停息", "协商", "征信", "法务", "开庭", "立案", "诉讼", "传票", "起诉"))
        return text, sender, "sms", ["hard"] if hard else []
    return g


gen_terse = gen_table(TERSE)
gen_long = gen_table(LONG)


# ================================================================ main
def grams(t):
    c = "".join(t.split())
    return frozenset(c[i:i + 5] for i in range(max(1, len(c) - 4)))


PLAN = [
    # family, group slug, generator, target
    ("official_negotiation", "sms-hardship-offer", gen_neg_sms, 22),
    ("official_negotiation", "sms-app-channel", gen_neg_sms, 18),
    ("official_negotiation", "sms-plan-approved", gen_neg_sms, 20),
    ("official_negotiation", "sms-application-status", gen_neg_sms, 15),
    ("official_negotiation", "sms-reply-code", gen_neg_sms, 12),
    ("official_negotiation", "sms-settlement-reduction", gen_neg_sms, 10),
    ("official_negotiation", "call-bank-outbound", gen_neg_call, 24),
    ("official_negotiation", "call-customer-inbound", gen_neg_call, 22),
    ("official_negotiation", "call-asr", gen_neg_call, 20),
    ("official_negotiation", "call-inbound-asr", gen_neg_call, 14),
    ("official_negotiation", "call-platform-service", gen_neg_plat_call, 12),
    ("collection", "sms-agency-formal", gen_col_sms, 22),
    ("collection", "sms-collector-mobile", gen_col_sms, 20),
    ("collection", "sms-harsh-legal", gen_col_sms, 22),
    ("collection", "sms-inhouse", gen_col_sms, 20),
    ("collection", "sms-visit-notice", gen_col_sms, 10),
    ("collection", "sms-settlement-offer", gen_col_sms, 10),
    ("collection", "call-polite", gen_col_call, 25),
    ("collection", "call-harsh", gen_col_call, 25),
    ("collection", "asr-polite", gen_col_call, 25),
    ("collection", "asr-harsh", gen_col_call, 25),
    ("collection", "call-suspicious-callee", gen_col_special, 10),
    ("collection", "call-inhouse-early", gen_early_call, 16),
    ("collection", "asr-inhouse-early", gen_early_call, 14),
    ("collection", "call-settlement-offer", gen_settle_call, 14),
    ("collection", "asr-settlement-offer", gen_settle_call, 10),
    ("collection", "call-broken-promise", gen_broken_call, 16),
    ("collection", "asr-broken-promise", gen_broken_call, 12),
    ("collection", "call-dispute-amount", gen_col_special, 8),
    ("collection", "call-robot-inhouse", gen_col_special, 8),
    ("court_notice", "sms-filing", gen_court_sms, 18),
    ("court_notice", "sms-hearing", gen_court_sms, 16),
    ("court_notice", "sms-pre-mediation", gen_court_sms, 20),
    ("court_notice", "sms-delivery", gen_court_sms, 16),
    ("court_notice", "sms-judicial-confirm", gen_court_sms, 10),
    ("court_notice", "call-court-staff", gen_court_call, 10),
    ("court_notice", "call-mediator", gen_med_call, 16),
    ("court_notice", "call-mediator-asr", gen_med_call, 12),
    ("credit_relief_notice", "sms-policy-explain", gen_rel_sms, 18),
    ("credit_relief_notice", "sms-personal-eligible", gen_rel_sms, 18),
    ("credit_relief_notice", "sms-deadline", gen_rel_sms, 12),
    ("credit_relief_notice", "sms-after-repay", gen_rel_sms, 12),
    ("credit_relief_notice", "sms-not-eligible", gen_rel_sms, 10),
    ("credit_relief_notice", "call-outbound", gen_rel_call, 16),
    ("credit_relief_notice", "call-inbound", gen_rel_call, 16),
    ("credit_relief_notice", "call-outbound-asr", gen_rel_call, 12),
    ("credit_relief_notice", "call-inbound-asr", gen_rel_call, 10),
    ("official_negotiation", "sms-terse-offer", gen_terse, 12),
    ("collection", "sms-terse-dun", gen_terse, 14),
    ("court_notice", "sms-terse-court", gen_terse, 10),
    ("credit_relief_notice", "sms-terse-relief", gen_terse, 10),
    ("collection", "sms-formal-letter", gen_long, 8),
    ("court_notice", "sms-long", gen_long, 6),
]

THRESH = 0.5


def main():
    rows, accepted = [], []
    index = {}
    report = []
    for family, slug, gen, target in PLAN:
        got, tries = 0, 0
        while got < target and tries < target * 40:
            tries += 1
            LAST["base"] = None
            text, sender, channel, flags = gen(slug)
            text = text.strip()
            n = len(text)
            if channel == "sms" and not (10 <= n <= 300):
                continue
            if channel == "call" and not (150 <= n <= 800):
                continue
            g = grams(text)
            shared = {}
            for x in g:
                for j in index.get(x, ()):
                    shared[j] = shared.get(j, 0) + 1
            if any(c / (len(g) + len(accepted[j]) - c) >= THRESH for j, c in shared.items()):
                continue
            if LAST["base"] is not None and BASE_USE.get(LAST["base"], 0) >= BASE_CAP[channel]:
                continue
            if LAST["base"] is not None:
                BASE_USE[LAST["base"]] = BASE_USE.get(LAST["base"], 0) + 1
                LAST["base"] = None
            k = len(accepted)
            accepted.append(g)
            for x in g:
                index.setdefault(x, []).append(k)
            rows.append(dict(id=f"gb-{len(rows) + 1:04d}", text=text, label="genuine", channel=channel, sender=sender,
                             family=family, group=f"{family}/{slug}", flags=sorted(set(flags))))
            got += 1
        report.append((family, slug, got, target))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in report:
        if r[2] < r[3]:
            print("short:", *r)
    print(len(rows), "rows ->", OUT)


if __name__ == "__main__":
    main()
