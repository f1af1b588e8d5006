"""Generator for corpus section other_e (label "other", sms): legitimate bank alerts with promo short links,
app/service promotions with links and calls to action, and banks'/licensed lenders' own credit marketing.
Stdlib only, fixed seed.   python3 corpus/sources/other_e.py
"""
import json, random, string, sys
from functools import partial
from pathlib import Path

R = random.Random(20261129)
HERE = Path(__file__).resolve()
OUT = HERE.parents[1] / "other_e.jsonl"
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2])]
import _common as common  # noqa: E402
from scamguard.corpus import char_ngrams  # noqa: E402

rs = partial(common.chars, R)
tail = partial(common.card_tail, R)
date = partial(common.month_day, R)

def link(dom):
    return f"{dom}/{rs(R.choice([4,5,6,7]))}"

def amt(lo, hi):
    v = R.uniform(lo, hi)
    return f"{v:,.2f}" if R.random() < 0.3 else f"{v:.2f}"

def date2():
    return f"{R.randint(1,12):02d}/{R.randint(1,28):02d}"

def tm():
    return f"{R.randint(0,23):02d}:{R.randint(0,59):02d}"

MERCH = ["美团", "拼多多", "京东商城", "财付通-滴滴出行", "支付宝-饿了么", "中国石化加油站", "盒马鲜生", "沃尔玛", "永辉超市", "星巴克",
         "瑞幸咖啡", "携程旅行网", "12306铁路客服", "苏宁易购", "华润万家", "麦当劳", "肯德基", "物美", "唯品会", "抖音电商",
         "中国移动", "国家电网", "大众点评", "优衣库", "屈臣氏", "海底捞", "喜茶", "全家便利店", "百果园", "网易严选", "Apple.com/bill",
         "Amazon", "STEAM GAMES", "Trip.com", "万达影城", "顺丰速运", "京东到家", "山姆会员店", "名创优品", "瑞金医院"]

# bank: (short name, signature variants, hotline, app, link domains)
BANKS = [
    ("招商银行", ["招商银行", "招行"], "95555", ["掌上生活", "招商银行App"], ["cmbt.cn", "cmbt.cn"]),
    ("浦发银行", ["浦发银行", "浦发信用卡"], "95528", ["浦大喜奔", "浦发手机银行"], ["u.spdb.com.cn", "spdbccc.cn"]),
    ("工商银行", ["工商银行", "工银信用卡"], "95588", ["工银e生活", "工行手机银行"], ["icbc.cn", "m.icbc.com.cn"]),
    ("建设银行", ["建设银行", "建行"], "95533", ["建行生活", "建行手机银行"], ["ccb.cn", "ccb.com"]),
    ("中信银行", ["中信银行", "中信银行信用卡"], "95558", ["动卡空间", "中信银行App"], ["citic.cn", "dk.citicbank.com"]),
    ("广发银行", ["广发银行", "广发卡"], "95508", ["发现精彩", "广发手机银行"], ["gf.cgbchina.com.cn", "cgb.cn"]),
    ("交通银行", ["交通银行", "交行信用卡"], "95559", ["买单吧", "交通银行App"], ["bocom.cn", "creditcard.bankcomm.com"]),
    ("平安银行", ["平安银行"], "95511", ["平安口袋银行"], ["pa18.cn", "b.pingan.com.cn"]),
    ("光大银行", ["光大银行", "光大信用卡"], "95595", ["阳光惠生活"], ["cebbank.cn", "xyk.cebbank.com"]),
    ("民生银行", ["民生银行", "民生信用卡"], "95568", ["全民生活"], ["cmbc.cn", "creditcard.cmbc.com.cn"]),
    ("兴业银行", ["兴业银行"], "95561", ["兴业生活", "兴业银行App"], ["cib.cn", "xyk.cib.com.cn"]),
    ("华夏银行", ["华夏银行"], "95577", ["华彩生活"], ["hxb.cn", "creditcard.hxb.com.cn"]),
    ("农业银行", ["中国农业银行", "农业银行"], "95599", ["农行掌上银行"], ["abc.cn", "go.abchina.com"]),
    ("中国银行", ["中国银行"], "95566", ["缤纷生活", "中国银行App"], ["boc.cn", "m.boc.cn"]),
    ("邮储银行", ["邮储银行", "中国邮政储蓄银行"], "95580", ["邮储信用卡App", "邮储手机银行"], ["psbc.cn", "u.psbc.com"]),
    ("华兴银行", ["广东华兴银行"], "400-830-8001", ["华兴银行App"], ["u.ghbank.com.cn"]),
    ("北京银行", ["北京银行"], "95526", ["北京银行App", "京彩生活"], ["bob.cn", "m.bankofbeijing.com.cn"]),
    ("宁波银行", ["宁波银行"], "95574", ["宁波银行App"], ["nbcb.cn"]),
    ("上海银行", ["上海银行"], "95594", ["上海银行App", "美好生活"], ["bosc.cn"]),
    ("江苏银行", ["江苏银行"], "95319", ["江苏银行App"], ["jsbchina.cn"]),
]

def sig(name, end=None):
    if end is None:
        end = R.random() < 0.5
    style = R.random()
    s = f"【{name}】" if style < 0.75 else f"[{name}]"
    return ("", s) if end else (s, "")

def sender_for(hot):
    if not hot.startswith("95") or R.random() < 0.35:
        return "1069" + "".join(R.choice(string.digits) for _ in range(R.choice([6, 7]))) + (hot.replace("-", "")[-5:] if hot.startswith("95") else "")
    return hot

def slots(bank=None):
    d = dict(tail=tail(), amt=amt(3, 3000), big=amt(3000, 48000), bal=amt(50, 90000), date=date(), d2=date2(),
             time=tm(), merch=R.choice(MERCH), pts=str(R.randint(80, 68000)), fee=f"{R.choice([2,5,10,12,15,20,25])}.00",
             lim=str(R.choice([8000, 12000, 15000, 20000, 30000, 35000, 50000, 68000, 80000])),
             lim0=str(R.choice([3000, 5000, 6000, 10000, 18000])), n=str(R.randint(2, 30)),
             mon=str(R.randint(1, 12)), rate=R.choice(["5", "6", "6.6", "7", "7.5", "8", "8.8"]),
             day=str(R.choice([3, 5, 7, 10, 15, 30])), wan=str(R.choice([5, 10, 20, 30, 50])), small=R.choice(["6", "9.9", "10", "15", "19", "25", "30"]))
    if bank:
        nm, sigs, hot, apps, doms = bank
        d.update(bank=nm, sg=R.choice(sigs), hot=hot, app=R.choice(apps), url=link(R.choice(doms)))
    return d

