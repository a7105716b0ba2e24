"""`check`, `explain` and `eval`: detection by hand, without a database.

`check` is what a person runs on one article ("does Sentinella see the deal in this?"), `explain`
says why, `eval` measures detection on a labelled corpus and can gate CI with `--fail-under`.
Nothing is stored. Exit codes: 0 ok, 1 eval bars not met, 2 bad usage or input.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import click

from alerts.rules import Rules
from crawler.article import Article, Skipped
from jobs.cli_common import config_option

USER_AGENT = "Sentinella/0.1 (+check command)"
DOCUMENT_SUFFIXES = (".html", ".htm", ".txt")


class InputError(click.ClickException):
    """A missing file or an unreachable URL: exit code 2 with a message naming it."""

    exit_code = 2


def load_rules(config_path: str | None) -> Rules:
    """Rules from the configuration's `[rules]` (the same file `crawl` would use).

    A configuration that cannot be loaded is an error (exit 2), never a silent fall-back to the
    built-in rules: `check` must judge an article the way the running job would.
    """
    from jobs.config import ConfigError, load_config

    try:
        return load_config(config_path).rules
    except ConfigError as exc:
        raise InputError(f"configuration error: {exc}") from None


def expand_inputs(inputs: tuple[str, ...]) -> Iterator[str]:
    """URLs and files as given; folders → their .html/.htm/.txt files (recursively, sorted).

    A folder with no documents is passed on as it is, so load_article reports it like any
    other input that cannot be read.
    """
    for item in inputs:
        p = Path(item)
        if not item.startswith(("http://", "https://")) and p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES)
            if found:
                yield from (str(f) for f in found)
                continue
        yield item


def fetch(url: str, timeout: float = 20.0) -> tuple[bytes, str, str | None]:
    """GET a URL: (body, final URL, content type). A failure is an InputError naming the URL."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only
            return resp.read(), resp.geturl(), resp.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: cannot fetch: {reason}") from None


def load_article(item: str) -> Article | Skipped:
    """One input (file or URL) → Article or Skipped, through the production extractor."""
    from crawler.extract import extract, extract_text_document

    if item.startswith(("http://", "https://")):
        body, final, ctype = fetch(item)
        return extract(body, final, content_type=ctype)
    p = Path(item)
    if p.is_dir():
        raise InputError(f"{item}: folder has no .html, .htm or .txt files")
    if not p.exists():
        raise InputError(f"{item}: no such file or directory")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{item}: cannot read: {exc.strerror or exc}") from None
    if p.suffix.lower() == ".txt":
        return extract_text_document(raw.decode("utf-8", errors="replace"), p.name)
    return extract(raw, p.resolve().as_uri())


def check_record(item: str, result: Article | Skipped, deals: list) -> dict:
    """The `check --json` object of DESIGN.md for one input."""
    if isinstance(result, Skipped):
        return {"input": item, "url": result.canonical_url or result.url, "title": None,
                "published": None, "language": None, "is_deal": False, "deals": [],
                "skipped": result.reason}
    url = result.url if "://" in (result.url or "") else None       # a .txt document has no URL
    return {"input": item, "url": url, "title": result.title,
            "published": result.published.date().isoformat() if result.published else None,
            "language": result.language, "is_deal": bool(deals),
            "deals": [d.to_json() for d in deals]}


def _summary(rec: dict) -> str:
    head = f"{rec['input']}\n  {rec.get('title') or '(no title)'}"
    if rec.get("skipped"):
        return f"{head}\n  skipped: {rec['skipped']}"
    if not rec["deals"]:
        return f"{head}\n  no deal"
    lines = [head]
    for d in rec["deals"]:
        amt = d["amount"]
        amount = f"{amt['text']} ({amt['value']:,} {amt['currency'] or 'no currency'})" if amt else "no amount"
        lines.append(f"  DEAL {'+'.join(d['kinds'])}: {d['target']} ← {', '.join(d['counterparties']) or '?'}"
                     f" — {amount} — score {d['score']:.2f}")
        lines.extend(f"    “{e}”" for e in d["evidence"][:2])
    return "\n".join(lines)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input document, one per line.")
