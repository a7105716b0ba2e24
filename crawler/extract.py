"""html -> Article | Skipped, with trafilatura and careful metadata fallbacks. Pure: no I/O.

(Stub: the extraction work fills this in; the signature is the contract.)
"""

from __future__ import annotations

from crawler.article import Article, Skipped


def extract(body: bytes | str, url: str, *, content_type: str | None = None,
            source: str | None = None) -> Article | Skipped:
    """Turn one fetched page into an Article, or say why it is not one."""
    raise NotImplementedError
