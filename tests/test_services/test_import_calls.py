"""A sheet's «Дата последнего звонка» and «Результат звонка»: the last call, in the client's
history of calls, taken back with the import; a salon's «Последний визит»: a visit there."""

from datetime import date, datetime
from pathlib import Path

import pytest

from clientbase.db.enums import InteractionKind
from clientbase.exchange.header import Target, propose_mapping, target_of_header
from clientbase.services.cell_days import cell_moment
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_batches import import_history
from clientbase.services.import_undo import later_work, undo_import
from clientbase.services.importing import commit_import
from clientbase.services.interactions import InteractionInput
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import plan_for


def imported(workspace: Workspace, path: Path, text: str) -> int:
    path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    return commit_import(workspace.db, workspace.settings, plan)


def history(workspace: Workspace) -> list[tuple[str, datetime, InteractionKind, str]]:
    found = []
    for client_id in find_client_ids(workspace.db, ClientQuery()):
        name = workspace.clients.get(client_id).display_name
        for record in workspace.interactions.list_for(client_id):
            found.append((name, record.data.happened_at, record.data.kind, record.data.text))
    return sorted(found)


def notes(workspace: Workspace) -> dict[str, str]:
    return {
        workspace.clients.get(i).display_name: workspace.clients.get(i).data.notes
        for i in find_client_ids(workspace.db, ClientQuery())
    }


@pytest.mark.parametrize(
    ("header", "target"),
    [("Дата последнего звонка", Target.LAST_CALL), ("Последний звонок", Target.LAST_CALL),
     ("Last call", Target.LAST_CALL), ("Результат звонка", Target.CALL_RESULT),
     ("Комментарий к звонку", Target.CALL_RESULT), ("Последний визит", Target.LAST_VISIT),
     ("Дата последнего визита", Target.LAST_VISIT), ("Последнее посещение", Target.LAST_VISIT),
     ("Last visit", Target.LAST_VISIT), ("Посл. визит", Target.LAST_VISIT),
     ("Посл. звонок", Target.LAST_CALL)],
)  # fmt: skip
def test_the_names_of_the_last_call_are_known(header: str, target: Target) -> None:
    assert target_of_header(header) is target


CALLS = (
    "ФИО;Телефон;Дата последнего звонка;Результат звонка\n"
    "Иванова Мария;+7 916 111-22-33;20.11.2026 14:10;договорились на пятницу\n"
    "Петров Иван;+7 916 222-33-44;18.11.2026;\n"
    "Сидоров Олег;+7 916 333-44-55;;не дозвонились\n"
    "Козлова Анна;+7 916 444-55-66;10.12.2026;перенос\n"
)


def test_the_last_call_goes_into_the_clients_history(workspace: Workspace, tmp_path) -> None:
    # Before, the day and the result went to the notes: the card's history of calls, where
    # the next call is prepared, was empty.
    imported(workspace, tmp_path / "calls.csv", CALLS)
    assert history(workspace) == [
        ("Иванова Мария", datetime(2026, 11, 20, 14, 10), InteractionKind.CALL,
         "договорились на пятницу"),
        ("Петров Иван", datetime(2026, 11, 18, 10, 0), InteractionKind.CALL, "Звонок"),
    ]  # fmt: skip
    kept = notes(workspace)
    assert kept["Иванова Мария"] == kept["Петров Иван"] == ""
    # No day, or one not come yet: the notes keep what the sheet says.
    assert kept["Сидоров Олег"] == "Результат звонка: не дозвонились"
    assert kept["Козлова Анна"] == "Дата последнего звонка: 10.12.2026\nРезультат звонка: перенос"
    assert import_history(workspace.db)[0].counts["calls"] == 2


def test_a_sheet_imported_again_does_not_log_a_call_twice(workspace: Workspace, tmp_path) -> None:
    imported(workspace, tmp_path / "first.csv", CALLS)
    imported(workspace, tmp_path / "again.csv", CALLS)
    assert len(history(workspace)) == 2
    assert [b.counts["calls"] for b in import_history(workspace.db)] == [0, 2]


