"""The HTML page as text: deterministic, self-contained, escaped (no browser needed)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from html_graphs import XSS_NAME, XSS_SENTENCE, XSS_TITLE, founding_graph, xss_graph
from kg.errors import ConfigError, ExportError
from kg.export.html import LAYOUTS, to_html, write_html
from kg.export.html.page import script_json
from kg.graph import KnowledgeGraph
from kg.resolve.across import ArticleLinker


class _PageScan(HTMLParser):
    """Collects tags, their attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script, self._text = dict(attrs), []

    def handle_data(self, data):
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._text)))
            self._script = None


def _scan(page: str) -> _PageScan:
    scan = _PageScan()
    scan.feed(page)
    scan.close()
    return scan


def _payload(page: str) -> dict:
    (data,) = [text for attrs, text in _scan(page).scripts if attrs.get("id") == "kg-data"]
    return json.loads(data)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_same_graph_gives_same_bytes(layout):
    assert to_html(founding_graph(), layout=layout) == to_html(founding_graph(), layout=layout)


def test_insertion_order_does_not_change_the_page():
    graph = founding_graph()
    part = next(iter(graph.parts.values()))
    shuffled = KnowledgeGraph(linker=ArticleLinker())
    shuffled.add(type(part)(part.document, tuple(reversed(part.entities)), tuple(reversed(part.relations))))
    assert to_html(shuffled) == to_html(graph)


def test_page_fetches_nothing():
    page = to_html(founding_graph())
    scan = _scan(page)
    for tag, attrs in scan.tags:
        assert "src" not in attrs, f"<{tag} src=...> would be fetched"
        assert not (tag == "link" and "href" in attrs), "<link href=...> would be fetched"
    # Outside the JSON data, the only URLs are inside vis-network's licence comments.
    without_data = re.sub(r'<script type="application/json" id="kg-data">.*?</script>', "", page, flags=re.S)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", without_data, flags=re.I)
    assert not re.search(r"url\(\s*['\"]?https?:", without_data, flags=re.I)
    assert "@import" not in without_data
    # Every URL in the data is one of the graph's own IRIs.
    graph = founding_graph()
    urls = set(re.findall(r"https?://[^\"\\\s]+", json.dumps(_payload(page))))
    own = {f"{graph.base_iri}entity/{entity.key}" for entity in graph.entities()}
    own |= {f"{graph.base_iri}document/{document_id}" for document_id in graph.documents}
    assert urls and urls <= own


