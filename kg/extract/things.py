"""Products and works told by what is done with them, whatever NER called their name.

Each rule names its construction (the words are in ``kg/lexicon/data/thing_cues.tsv``):

- software a device runs: the object of "run" whose subject, or the noun it
  describes, is a device: "PCs running Windows XP", "the laptop runs Linux", and
  after "on" with a product as its subject: "the program runs on Windows"; a name NER read as a place that no
  gazetteer knows, before a device noun: "Windows machines" (a firm's name keeps its
  own: "Dell laptops" are Dell's).
- malware: a name before a malware noun, the phrase's head ("the Bofra virus", "a
  variant of the MyDoom worm"), or the name a malware noun is given ("a Windows virus
  called Bofra"), or one of its plural's examples ("many viruses, such as Netsky"), in an
  article about computers: a "Sars virus" is an illness's, so
  at least three computing words must occur. Acronyms keep their type ("the FBI
  virus" poses as the FBI).
- owned: in an article about computers, a name NER read as an organisation or a place
  that heads its phrase after a person's possessive pronoun is a thing someone owns, a
  product: "they've got their iPod, their MP3 player, they've got their Xbox", "left her
  iPod, phone and purse in a cab" (a person owns no firm by "their"; "his Budget" is no
  computing article's, "their Welsh connections" no name's head); not a name the article
  calls a firm elsewhere ("video recorder company TiVo ... their TiVos": the firm's name).
- numbered title: a name NER read as a law that ends in a number and has no word of
  a law's numbered name: "the opening sequence of Onimusha 3" (not "Section 28").
- box office: a name no given name makes a person's that tops or earns at the box
  office is a film: "Racing Stripes topped the box office", "Coach Carter took $24m
  at the box office", "Shark Tale's takings"; in an article about the box office, one
  that earns an amount or moves on the chart: "Sideways has taken $46m", "Hide and
  Seek fell to number four".
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person
from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, TYPE_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table
from kg.types import EntityType

_ROLES: dict[str, frozenset[str]] = {}
for _row in read_table("thing_cues.tsv"):
    _ROLES[_row.fields[1]] = _ROLES.get(_row.fields[1], frozenset()) | {_row.fields[0]}
DEVICES = _ROLES["device"]
"""Lemmas of machines that run software ("pc", "laptop")."""
RUN_VERBS = _ROLES["run"]
"""Verbs whose object is the software a device runs ("run")."""
MALWARE = _ROLES["malware"]
"""Nouns of self-spreading programs ("virus", "worm")."""
COMPUTING = _ROLES["computing"]
"""Lemmas of an article about computers ("e-mail", "software")."""
TAKINGS = _ROLES["takings"]
"""What a film earns in cinemas ("box office", "takings")."""
LAW_WORDS = _ROLES["law"]
"""Words of a law's numbered name ("section", "resolution")."""
EARNING_VERBS = _ROLES["earn"]
"""Verbs of what a film earns ("take", "gross")."""
_PRODUCT_NOUNS = frozenset(noun for noun, kind in TYPE_CUES.items() if kind is EntityType.PRODUCT)
_COMPUTING_MIN = 3  # computing words that make an article one about computers
# What NER calls a film it does not know (a known place is never one: "Sideways" is no town).
_MISREAD_WORKS = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE})
# What NER calls a gadget it does not know ("their Xbox"), and the possessives of its owners.
_OWNABLE = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})
_OWNERS = frozenset({"my", "your", "his", "her", "their", "our"})


def thing_type(words: Words, start: int, end: int, entity_type: EntityType) -> EntityType | None:
    """The product or work that what is done with words ``start:end`` makes them, if any.

    Args:
        words: The document's words.
        start: Index of the name's first word.
        end: Index of the word after the name.
        entity_type: The type NER's label gave the name.
    """
    root = _first_conjunct(words.root(start, end))
    name = words.span_text(start, end)
    if _is_place(name):
        return None
    if _run_by_device(root) or (entity_type is EntityType.PLACE and _before_device(root, end)):
        return EntityType.PRODUCT
    if not name.isupper() and _names_malware(root, end) and _about_computers(words):
        return EntityType.PRODUCT
    if entity_type in _OWNABLE and _owned_by_person(root) and _about_computers(words) and not _called_firm(words, name):
        return EntityType.PRODUCT
    if entity_type is EntityType.LAW and _numbered_title(name):
        return EntityType.WORK
    if entity_type in _MISREAD_WORKS and not looks_like_person(name) and _at_box_office(words, root, end):
        return EntityType.WORK
    return None


def _numbered_title(name: str) -> bool:
    """Rule ``numbered title``: a name NER read as a law that ends in a number but has
    no word of a law's numbered name is a numbered work: "the opening sequence of
    Onimusha 3", "Shrek 2" (not "Section 28", "Resolution 1441", "the Finance Act 2004").

    >>> _numbered_title("Onimusha 3"), _numbered_title("Section 28"), _numbered_title("Finance Act 2004")
    (True, False, False)
    """
    words = fold(name).split()
    return len(words) >= 2 and words[-1].isdigit() and not any(word in LAW_WORDS for word in words)


