from __future__ import annotations

import math
import random

import pytest

from welcome_point.domain import cardcode
from welcome_point.domain.cardcode import ALPHABET, CardCodeError, CardCodeProblem


def compact(code: str) -> str:
    return code.replace("-", "")


def test_alphabet_has_no_ambiguous_characters():
    assert not set("0O1IL") & set(ALPHABET)
    assert len(set(ALPHABET)) == len(ALPHABET) == 31


def test_codes_carry_at_least_40_random_bits_and_read_in_groups():
    assert cardcode.RANDOM_LENGTH * math.log2(len(ALPHABET)) >= 40
    code = cardcode.generate()
    assert len(code) == 11
    assert code[5] == "-"
    assert cardcode.normalise(code) == code


def test_fresh_codes_differ():
    codes = {cardcode.generate() for _ in range(2000)}
    assert len(codes) == 2000


def test_every_single_typo_and_adjacent_swap_is_caught():
    rng = random.Random(7)
    checked = 0
    for _ in range(400):
        good = compact(cardcode.generate(rng.randrange))
        assert cardcode.is_consistent(good)
        for position in range(len(good)):
            for symbol in ALPHABET:
                if symbol != good[position]:
                    typo = good[:position] + symbol + good[position + 1:]
                    assert not cardcode.is_valid(typo), (good, typo)
                    checked += 1
        for position in range(len(good) - 1):
            a, b = good[position], good[position + 1]
            if a != b:
                swapped = good[:position] + b + a + good[position + 2:]
                assert not cardcode.is_valid(swapped), (good, swapped)
                checked += 1
    assert checked > 400 * 300


def test_input_is_forgiving_about_case_and_separators():
    code = cardcode.generate(random.Random(3).randrange)
    messy = " " + code.lower().replace("-", " ") + " "
    assert cardcode.normalise(messy) == code


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", CardCodeProblem.EMPTY), ("   ", CardCodeProblem.EMPTY), ("ABCDE-FGH", CardCodeProblem.LENGTH),
     ("ABCDE-FGHJ0", CardCodeProblem.CHARACTERS), ("ABCDE-FGHJO", CardCodeProblem.CHARACTERS)],
)
def test_bad_input_names_its_problem(text, problem):
    with pytest.raises(CardCodeError) as caught:
        cardcode.normalise(text)
    assert caught.value.problem is problem


def test_wrong_check_character_is_reported_as_such():
    good = compact(cardcode.generate(random.Random(5).randrange))
    wrong = good[:-1] + next(c for c in ALPHABET if c != good[-1])
    with pytest.raises(CardCodeError) as caught:
        cardcode.normalise(wrong)
    assert caught.value.problem is CardCodeProblem.CHECK
