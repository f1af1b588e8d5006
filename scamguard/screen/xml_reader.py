"""Streaming reader for Android "SMS Backup & Restore" XML (also Silence / old Signal plaintext backups).

* Constant memory: iterparse, and each <sms>/<mms> is cleared (with the root) once handled; <part>/<addr> are
  left alone until their <mms> ends.
* defusedxml with forbid_dtd: a DOCTYPE (entity bombs, external entities) is refused with a clear error.
* Emoji written as surrogate-pair character references (``&#55357;&#56832;``) are invalid XML and make every parser
  stop at the first one; `SurrogateRefFixer` repairs them in the byte stream before parsing.
* Damage (a broken element, a truncated file, a broken header) becomes a Problem; reading resumes at the next
  <sms>/<mms> tag after the damage (usually the next line: SBR writes one per line; in mid-line for a file without
  newlines; CR, LF and CR LF line ends alike), so every intact record before and after it is kept. Records are
  numbered by their place in the file, damaged ones included. A record whose tag lost its "/>" is read from its
  attributes when the next record starts inside it. Not recovered: in a file without newlines, an unclosed quote
  swallows the record after it.
* A multi-megabyte attribute (an MMS attachment) is fed to expat in growing chunks (see MAX_GROWTH).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import errors as expat_errors

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
# Expat before 2.6 re-scans an unfinished token from its start on every feed, so a multi-megabyte attribute (an
# MMS part's base64 `data`) fed in fixed chunks costs time quadratic in its size (a 9 MB part took 13 s). While the
# chunks hold no '>' (still inside one tag), each read is twice the last, up to this factor: the re-scanning
# then adds up to about twice the token's size.
MAX_GROWTH = 1 << 12
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
        self._growth = 1

    def read(self, size: int = -1) -> bytes:
        if size > 0:
            size *= self._growth
        parts, have = [self._out], len(self._out)   # joined once: appending to bytes would copy every time
        while not self._eof and (size < 0 or have < size):
            chunk = self._raw.read(self._read_size)
            if not chunk:
                self._eof = True
            buf = self._carry + chunk
            done, self._carry = self._fix(buf, final=self._eof)
            parts.append(done)
            have += len(done)
        out = b"".join(parts)
        if size < 0:
            size = len(out)
        data, self._out = out[:size], out[size:]
        self._growth = 1 if b">" in data else min(2 * self._growth, MAX_GROWTH)
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


# A record tag, or a line end as expat counts them (CR LF, CR or LF).
_MARK = re.compile(rb"<(?:sms|mms)[\s/>]|\r\n|\r|\n")
RESUME_PREFIX = b"<smses>"
_INVALID_TOKEN = expat_errors.codes[expat_errors.XML_ERROR_INVALID_TOKEN]


@dataclass(frozen=True)
class _Position:
    """A place in the file: the byte offset of a record's tag, its 1-based line, and its column as the parser
    counts it (characters, after surrogate-pair repair)."""

    offset: int = 0
    line: int = 1
    column: int = 0


def _pieces(fh: BinaryIO, offset: int, chunk: int = 1 << 20) -> Iterator[tuple[int, bytes]]:
    """(byte offset, bytes) of the file from `offset` on, cut only just before a '<': no tag, character reference,
    UTF-8 character or CR LF is ever split between two pieces. A stretch without '<' (a huge attribute) is read in
    doubling chunks until one turns up."""
    fh.seek(offset)
    carry = b""
    size = chunk
    while True:
        data = fh.read(size)
        buf = carry + data
        if not data:
            if buf:
                yield offset, buf
            return
        cut = buf.rfind(b"<")
        if cut <= 0:
            carry, size = buf, 2 * size
            continue
        yield offset, buf[:cut]
        offset += cut
        carry, size = buf[cut:], chunk


def _parser_columns(data: bytes) -> int:
    """How many columns expat counts for `data`: characters, a surrogate-pair reference counted as the one character
    it is repaired to."""
    fixed, _ = SurrogateRefFixer._fix(data, final=True)
    return len(fixed.decode("utf-8", "replace"))


def _resume_point(path: Path, start: _Position, line: int, column: int,
                  invalid_token: bool) -> tuple[_Position, int] | None:
    """The first <sms>/<mms> tag after the parse error at (line, column), scanning the file from `start` (where the
    failed parse began), and how many record tags from `start` on were passed over (intact or damaged).

    A tag at exactly the error's position counts when the error is an invalid token (an element left unclosed is
    reported at the next tag, which is intact) unless it stands inside the quotes of the tag before it on its line:
    a '<sms' in a damaged attribute value is also where the parser stops, and is no record. Tags in mid-line matter
    for a backup written without newlines; the scan starts at `start` and counts columns as it goes, so many damages
    on one long line cost time in proportion to the line, not to its square. Returns None when no tag follows."""
    passed = 0
    lineno, col = start.line, start.column   # line and column at `cursor`
    previous: int | None = None              # offset of the tag before on this line
    quotes = 0                               # quote characters since that tag
    with open(path, "rb") as fh:
        for offset, piece in _pieces(fh, start.offset):
            cursor = 0
            for m in _MARK.finditer(piece):
                if lineno >= line:
                    col += _parser_columns(piece[cursor:m.start()])
                quotes += piece.count(b'"', cursor, m.start())
                cursor = m.start()
                if m.group()[0] != 0x3C:     # a line end
                    lineno, col, previous, quotes, cursor = lineno + 1, 0, None, 0, m.end()
                    continue
                quoted = previous is not None and quotes % 2 == 1
                previous, quotes = offset + m.start(), 0
                if offset + m.start() > start.offset and lineno >= line:
                    if lineno > line or col > column or (col == column and invalid_token and not quoted):
                        return _Position(offset + m.start(), lineno, col), passed
                passed += not quoted
            if lineno >= line:
                col += _parser_columns(piece[cursor:])
            quotes += piece.count(b'"', cursor)
    return None


def read_sbr_xml(path: str | Path, source: str) -> Iterator[Message | Problem]:
    """Messages of an SMS Backup & Restore XML file, in file order (see the module doc for the guarantees)."""
    path = Path(path)
    raw: BinaryIO | None = open(path, "rb")
    stream = SurrogateRefFixer(raw)
    at = _Position()          # where the current parse started in the file
    prefix_len = 0            # characters put before it (the <smses> root of a resumed parse)
    numbered = 0              # record number of the last record, damaged ones included
    since_start = 0           # records yielded by the current parse
    first = True
    try:
        while stream is not None:
            root: Element | None = None
            open_record: Element | None = None
            done: set[Element] = set()
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
                    if el.tag not in ("sms", "mms"):
                        continue
                    if event == "start":
                        # A record inside a record: the outer tag lost its "/>". Its attributes are whole (an
                        # <sms> body is one), so it is read now, in file order, and not again at its end.
                        if open_record is not None and open_record not in done:
                            numbered += 1
                            since_start += 1
                            done.add(open_record)
                            last = f"{open_record.tag} #{numbered}"
                            yield _to_message(open_record, source, last)
                        open_record = el
                        continue
                    if el not in done:
                        numbered += 1
                        since_start += 1
                        last = f"{el.tag} #{numbered}"
                        yield _to_message(el, source, last)
                    done.discard(el)
                    open_record = None
                    el.clear()
                    root.clear()
                break
            except DefusedXmlException as exc:
                raise ScreenInputError(DOCTYPE_REFUSED.format(name=source)) from exc
            except ParseError as exc:
                rel_line, rel_col = getattr(exc, "position", (1, 0))
                line = at.line + rel_line - 1
                column = at.column + rel_col - prefix_len if rel_line == 1 else rel_col
                raw.close()
                raw = stream = None
                resumed = _resume_point(path, at, line, column, invalid_token=exc.code == _INVALID_TOKEN)
                if first and root is None and resumed is None:   # no record anywhere after a broken start
                    raise ScreenInputError(f"{source}: not well-formed XML ({exc})") from exc
                reason = str(exc).split(":")[0]
                yield Problem(source, f"line {line}, column {column}",
                              f"damaged XML ({reason}) after {last}; skipped to the next <sms>/<mms>")
                if resumed is None:
                    break
                at, passed = resumed
                # Records between the last good one and the resume point were damaged: they keep their numbers, so
                # a later record's number is still its place in the file.
                numbered += max(0, passed - since_start)
                since_start = 0
                raw = open(path, "rb")
                raw.seek(at.offset)
                stream = SurrogateRefFixer(raw, prefix=RESUME_PREFIX)
                prefix_len = len(RESUME_PREFIX)
            finally:
                first = False
    finally:
        if raw is not None:
            raw.close()
