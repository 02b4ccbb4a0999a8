"""Plugins: an export format and a store offered by another package through entry points.

The example package in tests/plugins/kg_example_plugin declares ``tsv`` in
``kg.exporters`` and ``tsvdir`` in ``kg.stores``. Each test puts it on
``sys.path`` as an installer would: the package's folder, and a ``.dist-info``
whose ``entry_points.txt`` is written from the package's own pyproject.toml
(what pip writes; .ci/run also installs the real wheel). kg finds plugins
through ``importlib.metadata``, which reads ``sys.path`` on every call.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import ConfigError, PluginError
from kg.export import EXPORTERS, format_names, get_exporter, register_exporter
from kg.stores import STORES, get_store, register_store, store_schemes

PLUGIN_SOURCE = Path(__file__).resolve().parent / "plugins" / "kg_example_plugin"
ARTICLE = (
    "date 2022-01-06 Troops arrive\n\n"
    "President Kassym-Jomart Tokayev asked the Collective Security Treaty Organisation for help. "
    "Russia sent troops to Kazakhstan on Thursday.\n"
)


def _distribution(site: Path, name: str, version: str, entry_points: dict[str, dict[str, str]]) -> None:
    """Write ``NAME-VERSION.dist-info`` with ``METADATA`` and ``entry_points.txt``, as pip does."""
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
    sections = [
        f"[{group}]\n" + "".join(f"{key} = {value}\n" for key, value in entries.items())
        for group, entries in entry_points.items()
    ]
    (info / "entry_points.txt").write_text("\n".join(sections), encoding="utf-8")


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """An empty site-packages folder on ``sys.path`` for this test."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    return folder


