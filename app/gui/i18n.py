"""Translation of strings marked in the pure layers (enum, field, action, validation, workflow)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.i18n import Marked, MarkedError


def tr_domain(context: str, text: str) -> str:
    """Translate a string the domain marked with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)


def tr_label(context: str, text: str) -> str:
    """A marked term standing alone (a table cell, a field): its translation starting with a
    capital, as English terms are written lower case for use inside sentences."""
    shown = tr_domain(context, text)
    return shown[:1].upper() + shown[1:]


def list_separator() -> str:
    """Between the items of a list in a line: ``、`` in Chinese, ``, `` in English."""
    return QCoreApplication.translate("Lists", "、")


def gap() -> str:
    """Between facts set side by side in a line: an ideographic space in Chinese."""
    return QCoreApplication.translate("Lists", "　")


def tr_field_error(template: str, label: str, values: tuple[tuple[str, object], ...] = ()) -> str:
    """A validation message: the translated template with the translated field label (and any
    other values, ``Marked`` ones translated) filled in."""
    filled = {
        name: tr_domain(value.context, value.text) if isinstance(value, Marked) else value
        for name, value in values
    }
    return tr_domain("validation", template).format(label=tr_domain("field", label), **filled)


def tr_error(error: BaseException) -> str:
    """An error's message: a ``MarkedError`` translated and filled in, anything else as it is."""
    if not isinstance(error, MarkedError):
        return str(error)
    values = {
        name: tr_domain(value.context, value.text) if isinstance(value, Marked) else value
        for name, value in error.values.items()
    }
    return tr_domain(error.context, error.template).format(**values)
