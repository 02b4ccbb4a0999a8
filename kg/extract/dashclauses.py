"""A noun phrase stops at a spaced dash that opens a verb's clause.

The BBC's writers set an aside or a consequence off with a dash between spaces, and the
parser often hangs what follows on the noun before it: "Congress authorised an $800bn rise
in what the US can owe - taking the total to $8.2 trillion" gives a theme "an $800bn rise
in what the US can owe - taking the total to $8.2 trillion", and "GPRS is described as 2.5G
technology - 2.5 generation - sitting between 2G and 3G" an attribute that runs into
"sitting". A phrase (``kg.extract.spans.noun_phrase``) ends before such a dash when the word
right after it is a verb, any form but a modal ("taking", "arguing", "contributed"), and
the phrase's head stands before the dash. Not a hyphen inside a word ("rate-setting
meeting": no spaces), nor a dash before a noun phrase, an apposition that may stay
("sales outside western Europe - Renault's core market"), nor a phrase whose head comes
after the dash (the words before it are no phrase of their own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


def before_dashed_clause(tokens: list[Token], head: Token) -> list[Token]:
    """``tokens`` (a phrase headed by ``head``, in text order) up to a spaced dash after the
    head that a verb follows (see the module's docstring); unchanged otherwise."""
    for position, token in enumerate(tokens):
        if token.i <= head.i or token.text not in _DASHES or position + 1 >= len(tokens):
            continue
        after = tokens[position + 1]
        if after.i == token.i + 1 and after.tag_ in _VERB_TAGS and _spaced(token):
            end = position
            while end > 0 and tokens[end - 1].is_punct:
                end -= 1
            return tokens[:end]
    return tokens


def _spaced(token: Token) -> bool:
    """The dash stands between spaces: "owe - taking", not "rate-setting"."""
    text = token.doc.text
    after = token.idx + len(token.text)
    return token.idx > 0 and text[token.idx - 1 : token.idx].isspace() and text[after : after + 1].isspace()
