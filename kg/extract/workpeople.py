"""A person's full name before a work's noun and the work's own title is no work.

Rule ``person before a titled work``: "the star of Elvis Presley musical Jailhouse Rock",
"Martin Scorsese's Howard Hughes biopic The Aviator came third", "Will Smith comedy
Hitch": a person's name (a given name and a surname, ``kg.extract.cues.looks_like_person``)
right before a work's noun (``type_cues.tsv`` CreativeWork, singular: "musical",
"biopic", "film") and a title right after it (a name NER found, or a capitalised proper
noun, after "The" too: "biopic The Aviator"). The work's noun makes the name before it
a work where no title follows ("a Harry Potter film"); with its own title after it, the
noun is that title's kind and the person its star, maker or subject. The person's
mention that a cue typed a work is a person again.

The title keeps its own reading: typing it a work too made "the show" of another
programme ("The show used Presley photos", Top of the Pops) stand for the musical.
Not a firm's name before the noun ("the BBC programme Go Digital": ``kg.extract.makers``),
nor a plural noun ("Spike Lee movies"), nor a person's name after the noun, no title ("the
Billy Elliot musical Elton John wrote"; a title named after a person is left alone too:
"the Mike Leigh film Vera Drake").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.words import Bounds, Words
from kg.lexicon import TYPE_CUES
from kg.records import Mention
from kg.types import EntityType


def people_before_works(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each person's name before a work's noun and a title typed a person
    again (see the module docstring)."""
    return [
        (replace(m, type=EntityType.PERSON, cued=False), (start, end))
        if m.type is EntityType.WORK and looks_like_person(m.text) and _work_noun(words, end) and _titled_after(words, end + 1)
        else (m, (start, end))
        for m, (start, end) in found
    ]


def _work_noun(words: Words, at: int) -> bool:
    """Token ``at`` is a work's noun in the singular, in lower case ("musical" may be tagged an adjective)."""
    tokens = words.words
    if at >= len(tokens):
        return False
    noun = tokens[at]
    return (
        noun.text.islower() and noun.pos_ in {"NOUN", "ADJ"} and noun.tag_ != "NNS"
        and TYPE_CUES.get(noun.lemma_.lower()) is EntityType.WORK
    )


def _titled_after(words: Words, at: int) -> bool:
    """A title starts at token ``at``: capitalised proper nouns, or "The" and them ("biopic
    The Aviator came third"), that are no person's name ("musical Elton John wrote")."""
    tokens = words.words
    if at < len(tokens) and tokens[at].text == "The":
        at += 1
    end = at
    while end < len(tokens) and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper():
        end += 1
    return end > at and not looks_like_person(words.span_text(at, end))
