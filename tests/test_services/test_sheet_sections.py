import pytest

from clientbase.services.sheet_sections import heading_tag


@pytest.mark.parametrize(
    ("cells", "tag"),
    [
        (["А", None, None], ""),  # an alphabetical list's divider
        (["Б.", None], ""),
        (["VIP клиенты", "VIP клиенты", "VIP клиенты"], "VIP клиенты"),  # merged across
        (["Оптовики:", None], "Оптовики"),
        (["Январь 2024", None], "Январь 2024"),
        ([None, "Сезон 2023"], "Сезон 2023"),
    ],
)
def test_a_heading_and_the_tag_it_gives(cells: list[object], tag: str) -> None:
    assert heading_tag(cells) == tag


@pytest.mark.parametrize(
    "cells",
    [
        ["Иванова Мария", None],  # a client with a name alone
        ["Иванов Иван 1985", None],  # a year typed beside the name
        ["Мария Петровна:", None],
        ["Итого:", None],
        ["Иванов Иван", "89161112233"],
        [None, "89161112233"],  # a second phone in the row below
        ["12", None],
    ],
)
def test_a_client_or_a_total_is_no_heading(cells: list[object]) -> None:
    assert heading_tag(cells) is None
