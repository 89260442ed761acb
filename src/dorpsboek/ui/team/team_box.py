"""Overdracht > Samenwerken: a team of two or three books exchanging changes by USB stick or a
shared folder, no server. Start a team, invite a colleague, share and fetch changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.handover.merge import MergeReport
from dorpsboek.handover.team import actions as team
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs, failures, worker
from dorpsboek.ui.team.conflicts_dialog import ConflictsDialog
from dorpsboek.ui.widgets import note

FILTER = "Dorpsboek-pakket (*.age);;Alle bestanden (*)"


class TeamBox(QGroupBox):
    def __init__(self, casebook: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Samenwerken"), parent)
        self.cb = casebook
        layout = QVBoxLayout(self)
        self.state = note("", self)
        layout.addWidget(self.state)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Leden van het team"))
        self.members.setMaximumHeight(90)
        layout.addWidget(self.members)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Team beginnen…"), self)
        self.start_button.clicked.connect(self.start_team)
        self.invite_button = QPushButton(self.tr("Collega uitnodigen…"), self)
        self.invite_button.clicked.connect(self.invite)
        self.share_button = QPushButton(self.tr("Wijzigingen delen…"), self)
        self.share_button.clicked.connect(self.share)
        self.fetch_button = QPushButton(self.tr("Wijzigingen ophalen…"), self)
        self.fetch_button.clicked.connect(self.fetch)
        for button in (self.start_button, self.invite_button, self.share_button,
                       self.fetch_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = note("", self)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        found = team.status(self.cb)
        in_team = found is not None
        self.start_button.setVisible(not in_team)
        for button in (self.invite_button, self.share_button, self.fetch_button):
            button.setVisible(in_team)
        self.members.setVisible(in_team)
        if found is None:
            self.state.setText(
                self.tr(
                    "Werkt u met twee of drie in hetzelfde dorp? Dan houdt ieder een eigen "
                    "versleuteld boek, en deelt u af en toe de wijzigingen met een USB-stick of "
                    "een gedeelde map. Zonder server en zonder internet."
                )
            )
            return
        name = found.name or self.tr("zonder naam")
        self.state.setText(
            self.tr("Team {team}. U bent {me}.").format(team=name, me=found.member_name)
        )
        self.members.clear()
        for m in found.members:
            when = format_date((m.last_read_at or "")[:10]) or self.tr("nog niets")
            text = self.tr("{name}: laatste pakket opgehaald {when} ({n} gegevens)").format(
                name=m.name or self.tr("collega"), when=when, n=m.last_in
            )
            QListWidgetItem(text, self.members)
        if not found.members:
            QListWidgetItem(self.tr("Nog geen pakket van een collega opgehaald."), self.members)

    # ----- actions ------------------------------------------------------------------------

    def start_team(self) -> None:
        name = dialogs.ask_text(self, self.tr("Hoe heet het team (bijvoorbeeld het dorp)?"),
                                self.tr("Team beginnen"))  # fmt: skip
        if name is None:
            return
        me = dialogs.ask_text(self, self.tr("Uw naam, zoals uw collega's die zien:"),
                              self.tr("Team beginnen"))  # fmt: skip
        if me is None:
            return
        self._try(lambda: team.start(self.cb, name, me), self.tr("Het team is begonnen."))

    def invite(self) -> None:
        target = dialogs.save_file(self, self.tr("Uitnodiging opslaan"), FILTER)
        if target is None:
            return
        secret = dialogs.ask_passphrase(
            self,
            self.tr("Een wachtwoord voor de uitnodiging (vertel het uw collega apart):"),
            self.tr("Collega uitnodigen"),
        )
        if not secret:
            return
        again = dialogs.ask_passphrase(self, self.tr("Nog eens hetzelfde wachtwoord:"),
                                       self.tr("Collega uitnodigen"))  # fmt: skip
        if again != secret:
            self.message.setText(
                self.tr("De twee wachtwoorden zijn niet gelijk; er is niets opgeslagen.")
            )
            return
        done = self.tr("Uitnodiging opgeslagen: {path}").format(path=target)
        self._try(lambda: team.invite(self.cb, target, secret), done)

    def share(self) -> None:
        target = dialogs.save_file(self, self.tr("Wijzigingen opslaan voor het team"), FILTER)
        if target is None:
            return
        cb = self.cb

        def done(n: int) -> None:
            self.message.setText(
                self.tr("Pakket opgeslagen ({n} gegevens): {path}").format(n=n, path=target)
            )

        worker.run(lambda: team.share(cb, target), done, self._failed)

    def fetch(self) -> None:
        source = dialogs.open_file(self, self.tr("Pakket van een collega kiezen"), FILTER)
        if source is None:
            return
        cb = self.cb
        try:  # in the worker behind a busy bar: a village-sized package takes seconds
            preview = worker.run_and_wait(
                self,
                self.tr("Het pakket wordt gelezen…"),
                lambda: team.fetch(cb, source, preview=True),
            )
        except Exception as exc:
            self.message.setText(failures.sentence(exc))
            return
        decisions = {}
        if preview.conflicts:
            dialog = ConflictsDialog(preview.conflicts, preview.returned_by, self)
            if not dialog.exec():
                self.message.setText(
                    self.tr("Er is niets veranderd. Haal het pakket later opnieuw op om te kiezen.")
                )
                return
            decisions = dialog.decisions()
        self._try_report(source, decisions)

    def _try_report(self, source: Path, decisions: dict[tuple[str, str], str]) -> None:
        cb = self.cb
        try:
            report = worker.run_and_wait(
                self,
                self.tr("De wijzigingen worden verwerkt…"),
                lambda: team.fetch(cb, source, decisions),
            )
        except Exception as exc:
            self.message.setText(failures.sentence(exc))
            return
        self.message.setText(self._summary(report))
        self.refresh()

    def _summary(self, report: MergeReport) -> str:
        if not report.applied and not report.conflicts:
            return self.tr("Opgehaald van {by}: niets nieuws.").format(by=report.returned_by)
        return self.tr(
            "Opgehaald van {by}: {added} nieuw, {changed} veranderd, {deleted} verwijderd, "
            "{resolved} gekozen."
        ).format(
            by=report.returned_by,
            added=len(report.added),
            changed=len(report.changed),
            deleted=len(report.deleted),
            resolved=len(report.resolved) + len(report.kept),
        )

    def _try(self, action: object, done: str) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:
            self.message.setText(failures.sentence(exc))
            return
        self.message.setText(done)
        self.refresh()

    def _failed(self, _sentence: str, exc: BaseException) -> None:
        self.message.setText(failures.sentence(exc))
