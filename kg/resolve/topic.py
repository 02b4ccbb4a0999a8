"""An age description that opens a sentence stands for the person the sentence
before opened on.

"Former All Black star Jonah Lomu says he cannot wait to run out for Martin
Johnson's testimonial. The 29-year-old had a kidney transplant in July 2004 but
will play his first full match for three years": the article gives no one's age,
and two people are named in the sentence before, so the rules of
``kg.resolve.events`` (the one person of that age, else the one person named
nearby) leave the event without its agent. News names its subject first and goes
on about them by a description, so the description is the person who is the
subject of the sentence before, when all of these hold:

- the description opens its sentence;
- the sentence before opens on its first clause's subject, and that subject names
  one person, as a name (not "Jonah Lomu's agent": a possessive is no subject);
- no clause of that subject names another person among its other arguments ("John
  Smith met Tom Jones. The 45-year-old signed ..." may mean either); what the
  subject says ("X says ...") is no argument of theirs;
- the article gives that person no other age.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.resolve.epithets import ages, described_age
from kg.resolve.pronouns import sentence_of
from kg.resolve.speakers import surname_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.records import Argument
    from kg.resolve.coref import Linker

# How far into its sentence a subject may start and still open it: "The 29-year-old", "Former ...".
_OPENING = 4


def previous_subject(linker: Linker, span: Argument, *, opening: bool = False) -> int | None:
    """The person an opening age description stands for (see the module's docstring),
    or ``None``; ``opening``: the caller found it opens its sentence's own words (after
    the quotation it attributes: kg.resolve.aged)."""
    age = described_age(span.text)
    sentence = sentence_of(linker, span.start)
    if age is None or sentence == 0 or (span.start - linker.sentence_starts[sentence] > _OPENING and not opening):
        return None
    start, end = linker.sentence_starts[sentence - 1], linker.sentence_starts[sentence]
    subjects = [clause.subject for clause in linker.clauses if start <= clause.subject.start < end]
    if not subjects:
        return None
    first = min(subjects, key=lambda subject: (subject.start, subject.end))
    if first.start - start > _OPENING or "'" in linker.text[first.start : first.end]:
        return None
    named = {cluster for mention, cluster in linker.names
             if first.start <= mention.start and mention.end <= first.end and not mention.modifier}
    if not named:  # "Minar, ranked 158th, was forced ...": a surname NER missed there
        named = surname_of(linker, linker.text[first.start : first.end])
    if len(named) != 1:
        return None
    person = named.pop()
    if linker.clusters[person].type is not EntityType.PERSON or _rival(linker, first, person):
        return None
    given = {found for found, people in ages(linker.text, linker.clusters).items() if person in people}
    return person if given <= {age} else None


def _rival(linker: Linker, subject: Argument, person: int) -> bool:
    """Whether a clause of ``subject`` (what it says aside) names another person as an
    object or a prepositional argument: "John Smith met Tom Jones"."""
    for clause in linker.clauses:
        if clause.subject.start != subject.start or clause.kind == "attribution":
            continue
        for other in (clause.object, *clause.extras):
            if other is not None and any(
                    other.start <= mention.start and mention.end <= other.end and found != person
                    and linker.clusters[found].type is EntityType.PERSON for mention, found in linker.names):
                return True
    return False

