"""The CLI through CliRunner and as a real subprocess."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

from click.testing import CliRunner

from scamguard import __version__
from scamguard.cli import main

SCAM = "您的信用卡已冻结，请联系客服13912345678办理解冻，逾期将上报征信"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_classify_argument_zh():
    r = run("classify", SCAM)
    assert r.exit_code == 0, r.output
    assert "结论：诈骗" in r.output and "建议" in r.output
    assert "«" in r.output  # the matched span is highlighted


def test_classify_stdin_multiline_en():
    transcript = "客服：您好，这里是京东金融\n我：嗯\n客服：您的白条利率过高不符合国家规定需要注销，请下载腾讯会议共享屏幕\n"
    r = run("classify", "--lang", "en", input=transcript)
    assert r.exit_code == 0, r.output
    assert "Verdict: scam" in r.output and "Advice" in r.output


def test_classify_json():
    r = run("classify", "--json", "--sender", "95588", "【工商银行】您尾号1234的信用卡本期应还1,234.56元，到期还款日5月8日")
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["label"] == "genuine" and 0 <= d["scam_probability"] <= 1 and d["model_version"]


def test_classify_empty_input_fails_cleanly():
    r = run("classify", "   ")
    assert r.exit_code != 0
    assert "empty" in r.output and "Traceback" not in r.output


def test_undecodable_stdin_fails_cleanly():
    r = CliRunner().invoke(main, ["classify"], input=b"\xff\xfe\x00\xd8\x00")
    assert r.exit_code != 0 or "结论" in r.output  # UTF-16 fallback may decode it; never a traceback
    assert "Traceback" not in r.output


def test_missing_and_tampered_model(tmp_path, root):
    r = run("classify", "--model", str(tmp_path), SCAM)
    assert r.exit_code == 1 and "no model found" in r.output
    shutil.copytree(root / "models", tmp_path / "m")
    with open(tmp_path / "m" / "model.joblib", "ab") as fh:
        fh.write(b"tampered")
    r = run("classify", "--model", str(tmp_path / "m"), SCAM)
    assert r.exit_code == 1 and "SHA-256" in r.output and "Traceback" not in r.output
    r = run("classify", "--model", str(tmp_path / "m"), "--trust-model", SCAM)
    assert r.exit_code == 0 and "诈骗" in r.output


def test_rules_list_and_check(tmp_path):
    r = run("rules")
    assert r.exit_code == 0 and "ACT-01" in r.output and "HC-06" in r.output
    flags = {line.split()[0]: line.split()[3] for line in r.output.splitlines() if line[:3] in ("ACT", "HC-")}
    assert flags["ACT-01"] == "force" and flags["HC-15"] == "told"
    listed = {x["id"]: x for x in json.loads(run("rules", "--json").output)}
    assert listed["HC-15"]["reported"] and not listed["ACT-01"]["reported"]
    good = tmp_path / "good.toml"
    good.write_text('[[rule]]\nid = "MY-01"\ndirection = "scam"\nweight = 2\npatterns = ["刷单返利"]\n'
                    'zh = "刷单"\nen = "task scam"\n', encoding="utf-8")
    r = run("rules", "--check", str(good))
    assert r.exit_code == 0 and "1 rule(s)" in r.output
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nid = "MY-01"\ndirection = "scam"\nzh = "x"\nen = "y"\npatterns = ["("]\n\n'
                   '[[rule]]\nid = "MY-02"\ndirection = "sideways"\nzh = "x"\nen = "y"\npatterns = ["a"]\n',
                   encoding="utf-8")
    r = run("rules", "--check", str(bad))
    assert r.exit_code == 1
    assert "bad.toml:1:" in r.output and "bad.toml:8:" in r.output and "direction" in r.output


def test_user_rule_changes_the_verdict(tmp_path):
    text = "紫气东来大师开光手串，转运包灵，一串只要998"
    rule = tmp_path / "mine.toml"
    rule.write_text('[[rule]]\nid = "MY-01"\ndirection = "scam"\nweight = 5\npatterns = ["开光"]\n'
                    'zh = "开光骗局"\nen = "blessing scam"\n', encoding="utf-8")
    plain = json.loads(run("classify", "--json", text).output)
    mine = json.loads(run("classify", "--json", "--rules", str(rule), text).output)
    assert mine["scam_probability"] > plain["scam_probability"]
    assert any(r["id"] == "MY-01" for r in mine["reasons"])


def test_evaluate_reports_and_rejects_bad_rows(tmp_path):
    good = tmp_path / "d.jsonl"
    rows = [{"text": SCAM, "label": "scam", "family": "fake_collection"},
            {"text": "【招商银行】您尾号1234的信用卡本期账单已出，应还2,000.00元，到期还款日12月5日", "label": "genuine"},
            {"text": "验证码112233，请勿泄露", "label": "other", "uncertain": True}]
    good.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    r = run("evaluate", str(good))
    assert r.exit_code == 0, r.output
    assert "genuine→scam" in r.output and "reliability" in r.output
    r = run("evaluate", "--json", "--perturb", str(good))
    d = json.loads(r.output)
    assert d["n"] == 3 and "confusion" in d and "separators" in d["perturbation"]["tricks"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "label": "spam"}\nnot json\n{"label": "scam"}\n', encoding="utf-8")
    r = run("evaluate", str(bad))
    assert r.exit_code == 1
    assert "bad.jsonl:1:" in r.output and "bad.jsonl:2:" in r.output and "bad.jsonl:3:" in r.output


def test_subprocess_version_and_classify(tmp_path):
    out = subprocess.run([sys.executable, "-m", "scamguard", "--version"], capture_output=True, text=True,
                         cwd=tmp_path)
    assert out.returncode == 0 and __version__ in out.stdout
    out = subprocess.run([sys.executable, "-m", "scamguard", "classify", "--json"], input=SCAM,
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["label"] == "scam"
    out = subprocess.run([sys.executable, "-m", "scamguard", "classify", ""], capture_output=True, text=True)
    assert out.returncode != 0 and "Traceback" not in out.stderr and out.stderr.strip().count("\n") == 0


def test_screen_with_user_rules_and_tampered_model(tmp_path, root):
    rule = tmp_path / "mine.toml"
    rule.write_text('[[rule]]\nid = "MY-01"\ndirection = "scam"\nweight = 5\npatterns = ["取件码"]\n'
                    'zh = "测试规则"\nen = "test rule"\n', encoding="utf-8")
    src = tmp_path / "in.txt"
    src.write_text("您的包裹已到驿站，取件码 8-2-3011\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("screen", str(src), "-o", str(out), "--rules", str(rule), "--jobs", "1")
    assert r.exit_code == 0, r.output
    row = json.loads(out.read_text(encoding="utf-8"))
    assert "MY-01" in row["reasons"]
    shutil.copytree(root / "models", tmp_path / "m")
    with open(tmp_path / "m" / "model.joblib", "ab") as fh:
        fh.write(b"x")
    r = run("screen", str(src), "--model", str(tmp_path / "m"), "--jobs", "1")
    assert r.exit_code == 1 and "SHA-256" in r.output


def test_an_argument_in_gbk_is_decoded_like_standard_input():
    import os

    raw = "您的信用卡已逾期，请加微信".encode("gbk")
    r = run("classify", "--json", os.fsdecode(raw))     # how Python hands over an argument that is not UTF-8
    assert r.exit_code == 0, r.output
    assert any(x["text"] == "加微信" for x in json.loads(r.output)["reasons"])


def test_utf16_without_a_byte_order_mark_is_not_misread():
    r = CliRunner().invoke(main, ["classify", "--json"], input="停息挂账加微信".encode("utf-16-le"))
    assert r.exit_code == 0 and json.loads(r.output)["label"] == "scam", r.output


def test_overlapping_spans_are_highlighted_whole():
    r = run("classify", "请把额度全部借出来转到我们的安全账户")
    assert "请把«额度全部借出来转到我们的安全账户»" in r.output, r.output


def test_evaluate_edge_cases(tmp_path):
    data = tmp_path / "d.jsonl"
    data.write_text('{"text": "晚上一起吃饭吗？", "label": "scam"}\n{"text": "验证码382911", "label": "other"}\n',
                    encoding="utf-8")
    r = run("evaluate", "--perturb", str(data))            # no scam caught: the relative recall is undefined
    assert r.exit_code == 0 and "clean recall is 0" in r.output, r.output
    assert run("evaluate", "--errors", "-1", str(data)).exit_code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "label": "scam", "family": ["x"]}\n{"text": "b", "label": "other", '
                   '"uncertain": "false"}\n{"text": "c", "label": "other", "sender": 95588}\n', encoding="utf-8")
    r = run("evaluate", str(bad))
    assert r.exit_code == 1 and all(f"bad.jsonl:{n}:" in r.output for n in (1, 2, 3)), r.output
    surrogate = tmp_path / "s.jsonl"
    surrogate.write_text('{"text": "截断\\ud83d了，加微信办理停息挂账", "label": "other"}\n', encoding="utf-8")
    r = run("evaluate", "--json", str(surrogate))
    assert r.exit_code == 0 and "\\ud83d" in r.output, r.output


def test_a_damaged_trusted_model_is_a_one_line_error(tmp_path, root):
    shutil.copytree(root / "models", tmp_path / "m")
    path = tmp_path / "m" / "model.joblib"
    data = path.read_bytes()
    # Damage a pickled dtype name (short string opcode + "<f8"), not bytes of weight data that happen to read "<f8".
    assert b"\x8c\x03<f8" in data
    path.write_bytes(data.replace(b"\x8c\x03<f8", b"\x8c\x03<f9", 1))
    r = run("classify", "--model", str(tmp_path / "m"), "--trust-model", SCAM)
    assert r.exit_code == 1 and "damaged" in r.output and "Traceback" not in r.output, r.output
    (tmp_path / "m" / "manifest.json").write_text("[1, 2]", encoding="utf-8")
    r = run("classify", "--model", str(tmp_path / "m"), SCAM)
    assert r.exit_code == 1 and "manifest" in r.output, r.output


def test_rules_facts_lists_what_rules_may_name():
    r = run("rules", "--facts")
    assert r.exit_code == 0 and "body:mobile" in r.output and "sig_brand:<brand>" in r.output


def test_a_closed_pipe_is_not_an_error():
    proc = subprocess.run(f"{sys.executable} -m scamguard rules | head -1", shell=True, capture_output=True,
                          text=True)
    assert proc.stdout.startswith("ACT-01") and "Error" not in proc.stderr, proc.stderr
