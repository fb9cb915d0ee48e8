"""Who a planned import row is: the client of the base, or the earlier row of the file, it
matches by client code, ИНН, phone, e-mail, loyalty card, or a similar name with the same
birthday (and, on an orders sheet or where the row gives nothing else, the name alone). A
phone, e-mail, card or code found under another first name («Иванова Мария» and «Иванов
Пётр» at one home phone), or a person's at a company's, is another client sharing it: see
`sharing` and client_keys.two_clients. A row that finds no client, of the name of one, is
asked about too: see import_namesakes."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import fields
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.models import Client, Email, Phone
from clientbase.services.client_data import ClientInput
from clientbase.services.client_keys import (
    NOBODY,
    Person,
    Who,
    card_key,
    code_key,
    folded_name,
    inn_key,
    other_branch,
    same_person,
    two_clients,
    who_of,
)
from clientbase.services.client_validation import ValidClient
from clientbase.services.import_namesakes import BaseNamesakes, FileNamesakes
from clientbase.services.phones import display_phone
from clientbase.services.short_names import ShortNames, is_person, name_key, shorter
from clientbase.services.text import fold

if TYPE_CHECKING:
    from clientbase.services.import_plan import PlannedRow


class BaseIndex:
    """Who is already in the base, by normalized phone, e-mail, birthday (and name)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._sketches: dict[int, _Sketch] | None = None
        self._short_names: ShortNames | None = None
        self._listed: dict[str, list[tuple[int, str, str, str, str]]] = {}
        self.namesakes = BaseNamesakes(db)
        with db.reading() as session:
            # A client put in the archive is still the shop's: a list imported again finds
            # them there (and leaves them there) rather than bringing them back as new ones.
            # Orders sheets often name the client only, and so does a list's row of a client
            # with nothing else known (see `named`).
            self.names: dict[str, list[int]] = {}
            for client_id, name in session.execute(select(Client.id, Client.sort_name)):
                self.names.setdefault(name, []).append(client_id)
            # A phone or e-mail may be on several cards: a family's, each a client.
            self.phones: dict[str, list[int]] = {}
            for e164, client_id in session.execute(select(Phone.e164, Phone.client_id)):
                self.phones.setdefault(e164, []).append(client_id)
            self.emails: dict[str, list[int]] = {}
            for address, client_id in session.execute(select(Email.address, Email.client_id)):
                self.emails.setdefault(address, []).append(client_id)
            # The clients whose card gives a phone, e-mail, card or code (see same_person).
            self.reachable = {
                i for ids in (*self.phones.values(), *self.emails.values()) for i in ids
            }
            # A loyalty card names one client; a number that two clients share (a family's
            # card) names neither by itself, only with a name.
            self.cards: dict[str, list[int]] = {}
            for client_id, card in session.execute(
                select(Client.id, Client.loyalty_card).where(Client.loyalty_card != "")
            ):
                self.cards.setdefault(card_key(card), []).append(client_id)
                self.reachable.add(client_id)
            self.who: dict[int, Who] = {
                client_id: who_of(kind, first_name, last_name)
                for client_id, kind, first_name, last_name in session.execute(
                    select(Client.id, Client.kind, Client.first_name, Client.last_name)
                )
            }
            # So is a code from the shop's earlier program; two clients with different codes
            # are two clients, even with one phone (a family's). A code two clients share (a
            # family's account) finds each by name.
            self.codes: dict[str, list[int]] = {}
            self.code_of: dict[int, str] = {}
            for client_id, code in session.execute(
                select(Client.id, Client.client_code).where(Client.client_code != "")
            ):
                key = code_key(code)
                self.codes.setdefault(key, []).append(client_id)
                self.code_of[client_id] = key
                self.reachable.add(client_id)
            # An ИНН names one company (a branch of it, with its КПП), sole trader or person,
            # however the name is written: a list of companies without phones or e-mails
            # imported again finds each by it.
            self.inns: dict[str, list[tuple[int, str]]] = {}
            for client_id, inn, kpp in session.execute(
                select(Client.id, Client.inn, Client.kpp).where(Client.inn != "")
            ):
                if key := inn_key(inn):
                    self.inns.setdefault(key, []).append((client_id, kpp))
            self.by_birthday: dict[tuple[int, int, int], list[tuple[int, str]]] = {}
            for client_id, day, month, year, name in session.execute(
                select(
                    Client.id, Client.birthday_day, Client.birthday_month, Client.birthday_year,
                    Client.sort_name,
                ).where(Client.birthday_month.is_not(None))
            ):  # fmt: skip
                if day is not None and month is not None:
                    born = (day, month, year or 0)
                    self.by_birthday.setdefault(born, []).append((client_id, name))

    def named(self, valid: ValidClient, alone: bool) -> int | None:
        """The client of the base a row naming its client is: on an orders sheet the one
        client of that name. A list's row of a name alone (`alone`, see name_alone) is the
        one client of that name whose card says no other town or address; among namesakes,
        the one card that holds just what the row does (the row's own, imported before)."""
        ids = self.names.get(folded_name(valid), ())
        if not alone:
            if len(ids) != 1:
                return None
            # A client whose card has a phone, e-mail, birthday or code, and a row whose own
            # found no client: namesakes, as in FileIndex.find (see alike_client).
            told = has_contacts(valid.data) and self._load_sketches()[ids[0]].keyed
            return None if told else ids[0]
        row = _sketch_of(valid.data)
        sketches = self._load_sketches()
        same = [i for i in ids if sketches[i] == row]
        if len(same) == 1:
            return same[0]
        alike = [i for i in ids if not _elsewhere(sketches[i], row)]
        return alike[0] if len(alike) == 1 else None

    def listed(self, name: str) -> list[tuple[int, str, str, str, str]]:
        """The clients of a folded name as the purchases sheet of the program's export
        names them: id, name, first phone, first e-mail, code (as code_key compares it).
        Read once a name: the sheet names a client on each line of each purchase."""
        if (known := self._listed.get(name)) is not None:
            return known
        with self._db.reading() as session:
            rows = session.execute(
                select(
                    Client.id, Client.display_name, Client.primary_phone, Client.primary_email,
                    Client.client_code,
                ).where(Client.id.in_(self.names.get(name, ())))
            )  # fmt: skip
            known = [(i, shown, tel, email, code_key(code)) for i, shown, tel, email, code in rows]
        self._listed[name] = known
        return known

    def same_card(self, valid: ValidClient, taken: Collection[int]) -> int | None:
        """The first client of the row's name, not `taken`, whose card holds what the row
        does and no other code (see own_card)."""
        row = _sketch_of(valid.data)[1:]
        sketches = self._load_sketches()
        return next(
            (
                i for i in self.names.get(folded_name(valid), ())
                if i not in taken and sketches[i][1:] == row and not self.other_code(i, valid)
            ),
            None,
        )  # fmt: skip

    def named_shorter(self, valid: ValidClient) -> int | None:
        """On an orders sheet, the one person of the base the row names shorter («Иванова
        Мария», «Иванова М. П.» for «Иванова Мария Петровна»; see short_names), unless the
        row's own phone or e-mail found no one while the card has one: namesakes."""
        if self._short_names is None:  # read when an orders sheet's name first needs it
            self._short_names = ShortNames(self._db)
        found = self._short_names.find(valid.data)
        if found is None or (has_contacts(valid.data) and self._load_sketches()[found].keyed):
            return None
        return found

    def _load_sketches(self) -> dict[int, _Sketch]:
        """What tells the base's clients apart beside their keys, read once, when a row of
        a name alone first needs it."""
        if self._sketches is None:
            keyed = {i for ids in (*self.phones.values(), *self.emails.values()) for i in ids}
            with self._db.reading() as session:
                self._sketches = {
                    client_id: _Sketch(
                        client_id in keyed or day is not None or bool(inn or card or code),
                        *(fold(text.strip()) for text in texts),
                    )
                    for client_id, day, inn, card, code, *texts in session.execute(
                        select(
                            Client.id, Client.birthday_day, Client.inn, Client.loyalty_card,
                            Client.client_code, *_SKETCHED,
                        )
                    )
                }  # fmt: skip
        return self._sketches

    def other_code(self, client_id: int, valid: ValidClient) -> bool:
        """Whether the client in the base has a code, and the row another one."""
        mine = code_key(valid.data.client_code)
        theirs = self.code_of.get(client_id)
        return bool(mine) and theirs is not None and theirs != mine

    def another_client(self, client_id: int, valid: ValidClient) -> bool:
        """Whether the client in the base is another than the row's, by who they are."""
        data = valid.data
        who = who_of(data.kind, data.first_name, data.last_name)
        return two_clients(who, self.who.get(client_id, NOBODY))

    def owners(self, valid: ValidClient) -> Iterator[int]:
        """The clients of the base with the row's phones, e-mails, loyalty card or code."""
        for phone in valid.phones:
            yield from self.phones.get(phone.e164, ())
        for address, _ in valid.emails:
            yield from self.emails.get(address, ())
        carded, coded = self.card_owners(valid), self.code_owners(valid)
        # A card or code two clients share finds neither by itself.
        yield from carded if len(carded) == 1 else ()
        yield from coded if len(coded) == 1 else ()

    def card_owners(self, valid: ValidClient) -> list[int]:
        card = valid.data.loyalty_card
        return self.cards.get(card_key(card), []) if card.strip() else []

    def code_owners(self, valid: ValidClient) -> list[int]:
        code = code_key(valid.data.client_code)
        return self.codes.get(code, []) if code else []

    def inn_owners(self, valid: ValidClient) -> list[int]:
        """The clients of the row's ИНН, but for another branch (КПП) of the company."""
        key, kpp = inn_key(valid.data.inn), valid.data.kpp
        owners = self.inns.get(key, []) if key else []
        return [client for client, theirs in owners if not other_branch(kpp, theirs)]

    def the_one_named(self, owners: list[int], valid: ValidClient) -> int | None:
        """Of the clients sharing a card or code, the one the row names, if just one."""
        named = [owner for owner in owners if not self.another_client(owner, valid)]
        return named[0] if len(named) == 1 else None

    def sharing(self, valid: ValidClient) -> int | None:
        """The client of the base, another one, with a phone, e-mail, card or code of the
        row that finds no client of its own."""
        return next((c for c in self.owners(valid) if self.another_client(c, valid)), None)


