"""Benchmark `scamguard screen` end to end on a generated SMS Backup & Restore XML file.

    python benchmarks/screen_bench.py                    # 1,000,000 messages
    python benchmarks/screen_bench.py --count 50000 --jobs 2

Measures, in one run and over the same texts:
  * reading only (the streaming XML reader, in this process), messages/s;
  * `scamguard screen FILE -o out.jsonl` as a subprocess: wall time, messages/s, and the peak RSS of the whole
    process tree (parent + workers), sampled from /proc every 50 ms (psutil is not a dependency);
  * plain `jieba.lcut` over the same texts in this process, as the yardstick (--jieba-limit N times only the
    first N: jieba runs at ~2,500-4,500 msg/s, so all 1,000,000 take several minutes).
The generated file lives in a temp dir and is removed afterwards unless --keep is given.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator
from xml.sax.saxutils import quoteattr

TEMPLATES = [
    "【{bank}】您尾号{n4}的信用卡本期账单{amount}元，到期还款日{month}月{day}日，最低还款额{small}元。如已还款请忽略。",
    "【{platform}】您的借款已逾期{days}天，应还{amount}元，请尽快登录{platform}App还款，以免影响个人信用记录。",
    "您好，我是{platform}客服，系统显示您名下有未注销的校园贷账户，根据监管要求需今天注销，否则影响征信，请下载会议软件配合操作。",
    "【停息挂账】信用卡、网贷逾期不用怕，专业团队帮您协商停息挂账、分期{days}期还款，成功后再收费，详询微信 tx{n4}。",
    "【{bank}】您的验证码为 {n6}，您正在进行网上银行登录，5分钟内有效。切勿告知他人。",
    "您的账户涉嫌违规，需要把资金转入国家安全账户进行清查，核查后原路退回，请勿告知家人，联系专员{n4}。",
    "晚上{day}点在老地方见吧，我把上次借你的书带过来，顺便一起吃个饭",
    "【{platform}】您本期账单{amount}元已于今日自动扣款成功，感谢您的守约。",
    "【菜鸟驿站】您的包裹已到站，取件码 {n4}，营业时间8:00-21:00，请及时领取。",
    "征信花了也能贷，内部渠道48小时删除逾期记录，大数据下架，不成功全额退款，加V：zx{n6}。",
]
BANKS = ["工商银行", "招商银行", "建设银行", "农业银行", "光大银行", "平安银行"]
PLATFORMS = ["京东金融", "支付宝", "美团", "招联金融", "度小满", "微众银行"]
EMOJI_REF = "&#55357;&#56832;"


def make_text(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        bank=rng.choice(BANKS), platform=rng.choice(PLATFORMS), n4=rng.randint(1000, 9999),
        n6=rng.randint(100000, 999999), amount=f"{rng.randint(100, 50000):,}.{rng.randint(0, 99):02d}",
        small=rng.randint(10, 999), month=rng.randint(1, 12), day=rng.randint(1, 28), days=rng.randint(1, 90))


def generate(path: Path, count: int, seed: int = 7) -> None:
    """A realistic SBR file: ~530 bytes per record, readable_date and contact_name, an emoji ref every 1,000."""
    rng = random.Random(seed)
    start_ms = 1_700_000_000_000
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
                 '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'
                 f'<smses count="{count}" backup_set="bench" backup_date="{start_ms}" type="full">\n')
        for i in range(count):
            body = quoteattr(make_text(rng))
            if i % 1000 == 999:
                body = body[:-1] + " " + EMOJI_REF + body[-1]
            date = start_ms + i * 30_000
            fh.write(f'  <sms protocol="0" address="106{rng.randint(10**10, 10**11 - 1)}" date="{date}" type="1" '
                     f'subject="null" body={body} toa="null" sc_toa="null" service_center="+8613800100500" '
                     f'read="1" status="-1" locked="0" date_sent="{date - 2000}" sub_id="1" '
                     f'readable_date="2023年11月15日 06:13:20" contact_name="(Unknown)" />\n')
        fh.write("</smses>\n")


def texts(count: int, seed: int = 7) -> Iterator[str]:
    """The same texts as `generate` writes (same seed and call order), without the emoji refs; streamed."""
    rng = random.Random(seed)
    for _ in range(count):
        yield make_text(rng)
        rng.randint(10**10, 10**11 - 1)  # the address draw, to stay in step with generate()


# --- RSS of a process tree from /proc ------------------------------------------------------------------------------

def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])  # the command name may contain spaces
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root: int) -> tuple[int, int]:
    """(total RSS of root and all its descendants, number of processes)."""
    kids = _children()
    todo, seen = [root], []
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo.extend(kids.get(pid, ()))
    return sum(_rss_kb(p) for p in seen), len(seen)


class PeakSampler(threading.Thread):
    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = self.max_procs = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            kb, n = tree_rss_kb(self.pid)
            self.peak_kb, self.max_procs = max(self.peak_kb, kb), max(self.max_procs, n)
            self.stop.wait(self.interval)


# --- the runs ----------------------------------------------------------------------------------------------------

def screen_command() -> list[str]:
    """`scamguard screen` if the main CLI has it registered, else the module entry point."""
    exe = shutil.which("scamguard")
    if exe:
        probe = subprocess.run([exe, "screen", "--help"], capture_output=True)
        if probe.returncode == 0:
            return [exe, "screen"]
    return [sys.executable, "-m", "scamguard.cli.screen"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--jobs", type=int, default=None, help="passed to scamguard screen --jobs")
    ap.add_argument("--jieba-limit", type=int, default=0,
                    help="time jieba over only the first N texts (default 0 = all of them, ~2,500-4,500 msg/s)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir with the XML and the output")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="scamguard-bench-"))
    rows: list[tuple[str, str]] = []
    try:
        xml = tmp / "sms-bench.xml"
        t0 = time.perf_counter()
        generate(xml, args.count)
        rows.append(("generated", f"{args.count:,} messages, {xml.stat().st_size / 1e6:,.1f} MB in "
                                  f"{time.perf_counter() - t0:.1f} s"))

        from scamguard.screen.readers import read_messages
        t0 = time.perf_counter()
        n = sum(1 for _ in read_messages(xml))
        dt = time.perf_counter() - t0
        rows.append(("read only (XML reader)", f"{n / dt:,.0f} msg/s ({dt:.1f} s)"))

        cmd = screen_command() + [str(xml), "-o", str(tmp / "out.jsonl")]
        if args.jobs is not None:
            cmd += ["--jobs", str(args.jobs)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        sampler = PeakSampler(proc.pid)
        sampler.start()
        _, err = proc.communicate()
        dt = time.perf_counter() - t0
        sampler.stop.set()
        sampler.join()
        if proc.returncode == 0:
            rows.append(("scamguard screen (end to end)", f"{args.count / dt:,.0f} msg/s ({dt:.1f} s)"))
        else:
            rows.append(("scamguard screen (end to end)", f"FAILED (exit {proc.returncode}): "
                                                          f"{err.decode(errors='replace').strip()[-300:]}"))
        rows.append(("peak RSS, process tree", f"{sampler.peak_kb / 1024:,.0f} MB over up to "
                                               f"{sampler.max_procs} process(es)"))

        import jieba
        n_jieba = args.count if args.jieba_limit <= 0 else min(args.count, args.jieba_limit)
        jieba.initialize()
        gen_time = time.perf_counter()
        for _ in texts(n_jieba):  # time the text generation alone, to subtract it
            pass
        gen_time = time.perf_counter() - gen_time
        t0 = time.perf_counter()
        for text in texts(n_jieba):
            jieba.lcut(text)
        dt = time.perf_counter() - t0 - gen_time
        rows.append((f"jieba.lcut, 1 process ({n_jieba:,} texts)", f"{n_jieba / dt:,.0f} msg/s"))
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  result\n{'-' * width}  {'-' * 40}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
