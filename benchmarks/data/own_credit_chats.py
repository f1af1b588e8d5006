"""A held-out test set, not training data: 206 private chats about the writers' OWN money and credit (label other).

    python benchmarks/data/own_credit_chats.py      # rewrites benchmarks/data/own_credit_chats.jsonl
    scamguard evaluate benchmarks/data/own_credit_chats.jsonl   # how many the shipped model calls scams

Written as corpus section `other_p` after red-team probes showed the model calling such chats scams, and measured:
in the corpus it lowered the held-out scam threshold (0.33 -> 0.28) and raised false alarms everywhere else (group
split genuine->scam 0.8 -> 1.0 %, other->scam 2.5 -> 3.0 %; certain real rows 1 -> 3 of 143), because these chats
share their words with the scams, as the closure confirmations beside it do. So it stays out of `corpus/` and
measures that weakness instead (README, Limits); its texts are kept below the corpus's near-duplicate bar.

The scam families borrow the words people use about their own debts: 征信, 逾期, 花呗, 借呗, 白条, 额度, 学生,
网贷, 注销, 关闭, 转给你, 还款, 起诉, 协商. The model had learnt those words as scam signals and called ordinary
chats scams. This section writes such chats between friends, family, classmates, colleagues and partners, by the
people themselves, all family `chat`:

  * credit reports   - checking one's own 征信 before a mortgage or car loan (bank app, 云闪付, a 人行 branch's
                       self-service machine), worrying about an old overdue record, friends' experience,
                       asking one's own bank about an 异议申请, refusing to be a relative's loan guarantor;
  * credit products  - 花呗 / 白条 / 月付 / 分付 limits going up or down, limits from student days, instalment
                       phones, closing one's own 花呗 or 月付 in the app after overspending, cancelling one's own
                       credit card through the bank, a 借呗 rate coupon nobody wants;
  * family money     - children paying a parent's bank loan or credit card, parents telling a child to stop using
                       网贷, siblings splitting a debt, partners sharing bills and owning up to a car loan;
  * friends' money   - lending to a known friend in an ongoing chat and asking for it back, 借条, AA bills,
                       转给你 / 微信转你 / 红包, returned transfers;
  * lenders          - complaints about genuine collection calls and overdue SMS from one's own lender, calls to
                       the bank's official hotline for 个性化分期 or 延期, a real lawsuit over one's own card debt;
  * scams heard of   - friends mocking or warning each other about 注销校园贷 / 关闭花呗 / 征信修复 / 停息挂账
                       calls, and about relatives who lost money to them;
  * student life     - 助学贷款 repayment, a lost 校园卡, a 学生卡 phone plan ending at graduation.
17 rows are phone calls (我：… / 妈：… turns, or one ASR-style run-on line without punctuation).

No text asks the reader to contact an agent, add a stranger's WeChat or QQ, click a link, download an app, share a
screen, move money to a "safe" account, borrow to clear a limit, pay a fee, or keep anything from the bank; a
friend who asks to borrow is a known friend in an ongoing conversation. Texts that tell a scam story may quote its
ask (会议软件, 屏幕共享, 验证码, 安全账户) as something the speaker refused; `check_text` lets only those scenarios
use those words and forbids links and mobile numbers in every text.

stdlib only, fixed seed, deterministic.  Writes benchmarks/data/own_credit_chats.jsonl.
Every base text below was written for this section by hand; slots fill only nicknames, amounts, dates, months,
limits, banks with their official hotlines, lenders, products, goods and shops. Each base text is rendered `n` times
(two or three for a message, one or two for a call; its ((a|b)) alternatives give each rendering other wording); a
candidate whose character 5-gram Jaccard with any accepted text of this section or any other corpus/*.jsonl
reaches 0.5, as written or with punctuation, spaces and emoji stripped, is re-drawn (up to six tries) and otherwise
dropped. A share of the SMS renderings is written the way people type chat: commas as spaces, no full stop, or an
emoji at the end. `hard` marks rows that carry the
scam vocabulary (征信, 逾期, 花呗, 借呗, 白条, 额度, 网贷, 注销, 关闭, 转给你, 还款, 起诉, 协商, 分期 ...).
"""
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "corpus" / "sources"), str(ROOT)]
import _common as common  # noqa: E402
from scamguard.corpus import NearDuplicateIndex, corpus_texts  # noqa: E402

SEED = 20260803
rng = random.Random(SEED)
CORPUS = ROOT / "corpus"
OUT = Path(__file__).resolve().with_suffix(".jsonl")
PREFIX = "oc"
TEXTS = corpus_texts(CORPUS)
POOL = NearDuplicateIndex(TEXTS)
BARE = NearDuplicateIndex(re.sub(r"[\W_]", "", t) for t in TEXTS)   # the same texts without punctuation, spaces, emoji
DEDUP = 0.5
TRIES = 6

# ---------------------------------------------------------------- slot values
NICKS = ["阿强", "老王", "婷婷", "小雨", "胖子", "阿杰", "老周", "佳佳", "大刘", "小敏", "浩子", "琳琳", "老陈", "晓东",
         "莉莉", "阿峰", "小胖", "二哥", "燕子", "老猫", "阿伟", "静静", "老白", "小宋"]
# banks as friends name them, with the official hotline
BANKS = [("招行", "95555"), ("建行", "95533"), ("工行", "95588"), ("农行", "95599"), ("中行", "95566"),
         ("交行", "95559"), ("广发", "95508"), ("浦发", "95528"), ("中信", "95558"), ("平安银行", "95511"),
         ("兴业", "95561"), ("光大", "95595"), ("民生", "95568"), ("邮储", "95580")]
LENDERS = ["招联", "马上消费", "中银消费金融", "安逸花", "分期乐", "拍拍贷", "360借条", "京东金条", "美团借钱",
           "微粒贷", "借呗", "度小满"]
PRODUCTS = ["花呗", "借呗", "白条", "美团月付", "抖音月付", "微信分付"]
# a platform and one of its own credit products
PLATFORM_PRODUCTS = [("支付宝", "花呗"), ("支付宝", "借呗"), ("京东金融", "白条"), ("京东金融", "金条"), ("美团", "美团月付"),
                     ("抖音", "抖音月付"), ("微信", "分付"), ("微信", "微粒贷")]
