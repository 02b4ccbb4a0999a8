"""The company an office written alone is of, by the sentences around it, before the lead company.

``kg.resolve.companyoffices`` gives an office written with no organisation ("chief
executive Lee Strafford said") to the article's company, the one its headline and first
sentence name. News quotes other firms too, and names the one a speaker is from in the
sentence of the office or the one before it: 'Internet service provider Plus.net also
backed the proposals ... "BT has been challenged to play fair ...," chief executive Lee
Strafford said' (an article about BT: Plus.net's chief executive, not BT's). ``near_company``
reads the office's own sentence before it, then up to two sentences back, and stops at
the first that names (outside quotation marks: a speaker's words name anyone) an
organisation; a possessive counts ("Apple's new machine"), no
other modifier ("his MacWorld speech"). There:

- the lead company, others beside it or not: the lead company ("MCI's directors have
  argued that Verizon is bigger than Qwest ... Chief executive Michael Capellas");
- two others or more, a list of firms set beside the lead ("Recently, Norwich Union and Axa
  Sun Life both cut their rates"): the lead company, as before;
- one other, that the article shows is a company: that one; one it does not ("The
  regulator Ofcom welcomed the proposals", whose chief executive it may be): no
  organisation, as a wrong one is worse than none.

Nothing named there: the lead company, as before ("Apple has unveiled a new Macintosh.
Chief executive Steve Jobs showed off the new machine at his MacWorld speech").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.resolve.leadcompany import a_company
from kg.resolve.pronouns import sentence_of
from kg.resolve.unquoted import in_quotation
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_REACH = 2  # sentences back an office's company may be named in
NONE = -1  # no organisation: the names around the office leave it open


def near_company(linker: Linker, office: int, lead: int) -> int:
    """The organisation of the office written at ``office``: ``lead`` (the article's
    company), another company named just before it, or ``NONE`` (see the module's docstring)."""
    sentence = sentence_of(linker, office)
    for back in range(sentence, max(-1, sentence - _REACH - 1), -1):
        named = _bodies_named(linker, back, office)
        if not named:
            continue
        if lead in named or len(named) > 1:
            return lead
        other = named.pop()
        return other if a_company(linker, other) else NONE
    return lead


def _bodies_named(linker: Linker, sentence: int, before: int) -> set[int]:
    """The organisations named in ``sentence`` before ``before``,
    outside quotation marks, each not a modifier (but a possessive)."""
    found = set()
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if mention.sentence != sentence or mention.end > before or entity.local or entity.type is not EntityType.ORGANIZATION:
            continue
        if mention.modifier and not linker.text.startswith(("'", "’"), mention.end):
            continue  # "his annual MacWorld speech"; not "Apple's"
        if in_quotation(linker.text, mention.start):
            continue
        found.add(cluster)
    return found
