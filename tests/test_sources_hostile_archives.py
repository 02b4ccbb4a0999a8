"""Untrusted archives, feeds and pages (issue 16, item 4): decompression bombs, endless
header lines, truncated archives, entity expansion, malformed XML, slow HTML.
Each is named with a reason, in bounded time and memory, and the rest goes on."""

from __future__ import annotations

import time

import pytest

from kg.errors import InputError, InputWarning
from kg.sources import read_sources
from tests.hostile_archives import make_hostile_archives


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    cases = make_hostile_archives(folder)
    problems: list[InputError] = []
    warnings: list[InputWarning] = []
    started = time.perf_counter()
    documents = list(read_sources([folder], problems=problems, warnings=warnings))
    return folder, cases, documents, problems, warnings, time.perf_counter() - started


def _about(messages, folder, name):
    prefix = (folder / name).as_posix()
    return [str(message) for message in messages if message.path == prefix or message.path.startswith(prefix + ":")]


def test_every_hostile_input_gets_its_answer(hostile):
    folder, cases, documents, problems, warnings, _ = hostile
    wrong = []
    for case in cases:
        skipped, warned = _about(problems, folder, case.name), _about(warnings, folder, case.name)
        read = [d for d in documents if dict(d.meta).get("warc_record", d.source).startswith((folder / case.name).as_posix())
                or dict(d.meta).get("feed_item", "").startswith((folder / case.name).as_posix())]
        answer = (
            any(case.expect in message for message in skipped) if case.outcome == "skipped" else not skipped,
            any(case.expect in message for message in warned) if case.outcome == "warned" else not warned,
            len(read) == case.documents,
            all("\n" not in message for message in skipped + warned),
        )
        if not all(answer):
            wrong.append((case.name, skipped, warned, len(read)))
    assert wrong == []


def test_hostile_inputs_are_read_in_bounded_time(hostile):
    *_, seconds = hostile
    # Unbounded, the bombs alone would expand to 3.2 GB and the attribute tag take minutes.
    assert seconds < 60, seconds


def test_records_after_a_bad_record_are_still_read(hostile):
    folder, _, documents, problems, _, _ = hostile
    huge = _about(problems, folder, "huge-page.warc")
    assert huge == [f"{(folder / 'huge-page.warc').as_posix()}:3: https://news.example/huge: record larger than "
                    "10,000,000 bytes; skipped"]
    assert any(d.title == "Rovers sign striker Callum Docherty from Dundee United"
               and dict(d.meta)["warc_record"] == f"{(folder / 'huge-page.warc').as_posix()}:5" for d in documents)


def test_slow_html_pages_keep_their_text(hostile):
    _, _, documents, _, _, _ = hostile
    texts = {document.source.rsplit("/", 1)[-1]: document.text for document in documents}
    assert texts["attributes.html"] == "Troops left Almaty."
    assert texts["nested.html"] == "Troops left Almaty on Thursday."
