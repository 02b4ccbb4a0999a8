"""Verb clauses: subject, relation and arguments from the dependency parse.

Each verb that heads a clause gives propositions. The rules, one per
construction, each with an example:

- subject-verb-object: "Protesters stormed government buildings".
- prepositional object: "They switched over to Merck" -> relation "switched over to",
  object "Merck"; with a direct object the preposition phrase becomes an extra
  argument, unless the object is a bare noun the verb leans on ("requested
  assistance from the CSTO" -> relation "requested assistance from").
- passive with and without agent: "it was stormed by the protesters", "they were deployed to the nation".
- coordination: shared subjects and objects are distributed ("stormed buildings and set them ablaze")
- xcomp chains: "are preparing to pull out of Kazakhstan" is one proposition about pulling out, planned
  ("prepare" is its cue: ``kg.extract.factuality``); not "opposes ending the ban" (``kg.extract.opposed``).
- relative clauses and participles: "the president, who was seeking to quell protests" (the president); "an armada preparing to invade".
- clausal complements: "indicated that compounds could carry current".
- a description and its name read as two subjects: "Ken Loach's drama Bread and Roses has collected" (``named_subject``).
- a bare infinitive after a verb of perception or causation, which the parse joins
  to it as a second verb with no "and": "McLeish watched Rangers lose 2-0 to Celtic"
  -> Rangers lose, not McLeish (``complement_verbs.txt``; ``bare_complement``).
- datelines: "NEW YORK (AA) - Cavusoglu met Blinken" -> Cavusoglu met Blinken (never "New York met Blinken").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.accusing import accused
from kg.extract.ages import age_complement
from kg.extract.appositiverelatives import appositive_antecedent
from kg.extract.attribution import SAY_VERBS
from kg.extract.authoredparticiples import authored
from kg.extract.candidates import Candidate
from kg.extract.controllers import adverbial_controller, object_acts, object_controls
from kg.extract.counselled import counselled
from kg.extract.factuality import Scope, for_subject, merges, verb_chain
from kg.extract.frames import arranged, is_question
from kg.extract.gerundconj import conj_head
from kg.extract.heldtitles import held_title_subject
from kg.extract.inorder import served_verb
from kg.extract.means import means_of_passive, means_user, used_means
from kg.extract.objectphrases import stays_on_object
from kg.extract.opposed import opposed
from kg.extract.outcomes import contest_outcome
from kg.extract.passivepurposes import passive_purpose
from kg.extract.placedrelatives import placed_antecedent
from kg.extract.rootverbs import participle_subject, root_participle
from kg.extract.spans import (
    clause_span,
    dateline_end,
    is_relative,
    misparsed_apposition,
    noun_phrase,
    object_members,
    prep_phrase,
    trim,
)
from kg.extract.toolpurposes import tool_function
from kg.extract.unjoined import hung_subject, reduced_relative, tensed_adverbial, unjoined
from kg.extract.words import by_index
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

COMPLEMENT_VERBS = read_words("complement_verbs.txt")
DOER_ADJECTIVES = read_words("doer_adjectives.txt")

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "attr"})
DIRECTION_PREPS = frozenset({"to", "from", "on", "into", "onto", "against", "with", "for", "toward", "towards", "out"})
PROXY_NOUNS = frozenset(
    {"troop", "troops", "force", "forces", "soldier", "peacekeeper", "army", "unit", "official",
     "representative", "delegation", "envoy", "spokesman", "spokeswoman", "spokesperson",
     "personnel", "staff", "fighter", "militant", "police", "officer", "diplomat", "negotiator"}
)
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis", "csubjpass"}
)


def is_predicate(token: Token) -> bool:
    """Whether ``token`` heads a clause that can give propositions."""
    if token.dep_ not in CLAUSE_DEPS:
        return False
    if token.pos_ == "VERB":
        return True
    # Copulas are AUX heads with an attribute or adjective complement ("X is a Y").
    return token.pos_ == "AUX" and (any(c.dep_ in ("attr", "acomp", "prep") for c in token.children)
                                    or arranged(token) is not None)


def verb_group(verb: Token) -> list[Token]:
    """Auxiliaries, negation and adverbs inside the verb group, then the verb and particle.

    "has also been quietly blamed" -> [has, also, been, quietly, blamed].
    """
    left = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg")]
    if left:
        start = min(t.i for t in left)
        left += [c for c in verb.lefts if c.dep_ == "advmod" and c.i > start and c.pos_ == "ADV"]
    else:
        left = [c for c in verb.lefts if c.dep_ == "advmod" and c.i == verb.i - 1 and c.pos_ == "ADV" and not is_relative(c)]
    right = [c for c in verb.rights if c.dep_ == "prt" or (c.dep_ == "neg" and c.i == verb.i + 1)]
    return sorted(set(left + [verb] + right), key=by_index)


def named_subject(subject: Token) -> Token | None:
    """The name a description subject stands for (two words side by side made two subjects of one verb).

    "[Ken Loach's gritty labour drama] [Bread and Roses] has collected five awards" is
    parsed with "drama" and "Bread" both as ``nsubj`` of "collected"; the name right after
    the description is who acts (the description is what it is, as in "[French firm] LVMH
    bought Glenmorangie", where the parser hangs the name as an apposition:
    ``kg.extract.event_arguments.with_name``). Only a common noun before a proper noun,
    with nothing between them, is so read ("Shell and BP" is another construction); a
    name between commas after it is ``kg.extract.heldtitles``' ("The Attorney General, Lord Goldsmith,").
    """
    if subject.pos_ != "NOUN" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return held_title_subject(subject)
    end = max(t.i for t in subject.subtree)  # no colon between: "The star of Star Wars: The Phantom Menace said"
    return next((c for c in subject.head.children if c.dep_ == subject.dep_ and c.pos_ == "PROPN" and subject.doc[end].text != ":"
                 and min(t.i for t in c.subtree) == end + 1), None) or held_title_subject(subject)


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause or participle describes.

    "an Australian footballer who plays for X" under a copula reads about the
    copula's subject: "Celeski is a footballer who plays ..." -> Celeski plays.
    """
    noun = verb.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    if (placed := placed_antecedent(verb, noun)) is not None:
        return placed  # "a quartet from Ohio, who performed", "CES in Las Vegas, which ran" (kg.extract.placedrelatives)
    return appositive_antecedent(verb, noun)  # "John Binks, director of GfK, which monitors": GfK


