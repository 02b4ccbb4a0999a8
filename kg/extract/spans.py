"""Argument spans: which tokens of a noun phrase (or clause) make an argument.

Open-IE benchmarks and graph labels both punish two opposite mistakes: whole
subtrees (a relative clause or an apposition dragged into the argument) and bare
head nouns ("alliance" for "a Russia-led security alliance"). The rules here keep
the head's determiners, modifiers, compounds, numbers and attached prepositional
phrases, and cut clauses, appositions, coordinated siblings and edge punctuation.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from kg.extract.dashclauses import before_dashed_clause
from kg.extract.upto import cut_amount
from kg.extract.words import Words, by_index
from kg.lexicon import AGENT_NOUNS, ARTICLES, DESCRIPTION_NOUNS, RELATIVE_WORDS, ROLE_HEADS, is_postnominal
from kg.nlp.labels import TIME_LABELS
from kg.records import Argument
from kg.types import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

# Children whose subtrees never belong to the noun phrase of their head:
# "the CSTO, which sent troops" (relcl), "Tokayev, the president" (appos).
CLAUSAL_DEPS = frozenset({"relcl", "appos", "advcl", "parataxis"})
# Coordination is split by the rules that distribute it, so a conjunct's span
# stops before ", and the other conjunct".
COORD_DEPS = frozenset({"conj", "cc", "preconj"})
# Tokens never worth keeping at either edge of an argument.
EDGE_PUNCT = frozenset({",", ";", ":", "--", "-", "(", ")", "."})
# Tags of a past form the tagger may give a verb it missed ("angered": JJ).
PAST_TAGS = frozenset({"JJ", "VBD", "VBN"})
# The only dependencies `misparsed_apposition` finds an apposition under.
MISPARSED_APPOSITION_DEPS = frozenset({"conj", "dobj"})
PEOPLE_NOUNS = AGENT_NOUNS | ROLE_HEADS | {noun for noun, kind in DESCRIPTION_NOUNS.items() if kind is EntityType.GROUP}
"""Nouns for people (lemmas): those who act for someone, posts, groups ("fan", "official")."""


def _collect(token: Token, skip: frozenset[str], out: list[Token], *, top: bool) -> None:
    out.append(token)
    for child in token.children:
        if child.dep_ in skip:
            continue
        # A participle with its own arguments is a reduced relative clause
        # ("a German armada preparing to invade England"): cut it like one.
        if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and any(
            g.dep_ in ("dobj", "prep", "xcomp", "agent", "ccomp") for g in child.children
        ):
            continue
        # `top` cuts coordination only at the argument's own head: inside a
        # prepositional phrase "leaders of the GIWU and the PPP" stays whole.
        if top and child.dep_ in COORD_DEPS:
            continue
        if child.dep_ == "conj" and misparsed_apposition(child) is not None:
            continue
        # A date fused into a name by the parser ("On Tuesday Mr Tokayev declared"), with the
        # day of it the parser hung apart ("the 19 December auction": not "the 19 auction").
        if child.ent_type_ in TIME_LABELS and token.ent_type_ not in TIME_LABELS and not _span_modifier(child) and (
                child.dep_ == "compound" or _day_of_fused_date(child, token)):
            continue
        _collect(child, skip, out, top=False)


def _span_modifier(child: Token) -> bool:
    """Whether a time compound is a hyphenated span that says which thing is meant, no date: "a
    five-year high", "a two-year contract" (not "a high", "a contract"): a number, "-", the unit."""
    doc = child.doc
    return child.i >= 2 and doc[child.i - 1].text == "-" and doc[child.i - 2].like_num


def _day_of_fused_date(child: Token, token: Token) -> bool:
    """Whether ``child``, a number of ``token``, starts the date that a compound of ``token``
    ends ("19" of "the 19 December auction")."""
    return child.dep_ == "nummod" and any(
        c.dep_ == "compound" and c.i == child.i + 1 and c.ent_type_ == child.ent_type_ and c.ent_iob_ == "I"
        for c in token.children)


_QUOTE_TEXTS = frozenset({"``", "“", "''", "”", '"'})


