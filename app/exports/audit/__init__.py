"""The audit trail's Excel export."""
