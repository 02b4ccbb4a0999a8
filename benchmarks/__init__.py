"""Quality and speed benchmarks for kg, run by hand (never in CI).

``benchmarks.carb`` is the CaRB open-IE scorer; see
``../shared/eval/carb/SCORING.md`` for the metric it reproduces.
"""
