"""The interactive HTML view: one self-contained page that works from disk, offline.

The page is kg's template (``assets/page.html``) with kg's script and style and
vis-network (shipped inside the pyvis package) inlined, and the graph as JSON;
nothing is ever fetched, and a Content-Security-Policy forbids fetching. The
data comes from ``payload.py``, the communities and precomputed layout from
``layout.py``.

Safety: every name, alias, sentence and title is untrusted article text. It
enters the page only as JSON inside ``<script type="application/json">`` (with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and the page's script shows it
only through ``textContent`` and vis-network's plain-text tooltips. The one
piece of text in the HTML itself, the page title, goes through ``html.escape``.

Determinism: records come out of the graph sorted, JSON keys are sorted, layouts
and communities have a fixed seed and the page holds no timestamp, so the same
graph gives the same bytes.
"""

from __future__ import annotations

import html
import importlib.util
import itertools
import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError, ExportError
from kg.export.html.content import PageContent
from kg.export.html.payload import build_payload
from kg.export.html.sample import needs_sample, sampled_content
from kg.runtime.atomic import atomic_write

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from kg.graph import GraphView

LAYOUTS = ("auto", "force", "hierarchical", "static")
"""``force``: physics until stable, then frozen. ``hierarchical``: left to right by
relation direction. ``static``: no physics; positions computed here (fastest on huge graphs)."""
SIZE_BY = ("mentions", "degree", "documents")
"""Node size: mentions, links (relations, roles, positions) or number of articles."""
COLOUR_BY = ("type", "community")

_ASSETS = ("kg.export.html", "assets")
_SCRIPTS = (
    "util.js", "model.js", "filters.js", "focus.js", "labels.js", "panel.js", "search.js", "draw.js", "viewer.js",
)
"""kg's script, in order: one closure over all of them (see ``_kg_script``)."""
_VIS = ("pyvis", "templates/lib/vis-9.1.2")
_MARKER = re.compile(r"/\*KG:(\w+)\*/")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def to_html(
    graph: GraphView,
    *,
    title: str | None = None,
    layout: str = "auto",
    size_by: str = "mentions",
    colour_by: str = "type",
    focus: str | None = None,
    steps: int = 2,
) -> str:
    """The graph as one self-contained, offline HTML page.

    Args:
        graph: The graph to show.
        title: Page heading; defaults to the title of the only document, else "Knowledge graph".
        layout: One of ``LAYOUTS``; ``auto`` picks ``force`` or ``static`` by the number
            of linked nodes (``layout.AUTO_FORCE_MAX_NODES``).
        size_by: Initial node size, one of ``SIZE_BY`` (the page can switch).
        colour_by: Initial colouring, ``"type"`` or ``"community"`` (the page can switch).
        focus: A name, alias or key: the page holds only what is within ``steps``
            links of that entity and opens focused on it.
        steps: How far from ``focus`` the page reaches.

    Returns:
        The page, identical for identical graphs and options.

    Raises:
        ConfigError: An option is not one of the known values, or no entity is called ``focus``.

    >>> from kg.graph import KnowledgeGraph
    >>> page = to_html(KnowledgeGraph(), title="Empty <graph>")
    >>> "<title>Empty &lt;graph&gt;</title>" in page and "https://cdn" not in page
    True
    """
    if needs_sample(graph):
        content = sampled_content(graph)
        total = graph.stats()["entities"]
        default = f"Knowledge graph: the {len(content.entities):,} best-connected of {total:,} entities"
    else:
        content, default = PageContent.from_graph(graph), _default_title(graph)
    return render(
        content,
        title=title or default,
        layout=layout,
        size_by=size_by,
        colour_by=colour_by,
        focus=focus,
        steps=steps,
    )


