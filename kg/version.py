"""kg's version, read once, from the installed package's metadata.

The RDF export writes it into each statement's ``kg:extractor``, and the
per-document cache keys entries by it; ``kg --version`` prints it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # a source tree on sys.path that was never installed
    __version__ = "0+unknown"
