#!/usr/bin/env bash
# Install the built one-folder app for the current user: ~/.local/opt/dorpsboek, a launcher,
# the desktop entry, AppStream metainfo and icons. Usage: packaging/linux/install.sh [dist-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dist="${1:-$root/dist/dorpsboek}"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/dorpsboek"
mkdir -p "$opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/metainfo"
cp -a "$dist/." "$opt/"
ln -sf "$opt/dorpsboek" "$HOME/.local/bin/dorpsboek"
cp "$here/nl.dorpsboek.Dorpsboek.desktop" "$prefix/applications/"
cp "$here/nl.dorpsboek.Dorpsboek.metainfo.xml" "$prefix/metainfo/"
# Handover and return packages open Dorpsboek on a double-click.
mkdir -p "$prefix/mime/packages"
cp "$here/nl.dorpsboek.Dorpsboek.mime.xml" "$prefix/mime/packages/"
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$prefix/mime" || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$prefix/applications" || true
fi
for size in 16 24 32 48 64 128 256 512; do
  dir="$prefix/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$root/resources/icons/dorpsboek-$size.png" "$dir/nl.dorpsboek.Dorpsboek.png"
done
mkdir -p "$prefix/icons/hicolor/scalable/apps"
cp "$root/resources/icons/dorpsboek.svg" "$prefix/icons/hicolor/scalable/apps/nl.dorpsboek.Dorpsboek.svg"
echo "Dorpsboek is geïnstalleerd. Start het via het menu of met: dorpsboek"
