"""Generator for corpus section other_i (label "other"): the OTHER side of the loan-ad boundary.

Loan and credit advertising that is ordinary by the label policy: brokers, lending / information platforms, guarantee
and financial-service companies, B2B and e-commerce platforms promoting financing "联合XX银行", named bank branches
(县支行, 支行, 营业部, 农商行, 信用社, 村镇银行) with an officer's personal mobile, big banks' own product marketing with
their own domain or app and 回T退订, e-commerce credit usage notices (白条 / 月付 paid orders), and brokers'
investment-product ads. Many voices and eras: 2012-style spam with 【company】 at the end, polished modern copy, sloppy
lines, old-spam odd spellings (無抵.押, 貣款, 信貸, 额.度, 贷/款), traditional characters, exaggerated terms (最高500万,
1天放款, 日息低), partner-bank claims. None asks a fee before the loan, promises lending regardless of credit, asks
for ID / card / password / code, or claims anything about the recipient's own account or an approved loan. Plus
broker cold calls and a real bank's marketing calls.

Every base text was written by hand for this section; slots fill only names, numbers, amounts, cities, companies,
banks, products and links. Each base gives a first rendering; a share get a second rendering with other slot values.
A candidate whose character 5-gram Jaccard with any accepted text of the corpus reaches 0.5 is dropped (re-drawn up
to three times). The pool excludes this file and scam_g.jsonl (scam_g is generated after this section and checks
itself against it), so the output is deterministic.

Stdlib only, fixed seed.   python corpus/sources/other_i.py   # writes corpus/other_i.jsonl
"""
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve()
CORPUS = HERE.parents[1]
OUT = CORPUS / "other_i.jsonl"
sys.path.insert(0, str(HERE.parents[2]))
from scamguard.corpus import NearDuplicateIndex, corpus_files  # noqa: E402

SEED = 20260711
R = random.Random(SEED)
PREFIX = "oi"
DEDUP = 0.5
SECOND = 0.25  # share of SMS bases given a second rendering

# ---------------------------------------------------------------- slot pools
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺顾龚邵万覃武钱严莫孔向汤康易乔赖文施洪")
GIVEN = ["志刚", "海霞", "建国", "丽萍", "晓峰", "春燕", "国庆", "俊峰", "雅琴", "文杰", "小燕", "军", "洁", "强", "芳", "斌",
         "欣欣", "梓涵", "永红", "金花", "立军", "秀梅", "浩宇", "思雨", "玉珍", "德华", "桂兰", "晨阳", "佳慧", "宇轩", "少军",
         "莉", "鹏", "颖", "慧琳", "建华", "晓琳", "明亮", "雪琴", "家乐"]
# city, districts, counties
CITY = [
    ("湖州", ["吴兴", "南浔"], ["德清", "长兴", "安吉"]), ("嘉兴", ["南湖", "秀洲"], ["海宁", "桐乡", "平湖", "嘉善"]),
    ("宁波", ["海曙", "鄞州", "北仑"], ["余姚", "慈溪", "宁海", "象山"]), ("常州", ["天宁", "武进", "新北"], ["溧阳"]),
    ("南通", ["崇川", "通州"], ["如皋", "海安", "启东", "如东"]), ("扬州", ["广陵", "邗江"], ["高邮", "仪征", "宝应"]),
    ("盐城", ["亭湖", "盐都"], ["东台", "建湖", "阜宁", "射阳"]), ("芜湖", ["镜湖", "鸠江"], ["无为", "南陵"]),
    ("阜阳", ["颍州", "颍泉"], ["临泉", "太和", "界首", "阜南"]), ("漳州", ["芗城", "龙文"], ["漳浦", "龙海", "云霄"]),
    ("莆田", ["城厢", "荔城"], ["仙游"]), ("九江", ["浔阳", "濂溪"], ["瑞昌", "都昌", "修水"]),
    ("上饶", ["信州", "广丰"], ["鄱阳", "婺源", "玉山"]), ("岳阳", ["岳阳楼", "云溪"], ["汨罗", "平江", "华容"]),
    ("衡阳", ["蒸湘", "雁峰"], ["耒阳", "常宁", "衡东"]), ("襄阳", ["襄城", "樊城"], ["枣阳", "宜城", "谷城"]),
    ("荆州", ["沙市", "荆州区"], ["松滋", "监利", "公安"]), ("南阳", ["宛城", "卧龙"], ["邓州", "镇平", "唐河"]),
    ("商丘", ["梁园", "睢阳"], ["永城", "夏邑", "柘城"]), ("邯郸", ["丛台", "邯山"], ["武安", "涉县", "魏县"]),
    ("保定", ["竞秀", "莲池"], ["涿州", "定州", "高碑店"]), ("烟台", ["芝罘", "莱山"], ["龙口", "莱阳", "招远"]),
    ("济宁", ["任城", "兖州"], ["曲阜", "邹城", "嘉祥"]), ("绵阳", ["涪城", "游仙"], ["江油", "三台", "梓潼"]),
    ("南充", ["顺庆", "高坪"], ["阆中", "南部", "营山"]), ("遵义", ["红花岗", "汇川"], ["仁怀", "湄潭", "桐梓"]),
    ("柳州", ["城中", "柳南"], ["柳江", "鹿寨", "融安"]), ("桂林", ["秀峰", "七星"], ["阳朔", "荔浦", "全州"]),
    ("惠州", ["惠城", "惠阳"], ["博罗", "惠东", "龙门"]), ("江门", ["蓬江", "新会"], ["台山", "开平", "鹤山"]),
    ("中山", ["石岐", "东区"], []), ("珠海", ["香洲", "斗门"], []), ("昆明", ["官渡", "西山"], ["安宁", "宜良"]),
    ("太原", ["小店", "迎泽"], ["清徐", "阳曲"]), ("兰州", ["城关", "七里河"], ["榆中", "皋兰"]),
    ("哈尔滨", ["南岗", "道里"], ["五常", "双城", "尚志"]), ("长春", ["朝阳", "南关"], ["农安", "德惠", "榆树"]),
    ("大连", ["中山", "沙河口"], ["瓦房店", "庄河"]), ("天津", ["河西", "南开", "滨海新区"], ["蓟州", "宁河"]),
    ("武汉", ["江汉", "洪山", "武昌"], ["蔡甸", "黄陂"]),
]
# full name, short, official domain, hotline, invented product names (consumer, business)
BANKS = [
    ("工商银行", "工行", "icbc.com.cn", "95588", ["工银薪享贷", "融易借"], ["工银商户快融", "经营e速贷"]),
    ("建设银行", "建行", "ccb.com", "95533", ["建融随心借", "龙e薪贷"], ["建易商贷", "云税快贷"]),
    ("农业银行", "农行", "abchina.com", "95599", ["农e薪享贷", "随心网捷借"], ["惠商e融", "农银纳税快贷"]),
    ("中国银行", "中行", "boc.cn", "95566", ["中银随e借", "中银薪享贷"], ["中银商户e贷", "中银税易融"]),
    ("交通银行", "交行", "bankcomm.com", "95559", ["交享e借", "惠民快借"], ["交银商户快贷", "交银税融通"]),
    ("招商银行", "招行", "cmbchina.com", "95555", ["招享闪借", "招薪e贷"], ["e招商户贷", "招税融"]),
    ("邮储银行", "邮储", "psbc.com", "95580", ["邮薪e借", "邮享快贷"], ["邮商快贷", "邮银税贷通"]),
    ("中信银行", "中信", "citicbank.com", "95558", ["信享随借", "中信薪金e贷"], ["信商快贷", "中信税金贷"]),
    ("兴业银行", "兴业", "cib.com.cn", "95561", ["兴享快借", "兴薪e贷"], ["兴e商贷", "兴业快税融"]),
    ("浦发银行", "浦发", "spdb.com.cn", "95528", ["浦享e借", "浦薪快贷"], ["浦银快商贷", "浦发税享融"]),
    ("民生银行", "民生", "cmbc.com.cn", "95568", ["民享e借", "民生薪易贷"], ["民生商户快贷", "民税e融"]),
    ("光大银行", "光大", "cebbank.com", "95595", ["阳光e借", "光大薪享贷"], ["阳光商快贷", "光大税融e"]),
    ("华夏银行", "华夏", "hxb.com.cn", "95577", ["华夏随心借", "龙盈薪贷"], ["华夏商e融", "华夏税快贷"]),
    ("广发银行", "广发", "cgbchina.com.cn", "95508", ["广发e秒借", "广发薪享贷"], ["广发商户e贷", "广发税易贷"]),
]
XY = ["信和", "融汇", "恒达", "诚信", "聚鑫", "嘉信", "鼎泰", "宏达", "金盛", "安泰", "众鑫", "融通", "德信", "泰丰", "华信",
      "佳和", "盛元", "顺达", "银丰", "和信", "锦华", "万通", "中盛", "润达", "广信", "永泰", "启明", "融源", "聚丰", "正信",
      "卓越", "普惠", "同创", "立信", "鸿运"]
