"""The HTML page in a real, offline, headless Chromium: loading, drawing, search,
filters, evidence, and hostile text.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` package;
skips with a message naming what is missing (the ``browser`` fixture). Screenshots
go to tests/artifacts/.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from browser import Opened, click_canvas, click_node, eventually, settled_position
from html_graphs import XSS_NAME, XSS_SENTENCE, XSS_TITLE, founding_graph, xss_graph

from kg.export.html import write_html

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def founding_path(tmp_path_factory):
    return write_html(founding_graph(), tmp_path_factory.mktemp("html") / "founding.html")


@pytest.fixture
def founding(browser, founding_path):
    """The founding graph's page, freshly opened for each test."""
    return Opened(browser, founding_path)


def test_loads_offline_without_errors_or_requests(founding):
    founding.screenshot("founding")
    assert founding.errors() == []
    assert founding.leaving() == [], "requests left the page"
    assert founding.requests, "the performance log recorded no request at all (is logging working?)"


def test_network_canvas_is_drawn(founding):
    # Count canvas pixels that are not background: the graph is actually drawn.
    painted = founding.run(
        "const c = document.querySelector('#kg-network canvas'); const ctx = c.getContext('2d');"
        "const d = ctx.getImageData(0, 0, c.width, c.height).data; let n = 0;"
        "for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++; }"
        "return [n, c.width * c.height];"
    )
    assert painted[0] > 2000, f"only {painted[0]} of {painted[1]} canvas pixels are drawn"
    assert founding.driver.find_element("id", "kg-loading").get_attribute("class") == "kg-done"
    legend = [item.text for item in founding.driver.find_elements("css selector", "#kg-type-filter .kg-name")]
    assert legend == ["Person", "Organization", "Country", "City", "Facility", "Group", "NamedEvent"]


def test_parallel_links_bend_apart(founding):
    smooth = founding.run(
        "const edges = window.kgViewer.network.body.data.edges;"
        "return edges.get().filter(e => e.from === 'collective-security-treaty-organisation' && e.to === 'kazakhstan')"
        ".map(e => e.smooth.type);"
    )
    assert sorted(smooth) == ["curvedCCW", "curvedCW"]


def test_search_finds_a_node_by_alias_and_focuses_it(founding):
    results = founding.search("mr toka")
    assert [item.get_attribute("data-kg-entity") for item in results] == ["kassym-jomart-tokayev"]
    assert "Mr Tokayev" in results[0].text
    founding.driver.find_element("id", "kg-search").send_keys("\n")
    eventually(lambda: founding.run("return window.kgViewer.network.getSelectedNodes()") == ["kassym-jomart-tokayev"],
               "the found node is selected")
    lit = set(founding.run("return window.kgViewer.litNodeIds()"))
    assert lit == {"kassym-jomart-tokayev", "collective-security-treaty-organisation", "unrest"}
    x, y = settled_position(founding, "kassym-jomart-tokayev")
    width, height = founding.run("const c = document.querySelector('#kg-network'); return [c.clientWidth, c.clientHeight];")
    assert 0 < x < width and 0 < y < height, "the found node is in view"
    assert founding.driver.find_element("id", "kg-panel").get_attribute("data-kg-entity") == "kassym-jomart-tokayev"
    founding.screenshot("founding-search")


