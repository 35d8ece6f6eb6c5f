"""Annotate stage: dates, places, contributors and figures of an article."""
