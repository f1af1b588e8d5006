"""The README's two set-up lines exist, and .ci/run runs the test line verbatim."""
from __future__ import annotations

import re


def _line_after(readme: str, marker: str) -> str:
    m = re.search(re.escape(marker) + r".*?```(?:sh|bash)?\n(.+?)\n```", readme, re.S)
    assert m, f"README lacks a code block after {marker!r}"
    return m.group(1).strip()


def test_ci_runs_the_readme_test_line(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    test_line = _line_after(readme, "Run the tests")
    assert "pytest" in test_line
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert test_line in ci


def test_readme_main_line_screens_the_bundled_example(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    main_line = _line_after(readme, "Try it")
    assert "pip install" in main_line and "scamguard screen examples/" in main_line
