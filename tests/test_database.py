from sqlalchemy import inspect
from sqlalchemy.orm import Session

from crawler.article import Article, Skipped
from crawler.store import known_urls, record_error, save_result
from jobs.database import current_revision, open_database


def test_schema_is_created_and_upgraded_on_first_use(db_url):
    engine = open_database(db_url)
    tables = set(inspect(engine).get_table_names())
    assert {"articles", "pages", "runs", "alembic_version"} <= tables
    head = current_revision(engine)
    open_database(db_url)  # second open is a no-op upgrade
    assert current_revision(engine) == head


def test_article_is_stored_once_and_changes_are_detected(db_url):
    engine = open_database(db_url)
    art = Article(url="https://ex.it/a", title="T", text="body")
    with Session(engine) as s:
        assert save_result(s, "https://ex.it/a?utm_source=x", art, source="ex") == "new"
        assert save_result(s, "https://ex.it/a", art, source="ex") == "unchanged"
        changed = Article(url="https://ex.it/a", title="T", text="body, updated")
        assert save_result(s, "https://ex.it/a", changed, source="ex") == "changed"
        assert save_result(s, "https://ex.it/404", Skipped("https://ex.it/404", "error page"),
                           source="ex") == "skipped"
        record_error(s, "https://ex.it/down", "HTTP 503", source="ex")
        s.commit()
    with Session(engine) as s:
        known = known_urls(s)
    assert {"https://ex.it/a", "https://ex.it/a?utm_source=x", "https://ex.it/404"} <= known
    assert "https://ex.it/down" not in known  # errors are retried next run


def test_migrations_create_exactly_what_the_models_declare(db_url):
    """Every table of every package: Alembic's autogenerate finds nothing to change."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from crawler.store import Base

    engine = open_database(db_url)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diffs == []
    assert {"articles", "pages", "fetch_cache", "runs", "analyses", "deals", "events", "event_articles",
            "alerts", "health_issues"} <= set(Base.metadata.tables)
