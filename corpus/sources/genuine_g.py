"""Generator for corpus section genuine_g (label: genuine).

Genuine notices whose surface overlaps the scam vocabulary of closures, freezes and refunds: overdue notices saying
the credit line or card is frozen, suspended or closed until the arrears are repaid in the official app; repayment
confirmations and settlements that tell the customer the line is restored or that the customer may close the
product himself in the app; auto-debit results (the lender's own refund or reversal of a wrong deduction,
shortfalls and retries); bills and due reminders mentioning an annual-fee waiver or an expired / replaced card; and
collection calls by the lender or a licensed collector telling the customer to repay only in the official app and
to trust no one who offers to "close" or "clear" the account. Every base text was written for this section and
names its own lender; slots carry only names, amounts, dates, card tails and day counts.

Calls: each call base is a dialogue (A = lender / collector, B = the customer), emitted once as turns
(客服 / 催收员 … and 我) and once as an ASR run-on line with homophone slips.

Deterministic (fixed seed), stdlib only apart from scamguard.corpus. Writes corpus/genuine_g.jsonl.
"""
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(HERE / "sources"), str(HERE.parent)]

import _common as common  # noqa: E402
from scamguard.corpus import NearDuplicateIndex, corpus_texts  # noqa: E402

SEED = 20260517
OUT = HERE / "genuine_g.jsonl"
PREFIX = "gg"
DEDUP = 0.5
R = random.Random(SEED)
HARDWORDS = ("冻结", "凍結", "关闭", "關閉", "注销", "註銷", "退回", "征信", "徵信", "起诉", "法律责任", "正信", "起速", "动结", "注消")

# sender candidates per lender key (short codes, 106 ports, brand names); None = no sender shown
# Mainland SMS show a number, never a name: a lender with one port gets it either way. HK/TW senders keep names.
SND = {
    "alipay": ["95188", "1069095188"], "jd": ["95118", "1069095118"], "mt": ["10107888", "1069070010107888"],
    "webank": ["95384", "1069095384"], "wxpay": ["95017", "1069095017"], "dxm": ["95055", "1069095055"],
    "zl": ["95786", "1069095786"], "ms": ["1069040003688", "1069040003688"], "dy": ["1069019556", "1069019556"],
    "fql": ["1069076676", "1069076676"], "zyxf": ["1069081955", "1069081955"], "xyxf": ["10690910618", "10690910618"],
    "cmb": ["95555", "10693495555"], "icbc": ["95588", "1069095588"], "ccb": ["95533", "106980095533"],
    "cgb": ["95508", "106980095508"], "nbcb": ["95574", "1069095574"], "jsb": ["95319", "1069095319"],
    "grcb": ["95313", "1069095313"], "ctbc": ["中國信託", None], "hsbchk": ["HSBC", None], "qf": ["10100360", "1069036099"],
    "xc": ["95010", "1069095010"], "cib": ["95561", "1069095561"], "citic": ["95558", "106575595558"],
    "bocom": ["95559", "1069095559"], "pab": ["95511", "1069095511"], "abc": ["95599", "1069095599"],
    "psbc": ["95580", "1069095580"], "cathay": ["國泰世華", None], "bochk": ["中銀香港", None],
    "sn": ["95177", "106902995177"], "bos": ["95594", "1069095594"], "yqg": ["1069063686", "1069063686"],
    "jx": ["1069012080", "1069012080"], "zy": ["1069018955800", "1069018955800"], "he": ["1069001877", "1069001877"],
    "hangseng": ["恒生銀行", None], "taishin": ["台新銀行", None], "bob": ["95526", "1069095526"],
    "mi": ["1069010056", "1069010056"], "ceb": ["95595", "1069095595"], "spdb": ["95528", "1069095528"],
    "cmbc": ["95568", "1069095568"], "hxb": ["95577", "106980095577"], "boc": ["95566", "1069095566"],
    "cqrcb": ["966866", "10690966866"], "srcb": ["021962999", "1069096299"], "czrcb": ["1069096006", "1069096006"],
}

BASES = []


def B(family, scen, key, text, channel="sms", role="客服"):
    BASES.append(dict(family=family, scen=scen, key=key, text=text.strip(), channel=channel, role=role))


