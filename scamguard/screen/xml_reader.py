"""Streaming reader for Android "SMS Backup & Restore" XML (also Silence / old Signal plaintext backups).

* Constant memory: iterparse, and each <sms>/<mms> is cleared (with the root) once handled; <part>/<addr> are
  left alone until their <mms> ends.
* defusedxml with forbid_dtd: a DOCTYPE (entity bombs, external entities) is refused with a clear error.
* Emoji written as surrogate-pair character references (``&#55357;&#56832;``) are invalid XML and make every parser
  stop at the first one; `SurrogateRefFixer` repairs them in the byte stream before parsing.
* Damage (a broken element, a truncated file) becomes a Problem; reading resumes at the next line that starts a
  <sms>/<mms> (SBR writes one <sms> per line), so everything before and after the damage is kept.
"""
from __future__ import annotations

import re
from itertools import count
from pathlib import Path
from typing import BinaryIO, Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from .records import Message, Problem, ScreenInputError, clean, iso_from_epoch, parse_direction

# Candidate references in or near the surrogate range; the exact range is checked in code.
_SURROGATE_REF = re.compile(rb"&#(?:(5[5-7]\d{3})|[xX]([dD][89a-fA-F][0-9a-fA-F]{2}));")
_REPLACEMENT_REF = b"&#65533;"
# A reference is at most 8 bytes (``&#55357;`` / ``&#xD83D;``), a pair 16: holding back 16 bytes of look-ahead
# guarantees that a high surrogate before the cut can see its partner.
_LOOKAHEAD = 16
READ_SIZE = 1 << 16
DOCTYPE_REFUSED = ("{name}: refusing XML with a DOCTYPE (entity declarations can be XML bombs or read local "
                   "files); real SMS Backup & Restore files have none. Re-export the backup from the app.")


class SurrogateRefFixer:
    """File-like wrapper turning surrogate-pair character references into real UTF-8 characters.

    A lone (unpaired) surrogate reference becomes U+FFFD, so that the parser does not stop on it."""

    def __init__(self, raw: BinaryIO, prefix: bytes = b"", read_size: int = READ_SIZE) -> None:
        self._raw = raw
        self._read_size = read_size
        self._carry = prefix
        self._out = b""
        self._eof = False

    def read(self, size: int = -1) -> bytes:
        while not self._eof and (size < 0 or len(self._out) < size):
            chunk = self._raw.read(self._read_size)
            if not chunk:
                self._eof = True
            buf = self._carry + chunk
            done, self._carry = self._fix(buf, final=self._eof)
            self._out += done
        if size < 0:
            size = len(self._out)
        data, self._out = self._out[:size], self._out[size:]
        return data

    @staticmethod
    def _fix(buf: bytes, final: bool) -> tuple[bytes, bytes]:
        limit = len(buf) if final else max(0, len(buf) - _LOOKAHEAD)
        matches = list(_SURROGATE_REF.finditer(buf, 0, len(buf)))
        out: list[bytes] = []
        pos = i = 0
        while i < len(matches):
            m = matches[i]
            if m.start() >= limit:
                break
            out.append(buf[pos:m.start()])
            value = _ref_value(m)
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            if 0xD800 <= value <= 0xDBFF and nxt is not None and nxt.start() == m.end():
                low = _ref_value(nxt)
                if 0xDC00 <= low <= 0xDFFF:
                    char = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(char).encode("utf-8"))
                    pos, i = nxt.end(), i + 2
                    continue
            out.append(_REPLACEMENT_REF if 0xD800 <= value <= 0xDFFF else m.group())
            pos, i = m.end(), i + 1
        end = len(buf) if final else max(pos, limit)
        out.append(buf[pos:end])
        return b"".join(out), buf[end:]


def _ref_value(m: re.Match[bytes]) -> int:
    return int(m.group(1)) if m.group(1) else int(m.group(2), 16)


