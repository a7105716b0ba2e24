"""URL canonicalisation, so one article is stored once whatever link led to it.

(Stub: the extraction work fills this in.)
"""

from __future__ import annotations


def canonicalize(url: str) -> str:
    """Drop fragments and tracking parameters (utm_*, fbclid, gclid…), normalise host and query."""
    raise NotImplementedError
