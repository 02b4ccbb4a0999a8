"""How each argument of an event gets its role: what it is (a time, a quantity, a
place, a party), how it hangs on the verb (subject, object, "by" of a passive,
a prepositional phrase) and the role table (``kg/lexicon/data/event_roles.tsv``).
The rules and their examples are listed in ``kg.extract.events``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.asides import no_argument
from kg.extract.asroles import as_role
from kg.extract.bounds import bound_word
from kg.extract.countedvalues import counted_value
from kg.extract.countof import group_member
from kg.extract.doneto import patient_possessor, shares_passive
from kg.extract.doubleobjects import first_of_two, given_thing, given_with
from kg.extract.estimates import names_estimate
from kg.extract.fellows import alongside
from kg.extract.forphrases import prize_role
from kg.extract.heldtitles import held_title_name
from kg.extract.inphrases import in_role
from kg.extract.intentnouns import intends
from kg.extract.keptphrases import kept_phrase
from kg.extract.linked import linked_role
from kg.extract.listed import first_member, member_role
from kg.extract.markedvalues import verb_to
from kg.extract.namedas import complement_role
from kg.extract.namedheads import named_apposition
from kg.extract.overphrases import over_role
from kg.extract.participleclauses import participle_clause
from kg.extract.perfecttimes import perfect_after_past
from kg.extract.quantities import AMOUNT_NOUNS, CURRENCY_WORDS, MULTIPLIERS
from kg.extract.rates import level_role, rate_kind
from kg.extract.reduced import reduced_passive
from kg.extract.saidtimes import said_time
from kg.extract.spans import argument_head, noun_phrase, run_on_noun, to_argument, trim
from kg.extract.talkpartners import object_class
from kg.extract.thanks import thanked
from kg.extract.timephrases import bare_span, clock_time, low_days, own_time, timed
from kg.extract.words import by_index
from kg.lexicon import CONTENT_NOUNS, DESCRIPTION_NOUNS, OWNED_NOUNS
from kg.lexicon.events import Trigger, preposition_role
from kg.types import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.candidates import Candidate
    from kg.extract.words import Word
    from kg.records import Argument

# Verbs that take the meaning of an event noun object ("held talks", "made a bid",
# "launched an investigation") or of a complement ("set ablaze", "made cheaper").
LIGHT_VERBS = frozenset({"make", "take", "give", "get", "do", "hold", "have", "put", "set", "launch", "stage", "carry"})
TIME_LABELS = frozenset({"DATE", "TIME"})
QUANTITY_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP"})
PARTY_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP, EntityType.SPORTS_TEAM})
PLACE_TYPES = frozenset({EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY, EntityType.FACILITY})
_COMPLEMENTISERS = frozenset({"that", "if", "whether"})  # marks of a clause that is what was said
PARTY_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "he", "she", "they", "we", "i", "you"})


def passive_event(verb: Word, cand: Candidate) -> bool:
    """Whether the event's own verb is passive ("was stormed"); not "Blair is expected to cut" (only the control is)."""
    if verb.lemma_.lower() == "rid" and any(c.dep_ == "auxpass" and c.lemma_ == "get" for c in verb.children):
        return False  # "a promise to get rid of political correctness": an act, the idiom's "get" no passive
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or reduced_passive(verb):
        return True  # "with at least 23,000 people killed", "had their ID stolen" (kg.extract.reduced)
    if participle_clause(verb):
        return True  # "If found guilty, Mr Smith", "Created a Dame in 1963, she" (kg.extract.participleclauses)
    if len(cand.chain) > 1:
        return False
    return bool(cand.features.get("passive")) or shares_passive(verb)


def appositive_clause(verb: Word | Token) -> bool:
    """Whether a participle the parser read as an active clause is a reduced passive in
    apposition to the clause before it: "(The minister cut fees,) a move branded a
    'humiliating retreat' by the Tories", where "a move" became its subject. An
    indefinite noun after a comma, then the participle with no auxiliary: the noun is
    what the participle was done to, and no one said the clause.
    """
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("ROOT", "relcl") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i + 1 != verb.i:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return False
    before = subject.left_edge.i - 1
    return before > verb.sent.start and verb.sent.doc[before].text == ","


