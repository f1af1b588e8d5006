"""Generator for corpus section other_k (label "other"): hard negatives with the SURFACE of a scam.

Ordinary, non-fraudulent messages that carry what filters associate with scams: a personal mobile, 加微信 / 加V /
QQ号 / QQ群 / 微信群, 经理 / 老师 / 顾问 / 师傅 names, money amounts, 免费, 限时, links, 【signatures】 of small
companies, and in a share of them the odd spellings of old spam (dotted or spaced words, traditional characters mixed
into simplified text, ㊣, 薇信, 扣扣). Kinds:
  - ordinary ads with a personal contact: rentals and house agents, new-build sales, used cars and car dealers,
    decoration, tutoring, adult training, driving schools, restaurants and banquets, gyms, beauty salons, travel
    agencies, wedding photography, furniture, factory recruitment with a 人事 mobile, B2B suppliers and trade fairs,
    printing, moving, housekeeping, farm produce, pet and flower shops, homestays, home repair, children's classes;
  - investment-information marketing from named firms (财经资讯 lectures, 黄金/白银 quotes, a futures broker's
    education events, a securities branch's client group) inviting to a free lecture or a QQ / WeChat group, with
    risk wording, never a promised return, a fee or a transfer;
  - Hong Kong and Taiwan shops in traditional script (WhatsApp / LINE contacts);
  - members' clubs, owners' groups, parents' groups and alumni associations with a group number;
  - chat between friends and family about money and numbers (加我微信, 转你钱了, 借我两百, AA), local news accounts,
    group owners warning against people impersonating them;
  - call transcripts (about a tenth): salespeople's cold calls and callbacks, and chat voice messages run through
    speech recognition.
None asks for a fee before a service, a transfer to a stranger, a code, an ID or card, screen sharing, or says
anything about the recipient's debts or credit account.

Every base text was written by hand for this section; slots fill only names, numbers, amounts, places, companies and
links. Each base gives one rendering; a share of the SMS bases get a second rendering with other slot values. A
candidate whose character 5-gram Jaccard with any accepted text of the corpus reaches 0.5 is re-drawn (up to three
times) or dropped.

Stdlib only, fixed seed.   python corpus/sources/other_k.py   # writes corpus/other_k.jsonl
"""
import random
import sys
from collections import Counter
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve()
OUT = HERE.parents[1] / "other_k.jsonl"
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2])]
import _common as common  # noqa: E402
from scamguard.corpus import NearDuplicateIndex, corpus_texts  # noqa: E402

SEED = 20260823
R = random.Random(SEED)
PREFIX = "ok"
DEDUP = 0.5
SECOND = 0.3  # share of SMS bases given a second rendering

# ---------------------------------------------------------------- slot pools
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏方邹熊白孟秦邱侯江尹薛段雷黎史陶贺毛郝顾龚邵万钱严孔向常汤康易乔赖文施洪柯庄温")
GIVEN = ["晓明", "丽华", "志伟", "秀兰", "海涛", "美玲", "建新", "红梅", "国平", "小军", "雅静", "文涛", "春华", "亚男", "东升",
         "佳怡", "俊辉", "淑芬", "子涵", "明轩", "桂芳", "振华", "彩霞", "晓鹏", "婉婷", "德胜", "小芸", "立伟", "慧芳", "一鸣",
         "燕", "刚", "娜", "超", "琳", "波"]
CITY = [
    ("无锡", ["梁溪", "滨湖", "新吴"], ["江阴", "宜兴"]), ("徐州", ["鼓楼", "云龙", "泉山"], ["邳州", "新沂", "沛县"]),
    ("泰州", ["海陵", "高港"], ["兴化", "靖江", "泰兴"]), ("镇江", ["京口", "润州"], ["丹阳", "句容", "扬中"]),
    ("绍兴", ["越城", "柯桥", "上虞"], ["诸暨", "嵊州"]), ("台州", ["椒江", "黄岩", "路桥"], ["温岭", "临海"]),
    ("金华", ["婺城", "金东"], ["义乌", "东阳", "永康"]), ("蚌埠", ["蚌山", "龙子湖"], ["怀远", "固镇"]),
    ("安庆", ["迎江", "大观"], ["桐城", "潜山"]), ("赣州", ["章贡", "南康"], ["瑞金", "于都"]),
    ("宜春", ["袁州"], ["丰城", "樟树", "高安"]), ("株洲", ["天元", "芦淞", "荷塘"], ["醴陵", "攸县"]),
    ("常德", ["武陵", "鼎城"], ["津市", "汉寿"]), ("宜昌", ["西陵", "伍家岗"], ["枝江", "当阳"]),
    ("洛阳", ["涧西", "西工", "洛龙"], ["偃师", "孟津", "新安"]), ("新乡", ["红旗", "牧野"], ["辉县", "长垣"]),
    ("潍坊", ["奎文", "潍城"], ["青州", "寿光", "诸城"]), ("淄博", ["张店", "临淄"], ["桓台", "沂源"]),
    ("唐山", ["路北", "路南"], ["迁安", "遵化", "滦州"]), ("沧州", ["运河", "新华"], ["任丘", "黄骅", "河间"]),
    ("德阳", ["旌阳", "罗江"], ["广汉", "什邡"]), ("宜宾", ["翠屏", "叙州"], ["江安", "长宁"]),
    ("曲靖", ["麒麟", "沾益"], ["宣威", "陆良"]), ("玉林", ["玉州", "福绵"], ["北流", "博白"]),
    ("汕头", ["金平", "龙湖"], ["南澳"]), ("湛江", ["赤坎", "霞山"], ["廉江", "雷州"]),
    ("东莞", ["南城", "东城", "长安"], []), ("佛山", ["顺德", "南海", "禅城"], []),
    ("厦门", ["思明", "湖里", "集美"], []), ("青岛", ["市南", "崂山", "黄岛"], ["胶州", "平度"]),
    ("沈阳", ["和平", "铁西", "浑南"], ["新民", "法库"]), ("银川", ["兴庆", "金凤"], ["永宁", "贺兰"]),
    ("呼和浩特", ["新城", "赛罕"], ["托克托", "土默特左旗"]), ("西宁", ["城中", "城西"], ["湟中", "大通"]),
]
ROADS = ["和平路", "人民南路", "东风路", "建设大道", "迎宾路", "滨河路", "光明街", "朝阳路", "工农路", "府前街", "青年路", "站前路"]
ESTATES = ["锦绣花园", "翠湖苑", "金色家园", "滨江壹号", "御景湾", "丽水湾", "香榭名邸", "华府天地", "长江花园", "南湖名苑",
           "新城国际", "书香门第", "枫林晚", "紫荆苑", "悦澜府", "东方明珠苑", "梧桐郡", "碧水云天", "春江明月", "星河湾畔"]
AGENCY = ["家家顺地产", "同城房产", "恒信置业", "好房通", "金钥匙房产", "易居房产", "顺心地产", "安家地产"]
DECO = ["匠心", "美居", "家和", "安居", "筑梦", "尚品", "雅居", "简木", "优家", "鸿景"]
CARS = ["比亚迪", "吉利", "长安", "大众", "丰田", "本田", "哈弗", "奇瑞", "别克", "日产", "马自达", "五菱", "领克", "传祺"]
LOTS = ["诚信二手车", "顺达车行", "好车汇", "老兵车行", "车易达", "鑫源二手车", "放心车行"]
COLORS = ["珍珠白", "星空灰", "曜石黑", "天际蓝", "极光银", "宝石红"]
SCHOOLS = ["启航教育", "博学堂", "卓越学堂", "明思教育", "思远教育", "育才培优", "金榜学堂", "学优辅导"]
GRADES = ["三年级", "四年级", "五年级", "六年级", "初一", "初二", "初三", "高一", "高二"]
TRAIN = ["立学", "华杰", "职通", "英才", "新程", "达人", "精诚"]
DS = ["通达", "安顺", "交运", "东方", "顺风", "金盾", "平安"]
RESTS = ["福满楼", "金悦轩", "聚贤庄", "老城南", "湘里人家", "客来香", "渔家乐", "鸿宾楼", "兴隆阁", "粤香园"]
GYMS = ["力美", "乐动", "型动", "超燃", "活力", "悦动", "蓝鲸"]
SALONS = ["丽人坊", "美之约", "花间美学", "靓颜坊", "伊人阁", "素颜美肤"]
TRAVEL = ["阳光国旅", "快乐假期", "途悦", "远方", "环宇", "悠游", "康途"]
DEST = ["云南", "海南三亚", "桂林阳朔", "张家界", "新疆伊犁", "厦门", "西安", "九寨沟", "北京", "长白山"]
DEST2 = ["千岛湖", "莫干山", "黄山", "太湖", "宏村", "周庄", "雁荡山", "天目山", "云台山", "崂山"]
WP = ["爱尚", "唯美时光", "米兰风尚", "初见", "时光印记", "花嫁"]
FURN = ["木匠坊", "宜居", "欧雅", "美思", "森林之家", "德尔"]
FAC = ["鸿达", "立新", "富强", "华美", "天成", "永盛", "恒信", "金源", "瑞丰"]
XY = ["信和", "恒达", "聚鑫", "嘉信", "鼎泰", "宏达", "金盛", "安泰", "众鑫", "德信", "泰丰", "华信", "盛元", "顺达", "锦华",
      "万通", "润达", "永泰", "启明", "聚丰"]
