"""Ticket documents and the ticket log: defect form, consultation record, 工单台账."""
