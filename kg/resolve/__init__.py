"""Resolution: which mentions are one entity, within a document and across documents.

- ``document``: ``resolve(extraction)``, one document's extraction to its
  ``DocumentGraph`` (entities with types, labels and keys; relations with dates);
- ``names``: clusters of name variants; ``forms``: the word-level tests on names;
- ``coref``: descriptions and pronouns linked to named entities;
- ``groups``: groups named by a demonym linked to their country;
- ``dates``: time expressions to days and periods;
- ``across``: entities linked across documents (node keys): ``ArticleLinker``
  files each document for the graph; ``filing`` rewrites a document's records
  under node keys; ``vote`` is the one rule for names and types.
"""

from kg.resolve.document import resolve

__all__ = ["resolve"]
