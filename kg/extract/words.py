"""A parsed document's tokens read once into plain Python objects.

The proposition rules ask the same few questions of every token many times over
(``dep_``, ``pos_``, ``children``, ``subtree`` ...). On a spaCy ``Token`` each of
those is a new lookup: a string-store read for every ``*_`` attribute, and new
``Token`` objects for every ``head``, ``children``, ``subtree`` or ``doc[i]``.
A `Word` holds the answers as fields, its relatives as other `Word` objects of
the same `Words`, so a rule pays for them once per document (the few that rules
seldom read, such as ``is_title`` or ``is_alpha``, are looked up in the `Words`).

`Word` answers exactly as the spaCy ``Token`` it was read from (same
attribute names, same order of ``lefts``, ``rights``, ``children``,
``subtree`` and ``conjuncts``), so the rules take either. Two differences,
neither of which the rules rely on: a `Word` is the same object each time it
is reached (spaCy makes a new ``Token`` on every access), and ``subtree``,
``children``, ``lefts`` and ``rights`` are sequences, not generators.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from kg.extract.dashobjects import rehang_dash_objects
from kg.extract.hyphenwords import rehang_hyphen_words
from kg.extract.interposed import rehang
from kg.extract.objectparticiples import rehang_object_participles
from kg.extract.ruledgerunds import rehang_ruled_gerunds
from kg.extract.saidobjects import rehang_said_objects
from kg.extract.swallowed import rehang_swallowed

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span

    from kg.records import Argument


NO_WORDS: tuple[Word, ...] = ()
IOB_NAMES = ("", "I", "O", "B")  # spaCy's ``Token.ent_iob_`` for ``ENT_IOB`` 0-3
by_index = attrgetter("i")
_TITLE, _ALPHA = itemgetter(5), itemgetter(6)  # a `Lexical`'s is_title and is_alpha
"""A word's (or spaCy token's) index: the key that puts words in text order, read in C
(``key=lambda t: t.i`` costs a Python call per word)."""


class _Names(dict):
    """String-store names by key, each looked up once; and (``lexical``) what spaCy
    knows of a word's form alone, by its ORTH key: its text, lower case and flags."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings
        self.lexical: dict[int, Lexical] = {}

    def __missing__(self, key: int) -> str:
        name = self[key] = self.strings[key]
        return name


# A word form's text, lower case, is_punct, is_space, like_num, is_title and is_alpha:
# spaCy keeps them on the lexeme, so every word of that form has the same (one
# lookup per word instead of six columns of `to_array` and a name lookup for each).
Lexical = tuple[str, str, bool, bool, bool, bool, bool]
_NAMES_LIMIT = 1 << 17  # distinct names kept across documents (a few MB), then start afresh
_names: _Names | None = None


def _names_of(strings: StringStore) -> _Names:
    """The names of ``strings``, shared by the documents parsed with it: most of a
    document's words, tags and labels were looked up for an earlier one."""
    global _names
    if _names is None or _names.strings is not strings or len(_names) + len(_names.lexical) > _NAMES_LIMIT:
        _names = _Names(strings)
    return _names


def _lexical(doc: Doc, orths: list[int], known: dict[int, Lexical]) -> list[Lexical]:
    """Each word's `Lexical` by its ORTH key, read from the first token of each form not seen before."""
    found: list[Lexical | None] = list(map(known.get, orths))
    if None in found:
        for i, row in enumerate(found):
            if row is None:
                row = known.get(orths[i])
                if row is None:
                    token = doc[i]
                    row = known[orths[i]] = (token.text, token.lower_, token.is_punct, token.is_space, token.like_num,
                                             token.is_title, token.is_alpha)
                found[i] = row
    return found  # type: ignore[return-value]  # no None left


# A name's (or any run of words') position as ``(start, end)`` word indexes: rules read
# `Words`, not spaCy's costly Span/Token.
Bounds = tuple[int, int]


