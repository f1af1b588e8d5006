"""Generator for corpus section genuine_f (label: genuine).

All nine genuine families, written to add what the corpus lacks: lenders that are rare in it (small and new
consumer-finance companies such as 北银, 湖北, 小米, 宁银, 蒙商, 金美信 and 尚诚 消费金融; platforms such as 洋钱罐,
还呗, 众安, 唯品花, 抖音放心借, 网商贷; joint-stock, city and rural commercial banks and provincial 农信社) and voices
it has few of: 15-40 character push reminders, terse bank templates, multi-line field-style notices, long formal
letters, chatty app notices, signatures at the start, at the end or absent (hotline only). Overdue notices follow
the account from day 1 to day 90+, some harsh (征信, 委外, 诉讼, 上门核实) but always pointing to the lender's own
channel; the lenders' own 个性化分期 / 延期 / 减免 offers; licensed collection firms acting for a named lender;
12368 filing, mediation and enforcement notices; notes on the 2026 one-time credit-repair policy; and calls in which
agents tell customers not to trust paid 停息挂账 agents.

Calls: every call base is written as a dialogue (A = the lender's or firm's or court's side, B = the customer). It
is emitted both as a multi-turn transcript (A gets a role label such as 客服 / 催收员 / 法官助理, B is 我) and as
one ASR run-on line (labels and most punctuation dropped, a filler here and there, homophone slips such as 花贝,
借贝, 微利贷, 百条, 正信, 鱼期; some amounts read out in Chinese numerals).

Deterministic (fixed seed), stdlib only apart from scamguard.corpus. Writes corpus/genuine_f.jsonl.

Template mini-syntax: ((a|b|c)) picks one alternative (nestable), [[...]] is optional (kept about half the time),
{slot} is filled per text (a slot used twice in one text gets the same value). Every base text was written for
this section; slots carry only names, amounts, dates, tails, numbers, lenders, firms and courts. A candidate whose
character 5-gram Jaccard with any text of the corpus or of this section reaches 0.5 is dropped.
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

SEED = 20260502
OUT = HERE / "genuine_f.jsonl"
PREFIX = "gf"
DEDUP = 0.5
R = random.Random(SEED)


# ------------------------------------------------------------------ lenders
def L(key, brand, kind, sigs, senders, hot, app, prod, org, **kw):
    d = dict(key=key, brand=brand, kind=kind, sigs=sigs, senders=senders, hot=hot, app=app, prod=prod, org=org)
    d.update(kw)
    d.setdefault("short", brand)
    d.setdefault("cardapp", app)
    d.setdefault("loan", prod)
    return d


BIG = [
    L("icbc", "工商银行", "bank", ["【工商银行】", "【中国工商银行】"], ["95588", "1069095588"], "95588", "工商银行App",
      "融e借", "中国工商银行股份有限公司", card="工银信用卡", short="工行", dom="m.icbc.com.cn"),
    L("abc", "农业银行", "bank", ["【中国农业银行】"], ["95599", "1069095599"], "95599", "农行掌上银行", "网捷贷",
      "中国农业银行股份有限公司", card="农行信用卡", short="农行", dom="go.abchina.com"),
    L("boc", "中国银行", "bank", ["【中国银行】"], ["95566", "1069095566"], "95566", "中国银行App", "中银E贷",
      "中国银行股份有限公司", card="中银信用卡", short="中行", cardapp="缤纷生活App"),
    L("ccb", "建设银行", "bank", ["【建设银行】", "【中国建设银行】"], ["95533", "106980095533"], "95533", "建行手机银行",
      "快贷", "中国建设银行股份有限公司", card="龙卡信用卡", short="建行"),
    L("bocom", "交通银行", "bank", ["【交通银行】"], ["95559", "1069095559"], "95559", "交通银行App", "惠民贷",
      "交通银行股份有限公司", card="交行信用卡", short="交行", cardapp="买单吧App"),
    L("psbc", "邮储银行", "bank", ["【邮储银行】"], ["95580", "1069095580"], "95580", "邮储银行App", "邮享贷",
      "中国邮政储蓄银行股份有限公司", card="邮储信用卡", short="邮储"),
]
JS = [
    L("cmb", "招商银行", "bank", ["[招商银行]", "【招商银行】"], ["95555", "10693495555"], "95555", "招商银行App",
      "闪电贷", "招商银行股份有限公司", card="招行信用卡", short="招行", cardapp="掌上生活App", dom="cmbchina.com"),
    L("spdb", "浦发银行", "bank", ["【浦发银行】"], ["95528", "1069095528"], "95528", "浦发手机银行", "浦银点贷",
      "上海浦东发展银行股份有限公司", card="浦发信用卡", short="浦发", cardapp="浦大喜奔App"),
    L("citic", "中信银行", "bank", ["【中信银行】"], ["95558", "106575595558"], "95558", "中信银行App", "信秒贷",
      "中信银行股份有限公司", card="中信信用卡", short="中信", cardapp="动卡空间App"),
    L("ceb", "光大银行", "bank", ["【光大银行】"], ["95595", "1069095595"], "95595", "光大银行App", "光速贷",
      "中国光大银行股份有限公司", card="光大信用卡", short="光大", cardapp="阳光惠生活App"),
    L("cmbc", "民生银行", "bank", ["【民生银行】"], ["95568", "1069095568"], "95568", "民生银行App", "民易贷",
      "中国民生银行股份有限公司", card="民生信用卡", short="民生", cardapp="全民生活App"),
    L("hxb", "华夏银行", "bank", ["【华夏银行】"], ["95577", "106980095577"], "95577", "华夏银行App", "华夏个人消费贷",
      "华夏银行股份有限公司", card="华夏信用卡", short="华夏", cardapp="华彩生活App"),
    L("pab", "平安银行", "bank", ["【平安银行】"], ["95511", "1069095511"], "95511", "平安口袋银行App", "新一贷",
      "平安银行股份有限公司", card="平安信用卡", short="平安"),
    L("cib", "兴业银行", "bank", ["【兴业银行】"], ["95561", "1069095561"], "95561", "兴业银行App", "兴闪贷",
      "兴业银行股份有限公司", card="兴业信用卡", short="兴业", cardapp="好兴动App"),
    L("cgb", "广发银行", "bank", ["【广发银行】", "【广发信用卡】"], ["95508", "106980095508"], "95508", "广发手机银行",
      "E秒贷", "广发银行股份有限公司", card="广发卡", short="广发", cardapp="发现精彩App"),
    L("czb", "浙商银行", "bank", ["【浙商银行】"], ["95527", "1069095527"], "95527", "浙商银行App", "浙银快贷",
      "浙商银行股份有限公司", card="浙商信用卡", short="浙商"),
    L("cbhb", "渤海银行", "bank", ["【渤海银行】"], ["95541", "1069095541"], "95541", "渤海银行App", "渤海消费贷",
      "渤海银行股份有限公司", card="渤海信用卡", short="渤海"),
    L("egb", "恒丰银行", "bank", ["【恒丰银行】"], ["95395", "1069095395"], "95395", "恒丰银行App", "恒丰消费贷",
      "恒丰银行股份有限公司", card="恒丰信用卡", short="恒丰"),
]
CITY = [
    L("hsb", "徽商银行", "bank", ["【徽商银行】"], ["96588", "1069096588"], "96588", "徽商银行App", "徽常有",
      "徽商银行股份有限公司", card="徽商信用卡"),
    L("csb", "长沙银行", "bank", ["【长沙银行】"], ["96511", "1069096511"], "96511", "长沙银行App", "快乐秒贷",
      "长沙银行股份有限公司", card="长沙银行信用卡"),
    L("hrb", "哈尔滨银行", "bank", ["【哈尔滨银行】"], ["95537", "1069095537"], "95537", "哈尔滨银行App", "哈银消费贷",
      "哈尔滨银行股份有限公司", card="哈尔滨银行信用卡"),
    L("cdb", "成都银行", "bank", ["【成都银行】"], ["95507", "1069095507"], "95507", "成都银行App", "成都银行个人消费贷",
      "成都银行股份有限公司", card="成都银行信用卡"),
    L("dgb", "东莞银行", "bank", ["【东莞银行】"], ["956033", "10690956033"], "956033", "东莞银行App", "莞e贷",
      "东莞银行股份有限公司", card="东莞银行信用卡"),
    L("szb", "苏州银行", "bank", ["【苏州银行】"], ["96067", "1069096067"], "96067", "苏州银行App", "苏银消费贷",
      "苏州银行股份有限公司", card="苏州银行信用卡"),
    L("hkb", "汉口银行", "bank", ["【汉口银行】"], ["96558", "1069096558"], "96558", "汉口银行App", "汉口银行个人信用贷",
      "汉口银行股份有限公司", card="汉口银行九通卡"),
    L("xmb", "厦门银行", "bank", ["【厦门银行】"], ["厦门银行", "10690588588"], "400-858-8888", "厦门银行App",
      "厦门银行消费贷", "厦门银行股份有限公司", card="厦门银行信用卡"),
    L("qdb", "青岛银行", "bank", ["【青岛银行】"], ["青岛银行", "1069096588"], "400-66-96588", "青岛银行App",
      "青e贷", "青岛银行股份有限公司", card="青岛银行信用卡"),
    L("xab", "西安银行", "bank", ["【西安银行】"], ["96779", "1069096779"], "96779", "西安银行App", "西银消费贷",
      "西安银行股份有限公司", card="西安银行信用卡"),
]
RURAL = [
    L("zjnx", "浙江农商联合银行", "rural", ["【浙江农商联合银行】", "【浙江农信】"], ["96596", "1069096596"], "96596",
      "浙里贷App", "浙里贷", "浙江农商联合银行", card="丰收卡", short="浙江农信"),
    L("scnx", "四川农信", "rural", ["【四川农信】"], ["96633", "1069096633"], "96633", "四川农信手机银行", "蜀信e贷",
      "四川省农村信用社联合社", card="蜀信卡"),
    L("sdnx", "山东农信", "rural", ["【山东农信】"], ["96668", "1069096668"], "96668", "山东农信手机银行", "信e贷",
      "山东省农村信用社联合社", card="齐鲁卡"),
    L("hnnx", "河南农信", "rural", ["【河南农信】"], ["96288", "1069096288"], "96288", "河南农信手机银行", "金燕e贷",
      "河南省农村信用社联合社", card="金燕卡"),
    L("fjnx", "福建农信", "rural", ["【福建农信】"], ["96336", "1069096336"], "96336", "福建农信手机银行", "福e贷",
      "福建省农村信用社联合社", card="福万通卡"),
    L("ynnx", "云南农信", "rural", ["【云南农信】"], ["96500", "1069096500"], "96500", "云南农信手机银行", "惠农贷",
      "云南省农村信用社联合社", card="金碧卡"),
    L("hbnx", "河北农信", "rural", ["【河北农信】", "【河北省农村信用社】"], ["96369", "1069096369"], "96369",
      "河北农信手机银行", "农信e贷", "河北省农村信用社联合社", card="信通卡"),
    L("hubnx", "湖北农信", "rural", ["【湖北农信】"], ["96568", "1069096568"], "96568", "湖北农信手机银行", "快贷通",
      "湖北省农村信用社联合社", card="福卡"),
    L("grcb", "广州农商银行", "rural", ["【广州农商银行】"], ["95313", "1069095313"], "95313", "广州农商银行App",
      "太阳信用贷", "广州农村商业银行股份有限公司", card="太阳卡"),
    L("cqrcb", "重庆农商行", "rural", ["【重庆农商行】"], ["966866", "10690966866"], "966866", "重庆农商行App", "渝快贷",
      "重庆农村商业银行股份有限公司", card="江渝卡"),
]
CF = [
    L("ms", "马上消费金融", "cf", ["【马上消费金融】", "【安逸花】"], ["1069040003688", "马上消费金融"], "400-036-8876",
      "安逸花App", "安逸花", "马上消费金融股份有限公司", short="马上消费", dom="msxf.com"),
    L("zyxf", "中邮消费金融", "cf", ["【中邮消费金融】", "【中邮钱包】"], ["1069018955800", "中邮消费金融"],
      "400-189-5580", "中邮钱包App", "中邮钱包借款", "中邮消费金融有限公司", short="中邮"),
    L("xyxf", "兴业消费金融", "cf", ["【兴业消费金融】"], ["10690910618", "兴业消费金融"], "400-910-6188",
      "兴业消费金融App", "家庭消费贷", "兴业消费金融股份公司", short="兴业消金"),
    L("hexf", "海尔消费金融", "cf", ["【海尔消费金融】", "【够花】"], ["1069001877", "海尔消费金融"], "400-018-7777",
      "够花App", "够花", "海尔消费金融有限公司", short="海尔消金"),
    L("snxf", "苏宁消费金融", "cf", ["【苏宁消费金融】", "【任性付】"], ["95177", "106902995177"], "95177",
      "星图金融App", "任性付", "苏宁消费金融有限公司", short="苏宁"),
    L("jx", "捷信", "cf", ["【捷信】", "【捷信消费金融】"], ["1069012080", "捷信"], "400-120-8000", "捷信金融App",
      "捷信分期", "捷信消费金融有限公司", short="捷信"),
    L("zgxf", "中银消费金融", "cf", ["【中银消费金融】"], ["1069081955", "中银消费金融"], "400-819-5599",
      "中银消费金融App", "新易贷", "中银消费金融有限公司", short="中银消金"),
    L("bnxf", "北银消费金融", "cf", ["【北银消费金融】"], ["1069010969", "北银消费金融"], "400-010-6969",
      "北银消费金融App", "轻松e贷", "北银消费金融有限公司", short="北银消金"),
    L("hbxf", "湖北消费金融", "cf", ["【湖北消费金融】", "【湖北消金】"], ["1069088809", "湖北消费金融"],
      "400-888-0911", "湖北消费金融App", "湖北消金信用贷", "湖北消费金融股份有限公司", short="湖北消金"),
    L("cy58", "长银五八消费金融", "cf", ["【长银五八消费金融】", "【长银五八】"], ["1069005858", "长银五八"],
      "400-085-8858", "长银五八App", "长银五八消费贷", "长银五八消费金融股份有限公司", short="长银五八"),
    L("mixf", "小米消费金融", "cf", ["【小米消费金融】", "【天星金融】"], ["1069010056", "天星金融"], "400-100-5678",
      "天星金融App", "随星借", "重庆小米消费金融有限公司", short="小米金融"),
    L("nyxf", "宁银消费金融", "cf", ["【宁银消费金融】", "【宁来花】"], ["1069001285", "宁银消费金融"], "400-012-8585",
      "宁来花App", "宁来花", "宁银消费金融股份有限公司", short="宁银消金"),
    L("msxf2", "蒙商消费金融", "cf", ["【蒙商消费金融】", "【蒙商消金】"], ["1069060000", "蒙商消费金融"],
      "400-600-0088", "蒙商消费金融App", "蒙商消金信用贷", "蒙商消费金融股份有限公司", short="蒙商消金"),
    L("jmx", "金美信消费金融", "cf", ["【金美信】", "【金美信消费金融】"], ["1069087088", "金美信"], "400-870-8899",
      "金美信App", "金美信借款", "金美信消费金融有限责任公司", short="金美信"),
    L("scxf", "尚诚消费金融", "cf", ["【尚诚消费金融】"], ["1069060077", "尚诚消费金融"], "400-600-7799",
      "尚诚消费金融App", "尚诚信用贷", "尚诚消费金融有限公司", short="尚诚"),
    L("zl", "招联消费金融", "cf", ["【招联金融】", "【招联消费金融】"], ["95786", "1069095786"], "95786",
      "招联金融App", "好期贷", "招联消费金融股份有限公司", short="招联", dom="mucfc.com"),
]
PLAT = [
    L("xc", "携程金融", "plat", ["【携程金融】", "【携程拿去花】"], ["95010", "1069095010"], "95010", "携程旅行App",
      "拿去花", "重庆携程小额贷款有限公司", short="携程"),
    L("jt", "京东金融", "plat", ["【京东金融】"], ["95118", "1069095118"], "95118", "京东金融App", "金条",
      "京东金融", short="京东", dom="jd.com"),
    L("bt", "京东白条", "plat", ["【京东金融】", "【京东】"], ["95118", "1069095118"], "95118", "京东金融App", "白条",
      "京东金融", short="京东", dom="jd.com"),
    L("mtjq", "美团借钱", "plat", ["【美团】", "【美团借钱】"], ["10107888", "1069070010107888"], "10107888",
      "美团App", "美团借钱", "重庆美团三快小额贷款有限公司", short="美团", dom="meituan.com"),
    L("qf", "奇富借条", "plat", ["【奇富借条】", "【360借条】"], ["10100360", "1069036099"], "10100360", "奇富借条App",
      "360借条", "奇富科技", short="三六零借条"),
    L("yqg", "洋钱罐", "plat", ["【洋钱罐】"], ["1069063686", "洋钱罐"], "400-063-6868", "洋钱罐App", "洋钱罐借款",
      "洋钱罐", short="洋钱罐"),
    L("ppd", "信也科技", "plat", ["【拍拍贷】", "【信也】"], ["1069066677", "拍拍贷"], "400-666-7706", "拍拍贷App",
      "拍拍贷", "信也科技", short="拍拍贷"),
    L("hbei", "还呗", "plat", ["【还呗】"], ["1069086186", "还呗"], "400-861-8186", "还呗App", "还呗", "还呗",
      short="还呗"),
    L("pph", "平安普惠", "plat", ["【平安普惠】"], ["1069095511", "平安普惠"], "95511", "平安普惠App", "平安普惠借款",
      "平安普惠", short="平安普惠"),
    L("za", "众安", "plat", ["【众安金融】", "【众安】"], ["10109955", "106910109955"], "1010-9955", "众安保险App",
      "众安贷", "众安", short="众安"),
    L("wph", "唯品花", "plat", ["【唯品会】", "【唯品花】"], ["1069067898", "唯品会"], "400-6789-888", "唯品会App",
      "唯品花", "唯品会", short="唯品花"),
    L("dxm", "度小满", "plat", ["【度小满】", "【度小满金融】"], ["95055", "1069095055"], "95055", "度小满App",
      "有钱花", "度小满", short="度小满", dom="duxiaoman.com"),
    L("fql", "分期乐", "plat", ["【分期乐】"], ["1069076676", "分期乐"], "400-6766-766", "分期乐App", "分期乐",
      "乐信", short="分期乐", dom="fenqile.com"),
    L("wsd", "网商银行", "plat", ["【网商银行】"], ["95188", "1069095188"], "95188", "网商银行App", "网商贷",
      "浙江网商银行股份有限公司", short="网商银行", dom="mybank.cn"),
    L("dyfxj", "抖音放心借", "plat", ["【抖音支付】", "【放心借】"], ["95152", "10684090962"], "95152", "抖音App",
      "放心借", "抖音", short="抖音"),
    L("hb", "花呗", "plat", ["【支付宝】"], ["95188", "1069095188"], "95188", "支付宝", "花呗",
      "重庆蚂蚁消费金融有限公司", short="支付宝", dom="alipay.com"),
    L("jb", "借呗", "plat", ["【支付宝】"], ["95188", "1069095188"], "95188", "支付宝", "借呗",
      "重庆蚂蚁消费金融有限公司", short="支付宝", dom="alipay.com"),
    L("wld", "微粒贷", "plat", ["【微众银行】"], ["95384", "106980095384"], "95384", "微信", "微粒贷",
      "深圳前海微众银行股份有限公司", short="微众银行", dom="webank.com"),
]
for _l in BIG + JS + CITY:
    _l.setdefault("card", _l["brand"] + "信用卡")
CARDS = BIG + JS + CITY
BANKS = BIG + JS + CITY
LOANB = BIG + JS + CITY + RURAL
NEWCF = [x for x in CF if x["key"] not in ("ms", "zl")]
ONLINE = CF + PLAT
NEWPLAT = [x for x in PLAT if x["key"] not in ("hb", "jb", "wld", "bt")]
ALL = BIG + JS + CITY + RURAL + CF + PLAT
COURTPOOL = [x for x in ALL if "公司" in x["org"] or x["kind"] == "rural"]
SPEECH = {"花呗": "花贝", "借呗": "借贝", "微粒贷": "微利贷", "白条": "百条", "金条": "金调", "拿去花": "拿去华",
          "有钱花": "有钱华", "安逸花": "安逸华", "好期贷": "好期待", "放心借": "放心接", "任性付": "任性富",
          "唯品花": "唯品华", "还呗": "还贝", "宁来花": "宁来华", "够花": "够华"}

# ------------------------------------------------------------------ slot values
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
           "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV = list("明华军丽敏静强磊洋艳勇杰娟涛超霞平刚英玲芳燕斌峰鹏飞兰萍亮辉红梅建志宏伟秀春海波雪琴慧")
FIRM_AREA = {"江西融信达资产管理有限公司": "0791", "山东鲁信诚商务服务有限公司": "0531", "武汉汇诚信息咨询有限公司": "027",
             "福建中和信资产管理有限公司": "0591", "河南恒润商务服务有限公司": "0371", "天津瑞达信息技术服务有限公司": "022",
             "重庆渝信资产管理有限公司": "023", "西安秦信商务咨询有限公司": "029", "苏州华信资产管理有限公司": "0512",
             "长沙湘诚信息服务有限公司": "0731"}
FIRMS = list(FIRM_AREA)
LAWFIRMS = ["湖南华誉律师事务所", "四川蜀鼎律师事务所", "天津津达律师事务所", "福建立诚律师事务所", "安徽正言律师事务所"]
COURTS = {"天津市和平区人民法院": "津0101", "西安市雁塔区人民法院": "陕0113", "济南市历下区人民法院": "鲁0102",
          "合肥市蜀山区人民法院": "皖0104", "福州市鼓楼区人民法院": "闽0102", "南昌市东湖区人民法院": "赣0102",
          "昆明市五华区人民法院": "云0102", "沈阳市和平区人民法院": "辽0102", "哈尔滨市南岗区人民法院": "黑0103",
          "石家庄市长安区人民法院": "冀0102", "太原市小店区人民法院": "晋0105", "重庆市江北区人民法院": "渝0105",
          "北京互联网法院": "京0491", "杭州互联网法院": "浙0192", "广州市天河区人民法院": "粤0106",
          "东莞市第一人民法院": "粤1971"}
AREA = {"津": "022", "陕": "029", "鲁": "0531", "皖": "0551", "闽": "0591", "赣": "0791", "云": "0871", "辽": "024",
        "黑": "0451", "冀": "0311", "晋": "0351", "渝": "023", "京": "010", "浙": "0571", "粤0106": "020", "粤1971": "0769"}
MED_ORG = ["诉调对接中心", "人民调解工作室", "诉讼服务中心", "立案庭"]


DIG = "零一二三四五六七八九"


def money(v, spoken=False):
    if spoken:
        yuan, fen = int(v), int(round(v * 100)) % 100
        said = f"{yuan}块" + (f"{DIG[fen // 10]}毛" + (DIG[fen % 10] if fen % 10 else "") if fen else "")
        return R.choice([f"{v:.2f}元", f"{v:.2f}元", f"{v:.2f}", said])
    s = f"{v:,.2f}" if v >= 1000 and R.random() < 0.3 else f"{v:.2f}"
    style = R.choice(["元", "元", "元", "元", "￥", "RMB", "人民币", "bare"])
    return {"元": s + "元", "￥": "￥" + s, "RMB": "RMB" + s, "人民币": "人民币" + s + "元", "bare": s}[style]


def date_md(spoken=False):
    m, d = R.randint(1, 12), R.randint(1, 28)
    if spoken:
        return R.choice([f"{m}月{d}号", f"{m}月{d}号", f"{m}月{d}日", f"{cn_int(m)}月{cn_int(d)}号"])
    y = R.choice([2025, 2026, 2026])
    return R.choice([f"{m:02d}月{d:02d}日", f"{m}月{d}日", f"{m}月{d}日", f"{m}/{d}", f"{y}-{m:02d}-{d:02d}",
                     f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}"])


def tail_form(t):
    return R.choice([f"尾号{t}", f"尾号{t}", f"尾号{t}", f"末四位{t}", f"({t})", f"尾号为{t}", f"后四位{t}"])


def cn_int(n):
    """An integer below 100 million in spoken Chinese numerals."""
    if n == 0:
        return "零"
    units = ["", "十", "百", "千"]
    def four(x):
        out, zero = "", False
        for i in range(3, -1, -1):
            q = x // 10 ** i % 10
            if q == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += ("" if (q == 1 and i == 1 and not out) else DIG[q]) + units[i]
        return out
    hi, lo = divmod(n, 10000)
    if hi:
        s = four(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + four(lo)
        return s
    return four(lo)


def spoken_amount(text):
    """Some amounts in an ASR line read out as 'X千X百…块X毛' or 'X点XX'."""
    def rep(m):
        if R.random() < 0.55:
            return m.group(0)
        whole, cents = m.group(1).replace(",", ""), m.group(2)
        n = int(whole)
        if R.random() < 0.5:
            tail = "" if cents == "00" else f"块{DIG[int(cents[0])]}毛" + (DIG[int(cents[1])] if cents[1] != "0" else "")
            return cn_int(n) + (tail if tail else "块")
        return cn_int(n) + ("" if cents == "00" else "点" + "".join(DIG[int(c)] for c in cents.rstrip("0"))) + "元"
    return re.sub(r"(?:人民币|RMB|￥)?(\d[\d,]*)\.(\d\d)元?", rep, text)


HOMO = [("花呗", ["花贝"]), ("借呗", ["借贝"]), ("微粒贷", ["微利贷"]), ("白条", ["百条"]), ("金条", ["金调"]),
        ("拿去花", ["拿去华"]), ("有钱花", ["有钱华"]), ("安逸花", ["安逸华"]), ("好期贷", ["好期待"]),
        ("放心借", ["放心接"]), ("任性付", ["任性富"]), ("唯品花", ["唯品华"]), ("还呗", ["还贝"]),
        ("征信", ["正信", "争信"]), ("逾期", ["鱼期", "于期", "逾其"]), ("信用卡", ["性用卡", "信用咖"]),
        ("协商", ["协伤", "鞋商"]), ("委托", ["委拖"]), ("账单", ["帐单"]), ("结清", ["结请"]), ("罚息", ["罚西"]),
        ("利息", ["利西"]), ("额度", ["额渡"]), ("银行", ["银航"]), ("分期", ["分其"]), ("还款", ["换款", "还宽"]),
        ("洋钱罐", ["羊钱罐"]), ("拍拍贷", ["拍拍代"]), ("网商贷", ["网商代"]), ("普惠", ["普会"]), ("捷信", ["接信"]),
        ("众安", ["中安"]), ("诉讼", ["速讼"]), ("调解", ["调节"]), ("减免", ["简免"]), ("账户", ["帐户"]),
        ("催收", ["吹收"]), ("消费金融", ["消费经融"]), ("个性化", ["个性话"]), ("停息挂账", ["停息挂帐", "停西挂账"]),
        ("核实", ["核石"]), ("起诉", ["起速"]), ("本金", ["本今"]), ("律师函", ["律师寒"]), ("法院", ["法援"]),
        ("宁来花", ["宁来华"]), ("够花", ["够华"]), ("随星借", ["随心借"])]
BRANDSLIP = {"花呗", "借呗", "微粒贷", "白条", "金条", "拿去花", "有钱花", "安逸花", "好期贷", "放心借", "任性付",
             "唯品花", "还呗", "宁来花", "够花"}
FILLERS = ["嗯", "啊", "对", "那个", "就是", "呃", "哦", "喂", "然后", "对对"]


def asr(text):
    """A dialogue (lines 'A：…' / 'B：…', labels already removed or not) as one ASR run-on line."""
    lines = [re.sub(r"^[^：\n]{1,6}：", "", ln).strip() for ln in text.split("\n") if ln.strip()]
    out = []
    for ln in lines:
        if R.random() < 0.3:
            ln = R.choice(FILLERS) + R.choice(["", " "]) + ln
        out.append(ln)
    s = ""
    for ln in out:
        s += ln + R.choice(["", "", " ", " ", "  ", "，", "。"])
    s = spoken_amount(s)
    mode = R.random()

    def punct(m):
        r = R.random()
        if mode < 0.5:                     # no punctuation at all
            return "" if r < 0.7 else " "
        if mode < 0.8:                     # spaces where a pause was
            return " " if r < 0.6 else ""
        return R.choice(["，", "。", " ", "", "、", "，"])   # odd punctuation
    s = re.sub(r"[，。？！；：、“”（）()…—～~]", punct, s)
    for key, alts in HOMO:
        if key not in s:
            continue
        if key in BRANDSLIP:                # a product name is misheard the same way throughout
            if R.random() < 0.85:
                s = s.replace(key, R.choice(alts))
            continue
        p = 0 if R.random() < 0.5 else 0.15 if key in ("银行", "还款", "法院") else 0.6
        s = re.sub(key, lambda m: R.choice(alts) if R.random() < p else m.group(0), s)
    s = re.sub(r" {3,}", "  ", s).strip()
    return s


expand = partial(common.expand, R)


AMOUNT = {"default": (120, 38000)}


def land(facts):
    """A landline: in the collection firm's city when the text names a firm."""
    area = FIRM_AREA.get(facts.get("firm")) or R.choice(list(FIRM_AREA.values()))
    return f"{area}-{R.randint(6000, 8999)}{R.randint(1000, 9999)}"


