"""Words glued to a name that are no part of it: a describing word before it, a minute after it.

NER's span runs over a neighbour that the article never writes as part of the name:

- ``leading``: a word at the head of the span that opens no name
  (``kg/lexicon/data/leading_words.tsv``): a hyphenated prefix ("Ex-Downing Street
  press chief Richard Marlow": Downing Street), a describing word opening the sentence
  ("Fellow Gloucester prop Dan Whitby": Gloucester; "Star Christina Applegate has left
  the cast": Christina Applegate) when what is left is named alone in the article or is a person's
  full name ("Star Wars" stays), an inverted speech verb ("Said Wales forwards coach
  Tom Murray: ...": Wales).
- ``describing``: a describing word opening the sentence that no table lists, an adjective
  or a participle the article also writes in lower case ("Outgoing Leeds chairman Gerald
  Krasner said ... The other outgoing directors": Leeds), when the rest is named alone in
  the article and the word is never written capitalised inside a sentence ("Real Madrid").
- ``leading`` also cuts an event's adjective at a name's end (``trailing`` words) when a
  number or a lower-case word follows: "Beijing Olympic 100m champion" names Beijing.
- ``described``: a person's span that NER ran over the description before the name, a
  lower-case word between ("Wales physio Mark Davies", "Barcelona star Ronaldinho"): the
  name is the words after it when they look like a person's full name, or one name after a
  role word (``ROLE_HEADS``); the description is read as a role around the name.
- ``postnominal``: letters after a person's name that say a post or an honour
  (``postnominals.txt``): "Former welfare minister Frank Field MP said", "Michael Mansfield QC"
  name Frank Field and Michael Mansfield (``before_postnominal``).
- ``party``: a person's span that NER ran over a party's member noun before the name
  (``party_members.tsv``): "Fellow Lib Dem Norman Baker said" names Norman Baker, when
  the words after it look like a person's full name; ``kg.extract.partisans`` reads the
  membership.
- ``number``: a capital the tokenizer cut off a number it is written in ("the 3G
  network": "G") is no name of its own (``after_number``).
- ``minute``: in a match report's line-up or scorers' line, a number after a name is the
  minute of a goal or a substitution ("Goals: Walton 12, Pearce 87.": Pearce), not part of
  the name as in "Windows 95" or "Joe 90".
"""

from __future__ import annotations

import re

from kg.extract.cues import looks_like_person
from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES, LEADING_WORDS, NICKNAMES, PARTY_MEMBERS, ROLE_HEADS, is_postnominal
from kg.lexicon.gazetteer import gazetteer

_MINUTE_AFTER = frozenset({",", ".", ")", ";"})
_GOAL_KINDS = frozenset({"og", "pen"})  # an own goal, a penalty: "Dyer 35 og"
_DESCRIBING_TAGS = frozenset({"JJ", "VBN", "VBG"})  # "the other outgoing directors", "the injured winger"
_LAST_MINUTE = 130  # extra time and stoppage time included; "Top 500", "Fifa 2005" are no minutes


