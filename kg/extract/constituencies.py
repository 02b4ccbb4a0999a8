"""A constituency's name in a seat's slot is a place, its "and" kept in one name.

NER reads a seat's name as a person's or a firm's ("MP for Witney": a person;
"Sittingbourne" and "Sheppey" two people; "the Mid-Bedfordshire MP" a firm, or no
name at all), and cuts a seat named for two places at its "and" ("the Eton and Slough
seat": a person and a town). Four slots say the name is a constituency's:

- a member's letters (``seat_holders.txt``) and "for" before it: "MP for Witney",
  "The MP for Sittingbourne and Sheppey said";
- "the" (or a possessive pronoun) before it and "seat" or "constituency" after it:
  "won the Eton and Slough seat", "the Tatton seat", in a text that speaks of elections
  or members (not "the Jordan seat" of a racing driver);
- "the" or "a" before it and a member's letters after it: "The Mid-Bedfordshire MP had
  denied", "The Glasgow Kelvin MP, who was expelled" (the letters are the member's, no
  part of the name: "Frank Field MP", with no "the", is a person);
- "seat of" or "constituency of" before it, in a text that speaks of elections or members:
  "his home seat of Bedwellty", "the Derbyshire seat of Erewash" (not "the seat of the
  Scottish Parliament": no capital right after "of"); not a name "and" goes on after ("the
  constituency of Bethnal Green and Bow": NER's spans cross it, and its first part typed a
  place there and a firm elsewhere would be two nodes); and "whose" opens the second slot
  as "the" does ("whose Finchley constituency").

The name is the run of capitalised proper nouns in the slot (hyphens inside it: "Mid-
Bedfordshire"), over one "and" and the capitalised words after it when the slot closes
after them ("Sittingbourne and Sheppey"; not "MP for Witney and David Davis", a person's
name, nor a party's). The spans NER gave inside it give way to one span labelled ``LOC``
(a place). Not a party's name or member's word ("the Labour MP", "the Tory seat",
``nicknames.tsv``, ``party_members.tsv``), a people's or country's ("the Scottish MP", "a
UK seat"), a chamber's or a body's ("the Commons seat", "a Security Council seat"), nor
a run NER's span goes on past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import PLACE_TYPES
from kg.folding import fold
from kg.lexicon import (
    CHAMBER_NAMES,
    COUNTRIES,
    GIVEN_NAMES,
    NAME_HEADS,
    NICKNAMES,
    PARTY_MEMBERS,
    POSTNOMINALS,
    demonym_country,
    is_postnominal,
)
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Words

SEAT_HOLDERS = read_words("seat_holders.txt")
_SEAT_NOUNS = frozenset({"seat", "constituency"})
_ELECTION_WORDS = frozenset({"election", "by-election", "constituency", "constituent"})
_DETERMINERS = frozenset({"the", "his", "her", "their", "whose"})
_NOT_SEATS = frozenset({"independent"})  # "the Independent MP": a member of no party, no seat
# A word of a seat's slot, lower case: a seat's noun or post-nominal letters (``is_postnominal``: upper case).
_SLOT_WORDS = _SEAT_NOUNS | POSTNOMINALS
_MAX_WORDS = 4  # "Ross Skye and Lochaber": at most this many capitalised words a side of "and"


def seats_joined(spans: list[tuple[str, int, int]], words: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each constituency's name in a seat's slot
    one ``LOC`` span, the spans it covers dropped (see the module's docstring)."""
    seats = [seat for seat in _seats(words) if not any(s < seat[0] < e or s < seat[1] < e for _, s, e in spans)
             or _covered(spans, *seat, words)]
    if not seats:
        return spans
    out = [(label, s, e) for label, s, e in spans if not any(start <= s and e <= end + 1 for start, end in seats)]
    return sorted(out + [("LOC", start, end) for start, end in seats], key=lambda span: (span[1], span[2]))


