"""Accounts' pure rules: roles and what they may do, password and lockout policy, settings."""
