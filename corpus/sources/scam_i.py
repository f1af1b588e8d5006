"""Generator for corpus section scam_i (label "scam"): the scam-side twins of the benign sections other_m, other_n, other_o.

other_m (closures and cancellations the customer asked for), other_n (refunds and money coming back) and other_o
(school, 学信网, 征信中心, 公积金 / 社保 / 税务, police and court notices) taught the model that 退款, 原路退回, 理赔,
关闭, 注销, 重新开通, 学信网, 学籍, 征信中心, 公积金, 社保 and 退税 are ordinary words. This section writes the scams that
wear the same clothes: the same senders' style and vocabulary, often a forged 【signature】 of a real brand or a spoofed
official number, but with the one element the benign messages never have - the ask or the channel:
  - call / add a personal mobile, 170/171 number, QQ, WeChat or "企业微信"; join a QQ group;
  - open a look-alike or unknown link (jd-tuikuan.cc style hosts, short links on unknown hosts) and type card data or
    the SMS code;
  - read out a code, download a meeting / screen-sharing app or a "售后 APP";
  - borrow from 备用金 / 借呗 / 金条 "to open the refund channel" or "to clear the limit";
  - transfer to a 核对户 / 对公账户 / 监管账户 / a person's account, or pay a fee first;
  - a claim that the platform / regulator will freeze, report to 征信 or cancel something unless the recipient acts.
Families: parcel_refund (lost-parcel double compensation, 退款打多了, 备用金 "refunds", quality recalls, 价保 / 运费险,
cancelled trips), close_credit_product and protection_fee (forged closure confirmations, "auto-renewal will charge you"),
campus_loan_cancel (学信网 / 学籍 / 校园认证 / 助学贷款 / 档案 pretexts), impersonated_authority (征信中心, 人民银行,
公积金, 社保, police household registers, 税务) and points_phishing (退税, 医保, 社保补贴, ETC links).
About a third are calls (multi-turn dialogues, ASR run-on lines with homophone slips such as 支付包 / 备用今 / 学信王 /
正信 / 公基金 / 社宝 / 验正码); about 30 % carry evasion spellings (separators, traditional characters, pinyin initials,
spoken numbers, URLs with 。 or 点, emoji, 薇信 / V信 / 扣扣).

Every base text was written by hand for this section; slots fill only names, amounts, dates, numbers, brands of
school and city, and links. A candidate whose character 5-gram Jaccard with any accepted text of the corpus reaches
0.5 is re-drawn with new slot values up to three times, and dropped if it still collides.

Stdlib only, fixed seed.   python corpus/sources/scam_i.py   # writes corpus/scam_i.jsonl
"""
import random
import sys
from collections import Counter
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve()
CORPUS = HERE.parents[1]
OUT = CORPUS / "scam_i.jsonl"
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2])]
import _common as common  # noqa: E402
from scamguard.corpus import FAMILIES, NearDuplicateIndex, corpus_texts  # noqa: E402

SEED = 20260912
R = random.Random(SEED)
PREFIX = "si"
DEDUP = 0.5

SURN = common.SURNAMES
GIVEN = ["秀兰", "建军", "丽华", "志强", "海燕", "玉梅", "晓峰", "倩倩", "振宇", "桂英", "国平", "美琪", "子涵", "雨欣", "浩然",
         "春燕", "卫国", "淑珍", "俊杰", "思彤", "德胜", "小红", "文博", "鹏程", "雪莲", "建平", "慧琳", "立军", "佳怡", "海波"]
CITIES = ["岳阳", "常德", "九江", "上饶", "荆州", "襄阳", "南阳", "商丘", "潍坊", "济宁", "盐城", "扬州", "蚌埠", "阜阳",
          "漳州", "宁德", "汕头", "肇庆", "柳州", "桂林", "大理", "绵阳", "南充", "遵义", "汉中", "榆林", "大同", "邯郸",
          "保定", "营口", "四平", "牡丹江", "绍兴", "台州", "芜湖", "宜昌"]
SCHOOLS = ["江州理工学院", "临川师范学院", "湘南应用技术学院", "北岭财经职业学院", "东洲商贸学院", "云泽科技学院", "青禾职业技术学院",
           "南屏传媒学院", "西湾工程学院", "长渠医药职业学院", "鹿鸣外国语学院", "锦城信息职业学院"]
MAPPS = ["腾讯会议", "云视讯", "ZOOM", "瞩目", "钉钉会议", "飞书会议", "小鱼易连", "华为云会议"]
PROVS = "湘赣鄂豫鲁苏皖闽粤桂川黔陕晋冀浙"
TLDS = [".cc", ".top", ".vip", ".xyz", ".icu", ".club", ".site", ".shop", ".ink", ".fun", ".live", ".work"]
SHORT_HOSTS = ["t.ur6.cc/", "dwz.k7m.top/", "s.qv3.icu/", "u.zp8.vip/", "c.mx5.xyz/", "url.h9d.site/", "x.bt4.fun/"]
# look-alike hosts by kind (all invented)
STEMS = {
    "sf": ["sf-lipei", "sfexpress-pf", "sf-peifu", "shunfeng-kf"],
    "jd": ["jd-tuikuan", "jd-shouhou", "jdwl-pf", "jd-kefu"],
    "tb": ["tb-tuikuan", "taobao-sh", "tmall-tk", "tb-lipei"],
    "pdd": ["pdd-tuikuan", "pdd-shouhou", "pinduoduo-tk"],
    "yt": ["yto-lipei", "yt-peifu", "yuantong-kf"],
    "air": ["ceair-gq", "mu-gaiqian", "hangban-tk"],
    "rail": ["12306-tp", "rail-tuipiao", "tl12306-tk"],
    "zfb": ["alipay-hb", "zfb-kefu", "alipay-fw", "ant-hb"],
    "dxm": ["dxm-tuixi", "duxiaoman-fw", "dxm-kf"],
    "mt": ["meituan-yf", "mt-yuefu", "mtjr-kf"],
    "bank": ["xyk-xiaohu", "card-tuifei", "bank-xh"],
    "vip": ["vip-tuiding", "iqy-xufei", "hy-quxiao"],
    "cmcc": ["10086-td", "cmcc-tuiding", "yd-zengzhi"],
    "bz": ["baozhang-qx", "bwbz-tuiding", "bz-quxiao"],
    "chsi": ["chsi-xj", "xuexin-hc", "chsi-com", "xj-chsi"],
    "zx": ["pbccrc-zx", "zhengxin-fw", "pbc-zxzx", "crc-zx"],
    "gjj": ["gjj-fw", "zfgjj-tq", "gjj12329"],
    "sb": ["12333-sb", "shebao-bt", "rs-butie", "si-gov"],
    "tax": ["12366-ts", "etax-tuishui", "gs-tuishui", "tax-tuifei"],
    "yb": ["ybj-fw", "yibao-fh", "nhsa-yb", "yb-gov"],
    "etc": ["etc-rz", "etc-jihuo", "etc-fw", "gs-etc"],
}
CN = common.CN
digits = partial(common.digits, R)
mobile = partial(common.mobile, R)
virtual = partial(common.virtual_mobile, R)
cn_digits = partial(common.cn_digits, R, p_yao=0.5)
rand_path = partial(common.chars, R, alphabet="abcdefhkmnprstuvwxyz2345678")
fill = partial(common.fill, R)


def link(kind):
    """A look-alike link for `kind`, or (one in six) a short link on an unknown host."""
    if R.random() < 1 / 6:
        return R.choice(["", "http://"]) + R.choice(SHORT_HOSTS) + rand_path(R.randint(4, 6))
    host = R.choice(STEMS[kind])
    form = R.random()
    if form < 0.5:
        host = host + R.choice(TLDS)
    elif form < 0.8:
        host = R.choice(["m.", "h5.", "www.", "wap."]) + host + R.choice(TLDS)
    else:
        host = host + R.choice([".com.cn-", ".cn-", ".gov-"]) + R.choice(["fw", "kf", "app", "zx"]) + R.choice(TLDS)
    return R.choice(["", "http://", "https://"]) + host + "/" + rand_path(R.randint(4, 6))


