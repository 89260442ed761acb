"""One Dorpsboek per user: a second start hands its file to the running app and quits.

Local IPC only (QLocalServer: a Unix domain socket on Linux and macOS, a named pipe on
Windows), never a network socket. The name is per user and per settings folder, so two
people on one machine, or tests with their own folders, never reach each other's app.
The server accepts only its own user (UserAccessOption). One message, one JSON line:
{"file": "<path or empty>"}; the running app answers "ok" once it has taken it.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from dorpsboek.paths import config_dir

TIMEOUT_MS = 1500


def server_name() -> str:
    who = f"{getpass.getuser()}\n{config_dir().resolve()}".encode()
    # SHA-256 from QtCore, not hashlib: hashlib loads OpenSSL (~3 ms before the first window).
    digest = QCryptographicHash.hash(who, QCryptographicHash.Algorithm.Sha256)
    return "dorpsboek-" + bytes(digest.toHex().data()).decode("ascii")[:20]


def send_to_running(file: Path | None, name: str | None = None) -> bool:
    """True when a running Dorpsboek took the message (then this start should quit)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
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
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        # A socket file left by a crashed app (nobody answered send_to_running): take it over.
        QLocalServer.removeServer(self.name)
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
