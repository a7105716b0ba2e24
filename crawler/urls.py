"""URL canonicalisation, so one article is stored once whatever link led to it.

Feeds add `utm_*` parameters, social shares add `fbclid`, listing pages add `#commenti`: all of
them point at the same article, and the article table is keyed by URL. `canonicalize()` maps them
to one string. Path case is kept (many CMSs have case-sensitive ids in the path).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only say where a click came from; they never select different content.
TRACKING_PARAMS: frozenset[str] = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "ocid", "_ga", "_gl", "spm",
    "igshid", "igsh", "si", "cmpid", "cmp", "icid", "xtor", "ito", "_hsenc", "_hsmi", "hsctatracking",
    "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "rb_clickid", "s_cid",
    "sr_share", "outputtype", "__twitter_impression", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "pk_campaign",
    "pk_kwd", "pk_source", "pk_medium", "piano_t", "fromrss",
})
# Prefixes of families of tracking parameters (utm_source, utm_medium, … ; matomo, hubspot…).
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_", "hsa_", "at_", "ga_", "vero_", "__hs")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def is_tracking_param(name: str) -> bool:
    """True for query parameters that only record where a click came from."""
    key = name.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def canonicalize(url: str) -> str:
    """Drop fragments and tracking parameters (utm_*, fbclid, gclid…), normalise host and query.

    Lower-cases scheme and host, drops the default port and an empty query, sorts the remaining
    query parameters and percent-encodes the path consistently (w3lib's canonicalize_url), keeps
    the path's case. Never raises: a string that is not a URL comes back stripped.
    """
    url = (url or "").strip()
    if not url or not _SCHEME_RE.match(url):
        return url
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            return url
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
        netloc = host
        if parts.username or parts.password:
            auth = parts.username or ""
            if parts.password:
                auth += ":" + parts.password
            netloc = f"{auth}@{host}"
        if ":" in host and not host.startswith("["):
            netloc = netloc.replace(host, f"[{host}]")
        if port is not None and port != _DEFAULT_PORTS.get(scheme):
            netloc += f":{port}"
        pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                 if not is_tracking_param(k)]
        query = urlencode(pairs, doseq=True)
        path = parts.path or "/"
        return canonicalize_url(urlunsplit((scheme, netloc, path, query, "")))
    except ValueError:                     # bad port, bad IPv6 literal…
        return url.split("#", 1)[0]


def site_domain(url: str) -> str:
    """The registrable-looking domain of a URL ("galatone.corriere.it" -> "corriere.it").

    Naive on purpose (last two labels, three under a two-letter second level such as co.uk):
    good enough to tell an outlet's subdomains from other sites without a suffix list.
    """
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    labels = host.split(".")
    if len(labels) <= 2 or re.fullmatch(r"[\d.]+", host):
        return host
    if len(labels[-2]) <= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac", "edu"):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def same_site(url_a: str, url_b: str) -> bool:
    """True when two URLs belong to one outlet: same host, "www." and subdomains included
    (a listing on www.outlet.it links articles on city.outlet.it)."""
    a, b = site_domain(url_a), site_domain(url_b)
    return bool(a) and a == b
