"""spaCy components kg adds to the pipeline (registered on import)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a caption or heading never fuses with the
    next paragraph ("... Almaty, Kazakhstan\\n\\nTroops of ...")."""
    tokens = iter(doc)
    previous = next(tokens, None)
    if previous is None:
        return doc
    for token in tokens:  # each token read once (``doc[token.i - 1]`` made a second Token for each)
        if (previous.is_space and "\n" in previous.text) or ("\n" in previous.whitespace_ and not token.is_space):
            token.is_sent_start = True
        previous = token
    return doc
