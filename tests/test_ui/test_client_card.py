from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from clientbase.db.enums import InteractionKind
from clientbase.services.client_query import (
    ClientQuery,
    client_choices,
    find_client_ids,
    load_rows,
)
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.interactions import InteractionInput
from clientbase.services.purchases import PurchaseInput, PurchaseItemInput
from clientbase.services.workspace import Workspace
from clientbase.ui.client_card import ClientCard
from clientbase.ui.formatting import format_date
from clientbase.ui.purchase_dialog import PurchaseDialog
from tests.conftest import person
from tests.test_ui.conftest import type_into


def all_names(workspace: Workspace) -> list[str]:
    ids = find_client_ids(workspace.db, ClientQuery())
    return [row.display_name for row in load_rows(workspace.db, ids)]


def test_adding_a_client_through_the_card(
    qtbot, qsettings: QSettings, workspace: Workspace
) -> None:
    card = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(card)
    assert not card.purchases.isEnabled()
    type_into(card.form.last_name, "Смирнова")
    type_into(card.form.first_name, "Ольга")
    type_into(card.form.birthday, "2/1")  # as the tests' American window writes dates
    card.form.phones.add_row(["8 (903) 111-22-33", "мобильный"])
    saved = []
    card.saved.connect(saved.append)

    assert card.save() is True

    assert all_names(workspace) == ["Смирнова Ольга"]
    record = workspace.clients.get(saved[0])
    assert record.data.birthday == "01.02"
    assert record.data.phones[0].raw == "8 (903) 111-22-33"
    assert card.purchases.isEnabled()
    assert card.windowTitle() == "Смирнова Ольга"
    assert not card.is_dirty()


def test_the_client_code_is_typed_saved_found_and_shown_again(
    qtbot, qsettings: QSettings, workspace
) -> None:
    card = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(card)
    type_into(card.form.last_name, "Орлов")
    type_into(card.form.client_code, " 000123 ")
    # No more can be typed than the base keeps: PostgreSQL would refuse the save.
    assert (card.form.city.maxLength(), card.form.client_code.maxLength()) == (100, 100)
    assert card.form.responsible.lineEdit().maxLength() == 100
    saved = []
    card.saved.connect(saved.append)
    assert card.save() is True
    assert workspace.clients.get(saved[0]).data.client_code == "000123"
    assert find_client_ids(workspace.db, ClientQuery(search="000123")) == saved

    again = ClientCard(workspace, saved[0], qsettings)
    qtbot.addWidget(again)
    assert again.form.client_code.text() == "000123"
    assert not again.is_dirty()


def test_an_instagram_profile_is_typed_saved_and_shown_again(
    qtbot, qsettings: QSettings, workspace
) -> None:
    card = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(card)
    type_into(card.form.last_name, "Орлова")
    type_into(card.form.instagram, "@orlova.nails")
    saved = []
    card.saved.connect(saved.append)
    assert card.save() is True
    assert [(m.kind.value, m.handle) for m in workspace.clients.get(saved[0]).data.messengers] == [
        ("instagram", "@orlova.nails")
    ]

    again = ClientCard(workspace, saved[0], qsettings)
    qtbot.addWidget(again)
    assert again.form.instagram.text() == "@orlova.nails"
    assert not again.is_dirty()


def test_a_birthday_is_typed_and_shown_as_the_window_writes_dates(
    qtbot, qsettings: QSettings, workspace: Workspace
) -> None:
    """An American typing 3/5/1980 means the 5th of March: the card read it as the 3rd of
    May, refused 3/14/1985, and showed birthdays as 05.03.1980, which reads as May 3 there.
    A Russian window types and shows them as before."""
    card = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(card)
    assert card.form.birthday.placeholderText() == "2/1/1980 or 2/1"
    type_into(card.form.last_name, "Smith")
    type_into(card.form.birthday, "3/14/1985")
    saved: list[int] = []
    card.saved.connect(saved.append)
    assert card.save() is True
    assert workspace.clients.get(saved[0]).data.birthday == "14.03.1985"
    again = ClientCard(workspace, saved[0], qsettings)
    qtbot.addWidget(again)
    assert again.form.birthday.text() == "3/14/1985"
    assert not again.is_dirty()

    company = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(company)
    company.form.company_button.setChecked(True)
    type_into(company.form.organization, "Smith & Sons")
    company.form.contacts.add_row(["Jane Smith", "owner", "", "", "3/5/1980"])
    company.saved.connect(saved.append)
    assert company.save() is True
    assert workspace.clients.get(saved[1]).data.contact_persons[0].birthday == "05.03.1980"
    reopened = ClientCard(workspace, saved[1], qsettings)
    qtbot.addWidget(reopened)
    assert reopened.form.contacts.rows()[0][4] == "3/5/1980"

    QLocale.setDefault(QLocale("ru_RU"))
    try:
        russian = ClientCard(workspace, saved[0], qsettings)
        qtbot.addWidget(russian)
        assert russian.form.birthday.placeholderText() == "01.02.1980 or 01.02"
        assert russian.form.birthday.text() == "14.03.1985"
        russian.form.birthday.setText("05.03.1985")
        assert russian.save() is True
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert workspace.clients.get(saved[0]).data.birthday == "05.03.1985"


