"""The follow-up log workbook and the monthly operating-status report."""
