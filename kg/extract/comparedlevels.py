"""A measured value said to be an amount higher or lower than at an earlier time is a change.

Business news often gives a move as a comparison with a copula, no verb of change: "Sales
in shopping malls were 4.3% higher than in 2003", "GE said orders in the fourth quarter
were 15% higher than in the same period of 2003", "US crude stocks were 3.5% higher than a
year ago". That is a rise (or, "lower", a fall) of the subject, the amount its difference
(``compared_change``; the adjective is the trigger, as "up" and "down" are for
``kg.extract.changes``). The subject must be a measured noun (``measured_nouns.tsv``: not
"it", "That"), the amount right on the adjective, and the "than" phrase an earlier time,
the baseline, which is no time of the change ("than in 2003", "than a year ago", "than
during the same period last year"). Not a comparison with a guess or another thing ("revenue
was about 4% higher than first thought", "1% less than previously forecast", "$14 higher
than the price fixed in the contract": a verb in the "than" phrase), nor one with no amount
("prices were higher than in 2003"), nor a forecast ("profits would be 10% lower than the
previous year": a modal on the copula), nor "more expensive".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.event_arguments import argument_kind
from kg.extract.spans import noun_phrase as _noun_phrase
from kg.extract.spans import prep_phrase as _prep_phrase
from kg.lexicon import MEASURED_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["compared_change"]

_COMPARED = {"higher": "rise", "lower": "fall"}
_TIME_LABELS = frozenset({"DATE", "TIME"})


def _phrase(word: Word) -> list[Word]:
    """The noun phrase ``word`` heads (``kg.extract.spans.noun_phrase``, which annotates spaCy's Token)."""
    return cast("list[Word]", _noun_phrase(cast(Any, word)))


def _earlier_time(than: Word) -> bool:
    """Whether the "than" phrase names a time and nothing done: "than in 2003", "than a year ago"."""
    words = list(than.subtree)[1:]
    return any(w.ent_type_ in _TIME_LABELS for w in words) and not any(w.pos_ in ("VERB", "AUX") for w in words)


def compared_change(adjective: Word) -> tuple[str, list[tuple[str, list[Word]]]] | None:
    """The lemma and arguments (role, words) of the change "<measured noun> was <amount>
    higher/lower than <earlier time>" states, or ``None`` when ``adjective`` heads none.

    "Sales in shopping malls were 4.3% higher than in 2003" -> ("rise", [theme "Sales in
    shopping malls", difference "4.3%"]); a time phrase on the subject is the change's time
    ("Prices in the final quarter of 2004 were 0.1% higher than in the previous quarter").
    """
    lemma = _COMPARED.get(adjective.lower_)
    verb = adjective.head
    if lemma is None or adjective.dep_ != "acomp" or verb.lemma_.lower() != "be" \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "profits would be between 10% to 15% lower than the previous year": a forecast
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in MEASURED_NOUNS:
        return None
    amount = next((c for c in adjective.children if c.dep_ == "npadvmod" and c.i < adjective.i), None)
    if amount is None or argument_kind(amount, [amount]) != "quantity":
        return None
    than = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "than"), None)
    if than is None or not _earlier_time(than):
        return None
    # The parse may run a subject across a full stop it missed: the theme starts after it.
    cut = max((t.i for t in _phrase(subject) if t.i < subject.i and t.text.endswith(".")), default=-1)
    difference = [t for t in _phrase(amount) if t.i <= amount.i and t.dep_ != "prep"]
    # "Prices in the final quarter of 2004 were 0.1% higher": the subject's time is the change's.
    times = [("time", cast("list[Word]", _prep_phrase(cast(Any, prep)))) for prep in subject.children
             if prep.dep_ == "prep" and (pobj := next((c for c in prep.children if c.dep_ == "pobj"), None)) is not None
             and argument_kind(pobj, [pobj]) == "time"]
    return lemma, [("theme", [t for t in _phrase(subject) if t.i > cut]), ("difference", difference), *times]