GOODS = ["手机", "笔记本", "空调", "洗衣机", "iPad", "冰箱", "电视", "扫地机", "相机"]
SHOPS = ["淘宝", "拼多多", "抖音", "京东", "小红书"]
PEOPLE = ["我们部门一个大姐", "隔壁办公室的小姑娘", "我大学同学", "我楼下邻居", "我一个远房表姨", "我们小区一个阿姨"]
KIDS = ["儿子", "闺女", "孩子", "外甥", "侄女"]
REPAIRS = ["洗白征信", "修复征信", "消除逾期", "删不良记录", "征信铲单"]
OCCASIONS = ["生日快乐🎂", "新婚快乐", "给宝宝的满月红包", "乔迁快乐", "毕业快乐🎓"]
FRIEND_AMOUNTS = [300, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 8000]
BIG_AMOUNTS = ["1万", "1万5", "2万", "3万", "5万", "8万", "两万", "三万", "四万多"]
CREDIT_LIMITS = ["5000", "6000", "8000", "1万", "1.2万", "1.5万", "2万", "3万"]
LOW_LIMITS = ["500", "800", "1000", "1500", "2000", "3000"]


def bill():
    """A bill or instalment: cents half the time, as friends copy it from the app or round it."""
    return common.amount(rng, 150, 6000, cents=rng.random() < 0.5)


def slots():
    bank, hot = rng.choice(BANKS)
    plat, pprod = rng.choice(PLATFORM_PRODUCTS)
    ppl = rng.randint(3, 8)
    each = rng.choice([rng.randint(35, 260), rng.randint(35, 260) + 0.5, round(rng.uniform(35, 260), 2)])
    return dict(
        fn=rng.choice(NICKS), bank=bank, hot=hot, lender=rng.choice(LENDERS), prod=rng.choice(PRODUCTS),
        plat=plat, pprod=pprod, item=rng.choice(GOODS), shop=rng.choice(SHOPS), who=rng.choice(PEOPLE),
        kid=rng.choice(KIDS), repair=rng.choice(REPAIRS), occasion=rng.choice(OCCASIONS),
        amt=str(rng.choice(FRIEND_AMOUNTS)), amt2=str(rng.choice(FRIEND_AMOUNTS)), big=rng.choice(BIG_AMOUNTS),
        bill=bill(), bill2=bill(), inst=common.amount(rng, 90, 800, cents=rng.random() < 0.5), share=str(rng.randrange(300, 2000, 10)), small=common.amount(rng, 12, 300), lim=rng.choice(CREDIT_LIMITS),
        lim2=rng.choice(LOW_LIMITS), months=str(rng.choice([3, 6, 6, 12, 12, 24, 36])),
        yr=str(rng.randint(2015, 2022)), days=str(rng.randint(2, 35)), day=f"{rng.randint(1, 28)}号",
        md=common.month_day(rng), fee=str(rng.choice([10, 20, 30, 50])),
        pct=rng.choice(["7.2%", "8.1%", "6.5%", "9%", "10.8%"]),
        ppl=str(ppl), aa=f"{each:g}", aatotal=f"{round(each * ppl, 2):g}",
    )


def sender(spec):
    """M = an ordinary mobile, N = none (a chat export or a saved contact)."""
    return common.mobile(rng) if rng.choice(spec.split("|")) == "M" else None


B = []   # (scenario, channel, kind, sender spec, n, template); kind s = SMS, d = call dialogue, a = ASR run-on


def add(scen, items, kind="s"):
    """items: (sender spec, n renderings, template)."""
    channel = "sms" if kind == "s" else "call"
    for snd, n, tpl in items:
        B.append((scen, channel, kind, snd, n, tpl.strip()))


# ================================================================ credit reports
add("mortgage-credit-check", [
    ("M|N", 2, "((下个月要去办房贷|我们准备下半年贷款买房|看中的那套房下周签合同))，((银行让先自己打一份征信看看|中介说先查下征信|"
              "客户经理让我先把征信报告拉出来))，((我在{bank}App上查了|今天去人民银行网点的自助机打了|在征信中心官网申请的))，"
              "((还好没有逾期|干干净净|就一条信用卡晚还了两天的记录，不知道影不影响))((。|～|，松了口气))"),
    ("M|N", 2, "{fn}，你们当时办房贷((征信查了几次|审批多久下来的|流水要几个月的))？我((最近网贷查询有点多|上半年申请了好几张信用卡|"
              "花呗开着好几个分期))，((怕影响审批|怕被拒|心里没底))((，有啥经验没|，你帮我分析下|😭))"),
    ("M|N", 2, "((不影响的|问题不大|别太担心))，((我那时候也有两次逾期|我老公征信上也有一次逾期|我也有过一回))，((都是五年前的|早就还清了|"
              "金额很小))，银行((就问了一句原因|让写了个情况说明|照样批了))。((你按时把现在的还好就行|关键是最近两年别逾期|"
              "主要看最近24个月))"),
])
add("car-loan-credit", [
    ("M|N", 3, "((车贷下来了！|4S店说车贷批了，|车贷审批过了😄))((首付{big}，分{months}期|月供{bill}|利率比我想的低))，((多亏去年把信用卡逾期那事处理干净了|"
              "征信没问题真好|之前还担心我那笔助学贷款会有影响))"),
    ("M|N", 2, "((买车的事先别急|车先缓缓吧|提车的事往后推推))，((我查了下自己征信|我拉了征信一看))，((上面还挂着一笔{yr}年的网贷|"
              "居然有个我忘了的小额贷款没结清|有张早不用的信用卡欠了年费逾期了))，((先把这个还了再说|我先打他们官方客服问清楚|"
              "先去结清了开个结清证明))"),
])
add("old-overdue-worry", [
    ("M|N", 2, "((问个事|求助|大家帮我看看))：我{yr}年((有张信用卡|借呗|白条))逾期过((两个月|一个多月|三次))，((后来全还了|第二个月就还清了|"
              "当时是失业了))，((现在征信上还能看到吗|这个记录要多久才消|现在想贷款会不会被拒))？"),
    ("M|N", 2, "((别信网上那些|网上说的那些))((花钱删逾期的|能修复征信的|能洗白征信的))((，都是骗人的|，全是骗子|，纯割韭菜))。"
              "((逾期还清满五年自己就不显示了|欠款还清后五年就不展示了|记录是真实的谁都删不了))，((征信中心官网写得很清楚|"
              "我专门问过银行柜台|我表哥就是这么等过来的))((。|！|，别交冤枉钱))"),
    ("M|N", 2, "((我跟你说|说真的|破案了))，我那笔逾期((是银行系统扣款失败|是换卡没绑上|是自动还款的卡余额不足))造成的，((打了{bank}客服{hot}|"
              "问了{bank}的客服{hot}))，((他们说可以出个非恶意逾期的说明|说可以提交异议申请，核实后会处理|让我带身份证去网点写个情况说明))，"
              "((不用找什么中介|一分钱不花|自己就能办))"),
    ("M|N", 2, "((征信打出来了|查完征信了))((，干干净净👌|，一条逾期都没有|，就是查询记录有点多))"),
])
add("credit-report-howto", [
    ("M|N", 3, "((怎么查自己征信啊|征信去哪查|想看下自己的征信报告))？((听说一年有两次免费|不想去网点排队|公司办贷款要用))((，在线等|🙏|))"),
    ("M|N", 2, "((云闪付里就能查|手机银行里有个征信查询|人民银行征信中心官网注册一下就行))，((一年两次免费|不要钱|十分钟就出来))，"
              "((别用那些乱七八糟的小程序|别去网上搜什么征信代查|别在来路不明的网站填身份证))((，不安全|，会泄露信息|，会被卖信息))"),
])
add("guarantor-refuse", [
    ("M|N", 3, "((我表弟|同事|我一个发小))((让我给他贷款做担保|想用我名字办网贷|想借我身份证去办分期))，((我拒绝了|我没答应|我说不行))，"
              "((征信是自己的|出了事我要还|他还不上就是我还))，((你也别给人担保|借名字贷款最坑|亲兄弟也不行))"),
])

