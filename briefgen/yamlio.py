"""Read YAML with libyaml's C loader when PyYAML has it (several times faster), else pure Python."""

from __future__ import annotations

from typing import Any

import yaml

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Return the data of one YAML document, parsed safely."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