def render(
    content: PageContent,
    *,
    title: str,
    layout: str = "auto",
    size_by: str = "mentions",
    colour_by: str = "type",
    focus: str | None = None,
    steps: int = 2,
) -> str:
    """The page for ``content`` (see ``to_html`` for the options)."""
    for name, value, known in (("layout", layout, LAYOUTS), ("size_by", size_by, SIZE_BY),
                               ("colour_by", colour_by, COLOUR_BY)):
        if value not in known:
            raise ConfigError(f"unknown {name} {value!r}; choose one of {', '.join(known)}")
    key = None
    if focus is not None:
        if steps < 1:
            raise ConfigError(f"steps must be at least 1, not {steps}")
        key = content.find(focus)
        content = content.around(key, steps)
    payload = build_payload(content, title=title, layout=layout, size_by=size_by, colour_by=colour_by, focus=key)
    parts = {
        "title": html.escape(title),
        "vis_css": _asset(*_VIS, "vis-network.css"),
        "vis_js": _asset(*_VIS, "vis-network.min.js"),
        "kg_css": _asset(*_ASSETS, "viewer.css"),
        "kg_js": _kg_script(),
        "data": script_json(payload),
    }
    template = resources.files(_ASSETS[0]).joinpath(_ASSETS[1]).joinpath("page.html").read_text(encoding="utf-8")
    # One pass over the template only: inserted text is never scanned for markers.
    return _MARKER.sub(lambda match: parts[match.group(1)], template)


def write_html(
    graph: GraphView,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    layout: str = "auto",
    size_by: str = "mentions",
    colour_by: str = "type",
    focus: str | None = None,
    steps: int = 2,
) -> Path:
    """Write ``to_html(graph)`` to ``path`` atomically (temp file in the same folder, then rename).

    Returns:
        The path written.

    Raises:
        ExportError: The file cannot be written; an existing file at ``path`` is left as it was.
        ConfigError: As ``to_html``.
    """
    target = Path(path)
    page = to_html(graph, title=title, layout=layout, size_by=size_by, colour_by=colour_by, focus=focus, steps=steps)
    # Unlike the folder `kg build --out` makes, a page written by hand goes only
    # into a folder that exists.
    if not target.parent.is_dir():
        raise ExportError(str(target), f"cannot create a file in {target.parent}: no such folder")
    return atomic_write(target, page)


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    ``json.dumps`` alone would let ``</script>`` in the data end the element;
    escaping ``<``, ``>`` and ``&`` as ``\\u00XX`` keeps it one text node and
    ``JSON.parse`` reads the same value back.

    >>> script_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    # One str.replace per character: str.translate with a mapping looks up every
    # character of the text in Python, ~15x slower on a page-sized payload.
    for character, escaped in _JSON_ESCAPES.items():
        if character in text:
            text = text.replace(character, escaped)
    return text


def _default_title(graph: GraphView) -> str:
    documents = list(itertools.islice((document for document, _headline in graph.articles()), 2))
    if len(documents) == 1 and documents[0].title:
        return documents[0].title
    return "Knowledge graph"


def _kg_script() -> str:
    """kg's script files as one closure: they share its names and leak none to the page."""
    body = "\n".join(_asset(*_ASSETS, name) for name in _SCRIPTS)
    return '(function () {\n"use strict";\n' + body + "\n})();"


def _package_folder(package: str) -> Traversable:
    """The folder of ``package``, found without running it: ``resources.files`` imports the
    package, and pyvis's ``__init__`` imports IPython and Jinja, which the page never uses (an
    installed package is a folder on disk; anything else, such as a zip, is asked of importlib)."""
    spec = importlib.util.find_spec(package)
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        if os.path.isdir(location):
            return Path(location)
    return resources.files(package)


def _asset(package: str, folder_or_name: str, name: str | None = None) -> str:
    """Read a script or style shipped in a package (kg's page assets or pyvis's vis-network)."""
    resource = _package_folder(package).joinpath(folder_or_name)
    if name is not None:
        resource = resource.joinpath(name)
    text = resource.read_text(encoding="utf-8")
    # The assets are inlined into <script>/<style>: a closing tag inside would end them early.
    if "</script" in text.lower() or "</style" in text.lower():
        raise ExportError(str(resource), "asset contains a closing </script> or </style> tag; it cannot be inlined")
    return text
