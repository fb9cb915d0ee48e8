"""A file saved where it cannot go: over a list still open in Excel, on a full disk, into a
folder that is gone. Each says why, and leaves what was there before."""

import os
from pathlib import Path

import pytest

from clientbase.errors import ExportError
from clientbase.services.exporting import export_clients
from clientbase.services.file_output import save_copy, write_failure, written_in_place
from clientbase.services.workspace import Workspace
from tests.conftest import person

FULL_DISK = Path("/dev/full")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the user saves: beside the base, which is in tmp_path."""
    chosen = tmp_path / "exports"
    chosen.mkdir()
    return chosen


@pytest.fixture
def target(workspace: Workspace, folder: Path) -> Path:
    workspace.clients.create(person("Орлов"))
    yesterday = folder / "clients.xlsx"
    yesterday.write_bytes(b"yesterday's list")
    return yesterday


def test_saving_over_a_list_open_in_excel_names_it_and_keeps_the_old_one(
    workspace: Workspace, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows refuses to replace a file Excel holds open: «[WinError 5] Access is denied».
    real_replace = Path.replace

    def held_open(self: Path, other: str | os.PathLike[str]) -> Path:
        if Path(other) == target:
            raise PermissionError(13, "Access is denied", str(self), None, 5)
        return real_replace(self, other)

    monkeypatch.setattr(Path, "replace", held_open)
    with pytest.raises(ExportError) as refused:
        export_clients(workspace.db, target)
    assert (refused.value.code, refused.value.detail) == ("no_access", str(target))
    assert "open in another program" in str(refused.value)
    assert target.read_bytes() == b"yesterday's list"
    assert [p.name for p in target.parent.iterdir()] == ["clients.xlsx"]


@pytest.mark.skipif(not FULL_DISK.exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("name", ["clients.xlsx", "clients.csv", "clients.ods"])
def test_a_full_disk_is_named_as_such_by_every_writer(
    workspace: Workspace, folder: Path, name: str
) -> None:
    # The file is written beside its name first: pointed at /dev/full, every write fails as
    # on a full disk. rust_xlsxwriter's error carries no errno, only «(os error 28)».
    target = folder / name
    (folder / f"{name}.part").symlink_to(FULL_DISK)
    workspace.clients.create(person("Орлов"))
    with pytest.raises(ExportError) as refused:
        export_clients(workspace.db, target)
    assert (refused.value.code, refused.value.detail) == ("disk_full", str(target))
    assert list(folder.iterdir()) == []


def test_a_folder_taken_away_is_named_as_such(workspace: Workspace, tmp_path: Path) -> None:
    workspace.clients.create(person("Орлов"))
    gone = tmp_path / "flash" / "clients.xlsx"
    with pytest.raises(ExportError) as refused:
        export_clients(workspace.db, gone)
    assert refused.value.code == "no_folder"
    assert "no longer there" in str(refused.value)


def test_any_other_failure_keeps_the_systems_own_words(tmp_path: Path) -> None:
    target = tmp_path / "list.pdf"
    target.mkdir()  # a folder under the name: the rename at the end fails
    with pytest.raises(ExportError) as refused, written_in_place(target) as partial:
        partial.write_bytes(b"%PDF")
    assert refused.value.code == "cannot_write"
    assert refused.value.detail.startswith(f"{target} (") and target.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["list.pdf"]


def test_what_stops_the_writing_on_purpose_comes_out_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "clients.csv"
    with pytest.raises(KeyboardInterrupt), written_in_place(target) as partial:
        partial.write_text("half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


SAVE = "Failed to save workbook: i/o error: "


@pytest.mark.parametrize(
    ("text", "platform", "code"),
    [
        (SAVE + "No space left on device (os error 28)", "linux", "disk_full"),
        (SAVE + "Permission denied (os error 13)", "linux", "no_access"),
        (SAVE + "There is not enough space on the disk. (os error 112)", "win32", "disk_full"),
        (SAVE + "The process cannot access the file because it is being used by another "
         "process. (os error 32)", "win32", "no_access"),
        (SAVE + "something else (os error 28)", "win32", "cannot_write"),
        ("Failed to save workbook", "linux", "cannot_write"),
    ],
)  # fmt: skip
def test_rusts_errors_are_read_by_their_systems_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, platform: str, code: str
) -> None:
    monkeypatch.setattr("sys.platform", platform)
    assert write_failure(OSError(text), tmp_path / "clients.xlsx").code == code


def test_a_preview_saved_over_an_open_pdf_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = tmp_path / "preview.pdf"
    preview.write_bytes(b"%PDF new")
    target = tmp_path / "list.pdf"
    target.write_bytes(b"%PDF old")
    monkeypatch.setattr(Path, "replace", lambda *_: (_ for _ in ()).throw(PermissionError(13, "")))
    with pytest.raises(ExportError) as refused:
        save_copy(preview, target)
    assert refused.value.code == "no_access" and target.read_bytes() == b"%PDF old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.pdf", "preview.pdf"]
