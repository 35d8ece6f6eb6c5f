"""Ingest: read documents, split them into articles, clean them and store them."""
