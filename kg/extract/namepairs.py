"""Two names NER read as one across a lower-case "and" (rule ``bracket`` of
``kg.extract.namelike``, after its ``pair_pieces``), when the parse coordinates them
and nothing of the left name hangs on the right one (no head shared after the pair:
"the Securities and Exchange Commission", "Arundel and South Downs Tories" stay whole):

- each side two words or more: "Real Madrid and Real Socieded will play", "two
  cosmetics brands, Hard Candy and Urban Decay", "named Apple Insider and Think Secret";
  a side of one word may be a name's own ("Bethnal Green and Bow", "Language Learning
  and Technology", "Granada Men and Motors"), so:
- shorter sides only in a list: the examples of a plural kind ("Western firms such as
  Dell and Hewlett-Packard", "Bond games like Nightfire and Everything Or Nothing",
  "creations, including X-Men and Daredevil"), or the last two items of a list whose
  earlier items are names of their own, a comma before the pair ("watch Comedy Central,
  VH1 and Country Music TV", "the directors of Shameless, Hustle and Bodies"); not a list
  inside a name ("The State Administration of Radio, Film and Television": "Radio" is
  in the name before it), nor a pair after the list's own "or" ("Captain Scarlet, or
  Sapphire and Steel": one show).

Never the subject of a singular verb ("The Serious Organised Crime and Police Bill
proposes"), nor a right side ending in a name's head word or a period's the left lacks
(the head may be shared: "the Work and Pensions Committee", "Free Mojtaba and Arash Day"),
nor a pair NER cut before a number of its right name ("channels such as BBC Three and
News 24": no "News"), nor a constituency's name in a seat's slot ("the Eton and Slough seat",
``is_seat`` of ``kg.extract.constituencies``). A title's capitalised "And" ("Get Rich And Die Tryin'") is no list's.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.asides import PERIOD_NOUNS
from kg.extract.constituencies import is_seat
from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import NAME_HEADS

__all__ = ["capitalised", "is_seat", "two_names"]

_EXAMPLE_MARKERS = frozenset({"like", "including"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SINGULAR = frozenset({"is", "was", "has", "does"})


def capitalised(words: Words, start: int, end: int) -> bool:
    """Whether every word of ``start:end`` is capitalised, but for a hyphen or a number
    inside the name: "Hewlett-Packard", "Half Life 2" (a side of a pair)."""
    tokens = words.words
    return all(
        tokens[i].text[:1].isupper() or (i > start and (tokens[i].text == "-" or tokens[i].text.isdigit()))
        for i in range(start, end)
    )


def two_names(words: Words, start: int, middle: int, end: int) -> bool:
    """Whether words ``start:end``, with their "and" at ``middle``, are two names."""
    tokens = words.words
    if tokens[middle].text != "and" or (end < len(tokens) and tokens[end].text.isdigit()):
        return False  # "BBC Three and News 24": NER cut the right name short
    left, right = tokens[start:middle], tokens[middle + 1 : end]
    if not any(word.dep_ == "conj" and start <= word.head.i < middle for word in right):
        return False
    if any(middle < word.head.i < end for word in left):
        return False  # "the Securities and Exchange Commission": the left side modifies the Commission
    if _shared_head(words, start, middle, end) or _singular_subject(right):
        return False
    if len(words.span_text(start, middle).split()) >= 2 and len(words.span_text(middle + 1, end).split()) >= 2:
        return True
    root = next((word for word in left if not start <= word.head.i < middle or word.head is word), None)
    return root is not None and (_example(root) or _list_tail(root, start))


def _shared_head(words: Words, start: int, middle: int, end: int) -> bool:
    """The right side ends in a name's head word or a period's, the left in none: the head
    may be both's ("The Serious Organised Crime and Police Bill", "Free Mojtaba and Arash
    Day", however the parser reads them)."""
    tokens = words.words
    return _head_word(tokens[end - 1]) and not _head_word(tokens[middle - 1])


def _head_word(word: Word) -> bool:
    return fold(word.text) in NAME_HEADS or word.lower_ in PERIOD_NOUNS


def _singular_subject(right: Sequence[Word]) -> bool:
    """The pair is the subject of a singular verb, so one thing ("... and Police Bill
    proposes"; not "Real Madrid and Real Socieded will play")."""
    for word in right:
        if word.dep_ in _SUBJECTS or (word.dep_ == "conj" and word.head.dep_ in _SUBJECTS):
            verb = word.head if word.dep_ in _SUBJECTS else word.head.head
            auxiliaries = [child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}]
            return verb.tag_ == "VBZ" or verb.lower_ in _SINGULAR or any(a in _SINGULAR for a in auxiliaries)
    return False


def _example(root: Word) -> bool:
    """The pair is the examples of a plural kind: "firms such as Dell and Hewlett-Packard"."""
    marker = root.head
    if root.dep_ != "pobj" or marker is root:
        return False
    such = marker.lower_ == "as" and any(c.lower_ == "such" for c in (*marker.children, *marker.head.children))
    kind = marker.head
    return (such or marker.lower_ in _EXAMPLE_MARKERS) and kind.tag_ == "NNS" and kind.text.islower()


def _list_tail(root: Word, start: int) -> bool:
    """The pair ends a list whose earlier items are names of their own, a comma before
    the pair: "Comedy Central, VH1 and Country Music TV"."""
    doc = root.doc
    if root.dep_ != "conj" or root.head.i >= start or start < 1 or doc[start - 1].text != ",":
        return False
    first = root.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if not first.ent_type_:
        return False
    opening = first.i
    while opening > 0 and doc[opening].ent_iob_ == "I":
        opening -= 1
    # The list's first item opens a name of its own: not "The State Administration of Radio, Film and ..."
    return not any(doc[i].pos_ == "ADP" for i in range(opening, first.i))
