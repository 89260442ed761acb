"""The .deb: built with dpkg-deb from an app folder (here a stand-in for the PyInstaller
folder, which CI builds and installs for real), with the layout and fields a package needs."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import dorpsboek

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")


def build_deb() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_deb", ROOT / "packaging" / "linux" / "build_deb.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_app(folder: Path) -> Path:
    """An executable and an ELF-like library that asks for GLIBC_2.36."""
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "dorpsboek"
    exe.write_text("#!/bin/sh\necho dorpsboek\n")
    exe.chmod(0o755)
    (folder / "_internal" / "libexpat.so.1").write_bytes(
        b"\x7fELF" + b"\x00" * 60 + b"GLIBC_2.17\x00GLIBC_2.36\x00GLIBC_2.4\x00"
    )
    (folder / "_internal" / "notes.txt").write_bytes(b"GLIBC_2.99\x00")  # not ELF: ignored
    return folder


def test_the_glibc_floor_is_the_newest_version_an_elf_file_asks_for(tmp_path: Path) -> None:
    assert build_deb().glibc_floor(fake_app(tmp_path / "app")) == "2.36"


@pytest.fixture
def strict_umask() -> Iterator[None]:
    """The umask the app's CLI sets (077): the build must not depend on a lenient one."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("strict_umask")
def test_the_deb_holds_the_app_the_command_and_the_desktop_integration(tmp_path: Path) -> None:
    deb = build_deb().build(fake_app(tmp_path / "app"), tmp_path / "out", arch="amd64")
    assert deb.name == f"dorpsboek_{dorpsboek.__version__}_amd64.deb"
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for needed in (
        "./opt/dorpsboek/dorpsboek",
        "./usr/bin/dorpsboek -> /opt/dorpsboek/dorpsboek",
        "./usr/share/applications/nl.dorpsboek.Dorpsboek.desktop",
        "./usr/share/metainfo/nl.dorpsboek.Dorpsboek.metainfo.xml",
        "./usr/share/mime/packages/nl.dorpsboek.Dorpsboek.xml",
        "./usr/share/icons/hicolor/256x256/apps/nl.dorpsboek.Dorpsboek.png",
        "./usr/share/icons/hicolor/scalable/apps/nl.dorpsboek.Dorpsboek.svg",
    ):
        assert needed in listing, needed
    assert "root/root" in listing and "-rwxr-xr-x root/root" in listing

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert field("Package") == "dorpsboek"
    assert field("Version") == dorpsboek.__version__
    assert field("Depends").startswith("libc6 (>= 2.36), libegl1")
