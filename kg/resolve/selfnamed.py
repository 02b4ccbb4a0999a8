"""A firm that names itself in what its "it" says: still the one who says it.

A pronoun speaker is never someone its quotation names (``kg.resolve.statements``):
in "'... Mr Brown must go,' he said" he is not Mr Brown. A company speaks of itself
in the third person, though: "Deutsche Boerse said TCI's opposition would not change
its bid approach. 'Deutsche Boerse is convinced that ...,' it said" (it: Deutsche
Boerse, not TCI), "The company is trying to tackle security threats. Software piracy
has cost the company billions, it says" (it: the company, not the product named before).
So a speaker "it" may name an organisation in its quotation when that organisation is
the subject of the nearest clause before the pronoun in its own or the previous
sentence, outside the quotations and not a passive's ("Microsoft was fined by the
Commission. 'Microsoft has failed ...,' it said": not Microsoft).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from kg.records import Argument
from kg.resolve.speakers import Context
from kg.resolve.typed import VERB_KINDS
from kg.types import EntityType

_ACTIVE_KINDS = VERB_KINDS - {"passive"}


def named_in_quotes(context: Context, head: str, pronoun: Argument, contents: Sequence[tuple[int, int]]) -> set[int]:
    """The entities the quotations ``contents`` of the speaker pronoun ``head`` name, which
    it cannot stand for; for "it", not the organisation its nearest active clause subject
    before it (outside ``contents``, in this or the previous sentence) stands for."""
    named = {cluster for content in contents for _, cluster in context.linker.antecedents(*content)}
    if head != "it" or not named:
        return named
    starts = [start for start, _ in context.extraction.sentences]
    sentence = bisect_right(starts, pronoun.start) - 1
    floor = starts[max(sentence - 1, 0)] if starts else 0
    nearest: tuple[int, int] | None = None
    for proposition, cluster in context.earlier:
        at = proposition.subject.start
        if (proposition.kind in _ACTIVE_KINDS and floor <= at < pronoun.start
                and not any(start <= at < end for start, end in contents) and (nearest is None or at > nearest[0])):
            nearest = (at, cluster)
    if nearest is None or context.clusters[nearest[1]].type is not EntityType.ORGANIZATION:
        return named
    return named - {nearest[1]}
