"""Server passwords in the operating system's keyring, never in a settings file.

Windows Credential Manager, macOS Keychain or the desktop's Secret Service hold them; where
there is none (a bare Linux, a locked keyring) nothing is remembered and the program asks.
"""

from __future__ import annotations

from contextlib import suppress

from sqlalchemy.engine import URL, make_url

SERVICE = "ClientBase"


def account(url: str | URL) -> str:
    """The keyring entry's name: user@host:port/database, without any password."""
    parsed = make_url(url) if isinstance(url, str) else url
    return f"{parsed.username or ''}@{parsed.host or ''}:{parsed.port or 5432}/{parsed.database}"


def remember(url: str | URL, password: str) -> bool:
    """Keep the password; False when this computer has no keyring to keep it in."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(url), password)
    except KeyringError:
        return False
    return True


def recall(url: str | URL) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(url))
    except KeyringError:
        return None


def forget(url: str | URL) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    # Nothing kept, or no keyring: there is nothing to forget either way.
    with suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, account(url))
