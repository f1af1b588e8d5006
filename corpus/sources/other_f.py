"""other_f: bank / payment-platform transaction alerts (money moving, never credit repayment)."""
import json, random, sys
from pathlib import Path

R = random.Random(20261129)
OUT = Path(__file__).resolve().parents[1] / "other_f.jsonl"

BANKS = [
    ("工商银行", "工行", "95588"), ("建设银行", "建行", "95533"), ("农业银行", "农行", "95599"),
    ("中国银行", "中行", "95566"), ("交通银行", "交行", "95559"), ("招商银行", "招行", "95555"),
    ("邮储银行", "邮储", "95580"), ("浦发银行", "浦发", "95528"), ("民生银行", "民生", "95568"),
    ("兴业银行", "兴业", "95561"), ("中信银行", "中信", "95558"), ("光大银行", "光大", "95595"),
    ("华夏银行", "华夏", "95577"), ("平安银行", "平安", "95511"), ("广发银行", "广发", "95508"),
    ("北京银行", "北京银行", "95526"), ("上海银行", "上海银行", "95594"), ("宁波银行", "宁波银行", "95574"),
    ("江苏银行", "江苏银行", "95319"), ("南京银行", "南京银行", "95302"), ("杭州银行", "杭州银行", "95398"),
    ("浙商银行", "浙商", "95527"), ("渤海银行", "渤海", "95541"), ("恒丰银行", "恒丰", "95395"),
    ("广州农商银行", "广州农商", "95313"), ("成都农商银行", "成都农商", "96511"), ("长沙银行", "长沙银行", "96511"),
    ("徽商银行", "徽商", "96588"), ("重庆农村商业银行", "重庆农商行", "966866"), ("哈尔滨银行", "哈行", "95537"),
]
MERCH = ["拼多多", "美团", "滴滴出行", "京东商城", "支付宝-淘宝", "财付通-美团外卖", "支付宝-饿了么", "抖音电商",
         "盒马鲜生", "中国石化加油站", "12306铁路", "携程旅行", "瑞幸咖啡", "永辉超市", "肯德基", "唯品会",
         "华润万家", "美团单车", "高德打车", "苏宁易购", "得物", "星巴克", "沃尔玛", "大润发", "哈啰出行",
         "财付通-拼多多", "支付宝-闲鱼", "网易严选", "蜜雪冰城", "屈臣氏"]
NAMES = ["张*", "李*明", "王*", "刘*华", "陈*", "杨*", "赵*芳", "黄*", "周*强", "吴*", "徐*", "孙*丽",
         "胡*", "朱*", "高*峰", "林*", "何*", "郭*", "马*", "罗*红"]
COS = ["上海**科技有限公司", "深圳市**贸易有限公司", "杭州**网络科技有限公司", "**人力资源服务有限公司",
       "北京**建设集团有限公司", "广州**餐饮管理有限公司", "**物业服务有限公司"]

def tail(): return "%04d" % R.randint(0, 9999)
def money(lo, hi, comma=None):
    v = R.randint(int(lo * 100), int(hi * 100)) / 100
    if comma is None: comma = R.random() < 0.5
    return f"{v:,.2f}" if comma else f"{v:.2f}"
def md(sep=None):
    m, d = R.randint(1, 12), R.randint(1, 28)
    s = sep or R.choice(["cn", "cn", "slash", "dash"])
    if s == "cn": return f"{m}月{d}日" if R.random() < 0.5 else f"{m:02d}月{d:02d}日"
    if s == "slash": return f"{m:02d}/{d:02d} "
    return f"{m:02d}-{d:02d} "
def hm(style=None):
    h, mi = R.randint(0, 23), R.randint(0, 59)
    s = style or R.choice(["colon", "colon", "cn"])
    return f"{h:02d}:{mi:02d}" if s == "colon" else f"{h}时{mi:02d}分"
def sender(code):
    c = code.replace("-", "")
    return R.choice([c, c, "1069" + R.choice(["0", "1", "2", "8", "9"]) + c, "10655" + c, "106" + str(R.randint(90, 98)) + c])