def fill(t, lender, family, call):
    facts = {}
    lo, hi = {"collection": (1800, 68000), "court_notice": (3000, 90000), "official_negotiation": (2000, 80000),
              "overdue_notice": (300, 52000)}.get(family, AMOUNT["default"])

    def val(name):
        if name in facts:
            return facts[name]
        base = re.sub(r"\d+$", "", name)
        v = None
        if name in lender and isinstance(lender[name], str):
            v = lender[name]
            if call and name in ("prod", "loan") and R.random() < 0.5:
                v = SPEECH.get(v, v)
        elif name == "a":
            v = math.exp(R.uniform(math.log(lo), math.log(hi)))
            v = round(v, 2) if R.random() < 0.8 else float(round(v))
        elif name == "amt":
            v = money(val("a"), call)
        elif name == "amt2":
            v = money(math.exp(R.uniform(math.log(lo), math.log(hi))), call)
        elif name == "minp":
            v = money(max(10.0, val("a") * R.choice([0.1, 0.1, 0.05])), call)
        elif name == "part":
            facts["_pv"] = val("a") * R.uniform(0.15, 0.7)
            v = money(facts["_pv"], call)
        elif name == "rest":
            val("part")
            v = money(val("a") - facts["_pv"], call)
        elif name == "perp":
            v = money(val("a") / int(val("per")) * R.uniform(1.0, 1.06), call)
        elif name == "disc":                    # amount after a settlement discount
            v = money(val("a") * R.uniform(0.6, 0.9), call)
        elif name == "ramt":                    # overdue within the 2026 relief limit
            v = money(R.uniform(80, 9900), call)
        elif base == "small":
            v = money(R.uniform(8, 700), call)
        elif base == "mid":
            v = money(R.uniform(900, 9800), call)
        elif base == "big":
            v = money(R.uniform(20000, 420000), call)
        elif base == "md":
            v = date_md(call)
        elif base == "d":
            v = str(R.randint(1, 28))
        elif base == "m":
            v = str(R.randint(1, 12))
        elif base == "hm":
            v = f"{R.randint(8, 20):02d}:{R.choice([0, 0, 30, 15, 45]):02d}"
        elif base == "t":
            v = f"{R.randint(0, 9999):04d}"
        elif base == "tail":
            v = tail_form(val("t" + name[4:]))
        elif name == "n":
            v = str(R.choice([4, 6, 8, 11, 17, 22, 26, 35, 41, 47, 53, 68, 76, 84]))
        elif name == "nbig":
            v = str(R.randint(91, 260))
        elif name == "per":
            v = str(R.choice([6, 12, 12, 18, 24, 36, 48, 60]))
        elif name == "k":
            v = str(R.randint(2, 11))
        elif name == "dleft":
            v = str(R.randint(3, 70))
        elif name == "cs":                      # customer's surname, shared by nm / xs
            v = R.choice(SUR)
        elif name == "nm":
            v = R.choice([f"{val('cs')}*{R.choice(GIV)}", f"{val('cs')}*{R.choice(GIV)}", f"{val('cs')}**",
                          f"{val('cs')}*"])
        elif name == "xs":
            v = val("cs") + R.choice(["先生", "女士"])
        elif name == "hon":
            v = R.choice([f"尊敬的{val('xs')}", "尊敬的客户", f"{val('nm')}", f"尊敬的{val('nm')}", f"{val('xs')}",
                          "您好"])
        elif base == "sur":
            v = R.choice(SUR)
        elif name == "job":
            v = R.choice(["", "", "C", "W", "JS", "HB", "TJ"]) + str(R.randint(1000, 99999))
        elif name == "firm":
            v = R.choice(FIRMS)
        elif name == "law":
            v = R.choice(LAWFIRMS)
        elif name == "court":
            v = R.choice(list(COURTS))
        elif name == "case":
            v = f"（{R.choice([2025, 2026, 2026])}）{COURTS[val('court')]}民初{R.randint(1200, 48000)}号"
        elif name == "tcase":
            v = f"（2026）{COURTS[val('court')]}民诉前调{R.randint(800, 29000)}号"
        elif name == "ecase":
            v = f"（2026）{COURTS[val('court')]}执{R.randint(300, 19000)}号"
        elif name == "med":
            v = R.choice(MED_ORG)
        elif name == "we":
            v = {"bank": R.choice(["我行", "本行"]), "rural": R.choice(["我社", "本行", "我行"])}.get(
                lender["kind"], R.choice(["我司", "本公司", "我们"]))
        elif name == "sig":
            v = R.choice(lender["sigs"])
        elif name == "link":
            code = "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(R.randint(4, 6)))
            v = lender.get("dom", "m.example.com") + "/" + code
        elif name == "land":
            v = land(facts)
        elif name == "staff":
            v = "小" + val("sur9")
        if v is None:
            raise KeyError(name)
        facts[name] = v
        return v

    return re.sub(r"\{(\w+)\}", lambda m: str(val(m.group(1))), t), facts


