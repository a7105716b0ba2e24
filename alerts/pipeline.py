"""Articles in the database → deals → events → alerts in the outbox. The imperative shell around
detection (alerts.detect) and matching (alerts.events).

Each article is one transaction: its analysis row, deals, event changes and outbox rows commit
together. A crash mid-article leaves it unanalysed and it is redone on the next run; an article
already analysed (same content hash) is never analysed again, so re-running adds nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from alerts import events as ev
from alerts.amounts import describe
from alerts.deals import Deal
from alerts.messages import kinds_label, press_date
from alerts.notify import DeliveryStats, deliver_pending, enqueue_message, event_channels
from alerts.settings import AlertSettings
from alerts.store import AnalysisRow, DealRow, EventArticleRow, EventRow
from crawler.article import Article
from crawler.store import ArticleRow, utcnow

__all__ = ["AnalyseStats", "DeliveryStats", "analyse_pending", "deliver_pending", "event_facts",
           "rules_version"]

Detector = Callable[[Article, object], Sequence[Deal]]


@dataclass
class AnalyseStats:
    articles: int = 0                 # articles analysed in this pass
    deals: int = 0
    events_new: int = 0
    events_updated: int = 0           # material updates (each one sends an update alert)
    duplicates: int = 0               # deals of syndicated copies joined to an existing event
    alerts_queued: int = 0
    errors: list[dict] = field(default_factory=list)    # {"source", "url", "error"}


def rules_version(rules: object) -> str:
    """`rules.version` when the rules have one, else a hash of their repr (changes with them)."""
    version = getattr(rules, "version", None)
    if version:
        return str(version)[:64]
    return hashlib.sha256(repr(rules).encode()).hexdigest()[:16]


def _default_detector() -> Detector:
    from alerts.detect import detect

    return detect


def pending_article_ids(session: Session, limit: int | None = None) -> list[int]:
    """Articles never analysed, or changed since they were."""
    q = (select(ArticleRow.id)
         .outerjoin(AnalysisRow, AnalysisRow.article_id == ArticleRow.id)
         .where(or_(AnalysisRow.id.is_(None), AnalysisRow.content_hash != ArticleRow.content_hash))
         .order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.id))
    return list(session.scalars(q.limit(limit) if limit else q))


def analyse_pending(session: Session, rules: object, settings: AlertSettings | None = None, *,
                    now: datetime | None = None, detector: Detector | None = None,
                    limit: int | None = None) -> AnalyseStats:
    """Analyse every article not yet analysed; one transaction (commit) per article.

    `settings` decides which channels the new alerts are queued for (default: the terminal).
    `detector` defaults to `alerts.detect.detect`; tests pass their own.
    """
    settings = settings or AlertSettings()
    detect = detector or _default_detector()
    stats = AnalyseStats()
    version = rules_version(rules)
    for article_id in pending_article_ids(session, limit):
        try:
            _analyse_one(session, article_id, rules, detect, settings, version, now or utcnow(), stats)
            session.commit()
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
            session.rollback()
            row = session.get(ArticleRow, article_id)
            stats.errors.append({"source": row.source if row else None, "url": row.url if row else "",
                                 "error": f"analysis: {exc.__class__.__name__}: {exc}"})
    return stats


def _analyse_one(session: Session, article_id: int, rules: object, detect: Detector,
                 settings: AlertSettings, version: str, now: datetime, stats: AnalyseStats) -> None:
    row = session.get(ArticleRow, article_id)
    article = row.to_article()
    deals = [d for d in detect(article, rules) if d.score >= settings.min_score]
    sig = ev.signature(f"{article.title}\n{article.text}")
    analysis = session.scalar(select(AnalysisRow).where(AnalysisRow.article_id == article_id))
    if analysis is None:
        analysis = AnalysisRow(article_id=article_id)
        session.add(analysis)
    analysis.content_hash, analysis.rules_version = row.content_hash, version
    analysis.analysed_at, analysis.deals, analysis.minhash = now, len(deals), list(sig) if sig else None

    # A changed article is analysed afresh: the deals read from its old text must not linger
    # (events would keep quoting their evidence). Links to them are set to NULL by the FK.
    session.execute(delete(DealRow).where(DealRow.article_id == article_id,
                                          DealRow.content_hash != row.content_hash))
    published = article.published or row.fetched_at or now
    rates = settings.rates()
    touched: dict[int, dict] = {}             # event id → {"new", "changes", "evidence"}
    for position, deal in enumerate(deals):
        facts = ev.facts_from_deal(deal, published=published, rates=rates, source=row.source, signature=sig)
        deal_row = DealRow(article_id=article_id, content_hash=row.content_hash, position=position,
                           kinds=list(deal.kinds), target=deal.target,
                           counterparties=list(deal.counterparties), amount_eur=facts.amount_eur,
                           score=deal.score, data=deal.to_json(), created_at=now)
        session.add(deal_row)
        stats.deals += 1
        candidates = load_candidates(session, published, settings.event_window_days, exclude_article=article_id)
        match = ev.find_match(facts, candidates, window_days=settings.event_window_days,
                              duplicate_threshold=settings.duplicate_threshold)
        if match is None:
            event = _create_event(session, facts, deal, now)
            touched[event.id] = {"new": True, "changes": [], "evidence": deal.evidence}
            relation, similarity = "first", None
        else:
            event = session.get(EventRow, match.event_id)
            info = touched.setdefault(event.id, {"new": False, "changes": [], "evidence": deal.evidence})
            relation, similarity = match.relation, match.similarity
            if match.relation == "duplicate":
                stats.duplicates += 1
            else:
                _merge_into(event, candidates, facts, deal, now)
                info["changes"] += [c for c in match.changes if c not in info["changes"]]
                relation = "update" if match.changes else "same"
        deal_row.event_id = event.id
        _link(session, event.id, article_id, deal_row, relation, similarity, now)

    for event_id, info in touched.items():
        event = session.get(EventRow, event_id)
        if info["new"]:
            kind, stats.events_new = "event", stats.events_new + 1
        elif info["changes"]:
            event.revision += 1
            kind, stats.events_updated = "update", stats.events_updated + 1
        else:
            continue
        facts = event_facts(session, event, alert_kind=kind, changes=info["changes"],
                            evidence=info["evidence"])
        rows = enqueue_message(session, settings, event_channels(settings, facts), kind=kind,
                               template="event", facts=facts, dedup_key=f"event:{event.id}:r{event.revision}",
                               event_id=event.id, revision=event.revision, now=now)
        stats.alerts_queued += len(rows)
    stats.articles += 1


def load_candidates(session: Session, published: datetime, window_days: float, *,
                    exclude_article: int | None = None) -> list[ev.EventState]:
    """Events within the window around `published` (indexed on last_published), with the text
    signatures of their articles; bounded by the window, not by history."""
    lo, hi = ev.window_bounds(published, window_days)
    rows = list(session.scalars(select(EventRow).where(EventRow.last_published >= lo,
                                                       EventRow.first_published <= hi)))
    if not rows:
        return []
    sigs: dict[int, list[tuple[int, ...]]] = {}
    q = (select(EventArticleRow.event_id, AnalysisRow.minhash)
         .join(AnalysisRow, AnalysisRow.article_id == EventArticleRow.article_id)
         .where(EventArticleRow.event_id.in_([r.id for r in rows])))
    if exclude_article is not None:
        q = q.where(EventArticleRow.article_id != exclude_article)
    for event_id, minhash in session.execute(q):
        if minhash:
            sigs.setdefault(event_id, []).append(tuple(minhash))
    return [_state(r, tuple(sigs.get(r.id, ()))) for r in rows]


def _state(row: EventRow, signatures: tuple[tuple[int, ...], ...] = ()) -> ev.EventState:
    return ev.EventState(
        id=row.id, target=row.target, kinds=frozenset(row.kinds), counterparties=tuple(row.counterparties),
        amount_eur=row.amount_eur, amounts_eur=tuple(row.amounts_eur or ()),
        first_published=row.first_published, last_published=row.last_published, score=row.score,
        signatures=signatures,
    )


def _amount_json(deal: Deal, eur: float | None) -> dict | None:
    if deal.amount is None:
        return None
    out = deal.amount.to_json()
    out["eur"] = eur
    out["normalised"] = normalised(deal)
    return out


def normalised(deal: Deal) -> str:
    """The headline amount in a comparable form ("8.0 bn USD")."""
    return describe(deal.amount) if deal.amount else ""


def _create_event(session: Session, facts: ev.Facts, deal: Deal, now: datetime) -> EventRow:
    row = EventRow(
        target=facts.target, kinds=ev.kinds_in_order(facts.kinds), counterparties=list(facts.counterparties),
        amount=_amount_json(deal, facts.amount_eur), amount_eur=facts.amount_eur,
        amounts_eur=list(facts.amounts_eur), score=facts.score, revision=0,
        first_published=facts.published, last_published=facts.published, created_at=now, updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def _merge_into(row: EventRow, candidates: list[ev.EventState], facts: ev.Facts, deal: Deal,
                now: datetime) -> None:
    state = next((c for c in candidates if c.id == row.id), None) or _state(row)
    merged = ev.merge(state, facts)
    if facts.amount_eur and (row.amount_eur is None or facts.amount_eur > row.amount_eur):
        row.amount = _amount_json(deal, facts.amount_eur)
    row.target = merged.target
    row.kinds = ev.kinds_in_order(merged.kinds)
    row.counterparties = list(merged.counterparties)
    row.amount_eur, row.amounts_eur = merged.amount_eur, list(merged.amounts_eur)
    row.first_published, row.last_published = merged.first_published, merged.last_published
    row.score, row.updated_at = merged.score, now


def _link(session: Session, event_id: int, article_id: int, deal_row: DealRow, relation: str,
          similarity: float | None, now: datetime) -> None:
    session.flush()
    link = session.scalar(select(EventArticleRow).where(EventArticleRow.event_id == event_id,
                                                        EventArticleRow.article_id == article_id))
    if link is None:
        session.add(EventArticleRow(event_id=event_id, article_id=article_id, deal_id=deal_row.id,
                                    relation=relation, similarity=similarity, added_at=now))
    elif relation == "update":
        link.relation, link.deal_id = relation, deal_row.id


def event_articles(session: Session, event_id: int) -> list[tuple[EventArticleRow, ArticleRow]]:
    q = (select(EventArticleRow, ArticleRow).join(ArticleRow, ArticleRow.id == EventArticleRow.article_id)
         .where(EventArticleRow.event_id == event_id).order_by(EventArticleRow.added_at, EventArticleRow.id))
    return [(link, art) for link, art in session.execute(q)]


def event_facts(session: Session, event: EventRow, *, alert_kind: str = "event",
                changes: Sequence[str] = (), evidence: Sequence[str] = ()) -> dict:
    """The JSON-able facts an alert message is rendered from (stored in the outbox payload)."""
    session.flush()
    outlets = []
    for link, art in event_articles(session, event.id):
        outlets.append({"source": art.source, "name": art.site_name or art.source or _host(art.url),
                        "title": art.title, "url": art.url, "relation": link.relation,
                        "published": press_date(art.published)})
    if not evidence:
        best = session.scalar(select(DealRow).where(DealRow.event_id == event.id)
                              .order_by(DealRow.score.desc(), DealRow.id))
        evidence = tuple((best.data or {}).get("evidence", ())) if best else ()
    return {
        "alert_kind": alert_kind, "event_id": event.id, "revision": event.revision,
        "kinds": list(event.kinds), "kinds_label": kinds_label(event.kinds),
        "target": event.target, "counterparties": list(event.counterparties),
        "amount": event.amount, "outlets": outlets,
        "published": press_date(event.first_published),
        "evidence": evidence[0] if evidence else "", "score": round(float(event.score or 0.0), 2),
        "changes": list(changes),
    }


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url
