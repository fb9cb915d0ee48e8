"""The printed client list: the rows of the view in its order, every page numbered."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clientbase.db.enums import ClientStatus
from clientbase.errors import ExportError
from clientbase.reports.client_list import ListOptions, write_client_list
from clientbase.services.client_query import ClientQuery, SortKey, find_client_ids
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_reports.pdf_text import page_size, pages_text


@pytest.fixture
def shop(workspace: Workspace) -> list[int]:
    ids = [
        workspace.clients.create(
            person("Щербакова", "Алёна", "Юрьевна", phones=("8 916 123-45-67",), city="Москва")
        ),
        workspace.clients.create(
            person("Иванов", "Пётр", emails=("petr@example.ru",), status=ClientStatus.REGULAR)
        ),
    ]
    workspace.purchases.add(ids[0], PurchaseInput(date(2026, 5, 1), total=Decimal("1234.5")))
    workspace.purchases.add(ids[1], PurchaseInput(date(2026, 6, 1), total=Decimal("100")))
    return ids


def test_list_prints_the_rows_in_the_order_given_with_totals(
    workspace: Workspace, shop: list[int], tmp_path: Path
) -> None:
    path = tmp_path / "list.pdf"
    ids = find_client_ids(workspace.db, ClientQuery(sort=SortKey.TOTAL_SPENT, descending=True))
    options = ListOptions(
        columns=[SortKey.NAME, SortKey.PHONE, SortKey.TOTAL_SPENT], subtitle="Все клиенты"
    )
    assert write_client_list(workspace.db, path, ids, options) == 1
    [text] = pages_text(path)
    assert "Список клиентов" in text
    assert "Все клиенты · Клиентов: 2" in text
    assert text.index("Щербакова Алёна Юрьевна") < text.index("Иванов Пётр")
    assert "+7 916 123-45-67" in text
    assert "1 234,50 ₽" in text.replace("\u00a0", " ")
    assert "Итого" in text and "1 334,50 ₽" in text.replace("\u00a0", " ")
    assert "Стр. 1 из 1" in text
    # Only the chosen columns: no e-mail column, so no e-mail.
    assert "petr@example.ru" not in text
    assert not path.with_name("list.pdf.part").exists()


def test_a_long_list_repeats_the_header_and_numbers_pages(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = [
        workspace.clients.create(person(f"Клиент{n:03d}", "Имя", phones=(f"+7 900 000-{n:04d}",)))
        for n in range(150)
    ]
    path = tmp_path / "long.pdf"
    pages = write_client_list(
        workspace.db, path, ids, ListOptions(columns=[SortKey.NAME, SortKey.PHONE])
    )
    texts = pages_text(path)
    assert pages == len(texts) > 1
    for number, text in enumerate(texts, start=1):
        assert f"Стр. {number} из {pages}" in text
        assert "Телефон" in text  # the header on every page
    everything = "\n".join(texts)
    assert all(f"Клиент{n:03d}" in everything for n in range(150))
    assert "Клиентов: 150" in texts[0]


def test_long_text_wraps_inside_its_cell_instead_of_being_cut(
    workspace: Workspace, tmp_path: Path
) -> None:
    long_name = "Константинопольская-Вознесенская Александра-Мария Апполинариевна"
    long_city = "Санкт-Петербург Петроградская сторона Большой проспект"
    client = workspace.clients.create(
        person(long_name, emails=("very.long.address.of.a.client@example-company.ru",),
               city=long_city)
    )  # fmt: skip
    path = tmp_path / "wrap.pdf"
    write_client_list(workspace.db, path, [client], ListOptions(landscape=True))
    text = " ".join(pages_text(path)[0].split())
    # Every word is on the page, whole, though the cells had to wrap them.
    for word in (*long_name.split(), *long_city.split()):
        assert word in text


def test_landscape_and_english(workspace: Workspace, shop: list[int], tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    write_client_list(workspace.db, path, shop, ListOptions(landscape=True, language="en"))
    width, height = page_size(path)
    assert width > height
    text = pages_text(path)[0]
    assert "Client list" in text and "Page 1 of 1" in text and "Regular" in text
    assert "₽1,234.50" in text


def test_a_file_that_cannot_be_written_is_an_export_error_and_leaves_nothing(
    workspace: Workspace, shop: list[int], tmp_path: Path
) -> None:
    target = tmp_path / "list.pdf"
    target.mkdir()  # a folder where the file should go: the rename fails at the very end
    with pytest.raises(ExportError):
        write_client_list(workspace.db, target, shop, ListOptions())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("list")] == ["list.pdf"]
