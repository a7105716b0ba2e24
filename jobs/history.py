"""Run history: one row per run, so `sentinella runs` and `status` can tell what happened."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crawler.store import Base, utcnow


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[datetime] = mapped_column(default=utcnow)
    finished: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(16), default="running")   # running|ok|partial|failed
    trigger: Mapped[str] = mapped_column(String(16), default="manual")    # manual|cron|daemon
    summary: Mapped[dict] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text)