# ---------------- section 1: card / account alerts + promo line ----------------
ALERTS = {
 "spend": [
  "您尾号{tail}卡{date}{time}POS消费{amt}元，余额{bal}元。",
  "{bank}：{d2} {time} 卡号尾数{tail} 网银支付 -{amt} 元 (商户 {merch})",
  "交易提醒｜尾号{tail}｜{merch}｜消费{amt}元｜{date} {time}",
  "您尾号{tail}卡于{date}在{merch}发生一笔{amt}元的免密支付，如有疑问可在App内查看明细。",
  "本次消费{amt}元已成功（{merch}），信用卡{tail}剩余可用额度{bal}元。",
  "您尾号{tail}的信用卡{d2} {time}消费人民币{amt}元，商户：{merch}。",
  "您尾号{tail}卡片{date}{time}在{merch}消费{amt}元",
  "尾号{tail}信用卡 {date} 快捷支付 {amt} 元（{merch}），可用额度{bal}元。",
  "您账户{tail}于{date}{time}支出(消费){amt}元，余额{bal}元。",
  "您的{bank}信用卡尾号{tail}于{date}{time}网上支付RMB{amt}，交易商户{merch}。",
  "{tail}卡 {d2}{time} 支付宝快捷支付{amt}元 当前余额{bal}元",
  "您尾号为{tail}的储蓄卡{date}{time}向{merch}付款{amt}元，账户余额{bal}元。",
  "温馨提示：您尾号{tail}的卡片于{time}成功消费{amt}元（{merch}），如非本人交易请致电{hot}。",
  "You spent RMB{amt} at {merch} with card ending {tail} on {d2} {time}.",
  "亲，您的{tail}卡刚刚在{merch}刷了{amt}元~",
  "账户*{tail}于{date}{time}微信支付扣款{amt}元，余额{bal}",
  "您尾号{tail}的信用卡{date}在境外商户{merch}消费折合人民币{amt}元，境外交易请关注汇率变动。",
 ],
 "income": [
  "{name}于{date}{time}向您尾号{tail}账户转入{amt}元，请注意查收。",
  "您尾号{tail}卡{date}代发薪资{big}元已到账。",
  "账户动账：尾号{tail} +{amt}元（理财赎回） {d2} {time}",
  "您尾号{tail}账户{date}{time}入账工资{big}元，余额{bal}元。",
  "您尾号{tail}的储蓄卡{d2}{time}收入(跨行转入){amt}元，余额{bal}元，对方户名：{name}。",
  "尾号{tail}账户 {date} 转入 {big} 元，活期余额 {bal} 元。",
  "您账户{tail}于{date}收到退款{amt}元（{merch}），已存入原卡。",
  "{date}{time} 您尾号{tail}的卡 收到 {name} 转账 {amt} 元",
  "您尾号{tail}账户于{date}结息{amt}元，当前余额{bal}元。",
 ],
 "cash": [
  "尾号{tail}卡{d2}{time}跨行取款{amt}元，扣收跨行手续费{fee}元。",
  "您的信用卡{tail}于{date}办理现金分期{big}元，已发放至您本人账户。",
  "您尾号{tail}信用卡{date}{time}ATM取现{amt}元，手续费{fee}元，取现不享受免息期，按日计息。",
  "尾号{tail}卡片{d2}预借现金{big}元已转入您的借记卡，手续费{fee}元。",
  "您尾号{tail}的卡于{time}在自助设备取款{amt}元，手续费{fee}元，余额{bal}元。",
  "您{date}信用卡{tail}境外取现{amt}元，另收取手续费{fee}元，请留意账单。",
 ],
 "limit": [
  "您尾号{tail}信用卡的固定额度已调整为{lim}元，即日起生效。",
  "恭喜！您的信用卡{tail}临时额度已提升至{lim}元，有效期至{date}。",
  "因您的卡片长期未使用，我行已将尾号{tail}信用卡额度调整为{lim0}元。",
  "您尾号{tail}的卡片近{n}个月无交易，根据相关规定额度已下调，当前额度{lim0}元。",
  "您尾号{tail}信用卡临时额度{lim}元将于{date}到期，到期后恢复为固定额度。",
  "经综合评估，您尾号{tail}的信用卡额度由{lim0}元调整为{lim}元。",
  "您的信用卡{tail}已长期未使用，为保障用卡安全，{date}起额度调整为{lim0}元，如有疑问请致电{hot}。",
 ],
 "points": [
  "积分小助手：您的{bank}信用卡积分余额{pts}，本月可兑换话费/里程。",
  "感谢您使用{bank}，{date}您通过刷卡获得{pts}积分，可在积分商城兑换好礼。",
  "您本月新增积分{pts}分，累计可用积分{pts2}分。",
  "您尾号{tail}信用卡{date}消费奖励积分{pts}分已到账。",
  "恭喜，您参与活动获得的{pts}积分已到账，有效期至{date}。",
  "您有{pts}积分将于{date}过期，可兑换礼品或抵扣年费。",
  "账单日积分结算：本期积分+{pts}，积分余额{pts2}。",
 ],
}