class FileIndex:
    """The rows planned so far, by the same keys and by birthday with a similar name, to
    catch a client listed twice."""

    def __init__(self, base: BaseIndex) -> None:
        self._base = base
        self.keys: dict[str, list[PlannedRow]] = {}
        self.by_birthday: dict[tuple[int, int, int], list[tuple[str, PlannedRow]]] = {}
        # The clients' rows by name, for a later row of a name alone; a name two rows give
        # to two clients names neither.
        self.names: dict[str, PlannedRow | None] = {}
        self.namesakes = FileNamesakes()
        # The people's rows by last name and initial, for an orders sheet's shorter name.
        self.people: dict[tuple[str, str], list[PlannedRow]] = {}

    def find(
        self,
        keys: list[str],
        person: Person | None,
        code: str = "",
        who: Who = NOBODY,
        kpp: str = "",
    ) -> PlannedRow | None:
        """The earlier row of the same client; `code` (a code_key) rules out a row whose
        client has another code, `who` (see who_of) one found by a phone, e-mail or card
        that is another client, and `kpp` another branch of the company."""
        contacts = any(not key.startswith(_NAME) for key in keys)
        for key in keys:
            # By name (an orders sheet's) only where one of the two rows gives no phone,
            # e-mail, card or code: two that give theirs and share none are namesakes.
            by_name = key.startswith(_NAME)
            for row in self.keys.get(key, ()):
                if self._other_code(code, row) or (
                    row.data is not None and other_branch(kpp, row.data.kpp)
                ):
                    continue
                if by_name and contacts and row.data is not None and has_contacts(row.data):
                    continue
                if not _another_client(who, row):
                    return row
        if person is None:
            return None
        birthday, name = person
        same_day = self.by_birthday.get(birthday, ())
        return next(
            (
                row
                for other, row in same_day
                if same_person(birthday, name, other, contacts and _reachable(row))
                and not self._other_code(code, row)
            ),
            None,
        )

    def _other_code(self, code: str, row: PlannedRow) -> bool:
        """Whether the row's client has a code, and not this one: its own, or the code of
        the client in the base it goes into."""
        if not code or row.data is None:
            return False
        theirs = code_key(row.data.client_code)
        if not theirs and row.client_id is not None:
            theirs = self._base.code_of.get(row.client_id, "")
        return bool(theirs) and theirs != code

    def sharing(self, keys: list[str], who: Who) -> PlannedRow | None:
        """The earlier row, another client, with a phone, e-mail, card or code of a row that
        finds no client of its own."""
        for key in keys:
            for row in self.keys.get(key, ()):
                if _another_client(who, row):
                    return row
        return None

    def named(self, valid: ValidClient) -> PlannedRow | None:
        """The one earlier client's row of the name a row of a name alone gives, where
        nothing the two rows say differs: a register's two «John Smith», each with a date
        of his own in the notes, are two people."""
        row = self.names.get(folded_name(valid))
        if row is None or row.data is None or _differ(row.data, valid.data):
            return None
        return row

    def named_shorter(self, valid: ValidClient, code: str) -> PlannedRow | None:
        """On an orders sheet, the one earlier row of the person this one names shorter or
        longer («Иванова Мария», «Иванова М. П.», «Иванова Мария Петровна»; see
        short_names), unless both give contacts of their own (namesakes) or two codes."""
        data = valid.data
        if not is_person(data):
            return None
        first, middle = fold(data.first_name.strip()), fold(data.middle_name.strip())
        found = []
        for row in self.people.get(name_key(data), ()):
            theirs = row.data
            if theirs is None or self._other_code(code, row):
                continue
            their_first, their_middle = (
                fold(theirs.first_name.strip()), fold(theirs.middle_name.strip())
            )  # fmt: skip
            if (
                shorter(first, middle, their_first, their_middle)
                or shorter(their_first, their_middle, first, middle)
            ) and not (has_contacts(data) and has_contacts(theirs)):
                found.append(row)
        return found[0] if len(found) == 1 else None

    def add(self, row: PlannedRow, keys: list[str], person: Person | None) -> None:
        for key in keys:
            self.keys.setdefault(key, []).append(row)
        if row.valid is not None:
            name = folded_name(row.valid)
            self.names[name] = None if name in self.names else row
            self.namesakes.add(row, row.valid)
            if is_person(row.valid.data):
                self.people.setdefault(name_key(row.valid.data), []).append(row)
        if person is not None:
            birthday, name = person
            self.by_birthday.setdefault(birthday, []).append((name, row))