def _part_text(mms: Element) -> str:
    texts = []
    for part in mms.iter("part"):
        if (part.get("ct") or "").lower().startswith("text/plain"):
            text = part.get("text")
            if text and text != "null":
                texts.append(text)
    return "\n".join(texts)


def _mms_sender(mms: Element, direction: str | None) -> str | None:
    # addr type 137 = From, 151 = To. For a received MMS the sender is From; otherwise keep SBR's `address`.
    if direction == "received":
        for addr in mms.iter("addr"):
            if addr.get("type") == "137" and clean(addr.get("address")):
                return clean(addr.get("address"))
    return clean(mms.get("address"))


def _epoch_ms(value: str | None) -> str | None:
    try:
        return iso_from_epoch(int(value or 0) / 1000)
    except ValueError:
        return None


def _to_message(el: Element, source: str, record: str) -> Message | Problem:
    if el.tag == "sms":
        direction = parse_direction(el.get("type"))
        text = el.get("body") or ""
        if text == "null":
            text = ""
        sender = clean(el.get("address"))
    else:
        direction = parse_direction(el.get("msg_box"))
        text = _part_text(el)
        sender = _mms_sender(el, direction)
        if not text.strip():
            return Problem(source, record, "MMS without text (attachments only)")
    return Message(source, record, sender, _epoch_ms(el.get("date")), direction, "sms", text)


def _resume_stream(path: Path, after_line: int) -> tuple[BinaryIO, int] | None:
    """Reopen `path` at the first line after `after_line` that starts a <sms>/<mms> record.

    Returns the stream (positioned at that line) and its 1-based line number, or None at end of file."""
    fh = open(path, "rb")
    lineno = 0
    while True:
        offset = fh.tell()
        line = fh.readline()
        if not line:
            fh.close()
            return None
        lineno += 1
        if lineno > after_line and re.match(rb"\s*<(?:sms|mms)[\s/>]", line):
            fh.seek(offset)
            return fh, lineno


def read_sbr_xml(path: str | Path, source: str) -> Iterator[Message | Problem]:
    """Messages of an SMS Backup & Restore XML file, in file order (see the module doc for the guarantees)."""
    path = Path(path)
    numbers = count(1)
    raw: BinaryIO | None = open(path, "rb")
    stream = SurrogateRefFixer(raw)
    line_base = 0  # file line of the parser's line 1, minus one
    first = True
    try:
        while stream is not None:
            root: Element | None = None
            last = "start of file" if first else "resumed reading"
            try:
                for event, el in iterparse(stream, events=("start", "end"), forbid_dtd=True):
                    if root is None:
                        root = el
                        if first and el.tag == "calls":
                            raise ScreenInputError(
                                f"{source}: this is a call-log backup (<calls>); it holds no message texts. "
                                "Pass the sms-*.xml file instead.")
                        if first and el.tag != "smses":
                            raise ScreenInputError(f"{source}: XML root <{el.tag}> is not an SMS Backup & Restore "
                                                   "<smses> file")
                        continue
                    if event == "end" and el.tag in ("sms", "mms"):
                        record = f"{el.tag} #{next(numbers)}"
                        yield _to_message(el, source, record)
                        last = record
                        el.clear()
                        root.clear()
                break
            except DefusedXmlException as exc:
                raise ScreenInputError(DOCTYPE_REFUSED.format(name=source)) from exc
            except ParseError as exc:
                line, column = getattr(exc, "position", (0, 0))
                line += line_base
                reason = str(exc).split(":")[0]
                if first and root is None:
                    raise ScreenInputError(f"{source}: not well-formed XML ({exc})") from exc
                yield Problem(source, f"line {line}, column {column}",
                              f"damaged XML ({reason}) after {last}; skipped to the next <sms>/<mms> line")
                raw.close()
                resumed = _resume_stream(path, line)
                if resumed is None:
                    raw = stream = None
                    break
                raw, start_line = resumed
                stream = SurrogateRefFixer(raw, prefix=b"<smses>")
                line_base = start_line - 1
            finally:
                first = False
    finally:
        if raw is not None:
            raw.close()
