"""The main window: navigation, lazily created screens, one search box, shortcuts, lock.

Each key in SCREEN_KEYS has its screen module (ui/screens/__init__.screen_module); only the
first screen is built at unlock, the others when first shown.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.ui import window_place
from dorpsboek.ui.handover.banner import handover_banner
from dorpsboek.ui.locking import IdleWatch, Locker
from dorpsboek.ui.menus.mixin import MenuMixin
from dorpsboek.ui.saved_toast import SavedToast
from dorpsboek.ui.screens import SCREEN_FOR_KIND, SCREEN_KEYS, screen_module
from dorpsboek.ui.screens.base import Screen, ScreenContext, screen_title
from dorpsboek.ui.search import LIMIT, SearchBox
from dorpsboek.ui.widgets import heading, note

log = logging.getLogger(__name__)


class Placeholder(Screen):
    """What shows when a screen fails to build: the rest of the window goes on working."""

    def __init__(self, context: ScreenContext, key: str) -> None:
        super().__init__(context)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(screen_title(key)))
        text = self.tr(
            "Dit onderdeel kon niet worden geladen. Uw gegevens zijn veilig; de rest van "
            "Dorpsboek werkt gewoon."
        )
        layout.addWidget(note(text))
        layout.addStretch(1)


def create_screen(key: str, context: ScreenContext, parent: QWidget) -> Screen:
    try:
        screen: Screen = screen_module(key).create(context, parent)
    except Exception as exc:  # a broken screen must not take the window down
        log.error("screen %s failed to load: %s", key, type(exc).__name__)
        return Placeholder(context, key)
    return screen


STAND_IN_SCREENS = ("today", "residents")


class MainWindow(MenuMixin, QMainWindow):
    """Title "Dorpsboek — <book>", navigation left, the current screen right."""

    screen_shown = Signal(str)
    # A colleague erases her book (handover.retire.ErasePlan): the shell closes and erases it.
    takeover_ended = Signal(object)

    def __init__(self, context: ScreenContext, name: str, lock_hint: str = "") -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(f"Dorpsboek — {name}")
        self.screens: dict[str, Screen] = {}
        self.quick_notes: list[QWidget] = []
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.content = QWidget()
        self.locked_page = self._locked_page()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.locked_page)
        self._build_content()
        self.locker = Locker(self, context.casebook.passphrase_matches, self._hide, lock_hint)
        self.idle = IdleWatch(60.0 * int(context.settings.get("autolock_minutes")), self)
        self.idle.idle.connect(self.locker.lock)
        self._shortcuts()
        self._menus()
        self.saved_toast = SavedToast(self)
        self.statusBar().addWidget(self.saved_toast)
        self._plain_for_a_stand_in()
        self.nav.setCurrentRow(0)
        window_place.place(self, context.settings)

    # ----- building ---------------------------------------------------------------------------

    def _build_content(self) -> None:
        outer = QHBoxLayout(self.content)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Onderdelen"))
        self.nav.setSpacing(max(2, self.fontMetrics().height() // 4))
        for key in SCREEN_KEYS:
            self.nav.addItem(screen_title(key))
        width = max(self.nav.sizeHintForColumn(0), self.fontMetrics().averageCharWidth() * 16)
        self.nav.setFixedWidth(width + self.fontMetrics().averageCharWidth() * 4)
        self.nav.currentRowChanged.connect(self._nav_changed)
        outer.addWidget(self.nav)
        right = QVBoxLayout()
        bar = QHBoxLayout()
        casebook = self.context.casebook
        self.search = SearchBox(lambda query: casebook.search(query, LIMIT), self.content)
        self.search.open_hit.connect(self.open_record)
        bar.addWidget(self.search, 1)
        self.note_button = QPushButton(self.tr("Snel noteren"))
        self.note_button.setToolTip(self.tr("Een notitie maken (Ctrl+N)"))
        self.note_button.clicked.connect(self.open_quick_note)
        self.settings_button = QPushButton(self.tr("Instellingen"))
        self.settings_button.clicked.connect(self.open_settings)
        self.lock_button = QPushButton(self.tr("Vergrendelen"))
        self.lock_button.setToolTip(
            self.tr("Het boek op slot zetten tot u uw wachtwoord typt (Ctrl+L)")
        )
        self.lock_button.clicked.connect(self.lock)
        for button in (self.note_button, self.settings_button, self.lock_button):
            button.setAccessibleName(button.text())
            bar.addWidget(button)
        self.banner = handover_banner(casebook, self.content)
        right.addWidget(self.banner)
        right.addLayout(bar)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        outer.addLayout(right, 1)
        self.setTabOrder(self.search, self.note_button)
        self.setTabOrder(self.note_button, self.settings_button)
        self.setTabOrder(self.settings_button, self.lock_button)
        self.setTabOrder(self.lock_button, self.nav)

    def _locked_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = heading(self.tr("Dorpsboek is vergrendeld."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen…"))
        self.unlock_button.clicked.connect(self._show_lock_dialog)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    def _show_lock_dialog(self) -> None:
        dialog = self.locker.dialog
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

    def _shortcuts(self) -> None:
        pairs = (
            ("Ctrl+K", self.focus_search),
            ("Ctrl+N", self.open_quick_note),
        )
        for keys, action in pairs:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(action)

    # ----- screens ----------------------------------------------------------------------------

    def screen_for(self, key: str) -> Screen:
        """The screen for `key`, created on first use."""
        if key not in self.screens:
            created = create_screen(key, self.context, self.stack)
            created.open_record.connect(self.open_record)
            if hasattr(created, "takeover_ended"):
                created.takeover_ended.connect(self.takeover_ended)
            self.screens[key] = created
            self.stack.addWidget(created)
        return self.screens[key]

    def show_screen(self, key: str) -> Screen:
        row = SCREEN_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _nav_changed
        return self.screens[key]

    def current_key(self) -> str:
        return SCREEN_KEYS[max(self.nav.currentRow(), 0)]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SCREEN_KEYS[row]
        existed = key in self.screens
        screen = self.screen_for(key)
        self.stack.setCurrentWidget(screen)
        if existed:
            screen.refresh()
        self.screen_shown.emit(key)

    def open_record(self, kind: str, record_id: str) -> None:
        key = SCREEN_FOR_KIND.get(kind)
        if key is None:
            return
        screen = self.show_screen(key)
        if not screen.show_record(kind, record_id):
            self.statusBar().showMessage(self.tr("Dit kan hier nog niet worden geopend."), 5000)

    def refresh_current(self) -> None:
        key = self.current_key()
        if key in self.screens:
            self.screens[key].refresh()

    # ----- actions ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.locker.is_locked:
            return
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_quick_note(self) -> QWidget | None:
        """Ctrl+N from anywhere: the quick-note dialog (non-modal, so a lock can hide it)."""
        if self.locker.is_locked:
            return None
        for existing in self.quick_notes:
            if existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
        from dorpsboek.ui.quick_note import QuickNoteDialog  # on first Ctrl+N, not at unlock

        dialog: Any = QuickNoteDialog(self.context, self)
        if hasattr(dialog, "setModal"):
            dialog.setModal(False)
        if hasattr(dialog, "finished"):
            dialog.finished.connect(lambda _code: self._quick_note_done(dialog))
        if hasattr(dialog, "saved"):
            dialog.saved.connect(self._note_saved)
        self.quick_notes.append(dialog)
        dialog.show()
        shown: QWidget = dialog
        return shown

    def _plain_for_a_stand_in(self) -> None:
        """A volunteer's stand-in book holds only calls and visits: Vandaag and the residents'
        pages, nothing else to look for (issue 15, point 4)."""
        from dorpsboek.services.handover_state import current_handover

        info = current_handover(self.context.casebook)
        if info is None or info.scope != "standin":
            return
        for row, key in enumerate(SCREEN_KEYS):
            self.nav.item(row).setHidden(key not in STAND_IN_SCREENS)

    def _note_saved(self, person_id: str, record_id: str) -> None:
        """The quiet confirmation, with "Ongedaan maken" (a delete she can undo again)."""
        from dorpsboek.domain.records import Kind
        from dorpsboek.services import people
        from dorpsboek.ui.daily_common import session_undo

        cb = self.context.casebook
        if person_id:
            name = people.person(cb, person_id).name
            text = self.tr("Notitie over {name} opgeslagen.").format(name=name)
            kind, label = Kind.NOTE, self.tr("notitie over {name}").format(name=name)
        else:
            text, kind, label = (
                self.tr("Activiteit opgeslagen."),
                Kind.ACTIVITY,
                self.tr("activiteit"),
            )

        def undo() -> None:
            session_undo(cb).delete(kind, record_id, label)
            self.refresh_current()
            self.statusBar().showMessage(self.tr("Weer weggehaald."), 5000)

        self.saved_toast.show_saved(text, undo)

    def _quick_note_done(self, dialog: QWidget) -> None:
        if dialog in self.quick_notes:
            self.quick_notes.remove(dialog)
        dialog.deleteLater()
        self.refresh_current()

    def open_settings(self) -> None:
        from dorpsboek.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self.context.settings, self.context.casebook.book.path, self, self.context.casebook
        )
        if dialog.exec():
            self.idle.set_seconds(60.0 * int(self.context.settings.get("autolock_minutes")))
            self.refresh_current()

    def open_help(self) -> QWidget | None:
        """F1 or Help > Handleiding: the manual, non-modal, one at a time."""
        if self.locker.is_locked:
            return None
        from dorpsboek.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
            self.help_window.setModal(False)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def open_restore(self) -> QWidget | None:
        """Boek > Reservekopie terugzetten: a backup as a new book, never over this one."""
        if self.locker.is_locked:
            return None
        from dorpsboek.ui.backups.restore_dialog import RestoreDialog

        old = self.restore_dialog
        if old is not None and old.isVisible():
            old.raise_()
            shown: QWidget = old
            return shown
        if old is not None and not old.busy.isVisible():
            old.deleteLater()  # not while its worker may still call back into it
        dialog = RestoreDialog(self.context.casebook, self.context.settings, self)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def lock(self) -> None:
        self.search.close_popup()
        self.locker.lock()

    def _hide(self, hidden: bool) -> None:
        self.pages.setCurrentWidget(self.locked_page if hidden else self.content)
        self.statusBar().setVisible(not hidden)
        self.menuBar().setEnabled(not hidden)
        if hidden and self.help_window is not None:
            self.help_window.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        for dialog in list(self.quick_notes):
            dialog.close()
        window_place.remember(self, self.context.settings)
        super().closeEvent(event)


def title_for(book_name: str, demo: bool) -> str:
    return QCoreApplication.translate("MainWindow", "demo") if demo else book_name