def fronted_clause(clause: Word | Token, head: Word | Token) -> bool:
    """Whether a clause hung as the complement of a later verb is the main clause: that verb's subject holds a
    relative pronoun ("welcomed the ban, many of whom have campaigned for a ban"), or the verb has its own
    complement after it ("The opening shot was fired with claims a leak suggested Mr Brown was ready")."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause.i < head.i and ((subject is not None and any(t.tag_ in ("WP", "WDT") for t in subject.subtree)) or any(
        c.dep_ == "ccomp" and c.i > head.i for c in head.children))


def said_clause(clause: Word | Token) -> bool:
    """Whether a speech verb's ccomp is what was said: not an apposition read as a
    clause (``appositive_clause``), nor an adverbial clause the parser hung there
    ("Nigeria announced its plan as Ghana announced record revenues": the "as" clause
    is Ghana's statement, not Nigeria's)."""
    if appositive_clause(clause):
        return False
    return not any(c.dep_ == "mark" and c.lower_ not in _COMPLEMENTISERS for c in clause.children)


def reduced_passive_agent(verb: Word) -> list[Word] | None:
    """The "by" phrase of a reduced passive read as an active clause (``appositive_clause``):
    "a move branded a 'humiliating retreat' by the Tories": the Tories branded the move."""
    if not appositive_clause(verb):
        return None
    for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
        for child in holder.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by" and child.i > verb.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ != "PRON" and argument_kind(pobj, noun_phrase(pobj)) in ("party", "*"):
                    return [child, *noun_phrase(pobj)]
    return None


def shared_times(verb: Word, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """Time adjuncts a clause takes from the verb it is coordinated with ("a week after
    it was stormed and briefly seized"), and an offset in its own clause ("a week
    after" with the "after" that opens it: counted from the main clause's day)."""
    times: list[tuple[str, list[Word]]] = []
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is not None:
        for child in verb.children:
            if child.dep_ == "npadvmod" and child.ent_type_ in TIME_LABELS and child.i < mark.i:
                times.append(("time", [t for t in child.subtree if t.i < mark.i] + [mark]))
    if not times and verb.dep_ == "conj" and not any(role == "time" for role, _ in found) and not own_time(verb) and not perfect_after_past(verb):  # "shut ... last year and has withdrawn" (kg.extract.perfecttimes)
        times = [(role, tokens) for role, tokens in shared_times(verb.head, []) if role == "time"]
        for child in verb.head.children:
            if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in TIME_LABELS and not times:
                times.append(("time", noun_phrase(child, split_conj=False)))
    return times or [("time", day) for day in low_days(verb)]


def incorporated_noun(verb: Word, lemma: str) -> Word | None:
    """The event noun a light verb took its meaning from ("launched an investigation"): no argument."""
    if " " not in lemma or lemma.split()[0] not in LIGHT_VERBS:  # "staged": "stage", not the tagger's "stag"
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and lemma.split()[-1] in (c.lemma_.lower(), c.lower_)), None)