PROMO = [
 "☕点击{url}，1分钱喝咖啡，限量抢！",
 "新户礼🎁 {url}",
 "{app}「{act}」报名即送{gift}，{url}",
 "扫码太麻烦？短信里这个链接也可以：{url}（{app}官方）",
 "用{app}还款免手续费 {url} 回TD退订",
 "P.S. {app}新版支持刷脸登录，更新戳 {url}",
 "另：{gift}待您领取，登录{app}即可。",
 "猛戳 {url} 下载{app}，{kind}",
 "点击 {url} 领取{gift}。",
 "详见 {url}",
 "下载{app}随时查账：{url}",
 "登录{app}参与“{act}”活动，{gift}等你拿 {url}",
 "{app}周三五折日，点 {url} 了解",
 "现在绑定{app}，{gift}！{url} 回#TGEN拒绝",
 "更多优惠请戳 {url}",
 "点 {url} 开通实时账户提醒，免费！",
 "{act}火热进行中→{url}",
 "手机扫码不方便？直接点 {url} 下载{app}。",
 "关注{app}，每周都有{gift}：{url} 退订回TD",
 "☞{url} 立即体验{app}新版本",
 "邀您使用{app}积分兑换好礼，{url}",
 "本月刷卡满{n}笔可抽{gift}，报名：{url}",
 "绑定微信支付立享{gift}，详情 {url}",
 "回复#TGEN拒绝此类推广信息。",
 "{gift}限量领取中，{url} 戳我",
 "Download {app}: {url}",
 "{app}上线“{act}”，首次登录送{gift}，戳{url}",
 "【推广】{app}新用户专享{gift}，{url}",
 "想分期？打开{app}或点{url}查看方案。",
 "更多用卡服务请下载{app} {url} 拒收请回复R",
]
KINDS = ["账单还款一手掌握", "随时查询余额明细", "还有10元话费券", "饭票影票天天五折", "刷卡消费实时提醒", "积分当钱花"]
GIFTS = ["5元立减金", "10元还款券", "视频会员月卡", "20元外卖红包", "一次免费洗车", "星巴克中杯券", "8.8元随机立减",
         "周五半价观影", "加油满100减10", "话费红包", "积分加倍卡", "1分钱购咖啡", "最高188元刷卡金"]
ACTS = ["周周刷", "天天抽奖", "月月有礼", "十元风暴", "积分嗨购", "暑期美食季", "双11超级返现", "年末狂欢", "新春红包雨", "618好礼"]
NAMES = ["王*", "李*华", "张*", "刘*军", "陈*", "*静", "赵*强", "周*", "吴*芳", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "某某科技有限公司"]

def build_alerts(rows):
    scen_family = {"spend": "transaction_alert", "income": "transaction_alert", "cash": "transaction_alert",
                   "limit": "service_notice", "points": "transaction_alert"}
    for bank in BANKS:
        for scen, bodies in ALERTS.items():
            for body in R.sample(bodies, min(len(bodies), R.choice([3, 4]))):
                s = slots(bank)
                s.update(pts2=str(int(s["pts"]) + R.randint(100, 90000)), name=R.choice(NAMES),
                         kind=R.choice(KINDS), gift=R.choice(GIFTS), act=R.choice(ACTS))
                txt = body.format(**s)
                promo = R.choice(PROMO).format(**s)
                if R.random() < 0.2:
                    promo = promo + R.choice(["", " ", "\n"]) + R.choice(PROMO).format(**s)
                if R.random() < 0.25:
                    promo = promo + R.choice(["", " 回TD退订", " 拒收请回复R", "【推广】"])
                a, b = sig(s["sg"])
                sep = R.choice(["", " ", "", "\n"])
                text = f"{a}{txt}{sep}{promo}{b}"
                if R.random() < 0.15:
                    text = text.replace("，", ",")
                fam = scen_family[scen]
                rows.append(dict(text=text, sender=sender_for(s["hot"]), family=fam,
                                 group=f"{fam}/{scen}-promo-b{BANKS.index(bank)//4}", hard=("领取" in promo or "下载" in promo)))

# ---------------- section 2: app / service promotions ----------------
APPS = [
 # brand, sender, domain, category
 ("高德地图", "106980095", "t.cn", "map"), ("百度地图", "1065502010", "dwz.cn", "map"), ("腾讯地图", "10690", "url.cn", "map"),
 ("QQ音乐", "10690", "url.cn", "music"), ("网易云音乐", "10690", "163.lu", "music"), ("酷狗音乐", "1069", "t.cn", "music"), ("咪咕音乐", "10086", "migu.cn", "music"),
 ("爱奇艺", "10690", "iqy.cn", "video"), ("优酷", "1069", "t.cn", "video"), ("腾讯视频", "10690", "url.cn", "video"), ("芒果TV", "1069", "mgtv.cn", "video"), ("哔哩哔哩", "1069", "b23.tv", "video"),
 ("淘宝", "10690", "tb.cn", "shop"), ("京东", "10690", "3.cn", "shop"), ("拼多多", "1069", "pinduoduo.com", "shop"), ("唯品会", "1069", "vip.cn", "shop"), ("苏宁易购", "1069", "suning.cn", "shop"),
 ("今日头条", "1069", "toutiao.cn", "news"), ("网易新闻", "1069", "163.lu", "news"), ("腾讯新闻", "10690", "url.cn", "news"),
 ("携程旅行", "1069", "ctrip.cn", "travel"), ("去哪儿旅行", "1069", "qunar.cn", "travel"), ("飞猪", "10690", "tb.cn", "travel"), ("同程旅行", "1069", "ly.cn", "travel"),
 ("美团", "10690", "dpurl.cn", "food"), ("饿了么", "1069", "ele.me", "food"), ("大众点评", "1069", "dpurl.cn", "food"), ("瑞幸咖啡", "1069", "lkcoffee.cn", "food"), ("肯德基", "1069", "kfc.cn", "food"),
 ("滴滴出行", "1069", "didi.cn", "ride"), ("哈啰", "1069", "hello.cn", "ride"), ("曹操出行", "1069", "t.cn", "ride"),
 ("喜马拉雅", "1069", "xima.tv", "audio"), ("Keep", "1069", "keep.cn", "fit"), ("WPS", "1069", "wps.cn", "tool"), ("百度网盘", "1065", "dwz.cn", "tool"), ("迅雷", "1069", "t.cn", "tool"),
 ("王者荣耀", "10690", "url.cn", "game"), ("和平精英", "10690", "url.cn", "game"), ("原神", "1069", "t.cn", "game"), ("梦幻西游", "1069", "163.lu", "game"), ("开心消消乐", "1069", "t.cn", "game"),
 ("中国移动", "10086", "dx.10086.cn", "tel"), ("中国联通", "10010", "u.10010.cn", "tel"), ("中国电信", "10001", "a.189.cn", "tel"),
]

