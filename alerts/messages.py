"""Alert messages: plain facts in, (title, body, format) out. Pure: Jinja2 templates, no I/O
beyond reading the templates.

Everything an article says is user-controlled text (a hostile or broken page can put anything in
a title or evidence sentence), so every `{{ value }}` is neutralised for the output format by the
environment's `finalize`, not by remembering a filter in each template:

- html: autoescaped;
- markdown (Slack, Discord, …): `<` `>` become look-alikes, so neither `<!channel>` nor
  `<https://evil|click>` can form (apprise's Slack plugin turns `&lt;!channel&gt;` back into a
  mention, so entity-escaping is not enough); `@here`/`@channel`/`@everyone` are broken with a
  word joiner and `[text](url)` links are broken apart;
- text: mentions broken the same way.

Links the templates make themselves go through the `link` filter (http/https only, the characters
that would end a Slack link percent-encoded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined
from markupsafe import Markup

FORMATS = {"markdown": "md", "text": "txt", "html": "html"}
MARKDOWN_SCHEMES = {"slack", "slacks", "discord", "mmost", "mmosts", "rocket", "rockets",
                    "msteams", "tgram", "matrix", "matrixs", "zulip", "gchat", "revolt", "ntfy",
                    "ntfys", "mastodon", "toot", "reddit"}
HTML_SCHEMES = {"mailto", "mailtos", "email", "o365", "ses", "sendgrid", "mailgun", "sparkpost",
                "smtp2go", "resend", "brevo"}


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    format: str                         # markdown | text | html


class _Safe(str):
    """A string a filter already made safe for the output format (finalize leaves it alone)."""


_MENTION = re.compile(r"@(?=(?:here|channel|everyone|all)\b)", re.IGNORECASE)


def neutralise_text(value: str) -> str:
    value = value.replace("<!", "\u2039!").replace("<@", "\u2039@")
    return _MENTION.sub("@\u2060", value)


def neutralise_markdown(value: str) -> str:
    value = value.replace("<", "\u2039").replace(">", "\u203a")
    value = value.replace("](", "]\u200b(").replace("`", "\u02cb")
    return neutralise_text(value)


def _finalizer(fmt: str):
    fn = neutralise_markdown if fmt == "markdown" else neutralise_text

    def finalize(value):
        if value is None:
            return ""
        if isinstance(value, _Safe | Markup) or not isinstance(value, str):
            return value
        return fn(value)

    return finalize


def safe_link(url: str | None) -> str:
    """`url` if it is http(s), with the characters that would break a link percent-encoded."""
    if not url:
        return _Safe("")
    parts = urlsplit(str(url).strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return _Safe("")
    return _Safe(quote(str(url).strip(), safe=":/?#@!$&'()*+,;=%~.-_"))


def format_money(value: float | None, currency: str | None) -> str:
    """8e9, "USD" → "8.0 bn USD" (currency "?" when the text does not say)."""
    if value is None:
        return ""
    cur = currency or "(currency not stated)"
    for scale, unit in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:.1f} {unit} {cur}"
    return f"{value:.0f} {cur}"


def channel_format(url: str, configured: str = "") -> str:
    """The body format a channel gets: its `format`, else one that suits the URL's scheme."""
    if configured in FORMATS:
        return configured
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme in HTML_SCHEMES:
        return "html"
    return "markdown" if scheme in MARKDOWN_SCHEMES else "text"


def _env(fmt: str, templates_dir: str = "") -> Environment:
    loaders = [PackageLoader("alerts", "templates")]
    if templates_dir:
        loaders.insert(0, FileSystemLoader(str(Path(templates_dir).expanduser())))
    env = Environment(
        loader=ChoiceLoader(loaders), autoescape=fmt == "html", finalize=_finalizer(fmt),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
    )
    env.filters["link"] = safe_link
    env.filters["money"] = lambda a: format_money(*a) if a else ""
    return env


def render(template: str, facts: dict, fmt: str, *, templates_dir: str = "") -> Message:
    """Render `<template>.title.j2` and `<template>.<md|txt|html>.j2` over `facts`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown message format {fmt!r} (one of {', '.join(FORMATS)})")
    body_env = _env(fmt, templates_dir)
    title_env = _env("markdown" if fmt == "markdown" else "text", templates_dir)
    title = title_env.get_template(f"{template}.title.j2").render(**facts).strip()
    body = body_env.get_template(f"{template}.{FORMATS[fmt]}.j2").render(**facts).strip() + "\n"
    return Message(title=" ".join(title.split()), body=body, format=fmt)


PRESS_TIMEZONE = ZoneInfo("Europe/Rome")


def press_date(when: datetime | None) -> str | None:
    """The calendar date an Italian reader sees: stored times are UTC, and an article published
    at 00:30 in Rome must not be dated the day before."""
    return when.astimezone(PRESS_TIMEZONE).date().isoformat() if when else None


def kinds_label(kinds) -> str:
    """("funding", "chip_exclusivity") → "funding + chip exclusivity"."""
    return " + ".join(k.replace("_", " ") for k in kinds) or "deal"


def sample_facts(published: str = "2024-11-22") -> dict:
    """The facts of a made-up alert, for `sentinella alerts test` and template previews."""
    return {
        "alert_kind": "event", "event_id": 0, "revision": 0, "test": True,
        "kinds": ["funding", "chip_exclusivity"], "kinds_label": "funding + chip exclusivity (TEST)",
        "target": "Anthropic", "counterparties": ["Amazon"],
        "amount": {"text": "4 miliardi di dollari", "value": 4e9, "currency": "USD",
                   "normalised": "4.0 bn USD", "eur": 3.68e9},
        "outlets": [{"source": "example", "name": "example", "title": "Sentinella test alert",
                     "url": "https://example.com/sentinella-test", "published": published}],
        "published": published,
        "evidence": "Amazon investe altri 4 miliardi di dollari in Anthropic, che userà i chip Trainium.",
        "score": 0.99, "changes": [],
    }
