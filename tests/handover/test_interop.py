"""Bundles are plain age files: the reference `age` tool decrypts them, and the archive inside
validates against its manifest without any Dorpsboek code."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from dorpsboek.handover import export
from dorpsboek.store.book import Book
from tests.handover.conftest import BUNDLE_PASSPHRASE, Kit

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(AGE is None, reason="the reference age tool is not installed")


def _validate_without_dorpsboek(plaintext: bytes) -> dict[str, object]:
    """An independent reader: unzip, read the manifest, check every member's hash and size."""
    zf = zipfile.ZipFile(io.BytesIO(plaintext))
    manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format"] == "dorpsboek-bundle" and manifest["format_version"] == 1
    names = set(zf.namelist()) - {"manifest.json"}
    assert names == set(manifest["members"])
    for name, entry in manifest["members"].items():
        data = zf.read(name)
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
    for name in ("brief.md", "brief.html", "overzicht.html", "handover.json"):
        assert name in names
    overview = zf.read("overzicht.html").decode()
    assert "<script" not in overview and "http" not in overview.split("<body>")[1]
    return dict(manifest)


def test_emergency_bundle_decrypts_with_age_and_its_identity(kit: Kit, tmp_path: Path) -> None:
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(kit.secret + "\n")
    bundle = tmp_path / "nood.age"
    bundle.write_bytes(kit.data)
    result = subprocess.run(
        [str(AGE), "-d", "-i", str(keyfile), str(bundle)], capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    manifest = _validate_without_dorpsboek(result.stdout)
    assert manifest["kind"] == "emergency"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_handover_bundle_decrypts_with_age_and_the_passphrase(
    village: Book, tmp_path: Path
) -> None:
    import pty

    bundle = tmp_path / "overdracht.dorpsboek"
    bundle.write_bytes(export.export_handover(village, BUNDLE_PASSPHRASE, export.ExportOptions()))
    out = tmp_path / "inhoud.zip"
    # age reads a passphrase only from the terminal, so give it one.
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvp(str(AGE), [str(AGE), "-d", "-o", str(out), str(bundle)])
    seen = b""
    deadline = time.monotonic() + 30
    while b"passphrase" not in seen.lower() and time.monotonic() < deadline:
        seen += os.read(fd, 1024)
    os.write(fd, BUNDLE_PASSPHRASE.encode() + b"\n")
    while True:
        try:
            if not os.read(fd, 1024):
                break
        except OSError:
            break
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    manifest = _validate_without_dorpsboek(out.read_bytes())
    assert manifest["kind"] == "handover"
