"""The Boek and Help menus of the main window, and what their entries do.

A mixin of MainWindow (it uses the window's context, status bar, lock, settings and help).
Strings go through QCoreApplication.translate("Menus", ...): a self.tr() here would be looked
up under the window's class name at runtime but extracted under this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget


class MenuMixin:
    context: Any

    if TYPE_CHECKING:  # provided by QMainWindow and MainWindow; stubs here would shadow them

        def menuBar(self) -> Any: ...
        def statusBar(self) -> Any: ...
        def window(self) -> Any: ...
        def lock(self) -> None: ...
        def open_restore(self) -> Any: ...
        def open_settings(self) -> None: ...
        def open_help(self) -> Any: ...

    def _as_widget(self) -> QWidget:
        return cast(QWidget, self)

    def _menus(self) -> None:
        """Boek and Help, as a desktop user expects them (ui/menus/ has the dialogs)."""
        book_menu = self.menuBar().addMenu(QCoreApplication.translate("Backups", "&Boek"))
        self.lock_action = book_menu.addAction(QCoreApplication.translate("Menus", "Vergrendelen"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.backup_action = book_menu.addAction(
            QCoreApplication.translate("Menus", "Reservekopie maken")
        )
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = book_menu.addAction(
            QCoreApplication.translate("Backups", "Reservekopie terugzetten…")
        )
        self.restore_action.triggered.connect(self.open_restore)
        book_menu.addSeparator()
        self.passphrase_action = book_menu.addAction(
            QCoreApplication.translate("Menus", "Wachtwoord wijzigen…")
        )
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.settings_action = book_menu.addAction(
            QCoreApplication.translate("Menus", "Instellingen…")
        )
        self.settings_action.triggered.connect(self.open_settings)
        book_menu.addSeparator()
        self.quit_action = book_menu.addAction(QCoreApplication.translate("Backups", "Afsluiten"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(lambda: self.window().close())
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("Backups", "&Help"))
        self.help_action = help_menu.addAction(QCoreApplication.translate("Backups", "Handleiding"))
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.triggered.connect(self.open_help)
        self.shortcuts_action = help_menu.addAction(
            QCoreApplication.translate("Menus", "Sneltoetsen")
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(
            QCoreApplication.translate("Menus", "Over Dorpsboek")
        )
        self.about_action.triggered.connect(self.show_about)
        self.help_window: QWidget | None = None
        self.restore_dialog: Any = None

    def backup_now(self) -> None:
        """Boek > Reservekopie maken: in the worker; the status bar says where it went."""
        from dorpsboek.services import book_actions
        from dorpsboek.ui import failures, worker

        cb, settings = self.context.casebook, self.context.settings
        self.statusBar().showMessage(
            QCoreApplication.translate("Menus", "Reservekopie wordt gemaakt…")
        )

        def made(path: Any) -> None:
            text = QCoreApplication.translate("Menus", "Reservekopie gemaakt: {path}").format(
                path=path
            )
            self.statusBar().showMessage(text, 10_000)

        def failed(_sentence: str, exc: BaseException) -> None:
            self.statusBar().showMessage(failures.sentence(exc))

        worker.run(lambda: book_actions.backup_now(cb, settings), made, failed)

    def change_passphrase(self) -> None:
        from dorpsboek.ui.menus.passphrase_dialog import PassphraseDialog

        if PassphraseDialog(self.context.casebook, self._as_widget()).exec():
            self.statusBar().showMessage(
                QCoreApplication.translate("Menus", "Het wachtwoord is veranderd."), 10_000
            )

    def show_shortcuts(self) -> QWidget:
        from dorpsboek.ui.menus.about import shortcuts_dialog

        dialog = shortcuts_dialog(self._as_widget())
        dialog.open()
        return dialog

    def show_about(self) -> QWidget:
        from dorpsboek.ui.menus.about import about_dialog

        dialog = about_dialog(self._as_widget(), self.context.casebook.book.path)
        dialog.open()
        return dialog