# Adverbs before "to" that make an infinitive a purpose: "only to win", "merely to delay".
_PURPOSE_ADVERBS = frozenset({"only", "simply", "merely", "just", "solely", "purely"})


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, str]:
    """The subject head of ``verb`` and how it was found: ``(token, how)``, ``how`` "explicit",
    "relative", "shared" (coordination), "control" (xcomp / participle) or "none"."""
    if depth > 6:
        return None, "none"
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not any(c.dep_ == "acl" and root_participle(c) for c in child.children):
            # not the subject of a participle's own clause ("rules discriminated ..., the Law Lords have ruled")
            if is_relative(child) and verb.dep_ == "relcl":
                return _antecedent(verb), "relative"
            return (named_subject(child) or child, "explicit") if object_acts(verb, child) else (subject_of(verb.head, depth + 1)[0], "control")
    head = conj_head(verb)  # kg.extract.gerundconj
    if verb.dep_ == "relcl":
        return _antecedent(verb), "relative"
    if (served := served_verb(verb)) is not None:  # "pays subsidies in order to stabilise prices": the payer
        return subject_of(served, depth + 1)[0], "control"
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return participle_subject(verb) or head, "relative"  # "a survey of households pointed to": the survey
    if verb.dep_ in ("conj", "ROOT") and (obj := ((bare_complement(verb) or reduced_relative(verb)) if verb.dep_ == "conj"
                                                  else None) or hung_subject(verb)) is not None:  # kg.extract.unjoined
        return obj, "control"
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not unjoined(verb):  # kg.extract.unjoined
        subject, _ = subject_of(head, depth + 1)
        return subject, "shared"
    if means_of_passive(verb) or used_means(verb):  # "data was gathered using machines", "nets are used to share files"
        return (user := means_user(verb)), ("control" if user is not None else "none")  # the means did nothing
    if verb.dep_ == "xcomp" and not opposed(verb):  # "opposes ending the ban": not the opposer's act (kg.extract.opposed)
        # Object control: "enlists his friends to travel" -> the friends travel; not a
        # purpose an adverb marks: "implicated Ebbers only to win a lighter sentence", nor a
        # thing's: "used the money to buy shares" (kg.extract.controllers).
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and object_controls(head, obj, verb) and not contest_outcome(verb) and not any(c.dep_ == "advmod" and c.lower_ in _PURPOSE_ADVERBS and c.i < verb.i for c in verb.children):
            return obj, "control"
        # "called for heads of government to play a larger role": the heads play.
        subject = for_subject(head, verb)
        if subject is not None:
            return subject, "control"
        subject, _ = subject_of(head, depth + 1)
        return subject, "control"
    if (tool := tool_function(verb)) is not None:
        return tool, "control"  # "launched software to allow people to search": the software allows (kg.extract.toolpurposes)
    if (controller := adverbial_controller(verb)) is not None:
        return controller, "control"  # "forces soldiers to challenge": the parse's advcl
    if (purpose := passive_purpose(verb)) is not None:  # "embassies will be closed to save money": not theirs
        return purpose  # kg.extract.passivepurposes
    if (made := authored(verb)) is not None:  # "during interviews, conducted as" (kg.extract.authoredparticiples)
        return made
    if verb.dep_ == "pcomp" and (accused_one := accused(head)) is not None:
        return accused_one, "control"
    if (verb.dep_ in ("advcl", "pcomp") or verb.dep_ == "pobj") and not (tensed_adverbial(verb) or counselled(verb) or opposed(verb)):  # unjoined
        anchor = head.head if verb.dep_ == "pcomp" else head
        if verb.dep_ == "pcomp" and anchor.dep_ == "acomp" and anchor.lower_ in DOER_ADJECTIVES:
            anchor = anchor.head  # "Vodafone is keen on buying Orange": the one keen buys
        if anchor.pos_ in ("VERB", "AUX"):
            subject, _ = subject_of(anchor, depth + 1)
            return subject, "control"
    return None, "none"