CO_SUF = ["金服", "易贷", "信息咨询有限公司", "财务咨询", "融资服务有限公司", "贷款服务中心", "金融信息服务", "企业管理咨询", "金融外包服务"]
PLAT = ["融易网", "贷来宝", "易融网", "借贷宝盒", "信贷通", "金融超市", "融资汇", "贷款比价网", "易借通", "快融网"]
B2B = [("钢铁网", "钢材"), ("建材网", "建材"), ("找布网", "面料"), ("农批网", "农产品"), ("塑化网", "塑料原料"),
       ("五金城网", "五金"), ("货运网", "运费"), ("医药采购网", "药品"), ("酒水供货网", "酒水"), ("电子元器件网", "元器件")]
FESTS = ["春节", "元旦", "中秋", "国庆", "端午", "五一", "元宵", "开年"]
CARS = ["比亚迪", "吉利", "长安", "大众", "丰田", "本田", "哈弗", "奇瑞", "别克", "五菱", "宝马", "奔驰", "奥迪"]
SECS = ["华泰", "国泰", "中泰", "东吴", "兴业", "财通", "浙商", "长江", "招商", "申万", "广发", "方正", "国元", "华安"]
SHOPS = ["京东自营", "京东超市", "小米官方旗舰店", "美的京东自营旗舰店", "京东大药房", "京东生鲜", "京东电器"]
ITEMS = ["洗衣机", "空调", "手机", "笔记本电脑", "扫地机器人", "电动牙刷", "奶粉", "冰箱", "蓝牙耳机", "电饭煲", "纸尿裤", "显示器"]
MT_SHOPS = ["蜜雪冰城", "肯德基", "美团买菜", "老乡鸡", "华莱士", "瑞幸咖啡", "沙县小吃", "如家酒店", "美团优选", "张亮麻辣烫"]
XIAN = set("德清 长兴 安吉 嘉善 宁海 象山 如东 宝应 建湖 阜宁 射阳 南陵 临泉 太和 阜南 漳浦 云霄 仙游 都昌 修水 鄱阳 婺源 玉山 平江 "
           "华容 衡东 谷城 公安 镇平 唐河 夏邑 柘城 嘉祥 三台 梓潼 营山 湄潭 桐梓 鹿寨 融安 阳朔 全州 博罗 惠东 龙门 宜良 清徐 阳曲 "
           "榆中 皋兰 农安".split())
DY_SHOPS = ["抖音商城", "抖音超市", "某品牌官方旗舰店", "抖音团购"]


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def mobile():
    return R.choice(["13", "13", "15", "15", "18", "18", "17", "19"]) + str(R.randint(0, 9)) + digits(8)


def port():
    return "106" + R.choice(["9", "90", "98", "5", "57", "88"]) + digits(R.choice([7, 8, 9]))


def shorturl():
    return R.choice(["t.cn/", "dwz.cn/", "url.cn/", "c.tb.cn/", "3.cn/"]) + "".join(
        R.choice(string.ascii_letters + string.digits) for _ in range(R.choice([5, 6, 7])))


def slots():
    cname, dists, counties = R.choice(CITY)
    county = R.choice(counties) if counties else cname
    dist = R.choice(dists)
    sur, sur2 = R.sample(SURN, 2)
    gn = R.choice(GIVEN)
    m = mobile()
    bank, bs, dom, hot, cprods, bprods = R.choice(BANKS)
    xy, xy2 = R.sample(XY, 2)
    b2b, goods = R.choice(B2B)
    isc = bool(counties)
    xian = "县" if county in XIAN else ""
    d = dict(
        city=cname, dist=dist, county=county, town=R.choice(["城关", "新街", "桥头", "东关", "石门", "柳湾", "花园", "龙泉", "白沙", "青石"]),
        sur=sur, sur2=sur2, gn=gn, full=sur + gn,
        who=R.choice([f"{sur}经理", f"{sur}经理", f"{sur}顾问", f"{sur}{gn}", f"小{sur}", f"{sur}小姐", f"{sur}先生", f"{sur}总监"]),
        m=m if R.random() < 0.85 else f"{m[:3]}-{m[3:7]}-{m[7:]}", m_raw=m, m_sp=f"{m[:3]} {m[3:7]} {m[7:]}",
        m_dot=f"{m[:3]}.{m[3:7]}.{m[7:]}",
        wx=R.choice(["（微信同号）", "微信同号", "", "", " 同微", "(V同号)", "，微信同步"]),
        co=f"{xy}{R.choice(CO_SUF)}", co2=f"{cname}{xy2}{R.choice(CO_SUF)}", xy=xy, xy2=xy2,
        plat=f"{xy}{R.choice(PLAT)}", b2b=f"{xy2}{b2b}", goods=goods,
        guar=R.choice([f"{cname}{xy}融资担保有限公司", f"{xy}融资担保", f"{cname}{xy}担保"]),
        pawn=R.choice([f"{cname}{xy}典当行", f"{xy}典当有限公司"]),
        fac=R.choice([f"{xy}商业保理", f"{cname}{xy}保理有限公司"]),
        bank=bank, bs=bs, dom=dom, hot=hot, cprod=R.choice(cprods), bprod=R.choice(bprods),
        branch=R.choice([f"{bank}{county}{xian if R.random() < 0.5 else ''}支行", f"{bank}{cname}{dist}支行",
                         f"{bank}{dist}支行", f"{bank}{cname}分行营业部"]),
        cbranch=f"{bank}{county}{xian}支行",
        rb=R.choice([f"{county}农商银行", f"{county}农村商业银行", f"{cname}农商行"]) if isc else f"{cname}农商银行",
        cu=f"{county}{xian}农村信用合作联社", cus=f"{county}信用社",
        vb=f"{county}{xy2}村镇银行",
        tel=R.choice([f"0{R.randint(310, 939)}-{R.randint(2, 8)}{digits(6)}", f"400-{R.randint(100, 999)}-{digits(4)}",
                      f"0{R.randint(310, 939)}{R.randint(2, 8)}{digits(6)}"]),
        edh=R.choice(["最高1000万", "最高500万", "50万-3000万", "评估价7成", "最高评估价八成", "100万起"]),
        edb=R.choice(["最高500万", "最高300万", "30万-1000万", "最高200万", "50-500万", "10万-300万"]),
        edc=R.choice(["最高30万", "最高50万", "3-50万", "1万-30万", "5万-80万", "最高100万", "2-20万"]),
        eds=R.choice(["1-20万", "最高10万", "5000元-5万", "最高30万", "3万-50万", "1万-20万"]),
        edcard=R.choice(["最高10万", "5万-30万", "最高50万", "2万-20万", "最高20万"]),
        mnh=R.choice(["2.75%", "2.9%", "3.0%", "3.1%", "3.25%", "3.4%", "3.55%", "3.7%"]),
        cnh=R.choice(["3.1%", "3.3%", "3.5%", "3.65%", "3.9%", "4.2%", "4.35%", "5.2%", "6.5%"]),
        myx=R.choice(["2厘6", "2厘8", "3厘", "2.5厘", "0.27%", "0.3%"]),
        rx=R.choice(["万1.5", "万2", "万2.2", "万2.5", "万3"]),
        ym=R.choice(["10", "15", "20", "10"]), yc=R.choice(["3", "5", "3"]), ny=str(R.randint(5, 18)), nb=str(R.randint(8, 36)),
        fest=R.choice(FESTS), car=R.choice(CARS), sec=R.choice(SECS) + "证券",
        url=shorturl(), addr=f"{dist}{R.choice(['人民路', '解放路', '中山路', '建设路', '新华路', '长江路', '文化路', '世纪大道'])}{R.randint(1, 399)}号",
        amt=f"{R.randint(12, 8999)}.{R.randint(0, 99):02d}", amt2=f"{R.randint(20, 600)}.{R.randint(0, 99):02d}",
        tail=digits(4), ordno=digits(R.choice([12, 14, 16])), hh=f"{R.randint(7, 23):02d}:{R.randint(0, 59):02d}",
        md=f"{R.randint(1, 12)}月{R.randint(1, 28)}日", shop=R.choice(SHOPS), item=R.choice(ITEMS), mt=R.choice(MT_SHOPS),
        dy=R.choice(DY_SHOPS), per=R.choice(["3", "6", "12", "24"]),
        fund=R.choice(["稳健", "安心", "月月盈", "季季享", "添利", "悦享"]) + R.choice(["债券", "理财", "现金管理"]),
        pct=R.choice(["2.6%", "2.85%", "3.1%", "2.4%", "3.3%"]), yong=R.choice(["万0.85", "万1", "万1.2", "万0.9"]),
        rong=R.choice(["4.5%", "4.88%", "5%", "5.2%", "4.6%"]),
    )
    return d


CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")


def fill(t, d):
    t = CHOICE.sub(lambda mo: R.choice(mo.group(1).split("|")), t)
    return re.sub(r"\{(\w+)\}", lambda mo: d[mo.group(1)], t)


# ================================================================ base texts
# add(scenario, family, kind, flags, sender, text)
#   kind: s = SMS, d = dialogue, a = ASR run-on call line
#   flags: H = hard, E = evasive spelling
#   sender: m = the mobile in the text (or another mobile / none), r = random mobile, p = 106 port,
#           h = the bank's own hotline or its port, n = none, other = literal sender
B = []


def add(scen, fam, kind, flags, sender, text):
    B.append((scen, fam, kind, flags, sender, text.strip()))


def ads(scen, fam, items):
    for flags, snd, text in items:
        add(scen, fam, "s", flags, snd, text)


# ---- long letters (150-250 characters)
ads("i-long-letter", "ad", [
    ("", "m", "尊敬的{city}企业主朋友：您好！{co}成立{ny}年来，始终专注为本地中小微企业对接银行融资。目前可办理：一、企业主纯信用贷款，{edb}；二、房产抵押经营贷，年化{mnh}起，最长{ym}年；三、税票贷、订单贷、设备融资。我们承诺：方案免费、利率透明、全部由银行或持牌机构审批放款，放款成功后才按合同收取服务费，办理过程中不会要求您向任何个人转账。如有需要，欢迎致电{full}{m}，或到{addr}面谈。"),
    ("H", "m", "各位商户朋友好：我是{branch}的客户经理{full}。为落实普惠金融政策，我行本季度面向{dist}片区个体工商户推出经营快贷，营业执照满一年、经营正常即可申请，额度{eds}，年化{cnh}起，随借随还、按日计息。全部流程在我行手机银行或网点办理，我行不收取任何手续费，也不委托任何中介代办。如需上门介绍或现场指导，请打我手机{m}，工作日8:30-17:30，谢谢支持！"),
    ("", "p", "【{plat}】致平台用户的一封信：近期有不法分子冒用我平台名义，以“加急办理”“提前放款”为由收取费用。特此说明：{plat}仅提供贷款信息展示与比价，所有贷款由合作银行和持牌机构审批放款，平台及合作机构在放款前不会收取任何费用，也不会通过个人微信、QQ与您沟通。您可在App内查看本月{city}地区房抵、经营、消费贷最新利率。回T退订"),
])

