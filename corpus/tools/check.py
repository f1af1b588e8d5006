"""Validate corpus files and report near-duplicates.

    python corpus/tools/check.py                 # the whole corpus
    python corpus/tools/check.py corpus/x.jsonl  # those files, also against the rest of the corpus
"""
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scamguard.corpus import CorpusError, corpus_files, near_duplicates, read_rows  # noqa: E402


def main(argv: list[str]) -> int:
    targets = [Path(a).resolve() for a in argv] or corpus_files(ROOT / "corpus")
    everything = sorted(set(corpus_files(ROOT / "corpus")) | set(targets))
    rows, bad = [], 0
    for path in everything:
        try:
            rows.extend(read_rows(path))
        except CorpusError as exc:
            print(exc)
            bad += 1
    ids = collections.Counter(r.id for r in rows)
    for i, n in ids.items():
        if n > 1:
            print(f"duplicate id {i} ({n} times)")
            bad += 1
    mine = [k for k, r in enumerate(rows) if Path(r.path).resolve() in targets]
    pairs = near_duplicates([r.text for r in rows], only=mine)
    for i, j, jac in pairs:
        print(f"near-duplicate {jac}: {rows[i].id} ~ {rows[j].id}\n    {rows[i].text[:70]}\n    {rows[j].text[:70]}")
    print(f"{len(mine)} rows checked, {len(pairs)} near-duplicate pairs, {bad} schema errors")
    print(collections.Counter((rows[k].label, rows[k].channel) for k in mine))
    return 1 if pairs or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
