"""Walking outwards in the viewer, in headless Chromium: focus, the 1- or 2-step
neighbourhood, expanding a neighbour, Back, ``kg view --focus``, and the walk from
"Blair" to his links' sentences on a 100-article BBC build (where ../shared exists)."""

from __future__ import annotations

import pytest
from browser import Opened, click_node, eventually

from kg.export.html import write_html

TOKAYEV, CSTO, KAZAKHSTAN = "kassym-jomart-tokayev", "collective-security-treaty-organisation", "kazakhstan"


@pytest.fixture
def news(browser, news_page_path):
    return Opened(browser, news_page_path)


def _lit(page: Opened) -> set[str]:
    return set(page.run("return window.kgViewer.litNodeIds() || []"))


def _entities(ids) -> set[str]:
    return {node for node in ids if not node.startswith("event/")}


def test_focus_lights_the_neighbourhood_and_fades_the_rest(news):
    click_node(news, TOKAYEV)
    eventually(lambda: _lit(news), "a focus")
    lit = _lit(news)
    # One step: the CSTO (request, meeting), the unrest (blame), Kazakhstan (President of).
    assert _entities(lit) == {TOKAYEV, CSTO, "unrest", KAZAKHSTAN}
    data = news.data()
    faded = [key for key in news.run("return window.kgViewer.visibleNodeIds()") if key not in lit]
    assert faded and all(news.run("return window.kgViewer.nodeColour(arguments[0])", key) == "#EEF0F2" for key in faded)
    assert news.run("return window.kgViewer.nodeColour(arguments[0])", TOKAYEV) == data["types"][0]["colour"]
    # Links outside the neighbourhood are not drawn; those inside are.
    shown = news.run("return window.kgViewer.visibleEdgeIds()")
    assert shown and all(edge.split("/")[0] in {"role", "position"} or
                         {data["edges"][edge]["from"], data["edges"][edge]["to"]} <= lit for edge in shown)
    assert "1 of" not in news.driver.find_element("id", "kg-counts").text.split("·")[-1]
    news.screenshot("walk-focus")


def test_two_steps_expand_and_back(news):
    news.run(f"window.kgViewer.focusEntity('{TOKAYEV}')")
    one = _lit(news)
    news.click("#kg-panel [data-kg-steps='2']")
    two = _lit(news)
    assert one < two and {"almaty", "russia"} <= two and news.run("return window.kgViewer.focus().steps") == 2
    news.click("#kg-panel [data-kg-steps='1']")
    assert _lit(news) == one
    # Clicking a lit neighbour expands it: its own neighbours light up too.
    click_node(news, KAZAKHSTAN)
    eventually(lambda: KAZAKHSTAN in news.run("return window.kgViewer.focus().expanded"), "Kazakhstan is expanded")
    expanded = _lit(news)
    assert one < expanded and "almaty" in expanded and "russia" not in expanded
    assert news.driver.find_element("id", "kg-panel").get_attribute("data-kg-entity") == KAZAKHSTAN
    news.screenshot("walk-expanded")
    news.click("#kg-back")
    assert _lit(news) == one
    news.click("#kg-back")
    assert _lit(news) == two
    news.click("#kg-show-all")
    assert news.run("return window.kgViewer.litNodeIds()") is None
    assert news.driver.find_element("id", "kg-show-all").get_attribute("disabled") == "true"


def test_clicking_a_faded_node_moves_the_focus(news):
    news.run(f"window.kgViewer.focusEntity('{TOKAYEV}')")
    click_node(news, "almaty")
    eventually(lambda: news.run("return window.kgViewer.focus().centre") == "almaty", "the focus moves to Almaty")
    assert {"almaty", "almaty-airport", KAZAKHSTAN} <= _lit(news)


