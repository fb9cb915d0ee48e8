"""A phone, e-mail or card is not always one client's: a family gives the shop its home
phone, a husband his wife's e-mail. Two people named apart are two clients whatever they
share; the import used to merge the second into the first and drop the second's name."""

from pathlib import Path

import pytest

from clientbase.db.models import ClientKind
from clientbase.exchange.person_names import split_full_name
from clientbase.services.client_data import ClientInput, ContactPersonInput, PhoneInput
from clientbase.services.client_keys import COMPANY, Who, two_clients, who_of
from clientbase.services.import_plan import DuplicateRule, RowAction, plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.planned_rows import ImportPlan
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import TODAY, all_cards, names

FAMILY = """ФИО;Телефон;E-mail;Дата рождения
Иванова Мария Петровна;+7 495 111-22-33;maria@mail.ru;15.03.1985
Иванов Пётр Сергеевич;+7 495 111-22-33;petr@mail.ru;01.02.1980
Иванов Пётр;+7 495 111-22-33;;
"""


def planned(
    workspace: Workspace,
    path: Path,
    text: str,
    decisions: dict[int, DuplicateRule] | None = None,
    rule: DuplicateRule = DuplicateRule.MERGE,
) -> ImportPlan:
    path.write_text(text, encoding="utf-8")
    table, header, mapping = read_plan_source(path)
    return plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, rule, TODAY,
        decisions=decisions,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "other", "two_people"),
    [
        ("Иванова Мария", "Иванов Пётр", True),
        ("Иванова Анна", "Иванова Алла", True),  # one letter apart, yet two names
        ("Маша", "Саша", True),
        ("Иванова Мария", "Иванова Марья", False),  # one name spelt two ways
        ("Наталья", "Наталия", False),
        ("Иванова Мария", "Маша", False),  # its short form
        ("Саша", "Александра", False),
        ("Натали", "Наталья", False),  # and the colloquial ones
        ("Серёга", "Сергей", False),
        ("Натали", "Маша", True),
        ("Иванова Мария", "Иванова М.", False),  # its initial
        ("Иванова Мария", "Иванова П.", True),
        ("Иванова Мария", "Сидорова Мария", False),  # her name before she married
        ("Иванова Мария", "Иванова", False),  # a first name on one side tells nothing
        ("Иванова Мария", "Петрова", True),  # but another surname does
        ("Иванов", "Иванова", False),
        ("Мама", "Папа", True),
        ("Артём", "Артем", False),
    ],
)
def test_names_tell_two_people_apart(name: str, other: str, two_people: bool) -> None:
    def who(text: str) -> Who:
        last, first, _ = split_full_name(text)
        return who_of(ClientKind.PERSON, first, last)

    assert two_clients(who(name), who(other)) is two_people
    assert two_clients(who(name), COMPANY)


def test_a_family_at_one_phone_is_a_client_each(workspace: Workspace, tmp_path: Path) -> None:
    plan = planned(workspace, tmp_path / "family.csv", FAMILY)
    assert [(row.action, row.reason, row.same_as_line) for row in plan.rows] == [
        (RowAction.NEW, "", None),
        (RowAction.NEW, "shared_contact", 2),
        # Пётр listed again: merged into his own row, not into Мария's.
        (RowAction.MERGE_IN_FILE, "duplicate", 3),
    ]
    assert plan.counts()["shared_contact"] == 1
    commit_import(workspace.db, workspace.settings, plan)
    maria, petr = sorted(all_cards(workspace), key=lambda card: card.first_name)
    assert (maria.first_name, [e.address for e in maria.emails], maria.notes) == (
        "Мария", ["maria@mail.ru"], ""
    )  # fmt: skip
    assert (petr.first_name, petr.middle_name, petr.birthday) == ("Пётр", "Сергеевич", "01.02.1980")
    assert [p.raw for p in petr.phones] == [p.raw for p in maria.phones] == ["+7 495 111-22-33"]


def test_one_person_written_two_ways_is_still_merged(workspace: Workspace, tmp_path) -> None:
    plan = planned(
        workspace, tmp_path / "short.csv",
        "ФИО;Телефон\nИванова Мария;+7 495 111-22-33\nМаша Иванова;+7 495 111-22-33\n"
        "Иванова М.;+7 495 111-22-33\nИванова;+7 495 111-22-33\n",
    )  # fmt: skip
    assert [row.action for row in plan.rows] == [RowAction.NEW] + [RowAction.MERGE_IN_FILE] * 3


