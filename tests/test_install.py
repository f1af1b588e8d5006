"""A non-editable install finds the shipped model from any directory."""
from __future__ import annotations

import subprocess
import sys
import zipfile


def test_wheel_carries_the_model_and_works_from_elsewhere(root, tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            "-w", str(wheels), str(root)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(wheels.glob("scamguard-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("scamguard/_models/model.joblib", "scamguard/_models/manifest.json",
                   "scamguard/rules/data/builtin.toml", "scamguard/text/data/userdict.txt", "scamguard/data/advice.toml"):
        assert needed in names
    target = tmp_path / "site"
    inst = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                           str(wheel)], capture_output=True, text=True)
    assert inst.returncode == 0, inst.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import scamguard, json; from scamguard.model.store import default_model_dir; "
            "v = scamguard.classify('您的信用卡已冻结，请联系客服13912345678解冻'); "
            "print(json.dumps([v.label, str(default_model_dir())]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert '"scam"' in out.stdout and str(target) in out.stdout
