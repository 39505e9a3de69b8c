"""What a person without the engineer's role does not see: the buttons and menu entries that
would change records (the services refuse such writes anyway, and audit the refusal)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QWidget

# Widgets that write, as attribute paths from the main window.
WRITING_WIDGETS = (
    "tickets_tab.new_button",
    "inspections_tab.due_page.start_button",
    "inspections_tab.due_page.backup_button",
    "inspections_tab.templates_page.new_button",
    "inspections_tab.templates_page.edit_button",
    "inspections_tab.templates_page.copy_button",
    "inspections_tab.templates_page.active_button",
    "inspections_tab.backups_page.policy_button",
    "inspections_tab.backups_page.record_button",
    "inspections_tab.backups_page.restore_button",
    "inspections_tab.run_view.ticket_button",
    "inspections_tab.run_view.correct_button",
    "inspections_tab.run_view.print_button",
    "inspections_tab.history_page.summary_button",
    "store_tab.new_part_button",
    "store_tab.import_button",
    "store_tab.lend_button",
    "store_tab.return_button",
    "store_tab.loan_form_button",
    "store_tab.stocktake.post_button",
    "store_tab.stocktake.print_button",
    "plans_tab.new_plan_button",
    "plans_tab.new_article_button",
    "plans_tab.edit_button",
    "plans_tab.print_button",
    "plans_tab.booklet_button",
    "changes_tab.new_button",
    "changes_tab.edit_button",
    "changes_tab.approve_button",
    "changes_tab.step_button",
    "changes_tab.print_button",
    "reports_tab.follow_up_button",
    "reports_tab.survey_button",
    "reports_tab.complaint_button",
    "reports_tab.new_advice_button",
    "reports_tab.edit_advice_button",
    "reports_tab.print_button",
    "reports_tab.due_days",
)
WRITING_ACTIONS = (
    "new_ticket_action",
    "receipt_action",
    "handover_action",
    "accept_handover_action",
    "start_run_action",
    "record_backup_action",
    "templates_action",
    "inspection_summary_action",
)


def _find(root: object, path: str) -> object | None:
    for name in path.split("."):
        root = getattr(root, name, None)
        if root is None:
            return None
    return root


def hide_writes(
    window: QWidget, roots: Collection[str] | None = None, actions: bool = True
) -> list[str]:
    """Hide every writing widget and menu entry of ``window``; returns the paths hidden.

    ``roots``: only the widgets under these attributes (the tabs made so far: a tab made later
    is hidden when it is made, with ``actions`` False as the menus are done by then)."""
    hidden = []
    for path in WRITING_WIDGETS:
        if roots is not None and path.split(".", 1)[0] not in roots:
            continue
        widget = _find(window, path)
        if isinstance(widget, QWidget):
            widget.hide()
            widget.setEnabled(False)
            hidden.append(path)
    store = (
        _find(window, "store_tab.move_buttons") if roots is None or "store_tab" in roots else None
    )
    if isinstance(store, dict):
        for button in store.values():
            button.hide()
            button.setEnabled(False)
    for name in WRITING_ACTIONS if actions else ():
        action = getattr(window, name, None)
        if action is not None:
            action.setVisible(False)
            action.setEnabled(False)
            hidden.append(name)
    return hidden
