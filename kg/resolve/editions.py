"""An occasion named with its year and by its bare name in one article is one node.

"One of the main awards at the 2005 Sundance Film Festival ... During its 24-year history,
the Sundance Film Festival has showcased successes": the dated edition (a year before or
after the name, "CeBit 2005") and the bare name are one occasion when

- the dated name is an occasion's: NER's or the cues' event, or a name whose head is an
  event's (``name_heads.tsv``: "Festival", "Cup", "Championships");
- the article dates that name with one year only ("the 2000 Australian Open ... the 2003
  Australian Open": two editions, the bare name may be either);
- no sentence of a bare mention gives another year, nor a word just before it that points to
  another edition (``edition_marks.txt``: "the next Rugby World Cup", "this season's Six
  Nations", "the World Cup in 1998" beside "the 1986 World Cup").

Otherwise the bare name stays its own node. ``kg.resolve.names`` joins the pairs, and the
node goes by the bare name (``is_dated_form``, ``kg.resolve.document.canonical_label``): the
occasion's own name, whatever year, as other articles name it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lexicon import NAME_HEADS
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.resolve.forms import normalise
from kg.types import EntityType

EDITION_MARKS = read_words("edition_marks.txt")
_YEAR = r"(?:19|20)\d\d"
_DATED = re.compile(rf"^(?:the )?(?:(?P<before>{_YEAR}) (?P<after_name>.+)|(?P<name>.+) (?P<after>{_YEAR}))$")
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
_NOT_OCCASIONS = frozenset({EntityType.PERSON, EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
_MARK_REACH = 3  # words looked at before a bare mention: "the next", "of this season's"


def edition_pairs(mentions: Sequence[Mention], text: str) -> list[tuple[int, int]]:
    """Pairs (dated edition, bare name) of one occasion (see the module's rules).

    >>> text = "at the 2005 Sundance Film Festival. Since 1981 the Sundance Film Festival has grown."
    >>> m = [Mention(7, 34, "2005 Sundance Film Festival", EntityType.EVENT, 0),
    ...      Mention(52, 74, "Sundance Film Festival", EntityType.EVENT, 1)]
    >>> edition_pairs(m, text), edition_pairs(m, text.replace("Since 1981", "Since then"))
    ([], [(0, 1)])
    """
    dated: dict[str, list[tuple[int, str]]] = {}
    for i, mention in enumerate(mentions):
        match = _DATED.match(normalise(mention.text))
        if match is None or mention.type in _NOT_OCCASIONS:
            continue
        name = match["after_name"] or match["name"]
        year = match["before"] or match["after"]
        if mention.type is EntityType.EVENT or _event_head(name):
            dated.setdefault(name, []).append((i, year))
    pairs: list[tuple[int, int]] = []
    for name, editions in dated.items():
        years = {year for _, year in editions}
        bare = [j for j, mention in enumerate(mentions) if _bare_form(mention.text) == name]
        if len(years) != 1 or not bare or any(mentions[j].type in _NOT_OCCASIONS for j in bare):
            continue
        year = next(iter(years))
        if all(_fits_edition(text, mentions[j], year) for j in bare):
            pairs.extend((editions[0][0], j) for j in bare)
    return pairs


def _bare_form(name: str) -> str:
    form = normalise(name)
    return form[4:] if form.startswith("the ") else form


def _event_head(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1] in NAME_HEADS and NAME_HEADS[words[-1]][0] is EntityType.EVENT


def _fits_edition(text: str, mention: Mention, year: str) -> bool:
    """Whether a bare mention's sentence leaves it the dated edition: no other year in it,
    no edition mark just before it."""
    start = max(text.rfind(mark, 0, mention.start) for mark in ".!?\n") + 1
    ends = [found for mark in ".!?\n" if (found := text.find(mark, mention.end)) >= 0]
    sentence = text[start : min(ends, default=len(text))]
    if any(found != year for found in _ANY_YEAR.findall(sentence)):
        return False
    before = [word.removesuffix("'s").removesuffix("’s") for word in normalise(text[start : mention.start]).split()]
    return not set(before[-_MARK_REACH:]) & EDITION_MARKS


def is_dated_form(form: str, folded: set[str]) -> bool:
    """Whether ``form`` is another of the ``folded`` forms of one node with a year before or after it.

    >>> is_dated_form("2005 Sundance Film Festival", {"sundance film festival"}), is_dated_form("CeBit 2005", set())
    (True, False)
    """
    match = _DATED.match(normalise(form))
    return match is not None and (match["after_name"] or match["name"]) in folded
