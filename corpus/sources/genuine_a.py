"""Generator for corpus section genuine_a (label: genuine).

Families: bill_statement, due_reminder, overdue_notice, autodebit_result, repayment_ok.
Deterministic (fixed seed), stdlib only. Writes corpus/genuine_a.jsonl.

Template mini-syntax: ((a|b|c)) picks one alternative, [[...]] is optional (kept ~half the time),
{slot} is filled from the lender / account facts. Every template is its own scenario group.
"""
import json
import random
import re
from pathlib import Path

SEED = 20260329
OUT = Path(__file__).resolve().parents[1] / "genuine_a.jsonl"
R = random.Random(SEED)

# ---------------------------------------------------------------- lenders
# kind: card (bank credit card), loan (bank/rural consumer loan), plat (internet lender)
def L(key, kind, brand, prod, hot, app, dom, sigs, senders, sigpos=("start", "end")):
    return dict(key=key, kind=kind, brand=brand, prod=prod, hot=hot, app=app, dom=dom,
                sigs=sigs, senders=senders, sigpos=sigpos)

LENDERS = [
    L("icbc", "card", "工商银行", ["牡丹信用卡", "牡丹贷记卡", "信用卡"], "95588", ["中国工商银行App", "工银e生活App", "手机银行"], "icbc.com.cn",
      ["【工商银行】", "工银信用卡【工商银行】"], ["95588", "1069095588", "106980095588", "工商银行"], ("end",)),
    L("abc", "card", "农业银行", ["金穗信用卡", "信用卡", "农行信用卡"], "95599", ["农行掌银", "中国农业银行App", "掌上银行"], "abchina.com",
      ["【农业银行】", "【中国农业银行】"], ["95599", "1069095599", "农业银行"]),
    L("boc", "card", "中国银行", ["中银信用卡", "信用卡"], "95566", ["缤纷生活App", "中国银行手机银行"], "boc.cn",
      ["【中国银行】"], ["95566", "1069095566", "中国银行"]),
    L("ccb", "card", "建设银行", ["龙卡信用卡", "信用卡", "龙卡"], "95533", ["建行生活App", "建设银行App", "手机银行"], "ccb.com",
      ["【建设银行】", "【中国建设银行】"], ["95533", "106980095533", "建设银行"]),
    L("bocom", "card", "交通银行", ["交行信用卡", "信用卡", "太平洋信用卡"], "95559", ["买单吧App", "交通银行App"], "bankcomm.com",
      ["【交通银行】", "交通银行信用卡中心"], ["95559", "1069095559", "交通银行"]),
    L("cmb", "card", "招商银行", ["招行信用卡", "信用卡"], "95555", ["掌上生活App", "招商银行App"], "cmbchina.com",
      ["[招商银行]", "【招商银行】"], ["95555", "10693495555", "招商银行"], ("end",)),
    L("spdb", "card", "浦发银行", ["浦发信用卡", "信用卡"], "95528", ["浦大喜奔App", "浦发手机银行"], "spdb.com.cn",
      ["【浦发银行】", "浦发银行信用卡中心"], ["95528", "1069095528", "浦发银行"]),
    L("citic", "card", "中信银行", ["中信信用卡", "信用卡"], "95558", ["动卡空间App", "中信银行App"], "citicbank.com",
      ["【中信银行】", "中信银行信用卡"], ["95558", "106575595558", "中信银行"]),
    L("ceb", "card", "光大银行", ["光大信用卡", "信用卡"], "95595", ["阳光惠生活App", "光大银行App"], "cebbank.com",
      ["【光大银行】", "光大银行信用卡"], ["95595", "1069095595", "光大银行"]),
    L("hxb", "card", "华夏银行", ["华夏信用卡", "信用卡"], "95577", ["华彩生活App", "华夏银行手机银行"], "hxb.com.cn",
      ["【华夏银行】"], ["95577", "106980095577", "华夏银行"]),
    L("cmbc", "card", "民生银行", ["民生信用卡", "信用卡"], "95568", ["全民生活App", "民生银行App"], "cmbc.com.cn",
      ["【民生银行】", "民生信用卡"], ["95568", "1069095568", "民生银行"]),
    L("cgb", "card", "广发银行", ["广发信用卡", "信用卡", "广发卡"], "95508", ["发现精彩App", "广发手机银行"], "cgbchina.com.cn",
      ["【广发银行】", "【广发信用卡】"], ["95508", "106980095508", "广发银行"]),
    L("pab", "card", "平安银行", ["平安信用卡", "信用卡"], "95511", ["平安口袋银行App"], "pingan.com",
      ["【平安银行】", "平安信用卡"], ["95511", "1069095511", "平安银行"]),
    L("cib", "card", "兴业银行", ["兴业信用卡", "信用卡"], "95561", ["兴业生活App", "兴业银行手机银行"], "cib.com.cn",
      ["【兴业银行】"], ["95561", "1069095561", "兴业银行"]),
    L("psbc", "card", "邮储银行", ["邮储信用卡", "信用卡"], "95580", ["邮储信用卡App", "邮储银行App"], "psbc.com",
      ["【邮储银行】", "【中国邮政储蓄银行】"], ["95580", "1069095580", "邮储银行"]),
    L("bob", "card", "北京银行", ["北京银行信用卡", "信用卡"], "95526", ["北京银行App"], "bankofbeijing.com.cn",
      ["【北京银行】"], ["95526", "106900095526", "北京银行"]),
    L("bosc", "card", "上海银行", ["上海银行信用卡", "信用卡"], "95594", ["上海银行App", "美好生活App"], "bosc.cn",
      ["【上海银行】"], ["95594", "1069095594", "上海银行"]),
    L("jsb", "card", "江苏银行", ["江苏银行信用卡", "信用卡"], "95319", ["江苏银行App"], "jsbchina.cn",
      ["【江苏银行】"], ["95319", "106902895319", "江苏银行"]),
    L("nbcb", "card", "宁波银行", ["宁波银行信用卡", "信用卡"], "95574", ["宁波银行App"], "nbcb.com.cn",
      ["【宁波银行】"], ["95574", "1069095574", "宁波银行"]),
    L("njcb", "card", "南京银行", ["南京银行信用卡", "信用卡"], "95302", ["南京银行App"], "njcb.com.cn",
      ["【南京银行】"], ["95302", "1069095302", "南京银行"]),
    L("hzb", "card", "杭州银行", ["杭州银行信用卡", "信用卡"], "95398", ["杭州银行App"], "hzbank.com.cn",
      ["【杭州银行】"], ["95398", "1069095398", "杭州银行"]),
    L("hsb", "card", "徽商银行", ["徽商银行信用卡", "信用卡"], "96588", ["徽商银行App"], "hsbank.com.cn",
      ["【徽商银行】"], ["96588", "10690096588", "徽商银行"]),
    # rural banks / credit unions: loans and cards, 96xxx hotlines
    L("shrcb", "loan", "上海农商银行", ["个人贷款", "鑫e贷"], "962999", ["上海农商银行App", "手机银行"], "shrcb.com",
      ["【上海农商银行】"], ["10698000962999", "962999", None]),
    L("gdrc", "loan", "广东农信", ["个人贷款", "悦农e贷"], "96138", ["广东农信手机银行"], "gdrcu.com",
      ["【广东农信】"], ["106575596138", "96138", None]),
    L("hnrc", "loan", "湖南农信", ["福祥e贷", "个人贷款"], "96518", ["湖南农信手机银行"], "hnnx.com",
      ["【湖南农信】"], ["1069100996518", "96518", None]),
    L("jxrc", "loan", "江西农商银行", ["个人贷款", "百福快贷"], "96268", ["江西农商银行App"], "jxnxs.com",
      ["【江西农商银行】"], ["96268", "1069096268", None]),
    L("zjrc", "loan", "浙江农商联合银行", ["丰收贷", "个人贷款"], "96596", ["浙里贷App", "丰收互联App"], "zj96596.com",
      ["【浙江农商联合银行】", "【浙江农信】"], ["96596", "1069096596", None]),
    L("scrc", "loan", "四川农信", ["蜀信e贷", "个人贷款"], "96633", ["四川农信手机银行"], "scrcu.com.cn",
      ["【四川农信】"], ["96633", "106905796633", None]),
    L("bjrcb", "card", "北京农商银行", ["凤凰卡", "信用卡"], "96198", ["北京农商银行App"], "bjrcb.com",
      ["【北京农商银行】"], ["96198", "1069096198", None]),
    L("ccbloan", "loan", "建设银行", ["快贷", "建行快贷"], "95533", ["建设银行App"], "ccb.com",
      ["【建设银行】"], ["95533", "106980095533"]),
    L("icbcloan", "loan", "工商银行", ["融e借"], "95588", ["中国工商银行App"], "icbc.com.cn",
      ["【工商银行】"], ["95588"], ("end",)),
    L("cmbloan", "loan", "招商银行", ["闪电贷"], "95555", ["招商银行App"], "cmbchina.com",
      ["[招商银行]", "【招商银行】"], ["95555"], ("end",)),
    # internet lenders
    L("huabei", "plat", "支付宝", ["花呗"], "95188", ["支付宝-花呗", "支付宝App-我的-花呗"], "alipay.com",
      ["【花呗】", "【支付宝】"], ["95188", "1069033395188", None], ("start",)),
    L("jiebei", "plat", "支付宝", ["借呗"], "95188", ["支付宝-借呗", "支付宝App-借呗页面"], "alipay.com",
      ["【支付宝】", "【借呗】"], ["95188", None], ("start",)),
    L("baitiao", "plat", "京东金融", ["京东白条", "白条"], "95118", ["京东金融App", "京东App-我的-白条"], "jd.com",
      ["【京东白条】", "【网银在线】", "【京东金融】"], ["1069055095118", "10690512095118", None]),
    L("jintiao", "plat", "京东金融", ["京东金条", "金条"], "95118", ["京东金融App-金条"], "jd.com",
      ["【京东金融】", "【京东金条】"], ["1069055095118", None]),
    L("mtyf", "plat", "美团", ["美团月付", "月付"], "10107888", ["美团App-我的-月付", "美团App钱包页的月付入口"], "meituan.com",
      ["【美团月付】", "【美团】"], ["10690700367", "1069070010107888", None]),
    L("mtjq", "plat", "美团", ["美团借钱", "借钱"], "10107888", ["美团App-我的-借钱", "美团App钱包页"], "meituan.com",
      ["【美团】", "【美团借钱】"], ["1069070010107888", None]),
    L("wld", "plat", "微众银行", ["微粒贷"], "95384", ["微信-我-服务-微粒贷", "手机QQ-钱包-微粒贷"], "webank.com",
      ["【微众银行】"], ["95384", "1069056095384", None]),
    L("fenfu", "plat", "微信支付", ["分付", "微信分付"], "95017", ["微信-我-服务-钱包-分付", "微信钱包里的分付页面"], "tenpay.com",
      ["【微信支付】", "【财付通】"], ["95017", "1069095017", None], ("start",)),
    L("dxm", "plat", "度小满", ["满易贷", "度小满借钱", "度小满信用借"], "95055", ["度小满App", "度小满金融App"], "duxiaoman.com",
      ["【度小满金融】", "【度小满】"], ["95055", "1069095055", None]),
    L("zhaolian", "plat", "招联金融", ["招联好期贷", "招联借款", "好期贷"], "95786", ["招联金融App", "招联金融微信公众号"], "mucfc.com",
      ["【招联金融】", "【招联消费金融】"], ["95786", "1069095786", None]),
    L("ayh", "plat", "马上消费金融", ["安逸花"], None, ["安逸花App"], "msxf.com",
      ["【安逸花】", "【马上消费】"], ["1069030530", "106980095503", None]),
    L("msxf", "plat", "马上消费金融", ["马上金融借款", "马上消费贷款"], None, ["马上金融App"], "msxf.com",
      ["【马上消费金融】", "【马上金融】"], ["1069030530", None]),
    L("dyyf", "plat", "抖音月付", ["抖音月付", "月付"], None, ["抖音-我-钱包-月付", "抖音App钱包"], "douyinpay.com",
      ["【抖音月付】", "【抖音支付】"], ["1068409096200000003", "10684090962", None], ("start",)),
    L("fql", "plat", "分期乐", ["分期乐", "乐花借钱"], None, ["分期乐App"], "fenqile.com",
      ["【分期乐】"], ["10690123456", "1069046788", None]),
    L("jt360", "plat", "360借条", ["360借条", "借条"], None, ["360借条App", "360借条微信公众号"], "360jie.com.cn",
      ["【360借条】", "【360数科】"], ["1069049360", None]),
    L("yxh", "plat", "宜享花", ["宜享花"], None, ["宜享花App"], "yixianghua.com",
      ["【宜享花】"], ["1069020300", None]),
]
BY = {l["key"]: l for l in LENDERS}

