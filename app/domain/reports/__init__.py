"""Follow-up visits, satisfaction and the monthly operating-status report: the pure rules."""
