"""What a person sees on a terminal: a live progress display while crawling and a summary table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

if TYPE_CHECKING:
    from jobs.run import RunSummary

console = Console(stderr=True)
out = Console(soft_wrap=True)    # no hard wrapping when piped to a file or a cron mail


class CrawlProgress:
    """Counts pages per source from the crawler's progress events; silent when not on a TTY."""

    def __init__(self, *, enabled: bool):
        self.enabled = enabled
        self._progress: Progress | None = None
        self._tasks: dict[str, int] = {}

    def __enter__(self) -> CrawlProgress:
        if self.enabled:
            self._progress = Progress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                TextColumn("{task.completed} pages"), TextColumn("[dim]{task.fields[last]}"),
                TimeElapsedColumn(), console=console, transient=True,
            )
            self._progress.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def update(self, event: dict) -> None:
        """One crawler event (shapes in crawler/report.py); each "page" event is one page fetched."""
        if self._progress is None:
            return
        source = str(event.get("source") or "crawl")
        if source not in self._tasks:
            self._tasks[source] = self._progress.add_task(source, total=None, last="")
        task = self._tasks[source]
        advance = 1 if event.get("event") == "page" else 0
        url = str(event.get("url") or "")
        self._progress.update(task, advance=advance, last=url[-60:])


def print_summary(summary: RunSummary) -> None:
    table = Table(title="Sentinella run" + (" (dry run)" if summary.dry_run else ""), title_justify="left")
    for col in ("source", "links", "pages", "new", "skipped", "errors"):
        table.add_column(col, justify="left" if col == "source" else "right")
    for name, counts in sorted(summary.per_source.items()):
        table.add_row(name, *(str(counts.get(k, 0)) for k in ("links", "pages", "new", "skipped", "errors")),
                      style="red" if counts.get("errors") and not counts.get("pages") else None)
    out.print(table)
    out.print(
        f"[bold]{summary.pages_fetched}[/] pages fetched, [bold]{summary.articles_new}[/] new articles, "
        f"{summary.articles_analysed} analysed, [bold]{summary.deals}[/] deals, "
        f"[bold]{summary.events_new}[/] new events ({summary.events_updated} updated), "
        f"[bold]{summary.alerts_sent}[/] alerts sent, {summary.alerts_pending} pending "
        f"— {summary.outcome} in {summary.duration_seconds:.1f}s"
    )
    # the same error repeated (a dead channel fails every alert) is one line with a count
    repeats: dict[tuple[str, str, str], int] = {}
    for err in summary.errors:
        key = (str(err.get("source", "")), err.get("url") or "", err.get("error", ""))
        repeats[key] = repeats.get(key, 0) + 1
    for (source, url, text), n in list(repeats.items())[:20]:
        where = "" if url in text else f"{url} — "
        times = f" (×{n})" if n > 1 else ""
        out.print(f"[red]error[/] {escape(source)}: {escape(where + text)}{times}", highlight=False)
    if len(repeats) > 20:
        out.print(f"… and {len(repeats) - 20} more errors (see --json)")
