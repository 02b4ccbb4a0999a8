"""A nationality noun of one person: "the" and a demonym of one word or more, and whom it means.

"Reacting to the comment, the American said", "The New Zealander said: ..." speak of a
person by nationality alone. NER reads a demonym of two words as a name of its own ("New
Zealander", "South African": a group), so reading the head word alone ("Zealander") left
the speaker a node of that people. A people is no person: "the Israelis", "the Chinese",
"New Zealanders" (``people_demonym``).

``nationality_noun`` gives such a noun the one person nearby of no other known nationality
(``Linker._one_person_near``), else the one in reach the article gives that nationality
(``kg.resolve.compatriots``), else, no one named near, the lead's subject, the one person
named before it (``_main_person``: "Peter Jackson has said ... The Oscar winner said ...
'...,' said the New Zealander"). A person nearby whom the article gives no nationality is
none when the article's own person (``kg.resolve.articleperson.lead_person``: named in the
headline and the lead's subject) is another of no other nationality: "Director Peter
Jackson has won a court fight ... Studio boss Bob Shaye had refused to pay him. The New
Zealander said" may be either.

NER also reads such a noun of two words as a name ("New Zealander": a group), which made a
node of that people for one person whoever "the New Zealander" stands for. ``one_person_names``
finds those names, which ``kg.resolve.document`` leaves out of the names: an epithet makes
no node. Not a plural ("the New Zealanders"), nor a demonym of one word but a man's or a
woman's ("the Frenchman", "the Munsterman"): the entity gold keeps "The Kenyan put in
several bursts of speed" a group node.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import demonym_country, people_demonym
from kg.records import Argument, Mention
from kg.resolve.agreement import nationality
from kg.resolve.articleperson import lead_person
from kg.resolve.compatriots import of_nationality
from kg.resolve.starts import sentence_at
from kg.resolve.subjects import subjects_in
from kg.types import EntityType

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
    if not text[argument.head_start : argument.head_end][:1].isupper():
        return None  # the head is the demonym's last word, capitalised (asked of every argument: most heads are not)
    found = _WORD.findall(text[argument.start : argument.end])
    if len(found) < 2 or found[0].lower() != "the" or found[-1] != text[argument.head_start : argument.head_end]:
        return None
    noun = " ".join(found[1:])
    if not all(word[:1].isupper() for word in found[1:]) or not demonym_country(noun) or people_demonym(noun):
        return None
    return noun


def one_person_names(text: str, names: Sequence[Mention]) -> set[int]:
    """The indexes of the names that are "the" + a demonym of one person of two words ("the New
    Zealander", "The South African") or of a man or woman ("the Munsterman"), not "the South
    Africans", "the Czech", "New Zealand" (see the module's docstring).

    >>> text = "The New Zealander told the South Africans and the Czech that the Munsterman lost to New Zealand."
    >>> names = [Mention(text.index(n), text.index(n) + len(n), n, None, 0) for n in
    ...          ("New Zealander", "South Africans", "Czech", "Munsterman", "New Zealand")]
    >>> sorted(one_person_names(text, names))
    [0, 3]
    """
    found = set()
    for index, mention in enumerate(names):
        before = text[max(mention.start - 4, 0) : mention.start]
        head = mention.start + mention.text.rfind(" ") + 1  # the last word: "Zealander"
        one = " " in mention.text or mention.text.endswith(("man", "woman"))  # "the New Zealander", "the Munsterman"
        if before.lower() == "the " and one and not mention.text.endswith("s") and demonym_noun(
                text, Argument(mention.text, mention.start - 4, mention.end, head, mention.end)) is not None:
            found.add(index)
    return found


def nationality_noun(linker: Linker, argument: Argument, noun: str) -> int | None:
    """The person "the" + ``noun`` (a demonym) stands for (see the module's docstring), never the country."""
    code = nationality(noun)
    person = linker._one_person_near(argument.start, code)
    if person is None:
        found = of_nationality(linker, code, argument.start)
        return found if found is not None else _main_person(linker, argument, code)
    known = linker.nationalities(person)
    if known and code not in known:
        return None
    lead = lead_person(linker)
    if not known and lead not in (None, person) and not linker.nationalities(lead) - {code}:
        return None  # the article's own person may be meant as well
    return person


def _main_person(linker: Linker, argument: Argument, code: str | None) -> int | None:
    """The article's main person for a demonym noun no one named near stands for: "Lord of the
    Rings director Peter Jackson has said ... The Oscar winner said on a visit to Sydney ...
    '...,' said the New Zealander": the one person named before it, the first sentence's
    subject, of no other nationality, by a name of two words or more (as
    ``kg.resolve.mainperson`` reads a description; NER may have missed the name of the
    lead's subject: "Marat Safin suffered a shock loss to Nicolas Kiefer ... breaking the
    Russian" is no Kiefer); none when a person is named in its sentence or the one before
    (``Linker._one_person_near``'s), a name before it fits two people, or two people fit."""
    sentence = sentence_at(linker.sentence_starts, argument.start)
    named = [(mention, cluster) for mention, cluster in linker.names if mention.end <= argument.start and not mention.modifier
             and linker.clusters[cluster].type is EntityType.PERSON and not linker.clusters[cluster].local]
    if any(mention.sentence >= sentence - 1 for mention, _ in named) or any(
            mention.end <= argument.start and mention.type is EntityType.PERSON for mention in linker.unresolved):
        return None
    fitting = {cluster for _, cluster in named if not linker.nationalities(cluster) - {code}}
    if len(fitting) != 1 or len({cluster for _, cluster in named}) != 1:
        return None  # "Studio boss Bob Shaye ... the New Zealander": whoever the article gives no nationality
    person = fitting.pop()
    names = [mention for mention in linker.clusters[person].mentions if mention.kind == "name"]
    end = linker.sentence_starts[1] if len(linker.sentence_starts) > 1 else len(linker.text)
    lead = subjects_in(linker.clauses, 0, end)[:1]  # "Marat Safin suffered a shock loss to ... Nicolas Kiefer": not Kiefer
    opens = any(clause.subject.start <= mention.start and mention.end <= clause.subject.end  # "Lord of the Rings director
                and not linker.text.startswith("'", mention.end) for clause in lead for mention in names)  # Peter Jackson"
    return person if opens and any(len(mention.text.split()) > 1 for mention in names) else None
