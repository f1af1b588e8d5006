"""Readers for SQLite message stores: iOS sms.db / macOS chat.db and Android mmssms.db.

The input is never opened directly: the database and its -wal / -shm companions are copied to a temp dir and the
copy is opened read-only (``mode=ro`` + ``query_only``). That sees rows that so far exist only in the WAL
(``immutable=1`` would silently miss them), and cannot touch the evidence file. Columns are discovered with
PRAGMA table_info and only the ones needed are selected, because vendors and iOS versions add and drop columns.
"""
from __future__ import annotations

import functools
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .records import Message, Problem, ScreenInputError, clean, iso_from_epoch

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLE_EPOCH = 978307200  # 2001-01-01T00:00:00Z in Unix seconds


@contextmanager
def open_copy(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a temporary copy of the database (with its -wal and -shm)."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="scamguard-db-") as tmp:
        copy = Path(tmp) / "messages.db"
        shutil.copyfile(path, copy)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                shutil.copyfile(companion, copy.with_name(copy.name + suffix))
        conn = sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True)
        # A TEXT column may hold bytes that are not UTF-8: decode them with U+FFFD instead of failing the whole
        # query, so the row is reported as undecodable and skipped like a bad line of a text file.
        conn.text_factory = lambda b: b.decode("utf-8", errors="replace")
        try:
            conn.execute("PRAGMA query_only=1")
            yield conn
        finally:
            conn.close()


def tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def sqlite_kind(conn: sqlite3.Connection) -> str | None:
    """"ios-db", "android-db" or None, from the tables present."""
    names = tables(conn)
    if {"message", "handle"} <= names:
        return "ios-db"
    if "sms" in names:
        return "android-db"
    return None


# --- iOS / macOS -------------------------------------------------------------------------------------------------

def attributed_body_text(blob: bytes | None) -> str | None:
    """The plain text inside an ``attributedBody`` typedstream (NSAttributedString), or None.

    Targeted read: after ``NSString`` comes ``+`` and a length: one byte below 0x80, ``0x81`` + 2-byte
    little-endian, or ``0x82`` + 4-byte little-endian. Chinese needs the 0x81 form from ~43 characters on, so a
    one-byte-only decoder silently loses long messages. Every NSString occurrence is tried; results containing
    U+FFFD are rejected."""
    if not blob:
        return None
    blob = bytes(blob)
    start = 0
    while (i := blob.find(b"NSString", start)) != -1:
        start = i + 8
        j = blob.find(b"+", start, start + 12)
        if j == -1:
            continue
        p = j + 1
        if p >= len(blob):
            continue
        n = blob[p]
        p += 1
        if n == 0x81:
            n, p = int.from_bytes(blob[p:p + 2], "little"), p + 2
        elif n == 0x82:
            n, p = int.from_bytes(blob[p:p + 4], "little"), p + 4
        elif n >= 0x80:
            continue
        raw = blob[p:p + n]
        if len(raw) < n:
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if "\ufffd" not in text:
            return text
    return None


def apple_time(value: object) -> str | None:
    """Apple time (seconds since 2001 before ~iOS 11, nanoseconds since) as ISO 8601; None for 0/NULL/negative."""
    if not isinstance(value, (int, float)) or value <= 0:
        return None
    seconds = value / 1e9 if value > 1e12 else value
    return iso_from_epoch(seconds + APPLE_EPOCH)


def _up_to_damage(read):
    """Wrap a reader so that a database damaged part-way yields every record before the damage, then one Problem
    saying where reading stopped (SQLite raises when a query reaches a corrupt page)."""
    @functools.wraps(read)
    def wrapped(path: str | Path, source: str) -> Iterator[Message | Problem]:
        last = None
        try:
            for item in read(path, source):
                last = item.record if isinstance(item, Message) else item.location
                yield item
        except sqlite3.DatabaseError as exc:
            where = f"after {last}" if last else "before the first message"
            yield Problem(source, "database", f"damaged database ({exc}); reading stopped {where}, the rest is lost")
    return wrapped


_UNDECODABLE = "undecodable bytes (not valid UTF-8 in the database)"


