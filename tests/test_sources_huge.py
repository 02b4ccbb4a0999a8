"""Huge inputs: sources reads them in linear time and keeps every character.

Splitting them under spaCy's ``max_length`` is the pipeline's job; here the
reading must not be quadratic (the furniture patterns skip long lines) nor
lose text. The 50 MB article is marked ``slow``; CI runs it.
"""

from __future__ import annotations

import time

import pytest

from kg.errors import InputError
from kg.sources import read_sources

SENTENCE = "Troops of a Russia-led alliance (CSTO/AP via Reuters) left Almaty, the ministry said. "


def _read_one(path):
    problems: list[InputError] = []
    started = time.perf_counter()
    documents = list(read_sources([path], problems=problems))
    return documents, problems, time.perf_counter() - started


def test_one_5_mb_line_is_read_whole_in_linear_time(tmp_path):
    line = (SENTENCE * (5_000_000 // len(SENTENCE) + 1))[:5_000_000]
    path = tmp_path / "one-line.txt"
    path.write_text(line)
    (document,), problems, seconds = _read_one(path)
    assert not problems
    assert document.text == line.strip()
    # Linear reading takes well under a second; quadratic would take hours.
    assert seconds < 15, seconds


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_one_5_mb_line_of_markup_is_read_in_linear_time(tmp_path, suffix):
    # Unclosed markup on purpose: every "**", "[" and "<" opens and never closes.
    chunk = "Tokayev **asked [the CSTO for <help and a_b "
    line = chunk * (5_000_000 // len(chunk))
    path = tmp_path / f"one-line{suffix}"
    path.write_text(line)
    (document,), problems, seconds = _read_one(path)
    assert not problems and "Tokayev" in document.text
    assert seconds < 30, seconds


@pytest.mark.slow
def test_a_50_mb_article_is_read_whole(tmp_path):
    paragraph = SENTENCE * 20
    count = 50_000_000 // (len(paragraph) + 2) + 1
    path = tmp_path / "huge.txt"
    path.write_text((paragraph + "\n\n") * count)
    (document,), problems, seconds = _read_one(path)
    assert not problems
    assert len(document.text) > 49_900_000
    assert document.text == "\n\n".join([paragraph.strip()] * count)
    assert seconds < 60, seconds
