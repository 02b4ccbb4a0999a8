"""External sorts (``kg.runtime.spill.Sorter``): any number of rows in order, rows of
equal keys in the order they came, and never more than a bounded number of run
files, however many runs the rows fill."""

from __future__ import annotations

import random

import pytest

from kg.runtime import spill
from kg.runtime.spill import Sorter, sort_rows


def _rows(count: int, seed: int) -> list[tuple[int, int]]:
    chooser = random.Random(seed)
    return [(chooser.randrange(50), number) for number in range(count)]  # many equal keys


@pytest.mark.parametrize(("count", "run_size", "fan_in"), [(1000, 3, 4), (777, 10, 2), (64, 5, 3), (10, 100, 4)])
def test_rows_come_out_in_order_of_their_key_and_equal_keys_in_the_order_they_came(
    tmp_path, monkeypatch, count, run_size, fan_in
):
    monkeypatch.setattr(spill, "FAN_IN", fan_in)
    rows = _rows(count, seed=count)
    by_key = lambda row: row[0]  # noqa: E731
    with Sorter(tmp_path, key=by_key, run_size=run_size) as sorter:
        sorter.extend(rows)
        assert list(sorter.sorted()) == sorted(rows, key=by_key)  # sorted() is stable
        assert list(sorter.sorted()) == sorted(rows, key=by_key)  # and can be read again
    assert list(tmp_path.iterdir()) == []


def test_runs_of_one_level_are_merged_so_few_files_are_ever_read_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(spill, "FAN_IN", 4)
    rows = _rows(3000, seed=1)
    sorter = Sorter(tmp_path, key=lambda row: row[0], run_size=2)
    most = 0
    for row in rows:
        sorter.add(row)
        most = max(most, len(list(tmp_path.iterdir())))
    # 1,500 runs written; at most 3 of each level wait (4 to 5 levels), plus one merge being written
    assert len(sorter.runs) == len(list(tmp_path.iterdir())) <= 3 * 6
    assert most <= 3 * 6 + 1
    assert sorter.levels == sorted(sorter.levels, reverse=True)
    assert list(sorter.sorted()) == sorted(rows, key=lambda row: row[0])
    sorter.close()
    assert list(tmp_path.iterdir()) == []


def test_sort_rows_without_a_folder_keeps_everything_in_memory():
    rows = _rows(100, seed=2)
    assert list(sort_rows(rows, folder=None, run_size=3)) == sorted(rows)
