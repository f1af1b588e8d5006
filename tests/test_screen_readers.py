"""Readers of `scamguard screen`: every format, encoding and bad-input case. Fixtures are built in tmp_path."""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import shutil
import sqlite3
import sys
import tracemalloc
import zipfile
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from scamguard.screen.readers import Message, Problem, ScreenInputError, detect_format, prepare_input, read_messages
from scamguard.screen.records import parse_direction, parse_time
from scamguard.screen.sqlite_readers import apple_time, attributed_body_text
from scamguard.screen.xml_reader import SurrogateRefFixer

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SBR_TINY = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<?xml-stylesheet type="text/xsl" href="sms.xsl"?>
<smses count="3" backup_set="00000000-0000-0000-0000-000000000000" backup_date="1717200000000" type="full">
  <sms protocol="0" address="10690000000001" date="1717200000000" type="1" subject="null" body="【某银行】您的账户存在异常，请点击链接验证。" toa="null" sc_toa="null" service_center="+8613800100500" read="1" status="-1" locked="0" date_sent="1717199998000" sub_id="1" readable_date="2024年6月1日 08:00:00" contact_name="(Unknown)" />
  <sms protocol="0" address="+8613800000000" date="1717200600000" type="2" subject="null" body="好的，晚上见&#10;带上伞 &#55357;&#56832; &amp; &lt;雨&gt;" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" readable_date="2024年6月1日 08:10:00" contact_name="张三" />
  <mms date="1717201200000" ct_t="application/vnd.wap.multipart.related" msg_box="1" address="+8613900000000" m_type="132" text_only="1" contact_name="(Unknown)">
    <parts>
      <part seq="-1" ct="application/smil" text="&lt;smil&gt;&lt;body/&gt;&lt;/smil&gt;" />
      <part seq="0" ct="text/plain" chset="106" text="恭喜您中奖，请添加客服微信领取。" />
    </parts>
    <addrs>
      <addr address="+8613900000000" type="137" charset="106" />
      <addr address="insert-address-token" type="151" charset="106" />
    </addrs>
  </mms>
