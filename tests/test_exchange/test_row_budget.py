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
from clientbase.exchange.row_budget import ALWAYS_FITS, row_shape, rows_that_fit
from clientbase.exchange.table_file import read_table

GIB = 1024**3


def test_the_rows_that_fit_grow_with_the_free_memory_and_shrink_with_the_cells() -> None:
    # 8 GB free: about 790,000 rows of ten cells, fewer of the export's 37.
    assert 780_000 < rows_that_fit(10, 10, 8 * GIB) < 800_000
    assert rows_that_fit(37, 37, 8 * GIB) < rows_that_fit(10, 10, 8 * GIB)
    # However little memory the system reports free, a small list is never refused.
    assert rows_that_fit(10, 10, 0) == ALWAYS_FITS


def test_a_value_far_to_the_right_costs_the_rows_a_slot_a_cell_not_a_value() -> None:
    """Ten columns of values and one «x» typed in column GR: every row 200 cells wide."""
    rows = [[f"v{n}" for n in range(10)] + [None] * 190 for _ in range(3)]
    rows[1][199] = "x"
    filled, width = row_shape(rows)
    assert (round(filled, 2), width) == (10.33, 200)
    assert rows_that_fit(filled, width, 8 * GIB) > 0.8 * rows_that_fit(10, 10, 8 * GIB)


def free_memory_for(monkeypatch: pytest.MonkeyPatch, rows: int, columns: int) -> None:
    """The system reports memory free for `rows` rows of `columns` filled cells, no more."""
    cost = row_budget.ROW_BYTES + (row_budget.CELL_BYTES + row_budget.SLOT_BYTES) * columns
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
