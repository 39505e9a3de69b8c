"""Inspection rules: checklist items and answers, periods and what is due or missed."""