CAT_LINES = {
 "map": ["{b}新版上线，{feat}，升级戳 {u}", "出行前打开{b}查看实时路况，下载：{u}", "{b}邀你体验{feat}，点击{u}立即更新",
         "国庆自驾高峰将至，{b}已更新节假日避堵路线，{u}", "{b}语音包上新了！{u} 下载后设置即可"],
 "music": ["{b}会员{day}天体验卡已放入您的账户，点击{u}领取", "您关注的歌手发布新专辑，{b}首发试听：{u}", "{b}年度听歌报告出炉，戳{u}看看你的{yr}",
           "绿钻/黑胶会员限时{rate}折续费，{u}", "下载{b}客户端，每日签到领免流量包 {u}"],
 "video": ["{b}VIP将于{date}到期，续费享{rate}折，官方入口{u}", "热播剧《{show}》今晚更新，{b}客户端抢先看 {u}", "{b}会员自动续费提醒：{date}将扣费{amt}元，可在App-我的-会员管理中取消。",
           "您有一张{b}观影券待领取，{u}", "新用户下载{b}，首月{small}元 {u}"],
 "shop": ["您的{b}购物车商品降价了！{u}", "{b}{fest}预售开启，{gift}限量领 {u}", "亲，{b}送您{gift}，{date}前有效，点{u}使用",
          "{b}超级会员日：{gift}，戳{u} 退订回TD", "您关注的店铺上新，{b}App搜“{shop}”或点{u}"],
 "news": ["{b}极速版签到{day}天领现金，{u}", "下载{b}客户端看{fest}直播：{u}", "{b}为您推送今日要闻，升级新版本体验更好 {u}"],
 "travel": ["{b}{fest}机票特惠，{city}出发低至{amt}元起，{u}", "您的{b}会员等级已升级为金卡，权益详见{u}", "{b}酒店红包{gift}已到账，{date}前有效 {u}",
            "下载{b}App订火车票，抢票成功率更高：{u}"],
 "food": ["{b}送您{gift}，今日下单可用→{u}", "{b}签到第{n}天，再签{day}天得免单券 {u}", "{b}新品上市，App下单第二杯半价 {u}", "好久不见！{b}为您准备了{gift}，{u}"],
 "ride": ["{b}出行券{gift}已到账，{u}", "{b}骑行月卡{rate}折，戳{u}开通", "周末出游打车立减，{b}领券：{u}"],
 "audio": ["{b}会员节开启，年卡{rate}折 {u}", "睡前听书，{b}新人送{day}天VIP：{u}"],
 "fit": ["今天还没运动哦，{b}为你准备了{day}天训练计划 {u}"],
 "tool": ["{b}超级会员将于{date}到期，续费请前往官方客户端或{u}", "{b}新版本已发布，修复已知问题，升级：{u}", "您的{b}空间即将占满，扩容优惠 {u}"],
 "game": ["《{b}》新赛季开启，回归即送{gift}，下载更新：{u}", "{b}周年庆，登录领取限定皮肤 {u}", "您预约的《{b}》今日公测，点击{u}下载客户端"],
 "tel": ["尊敬的客户，您本月流量已使用{pct}%，可办理{n}GB加油包，详询{u}", "下载{b}App，每日签到领{gift}：{u}", "您的话费积分{pts}分即将清零，兑换请登录{u}",
         "{b}为您推荐5G升级包，{u} 了解详情，退订回复TD", "{b}视频彩铃免费体验{day}天，点击{u}设置"],
}
FESTS = ["双11", "618", "年货节", "中秋", "国庆", "元旦", "38女神节", "开学季", "双12", "春节", "暑期", "情人节"]
SHOWS = ["长安的荔枝", "繁花", "庆余年", "狂飙", "漫长的季节", "三体", "与凤行", "墨雨云间", "藏海传", "玫瑰的故事"]
CITIES = ["北京", "上海", "广州", "成都", "杭州", "西安", "重庆", "深圳", "武汉", "南京", "厦门", "昆明"]

def app_sender(snd):
    if len(snd) >= 9 or snd in ("10086", "10010", "10001"):
        return snd
    return snd + "".join(R.choice(string.digits) for _ in range(11 - len(snd) + R.choice([0, 1, 2])))

def build_apps(rows):
    for b, snd, dom, cat in APPS:
        lines = CAT_LINES[cat]
        for line in R.sample(lines, min(len(lines), 4)):
            s = slots()
            s.update(b=b, u=link(dom), feat=R.choice(["车道级导航", "AR步行导航", "货车避限行", "红绿灯倒计时", "充电桩查询"]),
                     yr=R.choice(["年度歌手", "深夜单曲", "听歌时长"]), show=R.choice(SHOWS), fest=R.choice(FESTS),
                     gift=R.choice(GIFTS), shop=R.choice(["官方旗舰店", "自营店", "品牌折扣店"]), city=R.choice(CITIES),
                     pct=str(R.choice([80, 85, 90, 95])))
            t = line.format(**s)
            a, bb = sig(b)
            end = "" if "退订" in t else R.choice(["", "", " 退订回T", " 回TD退订", " 拒收请回复R", "", " 回复BK退订"])
            fam = "service_notice" if ("到期" in t or "续费" in t or "扣费" in t) else "ad"
            text = f"{a}{t}{end}{bb}"
            rows.append(dict(text=text, sender=app_sender(snd), family=fam, group=f"{fam}/{ {'audio': 'lifestyle', 'fit': 'lifestyle', 'news': 'lifestyle'}.get(cat, cat)}-app-promo",
                             hard=any(k in t for k in ("领取", "下载", "领", "红包"))))

