"""Generator for corpus section other_j (label: other).

Families: `transaction_alert` (most rows) and `service_notice` (fees and card binding). Focus: the boundary with the
genuine credit-account notices -- the account and card transaction alerts banks send, which carry card tails, exact
amounts, dates and bank signatures but are not about a credit account's bill: debit-card spends at 特约商户, income
(代发工资, 补助款, 退款, 转入, 利息), 快捷支付 / 银联在线 / 第三方支付 debits (支付宝, 财付通, 拼多多, 美团, 京东支付),
ATM and cardless withdrawals, transfers out with 对方户名, balance changes, 学生卡自动预存, utility and phone-bill
withholding, fees (年费, 短信服务费, 账户管理费), cards bound to payment apps, and credit-card SPENDING alerts
(消费, 预授权, 撤销, 退货) including those with an instalment reply code (回复FQ / JYFQ) or a points note. Big,
joint-stock, city and rural banks (农商行, 农信社, 村镇银行), postal savings, payment platforms, Hong Kong and Taiwan
banks in traditional script; 2012-style alerts with the signature at the end, modern ones with it first, none at all.
`hard` marks those most like genuine notices: credit-card spends with an instalment offer or a points note,
auto-debits of utilities, phone bills and student cards, and fees.

Deterministic (fixed seed), stdlib only. Writes corpus/other_j.jsonl.

Template mini-syntax (as in genuine_e): ((a|b|c)) picks one alternative, [[...]] is optional (kept about half the
time), {slot} is filled per text (a slot used twice in one text gets the same value). Every base text was written for
this section; only banks, amounts, dates, times, tails, merchants and names are slots. Candidates whose character
5-gram Jaccard with the rest of the corpus or with an accepted text reaches 0.5 are dropped.
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

SEED = 20260521
OUT = HERE / "other_j.jsonl"
PREFIX = "oj"
R = random.Random(SEED)


# ------------------------------------------------------------------ banks and channels
def B(name, short, senders, hot, dc="借记卡", cc="信用卡", old=None, sigs=None, **kw):
    d = dict(bk=name, sb=short, senders=senders, hot=hot, dc=dc, cc=cc, old=old or name,
             sigs=sigs or [f"【{name}】"])
    d.update(kw)
    return d


BIG = [
    B("工商银行", "工行", ["95588", "1069095588"], "95588", dc="牡丹灵通卡", cc="牡丹信用卡", old="中国工商银行"),
    B("农业银行", "农行", ["95599", "106980095599"], "95599", dc="金穗借记卡", cc="农行信用卡", old="中国农业银行",
      sigs=["【中国农业银行】", "【农业银行】"]),
    B("中国银行", "中行", ["95566", "1065795566"], "95566", dc="长城电子借记卡", cc="中银信用卡", old="中国银行",
      sigs=["【中国银行】", "[中国银行]"]),
    B("建设银行", "建行", ["95533", "106980095533"], "95533", dc="龙卡储蓄卡", cc="龙卡信用卡", old="中国建设银行",
      sigs=["【建设银行】", "【中国建设银行】"]),
    B("交通银行", "交行", ["95559", "1069095559"], "95559", dc="太平洋借记卡", cc="交通银行信用卡", old="交通银行"),
]
POSTAL = [B("邮储银行", "邮储", ["95580", "1069095580"], "95580", dc="绿卡", cc="邮储信用卡", old="中国邮政储蓄银行",
            sigs=["【邮储银行】", "【中国邮政储蓄银行】"])]
JS = [
    B("招商银行", "招行", ["95555", "1069095555"], "95555", dc="一卡通", cc="招行信用卡", sigs=["[招商银行]", "【招商银行】"],
      app="掌上生活"),
    B("浦发银行", "浦发", ["95528", "1069095528"], "95528", cc="浦发信用卡", app="浦大喜奔"),
    B("中信银行", "中信", ["95558", "106575595558"], "95558", cc="中信信用卡", app="动卡空间"),
    B("光大银行", "光大", ["95595", "1069095595"], "95595", dc="阳光卡", cc="光大信用卡", app="阳光惠生活"),
    B("民生银行", "民生", ["95568", "1069095568"], "95568", cc="民生信用卡", app="全民生活"),
    B("华夏银行", "华夏", ["95577", "106980095577"], "95577", cc="华夏信用卡", app="华彩生活"),
    B("平安银行", "平安", ["95511", "1069095511"], "95511", cc="平安信用卡", app="平安口袋银行"),
    B("兴业银行", "兴业", ["95561", "1069095561"], "95561", dc="自然人生卡", cc="兴业信用卡", app="兴业生活"),
    B("广发银行", "广发", ["95508", "106980095508"], "95508", cc="广发卡", app="发现精彩", sigs=["【广发银行】"]),
    B("浙商银行", "浙商", ["95527", "1069095527"], "95527", cc="浙商信用卡"),
    B("渤海银行", "渤海", ["95541", "1069095541"], "95541", cc="渤海信用卡"),
    B("恒丰银行", "恒丰", ["95395", "1069095395"], "95395", cc="恒丰信用卡"),
]
CITY = [
    B("北京银行", "北京银行", ["95526", "1069095526"], "95526", dc="京卡", cc="北京银行信用卡"),
    B("上海银行", "上海银行", ["95594", "1069095594"], "95594", cc="上海银行信用卡"),
    B("江苏银行", "江苏银行", ["95319", "106902895319"], "95319", cc="江苏银行信用卡"),
    B("南京银行", "南京银行", ["95302", "1069095302"], "95302", dc="鑫存管借记卡", cc="南京银行信用卡"),
    B("宁波银行", "宁波银行", ["95574", "1069095574"], "95574", dc="汇通卡", cc="宁波银行信用卡"),
    B("杭州银行", "杭州银行", ["95398", "1069095398"], "95398", cc="杭州银行信用卡"),
    B("长沙银行", "长沙银行", ["96511", "1069096511"], "96511", cc="长沙银行信用卡"),
    B("徽商银行", "徽商银行", ["96588", "1069096588"], "96588", cc="徽商银行信用卡"),
    B("哈尔滨银行", "哈行", ["95537", "1069095537"], "95537", cc="哈尔滨银行信用卡"),
    B("重庆银行", "重庆银行", ["956023", "重庆银行"], "956023", cc="重庆银行信用卡"),
    B("九江银行", "九江银行", ["九江银行", "95316"], "95316", cc="九江银行信用卡"),
    B("东莞银行", "东莞银行", ["东莞银行", "96228"], "96228", cc="东莞银行信用卡"),
    B("桂林银行", "桂林银行", ["桂林银行"], "400-86-96299", cc="桂林银行信用卡"),
]
RURAL = [
    B("上海农商银行", "上海农商行", ["962999", "10698000962999"], "962999", dc="鑫卡"),
    B("北京农商银行", "北京农商行", ["96198", "1069096198"], "96198", dc="凤凰卡"),
    B("广州农商银行", "广州农商行", ["95313", "1069095313"], "95313", dc="太阳卡"),
    B("重庆农村商业银行", "重庆农商行", ["966866", "1069966866"], "966866", dc="江渝借记卡"),
    B("江南农村商业银行", "江南农商行", ["江南农商银行", "96005"], "96005"),
    B("浙江农商银行", "浙江农信", ["96596", "1069096596"], "96596", dc="丰收卡", sigs=["【浙江农信】", "【丰收互联】"]),
    B("四川农信", "四川农信", ["96633", "1069096633"], "96633", dc="蜀信卡", sigs=["【四川农信】"]),
    B("山东省农村信用社", "山东农信", ["96568", "1069096568"], "96568", dc="信通卡", sigs=["【山东农信】"]),
    B("河南省农村信用社", "河南农信", ["96288", "1069096288"], "96288", dc="金燕卡", sigs=["【河南农信】"]),
    B("湖南农信", "湖南农信", ["96518", "1069100996518"], "96518", dc="福祥卡", sigs=["【湖南农信】"]),
    B("江西农商银行", "江西农商", ["96268", "1069096268"], "96268", dc="百福卡", sigs=["【江西农商银行】", "【江西农信】"]),
    B("黑龙江省农村信用社", "黑龙江农信社", ["96262", "黑龙江农信"], "96262", dc="鸿雁卡", sigs=["【黑龙江农信】"]),
]
VILLAGE = [
    B("宁晋民生村镇银行", "民生村镇银行", ["民生村镇银行"], "0319-5068888", dc="借记卡"),
    B("长兴联合村镇银行", "长兴联合村镇银行", ["长兴联合村镇银行"], "0572-6059999"),
    B("沭阳东吴村镇银行", "东吴村镇银行", ["东吴村镇银行"], "0527-83560000"),
    B("蕲春中银富登村镇银行", "中银富登村镇银行", ["中银富登", "1069095566"], "400-8895-566",
      sigs=["【中银富登村镇银行】"]),
    B("浏阳江淮村镇银行", "江淮村镇银行", ["浏阳江淮村镇银行"], "0731-83627777"),
]
HK = [
    B("中銀香港", "中銀香港", ["BOCHK", "中銀香港"], "2853 8828", dc="扣賬卡", cc="中銀信用卡", app="中銀香港手機銀行"),
    B("恒生銀行", "恒生", ["HangSeng", "恒生銀行"], "2822 0228", dc="扣賬卡", cc="恒生信用卡", app="恒生Mobile App"),
    B("滙豐", "滙豐", ["HSBC", "滙豐"], "2233 3000", dc="扣賬卡", cc="滙豐信用卡", app="HSBC HK App"),
    B("東亞銀行", "東亞", ["BEA東亞", "東亞銀行"], "2211 1818", dc="扣賬卡", cc="東亞信用卡", app="東亞銀行App"),
]
TW = [
    B("國泰世華銀行", "國泰世華", ["國泰世華"], "(02)2383-1000", dc="金融卡", cc="CUBE卡", app="CUBE App"),
    B("玉山銀行", "玉山", ["玉山銀行"], "(02)2182-1313", dc="金融卡", cc="玉山卡", app="玉山行動銀行"),
    B("台新銀行", "台新", ["台新銀行"], "(02)2655-3355", dc="金融卡", cc="台新卡", app="Richart App"),
    B("中國信託", "中信", ["中國信託"], "(02)2745-8080", dc="金融卡", cc="中信卡", app="中國信託行動銀行"),
]
PAY = [
    B("支付宝", "支付宝", ["95188", "1069095188"], "95188"),
    B("微信支付", "微信支付", ["95017", "1069095017"], "95017", sigs=["【微信支付】", "【财付通】"]),
    B("京东支付", "京东支付", ["95118", "1069095118"], "95118", sigs=["【京东支付】", "【京东】"]),
    B("美团支付", "美团支付", ["10107888"], "10107888", sigs=["【美团】", "【美团支付】"]),
]
UNION = [B("云闪付", "云闪付", ["95516", "1069095516"], "95516", sigs=["【云闪付】", "【中国银联】"])]

CARDS = BIG + POSTAL + JS + CITY
DEBIT = BIG + POSTAL + JS + CITY + RURAL
ALLCN = BIG + POSTAL + JS + CITY + RURAL + VILLAGE

# ------------------------------------------------------------------ slot values
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜")
GIV = list("明华军丽敏静强磊洋艳勇杰娟涛超霞平刚英玲芳燕斌峰鹏飞兰萍亮辉红梅宇欣浩晨")
MERCH = ["拼多多", "京东商城", "美团外卖", "饿了么", "淘宝", "天猫超市", "唯品会", "抖音商城", "滴滴出行", "携程旅行",
         "同程旅行", "12306", "叮咚买菜", "朴朴超市", "高德打车", "肯德基", "麦当劳", "古茗", "喜茶", "瑞幸咖啡",
         "中国石油", "中国石化", "顺丰速运", "苏宁易购", "小米商城", "网易云音乐", "哔哩哔哩", "闲鱼", "得物", "盒马"]
SHOPS = ["华联超市(人民路店)", "永辉超市", "沃尔玛(东门店)", "大润发", "物美超市", "**便利店", "**大药房",
         "国美电器", "万达影城", "**汽车美容", "**家常菜馆", "海底捞(万象城店)", "名创优品", "优衣库", "**水果店",
         "苏宁电器", "屈臣氏", "西贝莜面村", "**五金建材", "**母婴用品店", "胖东来", "**加油站", "**眼镜店"]
ECOM = ["拼多多", "美团", "京东", "饿了么", "唯品会", "抖音电商", "淘宝"]
PAYAPP = ["支付宝", "微信支付", "京东支付", "美团支付", "抖音支付", "拼多多(多多支付)", "云闪付", "翼支付"]
TMERCH = ["美团外卖", "拼多多", "京东到家", "腾讯视频", "王者荣耀", "滴滴出行", "微信红包", "腾讯手机充值", "同程旅行"]
COS = ["**科技有限公司", "上海**信息技术有限公司", "**建筑劳务有限公司", "成都**餐饮管理有限公司", "**物业管理有限公司",
       "深圳市**电子有限公司", "**人力资源有限公司", "**中学", "**县人民医院", "**商贸有限公司", "**物流有限公司"]
SUBSIDY = ["耕地地力保护补贴", "退耕还林补助", "高龄津贴", "残疾人两项补贴", "种粮一次性补贴", "生态公益林补偿",
           "农机购置补贴", "低保金", "稳岗返还", "学生资助款", "就业见习补贴", "独生子女奖励扶助金"]
COUNTY = ["临泉县", "固始县", "会泽县", "宣威市", "赣县区", "邵东市", "南部县", "梁山县", "岳西县", "睢宁县"]
UTIL = [("国网**供电公司", "电费"), ("南方电网**供电局", "电费"), ("**市自来水有限公司", "水费"),
        ("**水务集团", "水费"), ("**华润燃气", "燃气费"), ("**港华燃气", "燃气费"), ("**新奥燃气", "燃气费"),
        ("**热力公司", "暖气费"), ("**广电网络", "有线电视费"), ("**环卫服务中心", "垃圾处理费")]
OPS = ["中国移动", "中国联通", "中国电信", "中国广电"]
HOTELS = ["汉庭酒店", "全季酒店", "亚朵酒店", "维也纳酒店", "锦江之星", "希尔顿欢朋", "神州租车", "一嗨租车"]
SCHOOLS = ["**大学", "**职业技术学院", "**师范学院", "**理工大学", "**中学"]
PHARM = ["**大药房", "老百姓大药房", "益丰大药房", "**社区卫生服务中心", "**县中医院", "**人民医院"]
CITYN = ["广州", "成都", "南昌", "郑州", "西安", "昆明", "合肥", "济南", "长沙", "武汉", "无锡", "泉州"]
BRANCH = ["城关分社", "镇中心信用社", "营业部", "开发区支行", "**乡信用社", "东关支行"]
HKSHOP = ["百佳超級市場", "惠康", "萬寧", "屈臣氏", "大家樂", "美心西餅", "7-Eleven", "HKTVmall", "豐澤", "太興"]
HKONL = ["APPLE.COM/BILL", "Klook", "Netflix.com", "AGODA", "Trip.com", "Foodpanda"]
TWSHOP = ["全聯福利中心", "統一超商", "全家便利商店", "家樂福", "momo購物網", "蝦皮購物", "星巴克", "台灣高鐵",
          "誠品書店", "中油"]
WALLET = ["Apple Pay", "华为Pay", "小米智能卡", "OPPO钱包", "云闪付App"]
PURPOSE = ["工程款", "货款", "房款", "借款归还", "分红", "租金", "劳务报酬", "拆迁补偿款"]
INMEMO = ["转账", "报销", "往来款", "还款", "生活费", "奖金", "差旅费"]
TOPUP = ["交通一卡通", "中石化加油卡", "ETC储值卡", "公交卡", "燃气IC卡"]
CHAN = ["网上银行", "手机银行", "POS", "ATM", "银联在线支付", "柜面", "快捷支付", "自助终端"]


def masked():
    s, g = R.choice(SUR), R.choice(GIV)
    return R.choice([f"{s}*{g}", f"{s}*", f"*{g}", f"{s}**", f"{s}{g}"])


def money(lo, hi, comma=0.35):
    v = math.exp(R.uniform(math.log(lo), math.log(hi)))
    return f"{v:,.2f}" if v >= 1000 and R.random() < comma else f"{v:.2f}"


def styled(v):
    st = R.choice(["元", "元", "人民币", "RMB", "￥", "CNY"])
    return {"元": v + "元", "人民币": "人民币" + v + "元", "RMB": "RMB" + v, "￥": "￥" + v, "CNY": "CNY" + v}[st]


def date_md(year=True):
    m, d = R.randint(1, 12), R.randint(1, 28)
    forms = [f"{m}月{d}日", f"{m:02d}月{d:02d}日", f"{m:02d}/{d:02d}", f"{m:02d}-{d:02d}", f"{m}月{d}号"]
    if year:
        forms.append(f"{R.choice([2023, 2024, 2025, 2026])}年{m}月{d}日")
    return R.choice(forms)


def tail_form(t):
    return R.choice([f"尾号{t}", f"尾号{t}", f"账户{t}", f"卡号****{t}", f"末四位{t}", f"*{t}", f"尾号为{t}"])


expand = partial(common.expand, R, rounds=40)


def fill(t, bank):
    facts = {}

    def val(name):
        if name in facts:
            return facts[name]
        base = re.sub(r"\d+$", "", name)
        v = None
        if name in bank and isinstance(bank[name], str):
            v = bank[name]
        elif name == "app":
            v = bank.get("app", bank["sb"] + "手机银行")
        elif name == "bk2":
            v = R.choice([x["bk"] for x in CARDS + RURAL if x["bk"] != bank["bk"]])
        elif base == "t":
            v = f"{R.randint(0, 9999):04d}"
        elif base == "tail":
            v = tail_form(val("t" + name[4:]))
        elif base == "md":
            v = date_md(year=name == "md")
        elif base == "m":
            v = str(R.randint(1, 12))
        elif base == "d":
            v = str(R.randint(1, 28))
        elif base == "hm":
            h, mi = R.randint(0, 23), R.randint(0, 59)
            v = R.choice([f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}时{mi:02d}分", f"{h}:{mi:02d}"])
        elif base == "a":
            v = money(3, 3000)
        elif base == "ys":
            v = styled(money(2, 2500))
        elif base == "ym":
            v = money(100, 30000)
        elif base == "ymx":
            v = money(1800, 32000, 0.5)
        elif base == "ybg":
            v = styled(money(20000, 600000, 0.6))
        elif base == "bal":
            v = money(3, 80000)
        elif base == "yl":
            v = styled(money(3, 80000))
        elif base == "sm":
            v = money(0.01, 60)
        elif base == "cash":
            v = str(R.choice([100, 200, 300, 500, 500, 800, 1000, 1000, 2000, 2500, 3000, 5000]))
        elif name == "fee":
            v = R.choice(["1.00", "2.00", "3.00", "5.00", "10.00", "12.00", "20.00"])
        elif name == "sfee":
            v = R.choice(["2.00", "2.00", "3.00", "1.50", "0.50", "1.00", "6.00"])
        elif name == "ufee":
            v = R.choice(["10.00", "20.00", "30.00"])
        elif name == "cfee":
            v = R.choice(["100", "200", "300", "480", "600", "800"])
        elif name == "cfee2":
            v = f"{max(10.0, int(val('cash')) * R.choice([0.01, 0.015, 0.025])):.2f}"
        elif name == "st":
            v = R.choice(["50", "100", "100", "200", "300", "500"])
        elif name == "th":
            v = R.choice(["20", "30", "50", "100"])
        elif name == "th2":
            v = R.choice(["300", "500", "1000", "2000"])
        elif name == "per":
            v = R.choice(["3", "6", "6", "12", "12", "18", "24"])
        elif name == "pfee":
            v = f"{float(val('yf').replace(',', '')) * R.uniform(0.0045, 0.0075):.2f}"
        elif name == "rate":
            v = R.choice(["0.20", "0.25", "0.10", "0.15"])
        elif name == "rate2":
            v = R.choice(["0.50", "0.55", "0.60", "0.65", "0.68", "0.72", "0.75"])
        elif name == "code":
            v = R.choice(["FQ", "JYFQ", "DEFQ", "CCFQ", "ZDFQ"]) + val("per")
        elif name == "lim":
            v = money(300, 120000, 0.6)
        elif name == "pts":
            amt = facts.get("ym") or facts.get("a") or "500"
            v = str(int(float(amt.replace(",", "")) * R.choice([1, 1, 2])))
        elif name == "pts2":
            v = str(int(val("pts")) + R.randint(300, 120000))
        elif name == "pct":
            v = R.choice(["1", "2", "3", "3.5", "5", "6"])
        elif name == "nm":
            v = masked()
        elif name == "nmhk":
            v = R.choice(["CHAN TAI MAN", "WONG S**", "LEUNG K* M**", "陳*明", "李*儀", "HO W** K**", "張*賢"])
        elif name == "nmtw":
            v = R.choice(["林○華", "陳○婷", "王○明", "黃○傑", "張○如", "李○豪"])
        elif name == "title":
            v = R.choice([f"{R.choice(SUR)}先生", f"{R.choice(SUR)}女士", "客户", "持卡人"])
        elif name == "merch":
            v = R.choice(MERCH)
        elif name == "shop":
            v = R.choice(SHOPS)
        elif name == "ecom":
            v = R.choice(ECOM)
        elif name == "payapp":
            v = R.choice(PAYAPP)
        elif name == "tmerch":
            v = R.choice(TMERCH)
        elif name == "co":
            v = R.choice(COS)
        elif name == "subsidy":
            v = R.choice(SUBSIDY)
        elif name == "county":
            v = R.choice(COUNTY)
        elif name in ("utilco", "utype"):
            co, ty = R.choice(UTIL)
            facts["utilco"], facts["utype"] = co, ty
            v = facts[name]
        elif name == "yu":
            v = money(8, 900, 0)
        elif name == "yp":
            v = money(8, 320, 0)
        elif name == "ya":
            v = money(30, 3600)
        elif name == "yf":
            v = money(1200, 42000, 0.5)
        elif name == "part":
            v = f"{float(val('ym').replace(',', '')) * R.uniform(0.35, 0.95):.2f}"
        elif name == "subamt":
            v = R.choice(["15.00", "19.00", "25.00", "30.00", "12.00", "22.00", "9.90", "18.00"])
        elif name == "subpay":
            v = R.choice(["支付宝", "财付通", "微信支付", "苹果App Store"])
        elif name == "th3":
            v = R.choice(["5000", "10000", "20000", "50000"])
        elif name == "op":
            v = R.choice(OPS)
        elif name == "phone":
            v = R.choice(["138", "139", "150", "186", "133", "189", "177", "158"]) + "****" + f"{R.randint(0, 9999):04d}"
        elif name == "hh":
            v = str(R.randint(10 ** 9, 10 ** 10 - 1))
        elif name == "hotel":
            v = R.choice(HOTELS)
        elif name == "school":
            v = R.choice(SCHOOLS)
        elif name == "pharm":
            v = R.choice(PHARM)
        elif name == "city":
            v = R.choice(CITYN)
        elif name == "branch":
            v = R.choice(BRANCH)
        elif name == "hkshop":
            v = R.choice(HKSHOP)
        elif name == "hkonl":
            v = R.choice(HKONL)
        elif name == "twshop":
            v = R.choice(TWSHOP)
        elif name == "wallet":
            v = R.choice(WALLET)
        elif name == "purpose":
            v = R.choice(PURPOSE)
        elif name == "inmemo":
            v = R.choice(INMEMO)
        elif name == "topup":
            v = R.choice(TOPUP)
        elif name == "chan":
            v = R.choice(CHAN)
        elif base == "hk":
            v = money(12, 18000)
        elif name == "usd":
            v = money(3, 1600, 0)
        elif name == "jpy":
            v = f"{R.randint(300, 180000):,}"
        elif name == "krw":
            v = f"{R.randint(3000, 900000):,}"
        elif name == "oct":
            v = R.choice(["250.00", "500.00", "150.00", "300.00"])
        elif base == "nt":
            v = f"{int(math.exp(R.uniform(math.log(45), math.log(60000)))):,}"
        elif name == "ntcash":
            v = f"{R.choice([1000, 2000, 3000, 5000, 10000, 20000]):,}"
        elif name == "k":
            v = str(R.randint(2, 9))
        elif name == "yr":
            v = str(R.choice([2013, 2019, 2023, 2024, 2025, 2026]))
        elif name == "o4":
            v = f"{R.randint(0, 99999):05d}"
        elif name == "term":
            v = R.choice(["三个月", "半年", "一年", "七天通知存款"])
        elif name == "shopco":
            v = R.choice(["**小吃店", "**日用百货", "**烟酒商行", "**理发店", "**农资店", "**服装店"])
        elif name == "sub":
            v = R.choice(["腾讯视频VIP", "爱奇艺黄金会员", "百度网盘超级会员", "QQ音乐绿钻", "芒果TV会员"])
        if v is None:
            raise KeyError(name)
        facts[name] = v
        return v

    out = re.sub(r"\{(\w+)\}", lambda m: val(m.group(1)), t)
    out = re.sub(r"(?<!\d)(\d{2}[/-]\d{2})(?=\d)", r"\1 ", out)
    if bank in HK or bank in TW:
        out = out.replace("时", "時").replace("号", "日")
    return out


def place_sig(text, bank, mode):
    if mode == "none":
        return text
    r = R.random()
    if (bank["sb"] in text or bank["bk"] in text) and r < 0.6:   # the name is already in the body
        return text
    if mode == "old":                           # 2012-era: signature last, often the long name
        nm = R.choice([bank["old"], bank["bk"]])
        return text + R.choice([f"【{nm}】", f"【{nm}】", f"[{nm}]", f"({nm})", f"-{nm}"])
    if mode == "end" or (mode == "wrap" and r < 0.35):
        return text + R.choice(bank["sigs"])
    if mode == "start" or (mode == "wrap" and r < 0.8):
        return R.choice(bank["sigs"]) + text
    return text


def pick_sender(bank, none_share=0.08):
    if R.random() < none_share:
        return None
    return R.choice(bank["senders"])


GROUPS = []


def G(slug, banks, bases, n, sig="wrap", flags=(), family="transaction_alert"):
    GROUPS.append(dict(slug=slug, banks=banks, bases=bases, n=n, sig=sig, flags=list(flags), family=family))


H = ("hard",)

# ================================================================== debit-card spending
G("debit-pos-2012", BIG + POSTAL + JS + CITY, [
    "您尾号{t}卡{m}月{d}日{hm}在{shop}POS消费{a}元，交易后余额{bal}元。",
    "您的{dc}账户{t}于{m}月{d}日{hm}刷卡支出{a}元，特约商户：{shop}。",
    "{m}月{d}日{hm}您的借记卡(尾号{t})POS签购{a}元，本卡当前余额{bal}元",
], 5, sig="old")
G("debit-spend-modern", DEBIT, [
    "您的储蓄卡{t}于{md} {hm}发生消费交易，金额{ys}，商户名称{merch}，账户余额{yl}。",
    "动账通知｜借记卡尾号{t}｜{md} {hm}｜消费 -{a}｜余额 {bal}",
    "账户{t}支出{ys}（{merch}），{hm}，当前可用余额{yl}。非本人交易请立即致电{hot}。",
], 5, sig="start")
G("debit-special-merchant", DEBIT, [
    "您尾号{t}的借记卡{md}{hm}在特约商户{shop}消费{a}元[[，余额{bal}元]]。",
    "{sb}提醒：您卡号****{t}在{shop}（特约商户）完成一笔消费，人民币{a}元，时间{md}{hm}。",
    "特约商户{shop}于{hm}向您的账户{t}发起扣款{a}元，交易成功，余额{bal}元。",
], 5, sig="wrap")

# ================================================================== third-party and online payments
G("quickpay-alipay", DEBIT, [
    "您账户{t}于{md}{hm}支付宝快捷支付扣款{a}元，摘要：((淘宝订单|余额宝转入|生活缴费|话费充值))，余额{bal}元。",
    "{md}{hm}，尾号{t}储蓄卡通过支付宝（快捷）支出{ys}，余额{yl}。",
    "{sb}:您末四位{t}的卡被支付宝扣款{a}元({hm})，对方户名：支付宝（中国）网络技术有限公司。",
], 5, sig="wrap")
G("quickpay-tenpay", DEBIT, [
    "您尾号{t}的账户{md}{hm}财付通快捷支付{a}元，交易商户：{tmerch}，余额{bal}元。",
    "财付通支付扣款提醒：卡号****{t}，{ys}，{md} {hm}，用途：微信((红包|转账|零钱充值|扫码付款))。",
    "您的借记卡{t}于{md}经财付通向{tmerch}付款{a}元，对方户名：财付通支付科技有限公司，可用余额{bal}元。",
], 5, sig="wrap")
G("quickpay-ecommerce", DEBIT, [
    "尾号{t}卡{md}{hm}拼多多平台商户支出{a}元，余额{bal}元。",
    "您账户{t}于{hm}美团支付扣款{a}元（((外卖订单|酒店预订|团购券|骑行卡))），当前余额{bal}元。",
    "京东支付：您尾号{t}的银行卡支付{a}元，订单号尾号{o4}，{md}{hm}。",
    "{md}{hm}您尾号{t}卡第三方支付支出{a}元，收款方：{ecom}，余额{bal}元。",
], 7, sig="wrap")
G("unionpay-online", DEBIT + VILLAGE, [
    "您尾号{t}卡{md}{hm}银联在线支付{a}元，商户{merch}，余额{bal}元。",
    "您的账户{t}通过银联在线（无卡支付）扣款{ys}，交易时间{md} {hm}。如有疑问请拨{hot}。",
    "银联在线支付成功：{sb}卡尾号{t}，金额{a}元，订单商户{merch}。",
], 5, sig="wrap")
G("platform-bank-card-used", PAY, [
    "你的{bk2}储蓄卡(尾号{t})在{md}{hm}付款{a}元给{merch}。",
    "{sb}提醒：{md}{hm}你使用{bk2}({t})支付{a}元，收款方{merch}。",
    "支付成功｜{merch}｜{a}元｜付款方式{bk2}储蓄卡({t})｜{hm}",
], 6, sig="start")
G("unionpay-app-scan", UNION, [
    "您的{bk2}卡{t}于{md}{hm}扫码付款{a}元，收款方{shop}。",
    "{bk2}（{t}）向{nm}转账{ym}元，已成功到账，{md}{hm}。",
    "您在{shop}使用云闪付付款{a}元，实付{a}元，支付卡{bk2}借记卡尾号{t}。",
], 4, sig="start")
G("wallet-topup", DEBIT, [
    "您尾号{t}账户{md}{hm}向微信零钱充值{a}元，余额{bal}元。",
    "您的储蓄卡{t}于{md}为{topup}充值{a}元，交易成功。",
    "{sb}：账户{t}转出{a}元至支付宝余额（支付宝充值），{hm}。",
], 5, sig="wrap")

# ================================================================== cash
G("atm-self-service", DEBIT, [
    "您的卡{t}于{md}{hm}在本行自助设备支取现金{cash}.00元，余额{bal}元。",
    "{sb}ATM取现：卡号****{t}，金额RMB{cash}.00，设备所在地{city}，{hm}。",
    "您账户{t}于{md}{hm}跨行ATM取款{cash}元，另收手续费{fee}元，可用余额{bal}元。",
], 5, sig="wrap")
G("atm-cardless", BIG + POSTAL + JS + CITY, [
    "您尾号{t}账户于{md}{hm}通过手机银行预约无卡取款{cash}元，已在ATM完成支取。",
    "扫码取款成功：{cash}.00元，账户{t}，{md}{hm}，余额{bal}元。",
    "您使用手机号预约取款{cash}元已于{hm}在{city}某网点ATM取出，扣款账户尾号{t}。",
], 5, sig="wrap")
G("reversal", DEBIT, [
    "您尾号{t}卡{md}{hm}ATM取款{cash}元交易失败，款项已冲正退回，余额{bal}元。",
    "交易冲正：账户{t}于{md}被扣{a}元（{merch}）因交易未成功已全额退回。",
    "{hm}，您的账户{t}有一笔{a}元的POS消费因通讯超时自动撤销，资金原路返回。",
], 5, sig="wrap")

# ================================================================== transfers
G("netbank-transfer-out", BIG + POSTAL + JS + CITY, [
    "您尾号{t}账户{md}{hm}网银转出{ym}元，对方户名：{nm}，对方账号尾号{t2}，余额{bal}元。",
    "账户{t}于{md}通过网上银行汇款支出{ym}元，收款人{nm}（{bk2}），手续费{fee}元。",
    "{sb}网银：{md}{hm}，{t}账户跨行转账-{ym}，对方户名{co}，附言((货款|房租|材料费|押金))。",
], 5, sig="wrap")
G("mobile-transfer-out", DEBIT, [
    "您通过手机银行向{nm}(尾号{t2})转账{ym}元，付款账户尾号{t}，{hm}已到账。",
    "转账成功！{md} {hm} 从您尾号{t}的储蓄卡转出{ys}，收款方{nm}，实时到账。",
    "您账户{t}于{md}手机银行超级网银转出{ym}元至{bk2}账户，对方户名{nm}，余额{bal}元。",
], 5, sig="wrap")
G("transfer-in-counterparty", DEBIT, [
    "您尾号{t}的账户{md}{hm}收到转账{ym}元，对方户名：{nm}，对方账户：{bk2}尾号{t2}，余额{bal}元。",
    "来账提醒：{nm}通过{bk2}向您账户{t}汇入{ym}元，{md}{hm}入账。",
    "{md}{hm}账户{t}转入+{ym}，对方户名{co}，摘要{inmemo}，可用余额{bal}",
], 5, sig="wrap")
G("large-income", BIG + JS + CITY, [
    "大额到账：{md}{hm}您尾号{t}账户收到{co}转入{ybg}，用途{purpose}。",
    "您账户{t}于{md}收到存量房交易资金监管解付款{ybg}，付款方：{bk2}资金监管专户。",
    "您尾号{t}的账户{md}{hm}对公转入{ybg}，付款单位{co}，摘要“{purpose}”。",
], 5, sig="wrap")
G("standing-transfer", BIG + JS + CITY, [
    "您设置的定期转账已执行：{md}从账户{t}转给{nm}{ym}元，下次执行日{md2}。",
    "资金自动归集：{md}{hm}您的副卡{t2}向主账户{t}归集{ym}元。",
    "约定转存已办理：账户{t}超出{th3}元部分{ym}元已转为{term}定期。",
], 5, sig="wrap")
G("wallet-withdraw-in", DEBIT, [
    "您尾号{t}账户{md}{hm}收入{a}元，摘要：微信零钱提现，对方户名财付通支付科技有限公司。",
    "账户{t}收到支付宝提现{ym}元，{md}{hm}到账，余额{bal}元。",
    "{sb}：{hm}尾号{t}卡入账{a}元(京东钱包提现)，可用余额{bal}元。",
], 5, sig="wrap")

# ================================================================== income
G("payroll-daifa", DEBIT, [
    "{co}代发工资{ymx}元已于{md}存入您尾号{t}的工资卡，请查收。",
    "工资卡{t}入账：代发{ymx}元，摘要：{m}月工资，交易后余额{bal}元。",
    "代发入账：账户{t}，{md}{hm}，+{ymx}元，付款单位{co}。",
], 5, sig="wrap")
G("allowance-in", RURAL + VILLAGE + POSTAL + [BIG[1]], [
    "您尾号{t}的{dc}{md}收到{subsidy}{ys}，摘要：代发补助款，余额{yl}。",
    "惠农一卡通{t}于{md}入账{subsidy}{ya}元，资金来源：{county}财政局。",
    "补助款到账：您账户{t}于{md}收入{ya}元，项目{subsidy}，如有疑问请咨询当地乡镇财政所。",
], 6, sig="wrap")
G("refund-in", DEBIT, [
    "您尾号{t}卡{md}{hm}收到退款{a}元（{ecom}），余额{bal}元。",
    "退款入账提醒：账户{t}于{md}收到{payapp}退回款项{ys}，原交易日期{md2}。",
    "{sb}：{ecom}订单取消，{a}元已退至您尾号{t}的储蓄卡，{md}{hm}到账。",
], 5, sig="wrap")
G("interest-income", BIG + POSTAL + JS + CITY + RURAL, [
    "季度结息：{md}您尾号{t}账户利息收入{sm}元，已自动计入本金。",
    "{md}付息：您{dc}账户{t}获活期利息{sm}元，年利率{rate}%。",
    "您尾号{t}的((大额存单|通知存款|定期存款)){md}支付利息{ym}元，已划入活期账户。",
], 5, sig="wrap")
G("merchant-settle", DEBIT, [
    "您的商户收单结算款{ymx}元已于{md}划入尾号{t}的结算账户，已扣除手续费{fee}元。",
    "POS收单入账：商户{shopco}{md}交易清算{ymx}元，入账账户{t}。",
    "收款码T+1结算：{md}共{k}笔交易，净额{ym}元已转入您尾号{t}的借记卡。",
], 5, sig="wrap")

# ================================================================== balance
G("balance-change", DEBIT, [
    "账户变动：您尾号{t}账户于{md}{hm}余额由{bal}元变为{bal2}元。",
    "您尾号{t}的账户{md}{hm}发生一笔{chan}交易，变动金额-{a}元，最新余额{bal}元。",
    "余额提醒：截至{md}{hm}，您的{dc}账户{t}可用余额{yl}，今日已有{k}笔交易。",
], 5, sig="wrap")

# ================================================================== auto-debits that are not credit repayments
G("student-card-autotopup", BIG + POSTAL + JS + CITY + RURAL, [
    "学生卡自动预存：{md}从您账户{t}划转{st}.00元至{school}校园卡，账户余额{bal}元。",
    "您尾号{t}卡{md}{hm}校园卡自动预存{st}元(学生卡自动预存)，交易成功。",
    "{school}学生卡余额低于{th}元，已按约定从您的储蓄卡{t}自动预存{st}元。",
], 5, sig="wrap", flags=H)
G("utility-withhold", DEBIT, [
    "{md}{hm}您账户{t}被{utilco}批量代扣{yu}元（{m}月{utype}），缴费户名{nm}。",
    "{utilco}委托代收：账户{t}扣款{yu}元，费用类型：{utype}，扣后余额{bal}元。",
    "您签约的{utype}自动缴费已于{md}从卡号****{t}扣收{yu}元，户号尾号{t2}，如有疑问请咨询{utilco}。",
], 6, sig="wrap", flags=H)
G("phone-bill-withhold", DEBIT, [
    "您尾号{t}的卡{md}自动缴纳手机话费{yp}元，号码{phone}，运营商{op}。",
    "话费托收：{op}{md}从您账户{t}托收{m}月话费{yp}元，扣款成功。",
    "{sb}代扣：尾号{t}账户{md}{hm}支付宽带及固话费{yp}元（{op}）。",
], 5, sig="wrap", flags=H)
G("subscription-withhold", DEBIT, [
    "您尾号{t}账户{md}{hm}被{sub}连续包月扣费{subamt}元，扣款方{subpay}。",
    "免密代扣提醒：{md}您的储蓄卡{t}向{sub}自动续费{subamt}元，如需取消请在对应App内关闭。",
], 4, sig="wrap", flags=H)
G("medical-card", BIG + RURAL + [POSTAL[0]], [
    "您的社保卡金融账户{t}于{md}在{pharm}消费{a}元，余额{bal}元。",
    "社保卡{t}医保个人账户{md}{hm}支付{a}元（{pharm}门诊），个账余额{bal}元。",
    "您尾号{t}的社会保障卡{md}{hm}在{pharm}刷卡{a}元，其中统筹支付{sm}元。",
], 5, sig="wrap")

# ================================================================== fees and card binding (service_notice)
G("fee-annual", BIG + POSTAL + JS + CITY + RURAL, [
    "您尾号{t}的{dc}{md}扣收借记卡年费{fee}元，如需减免可持卡到网点办理。",
    "{md}您账户{t}收取工本费及年费合计{fee}元，余额{bal}元。",
    "年费扣收提醒：卡号****{t}，{md}扣划{fee}（{yr}年度借记卡年费）。",
    "您尾号{t}的{cc}{md}入账年费{cfee}元，当年刷卡满{k}次可申请返还。",
], 6, sig="wrap", flags=H, family="service_notice")
G("fee-sms-service", DEBIT, [
    "短信服务费收取通知：{md}从您尾号{t}的账户扣收{sfee}元（{m}月动账提醒），退订请回复QXDX。",
    "您尾号{t}卡的余额变动提醒服务按月收费{sfee}元，本月费用已于{md}扣除。",
    "{sb}：扣费{sfee}元 账户{t} 项目：手机短信通知费 {md}",
], 6, sig="wrap", flags=H, family="service_notice")
G("fee-account-mgmt", BIG + POSTAL + JS + CITY + RURAL, [
    "您尾号{t}账户{md}扣收账户管理费{fee}元，原因：上季度日均余额低于{th2}元。",
    "小额账户管理费：您的账户{t}于{md}收费{fee}元，代发工资账户可申请免收。",
    "久悬账户提醒：您尾号{t}的账户长期无交易，{md}扣收账户管理费{fee}元，余额{bal}元。",
    "您账户{t}于{md}扣收跨行汇款手续费{fee}元及U盾工本费{ufee}元。",
], 6, sig="wrap", flags=H, family="service_notice")
G("card-bind", DEBIT, [
    "您正在将卡号****{t}添加至{payapp}，{md}{hm}已绑定成功。如非本人操作请立即致电{hot}。",
    "银行卡绑定提醒：账户{t}已开通{payapp}快捷支付服务，签约时间{md} {hm}。",
    "您的{dc}{t}于{md}解除与{payapp}的快捷支付签约，解约后将不能通过该平台扣款。",
    "{sb}:尾号{t}的卡已在{wallet}添加为银联闪付卡，如非本人操作请及时挂失。",
], 6, sig="wrap", family="service_notice")

# ================================================================== credit-card spending
G("cc-spend-2012", CARDS, [
    "您的{cc}(尾号{t})于{m}月{d}日{hm}刷卡消费RMB{a}，商户：{shop}。",
    "{cc}{t}：{m}月{d}日{hm}{shop}消费{a}元",
    "尊敬的{title}，您尾号为{t}的信用卡于{m}/{d} {hm}在{shop}交易人民币{a}元，谢谢惠顾。",
], 6, sig="old")
G("cc-spend-modern", CARDS, [
    "{cc}交易成功：尾号{t}｜{merch}｜¥{ym}｜{md} {hm}",
    "信用卡动账：{t}卡{hm}支付{ys}（{payapp}-{merch}），如非本人交易请致电{hot}冻结卡片。",
    "您尾号{t}的信用卡刚刚在{merch}完成一笔{a}元交易，当前剩余可用额度{lim}元。",
], 6, sig="start")
G("cc-spend-installment-offer", CARDS, [
    "您尾号{t}信用卡{md}{hm}消费{yf}元。此笔可办分期，回复FQ{per}分{per}期，每期手续费{pfee}元，回复即视为同意相关条款。",
    "{cc}{t} {md}{hm} 消费￥{yf}（{merch}）。回复JYFQ#{t}#{per}可将该笔分{per}期，如无需请忽略。",
    "您的信用卡{t}于{hm}刷卡{yf}元，商户{shop}。大额消费可轻松分期：回复“{code}”申请{per}期，详询{hot}。",
    "{cc}交易提醒：尾号{t}，{md}，网上消费{yf}元，可用额度{lim}元。回复FQ申请消费分期，费率低至{rate2}%/期。",
], 8, sig="wrap", flags=H)
G("cc-spend-points", CARDS, [
    "您尾号{t}信用卡{md}消费{ym}元，本笔获得{pts}积分，当前积分余额{pts2}分。",
    "{cc}{t}于{md}{hm}在{merch}交易{a}元，双倍积分活动期间本笔累积{pts}分。",
    "刷卡提醒：{cc}末四位{t}，{md}{hm}，{shop}，RMB{ym}。积分已自动累计，可在{app}兑换礼品。",
], 6, sig="wrap", flags=H)
G("cc-preauth", CARDS, [
    "您尾号{t}的信用卡{md}{hm}发生预授权交易{ym}元，商户{hotel}，预授权完成后按实际金额入账。",
    "预授权完成：{cc}{t}于{md}在{hotel}完成预授权{ym}元，实际结算{part}元。",
    "{cc}尾号{t}：{hotel}预授权{a}元，交易时间{md} {hm}，该金额暂时冻结在可用额度中。",
], 5, sig="wrap")
G("cc-void-return", CARDS, [
    "交易撤销通知：{cc}{t}，{md}{hm}，撤销金额RMB{a}，原交易商户{shop}。",
    "您的信用卡{t}有一笔退货交易：{merch}退款{a}元，{md}入账。",
    "尾号{t}卡片{md}原{a}元消费已被商户撤销，该笔交易已取消，额度即时释放。",
], 6, sig="wrap")
G("cc-online-cash", CARDS, [
    "您尾号{t}的信用卡{md}{hm}银联在线支付{ym}元，商户{merch}。",
    "{cc}{t}于{md}{hm}在ATM取现{cash}元，本笔取现手续费{cfee2}元。",
    "您尾号{t}信用卡{md}通过{payapp}绑卡支付{a}元，剩余可用额度{lim}元。",
], 5, sig="wrap")
G("cc-foreign-spend", CARDS, [
    "您尾号{t}的信用卡{md} {hm}在境外商户((AMAZON.COM|BOOKING.COM|APPLE.COM/BILL)) 交易{usd}美元成功，将以人民币入账。",
    "境外交易提醒：{cc}{t}，{md}，((东京|大阪|京都))，消费{jpy}日元，免收货币转换费。",
    "{cc}尾号{t}于{md}在((首尔明洞|济州岛))刷卡{krw}韩元，按交易日汇率折算入账。",
], 5, sig="wrap")

# ================================================================== rural, village, postal
G("rural-debit", RURAL, [
    "{bk}：您尾号{t}的{dc}{md}{hm}支出{a}元，交易渠道{chan}，余额{bal}元。",
    "您在我社开立的账户{t}于{md}{hm}存入现金{ym}元，经办网点{branch}，余额{bal}元。",
    "{dc}{t}：{md}{hm}转账收入{ym}元，付款人{nm}，余额{bal}元。",
    "{sb}温馨提示：账号{t}于{md}发生POS消费{a}元，账户余额{bal}元。",
], 7, sig="wrap")
G("village-bank", VILLAGE, [
    "您账户{t}于{md}{hm}柜面取款{cash}元，余额{bal}元。",
    "您在{bk}的储蓄账户{t}于{md}收到{subsidy}{ya}元，可到就近助农服务点取现。",
    "{sb}动账：账号末四位{t}，{md}{hm}，助农取款{cash}元，手续费0元。",
], 5, sig="wrap")
G("postal-savings", POSTAL, [
    "您尾号{t}的绿卡{md}{hm}汇兑入账{ym}元，汇款人{nm}，余额{bal}元。",
    "您账户{t}于{md}在邮政代理网点取款{cash}元，余额{bal}元。",
    "邮储银行提醒：账户{t}于{md}{hm}发生{chan}支出{a}元，余额{bal}元。",
], 5, sig="old")

# ================================================================== Hong Kong and Taiwan (traditional script)
G("hk-account", HK, [
    "{bk}：閣下戶口尾數{t}於{md} {hm}經轉數快轉出HKD{hk}至{nmhk}。如非閣下本人進行，請致電{hot}。",
    "{bk}提示：您的戶口{t}已收到轉賬HKD{hk}，付款人{nmhk}，時間{md} {hm}。",
    "閣下的{bk}扣賬卡（尾數{t}）於{md}在{hkshop}簽賬HKD{hk}。",
    "八達通自動增值：{bk}戶口{t}於{md}扣除HKD{oct}，已為閣下的八達通增值。",
], 6, sig="none")
G("hk-card-spend", HK, [
    "{bk}信用卡（尾數{t}）於{md} {hm}在{hkshop}簽賬HKD{hk}。如有查詢請致電{hot}。",
    "{bk}：閣下信用卡{t}網上簽賬HKD{hk}，商戶{hkonl}。此交易可申請簽賬分期，詳情請登入{app}。",
    "{cc}尾數{t}：{md} {hkonl} 簽賬 HKD{hk}，已賺取獎賞錢。",
], 5, sig="none", flags=("auto",))
G("tw-alerts", TW, [
    "{bk}刷卡通知：您的信用卡末四碼{t}於{md} {hm}消費新臺幣{nt}元，商店：{twshop}。",
    "{bk}：您的帳戶末四碼{t}於{md}轉入NT${nt}，匯款人{nmtw}。",
    "親愛的卡友，您的{cc}{t}於{md}在{twshop}消費NT${nt}，本筆可享{pct}%回饋。",
    "{bk}提醒：您尾碼{t}帳戶{md}ATM提款新臺幣{ntcash}元，如非本人交易請洽{hot}。",
], 6, sig="none", flags=("auto",))

# ================================================================== terse, unsigned
G("terse-unsigned", DEBIT, [
    "{t}卡 {md} {hm} 支出{a} 余额{bal}",
    "账户*{t} 收入 {ym}元 {md} 余额{bal}元 {sb}",
    "卡{t} {hm}扣款{a}元({merch}) 可用{bal}",
], 5, sig="none")

MIN_LEN, MAX_LEN = 25, 160


def main():
    index = NearDuplicateIndex(corpus_texts(HERE, exclude=OUT))
    mine = NearDuplicateIndex()
    rows, used_bases = [], set()
    for gi, grp in enumerate(GROUPS):
        got = tries = 0
        while got < grp["n"] and tries < grp["n"] * 60:
            tries += 1
            bi = (tries - 1) % len(grp["bases"])
            bank = R.choice(grp["banks"])
            text = fill(expand(grp["bases"][bi]), bank)
            text = place_sig(text, bank, grp["sig"]).strip()
            if not MIN_LEN <= len(text) <= MAX_LEN:
                continue
            if not common.is_fresh(text, index, mine):
                continue
            mine.add(text)
            used_bases.add((gi, bi))
            fam = grp["family"]
            flags = list(grp["flags"])
            if flags == ["auto"]:
                flags = ["hard"] if any(w in text for w in ("分期", "獎賞", "回饋", "積分")) else []
            rows.append(dict(text=text, label="other", channel="sms", sender=pick_sender(bank),
                             family=fam, group=f"{fam}/oj-{grp['slug']}", flags=flags))
            got += 1
        if got < grp["n"]:
            print(f"short: {grp['slug']} {got}/{grp['n']}")
    common.write_rows(OUT, PREFIX, rows)
    nb = sum(len(g["bases"]) for g in GROUPS)
    print(len(rows), "rows,", len(used_bases), "of", nb, "base texts used,",
          len({r["group"] for r in rows}), "groups ->", OUT)


if __name__ == "__main__":
    main()