GROUPS = []


def G(family, slug, pool, bases, n, channel="sms", flags=(), sig="wrap", sender=None, roles=("客服",)):
    GROUPS.append(dict(family=family, slug=slug, pool=pool, bases=bases, n=n, channel=channel, flags=list(flags),
                       sig=sig, sender=sender, roles=roles))

AGENT = ("客服", "客服", "坐席", "工作人员")
COLLECT = ("催收员", "催收员", "工作人员", "对方", "催收")


# ================================================================== bill_statement
G("bill_statement", "push-short", ONLINE, [
    "{prod}本月账单{amt}已出，{md}到期",
    "您的{prod}账单已生成：{amt}，记得按时还哦",
    "新账单{amt}，最后还款日{md}",
    "账单提醒：{prod}应还{amt}（{md}）",
    "{m}月{prod}待还{amt}，打开{app}看明细",
    "叮～{prod}出账{amt}，{md}前还清不计罚息",
], 9)
G("bill_statement", "bank-terse", CARDS, [
    "信用卡{t}：{m}月账单{amt}，最低{minp}，到期{md}。",
    "尾号{t}卡本期应还{amt}，最低应还{minp}，最后还款日{md}，详询{hot}。",
    "{card}({t}) 账单日{d}日 本期应还{amt} 最低{minp}",
    "您{m}月信用卡账单{amt}已出，((含账单分期|含分期本金)){small}，还款日{md}。",
    "账单|卡{t}|应还{amt}|最低{minp}|到期{md}",
], 8)
G("bill_statement", "fields-multiline", ONLINE + BANKS, [
    "{prod}账单通知\n账单月份：{m}月\n应还金额：{amt}\n最后还款日：{md}\n还款入口：{app}-还款",
    "账单已出\n本期应还：{amt}\n最低还款：{minp}\n到期日：{md}\n((温馨提示：官方不会以任何理由要求您向个人账户转账|如已还款请忽略))",
    "还款计划更新\n借款产品：{prod}\n本期：第{k}期\n应还：{amt}\n扣款日：{md}（绑定卡{tail}）",
], 6)
G("bill_statement", "long-formal", CARDS, [
    "{hon}：您的{card}（尾号{t}）{m}月对账单已生成。本期应还款额{amt}，最低还款额{minp}，到期还款日{md}。"
    "本期账单含已入账的分期手续费{small}((及年费0.00元|，年费已按规定减免|))。全额还款可享受免息还款期；仅还最低还款额的，"
    "未还部分自银行记账日起按日计息。电子账单可在{cardapp}查阅，((如有疑问请致电{hot}|账单疑问请拨打{hot}))。",
    "尊敬的客户，您{m}月的信用卡电子对账单已发送至预留邮箱。本期应还{amt}，最低还款{minp}，到期还款日{md}。"
    "如未收到，请登录{cardapp}“账单”页面查看，或拨打{hot}申请补发。本行不会通过短信链接要求您输入卡号、密码或验证码。",
    "{card}账单说明：账单日为每月{d}日，本期账单周期内新增交易{k}笔，本期应还{amt}。您可选择全额还款、最低还款，"
    "或在到期日前通过{cardapp}申请账单分期（手续费以页面展示为准）。((逾期将按合同计收违约金。|到期日当天24点前还款均有效。))",
], 4)
G("bill_statement", "loan-plan", NEWCF + NEWPLAT, [
    "{hon}，您的{prod}借款（合同尾号{t}）第{k}期账单已出：本期应还{amt}，其中利息{small}，还款日{md}。可在{app}“我的借款”查看还款计划。",
    "{prod}借款账单：第{k}/{per}期，应还{amt}，还款日{md}，剩余未还本金可在{app}查询。",
    "本期{prod}还款计划已生成，应还{amt}。绑定卡余额充足时，{md}当天会自动扣款，无需手动操作。",
    "您在{brand}的借款本期应还{amt}（本金+利息），到期日{md}。提前还款按实际使用天数计息。",
], 6)
G("bill_statement", "chatty-app", NEWPLAT + NEWCF, [
    "你的{prod}{m}月账单出来啦：{amt}。还款日{md}，在{app}里一键就能还～",
    "📅 {prod}账单日到啦，本期{amt}，{md}前还就好，也可以开通自动还款，省心~",
    "Hi {nm}，{prod}账单{amt}已出，最迟还款日{md}。手头紧也别慌，App里可以看看账单分期。",
    "本月{prod}花销{amt}，已为你生成账单，到期日{md}。按时还款，信用更好哦😊",
], 6)
G("bill_statement", "min-payment", CARDS, [
    "{card}本期最低还款额{minp}。仅还最低还款额不会产生逾期记录，但未还部分将按日计息，并不再享受免息期。",
    "最低还款说明：本期应还{amt}，最低还{minp}可保持账户正常，未全额还款的部分不享受免息待遇。",
    "本期账单{amt}，您可以只还最低{minp}，剩余部分转入下期并计息。[[全额还款更划算哦。]]",
], 5)
G("bill_statement", "rural-interest", RURAL, [
    "{hon}：您在{brand}的{loan}本季度利息已结算，应付利息{small}，将于{md}从{card}{tail}扣收，请保持余额充足。",
    "{brand}贷款对账单：截至{md}，您的贷款余额{big}，本月应还利息{small}。如对账目有疑问请致电{hot}或到开户网点核对。",
    "您的农户贷款（借据尾号{t}）{m}月还款计划：还本{mid}，付息{small}，扣款日{md}。",
], 5)
G("bill_statement", "call-bill", CARDS + ONLINE, [
    "A：您好，这里是{brand}客服，请问是{xs}吗？\nB：是，什么事？\nA：您之前在{app}上对本期账单里一笔{small}的费用提出了疑问，我们核实了一下，这是您{md}办理的分期的手续费，已经按约定计入本期账单。\nB：哦，我以为是多扣的。那本期一共要还多少？\nA：本期应还{amt}，到期日是{md2}。每一笔明细在{app}里都能看，有问题随时打{hot}。\nB：好的，我知道了。\nA：另外提醒您，我们不会在电话里要您提供验证码，也不会让您转账到其他账户，感谢接听。",
    "A：喂，{xs}您好，我是{brand}的，工号{job}，来电是跟您说一下账单的事。\nB：账单怎么了？\nA：您本期账单{amt}已经出了，最后还款日{md}。我看您上个月只还了最低还款，这个月会有一部分利息，大概{small}，在账单里单独列了一行。\nB：只还最低也要利息啊？\nA：对，没全额还的部分是按日计息的。如果觉得压力大，可以在{app}申请账单分期，手续费提前能看到，您自己决定要不要办。\nB：那我先看看。\nA：好的，还款直接在{app}或者用自动还款就行，不打扰您了。",
    "A：您好，{brand}客服中心，我是工号{job}的客服，您的纸质账单连续两个月被退回了，想跟您确认一下地址。\nB：你怎么有我电话？骗子吧？\nA：您警惕是对的。我不需要您提供任何密码和验证码，只是提醒您{m}月账单{amt}已经出了，到期日{md}。您可以挂了电话自己打{hot}核实，或者在{app}里直接看账单、改地址。\nB：那我自己去App里看。\nA：好的，也可以改成电子账单，以后就不会退件了。",
    "B：喂，我想问一下我这个月账单怎么这么多？\nA：您好，请问是{nm}本人吗？麻烦报一下卡号后四位。\nB：{t}。\nA：好的，您本期应还{amt}，比上期多主要是因为有一笔{mid}的消费是在账单日前一天入账的，另外上期分期的第{k}期本金也在里面。\nB：原来是这样。那我能不能把这期再分一下？\nA：可以，您在{app}的账单页点“账单分期”，能看到每期金额和手续费，确认后就办好了，不用找任何人代办。\nB：好，谢谢。",
], 8, channel="call", roles=AGENT)