def sig(b, text, where=None):
    w = where or R.choice(["end", "end", "start", "brk", "none"])
    if w == "start": return f"【{b[0]}】{text}"
    if w == "end": return f"{text}【{b[0]}】"
    if w == "brk": return f"{text}[{b[0]}]"
    return text
PROMO = ["戳 {u} 领取消费券", "周五刷卡满100减20，详情见App", "下载手机银行查看更多明细", "退订回TD",
         "积分可兑换好礼，详见掌上生活", "理财产品火热发售中 {u}", "开通动账微信提醒更及时", "拒收请回复R"]
def promo():
    p = R.choice(PROMO).replace("{u}", R.choice(["t.cn/A6x" + str(R.randint(100, 999)), "bank-m.cn/" + str(R.randint(1000, 9999))]))
    return p

T = []  # (group_slug, fn(b) -> text, n)
def t(slug, n=3, banks=None):
    def deco(fn):
        T.append((slug, fn, n, banks)); return fn
    return deco

# ---------- card spending ----------
@t("debit-spend-plain", 5)
def _(b): return sig(b, f"您尾号{tail()}的储蓄卡{md()}{hm()}消费{money(5,900)}元，余额{money(100,60000)}元。")
@t("debit-spend-plain", 5)
def _(b): return sig(b, f"您账户{tail()}于{md()}{hm()}在{R.choice(MERCH)}支出人民币{money(3,500)}元，可用余额{money(50,30000)}元。")
@t("quickpay-out", 5)
def _(b): return sig(b, f"您尾号{tail()}卡{md()}{hm()}快捷支付支出(财付通-{R.choice(MERCH)})人民币{money(1,800)}元,余额{money(10,20000)}元")
@t("quickpay-out", 5)
def _(b): return sig(b, f"{b[1]}提醒：账户*{tail()}网上支付{money(9,2000)}元，商户：支付宝-{R.choice(MERCH)}，时间{md().strip()} {hm('colon')}，余额{money(0,9000)}")
@t("unionpay-debit", 4)
def _(b): return sig(b, f"尾号{tail()}账户{md()}{hm()}银联扣款{money(2,300)}元，对方户名：{R.choice(MERCH)}，当前余额{money(20,8000)}元。")
@t("unionpay-debit", 4)
def _(b): return f"[{b[1]}]您的借记卡{tail()}于{hm()}通过银联无卡支付{money(10,1200)}元（{R.choice(MERCH)}），如非本人操作请致电{b[2]}。"
@t("cc-spend-limit", 5)
def _(b): return sig(b, f"您尾号{tail()}的信用卡{md()}{hm()}消费人民币{money(20,6000)}元，商户{R.choice(MERCH)}，可用额度{money(1000,80000)}元。")
@t("cc-spend-limit", 5)
def _(b): return sig(b, f"{b[1]}信用卡{tail()}：{hm()}在{R.choice(MERCH)}刷卡{money(15,3000)}元。剩余可用额度{money(500,50000)}元。{promo()}")
@t("cc-spend-terse", 4)
def _(b): return f"{b[1]}卡{tail()} {md('slash')}{hm('colon')} 消费 RMB{money(8,888)} 可用额度{money(100,40000)}"
@t("cc-spend-terse", 4)
def _(b): return f"【{b[1]}】{tail()}卡支出{money(1,199)}元 {R.choice(MERCH)} {md('dash')}"
@t("pos-swipe", 4)
def _(b): return sig(b, f"您的卡号尾号{tail()}于{md()}{hm()}在POS机刷卡消费{money(50,9999,True)}元（商户：{R.choice(['**家居建材店','**汽车服务中心','**眼镜店','**口腔诊所','**健身会所','**酒楼'])}），交易后余额{money(500,99999,True)}元。")
@t("big-spend", 4)
def _(b): return sig(b, f"大额交易提醒：您尾号{tail()}的卡于{md()}{hm()}发生一笔{money(10000,68000,True)}元的消费支出，交易地点{R.choice(['北京','上海','成都','武汉','西安','南宁'])}。若有疑问请拨打{b[2]}。")
@t("contactless", 4)
def _(b): return sig(b, f"您尾号{tail()}的卡片于{hm()}完成一笔闪付（小额免密）交易，金额{money(3,300)}元，商户{R.choice(MERCH)}。")

