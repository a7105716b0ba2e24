"""The crawl report, built by folding the events the crawling child process emits.

The parent never trusts a final summary alone: it rebuilds the report from the stream of events
(one per page, per discovery document, per error), so a crawl stopped by the time limit or a
crash still yields an honest report of what was stored before it stopped.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

#  Event shapes (JSON objects, one per line, key "event"):
#   start   {"sources": [names], "pid": the crawling process}
#   links   {"source", "url", "kind": feed|sitemap|listing|robots, "found", "queued", "known", "old", "capped"}
#           or, for a document that answered 304 Not Modified, {"source", "url", "kind", "found",
#           "queued": 0, "unchanged": true} with `found` = the links it listed when last read
#   page    {"source", "url", "status": new|changed|unchanged|duplicate|skipped, "article": url|None,
#            "reason": str|None, "http_status": int, "retry": true when a skipped page is fetched
#            again next run (a reason that may pass: truncated transfer, empty body…)}
#   error   {"source", "url", "error", "kind"}
#   notice  {"source", "url", "message"}
#   done    {"reason": finished|closespider_timeout|shutdown…}
#   fatal   {"error"}

NOT_NEW = ("unchanged", "duplicate")


def _counts() -> dict[str, int]:
    return {"links": 0, "pages": 0, "new": 0, "changed": 0, "unchanged": 0, "skipped": 0, "errors": 0,
            "unchanged_docs": 0}


@dataclass
class CrawlReport:
    """What one crawl did, per source and in total; `errors` name the URL and the problem."""

    sources: int = 0
    pages_fetched: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0                                   # incl. AMP/alias twins
    documents_unchanged: int = 0                                  # feeds/sitemaps/listings: 304
    skipped: list[dict[str, Any]] = field(default_factory=list)   # {source, url, reason[, retry]}
    errors: list[dict[str, Any]] = field(default_factory=list)    # {source, url, error}
    notices: list[dict[str, Any]] = field(default_factory=list)   # {source, url, message}
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)
    new_urls: list[str] = field(default_factory=list)             # canonical URLs stored as new
    completed: bool = False                                       # False: time limit or crash
    seconds: float = 0.0

    def _src(self, name: str | None) -> dict[str, int]:
        return self.per_source.setdefault(name or "*", _counts())

    def apply(self, event: dict[str, Any]) -> None:
        """Fold one child event into the report."""
        kind = event.get("event")
        source = event.get("source")
        if kind == "start":
            names = event.get("sources", [])
            self.sources = len(names)
            for name in names:
                self._src(name)
        elif kind == "links":
            # An unchanged (304) document still lists its links: source health must not read
            # "nothing changed" as "the outlet gave nothing".
            counts = self._src(source)
            counts["links"] += int(event.get("found", 0))
            if event.get("unchanged"):
                counts["unchanged_docs"] += 1
                self.documents_unchanged += 1
        elif kind == "page":
            counts = self._src(source)
            counts["pages"] += 1
            self.pages_fetched += 1
            status = event.get("status")
            if status == "new":
                counts["new"] += 1
                self.articles_new += 1
                self.new_urls.append(event.get("article") or event.get("url"))
            elif status == "changed":
                counts["changed"] += 1
                self.articles_changed += 1
            elif status in NOT_NEW:
                counts["unchanged"] += 1
                self.articles_unchanged += 1
            else:
                counts["skipped"] += 1
                entry = {"source": source, "url": event.get("url"), "reason": event.get("reason")}
                if event.get("retry"):
                    entry["retry"] = True
                self.skipped.append(entry)
        elif kind == "error":
            self._src(source)["errors"] += 1
            self.errors.append({"source": source, "url": event.get("url"), "error": event.get("error")})
        elif kind == "notice":
            self.notices.append({"source": source, "url": event.get("url"),
                                 "message": event.get("message")})
        elif kind == "done":
            self.completed = event.get("reason") == "finished"
            if event.get("reason") == "closespider_timeout":
                self.errors.append({"source": "*", "url": None,
                                    "error": "crawl stopped at its time limit; the rest is crawled next run"})
        elif kind == "fatal":
            self.errors.append({"source": "*", "url": None, "error": event.get("error")})

    def add_error(self, error: str, *, source: str = "*", url: str | None = None) -> None:
        self.errors.append({"source": source, "url": url, "error": error})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)