</smses>
"""


def sms_line(i: int, body: str = "测试短信", address: str = "10690000000001", kind: int = 1) -> str:
    return (f'  <sms protocol="0" address="{address}" date="{1717200000000 + i * 60000}" type="{kind}" '
            f'subject="null" body="{body}{i}" toa="null" read="1" status="-1" />')


def sbr(lines: list[str]) -> str:
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"0\">\n"
            + "\n".join(lines) + "\n</smses>\n")


def messages(records) -> list[Message]:
    return [r for r in records if isinstance(r, Message)]


def problems(records) -> list[Problem]:
    return [r for r in records if isinstance(r, Problem)]


def write(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


# --- SMS Backup & Restore XML ------------------------------------------------------------------------------------

def test_sbr_tiny(tmp_path):
    recs = list(read_messages(write(tmp_path, "sms.xml", SBR_TINY)))
    assert not problems(recs)
    a, b, c = messages(recs)
    assert (a.record, a.sender, a.direction, a.channel) == ("sms #1", "10690000000001", "received", "sms")
    assert a.time == "2024-06-01T08:00:00+08:00"
    assert b.text == "好的，晚上见\n带上伞 😀 & <雨>" and b.direction == "sent"
    assert (c.record, c.sender, c.text) == ("mms #3", "+8613900000000", "恭喜您中奖，请添加客服微信领取。")


def test_sbr_example_file_parses_completely():
    recs = list(read_messages(EXAMPLES / "sms-backup.xml"))
    msgs = messages(recs)
    assert len(msgs) >= 38
    assert [p.reason for p in problems(recs)] == ["MMS without text (attachments only)"]
    assert any("\U0001F60A" in m.text for m in msgs)  # the surrogate-pair emoji was repaired
    assert {m.direction for m in msgs} == {"received", "sent"}


@pytest.mark.parametrize("raw,expected", [
    (b"a&#55357;&#56832;b", "a😀b".encode()),
    (b"&#xD83D;&#xDE00;", "😀".encode()),
    (b"x&#55357;y", b"x&#65533;y"),            # lone high surrogate
    (b"&#56832;&#55357;", b"&#65533;&#65533;"),  # low before high: both lone
    (b"&#55000;&#55357;&#56832;", "&#55000;😀".encode()),  # a real Hangul reference next to a pair
    (b"&#10;&amp;&#57344;", b"&#10;&amp;&#57344;"),  # not surrogates: untouched
])
def test_surrogate_fixer(raw, expected):
    assert SurrogateRefFixer(io.BytesIO(raw)).read() == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["&#55357;&#56832;", "&#xD83D;&#xDE00;", "文", "a", "&#10;", "&#55357;", "&amp;"]),
                max_size=40), st.integers(1, 20), st.integers(1, 20))
def test_surrogate_fixer_is_independent_of_chunking(pieces, read_size, request_size):
    raw = "".join(pieces).encode()
    expected = SurrogateRefFixer(io.BytesIO(raw), read_size=1 << 16).read()
    fixer = SurrogateRefFixer(io.BytesIO(raw), read_size=read_size)
    out = b""
    while chunk := fixer.read(request_size):
        out += chunk
    assert out == expected


def test_sbr_truncated_keeps_everything_before(tmp_path):
    text = sbr([sms_line(i) for i in range(10)])
    cut = text.index(sms_line(7)) + 40  # in the middle of the 8th <sms>
    recs = list(read_messages(write(tmp_path, "sms.xml", text[:cut])))
    assert [m.text for m in messages(recs)] == [f"测试短信{i}" for i in range(7)]
    assert len(problems(recs)) == 1 and "damaged XML" in problems(recs)[0].reason
    assert problems(recs)[0].location.startswith("line 10")


def test_sbr_broken_element_is_skipped_and_reading_resumes(tmp_path):
    lines = [sms_line(i) for i in range(6)]
    lines[2] = '  <sms address="1" date="1" body="破损 <sms/>'  # broken: '<' inside an attribute
    recs = list(read_messages(write(tmp_path, "sms.xml", sbr(lines))))
    assert [m.text for m in messages(recs)] == [f"测试短信{i}" for i in (0, 1, 3, 4, 5)]
    (problem,) = problems(recs)
    assert problem.location.startswith("line 5,") and "after sms #2" in problem.reason


def test_sbr_unclosed_element_keeps_the_intact_record_on_the_next_line(tmp_path):
    lines = [sms_line(i) for i in range(6)]
    lines[2] = lines[2].replace(" />", "")      # no end: the parser stops at the next line's tag, which is intact
    recs = list(read_messages(write(tmp_path, "sms.xml", sbr(lines))))
    assert [m.text for m in messages(recs)] == [f"测试短信{i}" for i in (0, 1, 3, 4, 5)]
    (problem,) = problems(recs)
    assert problem.location == "line 6, column 2"
    # Records keep their place in the file: the damaged one is #3, so the next is #4.
    assert [m.record for m in messages(recs)] == ["sms #1", "sms #2", "sms #4", "sms #5", "sms #6"]


def test_sbr_without_newlines_resumes_inside_the_line(tmp_path):
    lines = [sms_line(i).strip() for i in range(5)]
    lines[1] = lines[1].replace('address="', 'address="1 ', 1).replace('" date', ' date', 1)  # a broken quote
    text = "<?xml version='1.0' encoding='UTF-8'?><smses count=\"5\">" + "".join(lines) + "</smses>"
    recs = list(read_messages(write(tmp_path, "sms.xml", text), "sbr-xml"))
    assert [m.text for m in messages(recs)] == [f"测试短信{i}" for i in (0, 2, 3, 4)]
    assert [m.record for m in messages(recs)] == ["sms #1", "sms #3", "sms #4", "sms #5"]
    assert len(problems(recs)) == 1 and problems(recs)[0].location.startswith("line 1, column ")


def test_sbr_two_damaged_records_in_a_row(tmp_path):
    lines = [sms_line(i) for i in range(6)]
    lines[2] = '  <sms address="1" date="1" body="破损 <sms/>'
    lines[3] = lines[3].replace(" />", "")
    recs = list(read_messages(write(tmp_path, "sms.xml", sbr(lines))))
    assert [m.text for m in messages(recs)] == [f"测试短信{i}" for i in (0, 1, 4, 5)]
    assert [m.record for m in messages(recs)] == ["sms #1", "sms #2", "sms #5", "sms #6"]
    assert len(problems(recs)) == 2


def _one_line(records: list[str]) -> str:
    return "<?xml version='1.0' encoding='UTF-8'?><smses count=\"9\">" + "".join(records) + "</smses>"


@pytest.mark.parametrize("damage", [
    pytest.param(lambda r: r.replace('body="', 'body="<'), id="lt-in-body"),
    pytest.param(lambda r: r.replace(" />", ""), id="unclosed-element"),
    pytest.param(lambda r: r.replace('body="', 'body="\udcff'), id="bad-utf8-byte"),
])
@pytest.mark.parametrize("newlines", [True, False], ids=["lines", "one-line"])
def test_sbr_every_intact_record_survives_repeated_damage(tmp_path, damage, newlines):
    # Damage every fifth record; with emoji written as surrogate-pair references in front of each damage (they
    # shift the parser's columns) and several damages on one line when the file has no newlines.
    n = 40
    records = [sms_line(i, body="&#55357;&#56832;测试短信" if i % 5 == 4 else "测试短信").strip() for i in range(n)]
    broken = {i for i in range(n) if i % 5 == 3}
    for i in broken:
        records[i] = damage(records[i])
    text = sbr(records) if newlines else _one_line(records)
    data = text.encode("utf-8", "surrogateescape")
    recs = list(read_messages(write(tmp_path, "sms.xml", data), "sbr-xml"))
    intact = [i for i in range(n) if i not in broken]
    assert [m.text.replace("😀", "") for m in messages(recs)] == [f"测试短信{i}" for i in intact]
    assert [m.record for m in messages(recs)] == [f"sms #{i + 1}" for i in intact]
    assert len(problems(recs)) == len(broken)


def test_sbr_with_lone_cr_line_ends_resumes_after_damage(tmp_path):
    lines = [sms_line(i) for i in range(6)]
    lines[2] = lines[2].replace('body="', 'body="<')
    recs = list(read_messages(write(tmp_path, "sms.xml", sbr(lines).replace("\n", "\r")), "sbr-xml"))
    assert [m.text for m in messages(recs)] == [f"测试短信{i}" for i in (0, 1, 3, 4, 5)]
    assert problems(recs)[0].location.startswith("line 5, ")


def test_sbr_record_that_lost_its_slash_is_still_read_in_order(tmp_path):
    lines = [sms_line(i) for i in range(5)]
    lines[1] = lines[1].replace(" />", ">")     # the next records become its children
    recs = list(read_messages(write(tmp_path, "sms.xml", sbr(lines))))
    assert [(m.record, m.text) for m in messages(recs)] == [(f"sms #{i + 1}", f"测试短信{i}") for i in range(5)]
    assert len(problems(recs)) == 1             # the mismatched </smses> at the end


def test_sbr_with_a_damaged_header_keeps_its_records(tmp_path):
    lines = [sms_line(i) for i in range(3)]
    text = sbr(lines).replace('<smses count="0">', '<smses count="0 >')
    recs = list(read_messages(write(tmp_path, "sms.xml", text), "sbr-xml"))
    assert [m.text for m in messages(recs)] == [f"测试短信{i}" for i in range(3)]
    assert len(problems(recs)) == 1


def test_sbr_huge_mms_attribute_is_read_in_growing_chunks(tmp_path):
    # Expat re-scans an unfinished token on every feed; reads double while inside one tag to keep that linear.
    data = "QUJD" * 500_000                          # a 2 MB base64 attachment
    mms = (f'  <mms date="1717200000000" msg_box="1" address="13800000000"><parts><part seq="0" ct="image/jpeg" '
           f'data="{data}" /><part seq="1" ct="text/plain" text="看图" /></parts><addrs /></mms>')
    recs = list(read_messages(write(tmp_path, "sms.xml", sbr([sms_line(0), mms, sms_line(2)]))))
    assert [m.text for m in messages(recs)] == ["测试短信0", "看图", "测试短信2"] and not problems(recs)
    fixer = SurrogateRefFixer(io.BytesIO(b"<a x='" + b"Q" * 100_000 + b"'/>"), read_size=64)
    sizes = [len(fixer.read(16)) for _ in range(8)]
    assert sizes == [16, 32, 64, 128, 256, 512, 1024, 2048]


def test_sbr_doctype_and_entities_refused(tmp_path):
    evil = ("<?xml version='1.0'?>\n<!DOCTYPE smses [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
            "<smses><sms address=\"1\" date=\"1\" type=\"1\" body=\"&b;\"/></smses>\n")
    path = write(tmp_path, "evil.xml", evil)
    with pytest.raises(ScreenInputError, match="DOCTYPE"):  # up front, by the format check
        detect_format(path)
    with pytest.raises(ScreenInputError, match="DOCTYPE"):  # and by the parser itself (defusedxml)
        list(read_messages(path, "sbr-xml"))


def test_forced_xml_format_on_a_non_xml_file(tmp_path):
    with pytest.raises(ScreenInputError, match="not well-formed XML"):
        list(read_messages(write(tmp_path, "x.csv", "号码,内容\n1,2\n"), "sbr-xml"))


def test_sbr_streams_with_bounded_memory(tmp_path):
    path = write(tmp_path, "big.xml", sbr([sms_line(i, body="内容" * 40) for i in range(6000)]))  # ~3 MB
    tracemalloc.start()
    n = sum(1 for _ in read_messages(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 6000
    assert peak < 2_000_000, peak  # without element clearing this is > 10 MB


def test_call_log_xml_is_rejected(tmp_path):
    path = write(tmp_path, "calls.xml", "<?xml version='1.0'?>\n<calls count=\"1\"><call number=\"1\"/></calls>\n")
    with pytest.raises(ScreenInputError, match="call-log"):
        list(read_messages(path))


# --- iOS sms.db / chat.db ------------------------------------------------------------------------------------------

def typedstream(text: str) -> bytes:
    """A minimal NSAttributedString typedstream as iOS writes it, with the length in the compact encoding."""
    data = text.encode("utf-8")
    n = len(data)
    length = bytes([n]) if n < 0x80 else (b"\x81" + n.to_bytes(2, "little") if n < 0x10000
                                          else b"\x82" + n.to_bytes(4, "little"))
    return (b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject"
            b"\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+" + length + data
            + b"\x86\x84\x02iI\x01\x0b\x92\x84\x84\x84\x0cNSDictionary\x00\x94\x84\x01i\x01\x92\x86\x86")


@pytest.mark.parametrize("text", ["短", "停息挂账" * 11, "注销校园贷" * 12, "x" * 70000])
def test_attributed_body_lengths(text):
    assert attributed_body_text(typedstream(text)) == text


def test_attributed_body_garbage():
    assert attributed_body_text(b"") is None
    assert attributed_body_text(b"NSString\x01\x94\x84\x01+\x05ab") is None  # length runs past the end
    assert attributed_body_text(b"random bytes without the marker") is None


def test_apple_time():
    assert apple_time(0) is None and apple_time(None) is None and apple_time(-5) is None
    assert apple_time(739_000_000) == apple_time(739_000_000 * 10**9)  # seconds and nanoseconds agree


IOS_SCHEMA = """
CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, service TEXT, country TEXT,
    uncanonicalized_id TEXT, person_centric_id TEXT, UNIQUE (id, service));
CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT,
    attributedBody BLOB, handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, is_from_me INTEGER DEFAULT 0,
    item_type INTEGER DEFAULT 0, associated_message_type INTEGER DEFAULT 0, associated_message_guid TEXT);
CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT, chat_identifier TEXT);
CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER, message_date INTEGER);
"""
LONG_IOS = "您好，这里是某某银行监管中心，您名下的网贷账户需要注销，否则会影响征信，请下载会议软件共享屏幕，按照指引把资金转入安全账户。"


def make_ios_db(folder: Path) -> Path:
    """sms.db + -wal + -shm where the last message exists only in the WAL (the writer is still open when copied)."""
    build = folder / "build"
    build.mkdir()
    db = build / "sms.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.executescript(IOS_SCHEMA)
    conn.execute("INSERT INTO handle (id, service) VALUES ('+8613800000000', 'SMS'), ('10690000000001', 'SMS')")
    rows = [  # guid, text, attributedBody, handle_id, date, is_from_me, item_type, associated_message_type
        ("g1", "【某银行】您的账单已出，请按时还款。", None, 2, 539_000_000, 0, 0, 0),        # seconds epoch
        ("g2", None, typedstream(LONG_IOS), 1, 739_000_000_000_000_000, 0, 0, 0),          # ns epoch, body only
        ("g3", None, None, 1, 739_000_001_000_000_000, 0, 0, 2000),                        # tapback: dropped
        ("g4", None, None, 0, 739_000_002_000_000_000, 1, 1, 0),                           # system row: dropped
        ("g5", None, None, 1, 739_000_003_000_000_000, 0, 0, 0),                           # attachment only
    ]
    conn.executemany("INSERT INTO message (guid, text, attributedBody, handle_id, date, is_from_me, item_type, "
                     "associated_message_type) VALUES (?,?,?,?,?,?,?,?)", rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("INSERT INTO message (guid, text, handle_id, date, is_from_me) "
                 "VALUES ('g6', '好的，明天见', 1, 739000004000000000, 1)")
    out = folder / "evidence"
    out.mkdir()
    for name in ("sms.db", "sms.db-wal", "sms.db-shm"):
        shutil.copyfile(build / name, out / name)
    conn.close()
    return out / "sms.db"


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


def test_ios_db_reads_text_body_and_wal_rows_without_touching_input(tmp_path):
    db = make_ios_db(tmp_path)
    files = [db, db.with_name("sms.db-wal"), db.with_name("sms.db-shm")]
    assert files[1].stat().st_size > 0
    before = digest(*files)
    assert detect_format(db)[0] == "ios-db"
    recs = list(read_messages(db))
    msgs = messages(recs)
    assert [m.record for m in msgs] == ["message ROWID 1", "message ROWID 2", "message ROWID 6"]
    assert msgs[0].sender == "10690000000001" and msgs[0].time.startswith("2018-")
    assert msgs[1].text == LONG_IOS and msgs[1].sender == "+8613800000000" and msgs[1].time.startswith("2024-")
    assert msgs[2].text == "好的，明天见" and msgs[2].direction == "sent"  # the WAL-only row
    assert [p.location for p in problems(recs)] == ["message ROWID 5"]
    assert digest(*files) == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["sms.db", "sms.db-shm", "sms.db-wal"]


def test_ios_db_with_old_schema(tmp_path):
    db = tmp_path / "chat.db"
    conn = sqlite3.connect(db)
    conn.executescript("CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT);"
                       "CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, handle_id INTEGER, date INTEGER);"
                       "INSERT INTO handle VALUES (1, 'someone@example.invalid');"
                       "INSERT INTO message VALUES (1, '老版本数据库', 1, 300000000);")
    conn.commit()
    conn.close()
    (msg,) = messages(read_messages(db))
    assert (msg.text, msg.sender, msg.direction) == ("老版本数据库", "someone@example.invalid", "received")


# --- Android mmssms.db -----------------------------------------------------------------------------------------

def make_android_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript("""
    CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER, date INTEGER,
        date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0, status INTEGER DEFAULT -1,
        type INTEGER, reply_path_present INTEGER, subject TEXT, body TEXT, service_center TEXT,
        locked INTEGER DEFAULT 0, sub_id INTEGER, error_code INTEGER, creator TEXT, seen INTEGER,
        mx_status INTEGER, block_type INTEGER, sim_id INTEGER);
    CREATE TABLE pdu (_id INTEGER PRIMARY KEY, thread_id INTEGER, date INTEGER, msg_box INTEGER, m_type INTEGER,
        ct_t TEXT, sub TEXT);
    CREATE TABLE part (_id INTEGER PRIMARY KEY, mid INTEGER, seq INTEGER, ct TEXT, chset INTEGER, cl TEXT,
        _data TEXT, text TEXT);
    CREATE TABLE addr (_id INTEGER PRIMARY KEY, msg_id INTEGER, address TEXT, type INTEGER, charset INTEGER);
    INSERT INTO sms (_id, address, date, type, body) VALUES
        (1, '95588', 1717200000000, 1, '【工商银行】您的信用卡账单已出。'),
        (2, '+8613800000000', 1717200600000, 2, '收到'),
        (3, '10690000000001', 1717200900000, 1, NULL);
    INSERT INTO pdu VALUES (10, 1, 1717201200, 1, 132, 'application/vnd.wap.multipart.related', NULL);
    INSERT INTO pdu VALUES (11, 1, 1717201300, 1, 132, 'application/vnd.wap.multipart.related', NULL);
    INSERT INTO part (mid, seq, ct, text) VALUES (10, -1, 'application/smil', '<smil/>'),
        (10, 0, 'text/plain', '停息挂账，找我们办理'), (11, 0, 'image/jpeg', NULL);
    INSERT INTO addr (msg_id, address, type) VALUES (10, '+8613900000000', 137), (10, '+8613800000000', 151);
    """)
    conn.commit()
    conn.close()
    return path


def test_android_db(tmp_path):
    db = make_android_db(tmp_path / "mmssms.db")
    before = digest(db)
    assert detect_format(db)[0] == "android-db"
    recs = list(read_messages(db))
    msgs = messages(recs)
    assert [(m.record, m.sender, m.direction) for m in msgs] == [
        ("sms _id 1", "95588", "received"), ("sms _id 2", "+8613800000000", "sent"),
        ("sms _id 3", "10690000000001", "received"), ("pdu _id 10", "+8613900000000", "received")]
    assert msgs[2].text == ""  # empty bodies are turned into skipped records by the pipeline
    assert msgs[3].text == "停息挂账，找我们办理" and msgs[3].time == "2024-06-01T08:20:00+08:00"
    assert [p.location for p in problems(recs)] == ["pdu _id 11"]
    assert digest(db) == before


def test_unknown_sqlite_db_is_rejected(tmp_path):
    db = tmp_path / "other.db"
    sqlite3.connect(db).executescript("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('a');")
    with pytest.raises(ScreenInputError, match="Supported:"):
        detect_format(db)


# --- CSV / TSV in every encoding ------------------------------------------------------------------------------

CSV_ROWS = [
    ["号码", "时间", "内容", "类型"],
    ["95588", "2024-06-01 08:00:00", "【工商银行】您的账单已出，请按时还款。", "接收"],
    ["13800000000", "2024/06/01 08:10", '他说"先交保证金"，再放款,\n我没理他', "发送"],
    ["10690000000001", "1717201200000", "停息挂账𠮷，专业团队办理", "收件箱"],
]


def csv_text(rows, delimiter=",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def check_csv_messages(recs):
    assert not problems(recs)
    a, b, c = messages(recs)
    assert (a.sender, a.time, a.direction, a.record) == ("95588", "2024-06-01T08:00:00+08:00", "received", "line 2")
    assert b.text == '他说"先交保证金"，再放款,\n我没理他' and b.direction == "sent"
    assert b.time == "2024-06-01T08:10:00+08:00"
    assert c.time == "2024-06-01T08:20:00+08:00" and c.text.startswith("停息挂账𠮷") and c.record == "line 5"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030")])
def test_csv_encodings(tmp_path, encoding, expected):
    path = write(tmp_path, "sms.csv", csv_text(CSV_ROWS), encoding)
    fmt, enc, delim = detect_format(path)
    assert (fmt, enc, delim) == ("csv", expected, ",")
    check_csv_messages(list(read_messages(path)))


def test_excel_unicode_text_utf16_tabs(tmp_path):
    path = write(tmp_path, "sms.txt", csv_text(CSV_ROWS, "\t"), "utf-16")  # FF FE + UTF-16LE, like Excel
    assert path.read_bytes()[:2] == codecs.BOM_UTF16_LE
    assert detect_format(path) == ("tsv", "utf-16", "\t")
    check_csv_messages(list(read_messages(path)))


def test_csv_english_header_semicolons_and_bad_rows(tmp_path):
    text = ("Phone;Date;Message;Contact_Name\n"
            "95555;2024-06-01 09:00;信用卡账单已出;招商银行\n"
            "95555;2024-06-02 09:00;too;many;fields\n"
            "95555;2024-06-03 09:00;;招商银行\n"
            "95555;2024-06-04 09:00;最后一条;\n")
    recs = list(read_messages(write(tmp_path, "x.csv", text)))
    assert [m.text for m in messages(recs)] == ["信用卡账单已出", "", "最后一条"]
    (problem,) = problems(recs)
    assert problem.location == "line 3" and "expected 4, got 5" in problem.reason


def test_csv_without_header_guesses_columns(tmp_path):
    rows = [[str(i), f"1380000{i:04d}", "RECEIVED" if i % 2 else "SENT", f"2013-09-06T20:47:0{i % 10}.573Z",
             f"第{i}条：您的快递已到，请凭取件码取件", "y", "-1"] for i in range(1, 8)]
    recs = list(read_messages(write(tmp_path, "vmsg.csv", csv_text(rows))))
    msgs = messages(recs)
    assert len(msgs) == 7 and not problems(recs)
    assert msgs[0].text == "第1条：您的快递已到，请凭取件码取件" and msgs[0].sender == "13800000001"
    assert msgs[0].direction == "received" and msgs[1].direction == "sent"
    assert msgs[0].time == "2013-09-07T04:47:01+08:00"


def test_csv_header_without_known_body_column(tmp_path):
    text = "号码,备注\n95588,您的账单已出请还款\n10086,流量提醒：本月已用八成\n"
    msgs = messages(read_messages(write(tmp_path, "x.csv", text)))
    assert [m.text for m in msgs] == ["您的账单已出请还款", "流量提醒：本月已用八成"]


def test_charset_normalizer_fallback(tmp_path):
    text = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve fa\u00e7ade \u00e0 la carte\n" * 40
    path = write(tmp_path, "latin.txt", text, "cp1252")
    fmt, encoding, _ = detect_format(path)
    assert encoding not in ("utf-8", "gb18030")  # charset-normalizer's guess (a single-byte Latin code page)
    recs = list(read_messages(path))
    assert len(messages(recs)) == 40 and not problems(recs) and messages(recs)[0].text.startswith("Caf\u00e9 cr")


def test_undecodable_row_is_a_problem_and_the_rest_is_read(tmp_path):
    good = csv_text(CSV_ROWS).encode("utf-8")
    data = good + "95588,2024-06-02,坏".encode() + b"\xff\xfe\xfa" + "行,接收\r\n".encode() + \
        "95588,2024-06-03,最后一行,接收\r\n".encode()
    path = write(tmp_path, "mixed.csv", data)
    assert detect_format(path)[1] == "utf-8"
    recs = list(read_messages(path))
    assert len(messages(recs)) == 4 and messages(recs)[-1].text == "最后一行"
    (problem,) = problems(recs)
    assert problem.location == "line 6" and "undecodable" in problem.reason


def test_spreadsheet_artefacts_in_sender(tmp_path):
    text = "号码,内容\n'13800000000,你好\n=\"95588\",账单提醒\n"
    msgs = messages(read_messages(write(tmp_path, "x.csv", text)))
    assert [m.sender for m in msgs] == ["13800000000", "95588"]


# --- JSON Lines ---------------------------------------------------------------------------------------------------

def test_jsonl_corpus_style_and_sms_ie_ndjson(tmp_path):
    lines = [
        json.dumps({"id": "x-1", "text": "您的验证码是1234", "label": "other", "channel": "sms", "sender": "95588"},
                   ensure_ascii=False),
        '{"_id":"1","address":"10690000000001","date":"1717200000000","type":"1","body":"账户异常请验证"}',
        '{"_id":"7","date":"1717201200","msg_box":"1","__sender_address":{"address":"+8613900000000","type":"137"},'
        '"__parts":[{"seq":"0","ct":"application/smil","text":"<smil/>"},{"ct":"text/plain","text":"恭喜中奖"}]}',
        "",
        "{not json",
        "[1, 2]",
        '{"sender": "1"}',
        json.dumps({"text": "客服：您好\n我：你好", "channel": "call"}, ensure_ascii=False),
    ]
    path = write(tmp_path, "x.jsonl", "\n".join(lines) + "\n")
    assert detect_format(path)[0] == "jsonl"
    recs = list(read_messages(path))
    a, b, c, d = messages(recs)
    assert (a.text, a.sender) == ("您的验证码是1234", "95588")
    assert (b.sender, b.time, b.direction) == ("10690000000001", "2024-06-01T08:00:00+08:00", "received")
    assert (c.text, c.sender, c.time) == ("恭喜中奖", "+8613900000000", "2024-06-01T08:20:00+08:00")
    assert d.channel == "call"
    assert [p.location for p in problems(recs)] == ["line 5", "line 6", "line 7"]


# --- plain text, stdin, overrides ---------------------------------------------------------------------------------

def test_plain_text_lines(tmp_path):
    path = write(tmp_path, "m.txt", "你好,明天见\n\n【银行】您的账单已出\r\n  停息挂账找我们  \n", "gb18030")
    assert detect_format(path) == ("text", "gb18030", None)
    msgs = messages(read_messages(path))
    assert [(m.record, m.text) for m in msgs] == [
        ("line 1", "你好,明天见"), ("line 3", "【银行】您的账单已出"), ("line 4", "停息挂账找我们")]


def test_text_with_the_same_number_of_commas_on_every_line_is_text(tmp_path):
    lines = ["您尾号8821的信用卡本期账单5,320.18元,最低还款532.02元,请于12月8日前还款",
             "本月已用流量1,024MB,套餐剩余2,048MB,详询10086",
             "你好,明天几点到,我去接你,带伞"]
    path = write(tmp_path, "m.txt", "\n".join(lines) + "\n")
    assert detect_format(path)[0] == "text"
    assert [m.text for m in messages(read_messages(path))] == lines


def test_one_column_table_with_a_header(tmp_path):
    # Read line by line: a stray opening quote (line 4) must not swallow the lines after it.
    text = '短信内容\n"您好,您的账单已出,请按时还款"\n停息挂账,专业协商,加V了解\n"恭喜中奖,请点击\n第五行\n"他说""好的"""\n'
    path = write(tmp_path, "only-text.csv", text)
    assert detect_format(path)[0] == "text"
    recs = list(read_messages(path))
    assert [(m.record, m.text) for m in messages(recs)] == [
        ("line 2", "您好,您的账单已出,请按时还款"), ("line 3", "停息挂账,专业协商,加V了解"), ("line 4", '"恭喜中奖,请点击'),
        ("line 5", "第五行"), ("line 6", '他说"好的"')]
    (header,) = problems(recs)
    assert header.location == "line 1" and "header" in header.reason


