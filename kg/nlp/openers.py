"""A capitalised word that opens a quotation is no name on its position alone.

News quotes open with a capital: '"Format interoperability, excellent value and a
huge catalogue are what people want," he said.' The small NER model reads such a
word as a name ("Format" as a person), and kg would make it an entity and a speaker
candidate. The ``kg_quote_openers`` component takes the entity back when nothing
but its position speaks for it:

- one word, right after an opening quotation mark;
- a modifier of a lower-case common noun after it ("Format interoperability": the
  noun phrase is a common one, the capital the quotation's);
- the article never writes the word capitalised where no quotation or sentence
  opens ("Apple fans will love it," after "Shares in Apple rose" stays a name).

The word that opens a coordination is no part of a name either: "Neither Mr Hale
nor Ms Grant" gives "Mr Hale", not "Neither Mr Hale".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

OPENING_MARKS = frozenset({'"', "“", "``"})
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})  # any quotation mark, as the tokenizer writes it
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
PAIRING = frozenset({"neither", "both", "either"})


@Language.component("kg_quote_openers", assigns=["doc.ents"])
def quote_openers(doc: Doc) -> Doc:
    """Drop the entities that only a quotation's opening capital made (see the module)."""
    ents = list(doc.ents)
    kept = [without_pairing(ent) for ent in ents if not position_only(ent)]
    if kept != ents:
        doc.ents = kept
    return doc


def without_pairing(ent: Span) -> Span:
    """``ent`` without a word that opens a coordination ("Neither Mr Hale": "Mr Hale")."""
    if len(ent) > 1 and ent[0].lower_ in PAIRING:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def position_only(ent: Span) -> bool:
    """Whether ``ent`` is one word that opens a quotation, modifies the lower-case noun
    after it, and is written nowhere else with its capital but where text opens."""
    if len(ent) != 1:
        return False
    token = ent[0]
    if not _opens_quotation(token):
        return False
    head = token.head
    if token.dep_ not in _MODIFIERS or head.i <= token.i or head.pos_ != "NOUN" or not head.text.islower():
        return False
    return not any(other.text == token.text and not _opens(other) for other in token.doc if other.i != token.i)


def _opens_quotation(token: Token) -> bool:
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and previous.text in OPENING_MARKS and not previous.whitespace_


def _opens(token: Token) -> bool:
    """Whether ``token`` opens a sentence or a quotation (where any word is capitalised)."""
    return token.is_sent_start or _opens_quotation(token)
