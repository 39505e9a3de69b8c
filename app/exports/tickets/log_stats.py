"""Monthly figures of the ticket log, accumulated while the tickets stream past (one pass)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.domain.enums import ClockKind, Severity, TicketClass


@dataclass(frozen=True)
class StoppedClock:
    """One clock of one ticket that has stopped: how long it took and whether it was met."""

    kind: ClockKind
    minutes: float
    met: bool


@dataclass(frozen=True)
class TicketFigures:
    """What one ticket adds to its month."""

    month: str  # yyyy-mm, local calendar
    ticket_class: TicketClass
    severity: Severity
    system: str
    stopped: Sequence[StoppedClock] = ()
    found: bool = False  # found by the engineer: no response or arrival to count


@dataclass
class _ClockTotals:
    count: int = 0
    met: int = 0
    total_minutes: float = 0.0
    worst_minutes: float = 0.0

    def add(self, clock: StoppedClock) -> None:
        self.count += 1
        self.met += clock.met
        self.total_minutes += clock.minutes
        self.worst_minutes = max(self.worst_minutes, clock.minutes)

    def cells(self) -> tuple[float | None, float | None, float | None]:
        if not self.count:
            return None, None, None
        return (
            round(100 * self.met / self.count, 1),
            round(self.total_minutes / self.count, 1),
            round(self.worst_minutes, 1),
        )


@dataclass
class _Month:
    tickets: int = 0
    found: int = 0
    classes: Counter[TicketClass] = field(default_factory=Counter)
    severities: Counter[Severity] = field(default_factory=Counter)
    systems: Counter[str] = field(default_factory=Counter)
    clocks: dict[ClockKind, _ClockTotals] = field(
        default_factory=lambda: {kind: _ClockTotals() for kind in ClockKind}
    )


class MonthlyStats:
    """Per-month counters: small (one entry per month), fed one ticket at a time."""

    def __init__(self) -> None:
        self._months: dict[str, _Month] = {}
        self._systems: dict[str, None] = {}

    def add(self, figures: TicketFigures) -> None:
        month = self._months.setdefault(figures.month, _Month())
        month.tickets += 1
        month.found += figures.found
        month.classes[figures.ticket_class] += 1
        month.severities[figures.severity] += 1
        month.systems[figures.system] += 1
        self._systems.setdefault(figures.system, None)
        for clock in figures.stopped:
            month.clocks[clock.kind].add(clock)

    def headers(self, system_order: Iterable[str] = ()) -> list[str]:
        """The sheet's columns; systems in ``system_order`` first, then any others seen.

        Problems the engineer found are counted in their own column; their response and arrival
        (met at logging) are left out of those clocks' rates, which measure answering calls.
        """
        clock_headers = [
            f"{kind.label}{part}"
            for kind in ClockKind
            for part in ("达标率(%)", "平均用时(分钟)", "最长用时(分钟)")
        ]
        return [
            "月份",
            "工单总数",
            "其中自行发现",
            *(c.label for c in TicketClass),
            *(s.label for s in Severity),
            *self._system_columns(system_order),
            *clock_headers,
        ]

    def rows(self, system_order: Iterable[str] = ()) -> list[tuple[object, ...]]:
        """One row per month, oldest first; counts as ints, rates and minutes as floats."""
        systems = self._system_columns(system_order)
        rows = []
        for key in sorted(self._months):
            month = self._months[key]
            clock_cells = [cell for kind in ClockKind for cell in month.clocks[kind].cells()]
            rows.append(
                (
                    key,
                    month.tickets,
                    month.found,
                    *(month.classes[c] for c in TicketClass),
                    *(month.severities[s] for s in Severity),
                    *(month.systems[name] for name in systems),
                    *clock_cells,
                )
            )
        return rows

    def _system_columns(self, system_order: Iterable[str]) -> list[str]:
        ordered = list(dict.fromkeys(system_order))
        return ordered + [name for name in self._systems if name not in ordered]
