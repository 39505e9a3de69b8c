"""LIKE patterns that find what was typed: ``%`` and ``_`` in it match themselves, not wildcards."""

from __future__ import annotations

ESCAPE = "\\"


def contains_pattern(term: str) -> str:
    """``%term%`` with the term's own ``\\``, ``%`` and ``_`` escaped (use with ``escape=ESCAPE``)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
