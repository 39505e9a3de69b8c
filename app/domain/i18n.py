"""Marks user-visible strings of the pure layers for Qt's translation tools.

The source language is Chinese (the default UI language). The GUI passes marked strings through
``QCoreApplication.translate(context, text)``; exports and the command line use them as they are.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; lupdate collects it under ``context``."""
    return text
