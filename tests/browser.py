"""Headless Chromium for the viewer's tests: one offline browser per test session
(see the ``browser`` fixture in conftest.py) and helpers to open pages and act on them.

Every request the browser makes is logged, the network is emulated offline, and a
trap records any dialog a page's data might manage to open.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

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


def start_browser(profile: str):
    """An offline Chromium driven by selenium, logging the console and every request."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAPS})
    return driver


class Opened:
    """A page opened in the browser, with what happened while it loaded."""

    def __init__(self, driver, path: Path, *, seconds: float = 60) -> None:
        self.driver = driver
        driver.get_log("browser")  # drop entries left by the previous page
        driver.get_log("performance")
        driver.get(path.resolve().as_uri())
        deadline = time.monotonic() + seconds
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

    def leaving(self) -> list[str]:
        """Requests that left the page (anything but the file itself and data: URLs), as
        the browser's log and the page's own resource timing entries record them."""
        logged = [url for url in self.requests + self._requests() if not url.startswith(("file:", "data:"))]
        resources = self.run("return performance.getEntriesByType('resource').map(e => e.name)")
        return logged + [url for url in resources if not url.startswith("data:")]

    def errors(self) -> list[dict]:
        return [entry for entry in self.console + list(self.driver.get_log("browser"))
                if entry["level"] in {"SEVERE", "WARNING"}]

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def run(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def data(self) -> dict:
        return json.loads(self.run("return document.getElementById('kg-data').textContent"))

    def panel_text(self) -> str:
        return self.driver.find_element("id", "kg-panel").text

    def click(self, css: str) -> None:
        """A real click on the first element ``css`` selects (scrolled into view)."""
        element = self.driver.find_element("css selector", css)
        self.run("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def search(self, text: str) -> list:
        box = self.driver.find_element("id", "kg-search")
        box.clear()
        box.send_keys(text)
        return self.driver.find_elements("css selector", "#kg-search-results li")


def eventually(check, what: str, seconds: float = 15) -> None:
    """Poll ``check`` until it holds: animations take longer on a loaded machine."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"never happened within {seconds} s: {what}")
        time.sleep(0.05)


def node_position(opened: Opened, key: str) -> tuple[float, float]:
    """Where a node is drawn, in CSS pixels relative to the canvas."""
    return tuple(
        opened.run(
            "const n = window.kgViewer.network; const p = n.getPositions([arguments[0]])[arguments[0]];"
            "const d = n.canvasToDOM(p); return [d.x, d.y];",
            key,
        )
    )


def settled_position(opened: Opened, key: str) -> tuple[float, float]:
    """Where a node is drawn once the view has stopped moving (fit and focus animate)."""
    positions = [node_position(opened, key)]

    def still() -> bool:
        time.sleep(0.1)
        positions.append(node_position(opened, key))
        return positions[-1] == positions[-2]

    eventually(still, f"{key} stops moving")
    return positions[-1]


def click_canvas(opened: Opened, x: float, y: float) -> None:
    """A real mouse click at (x, y) of the canvas, in viewport coordinates."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    left, top = opened.run("const r = document.querySelector('#kg-network canvas').getBoundingClientRect(); return [r.left, r.top];")
    actions = ActionBuilder(opened.driver)
    actions.pointer_action.move_to_location(int(left + x), int(top + y)).click()
    actions.perform()
    time.sleep(0.1)


def click_node(opened: Opened, key: str) -> None:
    """Click a node where it is drawn, once the view is still."""
    x, y = settled_position(opened, key)
    click_canvas(opened, x, y)