# ================================================================ credit products
add("huabei-limit", [
    ("M|N", 2, "((我花呗额度|花呗))((突然|今天|莫名其妙))((从{lim}降到{lim2}了|被降到{lim2}|只剩{lim2}了))((，啥情况|😂|，是不是我最近用太少了|，心态崩了))"),
    ("M|N", 2, "((哈哈我花呗涨了|花呗提额了|花呗额度给我涨到{lim}了))((，支付宝自己提的|，都没申请|))((，但我不敢用|，忍住别买|，理智理智))((🙃|😅|))"),
    ("M|N", 2, "{fn}((你花呗多少额度|你们花呗额度多少|花呗额度你多少))？((我的一直是{lim2}|我只有{lim2}|我才{lim2}))，((好像是学生时候开的，一直没涨过|"
              "用了好几年都没动过|每期都按时还的啊))"),
])
add("baitiao-yuefu", [
    ("M|N", 2, "((双十一买的那台{item}|上个月买的{item}|给我妈买的{item}))((走的白条分{months}期|用的美团月付|京东白条分期))，((这个月要还{bill}|每月{bill}|"
              "一期{bill}))，((提醒我{day}还|记得提醒我啊|我设了自动还款))"),
    ("M|N", 2, "((我把抖音月付|我把美团月付|我把微信分付))((关了|在App里关掉了))，((一不小心就乱花|外卖全用它付|每个月都超支))，((关了清净|还清了直接关的|"
              "以后只用储蓄卡))"),
    ("M|N", 2, "((新手机|这台{item}))((分了{months}期免息|是花呗分期买的|白条12期免息))，((每月才{inst}|一个月一百多|一期{inst}，压力不大))，((反正免息不用白不用|"
              "按时还就行|我算过了不亏))，((别骂我|理性消费下次一定|别告诉我妈😂))"),
])
add("student-limit", [
    ("M|N", 3, "((信用卡是大二办的|大学时候办的那张学生卡|学生时期的信用卡))，额度((一直才{lim2}|还是{lim2}|几年都是{lim2}))，((毕业了打{bank}客服{hot}申请提额|"
              "想去网点改成普通卡|今天在App里申请调额了))，((看能不能涨|客服说要审核几天|不知道行不行))"),
    ("M|N", 2, "((我大学那会儿开的借呗|我上学时候开的花呗|大一开的那个白条))((还在|一直没关|还开着))，((额度{lim}|额度不高|现在也不用))，"
              "((要不要关了？|没欠钱应该不影响征信吧？|留着应急还是关掉？))"),
])
add("close-own-huabei", [
    ("M|N", 2, "((决定了|下定决心了|我今天干了件大事))：((把花呗关了|花呗关了|把花呗和借呗都关了))！((上个月账单{bill}|这个月又是{bill}|"
              "每个月工资一半还花呗))，((实在受不了|不能再这样了|越花越多))((。自己在支付宝里还清就能关|，还清后在支付宝设置里就能关|"
              "，自己点几下就关了))"),
    ("M|N", 2, "((你真要关花呗？|关花呗的话|关之前))((先把账单还清|要把分期都还完才能关|记得先把欠的还了))，((在支付宝里自己操作就行|"
              "支付宝自己就能关|不用找任何人))，((打电话说帮你关的都是骗子|别听那些说关了影响征信的|关了想用还能再开))((。|，放心))"),
    ("M|N", 2, "((昨晚又在{shop}下单了|刚又冲动消费了|手又欠了))，((花呗都快刷爆了|月付又用了{bill}|额度又见底了))，((谁来管管我|把我手机收了吧|"
              "我要卸载{shop}))((😭|🤦‍♀️|))"),
])
add("cancel-own-card", [
    ("M|N", 3, "((那张{bank}信用卡|不用的那张卡|那张一年没刷的卡))((我去柜台销了|我打{hot}销户了|在App上申请注销了))，((年费太坑|一年都没刷几次|"
              "卡太多管不过来))，((溢缴款退回储蓄卡了|欠款要先还清才能销|要等45天才彻底注销))"),
])
add("jiebei-rate", [
    ("M|N", 3, "((借呗给我发了张利率优惠券|借呗利率降到{pct}了|借呗年化变低了))，((不过我又不缺钱|但我不想借|我还是不借))，((留着吧|看看就好|"
              "别诱惑我))((😂|))"),
])

