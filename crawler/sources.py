"""Outlets are data: a Source is one `[[sources]]` entry of config.toml, nothing more."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    name: str
    feeds: tuple[str, ...] = ()                # RSS 2.0 or Atom
    sitemaps: tuple[str, ...] = ()             # sitemaps, sitemap indexes, Google News sitemaps
    listings: tuple[str, ...] = ()             # HTML section pages linking to articles
    robots_sitemaps: bool = True               # also follow `Sitemap:` lines of the site's robots.txt
    enabled: bool = True


@dataclass(frozen=True)
class CrawlSettings:
    """Politeness and scope knobs from `[crawl]`; defaults are safe for real outlets."""

    user_agent: str = "Sentinella/0.1 (+https://github.com/sentinella-news/sentinella)"
    concurrent_per_domain: int = 2
    download_delay: float = 1.0
    autothrottle: bool = True
    obey_robots: bool = True
    max_age_days: float = 7.0
    timeout_seconds: float = 30.0
    max_pages_per_source: int = 200
    time_limit_seconds: float = 1800.0         # whole crawl, enforced on the child process
    max_crawl_delay: float = 10.0              # honour robots.txt Crawl-delay up to this; 0 ignores it
    retries: int = 2                           # extra attempts on 5xx, timeouts, refused connections
    page_attempts: int = 3                     # fetches (one per run) of a page skipped for a reason
                                               # that may pass (truncated, empty) before it is settled