# ================================================================== due_reminder
G("due_reminder", "tomorrow-push", ONLINE, [
    "{prod}明天到期，应还{amt}",
    "明日还款日，{prod}待还{amt}，请留意",
    "还款提醒：明天（{md}）需还{amt}",
    "{prod}{amt}明日到期，卡里余额不足会扣款失败",
    "明天记得还{prod}哦：{amt}",
    "温馨提醒：{prod}本期{amt}明天到期~",
], 10)
G("due_reminder", "today-card", CARDS, [
    "今天是信用卡{t}最后还款日，应还{amt}，最低{minp}，已还请忽略。",
    "{card}今日到期，应还{amt}，可通过{cardapp}或柜面还款。",
    "温馨提示：您尾号{t}的信用卡今日到期，尚有{amt}未还，请于今日内还款。",
    "今天到期：{card}({t}) 应还{amt}",
], 6)
G("due_reminder", "days-ahead-card", CARDS, [
    "{hon}，您尾号{t}的{card}将于{md}到期，距今还有5天，本期应还{amt}，可通过{cardapp}、自动还款或网点柜台还款。",
    "您{card}本期账单{amt}将于一周后（{md}）到期，如已设置自动还款，请确认扣款卡余额。",
    "还款日临近：{card}{tail}，到期日{md}，应还{amt}，最低还款{minp}。",
], 5)
G("due_reminder", "cf-due", CF, [
    "{brand}提醒：您的{prod}本期应还{amt}，还款日{md}。可在{app}“还款”页主动还款，或保持绑定卡余额充足自动扣款。",
    "您有一笔{prod}借款{md}到期，应还{amt}。为避免影响信用，请确保尾号{t}银行卡余额充足。",
    "{nm}您好！您{prod}本期{amt}将在3天后到期。按时还款有助于保持良好信用，逾期将产生罚息。",
    "借款还款提醒｜{prod}｜第{k}期｜{amt}｜{md}到期",
], 7)
G("due_reminder", "rural-due", RURAL, [
    "{hon}您好，您在{brand}办理的{loan}（借据尾号{t}）将于{md}到期，到期应还本息{amt}，请提前将资金存入扣款账户，或到就近网点办理。[[如需续贷请提前到网点申请。]]",
    "您的农户小额贷款本季度结息日为{md}，应付利息{small}，请提前存入尾号{t}的{card}。",
    "贷款到期提醒：{nm}，您的{loan}{amt}将于{md}到期。{we}不会委托任何个人上门收取现金，请通过本人账户还款。",
    "{brand}提示：{md}是您贷款的结息日，利息{small}，卡里余额不够的话请这两天存一下。",
], 6)
G("due_reminder", "mortgage-car", LOANB, [
    "您的个人住房贷款本月应还{mid}，扣款日{d}日，扣款账户{tail}。请提前存足，避免产生逾期。",
    "按揭还款提醒：第{k}期月供{mid}将于{md}扣收，请留意账户余额。",
    "{hon}，您的个人汽车消费贷款本期{mid}将于{md}扣款，扣款卡{tail}。",
], 5)
G("due_reminder", "fields", ONLINE, [
    "还款提醒\n产品：{prod}\n待还金额：{amt}\n还款日：{md}\n还款入口：{app}",
    "到期提醒\n账户：{nm}\n应还：{amt}\n截止：{md} 24:00\n如已还款请忽略",
], 4)
G("due_reminder", "autodebit-heads-up", ONLINE, [
    "明日将从您尾号{t}的银行卡自动扣款{amt}（{prod}第{k}期），请确保余额充足。",
    "系统将于{md}发起代扣{amt}，扣款卡{tail}。如需改用其他本人银行卡，请在{app}更换。",
    "自动还款提示：{md}扣款{amt}。检测到绑定卡上次扣款失败，建议提前转入资金或手动还款。",
], 5)
G("due_reminder", "call-reminder", ONLINE + CARDS, [
    "A：您好，这里是{brand}还款提醒。您的{prod}本期应还{amt}，将于{md}到期。\nB：喂？喂？\nA：如您已还款，请忽略本次来电。还款请通过{app}或绑定银行卡自动扣款，我们不会要求您向任何个人账户转账。按时还款有助于保持良好的信用记录。如需人工服务，请拨打{hot}。重听请按1，结束请挂机。",
    "A：喂，您好，是{xs}吗？我这边是{brand}的客服，工号{job}。\nB：嗯，是我。\nA：打扰您一分钟，您的{prod}后天就到期了，应还{amt}，我看绑定的尾号{t}那张卡余额好像不太够，提醒您一下。\nB：哦，我后天发工资，来得及吗？\nA：到期当天24点前还上都不算逾期，系统当天会扣几次，工资到了就能扣上。\nB：那行。\nA：到时候要是不方便，也可以在{app}首页自己点还款。祝您生活愉快。",
    "A：您好，{brand}客服中心，请问是{nm}本人吗？\nB：对。\nA：提醒您一下，您的{prod}第{k}期{amt}明天到期。\nB：我这个月手头有点紧，能晚几天吗？\nA：理解。您可以在{app}里看看有没有延期还款的入口，符合条件的可以申请，结果会短信通知；没申请成功的话，逾期会有罚息，也会影响信用记录。\nB：那我先去App里看看。\nA：好的。另外提醒您，有人打电话说帮您办延期要收手续费的，别相信，官方办理都是免费的。",
    "A：您好，我是{brand}客服，工号{job}。您的{prod}本期{amt}{md}到期，我看您还没设置自动还款，提醒您一下。\nB：自动还款怎么设？\nA：在{app}的还款设置里绑定一张本人名下的储蓄卡，选“到期自动还款”就行，到时候卡里有钱会自动扣。\nB：会不会多扣？\nA：只扣当期应还的金额，扣完有短信通知。设置全程您自己操作，我们不会问您要验证码。\nB：好，我一会儿弄。",
    "A：{xs}您好，我是{brand}个贷中心的客户经理，姓{sur}。\nB：你好，什么事？\nA：您房贷的利率这个月按LPR调整了，月供变成{mid}，扣款日还是每月{d}号。\nB：少了多少？\nA：具体您在{app}的贷款详情里能看到新的还款计划。我主要是提醒您扣款前把钱存到尾号{t}的卡里，还款只走这张卡，不用转给任何人。\nB：好，知道了，谢谢你。\nA：不客气，有问题随时打{hot}。",
], 10, channel="call", roles=AGENT)
G("due_reminder", "call-rural-officer", RURAL, [
    "信贷员：喂，{xs}，我是{brand}镇上网点的信贷员{staff}啊。\n我：哦，{staff}啊，啥事？\n信贷员：你那个{loan}下个月{d}号到期了，本金{mid}加利息，到时候卡里要有钱。\n我：我家那批货还没卖出去，能不能续一下？\n信贷员：可以申请续贷，你带上身份证和户口本到网点来，我们重新评估。不用找中间人，也不收任何费用。\n我：那我下周过去。\n信贷员：行，来之前给网点打个电话，{hot}也能问。",
    "信贷员：{xs}在家吗？我是{brand}的{staff}，跟你说个事。\n我：说吧。\n信贷员：你那笔{loan}这个季度的利息{small}，{md}结息，我看你那张{card}里钱不太够。\n我：哎呀，钱都买化肥了。\n信贷员：那你这几天想办法存进去，差一点也先存，系统会先扣利息。别欠着，欠息也会上征信，影响明年再贷。\n我：好好，我让我儿子转进去。\n信贷员：对，转到你自己卡上就行，我们不收现金。",
], 4, channel="call")

