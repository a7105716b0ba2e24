"""Finding article URLs: RSS/Atom feeds, sitemaps (index, Google News) and listing pages. Pure.

Every function takes the fetched body and the URL it came from and returns absolute,
canonicalize()d, de-duplicated links in document order. Nothing here fetches anything: the spider
fetches, these functions read.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

from crawler.extract import decode_html  # one decoder for every HTML page
from crawler.urls import canonicalize, same_site

MAX_GZIP_BYTES = 50_000_000        # a sitemap may be 50 MB uncompressed (sitemaps.org limit)
LISTING_MIN_SLUG_WORDS = 3          # /a-long-article-slug has at least this many hyphenated words
LISTING_MIN_ANCHOR_WORDS = 3        # …or its anchor text reads like a headline
LISTING_STRICT_MIN_LINKS = 1        # fewer links than this outside nav/header/aside: relax

# Path segments of pages that are not articles: sections, tags, authors, feeds, accounts, assets.
NON_ARTICLE_SEGMENTS = frozenset({
    "tag", "tags", "category", "categoria", "categorie", "categories", "topic", "topics",
    "argomenti", "argomento", "author", "authors", "autore", "autori", "firma", "firme", "page",
    "pagina", "feed", "feeds", "rss", "login", "logout", "signin", "signup", "register",
    "registrati", "accedi", "account", "abbonati", "abbonamenti", "abbonamento", "newsletter",
    "search", "cerca", "ricerca", "wp-admin", "wp-login.php", "wp-json", "cart", "carrello",
    "privacy", "privacy-policy", "cookie", "cookie-policy", "cookies", "contatti", "contact",
    "chi-siamo", "about", "redazione-contatti", "pubblicita", "advertising", "static", "assets",
    "img", "images", "immagini", "media", "css", "js", "fonts", "cdn-cgi", "forum", "video-gallery",
    "sitemap", "share", "comments", "commenti", "amp-stories", "archivio", "archive",
})
ASSET_EXT_RE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|json|xml|rss|atom|pdf|zip|gz|mp[34]|m4a|mov|avi|"
    r"woff2?|ttf|eot|txt|csv|xlsx?|docx?|pptx?)$", re.I)
_DATE_PATH_RE = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/|$)")
_NUMERIC_ID_RE = re.compile(r"(?:^|[/_\-.])(?:n|id|a)?\d{4,}(?:[/_\-.]|$)", re.I)
_PAGINATION_RE = re.compile(r"(?:^|/)(?:page|pagina|pag|p)[/\-_]?\d+/?$", re.I)
_PAGINATION_QUERY_RE = re.compile(r"(?:^|&)(?:page|pagina|pag|p|paged|start|offset)=\d+", re.I)
_NAV_CLASS_RE = re.compile(
    r"(?:^|[-_ ])(?:nav|navbar|navigation|menu|mega-?menu|breadcrumbs?|pagination|pager"
    r"|footer|header|masthead|top-?bar|social|share|tag-cloud|tags|cookie|consent)(?:$|[-_ ])", re.I)
_NAV_CLASS_RELAXED_RE = re.compile(
    r"(?:^|[-_ ])(?:nav|navbar|navigation|menu|mega-?menu|breadcrumbs?|pagination|pager"
    r"|tag-cloud)(?:$|[-_ ])", re.I)


class DiscoveryError(ValueError):
    """A feed or sitemap that cannot be read (not XML, not a feed…); the message says why."""


@dataclass(frozen=True)
class Link:
    url: str                                   # absolute, canonicalised
    published: datetime | None = None          # from the feed / sitemap, when it says
    title: str | None = None


# -------------------------------------------------------------------------------------- feeds
def parse_feed(body: bytes, url: str) -> list[Link]:
    """Items of an RSS 2.0 or Atom feed. Raises DiscoveryError when it is not a feed.

    feedparser does the reading (RSS 0.9x/1.0/2.0, Atom, declared encodings, CDATA, RFC 822 and
    RFC 3339 dates); this function refuses what is not a feed with a reason a human can act on
    (a moved feed usually answers with an HTML page) and keeps only each item's article link.
    """
    body = _maybe_gunzip(body)
    head = body.lstrip()[:2048].lower()
    if not head:
        raise DiscoveryError("not a feed: empty body")
    if head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<rss" not in head
                                                           and b"<feed" not in head):
        raise DiscoveryError("not a feed: HTML page")
    if head.startswith((b"{", b"[")):
        raise DiscoveryError("not a feed: JSON document")
    if not head.lstrip(b"\xef\xbb\xbf").startswith(b"<"):
        raise DiscoveryError("not a feed: not XML")
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    version = parsed.get("version") or ""
    if not version:
        root = _root_tag(body)
        if root in ("urlset", "sitemapindex"):
            raise DiscoveryError(f"not a feed: a sitemap (<{root}>)")
        if parsed.get("bozo") and not parsed.entries:
            exc = parsed.get("bozo_exception")
            raise DiscoveryError(f"not a feed: not XML ({type(exc).__name__}: {exc})"[:200])
        raise DiscoveryError(f"not a feed: unknown XML document <{root or '?'}>")
    links: list[Link] = []
    for entry in parsed.entries:
        href = _entry_link(entry)
        if not href:
            continue
        absolute = urljoin(url, href.strip())
        if urlsplit(absolute).scheme not in ("http", "https"):
            continue
        title = (entry.get("title") or "").strip() or None
        links.append(Link(url=canonicalize(absolute), published=_entry_date(entry), title=title))
    return _dedupe(links)


def _entry_link(entry) -> str | None:
    """The article URL of a feed item: Atom rel=alternate (text/html first), RSS <link>, or a
    permalink <guid>."""
    alternates = [lnk for lnk in entry.get("links", [])
                  if lnk.get("rel", "alternate") == "alternate" and lnk.get("href")]
    html_alts = [lnk for lnk in alternates if "html" in (lnk.get("type") or "text/html")]
    for candidates in (html_alts, alternates):
        if candidates:
            return candidates[0]["href"]
    if entry.get("link"):
        return entry["link"]
    guid = entry.get("id") or ""
    if entry.get("guidislink") or guid.startswith(("http://", "https://")):
        return guid or None
    return None


def _entry_date(entry) -> datetime | None:
    """published, else updated, else created, as an aware UTC datetime (feedparser normalises
    the offset away into a UTC struct_time)."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


