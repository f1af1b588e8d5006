"""Generator for corpus section scam_g (label "scam", family advance_fee_loan): the SCAM side of the loan-ad boundary.

The same kinds of loan and credit ads as other_g / other_i (brokers, "XX金服", platforms, personal mobiles, old-spam odd
spellings, traditional characters, exaggerated terms, partner-bank claims), but each carries one real scam element,
so that the element is the difference:
  F  a fee before the money: 工本费, 保证金, 解冻费 ("card number wrong, account frozen"), 验资, 刷流水, 会员费,
     激活费, 公证费 / 担保费 / 保险费 paid before the loan, 包装费;
  N  a no-credit-check promise: 不看征信, 黑户白户都可, 查封房也能做, 不上征信, 无视负债, 身份证即可下款;
  P  a loan "already approved / pre-approved for you" the recipient never applied for, to "activate" by mobile or WeChat;
  I  add WeChat / QQ to "审核" and send ID-card and bank-card photos;
  A  a look-alike loan app / APK link;
  B  (a little) a person posing as a whole bank with just a personal mobile.
About a third use evasive spellings (flag evasive); about twenty are call transcripts.

Every base text was written by hand for this section; slots fill only names, numbers, amounts, cities, companies,
banks, handles and links. A candidate whose character 5-gram Jaccard with any accepted text of the corpus (including
other_i, which is generated first) reaches 0.5 is dropped (re-drawn up to three times).

Stdlib only, fixed seed.   python corpus/sources/scam_g.py   # writes corpus/scam_g.jsonl
"""
import random
import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve()
CORPUS = HERE.parents[1]
OUT = CORPUS / "scam_g.jsonl"
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2])]
import _common as common  # noqa: E402
from scamguard.corpus import NearDuplicateIndex, corpus_texts  # noqa: E402

SEED = 20260712
R = random.Random(SEED)
PREFIX = "sg"
FAMILY = "advance_fee_loan"
DEDUP = 0.5
SECOND = 0.3

SURN = common.SURNAMES
GIVEN = ["志伟", "海燕", "建新", "丽华", "晓军", "春华", "国平", "俊辉", "雅丽", "文华", "小梅", "刚", "静", "勇", "红", "杰",
         "思琪", "子豪", "永刚", "金莲", "立华", "秀珍", "浩东", "雨涵", "玉凤", "德胜", "桂芳", "晨光", "佳怡", "宇飞"]
CITIES = ["湖州", "嘉兴", "宁波", "常州", "南通", "扬州", "盐城", "芜湖", "阜阳", "漳州", "九江", "上饶", "岳阳", "衡阳", "襄阳",
          "荆州", "南阳", "商丘", "邯郸", "保定", "烟台", "济宁", "绵阳", "南充", "遵义", "柳州", "桂林", "惠州", "江门", "中山",
          "太原", "兰州", "哈尔滨", "长春", "大连", "天津", "武汉", "郑州", "长沙", "合肥"]
BANKS = [("工商银行", "工行"), ("建设银行", "建行"), ("农业银行", "农行"), ("中国银行", "中行"), ("交通银行", "交行"),
         ("招商银行", "招行"), ("邮储银行", "邮储"), ("中信银行", "中信"), ("兴业银行", "兴业"), ("浦发银行", "浦发"),
         ("民生银行", "民生"), ("光大银行", "光大"), ("平安银行", "平安"), ("华夏银行", "华夏"), ("广发银行", "广发")]
XY = ["信达", "融鑫", "恒源", "诚泰", "聚财", "嘉利", "鼎丰", "宏图", "金鼎", "安信", "众利", "融和", "德丰", "泰盛", "华融",
      "佳信", "盛达", "顺发", "银信", "和润", "锦泰", "万达", "中融", "润泽", "广发", "永顺", "启丰", "融利", "聚宝", "正和"]
CO_SUF = ["金服", "易贷", "信息咨询", "财务咨询", "融资服务", "贷款服务中心", "金融服务", "借贷咨询"]
APPS = ["易借花", "秒借宝", "速贷通", "闪现钱包", "快借侠", "惠借呗", "安心借", "优享贷", "金花钱包", "借点花", "融易借", "月光宝盒贷"]
LOOK = [("借呗", "jiebei"), ("微粒贷", "weilidai"), ("京东金条", "jdjt"), ("度小满", "duxiaoman"), ("美团借钱", "mtjq"),
        ("招联好期贷", "zlhqd"), ("平安普惠", "pahp"), ("360借条", "jt360")]
TLDS = [".top", ".cc", ".vip", ".xyz", ".icu", ".club", ".ltd", ".site", ".shop", ".fun"]

digits = partial(common.digits, R)
mobile = partial(common.mobile, R)
port = partial(common.port, R)
cn_num = partial(common.cn_digits, R)
cn_int = common.cn_int
rand_path = partial(common.chars, R, alphabet=common.URL_CHARS)


