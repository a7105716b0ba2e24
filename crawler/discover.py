"""Finding article URLs: RSS/Atom feeds, sitemaps (index, Google News) and listing pages. Pure.

(Stub: the discovery work fills this in; the signatures are the contract the spider uses.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class DiscoveryError(ValueError):
    """A feed or sitemap that cannot be read (not XML, not a feed…); the message says why."""


@dataclass(frozen=True)
class Link:
    url: str                                   # absolute, canonicalised
    published: datetime | None = None          # from the feed / sitemap, when it says
    title: str | None = None


def parse_feed(body: bytes, url: str) -> list[Link]:
    """Items of an RSS 2.0 or Atom feed. Raises DiscoveryError when it is not a feed."""
    raise NotImplementedError


def parse_sitemap(body: bytes, url: str) -> tuple[list[Link], list[str]]:
    """(article links, child sitemap URLs) of a sitemap, sitemap index or Google News sitemap."""
    raise NotImplementedError


def parse_listing(body: bytes, url: str) -> list[Link]:
    """Links on a section page that look like articles on the same site (not navigation)."""
    raise NotImplementedError


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The `Sitemap:` URLs a robots.txt declares."""
    raise NotImplementedError