# ---- 2012-era spam: no punctuation discipline, 【company】 at the end
ads("i-2012-spam-bizloan", "ad", [
    ("", "m", "本公司专业办理个人及企业经营贷款手续简便放款快捷额度{edb}利息低欢迎来电咨询{who}{m}【{co}】"),
    ("", "m", "您好本公司可以为有需要资金周转的个人和企业提供贷款服务 房产 车辆 信用均可 详情请致电{m} {sur}经理【{co2}】"),
    ("E", "m", "本公司长期办理信貸業務,个体户企业主經營周轉,利息低,审批快,有意者请联系{m}{sur}先生【{co}】"),
    ("", "m", "{city}本地贷款公司 专做企业流动资金 工程垫资 设备按揭 欢迎各位老板来电洽谈 {m}【{co2}】"),
    ("", "p", "新年新气象本公司推出企业主短期周转贷款月息{myx}起当天评估三天放款详询{tel}【{co}】"),
    ("E", "m", "专业办理{city}房產抵押貸款..個人消費貸款..企業流動資金貸款..手續簡便..放款快..{sur}經理{m}【{co2}】"),
])
ads("i-2012-spam-house", "ad", [
    ("", "m", "有房就能贷 全款房按揭房均可办理 额度高利息低 最快三天到账 地址{city}{addr} 电话{m}【{co}】"),
    ("E", "m", "房.產.抵.押 首押二押均可 額.度{edh} 月息低 {city}{sur}生{m}【{co}】"),
    ("", "m", "尊敬的客户您好{co}专业办理房屋抵押贷款住宅商铺厂房写字楼均可办理审批快放款快联系人{full}{m}"),
    ("", "m", "{city}{dist}房产抵押.车辆抵押.个人信用贷款.手续简单.当天办理.{m}{sur}小姐【{co2}】"),
])
ads("i-odd-spelling-credit", "ad", [
    ("E", "m", "無抵.押信用貣款 工薪族 個體戶 均可申請 額.度{edc} 月.息低 詳詢{sur}經理 {m_sp}"),
    ("E", "m", "个人信貸、企业信貸、房抵貣款，{city}本地正规机构办理，额.度高，{who}{m}"),
    ("E", "m", "需要资金的朋友看过来：无抵/押信用贷/款，上班族、生意人都能申请，利/息{myx}起，{m} {sur}"),
    ("E", "m", "貣款找{sur}經理：房.抵 車.抵 信.用 經.營，{city}本地，{m_dot}"),
    ("E", "m", "工薪信貸 額度{edc} 年華{cnh}起 最長{yc}年 {city}{co} {m}"),
    ("E", "m", "有公.积.金、社.保的朋友可申请信.用.贷，额.度{edc}，{city}{sur}顾问{m}{wx}"),
    ("E", "m", "个体老板经营dai，房子车子都能抵，额du{edb}，{who}{m}"),
    ("E", "m", "◆無抵押◆低利息◆快放款◆ {city}個人信貸業務 {sur}生 {m}"),
])
ads("i-trad-broker", "ad", [
    ("E", "m", "您好，本公司專業辦理{city}個人消費貸、經營貸、房屋抵押貸、汽車抵押貸，利率透明，放款後收取服務費，歡迎垂詢{full}{m}"),
    ("E", "m", "【{co}】企業主資金周轉，經營貸款最高{edb}，年化{cnh}起，合作銀行{nb}家，詳詢{tel}"),
    ("E", "m", "{city}貸款諮詢：房產二次抵押、按揭車貸款、公積金信用貸，{sur}經理為您服務 {m}"),
    ("E", "m", "急用錢？找{co}！信用貸{edc}，抵押貸{edh}，手續簡單，{sur}{m}"),
])
# ---- modern polished broker ads
ads("i-broker-jyd", "ad", [
    ("", "m", "【{co}】{city}企业主经营贷方案更新：1.纯信用，看纳税开票，{edb}；2.房产抵押经营贷，年化{mnh}起，最长{ym}年；3.随借随还，按日计息。银行审批放款，服务费于放款后按合同收取。顾问{full} {m}"),
    ("", "m", "经营贷利率持续下行，现在是置换高息债务、锁定长期资金的好时机。{co}为{city}小微企业主提供一对一方案，{who}{m}"),
    ("", "p", "{co}提示：个体户营业执照满1年、经营正常，即可咨询银行经营贷。我们免费出方案，帮您比较{nb}家银行利率，不成功不收费。热线{tel}"),
    ("", "m", "老板您好，我是{co}的{sur}{gn}。经营周转、进货备货、扩大门店都可以用经营贷，年化{cnh}起，三年循环额度。需要时联系{m}{wx}"),
    ("", "m", "Hi 老板～{co}给您推荐一款开票贷：年开票200万以上企业可申请，额度为开票额的15%-30%，纯线上，{who}{m}"),
    ("", "r", "{co2}：专注{city}中小微企业融资服务{ny}年，已协助上千家企业获得银行授信。经营贷、税票贷、抵押贷，服务热线{tel}"),
])
ads("i-broker-car", "ad", [
    ("", "m", "车抵贷｜{city}本地牌照车辆，全款车按揭车均可，押证不押车，月息{myx}起，评估当天出额度。{who}{m}"),
    ("", "m", "有车就有额度！{car}、大众、丰田各种车型都能做，车龄8年内，最高车价8成，{co}{m}"),
    ("", "m", "跑货运的师傅看过来：营运货车、挂靠车可以办车辆抵押贷款，额度看车况，随借随还，{sur}师傅{m}"),
    ("", "r", "【{co}】车辆抵押贷款：不押车、不停用，仅办理抵押登记，额度{eds}，放款后收服务费，咨询{tel}"),
    ("", "m", "车贷还没还完也能再贷一笔，按车辆评估价减去剩余车贷算额度，{city}可上门评估。{full}{m}"),
])
ads("i-broker-house", "ad", [
    ("", "m", "{city}房抵经营贷：住宅、公寓、商铺、别墅均可，{edh}，年化{mnh}起，最长{ym}年，先息后本。{co}{who}{m}"),
    ("", "m", "家里有套房，资金不用慌。{city}房屋抵押贷，银行利率，评估免费，{sur}经理{m}"),
    ("", "p", "【{co}】房产抵押贷款：1天评估，3天审批，最快1周放款，{edh}，合作银行放款，前期不收费。{tel}"),
    ("", "m", "父母名下的房子也可以做抵押，父母作为抵押人到场签字即可，{city}{co}{sur}顾问为您详解：{m}"),
    ("", "m", "{city}{dist}片区房抵，年化{mnh}，十年期，可随借随还，{sur}{m}"),
])
ads("i-broker-second-mortgage", "ad", [
    ("", "m", "房子还在还按揭？可以做二次抵押，按评估价减去剩余房贷计算额度，{city}本地银行和持牌机构渠道，{who}{m}"),
    ("", "m", "二押也能做！按揭房满一年、月供正常即可咨询，额度视评估而定，年化{cnh}起，{co}{m}"),
    ("", "r", "【{co}】按揭房二次抵押贷款：不用结清原房贷，不用过户，额度{eds}至评估余值，期限最长{yc}年。{tel}"),
    ("E", "m", "按揭房二.次.抵.押 額度看評估 {city}{sur}經理 {m}"),
])
ads("i-bridge-loan", "ad", [
    ("", "m", "银行续贷资金过桥、赎楼过桥，{city}本地{ny}年经验，当天出方案，按天计息，{who}{m}"),
    ("", "m", "到期续贷差资金周转？{co}提供短期过桥服务，需银行出具续贷承诺，额度{edb}，{sur}经理{m}{wx}"),
    ("", "p", "{co}业务：二手房赎楼、银行转贷过桥、工程款短期周转。合同签约、费率透明，热线{tel}"),
    ("", "m", "做过桥的找{sur}，{city}各大银行续贷过桥都做过，资金到位快，费用按天算，签合同，{m}"),
])
ads("i-owner-credit", "ad", [
    ("", "m", "企业主信用贷：法人或大股东占股20%以上、公司成立满2年即可申请，{edb}，无需抵押，{co}{who}{m}"),
    ("", "m", "【{co}】企业主纯信用贷款，按企业纳税与个人资产综合评估，额度{edb}，最长{yc}年，放款后收取服务费。{m}"),
    ("", "m", "{city}的老板们，企业主信用贷款额度比个人消费贷高很多，利率{cnh}起，欢迎咨询{sur}{gn}{m}"),
    ("", "r", "企业主专享：凭企业纳税、开票、社保等数据申请银行信用贷款，{edb}，{co2}免费评估，{tel}"),
])
ads("i-legal-person-card", "ad", [
    ("", "m", "企业法人、股东可办大额信用卡，额度{edcard}，{co}协助对接发卡银行，办卡不收费，{sur}经理{m}"),
    ("E", "m", "法人信貸卡、商務卡，額度{edcard}，{city}本地辦理，{sur}{m}"),
    ("", "m", "个体户老板想办高额信用卡的可以找我，法人卡、商务卡、经营卡，银行正常审批，{city}{who}{m}"),
    ("E", "m", "企业主专属信.用.卡 额.度{edcard} 免年费 {co}{m}"),
])
ads("i-sloppy-broker", "ad", [
    ("", "m", "贷款 房抵车抵信用贷 都可以 找{sur} {m}"),
    ("", "m", "要用钱吗,{city}本地,利息低,手续快,{m}"),
    ("", "m", "老板需要周转可以联系我哈 经营贷 房抵 车抵 税贷 {m}{sur}"),
    ("", "m", "做生意缺钱的找我 银行产品 利率{cnh}起 {who} {m} 。"),
    ("", "m", "有需要资金的朋友，{city}本地银行渠道，信用，抵押，都有，{m}，{sur}经理，"),
    ("", "m", "你好我是做银行贷款的{sur}，以后有需要找我{m}"),
])
ads("i-partner-bank-claim", "ad", [
    ("H", "m", "{co}联合{bank}推出小微企业经营贷，纯信用{edb}，年化{cnh}起，银行直接放款到企业账户。{who}{m}"),
    ("H", "m", "【{co}】我司与{bank}、{bs}等多家银行合作，房抵贷年化{mnh}起，银行放款，我司仅收居间服务费，放款后付。{m}"),
    ("H", "m", "{city}{bank}合作渠道：工薪族信用贷{edc}，年化{cnh}起，由银行审批放款，{co}{sur}经理{m}"),
    ("H", "m", "银行放款，利率透明！{co}联合{bank}做房产抵押经营贷，{edh}，咨询{who}{m}"),
    ("H", "r", "{co}为{bank}授权合作助贷机构（非银行），可协助企业主申请经营贷，银行审批，{tel}"),
])
ads("i-exaggerated", "ad", [
    ("", "m", "最高500万！1天放款！日息低至{rx}！{city}企业主经营贷找{co}，{who}{m}"),
    ("", "m", "全城最低利率！房抵贷年化{mnh}！额度最高评估价9成！当天审批！{sur}经理{m}"),
    ("E", "m", "日息低 額度高 1天放款 信貸{edc} {city}{who}{m}"),
    ("", "m", "【{co}】超高额度！最高3000万！全款房按揭房都能做！最快3天放款！{m}"),
    ("", "m", "速度！额度！利率！一次满足！{co}信用贷最快1天到账，日息{rx}起，{m}"),
])
# ---- platforms, B2B platforms, info platforms
ads("i-platform-bank-coop", "ad", [
    ("", "p", "【{plat}】{plat}联合{bank}推出“商户贷”，平台商户凭经营数据在线申请，{edb}，年化{cnh}起，详情见{plat}App首页。回T退订"),
    ("", "p", "【{plat}】平台上线银行经营贷专区，{nb}家银行产品一站比价，申请、审批、放款均由银行完成，平台不收取费用。退订回T"),
    ("", "p", "{plat}携手{bank}：个体工商户专享“流水快贷”，额度按平台交易数据测算，随借随还。打开App“金融服务”查看。回TD退订"),
    ("H", "m", "您好，我是{plat}商户服务专员{sur}{gn}，平台和{bank}合作的经营贷本月利率优惠，入驻满一年的商户可以在后台申请，有疑问联系我{m}"),
    ("", "p", "【{plat}】致入驻商家：与{bank}合作的订单融资已开通，回款前可提前支用，详见商家后台-金融服务 {url} 回T退订"),
])
ads("i-b2b-platform-finance", "ad", [
    ("", "p", "【{b2b}】采购{goods}资金不够？{b2b}联合{bank}推出“采购贷”，会员企业凭平台订单申请，{edb}，款项直接支付给卖家。回T退订"),
    ("", "p", "{b2b}供应链金融上线：平台认证卖家可申请应收账款融资，账期30-180天，费率透明，详询{tel}【{b2b}】"),
    ("", "p", "【{b2b}】老会员专享：{goods}采购赊销额度开放申请，{fest}前下单享账期延长，具体以审核为准。退订回N"),
    ("H", "m", "{sur}总您好，{b2b}金融服务部{full}。平台跟{bank}合作的{goods}采购融资，您公司交易满半年可以申请，有需要联系{m}"),
    ("", "p", "{b2b}提示：平台金融服务由合作银行及持牌机构提供，平台工作人员不会私下收取任何费用。【{b2b}】"),
])
ads("i-info-platform", "ad", [
    ("", "p", "【{plat}】{city}房抵贷利率榜更新：{nb}家银行最低年化{mnh}，点击查看 {url} 回T退订"),
    ("", "p", "{plat}：输入需求3步匹配银行贷款产品，结果仅供参考，以银行审批为准。{url}"),
    ("", "p", "【{plat}】您关注的{city}经营贷产品有新变化，打开App查看最新利率和准入条件。拒收请回复R"),
    ("", "p", "【{plat}】贷款小知识：选银行产品要看年化利率（APR），不要只看月息。更多干货 {url} 回T退订"),
])
ads("i-guarantee-co", "ad", [
    ("", "p", "【{guar}】政府性融资担保，支持{city}小微企业和“三农”主体，担保费率不高于1%，合作银行{nb}家。电话{tel}"),
    ("", "m", "{guar}：缺抵押物的小微企业可通过担保增信向银行贷款，{edb}，担保费按年收取，{sur}经理{m}"),
    ("", "p", "{guar}{fest}服务月：创业担保贷款符合条件可享财政贴息，欢迎个体户、返乡创业者来电{tel}"),
    ("H", "m", "您好，我是{guar}的{who}，我们与{bank}合作的“担保快贷”可以为{city}企业提供{edb}授信，有需要联系{m}"),
])
ads("i-fin-service-co", "ad", [
    ("", "p", "【{co2}】企业融资、财税筹划、资质办理一站式服务，融资咨询免费，{addr}，{tel}"),
    ("", "m", "{co}：帮您整理融资需求、匹配合适的银行产品，我们不放贷，只做咨询对接，成功后收费。{who}{m}"),
    ("", "p", "{co2}{fest}寄语：感谢一年来的信任，新的一年继续为{city}企业提供融资对接服务，热线{tel}"),
    ("", "m", "【{co}】您好，我们是{city}本地金融服务公司，主要做企业经营贷、房抵贷、供应链融资对接，{full}{m}"),
])
ads("i-pawn-factoring", "ad", [
    ("", "p", "【{pawn}】房产、汽车、黄金、名表均可典当，当天评估当天放款，综合费率按规定执行。地址{addr}，{tel}"),
    ("", "m", "急用钱可以考虑典当：{pawn}，车辆典当不押车，民品典当现场估价，{sur}经理{m}"),
    ("", "p", "【{fac}】应收账款保理融资：核心企业供应商可申请，账期内提前回款，{edb}，{tel}"),
    ("", "m", "{fac}业务经理{full}：工程、医药、汽车零部件供应商的应收账款都可以做保理，有需要联系{m}"),
])
# ---- named bank branches with an officer's personal mobile
ads("i-county-branch", "ad", [
    ("H", "m", "{cbranch}客户经理{full}：我行个体工商户经营贷款正在办理，有营业执照、经营满一年即可申请，{eds}，年化{cnh}起，电话{m}"),
    ("H", "m", "您好，我是{cbranch}的{sur}经理，县城商户、种养殖户需要资金可以来支行咨询，或打我手机{m}"),
    ("H", "m", "【{cbranch}】{county}县域“安居贷”开办中，购房、装修均可申请，客户经理{sur}{gn} {m}"),
    ("H", "m", "{county}的老乡们好，{cbranch}{sur}{gn}，支行有低息经营贷和消费贷，在外务工回乡创业也能申请，{m}微信同号"),
    ("HE", "m", "{cbranch}個體戶經營貸款，額度{eds}，年化{cnh}起，{sur}經理{m}"),
])
ads("i-subbranch-officer", "ad", [
    ("H", "m", "{branch}{full}：本支行经营贷、房抵贷额度充足，本月申请利率优惠，欢迎到{addr}网点咨询，{m}"),
    ("H", "m", "我是{branch}对公客户经理{sur}{gn}，企业开户、结算、经营贷都可以找我，手机{m}"),
    ("H", "m", "{sur}经理（{branch}）：{fest}前还有一批低息经营贷名额，企业法人可预约办理，{m}"),
    ("H", "m", "您好，{branch}小微团队{full}，我们本周在{dist}商圈走访商户，有贷款需求可提前电话{m}"),
    ("HE", "m", "{branch}房.抵.經.營.貸 年化{mnh}起 {sur}經理 {m}"),
    ("H", "m", "{branch}个贷经理小{sur}：公积金连续缴存一年以上的客户，可以办我行的工薪信用贷，{edc}，{m}"),
])
ads("i-business-dept", "ad", [
    ("H", "m", "{bank}{city}分行营业部普惠金融中心：小微企业“首贷”专项服务，首次贷款企业享利率优惠。联系人{full}{m}"),
    ("H", "m", "您好，我是{bank}{city}分行营业部的客户经理{sur}，营业部地址{addr}，企业贷款和个人贷款都可以来咨询，{m}"),
    ("H", "m", "{bank}{city}分行营业部个贷组：二手房按揭、装修贷、消费贷，{sur}经理{m}，工作日可直接来营业部二楼"),
])
ads("i-rural-bank", "ad", [
    ("H", "m", "{rb}{town}支行：{fest}前“创业贷”集中受理，个体户、小商户可申请{eds}，客户经理{full}{m}"),
    ("H", "m", "我是{rb}的客户经理{sur}{gn}，负责{town}片区，有贷款需求的乡亲可以直接打我电话{m}，也可以来支行"),
    ("H", "m", "{rb}“商户快贷”进社区：{town}街道商户经营贷当场预审，{sur}经理{m}"),
    ("H", "m", "{rb}农户小额贷款：种植大户、养殖户、农家乐经营户，{eds}，随借随还，{town}支行{sur}{m}"),
])
ads("i-credit-union", "ad", [
    ("H", "m", "{cu}{town}信用社：农户信用贷款、创业贷款、助学贷款办理中，信贷员{full}{m}"),
    ("H", "m", "{cus}{town}分社信贷员{sur}：家里要盖房、买农机、进化肥的，可以来信用社问问贷款，{m}"),
    ("HE", "m", "{cus}{town}分社 農戶小額信.貸 額.度{eds} 信貸員{sur}{m}"),
])
ads("i-village-bank", "ad", [
    ("H", "m", "{vb}：本地个体户经营贷，{eds}，审批快，客户经理{sur}{gn}{m}，地址{addr}"),
    ("H", "m", "{vb}营业部{sur}经理：我行是{county}本地村镇银行，专做农户和小微贷款，有需要联系{m}"),
    ("H", "m", "{fest}好！{vb}{sur}{gn}给您拜年，新年有资金需求可联系我{m}，我行贷款不收任何中介费用。"),
])
# ---- big banks' own product marketing (official domain / app / hotline)
ads("i-bigbank-consumer", "lender_marketing", [
    ("", "h", "【{bank}】“{cprod}”消费贷限时优惠，年化利率(单利){cnh}起，额度最高30万，线上申请，登录{bs}手机银行或访问{dom}了解。回T退订"),
    ("", "h", "{cprod}，随用随借。{bank}个人信用消费贷款，按日计息，可提前还款，详询{hot}或{bs}App搜索“{cprod}”。拒收请回复R【{bank}】"),
    ("", "h", "【{bank}】代发工资客户专享：{cprod}年化{cnh}起，最长{yc}年，仅限本行手机银行申请，以审批结果为准。退订回T"),
    ("", "h", "【{bank}】装修季来了！{cprod}可用于家装、家电、教育，申请入口：{bs}手机银行-贷款-{cprod}。详情{dom} 回TD退订"),
    ("", "h", "{bank}提示：{cprod}贷款资金不得用于购房和投资理财，本行不收取任何申请费、服务费，请通过官方渠道办理。详询{hot}【{bank}】"),
    ("", "h", "【{bank}】{fest}惠享｜{cprod}利率券上线，领券后借款享年化{cnh}起，打开{bs}手机银行-我的-卡券查看。回T退订"),
])
ads("i-bigbank-business", "lender_marketing", [
    ("", "h", "【{bank}】“{bprod}”为小微企业主和个体工商户提供线上经营贷款，纯信用，{edb}，随借随还。{bs}手机银行或企业网银申请，详见{dom} 回T退订"),
    ("", "h", "{bprod}：凭企业纳税信息即可线上申请，最快当天审批，{bank}普惠金融服务热线{hot}。退订回T【{bank}】"),
    ("", "h", "【{bank}】商户经营好帮手：{bprod}支持按日计息、随借随还，结算在本行的商户额度更高。申请入口：{bs}App-普惠金融。拒收请回复R"),
    ("", "h", "【{bank}】致个体工商户：{bprod}今日起利率下调，年化{cnh}起，详情请登录{dom}或拨打{hot}。回TD退订"),
])
ads("i-bigbank-card", "lender_marketing", [
    ("", "h", "【{bank}】信用卡现金分期限时优惠，最长24期，分期手续费折合年化利率{cnh}起，{bs}信用卡App申请。回T退订"),
    ("", "h", "{bank}商务信用卡：企业主专享高额度，境内外差旅权益，{bs}信用卡App或官网{dom}在线申请。退订回T【{bank}】"),
    ("", "h", "【{bank}】{fest}账单分期季，大额消费可分3-24期，折合年化利率以页面为准，申请请登录{bs}手机银行。回TD退订"),
])
ads("i-citybank-product", "lender_marketing", [
    ("", "p", "【{city}银行】“{xy}e贷”本地居民专享，年化{cnh}起，{city}银行手机银行申请，详询本行客服热线。回T退订"),
    ("", "p", "【{city}银行】小微企业“税e融”额度提升，本地纳税企业可登录企业手机银行测额，年化{cnh}起。退订回T"),
    ("", "p", "【{rb}】“{xy}快贷”线上申请开通啦！本地户籍、有稳定收入即可申请，{eds}，关注{rb}公众号或下载手机银行。回T退订"),
])
ads("i-consumer-finance-co", "lender_marketing", [
    ("", "p", "【{xy}消费金融】新用户首借可享利率优惠，年化{cnh}起，以审批结果为准，请在{xy}消费金融官方App申请。回T退订"),
    ("", "p", "【{xy}消费金融】持牌机构，合规借款。借款请认准官方App，我司不会以任何名义要求您向个人账户转账。拒收请回复R"),
    ("", "p", "{xy}消费金融：教育、旅游、家装分期服务上线，最长24期，详见官方App活动页。退订回T【{xy}消费金融】"),
])
# ---- e-commerce credit usage notices
ads("i-baitiao-order", "transaction_alert", [
    ("", "京东", "【京东】您的订单{ordno}已使用京东白条支付{amt}元，商品：{item}，预计{md}送达。"),
    ("", "京东", "【京东支付】您于{md}{hh}使用白条在{shop}完成支付{amt}元，如非本人操作请致电950618。"),
    ("", "京东", "【京东】打白条成功！订单{ordno}（{item}）已选择分{per}期付款，每期应还金额可在京东App-我的-白条中查看。"),
    ("", "京东", "白条支付提醒：{shop}订单{amt}元已付款，订单号{ordno}，感谢您的购买。【京东】"),
])
ads("i-yuefu-order", "transaction_alert", [
    ("", "美团", "【美团】你在{mt}的订单已使用美团月付支付{amt2}元，可在美团App-我的-美团月付中查看明细。"),
    ("", "美团", "美团月付消费提醒：{md}{hh}，{mt}，{amt2}元。本月账单出账后可在App查看。【美团】"),
    ("", "抖音", "【抖音月付】你在{dy}的订单已使用抖音月付支付{amt}元，订单号{ordno}。"),
    ("", "抖音", "【抖音】你已使用月付完成{item}订单付款{amt}元，分{per}期，可在“我的钱包-月付”查看。"),
])
ads("i-ecommerce-credit-status", "loan_status", [
    ("", "京东", "【京东】您的白条分期已办理成功，订单{ordno}，共{per}期，首期将计入下期账单。"),
    ("", "美团", "【美团】美团月付已开通，可用于外卖、到店、买菜等场景付款，可在App内随时关闭。"),
    ("", "抖音", "【抖音月付】你的月付额度已生效，可在抖音商城下单时选择月付，详情见“我的钱包”。"),
])
# ---- brokers' investment / financial product ads
ads("i-securities-broker", "ad", [
    ("", "m", "{sec}{city}营业部{full}：股票开户佣金{yong}（含规费以实际为准），两融利率{rong}起，手机上就能开户，有问题随时联系我{m}"),
    ("", "m", "您好，我是{sec}的投资顾问{sur}，国债逆回购、场内基金、可转债交易都可以在我们这边办理，佣金优惠，{m}"),
    ("", "p", "【{sec}】{fest}假期前国债逆回购提示：节前最后一个交易日操作可覆盖假期计息，详情见{sec}App。回T退订"),
    ("", "m", "{sec}{dist}营业部客户经理小{sur}：两融账户开通条件为资产满50万且交易满半年，利率{rong}起，欢迎到营业部咨询{m}"),
    ("H", "m", "股票账户转户到{sec}，佣金{yong}，两融利率{rong}，{city}{dist}营业部{sur}经理{m}，不荐股、不代客理财。"),
])
ads("i-wealth-product", "ad", [
    ("", "m", "{bank}{dist}支行理财经理{full}：本周新发“{fund}”，业绩比较基准{pct}，理财非存款，产品有风险，投资须谨慎。{m}"),
    ("", "p", "【{sec}】“{fund}”收益凭证今日发行，起购金额5万元，期限{per}个月，详见{sec}App，投资有风险。回T退订"),
    ("H", "m", "{sur}经理（{branch}）：大额存单、国债、理财都有额度，到期的客户可以提前联系我安排，{m}"),
    ("", "r", "{xy}基金销售有限公司：基金定投，每月100元起投，详询持牌基金销售机构官方App。基金有风险，投资需谨慎。"),
])
# ---- more voices
ads("i-festival-broker", "ad", [
    ("", "m", "{fest}快乐！{co}{sur}{gn}祝您阖家幸福。节后开工资金需求，信用贷、经营贷、房抵贷都可以找我{m}"),
    ("", "m", "{fest}前最后一批放款，{city}经营贷、车抵贷抓紧申请，{who}{m}"),
    ("", "p", "{co2}{fest}期间正常营业，融资咨询请拨{tel}，祝您节日快乐！"),
])
ads("i-chatty-broker", "ad", [
    ("", "m", "亲，在吗？我是做贷款的小{sur}，{city}本地的，有需要资金周转随时戳我哈～{m}"),
    ("", "m", "姐姐/哥哥好呀，需要用钱记得找我哦，银行低息产品，年化{cnh}起，{m}{wx}～"),
    ("", "m", "嗨～好久没联系啦，我还在做银行贷款这块，身边有朋友需要的帮我推荐一下呗，{sur}{gn}{m}"),
    ("", "m", "老板早上好☀️今天{city}经营贷利率又降了，有需要的话找我聊聊～{who}{m}"),
])
ads("i-emoji-broker", "ad", [
    ("", "m", "🏠房抵 🚗车抵 💳信用贷 🏭经营贷 {city}本地办理 ☎️{m} {sur}经理"),
    ("", "m", "💰资金周转找{co}💰年化{cnh}起✅银行放款✅随借随还📞{m}"),
    ("E", "m", "🔥無抵.押🔥信用貣款{edc}🔥{city}{sur}經理📞{m}"),
    ("", "m", "✨企业主福利✨经营贷{edb}，年化{mnh}起，{who}☎{m}"),
])
ads("i-owner-card-broker", "ad", [
    ("", "m", "个体户、企业主办信用卡，{co}协助整理资料、对接银行面签，额度{edcard}，不成功不收费，{m}"),
    ("", "m", "做生意的老板可以办张大额卡备用，{city}多家银行商务卡，{sur}{m}"),
    ("E", "m", "老闆專享大額信.用.卡 額.度{edcard} {city}{who}{m}"),
])
ads("i-agri-supply", "ad", [
    ("", "p", "【{xy}农资】买化肥、农药、种子可申请“农资贷”，由合作银行审批，先用后还，详询{tel}"),
    ("", "m", "养殖场饲料款周转：{xy}饲料联合{rb}推出饲料贷，老客户凭购料记录申请，{eds}，{sur}经理{m}"),
    ("H", "m", "{county}果农注意：{rb}和{xy}合作社合办果园贷，今年可申请，{sur}{gn}{m}"),
])
ads("i-truck-finance", "ad", [
    ("", "m", "重卡、牵引车、冷藏车分期，首付两成起，{city}{xy}汽贸联合金融公司办理，{sur}{m}"),
    ("", "m", "跑车师傅换新车，旧车抵首付，剩下分期，{car}{city}店{who}{m}"),
    ("", "p", "【{xy}物流平台】平台司机专享加油贷、ETC通行费先用后付，审批以合作机构为准。回T退订"),
])
ads("i-name-card", "ad", [
    ("", "m", "名片｜{co}｜融资顾问 {full}｜手机 {m}｜地址 {city}{addr}｜房抵 车抵 经营贷 企业贷"),
    ("", "m", "{full} {co} 高级客户经理 {m} 主营：银行信用贷/房产抵押/企业融资"),
    ("H", "m", "[名片] {sur}{gn} | {branch} 客户经理 | {m} | 个人贷款 企业贷款 信用卡"),
])
ads("i-regional-dialect", "ad", [
    ("", "m", "老铁们，{city}本地房子车子都能贷，利息不高，整得快，{sur}哥{m}"),
    ("", "m", "做生意嘅老板睇下：经营贷{edb}，利息平，批得快，{sur}生{m}"),
    ("", "m", "乡里乡亲的，要用钱莫去借高利贷，找正规银行贷款，我帮你问，{sur}{m}"),
    ("", "m", "{city}的老板们，周转资金找俺，房抵经营贷利息{mnh}，中不中打个电话{m}"),
])
ads("i-terse", "ad", [
    ("", "m", "房抵经营贷 年化{mnh}起 {m}"),
    ("", "m", "贷款咨询 银行渠道 {m}{sur}"),
    ("", "m", "{city}车抵 押证不押车 {sur} {m}"),
    ("E", "m", "信貸 房貸 車貸 找{sur} {m}"),
    ("", "m", "企业贷 税贷 发票贷 {who}{m}"),
])
ads("i-english-mix", "ad", [
    ("", "m", "Loan咨询｜{city}房抵/经营贷，rate {mnh}起，最快1 week放款，Contact {sur} {m}"),
    ("", "m", "{co} Business Loan：个体户/SME 经营贷 {edb}，APR {cnh}起，call {m}"),
    ("", "m", "Hello老板，需要cash flow周转吗？银行经营贷了解一下，{who}{m}"),
])