for _l in LENDERS:
    if _l["key"] in ("ayh", "msxf", "fql", "jt360", "yxh", "dyyf"):
        _l["hot"] = None

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"


def money(lo, hi, comma_ok=True):
    v = R.randint(int(lo * 100), int(hi * 100)) / 100
    if R.random() < 0.12:
        v = float(int(v))
    s = f"{v:.2f}"
    if comma_ok and v >= 1000 and R.random() < 0.35:
        s = f"{v:,.2f}"
    return s, v


def fmt_date(y, m, d, style=None):
    style = style if style is not None else R.choice("aaabbccde")
    if style == "a":
        return f"{m}月{d}日"
    if style == "b":
        return f"{m:02d}月{d:02d}日"
    if style == "c":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "d":
        return f"{y}年{m}月{d}日"
    return f"{y}/{m}/{d}"


def make_slots(lender, fam):
    y = R.choice([2025, 2025, 2026, 2026, 2026])
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    st = R.choice("aaabbccde")
    amt_s, amt = money(*R.choice([(30, 900), (300, 5000), (800, 20000), (2000, 60000)]))
    mn = max(10.0, round(amt * R.choice([0.1, 0.1, 0.05]), 2))
    paid = round(amt * R.uniform(0.05, 0.8), 2)
    lim = R.choice([round(R.uniform(500, 90000), 2), R.randint(5, 300) * 100])
    dm, dd = (m % 12) + 1, R.randint(1, 28)
    bm = m
    prod = R.choice(lender["prod"])
    days = R.choice([1, 2, 3, 3, 5, 7, 8, 12, 15, 21, 30, 33, 45, 60, 62, 90, 95, 120, 180])
    tot = R.choice([3, 6, 6, 9, 12, 12, 18, 24, 36])
    nper = R.randint(1, tot)
    sname = R.choice(SURN)
    slots = dict(
        prod=prod, brand=lender["brand"], app=R.choice(lender["app"]), hot=lender["hot"] or "", dom=lender["dom"],
        tail=f"{R.randint(0, 9999):04d}", amt=amt_s, min=f"{mn:.2f}", paid=f"{paid:.2f}",
        rest=f"{amt - paid:.2f}", lim=(f"{lim:.2f}" if isinstance(lim, float) else str(lim)),
        due=fmt_date(y, dm, dd, st), bd=fmt_date(y, m, d, st), mon=f"{bm}月", year=str(y),
        ym=f"{y}年{bm}月", od=fmt_date(y, m, d, st), days=str(days), xing=sname,
        name=sname + R.choice(["先生", "女士"]), hm=f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
        ord=str(R.randint(10 ** 10, 10 ** 11 - 1)), pen=f"{amt * 0.0005 * days:.2f}", tot=str(tot), nper=str(nper),
        int=f"{amt * R.uniform(0.003, 0.02):.2f}", dleft=str(R.choice([1, 2, 3, 3, 5, 7])),
        acct=R.choice([f"{R.choice(['138', '139', '186', '152', '177', '135'])}****{R.randint(0, 9999):04d}",
                       f"{R.choice('abcdefghjkmnpqrstwxyz')}***@{R.choice(['qq.com', '163.com', '126.com'])}"]),
        url=f"{R.choice(['m.', 'u.', 'e.', ''])}{lender['dom']}/{''.join(R.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(R.randint(4, 6)))}",
        pts=str(R.choice([200, 500, 800, 1000, 2000])), fee=f"{amt * 0.0075:.2f}",
        per=f"{amt / tot:.2f}", mm=str(R.randint(1, 59)), hh=str(R.randint(8, 20)),
        wd=R.choice(["周一", "周二", "周三", "周四", "周五", "周六", "周日"]),
        gap=f"{max(1.0, amt - paid):.2f}", card=R.choice(["储蓄卡", "借记卡", "工资卡", "还款卡", "绑定的银行卡"]),
        btail=f"{R.randint(0, 9999):04d}", paidlow=f"{mn * R.uniform(0.2, 0.9):.2f}",
        gh=str(R.randint(1000, 99999)).zfill(R.choice([4, 5, 6])), agent=R.choice(SURN) + R.choice(["先生", "女士", "经理", ""]),
        dd1=str(R.randint(1, 28)),
        bank2=R.choice(["工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行", "邮储银行", "兴业银行"]),
    )
    return slots


ALT = re.compile(r"\(\(([^()]*?)\)\)")
OPT = re.compile(r"\[\[(.*?)\]\]", re.S)


def expand(text, slots, popt=0.5):
    text = ALT.sub(lambda m: R.choice(m.group(1).split("|")), text)
    text = OPT.sub(lambda m: m.group(1) if R.random() < popt else "", text)
    text = ALT.sub(lambda m: R.choice(m.group(1).split("|")), text)
    return text.format(**slots)


KINDS = {
    "card": {"card"}, "loan": {"loan"}, "plat": {"plat"}, "bank": {"card", "loan"},
    "credit": {"card", "plat"}, "any": {"card", "loan", "plat"},
}

TEMPLATES = []  # (family, slug, kind, n, text, flags, channel, sigmode)


def T(family, slug, kind, n, text, flags=(), channel="sms", sig="auto", only=None):
    TEMPLATES.append(dict(family=family, slug=slug, kind=kind, n=n, text=text, flags=list(flags),
                          channel=channel, sig=sig, only=only))
# ------------------------------------------------------------- bill_statement
B = "bill_statement"
T(B, "card-basic-tail", "card", 7,
  "((尊敬的客户|尊敬的{name}|您好))，您尾号{tail}的{prod}{mon}账单已出，本期应还人民币{amt}元，最低还款{min}元，到期还款日{due}。[[可登录{app}查看明细并还款。]]")
T(B, "card-terse", "card", 6,
  "{prod}({tail}) {mon}账单 应还{amt} 最低{min} 还款日{due}[[ 已还请忽略]]")
T(B, "card-bill-date-first", "card", 6,
  "截至账单日{bd}，您的{prod}尾号{tail}((本期账单金额|本期应还款额|新账单金额))为{amt}元，((最低还款额|最低应还)){min}元，请于{due}前还款((，以免产生利息。|。|，逾期将影响您的信用记录。))")
T(B, "card-instalment-reply", "card", 6,
  "您尾号{tail}信用卡本期账单{amt}元，到期还款日{due}。((回复#ZDFQ|回复FQ12|回复“账单分期”))可将本期账单分{tot}期，每期本金{per}元，每期手续费{fee}元，详询{hot}。")
T(B, "card-english-mix", "card", 5,
  "{brand}信用卡电子账单(E-statement)已发送至您的邮箱，卡号末四位{tail}，New Balance RMB {amt}，Min Payment RMB {min}，Due Date {due}。[[如未收到请致电{hot}。]]")
T(B, "card-email-sent", "card", 5,
  "您好！您{mon}的{prod}电子账单已发送至您预留的邮箱{acct}，本期应还{amt}元，请留意查收。[[登录{app}也可查看账单。]]")
T(B, "card-first-bill", "card", 5,
  "您的{prod}首期账单已出：应还{amt}元，最低还款{min}元，最后还款日{due}。首次用卡的您可在{app}绑定{card}设置自动还款，省心不逾期。")
