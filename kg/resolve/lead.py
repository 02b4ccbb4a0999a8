"""The article's own story: who acts in its first sentence, a description kept as written.

A news report's first body sentence states its event in full, often before it names
anyone: "Four members of the executive board ... have resigned", "The owner of the
technology-dominated Nasdaq stock index plans to sell shares", "An Austrian village is
testing technology". Elsewhere an agent no entity stands for drops its event (who acted
is unknown: "The British singer played"); in the lead, the description is who acted and
the event is the article's news, so it stays, the description a literal.
Not a verb of saying: who speaks is a name or a role ("could put software writers at
risk, warns former programmer and technology analyst Bill Thompson": the directive the
parse gave as subject is no speaker).

Only a verb's subject: an event noun's agent is its own, not the sentence's ("Two moments of
magic from O'Driscoll guided Ireland to a victory against Italy" is no win by the moments).
Only a description that picks out its referent does: a common noun head after an
article, a number or a possessor ("Smith's first comedy"). A bare plural ("Scientists
are working on ways") or a quantifier ("Some observers see") is no one in particular.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.attribution import SAY_VERBS
from kg.extract.quantities import NUMBER_WORDS
from kg.records import Argument, EventMention
from kg.resolve.leadconjuncts import opens_subject

# The words that open a description of one referent (numbers from ``NUMBER_WORDS``).
_DETERMINERS = frozenset({"the", "a", "an"})
QUOTES = " \n\"'‘’“”"
# Words that open a plural of no one in particular: "some observers", "many analysts".
_QUANTIFIERS = frozenset({"some", "many", "most", "few", "several", "all", "other", "more", "fewer", "both", "such",
                          "these", "those", "various", "certain", "numerous", "any", "no", "further"})
# A relative clause right after the subject describes it: "A mobile phone chip which combines
# a modem and a processor ... could make phones cheaper" (the lead's event is the main verb's).
# Its verb comes right after the relative word (an auxiliary or adverb or two between).
RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:which|who|that)(?:\s+[\w']+){0,2}\s*", re.IGNORECASE)


def lead_sentence(mention: EventMention, text: str) -> bool:
    """Whether the mention's sentence is the article's first (nothing but space before it)."""
    return not text[: mention.sentence[0]].strip()


def described(span: Argument, text: str) -> bool:
    """Whether the argument is a description that picks out one referent: a common noun
    head after an article, a number or a possessor, or a plural its modifier narrows.

    >>> text = "Four members of the board and some observers"
    >>> described(Argument("Four members of the board", 0, 26, 5, 12), text)
    True
    >>> described(Argument("some observers", 31, 45, 36, 45), text)
    False
    """
    head = text[span.head_start : span.head_end]
    words = span.text.split()
    if not words or not head.isalpha() or not head.islower() or span.head_start == span.start:
        return False
    first = words[0].lower()
    if first in _DETERMINERS or first in NUMBER_WORDS or first.isdigit() or first.endswith(("'s", "’s")):
        return True
    # "Pro-hunt supporters are set to protest", "Striking postal workers": a plural its own
    # modifier narrows, not "Scientists" nor "some observers"
    return head.endswith("s") and first not in _QUANTIFIERS


def lead_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether the mention is the lead's and every agent no entity stands for is a description
    that picks out its referent and opens the sentence (its subject, not a noun a participle
    or a subordinate clause hangs on: "the problems facing Britain"; nor the verb of a relative
    clause on it): the event stays, the agent a literal. Not a verb of saying: who speaks is a name or a role ("could put writers
    at risk, warns former programmer Bill Thompson": the parse's subject is no speaker)."""
    if mention.kind != "clause" or mention.lemma.split()[0] in SAY_VERBS:
        return False  # an event noun's agent is its own ("guided Ireland to a victory": not the subject's)
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    return bool(unknown) and lead_sentence(mention, text) and all(
        described(span, text) and opens_subject(mention, span, text)  # "Rising oil prices and the sinking dollar hit"
        and not RELATIVE_AFTER.fullmatch(text, span.end, mention.trigger_start) for span in unknown)
