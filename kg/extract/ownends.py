"""What may follow a firm's own "'s" but no possessive: no noun phrase is possessed.

``kg.extract.nameends`` keeps the "'s" of "Moody's said" (a finite verb after it, a comma,
the sentence's end). A possessive is followed by what it possesses, so the "'s" is the
name's own too before:

- a preposition: "said David Wyss of Standard & Poor's in New York", "Lloyd's of London"
  (not "in" opening a hyphened word: "Tesco's in-house brand");
- a dash: "three agencies - Standard & Poor's, Moody's and Fitch - to downgrade";
- "and" or "or" and a name with no "'s" of its own, then no noun: "Moody's and Fitch -"
  (not "Tesco's and Asda's sales", "Moody's and Fitch ratings");
- a past participle the parser made a clause's verb: "Standard & Poor's upgraded
  Pakistan" (the tagger's VBN; not "MG Rover's proposed tie-up", a modifier).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.words import Word

_DASHES = frozenset({"-", "–", "—"})
_ANDS = frozenset({"and", "or"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "relcl"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


def no_possessed(tokens: Sequence[Word], end: int) -> bool:
    """Whether word ``end``, right after an "'s", opens nothing that "'s" could possess."""
    after = tokens[end]
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    if after.tag_ == "IN":
        return following is None or following.text not in _DASHES
    if after.text in _DASHES:
        return True
    if after.tag_ == "VBN":
        return after.dep_ in _CLAUSE_DEPS
    if after.lower_ in _ANDS:
        return _bare_name_after(tokens, end + 1)
    return False


def _bare_name_after(tokens: Sequence[Word], start: int) -> bool:
    """Capitalised words from ``start``, no "'s" after them nor a noun: "Fitch -"."""
    i = start
    while i < len(tokens) and tokens[i].text[:1].isupper() and tokens[i].is_alpha:
        i += 1
    if i == start:
        return False
    return i == len(tokens) or (tokens[i].tag_ != "POS" and tokens[i].tag_ not in _NOUN_TAGS)
