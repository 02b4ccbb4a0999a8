"""A law's head word NER read alone as a person's name is the law's: "Bill", "Act".

spaCy's small model often reads the "Bill" ending a bill's title as a person (the
given name), the words before it as another name or none: "its Serious and Organised
Crime Bill" gives "Serious and Organised Crime" (a work) and "Bill" (a person), "A
shortened Finance Bill" gives "Bill" alone, and "the Health Service (Miscellaneous
Provisions) Bill" gives "the Health Service" (an organisation) and "Bill". Each leaves a
fragment ("Bill", "Health Service") as a node of its own. So a one-word span "Bill" or
"Act" that NER read as anything but a law:

- takes the name right before it, or the words before it in brackets and that name,
  when the parse hangs the name on it ("Health Service (Miscellaneous Provisions) Bill");
- else takes the capitalised words right before it in no entity that hang on it
  ("Finance Bill"); the whole is one law;
- else, right after a lower-case "the", is the law the article names in full elsewhere
  ("the Bill was passed" after "the Constitutional Reform Bill"): legislation, no person.

Not a "Bill" right before a capitalised word ("Bill Gates"), after a person's name
("Gates Bill"), nor one with nothing of a law before it ("'Oh no Bill, don't'", "Bill
and Ted").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lawtitles import LAW_HEADS

if TYPE_CHECKING:
    from kg.extract.words import Words

# NER labels of a name that opens no law's title: a person's, a time, a figure.
_NO_TITLE = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})
_MAX_LEFT = 4  # "Health Service (Miscellaneous Provisions)": at most this many words in brackets or loose


def law_heads_joined(spans: list[tuple[str, int, int]], doc: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each law's head word NER read alone
    joined to its title, or typed a law (see the module docstring)."""
    named = any(end - start >= 2 and doc[end - 1].text in LAW_HEADS for _, start, end in spans)
    out: list[tuple[str, int, int]] = []
    for label, start, end in spans:
        if end - start != 1 or label == "LAW" or doc[start].text not in LAW_HEADS or _name_after(doc, end):
            out.append((label, start, end))
            continue
        head = doc[start]
        before = _bracket_start(doc, start)
        if out and out[-1][2] == before and out[-1][0] not in _NO_TITLE and doc.root(out[-1][1], out[-1][2]).head is head:
            out.append(("LAW", out.pop()[1], end))  # "Serious and Organised Crime" + "Bill"
        elif (loose := _loose_start(doc, start, out[-1][2] if out else 0)) is not None:
            out.append(("LAW", loose, end))  # "Finance" + "Bill"
        elif named and start > 0 and doc[start - 1].text == "the":
            out.append(("LAW", start, end))  # "the Bill": the one the article names
        else:
            out.append((label, start, end))
    return out


def _name_after(doc: Words, end: int) -> bool:
    """A capitalised word right after the head: "Bill Gates", a person's name."""
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha


def _bracket_start(doc: Words, start: int) -> int:
    """Where the words before ``start`` end once a bracket of capitalised words right
    before it is passed over ("(Miscellaneous Provisions)"); ``start`` with no bracket."""
    if start < 3 or doc[start - 1].text != ")":
        return start
    for i in range(start - 2, max(-1, start - 3 - _MAX_LEFT), -1):
        word = doc[i]
        if word.text == "(":
            return i if i < start - 2 else start
        if not word.text[:1].isupper() and word.lower_ not in {"and", "of", "for", "to"}:
            return start
    return start


def _loose_start(doc: Words, start: int, floor: int) -> int | None:
    """The first of the capitalised words in no entity right before ``start`` that hang
    on it inside the run ("A shortened Finance Bill": "Finance"), or None."""
    head = doc[start]
    first = None
    for i in range(start - 1, max(floor - 1, start - 1 - _MAX_LEFT), -1):
        word = doc[i]
        if not word.text[:1].isupper() or not word.is_alpha or word.ent_iob_ != "O" or word.sent.start == i:
            break
        if not i < word.head.i <= start:
            break
        first = i
    return first if first is not None and _hangs_on(doc, first, head.i) else None


def _hangs_on(doc: Words, first: int, head: int) -> bool:
    """Every word of ``first:head`` reaches ``head`` by its heads inside the run."""
    for i in range(first, head):
        word = doc[i]
        while word.i != head:
            if not first <= word.head.i <= head or word.head is word:
                return False
            word = word.head
    return True