T(B, "card-zero-fee", "card", 5,
  "{prod}尾号{tail}：{mon}账单{amt}元已出，{due}到期。((本行|本))App、手机银行、支付宝及微信均可还款，本/跨行还款((0手续费|免手续费))。[[详见{url}]]")
T(B, "card-long-formal", "card", 5,
  "尊敬的{xing}先生/女士：感谢您使用{brand}{prod}。您本期((账单周期|账期))截至{bd}，本期新增消费{paid}元，本期应还款总额{amt}元，最低还款额{min}元，到期还款日为{due}。如您已全额还款，请忽略本提示。[[如有疑问请致电客服热线{hot}。]]")
T(B, "card-foreign-currency", "card", 4,
  "您尾号{tail}的{prod}本期账单：人民币应还{amt}元，美元应还{int}美元，到期还款日{due}。外币部分可购汇还款，登录{app}办理。")
T(B, "card-antifraud-tail", "card", 5,
  "您的信用卡(尾号{tail}){mon}账单金额{amt}元，最低还款{min}元，请于{due}前通过官方渠道还款。本行不会通过短信链接或个人账户收取还款，谨防诈骗。")
T(B, "card-points", "card", 4,
  "{mon}账单提醒：尾号{tail}卡片应还{amt}元，到期日{due}；本期新增积分{pts}分。[[积分查询及兑换请登录{app}。]]")
T(B, "card-no-consumption", "card", 4,
  "您的{prod}(尾号{tail})本期账单应还金额为{amt}元，其中上期未还{rest}元，本期新增{paid}元。请在{due}前至少还款{min}元。")
T(B, "card-sloppy", "card", 4,
  "信用卡账单已出 尾号{tail} 应还款{amt}元，最低{min}，{due}前还款哦~ 查账还款戳{app}")
T(B, "card-check-link", "card", 5,
  "您的{mon}信用卡账单已生成，尾号{tail}，应还{amt}元，到期还款日{due}。点击 {url} 查看账单详情[[，如已还款请忽略]]。")
T(B, "loan-monthly-bill", "loan", 6,
  "您在{brand}办理的{prod}本月应还款{amt}元(含本金{paid}元、利息{int}元)，扣款日{due}，请确保尾号{btail}的还款账户余额充足。")
T(B, "loan-instalment-no", "loan", 5,
  "((尊敬的客户|您好))，您的{prod}第{nper}/{tot}期账单已生成，本期应还{amt}元，还款日{due}。[[系统将于当日从您尾号{btail}账户自动扣收。]]")
T(B, "hb-bill-out", "plat", 6,
  "你的{prod}{mon}账单已出，本期应还{amt}元，请在{due}前还款[[，可在{app}查看明细]]。((按时还款积累信用|已设置自动还款的将在还款日自动扣款|如已还款请忽略))。", only=["huabei", "fenfu", "mtyf", "dyyf", "baitiao"])
T(B, "hb-account-mask", "plat", 5,
  "你的支付宝{acct}花呗{mon}账单{amt}元已出账，还款日{due}，((到期自动还款，请保证余额宝或绑定卡资金充足|打开支付宝搜索“花呗”即可还款))。", only=["huabei"], sig="start")
T(B, "plat-bill-detail", "plat", 6,
  "【账单提醒】您的{prod}本期账单已出：应还{amt}元，包含{tot}笔分期及{paid}元新增消费，最后还款日{due}。请前往{app}查看[[，谨防冒充客服诈骗]]。")
T(B, "baitiao-order", "plat", 5,
  "您的{prod}(订单{ord})本期应还{amt}元，最后付款日{due}。可在{app}一键还款。", only=["baitiao"])
T(B, "plat-short-emoji", "plat", 4,
  "📅 {prod}{mon}账单来啦：{amt}元，{due}前还清就不影响信用哦。去{app}看看→", only=["mtyf", "dyyf", "fenfu", "huabei", "fql"])
T(B, "plat-loan-plan", "plat", 6,
  "您的{prod}借款本期((应还|待还))金额{amt}元（第{nper}期/共{tot}期），到期日{due}。[[您可登录{app}查看还款计划。]]", only=["jiebei", "jintiao", "mtjq", "wld", "dxm", "zhaolian", "ayh", "msxf", "fql", "jt360", "yxh"])
T(B, "plat-no-bill-with-url", "plat", 4,
  "{prod}温馨提示：您{ym}账单{amt}元已出，到期日{due}。查看账单：{url} [[官方客服{hot}]]", only=["dxm", "zhaolian", "baitiao", "jintiao", "mtyf", "huabei"])
T(B, "card-multi-currency-hint", "card", 4,
  "本期账单(账单日{bd})：您名下尾号{tail}的卡片合计应还{amt}元，最低还款{min}元，还款截止{due}。如需调整账单日或开通自动还款，请致电{hot}或登录{app}。")
T(B, "card-noread", "card", 4,
  "温馨提示：您尚未查阅{mon}信用卡电子账单。本期应还{amt}元，到期还款日{due}。查阅账单请登录{app}或官网{dom}。")
T(B, "card-autodebit-set", "card", 5,
  "您尾号{tail}的{prod}账单{amt}元((将于|会在)){due}从您绑定的{bank2}账户(尾号{btail})自动扣还，请在扣款前一日存足款项。")
T(B, "card-small-amount", "card", 4,
  "您的信用卡本期账单金额为{int}元，到期还款日{due}，金额较小也请按时还清，避免影响个人信用记录。((详询{hot}|登录{app}查询))")
T(B, "plat-fenfu", "plat", 4,
  "你的{prod}账单已出，应还{amt}元，还款日{due}。可在{app}查看并还款，到期未还将产生逾期费用。", only=["fenfu"])
T(B, "plat-wld-month", "plat", 4,
  "你好，你的{prod}借据本月应还{amt}元，还款日{due}，届时将从你设置的尾号{btail}银行卡自动扣款，请保证余额充足。[[详情可在{app}查看]]", only=["wld"])
# ------------------------------------------------------------- due_reminder
D = "due_reminder"
T(D, "hb-days-left", "plat", 7,
  "你的{prod}本期账单{amt}元((将于|会在)){due}到期，((还有|仅剩)){dleft}天，请及时还款[[，逾期会产生逾期费并影响信用]]。((已还请忽略|如已还款请忽略本消息)).", only=["huabei", "fenfu", "mtyf", "dyyf", "baitiao"])
T(D, "card-tomorrow", "card", 6,
  "温馨提示：您尾号{tail}的{prod}明天((到期|是最后还款日))，((尚需还款|未还金额)){amt}元，最低还款{min}元。[[还款请登录{app}，]]如已还款请忽略。")
T(D, "card-today", "card", 6,
  "今天是您{prod}(尾号{tail})的到期还款日，本期尚未还清金额{amt}元，请于今日24点前完成还款。((可通过{app}快速还款。|如已还款，请忽略。))")
T(D, "icbc-before-day", "card", 5,
  "您尾号{tail}的{prod}{dleft}日前应还人民币(本位币){min}元，如已还款本信息仅供参考。", only=["icbc", "abc", "ccb", "boc"])
T(D, "plat-loan-due", "plat", 6,
  "您在{prod}的借款将于{due}到期，应还{amt}元。请在到期前将资金存入尾号{btail}的还款银行卡，或在{app}主动还款。[[本平台不会要求您向个人账户转账。]]", only=["jiebei", "jintiao", "mtjq", "dxm", "zhaolian", "ayh", "msxf", "fql", "jt360", "yxh"])
T(D, "wld-webank", "plat", 6,
  "你好，你的{prod}借款本期应还{amt}元，((还款日|扣款日))为{due}。届时将从你尾号{btail}的银行卡扣款，请确保卡内余额充足[[，感谢你的支持]]。", only=["wld"])
T(D, "baitiao-2days", "plat", 5,
  "您的{prod}还差{dleft}天就到最后付款日，待还金额{amt}元，请及时付款，以免逾期违约，如已付款无需理会。", only=["baitiao", "jintiao"])
T(D, "mt-yuefu", "plat", 5,
  "您的{prod}本期待还{amt}元，最后还款日{due}。打开{app}即可还款[[，按时还款可保持良好信用]]。", only=["mtyf", "mtjq"])
T(D, "dyyf-short", "plat", 5,
  "{prod}提醒：本期账单{amt}元{dleft}天后到期，去{app}还款吧，已还请忽略", only=["dyyf"])
T(D, "loan-rural-interest", "loan", 6,
  "((尊敬的客户|您好))，您在我行的{prod}将于{due}((扣收|结息))，本期应还{amt}元，请于扣款前存足资金至尾号{btail}账户。咨询{hot}。")
T(D, "loan-maturity", "loan", 5,
  "您于{bd}在{brand}申请的{prod}将于{due}到期，剩余本金{amt}元，请按时归还，到期未还将按合同约定计收罚息。")
T(D, "card-min-only", "card", 5,
  "您的{prod}尾号{tail}距最后还款日还有{dleft}天。本期至少需还{min}元，全额还款{amt}元可免利息。")
T(D, "card-chatty", "card", 4,
  "{name}您好，提醒您一下，尾号{tail}这张卡这期{amt}元，{due}就到期啦，别忘了还款哦～")
T(D, "card-terse-en", "card", 4,
  "Card {tail}: RMB{amt} due {due}. Min pay RMB{min}. 已还请忽略")
T(D, "card-weekend", "card", 4,
  "本期还款日{due}为((周末|节假日))，请注意提前还款，跨行还款到账可能延迟。您尾号{tail}卡片应还{amt}元。")
T(D, "card-autopay-none", "card", 5,
  "您尾号{tail}的{prod}尚未设置自动还款，本期应还{amt}元将于{due}到期。[[开通自动还款请登录{app}，]]请按时还款。")
T(D, "plat-generic-formal", "plat", 6,
  "尊敬的用户，您的{prod}第{nper}期账单将于{due}到期，应还金额{amt}元。请登录{app}完成还款，如有疑问请通过App内在线客服咨询。")
