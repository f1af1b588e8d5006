"""Generator for corpus section scam_e (label: scam, family: advance_fee_loan).

Loan offers that impersonate a bank or a big lending platform AS A WHOLE: the text is signed
with a national bank's or platform's name (【平安银行】, 【招联金融】 ...), or the writer introduces
themself as a bank's 信贷部 / 个贷中心 / 贷款中心 / 信贷专员 without naming any branch, and the only
contact is a personal mobile, a WeChat / QQ handle or "回电".  Real banks never market loans
this way (their officers name their branch, their marketing comes from 95xxx / 106 ports with
official channels), so the impersonation itself is the scam signal; most texts ask no fee, a
minority add a later fee hint (工本费, 保证金, 激活费).  Branch officers' own ads are `other`
(section other_g) and never appear here: no text names a 支行 / 分行 / 网点 / 营业部 / 农商行 /
村镇银行 / 信用社 / 县.

SMS in many voices (polished bank-like, sloppy, exclamation-heavy, 尊敬的客户, 亲, 老板您好,
signature first or last, some with a short non-bank URL), and calls: multi-turn 对方 / 我
dialogues and ASR run-on lines with homophone errors.

stdlib only, fixed seed, deterministic.  Writes corpus/scam_e.jsonl.
Every base text below was written for this section by hand; slots fill only names, numbers,
amounts, cities, banks and platforms.  Each base text gives one row; a candidate whose character
5-gram Jaccard with any accepted text of this section or any other corpus/*.jsonl reaches 0.5 is
dropped (and re-drawn with other slot values up to three times).
"""
import random
import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[2])]
import _common as common  # noqa: E402
from scamguard.corpus import NearDuplicateIndex, corpus_texts  # noqa: E402  (5-gram Jaccard, as the corpus tests)

SEED = 20260607
rng = random.Random(SEED)
CORPUS = Path(__file__).resolve().parents[1]
OUT = CORPUS / "scam_e.jsonl"
FAMILY = "advance_fee_loan"
PREFIX = "se"

# ---------------------------------------------------------------- slot values
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤")
GIVEN_M = ["建军", "海波", "志强", "俊杰", "伟", "磊", "涛", "鹏飞", "晓东", "永强", "文博", "国华", "宇航", "明辉", "德胜", "立新"]
GIVEN_F = ["丽娟", "晓丽", "秀兰", "春梅", "芳", "敏", "艳", "婷婷", "慧敏", "雨婷", "欣怡", "桂英", "玉梅", "红霞", "佳琪", "淑珍"]
CITIES = ["深圳", "广州", "东莞", "佛山", "长沙", "南昌", "合肥", "郑州", "洛阳", "石家庄", "太原", "济南", "临沂", "青岛", "徐州",
          "苏州", "温州", "金华", "福州", "泉州", "厦门", "南宁", "昆明", "贵阳", "成都", "重庆", "西安", "兰州", "沈阳", "大连",
          "长春", "哈尔滨", "武汉", "襄阳", "海口", "天津", "唐山", "无锡", "宁波", "绍兴"]
# full name, short name, latin stem for fake domains
BANKS = [("平安银行", "平安", "pingan"), ("中国银行", "中行", "boc"), ("招商银行", "招行", "cmb"), ("建设银行", "建行", "ccb"),
         ("工商银行", "工行", "icbc"), ("农业银行", "农行", "abc"), ("交通银行", "交行", "bocom"), ("邮储银行", "邮储", "psbc"),
         ("中信银行", "中信", "citic"), ("光大银行", "光大", "ceb"), ("民生银行", "民生", "cmbc"), ("兴业银行", "兴业", "cib"),
         ("浦发银行", "浦发", "spdb"), ("华夏银行", "华夏", "hxb"), ("广发银行", "广发", "cgb")]
PLATFORMS = [("平安普惠", "puhui"), ("招联金融", "zhaolian"), ("京东金融", "jdjr"), ("度小满", "dxm"), ("微众银行", "webank")]
TITLES = ["经理", "经理", "专员", "主管", "经理"]
BIZ = ["餐饮", "建材", "服装", "五金", "物流", "水果批发", "装修", "汽修", "美容美发", "超市"]
TLDS = [".top", ".cc", ".vip", ".xyz", ".icu", ".club", ".ltd", ".site", ".cn.com"]
URL_STEMS = ["dk", "xd", "ed", "-loan", "-vip", "jk", "-e", "kd", "-xyd", "daikuan"]
LI_CN = {"2.5": "两厘五", "2.8": "两厘八", "3": "三厘", "3.5": "三厘五"}

digits = partial(common.int_digits, rng)
vmobile = partial(common.virtual_mobile, rng, draw=common.int_digits)
cn_int = common.cn_int
cn_tel = partial(common.cn_digits, rng)


def mobile():
    return "1" + rng.choice("3335558889997764") + digits(9)


def port():
    return rng.choice(["1069", "10690", "1068", "10698", "10655", "106575"]) + digits(rng.randint(5, 8))


def split_tel(num):
    sep = rng.choice([" ", "-", " ", "."])
    return sep.join([num[:3], num[3:7], num[7:]])


