"""Generator for corpus section other_n (label: other): benign refund and money-back messages.

Parcel-refund scams ("your parcel was lost, we refund you double", "退款打多了", "验证后原路返还") made the model read
any message about money coming back as a scam. Real phones get many ordinary refund notices; this section writes
them, so that the model learns that a refund notice is harmless when it asks for nothing:

  * transaction_alert - money arrived back: merchant refunds credited by banks and payment apps, refunds that restore
                        a 白条 / 花呗 / 月付 / 分付 line, returned transfers and unclaimed red packets, failed or
                        duplicate debits reversed, credit-card 溢缴款 paid back to the holder's own card, deposit
                        (押金) refunds and released pre-authorisations, insurance claims and 退保 paid to the
                        policy-holder's own card, tax refunds and medical-insurance reimbursements, HK/TW in
                        traditional script;
  * service_notice    - refund processing: cancelled orders, returns, travel (12306, airlines, OTAs, hotels),
                        cancelled rides and deliveries, telecom fees, courses, gyms and tickets, price protection and
                        运费险; hotline calls the customer made, in which the agent confirms the refund and asks
                        for nothing;
  * delivery          - return pick-ups, parcels returned to the sender, and damaged or lost parcels compensated by
                        the courier through its own app or to the original payment account, with no call-back,
                        link, loan or payment asked; one customer's call to a courier hotline;
  * chat              - friends and family telling each other that a refund, deposit or reimbursement arrived.

None of the texts asks the reader to call a mobile, click a link, borrow, open 备用金, share a screen, give a code or
transfer money; `check_text` below enforces that for every rendered text.

stdlib only, fixed seed, deterministic.  Writes corpus/other_n.jsonl.
Every base text below was written for this section by hand; slots fill only amounts, card tails, dates, times,
order, ticket and waybill numbers, masked names, cities, goods, train and flight numbers. Each base text gives one
row; a candidate whose character 5-gram Jaccard with any accepted text of this section or any other corpus/*.jsonl
reaches 0.5 is re-drawn with other slot values (up to four tries) and otherwise dropped. other_m.jsonl and
other_o.jsonl, written at the same time as this section, are left out of that pool so that the output does not depend
on when it was run (corpus/tools/check.py still compares against them).
`hard` marks rows with 原路退回, 原路返还, 退款, 理赔, 赔付, 双倍, 资金, 转账 or a credit-product name
(白条 / 花呗 / 月付), in simplified or traditional script.
"""
import json
import random
import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[2])]
import _common as common  # noqa: E402
from scamguard.corpus import NearDuplicateIndex, corpus_files  # noqa: E402

SEED = 20260721
rng = random.Random(SEED)
CORPUS = Path(__file__).resolve().parents[1]
OUT = CORPUS / "other_n.jsonl"
PREFIX = "on"
SKIP = {OUT.name, "other_m.jsonl", "other_o.jsonl"}   # this section and the two written alongside it
POOL = NearDuplicateIndex(json.loads(line)["text"] for path in corpus_files(CORPUS) if path.name not in SKIP
                          for line in path.open(encoding="utf-8") if line.strip())
DEDUP = 0.5

digits = partial(common.digits, rng)

# ---------------------------------------------------------------- slot values
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行", "邮储银行", "中信银行", "光大银行",
         "民生银行", "兴业银行", "浦发银行", "平安银行", "广发银行", "宁波银行", "北京银行"]
LOCAL_BANKS = [("北京农商银行", "96198"), ("广州农商银行", "95313"), ("重庆农村商业银行", "966866"),
               ("成都农商银行", "95392"), ("长沙银行", "96511"), ("南京银行", "95302"), ("上海银行", "95594"),
               ("杭州银行", "95398"), ("青岛银行", "96588"), ("东莞农商银行", "961122"), ("郑州银行", "95097"),
               ("苏州银行", "96067"), ("厦门银行", "400-858-8888"), ("江苏农商银行", "96005")]
MERCHANTS = ["美团外卖", "京东商城", "盒马鲜生", "肯德基", "瑞幸咖啡", "永辉超市", "携程旅行网", "星巴克", "沃尔玛",
             "屈臣氏", "海底捞", "喜茶", "名创优品", "大润发", "饿了么", "全家便利店", "优衣库", "苏宁易购",
             "华润万家", "山姆会员商店", "网易严选", "小米之家", "万达电影", "叮咚买菜", "迪卡侬", "宜家家居"]
GOODS = ["蓝牙耳机", "空气炸锅", "羽绒服", "运动鞋", "儿童保温杯", "电动牙刷", "扫地机器人", "床上四件套", "机械键盘",
         "护肤套装", "行李箱", "吹风机", "儿童绘本", "登山包", "电饭煲", "显示器", "猫粮", "咖啡机", "连衣裙",
         "破壁机", "台灯", "智能手表", "牛仔裤", "奶粉", "净水器滤芯"]
FRESH = ["车厘子", "草莓", "三文鱼", "牛排", "鲜牛奶", "蓝莓", "基围虾", "榴莲", "鸡蛋", "青菜"]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "长沙", "郑州", "重庆", "苏州", "天津",
          "合肥", "济南", "青岛", "昆明", "南宁", "沈阳", "福州", "厦门", "贵阳", "南昌", "大连", "无锡", "宁波"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢")
STATIONS = ["小区东门", "幸福里", "南苑", "学府路", "花园新村", "阳光100", "锦绣家园", "科技园北区", "东湖社区", "万科城"]
STORES = ["官方旗舰店", "品牌自营店", "生活馆", "母婴专营店", "运动户外店", "数码专营店"]


def money(lo, hi, p_cents=0.8, p_comma=0.5):
    """An amount between lo and hi: two decimals or whole, with a thousands separator in a share of those >= 1000."""
    v = rng.uniform(lo, hi)
    cents = rng.random() < p_cents
    comma = v >= 1000 and rng.random() < p_comma
    if cents:
        return f"{v:,.2f}" if comma else f"{v:.2f}"
    return f"{int(v):,}" if comma else str(int(v))


def masked_name():
    return rng.choice(SURNAMES) + rng.choice(["*", "**", "*" + rng.choice("伟芳敏静强磊军洋勇杰娟涛明超霞平刚")])


def train():
    head = rng.choice("GGGDDKZT")
    return head + str(rng.randint(1, 9999 if head in "GD" else 1999))


def ticket_amounts():
    """A ticket price, the refund fee at 5 / 10 / 20 % (rounded to 0.5 yuan as 12306 does) and what is refunded."""
    price = round(rng.uniform(40, 980) * 2) / 2
    fee = round(price * rng.choice([0.05, 0.1, 0.2]) * 2) / 2
    return f"{price:.1f}", f"{fee:.1f}", f"{price - fee:.1f}"


