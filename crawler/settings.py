"""Scrapy settings derived from `[crawl]` (CrawlSettings), plus robots.txt Crawl-delay support.

Politeness is the point: Sentinella visits newsrooms every half hour, so it identifies itself,
obeys robots.txt, keeps one or two connections per site, backs off with AutoThrottle and honours
`Crawl-delay` (Scrapy parses it since 2.18 but does not apply it; `RobotsCrawlDelay` does).
Everything stateful that Scrapy could keep between runs (HTTP cache, cookies) is off: the
database is the only memory.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response
from scrapy.robotstxt import RobotParser

from crawler.sources import CrawlSettings

MAX_CRAWL_DELAY = "SENTINELLA_MAX_CRAWL_DELAY"


def scrapy_settings(cs: CrawlSettings, *, time_limit: float | None = None) -> dict[str, Any]:
    """The Scrapy settings dict for one crawl; `time_limit` makes Scrapy stop itself gracefully."""
    return {
        "BOT_NAME": "sentinella",
        "USER_AGENT": cs.user_agent,
        "ROBOTSTXT_OBEY": cs.obey_robots,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": max(1, min(2, cs.concurrent_per_domain)),
        "DOWNLOAD_DELAY": max(0.0, cs.download_delay),
        "AUTOTHROTTLE_ENABLED": cs.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(1.0, cs.download_delay),
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        MAX_CRAWL_DELAY: cs.max_crawl_delay,
        "DOWNLOAD_TIMEOUT": cs.timeout_seconds,
        "DNS_TIMEOUT": min(60.0, cs.timeout_seconds),
        "DOWNLOAD_MAXSIZE": 16 * 1024 * 1024,       # no news page is bigger; a runaway one is cut
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": cs.retries > 0,
        "RETRY_TIMES": cs.retries,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "RETRY_GIVE_UP_LOG_LEVEL": "INFO",           # the crawl report names the URL instead
        "REDIRECT_MAX_TIMES": 5,
        "HTTPCACHE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "LOG_STDOUT": False,
        "CLOSESPIDER_TIMEOUT": float(time_limit or 0),
        "DEFAULT_REQUEST_HEADERS": {
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "it-IT,it;q=0.9,en;q=0.5",
        },
        "EXTENSIONS": {
            "scrapy.extensions.throttle.AutoThrottle": None,
            "crawler.settings.CrawlDelayAutoThrottle": 0,
            "crawler.settings.RobotsCrawlDelay": 0,
            "scrapy.extensions.logstats.LogStats": None,
        },
    }


def _delay_floor(crawler: Crawler, key: str | None) -> float:
    if key is None:
        return 0.0
    return float(crawler.engine.downloader.per_slot_settings.get(key, {}).get("delay", 0.0))


class RobotsCrawlDelay:
    """Applies a robots.txt `Crawl-delay` (capped) to the site's download slot."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.cap = crawler.settings.getfloat(MAX_CRAWL_DELAY)
        if self.cap <= 0 or not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsCrawlDelay:
        return cls(crawler)

    def _robots_parsed(self, robotparser: RobotParser, request: Request) -> None:
        agent = (self.crawler.settings.get("ROBOTSTXT_USER_AGENT")
                 or request.headers.get(b"User-Agent") or self.crawler.settings["USER_AGENT"])
        delay = robotparser.crawl_delay(agent)
        if not delay or delay <= 0:
            return
        delay = min(float(delay), self.cap)
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot_settings = downloader.per_slot_settings.setdefault(key, {})
        slot_settings["delay"] = max(delay, float(slot_settings.get("delay", 0.0)))
        slot = downloader.slots.get(key)
        if slot is not None and slot.delay < delay:
            slot.delay = delay


class CrawlDelayAutoThrottle(AutoThrottle):
    """AutoThrottle that never goes below a site's robots.txt Crawl-delay."""

    def _response_downloaded(self, response: Response, request: Request, spider: Any) -> None:
        super()._response_downloaded(response, request, spider)
        key, slot = self._get_slot(request, spider)
        floor = _delay_floor(self.crawler, key)
        if slot is not None and slot.delay < floor:
            slot.delay = floor
