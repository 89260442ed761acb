"""Locked builds: every dependency, extra and build tool is pinned with hashes, within what
pyproject.toml allows, and the app's lock agrees with the dev lock."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)")


def pins(lock: str) -> dict[str, str]:
    """name -> version; asserts every pin carries at least one sha256 hash."""
    text = (ROOT / lock).read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", text):
        match = PIN.match(block)
        if match:
            assert "--hash=sha256:" in block, f"{match[1]} in {lock} has no hash"
            found[canonicalize_name(match[1])] = match[2]
    return found


def declared() -> tuple[list[Requirement], list[Requirement]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    app = [Requirement(r) for r in project["project"]["dependencies"]]
    extras = project["project"]["optional-dependencies"]
    tools = [Requirement(r) for group in extras.values() for r in group]
    build = [Requirement(r) for r in project["build-system"]["requires"]]
    return app, tools + build


def test_the_app_lock_pins_every_dependency_within_pyproject() -> None:
    app, _ = declared()
    locked = pins("requirements.lock")
    for requirement in app:
        version = locked[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), (requirement, version)


def test_the_dev_lock_pins_the_tools_pyinstaller_and_the_build_backend() -> None:
    app, tools = declared()
    locked = pins("requirements-dev.lock")
    for requirement in app + tools:
        version = locked[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), (requirement, version)
    assert "pyinstaller" in locked and "setuptools" in locked


def test_the_app_lock_agrees_with_the_dev_lock() -> None:
    dev = pins("requirements-dev.lock")
    for name, version in pins("requirements.lock").items():
        assert dev[name] == version, name


def test_make_installs_from_the_locks() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r $(DEV_LOCK)" in makefile
    assert "--require-hashes -r $(LOCK)" in makefile
    assert "pip install --quiet pyinstaller" not in makefile  # pinned in the lock instead
