"""Incremental builds: adding one article parses only that article and gives the
same exports as a build from scratch."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import kg
from kg.cli import main
from kg.export.rdf import to_ntriples, to_turtle
from kg.pipeline import BuildReport
from kg.runtime.runners import Done, LocalRunner, process_batch

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "a.txt": "Strikes in Paris\n\nAnne Martin, the mayor of Paris, met union leaders on Monday.\n\n"
    "Martin said the city would pay the workers. The unions welcomed the offer.",
    "b.txt": "Bank rates rise\n\nThe Bank of England raised interest rates on Thursday.\n\n"
    "Governor Andrew Bailey told reporters that inflation remained too high.",
    "c.txt": "Cup final\n\nArsenal beat Chelsea 2-1 at Wembley on Saturday.\n\n"
    "Bukayo Saka scored the winning goal for Arsenal.",
}
NEW = ("d.txt", "Tech deal\n\nMicrosoft bought a small startup from Berlin.\n\nAnne Martin praised the deal in Paris.")


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_cache_adding_one_article_parses_only_it_and_matches_a_fresh_build(tmp_path, monkeypatch):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    cache = tmp_path / "cache"
    first = BuildReport()
    kg.build([corpus, ROOT / "seeds"], cache=cache, report=first)
    assert (first.cached, first.documents) == (0, 4)

    write_articles(corpus, dict([NEW]))
    parsed: list[str] = []

    def spy(self, documents):
        parsed.extend(document.id for document in documents)
        return Done(process_batch(documents, self.settings))

    monkeypatch.setattr(LocalRunner, "submit", spy)
    again = BuildReport()
    incremental = kg.build([corpus, ROOT / "seeds"], cache=cache, report=again)
    assert parsed == ["d"]
    assert (again.cached, again.documents) == (4, 5)
    assert again.words > first.words

    monkeypatch.undo()
    fresh = kg.build([corpus, ROOT / "seeds"])
    assert to_turtle(incremental) == to_turtle(fresh)
    assert to_ntriples(incremental) == to_ntriples(fresh)


def test_cache_an_edited_article_is_parsed_again(tmp_path):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    cache = tmp_path / "cache"
    kg.build([corpus], cache=cache)
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("Thursday", "Friday"), encoding="utf-8")
    report = BuildReport()
    graph = kg.build([corpus], cache=cache, report=report)
    assert report.cached == 2
    assert to_turtle(graph) == to_turtle(kg.build([corpus]))
    assert "Friday" in graph.documents["b"].text


def test_cache_cli_defaults_to_out_kg_cache_and_no_cache_writes_none(tmp_path):
    corpus = write_articles(tmp_path / "corpus", ARTICLES)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--format", "ttl", "--quiet"])
    assert result.exit_code == 0, result.output
    assert len(list((out / ".kg-cache").rglob("*.json"))) == 3
    first = (out / "graph.ttl").read_bytes()
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--format", "ttl", "--quiet"])
    assert result.exit_code == 0 and (out / "graph.ttl").read_bytes() == first

    bare = tmp_path / "bare"
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(bare), "--format", "ttl", "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    assert not (bare / ".kg-cache").exists()
    assert (bare / "graph.ttl").read_bytes() == first

    other = tmp_path / "elsewhere"
    result = CliRunner().invoke(
        main, ["build", str(corpus), "--out", str(tmp_path / "o3"), "--format", "ttl", "--cache", str(other), "-q"]
    )
    assert result.exit_code == 0 and len(list(other.rglob("*.json"))) == 3
