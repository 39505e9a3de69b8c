"""A line edit that prints what was typed into it: ``ime_probe.py SECONDS`` (Chinese-input test)."""

from __future__ import annotations

import os
import sys

from app.__main__ import configure_input_method


def main() -> int:
    """Set up input as the program does, show a focused line edit, print its text at the end."""
    configure_input_method(os.environ)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication(sys.argv[:1])
    edit = QLineEdit()
    edit.setWindowTitle("ime-probe")
    edit.resize(400, 40)
    edit.show()
    edit.activateWindow()
    edit.setFocus()

    def finish() -> None:
        print(f"QT_IM_MODULE={os.environ.get('QT_IM_MODULE')}", flush=True)
        print(f"TEXT={edit.text()}", flush=True)
        app.quit()

    QTimer.singleShot(int(float(sys.argv[1]) * 1000), finish)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
