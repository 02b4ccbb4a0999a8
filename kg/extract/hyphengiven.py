"""A Korean or Chinese full name NER cut at its hyphenated given name is one person's name.

Such a name is a short family name, a space, then a given name of two syllables
joined by a hyphen: "Im Kwon-Taek", "Laah Chong-gyu", "Yoo Ji-chang". NER keeps a
piece of it and kg would keep the piece ("Kwon-Taek" as a firm: the tokenizer
split "Im" as "I" + "m"; "Laah" as a place), so the piece grows to the whole name,
a person's:

- to the left, when the span opens on the hyphenated given name and right before it
  (one space between) stands a capitalised word of at most four letters, in no
  entity, no stop word nor title ("Mr Kilroy-Silk" keeps its title apart);
- to the right, when the span is that one short capitalised word and the
  hyphenated given name follows it, in no entity.

The given name's two syllables are glued to the hyphen and are letters only, at
most six each; the second is a proper noun (tagged ``NNP``), so a hyphenated
modifier never is one ("New York-based", "Pop Idol-style"). A given name the
article writes without that family name elsewhere is no such name but a firm's
or a brand's ("Wal-Mart").

``given_name_tail`` tells ``kg.extract.namelike``'s ``tail`` cut that a lower-case
syllable glued by a hyphen to a capitalised one is a given name's ("Ji-chang"), and
a lower-case piece glued to the family name's first ("I" + "m") the family name's,
not a lower-case word the name ends before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from kg.folding import fold
from kg.lexicon import TITLE_WORDS

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_MAX_FAMILY = 4  # letters of a family name: "Im", "Lee", "Laah", "Wong"
_MAX_SYLLABLE = 6  # letters of a given name's syllable: "Hyuung", "Chook"


def given_name_tail(words: Words, i: int) -> bool:
    """Lower-case word ``i`` is a piece of a name of this kind: the second syllable of its
    given name ("chang" of "Ji-chang") or the tokenizer's piece of its family name ("m" of "Im")."""
    if i >= 2 and _given_name(words, i - 2):
        return True
    return 0 < i < len(words) - 1 and _glued(words[i - 1], words[i]) and _spaced(words, i, i + 1) and _given_name(words, i + 1)


def given_names_joined(spans: list[tuple[str, int, int]], words: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each piece of a full name of this kind grown
    to the whole name, a ``PERSON`` span (see the module's docstring)."""
    out: list[tuple[str, int, int]] = []
    for index, (label, start, end) in enumerate(spans):
        floor = out[-1][2] if out else 0
        ceiling = spans[index + 1][1] if index + 1 < len(spans) else len(words)
        if _given_name(words, start) and end == start + 3 and (family := _family_start(words, start, floor)) is not None:
            if _written_alone(words, family, start + 3):
                out.append((label, start, end))
            else:
                out.append(("PERSON", family, end))  # "I" + "m" + "Kwon-Taek"
            continue
        if (end - start == 1 and end + 3 <= ceiling and _family(words.span_text(start, end)) and _spaced(words, end - 1, end)
                and _given_name(words, end) and all(words[i].ent_iob_ == "O" for i in range(end, end + 3))
                and not _written_alone(words, start, end + 3)):
            out.append(("PERSON", start, end + 3))  # "Laah" + "Chong-gyu"
            continue
        out.append((label, start, end))
    return out


def _given_name(words: Words, i: int) -> bool:
    """Words ``i:i+3`` are a hyphenated given name: a capitalised syllable, a hyphen, a proper-noun
    syllable, all glued together."""
    if i + 3 > len(words):
        return False
    first, hyphen, second = words[i], words[i + 1], words[i + 2]
    if hyphen.text != "-" or not _glued(first, hyphen) or not _glued(hyphen, second):
        return False
    if not (first.text.isalpha() and second.text.isalpha() and first.text[:1].isupper() and first.text[1:].islower()):
        return False
    if len(first.text) > _MAX_SYLLABLE or len(second.text) > _MAX_SYLLABLE or len(first.text) < 2 or len(second.text) < 2:
        return False
    return second.tag_ == "NNP" and (second.text.islower() or second.text.istitle())


def _family_start(words: Words, start: int, floor: int) -> int | None:
    """Where the family name right before words ``start`` begins: the words glued together before
    one space ("I" + "m" is "Im"), or ``None``."""
    if start == 0 or not _spaced(words, start - 1, start):
        return None
    first = start - 1
    while first > floor and _glued(words[first - 1], words[first]):
        first -= 1
    if first < floor or any(words[i].ent_iob_ != "O" for i in range(first, start)):
        return None
    if first > 0 and not _spaced(words, first - 1, first) and not words[first - 1].is_punct:
        return None
    return first if _family(words.span_text(first, start)) else None


def _family(text: str) -> bool:
    """``text`` may be a family name of this kind: a short capitalised word, no function word nor title."""
    if not (2 <= len(text) <= _MAX_FAMILY and text.isalpha() and text[:1].isupper() and text[1:].islower()):
        return False
    form = fold(text)
    return form not in TITLE_WORDS and form not in STOP_WORDS  # "Mr Kilroy-Silk", "But Wal-Mart"


def _written_alone(words: Words, start: int, end: int) -> bool:
    """The article writes the given name of words ``start:end`` (its last three) more often than the whole name."""
    whole = words.span_text(start, end)
    given = words.span_text(end - 3, end)
    return words.text.count(given) > words.text.count(whole)


def _glued(left: Word, right: Word) -> bool:
    """No space between two words."""
    return bool(left.idx + len(left.text) == right.idx)


def _spaced(words: Words, left: int, right: int) -> bool:
    """One space between words ``left`` and ``right``."""
    return bool(words[left].idx + len(words[left].text) + 1 == words[right].idx)
