"""What an import writes into the records on its own, in the language of who imports: an
English window's import wrote «Визит», «выделен жёлтым» and «Примечание к «Phone»» into
the cards of an English-speaking shop."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.record_words import LANGUAGES
from clientbase.services.workspace import Workspace
from tests.conftest import person

WORDS = {
    "ru": {
        "history": ["Визит", "Звонок"],
        "tags": ["выделен жёлтым"],
        "notes": [
            "Page: VK",
            "Примечание к «Phone»: after 6 pm",
            "Примечание к «Page»: ссылка https://vk.com/id123",
            "Город: Tver",
            "ФИО: Lovelace Ada",
        ],
    },
    "en": {
        "history": ["Call", "Visit"],
        "tags": ["highlighted yellow"],
        "notes": [
            "Page: VK",
            "Note on «Phone»: after 6 pm",
            "Note on «Page»: link https://vk.com/id123",
            "City: Tver",
            "Full name: Lovelace Ada",
        ],
    },
}


def shop_sheet(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Phone", "City", "Last call", "Last visit", "Page"])
    sheet.append(["Ada Lovelace", "+44 20 7946 0018", "Tver", "01.11.2026", "15.11.2026", "VK"])
    sheet.append(["Charles Babbage", "+44 20 7946 0019", "London", None, None, None])
    for cell in sheet[2]:
        cell.fill = PatternFill("solid", fgColor="FFFF00")
    sheet["B2"].comment = Comment("after 6 pm", "Owner")
    sheet["F2"].hyperlink = "https://vk.com/id123"
    workbook.save(path)
    return path


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_imports_own_words_are_in_the_language_of_who_imports(
    workspace: Workspace, tmp_path: Path, language: str
) -> None:
    # Under her maiden name, in Moscow: the sheet's other name and city are noted under the
    # fields' names.
    workspace.clients.create(person("King", "Ada", phones=("+44 20 7946 0018",), city="Moscow"))
    path = shop_sheet(tmp_path / "clients.xlsx")
    table, header, mapping = read_plan_source(path)
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name,
        today=date(2026, 12, 4), language=language,
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)

    ada = next(
        card
        for card in map(workspace.clients.get, find_client_ids(workspace.db, ClientQuery()))
        if card.data.first_name == "Ada"
    )
    expected = WORDS[language]
    assert ada.data.tags == expected["tags"]
    assert ada.data.notes.split("\n") == expected["notes"]
    history = sorted(record.data.text for record in workspace.interactions.list_for(ada.id))
    assert history == expected["history"]


def test_both_languages_have_every_word() -> None:
    russian, english = LANGUAGES["ru"], LANGUAGES["en"]
    assert set(russian) == set(english)
    for key, text in russian.items():
        assert text.count("{") == english[key].count("{"), key


def test_a_phones_contacts_come_in_with_english_names_kinds_and_labels(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The English window showed a .vcf's columns as «Фамилия», «Телефон», and the phones
    # came in «мобильный», the job title as «Должность: …».
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "\r\n".join([
            "BEGIN:VCARD", "VERSION:3.0", "N:Lovelace;Ada;;;", "FN:Ada Lovelace",
            "TEL;TYPE=CELL:+442079460018", "TEL;TYPE=WORK:+442079460019",
            "TITLE:Countess", "item1.X-ABRELATEDNAMES:William",
            "item1.X-ABLabel:_$!<Spouse>!$_", "ANNIVERSARY:18350708",
            "ADR;TYPE=HOME:;;12 St James's Square;London;;SW1Y 4JH;UK",
            "ADR;TYPE=WORK:;;Ockham Park;Ockham;;;",
            "END:VCARD", "",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    table, header, mapping = read_plan_source(path, language="en")
    assert table.rows[header][:7] == [
        "Last name", "First name", "Middle name", "Full name", "Company", "Phone", "E-mail",
    ]  # fmt: skip
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, language="en"
    )
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    (client_id,) = find_client_ids(workspace.db, ClientQuery())
    ada = workspace.clients.get(client_id).data
    assert [(phone.raw, phone.label) for phone in ada.phones] == [
        ("+442079460018", "mobile"), ("+442079460019", "work"),
    ]  # fmt: skip
    # Her anniversary is read as a sheet's «Anniversary» column is: a day of 1835 is no
    # yearly reminder, and the notes keep it as written.
    assert ada.notes.split("\n") == [
        "Job title: Countess", "Spouse: William", "Address: Ockham Park, Ockham (work)",
        "Country: UK", "Anniversary: 1835-07-08",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "item"), [("ru", "Tea (арт. T-12)"), ("en", "Tea (SKU T-12)")]
)
def test_an_items_code_stays_with_it_in_the_importers_words(
    workspace: Workspace, tmp_path: Path, language: str, item: str
) -> None:
    path = tmp_path / "sales.csv"
    path.write_text("Purchase date;Client;Item;SKU;Price\n05.03.2026;Ada Lovelace;Tea;T-12;350\n")
    table, header, mapping = read_plan_source(path)
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, language=language
    )
    commit_import(workspace.db, workspace.settings, plan)
    (client_id,) = find_client_ids(workspace.db, ClientQuery())
    (sale,) = workspace.purchases.list_for(client_id)
    assert [line.name for line in sale.data.items] == [item]
