"""A name NER read as a person that the article lists as a kind of technology is a product.

NER reads the one-word name of a file-sharing network, an online service or a tape format
as a person's ("Grokster", "Napster", "Betamax"), and repeats the reading on every
mention. A list says what its names are (``service_nouns.txt``, the plural kind):

- examples of the kind: "Networks like eDonkey, Kazaa and Grokster facilitate ...",
  "formats, such as Betamax and VHS", "services including X";
- the kind after the list: "Grokster and StreamCast, two file-sharing networks", "Apple's
  iTunes, Napster and other net music download services";
- a name joined by "and", "or", "versus" or a comma to a listed technology's name
  (``technology_terms.tsv``): "the Betamax and VHS fight", "the 1980s Betamax versus VHS
  war", "iTunes and Napster" (not to any name another rule typed a product: "ScanSoft and
  Gracenote are developing technology", two firms).

A name any of whose mentions speaks, acts or owns as an organisation does ("Napster
claims", "Grokster's lawyer") is left as it is. One sign types every mention of the name that NER read as a person, or as a place no
gazetteer knows ("Networks like eDonkey, Kazaa and Grokster": NER's place, person). Not a person's name
(a given name and a surname: "Steve Jobs and the iPod"), one with a person's title, a
known place's or country's, nor in a sports report ("players like Beckham" has no kind
of this list anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.types import EntityType

SERVICE_NOUNS = read_words("service_nouns.txt")
# NER's readings a list corrects: a person's, or a place's no gazetteer knows ("Kazaa").
_MISREAD = frozenset({EntityType.PERSON, EntityType.PLACE})
_JOINS = frozenset({",", "and", "or", "versus", "vs", "&"})
_EXAMPLE_MARKERS = frozenset({"like", "including"})
_MAX_MODIFIERS = 5  # "two file-sharing networks": words between the list and its kind


def listed_services(
    found: list[tuple[Mention, Bounds]], words: Words, technologies: frozenset[str], agent: Callable[[Words, int, int], bool]
) -> list[tuple[Mention, Bounds]]:
    """``found`` with every person's mention of a name a list shows to be a technology
    typed a Product, cued (see the module's docstring). ``technologies``: the folded
    names of listed technologies (``technology_terms.tsv``); ``agent``: whether a mention
    speaks, acts or owns as an organisation does, which keeps the name as it is."""
    spans = [bounds for _, bounds in found]
    titled = {fold(m.text) for m, _ in found if m.titles}
    names = {
        fold(m.text) for m, (start, end) in found
        if _candidate(m) and (_kind_listed(words, start, end, spans) or _joined_to(words, start, end, found, technologies))
    } - titled
    names -= {fold(m.text) for m, bounds in found if fold(m.text) in names and agent(words, *bounds)}
    if not names:
        return found
    return [
        (replace(m, type=EntityType.PRODUCT, cued=True), b) if m.type in _MISREAD and fold(m.text) in names
        else (m, b)
        for m, b in found
    ]


def _candidate(mention: Mention) -> bool:
    form = fold(mention.text)
    return (
        mention.type in _MISREAD and not mention.titles and not looks_like_person(mention.text)
        and form.split()[0] not in GIVEN_NAMES and form not in COUNTRIES and not gazetteer().is_place(mention.text)
    )


def _segment(words: Words, start: int, end: int, spans: list[Bounds]) -> tuple[int, int]:
    """The list the name ``start:end`` stands in: the names and joining words around it."""
    inside = {i for s, e in spans for i in range(s, e)}
    tokens = words.words

    def listed(i: int) -> bool:  # a name's word (NER's or a proper noun: "eDonkey"), or a joining word
        token = tokens[i]
        return i in inside or token.lower_ in _JOINS or token.tag_ == "POS" or (
            token.pos_ == "PROPN" and not token.text.islower() and token.sent.start != i)

    left = start
    while left > 0 and listed(left - 1):
        left -= 1
    right = end
    while right < len(tokens) and listed(right):
        right += 1
    while left < start and tokens[left].lower_ in _JOINS:
        left += 1
    while right > end and tokens[right - 1].lower_ in _JOINS:
        right -= 1
    return left, right


def _kind_listed(words: Words, start: int, end: int, spans: list[Bounds]) -> bool:
    """The name's list is examples of a kind ("networks like ... Grokster") or has the kind
    after it ("Grokster and StreamCast, two file-sharing networks", "iTunes, Napster and
    other ... services")."""
    left, right = _segment(words, start, end, spans)
    if right - left == end - start:
        return False  # no list: one name alone
    tokens = words.words
    before = [token.lower_ for token in tokens[max(0, left - 3) : left]]
    kind_at = None
    if before[-1:] and before[-1] in _EXAMPLE_MARKERS:
        kind_at = left - 2
    elif before[-2:] == ["such", "as"]:
        kind_at = left - 3 if left >= 3 and tokens[left - 3].text != "," else left - 4
    if kind_at is not None and kind_at >= 0 and _kind(words, kind_at):
        return True
    i = right
    if i < len(tokens) and tokens[i].text == ",":
        i += 1  # "Grokster and StreamCast, two file-sharing networks"
    elif i + 1 < len(tokens) and tokens[i].lower_ in {"and", "or"} and tokens[i + 1].lower_ == "other":
        i += 2  # "iTunes, Napster and other net music download services"
    else:
        return False
    for j in range(i, min(i + _MAX_MODIFIERS + 1, len(tokens))):
        token = tokens[j]
        if _kind(words, j):
            return True
        modifier = token.pos_ in {"NUM", "ADJ", "NOUN", "PUNCT", "DET"} or token.tag_ in {"VBG", "VBN"}  # "file-sharing"
        if not modifier or token.text[:1].isupper() or token.text == ",":
            return False
    return False


def _kind(words: Words, i: int) -> bool:
    """Word ``i`` is a kind's plural, lower-case but at a sentence's head ("Networks like")."""
    token = words.words[i]
    head = all(word.is_punct for word in words.words[token.sent.start : i])  # "'Networks like ..."
    lower = token.text.islower() or (head and token.text[1:].islower())
    return token.tag_ in {"NNS", "NNPS"} and lower and token.lemma_.lower() in SERVICE_NOUNS


def _joined_to(
    words: Words, start: int, end: int, found: list[tuple[Mention, Bounds]], products: set[str] | frozenset[str]
) -> bool:
    """The name stands next to a technology's, only joining words between: "Betamax and
    VHS", "Betamax versus VHS", "iTunes, Napster"."""
    tokens = words.words
    for mention, (s, e) in found:
        if fold(mention.text) not in products or (s, e) == (start, end):
            continue
        between = tokens[e:start] if e <= start else tokens[end:s]
        if 1 <= len(between) <= 2 and all(token.lower_ in _JOINS or token.tag_ == "POS" for token in between):
            return True
    return _next_listed(words, start, end, products)


def _next_listed(words: Words, start: int, end: int, products: set[str] | frozenset[str]) -> bool:
    """A listed technology's one-word name NER gave no span, across "and", "or" or "versus":
    "the Betamax and VHS fight"."""
    tokens = words.words
    joins = _JOINS - {","}
    after = end + 1 < len(tokens) and tokens[end].lower_ in joins and fold(tokens[end + 1].text) in products
    before = start >= 2 and tokens[start - 1].lower_ in joins and fold(tokens[start - 2].text) in products
    return after or before
