"""Instructions per message of `classify_many`, counted by valgrind: a speed measure this noisy machine cannot skew.

    python benchmarks/count_instructions.py [--messages 1024] [--root DIR]

Wall-clock figures on this shared 2-core machine move by 2× between runs, too much to tell a 5 % change from noise.
Valgrind's callgrind counts the instructions a process executes instead, which is the same on every run. The script
runs the classifier twice under callgrind, on 0 and on N corpus SMS of 60–120 characters (both runs load the model
and warm up on the same 512 messages), and prints the difference divided by N. The hash seed is fixed and BLAS
runs one thread, because a spinning BLAS worker thread would add instructions in proportion to wall time.
`--root` measures another checkout (e.g. a `git worktree` of an earlier commit), with `--model` its own model
directory when its rules differ, for A/B.
Needs `valgrind` on PATH; about two minutes for 1,024 messages.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARM = 512

RUNNER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from scamguard.api import load_classifier
texts = json.load(open(sys.argv[2], encoding="utf-8"))
n = int(sys.argv[3])
clf = load_classifier(sys.argv[4])
sum(1 for _ in clf.classify_many(texts[:{warm}], batch_size=512))
sum(1 for _ in clf.classify_many(texts[{warm}:{warm} + n], batch_size=512))
""".format(warm=WARM)


def instructions(root: Path, model: Path, texts_file: Path, n: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                           RUNNER, str(root), str(texts_file), str(n), str(model)],
                          capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode or not found:
        raise SystemExit(f"callgrind run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=1024)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose scamguard package to measure")
    ap.add_argument("--model", type=Path, default=None, help="its model directory (default: ROOT/models)")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from classify_bench import sms_texts

    texts = sms_texts(WARM + args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        model = args.model or args.root / "models"
        base = instructions(args.root, model, texts_file, 0)
        full = instructions(args.root, model, texts_file, args.messages)
    print(f"{args.root}: {(full - base) / args.messages:,.0f} instructions per message "
          f"({args.messages:,} SMS of 60–120 characters; load and warm-up {base:,})")


if __name__ == "__main__":
    main()
