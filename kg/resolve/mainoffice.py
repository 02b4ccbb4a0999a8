"""An office the article gives no one, said of whose it is: the one person it has named.

News names its subject in the first sentence and goes on by an office of theirs the
article never writes beside the name: "Ex-chatshow host Robert Kilroy-Silk has attacked UK
policy on immigration ... The Veritas leader said the only people to benefit"; "Charles
Kennedy is set to address 2,000 people at a Hindu temple ... The Liberal Democrat leader
will visit". ``kg.resolve.holders`` links an office only to a
person the article gives it, and ``kg.resolve.mainperson`` no office at all ("the
chancellor" may be someone the reader knows and the article never names), so the speaker
stays "The Veritas leader". ``main_office`` gives the person of the first sentence (or of
the second, when the first names no one: "The lack of public outrage ... Amnesty
International's chief has said. In a lecture ..., Irene Khan said") when nothing else may
be meant:

- the description is one person described (``kg.resolve.mainperson.one_described``: "the",
  modifiers and one singular noun, the subject or speaker, outside a quotation, not one of
  a list, no restrictive clause) whose noun is a public office;
- it says whose office it is: a capitalised word before the office ("The Veritas leader",
  "The Amnesty secretary-general", "the Russian president"), or it is a seat many hold,
  written in initials ("the MP", "the MEP"); never a bare "the chancellor", "the prime
  minister", "the premier": one office the reader is expected to know, whose holder the
  article may never name ("Gordon Brown has outlined ... The prime minister said" is Blair);
- that person is the article's subject: a word of their name is in the headline ("Kilroy
  unveils immigration policy"; without it, "Ruth Pelham attacked the housing plans ... The
  Labour MP said" may be another), and the only person named before it in the whole article
  (no other, no name left unresolved), none in its own sentence, with a name of two words or more;
- the article gives that person no current post (a post given would have linked it
  through ``holders``; another, "Chancellor Gordon Brown", is no "Labour leader") but that
  office given after it ("The MEP said ... Mr Kilroy-Silk, an MEP"), its capitalised words
  then the post's own or a nationality the article gives them ("Chancellor Gordon Brown ... the
  German chancellor" is another), and no nationality but the one a country's or people's
  word before the office names.

Two people named before it leave it unresolved ("the top Catholic ... backed Michael
Howard's stance ... The Tory leader supports", in an article that opens on Tony Blair):
a wrong speaker is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLES
from kg.records import Argument, Mention
from kg.resolve.agreement import nationality
from kg.resolve.holders import Holder, described_role, words
from kg.resolve.mainperson import main_person, one_described
from kg.resolve.mainperson import possessed as possessed  # re-exported: kg.resolve.coref asks it
from kg.resolve.pronouns import sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def main_described(linker: Linker, argument: Argument, offices: frozenset[str], *, subject: bool = True) -> int | None:
    """The main person a description stands for: by occupation or epithet (``main_person``), else by office."""
    found = main_person(linker, argument, offices, subject=subject)
    return found if found is not None else main_office(linker, argument, offices, subject=subject)


def main_office(linker: Linker, argument: Argument, offices: frozenset[str], *, subject: bool = True) -> int | None:
    """The one person an office description stands for (see the module's docstring), or
    ``None``; ``offices``: the role types of public office; ``subject``: whether it is its
    clause's subject or speaker (else it must open its sentence)."""
    text = linker.text
    written = text[argument.start : argument.head_end]
    head = text[argument.head_start : argument.head_end]
    described = described_role(written)
    role = ROLES.get(tuple(described[0].split())) if described is not None else None
    if role is None or role.type not in offices or not one_described(linker, argument, subject=subject):
        return None
    capitals = [word for word in written.split()[1:-1] if word[:1].isupper()]
    initials = head.isupper() and len(head) > 1 and role.membership == "member of"
    if not capitals and not initials:
        return None  # "the chancellor", "the prime minister": an office the reader is expected to know
    if any(mention.end <= argument.start and mention.type is EntityType.PERSON for mention in linker.unresolved):
        return None
    people = {cluster for mention, cluster in linker.names if mention.end <= argument.start
              and linker.clusters[cluster].type is EntityType.PERSON and not linker.clusters[cluster].local}
    if len(people) != 1:
        return None
    person = people.pop()
    sentence = sentence_of(linker, argument.start)
    mentions = [mention for mention, cluster in linker.names if cluster == person and mention.end <= argument.start]
    if not any(mention.sentence == _lead(linker) for mention in mentions) or any(mention.sentence == sentence for mention in mentions):
        return None
    if not any(len(mention.text.split()) > 1 for mention in mentions if mention.kind == "name"):
        return None  # a one-word "person" may be a club or a place the tagger misread
    if not _in_headline(linker.title or "", mentions):
        return None  # "Ruth Pelham attacked the housing plans ... The Labour MP said": maybe another
    posts = [holder for holder in linker.holders if holder.cluster == person and holder.status == "current"]
    if any(post.role_key != role.key for post in posts):
        return None  # "Chancellor Gordon Brown" is no "Labour leader"
    if posts and not _post_confirms(linker, person, capitals, posts):
        return None  # "Chancellor Gordon Brown ... the German chancellor": maybe another's
    return person if _nationality_fits(linker, person, capitals) else None


def _in_headline(title: str, mentions: list[Mention]) -> bool:
    """Whether the headline writes a word of the person's name ("Kilroy unveils immigration
    policy", "Kennedy's ...": Robert Kilroy-Silk, Charles Kennedy)."""
    headline = {word.removesuffix("'s").strip("'") for word in words(title)}
    return any(word in headline for mention in mentions if mention.kind == "name" for word in words(mention.text))


def _lead(linker: Linker) -> int:
    """The sentence the article names its subject in: the first, or the next when the first
    names no one ("Amnesty International's chief has said ... Irene Khan said")."""
    return 0 if any(mention.sentence == 0 for mention, _ in linker.names) else 1


def _post_confirms(linker: Linker, person: int, capitals: list[str], posts: list[Holder]) -> bool:
    """Whether a post of the described office the article gives ``person`` (anywhere: "The
    MEP said ... Mr Kilroy-Silk, an MEP since 2004") is the one described: each capitalised
    word before the office is a word of that post as given or a nationality the article gives
    ``person``, not merely one it gives them none of ("Chancellor Gordon Brown ... the German
    chancellor" is another chancellor)."""
    given = {word for post in posts for word in post.words}
    known = linker.nationalities(person)
    return all(set(words(word)) <= given or nationality(word) in known for word in capitals)


def _nationality_fits(linker: Linker, person: int, capitals: list[str]) -> bool:
    """Whether each country's or people's word before the office ("the Russian president") is a nationality
    the article gives ``person``, or it gives none."""
    known = linker.nationalities(person)
    for word in capitals:
        code = nationality(word)
        if code is not None and known and code not in known:
            return False
    return True
