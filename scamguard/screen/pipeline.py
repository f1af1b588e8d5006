"""Stream messages from the readers through the classifier, in batches, optionally in worker processes.

Memory stays constant: records are pulled lazily from the readers, at most a few batches are in flight, and the
summary keeps only counters (top senders are held in a bounded counter). Output order equals input order.

Parallelism: `jobs` worker processes, each importing the model once (its first batch loads it; a worker lives for
the whole run). Small inputs use one in-process worker, because loading the model in N processes costs more than
it saves. Workers ignore SIGINT so that Ctrl-C is handled once, by the parent, which keeps the partial output.
"""
from __future__ import annotations

import hashlib
import heapq
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterable, Iterator, NamedTuple, Protocol, Sequence, TextIO

from ..text.normalise import is_blank
from .readers import Message, Problem, Source

#: Below this many input bytes (roughly 4,000 SBR messages or 20,000 CSV rows) one process is faster overall.
SMALL_INPUT_BYTES = 2 * 1024 * 1024
DEFAULT_BATCH = 256
MAX_LISTED_PROBLEMS = 100


# --- what a verdict is reduced to (plain, picklable, independent of the core's Verdict class) ----------------------
# Named tuples: built for every message in a worker and unpickled in the parent, they cost a third of what frozen
# dataclasses do.

class ReasonHit(NamedTuple):
    id: str
    weight: float
    zh: str
    en: str
    span: tuple[int, int] | None


class Scored(NamedTuple):
    label: str
    scam_probability: float
    risk: str
    family: str | None
    reasons: tuple[ReasonHit, ...]


def _scored(verdict) -> Scored:
    return Scored(verdict.label, float(verdict.scam_probability), verdict.risk, verdict.family or None,
                  tuple(ReasonHit(r.id, float(r.weight), r.zh, r.en, tuple(r.span) if r.span else None)
                        for r in verdict.reasons))


def score_batch(items: list[tuple[str, str | None]], channel: str,
                options: dict | None = None) -> list[Scored]:
    """Classify one batch with the core API (looked up at call time, so tests can substitute it).

    `options` are passed to `classify_many` (rules=, model_dir=, trust=); they are plain data so that worker
    processes receive them with each batch."""
    from scamguard.api import classify_many

    inputs = [(text, sender) if sender else text for text, sender in items]
    out = [_scored(v) for v in classify_many(inputs, channel=channel, batch_size=max(1, len(inputs)),
                                             **(options or {}))]
    if len(out) != len(items):
        raise RuntimeError(f"classify_many returned {len(out)} verdicts for {len(items)} messages")
    return out


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and winds the workers down
    # One BLAS/OpenMP thread per worker: N workers x N threads would oversubscribe the cores. (Effective only
    # if numpy was not imported before the fork; the parent itself never loads the model when jobs > 1.)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


# --- summary ---------------------------------------------------------------------------------------------------

class BoundedCounter:
    """Counts keys with bounded memory: beyond 2*cap keys, only the cap most frequent survive (top-k sketch).

    Exact while there are at most 2*cap distinct keys; beyond that, rare keys may be dropped, never the frequent."""

    def __init__(self, cap: int = 5000) -> None:
        self.cap = cap
        self.counts: Counter[str] = Counter()

    def add(self, key: str) -> None:
        self.counts[key] += 1
        if len(self.counts) > 2 * self.cap:
            self.counts = Counter(dict(self.counts.most_common(self.cap)))

    def most_common(self, n: int) -> list[tuple[str, int]]:
        return self.counts.most_common(n)