# ------------------------------------------------------------------ overdue notices: line frozen / suspended / closed
S = "overdue-line-frozen"
B("overdue_notice", S, "alipay", "【支付宝】你的花呗本期账单{amt}元已逾期{days}天，花呗额度已冻结，暂时不能用花呗付款。请打开支付宝搜“花呗”完成还款，还清后额度一般在1-3个工作日内自动恢复。逾期信息将按规定报送征信。")
B("overdue_notice", S, "jd", "【京东金融】尊敬的{name}，您的白条账单{amt}元已逾期{days}天，白条额度已被冻结，期间无法使用白条下单。请登录京东金融App-白条-立即还款，还款后额度陆续恢复；持续逾期将影响您的个人信用记录。")
B("overdue_notice", S, "mt", "【美团借钱】您{date}应还的{amt}元至今未还，已逾期{days}天，美团借钱额度已冻结。请通过美团App-我的-借钱-还款处理，切勿向任何个人转账。逾期信息将依法报送金融信用信息基础数据库。")
B("overdue_notice", S, "dxm", "【度小满】{name}您好，您在有钱花的借款逾期{days}天，未还金额{amt}元，借款功能已冻结。请登录度小满App-有钱花-还款，全部还清后系统会重新评估可借额度。逾期期间按合同计收罚息，并上报征信。")
B("overdue_notice", S, "ms", "安逸花提醒：您{date}到期的{amt}元仍未归还，逾期期间额度冻结、无法借款。请在安逸花App“还款”页自行还款，到账后24小时内解冻。我司不会委托任何人收取现金或私下转账。【马上消费金融】")
B("overdue_notice", S, "fql", "【分期乐】您的账单{amt}元已逾期{days}天，乐花卡与借款额度均已冻结。请登录分期乐App-还款中心处理，还款成功后额度经审核解冻。分期乐仅通过App及绑定银行卡收款，不会让您转入个人账户。")
B("overdue_notice", S, "qf", "【奇富借条】您的借款已逾期{days}天，剩余应还{amt}元，借条额度已冻结。请在奇富借条App内还款。提醒：我们从不以“注销账户”“清空额度”为由要求转账，遇此类来电请直接挂断。")
B("overdue_notice", S, "icbc", "【工商银行】尊敬的客户，您尾号{tail}的工银信用卡欠款{amt}元已逾期，卡片额度已冻结。请尽快还款，还清后可通过工银e生活App或95588申请恢复额度。")
B("overdue_notice", S, "cgb", "【广发银行】您尾号{tail}的广发卡逾期欠款{amt}元，账户已冻结。逾期持续的，我行将依约委托合作机构催收并依法追究法律责任。请通过发现精彩App或本人借记卡还款，切勿转入他人账户。")
B("overdue_notice", S, "jsb", "【江苏银行】尊敬的客户，您的随e融授信因借款逾期已冻结，逾期金额{amt}元。请通过江苏银行手机银行归还，归还后额度将按规定恢复。客服95319。")
B("overdue_notice", S, "xyxf", "【兴业消费金融】您好，您的家庭消费贷合同尾号{tail}已逾期{days}天，欠款{amt}元。您的循环额度现已冻结，请通过兴业消费金融App办理还款，逾期超过90天的，我司将依法向法院起诉。")
S = "overdue-line-suspended"
B("overdue_notice", S, "alipay", "【支付宝】借呗提醒：你{date}到期的借款{amt}元未按时还款，借呗已暂停借款服务。请在借呗页面点“立即还款”，结清逾期金额后可重新评估额度。如有疑问请拨打95188。")
B("overdue_notice", S, "mt", "【美团】您{month}月的美团月付账单{amt}元已逾期，月付暂停使用，外卖和到店订单暂时不能选月付。去美团App“我的-钱包-月付”还清后，次日即可恢复。")
B("overdue_notice", S, "webank", "【微众银行】您的微粒贷借据尾号{tail}已逾期{days}天，应还{amt}元（含罚息）。微粒贷额度已暂停，请在微信-微粒贷页面还款，结清后可申请恢复。客服95384。")
B("overdue_notice", S, "wxpay", "【微信支付】你的分付账单{amt}元已逾期，分付已暂停使用。可在微信“我-服务-钱包-分付”中还款，还款后分付自动恢复。请勿相信声称可“代为处理分付”的任何人员。")
B("overdue_notice", S, "dy", "【抖音月付】你的月付账单已逾期{days}天，待还{amt}元，月付功能已暂停。请在抖音App“我-钱包-月付”中还款，还清后恢复使用，逾期记录可能影响个人征信。")
B("overdue_notice", S, "zyxf", "【中银消费金融】尊敬的客户：您的新易贷合同尾号{tail}已逾期{days}天，逾期本息{amt}元，我司已暂停您的循环额度。请于{date}前通过中银消费金融App或还款卡足额还款，逾期信息将如实报送征信系统。")
B("overdue_notice", S, "nbcb", "【宁波银行】您在我行的白领通贷款逾期{days}天，应还{amt}元，贷款额度已暂停使用。请于{date}前存入尾号{tail}的还款账户，我行将自动扣收。详询95574。")
B("overdue_notice", S, "grcb", "【广州农商银行】您的太阳信用贷（借据尾号{tail}）已逾期，欠款{amt}元，授信额度暂停使用。请到我行网点或广州农商银行App还款，逾期将影响个人信用记录。")
B("overdue_notice", S, "xc", "携程金融提醒您：拿去花账单{amt}元已逾期，拿去花暂停使用，订机票酒店时暂不能选拿去花付款。请在携程旅行App-我的钱包-拿去花中还款。【携程金融】")
B("overdue_notice", S, "ctbc", "【中國信託】您的信用卡（末四碼{tail}）已逾期{days}天，應繳金額NT${amt_tw}，卡片已暫停使用。請透過中國信託行動銀行、ATM或超商繳款，繳清後可來電客服恢復卡片。")
S = "overdue-card-closed"
B("overdue_notice", S, "zl", "【招联金融】您的好期贷借款逾期{days}天，应还{amt}元。根据合同约定，您的招联额度已关闭。如继续拖欠，我司将依法追究法律责任并保留起诉权利。请通过招联金融App还款，客服95786。")
B("overdue_notice", S, "cmb", "【招商银行】您尾号{tail}的信用卡已逾期{days}天，欠款{amt}元，卡片已止付。还清最低还款额后可致电95555申请恢复用卡，请通过掌上生活App或招行网点还款。")
B("overdue_notice", S, "ccb", "【建设银行】您尾号{tail}的龙卡信用卡逾期超过{days}天，我行已对该卡停止使用并将逾期信息报送人民银行征信系统。请尽快通过建行手机银行还款，结清后可申请解除止付。")
B("overdue_notice", S, "hsbchk", "【滙豐香港】閣下信用卡（尾號{tail}）之最低還款額HK${amt_hk}已逾期未付，信用卡戶口已暫停使用。請透過HSBC HK App或網上理財還款；還款後如需恢復戶口，請致電本行客戶服務熱線。")
B("overdue_notice", S, "cqrcb", "【重庆农商行】尊敬的客户，您的渝快贷已逾期{days}天，因多次催告未还，我行已关闭该笔授信，剩余本息{amt}元须一次结清。请到渝快贷页面或任一网点还款，否则我行将依法起诉。")
B("overdue_notice", S, "cmbc", "【民生银行】您尾号{tail}的信用卡因连续三期未还款，我行已终止该卡使用并关闭额度，当前欠款{amt}元。请通过全民生活App还款；账户结清前，逾期记录将持续报送征信。")

