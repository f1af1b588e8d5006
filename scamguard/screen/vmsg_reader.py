"""Reader for vMessage backups (.vmsg / .vmg): IrMC vMessage as written by the built-in 短信备份 of Chinese Android and
MTK phones, Samsung Kies, Nokia and Windows Phone.

A file is a series of BEGIN:VMSG … END:VMSG blocks. Each names the other party in a VCARD (`TEL:`), its direction
(`X-MESSAGE-TYPE:DELIVER|SUBMIT`, `X-BOX:INBOX|SENDBOX` or `X-IRMC-BOX:INBOX|SENTBOX`) and holds a VBODY with a
`Date:` line and the text: plain lines, or a `Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:` (Nokia: `TEXT;…:`)
property. Quoted-printable soft line breaks (`=` at a line end) are unfolded before decoding, because a break may
fall inside a UTF-8 character. Read block by block in constant memory; a block cut off without END:VMSG, without
text or with undecodable bytes is a Problem located at the line of its BEGIN:VMSG.
"""
from __future__ import annotations

import quopri
import re
from pathlib import Path
from typing import Iterator

from .encoding import open_text
from .records import Message, Problem, clean, parse_direction, parse_time

# A property line: NAME, optional ;PARAMS, colon, value. Body text is any other line of a VBODY.
_PROPERTY = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
_BODY_PROPERTIES = ("SUBJECT", "TEXT", "BODY")
_DIRECTION_PROPERTIES = ("X-MESSAGE-TYPE", "X-BOX", "X-IRMC-BOX")
# Nokia and Kies write day-month-year: 21-12-2005 11:24:50.
_DAY_FIRST = re.compile(r"^(\d{1,2})[-.](\d{1,2})[-.](\d{4})(.*)$")
_UNDECODABLE = "undecodable bytes (not valid in the file's encoding)"


def _time(value: str) -> str | None:
    m = _DAY_FIRST.match(value.strip())
    return parse_time(f"{m[3]}-{m[2]}-{m[1]}{m[4]}" if m else value)


def _decode(value: str, params: str) -> str:
    """A property value, quoted-printable decoded and read in its CHARSET when its parameters say so."""
    upper = params.upper()
    if "QUOTED-PRINTABLE" not in upper:
        return value
    charset = re.search(r"CHARSET=([A-Za-z0-9_-]+)", upper)
    data = quopri.decodestring(value.encode("utf-8"))
    try:
        return data.decode(charset[1].lower() if charset else "utf-8", "replace")
    except LookupError:            # an unknown charset name
        return data.decode("utf-8", "replace")


class _Block:
    """What one BEGIN:VMSG … END:VMSG holds so far."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.sender: str | None = None
        self.time: str | None = None
        self.direction: str | None = None
        self.parts: list[str] = []
        self.in_body = False

    def message(self, source: str) -> Message | Problem:
        record = f"line {self.line}"
        text = "\n".join(self.parts).strip()
        if not text:
            return Problem(source, record, "vMessage without text")
        if "\ufffd" in text:
            return Problem(source, record, _UNDECODABLE)
        return Message(source, record, self.sender, self.time, self.direction, "sms", text)


def _logical_lines(path: str | Path, encoding: str) -> Iterator[tuple[int, str]]:
    """(line number, line) with quoted-printable soft breaks unfolded: a QP property value ending in '=' continues
    on the next line."""
    with open_text(path, encoding) as fh:
        pending: tuple[int, str] | None = None
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if lineno == 1:
                line = line.lstrip("\ufeff")
            if pending is not None:
                start, text = pending
                text = text[:-1] + line            # drop the soft break's '='
                pending = (start, text) if text.endswith("=") else None
                if pending is None:
                    yield start, text
                continue
            if line.endswith("=") and "QUOTED-PRINTABLE" in line.upper().split(":", 1)[0]:
                pending = (lineno, line)
                continue
            yield lineno, line
        if pending is not None:
            yield pending[0], pending[1][:-1]


def read_vmsg(path: str | Path, source: str, encoding: str) -> Iterator[Message | Problem]:
    """Messages of a vMessage backup, in file order (see the module doc)."""
    block: _Block | None = None
    for lineno, line in _logical_lines(path, encoding):
        upper = line.strip().upper()
        if upper == "BEGIN:VMSG":
            if block is not None:
                yield Problem(source, f"line {block.line}", "unfinished vMessage (a new BEGIN:VMSG before its END)")
            block = _Block(lineno)
            continue
        if block is None:
            continue                                   # text between blocks
        if upper == "END:VMSG":
            yield block.message(source)
            block = None
        elif upper == "BEGIN:VBODY":
            block.in_body = True
        elif upper == "END:VBODY":
            block.in_body = False
        else:
            _read_line(block, line)
    if block is not None:
        yield Problem(source, f"line {block.line}", "unfinished vMessage (the file ends before END:VMSG)")


def _read_line(block: _Block, line: str) -> None:
    prop = _PROPERTY.match(line)
    name = prop["name"].upper() if prop else ""
    if name == "TEL" and block.sender is None:
        block.sender = clean(prop["value"])
    elif name in _DIRECTION_PROPERTIES:
        block.direction = block.direction or parse_direction(prop["value"])
    elif name == "DATE" and block.in_body:
        block.time = _time(prop["value"])
    elif name in _BODY_PROPERTIES and block.in_body:
        block.parts.append(_decode(prop["value"], prop["params"]))
    elif block.in_body and not (prop and name.startswith("X-")):
        block.parts.append(line)                       # a plain body line (X- lines are phone bookkeeping)