T(D, "plat-sloppy", "plat", 5,
  "亲，{prod}账单{amt}元后天到期了，记得还哦 [[{app}]]", only=["huabei", "mtyf", "dyyf", "fenfu", "fql", "baitiao"])
T(D, "plat-balance-check", "plat", 5,
  "{prod}将于{due}自动扣款{amt}元，请确认((余额宝|余额|绑定银行卡))资金充足，以免扣款失败导致逾期。", only=["huabei", "jiebei", "fenfu", "mtyf", "mtjq", "wld", "jintiao"])
T(D, "plat-antifraud", "plat", 6,
  "您的{prod}将于{due}到期，应还{amt}元。请只通过{app}还款。((任何人以“内部渠道”“代还款”为由索要验证码或要求转账均为诈骗。|我们不会通过个人账户收款，谨防诈骗。))[[官方客服{hot}]]")
T(D, "zhaolian", "plat", 5,
  "{name}，您的{prod}本期应还{amt}元将于{due}到期，届时将从尾号{btail}银行卡扣款。还款可登录{app}[[，客服{hot}]]。", only=["zhaolian", "ayh", "msxf", "dxm"])
T(D, "jt360", "plat", 4,
  "{prod}还款提醒：您的借款{due}到期，应还{amt}元。请在{app}中主动还款或保证银行卡余额充足。按期还款有助于提升额度。", only=["jt360", "fql", "yxh", "ayh"])
T(D, "card-3days", "card", 5,
  "((还款提醒|温馨提示))：尾号{tail}信用卡本期账单{amt}元将于{dleft}日后到期，请合理安排资金。[[手机银行、{app}均可还款。]]")
T(D, "card-partial-left", "card", 5,
  "您的{prod}本期账单已还{paid}元，仍有{rest}元未还，到期还款日{due}，请尽快还清。[[如需账单分期可致电{hot}。]]")
T(D, "loan-auto-deduct-notice", "loan", 5,
  "{brand}提醒您：您的{prod}本期还款{amt}元将在{due}从尾号{btail}账户自动扣收，当前账户余额不足，请及时存入。")
T(D, "plat-night-before", "plat", 4,
  "明天是{prod}还款日，待还{amt}元。[[若已设置自动还款，系统会在当天扣款；]]如需手动还款请打开{app}。", only=["huabei", "jiebei", "fenfu", "wld", "mtyf", "mtjq", "dyyf", "jintiao", "baitiao"])
T(D, "card-english-full", "card", 3,
  "Reminder: Your {brand} credit card ending {tail} payment of RMB {amt} is due on {due}. Minimum payment RMB {min}. Please ignore if paid.")
T(D, "plat-xjd-overdue-risk", "plat", 5,
  "您的{prod}今日到期，应还{amt}元，目前尚未还款。今日24点后未还将产生逾期记录。还款路径：{app}。")
T(D, "card-rural-card", "card", 4,
  "您的{prod}(卡号尾号{tail})本期应还{amt}元，最后还款日{due}，可到就近网点或通过手机银行还款，咨询{hot}。", only=["bjrcb", "hsb", "njcb", "hzb", "nbcb", "jsb", "bosc", "bob"])
# ------------------------------------------------------------- overdue_notice
O = "overdue_notice"
H = ("hard",)
T(O, "icbc-database", "card", 6,
  "截至{bd}您的尾号为{tail}的((贷记卡|信用卡))透支{amt}人民币，账户已逾期。请您尽快还款。对您未及时足额归还最低还款额而产生的逾期信息，我行按规定提供给金融信用信息基础数据库。", H)
T(O, "card-days-penalty", "card", 6,
  "您尾号{tail}的{prod}已逾期{days}天，欠款{amt}元，((已产生|将持续产生))罚息及违约金。请尽快登录{app}或致电{hot}还款[[，如已还款请忽略]]。")
T(O, "card-credit-record", "card", 6,
  "((尊敬的客户|{name}))，您的{prod}(尾号{tail})上期账单未按时还款，目前逾期金额{amt}元。逾期记录将报送中国人民银行征信系统，可能影响您今后办理贷款、信用卡等业务，请于今日内还款。", H)
T(O, "card-lawsuit", "card", 5,
  "您尾号{tail}的信用卡已逾期{days}天，欠款本息合计{amt}元，我行已多次催收未果。如{dleft}日内仍未还款，我行将依法向人民法院提起诉讼，由此产生的诉讼费用及法律责任由您承担。还款请通过{app}或我行网点办理，咨询{hot}。", H)
T(O, "card-malicious", "card", 4,
  "重要提示：您的{prod}透支款{amt}元已逾期{days}天，经我行两次有效催收后超过三个月仍不归还的，可能构成恶意透支，依法追究刑事责任。请立即还款或致电{hot}与我行协商。", H)
T(O, "card-frozen-limit", "card", 5,
  "因您尾号{tail}的{prod}逾期未还，我行已暂停该卡交易功能。当前应还{amt}元(含逾期利息{pen}元)。全额还清后可申请恢复，详询{hot}。")
T(O, "card-min-reminder", "card", 5,
  "您尾号{tail}信用卡本期最低还款额{min}元未能在{due}前足额还款，已产生逾期。请尽快补足，[[逾期期间将按日计收利息，]]连续逾期将影响您的信用记录。")
T(O, "card-short", "card", 5,
  "尾号{tail}卡片已逾期，应还{amt}元，请速还款。{hot}")
T(O, "card-grace", "card", 4,
  "您的{prod}尾号{tail}已过到期还款日，尚欠{min}元最低还款额。我行提供{dleft}天还款宽限期，宽限期内还款不视为逾期，请抓紧处理。")
T(O, "card-formal-letter", "card", 5,
  "{xing}先生/女士：截至{bd}，您在我行的{prod}(尾号{tail})欠款人民币{amt}元已逾期{days}天。根据您签署的领用合约，请您于{due}前归还全部欠款。逾期信息已按规定报送金融信用信息基础数据库。如对欠款有异议，请致电{hot}。", H)
T(O, "card-legal-dept", "card", 4,
  "您的信用卡账户(尾号{tail})因长期逾期，已转入我行((法律事务|资产保全))流程，欠款总额{amt}元。为避免进入诉讼程序，请尽快通过手机银行还款或到网点办理。本行不会要求您向任何个人账户转账。", H)
T(O, "loan-overdue-rural", "loan", 6,
  "您在我行的{prod}已逾期{days}天，逾期本息{amt}元，((按合同|按借款合同约定))计收罚息。请尽快将款项存入尾号{btail}的还款账户，以免影响您的征信记录。咨询{hot}。", H)
T(O, "loan-guarantor", "loan", 4,
  "您在{brand}的{prod}已逾期，欠款{amt}元。如继续拖欠，我行将依据合同约定通知担保人并依法追索，请您尽快还款。{hot}", H)
T(O, "hb-overdue", "plat", 6,
  "你的{prod}账单已逾期{days}天，待还{amt}元，((每日产生逾期费|将持续产生逾期费用))。请尽快打开{app}还款，逾期信息可能会被报送至征信机构。", only=["huabei", "fenfu", "mtyf", "dyyf", "baitiao"])
T(O, "jb-overdue", "plat", 6,
  "您的{prod}已逾期，逾期金额{amt}元(含罚息{pen}元)。请尽快登录{app}还款。逾期记录将上报至中国人民银行征信中心，影响您的个人信用。", H, only=["jiebei", "jintiao", "mtjq", "wld", "dxm", "zhaolian", "msxf", "ayh"])
T(O, "wld-overdue", "plat", 5,
  "你的{prod}借款已逾期{days}天，应还{amt}元。请尽快通过{app}还款，逾期信息将按规定报送金融信用信息基础数据库。如有疑问可联系{hot}。", H, only=["wld"])
T(O, "plat-day1", "plat", 5,
  "您的{prod}本期还款未成功，已于今日产生逾期，应还{amt}元。请今天内还款[[，以减少逾期罚息]]。还款入口：{app}。")
T(O, "plat-day1-soft", "plat", 4,
  "提醒：{prod}账单昨天到期了，还差{amt}元没有还上，现在去{app}还款还来得及，晚一天就多一天逾期费哦。", only=["huabei", "mtyf", "dyyf", "fenfu", "fql", "baitiao"])
T(O, "plat-stop-service", "plat", 5,
  "因您的{prod}已逾期{days}天，账户额度已冻结，暂时无法使用。全部还清逾期款项{amt}元后，可在{app}申请恢复。")
T(O, "plat-legal-warning", "plat", 5,
  "((严正提醒|重要通知))：您在{prod}的借款已严重逾期{days}天，欠款{amt}元。平台已多次提醒未果，如仍不处理，我们将依法通过诉讼等方式追偿，您需承担由此产生的法律责任及费用。请立即登录{app}还款。", H, only=["jiebei", "jintiao", "mtjq", "dxm", "zhaolian", "msxf", "ayh", "fql", "jt360", "yxh"])
T(O, "plat-contact-us", "plat", 5,
  "您的{prod}已逾期{days}天，逾期金额{amt}元。如暂时有还款困难，请通过{app}在线客服说明情况，切勿相信任何声称可“停息挂账”“代为协商”的第三方。", only=["jiebei", "jintiao", "mtjq", "dxm", "zhaolian", "msxf", "ayh", "fql", "jt360", "yxh", "wld"])
T(O, "card-court-soon", "card", 4,
  "您的{prod}欠款{amt}元逾期已超{days}天，我行拟将该笔欠款提交诉讼。为避免对您的生活和工作造成不利影响，请于{due}前主动联系{hot}处理。还款仅限我行官方渠道。", H)
T(O, "card-partial-overdue", "card", 4,
  "您尾号{tail}的{prod}本期已还{paidlow}元，未达到最低还款额{min}元，已按逾期处理，请补足差额，逾期将影响您的信用。")
T(O, "card-sloppy", "card", 4,
  "您信用卡尾号{tail}逾期了！欠{amt}元 请尽快处理 不然会上征信 有问题打{hot}", H)
