"""Pipeline health: a broken outlet must not fail silently.

`troubled_sources` is pure: given per-source counts of the last runs (the run history lives in
jobs/, which calls this), it says which sources are in trouble. `report_troubles` turns that into
at most one operational alert per trouble: an open trouble is remembered in `health_issues` and
not alerted again on the next runs; when the source recovers the issue is closed (and, if
`[alerts.health] recovery = true`, a "recovered" alert is sent), so a later breakage alerts anew.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.notify import enqueue_message
from alerts.settings import AlertSettings, Channel, HealthSettings
from alerts.store import AlertRow, HealthIssueRow
from crawler.store import utcnow

NO_ARTICLES, EXTRACTION_FAILURES = "no_articles", "extraction_failures"
LABELS = {NO_ARTICLES: "no articles found", EXTRACTION_FAILURES: "extraction failing for most pages"}


@dataclass(frozen=True)
class SourceRun:
    """One source's counts in one run.

    `articles`: article URLs the source yielded (discovered through feeds, sitemaps or listings,
    new or already known) — zero means the outlet gave nothing; `pages`: pages fetched;
    `failures`: fetched pages whose extraction failed (skipped as not-an-article, or errors).
    """

    articles: int = 0
    pages: int = 0
    failures: int = 0


@dataclass(frozen=True)
class Trouble:
    source: str
    problem: str                      # no_articles | extraction_failures
    detail: str


def troubled_sources(history: Mapping[str, Sequence[SourceRun]], settings: HealthSettings) -> list[Trouble]:
    """Sources in trouble, given each source's last runs (oldest first, newest last)."""
    out: list[Trouble] = []
    n = max(1, settings.no_articles_runs)
    for source, runs in sorted(history.items()):
        recent = list(runs)[-n:]
        if len(recent) >= n and all(r.articles == 0 for r in recent):
            out.append(Trouble(source, NO_ARTICLES, f"No articles in the last {n} runs."))
        last = runs[-1] if runs else None
        if last and last.pages >= max(1, settings.min_pages) and \
                last.failures / last.pages > settings.extraction_failure_ratio:
            out.append(Trouble(source, EXTRACTION_FAILURES,
                               f"Extraction failed for {last.failures} of {last.pages} pages in the last run."))
    return out


def operational_channels(settings: AlertSettings) -> list[Channel | None]:
    """[alerts.health] channels by name, else channels marked operational, else all (else terminal)."""
    channels = settings.all_channels()
    if not channels:
        return [None]
    if settings.health.channels:
        return [c for c in channels if c.key in settings.health.channels]
    return [c for c in channels if c.operational] or list(channels)


def report_troubles(session: Session, settings: AlertSettings, troubles: Iterable[Trouble], *,
                    checked_sources: Iterable[str] | None = None, now: datetime | None = None
                    ) -> list[AlertRow]:
    """Enqueue one operational alert per new trouble; close troubles that went away.

    `checked_sources`: the sources the troubles were computed for (default: only those in
    `troubles`); open issues of these that are no longer in trouble are resolved. The caller
    commits. Returns the outbox rows added.
    """
    now = now or utcnow()
    troubles = list(troubles)
    current = {(t.source, t.problem): t for t in troubles}
    checked = set(checked_sources) if checked_sources is not None else {t.source for t in troubles}
    open_rows = {(r.source, r.problem): r for r in session.scalars(
        select(HealthIssueRow).where(HealthIssueRow.resolved_at.is_(None)))}
    channels = operational_channels(settings)
    added: list[AlertRow] = []
    for key, trouble in current.items():
        if key in open_rows:
            continue
        issue = HealthIssueRow(source=trouble.source, problem=trouble.problem, detail=trouble.detail,
                               opened_at=now)
        session.add(issue)
        session.flush()
        added += _enqueue(session, settings, channels, issue, recovered=False, now=now)
    for key, issue in open_rows.items():
        if key[0] in checked and key not in current:
            issue.resolved_at = now
            if settings.health.recovery:
                added += _enqueue(session, settings, channels, issue, recovered=True, now=now)
    return added


def _enqueue(session: Session, settings: AlertSettings, channels, issue: HealthIssueRow, *,
             recovered: bool, now: datetime) -> list[AlertRow]:
    facts = {"source": issue.source, "problem": issue.problem, "problem_label": LABELS.get(issue.problem,
             issue.problem), "detail": issue.detail, "recovered": recovered,
             "since": issue.opened_at.isoformat()}
    key = f"health:{issue.id}:{'recovered' if recovered else 'opened'}"
    return enqueue_message(session, settings, channels, kind="operational", template="health",
                           facts=facts, dedup_key=key, now=now)
