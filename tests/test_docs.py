"""The user guides and the README show pictures that exist, in both languages."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.mark.parametrize("page", ["README.md", "docs/guide-ru.md", "docs/guide-en.md"])
def test_every_picture_of_a_page_exists(page: str) -> None:
    path = ROOT / page
    pictures = IMAGE.findall(path.read_text(encoding="utf-8"))
    assert pictures
    missing = [p for p in pictures if not (path.parent / p).is_file()]
    assert missing == []


def test_the_two_guides_tell_the_same_story() -> None:
    def outline(page: str) -> tuple[int, int]:
        text = (ROOT / page).read_text(encoding="utf-8")
        return text.count("\n## "), len(IMAGE.findall(text))

    assert outline("docs/guide-ru.md") == outline("docs/guide-en.md")