# --- vMessage (.vmsg) ----------------------------------------------------------------------------------------

def qp(text: str, per_line: int = 14) -> str:
    """`text` as quoted-printable UTF-8, a soft line break after every `per_line` bytes: the breaks fall inside
    Chinese characters (3 bytes each), as phones write them."""
    tokens = [f"={b:02X}" if b > 126 or b == 61 else chr(b) for b in text.encode("utf-8")]
    return "=\r\n".join("".join(tokens[i:i + per_line]) for i in range(0, len(tokens), per_line))


def vmsg_block(body_lines: list[str], tel: str = "10695500", kind: str = "X-MESSAGE-TYPE:DELIVER",
               date: str = "Date:2025/03/08 09:15:00 GMT") -> str:
    return "\r\n".join(["BEGIN:VMSG", "VERSION:1.1", "X-IRMS-TYPE:MSG", kind, "X-MESSAGE-STATUS:READ",
                         "BEGIN:VCARD", "VERSION:2.1", f"TEL:{tel}", "END:VCARD", "BEGIN:VBODY", date,
                         *body_lines, "END:VBODY", "END:VMSG"]) + "\r\n"


def test_vmsg_chinese_phone_backup_with_quoted_printable(tmp_path):
    text1 = "【浦江银行】您尾号6612的信用卡本期应还2,315.40元，还款日3月20日。"
    text2 = "停息挂账找我们，专业协商，先交500元服务费，加薇信 tx5521"
    data = (vmsg_block([f"Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{qp(text1)}"])
            + vmsg_block([f"Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{qp(text2, 10)}"], tel="+8617012345678",
                         date="Date:2025/03/09 21:40:05"))
    path = write(tmp_path, "sms.vmsg", data)
    assert detect_format(path)[0] == "vmsg"
    recs = list(read_messages(path))
    assert not problems(recs)
    first, second = messages(recs)
    assert (first.record, first.text, first.sender, first.direction) == ("line 1", text1, "10695500", "received")
    assert first.time == "2025-03-08T17:15:00+08:00"       # written as GMT
    assert (second.text, second.sender, second.time) == (text2, "+8617012345678", "2025-03-09T21:40:05+08:00")


