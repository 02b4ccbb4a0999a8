"""The speaker of a speech verb set inside its own content, which the parse gave to the content.

"On a larger scale, said Mr Trainor, improvements ... can reduce the amount of power lost":
the parser makes "Mr Trainor" the subject of "reduce" (and "improvements" his apposition), so
Mr Trainor reduced the power and no one said anything. A speech verb right after a comma,
then a short noun phrase closed by a comma, is the inverted interrupting order: the phrase is
the verb's speaker. `rehang` hangs it back on the verb as its subject, and hands the content
verb the subject it lost (the apposition after the comma), before the words' children are
counted: the speech then reads like "Prices will rise, analysts said" (a quote of the
speaker, no event for the speech verb, the content framed by it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import SPEECH_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

_LONGEST = 6  # words of the speaker phrase between the speech verb and its closing comma, at most
_IN_A_SPEAKER = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def rehang(words: list[Word]) -> None:
    """Give each interrupting inverted speech verb its speaker back (see the module); only
    ``head`` and ``dep_`` change, before any children are read."""
    for verb in words:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_CUES or verb.i < 1 or words[verb.i - 1].text != ",":
            continue
        speaker = _speaker_head(words, verb)
        if speaker is None:
            continue
        content = speaker.head
        speaker.head, speaker.dep_ = verb, "nsubj"
        others = [w for w in words if w.head is content and w.dep_ in _SUBJECTS]
        apposed = [w for w in words if w.head is speaker and w.dep_ == "appos" and w.i > speaker.i]
        if not others and len(apposed) == 1:
            apposed[0].head, apposed[0].dep_ = content, "nsubj"  # "..., improvements ... can reduce"


def _speaker_head(words: list[Word], verb: Word) -> Word | None:
    """The head of the noun phrase between ``verb`` and the next comma, when the parse made it
    the subject of a verb after that comma; else ``None``."""
    end = next((w.i for w in words[verb.i + 1 : verb.i + 2 + _LONGEST] if w.text == ","), None)
    if end is None or end == verb.i + 1:
        return None
    phrase = words[verb.i + 1 : end]
    if any(w.pos_ not in _IN_A_SPEAKER or (w.pos_ == "PUNCT" and w.text not in "-.") for w in phrase):
        return None
    heads = [w for w in phrase if not verb.i < w.head.i < end]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.dep_ not in _SUBJECTS or head.head.i <= end:
        return None
    return head