# ---------- refunds ----------
@t("refund-in", 5)
def _(b): return sig(b, f"您尾号{tail()}的卡{md()}{hm()}消费退货{money(5,2000)}元，已退回原卡，余额{money(100,50000)}元。")
@t("refund-in", 5)
def _(b): return sig(b, f"退款入账：{R.choice(MERCH)}于{md()}向您尾号{tail()}账户退款人民币{money(2,900)}元，请留意查收。")
@t("refund-cc", 4)
def _(b): return sig(b, f"您的{b[1]}信用卡(尾号{tail()}){md()}收到{R.choice(MERCH)}退款{money(10,3000)}元，可用额度已恢复至{money(2000,60000)}元。")
@t("refund-cc", 4)
def _(b): return f"{b[1]}信用卡：{md('slash')}交易撤销 {money(1,500)}元（{R.choice(MERCH)}），尾号{tail()}。"

# ---------- transfers ----------
@t("transfer-in", 5)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}{hm()}转账存入{money(100,50000)}元，付方{R.choice(NAMES)}，余额{money(200,99999)}元。")
@t("transfer-in", 5)
def _(b): return sig(b, f"{R.choice(NAMES)}向您尾号{tail()}的账户转入{money(50,20000,True)}元，附言：{R.choice(['房租','饭钱AA','生活费','还你上次垫的','货款','红包','定金'])}。")
@t("cross-bank-in", 4)
def _(b): return sig(b, f"您的账户{tail()}于{md()}{hm()}跨行汇入{money(500,90000,True)}元，汇款行：{R.choice(BANKS)[0]}，汇款人{R.choice(NAMES)}。")
@t("cross-bank-in", 4)
def _(b): return f"【{b[0]}】他行来账提醒：尾号{tail()}收到{money(80,30000)}元（{R.choice(NAMES)}/{R.choice(BANKS)[1]}），{md()}{hm()}到账。"
@t("transfer-out", 5)
def _(b): return sig(b, f"您尾号{tail()}卡{md()}{hm()}手机银行转出{money(100,40000)}元，收款人{R.choice(NAMES)}，余额{money(10,30000)}元。")
@t("transfer-out", 5)
def _(b): return sig(b, f"[{b[1]}]账户{tail()}向{R.choice(NAMES)}尾号{tail()}转账支出{money(20,8000)}元，手续费0.00元。{md()}")
@t("salary-in", 5)
def _(b): return sig(b, f"您尾号{tail()}的账户{md()}{hm()}代发工资入账{money(3000,28000,True)}元，单位：{R.choice(COS)}，余额{money(3000,99999,True)}元。")
@t("salary-in", 5)
def _(b): return sig(b, f"工资到账啦！{md()}您尾号{tail()}账户收到{R.choice(['代发','工资','奖金','绩效'])}{money(1000,20000)}元。{promo()}")
@t("salary-in", 3)
def _(b): return f"{b[1]}：{tail()}账户 代发入账 {money(2000,15000)}元 摘要:{R.choice(['工资','劳务费','年终奖','补贴','报销'])} {md('dash')}{hm('colon')}"
@t("interest-in", 5)
def _(b): return sig(b, f"您尾号{tail()}的活期账户{md()}结息入账{money(0.1,80)}元，当前余额{money(100,99999)}元。")
@t("interest-in", 4)
def _(b): return sig(b, f"尊敬的客户，您账号{tail()}定期存款到期，本金{money(10000,200000,True)}元及利息{money(100,6000,True)}元已转入活期。")

