"""A speech participle set off after a claim's clause is the reply of the one who took up the claim.

"Mr Balls rejected the allegation that Mr Brown had been sidelined, saying he was playing a
different role": the parse hangs "saying" on "sidelined", inside the allegation, so the saying
would be Brown's and what he said denied with the allegation. It is Balls's reply: its speaker
is the subject of the verb whose object (or whose preposition's object: "responded to claims
that ..., saying") the claim noun is, and what it says is reported by that speaker. A claim
noun is one whose clause the factuality cues frame (``noun`` in ``factuality_cues.tsv``:
allegation, speculation, claim, report, suggestion, rumour, accusation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import SPEECH_CUES
from kg.lexicon.events import FACTUALITY_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

_CLAIM_NOUNS = FACTUALITY_CUES["noun"]
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def claim_reply(verb: Word) -> Word | None:
    """The verb that took up a claim, when ``verb`` is a speech participle set off by a comma and
    hung on the claim's own clause (see the module); else ``None``.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> claim_reply(nlp("saying")[0]) is None
    True
    """
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in SPEECH_CUES:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None  # "denied claims that he lied saying so": no reply set off
    inner = verb.head
    while inner.dep_ == "conj" and inner.head is not inner:
        inner = inner.head
    noun = inner.head
    if inner.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or governor.pos_ not in _CLAUSE_POS or governor.i > noun.i:
        return None
    return governor
