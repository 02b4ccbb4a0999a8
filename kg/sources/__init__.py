"""Sources: article files and folders in, ``Document`` records out.

- ``discover``: which files to read (folders walked in sorted order, hidden
  files skipped, link loops stopped);
- ``reading``: one file into its articles, bad inputs named and skipped;
- ``article``: a news article's furniture (date line, headline, byline,
  dateline, photo credits) and its body;
- ``jsonl``: JSON Lines, one article a line;
- ``markup``: HTML and Markdown to paragraphs of text;
- ``decoding``: bytes to text (encodings, binary files, control characters).
"""

from kg.sources.article import parse_article
from kg.sources.discover import Source, find_sources
from kg.sources.reading import read_document, read_source, read_sources

__all__ = ["Source", "find_sources", "parse_article", "read_document", "read_source", "read_sources"]
