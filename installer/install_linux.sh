#!/usr/bin/env bash
# Install the unpacked ClientBase folder for this user: ~/.local/lib/ClientBase, a menu entry
# and the clientbase / clientbase-cli commands in ~/.local/bin. The clients' data lives in
# ~/.local/share/ClientBase and is never touched here, so reinstalling or removing keeps it.
# Usage: ./install.sh          ./install.sh --uninstall
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lib=${XDG_DATA_HOME:-$HOME/.local/share}/../lib/ClientBase
lib=$(realpath -m "$lib")
bin=$HOME/.local/bin
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib" "$bin/clientbase" "$bin/clientbase-cli" "$apps/clientbase.desktop" \
        "$icons/clientbase.svg"
    echo "ClientBase removed; your bases and backups stay in ~/.local/share/ClientBase."
    exit 0
fi

mkdir -p "$lib" "$bin" "$apps" "$icons"
cp -a "$here/." "$lib/"
ln -sf "$lib/clientbase" "$bin/clientbase"
ln -sf "$lib/clientbase-cli" "$bin/clientbase-cli"
sed "s|^Exec=.*|Exec=$lib/clientbase %f|" "$here/clientbase.desktop" > "$apps/clientbase.desktop"
cp "$here/clientbase.svg" "$icons/clientbase.svg"
echo "ClientBase installed: find it in the menu, or run 'clientbase'."
