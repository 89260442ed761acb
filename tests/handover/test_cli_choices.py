"""The command line decides per record (`--theirs/--mine/--delete ID`) and names the owner
(`--owner`), through the real `dorpsboek` command on real books."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dorpsboek.cli.main import main
from dorpsboek.demo.generator import generate
from dorpsboek.domain.records import Kind
from dorpsboek.errors import NotFound
from dorpsboek.handover import emergency, handback
from dorpsboek.handover import open as opening
from dorpsboek.handover.owner import stored_owner_name
from dorpsboek.services.casebook import Casebook
from dorpsboek.store import dump, handover_state
from dorpsboek.store.book import Book
from tests.handover.conftest import BUNDLE_PASSPHRASE, NEW_PASSPHRASE, SMALL
from tests.helpers import PASSPHRASE

ZERO_ID = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(autouse=True)
def _passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DORPSBOEK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DORPSBOEK_BUNDLE_PASSPHRASE", BUNDLE_PASSPHRASE)
    monkeypatch.setenv("DORPSBOEK_LANG", "nl")


@pytest.fixture
def anna(tmp_path: Path) -> Path:
    """A closed village book the command can open."""
    path = tmp_path / "anna.db"
    with Book.create(path, PASSPHRASE) as book:
        generate(book, SMALL, seed=3)
    return path


@dataclass(frozen=True)
class Return:
    file: Path
    theirs: str  # conflict to decide for the colleague
    mine: str  # conflict to decide for Anna
    gone: str  # deleted by the colleague, waiting for confirmation


@pytest.fixture
def returned(anna: Path, tmp_path: Path) -> Iterator[Return]:
    """A return bundle with two conflicts and one deletion waiting for her tick."""
    with Book.open(anna, PASSPHRASE) as book:
        setup = emergency.setup(book)
        stick = tmp_path / "stick"
        stick.mkdir()
        data = emergency.refresh(book, stick).read_bytes()
        people = [r["id"] for r in dump.read_all(book)["persons"] if not r["deleted_at"]][:3]
    target = opening.open_into(
        emergency.read_bundle(data, setup.secret), tmp_path / "bram.db", NEW_PASSPHRASE
    )
    with Book.open(target, NEW_PASSPHRASE) as colleague:
        bram = Casebook(colleague, actor="Bram")
        bram.update(Kind.PERSON, people[0], {"phone": "06-van-bram-0"})
        bram.update(Kind.PERSON, people[1], {"phone": "06-van-bram-1"})
        bram.delete(Kind.PERSON, people[2])
        back = tmp_path / "terug.dorpsboek"
        back.write_bytes(handback.make_return(colleague))
    with Book.open(anna, PASSPHRASE) as book:
        mine = Casebook(book, actor="Anna")
        mine.update(Kind.PERSON, people[0], {"phone": "06-van-anna-0"})
        mine.update(Kind.PERSON, people[1], {"phone": "06-van-anna-1"})
    yield Return(back, people[0], people[1], people[2])


def _merge(anna: Path, ret: Return, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple:
    code = main(["--book", str(anna), "handover", "merge", str(ret.file), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def _state(anna: Path) -> tuple:
    with Book.open(anna, PASSPHRASE) as book:
        return dump.read_all(book), dump.read_audit(book), handover_state.all_issued(book)


def _phone(anna: Path, person_id: str) -> str:
    with Book.open(anna, PASSPHRASE) as book:
        return str(Casebook(book).get(Kind.PERSON, person_id)["phone"])


def test_report_shows_the_ids_to_copy(
    anna: Path, returned: Return, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _merge(anna, returned, capsys)
    assert code == 0
    for record_id in (returned.theirs, returned.mine, returned.gone):
        assert f"(nummer {record_id})" in out
    assert "--theirs NUMMER" in out and "--delete NUMMER" in out
    code, out, _ = _merge(anna, returned, capsys, "--json")
    shape = json.loads(out)
    assert {c["id"] for c in shape["conflicts"]} == {returned.theirs, returned.mine}
    assert shape["pending_deletions"] == [["persons", returned.gone]]


def test_per_record_choices_then_nothing_is_left(
    anna: Path, returned: Return, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _merge(
        anna, returned, capsys,
        "--theirs", returned.theirs, "--mine", f"persons:{returned.mine}",
        "--delete", returned.gone, "--json",
    )  # fmt: skip
    assert code == 0, err
    shape = json.loads(out)
    assert shape["conflicts"] == [] and shape["pending_deletions"] == []
    assert shape["resolved"] == [["persons", returned.theirs]]
    assert shape["kept"] == [["persons", returned.mine]]
    assert shape["deleted"] == [["persons", returned.gone]]
    assert _phone(anna, returned.theirs) == "06-van-bram-0"
    assert _phone(anna, returned.mine) == "06-van-anna-1"
    with Book.open(anna, PASSPHRASE) as book, pytest.raises(NotFound):
        Casebook(book).get(Kind.PERSON, returned.gone)
    before = _state(anna)
    code, out, _ = _merge(anna, returned, capsys)
    assert code == 0 and "Er was niets nieuws in dit terugpakket." in out
    assert "nummer" not in out
    assert _state(anna) == before


def test_an_unknown_id_changes_nothing(
    anna: Path, returned: Return, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(anna)
    code, out, err = _merge(anna, returned, capsys, "--theirs", returned.theirs, "--mine", ZERO_ID)
    assert code == 2 and out == ""
    assert err.strip() == (
        f"Het nummer {ZERO_ID} staat niet bij de conflicten of de wachtende verwijderingen "
        "van dit terugpakket; er is niets veranderd."
    )
    # a deletion is not a conflict, and a conflict is not a deletion
    assert _merge(anna, returned, capsys, "--theirs", returned.gone)[0] == 2
    assert _merge(anna, returned, capsys, "--delete", returned.mine)[0] == 2
    assert _merge(anna, returned, capsys, "--mine", f"notes:{returned.mine}")[0] == 2
    code, _, err = _merge(
        anna, returned, capsys, "--theirs", returned.mine, "--mine", returned.mine
    )
    assert code == 2 and "zowel --theirs als --mine" in err
    assert _state(anna) == before


def test_an_unknown_id_in_english(
    anna: Path,
    returned: Return,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DORPSBOEK_LANG", "en")
    code, _, err = _merge(anna, returned, capsys, "--delete", ZERO_ID)
    assert code == 2 and "is not among the conflicts" in err
    code, out, _ = _merge(anna, returned, capsys)
    assert f"(id {returned.mine})" in out and "--theirs ID" in out


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_export_owner_is_on_the_bundle_and_remembered(
    anna: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, letter = tmp_path / "overdracht.dorpsboek", tmp_path / "sleutelbrief.pdf"
    args = ["--book", str(anna), "handover", "export", "-o", str(bundle)]
    assert main([*args, "--owner", " ", "--scope", "active"]) == 2
    assert capsys.readouterr().err.strip() == "Uw naam ontbreekt: zet uw naam achter --owner."
    assert not bundle.exists()
    guessed = tmp_path / "zonder-naam.dorpsboek"
    assert main(["--book", str(anna), "handover", "export", "-o", str(guessed)]) == 0
    assert "Geef met --owner uw eigen naam" in capsys.readouterr().out
    code = main([*args, "--owner", "Anna  de Vries", "--sleutelbrief", str(letter)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "--owner" not in out
    assert main(["handover", "inspect", str(bundle), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created_by"] == "Anna de Vries"
    assert "Anna de Vries" in _pdf_text(letter)
    with Book.open(anna, PASSPHRASE) as book:
        assert stored_owner_name(book) == "Anna de Vries"
    bundle_data = opening.read_with_passphrase(bundle.read_bytes(), BUNDLE_PASSPHRASE)
    target = opening.open_into(bundle_data, tmp_path / "bram.db", NEW_PASSPHRASE)
    from dorpsboek.services.handover_state import current_handover

    with Book.open(target, NEW_PASSPHRASE) as colleague:
        info = current_handover(Casebook(colleague))
        assert info is not None and info.owner == "Anna de Vries"


def test_emergency_setup_owner_on_the_noodblad_and_the_bundle(
    anna: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stick, sheet = tmp_path / "stick", tmp_path / "noodblad.pdf"
    stick.mkdir()
    code = main(["--book", str(anna), "emergency", "setup", "-o", str(sheet),
                 "--dir", str(stick), "--owner", "Anna de Vries"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text = _pdf_text(sheet)
    key = "".join(text.split("De sleutel", 1)[1].split("Wie deze sleutel")[0].split())
    assert "Anna de Vries" in text
    bundle = emergency.read_bundle((stick / emergency.BUNDLE_NAME).read_bytes(), key)
    assert bundle.manifest["created_by"] == "Anna de Vries"
    with Book.open(anna, PASSPHRASE) as book:
        assert stored_owner_name(book) == "Anna de Vries"
