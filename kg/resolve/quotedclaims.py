"""A clause inside direct speech is the speaker's claim, which the quote holds: no plain edge.

'"Manchester United are a debt-free company," he said': the copula's proposition (Manchester
United --are--> debt-free company) is what the speaker holds, not what the writer asserts; the
quote carries it, with its speaker, as events inside quotation marks are left to the quote
(``kg.extract.events.sentence_events``); so too inside a quotation of some words with no speech
verb beside it, someone's words all the same. Only clause constructions (a verb's or a copula's,
``kg.resolve.pronouns.CLAUSE_KINDS``) are claims: the relations a name's own words give ("UKIP
leader Roger Knapman": a member of UKIP; "the Market Square in Nottingham": in Nottingham) say
who or where someone is, whoever speaks them, and stay.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.quotemarks import quoted_spans
from kg.records import Proposition, SpeechReading
from kg.resolve.pronouns import CLAUSE_KINDS
from kg.types import Span


def direct_contents(speech: Iterable[SpeechReading], text: str) -> list[Span]:
    """The content spans of the direct speech readings, and of every quotation of some words
    with no speech verb of its own ('And he is scathing of the Tory party. "The Tory party is
    schizophrenic about Europe."': ``kg.extract.quotemarks.quoted_spans``, as events read)."""
    return [reading.content for reading in speech if reading.direct] + quoted_spans(text)


def quoted_claim(proposition: Proposition, contents: list[Span]) -> bool:
    """Whether ``proposition`` is a clause whose word (its trigger, else its subject) lies
    inside a direct speech's content (``direct_contents``).

    >>> from kg.records import Argument
    >>> def claim(kind, at):
    ...     subject = Argument(text="X", start=at, end=at + 1, head_start=at, head_end=at + 1)
    ...     return Proposition(subject=subject, relation="are", key="be", object=None, sentence=(0, 50),
    ...                        kind=kind, confidence=0.5, trigger=(at + 2, at + 5))
    >>> quoted_claim(claim("copula", 3), [(1, 40)]), quoted_claim(claim("copula", 45), [(1, 40)])
    (True, False)
    >>> quoted_claim(claim("title", 3), [(1, 40)])
    False
    """
    if proposition.kind not in CLAUSE_KINDS or not contents:
        return False
    at = proposition.trigger[0] if proposition.trigger else proposition.subject.start
    return any(start <= at < end for start, end in contents)