def slots():
    lb = rng.choice(LOCAL_BANKS)
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    md = rng.choice([f"{mo}月{d}日", f"{mo:02d}月{d:02d}日"])
    tp, tfee, tref = ticket_amounts()
    c1, c2 = rng.sample(CITIES, 2)
    spoken_m, spoken_s = rng.randint(120, 4800), rng.randint(12, 300)
    return dict(
        amt=money(3, 300), mamt=money(100, 3000), bamt=money(1000, 30000), sm=str(rng.randint(3, 30)),
        tail=digits(4), tail2=digits(4), ord=digits(rng.choice([12, 16, 18, 19])), md=md,
        md2=f"{mo}月{min(d + rng.randint(1, 3), 28)}日", hm=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        days=str(rng.choice([1, 3, 3, 5, 7, 7, 10, 15])), mname=masked_name(), bank=rng.choice(BANKS),
        merch=rng.choice(MERCHANTS), goods=rng.choice(GOODS), fresh=rng.choice(FRESH), city=c1, city2=c2,
        train=train(), f4=str(rng.randint(1000, 9899)), t10=digits(10), tp=tp, tfee=tfee, tref=tref,
        sf="SF" + digits(13), zt="7" + digits(13), yt="YT" + digits(13), yd="4" + digits(14),
        jt="JT" + digits(13), st="77" + digits(12), ems="E" + rng.choice("ACLMR") + digits(9) + "CN",
        jd="JDV" + digits(12), n=str(rng.randint(2, 9)), emp=digits(rng.choice([4, 5])),
        pol=rng.choice(["P", "88", "10"]) + digits(12), acct=digits(10), rcb=lb[0], rcbhot=lb[1],
        station=rng.choice(STATIONS), store=rng.choice(STORES), hk=money(80, 3000, p_comma=0.3),
        hkb=money(1500, 12000, p_cents=0.3), nt=str(rng.randint(150, 3000)),
        cnm=common.cn_int(spoken_m), cns=common.cn_int(spoken_s), year=rng.choice(["2024", "2025"]),
        cnh=common.cn_int(rng.randint(260, 2400)), cnr=common.cn_int(rng.randint(1500, 8000)),
        fee=money(8, 80), rent=money(1500, 9000, p_cents=0.3), tick=money(40, 1200), air=money(500, 5000),
        nts=str(rng.randint(150, 1500)), ntb=str(rng.randint(1500, 30000)), hks=money(90, 600),
        e12306="E" + digits(9),
        slot=rng.choice(["9:00-11:00", "14:00-16:00", "16:00-18:00", "上午", "下午"]),
    )


def port():
    return common.port_1069(rng)


def sender(spec):
    return common.spec_sender(rng, spec, port)


TA, SN, DL, CH = "transaction_alert", "service_notice", "delivery", "chat"
B = []   # (family, scenario, channel, sender spec, template)


def add(fam, scen, items, channel="sms"):
    for snd, tpl in items:
        B.append((fam, scen, channel, snd, tpl.strip()))


# ================================================================ transaction alerts: money arrived back
add(TA, "on-merchant-refund-credited", [
    ("95555", "【招商银行】您账户{tail}于{md}{hm}收到退款{mamt}元，付款方：财付通-{merch}。"),
    ("95188|P", "【支付宝】你在{merch}的订单退款{amt}元已到账，已退回余额，可在账单详情中查看退款进度。"),
    ("95017|N", "微信支付：你有一笔{mamt}元的退款已到账零钱，来自商户“{merch}”，退款原因：买家取消订单。"),
    ("95588", "【工商银行】您尾号{tail}卡{md}{hm}退货入账(财付通-{merch}){mamt}元，余额{bamt}元。"),
    ("95533", "您尾号{tail}的储蓄卡{md}{hm}由支付宝退款收入人民币{amt}元,活期余额{bamt}元。[建设银行]"),
    ("95516|P", "【云闪付】您在{merch}消费的{amt}元已由商户发起退货，款项退回尾号{tail}的{bank}卡，请留意银行入账通知。"),
    ("95566", "【中国银行】您的借记卡账户{tail}，于{md}收入(京东退款){mamt}元，交易后余额{bamt}元。"),
    ("95559|N", "交行提醒：您尾号*{tail}的卡{md}{hm}网络支付退款{amt}元，可用余额{bamt}元。"),
    ("P", "【{rcb}】您尾号{tail}的账户于{md}{hm}入账{mamt}元，摘要：拼多多退款，余额{bamt}元。"),
    ("95561", "兴业银行：您尾号{tail}的卡{md}收到抖音支付退款{mamt}元，交易摘要“商品退款”。"),
    ("95558|P", "【中信银行】您尾号{tail}的信用卡{md}收到唯品会退货款{mamt}元，已冲减本期应还金额。"),
    ("95508", "【广发银行】您尾号{tail}的广发卡于{md}发生退货交易{mamt}元，商户盒马鲜生，可用额度已相应恢复。"),
])

add(TA, "on-credit-line-restored", [
    ("P|95118", "【京东】您的订单{ord}已完成退款，{mamt}元已退回京东白条，对应的白条账单已同步冲减，额度已恢复。"),
    ("95188|P", "【支付宝】你在{merch}的花呗消费{amt}元已退款至花呗，本期花呗账单应还金额已同步减少。"),
    ("P", "【美团】您使用美团月付支付的订单已退款{amt}元，款项退回月付额度；若该笔已出账，将直接冲抵月付账单。"),
    ("P", "【京东金融】白条退款通知：您{md}的白条消费{mamt}元因退货已全额退回，如已分期，对应分期自动取消，已收取的服务费一并退还。"),
    ("95188", "【花呗】你有一笔{mamt}元的退款已退回花呗。若这笔消费已经还过，多还的部分会按原还款方式退给你。"),
    ("P", "【抖音】你用抖音月付购买的商品已完成退款，{amt}元已恢复至月付可用额度，无需额外操作。"),
    ("P", "【拼多多】您用“先用后付”购买的{goods}已退货成功，{amt}元无需再支付，后续也不会扣款。"),
    ("P|95118", "白条提醒：您{md}购买{goods}的分期订单已退货，剩余{n}期分期已撤销，{mamt}元额度已恢复。【京东金融】"),
    ("10105757|P", "【饿了么】商家未接单，订单已取消，花呗支付的{amt}元已原路退回花呗。"),
    ("P", "【美团】外卖订单已取消，月付支付的{amt}元已原路返还，可在“我的-美团月付-账单”中查看。"),
    ("95010|P", "【携程】您用拿去花支付的机票已退票，退款{mamt}元已退回拿去花，对应分期同步取消。"),
    ("95017|P", "【微信支付】你用分付支付的订单已退款{amt}元，已冲抵分付待还金额。"),
])

