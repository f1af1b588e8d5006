"""`scamguard screen` end to end (with a fake classifier, except the equivalence test) and the pipeline pieces."""
from __future__ import annotations

import csv
import hashlib
import inspect
import io
import json
import os
import signal
import sqlite3
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from scamguard.cli.screen import screen_command
from scamguard.screen.pipeline import (SMALL_INPUT_BYTES, BoundedCounter, Progress, Scored, TopFlagged, choose_jobs)
from scamguard.screen.readers import Message, read_messages

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KEYWORDS = {"安全账户": ("safe_account", 0.95), "停息挂账": ("stop_interest_agent", 0.9),
            "注销": ("campus_loan_cancel", 0.85)}


@dataclass(frozen=True)
class FakeReason:
    id: str
    weight: float
    zh: str
    en: str
    span: tuple[int, int] | None


@dataclass(frozen=True)
class FakeVerdict:
    label: str
    scam_probability: float
    risk: str
    family: str | None
    reasons: tuple

    def to_dict(self) -> dict:
        return {"label": self.label}


def fake_verdict(text: str, sender: str | None) -> FakeVerdict:
    for word, (family, p) in KEYWORDS.items():
        if (i := text.find(word)) >= 0:
            return FakeVerdict("scam", p, "high", family, (FakeReason(f"FAKE-{family}", 3, word, family,
                                                                      (i, i + len(word))),))
    if "验证码" in text:
        return FakeVerdict("other", 0.05, "low", "verification_code", ())
    return FakeVerdict("genuine", 0.2 if sender else 0.3, "low", None, ())


