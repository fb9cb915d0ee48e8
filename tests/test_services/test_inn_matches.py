"""A wholesaler's list of companies, often without a phone or an e-mail on the company's own
row: its ИНН is what names each, however the name is written."""

from __future__ import annotations

from pathlib import Path

from clientbase.services.import_plan import RowAction
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards, plan_for

COMPANIES = (
    "Наименование;ИНН;КПП;Адрес\n"
    "ООО «Ромашка»;7707083893;770701001;г. Москва, ул. Ленина, 5\n"
    "ИП Сидоров Пётр Иванович;500100732259;;г. Тула\n"
    "ООО «Вектор»;7728168971;;\n"
)


def imported(workspace: Workspace, path: Path, text: str) -> list[tuple[int, str, str]]:
    """Plan and save a CSV of this text; each row's line, action and reason."""
    path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    commit_import(workspace.db, workspace.settings, plan)
    return [(row.line, row.action.value, row.reason) for row in plan.rows]


def test_a_list_of_companies_imported_again_finds_each_by_its_inn(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(workspace, tmp_path / "companies.csv", COMPANIES)
    again = imported(workspace, tmp_path / "companies.csv", COMPANIES)
    assert again == [
        (2, "merge", "duplicate"),
        (3, "merge", "duplicate"),
        (4, "merge", "duplicate"),
    ]
    assert len(all_cards(workspace)) == 3


def test_a_company_written_otherwise_is_found_by_its_inn(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(workspace, tmp_path / "companies.csv", COMPANIES)
    renamed = "Наименование;ИНН;Телефон\nРомашка ООО;7707083893;+7 495 123-45-67\n"
    assert imported(workspace, tmp_path / "renamed.csv", renamed) == [(2, "merge", "duplicate")]
    romashka = next(card for card in all_cards(workspace) if card.inn == "7707083893")
    assert [phone.raw for phone in romashka.phones] == ["+7 495 123-45-67"]


def test_a_companys_branches_are_told_apart_by_their_kpp(
    workspace: Workspace, tmp_path: Path
) -> None:
    branches = (
        "Наименование;ИНН;КПП\n"
        "ООО «Ромашка», Москва;7707083893;770701001\n"
        "ООО «Ромашка», Тула;7707083893;710701001\n"
    )
    assert imported(workspace, tmp_path / "branches.csv", branches) == [
        (2, "new", ""), (3, "new", ""),
    ]  # fmt: skip
    again = imported(workspace, tmp_path / "branches.csv", branches)
    assert [action for _, action, _ in again] == ["merge", "merge"]
    assert len(all_cards(workspace)) == 2


def test_a_company_listed_twice_under_one_inn_is_one_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    twice = "Наименование;ИНН;Адрес\nООО «Вектор»;7728168971;г. Москва\nВектор, ООО;7728168971;\n"
    rows = imported(workspace, tmp_path / "twice.csv", twice)
    assert rows[1][1:] == (RowAction.MERGE_IN_FILE.value, "duplicate")
    [vector] = all_cards(workspace)
    assert vector.organization == "ООО «Вектор»"


def test_another_inn_under_the_same_name_is_still_asked_about(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(workspace, tmp_path / "companies.csv", COMPANIES)
    other = "Наименование;ИНН\nООО «Вектор»;7701234567\n"
    assert imported(workspace, tmp_path / "other.csv", other) == [(2, "new", "namesake")]
