"""The handover letter (drafted from the book, editable) and the readable overview page.

Both are plain Dutch for the colleague. Values from records are HTML-escaped before they go
into Markdown, so a name can never become markup.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import markdown

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.recurrence import parse_every
from dorpsboek.domain.rhythm import rhythm_words

Rows = Mapping[str, Sequence[Mapping[str, Any]]]
FREE_TEXT_TITLE = "Lees dit eerst"
DAYS_AHEAD = 14
_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}"
    "h1,h2{color:#234}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
    "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
    "th{background:#eef}.weg{color:#888}"
)


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""), quote=False)


def _live(rows: Rows, kind: str) -> list[Mapping[str, Any]]:
    return [r for r in rows.get(kind, ()) if not r.get("deleted_at")]


def _names(rows: Rows, kind: str) -> dict[str, str]:
    return {str(r["id"]): str(r.get("name") or "") for r in rows.get(kind, ())}


def draft(
    rows: Rows,
    *,
    owner: str,
    today: dt.date,
    free_text: str = "",
    expected_return: dt.date | None = None,
    kit_tested_on: dt.date | None = None,
) -> str:
    """The letter as Markdown, drafted from the records in the bundle."""
    parts = [f"# Overdracht van {_e(owner)}", ""]
    parts.append(f"Gemaakt op {format_date(today.isoformat())}.")
    if expected_return:
        parts.append(f"Ik verwacht terug te zijn op {format_date(expected_return.isoformat())}.")
    if kit_tested_on:
        parts.append(
            f"Het noodpakket is voor het laatst getest op {format_date(kit_tested_on.isoformat())}."
        )
    parts += ["", f"## {FREE_TEXT_TITLE}", "", free_text.strip() or "(Nog niets geschreven.)", ""]
    for title, lines in (
        (f"Afspraken en herinneringen (komende {DAYS_AHEAD} dagen)", _reminders(rows, today)),
        ("Lopende hulpvragen", _help_requests(rows)),
        ("Inwoners die geregeld contact nodig hebben", _regular(rows)),
        ("Toestemming: met wie ik over een inwoner mag praten", _consents(rows)),
        ("Veel gebruikte adressen op de sociale kaart", _organisations(rows)),
        ("Vrijwilligers met een lopende koppeling", _volunteers(rows)),
    ):
        parts += [f"## {title}", "", *(lines or ["Geen."]), ""]
    return "\n".join(parts)


def _reminders(rows: Rows, today: dt.date) -> list[str]:
    persons = _names(rows, "persons")
    until = (today + dt.timedelta(days=DAYS_AHEAD)).isoformat()
    due = [r for r in _live(rows, "reminders") if not r.get("done") and r["due_on"] <= until]
    out = []
    for r in sorted(due, key=lambda r: str(r["due_on"])):
        late = " (al over tijd)" if r["due_on"] < today.isoformat() else ""
        who = persons.get(str(r.get("person_id") or ""), "")
        out.append(
            f"- {format_date(r['due_on'])}{late}: {_e(r['text'])}{_repeats(r)}"
            + (f" — {_e(who)}" if who else "")
        )
    return out


def _repeats(r: Mapping[str, Any]) -> str:
    """ " (elke week)" for a repeating reminder: the colleague sees the series goes on."""
    try:
        every = parse_every(r.get("every"))
    except ValueError:
        return ""
    if every is None:
        return ""
    if every.unit == "m":
        words = "elke maand" if every.count == 1 else f"elke {every.count} maanden"
    else:
        words = rhythm_nl(every.count * (7 if every.unit == "w" else 1))
    return f" ({words})"


def _last_notes(rows: Rows) -> tuple[dict[str, Mapping[str, Any]], dict[str, Mapping[str, Any]]]:
    """The newest note per help request and per resident (one sort, then later wins)."""
    notes = sorted(_live(rows, "notes"), key=lambda n: (str(n["on_date"]), str(n["created_at"])))
    by_request = {str(n["help_request_id"]): n for n in notes if n.get("help_request_id")}
    by_person = {str(n["person_id"]): n for n in notes if n.get("person_id")}
    return by_request, by_person


def _help_requests(rows: Rows) -> list[str]:
    persons = _names(rows, "persons")
    by_request, by_person = _last_notes(rows)
    running = [r for r in _live(rows, "help_requests") if r.get("status") != "done"]
    out = []
    for r in sorted(running, key=lambda r: str(r["opened_on"])):
        who = persons.get(str(r["person_id"]), "")
        out.append(f"- **{_e(who)}**: {_e(r['question'])} (sinds {format_date(r['opened_on'])})")
        note = by_request.get(str(r["id"])) or by_person.get(str(r["person_id"]))
        if note:
            text = " ".join(str(note.get("text") or "").split())[:200]
            out.append(f"  - Laatste notitie {format_date(note['on_date'])}: {_e(text)}")
    return out


def _regular(rows: Rows) -> list[str]:
    """Residents with a contact rhythm: the rhythm, how to reach them, and the last contact."""
    people = [
        p
        for p in _live(rows, "persons")
        if int(p.get("regular_contact") or 0) > 0 and p.get("status") != "closed"
    ]
    last = _last_contacts(rows)
    out = []
    for p in sorted(people, key=lambda p: str(p["name"])):
        extra = ", ".join(_e(p[k]) for k in ("phone", "reach") if p.get(k))
        seen = last.get(str(p["id"]))
        when = f"laatste contact {format_date(seen)}" if seen else "nog geen contact in het boek"
        out.append(
            f"- {_e(p['name'])}: {rhythm_nl(int(p['regular_contact']))}, {when}"
            + (f" ({extra})" if extra else "")
        )
    return out


def _consents(rows: Rows) -> list[str]:
    """Per resident the organisations she has consent for (links with role 'consent')."""
    persons = {str(p["id"]): p for p in _live(rows, "persons") if p.get("status") != "closed"}
    orgs = _names(rows, "organisations")
    live_orgs = {str(o["id"]) for o in _live(rows, "organisations")}
    per: dict[str, list[str]] = {}
    for link in _live(rows, "links"):
        who, org = str(link["from_id"]), str(link["to_id"])
        if link.get("role") == "consent" and who in persons and org in live_orgs:
            per.setdefault(who, []).append(orgs[org])
    return [
        f"- {_e(persons[pid]['name'])}: {', '.join(_e(o) for o in sorted(per[pid]))}"
        for pid in sorted(per, key=lambda pid: str(persons[pid]["name"]))
    ]


def rhythm_nl(every_days: int) -> str:
    unit, n = rhythm_words(every_days)
    if unit == "week":
        return "elke week" if n == 1 else f"elke {n} weken"
    return "elke dag" if n == 1 else f"elke {n} dagen"


def _last_contacts(rows: Rows) -> dict[str, str]:
    """Newest contact date per resident, from notes and from activities she took part in."""
    last: dict[str, str] = {}

    def seen(person_id: str, day: str) -> None:
        if day > last.get(person_id, ""):
            last[person_id] = day

    for n in _live(rows, "notes"):
        seen(str(n["person_id"]), str(n["on_date"]))
    days = {str(a["id"]): str(a["on_date"]) for a in _live(rows, "activities")}
    for link in _live(rows, "links"):
        day = days.get(str(link["from_id"]))
        if day and link.get("to_kind") == "persons":
            seen(str(link["to_id"]), day)
    return last


def _organisations(rows: Rows, top: int = 10) -> list[str]:
    orgs = {str(o["id"]): o for o in _live(rows, "organisations")}
    used = Counter(
        str(link["to_id"])
        for link in _live(rows, "links")
        if link.get("to_kind") == "organisations" and str(link["to_id"]) in orgs
    )
    out = []
    for org_id, times in used.most_common(top):
        o = orgs[org_id]
        phone = f", {_e(o['phone'])}" if o.get("phone") else ""
        out.append(f"- {_e(o['name'])}{phone} ({times} keer)")
    return out


def _volunteers(rows: Rows) -> list[str]:
    running = {str(r["id"]): r for r in _live(rows, "help_requests") if r.get("status") != "done"}
    persons = _names(rows, "persons")
    vols = {str(v["id"]): v for v in _live(rows, "volunteers")}
    matches: dict[str, list[str]] = {}
    for link in _live(rows, "links"):
        request = running.get(str(link["from_id"]))
        if link.get("role") == "match" and request and str(link["to_id"]) in vols:
            matches.setdefault(str(link["to_id"]), []).append(
                persons.get(str(request["person_id"]), "")
            )
    out = []
    for vol_id, who in sorted(matches.items(), key=lambda kv: str(vols[kv[0]]["name"])):
        v = vols[vol_id]
        phone = f", {_e(v['phone'])}" if v.get("phone") else ""
        out.append(f"- {_e(v['name'])}{phone}: helpt {_e(', '.join(sorted(filter(None, who))))}")
    return out


def to_html(letter_md: str, title: str = "Overdrachtsbrief") -> str:
    body = markdown.markdown(letter_md)
    return _page(title, body)


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{_e(title)}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>\n"
    )


# ----- overzicht.html ----------------------------------------------------------------------

_SECTIONS = (
    ("persons", "Inwoners", ("name", "address", "phone", "reach", "status")),
    ("help_requests", "Hulpvragen", ("person_id", "question", "status", "opened_on")),
    ("reminders", "Herinneringen", ("due_on", "person_id", "text", "done")),
    ("organisations", "Sociale kaart", ("name", "category", "phone", "when_to_call")),
    ("contact_persons", "Contactpersonen", ("organisation_id", "name", "role", "phone")),
    ("volunteers", "Vrijwilligers", ("name", "phone", "skills", "limits")),
    ("signals", "Signalen", ("theme", "description", "status")),
    ("stories", "Verhalen", ("title", "text", "on_date")),
)
_HEADERS = {
    "name": "Naam",
    "address": "Adres",
    "phone": "Telefoon",
    "reach": "Bereikbaar",
    "status": "Stand",
    "person_id": "Inwoner",
    "question": "Vraag",
    "opened_on": "Sinds",
    "due_on": "Datum",
    "text": "Tekst",
    "done": "Klaar",
    "category": "Soort",
    "when_to_call": "Wanneer bellen",
    "organisation_id": "Organisatie",
    "role": "Rol",
    "skills": "Kan en wil",
    "limits": "Grenzen",
    "theme": "Thema",
    "description": "Omschrijving",
    "title": "Titel",
    "on_date": "Datum",
}


def overview(rows: Rows, *, owner: str, created: str) -> str:
    """Everything live in the bundle as one readable page; notes per resident."""
    names = {**_names(rows, "persons"), **_names(rows, "organisations")}
    out = [
        f"<h1>Overzicht van het dorpsboek van {_e(owner)}</h1>",
        f"<p>Gemaakt op {format_date(created)}.</p>",
    ]
    for kind, title, cols in _SECTIONS:
        live = _live(rows, kind)
        out.append(f"<h2>{title} ({len(live)})</h2>")
        if not live:
            continue
        out.append("<table><tr>" + "".join(f"<th>{_HEADERS[c]}</th>" for c in cols) + "</tr>")
        for r in live:
            out.append("<tr>" + "".join(f"<td>{_cell(r, c, names)}</td>" for c in cols) + "</tr>")
        out.append("</table>")
    out.append(_notes_section(rows, names))
    return _page("Overzicht dorpsboek", "\n".join(out))


def _cell(row: Mapping[str, Any], col: str, names: Mapping[str, str]) -> str:
    value = row.get(col)
    if col in ("person_id", "organisation_id"):
        return _e(names.get(str(value), ""))
    if col in ("due_on", "opened_on", "on_date"):
        return _e(format_date(str(value or "")))
    if col == "done":
        return "ja" if value else "nee"
    return _e(value)


def _notes_section(rows: Rows, names: Mapping[str, str]) -> str:
    by_person: dict[str, list[Mapping[str, Any]]] = {}
    for n in _live(rows, "notes"):
        by_person.setdefault(str(n["person_id"]), []).append(n)
    out = [f"<h2>Notities ({sum(len(v) for v in by_person.values())})</h2>"]
    for pid in sorted(by_person, key=lambda p: names.get(p, "")):
        out.append(f"<h3>{_e(names.get(pid, ''))}</h3><ul>")
        for n in sorted(by_person[pid], key=lambda n: str(n["on_date"]), reverse=True):
            out.append(f"<li>{format_date(str(n['on_date']))}: {_e(n.get('text'))}</li>")
        out.append("</ul>")
    return "\n".join(out)