def object_role(tokens: list[Word], trigger: Trigger, passive: bool, subject_role: str) -> str | None:
    head = argument_head(tokens)
    if head is None:
        return None
    if (first := first_member(head)) is not None:  # "arrested Smith and Jones": Jones too
        return member_role(head, object_role([first], trigger, passive, subject_role))
    if head.dep_ == "dobj" and (second_object(head) is not None or first_of_two(head) or given_with(head)):
        return "recipient"  # "award Rangers a penalty", "offering users the chance", "provide clients with" (kg.extract.doubleobjects)
    if head.dep_ == "dobj":
        kind = argument_kind(head, tokens)
        if kind == "quantity" and subject_role == "theme":
            return amount_role(trigger)  # "shares fell 5%"
        if trigger.object in ("place", "destination", "source") and kind not in ("place", "*"):
            return "theme"  # "visited the troops": whom, not where
        if trigger.object == "opponent" and kind not in ("party", "place") and (head.pos_ != "PROPN" or head.ent_type_):
            return "theme"  # "faces stiff competition", "beat the odds": what, not whom (a name NER left untyped is a side)
        return trigger.object
    if head.dep_ == "dative" and head.pos_ == "ADP" and head.lower_ != "to":  # "won an award for her running"
        return prep_role(head, next((c for c in head.children if c.dep_ in ("pobj", "pcomp")), None), tokens[1:], trigger, passive)
    if head.dep_ == "dative":
        return "recipient"
    if head.dep_ == "npadvmod" and subject_role == "theme" and argument_kind(head, tokens) == "quantity" and (
            trigger.event_class == "change" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.head.children)):
        return amount_role(trigger)  # "profits rose 10% (to £2bn)": the parser's adverb; elsewhere "to 120p" is the level
    if head.dep_ in ("npadvmod", "tmod", "advmod") and argument_kind(head, tokens) == "time" and not said_time(head) and (
            head.pos_ != "PROPN" or any(c.dep_ in ("det", "amod") for c in head.children)):  # kg.extract.saidtimes
        return bare_span(head)  # "Growth slowed [last month]" (the only adverb taken for the object); not "name [5 May] as"
    if head.dep_ in ("pobj", "pcomp"):
        return prep_role(head.head, head, tokens, trigger, passive)
    return complement_role(head, trigger)  # "named best actress" (kg.extract.namedas)


def second_object(obj: Word) -> Word | None:
    """The second object of a double-object verb that the parser read as an apposition
    of the first: "award Rangers [an injury-time penalty]", "gave Tesco [a warning]" (an
    indefinite noun phrase right after a name, no comma between); else ``None``."""
    appos = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)
    if appos is None or obj.pos_ not in ("PROPN", "PRON"):
        return None
    first = min(appos.subtree, key=by_index)
    return appos if first.i == obj.i + 1 and first.lower_ in ("a", "an") else None


def second_objects(verb: Word) -> list[tuple[str, list[Word]]]:
    """Each misread second object of ``verb`` (``second_object``) as its theme."""
    return [("theme", noun_phrase(second)) for obj in verb.children
            if obj.dep_ == "dobj" and (second := second_object(obj)) is not None]


def extra_role(tokens: list[Word], trigger: Trigger, passive: bool) -> str | None:
    first = tokens[0]
    if first.dep_ in ("prep", "agent"):  # "providing clients [with health-related products]": the theme (kg.extract.doubleobjects)
        pobj = next((c for c in first.children if c.dep_ in ("pobj", "pcomp")), None)
        return "theme" if given_thing(first) else prep_role(first, pobj, tokens[1:], trigger, passive) if pobj is not None else None
    head = argument_head(tokens)
    if head is None:
        return None
    kind = argument_kind(head, tokens)
    if kind == "quantity":
        return amount_role(trigger)  # "TimeWarner's profits jumped 76%" (an adverb of the verb)
    return bare_span(head) if kind == "time" and not said_time(head) else None  # "has been closed two weeks": how long


def amount_role(trigger: Trigger) -> str:
    """The role of an amount that hangs on the verb without a preposition: by how much a value
    changed ("profits jumped 76%": the difference), else a quantity ("sent 2,000 troops", "won 3-0")."""
    return "difference" if trigger.event_class == "change" else "quantity"


_PENCE = re.compile(r"^\d+(?:\.\d+)?p$")
VALUE_ROLES = frozenset({"new_value", "old_value", "difference"})  # a change's amounts: the value reached, left, by how much
# "£10bn", "$2bn" where the tagger made the amount a noun and NER saw no money.
_SCALED = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:bn|mn|m|tn|k)\.?$")


