"""A passive's "by" agent of people or a body, acting on a named subject: the event stays.

Elsewhere an agent no entity stands for drops its event (who acted is unknown: "The
British singer played"). A passive whose subject an entity stands for tells what was
done to that entity, and its "by" phrase says by whom, however the text calls them:
"Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million",
"The Aviator has been tipped by UK bookmakers as the favourite". The event is the
story about the named subject; the agent stays a literal.

Only when the "by" phrase is right after the verb and its head is a noun of people
(``kg.resolve.counted.PEOPLE``), of kin (``kin_nouns.txt``: "his ex-girlfriend") or of a
body (``organisation_kinds.tsv``: "bookmakers", "the regulator"): "were informed by
letter", "has been sidelined by a hamstring problem", "was motivated by money" name no
one who acted. Only a clause told as having happened (asserted or reported), whose
subject stands right before its passive auxiliary and verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lexicon import DESCRIPTION_NOUNS, ORGANISATION_KINDS, PEOPLE_NOUNS, PLURAL_NOUNS
from kg.lexicon.table import read_words
from kg.records import Argument, EventMention
from kg.types import EntityType, Factuality

__all__ = ["passive_agents"]

KIN_NOUNS = read_words("kin_nouns.txt")
# Nouns for people, as kg.resolve.counted reads them, and kin and bodies.
_ACTORS = (PEOPLE_NOUNS | PLURAL_NOUNS | KIN_NOUNS | frozenset(ORGANISATION_KINDS)
           | {noun for noun, kind in DESCRIPTION_NOUNS.items() if kind in (EntityType.PERSON, EntityType.GROUP)})
_SUBJECT_ROLES = frozenset({"patient", "theme"})
_BY = re.compile(r"\s+by\s+")
# "<subject> has been | is being | have both been | will be <verb>"
_PASSIVE = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would|also|both|now|already|just)\s+)*"
                      r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?")


def _forms(head: str) -> set[str]:
    """The head noun's singular forms to look up.

    >>> sorted(_forms("bookmakers")), sorted(_forms("ex-girlfriend"))
    (['bookmaker', 'bookmakers'], ['ex-girlfriend', 'girlfriend'])
    """
    word = head.lower()
    forms = {word}
    if word.startswith("ex-"):
        forms.add(word[3:])
    for form in list(forms):
        if form.endswith("ies"):
            forms.add(form[:-3] + "y")
        elif form.endswith("es"):
            forms.add(form[:-2])
        if form.endswith("s"):
            forms.add(form[:-1])
    return forms


def people_or_body(span: Argument, text: str) -> bool:
    """Whether the argument's head is a noun of people, kin or a body (see the module's docstring)."""
    head = text[span.head_start : span.head_end]
    if not head[:1].islower() and not (len(head) > 2 and head.endswith("s") and head[:-1].isupper()):
        return False  # a name the linker missed is no description ("MPs" is a plural of people)
    return any(form in _ACTORS for form in _forms(head))


def passive_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent no entity stands for is the "by" phrase of a passive whose subject
    an entity stands for, a noun of people or a body (see the module's docstring)."""
    if mention.kind != "clause" or mention.factuality not in (Factuality.ASSERTED, Factuality.REPORTED):
        return False
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    if not unknown:
        return False
    subject = any(
        cluster is not None and mention.arguments[index].role in _SUBJECT_ROLES
        and _PASSIVE.fullmatch(text, mention.arguments[index].argument.end, mention.trigger_start) is not None
        for index, cluster in kept)
    return subject and all(
        _BY.fullmatch(text, mention.trigger_end, span.start) is not None and people_or_body(span, text) for span in unknown)
