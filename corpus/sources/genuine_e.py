"""Generator for corpus section genuine_e (label: genuine).

Families: all nine genuine families. Focus: widening what the corpus already has -- third-party repayment channels
(支付宝/云闪付/拉卡拉/财付通/跨行还款) confirmed by the channel or the bank, partial repayments and 结清证明 notes,
terse and chatty bills, mortgage / car-loan / 经营贷 instalments, 村镇银行 and city banks, consumer-finance companies,
HK and TW banks in traditional characters, card issuers' older (2012-2016) SMS style with the signature at the end,
licensed outsourced collectors, 12368 notices and lenders' notes on the 2026 one-time credit-repair policy.
About a quarter are hard cases (scam-like words, short own-domain links, personal-sounding sign-offs, typos).

Deterministic (fixed seed), stdlib only. Writes corpus/genuine_e.jsonl.

Template mini-syntax: ((a|b|c)) picks one alternative (nestable), [[...]] optional (kept about half the time),
{slot} filled per text (a slot used twice in one text gets the same value). Every base text was written for this
section; only names, amounts, dates, tails, lenders and numbers are slots. Candidates whose character 5-gram
Jaccard with the corpus or with an accepted text reaches 0.5 are dropped.
"""
import math
import random
import re
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(HERE / "sources"), str(HERE.parent)]

import _common as common  # noqa: E402
from scamguard.corpus import NearDuplicateIndex, corpus_texts  # noqa: E402

SEED = 20260417
OUT = HERE / "genuine_e.jsonl"
PREFIX = "ge"
R = random.Random(SEED)


# ------------------------------------------------------------------ lenders
L = common.lender

BIG = [
    L("icbc", "工商银行", ["【工商银行】", "工银信用卡【工商银行】"], ["95588", "1069095588"], "95588", "工商银行App",
      card="牡丹信用卡", dom="m.icbc.com.cn", old="中国工商银行"),
    L("abc", "农业银行", ["【中国农业银行】", "【农业银行】"], ["95599", "1069095599"], "95599", "农行掌上银行",
      card="农行信用卡", dom="go.abchina.com", old="中国农业银行"),
    L("boc", "中国银行", ["【中国银行】", "[中国银行]"], ["95566", "中国银行"], "95566", "中国银行App",
      card="中银信用卡", dom="m.boc.cn", old="中国银行"),
    L("ccb", "建设银行", ["【中国建设银行】", "【建设银行】"], ["95533", "106980095533", "建设银行"], "95533", "建行手机银行",
      card="龙卡信用卡", dom="u.ccb.com", old="中国建设银行"),
    L("bocom", "交通银行", ["【交通银行】", "[交通银行]"], ["95559", "1069095559"], "95559", "买单吧App",
      card="交通银行信用卡", dom="c.bankcomm.com", old="交通银行信用卡中心"),
    L("psbc", "邮储银行", ["【邮储银行】", "【中国邮政储蓄银行】"], ["95580", "1069095580"], "95580", "邮储银行App",
      card="邮储信用卡", dom="m.psbc.com", old="中国邮政储蓄银行"),
]
JS = [
    L("cmb", "招商银行", ["[招商银行]", "【招商银行】"], ["95555", "10693495555"], "95555", "掌上生活App",
      card="招行信用卡", dom="cmbt.cn", old="招商银行信用卡中心"),
    L("spdb", "浦发银行", ["【浦发银行】"], ["95528", "1069095528"], "95528", "浦大喜奔App",
      card="浦发信用卡", dom="s.spdb.com.cn", old="浦发银行信用卡中心"),
    L("citic", "中信银行", ["【中信银行】", "[中信银行]"], ["95558", "106575595558"], "95558", "动卡空间App",
      card="中信信用卡", dom="s.citicbank.com", old="中信银行信用卡中心"),
    L("ceb", "光大银行", ["【光大银行】"], ["95595", "1069095595"], "95595", "阳光惠生活App",
      card="光大信用卡", dom="x.cebbank.com", old="光大银行信用卡中心"),
    L("cmbc", "民生银行", ["【民生银行】", "[民生银行]"], ["95568", "1069095568"], "95568", "全民生活App",
      card="民生信用卡", dom="m.cmbc.com.cn", old="民生银行信用卡中心"),
    L("hxb", "华夏银行", ["【华夏银行】"], ["95577", "106980095577"], "95577", "华彩生活App",
      card="华夏信用卡", dom="m.hxb.com.cn", old="华夏银行信用卡中心"),
    L("pab", "平安银行", ["【平安银行】"], ["95511", "1069095511"], "95511", "平安口袋银行App",
      card="平安信用卡", dom="b.pingan.com", old="平安银行信用卡"),
    L("cib", "兴业银行", ["【兴业银行】", "[兴业银行]"], ["95561", "1069095561"], "95561", "兴业生活App",
      card="兴业信用卡", dom="s.cib.com.cn", old="兴业银行信用卡中心"),
    L("cgb", "广发银行", ["【广发银行】", "【广发信用卡】"], ["95508", "106980095508"], "95508", "发现精彩App",
      card="广发卡", dom="u.cgbchina.com.cn", old="广发银行信用卡中心"),
]
CITY = [
    L("bob", "北京银行", ["【北京银行】"], ["95526", "1069095526"], "95526", "北京银行App", card="北京银行信用卡",
      dom="m.bankofbeijing.com.cn", old="北京银行"),
    L("bosc", "上海银行", ["【上海银行】"], ["95594", "1069095594"], "95594", "上海银行App", card="上海银行信用卡",
      dom="m.bosc.cn", old="上海银行信用卡中心"),
    L("jsb", "江苏银行", ["【江苏银行】"], ["95319", "106902895319"], "95319", "江苏银行App", card="江苏银行信用卡",
      dom="m.jsbchina.cn", old="江苏银行"),
    L("njcb", "南京银行", ["【南京银行】"], ["95302", "1069095302"], "95302", "南京银行App", card="南京银行信用卡",
      dom="m.njcb.com.cn", old="南京银行"),
    L("nbcb", "宁波银行", ["【宁波银行】"], ["95574", "1069095574"], "95574", "宁波银行App", card="宁波银行信用卡",
      dom="m.nbcb.com.cn", old="宁波银行"),
    L("hzb", "杭州银行", ["【杭州银行】"], ["95398", "1069095398"], "95398", "杭州银行App", card="杭州银行信用卡",
      dom="m.hzbank.com.cn", old="杭州银行"),
    L("cqb", "重庆银行", ["【重庆银行】"], ["956023", "重庆银行"], "956023", "重庆银行App", card="重庆银行信用卡",
      dom="m.cqcbank.com", old="重庆银行"),
    L("zzb", "郑州银行", ["【郑州银行】"], ["95097", "1069095097"], "95097", "郑州银行App", card="郑州银行信用卡",
      dom="m.zzbank.cn", old="郑州银行"),
    L("wfb", "潍坊银行", ["【潍坊银行】"], ["潍坊银行"], "0536-96588", "潍坊银行App", card="潍坊银行借记卡",
      dom="m.wfccb.com", old="潍坊银行"),
    L("tjb", "天津银行", ["【天津银行】"], ["956056", "1069956056"], "956056", "天津银行App", card="天津银行信用卡",
      dom="m.bankoftianjin.com", old="天津银行"),
]
RURAL = [
    L("shrcb", "上海农商银行", ["【上海农商银行】"], ["10698000962999", "962999"], "962999", "上海农商银行App",
      card="鑫卡", dom="m.srcb.com", old="上海农商银行"),
    L("bjrcb", "北京农商银行", ["【北京农商银行】"], ["96198", "1069096198"], "96198", "北京农商银行App",
      card="凤凰卡", dom="m.bjrcb.com", old="北京农商银行"),
    L("jxnx", "江西农商银行", ["【江西农商银行】", "【江西农信】"], ["96268", "1069096268"], "96268", "江西农商银行App",
      card="百福卡", dom="m.jxnxs.com", old="江西农信"),
    L("gdnx", "广东农信", ["【广东农信】"], ["1069096138", "96138"], "96138", "广东农信手机银行",
      card="信通卡", dom="m.gdrcu.com", old="广东农信"),
    L("hnnx", "湖南农信", ["【湖南农信】"], ["1069100996518", "96518"], "96518", "湖南农信手机银行",
      card="福祥卡", dom="m.hnnx.com", old="湖南农信"),
    L("fdvb", "蕲春中银富登村镇银行", ["【中银富登村镇银行】"], ["中银富登", "1069095566"], "400-8895-566",
      "中银富登村镇银行App", card="借记卡", dom="m.bocfullertonbank.com", old="中银富登村镇银行"),
    L("cxvb", "长兴联合村镇银行", ["【长兴联合村镇银行】"], ["长兴联合村镇银行"], "0572-6059999",
      "长兴联合村镇银行手机银行", card="借记卡", dom="m.cxlhcz.com", old="长兴联合村镇银行"),
]
CF = [
    L("zl", "招联消费金融", ["【招联金融】", "【招联消费金融】"], ["95786", "1069095786"], "95786", "招联金融App",
      prod="好期贷", dom="m.mucfc.com", old="招联金融"),
    L("ms", "马上消费金融", ["【马上消费金融】", "【安逸花】"], ["马上消费金融", "1069059991"], "400-0300-507", "安逸花App",
      prod="安逸花", dom="m.msxf.com", old="马上消费金融"),
    L("zyxf", "中银消费金融", ["【中银消费金融】"], ["中银消费金融", "1069058899"], "400-819-5599", "中银消费金融App",
      prod="新易贷", dom="m.boccfc.cn", old="中银消费金融"),
    L("xyxf", "兴业消费金融", ["【兴业消费金融】"], ["兴业消费金融", "1069039999"], "400-910-6188", "兴业消费金融App",
      prod="家庭消费贷", dom="m.cib-fintech.com", old="兴业消费金融"),
    L("jx", "捷信消费金融", ["【捷信】", "【捷信消费金融】"], ["捷信", "1069012008"], "400-120-8000", "捷信金融App",
      prod="捷信分期", dom="m.homecredit.cn", old="捷信"),
    L("zyou", "中邮消费金融", ["【中邮消费金融】"], ["中邮消费金融", "1069095580"], "400-189-5580", "中邮钱包App",
      prod="中邮钱包借款", dom="m.youcash.com", old="中邮消费金融"),
    L("sn", "苏宁消费金融", ["【苏宁消费金融】", "【苏宁金融】"], ["95177", "106902995177"], "95177", "苏宁金融App",
      prod="任性付", dom="m.snsfc.com", old="苏宁消费金融"),
]
PLAT = [
    L("hb", "花呗", ["【支付宝】", "【花呗】"], ["95188", "1069095188"], "95188", "支付宝", prod="花呗", dom="ur.alipay.com"),
    L("jb", "借呗", ["【支付宝】", "【借呗】"], ["95188", "1069095188"], "95188", "支付宝", prod="借呗", dom="ur.alipay.com"),
    L("bt", "京东白条", ["【京东金融】", "【京东】"], ["95118", "1069095118"], "95118", "京东金融App", prod="白条",
      dom="3.cn"),
    L("jt", "京东金条", ["【京东金融】"], ["95118", "1069095118"], "95118", "京东金融App", prod="金条", dom="3.cn"),
    L("mt", "美团月付", ["【美团月付】", "【美团】"], ["10107888", "1069070010107888"], "10107888", "美团App",
      prod="美团月付", dom="e.meituan.com"),
    L("wld", "微粒贷", ["【微众银行】"], ["95384", "106980095384"], "95384", "微信", prod="微粒贷", dom="m.webank.com"),
    L("ff", "分付", ["【微信支付】"], ["95017", "1069095017"], "95017", "微信", prod="分付", dom="wx.tenpay.com"),
    L("dxm", "度小满", ["【度小满金融】", "【度小满】"], ["95055", "1069095055"], "95055", "度小满App", prod="有钱花",
      dom="8.dxm.com"),
    L("dy", "抖音月付", ["【抖音月付】", "【抖音支付】"], ["1068409096200000003"], "95152", "抖音App", prod="抖音月付",
      dom="z.douyin.com"),
    L("fql", "分期乐", ["【分期乐】", "【乐信】"], ["分期乐", "1069073666"], "400-166-8888", "分期乐App", prod="分期乐",
      dom="m.fenqile.com"),
    L("jt360", "360借条", ["【360借条】", "【奇富借条】"], ["360借条", "1069036099"], "10100360", "360借条App",
      prod="360借条", dom="m.360jie.com"),
    L("sb", "省呗", ["【省呗】"], ["省呗", "1069089118"], "400-999-1996", "省呗App", prod="省呗", dom="m.shengbei.com"),
    L("xc", "携程金融", ["【携程金融】", "【拿去花】"], ["95010", "1069095010"], "95010", "携程旅行App", prod="拿去花",
      dom="m.ctrip.com"),
    L("ayh", "安逸花", ["【安逸花】"], ["马上消费金融"], "400-0300-507", "安逸花App", prod="安逸花", dom="m.msxf.com"),
]
HKTW = [
    L("hs", "恒生銀行", ["【恒生銀行】", "恒生"], ["恒生銀行", "HangSeng"], "2822 0228", "恒生Mobile App",
      card="恒生信用卡", cur="HKD"),
    L("hsbc", "滙豐", ["【滙豐】", "HSBC"], ["HSBC", "滙豐"], "2233 3000", "HSBC HK App", card="滙豐信用卡", cur="HKD"),
    L("bochk", "中銀香港", ["【中銀香港】"], ["BOCHK", "中銀香港"], "2853 8828", "中銀香港流動應用程式", card="中銀信用卡",
      cur="HKD"),
    L("bea", "東亞銀行", ["【東亞銀行】"], ["BEA東亞", "東亞銀行"], "2211 1818", "東亞銀行App", card="東亞信用卡", cur="HKD"),
    L("cathay", "國泰世華銀行", ["【國泰世華】", "國泰世華銀行"], ["國泰世華", "0800-818-001"], "(02)2383-1000",
      "CUBE App", card="國泰世華信用卡", cur="NT$"),
    L("ctbc", "中國信託", ["【中國信託】", "中信銀行(台灣)"], ["中國信託", "0800-024-365"], "(02)2745-8080", "中國信託行動銀行",
      card="中信卡", cur="NT$"),
    L("taishin", "台新銀行", ["【台新銀行】"], ["台新銀行"], "(02)2655-3355", "Richart App", card="台新卡", cur="NT$"),
    L("esun", "玉山銀行", ["【玉山銀行】", "玉山銀行"], ["玉山銀行"], "(02)2182-1313", "玉山行動銀行", card="玉山卡",
      cur="NT$"),
]
for _l in BIG + JS + CITY + RURAL:
    _l["bank"] = True