# ----------------------------------------------------------------------------------- sitemaps
def parse_sitemap(body: bytes, url: str) -> tuple[list[Link], list[str]]:
    """(article links, child sitemap URLs) of a sitemap, sitemap index or Google News sitemap.

    Namespaces are matched by local name, so sitemaps with a wrong or missing xmlns, or with
    xhtml:link / image:image / video: extensions, read the same. Gzip bodies (sitemap.xml.gz) are
    accepted. A Google News entry's date is news:publication_date, else lastmod.
    """
    body = _maybe_gunzip(body)
    root = _xml_root(body)
    if root is None:
        head = body.lstrip()[:512].lower()
        if b"<html" in head or b"<!doctype html" in head:
            raise DiscoveryError("not a sitemap: HTML page")
        raise DiscoveryError("not a sitemap: not XML")
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = [canonicalize(urljoin(url, loc)) for loc in
                    (_child_text(sm, "loc") for sm in root if _local(sm.tag) == "sitemap") if loc]
        return [], list(dict.fromkeys(children))
    if kind != "urlset":
        if kind in ("rss", "feed", "RDF"):
            raise DiscoveryError(f"not a sitemap: a feed (<{kind}>)")
        raise DiscoveryError(f"not a sitemap: unknown XML document <{kind}>")
    links: list[Link] = []
    for node in root:
        if _local(node.tag) != "url":
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        absolute = urljoin(url, loc)
        if urlsplit(absolute).scheme not in ("http", "https"):
            continue
        news = next((c for c in node if _local(c.tag) == "news"), None)
        published = _iso_date(_child_text(news, "publication_date")) if news is not None else None
        if published is None:
            published = _iso_date(_child_text(node, "lastmod"))
        title = _child_text(news, "title") if news is not None else None
        links.append(Link(url=canonicalize(absolute), published=published, title=title or None))
    return _dedupe(links), []


def _xml_root(body: bytes) -> etree._Element | None:
    """Root element of an XML document, tolerant of leading whitespace/BOM and recoverable
    errors; None when it is not XML at all."""
    data = body.lstrip(b"\xef\xbb\xbf").lstrip()
    if not data.startswith(b"<"):
        return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or _local(root.tag).lower() == "html":
        return None
    return root


