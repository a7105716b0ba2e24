"""Getting articles: discovery, polite fetching with Scrapy, trafilatura extraction, article storage."""
