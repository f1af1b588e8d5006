"""Speed of scamguard's hot path, measured against jieba in the same run.

    python benchmarks/classify_bench.py [--messages 5000] [--repeat 5]

1. Cold start: a new process running `scamguard classify "…"` (model on disk) against a new process running
   `python -c "import jieba; jieba.lcut('测试')"`; the median of --repeat runs each. Target: at most half of jieba's.
2. Throughput: `classify_many` over SMS of 60–120 characters from the corpus, in this one process (one core),
   against plain `jieba.lcut` over the same texts. Target: 5,000 messages/s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_process(args: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def sms_texts(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from scamguard.corpus import load_corpus

    texts = [r.text for r in load_corpus(ROOT / "corpus") if r.channel == "sms" and 60 <= len(r.text) <= 120]
    out = []
    while len(out) < n:
        out.extend(texts)
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, children included

    scamguard = [sys.executable, "-m", "scamguard", "classify", "您的信用卡已冻结，请联系客服13912345678办理解冻"]
    jieba_cold = [sys.executable, "-c", "import jieba; jieba.lcut('测试')"]
    cold_sg = timed_process(scamguard, args.repeat)
    cold_jb = timed_process(jieba_cold, args.repeat)

    texts = sms_texts(args.messages)
    from scamguard.api import load_classifier

    clf = load_classifier()
    list(clf.classify_many(texts[:50]))
    t = time.perf_counter()
    n = sum(1 for _ in clf.classify_many(texts, batch_size=512))
    rate = n / (time.perf_counter() - t)

    import jieba

    jieba.setLogLevel(60)
    jieba.lcut("预热")
    t = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    jieba_rate = len(texts) / (time.perf_counter() - t)

    print(f"{'measure':<44}{'value':>12}{'target':>16}")
    print(f"{'cold `scamguard classify` (median, s)':<44}{cold_sg:>12.3f}{'≤ ' + format(cold_jb / 2, '.3f'):>16}")
    print(f"{'cold `import jieba; jieba.lcut` (median, s)':<44}{cold_jb:>12.3f}{'':>16}")
    print(f"{'ratio scamguard / jieba cold start':<44}{cold_sg / cold_jb:>12.2f}{'≤ 0.50':>16}")
    print(f"{'classify_many, one core (msg/s)':<44}{rate:>12.0f}{'≥ 5000':>16}")
    print(f"{'jieba.lcut, same texts (msg/s)':<44}{jieba_rate:>12.0f}{'':>16}")
    print(f"(messages: {len(texts)}, mean length {sum(map(len, texts)) / len(texts):.0f} characters)")


if __name__ == "__main__":
    main()