@pytest.fixture
def example_plugin(site, monkeypatch) -> Path:
    """The example plugin package, installed into ``site`` from its pyproject.toml."""
    project = tomllib.loads((PLUGIN_SOURCE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    _distribution(site, project["name"], project["version"], project["entry-points"])
    monkeypatch.syspath_prepend(str(PLUGIN_SOURCE))
    return site


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.reader(file, delimiter="\t"))


def test_plugins_are_declared_by_the_example_package():
    project = tomllib.loads((PLUGIN_SOURCE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"] == {
        "kg.exporters": {"tsv": "kg_example_plugin:TSV_EXPORTER"},
        "kg.stores": {"tsvdir": "kg_example_plugin:TSV_STORE"},
    }


def test_plugins_kg_formats_lists_the_plugin_format_after_kgs_own(example_plugin):
    result = CliRunner().invoke(main, ["formats"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [*EXPORTERS, "tsv"]
    assert lines[-1].split()[1] == "edges.tsv"
    assert lines[-1].endswith("[plugin from kg-example-plugin 0.1.0]")
    assert not any("plugin" in line for line in lines[:-1])


def test_plugins_listing_names_imports_no_plugin(example_plugin):
    code = (
        "import json, sys\n"
        "from kg.export import format_names\n"
        "from kg.stores import store_schemes\n"
        "print(json.dumps([format_names(), store_schemes(), 'kg_example_plugin' in sys.modules]))\n"
    )
    path = f"{example_plugin}:{PLUGIN_SOURCE}:{Path(kg.__file__).parent.parent}"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": path}
    ).stdout
    formats, schemes, imported = json.loads(output)
    assert formats[-1] == "tsv" and schemes[-1] == "tsvdir" and imported is False


def test_plugins_kg_build_writes_the_plugin_format(example_plugin, tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out), "--format", "ttl,tsv", "-q"])
    assert result.exit_code == 0, result.output
    rows = _tsv(out / "edges.tsv")
    graph = kg.read_graph(out)
    expected = sorted(
        [graph.entity(edge.subject).label, edge.key, graph.entity(edge.object).label] for edge in graph.edges()
    )
    assert rows[0] == ["subject", "predicate", "object"]
    assert rows[1:] == expected and len(expected) >= 2


def test_plugins_kg_export_and_kg_write_use_the_plugin_format(example_plugin, tmp_path, seed_graph):
    kg.write(seed_graph, tmp_path / "built", ["ttl", "tsv"])
    result = CliRunner().invoke(main, ["export", str(tmp_path / "built"), "--format", "tsv", "--out", str(tmp_path / "re")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "re" / "edges.tsv").read_bytes() == (tmp_path / "built" / "edges.tsv").read_bytes()
    assert len(_tsv(tmp_path / "re" / "edges.tsv")) > 10


def test_plugins_kg_load_into_the_plugin_store(example_plugin, tmp_path, seed_graph):
    kg.write(seed_graph, tmp_path / "built", ["ttl", "tsv"])
    url = f"tsvdir://{(tmp_path / 'store').as_posix()}"
    for _ in range(2):  # loading again leaves the store as loading once does
        result = CliRunner().invoke(main, ["load", str(tmp_path / "built"), "--into", url, "-q"])
        assert result.exit_code == 0, result.output
        assert (tmp_path / "store" / "edges.tsv").read_bytes() == (tmp_path / "built" / "edges.tsv").read_bytes()
    rows = len(_tsv(tmp_path / "built" / "edges.tsv")) - 1
    assert f" {rows} relationships into TSV folder {(tmp_path / 'store').as_posix()}" in result.stderr


def test_plugins_a_plugin_that_fails_to_import_is_named_with_its_entry_point(site, tmp_path):
    _distribution(site, "kg-broken", "2.0", {"kg.exporters": {"broken": "kg_no_such_module:X"},
                                              "kg.stores": {"brokendb": "kg_no_such_module:Y"}})
    runner = CliRunner()
    listed = runner.invoke(main, ["formats"])
    assert listed.exit_code == 1
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    assert names[: len(EXPORTERS)] == list(EXPORTERS) and "broken" not in names
    message = "plugin 'broken' (kg.exporters: broken = kg_no_such_module:X, from kg-broken 2.0) cannot be imported"
    assert message in listed.stderr and "No module named 'kg_no_such_module'" in listed.stderr
    assert "Traceback" not in listed.output
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    built = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--format", "ttl,broken"])
    assert built.exit_code == 1 and message in built.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()  # failed before the build, nothing written
    loaded = runner.invoke(main, ["load", str(tmp_path / "a.txt"), "--into", "brokendb://host/x"])
    assert loaded.exit_code == 1
    assert "plugin 'brokendb' (kg.stores: brokendb = kg_no_such_module:Y, from kg-broken 2.0)" in loaded.stderr


def test_plugins_an_object_that_is_not_an_exporter_or_store_is_refused(example_plugin):
    _distribution(example_plugin, "kg-odd", "1.0", {"kg.exporters": {"odd": "kg_example_plugin:to_tsv"},
                                                     "kg.stores": {"odd": "kg_example_plugin:TSV_EXPORTER"}})
    with pytest.raises(PluginError, match=r"'odd' .*gives a function object, not an Exporter \(filename, .*\); fix or uninstall kg-odd"):
        get_exporter("odd")
    with pytest.raises(PluginError, match=r"gives a TsvExporter object, not a Store"):
        get_store("odd://x")


def test_plugins_unknown_names_list_what_is_known(example_plugin, tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--format", "ttl,xlsx"])
    assert result.exit_code == 2
    assert "unknown format xlsx; choose from ttl, nt," in result.stderr and "graphml, tsv" in result.stderr
    with pytest.raises(ConfigError, match=r"unknown URL scheme 'ftp'; choose from redis, .*, file, tsvdir \(file: a folder"):
        get_store("ftp://host/x")


def test_plugins_kgs_own_names_win_and_two_packages_cannot_share_one(site):
    _distribution(site, "kg-shadow", "1.0", {"kg.exporters": {"ttl": "kg_no_such_module:X", "dup": "a:B"}})
    _distribution(site, "kg-other", "1.0", {"kg.exporters": {"dup": "c:D"}})
    assert get_exporter("ttl") is EXPORTERS["ttl"]  # the plugin is never imported
    with pytest.raises(PluginError, match=r"'dup' \(kg.exporters: dup = .*\) clashes with kg-.* 1.0 \(.:.\)"):
        format_names()


def test_plugins_registered_by_name_without_packaging(tmp_path, seed_graph, monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGIN_SOURCE))
    from kg_example_plugin import TSV_EXPORTER, TSV_STORE

    try:
        register_exporter("edges", TSV_EXPORTER)
        register_store("edges", TSV_STORE)
        with pytest.raises(ConfigError, match="already registered"):
            register_exporter("edges", TSV_EXPORTER)
        with pytest.raises(ConfigError, match="not an Exporter"):
            register_exporter("other", TSV_STORE)  # type: ignore[arg-type]
        assert "edges" in format_names() and "edges" in store_schemes()
        written = kg.write(seed_graph, tmp_path / "out", ["edges"])
        report = kg.load(seed_graph, f"edges://{(tmp_path / 'store').as_posix()}")
        assert (tmp_path / "store" / "edges.tsv").read_bytes() == written["edges"].read_bytes()
        assert report.relationships == len(_tsv(written["edges"])) - 1
    finally:
        EXPORTERS.pop("edges", None)
        STORES.pop("edges", None)
