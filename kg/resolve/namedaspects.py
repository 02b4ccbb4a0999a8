"""A thing of a name that starts, goes on or ends: its event stands though no entity is its theme.

An event of no news class whose core arguments are all literals is dropped
(``kg.resolve.events``: "the majority of visitors want ..." names no one a reader can look
up). A verb of aspect (``aspect_lemmas.txt``) says of its subject that it started or ended,
and its subject is seldom an entity: "The trial of Emilio Botin, the chairman of Spain's most
powerful bank, has started in Madrid" (the article's headline: the trial begins), "as the Tory
Party spring conference began", "Mr Khatami's second term as president ends on 1 August".
When the theme's own words hold a name, the reader can look it up and the event stands, the
theme a literal.

Only a clause's verb whose one core argument is that theme, with nothing but where and when
beside it: not "From the moment Berti Vogts' miserable tenure in charge of Scotland ended"
(the parse gives the ending a source, "the moment", which is none of its arguments), nor a
theme whose words hold no name ("the talks began").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.records import EventMention
    from kg.resolve.coref import Linker

__all__ = ["named_aspect"]

_ASPECTS = read_words("aspect_lemmas.txt")
_BESIDE = frozenset({"theme", "time", "place"})


def named_aspect(mention: EventMention, kept: Sequence[tuple[int, int | None]], linker: Linker) -> bool:
    """Whether ``mention`` is a verb of aspect whose kept arguments are a theme no entity stands
    for, whose words hold a named entity's mention, and at most a time and a place."""
    if mention.kind != "clause" or mention.lemma not in _ASPECTS:
        return False
    roles = [mention.arguments[index].role for index, _ in kept]
    if roles.count("theme") != 1 or not set(roles) <= _BESIDE:
        return False
    themes = [mention.arguments[index].argument for index, cluster in kept
              if mention.arguments[index].role == "theme" and cluster is None]
    return bool(themes) and any(themes[0].start <= name.start and name.end <= themes[0].end
                                and not linker.clusters[cluster].local for name, cluster in linker.names)
