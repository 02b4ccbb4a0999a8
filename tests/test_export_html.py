"""The HTML page as text: deterministic, self-contained, escaped (no browser needed)."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser

import pytest
from html_graphs import XSS_NAME, XSS_SENTENCE, XSS_TITLE, founding_graph, news_content, xss_graph

from kg.errors import ConfigError, ExportError
from kg.export.html import LAYOUTS, render, to_html, write_html
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
    assert data["sentences"][reading["sentence"]].startswith("President Kassym-Jomart Tokayev has blamed")
    assert data["documents"][reading["document"]]["date"] == "2022-01-13"
    assert {t["name"] for t in data["types"]} == {entity.type.value for entity in graph.entities()}
    assert set(data["entities"]) == {entity.key for entity in graph.entities()}
    assert len(data["edges"]) == graph.stats()["relations"]
    # Each sentence is stored once, however many relations it carries.
    assert len(data["sentences"]) == len(set(data["sentences"])) < graph.stats()["readings"]
    # Links, not mentions, make the degree; the seed's one unrelated entity has none.
    assert tokayev["degree"] == 2 and data["entities"]["russian-defence-ministry"]["degree"] == 0


def test_events_positions_and_quotes_reach_the_page():
    content = news_content()
    data = _payload(render(content, title="News"))
    (deployment,) = [e for e in data["events"].values() if e["lemma"] == "send"]
    assert deployment["class"] == "movement" and deployment["date"] == "2022-01-06"
    assert [p["role"] for p in deployment["participants"]] == ["agent", "theme", "destination"]
    theme = deployment["participants"][1]
    assert "entity" not in theme and theme["quantity"] == {"text": "more than 2,000 troops", "value": "2000",
                                                           "unit": "troop", "qualifier": "more than"}
    assert data["sentences"][deployment["sentence"]] == "The bloc sent more than 2,000 troops to Kazakhstan last week."
    (withdrawal,) = [e for e in data["events"].values() if e["lemma"] == "pull out"]
    assert withdrawal["factuality"] == "planned" and withdrawal["source"] == "russian-defence-ministry"
    (position,) = data["positions"].values()
    assert (position["person"], position["role"], position["organisation"]) == (
        "kassym-jomart-tokayev", "President", "kazakhstan")
    (quote,) = data["quotes"].values()
    assert quote["speaker"] == "russian-defence-ministry" and quote["cue"] == "say"
    factualities = {f["name"]: (f["count"], f["fact"]) for f in data["factualities"]}
    assert factualities["planned"] == (1, False) and factualities["asserted"][1] is True
    # Event roles and the position count as links (3 relations, 2 roles, 1 position); the
    # ministry, only a source and a speaker, stays unrelated.
    assert data["entities"]["kazakhstan"]["degree"] == 3 + 2 + 1
    assert data["entities"]["russian-defence-ministry"]["degree"] == 0


def test_a_participant_not_on_the_page_is_shown_as_its_words():
    content = news_content()
    from dataclasses import replace

    (event, *_) = content.events
    stray = replace(event, participants=(*event.participants, replace(event.participants[0], entity="nobody")))
    data = _payload(render(replace(content, events=(stray,)), title="News"))
    (only,) = data["events"].values()
    assert "entity" not in only["participants"][-1] and only["participants"][-1]["text"] == event.participants[0].text


def test_communities_are_numbered_by_size_and_stable_across_insertion_orders():
    content = news_content()
    shuffled = type(content)(
        entities=tuple(reversed(content.entities)), edges=tuple(reversed(content.edges)),
        events=tuple(reversed(content.events)), positions=content.positions, quotes=content.quotes,
        documents=content.documents, base_iri=content.base_iri,
    )
    page = render(content, title="News", colour_by="community")
    assert render(type(content).of(entities=shuffled.entities, edges=shuffled.edges, events=shuffled.events,
                                   positions=shuffled.positions, quotes=shuffled.quotes,
                                   documents=shuffled.documents, base_iri=shuffled.base_iri),
                  title="News", colour_by="community") == page
    data = _payload(page)
    sizes = [c["size"] for c in data["communities"]]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == sum(
        1 for record in [*data["entities"].values(), *data["events"].values()] if "community" in record)
    assert [c["number"] for c in data["communities"]] == list(range(len(sizes)))
    assert len({c["colour"] for c in data["communities"]}) == len(sizes)
    # Each community is labelled with its best-connected names, and every label names members.
    for community in data["communities"]:
        members = {e["label"] for e in data["entities"].values() if e.get("community") == community["number"]}
        assert set(community["label"].split(" · ")) <= members
    assert "community" not in data["entities"]["russian-defence-ministry"]


def test_static_layout_places_linked_nodes_only():
    data = _payload(render(news_content(), title="News", layout="static"))
    placed = [record for record in [*data["entities"].values(), *data["events"].values()] if "x" in record]
    assert all(isinstance(r["x"], int) and isinstance(r["y"], int) for r in placed)
    assert len(placed) == len(data["entities"]) - 1 + len(data["events"])
    assert "x" not in data["entities"]["russian-defence-ministry"]


def test_large_static_layout_keeps_communities_apart():
    from kg.export.html.layout import communities, link_graph, static_positions

    # Fifty separate rings of 30: each community gets its own patch of the plane.
    links = [(f"c{c}-{i}", f"c{c}-{(i + 1) % 30}") for c in range(50) for i in range(30)]
    nxg = link_graph({node for pair in links for node in pair}, links)
    groups = communities(nxg, {}, {})
    positions = static_positions(nxg, groups)
    assert len(groups) == 50 and len(positions) == 1500

    def centre(group):
        xs, ys = zip(*(positions[node] for node in group.members), strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)

    centres = [centre(group) for group in groups]
    closest = min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for i, a in enumerate(centres) for b in centres[i + 1:])
    assert closest > 200
    assert static_positions(nxg, groups) == positions


_LAYOUT_SCRIPT = """
from kg.export.html.layout import communities, link_graph, static_positions
links = [(f"c{c}-{i}", f"c{c}-{(i * 7) % 30}") for c in range(12) for i in range(30)]
links += [(f"c{c}-0", f"c{c + 1}-0") for c in range(11)]
nxg = link_graph({node for pair in links for node in pair}, links)
print(sorted(static_positions(nxg, communities(nxg, {}, {})).items()))
"""


def test_large_static_layout_is_the_same_whatever_the_hash_seed():
    # String hashing differs from process to process; a layout that iterates a set
    # of node names would place nodes differently in every build.
    import subprocess
    import sys

    def positions(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", _LAYOUT_SCRIPT], env=env, capture_output=True, text=True,
                              check=True).stdout

    first = positions("1")
    assert first.count("('c") == 300 and positions("2") == first == positions("3")


def test_focus_keeps_the_neighbourhood_of_one_entity():
    content = news_content()
    data = _payload(render(content, title="Tokayev", focus="mr tokayev", steps=1))
    assert data["focus"] == "kassym-jomart-tokayev"
    # One link away: the CSTO (request, meeting), the unrest (blame) and Kazakhstan (position).
    assert set(data["entities"]) == {"kassym-jomart-tokayev", "collective-security-treaty-organisation", "unrest",
                                     "kazakhstan"}
    assert all({e["from"], e["to"]} <= set(data["entities"]) for e in data["edges"].values())
    wider = _payload(render(content, title="Tokayev", focus="Kassym-Jomart Tokayev", steps=2))
    assert {"almaty", "russia"} <= set(wider["entities"]) and len(wider["events"]) == 2


def test_focus_on_an_unknown_name_suggests_names():
    with pytest.raises(ConfigError, match="no entity is called 'Tokay'; did you mean 'Kassym-Jomart Tokayev'"):
        to_html(founding_graph(), focus="Tokay")


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
    assert data["sentences"][data["edges"][next(iter(data["edges"]))]["readings"][0]["sentence"]] == XSS_SENTENCE
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


def test_layout_options_reach_vis():
    assert _payload(to_html(founding_graph()))["options"]["physics"]["enabled"] is True
    hierarchical = _payload(to_html(founding_graph(), layout="hierarchical"))["options"]
    assert hierarchical["layout"]["hierarchical"]["enabled"] is True and hierarchical["physics"]["enabled"] is False
    static = _payload(to_html(founding_graph(), layout="static"))
    assert static["options"]["physics"]["enabled"] is False and static["layout"] == "static"


@pytest.mark.parametrize(("option", "value"), [("layout", "spiral"), ("size_by", "weight"), ("colour_by", "mood")])
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

    from html_graphs import founding_graph

    import kg.export.html.layout as layout_module
    import kg.export.html.page as html_module

    def layout_of(page: str) -> str:
        data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
        return json.loads(data)["layout"]

    graph = founding_graph()
    assert layout_of(html_module.to_html(graph)) == "force"
    monkeypatch.setattr(layout_module, "AUTO_FORCE_MAX_NODES", 3)
    assert layout_of(html_module.to_html(graph)) == "static"


def test_html_page_reads_vis_network_without_importing_pyvis():
    # The page inlines vis-network from pyvis's folder; importing pyvis would also import
    # IPython and Jinja, a fixed cost on every `kg build` for files the page never runs.
    import subprocess
    import sys
    from importlib import resources

    from kg.export.html.page import _VIS, _asset

    script = ("import sys; from kg.export.html.page import _VIS, _asset; _asset(*_VIS, 'vis-network.min.js'); "
              "print(sorted({'pyvis', 'IPython'} & set(sys.modules)))")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
    package, folder = _VIS
    shipped = resources.files(package).joinpath(folder, "vis-network.min.js").read_text(encoding="utf-8")
    assert _asset(*_VIS, "vis-network.min.js") == shipped
