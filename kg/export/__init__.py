"""Exporters: one module per target format, each reading only the graph.

``EXPORTERS`` maps kg's format names to the file each writes and its writer,
imported lazily so that choosing one format never imports another's
dependencies; ``kg.export.registry`` adds formats registered at run time and
plugins (the ``kg.exporters`` entry-point group), and ``write`` writes several
formats into one folder.
"""

from __future__ import annotations

from kg.export.registry import (
    DEFAULT_FORMATS,
    EXPORTERS,
    Exporter,
    LazyExporter,
    WriteError,
    Written,
    format_names,
    get_exporter,
    register_exporter,
    write,
)

__all__ = [
    "DEFAULT_FORMATS",
    "EXPORTERS",
    "Exporter",
    "LazyExporter",
    "WriteError",
    "Written",
    "format_names",
    "get_exporter",
    "register_exporter",
    "write",
]
