"""News-facts benchmark: does the graph hold what an analyst would note, and only that?

Builds a one-article graph of each article that ``benchmarks/gold/facts/*.json``
describes (the BBC corpus in ``../shared/corpus/bbc``; ``founding.json`` is the
article in ``seeds/``) and compares every statement the graph makes with the
article's gold: every event, position, membership, quote and relation a careful
reader recorded, each with its factuality (see ``benchmarks/gold/README.md``).

A *statement* is what a user of the graph reads as one claim: an event node
with its participants, a position held, a quote, or a plain edge that no event
of the graph already stands for. A statement matches a gold fact when

- both are read from the same sentence (the fact's anchor lies inside the
  statement's evidence span);
- their kinds fit (an event or an edge matches an event or relation; a
  position a position or membership; a quote a quote or a statement event);
- the predicate fits: a lemma of the statement's trigger or key (light verbs
  such as *be*, *have*, *make* aside) is the fact's trigger or one of its
  ``also`` lemmas; positions, memberships, quotes and relations skip this test;
- every core argument the statement has (agent, theme, subject, object,
  recipient, person, organisation, member, group, speaker) is a name or phrase
  of the fact's argument in a role that fits, and at least one does.

A statement's subject given as agent may stand for the fact's recipient or
theme where the fact has no agent (the gold labels the subject of "receive",
"win a nomination", "face charges" so), and an argument made only of words of
the fact's predicate ("money" of "raise money") is part of the predicate.

The gold states each fact once, where the article first says it; a statement
read from a later sentence that restates it matches too when it carries the
fact's predicate and all of its core arguments (at least two, where the fact
has two).

Figures:

- statement precision: matched statements / statements (the gold is
  exhaustive, so an unmatched statement counts as wrong);
- fact recall: gold facts matched by a statement that covers all their core
  arguments; *partial* when a statement matches with fewer; key-fact recall the
  same over the facts marked ``key``; a position that covers a membership fact
  of its person and body finds that fact too (a post in a body is membership of
  it, and the graph states no membership a position already holds);
- factuality accuracy: matched pairs whose factuality agrees;
- hedged as fact: statements the graph gives as asserted or reported whose fact
  is planned, possible, negated, denied, speculated or questioned (the worst
  error: a plan, a denial or a guess written as a fact);
- statements per article.

Usage::

    python3 -m benchmarks.news_facts             # every gold article
    python3 -m benchmarks.news_facts --verbose   # also each statement, matched or not, and each missed fact
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.lexicon import demonym_country

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "facts"
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
SEEDS = ROOT / "seeds"

FACTUAL = frozenset({"asserted", "reported"})
LIGHT_VERBS = frozenset({"be", "have", "make", "take", "do", "get", "give", "go", "come", "put", "set"})
# The argument roles that say who and what a fact is about: a statement must get them right.
CORE_ROLES = frozenset(
    {"agent", "theme", "patient", "subject", "object", "recipient", "person", "org", "member", "group", "speaker",
     "opponent"}
)
# Which gold roles a statement's role may stand for.
FITTING_ROLES = {
    "agent": {"agent", "subject", "speaker", "member", "person"},
    "theme": {"theme", "patient", "object", "topic", "quantity"},
    "patient": {"theme", "patient", "object"},
    "recipient": {"recipient", "beneficiary", "object", "to"},
    # A plain edge knows only its ends: its subject is whoever the fact is about
    # first, its object any other participant.
    "subject": {"agent", "subject", "theme", "patient", "person", "member", "speaker"},
    "object": {"theme", "patient", "object", "recipient", "beneficiary", "place", "to", "from", "opponent", "org",
               "group", "topic", "instrument", "agent", "subject"},
    "person": {"person", "subject", "member"},
    "org": {"org", "group", "object"},
    "member": {"member", "person", "subject"},
    "group": {"group", "org", "object"},
    "speaker": {"speaker", "agent", "subject"},
    "opponent": {"opponent", "theme", "object"},
}
# Roles the gold gives a subject that is no doer ("Alitalia received aid").
SUBJECT_ROLES = frozenset({"recipient", "theme", "patient"})
KIND_FITS = {
    "event": {"event", "relation"},
    "relation": {"event", "relation", "membership", "position"},
    "position": {"position", "membership"},
    "membership": {"membership", "position"},
    "quote": {"quote", "event"},
}


@dataclass
class Fact:
    """One gold fact, with the span of its anchor in the document text."""

    article: str
    id: str
    kind: str
    trigger: set[str]
    args: dict[str, list[str]]
    factuality: str
    key: bool
    span: tuple[int, int] | None
    raw: dict = field(repr=False)


@dataclass
class Statement:
    """One claim the graph makes, reduced to what scoring compares."""

    kind: str
    lemmas: set[str]
    args: dict[str, list[str]]
    factuality: str
    span: tuple[int, int]
    shown: str


@dataclass
class Scores:
    statements: int = 0
    matched_statements: int = 0
    facts: int = 0
    found: int = 0
    partial: int = 0
    key_facts: int = 0
    key_found: int = 0
    key_partial: int = 0
    pairs: int = 0
    factuality_agree: int = 0
    hedged_as_fact: int = 0
    articles: int = 0
    kinds: Counter = field(default_factory=Counter)
    """Per kind: ``("facts", kind)``, ``("found", kind)``, ``("partial", kind)`` for gold facts,
    ``("statements", kind)``, ``("matched", kind)`` for the graph's statements."""

    def add(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def fold(text: str) -> str:
    """Lowercase ASCII words, without a leading article or a possessive.

    >>> fold("The Reserve Bank of Australia's")
    'reserve bank of australia'
    >>> fold("Mr Greenspan")
    'mr greenspan'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", text)
    words = re.findall(r"[a-z0-9%$.]+", text)
    words = [w.strip(".") for w in words if w.strip(".")]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


_TITLES = frozenset("mr mrs ms miss dr sir lord lady prof president prime minister chancellor".split())


def names_match(system: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether any system name is one of the gold names, up to case, articles,
    titles and possessives; a phrase also matches on its last word (its head),
    and a name on its last word when one side is a surname.

    >>> names_match(["Kassym-Jomart Tokayev"], ["Tokayev", "Mr Tokayev"])
    True
    >>> names_match(["more than 2,000 troops"], ["troops"])
    True
    >>> names_match(["Russia"], ["Kazakhstan"])
    False

    A country matches the demonym the gold writes for it (a nationality):

    >>> names_match(["China"], ["Chinese"]), names_match(["United Kingdom"], ["British"])
    (True, True)
    """
    gold_forms = {fold(name) for name in gold} | {fold(country) for name in gold if (country := demonym_country(name))}
    gold_forms -= {""}
    for name in system:
        form = fold(name)
        if not form:
            continue
        if form in gold_forms:
            return True
        words = [w for w in form.split() if w not in _TITLES] or form.split()
        for other in gold_forms:
            other_words = [w for w in other.split() if w not in _TITLES] or other.split()
            if words == other_words or (words[-1:] == other_words[-1:] and (len(words) == 1 or len(other_words) == 1)):
                return True
            # The same phrase but for a possessive determiner inside it: the text's "annual bonus rates on
            # its with-profits life policies" is the gold's "annual bonus rates on with-profits life policies".
            if len(words) > 1 and _undetermined(words) == _undetermined(other_words):
                return True
            # A phrase and its head: "more than 2,000 troops" / "troops".
            if (" " + form + " ").find(" " + other + " ") >= 0 or (" " + other + " ").find(" " + form + " ") >= 0:
                return True
    return False


_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _undetermined(words: list[str]) -> list[str]:
    """``words`` without possessive determiners."""
    return [word for word in words if word not in _POSSESSIVE_DETERMINERS]


def load_gold(folder: Path = GOLD) -> dict[str, dict]:
    """Gold by article file name (``business-028`` or ``founding``)."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def article_path(name: str, corpus: Path) -> Path:
    if name == "founding":
        return next(iter(sorted(SEEDS.glob("*.txt"))))
    category, number = name.split("-", 1)
    return corpus / category / f"{number}.txt"


def gold_facts(name: str, gold: dict, text: str) -> list[Fact]:
    """The gold's facts with their anchors found in ``text`` (a fact whose anchor
    is not in the body, e.g. one from the headline, gets no span)."""
    aliases = {canonical: list({canonical, *forms}) for canonical, forms in gold.get("entities", {}).items()}
    facts = []
    for raw in gold["facts"]:
        args: dict[str, list[str]] = {}
        for role, value in raw.get("args", {}).items():
            values = value if isinstance(value, list) else [value]
            names: list[str] = []
            for item in values:
                if isinstance(item, str):
                    names.extend(aliases.get(item, [item]))
            args[role] = names
        trigger = {fold(raw.get("trigger", ""))} | {fold(word) for word in raw.get("also", [])}
        anchor = raw.get("sentence", "")
        at = text.find(anchor) if anchor else -1
        facts.append(
            Fact(
                article=name,
                id=raw["id"],
                kind=raw["kind"],
                trigger={t for t in trigger if t},
                args=args,
                factuality=raw.get("factuality", "asserted"),
                key=bool(raw.get("key")),
                span=(at, at + len(anchor)) if at >= 0 else None,
                raw=raw,
            )
        )
    return facts


def _lemmas(text: str) -> set[str]:
    """Every word of a predicate key or trigger lemma, light verbs aside unless
    the predicate is nothing else ("come", "have").

    >>> sorted(_lemmas("make bid")), sorted(_lemmas("come"))
    (['bid'], ['come'])
    """
    words = set(fold(text).split())
    return (words - LIGHT_VERBS) or words


def entity_line(entity) -> str:
    """One entity as the statement dumps list it: ``E label :: type`` for a named one,
    ``D label :: type`` for one the article only describes (``Entity.described``)."""
    kind = getattr(entity.type, "value", entity.type)
    return f"{'D' if getattr(entity, 'described', False) else 'E'} {entity.label} :: {kind}"


_AND = " & "  # co-participants of one role in the shown form: "agent=Microsoft & SBC"


def graph_statements(part) -> list[Statement]:
    """The claims a one-article graph makes, read from the article's resolved
    ``DocumentGraph``: events, positions, quotes, and the plain edges that no
    event stands for."""
    names = {entity.key: [entity.label, *entity.aliases] for entity in part.entities}

    def called(key: str | None, fallback: str = "") -> list[str]:
        return names.get(key, [key]) if key else [fallback]

    statements: list[Statement] = []
    for event in getattr(part, "events", ()):
        args: dict[str, list[str]] = {}
        each: dict[str, list[str]] = {}  # each participant's first name, for the shown form
        for participant in event.participants:
            shown = names.get(participant.entity, []) if participant.entity else []
            args.setdefault(participant.role, []).extend(shown or [participant.text])
            each.setdefault(participant.role, []).append((shown or [participant.text])[0])
        statements.append(
            Statement(
                kind="event",
                lemmas=_lemmas(event.lemma),
                args=args,
                factuality=_value(event.factuality),
                span=(event.evidence.start, event.evidence.end),
                shown=f"{event.lemma}({', '.join(f'{r}={_AND.join(v)}' for r, v in each.items())}) [{_value(event.factuality)}]",
            )
        )
    for position in getattr(part, "positions", ()):
        args = {"person": called(position.person), "role": [position.role]}
        if position.organisation:
            args["org"] = called(position.organisation)
        statements.append(
            Statement(
                kind="position",
                lemmas=set(),
                args=args,
                factuality=_value(getattr(position, "factuality", "asserted")),
                span=(position.evidence.start, position.evidence.end),
                shown=f"position({args['person'][0]}, {position.role}, {args.get('org', ['-'])[0]})" + _marks(position),
            )
        )
    for quote in getattr(part, "quotes", ()):
        args = {"speaker": called(quote.speaker, quote.speaker_text), "content": [quote.content]}
        if getattr(quote, "addressee", None) or getattr(quote, "addressee_text", ""):
            args["recipient"] = called(quote.addressee, quote.addressee_text)
        statements.append(
            Statement(
                kind="quote",
                lemmas=_lemmas(quote.cue),
                args=args,
                factuality=_value(getattr(quote, "factuality", "asserted")),  # "will say": planned
                span=(quote.evidence.start, quote.evidence.end),
                shown=f"quote({args['speaker'][0]} {quote.cue}: {quote.content[:50]!r})" + _unless_asserted(quote),
            )
        )
    for relation in part.relations:
        if getattr(relation, "event", None):
            continue  # the event itself is the statement
        factuality = getattr(relation, "factuality", None)
        if factuality is None:
            factuality = "reported" if relation.attributed_to else "asserted"
        subject, obj = called(relation.subject), called(relation.object)
        statements.append(
            Statement(
                kind="relation",
                lemmas=_lemmas(relation.key),
                args={"subject": subject, "object": obj},
                factuality=_value(factuality),
                span=(relation.evidence.start, relation.evidence.end),
                shown=f"{subject[0]} --{relation.text}--> {obj[0]} [{_value(factuality)}]",
            )
        )
    return statements


def _unless_asserted(quote) -> str:
    """A quote's factuality in its shown form when the speech was not simply given ("will say":
    planned, "refused to say": negated), as the graph records it (kg:factuality)."""
    value = _value(getattr(quote, "factuality", "asserted"))
    return "" if value == "asserted" else f" [{value}]"


def _marks(position) -> str:
    """A position's status and factuality in its shown form when it is not a current post
    simply stated ("will become chief executive": future, planned; "former": former), as the
    graph records them (kg:status, kg:factuality)."""
    marks = [mark for mark in (getattr(position, "status", "current"), _value(getattr(position, "factuality", "asserted")))
             if mark not in ("current", "asserted")]
    return f" [{', '.join(marks)}]" if marks else ""


def _value(factuality: object) -> str:
    return str(getattr(factuality, "value", factuality))


def _core_roles(args: dict[str, list[str]]) -> list[str]:
    return [role for role in args if role in CORE_ROLES]


def _in_predicate(names: list[str], predicate_words: set[str]) -> bool:
    """Whether an argument is only words of the fact's predicate ("money", "a dinner")."""
    return any(set(fold(name).split()) <= predicate_words for name in names if fold(name))


