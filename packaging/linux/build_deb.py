"""Build the Linux .deb from the PyInstaller folder: dpkg-deb only, no other packaging tools.

Usage: python packaging/linux/build_deb.py dist/dorpsboek dist
Layout: the app folder under /opt/dorpsboek, /usr/bin/dorpsboek (a link into it), the
.desktop file, AppStream metainfo, icons and the MIME type of handover packages under
/usr/share. dpkg's triggers of shared-mime-info, desktop-file-utils and the icon cache
pick those up; the package needs no maintainer scripts.
Depends: the glibc floor (the newest GLIBC_x.y that any bundled ELF file asks for) and the
libraries Qt loads from the system even offscreen (EGL/GL, xkbcommon, fontconfig, D-Bus).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_ID = "nl.dorpsboek.Dorpsboek"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SYSTEM_LIBS = ("libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3")
GLIBC = re.compile(rb"GLIBC_2\.(\d+)(?:\.\d+)?\x00")


def version() -> str:
    text = (ROOT / "src" / "dorpsboek" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert found, "no __version__"
    return found[1]


def glibc_floor(folder: Path) -> str:
    """The newest glibc symbol version the bundled ELF files name (2.17 when none do)."""
    newest = 17
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) != b"\x7fELF":
                    continue
                data = fh.read()
            newest = max([newest, *(int(m) for m in GLIBC.findall(data))])
    return f"2.{newest}"


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def control(version: str, arch: str, glibc: str, size_kib: int) -> str:
    depends = ", ".join([f"libc6 (>= {glibc})", *SYSTEM_LIBS])
    return (
        f"Package: dorpsboek\nVersion: {version}\nArchitecture: {arch}\n"
        "Maintainer: Dorpsboek <dorpsboek@example.invalid>\n"
        f"Installed-Size: {size_kib}\nDepends: {depends}\nSection: misc\nPriority: optional\n"
        "Description: offline, encrypted casebook for a village supporter\n"
        " Dorpsboek keeps the notes of a Dutch dorpsondersteuner (village supporter):\n"
        " residents, help requests, the social map, volunteers and handover packages,\n"
        " in one encrypted file. It never opens a network connection.\n"
    )


def stage(app: Path, root: Path) -> None:
    shutil.copytree(app, root / "opt" / "dorpsboek", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "dorpsboek").symlink_to("/opt/dorpsboek/dorpsboek")
    share = root / "usr" / "share"
    for folder, name, target in (
        ("applications", f"{APP_ID}.desktop", f"{APP_ID}.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml", f"{APP_ID}.metainfo.xml"),
        ("mime/packages", f"{APP_ID}.mime.xml", f"{APP_ID}.xml"),
    ):
        (share / folder).mkdir(parents=True)
        shutil.copy(HERE / name, share / folder / target)
    icons = ROOT / "resources" / "icons"
    for size in SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(icons / f"dorpsboek-{size}.png", folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "dorpsboek.svg", scalable / f"{APP_ID}.svg")
    # Files as dpkg expects them, whatever the umask was (the app's CLI sets 077, and so
    # may a careful packager): the root itself too, or dpkg-deb refuses the package.
    root.chmod(0o755)
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)


def build(app: Path, out: Path, arch: str | None = None) -> Path:
    arch = arch or architecture()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        stage(app, root)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN").chmod(0o755)  # mkdir's mode is cut by the umask; dpkg needs 0755
        (root / "DEBIAN" / "control").write_text(
            control(version(), arch, glibc_floor(app), size), encoding="utf-8"
        )
        (root / "DEBIAN" / "control").chmod(0o644)
        target = out / f"dorpsboek_{version()}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "--build", str(root), str(target)],
            check=True, capture_output=True,
        )  # fmt: skip
    return target


if __name__ == "__main__":
    made = build(Path(sys.argv[1]), Path(sys.argv[2]))
    print(made)
