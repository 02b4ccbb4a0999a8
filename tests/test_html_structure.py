"""Structure and time in the viewer, in headless Chromium: colour by community, size
by articles, the date-range filter, events as their own nodes and the factuality
filter; all offline, with no request leaving the page."""

from __future__ import annotations

import pytest
from browser import Opened

TOKAYEV, CSTO = "kassym-jomart-tokayev", "collective-security-treaty-organisation"


@pytest.fixture
def news(browser, news_page_path):
    page = Opened(browser, news_page_path)
    yield page
    assert page.errors() == [] and page.leaving() == [], "the page logged errors or sent requests"


def _visible(page: Opened) -> set[str]:
    return set(page.run("return window.kgViewer.visibleNodeIds()"))


def _colour(page: Opened, node: str) -> str:
    return page.run("return window.kgViewer.nodeColour(arguments[0])", node)


def test_colour_by_community(news):
    data = news.data()
    communities = data["communities"]
    assert len(communities) >= 2
    news.driver.find_element("css selector", "#kg-colour-by option[value='community']").click()
    legend = news.driver.find_elements("css selector", "#kg-community-legend [data-kg-community]")
    assert [item.text.split("\n")[0] for item in legend] == [c["label"] for c in communities]
    for key, entity in data["entities"].items():
        if "community" in entity and key in _visible(news):
            assert _colour(news, key) == communities[entity["community"]]["colour"], key
    news.screenshot("structure-communities")
    # A community in the legend focuses its members.
    legend[0].click()
    members = {key for key, e in data["entities"].items() if e.get("community") == 0}
    assert members <= set(news.run("return window.kgViewer.litNodeIds()"))
    assert news.driver.find_element("id", "kg-panel").get_attribute("data-kg-community") == "0"
    news.click("#kg-show-all")
    news.driver.find_element("css selector", "#kg-colour-by option[value='type']").click()
    assert _colour(news, TOKAYEV) == data["types"][0]["colour"]


def test_size_by_articles(news):
    news.driver.find_element("css selector", "#kg-size-by option[value='documents']").click()
    # The page sizes nodes itself (vis's value scaling re-measures every node on each
    # change): Tokayev is in two articles, Almaty in one; vis draws the sizes set.
    sizes = news.run("const d = window.kgViewer.network.body.data.nodes, b = window.kgViewer.network.body.nodes;"
                     " return [arguments[0], arguments[1]].map(id => [d.get(id).size, b[id].options.size]);",
                     TOKAYEV, "almaty")
    assert sizes[0][0] > sizes[1][0] and [s[0] == s[1] for s in sizes] == [True, True]


def test_date_filter(news):
    dates = news.run("return window.kgViewer.dates()")
    assert dates == ["2022-01-06", "2022-01-12", "2022-01-13", "2022-01-17", "2022-01-20"]
    data = news.data()
    (meet,) = [i for i, e in data["edges"].items() if e["key"] == "meet"]
    assert meet in news.run("return window.kgViewer.visibleEdgeIds()")
    # Only the later article's week: the meeting stays, the founding article's relations go.
    to = news.driver.find_element("id", "kg-date-to")
    frm = news.driver.find_element("id", "kg-date-from")
    news.run("arguments[0].value = '3'; arguments[0].dispatchEvent(new Event('input'));", frm)
    assert news.run("return window.kgViewer.visibleEdgeIds()") == [meet]
    assert _visible(news) == {TOKAYEV, CSTO}
    assert "2022-01-17 – 2022-01-20" in news.driver.find_element("id", "kg-date-range").text
    news.screenshot("structure-dates")
    # The first week only: the deployment event (dated 6-12 January) is in, the meeting out.
    news.run("arguments[0].value = '0'; arguments[0].dispatchEvent(new Event('input'));", frm)
    news.run("arguments[0].value = '1'; arguments[0].dispatchEvent(new Event('input'));", to)
    shown = _visible(news)
    assert meet not in news.run("return window.kgViewer.visibleEdgeIds()")
    (deployment,) = [i for i, e in data["events"].items() if e["lemma"] == "send"]
    assert shown == {"event/" + deployment, CSTO, "kazakhstan"}
    news.click("#kg-date-reset")
    assert meet in news.run("return window.kgViewer.visibleEdgeIds()") and len(_visible(news)) == 11


def test_panel_lists_statements_in_date_order(news):
    news.run(f"window.kgViewer.focusEntity('{CSTO}')")
    blocks = news.driver.find_elements("css selector", "#kg-panel [data-kg-statement]")
    dates = [block.find_element("css selector", ".kg-date").text for block in blocks]
    assert dates == sorted(dates) and dates[0] == "2022-01-06" and dates[-1] == "2022-01-17"
    kinds = {block.get_attribute("data-kg-statement").split("/")[0] for block in blocks}
    assert kinds == {"relation", "event"}


def test_events_are_diamonds_and_not_facts_are_grey_and_filterable(news):
    data = news.data()
    (planned,) = [i for i, e in data["events"].items() if e["factuality"] == "planned"]
    (asserted,) = [i for i, e in data["events"].items() if e.get("factuality") == "asserted"]
    node = news.run("const n = window.kgViewer.network.body.data.nodes.get(arguments[0]);"
                    "return [n.shape, n.color.background, n.shapeProperties.borderDashes];", "event/" + planned)
    assert node == ["diamond", "#E3E6EA", [4, 3]]
    assert news.run("return window.kgViewer.network.body.data.nodes.get(arguments[0]).color.background",
                    "event/" + asserted) == data["eventColour"]
    news.click("#kg-factuality-filter input[value='planned']")
    assert "event/" + planned not in _visible(news) and "event/" + asserted in _visible(news)
    news.click("#kg-factuality-filter input[value='planned']")
    # The event's panel: its roles, the quantity, the source and the cue.
    news.run("window.kgViewer.focusEntity(arguments[0])", "event/" + planned)
    text = news.panel_text()
    assert "planned" in text and "according to Russian Defence Ministry" in text and "cue: prepare" in text
    news.run("window.kgViewer.focusEntity(arguments[0])", "event/" + asserted)
    assert "more than 2,000 troops" in news.panel_text()
    news.screenshot("structure-event")


def test_positions_and_quotes_in_the_panel(news):
    news.run(f"window.kgViewer.focusEntity('{TOKAYEV}')")
    assert "position President of Kazakhstan" in news.panel_text()
    news.run("window.kgViewer.focusEntity('russian-defence-ministry')")
    assert "say: “Troops of a Russia-led security alliance are preparing to pull out of Kazakhstan”" in news.panel_text()