def _in_role(organisation: list[str], fact: Fact) -> bool:
    """Whether the gold writes a position's organisation inside its role: "former French
    president" holds France, "Wales flanker" Wales.

    >>> _in_role(["France"], Fact("a", "f1", "position", set(), {"role": ["former French president"]},
    ...                           "asserted", False, (0, 10), {}))
    True
    """
    wanted = {fold(name) for name in organisation} - {""}
    for role in fact.args.get("role", []):
        words = fold(role).split()
        named = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        if wanted & named or any(fold(demonym_country(phrase) or "") in wanted for phrase in named):
            return True
    return False


def match(statement: Statement, fact: Fact, *, elsewhere: bool = False) -> tuple[bool, bool]:
    """``_match``, and for a plain edge against a gold relation also with its ends swapped:
    the gold writes no one direction for a relation ("Columbia make Silicon Graphics",
    "Texas Instruments make computer chips"), and relations skip the predicate test.

    >>> made = Fact("a", "f4", "relation", {"make"}, {"subject": ["Columbia"], "object": ["Silicon Graphics"]},
    ...             "asserted", False, (0, 10), {})
    >>> match(Statement("relation", {"produce"}, {"subject": ["Silicon Graphics"], "object": ["Columbia"]},
    ...                 "asserted", (0, 20), ""), made)
    (True, True)
    """
    found = _match(statement, fact, elsewhere=elsewhere)
    if found[0] or statement.kind != "relation" or fact.kind != "relation" or set(statement.args) != {"subject", "object"}:
        return found
    swapped = {"subject": statement.args["object"], "object": statement.args["subject"]}
    return _match(replace(statement, args=swapped), fact, elsewhere=elsewhere)


