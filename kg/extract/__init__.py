"""Extraction: from a parsed spaCy Doc to open propositions.

Modules, one job each: ``clauses`` (verb clauses), ``nominal`` (verbless
relations), ``attribution`` (reported speech), ``spans`` (argument spans),
``confidence`` (evidence-based scores), ``propositions`` (the public entry
point), ``tabbed`` (CaRB output for ``kg openie``).
"""