# ================================================================ call transcripts
CALLS = []


def call(scen, fam, kind, flags, sender, text):
    add(scen, fam, kind, flags, sender, text)


call("i-call-broker-cold", "ad", "d", "", "r", """
对方：喂，您好，我是{co}的{sur}顾问，打扰一分钟，请问您是做生意的吗？
我：是啊，开个小超市。
对方：我们这边帮个体户对接银行经营贷，执照满一年，经营正常就可以申请，年化{cnh}起，随借随还。
我：你们是银行的吗？
对方：不是，我们是助贷公司，钱是银行直接放到您对公或者个人账户，合同也是和银行签，我们只收放款后的服务费。
我：我现在还不需要。
对方：好的，那我给您发条短信留个联系方式，以后有需要随时找我。""")
call("i-call-broker-cold", "ad", "d", "", "r", """
对方：{sur2}总您好，{co}，我姓{sur}。听说您厂里最近在扩产线？
我：你听谁说的？
对方：上周园区招商会上您留了名片。我们这边做企业主信用贷和设备融资，想约您喝个茶聊聊方案。
我：利息多少？
对方：企业主信用贷年化{cnh}起，设备融资看租赁公司报价，具体都要机构审批，我不能给您打包票。
我：你们收多少服务费？
对方：成功放款才收，费率签合同前写清楚，前期不收一分钱。
我：那你周四下午来厂里吧。
对方：好的，我提前给您打电话。""")
call("i-call-broker-cold", "ad", "d", "", "r", """
对方：您好，请问是{sur2}女士吗？我是{co}的小{sur}，您上个月在我们{plat}上填过贷款意向表。
我：哦，是填过，想看看装修能贷多少。
对方：您名下有房贷的话，可以申请银行的装修消费贷，额度一般是{edc}，年化{cnh}起，资金会直接付给装修公司。
我：那怎么申请？
对方：您可以自己在银行App上申请，也可以我们陪您去网点，我们会把几家银行的条件列给您比较。
我：你们收钱吗？
对方：您自己申请的话不收，找我们全程办理的话放款后收服务费，比例事先说清楚。
我：我先自己在App上试试吧。
对方：没问题，有不明白的地方再打给我。""")
call("i-call-broker-cold", "ad", "d", "", "r", """
对方：喂，您好，{city}{co}，想问您一下家里有没有房子需要做抵押贷款？
我：你们是正规公司吗？我看新闻说好多贷款都是骗子。
对方：理解，我们公司营业执照可以在国家企业信用信息公示系统查到，办理地址在{addr}，您可以上门看看。我们不收前期费用，也不会让您往任何账户转钱。
我：利息呢？
对方：房抵经营贷年化{mnh}起，十年期，具体看银行审批。
我：我先不办，有需要了我去你们公司。
对方：好的，欢迎您随时过来。""")
call("i-call-broker-cold", "ad", "d", "", "r", """
对方：老板您好，我是{co}的{sur}，做银行过桥和续贷的，想问下您公司今年有贷款要到期吗？
我：下个月有一笔三百万要续。
对方：续贷如果银行要求先还后贷，中间的资金缺口我们可以做过桥，按天计息，一般三到十天。
我：费用怎么算？
对方：按天算，日费率{rx}左右，签正式合同，银行续贷批复出来我们才放。
我：我先问问银行能不能无还本续贷。
对方：对，能无还本续贷最好，那样就不用过桥了。有需要您再找我。""")
call("i-call-broker-cold", "ad", "d", "", "r", """
对方：您好，我是{b2b}金融服务部的{full}，看您公司在平台上一直有采购{goods}，想跟您介绍一下平台和{bank}合作的采购贷。
我：什么条件？
对方：平台交易满半年的企业会员，凭历史订单申请，额度{edb}，放款是银行直接付给卖家的，不经过平台。
我：利息多少？
对方：年化{cnh}起，看企业经营情况。在平台后台“金融服务”里就能申请，申请不收任何费用。
我：好，我让财务去后台看看。
对方：好的，有问题随时联系我。""")
call("i-call-broker-cold", "ad", "d", "", "r", """
对方：喂您好，打扰一下，我这边是{co}，做车辆抵押贷款的，您名下有车吗？
我：有，怎么了？
对方：车可以做抵押贷款，不押车，您照常开，额度按车辆评估价算，月息{myx}起。
我：我现在不缺钱。
我：你们要收什么钱吗？
对方：评估免费，前期不收任何费用，车管所办完抵押登记、钱放到您账上后再按合同收服务费。
我：知道了，暂时用不上。
对方：好的好的，那不打扰您了，以后朋友有需要可以推荐给我。
我：行，挂了。""")
call("i-call-branch-officer", "ad", "d", "H", "r", """
对方：您好，我是{branch}的客户经理{full}，请问您是{xy}贸易的{sur2}总吗？
我：我是，什么事？
对方：我们支行最近在推普惠经营贷，结算在我行的企业额度更高，年化{cnh}起，想约个时间上门介绍。
我：我跟别的银行已经有贷款了。
对方：没关系，多一家备用额度也好。您可以先在我行企业手机银行上测额，不用不收费。
我：那你发个短信给我吧。
对方：好的，我把支行地址和我的电话发您。""")
call("i-call-branch-officer", "ad", "d", "H", "r", """
对方：喂，{sur2}大哥吗？我是{rb}{town}支行的小{sur}，上次来村里登记过的。
我：哦，记得记得。
对方：您家那个养鸡场的贷款额度批下来了，可以随时来支行签合同，签完按需支用。
我：要带什么？
对方：带户口本和您爱人一起来就行，其他材料我们都准备好了，不收任何费用。
我：好，我周一过去。
对方：好的，我在支行等您。""")
call("i-call-branch-officer", "ad", "d", "H", "r", """
对方：您好，我是{cbranch}的个贷经理{full}，您上午在大堂问过公积金信用贷，我回个电话。
我：对，我想问我能贷多少。
对方：您公积金月缴存额多少？
我：一千二左右。
对方：那大概能给到十来万，最终以系统审批为准，年化{cnh}起。您直接在我行手机银行申请就行，不需要找任何中介。
我：我怕操作不对。
对方：您下午有空来支行，我在柜台旁边帮您一起操作。
我：好，那我三点过去。""")
call("i-call-branch-officer", "ad", "d", "H", "r", """
对方：您好，这里是{cu}{town}信用社，我是信贷员{sur}，给您打电话是通知一下，我们下周二在村委会办理春耕贷款集中签约。
我：我还没申请呢。
对方：没申请也可以那天来现场咨询登记，符合条件的当场预授信。
我：要交钱吗？
对方：不用交任何钱，也不用找人，带户口本就行，额度和利率都在现场公示。
我：我家今年想多包几亩地，能贷多少？
对方：一般农户{eds}，看家里经营情况，那天现场评议。
我：行，知道了。""")
call("i-call-bank-official", "lender_marketing", "d", "", "h", """
客服：您好，这里是{bank}客服中心，工号{tail}，打扰您一分钟。您是我行代发工资客户，我行“{cprod}”最近有利率优惠，想跟您介绍一下。
我：嗯，你说。
客服：这是纯线上的个人消费贷款，年化利率{cnh}起，额度以审批为准，您在{bs}手机银行搜索“{cprod}”就能申请。
我：需要我提供什么吗？
客服：电话里不需要您提供任何信息，我们也不会向您索要密码或短信验证码，申请请您自己在手机银行操作。
我：好的，我需要时自己看。
客服：好的，感谢您的接听，祝您生活愉快。""")
call("i-call-bank-official", "lender_marketing", "d", "", "h", """
客服：您好，{bank}信用卡中心，我姓{sur}，工号{tail}。我们本月有账单分期的优惠活动，请问您方便听一下吗？
我：多少手续费？
客服：分12期的话，每期手续费率按页面显示，折合年化利率我们都会在App上明示，您可以在{bs}信用卡App的“分期”里查看。
我：我这个月账单不多，不用了。
客服：好的，那不打扰您了。温馨提示，我行不会通过电话索要您的卡片信息和验证码。
我：好，再见。""")
call("i-call-bank-official", "lender_marketing", "d", "", "h", """
客服：您好，这边是{bank}普惠金融服务中心，工号{tail}。看到您的企业在我行开户结算，想跟您介绍一下“{bprod}”。
我：你们是真的{bs}吗？
客服：您可以挂断后回拨我行客服热线{hot}核实。这个产品在企业手机银行就能申请，纯信用，额度按企业纳税和结算情况核定。
我：我自己去手机银行看就行。
客服：可以的，申请全程线上，不收取任何费用，有问题可以拨打{hot}。再见。""")
call("i-call-platform", "ad", "d", "", "r", """
对方：您好，这里是{plat}客服，您上周在我们平台做了贷款测额，我这边回访一下。
我：对，我就是想看看。
对方：平台只做信息展示和比价，具体申请要跳转到银行的页面，由银行审批，我们不收费。
我：那你打电话干嘛？
对方：主要想确认您测额时有没有遇到问题，如果不需要了我就把您的回访标记关闭。
我：关了吧。
对方：好的，已经关闭，以后不会再打扰您。""")
# ASR run-on calls
call("i-call-broker-asr", "ad", "a", "", "r", "喂您好我这边是{city}{co}的小{sur}啊就是问一下您那边有没有资金周转的需要我们做房抵经营代年华三点几最长十年先息后本也可以 没有 哦没有是吧 那您家里人或者朋友做生意的有需要也可以介绍过来 我们是帮银行对接的钱是银行直接放的 前期不收钱 好 那好的那您以后有需要的话这个号码就是我的手机您存一下 嗯那不打扰了拜拜")
call("i-call-broker-asr", "ad", "a", "", "r", "喂 老板你好 我这边是做银行代款的 就是想问一下你们公司有没有开发票 有开的话可以做那个发票代 纯信用的不用抵压 额渡是开票的一到两成 一年开多少 两三百万吧 那差不多能做个三四十万 你们收多少钱 前面不收钱的 银行放款以后按合同收一个服务费 是去银行办还是你们办 法人本人在银行App上申请 我们在旁边指导 钱直接进公司账户 哦那你发个短信给我吧 好的好的我姓{sur} 马上发")
call("i-call-broker-asr", "ad", "a", "", "r", "喂你好请问是{sur2}先生吗 我这边是{co}的 您之前在网上问过车贷的 对 就是车子抵压代款 押证不押车 您那个车是哪年的 一八年的 一八年的可以做的 额渡要评估一下 大概车价的七成左右 月息三厘多 那你们要收什么费 评估免费的 放款以后收服务费 合同上都写着 要押车吗 不押车的 就是去车管所办个抵押登记 车您照常开 那我周末开过去看看 好的地址我发您短信")
call("i-call-broker-asr", "ad", "a", "", "r", "喂您好打扰一下啊我是{plat}的客服 就是您在我们平台上注册过 现在平台上线了好几家银行的经营代 您要是有需要可以在app里面比较一下利率 直接跳到银行页面申请的 审批放款都是银行做 我们平台不收费 你们打电话干嘛 就是告诉您一下有这个功能 您不需要的话我给您关掉回访 嗯关掉吧 好的 那就不打扰了 祝您生意兴隆")
call("i-call-broker-asr", "ad", "a", "", "r", "喂 喂 您好 我这边{city}做过桥的 就是银行续代那个过桥资金 您公司今年有没有续代的 没有啊 没有是吧 那行 我们这个是按天算利息的 签正规合同 银行续代批复下来才做 一般三五天就还回来了 你们是什么公司 我们是{co} 营业执照都能查 办公室在{addr} 以后要是有需要可以找我 嗯 好嘞 我姓{sur} 存一下号码 打扰您了 拜拜")
call("i-call-broker-asr", "ad", "a", "", "r", "喂你好啊我这边是{co}做企业主信用代的 就是您是公司法人吧 是 那您可以申请我们对接的银行企业主信用代 额渡最高三百万 年华四个点左右 需要公司成立满两年 纳税正常 那你们怎么收费 放款以后收百分之一到两个点的服务费合同上写的前期不收 钱放到哪里 放到您公司的对公账户或者您本人名下 我们不经手 我考虑一下 好的那您考虑好了打给我")
call("i-call-bank-asr", "ad", "a", "H", "r", "喂您好我是{branch}的客户经理小{sur}啊 就是我们支行现在有个人经营代 利率比较低年华三点多 您是在我们这边开的对公账户对吧 对 那您可以在企业手机银行上先测一下额渡 不用不收钱 要我去支行吗 线上就能办 要是操作不会我可以上门 你们这个要不要找中介 不用的就是我们行自己的产品 好的 嗯那不打扰您了")
call("i-call-bank-asr", "ad", "a", "H", "r", "喂你好是{sur2}老板吗我是{rb}的信代员小{sur}就是我们今年在{town}做商户的授信您那个店铺可以申请商户快代额渡十来万随借随还不用不计息 要交钱不 不交钱的到支行签个合同就行 我们这个是银行自己的产品不经过中介 利息多少 年华四个点左右具体到支行给您算 哦 那我哪天去 您周一到周五都可以来 带上营业执照和户口本就行 到了找我 好 知道了")
call("i-call-bank-asr", "ad", "a", "H", "r", "喂您好这边是{cbranch}的 我姓{sur} 就是上次您来网点问的房子抵压代款 现在利率又调了 年华三点一左右 最长可以做十年 您那边还需要吗 需要的 那您带上房产证和营业直照来网点我给您做个预审 要不要找中介 不用的直接来我们支行就行 不收任何中介费 评估费也是银行出 好的 那我明天上午过去 好嘞 到了前台说找{sur}经理")