def make_url(stem):
    s = stem + rng.choice(URL_STEMS) + rng.choice(TLDS)
    s += "/" + common.chars(rng, rng.randint(4, 6), common.URL_CHARS)
    if rng.random() < 0.35:
        s = rng.choice(["http://", "https://", "m."]) + s
    return s


def slots():
    bank, bs, bstem = rng.choice(BANKS)
    plat, pstem = rng.choice(PLATFORMS)
    tel = mobile()
    wan = rng.choice([5, 8, 10, 12, 15, 18, 20, 25, 30, 36, 40, 50])
    big = rng.choice([20, 30, 50, 50, 80, 100, 200])
    fee = rng.choice([199, 288, 368, 480, 500, 680, 800, 980, 1280, 1500, 1980, 2600])
    n = rng.choice([20, 30, 40, 50, 60])
    sur, sur2 = rng.sample(SURNAMES, 2)
    li = rng.choice(["2.5", "2.8", "3", "3.5"])
    qq = str(rng.randint(1, 9)) + digits(rng.randint(7, 9))
    d = dict(
        bank=bank, bs=bs, plat=plat,
        url=make_url(bstem), purl=make_url(pstem),
        name=rng.choice(SURNAMES) + rng.choice(GIVEN_M + GIVEN_F), sur=sur, sur2=sur2,
        mname=rng.choice(SURNAMES) + rng.choice(GIVEN_M), fname=rng.choice(SURNAMES) + rng.choice(GIVEN_F),
        gn=rng.choice(GIVEN_M + GIVEN_F), title=rng.choice(TITLES),
        tel=tel, tel_sp=split_tel(tel), tel_cn=cn_tel(tel), vtel=vmobile(),
        wx=rng.choice([bstem, "dk", "xd", "jr", "wx", "daikuan", "xindai", "jl"]) + rng.choice(["", "_", "-", "88", "0"]) + digits(rng.randint(4, 6)),
        qq=qq, qq_cn=cn_tel(qq),
        wan=str(wan), wan_cn=cn_int(wan), big=str(big), big_cn=cn_int(big), lo=str(rng.choice([1, 2, 3, 5])),
        amt=str(rng.randint(30, 480) * 1000), fee=str(fee), fee_cn=cn_int(fee),
        n=str(n), n_cn=cn_int(n), ra=rng.choice(["3.2", "3.45", "3.6", "3.85", "4.2", "2.98"]),
        li=li, li_cn=LI_CN[li], m3=str(n * 3 // 10), m3_cn=cn_int(n * 3 // 10), m4=str(n * 4 // 10), k=str(rng.randint(3, 12)), gh=digits(rng.choice([4, 5, 6])),
        date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", city=rng.choice(CITIES), biz=rng.choice(BIZ),
        hour=str(rng.choice([17, 18, 20, 21, 22])),
    )
    return d


fill = common.fill_slots


# ================================================================ content
# Each base: (scenario, kind, flags, sender, text)
#   kind: s = SMS, d = dialogue (C = caller, V = recipient), a = ASR run-on call transcript
#   flags: H = hard (polished, bank-like, no scam words), E = evasive spelling, F = carries a fee hint
#   sender: m random mobile, t the same mobile as the {tel} in the text, v virtual mobile, p 106 port, n none
B = []


def add(scen, kind, flags, sender, text):
    B.append((scen, kind, flags, sender, text.strip()))


# ---- signed with a bank, "凭身份证即可贷", no collateral
for f, snd, t in [
    ("H", "t", "【{bank}】凭本人身份证即可申请个人信用贷款，无抵押、无担保，最高{big}万元，审核通过当天放款。联系{sur}经理{tel}"),
    ("", "m", "{bs}信贷部：只要有身份证，18到60周岁，就能贷{lo}-{big}万，不押房不押车，利息低手续少，电话微信同号{tel}，{sur}主管"),
    ("H", "p", "【{bank}】尊敬的客户您好！本行现推出“身份证信用贷”，免抵押免担保，额度最高{big}万元，最快2小时到账。详询信贷专员{sur}{gn}：{tel}（微信同号）"),
    ("", "v", "亲～{bs}个贷中心小{sur}哈，现在办贷款超简单，一张身份证就搞定，不查流水不要担保人，最高{big}W，有需要直接打我{tel}哦"),
    ("E", "m", "【{bank}】無抵押、無擔保，憑身份證即可貸款{lo}-{big}萬，當天放款！聯繫{sur}經理：{tel_sp}"),
    ("", "t", "你好 {bs}贷款中心 身份证就能办 额度高利息低 当天到账 有需要联系 {tel} {sur}经理 不需要请忽略"),
    ("", "m", "急用钱找{bs}！！身份证秒批！！无抵押！！最高{big}万！！今天申请今天到！！{sur}专员{tel}"),
    ("H", "t", "老板您好，我是{bank}信贷部{sur}经理，我行个人信用贷款仅需身份证，无需抵押，额度{lo}-{big}万，年化{ra}%起，诚信合作，电话{tel}"),
]:
    add("bankname-idcard-only", "s", f, snd, t)

# ---- signed with a bank, a pre-approved / pre-granted limit the recipient never asked for
for f, snd, t in [
    ("H", "p", "【{bank}】尊敬的客户，您已获得本行个人消费贷预授信额度{amt}元，有效期至{date}，如需使用请联系您的专属客户经理{sur}经理{tel}。"),
    ("H", "m", "{name}先生/女士：恭喜您通过{bank}个贷中心预审，可用额度{wan}万元，本额度仅向受邀客户开放，请于3日内回电{tel}领取。"),
    ("H", "t", "【{bank}】您的信用贷款额度{amt}元已生成，目前尚未激活。回电{sur}专员{tel}即可激活使用，随借随还，按日计息。"),
    ("", "v", "{bank}温馨提示：您的预授信额度{amt}元将于{date}失效，如需保留请尽快联系信贷部{sur}主管{tel}(微信同号)办理"),
    ("H", "p", "【{bank}】尊敬的客户：经本行大数据综合评估，您符合“优质客户专享贷”准入条件，授信额度{amt}元，年化利率{ra}%起。办理请致电信贷专员{sur}女士{tel}，感谢您对本行的支持。"),
    ("F", "m", "【{bank}】您的预审批额度{amt}元已通过，激活需本人联系{sur}经理{tel}，激活时需缴纳账户管理费{fee}元，放款后一并退还。"),
    ("", "n", "恭喜！{bank}已为您开通{wan}万元备用金额度，年化{ra}%，用几天算几天利息。领取请加客户经理微信：{wx}"),
    ("E", "m", "{bank}：您有一筆{amt}元預審批額度未領取，今日{hour}點後自動作廢，領取請聯係{sur}經理{tel}"),
]:
    add("bankname-preapproved-limit", "s", f, snd, t)

# ---- signed with a bank, mortgage / car / policy holders, "月供的N倍"
for f, snd, t in [
    ("", "t", "【{bank}】有按揭房的客户看过来：按月供的{n}倍放款，不用二押，不用过户，最快当天下款。咨询{sur}经理{tel}"),
    ("", "m", "您好，{bs}个贷中心：名下有按揭车、全款车均可贷，车照常开，不押车不装GPS，额度最高车价八成，{sur}主管{tel}"),
    ("", "v", "【{bank}】保单也能贷！缴费满一年的寿险保单，按年缴保费的{n}倍授信，最高{big}万。信贷专员{sur}：{tel}"),
    ("", "m", "有房贷的朋友注意了！{bank}现推出房贷客户专享信用贷，月供三千就能贷{m3}万，不看房产证不上门，联系{tel}（{sur}经理）"),
    ("", "t", "{bs}信贷部：公积金、社保、个税、按揭房、保单，有其一即可申请，额度按缴存基数的{n}倍核定，{sur}经理{tel}微信同号"),
    ("H", "p", "【{bank}】尊敬的房贷客户：您作为本行优质按揭客户，可申请月供{n}倍的无抵押信用额度，年化{ra}%起，办理请联系客户经理{sur}{gn}{tel}。"),
    ("E", "m", "按揭房、按揭車、保單都能貸，月供{n}倍，無需抵.押，{bs}信貸部{sur}經理 {tel_sp} 微信同号"),
    ("", "m", "老板，您的车贷快还完了吧？{bank}车主信用贷，凭行驶证+身份证，最高{big}万，不押车。加我微信{wx}，{sur}经理"),
]:
    add("bankname-mortgage-multiple", "s", f, snd, t)

# ---- signed with a big platform, personal mobile / WeChat / QQ
for f, snd, t in [
    ("H", "m", "【{plat}】{name}您好，您符合我司信用借款申请条件，额度最高{big}万，凭身份证和银行卡即可办理，详询客户经理{sur}经理{tel}。"),
    ("H", "v", "【{plat}】尊敬的客户，您的借款额度已提升至{amt}元，专属客服{sur}专员为您一对一服务，微信：{wx}"),
    ("H", "p", "【{plat}】专属福利：您有一笔{amt}元借款额度可提取，年化{ra}%起，该额度需人工审核，请回电{tel}。"),
    ("", "t", "【{plat}】你好，你的借款额度{amt}已审批，因系统升级需人工放款，联系放款专员{sur}主管{tel}（微信同号）"),
    ("E", "n", "【{plat}】邀请制开放🎉您已被邀请，可借额度最高{big}万💰开通请添加客服扣扣{qq}"),
    ("", "t", "{plat}{sur}经理：无抵押信用贷款，工薪族、个体户均可办理，额度3-{big}万，利息低，最快当天放款。{tel}"),
    ("", "m", "【{plat}】您好！我司针对老客户推出一批内部名额，额度{wan}万，利率比APP上低，不走线上，联系{sur}专员{tel}办理"),
    ("F", "v", "【{plat}】您的借款{amt}元已审核通过，因您的账户信用分不足，需联系专员{tel}缴纳保证金{fee}元后放款。"),
]:
    add("platform-signed-offer", "s", f, snd, t)

# ---- "I am X bank's 信贷部 / 个贷中心" without a branch
for f, snd, t in [
    ("H", "t", "您好，我是{bank}个贷中心的{sur}{title}，我行目前有一批低息信用贷款名额，工作稳定的客户都可以申请，额度最高{big}万。有需要可随时联系我，电话{tel}。"),
    ("", "t", "{name}你好，我是{bs}信贷部小{sur}，上次给你打过电话的，你要的那个贷款现在政策放宽了，{wan}万没问题，方便的话回个电话{tel}"),
    ("", "m", "打扰了，{bank}贷款中心{sur}专员，专做个人信用贷、经营贷，月息{li}厘起，三天放款，有需求联系我{tel}，谢谢！"),
    ("H", "v", "我是{bank}信贷专员{sur}{gn}，工号{gh}，您好！我行现有无抵押信用贷款业务，额度1-{big}万，需要的话加我微信{wx}详聊。"),
    ("", "t", "您好！{bs}个贷中心{sur}经理向您问好。年底资金额度充足，信用贷、房贷、车贷、经营贷均可办理，利率全年最低，{tel}"),
    ("", "m", "哥/姐您好，我是{bs}贷款部的，我们现在内部有优惠，利息比外面低一半，额度还高，你要是手头紧或者做生意缺钱，找我就行 {tel} {sur}"),
    ("H", "t", "[{bank}信贷部] 您好，我是{bank}信贷专员{sur}{gn}，专为客户办理无抵押贷款，如有资金需求请回电{tel}，全程免费咨询。"),
]:
    add("creditdept-self-intro", "s", f, snd, t)

# ---- 特邀客户 / 内部名额
for f, snd, t in [
    ("", "t", "【{bank}】特邀客户专享：本月仅剩{k}个内部名额，年化{ra}%，额度最高{big}万，先到先得。预约{sur}经理{tel}"),
    ("H", "p", "【{bank}】尊敬的VIP客户，您已入选本行年度特邀名单，可享专属低息信用额度{amt}元，名额有限，请于{date}前致电{tel}预约办理。"),
    ("E", "m", "内部名额！{bs}员工渠道dk，普通人拿不到的利率，年化{ra}%，只剩最后几个，要的私我V信{wx}"),
    ("H", "m", "{name}您好，作为{bank}的老客户，您获得本季度特邀资格，免抵押免担保，额度{wan}万起，本周截止。专员{sur}{tel}"),
    ("", "v", "【{plat}】诚邀您成为首批“白名单”用户，享{ra}%超低年化，额度随心借，白名单通道需专员开通，请联系{tel}"),
    ("F", "m", "【{bank}】内部特批通道已为您开放，额度{amt}元，因属特批业务，需缴纳{fee}元资料审核费（放款时一并退还），联系{sur}主管{tel}"),
]:
    add("bankname-vip-quota", "s", f, snd, t)

# ---- 老板您好: business owners
for f, snd, t in [
    ("", "t", "老板您好！{bank}小微企业主信用贷，有营业执照满一年即可，额度最高{big}万，随借随还，{sur}经理{tel}（微信同号）"),
    ("H", "p", "【{bank}】老板好，我行针对个体工商户推出经营快贷，凭纳税、开票记录授信，最高{big}万，不上门不抵押，加微信{wx}咨询"),
    ("", "t", "老板您好，打扰一下，我是{bs}信贷部的{sur}经理，看您是做生意的，我们这有个经营周转贷，年化{ra}%，资金随时可用，有需要联系我{tel}"),
    ("", "m", "生意周转找{bs}！经营贷、税票贷、流水贷，个体户、企业主均可，不看抵押，三天放款，{sur}{title} {tel}"),
    ("H", "m", "【{bank}】{name}老板您好，根据您的开票数据，您已获得本行预授信经营额度{wan}万元，请回电{tel}了解放款流程。"),
    ("E", "m", "老闆您好，{bs}經營貸，有執照就能辦，額度高，利息低，當天批，加V：{wx}"),
]:
    add("bankname-business-owner", "s", f, snd, t)

# ---- signed with a bank, a short URL that is not the bank's domain
for f, snd, t in [
    ("H", "p", "【{bank}】尊敬的客户，您的个人信用贷额度{amt}元已生效，点击 {url} 查看，或联系{sur}经理{tel}"),
    ("", "n", "【{plat}】您有一笔{wan}万元借款待领取，戳 {purl} 立即领取，有疑问加客服微信{wx}"),
    ("", "t", "{bs}贷款中心：无抵押信用贷火热办理中，在线申请{url} ，专员{sur}：{tel}"),
    ("", "p", "【{bank}】限时低息！年化{ra}%起，额度最高{big}万，申请入口{url} 人工咨询{tel}"),
    ("", "m", "您好，{bank}给您预留的额度还没领，点这里看看能借多少 {url} 不清楚的打{sur}经理电话{tel}"),
    ("H", "p", "为回馈老客户，本行开通专属借款通道，点击{url}登记，或直接致电{sur}经理{tel}，30分钟内为您审批。【{bank}】"),
]:
    add("bankname-short-url", "s", f, snd, t)

# ---- only "回电" (the sending mobile is the contact)
for f, snd, t in [
    ("H", "m", "【{bank}】您的贷款申请资料已审核完毕，额度{wan}万元，请尽快回电。"),
    ("", "m", "{bs}信贷部：您好，您的贷款额度已经批下来了，请回电确认是否需要。"),
    ("H", "m", "【{bank}】{name}您好，您有一笔低息贷款可以办理，今天之内回电有效，过期作废。"),
    ("", "v", "您好，{bank}个贷中心刚给您打过电话没接通，您的信用额度{amt}元待确认，看到短信请回电，谢谢！"),
    ("H", "m", "【{plat}】尊敬的用户，您的借款资格已审核通过，请本人回电本号码办理放款，逾期视为放弃。"),
    ("", "m", "刚才来电是{bank}信贷部，关于您的{wan}万元信用额度，请回拨此号或加微信{wx}，{sur}经理"),
]:
    add("bankname-callback-only", "s", f, snd, t)

# ---- signed with a bank, and a fee before the money
for f, snd, t in [
    ("F", "t", "【{bank}】您的信用贷款{wan}万元已审批，放款前需缴纳合同工本费{fee}元，请联系{sur}经理{tel}办理。"),
    ("F", "m", "{bs}个贷中心：您申请的贷款已通过，放款前需验证还款能力，须存入额度10%作为保证金，放款后退还，详询{tel}"),
    ("F", "v", "【{plat}】你好，你的借款{amt}元已到放款环节，因首次借款需开通会员通道（{fee}元，到账后返还），请联系专员{sur}{tel}"),
    ("F", "m", "亲，{bs}这边贷款已经帮你批好了哈，就差一个公证费{fee}，交了马上放，加我微信{wx}，{sur}经理"),
    ("FH", "p", "【{bank}】尊敬的客户，您的贷款已通过终审，为保障资金安全，需先办理放款账户激活（激活费{fee}元，随贷款返还）。联系信贷专员{sur}{tel}"),
]:
    add("bankname-fee-after-approval", "s", f, snd, t)

# ================================================================ calls
add("call-creditdept-preapproved", "d", "H", "t", """
C：喂，您好，请问是{name}吗？
V：是我，哪位？
C：您好，我是{bank}信贷部的客户经理，姓{sur}。打扰您一分钟，您是我们行的优质客户，系统这边给您预审批了一笔个人信用额度，{wan}万元，年化{ra}%起。
V：我没申请过啊。
C：对，这个不需要您申请，是行里主动给受邀客户开放的。您近期装修、买车或者生意周转有需要吗？
V：暂时不需要吧。
C：没关系，额度可以先领着，不用不产生利息。您加一下我微信，就是我这个手机号，我把办理流程发给您，有效期到月底。""")
add("call-creditdept-preapproved", "d", "H", "m", """
C：{sur2}先生您好，这边是{bank}个贷中心，我是信贷专员小{sur}，工号{gh}。
V：嗯，什么事？
C：通知您一下，您名下有一笔预授信额度{amt}元还没有激活，这个月底就要回收了，所以给您打电话确认一下。
V：我在手机银行上怎么没看到？
C：这个是线下专项额度，手机银行上显示不出来，需要我们这边人工给您开通。
V：那怎么开通？
C：您记一下我的手机号{tel}，加微信，把身份证正反面和常用的银行卡拍给我，我这边今天给您提交，最快明天就能用。""")
add("call-creditdept-preapproved", "d", "", "v", """
C：您好，{bank}信贷部，请问是机主本人吗？
V：是。
C：给您打电话是通知您，您的个人消费贷款预审批已经通过了，额度{amt}元，现在需要跟您确认一下放款账户。
V：我不记得申请过。
C：可能是您之前办业务的时候留过资料，系统自动把您列进了白名单。这笔贷款年化{ra}%，三年期，月供很低的。
V：那怎么放款？
C：我这边给您发条短信，里面是我的手机号，您回电找我{sur}经理就行，后面的手续我帮您一次办完。""")
add("call-creditdept-preapproved", "d", "", "n", """
C：喂，您好，刚才这个号码给您发过短信，我是{bank}个人贷款中心的{sur}专员。
V：哦，什么贷款？
C：是这样的，本行对部分客户开放了一批低息名额，您在名单里，额度{wan}万元，最长三年，月息{li}厘。
V：我征信可能不太好。
C：您有信用卡吧？正常在用的话问题不大，具体我要帮您查一下。您方便的话把身份证号报给我，或者加我微信发过来也行。
V：我还是去手机银行看吧。
C：手机银行上看不到这个额度，这是内部渠道。您加一下我微信{wx}，我先给您预审，不行也不收您任何费用。""")
add("call-creditdept-preapproved", "d", "", "m", """
C：喂，你好，这里是{plat}的，我是审批部的{sur}专员。
V：哪里？
C：{plat}。你之前在我们APP上注册过，系统给你重新评估了，现在可以给到{wan}万的额度，利率也下调了。
V：我早就不用了。
C：没关系的，老用户回馈，额度是直接给的，不需要重新申请。你加我一下微信，我这边人工给你开通，比APP上走得快。
V：APP上不能自己点吗？
C：APP上是系统额度，我这个是人工特批的，要专员处理。微信号我等下短信发你，你通过一下就行。""")
add("call-creditdept-preapproved", "d", "H", "t", """
C：您好，打扰了，请问是{fname}女士吗？我这里是{bank}贷款中心。
V：你好，什么事？
C：是这样，您上个月在我们行的信用卡还款记录很好，行里给您匹配了一笔专享信用贷，额度{wan}万，年化{ra}%，今天是给您做电话确认的。
V：我没打算贷款。
C：理解，这个不强制，只是额度给您保留到{date}。您要是哪天急用，直接打我这个手机就行，我姓{sur}，存一下号码，到时候我给您加急处理。
V：好的，知道了。
C：好的，祝您生活愉快。""")
add("call-creditdept-preapproved", "d", "", "v", """
C：喂，{name}吗？我是{bs}信贷部的小{sur}啊。
V：啊？哪个小{sur}？
C：{bank}的，前段时间您是不是打听过贷款？我们系统里有您的记录。现在行里额度松了，您这个情况能批{wan}万左右。
V：我是问过，后来没弄。
C：现在弄正好，利息比去年低了一截，月息才{li}厘。您把身份证拍一下发我，我今天就给您提上去。
V：发哪？
C：加我微信，号是{wx}，加的时候备注一下名字，我这边一天要加几十个人，怕漏了。""")

add("call-creditdept-idcard", "d", "", "t", """
C：喂，老板您好，我是{bank}贷款中心的{sur}经理，您家里是不是有按揭房？
V：有啊，怎么了？
C：是这样，我行现在对按揭房客户有个信用贷政策，不用二次抵押，不用去房管局，按您月供的{n}倍给额度。您月供多少？
V：四千左右。
C：那您这边能批{m4}万左右，利息比信用卡低多了，最快当天放款。
V：要什么资料？
C：很简单，身份证、购房合同，拍照发我微信就行。我微信就是这个手机号，您加一下，备注个姓名。""")
add("call-creditdept-idcard", "d", "H", "m", """
C：您好，请问是{name}吗？我是{bank}信贷部的，免贵姓{sur}。
V：你好，有什么事？
C：我看您这边有一份缴费满两年的寿险保单，是吧？我行现在有个保单贷，按您年缴保费的{n}倍给信用额度，无抵押，不影响保单。
V：你怎么知道我有保单？
C：我们跟保险公司有合作，您在优质客户名单上。额度最高能到{big}万，年化{ra}%。
V：我考虑一下。
C：好的，您考虑好了直接打我手机{tel}，这个名额按批次放，这一批周五截止。""")
add("call-creditdept-idcard", "d", "", "t", """
C：喂，您好，是{name}老板吧？我这边是{bank}信贷部的{sur}经理。
V：嗯，你说。
C：您是做{biz}的对吧？我们行今年对个体户有扶持，纯信用的经营贷，营业执照满一年就能申请，额度{wan}万起步，随借随还。
V：利息多少？
C：年化{ra}%起，看您的流水，比外面便宜一半。您这边有没有周转的需要？
V：有是有，怎么办？
C：您加我个人微信，我把要准备的东西发您，拍个营业执照、身份证，再导一下近半年的银行流水，我这边直接帮您走内部审批，不用您跑。""")
add("call-creditdept-idcard", "d", "", "m", """
C：喂，你好，{bs}个贷中心的，问一下你最近用不用钱？
V：你们是银行的？
C：对，{bank}的，我们现在做一个身份证贷，不要抵押不要担保，工资卡有流水就行，{lo}万到{big}万。
V：真的假的，银行现在这么好贷？
C：这是行里今年的新政策，专门给工薪族的，名额有限。你在哪上班？
V：在一个厂里。
C：厂里发工资是打卡的吧？那就没问题。我姓{sur}，你记一下我手机{tel}，加我微信，把身份证跟工资卡照片发我，今天提交明天就有结果。""")
add("call-creditdept-idcard", "d", "H", "v", """
C：您好，请问是{mname}先生吗？这里是{bank}个人信贷部，我是客户经理{sur}{gn}。
V：你好。
C：您的车贷在我行快结清了，按照我行的客户维护政策，您可以申请车主信用贷，凭行驶证和身份证办理，不押车，额度最高{big}万。
V：我车贷不是在你们行办的。
C：那可能是合作机构转过来的名单，不影响的，只要您名下有车就可以申请。
V：那怎么申请？
C：您加一下我的工作微信{wx}，把行驶证、身份证照片发过来，我先帮您测一下额度，测额度不收费，也不查征信。""")
add("call-creditdept-idcard", "d", "", "n", """
C：喂，您好，打扰您一下，我是{bank}贷款中心的，姓{sur}，请问您公积金是正常在交吧？
V：在交，怎么了？
C：我行现在有个公积金信用贷，按您缴存基数的{n}倍给额度，不用抵押担保，三年期，年化{ra}%。
V：我手机银行上看了，没这个啊。
C：这个是我们部门跟公积金中心合作的线下名额，手机银行是查不到的，所以才电话通知您。
V：哦，那我要怎么办？
C：您回拨一下我手机，号码我一会儿短信发您，我给您登记，明天上午安排您的资料初审。""")

add("call-creditdept-fee", "d", "F", "t", """
C：喂，{name}吗？我是{bank}信贷部的{sur}经理，上周跟您联系过的。
V：对对，那个贷款怎么样了？
C：恭喜您，审批已经下来了，{wan}万元，三年期。现在就差最后一步，签电子合同。
V：好的，怎么签？
C：我微信给您发个链接，您按提示把银行卡填一下。另外跟您说一下，合同生成需要一笔工本费{fee}元，这个是行里统一收的，放款的时候会一起退到您卡上。
V：还要交钱啊？
C：就是走个流程，所有客户都一样的，您交了今天下午就能到账。""")
add("call-creditdept-fee", "d", "F", "v", """
C：您好，请问是{sur2}女士吗？这里是{bank}个贷中心。
V：是我。
C：您申请的{wan}万元信用贷款已经初审通过了，我是您的对接专员，姓{sur}。
V：好，那什么时候放款？
C：终审之前我们需要核实您的还款能力，按规定您需要存入额度百分之十的金额作为保证金，冻结三天，三天后自动退回。
V：我卡里没那么多钱。
C：没关系，您可以把钱转到我们指定的验资账户，一样算数，放款时原路退回。您先加一下我微信{wx}，我把账户发您。""")
add("call-creditdept-fee", "d", "F", "m", """
C：喂，你好，我是{plat}放款部的，你的借款申请通过了，{amt}元。
V：哦，我好像是申请过。
C：对，不过系统显示你的银行卡信息有误，款打不过去，被冻结在平台上了。
V：那怎么办？
C：需要你交一笔解冻保证金{fee}元，证明这张卡是你本人在用，交完五分钟内连本带保证金一起放给你。我是{sur}专员，你加我QQ{qq}，我一步一步教你操作。""")
add("call-creditdept-fee", "d", "F", "t", """
C：您好，请问是{name}吗？我是{bank}个人信贷部的{sur}经理，工号{gh}。
V：你好。
C：您之前在网上留过贷款意向，我们这边帮您做了评估，您的资质不错，可以给到{wan}万，三年期，月息{li}厘。
V：我是留过，这个利息还挺合适的。
C：那我们今天就可以走流程。您加一下我的微信，就是这个手机号，我把申请表发您，填好以后把身份证正反面和银行卡拍给我。
V：好，我加了，资料也发你了。
C：收到，我这边已经提交。按行里的规定，信用贷款放款前要给这笔贷款上一份履约保险，万一您以后还不上，由保险公司兜底。
V：保险要多少钱？
C：保费是{fee}元，一次性交，交到保险公司的账户，账户我微信发您。交完系统自动出合同，您签个字，下午就能放款。
V：保费以后能退吗？
C：按时还款的话，三年期满保费是全额退还的。""")
add("call-creditdept-fee", "d", "F", "v", """
C：喂，{sur2}女士，我是{plat}的{sur}专员，您那笔{wan}万的借款已经审核通过了。
V：好啊，什么时候到账？
C：马上就可以。不过您是首次借款，按平台规定要先开通一下会员，{fee}元，开通以后一年内再借都免审核。
V：那能不能从借款里扣？
C：扣不了的，系统是先开通才放款，而且这个钱放款的时候会一起返还给您。您交了我这边马上给您点放款，收款方式我发您微信{wx}上。""")

# ASR run-on lines, written as heard (homophones, fillers, no punctuation)
for f, snd, t in [
    ("", "t", "喂 你好 是{sur2}先生吗 我这边是{bank}心贷部的 我姓{sur} 就是跟您说一下啊 您在我们行这边有一个预受信的鹅度 {wan_cn}万 对 不用您申请的 是系统根据您的情况直接给的 年华三点几 您最近有没有资金上的需要 啊 没有也没关系 可以先把额度留着 不用不收利西 您加一下我威信 就是这个手机号 我把资料发您 您拍一下身分证正反面给我就行 嗯好的好的 那我先加您"),
    ("", "m", "喂老板你好我这边是{bs}个代中心的啊就是问一下你家里有没有安结房 有是吧 那你可以在我们这边办一个信用代 按你月工的{n_cn}倍给你批 不用低押 不用担保 当天就能放宽 你月工多少 三千 那你能批个{m3_cn}万左右 利息很低的 你加一下我微信啊 号码是{tel_cn} 我姓{sur} 你备注一下 好 那就这样"),
    ("", "v", "喂你好这边是{plat}客服中心的 就是您之前注册过我们的账户 现在系统给您重新评估了 鹅度提到{wan_cn}万了 对 然后现在有一个内部的名额 力率比app上面低很多 您需要的话我这边人工给您操作 您加一下我的扣扣 我念给您 {qq_cn} 对 加了以后我把流程发您 身分证先准备好 嗯 好的"),
    ("", "t", "喂您好请问是{name}老板吗 我这边是{bank}信代部的 就是我们行今年对个体户有一个扶持政策的经营代 纯信用的 不用抵压 有营业直照就能做 鹅度最高{big_cn}万 年华三点多 比外面便宜 您那边生意上有没有周转的需要 有的话我把资料清单发您 您加我一下微信就是这个号 我姓{sur} 我给您走内部审批 很快的 两三天就下来了"),
    ("", "n", "喂 您好 刚才是我给您打的电话 {bank}带款中心的 对 就是那个预审批的 您那个额肚是{wan_cn}万 月息{li_cn} 三年期 嗯 您要是用的话今天就能放 明天就过期了 这个名额是按批次的 过了这批就要等下个月了 您看您是现在加我微信还是我等一下给您发短信 好 那我把号码发您短信上 您回电找{sur}经理就行"),
    ("F", "m", "喂你好我这边是{bank}信贷部的小{sur}啊 上次你要的那个带款批下来了 {wan_cn}万 对 就是放宽之前呢要交一个合同的工本费 {fee_cn}块钱 这个是行里统一收的 不是我收的 放宽的时候一起退给你 你看你今天能交吗 今天交今天就能到帐 你加一下我威信我把收宽码发你 这个是行里的对公码 你放心"),
    ("", "t", "喂你好 我是{bank}信贷部的 姓{sur} 就是看到您有一份保单啊 交了两年以上了是吧 那您现在可以用这个保单在我们这边办一个信用贷 按年交保费的{n_cn}倍 不影响保单的 也不用抵押 利西很低 当天就能批下来 您要是有需要的话我现在就可以给您登记 您把身分证号给我报一下 或者加我威信发过来也行"),
    ("", "v", "喂 喂 听得到吗 我是{bank}贷款部的 对对对 就是你之前是不是在我们行办过信用卡 现在你这个卡用得挺好的 行里给你一个额外的信用代鹅度 {wan_cn}万 不用你跑 我这边直接给你弄 你看你是用在装修还是买车 都行的 随便用 你记一下我手机号啊 {tel_cn} 加个微信 我姓{sur} 加的时候说是{bs}的就行"),
]:
    add("call-asr-creditdept", "a", f, snd, t)


# ================================================================ generation
POOL = NearDuplicateIndex(corpus_texts(CORPUS, exclude=OUT))

BRANCH = re.compile(r"支行|分行|网点|網點|营业部|营业厅|农商|村镇|信用社|县|分理处|总行")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
LIMITS = {"s": (20, 160), "d": (120, 600), "a": (120, 600)}
SPEAKERS = [("对方", "我")] * 6 + [("来电", "我"), ("客服", "我"), ("经理", "我")]
ROWS, REJECTED = [], []


def sender_for(spec, d):
    return {"m": mobile, "v": vmobile, "p": port, "n": lambda: None, "t": lambda: d["tel"]}[spec]()


def render(kind, text):
    if kind != "d":
        return text
    c, v = rng.choice(SPEAKERS)
    out = []
    for ln in text.split("\n"):
        if ln.startswith("C："):
            out.append(c + "：" + ln[2:])
        elif ln.startswith("V："):
            out.append(v + "：" + ln[2:])
        else:
            out.append(ln)
    return "\n".join(out)


def move_signature(text):
    """Signature at the end instead of the start for some bank-signed SMS."""
    m = re.match(r"^(【[^】]+】)(.+)$", text, re.S)
    if m and rng.random() < 0.3:
        return m.group(2) + m.group(1)
    return text


def build(base):
    scen, kind, fl, snd, tpl = base
    d = slots()
    text = render(kind, fill(tpl, d))
    if kind == "s":
        text = move_signature(text)
    flags = (["hard"] if "H" in fl else []) + (["evasive"] if "E" in fl else [])
    return text, sender_for(snd, d), flags


def checked_build(k):
    """build(), or None (and a rejection noted) when the text is out of length."""
    scen, kind = B[k][0], B[k][1]
    text, sender, flags = build(B[k])
    if BRANCH.search(text):
        raise SystemExit(f"branch word in base {k}: {text}")
    lo, hi = LIMITS[kind]
    if not lo <= len(text) <= hi:
        REJECTED.append(("length", len(text), scen, text[:50]))
        return None
    return text, sender, flags


def main():
    for k, base in enumerate(B):
        scen, kind, fl, snd, tpl = base
        got = common.first_fresh(POOL, lambda: checked_build(k), on_dup=lambda out, jac: REJECTED.append(
            (f"dup {jac:.2f}", len(out[0]), scen, out[0][:50])))
        if got is None:
            continue
        text, sender, flags = got
        ROWS.append(dict(text=text, channel="sms" if kind == "s" else "call", sender=sender,
                         group=f"{FAMILY}/{scen}", flags=sorted(set(flags)), fee="F" in fl, kind=kind))
    common.write_rows(OUT, PREFIX, ROWS, label="scam", family=FAMILY)
    n = len(ROWS)
    ch = Counter(r["channel"] for r in ROWS)
    print(f"base texts {len(B)}; rows {n}: sms {ch['sms']}, call {ch['call']}")
    print("hard {}  evasive {}  fee hint {}  groups {}".format(
        sum("hard" in r["flags"] for r in ROWS), sum("evasive" in r["flags"] for r in ROWS),
        sum(r["fee"] for r in ROWS), len({r["group"] for r in ROWS})))
    for g, c in sorted(Counter(r["group"] for r in ROWS).items()):
        print(f"  {g:50s} {c}")
    for kind in "sda":
        ls = [len(r["text"]) for r in ROWS if r["kind"] == kind]
        if ls:
            print(f"  length {kind}: {min(ls)}-{max(ls)}")
    for rej in REJECTED:
        print("  rejected", rej)


if __name__ == "__main__":
    main()
