"""The plain values the crawler hands to the rest of Sentinella.

They are frozen dataclasses so the pure core (extraction, detection, event matching) can pass
them around without a database session or Scrapy object in sight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Article:
    """One extracted news article, identified by its canonical URL."""

    url: str                                   # canonical URL (rel=canonical, AMP mapped, tracking dropped)
    title: str
    text: str                                  # main text only, paragraphs separated by "\n"
    published: datetime | None = None          # timezone-aware when the page says so
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    language: str | None = None                # ISO 639-1, e.g. "it"
    source: str | None = None                  # the [[sources]] name it was found through
    fetched_url: str | None = None             # the URL actually fetched (may differ from url)
    description: str | None = None             # standfirst / og:description, when the page has one


@dataclass(frozen=True)
class Skipped:
    """A fetched page that is not an article (error page served with 200, listing, empty body…)."""

    url: str
    reason: str                                # short, human-readable: "empty body", "listing page", …
    canonical_url: str | None = None
    details: dict[str, str] = field(default_factory=dict)