# free-form individually written ad / push messages
FREE_ADS = [
 ("ad/shop-store", "【{shop}】会员您好，店庆3天全场满199减50，凭短信到店再送小礼品一份，地址：{city}万象城B1层。退订回T"),
 ("ad/shop-store", "{shop}{fest}感恩回馈～老会员进店即送护手霜一支，数量有限送完即止。详询0{area}-{land} 回T退订"),
 ("ad/shop-store", "亲爱的会员，您在{shop}的积分{pts}分本月底到期，可到店抵现，线上商城：{u}"),
 ("ad/shop-store", "{shop}新品到店！扫码或点 {u} 预约试穿，本周六日满300立减60。退订回N"),
 ("ad/shop-store", "【{shop}】你有一张生日券待领取：满100减20，{date}前到店使用，{u}"),
 ("ad/shop-store", "好消息！{shop}周年庆，储值1000送150，不抽奖不套路，到店即享。回TD退订"),
 ("ad/telecom-vas", "【中国移动】您已获得{n}元话费券，登录中国移动App-我的-卡券即可使用，{u}"),
 ("ad/telecom-vas", "尊敬的用户，{mon}月您可免费领取1GB国内流量，发送LQ到10086或点击 {u} 领取。中国移动"),
 ("ad/telecom-vas", "【中国联通】宽带用户专享：加{small}元/月升级千兆，详询10010或营业厅，{u}"),
 ("ad/telecom-vas", "中国电信提醒：您的天翼云盘有{n}G免费空间待领取，下载天翼云盘客户端 {u} ，登录即送。"),
 ("ad/telecom-vas", "【中国广电】5G新用户首月免费，192号段靓号火热选号中 {u} 拒收回复R"),
 ("ad/telecom-vas", "您本月话费账单已生成，登录掌上营业厅查看详单并参与签到抽流量：{u}【中国联通】"),
 ("ad/coupon-app", "{b}：您的专属红包还有24小时过期！金额{amt}元，戳 {u}"),
 ("ad/coupon-app", "叮~{gift}到账提醒，打开{b} App「我的-优惠券」查看。{u}"),
 ("ad/coupon-app", "签到提醒📅 连续签到{n}天可兑换{gift}，今天别断签哦 {u}"),
 ("ad/coupon-app", "Hi，{b}给您发了一个新人礼包🎁 {u} 打开App即可领取"),
 ("ad/coupon-app", "🔥{fest}大促最后一天！{b}全场{rate}折起，点击{u}进入会场"),
 ("ad/coupon-app", "{b}提醒：您收藏的商品已到货，数量有限~ {u} 回TD退订"),
 ("ad/upgrade-app", "【{b}】检测到您使用的版本较旧，为保障使用体验请前往应用商店更新或点击 {u}"),
 ("ad/upgrade-app", "{b} v{ver} 更新啦：{feat2}。应用商店搜索“{b}”即可升级"),
 ("ad/upgrade-app", "您好，{b}旧版客户端将于{date}停止服务，请及时升级至最新版，官方下载：{u}"),
 ("service_notice/member-renew", "【{b}】您的年度会员将于{date}到期，到期后将自动续费{amt}元，如需取消可在App设置中关闭。"),
 ("service_notice/member-renew", "{b}会员续费成功，有效期至{date}，发票可在{u}申请"),
 ("service_notice/member-renew", "温馨提示：您开通的{b}连续包月服务将于明日扣款{amt}元，管理订阅：{u}"),
 ("service_notice/member-renew", "您的{b}会员已过期{n}天，回归续费享首月{small}元，官方渠道：{u}"),
 ("ad/lottery-free-shop", "【{shop}】您参与的店内扫码抽奖已开奖，恭喜获得{gift}，凭本短信到店核销，无需支付任何费用。"),
 ("ad/lottery-free-shop", "{shop}：{fest}到店消费即可参与抽奖，100%有奖，最高送{gift}。地址{city}路{n}号"),
 ("ad/lottery-free-shop", "感谢您参加{shop}开业活动，您的奖品{gift}请于{date}前到服务台领取，逾期作废。"),
 ("ad/travel-hotel", "{b}会员专享：{city}酒店周末特惠{rate}折，预订请打开App或 {u}"),
 ("ad/travel-hotel", "🏨 您常住的{city}{hotel}推出连住优惠，App预订立减{n}0元 {u} 退订回T"),
 ("ad/travel-hotel", "【{b}】{fest}出游季，{city}往返机票低价日历已更新，快去看看 {u}"),
]
SHOPS = ["优衣库", "周大福", "屈臣氏", "名创优品", "安踏", "李宁", "完美日记", "小米之家", "华为授权体验店", "良品铺子", "永和豆浆", "鲜丰水果",
         "百丽", "海澜之家", "波司登", "茶颜悦色", "蜜雪冰城", "老凤祥", "苏宁电器", "国美电器", "孩子王", "西西弗书店"]
HOTELS = ["全季酒店", "汉庭", "亚朵", "维也纳酒店", "如家", "锦江之星", "希尔顿欢朋"]
FEAT2 = ["新增深色模式", "支持离线下载", "优化播放速度", "修复部分机型闪退", "新增家庭共享", "搜索更快更准"]

def build_free(rows):
    brands = [a[0] for a in APPS if a[3] not in ("tel",)]
    doms = ["t.cn", "url.cn", "dwz.cn", "suo.im", "3.cn", "tb.cn"]
    for grp, tpl in FREE_ADS:
        for _ in range(R.choice([3, 4, 4, 5])):
            s = slots()
            b = R.choice(brands)
            s.update(b=b, u=link(R.choice(doms)), shop=R.choice(SHOPS), city=R.choice(CITIES), fest=R.choice(FESTS),
                     gift=R.choice(GIFTS), area=str(R.choice([10, 20, 21, 22, 23, 24, 25, 27, 28, 29, 531, 571, 591, 731, 851, 871])),
                     land=str(R.randint(52000000, 89999999)), ver=f"{R.randint(5,14)}.{R.randint(0,9)}.{R.randint(0,9)}",
                     feat2=R.choice(FEAT2), hotel=R.choice(HOTELS))
            t = tpl.format(**s)
            if R.random() < 0.3 and "【" not in t:
                t = t + f"【{s['shop'] if 'shop' in tpl else b}】"
            fam = grp.split("/")[0]
            rows.append(dict(text=t, sender=R.choice([None, "1069" + rs(8, string.digits), "10690" + rs(9, string.digits), "1065" + rs(9, string.digits)]),
                             family=fam, group=grp, hard=any(k in t for k in ("领取", "下载", "红包", "领"))))

