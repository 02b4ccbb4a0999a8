"""A name that takes money or a chart place at the box office is a film, in all its mentions.

In a box-office report NER reads a film's title by its words: "Racing Stripes" a
person, "Shrek 2" a product, "Coach Carter" the person Carter titled "Coach". What
the report says the name did is surer: only a film takes money or a place in the
chart there. The subject of a verb of takings or of the chart (``_DEED_VERBS``) whose
own phrase holds a sum of money, a numbered place, the box office or a count of
cinemas is a work:

- "Coach Carter fell two places to number four, taking $8m": the work "Coach Carter"
  (the title word the person's rules took off goes back into the name); a subject's
  conjuncts too ("Shrek 2 and The Incredibles took $436m"); a name a cue typed a work
  where it does the deed is one in its other mentions ("The low-budget horror film
  Boogeyman has knocked ... from the top spot": NER's person elsewhere);
- "Shrek 2 took $881m around the world", "Ocean's Twelve took sixth place in the US
  chart", "Racing Stripes opened in 3,000 cinemas", "topped the box office".

Only in an article that speaks of the box office or of cinemas; never a country, a
people, a name that looks like a person's (a given name first: "Robert De Niro has
returned to the top of the box office" is the actor) or a name NER read as a work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.titlewords import capital, title_end
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import TYPE_CUES, demonym_country
from kg.records import Mention
from kg.types import EntityType

# Verbs of a film's takings and its move in the chart: "took $22m", "fell to number four".
_DEED_VERBS = frozenset({
    "take", "make", "earn", "gross", "top", "fall", "slip", "drop", "rise", "climb", "enter", "open",
    "debut", "lead", "shoot", "knock", "move", "finish", "slide", "tumble", "jump", "leap", "come",
    "rake", "pull", "bring", "net", "do", "surpass", "outstrip", "overtake", "beat",  # "raked in $80m", "does $1bn"
})
_PLACE_NOUNS = frozenset({"place", "places", "spot", "position"})  # "took sixth place", "the number two spot"
_SCREENS = frozenset({"cinemas", "screens", "theatres", "theaters"})  # "opened in 3,000 cinemas"
_NUMBER_LABELS = frozenset({"ORDINAL", "CARDINAL"})
_JOINING = frozenset({"and", "on", "with", "of"})  # the small words inside a title: "Hide And Seek"
_MISREAD = frozenset({
    EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PRODUCT, EntityType.PLACE, EntityType.CITY, EntityType.FACILITY,
})


def box_office_works(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a name a box-office deed makes a film (see the
    module docstring) typed a CreativeWork, its span the whole title."""
    lower = words.text.lower()
    if "box office" not in lower and "cinemas" not in lower:
        return found
    tokens = words.words
    titles = set()
    for mention, bounds in found:
        whole = title_around(words, mention, bounds)
        if (misread_title(mention) or mention.type is EntityType.WORK) and _does_deed(tokens, whole):
            titles.add(fold(words.span_text(*whole)))
    if not titles:
        return found
    return titles_as_works(found, words, titles, misread_title)


def titles_as_works(found: list[tuple[Mention, Bounds]], words: Words, titles: set[str],
                    misread: Callable[[Mention], bool]) -> list[tuple[Mention, Bounds]]:
    """``found`` with each mention ``misread`` picks whose whole title (``title_around``) is one
    of ``titles`` (folded) a work of that whole title, and the names inside it dropped
    (``box_office_works``, ``kg.extract.prizeworks``)."""
    tokens = words.words
    kept: list[tuple[Mention, Bounds]] = []
    works: list[Bounds] = []
    for mention, bounds in found:
        whole = title_around(words, mention, bounds)
        text = words.span_text(*whole)
        if misread(mention) and fold(text) in titles:
            first = tokens[whole[0]]
            work = replace(mention, start=first.idx, end=first.idx + len(text), text=text, type=EntityType.WORK,
                           titles=(), cued=True)
            kept.append((work, whole))
            works.append(whole)
        else:
            kept.append((mention, bounds))
    # A word the title took back is no name of its own ("Coach", "Twelve" of "Ocean's Twelve").
    return [(m, b) for m, b in kept if not any(s <= b[0] and b[1] <= e and (s, e) != b for s, e in works)]


def misread_title(mention: Mention) -> bool:
    return mention.type in _MISREAD and not looks_like_person(mention.text) and demonym_country(mention.text) is None


def title_around(words: Words, mention: Mention, bounds: Bounds) -> Bounds:
    """The title around a mention: a title word NER's person took off before it
    ("Coach Carter"), capitalised words NER left out before a joining word ("Hide And
    Seek, which was knocked off the top ... fell one place": NER's "Seek") and the
    title's words after it."""
    tokens = words.words
    start, end = bounds
    if mention.titles and start > 0 and tokens[start - 1].text == mention.titles[-1] and tokens[start - 1].dep_ == "compound":
        start -= 1
    while start >= 2 and tokens[start - 1].lower_ in _JOINING and _left_out(tokens, start - 2) and tokens[start].sent.start != start:
        start -= 2
        while start > 0 and _left_out(tokens, start - 1) and tokens[start].sent.start != start:
            start -= 1
    return start, max(end, title_end(tokens, end - 1))


def _left_out(tokens: list[Word], i: int) -> bool:
    """Word ``i`` is capitalised (or a number) and NER gave it no label."""
    return capital(tokens[i]) and not tokens[i].ent_type_ and tokens[i].sent.start != i + 1


def _does_deed(tokens: list[Word], bounds: Bounds) -> bool:
    """Words ``bounds`` are the subject of a verb of takings or of the chart whose
    phrase holds money, a numbered place, the box office or a count of cinemas."""
    heads = [t for t in tokens[bounds[0] : bounds[1]] if not bounds[0] <= t.head.i < bounds[1]]
    if len(heads) != 1:
        return False
    subject = heads[0]
    while (subject.dep_ == "conj" or (subject.dep_ == "appos" and TYPE_CUES.get(subject.head.lemma_.lower()) is EntityType.WORK)
           ) and subject.head.i != subject.i:
        subject = subject.head  # "Shrek 2 and The Incredibles took $436m", "the horror film Boogeyman has knocked"
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEED_VERBS:
        return False
    return any(_deed_word(word) for word in _phrase(verb))


def _phrase(verb: Word) -> list[Word]:
    """The words of the verb's objects and prepositions, and of a participle after it
    ("fell two places, taking $8m"); not of its subject or of another clause."""
    out: list[Word] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "prep", "npadvmod", "attr", "advmod", "acomp"}:
            out += child.subtree
        elif child.dep_ in {"advcl", "xcomp"} and child.tag_ == "VBG":
            out += [w for c in child.children if c.dep_ in {"dobj", "prep", "npadvmod"} for w in c.subtree]
    return out


def _deed_word(word: Word) -> bool:
    lower = word.lower_
    if word.ent_type_ == "MONEY":
        return True
    if lower in _PLACE_NOUNS or lower in {"number", "top"}:  # "fell to number four", "entered the top ten"
        return any(c.ent_type_ in _NUMBER_LABELS or c.lower_ in {"top", "number"} for c in word.children)
    if lower == "office":
        return any(c.lower_ == "box" for c in word.children)
    return lower in _SCREENS and any(c.ent_type_ == "CARDINAL" or c.tag_ == "CD" for c in word.children)

