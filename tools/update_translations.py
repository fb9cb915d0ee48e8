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
# English is the language of the sources, but «%n client(s)» needs its two forms.
PLURALS_ONLY = ("en",)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "clientbase").rglob("*.py"))


def main() -> int:
    for language in LANGUAGES + PLURALS_ONLY:
        ts = TRANSLATIONS / f"clientbase_{language}.ts"
        only = ["-pluralonly"] if language in PLURALS_ONLY else []
        subprocess.run(
            ["pyside6-lupdate", *sources(), *only, "-no-obsolete", "-target-language", language,
             "-ts", str(ts)],
            cwd=ROOT, check=True,
        )  # fmt: skip
        subprocess.run(
            ["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
