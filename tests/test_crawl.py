"""The crawl, for real: Scrapy in a child process against the bundled fixture web on loopback.

Expectations come from jobs/demo_site/README.md. Every crawl runs `run_crawl` (subprocess, real
reactor) into a real SQLite file or PostgreSQL schema; the demo server's request log is the
witness for "not fetched" and "not fetched again". No sleeps: the only waits are the crawl itself.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.report import CrawlReport
from crawler.runner import run_crawl
from crawler.settings import scrapy_settings
from crawler.sources import CrawlSettings, Source
from crawler.store import ArticleRow, PageRow
from jobs.database import open_database
from jobs.demo_server import serve_directory

DEMO_SITE = Path(__file__).resolve().parent.parent / "jobs" / "demo_site"

FAST = CrawlSettings(download_delay=0.0, autothrottle=False, max_age_days=36500, max_crawl_delay=0,
                     timeout_seconds=10.0, retries=1)

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


# -- small parts ---------------------------------------------------------------------------------

def test_report_folds_events_and_serialises():
    report = CrawlReport()
    for event in [
        {"event": "start", "sources": ["a", "b"]},
        {"event": "links", "source": "a", "url": "u", "kind": "feed", "found": 3},
        {"event": "page", "source": "a", "url": "u1", "status": "new", "article": "c1"},
        {"event": "page", "source": "a", "url": "u2", "status": "duplicate", "article": "c1"},
        {"event": "page", "source": "b", "url": "u3", "status": "skipped", "reason": "empty body"},
        {"event": "error", "source": "b", "url": "f", "error": "feed f returned HTTP 404"},
        {"event": "done", "reason": "finished"},
    ]:
        report.apply(event)
    assert (report.sources, report.pages_fetched, report.articles_new) == (2, 3, 1)
    assert report.per_source["a"] == {"links": 3, "pages": 2, "new": 1, "changed": 0, "unchanged": 1,
                                      "skipped": 0, "errors": 0}
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