def test_scripts_are_inline_and_a_csp_forbids_fetching():
    page = to_html(founding_graph())
    scan = _scan(page)
    kinds = [attrs.get("type") for attrs, _ in scan.scripts]
    assert kinds.count("application/json") == 1 and len(kinds) == 3
    (csp,) = [attrs["content"] for tag, attrs in scan.tags if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


def test_payload_carries_entities_edges_and_evidence():
    graph = founding_graph()
    data = _payload(to_html(graph))
    tokayev = data["entities"]["kassym-jomart-tokayev"]
    assert tokayev["type"] == "Person"
    assert "Mr Tokayev" in tokayev["aliases"]
    assert tokayev["iri"] == f"{graph.base_iri}entity/kassym-jomart-tokayev"
    edges = {(e["from"], e["key"], e["to"]): e for e in data["edges"].values()}
    request = edges[("kassym-jomart-tokayev", "request from", "collective-security-treaty-organisation")]
    (reading,) = request["readings"]
    assert reading["sentence"].startswith("President Kassym-Jomart Tokayev has blamed")
    assert data["documents"][reading["document"]]["date"] == "2022-01-13"
    assert {t["name"] for t in data["types"]} == {entity.type.value for entity in graph.entities()}
    assert len(data["vis"]["nodes"]) == len(graph) and len(data["vis"]["edges"]) == graph.stats()["relations"]
    # Direction is drawn, and no vis node or edge carries an HTML title.
    assert all(edge["arrows"] == "to" for edge in data["vis"]["edges"])
    assert not any("title" in item for item in data["vis"]["nodes"] + data["vis"]["edges"])


def test_hostile_text_never_appears_as_markup():
    page = to_html(xss_graph())
    for needle in ("<img", "<svg", "<b ", "<script>window", "</title><", "</script><script"):
        assert needle not in page, needle
    scan = _scan(page)
    # Parsing the page finds exactly the template's own tags: nothing injected.
    assert [tag for tag, _ in scan.tags if tag in {"img", "svg", "b", "i"}] == []
    assert len(scan.scripts) == 3
    data = _payload(page)
    assert data["entities"]["evil-person"]["label"] == XSS_NAME
    assert data["edges"][next(iter(data["edges"]))]["readings"][0]["sentence"] == XSS_SENTENCE
    assert data["documents"]["xss-1"]["title"] == XSS_TITLE
    (title,) = re.findall(r"<title>(.*?)</title>", page, flags=re.S)
    assert "<" not in title and "&lt;/title&gt;&lt;img" in title


def test_script_json_escapes_what_ends_or_breaks_a_script():
    value = {"a": "</script><!-- & \u2028 \u2029 >"}
    text = script_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_title_defaults_to_the_only_document_title():
    page = to_html(founding_graph())
    assert "<title>Russia-led alliance\u2019s troops prepare to pull out of Kazakhstan</title>" in page
    assert "<title>Mine &amp; yours</title>" in to_html(founding_graph(), title="Mine & yours")


def test_size_by_degree_uses_degree():
    graph = founding_graph()
    data = _payload(to_html(graph, size_by="degree"))
    values = {node["id"]: node["value"] for node in data["vis"]["nodes"]}
    assert values == {key: entity["degree"] for key, entity in data["entities"].items()}
    assert values["protesters"] == 2


def test_layout_options_reach_vis():
    assert _payload(to_html(founding_graph()))["vis"]["options"]["physics"]["enabled"] is True
    hierarchical = _payload(to_html(founding_graph(), layout="hierarchical"))["vis"]["options"]
    assert hierarchical["layout"]["hierarchical"]["enabled"] is True and hierarchical["physics"]["enabled"] is False
    static = _payload(to_html(founding_graph(), layout="static"))["vis"]
    assert static["options"]["physics"]["enabled"] is False
    assert all(isinstance(node["x"], int) and isinstance(node["y"], int) for node in static["nodes"])


def test_parallel_edges_bend_apart():
    data = _payload(to_html(founding_graph()))
    csto_kz = [
        edge["smooth"]
        for edge in data["vis"]["edges"]
        if edge["from"] == "collective-security-treaty-organisation" and edge["to"] == "kazakhstan"
    ]
    assert len(csto_kz) == 2 and {smooth["type"] for smooth in csto_kz} == {"curvedCW", "curvedCCW"}


@pytest.mark.parametrize(("option", "value"), [("layout", "spiral"), ("size_by", "weight")])
def test_unknown_options_are_rejected(option, value):
    with pytest.raises(ConfigError, match=value):
        to_html(founding_graph(), **{option: value})


def test_write_html_is_atomic_and_readable(tmp_path):
    target = tmp_path / "graph.html"
    target.write_text("old page")
    assert write_html(founding_graph(), target) == target
    assert target.read_text(encoding="utf-8") == to_html(founding_graph())
    assert target.stat().st_mode & 0o044, "the page should be readable like any new file"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_failure_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    target.write_text("old page")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.runtime.atomic.os.replace", fail)
    with pytest.raises(ExportError, match="No space left"):
        write_html(founding_graph(), target)
    assert target.read_text() == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_into_missing_folder_names_it(tmp_path):
    with pytest.raises(ExportError, match="missing"):
        write_html(founding_graph(), tmp_path / "missing" / "graph.html")


def test_auto_layout_uses_physics_for_small_graphs_and_static_for_large(monkeypatch):
    import json
    import re

    import kg.export.html.page as html_module
    from html_graphs import founding_graph

    def layout_of(page: str) -> str:
        data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
        return json.loads(data)["layout"]

    graph = founding_graph()
    assert layout_of(html_module.to_html(graph)) == "force"
    monkeypatch.setattr(html_module, "AUTO_FORCE_MAX_NODES", 3)
    assert layout_of(html_module.to_html(graph)) == "static"
