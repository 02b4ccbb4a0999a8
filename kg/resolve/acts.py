"""The band an article is about, for "the band" / "the group" no rule links.

Music news names its band once with its kind and then speaks of it by the kind alone:
"US band REM have announced plans ... The band will play in what has been dubbed
Europe's biggest tent"; "Swedish pop quartet Abba ... since the band split up in 1982".
"the band" is no description noun (a band is no body that speaks for others), so no
rule links it, and the events whose subject it is are dropped ("who acted is no
entity"). ``described_act`` gives "the band", "the group" or a counted kind ("the trio",
"the duo": the band kinds of ``band_nouns.tsv``) the one band named before it:

- one the article shows to be a band (``band_sign``): a band's kind right before one of
  its names ("rock band Muse", "pop group Busted"; NER's person too: "Swedish pop
  quartet Abba"), a member's noun right after one ("Keane frontman", "Kasabian's
  guitarist") or a band's kind in a description set beside it;
- or, for "the band" and "the group", an organisation with a sign a band shares with
  others: a plural verb right after its name ("Black Sabbath have topped", "U2, who have
  won"), a band's kind that is a firm's too ("British group Portishead"), a singer's
  noun with no possessive ("Libertines singer").

It links only when nothing else may be meant: no other name with any of these signs,
no other organisation in the sentences right before ("Babyshambles took the stage ...
the band left the stage" with "the former Clash guitarist" named), no band spoken of
unnamed since ("a veteran band"), no band's kind before a name NER missed ("pop band
Busted"), no firm for "the group" ("Deutsche Boerse ... The group owns 5%") and no
sports report (its "trio" are players, its "group" a cup's). A wrong band is worse
than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import BAND_NOUNS, ORGANISATION_KINDS
from kg.records import Argument
from kg.resolve.eventnames import described_event
from kg.resolve.programmes import described_show
from kg.resolve.pronouns import WINDOW, sentence_of
from kg.resolve.theclub import described_club
from kg.resolve.works import described_work
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_KINDS = frozenset(noun for noun, kind in BAND_NOUNS.items() if kind == "band")
_MEMBERS = frozenset(noun for noun, kind in BAND_NOUNS.items() if kind == "member")
_POSSESSED = frozenset(noun for noun, kind in BAND_NOUNS.items() if kind == "possessed")
_GENRES = frozenset(noun for noun, kind in BAND_NOUNS.items() if kind == "genre")
_DESCRIBED = re.compile(rf"the\s+({'|'.join(sorted(_KINDS))})", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_BEFORE = 3  # words right before a name that may say its kind: "Chart-topping pop band Busted"
# What follows a name when the next words are a member's: "Keane frontman", "Kasabian's guitarist", "Keane lead singer".
_AFTER = re.compile(r"(?P<own>['’]s?)?\s+(?P<lead>lead\s+)?(?P<noun>[a-z]+)\b")
# Another band, unnamed: "formed a band", "another group", "the first western rock band to play there".
_RIVAL = re.compile(
    rf"\b(?:a|an|another|one|other|first|second|new|former|old)\s+(?:[\w'-]+\s+){{0,2}}(?:{'|'.join(sorted(_KINDS))})\b",
    re.IGNORECASE,
)
_COMPANY = "company"
_SHOWN, _MAYBE = "shown", "maybe"
# A band NER read as a person's name ("Scottish rock band Franz Ferdinand") is the band all the same.
_ACTS = frozenset({EntityType.ORGANIZATION, EntityType.PERSON})
# A band's kind and the name it is given: "pop band Busted", "his other band, Fightstar", "Liverpool band The Coral".
_KIND_NAME = re.compile(rf"\b(?:{'|'.join(sorted(_KINDS))}),?\s+(?:The\s+)?([A-Z])")
# A plural verb right after a name: a band's or a team's ("Duran Duran are to appear"), or a list's end.
_PLURAL = re.compile(r"(?:\s*,\s*who)?\s+(?:have|are|were)\b")


def described_thing(linker: Linker, argument: Argument) -> int | None:
    """The one film ("the film": ``kg.resolve.works``), band ("the band"), club ("the club":
    ``kg.resolve.theclub``), show ("the show": ``kg.resolve.programmes``) or named event ("the festival":
    ``kg.resolve.eventnames``) the argument stands for, or ``None``."""
    for described in (described_work, described_act, described_club, described_show, described_event):
        found = described(linker, argument)
        if found is not None:
            return found
    return None


def described_act(linker: Linker, argument: Argument) -> int | None:
    """The one band "the band" / "the group" / "the trio" (the whole argument) stands for, or ``None``."""
    written = _DESCRIBED.fullmatch(linker.text[argument.start : argument.end])
    if written is None or linker.in_name(argument.start) or any(
            cluster.type is EntityType.SPORTS_TEAM for cluster in linker.clusters):
        return None  # a sports report's "the trio", "the group" are players or a cup's group
    counted = written.group(1).lower() not in ORGANISATION_KINDS and written.group(1).lower() != "band"
    sentence = sentence_of(linker, argument.start)
    bands: set[int] = set()  # what the article shows to be a band
    rivals: set[int] = set()  # whatever else "the band" may be
    last = 0  # where the last band named before the argument ends
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if mention.end > argument.start or entity.local:
            continue
        sign = band_sign(linker, cluster)
        if (sign == _SHOWN and entity.type in _ACTS) or (
                sign == _MAYBE and not counted and entity.type is EntityType.ORGANIZATION):
            bands.add(cluster)
            last = max(last, mention.end)
        elif sign is not None or (entity.type is EntityType.ORGANIZATION and sentence - WINDOW <= mention.sentence):
            rivals.add(cluster)  # "the former Clash guitarist", "Cult British group Portishead"; "Babyshambles took the stage"
    if len(bands) != 1 or rivals - bands or _RIVAL.search(linker.text, last, argument.start):
        return None
    if any(not _names(linker, found.start(1), bands) for found in _KIND_NAME.finditer(linker.text, 0, argument.start)):
        return None  # "Chart-topping pop band Busted", which NER missed: the band may be that one
    if written.group(1).lower() == "group" and any(
            _COMPANY in linker.kinds(cluster) for _, cluster in linker.names if cluster not in bands):
        return None  # "the group" may be the firm: "Deutsche Boerse investors ... The group owns 5%"
    return bands.pop()


def _names(linker: Linker, offset: int, clusters: set[int]) -> bool:
    """Whether a name of one of ``clusters`` holds ``offset``."""
    return any(mention.start <= offset < mention.end for mention, cluster in linker.names if cluster in clusters)


def band_sign(linker: Linker, cluster: int) -> str | None:
    """What the article shows of a name as a band's: ``"shown"`` for a band's kind right
    before one of its names ("rock band Muse", "pop group Busted"), a member's noun right
    after one ("Keane frontman", "Kasabian's guitarist") or a band's kind in a description
    set beside it; ``"maybe"`` for a sign a band shares with a firm or a person ("British
    group Portishead", "former Libertines singer", "Duran Duran are"); else ``None``."""
    found = linker.clusters[cluster]
    sign = None
    for mention in found.mentions:
        if mention.kind != "name":
            continue
        start = linker.sentence_starts[mention.sentence] if mention.sentence < len(linker.sentence_starts) else 0
        before = [fold(word) for word in _WORD.findall(linker.text[max(start, mention.start - 60) : mention.start])]
        after = _AFTER.match(linker.text, mention.end)
        noun = after.group("noun") if after is not None else ""
        if _kind_before(before[-_BEFORE:]) or noun in _MEMBERS or (
                after is not None and noun in _POSSESSED and (after.group("own") or after.group("lead"))):
            return _SHOWN
        if (before[-1:] and before[-1] in _KINDS) or noun in _POSSESSED or _PLURAL.match(linker.text, mention.end):
            sign = _MAYBE
    if any(word in _KINDS and word not in ORGANISATION_KINDS for descriptor in found.descriptors for word in descriptor):
        return _SHOWN
    return sign


def _kind_before(words: list[str]) -> bool:
    """Whether a band's kind is the last of the folded words right before a name: "rock
    band", "Swedish pop quartet"; "group", a firm's word too, only after a kind of music
    ("pop group Busted", not "media group Vivendi" nor "Swiss group Nestle"); not "band
    leader Joe Smith".

    >>> _kind_before(["chart topping", "pop", "band"]), _kind_before(["pop", "group"]), _kind_before(["media", "group"])
    (True, True, False)
    >>> _kind_before(["band", "leader"])
    False
    """
    if not words or words[-1] not in _KINDS:
        return False
    return words[-1] not in ORGANISATION_KINDS or (len(words) > 1 and words[-2] in _GENRES)
