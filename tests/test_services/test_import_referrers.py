"""«Кто порекомендовал» in a sheet: the card's «Рекомендовал(а)», a client of the sheet or
of the base."""

from pathlib import Path

from clientbase.db.enums import ClientSource
from clientbase.exchange.header import Target
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.import_undo import undo_import
from clientbase.services.importing import commit_import
from clientbase.services.planned_rows import DuplicateRule
from clientbase.services.row_readings import SheetReadings
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import TODAY, imported_vcards, plan_for


def referrers(workspace: Workspace) -> dict[str, str]:
    """Each client's name and whom the card says referred them ("" for nobody)."""
    found = (workspace.clients.get(i) for i in find_client_ids(workspace.db, ClientQuery()))
    return {record.display_name: record.referred_by_name for record in found}


def imported(workspace: Workspace, path: Path, text: str) -> int:
    path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    return commit_import(workspace.db, workspace.settings, plan)


SHEET = (
    "ФИО;Телефон;Кто порекомендовал\n"
    "Иванова Анна Сергеевна;+79161234567;\n"
    "Петрова Мария;+79031112233;Иванова Анна\n"  # the start of the name she is listed under
    "Сидорова Елена;89161112233;+7 903 111-22-33\n"  # Петрова's phone
    "Котова Ирина;89161112234;Смирнова Ольга\n"  # nobody of the sheet or the base
    "Зуева Ксения;89161112235;Елена Сидорова\n"  # first name first
    "Орлова Вера;89161112236;Иванова Анна Сергеевна (подруга)\n"  # and a word beside it
)


def test_a_referrer_of_the_sheet_is_found_by_name_or_phone(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Кто порекомендовал» was a line of every card's notes: the shop could not see whom
    # a client brought, nor reward them for it.
    imported(workspace, tmp_path / "clients.csv", SHEET)
    assert referrers(workspace) == {
        "Зуева Ксения": "Сидорова Елена",
        "Иванова Анна Сергеевна": "",
        "Котова Ирина": "",
        "Орлова Вера": "Иванова Анна Сергеевна",
        "Петрова Мария": "Иванова Анна Сергеевна",
        "Сидорова Елена": "Петрова Мария",
    }
    cards = {c.last_name: c for c in (workspace.clients.get(i).data for i in ids(workspace))}
    # One found by nobody stays in the notes as written; each was referred, whoever by.
    assert cards["Котова"].notes == "Кто порекомендовал: Смирнова Ольга"
    assert cards["Петрова"].notes == ""
    assert {c.last_name for c in cards.values() if c.source is ClientSource.REFERRAL} == {
        "Петрова", "Сидорова", "Котова", "Зуева", "Орлова",
    }  # fmt: skip


def ids(workspace: Workspace) -> list[int]:
    return find_client_ids(workspace.db, ClientQuery())


def test_a_referrer_of_the_base_is_found_and_namesakes_are_not_guessed(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.clients.create(person("Орлова", "Вера", phones=("+79160000001",)))
    workspace.clients.create(person("Белова", "Анна", phones=("+79160000002",)))
    workspace.clients.create(person("Белова", "Анна", phones=("+79160000003",)))
    imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Привела\n"
        "Петрова Мария;+79031112233;Орлова Вера\n"
        "Котова Ирина;89161112234;Белова Анна\n"  # which of the two: the notes keep it
        "Зуева Ксения;89161112235;Белова Анна 8 916 000-00-03\n",  # this one
    )
    found = referrers(workspace)
    assert (found["Петрова Мария"], found["Котова Ирина"], found["Зуева Ксения"]) == (
        "Орлова Вера", "", "Белова Анна",
    )  # fmt: skip
    [zueva] = [i for i in ids(workspace) if workspace.clients.get(i).display_name == "Зуева Ксения"]
    referrer = workspace.clients.get(zueva).data.referred_by_id
    assert referrer is not None
    assert workspace.clients.get(referrer).data.phones[0].raw == "+79160000003"


def test_a_client_of_the_base_gets_a_referrer_the_undo_takes_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A client merged with the row keeps a referrer the card has; one without gets the
    # sheet's, and the undo leaves the card as it was, with the new referrer gone.
    workspace.clients.create(person("Петрова", "Мария", phones=("+79031112233",)))
    orlova = workspace.clients.create(person("Орлова", "Вера"))
    workspace.clients.create(person("Котова", "Ирина", phones=("+79161112234",),
                                    referred_by_id=orlova))  # fmt: skip
    batch = imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Кто порекомендовал\n"
        "Петрова Мария;+79031112233;Новикова Анна\n"
        "Котова Ирина;+79161112234;Новикова Анна\n"
        "Новикова Анна;+79161112299;\n",
    )
    assert referrers(workspace) == {
        "Котова Ирина": "Орлова Вера",
        "Новикова Анна": "",
        "Орлова Вера": "",
        "Петрова Мария": "Новикова Анна",
    }
    undo_import(workspace.db, workspace.settings, batch)
    assert referrers(workspace) == {
        "Котова Ирина": "Орлова Вера", "Орлова Вера": "", "Петрова Мария": "",
    }  # fmt: skip


