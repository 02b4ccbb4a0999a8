"""The README's SPARQL queries run over the committed export of the seed (built
by the real pipeline, with its events, positions and quotes), the last four
also over a hand-made graph with GeoNames links and denials, and answer what
their headings say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.stores.sparql import run_query

ROOT = Path(__file__).resolve().parent.parent
QUERIES = re.findall(r"```sparql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
FILES = [ROOT / "exports" / "graph.ttl", ROOT / "ontology" / "kg.ttl"]
CSTO = "Collective Security Treaty Organisation"


def _rows(number: int, files: list[Path] = FILES) -> list[dict[str, str | None]]:
    result = run_query(files, QUERIES[number])
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


@pytest.fixture(scope="module")
def news_files(tmp_path_factory) -> list[Path]:
    """The hand-made graph of tests/news_graphs.py as Turtle, with the ontology."""
    from news_graphs import news_graph

    from kg.export.rdf import write_turtle

    path = write_turtle(news_graph(), tmp_path_factory.mktemp("news") / "graph.ttl")
    return [path, ROOT / "ontology" / "kg.ttl"]


def test_readme_has_ten_queries():
    assert len(QUERIES) == 10


def test_readme_query_who_asked_whom():
    rows = _rows(0)
    assert {"who": "Kassym-Jomart Tokayev", "whom": CSTO} in [{"who": r["who"], "whom": r["whom"]} for r in rows]
    assert all("request" in row["asked"] for row in rows)


def test_readme_query_what_happened_in_kazakhstan():
    rows = _rows(1)
    assert rows and all("Kazakhstan" in (row["subject"], row["object"]) for row in rows)
    assert any(row["subject"] == CSTO and re.search(r"deploy|sent|send", row["relation"]) for row in rows)
    dates = [row["date"] for row in rows if row["date"]]
    assert dates == sorted(dates) and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)


def test_readme_query_people_and_their_names():
    rows = {row["person"]: row["also_known_as"] or "" for row in _rows(2)}
    assert {"Mr Tokayev", "President Kassym-Jomart Tokayev"} <= set(rows["Kassym-Jomart Tokayev"].split(" | "))


def test_readme_query_evidence_behind_an_edge():
    (row,) = _rows(3)
    assert "requested assistance from the Collective Security Treaty Organisation" in row["sentence"]
    assert 0 <= int(row["start"]) < int(row["end"])
    assert 0 < float(row["confidence"]) <= 1
    assert row["headline"] == "Russia-led alliance’s troops prepare to pull out of Kazakhstan"


def test_readme_query_most_connected():
    rows = _rows(4)
    assert len(rows) == 5
    counts = [int(row["neighbours"]) for row in rows]
    assert counts == sorted(counts, reverse=True)
    assert rows[0]["entity"] in {CSTO, "Kazakhstan"}
    assert CSTO in {row["entity"] for row in rows}


def test_readme_query_what_happened_in_kazakhstan_in_order(news_files):
    rows = [(row["date"], row["what"], row["where"], row["factuality"]) for row in _rows(5, news_files)]
    # The country itself and Almaty, which GeoNames puts in it; undated last.
    assert rows == [
        ("2022-01-06", "sent", "Kazakhstan", "Asserted"),
        ("2022-01-10", "detained", "Almaty", "Asserted"),
        ("2022-01-13", "pull out", "Kazakhstan", "Planned"),
        (None, "keep", "Kazakhstan", "Denied"),
    ]


def test_readme_query_what_happened_in_kazakhstan_in_order_over_the_seed():
    rows = [(row["date"], row["what"], row["class"], row["where"], row["factuality"]) for row in _rows(5)]
    # The deployment (asserted), then the withdrawal the alliance is preparing (planned), in date order.
    deployed = [row for row in rows if re.search(r"sent|deploy", row[1])]
    withdrawn = [row for row in rows if row[1] == "pull out"]
    assert deployed and all(row[2:] == ("movement", "Kazakhstan", "Asserted") for row in deployed)
    assert withdrawn == [("2022-01-13", "pull out", "movement", "Kazakhstan", "Planned")]
    assert rows.index(withdrawn[0]) > max(rows.index(row) for row in deployed)
    dates = [row[0] for row in rows if row[0]]
    assert dates == sorted(dates) and rows[: len(dates)] == [row for row in rows if row[0]]


def test_readme_query_who_holds_which_position(news_files):
    rows = [(row["person"], row["role"], row["of"], row["status"]) for row in _rows(6, news_files)]
    assert rows == [
        ("Ada Obi", "President", "Nigeria", "current"),
        ("Kassym-Jomart Tokayev", "President", "Kazakhstan", "current"),
        ("Musa Bello", "governor", None, "former"),
    ]


def test_readme_query_who_holds_which_position_over_the_seed():
    rows = [(row["person"], row["role"], row["of"], row["status"]) for row in _rows(6)]
    assert ("Kassym-Jomart Tokayev", "President", "Kazakhstan", "current") in rows


def test_readme_query_what_was_planned_over_the_seed():
    rows = [(row["factuality"], row["what"], row["who"], row["source"]) for row in _rows(7)]
    assert ("Planned", "pull out", CSTO, "Russian Defence Ministry") in rows
    assert all(row[0] not in ("Asserted", "Reported") for row in rows)


def test_readme_query_what_was_planned_or_denied(news_files):
    rows = [(row["factuality"], row["what"], row["who"], row["source"]) for row in _rows(7, news_files)]
    assert rows == [("Denied", "keep", "Russia", "Russia"), ("Planned", "pull out", None, "Defence Ministry")]
    assert all("troops" in row["sentence"] for row in _rows(7, news_files))


def test_readme_query_events_in_africa(news_files):
    rows = [(row["date"], row["what"], row["where"], row["country"]) for row in _rows(8, news_files)]
    assert rows == [("2023-05-30", "opened", "Lagos", "NG")]


@pytest.mark.parametrize("number", range(9))
def test_readme_queries_are_read_only_selects(number):
    assert QUERIES[number].lstrip().startswith("PREFIX") and "SELECT" in QUERIES[number]


def test_readme_query_named_and_described_groups():
    rows = {row["group"]: (row["described"], row["head"]) for row in _rows(9)}
    assert rows["security forces"] == ("true", "forces") and rows["six ex-Soviet states"] == ("true", "states")
    described = [row["described"] for row in _rows(9)]
    assert described == sorted(described)  # named first
