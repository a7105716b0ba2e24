"""One config-driven Scrapy spider for every source.

A source is data (feeds, sitemaps, listing pages, robots.txt `Sitemap:` lines); the spider turns
it into requests, hands discovery documents to the pure parsers in crawler.discover, decides
which article URLs are worth a request (canonical, not already stored, not too old, not over the
per-source cap, not already queued in this run), and stores what crawler.extract makes of each
page through PageStore. Everything it does is announced as an event (see crawler.report), which
is how the parent process learns what happened.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from crawler.article import Article, Skipped
from crawler.discover import DiscoveryError, Link, parse_feed, parse_listing, parse_sitemap, robots_sitemaps
from crawler.extract import extract
from crawler.pipeline import PageStore
from crawler.sources import CrawlSettings, Source
from crawler.urls import canonicalize

Emit = Callable[[dict[str, Any]], None]

DISCOVERY_PRIORITY = 10          # read every feed/sitemap before spending the budget on articles
MAX_SITEMAP_DEPTH = 3            # index -> index -> sitemap is plenty; stops loops and sprawl

_NAMES = {
    "DNSLookupError": "host not found (DNS lookup failed)",
    "CannotResolveHostError": "host not found (DNS lookup failed)",
    "ConnectionRefusedError": "connection refused",
    "DownloadConnectionRefusedError": "connection refused",
    "ResponseNeverReceived": "connection closed before any response",
    "ConnectionLost": "connection lost",
    "ConnectionDone": "connection closed",
    "ResponseDataLossError": "response truncated (data loss)",
    "ResponseFailed": "connection failed mid-response",
    "SSLError": "TLS error",
}


def describe_failure(failure: Failure, timeout: float) -> tuple[str, int | None]:
    """A short reason for a failed request, and its HTTP status when there was a response."""
    exc = failure.value
    response = getattr(exc, "response", None)
    if isinstance(response, Response):
        return f"returned HTTP {response.status}", response.status
    if isinstance(exc, IgnoreRequest) and "robots" in str(exc).lower():
        return "is disallowed by robots.txt", None
    names = [cls.__name__ for cls in type(exc).__mro__]
    if any("Timeout" in name or "TimedOut" in name for name in names):
        return f"timed out after {timeout:g} s", None
    for name in names:
        if name in _NAMES:
            return _NAMES[name], None
    detail = str(exc).strip() or type(exc).__name__
    return f"failed: {type(exc).__name__}: {detail}"[:300], None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _content_type(response: Response) -> str | None:
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


class SentinellaSpider(scrapy.Spider):
    name = "sentinella"

    def __init__(self, sources: Iterable[Source], crawl_settings: CrawlSettings, store: PageStore,
                 emit: Emit, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = [s for s in sources if s.enabled]
        self.cs = crawl_settings
        self.store = store
        self.emit = emit
        self.cutoff = datetime.now(UTC) - timedelta(days=crawl_settings.max_age_days)
        self.seen: set[str] = set()            # article URLs queued or known, across sources
        self.stored: set[str] = set()          # canonical URLs stored new/changed in this run
        self.queued: Counter[str] = Counter()  # article requests per source (the cap)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SentinellaSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        return spider

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        self.emit({"event": "done", "kind": "run", "reason": reason})

    # -- discovery -------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        self.emit({"event": "start", "kind": "run", "sources": [s.name for s in self.sources]})
        for source in self.sources:
            for kind, urls in (("feed", source.feeds), ("sitemap", source.sitemaps),
                               ("listing", source.listings)):
                for url in urls:
                    yield self._discovery(source.name, kind, url)
        for origin in self._robots_origins():
            request = self._discovery(self._robots_owners[origin][0].name, "robots", origin + "/robots.txt")
            request.meta["dont_obey_robotstxt"] = True
            yield request

    def _robots_origins(self) -> list[str]:
        """Hosts whose robots.txt may name sitemaps, each read once even if several sources share it."""
        self._robots_owners: dict[str, list[Source]] = {}
        for source in self.sources:
            if not source.robots_sitemaps:
                continue
            for url in (*source.feeds, *source.sitemaps, *source.listings):
                parts = urlsplit(url)
                if parts.scheme in ("http", "https"):
                    owners = self._robots_owners.setdefault(f"{parts.scheme}://{parts.netloc}", [])
                    if source not in owners:
                        owners.append(source)
        return list(self._robots_owners)

    def _robots_owner(self, origin: str, sitemap: str) -> str:
        """The source a robots.txt sitemap belongs to: the one whose URLs share most of its path.

        One source per host is the rule on the real web; when several share a host (fixture webs,
        or two sections of one outlet), the closest path wins and ties go to the first source.
        """
        owners = self._robots_owners.get(origin, [])
        path = urlsplit(sitemap).path

        def closeness(source: Source) -> int:
            paths = [urlsplit(u).path for u in (*source.feeds, *source.sitemaps, *source.listings)]
            return max((len(os.path.commonprefix([path, p])) for p in paths), default=0)

        return max(owners, key=closeness).name if owners else ""

    def _discovery(self, source: str, kind: str, url: str, depth: int = 0) -> Request:
        callback = {"feed": self.parse_feed, "sitemap": self.parse_sitemap,
                    "listing": self.parse_listing, "robots": self.parse_robots}[kind]
        return Request(url, callback=callback, errback=self.discovery_failed,
                       priority=DISCOVERY_PRIORITY,
                       meta={"source": source, "kind": kind, "depth": depth})

    def discovery_failed(self, failure: Failure) -> None:
        request = failure.request
        meta = request.meta
        reason, status = describe_failure(failure, self.cs.timeout_seconds)
        if meta["kind"] == "robots":
            # No robots.txt is normal; an unreachable host is reported by its feeds and pages.
            if status is not None and status not in (404, 410):
                self.emit({"event": "notice", "kind": "notice", "source": meta["source"], "url": request.url,
                           "message": f"robots.txt {request.url} {reason}; its Sitemap: lines are unknown"})
            return
        self.emit({"event": "error", "source": meta["source"], "url": request.url, "kind": meta["kind"],
                   "error": f"{meta['kind']} {request.url} {reason}"})

    def _moved(self, response: Response) -> None:
        first = response.request.meta.get("redirect_urls", [response.request.url])[0]
        if first != response.url:
            kind = response.meta["kind"]
            self.emit({"event": "notice", "kind": "notice", "source": response.meta["source"], "url": first,
                       "message": f"{kind} {first} redirects to {response.url}; update the configuration"})

    def _unreadable(self, response: Response, expected: str, exc: DiscoveryError) -> None:
        """ "feed https://… is not a feed: HTML page", whether or not the parser said "not a feed"."""
        reason = str(exc).strip() or type(exc).__name__
        self._broken(response, f"is {reason}" if reason.startswith("not a") else f"is {expected}: {reason}")

    def _broken(self, response: Response, problem: str) -> None:
        meta = response.meta
        self.emit({"event": "error", "source": meta["source"], "url": response.url, "kind": meta["kind"],
                   "error": f"{meta['kind']} {response.url} {problem}"})

    def parse_feed(self, response: Response) -> Iterator[Request]:
        self._moved(response)
        try:
            links = parse_feed(response.body, response.url)
        except DiscoveryError as exc:
            self._unreadable(response, "not a feed", exc)
            return
        yield from self._schedule(response, links)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self._moved(response)
        try:                                     # parse_sitemap also reads .xml.gz bodies
            links, children = parse_sitemap(response.body, response.url)
        except DiscoveryError as exc:
            self._unreadable(response, "not a sitemap", exc)
            return
        depth = response.meta["depth"]
        if children and depth >= MAX_SITEMAP_DEPTH:
            self._broken(response, f"nests sitemaps deeper than {MAX_SITEMAP_DEPTH} levels; ignored")
        elif children:
            for child in children:
                yield self._discovery(response.meta["source"], "sitemap", child, depth + 1)
        yield from self._schedule(response, links)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        self._moved(response)
        try:
            links = parse_listing(response.body, response.url)
        except DiscoveryError as exc:
            self._unreadable(response, "not a listing page", exc)
            return
        yield from self._schedule(response, links)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        origin = response.url.removesuffix("/robots.txt")
        text = response.body.decode("utf-8", errors="replace")
        for url in robots_sitemaps(text):
            owner = self._robots_owner(origin, url)
            if owner:
                yield self._discovery(owner, "sitemap", url)

    def _schedule(self, response: Response, links: list[Link]) -> Iterator[Request]:
        """Article requests for the links worth fetching; announces the tally as a `links` event."""
        source = response.meta["source"]
        candidates: dict[str, None] = {}          # ordered set: the document's order is kept
        old = 0
        for link in links:
            try:
                url = canonicalize(link.url)
            except Exception:  # noqa: BLE001 - a malformed link is the page's problem, not ours
                continue
            if not url.startswith(("http://", "https://")) or url in self.seen or url in candidates:
                continue
            if link.published is not None and _aware(link.published) < self.cutoff:
                old += 1
                continue
            candidates[url] = None
        try:
            known = self.store.known(candidates)
        except Exception as exc:  # noqa: BLE001 - the database is gone: say so, fetch nothing
            self._broken(response, f"could not be checked against the database: {type(exc).__name__}: {exc}")
            return
        queued = capped = 0
        for url in candidates:
            if url in known:
                self.seen.add(url)
                continue
            if self.queued[source] >= self.cs.max_pages_per_source:
                capped += 1
                continue
            self.seen.add(url)
            self.queued[source] += 1
            queued += 1
            yield Request(url, callback=self.parse_article, errback=self.article_failed,
                          meta={"source": source, "link": url})
        self.emit({"event": "links", "source": source, "url": response.url, "kind": response.meta["kind"],
                   "found": len(links), "queued": queued, "known": len(known), "old": old,
                   "capped": capped})

    # -- articles --------------------------------------------------------------------------

    def parse_article(self, response: Response) -> None:
        source, link = response.meta["source"], response.meta["link"]
        try:
            result = extract(response.body, response.url, content_type=_content_type(response),
                             source=source)
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
            message = f"article {response.url} could not be extracted: {type(exc).__name__}: {exc}"
            self.store.error(source, response.url, message[:500], http_status=response.status)
            self.emit({"event": "error", "source": source, "url": response.url, "kind": "article",
                       "error": message[:500]})
            return
        try:
            status = self.store.save(source, response.url, result, http_status=response.status,
                                     aliases=[link])
        except Exception as exc:  # noqa: BLE001 - not stored, so retried next run; say why
            self.emit({"event": "error", "source": source, "url": response.url, "kind": "article",
                       "error": f"article {response.url} could not be stored: {type(exc).__name__}: {exc}"[:500]})
            return
        article = result.url if isinstance(result, Article) else None
        if article is not None:
            self.seen.add(article)
            if status in ("new", "changed") and article in self.stored:
                status = "duplicate"             # second page of an article stored in this run
            elif status in ("new", "changed"):
                self.stored.add(article)
        event = {"event": "page", "kind": "page", "source": source, "url": response.url, "status": status,
                 "article": article, "http_status": response.status}
        if isinstance(result, Skipped):
            event["reason"] = result.reason
        self.emit(event)

    def article_failed(self, failure: Failure) -> None:
        request = failure.request
        source = request.meta["source"]
        reason, status = describe_failure(failure, self.cs.timeout_seconds)
        message = f"article {request.url} {reason}"
        refused = isinstance(failure.value, IgnoreRequest) and status is None and "robots" in reason
        try:
            if refused:
                self.store.refused(source, request.url, "disallowed by robots.txt")
            else:
                self.store.error(source, request.url, message, http_status=status)
        except Exception as exc:  # noqa: BLE001 - the report still names the page
            message += f" (and could not be recorded: {type(exc).__name__})"
        if refused:  # obeying robots.txt is the crawler working as meant, not a failure
            self.emit({"event": "notice", "source": source, "url": request.url, "kind": "article",
                       "message": message})
            return
        self.emit({"event": "error", "source": source, "url": request.url, "kind": "article",
                   "error": message})
