"""One version from one place; the metainfo and the changelog announce the same release;
the build-system floor fits the metadata; the spec's per-platform choices are right."""

from __future__ import annotations

import importlib.util
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import dorpsboek

ROOT = Path(__file__).resolve().parents[2]
METAINFO = ROOT / "packaging" / "linux" / "nl.dorpsboek.Dorpsboek.metainfo.xml"


def test_the_version_is_written_only_in_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "dorpsboek.__version__"}
    for copy in ("packaging/windows/dorpsboek.iss", "packaging/windows/README.md"):
        assert dorpsboek.__version__ not in (ROOT / copy).read_text(encoding="utf-8"), copy


def test_metainfo_and_changelog_announce_the_same_release() -> None:
    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest is not None
    assert newest.get("version") == dorpsboek.__version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", changelog, re.M)
    assert releases[0] == (newest.get("version"), newest.get("date"))
    assert changelog.index("## [Unreleased]") < changelog.index(f"## [{releases[0][0]}]")


def test_build_floor_reads_the_spdx_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "EUPL-1.2"  # an SPDX expression: setuptools >= 77
    assert "setuptools>=77" in project["build-system"]["requires"]
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in licence and "Compatible Licences" in licence


def build_options() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_options", ROOT / "packaging" / "build_options.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_platform_gets_a_cli_that_prints() -> None:
    options = build_options().exe_options
    windows = options("win32")
    # A windowed exe prints nothing for --help/--json; a console one hides its own window.
    assert windows["console"] is True and windows["hide_console"] == "hide-early"
    assert windows["icon"] == "dorpsboek.ico"
    assert options("linux")["console"] is True
    assert options("darwin")["console"] is False  # a .app bundle must be windowed
    for platform in ("win32", "linux", "darwin"):
        assert (ROOT / "resources" / "icons" / options(platform)["icon"]).is_file()
    spec_text = (ROOT / "packaging" / "dorpsboek.spec").read_text(encoding="utf-8")
    assert "exe_options(sys.platform)" in spec_text