def slots():
    sur, sur2 = R.sample(SURN, 2)
    gn = R.choice(GIVEN)
    m = mobile()
    bank, bs = R.choice(BANKS)
    xy, xy2 = R.sample(XY, 2)
    city = R.choice(CITIES)
    app = R.choice(APPS)
    look, lstem = R.choice(LOOK)
    fee = R.choice([198, 299, 360, 480, 500, 680, 860, 1000, 1280, 1500, 1880, 2400, 3000])
    wan = R.choice([3, 5, 8, 10, 15, 20, 30, 50])
    qq = str(R.randint(1, 9)) + digits(R.randint(7, 9))
    wxh = R.choice(["dk", "xd", "jr", "ed", "loan", "qian", "kd", "vip"]) + R.choice(["", "_", "-", "88", "66", "0"]) + digits(R.randint(4, 6))
    d = dict(
        city=city, sur=sur, sur2=sur2, gn=gn, full=sur + gn,
        who=R.choice([f"{sur}经理", f"{sur}经理", f"{sur}顾问", f"{sur}{gn}", f"小{sur}", f"{sur}主管", f"{sur}专员"]),
        m=m, m_sp=f"{m[:3]} {m[3:7]} {m[7:]}", m_dot=f"{m[:3]}.{m[3:7]}.{m[7:]}", m_cn=cn_num(m), m_raw=m,
        wx=wxh, wx_sp=" ".join(wxh[i:i + 3] for i in range(0, len(wxh), 3)), qq=qq, qq_cn=cn_num(qq),
        co=f"{xy}{R.choice(CO_SUF)}", co2=f"{city}{xy2}{R.choice(CO_SUF)}", xy=xy, plat=f"{xy2}{R.choice(['易贷网', '借贷平台', '金融超市', '融资网'])}",
        bank=bank, bs=bs, app=app, look=look,
        apk=R.choice(["http://", "https://", ""]) + R.choice([f"{lstem}-app", f"{lstem}vip", f"dl-{lstem}", f"{lstem}{digits(2)}"]) + R.choice(TLDS) + "/" + rand_path(R.randint(4, 6)) + R.choice([".apk", "", "", ".apk"]),
        url=R.choice(["http://", ""]) + R.choice(["jk", "dk", "jd", "kd", "yd"]) + digits(R.randint(2, 4)) + R.choice(TLDS) + "/" + rand_path(5),
        fee=str(fee), fee_cn=cn_int(fee), fee2=str(R.choice([2000, 3000, 5000, 6000, 8000])), pctf=R.choice(["5%", "10%", "8%", "15%", "20%"]),
        wan=str(wan), wan_cn=cn_int(wan), big=str(R.choice([20, 30, 50, 100, 200, 500])),
        amt=str(R.randint(20, 300) * 1000), cnh=R.choice(["3.2%", "3.6%", "4.2%", "3.85%", "2.98%"]), myx=R.choice(["2厘8", "3厘", "0.3%", "2.5厘"]),
        md=common.month_day(R), hour=str(R.choice([17, 18, 20, 21, 22])), tail=digits(4),
        edc=R.choice(["最高30万", "最高50万", "3-50万", "1万-30万", "5万-80万", "2-20万"]),
        edb=R.choice(["最高500万", "最高300万", "30万-1000万", "最高200万"]),
        code=R.choice(["邀请码", "注册码", "推荐码"]) + digits(6),
    )
    return d


fill = partial(common.fill, R)


# ================================================================ base texts
# add(scenario, kind, flags, element, sender, text)
#   kind s = SMS, d = dialogue, a = ASR run-on call line; flags H = hard, E = evasive
#   element: F fee, N no credit check, P unsolicited pre-approval, I ID / card photos via WeChat or QQ, A fake app, B bank
#   sender: m = the mobile in the text (or another mobile / none), r = random mobile, p = 106 port, n = none
B = []


def add(scen, kind, flags, elem, sender, text):
    B.append((scen, kind, flags, elem, sender, text.strip()))


def ads(scen, items):
    for flags, elem, snd, text in items:
        add(scen, "s", flags, elem, snd, text)


