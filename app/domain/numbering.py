"""Ticket numbers: gap-free per year, e.g. GD-2026-0001."""

from __future__ import annotations

import re

TICKET_PREFIX = "GD"
_PATTERN = re.compile(r"^([A-Z]+)-(\d{4})-(\d{4,})$")


def format_number(prefix: str, year: int, sequence: int) -> str:
    """The printed number for the ``sequence``-th item of ``year``."""
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    return f"{prefix}-{year:04d}-{sequence:04d}"


def parse_number(number: str) -> tuple[str, int, int] | None:
    """Split a number into prefix, year and sequence; None if it is not one."""
    match = _PATTERN.match(number.strip().upper())
    if not match:
        return None
    return match.group(1), int(match.group(2)), int(match.group(3))