def test_vmsg_plain_body_sent_box_in_utf16(tmp_path):
    block = "\r\n".join(["BEGIN:VMSG", "VERSION:1.1", "BEGIN:VCARD", "TEL:13800001111", "END:VCARD",
                          "BEGIN:VBODY", "X-BOX:SENDBOX", "X-READ:READ", "Date:2024/12/01 18:02:11",
                          "妈，我周末回家吃饭", "记得买点水果", "END:VBODY", "END:VMSG"]) + "\r\n"
    path = write(tmp_path, "backup.vmg", "\ufeff" + block, "utf-16-le")
    (msg,) = messages(read_messages(path))
    assert (msg.text, msg.direction, msg.sender) == ("妈，我周末回家吃饭\n记得买点水果", "sent", "13800001111")


def test_vmsg_nokia_dialect(tmp_path):
    block = "\r\n".join(["BEGIN:VMSG", "VERSION:1.1", "X-IRMC-STATUS:READ", "X-IRMC-BOX:INBOX", "BEGIN:VCARD",
                          "VERSION:2.1", "TEL:95588", "END:VCARD", "BEGIN:VENV", "BEGIN:VBODY",
                          "Date:21-12-2012 11:24:50",
                          f"TEXT;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{qp('您的验证码为 4411，请勿告诉他人。')}",
                          "END:VBODY", "END:VENV", "END:VMSG"]) + "\r\n"
    (msg,) = messages(read_messages(write(tmp_path, "nokia.vmsg", block)))
    assert (msg.text, msg.sender, msg.direction) == ("您的验证码为 4411，请勿告诉他人。", "95588", "received")
    assert msg.time == "2012-12-21T11:24:50+08:00"


