"""Decide the text encoding of an export file, and open it as a stream of text.

Order (see shared/formats.md §1.4): BOM, then strict UTF-8 over the whole file, then strict GB18030 (never GBK:
GB18030 is the superset), then charset-normalizer as a last resort. Strict decoding is very discriminative for
Chinese (UTF-8 bytes almost never decode as GB18030 and vice versa), so a whole-file strict pass is both cheap and
reliable, whereas sniffing a prefix fails when the first rows are pure ASCII.

Files are decoded with errors="replace": a record that contains U+FFFD afterwards is reported by the readers as
"undecodable bytes" and skipped, so one bad row does not stop the run.
"""
from __future__ import annotations

import codecs
import io
import re
from pathlib import Path
from typing import TextIO

CHUNK = 1 << 20
#: When neither UTF-8 nor GB18030 decodes the whole file, prefer the one with few errors (a file with a stray bad
#: byte or two) before asking charset-normalizer, which may otherwise pick a single-byte code page and silently
#: turn every Chinese message into mojibake.
MAX_ERROR_RATE = 0.001

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(head: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of `head`, if any."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    return None


def _replacement_count(path: Path, encoding: str, stop_at: int | None = None) -> tuple[int, int]:
    """(number of undecodable sequences, number of characters) when decoding the whole file; streams in chunks.

    Stops early once `stop_at` errors were seen (the caller only needs to know "more than that")."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    errors = chars = 0
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            errors += text.count("\ufffd")
            chars += len(text)
            if not chunk or (stop_at is not None and errors > stop_at):
                return errors, chars


def _strictly_decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: str | Path) -> str:
    """The encoding to read `path` with (a Python codec name). Reads the file at most a few times, never whole."""
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(CHUNK)
    if enc := bom_encoding(head[:4]) or _utf16_by_nuls(head):
        return enc
    if _strictly_decodes(path, "utf-8"):
        return "utf-8"
    if _strictly_decodes(path, "gb18030"):
        return "gb18030"
    # Neither decodes cleanly: a mostly-valid file with a few corrupt records keeps its encoding.
    best = None
    rates = {}
    for enc in ("utf-8", "gb18030"):
        errors, chars = _replacement_count(path, enc)
        rates[enc] = errors / chars if chars else 1.0
        if chars and errors / chars <= MAX_ERROR_RATE and (best is None or errors < best[1]):
            best = (enc, errors)
    if best:
        return best[0]
    # charset-normalizer, else the one of the two that fails least (a small file with one bad byte has a high
    # error rate but is still that encoding; its bad record is reported and skipped).
    return _charset_normalizer_guess(path) or min(rates, key=rates.__getitem__)


def _utf16_by_nuls(sample: bytes) -> str | None:
    """UTF-16 without a BOM, told by the NUL bytes of the file's first bytes: text of ASCII characters (a vMessage
    written all in quoted-printable, an English CSV) is valid UTF-8 in UTF-16 too, but no text file holds NULs at
    every other byte."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.4 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.4 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def _charset_normalizer_guess(path: Path) -> str | None:
    import charset_normalizer  # imported lazily: ~75 ms, and only needed for odd files

    with open(path, "rb") as fh:
        sample = fh.read(CHUNK)
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        return None
    enc = best.encoding
    return codec_name(enc)


def codec_name(charset: str) -> str:
    """The codec to read a charset label with: GB2312 and GBK are read as GB18030, which holds them both."""
    charset = charset.lower()
    return "gb18030" if charset in ("gbk", "gb2312", "cp936") else charset


def decode_bytes(data: bytes) -> str:
    """Decode a message of unknown encoding held in memory (standard input, a command-line argument): a BOM, then
    strict UTF-8 (when it holds no NUL), then whichever of GB18030, UTF-16 LE and UTF-16 BE decodes strictly to the
    most plausible text. Raises UnicodeDecodeError when none decodes.

    GB18030 accepts almost any byte pairs, so UTF-16 without a BOM would otherwise come out as a different, wrong
    text; UTF-16 of ASCII is valid UTF-8 full of NULs. Plausible characters are those of Chinese and English
    messages: CJK ideographs and punctuation, full-width forms, printable ASCII, whitespace and emoji."""
    if enc := bom_encoding(data[:4]):
        return data.decode(enc)
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text
    except UnicodeDecodeError:
        pass
    best: tuple[float, str] | None = None
    error: UnicodeDecodeError | None = None
    for enc in ("gb18030", "utf-16-le", "utf-16-be", "utf-8"):   # ties go to the earlier
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            error = error or exc
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:
        raise error   # type: ignore[misc]
    return best[1]


#: A surrogate on its own: legal in JSON ("\\ud83d") and in Python strings, but no character and not encodable.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAUSIBLE = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x20-\x7e\\s\u2010-\u2027\u00b7"
                        "\U0001f000-\U0001faff\u2600-\u27bf]")
_CJK = re.compile("[\u4e00-\u9fff]")


def _plausibility(text: str) -> tuple[float, float]:
    """(share of plausible characters, share of Chinese characters), the first rounded so that the second
    decides between two nearly equally plausible readings (GB18030 turns UTF-16 Chinese into ASCII and CJK)."""
    if not text:
        return (0.0, 0.0)
    n = len(text)
    odd = sum(1 for c in text if c != "\u4e00" and "\u4e00" <= c <= "\u9fff" and not ord(c) & 0xFF)
    return (round((len(_PLAUSIBLE.findall(text)) - odd) / n, 2), len(_CJK.findall(text)) / n)


def open_text(path: str | Path, encoding: str) -> TextIO:
    """`path` as a text stream (undecodable bytes become U+FFFD; newlines untranslated, as the csv module wants)."""
    return io.TextIOWrapper(open(path, "rb"), encoding=encoding, errors="replace", newline="")


def decode_head(raw: bytes, encoding: str) -> str:
    """Decode the first bytes of a file for format sniffing, tolerating a multi-byte sequence cut at the end."""
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(raw, final=False)


