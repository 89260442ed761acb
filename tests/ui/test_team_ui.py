"""Overdracht > Samenwerken in the desktop app: start a team, invite a colleague, share and
fetch changes, decide a conflict; real books, real packages on disk."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dorpsboek.handover.merge import THEIRS
from dorpsboek.handover.team import actions as team
from dorpsboek.handover.team import setup
from dorpsboek.services import people
from dorpsboek.services.casebook import Casebook
from dorpsboek.store.book import Book
from dorpsboek.ui import dialogs, worker
from dorpsboek.ui.screens import handover
from dorpsboek.ui.team.conflicts_dialog import ConflictsDialog
from tests.helpers import PASSPHRASE
from tests.ui.daily_helpers import context
from tests.ui.shots import shot

BUNDLE_SECRET = "paard batterij nietje correct zonnebloem"


def test_a_team_from_start_to_a_fetched_change(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    pid = people.add_person(casebook, "Aaltje Bosma")
    screen = handover.create(context(casebook, tmp_path), None)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    box = screen.team_box
    assert box.start_button.isVisible() and not box.share_button.isVisible()
    with dialogs.recording() as answers:
        answers.preset("ask_text", "Oosterwierum", "Anna")
        box.start_team()
    assert box.share_button.isVisible()
    assert box.state.text() == "Team Oosterwierum. U bent Anna."

    invitation = tmp_path / "uitnodiging.age"
    with dialogs.recording() as answers:
        answers.preset("save_file", str(invitation))
        answers.preset("ask_passphrase", BUNDLE_SECRET, BUNDLE_SECRET)
        box.invite()
    assert invitation.exists(), box.message.text()
    bundle = setup.read_invite(invitation.read_bytes(), passphrase=BUNDLE_SECRET)
    bea_path = setup.join(bundle, tmp_path / "bea.db", PASSPHRASE, member_name="Bea")

    with Book.open(bea_path, PASSPHRASE) as bea_book:
        bea = Casebook(bea_book, actor="Bea")
        people.update_person(bea, pid, phone="0612345678")
        package = tmp_path / "van-bea.age"
        team.share(bea, package)
    with dialogs.recording() as answers:
        answers.preset("open_file", str(package))
        box.fetch()
    qtbot.waitUntil(lambda: not worker.busy(), timeout=10_000)
    assert box.message.text().startswith("Opgehaald van Bea: 0 nieuw, 1 veranderd")
    assert people.person(casebook, pid).phone == "0612345678"
    assert any(box.members.item(i).text().startswith("Bea: laatste pakket opgehaald")
               for i in range(box.members.count()))  # fmt: skip
    shot(screen, "overdracht-samenwerken", tmp_path)

    with dialogs.recording() as answers:  # the same package again: nothing new
        answers.preset("open_file", str(package))
        box.fetch()
    assert box.message.text() == "Opgehaald van Bea: niets nieuws."


def test_a_conflict_is_decided_side_by_side(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path
) -> None:
    pid = people.add_person(casebook, "Aaltje Bosma")
    team.start(casebook, "Dorp", "Anna")
    invitation = tmp_path / "u.age"
    team.invite(casebook, invitation, BUNDLE_SECRET)
    bundle = setup.read_invite(invitation.read_bytes(), passphrase=BUNDLE_SECRET)
    bea_path = setup.join(bundle, tmp_path / "bea.db", PASSPHRASE, member_name="Bea")
    package = tmp_path / "van-bea.age"
    with Book.open(bea_path, PASSPHRASE) as bea_book:
        bea = Casebook(bea_book, actor="Bea")
        people.update_person(bea, pid, phone="0611111111")
        team.share(bea, package)
    people.update_person(casebook, pid, phone="0622222222")
    preview = team.fetch(casebook, package, preview=True)
    assert len(preview.conflicts) == 1
    assert people.person(casebook, pid).phone == "0622222222"  # a preview changes nothing
    dialog = ConflictsDialog(preview.conflicts, preview.returned_by, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, 1).text() == "telefoon: 0622222222"
    assert dialog.table.item(0, 2).text() == "telefoon: 0611111111"
    shot(dialog, "samenwerken-conflict", tmp_path)
    dialog.choices[0].setCurrentIndex(dialog.choices[0].findData(THEIRS))
    report = team.fetch(casebook, package, dialog.decisions())
    assert report.conflicts == [] and people.person(casebook, pid).phone == "0611111111"


def test_a_colleague_joins_from_the_start_window(
    qtbot: QtBot, casebook: Casebook, tmp_path: Path, monkeypatch: object
) -> None:
    from dorpsboek.handover.team.package import team_of
    from dorpsboek.ui.handover.open_window import OpenHandoverDialog

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # type: ignore[attr-defined]
    pid = people.add_person(casebook, "Aaltje Bosma")
    team.start(casebook, "Oosterwierum", "Anna")
    invitation = tmp_path / "uitnodiging.age"
    team.invite(casebook, invitation, BUNDLE_SECRET)
    dialog = OpenHandoverDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with dialogs.recording() as rec:
        rec.preset("open_file", invitation)
        dialog.choose_button.click()
    dialog.passphrase.setText(BUNDLE_SECRET)
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert "uitnodiging van" in dialog.summary.text() and "Oosterwierum" in dialog.summary.text()
    target = tmp_path / "bea.db"
    dialog.target.setText(str(target))
    dialog.name.setText("Bea")
    dialog.new1.setText("eigen wachtwoord van bea 42")
    dialog.new2.setText("eigen wachtwoord van bea 42")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=10_000)
    assert "Samenwerken" in dialog.letter.toPlainText()
    opened = dialog.result_value
    try:
        assert people.person(opened.casebook, pid).name == "Aaltje Bosma"
        with opened.casebook.book.raw() as conn:
            assert team_of(conn)["member_name"] == "Bea"
    finally:
        opened.close()