add(TA, "on-transfer-returned", [
    ("95017|N", "微信支付：你于{md}向{mname}发起的转账{mamt}元，对方24小时内未接收，已退还至你的零钱。"),
    ("95188", "【支付宝】你转给{mname}的{mamt}元因对方账户暂不能收款未到账，资金已退回你的支付宝余额。"),
    ("95588", "【工商银行】您尾号{tail}卡{md}向{mname}跨行汇款{bamt}元，因收款账号户名不符被退回，款项已回到原账户。"),
    ("95533", "【建设银行】您{md}{hm}转出至{mname}的{bamt}元因对方账户状态异常已退汇，资金已退回您尾号{tail}的账户。"),
    ("95555", "【招商银行】您{md}向尾号{tail2}账户的转账{mamt}元未成功，收款行已退回，款项于{hm}回到您的一卡通。"),
    ("95566", "【中国银行】您通过手机银行向{mname}汇出的{bamt}元因收款行退票，已退回原账户，请核对收款信息。"),
    ("P", "【{rcb}】您尾号{tail}账户于{md}收到退汇款{bamt}元，原因：收款人账号有误。"),
    ("95516|P", "【云闪付】你向{mname}的转账{mamt}元因对方银行卡暂不支持收款，已退回付款卡（尾号{tail}）。"),
    ("N", "【微信】{mname}已退还你的转账{amt}元，已存入零钱。"),
    ("95017", "【微信支付】你发出的群红包未领完，剩余{amt}元已退回零钱，可在零钱明细查看。"),
])

add(TA, "on-failed-duplicate-reversed", [
    ("95555", "【招商银行】您尾号{tail}的一卡通{md}在{merch}被重复扣款{amt}元，该笔已退回，给您带来不便深表歉意。"),
    ("95588", "【工商银行】您尾号{tail}卡{md}{hm}一笔{mamt}元ATM取款未成功出钞，款项已于{md2}冲正退回账户。"),
    ("P", "【国家电网】您户号{acct}的电费{mamt}元因系统原因重复缴纳，重复部分已退回付款账户。"),
    ("95533", "【建设银行】您{md}通过龙支付付款{amt}元交易失败，扣款已于当日退回您尾号{tail}的账户。"),
    ("95017", "微信支付：你在{merch}的支付未完成，已扣的{amt}元将在1-3个工作日原路退回，无需重复申请。"),
    ("95188", "【支付宝】你在{merch}的付款因网络超时没有成功，已扣除的{amt}元自动退回付款银行卡，到账时间以银行为准。"),
    ("95599", "农行：您尾号{tail}账户{md}的一笔POS消费{mamt}元已撤销，款项退回账户，当前余额{bamt}元。"),
    ("95566", "【中国银行】您在{merch}的刷卡消费因商户重复提交已调账，多入账的一笔{mamt}元已冲回您尾号{tail}的信用卡。"),
    ("95338", "【顺丰速运】您寄件的运费{fee}元被重复支付，多付的一笔已退回原支付方式，感谢您的耐心。"),
    ("10086", "【中国移动】您{md}通过和包缴纳的话费{amt}元充值失败未到账，已退回原支付账户。"),
])

add(TA, "on-overpay-cc-refund", [
    ("95555", "【招商银行】您申请领回的信用卡溢缴款{mamt}元已转入您尾号{tail}的本人借记卡，请查收。"),
    ("95533", "【建设银行】您的信用卡当前有溢缴款{mamt}元，可自动抵扣后续消费；如需领回，可在建行生活或手机银行办理。"),
    ("95558", "【中信银行】您尾号{tail}的信用卡多还了{mamt}元，多出部分以溢缴款形式留在卡内，可在动卡空间转回本人储蓄卡。"),
    ("95511", "【平安银行】您尾号{tail}信用卡收到退货款后形成溢缴款{mamt}元，已按约定自动转回您的本人还款卡。"),
    ("95561", "兴业信用卡：您的卡片溢缴款{amt}元已退还，退款账户为您本人尾号{tail2}的兴业借记卡。"),
])

add(TA, "on-deposit-refund", [
    ("P", "【哈啰】您的单车押金((199|299))元已退还成功，将在1-7个工作日内原路退回支付账户。"),
    ("P", "【怪兽充电】充电宝已归还，本次使用费{sm}元，押金99元已退回微信零钱，感谢使用。"),
    ("P", "【街电】订单已结束，使用费已从押金中扣除，剩余押金已原路退回，可在“我的钱包”查看。"),
    ("P", "【自如】您的租约已于{md}到期退租，押金{rent}元扣除水电燃气费后已退回您尾号{tail}的银行卡。"),
    ("P", "【华住会】您在{city}的入住已退房，预授权{mamt}元已撤销，银行解冻时间一般为3-15个工作日。"),
    ("P", "【神州租车】您已还车，车辆押金{mamt}元预授权已解冻；违章押金将在还车30日后无违章自动退还。"),
    ("P", "【途家民宿】您在{city}的民宿已退房，房东确认房屋无损坏，押金{mamt}元将原路退回。"),
    ("10000", "【中国电信】您的宽带光猫已归还营业厅，设备押金((100|200|300))元已退还至您的话费账户。"),
])

add(TA, "on-insurance-claim-paid", [
    ("95519", "【中国人寿】尊敬的{mname}客户，您的理赔申请已结案，赔款{mamt}元已支付至您尾号{tail}的银行卡，请注意查收。"),
    ("95511", "【中国平安】您报案的车险案件已结案，赔款{bamt}元已转入被保险人本人账户（尾号{tail}）。"),
    ("95500", "【太平洋保险】您申请的医疗险理赔已审核通过，理赔金{mamt}元将于1-3个工作日内到账，明细可登录太保App查看。"),
    ("P", "【众安保险】你的退货运费险已理赔，{sm}元已打入你的支付宝账户，可在保单详情查看。"),
    ("95522", "【泰康人寿】您的保单{pol}退保已办理完成，退保金{bamt}元已汇入您本人账户尾号{tail}。"),
    ("95518", "【中国人保】您{md}报案的家财险案件已赔付{mamt}元，款项已付至您本人账户，感谢您选择中国人保。"),
    ("P", "【好医保】你申请的门诊险理赔已通过，{amt}元理赔款已到账支付宝余额。"),
    ("P", "【微保】你的医疗险理赔已完成，理赔款{mamt}元已存入你的微信零钱，详情可在微保小程序查看。"),
    ("95518", "【中国人保】尊敬的客户，您的航班延误险已自动理赔，赔付金额{amt}元已到账。"),
    ("95519", "【中国人寿】您投保的短期意外险已于犹豫期内撤销，保费{amt}元全额退还至原缴费账户。"),
    ("95567", "【新华保险】您的重疾险理赔款{bamt}元已于{md}划入您本人尾号{tail}账户，祝您早日康复。"),
])

