"""The parent's management token: random, kept by their browser; only its hash is stored.

A 256-bit random token needs no slow hash: SHA-256 makes the stored value
useless for acting on the subscription, which is all it has to do.
"""

import hashlib
import secrets


def new_token():
    return secrets.token_urlsafe(32)


def digest(value):
    return hashlib.sha256(value.encode("ascii")).hexdigest()