def trim(tokens: list[Token]) -> list[Token]:
    """Drop whitespace, edge punctuation and unbalanced quotes from a token list."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (
        tokens[0].text in EDGE_PUNCT
        or (tokens[0].dep_ in ("cc", "punct") and tokens[0].text not in ("``", "`", '"', "“"))
        # "and that [commercial activity] strengthened": a clause's "that" the parser hung on the noun
        or (tokens[0].pos_ == "SCONJ" and tokens[0].lower_ == "that" and tokens[0].dep_ == "det"
            and tokens[0].head.dep_ in ("nsubj", "nsubjpass") and tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].dep_ == "cc")
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in EDGE_PUNCT or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    # An opening quote without its closing one (or the reverse) reads as noise.
    texts = [t.text for t in tokens]
    if _QUOTE_TEXTS.isdisjoint(texts):
        return tokens  # no quotation mark: nothing below applies (most arguments)
    opens = texts.count("``") + texts.count("“")
    closes = texts.count("''") + texts.count("”")
    if opens != closes:
        tokens = [t for t in tokens if t.text not in ("``", "“", "''", "”")]
    if texts.count('"') % 2:  # a straight quote without its pair, at an edge: 'spree"' of '"reckless, ... spree"'
        if tokens and tokens[-1].text == '"':
            tokens = tokens[:-1]
        elif tokens and tokens[0].text == '"':
            tokens = tokens[1:]
    return tokens


def word_phrase(word: Word) -> list[Word]:
    """``noun_phrase`` of a kg ``Word`` (it is annotated for spaCy's ``Token``, whose interface ``Word`` follows)."""
    return cast("list[Word]", noun_phrase(cast(Any, word)))


def noun_phrase(head: Token, *, split_conj: bool = True) -> list[Token]:
    """The tokens of the argument headed by ``head``, in text order.

    Args:
        head: The head token of the argument (a noun, pronoun, adjective ...).
        split_conj: Leave out coordinated siblings of ``head`` (they get their own
            propositions).

    Returns:
        Sorted tokens, without clauses, appositions or edge punctuation.
    """
    phrases = head.doc.phrases if isinstance(head.doc, Words) else None
    if phrases is not None and (found := phrases.get((head.i, split_conj))) is not None:
        return list(found)  # a rule asks again for a phrase it or another rule read
    out: list[Token] = []
    _collect(head, CLAUSAL_DEPS, out, top=split_conj)
    if (noun := run_on_noun(head)) is not None:  # only up to that noun: what follows it the parse gave the verb
        out += [t for t in noun.subtree if head.i < t.i <= noun.i and all(t.i != o.i for o in out)]
    elif (noun := _scare_quoted_noun(head)) is not None and all(t.i != noun.i for t in out):
        _collect(noun, CLAUSAL_DEPS, out, top=True)  # an apposition, or a conjunct split off (``split_conj``)
        have = {t.i for t in out}
        out += [head.doc[i] for i in range(head.i + 1, noun.i) if i not in have]
    tokens = before_dashed_clause(_whole_hyphenated(trim(sorted(out, key=by_index))), head)  # "owe - taking ..."
    tokens += cut_amount(tokens)  # "speeds of [up to 8Mbps]" (kg.extract.upto)
    if phrases is not None:
        phrases[(head.i, split_conj)] = tuple(tokens)
    return tokens


_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MEMBER_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})  # a list member under a preposition (object_members)
_OPENING_QUOTES = frozenset({"``", "\"", "“", "'"})


def _scare_quoted_noun(head: Token) -> Token | None:
    """The noun a quoted adjective modifies where the parser made the adjective the head and
    the noun its conjunct or apposition: "attacked Labour's ["unfair" and over-complicated
    taxes]", "could not afford the ["reckless, George Bush-style tax cutting spree"]"; the
    phrase runs to that noun (``noun_phrase``), not "the "reckless"."""
    if head.pos_ != "ADJ" or head.i == 0 or head.doc[head.i - 1].text not in _OPENING_QUOTES:
        return None
    return next((c for c in head.children if c.dep_ in ("conj", "appos") and c.pos_ in _NOUN_POS and c.i > head.i), None)