add(TA, "on-tax-medical-refund", [
    ("12366", "【国家税务总局】您的{year}年度个人所得税综合所得汇算退税申请已审核，退税款{mamt}元已办理退库，请留意尾号{tail}银行卡到账。"),
    ("12366|N", "【个人所得税】您申请的年度汇算退税{amt}元已到账，可在App“退税状态”中查看详情。"),
    ("95588", "【工商银行】您尾号{tail}卡{md}收入(国库退税){mamt}元，余额{bamt}元。"),
    ("P", "【{city}医保】您{md}提交的异地就医手工报销已审核通过，报销金额{mamt}元已拨付至您的社保卡金融账户。"),
    ("12393", "【国家医保服务平台】您的门诊费用报销{amt}元已支付至社会保障卡银行账户，请注意查收。"),
    ("95580", "【邮储银行】您尾号{tail}账户{md}收到医保报销款{mamt}元，付款方{city}市医疗保障局。"),
    ("P", "【{city}市医疗保障局】您申报的大病保险二次报销已结算，支付金额{bamt}元，已转入您预留的本人账户。"),
    ("N", "退税到账提醒：财政部门已将您的个税退税{amt}元划入您尾号{tail}的银行卡。如有疑问请咨询12366。"),
    ("P", "【{city}社保】您灵活就业人员社保重复缴费{mamt}元的退费申请已办结，款项已退至您本人银行账户。"),
])

# ================================================================ service notices: refund processing
add(SN, "on-order-cancel-refund", [
    ("P", "【淘宝】你的订单{ord}已取消，支付的{mamt}元已发起退款，将退回原支付方式，预计24小时内到账。"),
    ("P", "【天猫】亲，您在{store}的订单因商家缺货已关闭，{mamt}元已极速退款至您的支付宝，给您添麻烦了。"),
    ("95118|P", "【京东】您取消的订单{ord}退款{mamt}元已处理完成，退款去向：京东钱包余额，可在“我的-退换/售后”查看。"),
    ("P", "【拼多多】您的订单{ord}已取消成功，退款{amt}元原路退回，微信支付一般1-3个工作日到账。"),
    ("P", "【抖音商城】你的订单超时未发货，平台已为你自动退款{amt}元，并补偿{sm}元无门槛券。"),
    ("P", "【唯品会】您的订单{ord}已取消，退款{mamt}元已提交至银行，预计1-7个工作日到账。"),
    ("10107888|P", "【美团】商家调整营业时间未能接单，您的订单已自动取消，支付的{amt}元将原路退回。"),
    ("10105757|P", "【饿了么】很抱歉，附近骑手运力紧张，您的订单已取消，{amt}元已退回，另送您一张{sm}元红包。"),
    ("P", "【盒马】您订单中的{fresh}缺货，已为您办理部分退款{amt}元，款项原路退回，请您谅解。"),
    ("P", "【山姆会员商店】您的极速达订单中有{n}件商品缺货，已自动退款{amt}元至原支付账户，该部分获得的双倍积分同步扣回。"),
    ("P", "【叮咚买菜】订单{ord}中的{fresh}临时缺货，差额{amt}元已退回叮咚账户余额，可直接用于下一单。"),
    ("P", "【得物】卖家未按时发货，您的订单已取消，支付的{mamt}元原路退回，并向您发放一张补偿券。"),
    ("P", "【小红书】你在小红书商城购买的{goods}已取消订单，退款{amt}元已退回原支付账户。"),
    ("P|N", "尊敬的会员：您的订单{ord}已取消，款项{mamt}元已返还至您的支付账户，请注意查收。【1号店】"),
    ("P", "【瑞幸咖啡】门店原料不足，您的订单未能制作，已为您全额退款{amt}元。"),
])

add(SN, "on-return-refund", [
    ("P", "【淘宝】卖家已确认收到你退回的{goods}，退款{mamt}元已退回你的支付宝账户。"),
    ("P|95118", "【京东】售后进度：您的{goods}经售后检测确认存在质量问题，退货申请已通过，货款{mamt}元会在{days}个工作日内退回原支付账户。"),
    ("P", "【拼多多】商家已同意您的退货退款申请，请在7天内寄回商品，商家签收后{amt}元将原路退回。"),
    ("P", "【天猫】您的退货已入仓，{mamt}元已退至花呗；如该笔花呗已还，将退回至您的还款账户。"),
    ("P", "【唯品会】您的退货已签收，退款{mamt}元已退至唯品会账户余额，如需退回原支付方式可在App申请。"),
    ("P", "【抖音商城】你的退货退款申请已通过，商家收到退货后48小时内完成退款，退货运费由运费险承担。"),
    ("P", "【Apple】您的退货已在我们的仓库签收，{mamt}元将退回您购买时使用的付款方式，通常需要5-10个工作日。"),
    ("P", "【优衣库】您在官方旗舰店退回的商品已入库质检合格，退款{amt}元已发起，请留意支付宝到账通知。"),
    ("P", "【小米商城】您的退货申请(服务单号{ord})已完成，{mamt}元已原路退回，感谢您的耐心等待。"),
    ("P", "【华为商城】您退回的{goods}已验收，货款将于7个工作日内原路退回；订单使用的积分同步退回账户。"),
    ("P|N", "您好，您在{store}退回的{goods}已收到，经检查无人为损坏，已同意退款，请注意查收。"),
])

