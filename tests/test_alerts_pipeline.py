"""Articles in the database → deals → events → outbox, on SQLite and PostgreSQL.

Detection is replaced by a hand-made detector (deals keyed by URL) so these tests pin the
pipeline: one alert per event across outlets, update alerts, syndicated copies, idempotence.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.amounts import Amount
from alerts.deals import Deal
from alerts.digest import run_digest
from alerts.health import SourceRun, report_troubles, troubled_sources
from alerts.pipeline import analyse_pending, deliver_pending
from alerts.settings import AlertSettings, Channel, HealthSettings
from alerts.store import AlertRow, AnalysisRow, EventArticleRow, EventRow
from crawler.article import Article
from crawler.store import save_result
from jobs.database import open_database

T0 = datetime(2024, 11, 22, 9, 0, tzinfo=UTC)
BODY = ("Amazon investe altri 4 miliardi di dollari in Anthropic, portando il totale a 8 miliardi. "
        "Anthropic userà i chip Trainium di AWS per addestrare i suoi modelli di intelligenza "
        "artificiale, secondo quanto annunciato dalle due società. ") * 3


def amount(value, text, currency="USD"):
    return Amount(value=value, currency=currency, text=text, start=0, end=len(text))


def anthropic(value=4e9, kinds=("funding", "chip_exclusivity"), cps=("Amazon",), target="Anthropic"):
    a = amount(value, f"{value / 1e9:g} miliardi di dollari")
    return Deal(kinds=kinds, target=target, counterparties=cps, amount=a,
                amounts=(a, amount(8e9, "8 miliardi")), score=0.9,
                evidence=(f"{' e '.join(cps)} investono altri 4 miliardi di dollari in {target}.",))


class Detector:
    def __init__(self, by_url: dict[str, list[Deal]]):
        self.by_url, self.calls = by_url, []

    def __call__(self, article: Article, rules) -> list[Deal]:
        self.calls.append(article.url)
        return list(self.by_url.get(article.url, []))


def add(engine, url, source, text=BODY, when=T0, title="Amazon e Anthropic"):
    with Session(engine) as s:
        save_result(s, url, Article(url=url, title=title, text=text, published=when, source=source),
                    source=source)
        s.commit()


def count(engine, model, *where):
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def analyse(engine, detector, settings=None, **kw):
    with Session(engine) as s:
        return analyse_pending(s, rules=None, settings=settings, detector=detector, **kw)


def test_one_event_and_one_alert_per_channel_across_outlets(db_url):
    engine = open_database(db_url)
    settings = AlertSettings(urls=("json://127.0.0.1:9/a",),
                             channels=(Channel(url="json://127.0.0.1:9/chips", name="chips",
                                               kinds=("chip_exclusivity",)),
                                       Channel(url="json://127.0.0.1:9/big", name="big", min_amount_eur=1e11)))
    add(engine, "https://hdblog.it/a", "hdblog")
    add(engine, "https://economyup.it/b", "economyup", text="Un altro testo. " * 30, when=T0 + timedelta(hours=5))
    det = Detector({"https://hdblog.it/a": [anthropic()],
                    "https://economyup.it/b": [anthropic(cps=("Amazon Web Services",))]})
    stats = analyse(engine, det, settings)
    assert (stats.articles, stats.deals, stats.events_new, stats.events_updated) == (2, 2, 1, 0)
    assert count(engine, EventRow) == 1 and count(engine, EventArticleRow) == 2
    with Session(engine) as s:
        alerts = s.scalars(select(AlertRow)).all()
        assert sorted(a.channel for a in alerts) == sorted(["chips", AlertSettings(
            urls=("json://127.0.0.1:9/a",)).all_channels()[0].key])
        facts = alerts[0].payload["facts"]
    assert facts["target"] == "Anthropic" and facts["kinds"] == ["funding", "chip_exclusivity"]
    assert facts["amount"]["text"] == "4 miliardi di dollari" and facts["amount"]["normalised"]
    # re-running analyses nothing and queues nothing
    again = analyse(engine, det, settings)
    assert again.articles == 0 and count(engine, AlertRow) == 2 and len(det.calls) == 2


def test_bigger_amount_later_is_an_update_of_the_same_event(db_url):
    engine = open_database(db_url)
    add(engine, "https://a.it/1", "a")
    analyse(engine, Detector({"https://a.it/1": [anthropic(value=2e9)]}))
    add(engine, "https://b.it/2", "b", text="Aggiornamento diverso. " * 30, when=T0 + timedelta(days=2))
    stats = analyse(engine, Detector({"https://b.it/2": [anthropic(value=12e9, cps=("Amazon", "Google"))]}))
    assert (stats.events_new, stats.events_updated) == (0, 1)
    with Session(engine) as s:
        [ev] = s.scalars(select(EventRow)).all()
        assert ev.revision == 1 and ev.counterparties == ["Amazon", "Google"]
        update = s.scalar(select(AlertRow).where(AlertRow.kind == "update"))
        assert update.dedup_key == f"event:{ev.id}:r1"
        assert "bigger amount" in update.payload["facts"]["changes"]
        assert "new counterparty: Google" in update.payload["facts"]["changes"]
        assert len(update.payload["facts"]["outlets"]) == 2


def test_syndicated_copy_joins_without_alert_and_old_event_is_not_matched(db_url):
    engine = open_database(db_url)
    add(engine, "https://a.it/1", "a")
    add(engine, "https://b.it/copy", "b", text="Fonte ANSA. " + BODY, when=T0 + timedelta(hours=1))
    add(engine, "https://c.it/later", "c", text="Nuovo round. " * 30, when=T0 + timedelta(days=40))
    det = Detector({"https://a.it/1": [anthropic()],
                    "https://b.it/copy": [anthropic(target="Amazon", cps=("Anthropic",), value=8e9)],
                    "https://c.it/later": [anthropic()]})
    stats = analyse(engine, det)
    assert (stats.events_new, stats.duplicates, stats.events_updated) == (2, 1, 0)
    with Session(engine) as s:
        rel = dict(s.execute(select(EventArticleRow.article_id, EventArticleRow.relation)).all())
        assert sorted(rel.values()) == ["duplicate", "first", "first"]
    assert count(engine, AlertRow) == 2                           # terminal: one per event


def test_a_crash_mid_article_leaves_it_unanalysed_and_it_is_redone(db_url):
    engine = open_database(db_url)
    add(engine, "https://a.it/1", "a")
    add(engine, "https://a.it/2", "a", text="Altro. " * 40)

    def broken(article, rules):
        if article.url.endswith("/2"):
            raise RuntimeError("boom")
        return [anthropic()]

    stats = analyse(engine, broken)
    assert stats.articles == 1 and stats.errors[0]["url"] == "https://a.it/2"
    assert count(engine, AnalysisRow) == 1
    stats = analyse(engine, Detector({}))
    assert stats.articles == 1 and count(engine, AnalysisRow) == 2 and count(engine, EventRow) == 1


def test_changed_article_is_reanalysed_and_can_update(db_url):
    engine = open_database(db_url)
    add(engine, "https://a.it/1", "a")
    analyse(engine, Detector({"https://a.it/1": [anthropic(value=2e9)]}))
    add(engine, "https://a.it/1", "a", text=BODY + " Aggiornamento: la cifra sale.")
    stats = analyse(engine, Detector({"https://a.it/1": [anthropic(value=12e9)]}))
    assert (stats.articles, stats.events_new, stats.events_updated) == (1, 0, 1)
    assert count(engine, EventArticleRow) == 1


def test_deliver_prints_to_terminal_then_never_again(db_url):
    engine = open_database(db_url)
    add(engine, "https://a.it/1", "a")
    analyse(engine, Detector({"https://a.it/1": [anthropic()]}))
    out: list[str] = []
    stats = deliver_pending(engine, AlertSettings(), echo=out.append)
    assert stats.sent == 1 and "Anthropic" in out[0] and "4 miliardi di dollari →" in out[0]
    assert deliver_pending(engine, AlertSettings(), echo=out.append).sent == 0


def test_health_troubles_are_alerted_once_until_recovered(db_url):
    engine = open_database(db_url)
    hs = HealthSettings(no_articles_runs=3, extraction_failure_ratio=0.5, min_pages=3)
    history = {"wired": [SourceRun(articles=0, pages=0)] * 3,
               "hdblog": [SourceRun(articles=5, pages=10, failures=8)],
               "sole": [SourceRun(articles=0), SourceRun(articles=4, pages=4)]}
    troubles = troubled_sources(history, hs)
    assert {(t.source, t.problem) for t in troubles} == {("wired", "no_articles"),
                                                         ("hdblog", "extraction_failures")}
    settings = AlertSettings(health=hs)
    with Session(engine) as s:
        assert len(report_troubles(s, settings, troubles, checked_sources=history)) == 2
        s.commit()
        assert report_troubles(s, settings, troubles, checked_sources=history) == []   # no repeat
        s.commit()
        healed = [t for t in troubles if t.source != "wired"]
        [recovered] = report_troubles(s, settings, healed, checked_sources=history)
        assert recovered.payload["facts"]["recovered"] is True
        s.commit()
        assert len(report_troubles(s, settings, troubles, checked_sources=history)) == 1  # broke again
        s.commit()


def test_digest_is_queued_once_per_period(db_url):
    engine = open_database(db_url)
    add(engine, "https://a.it/1", "a")
    now = T0
    analyse(engine, Detector({"https://a.it/1": [anthropic()]}), now=now)
    out: list[str] = []
    deliver_pending(engine, AlertSettings(), echo=out.append)
    stats = run_digest(engine, AlertSettings(), now=now + timedelta(hours=1), echo=out.append)
    assert (stats.events, stats.queued, stats.sent) == (1, 1, 1)
    assert "daily digest" in out[-1] and "Anthropic" in out[-1]
    again = run_digest(engine, AlertSettings(), now=now + timedelta(hours=2), echo=out.append)
    assert again.queued == 0
