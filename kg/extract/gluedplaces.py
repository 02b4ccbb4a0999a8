"""A known place glued to a name by "in" or "at": "the Peel Common Infants School in Gosport",
"the All Blacks in Christchurch".

NER runs an organisation's or a facility's span (labels ORG, FAC) over the place after it;
the name ends before the "in" or "at" when the words after it are a known place's name
(a country, a region, a GeoNames city) and the words before it are a name of their own: an
organisation's or a facility's head word ends them ("School", ``name_heads.tsv``), or the
article names them alone. A work's title keeps its place ("Sleepless in Seattle", "Fear and
Loathing in Las Vegas": NER labels it a work, and nothing names "Sleepless" alone).
"""

from __future__ import annotations

from kg.extract.glued import named_alone
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, NAME_HEADS, REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

_GLUES = frozenset({"in", "at"})
_NAMED_HEADS = frozenset({EntityType.ORGANIZATION, EntityType.FACILITY})
_LABELS = frozenset({"ORG", "FAC"})


def before_glued_place(words: Words, start: int, end: int, label: str, owners: frozenset[str]) -> int:
    """The name's end before a known place glued to it by its one "in" or "at", or ``end``.

    ``label``: the NER label; ``owners``: folded texts of the article's entity spans.
    """
    tokens = words.words
    glues = [i for i in range(start + 1, end - 1) if tokens[i].lower_ in _GLUES]
    if label not in _LABELS or len(glues) != 1:
        return end
    glue = glues[0]
    place = words.span_text(glue + 1, end)
    if not (fold(place) in COUNTRIES or fold(place) in REGIONS or gazetteer().is_place(place)):
        return end
    name = words.span_text(start, glue)
    head = NAME_HEADS.get(fold(tokens[glue - 1].text))
    whole = words.span_text(start, end)
    if (head is not None and head[0] in _NAMED_HEADS) or named_alone(words.text, whole, name, owners):
        return glue
    return end
