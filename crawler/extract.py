"""html -> Article | Skipped, with trafilatura and careful metadata fallbacks. Pure: no I/O.

The steps, each a small function so a test can pin it down:

1. refuse what is not HTML (content type, PDF/image/feed sniffing) and empty responses;
2. decode bytes: BOM, HTTP charset, `<meta charset>` / XML declaration, else UTF-8 with a
   windows-1252 fallback. Pages declared ISO-8859-1 are decoded as windows-1252 (what browsers
   do; the bytes 0x80-0x9f are curly quotes and € on real Italian sites);
3. parse once with lxml and read the metadata the page declares: rel=canonical (an AMP page maps
   to its regular page), OpenGraph, JSON-LD (@graph, lists, broken JSON tolerated), <html lang>;
4. prune page furniture (cookie banners, menus, "Leggi anche"/related boxes, comments, widgets)
   from a copy of the tree and run trafilatura on it twice — default and favor_recall — keeping
   the recall text only when it is clearly richer (Digital360 pages put every second paragraph in
   bare <div>s, which the default mode drops);
5. decide: an error page served with 200, a listing page, a truncated or empty page is Skipped
   with a short reason; anything else becomes an Article.

`extract()` never raises: any unexpected failure becomes Skipped("extraction failed").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, time
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
import trafilatura
from dateutil import parser as dateparser
from lxml import etree
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from crawler.article import Article, Skipped
from crawler.urls import canonicalize

# ---------------------------------------------------------------------------------- thresholds
MIN_TEXT_CHARS = 250            # less main text than this: "empty body" (a teaser is ~300)
JSONLD_BODY_GAIN = 1.5          # JSON-LD articleBody this many times longer than the HTML text wins
TRUNCATED_MIN_TEXT_CHARS = 800  # an HTML document cut off before </body> needs this much text
ERROR_PAGE_MAX_TEXT_CHARS = 1500  # an error title/h1 with less text than this is an error page
LISTING_MAX_PROSE_BLOCK_CHARS = 600  # a listing has no run of paragraphs this long…
LISTING_MIN_HEADING_LINKS = 5   # …and this many links in headings (or headline links…
LISTING_MIN_LINK_TEXT_SHARE = 0.2  # …whose anchor texts are this share of the extracted text)
LISTING_HEADLINE_MIN_WORDS = 4  # anchor text with this many words counts as a headline link
CLUTTER_MAX_SHARE = 0.5        # a "clutter" element holding over half the page's <p> text…
CLUTTER_WRAPPER_MIN_CHARS = 1000  # …and at least this much of it is a content wrapper, kept
RECALL_GAIN = 1.25              # keep favor_recall text when it is this much longer than default
MAX_BODY_BYTES = 8_000_000      # pages beyond this are cut before parsing (speed, memory)
DEFAULT_TZ = ZoneInfo("Europe/Rome")  # naive dates on Italian outlets are local time

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml",
                      "text/xml", "application/octet-stream", "binary/octet-stream")

# Titles / h1 of error pages served with HTTP 200.
ERROR_TITLE_RE = re.compile(
    r"\b(pagina non trovata|pagina non disponibile|pagina inesistente|contenuto non (?:trovato|disponibile)"
    r"|errore 404|error 404|404|page not found|not found|seite nicht gefunden"
    r"|articolo non (?:trovato|disponibile)|la pagina (?:che cerchi|richiesta) non esiste"
    r"|oops)\b", re.I)

# class/id tokens of page furniture that must not reach the main text.
CLUTTER_RE = re.compile(
    r"(?:^|[-_ ])(?:comments?|commenti|commento|disqus|related|correlat[ie]|leggi-?anche|read-?more"
    r"|more-?stories|recommended|consigliat[ie]|popular|piu-?lett[ie]|most-?read|trending|ultim-?ora"
    r"|ticker|share|sharing|social|newsletter|subscribe|iscriviti|cookie|consent|cmp|gdpr|iubenda"
    r"|didomi|onetrust|qc-cmp2|cs-banner|banner|promo|adv|ads|advert|advertising|adunit|ad-slot|gpt-ad"
    r"|sponsor|sidebar|widget|offerte|deals-box|breadcrumbs?|author-?bio|author-box|byline-bio"
    r"|tags-links|tag-cloud|paywall|auth-?box|whitepaper|lead-?gen|forum|outbrain|taboola|skip-link"
    r"|screen-reader-text|modal|popup|overlay)(?:$|[-_ ])", re.I)

CLUTTER_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "footer", "form",
                "iframe", "svg", "button", "select", "dialog", "amp-ad", "amp-consent",
                "amp-analytics", "amp-sidebar")
CLUTTER_ROLES = ("dialog", "alertdialog", "navigation", "complementary", "contentinfo", "banner",
                 "search")

ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "LiveBlogPosting", "ReportageNewsArticle",
                 "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "TechArticle",
                 "BackgroundNewsArticle", "Report", "ScholarlyArticle", "SatiricalArticle")
LISTING_TYPES = ("CollectionPage", "ItemList", "SearchResultsPage", "SiteNavigationElement")

_PLACEHOLDER_AUTHORS = frozenset({"author", "autore", "admin", "administrator", "redazione web", "null",
                                  "none", "unknown", "anonymous"})
_INLINE_TAGS = frozenset({"a", "b", "i", "em", "strong", "span", "br", "sup", "sub", "u", "small",
                          "abbr", "cite", "q", "mark", "time", "code"})
_WS_RE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


# ----------------------------------------------------------------------------- public API
def extract(body: bytes | str, url: str, *, content_type: str | None = None,
            source: str | None = None) -> Article | Skipped:
    """Turn one fetched page into an Article, or say why it is not one."""
    try:
        return _extract(body, url, content_type=content_type, source=source)
    except Exception as exc:  # noqa: BLE001 - a broken page must never stop a crawl
        return Skipped(url=url, reason="extraction failed",
                       details={"error": f"{type(exc).__name__}: {exc}"[:300]})


def extract_text_document(text: str, name: str) -> Article:
    """A plain-text input (`sentinella check notes.txt`): first non-empty line = title, rest = text.

    `name` (a path or URL) becomes the Article's url so results can be traced back to the input.
    """
    lines = [_clean_line(line) for line in (text or "").replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    title = lines[0] if lines else ""
    body_lines = [line for line in lines[1:] if line]
    return Article(url=name, title=title, text="\n".join(body_lines) or title,
                   language=None, fetched_url=name)


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """Bytes to text the way a browser would: BOM, HTTP charset, meta/XML declaration, sniffing.

    Declared latin-1 (and ascii) is decoded as windows-1252, its superset in practice. Without a
    declaration, valid UTF-8 is UTF-8 and anything else is windows-1252.
    """
    if isinstance(body, str):
        return body
    bom_enc, bom = read_bom(body)
    if bom_enc:
        return body[len(bom):].decode(bom_enc, errors="replace")
    for declared in (http_content_type_encoding(content_type) if content_type else None,
                     html_body_declared_encoding(body[:4096])):
        enc = _usable_encoding(declared)
        if enc:
            text = body.decode(enc, errors="replace")
            # A page declaring latin-1 but sent as UTF-8 (common after CMS migrations) shows up
            # as mojibake; when the bytes are valid UTF-8 with non-ASCII, trust the bytes.
            if enc != "utf-8" and _is_utf8_with_non_ascii(body):
                return body.decode("utf-8")
            return text
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


# ---------------------------------------------------------------------------- the pipeline
def _extract(body: bytes | str, url: str, *, content_type: str | None,
             source: str | None) -> Article | Skipped:
    kind = _non_html_kind(body, content_type)
    if kind:
        return Skipped(url=url, reason=f"not HTML: {kind}")
    if not (body.strip() if isinstance(body, bytes | str) else body):
        return Skipped(url=url, reason="empty response")
    if isinstance(body, bytes) and len(body) > MAX_BODY_BYTES:
        body = body[:MAX_BODY_BYTES]
    html = decode_html(body, content_type)
    tree = _parse(html)
    if tree is None:
        return Skipped(url=url, reason="not HTML: unparseable")
    meta = page_metadata(tree, url)
    canonical = meta["canonical"] or canonicalize(url)
    truncated = is_truncated(html)

    title = meta["title"] or ""
    h1 = _first_text(tree, "//h1")
    pruned = prune_clutter(_copy(tree))
    text = _drop_leading_title(main_text(pruned, url, pruned=True), title)
    if meta["article_body"] and len(meta["article_body"]) > max(MIN_TEXT_CHARS, JSONLD_BODY_GAIN * len(text)):
        # a page rendered by script ships its text in JSON-LD only (the HTML is a shell, a teaser or
        # a cookie wall): the publisher's own articleBody is the article
        text = _drop_leading_title(meta["article_body"], title)

    if looks_like_error_page(meta["raw_title"], h1, text, tree):
        return Skipped(url=url, reason="error page", canonical_url=canonical,
                       details={"title": (meta["raw_title"] or h1 or "")[:200]})
    listing = listing_evidence(pruned, url, text, meta["jsonld_types"])
    if listing:
        return Skipped(url=url, reason="listing page", canonical_url=canonical, details=listing)
    if truncated and len(text) < TRUNCATED_MIN_TEXT_CHARS:
        return Skipped(url=url, reason="truncated page", canonical_url=canonical,
                       details={"text_chars": str(len(text))})
    if len(text) < MIN_TEXT_CHARS:
        return Skipped(url=url, reason="empty body", canonical_url=canonical,
                       details={"text_chars": str(len(text))})
    if not title:
        title = h1 or text.split("\n", 1)[0][:200]
    return Article(url=canonical, title=title, text=text, published=meta["published"],
                   authors=meta["authors"], site_name=meta["site_name"],
                   language=meta["language"], source=source, fetched_url=url,
                   description=meta["description"])


def _non_html_kind(body: bytes | str, content_type: str | None) -> str | None:
    """Why this response cannot be an HTML page (its MIME type or magic bytes), else None."""
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime and not mime.startswith(HTML_CONTENT_TYPES):
            return mime
    head = body[:1024] if isinstance(body, bytes) else body[:1024].encode("utf-8", "replace")
    head_l = head.lstrip().lower()
    for magic, kind in ((b"%pdf", "PDF document"), (b"\x89png", "PNG image"), (b"gif8", "GIF image"),
                        (b"\xff\xd8\xff", "JPEG image"), (b"pk\x03\x04", "ZIP archive"),
                        (b"\x1f\x8b", "gzip data"), (b"{", "JSON"), (b"[", "JSON")):
        if head_l.startswith(magic):
            return kind
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data"
    if b"<html" not in head_l and re.search(rb"<(rss|feed|urlset|sitemapindex|rdf:rdf)[\s>]", head_l):
        return "XML feed or sitemap"
    return None


def _usable_encoding(name: str | None) -> str | None:
    """A Python codec for a declared charset, with latin-1/ascii widened to windows-1252."""
    if not name:
        return None
    import codecs
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii", "us-ascii"):
        return "cp1252"
    if codec == "utf-16" or codec.startswith("utf-16") or codec.startswith("utf-32"):
        return "utf-8"  # a meta tag cannot truthfully declare UTF-16 (the tag itself is ASCII)
    return codec


def _is_utf8_with_non_ascii(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """lxml tree of the document, or None when there is nothing to parse."""
    html = _XML_DECL_RE.sub("", html, count=1).replace("\x00", "")
    if not html.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    return tree


def is_truncated(html: str) -> bool:
    """True when the document stops before its closing </body> or </html> (a cut transfer)."""
    tail = html[-4096:].lower()
    return "</html" not in tail and "</body" not in tail


# -------------------------------------------------------------------------------- metadata
def page_metadata(tree: lxml.html.HtmlElement, url: str) -> dict:
    """Everything the page declares about itself; later sources only fill gaps of earlier ones."""
    base = _base_url(tree, url)
    metas = _meta_map(tree)
    items = list(jsonld_items(tree))
    article_ld = next((it for it in items if _has_type(it, ARTICLE_TYPES)), {})
    types = sorted({t for it in items for t in _types(it)})

    site_name = (metas.get("og:site_name") or _ld_name(article_ld.get("publisher"))
                 or metas.get("application-name") or None)
    raw_title = _clean_line(_first_text(tree, "//title") or "")
    title = (metas.get("og:title") or _ld_str(article_ld.get("headline"))
             or metas.get("twitter:title") or _first_text(tree, "//h1") or raw_title)
    title = strip_site_suffix(_clean_line(title), site_name)
    h1 = _first_text(tree, "//h1")
    if h1 and title != h1 and title.startswith(h1) and re.match(r"\s+[|\-–—:·•]", title[len(h1):]):
        title = h1  # "Headline - Some Site Name" whose suffix is not the declared site name

    published = None
    for value in (_ld_str(article_ld.get("datePublished")), metas.get("article:published_time"),
                  metas.get("og:article:published_time"), metas.get("datepublished"),
                  metas.get("date"), metas.get("pubdate"), metas.get("publishdate"),
                  metas.get("dc.date.issued"), metas.get("dc.date"), metas.get("sailthru.date"),
                  _itemprop(tree, "datePublished"), _first_attr(tree, "//article//time/@datetime"),
                  _ld_str(article_ld.get("dateCreated")), _ld_str(article_ld.get("dateModified")),
                  metas.get("article:modified_time")):
        published = parse_date(value)
        if published:
            break
    if published is None:
        published = _htmldate(tree)

    authors = _authors(article_ld, metas, tree)
    description = (metas.get("og:description") or metas.get("description")
                   or _ld_str(article_ld.get("description")) or None)
    return {
        "canonical": canonical_url(tree, base, url, metas),
        "title": title or None,
        "raw_title": raw_title,
        "published": published,
        "authors": authors,
        "site_name": _clean_line(site_name) if site_name else None,
        "language": _language(tree, metas, article_ld),
        "description": _clean_line(description) if description else None,
        "jsonld_types": types,
        "article_body": _ld_body(article_ld.get("articleBody")),
    }


def canonical_url(tree: lxml.html.HtmlElement, base: str, url: str, metas: dict[str, str]) -> str:
    """rel=canonical, else og:url, else the fetched URL; resolved and canonicalize()d.

    A canonical pointing at the site root from a deep page is a CMS bug, not a redirect: ignored.
    """
    for href in (_first_attr(tree, "//link[contains(concat(' ', normalize-space(translate(@rel,"
                                   "'CANONICAL','canonical')), ' '), ' canonical ')]/@href"),
                 metas.get("og:url")):
        if not href or not href.strip():
            continue
        resolved = canonicalize(urljoin(base, href.strip()))
        parts = urlsplit(resolved)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            continue
        if parts.path in ("", "/") and not parts.query and urlsplit(url).path.strip("/"):
            continue
        return resolved
    return canonicalize(url)


def strip_site_suffix(title: str, site_name: str | None) -> str:
    """"Titolo | Testata" -> "Titolo"; only cuts a trailing part naming the site (or a short one
    after " | " when the site name is unknown), never a colon inside the headline."""
    parts = re.split(r"\s+[|\-–—:·•]{1,2}\s+", title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip()
    norm = _norm_name(last)
    if site_name and norm and (norm in _norm_name(site_name) or _norm_name(site_name) in norm):
        return title[: title.rfind(last)].rstrip(" |-–—:·•")
    if not site_name and " | " in title and len(last.split()) <= 3:
        return title[: title.rfind(" | ")].strip()
    return title


def jsonld_items(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    """Every JSON-LD object of the page: top level, lists and @graph members; broken JSON skipped."""
    for script in tree.xpath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"):
        data = _loads_lenient(script.text or "")
        if data is None:
            continue
        yield from _flatten_ld(data)


def _loads_lenient(raw: str):
    """json.loads that survives the usual CMS damage: comments, CDATA, trailing commas, raw
    newlines in strings. Returns None when it still is not JSON."""
    raw = raw.strip()
    raw = re.sub(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", raw)
    raw = re.sub(r"(?:-->|//\s*\]\]>|\]\]>)\s*$", "", raw).strip()
    if not raw:
        return None
    for candidate in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def _flatten_ld(data, depth: int = 0) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if _types(data):
            yield data
        if isinstance(graph, list | dict):
            yield from _flatten_ld(graph, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict) and _types(main):
            yield from _flatten_ld(main, depth + 1)


def _types(item: dict) -> list[str]:
    value = item.get("@type") if isinstance(item, dict) else None
    if isinstance(value, str):
        return [value.rsplit("/", 1)[-1]]
    if isinstance(value, list):
        return [v.rsplit("/", 1)[-1] for v in value if isinstance(v, str)]
    return []


def _has_type(item: dict, wanted: Iterable[str]) -> bool:
    return any(t in wanted for t in _types(item))


def _ld_str(value) -> str | None:
    """A JSON-LD value as one string (first of a list, @value/name of an object)."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, str | int | float) and str(value).strip():
        return str(value).strip()
    return None


