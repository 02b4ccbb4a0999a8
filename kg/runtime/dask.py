"""Run the per-document work on a Dask distributed cluster (``kg build --dask ADDRESS``).

Batches of documents are sent to the cluster's workers, each of which loads the
spaCy pipeline once (``kg.nlp.load.load_pipeline`` caches it per process) and returns
the batch's ``Entry`` records; the client gathers them in input order and folds
them into the graph here, so the graph and its exports are the same bytes as a
local build. Needs the optional extra: ``pip install "kg[dask]"`` on the client
and on every worker (with the same kg and spaCy pipeline versions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError
from kg.runtime.runners import Settings, process_batch

if TYPE_CHECKING:
    from kg.records import Document

INSTALL_HINT = 'install the Dask extra: pip install "kg[dask]"'

CONNECT_TIMEOUT = "30s"
"""How long to wait for the scheduler before giving up with a clear error."""


def connect(address: object) -> tuple[Any, bool]:
    """A ``distributed.Client`` for ``address`` (a scheduler address, or a client
    already connected), and whether it was made here (and is to be closed here).

    Raises:
        ConfigError: Dask is not installed, or the scheduler cannot be reached.
    """
    try:
        from distributed import Client
    except ImportError as error:
        raise ConfigError(f"--dask: Dask is not installed; {INSTALL_HINT}") from error
    if isinstance(address, Client):
        return address, False
    try:
        return Client(address, timeout=CONNECT_TIMEOUT), True
    except (OSError, TimeoutError, ValueError) as error:
        raise ConfigError(f"--dask: cannot reach the Dask scheduler at {address} ({error})") from error


class DaskRunner:
    """Send batches to the scheduler at ``address`` (``tcp://host:8786``) or to a given client.

    Args:
        address: Scheduler address, or a ``distributed.Client`` already connected.
        settings: How every worker processes documents.
        window: Batches in flight; default twice the cluster's worker threads.
    """

    def __init__(self, address: object, settings: Settings, *, window: int | None = None) -> None:
        self.settings = settings
        self.client, self._own = connect(address)
        threads = sum(self.client.nthreads().values()) or 1
        self.window = window or 2 * threads

    def submit(self, documents: list[Document]):
        """A Dask future of the batch's entries."""
        # pure=False: two equal batches are still two tasks (results are not shared by key).
        return self.client.submit(process_batch, documents, self.settings, pure=False)

    def close(self) -> None:
        if self._own:
            self.client.close()

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
