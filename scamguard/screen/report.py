"""A self-contained, offline HTML report of a screening run: inline CSS and SVG, no scripts, no external assets.

It shows the summary, scams over time (an inline SVG bar chart; days, or weeks/months for long spans) and the
flagged messages (the most likely scams first, up to the collector's limit) with each reason's matched text
wrapped in <mark>. Every piece of message text is HTML-escaped: the texts come from scammers.
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Sequence

from .pipeline import ReasonHit, Scored, Summary
from .readers import Message

MAX_BARS = 60

CSS = """
body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1000px;
color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .8em;border-bottom:1px solid #eee;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.msg{border:1px solid #e3e3e3;border-left:4px solid #c0392b;border-radius:4px;padding:.6em .9em;margin:.8em 0}
.msg.medium{border-left-color:#e67e22}.msg.low{border-left-color:#999}
.meta{color:#666;font-size:.85em}.text{white-space:pre-wrap;margin:.4em 0;font-size:1.05em}
mark{background:#ffe08a;padding:0 1px;border-radius:2px}
ul.reasons{margin:.2em 0 0 1.2em;padding:0;font-size:.9em}.rid{font-family:monospace;color:#555}
.warn{background:#fff4e5;border:1px solid #f0c36d;padding:.5em 1em;border-radius:4px}
svg text{font:11px sans-serif;fill:#555}
"""


def highlight(text: str, reasons: Sequence[ReasonHit]) -> str:
    """`text` HTML-escaped, with every reason span wrapped in <mark title="reasons">. Overlapping spans merge."""
    spans = sorted(((max(0, s), min(len(text), e), r) for r in reasons if r.span
                    for s, e in [r.span] if 0 <= s < e and s < len(text)), key=lambda t: t[:2])
    merged: list[list] = []
    for start, end, reason in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(reason)
        else:
            merged.append([start, end, [reason]])
    out, pos = [], 0
    for start, end, rs in merged:
        out.append(escape(text[pos:start]))
        title = "; ".join(f"{r.id} {r.zh or r.en}".strip() for r in rs)
        out.append(f'<mark title="{escape(title)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _buckets(by_day: Counter) -> list[tuple[str, int]]:
    """Scam counts per day, or per ISO week / month when there would be too many bars."""
    if not by_day:
        return []
    days = sorted(date.fromisoformat(d) for d in by_day)
    span = (days[-1] - days[0]).days + 1
    if span <= MAX_BARS:
        return [((days[0] + timedelta(i)).isoformat(), by_day.get((days[0] + timedelta(i)).isoformat(), 0))
                for i in range(span)]
    counts: Counter = Counter()
    weekly = span <= MAX_BARS * 7
    for d, n in by_day.items():
        day = date.fromisoformat(d)
        key = (day - timedelta(day.weekday())).isoformat() if weekly else day.strftime("%Y-%m")
        counts[key] += n
    return sorted(counts.items())


def svg_chart(buckets: list[tuple[str, int]], width: int = 900, height: int = 220) -> str:
    """An inline SVG bar chart (each bar has a <title> tooltip with its label and count)."""
    if not buckets:
        return "<p>No dated scam messages to chart.</p>"
    top = max(n for _, n in buckets) or 1
    left, bottom, plot_h = 40, 30, height - 50
    bar_w = (width - left - 10) / len(buckets)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
             f'style="max-width:{width}px" role="img" aria-label="scam messages over time">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#999"/>',
             f'<text x="{left - 6}" y="{height - bottom - plot_h + 4}" text-anchor="end">{top}</text>',
             f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end">0</text>']
    for i, (label, n) in enumerate(buckets):
        h = plot_h * n / top
        x = left + i * bar_w
        parts.append(f'<rect x="{x + 1:.1f}" y="{height - bottom - h:.1f}" width="{max(bar_w - 2, 1):.1f}" '
                     f'height="{h:.1f}" fill="#c0392b"><title>{escape(label)}: {n}</title></rect>')
    step = max(1, len(buckets) // 8)
    for i in range(0, len(buckets), step):
        x = left + i * bar_w + bar_w / 2
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle">'
                     f'{escape(buckets[i][0])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(rows: Sequence[tuple[str, object]], head: tuple[str, str]) -> str:
    body = "".join(f"<tr><td>{escape(str(k))}</td><td class=n>{escape(f'{v:,}' if isinstance(v, int) else str(v))}"
                   f"</td></tr>" for k, v in rows)
    return f"<table><tr><th>{escape(head[0])}</th><th>{escape(head[1])}</th></tr>{body}</table>"


def _message_block(message: Message, scored: Scored) -> str:
    meta = " · ".join(escape(x) for x in (
        message.sender or "unknown sender", message.time or "no time", message.direction or "",
        f"{message.source}: {message.record}") if x)
    family = f" · {escape(scored.family)}" if scored.family else ""
    reasons = "".join(f'<li><span class=rid>{escape(r.id)}</span> {escape(r.zh)}'
                      f'{" — " + escape(r.en) if r.en else ""}</li>' for r in scored.reasons)
    return (f'<div class="msg {escape(scored.risk)}"><div class=meta>{meta}</div>'
            f'<div class=text>{highlight(message.text, scored.reasons)}</div>'
            f'<div class=meta><b>{escape(scored.label)}</b> p={scored.scam_probability:.3f} · risk '
            f'{escape(scored.risk)}{family}</div>'
            + (f"<ul class=reasons>{reasons}</ul>" if reasons else "") + "</div>")


def render(summary: Summary, flagged: Sequence[tuple[Message, Scored]], flagged_total: int) -> str:
    """The report as one HTML string."""
    d = summary.to_dict()
    label_rows = [(label, summary.labels.get(label, 0)) for label in ("scam", "genuine", "other")]
    fam_rows = summary.families.get("scam", Counter()).most_common(20)
    first, last = d["time_range"]
    sources = ", ".join(f"{i['name']} ({i['format']})" for i in summary.inputs)
    html = [
        "<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        "<title>scamguard screening report</title>", f"<style>{CSS}</style></head><body>",
        "<h1>scamguard screening report</h1>",
        f"<p class=meta>Inputs: {escape(sources)}<br>Time range: {escape(first or '—')} … {escape(last or '—')}"
        f"<br>{summary.classified:,} messages screened, {summary.skipped:,} records skipped"
        + (f", {summary.duplicates:,} duplicates dropped" if summary.duplicates else "") + ".</p>",
    ]
    if summary.interrupted:
        html.append(f"<p class=warn>The run was interrupted; this report covers the input up to "
                    f"{escape(summary.last_location or 'the start')} only.</p>")
    html += ["<h2>Summary</h2>", _table(label_rows, ("label", "messages"))]
    if fam_rows:
        html += ["<h3>Scam families</h3>", _table(fam_rows, ("family", "messages"))]
    senders = summary.scam_senders.most_common(10)
    if senders:
        html += ["<h3>Top scam senders</h3>", _table(senders, ("sender", "scam messages"))]
    html += ["<h2>Scams over time</h2>", svg_chart(_buckets(summary.scams_by_day))]
    html.append(f"<h2>Flagged messages ({flagged_total:,})</h2>")
    if flagged_total > len(flagged):
        html.append(f"<p class=meta>Showing the {len(flagged):,} most likely; the output file lists all.</p>")
    html += [_message_block(m, s) for m, s in flagged]
    if summary.problems:
        html.append(f"<h2>Skipped records ({summary.skipped:,})</h2><ul>")
        html += [f"<li>{escape(str(p))}</li>" for p in summary.problems]
        html.append("</ul>")
    html.append("</body></html>")
    return "\n".join(html)


def write_report(path: str | Path, summary: Summary, flagged: Sequence[tuple[Message, Scored]],
                 flagged_total: int) -> None:
    """Write the report atomically (temp file in the same directory, then rename)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with open(fd, "w", encoding="utf-8") as fh:
            fh.write(render(summary, flagged, flagged_total))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
