"""Inspection documents and the 巡检台账 workbook."""
