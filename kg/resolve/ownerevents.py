"""An event noun that names only who did it says nothing a reader can use.

"Deutsche Boerse's offer", "Spain's victory", "50 Cent's release", "the performance of
Rafael Nadal": the noun is an event, and its possessor (or its "of"/"by" phrase) its
agent, but nothing says what was offered, whom Spain beat or what was released. Readers
judge such a statement weak at best; the sentence usually tells the event in full
elsewhere ("Spain beat the US 3-2"), or the event is a thing talked about, not news.
``owner_only`` finds them: a noun event (``EventMention.kind``) whose linked arguments are
an agent alone (a time says when it happened, which is news: "Shakespeare in Love's 1999
victory"), and no change of a value ("BT's profits rose" is a
clause; "the rise in BT's profits" keeps its theme). A noun whose doer alone tells the
whole event stays: "Johnson's retirement", "the minister's resignation"
(``doer_complete_nouns.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.lexicon.table import read_words
from kg.records import EventMention

_COMPLETE = read_words("doer_complete_nouns.txt")


def owner_only(mention: EventMention, kept: Sequence[tuple[int, int | None]]) -> bool:
    """Whether ``mention``, a noun event, keeps only an agent among its linked arguments
    ``kept`` (index into ``mention.arguments``, entity cluster)."""
    if mention.kind != "noun" or mention.event_class == "change" or mention.lemma in _COMPLETE:
        return False
    roles = {mention.arguments[index].role for index, _ in kept}
    return roles == {"agent"}
