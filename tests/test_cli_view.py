"""``kg view``: writes the page for an existing graph; opens it unless --no-open."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from html_graphs import founding_graph
from kg.export.html import to_html

# kg/cli/__init__.py imports every command; skip cleanly on a branch where one is missing.
if not (Path(kg.__file__).parent / "cli" / "build.py").exists():
    pytest.skip("kg/cli/build.py is not on this branch yet (kg.cli imports it)", allow_module_level=True)
from kg.cli import main  # noqa: E402


@pytest.fixture
def fake_load(monkeypatch):
    """A kg.load whose read_graph returns the founding graph and records the path."""
    module = types.ModuleType("kg.load")
    module.calls = []

    def read_graph(path):
        module.calls.append(path)
        return founding_graph()

    module.read_graph = read_graph
    monkeypatch.setitem(sys.modules, "kg.load", module)
    return module


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


def test_view_without_a_graph_reader_says_so(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "kg.load", types.ModuleType("kg.load"))
    result = CliRunner().invoke(main, ["view", str(tmp_path), "--no-open"])
    assert result.exit_code == 1
    assert "kg.load.read_graph is missing" in result.output
    assert not (tmp_path / "graph.html").exists()


def test_view_help_has_an_example():
    result = CliRunner().invoke(main, ["view", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--no-open" in result.output