def run_on_noun(head: Token) -> Token | None:
    """The noun a phrase runs on to where the parser cut it off at a modifier: a second
    object right after a one-word first ("maintained [their superb] [start]": "superb" read
    as a noun), or the noun after an amount's parenthesis ("agreed [a $168m (£89m)
    settlement deal]", the deal read as an apposition of the amount)."""
    dobj = head.dep_ == "dobj"
    if not dobj and head.ent_type_ not in _AMOUNTS:
        return None  # neither reading can hold (asked of every noun phrase's head: most are neither)
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if dobj and following is not None and following.dep_ == "dobj" and following.head.i == head.head.i and (
            following.pos_ == "NOUN" and not any(c.i > head.i for c in head.children)):
        return following
    if head.ent_type_ not in _AMOUNTS or following is None or following.text != "(":
        return None
    noun = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i), None)
    if noun is None:
        return None
    closing = next((t for t in head.doc[head.i + 1 : noun.i] if t.text == ")"), None)
    between = head.doc[closing.i + 1 : noun.i] if closing is not None else None
    return noun if between is not None and all(t.is_alpha and t.head.i in (noun.i, *(b.i for b in between)) for t in between) else None


_AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


def _whole_hyphenated(tokens: list[Token]) -> list[Token]:
    """A phrase that ends inside a hyphenated word runs to the word's end: the parser
    may split "a super-casino" into three siblings ("a super", "-", "casino"), and the
    phrase then reads "a super"; "phishing e-mails" read "phishing e". Only a noun
    ends such a word: "a Russia-led alliance" keeps "Russia" for its leader."""
    if not tokens:
        return tokens
    doc, last = tokens[0].doc, tokens[-1]
    while last.i + 2 < len(doc) and (dash := doc[last.i + 1]).text == "-" and dash.idx == last.idx + len(last.text) \
            and (rest := doc[last.i + 2]).pos_ in _NOUN_POS and rest.idx == dash.idx + 1:
        tokens = [*tokens, dash, rest]
        last = rest
    return tokens


def clause_span(head: Token, *, drop_mark: bool = True) -> list[Token]:
    """The tokens of a clause argument ("that organic compounds could carry current").

    Args:
        head: The verb heading the clause.
        drop_mark: Leave out the complementiser ("that", "whether"), which the
            relation takes instead.
    """
    tokens = [
        t for t in head.subtree if not (drop_mark and t.dep_ == "mark" and t.head == head and t.i < head.i)
    ]
    return trim(tokens)


def prep_phrase(prep: Token) -> list[Token]:
    """A prepositional phrase as an extra argument: "in 1941", "at Kettering"."""
    out = [prep]
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            out.extend(noun_phrase(child, split_conj=False) if child.dep_ == "pobj" else clause_span(child, drop_mark=False))
        elif child.dep_ == "prep":
            out.extend(prep_phrase(child))
        elif child.dep_ == "advmod" and child.i < prep.i:
            out.append(child)
    return trim(sorted(set(out), key=by_index))


def is_relative(token: Token | Word) -> bool:
    """Whether ``token`` is a relative pronoun standing for a noun outside its clause."""
    return token.lower_ in RELATIVE_WORDS and token.tag_ in ("WDT", "WP", "WP$", "WRB", "IN", "DT")


def misparsed_apposition(token: Token) -> Token | None:
    """The noun that ``token`` really stands in apposition to, when the parser
    made it a second object instead.

    "requested assistance from the CSTO, a Russia-led military alliance" is often
    parsed with "alliance" as a second direct object of "requested". The surface
    pattern "NOUN , a/an/the NOUN" with a verb that already has a direct object
    is read as an apposition of the noun before the comma.
    """
    if token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN") and not token.head.conjuncts[1:]:
        # "The rebels, two brothers from Lyon, fled": a "coordination" with no
        # conjunction word, closed by a comma, is an apposition.
        last = max(token.subtree, key=by_index)
        closed = last.i + 1 < len(token.doc) and token.doc[last.i + 1].text == ","
        opened = token.doc[min(token.subtree, key=by_index).i - 1].text == ","
        if closed and opened and not any(c.dep_ in ("cc", "preconj") for c in token.head.children):
            return token.head
        return None
    if token.dep_ != "dobj" or token.pos_ not in ("NOUN", "PROPN"):
        return None
    first = min(token.subtree, key=by_index)
    if first.i < 2 or token.doc[first.i - 1].text != "," or first.lower_ not in ARTICLES:
        return None
    others = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
    before = token.doc[first.i - 2]
    if not others or before.pos_ not in ("NOUN", "PROPN"):
        return None
    # The noun before the comma heads its own phrase: climb to that head.
    while before.head.i < first.i and before.dep_ in ("compound", "amod") and before.head != before:
        before = before.head
    return before


