"""A "he said" after a sentence about the last speaker goes on with that speaker.

'Jaap Stam has spoken about leaving United. "I was shocked," Stam said. Sir Alex Ferguson
sold Stam to Lazio in August 2001. "When you are told you are not wanted, you have to go,"
he said.' The nearest subject before the "he" is Ferguson, but his sentence is about Stam,
who spoke last: the story stays with its speaker. When the sentence of the nearest fitting
subject names the last speaker too (not as its subject), and that speaker fits the pronoun
and spoke before that sentence, the pronoun is the last speaker. A sentence that does not
name him ("The Attorney General, Lord Goldsmith, has issued no instructions. He said")
brings in a new speaker, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.resolve.pronouns import gender_of, sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.speakers import Context


def kept_speaker(context: Context, best: tuple[int, int], speakers: list[tuple[int, int]], offset: int,
                 wanted: str, only: bool = False) -> tuple[int, int] | None:
    """The last speaker before ``offset`` (as (offset, cluster)) when the sentence of
    ``best``, the nearest fitting subject, names that speaker as well and the speaker spoke
    before it; else ``None`` (always with ``only``: the one person every sentence is about)."""
    earlier = [pair for pair in speakers if pair[0] < offset]
    if not earlier or only:
        return None
    last = max(earlier)
    if last[1] == best[1] or last[0] >= best[0]:
        return None
    entity = context.clusters[last[1]]
    if entity.type is not EntityType.PERSON or gender_of(entity) not in (None, wanted):
        return None
    sentence = sentence_of(context.linker, best[0])
    if sentence_of(context.linker, last[0]) == sentence:
        return None
    start, end = context.extraction.sentences[sentence]
    words = set(_WORD.findall(context.extraction.document.text[start:end]))
    names = {mention.text.split()[-1] for mention in entity.mentions if mention.kind == "name"}
    return last if names & words else None


_WORD = re.compile(r"[\w'’-]+")
