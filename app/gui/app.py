"""Starting the GUI: translators, the database, first-start set-up, login, the main window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.accounts.roles import Permission
from app.domain.audit.actions import TICKET_CREATE
from app.gui.connect_dialog import ConnectDialog, remembered_server
from app.gui.failures import ExceptionHook
from app.gui.i18n import tr_error
from app.gui.login_dialog import CONNECT_REQUESTED, RESTORE_REQUESTED, LoginDialog
from app.gui.main_window import MainWindow
from app.gui.office_window import OfficeWindow
from app.gui.qt_chinese import QtChineseSupplement
from app.gui.restore_flow import RefusedDatabaseBox, StartChoice, restore_interactively
from app.gui.setup_wizard import SetupWizard
from app.gui.tasks import wait_for_tasks, wait_until_idle
from app.paths import APP_NAME, default_database_path, resources_dir
from app.services import accounts, contract, setup
from app.services.context import SYSTEM_ACTOR, CurrentUser, Desk, StorageError
from app.services.diagnostics import start_logging
from app.services.setup import AlreadyRunningError, DatabaseOpenError, DatabaseRefusedError

SCREENSHOT_SIZE = (1440, 900)
EXIT_CANNOT_START = 2


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's configured folder, else PySide6's (a bundle
    built by PyInstaller keeps them there, where the configured path may point nowhere)."""
    import PySide6

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    folders.append(Path(PySide6.__file__).parent / "translations")
    return [folder for folder in folders if folder.is_dir()]


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Qt's own ``qtbase_<lang>.qm`` and ours (Chinese is the source: zh_CN needs none of ours)."""
    installed = []
    qt_translator = QTranslator(app)
    if any(qt_translator.load(f"qtbase_{lang}", str(folder)) for folder in qt_translation_dirs()):
        app.installTranslator(qt_translator)  # the standard dialogs' own words (file dialogs …)
        installed.append(qt_translator)
        if lang.startswith("zh"):
            supplement = QtChineseSupplement(app)  # asked first: installed last
            app.installTranslator(supplement)
            installed.append(supplement)
    ours = resources_dir() / "translations" / f"resident_desk_{lang}.qm"
    if ours.exists():
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


@contextmanager
def ui_language(app: QCoreApplication, lang: str) -> Iterator[list[QTranslator]]:
    """Show the UI in ``lang`` (default locale and translators) until the block ends."""
    previous_locale = QLocale()
    QLocale.setDefault(QLocale(lang))
    translators = install_translators(app, lang)
    try:
        yield translators
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def _print_error(message: str) -> None:
    try:
        print(message, file=sys.stderr, flush=True)
    except UnicodeEncodeError:
        sys.stderr.buffer.write((message + "\n").encode("utf-8"))
        sys.stderr.flush()


def _fail(message: str, screenshot: Path | None) -> int:
    """Say why the program cannot start: a message box, or stderr when unattended."""
    _print_error(message)
    if screenshot is None:
        QMessageBox.critical(None, QCoreApplication.translate("RunGui", "驻场运维台"), message)
    return EXIT_CANNOT_START