# ---------- ATM ----------
@t("atm-withdraw", 5)
def _(b): return sig(b, f"您尾号{tail()}的卡{md()}{hm()}在ATM取款{R.choice([100,200,500,1000,2000,3000])}.00元，余额{money(10,40000)}元。")
@t("atm-withdraw", 4)
def _(b): return sig(b, f"您的账户{tail()}于{hm()}在他行ATM跨行取现{R.choice([300,500,800,1000])}元，手续费{R.choice(['2.00','4.00','0.00'])}元。")
@t("atm-deposit", 5)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}{hm()}存款{R.choice([500,1000,2600,5000,12000])}.00元（{R.choice(['ATM存款','柜面现金存入','CRS存款'])}），余额{money(600,80000)}元。")
@t("atm-deposit", 3)
def _(b): return f"{b[1]}动账：尾号{tail()} 现金存入 {R.choice([200,800,1500,3000])}元 {md().strip()} 余额{money(300,20000)}元"

# ---------- fees / auto debits ----------
@t("student-card", 5)
def _(b): return sig(b, f"您尾号{tail()}的账户{md()}{hm()}学生卡自动预存扣款{R.choice(['50.00','100.00','200.00','300.00'])}元，已充值至校园卡，余额{money(1,5000)}元。")
@t("student-card", 4)
def _(b): return sig(b, f"校园卡圈存提醒：{md()}从您尾号{tail()}卡转出{R.choice(['100','150','200'])}元至一卡通（自动圈存），卡内余额{money(0,2000)}元。")
@t("annual-fee", 4)
def _(b): return sig(b, f"您尾号{tail()}的借记卡{md()}扣收年费{R.choice(['10.00','5.00','20.00'])}元，余额{money(0,3000)}元。")
@t("annual-fee", 4)
def _(b): return sig(b, f"您尾号{tail()}账户日均余额不足300元，{md()}扣收小额账户管理费{R.choice(['3.00','1.00','6.00'])}元。")
@t("sms-fee", 5)
def _(b): return sig(b, f"您尾号{tail()}的账户{md()}扣收{R.choice(['短信服务费','动账通知服务费','短信提醒费'])}{R.choice(['2.00','3.00','1.00','6.00'])}元，余额{money(0,30000)}元。")
@t("utility-debit", 5)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}{hm()}代扣{R.choice(['电费','水费','燃气费','物业费','有线电视费'])}{money(20,600)}元，户号{R.randint(10000000,99999999)}，余额{money(30,20000)}元。")
@t("utility-debit", 4)
def _(b): return sig(b, f"{R.choice(['国网','南方电网','市自来水公司','港华燃气','新奥燃气'])}已从您{b[1]}尾号{tail()}扣缴{R.choice(['11月','10月','上月','本期'])}费用{money(30,480)}元，谢谢。")
@t("phone-debit", 4)
def _(b): return sig(b, f"您尾号{tail()}的账户{md()}代扣{R.choice(['移动','联通','电信'])}话费{R.choice(['50.00','100.00','30.00','58.00','128.00'])}元，号码{R.choice(['138','186','133','159'])}****{R.randint(1000,9999)}，余额{money(0,9000)}元。")
@t("social-debit", 5)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}代扣{R.choice(['城乡居民养老保险','城乡居民医保','社保费','灵活就业社保'])}{money(200,1800,True)}元，余额{money(0,20000)}元。")
@t("social-debit", 4)
def _(b): return sig(b, f"您的账户{tail()}于{md()}{R.choice(['住房公积金缴存','公积金自愿缴存扣款'])}{money(300,3000,True)}元，业务流水号{R.randint(10**9,10**10-1)}。")
@t("etc-debit", 4)
def _(b): return sig(b, f"您的ETC记账卡绑定账户尾号{tail()}于{md()}扣除通行费{money(5,200)}元（{R.choice(['沪昆高速','京港澳高速','广深沿江','沈海高速','杭金衢'])}），余额{money(0,9000)}元。")
@t("auto-sub", 4)
def _(b): return sig(b, f"您尾号{tail()}卡{md()}自动续费{R.choice(['爱奇艺VIP','腾讯视频会员','网易云音乐','百度网盘','QQ音乐'])}{R.choice(['15.00','19.80','25.00','30.00','12.00'])}元（支付宝-自动扣款），余额{money(10,9000)}元。")