# ------------------------------------------------------------------ repayment confirmations and settlements
S = "settled-self-close"
B("repayment_ok", S, "alipay", "【支付宝】你已还清花呗全部账单，当前没有待还金额。如不再需要花呗，可在“花呗-设置-关闭花呗”自己操作，关闭不收任何费用，也不需要任何人协助。")
B("repayment_ok", S, "alipay", "【支付宝】借呗借款{amt}元已全部结清，谢谢你按时还款。借呗长期不用也不收费；如仍想关闭，在借呗页面右上角“设置”里自行操作即可。")
B("repayment_ok", S, "zl", "【招联金融】尊敬的{name}，您的好期贷合同尾号{tail}已全部结清，结清金额{amt}元。可在招联金融App申请开具结清证明；如需注销账户，请在App“我的-设置-注销账户”办理，全程免费。")
B("repayment_ok", S, "dxm", "【度小满】您的有钱花借款已提前结清，实还{amt}元，利息按实际使用天数计算。如不再使用借款服务，可在度小满App“设置-账户与安全”中自行关闭。")
B("repayment_ok", S, "wxpay", "【微信支付】分付欠款已全部还清。若你不想继续使用分付，可进入“分付-右上角设置-关闭分付”，关闭后可随时重新申请。")
B("repayment_ok", S, "fql", "【分期乐】您名下分期订单已全部结清。如不需要继续使用，可在分期乐App“设置-账号与安全-注销账号”自助注销，注销前请下载好结清凭证。")
B("repayment_ok", S, "citic", "【中信银行】您于{date}还款{amt}元，尾号{tail}信用卡账户已无欠款。按您的销卡申请，该卡将于还清45天后自动销户，期间产生的溢缴款将退回您本人借记卡。")
B("repayment_ok", S, "bocom", "【交通银行】您尾号{tail}的信用卡已于{date}完成销卡，账户已结清，无未还款项。溢缴款{small}元已退回您尾号{tail2}的本人借记卡。")
B("repayment_ok", S, "abc", "【中国农业银行】尊敬的客户，您尾号{tail}的网捷贷已于{date}全额归还，贷款账户已关闭。感谢您对农行的支持。")
B("repayment_ok", S, "bochk", "【中銀香港】閣下之信用卡賬戶（尾號{tail}）已全數清還，結欠為零。閣下早前申請取消此卡，賬戶將於處理完成後正式關閉，毋須另行繳付任何費用。")
B("repayment_ok", S, "bos", "【上海银行】您申请的尾号{tail}信用卡销户已办理完成，销户前欠款已结清，后续不会再产生年费或账单。")
B("repayment_ok", S, "jx", "【捷信】{name}，您的捷信分期合同（尾号{tail}）最后一期{amt}元已还，合同已结清关闭。结清证明可在捷信金融App“我的合同”中查看。")
B("repayment_ok", S, "cathay", "【國泰世華】您的信用卡（末四碼{tail}）已繳清全部款項，謝謝您。如需停用卡片，請透過CUBE App或客服專線辦理；本行不會以電話要求您解除分期或轉帳至他人帳戶。")
B("repayment_ok", S, "pab", "【平安银行】您的新一贷贷款（合同尾号{tail}）已于{date}结清，本合同终止。结清信息将于下一报送周期更新到您的征信报告。")
S = "settled-line-restored"
B("repayment_ok", S, "jd", "【京东金融】您的白条逾期账单已全部还清，白条额度已恢复，可正常使用。如需关闭白条，请在京东金融App“白条-设置”中操作，京东不会致电要求您注销白条。")
B("repayment_ok", S, "mt", "【美团】您已还清美团月付欠款{amt}元，月付已恢复使用。感谢您的守约。")
B("repayment_ok", S, "webank", "【微众银行】您的微粒贷逾期借据已全部还清，逾期状态已解除，额度已恢复，可在微信内正常借款。")
B("repayment_ok", S, "ms", "【马上消费金融】您的安逸花欠款{amt}元已还清，此前因逾期冻结的额度已解冻。如发现非本人操作的还款记录，请通过安逸花App在线客服核实。")
B("repayment_ok", S, "zyxf", "【中银消费金融】尊敬的客户，您的逾期欠款{amt}元已全部结清，账户已恢复正常，我司已停止一切催收。")
B("repayment_ok", S, "dy", "【抖音月付】你的月付账单{amt}元已还清，月付已解除暂停，可以继续使用。")
B("repayment_ok", S, "cib", "【兴业银行】您尾号{tail}的信用卡欠款已于{date}全部还清，卡片额度已恢复。如计划销卡，请通过好兴动App或致电95561办理。")
B("repayment_ok", S, "sn", "【苏宁消费金融】您的任性付逾期款{amt}元已还清，任性付额度已恢复，冻结已解除。")
B("repayment_ok", S, "nbcb", "【宁波银行】尊敬的客户，您尾号{tail}信用卡逾期款{amt}元已于{date}还清，卡片已解除止付，可正常使用。")
B("repayment_ok", S, "yqg", "【洋钱罐】您的借款已全部结清，额度已恢复。结清凭证可在App“我的-结清证明”下载，请勿相信代开结清证明的收费服务。")
B("repayment_ok", S, "psbc", "【邮储银行】您的邮享贷借款{amt}元已于{date}结清，贷款合同终止，授信额度恢复可用。")

