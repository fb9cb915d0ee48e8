#!/usr/bin/env bash
# Build the Linux one-folder program (dist/ClientBase) and its .tar.gz, then smoke-test it.
# Usage: installer/build_linux.sh   (BUILD_DIR=... to build elsewhere than build/linux)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BUILD_DIR:-$root/build/linux}
version=$(python3 -c "import tomllib,sys; print(tomllib.load(open(sys.argv[1],'rb'))['project']['version'])" "$root/pyproject.toml")

# A fresh environment with ClientBase installed as a regular package: the bundle then holds
# exactly what a user's install would, and nothing the developer's machine happens to have.
python3 -m venv --clear "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip
"$work/venv/bin/python" -m pip install --quiet "$root" "pyinstaller>=6.10"
"$work/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$work/pyinstaller" "$root/installer/clientbase.spec"

install -m 644 "$root/installer/clientbase.desktop" "$root/dist/ClientBase/clientbase.desktop"
install -m 644 "$root/resources/icons/clientbase.svg" "$root/dist/ClientBase/clientbase.svg"
install -m 755 "$root/installer/install_linux.sh" "$root/dist/ClientBase/install.sh"
tar -czf "$root/dist/ClientBase-$version-linux-$(uname -m).tar.gz" -C "$root/dist" ClientBase

python3 "$root/installer/smoke_test.py" "$root/dist/ClientBase"