def _match(statement: Statement, fact: Fact, *, elsewhere: bool = False) -> tuple[bool, bool]:
    """(matches, covers): whether the statement stands for the fact, and whether it
    also carries every core argument of the fact.

    The gold writes each fact once, at the sentence that states it first; with
    ``elsewhere`` a statement read from another sentence matches when it restates
    the fact whole (its predicate and all its core arguments, at least two where
    the fact has two).

    A statement's role is tried on the fact's role of the same name first: the
    theme "a $23bn government contract" covers the fact's theme, whatever the hash
    seed (the quantity is no core argument).

    >>> fact = Fact("a", "f1", "event", {"lose"}, {"agent": ["Boeing"], "theme": ["government contract"],
    ...             "quantity": ["$23bn"]}, "asserted", False, (0, 10), {})
    >>> match(Statement("event", {"lose"}, {"agent": ["Boeing"], "theme": ["a $23bn government contract"]},
    ...                 "asserted", (0, 20), ""), fact)
    (True, True)

    A subject where the fact has no agent may be its recipient; a participant
    that is a word of the fact's predicate is no participant:

    >>> aid = Fact("a", "f2", "event", {"receive"}, {"recipient": ["Alitalia"], "theme": ["state aid"]},
    ...            "asserted", False, (0, 10), {})
    >>> match(Statement("event", {"receive"}, {"agent": ["Alitalia"], "theme": ["state aid"]}, "asserted", (0, 20), ""), aid)
    (True, True)
    >>> money = Fact("a", "f3", "event", {"raise money"}, {"agent": ["Elton John"]}, "asserted", False, (0, 10), {})
    >>> match(Statement("event", {"raise"}, {"agent": ["Elton John"], "theme": ["money"]}, "asserted", (0, 20), ""), money)
    (True, True)
    >>> match(Statement("event", {"receive"}, {"agent": ["Boeing"]}, "asserted", (0, 20), ""), aid)
    (False, False)
    """
    if fact.span is None:
        return False, False
    inside = statement.span[0] <= fact.span[0] < statement.span[1]
    if inside == elsewhere:
        return False, False
    if fact.kind not in KIND_FITS.get(statement.kind, set()):
        return False, False
    trigger_words = {w for t in fact.trigger for w in t.split()}
    if fact.kind == "event" and statement.kind in ("event", "relation", "quote") and not statement.lemmas & trigger_words:
        return False, False
    # An argument that is a word of the fact's own predicate ("money" of "raise
    # money", "cuts" of "make cuts") is part of the predicate, not a participant.
    predicate_words = {w for t in fact.trigger for w in t.split()}
    roles = [r for r in _core_roles(statement.args) if not _in_predicate(statement.args[r], predicate_words)]
    if statement.kind == "position" and "org" not in fact.args and _in_role(statement.args.get("org", []), fact):
        roles.remove("org")  # the gold's role "British ambassador" holds the organisation kg reads apart
    if not roles:
        return False, False
    covered: set[str] = set()
    for role in roles:
        # The statement's own role first, then the others by name: a set's order
        # changes with the hash seed, and so would the figures.
        candidates = set(FITTING_ROLES.get(role, {role}))
        if role == "agent" and "agent" not in fact.args:
            # The subject of "receive", "win a nomination", "face charges" is no
            # doer: where the fact has no agent, the statement's subject may be the
            # fact's recipient or theme (the gold's label for such subjects).
            candidates |= SUBJECT_ROLES
        fitting = [r for r in sorted(candidates, key=lambda r: (r != role, r))
                   if r in fact.args and r not in covered]
        hit = next((r for r in fitting if names_match(statement.args[role], fact.args[r])), None)
        if hit is None:
            return False, False
        covered.add(hit)
    covers = all(role in covered for role in _core_roles(fact.args))
    if elsewhere and (len(covered) < min(2, len(_core_roles(fact.args))) or not covers):
        return False, False
    return True, covers