# ------------------------------------------------------------------ auto-debit results: refunds, reversals, shortfalls
S = "wrong-debit-refund"
B("autodebit_result", S, "cmb", "【招商银行】您尾号{tail}信用卡{date}的自动还款因系统原因重复扣款{amt}元，多扣款项已原路退回您尾号{tail2}的借记卡，预计1-3个工作日到账，无需您做任何操作。")
B("autodebit_result", S, "alipay", "【支付宝】花呗自动还款时从你的余额宝多扣了{small}元，已原路退回，给你带来不便很抱歉。整个过程无需你操作，如有人来电要你“退回多扣款”，请不要理会。")
B("autodebit_result", S, "jd", "【京东金融】您的白条账单自动还款重复代扣{small}元，京东金融已于{date}退回至原扣款银行卡，请注意查收。")
B("autodebit_result", S, "mt", "【美团】您的月付自动扣款出现重复扣款{small}元，系统已原路退回到扣款银行卡，到账时间以银行处理为准。")
B("autodebit_result", S, "ccb", "【建设银行】您尾号{tail}的账户于{date}被误扣快贷还款{amt}元，经核查为系统重复扣收，该笔款项已冲正退回原账户。")
B("autodebit_result", S, "zy", "【中邮消费金融】因扣款通道故障，您{date}的还款被重复扣收{small}元，我司已发起退款，将退回您尾号{tail}的银行卡，3个工作日内到账。")
B("autodebit_result", S, "mi", "【天星金融】随星借本期自动扣款多扣{small}元，已于{date}退回至尾号{tail}银行卡。本期账单已结清，无需再还。")
B("autodebit_result", S, "boc", "【中国银行】您尾号{tail}的中银信用卡本期自动还款已足额扣收{amt}元。此前误收的分期手续费{small}元已冲回信用卡账户，将在下期账单体现。")
S = "shortfall-retry"
B("autodebit_result", S, "dxm", "【度小满】您{date}的有钱花自动扣款失败，原因：尾号{tail}银行卡余额不足，应还{amt}元。系统将在今天18:00再次扣款，请保证卡内余额充足，或在度小满App主动还款。")
B("autodebit_result", S, "webank", "【微众银行】今日微粒贷扣款未成功，尾号{tail}银行卡余额不足，仍需还款{amt}元。请在今日24点前存入，系统晚间再次扣款；也可打开微信微粒贷主动还款。")
B("autodebit_result", S, "zl", "【招联金融】您的好期贷本期应还{amt}元，自动扣款仅扣到{part}元，尚余{rest}元。我司将于明日再次从尾号{tail}银行卡扣款，请确保余额充足。")
B("autodebit_result", S, "citic", "【中信银行】您尾号{tail}的信用卡本期自动还款仅扣到{part}元，尚欠最低还款额{rest}元，请于到期日前补足，以免产生逾期记录。")
B("autodebit_result", S, "ceb", "【光大银行】您尾号{tail}信用卡约定还款扣款{amt}元未成功（借记卡状态异常），请更换约定还款账户或通过阳光惠生活App还款。")
B("autodebit_result", S, "he", "【海尔消费金融】您的够花借款本期代扣失败，待还{amt}元，系统将在还款日后3天内每天自动重试。")
B("autodebit_result", S, "hangseng", "【恒生銀行】閣下信用卡自動轉賬還款未能成功（戶口結餘不足），應繳款額HK${amt_hk}。請於到期日前以其他方式還款，以免產生逾期費用。")
B("autodebit_result", S, "bob", "【北京银行】您尾号{tail}的京e贷还款账户余额不足，今日扣款失败，欠款{amt}元。逾期罚息将在补足资金后一并扣收，请尽快存入。")

