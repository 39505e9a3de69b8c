"""The PySide6 desktop interface: main window, one package per tab, dialogs and table models."""