# ================================================================ family money
add("child-pays-parent-loan", [
    ("M|N", 2, "((妈|爸|老妈))，((你那笔{bank}的贷款|你信用卡这个月的|家里那笔装修贷))((我已经帮你还了|我从手机上给你还了|钱我转进卡里了))，"
              "((一共{bill}|{bill}))，((你不用去银行跑了|你别操心了|收到还款成功的短信就对了))"),
    ("M|N", 2, "((我爸|我妈|老爸))的信用卡((每个月都是我在还|账单发我手机上了|我帮着管))，((老人家不会用手机银行|怕自己弄错|眼睛不好看不清))，"
              "((我绑了自动还款|我每月{day}还一下|我设了提醒))，((省得逾期|免得上征信|免得被骗子钻空子))"),
    ("M|N", 2, "((儿子|闺女|宝))，((银行发短信说我那个贷款|短信说卡里))((差{bill}|这个月要扣{bill}))，((我不会弄|看不懂))，((你有空帮我看看|"
              "你回来帮我弄一下|你打电话跟我说说))，((别是骗子的短信吧|是不是真的|是95开头的号码发的))"),
])
add("parent-stop-wangdai", [
    ("M|N", 2, "((网贷|那些借钱的App))((赶紧都还了|别再借了|一个都别碰了))，((差多少跟家里说|钱不够妈给你|缺钱跟妈说))，((利息那么高|越滚越多|"
              "借这个还那个没完没了))((，别让我操心|，听话|。))"),
    ("M|N", 2, "((你爸看到你手机上装了|你爸说你手机上有|你妈说你手机里有))((好几个借钱的App|一堆借钱的App))，((到底欠了多少|欠了多少给个数))，((咱们一起算算|"
              "我们帮你一起还|全家商量着来))，((先把App卸了|以后别碰了|别瞒着家里))"),
    ("M|N", 2, "((妈我知道了|晓得了妈|妈 你放心))，((网贷就剩最后一笔了|还剩最后一笔{bill}|就剩两期了))，((下个月发工资就结清|这个月{day}就还清|"
              "年前肯定还完))，((以后真不借了|借呗我也关了|App都删了))((🙏|，在也不借了|))"),
])
add("siblings-split-debt", [
    ("M|N", 3, "((哥|姐|老弟))，((爸住院借的那{big}|爸妈翻新房子贷的那笔|妈看病刷的信用卡))，((咱俩一人一半吧|我算了下每人每月{share}|三个人分一下))，"
              "((你那份{day}前转给我|我这个月先还|我直接还到银行))，((还款记录我截图发群里|账我都记着|有凭证))"),
    ("M|N", 2, "((我这个月手头紧|这个月孩子交学费|这个月车险到期))，((家里那笔贷款|爸的那笔|房子那笔))((能不能下个月再补给你|我那份晚几天|"
              "我先出一半行不))？((实在不好意思|保证{day}前|发了工资第一时间转你))"),
])
add("couple-finances", [
    ("M|N", 2, "((老婆|老公|亲爱的))，((这个月信用卡账单{bill}|这个月家里开销{bill}))((我还了|我已经还完了))，((你那张花呗自己还下|"
              "房贷{day}扣，卡里记得留钱|你那边的白条别忘了))((～|💕|))"),
    ("M|N", 2, "((结婚前|领证前))((想跟你说清楚|我要坦白一下))，((我还有一笔{big}的车贷|我大学时欠的网贷还剩{bill}|我有张信用卡还有分期))，"
              "((这半年能还完|每月还{bill2}|我自己会还的))，((不想瞒着你|你别生气啊))"),
    ("M|N", 2, "((说好了啊|就这么定了))，((以后每月各存{amt}|每月{day}一起记账))，((花呗不用了|信用卡只留一张|不准再分期))，((年底看看存了多少|"
              "谁违规谁洗碗))((😂|))"),
])
add("warn-parents-scam", [
    ("M|N", 3, "((爸妈|爸|妈))，((要是有人打电话说要关闭你的{prod}|有人说你的百万保障要扣费|有人说你卡被冻结了))，((直接挂|别理他|不要说话挂掉))，"
              "((什么都别点|别给他报验证码|别转钱))，((有事打给我|先给我打电话|问我再说))"),
    ("M|N", 2, "((妈|奶奶|姥姥))，((以后收到说你贷款逾期的短信|收到说要关什么账户的短信))，((先别慌|先别信))，((拿给我看|拍照发我))，"
              "((你又没借过钱|你又没开花呗))，((八成是骗子|肯定是假的))"),
])

# ================================================================ friends' money
add("lend-friend-ask-back", [
    ("M", 2, "{fn}，((上次借你的{amt}|三月份那{amt}|年前借你那{amt}))，((这个月方便的话还我下|月底能给我不|能先还一部分吗))？((我这边房租要交了|"
            "我信用卡也要还了|最近有点紧))((，不好意思催你|，不急的话就算了|))"),
    ("M", 2, "((钱收到了吗？|刚转你了，看下。|微信转你了，查收下。))((先还你{amt}|剩下的{amt2}下个月|一次还清了))，((谢了兄弟|真的谢谢|多亏你帮忙))((，改天请你吃饭|🙏|，有借有还))"),
    ("M|N", 2, "((跟你说个事|我想了想|烦))，(({fn}借我的那{amt}|借老同学的那{amt}))((拖了半年了|一直没还|一提就说下个月))，((我有点不好意思去问|"
              "不知道怎么开口|我在犹豫要不要起诉))，((你说我要不要直接问|就怕伤感情|钱不多，就是心里膈应))"),
])
add("iou", [
    ("M|N", 2, "((借条我写好了|借条我拍照发你|借条签好了))，((借款{amt}元|借{big}))，(({md}前还清|分三个月还|年底前还))，((你收好|原件给你寄过去|"
              "你看看有没有问题))"),
    ("M|N", 2, "((亲兄弟明算账|不是不信你))，((借钱还是打个借条吧|还是写个借条))，((写清楚金额和还款日期|签名按手印))，((万一以后要起诉也有凭据|"
              "省得以后扯皮|对你我都好))"),
    ("M|N", 2, "((问了律师朋友|咨询了一下|上网查了))，((借条加转账记录就能起诉|有聊天记录和转账记录就能去法院立案))，(({fn}那{big}|那笔钱))"
              "((再不还我就真去起诉了|我先发个消息跟他协商|先协商，不行再说))"),
])
add("aa-bills", [
    ("M|N", 2, "((昨晚火锅|上周唱K|周末聚餐|这次露营))((一共{aatotal}|总共花了{aatotal}))，(({ppl}个人每人{aa}|AA每人{aa}))，((微信转我就行|直接转给我|"
              "转我支付宝也行))((～|，谢谢|😘))"),
    ("M|N", 2, "((转你了|已转|钱转过去了))，{aa}((，查收|，收一下|，多的不用找))((～|👌|))"),
    ("M|N", 2, "((房租水电|这个月水电燃气|物业费加网费))((我先垫了|我先交了))，((总共{aatotal}|一共{aatotal}))，(({ppl}个人分，你那份{aa}|你那份{aa}))((有空转我|月底一起给|不急))"),
])
add("red-packet", [
    ("M|N", 3, "((给你发了个红包|红包收一下|微信转你{amt}))，(({occasion}|算我请你的|上次你帮我买东西的钱))，((别退回来啊|退回来我就生气了|一定要收))"),
    ("M|N", 2, "((你转我的{amt}我没收|转账我退回了|这钱我不能要))，((说好我请的|朋友之间不用这样|上次你也请我了))((，下次你请|😂|))"),
])
add("friend-borrow-ongoing", [
    ("M", 3, "((接着刚才说的|就是中午跟你说的那事|刚才电话里说的那个))，((我{day}发工资|下周一就有钱))，((能先借我{amt}周转下吗|能不能先借我{amt}))，"
            "((交房租差一点|车险到期了))，((发了工资立马还你|到时候直接微信还你))((，实在不方便就算了|))"),
    ("M", 2, "((行，转你了|刚转你{amt}|钱转过去了))，((不急着还|发工资再说|慢慢还))，((你那信用卡别逾期就行|先把你的网贷停了|别再去借网贷了))"),
])

