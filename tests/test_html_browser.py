"""The HTML page in a real, offline, headless Chromium.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` package;
skips with a message naming what is missing. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from html_graphs import XSS_NAME, XSS_SENTENCE, XSS_TITLE, founding_graph, xss_graph
from kg.export.html import write_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,900",
)
# Runs before any page script: any script that the page's data manages to run
# trips one of these flags.
TRAPS = """
window.__kgDialogs = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = function (message) { window.__kgDialogs.push(String(message)); };
}
"""

if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
    pytest.skip(
        "headless browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
        "(Debian: apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )
webdriver = pytest.importorskip("selenium.webdriver", reason="browser tests need selenium (pip install selenium)")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.actions.action_builder import ActionBuilder  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    """One offline Chromium for the module; every request it makes is logged."""
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAPS})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


class Opened:
    """A page opened in the browser, with what happened while it loaded."""

    def __init__(self, driver, path: Path) -> None:
        self.driver = driver
        driver.get_log("browser")  # drop entries left by the previous page
        driver.get_log("performance")
        driver.get(path.resolve().as_uri())
        deadline = time.monotonic() + 30
        while not driver.execute_script("return window.kgReady || null"):
            if time.monotonic() > deadline:
                pytest.fail(f"{path.name}: the page never became ready; console: {driver.get_log('browser')}")
            time.sleep(0.05)
        self.console = list(driver.get_log("browser"))
        self.requests = self._requests()

    def _requests(self) -> list[str]:
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def run(self, script: str, *args):
        return self.driver.execute_script(script, *args)


@pytest.fixture(scope="module")
def founding(browser, tmp_path_factory):
    path = write_html(founding_graph(), tmp_path_factory.mktemp("html") / "founding.html")
    return Opened(browser, path)


def _reopen(opened: Opened, path: Path) -> Opened:
    return Opened(opened.driver, path)


def _eventually(check, what: str, seconds: float = 15) -> None:
    """Poll ``check`` until it holds: animations take longer on a loaded machine."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"never happened within {seconds} s: {what}")
        time.sleep(0.05)


def _settled_position(opened: Opened, key: str) -> tuple[float, float]:
    """Where a node is drawn once the view has stopped moving (fit and focus animate)."""
    positions = [_node_position(opened, key)]

    def still() -> bool:
        time.sleep(0.1)
        positions.append(_node_position(opened, key))
        return positions[-1] == positions[-2]

    _eventually(still, f"{key} stops moving")
    return positions[-1]


def _node_position(opened: Opened, key: str) -> tuple[float, float]:
    """Where a node is drawn, in CSS pixels relative to the canvas."""
    return tuple(
        opened.run(
            "const n = window.kgViewer.network; const p = n.getPositions([arguments[0]])[arguments[0]];"
            "const d = n.canvasToDOM(p); return [d.x, d.y];",
            key,
        )
    )


def _click_canvas(opened: Opened, x: float, y: float) -> None:
    """A real mouse click at (x, y) of the canvas, in viewport coordinates."""
    left, top = opened.run("const r = document.querySelector('#kg-network canvas').getBoundingClientRect(); return [r.left, r.top];")
    actions = ActionBuilder(opened.driver)
    actions.pointer_action.move_to_location(int(left + x), int(top + y)).click()
    actions.perform()
    time.sleep(0.1)


def test_loads_offline_without_errors_or_requests(founding):
    founding.screenshot("founding")
    errors = [entry for entry in founding.console if entry["level"] in {"SEVERE", "WARNING"}]
    assert errors == []
    leaving = [url for url in founding.requests if not url.startswith(("file:", "data:"))]
    assert leaving == [], f"requests left the page: {leaving}"
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
    assert founding.driver.find_element(By.ID, "kg-loading").get_attribute("class") == "kg-done"
    legend = [item.text for item in founding.driver.find_elements(By.CSS_SELECTOR, "#kg-type-filter .kg-name")]
    assert legend == ["Person", "Organization", "Country", "City", "Facility", "Group", "NamedEvent"]


