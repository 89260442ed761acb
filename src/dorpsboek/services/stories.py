"""Signals and stories: writing them, the anonymised export for the sounding board, and the
warning when a story contains the name of a resident in her book."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from dorpsboek.domain.names import NameMatcher
from dorpsboek.domain.records import Kind, SignalStatus
from dorpsboek.domain.report import SIGNAL_STATUS_LABELS, SignalLine, StoryLine
from dorpsboek.errors import UsageError
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import privacy as privacy_store
from dorpsboek.store import signals as signal_store

# The order in which a signal moves on (a signal may also skip a step or go back).
SIGNAL_FLOW = (
    SignalStatus.NOTICED,
    SignalStatus.DISCUSSED,
    SignalStatus.INITIATIVE,
    SignalStatus.CLOSED,
)


class NameIndex:
    """Every resident's name in the book, ready to search free text (built in ~10 ms)."""

    def __init__(self, names: list[str]) -> None:
        self.matcher = NameMatcher(names)

    @classmethod
    def load(cls, casebook: Casebook) -> NameIndex:
        with casebook.book.raw() as conn:
            return cls(privacy_store.resident_names(conn))

    def names_in_text(self, text: str) -> list[str]:
        return self.matcher.names_in_text(text)

    def redact_text(self, text: str) -> str:
        return str(self.matcher.redact(text))

    def redact_story(self, story: StoryLine) -> StoryLine:
        return StoryLine(
            self.matcher.redact(story.title), self.matcher.redact(story.text), story.on_date
        )

    def redact_signal(self, signal: SignalLine) -> SignalLine:
        return dataclasses.replace(
            signal,
            theme=self.matcher.redact(signal.theme),
            description=self.matcher.redact(signal.description),
            frequency=self.matcher.redact(signal.frequency),
        )


def names_in_text(casebook: Casebook, text: str) -> list[str]:
    """Names of residents in her book that occur in `text` (full name or distinctive last
    name). For repeated checks while typing, keep a `NameIndex` instead."""
    return NameIndex.load(casebook).names_in_text(text)


@dataclass(frozen=True)
class Signal:
    id: str
    theme: str
    description: str
    frequency: str
    status: str
    noted_on: str


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    text: str
    on_date: str
    in_report: bool


def _date(value: dt.date | str | None) -> str:
    if value is None:
        return dt.date.today().isoformat()
    return (
        value.isoformat()
        if isinstance(value, dt.date)
        else dt.date.fromisoformat(value).isoformat()
    )


def _status(status: str) -> str:
    if status not in {s.value for s in SignalStatus}:
        raise UsageError("status")
    return status


def add_signal(
    casebook: Casebook,
    description: str,
    *,
    theme: str = "",
    frequency: str = "",
    status: str = SignalStatus.NOTICED,
    noted_on: dt.date | str | None = None,
) -> str:
    if not description.strip():
        raise UsageError("description")
    values = {
        "description": description.strip(),
        "theme": theme.strip(),
        "frequency": frequency.strip(),
        "status": _status(status),
        "noted_on": _date(noted_on),
    }
    return casebook.create(Kind.SIGNAL, values)


def update_signal(casebook: Casebook, signal_id: str, **values: Any) -> None:
    if "status" in values:
        _status(str(values["status"]))
    if "noted_on" in values:
        values["noted_on"] = _date(values["noted_on"])
    casebook.update(Kind.SIGNAL, signal_id, values)


def next_status(status: str) -> str:
    """The next step in the flow (the last step stays)."""
    values = [s.value for s in SIGNAL_FLOW]
    i = values.index(status) if status in values else 0
    return values[min(i + 1, len(values) - 1)]


def list_signals(casebook: Casebook) -> list[Signal]:
    with casebook.book.raw() as conn:
        rows = signal_store.list_signals(conn)
    return [
        Signal(r["id"], r["theme"], r["description"], r["frequency"], r["status"], r["noted_on"])
        for r in rows
    ]


def add_story(
    casebook: Casebook,
    title: str,
    text: str = "",
    *,
    on_date: dt.date | str | None = None,
    in_report: bool = True,
) -> str:
    if not title.strip():
        raise UsageError("title")
    values = {
        "title": title.strip(),
        "text": text,
        "on_date": _date(on_date),
        "in_report": int(in_report),
    }
    return casebook.create(Kind.STORY, values)


def update_story(casebook: Casebook, story_id: str, **values: Any) -> None:
    if "in_report" in values:
        values["in_report"] = int(bool(values["in_report"]))
    if "on_date" in values:
        values["on_date"] = _date(values["on_date"])
    casebook.update(Kind.STORY, story_id, values)


def list_stories(casebook: Casebook) -> list[Story]:
    with casebook.book.raw() as conn:
        rows = signal_store.list_stories(conn)
    return [Story(r["id"], r["title"], r["text"], r["on_date"], bool(r["in_report"])) for r in rows]


def delete(casebook: Casebook, kind: Kind, record_id: str) -> None:
    casebook.delete(kind, record_id)


def signals_for_sounding_board(casebook: Casebook, include_closed: bool = False) -> str:
    """The signals as plain Markdown for the sounding board: theme, what, how often, status;
    no dates finer than the month and every resident's name replaced by "[naam]"."""
    names = NameIndex.load(casebook)
    lines = ["# Signalen voor de klankbordgroep", ""]
    signals = [
        s for s in list_signals(casebook) if include_closed or s.status != SignalStatus.CLOSED
    ]
    if not signals:
        lines.append("Er zijn op dit moment geen signalen.")
    for s in sorted(signals, key=lambda s: (s.theme, s.noted_on)):
        m = names.matcher
        lines.append(f"## {m.redact(s.theme) or 'Zonder thema'}")
        lines.append("")
        lines.append(m.redact(s.description))
        lines.append("")
        if s.frequency:
            lines.append(f"- Hoe vaak: {m.redact(s.frequency)}")
        lines.append(f"- Opgemerkt in: {s.noted_on[5:7]}-{s.noted_on[:4]}")
        lines.append(f"- Stand van zaken: {SIGNAL_STATUS_LABELS.get(s.status, s.status)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
