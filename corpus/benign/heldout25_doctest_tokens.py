"""Token helpers with doctests: signed tokens (hmac), ids (uuid), seeded sampling.

>>> sign(b"k", "hello")[:12]
'406e4b43f870'
>>> verify(b"k", "hello", sign(b"k", "hello"))
True
>>> verify(b"k", "hello", "0" * 64)
False
"""
import doctest
import hashlib
import hmac
import random
import secrets
import uuid

NAMESPACE = uuid.UUID("6f1c2a8e-4b7d-4c3e-9a51-2d0b7e8f9a10")


def sign(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def verify(key: bytes, message: str, signature: str) -> bool:
    return hmac.compare_digest(sign(key, message), signature)


def stable_id(name: str) -> uuid.UUID:
    """Same name -> same id.

    >>> stable_id("alice") == stable_id("alice")
    True
    >>> stable_id("alice").version
    5
    """
    return uuid.uuid5(NAMESPACE, name)


def seeded_uuid4(rng: random.Random) -> uuid.UUID:
    """A version-4 style UUID drawn from a seeded generator (for tests).

    >>> str(seeded_uuid4(random.Random(1)))[14]
    '4'
    """
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def sample_codes(seed: int, n: int = 5) -> list[str]:
    """Short human-readable codes.

    >>> sample_codes(42) == sample_codes(42)
    True
    >>> len(sample_codes(1, 3))
    3
    """
    rng = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return ["".join(rng.choices(alphabet, k=6)) for _ in range(n)]


if __name__ == "__main__":
    results = doctest.testmod(verbose=False)
    print(f"doctests: attempted={results.attempted} failed={results.failed}")
    key = b"server-side-key"
    sig = sign(key, "user=42;role=viewer")
    print("signature prefix:", sig[:16])
    print("tampered accepted?", verify(key, "user=42;role=admin", sig))
    print("stable id:", stable_id("report-2024"))
    rng = random.Random(2024)
    print("seeded uuid:", seeded_uuid4(rng))
    print("codes:", sample_codes(7))
    shuffled = list(range(10))
    random.Random(3).shuffle(shuffled)
    print("shuffled:", shuffled)
    token = secrets.token_urlsafe(16)  # random, so only its shape is printed
    print("fresh token length ok:", len(token) >= 16)