# ================================================================== overdue_notice
G("overdue_notice", "day1", ONLINE + LOANB, [
    "您的{prod}已于昨日到期，应还{amt}尚未还清，今天还款可少计罚息。",
    "昨天是您的还款日，我们没有收到{amt}的还款。已还请忽略，未还请尽快在{app}处理。",
    "逾期第1天｜{prod}{amt}｜逾期将按日收取罚息，请尽快还款",
    "您的借款已逾期1天，待还{amt}。今天之内还清，对您影响最小。",
], 7)
G("overdue_notice", "day1-card", CARDS, [
    "{card}尾号{t}已过到期还款日，最低还款额{minp}尚未还足，请今日内还款。",
    "您的信用卡{t}本期未按时还款，欠款{amt}，逾期将产生违约金并影响信用记录。",
], 4)
G("overdue_notice", "day3", ONLINE + LOANB, [
    "{hon}，您的{prod}已逾期3天，待还{amt}（含罚息）。请尽快还款，逾期信息将按规定报送金融信用信息基础数据库。",
    "逾期3天了！{prod}{amt}还没还，再拖下去会影响你的信用记录，打开{app}就能还",
    "您在{brand}的借款逾期第3天，欠款{amt}。本短信为系统通知，还款请认准{app}，客服{hot}。",
], 5)
G("overdue_notice", "day15", ONLINE, [
    "您的{prod}逾期已15天，逾期金额{amt}。我们已多次提醒未果，请于{md}前处理，否则账户将转入贷后催收流程。",
    "温馨提示：您已连续15天未还款，逾期信息已报送征信机构。还清后请保存好还款凭证。",
    "{nm}：借款逾期半个月，待还{amt}。如遇困难，请在{app}提交还款困难说明，我们会评估是否可以调整还款计划。",
], 5)
G("overdue_notice", "day15-card", CARDS, [
    "{card}逾期15天，欠款{amt}，卡片已暂停使用，还清欠款后可申请恢复。",
    "您尾号{t}的信用卡已逾期半个月，未还最低还款额{minp}。本行将按规定报送您的逾期信息，请尽快通过{cardapp}还款。",
], 4)
G("overdue_notice", "day30", ONLINE + LOANB, [
    "您在{brand}的借款已逾期30天，欠款本息及罚息合计{amt}。{we}将依合同约定委托合规的第三方机构开展催收，请尽快通过{app}还款。",
    "{hon}，您的账户逾期已满一个月，欠款{amt}，账户额度已冻结。请立即还款，如有困难可致电{hot}申请还款安排。",
    "逾期满30天通知：{prod}欠款{amt}。持续逾期将影响您在各金融机构的贷款和信用卡审批。",
], 5)
G("overdue_notice", "day90-harsh", ONLINE + LOANB, [
    "{hon}：您的欠款{amt}已逾期{nbig}天，{we}已启动诉讼前准备工作。请于{md}前全额还款或致电{hot}协商，还款仅限{app}或您本人还款账户。",
    "您的{prod}逾期超过90天，欠款{amt}。{we}保留向人民法院提起诉讼的权利，诉讼费、律师费等依合同约定由您承担。",
    "最后通知：{nm}，您的借款逾期{nbig}天，{we}拟将本案移交法务部门。起诉前您仍可在{app}还清或申请分期。",
], 5, flags=["hard"])
G("overdue_notice", "day90-card", CARDS, [
    "严正提示：您尾号{t}的{card}欠款{amt}已逾期{nbig}天，经多次催收仍未归还。恶意透支经两次有效催收后超过三个月仍不归还的，可能被追究刑事责任。请立即通过{cardapp}还款。",
    "{hon}：您的{card}已逾期{nbig}天，欠款{amt}，{we}已停止您名下全部信用卡的使用，并将视情况依法起诉。请尽快归还欠款或致电{hot}申请个性化分期。",
], 3, flags=["hard"])
G("overdue_notice", "visit", NEWPLAT + CF + LOANB, [
    "因您的欠款{amt}逾期且预留电话长期无法接通，{brand}将安排工作人员近期按您登记的地址上门核实情况。工作人员会出示工作证件，不收取任何现金。",
    "{we}拟于{md}前后对您的逾期贷款进行实地走访，届时请配合。还款请存入您本人尾号{t}的还款账户，切勿将现金交给任何人。",
    "外访通知：您的账户已逾期{n}天，{brand}将依规开展上门核实，核实前会电话预约。如您已还款，请致电{hot}告知，以便取消外访。",
], 4, flags=["hard"])
G("overdue_notice", "contact-update", ONLINE, [
    "您的借款逾期{n}天，我们暂时联系不上您。如果换了手机号，请登录{app}更新联系方式；仍无法联系的，我们将依约联系您预留的联系人，仅用于确认您的联系方式，不会透露欠款信息。",
    "{nm}您好，多次致电未接通。您的{prod}逾期欠款{amt}，请回电{hot}或直接在{app}还款。",
], 3)
G("overdue_notice", "terse-bank", LOANB, [
    "贷款逾期：欠{amt}，请即存入还款账户。",
    "您的贷款已逾期{n}天，欠本息{amt}，请速还。",
    "尾号{t}账户贷款欠息{small}，请尽快存入。",
    "逾期提醒：{loan}欠款{amt}，详询{hot}",
], 6)
G("overdue_notice", "plat-push", NEWPLAT + NEWCF, [
    "{prod}已逾期{n}天，待还{amt}",
    "你有一笔逾期未还：{amt}，点开{app}处理",
    "⚠️{prod}逾期中，应还{amt}，每天都在产生罚息",
], 5)
G("overdue_notice", "old-style", CARDS, [
    "{nm}：您尾号{t}信用卡已逾期，欠款{amt}，请速还款，以免影响个人信用记录。",
    "尊敬的客户，您的信用卡欠款{amt}已逾期，为免产生更多费用，请尽快还款。如已还款请忽略。",
    "您{m}月账单未按时还款，现欠款{amt}，请尽快存入，谢谢合作！",
], 4, sig="old")
G("overdue_notice", "long-letter", LOANB + CF, [
    "{hon}：截至{md}，您在{we}的{prod}已逾期{n}天，欠本金{amt}及相应利息、罚息。根据借款合同约定，{we}已宣布部分贷款提前到期，"
    "并已按《征信业管理条例》报送逾期信息。请您于接到本通知之日起十日内通过{app}或到网点清偿。如对欠款金额有异议，请致电{hot}核对。"
    "{we}保留依法追究您法律责任的权利。",
    "逾期还款通知书\n借款人：{nm}\n借款产品：{prod}\n逾期天数：{n}天\n逾期金额：{amt}\n请于{md}前通过{app}还款。逾期不还的，{we}将采取包括但不限于"
    "委外催收、提起诉讼等措施。本通知不要求您向任何个人或第三方账户付款。",
], 3)
G("overdue_notice", "call-overdue", ONLINE + CARDS, [
    "A：您好，请问是{xs}吗？这里是{brand}信用卡中心。\nB：是我。\nA：您的{card}昨天是最后还款日，系统显示还差{minp}没达到最低还款。\nB：啊，我以为自动还款了。\nA：可能是扣款卡余额不够。您今天在{cardapp}把最低还款补上就行，我们有三天宽限期，宽限期内还上不会算逾期记录。\nB：好的，我马上还。\nA：好的，感谢您，祝您生活愉快。",
    "A：喂您好，{brand}贷后服务，请问是{nm}吗？\nB：你说。\nA：您的{prod}已经逾期十五天了，欠款{amt}，每天都在计罚息，逾期信息也已经报送征信了。\nB：我知道，最近生意不好。\nA：理解。您今天能先还一部分吗？在{app}里可以部分还款。\nB：只能先还一千。\nA：可以，您先还，剩下的给我一个明确的日期，我在系统里备注。长期困难的话，App里也能提交延期或分期申请。\nB：月底吧。\nA：好，我备注月底。钱只在App里还，不要转给任何个人。",
    "A：喂，{xs}您好，这边是{brand}的，您的{prod}逾期三天了，应还{amt}，是不是忘记了？\nB：啊，最近出差，真忘了。\nA：没关系，现在还上罚息很少，您打开{app}点“立即还款”就行。\nB：逾期三天会上征信吗？\nA：逾期信息是按规定如实报送的，早点还上，后面保持按时还款，影响就会小很多。\nB：好，我现在就还。\nA：好的，还完会有短信提醒。",
    "A：您好，我是{brand}客服，您的{prod}已经逾期{n}天了，金额{amt}。\nB：你是骗子吧？最近好多电话说我逾期。\nA：您警惕是对的。您不用在电话里告诉我任何信息，也不用转账给我。您挂了电话自己打开{app}，看看借款页面有没有逾期提示，或者打官方热线{hot}核实。\nB：那我自己查。\nA：好的。如果确实有逾期，就在App里还，那是唯一的还款入口。打扰您了。",
    "A：您好，{brand}客服，找一下{nm}。\nB：我是，怎么了？\nA：您的{prod}这期{amt}扣款失败了三次，现在已经逾期{n}天。\nB：我那张卡注销了，忘了换。\nA：那您在{app}的银行卡管理里绑一张本人名下的新卡，然后点立即还款。逾期期间的罚息系统会自动计算，还上以后按规定更新征信。\nB：能不能不上征信？\nA：已经报送的记录我们没法删除，谁说能删都是骗人的。您尽快还清，后面按时还就好。",
], 10, channel="call", roles=AGENT)
G("overdue_notice", "call-overdue-harsh", LOANB + CF, [
    "A：{xs}您好，我是{brand}个贷中心的，工号{job}。\nB：什么事？\nA：您的{loan}已经连续两个月没扣款成功了，欠本息{amt}，逾期三十多天。\nB：我换工作了，收入还没稳定。\nA：这种情况您可以到开户网点或者打{hot}申请调整还款计划，需要提供收入变化的证明。但批下来之前，欠款还是会继续计罚息，征信上也会有记录。\nB：那我这周去网点问问。\nA：好的，去之前可以先打电话预约。",
    "A：{xs}，我是{brand}信用卡中心的，您尾号{t}的卡已经逾期{nbig}天，欠款{amt}。\nB：我现在真没钱。\nA：我们已经给您寄过两次催收函，也打过很多次电话。按照规定，经两次有效催收超过三个月仍不还款的，可能涉嫌恶意透支，我行也在准备起诉材料。\nB：那我能怎么办？\nA：您有还款意愿的话，可以申请个性化分期，打{hot}提交，审批通过后按新方案还，银行会暂停催收。\nB：那我申请。\nA：好的，申请是免费的，不用找任何代理公司。",
    "A：您好，是{nm}吗？我是{brand}贷后管理部的，姓{sur}。\nB：是我，又怎么了。\nA：您的{prod}逾期{n}天，欠款{amt}，之前约的还款时间都没有履行。按流程我们要安排同事上门核实一下您的情况。\nB：上门？你们要来我家？\nA：上门之前会先电话预约，工作人员会出示工作证，只是了解情况、送达催收通知，不会收现金。您这几天在{app}里还上的话，上门就取消了。\nB：我周五之前还一部分。\nA：好，那我先登记周五。",
], 6, channel="call", flags=["hard"], roles=AGENT)
G("overdue_notice", "call-rural", RURAL, [
    "信贷员：喂，{xs}吗？我是{brand}的信贷员{staff}。\n我：哎，{staff}。\n信贷员：你那笔{loan}上个月到期没还，现在逾期{n}天了，欠本金{mid}，利息另算。\n我：今年收成不好，你们能不能宽限一下？\n信贷员：宽限得走正规手续，你来社里申请展期，我们报上去审批。在这之前逾期是会上征信的，以后再贷款就难了。\n我：那我明天去。\n信贷员：对，记得带身份证。还款就存到你自己那张{card}上，别给任何人现金。",
], 2, channel="call")

# ================================================================== autodebit_result
G("autodebit_result", "success-terse", ONLINE + LOANB, [
    "自动还款成功：{tail}扣款{amt}",
    "{prod}本期{amt}已自动扣款成功",
    "您的{loan}第{k}期{amt}已从尾号{t}账户扣收。",
    "代扣成功 {amt} {md}",
], 7)
G("autodebit_result", "fail", ONLINE, [
    "{prod}本期{amt}自动扣款失败，原因：银行卡余额不足。请在{app}主动还款。",
    "代扣失败：尾号{t}储蓄卡扣款{amt}未成功（卡片状态异常），请更换还款卡或主动还款。",
    "今日扣款未成功，应还{amt}，系统将于{hm}再次尝试扣款。",
    "扣款失败通知｜应扣{amt}｜原因：余额不足｜请于今日24点前还款",
], 7)
G("autodebit_result", "fail-bank", LOANB, [
    "您的{loan}今日应扣本息{amt}，因账户{tail}余额不足扣款失败，请当日存入资金。",
    "贷款扣款失败：账户余额{small}，应扣{amt}。",
    "{hon}，您尾号{t}的还款账户余额不足，{md}的月供未能扣收，请尽快存入以免逾期。",
], 5)
G("autodebit_result", "card-autopay", CARDS, [
    "您的{card}自动还款已从{tail}扣款{amt}，本期账单已还清。",
    "信用卡自动还款：应扣{amt}，实扣{part}，扣款账户余额不足，请尽快补足剩余{rest}。",
    "自动还款（最低额）已执行，扣款{minp}，剩余部分将计息。",
], 5)
G("autodebit_result", "partial", LOANB + ONLINE, [
    "本期应扣{amt}，实扣{part}，差额{rest}请在今日存入尾号{t}账户，系统晚间将再次扣款。",
    "您的{prod}本期部分扣款成功（{part}），尚欠{rest}，请在{app}补还。",
], 4)
G("autodebit_result", "card-expired", ONLINE, [
    "您绑定的扣款卡（尾号{t}）已过有效期，本期{amt}无法扣款，请在{app}“银行卡管理”中更换为本人名下借记卡。",
    "扣款卡尾号{t}已挂失或销户，代扣无法完成，请尽快更换扣款卡并手动还款{amt}。",
    "代扣授权已失效，本期{amt}需要您在{app}主动还款。",
], 4)
G("autodebit_result", "retry", ONLINE + LOANB, [
    "温馨提示：今日首次扣款未成功，系统将在今日{hm}及明日上午再次扣款，请确保尾号{t}卡余额不少于{amt}。",
    "二次扣款成功：{prod}{amt}已扣收，本期无逾期。",
], 3)
G("autodebit_result", "call-autodebit", LOANB + ONLINE, [
    "A：您好，{xs}吗？我是{brand}客服中心的，关于您今天的扣款。\nB：怎么了？\nA：您的{loan}今天应扣{amt}，账户里只扣到了{part}，还差{rest}。\nB：我昨天转进去了呀。\nA：可能是转账还没到账，或者被别的扣款先扣了，您在{app}里看一下余额和明细。今晚系统还会再扣一次，把差额存进尾号{t}的账户就行。\nB：我能直接转给你们吗？\nA：不用，我们不会让您转到任何其他账户，存到您自己的还款账户就可以。",
    "B：喂，我的{prod}显示扣款失败，怎么回事？\nA：您好，请问是{nm}本人吗？为了核实身份，请您说一下绑定卡的后四位。\nB：{t}。\nA：查到了，这张卡今天扣款时银行返回“交易受限”，可能是卡片设置了单笔限额。\nB：那怎么办？\nA：您可以在{app}换一张本人名下的卡，或者用其他方式主动还款，今天之内还上都不算逾期。\nB：好，我换张卡。\nA：对，全程在App里操作，客服不会要您的密码和验证码。",
], 4, channel="call", roles=AGENT)
G("autodebit_result", "call-card-autopay", CARDS, [
    "A：您好，这里是{brand}信用卡中心。您的{card}今天自动还款，应扣{amt}，实际扣到{part}。\nB：那剩下的怎么办？\nA：剩下的{rest}需要您在到期日前自己还，可以在{cardapp}点还款，也可以去网点，或者从其他银行转进您的信用卡。\nB：只还了部分会不会算逾期？\nA：只要达到最低还款额{minp}就不会算逾期，但没还的部分要计息。\nB：明白了，谢谢。\nA：不客气，以后可以把自动还款的扣款卡换成余额充足的那张。",
    "A：{xs}您好，{brand}信用卡中心，我是工号{job}的客服。您设置的自动还款，扣款卡是他行的借记卡，这期因为那边的协议过期了，没有扣成功。\nB：那怎么办，我不知道啊。\nA：没关系，到期日是{md}，还没过。您本期应还{amt}，可以在{cardapp}重新签一下他行扣款协议，或者这期先手动还。\nB：重签要去网点吗？\nA：不用，App里验证本人身份就能签。我们不会在电话里要验证码，您自己操作就行。",
], 4, channel="call", roles=AGENT)