def bare_complement(verb: Token) -> Token | None:
    """The object that is the subject of a bare infinitive read as a coordinated verb:
    "watched [Rangers] lose 2-0" (the infinitive right after the object, no "and" or
    comma between), after a verb of ``complement_verbs.txt``; else ``None``."""
    head = verb.head
    if verb.tag_ not in ("VB", "VBP") or head.lemma_.lower() not in COMPLEMENT_VERBS or any(
            c.dep_ in ("cc", "punct") and head.i < c.i < verb.i for c in head.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and max(t.i for t in obj.subtree) + 1 == verb.i else None


def acting_for(subject: Token) -> Token | None:
    """The organisation a group of people acts for: "Troops of the alliance pull
    out" -> the alliance pulls out. Only for nouns naming people who act on an
    organisation's behalf."""
    if subject.lemma_.lower() not in PROXY_NOUNS:
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN"):
        return None
    return pobj


def _chain(verb: Token) -> tuple[list[Token], Token, list[tuple[Token, Token | None]]]:
    """Follow merging xcomps: relation tokens, the last verb, and the chain of
    verbs passed (``kg.extract.factuality.verb_chain``)."""
    chain = verb_chain(verb)
    relation = verb_group(verb)
    for nxt, adjective in chain[1:]:
        # "will be able to halve the deficit": the adjective joins the relation.
        if adjective is not None:
            relation.append(adjective)
        relation += verb_group(nxt)
    return relation, chain[-1][0], chain


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("A, B and C")."""
    return [token, *[c for c in token.conjuncts if misparsed_apposition(c) is None]]


def _prep_object(prep: Token) -> tuple[list[Token], list[Token]] | None:
    """Split "out of Kazakhstan" into relation words [out, of] and object tokens."""
    words = [prep]
    current = prep
    for _ in range(3):
        pobj = next((c for c in current.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            tokens = noun_phrase(pobj) if pobj.dep_ == "pobj" else clause_span(pobj, drop_mark=False)
            return words, tokens
        nxt = next((c for c in current.children if c.dep_ == "prep"), None)
        if nxt is None:
            return None
        words.append(nxt)
        current = nxt
    return None


def _key(chain_end: Token, relation_tail: list[Token]) -> str:
    words = [chain_end.lemma_.lower()]
    words += [c.lower_ for c in chain_end.children if c.dep_ == "prt"]
    words += [t.lower_ for t in relation_tail]
    return " ".join(words)


def _extras(verb: Token, used: set[int]) -> list[list[Token]]:
    extras = []
    for child in verb.children:
        if child.i in used:
            continue
        if child.dep_ in ("prep", "agent") and any(g.dep_ in ("pobj", "pcomp", "prep") for g in child.children):
            extras.append(prep_phrase(child))
        elif child.dep_ in ("npadvmod", "tmod") and child.pos_ in ("NOUN", "PROPN", "NUM"):
            extras.append(noun_phrase(child, split_conj=False))
    return [e for e in extras if e]


def clause_candidates(sent: Span, scope: Scope | None = None) -> Iterator[Candidate]:
    """Every verb-clause proposition in one sentence; ``scope``: its factuality readings."""
    scope = Scope(question=is_question(list(sent))) if scope is None else scope
    for verb in sent:
        # The dependency test first: most tokens fail it, without a call.
        if verb.dep_ not in CLAUSE_DEPS or not is_predicate(verb) or (verb.dep_ == "xcomp" and merges(verb)):
            continue
        yield from _verb_candidates(verb, scope)


# One reading of a clause: relation words, object tokens (or None), key, kind.
Option = tuple[list["Token | str"], "list[Token] | None", str, str]


def _subjects(verb: Token, subject_head: Token | None, how: str) -> list[tuple[list[Token], str]]:
    """Subject readings, each labelled "" (as written), "split" or "proxy".

    A coordinated subject is given whole, then conjunct by conjunct (ranked lower:
    the split reading is wrong for collective predicates); people of an
    organisation also give the organisation ("proxy").
    """
    if subject_head is None:
        return [([], "")]
    dateline = dateline_end(verb.sent)
    if dateline is not None and subject_head.i <= dateline < verb.i:
        # "NEW YORK (AA) - Cavusoglu met Blinken": the place is where the story was
        # filed; the subject is what follows the dash.
        return [(trim([t for t in verb.sent if dateline < t.i < verb.i and t.dep_ not in ("aux", "neg", "advmod")]), "")]
    # The noun a relative clause or participle describes never includes the
    # clause itself: "commissioners sent to the army" -> "commissioners".
    inside = {t.i for t in verb.subtree} if how == "relative" else set()
    if dateline is not None and dateline < verb.i:
        inside |= set(range(dateline + 1))  # "New York - Cavusoglu met": the name after the dash
    if how == "relative" and len(conjuncts(subject_head)) > 1 and _singular(verb) and _set_off(verb):
        # "..., The Motorcycle Diaries and British film Vera Drake, which has 11 nominations":
        # a singular verb set off by a comma describes one item of the list, the nearest
        # ("technology from Lucent, Nortel and Motorola that provides ...": the technology).
        nearest = max((c for c in conjuncts(subject_head) if c.i < verb.i), key=by_index)
        return [(trim([t for t in noun_phrase(nearest) if t.i not in inside]), "")]
    subjects = [(trim([t for t in noun_phrase(subject_head, split_conj=False) if t.i not in inside]), "")]
    if len(conjuncts(subject_head)) > 1:
        subjects += [(trim([t for t in noun_phrase(h) if t.i not in inside]), "split") for h in conjuncts(subject_head)]
    proxy = acting_for(subject_head)
    if proxy is not None:
        subjects.append((noun_phrase(proxy), "proxy"))
    return subjects


def _set_off(verb: Token) -> bool:
    """Whether a relative clause follows a comma: ", which has"."""
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","


def _singular(verb: Token) -> bool:
    """Whether a verb's own form or auxiliary is singular: "has", "is", "was", "-s"."""
    return any(w.tag_ == "VBZ" or w.lower_ == "was" for w in (verb, *(c for c in verb.children if c.dep_.startswith("aux"))))


def _object_options(relation: list[Token], end: Token, used: set[int], moved: list[list[Token]]) -> list[Option]:
    """Readings from direct objects, attributes and adjective complements."""
    options: list[Option] = []
    object_heads = [c for c in end.children if c.dep_ in OBJECT_DEPS and misparsed_apposition(c) is None]
    used.update(c.i for c in object_heads)
    if end.dep_ == "relcl" and any(is_relative(c) for c in object_heads):
        # "the match, which Keibler lost": the object is the antecedent.
        object_heads = [end.head]
    for obj in object_heads:
        preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ != "of" and not stays_on_object(obj, c)]
        light = obj.pos_ == "NOUN" and (
            obj.dep_ == "attr" or not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        )
        if preps and light and len(conjuncts(obj)) == 1 and (split := _prep_object(preps[0])):
            # Light-verb noun: "requested assistance from the CSTO".
            words, tokens = split  # "operates mines in Kent and Essex": each place a reading, as in _prep_options
            noun = [t for t in noun_phrase(obj) if t.i < preps[0].i]
            options += [(relation + noun + words, member, _key(end, words), "light") for member in object_members(tokens)]
            continue
        if obj.tag_ in ("WP", "WDT", "WRB") and end.dep_ != "relcl":
            # "who he is": the object is the question, not a thing.
            continue
        kind = "copula" if obj.dep_ == "attr" else "svo"
        for conj in conjuncts(obj):
            tokens = noun_phrase(conj)
            if preps and obj.dep_ == "dobj" and conj is obj:
                # The parser hangs verb phrases on the object ("blamed the unrest
                # on terrorists"): the phrase becomes an extra argument.
                cut = {t.i for p in preps for t in p.subtree}
                tokens = trim([t for t in tokens if t.i not in cut])
                moved.extend(prep_phrase(p) for p in preps)
            options.append((list(relation), tokens, _key(end, []), kind))
    acomp = next((c for c in end.children if c.dep_ == "acomp" and not age_complement(c)), None)  # not "died aged 93"
    if acomp is not None:
        used.add(acomp.i)
        prep = next((c for c in acomp.children if c.dep_ == "prep"), None)
        split = _prep_object(prep) if prep is not None else None
        if split:
            words, tokens = split
            options.append((relation + [acomp] + words, tokens, _key(end, [acomp, *words]), "copula"))
        else:
            options.append((list(relation), noun_phrase(acomp), _key(end, []), "copula"))
    return options


