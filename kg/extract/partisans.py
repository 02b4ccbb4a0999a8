"""A party's member noun written before a person's name, with no role between: "Tory Dominic
Grieve branded ...", "Liberal Democrat Alan Beith - who chairs ...", "Fellow Lib Dem Norman
Baker said", "Earlier Conservative Graham Brady said". The person is a member of the party
(``kg.lexicon.PARTY_MEMBERS``, ``party_members.tsv``), read beside ``kg.extract.positions``.

Nothing where the member noun is part of a longer name ("Scottish Labour", "New Labour" has
a row of its own), an owner's ("Labour's Paul Flynn": ``kg.extract.belonging``), or a former
membership ("ex-Tory", "former Labour"), nor in a sentence that names a year ("Tory Edward
Turnour, who won the 1904 Horsham by-election"): a membership edge carries no end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.rolephrase import STATUS_WORDS
from kg.extract.spans import to_argument
from kg.folding import fold
from kg.lexicon import PARTY_MEMBERS
from kg.records import Argument

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words

_MAX_WORDS = max(len(member.split()) for member in PARTY_MEMBERS)
# Words before the member noun that leave the person one of the party now: "fellow Lib Dem".
_FELLOW = frozenset({"fellow"})


def party_member(words: Words, sentence: Sentence, start: int) -> Argument | None:
    """The party whose member noun ends right before the name that begins at word ``start``
    (its honorifics included: "Lib Dem Sir Archy Kirkwood"), as written."""
    for size in range(_MAX_WORDS, 0, -1):
        first = start - size
        if first < sentence.start:
            continue
        tokens = list(words[first:start])
        if not all(w.text[:1].isupper() and w.is_alpha for w in tokens):
            continue
        if fold(" ".join(w.text for w in tokens)) not in PARTY_MEMBERS:
            continue
        if (first > sentence.start and not _free_before(words, first - 1)) or _dated(words, sentence):
            return None
        return to_argument(tokens, words.text)
    return None


def _dated(words: Words, sentence: Sentence) -> bool:
    """Whether the sentence names a year: "the youngest is understood to have been Tory Edward
    Turnour, who won the 1904 Horsham by-election" tells a membership of its time, and a
    membership edge carries none."""
    return any(w.ent_type_ == "DATE" and len(w.text) == 4 and w.text.isdigit() for w in words[sentence.start : sentence.end])


def _free_before(words: Words, i: int) -> bool:
    """Whether word ``i`` leaves the member noun after it a party of its own, held now: not a
    name's word ("Scottish Labour"), an owner's "'s", a hyphen ("ex-Tory", "anti-Labour") or
    a status ("former Labour")."""
    word = words[i]
    lowered = word.lower_
    if lowered in _FELLOW:
        return True
    if word.text == "-" or word.tag_ == "POS" or lowered in STATUS_WORDS:
        return False
    return not (word.text[:1].isupper() and word.pos_ in ("PROPN", "ADJ") and word.i != word.sent.start)