def _differ(one: ClientInput, other: ClientInput) -> bool:
    """Whether two cards give one of their text fields two values."""
    return any(
        (mine := getattr(one, name).strip())
        and (theirs := getattr(other, name).strip())
        and fold(mine) != fold(theirs)
        for name in _TEXT_FIELDS
    )


_TEXT_FIELDS = tuple(item.name for item in fields(ClientInput) if item.type in ("str", str))


class _Sketch(NamedTuple):
    """A card as a row of a name alone is compared with it: whether it has a key (phone,
    e-mail, birthday, ИНН, card or code), and its other fields folded."""

    keyed: bool
    middle_name: str
    organization: str
    region: str
    city: str
    street: str
    postcode: str
    notes: str


_SKETCHED = (
    Client.middle_name, Client.organization, Client.region, Client.city, Client.street,
    Client.postcode, Client.notes,
)  # fmt: skip
_ADDRESS = ("region", "city", "street", "postcode")


def _sketch_of(data: ClientInput) -> _Sketch:
    return _Sketch(
        False, *(fold(getattr(data, column.key).strip()) for column in _SKETCHED)
    )  # fmt: skip


def _elsewhere(card: _Sketch, row: _Sketch) -> bool:
    """Whether a card gives another town or address than the row: another person of the
    name, or one who has moved, which nobody can tell; the notes may have grown since."""
    return any(
        (mine := getattr(card, name)) and (theirs := getattr(row, name)) and mine != theirs
        for name in _ADDRESS
    )


