"""Merging a return package: what was taken over, and her decisions on the rest.

Changes made on one side only are already merged when this dialog opens. Records changed on
both sides are shown side by side; nothing is overwritten until she chooses. Deletions by the
colleague wait for her tick.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.errors import DorpsboekError
from dorpsboek.handover import actions
from dorpsboek.handover.merge import MINE, THEIRS, MergeReport, ReturnBundle
from dorpsboek.handover.retire import remove_return_bundle
from dorpsboek.services.casebook import Casebook
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.handover.labels import field_label, kind_label
from dorpsboek.ui.widgets import alert, heading, note


def _title(row: dict[str, Any]) -> str:
    for key in ("name", "title", "question", "text", "description"):
        if row.get(key):
            return " ".join(str(row[key]).split())[:60]
    return ""


def _value(value: Any) -> str:
    return "" if value is None else str(value)


class MergeDialog(QDialog):
    """The merge report, the conflicts side by side, and the deletions to confirm."""

    def __init__(
        self,
        casebook: Casebook,
        ret: ReturnBundle,
        report: MergeReport,
        parent: QWidget | None,
        return_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.casebook, self.ret, self.report = casebook, ret, report
        self.return_path = return_path  # the file she chose; offered for deletion at the end
        bundle = ret.bundle
        self.titles = {
            (kind, str(row["id"])): _title(row)
            for kind in bundle.record_kinds()
            for row in bundle.records(kind)
        }
        self.setWindowTitle(self.tr("Terugpakket verwerken"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Terugpakket van {by}").format(by=report.returned_by)))
        self.summary = note("", self)
        layout.addWidget(self.summary)
        self.conflict_note = note(
            self.tr(
                "Deze gegevens zijn bij u én bij uw collega veranderd. Er is niets "
                "overschreven. Kies per gegeven welke versie blijft."
            ),
            self,
        )
        layout.addWidget(self.conflict_note)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Gegeven"),
                self.tr("Uw versie"),
                self.tr("Versie van uw collega"),
                self.tr("Keuze"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 2)
        self.deletion_note = note(
            self.tr("Uw collega heeft deze gegevens verwijderd. Vink aan wat weg mag:"), self
        )
        layout.addWidget(self.deletion_note)
        self.deletions = QListWidget(self)
        layout.addWidget(self.deletions, 1)
        self.message = alert(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Keuzes toepassen"), self)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.finish)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.show_report(report)

    def show_report(self, report: MergeReport) -> None:
        self.report = report
        parts = [
            self.tr("Toegevoegd: {n}.").format(n=len(report.added)),
            self.tr("Overgenomen: {n}.").format(n=len(report.changed) + len(report.resolved)),
            self.tr("Verwijderd: {n}.").format(n=len(report.deleted)),
        ]
        if report.kept:
            parts.append(self.tr("Uw eigen versie gehouden: {n}.").format(n=len(report.kept)))
        if report.skipped_erased:
            parts.append(
                self.tr("Niet teruggezet, want gewist: {n}.").format(n=report.skipped_erased)
            )
        if report.erased_here:
            parts.append(self.tr("Ook hier gewist: {n} inwoners.").format(n=report.erased_here))
        if not (report.conflicts or report.pending_deletions):
            parts.append(self.tr("Er hoeft niets meer beslist te worden."))
        self.summary.setText(" ".join(parts))
        self._fill_conflicts()
        self._fill_deletions()
        waiting = bool(report.conflicts or report.pending_deletions)
        self.apply_button.setVisible(waiting)

    def _fill_conflicts(self) -> None:
        rows = [(c, f) for c in self.report.conflicts for f in (c.fields or ["deleted_at"])]
        self.table.setRowCount(len(rows))
        self.choices: list[tuple[tuple[str, str], QComboBox]] = []
        first_of: set[tuple[str, str]] = set()
        for i, (c, field) in enumerate(rows):
            label = f"{kind_label(c.kind)} {_title(c.mine)} · {field_label(field)}"
            if c.deleted_by_them and field == "deleted_at":
                label = f"{kind_label(c.kind)} {_title(c.mine)}"
            self.table.setItem(i, 0, QTableWidgetItem(label))
            mine = _value(c.mine.get(field))
            theirs = _value(c.theirs.get(field))
            if field == "deleted_at":
                mine = self.tr("bewaard") if not mine else self.tr("verwijderd")
                theirs = self.tr("verwijderd") if theirs else self.tr("bewaard")
            self.table.setItem(i, 1, QTableWidgetItem(mine))
            self.table.setItem(i, 2, QTableWidgetItem(theirs))
            key = (c.kind, c.id)
            if key in first_of:
                continue
            first_of.add(key)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Later beslissen"), None)
            combo.addItem(self.tr("Mijn versie houden"), MINE)
            combo.addItem(self.tr("Versie van collega nemen"), THEIRS)
            combo.setAccessibleName(label)
            self.table.setCellWidget(i, 3, combo)
            self.choices.append((key, combo))
        self.table.setVisible(bool(rows))
        self.conflict_note.setVisible(bool(rows))

    def _fill_deletions(self) -> None:
        self.deletions.clear()
        for kind, record_id in self.report.pending_deletions:
            title = self.titles.get((kind, record_id)) or record_id[:8]
            item = QListWidgetItem(f"{kind_label(kind)}: {title}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (kind, record_id))
            self.deletions.addItem(item)
        visible = bool(self.report.pending_deletions)
        self.deletions.setVisible(visible)
        self.deletion_note.setVisible(visible)

    def apply(self) -> None:
        decisions = {key: combo.currentData() for key, combo in self.choices if combo.currentData()}
        chosen = [
            tuple(self.deletions.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.deletions.count())
            if self.deletions.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.apply_button.setEnabled(False)
        worker.run(
            lambda: actions.apply_merge(self.casebook, self.ret, decisions, chosen),
            self._applied,
            lambda sentence, _exc: self.message.setText(sentence),
        )

    def _applied(self, report: MergeReport) -> None:
        self.apply_button.setEnabled(True)
        self.show_report(report)

    def finish(self) -> None:
        if not (self.report.conflicts or self.report.pending_deletions):
            self._offer_to_remove_return()
            dialogs.message(self, self.reminder())
        self.accept()

    def reminder(self) -> str:
        return self.tr(
            "Alles is verwerkt. Vraag uw collega nu om haar kopie te wissen: in haar boek, "
            'bij Overdracht, kiest zij "Waarneming afsluiten en dit boek wissen". Dan '
            "verdwijnen haar boek, de reservekopieën en het pakket van haar laptop."
        )

    def _offer_to_remove_return(self) -> None:
        path = self.return_path
        if path is None or not path.is_file():
            return
        if not dialogs.confirm(
            self,
            self.tr(
                "Het terugpakket {name} is nu verwerkt en niet meer nodig. Wilt u het "
                "bestand wissen?"
            ).format(name=path.name),
            yes=self.tr("Terugpakket wissen"),
        ):
            return
        try:
            remove_return_bundle(path)
        except (DorpsboekError, OSError):
            dialogs.warning(
                self, self.tr("Het terugpakket kon niet worden gewist: {path}").format(path=path)
            )
