"""Whether a text is shaped like an e-mail address.

Apart from client_validation so that a sheet's reader, which tells an e-mail column by its
values, can ask without loading the database models in its own process."""

from __future__ import annotations

import re

# Deliberately loose: the shop needs to catch typos (no @, spaces, no domain), not enforce RFCs.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))
