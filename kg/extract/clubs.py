"""Clubs named by what is done with them: a player's move, a town's game against a club.

A sports report names a player's old and new club with the verbs of a transfer
(``transfer_verbs.tsv``), and the name in the slot the table gives is a club even
where NER read a person ("Saracens") or a city ("Gloucester"):

- object: "Dallaglio joined Saracens from Gloucester" (Saracens), in a report on a
  team sport, when the verb names where the player came from too (not "he joined
  Henman in the last eight");
- from, for, to: "joined Saracens from Gloucester", "signed for Chelsea", "was
  loaned to Leeds", in a report on a team sport;
- signing: the subject of a verb whose object is a player ("Arsenal signed the
  striker on Saturday", "Leeds sold their keeper"), or of a relative clause on the
  name ("Bolton, who signed the winger in January, lost"), in any article: the
  player noun (a role that plays for a club in ``roles.tsv``) is the sport's evidence;
  not where NER read a person and the name is no town's ("Wenger signed the striker":
  a manager signs players too).

A town's name with a club word ("Leeds United", "Norwich City") is its club in any
article (``names_club_of_town``, for ``kg.extract.cues.head_type``).

A town's name on one side of a playing verb (``team_verbs.txt``) whose other side
NER read as an organisation is the town's club, in any article: "Liverpool beat
Everton" (no town beats a club; "London beat Paris" and "Britain beat France"
are left alone).

The caller keeps a person's name (a given name) a person and a country a country.
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.lexicon import ROLES, TEAM_VERBS, TRANSFER_SLOTS
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

# Sports whose sides are clubs; a tennis report's "joined Henman" names a player.
_TEAM_SPORTS = frozenset({"football", "rugby", "cricket"})


# NER's labels of an opponent that make the other side of a playing verb an organisation too.
_ORGANISATION_LABELS = frozenset({"ORG"})


def club_type(words: Words, start: int, end: int, sport: frozenset[str]) -> EntityType | None:
    """``SPORTS_TEAM`` when words ``start:end`` fill a club's slot of a transfer verb or
    are a town playing an organisation (see the module's constructions), else ``None``."""
    root = words.root(start, end)
    if opposes_organisation(root) and gazetteer().is_city(words.span_text(start, end)):
        return EntityType.SPORTS_TEAM  # "Liverpool beat Everton"
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "joined Saracens and then Wasps"
    verb = root.head
    # A manager signs players too ("Wenger signed the striker"): NER's person is a club
    # only when a town's name ("Bolton, who signed the winger").
    person = words.words[start].ent_type_ == "PERSON" and not gazetteer().is_city(words.span_text(start, end))
    if not person and any(_signing(clause) for clause in _own_clauses(root)):
        return EntityType.SPORTS_TEAM  # "Arsenal signed the striker", "Bolton, who signed the winger"
    if not sport & _TEAM_SPORTS:
        return None
    if root.dep_ == "dobj" and verb.pos_ == "VERB" and (verb.lemma_.lower(), "object") in TRANSFER_SLOTS and _names_old_club(verb):
        return EntityType.SPORTS_TEAM  # "joined Saracens from Gloucester"
    if root.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB" and (
        (verb.head.lemma_.lower(), verb.lower_) in TRANSFER_SLOTS
    ):
        return EntityType.SPORTS_TEAM  # "from Gloucester", "signed for Chelsea"
    return None


def _own_clauses(root: Word) -> list[Word]:
    """The verbs whose subject the name is: its own verb, and that of a relative clause
    on it ("Bolton, who signed the winger in January, lost")."""
    clauses = [root.head] if root.dep_ == "nsubj" else []
    for child in root.children:
        if child.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"who", "which", "that"} for c in child.children):
            clauses.append(child)
    return clauses


def _signing(verb: Word) -> bool:
    """A transfer verb whose subject signs a player ("signed the striker")."""
    return verb.pos_ == "VERB" and (verb.lemma_.lower(), "signing") in TRANSFER_SLOTS and _signs_player(verb)


def _signs_player(verb: Word) -> bool:
    """The verb's object is a player: "signed the striker", "sold their keeper"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            role = ROLES.get((child.lemma_.lower(),))
            return role is not None and role.membership == "play for"
    return False


def _names_old_club(verb: Word) -> bool:
    """The transfer verb also says where the player came from: "joined Saracens from Gloucester"."""
    return any(child.dep_ == "prep" and child.lower_ == "from" and any(c.dep_ == "pobj" for c in child.children) for child in verb.children)


def opposes_organisation(root: Word) -> bool:
    """``root`` is one side of a playing verb (``team_verbs.txt``) whose other side NER
    read as an organisation: "Arsenal beat Chelsea", "Liverpool beat Everton"."""
    verb = root.head
    if root.dep_ not in {"nsubj", "dobj"} or verb.lemma_.lower() not in TEAM_VERBS:
        return False
    other = "dobj" if root.dep_ == "nsubj" else "nsubj"
    return any(child.dep_ == other and child.ent_type_ in _ORGANISATION_LABELS for child in verb.children)


def names_club_of_town(name: str, head: str) -> bool:
    """Whether a name of a town and a club word ("Leeds United", "Ipswich Town") is no place
    itself ("Cape Town", "Mexico City"); "City" after a British town only ("Norwich City",
    not "Quebec City": the clubs of that name are British)."""
    before = name.rsplit(" ", 1)[0]
    if gazetteer().is_place(name) or not gazetteer().is_place(before):
        return False
    return head != "city" or any(city.country_code == "GB" for city in gazetteer().city_candidates(before))