def _clause_option(relation: list[Token], end: Token, used: set[int]) -> list[Option]:
    """A clausal object: "indicated that compounds could carry current"."""
    # Reported speech may come first: "Troops are leaving, the ministry said."
    says = end.lemma_.lower() in SAY_VERBS
    ccomp = next((c for c in end.children if c.dep_ == "ccomp" and (c.i > end.i or says)), None)
    if ccomp is None:
        return []
    used.add(ccomp.i)
    mark = [c for c in ccomp.children if c.dep_ == "mark" and c.i < ccomp.i]
    return [(relation + mark, clause_span(ccomp), _key(end, []), "ccomp")]


def _prep_options(relation: list[Token], end: Token, used: set[int], *, passive: bool) -> list[Option]:
    """No direct object: the first prepositional phrase joins the relation.

    Only a phrase after the verb reads as part of the relation: "At the end of
    2008 X was established" keeps "At the end of 2008" as an extra.
    """
    preps = sorted((c for c in end.children if c.dep_ in ("prep", "agent") and c.i > end.i), key=by_index)
    if passive and not preps:
        # Right-node raising: "was stormed and briefly seized by the protesters"
        # gives the agent to both passives.
        preps = [c for conj in end.conjuncts if conj.i > end.i for c in conj.children if c.dep_ == "agent"][:1]
    for prep in preps:
        # A date is when, not what: "pulling out on Thursday" keeps "on
        # Thursday" as an extra argument, not part of the relation.
        if any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children):
            continue
        split = _prep_object(prep)
        if split is None:
            continue
        words, tokens = split
        used.add(prep.i)
        return [(relation + words, member, _key(end, words), "prep") for member in object_members(tokens)]
    return []