def argument_head(tokens: list[Token]) -> Token | None:
    """The first token whose head lies outside ``tokens`` (or is itself), if any."""
    if len(tokens) == 1:
        return tokens[0]  # a word alone heads itself (asked once per argument and rule: often)
    if len(tokens) == 2:  # the same test without a set: "the company", "Mr Blair"
        first, second = tokens
        if first.head.i != second.i or first.i == second.i:
            return first
        return second if second.head.i != first.i else None
    if not tokens:
        return None
    doc = tokens[0].doc
    if not isinstance(doc, Words):
        return _first_outside(tokens)
    # Rules ask again for the head of the same words (a candidate's subject or object,
    # by a dozen rules): each run of a document's words is read once. Words never
    # move their heads after `Words` is built, so the answer holds.
    key = tuple(tokens)
    found = doc.heads.get(key, _UNREAD)
    if found is _UNREAD:
        found = doc.heads[key] = _first_outside(tokens)
    return found  # no `cast` call: asked for every argument, by a dozen rules


_UNREAD = object()


def headed_by(tokens: list[Word], head: Word) -> None:
    """Let ``head`` head ``tokens`` read as one argument, where the parse gives the words no one
    head for what they mean: a noun and the infinitive that says what it is to do, split apart
    ("called for Deutsche Boerse to hold a meeting": the holding was called for, not Deutsche
    Boerse; ``kg.extract.forinfinitives``). The argument is then the clause, no entity the noun names."""
    doc = tokens[0].doc if tokens else None
    if isinstance(doc, Words):
        doc.heads[tuple(tokens)] = head


def _first_outside(tokens: list[Token]) -> Token | None:
    # By index: `t.head in tokens` compares Token objects one by one, quadratic.
    inside = {t.i for t in tokens}
    for t in tokens:
        head = t.head.i
        if head not in inside or head == t.i:
            return t
    return None


def to_argument(tokens: list[Token], text: str) -> Argument:
    """``tokens`` as an ``Argument``; ``text`` is their document's text."""
    doc = tokens[0].doc
    if not isinstance(doc, Words) or text is not doc.text:
        return _argument(tokens, text)
    # The same words are made an argument again and again (a subject shared by a
    # clause's readings, an event's and its proposition's): once per document.
    key = tuple(tokens)
    found = doc.arguments.get(key)
    if found is None:
        found = doc.arguments[key] = _argument(tokens, text)
    return found


def _argument(tokens: list[Token], text: str) -> Argument:
    start = tokens[0].idx
    last = tokens[-1]
    end = last.idx + len(last.text)
    head = argument_head(tokens)
    head = tokens[0] if head is None else head
    if head.i > tokens[0].i and is_postnominal(head.text) and head.doc[head.i - 1].ent_type_ == "PERSON":
        head = head.doc[head.i - 1]  # "Frank Field MP criticised": the name heads, not its letters
    # Contiguous tokens read as the text itself; a gapped span (a clause cut out
    # of the middle) reads as its tokens joined by single spaces.
    # (One or two words need no list: their first and last indexes tell.)
    first, count = tokens[0].i, len(tokens)
    contiguous = last.i - first + 1 == count if count < 3 else [t.i for t in tokens] == list(range(first, first + count))
    if contiguous:
        # The document text read once by the caller: `doc.text` (and a Span's
        # `.text`) join every token's text on each call.
        shown = text[start:end]
    else:
        # Cutting a phrase out can leave two commas side by side: keep one.
        kept = [t for i, t in enumerate(tokens) if not (t.is_punct and i and tokens[i - 1].is_punct and t.text == tokens[i - 1].text)]
        shown = " ".join(t.text for t in kept)
    return Argument(text=shown, start=start, end=end, head_start=head.idx, head_end=head.idx + len(head.text))


