"""The dashboard on paper."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import ClientSource
from clientbase.reports.dashboard_pdf import write_dashboard
from clientbase.services.dashboard import read_dashboard
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_reports.pdf_text import pages_text


def test_dashboard_pdf_names_every_chart_and_the_best_clients(
    workspace: Workspace, tmp_path: Path
) -> None:
    anna = workspace.clients.create(person("Анна", "Лучшая", source=ClientSource.WEBSITE))
    workspace.purchases.add(anna, PurchaseInput(date.today(), total=Decimal("2500")))
    path = tmp_path / "dashboard.pdf"
    write_dashboard(read_dashboard(workspace.db), path)
    text = " ".join(pages_text(path)).replace("\u00a0", " ")
    for title in ("Аналитика", "Выручка по месяцам", "Новые клиенты по месяцам",
                  "Клиенты по сегментам", "10 лучших клиентов", "Откуда пришли клиенты",
                  "Анна Лучшая", "2 500,00 ₽", "Сайт", "A: 80 % выручки", "Спящие"):  # fmt: skip
        assert title in text, title


def test_dashboard_of_an_empty_base_prints_too(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    assert write_dashboard(read_dashboard(workspace.db), path, "en") >= 1
    assert "Revenue by month" in pages_text(path)[0]