# ================================================================== repayment_ok
G("repayment_ok", "received-short", ONLINE + LOANB, [
    "已收到您的还款{amt}，感谢！",
    "{prod}还款{amt}到账啦",
    "还款成功 {amt} {md}",
    "还款{amt}已入账，扣款卡尾号{t}。",
    "谢谢！本期{amt}已还清",
], 9)
G("repayment_ok", "settled", NEWCF + NEWPLAT, [
    "恭喜！您在{brand}的借款已全部结清，合同尾号{t}。结清状态将按规定报送征信系统。",
    "{prod}已结清🎉 这笔借款共还了{amt}，账户已无欠款。",
    "结清通知：您于{md}还清{prod}全部欠款{amt}，借款合同履行完毕。如需结清证明，可在{app}申请。",
    "您的借款已提前还清，本次还款{amt}，未收取提前还款手续费。",
], 7)
G("repayment_ok", "overdue-cleared", ONLINE + CARDS, [
    "您逾期的{amt}已全部还清，逾期状态已解除，账户恢复正常。还款记录将按规定更新至征信。",
    "感谢您还清欠款，催收已停止。如仍接到以{brand}名义的催收电话，请致电{hot}反馈。",
    "欠款已结清，受托催收机构已同步撤案，今后不会再就此笔欠款联系您。",
    "您已还清逾期欠款{amt}，额度将在审核后恢复，请留意后续通知。",
], 6)
G("repayment_ok", "card-received", CARDS, [
    "{card}{tail}于{md}收到还款{amt}，当前剩余应还{amt2}。",
    "您的还款{amt}已存入{card}（尾号{t}），本期账单已还清。",
    "还款到账：卡{t} +{amt}，可用额度已恢复。",
], 5)
G("repayment_ok", "installment-received", ONLINE + LOANB, [
    "第{k}/{per}期还款{amt}已收到，下期还款日{md}。",
    "{loan}月供{amt}已扣收，感谢您按时还款。",
    "本期还款完成：{prod}第{k}期{amt}，剩余期数及金额可在{app}查看。",
], 5)
G("repayment_ok", "plan-paid", ONLINE + CARDS, [
    "您的个性化分期第{k}期{amt}已还款成功，请继续按方案按时还款，方案期间不再计收罚息。",
    "协商还款方案履约提醒：本期{amt}已到账，感谢您按约还款。",
], 3)
G("repayment_ok", "rural-counter", RURAL, [
    "您于{md}在{brand}网点柜台归还贷款本息{amt}，已入账，借据尾号{t}。",
    "{hon}：您的{loan}已全部还清，感谢您对{brand}的支持。需要结清证明请到开户网点办理。",
], 3)
G("repayment_ok", "call-repayment", ONLINE + LOANB, [
    "B：你好，我昨天在{app}把逾期的{prod}都还了，怎么还有人打电话催我？\nA：您好，请问是{nm}本人吗？我帮您查一下。系统显示您{md}还款{amt}，已经结清了，催收流程今天会关闭，可能是数据同步有一天的延迟。\nB：那征信呢？\nA：我们会在下个报送周期更新为已结清。要是还有人以我们名义找您要钱，您别理会，打{hot}告诉我们。\nB：好的。\nA：感谢您，祝您生活愉快。",
    "A：{xs}您好，我是{brand}个贷中心的，您申请的提前还款已经办好了。\nB：一共扣了多少？\nA：本金和当期利息一共{amt}，已经从您尾号{t}的账户扣了，贷款现在是结清状态。\nB：那抵押怎么办？\nA：您带身份证到经办网点领结清证明和解押材料，然后去不动产登记中心办注销。这些都不收费，有人说帮您代办要收钱的不用理。\nB：好，谢谢。",
    "A：您好，{brand}客服，请问有什么可以帮您？\nB：我那笔{prod}上个月还清了，现在办房贷，银行要结清证明。\nA：好的，您在{app}里“我的—借款记录”找到那一笔，点“结清证明”，可以下载带电子章的版本。\nB：纸质的能寄吗？\nA：可以，我帮您登记，三到五个工作日寄到您预留的地址，不收邮费。\nB：太好了，那征信上显示结清了吗？\nA：显示的是上次报送的状态，一般一个月内更新，您可以自己免费查一次。",
    "A：您好，{brand}客服中心，{xs}吗？您{md}还进来的{amt}已经入账，逾期欠款全部还清了。\nB：那额度什么时候能恢复？\nA：额度恢复需要重新审核，一般三到五个工作日，结果短信通知您。\nB：征信那边呢？\nA：会按实际还款情况报送，这期显示已还清。以前的逾期记录按规定保留，没有人能删除，有人说花钱能删的您别信。\nB：知道了，谢谢。",
], 8, channel="call", roles=AGENT)

# ================================================================== official_negotiation
G("official_negotiation", "personal-installment", CARDS, [
    "{hon}，如您暂时无法足额还款，可申请个性化分期，最长60期，请通过{cardapp}“还款—协商还款”或致电{hot}办理，{we}不收取任何中介费用。",
    "您的{card}欠款{amt}符合个性化分期申请条件，请致电{hot}或到网点办理。申请免费，请勿委托任何第三方。",
    "您申请的个性化分期已审批通过：欠款{amt}分{per}期，每期约{perp}，首期还款日{md}。分期期间停止计收罚息，请按期还款。",
    "个性化分期申请已受理，我们将在3个工作日内审核，结果以短信通知。办理过程不收费，请勿相信代办。",
], 7)
G("official_negotiation", "deferral-online", ONLINE, [
    "{prod}延期还款申请已通过，本期{amt}顺延至{md}，延期期间按约定计息。",
    "如因失业、疾病等原因还款困难，可在{app}“我的—还款困难帮助”提交延期申请，审核结果将短信通知。",
    "您的{prod}还款计划调整方案已生成：剩余欠款{amt}分{per}期，每期{perp}。请在{app}确认签约后生效。",
    "您提交的延期申请未通过审核，原因：材料不完整。可在{app}补充材料后重新提交，或致电{hot}。",
], 7)
G("official_negotiation", "settlement-discount", ONLINE + CARDS, [
    "{hon}，您的逾期账户符合一次性结清减免条件，只需还{disc}即可结清（原欠款{amt}），请于{md}前在{app}还款，逾期方案失效。",
    "减免方案通知：还清本金后，剩余利息罚息予以减免。具体金额仅在{app}“我的欠款”页面展示，请勿向任何个人转账。",
    "您申请的罚息减免已审批：减免{small}，减免后应还{disc}，请在{md}前一次性还清。",
], 5)
G("official_negotiation", "anti-agent", ALL, [
    "近期有不法分子冒充“代理停息挂账”收取费用。{we}的协商还款全程免费，只能由您本人通过{app}或{hot}申请。",
    "提醒：{brand}从未与任何“债务优化”“停息挂账”机构合作。如需调整还款，请直接联系我们，无需支付任何服务费。",
    "有人自称能帮您“全额停息、减免本金”并收取手续费？请立即拒绝。{brand}的分期和延期只在官方渠道免费办理。",
], 5, flags=["hard"])
G("official_negotiation", "reply-code", CARDS, [
    "您的{card}已逾期，如需申请分期还款，请回复“1”，我行客服将在2个工作日内致电；回复即视为同意我行查询您的账户情况。",
    "您可申请将逾期欠款{amt}转为分期，回复FQ{per}申请{per}期，以审核结果为准。",
], 3)
G("official_negotiation", "branch-counter", RURAL + CITY, [
    "{hon}：您在{brand}的贷款如确有困难，可携身份证到开户网点申请展期或调整还款计划，也可致电{hot}咨询。",
    "您的{loan}将于{md}到期，如需续贷，请于到期前携身份证、收入证明到网点办理，{we}不收取任何中介费用。",
    "{brand}温馨提示：受自然灾害影响的农户和个体户，可到网点申请贷款延期，延期不收费、无需中间人。",
], 4)
G("official_negotiation", "outcome-confirm", ONLINE + CARDS, [
    "协商结果通知：您的还款方案已生效，共{per}期，每月{d}日还款{perp}，首期{md}。按期还款期间不再催收。",
    "您已签署还款计划变更协议，原逾期欠款已重新分期。请注意：方案期内如再次逾期，方案将失效并恢复原合同约定。",
], 3)
G("official_negotiation", "call-negotiation", CARDS, [
    "我：你好，有个公司打电话说能帮我把{card}停息挂账，收我三千块服务费，这是你们合作的吗？\nA：{xs}您好，{brand}没有和任何代理机构合作办理停息挂账。您要是确实还款困难，可以直接跟我们申请个性化分期，全程免费。\n我：那我能分多少期？\nA：要根据您的收入情况审批，最长可以到60期。您在{cardapp}里提交申请，或者现在我帮您登记。\n我：你帮我登记吧。\nA：好的。千万别把身份证、银行卡给那些公司，也别付钱，他们说能办的您自己打{hot}都能办。",
    "A：{xs}，您好，我是{brand}信用卡中心的，您申请的个性化分期已经审批下来了。\nB：怎么分的？\nA：欠款{amt}分{per}期，每期大概{perp}，第一期{md}还。分期期间不再收罚息，也会暂停催收。\nB：要签什么吗？\nA：协议在{cardapp}里电子签约，您确认之后就生效。要是中途再逾期，方案可能会取消，您要按时还。\nB：好的。\nA：还款还是存到您这张信用卡里，别给任何人转账。",
    "A：您好，这里是{brand}客户服务中心，您在官网留言说想协商还款，我给您回个电话。\nB：对，我有好几张卡都逾期了。\nA：我们只能处理{brand}的卡。您的欠款{amt}，可以申请停息分期，也就是个性化分期，最长五年。\nB：需要什么材料？\nA：收入证明或者困难证明，在{cardapp}上传照片就行。其他银行的卡您要分别打他们的官方客服。有人说一次帮您搞定所有银行、要收钱的，那是中介。\nB：明白了。",
    "我：我之前交了两千给一个公司，说帮我跟你们协商停息，现在那公司联系不上了。\nA：{xs}，很遗憾，我们没有收到任何代理机构的协商申请，也不和这类公司合作。建议您保留付款记录，拨打110或者96110报警。\n我：那我的欠款怎么办？\nA：您现在直接跟我们申请就可以。您的欠款是{amt}，在{cardapp}里提交个性化分期申请，不收费，结果三个工作日内通知您。\n我：好，我马上申请。\nA：以后有人要您交钱“协商”，直接挂掉就行。",
], 8, channel="call", flags=["hard"], roles=AGENT)
G("official_negotiation", "call-negotiation-online", ONLINE, [
    "A：您好，{brand}客服，请问是{nm}吗？您之前在{app}里提交了还款困难申请，我跟您核实一下情况。\nB：是的，我住院两个月，没有收入。\nA：理解。您目前欠款{amt}，根据您的情况，可以申请延期三个月，延期期间正常计息，但不计罚息。\nB：那要交什么费吗？\nA：不收任何费用。您在App里会收到方案，点确认就行。外面有人说要收费帮您办的，都不是我们。\nB：好的，谢谢你。",
    "A：{xs}您好，我是{brand}贷后的客服，工号{job}。\nB：嗯。\nA：您的{prod}逾期比较久了，目前欠款{amt}。这个月公司有一个结清减免的方案，您要是一次性还清，可以减免部分罚息，大概只需要还{disc}。\nB：真的假的？钱打到哪？\nA：减免后的金额在{app}的“我的欠款”里直接能看到，您在App里还就行，不用转给任何人。\nB：那我去看看。\nA：好的，这个方案{md}之前有效。",
    "B：我那个{prod}欠了{amt}，能不能只还本金？\nA：{xs}您好，减免要根据您的情况审核，不是所有账户都能减，我先帮您看一下。您的账户目前没有减免方案，但可以申请分期还款，分{per}期，每期大概{perp}。\nB：网上说找人协商能减一半。\nA：那些都是收费的代理，很多就是诈骗。能不能减、减多少，只有我们系统里的方案算数，您在{app}里能看到。\nB：那先分期吧。\nA：好的，我给您提交申请，结果会短信通知您。",
    "A：您好，是{nm}吗？这里是{brand}，工号{job}。看您最近连续两期没还上，想了解一下是不是遇到什么困难。\nB：公司欠薪，确实没钱。\nA：我们可以给您做一个还款计划调整，把剩下的{amt}重新分成{per}期，每期大概{perp}，从下个月开始。\nB：征信会不会受影响？\nA：已经发生的逾期会如实报送，调整以后按新计划还就不会新增逾期。方案会推送到{app}，您确认就生效。\nB：好，我看看。",
    "A：您好，{brand}客服，您在App里申请了延期还款，我跟您核实几个信息。\nB：你怎么证明你是{brand}的？\nA：您可以不告诉我任何信息。您挂断后打{hot}，说要核实延期申请，那边同事也能帮您办。我们不会要您的密码、验证码，也不会让您转账。\nB：那你先说说方案。\nA：您的{prod}本期{amt}可以顺延一个月，到{md}，延期期间正常计息。方案已经推送到{app}的消息中心了。\nB：好，我打官方电话再确认一下。",
], 10, channel="call", roles=AGENT)
G("official_negotiation", "call-branch-extension", RURAL + CITY, [
    "客户经理：喂，{xs}吗？我是{brand}的客户经理{staff}，您上周来问的展期申请批下来了。\n我：哦，好啊。\n客户经理：您那笔{loan}本金{mid}，展期一年，利率不变，下周一来网点签合同就行。\n我：需要交什么手续费吗？\n客户经理：不用交任何钱。记得带身份证，本人来办。之前那个说帮您“找关系”的人，您别再联系了，根本不需要。\n我：好，我下周一去。",
], 2, channel="call")

