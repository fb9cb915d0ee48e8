"""Password encryption of a backup: AES-256-GCM in chunks, the key derived with scrypt.

A base can be larger than memory likes, so it is sealed in chunks of 1 MB. Each chunk's nonce
holds its number and whether it is the last one, so chunks cannot be reordered, dropped or the
file cut short without the check failing (the STREAM construction of Hoang, Reyhanitabar,
Rogaway and Vizár).
"""

from __future__ import annotations

import base64
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

CHUNK = 1 << 20
TAG = 16
# scrypt with N = 2^15, r = 8: about 32 MB and a tenth of a second, once per backup.
SCRYPT_N = 1 << 15
SCRYPT_R = 8
SCRYPT_P = 1
KEY_CHECK = b"ClientBase backup key"
ASSOCIATED = b"ClientBase backup v1"


class WrongPassword(Exception):
    pass


class DamagedData(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Sealing:
    """The parameters written into the manifest: everything but the password."""

    salt: bytes
    prefix: bytes
    key_check: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_json(self) -> dict[str, object]:
        return {
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": _b64(self.salt),
            "nonce_prefix": _b64(self.prefix),
            "key_check": _b64(self.key_check),
            "chunk": CHUNK,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Sealing:
        try:
            return cls(
                salt=base64.b64decode(str(data["salt"])),
                prefix=base64.b64decode(str(data["nonce_prefix"])),
                key_check=base64.b64decode(str(data["key_check"])),
                n=int(str(data["n"])),
                r=int(str(data["r"])),
                p=int(str(data["p"])),
            )
        except (KeyError, ValueError) as error:
            raise DamagedData(str(error)) from error


def derive_key(
    password: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def new_sealing(password: str) -> tuple[Sealing, AESGCM]:
    salt = os.urandom(16)
    prefix = os.urandom(7)
    cipher = AESGCM(derive_key(password, salt))
    check = cipher.encrypt(_nonce(prefix, 0xFFFFFFFF, True), KEY_CHECK, ASSOCIATED)
    return Sealing(salt, prefix, check), cipher


def open_sealing(sealing: Sealing, password: str) -> AESGCM:
    """The cipher for this password, or WrongPassword."""
    cipher = AESGCM(derive_key(password, sealing.salt, sealing.n, sealing.r, sealing.p))
    try:
        cipher.decrypt(_nonce(sealing.prefix, 0xFFFFFFFF, True), sealing.key_check, ASSOCIATED)
    except InvalidTag as error:
        raise WrongPassword() from error
    return cipher


def _chunks(source: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """Chunks of `size` bytes with a flag on the last one (an empty source gives one empty)."""
    current = source.read(size)
    while True:
        following = source.read(size)
        yield current, not following
        if not following:
            return
        current = following


def seal(
    cipher: AESGCM,
    prefix: bytes,
    source: BinaryIO,
    target: BinaryIO,
    step: Callable[[int], None] = lambda _n: None,
) -> None:
    for index, (chunk, last) in enumerate(_chunks(source, CHUNK)):
        target.write(cipher.encrypt(_nonce(prefix, index, last), chunk, ASSOCIATED))
        step(len(chunk))


def unseal(
    cipher: AESGCM,
    prefix: bytes,
    source: BinaryIO,
    target: BinaryIO,
    step: Callable[[int], None] = lambda _n: None,
) -> None:
    for index, (chunk, last) in enumerate(_chunks(source, CHUNK + TAG)):
        try:
            plain = cipher.decrypt(_nonce(prefix, index, last), chunk, ASSOCIATED)
        except InvalidTag as error:
            raise DamagedData(f"chunk {index}") from error
        target.write(plain)
        step(len(plain))