# ------------------------------------------------------------------ bills and due reminders: fee waivers, replaced cards
S = "bill-fee-waiver"
B("bill_statement", S, "cmb", "【招商银行】您尾号{tail}信用卡{month}月账单：本期应还{amt}元，最低还款{min}元，到期还款日{date}。本年度已刷卡满6次，次年年费已免除。")
B("bill_statement", S, "icbc", "【工商银行】您的工银信用卡尾号{tail}本期账单金额{amt}元，还款日{date}。您本年度消费已达标，年费{fee}元免收。")
B("bill_statement", S, "citic", "中信银行信用卡账单提醒：尾号{tail}本期应还{amt}元，请在{date}前还款。该卡年费按刷卡次数减免，本年度还需刷{k}次即可免年费。【中信银行】")
B("bill_statement", S, "spdb", "【浦发银行】您浦发信用卡尾号{tail}本期应还{amt}元，到期日{date}。上期已收取的年费{fee}元已按积分兑换减免，并退回至卡账户，在本期账单中抵扣。")
B("bill_statement", S, "bocom", "【交通银行】您的交行信用卡{month}月账单已出，应还{amt}元，最低{min}元，还款日{date}。年费{fee}元因本年消费达标已返还至账户。")
B("bill_statement", S, "alipay", "【支付宝】你的花呗{month}月账单已出，本期应还{amt}元，最后还款日{date}。花呗没有年费，也不收开通或关闭费用。")
B("bill_statement", S, "cathay", "【國泰世華】您的信用卡{month}月帳單已出，本期應繳NT${amt_tw}，最低應繳NT${min_tw}，繳款截止日{date}。本卡首年免年費，次年刷卡滿6次即免。")
B("bill_statement", S, "bochk", "【中銀香港】閣下信用卡月結單已發出：結欠HK${amt_hk}，最低還款額HK${min_hk}，到期日{date}。本年度年費已獲豁免。")
B("bill_statement", S, "czrcb", "【常熟农商银行】您尾号{tail}信用卡本期账单{amt}元，最低还款{min}元，到期日{date}。首年年费已免收，今后每年消费满5笔可继续免收。")
S = "bill-card-replaced"
B("bill_statement", S, "cmbc", "【民生银行】您的信用卡{month}月账单：应还{amt}元，到期日{date}。原卡已到期，新卡（尾号{tail2}）已寄出，激活新卡后旧卡将自动关闭，账户与欠款不变。")
B("bill_statement", S, "pab", "【平安银行】您平安信用卡尾号{tail}账单：应还{amt}元，{date}到期。旧卡有效期已满，新卡已寄出，旧卡将于{date2}起停用，额度及欠款转入新卡。")
B("bill_statement", S, "fql", "【分期乐】您的乐花卡有效期已满，已为您换发新卡，原卡号已注销。本期账单{amt}元照常出账，还款日{date}，请在分期乐App内还款。")
S = "due-card-replaced"
B("due_reminder", S, "ccb", "【建设银行】您尾号{tail}的龙卡信用卡将于{date}到期还款，应还{amt}元。原卡到期已换发新卡（尾号{tail2}），旧卡已注销，还款方式不变，请按时还款。")
B("due_reminder", S, "ceb", "【光大银行】温馨提示：尾号{tail}信用卡本期应还{amt}元，还款日{date}。您名下旧卡（尾号{tail2}）已于上月到期关闭，欠款已并入新卡账户。")
B("due_reminder", S, "cgb", "【广发银行】提醒：您广发卡本期应还{amt}元，{date}到期。卡片到期已寄送新卡，新卡激活前请勿剪旧卡，还款账户不变。")
B("due_reminder", S, "hxb", "【华夏银行】您尾号{tail}信用卡因损坏补发的新卡已寄出，原卡已关闭。本期账单{amt}元仍需在{date}前还清。")
B("due_reminder", S, "jsb", "【江苏银行】您的信用卡到期换卡已完成，新卡尾号{tail2}。本期应还{amt}元，还款日{date}，请勿再使用旧卡消费。")
B("due_reminder", S, "srcb", "【上海农商银行】您尾号{tail}的信用卡账单{amt}元将于{date}到期。因卡片挂失补办，原卡已停用，新卡到手后需激活，欠款按原账单还款。")
S = "due-fee-waiver"
B("due_reminder", S, "cib", "【兴业银行】您尾号{tail}信用卡明天到期还款{amt}元；您申请的年费减免已审核通过，本年度年费{fee}元不再收取。")
B("due_reminder", S, "psbc", "【邮储银行】您尾号{tail}信用卡{date}到期还款，应还{amt}元。首年免年费，次年起刷满5次同样免收。")
B("due_reminder", S, "jd", "【京东金融】您的白条{amt}元将于{date}到期，请提前在京东金融App还款。白条无年费、无开通费，关闭也不收费。")
B("due_reminder", S, "dy", "【抖音月付】本期月付账单{amt}元将于{date}到期，请保持抖音支付绑定银行卡余额充足，到期将自动扣款。")
B("due_reminder", S, "taishin", "【台新銀行】您的信用卡本期應繳NT${amt_tw}，繳款截止日{date}。本年度已符合免年費條件，年費將自動減免。")