def test_a_client_is_not_their_own_referrer(workspace: Workspace, tmp_path: Path) -> None:
    imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Кто порекомендовал\nПетрова Мария;+79031112233;Петрова Мария\n",
    )
    assert referrers(workspace) == {"Петрова Мария": ""}
    [card] = (workspace.clients.get(i).data for i in ids(workspace))
    assert card.notes == "Кто порекомендовал: Петрова Мария"


def test_planning_again_keeps_one_note_of_a_referrer_not_found(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The preview plans the sheet again on each choice, from the rows as read once.
    path = tmp_path / "clients.csv"
    path.write_text(SHEET, encoding="utf-8")
    table, header, mapping = read_plan_source(path)
    assert mapping[2] is Target.REFERRER
    once = SheetReadings()
    for _ in range(3):
        plan = plan_import(
            workspace.db, workspace.settings, table, header, mapping, path.name,
            DuplicateRule.MERGE, TODAY, once=once,
        )  # fmt: skip
    notes = [row.data.notes for row in plan.rows if row.data is not None and row.data.notes]
    assert notes == ["Кто порекомендовал: Смирнова Ольга"]


def test_the_export_names_a_referrer_so_that_the_import_finds_them_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The card's «Рекомендовал(а)» did not go out at all: an export brought back into a
    # new base lost whom each client was referred by.
    from clientbase.services.exporting import export_clients
    from tests.test_services.test_exporting import imported_anew

    orlova = workspace.clients.create(person("Орлова", "Вера"))
    first = workspace.clients.create(person("Белова", "Анна", phones=("+79160000002",)))
    second = workspace.clients.create(person("Белова", "Анна", emails=("belova@mail.ru",)))
    for name, referrer in (("Петрова", orlova), ("Котова", first), ("Зуева", second)):
        workspace.clients.create(person(name, "Ирина", referred_by_id=referrer))
    path = tmp_path / "clients.csv"
    export_clients(workspace.db, path)
    written = path.read_text(encoding="utf-8-sig")
    # A namesake's phone or e-mail says which of them it is.
    assert "Белова Анна, +7 916 000-00-02" in written and "Белова Анна, belova@mail.ru" in written
    assert ";Орлова Вера" in written
    with imported_anew(path, tmp_path) as target:
        assert referrers(target) == referrers(workspace)
        for record in (target.clients.get(i) for i in ids(target)):
            if record.data.last_name in ("Котова", "Зуева"):
                assert record.data.referred_by_id is not None
                contacts = target.clients.get(record.data.referred_by_id).data
                said = [p.raw for p in contacts.phones] + [e.address for e in contacts.emails]
                assert said == (
                    ["+79160000002"] if record.data.last_name == "Котова"
                    else ["belova@mail.ru"]
                )  # fmt: skip
        cards = [target.clients.get(i).data for i in ids(target)]
        assert [card.notes for card in cards if card.notes] == []


def test_a_yes_or_no_under_by_recommendation_names_nobody(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «По рекомендации: да» says how the client came, not by whom; «нет» made every such
    # client one of a recommendation.
    imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;По рекомендации\n"
        "Петрова Мария;+79031112233;да\n"
        "Котова Ирина;89161112234;нет\n",
    )
    cards = {c.last_name: c for c in (workspace.clients.get(i).data for i in ids(workspace))}
    assert (cards["Петрова"].source, cards["Петрова"].notes) == (ClientSource.REFERRAL, "")
    assert (cards["Котова"].source, cards["Котова"].notes) == (None, "По рекомендации: нет")


def test_updating_the_cards_from_the_file_takes_its_referrer(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A list exported, a referrer corrected in Excel, imported back with «update the card
    # from the file»: the card kept the old referrer.
    orlova = workspace.clients.create(person("Орлова", "Вера"))
    workspace.clients.create(person("Новикова", "Анна"))
    workspace.clients.create(person("Котова", "Ирина", phones=("+79161112234",),
                                    referred_by_id=orlova))  # fmt: skip
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон;Кто порекомендовал\nКотова Ирина;+79161112234;Новикова Анна\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path, DuplicateRule.UPDATE)
    batch = commit_import(workspace.db, workspace.settings, plan)
    assert referrers(workspace)["Котова Ирина"] == "Новикова Анна"
    undo_import(workspace.db, workspace.settings, batch)
    assert referrers(workspace)["Котова Ирина"] == "Орлова Вера"


def test_an_androids_relation_referred_by_is_the_referrer(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Android keeps «Referred by» among a contact's relations (type 11): it was a line of the
    # notes, «По рекомендации: Иванова Анна».
    imported_vcards(workspace, tmp_path / "contacts.vcf", [
        "BEGIN:VCARD", "VERSION:2.1", "N:Иванова;Анна;;;", "TEL;CELL:+79161234567", "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1", "N:Петрова;Мария;;;", "TEL;CELL:+79031112233",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Иванова Анна;11;;;;;;;;;;;;;",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Петров Олег;14;;;;;;;;;;;;;",
        "END:VCARD",
    ])  # fmt: skip
    assert referrers(workspace) == {"Иванова Анна": "", "Петрова Мария": "Иванова Анна"}
    cards = {c.last_name: c for c in (workspace.clients.get(i).data for i in ids(workspace))}
    assert cards["Петрова"].notes == "Супруг(а): Петров Олег"
