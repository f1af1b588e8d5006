"""Write screening results as JSON Lines or CSV, atomically.

* The format follows the output's extension: ``.csv`` -> CSV; ``.jsonl``/``.ndjson``/``.json`` -> JSON Lines;
  no output -> JSON Lines on stdout.
* ``excel=True`` (CSV only) writes a UTF-8 BOM, so Excel shows Chinese correctly, and neutralises cells that Excel
  would run as formulas (a leading ``= + - @``, as a scam text could be crafted to do) with a leading ``'``.
* Rows go to a temp file in the output's directory, renamed over the final name only when the run ends, so a
  crash never leaves a half-written file posing as a complete one (and an earlier output survives a failed run).
* Ctrl-C is different: the rows already screened are worth keeping. The writer then appends ONE marker record and
  renames the file as usual:
    - JSON Lines: ``{"_partial": true, "rows_written": N, "note": "..."}`` (data rows never have ``_partial``);
    - CSV: a last row whose ``source`` cell starts with ``#PARTIAL`` and whose other cells are empty (so the
      column count stays valid).
  Everything above the marker is complete and in input order.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from .pipeline import Scored
from .readers import Message

COLUMNS = ("source", "record", "sender", "time", "direction", "channel", "text", "label", "scam_probability",
           "risk", "family", "reasons")
PARTIAL_KEY = "_partial"
PARTIAL_PREFIX = "#PARTIAL"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class OutputError(ValueError):
    """An output path the writer cannot handle (unknown extension, --excel with JSON Lines...)."""


def output_kind(path: str | None) -> str:
    """"csv" or "jsonl" for an output path (None = stdout = JSON Lines)."""
    if path is None or path == "-":
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    raise OutputError(f"cannot tell the output format from {path!r}: use a .csv or .jsonl file name")


def row_dict(message: Message, scored: Scored) -> dict:
    """One output row (JSON form: `reasons` is the list of rule ids)."""
    return {
        "source": message.source, "record": message.record, "sender": message.sender, "time": message.time,
        "direction": message.direction, "channel": message.channel, "text": message.text,
        "label": scored.label, "scam_probability": round(scored.scam_probability, 6), "risk": scored.risk,
        # Rule ids in order, each once (model terms all share the id MODEL).
        "family": scored.family, "reasons": list(dict.fromkeys(r.id for r in scored.reasons)),
    }


def _excel_safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


class OutputWriter:
    """Context manager: ``with OutputWriter(path) as out: out.write(message, scored)``. See the module doc."""

    def __init__(self, path: str | None, *, excel: bool = False, stdout: TextIO | None = None) -> None:
        self.path = None if path in (None, "-") else Path(path)
        self.kind = output_kind(path)
        if excel and self.kind != "csv":
            raise OutputError("--excel applies to CSV output only: give an output file ending in .csv")
        self.excel = excel
        self.rows_written = 0
        self.partial_note: str | None = None
        self._stdout = stdout
        self._tmp: Path | None = None
        self._fh: TextIO | None = None
        self._csv = None

    # -- lifecycle
    def __enter__(self) -> "OutputWriter":
        if self.path is None:
            self._fh = self._stdout or sys.stdout
        else:
            directory = self.path.parent if str(self.path.parent) else Path(".")
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
            self._tmp = Path(tmp)
            encoding = "utf-8-sig" if self.excel else "utf-8"
            self._fh = io.open(fd, "w", encoding=encoding, newline="")
        if self.kind == "csv":
            self._csv = csv.writer(self._fh, lineterminator="\r\n" if self.excel else "\n")
            self._csv.writerow(COLUMNS)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None and issubclass(exc_type, KeyboardInterrupt) and self.partial_note is None:
            self.mark_partial("interrupted")
        if exc_type is None or self.partial_note is not None:
            self._finish()
        else:
            self._abort()
        return False

    def _finish(self) -> None:
        assert self._fh is not None
        self._fh.flush()
        if self._tmp is None:
            return
        os.fsync(self._fh.fileno())
        self._fh.close()
        # mkstemp creates 0600 files; give the result the permissions a normally created file would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self._tmp, 0o666 & ~umask)
        os.replace(self._tmp, self.path)

    def _abort(self) -> None:
        if self._tmp is None:
            return
        self._fh.close()
        self._tmp.unlink(missing_ok=True)

    # -- rows
    def write(self, message: Message, scored: Scored) -> None:
        row = row_dict(message, scored)
        if self._csv is not None:
            row["reasons"] = ";".join(row["reasons"])
            cells = ["" if row[c] is None else str(row[c]) for c in COLUMNS]
            if self.excel:
                cells = [_excel_safe(c) for c in cells]
            self._csv.writerow(cells)
        else:
            self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows_written += 1

    def mark_partial(self, note: str) -> None:
        """Append the partial-output marker (once); the file is still renamed into place on exit."""
        if self.partial_note is not None:
            return
        self.partial_note = note
        text = (f"PARTIAL OUTPUT: {note}; the {self.rows_written:,} row(s) above are complete, "
                "later input was not screened")
        if self._csv is not None:
            self._csv.writerow([f"{PARTIAL_PREFIX}: {text}"] + [""] * (len(COLUMNS) - 1))
        else:
            self._fh.write(json.dumps({PARTIAL_KEY: True, "rows_written": self.rows_written, "note": text},
                                      ensure_ascii=False) + "\n")
