"""kg.sources on the bad-input folder: each file is read, read with a warning, or
skipped with a one-line reason naming it; nothing raises. No spaCy needed."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kg.errors import InputError, InputWarning
from kg.sources import Source, find_sources, read_document, read_sources
from kg.sources.decoding import clean_text
from tests.bad_inputs import ARTICLE, make_bad_inputs

SAFE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    cases = make_bad_inputs(folder)
    problems: list[InputError] = []
    warnings: list[InputWarning] = []
    documents = list(read_sources([folder], problems=problems, warnings=warnings))
    return folder, cases, documents, problems, warnings


def _named(messages, folder: Path, name: str) -> list[str]:
    prefix = (folder / name).as_posix()
    return [str(message) for message in messages if message.path == prefix or message.path.startswith(prefix + ":")]


def test_every_case_gets_its_answer(bad_folder):
    folder, cases, documents, problems, warnings = bad_folder
    wrong = []
    for case in cases:
        skipped = _named(problems, folder, case.name)
        warned = _named(warnings, folder, case.name)
        built = [document for document in documents if document.source.split(":")[0] == (folder / case.name).as_posix()]
        expected_built = case.documents if case.outcome != "skipped" or case.documents > 1 else 0
        answer = (
            any(case.expect in message for message in skipped) if case.outcome == "skipped" else not skipped,
            any(case.expect in message for message in warned) if case.outcome == "warned" else not warned,
            len(built) == expected_built,
            all("\n" not in message and message.startswith((folder / case.name).as_posix()) for message in skipped + warned),
        )
        if not all(answer):
            wrong.append((case, skipped, warned, len(built)))
    assert not wrong
    assert len(cases) >= 25


def test_nothing_is_read_twice_through_a_folder_loop(bad_folder):
    _folder, cases, documents, _problems, _ = bad_folder
    sources = [document.source for document in documents]
    assert len(sources) == len(set(sources))
    expected = sum(case.documents for case in cases if case.outcome != "skipped" or case.documents > 1)
    assert len(documents) == expected


def test_ids_are_iri_safe_and_unique(bad_folder):
    _, _, documents, _, _ = bad_folder
    ids = [document.id for document in documents]
    assert all(SAFE_ID.match(document_id) for document_id in ids), ids
    assert len(ids) == len(set(ids))


def test_good_variants_read_as_the_same_text(bad_folder):
    _, _, documents, _, _ = bad_folder
    by_name = {Path(document.source).name: document for document in documents}
    reference = by_name["crlf.txt"].text
    for name in ("utf16-bom.txt", "lone-cr.txt", "nul-bytes.txt", "spaced name 'quoted' \"double\" ünïcödé.txt"):
        assert by_name[name].text == reference, name
    assert by_name["terminal-escapes.txt"].text == "Alert " + reference
    assert "“Troops will leave,” Tokayev said – on Thursday." in by_name["smart-quotes.txt"].text
    assert "Le président Tokayev a parlé à Almaty." in by_name["latin1.txt"].text
    assert reference == ARTICLE.strip()


def test_html_keeps_the_article_and_drops_scripts_styles_and_chrome(bad_folder):
    _, _, documents, _, _ = bad_folder
    page = next(document for document in documents if document.source.endswith("page.html"))
    assert page.title == "Troops & Tokayev"
    assert page.text.split("\n\n") == [
        "Kazakh President Kassym-Jomart Tokayev asked the Collective Security Treaty Organisation for help.",
        "Russia sent troops to Almaty.",
    ]
    for junk in ("INJECTED", "color", "<", "Home", "JavaScript"):
        assert junk not in page.text


def test_markdown_is_stripped_not_read_as_text(bad_folder):
    _, _, documents, _, _ = bad_folder
    notes = next(document for document in documents if document.source.endswith("notes.md"))
    assert (notes.title, notes.date) == ("Troops leave", "2022-01-13")
    assert notes.text == (
        "Kazakh President Kassym-Jomart Tokayev asked the CSTO for help.\n\nRussia sent troops to Almaty."
    )


def test_json_lines_reports_bad_lines_and_builds_the_rest(bad_folder):
    _, _, documents, problems, _ = bad_folder
    feed = [document for document in documents if ".jsonl:" in document.source]
    assert [(document.id, document.title, document.date, document.text) for document in feed] == [
        ("a1", "First", "2022-01-13", "Tokayev asked the CSTO for help."),
        ("feed-3", "Third", None, "Russia sent troops to Almaty."),
    ]
    assert dict(feed[0].meta)["url"] == "https://x.kz/1"
    lines = sorted(int(problem.path.rsplit(":", 1)[1]) for problem in problems if ".jsonl:" in problem.path)
    assert lines == [2, 4, 5]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": 5}', "field 'text' is a JSON int, not a string"),
        (b'{"text": "  "}', 'empty "text" field'),
        (b'"just a string"', "a JSON str, not an object"),
        (b'{"text": "ok", "title": ["x"]}', "field 'title' is a JSON list"),
        (b'{"text": "caf\xe9"}', "not UTF-8 (byte 0xe9 at column 14)"),
        (b"[" * 100000, "invalid JSON"),
    ],
    ids=["text-int", "text-blank", "string", "title-list", "latin1", "deep-nesting"],
)
def test_json_lines_bad_line_reasons(tmp_path, line, reason):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "Tokayev spoke."}\n' + line + b"\n")
    problems: list[InputError] = []
    documents = list(read_sources([path], problems=problems))
    assert [document.text for document in documents] == ["Tokayev spoke."]
    assert [problem.path for problem in problems] == [f"{path.as_posix()}:2"]
    assert reason in problems[0].reason


def test_missing_path_is_named(tmp_path):
    problems: list[InputError] = []
    assert list(read_sources([tmp_path / "nope.txt"], problems=problems)) == []
    assert str(problems[0]) == f"{(tmp_path / 'nope.txt').as_posix()}: no such file or folder"


def test_unreadable_file_is_named_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match=r"a\.txt: cannot read \(Permission denied\)$"):
        read_document(Source(path, path.as_posix()))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files; the monkeypatched test covers the message")
def test_chmod_000_file_is_skipped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    problems: list[InputError] = []
    assert list(read_sources([tmp_path], problems=problems)) == []
    assert "Permission denied" in problems[0].reason


def test_names_with_newlines_and_undecodable_bytes_stay_one_line(tmp_path):
    evil = os.fsencode(tmp_path) + b"/evil\nkg: wrote x \xe9.txt"
    with open(evil, "wb") as stream:
        stream.write(ARTICLE.encode())
    problems: list[InputError] = []
    documents = list(read_sources([tmp_path], problems=problems))
    assert not problems
    (document,) = documents
    assert "\n" not in document.source and "\\n" in document.source and "\\udce9" in document.source
    document.source.encode("utf-8")  # no lone surrogates: every exporter can write it
    assert SAFE_ID.match(document.id)


def test_explicit_symlinked_folder_is_followed_once(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(ARTICLE)
    (tmp_path / "link").symlink_to(real)
    problems: list[InputError] = []
    sources = list(find_sources([tmp_path], problems=problems))
    assert len(sources) == 1 and not problems
    assert len(list(find_sources([tmp_path / "link"], problems=problems))) == 1


def test_control_characters_never_leave_sources():
    text = "".join(map(chr, range(0, 0x20))) + "\x7f\x85\ud800\ufffe\uffff\ufeff" + "ok\u2028é\u2029"
    cleaned = clean_text(text)
    assert cleaned == "\t\n\n\nok\né\n"
