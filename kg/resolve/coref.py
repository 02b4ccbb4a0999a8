"""Link descriptions, pronouns and relation arguments to the entities they mean.

Conservative by design: a description or pronoun links only when the article
leaves one candidate; otherwise it stays unresolved and the relations that need
it are dropped. A wrong edge is worse than a missing one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.lexicon import (
    AGENT_NOUNS,
    ARTICLES,
    DESCRIPTION_NOUNS,
    PREPOSITIONS,
    REFERRING_DETERMINERS,
    ROLE_HEADS,
    ROLES,
    STATE_NOUNS,
    THIRD_PERSON_PRONOUNS,
    TYPE_CUES,
)
from kg.records import Argument, Mention, Proposition, SpeechReading
from kg.resolve.agreement import (
    described_kind,
    described_nationalities,
    kind_agrees,
    known_kinds,
    known_nationalities,
    nationality,
)
from kg.resolve.bare import is_bare_plural
from kg.resolve.countries import demonym_cluster
from kg.resolve.demonymnouns import demonym_noun, nationality_noun
from kg.resolve.fieldwords import field_fit
from kg.resolve.forward import named_next
from kg.resolve.holders import Holder, holder_of, holds_other_kind, in_list, owned_role, picked_out, words
from kg.resolve.kindsynonyms import description_key
from kg.resolve.mainoffice import main_described, possessed
from kg.resolve.missednames import written_rivals
from kg.resolve.namedafter import named_after
from kg.resolve.namemodifiers import name_or_modified, named_kind
from kg.resolve.numberedkinds import numbered_kind
from kg.resolve.ourreporter import as_definite
from kg.resolve.owned import is_pronoun_owned
from kg.resolve.pronouns import WINDOW, looks_plural, resolve_pronoun, sentence_of
from kg.resolve.rankscope import POSSESSED, ranked_one
from kg.resolve.salient import off_subject, opening_subject
from kg.resolve.starts import Starts
from kg.resolve.subsidiaries import kind_near
from kg.types import EntityType

_ARTICLE = "|".join(map(re.escape, sorted(ARTICLES)))
_APPOSITION_GAP = re.compile(rf"^\s*,\s+(?:{_ARTICLE})\s+$", re.IGNORECASE)
# What follows an apposition; never a verb: "cut jobs in Scotland, the company said" is no Scotland.
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)\]\u2013\u2014-]|$|(?:of|in|at|for|from|with|on|who|which|that|based)\b)")
_OF_GAP = re.compile(rf"^\s+of\s+(?:(?:{_ARTICLE})\s+)?$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}$")
_DEFINITE = re.compile(  # modifiers between, never a preposition: "The actress died in hospital" is no "the hospital"
    rf"(?:^|\s)(?:{'|'.join(map(re.escape, sorted(REFERRING_DETERMINERS)))})\s+(?:(?!(?:{'|'.join(sorted(PREPOSITIONS))})\s)"
    r"[\w’'-]+\s+){0,3}$|(?:^|(?<!,)\s)[\w-]+['’]s\s+$", re.IGNORECASE)  # or a possessor, not apposed: "of Spain's bank"
_WORD = re.compile(r"[\w-]+")
_INDEFINITE = re.compile(r"\s(?:an?|another)\s", re.IGNORECASE)  # "reported that a group": no definite
_LOCAL_TYPES = frozenset({EntityType.GROUP, EntityType.EVENT, EntityType.FACILITY, EntityType.ORGANIZATION})
_COMPATIBLE: dict[EntityType, set[EntityType]] = {
    EntityType.ORGANIZATION: {EntityType.ORGANIZATION}, EntityType.COUNTRY: {EntityType.COUNTRY},
    EntityType.CITY: {EntityType.CITY}, EntityType.FACILITY: {EntityType.FACILITY},
    EntityType.PLACE: {EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY},
}
SEAT_NOUNS = frozenset({"seat", "constituency", "ward", "district", "county", "borough", "area", "region", "town"})
# Roles of public office: text names their holder by the role alone ("the prime
# minister") on the reader's knowledge, so the nearest person is no evidence.
OFFICE_TYPES = frozenset({"political", "government", "diplomatic", "military", "legal", "religious"})
# What "its" / "their" in "its president" may stand for.
_OWNERS = frozenset({EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.SPORTS_TEAM, EntityType.CITY, EntityType.PLACE})


@dataclass
class Cluster:
    """An entity being built: its mentions and what the article says it is."""

    index: int
    type: EntityType
    mentions: list[Mention] = field(default_factory=list)
    descriptors: list[set[str]] = field(default_factory=list)
    local: bool = False


@dataclass
class Linker:
    """Resolves arguments of one document to clusters (entity indexes).

    Args:
        text: The document text.
        clusters: Entities found from names; description-only entities are appended.
        names: Named mentions, each with its cluster index.
        descriptions: Description mentions ("the bloc") in text order.
        sentence_starts: Start offset of each sentence, ascending.
    """

    text: str
    clusters: list[Cluster]
    names: list[tuple[Mention, int]]
    descriptions: list[Mention]
    sentence_starts: list[int]
    unresolved: list[Mention] = field(default_factory=list)
    """Names left out of every cluster (a "Smith" that fits two Smiths): candidates still (a pronoun after one stays unresolved)."""
    clauses: Sequence[Proposition] = ()  # every clause of the document, for the subjects "it" and "they" may mean
    title: str | None = None  # the headline, for the person an article is about (kg.resolve.mainoffice)
    speech: Sequence[SpeechReading] = ()  # who says what: a quoted "he" is not its speaker (kg.resolve.selfquoted)
    holders: list[Holder] = field(default_factory=list)
    """People the article gives a role, for "the chancellor" (``kg.resolve.holders``)."""
    _description_links: dict[tuple[int, int], int | None] = field(default_factory=dict)
    _in_names: dict[int, list[int]] = field(init=False, repr=False)  # offset: the positions in `names` holding it
    _in_descriptions: set[int] = field(init=False, repr=False)
    _names_ending: dict[int, list[int]] = field(init=False, repr=False)
    _descriptions_ending: dict[int, list[int]] = field(init=False, repr=False)
    _starts: Starts = field(init=False, repr=False)  # names and descriptions by start (`antecedents`)

    def __post_init__(self) -> None:
        # Offsets inside some name or description: most heads lie in neither; `resolve` skips those.
        self._in_names = {}
        for position, (mention, _) in enumerate(self.names):
            for i in range(mention.start, mention.end):
                self._in_names.setdefault(i, []).append(position)
        self._in_descriptions = {i for mention in self.descriptions for i in range(mention.start, mention.end)}
        # Positions in `names` by end offset: `_small_clause` reads those ending before a head.
        self._names_ending = {}
        for position, (mention, _) in enumerate(self.names):
            self._names_ending.setdefault(mention.end, []).append(position)
        self._descriptions_ending = {}
        for position, mention in enumerate(self.descriptions):
            self._descriptions_ending.setdefault(mention.end, []).append(position)
        self._starts = Starts(self.names, self.descriptions)

    def in_name(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a name ("Committee to Protect Bloggers")."""
        return offset in self._in_names

    def link_descriptions(self) -> None:
        """Appositions first ("the CSTO, a Russia-led military alliance"), then descriptions sharing their words, then definite descriptions with one compatible named entity nearby."""
        for description in self.descriptions:
            for mention, cluster in self.names:
                gap = self.text[mention.end : description.start]
                if mention.end <= description.start and _APPOSITION_GAP.match(gap) and _APPOSITION_END.match(
                        self.text, description.end):
                    self.clusters[cluster].descriptors.append(_words(description.text))
                    self._description_links[description.span] = cluster
        for description in self.descriptions:
            if description.span in self._description_links:
                continue
            linked = next((found for found in (named_after(self, description), self._match_descriptor(description))
                           if found is not None), None)  # "Malaysia's budget airline, AirAsia, fell" (kg.resolve.namedafter)
            self._description_links[description.span] = (  # kg.resolve.fieldwords
                linked if linked is not None else field_fit(self, description, self._nearest(description)))

    def _match_descriptor(self, description: Mention) -> int | None:
        # Shared words but the head and articles: "the country" and "Nigeria, the most populous country" are no evidence.
        words = _words(description.text) - ARTICLES
        head = description.text.split()[-1].lower()
        matches = {
            cluster.index
            for cluster in self.clusters
            for descriptor in cluster.descriptors
            if head in descriptor and len((words & descriptor) - {head}) >= 1
        }
        return matches.pop() if len(matches) == 1 else None

    def _nearest(self, description: Mention) -> int | None:
        """A definite description ("the bloc") is the one fitting entity named a few sentences back (kg.resolve.theparty)."""
        definite = POSSESSED.search(t := self.text[max(0, description.start - 40):description.start]) or _DEFINITE.search(t)
        if not definite or _INDEFINITE.search(definite.group()) or (definite.re is _DEFINITE and definite.group().split()[
                0].lower() not in REFERRING_DETERMINERS):  # a possessor only apposed: "Almaty, Kazakhstan's largest city"
            return None  # "Agence France Presse reported that a group led by Siemens won": no AFP; "Australia's watchdog"
        club = description.text.split()[-1].lower() == "club"  # "the club": a SportsTeam too (not "the team that")
        compatible = _COMPATIBLE.get(description.type, set()) | ({EntityType.SPORTS_TEAM} if club else set())
        if not compatible or looks_plural(description.text.split()[-1]) or numbered_kind(definite.group() + description.text):
            return None  # "These include governments which ...": many; "The 19 firm" (kg.resolve.numberedkinds)
        # A modifier ("Russia-led") is no antecedent; a possessive ("Ghana's revenues") a rival of the one named before.
        near = [
            (mention, cluster)
            for mention, cluster in self.names
            if mention.end <= description.start
            and description.sentence - WINDOW <= mention.sentence
            and self.clusters[cluster].type in compatible
            and (not mention.modifier or self.text.startswith(("'s", "’s"), mention.end))
        ]
        kind = described_kind(description.text)
        near = kind_near(self, description, kind, near)  # a party's, a company's past its units (kg.resolve.subsidiaries)
        wanted = described_nationalities(definite.group() + description.text)
        if wanted:  # "The UK's biggest mortgage lender": a ranking's scope, no nationality (kg.resolve.rankscope)
            found = self._of_nationality(wanted, kind, description.start, compatible)
            return found if found is not None else ranked_one(definite.group() + description.text, near, self.nationalities)
        candidates = {cluster for _, cluster in near}
        if len(candidates) != 1 or all(mention.modifier for mention, _ in near) or written_rivals(self, description, compatible) - candidates:
            return None  # "OptInRealBig [no name to NER there] was fighting Microsoft ... The company said": either (kg.resolve.missednames)
        return candidates.pop()

    def _of_nationality(self, wanted: set[str], kind: str | None, before: int, compatible: set[EntityType]) -> int | None:
        """ "The French spirits firm": the one compatible entity named before ``before``
        that the article gives that nationality, nearby or not (``kg.resolve.agreement``);
        the nearest firm of no or another nationality is no evidence."""
        fitting = {
            cluster
            for mention, cluster in self.names
            if mention.end <= before and not mention.modifier and self.clusters[cluster].type in compatible
            and wanted <= self.nationalities(cluster) and kind_agrees(kind, self.kinds(cluster))
        }
        return fitting.pop() if len(fitting) == 1 else None

    def kinds(self, cluster: int) -> set[str]:
        """The kinds of organisation the article gives an entity (``kg.resolve.agreement``); a team is a club."""
        found, club = self.clusters[cluster], {"club"} if self.clusters[cluster].type is EntityType.SPORTS_TEAM else set()
        return known_kinds(self.text, (m for m in found.mentions if m.kind == "name"), found.descriptors) | club

    def nationalities(self, cluster: int) -> set[str]:
        """The nationalities the article gives an entity (``kg.resolve.agreement``)."""
        found = self.clusters[cluster]
        return known_nationalities(self.text, (m for m in found.mentions if m.kind == "name"), found.descriptors)

    def resolve(self, argument: Argument, proposition: Proposition, earlier: Sequence[tuple[Proposition, int]]) -> int | None:
        """The cluster an argument stands for, or ``None`` when unsure."""
        head = self.text[argument.head_start : argument.head_end]
        lowered = head.lower()
        if lowered in THIRD_PERSON_PRONOUNS:
            return resolve_pronoun(self, lowered, argument, proposition, earlier)
        if lowered in AGENT_NOUNS:
            agent = self._agent_of(argument)
            if agent is not None:
                return agent
        # A mention holding a (non-empty) head holds its first character.
        empty = argument.head_start >= argument.head_end
        if not empty and proposition is not None and argument.start == proposition.subject.start:
            ahead = named_next(self, argument)  # "An ex-chief financial officer ... Michael Sears admitted"
            if ahead is not None:
                return ahead
        if not empty and argument.head_start not in self._in_names and lowered in ROLE_HEADS:
            subject = proposition is not None and argument.start == proposition.subject.start
            rules = (self._role_holder, self._owned_role, lambda found: self._one_person_before(found, head),
                     lambda found: main_described(self, found, OFFICE_TYPES, subject=subject))  # kg.resolve.mainperson, mainoffice
            holder = next((cluster for rule in rules if (cluster := rule(argument)) is not None), None)
            if holder is not None:
                return holder
        if (noun := demonym_noun(self.text, argument)) is not None:  # kg.resolve.demonymnouns
            return nationality_noun(self, argument, noun)  # "the American", "the New Zealander"; not "the Israelis"
        if not empty and argument.head_start in self._in_names and self._role_after_name(argument):
            return holder_of(self.text[argument.start : argument.end], argument.start, self.holders)
        if empty or argument.head_start in self._in_names:
            for mention, cluster in (self.names if empty else map(self.names.__getitem__, self._in_names[argument.head_start])):
                if mention.start <= argument.head_start and argument.head_end <= mention.end:
                    return name_or_modified(self, argument, mention, cluster)  # kg.resolve.namemodifiers
        if not empty and (kind := named_kind(self, argument)) is not None:
            return kind  # "the Tampa Bay Buccaneers team" (kg.resolve.namemodifiers)
        if empty or argument.head_start in self._in_descriptions:
            for description in self.descriptions:
                if description.start <= argument.head_start and argument.head_end <= description.end:
                    return self._description_cluster(description)
        named = proposition.object if proposition is not None and proposition.kind in ("apposition", "copula") else None
        return self._small_clause(argument, named is not None and named.start == argument.start)  # "X, a US nominee"

    def _role_after_name(self, argument: Argument) -> bool:
        """ "the Sale full-back", "the Arsenal manager" parsed with the name as head: a
        role word ends the phrase, so the name only says whose role it is and the phrase
        means a person, not the club."""
        after = self.text[argument.head_end : argument.end].split()
        last = after[-1].strip(".,;") if after else ""
        return last.islower() and (last in ROLE_HEADS or last.rsplit("-", 1)[-1] in ROLE_HEADS)

    def _role_holder(self, argument: Argument) -> int | None:
        """ "the chancellor" (nothing after the role, no "who" clause): the one person given that role before."""
        if picked_out(self.text, argument.start, argument.end):
            return None  # "The actor who will voice Wilbur the pig has yet to be revealed": someone not named
        if self.text[argument.head_end : argument.end].strip(" .,;") or in_list(self.text, argument.start, argument.end):
            return None
        written = as_definite(self.text, argument.start, self.text[argument.start : argument.head_end])  # "Our correspondent"
        return holder_of(written, argument.start, self.holders)

    def _owned_role(self, argument: Argument) -> int | None:
        """ "its president": the one holder of that role of what "its" stands for, the
        nearest fitting name (or linked description) before it in its sentence."""
        if self.text[argument.head_end : argument.end].strip(" .,;"):
            return None
        start = self.sentence_starts[sentence_of(self, argument.start)] if self.sentence_starts else 0
        for _, cluster in reversed(self.antecedents(start, argument.start)):
            if self.clusters[cluster].type in _OWNERS:
                owner = frozenset(word for mention in self.clusters[cluster].mentions for word in words(mention.text))
                return owned_role(self.text[argument.start : argument.head_end], owner, self.holders)
        return None

    def _one_person_before(self, argument: Argument, head: str) -> int | None:
        """ "Elton John has played Paris ... The British singer performed": a definite
        description of one person by an occupation (no public office) stands for the one
        person named in the sentence before, unless the article gives that role to
        another. Not for a person named earlier in its own sentence: "Wenger criticised
        the referee", "Wenger said the referee erred" describe someone else."""
        if not head.islower() or looks_plural(head) or _words(self.text[argument.start : argument.start + 4]) != {"the"}:
            return None
        if self.text[argument.head_end : argument.end].strip(" .,;") or in_list(self.text, argument.start, argument.end) or possessed(self.text, argument):
            return None  # "The prime minister's official spokesman": the aide of someone, not the one person named
        if any(argument.end < mention.start <= argument.end + 1 for mention, _ in self._names_near(argument.end)):
            return None  # "The film's executive producer Robbie Stamp": a title, the name follows
        person = self._one_person_near(argument.start)
        if person is None or not self._agrees(self.text[argument.start : argument.head_start], person):
            return None
        if self._person_named_in_sentence_before(argument.start):
            return None
        role = ROLES.get((head.lower(),))
        if role is None or role.type in OFFICE_TYPES:
            return None  # "the chancellor", "the prime minister": an office the reader is expected to know
        if holds_other_kind(self.holders, person, role.type, argument.start, head) or any(  # "Sheriff Lee ... the rapper": no rapper
                holder.role_key == role.key and holder.cluster != person and holder.start < argument.start for holder in self.holders):
            return None  # "the striker" is someone else the article called that
        return person

    def _person_named_in_sentence_before(self, offset: int) -> bool:
        """Whether a person is named (not as a modifier) earlier in the sentence of ``offset``."""
        sentence = sentence_of(self, offset)
        return any(m.end <= offset and m.sentence == sentence and not m.modifier
                   and self.clusters[c].type is EntityType.PERSON for m, c in self.names)

    def _one_person_near(self, offset: int, code: str | None = None) -> int | None:
        """The one person named (not as a modifier) in the sentence of ``offset`` or the one before, before it, the
        subject before of two (``kg.resolve.salient``); ``None`` when none, two, or a name that fits two people."""
        sentence = sentence_of(self, offset)
        people = {c for m, c in self.names if m.end <= offset and sentence - 1 <= m.sentence and not m.modifier
                  and self.clusters[c].type is EntityType.PERSON}
        if any(m.end <= offset and sentence - 1 <= m.sentence and m.type is EntityType.PERSON for m in self.unresolved):
            return None  # a name that fits two people
        one = len(people) == 1 and not off_subject(self, offset, min(people), code)  # code: a nationality noun's
        return min(people) if one else opening_subject(self, offset, people, code) if len(people) > 1 else None

    def _agrees(self, narrowing: str, person: int) -> bool:
        """Whether the words before an occupation fit the one person nearby: "the British
        singer" fits a person of no or British nationality; "the Arsenal manager", "the
        Sale full-back" name what the role is of, and only the holder of that role there
        fits (``holder_of``), never whoever was named last."""
        for word in _WORD.findall(narrowing)[1:]:
            if not word[:1].isupper():
                continue
            code = nationality(word)
            if code is None:
                return False
            known = self.nationalities(person)
            if known and code not in known:
                return False
        return True

    def _names_near(self, offset: int) -> list[tuple[Mention, int]]:
        position = bisect.bisect_left([mention.start for mention, _ in self.names], offset)
        return self.names[position : position + 2]

    def is_role_holder(self, argument: Argument, cluster: int) -> bool:
        """Whether ``argument`` is a role description for ``cluster`` ("the chancellor"), or one the next sentence names."""
        head = self.text[argument.head_start : argument.head_end]
        if named_next(self, argument) == cluster:
            return True
        if head.lower() not in ROLE_HEADS:
            return False
        return cluster in (self._role_holder(argument), self._owned_role(argument), self._one_person_before(argument, head),
                           main_described(self, argument, OFFICE_TYPES, subject=False))

    def _small_clause(self, argument: Argument, naming: bool = False) -> int | None:
        """A small clause ends in its predicate: "declared [their mission] complete",
        "found [the company] liable". The argument stands for the noun right before
        that last word."""
        if self.text[argument.head_end : argument.end].strip(" .,;") or " " not in argument.text.strip():
            return None
        # A role, a kind of thing or a seat is the head, no predicate: "the Derbyshire seat" no county.
        last = self.text[argument.head_start : argument.head_end]
        if not last.islower():
            return None  # "The Sony PSP went on sale": a name is the head, Sony its maker, no predicate
        if last in ROLE_HEADS or last in DESCRIPTION_NOUNS or last in SEAT_NOUNS or last.rsplit("-", 1)[-1] in ROLE_HEADS:
            return None  # "the Sale full-back" is no Sale: a hyphenated role ends in a role word
        # The mention ends before the head, whitespace between; the first such in list order wins.
        gap_start = argument.head_start
        while gap_start > 0 and self.text[gap_start - 1].isspace():
            gap_start -= 1
        ends = range(gap_start, argument.head_start)
        named = [
            position
            for end in ends
            for position in self._names_ending.get(end, ())
            if argument.start <= self.names[position][0].start and (not self.names[position][0].modifier or last in TYPE_CUES or naming)
        ]  # a modifier is none ("the US tycoon") but of its kind ("Broadcast magazine") or a copula's ("a US nominee")
        if named:
            return self.names[min(named)][1]
        described = [
            position
            for end in ends
            for position in self._descriptions_ending.get(end, ())
            if argument.start <= self.descriptions[position].start
        ]
        if described:
            return self._description_cluster(self.descriptions[min(described)])
        return None

    def antecedents(self, start: int, end: int) -> list[tuple[int, int]]:
        """(offset, cluster) of every name, and every description linked to a named entity,
        that starts in ``start:end``, in text order."""
        return self._starts.antecedents(start, end, self._description_links, self.clusters)

    def end_of(self, start: int) -> int:
        """The end of the name or description that starts at ``start`` (``start`` if none does)."""
        return next((m.end for m in (*(name for name, _ in self.names), *self.descriptions) if m.start == start), start)

    def link(self, description: Mention, cluster: int | None) -> None:
        """Link a description no rule here linked to ``cluster`` (``kg.resolve.leadcompany``); ``None`` unlinks."""
        self._description_links[description.span] = cluster

    def local_node(self, description: Mention, own: bool = False) -> int | None:
        """The node a description stands for: its linked entity, else a node of this document ("six ex-Soviet states");
        with ``own``, one even for a referring description ("Consob, Italy's stock market regulator": kg.resolve.namedafter)."""
        return self._description_cluster(description, own)

    def _description_cluster(self, description: Mention, own: bool = False) -> int | None:
        if (linked := self._description_links.get(description.span)) is not None:
            return linked
        if description.type not in _LOCAL_TYPES or is_bare_plural(self.text, description, self.descriptions):
            return None  # "courts will decide": a bare plural stays a literal (kg.resolve.bare)
        if description.type is EntityType.ORGANIZATION and not own and (self._referring(description) or is_pronoun_owned(self.text, description)):
            return None  # "the company", "the firm", "his party" (kg.resolve.owned): a known one, not a node of its own
        # A description nobody names becomes a node of this document ("protesters").
        label = description_key(description.text)
        for cluster in self.clusters:
            if cluster.local and cluster.mentions and description_key(cluster.mentions[0].text) == label:
                cluster.mentions.append(description)
                self._description_links[description.span] = cluster.index
                return cluster.index
        cluster = Cluster(index=len(self.clusters), type=description.type, mentions=[description], local=True)
        self.clusters.append(cluster)
        self._description_links[description.span] = cluster.index
        return cluster.index

    def _referring(self, description: Mention) -> bool:
        """A definite singular description, which refers back to something named ("the
        company", "The Seattle-based firm"), unlike "protesters", "rival carriers" or
        one a name qualifies ("the French government": France's)."""
        found = _DEFINITE.search(self.text[max(0, description.start - 40) : description.start])
        if found is None:
            return False
        words = found.group().split()[1:] + description.text.split()
        # A nationality still refers back ("the French spirits firm": a firm named
        # before), unless it owns the head ("the French government").
        named = [word for word in words if word[:1].isupper()]
        if any(nationality(word) is None for word in named) or (named and words[-1].lower() in STATE_NOUNS):
            return False
        return bool(words) and not looks_plural(words[-1])

    def _agent_of(self, argument: Argument) -> int | None:
        """ "troops of the alliance", "the alliance's troops": the owner acts. A person's
        agents act for themselves: "Mr Blair's official spokesman said" is the spokesman
        speaking, not Mr Blair (nor his lawyers, staff or officials), so no one."""
        # Modifiers ("Russia-led") do not own the agent; the phrase they modify may.
        candidates: list[Mention] = [m for m, _ in self.names if not m.modifier] + list(self.descriptions)
        for mention in sorted(candidates, key=lambda m: m.start):
            if not (argument.start <= mention.start and mention.end <= argument.end):
                continue
            after_head = self.text[argument.head_end : mention.start]
            before_head = self.text[mention.end : argument.head_start]
            # "Members of the UK's biggest union": the UK owns the union, not the members
            if (mention.start >= argument.head_end and _OF_GAP.match(after_head) and self.text[mention.end : mention.end + 1]
                    not in ("'", "’")) or (mention.end <= argument.head_start and _POSSESSIVE_GAP.match(before_head)):
                fake = Argument(mention.text, mention.start, mention.end, mention.start, mention.end)
                cluster = self.named_or_described(fake)
                if cluster is not None and self.clusters[cluster].type is EntityType.PERSON:
                    return None
                if cluster is not None:
                    return cluster
        return self._demonym_owner(argument)

    def _demonym_owner(self, argument: Argument) -> int | None:
        """ "the Israeli government" (``state_nouns.txt``): the country the demonym right
        before the head names, when the article names that country (one cluster);
        "Israeli police" are people acting for it, no country."""
        if self.text[argument.head_start : argument.head_end].lower() not in STATE_NOUNS:
            return None
        before = self.text[argument.start : argument.head_start].split()
        return demonym_cluster(self.clusters, before[-1]) if before else None

    def named_or_described(self, argument: Argument) -> int | None:
        """The named entity whose name holds the argument's head, or the named entity a
        description holding the argument is linked to."""
        for mention, cluster in self.names:
            if mention.start <= argument.head_start and argument.head_end <= mention.end:
                return cluster
        for description in self.descriptions:
            if description.start <= argument.start and argument.end <= description.end:
                linked = self._description_links.get(description.span)
                if linked is not None and not self.clusters[linked].local:
                    return linked
        return None


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}

