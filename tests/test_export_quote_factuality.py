"""A quote's factuality (``Quote.factuality``) in the graph, the CSV export, the RDF
export and SPARQL, and read back from RDF. The article is written for these tests."""

from __future__ import annotations

import csv
import io

import pytest

ARTICLE = (
    "Labour prepares for its conference.\n\n"
    'Prime Minister Tony Blair will tell the conference: "We have not defeated this problem yet."\n\n'
    'Chancellor Gordon Brown said: "The economy is strong and growing."'
)


@pytest.fixture(scope="module")
def speech_graph(nlp, tmp_path_factory):
    import kg

    folder = tmp_path_factory.mktemp("speech")
    (folder / "conference.txt").write_text(ARTICLE, encoding="utf-8")
    return kg.build([folder], nlp=nlp)


def test_quotes_carry_their_factuality_into_the_graph(speech_graph):
    found = {(quote.speaker_text, quote.factuality.value, quote.factuality_cue) for quote in speech_graph.quotes()}
    assert ("Prime Minister Tony Blair", "planned", "will") in found
    assert ("Chancellor Gordon Brown", "asserted", None) in found


def test_quote_factuality_in_csv(speech_graph):
    from kg.export.csv import to_fact_csvs

    rows = list(csv.DictReader(io.StringIO(to_fact_csvs(speech_graph)["quotes.csv"])))
    by_speaker = {row["speakerText"]: (row["factuality"], row["factualityCue"]) for row in rows}
    assert by_speaker["Prime Minister Tony Blair"] == ("planned", "will")
    assert by_speaker["Chancellor Gordon Brown"] == ("asserted", "")


PLANNED_QUOTES = """
PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?speaker ?content ?cue WHERE {
  ?quote a kg:Quote ; kg:factuality kg:Planned ; kg:speakerText ?speaker ; kg:content ?content ;
         kg:factualityCue ?cue .
}
"""


def test_sparql_selects_planned_quotes(speech_graph, tmp_path):
    from kg.export.rdf import write_turtle
    from kg.stores.sparql import run_query

    path = write_turtle(speech_graph, tmp_path / "graph.ttl")
    result = run_query([path], PLANNED_QUOTES)
    rows = [dict(zip(result.variables, row, strict=True)) for row in result.rows]
    assert [(row["speaker"], row["cue"]) for row in rows] == [("Prime Minister Tony Blair", "will")]
    assert rows[0]["content"].startswith("We have not defeated this problem yet")


def test_quote_factuality_reads_back_from_rdf(speech_graph, tmp_path):
    from kg.export.rdf import write_turtle
    from kg.export.reader import read_graph

    back = read_graph(write_turtle(speech_graph, tmp_path / "graph.ttl"))
    assert list(back.quotes()) == list(speech_graph.quotes())