@dataclass
class Summary:
    inputs: list[dict] = field(default_factory=list)
    classified: int = 0
    written: int = 0
    skipped: int = 0
    duplicates: int = 0    # messages dropped by --dedupe
    labels: Counter = field(default_factory=Counter)
    families: dict[str, Counter] = field(default_factory=dict)
    scam_senders: BoundedCounter = field(default_factory=BoundedCounter)
    first_time: datetime | None = None
    last_time: datetime | None = None
    scams_by_day: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    interrupted: bool = False
    last_location: str | None = None  # the last record read, for the "how far it got" message
    elapsed: float = 0.0

    def add(self, message: Message, scored: Scored) -> None:
        self.classified += 1
        self.labels[scored.label] += 1
        self.families.setdefault(scored.label, Counter())[scored.family or "-"] += 1
        when = _parse_iso(message.time)
        if when is not None:
            if self.first_time is None or when < self.first_time:
                self.first_time = when
            if self.last_time is None or when > self.last_time:
                self.last_time = when
        if scored.label == "scam":
            self.scam_senders.add(message.sender or "(unknown)")
            if when is not None:
                self.scams_by_day[when.date().isoformat()] += 1

    def add_problem(self, problem: Problem) -> None:
        self.skipped += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(problem)

    def to_dict(self) -> dict:
        return {
            "inputs": self.inputs,
            "classified": self.classified,
            "written": self.written,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "labels": dict(self.labels),
            "families": {label: dict(c.most_common()) for label, c in sorted(self.families.items())},
            "top_scam_senders": [{"sender": s, "count": n} for s, n in self.scam_senders.most_common(10)],
            "time_range": [t.isoformat() if t else None for t in (self.first_time, self.last_time)],
            "scams_by_day": dict(sorted(self.scams_by_day.items())),
            "problems": [{"source": p.source, "location": p.location, "reason": p.reason} for p in self.problems],
            "interrupted": self.interrupted,
            "last_record": self.last_location,
            "seconds": round(self.elapsed, 3),
        }

    def format_text(self) -> str:
        lines = [f"Screened {self.classified:,} messages from {len(self.inputs)} input(s) in {self.elapsed:.1f} s"
                 + (" (INTERRUPTED)" if self.interrupted else "") + "."]
        for label in ("scam", "genuine", "other"):
            n = self.labels.get(label, 0)
            share = f" ({n / self.classified:.1%})" if self.classified else ""
            fams = ", ".join(f"{f} {c}" for f, c in self.families.get(label, Counter()).most_common(5) if f != "-")
            lines.append(f"  {label:<8}{n:>9,}{share}" + (f"  — {fams}" if fams else ""))
        lines.append(f"  written {self.written:,} row(s); skipped {self.skipped:,} record(s)"
                     + (f"; dropped {self.duplicates:,} duplicate(s)" if self.duplicates else ""))
        if self.first_time:
            lines.append(f"  time range: {self.first_time.isoformat()} … {self.last_time.isoformat()}")
        top = self.scam_senders.most_common(5)
        if top:
            lines.append("  top scam senders: " + ", ".join(f"{s} ({n})" for s, n in top))
        return "\n".join(lines)


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


# --- progress --------------------------------------------------------------------------------------------------

class Progress:
    """One self-overwriting status line on a terminal (count and rate); silent when not a TTY."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None, interval: float = 0.25) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.interval = interval
        self.start = self.last = time.monotonic()
        self.shown = False

    def update(self, done: int, skipped: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        skip = f", {skipped:,} skipped" if skipped else ""
        self.stream.write(f"\rscreening: {done:,} messages, {rate:,.0f} msg/s{skip}   ")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Blank the status line, before other output goes to the same terminal (it is redrawn on the next update)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


# --- the run -----------------------------------------------------------------------------------------------------

class Sink(Protocol):
    def write(self, message: Message, scored: Scored) -> None: ...


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def choose_jobs(requested: int | None, input_bytes: int) -> int:
    """None = automatic (one process for small inputs, else one per core); 0 = one per core; N = N."""
    if requested is None:
        return 1 if input_bytes < SMALL_INPUT_BYTES else available_cores()
    return available_cores() if requested <= 0 else requested


def _batches(records: Iterable[Message | Problem], batch_size: int, on_problem: Callable[[Problem], None],
             ) -> Iterator[tuple[str, list[Message]]]:
    """(channel, messages) batches; problems and empty bodies go to `on_problem` as they are met."""
    batch: list[Message] = []
    channel = "sms"
    for rec in records:
        if isinstance(rec, Problem):
            on_problem(rec)
            continue
        if is_blank(rec.text):  # classify_many refuses empty text: report it instead
            on_problem(Problem(rec.source, rec.record, "empty message body"))
            continue
        if batch and (rec.channel != channel or len(batch) >= batch_size):
            yield channel, batch
            batch = []
        channel = rec.channel
        batch.append(rec)
    if batch:
        yield channel, batch


def classify_stream(records: Iterable[Message | Problem], *, jobs: int = 1, batch_size: int = DEFAULT_BATCH,
                    on_problem: Callable[[Problem], None] = lambda p: None, options: dict | None = None,
                    ) -> Iterator[tuple[Message, Scored]]:
    """(message, verdict) pairs in input order."""
    batches = _batches(records, batch_size, on_problem)
    if jobs <= 1:
        for channel, batch in batches:
            yield from zip(batch, score_batch([(m.text, m.sender) for m in batch], channel, options))
        return
    # fork inherits the already-imported modules (fast start); elsewhere spawn re-imports them.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method), initializer=_worker_init)
    pending: deque[tuple[list[Message], Future]] = deque()
    try:
        for channel, batch in batches:
            pending.append((batch, executor.submit(score_batch, [(m.text, m.sender) for m in batch], channel,
                                                   options)))
            while len(pending) > 2 * jobs:  # bounded look-ahead keeps memory constant
                done, future = pending.popleft()
                yield from zip(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result())
    finally:
        executor.shutdown(wait=not pending, cancel_futures=True)


@dataclass
class Filters:
    only: frozenset[str] | None = None  # labels to keep; None = all
    min_probability: float | None = None

    def keep(self, scored: Scored) -> bool:
        if self.only and scored.label not in self.only:
            return False
        return self.min_probability is None or scored.scam_probability >= self.min_probability


class _DeferredInterrupt:
    """While active, the first Ctrl-C only sets a flag, checked between messages, so that the output, the summary
    and the partial marker agree exactly on how far the run got. A second Ctrl-C interrupts at once.

    Installed only in the main thread and only over Python's default handler (not where SIGINT is ignored)."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __enter__(self) -> "_DeferredInterrupt":
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum, frame) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


