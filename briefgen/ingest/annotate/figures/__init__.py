"""Key figures (value + unit + indicator + relation) found in sentences."""
