"""Visitor card codes: short, random, unambiguous, with a check character.

A code is 9 random characters plus 1 check character, shown as two groups of five
(``K7MXP-Q4TAC``). The alphabet drops 0/O and 1/I/L, leaving 31 symbols: 9 random
symbols carry 9 * log2(31) = 44.6 bits.

Check character: with symbol values v_0..v_9 (v_9 the check), the code is valid when
sum((i + 1) * v_i) = 0 (mod 31). 31 is prime and every weight 1..10 is non-zero and
different from its neighbour's, so
- a single wrong symbol changes the sum by w * d with w, d non-zero mod 31: never 0;
- swapping neighbours a != b changes it by (a - b) * (w_i - w_{i+1}) = -(a - b): never 0.
tests/domain/test_cardcode.py checks both claims exhaustively over many codes.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from enum import Enum

from welcome_point.domain.errors import ValidationError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
MODULUS = len(ALPHABET)  # 31, prime
RANDOM_LENGTH = 9
CODE_LENGTH = RANDOM_LENGTH + 1
GROUP = 5
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_SEPARATORS = str.maketrans("", "", " -_.\t")

assert MODULUS == 31


class CardCodeProblem(Enum):
    EMPTY = "empty"
    LENGTH = "length"
    CHARACTERS = "characters"
    CHECK = "check"


class CardCodeError(ValidationError):
    def __init__(self, problem: CardCodeProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"card code: {problem.value} {detail}".strip())


def check_character(body: str) -> str:
    """The check character for the 9 random characters ``body`` (already normalised)."""
    total = sum((i + 1) * _VALUE[c] for i, c in enumerate(body))
    weight = len(body) + 1
    # weight * check = -total (mod 31); pow(weight, -1, 31) is the modular inverse.
    return ALPHABET[(-total * pow(weight, -1, MODULUS)) % MODULUS]


def is_consistent(compact: str) -> bool:
    """True when the 10 compact characters satisfy the check equation."""
    return sum((i + 1) * _VALUE[c] for i, c in enumerate(compact)) % MODULUS == 0


def format_code(compact: str) -> str:
    return "-".join(compact[i:i + GROUP] for i in range(0, len(compact), GROUP))


def generate(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A new formatted code. ``randbelow`` is injectable so demo data can be reproducible."""
    body = "".join(ALPHABET[randbelow(MODULUS)] for _ in range(RANDOM_LENGTH))
    return format_code(body + check_character(body))


def normalise(text: str) -> str:
    """Turn typed or scanned input into the formatted code, or raise CardCodeError.

    Case, spaces and hyphens are forgiven; a wrong character count, a character that
    no card carries and a failed check are not.
    """
    compact = text.translate(_SEPARATORS).upper()
    if not compact:
        raise CardCodeError(CardCodeProblem.EMPTY)
    foreign = sorted({c for c in compact if c not in _VALUE})
    if foreign:
        raise CardCodeError(CardCodeProblem.CHARACTERS, "".join(foreign))
    if len(compact) != CODE_LENGTH:
        raise CardCodeError(CardCodeProblem.LENGTH, str(len(compact)))
    if not is_consistent(compact):
        raise CardCodeError(CardCodeProblem.CHECK)
    return format_code(compact)


def is_valid(text: str) -> bool:
    try:
        normalise(text)
    except CardCodeError:
        return False
    return True