add(SN, "on-travel-refund", [
    ("12306", "【铁路12306】订单{e12306}退票成功，{md}{train}次票价{tp}元，退票费{tfee}元，应退{tref}元，将于1-15个工作日内退回原支付账户。"),
    ("12306", "【铁路12306】因{train}次列车停运，您的车票已办理免费退票，票款{tick}元将原路退回，给您出行带来不便，敬请谅解。"),
    ("95539", "【中国南方航空】您{md}的CZ{f4}航班因天气原因取消，客票已办理非自愿退票，退款{air}元将按原支付渠道退回。"),
    ("95530", "【东方航空】尊敬的旅客，您的退票申请（票号781-{t10}）已审核通过，退款{mamt}元预计7-15个工作日原路退回。"),
    ("95583", "【中国国航】您的非自愿退票已受理，全额退还票款及民航发展基金、燃油附加费共{mamt}元，请留意支付账户。"),
    ("95524", "春秋航空：您{md}的9C{f4}航班退票已完成，退款{amt}元将原路返还，使用的优惠券已过期不予退回。"),
    ("95010", "【携程旅行】您预订的{city}酒店订单已取消，房费{mamt}元全额退款，款项原路退回，预计3-7个工作日到账。"),
    ("P", "【飞猪】您的机票退票款{mamt}元航空公司已退回，我们已原路退至您的支付宝，请注意查收。"),
    ("95117", "【去哪儿旅行】您的火车票退票款{amt}元已退回，退票费{sm}元，如有疑问可在去哪儿App在线咨询。"),
    ("P", "【同程旅行】您预订的{city}至{city2}汽车票已退票，退款{amt}元将在3个工作日内退回。"),
    ("P", "【华住会】您取消了{md}的{city}全季酒店预订，因在免费取消时间内，预付房费{mamt}元已全额退回。"),
    ("P", "【亚朵】您的订单已取消，{mamt}元将在1-7个工作日退回原账户，已使用的积分已返还。"),
    ("P", "【马蜂窝】您预订的{city}一日游因景区临时闭园取消，订单金额{mamt}元已全额退款。"),
    ("95010", "【携程】您的机票退票进度更新：航司已审核通过，{bamt}元已出款，请注意查收。"),
    ("N", "尊敬的旅客：您于{md}在{city}站窗口购买的{train}次车票已办理退票，票款已退还至购票银行卡，请注意查询。"),
])

add(SN, "on-ride-delivery-cancel", [
    ("P", "【滴滴出行】您的行程已取消，预付车费{amt}元已退回至原支付方式。"),
    ("P", "【高德打车】司机因车辆故障取消订单，您预付的{amt}元已全额退还。"),
    ("P", "【曹操出行】您反馈的多收费用已核实，{amt}元差额已退回您的曹操账户余额。"),
    ("P", "【货拉拉】您的订单无司机接单已自动取消，预付的{amt}元已原路退还。"),
    ("P", "【闪送】您的闪送订单已取消，订单费用{amt}元已退回，预计1-3个工作日到账。"),
    ("10107888|P", "【美团】您的外卖订单超时送达，准时宝已赔付{sm}元红包，可在“红包卡券”中查看。"),
    ("P", "【哈啰顺风车】车主取消了行程，您支付的{amt}元已全额退还，另赠{sm}元补偿券。"),
])

add(SN, "on-telecom-fee-refund", [
    ("10086", "【中国移动】您重复订购的流量包已核实，多收取的{sm}元已返还至您的话费账户。"),
    ("10010", "【中国联通】您反映的国际漫游费用问题已核实，{amt}元已退还至您的话费账户，请查询。"),
    ("10000", "【中国电信】您投诉的增值业务扣费已处理，退费{sm}元已返还话费余额。给您带来不便，深表歉意。"),
    ("10000|10001", "【中国电信】尊敬的客户，本月误扣的{amt}元月租已退回，当前话费余额{mamt}元。"),
    ("10010", "【中国联通】您在联通App的订单{ord}充值失败，已退款((30|50|100|200))元至原支付账户。"),
])

add(SN, "on-ticket-course-gym-refund", [
    ("P", "【大麦】您购买的{city}演唱会门票因演出取消已全额退款，{mamt}元将于7个工作日内原路退回。"),
    ("P", "【猫眼】您的电影票已退票成功，{amt}元已原路退回。"),
    ("P", "【淘票票】影院临时停业，您{md}的场次已自动退款{amt}元。"),
    ("P", "【乐刻运动】您的月卡退款申请已通过，剩余天数折算{amt}元，将在7个工作日内原路退回。"),
    ("P", "【Keep】你报名的训练营因开营人数不足取消，报名费{amt}元已原路退回。"),
    ("P", "【新东方】家长您好，孩子寒假班的退费申请已办理，退费{mamt}元将在10个工作日内退回缴费账户。"),
    ("P", "【作业帮】您的课程退款申请已审核通过，退款{mamt}元已原路退回。"),
    ("P", "【{city}驾校】学员您好，您的退学退费申请已批准，扣除已学课时费后退还{mamt}元，款项已转入您本人账户。"),
    ("P", "【中国教育考试网】因考点调整，您报名的考试场次取消，报名费((50|80|120|150))元将原路退回缴费账户。"),
])

add(SN, "on-price-protect-freight", [
    ("95118|P", "【京东】价保申请成功，您购买的{goods}已降价，差价{amt}元已退回原支付账户。"),
    ("P", "【天猫】您的价保已生效：商品降价，差价{amt}元已退至支付宝。"),
    ("P", "【拼多多】您申请的降价补偿已通过，{amt}元已退回付款账户。"),
    ("P", "【淘宝】你的退货运费险已理赔，赔付{sm}元已打到你的支付宝余额。"),
    ("P", "【苏宁易购】您参与的保价服务已受理，差价{amt}元已原路退回。"),
    ("P", "【唯品会】您的订单享受30天价保，差价{amt}元已退还至唯品会钱包。"),
    ("P|N", "运费险理赔通知：您的退货运费{sm}元已由保险公司赔付，款项已退至原支付账户。"),
])

# ================================================================ deliveries: returns, parcels sent back, claims
add(DL, "on-return-pickup", [
    ("95338", "【顺丰速运】您预约的上门取件已受理，快递员将于{md}{slot}上门取走退货包裹，运费由商家承担，您无需支付。"),
    ("P", "【京东物流】您的售后取件单已生成，快递员今日上门取件，请将商品及配件打包好，取件不收取任何费用。"),
    ("95311", "【中通快递】您的退货包裹已揽收，运单号{zt}，将退回商家处。"),
    ("95554", "【圆通速递】您的退货已由快递员揽收，运单{yt}，可在淘宝退款详情中查看物流。"),
    ("P", "【菜鸟】您的退货已在{station}驿站寄出，包裹将退回商家，退款进度可在订单页查看。"),
    ("P", "【拼多多】快递员已上门取走您的退货，运费由商家承担，运单号{yt}，商家签收后将尽快退款。"),
    ("11183", "【中国邮政】您的退货包裹{ems}已在{city}揽收，正发往寄达地。"),
])

add(DL, "on-parcel-returned-to-sender", [
    ("95338", "【顺丰速运】您寄出的快件{sf}因收件人拒收已退回，预计{md}送达您的寄件地址。"),
    ("95311", "【中通快递】您的快件{zt}因地址不详无法派送，已按寄件人要求退回。"),
    ("P", "【极兔速递】您的包裹{jt}超过驿站保管期未取，已退回寄件方，如仍需要商品请在订单页申请重新发货。"),
    ("P", "【京东物流】您取消了订单，包裹已拦截退回，退款将在商品入库后原路退回。"),
    ("95543", "【申通快递】您拒收的包裹{st}已退回商家，退款以商家处理为准。"),
    ("P", "【菜鸟】您的包裹超时未取已退回，淘宝订单将自动进入退款流程。"),
])