def prep_role(prep: Word, pobj: Word | None, tokens: list[Word], trigger: Trigger, passive: bool) -> str | None:
    """The role of "prep pobj" under the event's verb (``event_roles.tsv``)."""
    word = prep.lower_
    # "pull out of Kazakhstan": the particle says where from.
    if word == "of" and prep.head.dep_ in ("prep", "prt") and prep.head.lower_ == "out":
        word = "from"
    elif prep.dep_ == "prep" and prep.head.dep_ == "prep" and prep.head.lower_ in ("out", "away"):
        word = "from"
    if thanked(prep):
        return "reason"  # "avoided bankruptcy thanks to a bail-out" (kg.extract.thanks)
    if pobj is not None and no_argument(prep, pobj):
        return None  # "for the 21st time", "to date", "for example", "its biggest slide in a month" (kg.extract.asides)
    if word == "with" and pobj is not None and any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in pobj.children):
        return None  # "with reports suggesting ...", "with chairman X calling for ...": a clause aside, no instrument
    if word == "with" and prep.i < prep.head.i and prep.head.pos_ == "VERB":
        return None  # "With captain Gareth Thomas ruled out of the rest of the campaign": an absolute clause opens
    if alongside(prep):
        return None  # "performed with Eric Clapton": a fellow performer, no opponent (kg.extract.fellows)
    kind = rate_kind(pobj, argument_kind(pobj, tokens)) if pobj is not None else "*"  # "at an annual rate of 3.8%"
    kind = "quantity" if kind == "*" and trigger.event_class == "change" and counted_value(pobj) else kind  # "to 2.7 million units"
    if kind == "*" and (named := with_name(tokens)) is not tokens and (name := argument_head(named)) is not None:
        kind = argument_kind(name, named)  # "arrested with fellow musician Alan Wass": a person, whom the words describe
    role = preposition_role(word, object_class(prep, trigger.event_class), kind)  # "opened talks with Turkey" (kg.extract.talkpartners)
    role = level_role(prep, pobj, trigger.event_class, as_role(prep, pobj, in_role(prep, pobj, over_role(prep, pobj, prize_role(prep, pobj, linked_role(prep, pobj, role))))))  # "nominated for a Bafta", "star in X", "served as minister"
    if role in VALUE_ROLES and prep.head.lemma_.lower() == "compare":
        return "quantity"  # "rose 1.2%, compared to 0.1% a month earlier": another period's figure, no value of this one
    if role == "opponent" and word == "to" and kind == "place" and passive:
        return "destination"  # "IT work being lost to India": where it went, no contest (event_roles.tsv)
    if role == "agent" and not (passive or prep.dep_ == "agent"):
        return None  # "by" of an active verb: a means, not who acts
    return timed(word, pobj, kind, role)  # "by the end of the year", "named after the painter X"


def argument_kind(head: Word, tokens: list[Word]) -> str:
    """What an argument is, for the role table: time, quantity, place, party or "*"."""
    if (member := group_member(head) or named_apposition(head)) is not None:
        return argument_kind(member, tokens)  # "one of the banks", "hundreds of fans" (kg.extract.countof), "seed Jiri Novak" (.namedheads)
    label = head.ent_type_
    # Both patterns open with a digit: a word without one is matched by neither.
    if (head.lower_[:1].isdecimal() and (_PENCE.match(head.lower_) or _SCALED.match(head.lower_))) or ((
            head.lower_.rstrip(".") in MULTIPLIERS or head.lower_ in AMOUNT_NOUNS) and any(
            c.dep_ in ("nummod", "compound") and (c.like_num or _SCALED.match(c.lower_)) for c in head.children)):
        return "quantity"  # "to 120p": pence, which NER often reads as a date; "to £10bn", "330 m euros", "5 points"
    if label in TIME_LABELS or clock_time(head):  # not "the 21-year-old", a person by age that NER reads as a date
        return "party" if head.lower_ in ("old", "olds") and any(c.lower_ == "year" for c in head.children) else "time"
    if label in QUANTITY_LABELS or head.like_num or head.lower_ in ("%", "percent"):
        return "quantity"
    if label in PLACE_LABELS:
        return "place"
    if label in PARTY_LABELS or head.lower_ in PARTY_PRONOUNS:
        return "party"
    described = DESCRIPTION_NOUNS.get(head.lemma_.lower())
    if described in PARTY_TYPES:
        return "party"
    if described in PLACE_TYPES:
        return "place"
    return "*"