def test_vmsg_bad_blocks_are_problems_and_the_rest_is_read(tmp_path):
    good = vmsg_block(["今晚七点老地方见"])
    empty = vmsg_block([])
    bad_bytes = vmsg_block(["Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E4=BD"])   # half a character
    cut = vmsg_block(["这一条没有结尾"]).split("END:VBODY")[0]
    data = good + empty + bad_bytes + good + cut
    recs = list(read_messages(write(tmp_path, "sms.vmsg", data)))
    assert [m.text for m in messages(recs)] == ["今晚七点老地方见", "今晚七点老地方见"]
    reasons = [(p.location, p.reason.split(" (")[0]) for p in problems(recs)]
    assert reasons == [("line 15", "vMessage without text"), ("line 28", "undecodable bytes"),
                       ("line 56", "unfinished vMessage")]


def test_bundled_vmsg_example():
    recs = list(read_messages(Path(__file__).resolve().parents[1] / "examples" / "sms-backup.vmsg"))
    assert not problems(recs) and len(messages(recs)) == 6
    assert [m.direction for m in messages(recs)].count("sent") == 1
    assert all(m.time and m.sender and m.text for m in messages(recs))


def test_vmsg_all_quoted_printable_in_utf16_without_bom(tmp_path):
    # Every byte is ASCII before encoding, so the file is valid UTF-8 too: its NULs tell UTF-16.
    data = vmsg_block([f"Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{qp('您的快递已到驿站')}"]) * 2
    path = write(tmp_path, "sms.vmsg", data, "utf-16-le")
    assert detect_format(path)[:2] == ("vmsg", "utf-16-le")
    assert [m.text for m in messages(read_messages(path))] == ["您的快递已到驿站"] * 2


def test_vmsg_text_typed_like_structure_stays_text(tmp_path):
    body = ["Date:明天见", "X-Men 天启的票我买好了", "TEL:这是我的新号", "Subject:记得回电"]
    data = ("garbage before the first block\r\n"
            + vmsg_block(body, tel="13900002222")
            + vmsg_block(["Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E6=82=A8=E5=A5=BD=  "])   # then END:VBODY
            + vmsg_block(["  Date:2014-06-29 09:38:53", "   你好"], date="X-READ:READ"))
    path = write(tmp_path, "sms.vmsg", data)
    assert detect_format(path)[0] == "vmsg"
    first, second, third = messages(read_messages(path))
    assert first.text == "\n".join(body) and first.sender == "13900002222"
    assert first.time == "2025-03-08T17:15:00+08:00"
    assert second.text == "您好"
    assert (third.text, third.time) == ("你好", "2014-06-29T09:38:53+08:00")