# ================================================================ lenders: collection, overdue notices, hotline
add("collection-complaint", [
    ("M|N", 2, "((烦死了|无语|服了))，((今天{lender}催收打了三个电话|催收电话一天打好几个|催收打到我单位了))，((我就晚了几天|其实我{day}就能还|我又不是不还))，"
              "((已经在App里还了一部分|今晚就在App里还清|明天发工资就还))((😤|。|))"),
    ("M|N", 2, "((催收打电话给我妈了|他们居然打给我紧急联系人))，((我当初填的她|我都不知道他们会打))，((我已经打{lender}官方客服投诉了|我打了官方客服说我会还|"
              "我跟客服说了别再打家里))，((他们说会记录|说会反馈|看有没有用吧))"),
    ("M|N", 2, "((你最近是不是有东西没还|你是不是信用卡逾期了))？((有个人打我电话说是{lender}的|我接到个电话问认不认识你))，((说联系不上你|让我转告你还款))，"
              "((我没多说|我说我不清楚))，((你自己去App看看|你自己核实下是不是真的))"),
    ("M|N", 2, "((我冇借过网贷啊|我都冇欠钱))，((点解会有催收电话打畀我|成日有人打来话我逾期))？((系咪打错人|搞错人啦))，((我去问下银行先|听日打客服问下))"),
])
add("overdue-sms-own", [
    ("M|N", 3, "((收到{bank}短信了|刚收到短信|早上醒来看到短信))，((说我信用卡逾期{days}天|说我账单已逾期))，((我以为设了自动还款|完全忘了这个月|"
              "是我换工资卡的问题))，((马上在手机银行还了|刚还上|已经还了{bill}))，((希望别上征信|不知道会不会影响征信|问了客服说一两天内还影响不大))"),
    ("M|N", 2, "(({lender}|借呗|分期乐))((短信说再不还要起诉|发短信说要走法律程序|说逾期要上报征信))，((吓我一跳|看得我心慌))，((其实我就差一期|"
              "就晚了三天|明天工资到了就还))，((在App里直接还就完了|App里还清了就没事))"),
])
add("hotline-instalment", [
    ("M|N", 2, "((我这个月真的还不上了|工作没了，信用卡要还不上了|生意不好，这个月信用卡还不了全额))，((准备打{bank}官方客服{hot}|"
              "打算给{bank}客服{hot}打电话|明天去{bank}网点问))，((问问能不能做个性化分期|看能不能申请延期|问能不能先还最低))，((你们有人办过吗|"
              "听说要提供证明材料|不知道要什么材料))"),
    ("M|N", 2, "((我打了{hot}|打通{bank}客服了|{bank}回电话了))，((个性化分期批了|说可以分{months}期|同意延期一个月))，((每个月还{bill}|利息少一点|"
              "压力小多了))，((啥费用都没收|没找任何中介|自己打电话就办了))((，你那个也可以试试|，别信那些收费帮协商的|))"),
    ("M|N", 2, "((别找那些代理协商的|网上那些停息挂账的|那些说帮你跟银行谈的))，((收你几千块服务费|都是收钱的骗子|最后钱也没少还))，((银行自己就能协商|"
              "自己打信用卡背面的电话|自己打官方电话))，((我同事就是自己打的|我表哥就是自己谈的分期))((，一分钱没花|))"),
])
add("lawsuit-own", [
    ("M|N", 3, "((我那张{bank}信用卡|欠的那笔))((真被起诉了|被银行起诉了))，((法院打电话来通知调解|收到了12368的短信))，((我去法院官网查了是真的|"
              "我核实过了是真的))，((下周去法院调解|准备跟银行协商分期还))，((早知道早点处理了|你们别学我))"),
    ("M|N", 2, "((你说的那个起诉短信|那种说要起诉的短信))，((先看是不是12368发的|打法院官方电话问下|上12368核实))，((真的就去法院|真的就去处理))，"
              "((要你转钱到个人卡的肯定是假的|让你加微信交钱的都是假的))"),
])

# ================================================================ scams heard of
add("scam-mock-campus", [
    ("M|N", 3, "((笑死|离谱|绝了))，((今天有人打电话说我的校园贷要注销|有人说我学生时期开了校园贷要注销))，((不然影响征信|还说要我配合))，"
              "((我大学就没借过钱|我说我毕业十年了))，((直接挂了|我直接挂了拉黑))((😂|🙄|))"),
    ("M|N", 2, "((你收到没|最近好多人接到))((说要注销学生账户的电话|那种说京东金融学生账户要注销的电话))，((都是骗子|全是诈骗))，((官方根本不会打这种电话|"
              "真要注销也是自己在App里弄))，((跟你家{kid}说一声|你提醒下你弟|告诉你们班同学))"),
])
add("scam-warn-repair", [
    ("M|N", 3, "((朋友圈那个说能{repair}的|那个加你的人说能{repair}|群里那个说能{repair}的))，((千万别信|都是骗子|骗你服务费的))，"
              "((征信中心都说了不存在花钱修复|只有银行自己报错才能改))，((你逾期那笔还清就行|你老实还款等它过五年))"),
    ("M|N", 2, "((我表姐|我同事|我邻居大姐))((信了那个停息挂账|找了代理协商|交了征信修复的钱))，((被骗了{amt}|花了{amt}什么都没办))，"
              "((最后还是自己打银行电话|后来报警了|钱要不回来了))，((你可长点心|你千万别碰这个))"),
])
add("scam-heard-story", [
    ("M|N", 3, "((今天差点上当|好险|刚才吓死我))，((有个说是{plat}客服的|一个自称{plat}工作人员的))((说我{pprod}利率不合规要关|说我开通了什么会员要扣钱))，"
              "((让我下载个会议软件|还要我开屏幕共享))，((我一听就不对|我想起你说的))，((挂了|直接挂了报了96110))"),
    ("M|N", 2, "((听说{who}被骗了|我们单位有人被骗了))，((骗子说要帮她注销白条|说她的借呗利率太高要关|说她有个校园贷没注销))，"
              "((让她在好几个App上借钱转过去|让她借了钱转到什么安全账户))，((一下没了{big}|{big}全没了))，((你们都注意点|真的吓人))"),
])