def test_another_person_at_a_phone_of_the_base_is_a_new_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    maria = workspace.clients.create(
        person("Иванова", "Мария", phones=("+74951112233",), emails=("family@mail.ru",))
    )
    text = "ФИО;Телефон;E-mail\nИванов Пётр;8 495 111 22 33;family@mail.ru\n"
    plan = planned(workspace, tmp_path / "petr.csv", text)
    [row] = plan.rows
    # Named beside the client whose phone it shares, so that the person can merge them.
    assert (row.action, row.reason, row.client_id) == (RowAction.NEW, "shared_contact", maria)
    # The rule for all says what becomes of the base's clients, not of other people.
    skipping = planned(workspace, tmp_path / "petr.csv", text, rule=DuplicateRule.SKIP)
    assert skipping.rows[0].action is RowAction.NEW
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Пётр", "Иванова Мария"]
    assert workspace.clients.get(maria).data.notes == ""
    # Imported again, Пётр finds himself, not Мария.
    again = planned(workspace, tmp_path / "petr.csv", text)
    assert again.rows[0].action is RowAction.MERGE
    assert again.rows[0].client_id != maria


def test_the_person_can_merge_or_skip_a_client_sharing_a_phone(
    workspace: Workspace, tmp_path: Path
) -> None:
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+74951112233",)))
    merged = planned(workspace, tmp_path / "family.csv", FAMILY, decisions={3: DuplicateRule.MERGE})
    assert [(row.action, row.reason, row.same_as_line) for row in merged.rows] == [
        (RowAction.MERGE, "duplicate", None),
        # Into Мария's row, and so into her; still offered the choice again.
        (RowAction.MERGE_IN_FILE, "shared_contact", 2),
        # Decided for row 3 alone: Пётр's next row is asked about again.
        (RowAction.NEW, "shared_contact", 2),
    ]
    assert [row.client_id for row in merged.rows[:2]] == [maria, maria]
    skipped = planned(workspace, tmp_path / "family.csv", FAMILY, decisions={3: DuplicateRule.SKIP})
    assert [(row.action, row.reason) for row in skipped.rows][1] == (
        RowAction.SKIP, "shared_contact"
    )  # fmt: skip
    # Not Мария's row either: a purchase it had would not go to her.
    assert skipped.rows[1].client_id is None


def test_in_the_file_the_person_can_merge_a_row_sharing_a_phone(
    workspace: Workspace, tmp_path: Path
) -> None:
    plan = planned(workspace, tmp_path / "family.csv", FAMILY, decisions={3: DuplicateRule.MERGE})
    assert [(row.action, row.same_as_line) for row in plan.rows] == [
        (RowAction.NEW, None),
        (RowAction.MERGE_IN_FILE, 2),
        (RowAction.NEW, 2),
    ]
    assert plan.counts()["listed_twice"] == 1
    commit_import(workspace.db, workspace.settings, plan)
    maria = next(card for card in all_cards(workspace) if card.first_name == "Мария")
    assert [e.address for e in maria.emails] == ["maria@mail.ru", "petr@mail.ru"]