for _k, _o in [("hb", "重庆蚂蚁消费金融有限公司"), ("jb", "重庆蚂蚁消费金融有限公司"), ("bt", "京东金融"), ("jt", "京东金融"),
               ("mt", "美团"), ("wld", "微众银行"), ("ff", "财付通"), ("dxm", "度小满"), ("dy", "抖音支付"), ("fql", "乐信"),
               ("jt360", "奇富科技"), ("sb", "省呗"), ("xc", "携程金融"), ("ayh", "马上消费金融")]:
    next(x for x in PLAT if x["key"] == _k)["org"] = _o
CARDS = BIG + JS
BANKS = BIG + JS + CITY
LOANB = BIG + JS + CITY + RURAL
ALLCN = BIG + JS + CITY + RURAL + CF + PLAT

# ------------------------------------------------------------------ slot values
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔汤")
GIV = list("明华军丽敏静强磊洋艳勇杰娟涛超霞平刚桂英玲芳燕斌峰鹏飞兰萍亮辉红梅建国志宏")
FIRMS = ["广州市慧达商务咨询有限公司", "上海华道信息服务有限公司", "深圳市信安达资产管理有限公司", "湖南永雄资产管理集团",
         "江苏三六五网络科技有限公司", "北京中恒信资产管理有限公司", "杭州融汇商务服务有限公司", "成都锦诚资产管理有限公司"]
COURTS = ["杭州市西湖区人民法院", "深圳市福田区人民法院", "上海市浦东新区人民法院", "成都市武侯区人民法院",
          "广州互联网法院", "北京市朝阳区人民法院", "南京市鼓楼区人民法院", "长沙市岳麓区人民法院", "郑州市金水区人民法院",
          "重庆市渝北区人民法院", "武汉市江汉区人民法院", "苏州工业园区人民法院"]
CODES = {"杭州市西湖区人民法院": "浙0106", "深圳市福田区人民法院": "粤0304", "上海市浦东新区人民法院": "沪0115",
         "成都市武侯区人民法院": "川0107", "广州互联网法院": "粤0192", "北京市朝阳区人民法院": "京0105",
         "南京市鼓楼区人民法院": "苏0106", "长沙市岳麓区人民法院": "湘0104", "郑州市金水区人民法院": "豫0105",
         "重庆市渝北区人民法院": "渝0112", "武汉市江汉区人民法院": "鄂0103", "苏州工业园区人民法院": "苏0591"}
LAWFIRMS = ["北京德恒(深圳)律师事务所", "上海汇业律师事务所", "广东广和律师事务所", "浙江天册律师事务所", "湖南启元律师事务所"]
THIRD = [("支付宝", "【支付宝】", "95188"), ("云闪付", "【云闪付】", "95516"), ("拉卡拉", "【拉卡拉】", "1069095016"),
         ("财付通", "【财付通】", "95017"), ("微信支付", "【微信支付】", "95017")]


def pick_money(v, style=None):
    s = f"{v:,.2f}" if v >= 1000 and R.random() < 0.3 else f"{v:.2f}"
    style = style or R.choice(["元", "元", "元", "￥", "RMB", "人民币", "bare"])
    if style == "元":
        return s + "元"
    if style == "￥":
        return "￥" + s
    if style == "RMB":
        return "RMB" + s
    if style == "人民币":
        return "人民币" + s + "元"
    return s


def date_md(y=None):
    m, d = R.randint(1, 12), R.randint(1, 28)
    y = y or R.choice([2025, 2026, 2026])
    return R.choice([f"{m:02d}月{d:02d}日", f"{m}月{d}日", f"{m}月{d}号", f"{m:02d}-{d:02d}", f"{m}/{d}",
                     f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}{m:02d}{d:02d}", f"{y}.{m:02d}.{d:02d}"])


def tail_form(t):
    return R.choice([f"尾号{t}", f"尾号{t}", f"末四位{t}", f"****{t}", f"尾号为{t}", f"卡号后四位{t}", f"({t})"])


def masked():
    s, g = R.choice(SUR), R.choice(GIV)
    return R.choice([f"{s}*{g}", f"{s}**", f"{s}*", f"*{g}"])


def honor():
    s = R.choice(SUR)
    return R.choice([f"尊敬的{s}先生", f"尊敬的{s}女士", "尊敬的客户", f"{s}*{R.choice(GIV)}", f"{s}女士", f"{s}先生",
                     "客户", f"尊敬的{s}*{R.choice(GIV)}"])


expand = partial(common.expand, R)


def fill(t, lender):
    facts = {}

    def val(name):
        if name in facts:
            return facts[name]
        v = None
        base = re.sub(r"\d+$", "", name)
        if name in lender and isinstance(lender[name], str):
            v = lender[name]
        elif base == "t":                       # raw 4-digit tail
            v = f"{R.randint(0, 9999):04d}"
        elif base == "tail":                    # tail in some written form
            v = tail_form(val("t" + name[4:]))
        elif base == "a":                       # raw amount number (log-uniform)
            lo, hi = AMOUNT_RANGE
            v = f"{math.exp(R.uniform(math.log(lo), math.log(hi))):.2f}"
        elif name == "ramt":                    # an overdue within the 2026 relief limit
            v = pick_money(R.uniform(60, 9800))
        elif name == "perp":
            v = pick_money(float(val("a")) / int(val("per")) * R.uniform(1.02, 1.08))
        elif name == "hkmin":
            v = f"{float(val('hkd').replace(',', '')) * R.choice([0.01, 0.02, 0.03]) + 50:,.2f}"
        elif name == "ntmin":
            v = f"{max(1000, int(val('nt').replace(',', '')) // 10):,}"
        elif name == "asr":
            p = lender.get("prod") or lender.get("card") or "贷款"
            v = {"借呗": "借贝", "花呗": "花贝", "白条": "白调", "金条": "金调", "微粒贷": "微利贷", "分付": "分府",
                 "美团月付": "美团月府", "有钱花": "有钱华", "抖音月付": "抖音月府", "安逸花": "安逸华"}.get(p, p)
        elif name == "we":
            v = R.choice(["我行", "本行"]) if lender.get("bank") else R.choice(["我司", "本公司"])
        elif name == "org":
            v = lender.get("org", lender["brand"])
        elif name == "loan":
            v = lender.get("prod") or R.choice(["个人消费贷款", "个人经营贷款", "信用贷款", "消费贷"])
        elif base == "amt":
            v = pick_money(float(val("a" + name[3:])))
        elif base == "small":
            v = pick_money(R.uniform(12, 900))
        elif base == "big":
            v = pick_money(R.uniform(20000, 600000))
        elif base == "mid":
            v = pick_money(R.uniform(1500, 9800))
        elif name == "minp":
            v = pick_money(float(val("a")) * R.choice([0.1, 0.1, 0.05]))
        elif name == "part":
            v = pick_money(float(val("a")) * R.uniform(0.1, 0.7))
        elif base == "md":
            v = date_md()
        elif base == "d":
            v = str(R.randint(1, 28))
        elif base == "m":
            v = str(R.randint(1, 12))
        elif base == "hm":
            v = f"{R.randint(7, 21):02d}:{R.randint(0, 59):02d}"
        elif base == "n":
            v = str(R.choice([3, 5, 7, 12, 15, 18, 23, 31, 45, 61, 92, 120]))
        elif base == "per":
            v = str(R.choice([3, 6, 12, 24, 36, 48, 60]))
        elif name == "nm":
            v = masked()
        elif name == "hon":
            v = honor()
        elif base == "sur":
            v = R.choice(SUR)
        elif name == "job":
            v = R.choice(["A", "B", "C", "GZ", "SH", "HN", ""]) + str(R.randint(1000, 99999))
        elif name == "firm":
            v = R.choice(FIRMS)
        elif name == "law":
            v = R.choice(LAWFIRMS)
        elif name == "court":
            v = R.choice(COURTS)
        elif name == "case":
            c = val("court")
            v = f"（{R.choice([2025, 2026])}）{CODES[c]}民初{R.randint(1000, 39999)}号"
        elif name == "tcase":
            c = val("court")
            v = f"（{R.choice([2025, 2026])}）{CODES[c]}民诉前调{R.randint(1000, 39999)}号"
        elif name == "link":
            code = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(R.randint(4, 7)))
            v = lender.get("dom", "m.example.cn") + "/" + code
        elif name == "sig":
            v = R.choice(lender["sigs"])
        elif name in ("pay", "paysig", "payhot"):
            p = facts.get("_third") or R.choice(THIRD)
            facts["_third"] = p
            v = {"pay": p[0], "paysig": p[1], "payhot": p[2]}[name]
        elif name == "prod":
            v = lender.get("prod") or lender.get("card") or "贷款"
        elif name == "card":
            v = lender.get("card") or lender.get("prod") or "信用卡"
        elif base == "hkd":
            v = f"{R.uniform(300, 48000):,.2f}"
        elif base == "nt":
            v = f"{R.randint(800, 86000):,}"
        elif name == "k":
            v = str(R.randint(2, int(val("per")) - 1))
        elif name == "cur":
            v = lender.get("cur", "")
        elif name == "ref":
            v = str(R.randint(10 ** 9, 10 ** 10 - 1))
        elif name == "land":
            v = R.choice(["020", "021", "0755", "0571", "028", "0731", "025", "010"]) + "-" + str(R.randint(6000, 8999)) \
                + str(R.randint(1000, 9999))
        if v is None:
            raise KeyError(name)
        facts[name] = v
        return v

    return re.sub(r"\{(\w+)\}", lambda m: val(m.group(1)), t), facts


