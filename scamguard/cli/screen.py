"""`scamguard screen`: bulk-screen message exports (registered on the main group by scamguard.cli)."""
from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path

import click

from scamguard.screen.pipeline import DEFAULT_BATCH, Filters, Progress, TopFlagged, run
from scamguard.screen.readers import FORMATS, Problem, ScreenInputError, prepare_input
from scamguard.screen.writers import OutputError, OutputWriter, output_kind

MAX_PROBLEM_LINES = 20
REPORT_LIMIT = 1000
EXIT_INTERRUPTED = 130

HELP = """Screen message exports in bulk: one verdict per message.

\b
INPUT is a file, or - for standard input. The format is recognised
from the content (use --format to override):
  * SMS Backup & Restore XML (sms-*.xml, Android)
  * iPhone sms.db (unencrypted backup) or macOS chat.db
  * Android mmssms.db (rooted phones, forensic extractions)
  * vMessage .vmsg (the built-in 短信备份 of many Chinese phones,
    Nokia, Samsung Kies)
  * CSV/TSV with Chinese or English headers (号码,时间,内容,类型...)
    or none
  * JSON Lines (text/body, sender/address, time/date fields), also
    the messages.ndjson inside an "SMS Import / Export" ZIP
  * plain text, one message per line
Text may be UTF-8 (with or without BOM), GB18030/GBK, or Excel
"Unicode Text" (UTF-16). Inputs are never modified: databases are read
from a temporary copy.

\b
Records that cannot be used (a damaged XML element, a CSV row with the
wrong number of fields, undecodable bytes, an empty body) are skipped,
reported on stderr and counted in the summary; the run goes on.

\b
Output: JSON Lines on stdout, or the -o file (.csv or .jsonl), with the
columns source, record, sender, time, direction, channel, text, label,
scam_probability, risk, family, reasons. A file is written under a
temporary name and renamed when the run completes. On Ctrl-C the rows
screened so far are kept under the final name, followed by one marker
record ({"_partial": true, ...} in JSON Lines, a row starting with
#PARTIAL in CSV), and the command exits with status 130.
The summary goes to stdout when rows go to a file, else to stderr.

\b
Examples:
  scamguard screen sms-20240601.xml -o verdicts.csv --excel --summary
  scamguard screen export.csv --only scam --report scams.html
  cat messages.txt | scamguard screen - --json > /dev/null
"""


