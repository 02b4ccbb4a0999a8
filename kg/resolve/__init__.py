"""Resolution: which mentions are one entity, within a document and across documents.

- ``document``: ``resolve(extraction)``, one document's extraction to its
  ``DocumentGraph`` (entities with types, labels and keys; relations with dates);
- ``names``: clusters of name variants; ``variants``: when one name may stand for
  another; ``nicknames``: the alias table read in the article's context;
  ``forms``: the word-level tests on names;
- ``places``: GeoNames links of countries, US states, continents and cities;
- ``coref``: descriptions and pronouns linked to named entities;
- ``groups``: groups named by a demonym linked to their country;
- ``dates``: time expressions to days and periods;
- ``across``: entities linked across documents (node keys): ``ArticleLinker``
  files each document for the graph; ``filing`` rewrites a document's records
  under node keys; ``vote`` is the one place names and types are chosen, within
  an article (``vote_type``) and across articles (``vote_entity_types``).
"""

from kg.resolve.document import resolve

__all__ = ["resolve"]
