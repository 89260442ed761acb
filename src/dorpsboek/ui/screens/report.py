"""Verantwoording: pick a period, see the numbers and charts and the chosen stories, export.

The numbers are computed off the GUI thread; every count passes the '< N' rule before it is
shown, exactly as in the exports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.report import Account, Period, calendar_year, last_calendar_year, quarter
from dorpsboek.printing.report_export import write_account
from dorpsboek.reports.layout import Bar, bars, headline, period_text, sections
from dorpsboek.services import report as report_service
from dorpsboek.services.report import make_account
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.bar_chart import BarChart
from dorpsboek.ui.report.intro_box import IntroBox
from dorpsboek.ui.screens import report_time_words
from dorpsboek.ui.screens.base import Screen, ScreenContext
from dorpsboek.ui.widgets import heading, note

CHOICES = ("last_year", "this_year", "last_quarter", "this_quarter", "custom")


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def period_for(choice: str, today: dt.date, first: dt.date, last: dt.date) -> Period:
    """The period a choice in the picker means on `today`."""
    if choice == "this_year":
        return Period(calendar_year(today.year).first, today)
    if choice in ("last_quarter", "this_quarter"):
        year, q = _quarter_of(today)
        if choice == "last_quarter":
            year, q = (year - 1, 4) if q == 1 else (year, q - 1)
        return quarter(year, q)
    if choice == "custom":
        return Period(min(first, last), max(first, last))
    return last_calendar_year(today)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportScreen(Screen):
    """Period picker on top; numbers, charts and stories below in one scrolling page."""

    def __init__(
        self, context: ScreenContext, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(context, parent)
        self.today = today or dt.date.today()
        self.account: Account | None = None
        self._pending = 0
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Verantwoording")))
        outer.addLayout(self._picker())
        outer.addLayout(self._export_row())
        self.status = note("", self)
        outer.addWidget(self.status)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroller, 1)
        self.page = QWidget()
        self.body = QVBoxLayout(self.page)
        self.scroller.setWidget(self.page)
        self.charts: dict[str, BarChart] = {}

    # ----- building ---------------------------------------------------------------------------

    def _picker(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Periode:"), self)
        self.choice = QComboBox(self)
        names = {
            "last_year": self.tr("Vorig jaar ({year})").format(year=self.today.year - 1),
            "this_year": self.tr("Dit jaar tot nu"),
            "last_quarter": self.tr("Vorig kwartaal"),
            "this_quarter": self.tr("Dit kwartaal"),
            "custom": self.tr("Zelf kiezen"),
        }
        for key in CHOICES:
            self.choice.addItem(names[key], key)
        self.choice.setAccessibleName(self.tr("Periode"))
        label.setBuddy(self.choice)
        default = last_calendar_year(self.today)
        self.first = self._date_edit(default.first, self.tr("Eerste dag"))
        self.last = self._date_edit(default.last, self.tr("Laatste dag"))
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addWidget(QLabel(self.tr("van"), self))
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("t/m"), self))
        row.addWidget(self.last)
        row.addStretch(1)
        return row

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    def _export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in (
            ("pdf", self.tr("Opslaan als PDF…")),
            ("html", self.tr("Opslaan als webpagina…")),
            ("md", self.tr("Opslaan als tekst…")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            row.addWidget(button)
            self.export_buttons[fmt] = button
        row.addStretch(1)
        privacy = QPushButton(self.tr("Privacy…"), self)
        privacy.setToolTip(self.tr("Bewaartermijn, woorden om op te letten en het logboek"))
        privacy.clicked.connect(self._privacy_menu)
        row.addWidget(privacy)
        self.privacy_button = privacy
        return row

    # ----- period -----------------------------------------------------------------------------

    def period(self) -> Period:
        key = str(self.choice.currentData())
        return period_for(key, self.today, _pydate(self.first.date()), _pydate(self.last.date()))

    def _choice_changed(self) -> None:
        custom = self.choice.currentData() == "custom"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            period = self.period()
            for edit, day in ((self.first, period.first), (self.last, period.last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.refresh()

    def _dates_changed(self) -> None:
        if self.choice.currentData() == "custom":
            self.refresh()

    # ----- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        period = self.period()
        casebook = self.context.casebook
        threshold = int(self.context.settings.get("report_threshold"))
        self._pending += 1
        ticket = self._pending
        self.status.setText(self.tr("De cijfers worden geteld…"))
        worker.run(
            lambda: make_account(casebook, period, threshold),
            lambda account: self._loaded(ticket, account),
            lambda sentence, _exc: self.status.setText(sentence),
        )

    def _loaded(self, ticket: int, account: Account) -> None:
        if ticket != self._pending:
            return  # an older period finished after a newer one was asked for
        self.account = account
        self.status.setText(
            self.tr("Periode {period}. Aantallen kleiner dan {n} staan er als '< {n}'.").format(
                period=period_text(account.numbers), n=account.threshold
            )
        )
        self._fill(account)

    def _intro_saved(self) -> None:
        """Kept in the account the exports write, without counting everything again."""
        if self.account is not None:
            text = report_service.account_intro(self.context.casebook, self.intro.year)
            self.account = dataclasses.replace(self.account, intro=text)

    def _clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.charts = {}

    def _fill(self, account: Account) -> None:
        self._clear()
        self.intro = IntroBox(self.context.casebook, account, self.page)
        self.intro.saved.connect(self._intro_saved)
        self.body.addWidget(self.intro)
        self.body.addWidget(self._headline(account))
        titles = self._titles()
        for section in sections(account):
            box = QGroupBox(titles.get(section.key, section.title), self.page)
            inner = QVBoxLayout(box)
            shown = self._bars(section.key, account) or section.bars
            if shown:
                chart = BarChart(box)
                chart.set_bars(shown)
                inner.addWidget(chart)
                self.charts[section.key] = chart
            for line in self._lines(section.key, account, section.lines):
                inner.addWidget(note(line, box))
            if not section.bars and not section.lines:
                inner.addWidget(note(self.tr("Niets in deze periode."), box))
            self.body.addWidget(box)
        self.body.addWidget(self._stories(account))
        self.body.addStretch(1)

    # ----- words on screen (translated; the exports stay Dutch) --------------------------------

    def _titles(self) -> dict[str, str]:
        return {
            "notes_by_month": self.tr("Contactmomenten per maand"),
            "notes_by_kind": self.tr("Contactmomenten per soort"),
            **report_time_words.titles(),
            "help_by_theme": self.tr("Nieuwe hulpvragen per thema"),
            "help_by_status": self.tr("Nieuwe hulpvragen: hoe staan ze er nu voor"),
            "notes_by_tag": self.tr("Eigen onderwerpen (#tags in notities)"),
            "referrals": self.tr("Doorverwezen naar (sociale kaart)"),
            "volunteers": self.tr("Vrijwilligers"),
            "signals": self.tr("Signalen"),
        }

    def _headline_labels(self) -> dict[str, str]:
        return {
            "residents_reached": self.tr("Inwoners bereikt"),
            "residents_new": self.tr("Nieuwe inwoners"),
            "notes_total": self.tr("Contactmomenten"),
            "hours": self.tr("Uren (voor zover genoteerd)"),
            "help_new": self.tr("Nieuwe hulpvragen (geopend in de periode)"),
            "help_done": self.tr("Hulpvragen afgerond in de periode"),
            "referrals": self.tr("Doorverwijzingen"),
            "matches": self.tr("Koppelingen met vrijwilligers"),
            "volunteers_matched": self.tr("Vrijwilligers ingezet"),
        }

    def _signal_labels(self) -> dict[str, str]:
        return {
            "noticed": self.tr("opgemerkt"),
            "discussed": self.tr("besproken met klankbordgroep"),
            "initiative": self.tr("initiatief gestart"),
            "closed": self.tr("afgesloten"),
        }

    def _bars(self, key: str, account: Account) -> list[Bar]:
        n, t = account.numbers, account.threshold
        if key == "notes_by_kind":
            labels = {
                "visit": self.tr("bezoek"),
                "phone": self.tr("telefoon"),
                "meeting": self.tr("overleg"),
                "message": self.tr("bericht"),
                "other": self.tr("anders"),
                "": self.tr("niet ingevuld"),
            }
            return bars(n.notes_by_kind, t, labels)
        if key == "help_by_status":
            labels = {
                "new": self.tr("nieuw"),
                "running": self.tr("loopt"),
                "done": self.tr("afgerond"),
            }
            return bars(n.help_by_status, t, labels)
        if key == "signals":
            signal_labels = self._signal_labels()
            order = [k for k in signal_labels if k in n.signals_by_status]
            return bars(n.signals_by_status, t, signal_labels, order)
        return []

    def _lines(self, key: str, account: Account, default: list[str]) -> list[str]:
        n = account.numbers
        time_lines = report_time_words.lines(key, account)
        if time_lines is not None:
            return time_lines
        if key == "volunteers":
            return [
                self.tr("Vrijwilligers die nu actief zijn: {n}.").format(
                    n=account.shown(n.volunteers_active)
                ),
                self.tr("Vrijwilligers ingezet in deze periode: {n}.").format(
                    n=account.shown(n.volunteers_matched)
                ),
                self.tr("Koppelingen tussen inwoner en vrijwilliger: {n}.").format(
                    n=account.shown(n.matches)
                ),
            ]
        if key == "signals":
            labels, none = self._signal_labels(), self.tr("Zonder thema")
            return [
                f"{s.theme or none}: {s.description} ({labels.get(s.status, s.status)})"
                for s in account.signals
            ]
        return default

    def _headline(self, account: Account) -> QGroupBox:
        box = QGroupBox(self.tr("Kerncijfers"), self.page)
        inner = QVBoxLayout(box)
        rows = headline(account)
        labels = self._headline_labels()
        table = QTableWidget(len(rows), 4, box)
        table.setHorizontalHeaderLabels(
            ["", self.tr("Deze periode"), self.tr("Periode ervoor"), self.tr("Verschil")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            label = labels.get(row.key, row.label)
            for c, text in enumerate((label, row.now, row.before, row.change)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        table.setFixedHeight(table.verticalHeader().length() + header.height() + 4)
        self.headline_table = table
        inner.addWidget(table)
        return box

    def _stories(self, account: Account) -> QGroupBox:
        box = QGroupBox(self.tr("Verhalen"), self.page)
        inner = QVBoxLayout(box)
        if not account.stories:
            inner.addWidget(
                note(
                    self.tr("Geen verhalen gekozen voor deze periode. Schrijf ze bij Signalen."),
                    box,
                )
            )
        for story in account.stories:
            title = QLabel(f"<b>{_escape(story.title)}</b> — {format_date(story.on_date)}", box)
            title.setTextFormat(Qt.TextFormat.RichText)
            inner.addWidget(title)
            inner.addWidget(note(story.text, box))
        self.stories_box = box
        return box

    # ----- export -----------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        if self.account is None:
            return
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "html": self.tr("Webpagina (*.html)"),
            "md": self.tr("Tekst (*.md)"),
        }
        p = self.account.numbers.period
        suggested = f"verantwoording-{p.first.isoformat()}-{p.last.isoformat()}.{fmt}"
        target = dialogs.save_file(self, self.tr("Verantwoording opslaan"), filters[fmt], suggested)
        if target is None:
            return
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        account = self.account
        self.status.setText(self.tr("Bezig met opslaan…"))
        worker.run(
            lambda: _write(account, target, fmt),
            lambda path: self.status.setText(self.tr("Opgeslagen: {path}").format(path=path)),
            lambda sentence, _exc: dialogs.warning(self, sentence),
        )

    def _privacy_menu(self) -> None:
        from dorpsboek.ui.privacy.actions import privacy_menu

        privacy_menu(self.context, self, self.privacy_button)

    def show_record(self, kind: str, record_id: str) -> bool:
        """A story opens on the Signalen screen; here the stories of the period are shown."""
        if kind == "story" and self.account is not None:
            self.scroller.ensureWidgetVisible(self.stories_box)
            return True
        return False


def _write(account: Account, target: Path, fmt: str) -> Path:
    # PDF drawing uses QPainter on images and a QTextDocument: both are safe off the GUI thread.
    write_account(account, target, fmt)
    return target


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def create(context: ScreenContext, parent: Any = None) -> Screen:
    screen = ReportScreen(context, parent)
    screen.refresh()  # the window refreshes only screens shown again; count the first time too
    return screen
