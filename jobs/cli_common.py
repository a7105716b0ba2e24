"""What every command shares: the --config option, loading config and database with the exit
codes of DESIGN.md (2 bad usage/configuration, 1 run failure), and JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click
from sqlalchemy import Engine

from jobs.config import Config, ConfigError, load_config
from jobs.database import DatabaseError, open_database

CONFIG_HELP = "Configuration file (default: $SENTINELLA_CONFIG, ./config.toml, or the built-in defaults)."


def config_option(f: Callable) -> Callable:
    return click.option("--config", "-c", "config_path", metavar="FILE", envvar="SENTINELLA_CONFIG",
                        help=CONFIG_HELP)(f)


def fail(message: str, *, code: int) -> NoReturn:
    click.echo(f"sentinella: {message}", err=True)
    sys.exit(code)


def load_or_exit(path: str | None) -> Config:
    """The validated config, or exit 2 with the loader's message (file: key: problem)."""
    try:
        return load_config(path)
    except ConfigError as exc:
        fail(f"configuration error: {exc}", code=2)


def open_or_exit(config: Config) -> Engine:
    try:
        return open_database(config.database_url)
    except DatabaseError as exc:
        fail(str(exc), code=1)


def print_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))