class FakeAPI:
    """Stands in for scamguard.api: same contract, deterministic, and it records what it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[list, str | None]] = []
        self.interrupt_on_call: int | None = None
        self.pid_log: Path | None = None

    def classify_many(self, items, *, channel=None, batch_size=256):
        items = list(items)
        self.calls.append((items, channel))
        if self.pid_log is not None:  # calls made in worker processes are only visible this way
            with open(self.pid_log, "a") as fh:
                fh.write(f"{os.getpid()}\n")
        if self.interrupt_on_call is not None and len(self.calls) >= self.interrupt_on_call:
            raise KeyboardInterrupt
        for item in items:
            text, sender = item if isinstance(item, tuple) else (item, None)
            if not text.strip():
                raise ValueError("empty text")
            yield fake_verdict(text, sender)


@pytest.fixture
def api(monkeypatch) -> FakeAPI:
    fake = FakeAPI()
    module = types.ModuleType("scamguard.api")
    module.classify_many = fake.classify_many
    monkeypatch.setitem(sys.modules, "scamguard.api", module)
    return fake


def invoke(*args: str, input: bytes | None = None):
    return CliRunner().invoke(screen_command, list(args), input=input, catch_exceptions=False)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def many_rows(n: int) -> list[list[str]]:
    bodies = ["您的账户需转入安全账户核查", "停息挂账专业办理", "您的验证码是{}", "明天几点见{}", "【银行】账单已出{}"]
    return [["号码", "时间", "内容"]] + [[f"1380000{i:04d}", f"2024-06-{1 + i % 28:02d} 10:00:00",
                                          bodies[i % 5].format(i)] for i in range(n)]


# --- end to end -------------------------------------------------------------------------------------------------

def test_dedupe_drops_messages_seen_before_and_counts_them(api, tmp_path):
    src = EXAMPLES / "sms-backup.xml"
    copy = tmp_path / "merged-again.xml"
    copy.write_bytes(src.read_bytes())
    out = tmp_path / "v.jsonl"
    plain = invoke(str(src), str(copy), "-o", str(out), "--json")
    twice = json.loads(plain.stdout)["classified"]
    result = invoke(str(src), str(copy), "-o", str(out), "--json", "--dedupe")
    summary = json.loads(result.stdout)
    assert result.exit_code == 0 and summary["classified"] * 2 == twice and summary["duplicates"] == twice // 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["source"] for r in rows} == {str(src)}          # every row of the second copy was a duplicate
    text = invoke(str(src), str(copy), "-o", str(out), "--summary", "--dedupe").stdout
    assert f"dropped {twice // 2} duplicate(s)" in text


def test_dedupe_keeps_messages_without_a_time():
    from scamguard.screen.pipeline import Duplicates
    from scamguard.screen.records import Message

    dups = Duplicates()
    ok = Message("a", "line 1", "13800000000", None, "received", "sms", "好的")
    dated = Message("a", "line 2", "13800000000", "2024-06-01T10:00:00+08:00", "received", "sms", "好的")
    assert [dups.seen(m) for m in (ok, ok, dated, dated)] == [False, False, False, True]


def test_ctrl_c_while_inputs_are_prepared_exits_130_and_writes_nothing(api, tmp_path, monkeypatch):
    import scamguard.cli.screen as screen_cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(screen_cli, "prepare_input", interrupted)
    out = tmp_path / "v.jsonl"
    result = invoke(str(EXAMPLES / "sms-backup.xml"), "-o", str(out))
    assert result.exit_code == 130 and "nothing was written" in result.stderr and not out.exists()


def test_xml_to_csv_with_summary(api, tmp_path):
    src = EXAMPLES / "sms-backup.xml"
    before = sha(src)
    out = tmp_path / "verdicts.csv"
    result = invoke(str(src), "-o", str(out), "--summary")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    expected = [m for m in read_messages(src) if isinstance(m, Message)]
    assert [(r["record"], r["text"]) for r in rows] == [(m.record, m.text) for m in expected]
    scam = [r for r in rows if r["label"] == "scam"]
    assert scam and all(r["reasons"].startswith("FAKE-") for r in scam)
    assert "Screened 41 messages" in result.stdout and "skipped 1 record" in result.stdout
    assert "MMS without text" in result.stderr
    assert sha(src) == before


def test_jsonl_on_stdout_from_stdin(api):
    data = "号码,时间,内容,类型\n95588,2024-06-01 08:00,请把钱转到安全账户,接收\n10086,2024-06-01 09:00,流量提醒,接收\n"
    result = invoke("-", input=data.encode("gb18030"))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["record"], r["label"]) for r in rows] == [
        ("<stdin>", "line 2", "scam"), ("<stdin>", "line 3", "genuine")]
    assert rows[0]["reasons"] == ["FAKE-safe_account"] and rows[0]["time"] == "2024-06-01T08:00:00+08:00"
    assert api.calls[0][0][0] == ("请把钱转到安全账户", "95588")  # (text, sender) tuples


def test_filters_and_json_summary(api, tmp_path):
    src = EXAMPLES / "messages.csv"
    out = tmp_path / "scams.jsonl"
    result = invoke(str(src), "-o", str(out), "--only", "scam", "--min-probability", "0.9", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["label"] == "scam" and r["scam_probability"] >= 0.9 for r in rows)
    summary = json.loads(result.stdout)
    assert summary["classified"] == 25 and summary["written"] == len(rows) < 25
    assert sum(summary["labels"].values()) == 25
    assert summary["inputs"] == [{"name": str(src), "format": "csv", "encoding": "utf-8-sig"}]
    assert summary["time_range"] == ["2024-06-01T09:12:30+08:00", "2024-06-12T18:30:00+08:00"]
    assert summary["top_scam_senders"][0]["count"] >= 1 and summary["scams_by_day"]


def test_json_summary_goes_to_stderr_when_rows_use_stdout(api):
    result = invoke(str(EXAMPLES / "messages.csv"), "--json")
    assert len(result.stdout.splitlines()) == 25
    assert json.loads(result.stderr)["classified"] == 25


def test_report(api, tmp_path):
    report = tmp_path / "report.html"
    result = invoke(str(EXAMPLES / "sms-backup.xml"), str(EXAMPLES / "messages.csv"), "-o",
                    str(tmp_path / "o.csv"), "--report", str(report))
    assert result.exit_code == 0, result.output
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and "<mark" in html and "停息挂账</mark>" in html
    assert "http://" not in html.split("<body>")[0]


def test_empty_bodies_are_skipped_not_classified(api, tmp_path):
    src = write_csv(tmp_path / "in.csv", [["号码", "内容"], ["95588", "账单已出"], ["95588", "   "],
                                          ["95588", ""], ["10086", "注销账号"], ["1", "x", "extra"]])
    result = invoke(str(src), "--summary")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr.count("empty message body") == 2 and "wrong number of fields" in result.stderr
    assert "skipped 3 record(s)" in result.stderr
    assert all(t.strip() for items, _ in api.calls for t in (i[0] if isinstance(i, tuple) else i for i in items))


def test_call_channel_is_passed_through(api, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "短信一"}\n{"text": "客服：您好", "channel": "call"}\n{"text": "短信二"}\n',
                   encoding="utf-8")
    assert invoke(str(src)).exit_code == 0
    assert [(len(items), ch) for items, ch in api.calls] == [(1, "sms"), (1, "call"), (1, "sms")]


def test_inputs_are_never_modified(api, tmp_path):
    db = tmp_path / "sms.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.executescript("CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT);"
                       "CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, handle_id INTEGER, "
                       "date INTEGER, is_from_me INTEGER);"
                       "INSERT INTO handle VALUES (1, '95588');"
                       "INSERT INTO message VALUES (1, '请转入安全账户', 1, 700000000, 0);")
    files = [db, tmp_path / "sms.db-wal", tmp_path / "sms.db-shm"]
    csv_in = write_csv(tmp_path / "in.csv", many_rows(5), "gb18030")
    xml_in = tmp_path / "sms.xml"
    xml_in.write_bytes((EXAMPLES / "sms-backup.xml").read_bytes())
    inputs = files + [csv_in, xml_in]
    before = {p: sha(p) for p in inputs}
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = invoke(str(db), str(csv_in), str(xml_in))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + 5 + 41
    assert {p: sha(p) for p in inputs} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    conn.close()  # (closing folds the WAL back into the database, so only after the comparison)


def test_parallel_jobs_preserve_order_and_results(api, tmp_path):
    src = write_csv(tmp_path / "big.csv", many_rows(1500))
    one = invoke(str(src), "--jobs", "1", "--batch-size", "40")
    api.pid_log = tmp_path / "pids"
    two = invoke(str(src), "--jobs", "2", "--batch-size", "40")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(two.stdout.splitlines()) == 1500
    assert len(api.calls) == 38  # only the serial run calls the classifier in this process
    worker_pids = api.pid_log.read_text().split()
    assert len(worker_pids) == 38 and 1 <= len(set(worker_pids)) <= 2 and str(os.getpid()) not in worker_pids


def test_interrupt_keeps_partial_output(api, tmp_path):
    src = write_csv(tmp_path / "big.csv", many_rows(100))
    out = tmp_path / "out.csv"
    api.interrupt_on_call = 3
    result = invoke(str(src), "-o", str(out), "--batch-size", "10")
    assert result.exit_code == 130
    assert "Interrupted: partial output (20 rows" in result.stderr
    header, *rows, marker = list(csv.reader(out.open(encoding="utf-8")))
    assert len(rows) == 20 and [r[1] for r in rows] == [f"line {i}" for i in range(2, 22)]
    assert marker[0].startswith("#PARTIAL") and "after screening 20 messages, through" in marker[0]
    assert marker[0].endswith("big.csv: line 21; the 20 row(s) above are complete, later input was not screened")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.fixture
def default_sigint():
    """Python's own SIGINT handler for the test: a runner started in the background by a non-interactive shell
    inherits SIGINT ignored, and screen rightly leaves an ignored SIGINT alone."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_ctrl_c_stops_between_messages(api, tmp_path, monkeypatch, default_sigint):
    """A real SIGINT: the run stops after the message in hand, and rows, summary and marker agree."""
    src = write_csv(tmp_path / "big.csv", many_rows(100))
    out = tmp_path / "out.jsonl"
    real = api.classify_many

    def classify_many(items, **kw):
        if len(api.calls) == 2:
            os.kill(os.getpid(), signal.SIGINT)
        return real(items, **kw)

    monkeypatch.setattr(sys.modules["scamguard.api"], "classify_many", classify_many)
    result = invoke(str(src), "-o", str(out), "--batch-size", "10", "--json")
    assert result.exit_code == 130
    *rows, marker = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    summary = json.loads(result.stdout)
    assert len(rows) == summary["classified"] == summary["written"] == marker["rows_written"] == 21
    assert summary["interrupted"] and summary["last_record"] == f"{src}: line 22" == f"{src}: {rows[-1]['record']}"
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored


# --- errors ---------------------------------------------------------------------------------------------------------

def test_unsupported_file_is_one_clear_error(api, tmp_path):
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    good = EXAMPLES / "messages.csv"
    out = tmp_path / "out.csv"
    result = invoke(str(good), str(bad), "-o", str(out))
    assert result.exit_code == 1
    assert "photo.png" in result.stderr and "Supported: SMS Backup & Restore XML" in result.stderr
    assert not out.exists() and not api.calls  # checked before anything was screened


def test_doctype_is_refused_and_nothing_is_written(api, tmp_path):
    evil = tmp_path / "evil.xml"
    evil.write_text('<?xml version="1.0"?>\n<!DOCTYPE smses [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                    '<smses><sms address="1" date="1" type="1" body="&x;"/></smses>\n')
    out = tmp_path / "out.jsonl"
    result = invoke(str(evil), "-o", str(out))
    assert result.exit_code == 1 and "DOCTYPE" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.xml"]


def test_encrypted_backup_message(api, tmp_path):
    z = tmp_path / "sms.zip"
    z.write_bytes(b"PK\x03\x04" + bytes(100))
    result = invoke(str(z))
    assert result.exit_code == 1 and "encryption turned off" in result.stderr


@pytest.mark.parametrize("args,message", [
    (["-o", "x.xlsx"], ".csv or .jsonl"),
    (["--excel"], "CSV output only"),
    (["--min-probability", "2"], "2"),
    (["--only", "fraud"], "fraud"),
])
def test_usage_errors(api, args, message):
    result = invoke(str(EXAMPLES / "messages.csv"), *args)
    assert result.exit_code == 2 and message in result.stderr


def test_output_may_not_overwrite_an_input(api, tmp_path):
    src = write_csv(tmp_path / "in.csv", many_rows(2))
    result = invoke(str(src), "-o", str(src))
    assert result.exit_code == 2 and "also an input" in result.stderr


def test_help_reads_like_documentation():
    result = CliRunner().invoke(screen_command, ["--help"])
    assert result.exit_code == 0
    for phrase in ("SMS Backup & Restore", "GB18030", "#PARTIAL", "--min-probability", "--excel", "Examples:"):
        assert phrase in result.output


# --- pipeline pieces -------------------------------------------------------------------------------------------------

def test_choose_jobs(monkeypatch):
    monkeypatch.setattr("scamguard.screen.pipeline.available_cores", lambda: 4)
    assert choose_jobs(None, 1000) == 1
    assert choose_jobs(None, SMALL_INPUT_BYTES) == 4
    assert choose_jobs(0, 10) == 4 and choose_jobs(3, 10) == 3


def test_progress_only_on_a_tty():
    buf = io.StringIO()
    p = Progress(buf, enabled=True, interval=0)
    p.update(1234, 2)
    p.close()
    assert "1,234 messages" in buf.getvalue() and "msg/s" in buf.getvalue() and "2 skipped" in buf.getvalue()
    quiet = io.StringIO()
    p = Progress(quiet)  # StringIO is not a TTY
    p.update(5, 0, force=True)
    p.close()
    assert quiet.getvalue() == ""


def test_bounded_counter_keeps_frequent_keys():
    c = BoundedCounter(cap=3)
    for i in range(100):
        c.add("frequent")
        c.add(f"rare{i}")
    assert c.most_common(1) == [("frequent", 100)] and len(c.counts) <= 6


def test_top_flagged_keeps_the_most_likely():
    top = TopFlagged(limit=2)
    for i, p in enumerate([0.5, 0.9, 0.7, 0.95]):
        top(Message("s", f"r{i}", None, None, None, "sms", "t"), Scored("scam", p, "high", None, ()))
    top(Message("s", "x", None, None, None, "sms", "t"), Scored("genuine", 0.99, "low", None, ()))
    assert top.total == 4 and [m.record for m, _ in top.items()] == ["r3", "r1"]


# --- equivalence with the core (runs once scamguard.api and its model exist) ------------------------------------------

def test_rows_equal_classify_verdicts(tmp_path):
    try:
        from scamguard.api import classify
    except ImportError:
        pytest.skip("scamguard.api.classify not available yet")
    try:
        classify("测试一下模型是否可用")
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"classifier unavailable: {exc}")
    out = tmp_path / "out.jsonl"
    result = invoke(str(EXAMPLES / "messages.csv"), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    params = inspect.signature(classify).parameters
    for row in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        kwargs = {}
        if "sender" in params:
            kwargs["sender"] = row["sender"]
        if "channel" in params:
            kwargs["channel"] = row["channel"]
        v = classify(row["text"], **kwargs)
        assert (row["label"], row["risk"], row["family"]) == (v.label, v.risk, v.family)
        assert row["scam_probability"] == pytest.approx(v.scam_probability, abs=1e-6)
        assert row["reasons"] == list(dict.fromkeys(r.id for r in v.reasons))


def test_the_report_may_not_overwrite_an_input_or_the_output(tmp_path, api):
    src = write_csv(tmp_path / "in.csv", [["号码", "内容"], ["95588", "您的账单已出"]])
    before = sha(src)
    r = invoke(str(src), "--report", str(src))
    assert r.exit_code == 2 and "also an input" in r.output
    r = invoke(str(src), "-o", str(tmp_path / "same.csv"), "--report", str(tmp_path / "same.csv"))
    assert r.exit_code == 2 and "same file" in r.output
    r = invoke(str(src), "--report", str(tmp_path / "missing" / "r.html"))
    assert r.exit_code == 2 and "not a directory" in r.output
    assert sha(src) == before