def test_focus_page_of_kg_view_opens_focused(browser, tmp_path):
    from html_graphs import founding_graph

    page = Opened(browser, write_html(founding_graph(), tmp_path / "focus.html", focus="CSTO", steps=1))
    assert page.run("return window.kgViewer.focus().centre") == CSTO
    assert page.driver.find_element("id", "kg-panel").get_attribute("data-kg-entity") == CSTO
    assert set(page.run("return window.kgViewer.visibleNodeIds()")) <= _lit(page) | {CSTO}
    assert page.errors() == [] and page.leaving() == []


# -- a real archive ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def politics(browser, politics_graph, tmp_path_factory):
    return Opened(browser, write_html(politics_graph, tmp_path_factory.mktemp("politics") / "graph.html"), seconds=120)


def test_first_screen_of_an_archive_shows_labelled_connected_actors(politics):
    data = politics.data()
    shown = set(politics.run("return window.kgViewer.visibleNodeIds()"))
    unrelated = {key for key, e in data["entities"].items() if not e.get("degree")}
    assert unrelated and shown and shown.isdisjoint(unrelated)
    toggle = politics.driver.find_element("id", "kg-unrelated")
    assert f"Show {len(unrelated)} entities mentioned without a relation" == toggle.text
    labelled = politics.run("return window.kgViewer.labelledNodeIds()")
    assert 10 <= len(labelled) <= 30 and set(labelled) <= shown
    # The best-connected shown entity is named first (events are shown too, as diamonds).
    best = max(shown & set(data["entities"]), key=lambda key: (data["entities"][key]["mentions"], key))
    assert labelled[0] == best
    politics.screenshot("politics-first-screen")
    toggle.click()
    visible = set(politics.run("return window.kgViewer.visibleNodeIds()"))
    assert visible & set(data["entities"]) == set(data["entities"]) and visible - shown - unrelated <= {
        f"event/{key}" for key in data["events"]}
    assert toggle.get_attribute("aria-pressed") == "true"
    # On a shelf apart from the rest, not on top of it.
    positions = politics.run("return window.kgViewer.network.getPositions()")
    lowest_linked = max(positions[key]["y"] for key in shown)
    assert all(positions[key]["y"] > lowest_linked for key in unrelated)
    toggle.click()
    assert set(politics.run("return window.kgViewer.visibleNodeIds()")) == shown
    assert politics.errors() == [] and politics.leaving() == []


def test_from_blair_to_the_sentences_behind_his_links_in_three_clicks(politics):
    results = politics.search("Blair")
    assert results[0].get_attribute("data-kg-entity") == "tony-blair"
    results[0].click()                                                     # click 1
    eventually(lambda: politics.driver.find_element("id", "kg-panel").get_attribute("data-kg-entity") == "tony-blair",
               "the panel shows Tony Blair")
    data = politics.data()
    lit = _lit(politics)
    people_and_organisations = {key for key in lit if data["entities"].get(key, {}).get("type") in
                                {"Person", "Organization"}} - {"tony-blair"}
    assert len(people_and_organisations) >= 5
    panel = politics.panel_text()
    assert "People (" in panel and "Organisations (" in panel
    linked = {b.get_attribute("data-kg-pair") for b in politics.driver.find_elements("css selector", "#kg-panel [data-kg-pair]")}
    assert people_and_organisations <= linked
    person = next(key for key in sorted(people_and_organisations) if data["entities"][key]["type"] == "Person")
    politics.click(f"#kg-panel [data-kg-pair='{person}']")                 # click 2
    sentences = {data["sentences"][r["sentence"]] for e in data["edges"].values()
                 if {e["from"], e["to"]} == {"tony-blair", person} for r in e["readings"]}
    # A pair may be linked by an event that is no plain edge ("Blair is to join Blunkett": planned).
    sentences |= {data["sentences"][ev["sentence"]] for ev in data["events"].values()
                  if {"tony-blair", person} <= {p.get("entity") for p in ev.get("participants", [])}}
    assert sentences and all(sentence in politics.panel_text() for sentence in sentences)
    politics.screenshot("politics-blair-pair")