# ---- fees before the money
ads("g-fee-workfee", [
    ("", "F", "m", "{co}：信用贷{edc}，年化{cnh}起，审核通过后只需支付合同工本费{fee}元即可放款，{who}{m}"),
    ("H", "F", "m", "您好，{co2}贷款已为您走完审核流程，签约前需缴纳电子合同制作费{fee}元，费用到账后两小时内放款。{who}{m}"),
    ("E", "F", "m", "信貸{edc} 當天到賬 只收工本費{fee}元 其他零費用 {city}{sur}經理{m}"),
    ("", "F", "m", "正规贷款，手续简单，{wan}万以内三天到账，前期只需{fee}元材料费和合同费，详询{m}{sur}"),
])
ads("g-fee-deposit", [
    ("", "F", "m", "{city}个人信用贷，无抵押，额度{edc}。为确认还款意愿，放款前需缴纳首月月供作为保证金，放款后退还。{who}{m}"),
    ("H", "F", "m", "【{co}】经营贷额度{edb}，年化{cnh}起。按风控要求，借款人需预存贷款额{pctf}的履约保证金，结清后全额退还。咨询{m}"),
    ("E", "F", "m", "無抵.押貣款{edc} 放.款前需交保.證.金{fee2} 到賬退還 {sur}生{m}"),
    ("", "F", "r", "您好，您咨询的{wan}万贷款可以办，按公司规定需先交{fee2}元风险保证金，放款当天连同贷款一起打给您。"),
])
ads("g-fee-unfreeze", [
    ("", "F", "m", "{full}您好，您的借款{amt}元因银行卡号填写错误导致放款失败，资金已被冻结，需缴纳解冻费{fee}元后重新放款，联系{m}"),
    ("H", "F", "r", "【{co}】尊敬的客户，您的贷款放款时系统检测到收款信息异常，账户已临时冻结。请联系专员{sur}{m}缴纳{fee}元解冻金，解冻后自动到账。"),
    ("E", "F", "m", "親，妳的貸.款已放出，因卡號錯誤被凍.結，需交解.凍費{fee}才能提現，聯繫{sur}專員{m}"),
    ("", "F", "m", "您在{app}申请的借款已到放款环节，但您填写的姓名与收款卡不一致，资金被系统锁定，需交{fee}元解冻费，加微信{wx}处理"),
])
ads("g-fee-capital-check", [
    ("", "F", "m", "贷款{edc}，利息低。放款前需验资：往您本人账户存入贷款额的{pctf}证明还款能力，截图发{sur}经理{m}，放款后可取出。"),
    ("H", "F", "m", "{co}提示：您的{wan}万元贷款已进入终审，终审需对您的还款能力验资，请按专员指引转入验资金{fee2}元，验资完成即放款。{who}{m}"),
    ("E", "F", "m", "貣款前需驗.資{fee2}元 驗完即放 {edc} {city}{sur}經理 {m_sp}"),
])
ads("g-fee-flow", [
    ("", "F", "m", "征信一般、流水不足的都能做！我们帮您刷流水，流水做够银行自然批，刷流水费用{fee}元，成功率高，{who}{m}"),
    ("E", "F", "m", "流.水不夠？我們幫妳刷.流.水，包過{edc}，刷流水費{fee}，{sur}生{m}"),
    ("", "F", "r", "您的贷款资质差一点，需要先把银行流水做到{fee2}元以上，按我们指定的账户转进转出三次即可，流水做完马上放款。"),
    ("H", "F", "m", "{co}：银行审批看近半年流水，我司可协助优化账户流水，需先付{fee}元服务费，放款率95%以上。顾问{full}{m}"),
])
ads("g-fee-member", [
    ("", "F", "m", "{plat}贷款绿色通道：开通VIP会员{fee}元，享优先审核、当天放款，额度{edc}，不过全退。{who}{m}"),
    ("E", "F", "n", "開.通會.員{fee}元，即可解鎖{wan}萬額.度，當天到賬，加薇{wx}"),
    ("", "F", "m", "您好，我们平台借款需先成为会员，会员费{fee}元一年，会员期内借款免审，最高{big}万。联系{sur}专员{m}"),
    ("H", "F", "n", "【{app}】会员专享：成为白金会员即可获得{wan}万元借款额度，会员费{fee}元，开通后额度立即生效。{url}"),
])
ads("g-fee-activate", [
    ("", "F", "m", "您的{wan}万信用额度已生成，需缴纳{fee}元账户激活费才可提现，激活费随首期还款返还。{who}{m}"),
    ("E", "F", "m", "額.度{amt}已下發，激.活費{fee}，激活後立即可提，{sur}經理{m_sp}"),
    ("H", "F", "r", "【{co}】您的借款账户已开立，首次使用需激活放款通道（{fee}元），通道激活后额度{edc}可随借随还。"),
])
ads("g-fee-other", [
    ("", "F", "m", "房抵贷{edb}，批复后先交{fee2}元公证费和评估费才能办抵押，{city}{who}{m}"),
    ("H", "F", "m", "{co}：为保障资金安全，放款前需为本笔借款购买一份履约保险，保费{fee}元，由我司代收，放款时一并退还。{full}{m}"),
    ("", "F", "m", "征信有瑕疵的，我们这边可以资料包装，包装费{fee}元，包装好了银行都能批，{sur}经理{m}"),
    ("E", "F", "m", "擔.保.費先付{fee}元，擔保公司出函後當天放.款，額.度{edc}，{who}{m}"),
    ("", "F", "m", "贷款批了，就差一个风险评估费{fee}，今天交今天放，银行规定的，{sur}{m}"),
])
# ---- no-credit-check promises
ads("g-nocredit-black", [
    ("", "N", "m", "黑户白户都能贷！征信花了也不怕，{edc}，当天下款，{city}{who}{m}"),
    ("E", "N", "m", "黑.戶.白.戶 都可辦 額.度{edc} 當天下.款 {sur}經理{m}"),
    ("", "N", "m", "被拒了？征信差？黑户也能做！我们有特殊渠道，{wan}万以内秒到，{who}{m}"),
    ("H", "N", "m", "{co}：针对征信不良、被银行拒贷客户推出专属方案，白户黑户均可申请，额度{edc}，年化{cnh}起。{full}{m}"),
    ("E", "N", "n", "🈶黑戶 🈶白戶 🈶網貸多 都能下 {edc} 加V{wx}"),
])
ads("g-nocredit-seized", [
    ("", "N", "m", "查封房、抵押房、小产权房都能做贷款，不过户不押证，{edb}，{city}{sur}经理{m}"),
    ("E", "N", "m", "查.封.房也能貸！法.拍.房、凍結房均可辦理，{who}{m}"),
    ("", "N", "m", "房子被法院查封了也能贷，我们有办法，三天出款，{sur}总{m}"),
])
ads("g-nocredit-debt", [
    ("", "N", "m", "无视负债！网贷多、信用卡刷爆了也能下，{edc}，不查负债不查大数据，{who}{m}"),
    ("E", "N", "m", "不.查.負.債 不.看.大.數.據 網貸多也能過 {edc} {sur}{m}"),
    ("H", "N", "m", "{co}：负债高、查询多被银行拒的客户看过来，我司渠道不查负债，额度{edc}，{full}{m}"),
    ("", "N", "m", "当前网贷逾期也可以再下一笔，不看负债，不上门，{wan}万以内，{sur}经理{m}"),
])
ads("g-nocredit-idonly", [
    ("", "N", "m", "凭身份证即可下款，不看工作不看收入，{edc}，{city}{who}{m}"),
    ("E", "N", "n", "身.份.證就能下.款 無需其他資料 {edc} 加QQ{qq}"),
    ("", "N", "m", "年满18岁有身份证就能贷，不查征信，不要担保，{wan}万当天拿，{sur}{m}"),
    ("H", "N", "m", "{co}个人小额贷：仅需本人身份证，无需工作证明和收入证明，最快10分钟下款。顾问{full}{m}"),
])
ads("g-nocredit-nozx", [
    ("", "N", "m", "不看征信！不上征信！不打电话给家人！{edc}，{who}{m}"),
    ("E", "N", "m", "不.看.徵.信 不.上.徵.信 {edc} 當天.放 {city}{sur}{m}"),
    ("H", "N", "m", "{co}企业主经营贷：审批不查企业及法人征信，额度{edb}，纯信用，{full}{m}"),
    ("", "N", "r", "{city}本地贷款，不查征信，不看流水，有手机号就能申请，{edc}，回复1了解"),
    ("E", "N", "m", "Zx花了也能下 bu看zx {edc} {sur}经理 {m}"),
    ("", "N", "m", "老板，经营贷不上个人征信，不影响您以后买房按揭，{edb}，{who}{m}"),
])
# ---- unsolicited pre-approval
ads("g-preapproved-activate", [
    ("H", "P", "m", "{full}您好，您在{co}的信用贷款{amt}元已审批通过，请于{md}前联系{sur}经理{m}激活，逾期额度失效。"),
    ("", "P", "m", "恭喜！您已获得{wan}万元无抵押贷款资格，已为您预批，回电{m}或加微信{wx}激活领取"),
    ("E", "P", "m", "您的貸.款{amt}元已批.下，請加微.信{wx}啟.動放.款，{sur}專員"),
    ("H", "P", "r", "【{co}】尊敬的客户，根据您的综合评分，我司已为您预授信{amt}元，激活请致电客户经理{sur}{m}。"),
    ("", "P", "m", "{sur2}先生/女士，您的借款额度{amt}元已下发到账户，未激活状态，今天{hour}点前联系{m}激活即可提现"),
    ("E", "P", "n", "恭.喜您獲得{wan}萬備用金額.度💰 已預.批 加Q{qq}激.活"),
])
ads("g-preapproved-platform", [
    ("H", "P", "r", "【{plat}】您的借款申请已通过初审，额度{amt}元，请添加审核专员微信{wx}完成放款确认。"),
    ("", "P", "m", "您好，您在{plat}留过资料，系统已为您匹配{wan}万额度，已经审批好了，联系{sur}专员{m}领取"),
    ("H", "P", "n", "【{app}】您已获得{amt}元借款额度，额度已锁定，点击{url}激活领取，24小时内有效。"),
])
# ---- ID / card photos via WeChat / QQ
ads("g-wx-idphoto", [
    ("", "I", "m", "贷款{edc}，加微信{wx}，把身份证正反面和银行卡照片发过来审核，审核过了当天放款，{sur}经理"),
    ("E", "I", "n", "貣款加薇{wx_sp}，發身.份.證正反面+銀.行.卡照片審.核，當天下.款"),
    ("H", "I", "m", "{co}：线上审核更快捷，添加顾问微信{wx}，发送身份证正反面、手持身份证照片及常用银行卡照片，1小时出审核结果。{full}"),
    ("", "I", "m", "需要用钱的朋友加我微信{wx}，发身份证和银行卡给我帮你测额度，{edc}，{sur}"),
    ("", "I", "m", "经营贷{edb}，加微信{wx}发营业执照、法人身份证和对公账户卡片照片，先帮您预审，{who}"),
])
ads("g-qq-review", [
    ("E", "I", "n", "急用錢加扣扣{qq}，發身份證照片審核，{edc}當天到"),
    ("", "I", "m", "{city}信用贷，加QQ{qq}发身份证正反面，审核通过再聊额度，{sur}{m}"),
    ("E", "I", "n", "貸款找我 扣{qq_cn} 身.份.證.照片審.核 秒.批"),
])
# ---- look-alike loan apps / APK
ads("g-fake-app", [
    ("", "A", "m", "【{app}】新户首借{wan}万，下载App即可申请：{apk} ，客服{sur}{m}"),
    ("H", "A", "n", "{look}官方合作通道：额度{edc}，年化{cnh}起，安卓用户请下载安装包 {apk} 完成注册"),
    ("E", "A", "n", "下.載{app} 註.冊即送額.度 {apk} {code}"),
    ("", "A", "m", "应用商店搜不到的{app}，是我们内部渠道App，额度高好下款，下载地址{apk}，有问题找{sur}{m}"),
    ("H", "A", "r", "【{look}】您的借款额度已提升，为保障资金安全，请下载最新版客户端 {apk} 登录领取。"),
    ("", "A", "m", "你好，{co}放款统一在{app}上操作，下载链接{apk}，注册后把填好的截图发我，{who}{m}"),
])
# ---- bank as a whole (a little)
ads("g-bankwhole-lite", [
    ("", "B", "m", "我是{bank}信贷部的，我行现在有低息信用贷，{edc}，有意向联系我{m}，{sur}经理"),
    ("E", "B", "m", "{bs}信.貸.部 無抵押信用貸{edc} 聯繫{sur}經理{m}"),
])
# ---- long letters (150-250 characters)
ads("g-long-letter", [
    ("H", "F", "m", "尊敬的客户：您好！{co}成立多年，专注为{city}个人及小微企业提供信用贷款服务，额度{edc}，年化{cnh}起，最长36期。您申请的资料已初审通过，按照公司风控流程，放款前需由借款人缴纳首期还款保证金{fee2}元至指定账户，用于确认还款能力，放款时将与贷款本金一并退回。请于今日{hour}点前联系您的专属顾问{full}{m}办理，逾期名额将自动释放，感谢您的信任！"),
    ("", "N", "m", "各位老板、各位朋友：资金紧张、被银行拒贷、征信花了、网贷多、负债高的都可以来找我！我们做的是特殊渠道，不看征信、不查负债、不打回访电话，黑户白户都能申请，额度{edc}，最快当天放款。正规公司，签合同，放心办理。有需要的朋友直接打我电话{m}，或者加微信同号，{sur}经理随时为您服务，诚信第一，客户至上！"),
    ("H", "P", "r", "【{co}】尊敬的{sur2}先生/女士：经我司风控系统综合评估，您的个人信用状况良好，已为您预先审批一笔信用借款额度{amt}元，年化{cnh}起，可分12-36期偿还。该额度为系统邀请发放，无需您另行申请，但需在{md}前由本人完成激活方可使用。激活请添加客户经理{full}微信{wx}，并按提示上传本人身份证正反面照片，逾期未激活额度将自动收回。"),
])