def run_gui(db_path: Path | str | None, lang: str = "zh_CN", screenshot: Path | None = None) -> int:
    """Run the program on ``db_path`` (a file, or a server's URL; None: the server chosen last
    time in 连接数据库, else the default file); with ``screenshot``, render the main window."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    start_logging("GUI")
    hook = ExceptionHook()
    hook.install()  # no failure goes unseen: a dialog in the UI's language, the log file
    try:
        with ui_language(app, lang):
            return _run(app, _first_target(db_path), screenshot)
    finally:
        hook.uninstall()


def _first_target(db_path: Path | str | None) -> Path | str:
    if db_path is not None:
        return db_path if isinstance(db_path, str) else Path(db_path)
    server = remembered_server()
    return server.url() if server is not None else default_database_path()


def _choose_database(current: Path | str, message: str = "") -> Path | str | None:
    """连接数据库: the file or a server (the password typed now); None if cancelled."""
    server = None
    if setup.is_server(current):
        from app.services.server_connection import settings_of

        server = settings_of(str(current))
    file_path = current if isinstance(current, Path) else default_database_path()
    dialog = ConnectDialog(server, str(file_path), message)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.url if dialog.url is not None else file_path


def _run(app: QApplication, db_path: Path | str, screenshot: Path | None) -> int:
    """Open, log in, work; a refused file offers a restore (or a new database if it may be
    replaced), and a restore asked for before login reopens the database afterwards. A server
    that cannot be reached (or wants a password) opens 连接数据库 with the reason."""
    create_new = False
    while True:
        try:
            opened = setup.open_desk(db_path, create_new=create_new)
        except DatabaseRefusedError as exc:
            if screenshot is not None:
                return _fail(tr_error(exc), screenshot)
            if setup.is_server(db_path):  # not ours, or newer: never touched; choose another
                chosen = _choose_database(db_path, tr_error(exc))
                if chosen is None:
                    return EXIT_CANNOT_START
                db_path = chosen
                continue
            _print_error(tr_error(exc))
            box = RefusedDatabaseBox(exc)
            box.exec()
            choice = box.choice()
            if choice is StartChoice.RESTORE:
                restore_interactively(None, db_path, lock_held=False)
                continue  # opened again: restored, or the same question
            if choice is StartChoice.NEW:
                create_new = True
                continue
            return EXIT_CANNOT_START
        except DatabaseOpenError as exc:
            if screenshot is not None or not setup.is_server(db_path):
                return _fail(tr_error(exc), screenshot)
            chosen = _choose_database(db_path, tr_error(exc))
            if chosen is None:
                return EXIT_CANNOT_START
            db_path = chosen
            continue
        except AlreadyRunningError as exc:
            return _fail(tr_error(exc), screenshot)
        except (StorageError, OSError) as exc:
            return _fail(
                QCoreApplication.translate("RunGui", "无法打开数据库：{0}（{1}）").format(
                    db_path, exc
                ),
                screenshot,
            )
        create_new = False
        try:
            if screenshot is not None:
                return _screenshot(app, opened.desk, screenshot)
            outcome = _interactive(app, opened.desk)
            if outcome is StartChoice.CONNECT:
                chosen = _choose_database(db_path)
                if chosen is not None:
                    db_path = chosen
                continue
            if outcome is not StartChoice.RESTORE:
                return outcome
            wait_for_tasks()
            opened.desk.db.dispose()  # no connection may stay on the file being replaced
            restore_interactively(None, Path(db_path).expanduser().resolve(), lock_held=True)
        finally:
            wait_for_tasks()  # no background query may outlive the database
            opened.close()


def _log_in(desk: Desk) -> CurrentUser | StartChoice | None:
    """The first-start wizard (which logs in the engineer it creates), or the login dialog;
    ``StartChoice.RESTORE`` when the engineer asked to restore a backup instead."""
    if setup.needs_setup(desk):
        wizard = SetupWizard(desk)
        result = wizard.exec()
        if result == RESTORE_REQUESTED:
            return StartChoice.RESTORE
        if result != QDialog.DialogCode.Accepted:
            return None
        return wizard.user
    info = contract.get_contract(desk)
    login = LoginDialog(desk, info.project_name if info else "")
    result = login.exec()
    if result == RESTORE_REQUESTED:
        return StartChoice.RESTORE
    if result == CONNECT_REQUESTED:
        return StartChoice.CONNECT
    if result != QDialog.DialogCode.Accepted:
        return None
    return login.user


def window_for(desk: Desk) -> MainWindow | OfficeWindow:
    """The engineer's desk for those who read the records; the auditor's or administrator's
    window for those who do not."""
    if desk.can(TICKET_CREATE) or desk.user.can(Permission.READ):
        return MainWindow(desk, auto_backup=True)
    return OfficeWindow(desk)


def _interactive(app: QApplication, desk: Desk) -> int | StartChoice:
    """Log in, work, and after 注销 or 切换用户 log in again, until the program is closed."""
    frozen = False
    while True:
        app.setQuitOnLastWindowClosed(False)  # closing the wizard or login must not end exec()
        user = _log_in(desk)
        if user is None:
            return 0
        if user in (StartChoice.RESTORE, StartChoice.CONNECT):
            return user  # type: ignore[return-value]
        desk.user = user
        window = window_for(desk)
        logged_out = [False]

        def on_window_loggedOut(flag: list[bool] = logged_out) -> None:  # noqa: N802
            flag[0] = True
            app.exit(0)

        window.loggedOut.connect(on_window_loggedOut)
        window.show()
        app.setQuitOnLastWindowClosed(True)
        if not frozen:
            # Start-up objects live for the whole session: keep them out of the collector's full
            # passes, which otherwise stall the GUI while a query runs in a worker.
            gc.freeze()
            frozen = True
        try:
            code = app.exec()
        finally:
            if isinstance(window, MainWindow):
                window.sweep_timer.stop()
                window.change_watcher.stop()
                window.auto_backup.stop()
            window.account_menu.stop()
        window.deleteLater()
        desk.user = SYSTEM_ACTOR
        if not logged_out[0]:
            return code


def _screenshot(app: QApplication, desk: Desk, path: Path) -> int:
    """Log in as the first engineer, render the main window to ``path`` (PNG), no dialogs."""
    if setup.needs_setup(desk):
        return _fail(
            QCoreApplication.translate(
                "RunGui",
                "此数据库尚未完成首次启动设置（合同信息和驻场工程师账号），无法截图。请先不带 --screenshot 启动程序完成设置，或用 demo 命令生成演示数据库。",
            ),
            path,
        )
    user = accounts.first_account(desk)
    if user is None:
        return _fail(
            QCoreApplication.translate("RunGui", "此数据库没有可用的驻场工程师账号，无法截图。"),
            path,
        )
    desk.user = user
    window = MainWindow(desk, remember_geometry=False)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    if window.banner.rows:  # show the most urgent ticket's detail, as the engineer would
        window.tickets_tab.show_ticket(window.banner.rows[0].info.ticket_id)
    wait_until_idle(window.tickets_tab.model.runner)  # the queue queries in the background
    for _ in range(3):
        app.processEvents()
    image = window.grab()
    window.sweep_timer.stop()
    window.account_menu.stop()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    path = Path(path).expanduser()
    partial = path.with_name(f".{path.stem}.partial-{os.getpid()}.png")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(partial), "PNG"):
            raise OSError(QCoreApplication.translate("RunGui", "无法写入图片文件"))
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        _print_error(
            QCoreApplication.translate("RunGui", "无法保存截图：{0}（{1}）").format(path, exc)
        )
        return 1
    return 0