# ---------------- section 3: lender marketing ----------------
LENDERS = [
 ("招商银行", "95555", "闪电贷", "招商银行App", "cmbt.cn"), ("建设银行", "95533", "快贷", "建行手机银行", "ccb.cn"),
 ("工商银行", "95588", "融e借", "工行手机银行", "icbc.cn"), ("招联金融", "4008-300-400", "好期贷", "招联金融App", "zlfin.cn"),
 ("支付宝", "95188", "借呗", "支付宝", "ur.alipay.com"), ("微众银行", "95384", "微粒贷", "微信-钱包", "wbank.cn"),
 ("京东金融", "95118", "金条", "京东金融App", "3.cn"), ("度小满", "95055", "有钱花", "度小满金融App", "dxm.cn"),
 ("平安银行", "95511", "新一贷", "平安口袋银行", "pa18.cn"), ("中国银行", "95566", "中银E贷", "中国银行App", "boc.cn"),
 ("农业银行", "95599", "网捷贷", "农行掌上银行", "abc.cn"), ("交通银行", "95559", "惠民贷", "交通银行App", "bocom.cn"),
 ("中信银行", "95558", "信秒贷", "中信银行App", "citic.cn"), ("浦发银行", "95528", "浦银点贷", "浦发手机银行", "spdb.cn"),
 ("邮储银行", "95580", "邮享贷", "邮储手机银行", "psbc.cn"), ("光大银行", "95595", "光速贷", "光大银行App", "cebbank.cn"),
 ("宁波银行", "95574", "白领通", "宁波银行App", "nbcb.cn"), ("马上消费金融", "400-106-1111", "安逸花", "安逸花App", "msxf.cn"),
 ("兴业银行", "95561", "兴闪贷", "兴业银行App", "cib.cn"), ("民生银行", "95568", "民易贷", "民生银行App", "cmbc.cn"),
]
LM = [
 "尊敬的客户，感谢您多年来的信任。基于您良好的信用记录，{p}为您提供额度{lim}元的专属信用贷款，期限最长{n}个月，可提前还款。办理请认准{app}唯一官方渠道，不会收取任何额外费用。",
 "{p}：周末借款享利率{rate}折券，仅限{app}内使用。",
 "您有一笔{p}优惠待领取→{app}首页 回T退订",
 "Dear customer, {p} pre-approved limit RMB{lim}, apply in {app}. Reply T to unsubscribe.",
 "装修用钱？{p}最高{wan}万元，最长可分{n}期，详询{hot}（贷款额度、利率以审批为准）",
 "尊敬的{b}客户：您名下{p}额度长期未使用，如无需要可忽略本短信；如需借款，请仅通过{app}或{hot}办理，谨防冒充我行的诈骗电话。",
 "尊敬的客户，您已获得{p}预审额度最高{lim}元，年化利率(单利){apr}%起，登录{app}查看。回T退订",
 "{p}为您开放专属额度，随借随还，按日计息，详询{hot}。拒收请回复R",
 "好消息！您的{p}可用额度已提升至{lim}元，打开{app}-{p}即可查看，借款请量力而行。",
 "您好，您可申请{p}，纯线上办理，最快1分钟到账，年化利率{apr}%-{apr2}%，以实际审批为准。{app}搜索“{p}”。回T退订",
 "{p}限时利率优惠：{date}前借款可领{n}天免息券，官方入口：{app}。贷款有风险，借款需谨慎。",
 "您尚有{p}额度{lim}元未使用，装修、旅游、教育均可用，详询{hot}或就近网点。退订回TD",
 "{p}新客专享：首借年化利率低至{apr}%，{app}在线申请 {u}",
 "您好！我行{p}面向优质客户开放，额度最高{wan}万元，可至{city}分行营业部咨询，电话0{area}-{land}。回T退订",
 "您的信用卡已符合{p2}条件，分{n}期手续费享{rate}折，{app}-分期专区办理，详询{hot}。",
 "账单分期优惠：您{mon}月账单可申请分{n}期，每期手续费率{fr}%，折合年化约{apr2}%，{app}办理。",
 "诚邀您申请{b}信用卡，年费首年免，新户消费3笔送{gift}，{app}在线申请 {u} 回T退订",
 "{b}白金卡邀您办理，额度最高{lim}元，详情请致电{hot}或到网点咨询。",
 "您的{p}授信即将于{date}到期，可登录{app}申请续期，无需任何手续费。退订回T",
 "{p}温馨提示：本行不会以任何理由收取贷前费用，请通过{app}或{hot}官方渠道办理。",
 "Hi，{p}年中福利来啦~ 借款满{n}000元抽{gift}，{app}参与。回TD退订",
 "您在我行的代发工资客户专享{p}已开通，最高{lim}元，手机银行一键申请，借款年化利率{apr}%起。",
 "{p}额度{lim}元已为您预留，有效期{day}天，App内可查看，不借款不收费。",
 "您的{p}提额申请已通过评估，新额度{lim}元，请在{app}中确认。",
 "车位分期/装修分期上线啦！{b}{p2}，最长{n}期，{app}预约，或致电{hot}。",
 "购车季，{b}汽车分期低首付，详询各网点或拨打{hot}，回复TD退订",
]

def build_lenders(rows):
    for b, hot, p, app, dom in LENDERS:
        pool = [x for x in LM if b.endswith("银行") or not any(k in x for k in ("网点", "分行", "我行", "信用卡", "白金卡", "{b}{p2}", "汽车分期", "账单分期"))]
        for tpl in R.sample(pool, R.choice([6, 7, 8])):
            s = slots()
            apr = R.choice([3.2, 3.45, 3.6, 4.2, 5.4, 7.2, 7.3, 9.0, 10.8])
            s.update(b=b, hot=hot, p=p, app=app, u=link(dom), apr=str(apr), apr2=str(R.choice([14.4, 18.0, 18.25, 23.4, 24.0])),
                     p2=R.choice(["账单分期", "现金分期", "装修分期", "购车分期", "e分期"]), fr=R.choice(["0.5", "0.6", "0.65", "0.75"]),
                     gift=R.choice(GIFTS), city=R.choice(CITIES), area=str(R.choice([10, 20, 21, 22, 23, 24, 25, 27, 28, 29, 571, 591])),
                     land=str(R.randint(52000000, 89999999)))
            s["n"] = str(R.choice([3, 6, 6, 12, 12, 18, 24, 36]))
            t = tpl.format(**s)
            a, bb = sig(b)
            rows.append(dict(text=f"{a}{t}{bb}", sender=sender_for(hot), family="lender_marketing",
                             group=f"lender_marketing/{p}-offer", hard=("额度" in t)))