class Word:
    """One token of a `Words`, with the spaCy ``Token`` attributes the rules read."""

    __slots__ = ("i", "idx", "text", "dep_", "pos_", "tag_", "lower_", "lemma_", "ent_type_", "ent_iob_",
                 "is_punct", "is_space", "like_num", "head", "lefts", "rights", "children", "doc", "sent", "_subtree",
                 "_conjuncts")

    i: int
    idx: int
    text: str
    dep_: str
    pos_: str
    tag_: str
    lower_: str
    lemma_: str
    ent_type_: str
    ent_iob_: str
    is_punct: bool
    is_space: bool
    like_num: bool
    head: Word
    lefts: tuple[Word, ...]
    rights: tuple[Word, ...]
    children: tuple[Word, ...]
    doc: Words
    sent: Sentence

    # Attributes few rules read are kept by the `Words`, not stored on every word.
    @property
    def is_title(self) -> bool:
        return self.doc._titles[self.i]

    @property
    def is_alpha(self) -> bool:
        return self.doc._alphas[self.i]

    @property
    def subtree(self) -> tuple[Word, ...]:
        """The word and its descendants, in spaCy's order (left subtrees, the word, right subtrees)."""
        found = self._subtree
        if found is None:
            out: list[Word] = []
            for child in self.lefts:
                out.extend(child.subtree)
            out.append(self)
            for child in self.rights:
                out.extend(child.subtree)
            found = self._subtree = tuple(out)
        return found

    @property
    def left_edge(self) -> Word:
        """The first word of the subtree (spaCy keeps it as ``l_edge``)."""
        return min(self.subtree, key=by_index)

    @property
    def conjuncts(self) -> tuple[Word, ...]:
        """The words coordinated with this one, as spaCy's ``Token.conjuncts`` finds them."""
        found = self._conjuncts
        if found is None:
            start = self
            while start.i != start.head.i and start.dep_ == "conj":
                start = start.head
            output = [start]
            for word in output:
                output.extend([child for child in word.rights if child.dep_ == "conj"])
            found = self._conjuncts = tuple([w for w in output if w.i != self.i])
        return found

    def __repr__(self) -> str:
        return self.text


def plain_apposition(word: Word) -> bool:
    """Whether ``word`` is a common noun set beside its head as an apposition, with no
    conjunct to make its head unsure: "Ford, the US car company," (not "David Theriault,
    standards and regulatory liaison")."""
    return word.dep_ == "appos" and word.pos_ == "NOUN" and not any(g.dep_ == "conj" for g in word.children)


class Sentence:
    """One sentence of a `Words`: iterates, indexes and measures like a spaCy sentence ``Span``."""

    __slots__ = ("doc", "start", "end", "start_char", "end_char", "root", "words", "_forms", "_entity_types", "_by_offset")

    def __init__(self, words: Words, sent: Span) -> None:
        self.doc = words
        self.start: int = sent.start
        self.end: int = sent.end
        self.start_char: int = sent.start_char
        self.end_char: int = sent.end_char
        self.words: list[Word] = words.words[sent.start : sent.end]
        self.root: Word = words.words[sent.root.i]
        self._forms: frozenset[str] | None = None
        self._entity_types: frozenset[str] | None = None
        self._by_offset: dict[int, Word] | None = None

    def by_offset(self) -> dict[int, Word]:
        """Each word of the sentence by the offset of its first character, built once (the
        passes that add to a sentence's events find their triggers and heads by it); read only."""
        if self._by_offset is None:
            self._by_offset = {word.idx: word for word in self.words}
        return self._by_offset

    def forms(self) -> frozenset[str]:
        """Every word's lower-case form, read once: a rule that needs one of a few words
        skips, in one set test, a sentence without any (most of them)."""
        if self._forms is None:
            self._forms = frozenset([word.lower_ for word in self.words])
        return self._forms

    def entity_types(self) -> frozenset[str]:
        """Every word's ``ent_type_``, read once ("MONEY": the passes of deals' values and takings)."""
        if self._entity_types is None:
            self._entity_types = frozenset([word.ent_type_ for word in self.words])
        return self._entity_types

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, index: int) -> Word:
        return self.words[index]