# ================================================================ student life
add("student-aid-loan", [
    ("M|N", 3, "((助学贷款|生源地贷款))((这个月开始还本金了|今年要还{bill}|利息又扣了))，((我在支付宝里开了助学贷还款|去国开行那个系统查了|卡里存好钱了))，"
              "(({day}之前要存够|记得12月之前还|别忘了))，((逾期会影响征信的|不然要上征信))"),
    ("M|N", 2, "((学弟问我|你问的))助学贷款((能不能提前还|毕业后怎么还))，((可以的，在学生在线服务系统自己申请|我当年就提前还了|直接在系统里操作))，"
              "((不用找任何人|别理会说能帮你减免的|学校资助中心也能问))"),
])
add("campus-card", [
    ("M|N", 3, "((校园卡|饭卡))((丢了|找不到了))，((去一卡通中心挂失了|在小程序上挂失了|补办要{fee}块))，((里面还有{small}|余额能转到新卡上|钱没丢))，"
              "((今晚食堂你帮我刷下|先用你的卡吃两顿，转你钱))"),
])
add("graduate-phone-plan", [
    ("M|N", 3, "((学生卡那个套餐|我那个学生号))((毕业就要变贵|到期了))，((我打算换个套餐|准备去营业厅改套餐|想把学生号注销了换个新号))，((不然每月多{fee}块|"
              "套餐费翻倍))，((你们换的哪个|有推荐吗))"),
    ("M|N", 2, "((毕业了|搬家了))，((学校那边的宽带|校园网))((要注销|我去营业厅销掉了))，((押金退了{fee}|结清了))，((还有那张学校办的{bank}卡|"
              "学校发的那张银行卡))((也准备销了|还没弄))"),
])

# ================================================================ colleagues
add("colleague-loans", [
    ("M|N", 3, "(({fn}你那个|问下你))((提前还贷款|提前还房贷))((违约金多少|要提前多久申请))？((我想把{bank}那笔还了|年终奖到了想还一部分))，((利率太高了|"
              "每月利息好几百))"),
    ("M|N", 2, "((今天{bank}的客户经理来单位|银行来单位搞活动))((推信用卡，说我们单位的额度{lim}|推消费贷，利率三点几|推信用卡，办了送东西))，((你办了没|"
              "我没办，手上卡够多了|我办了一张，主要图那个赠品))"),
])
add("debt-plan", [
    ("M|N", 3, "((列了个清单|算了一晚上))：((信用卡{bill}|花呗{bill}|白条{bill}))，((借呗{bill2}|车贷还剩{big}))，((先还利息高的|按利率从高到低还|"
              "工资一到先还最贵的))，((争取年底清零|明年就轻松了|加油吧我))((💪|))"),
])

# ================================================================ long messages and very short replies
add("long-debt-talk", [
    ("M|N", 2, "((姐|哥|{fn}))，((我想了好几天还是跟你说吧|有件事我憋了很久|跟你交个底))。((这两年|去年开始))我((信用卡加网贷|花呗借呗加两张信用卡))"
              "((一共欠了{big}|欠的加起来有{big}))，((上个月有一笔逾期了|已经开始拆东墙补西墙了))。((我不是找你借钱|不是要你帮我还))，就是想"
              "((有个人说说|让你帮我盯着点))。((我列了个还款表|我算过了))，((先停掉所有分期消费|把支付宝和京东的额度都关了))，((明天打{bank}的官方客服{hot}"
              "问个性化分期|周末去{bank}网点问能不能延期))，((网上那些说能停息挂账的我一个都不会找|收费帮协商的我不会碰))。((等我理顺了自己跟爸妈说|"
              "爸妈那边我会自己说))，((我会好起来的|给我半年时间))。"),
    ("M|N", 2, "((儿子|闺女))，((妈想了一晚上|你爸跟我商量过了))，((你那些欠款|你说的那几笔网贷))((家里先帮你还一部分|我们先拿{big}给你还最贵的))，"
              "((剩下的你自己慢慢还|剩下的你工资里每月还一点))。((钱我直接转你卡上|明天我去银行给你转))，((你自己在App里还|你还完截图给我看看))，"
              "((别再让我们看到你借新的|以后再也别碰那些东西))。((有人打电话说能帮你减免|有什么中介说能帮你处理))，((一律别理|都是骗钱的))。"
              "((家里永远是你的后路|吃饭要按时，别熬夜))。"),
    ("M|N", 2, "((跟你说说我上次逾期是怎么处理的|你问我那次逾期怎么弄的，我打字说))：((那年生病住院|那阵子公司裁员))，{bank}信用卡((晚了两个月|断了两期))，"
              "((催收电话天天打|短信一天好几条))。((后来我自己打了{hot}|后来我直接打卡背面的电话))，((跟客服说明情况|把证明材料发给他们))，"
              "((申请了个性化分期|分了{months}期))，((没给外人交一分钱|全程没找中介))。((还清以后征信上还有记录|记录要五年才消))，((但不影响我后来买车|"
              "去年照样批了房贷))。((所以你别慌|你也先打官方电话))。"),
    ("M|N", 2, "((老公|老婆))，((昨晚说的事我又想了想|我把咱家的账理了一遍))：((房贷每月{bill}|每月房贷{bill}))，((车贷还有{months}期|你那张信用卡还有分期))，"
              "((我的花呗上个月{bill2}|我花呗还欠{bill2}))。((我的意思是|我想的是))，((先把利息最高的那笔还掉|年终奖先拿去还信用卡分期))，((花呗和白条都先不用了|"
              "网购一律用储蓄卡))，((每月{day}发工资先存{amt}|每月固定存{amt}进定期))。((你那边有什么不同意见晚上说|你看行不行，不行再商量))，"
              "((咱俩一起努力|争取两年内无债一身轻))((💪|❤️|))"),
])
add("short-replies", [
    ("M|N", 3, "((花呗我关了|月付我也关了|白条终于关了|分付今天关了))((，清净了|，舒服了|，再也不乱花))"),
    ("M|N", 2, "((钱收到啦|收到了收到了|钱到账了))((，谢谢{fn}|，谢啦兄弟|，么么哒😘))"),
    ("M|N", 2, "((借条我收好了|借条原件收到了|借条我锁抽屉里了))((，放心吧|，不急啊|👌))"),
    ("M|N", 2, "((这个月的还完了|信用卡还上了|这期还上了))((，没逾期|，踩点还的|😮‍💨))"),
])