# ---- 2012-era spam with a scam element
ads("g-oldspam-mixed", [
    ("E", "N", "m", "本公司专业办理无抵押信用贷款不看征信黑户可办手续简便当天放款{sur}经理{m}【{co}】"),
    ("E", "F", "m", "无抵押贷款.额度高.利息低.只需交{fee}元手续费.当天到账.{m}【{co2}】"),
    ("", "N", "m", "低息贷款 不查征信 不看负债 有身份证就能办 {city}本地放款 {m} {sur}先生【{co}】"),
    ("E", "F", "m", "個.人.信.貸 先交{fee}元合.同.費 即可放款 {who}{m}"),
])
ads("g-emoji-scam", [
    ("E", "N", "n", "💰急用钱💰不看Z信✅黑白户✅当天到✅+V:{wx}"),
    ("", "P", "n", "🎉恭喜获得{wan}万额度🎉已预批，仅限今日，加微信{wx}激活💰"),
    ("E", "F", "m", "✨會.員.通.道✨開通{fee}元 秒下{wan}萬 📞{m}"),
])

# ================================================================ calls
add("g-call-fee", "d", "", "F", "r", """
对方：喂，您好，是{sur2}先生吗？我这边是{co}的{sur}经理，您申请的{wan}万贷款已经审核通过了。
我：这么快？那什么时候到账？
对方：今天就能放。不过放款前要签电子合同，合同工本费{fee}元，您转一下，马上给您放款。
我：能不能从贷款里直接扣？
对方：扣不了，系统规定先交费才能出合同，放款的时候这笔钱一起退给您。
我：那你把账户发我吧。
对方：好的，我微信发您，转完截图给我。""")
add("g-call-fee", "d", "H", "F", "r", """
对方：您好，{co2}，我是信贷顾问{full}。您前两天在网上咨询的经营贷，方案出来了，额度{edb}里可以给您批八十万。
我：利息多少？
对方：年化{cnh}，三年，先息后本。现在只差一步验资，银行要确认您的还款能力。
我：怎么验资？
对方：您往我们指定的监管账户存入{fee2}元，系统确认后二十四小时内连同贷款一起退回到您的卡上。
我：为什么要转到你们账户？
对方：这是银行的风控流程，很多客户都这样做的，您放心。""")
add("g-call-fee", "d", "", "F", "r", """
对方：喂，您好，我是{plat}的放款专员小{sur}，您的借款{amt}元刚才放款失败了。
我：怎么回事？
对方：系统显示您填写的银行卡号有一位错了，资金现在被冻结在平台账户里。
我：那怎么办？
对方：需要您先缴纳{fee}元的解冻金，证明是您本人操作，解冻以后借款和解冻金一起打到您正确的卡上。
我：我没听说过还要解冻费。
对方：这是风控规定，不交的话这笔借款会被判定为异常，还会影响您的征信。""")
add("g-call-fee", "d", "", "F", "r", """
对方：您好，我是{co}的{sur}顾问，您的贷款资料我看了，条件差一点点，银行那边要看流水。
我：我流水确实不多。
对方：没关系，我们可以帮您把流水做上来。您先转{fee2}元到我们给的账户，我们再分几次转回给您，来回几次流水就够了。
我：那还要收费吗？
对方：做流水收{fee}元服务费，做完银行马上批，批不下来全退。
我：我考虑一下。
对方：名额有限，今天做的话明天就能出结果。""")
add("g-call-fee", "d", "", "F", "r", """
对方：{sur2}女士您好，我这边是{app}平台的客服，您的借款额度已经通过了，但是您还不是我们的会员。
我：会员是什么？
对方：开通会员{fee}元，就能走绿色通道，今天下午就放款，而且以后借款都免审核。
我：不开会员不能借吗？
对方：不开的话要排队，可能要等一个多月，额度也可能会被回收。
我：那这钱能退吗？
对方：放款以后您在App里申请就能退。""")
add("g-call-nocredit", "d", "", "N", "r", """
对方：您好，我们这边是{co}，做个人信用贷款的，请问您有资金需要吗？
我：我征信不太好，有两笔网贷逾期了。
对方：没问题的，我们这个产品不看征信，黑户白户都能做，额度{edc}。
我：真的假的？银行都不给我批。
对方：我们走的是特殊渠道，不上征信，也不查负债，有身份证就行。
我：那需要什么费用？
对方：先交一个{fee}元的服务费，我们给您做资料，三天下款。""")
add("g-call-nocredit", "d", "H", "N", "r", """
对方：喂，{sur2}老板，我是{co}的{full}，听说您最近在找经营贷？
我：对，跑了两家银行都说我负债太高。
对方：负债高不要紧，我们合作的渠道无视负债，不查企业征信，额度可以给到{edb}。
我：你们是什么渠道？
对方：这个不方便电话里细说，您加我微信，我发您资料清单。
我：利息呢？
对方：年化{cnh}起，跟银行差不多，主要是我们能把银行批不了的做下来。""")
add("g-call-nocredit", "d", "", "N", "r", """
对方：您好，请问是{sur2}先生吗？您家的房子是不是被法院查封了？
我：你怎么知道？
对方：我们是专门做查封房贷款的，查封房、法拍房都能做，不用过户，额度按房子价值来。
我：查封了还能贷？
对方：能的，我们有内部办法，三到五天出款。先付{fee2}元的前期评估和操作费。
我：我再想想。
对方：您尽快，房子一旦拍卖就做不了了。""")
add("g-call-preapproved", "d", "H", "P", "r", """
对方：您好，请问是{sur2}先生吗？我是{co}的客户经理{full}，通知您一下，您的信用贷款{amt}元已经审批下来了。
我：我没申请过贷款啊。
对方：这个是系统根据您的大数据自动给您预批的，不用申请，现在只差激活这一步。
我：怎么激活？
对方：您加一下我微信，就是这个手机号，我把激活流程发给您，今天之内激活有效。
我：不用了，我不需要。
对方：额度先激活放着也不收费，过期就作废了，您再考虑一下。""")
add("g-call-preapproved", "d", "", "P", "r", """
对方：喂，你好，这里是{plat}放款中心，你有一笔{wan}万元的备用金已经批下来了，还没有领取。
我：什么备用金？我没弄过。
对方：可能是你之前注册过，系统自动给你批的，年化才{cnh}，很划算的。
我：那怎么领？
对方：你加一下我们专员的QQ，{qq}，他会把激活链接发给你，把身份证拍照发过去核对一下就行。
我：我还是不要了。
对方：好吧，那额度就给你作废了。""")
add("g-call-preapproved", "d", "", "P", "r", """
对方：您好，{sur2}女士，我是{co}的{sur}专员，恭喜您，您的{wan}万元信用额度已经下发到您的账户，现在是冻结状态。
我：什么账户？
对方：就是您的个人借款账户，需要您本人激活才能提现。激活要交{fee}元的激活费，提现的时候一起退还。
我：我从来没申请过。
对方：这个是公司对优质用户的邀请额度，名额有限，很多人想要都拿不到。""")
add("g-call-wx-photos", "d", "", "I", "r", """
对方：您好，我是{co}的{sur}经理，您在网上咨询过贷款对吧？
我：对，想贷个三五万。
对方：可以的，您加一下我微信{wx}，把身份证正反面、手持身份证和您常用的银行卡拍照发给我，我这边先给您审核。
我：银行卡也要拍？
对方：要的，放款要核对卡号，拍正面就行，背面的三位数也拍清楚一点，系统要验证。
我：这样安全吗？
对方：放心，我们都是加密保存的，审核完就删。""")
add("g-call-wx-photos", "d", "H", "I", "r", """
对方：{sur2}总您好，我是{co2}的融资顾问{full}，上次说的企业主信用贷，我帮您初步问过了，额度{edb}没问题。
我：那下一步怎么做？
对方：您微信发我营业执照、法人身份证正反面、对公账户的开户许可证，还有您个人银行卡的照片，我拿去预审。
我：个人银行卡要来干嘛？
对方：放款是放到法人个人卡上，要提前绑定，还要您收到的短信码确认一下。
我：验证码也要给你？
对方：对，绑定的时候系统会发，您报给我就行。""")
add("g-call-app", "d", "", "A", "r", """
对方：喂您好，我是{app}的客服，您之前在我们这里注册过，现在平台给老用户开放了{wan}万额度。
我：怎么申请？
对方：我们App在应用商店下架升级了，我短信发您一个下载链接，您下载安装后注册就能看到额度。
我：安卓手机提示有风险。
对方：那是因为不是应用商店下载的，您点继续安装就可以，很多客户都这么装的。
我：好吧，我试试。
对方：注册完把额度页面截图发给我，我帮您加急放款。""")
add("g-call-app", "d", "H", "A", "r", """
对方：您好，这里是{look}客户服务，您好，您的借款额度有一次临时提升的机会，提升后可借{wan}万。
我：我在App里怎么没看到？
对方：因为您的客户端版本太旧，需要下载新版本，我发您短信链接，是我们官方合作的下载页。
我：官方不是在应用商店吗？
对方：新版本还在审核，先通过合作通道内测发放，下载后用手机号登录就行。
我：那我先看看。""")
# ASR run-on calls
add("g-call-asr", "a", "E", "F", "r", "喂你好我这边是{co}的啊 喂 听得到吗 就是你昨天在网上申请的那个代款已经批下来了{wan_cn}万 对 今天就能放 就是放宽之前要交一个合同的工本费 {fee_cn}块 这个是公司统一收的 放宽的时候一起退给你 那能不能从代款里扣 扣不了的 系统要先收费才出合同 你看你今天能交吗 我加你微信把收宽码发给你 你交了我这边马上给你点放宽")
add("g-call-asr", "a", "E", "N", "r", "喂老板你好啊我们这边是{city}做信用代的 您最近是不是要用钱 就是你征信花了也没关系 黑户白户都能做的 不看征信 不查负债 有身分证就能下 额渡最高{wan_cn}万 你要不要 我征信有逾期 逾期也没事的 我们走内部渠道 那要什么手续 就是先交{fee_cn}块的资料费 我们给你做一下资料 三天就下款 你加我威信我把流程发你 我姓{sur} 号码就是这个")
add("g-call-asr", "a", "E", "P", "r", "喂您好是{sur2}先生吗这边是{co}放款中心的 打扰您一分钟啊 通知您一下您的借款{wan_cn}万已经审批好了 对 不用您申请是系统自动给的 现在是冻结状态 您加一下我们专员的扣扣 号码是{qq_cn} 把身分证正反面和银行卡拍给他 他给您激活 我没申请过啊 是系统根据您的大数据给的 很多人想要都没有 今天不激活明天就作废了")
add("g-call-asr", "a", "E", "A", "r", "喂你好我是{app}的客服啊 姓{sur} 你之前注册过我们平台 还记得吧 记得 是这样的现在给你开了一个{wan_cn}万的鹅度 你在应用商店搜不到的 我发你一个下载链接 你下载安装一下 安装的时候手机提示风险你点继续就行 装好了用手机号登录 然后把额度页面截图发我 我帮你走加急 这个安全吗 安全的 我们是正规平台 只是应用商店在升级 好")
add("g-call-asr", "a", "E", "F", "r", "喂您好这边是{co}的 请问是{sur2}女士吧 是 您申请的带款{wan_cn}万我们这边审核通过了 但是您的还款能力还需要验一下资 就是您往一个验资账户转{fee_cn}块钱 系统确认了以后马上连本带款一起打给您 这个是银行要求的 不是我们收的 您放心 为什么要我先转钱 验资就是证明您有还款能力 走个流程而已 这钱转到哪 转到我们合作的验资账户 我微信发你 转完截个图给我 我姓{sur}")

