"""The auditor's view of the audit trail."""

from app.gui.audit.view import AuditView

__all__ = ["AuditView"]