DATELINE_DASHES = frozenset({"-", "--", "–", "—"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def before_missed_verb(tokens: list[Word]) -> list[Word]:
    """An argument never runs across its clause's verb. Where the tagger misses that
    verb the parse may give the sentence no verb and fold the verb, with what follows,
    into the last noun phrase: "Yukos's sale of its main unit to Rosneft angered
    investors" -> a recipient "Rosneft angered investors". The verb shows itself as a
    past form ("angered", tagged an adjective) right after the end of a name in a
    sentence without a verb: the argument stops before it ("Rosneft"). ``tokens``
    unchanged otherwise."""
    for position, word in enumerate(tokens[1:], start=1):
        before = tokens[position - 1]
        if word.tag_ in PAST_TAGS and word.lower_.endswith("ed") and not word.ent_type_ and before.ent_type_ \
                and before.i + 1 == word.i and before.pos_ in ("PROPN", "ADJ", "NOUN"):
            # Only then the whole sentence: most arguments have no such word.
            return tokens if any(other.pos_ in ("VERB", "AUX") for other in tokens[0].sent) else tokens[:position]
    return tokens


def dateline_end(sent) -> int | None:
    """Index of the dash that closes a wire dateline opening the sentence ("NEW YORK
    (AA) -", "WASHINGTON, Jan 5 (Reuters) -", "(NEW YORK) --"): a place name, then
    at most a date and an agency in brackets, then a dash. ``None`` when there is none."""
    words = list(islice(sent, 12))  # not the whole sentence: it is asked once per clause subject
    start = 1 if words and words[0].text == "(" else 0
    if len(words) <= start or words[start].ent_type_ not in PLACE_LABELS:
        return None
    for word in words[start + 1 :]:
        if word.text in DATELINE_DASHES:
            return word.i
        if not (word.ent_type_ in PLACE_LABELS or word.ent_type_ in ("DATE", "ORG") or word.is_punct or word.text.isupper()
                or word.like_num):
            return None
    return None


def modifies_people(last: Token) -> bool:
    """Whether the name ending in ``last`` only modifies a noun for people after it:
    in "England's Champions League representatives" England's are the
    representatives, not the competition ("Russia's Interfax news agency" and "the
    Paris-based IEA watchdog" name the thing itself with its kind)."""
    head = last.head
    return last.dep_ == "compound" and head.pos_ == "NOUN" and head.i > last.i and head.lemma_.lower() in PEOPLE_NOUNS


def is_modifier(words: Words, start: int, end: int) -> bool:
    """The name at words ``start:end`` modifies a noun instead of standing for itself:
    "Russia-led", "Kazakhstan soldier", "Russian peacekeepers"."""
    root = words.root(start, end)
    if end < len(words.words) and words.words[end].text in {"-", "–"}:
        return True
    return root.dep_ in {"compound", "amod", "npadvmod", "nmod"} and root.head.i >= end


def object_members(tokens: list[Token]) -> list[list[Token]]:
    """A preposition's object (``tokens``), one phrase per member of the "and" list it heads
    ("in Kent, Essex and Surrey" -> Kent, Essex, Surrey); else ``[tokens]``."""
    heads = [t for t in tokens if t.head not in tokens]
    pobj = heads[0] if heads else None
    members = [pobj, *(c for c in pobj.conjuncts if misparsed_apposition(c) is None and _noun_member(c))
               ] if pobj is not None and pobj.dep_ == "pobj" else []
    return [noun_phrase(member) for member in members] if len(members) > 1 else [tokens]


def _noun_member(word: Token) -> bool:
    """A list member that is a noun, not a verb the tagger read as one ("preparing equipment for
    transportation and [handing] over state institutions": a particle, an object)."""
    return word.pos_ in _MEMBER_POS and word.tag_ != "VBG" and not any(c.dep_ in ("prt", "dobj") for c in word.children)
