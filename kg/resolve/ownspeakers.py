"""A speaker set inside what they say is no name of what was said.

``kg.extract.interposed`` quotes the whole clause around a speech verb set between commas
("The idea, said Prof Brewer, is to bring cheap computers to villages"), so the speaker's
own name lies inside the content span. ``kg.resolve.statements`` reads every content span
as words spoken, whose names are no one a later "he" or "she" may stand for: the one who
spoke was skipped, and in "Raj Reddy is leading the project. The idea, said Prof Brewer,
is ... '...,' he says" the "he" went to Reddy. ``spoken_spans`` gives each content with its
own speaker's span cut out, so the speaker stays a candidate; a name anyone else says
stays inside. A pronoun speaker stays inside: "defended coach Andy Robinson, who he
believes was the only choice" (``kg.extract.relativespeech``) is no speaker named, and
whom that "he" stands for is no surer than any "he" in reported words.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.lexicon import THIRD_PERSON_PRONOUNS
from kg.records import SpeechReading


def spoken_spans(speech: Iterable[SpeechReading]) -> list[tuple[int, int]]:
    """Each reading's content span, split around its own speaker when the speaker stands
    inside it ("The idea, said Prof Brewer, is to ...": the idea and what follows, not him).

    >>> from kg.records import Argument
    >>> def read(speaker, content):
    ...     return SpeechReading(speaker, "say", content, direct=False, sentence=(0, 60), confidence=1.0)
    >>> spoken_spans([read(Argument("Prof Brewer", 15, 26, 20, 26), (0, 60))])
    [(0, 15), (26, 60)]
    >>> spoken_spans([read(Argument("Mr Smith", 0, 8, 3, 8), (14, 40)), read(None, (41, 50))])
    [(14, 40), (41, 50)]
    >>> spoken_spans([read(Argument("he", 20, 22, 20, 22), (0, 60))])  # "..., who he believes was ..."
    [(0, 60)]
    """
    found: list[tuple[int, int]] = []
    for reading in speech:
        start, end = reading.content
        speaker = reading.speaker
        if (speaker is not None and start <= speaker.start and speaker.end <= end
                and speaker.text.lower() not in THIRD_PERSON_PRONOUNS):
            found.extend([(start, speaker.start), (speaker.end, end)])
        else:
            found.append((start, end))
    return found