def is_seat(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a constituency's name in a seat's slot: one name, never split
    at its "and" ("Eton and Slough" though the article names Eton alone)."""
    return (start, end) in _seats(words)


def _covered(spans: list[tuple[str, int, int]], start: int, end: int, words: Words) -> bool:
    """Every span crossing the seat's bounds ends at its member's letters ("Glasgow Kelvin MP")."""
    return all(e <= end + 1 and is_postnominal(words[e - 1].text) for _, s, e in spans if s < start < e or s < end < e)


def _seats(words: Words) -> list[tuple[int, int]]:
    """The (start, end) of each constituency's name in a seat's slot."""
    if words.forms().isdisjoint(_SLOT_WORDS):
        return []  # no seat's noun and no member's letters (most articles): no word-by-word pass
    found = []
    political: bool | None = None
    for i, word in enumerate(words):
        if word.lower_ in _SEAT_NOUNS and word.pos_ == "NOUN" and i + 2 < len(words) and words[i + 1].lower_ == "of":
            end = _capitals_end(words, i + 2)  # "his home seat of Bedwellty", "the constituency of Bethnal Green"
            political = _political(words) if political is None else political
            whole = end >= len(words) or words[end].lower_ != "and"  # "of Bethnal Green and Bow": left to NER
            if end > i + 2 and whole and political and _seat_name(words, i + 2, end):
                found.append((i + 2, end))
        letters = is_postnominal(word.text) and fold(word.text) in SEAT_HOLDERS
        if letters and i + 2 < len(words) and words[i + 1].lower_ == "for":
            end = _run_end(words, i + 2)
            seat = (i + 2, end) if end > i + 2 else None
        elif (letters or word.lower_ in _SEAT_NOUNS) and word.pos_ in {"NOUN", "PROPN"}:
            start = _run_start(words, i)
            before = words[start - 1].lower_ if start > 0 else ""
            opening = {"the", "a"} if letters else _DETERMINERS
            seat = (start, i) if start < i and before in opening else None
            if seat is not None and not letters:
                political = _political(words) if political is None else political
                seat = seat if political else None  # "the Jordan seat": a racing team's, in a sports report
        else:
            continue
        if seat is not None and _seat_name(words, *seat):
            found.append(seat)
    return found


def _political(words: Words) -> bool:
    """The text speaks of elected members or elections (a member's letters, "election",
    "constituency"): a seat is a constituency, not a place in a team or on a board."""
    return any(
        (is_postnominal(word.text) and fold(word.text) in SEAT_HOLDERS) or word.lemma_.lower() in _ELECTION_WORDS
        for word in words
    )


def _run_end(words: Words, start: int) -> int:
    """The end of the capitalised run from ``start``, over one "and" when the slot closes after it."""
    end = _capitals_end(words, start)
    if end == start or end + 1 >= len(words) or words[end].lower_ != "and":
        return end
    after = _capitals_end(words, end + 1)
    if after == end + 1 or after - end - 1 > _MAX_WORDS or _person_or_party(words, end + 1, after):
        return end
    if after < len(words) and (words[after].tag_ == "POS" or words[after].text[:1].isupper()):
        return end  # "MP for Witney and Labour's ...": a longer phrase
    return after


def _run_start(words: Words, end: int) -> int:
    """The start of the capitalised run ending before ``end``, over one "and" ("the Eton and Slough seat")."""
    start = _capitals_start(words, end)
    if start == end or start < 2 or words[start - 1].lower_ != "and":
        return start
    before = _capitals_start(words, start - 1)
    if before == start - 1 or start - 1 - before > _MAX_WORDS or _person_or_party(words, before, start - 1):
        return start
    return before


def _capitals_end(words: Words, start: int) -> int:
    end = start
    while end < len(words) and end - start < 2 * _MAX_WORDS and (_capital(words, end) or _glued_hyphen(words, end)):
        end += 1
    while end > start and not _capital(words, end - 1):
        end -= 1
    return end


def _capitals_start(words: Words, end: int) -> int:
    start = end
    while start > 0 and end - start < 2 * _MAX_WORDS and (_capital(words, start - 1) or _glued_hyphen(words, start - 1)):
        start -= 1
    while start < end and not _capital(words, start):
        start += 1
    return start


def _capital(words: Words, i: int) -> bool:
    word = words[i]
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.text.isalpha() and not is_postnominal(word.text)


def _glued_hyphen(words: Words, i: int) -> bool:
    """A hyphen inside a name ("Mid-Bedfordshire"): no space either side, capitals either side."""
    if words[i].text != "-" or i == 0 or i + 1 >= len(words):
        return False
    before, after = words[i - 1], words[i + 1]
    glued = before.idx + len(before.text) == words[i].idx and words[i].idx + 1 == after.idx
    return glued and before.text[:1].isupper() and after.text[:1].isupper()


def _person_or_party(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a person's name (a given name and more) or a party's."""
    names = fold(words.span_text(start, end)).split()
    return (len(names) > 1 and names[0] in GIVEN_NAMES) or _party(" ".join(names))


def _party(form: str) -> bool:
    return form in NICKNAMES or form in PARTY_MEMBERS or form in _NOT_SEATS


def _seat_name(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` may name a seat: no party's, people's, country's, chamber's or
    body's name, nor a person's."""
    form = fold(words.span_text(start, end))
    names = form.split()
    head = NAME_HEADS.get(names[-1])
    return not (
        _party(form) or any(_party(name) for name in names)
        or form in COUNTRIES or demonym_country(words[start].text) is not None
        or form in CHAMBER_NAMES or (head is not None and head[0] not in PLACE_TYPES)
        or (len(names) > 1 and names[0] in GIVEN_NAMES and words[start].ent_type_ == "PERSON")
    )