# ------------------------------------------------------------------ calls (A = lender / collector, B = the customer)
S = "collect-official-app-only"
B("collection", S, "jd", """
A：您好，这里是京东金融贷后服务中心，请问是{name}本人吗？
B：是我，什么事？
A：您白条有一笔{amt}元的账单逾期{days}天了，现在白条额度是冻结状态。
B：前两天有人打电话说能帮我把白条注销，欠款一笔勾销，是你们的人吗？
A：不是我们。京东不会打电话让您注销白条，也没有什么清空欠款的说法。还款只在京东金融App白条页面操作，不要给任何个人转账。
B：那我今天在App里还。
A：好的，还上之后额度会陆续恢复。逾期记录是按规定报送征信的，请尽快处理。
""", "call", "客服")
B("collection", S, "zl", """
A：{name}您好，我是受招联消费金融委托的催收专员，工号{job}。您的好期贷已经逾期{days}天，欠款{amt}元。
B：我知道，手头紧，有人说可以帮我协商停息，要先交点服务费。
A：那种都是骗子。您的账户只有招联自己能处理，如果确实困难，可以在招联金融App里提交还款困难申请，或者打95786。我们不收任何服务费。
B：那我要还钱的话还到哪里？
A：只通过招联金融App还款，或者App里绑定的本人银行卡自动扣款。任何让您转到个人卡或者对公账户的，都不是我们。
B：好，我这周内还一部分。
""", "call", "催收员")
B("collection", S, "alipay", """
A：喂您好，我们是受重庆蚂蚁消费金融委托的贷后服务机构，跟您核实一下花呗欠款的事，请问是{name}吗？
B：对，是我。
A：您的花呗账单{amt}元逾期了，目前花呗已经冻结，用不了。
B：我昨天接到个电话，说我花呗利率不合规，要帮我关闭花呗，让我先把额度套出来。
A：这个千万别信。花呗要关闭您自己在支付宝里就能操作，不需要任何人帮忙，更不需要借钱转账。您现在要做的就是在支付宝里把逾期的账单还上。
B：明白了，还上额度能恢复吗？
A：还清后一般一到三个工作日恢复，您可以在花呗页面查看。
""", "call", "专员")
B("collection", S, "mt", """
A：您好，这里是美团金融服务中心，您美团借钱有一笔{amt}元的借款逾期{days}天了，额度已经冻结。
B：我前几天接到短信，说帮我清空借钱记录，还能把利息退回来。
A：美团不会发这样的短信，所谓清空记录、退利息都是诈骗。您的还款只能在美团App“我的-钱包-借钱”里面操作。
B：那逾期会上征信吗？
A：会的，逾期信息按规定报送，所以建议您尽快还清。还清后额度会重新评估。
B：行，我晚上还。
""", "call", "客服")
B("collection", S, "fql", """
A：{name}您好，我这边是受分期乐委托的贷后专员，工号{job}，您的分期乐账单{amt}元已经逾期{days}天了。
B：你们怎么证明是分期乐的？
A：您可以挂了电话自己打开分期乐App，在“消息中心”能看到我们的委托通知，也可以打分期乐官方客服核实。
B：那我在App里还就行了是吧？
A：对，只在分期乐App里还，我们不会让您转到任何个人账户。另外最近有冒充我们的人说可以帮您注销账户、消除逾期，不要信。
B：好，知道了。
""", "call", "催收员")
B("collection", S, "ms", """
A：您好，我是马上消费金融的贷后客服，您的安逸花欠款{amt}元逾期了，账户目前冻结。
B：我正想问，有个律师说可以帮我起诉你们利息太高，让我别还了。
A：这种说法您要谨慎。您的借款是按合同约定的利率，如果对费用有疑问，可以在安逸花App在线客服或者官方客服电话提出，我们会核查。但是欠款不还，逾期会影响征信，严重的我司会依法起诉。
B：那我先还最低的行吗？
A：您可以在App里申请分期方案，审批结果以App显示为准，不要通过别人办理。
""", "call", "客服")
B("collection", S, "citic", """
A：您好，这里是中信银行信用卡中心，您尾号{tail}的信用卡欠款{amt}元逾期了，卡片已经止付。
B：有人打电话说是你们银行的，说卡被冻结了，要我把钱转到一个安全账户解冻。
A：那不是我们。我行不会让客户转账到任何所谓安全账户，解除止付也不收费。您只需要通过动卡空间App或者本人借记卡还款。
B：还了之后卡能用吗？
A：还清最低还款额后，您可以打95558申请恢复用卡，审核通过就能用。
""", "call", "客服")
B("collection", S, "dxm", """
A：喂您好，这里是度小满客服，跟您确认有钱花借款的事，借款{amt}元已经逾期{days}天了。
B：我以为我已经把账户注销了，有人帮我弄的。
A：您说的那个人不是我们的工作人员。您的借款还在，没有注销，也不存在别人帮您注销就不用还的情况。请您自己登录度小满App看一下借款记录。
B：那我之前给他转的钱呢？
A：那笔钱我们没有收到，建议您尽快报警，拨打110或者反诈专线96110。欠款请在度小满App里还。
""", "call", "客服")
B("collection", S, "zyxf", """
A：您好，我是受中银消费金融委托的催收公司工作人员，工号{job}，您的新易贷逾期{days}天了，欠款{amt}元。
B：你们是不是要起诉我？
A：如果长期不还，中银消费金融有权依法起诉。目前还在协商阶段，您可以在中银消费金融App里还款，或者在App里申请个性化分期。
B：我能转给你吗？
A：不行，我们不收款，所有还款都进中银消费金融自己的渠道。谁让您转到个人账户都别转。
""", "call", "催收员")
B("collection", S, "cgb", """
A：您好，这里是广发银行信用卡中心委托的贷后服务机构，工号{job}，请问是{name}吗？您尾号{tail}的广发卡欠款{amt}元，已经逾期{days}天，卡片目前冻结。
B：我朋友介绍了个公司，说交三千块就能帮我把信用卡逾期清掉，还能把卡关闭不用还了。
A：没有这种事，欠款不会因为谁帮您“关闭”就消失，交了钱反而可能被骗。您有困难可以在发现精彩App申请分期，或者致电95508协商。
B：那还款是还到你们公司吗？
A：不是，我们不收任何款项，您只还到自己的广发卡账户，用发现精彩App或者本人借记卡都可以。
""", "call", "专员")
S = "call-line-frozen"
B("overdue_notice", S, "webank", """
A：您好，这里是微众银行客服，您的微粒贷有一笔借据逾期{days}天，额度已经暂停了。
B：我看微信里微粒贷点不进去了，是冻结了吗？
A：是逾期后暂停借款，还款入口还是可以用的。您在微信微粒贷页面点“还款”就行，还清之后可以申请恢复额度。
B：要不要交解冻费？
A：不需要任何费用。如果有人说交解冻费、验证费，那都是诈骗。
""", "call", "客服")
B("overdue_notice", S, "pab", """
A：您好，这里是平安银行信用卡中心，您尾号{tail}的信用卡已经逾期{days}天，欠款{amt}元，卡片暂停使用了。
B：我下个月发工资才能还。
A：理解。逾期期间会产生违约金，并且逾期记录会报送征信。您可以在平安口袋银行App里申请分期还款，审批通过后按新的计划还款。
B：好的，我去App看看。
A：好的，办理只通过App或者95511，不要相信其他所谓代办。
""", "call", "客服")
S = "call-debit-refund"
B("autodebit_result", S, "cmb", """
A：您好，这里是招商银行信用卡中心，跟您说一下，您尾号{tail}的卡这个月自动还款被重复扣了一次，多扣了{amt}元。
B：啊，那怎么办？
A：我们已经发起退款，钱会原路退回您尾号{tail2}的借记卡，一到三个工作日到账，您不需要做任何操作，也不会有人向您要验证码或者让您转账。
B：好的，谢谢。
A：到账以后掌上生活App里也能看到冲正记录。
""", "call", "客服")
B("autodebit_result", S, "alipay", """
A：您好，支付宝客服，跟您确认一下，您今天花呗自动还款时余额宝余额不足，只扣到{part}元，还差{rest}元。
B：那我要补吗？
A：今天晚上系统会再扣一次，您也可以自己在花呗页面点还款。这个电话只是提醒，不需要您提供任何信息。
B：行，我晚点自己还。
""", "call", "客服")


