from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from clientbase.db.enums import AuditAction, ClientKind, ClientStatus
from clientbase.db.models import AuditEntry, Client, Email, Phone, Tag
from clientbase.errors import NotFoundError, ValidationError
from clientbase.services import audit
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    PhoneInput,
)
from clientbase.services.importing import commit_import
from clientbase.services.stats import base_stats
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import plan_for


def test_a_client_is_saved_with_phones_normalized_and_read_back_as_typed(
    workspace: Workspace,
) -> None:
    data = person(
        "Петров",
        "Пётр",
        "Петрович",
        phones=("8 (916) 123-45-67",),
        emails=("Petrov@Mail.ru",),
        birthday="01.02",
        tags=["VIP-клуб", "опт", "опт"],
        discount_percent=Decimal("5.5"),
    )
    client_id = workspace.clients.create(data)

    record = workspace.clients.get(client_id)
    assert record.display_name == "Петров Пётр Петрович"
    assert record.data.phones[0].raw == "8 (916) 123-45-67"
    assert record.data.emails[0].address == "petrov@mail.ru"
    assert record.data.birthday == "01.02"
    assert record.data.tags == ["VIP-клуб", "опт"]
    assert record.data.discount_percent == Decimal("5.50")
    with workspace.db.reading() as session:
        assert session.scalar(select(Phone.e164)) == "+79161234567"


def test_a_tag_is_parted_at_commas_and_semicolons_as_everywhere_else(
    workspace: Workspace,
) -> None:
    # The card's field, the import and the export part tags there: a tag holding one came
    # back from the program's own export as two, and the card's field split it when saved.
    client_id = workspace.clients.create(person("Петров", tags=["Друзья, семья", "a;b", "опт"]))
    assert workspace.clients.get(client_id).data.tags == ["a", "b", "Друзья", "опт", "семья"]


def test_the_filter_offers_only_the_tags_some_client_holds(workspace: Workspace) -> None:
    # A tag taken off its last card, or gone with its last client, stayed in the filter's
    # list for good, finding no one.
    kept = workspace.clients.create(person("Петров", tags=["опт", "VIP"]))
    gone = workspace.clients.create(person("Сидоров", tags=["Клиенты 2024"]))
    workspace.clients.update(kept, person("Петров", tags=["VIP"]))
    assert workspace.clients.tag_names() == ["VIP", "Клиенты 2024"]

    workspace.clients.delete(gone)

    assert workspace.clients.tag_names() == ["VIP"]
    with workspace.db.reading() as session:  # the deleted client's own tag with it
        assert session.scalars(select(Tag.name).order_by(Tag.name)).all() == ["VIP", "опт"]


def test_a_phone_or_an_e_mail_given_twice_is_kept_once_with_its_note(
    workspace: Workspace,
) -> None:
    # A sheet's «Телефон» and «Мобильный» often repeat the number; the card showed it twice.
    data = person("Петров", emails=("petrov@mail.ru", "Petrov@Mail.ru"))
    data.phones = [PhoneInput("89161234567"), PhoneInput("+7 916 123-45-67", "мобильный")]
    client_id = workspace.clients.create(data)
    record = workspace.clients.get(client_id)
    assert [(p.raw, p.label) for p in record.data.phones] == [("89161234567", "мобильный")]
    assert [e.address for e in record.data.emails] == ["petrov@mail.ru"]
    with workspace.db.reading() as session:
        created = audit.history(session, "client", client_id)[0]
    assert created.after is not None and len(created.after["phones"]) == 1


def test_an_e_mail_pasted_with_an_invisible_space_is_saved_without_it(
    workspace: Workspace,
) -> None:
    # Copied from a web page or a messenger: «petrov@mail.ru» and a zero-width space.
    client_id = workspace.clients.create(person("Петров", emails=("\u200bpetrov@mail.ru\u200b",)))
    assert workspace.clients.get(client_id).data.emails[0].address == "petrov@mail.ru"


def test_bad_fields_are_all_named_and_nothing_is_written(workspace: Workspace) -> None:
    data = person("Иванов", phones=("123",), emails=("ivanov.mail.ru",), birthday="31.02.1990")
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(data)
    assert {(p.field, p.code) for p in error.value.problems} == {
        ("phones[0]", "phone_invalid"),
        ("emails[0]", "email_invalid"),
        ("birthday", "no_such_day"),
    }
    assert base_stats(workspace.db)["clients"] == 0
    assert base_stats(workspace.db)["audit_entries"] == 0


