"""One Dorpsboek per user: a second start hands its file to the running app and quits.

Local IPC only (QLocalServer: a Unix domain socket on Linux and macOS, a named pipe on
Windows), never a network socket. The name is per user and per settings folder, so two
people on one machine, or tests with their own folders, never reach each other's app.
The server accepts only its own user (UserAccessOption). One message, one JSON line:
{"file": "<path or empty>"}; the running app answers "ok" once it has taken it.

QtNetwork (~7 ms to load) is imported only when needed: on Unix a listening server has its
socket file in the temp folder, so a start that finds none knows nobody listens without it,
and the app listens itself once its first window is painted (ui/app.py).
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QObject, Signal

from dorpsboek.paths import config_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

TIMEOUT_MS = 1500


def server_name() -> str:
    who = f"{getpass.getuser()}\n{config_dir().resolve()}".encode()
    # SHA-256 from QtCore, not hashlib: hashlib loads OpenSSL (~3 ms before the first window).
    digest = QCryptographicHash.hash(who, QCryptographicHash.Algorithm.Sha256)
    return "dorpsboek-" + bytes(digest.toHex().data()).decode("ascii")[:20]


def socket_path(name: str) -> Path:
    """Where QLocalServer puts a plain name's socket on Unix (QLocalServer.fullServerName)."""
    return Path(QDir.cleanPath(QDir.tempPath())) / name


def nobody_listens(name: str) -> bool:
    """True when certainly no server has the name: on Unix its socket file is missing.
    Elsewhere (Windows' named pipes) only trying to connect can tell."""
    return os.name == "posix" and not socket_path(name).exists()


def send_to_running(file: Path | None, name: str | None = None) -> bool:
    """True when a running Dorpsboek took the message (then this start should quit)."""
    name = name or server_name()
    if nobody_listens(name):
        return False
    from PySide6.QtNetwork import QLocalSocket  # here: see the module docstring

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False  # nobody listening: this start becomes the app
    message = {"file": str(Path(file).resolve()) if file else ""}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(TIMEOUT_MS * 2) and bytes(socket.readAll().data()) == b"ok"
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts; emits `received` with the file each one passed (or None)."""

    received = Signal(object)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer  # here: see the module docstring

        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        # A socket file left by a crashed app (nobody answered send_to_running): take it over.
        self.server.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" in buffer:
                    self._answer(socket, bytes(buffer))

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()

    def _answer(self, socket: QLocalSocket, data: bytes) -> None:
        try:
            message = json.loads(data.split(b"\n", 1)[0])
            file = str(message.get("file") or "") if isinstance(message, dict) else ""
        except ValueError:
            socket.disconnectFromServer()
            return
        socket.write(b"ok")
        socket.flush()
        self.received.emit(Path(file) if file else None)
