"""The interactive HTML view: one self-contained page that works from disk, offline.

``page`` renders the graph into ``assets/page.html`` with kg's ``viewer.js`` and
``viewer.css`` (package data) and pyvis's vis-network inlined.
"""

from kg.export.html.page import LAYOUTS, SIZE_BY, to_html, write_html

__all__ = ["LAYOUTS", "SIZE_BY", "to_html", "write_html"]