@config_option
def check_cmd(inputs: tuple[str, ...], as_json: bool, config_path: str | None) -> None:
    """Analyse HTML files, folders of them, .txt files or URLs for AI deals; nothing is stored.

    \b
    Examples:
      sentinella check article.html
      sentinella check saved-pages/ --json
      sentinella check https://www.example.it/articolo.html
    """
    from alerts.detect import detect

    rules = load_rules(config_path)
    failed = False
    for item in expand_inputs(inputs):
        try:
            result = load_article(item)
        except InputError as exc:  # one bad input is reported in its place; the others go on
            failed = True
            rec = {"input": item, "url": None, "title": None, "published": None, "language": None,
                   "is_deal": False, "deals": [], "error": exc.message}
            click.echo(json.dumps(rec, ensure_ascii=False) if as_json else f"{item}\n  error: {exc.message}")
            continue
        deals = [] if isinstance(result, Skipped) else detect(result, rules)
        rec = check_record(item, result, deals)
        click.echo(json.dumps(rec, ensure_ascii=False) if as_json else _summary(rec))
    if failed:
        sys.exit(InputError.exit_code)


@click.command()
@click.argument("input_", metavar="INPUT")
@config_option
@click.option("--verbose", "-v", is_flag=True, help="Also list sentences with no deal cue.")
def explain_cmd(input_: str, config_path: str | None, verbose: bool) -> None:
    """Explain why one article (file or URL) does or does not report a deal.

    Shows the rules that fired per sentence, every amount found and how it was normalised,
    the negative contexts that vetoed, and the score of each candidate deal.

    \b
    Examples:
      sentinella explain articolo.html
      sentinella explain https://www.example.it/startup-round.html --verbose
    """
    from alerts.detect import analyse
    from alerts.explain import explain

    rules = load_rules(config_path)
    items = list(expand_inputs((input_,)))
    for item in items:
        result = load_article(item)
        if isinstance(result, Skipped):
            click.echo(f"{item}: skipped by extraction: {result.reason}")
            continue
        click.echo(explain(analyse(result, rules), verbose=verbose))


@click.command()
@click.argument("corpus", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@config_option
@click.option("--fail-under", "bars", multiple=True, metavar="METRIC=VALUE",
              help="Exit 1 when a metric is below VALUE (precision, recall, f1, kinds, amount, target, "
                   "counterparty_precision, counterparty_recall). "
                   "Repeatable, e.g. --fail-under precision=0.95 --fail-under recall=0.95.")
def eval_cmd(corpus: str, as_json: bool, config_path: str | None, bars: tuple[str, ...]) -> None:
    """Detection quality against a labelled corpus (labels.json + pages).

    Precision, recall and F1 of is_deal (neutral pages excluded), kind, headline-amount and
    target accuracy, then every miss and false alarm with its reason.

    \b
    Examples:
      sentinella eval tests/corpus
      sentinella eval ../shared/corpus/dev --json | jq .metrics
      sentinella eval CORPUS --fail-under precision=0.95 --fail-under recall=0.95
    """
    from alerts.evaluate import evaluate

    if not (Path(corpus) / "labels.json").is_file():
        raise InputError(f"{corpus}: no labels.json in this folder")
    wanted = _parse_bars(bars)
    report = evaluate(corpus, load_rules(config_path))
    metrics = report.metrics()
    failed = {k: (metrics[k], v) for k, v in wanted.items() if metrics[k] < v}
    if as_json:
        out = report.to_json()
        out["fail_under"] = {k: v for k, v in wanted.items()}
        out["failed"] = {k: {"value": got, "bar": bar} for k, (got, bar) in failed.items()}
        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        click.echo(report.render())
        for k, (got, bar) in failed.items():
            click.echo(f"FAIL {k} {got:.3f} < {bar}", err=True)
    if failed:
        sys.exit(1)


def _parse_bars(bars: tuple[str, ...]) -> dict[str, float]:
    known = ("precision", "recall", "f1", "kinds", "amount", "target")
    out: dict[str, float] = {}
    for bar in bars:
        name, _, value = bar.partition("=")
        try:
            num = float(value)
        except ValueError:
            num = -1.0
        if name not in known or not 0.0 <= num <= 1.0:
            raise click.BadParameter(f"{bar!r}: expected METRIC=VALUE with METRIC in {', '.join(known)} "
                                     "and VALUE in [0, 1]", param_hint="--fail-under")
        out[name] = num
    return out
