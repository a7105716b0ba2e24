"""Re-reading feeds cheaply and fetching the freshest news first. Pure bookkeeping, no Scrapy.

Conditional GET: the daemon re-reads every feed, sitemap and listing page every half hour, and
most of the time nothing changed. A document's ETag / Last-Modified let the outlet answer 304
("unchanged, nothing new to discover") instead of resending it. The danger is a 304 hiding links
that were listed last time but never fetched: cut by the per-source cap, by the time limit, or
failed (a failed page is retried only because the next run sees its link again). So validators are
stored only once every link the document listed has been stored: `LinkLedger` knows which article
links of the run are still in flight or failed, and calls back when a document's last link lands.

Newest first: when the cap or the time limit cannot let everything through, the links with the
most recent dates go first (`newest_first` for the cap, `article_priority` for Scrapy's queue).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from crawler.discover import Link
from crawler.store import Validators

MAX_ETAG, MAX_LAST_MODIFIED = 1024, 100   # the fetch_cache column sizes
UNDATED_PRIORITY = -10_000_000     # below any dated link (a dated link's priority is -hours of age)


def response_validators(etag: bytes | str | None, last_modified: bytes | str | None,
                        links: int) -> Validators | None:
    """Validators from response headers, or None when the server sent neither (nothing to cache)."""
    def text(value: bytes | str | None) -> str | None:
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        value = (value or "").strip()
        return value or None

    etag_text, modified_text = text(etag), text(last_modified)
    if etag_text is None and modified_text is None:
        return None
    if len(etag_text or "") > MAX_ETAG or len(modified_text or "") > MAX_LAST_MODIFIED:
        return None                  # does not fit fetch_cache: a full fetch each time is safe
    return Validators(etag_text, modified_text, links)


@dataclass
class PendingDocument:
    """A discovery document fetched in full, whose validators wait for its links to be stored."""

    url: str                                   # the URL requested (before redirects): the cache key
    validators: Validators
    waiting: set[str] = field(default_factory=set)
    ok: bool = True


class LinkLedger:
    """Article links requested in this run, and the documents whose validators wait on them."""

    def __init__(self, on_complete: Callable[[PendingDocument], None]) -> None:
        self.inflight: set[str] = set()        # requested, not yet stored nor failed
        self.failed: set[str] = set()          # failed in this run: their documents stay uncached
        self._waiters: dict[str, list[PendingDocument]] = {}
        self._on_complete = on_complete

    def requested(self, link: str) -> None:
        self.inflight.add(link)

    def finished(self, link: str, *, ok: bool) -> None:
        """A requested link was stored (ok) or failed; completes the documents waiting on it."""
        self.inflight.discard(link)
        if not ok:
            self.failed.add(link)
        for doc in self._waiters.pop(link, ()):
            doc.waiting.discard(link)
            doc.ok = doc.ok and ok
            if doc.ok and not doc.waiting:
                self._on_complete(doc)

    def watch(self, doc: PendingDocument, links: Iterable[str]) -> None:
        """Complete `doc` once every one of `links` still in flight is stored; never if one failed.

        Links neither in flight nor failed are settled already (stored, known, or too old).
        """
        links = set(links)
        if links & self.failed:
            return
        doc.waiting = links & self.inflight
        if not doc.waiting:
            self._on_complete(doc)
            return
        for link in doc.waiting:
            self._waiters.setdefault(link, []).append(doc)


def newest_first(candidates: dict[str, Link]) -> list[tuple[str, Link]]:
    """Dated links newest first, then undated ones in document order (a stable sort).

    Applied before the per-source cap, so a capped sitemap listed oldest first still yields
    today's news rather than last month's.
    """
    def key(item: tuple[str, Link]) -> tuple[bool, float]:
        published = item[1].published
        if published is None:
            return True, 0.0
        return False, -_aware(published).timestamp()

    return sorted(candidates.items(), key=key)


def article_priority(published: datetime | None, now: datetime) -> int:
    """Scrapy priority (higher goes first) of an article request: minus its age in whole hours.

    So when the time limit cuts a crawl, what it cut is the older news. Future dates count as
    now; undated links (listing pages) go after every dated one.
    """
    if published is None:
        return UNDATED_PRIORITY
    hours = max(0.0, (now - _aware(published)).total_seconds()) // 3600
    return -int(min(hours, -UNDATED_PRIORITY - 1))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