add(DL, "on-courier-claim-official", [
    ("95338", "【顺丰速运】您的快件{sf}已确认破损，理赔已受理。赔付金额按保价规则核定后，将直接退回寄件时的付款账户，无需另行操作。"),
    ("P", "【京东物流】很抱歉，您的包裹{jd}在运输中丢失，已为您登记赔付，{mamt}元将在3个工作日内原路退回，进度可在京东App“客户服务”查看。"),
    ("95311", "【中通快递】您申请的快件遗失赔偿已审核通过，赔偿款将通过中通快递App退至您的付款账户。"),
    ("P", "【菜鸟】您的包裹破损理赔已完成，赔付{amt}元已发放至您的支付宝账户，详情请在菜鸟App查看。"),
    ("95546", "【韵达快递】您反馈的内件短少问题已登记（工单号{ord}），核实后赔付将通过韵达快递官方小程序发放。"),
    ("P", "【极兔速递】您的破损件理赔方案：按申报价值赔付{amt}元。您在极兔速递App确认后，款项退回寄件付款账户。"),
    ("11183", "【中国邮政】您的邮件{ems}丢失查询已结案，按保价金额赔偿{mamt}元，赔款退至您的寄件付款账户。"),
    ("P", "【德邦快递】您托运的家具运输破损已定责，赔付{mamt}元，将于5个工作日内打入寄件时的付款账户。"),
    ("P", "【淘宝】物流显示你的包裹已丢失，商家已为你办理退款，{mamt}元已退回原支付方式，无需联系快递公司。"),
    ("95338", "【顺丰速运】您的快件{sf}外包装受损，已为您开通理赔，可在顺丰速运小程序“理赔”页上传照片，结果将短信通知。"),
    ("P", "【京东物流】您的生鲜包裹超时变质，已按“坏了包赔”为您赔付{amt}元，已退回京东钱包。"),
    ("95543", "【申通快递】理赔结案：快件{st}赔偿金额{amt}元已由寄件网点退回寄件人原付款账户。"),
])

# ================================================================ chat
add(CH, "on-refund-chat-sms", [
    ("M", "京东那个退款到了，899一分不少，你那个空气炸锅也赶紧退了吧"),
    ("M", "妈，火车票我退了，钱原路回到你卡上，过几天就到，别着急"),
    ("M", "机票退了钱还没到，说是要7到15个工作日，航空公司是真慢"),
    ("M", "押金退回来了！房东这次挺爽快，只扣了点水电费"),
    ("M|N", "ofo押金排了快五年，今天居然收到退款了哈哈哈"),
    ("M", "老公，医保报销的钱到社保卡上了，{cns}块多一点，比我想的多"),
    ("M", "个税退税到了，三百多块，晚上请你喝奶茶"),
    ("M", "你转我的钱我没点收，过了一天自动退回去了，你看看零钱"),
    ("M", "那个快递丢了，顺丰在小程序里直接给我赔了，连电话都没打"),
    ("M", "外卖被取消了，钱退回来了，要不还是出去吃吧"),
    ("M", "淘宝那件衣服退了，运费险赔了12块，等于白试穿"),
    ("M", "我的保险理赔款到了，住院那次的，前后大概两个礼拜"),
    ("M", "酒店说押金已经解冻了，银行要过几天才显示，你别担心"),
    ("M", "拼多多退款秒到，比我想的快多了"),
    ("M", "爸，你那笔钱我退回去了，我这个月够用，你留着吧"),
    ("M", "健身房卡退了，扣掉用过的三个月，退了一千二，今天到账"),
    ("M", "媽，高鐵票退了，錢會退回信用卡，不用擔心"),
    ("M", "演唱会取消了，大麦全额退，钱已经回到花呗了"),
])

# ================================================================ Hong Kong and Taiwan (traditional script)
add(TA, "on-hk-tw-money-back", [
    ("Octopus|N", "【八達通】您透過八達通App支付的款項HK${hk}已由商戶退回，已存入您的八達通錢包。"),
    ("N", "【國泰世華銀行】您的信用卡溢繳款NT${ntb}已依申請退還至您本人帳戶（末四碼{tail}）。"),
    ("N", "【財政部】您的綜合所得稅退稅款NT${ntb}已於{md}直撥入您指定之帳戶，請查收。"),
    ("HSBC|N", "【滙豐】您尾號{tail}的信用卡收到商戶退款HK${hk}，款項已入賬。"),
    ("N", "【富邦產險】您的旅遊不便險理賠已核准，理賠金NT${ntb}已匯入您本人帳戶。"),
    ("HKT|N", "【香港電訊】你多繳的月費HK${hks}已退回至你的信用卡戶口。"),
])

add(SN, "on-hk-tw-refund-notice", [
    ("HKTVmall|N", "【HKTVmall】您的訂單{ord}已取消，退款HK${hk}將於7至14個工作天內退回原付款信用卡。"),
    ("CathayPacific|N", "【國泰航空】閣下的退票申請已處理，退款HK${hkb}將退回原付款卡，一般需時7至20個工作天。"),
    ("N", "【台灣高鐵】您的車票已完成退票，退款NT${nts}（已扣除手續費）將退回原刷卡之信用卡。"),
    ("N", "【蝦皮購物】您的退貨退款申請已完成，NT${nt}將退回至您的蝦皮錢包。"),
    ("N", "【momo購物網】親愛的會員，您退貨的商品已收到，退款NT${nt}將於7-14個工作天退回原信用卡。"),
])

add(DL, "on-hk-tw-parcel", [
    ("N", "【中華郵政】您寄出之包裹因收件人拒收已退回，請憑招領通知至原寄局領取。"),
    ("SFExpress|N", "【順豐速運】您的快件{sf}已確認遺失，賠償款HK${hk}將退回至寄件時之付款方式，毋須另行辦理。"),
    ("N", "【7-ELEVEN交貨便】您的包裹逾期未取已退回寄件門市，買家已付款項將由賣場退回原付款方式。"),
])

