"""Inspections: checklists, runs, findings, the backup register, their documents and log."""