# ---------- balance / limits / FX ----------
@t("fx-spend", 5)
def _(b):
    cur, rate = R.choice([("美元", 7.1), ("港币", 0.91), ("日元", 0.048), ("欧元", 7.8), ("新台币", 0.22)])
    a = R.randint(500, 90000) / 100 if cur not in ("日元", "新台币") else R.randint(300, 60000)
    return sig(b, f"您尾号{tail()}的{b[1]}信用卡{md()}{hm()}境外消费{a:.2f}{cur}，约合人民币{a*rate:,.2f}元，以实际入账为准。")
@t("fx-spend", 4)
def _(b):
    cur = R.choice(["USD", "HKD", "EUR", "JPY"])
    return f"{b[1]}卡{tail()} {md('slash')}{hm('colon')} {R.choice(['AMAZON','APPLE.COM/BILL','STEAM','AGODA','SHOPEE','UBER TRIP'])} {cur} {money(3,999)}"
@t("dormant-limit", 5)
def _(b): return sig(b, f"您尾号{tail()}的信用卡长期未使用，根据用卡情况，自{md()}起额度调整为{R.choice(['2,000','3,000','5,000','1,000'])}元，恢复用卡后可申请调整。")
@t("dormant-limit", 4)
def _(b): return sig(b, f"您尾号{tail()}的借记卡已{R.choice(['12个月','一年以上','18个月'])}无主动交易，非柜面交易限额调整为单日{R.choice(['500','1000','2000'])}元，本人持卡到网点可恢复。")
@t("balance-report", 4)
def _(b): return sig(b, f"账户余额变动：您尾号{tail()}账户{md()}日终余额{money(0,99999,True)}元，较昨日{R.choice(['增加','减少'])}{money(1,5000)}元。")
@t("limit-change", 4)
def _(b): return sig(b, f"您尾号{tail()}信用卡临时额度{money(2000,20000,True)}元已生效，至{md()}到期，当前可用额度{money(2000,60000,True)}元。")

# ---------- payment platforms ----------
PLAT = [("支付宝", "支付宝", "95188"), ("微信支付", "微信支付", "95017"), ("云闪付", "云闪付", "95516"),
        ("京东支付", "京东支付", "95118"), ("美团支付", "美团", "10107888"), ("抖音支付", "抖音支付", "95152"),
        ("网商银行", "网商", "95188"), ("微众银行", "微众", "95384")]
@t("platform-pay", 4, PLAT)
def _(b): return sig(b, f"你于{md()}{hm()}在{R.choice(MERCH)}用{R.choice(['余额','零钱','余额宝','储蓄卡(尾号'+tail()+')'])}支付了{money(1,500)}元。")
@t("platform-pay", 4, PLAT)
def _(b): return f"{b[0]}：收款到账{money(0.5,3000)}元，来自{R.choice(NAMES)}，{hm('colon')}。"
@t("platform-refund", 3, PLAT)
def _(b): return sig(b, f"{R.choice(MERCH)}订单退款{money(3,666)}元已原路退回至你的{R.choice(['零钱','余额','银行卡'])}，预计{R.choice(['即时','1-3个工作日'])}到账。")
@t("platform-withdraw", 3, PLAT)
def _(b): return sig(b, f"您发起的提现{money(100,20000,True)}元已到账至{R.choice(BANKS)[0]}(尾号{tail()})，服务费{money(0,20)}元。")
@t("platform-yuebao", 3, PLAT)
def _(b): return sig(b, f"昨日收益{money(0.01,9)}元已存入你的{R.choice(['余额宝','零钱通','活期+','小金库'])}，累计{money(10,900)}元。")

