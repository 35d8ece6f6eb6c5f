"""Assembly: a selection, a city profile and the templates make the briefing model."""