def _root_tag(body: bytes) -> str | None:
    root = _xml_root(body)
    return _local(root.tag) if root is not None else None


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(node, name: str) -> str | None:
    if node is None:
        return None
    for child in node:
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def _iso_date(value: str | None) -> datetime | None:
    """W3C datetime (2026-11-16, 2026-11-16T09:30:00+01:00, …Z) -> aware datetime; a date without
    a time or offset is taken as UTC midnight, the sitemaps.org reading."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)      # +0100 -> +01:00
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _maybe_gunzip(body: bytes) -> bytes:
    """Gzip (or zlib) bodies, e.g. sitemap.xml.gz served as application/octet-stream."""
    if body[:2] == b"\x1f\x8b":
        try:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = decompressor.decompress(body, MAX_GZIP_BYTES)
            return data
        except (zlib.error, OSError, EOFError) as exc:
            raise DiscoveryError(f"corrupt gzip body: {exc}") from exc
    return body


# ---------------------------------------------------------------------------- listing pages
def parse_listing(body: bytes, url: str) -> list[Link]:
    """Links on a section page that look like articles on the same site (not navigation).

    Kept: same-host links (www. ignored) whose path looks like an article — a long hyphenated
    slug, a numeric id, a /yyyy/mm/ date path or a .html page — outside nav/header/footer/aside
    and menus. Dropped: the page itself, pagination, tag/category/author/section pages, feeds,
    account pages and static assets.
    """
    body = _maybe_gunzip(body) if body[:2] == b"\x1f\x8b" else body
    if not body.strip():
        return []
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", decode_html(body), count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    base_href = tree.xpath("string(//base/@href)").strip()
    base = urljoin(url, base_href) if base_href else url
    links = _listing_links(tree, base, url, strict=True)
    if len(links) < LISTING_STRICT_MIN_LINKS:
        # Some templates put the whole main column in an <aside> or <header>: retry trusting
        # only <nav>, <footer> and menu/breadcrumb/pagination markers.
        relaxed = _listing_links(tree, base, url, strict=False)
        if len(relaxed) > len(links):
            links = relaxed
    return links


def _listing_links(tree, base: str, url: str, *, strict: bool) -> list[Link]:
    page = canonicalize(url)
    links: list[Link] = []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        if {"author", "tag", "prev", "next", "category"} & set((a.get("rel") or "").lower().split()):
            continue
        if _in_navigation(a, strict=strict):
            continue
        absolute = urljoin(base, href)
        if urlsplit(absolute).scheme not in ("http", "https") or not same_site(absolute, url):
            continue
        canon = canonicalize(absolute)
        if canon == page:
            continue
        anchor = " ".join(a.text_content().split())
        if not looks_like_article_url(canon, anchor):
            continue
        title = anchor or (a.get("title") or "").strip() or None
        links.append(Link(url=canon, title=title))
    return _dedupe(links)


def looks_like_article_url(url: str, anchor_text: str = "") -> bool:
    """Heuristic from the URL (and anchor text): is this an article rather than a section page?"""
    parts = urlsplit(url)
    path = parts.path
    if ASSET_EXT_RE.search(path) or _PAGINATION_RE.search(path.rstrip("/") + "/") \
            or _PAGINATION_RE.search(path):
        return False
    if parts.query and _PAGINATION_QUERY_RE.search(parts.query):
        return False
    segments = [s for s in path.lower().split("/") if s]
    if not segments:
        return False
    if any(seg in NON_ARTICLE_SEGMENTS for seg in segments):
        return False
    last = segments[-1]
    stem = re.sub(r"\.(?:s?html?|php|aspx?|jsp|cms)$", "", last)
    if stem in ("index", "default", "home"):
        return False
    slug_words = [w for w in re.split(r"[-_]+", stem) if w]
    if len(slug_words) >= LISTING_MIN_SLUG_WORDS + 1 and "-" in stem:
        return True
    if _NUMERIC_ID_RE.search("/" + "/".join(segments)) or _DATE_PATH_RE.search(path):
        return len(segments) >= 2 or len(slug_words) >= 2
    if last.endswith((".html", ".htm", ".shtml", ".php")):
        return len(slug_words) >= 2 or len(anchor_text.split()) >= LISTING_MIN_ANCHOR_WORDS
    return "id=" in parts.query.lower() and len(anchor_text.split()) >= LISTING_MIN_ANCHOR_WORDS


def _in_navigation(a, *, strict: bool = True) -> bool:
    """True for links inside site furniture: nav/header/footer/aside, menus, breadcrumbs,
    pagination (by tag, role or class/id). strict=False trusts only nav/footer/menu markers."""
    furniture = ("nav", "header", "footer", "aside", "menu") if strict else ("nav", "footer", "menu")
    for anc in a.iterancestors():
        tag = anc.tag if isinstance(anc.tag, str) else ""
        if tag in furniture:
            # <header> inside an <article> card holds the card's headline, not site navigation
            if tag == "header" and any(x.tag == "article" for x in anc.iterancestors()):
                continue
            return True
        role = (anc.get("role") or "").lower()
        if role in ("navigation", "contentinfo", "menubar", "menu") or \
                (strict and role in ("banner", "complementary")):
            return True
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if marks.strip() and (_NAV_CLASS_RE if strict else _NAV_CLASS_RELAXED_RE).search(marks):
            return True
    return False


# ------------------------------------------------------------------------------------ robots
def robots_sitemaps(robots_txt: str) -> list[str]:
    """The `Sitemap:` URLs a robots.txt declares (any case, anywhere in the file, deduplicated)."""
    if isinstance(robots_txt, bytes):
        robots_txt = robots_txt.decode("utf-8", errors="replace")
    found: list[str] = []
    for line in (robots_txt or "").splitlines():
        line = line.split("#", 1)[0].strip()
        match = re.match(r"(?i)site-?map\s*:\s*(\S+)", line)
        if match and match.group(1).lower().startswith(("http://", "https://")):
            found.append(canonicalize(match.group(1)))
    return list(dict.fromkeys(found))


def _dedupe(links: list[Link]) -> list[Link]:
    """One Link per URL at its first position; a later duplicate only fills a missing title or
    date (a listing card links its image first, its headline second)."""
    merged: dict[str, Link] = {}
    for link in links:
        first = merged.get(link.url)
        if first is None:
            merged[link.url] = link
        elif (first.title is None and link.title) or (first.published is None and link.published):
            merged[link.url] = Link(url=first.url, published=first.published or link.published,
                                    title=first.title or link.title)
    return list(merged.values())


__all__ = ["DiscoveryError", "Link", "parse_feed", "parse_sitemap", "parse_listing",
           "robots_sitemaps", "looks_like_article_url"]
