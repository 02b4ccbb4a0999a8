"""A quotation its own sentence frames goes on from no earlier speech.

A quotation with no speech verb beside it goes on from the speech before it
(``kg.extract.quotes``: '"A," said X. "B."'). One whose sentence goes on after its
closing comma, question or exclamation mark with a clause of the writer's own is
framed by that clause, which names someone else or no one we know: '"I just couldn't
seem to think of things to say," a crestfallen Mr Lim confided in the show's
presenter' is Mr Lim's, not the speaker quoted before him; '"Oh no Bill don't do
anything," came the response' is someone else's; '"The electorate are keener on the
government," is the dry assessment of Graham Lane' is Graham Lane's. A question asked
of someone in the passive is never the one asked's ('"Who have you been sleeping
with?" another Cabinet member was asked', '"Will you resign?" he was asked').

A frame goes on as before when it opens with a pronoun ('"...," he laughed'), names
the speaker before ('"...," was Mr Marr's assessment' after "Andrew Marr said"), or
names no one and holds a speech verb ('"...," the aid agency was quoted as saying').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import SPEECH_CUES, THIRD_PERSON_PRONOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word, Words
    from kg.records import Argument

_ENDS = frozenset({",", "?", "!"})
_MARKS = frozenset({'"', "“", "”", "''", "``"})
# Verbs whose passive subject is the one spoken to: "he was asked", "the nation was told".
_ADDRESSED = frozenset({"ask", "tell", "question"})


def framed(words: Words, by_offset: dict[int, Word], close: int, previous: Argument | None) -> bool:
    """Whether the quotation closing at offset ``close`` ends in a comma, question or
    exclamation mark and its sentence goes on with a clause of the writer's that does not
    give it to ``previous``, the speaker before: one speaking to someone in the passive,
    or one of two words or more with a verb, no opening pronoun, not the last word of the
    speaker's name and, with no name in it, no speech verb."""
    mark = by_offset.get(close)
    if mark is None or mark.i == 0 or words[mark.i - 1].text not in _ENDS:
        return False
    frame = _frame(words, mark)
    if any(_asked(word) for word in frame):
        return True  # '"Who have you been sleeping with?" another Cabinet member was asked'
    if len(frame) < 2 or frame[0].lower_ in THIRD_PERSON_PRONOUNS:
        return False
    names = {word.text for word in frame if word.pos_ == "PROPN"}
    if previous is not None and previous.text.split()[-1] in names:
        return False  # '"...," was Mr Marr's assessment' after "Andrew Marr said"
    if not names and any(word.lemma_.lower() in SPEECH_CUES and word.pos_ == "VERB" for word in frame):
        return False  # '"...," the aid agency was quoted as saying': no one else named
    return any(word.pos_ in ("VERB", "AUX") for word in frame)


def _frame(words: Words, mark: Word) -> list[Word]:
    """The words of the sentence after the closing ``mark``, up to another quotation; the
    next sentence's when the parse ended one after '?"' and the next goes on in lower case
    or is a question asked of someone ("Mr Jones was asked.")."""
    end = mark.sent.end
    if end == mark.i + 1 and end < len(words) and words[end - 2].text in ("?", "!") and (
            words[end].text.islower() or _asked(words[end].sent.root)):
        end = words[end].sent.end  # '"Will you resign?" | he was asked.', '... | Mr Jones was asked.'
    found = []
    for word in words[mark.i + 1 : end]:
        if word.text in _MARKS:
            break  # another quotation: '"...," he added "We gave them ..."'
        if not word.is_space and not word.is_punct:
            found.append(word)
    return found


def _asked(word: Word) -> bool:
    """Whether a word is a verb of speaking to someone in the passive ("Mr Jones was asked")."""
    return word.lemma_.lower() in _ADDRESSED and any(c.dep_ == "auxpass" for c in word.children)
