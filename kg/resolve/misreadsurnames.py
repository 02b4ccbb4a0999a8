"""A person's surname that NER read as a place: "see off Chepkemei" in an article
about Susan Chepkemei, "Davenport believes ..." in one about Lindsay Davenport.

A one-word name typed place that is the surname of exactly one person of the
article joins that person, unless it is a known place's name ("Washington"), a
capital, or the text uses it as a place ("in Houston", "from Llanelli"). A city of
100,000 people or more ("Houston" beside Whitney Houston) stays the city unless
the text has the name do what only a person does: say, believe, think or admit
("Davenport believes there is some room for improvement" — Davenport, Iowa,
has 100,000 people).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.lexicon import CAPITALS
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.resolve.forms import is_place_name, name_words, normalise
from kg.resolve.variants import PERSON, PLACES

# Speech and thought in the present or past: what a person, not a city, does right after its name.
_PERSON_VERB = re.compile(
    r"\s+(?:said|says|told|tells|added|adds|believes|believed|thinks|thought|admits|admitted|insists|insisted"
    r"|feels|felt|hopes|hoped|knows|knew|explained|explains|wants|wanted)\b"
)


def join_misread_surnames(
    mentions: Sequence[Mention], by_form: dict[str, list[int]], text: str | None, union: Callable[[int, int], None]
) -> None:
    """Join each place-typed mention that is one person's surname to that person."""
    people: dict[str, list[int]] = {}
    for i, mention in enumerate(mentions):
        words = name_words(mention.text)
        if mention.type in PERSON and len(words) > 1:
            people.setdefault(words[-1], []).append(i)
    for form in by_form:
        owners = {normalise(mentions[i].text) for i in people.get(form, [])}
        if " " in form or len(owners) != 1 or is_place_name(form) or form in CAPITALS:
            continue
        places = [i for i in range(len(mentions)) if normalise(mentions[i].text) == form and mentions[i].type in PLACES]
        if not places or (text is not None and any(_after_place_preposition(text, mentions[i].start) for i in places)):
            continue
        if gazetteer().is_big_city(form) and not (  # a surname a big city has is the city when NER says place
            text is not None and any(_PERSON_VERB.match(text, mentions[i].end) for i in places)
        ):
            continue
        for i in places:
            union(people[form][0], i)


def _after_place_preposition(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:in|at|near|from|to|into|across|outside)\s+$", text[max(0, start - 12) : start], re.IGNORECASE))
