"""Batches are submitted a few at a time and each result is handed on once, with its batch's index."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from flows.runners import finished_results


class FakeFuture:
    """Finishes on another thread after a short delay, like a task run."""

    def __init__(self, value: int, delay: float) -> None:
        self._value = value
        self._done = threading.Event()
        self._callbacks: list[Callable] = []
        threading.Timer(delay, self._finish).start()

    def _finish(self) -> None:
        self._done.set()
        for callback in self._callbacks:
            callback(self)

    def add_done_callback(self, fn: Callable) -> None:
        self._callbacks.append(fn)
        if self._done.is_set():
            fn(self)

    def result(self) -> int:
        self._done.wait()
        return self._value


@pytest.mark.parametrize("window", [1, 3])
def test_at_most_window_in_flight_and_every_result_once(window: int) -> None:
    submitted, taken = [], []

    def submit(item: int) -> FakeFuture:
        submitted.append(item)
        assert len(submitted) - len(taken) <= window + 1  # the next one is submitted just before a hand-over
        return FakeFuture(item * 10, delay=0.001 * (item % 4))

    for index, value in finished_results(submit, range(12), window, poll=0.01):
        taken.append(index)
        assert value == index * 10
    assert sorted(taken) == list(range(12))
    assert submitted == list(range(12))
