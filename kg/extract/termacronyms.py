"""An acronym the article defines by a common-noun phrase is a term, not a name.

"the launch of its much anticipated initial public offer (IPO)", "its purchasing manager index
(PMI)", "an extraordinary general meeting (EGM)", "a chip called the trusted platform module
(TPM)": NER reads the acronym as an organisation in every mention ("The IPO for 17.3 million
shares was fully sold"), and the graph gains a node for a thing no one can look up. An acronym
in brackets right after lower-case words whose initials spell it is such a term; every mention
whose text is that acronym (or its plural, "CSOs") is rejected as a generic term, counted
under the rule "generic" of ``kg.extract.namelike``. An acronym after capitalised words ("the
Federal Reserve (Fed)", "UK Independence Party (UKIP)") names what they name, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Words
    from kg.records import Mention

_DEFINED = re.compile(r"((?:[a-z][a-z-]*\s+){1,8})\(([A-Z]{2,6})s?\)")
_BRACKETED = re.compile(r"\([A-Z]{2,6}s?\)")  # where a match of _DEFINED can end
_WORDLIKE = re.compile(r"[a-z\s-]")  # what the words of a match of _DEFINED are made of
GENERIC = "generic"


def term_acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` defines by lower-case words whose initials spell them.

    >>> sorted(term_acronyms("its initial public offer (IPO) and the Federal Reserve (Fed)"))
    ['IPO']
    >>> sorted(term_acronyms("community support officers (CSOs)"))
    ['CSO']
    """
    found = set()
    for match in _defined(text):
        words, acronym = match.group(1).split(), match.group(2)
        if len(words) >= len(acronym) and "".join(word[0] for word in words[-len(acronym) :]).upper() == acronym:
            found.add(acronym)
    return frozenset(found)


def _defined(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_DEFINED.finditer(text)``, each searched for only before a bracketed
    acronym, from the start of the stretch of lower-case words and spaces that ends at it:
    tried at every lower-case letter of an article, the pattern's eight words cost more than
    the rest of the rule (a match holds no bracket, so the matches are the same)."""
    for bracketed in _BRACKETED.finditer(text):
        start = bracketed.start()
        while start and _WORDLIKE.match(text, start - 1):
            start -= 1
        match = _DEFINED.search(text, start, bracketed.end())
        if match is not None:
            yield match


def without_term_acronyms(names: Iterable[Mention], words: Words, rejected: list[str]) -> Iterator[Mention]:
    """``names`` but the mentions of the article's term acronyms, each rejection appended to ``rejected``."""
    terms = term_acronyms(words.text)
    for mention in names:
        if terms and (mention.text in terms or (mention.text.endswith("s") and mention.text[:-1] in terms)):
            rejected.append(GENERIC)
            continue
        yield mention