T(O, "plat-multi-loans", "plat", 4,
  "您名下{prod}共有{dleft}笔借款逾期，合计待还{amt}元，逾期最长{days}天。请登录{app}-还款页查看明细并及时还款。")
T(O, "card-en-mix", "card", 3,
  "{brand}: Your credit card ending {tail} is overdue ({days} days). Outstanding RMB {amt}. 请尽快还款，详询{hot}。")
T(O, "plat-credit-hit", "plat", 5,
  "{name}，您的{prod}账户已逾期{days}天。逾期将影响您在本平台及其他金融机构的信用评估，且记录可能保留5年。请尽快还款：{app}。", H)
T(O, "loan-seize-risk", "loan", 4,
  "您在我行的{prod}逾期已达{days}天，欠款{amt}元。我行将依法采取包括提起诉讼、申请强制执行在内的措施，请在收到本短信后三日内到{brand}营业网点或通过手机银行还款，咨询{hot}。", H)
T(O, "card-overlimit", "card", 3,
  "您尾号{tail}的信用卡已逾期且超限使用，当前欠款{amt}元。请尽快还款以恢复正常用卡，我行将按规定报送个人信用信息。", H)
T(O, "plat-reminder-chatty", "plat", 4,
  "{xing}先生/女士您好，您在{prod}的还款已经逾期{days}天啦，待还{amt}元。有困难可以在{app}里联系客服申请，不要放着不管哦。")
T(O, "card-days-escalate", "card", 5,
  "第{dleft}次提醒：您的{prod}(尾号{tail})欠款{amt}元已逾期{days}天，仍未还款。请务必于{due}前还款，否则我行将采取进一步催收措施并保留追诉权利。", H)
T(O, "plat-escalate-home", "plat", 4,
  "您的{prod}借款逾期{days}天，欠款{amt}元。若仍不还款，我司将委托合作机构依法进行催收，必要时将上门核实情况。还款请通过{app}，请勿向任何个人账户付款。", H, only=["dxm", "zhaolian", "msxf", "ayh", "fql", "jt360", "yxh", "jintiao", "mtjq"])
T(O, "card-terse-cny", "card", 4,
  "信用卡{tail}逾期{days}天 欠款CNY{amt} 逾期信息已报送征信 请即还款[[ 详询{hot}]]", H)
T(O, "card-notice-letter-sent", "card", 5,
  "您尾号{tail}的{prod}欠款{amt}元已逾期{days}天，我行已向您的账单地址寄送《催收函》。请于收函后((7|10|15))日内还款；如有异议或还款困难，请致电{hot}说明。逾期信息已按规定报送征信系统。", H)
T(O, "plat-yesterday-due", "plat", 5,
  "您的{prod}{bd}应还{amt}元尚未还款，现已逾期。逾期罚息按日计算，当前已产生{pen}元。立即还款：{app}[[（如已还款请忽略）]]")
T(O, "plat-credit-report-notice", "plat", 5,
  "【逾期告知】根据《征信业管理条例》，现告知您：您在我司的{prod}借款已逾期{days}天，若继续逾期，相关不良信息将报送金融信用信息基础数据库。请通过{app}还款。", H, only=["jiebei", "jintiao", "mtjq", "dxm", "zhaolian", "msxf", "ayh", "wld", "jt360"])
T(O, "card-terse-2", "card", 4,
  "{prod}({tail})已逾期{days}天，欠{amt}元，请当天还款，避免罚息[[。客服{hot}]]")
T(O, "loan-interest-missed", "loan", 5,
  "{name}：您{prod}本月利息{int}元未能按期扣收，已形成欠息。请尽快存入尾号{btail}的结算账户，逾期欠息将计收复利并影响个人信用记录。")
T(O, "plat-installment-offer", "plat", 4,
  "您的{prod}已逾期{days}天，欠款{amt}元。若暂时无法一次还清，可在{app}“还款-延期/分期”中提交申请，平台审核后会短信通知结果，全程不收取中介费用。")
T(O, "card-final-notice", "card", 4,
  "((最后通知|催收通知))：{name}，您尾号{tail}信用卡逾期{days}天，欠款{amt}元。我行将依据领用合约采取法律手段追索欠款，请在{due}前主动与我行联系处理({hot})。", H)
T(O, "plat-short-hard", "plat", 5,
  "{prod}逾期{days}天 待还{amt}元 已上报征信 请立即登录{app}还款", H, only=["jiebei", "jintiao", "mtjq", "dxm", "zhaolian", "msxf", "ayh", "fql", "jt360", "yxh"])
# ------------------------------------------------------------- autodebit_result
A = "autodebit_result"
T(A, "cmb-short-linked", "card", 6,
  "贵卡{tail}发生关联((个人信用卡扣款|自动还款扣款))，应扣人民币{amt}元，实扣{paid}元，请尽快将剩余款项还至信用卡。", only=["cmb", "cib", "ceb", "cgb", "pab"])
T(A, "cmb-short-full", "card", 5,
  "贵卡{tail}发生关联个人信用卡扣款，应扣人民币{amt}元，实扣{amt}元。", only=["cmb", "cib", "citic", "spdb"])
T(A, "card-fail-balance", "card", 6,
  "您尾号{tail}的{prod}自动还款((失败|未成功))，原因：绑定的{bank2}账户(尾号{btail})余额不足。本期应还{amt}元，请于{due}前((通过{app}|主动))还款。")
T(A, "card-partial-debit", "card", 5,
  "((自动还款结果|扣款通知))：尾号{tail}信用卡本期应扣{amt}元，实际扣款{paid}元，剩余{rest}元尚未还清，请在到期日{due}前补足。")
T(A, "card-success", "card", 5,
  "您尾号{tail}的{prod}已于{bd}从尾号{btail}的借记卡自动还款{amt}元[[，本期账单已还清]]。")
T(A, "hb-autofail", "plat", 6,
  "你的{prod}{mon}账单自动还款失败，{amt}元未还，请登录“{app}”核对并还款，已还忽略。", only=["huabei", "fenfu", "dyyf", "mtyf"])
T(A, "hb-yebao", "plat", 5,
  "你的{prod}已从((余额宝|账户余额|尾号{btail}银行卡))自动还款{amt}元，本期账单已还清[[，感谢守约]]。", only=["huabei", "jiebei"])
T(A, "wld-deduct-ok", "plat", 5,
  "你的{prod}已于今日从尾号{btail}银行卡成功扣款{amt}元，本期已还清。[[详情可在{app}查看。]]", only=["wld", "zhaolian", "dxm", "jintiao", "mtjq"])
T(A, "plat-deduct-fail-retry", "plat", 6,
  "您的{prod}本期应还{amt}元，今日从尾号{btail}银行卡代扣失败(余额不足)。系统将于((今晚|明日)){hh}点再次尝试扣款，请及时存入资金或在{app}主动还款。")
T(A, "plat-card-invalid", "plat", 4,
  "您的{prod}还款卡(尾号{btail})扣款失败，原因：((银行卡状态异常|卡片已过有效期|单日限额不足))。请登录{app}更换还款卡并完成本期{amt}元还款。")
T(A, "loan-deduct-ok", "loan", 5,
  "您的{prod}第{nper}期还款已于{bd}从尾号{btail}账户成功扣收{amt}元(本金{paid}元)。[[如有疑问请致电{hot}。]]")
T(A, "loan-deduct-short", "loan", 5,
  "{brand}：您尾号{btail}账户于{hm}扣收{prod}本息，应扣{amt}元，实扣{paid}元，尚欠{rest}元。请尽快存入足额资金，避免逾期。")
T(A, "card-terse-result", "card", 4,
  "自动还款 卡{tail} 扣款{amt}元 成功[[ {bd}]]")
T(A, "card-ext-bank-fail", "card", 4,
  "您设置的他行自动还款(扣款账户{bank2}尾号{btail})本期扣款未成功，尾号{tail}信用卡应还{amt}元仍未还，请尽快通过{app}还款。")
T(A, "plat-fenqi-auto", "plat", 4,
  "{prod}本期{amt}元已自动扣款成功，第{nper}/{tot}期已结清，下一期还款日{due}。", only=["fql", "jt360", "yxh", "ayh", "msxf", "dxm", "zhaolian"])
T(A, "card-min-autopay", "card", 4,
  "您尾号{tail}的信用卡已按最低还款额自动扣还{min}元，本期剩余未还{rest}元将计收利息，建议登录{app}全额还款。")
T(A, "card-autopay-tomorrow-fail", "card", 4,
  "您尾号{tail}的信用卡自动还款本日扣款失败，扣款账户{bank2}(尾号{btail})((可用余额不足|账户状态异常))。如需明日再次扣款请于今日存入足额资金，或通过{app}还款{amt}元。")
T(A, "plat-deduct-success-short", "plat", 5,
  "{prod}本期{amt}元已从尾号{btail}银行卡扣款成功。", only=["wld", "jiebei", "jintiao", "mtjq", "dxm", "zhaolian", "ayh", "msxf", "fql", "jt360", "yxh"])
T(A, "loan-auto-fail", "loan", 4,
  "您的{prod}本期应还{amt}元，今日扣收时尾号{btail}账户余额为{paid}元，扣款未成功。请于今日营业结束前存足资金，系统将再次扣收。{hot}")
# ------------------------------------------------------------- repayment_ok
P = "repayment_ok"
T(P, "card-received", "card", 6,
  "您尾号{tail}的{prod}于{bd} {hm}收到还款人民币{amt}元[[，当前可用额度{lim}元]]。")
T(P, "card-settled", "card", 5,
  "((尊敬的客户|您好))，您的{prod}(尾号{tail})本期账单已全部还清，感谢您的按时还款！[[当前可用额度{lim}元。]]")
T(P, "card-store-cmb", "card", 5,
  "您账户{tail}于{bd}{hm}信用卡还款人民币{amt}。", only=["cmb", "cib", "citic"])
