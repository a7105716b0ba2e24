"""Running it: the CLI, one run (crawl -> detect -> notify) and the scheduler daemon."""

__version__ = "0.1.0"
