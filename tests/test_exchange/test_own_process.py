import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from clientbase.errors import ImportFileError, OperationCancelled
from clientbase.exchange.own_process import in_own_process

ROOT = Path(__file__).parents[2]


def _read_slowly(path: Path) -> str:
    """A reader of a huge file: it says who it is, then takes its time."""
    path.write_text(str(os.getpid()))
    time.sleep(120)
    return "read"


def _die(path: Path) -> str:
    os.abort()  # as Rust does when an allocation fails


def _refuse(path: Path) -> str:
    raise ImportFileError("empty", path.name)


def _say_and_refuse(path: Path) -> str:
    # As calamine's panic hook does before its panic becomes a Python exception.
    os.write(2, b"thread '<unnamed>' panicked at calamine-0.37.0/src/cfb.rs:305:41\n")
    raise ImportFileError("cannot_read", path.name)


def _too_big(path: Path) -> str:
    raise ImportFileError("too_big_for_memory", path.name, rows=1_000_000, fits=450_000)


def test_cancel_ends_the_reading_process(tmp_path: Path) -> None:
    marker = tmp_path / "reader.pid"

    def cancelled_once_started() -> None:
        if marker.exists() and marker.read_text():
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        in_own_process(_read_slowly, marker, still_wanted=cancelled_once_started)
    with pytest.raises(ProcessLookupError):
        os.kill(int(marker.read_text()), 0)  # the reader is gone, not left reading


def test_a_reader_that_dies_is_named_and_one_that_refuses_says_why(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as died:
        in_own_process(_die, tmp_path / "clients.xls")
    assert (died.value.code, died.value.detail) == ("reader_died", "clients.xls")
    with pytest.raises(ImportFileError) as refused:
        in_own_process(_refuse, tmp_path / "clients.xlsx")
    assert (refused.value.code, refused.value.detail) == ("empty", "clients.xlsx")
    # With the numbers its message names.
    with pytest.raises(ImportFileError) as too_big:
        in_own_process(_too_big, tmp_path / "clients.xlsx")
    assert too_big.value.counts == {"rows": 1_000_000, "fits": 450_000}


def test_what_the_reader_says_on_its_way_down_does_not_reach_the_person(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """calamine's panics on a damaged file wrote «thread '<unnamed>' panicked at …cfb.rs»
    (with a whole Rust backtrace where RUST_BACKTRACE is set) above the command line's
    one clear line, which is what the person is to read."""
    with pytest.raises(ImportFileError) as refused:
        in_own_process(_say_and_refuse, tmp_path / "clients.xls")
    assert refused.value.code == "cannot_read"
    assert capfd.readouterr().err == ""


@pytest.mark.skipif(
    not Path("/proc/sys/kernel/core_pattern").exists()
    or not Path("/proc/sys/kernel/core_pattern").read_text().startswith("core"),
    reason="core dumps go to a file in the working folder only where core_pattern says so",
)
def test_a_reader_that_dies_leaves_no_core_dump_of_the_clients(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resource

    monkeypatch.chdir(tmp_path)
    limit = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (limit[1], limit[1]))  # dumps allowed here
    try:
        with pytest.raises(ImportFileError):
            in_own_process(_die, tmp_path / "clients.xls")
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, limit)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("core")] == []


def test_the_reading_process_does_not_load_the_database_layer() -> None:
    # Each sheet opened starts a reading process; when the readers' helpers pulled in the
    # database models (an e-mail check kept beside the card's validation), SQLAlchemy's
    # import doubled what every file cost to open before a single cell was read.
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, clientbase.exchange.spreadsheet_file, clientbase.exchange.table_file;"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6'}))",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert loaded.stdout.strip() == "[]"


def _heavy_modules(path: Path) -> list[str]:
    return sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "PySide6"})


@pytest.mark.parametrize("command", ["clientbase", "clientbase-cli"])
def test_an_installed_command_is_not_loaded_again_to_read_a_file(
    tmp_path: Path, command: str
) -> None:
    """The reading process runs the parent's main script again; for an installed command
    that is pip's wrapper, which imports the entry point's module. When that was the
    window's or the command line's own module, each file opened imported the whole program
    again in the child: 0.65 s, 0.95 s, before a cell was read."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    module, function = {**project["scripts"], **project["gui-scripts"]}[command].split(":")
    wrapper = tmp_path / command
    wrapper.write_text(
        "import sys\n"
        f"from {module} import {function}\n"  # as pip's wrapper has it
        "if __name__ == '__main__':\n"
        "    from pathlib import Path\n"
        "    from clientbase.exchange.own_process import in_own_process\n"
        "    from tests.test_exchange.test_own_process import _heavy_modules\n"
        "    print(in_own_process(_heavy_modules, Path(sys.argv[0])))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(wrapper)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
        text=True,
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.skipif(not hasattr(os, "sysconf"), reason="the cap is set where sysconf is")
def test_the_memory_cap_grows_with_what_a_package_unpacks_to(tmp_path: Path) -> None:
    """Our own .ods of 100,000 clients with their purchases, 32 MB holding 1 GB of XML,
    could not be imported back: calamine needs about the unpacked size, past a cap set by
    the file's size alone."""
    import zipfile

    from clientbase.exchange import own_process

    packed = tmp_path / "clients.ods"
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("content.xml", b"<table:table-row/>" * 4_000_000)  # 72 MB
    unpacked = 72_000_000
    assert packed.stat().st_size < unpacked // 100
    cap = own_process._memory_cap(packed)
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    assert cap == min(
        own_process.BASE_MEMORY + own_process.MEMORY_PER_UNPACKED_BYTE * unpacked,
        own_process.MEMORY_CAP,
        physical * 3 // 4,
    )
    plain = tmp_path / "clients.csv"
    plain.write_bytes(b"x" * 1000)  # not a package: by its size, as before
    assert own_process._memory_cap(plain) == min(
        own_process.BASE_MEMORY + own_process.MEMORY_PER_FILE_BYTE * 1000,
        own_process.MEMORY_CAP,
        physical * 3 // 4,
    )
