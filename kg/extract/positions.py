"""Positions held and memberships: who holds which role, of what.

Each rule names its construction; the role phrase itself (its words, status,
and what it is a role of when named before it) is read by ``rolephrase``:

- title before a name: "Turkish Foreign Minister Mevlut Cavusoglu", "Bath coach
  John Connolly", "former Arsenal keeper David Seaman", "energy analyst Orin
  Middleton of Barclays Capital", "BIFA founder and director Elliot Grove";
- apposition after a name: "Dave Prentis, general secretary of Unison", "Chen
  Huiqin, an analyst at Huatai Securities", "Sandy Climan, Mr Mann's former deputy";
- apposition before a name: "The Scottish National Party's Holyrood leader,
  Nicola Sturgeon, said"; "The Secretary of State for Culture, Media and Sport,
  Tessa Jowell";
- copula: "Lynne Brindley is chief executive of the British Library", "X, who
  became party leader in 1990";
- verbs: "X was appointed chairman", "the club named X as coach", "X resigned as
  chief executive", "X was sacked as manager", "X took over as captain"; a hedged
  verb gives a future position ("is expected to be named chief executive");
- membership without a role: "Labour's Paul Flynn", "Tory Dominic Grieve" (``kg.extract.partisans``),
  "Dragons team-mate Kevin Morgan" (``kg.extract.teammates``), "Mark Serwotka, from the
  Public and Commercial Services union" (``kg.extract.belonging``), "X, a member of Y";
  "X joined the Conservatives in 1998", "X, who plays for Arsenal" (``kg.extract.joins``);
- a verb that is a role: "Jan Berry, who chairs the Police Federation" (``kg.extract.joins``);
- a stretch of a tenure: "Charles Clarke faces his first real test as home secretary"
  (``kg.extract.tenure``);
- composition: "the CSTO, a Russia-led military alliance of six ex-Soviet states"
  (the states are its members; ``kg.extract.belonging``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.apposend import inside_organisation_name, organisation_goes_on, role_word
from kg.extract.basedposts import post_start
from kg.extract.belonging import composition, from_group, member_possessive
from kg.extract.chambers import chamber_office
from kg.extract.departments import place_next
from kg.extract.hyphenated import hyphen_joined
from kg.extract.joins import joining, may_join
from kg.extract.nationalsides import national_side
from kg.extract.otherholders import class_of_people, listed_people, own_determiner
from kg.extract.partisans import party_member
from kg.extract.respective import earlier_name, holder_between, later_name, list_item, next_clause
from kg.extract.rolephrase import ROLE_PREPOSITIONS, RolePhrase, read_before, read_complement, read_title
from kg.extract.spans import noun_phrase, to_argument
from kg.extract.teammates import fellow_group
from kg.extract.tenure import Tenure, tenure
from kg.extract.titlelists import list_owner
from kg.extract.verbstatus import time_of, verb_status
from kg.folding import fold
from kg.lexicon import COUNTRIES, DESCRIPTION_NOUNS, ORG_SUFFIXES, REGIONS, ROLE_HEADS, ROLES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Argument, Mention, RoleReading
from kg.types import EntityType, Factuality

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word, Words

# Honorifics between a role and the name: "British ambassador Sir John Holmes".
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "baroness"})
# Verbs that give someone a role, take it away, or see them in it, with the status they leave.
APPOINT_VERBS = frozenset(
    "appoint name elect reelect re-elect hire promote choose select nominate install make recruit confirm unveil "
    "crown draft sign".split()
)
LEAVE_VERBS = frozenset("resign quit retire leave sack fire dismiss oust axe depose remove".split())
TAKE_VERBS = frozenset("take succeed replace serve continue remain return start join become stay act".split())
LEAVE_PARTICLES = frozenset({"down", "aside"})  # "step down as", "stand aside as"
COPULAS = frozenset({"be", "become", "remain"})
KIND_CONFIDENCE = {"title": 0.85, "apposition": 0.85, "copula": 0.8, "verb": 0.75, "tenure": 0.7}
# Words that name a role only in context ("the head of", "a member of", "a star").
CONTEXT_ROLES = frozenset({"head", "chief", "boss", "member", "star", "international"})
MEMBER_OF = "member of"
CONSIST_OF = "consist of"
_NAME_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP, EntityType.PLACE})


def role_readings(
    words: Words, sentence: Sentence, names: Sequence[tuple[int, int, Mention]], known: frozenset[str] = frozenset()
) -> Iterator[RoleReading]:
    """Every position and membership one sentence gives.

    Args:
        words: The document's words.
        sentence: The sentence.
        names: The sentence's named mentions as (first word, end word, mention).
        known: The folded texts of every name the article mentions.
    """
    seen: set[tuple[int, int, int]] = set()
    for reading, phrase in _readings(words, sentence, names, known):
        # One construction per person and role: a title may also parse as an apposition.
        marker = (reading.person.start, phrase.role_start if phrase else -1, phrase.role_end if phrase else -1)
        if marker in seen or (phrase is not None and phrase.award):
            continue
        seen.add(marker)
        yield reading if phrase is None else _finish(reading, phrase, words)


def _readings(
    words: Words, sentence: Sentence, names: Sequence[tuple[int, int, Mention]], known: frozenset[str]
) -> Iterator[tuple[RoleReading, RolePhrase | None]]:
    span = (sentence.start_char, sentence.end_char)
    for start, end, mention in names:
        name = Argument(mention.text, mention.start, mention.end, words[end - 1].idx, mention.end)
        if _person_like(mention, words, start, end):
            for phrase, kind in _phrases_around(words, sentence, start, end, known):
                yield _reading(name, phrase, kind, span), phrase
            # Not a name that only modifies a noun: "BBC Radio 2's Jeremy Vine show" is a show.
            owner = None if mention.modifier else member_possessive(
                words, sentence, _before_honorifics(words, sentence, start), names, known)
            if owner is not None:
                yield RoleReading(person=name, role="", role_key="", role_type="", organisation=owner, sentence=span,
                                  kind="possessive", confidence=0.6, membership=MEMBER_OF), None
            party = None if owner is not None else party_member(words, sentence, _before_honorifics(words, sentence, start))
            if party is not None:  # "Tory Dominic Grieve", "fellow Lib Dem Norman Baker"
                yield RoleReading(person=name, role="", role_key="", role_type="", organisation=party, sentence=span,
                                  kind="member", confidence=0.6, membership=MEMBER_OF), None
            fellows = fellow_group(words, sentence, _before_honorifics(words, sentence, start), names) or (
                None if owner is not None else national_side(words, sentence, start, names))
            if fellows is not None:  # "Dragons team-mate Kevin Morgan", "Scotland duo X and Y", "Ireland's X"
                yield RoleReading(person=name, role="", role_key="", role_type="", organisation=fellows[0], sentence=span,
                                  kind="member", confidence=0.6, membership=fellows[1]), None
            group = from_group(words, sentence, end, names)
            if group is not None:
                yield RoleReading(person=name, role="", role_key="", role_type="", organisation=group, sentence=span,
                                  kind="member", confidence=0.6, membership=MEMBER_OF), None
        elif mention.type in (EntityType.ORGANIZATION, EntityType.GROUP):
            members = composition(words, sentence, end)
            if members is not None:
                yield RoleReading(person=members, role="", role_key="", role_type="", organisation=name, sentence=span,
                                  kind="composition", confidence=0.7, membership=CONSIST_OF), None
    named = {i for start, end, _ in names for i in range(start, end)}
    for word in sentence:
        if word.pos_ in ("VERB", "AUX"):
            yield from _verb_readings(words, sentence, word, known)
            membership = _joined(words, word, names, span)
            if membership is not None:
                yield membership, None
        elif word.pos_ in ("NOUN", "PROPN") and word.i not in named and _role_word(word):
            description = _description(words, sentence, word, named, known)
            if description is not None:
                yield description
        elif word.pos_ == "NOUN" and (found := tenure(word, _role_word)) is not None:
            held = _tenure_reading(words, sentence, found, known)
            if held is not None:
                yield held


def _person_like(mention: Mention, words: Words, start: int, end: int) -> bool:
    """A name that may be a person's: NER says so, or two or three capitalised words that
    name no country or known place and carry no organisation word ("Nicola Sturgeon" read
    as an organisation; not "New York")."""
    if mention.type is EntityType.PERSON:
        return mention.text[:1].isupper()
    tokens = words[start:end]
    # "Magnus McEwen-King": a hyphen inside joins two parts into one word of the name
    hyphens = sum(w.text == "-" for w in tokens[1:-1])
    parts = [tokens[0], *(w for w in tokens[1:-1] if w.text != "-"), tokens[-1]] if len(tokens) > 1 else list(tokens)
    if mention.type not in _NAME_TYPES or not 2 <= len(parts) - hyphens <= 3:
        return False
    if fold(mention.text) in COUNTRIES or fold(mention.text) in REGIONS or gazetteer().is_place(mention.text) or any(
            w.lower_.rstrip(".") in ORG_SUFFIXES for w in tokens):
        return False  # "its official New York opening": a known place's name, not a person's
    if any(DESCRIPTION_NOUNS.get(w.lower_) is not None for w in tokens):
        return False
    return all(w.is_alpha and w.text[:1].isupper() and not w.text.isupper() for w in parts)


def _before_honorifics(words: Words, sentence: Sentence, start: int) -> int:
    """Where the name at word ``start`` begins with its honorifics: "Labour's Mr Livingstone",
    "British ambassador Sir John Holmes"."""
    while start - 1 >= sentence.start and words[start - 1].lower_.rstrip(".") in HONORIFICS:
        start -= 1
    return start


def _phrases_around(words: Words, sentence: Sentence, start: int, end: int, known: frozenset[str]) -> Iterator[tuple[RolePhrase, str]]:
    """Role phrases that describe the name at words ``start:end``."""
    # Title before the name, honorifics skipped: "British ambassador Sir John Holmes".
    phrase = read_title(words, _before_honorifics(words, sentence, start), sentence.start, known)
    # "the Queen Vic": a capitalised title goes without an article before a name.
    if (
        phrase is not None
        and phrase.start - 1 >= sentence.start
        and words[phrase.start - 1].lower_ == "the"
        and words[phrase.role_start].text[:1].isupper()
        and phrase.organisation is None
    ):
        phrase = None
    if phrase is not None and phrase.role.type == "sport" and inside_organisation_name(words[phrase.role_end - 1]):
        phrase = None  # "the Foreign Policy Centre Mr Straw": "Centre" is a word of the Centre's name, no post
    if phrase is not None and words[phrase.role_end - 1].tag_ in ("NNS", "NNPS") and not _coordinated(words, start, end):
        phrase = None  # "Premiership leaders Chelsea": a class the name is in, not one person's title
    if phrase is not None:
        if phrase.organisation is None:
            _organisation_after(words, sentence, phrase, end)
        if (listed := list_owner(words, sentence, phrase, known)) is not None:
            phrase.organisation, phrase.country = listed.organisation, listed.country  # "X's chairman A and chief executive B"
        # "BIFA founder and director Elliot Grove": the first role shares the name and the owner.
        k = phrase.start
        other = None
        if k - 1 > sentence.start and words[k - 1].lower_ in ("and", "&") and not own_determiner(words[k]):
            other = read_before(words, k - 1, sentence.start, known)
        if other is not None:
            if phrase.organisation is None and other.organisation is not None:
                phrase.organisation, phrase.country = other.organisation, other.country
            elif other.organisation is None:
                other.organisation, other.country = phrase.organisation, phrase.country
        yield phrase, "title"
        if other is not None:
            yield other, "title"
    yield from _appositions(words, sentence, start, end, known)


def _coordinated(words: Words, start: int, end: int) -> bool:
    """Whether the name at words ``start:end`` is the first of several: "strikers Jimmy Floyd
    Hasselbaink and Mark Viduka"."""
    return any(c.dep_ == "conj" for c in words.root(start, end).children) or (end < len(words) and words[end].lower_ == "and")


