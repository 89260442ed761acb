"""The first window: welcome (new book, handover package, demo), create a book, or unlock one.

Loads nothing heavy: the store and SQLAlchemy are imported by a worker thread the moment the
passphrase is submitted (and pre-loaded in the background by the app while she types).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dorpsboek import errors
from dorpsboek.domain.passphrase import Strength, estimate
from dorpsboek.ui import worker
from dorpsboek.ui.widgets import alert, busy_bar, heading, note, passphrase_field

if TYPE_CHECKING:
    from dorpsboek.ui.backups.rescue import RescuePage


def _opening() -> ModuleType:
    """Imported when first used, not at start: it pulls in the store and SQLCipher, and the
    unlock window should paint before that (cold start)."""
    from dorpsboek.services import opening

    return opening


class WelcomePage(QWidget):
    """Three ways in: a new book, a handover package, or a look around in a demo book."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Welkom bij Dorpsboek")))
        layout.addWidget(
            note(
                self.tr(
                    "Dorpsboek bewaart uw aantekeningen over inwoners, hulpvragen en de sociale "
                    "kaart, versleuteld op deze computer. Er gaat niets over internet."
                )
            )
        )
        self.new_button = self._choice(self.tr("Een nieuw boek beginnen"), layout)
        self.handover_button = self._choice(self.tr("Een overdrachtspakket openen"), layout)
        self.demo_button = self._choice(self.tr("Eerst rondkijken in een demoboek"), layout)
        layout.addStretch(1)

    def _choice(self, text: str, layout: QVBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setMinimumHeight(button.sizeHint().height() * 2)
        layout.addWidget(button)
        return button


class NewBookPage(QWidget):
    """Passphrase twice, its strength in plain words, and the honest warning."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, book: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Een nieuw boek")))
        layout.addWidget(note(self.tr("Het boek komt hier te staan: %1").replace("%1", str(book))))
        layout.addWidget(QLabel(self.tr("Kies een wachtwoord:")))
        self.first = passphrase_field(self.tr("Wachtwoord"))
        layout.addWidget(self.first)
        self.strength = note()
        self.strength.setAccessibleName(self.tr("Hoe sterk het wachtwoord is"))
        layout.addWidget(self.strength)
        layout.addWidget(QLabel(self.tr("Typ het wachtwoord nog een keer:")))
        self.second = passphrase_field(self.tr("Wachtwoord herhalen"))
        layout.addWidget(self.second)
        warning = note(
            self.tr(
                "Let op: zonder dit wachtwoord kan niemand het boek openen, ook u niet. "
                "Schrijf het op en bewaar het op een veilige plek. Later kunt u een noodpakket "
                "maken, zodat een collega het boek kan overnemen als u wegvalt."
            )
        )
        warning.setFrameShape(QLabel.Shape.StyledPanel)
        warning.setMargin(warning.fontMetrics().height() // 2)
        layout.addWidget(warning)
        self.message = alert()
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        self.busy = busy_bar(self.tr("Bezig met het maken van het boek"))
        layout.addWidget(self.busy)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Terug"))
        self.create_button = QPushButton(self.tr("Boek maken"))
        self.create_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.first.textChanged.connect(self._show_strength)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back)
        self._show_strength("")

    def _show_strength(self, text: str) -> None:
        self.strength.setText(self.strength_sentence(estimate(text).level) if text else "")

    def strength_sentence(self, level: Strength) -> str:
        return {
            Strength.TOO_SHORT: self.tr("Te kort: gebruik minstens 8 tekens."),
            Strength.WEAK: self.tr("Zwak: makkelijk te raden. Maak het langer."),
            Strength.FAIR: self.tr("Redelijk. Een paar woorden extra maken het sterker."),
            Strength.STRONG: self.tr("Sterk."),
            Strength.VERY_STRONG: self.tr("Heel sterk."),
        }[level]

    def _submit(self) -> None:
        first, second = self.first.text(), self.second.text()
        if not estimate(first).acceptable:
            self.message.setText(self.tr("Het wachtwoord is te kort: gebruik minstens 8 tekens."))
            self.first.setFocus()
        elif first != second:
            self.message.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
            self.second.clear()
            self.second.setFocus()
        else:
            self.message.setText(self.tr("Het boek wordt gemaakt. Dit duurt een paar tellen."))
            self.submitted.emit(first)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.first, self.second, self.create_button, self.back_button):
            widget.setEnabled(not busy)


class UnlockForm(QWidget):
    """One passphrase field; Enter submits. Used at start and on the lock screen."""

    submitted = Signal(str)

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        self.explanation = note(explanation)
        layout.addWidget(self.explanation)
        label = QLabel(self.tr("Wachtwoord:"))
        layout.addWidget(label)
        self.field = passphrase_field(self.tr("Wachtwoord"))
        label.setBuddy(self.field)
        layout.addWidget(self.field)
        self.message = alert()
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        self.busy = busy_bar(self.tr("Bezig met openen"))
        layout.addWidget(self.busy)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.setDefault(True)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.field.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self._submit)

    def _submit(self) -> None:
        if not self.field.text():
            self.message.setText(self.tr("Vul eerst uw wachtwoord in."))
            return
        self.message.setText("")
        self.submitted.emit(self.field.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        if not busy:
            self.field.setFocus()

    def fail(self, sentence: str) -> None:
        """Say what went wrong in one sentence; the form stays open for another try."""
        self.set_busy(False)
        self.message.setText(sentence)
        self.field.selectAll()
        self._make_room()

    def _make_room(self) -> None:
        """A window that was laid out before the message appeared grows to fit it, instead of
        squeezing the text above it (the lock dialog clipped its first line that way)."""
        top = self.window()
        layout = top.layout()
        if layout is not None:
            layout.activate()
        needed = top.heightForWidth(top.width()) if top.hasHeightForWidth() else -1
        needed = max(needed, top.sizeHint().height(), top.minimumSizeHint().height())
        if top.height() < needed:
            top.resize(top.width(), needed)


class DemoPage(QWidget):
    """While the demo book is made: what is happening, and a busy bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Demoboek")))
        self.message = note(self.tr("Het demoboek wordt gemaakt, met een verzonnen dorp."))
        layout.addWidget(self.message)
        self.bar = busy_bar(self.tr("Bezig met het demoboek"))
        layout.addWidget(self.bar)
        layout.addStretch(1)


_Page = TypeVar("_Page", bound=QWidget)


class StartWindow(QWidget):
    """Welcome or unlock; emits `opened` with an OpenedBook once a book is unlocked."""

    opened = Signal(object)

    def __init__(self, book: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = Path(book)
        self.setWindowTitle("Dorpsboek")
        self.pages = QStackedWidget(self)
        self.pages.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        self.unlock = UnlockForm(
            self.tr("Boek openen"),
            self.tr("Typ uw wachtwoord en druk op Enter.") + "\n" + str(self.book),
        )
        self.unlock.submitted.connect(self._open)
        self.pages.addWidget(self.unlock)
        self.help_window: QWidget | None = None
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.activated.connect(self.open_help)
        self.show_start()
        width = self.fontMetrics().averageCharWidth() * 80
        self.resize(width, int(width * 0.7))

    # ----- the other pages, each built when first shown (cold start: the unlock window
    # ----- paints ~3 ms sooner without them, and the rescue page's modules load later)

    def _add(self, page: _Page) -> _Page:
        self.pages.addWidget(page)
        return page

    def _built(self, page: str) -> bool:
        return page in vars(self)  # a cached_property is in the instance's dict once built

    @cached_property
    def welcome(self) -> WelcomePage:
        page = WelcomePage()
        page.new_button.clicked.connect(lambda: self._go(self.new_book, self.new_book.first))
        page.handover_button.clicked.connect(self.open_handover)
        page.demo_button.clicked.connect(self.start_demo)
        return self._add(page)

    @cached_property
    def new_book(self) -> NewBookPage:
        page = NewBookPage(self.book)
        page.back.connect(self.show_start)
        page.submitted.connect(self._create)
        return self._add(page)

    @cached_property
    def demo_busy(self) -> DemoPage:
        return self._add(DemoPage())

    @cached_property
    def rescue(self) -> RescuePage:
        from dorpsboek.ui.backups.rescue import RescuePage

        page = RescuePage()
        page.back.connect(self.show_start)
        page.rescued.connect(lambda _done: self._open(page.passphrase()))
        return self._add(page)

    def _go(self, page: QWidget, focus: QWidget | None = None) -> None:
        self.pages.setCurrentWidget(page)
        if focus is not None:
            focus.setFocus()

    def forget_secrets(self) -> None:
        """Clear every passphrase field once the book is open (the window stays in memory)."""
        self.unlock.field.clear()
        if self._built("new_book"):
            self.new_book.first.clear()
            self.new_book.second.clear()
        if self._built("rescue"):
            self.rescue.forget()

    def show_start(self) -> None:
        """Unlock when the book exists, otherwise the welcome."""
        if self.book.exists():
            self._go(self.unlock, self.unlock.field)
        else:
            self._go(self.welcome, self.welcome.new_button)

    # ----- actions (slow work in the worker) ----------------------------------------------

    def _create(self, passphrase: str) -> None:
        self.new_book.set_busy(True)
        path = self.book
        self._run(
            lambda: _opening().create_book(path, passphrase),
            lambda sentence: self._create_failed(sentence),
        )

    def _create_failed(self, sentence: str) -> None:
        self.new_book.set_busy(False)
        self.new_book.message.setText(sentence)

    def _open(self, passphrase: str) -> None:
        self._go(self.unlock)
        self.unlock.set_busy(True)
        path = self.book

        def failed(sentence: str, exc: BaseException) -> None:
            self.unlock.fail(sentence)
            if isinstance(exc, errors.DamagedFile):
                self.offer_rescue(passphrase)

        worker.run(lambda: _opening().open_book(path, passphrase), self.opened.emit, failed)

    def offer_rescue(self, passphrase: str) -> None:
        """The book is damaged (the passphrase was right): offer the newest good backup."""
        self.unlock.field.clear()
        self.rescue.start(self.book, passphrase)
        self._go(self.rescue, self.rescue.find_button)

    def open_help(self) -> QWidget:
        """F1: the manual, also before a book is open."""
        from dorpsboek.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def start_demo(self) -> None:
        self._go(self.demo_busy)
        self.demo_busy.bar.show()
        self._run(lambda: _opening().create_demo(), self._demo_failed)

    def _demo_failed(self, sentence: str) -> None:
        self.demo_busy.bar.hide()
        self.demo_busy.message.setText(sentence)

    def tell(self, sentence: str) -> None:
        """One sentence on the unlock page (a book to open), or in a message without one."""
        if self.book.exists():
            self._go(self.unlock, self.unlock.field)
            self.unlock.message.setText(sentence)
            return
        from dorpsboek.ui import dialogs

        dialogs.message(self, sentence)

    def _run(self, job: Callable[[], Any], failed: Callable[[str], None]) -> None:
        worker.run(job, self.opened.emit, lambda sentence, _exc: failed(sentence))

    def open_handover(self) -> None:
        """The handover window takes over (imported only when she asks for it)."""
        from dorpsboek.ui.handover.open_window import open_handover_flow

        result = open_handover_flow(self)
        self.handover_result(result)

    def handover_result(self, result: Any) -> None:
        """A handover flow returns an OpenedBook, a Casebook, a book Path, or None."""
        if result is None:
            return
        if isinstance(result, Path):
            self.book = result
            self.unlock.explanation.setText(
                self.tr("Typ uw wachtwoord en druk op Enter.") + "\n" + str(result)
            )
            self.show_start()
        elif hasattr(result, "casebook"):
            self.opened.emit(result)
        elif hasattr(result, "book"):
            opened = _opening().OpenedBook(result, Path(result.book.path))
            self.opened.emit(opened)
