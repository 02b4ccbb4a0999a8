"""A writer's sentence about someone else between two quotations ends the first speaker's turn.

A quotation with no speech verb of its own goes on from the speech just before it
(``kg.extract.quotes``: '"A," said X. "B."'). When a whole sentence of the writer's own
stands between the two, with a name for its subject that is not the speaker's, the
quotation after it need not be the speaker's any more: in '"... the star players
performing on the pitch." Ruddock, though, is keen to protect his players from injury.
"At this stage, there's nothing more they can do to impress me."' the second quotation
is Ruddock's, not that of Forster, quoted before. It then goes on from no earlier speech
(no speaker is better than a wrong one). Not when the sentence's subject is a pronoun
("He also praised the fans."), a common noun ("The club has denied it."), the speaker's
own name, or when the sentence holds a speech verb (an indirect speech of its own, which
``kg.extract.quotes`` reads as the speech before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import SPEECH_CUES

if TYPE_CHECKING:
    from kg.extract.words import Words
    from kg.records import Argument

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A person's name, or a name NER left unlabelled ("Ruddock, though, is keen"); not a body's or a place's.
_PERSONS = frozenset({"PERSON", ""})


def interjected(words: Words, start: int, end: int, speaker: Argument | None) -> bool:
    """Whether a whole sentence between offsets ``start`` (the speech before) and ``end``
    (the quotation's opening mark) has for its subject a name that is not ``speaker``'s
    and no speech verb (see the module's docstring)."""
    if speaker is None:
        return False
    spoken = set(speaker.text.split())
    for sentence in words.sentences.values():
        if sentence.start_char <= start or sentence.end_char > end:
            continue
        root = sentence.root
        if root.pos_ not in ("VERB", "AUX") or any(word.lemma_.lower() in SPEECH_CUES and word.pos_ == "VERB"
                                                    for word in sentence.words):
            continue
        subject = next((child for child in root.children if child.dep_ in _SUBJECTS), None)
        if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in _PERSONS and subject.text not in spoken:
            return True
    return False