T(P, "card-js-stored", "card", 4,
  "您的信用卡{tail}于{bd}存入{amt}元。上期账单已还清。", only=["jsb", "njcb", "nbcb", "hzb", "bosc", "bob", "hsb"])
T(P, "hb-paid", "plat", 6,
  "你已成功还款{prod}{amt}元，((本期账单已还清|{mon}账单已结清))[[，当前可用额度{lim}元]]。((按时还款，信用更好。|感谢你的守约。))", only=["huabei", "fenfu", "mtyf", "dyyf"])
T(P, "baitiao-paid", "plat", 5,
  "您对{dleft}个{prod}已成功付款{amt}元，当前可用额度为{lim}元。", only=["baitiao"])
T(P, "loan-early-settle", "any", 6,
  "您的{prod}已提前还款成功，还款金额{amt}元(含本金{paid}元、利息{int}元)，((该笔借款已结清|本笔贷款已全部结清))。[[如需结清证明可在{app}申请。]]")
T(P, "loan-partial-early", "plat", 5,
  "您已成功提前归还{prod}部分本金{paid}元，剩余本金{rest}元，后续每期还款金额已重新计算，详见{app}。")
T(P, "loan-settled-cert", "loan", 4,
  "您在{brand}的{prod}已于{bd}全部结清。如需开具结清证明，请携带身份证到开户网点办理或致电{hot}。")
T(P, "plat-overdue-cleared", "plat", 5,
  "您已还清{prod}全部逾期款项{amt}元，账户已恢复正常[[，额度将在审核后恢复]]。感谢您的配合。")
T(P, "card-overdue-cleared", "card", 4,
  "您尾号{tail}的信用卡欠款已全部还清，逾期状态已解除，卡片将在((1-3个工作日|24小时))内恢复使用。")
T(P, "plat-this-period", "plat", 5,
  "{prod}第{nper}期还款成功，金额{amt}元。剩余{dleft}期待还，下期还款日{due}。", only=["jiebei", "jintiao", "mtjq", "wld", "dxm", "zhaolian", "ayh", "msxf", "fql", "jt360", "yxh"])
T(P, "card-terse", "card", 4,
  "还款到账：卡{tail} {amt}元 {bd}[[ 可用额度{lim}]]")
T(P, "card-thanks-points", "card", 4,
  "感谢您按时还款！您尾号{tail}的信用卡本期{amt}元已还清，本期获得守信积分{pts}分。")
T(P, "plat-limit-restored", "plat", 4,
  "已收到您的还款{amt}元，{prod}额度已恢复，当前可用额度{lim}元。[[温馨提示：官方不会以任何理由要求您转账至个人账户。]]")
T(P, "card-app-repay", "card", 4,
  "您通过{app}为尾号{tail}信用卡还款{amt}元，交易成功，实时到账。")
T(P, "card-crossbank", "card", 4,
  "您从{bank2}尾号{btail}账户向本行信用卡(尾号{tail})的跨行还款{amt}元已入账。")
T(P, "plat-wld-settle", "plat", 4,
  "你的{prod}借据已全部结清，共还款{amt}元。[[结清证明可在{app}-借据详情中下载。]]", only=["wld"])
T(P, "plat-chatty", "plat", 4,
  "还款成功🎉 {prod}本期{amt}元已还清，下个月见～", only=["huabei", "mtyf", "dyyf", "fenfu", "fql"])
T(P, "card-statement-zero", "card", 3,
  "您的{prod}尾号{tail}本期账单已还清，当前账户无欠款。如需注销卡片或调整额度请致电{hot}。")
T(P, "jb-settle-formal", "plat", 4,
  "尊敬的用户，您于{bd}申请的{prod}借款已于今日全部还清，累计还款{amt}元。本平台会按规定向征信机构报送结清信息。", only=["jiebei", "jintiao", "mtjq", "dxm", "zhaolian", "msxf", "ayh", "jt360"])
T(P, "card-repay-detail", "card", 5,
  "((还款成功|还款已入账))：您为尾号{tail}的{prod}还款{amt}元，本期剩余应还{rest}元[[，最低还款已满足]]。")
T(P, "plat-early-all", "plat", 5,
  "您已成功提前还清{prod}全部借款，共计{amt}元，利息按实际使用天数计算。((借款额度已释放，可随时再次使用。|感谢您的信任。))", only=["jiebei", "jintiao", "mtjq", "wld", "dxm", "zhaolian", "ayh", "msxf", "fql", "jt360", "yxh"])
T(P, "loan-repay-branch", "loan", 4,
  "您于{bd}在我行柜面归还{prod}本金{paid}元、利息{int}元，剩余本金{rest}元。((感谢您的信赖。|详询{hot}。))")
T(P, "card-overpay", "card", 4,
  "您尾号{tail}的信用卡已收到还款{amt}元，超出应还部分{int}元将作为溢缴款存于卡内，可用于后续消费。")
T(P, "plat-yuefu-cleared", "plat", 4,
  "{prod}{mon}账单已全部还清，共{amt}元。下期账单日{due}。", only=["mtyf", "dyyf", "fenfu", "huabei", "baitiao"])
T(P, "plat-order-cleared", "plat", 4,
  "您的{prod}订单{ord}已全部还清，无剩余待还金额。", only=["baitiao", "fql", "yxh"])
# ------------------------------------------------------------- HK / TW banks (traditional script is genuine here)
HK = [
    L("hangseng", "hk", "恒生", ["信用卡"], "2998 8033", ["個人e-Banking", "恒生Mobile App"], "hangseng.com",
      [""], ["恒生銀行", None]),
    L("hsbc", "hk", "匯豐", ["信用卡", "滙豐信用卡"], "2233 3000", ["匯豐網上理財", "HSBC HK App"], "hsbc.com.hk",
      [""], ["HSBC", None]),
    L("bochk", "hk", "中銀香港", ["中銀信用卡", "信用卡"], "2853 8828", ["中銀香港手機銀行", "BoC Pay"], "bochk.com",
      [""], ["BOCHK", None]),
    L("cathay", "tw", "國泰世華", ["信用卡", "CUBE卡"], "(02)2383-1000", ["國泰世華CUBE App", "網路銀行"], "cathaybk.com.tw",
      [""], ["國泰世華銀行", None]),
    L("ctbc", "tw", "中國信託", ["信用卡"], "(02)2745-8080", ["中國信託行動銀行", "Home Bank"], "ctbcbank.com",
      [""], ["中國信託", None]),
]
HK += [
    L("bea", "hk", "東亞銀行", ["信用卡"], "2211 1321", ["東亞銀行手機應用程式", "網上銀行"], "hkbea.com", [""], ["BEA", None]),
    L("esun", "tw", "玉山銀行", ["信用卡"], "(02)2182-1313", ["玉山Wallet", "玉山行動銀行"], "esunbank.com.tw", [""], ["玉山銀行", None]),
    L("taishin", "tw", "台新銀行", ["信用卡", "@GoGo卡"], "(02)2655-3355", ["台新Richart", "台新行動銀行"], "taishinbank.com.tw", [""], ["台新銀行", None]),
]
LENDERS.extend(HK)
BY.update({l["key"]: l for l in HK})
KINDS["hk"] = {"hk"}
KINDS["tw"] = {"tw"}
KINDS["hktw"] = {"hk", "tw"}
HKF = ("hard",)
T("bill_statement", "hk-estatement", "hk", 5,
  "{brand}：本行已向閣下發出信用卡戶口{tail4x}(付款到期日：{isodue})的新電子月結單，請即登入{app}查閱。", HKF, sig="none")
T("bill_statement", "hk-estatement-short", "hk", 4,
  "{brand}：最新{tail4x}(付款到期日：{isodue})信用卡電子結單已發出。請查閱{app}。((多謝選用{brand}。|如有查詢請致電{hot}。))", HKF, sig="none")
T("bill_statement", "tw-bill", "tw", 4,
  "{brand}提醒您：信用卡末四碼{tail}本期帳單應繳總額NT${ntd}，最低應繳NT${ntmin}，繳款截止日{isodue}。可透過{app}繳款。", HKF, sig="none")
T("due_reminder", "hk-due", "hk", 4,
  "{brand}提提你：閣下尾號{tail}之信用卡最低還款額HK${hkmin}將於{isodue}到期，如已繳付請忽略此訊息。", HKF, sig="none")
T("due_reminder", "tw-due", "tw", 4,
  "【{brand}】您的信用卡帳款NT${ntd}將於{isodue}到期，請留意繳款。本行未與任何代辦公司合作，亦不會要求您先行匯款，請提防詐騙。", HKF, sig="none")
T("overdue_notice", "hk-overdue", "hk", 4,
  "{brand}：閣下信用卡戶口(尾號{tail})已逾期未繳最低還款額HK${hkmin}，逾期費用及利息將記入戶口，並可能影響閣下之信貸評分。請盡快繳款，查詢請致電{hot}。", HKF, sig="none")
T("overdue_notice", "tw-overdue", "tw", 4,
  "{brand}通知：您的信用卡(末四碼{tail})已逾期{days}天，應繳金額NT${ntd}。逾期將依約計收違約金並報送財團法人金融聯合徵信中心，請儘速繳款，洽詢{hot}。", HKF, sig="none")
T("autodebit_result", "hk-autopay-fail", "hk", 3,
  "{brand}：閣下信用卡(尾號{tail})本期自動轉賬未能成功扣款，結欠HK${hkd}，請於{isodue}前以其他方式繳款。", HKF, sig="none")
T("autodebit_result", "tw-autopay-ok", "tw", 3,
  "{brand}：您的信用卡本期帳款NT${ntd}已由約定帳戶自動扣繳成功，感謝您的使用。", HKF, sig="none")
T("repayment_ok", "hk-paid", "hk", 3,
  "{brand}：我們已收到閣下信用卡(尾號{tail})之還款HK${hkd}，多謝。", HKF, sig="none")
T("repayment_ok", "tw-paid", "tw", 3,
  "{brand}已收到您的信用卡繳款NT${ntd}元，入帳日{isodue}。如有疑問請洽客服{hot}。", HKF, sig="none")


