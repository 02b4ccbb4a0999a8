"""The interactive HTML view: one self-contained page that works from disk, offline.

``page`` renders ``assets/page.html`` with kg's script and style (package data)
and pyvis's vis-network inlined; ``content`` is what a page shows, ``payload``
the data its script reads, ``layout`` the communities and positions computed
at export.
"""

from kg.export.html.content import PageContent
from kg.export.html.page import COLOUR_BY, LAYOUTS, SIZE_BY, render, to_html, write_html

__all__ = ["COLOUR_BY", "LAYOUTS", "SIZE_BY", "PageContent", "render", "to_html", "write_html"]