def _ld_body(value) -> str | None:
    """JSON-LD articleBody as paragraphs: plain text, or HTML some CMSs put there."""
    body = _ld_str(value)
    if not body:
        return None
    if "<" in body and ">" in body:
        frag = lxml.html.fragment_fromstring(body, create_parent="div")
        for br in frag.iter("br"):
            br.tail = "\n" + (br.tail or "")
        blocks = [el.text_content() for el in frag.iter("p", "h2", "h3", "li", "blockquote")]
        body = "\n".join(blocks) if blocks else frag.text_content()
    return _normalise_text(body) or None


def _ld_name(value) -> str | None:
    if isinstance(value, dict):
        return _ld_str(value.get("name"))
    return _ld_str(value)


def _meta_map(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """<meta property|name|itemprop=… content=…> as a dict of lower-cased keys (first one wins)."""
    out: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), content.strip())
    return out


def _authors(article_ld: dict, metas: dict[str, str], tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    names: list[str] = []
    raw = article_ld.get("author") or article_ld.get("creator")
    for item in raw if isinstance(raw, list) else [raw]:
        name = _ld_name(item)
        if name:
            names.append(name)
    if not names:
        for key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"):
            value = metas.get(key)
            if value and not value.startswith(("http://", "https://", "/")):
                names.extend(re.split(r"\s*(?:,|;| e | and )\s*", value))
                break
    if not names:
        node = _first_text(tree, "//*[@rel='author'] | //*[@itemprop='author']")
        if node:
            names.append(node)
    seen: list[str] = []
    for name in names:
        name = re.sub(r"^(?:di|by|a cura di)\s+", "", _clean_line(name), flags=re.I)
        if name and len(name) <= 80 and name not in seen and name.lower() not in _PLACEHOLDER_AUTHORS:
            seen.append(name)
    return tuple(seen)


def _language(tree: lxml.html.HtmlElement, metas: dict[str, str], article_ld: dict) -> str | None:
    """ISO 639-1 code from <html lang>, og:locale, content-language or JSON-LD inLanguage."""
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  metas.get("og:locale"), metas.get("content-language"), metas.get("language"),
                  _ld_str(article_ld.get("inLanguage"))):
        if value:
            code = re.split(r"[-_]", value.strip().lower())[0]
            if re.fullmatch(r"[a-z]{2}", code):
                return code
    return None


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 / RFC 822 / common date string as an aware datetime (naive -> Europe/Rome)."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if not re.search(r"\d{4}|\d{1,2}\s+\w+\s+\d{2,4}", value):
        return None
    try:
        parsed = dateparser.parse(value, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=DEFAULT_TZ)
    return parsed