def _another_client(who: Who, row: PlannedRow) -> bool:
    data = row.data
    return data is not None and two_clients(who, who_of(data.kind, data.first_name, data.last_name))


def match_keys(valid: ValidClient, by_name: bool = False) -> list[str]:
    keys = [f"code:{code_key(valid.data.client_code)}"] if valid.data.client_code.strip() else []
    keys += [f"phone:{p.e164}" for p in valid.phones] + [f"email:{e}" for e, _ in valid.emails]
    if valid.data.loyalty_card.strip():
        keys.append(f"card:{card_key(valid.data.loyalty_card)}")
    if taxed := inn_key(valid.data.inn):
        keys.append(f"inn:{taxed}")
    if by_name:
        # On an orders sheet one client is on many rows, often by name alone.
        keys.append(f"{_NAME}{folded_name(valid)}")
    return keys


_NAME = "name:"


def _reachable(row: PlannedRow) -> bool:
    return row.data is not None and has_contacts(row.data)


def has_contacts(data: ClientInput) -> bool:
    """Whether a row gives what finds its client without the name: a phone, an e-mail, a
    loyalty card or a client code."""
    return bool(data.phones or data.emails or data.loyalty_card.strip() or data.client_code.strip())


def name_alone(valid: ValidClient) -> bool:
    """Whether a row names its client and gives nothing else that tells one client from
    another: no phone, e-mail, card, code, birthday or ИНН."""
    data = valid.data
    return not (
        valid.phones or valid.emails or data.birthday.strip() or data.inn.strip()
        or data.loyalty_card.strip() or data.client_code.strip()
    )  # fmt: skip


