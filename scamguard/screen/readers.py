"""Read message exports of any supported format into a stream of `Message` (or `Problem` for a skipped record).

The format is detected from the file's CONTENT, never its name (``--format`` overrides). Entry points:

* `prepare_input(spec, fmt, stack)` -> `Source`: resolves ``-`` (stdin is spooled to a temp file, because detection
  and SQLite need a real file), detects format and encoding, and raises `ScreenInputError` for a file that cannot
  be read at all. Doing this for every input before writing anything makes a bad input fail fast.
* `Source.messages()` streams the records; memory stays constant whatever the file size.
* `read_messages(spec, fmt)` does both, for library use.
"""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile
import zlib
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .encoding import bom_encoding, decode_head, detect_encoding
from .records import (SUPPORTED_FORMATS_TEXT, Message, Problem, ScreenInputError)
from .sqlite_readers import SQLITE_MAGIC, open_copy, read_android_db, read_ios_db, sqlite_kind
from .text_readers import is_table, read_csv, read_jsonl, read_text
from .vmsg_reader import read_vmsg
from .xml_reader import DOCTYPE_REFUSED, read_sbr_xml

__all__ = ["FORMATS", "Message", "Problem", "ScreenInputError", "Source", "detect_format", "prepare_input",
           "read_messages"]

#: Values of ``--format``. "csv" also covers ;-separated files (the delimiter is sniffed); "tsv" forces tabs.
FORMATS = ("sbr-xml", "ios-db", "android-db", "vmsg", "csv", "tsv", "jsonl", "text")
HEAD_BYTES = 64 * 1024
TEXT_FORMATS = ("vmsg", "csv", "tsv", "jsonl", "text")
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Source:
    """One input, ready to read."""

    path: Path
    name: str  # what the user typed ("<stdin>" for -); used as Message.source
    format: str
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def messages(self) -> Iterator[Message | Problem]:
        if self.format == "sbr-xml":
            return read_sbr_xml(self.path, self.name)
        if self.format == "ios-db":
            return read_ios_db(self.path, self.name)
        if self.format == "android-db":
            return read_android_db(self.path, self.name)
        encoding = self.encoding or "utf-8"
        if self.format in ("csv", "tsv"):
            return read_csv(self.path, self.name, encoding, self.delimiter)
        if self.format == "jsonl":
            return read_jsonl(self.path, self.name, encoding)
        if self.format == "vmsg":
            return read_vmsg(self.path, self.name, encoding)
        return read_text(self.path, self.name, encoding)


def _unsupported(name: str, what: str) -> ScreenInputError:
    return ScreenInputError(f"{name}: {what}; not a supported format. Supported: {SUPPORTED_FORMATS_TEXT}.")


def _zip_error(path: Path, name: str) -> ScreenInputError:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError):
        infos = []
    names = [i.filename for i in infos]
    if any(n.startswith("xl/") for n in names):
        return ScreenInputError(f"{name}: this is an Excel .xlsx workbook. Open it in Excel or WPS and save it as "
                                "\"CSV UTF-8\" (or \"Unicode Text\"), then screen that file.")
    if any(_is_ndjson_member(i) for i in infos):
        return ScreenInputError(f"{name}: an \"SMS Import / Export\" archive that cannot be read as it is (encrypted, "
                                "or with several messages.ndjson); export it again without encryption, or unzip it "
                                "and screen its messages.ndjson.")
    if any(_base_name(n).endswith(".xml") for n in names) and \
            not any(i.flag_bits & 1 for i in infos):
        return ScreenInputError(f"{name}: a ZIP archive holding XML files; unzip it and screen the sms-*.xml inside.")
    return ScreenInputError(
        f"{name}: this is a ZIP archive, most likely an encrypted SMS Backup & Restore backup, which cannot be "
        "read. In SMS Backup & Restore, make a new backup with encryption turned off (a plain sms-*.xml file) "
        "and screen that.")


def detect_format(path: str | Path, name: str | None = None) -> tuple[str, str | None, str | None]:
    """(format, encoding, delimiter) of a file, from its content. Raises ScreenInputError if unsupported."""
    path = Path(path)
    name = name or str(path)
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
        complete = not fh.read(1)
    if not head.strip():
        raise ScreenInputError(f"{name}: the file is empty")
    if head.startswith(SQLITE_MAGIC):
        try:
            with open_copy(path) as conn:
                kind = sqlite_kind(conn)
        except sqlite3.DatabaseError as exc:
            raise ScreenInputError(f"{name}: a damaged SQLite database ({exc}); nothing could be read") from None
        if kind is None:
            raise _unsupported(name, "SQLite database without an iOS `message` or Android `sms` table")
        return kind, None, None
    if head.startswith((ZIP_MAGIC, b"PK\x05\x06")):     # an archive, or an empty one
        raise _zip_error(path, name)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ScreenInputError(f"{name}: this is an old Excel .xls workbook. Save it as \"CSV UTF-8\" and screen "
                               "that file.")
    bom = bom_encoding(head)
    start = decode_head(head, bom or "utf-8").lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        lowered = start[:4096].lower()
        if "<!doctype" in lowered and ("<smses" in lowered or "<!doctype smses" in lowered):
            raise ScreenInputError(DOCTYPE_REFUSED.format(name=name))  # the XML reader refuses it too
        if "<smses" in lowered:
            return "sbr-xml", None, None
        if "<calls" in lowered:
            raise ScreenInputError(f"{name}: this is a call-log backup (<calls>); it holds no message texts. "
                                   "Screen the sms-*.xml file instead.")
        raise _unsupported(name, "XML or HTML that is not an SMS Backup & Restore <smses> file")
    encoding = bom or detect_encoding(path)
    text = decode_head(head, encoding).lstrip("\ufeff")
    _reject_binary(text, name)
    lines = text.splitlines()
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line of the sample is probably cut
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    # A vMessage backup, also with a stray line or two before its first block.
    if any(ln.strip().upper() == "BEGIN:VMSG" for ln in [ln for ln in lines if ln.strip()][:5]):
        return "vmsg", encoding, None
    if first.startswith(("{", "[")):
        # JSON Lines when any of the first lines is a JSON object (a malformed first line is then one bad
        # record); a JSON document is refused; text that merely starts with a bracket ("[图片]", "{置顶}…") is text.
        document = first in ("{", "[") or first.startswith(("[{", "[[", "[\""))
        sample = [ln.strip() for ln in lines[:50] if ln.strip()]
        if not document and any(isinstance(_json_or_none(ln), dict) for ln in sample):
            return "jsonl", encoding, None
        if document or first.startswith('{"') or _json_or_none(first) is not None:
            raise _unsupported(name, "JSON that is not JSON Lines (one object per line)")
    shape = is_table(lines[:60])
    if shape:
        delimiter, _ = shape
        return ("tsv" if delimiter == "\t" else "csv"), encoding, delimiter
    return "text", encoding, None


