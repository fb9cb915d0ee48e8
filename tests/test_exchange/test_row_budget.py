"""A sheet of more rows than the computer's free memory lets one import check is refused
before its rows reach the import, with the number it can take: until then a sheet of
1,000,000 rows (7 GB of plan) was taken on, which on a shop's 8 GB computer would push the
program into swap or get it killed halfway."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest

from clientbase.errors import ImportFileError
from clientbase.exchange import row_budget
from clientbase.exchange.row_budget import ALWAYS_FITS, rows_that_fit
from clientbase.exchange.table_file import read_table

GIB = 1024**3


def test_the_rows_that_fit_grow_with_the_free_memory_and_shrink_with_the_columns() -> None:
    # 8 GB free: about 800,000 rows of ten cells, fewer of the export's 37.
    assert 790_000 < rows_that_fit(10, 8 * GIB) < 810_000
    assert rows_that_fit(37, 8 * GIB) < rows_that_fit(10, 8 * GIB)
    # However little memory the system reports free, a small list is never refused.
    assert rows_that_fit(10, 0) == ALWAYS_FITS


def free_memory_for(monkeypatch: pytest.MonkeyPatch, rows: int, columns: int) -> None:
    """The system reports memory free for `rows` rows of `columns` cells, and no more."""
    cost = row_budget.ROW_BYTES + row_budget.CELL_BYTES * columns
    free = SimpleNamespace(available=int(rows * cost / row_budget.USABLE_SHARE) + 1)
    monkeypatch.setattr(psutil, "virtual_memory", lambda: free)


def test_a_sheet_beyond_the_free_memory_is_refused_with_what_would_fit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clients.csv"
    lines = ["ФИО;Телефон;Город", *(f"Клиент {n};+7916{n:07d};Тула" for n in range(12_000))]
    path.write_text("\n".join(lines), encoding="utf-8")
    free_memory_for(monkeypatch, 11_000, 3)
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert (refused.value.code, refused.value.detail) == ("too_big_for_memory", "clients.csv")
    assert refused.value.counts == {"rows": 12_001, "fits": 11_000}
    assert str(refused.value).startswith(
        "clients.csv: 12,001 rows are more than this computer's free memory lets one import "
        "check at once (about 11,000)"
    )
    # With the memory for them, the same rows are read.
    free_memory_for(monkeypatch, 12_001, 3)
    assert len(read_table(path).rows) == 12_001
