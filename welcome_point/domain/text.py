"""Filling translated templates: named placeholders ("{site}") that a translator can move about."""

from __future__ import annotations


def fill(template: str, **values: object) -> str:
    """``template`` with each ``{name}`` replaced; unlike str.format, stray braces are left alone."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", str(value))
    return template