def alike_row(
    in_file: FileIndex, valid: ValidClient, keys: list[str], who: Who, orders: bool
) -> tuple[PlannedRow, str] | None:
    """The earlier row that may be the client of a row that found none, for the person to
    decide, and why: another name at its phone, e-mail or card ("shared_contact"), or its
    name with other contacts ("namesake", see import_namesakes; an orders sheet finds its
    clients by name)."""
    if (sharer := in_file.sharing(keys, who)) is not None:
        return sharer, "shared_contact"
    if (not orders or has_contacts(valid.data)) and (
        namesake := in_file.namesakes.find(valid)
    ) is not None:
        return namesake, "namesake"
    return None


def alike_client(base: BaseIndex, valid: ValidClient, orders: bool) -> tuple[int, str] | None:
    """As alike_row, the client of the base."""
    if (sharer := base.sharing(valid)) is not None:
        return sharer, "shared_contact"
    if (not orders or has_contacts(valid.data)) and (
        namesake := base.namesakes.find(valid)
    ) is not None:
        return namesake, "namesake"
    return None


def found_in_base(base: BaseIndex, valid: ValidClient, person: Person | None) -> bool:
    """Whether an orders sheet's row finds a client of the base by its contacts or name."""
    return find_in_base(base, valid, person) is not None or base.named(valid, False) is not None