GOODS = [("钢材贸易有限公司", "螺纹钢", "HRB400 Φ16", lambda: f"{R.randint(33, 39)}{R.choice('0258')}0元/吨"),
         ("包装材料有限公司", "瓦楞纸箱", "五层瓦楞60×40×40", lambda: f"{R.randint(3, 6)}.{R.randint(1, 9)}元/个"),
         ("塑业有限公司", "PE缠绕膜", "宽50cm厚2.5丝", lambda: f"{R.randint(10, 15)}.{R.randint(0, 9)}元/公斤"),
         ("五金制品厂", "不锈钢螺丝", "304 M6×20", lambda: f"0.{R.randint(11, 29)}元/颗"),
         ("纺织有限公司", "涤纶牛津布", "300D涂银", lambda: f"{R.randint(4, 8)}.{R.randint(0, 9)}元/米"),
         ("建材有限公司", "PPR水管", "20×2.8", lambda: f"{R.randint(3, 7)}.{R.randint(0, 9)}元/米"),
         ("电子有限公司", "LED灯珠", "2835 0.2W", lambda: f"{R.randint(2, 9)}{R.randint(0, 9)}元/千颗")]
PRINT = ["鑫彩", "金点子", "博文", "立达", "彩虹", "雅图"]
MOV = ["顺心", "万家", "诚信", "快捷", "好运", "大力"]
HKCO = ["好阿姨", "巧手", "贴心", "安心", "月月好", "家和万事"]
FIN = ["金鼎", "汇通", "盈和", "鑫源", "博瑞", "中汇", "华金", "润泰", "德睿"]
FUT = ["恒泰", "德润", "嘉联", "鼎盛", "宏源汇"]
SECS = ["华泰", "国泰", "中泰", "东吴", "财通", "浙商", "长江", "申万", "方正", "国元", "华安"]
TOPICS = ["下半年A股投资策略", "黄金价格走势与家庭配置", "如何看懂上市公司财报", "基金定投入门", "新能源行业观察",
          "美联储议息对市场的影响", "养老理财规划", "可转债基础知识", "ETF入门与资产配置"]
CROPS = ["玉米", "大豆", "生猪", "棉花", "白糖", "苹果", "鸡蛋"]
HKSHOP = ["美寶藥房", "福記海味", "金城珠寶", "恒昌電器", "樂家傢俬", "新華書局", "利興茶餐廳"]
HKAREA = ["旺角", "銅鑼灣", "觀塘", "荃灣", "沙田", "元朗", "將軍澳", "大埔"]
TWSHOP = ["春日茶行", "光華電器行", "美麗華眼鏡", "大同書局", "阿嬤的灶腳"]
TWBAKE = ["幸福烘焙", "好心情麵包坊", "小麥田烘焙", "甜蜜時光蛋糕"]
TWAREA = [("板橋", "02"), ("新莊", "02"), ("中壢", "03"), ("台中北屯", "04"), ("高雄三民", "07"), ("台南東區", "06"), ("桃園八德", "03")]
MOTO = ["光陽", "三陽", "山葉", "宏佳騰"]
CARCLUB = ["越野", "自驾游", "房车", "哈弗", "吉利", "老爷车"]
PARKS = ["人民公园", "滨江公园", "文化广场", "体育公园", "湿地公园"]
HOTELS = ["国际大酒店", "锦江饭店", "金陵饭店", "开元名都", "维景酒店"]
UNIS = ["师范学院", "理工大学", "财经学院", "农业大学", "医学院", "职业技术学院"]
MAJORS = ["会计", "土木", "英语", "机械", "护理", "计算机", "中文"]
COURSES = ["PS平面设计", "Excel数据处理", "短视频剪辑", "电工实操", "茶艺", "烘焙"]
FRUIT = ["脐橙", "猕猴桃", "阳光玫瑰葡萄", "丑橘", "苹果", "水蜜桃", "蓝莓", "杨梅"]
TEA = ["龙井", "碧螺春", "毛尖", "黄山毛峰", "安吉白茶", "六安瓜片"]
ARTS = ["童心", "彩虹桥", "星光", "七彩", "小太阳", "向日葵"]
EXPOS = ["五金机电", "包装印刷", "建材家居", "农机", "纺织面料", "食品饮料"]
FESTS = ["国庆", "五一", "中秋", "元旦", "春节", "端午", "七夕", "周年庆"]
WXP = ["xiaoli", "zhang", "amy", "lucky", "sunny", "wang", "chen", "happy", "lily", "tom", "jack", "linlin", "yoyo", "mm",
       "lao", "kk", "ahua", "dong", "joy", "star"]
LINEP = ["happy", "bakery", "tea", "shop", "mei", "ching", "good", "sun"]


digits = partial(common.digits, R)
mobile = partial(common.mobile, R, ["13", "13", "15", "15", "18", "18", "17", "19"])
port = partial(common.port, R)
shorturl = partial(common.short_url, R, ["t.cn/", "dwz.cn/", "url.cn/", "s.ly/", "j.mp/"])


def money(lo, hi, step=1):
    return str(R.randrange(lo, hi + 1, step))


def slots():
    cname, dists, counties = R.choice(CITY)
    dist = R.choice(dists)
    county = R.choice(counties) if counties else cname
    sur, sur2 = R.sample(SURN, 2)
    gn = R.choice(GIVEN)
    m = mobile()
    e1, e2 = R.sample(ESTATES, 2)
    d1, d2 = R.sample(DEST2, 2)
    md_m, md_d = R.randint(1, 12), R.randint(1, 27)
    suf, goods, spec, unit = R.choice(GOODS)
    xy = R.choice(XY)
    wx = R.choice(WXP) + R.choice(["", "_", ""]) + digits(R.choice([3, 4, 6]))
    hk = f"{R.choice('569')}{digits(3)} {digits(4)}"
    twa, twc = R.choice(TWAREA)
    aa_each = R.randint(90, 420)
    return dict(
        city=cname, dist=dist, county=county, sur=sur, sur2=sur2, gn=gn, full=sur + gn,
        m=m if R.random() < 0.85 else f"{m[:3]}-{m[3:7]}-{m[7:]}", m_raw=m, m_sp=f"{m[:3]} {m[3:7]} {m[7:]}",
        old4=digits(4), qq=str(R.randint(10000, 99999)) + digits(R.choice([0, 2, 4, 5])),
        qun=str(R.randint(1, 9)) + digits(R.choice([7, 8, 9])), wx=wx,
        url=shorturl(), tel=R.choice([f"0{R.randint(310, 939)}-{R.randint(2, 8)}{digits(6)}",
                                      f"400-{R.randint(100, 999)}-{digits(4)}"]),
        road=f"{R.choice(ROADS)}{R.randint(2, 388)}号", road0=R.choice(ROADS),
        estate=e1, estate2=e2, bld=str(R.randint(1, 32)), room=f"{R.randint(1, 28)}0{R.randint(1, 4)}",
        floor=str(R.randint(2, 6)), agency=R.choice(AGENCY), deco=R.choice(DECO),
        sqm=money(38, 142), rent=money(900, 4800, 100), price=money(58, 390), car=R.choice(CARS), lot=R.choice(LOTS),
        year=str(R.randint(2014, 2022)), km=str(R.randint(2, 14)), cprice=f"{R.randint(3, 16)}.{R.randint(1, 9)}",
        color=R.choice(COLORS), disc=money(5000, 28000, 1000), md=f"{md_m}月{md_d}日", md2=f"{md_m}月{md_d + 1}日",
        hh=f"{R.randint(9, 20)}:{R.choice(['00', '30'])}",
        school=R.choice(SCHOOLS), grade=R.choice(GRADES), child=R.choice(["小雨", "浩浩", "欣怡", "子轩", "朵朵", "乐乐", "一诺", "天天"]),
        fee=money(1680, 5980, 100), disc2=money(200, 800, 100), uni=cname + R.choice(UNIS), major=R.choice(MAJORS),
        price2=money(68, 398), price3=money(25, 120), small=money(50, 380, 10), small2=money(300, 1500, 100),
        small3=money(5, 30), small4=money(15, 60, 5), small5=money(500, 3000, 100), small6=money(600, 2400, 10),
        small7=money(90, 420), wage=money(5200, 8800, 100), train=R.choice(TRAIN), ds=R.choice(DS),
        rest=R.choice(RESTS), table=money(1988, 4888, 100), gymn=R.choice(GYMS), salon=R.choice(SALONS),
        travel=R.choice(TRAVEL), dest=R.choice(DEST), dest2=d1, dest3=d2, days=str(R.randint(4, 8)),
        tprice=money(1280, 5980, 100), plate=f"{R.choice('苏浙皖赣湘鄂豫鲁冀川')}{R.choice('ABCDEF')}{digits(5)}",
        wp=R.choice(WP), furn=R.choice(FURN), disc3=R.choice(["5", "6", "6.8", "7", "7.5"]), fac=R.choice(FAC),
        co=xy + suf, goods2=goods, spec=spec, unit=unit(), print=R.choice(PRINT), mov=R.choice(MOV), hkco=R.choice(HKCO),
        fin=R.choice(FIN), fut=R.choice(FUT), sec=R.choice(SECS), topic=R.choice(TOPICS), crop=R.choice(CROPS),
        gold=money(560, 780), silver=money(7200, 9800, 10), comm=R.choice(["0.85", "1", "1.2"]),
        hkshop=R.choice(HKSHOP), hkarea=R.choice(HKAREA), hkph=hk, hkd=money(80, 680, 10),
        twshop=R.choice(TWSHOP), twbake=R.choice(TWBAKE), twarea=twa, twph=f"09{digits(2)}-{digits(3)}-{digits(3)}",
        twtel=f"({twc}){R.randint(2, 8)}{digits(3)}-{digits(4)}", aa_each=str(aa_each), aa_total=str(aa_each * 6),
        sets=str(R.randint(3, 8)), fee2=money(880, 2280, 100), hour=money(60, 150, 10), left=str(R.randint(2, 9)), line=R.choice(LINEP) + digits(R.choice([3, 4])),
        moto=R.choice(MOTO), twd=money(18000, 52000, 1000), carclub=R.choice(CARCLUB), park=R.choice(PARKS),
        hotel=R.choice(HOTELS), cls=f"{R.randint(1, 6)}年级{R.randint(1, 9)}", course=R.choice(COURSES),
        fruit=R.choice(FRUIT), tea=R.choice(TEA), art=R.choice(ARTS), expo=R.choice(EXPOS), fest=R.choice(FESTS),
        n=str(R.randint(8, 40)), n2=str(R.choice([10, 15, 20, 25, 30])), year3=str(R.randint(1996, 2015)),
        no=digits(4), sf="SF" + digits(12),
    )


