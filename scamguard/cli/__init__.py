"""The `scamguard` command line: a thin layer over the library.

Every command prints human-readable output by default and one JSON document with `--json`. Errors are one line on
standard error and a non-zero exit status, never a traceback.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from .. import __version__

_EPILOG = "Docs: README.md in the project; every command has --help."


class _Group(click.Group):
    """Runs commands with one-line errors, and imports heavy commands only when they are used."""

    lazy = {"screen": ("scamguard.cli.screen", "screen_command")}  # keeps `classify` cold start short

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str):
        if name in self.lazy and name not in self.commands:
            import importlib

            module, attr = self.lazy[name]
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt,
                BrokenPipeError):   # a closed pipe (`| head`): click exits quietly
            raise
        except Exception as exc:  # the contract: one line, no traceback
            from ..model.store import ModelError
            from ..rules.engine import RuleError

            if isinstance(exc, (ModelError, RuleError, ValueError, OSError, UnicodeError)):
                raise click.ClickException(str(exc)) from None
            raise


@click.group(cls=_Group, epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scamguard")
def main() -> None:
    """Tell debt-relief and credit scams from genuine lender notices in Chinese SMS and call transcripts.

    Each message is labelled scam, genuine (a real lender, bank, court or licensed collector writing about your own
    account) or other (codes, alerts, ads, chat, anti-fraud warnings), with the reasons and what to do.

    \b
    Examples:
      scamguard classify "停息挂账找我们，专业法务团队，加微信详聊"
      pbpaste | scamguard classify --sender 95555
      scamguard screen sms-backup.xml -o flagged.csv --only scam --summary
      scamguard evaluate labelled.jsonl --perturb
    """


def _read_text(text: str | None) -> str:
    from ..screen.encoding import decode_bytes

    if text is not None:
        if not any("\udc80" <= c <= "\udcff" for c in text):
            return text
        # Python keeps an argument that is not valid in the locale's encoding as escaped bytes: decode those
        # bytes the way standard input is decoded.
        data, where = os.fsencode(text), "the argument"
    elif sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("give the message as an argument, or pipe it on standard input")
    else:
        data, where = sys.stdin.buffer.read(), "standard input"
    try:
        return decode_bytes(data)
    except UnicodeDecodeError:
        raise click.ClickException(f"{where} is not UTF-8, GB18030 or UTF-16 text") from None


def _highlight(text: str, reasons, color: bool, label: str) -> str:
    """`text` with the spans of the reasons that support the verdict marked; overlapping spans are marked as one."""
    merged: list[list[int]] = []
    for s, e in sorted(r.span for r in reasons if r.span and r.direction in (label, "model") and r.weight >= 0):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        elif e > s:
            merged.append([s, e])
    out, last = [], 0
    for s, e in merged:
        out.append(text[last:s])
        piece = text[s:e]
        out.append(click.style(piece, fg="red", bold=True) if color else f"«{piece}»")
        last = e
    out.append(text[last:])
    return "".join(out)


def _dumps(data, indent: int | None = 2) -> str:
    """JSON with Chinese kept readable; a lone surrogate (legal in JSON input, not encodable as UTF-8) is escaped."""
    from ..screen.encoding import LONE_SURROGATE

    return LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(data, ensure_ascii=False,
                                                                                 indent=indent))


_LABEL_ZH = {"scam": "诈骗", "genuine": "真实通知", "other": "其他"}
_RISK_ZH = {"high": "高", "medium": "中", "low": "低"}
_DIR_ZH = {"scam": "诈骗↑", "genuine": "真实↑", "other": "其他↑", "guard": "反诈提示"}


@main.command("classify")
@click.argument("text", required=False)
@click.option("--sender", help="The number or name the message came from (95588, 1069…, 13812345678, 建设银行).")
@click.option("--channel", type=click.Choice(["sms", "call"]), help="sms or call; inferred when absent.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the explanation.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A rule file of your own, added to the built-in rules (repeatable).")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False),
              help="A model directory other than the shipped one.")
@click.option("--trust-model", is_flag=True, help="Load the model even if its SHA-256 does not match its manifest.")
def classify_command(text, sender, channel, lang, as_json, rule_files, model_dir, trust_model) -> None:
    """Classify one message: TEXT, or standard input (a pasted multi-line call transcript works).

    Prints the label, the probability, the reasons with the matched text highlighted, and advice. The exit status
    is 0 whatever the verdict; it is non-zero only for errors (empty or undecodable input, a missing or tampered
    model, a bad rule file).
    """
    from ..api import classify
    from ..text.normalise import is_blank

    body = _read_text(text)
    if is_blank(body):
        raise click.ClickException("the message is empty")
    v = classify(body, sender=sender, channel=channel, rules=list(rule_files) or None, model_dir=model_dir,
                 trust=trust_model)
    if as_json:
        click.echo(_dumps(v.to_dict()))
        return
    color = sys.stdout is not None and sys.stdout.isatty()
    zh = lang == "zh"
    head = (f"结论：{_LABEL_ZH[v.label]}（诈骗概率 {v.scam_probability:.0%}，风险{_RISK_ZH[v.risk]}）" if zh else
            f"Verdict: {v.label} (scam probability {v.scam_probability:.0%}, {v.risk} risk)")
    if v.family:
        head += f"  [{v.family}]"
    click.echo(click.style(head, bold=True) if color else head)
    click.echo("")
    click.echo(_highlight(body, v.reasons, color, v.label))
    click.echo("")
    click.echo("依据：" if zh else "Reasons:")
    for r in v.reasons:
        quote = f" 「{r.text}」" if r.text and r.id != "MODEL" else ""
        # Rules show their direction and declared strength; model terms their learned log-odds contribution.
        tag = (f"{_DIR_ZH.get(r.direction, r.direction)}{r.strength:g}" if zh else f"{r.direction} {r.strength:g}") \
            if r.strength is not None else f"{r.weight:+.2f}"
        click.echo(f"  {tag:<8} {r.id:<8} {(r.zh if zh else r.en)}{quote}")
    click.echo("")
    click.echo(("建议：" if zh else "Advice: ") + (v.advice.zh if zh else v.advice.en))


@main.command("evaluate")
@click.argument("data", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--perturb", is_flag=True, help="Also apply each evasion trick to the scam rows and report recall.")
@click.option("--errors", default=50, show_default=True, type=click.IntRange(min=0),
              help="How many misclassified messages to list.")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Add a rule file of your own (repeatable).")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False), help="Another model directory.")
@click.option("--trust-model", is_flag=True, help="Load the model even if its hash does not match its manifest.")
def evaluate_command(data, as_json, perturb, errors, rule_files, model_dir, trust_model) -> None:
    """Score a labelled JSONL file (one {"text", "label", ...} object per line).

    Reports per-label precision, recall and F1, the confusion matrix, the false-alarm rates genuine→scam and
    other→scam, scam recall per family (from `family` or `subtype`), a reliability table of the scam probability,
    figures for rows not marked `uncertain`, and the misclassified messages. Malformed rows or unknown labels are
    reported with their line numbers.
    """
    from ..api import load_classifier
    from ..evaluate import DataError, evaluate, format_report, read_examples

    try:
        examples = read_examples(data)
    except DataError as exc:
        raise click.ClickException(f"{len(exc.problems)} bad row(s) in {data}:\n{exc}") from None
    clf = load_classifier(model_dir, rules=list(rule_files) or None, trust=trust_model)
    rep = evaluate(clf, examples, perturb=perturb, show_errors=errors)
    rep["model_version"] = clf.version
    if as_json:
        click.echo(_dumps(rep, indent=1))
    else:
        click.echo(format_report(rep, f"{data} — model {clf.version}"))


@main.command("train")
@click.option("--corpus", "corpus_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Corpus directory (default: corpus/ of the project).")
@click.option("--out", "model_dir", type=click.Path(file_okay=False), default=None,
              help="Where to write the model (default: models/ of the project).")
@click.option("--dev", "dev_path", type=click.Path(dir_okay=False), default=None,
              help="Real labelled messages to report on (default: ../shared/realdata/dev.jsonl when present).")
def train_command(corpus_dir, model_dir, dev_path) -> None:
    """Rebuild the model from the labelled corpus and write its card (models/README.md).

    Deterministic: the same corpus gives the same model file and hash on the same platform. Takes a few minutes:
    five group folds are fitted for the held-out figures and the calibration, then the final model.
    """
    from ..card import DEFAULT_DEV, build

    root = Path(__file__).resolve().parents[2]
    corpus = Path(corpus_dir) if corpus_dir else root / "corpus"
    out = Path(model_dir) if model_dir else root / "models"
    dev = Path(dev_path) if dev_path else (DEFAULT_DEV if DEFAULT_DEV.is_file() else None)
    result = build(corpus, out, dev, log=lambda s: click.echo(s, err=True))
    click.echo(f"model {result.version} written to {out} (sha256 {result.sha256})")


@main.command("rules")
@click.option("--check", "check_file", type=click.Path(dir_okay=False),
              help="Validate a rule file of your own and report problems with line numbers.")
@click.option("--facts", "list_facts", is_flag=True,
              help="List the facts a rule's `facts`, `any_facts` and `not_facts` may name.")
@click.option("--json", "as_json", is_flag=True, help="Print the rules as JSON.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
def rules_command(check_file, list_facts, as_json, lang) -> None:
    """List the built-in rules (id, direction, weight, flag, family, explanation), or check a rule file.

    Flags: `force`, the rule forces the scam label; `told`, a message it fires on retells others' words, so the text
    model leaves its reported speech out (`reported = true` in a rule file).

    A rule file is TOML with [[rule]] tables; the format is documented at the top of the built-in file
    (scamguard/rules/data/builtin.toml). Use your file with `classify --rules FILE` or classify(rules=...).
    """
    from ..rules.engine import RuleError, builtin_rules, load_rule_file

    rules = builtin_rules()
    if list_facts:
        from ..text.extract import BRAND_FACT_PREFIXES, FACTS, directory

        brands = [b.id for b in directory().brands]
        facts = sorted(FACTS) + [f"{p}:<brand>" for p in BRAND_FACT_PREFIXES]
        if as_json:
            click.echo(_dumps({"facts": sorted(FACTS), "brand_prefixes": list(BRAND_FACT_PREFIXES), "brands": brands}))
        else:
            click.echo("\n".join(facts))
            click.echo(f"<brand>: {', '.join(brands)}")
        return
    if check_file:
        try:
            mine = load_rule_file(check_file, known=[r.id for r in rules])
        except RuleError as exc:
            raise click.ClickException(f"{len(exc.problems)} problem(s):\n{exc}") from None
        click.echo(f"{check_file}: {len(mine)} rule(s), all valid")
        return
    if as_json:
        click.echo(_dumps([{"id": r.id, "direction": r.direction, "weight": r.weight, "family": r.family,
                            "force": r.force, "reported": r.reported, "zh": r.zh, "en": r.en} for r in rules],
                           indent=1))
        return
    for r in rules:
        flag = " force" if r.force else " told" if r.reported else ""
        click.echo(f"{r.id:<9} {r.direction:<8} w{r.weight:g}{flag:<6} {r.family or '':<22} {r.zh if lang == 'zh' else r.en}")