def test_search_finds_a_node_by_alias(founding):
    search = founding.driver.find_element(By.ID, "kg-search")
    search.clear()
    search.send_keys("mr toka")
    results = founding.driver.find_elements(By.CSS_SELECTOR, "#kg-search-results li")
    assert [item.get_attribute("data-kg-entity") for item in results] == ["kassym-jomart-tokayev"]
    assert "Mr Tokayev" in results[0].text
    search.send_keys("\n")
    _eventually(
        lambda: founding.run("return window.kgViewer.network.getSelectedNodes()") == ["kassym-jomart-tokayev"],
        "the found node is selected",
    )
    x, y = _settled_position(founding, "kassym-jomart-tokayev")  # after the focus animation
    width, height = founding.run("const c = document.querySelector('#kg-network'); return [c.clientWidth, c.clientHeight];")
    assert abs(x - width / 2) < 40 and abs(y - height / 2) < 40, "the found node is centred"
    panel = founding.driver.find_element(By.ID, "kg-panel")
    assert panel.get_attribute("data-kg-entity") == "kassym-jomart-tokayev"
    founding.screenshot("founding-search")
    founding.driver.find_element(By.ID, "kg-panel-close").click()


def test_type_filter_hides_organisations(founding):
    before = set(founding.run("return window.kgViewer.visibleNodeIds()"))
    organisations = {"collective-security-treaty-organisation", "russian-defence-ministry"}
    assert organisations <= before
    where_before = founding.run("return window.kgViewer.network.getPositions()")
    box = founding.driver.find_element(By.CSS_SELECTOR, "#kg-type-filter input[value='Organization']")
    box.click()
    after = set(founding.run("return window.kgViewer.visibleNodeIds()"))
    assert after == before - organisations
    edges = founding.run("return window.kgViewer.visibleEdgeIds()")
    data = json.loads(founding.run("return document.getElementById('kg-data').textContent"))
    assert all(organisations.isdisjoint((data["edges"][e]["from"], data["edges"][e]["to"])) for e in edges)
    assert founding.driver.find_element(By.ID, "kg-counts").text.startswith(f"{len(after)} of {len(before)} entities")
    founding.screenshot("founding-no-organisations")
    box.click()
    assert set(founding.run("return window.kgViewer.visibleNodeIds()")) == before
    # Shown again where they were, not dropped at random.
    again = founding.run("return window.kgViewer.network.getPositions()")
    assert all(abs(again[key]["x"] - where_before[key]["x"]) < 1 for key in organisations)


def test_relation_document_and_mentions_filters(founding):
    storm = founding.driver.find_element(By.CSS_SELECTOR, "#kg-relation-filter input[value='storm']")
    storm.click()
    data = json.loads(founding.run("return document.getElementById('kg-data').textContent"))
    keys = {data["edges"][e]["key"] for e in founding.run("return window.kgViewer.visibleEdgeIds()")}
    assert "storm" not in keys and "send to" in keys
    storm.click()
    slider = founding.driver.find_element(By.ID, "kg-min-mentions")
    founding.run("arguments[0].value = '3'; arguments[0].dispatchEvent(new Event('input'));", slider)
    visible = founding.run("return window.kgViewer.visibleNodeIds()")
    assert visible and all(data["entities"][key]["mentions"] >= 3 for key in visible)
    founding.run("arguments[0].value = '1'; arguments[0].dispatchEvent(new Event('input'));", slider)
    options = founding.driver.find_elements(By.CSS_SELECTOR, "#kg-document-filter option")
    assert [option.get_attribute("value") for option in options] == ["", "000-9125d0e8664cda5e"]
    assert "2022-01-13" in options[1].text


