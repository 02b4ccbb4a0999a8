"""An event that names only who did it says nothing a reader can use.

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
(``doer_complete_nouns.txt``). An event of no news class with only its doer says as little,
whatever its kind: "Campbell used (his)", "officials did not see"; unless its verb's doer
tells it all ("When WorldCom finally collapsed", "Media Labs Europe is to shut down";
``doer_complete_verbs.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.lexicon.table import read_words
from kg.records import EventMention

_COMPLETE = read_words("doer_complete_nouns.txt")
_COMPLETE_VERBS = read_words("doer_complete_verbs.txt")


def owner_only(mention: EventMention, kept: Sequence[tuple[int, int | None]]) -> bool:
    """Whether ``mention`` keeps only an agent among its linked arguments ``kept`` (index
    into ``mention.arguments``, entity cluster) and says nothing more: an event of no news
    class ("Campbell used (his)", "officials did not see"), or a noun event (above)."""
    if {mention.arguments[index].role for index, _ in kept} != {"agent"}:
        return False
    if mention.event_class == "other":
        return mention.kind != "clause" or mention.lemma not in _COMPLETE_VERBS
    return mention.kind == "noun" and mention.event_class != "change" and mention.lemma not in _COMPLETE