def _first_conjunct(root: Word) -> Word:
    """The first of coordinated names: "PCs running Windows XP or Linux" -> "XP"."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root


def _is_place(name: str) -> bool:
    return fold(name) in COUNTRIES or gazetteer().is_place(name)


def _run_by_device(root: Word) -> bool:
    """Rule ``runs software``: "PCs running Windows XP" (the verb describes the
    device), "the laptop runs Linux" (the device its subject), "the program runs on
    Windows" (after "on", a product's kind its subject: not "a show's run on Broadway"
    nor "running broadcasts on Radio Angola")."""
    verb, kinds = root.head, DEVICES
    if root.dep_ == "pobj" and verb.lower_ == "on":
        verb, kinds = verb.head, DEVICES | _PRODUCT_NOUNS
    elif root.dep_ != "dobj":
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RUN_VERBS:
        return False
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head.lemma_.lower() in kinds
    return any(child.dep_ == "nsubj" and child.lemma_.lower() in kinds for child in verb.children)


def _before_device(root: Word, end: int) -> bool:
    """Rule ``device kind``: a name that modifies a device noun after it: "Windows machines"."""
    head = root.head
    return root.dep_ in {"compound", "nmod"} and head.i == end and head.lemma_.lower() in DEVICES


def _owned_by_person(root: Word) -> bool:
    """Rule ``owned``: "their Xbox", "her iPod" (the name heads its phrase, a person's
    possessive pronoun before it)."""
    return root.dep_ not in {"compound", "nmod", "amod"} and any(
        child.dep_ == "poss" and child.lower_ in _OWNERS for child in root.children
    )


def _called_firm(words: Words, name: str) -> bool:
    """The article puts an organisation's cue noun right before the name, or its
    singular: "company TiVo" (for "their TiVos")."""
    forms = {name, name[:-1]} if name.endswith("s") else {name}
    size = len(name.split())
    tokens = words.words
    return any(
        TYPE_CUES.get(tokens[i - 1].lemma_.lower()) is EntityType.ORGANIZATION and words.span_text(i, i + size) in forms
        for i in range(1, len(tokens) - size + 1)
    )


def _names_malware(root: Word, end: int) -> bool:
    """Rule ``malware``: "the Bofra virus" (the noun right after the name, its head),
    "a Windows virus called Bofra" (the name a malware noun is given), "many viruses, such
    as Netsky" (an example of a plural malware noun)."""
    head = root.head
    if root.dep_ in {"compound", "nmod"} and head.i == end and head.lemma_.lower() in MALWARE:
        return True
    if root.dep_ in {"oprd", "dobj", "attr"} and head.lemma_.lower() in {"call", "name", "dub"}:
        kind = head.head if head.dep_ == "acl" else next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        return kind is not None and kind.lemma_.lower() in MALWARE
    if root.dep_ == "pobj" and head.lower_ in {"like", "as", "including"}:
        kind = head.head  # "many viruses, such as Netsky", "worms like Sasser"
        such = head.lower_ != "as" or any(child.lower_ == "such" for child in (*head.children, *kind.children))
        return such and kind.tag_ == "NNS" and kind.lemma_.lower() in MALWARE
    return False


def _about_computers(words: Words) -> bool:
    """At least three words of an article about computers ("e-mail", "software", "PC")."""
    count = 0
    for word in words.words:
        if word.lemma_.lower() in COMPUTING or word.lower_ in COMPUTING:
            count += 1
            if count >= _COMPUTING_MIN:
                return True
    return False


def _at_box_office(words: Words, root: Word, end: int) -> bool:
    """Rule ``box office``: the name is the subject of a verb with the box office or
    takings below it ("Racing Stripes topped the box office", "Coach Carter took $24m
    at the box office"), or owns them ("Shark Tale's takings", "its box office");
    rule ``box-office chart``: in an article about the box office, the name earns an
    amount ("Boogeyman, which cost just $7m, took $19m", "Sideways has taken $46m")
    or moves on the chart ("fell to number four", "was at number six")."""
    tokens = words.words
    if end + 1 < len(tokens) and tokens[end].tag_ == "POS" and _takings(tokens[end].head):
        return True
    verbs = [root.head] if root.dep_ in {"nsubj", "nsubjpass"} else []
    # "Boogeyman, which ... took $19m": the verb of a relative clause on the name.
    verbs += [child for child in root.children if child.dep_ == "relcl" and any(
        grandchild.dep_ == "nsubj" and grandchild.lower_ in {"which", "that"} for grandchild in child.children)]
    objects = [child for verb in verbs for child in verb.children if child.dep_ in {"dobj", "prep", "npadvmod"}]
    # The object itself, or a preposition's: "topped the box office", "took $24m at the box
    # office"; not a noun the box office modifies ("compiles box office statistics").
    targets = [word for child in objects for word in (child, *child.children) if word.dep_ in {"dobj", "npadvmod", "pobj"}]
    if any(_takings(word) for word in targets):
        return True
    charted = any(_earns(verb) for verb in verbs) or any(
        child.lower_ in {"to", "at"} and any(place.lower_ == "number" for place in child.children) for child in objects
    )
    return charted and any(_takings(word) and word.lemma_.lower() == "office" for word in tokens)


def _earns(verb: Word) -> bool:
    """An earning verb with an amount of money as its object: "took $19m", "has grossed $45m"."""
    return verb.lemma_.lower() in EARNING_VERBS and any(
        child.dep_ == "dobj" and any(word.ent_type_ == "MONEY" for word in child.subtree) for child in verb.children
    )


def _takings(word: Word) -> bool:
    lemma = word.lemma_.lower()
    if lemma == "office":
        return any(child.lower_ == "box" for child in word.children) and "box office" in TAKINGS
    return lemma in TAKINGS