def ev_link(kind):
    """The same kind of link, written to slip past a filter: 。 or 点 for the dots, spaces, hxxp."""
    host = R.choice(STEMS[kind]) + R.choice(TLDS)
    dot = R.choice(["。", " 点 ", "點", " . ", "(.)"])
    head = R.choice(["", "", "hxxp://", "h t t p://"])
    return head + host.replace(".", dot) + "/" + rand_path(R.randint(4, 5))


def overseas():
    return "+" + R.choice(["852", "853", "63", "84", "95", "855", "60", "66", "886"]) + digits(R.choice([8, 9, 10]))


def spaced(m):
    return R.choice([f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:6]} {m[6:]}"])


def slots():
    sur, sur2, psur = R.sample(SURN, 3)
    m = R.choice([mobile, mobile, mobile, virtual])()
    given = R.choice(GIVEN)
    qq = str(R.randint(1, 9)) + digits(R.randint(7, 9))
    wx = R.choice(["kf", "sh", "lp", "tk", "zy", "fw", "xj", "hc", "zx", "gjj", "tuikuan", "lipei"]) + \
        R.choice(["", "_", "-", "0", "66", "88"]) + digits(R.randint(4, 6))
    meet = str(R.randint(1, 9)) + digits(8)
    amt_i = R.randint(8, 120) * 250
    d = dict(
        name=sur2 + given, sur=sur, pname=psur + R.choice(GIVEN), mask=sur2 + "*" + given[-1],
        m=m, m_sp=spaced(m), m_cn=cn_digits(m), v=virtual(),
        qq=qq, qq_cn=cn_digits(qq), wx=wx,
        amt=common.amount(R, 60, 3000), amt_big=common.amount(R, 1200, 9800), amt_s=str(R.choice([8, 10, 12, 15, 18, 22, 25])),
        amt_i=str(amt_i), amt_cn=common.cn_int(R.randint(6, 98) * 100), small=str(R.randint(30, 400)),
        fee=str(R.choice([198, 258, 298, 365, 499, 599, 688, 800, 960, 1280])),
        fee_s=R.choice(["5", "10", "15", "19.9", "29", "39"]),
        aid=str(R.choice([1150, 1250, 1650, 2000, 2500, 3300])), gjj=common.amount(R, 8000, 96000),
        n=str(R.randint(3, 14)), tail=common.card_tail(R), md=common.month_day(R), hour=str(R.randint(9, 21)),
        year=str(R.randint(2015, 2022)), year2=R.choice(["2024", "2025"]),
        sf="SF" + digits(13), jdv="JDV" + digits(12), jt="JT" + digits(13), yt="YT" + digits(13),
        order=str(R.randint(1, 9)) + digits(R.choice([15, 17, 18])), case=digits(12),
        fl=str(R.randint(2000, 9899)), tr=str(R.randint(1, 9)) + digits(R.randint(2, 3)),
        plate=R.choice(PROVS) + R.choice("ABCDEFGHJK") + common.chars(R, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        acct="62" + digits(R.choice([14, 17])), meet=meet, meet_sp=f"{meet[:3]} {meet[3:6]} {meet[6:]}",
        mapp=R.choice(MAPPS), city=R.choice(CITIES), school=R.choice(SCHOOLS),
        gh=R.choice(["", "A", "KF"]) + digits(R.choice([4, 5])), sub=str(R.choice([1000, 1500, 1800, 2000, 3600])),
        qq_sp=" ".join(qq[i:i + 3] for i in range(0, len(qq), 3)),
        acct_sp=None,
        short=R.choice(["", "http://"]) + R.choice(SHORT_HOSTS) + rand_path(R.randint(4, 6)),
    )
    d["acct_sp"] = " ".join(d["acct"][i:i + 4] for i in range(0, len(d["acct"]), 4))
    for kind in STEMS:
        d["url_" + kind] = link(kind)
        d["ev_" + kind] = ev_link(kind)
    return d


# ================================================================ base texts
# kind: s = SMS, d = multi-turn call dialogue, a = ASR run-on call line
# flags: H = hard (copies a benign template or forges a real brand's signature / spoofs an official number),
#        E = evasive spelling
# sender: p = a 106 port, m = the text's mobile when it holds one (else another number or none), v = a virtual
#         170/171/16x number, o = an overseas +00 number, n = none, r = (calls) any of mobile / virtual / overseas /
#         none; anything else is the literal number shown (a spoofed official number)
B = common.ScamBases(FAMILIES["scam"])
family, S, D, A = B.family, B.S, B.D, B.A


# ---------------------------------------------------------------- parcel_refund
family("parcel_refund")
S("lost-parcel-double", "H", "p", "【顺丰速运】您的快件{sf}已确认遗失，理赔已受理，按保价规则双倍赔付{amt_big}元。因寄件时的付款账户暂不支持原路退回，赔付需人工发放，请于今日18点前致电理赔专员{m}核对收款信息。")
S("lost-parcel-double", "H", "p", "【京东物流】很抱歉，您的包裹{jdv}在分拣中心丢失，已为您登记双倍赔付。由于原支付方式已失效，请在{url_jd}填写收款银行卡及预留手机号，赔款3个工作日内到账。")
S("lost-parcel-double", "E", "n", "【中通】您的件丟了 按規定賠雙.倍{amt_big}元 加理.賠.專.員薇信{wx} 發您領.取流.程 今天不領明天作.廢")
S("lost-parcel-double", "", "m", "您好，我是菜鸟驿站理赔组的{sur}专员，您{md}那个包裹在转运时被压坏了，平台给您两倍赔付，您看到短信回个电话{m}，我教您领，几分钟就好。")
S("lost-parcel-double", "H", "p", "【极兔速递】尊敬的客户，您的快件{jt}因中转仓进水损毁，经核定可获货值两倍赔付。赔付款需通过“极速理赔”通道领取，请添加理赔客服企业微信{wx}获取领取入口。")
S("lost-parcel-double", "E", "v", "【圆通快递】亲，您的包裹已确认遗失❗双倍赔付{amt_big}💰 请登陆 {ev_yt} 填写收kuan卡号和验証码，逾期系统自动关闭理赔")
S("lost-parcel-double", "", "m", "亲，你的快递被我们网点弄丢了，实在不好意思，公司规定赔双倍，你加我QQ{qq}，我把理赔表发你，填完当天就到")
S("lost-parcel-double", "H", "95338", "【顺丰速运】您的快件{sf}理赔已结案，赔付{amt_big}元。因收款账户校验未通过，款项暂存理赔中心，请通过{url_sf}重新验证本人银行卡，验证通过后即时到账。")

S("overpaid-refund", "H", "p", "【淘宝】您的退款申请已处理完毕。因系统故障，本次向您的支付宝重复退款{amt}元，请于24小时内联系售后专员{m}退回多付款项，逾期将冻结账户并影响芝麻信用。")
S("overpaid-refund", "", "m", "亲，刚才财务给您退款操作失误了，多打了一个零，本来只退{small}块，结果打了十倍过去，您看下余额，麻烦加一下我微信{wx}把多的转回来，不然我这个月工资要扣光了😭")
S("overpaid-refund", "E", "n", "亲 退丨款多打了{amt}元 系统显示已到您账*户 请按原路转回到财*务个人户 转回后我们这边撤销异*常记录 不转回影响您的zx")
S("overpaid-refund", "H", "p", "【拼多多】您的订单{order}退款已到账。因商家重复提交，多退金额{amt}元已被系统标记，请打开{url_pdd}完成“多退款项归还”，未归还的将计入个人信用记录。")
S("overpaid-refund", "", "m", "你好，我是京东自营的售后，你上周退的那个电饭煲，退款给你退了两次，后台对账对出来了。你看一下京东金融里是不是多了一笔，多的那笔麻烦转回到我给你的对公账户，有问题打我电话{m}。")
S("overpaid-refund", "E", "m", "退款打重.複了哈 多了{amt} 你轉回來到這個支fu寶：{m} 戶名{pname} 我們售後主.管的 謝謝親🙏")

S("reserve-fund-refund", "H", "p", "【支付宝】你在天猫的订单退款{amt}元因原支付方式不可用，已转入“备用金”通道。请在24小时内按退款专员指引完成领取及归还操作，专员电话{m}。")
S("reserve-fund-refund", "", "n", "退款只能走备用金通道。您打开支付宝搜“备用金”，领500出来，领好以后转到我这边财务的账户，财务核对完，您的退款和那500一起回到您账上。")
S("reserve-fund-refund", "E", "n", "🉐️您的tui款要先开通备yong金才能到账 开通后把伍佰转入退款核对户 十分钟内连同退款一起返还 👉有问题➕扣扣 {qq_sp}")
S("reserve-fund-refund", "", "m", "姐，备用金你领了没？领了截个图给我，我这边才能点退款，后台要看到你开了这个通道才放款的。")

S("quality-refund", "H", "p", "【京东】售后进度：您购买的儿童安全座椅经国家抽检存在安全隐患，平台将为您办理退货退款及三倍赔偿，共{amt_big}元。请登录{url_jd}完成身份核验后领取，无需寄回商品。")
S("quality-refund", "", "m", "您好，抖音商城售后，您买的那款面膜被检出荧光剂超标，商家主动召回，给您全额退款再加赔偿。我这边电话一直打不通，您方便的时候回我{m}。")
S("quality-refund", "E", "p", "【唯品會】您購買的羽絨服經質.檢含.絨量不.合.格，可申.請退一.賠.三，請至 {ev_tb} 登.記收.款資.料，名.額有限先到先得")
S("quality-refund", "H", "p", "【天猫】亲，您购买的保温杯经质检内胆不合格，已为您发起退款{amt}元及补偿。为确保退款到账，请在{url_tb}上传收款银行卡照片并填写收到的短信验证码。")
S("quality-refund", "", "n", "您好，这边是小红书电商售后。您之前买的那批奶粉因为批次问题要全部退款，退款需要先下载我们的售后办理APP：{short}，下载后用手机号登录，会有工作人员联系您。")

S("freight-price-protect", "H", "p", "【京东】价保申请结果：您购买的空气炸锅已降价，差价{amt}元因价保通道升级暂未退回，请复制链接至浏览器{url_jd}补填收款信息，24小时内到账。")
S("freight-price-protect", "E", "n", "运费xian理赔失败⚠️ 您的退货运费{amt_s}元未能退回 请点 {ev_tb} 重新认证 认证需填写yin行卡号及验証码")
S("freight-price-protect", "H", "p", "【淘宝】您的退货退款已通过，运费险理赔{amt_s}元待领取。因您的支付宝未开通“快捷理赔”，请联系理赔客服{m}开通后领取，开通不收取任何费用。")

S("travel-refund", "H", "p", "【东方航空】尊敬的旅客，您预订的{md}MU{fl}航班因机械故障取消，给您带来不便深表歉意。请致电改签理赔专线{m}办理免费改签，并领取延误补偿300元/人。")
S("travel-refund", "E", "n", "【鐵.路12306】您{md}的G{tr}次車.票因列.車停.運需辦.理退.票，退.票款須在 {ev_rail} 填.寫銀.行.卡.號接.收，逾.期不.退")

D("lost-parcel-double", "", "r", """
客服：您好，请问是{name}吗？我这边是顺丰理赔中心的，您{md}寄的那个快件在中转场丢失了，这个事您知道吗？
我：不知道啊，我还以为在路上。
客服：非常抱歉，我们核实下来是丢了，公司规定给您双倍赔付，一共{amt_big}元。
我：那怎么赔？
客服：您的支付宝打开一下，搜索“商家服务”，点进去里面有个“开通收款”，赔付要打到商家收款码里才能过账。
我：我不是商家啊。
客服：没关系，就是开个通道，开通的时候会收到一条验证码，您读给我，我这边同步录入理赔单，录完钱就到了。""")
A("lost-parcel-double", "E", "r", "喂你好我这边是中通快递理赔中心的 你那个包过在我们中专站丢失了 对 很抱歉啊 公司给你双倍赔付 你现在打开支付包 搜索备用今 就是备用金 你领一下 领出来五百 然后转到理赔的对账户 系统核对完了 理赔款和五百一起退给你 你领的时候它会发一个验正码 你念给我 我帮你绑理赔通道 你别挂啊 挂了这个理赔单就关了")
D("lost-parcel-double", "H", "95311", """
客服：您好，中通快递客服，工号{gh}，跟您确认一下，您尾号{tail}的快件是不是一直没收到？
我：对，一个礼拜了。
客服：我们查到是在转运中丢了，已经给您做了理赔登记，按货值双倍赔。
我：那赔多少？什么时候到？
客服：{amt_big}元。不过您这单付款是花呗，原路退不了，要走人工发放。您添加一下我们理赔组的企业微信，号码我短信发您，加上以后把收款码和身份证正面拍给理赔员。
我：你们真是中通吗？
客服：您可以看来电号码就是我们的客服号。加微信只是方便传资料，理赔员会一步步带您领。""")
D("lost-parcel-double", "H", "r", """
客服：{sur}女士您好，我们是京东物流售后，您有一件家电包裹破损了，这边要给您理赔。
我：破了？我没收到通知啊。
客服：包裹在站点就拦下来了，没给您派。理赔金额是{amt_big}元，要您本人确认。
我：好，怎么确认？
客服：您手机上下载一个{mapp}，我给您一个会议号，进去以后点共享屏幕，我这边看着您填理赔单，填错了会驳回。
我：填个单子还要开会？
客服：理赔涉及金额比较大，要全程录像留证，这是公司规定。您进去以后先别开别的软件，特别是银行的，等我说再开。""")

D("overpaid-refund", "", "r", """
客服：您好，是{name}吗？我是淘宝店铺的客服，昨天给您那笔退款，财务手滑退了两遍，多退了{amt}元。
我：是吗？我看看……好像是多了一笔。
客服：对对，就是那笔。麻烦您给退回来一下，我们这边要平账。
我：那我怎么退？原路退回去？
客服：原路退不了，系统已经结算了。您转到我们售后主管的支付宝，账号我发您短信。您余额不够的话，可以先用借呗借一下，我们收到以后马上给您补一个五十块的红包。
我：我没开借呗。
客服：那您看看有没有备用金，领出来转也行，都是一样的。""")
A("overpaid-refund", "E", "r", "你好我是拼多多售后的 跟你说一下 你前两天退的那个衣服 退款给你打重复了 系统多给你打了{amt_cn}块 对 你现在要把这个钱还回来 不还的话系统会认定你恶意占有 要上你的正信的 你看一下微信零钱是不是多了 多了是吧 你现在加我一下薇信 我把财务的收款码发你 你扫码转回来 转完截图给我 我这边给你销掉这个异常记录")

D("reserve-fund-refund", "", "r", """
客服：阿姨您好，您买的那个按摩仪商家缺货，要给您退款，您会用支付宝吧？
我：会一点，我儿子教过我。
客服：好，您打开支付宝，上面有个搜索，您点一下，写“备用金”三个字。
我：写好了，出来一个。
客服：您点进去，点“领取”，会领出来五百块。这个五百是退款的通道费，领出来您转到我给您的账户，我们核对了就把退款和五百一起给您。
我：要我先转钱啊？
客服：不是您的钱，是支付宝借给您的，转一下就回来了。您别挂电话，也先别跟儿子说，弄完了再告诉他，省得他担心。""")
A("reserve-fund-refund", "E", "r", "喂你好 我这边是天猫的退款专员 你的退款卡住了 因为你的帐户没开退款通道 你打开支付包 首页搜索备用今 对备用金 点领取 五百块 领完了转到我们的退款核对户 我一会儿把卡号发你 转过来以后系统会识别你的帐户是正常的 然后把你的退款连同这五百一起退给你 你要是支付包里没有备用金 那就看一下借贝 借一千出来也可以")

D("quality-refund", "", "r", """
客服：您好，我是抖音商城的售后，您上个月买的一款儿童保温杯被检测出塑化剂超标，要给您办理退款加三倍赔偿。
我：啊？那我孩子用了一个多月了。
客服：您别担心，我们是主动召回的。赔偿一共{amt_big}元，您需要下载一个售后理赔APP办理，链接我发您短信。
我：不能直接在抖音里退吗？
客服：抖音里只能退货款，赔偿部分要单独走理赔。您下载以后注册登录，里面有个“在线客服”，点进去会让您开屏幕共享，理赔员要核实您的银行卡信息。""")
A("quality-refund", "E", "r", "哎你好 我是快手小店售后的 你买的那个羽绒服啊 质捡不合格 里面的绒是假的 我们这边给你退一赔三 对 你加一下我扣扣 {qq_cn} 我给你发理赔链接 你点进去填一下你的银行卡号 还有手机收到的验正码 填完了系统就自动打款 今天是最后一天 过了今天理赔就作废了")
A("quality-refund", "E", "r", "您好这边抖因商城的 您那个面膜被查出来荧光剂超标了 商家要召回 给您三倍赔偿 一共{amt_cn} 您下载一个云四讯 会议号我短信发您 进去以后打开共想屏幕 我这边教您填理赔单 您先别开银行的APP 等我说了您再开 理赔款是直接打到您银行卡上的 要核对一下余额")

D("freight-price-protect", "", "r", """
客服：您好，淘宝运费险理赔中心，您上周退货的运费险理赔没成功，想帮您重新申请一下。
我：就十几块钱，算了吧。
客服：不行的，理赔失败会在您账户留一个异常记录，以后退货就没有运费险了。很快的，一分钟。
我：那怎么弄？
客服：我给您发一条短信，里面有个链接，您点开填一下收款的银行卡号。填完会收到一个验证码，您把码读给我，我这边帮您提交。
我：验证码不是不能给别人吗？
客服：那是说别给陌生人，我是淘宝官方的，理赔单要我这边提交才生效。""")
D("freight-price-protect", "H", "r", """
客服：您好，京东客服，您刚才申请的价保我们这边处理了，差价{amt}元。
我：我没申请价保啊。
客服：是系统自动帮您申请的，您买的那款降价了。差价本来退回原支付账户，但您是用白条付的，退不回去，要走金条通道。
我：金条是什么？
客服：就是京东金融里的一个额度，您打开京东金融，首页有个“金条借款”，点进去把差价领出来，领出来是到您银行卡的。
我：那不就是借钱吗？
客服：显示是借款，其实是退款，七天内系统会自动冲掉。您领完告诉我，我这边再给您关掉。""")

D("travel-refund", "", "r", """
客服：您好，这里是东方航空改签中心，您订的{md}的航班因为天气原因取消了，您这边收到短信了吗？
我：收到了，说让我打这个电话。
客服：对的，我们给您办理免费改签，另外每位旅客有三百元的延误补偿。补偿是打到银行卡的，您用的是哪个银行？
我：工商银行。
客服：好的，您打开工行的手机银行，找到“转账”，我这边给您一个补偿入账的确认账户，您先转一块钱过去做验证，验证通过补偿就打过来。
我：一块钱？
客服：对，只是验证您的卡是正常的。转的时候会有验证码，您读给我，我在系统里同步确认。""")

# ---------------------------------------------------------------- close_credit_product
family("close_credit_product")
S("forged-closure-confirm", "H", "95188", "【支付宝】你提交的花呗关闭申请已收到。经核查你的花呗仍按旧利率计息，需先完成利率合规核销方可关闭，请于今日17点前联系核销专员{m}，逾期将自动恢复并上报征信。")
S("forged-closure-confirm", "H", "p", "【京东金融】您申请的白条关闭未能完成：检测到账户年化利率超过24%，需整改后方可关闭。请在{url_jd}登记，并保持电话畅通等待整改专员来电。")
S("forged-closure-confirm", "E", "n", "【微眾銀行】您的微.粒.貸關.閉申.請已受.理，但系.統檢.測您名下有未核.銷額.度{amt_i}元，需清.零後方.可關.閉，請致.電{m_sp}")
S("forged-closure-confirm", "H", "p", "【度小满】您的信用钱包额度关闭已生效。因关闭前存在超额收取的利息{amt}元待退还，请打开{url_dxm}填写银行卡信息领取退息，退息需验证短信动态码。")
S("forged-closure-confirm", "", "m", "{name}您好，您的花呗已按您的要求关闭。关闭后系统将按国家新规对您过往多收的利息进行清退，清退金额{amt}元，请回电{m}确认退回账户。")
S("forged-closure-confirm", "H", "p", "【招联金融】尊敬的客户，您的好期贷额度已停用。因停用前账户存在违规高息记录，需配合监管整改完成“额度清零”，否则将影响个人征信。整改专线：{m}")
S("forged-closure-confirm", "E", "n", "唄.唄關.閉通.知：你的jb/hb已列入關.閉名.單，未確.認的用.戶將於今晚24點凍.結支.付功.能，確.認請點{ev_zfb}")
S("forged-closure-confirm", "", "n", "您好，白条关闭还差最后一步，关闭确认码已发到您手机，请把6位数字回复到本号码，回复后24小时内完成关闭，年费不再扣除。")

S("reopen-trap", "H", "p", "【支付宝】你的花呗在关闭后被系统自动重新开通，产生额度{amt_i}元。如非本人操作，请立即联系人工客服{m}注销，未注销的额度将按日计息并上报征信。")
S("reopen-trap", "", "m", "京东白条重新开通提醒：您的白条于{md}被重新激活，若非本人申请，请在今日内致电{m}撤销，撤销前需将激活额度全部提现转出核验。")
S("reopen-trap", "E", "v", "您的抖🎵月付已被重新开通，额度{amt_i}，非本人操作请➕🐧 {qq_sp} 处理，不处理下月自动扣kuan并报送正信")
S("reopen-trap", "H", "p", "【美团】您的月付服务已重新开通，本次开通收取服务年费{fee}元，将于明日自动扣除。如需关闭并退费，请打开{url_mt}联系人工客服。")

S("card-cancel-overpay", "H", "p", "【招商银行】您尾号{tail}的信用卡销户申请已受理。销户前需结清账户内“隐性分期额度”{amt_i}元，请于3日内联系销户专员{m}办理，否则销户失败并影响征信。")
S("card-cancel-overpay", "", "m", "您好，我是中信银行信用卡中心销卡组的{sur}经理。您的卡销户时系统检测到溢缴款{amt}元无法自动退回，请您添加我微信{wx}，我帮您走人工退款流程。")
S("card-cancel-overpay", "E", "p", "【廣發銀行】您尾號{tail}的信.用.卡年.費{fee}元已扣.除，如需銷.卡退.費請登.錄 {ev_bank} 填.寫卡.號、有.效.期及背.面三.位.數")
S("card-cancel-overpay", "H", "p", "【交通银行】您的信用卡注销已完成，年费冲正款{fee}元因账户状态异常暂挂，请于48小时内通过{url_bank}验证本人信息领取，逾期退回银行。")

D("close-hotline", "H", "95188", """
客服：您好，支付宝客服，工号{gh}。之前您是不是问过借呗能不能关？
我：对，我上个月问过。
客服：是这样的，您的借呗是按旧利率开的，现在监管要求先把额度清零才能关。您打开借呗，把可借额度全部借出来。
我：全部借出来？那不是要还利息？
客服：不用，借出来您转到我们的核销户，系统确认额度清零就关掉，钱当天原路退回，利息自动冲正。
我：你们以前不是说关闭入口在右上角设置里吗？
客服：那是没有违规利率的账户，您的账户被标记了，自己点关不掉的，只能人工。""")
A("close-hotline", "E", "r", "喂你好这边是支付包客服中心 您的借贝关闭申请我们收到了 但是您的帐户有违规利率 国家规定年化不能超过百分之二十四 您的超了 所以要先做整改 不然关闭不了还会上正信 您现在打开借贝 看一下额度 对 {amt_cn} 您全部借出来 转到我们的整改对公帐户 整改完成原路退回 您别挂电话 我这边一步一步教您")
D("close-hotline", "", "r", """
客服：喂，{sur}先生吗？我是微众银行的，您是不是在微信里申请关闭微粒贷了？
我：是，昨天点的。
客服：您的申请没通过，系统显示您的额度是按学生标准核定的，要先做额度清零。
我：我都工作好几年了。
客服：所以才有问题嘛，要改过来。您打开微粒贷，点“借钱”，全额借出来，再转到我们的清零专户。清零以后关闭就能提交了，借的钱我们原路退。
我：这个我得问问我老婆。
客服：这个事您别跟家里人讲，讲了也不懂，耽误了今天就要上征信了。""")
D("reopen-trap", "", "r", """
客服：您好，京东金融客服，您的白条上个月关掉了，但是今天系统又自动给您重新开通了，您知道吗？
我：不知道啊，我没点过。
客服：那就是系统故障，很多用户都这样。重新开通以后会产生会员费，一年{fee}，我帮您撤掉。
我：好，怎么撤？
客服：您打开京东，点“我的”，找到金条，看一下能借多少。撤销的时候要把这个额度走一遍，借出来转到我给您的核验户，系统看到额度归零就撤销了，钱半小时回到您卡上。""")
A("reopen-trap", "E", "r", "喂你好这里是美团金融 你之前关掉的那个美团越付啊 系统昨天晚上给你重新开通了 要收年费的 一年{fee} 明天就扣 你不想扣的话 我帮你关 你先下载一个腾讯会意 我给你会议号 你进来以后打开屏幕共享 我看着你操作 关完了年费就不扣了 你之前扣的我们也一起退")
D("card-cancel-overpay", "", "r", """
客服：您好，我是中信银行信用卡中心，您上周申请的销卡，有一笔溢缴款{amt}元要退给您。
我：哦，那退回来就行了。
客服：系统自动退失败了，您绑的那张借记卡是二类账户。我这边帮您人工退，您手机马上会收到一条短信，里面有个六位数的码，您读给我。
我：短信上写着“动账验证”。
客服：对，就是这个，人工退款也是动账，您读就行，别的不用管。
我：好吧，是……
客服：一个一个读，别读错了，错三次卡就锁了。""")
D("forged-closure-confirm", "H", "r", """
客服：{sur}阿姨您好，我是支付宝的，您儿子前几天帮您申请关了花呗，您知道吧？
我：知道，他说怕我点错。
客服：对，关闭还差一个本人确认，必须您自己做。您手机上下载一个{mapp}，我们会在里面给您做确认。
我：下载好了，然后呢？
客服：点“加入会议”，输入{meet_sp}，进来以后下面有个“共享屏幕”，您点一下，我这边就能看到您的手机了。
我：点了。
客服：好，您现在打开手机银行，登录一下，我看看您绑的是哪张卡，关闭花呗要解绑这张卡。您放心，您的密码我这边看不到。""")
A("forged-closure-confirm", "E", "r", "您好这边是度小满客服 您的额度已经关闭了 然后我们这边发现您之前的利息是多收的 要给您退息 大概两千多 退息需要您点一下我们发的链接 填一下银行卡号 然后会有一个动态马 您把动态马告诉我 我这边给您确认退款 这个是国家政策 好多人都在退 您抓紧 明天通道就关了")
D("forged-closure-confirm", "", "r", """
客服：您好，这里是分期乐客服，您的账户注销申请我们收到了。
我：对，我已经还清了。
客服：您的借款是还清了，但是账户还有一个保证金没退，注销之前系统要做一次资金核验，您需要把{amt_big}元转到我们公司的对公户。
我：还要我转钱？
客服：只是核验，转过来以后系统确认您的银行卡是本人在用，连同保证金一起退给您，账户就注销了。不核验的话注销不了，每个月还会产生账户管理费。""")

# ---------------------------------------------------------------- protection_fee
family("protection_fee")
S("autorenew-cancel", "H", "p", "【爱奇艺】您的黄金VIP将于今晚24点自动续费{fee}元/年。如需取消自动续费，请打开{url_vip}进行身份验证，验证后当日生效。")
S("autorenew-cancel", "H", "p", "【腾讯视频】你的VIP连续包年将于明日扣款{fee}元，如非本人开通，请联系退订专员{m}办理，逾期扣款不予退还。")
S("autorenew-cancel", "E", "n", "您的百*万*保*障免费期今日到期，次日起每月自动扣费捌佰元，取*消请点 {ev_bz} ，逾期扣费不退")
S("autorenew-cancel", "H", "p", "【中国移动】您已订购“尊享安心保”增值业务，每月{fee_s}元，将从下月起扣除。退订请访问{url_cmcc}，按提示输入话费余额及短信验证码。")
S("autorenew-cancel", "", "m", "您的支付宝“账户安全险”试用期已满，将按年度扣除{fee}元。如需取消，请致电{m}由人工客服为您处理，系统不支持自助取消。")
S("autorenew-cancel", "E", "p", "【微.信.支.付】你已開.通“免.密.支.付”，每月將自.動扣.款{fee_s}元至某遊.戲商.戶，關.閉請加企.業微.信{wx}，勿在他.處操.作")
S("fake-closure-notice", "H", "p", "【支付宝】你已解除与“医疗保障服务”的自动扣款，但尚有{fee}元年度保费已预扣。为退回预扣保费，请在{url_zfb}确认退款账户，确认时需输入支付密码。")
S("fake-closure-notice", "H", "p", "【工商银行】根据您的申请，短信通知服务已取消。因您账户绑定的“年度安全保障”未同步解约，将继续扣费{fee}元/年，解约请致电{m}。")
S("fake-closure-notice", "", "n", "你好，你的京东PLUS会员自动续费已经帮你关掉了。这个月已经扣的{fee}要退回的话，需要你开一下京东金条做退款通道，我一会儿打电话教你。")
S("fake-closure-notice", "E", "m", "dy会员连续包月已关闭✅ 但上期扣kuan{fee}元需手动退回 联系退费kf {m_sp} 提供收kuan卡号即可")

D("autorenew-cancel", "H", "r", """
客服：您好，腾讯视频会员中心，您的连续包年取消没有成功，我们这边看到您点了两次取消。
我：对啊，我点了，它没反应。
客服：您的会员是和一个理财账户绑定的，自己点是关不掉的。我这边给您人工处理，您下载一个{mapp}。
我：关个会员还要下软件？
客服：这是我们的人工受理室，要录像留存。您进去以后输会议号{meet}，打开屏幕共享，我带您把绑定的理财账户解开，不解开明天就扣{fee}。""")
A("autorenew-cancel", "E", "r", "喂你好这边是微信百万保帐的客服 你那个保帐免费期今天就到了 明天开始每个月扣八百 一年九千六 对 你没开也会扣 是系统默认的 你要取消的话 下载一个会议软件 我给你房间号 你进来打开共想 我看着你点 不然你自己点不对 点错了直接扣一年的 你卡里现在有多少钱 取消要先做一个资金验证")
D("autorenew-cancel", "", "r", """
客服：您好，中国移动客服，您的号码开通了一个“尊享安心保”，每个月扣{fee_s}元，您知道吗？
我：不知道，我没开过。
客服：可能是您点了什么活动，我帮您退订。退订的时候系统会给您发一条验证码短信，您告诉我。
我：收到了，上面写的是“支付”啊。
客服：对，退订是按反向支付处理的，这个码是把扣的钱退回给您，您读一下。""")
D("fake-closure-notice", "", "r", """
客服：您好，您微信里的免密支付已经帮您关掉了，但是之前被扣的三个月，一共{fee}，要退给您。
我：好，那退回零钱就行。
客服：零钱退不了，要走银行卡。您把银行卡的钱先转到我们的退费核验户，核验您是持卡人本人，然后扣的钱和您转的钱一起退回。
我：为什么要我先转钱？
客服：不是扣您的，是核验，十分钟就回来。您转的时候银行要是打电话问，您就说是自己转着玩的。""")
A("fake-closure-notice", "E", "r", "喂 是{name}吗 我这边京东会员中心的 你那个京东普拉斯会员的自动续费 我们已经给你关了 但是这个月扣的{fee}要退给你 退款要走金调通道 你打开京东金融 找到金条 把额度借出来 借出来转到退款对公户 系统对上了就把会员费和你借的一起退回来 金调那笔自动冲掉 你借的时候期数选十二期")

# ---------------------------------------------------------------- campus_loan_cancel
family("campus_loan_cancel")
S("xuexin-status", "H", "p", "【学信网】您的学籍状态“在校”与毕业信息不一致，系统判定存在未注销的学生信贷账户，将影响学历认证。请于{md}前联系学籍核查专员{m}办理注销。")
S("xuexin-status", "H", "p", "【{school}教务处】毕业生请注意：学信网学籍核对发现部分同学名下仍挂有校园消费贷，须在离校前完成注销，请加入学籍核查QQ群{qq}，按群公告操作。")
S("xuexin-status", "E", "n", "學.信.網通.知：您的學.籍信.息綁.定了學.生貸.款賬.戶，未注.銷將導致學.歷無.法驗.證，立.即處.理 {ev_chsi}")
S("xuexin-status", "", "m", "同学你好，我是学信网学籍核对中心的{sur}老师。你{year}年入学时的学籍信息被关联了一个校园贷账户，学历电子注册之前要清理掉，你方便的时候回我电话{m}。")
S("xuexin-status", "H", "p", "【学信网】尊敬的用户，您的学历证书电子注册信息存在异常标记（原因：学生身份信贷未结清），请登录{url_chsi}核对，并按页面指引完成解除，解除后标记自动消除。")
S("xuexin-status", "E", "v", "学籍异常‼️你名下有校园dai未注销，毕业证书注册将被暂停，回拨 {m_cn} 找{sur}老师")

S("student-cert-ended", "H", "p", "【支付宝】你已取消学生认证，校园专享权益同步失效。系统检测到你的花呗仍享受学生利率，需转为成人账户，请致电账户转换专员{m}，否则将按违约处理。")
S("student-cert-ended", "H", "p", "【京东】您的校园认证已解除，但您名下的白条“校园版”额度仍未注销。根据监管要求需在7日内清零注销，请添加京东校园专员微信{wx}办理。")
S("student-cert-ended", "E", "n", "你的校.園.認.證已過.期，校.園版月.付/白.條需轉成.人賬.戶，否則按違.規利.率計.息，請聯.系專.員 扣扣{qq}")
S("student-cert-ended", "", "m", "{name}你好，你毕业后校园认证已经自动解除了，但美团生活费那个学生额度还没处理，这个要人工注销。你加我微信{wx}，我把流程发你，十分钟弄完。")

S("student-aid-loan", "H", "p", "【国家开发银行】{mask}同学，你的生源地助学贷款已进入还本期。因你在校期间开通的商业校园贷未注销，系统无法为你保留贴息资格，请致电{m}办理注销。")
S("student-aid-loan", "H", "p", "【{school}资助中心】你本学年国家助学金{aid}元发放失败，原因：收款卡被识别为“学生贷款账户”。请添加资助中心老师QQ{qq}，重新登记收款信息并完成账户验证。")
S("student-aid-loan", "E", "n", "助学贷丨款清理通知：你在校期间的助学贷丨款账户与网dai平台关联，需在 {ev_chsi} 提交注丨销，否则影响zx及考公政审")
S("student-aid-loan", "", "m", "同学你好，这里是县学生资助管理中心。你的助学贷款账户被系统标为异常，可能是上学时有人借你身份证开过网贷，今天下午前要处理掉，请回电{m}。")
S("archive-transfer", "H", "p", "【{school}就业指导中心】你的毕业生档案转递因“学生信贷未结清”被人才市场退回，请在3日内联系档案转递专员{m}开具注销证明，逾期档案将成为死档。")
S("archive-transfer", "E", "m", "檔.案卡住了哈，人.才市.場說你有學.生貸.款沒注.銷，要先注.銷才能接.收，你加我V信{wx}我帶你弄")

D("xuexin-status", "H", "r", """
老师：你好，是{name}同学吧？我是学校资助中心的{sur}老师。
我：老师好，什么事？
老师：学信网那边反馈过来，你的学籍下面挂了一个学生贷款账户，没有注销，会影响你的学历注册。
我：我没借过啊。
老师：可能是开户的时候平台自动给的额度。这个不是学校能处理的，要对接平台的注销专员。你加一下他的QQ，号码我发你，他会带你操作。
我：要去学校办吗？
老师：不用，线上就能弄。你今天弄完，不然毕业证书电子注册要往后推。""")
A("xuexin-status", "E", "r", "喂同学你好 我这里是学信王学籍核查中心的 你的学籍里面有一个校园代款帐户没有注消 会影响你毕业证书在学信网上注册 对 你现在打开支付包 点我的 看一下花贝还有借贝 有额度吧 这个要先清零 你把借贝的钱借出来 转到学籍核查的对接帐户 核查完就退给你 你这个事别跟辅导员说 辅导员不管这个的")
D("xuexin-status", "", "r", """
对方：你好，我这边是学信网学历认证的，你申请的学历验证报告没有通过。
我：我没申请啊，是单位让我自己查的。
对方：对，单位查的时候系统提示你有未注销的校园信贷，报告出不来。你下载一个{mapp}，会议号{meet}，我们的认证老师在里面给你处理。
我：学历认证还要开会？
对方：因为要核对你的支付宝和银行卡，看有没有学生额度，要共享屏幕给老师看，你进去以后别的不用动。""")
D("student-cert-ended", "", "r", """
客服：你好，我是支付宝校园业务的，你前几天取消了学生认证对吧？
我：对，毕业了就取消了。
客服：取消认证以后你的账户要转成成人账户，转之前系统要清一下学生额度。你打开花呗，看看额度多少。
我：三千。
客服：好，你用花呗在我给你的店铺里买一张三千的购物卡，把卡号卡密发我，我这边做核销登记，核销完卡退回，额度就清了。
我：那卡不就给你了吗？
客服：是核销凭证，我们这边要登记的，不登记转不了成人账户，以后利率按违约算。""")
A("student-aid-loan", "E", "r", "你好我这边是国家开发银行助学代款中心的 你是{name}同学吧 你的助学贷款现在是贴息的 但是系统查到你在校期间开了一个商业网贷 没有注消 这样你的贴息资格会被取消 利息要全部自己还 你现在要把那个网贷注消掉 注消要先做一个资金核对 你把卡里的钱转到对接帐户 核对完就退 你别跟家里说 说了家里人着急")
D("student-aid-loan", "", "r", """
对方：您好，请问是{name}的家长吗？我是县学生资助中心的{sur}老师。
我：是的，我是他爸爸。
对方：您孩子的生源地助学贷款系统显示异常，可能被人冒用开了网贷，要马上注销，不然会影响孩子的征信和考公。
我：那我让他自己跟你联系？
对方：孩子在上课，不方便。您帮他做也一样，需要您往孩子名下的一个核查账户转一笔钱，证明不是孩子本人在用网贷，核查完就退。
我：转多少？
对方：{amt_i}，账户我发您短信。您转的时候银行问，就说是给孩子交学费。""")
D("archive-transfer", "", "r", """
对方：你好，是{name}吗？我是{city}人才服务中心档案室的，你的档案转过来了，但是我们接收不了。
我：为什么？
对方：档案里附了一份学生信贷未结清的记录，需要你先注销这个账户，拿到注销证明，我们才能入库。
我：我没有学生贷款啊。
对方：可能是学校批量开的。你加一下档案专员的微信，他帮你开注销证明，要交一个{fee}的证明工本费，转到他微信就行，今天办完明天就入库。""")
A("student-cert-ended", "E", "r", "喂你好 我这是京东校园中心的 你毕业了校园认证也解除了 但是你的京东百条还是校园版的 现在监管不让了 要清零注消 你打开京东金融 看一下百条和金调 有额度是吧 你先把金调的钱借出来 转到我给你的清零帐户 系统识别完了就注消 钱原路退回 你别挂电话 你宿舍有人吗 有人就出去一下")
D("student-aid-loan", "H", "r", """
对方：{name}你好，我是你们单位人事委托的公积金代办，你的公积金开户没有成功。
我：啊？为什么？
对方：系统查到你的身份证还挂着学生账户，上学的时候开过校园贷，没有注销，所以开不了成人的公积金账户。
我：我上学的时候确实用过一个分期，早还清了。
对方：还清了也要注销。你加我微信，我把注销专员推给你，他会让你把支付宝和微信里的额度清一下，清完就能开户，不然这个月的公积金就交不上了。""")

# ---------------------------------------------------------------- impersonated_authority
family("impersonated_authority")
S("credit-center-abnormal", "H", "p", "【中国人民银行征信中心】您的个人信用报告显示异常查询记录23次，信用评分已低于安全线，将影响房贷车贷审批。请于今日内致电征信核查专线{m}办理修正。")
S("credit-center-abnormal", "H", "p", "【人行征信中心】{mask}，您的征信异议申请（受理编号{case}）已受理。因涉及的逾期记录需您本人配合核销，请添加异议处理专员企业微信{wx}，按指引提交资金证明。")
S("credit-center-abnormal", "E", "n", "【正信中心】您名下存在一笔未结清的校园dai记录，本月底将转入正信黑名单，撤销请联系 {m_sp}")
S("credit-center-abnormal", "H", "p", "【中国人民银行】您的个人征信服务平台账户于{md}被异地登录，已触发安全冻结。为防止信用报告被篡改，请于24小时内登录{url_zx}完成身份重新认证。")
S("credit-center-abnormal", "", "m", "{name}你好，我是人民银行{city}中心支行征信管理科的{sur}科长，你的信用报告里有一笔网贷逾期需要本人核实，你先加我微信{wx}，我把材料清单发你。")
S("credit-center-abnormal", "E", "v", "人.行通.知：你的個.人.徵.信安.全系.數過低，已暫.停信.貸功.能，需轉入保.證.金{fee}元至指.定賬.戶恢.復，詳.詢{m}")

S("fund-social-abnormal", "H", "p", "【住房公积金管理中心】您的公积金账户因单位缴存信息异常已被临时冻结，余额{gjj}元暂停提取。请于3个工作日内致电账户核查专员{m}办理解冻，逾期将清退至单位账户。")
S("fund-social-abnormal", "H", "p", "【{city}人社】您的社保卡金融账户存在异常交易，已暂停医保结算功能。请通过{url_sb}重新激活社保卡，激活需验证本人银行卡信息。")
S("fund-social-abnormal", "E", "n", "【公积金】您的账户封存期满，余额将上缴，如需提取请于今日内加入公积金提取群 🐧{qq_sp}，逾期不候")
S("fund-social-abnormal", "", "m", "您好，这里是社保局稽核科。您的养老保险有{n}个月缴费记录异常，涉嫌重复领取待遇，需要您配合退回多领金额，详情请致电{m}。")
S("fund-social-abnormal", "H", "12329", "【住房公积金】您申请的租房提取{amt_i}元审核未通过，原因：收款卡非一类账户。请打开{url_gjj}更换收款卡并输入短信验证码，逾期申请作废。")

S("police-household", "H", "p", "【{city}公安】您申领的居民身份证在制证环节发现信息被他人冒用开户，涉嫌一起跨境洗钱案。请立即联系户籍民警{sur}警官{m}配合核查，勿向他人透露。")
S("police-household", "", "v", "你好，这里是{city}派出所户籍室。你的身份证号码被人用来办理了一张银行卡，已被列为涉案卡，请你今天加民警QQ{qq}做笔录，不配合将被列为嫌疑人。")
S("police-household", "E", "n", "【公.安.戶.政】您的戶.口信.息存在異.常變.更，涉.及一.起詐.騙.案，需您本.人進入線.上筆.錄室（會.議.號{meet_sp}），否則凍.結名下全.部賬.戶")

S("tax-audit", "H", "p", "【国家税务总局{city}市税务局】您的个人所得税年度汇算存在少报收入，需补缴税款及滞纳金{amt_big}元，请于今日内联系稽查专员{m}办理，逾期将移交司法并冻结账户。")
S("tax-audit", "E", "m", "税*务稽*查通知：你名下经营所得申报异常，需补缴{amt_big}元，转入代收个人账户 {acct_sp} 户名{pname} 详询 {m_sp}")

D("credit-center-abnormal", "H", "r", """
对方：您好，我是中国人民银行征信中心的工作人员，工号{gh}。您的个人信用报告被系统标记为异常，需要您配合核实。
我：我的征信怎么了？
对方：系统显示您名下有三笔网贷查询，征信安全系数降到了六十分以下，银行会拒绝您的房贷。
我：那怎么办？
对方：我们给您做人工修正。您下载一个{mapp}，修正室会议号是{meet}，进去以后打开屏幕共享，修正员要核对您的银行流水。
我：征信中心也要开视频会议？
对方：线上受理都是这样的，全程录像。您先不要告诉别人，修正期间泄露信息会影响结果。""")
A("credit-center-abnormal", "E", "r", "喂你好 我这里是人民银行正信中心的 你的正信报告上面有一条逾期 是一个网贷平台报上来的 对 你说你没借过 那就是你的身分证被冒用了 我们现在给你撤销 撤销之前要核实你的资金 你把卡里的钱转到我们的安全帐户 核实完当天就退 你一个人在吗 这个事要保密 你别跟家里人说")
D("credit-center-abnormal", "", "r", """
对方：您好，您在个人征信服务平台提交的异议申请我们收到了，我是负责处理的专员。
我：我没提交过异议啊。
对方：那就麻烦了，说明有人冒用您的身份登录了平台，可能还用您的信息贷了款。
我：那怎么办？
对方：您名下的资金现在有风险，我们要给您做资金保全。您把银行卡里的钱转到人民银行的保全账户，账户我一会儿发给您，等核查结束，一分不少退回。
我：人民银行有这种账户？
对方：这是临时开设的，只在核查期间用。您抓紧，骗子随时可能转走您的钱。""")
D("fund-social-abnormal", "", "r", """
对方：您好，这里是{city}住房公积金管理中心，您的公积金账户封存满半年了，余额{gjj}元。
我：对，我换工作了，还没转。
对方：按新规定，封存满半年没处理的要上缴清退。您要是想提取，今天可以帮您办，但是要交一个百分之三的手续费。
我：提取还要手续费？
对方：这是加急办理的费用，正常走要排三个月，到时候已经清退了。手续费转到我们经办人的账户，提取款明天就到您卡上。""")
A("fund-social-abnormal", "E", "r", "喂你好这里是社宝局的 你的医保卡现在被冻结了 因为有人在外地用你的卡刷了药 对 刷了好几千 我们要给你解冻 你现在手机上会收到一个验正码 你把验正码告诉我 我这边帮你把卡锁了 然后再给你重新开通 你别挂电话 挂了系统会认定你本人刷的 要追究你的责任")
A("fund-social-abnormal", "E", "r", "您好我这是公基金中心的 您的公基金帐户现在有一笔提取申请 是您本人申请的吗 不是啊 那就是有人冒用了 您的公基金余额现在有风险 我们要给您转到安全帐户保管 您打开手机银行 我给您念帐号 您转过去 等我们核查完再转回您的公基金帐户")
D("police-household", "", "r", """
对方：你好，我是{city}公安局户政科的{sur}警官，你最近是不是补办过身份证？
我：没有啊。
对方：那就对了，有人拿你的信息补办了一张身份证，还开了银行卡，现在这张卡涉及一起洗钱案，金额很大。
我：跟我没关系啊。
对方：我们也相信你是被冒用的，但是你要配合调查证明自己。我现在把电话转给检察院的同志，他会告诉你怎么做。你找个安静的地方，不要挂电话，也不要告诉任何人，这是保密案件。""")
D("police-household", "H", "r", """
民警：您好，这里是{city}城南派出所户籍室，请问是{name}吗？
我：是我，什么事？
民警：您上个月办的身份证做好了，不过制证的时候系统提示您的身份信息在外地被注册过一张银行卡。
我：我没注册过啊。
民警：我们怀疑是被冒用了，这种情况要转网警核查。网警会加您QQ，给您发一个协查链接，您按里面的提示填一下名下的银行卡和余额。
我：不能去所里当面办吗？
民警：网警那边是线上办的，所里办不了。您今天填完，身份证明天就能领。""")
D("tax-audit", "", "r", """
对方：您好，这里是{city}市税务局稽查局，您去年在个税APP申报的收入和单位报的不一致，少报了一部分。
我：我都是单位代扣的啊。
对方：单位那边报的是劳务报酬，您这边报的是工资，差额部分要补税，加上滞纳金一共{amt_big}元。
我：那我在个税APP上补吗？
对方：APP上补不了，已经转稽查了。今天之内转到我们的代收专员账户，我们给您出完税证明，不然明天移送公安，您的银行卡也会被冻结。""")

# ---------------------------------------------------------------- points_phishing
family("points_phishing")
S("tax-refund-link", "H", "p", "【个人所得税】您的年度汇算退税{amt}元已审核通过，因您填报的银行卡已失效，退税款暂未发放。请登录{url_tax}重新绑定本人银行卡，24小时内到账。")
S("tax-refund-link", "H", "12366", "【国家税务总局】您有一笔{year2}年度个税退税{amt}元待领取，请于{md}前访问{url_tax}申领，逾期视为自动放弃。")
S("tax-refund-link", "E", "n", "【個.稅.退.稅】您有{amt}元退.稅未領.取，點擊 {ev_tax} 填.寫卡.號與驗.證.碼，即.時到.賬")
S("tax-refund-link", "", "p", "退税通知：根据2026年减税政策，您可申请补贴退税{amt}元，请于48小时内打开{short}办理，需提供本人储蓄卡信息及预留手机号。")
S("tax-refund-link", "H", "p", "【国家税务总局】2025年度综合所得汇算已开始。经系统测算您可退税{amt}元，请打开{url_tax}预约办理，预约后税款将退至您填写的银行卡。")

S("medical-insurance-link", "H", "p", "【{city}医保局】您的医保个人账户余额{amt}元将于月底清零并入统筹，如需保留，请于今日内登录{url_yb}办理“个账返还”。")
S("medical-insurance-link", "E", "n", "【醫.保.卡】您的醫.保電.子憑.證已失.效，影.響看.病報.銷，請點擊 {ev_yb} 重新激.活，需填.寫銀.行.卡.號及驗.證.碼")
S("medical-insurance-link", "H", "p", "【国家医保服务平台】您的医保卡存在异常刷卡记录，已暂停使用。请在{url_yb}核对本人信息并绑定银行卡完成解冻。")
S("medical-insurance-link", "", "m", "医保年度返还通知：您今年符合门诊共济返还条件，可领取{amt}元，请联系医保窗口经办人{sur}老师{m}登记领取。")

S("subsidy-link", "H", "p", "【{city}人社】您符合2026年度技能提升补贴申领条件，补贴{sub}元，请于{md}前登录{url_sb}填写领取信息，逾期不予补发。")
S("subsidy-link", "E", "n", "【社bao补贴】🈶一笔育儿补贴{sub}元待领，点 {ev_sb} 认证领取，需本人yin行卡及手机验証码")
S("subsidy-link", "H", "p", "【人力资源和社会保障部】失业保险稳岗补贴发放通知：您可领取{sub}元，请扫码或访问{url_sb}进行实名认证，认证后3个工作日到账。")

S("etc-link", "H", "p", "【粤通卡】您车牌为{plate}的ETC设备认证已过期，即日起将停用，请于今日内登录{url_etc}完成重新认证，逾期将注销并影响通行。")
S("etc-link", "E", "n", "【E.T.C】您的E.T.C卡已被停.用，原.因：車.輛信.息未更.新，請點 {ev_etc} 重新激.活，逾.期高.速無.法通.行")
S("etc-link", "H", "p", "【苏通卡】您的ETC注销已完成，卡内余额{amt}元待退还。请通过{url_etc}填写退款银行卡及验证码，逾期余额上缴。")

D("tax-refund-link", "", "r", """
对方：您好，这里是{city}市税务局，您去年的个税退税一直没有领，系统快要关闭了。
我：我在个税APP上看了，没显示有退税啊。
对方：APP上不显示，这是专项补贴退税，要单独申请。我给您发一个链接，您点进去下载“税务补贴”客户端。
我：下载好了，要填什么？
对方：填您的银行卡号和手机号，然后系统会给您发一个验证码，您填进去或者读给我都行，退税款马上就到。""")
A("medical-insurance-link", "E", "r", "喂你好我这是医保局的 你的一保卡个人帐户里面还有钱没用完 今年政策是可以返还的 返还到你的银行卡 对 你加一下我们经办人的薇信 他给你发一个链接 你点进去填你的银行卡号 然后会收到一个验正码 你把验正码发给他 他给你提交 今天是最后一天 过了就清零了")
D("subsidy-link", "H", "r", """
对方：您好，这里是{city}人社局，您是{name}吧？您的技能提升补贴审核通过了，{sub}元。
我：我考过一个证书，是那个吗？
对方：对，就是那个。补贴要发到您的社保卡金融账户，我这边帮您激活一下。激活的时候您手机会收到一条验证码。
我：收到了，是银行发的。
对方：对，社保卡就是银行卡，您读给我，我在系统里填上，补贴就打过去了。""")
D("etc-link", "", "r", """
客服：您好，这里是ETC客服中心，您车牌{plate}的ETC设备要做年度认证，不认证下周就停用了。
我：去年没听说要认证啊。
客服：今年新规。很简单，我给您发个链接，您在上面填一下车主信息和绑定的银行卡号。
我：填好了。
客服：页面会让您输入一个验证码，是您银行卡预留手机收到的，您填上点提交就行。
我：上面写着扣款九十九。
客服：那是认证押金，认证通过以后三个工作日退回。""")
A("tax-refund-link", "E", "r", "您好这里是个人所得税退税中心的 您有一笔退锐 哦退税 一千多没领 今天是最后一天 您打开我给您发的短信 点那个链接 填一下您的银行卡号还有身分证 填完以后它会让您输验正码 您输进去 退税就到帐了 不领的话就上交国库了 您抓紧")


# ================================================================ generation
LIMITS = {"s": (15, 300), "d": (150, 800), "a": (100, 800)}


def sender_for(spec, d, text):
    if spec == "p":
        return common.port(R)
    if spec == "m":
        r = R.random()
        if r < 0.7 and d["m"] in text:
            return d["m"]
        return R.choice([mobile(), virtual(), overseas()]) if r < 0.9 else None
    if spec == "v":
        return virtual()
    if spec == "o":
        return overseas()
    if spec == "r":
        return R.choice([mobile(), mobile(), virtual(), overseas(), None])
    if spec == "n":
        return None
    return spec


def render(k):
    fam, scen, kind, fl, snd, tpl = B[k]
    d = slots()
    text = fill(tpl, d)
    if kind == "d" and text.startswith("客服：") and R.random() < 0.25:
        text = text.replace("客服：", R.choice(["专员：", "对方："]))
    lo, hi = LIMITS[kind]
    if not lo <= len(text) <= hi or "{" in text or "[[" in text:
        raise SystemExit(f"base {k} ({fam}/{scen}): length {len(text)}: {text}")
    if kind == "d" and "\n" not in text or kind != "d" and "\n" in text:
        raise SystemExit(f"base {k} ({fam}/{scen}): bad line structure")
    return text, d


def main():
    pool = NearDuplicateIndex(corpus_texts(CORPUS, exclude=OUT))
    rows, rejected = common.scam_rows(B, pool, render, sender_for, "si-", DEDUP)
    common.write_rows(OUT, PREFIX, rows, label="scam")
    common.report(B, rows, rejected, ("groups", len({r["group"] for r in rows})),
                  ("families", dict(Counter(r["family"] for r in rows).most_common())),
                  ("groups detail", dict(Counter(r["group"] for r in rows))))


if __name__ == "__main__":
    main()
