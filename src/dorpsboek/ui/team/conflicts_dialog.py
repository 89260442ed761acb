"""When a colleague's package changes a record she changed too: both versions side by side,
and per record which one stays. Nothing is overwritten until she chooses."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.handover.merge import MINE, THEIRS, Conflict, Key
from dorpsboek.ui.handover.labels import field_label, kind_label
from dorpsboek.ui.widgets import note


def _title(row: dict[str, Any]) -> str:
    for field in ("name", "question", "theme", "title", "text", "description"):
        if row.get(field):
            return " ".join(str(row[field]).split())[:60]
    return str(row.get("id", ""))


def _fields(row: dict[str, Any], fields: list[str]) -> str:
    return "\n".join(
        f"{field_label(f)}: {' '.join(str(row.get(f) or '').split())[:80]}" for f in fields
    )


class ConflictsDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.setWindowTitle(self.tr("Kiezen welke versie blijft"))
        self.setMinimumSize(760, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Deze gegevens zijn bij u én bij {by} veranderd. Er is niets "
                    "overschreven. Kies per gegeven welke versie blijft; uw keuze gaat mee in "
                    "uw volgende pakket, zodat de anderen niet opnieuw hoeven te kiezen."
                ).format(by=by or self.tr("uw collega")),
                self,
            )
        )
        self.table = QTableWidget(len(conflicts), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gegeven"), self.tr("Uw versie"), self.tr("Versie van de ander"),
             self.tr("Keuze")]
        )  # fmt: skip
        self.choices: list[QComboBox] = []
        for row, c in enumerate(conflicts):
            what = f"{kind_label(c.kind)}: {_title(c.mine or c.theirs)}"
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(_fields(c.mine, c.fields)))
            self.table.setItem(row, 2, QTableWidgetItem(_fields(c.theirs, c.fields)))
            choice = QComboBox(self.table)
            choice.addItem(self.tr("Mijn versie houden"), MINE)
            choice.addItem(self.tr("Versie van de ander nemen"), THEIRS)
            choice.setAccessibleName(self.tr("Keuze voor {what}").format(what=_title(c.mine)))
            self.table.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Zo verwerken"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Later beslissen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def decisions(self) -> dict[Key, str]:
        return {
            (c.kind, c.id): str(choice.currentData())
            for c, choice in zip(self.conflicts, self.choices, strict=True)
        }