def place_sig(text, lender, mode):
    if mode == "none":
        return text
    sig = R.choice(lender["sigs"])
    if mode == "old":
        b = lender.get("old", lender["brand"])
        end = R.choice([f"[{b}]", f"【{b}】", b, f"-{b}", f" {b}", ""])
        return text + end
    r = R.random()
    if mode == "end" or (mode == "wrap" and r < 0.4):
        return text + sig
    if mode == "start" or (mode == "wrap" and r < 0.8):
        front = [x for x in lender["sigs"] if x[0] in "【["]
        return (R.choice(front) if front else f"【{lender['brand']}】") + text
    return text


GROUPS = []
AMOUNT_RANGE = (150, 40000)


def G(family, slug, lenders, bases, n, channel="sms", flags=(), sig="wrap", sender=None):
    GROUPS.append(dict(family=family, slug=slug, lenders=lenders, bases=bases, n=n, channel=channel,
                       flags=list(flags), sig=sig, sender=sender))


AUTO = [
    L("saic", "上汽通用汽车金融", ["【上汽通用汽车金融】"], ["上汽通用汽车金融", "1069018818"], "400-650-0518",
      "上汽通用汽车金融App", prod="车贷", dom="m.gmacsaic.net"),
    L("toyota", "丰田汽车金融", ["【丰田金融】", "【丰田汽车金融】"], ["丰田金融"], "400-820-8860", "丰田金融App",
      prod="汽车贷款", dom="m.toyota-fs.com.cn"),
    L("chery", "奇瑞徽银汽车金融", ["【奇瑞徽银】"], ["奇瑞徽银"], "400-887-6799", "奇瑞徽银App", prod="车贷",
      dom="m.cheryhuiyin.com"),
]


# ================================================================== repayment_ok
G("repayment_ok", "thirdparty-channel-confirm", CARDS + CITY, [
    "{paysig}您通过{pay}向{brand}信用卡({t})还款{amt}已提交成功，预计((1-2个工作日|2小时内|当日))到账，以银行入账为准。",
    "{pay}信用卡还款 {brand} {tail} 金额{amt} 状态：((已到账|银行处理中|还款成功)) 时间{md} {hm}",
    "你在{pay}给{nm}的{brand}信用卡还了{amt}，银行已受理，手续费0元。[[还款记录可在“信用卡还款-历史记录”查看。]]",
    "{paysig}还款到账通知：{md} {hm}，{brand}信用卡尾号{t}，到账{amt}。((如未入账请联系发卡行核实。|感谢使用。))",
], 5, sig="none", sender="pay")
G("repayment_ok", "thirdparty-bank-confirm", CARDS + CITY, [
    "您的{card}{tail}于{md}收到他行跨行转入还款{amt}（渠道：{pay}），当前本期剩余应还{amt2}。",
    "[[{hon}，]]我行已收到您经{pay}转入的信用卡还款{amt}，入账日期{md}，本期账单已全部还清，谢谢！",
    "跨行还款已入账：{tail}信用卡 +{amt}（来源{pay}）。如还款后额度未恢复，一般次日自动更新。",
], 5)
G("repayment_ok", "partial-repay", CARDS + CITY + CF + PLAT, [
    "您已还款{part}，本期账单尚有{amt}未还清，请于{md}前补足，未还部分将按日计收利息。",
    "{prod}还款成功{part}~ 本期还差{amt}没还哦，{md}前还完就不算逾期",
    "收到您的部分还款{part}，已满足本期最低还款要求。剩余{amt}可继续还款，越早还清利息越少。",
    "本次还款{part}已冲抵逾期利息及部分本金，剩余欠款{amt}，请继续通过{app}还款。",
], 5)
G("repayment_ok", "early-settle-certificate", CF + PLAT + LOANB, [
    "您的{loan}已于{md}提前结清，本次共还{amt}。如需结清证明，可在{app}“我的-借款记录-结清证明”自助开具，电子版即时生成。",
    "提前还款成功！贷款本息合计{amt}已扣收，账户状态：已结清。纸质结清证明可致电{hot}申请邮寄，约{d}个工作日寄达。",
    "结清通知：借据号尾号{t}的贷款已还清，今后不会再产生利息和扣款。结清信息将在下一次征信报送时更新。",
], 5)
G("repayment_ok", "mortgage-settled", BANKS + RURAL, [
    "{hon}：您在我行的个人住房贷款（合同尾号{t}）已全部结清。请本人携身份证到经办网点领取结清证明，并办理抵押注销。",
    "房贷结清提醒：贷款已还清，抵押登记注销需本人携不动产权证书、身份证到经办网点领取材料后，前往不动产登记中心办理。",
], 3)
G("repayment_ok", "car-loan-settled", AUTO + BANKS, [
    "恭喜您！汽车贷款最后一期{mid}已于{md}扣款成功，贷款已全部结清。解押材料将在{d}个工作日内寄出，请留意快递。",
    "您的车贷（合同尾号{t}）已结清，可凭身份证、行驶证到车管所办理抵押解除，所需的解押委托书我们已寄出。",
], 3)
G("repayment_ok", "terse", CARDS + CITY + RURAL, [
    "还款{amt}已到账。",
    "收到您的还款{amt} 谢谢",
    "{tail}信用卡{md}还款{amt}已入账",
    "贷款还款{mid}成功",
    "您已还清本期账单。",
], 5)
G("repayment_ok", "old-style-card", CARDS, [
    "尊敬的{nm}：您尾号{t}的信用卡于{m}月{d}日存入人民币{a}元，谢谢！",
    "您的信用卡{t}已于{m}月{d}日收到还款RMB{a}，本期账单已全部还清，感谢您的支持。",
    "{nm}您好！您尾号为{t}的信用卡还款{a}元已入账，如有疑问请致电{hot}。",
], 4, sig="old")
G("repayment_ok", "plat-chatty", PLAT + CF, [
    "亲~你的{prod}这期已经还清啦，共{amt}，保持按时还款的好习惯哦💪",
    "还款成功✓ {prod}本期{amt}已还清，下期账单{md}出，记得来看看~",
    "叮！{amt}还款到账，{prod}额度已恢复，随时可用。",
], 3)
G("repayment_ok", "hktw-trad", HKTW, [
    "閣下之{card}(尾號{t})已收到還款{cur}{hkd}，多謝。如有查詢請致電{hot}。",
    "您的{card}已於{md}收到繳款{cur}{nt}元，感謝您準時繳款。本訊息為系統發送，請勿回覆。",
    "繳款成功通知：{card}末四碼{t}，入帳金額{cur}{nt}，本期帳款已繳清。",
], 3)
G("repayment_ok", "typo-sloppy", CARDS + CITY + CF, [
    "您的还款己到帐{amt}，本期帐单己还清，谢谢",
    "借款已结请，结请证明可在{app}下载",
    "还款成攻：{amt}，您的额渡已恢复",
], 3, flags=["hard"])
G("repayment_ok", "call-settle", BANKS + CF, [
    "客服：您好，这里是{brand}客服中心，请问是{nm}吗？\n我：对，我是。\n客服：跟您确认一下，您{md}申请的提前还款已经处理完了，贷款本息一共扣了{amt}，账户现在是已结清状态。\n我：那以后不会再扣钱了吧？\n客服：不会了，扣款协议已经自动解除。\n我：结清证明怎么拿？\n客服：((您在{app}的借款记录里可以直接下载电子版|您带身份证到任意网点可以打印纸质版|我们可以邮寄到您预留的地址，三到五个工作日))。\n我：征信多久能更新？\n客服：一般在下一个报送周期，通常一个月内。您之后自己查征信报告也是免费的。还有别的问题吗？\n我：没了，谢谢。",
    "喂你好我是{brand}的客服小((刘|周|何))啊就是给您回个电话您昨天问的那个部分还款的事情系统显示您{md}还了{part}是吧嗯对这笔已经入账了先冲的是利息然后才是本金所以您看到本金没少多少是正常的目前((本期|这一期))还剩{amt}没还您在{md2}之前还上就不会算逾期对不会上正信的放心就直接在{app}里面还就行了不用找别人也不用去网点好的那不打扰您了祝您生活愉快",
    "我：喂，{brand}吗？我前天用{pay}给信用卡还了{amt}，怎么App里还显示没还？\n客服：您好，请问卡号后四位是多少？\n我：{t}。\n客服：查到了，这笔款是{md}晚上通过{pay}跨行转入的，第三方渠道到账一般要一到两个工作日，今天上午已经入账了，您刷新一下账单页面就能看到。\n我：那会不会算我逾期？\n客服：不会，还款以您发起的时间在到期日之前为准，这期不会产生逾期记录。\n我：好的，麻烦你了。",
], 4, channel="call")

