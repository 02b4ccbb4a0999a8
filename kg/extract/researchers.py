"""Who a survey is by: a name NER read as a person or a group that a finding is
"by" is the organisation that made it, in all its mentions.

"A recent survey by Earthlink and Webroot found that 90% of PCs are infested"
(NER: a person and a group), "A recent survey by Mediametrie found", "a survey
carried out by ICM Research": surveys, polls, studies, reports and figures
(``research_nouns.tsv``) come from firms, pollsters and agencies. A person may
write a report too, so a name keeps its reading when any of its mentions looks
like a person's (a given name first, an initial, a person's title: "a report by
Lord Butler", "a study by Dr Smith"), when it is a first name or surname of the
article's people ("Adair Turner ... a report by Turner"), a country's or a
nationality's name, or a known place's.
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person
from kg.extract.spread import article_people, as_organisations
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES, PERSON_TITLES, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

_RESEARCH_NOUNS = frozenset(row.fields[0] for row in read_table("research_nouns.tsv"))
# NER's readings a research firm's name takes: "Earthlink" a person, "Webroot" a group.
_MISREAD = frozenset({EntityType.PERSON, EntityType.GROUP})


def research_authors(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with the names a survey, a study or figures are by (``made_research``)
    typed Organization in every mention NER read as a person or a group; the mention
    that carries the cue is marked cued."""
    people = article_people(found)
    people |= {fold(m.text) for m, _ in found if any(title.lower() in PERSON_TITLES for title in m.titles)}
    people |= {fold(m.text) for m, _ in found if _person_like(m.text)}
    cued = {b for m, b in found if m.type in _MISREAD and made_research(words, *b)}
    authors = {fold(m.text) for m, b in found if b in cued} - people
    authors = {form for form in authors if _no_place(form)}
    if not authors:
        return found
    return as_organisations(found, authors, cued, lambda m: m.type in _MISREAD)


def made_research(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are what a finding is by: "a survey by Earthlink and
    Webroot" (a conjunct too), "a survey carried out by ICM Research" (through the
    participle that the "by" phrase hangs on)."""
    root = words.root(start, end)
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "by":
        return False
    governor: Word = root.head.head
    if governor.dep_ == "acl" and governor.tag_ == "VBN":
        governor = governor.head  # "a survey carried out by", "figures released by"
    return governor.pos_ == "NOUN" and governor.lemma_.lower() in _RESEARCH_NOUNS


def _person_like(name: str) -> bool:
    """A person's full name, a given name alone or a name opening on an initial ("J Smith")."""
    words = fold(name).split()
    return looks_like_person(name) or words[0] in GIVEN_NAMES or (len(words) > 1 and len(words[0].rstrip(".")) == 1)


def _no_place(form: str) -> bool:
    """No country, nationality or known place: "figures by Germans" speak of people."""
    return form not in COUNTRIES and demonym_country(form) is None and not gazetteer().is_place(form)