# ---------------- hand-written one-offs (no slots beyond links) ----------------
HAND = [
 ("ad/legacy-wap-push", "10658000", "【手机报】今日要闻：多地发布高温预警；暑期出行注意防暑。更多内容请访问 wap.10086.cn 资费3元/月，退订回复0000"),
 ("ad/legacy-wap-push", "10086", "尊敬的客户，飞信新版发布，支持免费群聊短信，下载地址：f.10086.cn 。中国移动"),
 ("ad/legacy-wap-push", "1065902", "【139邮箱】您有1封新邮件，发件人：人事部，主题：关于国庆放假安排。登录mail.10086.cn查看。回复TD退订邮件到达通知"),
 ("ad/legacy-wap-push", "10010", "沃商店精品应用限时免费下载，登录 m.wostore.cn 即可获取，流量费按标准收取。【中国联通】"),
 ("ad/legacy-wap-push", "10086", "【MM商场】您好，您关注的游戏《捕鱼达人》已更新，登录 mm.10086.cn 下载最新版，使用WLAN下载更省流量。"),
 ("ad/legacy-wap-push", "106575000", "新浪微博客户端4.0发布，界面全新改版，点击 t.cn/zW8qYaB 下载。回复TD退订"),
 ("ad/legacy-wap-push", "10086", "移动彩票：本期双色球奖池已超过6亿，购彩请登录 caipiao.10086.cn ，理性购彩。回复QXCP取消"),
 ("ad/music-ringtone", "10086", "亲爱的用户，您设置的彩铃《小幸运》将于本月底下架，可登录 y.10086.cn 免费更换其他曲目。中国移动"),
 ("ad/music-ringtone", "12530", "【咪咕音乐】新歌速递：周杰伦新歌上线，回复1设为彩铃，回复0不再接收。"),
 ("ad/music-ringtone", "10655", "您的视频彩铃已生效，来电时对方将看到您选择的视频。更换请前往咪咕视频App-我的-视频彩铃。"),
 ("ad/brand-english-mix", "106900", "Hi~ IKEA Family会员专享：本周末厨房用品8折，App下单享免费送货上门。Details: t.cn/A6xZp2k 回T退订"),
 ("ad/brand-english-mix", None, "【Apple】Your Apple Music free trial ends on 3/15. Manage or cancel anytime in Settings > Apple ID > Subscriptions."),
 ("ad/brand-english-mix", "1069", "Nike Member: 新品 Air Max 上新，会员抢先购 48h only → nike.cn/3kLz 回TD退订"),
 ("ad/brand-english-mix", None, "Starbucks Rewards：您的星星即将到期⭐ 快用掉兑换一杯免费饮品吧！app内「我的星礼卡」查看。"),
 ("ad/brand-english-mix", "106", "【Costco】Hi 会员，上海闵行店本周六10:00起恢复营业时间延长至21:00，欢迎光临。"),
 ("ad/brand-english-mix", None, "【Uniqlo】UT系列新品上市！线上门店同步发售，u.uniqlo.cn/ut 退订回N"),
 ("ad/sloppy-local", "13", "老顾客您好 本店新到一批阳澄湖大闸蟹 公母都有 需要的话到店看货 地址老地方 民生路菜市场东门 退订回T"),
 ("ad/sloppy-local", None, "【鑫鑫洗车】会员充值200送50，洗车12一次 本周六周日打蜡半价 地址：人民路88号旁"),
 ("ad/sloppy-local", None, "亲～我们家的秋冬新款到了，小程序搜“木子衣橱”就能看，老顾客九折，包邮哈"),
 ("ad/sloppy-local", None, "【开心驾校】暑假学车季报名立减500，学生凭证再减200，咨询0571-86452310 退订T"),
 ("ad/sloppy-local", None, "新开张！！楼下川菜馆今日起3天全场8.8折，外卖平台搜“蜀香小厨”下单同样优惠～"),
 ("ad/sloppy-local", None, "【瑞丽美容】小姐姐，店里做活动啦 补水护理体验价39元 一人限一次 微信小程序“瑞丽美容”预约 回T退订"),
 ("ad/app-download-cta", "10690", "【12306】铁路12306 App全新改版，候补购票更便捷，请通过官网 www.12306.cn 或各大应用商店下载。"),
 ("ad/app-download-cta", "10690", "【个人所得税】年度汇算开始啦，下载“个人所得税”App，办理前请先预约，详情见官方App首页。"),
 ("ad/app-download-cta", "12123", "【交管12123】驾驶证电子版已上线，下载“交管12123”App即可申领，全国通用。"),
 ("ad/app-download-cta", None, "【国家反诈中心】请下载国家反诈中心App并开启来电预警功能，守护您的钱袋子，应用商店搜索即可。"),
 ("ad/app-download-cta", "10690", "【医保服务平台】医保电子凭证就医结算更方便，请在国家医保服务平台App或微信/支付宝中激活。"),
 ("ad/app-download-cta", "1069", "【随申办】您申请的电子居住证已生成，下载随申办App—我的证照查看。"),
 ("ad/app-download-cta", "1069", "【粤省事】社保卡电子凭证开通提醒：打开粤省事小程序，首页即可领取。"),
 ("ad/app-download-cta", "95598", "【国家电网】网上国网App新用户绑定户号送积分，可兑换电费红包。应用商店搜“网上国网”。"),
 ("ad/app-download-cta", "1069", "【南方电网】交电费更方便！下载南网在线App，首绑户号领2元电费券 t.cn/Rcsw9pQ"),
 ("ad/app-download-cta", "1069", "【中国石化】下载“易捷加油”App，加油满200减10，每月限3次 url.cn/5fJk2Qa"),
 ("service_notice/points-expiry", "10086", "尊敬的客户，您有3260个移动积分将于12月31日清零，请登录中国移动App-积分商城兑换，{短}"),
 ("service_notice/points-expiry", "95508", "【广发银行】您的信用卡积分本年末到期，可登录发现精彩App兑换航空里程或礼品，积分不得转让。"),
 ("service_notice/points-expiry", "1069", "【南航明珠】您有2,100里程将于下月底到期，可在南航App兑换机票或升舱，详情 t.cn/A66hvE"),
 ("service_notice/points-expiry", "1069", "东航会员您好，您的积分1520分将过期，前往东方航空App-会员中心查看兑换方式。"),
 ("service_notice/points-expiry", "10000", "【中国电信】您的欢go积分即将到期，可兑换话费、视频会员，登录电信营业厅App。回TD退订"),
 ("ad/coupon-chatty", None, "【美团外卖】饿了吧😋 给你塞了张满30减8的券，今晚8点前有效，冲！dpurl.cn/m6Yk"),
 ("ad/coupon-chatty", None, "周五啦！🍗 KFC疯狂星期四... 不对，今天是疯狂星期五？反正App里有9.9元桶等你 kfc.cn/x7Y2"),
 ("ad/coupon-chatty", None, "【盒马】叮咚～你常买的草莓到货啦🍓 App下单30分钟送达，新鲜看得见 t.cn/Ae9kQ2"),
 ("ad/coupon-chatty", None, "别忘了～你的瑞幸4.9元券明天就过期啦☕ 回TD退订"),
 ("ad/coupon-chatty", None, "【拼多多】你的好友帮你砍了一刀！还差一点点，打开App看看吧～ 退订回T"),
 ("ad/coupon-chatty", None, "【淘宝】88VIP年卡特惠中，开通即享饿了么超级会员+优酷VIP，tb.cn/kq7Lm 回TD退订"),
 ("ad/bank-app-feature", "95555", "【招商银行】招商银行App 13.0上线：首页支持大字版，转账更清晰。可在应用商店更新。"),
 ("ad/bank-app-feature", "95588", "工行手机银行“幸福生活”版为老年客户提供大字体、语音导航服务，欢迎体验。【工商银行】"),
 ("ad/bank-app-feature", "95533", "【建设银行】您可通过建行手机银行“龙支付”扫码缴纳水电燃气费，首次缴费随机立减，详见App活动页。"),
 ("ad/bank-app-feature", "95566", "中国银行提醒：中银跨境e汇新上线，留学汇款手续费减免，详询95566或手机银行。"),
 ("ad/bank-app-feature", "95559", "【交通银行】个人养老金账户开户进行中，通过交通银行App开户并缴存可享好礼，详见App“养老金”专区。"),
 ("ad/bank-app-feature", "95599", "中国农业银行：掌银新增“数字人民币”钱包入口，开通后可在指定商户享受支付优惠。"),
 ("ad/bank-app-feature", "95580", "【邮储银行】邮储手机银行上线“一键查询名下账户”服务，可自助管理长期不动户。"),
 ("ad/shop-loyalty-no-link", None, "【百果园】会员您好，您本月享一次免费果切，到任意门店出示会员码即可，有效期至月底。"),
 ("ad/shop-loyalty-no-link", None, "【西西弗书店】4.23读书日，会员购书满100减20，另赠限量帆布袋。退订回N"),
 ("ad/shop-loyalty-no-link", None, "【周大福】尊贵的会员，黄金饰品工费7折，本周末至各门店咨询，热线400-910-8882"),
 ("ad/shop-loyalty-no-link", None, "亲爱的家长，孩子王会员日来啦，奶粉满2罐减50，门店及App同享。退订回T"),
 ("ad/shop-loyalty-no-link", None, "【蔚来】您预约的ES6试驾安排在周日上午10点，地点：蔚来中心（西湖店），如需改期请在App内操作。"),
 ("ad/shop-loyalty-no-link", None, "【链家】您关注的小区有新房源挂牌，2室1厅，满五唯一，打开贝壳找房App查看。退订回TD"),
]