fill = common.fill_slots


# ================================================================ base texts
# add(scenario, family, kind, flags, sender, text)
#   kind: s = SMS, d = dialogue call, a = ASR run-on call / voice message
#   flags: H = hard, E = evasive spelling
#   sender: m = the mobile in the text (or another mobile / none), r = random mobile or none, p = 106 port,
#           n = none, hk = a Hong Kong number, tw = a Taiwan number, other = literal sender
B = common.BaseTexts()
add, sms = B.add, B.sms


# ---------------------------------------------------------------- housing
sms("rent-owner", "ad", [
    ("H", "m", "个人房源不收中介费：{city}{dist}{estate}两室一厅，{sqm}平，家电齐全，月租{rent}元，押一付三，随时看房。房东{sur}先生{m}，微信同号"),
    ("H", "m", "{estate}{bld}栋{floor}楼单间出租，独立卫生间能做饭，{rent}元一个月含物业费，水电自理，要的打{m}，晚上七点后方便看房"),
    ("H", "m", "房东直租！{dist}地铁口旁边{estate}一室户，拎包入住，月付也可以商量，看房提前一天约，{sur}阿姨{m}"),
    ("H", "m", "商铺转租：{dist}{road0}临街门面{sqm}平，原来做奶茶，设备可留可撤，转让费面议，租金按原合同每月{rent}元，有意者加微信{wx}看视频"),
    ("HE", "m", "房.屋.出.租 {estate} 兩室一廳 {rent}元/月 拎包入住 {sur}生{m}"),
    ("H", "m", "车位出租：{estate}地下二层靠电梯口，每月{small}元，半年起租，有需要的业主微信联系{wx}，不是中介"),
])
sms("house-agent", "ad", [
    ("H", "m", "{full}（{agency}置业顾问）：您好，您上周看的{estate}三房业主降价了，现报{price}万，满五唯一税费少，想再看一次随时约我{m}"),
    ("H", "m", "{city}{dist}学区房精选：{estate}、{estate2}在售{n}套，总价{price}万起，房源视频都在我朋友圈，加微信{wx}备注“看房”【{agency}】"),
    ("H", "m", "新房团购：{estate}本周末认筹，团购客户额外98折，到访送米面油，售楼处在{road}，置业顾问{full}{m}"),
    ("H", "m", "房东您好，我是{agency}的小{sur}，看到您{estate}的房子挂在网上，我手上有客户想长租，月租能到{rent}元左右，不知道您还租不租？{m}"),
    ("H", "m", "【{agency}】您委托出售的{estate}{bld}-{room}本周带看3组，有位客户出价{price}万，您考虑一下，方便时回电{m}。{sur}"),
])
# ---------------------------------------------------------------- cars
sms("used-car", "ad", [
    ("H", "m", "{city}二手车行每周上新：{year}年{car}，{km}万公里，一手私家车，原版原漆，{cprice}万，可第三方验车，可过户，{sur}老板{m}"),
    ("H", "m", "收二手车！{city}上门评估，私家车、营运车、泡水车都收，当场过户当场付款，{full}{m}（微信同号）"),
    ("H", "m", "{car}车主您好，我是{lot}的{sur}，您上个月问过置换的事，现在旧车估价比月初高了一点，有空开过来我们再看看。{m}"),
    ("H", "m", "精品二手车：{year}款{car} 自动挡 {km}万公里 {cprice}万一口价 支持上门看车 看车加V：{wx}"),
    ("HE", "m", "{lot}▲收.車 賣.車 置.換▲ 價.格 公.道 {city}{dist} {sur}生{m}"),
])
sms("car-dealer", "ad", [
    ("H", "m", "{sur2}先生您好，我是{car}{city}{dist}4S店销售顾问{full}，本周六店内团购会，到店试驾送礼品，现车充足，有意向提前跟我说，给您留车。{m}"),
    ("", "p", "【{car}{city}旗舰店】{fest}购车节：部分车型限时优惠{disc}元，老客户转介绍再送一年保养，详询{tel}。退订回T"),
    ("H", "m", "您好，{car}销售{sur}{gn}，您要的{color}色现车到了，这周来提的话送全车膜，价格跟您上次谈的一样。电话{m}"),
    ("H", "m", "车展邀请：{city}国际会展中心{md}-{md2}春季车展，{car}展台现场订车抽大奖，电子门票找我领，微信{wx}，销售顾问{sur}"),
])
# ---------------------------------------------------------------- home
sms("decoration", "ad", [
    ("H", "m", "【{deco}装饰】{city}老房翻新、新房全包，免费上门量房出方案，本月签约送全屋水电改造，设计师{full}{m}"),
    ("H", "m", "您好，我是{deco}装饰的设计师小{sur}，{estate}交房了吧？我们这个月在小区做了{n}户，有在施工的工地可以参观，加我微信{wx}发您效果图"),
    ("H", "m", "局部改造也接：卫生间翻新、厨房换橱柜、刷墙补漏，{city}{dist}上门看了再报价，看不收钱，{sur}师傅{m}"),
    ("HE", "m", "裝.修 找{deco} 全.包 半.包 清.包 {city}{dist} 免.費 量.房 {sur}工{m}"),
])
sms("deco-site-notice", "service_notice", [
    ("H", "m", "{estate}业主您好，{deco}装饰在{bld}栋{room}施工，给您带来噪音敬请谅解，施工时间8:00-12:00、14:00-18:00，有问题联系项目经理{sur}{m}"),
    ("", "m", "{sur2}{gn}您好，您家水电改造明天验收，上午十点水电师傅和监理都在，麻烦您或家人到场签字。{deco}装饰 {sur}{m}"),
    ("", "m", "{sur}姐，您家瓷砖明天送到，{estate}{bld}栋电梯要预约，我已经跟物业说好了，送货师傅电话{m}"),
])
sms("furniture", "ad", [
    ("H", "m", "{furn}家具{city}店周年庆：沙发、床垫、餐桌全场{disc3}折起，{md}到店抽免单，导购{sur}{gn}{m}"),
    ("H", "m", "工厂直销实木家具，{city}{dist}家具城{floor}楼，包送货安装，老板{sur}{m}，看图加微信{wx}"),
    ("", "m", "您好，我是{furn}家具的小{sur}，您上次看的那款岩板餐桌到了新色，要是还有兴趣我拍视频给您，不打扰的话回个1就行"),
])
sms("home-repair", "ad", [
    ("H", "m", "家电维修：空调加氟移机、洗衣机、冰箱、热水器，{dist}上门检测不收费，修好再付钱，{sur}师傅{m}"),
    ("HE", "m", "{city}專業開鎖換鎖 公安備案 24小時上門 {sur}師傅{m}"),
    ("HE", "m", "專.業.管.道.疏.通 馬桶維修 防水補漏 {city}全市上門 {m} {sur}師傅"),
    ("H", "m", "油烟机清洗{price2}元一台，空调清洗{small3}0元起，{dist}{estate}附近当天上门，微信同号{m}，{sur}阿姨"),
])
sms("moving-housekeeping", "ad", [
    ("H", "m", "{mov}搬家：{city}同城居民搬家、公司搬迁、钢琴搬运，明码标价，小车{price2}元起，{sur}师傅{m}"),
    ("H", "m", "搬家拉货找{sur}师傅，{city}本地面包车、厢货都有，随叫随到，不满意不收钱，{m}（微信同号）"),
    ("H", "m", "{hkco}家政：月嫂、育儿嫂、住家保姆、钟点工，{city}本地阿姨，先面试后签约，{sur}经理{m}"),
    ("H", "m", "钟点工{small3}元/小时起，擦玻璃、开荒保洁、收纳整理，{dist}一小时内上门，{sur}阿姨{m}"),
    ("H", "m", "{sur2}女士您好，{hkco}家政给您推荐的育儿嫂{sur}阿姨资料发您微信了，明天下午可以到家里面试，面试不收费。顾问{gn}{m}"),
])
sms("merchant-appointment", "service_notice", [
    ("", "m", "您好，{mov}搬家提醒您：明天上午9点的搬家已安排，车牌{plate}，随车师傅{sur}{gn}，电话{m}，易碎品请提前打包。"),
    ("", "m", "{sur}师傅：您报修的热水器配件到了，明天下午三点左右上门更换，您家里留个人，到了给您打电话{m}"),
    ("", "m", "{sur}女士您好，{hkco}家政保洁阿姨{sur2}姐明早8点半到{estate}，做4小时，结束后您在小程序确认就行。店长{m}"),
])
# ---------------------------------------------------------------- education
sms("tutoring", "ad", [
    ("H", "m", "家长您好，{school}{grade}数学小班课，{city}{dist}校区本周末免费试听，试听后再决定，{sur}老师{m}（微信同号）"),
    ("H", "m", "暑期班开始报名啦！{grade}语数英同步提高，小班8人，{fee}元一期，{school}{dist}校区，咨询{sur}老师{m}"),
    ("H", "m", "大学生家教：{uni}在读，教初中数学英语，{city}{dist}附近可上门，{hour}元/小时，{sur}同学{m}"),
    ("H", "m", "{school}寒假集训营报名中，{grade}衔接课，老学员续报立减{disc2}元，名额有限，进家长咨询群请加{sur}老师微信{wx}"),
    ("H", "m", "{sur}老师：{child}妈妈您好，您说的物理辅导我周六下午三点有空档，第一次先试讲，合适再定，地址我发您微信。{m}"),
])
sms("adult-training", "ad", [
    ("H", "m", "【{train}教育】会计初级、中级考证班开课，零基础可学，线上+线下，课程顾问{full}{m}，加微信免费领资料"),
    ("", "m", "成人学历提升：专升本、高起专，学信网可查，{city}{train}教学点，{sur}老师{m}，周末可来校区面谈"),
    ("H", "m", "想学门手艺？{train}职业培训学校：电工证、焊工证、叉车证，{city}本地考证，学费{fee}元，报名电话{m}"),
    ("H", "m", "Python数据分析周末班，{city}{dist}线下授课，先听两节公开课，免费，QQ群{qun}里有课表，{sur}老师"),
    ("HE", "m", "考.證.培.訓 電工 焊工 叉車 {city}本地考 {sur}老師{m}"),
])
sms("driving-school", "ad", [
    ("H", "m", "{ds}驾校{city}{dist}报名点：C1手动挡{fee}元，C2自动挡另询，一费制无隐形收费，周末班可选，{sur}教练{m}"),
    ("H", "m", "学车找{sur}教练！{ds}驾校，{dist}就近练车，一人一车，随到随学，学员QQ群{qun}，微信同号{m}"),
    ("H", "m", "暑假学车季：学生报名{ds}驾校立减{disc2}元，老学员介绍新学员送{small}元加油卡，详询{m}（{sur}教练）"),
    ("HE", "m", "學車 考.證 {ds}駕校 包.接.送 {city}{dist} {sur}教練 {m}"),
])
sms("kids-class", "ad", [
    ("H", "m", "{art}少儿美术{dist}校区：创意画、素描、书法，4-12岁，免费体验课每周六上午，{sur}老师{m}"),
    ("H", "m", "{art}舞蹈工作室秋季班招生：中国舞、拉丁舞，{fee}元一学期，报名进家长群，{sur}老师微信{wx}"),
    ("H", "m", "钢琴、古筝一对一，{city}{dist}上门或到琴房，{price2}元一节，考级辅导，{sur}老师{m}"),
    ("", "m", "{art}围棋课：{child}的体验课排在周日上午十点，{road}{floor}楼，到了前台报名字就行，{sur}老师"),
])
sms("class-notice", "service_notice", [
    ("H", "m", "【{train}】{sur2}{gn}同学，您报名的{course}周末班{md}开课，地点{road}{floor}楼，请提前10分钟到，班主任{sur}老师{m}"),
    ("", "m", "{school}通知：因{fest}放假，本周末的课程顺延一周，补课时间另行通知，有疑问联系{sur}老师{m}"),
    ("", "m", "{sur}教练：{sur2}{gn}你好，科目二约好了，{md}上午8点考场见，别迟到，考前一天下午来练两把。{m}"),
    ("", "p", "【{gymn}游泳馆】会员您好，{md}泳池换水停业一天，会员卡有效期自动顺延一天，给您带来不便敬请谅解。前台{tel}"),
])
# ---------------------------------------------------------------- food, leisure, beauty
sms("restaurant", "ad", [
    ("H", "m", "{rest}酒楼喜宴预订：{fest}好日子所剩不多，婚宴{table}元/桌起，满20桌送婚房一晚，宴会经理{full}{m}"),
    ("H", "m", "{rest}生日宴、满月酒、谢师宴承接中，大厅加包厢{n}间，提前三天预订，{sur}经理{m}微信同号"),
    ("H", "m", "{rest}新菜上市，到店扫码加店长微信进会员群，每周三会员日全场8折，地址{road}，订座{m}"),
    ("H", "m", "老顾客您好，{rest}{dist}店装修完成，{md}重新开业，开业三天凭此短信送招牌菜一份。店长{sur}{m}"),
    ("HE", "m", "{rest}㊣宗農家菜 包.廂 宴.席 外.賣 {city}{dist} {sur}老闆{m}"),
    ("HE", "m", "新店開張！{rest}火鍋全場八八折，憑短信再送飲料一份，地址{road}，訂座{m}"),
])
sms("gym", "ad", [
    ("H", "m", "{gymn}健身{dist}店开业预售：年卡{fee}元，前100名送私教课2节，会籍顾问{sur}{gn}{m}"),
    ("H", "m", "您好，我是{gymn}的私教{sur}教练，您的体测报告出来了，体脂偏高，我做了份饮食建议，加个微信{wx}发您，不推课哈"),
    ("H", "m", "游泳暑期少儿班：{fee2}元/期15节课，{dist}{gymn}游泳馆，教练{sur}{m}，报名后拉进家长群"),
    ("", "m", "瑜伽、普拉提小团课本周免费体验一节，{gymn}{road0}店，回复姓名预约，或直接打{m}找{sur}老师"),
])
sms("beauty", "ad", [
    ("H", "m", "亲爱的会员，{salon}{fest}回馈：补水护理{price2}元，烫染5折，老带新各送一次护理，预约请找{sur}{gn}{m}"),
    ("H", "m", "{salon}美甲美睫新店开业，本月所有款式8折，加店长微信{wx}看款式图，地址{road}"),
    ("H", "m", "您好，我是{salon}的小{sur}，您卡里还剩{left}次护理，下周店里有皮肤检测仪免费检测，来之前提前约我{m}"),
    ("HE", "m", "美.容.養.生 {salon} 新客體驗價{price2}元 {dist}{road0} {sur}小姐{m}"),
])
sms("travel", "ad", [
    ("H", "m", "【{travel}旅行社】{fest}出游：{dest}双飞{days}日游{tprice}元/人起，纯玩无购物，出团前发行程单，计调{sur}{gn}{m}"),
    ("H", "m", "{travel}周末亲子游：{dest2}一日游{price2}元/人，含门票大巴午餐，满30人发团，报名请加QQ群{qun}"),
    ("H", "m", "老年团专线：{dest}{days}日游，空调大巴含住宿，{tprice}元/人，不进购物店，子女可陪同，报名{sur}经理{m}"),
    ("H", "m", "{dest2}两日自由行打包价{price2}0元/2人，含民宿一晚和景区门票，{travel}门店{road}，{sur}{m}"),
])
sms("tour-notice", "service_notice", [
    ("", "m", "{sur}导游：各位游客，明早7点在{road0}{park}门口集合，大巴车牌{plate}，我的电话{m}，有事随时打"),
    ("H", "m", "【{travel}】{sur2}{gn}您好，您报名的{dest}{days}日游{md}出团，出团群已建好，导游{sur}会用{m}加您微信拉群。"),
    ("", "m", "各位{dest2}一日游的家人们，今天下雨景区改到室内场馆，午饭不变，返程时间推迟半小时。领队{sur}"),
])
sms("wedding-photo", "ad", [
    ("H", "m", "{wp}婚纱摄影：{fest}档期预约中，内景+外景+{sets}套服装，套系{fee}元起，到店看样片送相框，{sur}顾问{m}"),
    ("H", "m", "亲，您在婚博会上登记过婚纱照，我们这周有{dest2}旅拍名额，加我微信{wx}发您样片，{wp}小{sur}"),
    ("H", "m", "宝宝满月照、百天照、周岁照，{wp}儿童摄影可上门拍，{price2}元起，{sur}老师{m}"),
])
sms("pet-flower-homestay", "ad", [
    ("H", "m", "{dist}萌宠之家：洗澡美容、寄养、猫砂狗粮，新客首次洗澡半价，预约{sur}{m}"),
    ("H", "m", "{fest}鲜花预订：花束{price2}元起，同城3小时送达，{dist}花之语，下单加微信{wx}，{sur}小姐"),
    ("H", "m", "{dest2}山里的民宿，山景房周末{price2}元一晚，订房直接加老板微信{wx}，比平台便宜一点，{sur}老板"),
    ("H", "m", "{city}租车：{car}自动挡{price2}元/天起，高铁站免费送车，长租另议，{sur}{m}"),
])
sms("farm-produce", "ad", [
    ("H", "m", "自家果园{fruit}熟了，{city}{county}产地直发，{price2}元一箱5斤包邮，坏果包赔，加微信{wx}下单"),
    ("H", "m", "老家土鸡蛋、腊肉、菜籽油，自家养自家榨，{city}市区周六送货上门，{sur}大姐{m}"),
    ("H", "m", "新茶上市：{tea}明前茶，茶农直销，{price3}0元一斤，可以先寄一小包尝尝，{sur}{m}微信同号"),
    ("HE", "m", "{county}土.特.產 臘.肉 香.腸 {price3}元/斤 包郵 加薇信{wx}"),
])
# ---------------------------------------------------------------- work and business
sms("factory-recruit", "ad", [
    ("H", "m", "{fac}电子厂{city}园区长期招普工，18-45岁，包吃住，月综合{wage}元，不收任何费用，人事{sur}{gn}{m}（微信同号）"),
    ("H", "m", "招工：{city}{dist}{fac}包装厂招打包工、叉车工，白班，月薪{wage}元，可预支生活费，电话{m}找{sur}主管"),
    ("H", "m", "{fac}食品厂节后返岗：老员工{md}前返厂奖{small}元，介绍新人进厂满一个月再奖{small2}元，人事部{sur}{m}"),
    ("HE", "m", "招.工 {fac}廠 普.工 包.吃.住 月.薪{wage} 不.收.費 {sur}主管{m}"),
    ("H", "m", "{city}{dist}餐饮店招服务员、后厨帮工，月休4天，工资{wage}元，包吃住，有意者加微信{wx}或打{m}"),
])
sms("recruit-notice", "service_notice", [
    ("H", "m", "你好，我是{fac}人事部的{sur}，你周二面试的普工岗位通过了，{md}早上8点到厂门口保安室报到，体检厂里统一安排不收钱，{m}"),
    ("", "m", "{sur2}{gn}您好，{co}通知您{md}下午两点来复试，地址{road}{floor}楼，到了打前台电话或者打我{m}。人事{sur}"),
    ("", "m", "各位新同事，明天宿舍分配，行李可以先放门卫室，工服厂里发，宿舍管理员{sur}阿姨{m}"),
])
sms("b2b-supplier", "ad", [
    ("H", "m", "【{co}】专业生产{goods2}，厂家直供，{city}{dist}仓库现货，量大从优，欢迎来厂看货，业务经理{full}{m}"),
    ("H", "m", "{sur}总您好，{co}今天{goods2}报价更新：{spec}含税{unit}，需要的话回个电话{m}，老客户账期照旧"),
    ("H", "m", "我是{co}的小{sur}，之前在{city}展会上加过您，我们新出了{goods2}样品，可以免费寄您试用，加微信{wx}发个收货地址"),
    ("HE", "m", "廠.家.直.銷 {goods2} 批.發 零.售 {city}{dist} {sur}生{m}"),
    ("H", "m", "【{city}{expo}展览会】{md}开幕，专业观众免费登记，回复公司名称领取电子门票，参展咨询{sur}{m}"),
])
sms("b2b-notice", "service_notice", [
    ("", "m", "{co}：放假通知，{md}起停止发货，假期后第一天恢复，急单请提前联系{sur}经理{m}"),
    ("H", "m", "{sur}总，您订的{goods2}今天装车，明天上午到，货到验收没问题再安排结款就行，司机电话{m}。{co}"),
])
sms("printing", "ad", [
    ("H", "m", "{print}图文快印：名片{price3}元/盒，宣传单页、画册、条幅、不干胶，{dist}可送货，{sur}老板{m}，文件发QQ{qq}"),
    ("H", "m", "老客户您好，{print}新到一台数码印刷机，小批量画册当天出货，本月满500元送一盒名片，设计稿可以直接发微信{wx}"),
    ("H", "m", "{print}广告：门头招牌、灯箱、展架、易拉宝，免费出设计初稿，{city}{dist}上门测量安装，{full}{m}"),
])
# ---------------------------------------------------------------- investment information
sms("fin-lecture", "ad", [
    ("H", "m", "【{fin}财经】{city}站投资者公开课：{md}下午2点，主题“{topic}”，免费入场，名额{n}个，讲座不推荐个股、不代客理财。报名{sur}老师{m}"),
    ("H", "p", "{fin}资讯：今晚8点直播解读{topic}，加入QQ群{qun}可获取直播链接，群内只做行情交流，不收费。股市有风险，投资需谨慎。退订回T"),
    ("H", "m", "您好，我是{fin}财经的客户经理{sur}，上次{city}讲座您留了电话，{md}还有一场，主讲{sur2}老师讲{topic}，需要给您留位置吗？{m}"),
    ("H", "p", "{fin}财经早餐：{topic}。完整版日报在公众号“{fin}财经”，加微信{wx}每天收到推送，内容仅供参考，不构成投资建议。退订回T"),
    ("HE", "m", "股.票 公.開.課 {fin}財經 {md}免.費.聽 Q群{qun} 股市有風險"),
])
sms("gold-silver", "ad", [
    ("H", "p", "【{fin}贵金属】今日黄金{gold}元/克，白银{silver}元/千克，行情仅供参考。会员服务群每天推送早晚评，QQ群{qun}，投资有风险"),
    ("H", "m", "{sur}经理（{fin}黄金）：{fest}金饰、投资金条到店每克优惠{small3}元，门店{road}，需要留货的提前微信{wx}"),
    ("H", "p", "白银行情速递：今晚美联储议息，银价波动可能加大。{fin}行情提醒服务免费，进微信群请回复1，不荐单。退订回T"),
    ("H", "m", "{fin}金店：旧金回收按当日大盘价{gold}元/克左右，现场检测现场结算，店长{sur}{m}"),
])
sms("futures-securities", "ad", [
    ("H", "m", "{fut}期货{city}营业部：{md}举办期货基础知识讲座，讲套期保值和风险控制，免费参加，期货有风险，开户请通过公司官方App。客户经理{full}{m}"),
    ("H", "m", "{sur}经理（{fut}期货）：您好，农产品交流群{qun}本周请研究员解读{crop}行情，只做资讯分享，不代客操作。"),
    ("H", "m", "{sec}证券{dist}营业部：投资者教育群已升级，新群号{qun}，每日发布研究所晨会纪要，不荐股，有问题联系投顾{sur}{m}"),
    ("H", "m", "{sec}证券客户经理{sur}{gn}：开户佣金万{comm}，两融、期权可咨询，所有业务都在{sec}证券官方App办理，{m}"),
    ("H", "m", "您好，我是{fin}的{sur}助理，您领取的《{topic}》电子报告已发您邮箱，需要进读者交流群的话加我微信{wx}。不构成投资建议"),
])
sms("member-service", "service_notice", [
    ("H", "p", "{fin}会员服务：本周会员群直播调整为周四晚8点，主题{topic}，回放可在App查看，会员专线{tel}"),
    ("", "p", "【{fin}财经】您订阅的行情日报因系统升级暂停一天，{md}恢复推送，给您带来不便敬请谅解。"),
])
# ---------------------------------------------------------------- Hong Kong / Taiwan
sms("hk-shop", "ad", [
    ("H", "hk", "【{hkshop}】新春優惠：全店貨品8折，會員再額外九五折，優惠至{md}止。查詢請WhatsApp {hkph}"),
    ("H", "hk", "搬屋、清潔、裝修一站式服務，港九新界全包，免費上門報價，{sur}師傅 {hkph}（WhatsApp同號）"),
    ("H", "hk", "{hkarea}補習社：中小學英數補習，暑期班現正招生，首堂免費試堂，查詢{hkph} {sur}老師"),
    ("", "hk", "{hkshop}會員專享：憑此短訊到{hkarea}店消費滿$500即減${hkd}，數量有限，送完即止。取消訂閱回覆STOP"),
    ("H", "hk", "{hkarea}二手傢俬電器回收，冷氣機、雪櫃、洗衣機高價收購，即日上門，WhatsApp {hkph} {sur}生"),
])
sms("hk-notice", "service_notice", [
    ("", "hk", "{hkshop}：閣下預訂的月餅禮盒已到貨，請於{md}前到{hkarea}分店取貨，查詢{hkph}（{sur}小姐）"),
    ("", "hk", "{sur}生你好，你部冷氣機維修已安排{md}下午2-4點上門，師傅會提前打電話，有問題WhatsApp我{hkph}"),
])
sms("tw-shop", "ad", [
    ("H", "tw", "【{twshop}】週年慶全館滿千送百，會員點數加倍，活動至{md}止。加入官方LINE：@{line}"),
    ("H", "tw", "{twarea}二手機車行：{year}年{moto}，里程{km}千公里，售價{twd}元，可試騎，{sur}先生{twph}"),
    ("H", "tw", "{twarea}安親班招生中：課後輔導、才藝課，免費試上一週，洽詢{sur}老師{twph}，加LINE：{line}"),
    ("", "tw", "{twbake}：母親節蛋糕預購中，早鳥優惠9折，線上訂購 {url}，門市電話{twtel}"),
    ("H", "tw", "家電維修、冷氣清洗，{twarea}地區到府服務，檢測不收費，{sur}師傅{twph}，LINE同手機"),
])
sms("tw-notice", "service_notice", [
    ("", "tw", "{twbake}您好，您訂的手工喜餅已完成，請於{md}到{twarea}門市取貨，有問題請撥{twtel}或LINE：{line}"),
    ("", "tw", "{sur}小姐您好，您預約的{md}下午3點剪髮已確認，如需改期請LINE或來電{twph}，謝謝"),
])
sms("oldspam-trad", "ad", [
    ("HE", "m", "本店專業回收名煙名酒、高檔禮品、購物卡，價.格.公.道，上門服務，{sur}老闆{m}"),
    ("HE", "m", "☆{city}{dist}☆ 專.業.搬.家 長.途.貨.運 價格實惠 ☎{m} {sur}師傅"),
    ("HE", "m", "{print}印.刷：名.片 傳.單 畫.冊 不.干.膠 ★當天出貨★ {sur}生{m} 扣扣{qq}"),
    ("HE", "m", "㊣品{fruit}產地直.發 一箱{price2}元 加V：{wx} 不.甜.包.退"),
    ("HE", "m", "{ds}駕.校.招.生 C1 C2 {fee}元 一.費.制 {dist}報名點 {sur}教練{m}"),
])
# ---------------------------------------------------------------- clubs and groups
sms("club", "ad", [
    ("H", "m", "【{city}{carclub}车友会】{md}自驾{dest2}，油费过路费AA，报名满{n}台车发车，车友QQ群{qun}，领队{sur}{m}"),
    ("H", "m", "{city}户外俱乐部周末徒步{dest2}，{price2}元/人含大巴和保险，新人欢迎，活动群{qun}，领队{sur}"),
    ("H", "m", "{city}钓友之家：{md}水库钓鱼比赛，报名费{small}元现场交，全部用作奖品并现场公示，报名{sur}{m}"),
    ("H", "m", "{city}羽毛球俱乐部：每周二、四晚在{park}体育馆打球，场地费AA每次{small4}元，新球友加微信{wx}进群"),
    ("H", "m", "{park}广场舞队通知：比赛服装统一订做，每人{small}元，自愿参加，尺码明晚排练时登记，{sur}姐{m}"),
])
sms("owners-group", "service_notice", [
    ("H", "n", "【{estate}业主委员会】各位业主：新业主群已建好，微信群满员的请加QQ群{qun}，入群请备注楼栋房号，群内禁止发广告。"),
    ("H", "m", "{estate}物业管家{sur}{gn}：{bld}栋业主请加我微信{wx}拉您进楼栋群，停水停电通知都会在群里发。"),
    ("H", "m", "{estate}业主您好：电梯加装征求意见，{bld}栋每户预计分摊{small5}元，先投票不收钱，投票表在业主群，联系人{sur}{m}"),
])
sms("parents-group", "service_notice", [
    ("H", "n", "{cls}班家长：新学期班级QQ群{qun}，请用“孩子姓名+家长”实名进群，班费收支每月在群里公示。班主任{sur}老师"),
    ("H", "m", "各位家长，周五亲子运动会需要家长志愿者{n}名，愿意的在家长群接龙，或直接打我电话{m}。{sur}老师"),
    ("H", "m", "家委会通知：{cls}班毕业合影和纪念册每人{price3}元，家委会统一交给照相馆，开具收据，不参加的不勉强。家委会{sur}妈妈{m}"),
    ("H", "m", "{child}家长您好，孩子下午有点低烧，已在医务室量过体温，麻烦您放学前来接一下，我电话{m}。{sur}老师"),
])
sms("alumni", "service_notice", [
    ("H", "m", "{uni}{year3}届{major}同学会：毕业{n2}周年聚会定在{md}，{city}{hotel}，费用AA每人约{small}元，报名进微信群，群主{sur}{gn}{m}"),
    ("H", "m", "【{uni}{city}校友会】年会报名开启，{md}晚6点，校友免费参加，现场抽奖，校友会QQ群{qun}，联系人{sur}学长{m}"),
    ("H", "m", "老同学好，我是{sur}{gn}，{uni}{major}班的，今年班里组织回学校看老师，拉了个群，你加我微信{wx}我拉你。"),
])
# ---------------------------------------------------------------- chat
sms("add-wechat", "chat", [
    ("H", "m", "我是{sur}{gn}，今天展会上跟你换名片那个，这是我手机，微信同号，加一下我把报价表发你"),
    ("H", "r", "我换手机号了，这个是新号，旧号尾号{old4}的不用了，微信没变，存一下哈 —{gn}"),
    ("H", "r", "加我微信吧{wx}，照片太多短信发不了，昨天聚会拍的都在我这"),
    ("H", "r", "你搜我手机号加微信，{m}，我把孩子补课的资料转你"),
    ("", "r", "哥，我QQ号{qq}，游戏里加我，晚上一起开黑"),
])
sms("transfer-sent", "chat", [
    ("H", "r", "{gn}，饭钱{small}转你微信了，上次你垫的，收一下"),
    ("H", "r", "房租{rent}转你支付宝了，这个月晚了两天不好意思，水电下周一起算。"),
    ("H", "r", "妈，给您转了{small5}，天冷了买件厚衣服，别又舍不得花"),
    ("H", "r", "刚转你{small}，帮我在楼下超市带两瓶酱油一袋米，剩下的不用找了哈哈"),
    ("H", "r", "同学聚会剩的钱我按人头退了，每人{small4}块，红包发群里了，大家领一下"),
])
sms("borrow-small", "chat", [
    ("H", "r", "{gn}，借我两百救个急，钱包落家里了，明天发工资就还你，中午食堂见"),
    ("H", "r", "老妹，能先借我五百不，交房租差一点，下礼拜一准还，你不放心我给你写个条"),
    ("H", "r", "上次借你的三百我转回去了，你看看微信收到没，谢啦兄弟，改天请你吃饭"),
    ("H", "r", "哥，这个月生活费花超了，能不能先借我{small}，爸妈那边我说过了，放假回家还你"),
    ("H", "r", "我这边手头有点紧，你那两千要是不急我下个月十号还你行不，实在不好意思"),
])
sms("aa-split", "chat", [
    ("H", "r", "昨晚唱歌一共{aa_total}，六个人每人{aa_each}，转我微信就行，不急"),
    ("H", "r", "{dest2}玩的账算好了：住宿{small5}、包车{small2}、门票{small}，每人摊多少表格发群里了，有不对的说"),
    ("", "r", "团建聚餐超出预算那部分我先垫了，大家有空转我，没空就当我请了"),
])
sms("family-money", "chat", [
    ("H", "r", "爸，你退休金到了没，手机上看不到的话我明天陪你去网点问问"),
    ("H", "r", "奶奶住院的钱我交了{small5}，收据拍照发家族群了，大家先别交了，后面有什么再说"),
    ("", "r", "儿子，你寄回来的钱收到了，你爸说别老寄，自己在外面吃好点，家里够用"),
    ("H", "r", "姐，妈生日那天订的{rest}，包厢{small6}我付了，咱俩一人一半，你转我就行，不急"),
    ("H", "r", "给小宝的压岁钱{small5}我存他那个存折里了，以后上学用，你别惦记"),
])
sms("secondhand", "chat", [
    ("H", "m", "闲置转让：婴儿推车九成新，{small}元，{estate}自提，要的加微信{wx}看实物图"),
    ("H", "m", "你好，闲鱼上那个相机还在吗？我在{dist}，可以当面验货交易吗？我电话{m}"),
    ("H", "m", "二手冰箱带走价{small}，小区门口搬，下周搬家来不及卖了，{m}"),
])
sms("neighbors", "chat", [
    ("H", "m", "各位邻居，{bld}栋{room}的{sur}姐捡到一串钥匙，放在一楼快递柜旁边，丢了的打{m}"),
    ("H", "m", "{estate}拼车群：每天早上7点20从小区北门去{dist}，顺路的加我微信{wx}，油费大家看着给"),
    ("H", "r", "{room}的邻居你好，你家车挡住消防通道了，麻烦挪一下，我电话{m}，谢谢"),
])
sms("invest-talk", "chat", [
    ("H", "r", "金价又涨了，我妈前年买的那几个镯子现在值钱了，你要买金条去银行买，别信网上群里喊单的"),
    ("H", "r", "老张拉我进了个炒股群，天天讲课，我就听听不交钱，你别担心"),
    ("", "r", "今天基金又绿了，亏了{small}，算了不看了，周末出来吃饭不？"),
])
sms("local-news", "news_discussion", [
    ("H", "m", "【{city}头条】{dist}{road0}{md}起封闭施工三个月，公交改道。本地资讯群已满，新群请加小编微信{wx}"),
    ("", "m", "{city}生活圈快讯：今年{fest}{park}灯会时间公布，晚上6点到10点免费开放，爆料请联系小编{m}"),
    ("H", "m", "【{city}发布】本周末{park}办农民丰收节，现场免费品尝，本地商户报名展位联系{sur}{m}"),
])
sms("group-admin-warn", "antifraud_warning", [
    ("H", "m", "各位群友注意：有人用我的头像昵称加大家好友借钱，那不是我！我不会私聊借钱，本群也从不收任何费用。群主{sur}{gn}"),
    ("H", "m", "【{estate}业主群】提醒：群里有人发“免费领鸡蛋”二维码，已经踢了，大家别扫，物业从不通过个人收钱。管家{sur}"),
    ("H", "m", "{fin}财经声明：近期有人冒用我司名义建“内部VIP群”收钱，我司从未开设收费群，官方读者群号仅为{qun}。"),
    ("H", "m", "{sur}教练提醒各位学员：驾校考试费只在驾校前台交，谁在群里说能“包过”要你转钱的，别理，直接截图发我。"),
])
sms("merchant-delivery", "delivery", [
    ("", "m", "您好，我是{furn}家具的小{sur}，您定的衣柜工厂排产了，预计{md}送货安装，安装师傅会提前一天联系您。{m}"),
    ("", "m", "{print}：您订的{n}盒名片和宣传单做好了，下午三点左右送到{road}，送货师傅{sur}{m}"),
    ("H", "m", "您订的{fruit}今天发顺丰，单号{sf}，收到有坏果拍照发我微信，一个都给您补。{sur}"),
    ("", "m", "蛋糕店：{full}订的生日蛋糕{hh}配送，骑手电话{m}，请保持电话畅通"),
])


