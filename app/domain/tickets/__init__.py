"""Ticket rules: the contract's clocks, the workflow, intake and the escalation ladder."""
