"""Collect the interface texts into resources/translations/*.ts and compile the .qm files.

Run after changing user-visible strings: `python tools/update_translations.py`, then
translate the entries marked unfinished (Qt Linguist, or by hand) and run it again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru",)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "clientbase").rglob("*.py"))


def main() -> int:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"clientbase_{language}.ts"
        subprocess.run(
            ["pyside6-lupdate", *sources(), "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True
        )
        subprocess.run(
            ["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