# ---------- varied / sloppy / notices ----------
@t("mixed-short", 4)
def _(b): return f"尾号{tail()}：{R.choice(['-','支出','扣款'])}{money(1,300)} 余额{money(1,5000)} {b[1]}"
@t("mixed-short", 4)
def _(b): return f"{b[1]}{md('slash')}{hm('colon')} {tail()}卡{R.choice(['入账','收入'])}{money(10,9000)}元 余{money(10,20000)}"
@t("transfer-reversal", 4)
def _(b):
    a = money(100, 9000)
    return sig(b, f"您尾号{tail()}账户{md()}转出{a}元因收款户名不符已退回，退汇入账{a}元，请核对收款信息。")
@t("account-change-notice", 4)
def _(b): return sig(b, f"温馨提示：您尾号{tail()}账户已成功开通{R.choice(['动账短信提醒','余额变动通知','夜间交易提醒'])}，每月服务费{R.choice(['2','3'])}元，将于每月{R.randint(1,28)}日从本账户扣收。")
@t("account-change-notice", 4)
def _(b): return sig(b, f"您尾号{tail()}的{R.choice(['借记卡','I类账户','社保卡金融账户'])}{md()}{R.choice(['已挂失','已换卡，新卡尾号'+tail(),'已完成信息变更','已解除支付宝绑定'])}，如非本人办理请致电{b[2]}。")
@t("cc-cashback", 4)
def _(b): return sig(b, f"您尾号{tail()}信用卡{md()}获得{R.choice(['刷卡金','消费返现','立减优惠'])}{money(1,88)}元，已入账。{promo()}")
@t("night-spend", 3)
def _(b): return sig(b, f"深夜交易提醒：{hm('colon')}您尾号{tail()}的卡片有一笔{money(100,5000)}元支出（{R.choice(MERCH)}），若为本人交易请忽略。")
@t("wealth-redeem", 4)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}理财产品赎回资金{money(1000,80000,True)}元已到账，当前余额{money(1000,99999,True)}元。")
@t("fund-purchase", 4)
def _(b): return sig(b, f"您尾号{tail()}卡{md()}基金定投扣款{R.choice(['100.00','200.00','500.00','1,000.00'])}元（{R.choice(['沪深300指数','中证500','易方达蓝筹','招商中证白酒'])}），余额{money(10,50000)}元。")


