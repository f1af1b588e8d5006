"""Reader for vMessage backups (.vmsg / .vmg): IrMC vMessage as written by the built-in 短信备份 of Chinese Android and
MTK phones, Samsung Kies, Nokia and Windows Phone.

A file is a series of BEGIN:VMSG … END:VMSG blocks. Each names the other party in a VCARD (`TEL:`), its direction
(`X-MESSAGE-TYPE:DELIVER|SUBMIT`, `X-BOX:INBOX|SENDBOX` or `X-IRMC-BOX:INBOX|SENTBOX`) and holds a VBODY with a
`Date:` line and the text: plain lines, or a `Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:` (Nokia: `TEXT;…:`)
property. Quoted-printable soft line breaks (`=` at a line end) are unfolded before decoding, because a break may
fall inside a UTF-8 character. In a VBODY, properties are read only before the text starts: a line the sender typed
("Date:明天见", "X-Men 影票") is text. Nokia puts a sent message's recipient in a VCARD inside a VENV, after the
owner's own card. Read block by block in constant memory; a block cut off without END:VMSG, without text or with
undecodable bytes is a Problem located at the line of its BEGIN:VMSG.
"""
from __future__ import annotations

import base64
import binascii
import email.utils
import quopri
import re
from pathlib import Path
from typing import Iterator

from .encoding import codec_name, open_text
from .records import CHINA_TZ, UNDECODABLE, Message, Problem, clean, parse_direction, parse_time

# A property line: NAME, optional ;PARAMS, colon, value.
_PROPERTY = re.compile(r"^\s*(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
_BODY_PROPERTIES = ("SUBJECT", "TEXT", "BODY")
_DIRECTION_PROPERTIES = ("X-MESSAGE-TYPE", "X-BOX", "X-IRMC-BOX")
_STRUCTURE = re.compile(r"^\s*(?:BEGIN|END):V(?:MSG|BODY|CARD|ENV)\s*$", re.IGNORECASE)
# Nokia and Kies write day-month-year (21-12-2005 11:24:50); some phones basic ISO 8601 (20140629T093853).
_DAY_FIRST = re.compile(r"^(\d{1,2})[-.](\d{1,2})[-.](\d{4})(.*)$")
_BASIC_ISO = re.compile(r"^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)$")
_GMT_OFFSET = re.compile(r"\s*GMT\s*([+-]\d{1,2}:?\d{2})$", re.IGNORECASE)


def _time(value: str) -> str | None:
    value = _GMT_OFFSET.sub(r" \1", value.strip())
    if m := _DAY_FIRST.match(value):
        value = f"{m[3]}-{m[2]}-{m[1]}{m[4]}"
    elif m := _BASIC_ISO.match(value):
        value = f"{m[1]}-{m[2]}-{m[3]} {m[4]}:{m[5]}:{m[6]}{m[7]}"
    iso = parse_time(value)
    if iso is None and "," in value:              # RFC 2822: Sun, 29 Jun 2014 09:38:53 GMT
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        iso = (when if when.tzinfo else when.replace(tzinfo=CHINA_TZ)).astimezone(CHINA_TZ).isoformat("T", "seconds")
    return iso


def _decode(value: str, params: str) -> str:
    """A property value, quoted-printable or base64 decoded and read in its CHARSET when its parameters say so."""
    upper = params.upper()
    if "QUOTED-PRINTABLE" in upper:
        data = quopri.decodestring(value.encode("utf-8"))
    elif "BASE64" in upper or "ENCODING=B" in upper:
        try:
            data = base64.b64decode(value.strip(), validate=False)
        except (binascii.Error, ValueError):
            return "\ufffd"
    else:
        return value
    charset = re.search(r"CHARSET=([A-Za-z0-9_-]+)", upper)
    name = charset[1].lower() if charset else "utf-8"
    try:
        text = data.decode(codec_name(name), "replace")
    except LookupError:            # an unknown charset name
        text = data.decode("utf-8", "replace")
    return text.replace("\r\n", "\n")


class _Block:
    """What one BEGIN:VMSG … END:VMSG holds so far."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.own_card: str | None = None     # TEL of a VCARD outside any VENV
        self.env_card: str | None = None     # TEL of a VCARD inside a VENV (Nokia: a sent message's recipient)
        self.time: str | None = None
        self.direction: str | None = None
        self.parts: list[str] = []
        self.in_body = False
        self.in_env = False
        self.text_started = False

    def message(self, source: str) -> Message | Problem:
        record = f"line {self.line}"
        text = "\n".join(self.parts).strip()
        if not text:
            return Problem(source, record, "vMessage without text")
        if "\ufffd" in text:
            return Problem(source, record, UNDECODABLE)
        if self.direction == "sent" and self.env_card:
            sender = self.env_card
        else:
            sender = self.own_card or self.env_card
        return Message(source, record, sender, self.time, self.direction, "sms", text)


def _logical_lines(path: str | Path, encoding: str) -> Iterator[tuple[int, str]]:
    """(line number, line) with quoted-printable soft breaks unfolded: a QP property value ending in '=' (trailing
    blanks ignored, as RFC 2045 asks) continues on the next line, unless that line is a BEGIN/END line."""
    with open_text(path, encoding) as fh:
        pending: list[str] = []          # the pieces of a QP value being unfolded
        start = 0
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if lineno == 1:
                line = line.lstrip("\ufeff")
            if pending:
                if _STRUCTURE.match(line):           # a value cut off: end it here
                    yield start, "".join(pending)
                    pending = []
                else:
                    line = line.rstrip(" \t")
                    if line.endswith("="):
                        pending.append(line[:-1])
                        continue
                    pending.append(line)
                    yield start, "".join(pending)
                    pending = []
                    continue
            stripped = line.rstrip(" \t")
            if stripped.endswith("=") and "QUOTED-PRINTABLE" in line.upper().split(":", 1)[0]:
                pending, start = [stripped[:-1]], lineno
                continue
            yield lineno, line
        if pending:
            yield start, "".join(pending)


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
        elif upper in ("BEGIN:VENV", "END:VENV"):
            block.in_env = upper == "BEGIN:VENV"
        else:
            _read_line(block, line)
    if block is not None:
        yield Problem(source, f"line {block.line}", "unfinished vMessage (the file ends before END:VMSG)")


def _read_line(block: _Block, line: str) -> None:
    prop = None if block.text_started else _PROPERTY.match(line)
    name = prop["name"].upper() if prop else ""
    if not block.in_body:
        if name == "TEL":
            tel = clean(prop["value"])
            if block.in_env:
                block.env_card = block.env_card or tel
            else:
                block.own_card = block.own_card or tel
        elif name in _DIRECTION_PROPERTIES:
            block.direction = block.direction or parse_direction(prop["value"])
        return
    # In the VBODY: properties only before the text starts; from then on every line is text.
    if name == "DATE" and block.time is None:
        block.time = _time(prop["value"])
    elif name in _DIRECTION_PROPERTIES:
        block.direction = block.direction or parse_direction(prop["value"])
    elif name in _BODY_PROPERTIES:
        block.parts.append(_decode(prop["value"], prop["params"]))
        block.text_started = True
    elif not (name.startswith("X-") and prop["value"].strip().isascii()):
        block.parts.append(line)                       # X- lines before the text are the phone's bookkeeping
        block.text_started = True