def shortened(tokens: list[Word]) -> list[Word]:
    """A noun phrase without the phrases after its head other than "of", "in" + a name, the infinitive
    of a plan ("plans to cut jobs") and what .keptphrases keeps ("claims that ...", "a rise in profits"): "annual
    bonus rates on its with-profits life policies" -> "annual bonus rates" (how a reader names the
    thing; "troops of the alliance" keeps who they belong to, "shares in Rank" which shares)."""
    head = argument_head(tokens)
    if head is None or head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return tokens
    cut, run_on = set(), run_on_noun(head)  # run_on: "a $168m (£89m) settlement deal" runs on to the deal (kg.extract.spans)
    for child in head.rights:
        if child.dep_ in ("prep", "acl", "relcl", "appos") and child.lower_ != "of" and not _named_in(child) and child != run_on \
                and not intent(head, child) and not kept_phrase(head, child) and not names_estimate(head, child):
            cut.update(t.i for t in child.subtree)
    return trim([t for t in tokens if t.i not in cut]) if cut else tokens


def possessor_role(noun: Word, possessor: Word, tokens: list[Word], trigger: Trigger) -> str:
    """The role of an event noun's possessor: a day is when ("Monday's meeting"); beside an
    "of" object that names who or what is acted on, the possessor acts ("Pernod's takeover
    of Allied Domecq": Pernod takes over; "The SEC's investigation into related party
    transactions": the SEC investigates); the one an act is done to ("Scholl's arrest":
    kg.extract.doneto); else the noun's subject role ("Yukos's sale")."""
    if (kind := argument_kind(possessor, tokens)) == "time" or (kind == "place" and any(c.tag_ == "JJS" for c in noun.children)):
        return kind  # "Monday's meeting"; "Spain's biggest bank merger": where it is biggest, no party to it
    of_object = any(c.dep_ == "prep" and c.lower_ in ("of", "into") and any(
        g.dep_ == "pobj" and argument_kind(g, [g]) in ("party", "*") for g in c.children) for c in noun.children)
    if of_object:
        return "agent"
    return "patient" if patient_possessor(noun) else trigger.subject  # "Scholl's arrest" (kg.extract.doneto)


def with_name(tokens: list[Word]) -> list[Word]:
    """A description with the name the parser hung on it as an apposition with no comma
    between: "[French firm] LVMH bought Glenmorangie" -> "LVMH" (the firm is LVMH; the
    description alone would be a node of its own, and the name's own mention keeps the
    description). "LVMH, the luxury goods firm," is a real apposition and left as it is."""
    head = argument_head(tokens)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not tokens:
        return tokens
    name = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or head.pos_ != "NOUN" or min(t.i for t in name.subtree) != (end := max(t.i for t in tokens)) + 1:
        return held_title_name(tokens, head) or tokens  # "The Home Secretary, David Blunkett, has" (kg.extract.heldtitles)
    return [t for t in name.subtree if end < t.i <= name.i]  # the name, not what follows it


def intent(noun: Word, child: Word) -> bool:
    """An infinitive that says what a noun of intent ("plans to triple cocoa production", "a bid to buy Yukos"; as a
    relative, "a programme to boost"; ``kg.extract.intentnouns``) or of content ("the right to sell") is."""
    return child.dep_ in ("acl", "relcl") and (intends(noun) or noun.lemma_.lower() in CONTENT_NOUNS) and has_to(child)


def has_to(verb: Word) -> bool:
    """Whether ``verb`` is a "to" infinitive ("to face Gloucester")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _named_in(prep: Word) -> bool:
    """ "in" + an organisation or person names which thing is meant: "shares in London
    Clubs, Rank and Stanley Leisure", "a stake in Yukos" (not "troops in Almaty": a place)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "in" else None
    return pobj is not None and pobj.ent_type_ in ("ORG", "PERSON")


