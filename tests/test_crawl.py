"""The crawl, for real: Scrapy in a child process against the bundled fixture web on loopback.

Expectations come from jobs/demo_site/README.md. Every crawl runs `run_crawl` (subprocess, real
reactor) into a real SQLite file or PostgreSQL schema; the demo server's request log is the
witness for "not fetched" and "not fetched again". No sleeps: the only waits are the crawl itself.
"""

from __future__ import annotations

import fcntl
import json
import os
import select as io_select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.discover import Link
from crawler.freshness import UNDATED_PRIORITY, article_priority, newest_first
from crawler.report import CrawlReport
from crawler.runner import run_crawl
from crawler.settings import scrapy_settings
from crawler.sources import CrawlSettings, Source
from crawler.store import ArticleRow, FetchCacheRow, PageRow
from jobs.database import open_database
from jobs.demo_server import serve_directory

DEMO_SITE = Path(__file__).resolve().parent.parent / "jobs" / "demo_site"

# page_attempts=1: the demo site's truncated and empty pages are broken for good, so most tests
# let them settle at once; the retry tests below use the default.
FAST = CrawlSettings(download_delay=0.0, autothrottle=False, max_age_days=36500, max_crawl_delay=0,
                     timeout_seconds=10.0, retries=1, page_attempts=1)

TI = "/sites/tecnoitalia"
SN = "/sites/startupnews"
ARTICLES = {
    f"{TI}/ai/2026/11/brezza-ai-serie-a-25-milioni-lagunare-capital.html",
    f"{TI}/cloud/2026/11/quadrante-ai-capacita-calcolo-2-miliardi-nimbo-cloud.html",
    f"{TI}/smartphone/2026/11/recensione-orbita-x5-prezzo-italia.html",
    f"{SN}/2026/11/11/sinapsi-labs-accordo-esclusiva-chip-silicio-alpino.html",
    f"{SN}/2026/11/12/ai-act-linee-guida-garante-imprese-italiane.html",
    f"{SN}/2026/11/13/telcom-italia-digitale-conti-terzo-trimestre-ricavi.html",
}
AMP = f"{TI}/amp/ai/2026/11/brezza-ai-serie-a-25-milioni-lagunare-capital.html"
BREZZA = f"{TI}/ai/2026/11/brezza-ai-serie-a-25-milioni-lagunare-capital.html"
BROKEN = {
    f"{TI}/ai/2026/11/startup-ia-round-record-rimosso.html",      # error page served with 200
    f"{TI}/ai/2026/11/chip-fotonici-startup-torinese-anteprima.html",  # truncated HTML
    f"{SN}/2026/11/14/intervista-fondatori-startup-ia-sud.html",  # empty body
}
PRIVATE = f"{TI}/privata/2026/11/anteprima-abbonati-accordo-chip-segreto.html"   # robots Disallow
ALL_PAGES = ARTICLES | BROKEN | {AMP, PRIVATE}
# Discovery documents that list articles (cached with their validators); the sitemap index is not
# among them: its children can change while it stays the same, so it is always read in full.
DOCUMENTS = {f"{TI}/feed.xml", f"{TI}/sitemap-news.xml", f"{TI}/tech/index.html", f"{SN}/feed.xml",
             f"{SN}/tech/index.html", f"{SN}/post-sitemap.xml", f"{SN}/page-sitemap.xml"}


def demo_sources(base: str) -> list[Source]:
    """The two outlets as jobs/demo_site/config.toml declares them."""
    return [
        Source("tecnoitalia", feeds=(f"{base}{TI}/feed.xml",), sitemaps=(f"{base}{TI}/sitemap-news.xml",),
               listings=(f"{base}{TI}/tech/index.html",)),
        Source("startupnews", feeds=(f"{base}{SN}/feed.xml",), listings=(f"{base}{SN}/tech/index.html",)),
    ]


@pytest.fixture
def site():
    with serve_directory(DEMO_SITE) as server:
        yield server


@pytest.fixture
def site_copy(tmp_path):
    """A writable copy of the demo site, served: for tests that change a file between crawls."""
    root = tmp_path / "site"
    shutil.copytree(DEMO_SITE, root)
    with serve_directory(root) as server:
        yield server


def stored(db_url: str) -> tuple[list[ArticleRow], dict[str, PageRow]]:
    engine = open_database(db_url, migrate=False)
    try:
        with Session(engine) as session:
            articles = list(session.scalars(select(ArticleRow)))
            pages = {p.url: p for p in session.scalars(select(PageRow))}
            session.expunge_all()
        return articles, pages
    finally:
        engine.dispose()