@_up_to_damage
def read_ios_db(path: str | Path, source: str) -> Iterator[Message | Problem]:
    """Messages from an iOS sms.db / macOS chat.db; reactions (tapbacks) and system rows are skipped."""
    with open_copy(path) as conn:
        cols = columns(conn, "message")
        if "ROWID" not in cols:
            raise ScreenInputError(f"{source}: the message table has no ROWID column; not an iOS sms.db")

        def pick(col: str, default: str = "NULL") -> str:
            return f"m.{col}" if col in cols else default

        where = []
        if "item_type" in cols:
            where.append("COALESCE(m.item_type, 0) = 0")
        if "associated_message_type" in cols:
            where.append("COALESCE(m.associated_message_type, 0) = 0")
        handle_join = "LEFT JOIN handle h ON h.ROWID = m.handle_id" if "handle_id" in cols else ""
        sender = "h.id" if handle_join else "NULL"
        sql = (f"SELECT m.ROWID, {pick('text')}, {pick('attributedBody')}, {sender}, {pick('is_from_me', '0')}, "
               f"{pick('date')} FROM message m {handle_join} "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY m.ROWID")
        for rowid, text, body, handle, from_me, date in conn.execute(sql):
            record = f"message ROWID {rowid}"
            if not (isinstance(text, str) and text.strip()):
                text = attributed_body_text(body) if body else None
            if not text or not text.strip():
                yield Problem(source, record, "no text (attachment-only or unreadable attributedBody)")
                continue
            if "\ufffd" in text:
                yield Problem(source, record, _UNDECODABLE)
                continue
            # Apple puts U+FFFC (object replacement) where an attachment sits inline.
            text = text.replace("\ufffc", "").strip()
            if not text:
                yield Problem(source, record, "no text (attachment-only)")
                continue
            yield Message(source, record, clean(handle), apple_time(date),
                          "sent" if from_me else "received", "sms", text)


# --- Android mmssms.db -------------------------------------------------------------------------------------------

def _android_direction(value: object) -> str | None:
    return {1: "received", 2: "sent", 4: "sent", 5: "sent", 6: "sent"}.get(_int(value))


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


@_up_to_damage
def read_android_db(path: str | Path, source: str) -> Iterator[Message | Problem]:
    """SMS rows (``sms`` table, date in ms), then MMS text parts (``pdu``/``part``/``addr``, date in seconds)."""
    with open_copy(path) as conn:
        cols = columns(conn, "sms")
        if not cols:
            raise ScreenInputError(f"{source}: no `sms` table; not an Android mmssms.db")
        id_col = "_id" if "_id" in cols else "rowid"
        pick = {c: (c if c in cols else "NULL") for c in ("address", "date", "type", "body")}
        sql = f"SELECT {id_col}, {pick['address']}, {pick['date']}, {pick['type']}, {pick['body']} FROM sms ORDER BY {id_col}"
        for rowid, address, date, kind, body in conn.execute(sql):
            record = f"sms _id {rowid}"
            direction = _android_direction(kind)
            if isinstance(body, str) and "\ufffd" in body:
                yield Problem(source, record, _UNDECODABLE)
                continue
            yield Message(source, record, clean(address), iso_from_epoch(_int(date) / 1000), direction, "sms",
                          body if isinstance(body, str) else "")
        names = tables(conn)
        if not {"pdu", "part"} <= names:
            return
        pcols, partcols = columns(conn, "pdu"), columns(conn, "part")
        if not ({"_id", "date", "msg_box"} <= pcols and {"mid", "ct", "text"} <= partcols):
            return
        has_addr = "addr" in names and {"msg_id", "address", "type"} <= columns(conn, "addr")
        lookup = conn.cursor()
        for mid, date, box in conn.execute("SELECT _id, date, msg_box FROM pdu ORDER BY _id"):
            record = f"pdu _id {mid}"
            direction = _android_direction(box)
            parts = lookup.execute(
                "SELECT text FROM part WHERE mid = ? AND ct LIKE 'text/plain%' ORDER BY "
                + ("seq" if "seq" in partcols else "_id"), (mid,)).fetchall()
            text = "\n".join(t for (t,) in parts if isinstance(t, str) and t.strip())
            if not text:
                yield Problem(source, record, "MMS without text (attachments only)")
                continue
            sender = None
            if has_addr:
                want = 137 if direction == "received" else 151  # From for received, To for sent
                row = lookup.execute("SELECT address FROM addr WHERE msg_id = ? AND type = ? LIMIT 1",
                                     (mid, want)).fetchone()
                sender = clean(row[0]) if row else None
            yield Message(source, record, sender, iso_from_epoch(_int(date)), direction, "sms", text)
