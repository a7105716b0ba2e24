"""Logging: one line per event, and secrets never written anywhere.

Secrets reach Sentinella through `${VAR}` in the config (Slack tokens, SMTP passwords, database
passwords). Every value read that way is registered here and replaced by `***` in every log
record; URLs printed on purpose go through `redact_url`, which also hides credentials that were
written into the file directly.
"""

from __future__ import annotations

import logging
import re
import sys
from urllib.parse import parse_qsl, urlencode, urlsplit

_SECRETS: set[str] = set()
_SECRET_KEYS = re.compile(r"(pass|secret|token|key|auth|sig|webhook|pwd)", re.I)
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def register_secrets(values) -> None:
    """Values that must never appear in output (only non-trivial ones: short strings are noise)."""
    _SECRETS.update(v for v in values if isinstance(v, str) and len(v) >= 6)


def redact(text: str) -> str:
    for secret in sorted(_SECRETS, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, "***")
    return text


def redact_url(url: str) -> str:
    """The URL with its password, token-like path segments and secret query values hidden.

    apprise URLs carry their credentials in the path (slack://TokenA/TokenB/TokenC), so every
    path segment that looks like a token (long, mixed letters and digits) is shortened too.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return "***"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:***@{host}" if ":" in userinfo else f"***@{host}"
    segments = [_mask_token(s) for s in parts.path.split("/")]
    query = urlencode([(k, "***" if _SECRET_KEYS.search(k) else v) for k, v in parse_qsl(parts.query)],
                      safe="*")
    out = f"{parts.scheme}://{netloc}{'/'.join(segments)}" if parts.scheme else "/".join(segments)
    return redact(out + (f"?{query}" if query else ""))


def _mask_token(segment: str) -> str:
    if len(segment) >= 8 and re.search(r"\d", segment) and re.search(r"[A-Za-z]", segment):
        return segment[:2] + "***"
    return segment


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted record, tracebacks included (a filter sees only the message)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(level: str = "INFO", file: str = "", *, quiet: bool = False) -> None:
    """Standard logging to stderr (WARNING+ only when `quiet`, e.g. under cron) and to `file`."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sentinella", False):
            root.removeHandler(handler)
    handlers: list[logging.Handler] = []
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.WARNING if quiet else level.upper())
    handlers.append(stderr)
    if file:
        handlers.append(logging.FileHandler(file, encoding="utf-8"))
    for h in handlers:
        h.setFormatter(RedactingFormatter(FORMAT))
        h._sentinella = True  # type: ignore[attr-defined]
        root.addHandler(h)
    root.setLevel(level.upper())
    for noisy in ("scrapy", "twisted", "trafilatura", "htmldate", "urllib3", "alembic", "apscheduler"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
