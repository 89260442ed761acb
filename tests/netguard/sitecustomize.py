"""Loaded by every Python the tests start (through PYTHONPATH): internet sockets are refused."""

from __future__ import annotations

import socket
import sys

_BLOCKED = {socket.AF_INET, socket.AF_INET6}


def _guard(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.__new__" and len(args) > 1 and args[1] in _BLOCKED:
        raise RuntimeError("Dorpsboek test guard: network socket refused")
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        sock = args[0]
        family = getattr(sock, "family", None)
        if event != "socket.connect" or family in _BLOCKED:
            raise RuntimeError(f"Dorpsboek test guard: {event} refused")


sys.addaudithook(_guard)
