"""Instellingen > Bewaren: the folder for automatic backups and the one for the emergency kit.

Nothing is stored until the dialog's Opslaan (`save`). A chosen folder is tried for real
(`services.folders.is_writable_folder`); a folder Dorpsboek cannot write in is refused with one
sentence and the old choice stays. Changing the backup folder moves nothing: the old copies stay
where they are and restore still lists them (`services.backups.backup_folders`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.services import backups
from dorpsboek.services.folders import is_writable_folder
from dorpsboek.settings import Settings
from dorpsboek.ui import dialogs
from dorpsboek.ui.widgets import alert, note


class PathLabel(QPlainTextEdit):
    """A path shown whole: wrapped anywhere over up to five lines, never shortened (a path
    with "…" in the middle hides just the part that tells two sticks apart). It reads like a
    label but can be selected and copied as the real path."""

    LINES = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QPlainTextEdit { background: transparent; }")
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())

    def set_full_text(self, text: str) -> None:
        self.setPlainText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._fit()

    def full_text(self) -> str:
        return self.toPlainText()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped path, one to five lines."""
        lines = max(1, min(self.LINES, int(self.document().size().height())))
        height = self.fontMetrics().lineSpacing() * lines + 2 * 2 + 4
        if self.height() != height:
            self.setFixedHeight(height)


class FolderSettings(QGroupBox):
    """Two rows: Reservekopieën (another folder, or back to the standard one) and Noodpakket."""

    def __init__(self, settings: Settings, book: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.book = Path(book)
        self.backup_dir = str(settings.get("backup_dir")).strip()
        self.emergency_dir = str(settings.get("emergency_dir")).strip()
        self.setTitle(self.tr("Bewaren"))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.backup_path = PathLabel(self)
        self.backup_choose = self._button(
            self.tr("Andere map…"), self.tr("Andere map voor de reservekopieën")
        )
        self.backup_default = self._button(
            self.tr("Standaard"), self.tr("Reservekopieën weer naast het boek")
        )
        self._row(grid, 0, self.tr("Reservekopieën:"), self.backup_path)
        grid.addWidget(self.backup_choose, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.backup_default, 0, 3, Qt.AlignmentFlag.AlignTop)
        self.emergency_path = PathLabel(self)
        self.emergency_choose = self._button(
            self.tr("Andere map…"), self.tr("Andere map voor het noodpakket")
        )
        self._row(grid, 1, self.tr("Noodpakket:"), self.emergency_path)
        grid.addWidget(self.emergency_choose, 1, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.refused = alert(self)
        self.told = note("", self)
        layout.addWidget(self.refused)
        layout.addWidget(self.told)
        self.backup_choose.clicked.connect(self.choose_backup)
        self.backup_default.clicked.connect(self.use_default)
        self.emergency_choose.clicked.connect(self.choose_emergency)
        self._say(self.refused, "")
        self._say(self.told, "")
        self._show()

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        return button

    def _row(self, grid: QGridLayout, row: int, text: str, path: PathLabel) -> None:
        label = QLabel(text, self)
        label.setBuddy(path)
        path.setAccessibleName(text.rstrip(":"))
        top = Qt.AlignmentFlag.AlignTop  # beside a path of several lines, not halfway down
        grid.addWidget(label, row, 0, top)
        grid.addWidget(path, row, 1)

    def backup_folder(self) -> Path:
        """The folder the next automatic backup goes to, with the choice made here."""
        if self.backup_dir:
            return Path(self.backup_dir).expanduser()
        return backups.default_backup_folder(self.book)

    def _show(self) -> None:
        if self.backup_dir:
            self.backup_path.set_full_text(str(self.backup_folder()))
        else:
            self.backup_path.set_full_text(
                self.tr("naast het boek: %1").replace("%1", str(self.backup_folder()))
            )
        self.backup_default.setEnabled(bool(self.backup_dir))
        self.emergency_path.set_full_text(self.emergency_dir or self.tr("(nog geen map gekozen)"))

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            self._fit()

    def _fit(self) -> None:
        """A shown sentence wraps over more lines: let the window grow instead of squeezing."""
        window = self.window()
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        layout.activate()
        need = window.heightForWidth(window.width())
        if need > window.height():
            window.resize(window.width(), need)

    def _writable(self, chosen: Path) -> bool:
        if is_writable_folder(chosen):
            self._say(self.refused, "")
            return True
        self._say(
            self.refused,
            self.tr("Dorpsboek kan niet schrijven in %1; de vorige map blijft ingesteld.").replace(
                "%1", str(chosen)
            ),
        )
        return False

    def choose_backup(self) -> None:
        title = self.tr("Map voor de reservekopieën")
        chosen = dialogs.folder(self, title, str(self.backup_folder()))
        if chosen is not None and self._writable(chosen):
            self._set_backup(str(chosen))

    def use_default(self) -> None:
        self._say(self.refused, "")
        self._set_backup("")

    def _set_backup(self, folder: str) -> None:
        old = self.backup_folder()
        self.backup_dir = folder
        if old.resolve() != self.backup_folder().resolve():
            self._say(
                self.told,
                self.tr(
                    "De reservekopieën die er al zijn, blijven in %1 staan; u kunt ze nog "
                    "steeds terugzetten."
                ).replace("%1", str(old)),
            )
        self._show()

    def choose_emergency(self) -> None:
        title = self.tr("Map voor het noodpakket")
        chosen = dialogs.folder(self, title, self.emergency_dir)
        if chosen is not None and self._writable(chosen):
            self.emergency_dir = str(chosen)
            self._show()

    def save(self) -> None:
        """Store what changed (the dialog's Opslaan)."""
        if self.backup_dir != str(self.settings.get("backup_dir")).strip():
            backups.set_backup_folder(self.settings, self.backup_dir)
        if self.emergency_dir != str(self.settings.get("emergency_dir")).strip():
            self.settings.set("emergency_dir", self.emergency_dir)
