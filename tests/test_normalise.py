"""Normalisation against evasion, with spans mapped back to the original."""
from __future__ import annotations

import pytest

from scamguard.text.extract import extract, phone_kind, url_kind
from scamguard.text.normalise import normalise, obfuscated_terms


@pytest.mark.parametrize("raw,expected", [
    ("停 息 挂 账", "停息挂账"), ("征.信修复", "征信修复"), ("贷丨款", "贷款"), ("徴信", "征信"), ("貸款", "贷款"),
    ("借唄", "借呗"), ("无抵扌甲", "无抵押"), ("加薇信", "加微信"), ("ｖｘ", "微信"), ("扣扣", "qq"), ("🐧", "qq"),
    ("zx修复", "征信修复"), ("txgz", "停息挂账"), ("借贝", "借呗"), ("逾其", "逾期"), ("幺三八幺二三四五六七八", "13812345678"),
    ("15 56 3458 960", "15563458960"), ("alipay 。 com", "alipay.com"), ("停\u200b息", "停息"), ("ＡＢＣ１２３", "abc123"), ("详情➕薇dai66", "详情加微信"),
    ("詳 情 ➕ 薇 ：ｄａｉ６６", "详情加微信"),
    ("正规银，行无抵压，无代前费用", "正规银行无抵押,无贷前费用"),
])
def test_tricks_are_undone(raw, expected):
    assert expected in normalise(raw).text


@pytest.mark.parametrize("plain", ["您的欠款已逾期", "有什么可以帮您", "怎么办", "给予减免", "沪农商行", "著名", "抬头",
                                   "疏忽", "芸豆", "蒜薹", "醋", "沙家浜"])
def test_everyday_simplified_text_is_left_alone(plain):
    assert normalise(plain).text == plain


# Traditional or variant forms that GB2312 happens to hold; every other GB2312 character is everyday simplified
# text, and folding it (欠→缺, 么→幺, as a Japanese-variant table once did) would rewrite ordinary messages.
_GB2312_VARIANTS = set("乾夥後徵捱摺於榘甯糸菸醣麴麽")


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_the_variant_table_folds_no_everyday_simplified_character():
    from scamguard.text.normalise import _tables

    folded = {chr(cp) for cp, dst in _tables().chars.items()
              if "\u4e00" <= chr(cp) <= "\u9fff" and chr(cp) != dst and _in_gb2312(chr(cp))}
    assert folded <= _GB2312_VARIANTS, sorted(folded - _GB2312_VARIANTS)


def test_spans_map_back_to_the_original():
    raw = "请联系 停 息 挂 账 专员，加薇信"
    n = normalise(raw)
    i = n.text.index("停息挂账")
    s, e = n.span(i, i + 4)
    assert raw[s:e] == "停 息 挂 账"
    j = n.text.index("加微信")
    s, e = n.span(j, j + 3)
    assert raw[s:e] == "加薇信"


def test_disguised_terms_are_counted_but_honest_scripts_are_not():
    assert len(obfuscated_terms(normalise("停 息 挂 账，征.信修复，無抵押貸款"))) >= 3
    hk = normalise("恒生：本行已向閣下發出信用卡戶口的新電子月結單，請即登入個人e-Banking查閱。")
    assert "traditional_mixed" not in hk.tricks and not obfuscated_terms(hk)
    tokenised = normalise("信用卡 提现 垫 还 个 点 起 真实 消费 专业 办 提额 电话")
    assert "separators" not in tokenised.tricks
    assert normalise("您尾号1234的信用卡本期账单已出，2026-03-31前还款").text.count("2026-03-31") == 1