def test_undo_takes_the_imports_calls_back(workspace: Workspace, tmp_path) -> None:
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+7 916 111-22-33",)))
    workspace.interactions.add(
        maria, InteractionInput(datetime(2026, 10, 1, 12, 0), InteractionKind.NOTE, "первая")
    )
    batch = imported(workspace, tmp_path / "calls.csv", CALLS)
    assert len(history(workspace)) == 3
    # The call the import logged for its new client is not work done since.
    assert later_work(workspace.db, batch) == []
    undo_import(workspace.db, workspace.settings, batch)
    assert history(workspace) == [
        ("Иванова Мария", datetime(2026, 10, 1, 12, 0), InteractionKind.NOTE, "первая")
    ]


def test_a_call_logged_after_the_import_is_work_done_since(workspace: Workspace, tmp_path) -> None:
    batch = imported(workspace, tmp_path / "calls.csv", CALLS)
    petr = next(
        i for i in find_client_ids(workspace.db, ClientQuery())
        if workspace.clients.get(i).display_name == "Петров Иван"
    )  # fmt: skip
    workspace.interactions.add(
        petr, InteractionInput(datetime(2026, 11, 21, 12, 0), InteractionKind.CALL, "купит")
    )
    assert later_work(workspace.db, batch) == [petr]


def test_a_last_call_without_a_year_is_the_last_such_day(workspace: Workspace, tmp_path) -> None:
    # «20.11» was read as the next 20 November, a day to come: the call stayed in the notes.
    imported(
        workspace,
        tmp_path / "calls.csv",
        "ФИО;Последний звонок;Результат звонка\nИванова Мария;20.11;просила скидку\n",
    )
    assert history(workspace) == [
        ("Иванова Мария", datetime(2026, 11, 20, 10, 0), InteractionKind.CALL, "просила скидку")
    ]  # the import's day is 22.11.2026


VISITS = (
    "Клиент;Телефон;Мастер;Последний визит\n"
    "Иванова Мария;+7 916 111-22-33;Ольга;01.11.2026\n"
    "Петрова Анна;+7 916 222-33-44;Ольга;\n"
    "Сидорова Ольга;+7 916 333-44-55;Ирина;запишется сама\n"
    "Козлова Анна;+7 916 444-55-66;Ирина;10.12.2026\n"
)


def test_a_salons_last_visit_goes_into_the_clients_history(workspace: Workspace, tmp_path) -> None:
    # Before, «Последний визит: 01.11.2026» stayed a line of the notes: the card's history
    # showed no visit, and the client seemed never to have come.
    imported(workspace, tmp_path / "visits.csv", VISITS)
    assert history(workspace) == [
        ("Иванова Мария", datetime(2026, 11, 1, 10, 0), InteractionKind.MEETING, "Визит")
    ]
    kept = notes(workspace)
    assert kept["Иванова Мария"] == ""
    # Words or a day not come yet: the notes keep what the sheet says.
    assert kept["Сидорова Ольга"] == "Последний визит: запишется сама"
    assert kept["Козлова Анна"] == "Последний визит: 10.12.2026"
    assert import_history(workspace.db)[0].counts["calls"] == 1
    imported(workspace, tmp_path / "again.csv", VISITS)  # the visit is in the history already
    assert len(history(workspace)) == 1


def test_a_last_visit_named_by_what_was_done_says_it_in_the_history(
    workspace: Workspace, tmp_path
) -> None:
    # A car service's «Последнее ТО», a vet's «Последняя прививка»: lines of the notes,
    # beside the «Следующее ТО» the import already reminds of.
    imported(
        workspace,
        tmp_path / "cars.csv",
        "Клиент;Телефон;Последнее ТО;Следующее ТО\n"
        "Иванов Пётр;+7 916 111-22-33;15.06.2026;15.06.2027\n",
    )
    imported(
        workspace,
        tmp_path / "pets.csv",
        "Владелец;Телефон;Дата последней прививки\nОрлова Вера;+7 916 222-33-44;01.03.2026\n",
    )
    assert history(workspace) == [
        ("Иванов Пётр", datetime(2026, 6, 15, 10, 0), InteractionKind.MEETING, "ТО"),
        ("Орлова Вера", datetime(2026, 3, 1, 10, 0), InteractionKind.MEETING, "Прививка"),
    ]
    assert set(notes(workspace).values()) == {""}