def _organisation_after(words: Words, sentence: Sentence, phrase: RolePhrase, end: int) -> None:
    """ "energy analyst Orin Middleton of Barclays Capital": the organisation after the name."""
    if end + 1 < sentence.end and words[end].lower_ in ("of", "at"):
        target = words[end + 1 : sentence.end]
        name: list[Word] = []
        for word in target:
            if word.lower_ == "the" and not name:
                continue
            if word.ent_type_ == "ORG" and (not name or word.ent_iob_ != "B"):
                name.append(word)
            else:
                break
        if name:
            phrase.organisation = name


def _appositions(words: Words, sentence: Sentence, start: int, end: int, known: frozenset[str]) -> Iterator[tuple[RolePhrase, str]]:
    root = words.root(start, end)
    # "The Scottish National Party's Holyrood leader, Nicola Sturgeon": the name is an
    # apposition of the role before it (not when the role has a name of its own, kg.extract.respective).
    head = root.head
    if root.dep_ == "appos" and head.i < start and _role_word(head) and not holder_between(words, head.i + 1, start):
        phrase = read_before(words, head.i + 1, max(sentence.start, head.left_edge.i), known)
        if phrase is not None:
            comma = start - 1 if words[start - 1].text == "," else start
            read_complement(words, phrase, comma)
            yield phrase, "apposition"
    found = _after_comma(words, sentence, end, root, known)
    partner = later_name(words, root, sentence.end) if found is None else None
    if partner is not None:  # "A and B, X's minister and Y's minister": the first role is A's
        paired = _after_comma(words, sentence, partner.i + 1, partner, known)
        if paired is not None and paired[1] is not None:
            yield paired[0], "apposition"
    if found is None:
        return
    phrase, second = found
    if second is None or earlier_name(root) is None:
        yield phrase, "apposition"  # with an earlier name and two roles, the first role is that name's
    if second is not None:
        yield second, "apposition"


