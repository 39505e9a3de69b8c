"""Shipped resources, installed as the package ``app.resources`` and found via importlib.resources."""
