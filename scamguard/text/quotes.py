"""Quotations: the words a message attributes to someone else.

A news item, a police notice or a chat that retells a scam quotes the scammer (骗子称“您的学生账户需要注销”); those
words are the scammer's, not the sender's. When a rule marks a message as such a retelling (`reported = true`), the
text model reads it with its quotations blanked out (`without_quotations`), keeping every offset so that explanations
still point at the right characters. Only closed quotations on one line count: a stray mark blanks nothing.
"""
from __future__ import annotations

import re

_QUOTED = re.compile(r'“[^”\n]{1,500}”|「[^」\n]{1,500}」|『[^』\n]{1,500}』|"[^"\n]{1,500}"')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inner text, quotation marks excluded."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def without_quotations(text: str) -> str:
    """`text` with the inside of every quotation replaced by spaces (same length, same offsets)."""
    spans = quoted_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for s, e in spans:
        out += [text[last:s], " " * (e - s)]
        last = e
    out.append(text[last:])
    return "".join(out)
