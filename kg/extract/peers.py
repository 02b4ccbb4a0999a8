"""A surname NER missed after a peer's title or a judge's style: "Lord Browne said".

The small NER model leaves out many peers: "BP chief executive Lord Browne said the results
were strong", "Lord Winston said", "Baroness Morgan", "Mr Justice Eady" get no name at all,
so the speaker has no node and "he" goes to whoever was named before. A peer's title
(``peer_titles.txt``: "Lord", "Baroness", "Earl", and "Justice", a judge's style after
another title: "Mr Justice Eady", not "the Criminal Justice Plan") stands
before a surname and almost nothing else; where it stands before a post instead ("the Lord
Chancellor", "Lord Chief Justice"), the post's word is itself a title and opens no name.

Rule: one or two capitalised proper nouns NER missed, none a title's word, right after a
peer's title are a person's name, whose titles are the run of title words before it ("Lord
Justice Rix": Rix, titled "Lord Justice"; "Lord Nicholls of Birkenhead": Nicholls). Not
when the titles follow a cue noun of ``type_cues.tsv`` ("the single Lady Marmalade": a
work's title).
"""

from __future__ import annotations

from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import TITLE_WORDS, TYPE_CUES
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.types import EntityType

_PEER_TITLES = read_words("peer_titles.txt")


def peer_surname(words: Words, start: int, end: int, sentence_of: list[int]) -> tuple[Mention, Bounds] | None:
    """The person mention in the proper-noun run ``start:end`` NER missed when a peer's
    title stands right before it (see the module); ``None`` otherwise."""
    tokens = words.words
    if start == 0 or end - start > 2 or not tokens[start - 1].text.istitle() or fold(tokens[start - 1].text) not in _PEER_TITLES:
        return None
    if any(not word.text.istitle() or fold(word.text) in TITLE_WORDS for word in tokens[start:end]):
        return None
    first = start - 1
    while first > 0 and tokens[first - 1].text.istitle() and tokens[first - 1].lower_.rstrip(".") in TITLE_WORDS:
        first -= 1  # "Lord Chief Justice Woolf", "Lord Chancellor Lord Falconer"
    if fold(tokens[start - 1].text) == "justice" and first == start - 1:
        return None  # a judge's style follows another title ("Mr Justice Eady"); not "Criminal Justice Plan"
    cue = tokens[first - 1] if first > 0 else None
    if cue is not None and cue.pos_ == "NOUN" and cue.text.islower() and cue.lemma_.lower() in TYPE_CUES:
        return None  # "the single Lady Marmalade"
    name = words.span_text(start, end)
    titles = tuple(word.text.rstrip(".") for word in tokens[first:start])
    mention = Mention(tokens[start].idx, tokens[start].idx + len(name), name, EntityType.PERSON, sentence_of[start], titles=titles)
    return mention, (start, end)