def test_type_filter_hides_organisations(founding):
    before = set(founding.run("return window.kgViewer.visibleNodeIds()"))
    organisations = {"collective-security-treaty-organisation"}
    assert organisations <= before
    where_before = founding.run("return window.kgViewer.network.getPositions()")
    box = founding.driver.find_element("css selector", "#kg-type-filter input[value='Organization']")
    box.click()
    after = set(founding.run("return window.kgViewer.visibleNodeIds()"))
    data = founding.data()
    edges = founding.run("return window.kgViewer.visibleEdgeIds()")
    assert organisations.isdisjoint(after)
    assert all(organisations.isdisjoint((data["edges"][e]["from"], data["edges"][e]["to"])) for e in edges)
    # Only entities still linked stay on the first screen: Russia was linked to the CSTO alone.
    assert after == {end for e in edges for end in (data["edges"][e]["from"], data["edges"][e]["to"])}
    assert "russia" not in after and "kassym-jomart-tokayev" in after
    assert founding.driver.find_element("id", "kg-counts").text.startswith(f"{len(after)} of 10 entities")
    box.click()
    assert set(founding.run("return window.kgViewer.visibleNodeIds()")) == before
    # Shown again where they were, not dropped at random.
    again = founding.run("return window.kgViewer.network.getPositions()")
    assert all(abs(again[key]["x"] - where_before[key]["x"]) < 1 for key in organisations | {"russia"})


def test_relation_document_and_mentions_filters(founding):
    founding.click("#kg-relation-filter input[value='storm']")
    data = founding.data()
    keys = {data["edges"][e]["key"] for e in founding.run("return window.kgViewer.visibleEdgeIds()")}
    assert "storm" not in keys and "send to" in keys
    founding.click("#kg-relation-filter input[value='storm']")
    slider = founding.driver.find_element("id", "kg-min-mentions")
    founding.run("arguments[0].value = '3'; arguments[0].dispatchEvent(new Event('input'));", slider)
    visible = founding.run("return window.kgViewer.visibleNodeIds()")
    assert visible and all(data["entities"][key]["mentions"] >= 3 for key in visible)
    options = founding.driver.find_elements("css selector", "#kg-document-filter option")
    assert [option.get_attribute("value") for option in options] == ["", "000-9125d0e8664cda5e"]
    assert "2022-01-13" in options[1].text


def test_clicking_a_node_shows_its_evidence(founding):
    click_node(founding, "collective-security-treaty-organisation")
    panel = founding.driver.find_element("id", "kg-panel")
    eventually(panel.is_displayed, "the panel opens")
    assert panel.get_attribute("data-kg-entity") == "collective-security-treaty-organisation"
    text = panel.text
    assert "Collective Security Treaty Organisation" in text and "Organization" in text
    assert "CSTO" in text and "https://example.org/kg/entity/collective-security-treaty-organisation" in text
    assert "The bloc sent more than 2,000 troops to Kazakhstan last week." in text
    assert "Russia-led alliance\u2019s troops prepare to pull out of Kazakhstan" in text and "2022-01-13" in text
    founding.screenshot("founding-node-panel")


def test_clicking_an_edge_shows_its_evidence(founding):
    data = founding.data()
    (edge_id,) = [i for i, e in data["edges"].items() if e["key"] == "blame"]
    # The middle of a straight edge, away from both nodes.
    a = settled_position(founding, data["edges"][edge_id]["from"])
    b = settled_position(founding, data["edges"][edge_id]["to"])
    click_canvas(founding, (a[0] + b[0]) / 2 + (b[0] - a[0]) * 0.1, (a[1] + b[1]) / 2 + (b[1] - a[1]) * 0.1)
    panel = founding.driver.find_element("id", "kg-panel")
    eventually(lambda: panel.get_attribute("data-kg-edge") == edge_id, "the panel shows the clicked edge")
    assert "President Kassym-Jomart Tokayev has blamed the unrest" in panel.text
    founding.screenshot("founding-edge-panel")


