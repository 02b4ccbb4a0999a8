"""A full stop after an amount's "m" ends the sentence: "could run to $40m. Between 10
and 12 of the resorts ...".

The English pipeline's tokenizer keeps lower-case letters with a full stop as one token,
for initials ("m."); after a number that letter is the unit of millions, so "$40m." became
"40", "m." and no sentence ended there: the parser read both sentences as one, and an
indirect quotation ran on into the next sentence ("Shaheed noted that investment ... could
run to $40m. Between 10 and 12 of the 80-odd resorts have been severely damaged"). Without
that one exception the tokenizer splits "40m." as it splits "40bn." ("40", "m", ".").
An initial "M." stays one token (an upper-case exception of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["split_unit_stops"]

_UNIT_EXCEPTIONS = ("m.",)


def split_unit_stops(nlp: Language) -> None:
    """Drop the tokenizer's "m." exception from ``nlp`` (a pipeline without one is left
    as it is)."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (a custom callable has no rules)
    rules = getattr(tokenizer, "rules", None)
    if not rules or not any(unit in rules for unit in _UNIT_EXCEPTIONS):
        return
    tokenizer.rules = {text: pieces for text, pieces in rules.items() if text not in _UNIT_EXCEPTIONS}
