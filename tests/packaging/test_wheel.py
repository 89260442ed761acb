"""The wheel is the whole app: built offline as a distribution would, it holds every module,
the translations, the icons, the manual and the licence, and an unpacked copy finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import dorpsboek

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # --no-build-isolation --no-index: no network, the build tools of the dev venv (as
    # distributions build); it also proves the build-system floor is enough.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    (built,) = out.glob("dorpsboek-*.whl")
    return built


def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_holds_every_module_resource_and_the_manual(wheel: Path) -> None:
    inside = names(wheel)
    source = ROOT / "src"
    modules = {p.relative_to(source).as_posix() for p in source.rglob("*.py")}
    assert modules - inside == set()
    resources = {
        "dorpsboek/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix in {".ts", ".png", ".svg", ".ico", ".icns"}
    }
    assert resources, "no resources in the checkout?"
    assert resources - inside == set()
    manual = {"dorpsboek/manual/handleiding.md"} | {
        f"dorpsboek/manual/img/{p.name}" for p in (ROOT / "docs" / "img").glob("*.png")
    }
    assert manual - inside == set()
    # Only the manual of docs/, not the developer documents.
    assert "dorpsboek/manual/architecture.md" not in inside


def test_wheel_metadata_has_the_one_version_and_the_licence(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        info = f"dorpsboek-{dorpsboek.__version__}.dist-info"
        meta = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        licence = archive.read(f"{info}/licenses/LICENSE").decode()
    assert meta["Version"] == dorpsboek.__version__
    assert meta["License-Expression"] == "EUPL-1.2"
    assert licence.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")


PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
import dorpsboek
from dorpsboek.ui import i18n
from dorpsboek.ui.resources import docs_dir, icon_path
app = QCoreApplication([])
keep = i18n.install(app, "en")
print(dorpsboek.__file__)
print(icon_path(256).is_file(), (docs_dir() / "handleiding.md").is_file())
print(QCoreApplication.translate("HelpWindow", "Sluiten"))
"""


def test_an_unpacked_wheel_finds_english_the_icon_and_the_manual(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")])
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    where, found, closed = probe.stdout.splitlines()
    assert Path(where).is_relative_to(site)  # the unpacked wheel, not the checkout
    assert found == "True True"
    assert closed == "Close"