def _after_comma(words: Words, sentence: Sentence, end: int, root: Word, known: frozenset[str]
                 ) -> tuple[RolePhrase, RolePhrase | None] | None:
    """ "Dave Prentis, general secretary of Unison": a role phrase after the name's comma
    (the name ends at word ``end``), and a second one coordinated with it."""
    i = end
    if i + 1 < sentence.end and words[i].text == "," and words[i + 1].like_num and i + 2 < sentence.end and words[i + 2].text == ",":
        i += 2  # an age: "John Smith, 54, chief executive of ..."
    if i + 1 >= sentence.end or words[i].text != ",":
        return None
    i += 1
    one_of = i + 2 < sentence.end and words[i].lower_ == "one" and words[i + 1].lower_ == "of"
    if one_of:
        i += 2  # "one of the co-founders"
    phrase = _role_at(words, i, sentence.end, known)
    if phrase is None or list_item(words, phrase, root, one_of) or next_clause(root, words[phrase.role_end - 1]):
        return None
    after = words[phrase.end] if phrase.end < sentence.end else None
    if listed_people(words, i, after, sentence.end):
        return None  # "Vivendi Universal, its boss and another top executive": people beside the name
    if (after is None or after.is_punct or after.pos_ in ("VERB", "AUX", "CCONJ") or after.lower_ in ("who", "whose")
            or organisation_goes_on(words, phrase, sentence.end) or (phrase.organisation is not None and place_next(after))):
        # "Philip Knight, chairman and chief executive of Nike": two roles, one organisation.
        second = _role_at(words, after.i + 1, sentence.end, known) if after is not None and after.lower_ == "and" else None
        if second is not None and words[second.role_end - 1].tag_ in ("NNS", "NNPS"):
            second = None  # "X, chairman and ministers of ...": a list goes on
        if second is not None and phrase.organisation is None:
            phrase.organisation = second.organisation
        return phrase, second
    return None


