"""Files open the app: the .desktop file, the shared-mime-info type, the Windows installer's
association and the macOS document type all name the same package type and pass the file
to `dorpsboek gui FILE`. (The Inno script and the .app cannot be built here: their text is
checked; the freedesktop type is also run through update-mime-database when it exists.)"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
MIME = "application/x-dorpsboek-package"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "nl.dorpsboek.Dorpsboek.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_takes_a_package() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "dorpsboek gui %f"
    assert MIME in entry["MimeType"].split(";")


def test_the_mime_type_matches_dorpsboek_files(tmp_path: Path) -> None:
    root = ET.parse(LINUX / "nl.dorpsboek.Dorpsboek.mime.xml").getroot()
    (kind,) = root.findall("m:mime-type", NS)
    assert kind.get("type") == MIME
    assert [g.get("pattern") for g in kind.findall("m:glob", NS)] == ["*.dorpsboek"]
    assert "mime.xml" in (LINUX / "install.sh").read_text(encoding="utf-8")
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database is not installed")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "nl.dorpsboek.Dorpsboek.mime.xml", packages)
    subprocess.run([tool, str(tmp_path / "mime")], check=True, capture_output=True)
    assert "*.dorpsboek" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert MIME in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")


def test_the_windows_installer_associates_dorpsboek_files() -> None:
    script = (ROOT / "packaging" / "windows" / "dorpsboek.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in script
    assert 'Subkey: "Software\\Classes\\.dorpsboek"' in script
    assert '"{app}\\dorpsboek.exe"" gui ""%1"""' in script


def test_the_mac_app_declares_the_document_type() -> None:
    spec = (ROOT / "packaging" / "dorpsboek.spec").read_text(encoding="utf-8")
    assert '"CFBundleDocumentTypes"' in spec
    assert '"public.filename-extension": ["dorpsboek"]' in spec