@pytest.mark.parametrize(
    ("locale", "placeholder", "shown", "typed", "kept"),
    [
        ("en_GB", "01/02/1980 or 01/02", "14/03/1985", "25/12/1980", "25.12.1980"),
        ("en_CA", "1980-02-01 or 02-01", "1985-03-14", "12-25", "25.12"),
    ],
)
def test_a_birthday_reads_as_the_other_dates_of_a_british_or_canadian_window(
    qtbot,
    qsettings: QSettings,
    workspace: Workspace,
    locale: str,
    placeholder: str,
    shown: str,
    typed: str,
    kept: str,
) -> None:
    """Such a window wrote purchases as 14/03/2026 or 2026-03-14 and birthdays as
    14.03.1985. Shown its way, a birthday must read back as the same day: a card only
    looked at is not changed."""
    saved = workspace.clients.create(person("Smith", "Jane", birthday="14.03.1985"))
    QLocale.setDefault(QLocale(locale))
    try:
        card = ClientCard(workspace, saved, qsettings)
        qtbot.addWidget(card)
        assert card.form.birthday.placeholderText() == placeholder
        assert card.form.birthday.text() == shown
        assert not card.is_dirty()
        card.form.birthday.setText(typed)
        assert card.is_dirty()
        assert card.save() is True
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert workspace.clients.get(saved).data.birthday == kept


