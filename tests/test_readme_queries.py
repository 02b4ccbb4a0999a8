"""The README's SPARQL queries run over the committed export and answer what
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


def _rows(number: int) -> list[dict[str, str | None]]:
    result = run_query(FILES, QUERIES[number])
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def test_readme_has_five_queries():
    assert len(QUERIES) == 5


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


@pytest.mark.parametrize("number", range(5))
def test_readme_queries_are_read_only_selects(number):
    assert QUERIES[number].lstrip().startswith("PREFIX") and "SELECT" in QUERIES[number]