def article_hits(server) -> dict[str, int]:
    return {path: server.hits(path) for path in ALL_PAGES}


def free_port() -> int:
    """A loopback port with nothing listening (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- the whole demo site, twice, on SQLite and PostgreSQL ---------------------------------------

def test_demo_site_crawled_once_then_nothing_new(site, db_url):
    open_database(db_url).dispose()
    base = site.base_url
    events: list[dict] = []

    first = run_crawl(demo_sources(base), FAST, db_url, time_limit=120, progress=events.append)

    assert first.completed, first.errors
    assert first.sources == 2
    articles, pages = stored(db_url)
    urls = sorted(a.url for a in articles)
    assert urls == sorted(base + p for p in ARTICLES)           # each real article exactly once
    assert first.articles_new == 6 and sorted(first.new_urls) == urls
    brezza = next(a for a in articles if a.url == base + BREZZA)
    # the AMP twin and the utm-tagged feed link were mapped onto the one canonical article
    assert pages[base + AMP].article_id == brezza.id
    assert not any("utm_" in url for url in pages)
    assert "AMP" not in brezza.text and "amp-" not in brezza.text

    # the broken pages: fetched, stored as skipped with a reason, reported as skipped
    skipped = {s["url"]: s for s in first.skipped}
    assert set(skipped) == {base + p for p in BROKEN}
    for path in BROKEN:
        assert skipped[base + path]["reason"], path
        assert pages[base + path].status == "skipped" and pages[base + path].reason

    # robots.txt: the private page is never requested, and the report names it
    assert site.hits(PRIVATE) == 0
    assert first.errors == []
    refusals = [n for n in first.notices if n["url"] == base + PRIVATE]
    assert len(refusals) == 1 and "robots.txt" in refusals[0]["message"]
    assert refusals[0]["source"] == "tecnoitalia"

    # every page fetched exactly once, the sitemap index found through robots.txt was read
    assert all(site.hits(p) == 1 for p in ALL_PAGES - {PRIVATE}), article_hits(site)
    assert site.hits(f"{SN}/sitemap_index.xml") == 1
    # robots.txt read once: the Sitemap: lines come from the copy Scrapy fetched to obey it
    assert site.hits("/robots.txt") == 1
    assert {p: site.statuses(p) for p in DOCUMENTS} == {p: [200] for p in DOCUMENTS}
    assert first.pages_fetched == len(ARTICLES) + len(BROKEN) + 1      # + the AMP twin
    assert first.per_source["tecnoitalia"]["new"] == 3 and first.per_source["startupnews"]["new"] == 3
    assert first.per_source["startupnews"]["skipped"] == 1
    assert first.per_source["tecnoitalia"]["links"] > 0
    # progress events arrived, in order, one per page
    assert events[0]["event"] == "start" and events[-1]["event"] == "done"
    assert sum(e["event"] == "page" for e in events) == first.pages_fetched

    # second run, same process, same server: nothing new, no article page fetched again
    before = article_hits(site)
    second = run_crawl(demo_sources(base), FAST, db_url, time_limit=120)
    assert second.completed, second.errors
    assert second.articles_new == 0 and second.articles_changed == 0 and second.pages_fetched == 0
    assert article_hits(site) == before
    assert second.errors == []
    assert not [n for n in second.notices if n["url"] == base + PRIVATE]  # refusal remembered
    assert len(stored(db_url)[0]) == 6
    # conditional GET: every feed, sitemap and listing answered 304, the index was read again
    assert {p: site.statuses(p) for p in DOCUMENTS} == {p: [200, 304] for p in DOCUMENTS}
    assert site.statuses(f"{SN}/sitemap_index.xml") == [200, 200]
    assert site.hits("/robots.txt") == 2
    assert second.documents_unchanged == len(DOCUMENTS)
    assert second.per_source["tecnoitalia"]["unchanged_docs"] == 3
    assert second.per_source["startupnews"]["unchanged_docs"] == 4
    # an unchanged feed still lists its links: source health must not see an empty outlet
    for name in ("tecnoitalia", "startupnews"):
        assert second.per_source[name]["links"] == first.per_source[name]["links"], name


# -- failures are reported, named, and do not stop the other sources ---------------------------

def test_dead_feed_html_feed_and_unreachable_host_are_reported(site, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site.base_url
    site.fail(f"{SN}/feed.xml", 404)
    dead = f"http://127.0.0.1:{free_port()}"
    sources = [
        Source("startupnews", feeds=(f"{base}{SN}/feed.xml",), robots_sitemaps=False),
        Source("htmlfeed", feeds=(f"{base}{TI}/tech/index.html",), robots_sitemaps=False),
        Source("gone", feeds=(f"{dead}/feed.xml",), listings=(f"{dead}/tech/",)),
        Source("tecnoitalia", feeds=(f"{base}{TI}/feed.xml",), robots_sitemaps=False),
    ]
    report = run_crawl(sources, FAST, sqlite_url, time_limit=120)

    errors = {e["url"]: e for e in report.errors}
    assert errors[f"{base}{SN}/feed.xml"]["error"] == f"feed {base}{SN}/feed.xml returned HTTP 404"
    assert errors[f"{base}{SN}/feed.xml"]["source"] == "startupnews"
    html_feed = errors[f"{base}{TI}/tech/index.html"]
    assert html_feed["source"] == "htmlfeed"
    assert html_feed["error"] == f"feed {base}{TI}/tech/index.html is not a feed: HTML page"
    assert errors[f"{dead}/feed.xml"]["error"] == f"feed {dead}/feed.xml connection refused"
    assert errors[f"{dead}/tech/"]["source"] == "gone"
    assert report.per_source["gone"]["errors"] == 2 and report.per_source["gone"]["pages"] == 0
    # the working source still crawled: Brezza and Quadrante are in the tecnoitalia feed
    assert report.per_source["tecnoitalia"]["new"] >= 2
    assert report.completed


def test_failed_article_is_recorded_and_retried_next_run(site, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site.base_url
    quadrante = next(p for p in ARTICLES if "quadrante" in p)
    site.fail(quadrante, 503)
    sources = demo_sources(base)[:1]

    first = run_crawl(sources, FAST, sqlite_url, time_limit=120)
    error = next(e for e in first.errors if e["url"] == base + quadrante)
    assert error["error"] == f"article {base}{quadrante} returned HTTP 503"
    assert site.hits(quadrante) == 1 + FAST.retries               # retried within the run
    assert stored(sqlite_url)[1][base + quadrante].status == "error"

    site.reset()
    second = run_crawl(sources, FAST, sqlite_url, time_limit=120)
    assert second.new_urls == [base + quadrante] and second.errors == []
    assert site.hits(quadrante) == 1 and site.hits(BREZZA) == 0
    # the documents listing the failed page were not cached: no 304 could hide it
    assert site.statuses(f"{TI}/feed.xml") == [200]


def test_moved_feed_is_followed_and_noticed(site, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site.base_url
    site.redirect(f"{SN}/old-feed.xml", f"{SN}/feed.xml")
    report = run_crawl([Source("startupnews", feeds=(f"{base}{SN}/old-feed.xml",), robots_sitemaps=False)],
                       FAST, sqlite_url, time_limit=120)
    assert report.articles_new >= 1
    assert any(n["url"] == f"{base}{SN}/old-feed.xml" and "redirects to" in n["message"]
               for n in report.notices)


def test_time_limit_stops_the_child_and_keeps_what_was_stored(site, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site.base_url
    site.stall(f"{TI}/feed.xml")                 # never answers: only the time limit ends the crawl
    sources = [Source("tecnoitalia", feeds=(f"{base}{TI}/feed.xml",), robots_sitemaps=False),
               Source("startupnews", feeds=(f"{base}{SN}/feed.xml",), robots_sitemaps=False)]
    started = time.monotonic()
    report = run_crawl(sources, FAST, sqlite_url, time_limit=2)
    assert time.monotonic() - started < 2 + 8          # limit + SIGTERM grace
    assert not report.completed
    assert any("time limit" in e["error"] for e in report.errors)
    # what the other source stored before the limit is there, whole
    articles, _ = stored(sqlite_url)
    assert {a.url for a in articles} == set(report.new_urls)
    assert report.per_source["startupnews"]["new"] >= 1


def test_stop_event_ends_the_crawl_early(site, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site.base_url
    site.stall(f"{TI}/feed.xml")
    stop = threading.Event()

    def on_event(event: dict) -> None:
        if event["event"] == "page":          # the daemon sets it on SIGTERM; here, after a page
            stop.set()

    sources = [Source("tecnoitalia", feeds=(f"{base}{TI}/feed.xml",), robots_sitemaps=False),
               Source("startupnews", feeds=(f"{base}{SN}/feed.xml",), robots_sitemaps=False)]
    started = time.monotonic()
    report = run_crawl(sources, FAST, sqlite_url, time_limit=120, progress=on_event, stop=stop)
    assert time.monotonic() - started < 20
    assert not report.completed and report.pages_fetched >= 1
    assert any("stopped on request" in e["error"] for e in report.errors)
    assert {a.url for a in stored(sqlite_url)[0]} == set(report.new_urls)


def test_unreachable_or_unmigrated_database_is_a_clear_error(site, tmp_path):
    unreachable = f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none"
    report = run_crawl(demo_sources(site.base_url), FAST, unreachable, time_limit=60)
    assert not report.completed
    assert [e["error"] for e in report.errors if "unreachable" in e["error"]]
    empty = run_crawl(demo_sources(site.base_url), FAST, f"sqlite:///{tmp_path / 'empty.db'}", time_limit=60)
    assert not empty.completed
    assert any("no crawler tables" in e["error"] for e in empty.errors)
    assert sum(site.requests.values()) == 0


# -- conditional GET and newest first -------------------------------------------------------------

NEW_ARTICLE = f"{SN}/2026/11/15/nuova-startup-ia-napoletana-round-seed.html"
TELCOM = f"{SN}/2026/11/13/telcom-italia-digitale-conti-terzo-trimestre-ricavi.html"


def add_article_to_feed(root: Path) -> None:
    """Publish a new StartupNews article: its page, and an entry on top of the Atom feed."""
    page = (root / TELCOM.lstrip("/")).read_text(encoding="utf-8")
    new_path = root / NEW_ARTICLE.lstrip("/")
    new_path.parent.mkdir(parents=True, exist_ok=True)
    new_path.write_text(page.replace(TELCOM, NEW_ARTICLE).replace("2026-11-13", "2026-11-15")
                        .replace("Italia Digitale Telecomunicazioni", "Partenope AI"), encoding="utf-8")
    feed = root / SN.lstrip("/") / "feed.xml"
    entry = ('<entry>\n<title type="html">Partenope AI, nuova startup napoletana</title>\n'
             f'<link rel="alternate" type="text/html" href="{{{{base}}}}{NEW_ARTICLE}"/>\n'
             f"<id>tag:startupnews.it,2026:{NEW_ARTICLE}</id>\n"
             "<published>2026-11-15T08:00:00+01:00</published>\n"
             "<updated>2026-11-15T08:00:00+01:00</updated>\n</entry>\n")
    feed.write_text(feed.read_text(encoding="utf-8").replace("<entry>", entry + "<entry>", 1),
                    encoding="utf-8")


def test_changed_feed_is_read_again_and_unchanged_listing_is_not(site_copy, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site_copy.base_url
    sources = [Source("startupnews", feeds=(f"{base}{SN}/feed.xml",),
                      listings=(f"{base}{SN}/tech/index.html",), robots_sitemaps=False)]
    first = run_crawl(sources, FAST, sqlite_url, time_limit=120)
    assert first.completed and first.articles_new == 3

    add_article_to_feed(site_copy.root)
    site_copy.reset()
    second = run_crawl(sources, FAST, sqlite_url, time_limit=120)
    assert second.completed, second.errors
    assert site_copy.statuses(f"{SN}/feed.xml") == [200]             # changed: sent again in full
    assert site_copy.statuses(f"{SN}/tech/index.html") == [304]
    assert second.new_urls == [base + NEW_ARTICLE] and second.pages_fetched == 1
    assert second.documents_unchanged == 1

    site_copy.reset()
    third = run_crawl(sources, FAST, sqlite_url, time_limit=120)
    assert site_copy.statuses(f"{SN}/feed.xml") == [304] and third.pages_fetched == 0


def test_server_without_validators_is_read_in_full_every_time(sqlite_url):
    """Like serve_corpus.py or a host that sends no ETag/Last-Modified: nothing cached, nothing lost."""
    open_database(sqlite_url).dispose()
    with serve_directory(DEMO_SITE, validators=False) as site:
        first = run_crawl(demo_sources(site.base_url), FAST, sqlite_url, time_limit=120)
        second = run_crawl(demo_sources(site.base_url), FAST, sqlite_url, time_limit=120)
        assert site.statuses(f"{TI}/feed.xml") == [200, 200]
    assert first.articles_new == 6
    assert second.completed and second.pages_fetched == 0 and second.documents_unchanged == 0
    engine = open_database(sqlite_url, migrate=False)
    with Session(engine) as session:
        assert session.scalars(select(FetchCacheRow)).all() == []
    engine.dispose()


OLDEST_FIRST = f"{SN}/sitemap-oldest-first.xml"


def write_oldest_first_sitemap(root: Path) -> None:
    """post-sitemap.xml with its <url> entries reversed: oldest article first."""
    text = (root / SN.lstrip("/") / "post-sitemap.xml").read_text(encoding="utf-8")
    start, end = text.index("<url>"), text.rindex("</url>") + len("</url>")
    entries = [e + "</url>" for e in text[start:end].split("</url>") if e.strip()]
    reordered = text[:start] + "\n".join(e.strip() for e in reversed(entries)) + text[end:]
    (root / OLDEST_FIRST.lstrip("/")).write_text(reordered, encoding="utf-8")


def test_capped_source_fetches_newest_first_and_is_not_cached(site_copy, sqlite_url):
    open_database(sqlite_url).dispose()
    write_oldest_first_sitemap(site_copy.root)
    base = site_copy.base_url
    sources = [Source("startupnews", sitemaps=(f"{base}{OLDEST_FIRST}",), robots_sitemaps=False)]
    newest = {f"{SN}/2026/11/14/intervista-fondatori-startup-ia-sud.html", TELCOM}
    oldest = {f"{SN}/2026/11/12/ai-act-linee-guida-garante-imprese-italiane.html",
              f"{SN}/2026/11/11/sinapsi-labs-accordo-esclusiva-chip-silicio-alpino.html"}
    events: list[dict] = []

    first = run_crawl(sources, replace(FAST, max_pages_per_source=2), sqlite_url, time_limit=120,
                      progress=events.append)
    assert first.completed, first.errors
    assert {p: site_copy.hits(p) for p in newest | oldest} == {**{p: 1 for p in newest},
                                                               **{p: 0 for p in oldest}}
    links = next(e for e in events if e["event"] == "links")
    assert (links["queued"], links["capped"]) == (2, 2)

    # the capped sitemap kept no validators: read in full, the older two are fetched now
    site_copy.reset()
    second = run_crawl(sources, FAST, sqlite_url, time_limit=120)
    assert site_copy.statuses(OLDEST_FIRST) == [200]
    assert {p: site_copy.hits(p) for p in newest | oldest} == {**{p: 0 for p in newest},
                                                               **{p: 1 for p in oldest}}
    assert second.documents_unchanged == 0

    site_copy.reset()
    run_crawl(sources, FAST, sqlite_url, time_limit=120)
    assert site_copy.statuses(OLDEST_FIRST) == [304]


def test_time_limit_leaves_the_feed_uncached(site, sqlite_url):
    """A page cut by the time limit is listed by a feed that must not answer 304 next run."""
    open_database(sqlite_url).dispose()
    base = site.base_url
    quadrante = next(p for p in ARTICLES if "quadrante" in p)
    site.stall(quadrante)
    sources = [Source("tecnoitalia", feeds=(f"{base}{TI}/feed.xml",), robots_sitemaps=False)]
    first = run_crawl(sources, FAST, sqlite_url, time_limit=5)
    assert not first.completed and site.statuses(f"{TI}/feed.xml") == [200]

    site.reset()
    second = run_crawl(sources, FAST, sqlite_url, time_limit=120)
    assert site.statuses(f"{TI}/feed.xml") == [200]
    assert site.hits(quadrante) == 1 and base + quadrante in second.new_urls


def test_robots_sitemaps_read_by_the_spider_when_robots_are_not_obeyed(site, sqlite_url):
    open_database(sqlite_url).dispose()
    sources = [Source("startupnews", feeds=(f"{site.base_url}{SN}/feed.xml",))]
    report = run_crawl(sources, replace(FAST, obey_robots=False), sqlite_url, time_limit=120)
    assert report.completed, report.errors
    assert site.hits("/robots.txt") == 1 and site.hits(f"{SN}/sitemap_index.xml") == 1
    assert site.hits(f"{SN}/post-sitemap.xml") == 1


def test_newest_first_and_priorities():
    now = datetime(2026, 11, 16, 12, tzinfo=UTC)
    links = {f"u{i}": Link(f"u{i}", published=now - timedelta(days=d) if d is not None else None)
             for i, d in enumerate([3, None, 1, 2, None])}
    assert [url for url, _ in newest_first(links)] == ["u2", "u3", "u0", "u1", "u4"]
    assert article_priority(now - timedelta(minutes=30), now) == 0
    assert article_priority(now - timedelta(hours=5, minutes=1), now) == -5
    assert article_priority(now + timedelta(hours=2), now) == 0                 # future: as now
    assert article_priority(None, now) == UNDATED_PRIORITY < article_priority(now - timedelta(days=3650), now)
    assert article_priority(now - timedelta(hours=1), now) < 10           # after discovery documents


def test_report_folds_events_and_serialises():
    report = CrawlReport()
    for event in [
        {"event": "start", "sources": ["a", "b"]},
        {"event": "links", "source": "a", "url": "u", "kind": "feed", "found": 3},
        {"event": "links", "source": "a", "url": "s", "kind": "sitemap", "found": 2, "unchanged": True},
        {"event": "page", "source": "a", "url": "u1", "status": "new", "article": "c1"},
        {"event": "page", "source": "a", "url": "u2", "status": "duplicate", "article": "c1"},
        {"event": "page", "source": "b", "url": "u3", "status": "skipped", "reason": "empty body"},
        {"event": "error", "source": "b", "url": "f", "error": "feed f returned HTTP 404"},
        {"event": "done", "reason": "finished"},
    ]:
        report.apply(event)
    assert (report.sources, report.pages_fetched, report.articles_new) == (2, 3, 1)
    assert report.per_source["a"] == {"links": 5, "pages": 2, "new": 1, "changed": 0, "unchanged": 1,
                                      "skipped": 0, "errors": 0, "unchanged_docs": 1}
    assert report.documents_unchanged == 1
    assert report.skipped == [{"source": "b", "url": "u3", "reason": "empty body"}]
    assert report.completed
    data = json.loads(report.to_json())
    assert data["errors"] == [{"source": "b", "url": "f", "error": "feed f returned HTTP 404"}]


def test_scrapy_settings_are_polite():
    settings = scrapy_settings(CrawlSettings(concurrent_per_domain=8), time_limit=100)
    assert settings["ROBOTSTXT_OBEY"] and settings["AUTOTHROTTLE_ENABLED"]
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2
    assert settings["DOWNLOAD_DELAY"] == 1.0 and settings["CLOSESPIDER_TIMEOUT"] == 100
    assert "+http" in settings["USER_AGENT"]
    assert not settings["COOKIES_ENABLED"] and not settings["HTTPCACHE_ENABLED"]
    assert not settings["TELNETCONSOLE_ENABLED"] and settings["LOG_LEVEL"] == "WARNING"


def test_demo_server_serves_fixture_web(site):
    def get(path: str) -> tuple[int, str, bytes]:
        try:
            with urllib.request.urlopen(site.url(path)) as resp:
                return resp.status, resp.headers["Content-Type"], resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers["Content-Type"], exc.read()

    status, ctype, body = get(f"{TI}/feed.xml")
    assert status == 200 and ctype == "application/xml"
    assert b"{{base}}" not in body and site.base_url.encode() in body
    status, ctype, _ = get(f"{SN}/2026/11/12/ai-act-linee-guida-garante-imprese-italiane.html")
    assert ctype.lower() == "text/html; charset=iso-8859-1"          # as the page itself declares
    status, ctype, body = get("/robots.txt")                          # union of the outlets' files
    assert ctype == "text/plain" and b"Disallow: /sites/tecnoitalia/privata/" in body
    assert f"Sitemap: {site.base_url}{SN}/sitemap_index.xml".encode() in body
    assert get("/nope.html")[0] == 404
    site.fail(f"{TI}/feed.xml", 503)
    assert get(f"{TI}/feed.xml")[0] == 503
    assert site.hits(f"{TI}/feed.xml") == 2 and site.hits("/nope.html") == 1


def test_demo_server_answers_conditional_requests(site):
    def get(path: str, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        request = urllib.request.Request(site.url(path), headers=headers)
        try:
            with urllib.request.urlopen(request) as resp:
                return resp.status, dict(resp.headers)
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers)

    status, headers = get(f"{SN}/feed.xml", {})
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag.startswith('"')
    assert get(f"{SN}/feed.xml", {"If-None-Match": etag})[0] == 304
    assert get(f"{SN}/feed.xml", {"If-None-Match": 'W/"other", ' + etag})[0] == 304
    assert get(f"{SN}/feed.xml", {"If-None-Match": '"other"', "If-Modified-Since": modified})[0] == 200
    assert get(f"{SN}/feed.xml", {"If-Modified-Since": modified})[0] == 304
    assert get(f"{SN}/feed.xml", {"If-Modified-Since": "Thu, 01 Jan 2015 00:00:00 GMT"})[0] == 200
    assert get("/robots.txt", {"If-None-Match": get("/robots.txt", {})[1]["ETag"]})[0] == 304
    assert site.statuses(f"{SN}/feed.xml") == [200, 304, 304, 200, 304, 200]


# -- pages skipped for a reason that may pass are fetched again (B2) ------------------------------

TRUNCATED = f"{TI}/ai/2026/11/chip-fotonici-startup-torinese-anteprima.html"
QUADRANTE = f"{TI}/cloud/2026/11/quadrante-ai-capacita-calcolo-2-miliardi-nimbo-cloud.html"
EMPTY_BODY = f"{SN}/2026/11/14/intervista-fondatori-startup-ia-sud.html"


def test_truncated_page_is_fetched_again_and_stored_once_complete(site_copy, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site_copy.base_url
    sources = [Source("tecnoitalia", feeds=(f"{base}{TI}/feed.xml",), robots_sitemaps=False)]
    settings = replace(FAST, page_attempts=CrawlSettings().page_attempts)

    first = run_crawl(sources, settings, sqlite_url, time_limit=120)
    assert first.completed, first.errors
    assert [s for s in first.skipped if s["url"] == base + TRUNCATED] == [
        {"source": "tecnoitalia", "url": base + TRUNCATED, "reason": "truncated page", "retry": True}]
    page = stored(sqlite_url)[1][base + TRUNCATED]
    assert (page.status, page.reason, page.attempts) == ("retry", "truncated page", 1)

    # next run the transfer completes: the page is fetched again and stored as an article
    complete = (site_copy.root / QUADRANTE.lstrip("/")).read_bytes().replace(QUADRANTE.encode(), TRUNCATED.encode())
    (site_copy.root / TRUNCATED.lstrip("/")).write_bytes(complete)
    site_copy.reset()
    second = run_crawl(sources, settings, sqlite_url, time_limit=120)
    assert second.completed, second.errors
    assert second.new_urls == [base + TRUNCATED] and second.pages_fetched == 1
    assert site_copy.hits(TRUNCATED) == 1 and site_copy.hits(BREZZA) == 0
    assert site_copy.statuses(f"{TI}/feed.xml") == [200]      # not cached while a page was pending
    page = stored(sqlite_url)[1][base + TRUNCATED]
    assert (page.status, page.attempts) == ("article", 0) and page.article_id is not None

    site_copy.reset()
    third = run_crawl(sources, settings, sqlite_url, time_limit=120)
    assert site_copy.statuses(f"{TI}/feed.xml") == [304] and third.pages_fetched == 0


def test_page_that_stays_empty_is_settled_after_its_attempts(site, sqlite_url):
    open_database(sqlite_url).dispose()
    base = site.base_url
    sources = [Source("startupnews", feeds=(f"{base}{SN}/feed.xml",), robots_sitemaps=False)]
    settings = replace(FAST, page_attempts=3)
    for attempt in (1, 2, 3):
        site.reset()
        report = run_crawl(sources, settings, sqlite_url, time_limit=120)
        assert report.completed, report.errors
        assert site.hits(EMPTY_BODY) == 1 and site.statuses(f"{SN}/feed.xml") == [200], attempt
        (skip,) = report.skipped
        assert skip["url"] == base + EMPTY_BODY and skip["reason"] == "empty body"
        assert skip.get("retry", False) is (attempt < 3), attempt
        page = stored(sqlite_url)[1][base + EMPTY_BODY]
        assert (page.status, page.attempts) == ("retry" if attempt < 3 else "skipped", attempt)
    site.reset()
    settled = run_crawl(sources, settings, sqlite_url, time_limit=120)
    assert site.hits(EMPTY_BODY) == 0 and settled.pages_fetched == 0
    assert site.statuses(f"{SN}/feed.xml") == [304]


# -- a killed parent takes the crawl child with it (B3) -----------------------------------------

PARENT_SCRIPT = """
import fcntl, json, os, sys
from crawler.runner import run_crawl
from crawler.sources import CrawlSettings, Source

