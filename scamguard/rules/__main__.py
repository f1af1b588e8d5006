"""`python -m scamguard.rules`: rewrite the built-in rules' prefilter literals (data/builtin.literals.json).

Run it after editing data/builtin.toml; tests/test_literals.py fails until the file matches the rules.
"""
from __future__ import annotations

import json
from pathlib import Path

from .engine import LITERALS_FILE, builtin_rules, literal_table


def main() -> None:
    path = Path(__file__).resolve().parent / "data" / LITERALS_FILE
    table = literal_table(builtin_rules())
    # One pattern per line, so that a rule edit shows as a small diff.
    lines = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()]
    path.write_text('{"literals": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"wrote {path} ({len(table)} patterns)")


if __name__ == "__main__":
    main()
