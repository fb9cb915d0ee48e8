"""Customers exported by the web shops a small shop sells through, in English."""

from pathlib import Path

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for

SHOPIFY = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,"
    "Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
    "Tax Exempt,Tags\n"
    '\'7044210000000,Мария,Иванова,m@ya.ru,yes,,"ул. Ленина, 1",кв. 5,Москва,MOW,RU,101000,'
    '+79161112233,+79161112233,no,15400.00,12,любит синее,no,"VIP, опт"\n'
)


def test_a_shopify_customers_export_fills_the_card(workspace: Workspace, tmp_path: Path) -> None:
    # «Accepts Email Marketing» was read as an e-mail («yes» named as a bad address on every
    # row), the «Default Address» columns went to the notes, and the id kept Shopify's «'».
    path = tmp_path / "customers_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    [client_id] = find_client_ids(workspace.db, ClientQuery())
    card = workspace.clients.get(client_id).data
    assert card.client_code == "7044210000000"
    assert card.marketing_consent is True
    assert (card.city, card.street, card.postcode) == ("Москва", "ул. Ленина, 1, кв. 5", "101000")
    assert [p.raw for p in card.phones] == ["+79161112233"]
    assert [e.address for e in card.emails] == ["m@ya.ru"]
    assert card.tags == ["VIP", "опт"]
    assert card.is_vip is True  # the shop's «VIP» tag is the card's VIP flag too
    assert "любит синее" in card.notes