def test_clicking_a_node_shows_its_evidence(founding):
    founding.driver.find_element(By.ID, "kg-fit").click()
    x, y = _settled_position(founding, "collective-security-treaty-organisation")
    _click_canvas(founding, x, y)
    panel = founding.driver.find_element(By.ID, "kg-panel")
    _eventually(panel.is_displayed, "the panel opens")
    assert panel.get_attribute("data-kg-entity") == "collective-security-treaty-organisation"
    text = panel.text
    assert "Collective Security Treaty Organisation" in text and "Organization" in text
    assert "CSTO" in text and "https://example.org/kg/entity/collective-security-treaty-organisation" in text
    assert "The bloc sent more than 2,000 troops to Kazakhstan last week." in text
    assert "Russia-led alliance\u2019s troops prepare to pull out of Kazakhstan" in text and "2022-01-13" in text
    founding.screenshot("founding-node-panel")


def test_clicking_an_edge_shows_its_evidence(founding):
    data = json.loads(founding.run("return document.getElementById('kg-data').textContent"))
    (edge_id,) = [i for i, e in data["edges"].items() if e["key"] == "blame"]
    # The middle of a straight edge, away from both nodes.
    a = _settled_position(founding, data["edges"][edge_id]["from"])
    b = _settled_position(founding, data["edges"][edge_id]["to"])
    _click_canvas(founding, (a[0] + b[0]) / 2 + (b[0] - a[0]) * 0.1, (a[1] + b[1]) / 2 + (b[1] - a[1]) * 0.1)
    panel = founding.driver.find_element(By.ID, "kg-panel")
    _eventually(lambda: panel.get_attribute("data-kg-edge") == edge_id, "the panel shows the clicked edge")
    assert "President Kassym-Jomart Tokayev has blamed the unrest" in panel.text
    founding.screenshot("founding-edge-panel")


def test_committed_seed_export_works_offline(founding):
    """The real page `kg build seeds/` wrote (exports/graph.html), not a hand-built one."""
    page = _reopen(founding, Path(__file__).resolve().parent.parent / "exports" / "graph.html")
    page.screenshot("seed-export")
    assert [e for e in page.console if e["level"] in {"SEVERE", "WARNING"}] == []
    assert [url for url in page.requests if not url.startswith(("file:", "data:"))] == []
    search = page.driver.find_element(By.ID, "kg-search")
    search.clear()
    search.send_keys("Tokayev")
    results = page.driver.find_elements(By.CSS_SELECTOR, "#kg-search-results li")
    assert results and results[0].get_attribute("data-kg-entity") == "kassym-jomart-tokayev"
    search.send_keys("\n")
    panel = page.driver.find_element(By.ID, "kg-panel")
    _eventually(lambda: "Tokayev" in panel.text, "the panel shows the found entity")
    assert "requested assistance from the Collective Security Treaty Organisation" in panel.text
    page.screenshot("seed-export-tokayev")


def test_hostile_text_runs_nothing_and_shows_literally(founding, tmp_path):
    path = write_html(xss_graph(), tmp_path / "xss.html")
    # Last test of the module: it navigates the shared browser away from the founding page.
    page = _reopen(founding, path)
    page.run("window.kgViewer.focusEntity('evil-person')")
    time.sleep(0.5)
    search = page.driver.find_element(By.ID, "kg-search")
    search.send_keys("quoter")
    page.screenshot("xss")
    assert page.run("return window.__kgPwned === undefined")
    assert page.run("return window.__kgDialogs") == []
    assert page.run("return document.querySelectorAll('img, svg, #kg-panel b, #kg-panel i').length") == 0
    panel = page.driver.find_element(By.ID, "kg-panel").text
    assert XSS_NAME in panel and XSS_SENTENCE in panel and '</title><img src=x onerror="window.__kgPwned=4">' in panel
    assert page.driver.title == XSS_TITLE
    hit = page.driver.find_element(By.CSS_SELECTOR, "#kg-search-results li")
    assert XSS_NAME in hit.text and "Mallory 'the \"quoter\"'" in hit.text
    # The tooltip strings are plain text too: vis shows them with innerText.
    tooltip = page.run("return window.kgViewer.network.body.data.nodes.get('evil-person').title")
    assert isinstance(tooltip, str) and tooltip.startswith(XSS_NAME)
    errors = [entry for entry in page.console if entry["level"] == "SEVERE"]
    assert errors == []
    assert [url for url in page.requests if not url.startswith(("file:", "data:"))] == []
