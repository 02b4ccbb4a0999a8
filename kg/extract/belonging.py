"""Memberships a sentence gives with no role named, read beside ``kg.extract.positions``.

- an organisation's person: "Labour's Paul Flynn", "Chelsea's Frank Lampard" (a member);
  not its product: "Sony's Playstation Portable";
- a person from a group: "Mark Serwotka, from the Public and Commercial Services union";
- composition: "the CSTO, a Russia-led military alliance of six ex-Soviet states" (the
  states are its members).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.cues import looks_like_person
from kg.extract.spans import misparsed_apposition, noun_phrase, to_argument
from kg.folding import fold
from kg.lexicon import COUNTRIES, DESCRIPTION_NOUNS, ORG_SUFFIXES
from kg.records import Argument, Mention
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words

GROUP_NOUNS = frozenset({"alliance", "bloc", "group", "union", "coalition", "organisation", "organization",
                         "federation", "league", "association", "consortium", "club", "grouping", "partnership"})
# Words inside a name NER may cut it at: "Public and Commercial Services union".
_NAME_JOINERS = frozenset({"and", "of", "&"})
_MAX_CUT = 3
# What owns a member by its mention's type, whatever NER said of the words.
_GROUP_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})


def member_possessive(
    words: Words, sentence: Sentence, start: int, names: Sequence[tuple[int, int, Mention]],
    known: frozenset[str] = frozenset(),
) -> Argument | None:
    """ "Labour's Paul Flynn": an organisation's person is one of its members. The owner is
    an organisation by NER or by the mention's type: "Chelsea's Frank Lampard", where NER
    reads "Chelsea" as a person and the club rules make it a team; or one word the article
    names with an organisation's suffix (``known``: folded names): "Labour's Paul Flynn"
    after "a unified Labour Party", where NER read "Labour Paul Flynn" as one person."""
    i = start - 1
    if i - 1 < sentence.start or words[i].tag_ != "POS":
        return None
    # By the mention's type, but not a country's name: "Spain's Rafael Nadal", "Australia's
    # Lleyton Hewitt" name a national, whatever team the country's name also stands for.
    owner = next((name for name in names if name[1] == i and name[2].type in _GROUP_TYPES), None)
    if owner is not None and fold(owner[2].text) not in COUNTRIES:
        if owner[2].type is not EntityType.SPORTS_TEAM and _owned_thing(start, names):
            return None
        return to_argument(list(words[owner[0] : i]), words.text)
    if _owned_thing(start, names):
        return None
    if words[i - 1].ent_type_ != "ORG":
        return _suffixed(words, sentence, i - 1, known)
    first = i - 1
    while first - 1 >= sentence.start and words[first - 1].ent_type_ == "ORG" and words[first].ent_iob_ != "B":
        first -= 1
    return to_argument(list(words[first:i]), words.text)


def _owned_thing(start: int, names: Sequence[tuple[int, int, Mention]]) -> bool:
    """ "Sony's Playstation Portable", "Nintendo's GameBoy Advance", "MTV's Asia Aid": a
    name of several words after an organisation's possessive that has no given name first
    (``looks_like_person``) is the organisation's product or event, whatever NER read; a
    team's players are its members whatever their names ("Arsenal's Cesc Fabregas")."""
    member = next((mention for first, _, mention in names if first == start), None)
    return member is not None and len(member.text.split()) >= 2 and not looks_like_person(member.text)


def _suffixed(words: Words, sentence: Sentence, i: int, known: frozenset[str]) -> Argument | None:
    """The one capitalised word at ``i`` when the article names it with an organisation's
    suffix elsewhere ("Labour" and "Labour Party"); not a country's name."""
    word = words[i]
    if word.pos_ != "PROPN" or not word.text[:1].isupper() or fold(word.text) in COUNTRIES:
        return None
    if i - 1 >= sentence.start and words[i - 1].pos_ == "PROPN":
        return None  # one word of a longer name
    if not any(f"{fold(word.text)} {suffix}" in known for suffix in ORG_SUFFIXES):
        return None
    return to_argument([word], words.text)


def from_group(words: Words, sentence: Sentence, end: int, names: Sequence[tuple[int, int, Mention]]) -> Argument | None:
    """ "Mark Serwotka, from the Public and Commercial Services union": a member of it.

    The name runs from the first capitalised word after "from (the)", also where NER cut it
    and named only its end ("Commercial Services"): the words before are capitalised or
    join them ("and", "of")."""
    i = end
    if i + 2 >= sentence.end or words[i].text != "," or words[i + 1].lower_ != "from":
        return None
    first = i + 3 if words[i + 2].lower_ == "the" else i + 2
    for start, stop, mention in names:
        if mention.type is not EntityType.ORGANIZATION or not first <= start <= first + _MAX_CUT:
            continue
        if not all(w.text[:1].isupper() or w.lower_ in _NAME_JOINERS for w in words[first:start]):
            continue
        last = words[stop - 1]
        tail = words[stop] if stop < sentence.end else None
        if DESCRIPTION_NOUNS.get(last.lower_) is EntityType.ORGANIZATION:
            return to_argument(list(words[first:stop]), words.text)
        if tail is not None and DESCRIPTION_NOUNS.get(tail.lower_) is EntityType.ORGANIZATION:
            return to_argument(list(words[first : stop + 1]), words.text)
    return None


def composition(words: Words, sentence: Sentence, end: int) -> Argument | None:
    """ "the CSTO, a Russia-led military alliance of six ex-Soviet states": who its members are."""
    if end + 2 >= sentence.end or words[end].text != ",":
        return None
    for word in words[end + 1 : min(sentence.end, end + 9)]:
        described = word.head if word.dep_ == "appos" else misparsed_apposition(word)
        if described is not None and word.lemma_.lower() in GROUP_NOUNS and described.i < end:
            of = next((c for c in word.rights if c.lower_ == "of"), None)
            members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if members is None or members.tag_ != "NNS":
                return None
            tokens = noun_phrase(members)
            return to_argument(tokens, words.text) if tokens else None
    return None