def test_a_bad_phone_is_marked_and_nothing_is_saved(
    qtbot, qsettings: QSettings, workspace: Workspace
) -> None:
    card = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(card)
    card.show()
    type_into(card.form.last_name, "Орлов")
    card.form.phones.add_row(["12-34"])
    type_into(card.form.birthday, "31.02.1990")

    assert card.save() is False

    assert card.form.problems_label.isVisible()
    assert "12-34" in card.form.problems_label.text()
    assert "31.02.1990" in card.form.problems_label.text()
    assert card.form.birthday.styleSheet() != ""
    assert all_names(workspace) == []


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31.02.1990", "«31.02.1990» — такого дня нет в календаре: проверьте день и месяц"),
        ("1975", "«1975» — только год: нужны ещё день и месяц, пишите так: 01.02.1980"),
    ],
)
def test_a_birthday_refused_says_what_is_wrong_with_it_in_russian(
    qtbot, qapp, qsettings: QSettings, workspace: Workspace, typed: str, said: str
) -> None:
    """Both were «не дата; пишите так: 01.02.1980», which sent the owner looking for a typo."""
    from clientbase.ui.i18n import install_translations

    QLocale.setDefault(QLocale("ru_RU"))
    install_translations(qapp, "ru")
    try:
        card = ClientCard(workspace, None, qsettings)
        qtbot.addWidget(card)
        type_into(card.form.last_name, "Орлов")
        type_into(card.form.birthday, typed)
        assert card.save() is False
        assert said in card.form.problems_label.text()
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))
    assert all_names(workspace) == []


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_card(
    qtbot, qsettings: QSettings, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = workspace.clients.create(person("Белова", "Нина"))
    card = ClientCard(workspace, client_id, qsettings)
    qtbot.addWidget(card)
    card.show()
    type_into(card.form.city, "Тверь")
    asked = []

    def answer(choice):
        def question(*args, **kwargs):
            asked.append(args[1])
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    card.close()
    assert card.isVisible() and len(asked) == 1

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    card.close()
    assert not card.isVisible()
    assert workspace.clients.get(client_id).data.city == "Тверь"


def test_closing_an_unchanged_card_asks_nothing(
    qtbot, qsettings: QSettings, workspace, monkeypatch
) -> None:
    client_id = workspace.clients.create(person("Белова", "Нина", phones=("+79161234567",)))
    card = ClientCard(workspace, client_id, qsettings)
    qtbot.addWidget(card)
    card.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    card.close()
    assert not card.isVisible()


def test_the_card_shows_purchases_and_the_total(
    qtbot, qsettings: QSettings, workspace: Workspace
) -> None:
    client_id = workspace.clients.create(person("Зайцева", "Юлия"))
    workspace.purchases.add(client_id, PurchaseInput(date(2026, 5, 1), total=Decimal("1234.50")))
    card = ClientCard(workspace, client_id, qsettings)
    qtbot.addWidget(card)
    assert card.purchases.table.rowCount() == 1
    assert "1" in card.summary.text() and "234" in card.summary.text()


def test_a_history_entry_of_several_lines_is_shown_on_one(
    qtbot, qsettings: QSettings, workspace: Workspace
) -> None:
    # A visit called off comes in with its price and master on lines of their own: the
    # table showed the first two lines of it, the rest cut off.
    client_id = workspace.clients.create(person("Зайцева", "Юлия"))
    text = "Запись отменена: Педикюр\nСтоимость: 2000\nМастер: Ольга"
    workspace.interactions.add(
        client_id, InteractionInput(datetime(2026, 12, 15, 12, 0), InteractionKind.MEETING, text)
    )
    card = ClientCard(workspace, client_id, qsettings)
    qtbot.addWidget(card)
    item = card.history.table.item(0, 2)
    assert item.text() == "Запись отменена: Педикюр · Стоимость: 2000 · Мастер: Ольга"
    assert item.toolTip() == text


def test_the_card_says_since_when_the_shop_knows_the_client(
    qtbot, qsettings: QSettings, workspace, tmp_path
) -> None:
    # An import's «Дата регистрации» showed only in the table's «Добавлен» column.
    sheet = tmp_path / "clients.csv"
    sheet.write_text("ФИО;Дата регистрации\nЗайцева Юлия;01.03.2023\n", encoding="utf-8")
    table, header, mapping = read_plan_source(sheet)
    commit_import(
        workspace.db,
        workspace.settings,
        plan_import(workspace.db, workspace.settings, table, header, mapping, sheet.name),
    )
    [client_id] = find_client_ids(workspace.db, ClientQuery())
    card = ClientCard(workspace, client_id, qsettings)
    qtbot.addWidget(card)
    assert card.summary.text().endswith(f"client since {format_date(date(2023, 3, 1))}")


def test_purchase_dialog_adds_up_items_typed_the_russian_way(qtbot) -> None:
    dialog = PurchaseDialog(None, "RUB")
    qtbot.addWidget(dialog)
    dialog.items.add_row(["Плед", "2", "1 234,50"])
    dialog.items.add_row(["Открытка", "1", "250"])
    value = dialog.value()
    assert value.computed_total == Decimal("2719.00")
    assert not dialog.total.isEnabled()

    dialog.items.add_row(["Свеча", "две", "100"])
    dialog.accept()
    assert not dialog.error.isHidden() and "две" in dialog.error.text()
    assert dialog.result_value is None


def test_purchase_dialog_reads_and_writes_numbers_as_the_window_does(qtbot) -> None:
    """In the English window «1,200» typed as a price became 1.20 without a word, and a
    price of 1200.5 was shown to edit as «1200,5»."""
    dialog = PurchaseDialog(
        PurchaseInput(date(2026, 3, 1), items=[PurchaseItemInput("Rug", Decimal("1.5"),
                                                                 Decimal("1200.5"))]),
        "USD",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.items.rows()[0] == ["Rug", "1.5", "1200.5"]
    dialog.items.add_row(["Sofa", "1,000", "1,200"])
    sofa = dialog.value().items[1]
    assert (sofa.quantity, sofa.price) == (Decimal("1000"), Decimal("1200"))

    QLocale.setDefault(QLocale("ru_RU"))
    try:
        russian = PurchaseDialog(None, "RUB")
        qtbot.addWidget(russian)
        russian.items.add_row(["Мёд, кг", "1,250", "1,200"])  # a kilo and a quarter
        honey = russian.value().items[0]
        assert (honey.quantity, honey.price) == (Decimal("1.250"), Decimal("1200"))
    finally:
        QLocale.setDefault(QLocale("en_US"))


@pytest.mark.sqlite_file
def test_a_full_disk_keeps_the_card_open_with_what_was_typed(
    qtbot, qsettings: QSettings, workspace: Workspace, monkeypatch
) -> None:
    from typing import Any

    from sqlalchemy import event

    def no_room(connection: Any, _record: Any) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    workspace.db.engine.dispose()
    event.listen(workspace.db.engine, "connect", no_room)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    card = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(card)
    type_into(card.form.last_name, "Смирнова")
    card.form.notes.setPlainText("заметка " * 200_000)

    assert card.save() is False
    assert shown == ["There is no space left on the disk; the change was not saved"]
    assert card.form.last_name.text() == "Смирнова" and card.is_dirty()
    event.remove(workspace.db.engine, "connect", no_room)
    workspace.db.engine.dispose()
    assert all_names(workspace) == []


@pytest.mark.parametrize("choice", ["reload", "overwrite", "keep"])
def test_a_card_saved_meanwhile_on_another_pc_is_not_overwritten_unasked(
    qtbot, qsettings: QSettings, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    from copy import deepcopy

    from clientbase.ui import client_card

    client_id = workspace.clients.create(person("Белова", "Нина", city="Тула"))
    card = ClientCard(workspace, client_id, qsettings)
    qtbot.addWidget(card)
    card.show()
    other = workspace.clients.get(client_id)  # the other PC saves first
    changed = deepcopy(other.data)
    changed.city = "Калуга"
    workspace.clients.update(client_id, changed, since=other)

    asked = []
    monkeypatch.setattr(
        client_card, "ask_about_conflict", lambda _card, error, _name: asked.append(error) or choice
    )
    type_into(card.form.loyalty_card, "77")
    saved = card.save()

    assert asked[0].fields == ["city"]
    stored = workspace.clients.get(client_id).data
    if choice == "reload":
        assert not saved and card.form.city.text() == "Калуга" and stored.loyalty_card == ""
    elif choice == "overwrite":
        assert saved and (stored.city, stored.loyalty_card) == ("Тула", "77")
    else:
        assert not saved and card.form.loyalty_card.text() == "77" and stored.city == "Калуга"
        card.form.loyalty_card.clear()  # so closing the card does not ask


def test_whom_a_client_was_referred_by_is_picked_changed_and_cleared(
    qtbot, qsettings: QSettings, workspace
) -> None:
    # An import links a card to the client who referred it; the card showed the name in
    # its summary with no field to change a wrong link or clear it.
    first = workspace.clients.create(person("Белова", "Анна", phones=("+79160000002",)))
    workspace.clients.create(person("Белова", "Анна", phones=("+79160000003",)))
    client = workspace.clients.create(person("Котова", "Ирина", referred_by_id=first))
    card = ClientCard(workspace, client, qsettings)
    qtbot.addWidget(card)
    card.show()
    field = card.form.referrer
    assert (field.client_id, field.edit.text()) == (first, "Белова Анна")
    assert not card.is_dirty()

    # Typed: the namesakes are told apart by their phones; the second is picked.
    field.edit.setFocus()
    field.edit.clear()
    type_into(field.edit, "Белова")
    popup = field.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["Белова Анна, +7 916 000-00-02", "Белова Анна, +7 916 000-00-03"]
    popup.setCurrentIndex(popup.model().index(1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.edit.text() == "Белова Анна, +7 916 000-00-03"
    assert card.save() is True
    second = workspace.clients.get(client).data.referred_by_id
    assert second is not None and second != first
    assert "referred by Белова Анна" in card.summary.text()

    # Words that find nobody go back to the client chosen; the cross clears the field.
    field.edit.setText("Никто Такой")
    field.edit.editingFinished.emit()
    assert field.edit.text() == "Белова Анна"
    field.clear_button.click()
    assert card.save() is True
    assert workspace.clients.get(client).data.referred_by_id is None
    # The card's own client is not offered.
    assert [label for _, label in client_choices(workspace.db, "Котова", leave_out=client)] == []


def test_the_referrer_field_looks_clients_up_once_typing_pauses(qtbot) -> None:
    # A search of a large base on each key stalled the card: one look-up a pause.
    from clientbase.ui.referrer_field import ReferrerField

    asked: list[str] = []
    field = ReferrerField()
    qtbot.addWidget(field)
    field.set_search(lambda text: asked.append(text) or [(7, "Белова Анна, +7 916 000-00-02")])
    field.show()
    field.edit.setFocus()
    type_into(field.edit, "Белова")
    assert asked == []
    qtbot.waitUntil(lambda: asked == ["Белова"])
    # Leaving the field picks the one client found.
    field.edit.editingFinished.emit()
    assert (field.client_id, field.edit.text()) == (7, "Белова Анна, +7 916 000-00-02")
