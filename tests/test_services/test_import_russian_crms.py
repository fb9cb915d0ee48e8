"""Clients exported by the Russian CRMs and loyalty systems a small shop outgrows or leaves."""

from pathlib import Path

from clientbase.services.workspace import Workspace
from tests.test_services.test_import_web_shops import cards_of

RETAILCRM = (
    "ID;Внешний ID;Фамилия;Имя;Отчество;E-mail;Телефон;Дата рождения;Пол;Страна;Регион;"
    "Город;Индекс;Адрес;Количество заказов;Сумма заказов;Менеджер;Сегменты;Комментарий;"
    "Дата создания;Подписан на рассылку\n"
    "1052;;Иванова;Мария;Петровна;ivanova@mail.ru;+7 (916) 111-22-33;15.03.1980;Женский;"
    "Россия;Московская область;Москва;123456;ул. Ленина, д. 5, кв. 12;3;12 500,00;"
    "Ольга Смирнова;Постоянные, VIP;любит синий;12.01.2024 10:15;Да\n"
)


def test_a_retailcrm_customers_export_keeps_its_segments_as_tags(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Сегменты» went to the notes: the shop's groups of clients were no filter's.
    maria = cards_of(workspace, tmp_path / "customers.csv", RETAILCRM)["Мария"]
    assert (maria.tags, maria.is_vip) == (["VIP", "Постоянные"], True)
    assert (maria.last_name, maria.middle_name, maria.birthday) == (
        "Иванова", "Петровна", "15.03.1980",
    )  # fmt: skip
    assert (maria.city, maria.street, maria.postcode) == (
        "Москва", "ул. Ленина, д. 5, кв. 12", "123456",
    )  # fmt: skip
    assert (maria.responsible, maria.marketing_consent) == ("Ольга Смирнова", True)
    assert "Сегменты" not in maria.notes
    assert "Сумма заказов: 12 500,00" in maria.notes and "любит синий" in maria.notes