def _intransitive_option(relation: list[Token], end: Token, used: set[int]) -> list[Option]:
    """Intransitive: an adverb or adverbial clause after the verb is the only
    argument ("will work together", "awoke when a meteorite hit")."""
    after = next((c for c in end.rights if c.dep_ in ("advmod", "advcl", "npadvmod") and c.i not in used), None)
    if after is None or is_relative(after):
        return [(list(relation), None, _key(end, []), "intransitive")]
    used.add(after.i)
    obj = clause_span(after, drop_mark=False) if after.dep_ == "advcl" else noun_phrase(after)
    return [(list(relation), obj, _key(end, []), "intransitive")]


def _destination_options(options: list[Option], extras: list[list[Token]], end: Token) -> list[Option]:
    """The object's destination or source as its own reading, so the graph can
    link the subject to the place: "The bloc sent troops to Kazakhstan" -> (the
    bloc, sent troops to, Kazakhstan), key "send to"."""
    found: list[Option] = []
    for rel, obj, _, kind in options:
        if kind != "svo" or obj is None:
            continue
        for extra in extras:
            prep = extra[0]
            dated = any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)
            if prep.dep_ == "prep" and prep.lower_ in DIRECTION_PREPS and prep.i > end.i and not dated:
                split = _prep_object(prep)
                if split:
                    words, tokens = split
                    found.append((rel + obj + words, tokens, _key(end, words), "svo_pp"))
                    break
    return found