def build_hand(rows):
    for grp, snd, t in HAND:
        t = t.replace("{短}", "url.cn/" + rs(5))
        fam = grp.split("/")[0]
        if snd in ("13", "106", "1069", "10690", "1065902", "106900") :
            snd = snd + "".join(R.choice(string.digits) for _ in range(11 - len(snd)))
        rows.append(dict(text=t, sender=snd, family=fam, group=grp, hard=any(k in t for k in ("领", "下载", "红包"))))

def other_texts():
    out = []
    for f in sorted(OUT.parent.glob("*.jsonl")):
        if f.name == OUT.name:
            continue
        for line in f.open(encoding="utf-8"):
            try:
                out.append(json.loads(line)["text"])
            except Exception:
                pass
    return out

def main():
    rows = []
    build_alerts(rows); build_apps(rows); build_free(rows); build_lenders(rows); build_hand(rows)
    ext = [char_ngrams(t) for t in other_texts()]
    from collections import defaultdict
    index = defaultdict(set)
    for i, g in enumerate(ext):
        for x in g:
            index[x].add(i)
    kept, kg = [], []
    for r in rows:
        g = char_ngrams(r["text"])
        shared = defaultdict(int)
        for x in g:
            for j in index.get(x, ()):
                shared[j] += 1
        ok = True
        for j, sh in shared.items():
            other = ext[j] if j < len(ext) else kg[j - len(ext)]
            if sh / (len(g) + len(other) - sh) >= 0.55:
                ok = False; break
        if not ok:
            continue
        k = len(ext) + len(kg)
        kg.append(g)
        for x in g:
            index[x].add(k)
        kept.append(r)
    with OUT.open("w", encoding="utf-8") as f:
        for n, r in enumerate(kept, 1):
            row = dict(id=f"oe-{n:04d}", text=r["text"], label="other", channel="sms", sender=r["sender"],
                       family=r["family"], group=r["group"], flags=["hard"] if r["hard"] else [])
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "generated,", len(kept), "kept")

if __name__ == "__main__":
    main()
