"""Vandaag: reminders due today or overdue, quiet help requests, the latest notes, and what
to keep up to date (sociale-kaart entries to check, old VOGs, the retention review)."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import cast

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.services import help as help_service
from dorpsboek.services import kaart as kaart_service
from dorpsboek.services import radar
from dorpsboek.services import today as today_service
from dorpsboek.services import volunteers as volunteer_service
from dorpsboek.ui import dialogs, failures, repeat_words, worker
from dorpsboek.ui.daily_common import note_kind_labels, session_undo
from dorpsboek.ui.markdown_view import plain_preview
from dorpsboek.ui.privacy import actions as privacy_actions
from dorpsboek.ui.quick_note import QuickNoteDialog
from dorpsboek.ui.screens.base import Screen, ScreenContext
from dorpsboek.ui.today.contact_box import ContactBox
from dorpsboek.ui.today.list_items import KIND, RECORD, empty_line, item_for, more_line, section
from dorpsboek.ui.today.missed_dialog import MissedDialog
from dorpsboek.ui.today.radar_banner import RadarBanner

LATE = QColor("#a33a00")
SHOWN = 6  # kaart entries and volunteers listed on Vandaag; the rest on their own screens


class TodayScreen(Screen):
    """Short lists; every line opens its record (Enter or double-click)."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self._lines_asked = 0
        self.retention_due = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)  # Snel noteren is in the window's bar (Ctrl+N), once
        layout.addLayout(top)
        self.retention = QLabel(self)
        self.retention.setTextFormat(Qt.TextFormat.RichText)
        self.retention.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.retention.linkActivated.connect(lambda _link: self.review_retention())
        self.retention.hide()
        layout.addWidget(self.retention)
        self.kit_test = QLabel(self)
        self.kit_test.setTextFormat(Qt.TextFormat.RichText)
        self.kit_test.setTextInteractionFlags(self.retention.textInteractionFlags())
        self.kit_test.linkActivated.connect(
            lambda _link: self.open_record.emit("emergency_kit", "")
        )
        self.kit_test.hide()
        layout.addWidget(self.kit_test)
        self.radar = RadarBanner(self)
        self.radar.accepted.connect(self.make_signal)
        self.radar.dismissed.connect(self.dismiss_suggestion)
        layout.addWidget(self.radar)
        grid = QGridLayout()
        self.reminders_box, self.reminders = self._section(self.tr("Herinneringen"))
        self.reminders.itemChanged.connect(self._ticked)
        self.quiet_box, self.quiet = self._section(self.tr("Hulpvragen zonder recent contact"))
        self.notes_box, self.notes = self._section(self.tr("Recente notities"))
        self.contact_box = ContactBox(self)
        self.contact_box.open_person.connect(lambda pid: self.open_record.emit("person", pid))
        self.contact_box.write_note.connect(self._quick_note_for)
        self.contact_box.show_missed.connect(self.show_missed)
        self.kaart_box, self.kaart = self._section(self.tr("Sociale kaart controleren"))
        self.kaart.currentItemChanged.connect(lambda *_: self._update_checked_button())
        self.checked_button = QPushButton(self.tr("Vandaag gecontroleerd"), self.kaart_box)
        self.checked_button.setToolTip(
            self.tr("Het gekozen adres klopt nog: zet de controledatum op vandaag.")
        )
        self.checked_button.clicked.connect(self.mark_checked)
        cast(QVBoxLayout, self.kaart_box.layout()).addWidget(self.checked_button)
        self.vog_box, self.vog = self._section(self.tr("Vrijwilligers met een oude VOG"))
        self.upkeep = upkeep = QVBoxLayout()
        upkeep.addWidget(self.kaart_box, 3)
        upkeep.addWidget(self.vog_box, 2)
        self.daily = daily = QVBoxLayout()
        daily.addWidget(self.reminders_box, 1)
        daily.addWidget(self.contact_box, 1)
        grid.addLayout(daily, 0, 0)
        grid.addWidget(self.quiet_box, 0, 1)
        grid.addWidget(self.notes_box, 1, 0)
        grid.addLayout(upkeep, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 3)
        layout.addLayout(grid, 1)
        session_undo(context.casebook).changed.connect(self._book_changed)
        self.plain = _is_stand_in(context)
        if self.plain:  # a volunteer's list of calls: nothing of her upkeep work
            for box in (self.quiet_box, self.kaart_box, self.vog_box):
                box.hide()

    def _book_changed(self) -> None:
        """A delete or undo elsewhere: reload only when on screen (the main window refreshes a
        screen when it is shown, so a hidden Vandaag need not pay for it now)."""
        if self.isVisible():
            self.refresh()

    def _section(self, title: str) -> tuple[QGroupBox, QListWidget]:
        return section(self, title, self._activated)

    # ----- loading ----------------------------------------------------------------------------

    def refresh(self, *, lines_later: bool = False) -> None:
        """Reload everything; with `lines_later` the lines above the lists come from a worker
        after the first paint (at unlock: they read much of the book and are seldom shown)."""
        weeks = int(self.context.settings.get("quiet_weeks"))
        view = today_service.overview(self.context.casebook, weeks)
        self.heading.setText(self._day_heading(view.today))
        self._loading = True
        self._lines_asked += 1  # a slower, older answer from a worker is then dropped
        try:
            self._fill_reminders(view)
            self.contact_box.fill(self.context.casebook, view.today)
            if self.plain:  # her own notes, and nothing else
                self._fill_notes(view)
                return
            if lines_later:
                self._lines_in_worker(view.today)
            else:
                cb, settings = self.context.casebook, self.context.settings
                self._fill_lines(today_service.upkeep_lines(cb, settings, view.today))
            self._fill_quiet(view, weeks)
            self._fill_notes(view)
            self._fill_kaart()
            self._fill_vog()
        finally:
            self._loading = False
        # Room by length: an empty list keeps one line's worth, a long one gets the rest.
        self.upkeep.setStretchFactor(self.kaart_box, 2 + self.kaart.count())  # + button
        self.upkeep.setStretchFactor(self.vog_box, 1 + self.vog.count())
        self.daily.setStretchFactor(self.reminders_box, 2 + self.reminders.count())
        self.daily.setStretchFactor(self.contact_box, 3 + self.contact_box.list.count())
        self._update_checked_button()

    def _lines_in_worker(self, day: dt.date) -> None:
        cb, settings, asked = self.context.casebook, self.context.settings, self._lines_asked

        def done(lines: today_service.UpkeepLines) -> None:
            if shiboken6.isValid(self) and asked == self._lines_asked:
                self._fill_lines(lines)

        worker.run(lambda: today_service.upkeep_lines(cb, settings, day), done)

    def _fill_lines(self, lines: today_service.UpkeepLines) -> None:
        self.radar.fill(lines.suggestions, lines.radar_weeks)
        self._fill_kit_test(lines.kit_test_due)
        self._fill_retention(lines.retention_due)

    def _fill_reminders(self, view: today_service.TodayOverview) -> None:
        self.reminders.clear()
        today = view.today.isoformat()
        for r in view.reminders:
            who = f"{r.person_name}: " if r.person_name else ""
            if r.due_on < today:
                when = self.tr("te laat, {date}").format(date=format_date(r.due_on))
            else:
                when = self.tr("vandaag")
            text = f"{who}{r.text}{repeat_words.series(r)} ({when})"
            item = item_for(self.reminders, text, "reminder", r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Vink aan als het gedaan is; Enter opent de inwoner."))
            if r.due_on < today:
                item.setForeground(QBrush(LATE))
        self.reminders_box.setTitle(
            self.tr("Herinneringen voor vandaag en eerder ({n})").format(n=len(view.reminders))
        )
        if not view.reminders:
            empty_line(self.reminders, self.tr("Geen herinneringen voor vandaag."))

    def _fill_quiet(self, view: today_service.TodayOverview, weeks: int) -> None:
        self.quiet.clear()
        for h in view.quiet:
            last = h.last_contact or h.opened_on
            text = self.tr("{name}: {question} (laatste contact {date})").format(
                name=h.person_name, question=h.question, date=format_date(last)
            )
            item_for(self.quiet, text, "help_request", h.id)
        self.quiet_box.setTitle(
            self.tr("Lopende hulpvragen, langer dan {weeks} weken geen contact ({n})").format(
                weeks=weeks, n=len(view.quiet)
            )
        )
        if not view.quiet:
            empty_line(
                self.quiet, self.tr("Bij alle lopende hulpvragen was er kortgeleden contact.")
            )

    def _fill_notes(self, view: today_service.TodayOverview) -> None:
        self.notes.clear()
        kinds = note_kind_labels()
        for n in view.recent_notes:
            kind = f" · {kinds.get(n.kind, n.kind)}" if n.kind else ""
            text = f"{format_date(n.on_date)}{kind} · {n.person_name}: {plain_preview(n.text)}"
            item_for(self.notes, text, "note", n.id)
        if not view.recent_notes:
            empty_line(
                self.notes,
                self.tr("Nog geen notities. Kies Snel noteren om de eerste te schrijven."),
            )

    def _fill_kaart(self) -> None:
        """The first few stale entries and how many there are: both asked of SQL, so the cost
        does not grow with the sociale kaart."""
        cb, settings = self.context.casebook, self.context.settings
        entries = kaart_service.stale_entries(cb, settings, limit=SHOWN)
        total = kaart_service.stale_count(cb, settings)
        self.kaart.clear()
        for e in entries:
            checked = (
                self.tr("laatst gecontroleerd {date}").format(date=format_date(e.last_checked_on))
                if e.last_checked_on
                else self.tr("nooit gecontroleerd")
            )
            what = f" ({e.category})" if e.category else ""
            item_for(self.kaart, f"{e.name}{what} ({checked})", "organisation", e.id)
        more_line(
            self.kaart,
            total - len(entries),
            self.tr("En nog {n}. U vindt ze allemaal op de sociale kaart, bij Controleren."),
        )
        self.kaart_box.setTitle(self.tr("Sociale kaart controleren ({n})").format(n=total))
        if not entries:
            empty_line(self.kaart, self.tr("Geen adressen om te controleren."))

    def _fill_vog(self) -> None:
        """The oldest VOGs first, a few of them, and how many there are (in SQL, as above)."""
        cb, settings = self.context.casebook, self.context.settings
        volunteers = volunteer_service.oldest_vogs(cb, settings, limit=SHOWN)
        total = volunteer_service.old_vog_count(cb, settings)
        self.vog.clear()
        years = volunteer_service.vog_max_years(settings)
        for v in volunteers:
            text = self.tr("{name}: VOG van {date}").format(name=v.name, date=format_date(v.vog_on))
            item_for(self.vog, text, "volunteer", v.id)
        more_line(
            self.vog,
            total - len(volunteers),
            self.tr("En nog {n}. U vindt ze allemaal bij Vrijwilligers."),
        )
        self.vog_box.setTitle(
            self.tr("Vrijwilligers met een VOG ouder dan {years} jaar ({n})").format(
                years=years, n=total
            )
        )
        if not volunteers:
            empty_line(self.vog, self.tr("Geen vrijwilligers met een te oude VOG."))

    def _fill_retention(self, count: int) -> None:
        self.retention_due = count
        if count <= 0:
            self.retention.hide()
            self.retention.setText("")
            return
        if count == 1:
            text = self.tr("1 inwoner al lang zonder contact")
        else:
            text = self.tr("{n} inwoners al lang zonder contact").format(n=count)
        link = self.tr("bekijken")
        self.retention.setText(f'{escape(text)}: <a href="review">{escape(link)}</a>')
        self.retention.setAccessibleName(f"{text}: {link}")
        self.retention.show()

    def _fill_kit_test(self, due: bool) -> None:
        if not due:
            self.kit_test.hide()
            return
        text = self.tr("Het noodpakket is al meer dan drie maanden niet getest met de sleutel")
        link = self.tr("nu testen")
        self.kit_test.setText(f'{escape(text)}: <a href="test">{escape(link)}</a>')
        self.kit_test.setAccessibleName(f"{text}: {link}")
        self.kit_test.show()

    def _day_heading(self, day: dt.date) -> str:
        names = (
            self.tr("maandag"),
            self.tr("dinsdag"),
            self.tr("woensdag"),
            self.tr("donderdag"),
            self.tr("vrijdag"),
            self.tr("zaterdag"),
            self.tr("zondag"),
        )
        return self.tr("Vandaag, {weekday} {date}").format(
            weekday=names[day.weekday()], date=format_date(day.isoformat())
        )

    # ----- actions ----------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(KIND), item.data(RECORD)
        if kind and record_id:
            self.open_record.emit(str(kind), str(record_id))

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._loading or item.data(KIND) != "reminder":
            return
        done = item.checkState() == Qt.CheckState.Checked
        help_service.set_reminder_done(self.context.casebook, str(item.data(RECORD)), done)
        font = item.font()
        font.setStrikeOut(done)
        item.setFont(font)

    def _update_checked_button(self) -> None:
        item = self.kaart.currentItem()
        chosen = item is not None and item.data(KIND) == "organisation"
        self.checked_button.setEnabled(chosen)
        self.checked_button.setToolTip(
            self.tr("Het gekozen adres klopt nog: zet de controledatum op vandaag.")
            if chosen
            else self.tr("Kies eerst een adres in de lijst hierboven.")
        )

    def mark_checked(self) -> None:
        """ "Vandaag gecontroleerd" for the selected sociale-kaart entry."""
        item = self.kaart.currentItem()
        if item is None or item.data(KIND) != "organisation":
            return
        try:
            kaart_service.mark_checked(self.context.casebook, str(item.data(RECORD)))
        except Exception as exc:
            dialogs.warning(self, failures.sentence(exc), self.tr("Vandaag gecontroleerd"))
            return
        self.refresh()

    def review_retention(self) -> None:
        privacy_actions.review_retention(self.context, self)
        session_undo(self.context.casebook).drop_erased()
        self.refresh()

    def _quick_note(self) -> None:
        self._quick_note_for(None)

    def _quick_note_for(self, person_id: str | None) -> None:
        dialog = QuickNoteDialog(self.context, self, person_id=person_id)
        dialog.saved.connect(lambda _p, _n: self.refresh())
        dialog.open()

    def show_missed(self) -> None:
        """ "Wie mis ik?": everyone with a rhythm; double-click opens the resident."""
        dialog = MissedDialog(self.context.casebook, self)
        dialog.open_person.connect(lambda pid: self.open_record.emit("person", pid))
        dialog.open()

    def make_signal(self, tag: str) -> None:
        """ "Ja, signaal maken": the signal with theme and counts, then open it to write on."""
        try:
            signal_id = radar.make_signal(self.context.casebook, tag)
        except Exception as exc:
            dialogs.warning(self, failures.sentence(exc), self.tr("Signaal maken"))
            return
        self.refresh()
        self.open_record.emit("signal", signal_id)

    def dismiss_suggestion(self, tag: str) -> None:
        try:
            radar.dismiss(self.context.casebook, tag)
        except Exception as exc:
            dialogs.warning(self, failures.sentence(exc), self.tr("Niet meer vragen"))
            return
        self.refresh()


def _is_stand_in(context: ScreenContext) -> bool:
    from dorpsboek.services.handover_state import current_handover

    info = current_handover(context.casebook)
    return info is not None and info.scope == "standin"


def create(context: ScreenContext, parent: QWidget | None = None) -> Screen:
    """Inside the main window (a parent) the first screen at unlock: its lines come after the
    first paint. Alone (tests, a dialog) everything is there when this returns."""
    screen = TodayScreen(context, parent)
    screen.refresh(lines_later=parent is not None)
    return screen
