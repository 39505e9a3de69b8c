"""Search results (plans and knowledge articles) as a table model; queries run in the background.

``set_query`` returns at once; the model is reset when the answer arrives. A newer query
supersedes an older one, so the list never shows the answer to an outdated query. With no text
the model lists every plan and the newest articles.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.gui.i18n import list_separator
from app.gui.rows_model import Colours, RowsModel
from app.gui.tasks import TaskRunner
from app.services import reference
from app.services.context import Desk
from app.services.plans import search as plan_search
from app.services.plans.search import ARTICLE, PLAN, SearchHit

_SEARCH = "search"
KIND_COLOURS = {PLAN: "#8c1d1d", ARTICLE: "#1d3f6e"}


def kind_text(kind: str) -> str:
    if kind == PLAN:
        return QCoreApplication.translate("SearchResultsModel", "应急预案")
    return QCoreApplication.translate("SearchResultsModel", "知识库")


class SearchResultsModel(RowsModel[SearchHit]):
    """The hits of the last query, best first: kind, title, systems, where it matched."""

    searched = Signal(str, int)  # query, number of hits

    def __init__(self, desk: Desk, parent: QObject | None = None, limit: int = 100) -> None:
        super().__init__(parent)
        self._desk = desk
        self._limit = limit
        self.query = ""
        self.kinds: tuple[str, ...] = (PLAN, ARTICLE)
        self._systems = {s.code: s.name for s in reference.list_systems(desk)}
        self.runner = TaskRunner(desk, self)
        self._headers = (self.tr("类型"), self.tr("标题"), self.tr("涉及系统"), self.tr("匹配内容"))

    @property
    def busy(self) -> bool:
        return self.runner.busy

    @property
    def hits(self) -> list[SearchHit]:
        return self.rows

    def set_query(self, query: str, kinds: Sequence[str] | None = None) -> None:
        """Search for ``query`` (all plans and the newest articles if empty) in the background."""
        self.query = query
        if kinds is not None:
            self.kinds = tuple(kinds)
        text, wanted, limit = query.strip(), self.kinds, self._limit
        if text:
            job = lambda desk: plan_search.search(desk, text, limit=limit, kinds=wanted)  # noqa: E731
        else:
            job = lambda desk: plan_search.browse(desk, kinds=wanted, limit=limit)  # noqa: E731
        self.runner.run(job, lambda hits: self.on_runner_result(query, hits), key=_SEARCH)

    def refresh(self) -> None:
        self.set_query(self.query)

    def on_runner_result(self, query: str, hits: list[SearchHit]) -> None:
        self.set_rows(hits)
        self.searched.emit(query, len(self.rows))

    def hit(self, row: int) -> SearchHit | None:
        return self.row_at(row)

    def row_of(self, kind: str, item_id: int) -> int:
        return next((i for i, h in enumerate(self.rows) if (h.kind, h.id) == (kind, item_id)), -1)

    # --- RowsModel ---------------------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        return self._headers

    def cell(self, row: SearchHit, column: int) -> str:
        if column == 0:
            return kind_text(row.kind)
        if column == 1:
            return row.title
        if column == 2:
            names = [self._systems.get(code, code) for code in row.systems]
            return list_separator().join(names) or QCoreApplication.translate(
                "SearchResultsModel", "全部系统"
            )
        return row.snippet

    def tooltip(self, row: SearchHit, column: int) -> str:
        return self.cell(row, column)

    def colours(self, row: SearchHit, column: int) -> Colours | None:
        return (None, KIND_COLOURS.get(row.kind, "#333")) if column == 0 else None