# ------------------------------------------------------------------ rendering
HOMO = [("花呗", "花贝"), ("借呗", "借贝"), ("微粒贷", "微利贷"), ("白条", "百条"), ("征信", "正信"), ("逾期", "鱼期"),
        ("有钱花", "有钱华"), ("安逸花", "安逸华"), ("好期贷", "好期待"), ("冻结", "动结"), ("注销", "注消"),
        ("信用卡", "性用卡"), ("分期乐", "分期了"), ("账户", "帐户"), ("起诉", "起速"), ("催收", "吹收"),
        ("消费金融", "消费经融"), ("额度", "额渡")]
FILLERS = ["嗯", "啊", "那个", "就是", "呃", "喂", "对"]


def cn_amount(v):
    whole, cents = divmod(int(round(v * 100)), 100)
    out = common.cn_int(whole) + "块"
    if cents:
        out += common.CN[cents // 10] + "毛" + (common.CN[cents % 10] if cents % 10 else "")
    return out


def slots(base):
    tail, tail2 = common.card_tail(R), common.card_tail(R)
    amt = round(R.uniform(180, 32000), 2)
    part = round(amt * R.uniform(0.2, 0.7), 2)
    m = R.randint(1, 12)
    d = dict(
        name=R.choice(common.SURNAMES) + R.choice(["先生", "女士"]), tail=tail, tail2=tail2,
        amt=f"{amt:.2f}", small=f"{R.uniform(8, 900):.2f}", part=f"{part:.2f}", rest=f"{amt - part:.2f}",
        min=f"{amt * 0.1:.2f}", fee=str(R.choice([100, 200, 300, 480, 580, 600])), k=str(R.randint(1, 5)),
        days=str(R.choice([3, 5, 7, 12, 15, 21, 30, 35, 46, 60, 75, 92])), month=str(m),
        date=f"{m}月{R.randint(1, 28)}日", date2=f"{R.randint(1, 12)}月{R.randint(1, 28)}日",
        job=str(R.randint(1000, 99999)),
        amt_tw=f"{R.randint(2000, 180000):,}", min_tw=f"{R.randint(1000, 9000):,}",
        amt_hk=f"{R.uniform(500, 60000):,.2f}", min_hk=f"{R.uniform(200, 1500):,.2f}",
    )
    if base["channel"] == "call":
        if amt < 10000 and R.random() < 0.4:
            d["amt"] = cn_amount(amt)
        d["date"] = d["date"].replace("日", "号")
    return common.fill_slots(base["text"], d)


def asr(text):
    lines = [re.sub(r"^[^：\n]{1,6}：", "", ln).strip() for ln in text.split("\n") if ln.strip()]
    s = ""
    for ln in lines:
        if R.random() < 0.3:
            ln = R.choice(FILLERS) + ln
        s += ln + R.choice(["", " ", " ", "，"])
    mode = R.random()
    s = re.sub(r"[，。？！；：、“”（）]", lambda m: ("" if R.random() < 0.7 else " ") if mode < 0.5
               else (" " if R.random() < 0.6 else ""), s)
    for key, alt in HOMO:
        if key in s and R.random() < 0.5:
            s = s.replace(key, alt)
    return re.sub(r" {2,}", " ", s).strip()


def render(base, mode):
    text = slots(base)
    if base["channel"] == "call":
        if mode == "asr":
            return asr(text)
        return re.sub(r"(?m)^B：", "我：", re.sub(r"(?m)^A：", base["role"] + "：", text))
    return text


def sender(base):
    if base["channel"] == "call":
        snd = SND[base["key"]][0]
        return snd if snd and snd[0].isdigit() and R.random() < 0.6 else None
    return None if R.random() < 0.1 else R.choice(SND[base["key"]])


def main():
    pool = NearDuplicateIndex(corpus_texts(OUT.parent, exclude=OUT))
    rows, skipped = [], []
    for base in BASES:
        for mode in (["turns", "asr"] if base["channel"] == "call" else ["sms"]):
            for _ in range(6):
                text = render(base, mode)
                if pool.max_jaccard(text) < DEDUP:
                    break
            else:
                skipped.append((base["scen"], text[:40]))
                continue
            pool.add(text)
            flags = ["hard"] if any(w in text for w in HARDWORDS) else []
            rows.append(dict(text=text, label="genuine", channel=base["channel"], sender=sender(base),
                             family=base["family"], group=f"{base['family']}/gg-{base['scen']}", flags=flags,
                             key=base["key"]))
    common.write_rows(OUT, PREFIX, rows)
    fam, ch = {}, {}
    for r in rows:
        fam[r["family"]] = fam.get(r["family"], 0) + 1
        ch[r["channel"]] = ch.get(r["channel"], 0) + 1
    print(f"{len(rows)} rows {ch}, {len(BASES)} bases, {len({r['key'] for r in rows})} lenders, "
          f"{len({r['group'] for r in rows})} groups, hard {sum('hard' in r['flags'] for r in rows)}")
    print(fam)
    for s in skipped:
        print("skipped (near-duplicate):", *s)


if __name__ == "__main__":
    main()