# ================================================================ calls the customer made to an official hotline
add(SN, "on-hotline-refund-call", [
    ("95010|N", """客服：您好，携程旅行，工号{emp}，很高兴为您服务。
我：你好，我{md}的航班被航空公司取消了，机票钱怎么退？
客服：我帮您查一下……您这张属于航司原因的非自愿退票，已经给您提交全额退款了，不收手续费。
我：钱退到哪里？
客服：原路退回到您下单时用的那张信用卡，航司审核后一般7到15个工作日到账。
我：那我还要做什么吗？
客服：不需要您再操作，退款进度在App订单页里随时能看到。"""),
    ("12306", """客服：您好，12306客服，请讲。
我：我昨天退了一张高铁票，钱到现在还没到。
客服：退票款是按原支付渠道退的，微信支付一般当天到，银行卡最长要15个工作日。您当时用什么付的？
我：建行的卡。
客服：那要等几天，银行入账了会给您发短信，您留意一下就行。
我：好的，谢谢。"""),
    ("95188|N", """客服：您好，支付宝客服，请问有什么可以帮您？
我：我前天给我姐转了两千，她说没收到，我这边显示退回了。
客服：我看到了，这笔是对方账户暂时不能收款，系统自动退回，资金已经回到您的余额里了。
我：那她那边要弄什么吗？
客服：让她在自己的支付宝里看一下账户状态提示，按提示处理好就能正常收款，您这边不需要做任何操作。"""),
    ("95555", """客服：您好，招商银行信用卡中心。
我：我这个月的物业费好像被扣了两次。
客服：我帮您查一下……是的，同一个商户{md}有两笔{amt}元，商户已经确认其中一笔重复了，发起了退款。
我：那多久能退回来？
客服：一般三个工作日内退回到您这张信用卡上，入账后会有短信提醒。
我：需要我提供什么吗？
客服：不需要的，您等短信就可以。"""),
    ("95519|N", """客服：您好，中国人寿客服。
我：我上个月交的住院理赔材料，想问下进度。
客服：您稍等……您的案件昨天已经结案了，理赔款{mamt}元已经支付到您申请时填的那张尾号{tail}的银行卡。
我：那我查一下卡。
客服：好的，一般当天就能到账，要是三天后还没看到，您再打95519我们帮您查。"""),
    ("12366", """客服：您好，12366纳税服务热线。
我：我个税App上退税显示“已提交国库”，钱什么时候能到？
客服：提交国库以后，一般几个工作日内就会退到您申报时填的银行卡上，您留意一下银行的入账短信。
我：不用再填什么吧？
客服：不用，您在App里能看到每一步的状态，到账后显示“退库成功”。"""),
    ("95539|N", """客服：您好，南方航空，很高兴为您服务。
我：我的航班取消了，我在你们App上点了退票，想确认一下是不是全退。
客服：您是航班取消产生的非自愿退票，票款、民航发展基金和燃油费都全额退，不收退票费。
我：退到哪？
客服：按您支付时的方式原路退，您是用微信付的，审核通过后一般几个工作日到账。"""),
    ("10086", """客服：您好，中国移动10086，请问有什么可以帮您？
我：我看账单这个月多扣了十几块流量费，我明明有套餐。
客服：帮您查了，是{md}那天套餐内的流量没有正常抵扣，系统多计了费，多扣的{sm}元给您退回到话费账户里。
我：那下个月还会这样吗？
客服：已经修正了，不会再多计，退费到账后会有短信通知您。"""),
    ("10105757|N", """客服：您好，饿了么客服。
我：我刚点的外卖商家说做不了，订单取消了，钱退了吗？
客服：我看一下，订单已经取消，{amt}元已经原路退回到您的支付方式了。
我：我用的是花呗。
客服：那就是退回花呗，额度已经恢复，您的花呗账单里这笔也会消掉。"""),
    ("95338|N", """客服：您好，顺丰速运。
我：我寄回商家的退货，商家说已经签收了，可是运费我是不是付了两次？
客服：我查到您这个运单的运费确实被重复支付了一笔，系统已经把多付的{amt}元退回您的原付款账户。
我：那就好，我还以为要自己申请。
客服：不用申请，已经自动处理了。"""),
    ("95118|N", """客服：您好，京东客服。
我：我买了个{goods}，后来降价了，听说能价保？
客服：您这个订单还在价保期内，我这边帮您申请好了，差价{amt}元已经退回原支付账户。
我：这么快？
客服：是的，您在“我的-价格保护”里能看到记录。"""),
    ("95583|N", """客服：您好，国航客服。
我：我上周退的机票，App上一直显示“退款处理中”。
客服：您稍等，我看到您的退票已经审核完了，款项已经出账，到您银行卡一般还需要3到5个工作日。
我：好，那我再等等。"""),
    ("10107888|N", """客服：您好，美团客服。
我：我昨晚订的酒店，到了前台说没房了，我自己在外面另找的。
客服：非常抱歉，我这边核实到是酒店超售，已经给您全额退款{mamt}元，原路退回，另外按到店无房的规则给您补偿{sm}元红包。
我：退款多久到？
客服：用微信付的一般两个小时内到账。"""),
], channel="call")

add(SN, "on-hotline-refund-asr", [
    ("95118|N", "喂你好京东客服 我想问下我退的那个洗衣机 退款怎么还没到 好的您稍等我查询一下 您这个订单是用白条付的 退款已经退回白条了 对应那期账单会自动减掉 您在京东金融app白条账单里能看到 哦那我还要还吗 已经退回的部分就不用还了 还有其他可以帮您的吗 没有了谢谢"),
    ("95117|N", "你好去哪儿旅行 我在你们这订的酒店取消了 想问下钱什么时候退 您稍等 查到了 您是在免费取消时间内取消的 房费{cnh}块已经全额退了 原路回到您的支付宝 今天之内就能到 好的好的"),
    ("95188|N", "喂 支付宝是吧 我上午在超市付钱 付款失败了 但是银行卡扣了钱 嗯您别着急 这种是网络超时 支付没有成功 扣的{cns}块钱会自动退回您的银行卡 一般当天到 最晚三个工作日 那我不用去超市找他们吧 不用 钱会自己回来的"),
    ("95588|N", "您好工商银行 我昨天在取款机取钱 机器没出钞 但是卡里扣了 您好 我这边看到您这笔交易了 系统已经做了冲正 钱今天凌晨就退回您账户了 您可以看下余额 哦是回来了 好的谢谢"),
    ("N", "喂你好 是乐刻健身吗 我上周申请退那个月卡 对对 我是{city}那家店的会员 您好 您的退款已经审核通过了 按剩下的天数算 退您{cns}块 原路退回 七个工作日内到 那我还要去店里签字吗 不用 线上都办好了"),
    ("95500|N", "喂太平洋保险吗 我想问下我那个医疗险的理赔 好的您稍等 您的案子已经审核通过了 理赔金{cnm}块 会打到您申请时填的本人那张卡上 一到三个工作日 嗯 那到账有短信吗 有的 银行和我们都会发"),
    ("95511|N", "喂你好平安车险 我前两天报的那个剐蹭 修车厂说你们钱已经给了 对的先生 您这个案子已经结案 维修费是直接付给修理厂的 您不需要垫付 另外您之前自己垫的拖车费{cns}块 也赔到您本人卡上了"),
    ("N", "喂您好 自如管家是吧 我上个月退租 押金还没退 您好 我看一下 您的退租结算已经完成了 押金扣掉最后半个月的水电燃气 退您{cnr}块 已经打到您登记的那张银行卡了 您看下短信 哦行 我看看"),
], channel="call")

