"""The guard that keeps every test offline really refuses internet sockets."""

from __future__ import annotations

import socket

import pytest

from tests.helpers import run_cli


def test_internet_socket_is_refused_in_tests() -> None:
    with pytest.raises(RuntimeError, match="guard"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)


def test_dns_lookup_is_refused_in_tests() -> None:
    with pytest.raises(RuntimeError, match="guard"):
        socket.getaddrinfo("example.org", 80)


def test_unix_sockets_stay_allowed() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()


def test_child_processes_are_guarded_too() -> None:
    import sys

    code = "import socket; socket.socket(socket.AF_INET)"
    import subprocess

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "guard" in result.stderr
    assert run_cli("--version").returncode == 0