# ================================================================== collection
G("collection", "outsourced-sms", ONLINE, [
    "【{firm}】受{brand}委托，提醒您{prod}逾期{n}天，欠款{amt}。请通过{app}还款，我司不接收任何款项。核实委托关系请致电{hot}。",
    "{nm}您好，{firm}受{org}委托与您联系：您的欠款{amt}已逾期{n}天。还款渠道仅为{app}，请勿向任何个人账户转账。工号{job}。",
    "尊敬的{nm}，您在{brand}的逾期账户已委托我司（{firm}）提供催收服务，委托期限至{md}。请尽快登录{app}处理，如有异议可向{brand}官方客服{hot}反映。",
    "您好，这里是{firm}，今天三次致电您均未接通。您在{brand}的欠款{amt}已逾期{n}天，请回电{land}或直接在{app}还款。",
    "{firm}提醒：{brand}委托案件，账户尾号{t}，欠款{amt}，如已还款请忽略本短信。",
], 9, sig="none", sender="firm", flags=["hard"])
G("collection", "outsourced-card-sms", CARDS, [
    "{firm}受{brand}信用卡中心委托通知：您尾号{t}的{card}欠款{amt}已逾期{n}天，请将款项存入您本人的信用卡账户，我司不代收任何款项。",
    "{nm}：{brand}已将您的信用卡逾期账户委托我司催收，欠款{amt}。您可通过{cardapp}、柜面或自动还款还款，对委托有疑问可拨{hot}核实。【{firm}】",
], 4, sig="none", sender="firm", flags=["hard"])
G("collection", "inhouse-sms", ONLINE + LOANB, [
    "{brand}资产管理部：您的{prod}逾期{n}天，欠款{amt}。我们将依约开展电话及信函催收，请尽快还款。",
    "{prod}贷后提醒：我们已于{md}向您预留地址寄出催收函，请查收并尽快还款。",
    "这是{brand}贷后部门的第二次书面提醒：欠款{amt}，请在{md}前处理，否则将依合同移交外部机构。",
], 6)
G("collection", "lawyer-letter", ONLINE + CARDS, [
    "{law}受{org}委托，就您拖欠的借款{amt}向您发出律师函：请于收到之日起7日内通过{app}还款，否则委托方将依法提起诉讼。纸质律师函已寄送至您预留地址。",
    "律师函送达提醒：{nm}，{law}已就您与{brand}的借款合同纠纷向您寄送律师函。还款或协商请直接联系{brand}官方客服{hot}，本所不收取任何款项。",
], 4, sig="none", sender="land", flags=["hard"])
G("collection", "visit", NEWPLAT + CF + CARDS, [
    "{firm}受{brand}委托，将于{md}对您进行外访。外访人员会出示工作证和委托书，不收取任何现金，还款仅限{app}。",
    "外访预约：您的{brand}欠款{amt}已逾期{n}天，我司外访人员拟于本周前往您登记的地址，如您已还款请回电{land}取消。【{firm}】",
], 3, sig="none", sender="firm", flags=["hard"])
G("collection", "plan-via-agency", ONLINE, [
    "{nm}您好，委托方{brand}本月为您的逾期账户开放了分期方案，可在{app}“我的欠款”查看并确认。{firm}仅负责通知，不收取任何费用。",
    "【{firm}】{brand}同意为您减免部分罚息，请在{app}查看减免后的应还金额并在App内还款。任何要求您转账到个人账户的都是诈骗。",
], 3, sig="none", sender="firm")
G("collection", "call-outsourced", ONLINE, [
    "A：您好，我是{firm}的工作人员，工号{job}，受{brand}委托联系您，请问是{nm}本人吗？\nB：又是你们，烦不烦。\nA：打扰了。您的{prod}已经逾期{n}天，欠款{amt}，今天打电话是想跟您确认一个还款时间。\nB：我说了没钱。\nA：那您可以先还一部分，在{app}里操作，钱直接进{brand}的账户，我们公司不经手。真困难的话，也可以在App里申请分期。\nB：下周再说。\nA：好，我给您登记下周三，到时候再跟您确认。",
    "A：{xs}您好，这里是{firm}，受{org}委托跟您联系欠款的事。\nB：什么公司？我怎么知道你们是真的？\nA：您可以拨打{brand}官方客服{hot}，问一下您的账户是不是委托给了我们公司。我们不需要您提供任何密码，也不会让您转账给我们。\nB：那欠多少？\nA：{prod}逾期{n}天，欠款{amt}。核实以后请您在{app}还款。\nB：行，我先打电话问问。\nA：好的，我工号是{job}，问的时候可以报这个工号。",
    "A：{nm}，我是{firm}的，受{brand}委托，工号{job}。您这笔欠款{amt}已经逾期{nbig}天了，委托方通知我们，如果本月还没有还款，会移交律师起诉。\nB：起诉就起诉，我没钱。\nA：我们是把情况如实告诉您。起诉以后会有诉讼费，判决生效不履行的可能被强制执行。这些都能避免，您现在在{app}申请分期，先还首期。\nB：分期要多少？\nA：具体以App里的方案为准。您别转钱给任何个人，包括我。",
    "A：您好，请问{nm}在吗？\nB：他不在，我是他家里人，你哪位？\nA：我是{firm}的，有事情需要他本人处理，麻烦您转告他回个电话，号码是{land}。\nB：什么事？他欠钱了？\nA：具体情况只能跟本人沟通，不方便跟您说，抱歉。\nB：你们是不是催债的？我们家不会替他还。\nA：您放心，我们不会要求家人还款，只是请您转告他回电，或者让他自己登录{brand}的官方App看一下消息。谢谢您，打扰了。",
    "B：我上个月已经把钱转给一个说是你们的人了！\nA：{xs}，请问您转到哪个账户了？\nB：一个私人银行卡，他说是{brand}的对公账户。\nA：那不是{brand}的账户。我们和委托方都只接受您在{app}里还款，或者存到您本人的还款账户。您那笔钱系统里没有记录，建议您马上报警，拨110或者96110。\nB：那我现在欠多少？\nA：系统显示还是{amt}。您先报警，然后在App里看一下能不能申请分期。",
    "A：{xs}您好，我是{firm}外访组的，受{brand}委托，工号{job}。按流程我们计划这周四去您登记的地址拜访。\nB：你们要来我家？我不同意。\nA：理解。上门前我们一定会跟您确认时间，人员会带工作证和委托书，只是当面了解情况，不收任何钱。您这两天在{app}里还款或者申请分期的话，外访就取消了。\nB：我明天先还一部分。\nA：好的，还了以后系统会同步给我们，我就把外访撤了。",
    "A：您好，{nm}，我是受{brand}委托的{firm}的，工号{job}。上次您说想申请减免，我帮您提交给委托方了，今天有结果了。\nB：批了吗？\nA：批了一部分，罚息可以减{small}，减免后一次性还{disc}就能结清，方案{md}前有效。\nB：那钱打给你们吗？\nA：不是，您打开{app}，在“我的欠款”里能看到减免后的金额，直接在App里还。我们公司不收任何钱。\nB：好的。",
    "B：你们催收公司能不能帮我停息挂账？网上说能办。\nA：{xs}，我们只是受{brand}委托催收，办不了停息挂账，网上收费办理的也别信。您真的困难，可以在{app}申请分期，或者打{hot}，这是免费的。\nB：那你们是不是就不打了？\nA：方案批下来签了以后，委托方会把您的案子撤回，我们就不再联系您。\nB：那我去申请。\nA：好的，申请提交以后告诉我一下，我这边暂停跟进。",
    "A：{xs}您好，我是{firm}的小{sur}，受{brand}委托，上周跟您约了今天还款，想问一下处理了吗？\nB：哦，忘了，我现在就还。\nA：好的，您在{app}里还就行，还了以后系统第二天会同步。这期还的是{amt}。\nB：还完就不会再打电话了吧？\nA：对，结清以后我们就不再联系您。有问题可以打{brand}官方客服{hot}。\nB：好。",
], 18, channel="call", sender="collector", roles=COLLECT)
G("collection", "call-inhouse", ONLINE + CARDS, [
    "A：喂，{nm}吗？我是{brand}贷后的，您的{prod}逾期{n}天了，欠款{amt}，之前承诺的还款日期也过了。\nB：我最近失业了。\nA：那您更要跟我们沟通，不要失联。您在{app}里提交一下失业证明，可以申请延期或者降低月还款。\nB：征信是不是已经花了？\nA：逾期超过一定天数都会如实报送征信。等您还清以后，记录会显示为已结清。现在最重要的是先把方案定下来。\nB：好，我今晚提交。",
    "A：{xs}，{brand}信用卡中心，您的{card}欠款{amt}已逾期{n}天，今天给您打了好几次电话。\nB：我在上班，不方便。\nA：那我长话短说，您今天下午五点前至少还最低{minp}，否则账户会进入下一阶段催收，可能委托外部机构。\nB：五点前还不上，明天行吗？\nA：明天中午前吧，我备注一下。还款就在{cardapp}，或者转到您自己的信用卡里。\nB：行。",
    "A：您好，请问您认识{nm}吗？我们是{brand}的，他留的是您的号码作为联系人。\nB：认识，怎么了？\nA：我们最近联系不上他，想麻烦您转告他给我们回个电话，号码{hot}。\nB：他是不是欠钱了？\nA：具体的事情我们不方便说，只是请他本人联系我们。您不用替他做任何事，打扰您了，不会因为这件事频繁打扰您。\nB：行，我跟他说。",
    "A：{xs}，我是{brand}贷后管理中心的，工号{job}。您的{prod}欠款{amt}已经逾期{nbig}天，我们这边准备把您的案件移交委外机构和法务部门。\nB：你们别吓唬我。\nA：不是吓唬您，是按流程告知您。移交以后会有第三方公司联系您，他们也只能让您在{app}里还款，不会收钱。您现在处理的话，就还在我们这边跟进。\nB：那我能先还一半吗？\nA：可以先还一部分，剩下的我给您申请一个分期方案，批下来在App里确认。",
], 8, channel="call", roles=("客服", "工作人员", "贷后专员"))
G("collection", "call-lawyer", ONLINE + CARDS, [
    "律师助理：您好，我是{law}的律师助理，受{org}委托，就您欠款的事跟您联系。请问是{nm}吗？\n我：是，律所找我干嘛？\n律师助理：您在{brand}的借款{amt}已经逾期{nbig}天，委托方准备提起诉讼，我们会先寄律师函到您的户籍地址。\n我：我不是不想还，是分不了那么多期。\n律师助理：您可以直接打{brand}官方客服{hot}申请分期，方案确定后委托方一般会暂缓起诉。本所不收取任何款项，请不要相信让您转账到个人账户的人。\n我：好，我今天打。",
], 2, channel="call", sender="land", flags=["hard"])

# ================================================================== court_notice
G("court_notice", "12368-filing", COURTPOOL, [
    "【{court}】{nm}，{org}诉你借款合同纠纷一案，本院已于{md}立案，案号{case}。诉讼材料已通过人民法院在线服务送达，请及时查看，咨询请拨12368。",
    "{court}：你有一件新收案件，案号{case}，原告{org}，请于收到起诉状副本之日起十五日内提交答辩状。本短信不含链接，请自行打开“人民法院在线服务”小程序查看。",
    "12368提醒：你作为被告的{case}借款纠纷已立案，承办法官为{sur}法官，可拨打12368转接联系。【{court}】",
], 6, sig="none", sender="12368")
G("court_notice", "mediation", COURTPOOL, [
    "【{court}】{med}：{org}就你欠款{amt}申请诉前调解，承办调解员将于近日通过12368或法院固定电话与你联系。调解不收费，达成协议后款项直接还给{org}。",
    "{court}：你与{org}的纠纷，案号{tcase}，调解安排在{md}下午，线上视频进行，入口为“人民法院在线服务”。",
    "调解成功告知：{tcase}已达成调解，你应于{md}前向{org}还款{amt}，还款请使用{org}官方还款渠道。—{court}",
], 6, sig="none", sender="12368")
G("court_notice", "judgment-enforce", COURTPOOL, [
    "【{court}】{case}判决已生效，请按判决向{org}履行还款义务，可通过{org}官方渠道还款后向本院提交还款凭证。逾期不履行的，申请人可申请强制执行，你可能被纳入失信被执行人名单。",
    "{court}执行通知：{org}申请执行你借款合同纠纷一案，案号{ecase}，请于{md}前履行。可至本院执行局或拨打12368咨询。",
    "【{court}】{ecase}：你已按和解协议履行完毕，本案执行终结。",
], 5, sig="none", sender="12368")
G("court_notice", "lender-court-notice", ONLINE + LOANB, [
    "{brand}法务部：因您欠款{amt}长期未还，{we}已向{court}提交立案材料，后续法院将通过12368送达文书。立案前您仍可在{app}还清或申请分期，以避免诉讼。",
    "{hon}，{we}已就您的欠款向法院申请诉前调解，调解员会与您联系。调解免费，请留意12368来电和短信。",
    "起诉告知：{nm}，您的{prod}欠款{amt}已于{md}向{court}起诉。诉讼期间还款请继续通过{app}，任何人要求您转账至个人账户均为诈骗。",
], 5)
G("court_notice", "hearing", COURTPOOL, [
    "【{court}】{case}定于{md}上午9时30分开庭审理，((地点为本院第二法庭|采用在线方式进行))。你无正当理由拒不到庭的，本院可依法缺席判决。",
    "{court}提醒：你与{org}借款合同纠纷案明日开庭，请携带身份证原件及证据材料准时到庭。",
], 3, sig="none", sender="12368")
G("court_notice", "call-court", COURTPOOL, [
    "调解员：您好，我是{court}{med}的调解员，姓{sur}，请问是{nm}吗？\n我：法院？什么事？\n调解员：{org}就您的借款纠纷申请了诉前调解，欠款{amt}，想问问您有没有调解意向。\n我：我有意向，但是一次拿不出来。\n调解员：可以提分期方案，我们组织双方在线调解。调解达成后，钱直接还给{org}，法院不经手任何款项，也不收调解费。您可以拨打12368核实我的身份。\n我：好，那你安排吧。\n调解员：调解通知会通过人民法院在线服务发给您，注意查收。",
    "法官助理：喂，{nm}吗？这里是{court}立案庭，我是法官助理，姓{sur}。\n我：你好。\n法官助理：{org}起诉你的借款合同纠纷已经立案了，案号{case}，起诉状副本已经通过短信和在线服务送达，你看一下，十五天内可以提交答辩意见。\n我：能不开庭直接解决吗？\n法官助理：你可以和原告协商，协商好了原告撤诉，或者在法院主持下调解。协商请找{brand}官方渠道，还款也只能还到原告的官方账户或者按调解书约定。\n我：好的，我先联系他们。\n法官助理：有问题打12368，报案号就能查。",
    "执行员：您好，{court}执行局，找一下{nm}。\n我：我是，又怎么了？\n执行员：{org}申请强制执行你的案子，{ecase}，判决确定你应还{amt}，一直没有履行。\n我：我现在没有那么多钱。\n执行员：你可以跟申请人协商执行和解，分期履行。钱按和解协议付到{org}的账户，或者付到法院的执行款专户，法院会出具正式票据，不要付给任何个人。\n我：那我怎么联系{brand}？\n执行员：打他们官方客服{hot}就行，和解协议要提交给法院。",
    "调解员：您好，这里是{court}诉调对接中心，我是特邀调解员，姓{sur}。\n我：法院也打电话啊？现在骗子都说自己是法院的。\n调解员：您警惕是对的。我们不会让您转账，也不会要您的银行卡密码。您可以挂了电话自己拨12368，报调解案号{tcase}，就能转到我这里。\n我：那到底什么事？\n调解员：{org}就您{prod}的欠款{amt}申请调解，调解是免费的，您要是同意，我们约个时间线上调解。\n我：我先打12368问问。",
    "法官助理：{xs}您好，我是{court}的法官助理，您和{org}的调解书已经出了，第一期{perp}应该在{md}前还。\n我：还到哪里？\n法官助理：调解书上写的是还到{org}的官方还款渠道，就是{app}，您按期还，还款记录自己保留好。\n我：要是某个月晚了呢？\n法官助理：调解书有约定，有一期没按时还，对方可以就剩余全部欠款申请强制执行，所以一定按期还。\n我：明白了。",
    "调解员：{nm}您好，我是{court}的调解员，姓{sur}。您和{org}的调解，对方不同意您提出的分{per}期方案。\n我：那怎么办？\n调解员：对方提出最多分十二期，您考虑一下。如果双方还是谈不拢，案件就转入诉讼程序，法院会正式送达传票。\n我：十二期我每个月还不起。\n调解员：您可以提供收入证明，我再跟对方沟通。这个过程不收任何费用，您也不用给谁打钱，有疑问打12368。\n我：好，我把材料准备一下。",
    "我：你好，我收到一个短信说{org}起诉我了，案号是{case}，我想确认是不是真的。\n话务员：您好，这里是12368诉讼服务热线。请提供一下您的姓名和身份证后四位。\n我：{nm}，后四位{t}。\n话务员：查到了，{court}已经立案，原告是{org}，案由是金融借款合同纠纷，承办法官已经排期。\n我：那他们说的还款怎么还？\n话务员：法院不代收款项。和解或者还款请联系原告的官方客服，您也可以等调解员联系。短信里如果有非法院域名的链接或者让您转账，那就不是法院发的。\n我：好的，谢谢。",
], 14, channel="call", sender="court", flags=["hard"])

