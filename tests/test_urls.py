"""canonicalize(): one article, one URL, whatever link led to it."""

from __future__ import annotations

import pytest

from crawler.urls import canonicalize, is_tracking_param, same_site, site_domain


@pytest.mark.parametrize(("raw", "expected"), [
    ("HTTP://Example.COM:80/A/b?utm_source=x&b=2&a=1&fbclid=9#frag", "http://example.com/A/b?a=1&b=2"),
    ("https://x.it:443/p?utm_medium=feed&utm_campaign=c", "https://x.it/p"),
    ("https://x.it/p?gclid=1&mc_cid=2&mc_eid=3&ref=tw&ref_src=s&ocid=o&_ga=g&spm=s&igshid=i",
     "https://x.it/p"),
    ("https://x.it/p?", "https://x.it/p"),
    ("https://x.it", "https://x.it/"),
    ("https://x.it/articolo?id=5&ref=home", "https://x.it/articolo?id=5"),
    ("http://127.0.0.1:8123/a.html?utm_source=rss&utm_medium=feed#commenti",
     "http://127.0.0.1:8123/a.html"),
    ("https://x.it/CamelCase/Path.HTML", "https://x.it/CamelCase/Path.HTML"),
    ("  https://x.it/a  ", "https://x.it/a"),
])
def test_canonicalize(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected


def test_canonicalize_percent_encodes_consistently() -> None:
    assert canonicalize("https://x.it/città?q=à") == canonicalize("https://x.it/citt%C3%A0?q=%C3%A0")


def test_canonicalize_is_idempotent() -> None:
    once = canonicalize("https://WWW.X.it:443/a/b?z=1&a=2&utm_term=t#x")
    assert canonicalize(once) == once


@pytest.mark.parametrize("raw", ["", "mailto:a@b.it", "/relative/path", "javascript:void(0)",
                                 "http://[::1", "http://x.it:99999/"])
def test_canonicalize_never_raises(raw: str) -> None:
    assert isinstance(canonicalize(raw), str)


def test_tracking_params() -> None:
    assert is_tracking_param("utm_content") and is_tracking_param("FBCLID")
    assert not is_tracking_param("id") and not is_tracking_param("page")


def test_same_site_allows_www_and_subdomains_only() -> None:
    assert same_site("https://www.outlet.it/a", "https://outlet.it/b")
    assert same_site("https://www.outlet.it/a", "https://bari.outlet.it/b")
    assert not same_site("https://outlet.it/a", "https://other.it/a")
    assert not same_site("https://a.co.uk/", "https://b.co.uk/")
    assert site_domain("http://127.0.0.1:8000/x") == "127.0.0.1"
