"""The card's status and source as a row's cells name them. What a sheet says beyond the
card's choices (a grade of the shop's own, the very advertising that brought a client) is
kept in the notes under its column's name."""

from __future__ import annotations

import re

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
        # the source a word of it names, else «Другое», and the answer itself in the notes.
        data.source = source_in_words(text) or ClientSource.OTHER
        notes.append(f"{header}: {text}")
        return
    if not as_written and not names_itself(data.source, text):
        # «Авито» and «2ГИС» are both «Реклама»: the notes keep which one, as the shop
        # wants to know which advertising brings its clients.
        notes.append(f"{header}: {text}")


# Forms of the sources' words a sentence puts them in: «нашла в интернете», «увидела в
# инстаграме», «по рекомендации».
_SOURCE_FORMS = {
    "интернете": ClientSource.WEBSITE, "сайте": ClientSource.WEBSITE,
    "инстаграме": ClientSource.SOCIAL, "инстаграмме": ClientSource.SOCIAL,
    "инсте": ClientSource.SOCIAL, "телеграме": ClientSource.SOCIAL,
    "телеграмме": ClientSource.SOCIAL, "соцсетях": ClientSource.SOCIAL,
    "соцсети": ClientSource.SOCIAL, "рекламе": ClientSource.ADVERTISING,
    "рекламу": ClientSource.ADVERTISING, "рекламы": ClientSource.ADVERTISING,
    "яндексе": ClientSource.ADVERTISING, "гугле": ClientSource.ADVERTISING,
    "выставке": ClientSource.EXHIBITION, "ярмарке": ClientSource.EXHIBITION,
    "рекомендации": ClientSource.REFERRAL, "рекомендацию": ClientSource.REFERRAL,
    "вывеску": ClientSource.WALK_IN, "витрину": ClientSource.WALK_IN,
}  # fmt: skip
# A source's words too short to name it inside a sentence: Одноклассники' «ok», Яндекс's «ya».
_NOT_IN_A_SENTENCE = frozenset({"ok", "ya", "other", "другое"})
_WORD = re.compile(r"[\w.-]+")


def source_in_words(text: str) -> ClientSource | None:
    """The source an answer in a form's own words names, by the first of the sources' words
    in it («Из Instagram», «Посоветовали друзья», «Реклама в Яндексе», «Выставка в Туле»);
    None where it names none («Не помню»)."""
    words = [word.strip(".-") for word in _WORD.findall(fold(text))]
    for at, word in enumerate(words):
        for said in (" ".join(words[at : at + 2]), word):
            if said in _NOT_IN_A_SENTENCE:
                continue
            if found := _SOURCE_FORMS.get(said):
                return found
            try:
                return parse_choice(ClientSource, said)
            except ValueError:
                continue
    return None
