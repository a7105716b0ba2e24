"""Loading config.toml: every key validated, every error naming the file, the key and the problem.

The sections are plain frozen dataclasses owned by the packages that use them (Source and
CrawlSettings by the crawler, Rules and AlertSettings by alerts). This module validates a TOML
table against a dataclass's typed fields generically, so adding a key is adding a field, and a
typo in a user's file is always caught ("unknown key … did you mean …?").
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from alerts.rules import Rules
from alerts.settings import AlertSettings, Channel
from crawler.sources import CrawlSettings, Source
from jobs.logs import register_secrets

ENV_VAR = "SENTINELLA_CONFIG"
DEFAULT_CONFIG = Path(__file__).with_name("default_config.toml")


class ConfigError(ValueError):
    """Bad configuration: the message names the file, the key and the problem (exit code 2)."""

    def __init__(self, file: str | Path, key: str, problem: str):
        self.file, self.key, self.problem = str(file), key, problem
        super().__init__(f"{file}: {key}: {problem}" if key else f"{file}: {problem}")


@dataclass(frozen=True)
class Schedule:
    cron: str = "*/30 * * * *"                 # crontab expression, used unless interval_minutes is set
    interval_minutes: float = 0.0              # > 0: run every N minutes instead of the cron expression
    timezone: str = "Europe/Rome"
    misfire_grace_seconds: int = 600           # a run late by less than this still runs (APScheduler's 1 s skips)
    jobstore: str = ""                         # SQLAlchemy URL for the persistent schedule; "" = the database
    stale_after_minutes: float = 0.0           # `status` fails when the last good run is older; 0 = 3 × period


@dataclass(frozen=True)
class LogSettings:
    level: str = "INFO"
    file: str = ""                             # also log to this file ("" = standard error only)


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = "sqlite:///sentinella.db"       # any SQLAlchemy URL; PostgreSQL supported


@dataclass(frozen=True)
class Config:
    path: str
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    sources: tuple[Source, ...] = ()
    alerts: AlertSettings = field(default_factory=AlertSettings)
    rules: Rules = field(default_factory=Rules)
    schedule: Schedule = field(default_factory=Schedule)
    logging: LogSettings = field(default_factory=LogSettings)

    @property
    def database_url(self) -> str:
        return self.database.url

    def select_sources(self, names: typing.Iterable[str] = ()) -> tuple[Source, ...]:
        """The enabled sources, or exactly the named ones (an unknown name is a ConfigError)."""
        names = list(names)
        if not names:
            return tuple(s for s in self.sources if s.enabled)
        by_name = {s.name: s for s in self.sources}
        unknown = [n for n in names if n not in by_name]
        if unknown:
            raise ConfigError(self.path, "sources", f"no source named {unknown[0]!r}"
                              + _suggest(unknown[0], by_name) + f" (known: {', '.join(by_name)})")
        return tuple(by_name[n] for n in dict.fromkeys(names))


# ---------------------------------------------------------------------------------------- loading

def resolve_path(path: str | Path | None) -> Path:
    """--config, else $SENTINELLA_CONFIG, else ./config.toml, else the embedded defaults."""
    if path:
        return Path(path)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    if Path("config.toml").is_file():
        return Path("config.toml")
    return DEFAULT_CONFIG


def load_config(path: str | Path | None = None, *, environ: typing.Mapping[str, str] | None = None) -> Config:
    file = resolve_path(path)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(file, "", "file not found") from None
    except OSError as exc:
        raise ConfigError(file, "", f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(file, "", "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(file, "", f"not valid TOML: {exc}") from None
    return parse_config(raw, file, environ=os.environ if environ is None else environ)


def parse_config(raw: dict, file: str | Path, *, environ: typing.Mapping[str, str]) -> Config:
    raw = _expand_env(raw, "", file, environ)
    extend = None
    if isinstance(raw.get("rules"), dict) and "extend" in raw["rules"]:
        rules = dict(raw["rules"])
        extend = rules.pop("extend")
        raw = {**raw, "rules": rules}
    config = build(Config, {**raw, "path": str(file)}, "", file)
    if extend is not None:
        config = dataclasses.replace(config, rules=extend_lists(config.rules, extend, "rules.extend", file))
    _check_config(config, file)
    return config


def extend_lists(obj: Any, table: Any, where: str, file: str | Path) -> Any:
    """`[rules.extend]`: add entries to the default lists instead of restating them whole."""
    if not isinstance(table, dict):
        raise ConfigError(file, where, f"expected a table, got {_tname(table)}")
    hints = typing.get_type_hints(type(obj))
    lists = {name for name, hint in hints.items() if typing.get_origin(hint) is tuple}
    changes = {}
    for key, value in table.items():
        if key not in lists:
            raise ConfigError(file, f"{where}.{key}", "not a list of the rules" + _suggest(key, lists))
        changes[key] = tuple(getattr(obj, key)) + _coerce(hints[key], value, f"{where}.{key}", file)
    return dataclasses.replace(obj, **changes)


# ----------------------------------------------------------------------- generic dataclass build

def build(cls: type, table: Any, where: str, file: str | Path) -> Any:
    """A `cls` instance from a TOML table, validating keys and types against its fields."""
    if not isinstance(table, dict):
        raise ConfigError(file, where, f"expected a table, got {_tname(table)}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for key, value in table.items():
        path = f"{where}.{key}" if where else key
        if key not in fields:
            raise ConfigError(file, path, "unknown key" + _suggest(key, fields))
        kwargs[key] = _coerce(hints[key], value, path, file)
    for name, f in fields.items():
        if name not in kwargs and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ConfigError(file, f"{where}.{name}" if where else name, "required key is missing")
    return cls(**kwargs)


def _coerce(hint: Any, value: Any, path: str, file: str | Path) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        errors = []
        for option in options:
            try:
                return _coerce(option, value, path, file)
            except ConfigError as exc:
                errors.append(exc.problem)
        raise ConfigError(file, path, errors[0])
    if dataclasses.is_dataclass(hint):
        return build(hint, value, path, file)
    if origin in (tuple, list):
        if not isinstance(value, list):
            raise ConfigError(file, path, f"expected a list, got {_tname(value)}")
        item = args[0] if args else Any
        items = [_coerce(item, v, f"{path}[{i}]", file) for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(file, path, f"expected a table, got {_tname(value)}")
        vt = args[1] if len(args) == 2 else Any
        return {str(k): _coerce(vt, v, f"{path}.{k}", file) for k, v in value.items()}
    if hint is Any:
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(file, path, f"expected true or false, got {_tname(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(file, path, f"expected an integer, got {_tname(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(file, path, f"expected a number, got {_tname(value)}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(file, path, f"expected a string, got {_tname(value)}")
        return value
    raise ConfigError(file, path, f"unsupported type {hint!r}")  # a programming error, said plainly


def _tname(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _suggest(key: str, known: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# ------------------------------------------------------------------------- ${VAR} from environment

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def _expand_env(value: Any, path: str, file: str | Path, environ: typing.Mapping[str, str]) -> Any:
    """`${VAR}` reads the environment; `${VAR:-default}` falls back. Empty list items are dropped,
    so `urls = ["${SLACK_URL:-}"]` means "no channel unless SLACK_URL is set"."""
    if isinstance(value, dict):
        return {k: _expand_env(v, f"{path}.{k}" if path else k, file, environ) for k, v in value.items()}
    if isinstance(value, list):
        out = [_expand_env(v, f"{path}[{i}]", file, environ) for i, v in enumerate(value)]
        return [v for v, orig in zip(out, value, strict=True)
                if not (isinstance(orig, str) and "${" in orig and v == "")]
    if isinstance(value, str) and "${" in value:
        def sub(m: re.Match) -> str:
            name, default = m.group(1), m.group(2)
            if name in environ:
                register_secrets([environ[name]])
                return environ[name]
            if default is not None:
                return default
            raise ConfigError(file, path, f"environment variable {name} is not set")
        return _VAR.sub(sub, value)
    return value


# ------------------------------------------------------------------------------ semantic checks

def _check_config(config: Config, file: str | Path) -> None:
    if not config.database.url.strip():
        raise ConfigError(file, "database.url", "must not be empty")
    try:
        from sqlalchemy.engine import make_url

        make_url(config.database.url)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a config error
        raise ConfigError(file, "database.url", f"not a SQLAlchemy URL: {exc}") from None
    seen: set[str] = set()
    for i, src in enumerate(config.sources):
        where = f"sources[{i}]"
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", src.name):
            raise ConfigError(file, f"{where}.name", f"{src.name!r} is not a valid name "
                              "(letters, digits, '-', '_', '.')")
        if src.name in seen:
            raise ConfigError(file, f"{where}.name", f"duplicate source name {src.name!r}")
        seen.add(src.name)
        if not (src.feeds or src.sitemaps or src.listings):
            raise ConfigError(file, where, f"source {src.name!r} has no feeds, sitemaps or listings")
        for kind in ("feeds", "sitemaps", "listings"):
            for j, url in enumerate(getattr(src, kind)):
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https") or not parts.netloc:
                    raise ConfigError(file, f"{where}.{kind}[{j}]", f"{url!r} is not an http(s) URL")
    crawl = config.crawl
    for name in ("concurrent_per_domain", "max_pages_per_source"):
        if getattr(crawl, name) < 1:
            raise ConfigError(file, f"crawl.{name}", "must be at least 1")
    for name in ("download_delay", "max_age_days", "timeout_seconds", "time_limit_seconds"):
        if getattr(crawl, name) < 0:
            raise ConfigError(file, f"crawl.{name}", "must not be negative")
    _check_schedule(config.schedule, file)
    _check_alerts(config.alerts, file)
    digest = config.alerts.digest
    if digest.period not in ("daily", "weekly"):
        raise ConfigError(file, "alerts.digest.period", f"must be 'daily' or 'weekly', not {digest.period!r}")
    if digest.schedule:
        _check_cron(digest.schedule, config.schedule.timezone, file, "alerts.digest.schedule")
    import logging

    if not isinstance(logging.getLevelName(config.logging.level.upper()), int):
        raise ConfigError(file, "logging.level", f"unknown level {config.logging.level!r} "
                          "(DEBUG, INFO, WARNING, ERROR)")


def _check_alerts(alerts: AlertSettings, file: str | Path) -> None:
    """Channels must work before the first deal arrives: a typo here would otherwise surface
    at 3 a.m. as an alert that is never sent (or one that blocks every other channel)."""
    from alerts.deals import KINDS
    from alerts.messages import FORMATS
    from jobs.logs import redact_url

    plain = alerts.all_channels()[: sum(1 for u in alerts.urls if u)]
    located = [(f"alerts.urls[{i}]", c) for i, c in enumerate(plain)]
    located += [(f"alerts.channels[{i}]", c) for i, c in enumerate(alerts.channels)]
    seen: dict[str, str] = {}
    for key, channel in located:
        if channel.key in seen:
            raise ConfigError(file, key, f"channel name {channel.key!r} is already used by {seen[channel.key]}")
        seen[channel.key] = key
        bad_kinds = [k for k in channel.kinds if k not in KINDS]
        if bad_kinds:
            raise ConfigError(file, f"{key}.kinds", f"unknown kind {bad_kinds[0]!r}" + _suggest(bad_kinds[0], KINDS)
                              + f" (kinds: {', '.join(KINDS)})")
        if channel.format and channel.format not in FORMATS:
            raise ConfigError(file, f"{key}.format", f"unknown format {channel.format!r} "
                              f"(one of {', '.join(FORMATS)}, or \"\" to choose from the URL)")
    for section in ("digest", "health"):
        for i, name in enumerate(getattr(alerts, section).channels):
            if name not in seen:
                raise ConfigError(file, f"alerts.{section}.channels[{i}]", f"no channel named {name!r}"
                                  + _suggest(name, seen) + (f" (channels: {', '.join(seen)})" if seen else ""))
    if not located:
        return
    import apprise

    for key, channel in located:
        if channel.url and apprise.Apprise.instantiate(channel.url, suppress_exceptions=True) is None:
            where = key if key.startswith("alerts.urls") else f"{key}.url"
            raise ConfigError(file, where, f"{redact_url(channel.url)!r} is not a valid apprise URL "
                              "(see https://github.com/caronc/apprise/wiki for the URL forms)")
    _check_templates(alerts, located, file)


def _check_templates(alerts: AlertSettings, located: list[tuple[str, Channel]], file: str | Path) -> None:
    """Render every channel's templates once with a sample alert and digest."""
    from alerts.messages import channel_format, render, sample_facts

    sample = sample_facts()
    digest = {"period": alerts.digest.period, "start": "2026-01-01", "end": "2026-01-02", "events": [sample]}
    for key, channel in located:
        fmt = channel_format(channel.url, channel.format)
        for template, facts, where in ((channel.template, sample, f"{key}.template"),
                                       (alerts.digest.template, digest, "alerts.digest.template")):
            try:
                render(template, facts, fmt, templates_dir=alerts.templates_dir)
            except Exception as exc:  # noqa: BLE001 - any template failure is a config error
                raise ConfigError(file, where, f"template {template!r} ({fmt}) cannot be rendered: "
                                  f"{type(exc).__name__}: {exc}") from None


def _check_schedule(schedule: Schedule, file: str | Path) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(file, "schedule.timezone", f"unknown time zone {schedule.timezone!r}") from None
    if schedule.interval_minutes < 0:
        raise ConfigError(file, "schedule.interval_minutes", "must not be negative")
    if schedule.interval_minutes == 0:
        _check_cron(schedule.cron, schedule.timezone, file, "schedule.cron")


def _check_cron(expression: str, timezone: str, file: str | Path, key: str) -> None:
    from jobs.daemon import crontab_trigger

    try:
        crontab_trigger(expression, timezone)
    except ValueError as exc:
        raise ConfigError(file, key, f"bad cron expression {expression!r}: {exc}") from None