# ================================================================== bill_statement
G("bill_statement", "terse", CARDS + CITY + PLAT, [
    "本期应还{amt}，到期日{md}",
    "{card}账单：应还{amt} 最低{minp} 还款日{md}",
    "{m}月账单{amt}，请于{md}前还款",
    "账单已出 应还{amt} 到期{md}",
], 4)
G("bill_statement", "chatty-plat", PLAT + CF, [
    "账单来啦～{prod}{m}月账单{amt}已出，{md}前还清就好，打开{app}点“立即还款”就行~",
    "嗨，这个月{prod}一共花了{amt}，还款日是{md}，别忘啦。不想一次还清也可以看看分期哦",
    "你的{prod}账单出炉：本月应还{amt}，[[含上月分期{small}，]]{md}到期。",
], 4)
G("bill_statement", "card-fields-formal", BANKS, [
    "{hon}，您尾号{t}的{card}{m}月账单：本期应还{amt}，最低还款额{minp}，到期还款日{md}。账单明细可在{app}查询。",
    "信用卡对账单通知：账单日每月{d}日，新增消费{mid}，上期余额{small}，本期应还{amt}。全额还款可享免息。",
    "您{card}本期账单已于今日生成，应还{amt}。只还最低{minp}将不能享受免息还款期待遇，请合理安排。",
], 4)
G("bill_statement", "installment-fee", CARDS + CITY, [
    "您的账单分期第{k}/{per}期本金{mid}、分期手续费{small}已计入本期账单，请留意到期还款日{md}。",
    "温馨提示：您{md}办理的{amt}账单分期已成功，分{per}期，每期手续费{small}，首期将计入下期账单。",
    "分期提醒：现金分期（尾号{t}）第{k}期应还{mid}，含手续费{small}，已入本期账单，到期日{md}。",
], 4)
G("bill_statement", "installment-reply-offer", CARDS, [
    "您本期账单{amt}，可申请账单分期，回复“FQ{per}”分{per}期，每期手续费率0.6%，以审批为准。如已还款请忽略。",
    "账单分期提醒：本期账单中{amt}可办理分期，回复ZD{per}即可申请{per}期，办理后每月只需还{perp}左右。",
], 3)
G("bill_statement", "bilingual", CARDS + CITY, [
    "Your {card} statement ending {t}: new balance RMB{a}, minimum payment RMB{minp}, due date {md}. 请按时还款。",
    "{brand} Statement ready. 本期应还 Amount due: {amt}. Due: {md}. 详情请登录{app}。",
], 3)
G("bill_statement", "old-style", CARDS, [
    "尊敬的{nm}：您{m}月信用卡账单应还人民币{a}元，最低应还{minp}，到期还款日{m2}月{d}日。",
    "您的信用卡本期账单金额为{a}元，请于{m}月{d}日前还款。如已还款请忽略本短信。",
    "{nm}先生/女士，您的信用卡账单已寄出，本期应还款额{a}元，到期还款日{m}月{d}日，谢谢！",
], 4, sig="old")
G("bill_statement", "hktw-trad", HKTW, [
    "{card}月結單已備妥：結欠{cur}{hkd}，最低還款額{cur}{hkmin}，付款到期日{md}。請登入{app}查閱。",
    "您本期信用卡帳單應繳金額{cur}{nt}元，最低應繳{cur}{ntmin}元，繳款截止日{md}，請準時繳款。",
    "電子帳單通知：{card}本期帳單已寄至您的電子信箱，應繳總金額{cur}{nt}，如已繳款請忽略。",
], 3)
G("bill_statement", "loan-statement", LOANB + AUTO, [
    "您的{loan}{m}月还款计划：本金{mid}，利息{small}，合计{amt}，扣款日{md}。",
    "贷款对账单：截至{md}，您的个人经营贷款余额{big}，本月应付利息{small}。如有异议请致电{hot}。",
    "{hon}：您的房贷本月应还{mid}（本金+利息），扣款账户{tail}，扣款日每月{d}日。",
], 3)
G("bill_statement", "zero-or-credit", CARDS + CITY, [
    "您本期账单无需还款，溢缴款{small}可继续使用。",
    "本期账单应还0.00元，感谢您的使用。",
    "您尾号{t}的信用卡本期无新增交易，应还金额为零，无需还款。",
], 3)
G("bill_statement", "short-link", CARDS + PLAT, [
    "{prod}{m}月账单已出，应还{amt}，查看明细 {link}",
    "您的账单{amt}已生成，到期日{md}，点击{link}查看和还款",
    "本期应还{amt}，电子账单：{link} ，如非本人操作请忽略",
], 4, flags=["hard"])
G("bill_statement", "call-robot", CARDS + PLAT, [
    "（语音通知）您好，这里是{brand}。您{card}本期账单已生成，应还款{amt}，最低还款{minp}，最后还款日为{md}。全额还款可享受免息待遇；只还最低还款额的，未还部分将按日计息。如需账单分期，请在{app}办理；重听请按星号键；如已还款，请忽略本通知。本通知不会要求您提供任何验证码或密码。",
    "您好这里是{brand}账单提醒您的{prod}本月账单已出金额是{amt}最后还款日{md}其中包含分期本金和手续费具体明细您可以((打开|登录)){app}在账单页面查看((也可以设置自动还款这样到期会自动从绑定卡扣款|按时还款有利于保持良好的信用记录))如您对账单有疑问请拨打客服热线{hot}我们不会通过电话要求您转账也不会索取验证码如果您已经还款请忽略本次来电谢谢您的接听再见",
], 3, channel="call")

# ================================================================== due_reminder
G("due_reminder", "due-today", CARDS + CITY + PLAT + CF, [
    "今天是您{card}的到期还款日，应还{amt}，请于今日24点前完成还款。",
    "【今日到期】{prod}应还{amt}，请在22:00前保证绑定卡余额充足。",
    "今日还款日提醒：{prod}本期{amt}，已还可忽略~",
], 4)
G("due_reminder", "three-days", CARDS + CITY + PLAT + CF, [
    "距离还款日还有3天（{md}），本期应还{amt}。",
    "还有三天就要还款啦，{prod}本期{amt}，{md}到期，提前还款不收手续费。",
    "温馨提示：您的借款将于{md}到期，应还本息{amt}，请提前3天准备资金。",
], 4)
G("due_reminder", "autodebit-balance", CARDS + CITY + PLAT + CF, [
    "您设置的自动还款将于{md}从{tail}储蓄卡扣款{amt}，请确保余额充足，余额不足将导致扣款失败。",
    "明日自动扣款提醒：{prod}本期{amt}，扣款卡{tail}。检测到该卡近期余额偏低，请及时存入。",
    "自动还款方式：全额。扣款日{md}，扣款账户尾号{t}，预计扣款{amt}，请留足资金。",
], 4)
G("due_reminder", "mortgage", BANKS + RURAL, [
    "您的个人住房贷款第{k}期月供{mid}将于{md}扣收，请在扣款日前存入尾号{t}账户。",
    "房贷月供提醒：本月还款额{mid}，扣款账户{tail}，扣款日{d}日。[[LPR调整后的月供已自动更新。]]",
    "{hon}您好，您的公积金组合贷款本月商贷部分应还{mid}，{md}扣款，请提前存足。",
], 4)
G("due_reminder", "car-loan", AUTO + BANKS, [
    "您的汽车贷款第{k}/{per}期{mid}将于{md}自动扣款，扣款卡{tail}，请保证余额充足。",
    "车贷还款提醒：本期应还{mid}，还款日{md}。逾期将产生罚息并影响个人信用记录。",
], 3)
G("due_reminder", "business-loan", LOANB, [
    "您的经营贷（借据尾号{t}）本期应付利息{small}，结息日{md}，请提前存足资金。",
    "{brand}提醒：您的个人经营性贷款{big}将于{md}到期，请按时还本，如需续贷请提前联系客户经理。",
    "小微贷款还款提示：本月{d}日扣收本息{mid}，扣款账户{tail}。",
], 4)
G("due_reminder", "chatty-plat", PLAT, [
    "亲，{prod}明天就要还款啦~ 本期{amt}，别让小事影响信用哦",
    "叮咚～{prod}还款日快到了，{md}之前还{amt}就OK啦",
    "还款小助手：{prod}本期{amt}，今天还就不用惦记了😊",
], 3)
G("due_reminder", "old-style", CARDS, [
    "您尾号{t}的信用卡本期应还款{a}元，到期还款日为{m}月{d}日，如已还款请忽略本短信。",
    "温馨提示：您的信用卡还款日即将到来，本期最低还款额{minp}，请按时还款。",
    "尊敬的{nm}，您信用卡{m}月账单到期还款日为{m}月{d}日，请及时还款，谢谢。",
], 4, sig="old")
G("due_reminder", "hktw-trad", HKTW, [
    "提提您：閣下{card}之付款到期日為{md}，最低還款額{cur}{hkd}，請準時還款以免產生逾期費用。",
    "提醒您，本期信用卡帳款繳款截止日為{md}，應繳總金額{cur}{nt}，已繳款者請忽略。",
], 3)
G("due_reminder", "hard-warning", CARDS + PLAT + CF, [
    "请注意：您的{prod}将于{md}到期，逾期将上报征信并冻结额度，请按时还款。",
    "到期提醒：本期{amt}，若逾期{we}将按合同收取违约金，并可能影响您的征信记录。",
    "【重要】明天是还款日，应还{amt}，逾期信息将报送金融信用信息基础数据库。",
], 5, flags=["hard"])
G("due_reminder", "call-reminder", CARDS + PLAT + CF, [
    "客服：您好，我是{brand}的客服，工号{job}，请问是{nm}本人吗？\n我：是，什么事？\n客服：提醒您一下，您的{prod}本期{amt}后天就到期了，您绑定的尾号{t}卡目前余额可能不够扣款。\n我：哦，我这两天存进去。\n客服：好的，存进去系统会在到期日自动扣。您也可以直接在{app}里主动还款，实时到账。\n我：你们会不会让我转账到什么账户？\n客服：不会，我们不会让您往任何账户转账，只在App或者您自己的卡里还。\n我：知道了，谢谢。",
    "喂您好是{nm}吗我这边是{brand}的客服啊提醒您一下您的{asr}这期{amt}明天就到期了嗯对您在{app}里面还就行了系统显示您绑定的那张卡余额不太够要是明天扣款失败了就会产生逾期的会影响正信的对然后您要是这期确实有困难也可以在App里面看看能不能申请延期好的那您记得还一下哈还有就是我们这边不会让您提供验证码也不会让您往别的卡里转钱有人这么说的话您别信打扰了再见",
    "机器人：您好，这里是{brand}智能语音助手。您的房贷本月应还{mid}，将于{md}从尾号{t}账户扣款。\n我：嗯。\n机器人：请问您是否已准备好资金？已准备请说“是”，需要人工服务请说“转人工”。\n我：转人工。\n客服：您好，请问有什么可以帮您？\n我：我这个月想晚几天还行不行？\n客服：房贷没有宽限期，到期当天扣不到款就会记逾期。建议您尽量当天前存足；如果长期有困难，可以到经办网点申请调整还款计划。\n我：好吧，我想办法。",
], 4, channel="call")

