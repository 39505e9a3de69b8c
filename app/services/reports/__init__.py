"""Follow-up visits and satisfaction, improvement advice, and the monthly operating-status report."""
