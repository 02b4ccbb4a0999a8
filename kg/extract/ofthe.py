"""A title of the shape "X of the Y" that NER cut to its last words: "the Lord of the
Rings" (NER: "Rings", an organisation), "Shaun of the Dead", "Revenge of the Sith".

spaCy's small model reads the capitalised words after "of the" as a name and leaves out
the words before them, so "Rings" becomes a firm that "was nominated". The title starts
at the capitalised words right before "of the" when they are in no entity, the "of" hangs
on one of them, and the span NER gave is no place, people, number or date (``_NAMED``):
the whole is one work. Not a chamber's ("Father of the House": ``chamber_names.txt``), a post ("Leader of the Commons", "Vice President of the ATP":
``roles.tsv``), a quantity ("None of the Tories"), a kind of body or thing that heads its
own name ("Museum of the Moving Image": ``type_cues.tsv``, ``name_heads.tsv``) or a
common noun opening the sentence ("Members of the BBC Trust").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import ARTICLES, CHAMBER_NAMES, NAME_HEADS, QUANTIFIERS, ROLE_HEADS, TYPE_CUES
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Words

# NER labels of a title's last words: "Rings" (ORG), "Dead" (PERSON), "Spotless Mind" (FAC).
_NAMED = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})
_QUOTES = frozenset({'"', "'", "“", "‘"})
_MAX_WORDS = 3  # "Eternal Sunshine of the Spotless Mind": at most this many words before "of the"


def of_the_start(doc: Words, start: int, end: int, label: str, floor: int) -> int | None:
    """Where the title "X of the Y" starts whose last words ``start:end`` NER read alone
    (see above), or None; ``floor`` is the end of the entity before (its words are never taken)."""
    if label not in _NAMED or start < 3 or doc[start - 1].text != "the" or doc[start - 2].text != "of":
        return None
    if doc[start].sent.start == start or fold(doc.span_text(start, end)) in CHAMBER_NAMES:
        return None  # "the Father of the House": a chamber's (chamber_names.txt)
    first = None
    for i in range(start - 3, max(floor, start - 2 - _MAX_WORDS) - 1, -1):
        word = doc[i]
        if word.ent_iob_ != "O" or not word.text[:1].isupper() or not word.is_alpha or word.lower_ in QUANTIFIERS:
            break
        if word.lower_ in ROLE_HEADS:
            return None  # "Leader of the Commons", "Director General of the British Chambers"
        first = i
        if word.sent.start == i or (i > 0 and doc[i - 1].text in _QUOTES):
            break
    if first is None or not first <= doc[start - 2].head.i < start - 2:
        return None
    while first < start - 2 and doc[first].lower_ in ARTICLES:
        first += 1  # "The Phantom of the Opera": kg keeps no article in a name
    opener = doc[first]
    opens = opener.sent.start == first or (first > 0 and doc[first - 1].text in _QUOTES)
    if first == start - 2 or (opens and opener.tag_ != "NNP"):
        return None  # "Members of the BBC Trust": a common noun the sentence opens with
    head = fold(doc[start - 3].text)
    cue = TYPE_CUES.get(head) or (NAME_HEADS[head][0] if head in NAME_HEADS else None)
    return None if cue is not None and cue is not EntityType.WORK else first