# ================================================================ generation
SCAM_MARK = {
    "F": re.compile(r"费|保证金|保.證.金|保證金|验资|驗.資|驗資|流水|流.水|解冻|解.凍|先交|先付|转.{0,4}元|存入|公证|保险|保费|押|收宽码|转\S*块|會員|会员|激活|激.活"),
    "N": re.compile(r"征信|徵信|Z信|zx|黑户|黑.戶|黑户|黑白户|白户|查封|查.封|负债|負債|負.債|身份证|身.份.證|身份證|身分证|身份证即可"),
    "P": re.compile(r"已审批|已批|已经审批|审批下来|已预批|预批|预授信|已下发|已生成|已.{0,3}批|激活|激.活|啟.動|锁定|通过"),
    "I": re.compile(r"身份证|身.份.證|身份證|身分证|银行卡|銀.行.卡|卡片|卡号"),
    "A": re.compile(r"下载|下.載|App|安装|客户端|apk"),
    "B": re.compile(r"银行|銀行|信.貸.部|信贷部"),
}
LIMITS = {"s": (20, 250), "d": (150, 500), "a": (150, 500)}
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d[ .-]?\d{4}[ .-]?\d{4}(?!\d)")


NORM = str.maketrans("費證驗資凍會員戶徵負債載銀貸貣啟動審預批額費擔保號", "费证验资冻会员户征负债载银贷贷启动审预批额费担保号")