def _role_at(words: Words, i: int, end: int, known: frozenset[str]) -> RolePhrase | None:
    """The longest role phrase that starts at word ``i`` (after "a", "the"), its complement read."""
    i = post_start(words, i, end)  # "a Singapore-based analyst": kg.extract.basedposts
    stop = i
    while stop < end and stop - i < 8 and (
        _phrase_word(words[stop]) or words[stop].lower_ in ("and", "&") or hyphen_joined(words, stop, i, end)
    ):
        stop += 1
    for last in range(stop, i, -1):
        if not _role_word(words[last - 1]) or inside_organisation_name(words[last - 1]):
            continue
        phrase = read_before(words, last, i, known)
        if phrase is None or phrase.start != i:
            continue
        read_complement(words, phrase, end)
        return phrase
    return None


def _phrase_word(word: Word) -> bool:
    return (word.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "PART", "NUM") and not word.is_punct) or word.text == "-" or (
        word.tag_ in ("POS", "PRP$")
    )


def _role_word(word: Word) -> bool:
    return _role_forms(word.lower_, word.lemma_)


@functools.lru_cache(maxsize=1 << 14)  # asked of every noun of every sentence, often of the same few
def _role_forms(lower: str, lemma: str) -> bool:
    # "co-chairman", "vice-director": one word, whose last part is the role's
    return any(form.rsplit("-", 1)[-1] in ROLE_HEADS for form in (lower.rstrip("."), lemma.lower()))


