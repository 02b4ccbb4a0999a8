"""A nationality noun of one person: "the" and a demonym of one word or more, and whom it means.

"Reacting to the comment, the American said", "The New Zealander said: ..." speak of a
person by nationality alone. NER reads a demonym of two words as a name of its own ("New
Zealander", "South African": a group), so reading the head word alone ("Zealander") left
the speaker a node of that people. A people is no person: "the Israelis", "the Chinese",
"New Zealanders" (``people_demonym``).

``nationality_noun`` gives such a noun the one person nearby of no other known nationality
(``Linker._one_person_near``), else the one in reach the article gives that nationality
(``kg.resolve.compatriots``). A person nearby whom the article gives no nationality is
none when the article's own person (``kg.resolve.articleperson.lead_person``: named in the
headline and the lead's subject) is another of no other nationality: "Director Peter
Jackson has won a court fight ... Studio boss Bob Shaye had refused to pay him. The New
Zealander said" may be either.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import demonym_country, people_demonym
from kg.records import Argument
from kg.resolve.agreement import nationality
from kg.resolve.articleperson import lead_person
from kg.resolve.compatriots import of_nationality

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_WORD = re.compile(r"[\w’'-]+")


def demonym_noun(text: str, argument: Argument) -> str | None:
    """The demonym an argument written "the" + demonym names one person by ("American",
    "New Zealander"), or ``None``.

    >>> demonym_noun("the New Zealander", Argument("the New Zealander", 0, 17, 8, 17))
    'New Zealander'
    >>> demonym_noun("the Israelis", Argument("the Israelis", 0, 12, 4, 12)) is None
    True
    >>> demonym_noun("the New Zealand team", Argument("the New Zealand team", 0, 20, 16, 20)) is None
    True
    """
    found = _WORD.findall(text[argument.start : argument.end])
    if len(found) < 2 or found[0].lower() != "the" or found[-1] != text[argument.head_start : argument.head_end]:
        return None
    noun = " ".join(found[1:])
    if not all(word[:1].isupper() for word in found[1:]) or not demonym_country(noun) or people_demonym(noun):
        return None
    return noun


def nationality_noun(linker: Linker, argument: Argument, noun: str) -> int | None:
    """The person "the" + ``noun`` (a demonym) stands for (see the module's docstring), never the country."""
    code = nationality(noun)
    person = linker._one_person_near(argument.start, code)
    if person is None:
        return of_nationality(linker, code, argument.start)
    known = linker.nationalities(person)
    if known and code not in known:
        return None
    lead = lead_person(linker)
    if not known and lead not in (None, person) and not linker.nationalities(lead) - {code}:
        return None  # the article's own person may be meant as well
    return person
