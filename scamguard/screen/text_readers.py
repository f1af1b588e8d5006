"""Readers for text exports: CSV/TSV (any header, Chinese or English, or none), JSON Lines, plain text.

There is no standard for phone-manager CSV exports (华为手机助手, 小米, QQ同步助手, 爱思助手 ...), so columns are mapped
by synonym and, failing that, guessed from the data (the body is the column with the most Chinese text).
A record containing U+FFFD after decoding held undecodable bytes and is reported as a Problem.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections import Counter
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TextIO

from .encoding import LONE_SURROGATE, open_text
from .records import UNDECODABLE, Message, Problem, clean, iso_from_epoch, parse_direction, parse_time

SAMPLE_ROWS = 50
DELIMITERS = (",", "\t", ";")

# Header synonyms, compared after lower-casing and removing spaces/underscores.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "sender": ("号码", "手机号", "手机号码", "电话", "电话号码", "对方号码", "发件人", "发信人", "发送方", "联系人号码",
               "发送号码", "来电号码", "address", "phone", "phonenumber", "number", "from", "sender", "tel"),
    "text": ("内容", "短信内容", "正文", "信息内容", "消息内容", "短信正文", "短信", "文本", "body", "content",
             "text", "message", "msg", "sms", "smsbody"),
    "time": ("时间", "日期", "发送时间", "接收时间", "收发时间", "日期时间", "时间戳", "date", "time", "datetime",
             "timestamp", "senttime", "receivedtime"),
    "direction": ("类型", "状态", "收发", "收发状态", "方向", "短信类型", "type", "direction", "box", "folder",
                  "msgbox"),
    "name": ("联系人", "姓名", "名称", "名字", "contact", "contactname", "name"),
    "channel": ("channel", "渠道"),
}
_FIELD_OF = {syn: field for field, syns in SYNONYMS.items() for syn in syns}
_PHONE = re.compile(r"^\+?[\d][\d \-()]{3,24}$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _norm_header(cell: str) -> str:
    return re.sub(r"[\s_\-]", "", cell.strip().strip('"\'\ufeff').lower())


def header_fields(row: Sequence[str]) -> dict[str, int]:
    """field -> column index for a header row (first column wins on duplicates)."""
    fields: dict[str, int] = {}
    for i, cell in enumerate(row):
        field = _FIELD_OF.get(_norm_header(cell))
        if field and field not in fields:
            fields[field] = i
    return fields


def looks_like_header(row: Sequence[str]) -> bool:
    """A row naming at least one known column, and holding no phone number or time (which only data has)."""
    return bool(header_fields(row)) and not any(_looks_like_phone(c.strip()) or _looks_like_time(c.strip())
                                                 for c in row)


def _looks_like_phone(value: str) -> bool:
    return bool(_PHONE.match(value)) and sum(ch.isdigit() for ch in value) >= 5


def _looks_like_time(value: str) -> bool:
    iso = parse_time(value)
    # A bare number only counts as a time in a plausible range, or 106... service numbers would pass as epochs.
    return iso is not None and (not value.isdigit() or "2005" <= iso[:4] <= "2035")


def _column_share(rows: Sequence[Sequence[str]], col: int, test) -> float:
    values = [r[col] for r in rows if col < len(r) and r[col].strip()]
    return sum(1 for v in values if test(v.strip())) / len(values) if values else 0.0


def guess_fields(rows: Sequence[Sequence[str]], width: int, known: dict[str, int] | None = None) -> dict[str, int]:
    """Complete a column mapping from sample data rows: body = most Chinese text, then phone/time/direction columns."""
    fields = dict(known or {})
    taken = set(fields.values())
    free = [c for c in range(width) if c not in taken]
    if "text" not in fields and free:
        def score(col: int) -> tuple[float, float]:
            vals = [r[col] for r in rows if col < len(r)]
            n = max(1, len(vals))
            return sum(len(_CJK.findall(v)) for v in vals) / n, sum(len(v) for v in vals) / n
        fields["text"] = max(free, key=score)
        free.remove(fields["text"])
    tests = {  # time before sender: an epoch-ms column also looks like a long number
        "time": _looks_like_time,
        "sender": _looks_like_phone,
        "direction": lambda v: parse_direction(v) is not None and not v.isdigit(),
    }
    for field, test in tests.items():
        if field in fields:
            continue
        for col in free:
            if _column_share(rows, col, test) >= 0.8:
                fields[field] = col
                free.remove(col)
                break
    return fields


def sniff_delimiter(lines: Sequence[str]) -> tuple[str, int] | None:
    """(delimiter, column count) when the sample lines parse as a table of >= 2 columns, else None.

    Most rows (60 %) must share the column count: a short file with one broken row is still a table."""
    best: tuple[float, int, str] | None = None
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(lines, delimiter=delim) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        width, hits = Counter(len(r) for r in rows).most_common(1)[0]
        share = hits / len(rows)
        if width >= 2 and share >= 0.6 and (best is None or (share, width) > best[:2]):
            best = (share, width, delim)
    return (best[2], best[1]) if best else None


def is_table(lines: Sequence[str]) -> tuple[str, int] | None:
    """The table shape if the sample is CSV/TSV rather than plain text with the odd comma.

    A recognised header settles it. Without one, the data must show a column of phone numbers, times or directions,
    whatever the column count: plain text whose lines happen to hold the same number of commas ("你好,明天见",
    amounts such as 5,320.18) stays one message per line. (A one-column file is read as text: `read_text`.)"""
    shape = sniff_delimiter(lines)
    if not shape:
        return None
    delim, width = shape
    rows = [r for r in csv.reader(lines, delimiter=delim) if r][:SAMPLE_ROWS]
    if looks_like_header(rows[0]):
        return shape
    guessed = guess_fields(rows, width)
    return shape if {"sender", "time", "direction"} & guessed.keys() else None


def read_csv(path: str | Path, source: str, encoding: str, delimiter: str | None = None) -> Iterator[Message | Problem]:
    """Rows of a CSV/TSV export. Rows with a wrong field count, undecodable bytes or an empty body are Problems."""
    with open_text(path, encoding) as fh:
        if delimiter is None:
            head = list(islice(fh, SAMPLE_ROWS))
            shape = sniff_delimiter(head)
            delimiter = shape[0] if shape else ","
            fh_lines: Iterable[str] = chain(head, fh)
        else:
            fh_lines = fh
        reader = csv.reader(fh_lines, delimiter=delimiter)
        rows = _numbered_rows(reader, source)
        sample: list[tuple[int, list[str] | Problem]] = list(islice(rows, SAMPLE_ROWS + 1))
        data = [r for _, r in sample if not isinstance(r, Problem)]
        if not data:
            yield from (r for _, r in sample if isinstance(r, Problem))
            return
        if looks_like_header(data[0]):
            width = len(data[0])
            fields = guess_fields(data[1:], width, header_fields(data[0]))
            skip_first = True
        else:
            width = Counter(len(r) for r in data).most_common(1)[0][0]
            fields = guess_fields([r for r in data if len(r) == width], width)
            skip_first = False
        for lineno, row in chain(sample, rows):
            if isinstance(row, Problem):
                yield row
                continue
            if skip_first:
                skip_first = False
                continue
            yield _row_to_message(row, width, fields, source, f"line {lineno}")


def _numbered_rows(reader, source: str) -> Iterator[tuple[int, list[str] | Problem]]:
    """(first physical line, row) for each non-blank CSV record; csv.Error (e.g. a NUL byte) becomes a Problem."""
    prev = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield prev + 1, Problem(source, f"line {prev + 1}", f"malformed CSV ({exc})")
            prev = reader.line_num
            continue
        start, prev = prev + 1, reader.line_num
        if row and any(cell.strip() for cell in row):
            yield start, row


def _row_to_message(row: list[str], width: int, fields: dict[str, int], source: str, record: str) -> Message | Problem:
    if len(row) > width and not any(c.strip() for c in row[width:]):
        row = row[:width]  # spreadsheets pad rows with empty trailing cells
    if len(row) != width:
        return Problem(source, record, f"wrong number of fields: expected {width}, got {len(row)}")
    if any("\ufffd" in cell for cell in row):
        return Problem(source, record, UNDECODABLE)

    def get(field: str) -> str | None:
        col = fields.get(field)
        return row[col] if col is not None else None

    text = get("text") or ""
    sender = clean(get("sender"))
    if sender and sender[0] in "'=":  # spreadsheet text-forcing / formula artefacts: '13800000000, ="95588"
        sender = sender.lstrip("'=").strip('"') or None
    channel = (clean(get("channel")) or "sms").lower()
    return Message(source, record, sender, parse_time(get("time")), parse_direction(get("direction")),
                   channel if channel in ("sms", "call") else "sms", text)


# --- JSON Lines ----------------------------------------------------------------------------------------------

def _json_get(obj: dict, field: str):
    lowered = {k.lower().replace("_", ""): v for k, v in obj.items() if isinstance(k, str)}
    for key in SYNONYMS[field]:
        if key in lowered and lowered[key] not in (None, ""):
            return lowered[key]
    return None


def _json_to_message(obj: dict, source: str, record: str) -> Message | Problem:
    parts = obj.get("__parts")
    if isinstance(parts, list):  # "SMS Import / Export" MMS line: text parts, date in seconds
        text = "\n".join(str(p.get("text")) for p in parts if isinstance(p, dict)
                         and str(p.get("ct", "")).startswith("text/plain") and clean(p.get("text")))
        if not text:
            return Problem(source, record, "MMS without text (attachments only)")
        direction = parse_direction(obj.get("msg_box"))
        addr = obj.get("__sender_address")
        sender = clean(addr.get("address")) if isinstance(addr, dict) else clean(obj.get("address"))
        recipients = obj.get("__recipient_addresses")
        if direction == "sent" and isinstance(recipients, list) and recipients:
            # A sent message's other party is its recipient (the sender field holds a placeholder token).
            first = recipients[0]
            sender = clean(first.get("address") if isinstance(first, dict) else first)
        try:
            time = iso_from_epoch(float(obj.get("date") or 0))
        except (TypeError, ValueError):
            time = None
        return Message(source, record, sender, time, direction, "sms", text)
    text = _json_get(obj, "text")
    if text is None:
        return Problem(source, record, "no text field (expected one of text/body/content/message)")
    if not isinstance(text, str):
        return Problem(source, record, "text field is not a string")
    sender = _json_get(obj, "sender")
    if isinstance(sender, dict):
        sender = sender.get("address")
    channel = str(obj.get("channel") or "sms").lower()
    return Message(source, record, clean(sender), parse_time(_json_get(obj, "time")),
                   parse_direction(_json_get(obj, "direction")), channel if channel in ("sms", "call") else "sms",
                   text)


def read_jsonl(path: str | Path, source: str, encoding: str) -> Iterator[Message | Problem]:
    """One JSON object per line: scamguard corpus rows, SMS Import/Export NDJSON, or any {text/body, sender...}."""
    for record, line in _records(path, source, encoding):
        if isinstance(line, Problem):
            yield line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(source, record, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield Problem(source, record, f"expected a JSON object, got {type(obj).__name__}")
            continue
        msg = _json_to_message(obj, source, record)
        if isinstance(msg, Message) and LONE_SURROGATE.search(msg.text + (msg.sender or "")):
            # "\ud83d" alone is legal JSON but no character: U+FFFD, as the XML reader does for &#55357;.
            msg = dataclasses.replace(msg, text=LONE_SURROGATE.sub("\ufffd", msg.text),
                                      sender=msg.sender and LONE_SURROGATE.sub("\ufffd", msg.sender))
        yield msg


def _records(path: str | Path, source: str, encoding: str) -> Iterator[tuple[str, str | Problem]]:
    """(record, line) for every non-blank line; an undecodable line comes as a Problem instead."""
    with open_text(path, encoding) as fh:
        for lineno, line in enumerate(_lines(fh), 1):
            if not line.strip():
                continue
            record = f"line {lineno}"
            yield record, (Problem(source, record, UNDECODABLE) if "\ufffd" in line else line)


def _lines(fh: TextIO) -> Iterator[str]:
    # The file is opened with newline="" (for csv); here we want lines split on \r\n, \n or \r alike.
    for line in fh:
        yield line.rstrip("\r\n")


def read_text(path: str | Path, source: str, encoding: str) -> Iterator[Message | Problem]:
    """Plain text, one message per line; blank lines are separators, not records.

    A first line that only names the text column (内容, 短信内容, body…) makes this a one-column table: that line is
    reported as a skipped header, and a line wholly in double quotes is unquoted as CSV would. Each physical line
    stays one message, so a stray quote cannot swallow the lines after it the way a CSV parser lets it."""
    table = None
    for record, line in _records(path, source, encoding):
        if isinstance(line, Problem):
            yield line
            continue
        text = line.strip()
        if table is None:
            table = header_fields([text]) == {"text": 0}
            if table:
                yield Problem(source, record, f"header line ({text}) of a one-column table")
                continue
        if table and len(text) >= 2 and text[0] == text[-1] == '"':
            text = text[1:-1].replace('""', '"')
        yield Message(source, record, None, None, None, "sms", text)
