"""Tabs built on first use: an empty page stands in until the tab is shown or asked for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    """Named pages of a QTabWidget; a page's widget is made the first time it is needed.

    The stand-in is a bare QWidget, so the window starts with only the tabs it shows; the real
    page replaces it at the same index, under the same title, and stays current if it was."""

    built = Signal(str, QWidget)  # name, the page just made (connect its signals here)

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._stand_ins: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self._replacing = False
        tabs.currentChanged.connect(self.on_tabs_currentChanged)

    def add(self, name: str, title: str, factory: Callable[[], QWidget]) -> None:
        """A tab whose page ``factory`` makes when first shown or asked for."""
        stand_in = QWidget(self._tabs)
        stand_in.setObjectName(f"{name}_stand_in")
        self._factories[name] = factory
        self._stand_ins[name] = stand_in
        self._tabs.addTab(stand_in, title)

    def add_built(self, name: str, title: str, page: QWidget) -> None:
        """A tab made at once (the one the window opens on)."""
        self._pages[name] = page
        self._tabs.addTab(page, title)

    def page(self, name: str) -> QWidget:
        """The tab's page, made now if it has not been."""
        page = self._pages.get(name)
        if page is None:
            page = self._build(name)
        return page

    def built_page(self, name: str) -> QWidget | None:
        """The tab's page if it has been made (nothing to refresh otherwise: it loads when made)."""
        return self._pages.get(name)

    def has(self, name: str) -> bool:
        """Whether the window has this tab at all (made or not)."""
        return name in self._pages or name in self._factories

    def is_built(self, name: str) -> bool:
        return name in self._pages

    def name_of(self, widget: QWidget | None) -> str | None:
        """The name of the tab whose page or stand-in ``widget`` is."""
        for name, page in (*self._pages.items(), *self._stand_ins.items()):
            if page is widget:
                return name
        return None

    def _build(self, name: str) -> QWidget:
        page = self._factories.pop(name)()
        stand_in = self._stand_ins.pop(name)
        self._pages[name] = page
        index = self._tabs.indexOf(stand_in)
        was_current = self._tabs.currentIndex() == index
        title = self._tabs.tabText(index)
        tip = self._tabs.tabToolTip(index)
        self._replacing = True
        try:
            self._tabs.insertTab(index, page, title)  # before the stand-in: no other tab flashes
            self._tabs.setTabToolTip(index, tip)
            if was_current:
                self._tabs.setCurrentIndex(index)
            self._tabs.removeTab(index + 1)
        finally:
            self._replacing = False
        stand_in.deleteLater()
        self.built.emit(name, page)
        return page

    def on_tabs_currentChanged(self, index: int) -> None:
        if self._replacing:
            return
        name = self.name_of(self._tabs.widget(index))
        if name is not None and name in self._factories:
            self._build(name)
