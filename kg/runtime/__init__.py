"""How a build runs, apart from what it computes.

- ``runners``: the per-document unit of work and where it runs (this process,
  a pool of processes), with results taken back in input order;
- ``dask``: the same work on a Dask cluster (``kg build --dask``);
- ``cache``: each document's resolved graph, kept between builds;
- ``gc``: tuning of Python's cyclic garbage collector for batch work;
- ``atomic``: files written atomically (temporary file, then rename).

``gc`` and ``atomic`` depend on nothing else in kg (the exporters use them);
``cache`` needs only the records; ``runners`` and ``dask`` run the stages
(nlp, extract, resolve) and sit just below ``kg.pipeline``.
"""