def find_in_base(base: BaseIndex, valid: ValidClient, person: Person | None) -> int | None:
    # The client of the code, unless the row names another person (a shop's «Код» that
    # was no client's): then the two are named side by side, see BaseIndex.sharing. Of a
    # code two clients share (a family's account), the one the row names.
    if (owner := base.the_one_named(base.code_owners(valid), valid)) is not None:
        return owner
    # The client of the ИНН (and КПП), whatever the row calls it («Ромашка ООО»).
    taxed = base.inn_owners(valid)
    owner = taxed[0] if len(taxed) == 1 else base.the_one_named(taxed, valid)
    if owner is not None and not base.other_code(owner, valid):
        return owner
    for owner in base.owners(valid):
        if not base.other_code(owner, valid) and not base.another_client(owner, valid):
            return owner
    carded = base.card_owners(valid)  # a family's card, where nothing else found the row
    owner = base.the_one_named(carded, valid) if len(carded) > 1 else None
    if owner is not None and not base.other_code(owner, valid):
        return owner
    if person is not None:
        birthday, name = person
        for client_id, other in base.by_birthday.get(birthday, []):
            both = has_contacts(valid.data) and client_id in base.reachable
            if same_person(birthday, name, other, both) and not base.other_code(client_id, valid):
                return client_id
    return None


def listed_buyer(base: BaseIndex, valid: ValidClient, listed: str) -> int | None:
    """The client the program's own purchases sheet names, as the card is listed: a company
    without «ООО», «Петрова (Орлова) Вера», «Иванов 2» read as a sheet's name are other
    people, whom the row's phone would only find as sharing it. Of namesakes, the one whose
    first phone, first e-mail and code the row gives (none where the card has none), in
    the same capitals where two are left."""
    folded = fold(listed)
    named = base.names.get(folded, ())
    if len(named) <= 1:
        # Another shop's card of the name (the sheet imported into another base) has
        # other contacts: the row is then matched as any orders sheet's.
        return named[0] if named and _has_contacts_of_row(base, named[0], valid) else None
    contacts = (
        display_phone(valid.phones[0].e164) if valid.phones else "",
        valid.emails[0][0] if valid.emails else "",
        code_key(valid.data.client_code),
    )
    fitting = [(i, name) for i, name, *theirs in base.listed(folded) if tuple(theirs) == contacts]
    exact = [i for i, name in fitting if name == listed]
    if len(exact) == 1 or len(fitting) == 1:
        return exact[0] if exact else fitting[0][0]
    return None


def _has_contacts_of_row(base: BaseIndex, client_id: int, valid: ValidClient) -> bool:
    """Whether the card has the row's first phone and e-mail, and its code."""
    phone = valid.phones[0].e164 if valid.phones else None
    email = valid.emails[0][0] if valid.emails else None
    return (
        (phone is None or client_id in base.phones.get(phone, ()))
        and (email is None or client_id in base.emails.get(email, ()))
        and code_key(valid.data.client_code) == base.code_of.get(client_id, "")
    )


def own_card(
    base: BaseIndex, valid: ValidClient, taken: Collection[int], person: Person | None
) -> int | None:
    """The client of the base a row of the program's full export stands for, where the one
    it finds first is `taken` by an earlier row (a company's two cards the base keeps apart,
    sharing a phone): each row of that file is a card, and no two rows one. None where the
    row has no client of its own left (a row copied in Excel: one card twice). A card no
    phone or e-mail finds (its code shared with another card, a birthday without a year) is
    the first of its name not taken that holds what the row does; then, a name retyped in
    Excel, the card of its birthday and a like name (a namesake's «Ng И.» of the same
    birthday had taken «Ng Ёлка Ивановна»'s row)."""
    for owner in base.owners(valid):
        if owner in taken or base.other_code(owner, valid) or base.another_client(owner, valid):
            continue
        return owner
    if (same := base.same_card(valid, taken)) is not None:
        return same
    found = find_in_base(base, valid, person) if person is not None else None
    return found if found not in taken else None
