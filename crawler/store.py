"""Article storage: the crawler's tables and the few queries the crawl needs.

Every package owns its tables but they share one declarative `Base`, so one Alembic history
(jobs/migrations) can create and upgrade them all. SQLite gets WAL and a busy timeout so the
daemon, a cron run and a reader (`sentinella status`) can share the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    event,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from crawler.article import Article, Skipped

# Skip reasons that may well be different on the next fetch: a transfer cut off, an empty or
# unreadable response, an article page whose body the CMS has not filled in yet. Such a page is
# recorded as "retry" and fetched again on the next runs, up to RETRY_ATTEMPTS fetches in a row
# without an article; after that it is settled as "skipped" (a page that is always truncated or
# always empty must not cost a request every half hour forever). Every other reason ("error
# page", "listing page", "not HTML: …", robots.txt refusals) is permanent at once.
RETRY_REASONS: frozenset[str] = frozenset({"truncated page", "empty response", "extraction failed",
                                           "empty body"})
RETRY_ATTEMPTS = 3             # the default of CrawlSettings.page_attempts


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict: JSON, list: JSON}


def utcnow() -> datetime:
    return datetime.now(UTC)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    source: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None]
    authors: Mapped[list] = mapped_column(JSON, default=list)
    site_name: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(16))
    fetched_url: Mapped[str | None] = mapped_column(String(2048))
    content_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    def to_article(self) -> Article:
        return Article(
            url=self.url, title=self.title, text=self.text, published=self.published,
            authors=tuple(self.authors or ()), site_name=self.site_name, language=self.language,
            source=self.source, fetched_url=self.fetched_url, description=self.description,
        )


class PageRow(Base):
    """Every URL the crawler fetched (or tried to), so a known URL is never fetched again."""

    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    source: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))          # article | skipped | retry | error
    reason: Mapped[str | None] = mapped_column(Text)
    # fetches in a row that gave no article (errors and skips alike); 0 once it is an article
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    http_status: Mapped[int | None]
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"),
                                                   index=True)    # ix_pages_article_id, as 0001 made it
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_fetched: Mapped[datetime] = mapped_column(default=utcnow)


class FetchCacheRow(Base):
    """HTTP validators of a discovery document (feed, sitemap, listing page) for conditional GET.

    The daemon re-reads every feed every half hour; with the document's ETag / Last-Modified the
    outlet can answer 304 instead of resending it. A row exists only while its validators are
    trustworthy: written once every link the document listed was stored (not capped, not cut by
    the time limit, not failed), deleted as soon as a full 200 response replaces the document, so
    a 304 never hides a link that was never fetched. `links` is how many article links the
    document listed, reported again on a 304 so source health does not read "unchanged" as "empty".
    """

    __tablename__ = "fetch_cache"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    etag: Mapped[str | None] = mapped_column(String(1024))
    last_modified: Mapped[str | None] = mapped_column(String(100))   # the header, verbatim
    links: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[int] = mapped_column(Integer)                    # last HTTP status: 200 or 304
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back: If-None-Match / If-Modified-Since, and the link count."""

    etag: str | None
    last_modified: str | None
    links: int = 0

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def make_engine(url: str) -> Engine:
    """An engine with the settings Sentinella relies on (WAL + busy timeout on SQLite)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def content_hash(article: Article) -> str:
    return hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()


def known_urls(session: Session, urls: Iterable[str] | None = None) -> set[str]:
    """URLs already fetched or stored as article URLs (all of them, or those among `urls`).

    Pages that failed with an error or a temporary skip ("retry") are not "known": they are
    tried again on the next run.
    """
    pages = select(PageRow.url).where(PageRow.status.not_in(("error", "retry")))
    arts = select(ArticleRow.url)
    if urls is not None:
        wanted = list(set(urls))
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            found |= set(session.scalars(pages.where(PageRow.url.in_(chunk))))
            found |= set(session.scalars(arts.where(ArticleRow.url.in_(chunk))))
        return found
    return set(session.scalars(pages)) | set(session.scalars(arts))


def save_result(
    session: Session,
    fetched_url: str,
    result: Article | Skipped,
    *,
    source: str | None = None,
    http_status: int | None = None,
    max_attempts: int = RETRY_ATTEMPTS,
) -> str:
    """Record one fetched page; returns "new", "changed", "unchanged", "skipped" or "retry".

    "retry": skipped for a reason that may pass (see RETRY_REASONS); the page is fetched again
    next run, until `max_attempts` fetches in a row have given no article.

    The caller commits: one page is one transaction, so a crash never leaves half a page.
    """
    now = utcnow()
    status = "skipped"
    article_id = None
    if isinstance(result, Article):
        h = content_hash(result)
        row = session.scalar(select(ArticleRow).where(ArticleRow.url == result.url))
        if row is None:
            row = ArticleRow(
                url=result.url, source=source or result.source, title=result.title, text=result.text,
                description=result.description, published=result.published,
                authors=list(result.authors), site_name=result.site_name, language=result.language,
                fetched_url=fetched_url, content_hash=h, fetched_at=now, updated_at=now,
            )
            session.add(row)
            status = "new"
        elif row.content_hash != h:
            row.title, row.text, row.description = result.title, result.text, result.description
            row.published = result.published or row.published
            row.authors = list(result.authors)
            row.content_hash, row.updated_at = h, now
            status = "changed"
        else:
            status = "unchanged"
        session.flush()
        article_id = row.id
    reason = result.reason if isinstance(result, Skipped) else None
    page = _upsert_page(session, fetched_url, source, "article" if article_id else "skipped", reason,
                        http_status, article_id, now)
    if reason in RETRY_REASONS and page.attempts < max_attempts:
        page.status = status = "retry"
    return status


def record_error(session: Session, url: str, error: str, *, source: str | None = None,
                 http_status: int | None = None) -> None:
    """A page that could not be fetched; kept so reports can name it (it is retried next run)."""
    _upsert_page(session, url, source, "error", error, http_status, None, utcnow())


def _upsert_page(session: Session, url: str, source: str | None, status: str, reason: str | None,
                 http_status: int | None, article_id: int | None, now: datetime) -> PageRow:
    page = session.scalar(select(PageRow).where(PageRow.url == url))
    if page is None:
        page = PageRow(url=url, first_seen=now, attempts=0)
        session.add(page)
    page.source, page.status, page.reason = source, status, reason
    page.http_status, page.article_id, page.last_fetched = http_status, article_id, now
    page.attempts = 0 if status == "article" else (page.attempts or 0) + 1
    return page


def get_validators(session: Session, url: str) -> Validators | None:
    """The stored validators of a discovery document, or None (fetch it unconditionally)."""
    row = session.scalar(select(FetchCacheRow).where(FetchCacheRow.url == url))
    if row is None or not (row.etag or row.last_modified):
        return None
    return Validators(row.etag, row.last_modified, row.links or 0)


def save_validators(session: Session, url: str, validators: Validators, *, status: int = 200) -> None:
    """Remember (or refresh) a document's validators; the caller commits."""
    row = session.scalar(select(FetchCacheRow).where(FetchCacheRow.url == url))
    if row is None:
        row = FetchCacheRow(url=url)
        session.add(row)
    row.etag, row.last_modified = validators.etag, validators.last_modified
    row.links, row.status, row.fetched_at = validators.links, status, utcnow()


def forget_validators(session: Session, url: str) -> None:
    """Drop a document's validators: the next fetch of it is unconditional."""
    session.execute(delete(FetchCacheRow).where(FetchCacheRow.url == url))
