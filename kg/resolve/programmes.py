"""The show an article is about, for "the show", "the programme", "the series", "the musical".

Television and theatre news names its show once and then speaks of it by its kind:
"Austin Aitken is taking action against NBC over its programme Fear Factor ... The
programme has been screened in the UK on Sky One"; "the home premiere of hit musical Mamma
Mia! ... The musical ... will be performed in Swedish for the first time".
No rule links such a description (a show is no organisation), so the events whose
participant it is are dropped. ``described_show`` gives it the one creative work it can
be, as ``kg.resolve.works`` does for "the film":

- the only work the article names before it, or the only one named in the sentences
  right before it, when the article calls it a kind of work the noun may stand for and
  no other (``work_kinds.tsv``: "the show" a television or a stage show, "the musical" a
  stage one; not "their album X", not "the 1964 Disney movie"): a work of no known
  kind ("former EastEnders actress") is no antecedent, "the show" may be another.

Never one of two, never where the article names an event ("the show" is the ceremony,
the fair or the concert then: "Chris Rock ... getting the show under way" at the
Oscars), and never when a show is spoken of unnamed since ("the first show in 2002").
A wrong show is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.records import Argument
from kg.resolve.pronouns import WINDOW, sentence_of
from kg.resolve.works import work_kinds
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_TELEVISION, _STAGE = "television", "stage"
# What each description may stand for (kinds of ``work_kinds.tsv``).
_NOUNS: dict[str, frozenset[str]] = {
    "show": frozenset({_TELEVISION, _STAGE}),
    "programme": frozenset({_TELEVISION}),
    "series": frozenset({_TELEVISION}),
    "sitcom": frozenset({_TELEVISION}),
    "musical": frozenset({_STAGE}),
}
_DESCRIBED = re.compile(rf"the\s+({'|'.join(sorted(_NOUNS))})", re.IGNORECASE)
# Another show, unnamed: "a show", "the first show", "his new series", "the 1964 musical".
_RIVAL = re.compile(
    r"\b(?:(?:a|an|another)\s+(?:[\w'-]+\s+){0,3}|(?:the|this|that|his|her|their|its)\s+(?:[\w'-]+\s+){1,3})"
    rf"(?:{'|'.join(sorted(_NOUNS))})\b(?!\s+[A-Z])",
    re.IGNORECASE,
)


def described_show(linker: Linker, argument: Argument) -> int | None:
    """The one show "the show" / "the programme" (the whole argument) stands for, or ``None``."""
    written = _DESCRIBED.fullmatch(linker.text[argument.start : argument.end])
    if written is None or linker.in_name(argument.start):
        return None
    allowed = _NOUNS[written.group(1).lower()]
    named: dict[int, int] = {}  # work -> the sentence it is last named in before the argument
    last = 0  # where the last work named before the argument ends
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if entity.local or mention.end > argument.start:
            continue
        if entity.type is EntityType.EVENT:
            return None  # "the show" may be the ceremony, the fair, the concert
        if entity.type is EntityType.WORK:
            named[cluster], last = mention.sentence, max(last, mention.end)
    if not named or _RIVAL.search(linker.text, last, argument.start):
        return None
    sentence = sentence_of(linker, argument.start)
    near = [cluster for cluster, last in named.items() if len(named) == 1 or sentence - WINDOW <= last]
    if len(near) == 1 and work_kinds(linker, near[0]) and work_kinds(linker, near[0]) <= allowed:
        return near[0]
    return None
