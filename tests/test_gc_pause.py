"""The cycle collector is paused for a bulk operation and always comes back as it was."""

from __future__ import annotations

import gc

import pytest

from dorpsboek.gc_pause import paused_gc


def test_paused_inside_and_back_on_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_and_as_decorator_keep_the_outer_state() -> None:
    @paused_gc()
    def bulk() -> bool:
        return gc.isenabled()

    with paused_gc():
        assert bulk() is False
        assert not gc.isenabled()  # the inner one did not switch it on early
    assert gc.isenabled()
    assert bulk() is False and gc.isenabled()
