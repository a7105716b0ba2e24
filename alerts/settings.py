"""The `[alerts]` table of config.toml as frozen dataclasses.

The config loader validates these generically from the field types, so only plain types are
used (str, int, float, bool, tuple[str, ...], dict[str, float] and nested frozen dataclasses).
An empty `[alerts]` is valid: with no channel, alerts are printed to the terminal.

Two ways to declare channels, both may be used together:

    [alerts]
    urls = ["${SENTINELLA_SLACK_URL}"]        # DESIGN contract: each URL receives everything

    [[alerts.channels]]                       # routed channels
    name = "chips"
    url = "${SLACK_CHIPS_URL}"
    kinds = ["chip_exclusivity"]              # only these deal kinds (empty: all)
    min_amount_eur = 1e9                      # only deals at least this big (0: all, unknown too)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

TERMINAL = "terminal"          # the pseudo-channel used when no channel is configured

#: Rough EUR rates used to compare amounts across currencies and for `min_amount_eur` routing.
#: Good enough to tell 8 bn USD from 600 M EUR; override in `[alerts] fx`.
DEFAULT_FX: dict[str, float] = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.05, "JPY": 0.0062,
                                "CNY": 0.13, "CAD": 0.67, "INR": 0.011}


@dataclass(frozen=True)
class Channel:
    """One apprise URL with its routing filters and message template.

    `name` identifies the channel in the outbox; set it when the URL holds a secret that may be
    rotated, otherwise it is derived from a hash of the URL. Filters are ANDed; empty means "all".
    `min_amount_eur` > 0 drops deals whose amount is unknown. `template` is the base name of the
    Jinja2 templates (`<template>.<md|txt|html>.j2`, looked up in `[alerts] templates_dir` first);
    `format` is "markdown", "text" or "html" ("" picks one from the URL scheme: email → html,
    Slack/Discord/… → markdown, others → text).
    """

    url: str
    name: str = ""
    kinds: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_amount_eur: float = 0.0
    min_score: float = 0.0
    tags: tuple[str, ...] = ()          # free labels, shown by `alerts list`/`test`; not routing
    template: str = "event"
    format: str = ""
    events: bool = True                 # receives new-event and update alerts
    digest: bool = False                # receives the digest
    operational: bool = False           # receives pipeline-health alerts

    @property
    def key(self) -> str:
        """Stable outbox name: `name`, or scheme + short hash of the URL (no secret shown)."""
        if self.name:
            return self.name
        scheme = self.url.split("://", 1)[0].lower() if "://" in self.url else "url"
        return f"{scheme}-{hashlib.sha256(self.url.encode()).hexdigest()[:8]}"


@dataclass(frozen=True)
class HealthSettings:
    """When a source is in trouble (see alerts.health)."""

    no_articles_runs: int = 3               # N consecutive runs with no new article …
    extraction_failure_ratio: float = 0.5   # … or most pages of the last run failed extraction
    min_pages: int = 3                      # the ratio is judged only on at least this many pages
    channels: tuple[str, ...] = ()          # channel names; empty: channels with operational=true,
                                            # else every channel (else the terminal)
    recovery: bool = True                   # also say when a source recovers


@dataclass(frozen=True)
class DigestSettings:
    period: str = "daily"                   # daily | weekly
    channels: tuple[str, ...] = ()          # names; empty: channels with digest=true
    template: str = "digest"
    schedule: str = ""                      # crontab for the daemon, e.g. "0 8 * * *" ("" = not scheduled)


@dataclass(frozen=True)
class AlertSettings:
    urls: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = ()
    event_window_days: float = 14.0         # an article joins an event seen within this window
    duplicate_threshold: float = 0.6        # MinHash Jaccard above which two texts are copies
    min_score: float = 0.0                  # deals below this score open no event
    retry_backoff_seconds: float = 60.0     # first retry delay; doubles on each failure
    retry_backoff_max_seconds: float = 6 * 3600.0
    max_attempts: int = 8                   # then the alert is marked failed (`alerts retry --failed`)
    claim_timeout_seconds: float = 600.0    # a "sending" claim older than this was a crash
    templates_dir: str = ""                 # user templates, searched before the built-in ones
    fx: dict[str, float] = field(default_factory=dict)   # currency → EUR, merged over DEFAULT_FX
    health: HealthSettings = HealthSettings()
    digest: DigestSettings = DigestSettings()

    def all_channels(self) -> tuple[Channel, ...]:
        """`urls` as catch-all channels ("url-1", "url-2"…), then the routed `channels`."""
        # Named by position, not by a hash of the URL: rotating the token inside a URL keeps
        # the channel (and its pending alerts).
        plain = tuple(Channel(url=u, name=f"url-{i}") for i, u in enumerate(self.urls, 1) if u)
        return plain + tuple(c for c in self.channels if c.url)

    def channel(self, key: str) -> Channel | None:
        return next((c for c in self.all_channels() if c.key == key), None)

    def rates(self) -> dict[str, float]:
        return {**DEFAULT_FX, **{k.upper(): v for k, v in self.fx.items()}}