def _htmldate(tree: lxml.html.HtmlElement) -> datetime | None:
    """Last resort: htmldate's heuristics (URL, visible dates); date-only -> local midnight."""
    try:
        from htmldate import find_date
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - htmldate is a best-effort fallback
        return None
    if not found:
        return None
    try:
        day = datetime.strptime(found, "%Y-%m-%d").date()
    except ValueError:
        return None
    return datetime.combine(day, time(0, 0), tzinfo=DEFAULT_TZ)


# ------------------------------------------------------------------------------ main text
def main_text(tree: lxml.html.HtmlElement, url: str, *, pruned: bool = False) -> str:
    """The article's main text, furniture pruned, paragraphs separated by "\\n".

    The tree is not modified (trafilatura works on copies); `pruned=True` says prune_clutter()
    already ran on it.
    """
    if not pruned:
        tree = prune_clutter(_copy(tree))
    default = _trafilatura_text(_copy(tree), url, recall=False)
    recall = _trafilatura_text(_copy(tree), url, recall=True)
    if len(recall) >= RECALL_GAIN * len(default) and len(recall) > len(default) + 200:
        return recall
    return default or recall


_LAYOUT_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
_BLOCKS_IN_LAYOUT = "p", "h1", "h2", "h3", "article", "section", "blockquote"


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Turn layout tables into plain blocks: a table whose cells hold paragraphs or headings is
    the page grid of an older site, not data.

    Why: trafilatura renders a table as one row of "| cell | cell |" text, so a story laid out in
    a table cell came out as a single line glued to its headline, sidebar and byline."""
    for table in list(tree.iter("table")):
        if table.getparent() is None or next(table.iter(*_BLOCKS_IN_LAYOUT), None) is None:
            continue
        for el in table.iter(*_LAYOUT_TABLE_PARTS):
            el.tag = "div"
    return tree


def prune_clutter(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Remove menus, banners, related boxes, comments and widgets, but never an ancestor of the
    article itself (a wrapper class such as "has-sidebar" must not take the story with it).
    Layout tables are unwrapped first (`unwrap_layout_tables`)."""
    unwrap_layout_tables(tree)
    protected: set = set()
    for anchor in tree.xpath("//article | //h1 | //*[@itemprop='articleBody']"):
        protected.update(anchor.iterancestors())
        protected.add(anchor)
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el in protected:
            continue
        tag = el.tag.lower()
        if tag in CLUTTER_TAGS or (el.get("role") or "").lower() in CLUTTER_ROLES \
                or el.get("aria-modal") == "true":
            doomed.append(el)
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        if marks and CLUTTER_RE.search(marks):
            doomed.append(el)
    if doomed:
        total = _paragraph_chars(tree) or 1
        doomed = [el for el in doomed if el.tag in ("script", "style", "noscript", "template")
                  or _paragraph_chars(el) <= max(CLUTTER_MAX_SHARE * total,
                                                 CLUTTER_WRAPPER_MIN_CHARS)]
    for el in doomed:
        parent = el.getparent()
        if parent is not None and not any(a in doomed for a in el.iterancestors()):
            tail = el.tail
            parent.remove(el)
            if tail and tail.strip():
                _append_text(parent, tail)
    return tree


