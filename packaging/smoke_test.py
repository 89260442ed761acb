"""Smoke test of the built app: the frozen `dorpsboek` runs the CLI and starts the window.

Usage: python packaging/smoke_test.py dist/dorpsboek/dorpsboek
Checks: --version; init/note/search/verify on a fresh book; a handover export and inspect
(age and msgspec inside the frozen app); `gui --demo` offscreen shows the
main window with the demo book and quits by itself (DORPSBOEK_QUIT_AFTER_MS) with exit 0.
For an installed wheel (a `python` beside the `dorpsboek` script): English, the icon and
the manual are found inside the installed package, not in a checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run(exe: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                            timeout=180)
    print(f"$ dorpsboek {' '.join(args)} -> {result.returncode}")
    return result


WHOLE_APP = """
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


def installed_wheel_is_whole(python: Path, env: dict[str, str]) -> bool:
    result = subprocess.run([str(python), "-c", WHOLE_APP], capture_output=True, text=True,
                            env=env, timeout=120)
    print(f"$ python -c <translations, icon, manual> -> {result.returncode}")
    lines = result.stdout.splitlines()
    inside = len(lines) == 3 and Path(lines[0]).is_relative_to(python.parent.parent)
    return result.returncode == 0 and inside and lines[1:] == ["True True", "Close"]


def main() -> int:
    exe = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp,
               "XDG_DATA_HOME": f"{tmp}/data", "XDG_CONFIG_HOME": f"{tmp}/config",
               "DORPSBOEK_PASSPHRASE": "smoke test wachtwoord",
               "DORPSBOEK_NEW_PASSPHRASE": "smoke test wachtwoord"}
        book = f"{tmp}/boek.db"
        checks = [
            run(exe, "--version", env=env).returncode == 0,
            run(exe, "--book", book, "init", env=env).returncode == 0,
            run(exe, "--book", book, "note", "Proef Persoon", "Rookproef #test", env=env)
            .returncode == 0,
        ]
        found = run(exe, "--book", book, "search", "rookpr", "--json", env=env)
        checks.append(found.returncode == 0 and len(json.loads(found.stdout)["hits"]) == 1)
        checks.append(run(exe, "--book", book, "verify", env=env).returncode == 0)
        # The handover bundle: age (pyrage) and JSON Lines (msgspec) inside the frozen app.
        bundle = f"{tmp}/overdracht.dorpsboek"
        handover_env = {**env, "DORPSBOEK_BUNDLE_PASSPHRASE": "molen kers dansen haven blauw"}
        made = run(exe, "--book", book, "handover", "export", "-o", bundle, "--owner", "Rook",
                   env=handover_env)
        checks.append(made.returncode == 0)
        seen = run(exe, "handover", "inspect", bundle, "--json", env=handover_env)
        checks.append(seen.returncode == 0 and json.loads(seen.stdout)["counts"]["notes"] == 1)
        python = exe.parent / "python"
        if python.exists():  # a venv with the wheel installed
            checks.append(installed_wheel_is_whole(python, env))
        gui = run(exe, "gui", "--demo", env={**env, "DORPSBOEK_QUIT_AFTER_MS": "4000"})
        shown = "DORPSBOEK_MAIN_SHOWN" in gui.stdout
        checks.append(gui.returncode == 0 and shown and "Traceback" not in gui.stderr)
        if gui.returncode != 0:
            print(gui.stderr[-2000:])
    print("smoke:", "ok" if all(checks) else f"FAILED {checks}")
    return 0 if all(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