def hk_slots(s):
    y = R.choice([2025, 2026])
    s["isodue"] = f"{y}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
    s["tail4x"] = f"{R.choice(['4921', '5520', '4386', '5407'])}-{R.randint(1000, 9999)}-{R.randint(10, 99)}XX-X{R.randint(100, 999)}"
    s["hkd"] = f"{R.randint(300, 60000)}.{R.randint(0, 99):02d}"
    s["hkmin"] = f"{R.randint(50, 2000)}.00"
    s["ntd"] = f"{R.randint(800, 150000):,}"
    s["ntmin"] = f"{R.randint(100, 5000):,}"
T("overdue_notice", "hk-overdue-2", "hktw", 4,
  "【{brand}】閣下/您的信用卡帳戶尾號{tail}已逾期，請於{isodue}前繳付最低還款額。如已繳款請忽略。本行職員絕不會要求閣下提供密碼或一次性驗證碼。", HKF, sig="none")
T("due_reminder", "tw-due-2", "tw", 3,
  "{brand}貼心提醒：您本期信用卡帳單NT${ntd}，繳款截止日{isodue}，可使用{app}線上繳款或至超商代收。已繳款者請忽略。", HKF, sig="none")
T("repayment_ok", "hk-paid-2", "hk", 3,
  "{brand}通知：閣下於{isodue}繳付之信用卡款項HK${hkd}已經入賬，戶口結欠已清還。查詢請致電{hot}。", HKF, sig="none")
# ------------------------------------------------------------- calls (automated voice + human reminders)
C = dict(channel="call", sig="none")
T("due_reminder", "call-robot-card", "card", 4,
  "((您好|喂您好))，这里是{brand}信用卡中心((，本电话为自动语音提示|的语音还款提醒))。您尾号{tail}的信用卡本期账单应还{amt}元，最低还款额{min}元，到期还款日为{due}，((请您在到期日前按时还款|请您留意还款时间，按时足额还款))。您可以通过{app}或我行任一网点进行还款，本行及跨行还款均不收取手续费。如您已还款，请忽略本次提示。((重听请按1，转人工服务请按0。|感谢您的接听，再见。))本通话不会要求您提供任何密码或验证码。", **C)
T("due_reminder", "call-robot-plat", "plat", 4,
  "((您好|你好))，我是{brand}的智能语音助手，((提醒您|来跟您说一下))，您的{prod}本期账单{amt}元将在{due}到期，目前还没有查到您的还款记录。如果您设置了自动还款，请确保绑定的银行卡里余额充足；如果没有设置，您可以打开{app}手动还款，整个过程只需要一分钟。((我们不会在电话里索要您的验证码，|请注意，官方还款只能在App内完成，))也不会要求您向任何个人账户转账。按时还款有助于保持良好的信用，祝您生活愉快，再见。", **C)
T("due_reminder", "call-human-card-dialog", "card", 3,
  "客服：您好，请问是{xing}((先生|女士))吗？这里是{brand}信用卡中心，我的工号是{gh}。\n我：嗯，是我，什么事？\n客服：提醒您一下，您尾号{tail}的信用卡本期应还{amt}元，((明天|后天|{due}))就是最后还款日了，目前系统显示还没有入账。\n我：啊((我忘了|那个我以为是月底))，那我今天还。\n客服：好的，您可以通过{app}或者手机银行还款，((本行跨行还款也不收手续费|全额还款就不会产生利息))。[[如果您有疑问可以拨打{hot}。]]\n我：行，知道了。\n客服：感谢您的接听，祝您生活愉快，再见。", **C)
T("due_reminder", "call-asr-plat", "plat", 4,
  "((喂你好|你好))请问是{xing}((先生|女士))本人吗((嗯|哦))您好这边是{brand}官方客服((提醒一下|跟您核对一下))您的{prod}账单{amt}元((明天到期|今天到期|后天到期))((嗯|啊))我看系统里还没有还款记录如果您已经还了就不用管了没有还的话((在|去)){app}里面就能还((点进去|打开以后))有个立即还款按钮就可以了((嗯对|对的))我们这边不会让您转账到别的账户的也不会问您要验证码((您看还有其他问题吗|好的那就不打扰您了))((嗯好的|行))再见", **C)
T("due_reminder", "call-asr-homophone", "plat", 4,
  "喂您好请问是{xing}((先生|女士))吗((嗯好的|对是吧))这边是支付宝官方客服热线九五幺八八不是什么推销电话((啊|嗯))打电话是提醒一下您的((花贝|借贝))这期账单{amt}元((后天|明天))就到期了((您看这边|您))方便的话在支付宝里面直接点还款就可以了如果余额宝里面有钱的话到期会自动扣((对|嗯))逾其的话会产生逾期费也会影响((正信|征信))记录的我们不会让您转账也不会要验证码好的那不打扰您了祝您生活愉快", only=["huabei", "jiebei"], **C)
T("overdue_notice", "call-human-overdue-card", "card", 4,
  "客服：您好，{xing}((先生|女士))，我这里是{brand}信用卡中心，工号{gh}。您尾号{tail}的信用卡目前已经逾期{days}天了，欠款{amt}元，您这边知道吗？\n我：((知道知道|嗯……我知道)),最近手头有点紧。\n客服：理解。但逾期会按日产生利息，逾期记录也会报送人民银行征信系统，对您以后办贷款、买房都有影响。您看最晚什么时候能还上？\n我：((下周五吧|月底发工资))，能先还一部分吗？\n客服：可以先还最低还款额{min}元，剩余的我们可以帮您申请分期。还款请走{app}或者我行柜台，((不要转给任何个人账户|我们不会让您转到个人卡上))。[[有问题您直接回拨{hot}。]]\n我：好，那我先还最低的。", ("hard",), **C)
T("overdue_notice", "call-human-overdue-plat", "plat", 4,
  "客服：喂，您好，这里是{brand}客服中心，请问是{xing}((先生|女士))本人吗？\n我：对，哪位？\n客服：是这样的，您的{prod}待还款项已经逾期{days}天了，应还{amt}元，我们之前发过短信提醒。\n我：((哦，那个啊|呃……))，我这边资金周转不过来。\n客服：我们理解，但逾期越久罚息越多，也会影响您的个人信用。((您可以在{app}里先还一部分，|如果确实有困难，可以在{app}里提交延期或分期申请，))系统会根据您的情况审核。\n我：那不会找我家里人吧？\n客服：我们只和您本人沟通。请您尽快处理，((还款一定要在官方App里操作。|任何让您转到个人账户的都不是我们。))", ("hard",), **C)
T("overdue_notice", "call-robot-overdue", "any", 4,
  "((您好|尊敬的客户您好))，这里是{brand}((的自动语音通知|客服中心))。您的{prod}已逾期{days}天，截至今日欠款{amt}元，其中逾期利息{pen}元。逾期期间将持续计收利息，逾期信息将按规定报送金融信用信息基础数据库，可能影响您今后的信贷业务办理。请您尽快通过{app}或官方渠道还款。如您对欠款有异议，请拨打{hot}或在App内联系人工客服。((本次通话为系统自动拨打，请勿回复。|重复收听请按星号键。))", ("hard",), **C)
T("overdue_notice", "call-asr-overdue", "any", 4,
  "喂((你好|您好))是{xing}((先生|女士))吗我这边是{brand}((贷后管理部|客服中心))的工号{gh}((啊|嗯))就是你的{prod}已经逾其{days}天了欠款是{amt}元我们前面短信也给你发过了((这个|那个))逾期记录是会上报((正信|征信))的时间越长罚息越多你看今天能不能处理一下((如果你确实有困难的话也可以申请个性化分期的|实在不行先还一部分也行))还款的话就在{app}里面还不要转给任何个人((好吧|可以吧))((嗯嗯|那行))那你尽快哈", ("hard",), **C)
T("overdue_notice", "call-asr-weilidai", "plat", 3,
  "你好请问是{xing}((先生|女士))吗这里是微众银行客服((我姓{agent}|工号{gh}))今天打电话是提醒一下你的((微利贷|微粒贷))借款已经逾期{days}天了应还{amt}元((嗯|啊))之前扣款的时候你那张银行卡余额不足没扣到你可以在微信里面((服务|钱包))找到微粒贷直接还款逾期信息会按规定报送征信中心的((我们不会让你转账给个人|微众银行不会用私人号码联系你))你这边今天能处理吗好的那就麻烦你尽快还一下", ("hard",), only=["wld"], **C)
T("overdue_notice", "call-human-lawsuit-warning", "card", 3,
  "客服：{xing}((先生|女士))您好，我是{brand}信用卡中心贷后部门的，工号{gh}。您的信用卡欠款{amt}元已经逾期{days}天，我们前期多次联系您都没有结果。\n我：我不是不还，是真的没钱。\n客服：我明白。不过按流程，如果长期不处理，我行可能会依法向法院起诉，恶意透支经两次催收三个月不还还可能涉及法律责任。我们建议您先((还一部分表明还款意愿|跟我们协商一个还款计划))。\n我：那怎么协商？\n客服：您可以拨打{hot}转信用卡贷后，或者在{app}提交申请，((我们不收任何费用|不需要找任何中介))。还款只认本人名下卡或官方渠道。\n我：((好吧，我考虑一下|行，我回头打过去))。", ("hard",), **C)
T("autodebit_result", "call-robot-debit-fail", "any", 4,
  "((您好|你好))，这里是{brand}((客服中心|语音通知))。今天从您尾号{btail}的银行卡扣收{prod}本期款项未成功足额扣款，应扣{amt}元，实扣{paid}元，还差{rest}元。为避免产生逾期记录和罚息，请您在今天之内补足剩余款项，可以通过{app}主动还款，或者往尾号{btail}的卡里存入资金，系统((今晚|明天上午))会再次扣款。如已处理请忽略。本行不会要求您转账至任何其他账户，((谢谢，再见。|感谢您的接听。))", **C)
