"""Overdracht: hand the work over, take a return back, and keep the emergency kit ready."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.errors import DorpsboekError
from dorpsboek.handover import actions, retire
from dorpsboek.services.folders import is_writable_folder
from dorpsboek.services.handover_state import current_handover, handover_letter, last_return
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.handover.retire_dialog import EraseCopyDialog, when_text
from dorpsboek.ui.screens.base import Screen, ScreenContext
from dorpsboek.ui.team.team_box import TeamBox
from dorpsboek.ui.widgets import alert, heading, note

WARN = "color:#a33a00"


class HandoverScreen(Screen):
    """Three parts: this book's own handover state, handing over and back, the emergency kit."""

    # An ErasePlan she confirmed: the shell closes this book, erases it and shows the start.
    takeover_ended = Signal(object)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.casebook = context.casebook
        # In a scroll area: four boxes are taller than a 768-pixel laptop screen allows, and
        # the window may never be forced taller than the screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        layout = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout.addWidget(heading(self.tr("Overdracht")))
        layout.addWidget(self._colleague_box())
        layout.addWidget(self._handover_box())
        self.team_box = TeamBox(self.casebook, self)
        layout.addWidget(self.team_box)
        layout.addWidget(self._emergency_box())
        self.message = alert(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    # ----- in a colleague's book -----------------------------------------------------------

    def _colleague_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Waarneming"), self)
        layout = QVBoxLayout(box)
        self.colleague_text = note("", box)
        layout.addWidget(self.colleague_text)
        self.letter = QTextBrowser(box)
        self.letter.setMinimumHeight(160)
        layout.addWidget(self.letter)
        self.return_button = QPushButton(self.tr("Overdracht teruggeven..."), box)
        self.return_button.clicked.connect(self.give_back)
        layout.addWidget(self.return_button)
        self.finish_state = note("", box)
        layout.addWidget(self.finish_state)
        self.erase_button = QPushButton(self.tr("Waarneming afsluiten en dit boek wissen..."), box)
        self.erase_button.clicked.connect(self.end_takeover)
        layout.addWidget(self.erase_button)
        self.colleague_box = box
        return box

    def end_takeover(self) -> None:
        """Show what would be erased and ask her; see `handover.retire`."""
        casebook, settings = self.casebook, self.context.settings
        worker.run(lambda: actions.erase_plan(casebook, settings), self._ask_erase, self._failed)

    def _ask_erase(self, plan: retire.ErasePlan) -> None:
        dialog = EraseCopyDialog(plan, self)
        self.erase_dialog = dialog
        dialog.accepted.connect(lambda: self._erase_confirmed(dialog.discard_changes))
        dialog.open()

    def _erase_confirmed(self, discard_changes: bool) -> None:
        try:  # again: something may have changed while the dialog was open
            plan = actions.erase_plan(self.casebook, self.context.settings)
            retire.check_ready(plan, discard_changes=discard_changes)
        except DorpsboekError as exc:
            self.message.setText(self._erase_refused(exc))
            self.refresh()
            return
        self.takeover_ended.emit(plan)

    def _erase_refused(self, exc: DorpsboekError) -> str:
        if isinstance(exc, retire.ChangedSinceReturn):
            return self.tr(
                "Er is iets veranderd na het laatste terugpakket; er is niets gewist. Maak "
                "eerst een nieuw terugpakket."
            )
        if isinstance(exc, retire.NoReturnWritten):
            return self.tr("Maak eerst het terugpakket; er is niets gewist.")
        return self.tr("Dit boek is niet uit een overdrachtspakket geopend; er is niets gewist.")

    def _show_finish_state(self, owner: str) -> None:
        mark = last_return(self.casebook)
        self.erase_button.setEnabled(mark is not None)
        self.finish_state.setStyleSheet(WARN if mark and mark.changed_since else "")
        if mark is None:
            text = self.tr(
                "Klaar met waarnemen? Maak eerst het terugpakket. Daarna kunt u hier de "
                "waarneming afsluiten en dit boek wissen."
            )
        elif mark.changed_since:
            text = self.tr(
                "Laatste terugpakket: {when}. Daarna heeft u nog iets veranderd; maak eerst "
                "een nieuw terugpakket."
            ).format(when=when_text(mark))
        else:
            text = self.tr(
                "Laatste terugpakket: {when}. Heeft {owner} het verwerkt? Dan kunt u de "
                "waarneming afsluiten en dit boek wissen."
            ).format(when=when_text(mark), owner=owner)
        self.finish_state.setText(text)

    def give_back(self) -> None:
        target = dialogs.save_file(
            self, self.tr("Terugpakket opslaan"), self.tr("Dorpsboek-pakket (*.dorpsboek)")
        )
        if target is None:
            return
        worker.run(
            lambda: actions.write_return(self.casebook, target),
            self._given_back,
            self._failed,
        )

    def _given_back(self, path: Path) -> None:
        self.refresh()
        dialogs.message(
            self,
            self.tr(
                "Het terugpakket staat in {path}. Geef het terug; alleen het boek van "
                "uw collega kan het openen."
            ).format(path=path),
        )

    # ----- handing over and taking back -------------------------------------------------

    def _handover_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Werk overdragen"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(
            note(
                self.tr(
                    "Maak een versleuteld pakket voor een collega die uw werk tijdelijk "
                    "overneemt. Als u terug bent, verwerkt u hier haar terugpakket."
                ),
                box,
            )
        )
        row = QHBoxLayout()
        export_button = QPushButton(self.tr("Overdracht maken..."), box)
        export_button.clicked.connect(self.make_handover)
        merge_button = QPushButton(self.tr("Terugpakket verwerken..."), box)
        merge_button.clicked.connect(self.take_back)
        row.addWidget(export_button)
        row.addWidget(merge_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def make_handover(self) -> None:
        from dorpsboek.ui.handover.export_wizard import ExportDialog

        ExportDialog(self.casebook, self).exec()

    def take_back(self, path: Path | None = None) -> None:
        """Process a return package: the one double-clicked, or one she chooses now."""
        if path is None:
            path = dialogs.open_file(
                self, self.tr("Terugpakket kiezen"), self.tr("Dorpsboek-pakket (*.dorpsboek)")
            )
        if path is None:
            return

        def job() -> Any:
            ret = actions.read_return(self.casebook, path)
            return ret, actions.apply_merge(self.casebook, ret)

        worker.run(job, lambda result: self._merged(result, path), self._merge_failed)

    def _merged(self, result: Any, path: Path | None = None) -> None:
        from dorpsboek.ui.handover.merge_dialog import MergeDialog

        ret, report = result
        MergeDialog(self.casebook, ret, report, self, return_path=path).exec()
        self.refresh()

    def _merge_failed(self, sentence: str, exc: BaseException) -> None:
        from dorpsboek import errors

        if isinstance(exc, errors.ForeignReturn):
            sentence = self.tr("Dit terugpakket hoort niet bij een overdracht uit dit boek.")
        elif isinstance(exc, errors.StaleReturn):
            sentence = self.tr("Dit terugpakket is ouder dan een terugpakket dat al verwerkt is.")
        elif isinstance(exc, errors.DamagedFile):
            sentence = self.tr("Dit terugpakket is beschadigd of veranderd; er is niets gewijzigd.")
        self.message.setText(sentence)

    # ----- the emergency kit --------------------------------------------------------------

    def _emergency_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Noodpakket"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(
            note(
                self.tr(
                    "Als u plotseling wegvalt, kan een vervanger met het noodpakket verder. "
                    "Dorpsboek werkt het pakket zelf bij, elke dag als u het boek sluit, in een "
                    "map die u kiest (bijvoorbeeld een USB-stick)."
                ),
                box,
            )
        )
        self.kit_state = note("", box)
        layout.addWidget(self.kit_state)
        form = QFormLayout()
        self.shares = QSpinBox(box)
        self.shares.setRange(0, 9)
        self.shares.setAccessibleName(self.tr("Aantal vertrouwenspersonen"))
        self.shares.setSpecialValueText(self.tr("niet verdelen: één noodblad"))
        self.threshold = QSpinBox(box)
        self.threshold.setRange(2, 9)
        self.threshold.setValue(2)
        self.threshold.setAccessibleName(self.tr("Zoveel samen kunnen het openen"))
        form.addRow(self.tr("Sleutel verdelen over:"), self.shares)
        form.addRow(self.tr("Zoveel samen kunnen openen:"), self.threshold)
        # Only a split key has a "how many together": off (not contradicting) for one sheet.
        self.shares.valueChanged.connect(self._shares_changed)
        self._shares_changed(self.shares.value())
        layout.addLayout(form)
        row = QHBoxLayout()
        self.setup_button = QPushButton(self.tr("Noodpakket instellen..."), box)
        self.setup_button.clicked.connect(self.setup_kit)
        self.folder_button = QPushButton(self.tr("Map kiezen..."), box)
        self.folder_button.clicked.connect(self.choose_folder)
        self.refresh_button = QPushButton(self.tr("Nu bijwerken"), box)
        self.refresh_button.clicked.connect(self.refresh_kit)
        self.test_button = QPushButton(self.tr("Noodpakket testen…"), box)
        self.test_button.setToolTip(
            self.tr("Test met de sleutel van het noodblad of het noodpakket nog opent.")
        )
        self.test_button.clicked.connect(self.test_kit)
        buttons = (self.setup_button, self.folder_button, self.refresh_button, self.test_button)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def folder(self) -> str:
        return str(self.context.settings.get("emergency_dir"))

    def choose_folder(self) -> None:
        chosen = dialogs.folder(self, self.tr("Map voor het noodpakket"), self.folder())
        if chosen is None:
            return
        if not is_writable_folder(chosen):  # the same check as in Instellingen
            self.message.setText(
                self.tr(
                    "Dorpsboek kan niet schrijven in {folder}; de vorige map blijft ingesteld."
                ).format(folder=chosen)
            )
            return
        self.context.settings.set("emergency_dir", str(chosen))
        self.refresh_kit()

    def setup_kit(self) -> None:
        if actions.emergency_status(self.casebook) is not None and not dialogs.confirm(
            self,
            self.tr(
                "Er is al een noodpakket. Met een nieuwe sleutel werkt het oude noodblad niet "
                "meer voor nieuwe pakketten. Doorgaan?"
            ),
        ):
            return
        owner = self._kit_owner()
        if owner is None:
            return
        sheet = dialogs.save_file(self, self.tr("Noodblad opslaan"), self.tr("PDF (*.pdf)"))
        if sheet is None:
            return
        shares = self.shares.value()
        threshold = min(self.threshold.value(), shares) if shares else 0
        setup = actions.emergency_setup(self.casebook, shares, threshold)
        from dorpsboek.printing.handover_pdf import NoodbladInfo, write_noodblad

        write_noodblad(
            sheet,
            NoodbladInfo(
                owner=owner,
                secret="" if setup.shares else setup.secret,
                shares=tuple(setup.shares),
                threshold=setup.threshold,
                folder=self.folder(),
            ),
        )
        dialogs.message(
            self,
            self.tr(
                "Het noodblad staat in {path}. Druk het af, stop het in een dichte envelop "
                "en wis daarna het bestand."
            ).format(path=sheet),
        )
        if self.folder():
            self.refresh_kit()
        self.refresh()

    def _kit_owner(self) -> str | None:
        """Her remembered name for the noodblad; asked (and remembered) when there is none."""
        name = actions.stored_owner(self.casebook)
        if name:
            return name
        answer = dialogs.ask_text(
            self,
            self.tr("Uw naam, voor op het noodblad en het noodpakket:"),
            self.tr("Uw naam"),
        )
        if answer is None:
            return None
        if not answer.strip():
            self.message.setText(
                self.tr("Vul uw naam in; zonder naam maakt Dorpsboek geen noodblad.")
            )
            return None
        return actions.remember_owner(self.casebook, answer)

    def refresh_kit(self) -> None:
        folder = self.folder()
        if not folder:
            self.choose_folder()
            return
        worker.run(
            lambda: actions.emergency_refresh(self.casebook, folder),
            lambda _path: self.refresh(),
            self._refresh_failed,
        )

    def test_kit(self) -> None:
        """The drill: she types the key (or the shares); a worker opens, checks and erases."""
        state = actions.emergency_status(self.casebook)
        folder = self.folder()
        if state is None or not folder:
            return
        secret = self._shares_secret(folder) if state.split else self._typed_key()
        if secret is None:
            return
        self.test_button.setEnabled(False)
        self.message.setText(self.tr("Bezig met testen…"))
        worker.run(
            lambda: actions.emergency_test(self.casebook, folder, secret),
            self._tested,
            self._test_failed,
        )

    def _typed_key(self) -> str | None:
        return dialogs.ask_text(
            self,
            self.tr("Typ de sleutel van het noodblad (AGE-SECRET-KEY-1…):"),
            self.tr("Noodpakket testen"),
        )

    def _shares_secret(self, folder: str) -> str | None:
        words: list[str] = []
        needed = 2
        try:
            while len(words) < needed:
                answer = dialogs.ask_text(
                    self,
                    self.tr("De woorden van vertrouwenspersoon {n}:").format(n=len(words) + 1),
                    self.tr("Noodpakket testen"),
                )
                if answer is None:
                    return None
                words.append(" ".join(answer.split()))
                needed = actions.shares_needed(words[0])
            return actions.emergency_secret_from_shares(folder, words)
        except DorpsboekError as exc:
            self._test_failed("", exc)
            return None

    def _tested(self, result: Any) -> None:
        text = self.tr(
            "Getest: het noodpakket opent met deze sleutel en is compleet "
            "({persons} inwoners, {notes} notities). De proefkopie is gewist. "
            "Schrijf de datum van vandaag op het noodblad."
        ).format(persons=result.counts.get("persons", 0), notes=result.counts.get("notes", 0))
        if result.behind:
            text += " " + self.tr(
                "Het boek is sindsdien veranderd; Dorpsboek werkt het pakket bij als u het "
                "boek sluit, of nu met Nu bijwerken."
            )
        self.message.setText(text)
        self.refresh()

    def _test_failed(self, sentence: str, exc: BaseException) -> None:
        from dorpsboek import errors
        from dorpsboek.handover import drill

        if isinstance(exc, errors.WrongPassphrase):
            sentence = self.tr(
                "Deze sleutel opent het noodpakket niet. Kijk de tekens op het noodblad na; "
                "er is niets veranderd."
            )
        elif isinstance(exc, errors.DamagedFile):
            sentence = self.tr(
                "Het noodpakket is beschadigd of onvolledig. Werk het bij met Nu bijwerken "
                "en test daarna opnieuw."
            )
        elif isinstance(exc, drill.NoBundle):
            sentence = self.tr("Er staat geen noodpakket in de map. Is de USB-stick aangesloten?")
        self.message.setText(sentence)
        self.refresh()

    def _refresh_failed(self, sentence: str, exc: BaseException) -> None:
        self._failed(sentence, exc)
        self.refresh()

    # ----- showing the state --------------------------------------------------------------

    def _shares_changed(self, shares: int) -> None:
        self.threshold.setEnabled(shares >= 2)
        self.threshold.setMaximum(max(2, shares))

    def show_record(self, kind: str, record_id: str) -> bool:
        """Vandaag's "test het noodpakket" lands here, on the test button."""
        if kind != "emergency_kit":
            return False
        self.test_button.setFocus()
        return True

    def refresh(self) -> None:
        self.team_box.refresh()
        info = current_handover(self.casebook)
        self.colleague_box.setVisible(info is not None)
        if info is not None:
            text = self.tr("Waarneming voor {name} sinds {date}.").format(
                name=info.owner, date=format_date(info.since.isoformat())
            )
            if info.expected_return:
                text += " " + self.tr("Verwachte terugkeer: {date}.").format(
                    date=format_date(info.expected_return.isoformat())
                )
            self.colleague_text.setText(text)
            self.letter.setMarkdown(handover_letter(self.casebook))
            self._show_finish_state(info.owner)
        self._show_kit()

    def _show_kit(self) -> None:
        state = actions.emergency_status(self.casebook)
        has_kit = state is not None
        self.refresh_button.setEnabled(has_kit)
        self.folder_button.setEnabled(has_kit)
        self.test_button.setEnabled(has_kit and bool(self.folder()))
        # A greyed button says why it waits.
        first = self.tr("Kies eerst Noodpakket instellen.")
        self.refresh_button.setToolTip(
            self.tr("Het noodpakket nu bijwerken in de gekozen map.") if has_kit else first
        )
        self.folder_button.setToolTip(
            self.tr("Kies de map (bijvoorbeeld een USB-stick) voor het noodpakket.")
            if has_kit
            else first
        )
        if not has_kit:
            self.test_button.setToolTip(first)
        elif not self.folder():
            self.test_button.setToolTip(self.tr("Kies eerst een map voor het noodpakket."))
        else:
            self.test_button.setToolTip(
                self.tr("Test met de sleutel van het noodblad of het noodpakket nog opent.")
            )
        if state is None:
            self.kit_state.setText(self.tr("Er is nog geen noodpakket."))
            self.kit_state.setStyleSheet(WARN)
            return
        folder = self.folder() or self.tr("(nog geen map gekozen)")
        age = state.age()
        if age is None:
            text = self.tr("Het noodpakket is nog niet gemaakt. Map: {folder}").format(
                folder=folder
            )
        else:
            text = self.tr("Laatst bijgewerkt: {date} ({days}). Map: {folder}").format(
                date=format_date((state.last_refresh_at or "")[:10]),
                days=self._age_words(age),
                folder=folder,
            )
        warn = bool(state.last_error) or age is None or age > dt.timedelta(days=7)
        text += "\n" + self._tested_words()
        warn = warn or actions.emergency_test_due(self.casebook)
        if state.last_error:
            text += "\n" + self.tr(
                "Het bijwerken ging de laatste keer mis: is de USB-stick aangesloten en is er "
                "ruimte? Het vorige noodpakket is bewaard."
            )
        self.kit_state.setText(text)
        self.kit_state.setStyleSheet(WARN if warn else "")

    def _tested_words(self) -> str:
        tested = actions.emergency_tested_on(self.casebook)
        if tested is None:
            return self.tr("Nog nooit getest met de sleutel van het noodblad.")
        text = self.tr("Laatst getest op {date}.").format(date=format_date(tested.isoformat()))
        if actions.emergency_test_due(self.casebook):
            text += " " + self.tr("Dat is meer dan drie maanden geleden: test het opnieuw.")
        return text

    def _age_words(self, age: dt.timedelta) -> str:
        if age.days < 1:
            return self.tr("vandaag")
        if age.days == 1:
            return self.tr("1 dag geleden")
        return self.tr("{n} dagen geleden").format(n=age.days)

    def _failed(self, sentence: str, exc: BaseException) -> None:
        from dorpsboek.handover import emergency

        if isinstance(exc, emergency.RefreshFailed):
            sentence = self.tr("De map voor het noodpakket is er niet of is niet beschrijfbaar.")
        self.message.setText(sentence)


def create(context: ScreenContext, parent: QWidget | None = None) -> Screen:
    return HandoverScreen(context, parent)
