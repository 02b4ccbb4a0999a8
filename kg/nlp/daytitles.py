"""A relative day's word capitalised inside a sentence is a title, not a date: "Today".

News names a broadcast after a relative day ("he told BBC Radio 4's Today programme",
"Mr Balls told Today"), and the small NER model reads the word as a DATE, so kg finds no
name there and never the programme. Written as a date, the word takes no capital inside
a sentence ("he said today"). ``kg_named_days`` gives the entity to the works (a
WORK_OF_ART) when all of these hold:

- the entity is one word of ``relative_days.tsv`` ("today", "tonight", "tomorrow",
  "yesterday") written with a capital and nothing else capitalised;
- it is not the first word of its sentence, nor the first after an opening quotation
  mark, a bracket, a colon or a dash (a quotation's or a line's head);
- the word before it is no capitalised word ("What Happens Tomorrow", "The Day Today",
  "Splinter Cell - Pandora Tomorrow": the last word of a longer title, which is no
  title on its own), unless it is a broadcaster's name NER read as an organisation and
  the programme's noun follows ("the BBC Today programme").
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon import RELATIVE_DAYS

# What opens a quotation or a line inside a sentence: a capital after it is the head's.
_OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "[", ":", "-", "\u2013", "\u2014", "--"})
# A broadcast's nouns: "the BBC Today programme".
_PROGRAMME_NOUNS = frozenset({"programme", "program", "show"})


def is_day_title(ent: Span) -> bool:
    """Whether the DATE entity ``ent`` is a title named after a relative day (see the module)."""
    if len(ent) != 1 or ent.label_ != "DATE":
        return False
    word = ent[0]
    if not (word.text.istitle() and word.lower_ in RELATIVE_DAYS) or word.is_sent_start or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.text in _OPENERS or "\n" in before.text_with_ws or before.is_space:
        return False
    if not before.text[:1].isupper():
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return before.ent_type_ == "ORG" and after is not None and after.lower_ in _PROGRAMME_NOUNS