def test_vmsg_cut_quoted_printable_value_does_not_swallow_the_next_block(tmp_path):
    cut = "\r\n".join(["BEGIN:VMSG", "BEGIN:VBODY", "Subject;ENCODING=QUOTED-PRINTABLE:=E6=82=A8="]) + "\r\n"
    recs = list(read_messages(write(tmp_path, "sms.vmsg", cut + vmsg_block(["第二条"]))))
    assert [m.text for m in messages(recs)] == ["第二条"]
    assert [p.location for p in problems(recs)] == ["line 1"]


@pytest.mark.parametrize("date,iso", [
    ("Date:20140629T093853", "2014-06-29T09:38:53+08:00"),
    ("Date:2014/06/29 09:38:53 GMT+08:00", "2014-06-29T09:38:53+08:00"),
    ("Date:Sun, 29 Jun 2014 01:38:53 GMT", "2014-06-29T09:38:53+08:00"),
    ("Date:29.06.2014 09:38", "2014-06-29T09:38:00+08:00"),
])
def test_vmsg_date_forms(tmp_path, date, iso):
    (msg,) = messages(read_messages(write(tmp_path, "d.vmsg", vmsg_block(["好的"], date=date))))
    assert msg.time == iso


def test_vmsg_gb2312_label_and_nokia_sent_recipient(tmp_path):
    gbk = "朱镕基".encode("gb18030")           # 镕 is in GBK, not in GB2312
    value = "".join(f"={b:02X}" for b in gbk)
    block = "\r\n".join(["BEGIN:VMSG", "X-IRMC-BOX:SENTBOX", "BEGIN:VCARD", "TEL:+8613800000000", "END:VCARD",
                          "BEGIN:VENV", "BEGIN:VCARD", "TEL:13911112222", "END:VCARD", "BEGIN:VENV",
                          "BEGIN:VBODY", "Date:21-12-2012 11:24:50",
                          f"TEXT;ENCODING=QUOTED-PRINTABLE;CHARSET=GB2312:{value}", "END:VBODY", "END:VENV",
                          "END:VENV", "END:VMSG"]) + "\r\n"
    (msg,) = messages(read_messages(write(tmp_path, "nokia.vmsg", block)))
    assert (msg.text, msg.direction, msg.sender) == ("朱镕基", "sent", "13911112222")


def test_stdin_is_spooled(tmp_path, monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(csv_text(CSV_ROWS).encode("gb18030")), encoding="gb18030")
    monkeypatch.setattr(sys, "stdin", fake)
    with ExitStack() as stack:
        source = prepare_input("-", None, stack)
        assert (source.name, source.format, source.encoding) == ("<stdin>", "csv", "gb18030")
        recs = list(source.messages())
    check_csv_messages(recs)
    assert recs[0].source == "<stdin>"


def test_format_override(tmp_path):
    path = write(tmp_path, "x.csv", csv_text(CSV_ROWS))
    with ExitStack() as stack:
        source = prepare_input(str(path), "text", stack)
        assert len(messages(source.messages())) == 5  # every physical line is a message
        with pytest.raises(ScreenInputError, match="not an SQLite"):
            prepare_input(str(path), "ios-db", stack)


# --- unsupported inputs ---------------------------------------------------------------------------------------------

def test_encrypted_zip_asks_for_unencrypted_export(tmp_path):
    path = tmp_path / "sms-20240601.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("sms-20240601.xml", "encrypted payload")
    # Mark the member encrypted, as SMS Backup & Restore's protected backups are (zipfile cannot write one):
    # bit 0 of the general-purpose flags in its central-directory entry.
    data = bytearray(path.read_bytes())
    entry = data.index(b"PK\x01\x02")
    data[entry + 8] |= 1
    path.write_bytes(bytes(data))
    with pytest.raises(ScreenInputError, match="encryption turned off"):
        detect_format(path)
    plain = tmp_path / "zipped-xml.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("sms-20240601.xml", "<smses/>")
    with pytest.raises(ScreenInputError, match="unzip it and screen the sms-"):
        detect_format(plain)


def test_sms_import_export_archive_is_read(tmp_path):
    path = tmp_path / "sms-ie-2024.zip"
    lines = ['{"_id":"1","address":"10690000000001","date":"1717200000000","type":"1","body":"账户异常请点链接验证"}',
             '{"_id":"2","address":"13800000000","date":"1717200600000","type":"2","body":"好的，晚上见"}']
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("messages.ndjson", "\n".join(lines) + "\n")
        zf.writestr("data/1.jpg", b"\xff\xd8")
    before = path.read_bytes()
    recs = list(read_messages(path))
    assert [(m.source, m.record, m.text, m.direction) for m in messages(recs)] == [
        (f"{path} (messages.ndjson)", "line 1", "账户异常请点链接验证", "received"),
        (f"{path} (messages.ndjson)", "line 2", "好的，晚上见", "sent")]
    assert path.read_bytes() == before


def test_sms_import_export_archive_edge_cases(tmp_path):
    def archive(name: str, members: dict[str, bytes]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as zf:
            for member, data in members.items():
                zf.writestr(member, data)
        return path

    line = '{"address":"95588","date":"1717200000000","type":"1","body":"您的账单已出"}\n'.encode()
    bom = archive("bom.zip", {"export\\Messages.NDJSON": b"\xef\xbb\xbf" + line})   # Windows path, BOM, any case
    assert [m.text for m in messages(read_messages(bom))] == ["您的账单已出"]
    assert [m.text for m in messages(read_messages(bom, "jsonl"))] == ["您的账单已出"]
    with pytest.raises(ScreenInputError, match="this is a ZIP archive|holding|archive"):
        list(read_messages(bom, "text"))
    with pytest.raises(ScreenInputError, match="2 messages.ndjson"):
        list(read_messages(archive("two.zip", {"messages.ndjson": line, "old/messages.ndjson": line})))
    with pytest.raises(ScreenInputError, match="empty"):
        list(read_messages(archive("empty.zip", {"messages.ndjson": b"\n"})))


def test_short_utf16_without_bom_and_a_line_that_only_mentions_vmsg(tmp_path):
    assert detect_format(write(tmp_path, "hi.txt", "hi\n", "utf-16-le")) == ("text", "utf-16-le", None)
    path = write(tmp_path, "q.txt", "BEGIN:VMSG 是什么格式？\n请问怎么打开\n")
    assert detect_format(path)[0] == "text"
    assert len(messages(read_messages(path))) == 2


def test_xlsx_asks_for_csv(tmp_path):
    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ScreenInputError, match="CSV UTF-8"):
        detect_format(path)