def test_a_row_gives_its_last_call_and_its_last_visit(workspace: Workspace, tmp_path) -> None:
    # The client listed twice: each row's call and visit, once each, in one history.
    batch = imported(
        workspace,
        tmp_path / "both.csv",
        "ФИО;Телефон;Последний визит;Последний звонок;Результат звонка\n"
        "Иванова Мария;+7 916 111-22-33;01.11.2026;20.11.2026;придёт в пятницу\n"
        "Иванова Мария;+7 916 111-22-33;01.11.2026;;\n",
    )
    assert history(workspace) == [
        ("Иванова Мария", datetime(2026, 11, 1, 10, 0), InteractionKind.MEETING, "Визит"),
        ("Иванова Мария", datetime(2026, 11, 20, 10, 0), InteractionKind.CALL,
         "придёт в пятницу"),
    ]  # fmt: skip
    undo_import(workspace.db, workspace.settings, batch)
    assert history(workspace) == []


def test_calls_written_across_the_row_are_each_in_the_clients_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Дата звонка 1», «Результат 1», «Дата звонка 2», …: the first call's day was the
    # last call, without its result, and the rest lines of the notes.
    imported(
        workspace,
        tmp_path / "calls.csv",
        "ФИО;Телефон;Дата звонка 1;Результат 1;Дата звонка 2;Результат 2;Дата звонка 3;"
        "Результат 3\n"
        "Иванова Мария;8 916 111-22-33;01.11.2026;не взяла трубку;03.11.2026;перезвонить в "
        "пятницу;06.11.2026;купит шубу\n"
        "Петров Олег;8 916 222-33-44;02.11.2026;не интересно;;;;\n",
    )
    calls = [(name, at.day, text) for name, at, kind, text in history(workspace)]
    assert calls == [
        ("Иванова Мария", 1, "не взяла трубку"),
        ("Иванова Мария", 3, "перезвонить в пятницу"),
        ("Иванова Мария", 6, "купит шубу"),
        ("Петров Олег", 2, "не интересно"),
    ]
    assert notes(workspace) == {"Иванова Мария": "", "Петров Олег": ""}


