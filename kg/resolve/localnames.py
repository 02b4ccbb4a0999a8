"""Whether a description node holds a name NER missed ("Interfax news agency"), which
keeps it a named node, or only a description ("Firms", "Seattle-based company"),
which makes it ``Entity.described``.

A capital letter is a name's mark except where English writes one anyway: the first
word of a sentence ("Anti-virus firms say ...", "Troops of a Russia-led alliance
...") and a hyphened modifier whose last part is lower case, which names another
thing ("Seattle-based company", "Russia-led alliance": Seattle's, Russia's), and
a country's or a people's word the description opens with ("Russian authorities",
"US firms": ``kg.extract.qualified``), which
names the country, not the described thing, and keeps its capital at a sentence's head.
Nor is a word of another name of the article a mark of the description's own name, inside
that name's span or written as the name is elsewhere: "an All Blacks team led by Henry ...
The All Blacks", "Westminster's environment, food and rural affairs committee" describe a
team and a committee beside the names All Blacks and Westminster ("Interfax news agency",
where NER missed "Interfax" and the article names it nowhere else, stays named).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from kg.folding import fold
from kg.records import Mention
from kg.resolve.agreement import nationality
from kg.resolve.coref import Cluster

_WORD = re.compile(r"\S+")


def carries_name(cluster: Cluster, text: str, sentence_starts: Sequence[int],
                 names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a word of a mention of ``cluster`` is capitalised as only a name is.

    ``text``: the document's; ``sentence_starts``: each sentence's start offset, ascending;
    ``names``: the (start, end) offsets of the article's other names, whose words are theirs.
    """
    forms = [words for words in {tuple(fold(text[start:end]).split()) for start, end in names} if words]
    return any(_named_words(mention, text, sentence_starts, names, forms) for mention in cluster.mentions)


def common_case(label: str, mention: Mention, text: str, sentence_starts: Sequence[int]) -> str:
    """A described node's ``label`` in lower case where only its sentence's head
    capitalised it ("Analysts" of "Analysts said" is "analysts"); ``mention``: the
    one the label comes from. A first word with more capitals ("IT firms") is kept.

    >>> from kg.types import EntityType
    >>> mention = Mention(5, 13, "Analysts", EntityType.GROUP, 1, kind="description")
    >>> common_case("Analysts", mention, "Yes. Analysts said.", [0, 5])
    'analysts'
    >>> common_case("IT firms", mention, "Yes. IT firms said.", [0, 5])
    'IT firms'
    """
    first = label.split(" ", 1)[0]
    if first[:1].isupper() and first[1:] == first[1:].lower() and _opens_sentence(mention.start, text, sentence_starts) \
            and not _place_word(first):
        return label[:1].lower() + label[1:]
    return label


def _named_words(mention: Mention, text: str, sentence_starts: Sequence[int],
                 names: Sequence[tuple[int, int]] = (), forms: Sequence[tuple[str, ...]] = ()) -> bool:
    words = [(match.group(), mention.start + match.start()) for match in _WORD.finditer(mention.text)]
    named = _named_elsewhere([fold(word) for word, _ in words], forms)
    if words and (_opens_sentence(mention.start, text, sentence_starts) or _place_word(words[0][0])):
        words, named = words[1:], named[1:]
    return any(word[:1].isupper() and not _modifier(word) and not _in_name(at, mention, names) and not other
               for (word, at), other in zip(words, named))


def _named_elsewhere(words: list[str], forms: Sequence[tuple[str, ...]]) -> list[bool]:
    """For each of the mention's (folded) words, whether it lies in a run of them that
    is another name of the article, written whole: "all blacks" of "all blacks team"."""
    covered = [False] * len(words)
    for form in forms:
        size = len(form)
        if size >= len(words):
            continue  # the mention's own name, or a longer one
        for i in range(len(words) - size + 1):
            if tuple(words[i : i + size]) == form:
                covered[i : i + size] = [True] * size
    return covered


def _in_name(at: int, mention: Mention, names: Sequence[tuple[int, int]]) -> bool:
    """The word at offset ``at`` lies inside another name's span, shorter than the mention."""
    return any(start <= at < end and (start, end) != (mention.start, mention.end) for start, end in names)


def _opens_sentence(start: int, text: str, sentence_starts: Sequence[int]) -> bool:
    """Nothing but punctuation and spaces before ``start`` in its sentence ('"Firms ...').

    >>> _opens_sentence(6, 'Yes. "Firms say', [0, 5]), _opens_sentence(8, 'Yes. So Firms', [0, 5])
    (True, False)
    """
    found = bisect_right(sentence_starts, start) - 1
    sentence_start = sentence_starts[found] if found >= 0 else 0
    return not any(character.isalnum() for character in text[sentence_start:start])


def _modifier(word: str) -> bool:
    """A hyphened word whose last part is lower case: "Seattle-based", "Russia-led" (not
    "Coca-Cola", "Wal-Mart").

    >>> _modifier("Seattle-based"), _modifier("Coca-Cola"), _modifier("Interfax")
    (True, False, False)
    """
    head, hyphen, last = word.rpartition("-")
    return bool(head and hyphen and last[:1].islower())


def _place_word(word: str) -> bool:
    """A country's or people's word ("Russian", "US"; not "Police", a Polish town's name).

    >>> _place_word("Russian"), _place_word("US"), _place_word("Police")
    (True, True, False)
    """
    return nationality(word) is not None