@pytest.mark.parametrize("name,data,match", [
    ("empty.csv", b"", "empty"),
    ("blank.txt", b"  \n\n", "empty"),
    ("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("array.json", '[{"text": "一"}]'.encode(), "JSON Lines"),
    ("pretty.json", b'{\n  "text": "x"\n}\n', "JSON Lines"),
    ("page.html", b"<!doctype html><html><body>hi</body></html>", "XML or HTML"),
    ("other.xml", b"<?xml version='1.0'?><root><a/></root>", "XML or HTML"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xls"),
])
def test_unsupported_inputs(tmp_path, name, data, match):
    with pytest.raises(ScreenInputError, match=match) as err:
        detect_format(write(tmp_path, name, data))
    assert name in str(err.value)


def test_missing_input(tmp_path):
    with ExitStack() as stack, pytest.raises(ScreenInputError, match="no such file"):
        prepare_input(str(tmp_path / "nope.xml"), None, stack)


# --- value parsing -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,iso", [
    ("2024-06-01 08:00:00", "2024-06-01T08:00:00+08:00"),
    ("2024/6/1 8:05", "2024-06-01T08:05:00+08:00"),
    ("2024年6月1日 08:00:00", "2024-06-01T08:00:00+08:00"),
    ("2024-06-01T00:00:00Z", "2024-06-01T08:00:00+08:00"),
    ("2024-06-01T00:00:00+00:00", "2024-06-01T08:00:00+08:00"),
    ("1717200000000", "2024-06-01T08:00:00+08:00"),
    ("1717200000", "2024-06-01T08:00:00+08:00"),
    (1717200000000, "2024-06-01T08:00:00+08:00"),
    ("2024-13-01", None), ("昨天", None), ("", None), (None, None),
])
def test_parse_time(raw, iso):
    assert parse_time(raw) == iso


@pytest.mark.parametrize("raw,direction", [
    ("1", "received"), ("2", "sent"), ("3", None), ("接收", "received"), ("已发送", "sent"), ("INBOX", "received"),
    ("SENT", "sent"), ("null", None), (None, None)])
def test_parse_direction(raw, direction):
    assert parse_direction(raw) == direction


def test_android_db_with_bad_utf8_and_a_damaged_page(tmp_path):
    db = make_android_db(tmp_path / "mmssms.db")
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO sms (_id, address, date, type, body) VALUES "
                 "(4, '95588', 1717200000000, 1, CAST(x'e4bda0e5a5bdff20e4b896' AS TEXT))")
    conn.executemany("INSERT INTO sms (_id, address, date, type, body) VALUES (?, '95588', 1717200000000, 1, ?)",
                     [(i, f"第{i}条短信" + "内容" * 40) for i in range(5, 400)])
    conn.commit()
    conn.close()
    recs = list(read_messages(db))
    assert [p.location for p in problems(recs)] == ["sms _id 4", "pdu _id 11"]
    assert "undecodable" in problems(recs)[0].reason
    # Damage a page in the middle of the table: everything before it is kept, then one problem says where.
    data = bytearray(db.read_bytes())
    page = 4096 * (len(data) // 4096 // 2)
    data[page:page + 4096] = b"\xff" * 4096
    broken = write(tmp_path, "broken.db", bytes(data))
    recs = list(read_messages(broken))
    assert messages(recs) and isinstance(recs[-1], Problem) and "damaged database" in recs[-1].reason
    truncated = write(tmp_path, "truncated.db", bytes(data[:6000]))
    with pytest.raises(ScreenInputError, match="damaged"):
        list(read_messages(truncated))


def test_ios_attachment_only_rows_are_skipped(tmp_path):
    db = make_ios_db(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO message (ROWID, guid, text, handle_id, is_from_me, date) VALUES (99, 'g99', '\ufffc', 1, 0, 0)")
    conn.commit()
    conn.close()
    recs = list(read_messages(db))
    assert "message ROWID 99" in [p.location for p in problems(recs)]
    assert all("\ufffc" not in m.text for m in messages(recs))


def test_jsonl_lone_surrogate_and_sent_mms_recipient(tmp_path):
    path = write(tmp_path, "m.jsonl", '{"text": "截断 \\ud83d 了"}\n'
                 '{"__parts": [{"ct": "text/plain", "text": "到了"}], "msg_box": "2", "date": "1717200000", '
                 '"__sender_address": {"address": "insert-address-token"}, '
                 '"__recipient_addresses": [{"address": "+8613900000000"}]}\n')
    first, second = messages(read_messages(path))
    assert first.text == "截断 \ufffd 了"
    assert (second.direction, second.sender) == ("sent", "+8613900000000")


def test_small_gb18030_csv_with_one_bad_byte(tmp_path):
    rows = "号码,内容\n" + "".join(f"95588,您的账户第{i}笔交易成功\n" for i in range(10))
    data = rows.encode("gb18030").replace("第3笔".encode("gb18030"), b"\xff\xfe3")
    recs = list(read_messages(write(tmp_path, "small.csv", data)))
    assert len(messages(recs)) == 9 and len(problems(recs)) == 1


def test_text_that_starts_with_a_bracket_is_text_and_a_bad_first_json_line_is_one_bad_record(tmp_path):
    text = write(tmp_path, "t.txt", "[图片]\n您好，请把钱转到安全账户\n{置顶} 明天见\n")
    assert detect_format(text)[0] == "text"
    assert [m.text for m in messages(read_messages(text))][0] == "[图片]"
    jsonl = write(tmp_path, "j.jsonl", '{bad\n{"text": "ok"}\n')
    recs = list(read_messages(jsonl))
    assert [m.text for m in messages(recs)] == ["ok"] and [p.location for p in problems(recs)] == ["line 1"]
    with pytest.raises(ScreenInputError, match="not JSON Lines"):
        detect_format(write(tmp_path, "doc.json", '[\n  {"text": "a"}\n]\n'))