def test_a_town_number_without_its_code_is_named_as_local_on_the_card(
    workspace: Workspace,
) -> None:
    # «52-34-56» typed into a card was «not a phone number»: the code is what it lacks.
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(person("Иванов", phones=("52-34-56",)))
    assert [(p.field, p.code) for p in error.value.problems] == [("phones[0]", "phone_local")]
    card = workspace.clients.create(person("Иванов", phones=("8 4822 52-34-56",)))
    assert workspace.clients.get(card).data.phones[0].raw == "8 4822 52-34-56"


def test_a_phone_with_a_letter_for_a_digit_is_named_on_the_card(workspace: Workspace) -> None:
    # «+375 29 1l1-22-33»: the letter was dropped and a number nobody has was saved.
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(person("Иванов", phones=("+375 29 1l1-22-33",)))
    assert [(p.field, p.code) for p in error.value.problems] == [("phones[0]", "phone_invalid")]
    assert base_stats(workspace.db)["clients"] == 0


@pytest.mark.parametrize(
    "address", ["orlova@gmail.con", "orlova@mail.ry", "orlova@gmial.com", "orlova@yandex.tu"]
)
def test_an_e_mail_mistyped_at_a_known_service_is_named(workspace: Workspace, address) -> None:
    # Valid as text, it was saved, and the mailings to it reached nobody.
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(person("Орлова", emails=(address,)))
    assert [(p.field, p.code) for p in error.value.problems] == [("emails[0]", "email_typo")]


@pytest.mark.parametrize(
    "address", ["orlova@gmail.com", "orlova@mail.com", "orlova@yandex.by", "orlova@ymail.com",
                "orlova@shop.co", "orlova@ромашка.рф"],
)  # fmt: skip
def test_an_e_mail_at_a_real_domain_is_saved(workspace: Workspace, address: str) -> None:
    client_id = workspace.clients.create(person("Орлова", emails=(address,)))
    assert workspace.clients.get(client_id).data.emails[0].address == address


def test_a_mistyped_e_mail_saved_before_the_check_does_not_stop_the_card(
    workspace: Workspace, tmp_path
) -> None:
    # A base kept before the check may hold one: its card must still save, and a sheet
    # imported into it still merge, or the whole import would fail over one old address.
    client_id = workspace.clients.create(
        person("Орлова", phones=("+79161112233",), emails=("orlova@gmail.com",))
    )
    with workspace.db.transaction() as session:
        session.execute(update(Email).values(address="orlova@gmail.con"))
    data = workspace.clients.get(client_id).data
    data.notes = "звонить вечером"
    assert workspace.clients.update(client_id, data)
    sheet = tmp_path / "again.csv"
    sheet.write_text("ФИО;Телефон;Город\nОрлова;+79161112233;Тула\n", encoding="utf-8")
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))
    card = workspace.clients.get(client_id).data
    assert (card.city, card.emails[0].address) == ("Тула", "orlova@gmail.con")
    # A new one is refused beside it.
    data = workspace.clients.get(client_id).data
    data.emails.append(EmailInput("vera@mail.ry"))
    with pytest.raises(ValidationError) as error:
        workspace.clients.update(client_id, data)
    assert [(p.field, p.code) for p in error.value.problems] == [("emails[1]", "email_typo")]


def test_a_consent_date_before_1900_or_to_come_is_named(workspace: Workspace) -> None:
    for day, code in (
        (date(1899, 12, 31), "year_out_of_range"),
        (date(2099, 1, 1), "date_in_future"),
    ):
        data = person("Иванов", marketing_consent=True, marketing_consent_date=day)
        with pytest.raises(ValidationError) as error:
            workspace.clients.create(data)
        assert [(p.field, p.code) for p in error.value.problems] == [
            ("marketing_consent_date", code)
        ]
    assert base_stats(workspace.db)["clients"] == 0


def test_a_text_longer_than_the_base_keeps_is_named_not_cut(workspace: Workspace) -> None:
    # SQLite would store it, PostgreSQL refuse the whole save: both name it instead.
    data = person("Иванов", phones=("+7 916 123-45-67", "8 903 111-22-33" + " доб." * 10),
                  city="Москва " * 20, tags=["ok", "т" * 101], client_code="  К-1  ")  # fmt: skip
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(data)
    assert {(p.field, p.code, p.params["count"]) for p in error.value.problems} == {
        ("city", "too_long", "100"),
        ("phones[1]", "too_long", "50"),
        ("tags[1]", "too_long", "100"),
    }
    city = next(p for p in error.value.problems if p.field == "city")
    assert city.params["value"] == "Москва " * 5 + "Моск…"  # enough to find it, not all of it
    assert base_stats(workspace.db)["clients"] == 0
    exactly = person("Иванов", city="М" * 100, client_code="К" * 100)
    assert workspace.clients.get(workspace.clients.create(exactly)).data.city == "М" * 100


