"""Read-only row tables as the tabs use them: whole rows, one at a time, sized to the font."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def row_table(
    model: QAbstractItemModel,
    name: str,
    samples: Sequence[str] | None,
    parent: QWidget | None = None,
    stretch: int | None = None,
) -> QTableView:
    """A read-only table of ``model``; column widths from sample texts, or from the contents
    when there are none. Column ``stretch`` (default: the last) takes the spare width."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    if samples is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if samples is None:
        return view
    metrics = view.fontMetrics()
    for column, sample in enumerate(samples):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
        header.resizeSection(column, width + 24)
    return view


def current_row(view: QTableView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


def select_row(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    if index.isValid():
        view.setCurrentIndex(index)
        view.scrollTo(index)
