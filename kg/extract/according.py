"""Attributed speech without a speech verb: "According to the ministry, 20 people died"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.spans import noun_phrase, to_argument
from kg.extract.speechbounds import strip_marks
from kg.records import SpeechReading

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words


def according_to(words: Words, sentence: Sentence, confidence: float) -> SpeechReading | None:
    """ "According to the ministry, 20 people died": the rest of the sentence is what it says."""
    for word in sentence:
        if word.lower_ != "according":
            continue
        to = next((c for c in word.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            return None
        phrase = {w.i for w in word.subtree}
        rest = [w for w in sentence if w.i not in phrase and not w.is_space]
        tokens = noun_phrase(source)
        if not rest or not tokens:
            return None
        start, end = strip_marks(words.text, rest[0].idx, rest[-1].idx + len(rest[-1].text))
        while end > start and words.text[end - 1] in ".!?":
            end -= 1
        if start >= end:
            return None
        return SpeechReading(speaker=to_argument(tokens, words.text), cue="according to", content=(start, end),
                             direct=False, sentence=(sentence.start_char, sentence.end_char),
                             confidence=confidence)
    return None
