"""An age description that opens a sentence stands for the person the sentence
before opened on; so does an achievement or an epithet narrowed by a word or more ("Former
world number one Juan Carlos Ferrero insists ... The 2003 French Open champion has
slipped"), unless the article names another person with that achievement (``known_by``).

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

from kg.folding import fold
from kg.lexicon import EPITHET_NOUNS
from kg.records import Argument
from kg.resolve.epithets import ACHIEVEMENTS, ages, described_age, named_with
from kg.resolve.pronouns import sentence_of
from kg.resolve.speakers import surname_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# Achievements a film, a record or a horse holds as well as a person: "The Golden Lion winner".
THINGS_WIN = frozenset({"winner", "holder", "titleholder", "title-holder"})
# How far into its sentence a subject may start and still open it: "The 29-year-old", "Former ...".
_OPENING = 4


def previous_subject(linker: Linker, span: Argument, *, opening: bool = False) -> int | None:
    """The person an opening age description stands for (see the module's docstring),
    or ``None``; ``opening``: the caller found it opens its sentence's own words (after
    the quotation it attributes: kg.resolve.aged)."""
    age = described_age(span.text)
    sentence = sentence_of(linker, span.start)
    if (age is None and not known_by(span.text)) or sentence == 0 or (span.start - linker.sentence_starts[sentence] > _OPENING and not opening):
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
    joined = next((subject for subject in subjects if first.end < subject.start <= first.end + 1), None)
    if not named and joined is not None:  # "Former world number one" + "Juan Carlos Ferrero": a title the parse cut off
        first = Argument(linker.text[first.start : joined.end], first.start, joined.end, joined.head_start, joined.head_end)
        named = {cluster for mention, cluster in linker.names
                 if first.start <= mention.start and mention.end <= first.end and not mention.modifier}
    if not named:  # "Minar, ranked 158th, was forced ...": a surname NER missed there
        named = surname_of(linker, linker.text[first.start : first.end])
    if len(named) != 1:
        return None
    person = named.pop()
    if linker.clusters[person].type is not EntityType.PERSON or _rival(linker, first, person) or (
            joined is not None and _rival(linker, joined, person)):
        return None
    if age is None:  # "The 2003 French Open champion": no one else named with that title
        return person if named_with(linker.text, linker.clusters, span.text, span.start) in (None, person) else None
    given = {found for found, people in ages(linker.text, linker.clusters).items() if person in people}
    return person if given <= {age} else None


def known_by(described: str) -> bool:
    """Whether a description is a person's achievement or epithet narrowed by a word or more:
    "The 2003 French Open champion", "The Wasps star"; not a bare "The winner" (of what is to
    come, maybe), nor "The star of the show" (a noun after the head), nor "The Golden Lion winner"
    (a film wins too).

    >>> known_by("The 2003 French Open champion"), known_by("The pop star"), known_by("The winner")
    (True, True, False)
    """
    found = described.split()
    head = fold(found[-1]) if found else ""
    return len(found) >= 3 and found[0].lower() == "the" and head in ACHIEVEMENTS | EPITHET_NOUNS and head not in THINGS_WIN


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