# ---------------------------------------------------------------- calls
call = add


call("call-decoration", "ad", "d", "H", "r", """
对方：喂，您好，请问是{estate}{bld}栋的业主吗？
我：是，你哪位？
对方：我是{deco}装饰的设计师小{sur}，你们小区这个月集中交房，我们在做免费量房和设计方案，想问下您家装修有安排了吗？
我：还没定，准备过完年再说。
对方：不着急，我们在小区里有个正在施工的工地，周末开放参观，您可以先来看看工艺。
我：你们怎么收费的？
对方：量房和出平面方案都不收钱，定下来签合同以后按进度付款，水电验收、泥瓦验收分阶段付。
我：行吧，你把工地地址发我。
对方：好的，我用这个号码加您微信，我叫{sur}{gn}。""")
call("call-decoration", "ad", "a", "H", "r", "喂你好我是{deco}装饰的 就是看到您在我们小程序上登记了免费量房 想跟您确认一下时间 哦对 我是登记了 您家是在{estate}吧 多大面积 一百一十平左右 老房子翻新还是新房 老房子 二十多年了 那水电最好全部重新走 我们设计师这周六上午有空 上门量一下出个方案 不收费的 方案您满意了再谈 那周六十点吧 好的 到时候设计师{sur}工提前给您打电话 他的号码我短信发您")
call("call-property", "ad", "d", "H", "r", """
对方：您好，我是{agency}的经纪人{sur}{gn}，请问您是{estate}{bld}栋{room}的房东吗？
我：是我，什么事？
对方：您的房子还出租吗？我这边有一对小夫妻在附近上班，想长租两年。
我：还租，月租{rent}，不讲价。
对方：好的，他们预算差不多。您看明天晚上七点方便开门看房吗？
我：可以，我下班过去。
对方：中介费是跟租客收的，您这边不用出。看完满意再约时间签合同。
我：行，你到了给我打电话。
对方：好嘞，我这个号码微信同号，您加一下，我把租客的情况发您。""")
call("call-property", "ad", "a", "", "r", "喂 您好 打扰您一分钟 我是{estate}售楼处的置业顾问小{sur} 我们这边是{dist}那个新盘 现在在做周年庆 来售楼处看房就送一桶油 总价{price}万起 三房两卫 离{dist}实验小学走路十分钟 不需要 我已经有房子了 哦这样啊 那您身边亲戚朋友要是有买房需要的 可以推荐过来 成交了我们有推荐奖励 嗯知道了 好的那不打扰您了 我的号码就是这个 有需要随时找我 好 拜拜")
call("call-tutoring", "ad", "d", "H", "r", """
对方：喂，您好，是{child}家长吗？我是{school}的{sur}老师。
我：是，什么事？
对方：上周孩子在我们这边做了免费的数学测评，结果出来了，计算没问题，几何这块有点弱。
我：嗯，他几何一直不太好。
对方：我们周六下午有个几何专题小班，先让他来试听一次，不收费，听完您再决定报不报。
我：一期多少钱？
对方：十二次课{fee}元，试听满意再到前台签协议交费，中途不想上了剩下的课时可以退。
我：那先试听吧，周六几点？
对方：两点半，地址和我的微信我短信发给您。""")
call("call-tutoring", "ad", "a", "H", "r", "喂您好是{sur2}女士吗 我是{train}教育的课程顾问 就是您前两天在网上领了那个会计考证的免费资料 想问一下您收到了没有 收到了 那您是准备考初级还是中级 初级吧 我零基础 零基础的话我们有个周末班 晚上也有线上课 一个班二三十人 学费多少 初级全程是{fee}块 含教材 您也可以先进我们的免费试听群 听几节课再说 群号我短信发您 好 那我先听听看 行的 我姓{sur} 有问题随时微信问我")
call("call-gym-beauty", "ad", "d", "H", "r", """
对方：您好，这里是{gymn}健身{dist}店，我是会籍顾问{sur}{gn}，您上周在商场门口填过体验卡。
我：哦，是有这么回事。
对方：体验卡这周日到期，可以免费来练三次，还有一次免费体测。
我：免费的话要我办卡吗？
对方：不强制，您体验完觉得合适再说。现在开业季年卡{fee}元，不办也完全没关系。
我：那我周六去试试。
对方：好的，到了前台报我名字就行，我的电话就是这个号。""")
call("call-gym-beauty", "ad", "a", "H", "r", "喂亲爱的是{sur2}姐吗 我是{salon}的小{sur}呀 就是您上次来做过补水的 我们店这周店庆 老顾客回来做一次护理只要{price2}块 另外还送一次头皮检测 您看周末有没有空过来 最近有点忙 没事没事 活动到月底都有效 您什么时候有空提前跟我说一声 我给您把房间留出来 您要是想带朋友一起来也可以 朋友第一次来也是体验价 好 那我看看 好的那不打扰您了 我微信上把活动图发您")
call("call-invest", "ad", "d", "H", "r", """
对方：您好，我是{fin}财经的客服{sur}{gn}，您之前在我们公众号上预约过投资者公开课，跟您确认一下。
我：对，什么时候？
对方：{md}下午两点，在{city}{hotel}三楼会议室，主讲老师讲{topic}，大概两个小时。
我：要钱吗？
对方：免费的，现场不推销产品，也不推荐具体股票。您到了签到就行，可以带一个朋友。
我：听完有什么要求吗？
对方：没有，愿意的话可以加我们的读者交流群，不加也没关系。
我：好，我尽量去。
对方：好的，地址我短信发您，投资有风险，理性看待哈。""")
call("call-invest", "ad", "a", "H", "r", "喂您好 我这边是{fin}黄金的 就是您之前在我们门店买过金条留过电话 最近金价波动比较大 我们每天早上会在会员群里发一个行情早评 免费的 想问您需不需要进群 群里面卖东西吗 不卖的 就是行情资讯和门店活动通知 回购价也在群里公布 那行你拉我吧 好的 我用这个号码加您微信 备注{fin} 您通过一下就行 群里不想待了随时可以退 没关系的 好 谢谢您")
call("call-invest", "ad", "d", "H", "r", """
对方：您好，这里是{sec}证券{dist}营业部，我是投资顾问{sur}，工号{no}。
我：嗯，有事吗？
对方：营业部这周六有个投资者教育讲座，讲{topic}，面向营业部的老客户，您有兴趣可以来听。
我：是不是要我买什么产品？
对方：不会的，讲座就是知识普及，现场不销售任何产品。您要核实的话可以打{sec}证券的官方客服电话问。
我：在哪里？
对方：就在营业部二楼，{road}，上午十点开始。
我：好，我考虑一下。要报名吗？
对方：不用报名，直接来就行，座位有三十个左右，先到先坐。讲座结束后有半小时答疑，您平时有什么疑问可以现场问研究员。
我：那我看看周六有没有空。
对方：好的，打扰您了，祝您周末愉快。""")
call("call-recruit", "ad", "d", "H", "r", """
对方：喂，你好，我是{fac}电子厂人事部的{sur}，你在招聘软件上投了普工岗位对吧？
我：对，你们那里怎么样？
对方：我们是长白班，一个月休四天，综合工资{wage}左右，包住，吃饭有补贴。
我：要交什么费用吗？
对方：不收任何费用，体检厂里统一安排，你直接来面试就行。
我：在哪里面试？
对方：{city}{dist}工业园{fac}厂门口，早上八点半到保安室说找人事{sur}。
我：好，我明天过去。宿舍几个人一间？
对方：六人间，有空调和热水，被褥可以自己带，也可以在厂里小卖部买。
我：工资什么时候发？
对方：每个月十五号发上个月的，不压工资，工资条在厂里的小程序上能看到。
我：行，那我明天早点到。
对方：好的，我加你微信把定位发你。""")
call("call-recruit", "ad", "a", "", "r", "喂 是{sur2}师傅吗 我是{xy_dummy}物流园的 你昨天打电话问那个叉车司机的岗位 我们这边还缺两个人 你有叉车证吧 有的 开了五年了 那挺好 我们是做两休一 一个月七千多 包吃包住 什么时候能来 下个礼拜 那你来之前给我打个电话 直接到仓库找我 我姓{sur} 好 要带什么东西吗 带上叉车证原件就行 其他都不用 宿舍是四人间有空调 被子自己带 好的好的 那我到了给你打电话")
call("call-used-car", "ad", "d", "H", "r", """
对方：您好，我是{lot}的{sur}{gn}，您在网上发了卖车信息，{year}年的{car}，车还在吗？
我：还在。
对方：能说下大概多少公里、有没有出过事故吗？
我：{km}万公里，没大事故，就蹭过一次。
对方：好的，我们可以上门免费评估，报价您觉得合适再卖，不合适不收任何费用。
我：那你们什么时候能来？
对方：明天下午可以吗？我带评估师过去，地址您微信发我，我就是这个号码。
我：行。""")
call("call-travel", "service_notice", "d", "", "r", """
对方：您好，这里是{travel}旅行社，我是计调{sur}{gn}。您报的{dest}{days}日游，出团时间确定了，是{md}。
我：好，要注意什么？
对方：出团前一天我会拉一个出团群，导游在群里发集合时间和行程。天气预报说那边有雨，记得带把伞。
我：还要交什么钱吗？
对方：不用了，团费您已经在门店交齐了，合同上写的是纯玩团，没有自费项目。
我：好的。
对方：有什么问题您打这个电话找我就行。""")
call("call-b2b", "ad", "d", "H", "r", """
对方：{sur2}总您好，我是{co}的业务员{sur}{gn}，上个月在{city}展会上加过您微信。
我：哦，记得，做{goods2}的。
对方：对。我们厂刚换了生产线，价格比之前低一点，给您寄了几个样品，这两天应该到了。
我：还没看到。
对方：我把快递单号发您微信。您先试用，觉得可以的话下个小单，货到验收没问题再结款。
我：行，我让采购跟你联系。
对方：好的，谢谢{sur2}总。""")
call("call-housekeeping-moving", "ad", "d", "H", "r", """
对方：您好，我是{hkco}家政的{sur}经理，您上周在我们门店登记找育儿嫂。
我：对，有合适的吗？
对方：有两位阿姨，一位五十岁，带过三个孩子，另一位四十出头，有育婴师证。资料我发您微信了。
我：工资大概多少？
对方：住家的话一个月{wage}左右，具体您跟阿姨面谈。面试不收钱，您满意了再来门店签三方合同。
我：那约明天下午吧。
对方：好的，我带阿姨过去，两点左右到。""")
call("call-housekeeping-moving", "service_notice", "a", "", "r", "喂是{sur2}先生吗 我是{mov}搬家的 您约的明天上午九点搬家对吧 从{estate}搬到{estate2} 对 我确认一下 有没有大件 冰箱洗衣机各一个 衣柜要拆吗 衣柜要拆 那我们带工具过去 价格就是电话里说的{price3}0 没电梯的话按楼层另外加 钢琴这种特殊的东西也要另外说 我那边有电梯 那就没有别的费用了 搬完您检查没问题再付钱就行 纸箱我们可以带几个过去 好的 那明天见 我们八点五十左右到楼下")
call("call-banquet-wedding", "ad", "d", "H", "r", """
对方：您好，{rest}酒楼，我是宴会部的{sur}经理。您之前问过{md}的婚宴，跟您确认一下情况。
我：对，大概二十桌。
对方：那天大厅还空着，标准是{table}元一桌，酒水可以自带，不收开瓶费。
我：能先去看看场地吗？
对方：当然可以，您来的时候还可以试菜，试菜是免费的。
我：那周末过去，停车方便吗？
对方：有地下车库，宴会客人免费停。我把地址发您，到了打我这个手机。""")
call("call-banquet-wedding", "ad", "a", "H", "r", "喂您好我是{wp}婚纱摄影的客服小{sur} 您在婚博会上登记过我们的信息 想跟您介绍一下我们这个月的外景活动 {dest2}旅拍 套系是{fee} 含服装化妆 您和您先生有时间来店里看看样片吗 我们还没定日子呢 没关系的可以先了解一下 看样片不收费 那我周末去看看 不过我们预算不多 没事的 套系有好几档 最便宜的也有 您来了我给您一个一个讲 好的那我加您微信把店里定位发给您")
# voice messages (chat), speech recognition output
call("voice-friend", "chat", "a", "H", "r", "喂{gn}啊我跟你说那个钱我刚转你微信了 就是上次吃饭你垫的那个 二百四 你看一下收到没有啊 没收到跟我说 然后周六那个局你来不来 老王说他订了{rest} 晚上六点 你要来的话跟我说一声我好报人数 他说这次他请客 不用AA 还有啊我换了个号 新号码是{m_sp} 旧的那个我不用了 微信没换 你存一下 到时候找不到地方就打新号 就这样啊 拜拜")
call("voice-friend", "chat", "a", "H", "r", "兄弟你那边方便吗 我跟你说个事啊 我这个月房租还差一点 房东催了两回了 能不能先借我八百 下周三发工资我第一时间还你 你要是手头也紧就算了没事 真的没事 我再问问我姐 她上次说可以借我 真不好意思开这个口 你回我一下啊 打电话也行 我今天一直在公司 晚上也在家 对了上回你落我车上那把伞还在我这 下次见面给你")
call("voice-friend", "chat", "a", "H", "r", "哎{gn}你听我说 那个群你进了没有 就是我们高中同学群 {sur}班长建的 下个月二十号聚会 在老学校对面那个饭店 每个人交三百 钱交给班长 他会在群里公示的 多退少补 你要是还没进群你加我微信我拉你 我微信就是手机号 然后你记得跟你老公说一声 可以带家属的 家属不用交钱 小孩也可以带 到时候还要去学校里转一圈 看看我们当年那个教室")
call("voice-family", "chat", "a", "H", "r", "儿子啊妈跟你说 你寄回来那两千块钱我收到了 你爸非让我跟你说别老往家里寄 你自己在外面租房子吃饭都要钱 还有你三姨家闺女下个月结婚 份子钱我们替你随了 随了六百 你就别管了 对了你那个新的手机号码是多少 你发个短信给我 我给你存上 我现在弄那个微信还不太会 字也打不好 就发语音 你过年回来教教我 还有天冷了多穿点 别老熬夜")
call("voice-family", "chat", "a", "H", "r", "姐 我跟你说一下啊 妈生日那天在{rest}订了个包厢 一共花了一千二 我先付了 你转我六百就行 不着急啊 什么时候方便什么时候转 然后咱们家那个群我把小舅也拉进来了 你看到就行 他那天也来 还有那个礼物我买了个按摩仪 就说是咱俩一起送的 好吧 蛋糕我也订好了 水果的 妈不爱吃太甜的 那天你早点到 帮我一起布置一下 气球什么的我都买好了 你有空回我")
call("voice-family", "chat", "a", "H", "r", "小{sur}啊我是房东 你这个月房租{rent}我收到了 谢谢啊 然后楼下那个水管下周物业要来修 大概周二上午 到时候你留个门 或者把钥匙放门卫那 修理费我这边出 你不用管 也不用给他们钱 还有啊 你那个热水器要是再漏水你直接打我这个电话 或者发微信都行 我一般都在 你住得有什么不方便的也跟我说 别客气 明年要是还续租的话 租金我不涨 你放心住")
call("voice-teacher-club", "service_notice", "a", "H", "r", "各位家长晚上好我是{cls}班的{sur}老师 跟大家说一下 下周三学校组织秋游 去{park} 费用学校统一在缴费平台上收 大家不要私下给任何人转钱啊 群里要是有人发收款码大家不要理 我和班长都不会在群里收钱 然后孩子要带的东西我一会儿发个清单在群里 水和午饭自己带 穿运动鞋 有问题可以直接打我电话 或者在群里艾特我 谢谢大家")
call("voice-teacher-club", "chat", "a", "H", "r", "喂各位车友 我是{carclub}车友会的{sur} 这周六去{dest2}的活动确定了啊 早上七点半在{road0}加油站集合 油费过路费大家AA 回来再算 吃饭也是AA 账目我会发在群里 报名的一共十二台车 还没进群的加我微信 我拉你们进群 对讲机频道我到时候在群里说 然后车况大家出发前自己检查一下 胎压 机油 就这些 大家注意安全 周六见")