def _verb_candidates(verb: Token, scope: Scope) -> Iterator[Candidate]:
    subject_head, how = subject_of(verb)
    relation, end, chain = _chain(verb)
    reading = scope.clause(chain)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children) \
        and not root_participle(verb)  # "Vincent Cable, for the Lib Dems, called on Mr Brown": his call (kg.extract.rootverbs)
    passive = reduced or any(c.dep_ in ("auxpass", "nsubjpass") for v, _ in chain for c in v.children)  # "written and directed by X"
    used: set[int] = set()
    moved: list[list[Token]] = []
    options = _object_options(relation, end, used, moved)
    options = options or _clause_option(relation, end, used)
    options = options or _prep_options(relation, end, used, passive=passive)
    options = options or _intransitive_option(relation, end, used)
    extras = moved + _extras(end, used)
    options += _destination_options(options, extras, end)
    if end is not verb:
        extras += _extras(verb, used)
    if reduced:
        # Reduced passive relative: "the word spelled out in the center" reads
        # "the word is spelled out in the center".
        plural = subject_head is not None and subject_head.tag_ in ("NNS", "NNPS")
        past = verb.sent.root.tag_ == "VBD"
        be = ("were" if plural else "was") if past else ("are" if plural else "is")
        options = [([be, *rel], obj, key, kind) for rel, obj, key, kind in options]
    for subject, label in _subjects(verb, subject_head, how):
        for rel, obj, key, kind in options:
            if passive and kind in ("svo", "prep", "intransitive", "light"):
                kind = "passive"
            taken = set(obj) if obj else None  # an extra sharing a word with the object is left out
            yield Candidate(
                subject=subject,
                relation=rel,
                key=key,
                object=obj,
                kind=kind,
                predicate=end,
                extras=[e for e in extras if taken is None or taken.isdisjoint(e)],
                factuality=reading.factuality,
                cue=reading.cue,
                source=reading.source,
                chain=[v for v, _ in chain],
                features={"subject_how": how, "chain": len(chain), "split_subject": label == "split",
                          "proxy": label == "proxy", "passive": passive},
            )