# ================================================================== overdue_notice
G("overdue_notice", "early-days", PLAT + CF, [
    "您的{prod}已逾期{n}天，欠款{amt}，请尽快在{app}还款，逾期将持续产生罚息。",
    "{nm}，你的{prod}账单已过还款日，当前待还{amt}（含逾期费用），请今天处理。",
    "逾期提醒：借款已逾期，应还{amt}。还款后逾期状态将在1个工作日内更新。",
], 4)
G("overdue_notice", "penalty-details", CARDS + CITY, [
    "截至{md}，您{tail}信用卡逾期未还{amt}，已产生违约金{small}及利息，请立即还款至本卡。",
    "{hon}：您的{card}已逾期{n}天，最低还款额{minp}尚未还足，我行将按规定计收违约金，并向征信系统报送逾期信息。",
    "您尾号{t}的信用卡逾期欠款{amt}，其中罚息{small}。还款请使用{app}或本行柜面。",
], 4)
G("overdue_notice", "outsource-warning", CARDS + CF + PLAT, [
    "您的{prod}逾期欠款{amt}仍未处理。若继续拖欠，{we}将依法委托第三方机构催收，并保留诉讼权利。还款只能通过{app}或您绑定的银行卡，切勿向任何个人转账。",
    "{hon}，您在{brand}的借款已逾期{n}天。根据合同约定，{we}可能将您的账户移交委外催收机构，相关机构只会引导您在{app}内还款。",
    "最后提醒：{amt}逾期未还，{we}将启动法律程序追偿，由此产生的诉讼费用由您承担。还款渠道：{app}；咨询：{hot}。",
], 5, flags=["hard"])
G("overdue_notice", "limit-frozen", CARDS + PLAT, [
    "因您逾期未还款，{card}已被冻结止付，还清欠款{amt}后可致电{hot}申请恢复使用。",
    "您的{prod}因逾期已暂停使用，额度冻结。请尽快还款{amt}，还清后系统将重新评估。",
], 4, flags=["hard"])
G("overdue_notice", "malicious-overdraft", CARDS, [
    "{hon}：您尾号{t}的信用卡透支{amt}已逾期{n}天。根据《刑法》第196条，恶意透支经两次有效催收后超过三个月仍不归还的，可能承担刑事责任。请立即通过{app}还款。",
    "您的信用卡欠款{amt}经多次催收仍未归还，我行保留向公安机关报案及提起诉讼的权利。如有还款困难请致电{hot}协商。",
], 3, flags=["hard"])
G("overdue_notice", "old-style", CARDS, [
    "您尾号{t}信用卡已逾期，欠款{a}元，请速还款。如已还款请忽略。",
    "尊敬的{nm}：您的信用卡已逾期{n}天，当前欠款人民币{a}元，请尽快存入，以免影响您的信用记录。",
    "您好，您的信用卡账户已逾期，请于{m}月{d}日前还款，逾期将按规定收取滞纳金。",
], 4, sig="old")
G("overdue_notice", "hktw-trad", HKTW, [
    "閣下之信用卡戶口已逾期{n}日，逾期金額{cur}{hkd}，請盡快還款以免影響信貸評分。",
    "您的{card}帳款已逾期，請儘速繳納{cur}{nt}元，以免影響您在聯徵中心的信用紀錄。本行未與任何代辦公司合作。",
    "{card}尚有逾期款項{cur}{nt}未繳，將依約計收違約金，請於{md}前繳清。",
], 3)
G("overdue_notice", "terse", ALLCN, [
    "您的借款已逾期，应还{amt}，请今日处理。",
    "已逾期{n}天，待还{amt}。",
    "逾期未还{amt}，请尽快还款",
], 4)
G("overdue_notice", "guarantor-loan", LOANB, [
    "{hon}：借款人{nm}在我行的贷款已逾期{n}天，您作为担保人，请督促其尽快还款，或与我行联系。",
    "您的经营贷款本金{mid}已到期未还，我行将按合同计收罚息，并向征信系统报送。请尽快到经办网点处理。",
], 3, flags=["hard"])
G("overdue_notice", "call-overdue", CARDS + PLAT + CF, [
    "客服：您好，{brand}贷后部，工号{job}。请问是{nm}吗？\n我：嗯，什么事？\n客服：您的{prod}已经逾期{n}天了，欠款{amt}，逾期信息已经按规定报送征信。\n我：我知道，这个月工资晚发了。\n客服：理解。您大概哪天能还？我登记一下。还款就在{app}里，或者存到您尾号{t}的还款卡。\n我：下周三吧。\n客服：好的，下周三前请处理，否则会继续产生罚息。如果长期有困难，也可以在App里申请分期，我们不会收任何额外费用。\n我：行。",
    "您好这边是{brand}的回访((我们|这边))看到您的{prod}逾期了{n}天了欠款是{amt}我们已经发过几次短信了您都没回复嗯对现在是逾期状态的会上正信而且每天有罚息时间越长对您影响越大您看今天能不能先还一部分不用全部嗯在{app}里面就能还不要转给任何个人啊我们工作人员不会让你转账的也不会加你微信好的那我这边给您备注一下周五之前还",
    "催收：{nm}您好，这里是{brand}贷后中心，您的{prod}已经逾期{n}天，欠款{amt}，额度已经被冻结了。\n我：能不能先别冻我额度？我还要用。\n催收：额度是系统根据逾期自动冻结的，只要您把欠款还清，可以申请恢复。\n我：我一次还不上。\n催收：那您可以打{hot}申请分期，不需要交任何额外费用，也别相信外面说能帮您办停息的中介，他们收了钱也办不了。\n我：行，我打过去问问。",
    "A：喂，{nm}吗？我是{brand}个贷中心的，姓{sur}。\nB：嗯，是我。\nA：您的经营贷本金{big}上个月到期了，一直没还，现在按合同是每天计罚息。\nB：我在等一笔货款，下个月才到。\nA：这个情况您要书面跟我们说明，可以申请展期，但要重新审批。要是既不还也不申请，行里会按合同处置抵押物，也可能起诉。\nB：那我明天去网点。\nA：好的，带上身份证和货款合同，直接找我。",
], 5, channel="call", flags=["hard"])

# ================================================================== autodebit_result
G("autodebit_result", "success", CARDS + CITY + PLAT + CF, [
    "自动还款成功：{card}{tail}于{md}扣款{amt}。",
    "您的{prod}本期{amt}已从尾号{t}银行卡自动扣款成功，无需再手动还款。",
    "{md}自动扣款{amt}成功，本期已还清。",
], 5)
G("autodebit_result", "fail", CARDS + CITY + PLAT + CF, [
    "扣款失败：您绑定的尾号{t}储蓄卡余额不足，{prod}本期{amt}未能扣款，请今日内手动还款。",
    "您的还款卡{tail}已过有效期，本期自动扣款失败，请在{app}更换还款卡后主动还款。",
    "今日自动还款未成功（原因：账户余额不足），应还{amt}，请尽快存入资金，系统将于今晚再扣一次。",
], 5)
G("autodebit_result", "partial", CARDS + CITY + PLAT + CF, [
    "本期应扣{amt}，实际扣款{part}，差额部分请于今日内还款。",
    "自动还款部分成功：已扣{part}，剩余未扣部分请尽快通过{app}还款。",
    "因扣款账户余额不足，本次仅扣收{part}，本期仍有欠款，请补足资金。",
], 5)
G("autodebit_result", "loan-debit", LOANB + AUTO, [
    "您尾号{t}账户{md}扣收贷款本息{mid}，余额{small}。",
    "您的{loan}第{k}期{mid}已扣款成功，剩余期数{d}期。",
    "{hon}，您的房贷月供{mid}今日已从账户{tail}扣收完成。",
], 5)
G("autodebit_result", "hktw-trad", HKTW, [
    "自動轉賬還款已完成：{card}尾號{t}，金額{cur}{hkd}。",
    "您的信用卡自動扣繳成功，扣繳金額{cur}{nt}元，扣款帳戶末四碼{t}。",
    "自動扣繳失敗通知：扣款帳戶餘額不足，本期應繳{cur}{nt}元未扣成功，請於繳款截止日前自行繳納。",
], 5)
G("autodebit_result", "frozen-account", CARDS + CITY + RURAL, [
    "扣款未成功：您的还款账户{tail}处于冻结/止付状态，请联系开户行处理，或更换还款卡。",
    "自动还款失败，扣款账户已被司法冻结，无法扣划。本期{amt}请通过其他本人账户还款。",
], 4, flags=["hard"])
G("autodebit_result", "call-debit-fail", CARDS + PLAT, [
    "客服：您好，{brand}客服，请问是{nm}吗？您今天的自动还款没扣成功。\n我：怎么会？卡里有钱啊。\n客服：系统显示您绑定的尾号{t}借记卡被发卡行止付了，可能是卡片过期或者被冻结，所以扣款失败，本期{amt}还没还。\n我：那我换张卡。\n客服：您在{app}里换卡后可以直接手动还款，今天还上就不算逾期。卡片的问题要找发卡行处理。我们不会让您提供验证码。\n我：行，我马上弄。",
    "喂您好这里是{brand}客服啊跟您说一下您那个{asr}今天早上自动扣款只扣了{part}嗯对卡里钱不够剩下的还差一点没扣上您今天在{app}里把剩下的还上就行了今天之内还上不会算逾期的要是今天还不上明天系统会再扣一次但那时候就算逾期一天了会有罚息嗯对您也可以把扣款卡换成余额多一点的那张在App的还款设置里面就能换好的您记得看一下再见",
], 3, channel="call")

