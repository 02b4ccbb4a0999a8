"""A spokesperson of "the company" speaks for the company the article is about.

"Mr Jacobsen tried at least twice to hack T-Mobile's network ..., said a company
spokesman" in an article whose headline and first sentence name T-Mobile (and no other
organisation): T-Mobile speaks, as it does through "a T-Mobile spokesperson"
(``kg.resolve.spokespeople``). The phrase is a spokesperson noun (``spokespeople.txt``)
with only a company's kind ("company", "firm", "group") for its owner: "a company
spokesman", "the firm's spokeswoman", "a spokesman for the firm". The company is
``lead_company``'s: none when the lead names two organisations ("Cable firms NTL and
Telewest ... said a spokesman for the company" stays as written). A narrowed phrase ("a
spokesman for the parent company") or a club's or party's is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import SPOKESPEOPLE
from kg.records import Argument
from kg.resolve.leadcompany import lead_company
from kg.resolve.spokespeople import spoken_for

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_KIND = r"(?:company|firm|group)"
# Before the head: "a company spokesman", "the firm's spokeswoman", "A company official".
_BEFORE = re.compile(rf"(?:an?|the)\s+{_KIND}(?:['’]s)?\s+", re.IGNORECASE)
# After it: "a spokesman for the firm", "a spokeswoman for the company".
_AFTER = re.compile(rf"\s+(?:for|at|of)\s+the\s+{_KIND}", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:an?|the)\s+", re.IGNORECASE)


def speaks_for(linker: Linker, argument: Argument, title: str | None) -> int | None:
    """The organisation a spokesperson's phrase speaks for: the one it names
    (``spoken_for``), else the article's company for "a company spokesman"."""
    named = spoken_for(linker, argument)
    return named if named is not None else company_spokesperson(linker, argument, title)


def company_spokesperson(linker: Linker, argument: Argument, title: str | None) -> int | None:
    """The article's one company (``lead_company``) when ``argument`` is "a company
    spokesman" or "a spokesman for the firm", or ``None``."""
    text = linker.text
    if text[argument.head_start : argument.head_end].lower() not in SPOKESPEOPLE:
        return None
    before, after = text[argument.start : argument.head_start], text[argument.head_end : argument.end]
    if not ((_BEFORE.fullmatch(before) and not after) or (_ARTICLE.fullmatch(before) and _AFTER.fullmatch(after))):
        return None
    return lead_company(linker, title)