def _description(words: Words, sentence: Sentence, head: Word, named: set[int], known: frozenset[str]) -> tuple[RoleReading, RolePhrase] | None:
    """ "its president", "the president of Kazakhstan", "Kazakhstan's president": a role of an
    organisation or country with no name beside it. It names no one, but tells what a named
    holder of the same role elsewhere in the article is a role of (``kg.resolve.statements``)."""
    following = head.i + 1
    if following < sentence.end and (following in named or (words[following].text[:1].isupper() and words[following].pos_ == "PROPN")):
        return None  # a title before a name: the name's reading
    if head.dep_ in ("compound", "appos") or any(c.dep_ == "appos" for c in head.children):
        return None
    phrase = read_before(words, following, max(sentence.start, head.left_edge.i), known)
    if phrase is None:
        return None
    read_complement(words, phrase, sentence.end)
    if phrase.organisation is None or phrase.role.type in ("none",) or words[phrase.end - 1].ent_type_ == "PERSON":
        return None  # "Minister for Work Jane Kennedy": a title before the name, the name's reading
    tokens = [w for w in words[phrase.start : phrase.end] if not w.is_space]
    reading = _reading(to_argument(tokens, words.text), phrase, "description", (sentence.start_char, sentence.end_char))
    return reading, phrase


def _verb_readings(words: Words, sentence: Sentence, verb: Word, known: frozenset[str]) -> Iterator[tuple[RoleReading, RolePhrase]]:
    """ "X was appointed chairman", "named X as coach", "X resigned as chief executive"."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    leaving = lemma in LEAVE_VERBS or (lemma in ("step", "stand") and particle in LEAVE_PARTICLES)
    if not (lemma in APPOINT_VERBS or leaving or lemma in TAKE_VERBS or lemma in COPULAS):
        return
    role_word, organisation = _verb_role(verb, lemma)
    if role_word is None:
        return
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if lemma in APPOINT_VERBS and not passive:
        holder = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c is not role_word), None)
    elif lemma in ("sack", "fire", "dismiss", "oust", "axe", "depose", "remove") and not passive:
        holder = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        holder = _subject(verb)
    if holder is None or holder.i == role_word.i:
        return
    phrase = read_before(words, role_word.i + 1, max(sentence.start, role_word.left_edge.i), known)
    if phrase is None:
        return
    read_complement(words, phrase, sentence.end)
    if organisation is not None and phrase.organisation is None:
        phrase.organisation = noun_phrase(organisation)
    tokens = noun_phrase(holder)
    if not tokens:
        return
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in role_word.children)
    if lemma in COPULAS and (indefinite or class_of_people(role_word)) and phrase.organisation is None:
        return  # "he is a striker", "they will be strong players" describe; "X is chief executive of Y" gives the post
    person = to_argument(tokens, words.text)
    kind = "copula" if lemma in COPULAS else "verb"
    reading = _reading(person, phrase, kind, (sentence.start_char, sentence.end_char))
    status, factuality = verb_status(verb, lemma, leaving)
    if phrase.status == "current":
        phrase.status = status
    cue = phrase.cue or (None if lemma == "be" else lemma)
    time = time_of(words, verb)
    yield replace(reading, cue=cue, factuality=factuality, time=time), phrase


def _tenure_reading(words: Words, sentence: Sentence, found: Tenure, known: frozenset[str]) -> tuple[RoleReading, RolePhrase] | None:
    """ "Charles Clarke faces his first real test as home secretary": the role a tenure noun
    names (``kg.extract.tenure``), hedged by its verb ("will face his first test as ...")."""
    role_word = found.role
    phrase = read_before(words, role_word.i + 1, max(sentence.start, role_word.left_edge.i), known)
    if phrase is None:
        return None
    read_complement(words, phrase, sentence.end)
    holder = found.holder
    tokens = [w for w in noun_phrase(holder) if w.tag_ != "POS"] if holder.pos_ == "PROPN" else [holder]
    reading = _reading(to_argument(tokens, words.text), phrase, "tenure", (sentence.start_char, sentence.end_char))
    status, factuality = ("current", Factuality.ASSERTED) if found.verb is None else verb_status(
        found.verb, found.verb.lemma_.lower(), leaving=False)
    if phrase.status == "current":
        phrase.status = status
    return replace(reading, factuality=factuality), phrase


def _joined(words: Words, verb: Word, names: Sequence[tuple[int, int, Mention]], span: tuple[int, int]) -> RoleReading | None:
    """ "Peter Jones joined the Conservatives in 1998": a membership a verb starts with no
    role named; "X, who chairs the Police Federation": a verb that is a role
    (``kg.extract.joins``). The verb's time dates it, its hedges set its factuality."""
    found = joining(verb, _subject(verb), names) if may_join(verb) else None
    if found is None:
        return None
    (start, end, person), (_, group_end, group) = names[found.holder], names[found.group]
    if not _person_like(person, words, start, end):
        return None
    status, factuality = verb_status(verb, verb.lemma_.lower(), leaving=False)
    role = ROLES[tuple(found.role.split())] if found.role else None
    return RoleReading(
        person=Argument(person.text, person.start, person.end, words[end - 1].idx, person.end), role=found.role or "",
        role_key=role.key if role else "", role_type=role.type if role else "",
        organisation=Argument(group.text, group.start, group.end, words[group_end - 1].idx, group.end), sentence=span,
        kind="verb", confidence=0.7, membership=role.membership if role else found.membership, status=status,
        cue=verb.lemma_.lower(), factuality=factuality, time=time_of(words, verb), role_span=(verb.idx, verb.idx + len(verb.text)),
    )


