"""Changes of a value: whose value moved, its amounts apart, and the change stated
beside a figure with no verb of change ("up from", "down from").

Whose value (``measured_owner``): "Quarterly profits at TimeWarner jumped 76%" -
the owner of a measured noun (``measured_nouns.tsv``) named inside the theme. The
amounts (``nested_new_values``, ``before_next_value``; the "to", "from" and "by"
rows of ``event_roles.tsv`` give the rest): "dropped 10% from $2bn to $1.8bn",
where the parse hangs "to $1.8bn" inside the "from" phrase, or NER reads "0.25% to
4.75%" as one amount.

Business news gives a figure and how it moved in one breath: "British Airways
reported pre-tax profits of £75m for the three months, down from £125m a year
earlier", "Net profit was $1.2bn, up from $900m". The figure is the value the
change reached, the "from" amount the value it left, the noun the value that moved
(its theme); "down" is a fall and "up" a rise (``event_lemmas.tsv``: class change,
the subject a theme). Two constructions name the figure:

- a copula: "[Net profit] was [$1.2bn], up from $900m" (the subject the theme,
  the complement the new value; whose profit as ``measured_owner`` reads it);
- a verb of totalling (``kg.extract.totals.total_figure``): "[Losses at GM Europe]
  totalled [$345m], up from $66m" (the subject the theme, the amount the new value);
- a verb by which a subject gives its own figure (``figure_verbs.txt``): "[British
  Airways] reported [pre-tax profits] of [£75m] ..., down from £125m": the object
  the theme, its "of" amount the new value, the subject whose profits (the owner).

A copula with the adverb and the amounts says the move itself, with no "from"
(``copula_move``): "[Turnover for the quarter] was up [4.3%] to [£1.97bn]" (the
subject a measured noun, the theme; the amount the difference; the "to" or "at"
amount the value reached).

Nothing else makes one: "down from the mountain" has no amount, "Sales were up on
last year" none either, and "the visitors were 2-0 up" is no measured value. The
adverb is the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.baselines import baseline
from kg.extract.closes import MOVES, closing_change
from kg.extract.comparedlevels import compared_change
from kg.extract.event_arguments import TIME_LABELS, argument_kind, with_name
from kg.extract.moves import object_move
from kg.extract.quantities import read_quantity
from kg.extract.reportdays import report_days
from kg.extract.seenchanges import seen_by
from kg.extract.spans import noun_phrase, prep_phrase
from kg.extract.statechanges import backed_state
from kg.extract.totals import total_figure
from kg.lexicon import FIGURE_VERBS, MEASURED_NOUNS, demonym_country

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.lexicon.events import Trigger

DIRECTIONS = {"up": "rise", "down": "fall"} | MOVES
"""The adverb of a change beside a figure or of a market close (``kg.extract.closes``)
and the lemma of the change it states."""


def figure_change(adverb: Word) -> tuple[str, list[tuple[str, list[Word]]]] | None:
    """The lemma and the arguments (role, words) of the change "up/down from AMOUNT"
    states of the figure of the clause it hangs on, or ``None`` when it is none.

    "British Airways reported pre-tax profits of £75m, down from £125m" ->
    ("fall", [theme "pre-tax profits", new_value "of £75m", owner "British
    Airways", old_value "from £125m"]).
    """
    closing = closing_change(adverb)
    if closing is not None:  # "closed 16.29 points lower at 4,500"
        lemma, found = closing
        return lemma, [*found, *times_of(adverb.head)]
    compared = compared_change(adverb)
    if compared is not None:  # "Sales were 4.3% higher than in 2003" (kg.extract.comparedlevels)
        lemma, found = compared
        return lemma, [*found, *times_of(adverb.head)]
    lemma = DIRECTIONS.get(adverb.lower_)
    verb = adverb.head
    if lemma is not None and (moved := object_move(adverb)):  # "sent Reynolds shares up 4.5%"
        return lemma, [*moved, *times_of(verb)]
    if lemma is None or adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or adverb.i < verb.i:
        return None
    source = next((c for c in adverb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if source is None:
        moved = copula_move(adverb)  # "Turnover was up 4.3% to £1.97bn"
        return (lemma, [*moved, *times_of(verb)]) if moved else None
    old = next((c for c in source.children if c.dep_ == "pobj"), None)
    if old is None or argument_kind(old, [old]) != "quantity":
        return None  # "down from the mountain": no value it left
    found = _copula_figure(verb) or _given_figure(verb) or [
        (role, noun_phrase(word)) for role, word in total_figure(verb)]  # "Losses totalled $345m, up from $66m"
    if not found:
        return None
    theme = [t for role, tokens in found if role == "theme" for t in tokens]  # "In July, X reported an annual turnover"
    return lemma, [*found, ("old_value", [source, *noun_phrase(old)]), *report_days(verb, theme, times_of(verb))]


def copula_move(adverb: Word) -> list[tuple[str, list[Word]]]:
    """The arguments of a measured value's move that a copula states with "up" or
    "down" and its amounts, with no "from": the subject (a measured noun) the theme,
    the amount after the adverb the difference, its "to" or "at" amount the value
    reached. Empty when the subject is no measured value or no amount is given.

    Construction "copula + up/down + amount": "Turnover for the quarter was up 4.3%
    to £1.97bn" -> theme "Turnover for the quarter", difference "4.3%", new_value "to
    £1.97bn"; "Sales were down 2% at £3bn"; "The jobless rate was down to 5.2%"; the
    amount after "by" the difference too ("house prices were up by 23%"). Not
    "Sales were up on last year" (no amount), nor "The team was 3-0 up" (no measured
    value), nor "prices were up from $40" (the "from" rule above).
    """
    verb = adverb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_.lower() != "be" or subject is None or subject.lemma_.lower() not in MEASURED_NOUNS:
        return []
    found: list[tuple[str, list[Word]]] = []
    difference = next((c for c in adverb.children if c.dep_ == "npadvmod" and _amount(c)), None)
    if difference is not None:
        found.append(("difference", [t for t in noun_phrase(difference) if t.dep_ != "prep" and t.i <= difference.i]))
    elif (by := _by_amount(verb, adverb)) is not None:  # "house prices were up by 23%"
        difference = by
        found.append(("difference", [t for t in noun_phrase(by) if t.dep_ != "prep" and t.i <= by.i]))
    holders = [adverb] if difference is None else [adverb, difference]
    for prep in (c for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in ("to", "at")):
        value = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if value is not None and _amount(value):
            found.append(("new_value", prep_phrase(prep)))
            break
    # The parse may run a subject across a full stop it missed ("... £250m. Turnover was up"):
    # the theme starts after it.
    cut = max((t.i for t in noun_phrase(subject) if t.i < subject.i and t.text.endswith(".")), default=-1)
    return [("theme", [t for t in noun_phrase(subject) if t.i > cut]), *found] if found else []


def _by_amount(verb: Word, adverb: Word) -> Word | None:
    """The amount of "up by 23%" right after the adverb, which the parse hangs on the adverb or the copula."""
    for prep in (*adverb.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i == adverb.i + 1:
            amount = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return amount if amount is not None and _amount(amount) else None
    return None


def times_of(verb: Word) -> list[tuple[str, list[Word]]]:
    """When the figure is for: "reported profits of £75m [for the three months to December]"."""
    found = []
    for prep in verb.children:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if pobj is not None and argument_kind(pobj, [pobj]) == "time" and not baseline(prep):  # kg.extract.baselines
            found.append(("time", prep_phrase(prep)))
    return found


def _copula_figure(verb: Word) -> list[tuple[str, list[Word]]]:
    """ "Net profit was $1.2bn": the measured subject and the amount it is."""
    if verb.lemma_.lower() != "be":
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    amount = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subject is None or amount is None or subject.lemma_.lower() not in MEASURED_NOUNS \
            or argument_kind(amount, [amount]) != "quantity":
        return []
    return [("theme", noun_phrase(subject)), ("new_value", noun_phrase(amount))]


def _given_figure(verb: Word) -> list[tuple[str, list[Word]]]:
    """ "British Airways reported pre-tax profits of £75m": the object without its
    amount, the amount, and the subject whose figure it is."""
    if verb.lemma_.lower() not in FIGURE_VERBS:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    figure = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or figure is None or figure.lemma_.lower() not in MEASURED_NOUNS:
        return []
    of = next((c for c in figure.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    amount = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if amount is None or argument_kind(amount, [amount]) != "quantity":
        return []
    theme = [t for t in noun_phrase(figure) if t.i < of.i]
    found = [("theme", theme), ("new_value", prep_phrase(of))]
    if subject.pos_ == "PROPN" or (argument_kind(subject, [subject]) in ("party", "place") and subject.pos_ != "PRON"):
        found.append(("owner", noun_phrase(subject)))
    return found


def nested_new_values(verb: Word, trigger: Trigger) -> list[tuple[str, list[Word]]]:
    """The value a change reached where the parser put its "to" inside the "from" or
    "by" phrase: "Net income dropped 10% from $2bn to $1.8bn", "cut bonus rates from
    2.5% to 2%", "from 102 in 2003 to 81 last year", "rose by more than 3.2% to
    £24.8bn": the words after the "to" (``_next_value``). ``before_next_value`` cuts
    them off the "from" / "by" argument.
    """
    if trigger.event_class != "change":
        return []
    found = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            phrase = prep_phrase(prep)
            to = _next_value(phrase)
            if to is not None:
                found.append(("new_value", [t for t in phrase if t.i > to.i]))
    return found + backed_state(verb)  # "moved back into profit"


def before_next_value(role: str, tokens: list[Word]) -> list[Word]:
    """An amount of a change without the next amount the parse put inside it: "from
    2.5% to 2%" -> "from 2.5%" (the "to" one is the value reached, ``nested_new_values``),
    nor a date after it: "from 287 the previous year" -> "from 287"."""
    if role not in ("old_value", "new_value", "difference") or len(tokens) < 2:
        return tokens
    amount = next((t for t in tokens if _amount(t)), None)
    if amount is None:
        return tokens
    to = _next_value(tokens) if role != "new_value" else None
    cut = next((t.i for t in tokens if t.i > amount.i and (t is to or (
        t.ent_type_ in TIME_LABELS and t.ent_type_ != amount.ent_type_))), None)
    return [t for t in tokens if t.i < cut] if cut is not None else tokens


def _next_value(phrase: list[Word]) -> Word | None:
    """The "to" before a second amount in a "from" / "by" phrase ("from $2bn to
    $1.8bn"); after "by" only one before an amount of another unit: "grow by 2% to
    2.5%" is a range of the difference, "rose by 3.2% to £24.8bn" says where it got."""
    first = next((t for t in phrase if _amount(t)), None)
    to = next((t for t in phrase if first is not None and t.i > first.i and t.lower_ == "to"), None)
    rest = [t for t in phrase if to is not None and t.i > to.i]
    if to is None or not any(_amount(t) for t in rest):
        return None
    if phrase[0].lower_ == "by" and _unit([t for t in phrase if t.i < to.i]) == _unit(rest):
        return None
    return to


def _amount(word: Word) -> bool:
    return word.like_num or argument_kind(word, [word]) == "quantity"


def _unit(tokens: list[Word]) -> str | None:
    quantity = read_quantity(" ".join(t.text for t in tokens))
    return quantity.unit if quantity is not None else None


def measured_owner(head: Word | None, trigger: Trigger) -> list[Word]:
    """Whose value a change event's theme is, when the theme's own phrase names it
    (``kg/lexicon/data/measured_nouns.tsv``); empty when it names none:

    - "profits at/of/for X", "shares in X": "Quarterly profits at US media giant
      TimeWarner jumped 76%", "Net income for Ford dropped", "Shares in Rank fell" (the
      object, if a party or a place: not "profits of £75m", "sales for the quarter",
      "exports of cars"; after "in" only a firm's or a person's name);
    - "X's profits": "Vodafone's revenues fell" (the possessor, a pronoun too: "its
      sales rose", resolved like any argument);
    - "X profits": "Tesco sales rose" (the name of an organisation before the noun),
      "US exports fell" (a place, for a country's figures only: "European sales
      rose" are some firm's sales in Europe), "French GDP rose", "the French economy
      grew" (a country's demonym, for a country's figures only);
    - a country's figures in a place: "growth in the UK slowed", "growth of 2.2%
      across the EU" (``kg.extract.figures``).

    Not "sales in Japan" (where, not whose) nor a noun the list does not name
    ("demand for oil rose": oil has no demand of its own).
    """
    whose = MEASURED_NOUNS.get(head.lemma_.lower()) if head is not None else None
    if head is None or trigger.event_class != "change" or whose is None:
        return []
    seer = seen_by(head)  # "GM saw its net profits fall", "Eurotunnel has seen sales fall" (kg.extract.seenchanges)
    for child in head.children:
        if child.dep_ == "poss":
            return _named(seer) if seer is not None and child.pos_ == "PRON" else [t for t in noun_phrase(child) if t.tag_ != "POS"]
        if child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "in", "across") and child.i > head.i:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "in" only before a name of a firm or a person: "shares in Rank", not "sales in Japan";
            # a country's figure is the place's: "growth in the UK", "growth across the EU"
            wanted = ("ORG", "PERSON") if child.lower_ == "in" and whose != "economy" else None
            if child.lower_ == "across" and whose != "economy":
                continue
            if pobj is not None and argument_kind(pobj, [pobj]) in ("party", "place") and (
                    wanted is None or pobj.ent_type_ in wanted):
                return _name_of(pobj) or with_name(noun_phrase(pobj))
    # A name before the noun, when no phrase after it names the owner ("US sales at Ford").
    named = ("ORG", "PERSON", "GPE") if whose == "economy" else ("ORG", "PERSON")
    for child in head.children:
        # "French GDP", "the French economy": a country's demonym names whose economy
        demonym = whose == "economy" and child.ent_type_ == "NORP" and demonym_country(child.text) is not None
        if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i and (child.ent_type_ in named or demonym):
            name = [t for t in child.subtree if t.ent_iob_ != "O" and t.ent_type_ == child.ent_type_]
            # "Non-EU imports": everyone's but the EU's
            return [] if any(t.lower_ == "non" for t in child.sent.doc[child.left_edge.i : head.i]) else name
    if seer is not None:
        return _named(seer)
    return reporter(head) if whose == "company" else []


def _named(word: Word) -> list[Word]:
    return _name_of(word) or with_name(noun_phrase(word))


def reporter(head: Word) -> list[Word]:
    """Whose figure a change noun under a verb of giving one's figure is: "Barclays
    reported a 20% rise in pre-tax profits", "General Electric has posted an 18% jump
    in quarterly sales" (the subject: a firm gives its own figures, ``figure_verbs.txt``).
    Not a pronoun's (as ``_given_figure``), nor a kind of thing's figures, which a body
    reports of a trade ("The BPI reported a rise in album sales"; "operating profits"
    are the firm's own)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "in" or prep.head.dep_ != "dobj" or prep.head.pos_ != "NOUN":
        return []
    verb = prep.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in FIGURE_VERBS or subject is None or subject.pos_ == "PRON" or any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and not c.lower_.endswith("ing") for c in head.children):
        return []
    if subject.pos_ == "PROPN" or argument_kind(subject, [subject]) == "party":
        return _name_of(subject) or with_name(noun_phrase(subject))
    return []


def _name_of(word: Word) -> list[Word]:
    """The whole named entity a word is part of ("Marks & Spencer", which the parse
    splits at "&"), or nothing when it is in none."""
    if word.ent_iob_ == "O" or not word.ent_type_:
        return []
    doc, start, end = word.sent.doc, word.i, word.i + 1
    while doc[start].ent_iob_ == "I" and start > word.sent.start:
        start -= 1
    while end < word.sent.end and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])