# ---------- round 2 ----------
@t("wechat-bank-card", 4)
def _(b): return sig(b, f"{md()}{hm()}，您尾号{tail()}的借记卡通过微信支付向「{R.choice(MERCH)}」付款{money(2,400)}元，余额{money(5,8000)}元。")
@t("cc-online-cny", 4)
def _(b): return f"{b[0]}信用卡提醒您：卡号末四位{tail()}，{md()}{hm()}网上交易{money(30,4999)}元，交易商户{R.choice(MERCH)}。当前可用额度{money(300,30000)}元。"
@t("cc-preauth", 4)
def _(b): return sig(b, f"您尾号{tail()}的信用卡{md()}在{R.choice(['如家酒店','全季酒店','神州租车','一嗨租车','希尔顿欢朋'])}预授权{money(200,3000)}元，预授权完成前该额度暂被占用。")
@t("cc-preauth", 3)
def _(b): return sig(b, f"您尾号{tail()}信用卡{R.choice(['酒店','租车'])}预授权{money(200,3000)}元已撤销，可用额度相应恢复。")
@t("payroll-bonus-chatty", 4)
def _(b): return f"叮～{b[1]}到账通知：{R.choice(COS)}给您尾号{tail()}的卡发了{money(800,9000)}元（{R.choice(['年终奖','过节费','高温补贴','差旅报销'])}），{md()}{hm()}入账。"
@t("pension-in", 5)
def _(b): return sig(b, f"您尾号{tail()}的社保卡账户{md()}{R.choice(['养老金','退休金','城乡居民基础养老金'])}入账{money(180,6800,True)}元，余额{money(200,60000,True)}元。")
@t("subsidy-in", 4)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}收到{R.choice(['耕地地力保护补贴','惠民惠农补贴','一次性育儿补贴','失业保险金','医保个人账户划入'])}{money(50,3600)}元，摘要：财政代发。")
@t("tax-refund", 4)
def _(b): return sig(b, f"您尾号{tail()}的账户{md()}收到国家金库{R.choice(['个税退税','退库款'])}{money(20,4800)}元，余额{money(100,50000)}元。")
@t("red-packet", 3, PLAT)
def _(b): return f"{b[0]}｜{R.choice(NAMES)}的转账{money(1,2000)}元已存入你的零钱，{md()}{hm()}。"
@t("merchant-collect", 3, PLAT)
def _(b): return sig(b, f"{R.choice(['收钱码','商家码','经营码'])}到账：今日共收款{R.randint(3,90)}笔，合计{money(80,9000,True)}元，已自动转入尾号{tail()}的银行卡。")
@t("atm-fx-cash", 3)
def _(b): return sig(b, f"您尾号{tail()}的卡{md()}在境外ATM取现{R.choice(['1,000','2,000','500'])}.00{R.choice(['港币','泰铢','澳门元'])}，折合人民币{money(100,2000)}元，另收手续费{money(10,30)}元。")
@t("fx-exchange", 4)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}{hm()}购汇{R.choice(['500.00美元','1,000.00美元','3,000.00港币','800.00欧元'])}，扣划人民币{money(700,8000,True)}元。")
@t("fx-exchange", 3)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}收到境外汇入款{money(100,9000,True)}美元，汇款人{R.choice(['JOHN SMITH','LI WEI','WANG LEI','CHEN YU'])}，已入外币账户。")
@t("insurance-debit", 4)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}扣款{money(120,9800,True)}元，摘要：{R.choice(['中国人寿续期保费','平安人寿保费','太平洋车险保费','泰康健康险'])}，余额{money(0,40000)}元。")
@t("tuition-debit", 4)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}代扣{R.choice(['学费','住宿费','幼儿园保教费','教材费'])}{money(600,9800,True)}元，收款单位{R.choice(['**大学财务处','**实验小学','**中学','**职业技术学院'])}。")
@t("parking-fuel", 4)
def _(b): return f"{b[1]}卡尾号{tail()}：{md()}{hm()} {R.choice(['停车缴费','加油','充电桩充电'])}{money(5,600)}元，余额{money(10,9000)}元。"
@t("sloppy-alert", 4)
def _(b): return f"尾号{tail()}的卡刚刚{R.choice(['消费','支付','扣'])}了{money(3,200)}元 {R.choice(MERCH)} 余额{money(0,3000)}元 {b[1]}"
@t("sloppy-alert", 4)
def _(b): return f"{b[0]}:账户{tail()}于{md()}{hm()}收入{money(10,9000)}元,摘要:{R.choice(['转存','网银入账','手机转入','微信零钱提现','支付宝提现'])},余额{money(10,30000)}元"
@t("en-mixed", 4)
def _(b): return f"[{b[1]}] Card ending {tail()} spent CNY {money(5,3000)} at {R.choice(['MEITUAN','DIDI','JD.COM','PINDUODUO','ALIPAY-TAOBAO'])} on {md('slash')}{hm('colon')}. Avail bal CNY {money(10,20000)}."
@t("en-mixed", 3)
def _(b): return f"{b[1]} Alert：acct *{tail()} credit RMB {money(100,30000)} ({R.choice(['salary','transfer','refund'])}) {md('dash')}{hm('colon')} bal RMB {money(100,60000)}"
@t("daily-summary", 4)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}共发生{R.randint(2,12)}笔交易，收入{money(0,8000)}元，支出{money(0,5000)}元，日终余额{money(0,50000)}元。")
@t("card-bind", 4)
def _(b): return sig(b, f"您尾号{tail()}的卡{md()}{hm()}已绑定{R.choice(['财付通','支付宝','美团支付','京东支付','抖音支付'])}快捷支付，单日限额{R.choice(['5,000','10,000','2,000'])}元。若非本人操作请致电{b[2]}。", None)
@t("limit-after-spend", 4)
def _(b): return sig(b, f"{b[1]}信用卡{tail()}刚刚消费{money(50,5000)}元，本月已用{money(1000,30000)}元，剩余可用额度{money(100,20000)}元，可用取现额度{money(100,8000)}元。")
@t("gold-deposit", 3)
def _(b): return sig(b, f"您尾号{tail()}账户{md()}积存金定投扣款{money(200,2000)}元，购入黄金{R.randint(1,9)}.{R.randint(100,999)}克。")
@t("check-clear", 3)
def _(b): return sig(b, f"您账号{tail()}的对公账户{md()}{hm()}来账{money(10000,500000,True)}元，付款单位{R.choice(COS)}，用途：{R.choice(['货款','服务费','工程款','租金'])}。")
@t("platform-autopay", 3, PLAT)
def _(b): return sig(b, f"自动扣款成功：{R.choice(['饿了么超级会员','滴滴快车','美团月付外卖','高德打车免密','12306候补'])}从你的{R.choice(['余额','银行卡','零钱'])}扣款{money(3,120)}元。")

