"""Output writers (JSONL / CSV, atomic rename, partial-output marker) and the HTML report."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from scamguard.screen.pipeline import ReasonHit, Scored, Summary
from scamguard.screen.readers import Message
from scamguard.screen.report import _buckets, highlight, render, svg_chart, write_report
from scamguard.screen.writers import COLUMNS, PARTIAL_KEY, OutputError, OutputWriter, output_kind

MSG = Message("in.xml", "sms #1", "+8613800000000", "2024-06-01T08:00:00+08:00", "received", "sms",
              '请转账到安全账户, 他说"马上"\n=1+1')
SCAM = Scored("scam", 0.987654321, "high", "safe_account",
              (ReasonHit("ACT-01", 3.0, "安全账户", "safe account", (5, 9)), ReasonHit("URG-02", 1.0, "紧迫", "urgency",
                                                                                   None)))
OTHER = Scored("other", 0.01, "low", None, ())


def test_output_kind():
    assert output_kind(None) == output_kind("-") == "jsonl"
    assert output_kind("x.CSV") == "csv" and output_kind("a/b.ndjson") == "jsonl"
    with pytest.raises(OutputError, match=".csv or .jsonl"):
        output_kind("out.xlsx")
    with pytest.raises(OutputError, match="CSV output only"):
        OutputWriter("out.jsonl", excel=True)


def test_jsonl_rows(tmp_path):
    out = tmp_path / "out.jsonl"
    with OutputWriter(str(out)) as w:
        w.write(MSG, SCAM)
        w.write(MSG, OTHER)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["reasons"] == ["ACT-01", "URG-02"] and rows[0]["scam_probability"] == 0.987654
    assert rows[0]["text"] == MSG.text and rows[1]["family"] is None and rows[1]["reasons"] == []
    assert "安全账户" in out.read_text(encoding="utf-8")  # not \u-escaped


def test_stdout(tmp_path):
    buf = io.StringIO()
    with OutputWriter(None, stdout=buf) as w:
        w.write(MSG, SCAM)
    assert json.loads(buf.getvalue())["label"] == "scam"


def test_csv_rows_round_trip(tmp_path):
    out = tmp_path / "out.csv"
    with OutputWriter(str(out)) as w:
        w.write(MSG, SCAM)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    header, row = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    assert tuple(header) == COLUMNS
    rec = dict(zip(header, row))
    assert rec["text"] == MSG.text and rec["reasons"] == "ACT-01;URG-02" and rec["family"] == "safe_account"
    assert rec["sender"] == "+8613800000000"


def test_csv_for_excel_has_bom_and_neutralises_formulas(tmp_path):
    out = tmp_path / "out.csv"
    msg = Message("in.csv", "line 2", "+8613800000000", None, None, "sms", "=HYPERLINK(\"http://x.invalid\")")
    with OutputWriter(str(out), excel=True) as w:
        w.write(msg, OTHER)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    _, row = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    rec = dict(zip(COLUMNS, row))
    assert rec["text"].startswith("'=") and rec["sender"] == "'+8613800000000"


def test_output_appears_only_when_complete(tmp_path):
    out = tmp_path / "out.jsonl"
    with OutputWriter(str(out)) as w:
        w.write(MSG, SCAM)
        assert not out.exists()
        (tmp,) = [p for p in tmp_path.iterdir()]
        assert tmp.name.startswith(".out.jsonl.") and tmp.suffix == ".tmp"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_failed_run_keeps_previous_output(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("previous run\n")
    with pytest.raises(RuntimeError):
        with OutputWriter(str(out)) as w:
            w.write(MSG, SCAM)
            raise RuntimeError("boom")
    assert out.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv"])
def test_keyboard_interrupt_keeps_partial_output_with_marker(tmp_path, name):
    out = tmp_path / name
    with pytest.raises(KeyboardInterrupt):
        with OutputWriter(str(out)) as w:
            w.write(MSG, SCAM)
            w.write(MSG, OTHER)
            raise KeyboardInterrupt
    assert [p.name for p in tmp_path.iterdir()] == [name]
    text = out.read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        *rows, marker = [json.loads(line) for line in text.splitlines()]
        assert len(rows) == 2 and all(PARTIAL_KEY not in r for r in rows)
        assert marker[PARTIAL_KEY] is True and marker["rows_written"] == 2 and "interrupted" in marker["note"]
    else:
        header, *rows, marker = list(csv.reader(io.StringIO(text)))
        assert len(rows) == 2 and len(marker) == len(header)
        assert marker[0].startswith("#PARTIAL: PARTIAL OUTPUT: interrupted") and not any(marker[1:])


def test_explicit_partial_note_is_written_once(tmp_path):
    out = tmp_path / "out.jsonl"
    with OutputWriter(str(out)) as w:
        w.write(MSG, SCAM)
        w.mark_partial("interrupted after 1 messages (last read: in.xml: sms #1)")
        w.mark_partial("again")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "sms #1" in json.loads(lines[1])["note"]


# --- report --------------------------------------------------------------------------------------------------

def test_highlight_escapes_and_marks():
    reasons = (ReasonHit("A", 1, "甲", "a", (0, 4)), ReasonHit("B", 1, "乙", "b", (2, 6)),
               ReasonHit("C", 1, "丙", "c", (50, 60)), ReasonHit("D", 1, "丁", "d", None))
    html = highlight("<b>安全账户</b>&", reasons)
    assert html == '<mark title="A 甲; B 乙">&lt;b&gt;安全账</mark>户&lt;/b&gt;&amp;'


def test_highlight_same_span_from_two_reasons():
    reasons = (ReasonHit("A", 1, "甲", "a", (1, 3)), ReasonHit("MODEL", 0.5, "模型", "model", (1, 3)))
    assert highlight("x安全y", reasons) == 'x<mark title="A 甲; MODEL 模型">安全</mark>y'


def test_highlight_escapes_reason_titles():
    html = highlight("abc", (ReasonHit('x"><script>', 1, "", "", (0, 1)),))
    assert "<script>" not in html and "&quot;&gt;&lt;script&gt;" in html


def test_buckets_switch_to_weeks_and_months():
    assert [n for _, n in _buckets({"2024-06-01": 2, "2024-06-03": 1})] == [2, 0, 1]
    weekly = _buckets({"2024-01-01": 1, "2024-06-01": 1})
    assert len(weekly) == 2 and weekly[0][0] == "2024-01-01"
    monthly = _buckets({"2020-01-05": 1, "2024-06-01": 4})
    assert monthly == [("2020-01", 1), ("2024-06", 4)]
    assert "<svg" in svg_chart(_buckets({"2024-06-01": 2})) and "No dated" in svg_chart([])


def test_report_is_self_contained(tmp_path):
    summary = Summary(inputs=[{"name": "in.xml", "format": "sbr-xml", "encoding": None}])
    evil = Message("in.xml", "sms #2", "<img src=x>", "2024-06-02T09:00:00+08:00", "received", "sms",
                   "<script>alert(1)</script>请转账到安全账户")
    for m, s in ((MSG, SCAM), (evil, SCAM), (MSG, OTHER)):
        summary.add(m, s)
    out = tmp_path / "r.html"
    write_report(out, summary, [(MSG, SCAM), (evil, SCAM)], flagged_total=2)
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html and "<mark" in html and "safe_account" in html
    assert "<script" not in html and "<img" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)  # no external assets
    assert "<link" not in html and "@import" not in html
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_report_notes_interruption():
    summary = Summary(interrupted=True, last_location="in.xml: sms #9")
    assert "interrupted" in render(summary, [], 0) and "sms #9" in render(summary, [], 0)
