"""A name that ends in "Day" is no date: "Green Day" (a band), "Doris Day" (a person).

The small NER model reads every capitalised "<word> Day" as a DATE: "Other winners included
Green Day, voted best group", "Goodrem, Green Day and the Black Eyed Peas took home two
awards", "Kidman's publicist Wendy Day". kg then finds no name there at all. The
``kg_named_days`` component gives such an entity back to the names when all of these hold:

- every word is capitalised and the last is "Day", with at least one word before it;
- no word before "Day" makes it a day of the calendar (``day_names.txt``: "Christmas
  Day", "Boxing Day", "New Year's Day", "Holocaust Memorial Day", "Polling Day") or is
  a month or a weekday;
- no preposition of time stands right before it ("on Cantona Day", "until Arash Day"):
  a day named after someone is still a day there.

The entity becomes a person's name (PERSON) when its first word is a given name
(``given_names.tsv``: "Doris Day", "Wendy Day"), else an organisation's (ORG: "Green Day");
kg's own typing reads the article's cues after that ("the band Green Day").

The component also gives back a title named after a relative day, which NER reads as a date
("told BBC Radio 4's Today programme": ``kg.nlp.daytitles``), as a work (WORK_OF_ART), its
word a proper noun ("he told Today": the tagger's noun "today").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.folding import fold
from kg.lexicon import GIVEN_NAMES, MONTHS, WEEKDAYS
from kg.lexicon.table import read_words
from kg.nlp.daytitles import is_day_title

_DAY_WORDS = read_words("day_names.txt")
_TIME_PREPOSITIONS = frozenset({"on", "until", "till", "since", "by", "before", "after", "during", "for"})


@Language.component("kg_named_days", assigns=["doc.ents"])
def named_days(doc: Doc) -> Doc:
    """Relabel the DATE entities that are names ending in "Day" or titles named after a
    relative day (see the module)."""
    ents = list(doc.ents)
    changed = [_relabelled(ent) for ent in ents]
    if changed != ents:
        doc.ents = changed
    return doc


def _relabelled(ent: Span) -> Span:
    if is_day_title(ent):
        ent[0].tag_, ent[0].pos_ = "NNP", "PROPN"  # a title's word: "he told Today", not the noun "today"
        return Span(ent.doc, ent.start, ent.end, label="WORK_OF_ART")  # "BBC Radio 4's Today programme"
    if ent.label_ != "DATE" or not is_named_day(ent):
        return ent
    label = "PERSON" if fold(ent[0].text) in GIVEN_NAMES else "ORG"
    return Span(ent.doc, ent.start, ent.end, label=label)


def is_named_day(ent: Span) -> bool:
    """Whether ``ent`` reads as a name ending in "Day" rather than a day (see the module)."""
    words = [token.text for token in ent]
    if len(words) < 2 or words[-1] != "Day" or not all(word[:1].isupper() for word in words):
        return False
    if any(fold(word) in _DAY_WORDS or fold(word) in MONTHS or fold(word) in WEEKDAYS for word in words[:-1]):
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is None or before.lower_ not in _TIME_PREPOSITIONS