# ================================================================== official_negotiation
G("official_negotiation", "app-extension-offer", PLAT + CF, [
    "如您暂时还款困难，可在{app}“我的-还款-延期还款”提交申请，审核通过后按新计划还款，全程不收取任何费用。",
    "{prod}为符合条件的用户提供最长{d}天的宽限期，入口：{app}-客服-还款困难。请勿轻信任何声称可“内部办理”的第三方。",
    "你好，检测到你近期还款有压力。{prod}支持申请分期还款，可在App内一键提交，结果1个工作日内短信通知。",
], 6)
G("official_negotiation", "card-personal-installment", CARDS + CITY, [
    "{hon}，您的{card}已逾期，如确有困难，可致电{hot}或在{app}申请个性化分期还款，最长可分60期，我行不收取任何代办费用。",
    "您可向我行申请个性化分期：欠款{amt}，可分{per}期偿还，分期期间按约还款将停止催收。请通过官方热线{hot}办理。",
    "还款困难？{card}持卡人可在{app}“还款-协商分期”在线提交材料，无需委托任何中介。",
], 6)
G("official_negotiation", "reply-code", CARDS + CF, [
    "您的欠款{amt}可申请分{per}期偿还，回复1申请，回复2由客服致电{hot}与您联系。",
    "为减轻您的还款压力，{we}可为您办理延期还款，回复YQ确认申请，本短信免费。",
], 4)
G("official_negotiation", "plan-approved", CARDS + CF + PLAT + CITY, [
    "您的个性化分期申请已审核通过：欠款{amt}分{per}期，每期{perp}，首期还款日{md}。按期还款期间不会再有催收来电。",
    "还款方案已生效：本金{amt}分{per}期，已减免违约金{small}。请于每月{d}日前在{app}还款，如断供方案将失效。",
    "您提交的延期还款申请已通过，原{md}到期的{amt}延期至{md2}，期间利息照常计收。",
], 5)
G("official_negotiation", "stop-interest-wording", CARDS + CF, [
    "{hon}，根据您的申请，{we}同意对您{card}欠款{amt}办理停息分期（停止计收罚息），分{per}期偿还。签约请本人登录{app}确认，{we}未委托任何代理机构。",
    "协商还款结果：您申请的减免罚息已获批，请于{md}前在{app}还款{amt}，逾期未还将恢复原欠款。",
    "关于您提出的协商还款诉求，{we}客服将通过{hot}与您联系，请注意接听。任何要求您付费“代办协商”的均与{we}无关。",
], 6, flags=["hard"])
G("official_negotiation", "hktw-trad", HKTW, [
    "如閣下還款有困難，請致電{hot}與本行商討還款安排，本行不會收取任何手續費。",
    "您的信用卡債務協商申請已受理，本行將以{hot}與您聯繫，本行未與任何代辦公司合作。",
], 3)
G("official_negotiation", "call-offer", CARDS + CF + PLAT, [
    "客服：您好，{brand}客户服务中心，请问是{nm}吗？\n我：是我。\n客服：您之前在{app}提交了还款困难申请，我们审核了一下，欠款{amt}可以给您做{per}期的分期，每期大概{perp}。\n我：要收手续费吗？\n客服：分期利率会在App里列清楚，除此之外没有任何费用。您在App里点“确认方案”就生效，首期{md}。\n我：那我之前的逾期呢？\n客服：方案生效后按期还，就不会再新增逾期记录。已经产生的会如实报送，这个没法删。\n我：好，我去看看。",
    "您好我是{brand}的协商专员工号{job}您在我们官方热线登记的那个协商还款我们这边批下来了嗯就是罚息给您减掉了{small}剩下的本金{amt}分成{per}期还每个月{d}号之前在{app}里还就可以了对不用交任何费用也不用通过任何中介您要是接到别人说帮您办停息挂账要收钱的那都是骗人的好吧您看下App里的方案点确认就行",
    "银行：{nm}您好，这里是{brand}信用卡中心，您的卡逾期了{n}天，我们想了解一下情况。\n我：我失业了，现在真的还不起。\n银行：理解。您可以申请个性化分期，最长五年，需要您提供失业证明或者收入情况说明。\n我：材料交到哪？\n银行：在{app}里上传，或者到任意网点。审批下来之前我们会暂缓催收，方案签了以后只要按期还就不会再催。整个过程是免费的，不需要找任何代理。\n我：好，谢谢你。",
    "我：喂，是{brand}吗？我想问问能不能停息挂账。\n客服：您好，您说的应该是个性化分期。请问您的账户尾号？\n我：{t}。\n客服：您目前欠款{amt}，逾期{n}天。个性化分期需要您本人申请，提供收入下降的证明，最长可以分60期，审批通过后按新计划还。\n我：网上有人说交几千块能帮我办。\n客服：那是违法中介，我们从不委托任何人代办，也不收费用。您直接在这个电话里申请就可以，我现在帮您登记。\n我：好，那麻烦你登记一下。",
], 5, channel="call")

# ================================================================== collection
G("collection", "outsourced-sms", CARDS + CF + PLAT, [
    "{firm}受{org}委托，提醒您{prod}逾期欠款{amt}尚未归还，请通过{app}还款，本公司不接收任何还款。工号{job}。",
    "您好，我司（{firm}）为{org}合作催收机构，就您尾号{t}账户欠款{amt}与您联系。核实身份请致电{brand}官方客服{hot}。",
    "【{firm}】{nm}，受{org}委托，您的欠款已逾期{n}天，请于{md}前在{app}处理。如已还款请忽略。",
], 6, sig="none", sender=["10690558866", "1069029188", None, "106550112233"], flags=["hard"])
G("collection", "outsourced-landline", CARDS + CF + PLAT, [
    "{nm}您好，我是{firm}工作人员，工号{job}，受{org}委托联系您。您的欠款{amt}仍未处理，请致电{land}或直接在{app}还款。",
    "受{org}委托通知：您账户欠款{amt}，委托期限至{md}。还款路径：{app}→我的→还款。核实委托关系请拨{hot}。",
], 4, sig="none", sender="land", flags=["hard"])
G("collection", "lawyer-letter", CARDS + CF + PLAT, [
    "{law}受{org}委托，就您拖欠的借款{amt}向您发出律师函，电子版已发送至您预留邮箱。请于{md}前通过{app}还款，否则委托人将依法起诉。",
    "律师函告知：{nm}，本所接受{org}委托，您名下{prod}欠款{amt}逾期已久。请于收函后七日内在官方渠道还清或与{org}协商，本所不代收款项。—{law}",
], 4, sig="none", flags=["hard"], sender=["1069055148", None, None])
G("collection", "home-visit", CARDS + LOANB, [
    "{hon}：您的欠款{amt}多次催收未果，{brand}拟安排工作人员上门核实您的还款能力，上门前会电话预约并出示工作证。还款请通过{app}。",
    "因联系不上您，我行已委托{firm}外访人员按您留存地址上门送达催收函，请配合。任何还款只能存入您本人还款账户。",
], 4, flags=["hard"])
G("collection", "inhouse-sms", PLAT + CF, [
    "{prod}贷后中心：{nm}您好，您的借款逾期{n}天，金额{amt}，我们已多次电话联系未果，请今天在{app}还款。",
    "我们注意到你的{prod}已经逾期一段时间了，欠款{amt}。有困难可以在App里申请延期，但不要失联。",
    "催收提醒：{amt}逾期未还，已进入贷后管理。请在{md}前处理，避免升级至委外或法律程序。",
], 5)
G("collection", "personal-signoff", CITY + RURAL + BIG, [
    "{nm}您好，我是{brand}贷后的小{sur}，您那笔欠款{amt}这周能处理吗？在{app}里还就行，有情况可以回电{hot}找我。",
    "您好，我是负责您账户的{sur}经理，您的贷款已经两期没扣成功了，麻烦尽快往尾号{t}的卡里存钱。{brand}",
], 4, flags=["hard"], sig="none")
G("collection", "call-outsourced", CARDS + CF + PLAT, [
    "催收员：您好，我是{firm}的工作人员，工号{job}，受{org}委托，请问是{nm}本人吗？\n我：你们是哪里的？我怎么知道是真的。\n催收员：您可以打{brand}官方客服{hot}核实委托关系。您的{prod}逾期{n}天了，欠款{amt}。\n我：我现在没钱。\n催收员：那您先还一部分也行，在{app}里还，我们公司不收钱，也不会让您转到任何个人账户。\n我：那我月底还一部分，剩下的呢？\n催收员：剩下的可以在App里申请分期，我这边给您登记月底。\n我：行吧。",
    "喂{nm}是吧我这边是受{org}委托的((催收|贷后))机构姓{sur}工号{job}你那个{asr}逾期{n}天了欠了{amt}嗯你之前说月初还结果也没还上电话也不接这样下去{brand}那边是会走诉讼的到时候还有诉讼费律师费你自己考虑一下你先在{app}上还一点我这边给你登记一个还款时间你给个准确的日子别再拖了你要是真有困难也可以在App里申请分期但是不能一直不接电话嗯还有你别把钱转给任何个人包括我好吧",
    "对方：你好，{nm}吗？受{org}委托，{firm}，你的欠款{amt}已经逾期{n}天。\n我：我不是说了下个月还吗？\n对方：上次登记的日期已经过了。委托方要求我们告知你，如果继续逾期，可能移交律师处理并提起诉讼，律师函会寄到你预留的地址。\n我：你们别打我家里人电话。\n对方：我们只联系你本人和合同上的联系人，不会说你欠款的事。钱在{app}还，还完系统会同步给我们。\n我：知道了。",
    "您好这里是{firm}受{org}委托跟您联系的啊您的账户已经逾期{n}天了金额{amt}我们这边会按照委托方的要求进行((外访|上门核实))之前会提前跟您电话预约的到时候工作人员会出示工作证和委托书如果您现在能处理就不用上门了您可以在{app}里面还款对核实我们身份您可以打{hot}问我们不收任何钱也不会让您转到我们公司的账户上嗯您要是有困难也可以跟委托方申请分期我这边可以帮您反映",
    "催收：{nm}先生，我是{firm}的，工号{job}，{org}委托我们处理您的信用卡欠款。\n我：又是你们，我都说了没钱。\n催收：您尾号{t}的卡欠了{amt}，已经逾期{n}天。您一直不还，银行可能会起诉，判决以后还会有强制执行。\n我：那你们能减点吗？\n催收：减免要银行审批，我可以帮您提交申请，批下来以后在{app}里能看到方案，钱也是还到您自己的卡上。\n我：那你先帮我申请。",
], 7, channel="call", flags=["hard"], sender="mobile")
G("collection", "call-inhouse", PLAT + CF, [
    "客服：您好，{brand}贷后服务中心，请问是{nm}吗？\n我：是，我知道我逾期了。\n客服：您的{prod}逾期{n}天，欠款{amt}，逾期已经报送征信了。\n我：我下周发工资还。\n客服：好，我帮您记录下周五。要是中间有困难，可以在{app}里申请延期，我们不会让您找别人借钱来还，也不会让您转到别的账户。\n我：好的。\n客服：另外提醒您，接到自称我们要您加微信的电话要警惕。",
    "喂您好我这边是{brand}的就是您那个{prod}已经逾期了{n}天了欠款{amt}现在已经在上正信了您看什么时候能还上嗯您说下个月那中间这段时间每天都会有罚息的要是还不上全部可以先还一部分在{app}里面就能操作对还了多少系统马上就能看到好的我这边给您备注一下后天再跟您确认一下嗯还有我们不会用私人微信跟您联系也不会让您借别的平台的钱来还您放心",
], 3, channel="call")

