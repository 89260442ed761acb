"""Opening a handover (or emergency) package from the welcome window.

Four steps in one dialog: choose the package; unlock it (passphrase, or the noodblad key, or
the trustees' word shares); see what it holds and choose a place, a name and an own
passphrase; then read the handover letter first. Slow steps run in the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.passphrase import Strength, estimate
from dorpsboek.paths import data_dir
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.handover.labels import count_label
from dorpsboek.ui.widgets import alert, busy_bar, heading, note, passphrase_field


def _actions() -> Any:
    from dorpsboek.handover import actions

    return actions


class OpenHandoverDialog(QDialog):
    """The four steps; `result_value` holds what the shell opens (an OpenedBook) or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overdracht openen"))
        self.setMinimumWidth(560)
        self.path: Path | None = None
        self.bundle: Any = None
        self.result_value: Any = None
        self.mode = "passphrase"
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(self._new_book_page())
        self.pages.addWidget(self._letter_page())
        self.message = alert(self)
        self.bar = busy_bar(self.tr("Even geduld"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)

    # ----- step 1: the package ------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Overdracht openen")))
        layout.addWidget(
            note(
                self.tr(
                    "Kies het pakket dat u van uw collega kreeg (of het noodpakket). "
                    "Dorpsboek maakt er een nieuw boek van, met uw eigen wachtwoord."
                ),
                page,
            )
        )
        self.choose_button = QPushButton(self.tr("Pakket kiezen..."), page)
        self.choose_button.clicked.connect(self.choose_file)
        layout.addWidget(self.choose_button)
        layout.addStretch(1)
        return page

    def choose_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Pakket kiezen"), self.tr("Dorpsboek-pakketten (*.dorpsboek *.age)")
        )
        if path is not None:
            self.use_file(path)

    def use_file(self, path: Path) -> None:
        try:
            self.mode = _actions().how_to_open(path)
        except Exception as exc:
            from dorpsboek.ui import failures

            self.message.setText(self._sentence(exc, failures.sentence(exc)))
            return
        self.path = path
        self.file_label.setText(str(path))
        is_key = self.mode == "key"
        self.passphrase.setVisible(not is_key)
        self.passphrase_label.setVisible(not is_key)
        for widget in (self.key_label, self.key, self.shares_label, self.shares):
            widget.setVisible(is_key)
        self.message.clear()
        self.pages.setCurrentIndex(1)
        (self.key if is_key else self.passphrase).setFocus()

    # ----- step 2: unlock -----------------------------------------------------------------

    def _unlock_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Het pakket openen")))
        self.file_label = note("", page)
        layout.addWidget(self.file_label)
        self.passphrase_label = QLabel(self.tr("Wachtwoord van het pakket:"), page)
        self.passphrase = passphrase_field(self.tr("Wachtwoord van het pakket"), page)
        self.passphrase.returnPressed.connect(self.unlock)
        self.key_label = QLabel(self.tr("Sleutel van het noodblad (AGE-SECRET-KEY-1...):"), page)
        self.key = QLineEdit(page)
        self.key.setAccessibleName(self.tr("Sleutel van het noodblad"))
        self.shares_label = QLabel(
            self.tr("Of: de woorden van de vertrouwenspersonen, één deel per regel:"), page
        )
        self.shares = QPlainTextEdit(page)
        self.shares.setAccessibleName(self.tr("Woorden van de vertrouwenspersonen"))
        self.shares.setMaximumHeight(120)
        for widget in (
            self.passphrase_label, self.passphrase, self.key_label, self.key,
            self.shares_label, self.shares,
        ):  # fmt: skip
            layout.addWidget(widget)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Terug"), page)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.unlock_button = QPushButton(self.tr("Openen"), page)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def unlock(self) -> None:
        path = self.path
        if path is None:
            return
        shares = [s.strip() for s in self.shares.toPlainText().splitlines() if s.strip()]
        kwargs = {"passphrase": self.passphrase.text(), "key": self.key.text(), "shares": shares}
        self._busy(True)
        worker.run(lambda: _actions().read_bundle(path, **kwargs), self._unlocked, self._failed)

    def _unlocked(self, bundle: Any) -> None:
        self._busy(False)
        self.bundle = bundle
        from dorpsboek.handover import open as opening

        team = _actions().invitation_team(bundle)
        if team is not None:  # Samenwerken: an invitation makes her own book in the team
            name, by = team
            self.summary.setText(
                self.tr(
                    "Een uitnodiging van {by} voor het team {team}. U maakt er uw eigen boek "
                    "van, met uw eigen wachtwoord; daarna deelt u wijzigingen onder Overdracht, "
                    "bij Samenwerken."
                ).format(by=by or self.tr("een collega"), team=name or "")
            )
            self.target.setText(str(_free_path(data_dir() / "dorpsboek-team.db")))
            self.pages.setCurrentIndex(2)
            self.name.setFocus()
            return
        summary = opening.summary(bundle)
        counts = ", ".join(count_label(k, n) for k, n in summary.counts.items() if n)
        text = self.tr("Van {by}, gemaakt op {date}.").format(
            by=summary.created_by, date=format_date(summary.created_at)
        )
        text += "\n" + self.tr("Het pakket bevat: {counts}.").format(counts=counts or "-")
        if summary.expected_return:
            text += "\n" + self.tr("Verwachte terugkeer: {date}.").format(
                date=format_date(summary.expected_return)
            )
        self.summary.setText(text)
        self.target.setText(str(_free_path(data_dir() / "dorpsboek-waarneming.db")))
        self.pages.setCurrentIndex(2)
        self.name.setFocus()

    # ----- step 3: the new book -----------------------------------------------------------

    def _new_book_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Wat er in het pakket zit")))
        self.summary = note("", page)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.name = QLineEdit(page)
        self.name.setAccessibleName(self.tr("Uw naam"))
        self.target = QLineEdit(page)
        self.target.setAccessibleName(self.tr("Plek van het nieuwe boek"))
        self.new1 = passphrase_field(self.tr("Uw eigen wachtwoord"), page)
        self.new2 = passphrase_field(self.tr("Nog een keer"), page)
        self.strength = note("", page)
        self.new1.textChanged.connect(self._show_strength)
        form.addRow(self.tr("Uw naam:"), self.name)
        form.addRow(self.tr("Nieuw boek:"), self.target)
        form.addRow(self.tr("Uw eigen wachtwoord:"), self.new1)
        form.addRow(self.tr("Nog een keer:"), self.new2)
        form.addRow("", self.strength)
        layout.addLayout(form)
        self.create_button = QPushButton(self.tr("Boek maken"), page)
        self.create_button.clicked.connect(self.create_book)
        layout.addStretch(1)
        layout.addWidget(self.create_button)
        return page

    def _show_strength(self, text: str) -> None:
        level = estimate(text).level
        words = {
            Strength.TOO_SHORT: self.tr("Te kort: gebruik minstens 8 tekens."),
            Strength.WEAK: self.tr("Zwak: maak het langer."),
            Strength.FAIR: self.tr("Redelijk."),
            Strength.STRONG: self.tr("Sterk."),
            Strength.VERY_STRONG: self.tr("Heel sterk."),
        }
        self.strength.setText(words[level] if text else "")

    def create_book(self) -> None:
        first, second = self.new1.text(), self.new2.text()
        if first != second:
            self.message.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        if not estimate(first).acceptable:
            self.message.setText(self.tr("Dit wachtwoord is te kort: gebruik minstens 8 tekens."))
            return
        target, bundle, actor = Path(self.target.text()), self.bundle, self.name.text().strip()
        source = self.path

        def job() -> Any:
            from dorpsboek.services.opening import open_book

            _actions().open_bundle(bundle, target, first, actor, source)
            return open_book(target, first)

        self._busy(True)
        worker.run(job, self._created, self._failed)

    def _created(self, opened: Any) -> None:
        self._busy(False)
        self.result_value = opened
        from dorpsboek.handover import open as opening

        if _actions().invitation_team(self.bundle) is not None:
            self.letter.setMarkdown(
                self.tr(
                    "Uw boek is klaar en hoort bij het team. Onder **Overdracht**, bij "
                    "**Samenwerken**, kiest u **Wijzigingen ophalen…** en **Wijzigingen delen…**."
                )
            )
        else:
            self.letter.setMarkdown(opening.letter_of(self.bundle))
        self.pages.setCurrentIndex(3)

    # ----- step 4: the letter first -------------------------------------------------------

    def _letter_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Lees eerst de overdrachtsbrief")))
        self.letter = QTextBrowser(page)
        self.letter.setOpenExternalLinks(False)
        self.letter.setMinimumHeight(320)
        layout.addWidget(self.letter, 1)
        start = QPushButton(self.tr("Aan de slag"), page)
        start.clicked.connect(self.accept)
        layout.addWidget(start)
        return page

    # ----- shared ---------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.message.clear()
        for button in (self.unlock_button, self.create_button, self.choose_button):
            button.setEnabled(not busy)

    def _failed(self, sentence: str, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(self._sentence(exc, sentence))

    def _sentence(self, exc: BaseException, fallback: str) -> str:
        from dorpsboek import errors

        if isinstance(exc, errors.WrongPassphrase):
            return self.tr("Het wachtwoord of de sleutel past niet bij dit pakket.")
        if isinstance(exc, errors.NotABundle):
            return self.tr("Dit bestand is geen Dorpsboek-pakket.")
        if isinstance(exc, errors.DamagedFile):
            return self.tr("Het pakket is beschadigd of onvolledig. Vraag om een nieuw pakket.")
        if isinstance(exc, errors.NewerFormat):
            return self.tr("Dit pakket is gemaakt met een nieuwere Dorpsboek; werk Dorpsboek bij.")
        if isinstance(exc, errors.UsageError):
            return self.tr("Vul het wachtwoord, de sleutel of de woorden in.")
        return fallback


def _free_path(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def open_handover_flow(parent: QWidget | None) -> Any:
    """Called by the welcome window: an OpenedBook to work in, or None when cancelled."""
    dialog = OpenHandoverDialog(parent)
    dialog.exec()
    return dialog.result_value