def _subject(verb: Word) -> Word | None:
    """The verb's subject; a relative pronoun stands for the noun its clause describes
    ("X, who became leader"); a participle or conjunct borrows its head's ("... and was
    named captain")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and any(c.dep_ == "expl" for c in verb.children):
        return None  # "He is young and there are not many left-footed players": no one is the players
    if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return subject


def _verb_role(verb: Word, lemma: str) -> tuple[Word | None, Word | None]:
    """The role word a verb gives (its "as" object, object predicate or attribute) and the
    organisation it names ("joined Arsenal as a striker")."""
    organisation = None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _role_word(pobj):
                if lemma in ("join", "replace", "succeed"):
                    organisation = next((c for c in verb.children if c.dep_ == "dobj"), None) if lemma == "join" else None
                return pobj, organisation
    if lemma in APPOINT_VERBS or lemma in COPULAS:
        deps = ("oprd", "attr", "xcomp", "ccomp", "dobj", "acomp") if lemma in APPOINT_VERBS else ("attr",)
        # "was named best supporting actress", "voted the best player": an award, no post.
        objects = [c for c in verb.children if c.dep_ in deps and _role_word(c) and not any(
            m.tag_ in ("JJS", "RBS") for m in c.subtree if m.i < c.i)]
        # "named X chief executive": two objects, the second is the role.
        if lemma in APPOINT_VERBS:
            objects = [c for c in objects if c.dep_ != "dobj" or (sum(d.dep_ == "dobj" for d in verb.children) > 1 and c is not
                       next(d for d in verb.children if d.dep_ == "dobj"))]
        if objects:
            return objects[0], None
    return None, None


def _reading(person: Argument, phrase: RolePhrase, kind: str, sentence: tuple[int, int]) -> RoleReading:
    return RoleReading(
        person=person, role="", role_key=phrase.role.key, role_type=phrase.role.type, organisation=None,
        sentence=sentence, kind=kind, confidence=0.0, membership=phrase.role.membership,
    )


def _finish(reading: RoleReading, phrase: RolePhrase, words: Words) -> RoleReading:
    """The reading with the phrase's role text, organisation, status and confidence."""
    text = words.text
    organisation = to_argument(phrase.organisation, text) if phrase.organisation else None
    first, last = words[phrase.role_start], words[phrase.role_end - 1]
    role_span = (first.idx, last.idx + len(last.text))
    confidence = KIND_CONFIDENCE.get(reading.kind, 0.7)
    if phrase.role.key in CONTEXT_ROLES:
        confidence -= 0.1  # words that are roles only in context
    role = text[role_span[0] : role_span[1]]
    if last.tag_ == "NNS" and reading.kind != "description" and last.lemma_ and last.lemma_ != last.lower_ and (
            role_word(words, phrase, ROLE_PREPOSITIONS) is last):
        # "James Cosgrave, one of the company's directors": one person holds one directorship.
        lemma = last.lemma_.lower()
        role = text[role_span[0] : last.idx] + (lemma[:1].upper() + lemma[1:] if last.text[:1].isupper() else lemma)
    membership = None if organisation and chamber_office(phrase.role.key, organisation.text) else reading.membership
    return replace(
        reading, role=role, role_span=role_span, organisation=organisation, membership=membership,
        status=phrase.status, cue=reading.cue or phrase.cue, confidence=round(confidence, 4),
    )