def test_a_person_needs_a_name_and_a_company_its_organization(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(ClientInput(phones=[PhoneInput("+79161234567")]))
    assert error.value.problems[0].field == "last_name"
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(ClientInput(kind=ClientKind.COMPANY, last_name="Иванов"))
    assert error.value.problems[0].field == "organization"


def test_a_company_keeps_requisites_and_contact_persons(workspace: Workspace) -> None:
    data = ClientInput(
        kind=ClientKind.COMPANY,
        organization="ООО «Ромашка»",
        inn="7701234567",
        kpp="770101001",
        contact_persons=[ContactPersonInput("Сидорова Анна", "бухгалтер", "8 903 111 22 33")],
    )
    record = workspace.clients.get(workspace.clients.create(data))
    assert record.display_name == "ООО «Ромашка»"
    assert record.data.inn == "7701234567"
    assert record.data.contact_persons[0].name == "Сидорова Анна"

    data.inn = "77012"
    with pytest.raises(ValidationError) as error:
        workspace.clients.update(record.id, data)
    assert error.value.problems[0].field == "inn"


def test_a_contact_persons_name_or_position_holds_no_field_separator(
    workspace: Workspace,
) -> None:
    """«Анна; бухгалтер» typed as the name: an export writes a contact as «name; position;
    phone; e-mail; birthday», so the person came back from it whole in the notes."""
    data = ClientInput(
        kind=ClientKind.COMPANY,
        organization="ООО «Ромашка»",
        contact_persons=[ContactPersonInput("Анна; бухгалтер"), ContactPersonInput("Олег", "а\nб")],
    )
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(data)
    assert [(p.field, p.code, p.params["value"]) for p in error.value.problems] == [
        ("contact_persons[0].name", "contact_separator", "Анна; бухгалтер"),
        ("contact_persons[1].position", "contact_separator", "а\nб"),
    ]


def test_an_edit_is_audited_with_only_what_changed_before_and_after(workspace: Workspace) -> None:
    client_id = workspace.clients.create(person("Смирнова", "Ольга", city="Тула"))
    data = workspace.clients.get(client_id).data
    data.city = "Калуга"
    data.status = ClientStatus.REGULAR
    assert workspace.clients.update(client_id, data) is True

    with workspace.db.reading() as session:
        entries = audit.history(session, "client", client_id)
    assert [e.action for e in entries] == [AuditAction.CREATE, AuditAction.UPDATE]
    assert entries[1].before == {"city": "Тула", "status": "new"}
    assert entries[1].after == {"city": "Калуга", "status": "regular"}


def test_saving_an_unchanged_card_writes_nothing(workspace: Workspace) -> None:
    client_id = workspace.clients.create(person("Смирнова", phones=("+79161234567",)))
    assert workspace.clients.update(client_id, workspace.clients.get(client_id).data) is False
    assert base_stats(workspace.db)["audit_entries"] == 1


def test_archive_hides_the_client_and_restore_brings_it_back(workspace: Workspace) -> None:
    client_id = workspace.clients.create(person("Козлов"))
    assert workspace.clients.archive([client_id]) == 1
    assert workspace.clients.archive([client_id]) == 0
    assert workspace.clients.get(client_id).is_archived
    assert base_stats(workspace.db)["clients"] == 0
    assert workspace.clients.restore([client_id]) == 1
    assert not workspace.clients.get(client_id).is_archived
    with workspace.db.reading() as session:
        actions = [e.action for e in audit.history(session, "client", client_id)]
    assert actions == [AuditAction.CREATE, AuditAction.ARCHIVE, AuditAction.RESTORE]


def test_delete_removes_the_client_but_the_audit_log_keeps_what_was_there(
    workspace: Workspace,
) -> None:
    client_id = workspace.clients.create(person("Орлов", phones=("+79031112233",)))
    workspace.clients.delete(client_id)
    with pytest.raises(NotFoundError):
        workspace.clients.get(client_id)
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count(Client.id))) == 0
        assert session.scalar(select(func.count(Phone.id))) == 0
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None and last.action is AuditAction.DELETE
    assert last.before is not None and last.before["phones"][0]["raw"] == "+79031112233"


def test_a_client_cannot_be_referred_by_a_missing_client(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as error:
        workspace.clients.create(person("Белов", referred_by_id=999))
    assert error.value.problems[0].code == "unknown_client"