def norm(text):
    return re.sub(r"[.·\s]", "", text).translate(NORM)


def sender_for(spec, d, text):
    if spec in ("m", "r", "p"):
        return common.ad_sender(R, spec, d["m_raw"], text, mobile, port, p_same=0.65, p_mobile=0.9)
    return None


def render(k):
    scen, kind, fl, elem, snd, tpl = B[k]
    d = slots()
    text = fill(tpl, d)
    if kind == "d" and R.random() < 0.3:
        text = text.replace("对方：", R.choice(["来电：", "业务员：", "客服："]))
    lo, hi = LIMITS[kind]
    if not lo <= len(text) <= hi or "{" in text or "[[" in text:
        raise SystemExit(f"base {k} ({scen}): length {len(text)}: {text}")
    if not SCAM_MARK[elem].search(norm(text)):
        raise SystemExit(f"base {k} ({scen}): no {elem} element: {text}")
    return text, d


def main():
    pool = NearDuplicateIndex(corpus_texts(CORPUS, exclude=OUT))
    rows, rejected = [], Counter()
    for k, (text, d) in common.fresh_renders(R, B, pool, render, SECOND, 1, DEDUP, rejected):
        scen, kind, fl, elem, snd, tpl = B[k]
        flags = sorted((["hard"] if "H" in fl else []) + (["evasive"] if "E" in fl else []))
        rows.append(dict(text=text, channel="sms" if kind == "s" else "call", sender=sender_for(snd, d, text),
                         group=f"{FAMILY}/{scen}", flags=flags, base=k, elem=elem))
    common.write_rows(OUT, PREFIX, rows, label="scam", family=FAMILY)
    common.report(B, rows, rejected,
                  ("groups", len({r["group"] for r in rows}), "elements", dict(Counter(r["elem"] for r in rows))))


if __name__ == "__main__":
    main()
