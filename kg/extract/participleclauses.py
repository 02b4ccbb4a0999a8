"""A past participle that heads an adverbial clause of its own, with no subject and no
auxiliary, hung on the clause it shares its subject with: a passive, that subject what
was done to.

- with no object: "If found guilty, Mr Smith could lose his job" (he would be found
  guilty);
- opening its sentence, whatever follows it: "Created a Dame in 1963, she retired soon
  after", "Awarded the OBE in 2000, he ...": a participle first in a sentence is no past
  tense ("Having created ..." would be active), and the noun after it is what she was
  made or given, not something she made; so is one that is a sentence of its own, with
  no subject: "Created a Dame in 1963." (whoever the sentence before named).

And a regular past form ("-ed") the tagger read as a past tense but the parser hung on a noun
after its sentence's own verb, with no subject, auxiliary or object of its own: "was director
of a division within the US Department of Homeland Security [created] following the 9/11
attacks" (the department was created; a finite verb needs a subject of its own).

An object says a participle after its clause is an active past the tagger misread
("..., spent years developing it"); a relative subject ("who, once nominated, gives up")
is too far to tell whom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

__all__ = ["misread_relative", "participle_clause"]

_QUOTES = frozenset({'"', "'", "“", "‘", "``", "(", "-", "—", "–"})


def participle_clause(verb: Word | Token) -> bool:
    """Whether ``verb`` is a subjectless past participle clause read as passive (see the
    module's list)."""
    if misread_relative(verb):
        return True
    if verb.dep_ not in ("advcl", "ROOT") or verb.tag_ != "VBN" or any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.head.children):
        return False
    return _opens_sentence(verb) or (verb.dep_ == "advcl" and not any(c.dep_ == "dobj" for c in verb.children))


def _opens_sentence(verb: Word | Token) -> bool:
    """ "Created a Dame in 1963, she ...": the participle is the first word of its
    sentence (after an opening quote or bracket) and comes before the verb it hangs on."""
    if verb.i > verb.head.i:
        return False
    start = verb.sent.start
    return all(verb.doc[i].text in _QUOTES for i in range(start, verb.i))


def misread_relative(verb: Word | Token) -> bool:
    """ "within the US Department of Homeland Security created following the 9/11 attacks": an
    "-ed" form tagged a past tense, a clause of a noun that comes after the sentence's own verb,
    with no subject, auxiliary or object of its own, is a reduced passive relative."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or not verb.lower_.endswith("ed") or any(
            c.dep_.startswith(("nsubj", "aux")) or c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    root = verb.sent.root
    return verb.head.pos_ in ("NOUN", "PROPN") and root.pos_ in ("VERB", "AUX") and root.i < verb.head.i
