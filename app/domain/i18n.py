"""Marks user-visible strings of the pure layers for Qt's translation tools.

The source language is Chinese (the default UI language). The GUI passes marked strings through
``QCoreApplication.translate(context, text)``; exports and the command line use them as they are.
Call ``QT_TRANSLATE_NOOP`` by that name (not an alias): it is the name lupdate looks for.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; lupdate collects it under ``context``."""
    return text


@dataclass(frozen=True)
class Marked:
    """A marked string kept with its context, so that the GUI can still translate it."""

    context: str
    text: str

    def __str__(self) -> str:
        return self.text


class MarkedError(Exception):
    """An error whose message is a marked template filled with values.

    ``str(error)`` is the Chinese message (command line, logs); the GUI translates ``template``
    under ``context`` and fills in ``values`` (translating those that are ``Marked``).
    """

    def __init__(self, context: str, template: str, **values: object) -> None:
        self.context = context
        self.template = template
        self.values = values
        super().__init__(template.format(**values))
