"""The 工单 (tickets) tab: queue, filter bar, detail panel and the dialogs that change tickets."""

from app.gui.tickets.tab import TicketsTab

__all__ = ["TicketsTab"]