# ================================================================ calls between family and friends
add("child-pays-parent-loan", [
    ("N", 2, """妈：((喂，儿子|喂，闺女|喂))，((到家了没|下班了没|吃饭了没))？
我：((刚到家|在地铁上|刚吃完))，((咋了妈|怎么了))？
妈：((你爸那个信用卡|家里那个贷款|我那张卡))((短信说这个月要还{bill}|又来短信了))，((我看不懂|我怕弄错|我不会弄))。
我：((我知道，{day}已经还了|我手机上看到了，今晚就还|那个我绑了自动还款))，((你别管了|不用你弄|你放心))。
妈：((那就好|行|好好))，((还有人打电话说啥要关账户的|前两天有人打电话问我要验证码|昨天有个电话说我卡有问题))，((我没理|我给挂了))。
我：((对，挂了就对了|挂得好|做得对))，((银行不会这样打电话|有事你先问我|以后也这样))。"""),
], kind="d")
add("lend-friend-ask-back", [
    ("N", 2, """((喂 老王|喂 {fn}|喂 在忙吗)) ((上次那个钱|借你那个钱|三月份那个钱)) ((你看这个月能不能|你啥时候方便|你看看啥时候)) 先还我一点
((我这边信用卡账单出来了|我这个月房贷要扣|我这月开销大)) 哦哦 ((不好意思啊我都忘了|我记着呢|对对对))
((我明天发工资|周五到账|月底就有)) ((先转你{amt} 剩下的下个月|全部转给你|一次给你)) ((好嘞|你放心|)) 行行 ((不急啊|你别有压力|那就这样))"""),
], kind="a")
add("mortgage-credit-check", [
    ("N", 2, """我：((喂，{fn}|{fn}啊|喂))，((问你个事|跟你打听个事))，((你们买房那会儿|你们办房贷的时候))((银行看征信看得严不严|征信有啥要求))？
朋友：((看啊|肯定看|严))，((主要看近两年有没有逾期|看你有没有连三累六|还看负债))，((你有逾期？|咋，你有情况？|你咋了))
我：((前年信用卡晚还过一次|有一笔花呗晚了几天|借呗晚过两天))，((就一次|后来马上还了|金额不大))。
朋友：((那问题不大|一次没事|不要紧))，((跟客户经理说清楚就行|你先自己打份征信看看))，((可别去找那些说能消除记录的|网上那些修复征信的全是骗钱的))。
我：((知道知道|那肯定|放心吧))，((我先去网点打一份|我在云闪付上查一下|明天就去查))。"""),
], kind="d")
add("scam-mock-campus", [
    ("N", 1, """((喂 你猜我今天接到个啥电话|哎我跟你说个好笑的|喂 跟你讲个事)) 一个男的 说他是((京东金融|支付宝|美团))客服
说我((大学时候开了个学生账户|之前开的月付利率不合规|有个校园贷没注销)) ((得马上处理|要关掉)) ((不然影响征信|不然每个月扣钱))
((我说我没开过|我问他我叫啥名字|我说你说我身份证号)) 他就((开始支支吾吾|不说话了|开始绕)) 我((直接挂了|骂了他一句就挂了))
((哈哈哈 你也小心点|你妈那边也说一下啊|笑死我了)) 嗯嗯 ((现在骗子太多了|这种我也接过|我也被问过))"""),
], kind="a")
add("siblings-split-debt", [
    ("N", 1, """姐：((喂，弟|喂|喂，在家不))，((爸那笔看病的钱|妈住院那笔信用卡分期|家里那笔贷款))((这个月又要还了|账单出来了))。
我：((多少|这个月多少|还多少))？
姐：(({bill}|一共{bill}|还是{bill}))，((还是老规矩，一人一半|我出大头，你出三分之一就行))。
我：((行，我晚上转你|好，我发工资就转给你|没问题))，((你直接在手机银行还|还完截个图发群里))。
姐：((嗯|好|行))，((还有五期就结束了|明年三月就还清了|快熬出头了))。"""),
], kind="d")
add("close-own-huabei", [
    ("N", 1, """老婆：((你花呗这个月又{bill}|你看看你的花呗账单))！
我：((我知道我知道|哎别说了))，((都是双十一|都是给孩子买的))。
老婆：((我看你干脆关了吧|要不你把花呗关了))。
我：((行，还完我自己在支付宝里关|关就关，这月还清了我就关))。
老婆：((说到做到|我盯着你啊))。"""),
], kind="d")
add("parent-stop-wangdai", [
    ("N", 2, """((妈 我跟你说|妈你别生气|妈 你先听我说)) 我之前借的那个((网贷|分期乐|安逸花)) ((还剩{bill}|还有最后两期))
((我这个月就能还清|发了工资就还完)) 你不用帮我还 嗯 ((你可得说话算话|还完了就别再借了))
((那些东西利息多高啊|你爸知道了要骂你)) 知道了 ((我App都删了|以后真不借了)) ((有困难跟家里说|缺钱先跟家里说)) 好"""),
], kind="a")
add("parent-stop-wangdai", [
    ("N", 1, """爸：((喂，你在学校还好吧？
我：挺好的。|喂，考完试了吧？
我：考完了。))
爸：((新闻说好多大学生借校园贷|你们学校有没有人搞那种分期借钱))，((你可千万别借|你别碰那些))。
我：((我知道，我没借|没有没有))，((生活费够用|我还有奖学金))。
爸：((不够就跟家里说|钱不够说一声))，((下个月我多给你打{amt}|我这就转你{amt}))。
我：((谢谢爸|好，谢谢爸，够用了))。"""),
], kind="d")
add("collection-complaint", [
    ("N", 2, """朋友：((喂，你说我咋办|哎，烦死了))，(({lender}天天打电话催|催收又打电话了))。
我：((你欠多少啊，晚了多久|逾期多久了，欠多少))？
朋友：(({bill}，晚了二十来天|一个多月了，{bill}))。
我：((你自己打他们官方客服|你在App里找客服))，((问能不能分期还|说明情况申请延期))，((别找网上那些代理|可别找什么停息挂账的中介))。
朋友：((嗯，我明天就打|行，我试试))。"""),
], kind="d")
add("hotline-instalment", [
    ("N", 2, """老婆：((你跟银行打电话了没|{bank}那边你问了没))？
我：((打了，刚打完|问了，下午打的{hot}))。
老婆：((怎么说|人家咋说的))？
我：((客服说我这种情况可以申请个性化分期|说可以申请个性化分期，但要审核))，((要我提供收入证明|要交一份困难情况说明))，((分{months}期，每月还{bill}|最长能分{months}期))。
老婆：((收不收钱|要不要交什么费))？
我：((不收，就是正常的分期利息|一分钱额外的费用都没提))。((那些天天刷到说帮人停息挂账的|网上那些代理协商的广告))，((我看评论全是被骗的|都是要先交服务费的))。
老婆：((那你就按银行说的来|就按客服说的办))，((材料我明天帮你打印|收入证明我让单位开))。
我：((好|行，那我明天交上去))。"""),
], kind="d")
add("cancel-own-card", [
    ("N", 1, """((喂 小刘|喂 {fn})) ((你上次说的那个|你那张)) {bank}信用卡 ((销掉了没|注销了没)) ((销了|还没))
((打{hot}人工说的|App上就能申请)) ((先把欠款还清|要先还清余额)) ((等四十五天就好了|过段时间征信上显示销户))
哦 ((那挺简单的|那我也去把我那张销了)) ((不用找别人弄|自己弄就行))"""),
], kind="a")

