"""A small town's list keeps landline numbers without their area code: «52-34-56». They were
«not a phone number», as a typo is; they are now told as local numbers, and an area code the
person gives (the wizard's field, `clientbase-cli import --area-code`) makes them whole."""

from pathlib import Path

import pytest

from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.phones import area_code
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import TODAY

LIST = (
    "ФИО;Телефон\n"
    "Иванова Мария;52-34-56\n"
    "Петров Олег;8 916 111-22-33, 52-34-57\n"  # beside a mobile in one cell
    "Сидоров Ян;12-34\n"  # four digits: no number of any town
)


def planned(workspace: Workspace, path: Path, local_area: str = ""):
    table, header, mapping = read_plan_source(path)
    return plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, today=TODAY,
        local_area=local_area,
    )  # fmt: skip


def test_a_local_number_is_told_as_one(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "town.csv"
    path.write_text(LIST, encoding="utf-8")
    assert [(p.line, p.value, p.code) for p in planned(workspace, path).problems()] == [
        (2, "52-34-56", "phone_local"), (3, "52-34-57", "phone_local"),
        (4, "12-34", "phone_invalid"),
    ]  # fmt: skip


def test_the_area_code_given_makes_them_whole(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "town.csv"
    path.write_text(LIST + "Орлова Вера;123-45-67\n", encoding="utf-8")
    plan = planned(workspace, path, "4822")
    phones = {row.line: [p.raw for p in row.data.phones] for row in plan.rows if row.data}
    assert phones[2] == ["4822 52-34-56"]
    assert phones[3] == ["8 916 111-22-33", "4822 52-34-57"]
    # Seven digits after a code of four make no number of Tver: named as a wrong one.
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (4, "12-34", "phone_invalid"), (5, "4822 123-45-67", "phone_invalid"),
    ]  # fmt: skip
    [ivanova] = [row for row in plan.rows if row.line == 2]
    assert ivanova.valid is not None and ivanova.valid.phones[0].e164 == "+74822523456"


def test_a_code_column_of_the_sheet_wins_over_the_one_given(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "codes.csv"
    path.write_text("ФИО;Код города;Телефон\nИванова Мария;495;123-45-67\n", encoding="utf-8")
    [row] = planned(workspace, path, "4822").rows
    assert row.data is not None and [p.raw for p in row.data.phones] == ["495 123-45-67"]


@pytest.mark.parametrize(
    ("typed", "code"), [("4822", "4822"), (" (4822) ", "4822"), ("8 4822", "84822"), ("", "")]
)
def test_an_area_code_as_typed(typed: str, code: str) -> None:
    assert area_code(typed) == code


@pytest.mark.parametrize("typed", ["abc", "4", "1234567", "48-22", "+7 4822"])
def test_what_is_no_area_code_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        area_code(typed)