def test_a_tokenised_export_reads_like_the_message_it_was_made_from():
    # Placeholders filled in, the tokeniser's spaces beside Chinese text and 【】 gone: the same text as untokenised.
    raw = "尊敬 的 NAME 您 在 我 行 的 贷款 已 逾期 请 于 DIGIT 日 内 归还 【 中信银行 】"
    n = normalise(raw)
    assert n.text == normalise("尊敬的NAME您在我行的贷款已逾期请于DIGIT日内归还【中信银行】").text
    assert not n.evasion
    j = n.text.index("中信银行")
    assert raw[slice(*n.span(j, j + 4))] == "中信银行"
    # Two numbers side by side stay two numbers; a text that is not a tokenised export keeps its spaces.
    assert "8 8" in normalise("额度 DIGIT DIGIT 万 信用卡 提现 垫 还 费率 低 电话 CELLPHONE").text
    assert normalise("会议改到 3 点，地点不变").text == "会议改到 3 点,地点不变"


@pytest.mark.parametrize("number,kind", [
    ("13812345678", "mobile"), ("17012345678", "virtual"), ("95588", "service"), ("106980095533", "port"),
    ("4006700700", "hotline400"), ("+8695188", "spoofed"), ("+85291234567", "overseas"), ("12368", "government"),
    ("952122345", "fake95"),
])
def test_phone_kinds(number, kind):
    assert phone_kind(number) == kind


@pytest.mark.parametrize("url,kind", [
    ("https://www.cmbchina.com/x", "official"), ("alipay-hb.top", "lookalike"), ("t.cn/abc", "shortener"),
    ("http://45.77.1.2/pay", "ip"), ("shop-sale.cc", "unknown"), ("court.gov.cn", "official"),
    # a brand's token dressed up imitates it; the bare token naming a .cn / .com site is likely the brand's own
    ("cgb-unlock.com", "lookalike"), ("bosc-zj.cn", "lookalike"), ("zhengxin.vip", "lookalike"),
    ("nbcb.cn", "unknown"), ("n.95508.com", "unknown"), ("www.chsi.com.cn", "unknown"),
])
def test_url_kinds(url, kind):
    assert url_kind(url) == kind


def test_signature_at_either_end_and_mismatch():
    assert "sig:brand" in extract(normalise("您的账单已出【招商银行】").text).facts
    assert "sig:brand" in extract(normalise("【招商银行】您的账单已出").text).facts
    assert "sig:personal" in extract(normalise("建行放款通知【李经理】").text).facts
    # 电信 in 电信诈骗 or 致电信用卡中心 is no telecom carrier named in the body, so the bank's signature matches it
    for text in ("【工商银行】根据《反电信网络诈骗法》，您的账户已限制非柜面交易，详询95588", "【中信银行】请致电信用卡中心激活"):
        facts = extract(normalise(text).text).facts
        assert "brand:carrier" not in facts and "sig:other_brand_in_body" not in facts
    assert "sig_brand:carrier" in extract(normalise("【中国电信】您的宽带将于3月17日到期").text).facts


def test_a_port_is_credited_to_the_first_listed_number_it_embeds():
    import random

    from scamguard.text.extract import directory

    d = directory()
    numbers = list(d.by_number)

    def first_listed(port: str):   # the definition: the first number in the directory's order that the tail holds
        return next((b for n, b in d.by_number.items() if n in port[3:]), None)

    rng = random.Random(5)
    ports = [f"106{rng.randint(0, 9999)}{rng.choice(numbers)}{rng.randint(0, 99)}" for _ in range(2000)]
    ports += [f"106{rng.randint(10**6, 10**12)}" for _ in range(2000)]
    found = [d.brand_of_number(p) for p in ports]
    assert found == [first_listed(p) for p in ports]
    assert sum(b is not None for b in found) >= 2000
    assert d.brand_of_number("95588") is d.by_number["95588"]


def test_a_landline_printed_with_its_area_code_is_read_as_one_number_and_no_disguise():
    n = normalise("如非本人操作请致电0755-89127734")
    assert "075589127734" in n.text and not n.evasion
    assert "body:landline" in extract(n.text, None, "sms").facts
    assert normalise("138-0013-8000").tricks == {"split_number": 1}   # a mobile broken up is still counted