class Duplicates:
    """Tells a message seen before in this run, by (sender, direction, time, text): the same backup passed twice,
    or overlapping backups merged. A message without a time is never a duplicate: two "好的" from one sender on
    different days would look alike. Keeps a 96-bit digest per distinct message (about 80 bytes each), not the
    texts."""

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def seen(self, message: Message) -> bool:
        if message.time is None:
            return False
        key = "\x1f".join((message.sender or "", message.direction or "", message.time or "", message.text))
        digest = int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=12).digest(), "big")
        if digest in self._seen:
            return True
        self._seen.add(digest)
        return False


def run(sources: Sequence[Source], sink: Sink, *, jobs: int | None = None, batch_size: int = DEFAULT_BATCH,
        filters: Filters | None = None, progress: Progress | None = None, dedupe: bool = False,
        on_problem: Callable[[Problem], None] | None = None,
        observers: Sequence[Callable[[Message, Scored], None]] = (), options: dict | None = None) -> Summary:
    """Screen every source into `sink`. Ctrl-C stops cleanly: the summary comes back with ``interrupted=True``
    and `last_location` naming the last message screened (everything up to it was handled).

    The summary counts every classified message; `filters` only decide which rows reach the sink. `observers`
    (e.g. the HTML report) see every classified message too. With `dedupe`, a message seen before in the run is
    dropped before classification and counted in `summary.duplicates`."""
    filters = filters or Filters()
    summary = Summary(inputs=[{"name": s.name, "format": s.format, "encoding": s.encoding} for s in sources])
    progress = progress or Progress(enabled=False)
    n_jobs = choose_jobs(jobs, sum(s.size for s in sources))
    started = time.monotonic()

    def problem(p: Problem) -> None:
        summary.add_problem(p)
        if on_problem:
            on_problem(p)

    duplicates = Duplicates() if dedupe else None

    def records() -> Iterator[Message | Problem]:
        for source in sources:
            for record in source.messages():
                if duplicates and isinstance(record, Message) and duplicates.seen(record):
                    summary.duplicates += 1
                    continue
                yield record

    stream = classify_stream(records(), jobs=n_jobs, batch_size=batch_size, on_problem=problem, options=options)
    with _DeferredInterrupt() as interrupt:
        try:
            for message, scored in stream:
                if filters.keep(scored):
                    sink.write(message, scored)
                    summary.written += 1
                summary.add(message, scored)
                summary.last_location = f"{message.source}: {message.record}"
                for observe in observers:
                    observe(message, scored)
                progress.update(summary.classified, summary.skipped)
                if interrupt.requested:
                    summary.interrupted = True
                    break
        except KeyboardInterrupt:  # a second Ctrl-C, or one raised from inside the classifier
            summary.interrupted = True
        finally:
            stream.close()
            summary.elapsed = time.monotonic() - started
            progress.update(summary.classified, summary.skipped, force=True)
            progress.close()
    return summary


class TopFlagged:
    """The `limit` most likely scams seen (a bounded heap), for the HTML report."""

    def __init__(self, limit: int = 1000) -> None:
        self.limit = limit
        self.total = 0
        self._heap: list[tuple[float, int, Message, Scored]] = []

    def __call__(self, message: Message, scored: Scored) -> None:
        if scored.label != "scam":
            return
        self.total += 1
        item = (scored.scam_probability, -self.total, message, scored)  # earlier wins ties
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, item)
        elif item[:2] > self._heap[0][:2]:
            heapq.heapreplace(self._heap, item)

    def items(self) -> list[tuple[Message, Scored]]:
        return [(m, s) for _, _, m, s in sorted(self._heap, key=lambda t: t[:2], reverse=True)]
