"""Phrases that stay on a verb's object instead of moving to the verb.

The clause rules move a phrase the parse hangs on a verb's object to the verb ("blamed
the unrest on terrorists": the terrorists are the verb's). Two kinds of phrase say
what the object is, not how the event went:

- what an estimate is of: "raised its forecasts for global demand"
  (``kg.extract.estimates``);
- where a named person is from: "Myskina will face eighth-seed Patty Schnyder from
  Switzerland" is no facing that comes from Switzerland. A club or firm after "from"
  stays the verb's ("signed Smith from Chelsea": where he came from).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.estimates import names_estimate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def stays_on_object(noun: Token | Word, prep: Token | Word) -> bool:
    """Whether ``prep``'s phrase on the object ``noun`` belongs to the noun, not the verb."""
    return names_estimate(noun, prep) or names_origin(noun, prep)


def names_origin(noun: Token | Word, prep: Token | Word) -> bool:
    """Whether ``prep`` is "from" + a place after a person's name: where the person is from."""
    if noun.ent_type_ != "PERSON" or noun.pos_ != "PROPN" or prep.lower_ != "from":
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in _PLACE_LABELS for c in prep.children)
