"""`sentinella demo`: the whole job against the bundled fixture web, with no network and no setup."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from jobs.config import load_config
from jobs.demo_server import serve_directory
from jobs.run import RunSummary, run_once

DEMO_SITE = Path(__file__).with_name("demo_site")


def run_demo(*, keep_dir: str | None = None, echo: Callable[[str], None] = print) -> RunSummary:
    """Serve jobs/demo_site on loopback, point its config at it, run once into a scratch database."""
    with tempfile.TemporaryDirectory(prefix="sentinella-demo-") as scratch:
        workdir = Path(keep_dir) if keep_dir else Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        with serve_directory(DEMO_SITE) as server:
            text = (DEMO_SITE / "config.toml").read_text(encoding="utf-8")
            text = text.replace("{{base}}", server.base_url)
            text = text.replace('"sqlite:///sentinella-demo.db"', f'"sqlite:///{workdir / "sentinella-demo.db"}"')
            config_file = workdir / "demo-config.toml"
            config_file.write_text(text, encoding="utf-8")
            echo(f"Serving the demo site at {server.base_url}; database in {workdir}")
            return run_once(load_config(config_file), trigger="demo", echo=echo)