T("autodebit_result", "call-human-debit-fail", "card", 3,
  "客服：您好，是{xing}((先生|女士))吗？我是{brand}客服，工号{gh}，打扰您一分钟。\n我：嗯你说。\n客服：您尾号{tail}信用卡设置了自动还款，今天扣款的时候关联的{bank2}卡余额不够，应扣{amt}元只扣到了{paid}元。\n我：((啊？我以为工资到了|那个卡我很少用))。\n客服：没关系，今天还有时间，剩下的{rest}元您在{app}里还一下就行，((今晚十二点前还上不算逾期|到期日前补上就可以))。\n我：好的谢谢。", **C)
T("repayment_ok", "call-human-repay-confirm", "any", 3,
  "客服：您好，{xing}((先生|女士))，我是{brand}客服，工号{gh}，((之前跟您联系过|昨天您来电咨询过))。跟您确认一下，系统显示您今天已经还款{amt}元，您的{prod}逾期款项已经全部结清了。\n我：哦，那就好，那个记录会不会一直在？\n客服：我们会按规定如实报送结清状态，((后续按时还款就会慢慢改善|您后面保持按时还款就好))。[[账户额度审核通过后会恢复。]]\n我：好的，谢谢。\n客服：不客气，祝您生活愉快。", **C)
T("repayment_ok", "call-robot-repay", "any", 3,
  "((您好|尊敬的客户您好))，这里是{brand}自动语音服务。您于今日还款{amt}元已经到账，您的{prod}((本期账单已还清|当前已无逾期欠款))，逾期状态已解除，后续账单请继续按时还款。如需查询还款明细或下载结清证明，请登录{app}。温馨提示，本行不会通过电话向您索取密码或验证码，也不会要求您向任何个人账户转账。((感谢您的使用|祝您生活愉快))，再见。", **C)
T("bill_statement", "call-robot-bill", "card", 3,
  "((您好|喂您好))，这里是{brand}信用卡中心的自动语音。您{mon}的信用卡账单已经出账，尾号{tail}的卡片本期应还{amt}元，最低还款{min}元，到期还款日{due}。全额还款可享受免息期，只还最低还款额将按日计收利息。((如需办理账单分期，请按2；|查询详细账单请登录{app}；))((转人工服务请按0。|挂机即可结束本次通话。))本行不会在电话中要求您提供验证码。", **C)
T("overdue_notice", "call-asr-bank-rural", "loan", 3,
  "喂你好是{xing}((先生|女士|老板))吧((哎|嗯))对((这边是|我这里是)){brand}的((信贷部|客户经理))姓{xing}就是跟你说一下你那个{prod}本月的本息还没扣到已经逾期{days}天了欠款是{amt}((嗯|啊))你看是往尾号{btail}那张卡里存一下还是直接来网点((办一下|处理一下))都行逾期时间长了会影响你征信的以后再贷款就难了罚息也是按天算的你这边尽快吧有问题打我们{hot}或者直接来行里找我", ("hard",), **C)
T("due_reminder", "call-human-loan-manager", "loan", 3,
  "客户经理：喂，{xing}((哥|姐|先生|女士))，我是{brand}((城区支行|营业部))的客户经理小{agent}啊。\n我：哦，你好你好。\n客户经理：就提醒一下，你那笔{prod}这个月{dd1}号要扣本息，一共{amt}元，我刚看了下你尾号{btail}那张卡余额好像不太够。\n我：哦对，我((忘记转进去了|钱还在另一张卡上))。\n客户经理：那你这两天存进去就行，手机银行转一下也方便。别拖过扣款日，不然就算逾期，上征信了以后续贷麻烦。\n我：好嘞，明天就弄。\n客户经理：行，有事打{hot}或者直接找我，再见啊。", **C)
T("overdue_notice", "call-human-gentle-plat", "plat", 3,
  "客服：您好，请问是{xing}((先生|女士))吗？我是{brand}的客服专员，工号{gh}，这通电话会全程录音。\n我：嗯，什么事？\n客服：您的{prod}账单昨天到期，目前显示逾期1天，待还{amt}元。是不是忘记了？\n我：((哎呀对，这两天出差|啊，我以为会自动扣))。\n客服：没关系，现在还只会产生很少的逾期费用。您打开{app}就能还，还完系统会自动更新。\n我：行，我一会就还。还有别的吗？\n客服：没有了，提醒您一下，我们不会通过个人账户或者二维码收款，谨防诈骗。祝您生活愉快。", **C)
T("overdue_notice", "call-asr-card-2", "card", 4,
  "((喂|喂喂))您好((请问|))是{xing}((先生|女士))吗((这里是|我是)){brand}信用卡中心的工号{gh}((嗯|啊))找您是关于尾号{tail}的信用卡((那张卡|))现在已经逾期{days}天了欠款{amt}元我们这个逾期信息是((按规定|))要报送人行((正信|征信|征信中心))的((您看|那您看))什么时候能把最低还款{min}元先还上((啊|嗯))您说下个月((那个|))不行的话我这边只能((如实|))备注了((要是|如果))确实有困难可以打{hot}申请((分期|个性化分期|停息分期))但是要本人申请的不收费的((好吧|行吧))那您尽快((还款|处理))", ("hard",), **C)
T("due_reminder", "call-asr-jd", "plat", 3,
  "喂您好这边是京东金融((官方|))客服热线九五幺幺八((啊|嗯))请问是{xing}((先生|女士))吗打扰您一下((就是|))您的((白调|白条|金条))这期账单{amt}元((明天|后天))到期了((嗯|))您可以打开京东金融((App|))在((白条|金条))页面点还款就行如果开了自动还款请确认下绑的卡里有钱如果已经还了就不用管了逾期的话会产生违约金也会影响信用的我们这边是不会((让您|))加微信或者转账给个人的也不会要验证码((好的|行))那不打扰您了祝您生活愉快再见", only=["baitiao", "jintiao"], **C)
T("autodebit_result", "call-asr-debit", "plat", 3,
  "((喂你好|您好))这边是{brand}的客服((啊|))请问是{xing}((先生|女士))吗((跟您说一下|通知您一下))今天系统从您尾号{btail}的银行卡扣{prod}的还款没扣成功应还是{amt}元((提示是|显示))余额不足((嗯|对))您这边在今天晚上十二点之前在{app}里((面|))主动还一下就((行|可以))了或者往那张卡里存够钱系统晚上会再扣一次不然明天就算逾期了会有逾期费用的也会影响信用记录我们不会让您转给任何个人账户的((好的|嗯好))那不打扰您了再见", **C)
# ------------------------------------------------------------- build
def grams(t, n=5):
    c = "".join(t.split())
    return frozenset(c[i:i + n] for i in range(max(1, len(c) - n + 1)))


def jacc(a, b):
    i = len(a & b)
    return i / (len(a) + len(b) - i) if i else 0.0


def add_signature(text, lender, mode):
    if mode != "auto":
        return text
    sigs = [s for s in lender["sigs"] if s]
    if not sigs or R.random() < 0.08:
        return text
    sig = R.choice(sigs)
    pos = R.choice(lender["sigpos"])
    if sig.startswith("工银") or not sig.startswith(("【", "[")):
        pos = "end"
    if pos == "start" and text.startswith(lender["brand"]):
        pos = "end"
    if pos == "start":
        return sig + text
    return text.rstrip() + sig


def pick_sender(lender, channel):
    if channel == "call":
        opts = [lender["hot"], lender["hot"], None] if lender["hot"] else [None]
        h = R.choice(opts)
        return h.replace("-", "") if h and h.startswith("400") else h
    return R.choice(lender["senders"])


def build():
    accepted = []  # (grams, row)
    use = {l["key"]: 0 for l in LENDERS}
    rows = []
    for t in TEMPLATES:
        pool = [l for l in LENDERS if l["kind"] in KINDS[t["kind"]]]
        if t["only"]:
            pool = [l for l in pool if l["key"] in t["only"]]
        if "{hot}" in t["text"]:
            pool = [l for l in pool if l["hot"]] or pool
        got, tries = 0, 0
        local = []
        while got < t["n"] and tries < t["n"] * 12:
            tries += 1
            R.shuffle(pool)
            lender = min(pool, key=lambda l: use[l["key"]] + R.random() * 2)
            s = make_slots(lender, t["family"])
            if lender["kind"] in ("hk", "tw"):
                hk_slots(s)
            text = expand(t["text"], s)
            text = re.sub(r"[，,]\s*[，,]", "，", text).replace("，。", "。")
            text = add_signature(text, lender, t["sig"])
            if t["channel"] == "call" and not 150 <= len(text) <= 420:
                continue
            g = grams(text)
            thr = 0.5
            if any(jacc(g, og) >= thr for og in local) or any(jacc(g, og) >= 0.55 for og, _ in accepted):
                continue
            use[lender["key"]] += 1
            local.append(g)
            row = dict(text=text, label="genuine", channel=t["channel"], sender=pick_sender(lender, t["channel"]),
                       family=t["family"], group=f"{t['family']}/{t['slug']}", flags=sorted(set(t["flags"])),
                       lender=lender["key"])
            accepted.append((g, row))
            got += 1
        if got < t["n"]:
            print(f"warning: {t['slug']} only {got}/{t['n']}")
    return [r for _, r in accepted]


def main():
    rows = build()
    # very small scenario groups are merged into one per family/kind so that every group has several rows
    size = {}
    for r in rows:
        size[r["group"]] = size.get(r["group"], 0) + 1
    for r in rows:
        if size[r["group"]] < 3:
            fam, slug = r["group"].split("/", 1)
            kind = "hktw" if slug.startswith(("hk", "tw")) else slug.split("-")[0]
            r["group"] = f"{fam}/{kind}-misc"
    with OUT.open("w", encoding="utf-8") as fh:
        for k, r in enumerate(rows, 1):
            r.pop("lender")
            obj = dict(id=f"ga-{k:04d}", text=r["text"], label=r["label"], channel=r["channel"], sender=r["sender"],
                       family=r["family"], group=r["group"], flags=r["flags"])
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(len(rows), "rows ->", OUT)


if __name__ == "__main__":
    main()