# ================================================================== credit_relief_notice
G("credit_relief_notice", "customer-specific", ONLINE + CARDS, [
    "您好，人民银行一次性信用修复政策已落地：您名下{prod}有一笔{ramt}的逾期，在2026年3月31日前还清即可自动适用，无需提交任何申请。",
    "{hon}：按照政策，单笔1万元以下、发生在2020年至2025年间的逾期，2026年3月31日前结清后将不再展示。您的逾期余额为{ramt}，请通过{app}还款。{we}未授权任何机构代办。",
    "距一次性信用修复还款截止日（3月31日）还有{dleft}天，您在{brand}仍有逾期欠款{ramt}。",
    "您的逾期{ramt}符合一次性信用修复条件。温馨提示：政策“免申即享”，无需找人、无需交费，还清即可。",
], 7)
G("credit_relief_notice", "after-repay", ONLINE + CARDS, [
    "您已还清逾期欠款{ramt}。按政策，本笔逾期将在还清次月末前不再展示，查询个人信用报告请通过征信中心官网或银行网点，均免费。",
    "结清确认：{prod}逾期已结清，{we}已按规定报送，信用修复由征信系统自动完成，您无需任何操作。",
    "还款到账{ramt}，您的逾期记录已满足不予展示条件，预计次月底前生效。",
], 5)
G("credit_relief_notice", "policy-explain", ALL, [
    "政策解读｜信用修复不是“洗白”：逾期要先还清，记录才会按规定不展示；整个过程免费、自动，不用找任何人。",
    "温馨提示：一次性信用修复只适用于2020年1月1日至2025年12月31日间单笔不超过1万元的逾期，且须在2026年3月31日前足额还款。超出范围的逾期记录仍按规定保存5年。",
    "一次性信用修复问答：问：需要申请吗？答：不需要。问：要交钱吗？答：不要。问：能找人加急吗？答：不能，凡称可加急的均为诈骗。",
    "信用修复政策提醒：2025年11月30日前已还清的，自2026年1月1日起不予展示；此后还清的，于还清次月末前不予展示。",
    "【{brand}】关于个人信用修复：您无需下载任何App、无需提交身份证照片，也不存在“修复名额”。符合条件的逾期还清后由征信系统统一处理。",
    "{brand}提示：一次性信用修复针对的是已还清的小额逾期，不是减免欠款，欠款仍需足额归还。还款请认准{app}，咨询请拨{hot}。",
], 6)
G("credit_relief_notice", "anti-fraud", ALL, [
    "有客户反映接到自称“{brand}征信修复专员”的电话并被要求缴费。{brand}从未设立此类岗位，信用修复不收取任何费用，请勿转账。",
    "警惕！以“信用修复名额有限”“内部通道”为名收费的都是诈骗。{prod}逾期还清即可按政策处理，请通过{app}还款。",
    "{brand}郑重声明：未委托任何第三方办理信用修复或删除逾期记录。如有疑问请拨打{hot}。",
], 5, flags=["hard"])
G("credit_relief_notice", "not-eligible", ONLINE + CARDS, [
    "您咨询的信用修复：您的逾期单笔金额超过1万元，不在本次政策范围内。还清后，不良记录自结清之日起保存5年后自动删除。",
    "经核实，您的逾期发生于2026年以后，不适用本次一次性信用修复。请尽快通过{app}还款，避免逾期继续累计。",
    "您好，您名下{prod}的逾期欠款尚未还清（剩余{ramt}），一次性信用修复以足额还款为前提，部分还款不适用，请于2026年3月31日前还清。",
], 3)
G("credit_relief_notice", "call-relief", ONLINE + CARDS, [
    "A：{xs}您好，我是{brand}客服，打电话是想告诉您一个跟您有关的政策。\nB：什么政策？要收钱就算了。\nA：不收任何钱。人民银行的一次性信用修复：您有一笔{ramt}的逾期，单笔没超过一万，只要在2026年3月31日前还清，这条逾期记录就不再展示，不需要申请。\nB：怎么还？\nA：直接在{app}里还，或者存到您的还款账户。外面说能帮您“加急修复”的都是骗子，您别理。\nB：好，我这个月就还。",
    "B：你好，有人加我微信说可以帮我修复{brand}的逾期记录，收一千五，是真的吗？\nA：您好，{brand}没有委托任何人做这个。一次性信用修复是自动的，还清就行，不收费也不用申请。\nB：我那笔能修吗？\nA：我帮您查一下。您{md}那笔逾期{ramt}，在政策范围内，三月底前还清就可以。\nB：那微信那个人我删了。\nA：对，也可以向96110反映。还款只在{app}里操作。",
    "A：您好，{brand}客服回访，您在App里咨询了信用修复，我跟您说一下结果。\nB：好。\nA：您的逾期单笔是{big}，超过了一万，不在这次一次性修复的范围内。\nB：那就一直有记录了？\nA：按征信条例，不良记录从还清之日起保存五年后删除，这个谁也改不了，说能删的都是骗人的。建议您尽早还清，之后按时还款，信用会慢慢恢复。\nB：唉，好吧。",
    "A：{xs}您好，我是{brand}的，您{md}还清的那笔{ramt}已经入账了。\nB：那征信什么时候能好？\nA：符合一次性信用修复的，还清次月底前就不再展示。您下个月底以后可以在征信中心官网或者银行网点免费查一下报告。\nB：不用再办什么吗？\nA：不用，系统自动处理。有人说要帮您办手续、收费的，别信。\nB：好的，谢谢。",
    "A：您好，{brand}客服，提醒您一下，您的{prod}还有{ramt}的逾期没还清。\nB：我知道，过段时间还。\nA：跟您说一下，一次性信用修复的还款截止日是3月31日，现在还剩{dleft}天。之前还清的话，这笔逾期以后就不展示了，过了截止日就不适用了。\nB：哦，那我月底前还。\nA：好的，在{app}里还就行，不用找任何人，也不收费。",
], 10, channel="call", roles=AGENT)


# ================================================================== build
HARDWORDS = ("征信", "起诉", "诉讼", "法律责任", "上门", "委外", "外访", "律师", "强制执行", "刑事", "失信", "立案",
             "停息挂账", "恶意透支", "法院", "委托")
OPTOUT = ["回T退订", "退订回T", "拒收请回复R", "回TD退订"]


mobile = partial(common.mobile_int, R)


def digits(hot):
    return re.sub(r"\D", "", hot)


def pick_sender(grp, lender, facts):
    s, call = grp["sender"], grp["channel"] == "call"
    if s == "12368":
        return "12368"
    if s == "firm":
        r = R.random()
        return (R.choice(["10690", "10691", "10658"]) + str(R.randint(1000000, 99999999))) if r < 0.6 else \
            facts.get("land") or land(facts) if r < 0.85 else None
    if s == "land":
        return (facts.get("land") or land(facts)) if R.random() < 0.6 else None
    if s == "collector":
        r = R.random()
        return mobile() if r < 0.3 else (facts.get("land") or land(facts)) if r < 0.8 else None
    if s == "court":
        r = R.random()
        if r < 0.5 or "court" not in facts:
            return "12368" if r < 0.8 else None
        code = COURTS[facts["court"]]
        area = AREA.get(code, AREA.get(code[0], "010"))
        return f"{area}-{R.randint(6000, 8999)}{R.randint(1000, 9999)}"
    if call:
        r = R.random()
        return digits(lender["hot"]) if r < 0.55 else None if r < 0.85 else land(facts)
    return None if R.random() < 0.12 else R.choice(lender["senders"])


def place_sig(text, lender, mode):
    if mode == "none":
        return text
    if mode == "old":
        b = lender["brand"]
        return text + R.choice([b, "-" + b, f"[{b}]", f"【{b}】", " " + b])
    r = R.random()
    if mode == "end" or (mode == "wrap" and r < 0.35):
        return text + R.choice(lender["sigs"])
    if mode == "start" or (mode == "wrap" and r < 0.75):
        return R.choice(lender["sigs"]) + text
    if lender["hot"] not in text:
        text += R.choice([f"（客服{lender['hot']}）", f" 详询{lender['hot']}", f"，客服热线{lender['hot']}",
                          f"[{lender['hot']}]", f" {lender['brand']}客服{lender['hot']}"])
    return text


def render_call(text, roles, mode):
    role = R.choice(roles)
    text = re.sub(r"(?m)^A：", role + "：", text)
    text = re.sub(r"(?m)^B：", "我：", text)
    return text if mode == "turns" else asr(text)


def main():
    pool = NearDuplicateIndex(corpus_texts(OUT.parent, exclude=OUT))
    rows, used, lenders_used = [], set(), set()
    for gi, grp in enumerate(GROUPS):
        modes = ["turns", "asr"] if grp["channel"] == "call" else [None]
        pairs = [(bi, m) for bi in range(len(grp["bases"])) for m in modes]
        got = tries = 0
        while got < grp["n"] and tries < grp["n"] * 50:
            bi, mode = pairs[tries % len(pairs)]
            tries += 1
            base = grp["bases"][bi]
            cands = [x for x in grp["pool"] if "card" in x] if "{card}" in base else grp["pool"]
            lender = R.choice(cands)
            call = grp["channel"] == "call"
            text, facts = fill(expand(base), lender, grp["family"], call)
            if call:
                text = render_call(text, grp["roles"], mode)
                if not 150 <= len(text) <= 800:
                    continue
            else:
                if grp["family"] in ("bill_statement", "due_reminder", "repayment_ok") and R.random() < 0.08:
                    text += R.choice(["", " ", "。"]) + R.choice(OPTOUT)
                text = place_sig(text, lender, grp["sig"])
                if not 15 <= len(text) <= 320:
                    continue
            if pool.max_jaccard(text) >= DEDUP:
                continue
            pool.add(text)
            used.add((gi, bi))
            lenders_used.add(lender["key"])
            flags = list(grp["flags"])
            if "hard" not in flags and any(w in text for w in HARDWORDS + ("正信", "速讼", "起速", "委拖")):
                flags.append("hard")
            rows.append(dict(text=text, label="genuine", channel=grp["channel"],
                             sender=pick_sender(grp, lender, facts), family=grp["family"],
                             group=f"{grp['family']}/gf-{grp['slug']}", flags=flags))
            got += 1
        if got < grp["n"]:
            print(f"short: {grp['family']}/{grp['slug']} {got}/{grp['n']}")
    common.write_rows(OUT, PREFIX, rows)
    fam = {}
    for r in rows:
        fam[r["family"]] = fam.get(r["family"], 0) + 1
    calls = sum(r["channel"] == "call" for r in rows)
    print(f"{len(rows)} rows ({len(rows) - calls} sms, {calls} call), {len(lenders_used)} lenders, "
          f"{len({r['group'] for r in rows})} groups, {len(used)} base texts used of "
          f"{sum(len(g['bases']) for g in GROUPS)}, hard {sum('hard' in r['flags'] for r in rows)} -> {OUT}")
    print(fam)


if __name__ == "__main__":
    main()