# ================================================================ generation
FORBIDDEN = ["保证金", "解冻", "验资", "流水", "工本费", "不看征信", "不查征信", "无视", "黑户", "白户", "查封", "不上征信", "身份证",
             "银行卡", "卡号", "密码", "押金", "先交", "会员费", "激活", "修复", "代还", "套现", "逾期", "冻结", "包装", "内部渠道",
             "秒批", "注销", "认证费", "手续费先", "已批", "审批通过", "已为您", "预审批"]
FORBID_OK = {"密码": ("i-call-bank-official",), "流水": ("i-platform-bank-coop",)}
BANKISH = re.compile(r"银行|銀行|[建工农中招交]行|农商|信用社|支行|分行|營業部|营业部")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d[ .-]?\d{4}[ .-]?\d{4}(?!\d)")
LIMITS = {"s": (20, 250), "d": (150, 500), "a": (150, 500)}


def sender_for(spec, d, text):
    if spec == "m":
        r = R.random()
        if r < 0.6 and d["m_raw"] in re.sub(r"[ .-]", "", text):
            return d["m_raw"]
        return mobile() if r < 0.85 else None
    if spec == "r":
        return R.choice([mobile(), mobile(), None])
    if spec == "p":
        return port()
    if spec == "h":
        return R.choice([d["hot"], "1069800" + d["hot"], "10690" + d["hot"] + digits(2), d["bank"]])
    if spec == "n":
        return None
    return spec