# ---------------------------------------------------------------- generation
HARD = re.compile(r"征信|逾期|花呗|借呗|白条|额度|网贷|注销|销户|关闭|关了|关掉|转给你|转你|转我|还款|起诉|协商|校园贷|学生账户|"
                  r"学生卡|催收|分期|月付|分付|金条|微粒贷|延期|洗白|修复|停息|挂账|贷款|借条|利率|提额|降")
# words only a scam story or a warning may quote (as what the speaker refused), and what no text may contain
SCAM_TALK = {"scam-mock-campus", "scam-warn-repair", "scam-heard-story", "warn-parents-scam", "lawsuit-own",
             "child-pays-parent-loan", "credit-report-howto"}
QUOTED = re.compile(r"会议|屏幕共享|下载|验证码|安全账户|加微信|加你|网站")
FORBIDDEN = re.compile(r"https?://|www\.|\.com|\.cn|(?<!\d)1[3-9]\d{9}(?!\d)|\d{3} \d{4} \d{4}|换号|新号码|猜猜我是谁|"
                       r"别告诉银行|保密|手续费|服务费找我|加我")
LIMITS = {"sms": (8, 200), "call": (40, 500)}
EMOJI = ["🙏", "👌", "👍", "😅"]


def check_text(text, scen, channel):
    """Problems of a rendered text: a forbidden ask, a quoted scam ask outside SCAM_TALK, a template mark left over
    (each a mistake in a base text)."""
    errs = [f"forbidden {m.group(0)!r}" for m in FORBIDDEN.finditer(text)]
    if scen not in SCAM_TALK:
        errs += [f"quoted {m.group(0)!r}" for m in QUOTED.finditer(text)]
    if any(x in text for x in ("{", "}", "((", "))", "[[", "]]")):
        errs.append("unfilled slot")
    return errs


def chat_style(text):
    """How people type: a third of the SMS with spaces for commas and no full stop, a tenth with an emoji added."""
    r = rng.random()
    if r < 0.33:
        text = re.sub(r"[，、]", " ", text).rstrip("。")
        text = re.sub(r"。", " ", text)
    elif r < 0.43 and text[-1] not in "".join(EMOJI) + "～😘💕💪🙃🙄🤦‍♀️🎂🎓😄":
        text = text.rstrip("。") + rng.choice(EMOJI)
    return text


def render(k):
    scen, channel, kind, _, _, tpl = B[k]
    text = common.fill_slots(common.expand(rng, tpl), slots())
    if kind == "a":
        text = " ".join(text.split())
    elif kind == "s":
        text = chat_style(text)
    errs = check_text(text, scen, channel)
    if errs:
        raise ValueError(f"{errs}: {text}")
    lo, hi = LIMITS[channel]
    return (text,) if lo <= len(text) <= hi else None


def bare(text):
    return re.sub(r"[\W_]", "", text)


def fresh(k, rejected):
    """A rendering of base k whose 5-gram Jaccard with every accepted text stays below DEDUP, both as written and
    with punctuation, spaces and emoji stripped (so that a chat-style copy of a text does not pass); None after
    TRIES failed tries."""
    for _ in range(TRIES):
        out = render(k)
        if out is None:
            continue
        if max(POOL.max_jaccard(out[0]), BARE.max_jaccard(bare(out[0]))) >= DEDUP:
            rejected[B[k][0]] += 1
            continue
        POOL.add(out[0])
        BARE.add(bare(out[0]))
        return out[0]
    return None


def main():
    distinct = len({b[5] for b in B})
    if distinct != len(B):
        raise SystemExit(f"{len(B) - distinct} repeated base texts")
    rows, dropped, rejected = [], [], Counter()
    for k, (scen, channel, kind, snd, n, tpl) in enumerate(B):
        for _ in range(n):
            text = fresh(k, rejected)
            if text is None:
                dropped.append((scen, tpl[:40]))
                continue
            rows.append(dict(text=text, channel=channel, sender=sender(snd), family="chat", group=f"chat/op-{scen}",
                             flags=["hard"] if HARD.search(text) else [], base=k))
    common.write_rows(OUT, PREFIX, rows, label="other", family="chat")
    common.summary(B, rows, dropped, rejected)


if __name__ == "__main__":
    main()
