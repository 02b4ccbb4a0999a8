"""``kg view``: writes the page for an existing graph; opens it unless --no-open."""

from __future__ import annotations

import types

import pytest
from click.testing import CliRunner
from html_graphs import founding_graph

from kg.cli import main
from kg.export.html import to_html


@pytest.fixture
def fake_load(monkeypatch):
    """The reader made to return the founding graph; records the paths it was given."""
    calls = []

    def read_graph(path):
        calls.append(path)
        return founding_graph()

    monkeypatch.setattr("kg.export.reader.read_graph", read_graph)
    return types.SimpleNamespace(calls=calls)


def test_view_writes_the_page_without_opening(tmp_path, fake_load, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    (tmp_path / "graph.ttl").write_text("")
    result = CliRunner().invoke(main, ["view", str(tmp_path / "graph.ttl"), "--no-open"])
    assert result.exit_code == 0, result.output
    page = tmp_path / "graph.html"
    assert result.output.strip() == str(page)
    assert page.read_text(encoding="utf-8") == to_html(founding_graph())
    assert opened == [] and fake_load.calls == [tmp_path / "graph.ttl"]


def test_view_opens_the_browser_on_the_out_file(tmp_path, fake_load, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["view", str(tmp_path), "--out", str(out), "--layout", "static"])
    assert result.exit_code == 0, result.output
    assert opened == [out.resolve().as_uri()]
    assert '"layout":"static"' in out.read_text(encoding="utf-8")


def test_view_of_a_folder_without_a_graph_names_the_file(tmp_path):
    result = CliRunner().invoke(main, ["view", str(tmp_path), "--no-open"])
    assert result.exit_code == 1
    assert str(tmp_path / "graph.ttl") in result.output and "no such file" in result.output
    assert not (tmp_path / "graph.html").exists()


def test_view_help_has_an_example():
    result = CliRunner().invoke(main, ["view", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--no-open" in result.output