class _ProblemPrinter:
    """Reports the first skipped records on stderr (then only counts them), without garbling the progress line."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.count = 0

    def __call__(self, problem: Problem) -> None:
        self.count += 1
        if self.count > MAX_PROBLEM_LINES + 1:
            return
        self.progress.clear()
        if self.count <= MAX_PROBLEM_LINES:
            click.echo(f"skipped: {problem}", err=True)
        else:
            click.echo("skipped: ... (further skipped records are only counted; see --summary)", err=True)


def _classifier_options(rule_files: tuple[str, ...], model_dir: str | None, trust: bool) -> dict | None:
    """classify_many keyword arguments, or None for the defaults (paths absolute: workers may run elsewhere)."""
    options: dict = {}
    if rule_files:
        options["rules"] = [str(Path(f).resolve()) for f in rule_files]
    if model_dir:
        options["model_dir"] = str(Path(model_dir).resolve())
    if trust:
        options["trust"] = True
    return options or None


def _is_model_problem(exc: Exception) -> bool:
    """A missing/tampered model or an incomplete install: worth one clear line rather than a traceback."""
    if isinstance(exc, ImportError):
        return True
    try:
        from scamguard.api import ModelError
        from scamguard.rules.engine import RuleError
    except ImportError:
        return False
    return isinstance(exc, (ModelError, RuleError))


@click.command("screen", help=HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write results here: .csv or .jsonl (default: JSON Lines on stdout).")
@click.option("--format", "fmt", type=click.Choice(("auto",) + FORMATS), default="auto", show_default=True,
              help="Read every INPUT as this format instead of detecting it.")
@click.option("--only", "only", multiple=True, type=click.Choice(("scam", "genuine", "other")),
              help="Write only messages with this label (repeatable). The summary still counts all.")
@click.option("--min-probability", type=click.FloatRange(0, 1), default=None,
              help="Write only messages whose scam probability is at least this.")
@click.option("--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes (0 = one per core). Default: one per core, or one for small inputs.")
@click.option("--summary", "show_summary", is_flag=True,
              help="Print a summary: counts per label and family, top scam senders, time range, skipped records.")
@click.option("--json", "summary_json", is_flag=True, help="Print the summary as JSON (implies --summary).")
@click.option("--report", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML report (works offline) to this file.")
@click.option("--excel", is_flag=True,
              help="CSV for Excel: UTF-8 with BOM, and cells starting with = + - @ prefixed with ' .")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A rule file of your own, added to the built-in rules (repeatable).")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False),
              help="A model directory other than the shipped one.")
@click.option("--trust-model", is_flag=True, help="Load the model even if its SHA-256 does not match its manifest.")
@click.option("--dedupe", is_flag=True,
              help="Drop a message already seen in this run with the same sender, direction, time and text (merged "
                   "or overlapping backups); the summary counts them.")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH, hidden=True)
def screen_command(inputs: tuple[str, ...], output: str | None, fmt: str, only: tuple[str, ...],
                   min_probability: float | None, jobs: int | None, show_summary: bool, summary_json: bool,
                   report: str | None, excel: bool, rule_files: tuple[str, ...], model_dir: str | None,
                   trust_model: bool, dedupe: bool, batch_size: int) -> None:
    """See HELP."""
    if inputs.count("-") > 1:
        raise click.UsageError("standard input (-) can be given only once")
    try:
        if output_kind(output) != "csv" and excel:  # checked now, before any input is read
            raise OutputError("--excel applies to CSV output only: give an output file ending in .csv")
    except OutputError as exc:
        raise click.UsageError(str(exc)) from exc
    written = [(name, path) for name, path in (("output", output), ("report", report)) if path and path != "-"]
    for name, path in written:
        target = Path(path).resolve()
        if any(i != "-" and Path(i).resolve() == target for i in inputs):
            raise click.UsageError(f"the {name} {path} is also an input; choose another file name")
        if not target.parent.is_dir():
            raise click.UsageError(f"the {name} {path} cannot be written: {target.parent} is not a directory")
    if report and output and output != "-" and Path(report).resolve() == Path(output).resolve():
        raise click.UsageError("the report and the output are the same file; choose two names")

    with ExitStack() as stack:
        try:
            sources = [prepare_input(spec, None if fmt == "auto" else fmt, stack) for spec in inputs]
        except ScreenInputError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:   # while spooling stdin or unpacking an archive: nothing was written yet
            click.echo("Interrupted before screening started; nothing was written.", err=True)
            sys.exit(EXIT_INTERRUPTED)

        top = TopFlagged(REPORT_LIMIT) if report else None
        progress = Progress()
        try:
            with OutputWriter(output, excel=excel) as writer:
                summary = run(sources, writer, jobs=jobs, batch_size=batch_size, dedupe=dedupe,
                              filters=Filters(frozenset(only) or None, min_probability),
                              progress=progress, on_problem=_ProblemPrinter(progress),
                              observers=[top] if top else (),
                              options=_classifier_options(rule_files, model_dir, trust_model))
                if summary.interrupted:
                    writer.mark_partial(f"interrupted after screening {summary.classified:,} messages, "
                                        f"through {summary.last_location or 'the start'}")
        except ScreenInputError as exc:  # raised mid-stream, e.g. a DOCTYPE in an XML input
            raise click.ClickException(str(exc)) from exc
        except BrokenPipeError:  # `scamguard screen big.xml | head`: the reader has gone, stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # so that the interpreter's final flush does not fail again
            sys.exit(1)
        except Exception as exc:
            if _is_model_problem(exc):
                raise click.ClickException(f"could not load the classifier: {exc}") from exc
            if isinstance(exc, OSError):  # disk full, unreadable model directory...
                raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc
            raise

        if report and top is not None:
            from scamguard.screen.report import write_report
            write_report(report, summary, top.items(), top.total)

    rows_on_stdout = not output or output == "-"
    if show_summary or summary_json:
        text = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) if summary_json else summary.format_text()
        click.echo(text, err=rows_on_stdout)
    if summary.interrupted:
        where = f"saved to {output}" if not rows_on_stdout else "written to stdout"
        click.echo(f"Interrupted: partial output ({writer.rows_written:,} rows; input screened through "
                   f"{summary.last_location or 'the start'}) {where}, ending with a partial marker.", err=True)
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":  # `python -m scamguard.cli.screen`, usable before the main group registers it
    screen_command()