def score_article(statements: list[Statement], facts: list[Fact]) -> tuple[Scores, list[tuple[Statement, Fact | None]], list[tuple[Fact, str]]]:
    """Scores of one article, each statement with its best fact, and each fact with
    how it was found (``found``, ``partial`` or ``missed``)."""
    scores = Scores(statements=len(statements), facts=len(facts), articles=1)
    scores.key_facts = sum(fact.key for fact in facts)
    best: dict[str, str] = {}
    paired: list[tuple[Statement, Fact | None]] = []
    for statement in statements:
        scores.kinds["statements", statement.kind] += 1
        hits = [(fact, covers) for fact in facts for ok, covers in [match(statement, fact)] if ok]
        if not hits:
            hits = [(fact, covers) for fact in facts for ok, covers in [match(statement, fact, elsewhere=True)] if ok]
        if not hits:
            paired.append((statement, None))
            continue
        # Of the facts it fits, a statement stands for one it covers, says with the fact's
        # own predicate ("play for" a membership rather than the position beside it), that
        # no earlier statement found yet, and of the same factuality, in that order.
        fact, covers = max(
            hits,
            key=lambda hit: (
                hit[1],
                bool(statement.lemmas & {w for t in hit[0].trigger for w in t.split()}),
                best.get(hit[0].id) != "found",
                hit[0].factuality == statement.factuality,
            ),
        )
        paired.append((statement, fact))
        scores.kinds["matched", statement.kind] += 1
        scores.matched_statements += 1
        scores.pairs += 1
        scores.factuality_agree += fact.factuality == statement.factuality
        scores.hedged_as_fact += statement.factuality in FACTUAL and fact.factuality not in FACTUAL
        level = "found" if covers else "partial"
        if best.get(fact.id) != "found":
            best[fact.id] = level
    # A post in a body is membership of it: a position that covers a membership fact finds it
    # too, beside the position fact it stands for (the graph states no membership a position holds).
    for statement in statements:
        if statement.kind == "position":
            for fact in facts:
                if fact.kind == "membership" and best.get(fact.id) != "found" and match(statement, fact) == (True, True):
                    best[fact.id] = "found"
    outcome = []
    for fact in facts:
        level = best.get(fact.id, "missed")
        outcome.append((fact, level))
        scores.kinds["facts", fact.kind] += 1
        scores.kinds[level, fact.kind] += 1
        scores.found += level == "found"
        scores.partial += level == "partial"
        if fact.key:
            scores.key_found += level == "found"
            scores.key_partial += level == "partial"
    return scores, paired, outcome


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def report(total: Scores) -> Iterator[str]:
    yield f"articles {total.articles}, gold facts {total.facts} ({total.key_facts} key), statements {total.statements}"
    yield f"statement precision {_ratio(total.matched_statements, total.statements)} ({total.matched_statements}/{total.statements})"
    yield f"fact recall {_ratio(total.found, total.facts)} (+partial {_ratio(total.found + total.partial, total.facts)})"
    yield f"key-fact recall {_ratio(total.key_found, total.key_facts)} (+partial {_ratio(total.key_found + total.key_partial, total.key_facts)})"
    yield f"factuality accuracy {_ratio(total.factuality_agree, total.pairs)} ({total.factuality_agree}/{total.pairs})"
    yield f"hedged content given as fact: {total.hedged_as_fact}"
    yield f"statements per article {total.statements / total.articles:.1f}" if total.articles else "statements per article n/a"
    if total.kinds:
        yield from report_kinds(total.kinds)


