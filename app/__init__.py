"""Resident Desk (驻场运维台): the resident engineer's desk for an after-sales service contract."""

__version__ = "0.1.0"