def _paragraph_chars(el) -> int:
    """Characters of paragraph text under an element (how much of the story it would take)."""
    return sum(len(p.text_content()) for p in el.iter("p"))


def _append_text(parent, text: str) -> None:
    """Keep an element's tail when the element is removed (lxml drops it with the element)."""
    last = parent[-1] if len(parent) else None
    if last is not None:
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _trafilatura_text(tree: lxml.html.HtmlElement, url: str, *, recall: bool) -> str:
    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, favor_recall=recall, include_comments=False, include_tables=True,
            include_images=False, include_links=False, with_metadata=False, deduplicate=False)
    except Exception:  # noqa: BLE001 - trafilatura may choke on odd trees; treat as no text
        return ""
    text = getattr(doc, "text", None) if doc is not None else None
    if text is None and isinstance(doc, dict):
        text = doc.get("text")
    return _normalise_text(text or "")


def _normalise_text(text: str) -> str:
    lines = [_clean_line(line) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _drop_leading_title(text: str, title: str) -> str:
    """trafilatura sometimes repeats the headline as the first line; the title is stored apart."""
    if title and text:
        first, _, rest = text.partition("\n")
        if _norm_name(first) == _norm_name(title):
            return rest
    return text


# ----------------------------------------------------------------------------- page kinds
def looks_like_error_page(title: str, h1: str | None, text: str,
                          tree: lxml.html.HtmlElement) -> bool:
    """An error page served with 200: an error title/h1 (or an error body class) and little text."""
    if len(text) >= ERROR_PAGE_MAX_TEXT_CHARS:
        return False
    body_class = (tree.find("body").get("class") or "") if tree.find("body") is not None else ""
    if re.search(r"\b(error404|error-404|page-404|not-found|notfound)\b", body_class, re.I):
        return True
    return any(value and ERROR_TITLE_RE.search(value) for value in (title, h1))


def listing_evidence(tree: lxml.html.HtmlElement, url: str, text: str,
                     jsonld_types: list[str]) -> dict[str, str] | None:
    """Why this page is a section/listing page, or None when it reads like one article.

    Either the page says so (JSON-LD CollectionPage/ItemList and no Article object), or its
    structure does: no block of running prose (an article has one container holding several
    paragraphs) and many headline links — links inside headings, or links whose anchor text makes
    up a good part of the extracted text (headline + teaser, headline + teaser…).
    """
    has_article = any(t in ARTICLE_TYPES for t in jsonld_types)
    declared = [t for t in jsonld_types if t in LISTING_TYPES]
    if declared and not has_article:
        return {"jsonld": ",".join(declared)}
    if has_article:
        return None
    prose = largest_prose_block(tree)
    if prose >= LISTING_MAX_PROSE_BLOCK_CHARS:
        return None
    heading_links, anchors = _headline_links(tree)
    in_text = sum(len(a) for a in anchors if a in text)
    ratio = in_text / max(len(text), 1)
    if heading_links >= LISTING_MIN_HEADING_LINKS or \
            (len(anchors) >= LISTING_MIN_HEADING_LINKS and ratio >= LISTING_MIN_LINK_TEXT_SHARE):
        return {"prose_block_chars": str(prose), "heading_links": str(heading_links),
                "headline_links": str(len(anchors)), "link_text_share": f"{ratio:.2f}"}
    return None


def largest_prose_block(tree: lxml.html.HtmlElement) -> int:
    """Characters of the biggest run of paragraphs sharing one parent (the article body).

    Paragraphs are <p>, or <div>s holding only inline markup (Digital360-style bodies).
    """
    best = 0
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        total = 0
        for child in el:
            if child.tag == "p" or (child.tag == "div" and child.text and child.text.strip()
                                    and all(c.tag in _INLINE_TAGS for c in child
                                            if isinstance(c.tag, str))):
                total += len(_clean_line(child.text_content()))
        best = max(best, total)
    return best


def _headline_links(tree: lxml.html.HtmlElement) -> tuple[int, list[str]]:
    """(links inside or around a heading, distinct headline-length anchor texts), navigation
    and footer links excluded."""
    heading_links = 0
    anchors: dict[str, None] = {}
    for a in tree.iter("a"):
        if not a.get("href") or a.get("href", "").startswith(("#", "javascript:", "mailto:")):
            continue
        if any(anc.tag in ("nav", "footer") for anc in a.iterancestors()):
            continue
        words = _clean_line(a.text_content()).split()
        if len(words) < LISTING_HEADLINE_MIN_WORDS:
            continue
        anchors[" ".join(words)] = None
        if a.xpath("ancestor::h2 | ancestor::h3 | ancestor::h4 | ancestor::h5 | ancestor::h6"
                   " | .//h2 | .//h3 | .//h4 | .//h5"):
            heading_links += 1
    return heading_links, list(anchors)


# ---------------------------------------------------------------------------------- helpers
def _copy(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    import copy
    return copy.deepcopy(tree)


def _base_url(tree: lxml.html.HtmlElement, url: str) -> str:
    href = _first_attr(tree, "//base/@href")
    return urljoin(url, href.strip()) if href else url


def _first_text(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for el in tree.xpath(xpath):
        text = _clean_line(el.text_content() if hasattr(el, "text_content") else str(el))
        if text:
            return text
    return None


def _first_attr(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        if str(value).strip():
            return str(value).strip()
    return None


def _itemprop(tree: lxml.html.HtmlElement, prop: str) -> str | None:
    for el in tree.xpath(f"//*[@itemprop='{prop}']"):
        value = el.get("content") or el.get("datetime") or el.text_content()
        if value and value.strip():
            return value.strip()
    return None


def _clean_line(text: str) -> str:
    return _WS_RE.sub(" ", text or "").strip()


def _norm_name(text: str) -> str:
    return re.sub(r"[\W_]+", "", (text or "").lower())


__all__ = ["extract", "extract_text_document", "decode_html", "parse_date", "page_metadata",
           "strip_site_suffix", "main_text", "prune_clutter", "is_truncated",
           "looks_like_error_page", "listing_evidence", "largest_prose_block", "jsonld_items"]
