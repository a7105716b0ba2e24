"""Discovery over the bundled demo site (jobs/demo_site) plus inline edge cases."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.discover import (
    DiscoveryError,
    looks_like_article_url,
    parse_feed,
    parse_listing,
    parse_sitemap,
    robots_sitemaps,
)

SITE = Path(__file__).resolve().parent.parent / "jobs" / "demo_site"
BASE = "http://127.0.0.1:8765"
TI = f"{BASE}/sites/tecnoitalia"
SN = f"{BASE}/sites/startupnews"
BREZZA = f"{TI}/ai/2026/11/brezza-ai-serie-a-25-milioni-lagunare-capital.html"
QUADRANTE = f"{TI}/cloud/2026/11/quadrante-ai-capacita-calcolo-2-miliardi-nimbo-cloud.html"
ORBITA = f"{TI}/smartphone/2026/11/recensione-orbita-x5-prezzo-italia.html"
FOTONICI = f"{TI}/ai/2026/11/chip-fotonici-startup-torinese-anteprima.html"


def page(rel: str) -> bytes:
    return (SITE / rel).read_bytes().replace(b"{{base}}", BASE.encode())


# ------------------------------------------------------------------------------------ feeds
def test_rss_feed_items_with_dates_and_clean_urls() -> None:
    links = parse_feed(page("sites/tecnoitalia/feed.xml"), f"{TI}/feed.xml")
    assert [link.url for link in links] == [
        BREZZA,                                                    # utm_* dropped
        f"{TI}/privata/2026/11/anteprima-abbonati-accordo-chip-segreto.html",
        f"{TI}/ai/2026/11/startup-ia-round-record-rimosso.html",
        QUADRANTE, FOTONICI, ORBITA]
    assert links[0].published == datetime(2026, 11, 16, 8, 30, tzinfo=UTC)
    assert links[0].title.startswith("Brezza AI raccoglie 25 milioni")
    assert all(link.published and link.published.tzinfo for link in links)


def test_atom_feed_uses_rel_alternate_not_replies() -> None:
    links = parse_feed(page("sites/startupnews/feed.xml"), f"{SN}/feed.xml")
    assert len(links) == 4
    assert all("#" not in link.url for link in links)
    assert links[-1].url == f"{SN}/2026/11/11/sinapsi-labs-accordo-esclusiva-chip-silicio-alpino.html"
    assert links[-1].published == datetime(2026, 11, 11, 10, 20, tzinfo=UTC)


def test_rss_latin1_declaration_cdata_and_relative_links() -> None:
    body = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>T</title>'
            "<item><title>Citt\u00e0 e novit\u00e0</title><link>/art/uno-due-tre.html?fbclid=x</link>"
            "<pubDate>Tue, 03 Nov 2026 10:00:00 +0100</pubDate>"
            "<description><![CDATA[<p>Un <b>sommario</b></p>]]></description></item>"
            "<item><title>Senza link</title><guid isPermaLink=\"true\">https://t.it/art/quattro</guid></item>"
            "</channel></rss>").encode("latin-1")
    links = parse_feed(body, "https://t.it/feed/")
    assert [link.url for link in links] == ["https://t.it/art/uno-due-tre.html", "https://t.it/art/quattro"]
    assert links[0].title == "Città e novità"
    assert links[0].published == datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("body", "reason"), [
    (b"<!DOCTYPE html><html><head><title>Pagina non trovata</title></head><body></body></html>",
     "not a feed: HTML page"),
    (b"Not Found", "not a feed: not XML"),
    (b"", "not a feed: empty body"),
    (b'{"items": []}', "not a feed: JSON document"),
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
     "not a feed: a sitemap (<urlset>)"),
])
def test_not_a_feed(body: bytes, reason: str) -> None:
    with pytest.raises(DiscoveryError) as err:
        parse_feed(body, "https://t.it/feed")
    assert str(err.value).startswith(reason)


def test_gzipped_feed_is_read() -> None:
    links = parse_feed(gzip.compress(page("sites/startupnews/feed.xml")), f"{SN}/feed.xml")
    assert len(links) == 4


# --------------------------------------------------------------------------------- sitemaps
def test_google_news_sitemap_with_amp_url() -> None:
    links, children = parse_sitemap(page("sites/tecnoitalia/sitemap-news.xml"), f"{TI}/sitemap-news.xml")
    assert children == []
    assert [link.url for link in links] == [
        BREZZA, f"{TI}/amp/ai/2026/11/brezza-ai-serie-a-25-milioni-lagunare-capital.html", QUADRANTE, ORBITA]
    assert links[0].published == datetime.fromisoformat("2026-11-16T09:30:00+01:00")
    assert links[0].title.startswith("Brezza AI")


def test_sitemap_index_gives_children() -> None:
    links, children = parse_sitemap(page("sites/startupnews/sitemap_index.xml"), f"{SN}/sitemap_index.xml")
    assert links == []
    assert children == [f"{SN}/post-sitemap.xml", f"{SN}/page-sitemap.xml"]


def test_urlset_with_lastmod_and_xhtml_links() -> None:
    links, children = parse_sitemap(page("sites/startupnews/post-sitemap.xml"), f"{SN}/post-sitemap.xml")
    assert children == [] and len(links) == 4
    assert links[-1].published == datetime.fromisoformat("2026-11-11T11:20:00+01:00")


def test_gzip_sitemap_and_date_only_lastmod() -> None:
    xml = (b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
           b' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
           b"<url><loc>https://t.it/a/uno-due-tre.html?utm_source=sm</loc><lastmod>2026-11-05</lastmod>"
           b"<image:image><image:loc>https://t.it/i.jpg</image:loc></image:image></url>"
           b"<url><loc>https://t.it/a/uno-due-tre.html</loc></url>"
           b"<url><loc> https://t.it/b/quattro </loc></url></urlset>")
    links, children = parse_sitemap(gzip.compress(xml), "https://t.it/sitemap.xml.gz")
    assert [link.url for link in links] == ["https://t.it/a/uno-due-tre.html", "https://t.it/b/quattro"]
    assert links[0].published == datetime(2026, 11, 5, tzinfo=UTC)


def test_sitemap_index_without_namespace() -> None:
    xml = b"<sitemapindex><sitemap><loc>/sitemap-1.xml</loc></sitemap></sitemapindex>"
    assert parse_sitemap(xml, "https://t.it/sitemap.xml") == ([], ["https://t.it/sitemap-1.xml"])


@pytest.mark.parametrize(("body", "reason"), [
    (b"<html><body>Pagina non trovata</body></html>", "not a sitemap: HTML page"),
    (b"User-agent: *", "not a sitemap: not XML"),
    (b'<rss version="2.0"><channel/></rss>', "not a sitemap: a feed (<rss>)"),
    (b"\x1f\x8b\x08garbage", "corrupt gzip body"),
])
def test_not_a_sitemap(body: bytes, reason: str) -> None:
    with pytest.raises(DiscoveryError) as err:
        parse_sitemap(body, "https://t.it/sitemap.xml")
    assert str(err.value).startswith(reason)


# ------------------------------------------------------------------------------- listings
def test_listing_gives_article_links_only() -> None:
    links = parse_listing(page("sites/tecnoitalia/tech/index.html"), f"{TI}/tech/index.html")
    assert [link.url for link in links] == [BREZZA, QUADRANTE, ORBITA, FOTONICI]
    assert links[0].title.startswith("Brezza AI raccoglie")


def test_wordpress_listing_skips_category_and_pagination() -> None:
    links = parse_listing(page("sites/startupnews/tech/index.html"), f"{SN}/tech/index.html")
    assert [link.url.rsplit("/", 1)[-1] for link in links] == [
        "sinapsi-labs-accordo-esclusiva-chip-silicio-alpino.html",
        "ai-act-linee-guida-garante-imprese-italiane.html",
        "telcom-italia-digitale-conti-terzo-trimestre-ricavi.html"]


def test_listing_excludes_other_sites_nav_footer_and_assets() -> None:
    html = b"""<html><body>
    <nav><a href="/tech/2026/11/articolo-nel-menu-di-navigazione.html">Menu</a></nav>
    <header><a href="/2026/11/05/header-link-con-slug-lungo/">Header</a></header>
    <main>
      <a href="https://altro-sito.it/2026/11/05/articolo-di-un-altro-sito/">Altro sito</a>
      <a href="/2026/11/05/articolo-buono-con-slug/">Articolo buono</a>
      <a href="/2026/11/05/articolo-buono-con-slug/#respond">Commenti</a>
      <a href="/tag/intelligenza-artificiale-generativa/">Tag</a>
      <a href="/category/startup-e-venture-capital/">Categoria</a>
      <a href="/author/mario-rossi-giornalista/">Autore</a>
      <a href="/page/2/">2</a><a href="/tech/?page=3">3</a>
      <a href="/wp-content/uploads/2026/11/foto-grande-del-giorno.jpg">Foto</a>
      <a href="/feed/">Feed</a>
      <a href="https://bari.outlet.it/notizie/12345/incendio-in-centro">Incendio in centro a Bari</a>
    </main>
    <footer><a href="/chi-siamo/la-nostra-redazione-completa/">Chi siamo</a></footer>
    </body></html>"""
    links = parse_listing(html, "https://www.outlet.it/tech/")
    assert [link.url for link in links] == [
        "https://www.outlet.it/2026/11/05/articolo-buono-con-slug/",
        "https://bari.outlet.it/notizie/12345/incendio-in-centro"]


def test_listing_whose_main_column_is_an_aside() -> None:
    cards = "".join(f'<h3><a href="/2026/11/0{i}/notizia-di-cronaca-numero-{i}/">Notizia {i}</a></h3>'
                    for i in range(1, 6))
    html = f'<html><body><aside class="main-col">{cards}</aside></body></html>'.encode()
    assert len(parse_listing(html, "https://outlet.it/cronaca/")) == 5


@pytest.mark.parametrize(("url", "expected"), [
    ("https://t.it/2026/11/05/titolo/", True),
    ("https://t.it/tecnologia/articoli/n639201_claude-opus-ufficiale.html", True),
    ("https://t.it/economia/startup-raccoglie-venti-milioni-di-euro", True),
    ("https://t.it/art/notizia-AHqR7fKD", False),
    ("https://t.it/tech/", False),
    ("https://t.it/tag/ai/", False),
    ("https://t.it/login/", False),
    ("https://t.it/static/app.js", False),
    ("https://t.it/tech/index.html", False),
])
def test_looks_like_article_url(url: str, expected: bool) -> None:
    assert looks_like_article_url(url) is expected


# ----------------------------------------------------------------------------------- robots
def test_robots_sitemaps_from_demo_site() -> None:
    assert robots_sitemaps(page("sites/tecnoitalia/robots.txt").decode()) == [f"{TI}/sitemap-news.xml"]
    assert robots_sitemaps(page("sites/startupnews/robots.txt").decode()) == [f"{SN}/sitemap_index.xml"]


def test_robots_sitemaps_any_case_deduplicated() -> None:
    robots = ("User-agent: *\nDisallow: /x\nsitemap: https://t.it/a.xml\n"
              "SITEMAP:https://t.it/b.xml # commento\nSitemap: https://t.it/a.xml\nSitemap: /relativo.xml\n")
    assert robots_sitemaps(robots) == ["https://t.it/a.xml", "https://t.it/b.xml"]
    assert robots_sitemaps("") == []
