"""NLP: the spaCy pipeline, loaded once, and documents parsed with it.

- ``load``: which pipeline to load (never downloaded) and its name and version;
- ``components``: the spaCy components kg adds (line breaks end sentences);
- ``pieces``: parsing in batches, long articles cut into pieces.

spaCy objects stay inside ``nlp`` and ``extract``; nothing here imports spaCy
until a pipeline is loaded.
"""

from kg.nlp.load import load_pipeline, pipeline_id
from kg.nlp.pieces import Piece, parse, parse_pieces, piece_limit

__all__ = ["Piece", "load_pipeline", "parse", "parse_pieces", "piece_limit", "pipeline_id"]