MERGE = {}
for k, ks in {
    "card-spend-misc": ["pos-swipe", "big-spend", "contactless", "night-spend", "wechat-bank-card"],
    "auto-debit-misc": ["phone-debit", "etc-debit", "auto-sub", "insurance-debit", "tuition-debit", "platform-autopay"],
    "balance-limit": ["balance-report", "daily-summary", "limit-change", "limit-after-spend"],
    "platform-money": ["platform-refund", "platform-withdraw", "platform-yuebao", "red-packet", "merchant-collect"],
    "incoming-misc": ["transfer-reversal", "check-clear", "tax-refund", "subsidy-in", "payroll-bonus-chatty"],
    "card-spend-misc2": ["cc-cashback", "cc-online-cny", "parking-fuel"],
    "wealth-moves": ["wealth-redeem", "fund-purchase", "gold-deposit"],
    "fx-spend": ["atm-fx-cash"],
    "account-notice": ["card-bind", "account-change-notice"],
}.items():
    for x in ks: MERGE[x] = k
SERVICE = {"account-notice"}

def main():
    others = []
    corpus = OUT.parent
    for p in sorted(corpus.glob("*.jsonl")):
        if p.name == OUT.name: continue
        for line in p.open(encoding="utf-8"):
            if line.strip(): others.append(json.loads(line)["text"])
    def ng(s):
        c = "".join(s.split())
        return frozenset(c[i:i+5] for i in range(max(1, len(c)-4)))
    index = {}
    kept_ng = []
    def add(g):
        k = len(kept_ng); kept_ng.append(g)
        for x in g: index.setdefault(x, []).append(k)
    def dup(g, thr=0.5):
        cnt = {}
        for x in g:
            for k in index.get(x, ()): cnt[k] = cnt.get(k, 0) + 1
        for k, c in cnt.items():
            if c / (len(g) + len(kept_ng[k]) - c) >= thr: return True
        return False
    for s in others: add(ng(s))
    rows = []
    for slug, fn, n, banks in T:
        pool = banks or BANKS
        made = tries = 0
        while made < n and tries < n * 8:
            tries += 1
            b = R.choice(pool)
            txt = fn(b)
            g = ng(txt)
            if dup(g): continue
            add(g); made += 1
            grp_bank = b[1] if banks else b[1]
            rows.append({"text": txt, "sender": sender(b[2]) if R.random() < 0.93 else None,
                         "slug": slug, "bank": b[0]})
    # group = bank-cluster + kind; bank clusters keep groups 5-25
    out = []
    kinds = {}
    for r in rows: kinds.setdefault(MERGE.get(r["slug"], r["slug"]), []).append(r)
    i = 0
    for slug, rs in kinds.items():
        for r in rs:
            i += 1
            fam = "service_notice" if slug in SERVICE else "transaction_alert"
            out.append({"id": f"of-{i:04d}", "text": r["text"], "label": "other", "channel": "sms",
                        "sender": r["sender"], "family": fam, "group": f"{fam}/of-{slug}", "flags": []})
    with OUT.open("w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows", file=sys.stderr)

if __name__ == "__main__":
    main()
