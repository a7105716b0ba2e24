"""Where fetched pages meet the database: one short transaction per page.

The spider calls this directly from its callbacks (no Scrapy item pipeline: the spider also needs
the database to ask which URLs are already known, and a plain class keeps that in one place).
Each page is committed on its own, so a crawl killed at its time limit leaves every page either
fully stored or not at all, and the next run simply carries on.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crawler.article import Article, Skipped
from crawler.store import (
    RETRY_ATTEMPTS,
    ArticleRow,
    Validators,
    forget_validators,
    get_validators,
    known_urls,
    record_error,
    save_result,
    save_validators,
)
from crawler.urls import canonicalize, same_site

TWIN_TEXT_RATIO = 0.9        # texts this similar (difflib ratio) are one article in two places
_TWIN_TEXT_CHARS = 5000      # compared on their first characters: cheap, and plenty to tell


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def is_twin(page: Article, stored: Article, fetched_url: str) -> bool:
    """True when `page` (fetched at `fetched_url`, canonical `page.url`) is a copy of `stored`,
    the article already stored under that canonical URL: an AMP page, an alias URL.

    Some CMSs point every article's rel=canonical at a section page or the homepage, so a shared
    canonical alone proves nothing: the canonical must be on the site the page came from, and
    the two must be the same article — the same title, or near-identical texts.
    """
    if not same_site(page.url, fetched_url):
        return False
    if _norm(page.title) and _norm(page.title) == _norm(stored.title):
        return True
    a, b = _norm(page.text)[:_TWIN_TEXT_CHARS], _norm(stored.text)[:_TWIN_TEXT_CHARS]
    if not a or not b:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= TWIN_TEXT_RATIO and matcher.quick_ratio() >= TWIN_TEXT_RATIO
            and matcher.ratio() >= TWIN_TEXT_RATIO)


class PageStore:
    """Known-URL queries and per-page saves for one crawl."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def known(self, urls: Iterable[str]) -> set[str]:
        """Which of `urls` are already stored (as fetched pages or canonical article URLs)."""
        urls = list(urls)
        if not urls:
            return set()
        with Session(self.engine) as session:
            return known_urls(session, urls)

    def save(self, source: str, fetched_url: str, result: Article | Skipped, *,
             http_status: int | None = 200, aliases: Iterable[str] = (),
             max_attempts: int = RETRY_ATTEMPTS) -> tuple[str, str | None]:
        """Store one fetched page; returns save_result's status (or "duplicate") and the URL of
        the article it was stored as (None for a skipped page).

        "duplicate": the page is a twin (AMP copy, alias URL) of an article already stored under
        its canonical URL (see is_twin). The twin's text is not allowed to overwrite the canonical
        page's, but its URL is recorded against the same article so it is never fetched again.
        A page whose canonical URL belongs to a different stored article (a CMS pointing every
        rel=canonical at a section page) is stored under its own fetched URL instead.
        `max_attempts`: see save_result ("retry").
        """
        with Session(self.engine) as session, session.begin():
            status = None
            if isinstance(result, Article) and result.url != fetched_url:
                row = session.scalar(select(ArticleRow).where(ArticleRow.url == result.url))
                if row is not None and is_twin(result, row.to_article(), fetched_url):
                    save_result(session, fetched_url, row.to_article(), source=source,
                                http_status=http_status)
                    result = row.to_article()
                    status = "duplicate"
                elif row is not None:
                    result = replace(result, url=canonicalize(fetched_url))
            if status is None:
                status = save_result(session, fetched_url, result, source=source,
                                     http_status=http_status, max_attempts=max_attempts)
            for alias in set(aliases) - {fetched_url}:
                save_result(session, alias, result, source=source, http_status=http_status,
                            max_attempts=max_attempts)
        return status, result.url if isinstance(result, Article) else None

    def error(self, source: str, url: str, message: str, *, http_status: int | None = None) -> None:
        """A page that could not be fetched: recorded, and retried on the next run."""
        with Session(self.engine) as session, session.begin():
            record_error(session, url, message, source=source, http_status=http_status)

    def refused(self, source: str, url: str, reason: str) -> None:
        """A page we must not fetch (robots.txt): remembered as skipped so it is not retried."""
        with Session(self.engine) as session, session.begin():
            save_result(session, url, Skipped(url=url, reason=reason), source=source, http_status=None)

    # -- conditional GET of discovery documents (see FetchCacheRow) ---------------------------

    def validators(self, url: str) -> Validators | None:
        """The validators to send with the next request for discovery document `url`."""
        with Session(self.engine) as session:
            return get_validators(session, url)

    def remember(self, url: str, validators: Validators, *, status: int = 200) -> None:
        """Every link of `url` is stored: a 304 for it may now mean "nothing new"."""
        with Session(self.engine) as session, session.begin():
            save_validators(session, url, validators, status=status)

    def forget(self, url: str) -> None:
        """`url` changed (or could not be fully handled): fetch it in full next time."""
        with Session(self.engine) as session, session.begin():
            forget_validators(session, url)