class Words:
    """Every token of a parsed ``Doc`` as a `Word`, its sentences as `Sentence`
    objects, and its text.

    Iterating, indexing and ``len`` work as on the ``Doc`` (a slice gives a list of words).
    """

    __slots__ = ("words", "sentences", "text", "phrases", "heads", "arguments", "_titles", "_alphas", "_depths", "_by_offset", "_roots",
                 "sport", "_forms")
    _titles: list[bool]
    _alphas: list[bool]
    _depths: list[int] | None
    _by_offset: dict[int, Word] | None

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, SPACY, TAG

        # One `to_array` call reads every attribute of every token (a `Token`
        # property costs a new object or a string lookup per read); names come
        # from the string store once per distinct value (see `_names_of`), and
        # what depends on the form alone once per form (`Lexical`).
        names = _names_of(doc.vocab.strings)
        array = doc.to_array([ORTH, IDX, DEP, POS, TAG, LEMMA, ENT_TYPE, ENT_IOB, SPACY, HEAD])
        # HEAD is an offset from the token, stored unsigned: read it as signed.
        heads = array[:, -1].astype("int64").tolist()
        # Column by column: each column's names are looked up in one `map`, not word by word.
        orth, idx, dep, pos, tag, lemma, ent_type, ent_iob, space = array[:, :-1].T.tolist()
        lexical = _lexical(doc, orth, names.lexical)
        # Per word: is_title, is_alpha (see `Word`), each a flat list (no list per word).
        self._titles, self._alphas = list(map(_TITLE, lexical)), list(map(_ALPHA, lexical))
        name = names.__getitem__
        words = self.words = [Word() for _ in range(len(orth))]
        columns = zip(words, idx, lexical, map(name, dep), map(name, pos), map(name, tag), map(name, lemma),
                      map(name, ent_type), map(IOB_NAMES.__getitem__, ent_iob), heads)
        for i, (word, word_idx, (text, word_lower, word_is_punct, word_is_space, word_like_num, _, _), word_dep, word_pos,
                word_tag, word_lemma, word_ent_type, word_ent_iob, head) in enumerate(columns):
            word.i = i
            word.idx = word_idx
            word.text = text
            word.dep_ = word_dep
            word.pos_ = word_pos
            word.tag_ = word_tag
            word.lower_ = word_lower
            word.lemma_ = word_lemma
            word.ent_type_ = word_ent_type
            word.ent_iob_ = word_ent_iob
            word.is_punct = word_is_punct
            word.is_space = word_is_space
            word.like_num = word_like_num
            word.head = words[i + head]
            word.lefts = word.rights = word.children = NO_WORDS
            word._subtree = None
            word._conjuncts = None
            word.doc = self
        # `Doc.text` joins each token's text and trailing space, making a `Token` for each.
        self.text: str = "".join([row[0] + " " if after else row[0] for row, after in zip(lexical, space)])
        rehang_hyphen_words(words)  # "announced the first pre-sale": one object (kg.extract.hyphenwords)
        rehang(words)  # 'On a larger scale, said Mr Trainor, improvements ...': his own subject
        rehang_swallowed(words)  # "benefit charities in the region and the Swiss star will donate": the star donates
        rehang_said_objects(words)  # "insisted Ireland were happy to handle": Ireland handles (kg.extract.saidobjects)
        rehang_object_participles(words)  # "charged an agent claiming ties": the agent claims (kg.extract.objectparticiples)
        rehang_dash_objects(words)  # "raised rates - its first hike": no second theme (kg.extract.dashobjects)
        rehang_ruled_gerunds(words)  # "ruled out taking part": what is ruled out (kg.extract.ruledgerunds)
        # Most words have no children: they share one empty tuple (fewer objects
        # for the cycle collector to track).
        for word in words:
            head = word.head
            if head is not word:
                if word.i < head.i:
                    head.lefts = (*head.lefts, word)
                else:
                    head.rights = (*head.rights, word)
        for word in words:
            if word.lefts or word.rights:
                word.children = word.lefts + word.rights
        self._depths = self._by_offset = None  # built when first asked for (`_depth`, `by_offset`)
        self._forms: frozenset[str] | None = None  # built when first asked for (`forms`)
        self._roots: dict[tuple[int, int], Word] = {}  # `root` of each span asked for (a name's, by a dozen rules)
        # Noun phrases by head and `split_conj`, each read once (`kg.extract.spans.noun_phrase`).
        self.phrases: dict[tuple[int, bool], tuple[Word, ...]] = {}
        # The head of each run of three or more words asked for (`kg.extract.spans.argument_head`).
        self.heads: dict[tuple[Word, ...], Word | None] = {}
        # The `Argument` of each run of words made one (`kg.extract.spans.to_argument`).
        self.arguments: dict[tuple[Word, ...], Argument] = {}
        self.sentences: dict[int, Sentence] = {}
        # The sports the article reports on, read once (`kg.extract.sportwords.sport_context`).
        self.sport: frozenset[str] | None = None
        for sent in doc.sents:
            sentence = self.sentences[sent.start] = Sentence(self, sent)
            for word in sentence.words:
                word.sent = sentence

    def sentence_numbers(self) -> list[int]:
        """For each word, the number of its sentence (0 for the first)."""
        numbers = [0] * len(self.words)
        for number, sentence in enumerate(self.sentences.values()):
            numbers[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)
        return numbers

    def forms(self) -> frozenset[str]:
        """Every word's lower-case form, read once: a pass that needs one of a few words
        skips, in one set test, an article without any."""
        if self._forms is None:
            self._forms = frozenset([word.lower_ for word in self.words])
        return self._forms

    def by_offset(self) -> dict[int, Word]:
        """Each word by the offset of its first character in the text, built once (rules
        that hold character offsets, of mentions, triggers and quotation marks, ask for it)."""
        if self._by_offset is None:
            self._by_offset = {word.idx: word for word in self.words}
        return self._by_offset

    def span_text(self, start: int, end: int) -> str:
        """The text of words ``start:end`` (a word's trailing whitespace is one space or
        none, so this is ``Span.text``)."""
        last = self.words[end - 1]
        return self.text[self.words[start].idx : last.idx + len(last.text)]

    def root(self, start: int, end: int) -> Word:
        """The root of the words ``start:end``, as spaCy's ``Span.root`` finds it: a
        sentence root among them, else the first of those with a head outside the
        span that is nearest to its sentence root (a childless punctuation or space
        word counts as far as can be)."""
        found = self._roots.get((start, end))
        if found is None:
            found = self._roots[start, end] = self._root(start, end)
        return found

    def _root(self, start: int, end: int) -> Word:
        words = self.words[start:end]
        for word in words:
            if word.head is word:
                return word
        best, best_distance = words[0], len(self.words)
        for word in words:
            if start <= word.head.i < end:
                continue
            distance = len(self.words) - 1 if (word.is_space or word.is_punct) and not word.children else self._depth(word)
            if distance < best_distance:
                best, best_distance = word, distance
        return best

    def _depth(self, word: Word) -> int:
        """The word's number of steps up to its sentence root, each word's counted once
        (``root`` asks for those of a few words of each of thousands of spans per document;
        no rule moves a head after ``__init__``)."""
        depths = self._depths
        if depths is None:
            depths = self._depths = [-1] * len(self.words)
        chain, above = [], word
        while depths[above.i] < 0 and above.head is not above:
            chain.append(above)
            above = above.head
        if depths[above.i] < 0:
            depths[above.i] = 0  # a sentence root
        for steps, below in enumerate(reversed(chain), 1):
            depths[below.i] = depths[above.i] + steps
        return depths[word.i]

    def release(self) -> None:
        """Drop the words' references to each other, so that they are freed as soon
        as the caller lets go of them rather than by the cycle collector, whose
        passes over a document's worth of words cost more than building them."""
        # `lefts`, `rights` and `children` only point down the tree: no cycle runs through them.
        for word in self.words:
            del word.head, word.doc, word.sent, word._subtree, word._conjuncts
        self.words = []
        self.phrases = {}
        self.heads = {}
        self.arguments = {}
        self._depths = None
        self._by_offset = None
        self._forms = None
        self._roots = {}
        self.sentences = {}

    def sentence(self, sent: Span) -> Sentence:
        """The `Sentence` read from ``sent``, a sentence (or any span) of the same ``Doc``."""
        found = self.sentences.get(sent.start)
        if found is None or found.end != sent.end:
            found = Sentence(self, sent)
        return found

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self.words[index]
