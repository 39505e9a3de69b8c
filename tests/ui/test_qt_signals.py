"""The Qt binding does not leak references on signal emit/disconnect (a 7×24 program would abort)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(bool)


def test_emit_and_disconnect_keep_references_to_true(qapp) -> None:
    """PySide6 6.12.0 freed True after enough emits ("bool_dealloc"); that release is excluded."""
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.fired.emit(True)
        connection = emitter.fired.connect(lambda _value: None)
        emitter.fired.disconnect(connection)
    assert sys.getrefcount(True) >= before
