"""The card's status and source as a row's cells name them. What a sheet says beyond the
card's choices (a grade of the shop's own, the very advertising that brought a client) is
kept in the notes under its column's name."""

from __future__ import annotations

from clientbase.db.enums import ClientSource, ClientStatus
from clientbase.exchange.choices import names_itself, parse_choice
from clientbase.services.client_data import ClientInput
from clientbase.services.text import fold

# A status column, a tag or a word beside a name often marks the best clients instead of a
# stage: that is the card's VIP.
VIP_WORDS = frozenset({"vip", "вип", "вип-клиент", "vip-клиент", "vip клиент", "вип клиент"})


def read_status(text: str, header: str, data: ClientInput, notes: list[str]) -> None:
    """«Постоянный», «ушла», «lost»: the card's stage; «VIP» there marks the card VIP."""
    if fold(text) in VIP_WORDS:
        data.is_vip = True
        return
    try:
        data.status = parse_choice(ClientStatus, text)
    except ValueError:
        # A shop's own grades («Золотой», «Оптовик») are no stage of the card's: the card
        # keeps its status and the notes keep the grade.
        notes.append(f"{header}: {text}")


def read_source(
    text: str, header: str, data: ClientInput, notes: list[str], as_written: bool
) -> None:
    """Where the client came from: one of the card's sources, «Другое» for an answer of the
    shop's own. `as_written`: the program's own export, which writes the choice's name."""
    try:
        data.source = parse_choice(ClientSource, text)
    except ValueError:
        # Where clients come from has no end of answers («выставка в Туле», «от Марины»):
        # «Другое», and the answer itself in the notes.
        data.source = ClientSource.OTHER
        notes.append(f"{header}: {text}")
        return
    if not as_written and not names_itself(data.source, text):
        # «Авито» and «2ГИС» are both «Реклама»: the notes keep which one, as the shop
        # wants to know which advertising brings its clients.
        notes.append(f"{header}: {text}")
