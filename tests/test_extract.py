"""Extraction over the bundled demo site (jobs/demo_site) plus small edge-case snippets."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawler.article import Article, Skipped
from crawler.extract import decode_html, extract, extract_text_document, parse_date

SITE = Path(__file__).resolve().parent.parent / "jobs" / "demo_site"
BASE = "http://127.0.0.1:8765"
TI = f"{BASE}/sites/tecnoitalia"
SN = f"{BASE}/sites/startupnews"
BREZZA = "ai/2026/11/brezza-ai-serie-a-25-milioni-lagunare-capital.html"


def page(rel: str) -> bytes:
    """A demo-site file as the loopback server serves it ({{base}} replaced)."""
    return (SITE / rel).read_bytes().replace(b"{{base}}", BASE.encode())


def run(rel: str, **kw) -> Article | Skipped:
    return extract(page(rel), f"{BASE}/{rel}", **kw)


# ------------------------------------------------------------------------------ articles
def test_deal_article_text_and_metadata() -> None:
    art = run(f"sites/tecnoitalia/{BREZZA}", content_type="text/html; charset=utf-8", source="tecnoitalia")
    assert isinstance(art, Article)
    assert art.url == f"{TI}/{BREZZA}"
    assert art.title == "Brezza AI raccoglie 25 milioni di euro in un round di Serie A guidato da Lagunare Capital"
    assert "round di Serie A da 25 milioni di euro" in art.text
    assert "Lagunare Capital" in art.text
    assert art.published == datetime.fromisoformat("2026-11-16T09:30:00+01:00")
    assert art.published.utcoffset() == timedelta(hours=1)
    assert art.authors == ("Marta Ferraresi",)
    assert art.site_name == "TecnoItalia"
    assert art.language == "it"
    assert art.source == "tecnoitalia"
    assert art.description and art.description.startswith("La startup bolognese")
    assert "\n" in art.text                                  # paragraphs kept apart


def test_clutter_stays_out_of_the_text() -> None:
    art = run(f"sites/tecnoitalia/{BREZZA}")
    assert isinstance(art, Article)
    for clutter in ("cookie", "Accetta tutti", "Leggi anche", "5 miliardi di dollari",  # related box
                    "1 miliardo di euro per la robotica", "500 milioni",              # sidebar, comment
                    "Offerte del giorno", "Tutti i diritti riservati", "Pubblicità"):
        assert clutter not in art.text, clutter


def test_tracking_url_and_amp_twin_map_to_one_canonical_url() -> None:
    plain = run(f"sites/tecnoitalia/{BREZZA}")
    tracked = extract(page(f"sites/tecnoitalia/{BREZZA}"),
                      f"{TI}/{BREZZA}?utm_source=rss&utm_medium=feed&utm_campaign=tecnoitalia")
    amp = run(f"sites/tecnoitalia/amp/{BREZZA}")
    assert isinstance(amp, Article) and isinstance(tracked, Article)
    assert plain.url == tracked.url == amp.url == f"{TI}/{BREZZA}"
    assert amp.fetched_url == f"{TI}/amp/{BREZZA}"
    assert "25 milioni di euro" in amp.text
    assert "cookie" not in amp.text.lower()


@pytest.mark.parametrize(("rel", "needle"), [
    ("sites/tecnoitalia/cloud/2026/11/quadrante-ai-capacita-calcolo-2-miliardi-nimbo-cloud.html",
     "si impegna ad acquistare capacità di calcolo per 2 miliardi di dollari"),
    ("sites/startupnews/2026/11/11/sinapsi-labs-accordo-esclusiva-chip-silicio-alpino.html",
     "utilizzare in esclusiva i chip Vetta"),
    ("sites/tecnoitalia/smartphone/2026/11/recensione-orbita-x5-prezzo-italia.html", "899 euro"),
    ("sites/startupnews/2026/11/13/telcom-italia-digitale-conti-terzo-trimestre-ricavi.html",
     "ricavi per 4,2 miliardi di euro"),
])
def test_other_articles_extract(rel: str, needle: str) -> None:
    art = run(rel)
    assert isinstance(art, Article), art
    assert needle in art.text
    assert art.url == f"{BASE}/{rel}"
    assert art.published is not None and art.published.tzinfo is not None
    assert "Articoli correlati" not in art.text and "I più letti" not in art.text


def test_yoast_graph_jsonld_gives_author() -> None:
    art = run("sites/startupnews/2026/11/11/sinapsi-labs-accordo-esclusiva-chip-silicio-alpino.html")
    assert isinstance(art, Article)
    assert art.authors == ("Antonio Iovine",)
    assert art.site_name == "StartupNews"
    assert art.title == "Sinapsi Labs, 60 milioni da Silicio Alpino e un accordo in esclusiva sui chip"


def test_latin1_page_decodes_accents_and_entities() -> None:
    rel = "sites/startupnews/2026/11/12/ai-act-linee-guida-garante-imprese-italiane.html"
    raw = page(rel)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")                                   # the fixture really is latin-1
    art = extract(raw, f"{BASE}/{rel}", content_type="text/html")
    assert isinstance(art, Article)
    assert "fino a 35 milioni di €" in art.text
    assert "più basso" in art.text and "dell’AI Act" in art.text
    assert "\ufffd" not in art.text and "Ã" not in art.text
    assert art.title == "AI Act, cosa cambia per le imprese italiane con le nuove linee guida"


# ------------------------------------------------------------------------------- skipped
def test_error_page_served_with_200_is_skipped() -> None:
    res = run("sites/tecnoitalia/ai/2026/11/startup-ia-round-record-rimosso.html")
    assert isinstance(res, Skipped) and res.reason == "error page"


def test_truncated_page_is_skipped() -> None:
    res = run("sites/tecnoitalia/ai/2026/11/chip-fotonici-startup-torinese-anteprima.html")
    assert isinstance(res, Skipped) and res.reason == "truncated page"


def test_empty_article_body_is_skipped() -> None:
    res = run("sites/startupnews/2026/11/14/intervista-fondatori-startup-ia-sud.html")
    assert isinstance(res, Skipped) and res.reason == "empty body"
    assert res.canonical_url == f"{SN}/2026/11/14/intervista-fondatori-startup-ia-sud.html"


@pytest.mark.parametrize("rel", ["sites/tecnoitalia/tech/index.html", "sites/startupnews/tech/index.html"])
def test_listing_pages_are_skipped(rel: str) -> None:
    res = run(rel)
    assert isinstance(res, Skipped) and res.reason == "listing page"


def test_listing_without_jsonld_is_recognised_by_structure() -> None:
    cards = "".join(
        f'<div class="card"><h3><a href="/news/2026/11/notizia-numero-{i}-molto-importante.html">'
        f"Notizia numero {i} molto importante di oggi</a></h3><p>Breve sommario della notizia {i}.</p></div>"
        for i in range(12))
    html = f"<html><head><title>Cronaca</title></head><body><h1>Cronaca</h1>{cards}</body></html>"
    res = extract(html, "https://outlet.it/cronaca/")
    assert isinstance(res, Skipped) and res.reason == "listing page"


@pytest.mark.parametrize(("body", "ctype", "reason"), [
    (b"%PDF-1.7 binary", "application/pdf", "not HTML: application/pdf"),
    (b"%PDF-1.7 binary", None, "not HTML: PDF document"),
    (b"\x89PNG\r\n\x1a\n....", None, "not HTML: PNG image"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', None,
     "not HTML: XML feed or sitemap"),
    (b'{"a": 1}', "application/json", "not HTML: application/json"),
    (b"", "text/html", "empty response"),
    (b"   \n ", None, "empty response"),
])
def test_non_html_and_empty_responses(body: bytes, ctype: str | None, reason: str) -> None:
    res = extract(body, "https://x.it/a", content_type=ctype)
    assert isinstance(res, Skipped) and res.reason == reason


@pytest.mark.parametrize("body", [b"\x00\x01\x02garbage", "<html", "<<<>>>", b"\xff\xfe\x00<",
                                  "<html><body><p>troppo corto</p></body></html>", 12345])
def test_never_raises(body) -> None:
    assert isinstance(extract(body, "https://x.it/a"), Skipped)


# --------------------------------------------------------------------------- edge snippets
ARTICLE_TEXT = " ".join(["La startup ha raccolto nuovi capitali per crescere in Europa."] * 8)


def _article_html(head: str = "", body_extra: str = "", lang: str = "it") -> str:
    paras = "".join(f"<p>{ARTICLE_TEXT} Paragrafo {i}.</p>" for i in range(4))
    return (f'<html lang="{lang}"><head><title>Un titolo di prova | Testata</title>{head}</head>'
            f"<body><article><h1>Un titolo di prova</h1>{paras}</article>{body_extra}</body></html>")


def test_broken_jsonld_falls_back_to_other_metadata() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "X",,, </script>'
            '<meta property="article:published_time" content="2026-11-02T10:00:00+01:00">'
            '<meta property="og:site_name" content="Testata">')
    art = extract(_article_html(head), "https://testata.it/a/b-c-d.html")
    assert isinstance(art, Article)
    assert art.title == "Un titolo di prova"
    assert art.published == datetime.fromisoformat("2026-11-02T10:00:00+01:00")


def test_jsonld_with_trailing_commas_list_and_graph() -> None:
    head = ('<script type="application/ld+json">[{"@type": "WebSite", "name": "T"}, '
            '{"@graph": [{"@type": ["NewsArticle"], "headline": "Dal JSON-LD", '
            '"datePublished": "2026-11-03T08:00:00Z", "author": [{"name": "Anna Rossi"}, '
            '{"name": "Bruno Verdi"},],}]}]</script>')
    art = extract(_article_html(head).replace("<title>Un titolo di prova | Testata</title>", ""),
                  "https://testata.it/a/b-c-d.html")
    assert isinstance(art, Article)
    assert art.authors == ("Anna Rossi", "Bruno Verdi")
    assert art.published == datetime.fromisoformat("2026-11-03T08:00:00+00:00")


def test_relative_canonical_is_resolved_and_cleaned() -> None:
    head = '<link rel="canonical" href="/a/articolo-vero.html?utm_source=x#top">'
    art = extract(_article_html(head), "https://www.testata.it/amp/articolo-vero.html")
    assert isinstance(art, Article)
    assert art.url == "https://www.testata.it/a/articolo-vero.html"


def test_canonical_pointing_to_homepage_is_ignored() -> None:
    head = '<link rel="canonical" href="https://www.testata.it/">'
    art = extract(_article_html(head), "https://www.testata.it/a/articolo.html?utm_medium=x")
    assert isinstance(art, Article)
    assert art.url == "https://www.testata.it/a/articolo.html"


def test_windows_1252_bytes_declared_latin1() -> None:
    html = _article_html('<meta charset="iso-8859-1">', body_extra="").replace(
        "Paragrafo 0.", "Costo: 5 \u20ac, \u201cvirgolette\u201d e citt\u00e0.")
    raw = html.encode("cp1252")
    assert b"\x80" in raw and b"\x93" in raw                  # bytes only cp1252 defines
    art = extract(raw, "https://testata.it/a/b-c-d.html")
    assert isinstance(art, Article)
    assert "5 €, “virgolette” e città." in art.text


def test_decode_order_http_charset_then_meta_then_sniffing() -> None:
    latin = "città".encode("latin-1")
    assert decode_html(latin, "text/html; charset=ISO-8859-1") == "città"
    assert decode_html(b'<meta charset="windows-1252">' + latin).endswith("città")
    assert decode_html(latin) == "città"                       # not UTF-8: cp1252 fallback
    assert decode_html("città".encode()) == "città"
    assert decode_html("città".encode("utf-8-sig")) == "città"
    # a page declaring latin-1 but really sent as UTF-8 is read as UTF-8
    assert decode_html(b'<meta charset="iso-8859-1">' + "città".encode()).endswith("città")


def test_language_from_og_locale_when_html_lang_missing() -> None:
    html = _article_html('<meta property="og:locale" content="de_DE">').replace(' lang="it"', "")
    art = extract(html, "https://testata.it/a/b-c-d.html")
    assert isinstance(art, Article) and art.language == "de"


def test_parse_date_variants() -> None:
    assert parse_date("2026-11-16T09:30:00+01:00").utcoffset() == timedelta(hours=1)
    assert parse_date("Mon, 16 Nov 2026 09:30:00 +0100") == datetime.fromisoformat("2026-11-16T09:30:00+01:00")
    naive = parse_date("2026-11-16 09:30")
    assert naive.tzinfo is not None                            # local Italian time assumed
    assert parse_date("ieri") is None and parse_date("") is None and parse_date(None) is None


def test_text_document() -> None:
    art = extract_text_document("\n\n  Titolo del pezzo  \n\nPrimo paragrafo.\n\nSecondo.\n", "note.txt")
    assert art.title == "Titolo del pezzo"
    assert art.text == "Primo paragrafo.\nSecondo."
    assert art.url == "note.txt"


def test_layout_table_page_keeps_its_paragraphs() -> None:
    """An older site laid out in a table: the story must come out as paragraphs, not as one
    "| cell | cell |" row glued to the headline and the sidebar."""
    body = """<html><head><title>Ginepro AI firma con Tundra Cloud</title></head><body>
    <table id="layout" width="100%"><tr><td id="colonna-sx" valign="top">
      <h1>Ginepro AI firma con Tundra Cloud un accordo da 300 milioni</h1>
      <div class="info">Pubblicato il 03/11/2025 da Redazione</div>
      <p>Ginepro AI, laboratorio torinese di intelligenza artificiale, ha firmato con Tundra Cloud un
      accordo pluriennale per l'accesso a 8.000 GPU. Il valore del contratto è di 300 milioni di euro.</p>
      <p>La capacità servirà ad addestrare la prossima generazione di modelli linguistici della
      società, che finora affittava calcolo a ore da diversi fornitori europei e americani.</p>
      <p>Tundra Cloud installerà i server nel suo campus vicino a Oslo entro la fine del prossimo anno,
      ampliando la potenza disponibile per i clienti del Nord Europa.</p>
    </td><td id="colonna-dx" width="300"><div class="box">I più letti</div></td></tr></table>
    <table class="dati"><tr><th>Anno</th><th>GPU</th></tr><tr><td>2025</td><td>8.000</td></tr></table>
    </body></html>"""
    art = extract(body.encode(), "https://example.it/ginepro.html")
    assert isinstance(art, Article)
    paras = art.text.split("\n")
    assert any(p.startswith("Ginepro AI, laboratorio torinese") for p in paras)
    assert any(p.startswith("La capacità servirà") for p in paras)
    assert "|" not in art.text.split("Tundra Cloud installerà")[0]


def test_a_script_rendered_page_gives_its_text_in_jsonld_article_body() -> None:
    body = ("Cirro Labs, startup pisana che sviluppa modelli di intelligenza artificiale per i materiali, ha chiuso "
            "un round di Serie A da 14 milioni di euro guidato da Fondo Arno.\\n"
            "Le nuove risorse serviranno ad assumere trenta ricercatori e ad aprire un laboratorio a Monaco. "
            "La società era nata nel 2023 da un gruppo di fisici della Normale.")
    html = ('<html><head><title>Cirro Labs raccoglie 14 milioni | Testata</title>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cirro Labs raccoglie 14 milioni",'
            f' "datePublished": "2026-11-03T08:00:00Z", "articleBody": "{body}"}}</script></head>'
            '<body><div id="root">Caricamento…</div><script src="/app.js"></script></body></html>')
    art = extract(html, "https://testata.it/a/cirro-labs.html")
    assert isinstance(art, Article)
    assert art.text.split("\n")[0].startswith("Cirro Labs, startup pisana")
    assert len(art.text.split("\n")) == 2


def test_a_short_jsonld_summary_does_not_replace_the_page_text() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "X", '
            '"articleBody": "Un riassunto di una riga."}</script>')
    art = extract(_article_html(head), "https://testata.it/a/b-c-d.html")
    assert isinstance(art, Article) and "riassunto" not in art.text
