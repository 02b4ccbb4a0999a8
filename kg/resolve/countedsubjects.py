"""A counted subject keeps its event: "1,100 flights were cancelled".

An event whose core participants no entity stands for is dropped when it is of no news
class ("other"), and so is one whose agent no entity stands for (``kg.resolve.events``):
"the majority of visitors want ..." tells a reader nothing to look up. A subject the text
counts is no such vague group: "Six foreign-owned textile factories have closed in
Lesotho", "Six government units would also be scrapped", "Some 600 schools have already
signed up for the mock elections" give how many, which is the news itself (as
``kg.resolve.counted`` keeps a counted group of people that acts).

Only the clause's own subject (a clause's subject in the parse), and it stands right
before the verb, with nothing but auxiliaries and a few adverbs between
(``subject_gap_words.txt``): not a noun a participle or a relative clause describes ("two
new domain names, aimed at ...", "27 countries seeking membership"), nor a verb's object a
small clause describes ("left 30,000 passengers stranded", "ordered 30 projects halted"). The number, a word of its
own (not "G8 countries"), counts the phrase's last word, a plural noun of things or
people, more than one: not an amount ("$1,300", "5%"), a span of time ("four minutes";
``period_nouns.txt``), nor a count of something else ("Two moments of magic from
O'Driscoll"). Not "the two countries", "the two sides": those stand for the ones named
before them, which is coreference's to find, not a count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from decimal import Decimal
from itertools import accumulate

from kg.extract.quantities import AMOUNT_NOUNS, CURRENCY_WORDS, read_quantity
from kg.lexicon.table import read_words
from kg.records import EventMention, Proposition
from kg.resolve.pronouns import CLAUSE_KINDS

__all__ = ["counted_subject", "literal_subjects", "own_subjects"]

GAP_WORDS = read_words("subject_gap_words.txt")
PERIOD_NOUNS = read_words("period_nouns.txt")
_SUBJECT_ROLES = ("agent", "theme", "patient")
_OBJECT_KINDS = frozenset({"svo", "svo_pp", "light"})  # a verb's object; not what is said ("attribution")
_WORD = re.compile(r"[a-z']+")
_PLURAL = re.compile(r"[a-z]+s")
_TITLE = re.compile(r"^ (?:[A-Z][\w'-]*\s+)+")  # a name right after the head, no comma: the head's own title
_GLUED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]{2}")  # "G8", "3Com": a name's number, no count


def own_subjects(propositions: Sequence[Proposition]) -> frozenset[int]:
    """The head offsets of the clause subjects that are no part of another clause's object:
    not "30 projects" of "ordered 30 projects halted", nor "30,000 passengers" of "left
    30,000 passengers stranded" (what was ordered or left, not a happening told as such);
    a clause said is no object here ("six factories have closed, officers said")."""
    objects = sorted((p.object.start, p.object.end) for p in propositions if p.object is not None and p.kind in _OBJECT_KINDS)
    starts = [start for start, _ in objects]
    reach = list(accumulate((end for _, end in objects), max))  # the furthest end of the objects starting so far
    return frozenset(p.subject.head_start for p in propositions if p.kind in CLAUSE_KINDS and not _inside(
        p.subject.head_start, starts, reach))


def _inside(offset: int, starts: list[int], reach: list[int]) -> bool:
    """Whether ``offset`` lies inside one of the spans whose sorted starts are ``starts``
    (``reach``: the furthest end of the spans up to each): a bisection, not a scan of all.

    >>> _inside(5, [0, 4], [3, 6]), _inside(3, [0, 4], [3, 6]), _inside(9, [0, 4], [9, 9])
    (True, False, False)
    """
    last = bisect_right(starts, offset)
    return last > 0 and reach[last - 1] > offset


def counted_subject(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str,
                    subjects: Collection[int]) -> int | None:
    """The index (into ``mention.arguments``) of the counted subject no entity stands for
    (see the module's docstring), or ``None``. ``subjects``: the head offsets of the
    document's own clause subjects (``own_subjects``).

    >>> from kg.records import Argument, EventArgument
    >>> def event(subject, verb, role="theme"):
    ...     text = f"{subject} {verb}."
    ...     span = Argument(subject, 0, len(subject), subject.rindex(" ") + 1, len(subject))
    ...     start = text.index(verb.split()[-1])
    ...     mention = EventMention(verb, verb, "other", (EventArgument(role, span),), (0, len(text)), start,
    ...                            start + len(verb.split()[-1]), 1.0)
    ...     return mention, text
    >>> mention, text = event("1,100 flights", "were cancelled", "patient")
    >>> counted_subject(mention, [(0, None)], text, {6})
    0
    >>> counted_subject(mention, [(0, None)], text, set()) is None  # no clause's subject
    True
    >>> mention, text = event("Six government units", "would also be scrapped", "patient")
    >>> counted_subject(mention, [(0, None)], text, {15})
    0
    >>> mention, text = event("two new domain names,", "aimed")
    >>> counted_subject(mention, [(0, None)], text, {14}) is None
    True
    """
    for index in literal_subjects(mention, kept, text, subjects):
        span = mention.arguments[index].argument
        if _counted(text[span.start : span.end], text[span.head_start : span.head_end]):
            return index
    return None


def literal_subjects(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str,
                     subjects: Collection[int]) -> list[int]:
    """The indexes of the mention's subject arguments no entity stands for that stand right before
    its verb, a clause's own subject (``own_subjects``), nothing but ``subject_gap_words.txt`` between
    (and a name right after the head, which is its own: "the film Submission has been pulled")."""
    if mention.kind != "clause":
        return []
    found = []
    for index, cluster in kept:
        argument = mention.arguments[index]
        span = argument.argument
        if cluster is not None or argument.role not in _SUBJECT_ROLES or span.end > mention.trigger_start \
                or span.head_start not in subjects:
            continue
        between = _TITLE.sub(" ", text[span.end : mention.trigger_start])  # "film Submission has been pulled"
        gap = _WORD.findall(between.lower())
        if between.strip(" ") and (not all(word in GAP_WORDS for word in gap) or re.search(r"[^\sa-zA-Z']", between)
                                   or gap[:1] == ["to"]):  # "UKIP's job to destroy": an infinitive on the noun
            continue  # "two new domain names, aimed at": no subject of "aim"
        found.append(index)
    return found


def _counted(phrase: str, head: str) -> bool:
    """Whether ``phrase`` counts its last word, ``head``, a plural noun, more than one.

    >>> _counted("Six foreign-owned textile factories", "factories"), _counted("all four Britons", "Britons")
    (True, True)
    >>> _counted("Two moments of magic from Brian O'Driscoll", "moments"), _counted("one firm", "firm")
    (False, False)
    >>> _counted("$1,300", "1,300"), _counted("three weeks", "weeks"), _counted("5.07 points", "points")
    (False, False, False)
    >>> _counted("The G8 countries", "countries"), _counted("the two sides", "sides")
    (False, False)
    """
    words = phrase.split()
    if not words or words[-1] != head or not _PLURAL.fullmatch(head.lower()) or head.lower() in CURRENCY_WORDS \
            or head.lower() in AMOUNT_NOUNS or head.lower()[:-1] in PERIOD_NOUNS:
        return False
    if words[0].lower() == "the" or _GLUED.search(phrase):
        return False  # "the two sides": the ones named before; "G8 countries": a name's number
    opening = phrase[len(words[0]) + 1 :] if words[0].lower() == "all" else phrase  # "all four Britons"
    quantity = read_quantity(opening)
    if quantity is None or quantity.value is None or quantity.unit in ("percent", "score") or (
            quantity.unit is not None and quantity.unit.isupper()):
        return False  # "5% of firms", "$3bn"
    return Decimal(quantity.value) > 1