def without_preposition(tokens: list[Word]) -> list[Word]:
    """ "to Kazakhstan" -> "Kazakhstan": a participant is the thing, not the phrase."""
    while tokens and (tokens[0].dep_ in ("prep", "agent") or (tokens[0].dep_, tokens[0].pos_) == ("dative", "ADP")) and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens


def relative_time(role: str, tokens: list[Word]) -> Word | None:
    """The preposition a time argument keeps when what follows it is no time: "arrested
    him after the match" -> time "after the match" (the match is not a date), "after
    deciding to back identity cards"."""
    if role != "time" or not tokens:
        return bound_word(role, tokens)  # "fell below 10%": the value keeps its bound (kg.extract.bounds)
    rest = tokens[1:] if tokens[0].dep_ in ("prep", "agent") else tokens  # "agent": "by the election" (timephrases)
    head = argument_head(rest)
    if head is None or head.dep_ not in ("pobj", "pcomp") or head.head.dep_ not in ("prep", "agent") or argument_kind(
            head, rest) == "time":
        return None
    prep = head.head
    return prep if prep.i < rest[0].i else None


def whole_quantity(tokens: list[Word], *, one_value: bool = False) -> list[Word]:
    """A quantity argument with the rest of its entity the parse left outside it: "to
    1m tonnes" is split "1" / "m" / "tonnes" and the parse hangs "tonnes" elsewhere;
    the entity ("1m tonnes") is the amount, with a currency word after the number
    ("154m naira"), and the words of its entity the parse hung on the verb ("up to
    £85,000"). With ``one_value`` (an amount of a change), never a range across "to":
    "by 0.25% to 4.75%" is one entity to NER and two values; a forecast's "$4.2bn to
    $4.35bn" stays whole, not across the verb's "to" (kg.extract.markedvalues.verb_to)."""
    if not tokens:
        return tokens
    first = tokens[0]
    doc, start = first.sent.doc, first.i
    while first.ent_type_ in QUANTITY_LABELS and doc[start].ent_iob_ == "I" and start - 1 >= first.sent.start \
            and doc[start - 1].ent_type_ == first.ent_type_ and doc[start - 1].lower_ not in ("by", "from") \
            and doc[start - 1].pos_ != "VERB" and not verb_to(doc[start - 1]):  # "saw its profits [fall 20%]"
        start -= 1  # "(earned) up to £85,000": the "up" the parse gave the verb
    to = next((word.i for word in doc[start : first.i] if word.lower_ == "to"), None) if one_value else None
    if to is not None and any(word.like_num for word in doc[start:to]):
        start = first.i  # "by 0.25% to 4.75%", one entity to NER: "0.25%" is another value
    tokens = [*doc[start : first.i], *tokens]
    last = tokens[-1]
    end, extra = last.i + 1, []
    if last.like_num and end < last.sent.end and doc[end].lower_ in MULTIPLIERS and \
            doc[end].idx == last.idx + len(last.text):
        extra.append(doc[end])  # "$261.9m": the tokeniser split the scale off, the parse hung it apart
        end += 1
    if last.ent_type_ in QUANTITY_LABELS:
        while end < last.sent.end and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == last.ent_type_ \
                and not ((one_value and doc[end].lower_ == "to") or verb_to(doc[end])):  # "lost $2 to $43.25"
            extra.append(doc[end])
            end += 1
    if any(word.like_num for word in tokens) and end < last.sent.end and doc[end].lower_ in CURRENCY_WORDS:
        extra.append(doc[end])  # "154m naira": the currency NER read as a place
    return tokens + extra