# ================================================================ generation
FORBIDDEN = ["验证码", "身份证", "银行卡", "卡号", "密码", "征信", "逾期", "贷款", "额度", "保证金", "押金", "解冻", "激活",
             "刷单", "返利", "兼职", "安全账户", "屏幕", "稳赚", "保本", "收益", "内幕", "带单", "先交", "定金", "预付",
             "手续费", "会费", "贷", "欠款", "还款", "催收", "冻结", "注销", "截图"]
FORBID_OK = {"截图": ("group-admin-warn",)}
LIMITS = {"s": (20, 250), "d": (150, 800), "a": (150, 800)}


def sender_for(spec, d, text):
    if spec in ("m", "r", "p"):
        return common.ad_sender(R, spec, d["m_raw"], text, mobile, port)
    if spec == "n":
        return None
    if spec == "hk":
        return R.choice(["+852" + d["hkph"].replace(" ", ""), "+852" + R.choice("569") + digits(7), None])
    if spec == "tw":
        return R.choice(["+886" + d["twph"][1:].replace("-", ""), "+8869" + digits(8), None])
    return spec


def render(k):
    scen, fam, kind, fl, snd, tpl = B[k]
    d = slots()
    d["xy_dummy"] = R.choice(XY)
    text = fill(tpl, d)
    if kind == "d" and R.random() < 0.3:
        text = text.replace("对方：", R.choice(["来电：", "对方："]))
    errs = common.problems(text, scen, kind, FORBIDDEN, FORBID_OK, LIMITS, leftovers=("{", "}"))
    if errs:
        raise SystemExit(f"base {k} ({scen}): {errs}: {text}")
    return text, sender_for(snd, d, text)


def main():
    pool = NearDuplicateIndex(corpus_texts(OUT.parent, exclude=OUT))
    rows, rejected = [], Counter()
    for k, (text, sender) in common.fresh_renders(R, B, pool, render, SECOND, 2, DEDUP, rejected):
        scen, fam, kind, fl, snd, tpl = B[k]
        flags = sorted((["hard"] if "H" in fl else []) + (["evasive"] if "E" in fl else []))
        rows.append(dict(text=text, channel="sms" if kind == "s" else "call", sender=sender, family=fam,
                         group=f"{fam}/ok-{scen}", flags=flags, base=k))
    common.write_rows(OUT, PREFIX, rows, label="other")
    common.report(B, rows, rejected,
                  ("groups", len({r["group"] for r in rows}), "families", dict(Counter(r["family"] for r in rows))))


if __name__ == "__main__":
    main()