add(DL, "on-courier-claim-call", [
    ("95338|N", """客服：您好，顺丰速运。
我：我寄的一箱瓷器到了以后碎了两个，保了价的。
客服：非常抱歉，我这边给您登记理赔了。麻烦您在顺丰速运小程序的理赔页面上传一下破损照片，审核后按保价金额赔付。
我：赔的钱到哪？
客服：直接退回您寄件时的付款账户，我们不会另外打电话让您操作什么，结果会短信通知您。"""),
    ("95311|N", """客服：您好，中通快递。
我：我的快递显示签收了，但是我没收到，驿站也没有。
客服：您稍等……这个件确实找不到了，我们按丢件处理，先给您登记赔偿。
我：要我去哪里办吗？
客服：不用，您在中通快递App的“我的工单”里能看到进度，赔偿款审核通过后退到寄件人的付款账户，一般五个工作日左右。"""),
    ("N", "喂 京东物流吗 我的快递单号{jd}显示在转运中心好几天不动了 您好 我帮您看一下 这个包裹确实在中转的时候遗失了 已经给您登记了 您的订单会直接全额退款 原路退回 您不用另外申请 京东App里订单状态会更新 好的那就行"),
    ("95554|N", "你好圆通 我在你们这寄的东西 对方收到的时候盒子压扁了 里面的东西也坏了 好的 我这边已经给您生成理赔工单了 您在圆通app里上传一下照片 审核完以后按申报价值赔付 钱退到寄件的付款账户 需要我给你们转什么费用吗 不需要的 理赔不收任何费用"),
], channel="call")

# ================================================================ chat calls among friends and family
add(CH, "on-refund-chat-call", [
    ("M", """妈：儿子，我那张去{city}的火车票退了，钱怎么还没回来？
我：妈，你是用微信付的还是银行卡？
妈：银行卡，你爸的那张。
我：那要几天，12306说的最多十五个工作日，到了银行会发短信，你别着急。
妈：那行，我就等着。"""),
    ("M", """我：喂，演唱会取消的事你看到没？
朋友：看到了，大麦说全额退，我的已经到了。
我：我的还没到，我是信用卡付的。
朋友：信用卡慢一点，等两天吧，反正原路退回，跑不掉。"""),
    ("M", """室友：喂，房东那边押金退了没？
我：退了，刚到账，扣了三百多水电，剩下的晚上回去跟你对半分。
室友：好嘞，这回挺快的，上次那个房东拖了两个月。
我：这个管家说退租结算当天就打款，还真是。"""),
    ("M", """老婆：你那个门诊报销弄好了没？
我：弄好了，医保App上显示已经拨付了，钱到社保卡上。
老婆：多少？
我：四百多，比我想的多一点。
老婆：那晚上买点菜回来。"""),
    ("M", "喂 老刘 你上次给我转的那个钱我没收 过了一天自动退回去了 你看一下你零钱里有没有 嗯有了有了 我还以为你收了 没有 那钱你不用给我 饭是我请的 行行行下次我请"),
    ("M", "喂 姐 我那个淘宝买的羽绒服退了 运费险赔了十几块 钱昨天就退到支付宝了 嗯 我跟你说那个商家挺好的 没磨叽 直接就退了 你要买的话别买他家那款 码偏小"),
], channel="call")

# ---------------------------------------------------------------- generation
HARD = re.compile(r"原路退回|原路返还|退款|理赔|理賠|赔付|賠付|双倍|雙倍|资金|資金|转账|轉帳|轉賬|白条|花呗|月付")
# what no text of this section may contain: the asks of the refund scams, links and personal mobiles
FORBIDDEN = re.compile(r"备用金|共享|屏幕|投屏|验证码|校验码|动态码|借款|贷款|借呗|安全账户|加微信|加QQ|微信号|扫码|二维码|"
                       r"下载|链接|点击|https?://|www\.|(?<!\d)1[3-9]\d{9}(?!\d)")
LIMITS = {"sms": (12, 260), "call": (50, 700)}


def check_text(text, channel):
    """Problems of a rendered text: a forbidden ask, a length outside LIMITS, a template mark left over."""
    errs = [f"forbidden {m.group(0)!r}" for m in FORBIDDEN.finditer(text)]
    lo, hi = LIMITS[channel]
    if not lo <= len(text) <= hi:
        errs.append(f"length {len(text)}")
    if any(x in text for x in ("{", "}", "((", "[[")):
        errs.append("unfilled slot")
    return errs


def render(tpl, channel):
    text = common.fill_slots(common.expand(rng, tpl), slots())
    errs = check_text(text, channel)
    if errs:
        raise ValueError(f"{errs}: {text}")
    return (text,)


def main():
    rows, dropped, rejected = [], [], Counter()
    for k, (fam, scen, channel, snd, tpl) in enumerate(B):
        got = common.first_fresh(POOL, lambda: render(tpl, channel), DEDUP,
                                 on_dup=lambda out, jac: rejected.update([f"{fam}/{scen}"]))
        if got is None:
            dropped.append((scen, tpl[:50]))
            continue
        text = got[0]
        rows.append(dict(text=text, channel=channel, sender=sender(snd), family=fam, group=f"{fam}/{scen}",
                         flags=["hard"] if HARD.search(text) else [], base=k))
    common.write_rows(OUT, PREFIX, rows, label="other")
    ch = Counter(r["channel"] for r in rows)
    print(f"base texts {len(B)}; rows {len(rows)} (sms {ch['sms']}, call {ch['call']}); "
          f"hard {sum(bool(r['flags']) for r in rows)}; groups {len({r['group'] for r in rows})}; "
          f"senders null {sum(r['sender'] is None for r in rows)}")
    for f, c in sorted(Counter(r["family"] for r in rows).items()):
        print(f"  {f:20s} {c}")
    for g, c in sorted(Counter((r["group"], r["channel"]) for r in rows).items()):
        print(f"  {g[0]:50s} {g[1]:4s} {c}")
    ls = [len(r["text"]) for r in rows]
    print(f"  length {min(ls)}-{max(ls)}")
    if rejected:
        print("  dedup re-draws:", dict(rejected))
    for d in dropped:
        print("  dropped", d)


if __name__ == "__main__":
    main()