def render(base):
    scen, fam, kind, fl, snd, tpl = base
    d = slots()
    text = fill(tpl, d)
    if kind == "d" and R.random() < 0.3:
        text = text.replace("对方：", R.choice(["来电：", "业务员：", "经理："]))
    return text, sender_for(snd, d, text), d


def problems(base, text):
    scen, fam, kind = base[0], base[1], base[2]
    errs = [w for w in FORBIDDEN if w in text and scen not in FORBID_OK.get(w, ())]
    lo, hi = LIMITS[kind]
    if not lo <= len(text) <= hi:
        errs.append(f"length {len(text)}")
    if "{" in text or "[[" in text:
        errs.append("unfilled slot")
    return errs


def pool_texts():
    skip = {"other_i.jsonl", "scam_g.jsonl"}
    return [json.loads(ln)["text"] for p in corpus_files(CORPUS) if p.name not in skip
            for ln in p.open(encoding="utf-8") if ln.strip()]


def main():
    pool = NearDuplicateIndex(pool_texts())
    rows, rejected = [], Counter()
    plan = [(k, 0) for k in range(len(B))] + [(k, 1) for k in range(len(B)) if B[k][2] == "s" and R.random() < SECOND]
    for k, rep in plan:
        base = B[k]
        scen, fam, kind, fl, snd, tpl = base
        for _try in range(4):
            text, sender, d = render(base)
            errs = problems(base, text)
            if errs:
                raise SystemExit(f"base {k} ({scen}): {errs}: {text}")
            if pool.max_jaccard(text) >= DEDUP:
                rejected[scen] += 1
                continue
            pool.add(text)
            evasive = "E" in fl
            personal = bool(MOBILE_RE.search(text)) or (sender is not None and sender[:1] == "1" and len(sender) == 11)
            hard = "H" in fl or evasive or (personal and bool(BANKISH.search(text)))
            flags = sorted((["hard"] if hard else []) + (["evasive"] if evasive else []))
            rows.append(dict(text=text, channel="sms" if kind == "s" else "call", sender=sender, family=fam,
                             group=f"{fam}/{scen}", flags=flags, base=k))
            break
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:04d}", "text": r["text"], "label": "other", "channel": r["channel"],
                   "sender": r["sender"], "family": r["family"], "group": r["group"], "flags": r["flags"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    ch = Counter(r["channel"] for r in rows)
    print(f"base texts {len(B)} ({len({r['base'] for r in rows})} used); rows {len(rows)}: sms {ch['sms']}, call {ch['call']}")
    print("groups", len({r["group"] for r in rows}), "families", dict(Counter(r["family"] for r in rows)))
    print("hard", sum("hard" in r["flags"] for r in rows), "evasive", sum("evasive" in r["flags"] for r in rows))
    if rejected:
        print("dedup rejections:", dict(rejected))


if __name__ == "__main__":
    main()
