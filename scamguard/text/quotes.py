"""Reported speech: the words a message attributes to someone else.

A news item, a police notice or a chat that retells a scam quotes the scammer (骗子称“您的学生账户需要注销”, 一个男的
打电话说我有个校园贷没注销…); those words are the scammer's, not the sender's. When a rule marks a message as such a
retelling (`reported = true`), the text model reads it with its reported speech blanked out (`without_reported_speech`):
every quotation, the clause after a verb of saying up to the end of its sentence, and a text forwarded after a
colon ("这种短信别信：…"). Offsets are kept, so that
explanations still point at the right characters. Only closed quotations on one line count: a stray mark blanks
nothing.
"""
from __future__ import annotations

import re

_QUOTED = re.compile(r'“[^”\n]{1,500}”|「[^」\n]{1,500}」|『[^』\n]{1,500}』|"[^"\n]{1,500}"')
# A verb of saying and the clause it reports, to the end of the sentence (at most 60 characters).
_SAID = re.compile(r'(?:说|称|讲|声称|表示|问我|让我|叫我|要我)(?:是|道)?[:：,，]?\s*([^。！？!?\n“”"「」『』]{1,60})'
                   # a text forwarded or quoted after a colon, unmarked ("这种短信别信：【某某】您的账户…。")
                   r'|(?:别信|别理|不要信|不要理|别回|如下|原文|转发|内容是)[:：]\s*([^。！？!?\n“”"「」『』]{1,120})')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inner text, quotation marks excluded."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def reported_spans(text: str) -> list[tuple[int, int]]:
    """Quotations and reported clauses, in order and without overlap."""
    spans = quoted_spans(text) + [m.span(1) if m.group(1) is not None else m.span(2) for m in _SAID.finditer(text)]
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def without_reported_speech(text: str) -> str:
    """`text` with its reported speech replaced by spaces (same length, same offsets)."""
    spans = reported_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for s, e in spans:
        out += [text[last:s], " " * (e - s)]
        last = e
    out.append(text[last:])
    return "".join(out)
