"""The one company of its kind, for "the bank", "the airline", "the company" no rule linked.

News names a company and then speaks of it by its kind: "Delta's new SimpliFares were
trialled ... The airline says no one-way economy fare will now be priced higher than
$499"; "ABN Amro's operations in the Netherlands ... The bank said it was on course for a
10% rise". ``Linker`` links a definite description only to the one compatible name in the
sentences right before it, and ``kg.resolve.leadcompany`` only to the company the
headline and the first sentence name, so "the airline" a paragraph on stays unresolved and
the events it takes part in are dropped. ``kind_links`` links "the <kind>" (one word
after "the": "the company", "the firm", "the bank", "the airline", ... the nouns of
``kind_names.tsv``) to the last organisation named before it that the article shows is
of that kind: a name word of the kind ("Delta Air Lines", "Deutsche Bank": ``kind_names.tsv``),
the kind's noun right before a name ("UK-based bank Standard Chartered") or in an
apposition; for "the company" and "the firm" any of these or a company's kind
(``kg.resolve.leadcompany.a_company``). It links only when nothing else may be meant: no
other organisation that may be a company named since that one's last mention or in the
description's sentence ("ABN Amro is the third large European bank ... following
Deutsche Bank ... the bank's largest single market": no link), and no company of the kind
spoken of unnamed since ("other firms", "its parent company"). A wrong company is worse
than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import KIND_NAMES
from kg.records import Mention
from kg.resolve.agreement import kind_agrees
from kg.resolve.leadcompany import a_company
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_GENERIC = frozenset({"company", "firm"})
_NOUNS = _GENERIC | frozenset(noun for noun in KIND_NAMES if noun != "company")
_WORDS = re.compile(r"[\w'’&.-]+")
_THE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
# Another company of the kind, unnamed: "a bank", "its parent company"; or many: "all Russian firms", "other firms".
_RIVAL = r"\b(?:(?:a|an|another|one|rival|parent|second|its|their)\s+(?:[\w'-]+\s+){{0,2}}(?:{one})|(?:{many}))\b"


def kind_links(linker: Linker) -> list[tuple[Mention, int]]:
    """The descriptions "the <kind>" no rule linked, each with the one company of the kind it stands for."""
    links = []
    for description in linker.descriptions:
        noun = description.text.lower()
        if noun not in _NOUNS or linker.in_name(description.start) or not _THE.search(
                linker.text[max(0, description.start - 5) : description.start]):
            continue
        if linker.named_or_described(description.as_argument()) is not None:
            continue
        found = _company_of_kind(linker, description, noun)
        if found is not None:
            links.append((description, found))
    return links


def _company_of_kind(linker: Linker, description: Mention, noun: str) -> int | None:
    """The last organisation named before ``description`` that is shown to be a ``noun``,
    when no other that may be a company is named since or in its sentence."""
    before = [(mention, cluster) for mention, cluster in linker.names if mention.end <= description.start]
    fitting = [(mention.end, mention.sentence, cluster) for mention, cluster in before if _fits(linker, cluster, noun)]
    if not fitting:
        return None
    last, sentence, company = max(fitting)
    since = linker.sentence_starts[sentence] if sentence < len(linker.sentence_starts) else 0
    for mention, cluster in linker.names:
        if mention.sentence == description.sentence and mention.end <= description.start and cluster == company:
            return None  # "The Beijing News said the company may instead choose to pay a fine": another's
        if cluster != company and since <= mention.start < description.start and _may_be_company(linker, cluster):
            return None  # "Standard Chartered said acquiring Korea First Bank ... the bank raised funds": either
    nouns = sorted(_GENERIC if noun in _GENERIC else {noun})
    rival = _RIVAL.format(one="|".join(nouns), many="|".join(plural(word) for word in nouns))
    if re.search(rival, linker.text[last : description.start], re.IGNORECASE):
        return None  # "it argues that more rigorous tax policing has benefited all Russian firms"
    return company


def _may_be_company(linker: Linker, cluster: int) -> bool:
    entity = linker.clusters[cluster]
    return entity.type is EntityType.ORGANIZATION and not entity.local and kind_agrees("company", linker.kinds(cluster))


def _fits(linker: Linker, cluster: int, noun: str) -> bool:
    """Whether the article shows the organisation is a ``noun`` (see the module's docstring)."""
    entity = linker.clusters[cluster]
    if entity.type is not EntityType.ORGANIZATION or entity.local:
        return False
    generic = noun in _GENERIC
    shown = {words for kind, rows in KIND_NAMES.items() if generic or kind == noun for words in rows} | ({noun} if not generic else set())
    for mention in entity.mentions:
        if mention.kind != "name":
            continue
        folded = f" {' '.join(_folded(mention.text))} "
        if any(f" {words} " in folded for words in shown):
            return True
        start = linker.sentence_starts[mention.sentence] if mention.sentence < len(linker.sentence_starts) else 0
        ahead = _folded(linker.text[max(start, mention.start - 40) : mention.start])
        if not generic and ahead[-1:] == [noun]:
            return True
    if generic:
        return a_company(linker, cluster)
    return any(noun in descriptor for descriptor in entity.descriptors) or any(
        description.text.lower() == noun and linker.named_or_described(description.as_argument()) == cluster
        for description in linker.descriptions
    )  # "ABN Amro, the Netherlands' largest bank ... the bank's workforce", linked by a nearer rule


def plural(noun: str) -> str:
    """ "company" -> "companies", "bank" -> "banks"."""
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _folded(text: str) -> list[str]:
    return [fold(_POSSESSIVE.sub("", word)) for word in _WORDS.findall(text)]