feed, db_url, lock_path = sys.argv[1:4]
fd = os.open(lock_path, os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
def progress(event):
    if event["event"] == "start":
        print(json.dumps(event), flush=True)
run_crawl([Source("stalled", feeds=(feed,), robots_sitemaps=False)],
          CrawlSettings(download_delay=0.0, autothrottle=False, timeout_seconds=60.0, retries=0),
          db_url, time_limit=120, progress=progress, inherit_fds=(fd,))
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs pidfd_open (Linux)")
def test_crawl_child_dies_with_its_parent_and_holds_the_inherited_lock(site, sqlite_url, tmp_path):
    open_database(sqlite_url).dispose()
    site.stall(f"{TI}/feed.xml")
    script = tmp_path / "parent.py"
    script.write_text(PARENT_SCRIPT, encoding="utf-8")
    lock_path = tmp_path / "run.lock"
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH")) if p))
    parent = subprocess.Popen([sys.executable, str(script), site.url(f"{TI}/feed.xml"), sqlite_url,
                               str(lock_path)], stdout=subprocess.PIPE, env=env, cwd=root)
    try:
        line = parent.stdout.readline()          # the crawl has started: its feed request hangs
        assert line, "the parent exited before the crawl started"
        child = json.loads(line)["pid"]
        pidfd = os.pidfd_open(child)
        try:
            # the run lock's fd was handed down: the flock lives as long as the child
            held = {os.readlink(f"/proc/{child}/fd/{fd}") for fd in os.listdir(f"/proc/{child}/fd")}
            assert str(lock_path) in held
            os.kill(parent.pid, signal.SIGKILL)
            parent.wait(timeout=10)
            readable, _, _ = io_select.select([pidfd], [], [], 5.0)     # wait on the pid, with a deadline
            assert readable, "the crawl child outlived its parent by more than 5 s"
        finally:
            os.close(pidfd)
        with open(lock_path, "rb") as probe:                          # and the lock is free again
            fcntl.flock(probe.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        parent.stdout.close()


# -- a bogus rel=canonical shared by several articles (B5) --------------------------------------

BOGUS = "/sites/bogus"


def write_bogus_canonical_site(root: Path) -> list[str]:
    """Two different articles whose rel=canonical both point at the section page (a CMS bug)."""
    paths = [f"{BOGUS}/2026/11/primo-articolo.html", f"{BOGUS}/2026/11/secondo-articolo.html"]
    demo = [DEMO_SITE / BREZZA.lstrip("/"), DEMO_SITE / QUADRANTE.lstrip("/")]
    items = []
    for path, source_page in zip(paths, demo, strict=True):
        html = source_page.read_text(encoding="utf-8")
        html = html.replace(f'<link rel="canonical" href="{{{{base}}}}/{source_page.relative_to(DEMO_SITE)}">',
                            f'<link rel="canonical" href="{{{{base}}}}{BOGUS}/index.html">')
        assert f"{BOGUS}/index.html" in html
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        items.append(f"<item><title>{path}</title><link>{{{{base}}}}{path}</link>"
                     "<pubDate>Mon, 16 Nov 2026 09:30:00 +0100</pubDate></item>")
    (root / BOGUS.lstrip("/") / "feed.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bogus</title>'
        f"<link>{{{{base}}}}{BOGUS}/index.html</link>" + "".join(items) + "</channel></rss>", encoding="utf-8")
    return paths


def test_articles_sharing_a_bogus_canonical_are_each_stored(tmp_path, sqlite_url):
    open_database(sqlite_url).dispose()
    paths = write_bogus_canonical_site(tmp_path / "site")
    with serve_directory(tmp_path / "site") as server:
        base = server.base_url
        report = run_crawl([Source("bogus", feeds=(f"{base}{BOGUS}/feed.xml",), robots_sitemaps=False)],
                           FAST, sqlite_url, time_limit=120)
    assert report.completed, report.errors
    assert report.articles_new == 2 and report.articles_unchanged == 0
    articles, pages = stored(sqlite_url)
    assert len(articles) == 2 and len({a.title for a in articles}) == 2
    # the first page takes the canonical it names; the second, a different article, keeps its own URL
    urls = {a.url for a in articles}
    assert f"{base}{BOGUS}/index.html" in urls and len(urls & {base + p for p in paths}) == 1
    assert len({pages[base + p].article_id for p in paths}) == 2