# ================================================================== court_notice
G("court_notice", "12368-filing", CARDS + CF + PLAT, [
    "【{court}】{nm}：原告{org}诉你金融借款合同纠纷一案已立案，案号{case}。请登录人民法院在线服务查收诉讼材料，或拨打12368查询。",
    "{court}通知：你被列为{case}案件的被告，原告为{org}，案由：借款合同纠纷。应诉材料已电子送达，请按时参加诉讼。",
    "【{court}】你好，{org}起诉你的借款合同纠纷{case}已受理，开庭时间以传票为准，可在“人民法院在线服务”小程序查看。",
], 6, sig="none", sender="12368", flags=["hard"])
G("court_notice", "pretrial-mediation", CARDS + CF + PLAT, [
    "【{court}】{nm}：{org}与你的借款合同纠纷已进入诉前调解，调解员将通过12368或法院座机与你联系，调解不收取任何费用。",
    "{court}诉前调解提示：{org}申请调解你欠款{amt}一案，请于{md}前登录人民法院在线服务确认调解方案，款项按调解书约定向{org}官方账户支付。",
], 4, sig="none", sender="12368")
G("court_notice", "hearing-reminder", CARDS + CF, [
    "【{court}】提醒：案号{case}定于{md}上午9:00在线开庭，请提前15分钟登录人民法院在线服务，逾期不到庭将依法缺席审理。",
    "{nm}，你与{org}的纠纷{case}已排期开庭，时间{md}，地点本院第三法庭。如需延期请向承办法官书面申请。",
], 4, sig="none", sender="12368")
G("court_notice", "judgment-enforcement", CARDS + CF, [
    "【{court}】{case}民事判决书已生效，请于判决确定期限内向{org}履行还款义务，逾期未履行的，对方可申请强制执行。",
    "你在{tcase}案中的调解书已生效，请按约定于每月{d}日前向{org}还款{mid}。—{court}",
], 4, sig="none", sender="12368")
G("court_notice", "lender-lawsuit-notice", CARDS + CF + PLAT, [
    "{hon}：因您欠款{amt}长期未还，{brand}已向{court}提起诉讼，后续请关注法院12368短信。诉讼期间您仍可通过{app}还款。",
    "{we}已就您{prod}欠款一案向法院起诉，案号{case}。如需和解，请致电{hot}，切勿向任何个人账户付款。",
], 4, flags=["hard"])
G("court_notice", "call-court", CARDS + CF + PLAT, [
    "法官助理：你好，我是{court}的法官助理，姓{sur}，请问是{nm}吗？\n我：是，什么事？\n法官助理：{org}起诉你借款合同纠纷，案号{tcase}，现在是诉前调解阶段，想问你有没有调解意向。\n我：我能不能分期还？\n法官助理：可以提出方案，我们组织双方在线调解。钱是直接还给{org}，法院不收你任何款项。你可以打12368核实我的身份。\n我：好，我想调解。\n法官助理：那我把调解的链接通过人民法院在线服务发给你，注意查收。",
    "你好这里是{court}((调解室|立案庭))的啊我们这边收到{org}对你的起诉材料了就是信用卡那个欠款{amt}对现在先走诉前调解你看你这边有没有还款意向有的话我们约个时间线上调解调解协议签了以后按协议给银行还就行了法院不会让你往哪个账户转钱的你不放心可以打一二三六八查或者到我们立案大厅来嗯调解是免费的不收你任何费用你要是不同意调解那就按正常程序立案审理到时候会给你送达传票的",
    "书记员：您好，{court}，我是书记员，找一下{nm}。\n我：我是。\n书记员：{org}诉你的案件{case}定在{md}开庭，传票已经电子送达，你收到短信了吗？\n我：收到了，我以为是诈骗。\n书记员：可以理解，你登录人民法院在线服务，用身份证核验后就能看到案件和传票。开庭前如果和银行达成和解，可以申请撤诉。\n我：和解要找谁？\n书记员：直接联系{brand}官方客服，不要通过任何中间人。",
], 4, channel="call", sender="court")

# ================================================================== credit_relief_notice
G("credit_relief_notice", "policy-explain", ALLCN, [
    "关于一次性信用修复：2020年1月1日至2025年12月31日期间单笔不超过1万元的逾期，于2026年3月31日前足额还款后将不再展示。无需申请，不收费，请勿相信任何代办。",
    "【政策提示】人民银行一次性信用修复政策已实施，符合条件的逾期记录还清后自动不予展示，无需委托任何机构，本机构不收取任何费用。",
    "温馨提示：信用修复“免申即享”，您只需按时还清欠款，系统自动处理。凡声称可“加急修复”“内部渠道”的均为诈骗。",
    "{brand}说明：个人逾期信息一次性修复由征信系统统一处理，我们只按规定报送还款结果。您无需提交材料，也无需支付任何费用，请通过{app}还款。",
], 4)
G("credit_relief_notice", "customer-specific", CARDS + CF + PLAT + CITY, [
    "{hon}，您在{we}有一笔{ramt}的逾期，符合一次性信用修复条件。请于2026年3月31日前通过{app}足额还款，还款后记录将自动不予展示。",
    "您的{prod}逾期金额{ramt}，若在2026年3月31日前还清，将适用信用修复政策，无需另行申请。",
    "经核查，您名下逾期欠款{ramt}（单笔低于1万元），还清后可按规定不再展示。如有疑问请致电{hot}。",
], 5)
G("credit_relief_notice", "after-repay", CARDS + CF + PLAT + CITY, [
    "您已于{md}结清逾期欠款{ramt}，根据一次性信用修复政策，相关逾期记录将于次月末前在征信报告中不予展示。",
    "还款{ramt}已到账。您此前的逾期记录符合修复条件，{we}已按规定报送，预计次月底前生效，无需任何操作。",
    "结清确认：{prod}逾期欠款已全部还清。信用修复由系统自动完成，您可在{md}后通过征信中心官网免费查询个人报告。",
], 5)
G("credit_relief_notice", "not-eligible", CARDS + CF + PLAT, [
    "您咨询的信用修复：您的逾期单笔金额超过1万元，不在本次一次性修复范围内。按时还款后，不良记录将在结清满5年后自动删除。",
    "经核实，您的逾期记录发生于2026年1月1日之后，不适用本次信用修复政策。请尽快在{app}还款，避免逾期记录继续累积。",
], 3)
G("credit_relief_notice", "anti-agent", ALLCN, [
    "近期有不法分子冒充{brand}以“信用修复”为名收费，请注意：修复无需申请、不收任何费用，还款只需在{app}操作。",
    "信用修复不需要找任何人！{prod}逾期还清就行，我们不会让您交钱，也不会让您加微信。客服热线{hot}",
    "您的{prod}尚有逾期{ramt}。还清即可按政策修复，((任何|凡是))要求您先付“修复费”“服务费”的都不是我们。",
], 4, flags=["hard"])
G("credit_relief_notice", "short-link", CARDS + PLAT + CF, [
    "信用修复政策问答：{link} 。还款请通过{app}，本公司不收取任何费用。",
    "一次性信用修复适用条件及时间表，详见{link}，截止日2026年3月31日。",
], 4, flags=["hard"])
G("credit_relief_notice", "hktw-note", HKTW[4:], [
    "親愛的客戶：本行提醒您，信用紀錄查詢與更正可直接向聯徵中心申請，免收手續費，本行未與任何代辦公司合作。",
    "您的{card}帳款已全數繳清，相關遲繳紀錄將依聯徵中心規定期限揭露，無須委託他人辦理任何「信用修復」。",
], 2)
G("credit_relief_notice", "call-relief", CARDS + CF + PLAT, [
    "客服：您好，这里是{brand}，请问是{nm}吗？我们通知一下信用修复政策的事。\n我：是不是要交钱？\n客服：不需要。您有一笔{ramt}的逾期，只要在2026年3月31日前还清，逾期记录就自动不展示，不用申请，也不用找任何人。\n我：在哪还？\n客服：直接在{app}还，或者存到您的还款卡。外面说能帮您修复征信、收加急费的都是诈骗。\n我：那还完要多久能看到？\n客服：一般是还清后的次月底前更新，您可以自己免费查征信报告。",
    "喂您好我是{brand}客服啊就是跟您说一下那个信用修复的政策您之前在App里留言问过的嗯您那笔逾期是{ramt}单笔没超过一万符合条件的您在三月三十一号之前把它还清就行系统会自动处理的不用交任何钱也不用找什么代办对在{app}里还就行还清以后下个月底之前征信上就不显示了您要是接到说能帮您加急修复要收费的电话那都是假的直接挂掉就行好的还有别的问题吗",
    "我：你好，我收到一个短信说能帮我做信用修复，收两千块，是你们发的吗？\n客服：不是的，{brand}不会向您收取任何信用修复费用。一次性信用修复是人民银行的政策，符合条件的逾期还清后自动不展示，不用申请。\n我：那我那笔符合吗？\n客服：我看一下，您{md}那笔逾期金额{ramt}，在政策范围内，三月底前还清就可以。\n我：好，那个短信我不理了。\n客服：对，建议您拨打反诈专线举报。",
], 3, channel="call")