def test_a_company_and_a_person_at_its_phone_are_two_clients(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = (
        "ФИО;Телефон;E-mail\n"
        "ООО «Ромашка»;+7 495 111-22-33;info@romashka.ru\n"
        "Иванов Иван Петрович;+7 495 111-22-33;ivan@romashka.ru\n"
    )
    plan = planned(workspace, tmp_path / "b2b.csv", text)
    assert [(row.action, row.reason) for row in plan.rows] == [
        (RowAction.NEW, ""),
        (RowAction.NEW, "shared_contact"),
    ]
    assert two_clients(COMPANY, who_of(ClientKind.PERSON, "", "Иванов"))


def test_a_person_merged_into_a_company_is_its_contact_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The company's card shows no person's name: merged as before, Иванов's name filled
    its hidden name fields, and the card showed no trace of him."""
    romashka = workspace.clients.create(
        ClientInput(kind=ClientKind.COMPANY, organization="ООО «Ромашка»",
                    phones=[PhoneInput("+74951112233")])
    )  # fmt: skip
    text = (
        "ФИО;Телефон;E-mail;Дата рождения\n"
        "Иванов Иван;+7 495 111-22-33;ivan@romashka.ru;01.02.1980\n"
    )
    plan = planned(workspace, tmp_path / "b2b.csv", text, decisions={2: DuplicateRule.MERGE})
    commit_import(workspace.db, workspace.settings, plan)
    card = workspace.clients.get(romashka).data
    assert (card.kind, card.organization, card.last_name, card.birthday) == (
        ClientKind.COMPANY, "ООО «Ромашка»", "", ""
    )  # fmt: skip
    assert card.contact_persons == [
        ContactPersonInput("Иванов Иван", "", "+7 495 111-22-33", "ivan@romashka.ru", "01.02.1980")
    ]
    assert [e.address for e in card.emails] == ["ivan@romashka.ru"]


def test_a_company_merged_into_a_person_is_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    ivanov = workspace.clients.create(person("Иванов", "Иван", phones=("+74951112233",)))
    text = "Наименование;Телефон;ИНН\nООО «Ромашка»;+7 495 111-22-33;7701234567\n"
    plan = planned(workspace, tmp_path / "b2b.csv", text, decisions={2: DuplicateRule.MERGE})
    commit_import(workspace.db, workspace.settings, plan)
    card = workspace.clients.get(ivanov).data
    assert (card.kind, card.last_name, card.organization, card.inn) == (
        ClientKind.PERSON, "Иванов", "", ""
    )  # fmt: skip
    assert card.notes == "Организация: ООО «Ромашка»\nИНН: 7701234567"


def test_names_of_one_word_at_one_phone_are_two_clients(
    workspace: Workspace, tmp_path: Path
) -> None:
    """As a phone's contacts name them: «Папа» vanished into «Мама», «Иванова» into
    «Петрова», without a word."""
    text = (
        "ФИО;Телефон\nМама;+7 916 111-22-33\nПапа;+7 916 111-22-33\n"
        "Петрова;+7 916 555-55-55\nИванова;+7 916 555-55-55\nИванова Анна;+7 916 555-55-55\n"
    )
    plan = planned(workspace, tmp_path / "words.csv", text)
    assert [(row.action, row.same_as_line) for row in plan.rows] == [
        (RowAction.NEW, None),
        (RowAction.NEW, 2),
        (RowAction.NEW, None),
        (RowAction.NEW, 4),
        # A first name on one side only tells nothing: Анна is Иванова.
        (RowAction.MERGE_IN_FILE, 5),
    ]


def test_a_merge_notes_a_name_that_says_more(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        "ФИО;Телефон\nИванова;+7 916 111-22-33\nИванова Мария Петровна;+7 916 111-22-33\n"
        "Сидорова Мария;+7 916 111-22-33\nИванова М.;+7 916 111-22-33\nМаша;+7 916 111-22-33\n"
    )
    plan = planned(workspace, tmp_path / "maiden.csv", text)
    assert [row.action for row in plan.rows] == [RowAction.NEW] + [RowAction.MERGE_IN_FILE] * 4
    commit_import(workspace.db, workspace.settings, plan)
    [card] = all_cards(workspace)
    # Her name before she married is kept; what only repeats hers is not.
    assert (card.last_name, card.first_name, card.notes) == (
        "Иванова", "Мария", "ФИО: Сидорова Мария"
    )  # fmt: skip


def test_a_code_under_another_persons_name_is_not_merged_in_silence(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A code was the one key matched whoever the row named: a sheet whose «Код клиента»
    was no client's (or was typed twice) made two people one card."""
    petrov = workspace.clients.create(person("Петров", "Олег", client_code="18"))
    text = "ФИО;Код клиента\nСидоров Ян;18\nПетров Олег;18\nОрлова Анна;25\nКотов Илья;25\n"
    plan = planned(workspace, tmp_path / "codes.csv", text)
    assert [(row.action, row.reason, row.client_id, row.same_as_line) for row in plan.rows] == [
        (RowAction.NEW, "shared_contact", petrov, None),  # named beside Петров, to merge
        (RowAction.MERGE, "duplicate", petrov, None),
        (RowAction.NEW, "", None, None),
        (RowAction.NEW, "shared_contact", None, 4),
    ]


def test_a_code_two_clients_share_finds_each_by_name_when_imported_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A family's account number as its «Код клиента»: imported once, two clients with one
    code; imported again, neither row found its card (the code named no one client) and
    both came in anew, Иванова as her own namesake."""
    text = "ФИО;Код клиента\nИванова Мария;A-17\nИванов Пётр;A-17\n"
    first = planned(workspace, tmp_path / "codes.csv", text)
    commit_import(workspace.db, workspace.settings, first)
    again = planned(workspace, tmp_path / "codes.csv", text)
    assert [(row.action, row.reason, row.unchanged) for row in again.rows] == [
        (RowAction.MERGE, "duplicate", True),
        (RowAction.MERGE, "duplicate", True),
    ]
    # A sale that gives the code alone names neither of the two.
    sale = planned(workspace, tmp_path / "sale.csv", "Дата покупки;Код клиента;Сумма\n"
                   "01.03.2026;A-17;500\n")  # fmt: skip
    assert [(row.action, row.reason) for row in sale.rows] == [(RowAction.ERROR, "no_name")]


def test_a_family_card_finds_each_of_its_clients_by_name_when_imported_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = "ФИО;Карта\nИванова Мария;1001\nИванов Пётр;1001\n"
    first = planned(workspace, tmp_path / "cards.csv", text)
    assert [row.reason for row in first.rows] == ["", "shared_contact"]
    commit_import(workspace.db, workspace.settings, first)
    again = planned(workspace, tmp_path / "cards.csv", text)
    assert [(row.action, row.unchanged) for row in again.rows] == [
        (RowAction.MERGE, True), (RowAction.MERGE, True),
    ]  # fmt: skip
    assert len(all_cards(workspace)) == 2
