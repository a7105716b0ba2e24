"""config.toml loading: defaults, ${VAR}, and errors that name the file, the key and the problem."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from jobs.cli import main
from jobs.config import DEFAULT_CONFIG, ConfigError, load_config

GOOD = """
[database]
url = "sqlite:///x.db"

[[sources]]
name = "one"
feeds = ["https://one.example/feed"]

[[sources]]
name = "two"
sitemaps = ["https://two.example/sitemap.xml"]
"""


def write(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path, text: str, environ=None) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text), environ=environ or {})
    return info.value


def test_shipped_defaults_list_real_italian_outlets():
    config = load_config(DEFAULT_CONFIG, environ={})
    assert config.path.endswith("default_config.toml")
    assert len(config.sources) >= 15
    names = {s.name for s in config.sources}
    assert {"wired-it", "hdblog", "dday", "ilsole24ore", "startupitalia", "economyup"} <= names
    for source in config.sources:
        for url in source.feeds + source.sitemaps + source.listings:
            assert urlsplit(url).scheme == "https" and urlsplit(url).netloc
    assert config.database_url == "sqlite:///sentinella.db"
    assert config.alerts.urls == ()  # unset ${SENTINELLA_ALERT_URL:-} means: print to the terminal


def test_environment_variables_are_expanded(tmp_path):
    text = GOOD + '\n[alerts]\nurls = ["${SLACK}", "${UNSET:-}"]\n'
    config = load_config(write(tmp_path, text), environ={"SLACK": "slack://a/b/c"})
    assert config.alerts.urls == ("slack://a/b/c",)
    err = error_for(tmp_path, text)
    assert err.key == "alerts.urls[0]" and "SLACK is not set" in str(err)


@pytest.mark.parametrize(
    ("snippet", "key", "problem"),
    [
        ("[crawl]\nmax_age_dayz = 3\n", "crawl.max_age_dayz", "did you mean 'max_age_days'"),
        ("[crawl]\nmax_age_days = \"7\"\n", "crawl.max_age_days", "expected a number, got a string"),
        ("[crawl]\nobey_robots = 1\n", "crawl.obey_robots", "expected true or false"),
        ("[crawl]\nconcurrent_per_domain = 0\n", "crawl.concurrent_per_domain", "at least 1"),
        ("[[sources]]\nname = \"x\"\nfeeds = [\"ftp://x.example/feed\"]\n", "sources[2].feeds[0]",
         "not an http(s) URL"),
        ("[[sources]]\nname = \"x\"\nfeedz = [\"https://x.example/feed\"]\n", "sources[2].feedz",
         "did you mean 'feeds'"),
        ("[[sources]]\nname = \"one\"\nfeeds = [\"https://x.example/feed\"]\n", "sources[2].name", "duplicate"),
        ("[[sources]]\nname = \"empty\"\n", "sources[2]", "no feeds, sitemaps or listings"),
        ("[[sources]]\nfeeds = [\"https://x.example/feed\"]\n", "sources[2].name", "required key is missing"),
        ("[schedule]\ncron = \"every day\"\n", "schedule.cron", "bad cron expression"),
        ("[schedule]\ntimezone = \"Europe/Atlantis\"\n", "schedule.timezone", "unknown time zone"),
        ("[logging]\nlevel = \"LOUD\"\n", "logging.level", "unknown level"),
        ("[alerts]\nurls = \"slack://x\"\n", "alerts.urls", "expected a list"),
        ("[alerts]\nurls = [\"json://127.0.0.1/h\", \"slakc://T0/B0/x\"]\n", "alerts.urls[1]",
         "is not a valid apprise URL"),
        ("[[alerts.channels]]\nurl = \"notaurl\"\n", "alerts.channels[0].url", "is not a valid apprise URL"),
        ("[[alerts.channels]]\nurl = \"json://h/x\"\nkinds = [\"chip-exclusivity\"]\n", "alerts.channels[0].kinds",
         "did you mean 'chip_exclusivity'"),
        ("[[alerts.channels]]\nurl = \"json://h/x\"\nformat = \"htm\"\n", "alerts.channels[0].format",
         "unknown format 'htm'"),
        ("[[alerts.channels]]\nurl = \"json://h/x\"\ntemplate = \"evnt\"\n", "alerts.channels[0].template",
         "cannot be rendered"),
        ("[[alerts.channels]]\nname = \"a\"\nurl = \"json://h/x\"\n[[alerts.channels]]\nname = \"a\"\n"
         "url = \"json://h/y\"\n", "alerts.channels[1]", "already used"),
        ("[alerts.digest]\nchannels = [\"mail\"]\n", "alerts.digest.channels[0]", "no channel named 'mail'"),
    ],
)
def test_bad_values_are_named(tmp_path, snippet, key, problem):
    err = error_for(tmp_path, GOOD + snippet)
    assert err.key == key
    assert problem in str(err)
    assert str(err).startswith(str(tmp_path / "config.toml"))


def test_unknown_top_level_key(tmp_path):
    err = error_for(tmp_path, 'databse = "x"\n' + GOOD)
    assert err.key == "databse" and "unknown key (did you mean 'database'?)" in str(err)


def test_unreadable_files_are_errors(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[database\nurl="))


def test_config_file_chosen_by_option_or_environment(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    runner = CliRunner()
    result = runner.invoke(main, ["sources"], env={"SENTINELLA_CONFIG": str(path)})
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "one"
    result = runner.invoke(main, ["sources", "--json", "--config", str(path)])
    assert '"name": "two"' in result.output


def test_cli_exits_2_naming_file_key_and_problem(tmp_path):
    path = write(tmp_path, GOOD + "[crawl]\ndownload_delay = \"fast\"\n")
    result = CliRunner().invoke(main, ["crawl", "--config", str(path)])
    assert result.exit_code == 2
    assert f"{path}: crawl.download_delay: expected a number" in result.stderr
    result = CliRunner().invoke(main, ["crawl", "--config", str(tmp_path / "nope.toml")])
    assert result.exit_code == 2 and "nope.toml: file not found" in result.stderr


def test_unknown_source_name_is_bad_usage(tmp_path):
    path = write(tmp_path, GOOD)
    result = CliRunner().invoke(main, ["crawl", "--config", str(path), "--source", "onw"])
    assert result.exit_code == 2
    assert "no source named 'onw'" in result.stderr and "did you mean 'one'" in result.stderr


def test_rules_extend_adds_to_the_default_lists(tmp_path):
    from alerts.rules import Rules

    text = GOOD + '[rules]\nmin_amount_eur = 5e6\n[rules.extend]\ninvestors = ["Navigli Capital"]\n'
    rules = load_config(write(tmp_path, text), environ={}).rules
    assert rules.min_amount_eur == 5e6
    assert rules.investors == Rules().investors + ("Navigli Capital",)
    err = error_for(tmp_path, GOOD + '[rules.extend]\nmin_amount_eur = [1]\n')
    assert err.key == "rules.extend.min_amount_eur" and "not a list of the rules" in str(err)
