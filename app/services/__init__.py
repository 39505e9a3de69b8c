"""Use cases, one module per capability. Each user action is one transaction. No Qt here."""