def _base_name(member: str) -> str:
    """A ZIP member's file name, lower case (Windows zippers may write backslashes)."""
    return re.split(r"[/\\]", member)[-1].lower()


def _is_ndjson_member(info: zipfile.ZipInfo) -> bool:
    return _base_name(info.filename) == "messages.ndjson"


def _sms_ie_source(path: Path, name: str, stack: ExitStack) -> Source | None:
    """The messages.ndjson of an unencrypted "SMS Import / Export" archive as a JSON Lines source, copied out to a
    temporary file (streamed: the archive may be large), or None when `path` is no such archive."""
    with open(path, "rb") as fh:
        if fh.read(4) != ZIP_MAGIC:
            return None
    try:
        with zipfile.ZipFile(path) as zf:
            members = [i for i in zf.infolist() if _is_ndjson_member(i)]
            if not members or any(i.flag_bits & 1 for i in members):   # not this kind of archive, or encrypted
                return None
            if len(members) > 1:
                raise ScreenInputError(f"{name}: the archive holds {len(members)} messages.ndjson files ("
                                       + ", ".join(i.filename for i in members[:5]) + "); unzip it and screen "
                                       "each one you want")
            out = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="scamguard-zip-"))) / "messages.ndjson"
            try:
                with zf.open(members[0]) as src, open(out, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            except (OSError, zlib.error, zipfile.BadZipFile) as exc:   # a damaged member, a full disk
                raise ScreenInputError(f"{name}: cannot read messages.ndjson from the archive ({exc})") from None
    except (zipfile.BadZipFile, EOFError):
        return None                # detect_format says what the archive seems to be
    with open(out, "rb") as fh:
        if not fh.read(1 << 16).strip():
            raise ScreenInputError(f"{name}: the archive's messages.ndjson is empty")
    return Source(out, f"{name} (messages.ndjson)", "jsonl", detect_encoding(out))


def _json_or_none(line: str):
    try:
        return json.loads(line)
    except ValueError:
        return None


def _reject_binary(text: str, name: str) -> None:
    sample = text[:8192]
    if not sample:
        return
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\r\n") or ch == "\ufffd")
    if "\x00" in sample or controls / len(sample) > 0.05:
        raise _unsupported(name, "binary data")


def _spool_stdin(stack: ExitStack) -> Path:
    tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="scamguard-stdin-")))
    path = tmp / "stdin"
    with open(path, "wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out, 1 << 20)
    return path


def prepare_input(spec: str, fmt: str | None, stack: ExitStack) -> Source:
    """Resolve one INPUT argument (a path or ``-``) to a `Source`; temp files live as long as `stack`."""
    if spec == "-":
        path, name = _spool_stdin(stack), "<stdin>"
    else:
        path, name = Path(spec), spec
        if not path.exists():
            raise ScreenInputError(f"{name}: no such file")
        if not path.is_file():
            raise ScreenInputError(f"{name}: not a regular file")
    if fmt in (None, "auto"):
        if archive := _sms_ie_source(path, name, stack):
            return archive
        kind, encoding, delimiter = detect_format(path, name)
        return Source(path, name, kind, encoding, delimiter)
    if fmt not in FORMATS:
        raise ScreenInputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("ios-db", "android-db"):
        with open(path, "rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise ScreenInputError(f"{name}: not an SQLite database, so it cannot be read as {fmt}")
    if fmt in TEXT_FORMATS:
        if fmt == "jsonl" and (archive := _sms_ie_source(path, name, stack)):
            return archive
        with open(path, "rb") as fh:
            if fh.read(4) == ZIP_MAGIC:          # an archive is never text, whatever --format says
                raise _zip_error(path, name)
    encoding = detect_encoding(path) if fmt in TEXT_FORMATS else None
    return Source(path, name, fmt, encoding, "\t" if fmt == "tsv" else None)


def read_messages(spec: str | Path, fmt: str | None = None) -> Iterator[Message | Problem]:
    """All records of one input (a path or ``-``), detected and decoded; see the module doc."""
    with ExitStack() as stack:
        yield from prepare_input(str(spec), fmt, stack).messages()
