"""Import a CSV file step by step: choose the file, say which column is what, look, import.

Steps: file → column mapping (guessed, she can change it) → preview with the duplicates choice
→ summary (imported, updated, skipped with line and reason). The preview (a trial import of
every row) and the import run off the GUI thread with a busy bar; the import is one
transaction, and a file that is not a table changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.columns import KAART, field_keys, guess_mapping, has_name
from dorpsboek.domain.csvtable import Table
from dorpsboek.errors import NotATable
from dorpsboek.services import importing
from dorpsboek.services.importing import ImportResult, Preview
from dorpsboek.ui import dialogs, failures, worker
from dorpsboek.ui.kaart.labels import field_labels, skip_reason
from dorpsboek.ui.screens.base import ScreenContext
from dorpsboek.ui.widgets import busy_bar, heading, note

FILE, MAPPING, PREVIEW, SUMMARY = range(4)


class ImportDialog(QDialog):
    """`ImportDialog(context, "kaart" | "vrijwilligers", parent, path=None)`."""

    def __init__(
        self,
        context: ScreenContext,
        kind: str,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.kind = context, kind
        self.table: Table | None = None
        self.preview: Preview | None = None
        self.outcome: ImportResult | None = None
        self.running = False
        what = self.tr("adressen") if kind == KAART else self.tr("vrijwilligers")
        self.setWindowTitle(self.tr("Inlezen: {what}").format(what=what))
        self.resize(760, 520)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._file_page(what))
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._summary_page())
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000")
        self.bar = busy_bar(self.tr("Even geduld"), self)
        self.back = QPushButton(self.tr("Terug"), self)
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self.tr("Volgende"), self)
        self.next.setDefault(True)
        self.next.clicked.connect(self.go_next)
        self.close_button = QPushButton(self.tr("Annuleren"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bar, 1)
        buttons.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._update_buttons()
        if path is not None:
            self.open_path(path)

    # ----- pages -------------------------------------------------------------------------------

    def _file_page(self, what: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Kies een bestand"), page, 1.3))
        layout.addWidget(
            note(
                self.tr(
                    "Kies een CSV-bestand met {what}, bijvoorbeeld uit een rekenblad of van de "
                    "gemeente. De eerste regel moet de namen van de kolommen hebben."
                ).format(what=what),
                page,
            )
        )
        choose = QPushButton(self.tr("Bestand kiezen…"), page)
        choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(page)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(choose)
        layout.addWidget(self.file_label)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Welke kolom is wat?"), page, 1.3))
        layout.addWidget(
            note(self.tr("Dorpsboek heeft een keuze gemaakt. Pas die aan als het niet klopt."))
        )
        self.mapping_table = QTableWidget(0, 3, page)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Kolom in het bestand"), self.tr("Voorbeeld"), self.tr("Hoort bij")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.mapping_table, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Zo ziet het eruit"), page, 1.3))
        self.preview_note = note("", page)
        layout.addWidget(self.preview_note)
        self.preview_table = QTableWidget(0, 0, page)
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview_table, 1)
        self.duplicates_label = QLabel(self.tr("Wat doen met dubbele regels?"), page)
        self.skip_radio = QRadioButton(self.tr("Overslaan (wat er al staat blijft zo)"), page)
        self.update_radio = QRadioButton(self.tr("Bijwerken met de gegevens uit het bestand"), page)
        self.skip_radio.setChecked(True)
        for widget in (self.duplicates_label, self.skip_radio, self.update_radio):
            layout.addWidget(widget)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Klaar"), page, 1.3))
        self.summary_label = QLabel(page)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.summary_lines = QPlainTextEdit(page)
        self.summary_lines.setReadOnly(True)
        self.summary_lines.setAccessibleName(self.tr("Overgeslagen regels"))
        layout.addWidget(self.summary_lines, 1)
        return page

    # ----- steps -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Bestand kiezen"),
            self.tr("CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*)"),
        )
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        self.problem.clear()
        self.file_label.setText(str(path))
        try:
            self.table = importing.load(path)
        except NotATable:
            self.table = None
            self.problem.setText(
                self.tr(
                    "Dit bestand is geen tabel die Dorpsboek kan lezen. Kies een CSV-bestand met "
                    "een kolom Naam. Er is niets veranderd."
                )
            )
        except OSError as exc:
            self.table = None
            self.problem.setText(failures.sentence(exc))
        else:
            self._fill_mapping(self.table)
            self.stack.setCurrentIndex(MAPPING)
        self._update_buttons()

    def _fill_mapping(self, table: Table) -> None:
        labels = field_labels(self.kind)
        guessed = guess_mapping(self.kind, table.headers)
        self.mapping_table.setRowCount(len(table.headers))
        self.combos: list[QComboBox] = []
        example = table.rows[0].cells if table.rows else ()
        for row, header in enumerate(table.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            sample = example[row] if row < len(example) else ""
            self.mapping_table.setItem(row, 1, QTableWidgetItem(sample.replace("\n", " ")))
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("(niet gebruiken)"), "")
            for key in field_keys(self.kind):
                combo.addItem(labels[key], key)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(row, ""))))
            combo.setAccessibleName(self.tr("Kolom {name} hoort bij").format(name=header))
            self.mapping_table.setCellWidget(row, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for index, combo in enumerate(self.combos):
            key = str(combo.currentData() or "")
            if key and key not in out.values():
                out[index] = key
        return out

    def set_column(self, index: int, key: str) -> None:
        """Choose what a column holds (what she does with the drop-down)."""
        self.combos[index].setCurrentIndex(max(0, self.combos[index].findData(key)))

    def _start_preview(self) -> None:
        """Check the mapping, then make the preview (a trial import) in the worker."""
        assert self.table is not None
        mapping = self.mapping()
        if not has_name(self.kind, mapping):
            self.problem.setText(self.tr("Kies welke kolom de naam is."))
            return
        casebook, table, kind = self.context.casebook, self.table, self.kind
        self._set_running(True)
        worker.run(
            lambda: importing.preview(casebook, table, kind, mapping),
            lambda preview: self._previewed(preview, mapping),
            self._failed,
        )

    def _previewed(self, preview: Preview, mapping: dict[int, str]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        self._show_preview(preview, mapping)
        self.stack.setCurrentIndex(PREVIEW)
        self._update_buttons()

    def _show_preview(self, preview: Preview, mapping: dict[int, str]) -> None:
        assert self.table is not None
        self.preview = preview
        self._fill_preview(preview, mapping)
        trial, dupes = preview.trial, preview.duplicates
        text = self.tr("{n} regels in het bestand: {i} nieuw, {d} dubbel, {s} zonder naam.").format(
            n=len(self.table.rows),
            i=trial.imported,
            d=dupes,
            s=sum(1 for s in trial.skipped if s.reason == "no_name"),
        )
        self.preview_note.setText(text)
        for widget in (self.duplicates_label, self.skip_radio, self.update_radio):
            widget.setVisible(dupes > 0)

    def _fill_preview(self, preview: Preview, mapping: dict[int, str]) -> None:
        labels = field_labels(self.kind)
        # The name column shows the whole name, also when it is made of first and last name.
        parts = ("name", "first_name", "infix", "last_name")
        shown = [k for k in dict.fromkeys(mapping.values()) if k in labels and k not in parts]
        columns = ["name", *shown][:5]
        headers = [self.tr("Regel"), self.tr("Wat er gebeurt"), *[labels[k] for k in columns]]
        self.preview_table.setColumnCount(len(headers))
        self.preview_table.setHorizontalHeaderLabels(headers)
        self.preview_table.setRowCount(len(preview.rows))
        for r, parsed in enumerate(preview.rows):
            skip = preview.skip_for(parsed.line)
            what = skip_reason(skip.reason, skip.detail) if skip else self.tr("nieuw")
            cells = [str(parsed.line), what]
            cells += [str(parsed.values.get(k) or "").replace("\n", " ") for k in columns]
            for c, value in enumerate(cells):
                self.preview_table.setItem(r, c, QTableWidgetItem(value))
        self.preview_table.resizeColumnsToContents()

    def run_import(self) -> None:
        assert self.table is not None
        table, mapping, update = self.table, self.mapping(), self.update_radio.isChecked()
        casebook, kind = self.context.casebook, self.kind
        self._set_running(True)
        worker.run(
            lambda: importing.import_table(
                casebook, table, kind, mapping, update_duplicates=update
            ),
            self._done,
            self._failed,
        )

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.bar.setVisible(running)
        for button in (self.next, self.back, self.close_button):
            button.setEnabled(not running)

    def reject(self) -> None:
        # While the import runs the dialog stays: its result must land somewhere visible.
        if not self.running:
            super().reject()

    def _done(self, result: ImportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        self.outcome = result
        self.summary_label.setText(
            self.tr("{i} nieuw, {u} bijgewerkt, {s} overgeslagen.").format(
                i=result.imported, u=result.updated, s=len(result.skipped)
            )
        )
        lines = [
            self.tr("Regel {line}: overgeslagen, {reason}.").format(
                line=s.line, reason=skip_reason(s.reason, s.detail)
            )
            for s in result.skipped
        ]
        lines += [
            self.tr("Regel {line}: let op, {reason}.").format(
                line=w.line, reason=skip_reason(w.reason, w.detail)
            )
            for w in result.warnings
        ]
        self.summary_lines.setPlainText("\n".join(lines) or self.tr("Alle regels zijn ingelezen."))
        self.stack.setCurrentIndex(SUMMARY)
        self._update_buttons()

    def _failed(self, sentence: str, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        if isinstance(exc, NotATable):
            sentence = self.tr(
                "Dit bestand is geen tabel die Dorpsboek kan lezen. Er is niets veranderd."
            )
        self.problem.setText(sentence)
        self._update_buttons()

    def go_next(self) -> None:
        if self.running:
            return
        self.problem.clear()
        page = self.stack.currentIndex()
        if page == MAPPING:
            self._start_preview()
            return
        if page == PREVIEW:
            self.run_import()
            return
        self._update_buttons()

    def go_back(self) -> None:
        self.problem.clear()
        self.stack.setCurrentIndex(max(FILE, self.stack.currentIndex() - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        self.back.setVisible(page in (MAPPING, PREVIEW))
        self.back.setEnabled(True)
        self.next.setVisible(page in (MAPPING, PREVIEW))
        self.next.setEnabled(True)
        self.close_button.setEnabled(True)
        self.next.setText(self.tr("Inlezen") if page == PREVIEW else self.tr("Volgende"))
        self.close_button.setText(self.tr("Sluiten") if page == SUMMARY else self.tr("Annuleren"))