def test_committed_seed_export_walks_from_a_name_to_its_evidence_in_three_clicks(browser):
    """The real page `kg build seeds/` wrote (exports/graph.html), not a hand-built one:
    search "Tokayev", click the result (1), click a linked organisation (2): its links'
    sentences are in the panel."""
    page = Opened(browser, ROOT / "exports" / "graph.html")
    assert page.errors() == [] and page.leaving() == []
    results = page.search("Tokayev")
    assert results and results[0].get_attribute("data-kg-entity") == "kassym-jomart-tokayev"
    results[0].click()
    eventually(lambda: page.driver.find_element("id", "kg-panel").get_attribute("data-kg-entity") == "kassym-jomart-tokayev",
               "the panel shows Tokayev")
    linked = page.driver.find_elements("css selector", "#kg-panel [data-kg-pair]")
    data = page.data()
    organisations = [b for b in linked if data["entities"][b.get_attribute("data-kg-pair")]["type"] == "Organization"]
    assert organisations, "Tokayev is linked to an organisation"
    page.click(f"#kg-panel [data-kg-pair='{organisations[0].get_attribute('data-kg-pair')}']")
    assert "requested assistance from the Collective Security Treaty Organisation" in page.panel_text()
    page.screenshot("seed-export-tokayev")


def test_hostile_text_runs_nothing_and_shows_literally(browser, tmp_path):
    page = Opened(browser, write_html(xss_graph(), tmp_path / "xss.html"))
    page.run("window.kgViewer.focusEntity('evil-person')")
    time.sleep(0.5)
    page.search("quoter")
    page.screenshot("xss")
    assert page.run("return window.__kgPwned === undefined")
    assert page.run("return window.__kgDialogs") == []
    assert page.run("return document.querySelectorAll('img, svg, #kg-panel b, #kg-panel i').length") == 0
    panel = page.panel_text()
    assert XSS_NAME in panel and XSS_SENTENCE in panel and '</title><img src=x onerror="window.__kgPwned=4">' in panel
    assert page.driver.title == XSS_TITLE
    hit = page.driver.find_element("css selector", "#kg-search-results li")
    assert XSS_NAME in hit.text and "Mallory 'the \"quoter\"'" in hit.text
    # The tooltip strings are plain text too: vis shows them with innerText.
    tooltip = page.run("return window.kgViewer.network.body.data.nodes.get('evil-person').title")
    assert isinstance(tooltip, str) and tooltip.startswith(XSS_NAME)
    # The labels the page draws itself go onto the canvas as text.
    assert "evil-person" in page.run("return window.kgViewer.labelledNodeIds()")
    assert [e for e in page.errors() if e["level"] == "SEVERE"] == []
    assert page.leaving() == []


def test_a_quote_shows_whom_it_was_said_to(browser, tmp_path):
    from news_graphs import news_graph

    page = Opened(browser, write_html(news_graph(), tmp_path / "news.html"))
    assert page.data()["quotes"] and page.errors() == []
    results = page.search("CSTO")
    assert results and results[0].get_attribute("data-kg-entity") == "csto"
    results[0].click()
    eventually(lambda: "help came" in page.panel_text(), "the panel of the addressee lists the quote")
    assert "tell by Kassym-Jomart Tokayev: \u201cWe asked for help and help came,\u201d" in page.panel_text()


def test_a_quote_said_through_a_spokesman_shows_the_words_for_the_speaker(browser, tmp_path):
    # kg.resolve.spokespeople: "A CSTO spokesman said" is the CSTO's quote, its words kept
    import dataclasses

    from news_graphs import kazakhstan_part, lagos_part

    from kg.graph import KnowledgeGraph
    from kg.resolve.across import ArticleLinker

    part = kazakhstan_part()
    quote = dataclasses.replace(part.quotes[0], speaker="csto", speaker_text="A CSTO spokesman", addressee=None,
                                addressee_text=None)
    graph = KnowledgeGraph(base_iri="https://example.org/news/", linker=ArticleLinker()).add_all(
        [dataclasses.replace(part, quotes=(quote,)), lagos_part()])
    page = Opened(browser, write_html(graph, tmp_path / "news.html"))
    results = page.search("CSTO")
    assert results and results[0].get_attribute("data-kg-entity") == "csto"
    results[0].click()
    eventually(lambda: "help came" in page.panel_text(), "the panel of the speaker lists the quote")
    assert "tell (A CSTO spokesman): \u201cWe asked for help and help came,\u201d" in page.panel_text()
