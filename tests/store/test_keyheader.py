"""How a new book's Argon2id parameters follow the machine (store.keyheader.choose_params)."""

from __future__ import annotations

import pytest

from dorpsboek.store.keyheader import MAX_ITERATIONS, KdfParams, choose_params

TARGET = 0.7


def test_a_slow_machine_still_gets_the_floor() -> None:
    # The floor took longer than the whole target: never go below 64 MiB and t=3.
    assert choose_params(1.5, TARGET) == KdfParams(log2_mib=6, iterations=3, lanes=4)


def test_a_middling_machine_doubles_the_memory_first() -> None:
    # 64 MiB in 0.3 s: 128 MiB takes 0.6 s, one more pass would pass the target.
    assert choose_params(0.3, TARGET) == KdfParams(log2_mib=7, iterations=3, lanes=4)


@pytest.mark.parametrize(("seconds", "iterations"), [(0.2, 5), (0.14, 7), (0.01, MAX_ITERATIONS)])
def test_a_fast_machine_spends_its_time_on_passes_not_on_more_memory(
    seconds: float, iterations: int
) -> None:
    # This machine's floor took 0.14 s: it used to get 256 MiB, a peak of 353 MiB at unlock.
    params = choose_params(seconds, TARGET)
    assert params == KdfParams(log2_mib=7, iterations=iterations, lanes=4)
    params.validate()
    per_pass_128 = seconds / 3 * 2
    assert per_pass_128 * params.iterations <= TARGET
