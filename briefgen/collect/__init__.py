"""Collect a week's news from the city's own sites: polite fetching, link discovery, then ingest."""

from briefgen.collect.run import CollectReport, collect, collect_folder
from briefgen.collect.settings import Settings, load_settings
from briefgen.collect.sources import Source, profile_sources, source_from_url

__all__ = ["CollectReport", "Settings", "Source", "collect", "collect_folder", "load_settings",
           "profile_sources", "source_from_url"]
