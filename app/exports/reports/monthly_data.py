"""What the monthly operating-status report prints, as the service prepares it: sections of
paragraphs, tables and charts (the figures already computed and formatted)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class TableBlock:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    dense: bool = True


@dataclass(frozen=True)
class LineChart:
    """A trend: one line per series over the categories (months), values in per cent."""

    title: str
    categories: Sequence[str]
    series: Sequence[tuple[str, Sequence[float | None]]]


@dataclass(frozen=True)
class BarChart:
    """Counts per category, one bar group per series (e.g. severities per system)."""

    title: str
    categories: Sequence[str]
    series: Sequence[tuple[str, Sequence[int]]]


@dataclass(frozen=True)
class PieChart:
    title: str
    slices: Sequence[tuple[str, int]]


Block = Para | Subheading | TableBlock | LineChart | BarChart | PieChart


@dataclass(frozen=True)
class Section:
    title: str
    blocks: Sequence[Block] = field(default_factory=tuple)


@dataclass(frozen=True)
class MonthlyReport:
    """The whole report: its period and its thirteen sections, the last being the sign-offs."""

    period_title: str
    sections: Sequence[Section]
    signers: Sequence[str]