# ================================================================== longer and extra scenarios
G("bill_statement", "long-formal-statement", CARDS + CITY, [
    "{hon}：您尾号{t}的{card}{m}月对账单已生成。本期应还{amt}，其中上期账单余额{mid}、本期已还款{small}、本期新增消费及分期{mid2}；最低还款额{minp}，到期还款日{md}。全额还款可享免息，若仅还最低还款额，未还部分自记账日起按日利率万分之五计息。电子账单已发送至您的邮箱，也可登录{app}查询明细。",
    "【账单通知】尊敬的客户，您的信用卡账单日为每月{d}日，本期应还款总额{amt}，最低还款额{minp}。本期包含账单分期第{k}期本金及手续费，年费已按规定减免。为避免影响个人信用记录，请在到期日前通过{app}、本行网点或自动还款完成还款。",
], 3)
G("overdue_notice", "long-formal-letter", CARDS + CITY + RURAL, [
    "{hon}：截至{md}，您尾号{t}的{card}已逾期{n}天，逾期本金及利息合计{amt}。根据《征信业管理条例》及您与我行签订的合同，我行已按规定将您的逾期信息报送金融信用信息基础数据库，并依约计收违约金。请立即通过{app}或本行网点还款；如对欠款有异议，请致电{hot}。逾期持续的，我行将依法追究您的法律责任。",
    "催收通知书：{nm}，您于我行办理的个人贷款（借据尾号{t}）自{md}起未按期偿还，截至目前欠本息{amt}。请于接到本通知之日起七日内到经办网点或通过{app}清偿。逾期不还的，我行将依法向人民法院提起诉讼，由此产生的诉讼费、保全费等由您承担。本通知同时抄送担保人。",
], 3, flags=["hard"])
G("court_notice", "electronic-service-long", CARDS + CF + PLAT, [
    "【{court}】{nm}：原告{brand}与你金融借款合同纠纷一案，本院已立案，案号{case}。现依法向你电子送达起诉状副本、应诉通知书、举证通知书及开庭传票，请于收到之日起十五日内提交答辩状。请通过“人民法院在线服务”小程序或拨打12368核实并查看材料。本院不会通过短信要求你向任何账户转账。",
    "{court}送达提醒：你作为被告的{case}案（原告{org}）相关文书已于{md}电子送达，视为已送达。如需调解或和解，可与原告官方客服{hot}联系，和解款项请按原告指定的本人还款渠道支付，法院不代收任何款项。",
], 3, sig="none", sender="12368")
G("court_notice", "mediation-agreement", CARDS + CF + PLAT, [
    "【{court}】{nm}：你与{org}借款合同纠纷经诉前调解已达成协议，共需偿还{amt}，分{per}期，每期于{d}日前通过{app}还款。调解书可在人民法院在线服务下载。",
    "{court}告知：{tcase}案调解协议已经司法确认，请按约还款。未按期履行的，{org}可申请强制执行。疑问请拨12368。",
    "诉前调解进度：{org}申请调解的你名下欠款纠纷，调解员已约定{md}线上调解，请提前登录人民法院在线服务实名认证。",
], 3, sig="none", sender="12368")
G("credit_relief_notice", "long-faq", CARDS + CITY + CF, [
    "【信用修复政策说明】根据中国人民银行一次性信用修复政策，2020年1月1日至2025年12月31日期间发生的、单笔金额不超过1万元的个人逾期，如在2026年3月31日前足额偿还，相关逾期信息将不再在征信报告中展示。2025年11月30日前已还清的，2026年1月1日起不予展示；之后还清的，于还清次月末前不予展示。本政策免申即享，{brand}不收取任何费用，也未委托任何机构代办。",
    "{hon}，关于近期咨询较多的信用修复问题答复如下：一、无需申请，系统自动处理；二、不收取任何费用；三、单笔逾期超过1万元或2026年后发生的逾期不在范围内；四、请通过{app}或官方热线{hot}还款和咨询。凡要求缴纳修复费、加急费的均为诈骗。",
], 3)
G("credit_relief_notice", "plat-chatty", PLAT, [
    "亲，{prod}之前的逾期还清后，符合条件的会按政策自动不展示哦～不用找人、不用交钱，在{app}还上就好",
    "小贴士💡信用修复=还清逾期+系统自动处理，{prod}不会找你收任何“修复费”，遇到这种请直接挂断",
], 3)
G("collection", "long-outsourced-formal", CARDS + CF, [
    "{nm}您好：{firm}受{org}委托（委托期{md}至{md2}），就您名下{prod}逾期欠款{amt}与您联系。请您于五日内通过{app}自行还款，款项直接进入委托方账户，本公司及工作人员不以任何形式收取款项。如对委托关系有疑问，请拨打{brand}官方客服{hot}核实。工号{job}",
    "【{firm}】受{org}委托告知：您的逾期账户（尾号{t}）欠款{amt}。若您有还款困难，可向委托方申请分期或延期，本公司可协助提交申请，但不收取任何费用、不要求您借新还旧。还款渠道仅限{app}。",
], 3, sig="none", sender=["10690558866", "106550112233", None])
G("repayment_ok", "loan-repay-breakdown", PLAT + CF, [
    "{prod}还款成功：本次还款{amt}，其中利息{small}，其余冲抵本金。剩余待还本金可在{app}查看。",
    "您的借款第{k}/{per}期已还，还款金额{amt}。下期还款日{md}。",
    "提前还款成功！本次还本金{mid}，利息按实际天数计算为{small}，无提前还款手续费。",
], 4)
G("official_negotiation", "rural-branch", RURAL + CITY, [
    "{hon}：您的{loan}将于{md}到期，如需展期或续贷，请携带身份证、经营流水于到期前到开户网点办理，本行不收取任何中介费用。",
    "您好，您的农户贷款出现欠息，如因收成、疫病等原因还款困难，可到网点申请调整还款计划，本行工作人员不会上门收取现金。",
], 3)
G("due_reminder", "plat-link", PLAT, [
    "{prod}{m}月账单还款日{md}，应还{amt}，点击{link}去还款，或打开{app}。",
    "你有一笔{amt}即将到期（{md}），点此还款：{link}",
], 3, flags=["hard"])
G("autodebit_result", "thirdparty-autopay", CARDS + CITY, [
    "{paysig}您设置的信用卡自动还款已执行：{brand}{tail}，还款{amt}，扣款来源：{pay}余额/绑定银行卡。",
    "{pay}自动还款失败：{brand}信用卡({t})本期{amt}未能还款，原因：扣款账户余额不足。请在到期日{md}前手动还款。",
], 4, sig="none", sender="pay")


# ================================================================== more calls
G("autodebit_result", "call-mortgage-partial", LOANB, [
    "客户经理：您好，是{nm}吗？我是{brand}个贷中心的小{sur}。\n我：你好，什么事？\n客户经理：您这个月的房贷应扣{mid}，今天只扣到了{small}，账户里的钱不够。\n我：啊，我工资卡换了，忘了存。\n客户经理：那您今天把差额存到尾号{t}的还款账户，晚上系统会再扣一次，今天扣上就不算逾期。\n我：能不能我直接转给你？\n客户经理：不行，银行员工不会收客户的钱，您只能存到自己的账户里。\n我：好，我下午就去存。",
    "喂您好我是{brand}的打电话是跟您说一下您那个车贷这个月扣款没有扣全应该扣{mid}实际只扣了{small}嗯对还差一部分您今天之内存到您尾号{t}那张卡里系统晚上还会再扣一次的扣上了就没事要是今天还没存进去明天就会显示逾期了会影响征信的对您不要转给任何人就存自己卡里就行好的",
], 2, channel="call")
G("due_reminder", "call-car-loan", AUTO, [
    "客服：您好，这里是{brand}，请问是{nm}吗？\n我：是的。\n客服：您的车贷第{k}期{mid}将在{md}扣款，扣款卡尾号{t}，提醒您提前存足。\n我：我想换一张扣款卡可以吗？\n客服：可以，您在{app}里提交新卡信息，本人名下的借记卡就行，审核一般一到三个工作日，这期之前来得及的话就用新卡扣。\n我：要交钱吗？\n客服：不收费。另外提醒您，我们不会让您提供验证码，也不会让您把钱转到其他账户。\n我：好的，谢谢。",
], 2, channel="call")
G("collection", "call-lawyer", CARDS + CF, [
    "律师：您好，我是{law}的律师，姓{sur}，受{org}委托就您的欠款跟您联系。请问是{nm}吗？\n我：律师？你们要告我？\n律师：目前是诉前阶段。您名下欠款{amt}，已经逾期{n}天，委托方准备起诉。律师函已经寄到您预留地址。\n我：我不是不还，是真的没钱。\n律师：我理解。如果您有还款意向，可以直接在{app}或打{hot}跟{brand}申请分期，达成方案后委托方一般就不会起诉。本所不代收任何款项，请不要向任何个人转账。\n我：好，我今天打过去。",
], 2, channel="call", flags=["hard"], sender="mobile")
G("overdue_notice", "call-hk-cantonese", HKTW[:4], [
    "職員：你好，呢度係{brand}信用卡部，請問係咪{nm}？\n我：係，咩事？\n職員：想提你一下，你張{card}尾號{t}已經逾期{n}日，欠款{cur}{hkd}，會收逾期費用同埋影響你嘅信貸評分。\n我：我下個禮拜先還到。\n職員：明白，你可以用{app}或者轉數快還款，入返你自己張卡就得，本行唔會叫你過數去任何私人戶口。如果有困難可以打{hot}傾還款安排。\n我：好，唔該。",
], 2, channel="call")


# ================================================================== build
mobile = partial(common.mobile_int, R)


def pick_sender(grp, lender, facts):
    s = grp["sender"]
    if s == "pay":
        return facts["_third"][2] if "_third" in facts else None
    if s == "12368":
        return "12368"
    if s == "land":
        return facts.get("land") if R.random() < 0.7 else None
    if s == "mobile":
        r = R.random()
        return mobile() if r < 0.45 else (facts.get("land") or R.choice(["0755-", "020-", "0731-"]) +
                                          str(R.randint(60000000, 89999999))) if r < 0.8 else None
    if s == "court":
        return R.choice(["12368", "12368", None])
    if isinstance(s, list):
        return R.choice(s)
    if R.random() < (0.35 if grp["channel"] == "call" else 0.1):
        return None
    return R.choice(lender["senders"])


def main():
    global AMOUNT_RANGE
    index = NearDuplicateIndex(corpus_texts(HERE, exclude=OUT))
    mine = NearDuplicateIndex()
    rows, used_bases = [], set()
    for gi, grp in enumerate(GROUPS):
        got, tries = 0, 0
        while got < grp["n"] and tries < grp["n"] * 60:
            tries += 1
            bi = (tries - 1) % len(grp["bases"])   # walk the bases in turn, one per try
            pool = grp["lenders"]
            if all(x in HKTW for x in pool):
                hk = any(w in grp["bases"][bi] for w in ("閣下", "多謝", "結欠", "提提您", "轉賬", "信貸評分", "係"))
                pool = [x for x in pool if (x["cur"] == "HKD") == hk] or pool
            lender = R.choice(pool)
            AMOUNT_RANGE = (1800, 60000) if grp["family"] in ("collection", "court_notice", "official_negotiation") \
                else (600, 50000) if grp["family"] == "overdue_notice" else (150, 40000)
            text, facts = fill(expand(grp["bases"][bi]), lender)
            if lender.get("cur"):
                text = text.replace("号", "日")
            if grp["channel"] == "sms":
                text = place_sig(text, lender, grp["sig"])
            text = re.sub(r"[ \t]+\n", "\n", text).strip()
            if grp["channel"] == "call" and not 150 <= len(text) <= 600:
                continue
            if grp["channel"] == "sms" and not 15 <= len(text) <= 250:
                continue
            if not common.is_fresh(text, index, mine):
                continue
            mine.add(text)
            used_bases.add((gi, bi))
            rows.append(dict(text=text, label="genuine", channel=grp["channel"],
                             sender=pick_sender(grp, lender, facts), family=grp["family"],
                             group=f"{grp['family']}/{grp['slug']}", flags=list(grp["flags"])))
            got += 1
        if got < grp["n"]:
            print(f"short: {grp['family']}/{grp['slug']} {got}/{grp['n']}")
    common.write_rows(OUT, PREFIX, rows)
    print(len(rows), "rows,", len(used_bases), "base texts used,", len({r["group"] for r in rows}), "groups ->", OUT)


if __name__ == "__main__":
    main()
