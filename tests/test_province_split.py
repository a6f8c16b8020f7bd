"""Work split by province groups: the groups are balanced, every group's result comes back, and a child that
fails or dies fails the whole run with its reason."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time

import pytest

from flows.province_split import SplitWorkFailed, province_groups, run_split
from flows.stopping import STOP, Stopped


@pytest.mark.parametrize(
    ("weights", "count", "groups"),
    [
        ({"ha-noi": 10, "hue": 1}, 1, [["ha-noi", "hue"]]),
        ({"ha-noi": 10, "hue": 1}, 4, [["ha-noi"], ["hue"]]),
        ({"a": 5, "b": 4, "c": 3, "d": 2}, 2, [["a", "d"], ["b", "c"]]),
        ({"a": 9, "b": 1, "c": 1, "d": 1}, 2, [["a"], ["b", "c", "d"]]),
        ({"a": 1, "b": 1}, 2, [["a"], ["b"]]),
        ({}, 2, []),
    ],
)
def test_provinces_are_split_into_groups_of_about_equal_weight(weights: dict[str, int], count: int,
                                                              groups: list[list[str]]) -> None:
    assert province_groups(weights, count) == groups


def test_every_group_is_worked_once_and_its_result_comes_back_in_order() -> None:
    pids: list[int] = []

    def work(group: list[str]) -> int:
        pids.append(os.getpid())
        return sum(len(p) for p in group)

    assert run_split(work, [["ab"], ["cde", "f"], ["gh"]]) == [2, 4, 2]
    assert pids == [os.getpid()]  # the first group here; the others in children (their appends stay there)


def test_no_group_runs_the_work_once_with_nothing() -> None:
    assert run_split(len, []) == [0]


def test_a_failing_child_fails_the_run_with_its_traceback() -> None:
    def work(group: list[str]) -> int:
        if group == ["bad"]:
            raise ValueError("no such partition")
        return 1

    with pytest.raises(SplitWorkFailed, match=r"(?s)failed:.*ValueError: no such partition"):
        run_split(work, [["good"], ["bad"]])


def test_a_child_that_dies_fails_the_run_with_its_exit_code() -> None:
    def work(group: list[str]) -> int:
        if group == ["killed"]:
            os._exit(7)
        return 1

    with pytest.raises(SplitWorkFailed, match="died with exit code 7"):
        run_split(work, [["good"], ["killed"]])


def test_a_stop_kills_the_children_and_unwinds() -> None:
    started: list[int] = []

    def work(group: list[str]) -> int:
        if group == ["slow"]:
            time.sleep(60)
        started.extend(p.pid for p in mp.active_children())
        return 1

    timer = threading.Timer(0.3, STOP.set)
    timer.start()
    begun = time.monotonic()
    try:
        with pytest.raises(Stopped):
            run_split(work, [["fast"], ["slow"]])
    finally:
        STOP.clear()
        timer.cancel()
    assert time.monotonic() - begun < 10
    assert started and not mp.active_children()
