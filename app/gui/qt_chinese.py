"""Chinese for the few words of Qt's standard dialogs that Qt's own qtbase_zh_CN.qm lacks.

Qt 6 renamed some labels (a mnemonic added: "&Look in:"), and its Chinese catalogue still has
only the old texts, so a non-native file dialog said "Look in:" inside the Chinese UI. Measured
with every standard dialog the program opens (file, print, message boxes); only these were left.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

MISSING_QT_ZH_CN: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QPrintSettingsOutput", "Page &Set:"): "页面集(&S)：",
}


class QtChineseSupplement(QTranslator):
    """Answers for the texts above; every other text falls through to qtbase_zh_CN.qm."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) lets Qt ask the next translator; "" would blank every text.
        return MISSING_QT_ZH_CN.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
