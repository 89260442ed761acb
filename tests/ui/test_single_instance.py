"""One Dorpsboek per user: a second start hands its package to the running app over local
IPC and quits; a double-clicked package opens the right window."""

from __future__ import annotations

import getpass
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pyrage
import pytest
from pytestqt.qtbot import QtBot

from dorpsboek.handover import actions
from dorpsboek.paths import config_dir
from dorpsboek.settings import Settings
from dorpsboek.ui.app import INSTANCE_PROBE, Shell
from dorpsboek.ui.single_instance import server_name


@pytest.fixture(scope="module")
def handover_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real age file sealed with a passphrase, as a handover package is."""
    path = tmp_path_factory.mktemp("pakket") / "overdracht.dorpsboek"
    path.write_bytes(pyrage.passphrase.encrypt(b"proef", "molen kers dansen"))
    return path


def sealed_to_key(path: Path) -> Path:
    identity = pyrage.x25519.Identity.generate()
    path.write_bytes(pyrage.encrypt(b"proef", [identity.to_public()]))
    return path


def test_the_server_name_is_the_one_earlier_versions_listen_on() -> None:
    """Hashed with QtCore now (cold start), but the same name, so a newer start still finds
    an older Dorpsboek that is already running."""
    who = f"{getpass.getuser()}\n{config_dir().resolve()}"
    assert server_name() == "dorpsboek-" + hashlib.sha256(who.encode()).hexdigest()[:20]


def test_a_package_is_told_apart_by_its_header_and_name(
    handover_package: Path, tmp_path: Path
) -> None:
    assert actions.package_kind(handover_package) == actions.HANDOVER
    assert actions.package_kind(sealed_to_key(tmp_path / "terug.dorpsboek")) == actions.RETURN
    emergency = sealed_to_key(tmp_path / "dorpsboek-noodpakket.age")
    assert actions.package_kind(emergency) == actions.EMERGENCY


def test_a_handover_package_opens_in_the_handover_window(
    qtbot: QtBot, handover_package: Path, tmp_path: Path
) -> None:
    shell = Shell(tmp_path / "geen-boek.db", Settings(tmp_path / "settings.json"))
    qtbot.addWidget(shell.start)
    shell.show()
    shell.receive(handover_package)
    dialog = shell.handover_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.pages.currentIndex() == 1  # the package is chosen: asking its passphrase
    assert dialog.file_label.text() == str(handover_package)
    dialog.reject()


def start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, INSTANCE_PROBE: "1", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "dorpsboek.cli.main", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def wait_for(process: subprocess.Popen[str], word: str, timeout: float = 60) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if word in line:
            return line
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"no {word!r}; stderr: {process.stderr.read() if process.stderr else ''}")


def test_a_second_start_hands_its_package_to_the_running_app(
    tmp_path: Path, handover_package: Path
) -> None:
    book = str(tmp_path / "boek.db")
    first = start("--book", book, "gui")
    try:
        wait_for(first, "listening")
        began = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "dorpsboek.cli.main", "--book", book, "gui",
             str(handover_package)],
            capture_output=True, text=True, timeout=60,
            env={**os.environ, INSTANCE_PROBE: "1", "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert "handed-over" in second.stdout and "listening" not in second.stdout
        assert time.monotonic() - began < 30
        received = wait_for(first, "received")
        assert str(handover_package) in received
        assert first.poll() is None  # the first app runs on, now showing the package
    finally:
        first.kill()  # like a crash: its socket file stays behind
        first.wait(timeout=30)
    # The next start finds nobody answering on the left-over name and becomes the app.
    again = start("--book", book, "gui")
    try:
        wait_for(again, "listening")
    finally:
        again.kill()
        again.wait(timeout=30)


@pytest.mark.skipif(os.name != "posix", reason="named pipes on Windows have no socket file")
def test_a_start_finds_no_socket_file_exactly_when_nobody_listens(tmp_path: Path) -> None:
    """The cheap check before the first window (no QtNetwork) looks where Qt listens."""
    from dorpsboek.ui.single_instance import InstanceServer, nobody_listens, socket_path

    name = f"dorpsboek-test-{os.getpid()}"
    assert nobody_listens(name)
    server = InstanceServer(name)
    try:
        assert server.listen()
        assert Path(server.server.fullServerName()) == socket_path(name)
        assert not nobody_listens(name)
    finally:
        server.close()
    assert nobody_listens(name)