def test_a_cold_calling_sheets_calls_and_next_step_are_history_and_a_reminder(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Звонок 1», «Звонок 2» (a day each) and «Следующий шаг» were lines of the notes.
    imported(
        workspace,
        tmp_path / "calls.csv",
        "ФИО;Телефон;Звонок 1;Результат 1;Звонок 2;Результат 2;Следующий шаг\n"
        "Иванова Мария;8 916 111-22-33;01.11.2026;не дозвонились;03.11.2026;просили "
        "перезвонить;10.12.2026\n",
    )
    calls = [(at.day, text) for _, at, _, text in history(workspace)]
    assert calls == [(1, "не дозвонились"), (3, "просили перезвонить")]
    assert notes(workspace) == {"Иванова Мария": ""}
    [client] = find_client_ids(workspace.db, ClientQuery())
    [reminder] = workspace.reminders.list_for(client)
    assert (reminder.data.title, reminder.data.due_at) == (
        "Следующий шаг", datetime(2026, 12, 10, 10, 0),
    )  # fmt: skip


def test_a_call_at_a_moment_with_its_zone_keeps_the_hour_written() -> None:
    # «…T09:58:00+03:00» had its offset «03:00» taken for the hour, and the day refused.
    today = date(2026, 12, 6)
    for written in ("2026-11-01T09:58:00+03:00", "2026-11-01 09:58:00 +0000", "2026-11-01T09:58Z"):
        assert cell_moment(written, today, past=True) == datetime(2026, 11, 1, 9, 58)


def test_a_client_lists_bare_day_of_a_visit_is_a_visit_in_the_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A clinic's list of patients with the day each came: a line of the notes before.
    imported(
        workspace,
        tmp_path / "patients.csv",
        "Пациент;Телефон;Дата посещения\nИванова Мария;8 916 111-22-33;01.11.2026\n",
    )
    assert [(at.date(), kind, text) for _, at, kind, text in history(workspace)] == [
        (date(2026, 11, 1), InteractionKind.MEETING, "Визит")
    ]
    assert notes(workspace) == {"Иванова Мария": ""}


LOG = (
    "ФИО;Телефон;История общения\n"
    'Иванова Мария;+7 916 111-22-33;"01.11.2026 звонила, не дозвонилась\n'
    "05.11.2026 — договорились на примерку\n"
    '15.11 приходила в магазин, купила платье"\n'
    'Петров Иван;+7 916 222-33-44;"VIP. 12.10.2026 — написал в WhatsApp; 25.12.2026 скидка"\n'
    "Орлова Анна;+7 916 333-44-55;постоянная клиентка\n"
)


def test_a_log_of_dated_lines_is_each_an_entry_of_the_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «История общения», a line a contact, was one block of the notes: the card's history
    # stayed empty, and the last contact with the client could not be seen or sorted by.
    batch = imported(workspace, tmp_path / "log.csv", LOG)
    assert history(workspace) == [
        ("Иванова Мария", datetime(2026, 11, 1, 10), InteractionKind.CALL,
         "звонила, не дозвонилась"),
        ("Иванова Мария", datetime(2026, 11, 5, 10), InteractionKind.NOTE,
         "договорились на примерку"),
        ("Иванова Мария", datetime(2026, 11, 15, 10), InteractionKind.MEETING,
         "приходила в магазин, купила платье"),
        ("Петров Иван", datetime(2026, 10, 12, 10), InteractionKind.MESSAGE,
         "написал в WhatsApp"),
    ]  # fmt: skip
    # What is no entry of the past stays in the notes as written: the words before the
    # first day, a day to come, a cell without a day.
    assert notes(workspace) == {
        "Иванова Мария": "",
        "Петров Иван": "История общения: VIP.\nИстория общения: 25.12.2026 скидка",
        "Орлова Анна": "История общения: постоянная клиентка",
    }
    undo_import(workspace.db, workspace.settings, batch)
    assert history(workspace) == []


@pytest.mark.parametrize(
    "header", ["История общения", "История контактов", "Журнал звонков", "Contact history"]
)
def test_the_names_of_a_log_of_contacts_are_known(header: str) -> None:
    assert target_of_header(header) is Target.HISTORY
    assert target_of_header("История покупок") is not Target.HISTORY


CALL_LOG = (
    "Дата звонка;Клиент;Телефон;Результат;Комментарий\n"
    "01.11.2026;Иванова Анна;+79161234567;Не дозвонились;\n"
    "03.11.2026;Иванова Анна;+79161234567;Дозвонились;заказала каталог\n"
    "05.11.2026;Петров Олег;89161234568;Перезвонить;просил 15.12\n"
    "06.11.2026;Петров Олег;89161234568;Дозвонились;\n"
    "10.11.2026;Сидорова Ира;89161234569;;номер не обслуживается\n"
)


def test_a_call_logs_comment_is_said_in_that_calls_entry(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A log of calls, a client on row after row: each call's «Комментарий» was a line of
    # the client's notes, so a client called fifty times had fifty lines there, none
    # saying which call it was about.
    imported(workspace, tmp_path / "calls.csv", CALL_LOG)
    assert history(workspace) == [
        ("Иванова Анна", datetime(2026, 11, 1, 10), InteractionKind.CALL, "Не дозвонились"),
        ("Иванова Анна", datetime(2026, 11, 3, 10), InteractionKind.CALL,
         "Дозвонились — заказала каталог"),
        ("Петров Олег", datetime(2026, 11, 5, 10), InteractionKind.CALL,
         "Перезвонить — просил 15.12"),
        ("Петров Олег", datetime(2026, 11, 6, 10), InteractionKind.CALL, "Дозвонились"),
        ("Сидорова Ира", datetime(2026, 11, 10, 10), InteractionKind.CALL,
         "номер не обслуживается"),
    ]  # fmt: skip
    assert set(notes(workspace).values()) == {""}


def test_a_client_lists_comment_beside_its_last_call_stays_the_clients() -> None:
    # One row a client: the comment is about the client, as before.
    headers = ["Клиент", "Телефон", "Дата звонка", "Результат", "Комментарий"]
    rows = [
        ["Иванова Анна", "+79161234567", "01.11.2026", "Дозвонились", "любит синее"],
        ["Петров Олег", "+79161234568", "03.11.2026", "Не дозвонились", "опт"],
        ["Сидорова Ира", "+79161234569", "05.11.2026", "Дозвонились", ""],
    ]
    assert propose_mapping(headers, rows)[4] is Target.NOTES
    log = [*rows, rows[0], rows[1]]
    assert propose_mapping(headers, log)[4] is Target.CALL_NOTE
