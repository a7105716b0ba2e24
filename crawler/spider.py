"""One config-driven Scrapy spider for every source.

A source is data (feeds, sitemaps, listing pages, robots.txt `Sitemap:` lines); the spider turns
it into requests, hands discovery documents to the pure parsers in crawler.discover, decides
which article URLs are worth a request (canonical, not already stored, not too old, not over the
per-source cap, not already queued in this run; newest first), and stores what crawler.extract
makes of each page through PageStore. Discovery documents are fetched with conditional GET (see
crawler.freshness). Everything it does is announced as an event (see crawler.report), which is
how the parent process learns what happened.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from twisted.python.failure import Failure

from crawler.article import Skipped
from crawler.discover import DiscoveryError, Link, parse_feed, parse_listing, parse_sitemap, robots_sitemaps
from crawler.extract import extract
from crawler.freshness import LinkLedger, PendingDocument, article_priority, newest_first, response_validators
from crawler.pipeline import PageStore
from crawler.sources import CrawlSettings, Source
from crawler.store import Validators
from crawler.urls import canonicalize

Emit = Callable[[dict[str, Any]], None]
_T = TypeVar("_T")

DISCOVERY_PRIORITY = 10          # read every feed/sitemap before spending the budget on articles
MAX_SITEMAP_DEPTH = 3            # index -> index -> sitemap is plenty; stops loops and sprawl
CACHEABLE = ("feed", "sitemap", "listing")   # discovery documents fetched with conditional GET

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


def _requested_url(response: Response) -> str:
    """The URL the spider asked for, before any redirect: what configuration and cache know."""
    return response.meta.get("redirect_urls", [response.url])[0]


def _content_type(response: Response) -> str | None:
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


class SentinellaSpider(scrapy.Spider):
    name = "sentinella"

    def __init__(self, sources: Iterable[Source], crawl_settings: CrawlSettings, store: PageStore,
                 emit: Emit, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = list(sources)          # the caller chose them: disabled ones too, if named
        self.cs = crawl_settings
        self.store = store
        self.emit = emit
        self.now = datetime.now(UTC)
        self.cutoff = self.now - timedelta(days=crawl_settings.max_age_days)
        self.ledger = LinkLedger(on_complete=self._remember)
        self._robots_owners: dict[str, list[Source]] = {}
        self._robots_urls: dict[str, str] = {}
        self._find_robots_owners()     # now: robots.txt may arrive before start() is exhausted
        self.seen: set[str] = set()            # article URLs queued or known, across sources
        self.stored: set[str] = set()          # canonical URLs stored new/changed in this run
        self.queued: Counter[str] = Counter()  # article requests per source (the cap)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SentinellaSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._robots_downloaded, signal=signals.response_received)
        return spider

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        self.emit({"event": "done", "kind": "run", "reason": reason})

    def _dropped(self, request: Request, spider: scrapy.Spider) -> None:
        """An article request Scrapy's duplicate filter dropped (its URL was already requested in
        this run, e.g. a listing page a sitemap lists): settled, it has no page of its own."""
        link = request.meta.get("link")
        if link:
            self.ledger.finished(link, ok=True)

    # -- discovery -------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        self.emit({"event": "start", "kind": "run", "sources": [s.name for s in self.sources],
                   "pid": os.getpid()})
        for source in self.sources:
            for kind, urls in (("feed", source.feeds), ("sitemap", source.sitemaps),
                               ("listing", source.listings)):
                for url in urls:
                    yield self._discovery(source.name, kind, url)
        if self.cs.obey_robots:
            return          # RobotsTxtMiddleware fetches each host's robots.txt; _robots_downloaded reads it
        for host, url in self._robots_urls.items():
            request = self._discovery(self._robots_owners[host][0].name, "robots", url)
            request.meta["dont_obey_robotstxt"] = True
            yield request

    def _find_robots_owners(self) -> None:
        """Hosts whose robots.txt may name sitemaps (each read once even if several sources share
        it), and the sources that may own those sitemaps."""
        for source in self.sources:
            if not source.robots_sitemaps:
                continue
            for url in (*source.feeds, *source.sitemaps, *source.listings):
                parts = urlsplit(url)
                if parts.scheme in ("http", "https"):
                    self._robots_urls.setdefault(parts.netloc, f"{parts.scheme}://{parts.netloc}/robots.txt")
                    owners = self._robots_owners.setdefault(parts.netloc, [])
                    if source not in owners:
                        owners.append(source)

    def _robots_downloaded(self, response: Response, request: Request, spider: scrapy.Spider) -> None:
        """Reads the `Sitemap:` lines of the robots.txt RobotsTxtMiddleware just downloaded.

        Scrapy fetches robots.txt once per host to obey it; reading the same response here saves
        a second request per host per run. The middleware's request is recognisable: no callback,
        exempt from robots rules, for /robots.txt.
        """
        if request.callback is not NO_CALLBACK or not request.meta.get("dont_obey_robotstxt"):
            return
        first = urlsplit(request.meta.get("redirect_urls", [request.url])[0])
        if first.path != "/robots.txt" or first.netloc not in self._robots_owners:
            return
        owner = self._robots_owners[first.netloc][0].name
        for sitemap in self._robots_sitemaps(owner, first.geturl(), response):
            self.crawler.engine.crawl(sitemap)

    def _robots_sitemaps(self, owner: str, url: str, response: Response) -> Iterator[Request]:
        """Sitemap requests for the `Sitemap:` lines of a robots.txt response (any status)."""
        if response.status >= 400:
            if response.status not in (404, 410):   # no robots.txt is normal
                self.emit({"event": "notice", "kind": "notice", "source": owner, "url": url,
                           "message": f"robots.txt {url} returned HTTP {response.status}; "
                                      "its Sitemap: lines are unknown"})
            return
        netloc = urlsplit(url).netloc
        text = response.body.decode("utf-8", errors="replace")
        for sitemap in robots_sitemaps(text):
            source = self._robots_owner(netloc, sitemap)
            if source:
                yield self._discovery(source, "sitemap", sitemap)

    def _robots_owner(self, netloc: str, sitemap: str) -> str:
        """The source a robots.txt sitemap belongs to: the one whose URLs share most of its path.

        One source per host is the rule on the real web; when several share a host (fixture webs,
        or two sections of one outlet), the closest path wins and ties go to the first source.
        """
        owners = self._robots_owners.get(netloc, [])
        path = urlsplit(sitemap).path

        def closeness(source: Source) -> int:
            paths = [urlsplit(u).path for u in (*source.feeds, *source.sitemaps, *source.listings)]
            return max((len(os.path.commonprefix([path, p])) for p in paths), default=0)

        return max(owners, key=closeness).name if owners else ""

    def _discovery(self, source: str, kind: str, url: str, depth: int = 0) -> Request:
        callback = {"feed": self.parse_feed, "sitemap": self.parse_sitemap,
                    "listing": self.parse_listing, "robots": self.parse_robots}[kind]
        request = Request(url, callback=callback, errback=self.discovery_failed,
                          priority=DISCOVERY_PRIORITY,
                          meta={"source": source, "kind": kind, "depth": depth})
        cached = self._cached(request.url) if kind in CACHEABLE else None
        if cached is not None:
            request.headers.update(cached.headers())
            request.meta["validators"] = cached
            request.meta["handle_httpstatus_list"] = [304]
        return request

    # -- conditional GET -------------------------------------------------------------------

    def _cached(self, url: str) -> Validators | None:
        try:
            return self.store.validators(url)
        except Exception:  # noqa: BLE001 - no validators: a full fetch, which is always correct
            return None

    def _not_modified(self, response: Response) -> bool:
        """True (and announced) when the document answered 304: nothing new to discover in it.

        A full answer instead drops the stored validators at once: until every link of the new
        version is stored, a crash or the time limit must leave the next run a full fetch.
        """
        cached = response.meta.get("validators")
        if response.status != 304 or cached is None:
            if cached is not None:
                self._forget(_requested_url(response))
            return False
        fresh = response_validators(response.headers.get(b"ETag"), response.headers.get(b"Last-Modified"),
                                    cached.links)
        self._remember(PendingDocument(_requested_url(response), fresh or cached), status=304)
        self.emit({"event": "links", "source": response.meta["source"], "url": response.url,
                   "kind": response.meta["kind"], "found": cached.links, "queued": 0, "unchanged": True})
        return True

    def _watch(self, response: Response, found: int, links: Iterable[str]) -> None:
        """Store the document's validators once every one of `links` is stored (see LinkLedger)."""
        validators = response_validators(response.headers.get(b"ETag"),
                                         response.headers.get(b"Last-Modified"), found)
        if validators is not None and response.status == 200:
            self.ledger.watch(PendingDocument(_requested_url(response), validators), links)

    def _remember(self, doc: PendingDocument, status: int = 200) -> None:
        with contextlib.suppress(Exception):  # unremembered: the next run fetches it in full
            self.store.remember(doc.url, doc.validators, status=status)

    def _forget(self, url: str) -> None:
        with contextlib.suppress(Exception):  # stale validators no longer match the new version
            self.store.forget(url)

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
        first = _requested_url(response)
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

    def _read_document(self, response: Response, parser: Callable[[bytes, str], _T],
                       expected: str) -> _T | None:
        """The parsed discovery document, or None when there is nothing to read: it answered
        304 (unchanged), or it is not what it should be (reported as `expected`, e.g. "not a feed").
        A redirect is followed and noticed, so the configuration can be updated."""
        self._moved(response)
        if self._not_modified(response):
            return None
        try:
            return parser(response.body, response.url)
        except DiscoveryError as exc:
            self._unreadable(response, expected, exc)
            return None

    def parse_feed(self, response: Response) -> Iterator[Request]:
        links = self._read_document(response, parse_feed, "not a feed")
        if links is not None:
            yield from self._schedule(response, links)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        links = self._read_document(response, parse_listing, "not a listing page")
        if links is not None:
            yield from self._schedule(response, links)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        # parse_sitemap also reads .xml.gz bodies
        parsed = self._read_document(response, parse_sitemap, "not a sitemap")
        if parsed is None:
            return
        links, children = parsed
        depth = response.meta["depth"]
        if children and depth >= MAX_SITEMAP_DEPTH:
            self._broken(response, f"nests sitemaps deeper than {MAX_SITEMAP_DEPTH} levels; ignored")
        elif children:
            for child in children:
                yield self._discovery(response.meta["source"], "sitemap", child, depth + 1)
        # An index is never cached: its children can change while it stays the same.
        yield from self._schedule(response, links, cacheable=not children)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """robots.txt fetched by the spider itself: only when robots.txt is not obeyed."""
        yield from self._robots_sitemaps(response.meta["source"], _requested_url(response), response)

    def _schedule(self, response: Response, links: list[Link], *, cacheable: bool = True) -> Iterator[Request]:
        """Article requests for the links worth fetching, newest first; announces the tally as a
        `links` event, and lets the document be cached once all its links are stored."""
        source = response.meta["source"]
        candidates: dict[str, Link] = {}          # ordered: the document's order is kept
        listed: set[str] = set()                  # every usable link, for the conditional GET
        old = 0
        for link in links:
            try:
                url = canonicalize(link.url)
            except Exception:  # noqa: BLE001 - a malformed link is the page's problem, not ours
                continue
            if not url.startswith(("http://", "https://")):
                continue
            listed.add(url)
            if url in self.seen or url in candidates:
                continue
            if link.published is not None and _aware(link.published) < self.cutoff:
                old += 1
                continue
            candidates[url] = link
        try:
            known = self.store.known(candidates)
        except Exception as exc:  # noqa: BLE001 - the database is gone: say so, fetch nothing
            self._broken(response, f"could not be checked against the database: {type(exc).__name__}: {exc}")
            return
        queued = capped = 0
        for url, link in newest_first(candidates):
            if url in known:
                self.seen.add(url)
                continue
            if self.queued[source] >= self.cs.max_pages_per_source:
                capped += 1
                continue
            self.seen.add(url)
            self.queued[source] += 1
            self.ledger.requested(url)
            queued += 1
            yield Request(url, callback=self.parse_article, errback=self.article_failed,
                          priority=article_priority(link.published, self.now),
                          meta={"source": source, "link": url})
        self.emit({"event": "links", "source": source, "url": response.url, "kind": response.meta["kind"],
                   "found": len(links), "queued": queued, "known": len(known), "old": old,
                   "capped": capped})
        if cacheable and not capped:             # a capped document must be read in full next time
            self._watch(response, len(links), listed)

    # -- articles --------------------------------------------------------------------------

    def parse_article(self, response: Response) -> None:
        stored = self._store_article(response)
        self.ledger.finished(response.meta["link"], ok=stored)

    def _store_article(self, response: Response) -> bool:
        """Extract and store one article page; False when it is to be fetched again next run
        (it could not be stored, or it was skipped for a reason that may pass)."""
        source, link = response.meta["source"], response.meta["link"]
        result = extract(response.body, response.url, content_type=_content_type(response),
                         source=source)                       # never raises
        try:
            status, article = self.store.save(source, response.url, result,
                                               http_status=response.status, aliases=[link],
                                               max_attempts=self.cs.page_attempts)
        except Exception as exc:  # noqa: BLE001 - not stored, so retried next run; say why
            self.emit({"event": "error", "source": source, "url": response.url, "kind": "article",
                       "error": f"article {response.url} could not be stored: {type(exc).__name__}: {exc}"[:500]})
            return False
        retry = status == "retry"
        if retry:
            status = "skipped"                   # reported as skipped, with its reason
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
            if retry:
                event["retry"] = True            # fetched again next run
        self.emit(event)
        return not retry

    def article_failed(self, failure: Failure) -> None:
        request = failure.request
        source = request.meta["source"]
        reason, status = describe_failure(failure, self.cs.timeout_seconds)
        message = f"article {request.url} {reason}"
        refused = isinstance(failure.value, IgnoreRequest) and status is None and "robots" in reason
        recorded = True
        try:
            if refused:
                self.store.refused(source, request.url, "disallowed by robots.txt")
            else:
                self.store.error(source, request.url, message, http_status=status)
        except Exception as exc:  # noqa: BLE001 - the report still names the page
            message += f" (and could not be recorded: {type(exc).__name__})"
            recorded = False
        # a refusal is settled for good (remembered as skipped); a failure is retried next run
        self.ledger.finished(request.meta["link"], ok=refused and recorded)
        if refused:  # obeying robots.txt is the crawler working as meant, not a failure
            self.emit({"event": "notice", "source": source, "url": request.url, "kind": "article",
                       "message": message})
            return
        self.emit({"event": "error", "source": source, "url": request.url, "kind": "article",
                   "error": message})
