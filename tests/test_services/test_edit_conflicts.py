"""Two PCs edit one client: the later save is told what the other changed, not overwritten."""

from copy import deepcopy
from datetime import date
from decimal import Decimal

import pytest

from clientbase.errors import EditConflict
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from tests.conftest import person


def test_a_save_over_a_card_changed_meanwhile_is_refused_with_what_changed(
    workspace: Workspace,
) -> None:
    client = workspace.clients.create(person("Орлова", "Вера", city="Тула"))
    mine = workspace.clients.get(client)  # this PC opens the card
    theirs = workspace.clients.get(client)  # and so does the other one
    their_edit = deepcopy(theirs.data)  # as the card's form gives it: a copy
    their_edit.city = "Калуга"
    their_edit.notes = "перезвонить после 18:00"
    assert workspace.clients.update(client, their_edit, since=theirs)

    my_edit = deepcopy(mine.data)
    my_edit.loyalty_card = "2002"
    with pytest.raises(EditConflict) as error:
        workspace.clients.update(client, my_edit, since=mine)
    assert error.value.fields == ["city", "notes"]
    saved = workspace.clients.get(client).data
    assert (saved.city, saved.notes, saved.loyalty_card) == (
        "Калуга",
        "перезвонить после 18:00",
        "",
    )

    # Read again, the card saves: the other PC's changes stay, this one's join them.
    again = workspace.clients.get(client)
    my_edit = deepcopy(again.data)
    my_edit.loyalty_card = "2002"
    assert workspace.clients.update(client, my_edit, since=again)
    assert workspace.clients.get(client).data.city == "Калуга"


def test_a_purchase_added_meanwhile_is_no_conflict(workspace: Workspace) -> None:
    client = workspace.clients.create(person("Орлова", "Вера"))
    card = workspace.clients.get(client)
    workspace.purchases.add(client, PurchaseInput(date(2026, 11, 1), total=Decimal("500")))
    edit = deepcopy(card.data)
    edit.city = "Тула"
    assert workspace.clients.update(client, edit, since=card)
    assert workspace.clients.get(client).summary.total_spent == Decimal("500")


def test_without_the_card_as_read_a_save_simply_writes(workspace: Workspace) -> None:
    client = workspace.clients.create(person("Орлова", "Вера"))
    first = workspace.clients.get(client)
    edit = deepcopy(first.data)
    edit.city = "Тула"
    workspace.clients.update(client, edit, since=first)
    later = workspace.clients.get(client).data
    later.city = "Москва"
    assert workspace.clients.update(client, later)  # «save mine over it»
    assert workspace.clients.get(client).version > first.version
