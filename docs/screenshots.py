"""Make the README's viewer screenshots from a real build. Run by hand, never in CI.

Builds the first 100 BBC politics articles of ``../shared/corpus/bbc/politics``
(the held-out articles of ``../gold/HELDOUT20.tsv`` excluded), writes the page
with kg's exporter and photographs it in headless Chromium, offline:

- ``docs/img/viewer-first-screen.png``: the page as it opens;
- ``docs/img/viewer-focus.png``: after searching "Blair" and choosing him;
- ``docs/img/viewer-communities.png``: coloured by community.

Usage:
    python docs/screenshots.py [--corpus ../shared/corpus/bbc/politics] [--count 100]

Needs Debian's ``chromium`` and ``chromium-driver`` and ``pip install selenium``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from browser import Opened, eventually, start_browser  # noqa: E402

import kg  # noqa: E402
from kg.export.html import write_html  # noqa: E402

IMAGES = ROOT / "docs" / "img"
WINDOW = (1280, 780)


def articles(corpus: Path, count: int) -> list[Path]:
    listing = ROOT.parent / "gold" / "HELDOUT20.tsv"
    held_out = set()
    if listing.is_file():
        held_out = {line.split("\t")[0] for line in listing.read_text(encoding="utf-8").splitlines() if line}
    return sorted(p for p in corpus.glob("*.txt") if f"{corpus.name}/{p.name}" not in held_out)[:count]


def settle(page: Opened) -> None:
    """Wait until the view stops moving (fit and focus animate)."""
    views = [None]

    def still() -> bool:
        time.sleep(0.3)
        views.append(page.run("const n = window.kgViewer.network; return [n.getScale(), n.getViewPosition()];"))
        return views[-1] == views[-2]

    eventually(still, "the view settles", seconds=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc" / "politics")
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    graph = kg.build(articles(args.corpus, args.count))
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        page_path = write_html(graph, Path(folder) / "graph.html", title=f"{args.count} BBC politics articles")
        driver = start_browser(str(Path(folder) / "profile"))
        try:
            driver.set_window_size(*WINDOW)
            page = Opened(driver, page_path, seconds=120)
            settle(page)
            driver.save_screenshot(str(IMAGES / "viewer-first-screen.png"))
            results = page.search("Blair")
            results[0].click()
            settle(page)
            driver.save_screenshot(str(IMAGES / "viewer-focus.png"))
            page.run("window.kgViewer.showAll(); window.kgViewer.setColourBy('community');")
            page.run("document.getElementById('kg-panel').hidden = true;"
                     "window.kgViewer.network.setSize('100%', '100%');"
                     "window.kgViewer.network.fit();")
            settle(page)
            driver.save_screenshot(str(IMAGES / "viewer-communities.png"))
        finally:
            driver.quit()
    for image in sorted(IMAGES.glob("viewer-*.png")):
        print(f"{image.relative_to(ROOT)}: {image.stat().st_size / 1000:.0f} kB")


if __name__ == "__main__":
    main()
