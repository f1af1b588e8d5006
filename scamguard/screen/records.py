"""What the readers produce: messages, per-record problems, and whole-file errors. Plus shared value helpers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

#: Exports store UTC instants (or naive local times); we show them in China time, the tool's audience.
#: A fixed UTC+8 offset is exact for Asia/Shanghai since 1991 and needs no tzdata.
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")

#: The reason given for a record whose bytes are not valid in its file's encoding.
UNDECODABLE = "undecodable bytes (not valid in the file's encoding)"

SUPPORTED_FORMATS_TEXT = (
    "SMS Backup & Restore XML (sms-*.xml), iPhone sms.db / macOS chat.db, Android mmssms.db, vMessage (.vmsg), "
    "CSV/TSV (UTF-8, GB18030 or Excel UTF-16 text), JSON Lines (also in an SMS Import / Export ZIP), "
    "plain text (one message per line)"
)


@dataclass(frozen=True, slots=True)
class Message:
    """One message read from an export.

    `record` locates it in its source (``line 12``, ``sms #40``, ``message ROWID 7``); `sender` is the other
    party's number as the export shows it (for a sent message, the recipient); `time` is ISO 8601 with offset."""

    source: str
    record: str
    sender: str | None
    time: str | None
    direction: str | None  # "received" / "sent" / None
    channel: str
    text: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A record that could not be used; it is skipped and counted, and the run goes on."""

    source: str
    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.location}: {self.reason}"


class ScreenInputError(Exception):
    """A whole input cannot be read (unsupported format, encrypted archive, XML with a DOCTYPE...)."""


# --- value helpers shared by the readers ----------------------------------------------------------------------

NULLS = frozenset({"", "null", "none", "(unknown)", "nan"})


def clean(value: object) -> str | None:
    """A field value as stripped text, or None for the exporters' many spellings of "missing"."""
    if value is None:
        return None
    text = str(value).strip()
    return None if text.lower() in NULLS else text


def iso_from_epoch(seconds: float) -> str | None:
    """ISO 8601 (China time) for a Unix time in seconds; None for 0/negative/absurd values."""
    if not seconds or seconds <= 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, CHINA_TZ).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None


def iso_from_epoch_guess(value: float) -> str | None:
    """Epoch in ms or s, told apart by magnitude (ms timestamps are > 1e11 for any date after 1973)."""
    return iso_from_epoch(value / 1000 if value > 1e11 else value)


_DATE_RE = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:[ T]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d+)?)?秒?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?$",
    re.IGNORECASE,
)


def parse_time(value: object) -> str | None:
    """Normalise a time found in a CSV/JSON export to ISO 8601 in China time.

    Accepts epoch s/ms (numbers or digit strings), ``YYYY-MM-DD HH:MM[:SS]``, ``YYYY/MM/DD ...``,
    ``2024年6月1日 08:00:00`` and ISO 8601 with ``T``/``Z``/offset. Naive times are taken as China time."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return iso_from_epoch_guess(float(value))
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return iso_from_epoch_guess(float(text))
    m = _DATE_RE.match(text)
    if not m:
        return None
    year, month, day, hour, minute, sec, zone = m.groups()
    tz = CHINA_TZ
    if zone:
        z = zone.upper()
        if z in ("Z", "GMT", "UTC"):
            tz = timezone.utc
        else:
            sign = 1 if z[0] == "+" else -1
            digits = z[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        dt = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(sec or 0), tzinfo=tz)
    except ValueError:
        return None
    return dt.astimezone(CHINA_TZ).isoformat(timespec="seconds")


RECEIVED_WORDS = frozenset(
    {"1", "接收", "已接收", "收件箱", "收到", "收信", "received", "inbox", "in", "incoming", "deliver", "recv"}
)
SENT_WORDS = frozenset(
    {"2", "4", "5", "6", "发送", "已发送", "发件箱", "发出", "发信", "sent", "send", "outbox", "out", "outgoing",
     "submit", "sendbox", "sentbox"}
)


def parse_direction(value: object) -> str | None:
    """received / sent from the many ways exports spell it (SBR/Android type codes, Chinese and English words)."""
    text = clean(value)
    if text is None:
        return None
    text = text.lower()
    if text in RECEIVED_WORDS:
        return "received"
    if text in SENT_WORDS:
        return "sent"
    return None