def trigger_object(tokens: list[Word], verb: Word, lemma: str) -> bool:
    """Whether the argument hangs on a preposition the trigger took ("fired on
    protesters": the protesters are what was fired on; "looking after a mother and a brother": each member)."""
    head = argument_head(without_preposition(tokens))
    head = first_member(head) or head if head is not None else None
    prep = head.head if head is not None and head.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != verb.i or not lemma.endswith(" " + prep.lower_):
        return False
    # The first such preposition is the trigger's: "took on the post on Thursday".
    first = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep.lower_)
    return first.i == prep.i and argument_kind(head, tokens) != "time"

def on_verb(prep: Word, verb: Word) -> bool:
    """A prepositional phrase of the verb, or one the parser hung on its object ("blamed
    the unrest on terrorists")."""
    head = prep.head
    return head.i == verb.i or (head.dep_ == "dobj" and head.head.i == verb.i)

def infinitive_next(verb: Word) -> bool:
    """Whether the verb's own infinitive follows it at once, with no object between:
    "used to listen" (not "used the money to buy")."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" and a.i == verb.i + 1 for a in c.children)
               for c in verb.children)


def with_intent(tokens: list[Word]) -> list[Word]:
    """A noun of intent with the infinitive that says what is intended (or a phrase
    .keptphrases keeps), when the clause rules cut it off: "announced plans [to triple cocoa production]"."""
    head = argument_head(tokens)
    if head is None:
        return tokens
    child = next((c for c in head.children if c.i > head.i and (intent(head, c) or kept_phrase(head, c))), None)
    if child is None:
        return tokens
    have = {t.i for t in tokens}
    extended = sorted([*tokens, *(t for t in child.subtree if t.i not in have)], key=by_index)
    contiguous = [t.i for t in extended] == list(range(extended[0].i, extended[-1].i + 1))
    return extended if contiguous else tokens


def split_piece(word: Word) -> bool:
    """Whether the word is the first piece of a hyphenated word the tokeniser split:
    "co" of "are co-starring", which names no event of its own."""
    doc = word.sent.doc
    return word.i + 1 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 1].idx == word.idx + len(word.text)


def particle_amounts(verb: Word) -> list[list[Word]]:
    """An amount the parser hung under the verb's particle: "earning up to £820,000"
    (the "up" a particle, the amount its object)."""
    return [sorted(particle.subtree, key=by_index) for particle in verb.children
            if particle.dep_ == "prt" and particle.ent_type_ in QUANTITY_LABELS
            and any(c.dep_ == "pobj" for c in particle.children)]


def owner_argument(role: str, head: Word | None, tokens: list[Word], text: str) -> Argument | None:
    """The owner (``owner_of``) of a theme or patient, as an ``Argument`` of ``text``."""
    owner = owner_of(head, tokens) if head is not None and role in ("theme", "patient") else []
    return to_argument(owner, text) if owner else None


def owner_of(head: Word, tokens: list[Word]) -> list[Word]:
    """Whose shares an argument is, when that owner is what the news is about: the
    argument is headed by an owned noun (``kg/lexicon/data/owned_nouns.txt``) or the
    price one modifies ("share price"), and names its owner inside itself: "Shares in
    Allied Domecq rose" / "Shares of Yukos plunged" (the object of "in" / "of"),
    "its shares rose" / "the firm's share price fell" (the possessor), "Yukos shares
    fell" (a name before the noun). Empty when there is none.
    """
    # "the share price" is owned as the shares are; "the Tokyo stock market" and "the
    # BLOM stock index" are no one's.
    owned = head.lemma_.lower() in OWNED_NOUNS or (head.lemma_.lower() == "price" and any(
        child.dep_ == "compound" and child.lemma_.lower() in OWNED_NOUNS for child in head.children))
    if not owned:
        return []
    inside = {t.i for t in tokens}
    for child in head.children:
        if child.dep_ == "poss":
            found = [t for t in noun_phrase(child) if t.tag_ != "POS"]
        elif child.dep_ == "prep" and child.lower_ in ("in", "of"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            found = noun_phrase(pobj) if pobj is not None else []
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            found = noun_phrase(child)
        else:
            continue
        if found and all(t.i in inside for t in found):
            return found
    return []
