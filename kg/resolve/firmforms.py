"""A firm's one-word name that its own cue types, kept from a person's full name.

"Ford, the US car company, reported higher profits ... said chairman Bill Ford":
NER reads many surnames as organisations, so a one-word organisation's name
usually joins the person of the article whose surname it is
(``kg.resolve.variants``). Not when every mention of the name is an
organisation's, the name comes back (two mentions or more) and one has a
firm's noun beside it as its cue (``kg.extract.classifiers.firm_beside``): then
the name is the firm's, and the article speaks of both the firm and the man. A
name seen once whose only cue made it a firm stays a surname: "Clijsters hope
on Aussie Open" is Kim Clijsters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.records import Mention
from kg.types import EntityType


def firm_forms(mentions: Sequence[Mention], find: Callable[[int], int]) -> set[int]:
    """The groups (roots by ``find``) of the one-word names mentioned twice or more,
    every time as an organisation's, once cued (a firm's noun beside or before it)."""
    by_form: dict[str, list[int]] = {}
    for k, mention in enumerate(mentions):
        if mention.kind == "name" and " " not in mention.text:
            by_form.setdefault(mention.text, []).append(k)
    return {
        find(indexes[0])
        for indexes in by_form.values()
        if len(indexes) > 1 and all(mentions[k].type is EntityType.ORGANIZATION for k in indexes) and any(mentions[k].cued for k in indexes)
    }