def strip_leading(words: Words, start: int, end: int, owners: frozenset[str]) -> int:
    """The name's first word after a leading word that opens no name (rule ``leading``).

    ``owners``: folded texts of the article's entity spans. Gives ``start`` when the
    first word stays.
    """
    tokens = words.words
    kind = LEADING_WORDS.get(fold(tokens[start].text))
    if kind is None and end - start >= 2:
        return _after_describing(words, start, end, owners)
    if kind is None or kind == "trailing" or end - start < 2:
        return start
    if kind == "prefix":
        # "Ex-Downing Street": the prefix, then a hyphen glued to both words.
        glued = tokens[start + 1].text == "-" and end - start > 2 and _touching(words, start, start + 2)
        return start + 2 if glued and tokens[start + 2].text[:1].isupper() else start
    if tokens[start].sent.start != start or not tokens[start + 1].text[:1].isupper():
        return start  # mid-sentence, a capitalised describing word belongs to a title
    if kind == "verb":
        return start + 1 if tokens[start].pos_ in {"VERB", "AUX"} else start
    whole = words.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    rest = words.text[tokens[start + 1].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    return start + 1 if named_alone(words.text, whole, rest, owners) or looks_like_person(rest) else start


def _after_describing(words: Words, start: int, end: int, owners: frozenset[str]) -> int:
    """The name's first word after a describing word opening the sentence (rule
    ``describing``): "Outgoing Leeds chairman" gives Leeds when the article writes
    "outgoing" as a lower-case adjective and names Leeds alone. Gives ``start`` when nothing is cut."""
    tokens = words.words
    first = tokens[start]
    if first.sent.start != start or not first.text.istitle() or not first.is_alpha or not tokens[start + 1].text[:1].isupper():
        return start
    if not any(token.text == first.lower_ and token.tag_ in _DESCRIBING_TAGS and not token.ent_type_ for token in tokens):
        return start  # never written as a lower-case adjective or participle: "Marco de Villiers ... De Villiers"
    if any(token.text == first.text and token.sent.start != token.i for token in tokens):
        return start  # capitalised inside a sentence too: "Real Madrid"
    form = fold(first.text)
    if form in GIVEN_NAMES or form in NICKNAMES or gazetteer().is_place(first.text):
        return start
    whole = words.text[first.idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    rest = words.text[tokens[start + 1].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    return start + 1 if named_alone(words.text, whole, rest, owners) else start


def after_party(words: Words, start: int, end: int, label: str) -> int:
    """The first word of a person's name after a party's member noun NER glued before it
    (rule ``party``), after a leading word too: "Fellow Lib Dem Norman Baker" gives Norman
    Baker. Gives ``start`` when nothing is cut."""
    if label != "PERSON":
        return start
    tokens = words.words
    firsts = (start, start + 1) if LEADING_WORDS.get(fold(tokens[start].text)) is not None else (start,)
    for first in firsts:
        for size in (2, 1):
            member = fold(" ".join(w.text for w in tokens[first : first + size]))
            if end - first <= size or member not in PARTY_MEMBERS or (first == start and size == 1):
                continue  # one party word opening the span ("Tory Liam Fox") is read as a title (kg.extract.mentions)
            if looks_like_person(" ".join(w.text for w in tokens[first + size : end])):
                return first + size
    return start


def after_description(words: Words, start: int, end: int, label: str) -> int:
    """The first word of a person's name after the description NER glued before it (rule
    ``described``): "Wales physio Mark Davies" gives Mark Davies; "Queen of the South" (a
    function word) stays. Gives ``start`` when nothing is cut."""
    tokens = words.words
    if label != "PERSON" or end - start < 3:
        return start
    last = max((i for i in range(start + 1, end - 1) if tokens[i].text.islower()), default=None)
    if last is None or not tokens[last].is_alpha or tokens[last].pos_ != "NOUN" or not tokens[last - 1].text[:1].isupper():
        return start
    rest = tokens[last + 1 : end]
    if not all(token.text[:1].isupper() and token.pos_ == "PROPN" for token in rest):
        return start
    name = words.text[rest[0].idx : rest[-1].idx + len(rest[-1].text)]
    one_name = len(rest) == 1 and tokens[last].lower_ in ROLE_HEADS
    return last + 1 if looks_like_person(name) or one_name else start


def trailing_end(words: Words, start: int, end: int) -> int:
    """The name's end before an event's adjective that makes it a modifier (rule ``leading``,
    its ``trailing`` words): "the Sydney Olympic champion" names Sydney; "the British
    Olympic Association" and "the Athens Olympic Games" keep theirs (a capital follows)."""
    tokens = words.words
    last = tokens[end - 1]
    if end - start < 2 or LEADING_WORDS.get(fold(last.text)) != "trailing" or not last.text[:1].isupper():
        return end
    after = tokens[end] if end < len(tokens) else None
    return end - 1 if after is not None and (after.text.islower() or after.text[:1].isdigit()) else end


def named_alone(text: str, whole: str, rest: str, owners: frozenset[str]) -> bool:
    """``rest`` is an entity span of its own or is written in ``text`` outside ``whole``.

    >>> named_alone("Fellow Gloucester prop Dan Whitby starts. Gloucester won.", "Fellow Gloucester", "Gloucester", frozenset())
    True
    >>> named_alone("Star Wars opens today.", "Star Wars", "Wars", frozenset())
    False
    """
    if fold(rest) in owners:
        return True
    return len(re.findall(rf"\b{re.escape(rest)}\b", text)) > text.count(whole)


def _touching(words: Words, first: int, last: int) -> bool:
    """Words ``first`` to ``last`` are written with no space between them."""
    tokens = words.words
    return all(tokens[i].idx + len(tokens[i].text) == tokens[i + 1].idx for i in range(first, last))


def minute_end(words: Words, start: int, end: int) -> int:
    """The name's end before a minute written after it in a match report (rule ``minute``).

    A number up to 130 ends the span, a comma, stop or bracket follows it, and its
    sentence is a line-up or scorers' line: a colon before the name ("Goals: Walton 12,
    Pearce 87", "Subs: Hendry (Carlisle 89)") or a name and minute beside it in the list
    ("Keeling 35 og, Walton 38, Smith 61"). The caller asks only in sports reports. Gives ``end`` when the last word is no minute.
    """
    tokens = words.words
    last = tokens[end - 1]
    if end - start < 2 or not last.text.isdigit() or int(last.text) > _LAST_MINUTE:
        return end
    follow = end + 1 if end < len(tokens) and tokens[end].lower_ in _GOAL_KINDS else end  # "Dyer 35 og,"
    if follow < len(tokens) and tokens[follow].text not in _MINUTE_AFTER:
        return end
    header = any(token.text == ":" for token in tokens[last.sent.start : start])
    before = start > 1 and tokens[start - 1].text == "," and _minute(words, start - 2)
    after = follow + 2 < len(tokens) and tokens[follow].text == "," and _minute(words, follow + 2)
    if not (header or before or after):
        return end
    return end - 1 if tokens[end - 2].text[:1].isupper() and tokens[end - 2].text.isalpha() else end


def _minute(words: Words, i: int) -> bool:
    """Word ``i`` is a minute after a name in a list, a comma between it and the name
    asked about: "Keeling 35 og, Walton 38" (``i`` at "35", an own goal's "og" skipped)."""
    tokens = words.words
    if i < 1 or i >= len(tokens):
        return False
    if tokens[i].lower_ in _GOAL_KINDS and i > 1:
        i -= 1  # an own goal or a penalty
    return tokens[i].text.isdigit() and int(tokens[i].text) <= _LAST_MINUTE and tokens[i - 1].text[:1].isupper()


def after_number(token: Word) -> bool:
    """The word is written glued to a number before it, one word of the text cut in
    two by the tokenizer: "the 3G network" ("3", "G"). Rule ``number``."""
    if token.i == 0:
        return False
    before = token.doc.words[token.i - 1]
    return before.like_num and before.idx + len(before.text) == token.idx


def before_postnominal(words: Words, start: int, end: int, label: str) -> int:
    """The end of a person's name before post-nominal letters NER kept: "Frank Field MP"
    ends before "MP" (two words or more must stay: "Field MP" is no span to cut)."""
    if label != "PERSON" or end - start < 3 or not is_postnominal(words.words[end - 1].text):
        return end
    return end - 1
