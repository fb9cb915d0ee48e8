"""A sheet with «Фамилия», «Имя» and «Отчество» columns where, in some rows, the whole name
was typed into one of them: as a person keeps a list for years."""

from pathlib import Path

from clientbase.db.enums import ClientKind
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace


def _import(workspace: Workspace, path: Path) -> list[tuple[str, str, str, str, ClientKind]]:
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    cards = [
        workspace.clients.get(client_id).data
        for client_id in find_client_ids(workspace.db, ClientQuery())
    ]
    return sorted(
        (card.last_name, card.first_name, card.middle_name, card.organization, card.kind)
        for card in cards
    )


def test_a_whole_name_typed_into_one_name_column_is_split(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Петрова Анна Сергеевна» in «Фамилия» was the client's surname, all three words: the
    # table sorted her under «П» as one surname, and a search for «Анна» by first name
    # missed her. «ООО Ромашка» there was a person's surname.
    path = tmp_path / "clients.csv"
    path.write_text(
        "Фамилия;Имя;Отчество;Телефон\n"
        "Иванов;Иван;Иванович;89161112233\n"
        "Петрова Анна Сергеевна;;;89162223344\n"
        "Сидоров Олег;;;89163334455\n"
        ";Мария Петровна;;89164445566\n"
        "Кузнецова;Елена Петровна;;89165556677\n"
        "ООО Ромашка;;;84951112233\n"
        "Орлова;Анна Мария;;89166667788\n",  # two first names stay as typed
        encoding="utf-8",
    )
    person, company = ClientKind.PERSON, ClientKind.COMPANY
    assert _import(workspace, path) == [
        ("", "", "", "ООО Ромашка", company),
        ("", "Мария", "Петровна", "", person),
        ("Иванов", "Иван", "Иванович", "", person),
        ("Кузнецова", "Елена", "Петровна", "", person),
        ("Орлова", "Анна Мария", "", "", person),
        ("Петрова", "Анна", "Сергеевна", "", person),
        ("Сидоров", "Олег", "", "", person),
    ]


def test_a_column_of_first_name_and_patronymic_beside_the_surname(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Имя Отчество» was a column the import did not know: the clients came in with their
    # surname alone, and «Анна Сергеевна» went to the notes.
    path = tmp_path / "clients.csv"
    path.write_text(
        "Фамилия;Имя, отчество;Телефон\n"
        "Иванова;Анна Сергеевна;89161112233\n"
        "Петров;Олег;89162223344\n",
        encoding="utf-8",
    )
    assert _import(workspace, path) == [
        ("Иванова", "Анна", "Сергеевна", "", ClientKind.PERSON),
        ("Петров", "Олег", "", "", ClientKind.PERSON),
    ]


def test_a_surname_and_first_name_column_beside_the_patronymic(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Фамилия Имя» read as a whole name wrote its split over the «Отчество» column's
    # value: «Петровна» was lost without a word.
    path = tmp_path / "clients.csv"
    path.write_text(
        "Фамилия Имя;Отчество;Телефон\n"
        "Иванова Анна;Петровна;89161112233\n"
        "Петров Олег;;89162223344\n"
        "Сидорова Мария Ивановна;Ивановна;89163334455\n"
        "Орлова Вера Олеговна;Сергеевна;89164445566\n",
        encoding="utf-8",
    )
    assert _import(workspace, path) == [
        ("Иванова", "Анна", "Петровна", "", ClientKind.PERSON),
        ("Орлова", "Вера", "Олеговна", "", ClientKind.PERSON),
        ("Петров", "Олег", "", "", ClientKind.PERSON),
        ("Сидорова", "Мария", "Ивановна", "", ClientKind.PERSON),
    ]
    # The two patronymics that disagree: the cell's own is kept, the column's noted.
    notes = {
        card.last_name: card.notes
        for client_id in find_client_ids(workspace.db, ClientQuery())
        if (card := workspace.clients.get(client_id).data)
    }
    assert notes == {"Иванова": "", "Орлова": "Отчество: Сергеевна", "Петров": "", "Сидорова": ""}


def test_one_word_under_a_first_name_header_alone_is_the_first_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A list of first names only («Имя», a web form's «First Name») read each word the
    # program did not know as a first name as the surname: «Kate» and «Снежанна» were
    # filed under their surnames. A word that ends as only a surname does stays one.
    path = tmp_path / "clients.csv"
    path.write_text(
        "Имя;Телефон\nАнна;89161112233\nKate;89162223344\nСнежанна;89163334455\n"
        "Петрова;89164445566\nИванова Мария;89165556677\n",
        encoding="utf-8",
    )
    assert [(last, first) for last, first, *_ in _import(workspace, path)] == [
        ("", "Kate"), ("", "Анна"), ("", "Снежанна"), ("Иванова", "Мария"), ("Петрова", ""),
    ]  # fmt: skip


def test_one_word_under_a_name_header_keeps_to_the_surname(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Клиент», «ФИО», «Name» do not say which name one word is: as before, the surname.
    path = tmp_path / "clients.csv"
    path.write_text("ФИО;Телефон\nСнежанна;89163334455\nKate;89162223344\n", encoding="utf-8")
    assert [(last, first) for last, first, *_ in _import(workspace, path)] == [
        ("Kate", ""), ("Снежанна", ""),
    ]  # fmt: skip