def report_kinds(kinds: Counter) -> Iterator[str]:
    """Recall per kind of gold fact and precision per kind of statement.

    >>> list(report_kinds(Counter({("facts", "quote"): 4, ("found", "quote"): 1, ("statements", "quote"): 2, ("matched", "quote"): 2})))
    ['recall by kind of fact:', '  quote        1/4 = 0.250 (+partial 0.250)', 'precision by kind of statement:', '  quote        2/2 = 1.000']
    """
    yield "recall by kind of fact:"
    for kind in sorted({kind for what, kind in kinds if what == "facts"}):
        whole, found = kinds["facts", kind], kinds["found", kind]
        yield f"  {kind:12} {found}/{whole} = {_ratio(found, whole)} (+partial {_ratio(found + kinds['partial', kind], whole)})"
    yield "precision by kind of statement:"
    for kind in sorted({kind for what, kind in kinds if what == "statements"}):
        whole, matched = kinds["statements", kind], kinds["matched", kind]
        yield f"  {kind:12} {matched}/{whole} = {_ratio(matched, whole)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the BBC articles (default ../shared/corpus/bbc)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of the facts gold")
    parser.add_argument("--only", nargs="*", help="article names to score (e.g. business-028 founding)")
    parser.add_argument("--verbose", action="store_true", help="print every statement and every missed fact")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not available", file=sys.stderr)
        return 0
    from kg.pipeline import build_parts, read_documents

    gold = load_gold(args.gold)
    if args.only:
        gold = {name: value for name, value in gold.items() if name in set(args.only)}
    names = list(gold)
    paths = [article_path(name, args.corpus) for name in names]
    total = Scores()
    parts = build_parts(read_documents(paths, problems=[]))
    for name, part in zip(names, parts, strict=True):
        facts = gold_facts(name, gold[name], part.document.text)
        scores, paired, outcome = score_article(graph_statements(part), facts)
        total.add(scores)
        if args.verbose:
            print(f"== {name}: {part.document.title}")
            print("   " + " | ".join(list(report(scores))[:7]).replace("\n", " "))
            for statement, fact in paired:
                verdict = f"OK {fact.id}" if fact else "WRONG"
                extra = f" [factuality {statement.factuality} vs {fact.factuality}]" if fact and fact.factuality != statement.factuality else ""
                print(f"   {verdict:7} {statement.shown}{extra}")
            for fact, level in outcome:
                if level != "found":
                    print(f"   {level.upper():7} {'*' if fact.key else ' '}{fact.id} {fact.kind} {sorted(fact.trigger)} {json.dumps(fact.raw.get('args'))[:120]}")
    for line in report(total):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
