"""The company an article is about, for "the company" / "the firm" no nearer name takes up.

Business news names its company in the headline and the first sentence, then speaks of it
by its kind: "Apple sues to stop product leaks / Computer firm Apple has issued a lawsuit
... Apple said in the seven-page complaint ... The company said it would amend the
complaint". ``Linker`` links a definite description only to the one compatible name in
the sentences right before it, and the court or product named there too leaves "the
company" unresolved. ``lead_company`` is the one organisation the headline and the first
sentence name (a word of another's name in the headline, "China's Shanda buys stake in
Sina", makes two; of two, the one whose name opens the headline is its subject: "Jarvis sells
Tube stake to Spain"), when the article shows it is a company: a company noun before or in
one of its names ("music giant EMI", ``organisation_kinds.tsv``), a company's noun after
one ("EMI shares", ``company_nouns.txt``) or a company description the nearby rules
linked to it. ``lead_links`` links to it "the company", "the firm" and "the group" (where
no band or people is named) that no rule linked, unless another company of the headline and
the lead is named in that sentence before it or in the one before (either may be meant). A narrowed description ("the biggest
internet portal firm") or a kind another company may share ("the bank": a lender) is
left alone: a wrong speaker is worse than a weak one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import COMPANY_NOUNS
from kg.records import Mention
from kg.resolve.agreement import described_kind
from kg.resolve.firmposts import post_after_name
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_COMPANY = "company"
_WORDS = re.compile(r"[\w'’&.-]+")
# The nouns any company goes by: "the bank", "the airline" may be another, a lender or a rival named near.
_HEADS = frozenset({"company", "firm", "group"})
# "the" right before a one-word description: "the firm", not "the biggest internet portal firm".
_THE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
# The word after a name, past its possessive: "EMI shares", "BP's profits", "Novartis' shares".
_AFTER = re.compile(r"(?:['’]s?)?\s+([a-z]+)\b")
# Words that join a headline's first name to another's: "Absa and Barclays talks continue".
_JOINING = frozenset({"and", "&", "or", "v", "vs", "with", "-"})


def lead_company(linker: Linker, title: str | None) -> int | None:
    """The one organisation named in both the headline and the first sentence (of several, the
    one whose name opens the headline), when the article shows it is a company; else ``None``."""
    return _lead(linker, title)[0]


def _lead(linker: Linker, title: str | None) -> tuple[int | None, set[int]]:
    """``lead_company`` and every organisation the headline and the first sentence name."""
    if not title:
        return None, set()
    headline = f" {' '.join(_folded(title))} "
    # Any word of a name counts: "China's Shanda buys stake in Sina" names Shanda Interactive Entertainment too.
    found = {
        cluster
        for mention, cluster in linker.names
        if mention.sentence == 0 and linker.clusters[cluster].type is EntityType.ORGANIZATION and not linker.clusters[cluster].local
        and _in_headline(linker, cluster, headline, whole=False)
    }
    company = _headline_subject(linker, set(found), headline)
    return (company if company is not None and a_company(linker, company) else None), found


def _headline_subject(linker: Linker, found: set[int], headline: str) -> int | None:
    if len(found) > 1:
        # "Jarvis sells Tube stake to Spain": the headline's first word names its subject, the article's company.
        found = {cluster for cluster in found if _opens_headline(linker, cluster, headline)}
    if len(found) != 1:
        return None
    company = found.pop()
    return company if _in_headline(linker, company, headline, whole=True) else None


def _in_headline(linker: Linker, cluster: int, headline: str, *, whole: bool) -> bool:
    """Whether one of a cluster's names (``whole``), or a word of one, is written in the folded headline."""
    for mention in linker.clusters[cluster].mentions:
        words = _folded(mention.text)
        if mention.kind != "name" or not words:
            continue
        if f" {' '.join(words)} " in headline or (not whole and any(f" {word} " in headline for word in words)):
            return True
    return False


def _opens_headline(linker: Linker, cluster: int, headline: str) -> bool:
    """Whether one of a cluster's names, whole, opens the folded headline as its subject: not
    joined to another's ("Absa and Barclays talks continue")."""
    for mention in linker.clusters[cluster].mentions:
        words = _folded(mention.text)
        opening = f" {' '.join(words)} "
        if mention.kind == "name" and words and headline.startswith(opening):
            return headline[len(opening):].split(" ", 1)[0] not in _JOINING
    return False


def _folded(text: str) -> list[str]:
    """The folded words of a text, a possessive's "'s" cut: "McDonald's to sponsor" -> mcdonald, to, sponsor."""
    return [fold(_POSSESSIVE.sub("", word)) for word in _WORDS.findall(text)]


def a_company(linker: Linker, cluster: int) -> bool:
    """Whether the article gives the organisation a company's kind and no other: a
    company noun before or in a name, a company's noun after one ("EMI shares",
    "Novartis' shares": ``company_nouns.txt``), a firm's post after one ("GM chief
    executive": ``kg.resolve.firmposts``), or a company description linked to it."""
    kinds = linker.kinds(cluster)
    if kinds:
        return kinds == {_COMPANY}
    for mention in linker.clusters[cluster].mentions:
        after = _AFTER.match(linker.text, mention.end)
        if mention.kind == "name" and after is not None and after.group(1).lower().removesuffix("s") in COMPANY_NOUNS:
            return True
    if post_after_name(linker, cluster):
        return True  # "said GM chief executive Rick Waggoner" (kg.resolve.firmposts)
    return any(
        linked == cluster and described_kind(description.text) == _COMPANY
        for description in linker.descriptions
        if (linked := linker.named_or_described(description.as_argument())) is not None
    )


def lead_links(linker: Linker, title: str | None) -> list[tuple[Mention, int]]:
    """The descriptions "the company", "the firm", "the group" after the article's
    company is first named (``lead_company``) that no rule linked: each stands for it.
    "the group" only where the article names no group (a band is "the group" too)."""
    company, named = _lead(linker, title)
    if company is None:
        return []
    first = min(mention.start for mention in linker.clusters[company].mentions)
    heads = _HEADS - ({"group"} if any(c.type is EntityType.GROUP and not c.local for c in linker.clusters) else set())
    # The other companies the headline and the first sentence name.
    rivals = {cluster for cluster in named if cluster != company and a_company(linker, cluster)}
    return [
        (description, company)
        for description in linker.descriptions
        if description.start > first and description.text in heads
        and _THE.search(linker.text[max(0, description.start - 5) : description.start])
        and linker.named_or_described(description.as_argument()) is None
        and not _rival_near(linker, description, rivals)
    ]


def _rival_near(linker: Linker, description: Mention, rivals: set[int]) -> bool:
    """Whether another organisation of the headline and the lead is named in the description's
    sentence before it or in the sentence before: "The Fiat-GM alliance came about ...
    DaimlerChrysler had been willing to buy the firm" may mean Fiat as well as the headline's
    GM ("GM pays $2bn to evade Fiat buyout"), and the nearby rules left it open."""
    return any(cluster in rivals and description.sentence - 1 <= mention.sentence <= description.sentence
               and mention.end <= description.start for mention, cluster in linker.names)
