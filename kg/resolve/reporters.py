"""The reporter's own "he"/"she": "Winslet said she was ecstatic".

In indirect speech a news writer lets the subject of the reported clause be the
person who says it: "Lewsey claims he touched it down", "Shadow home secretary
David Davis said he understood ...", "Jackson, who is filming King Kong, said he
thought ...". The rule of ``kg.resolve.pronouns`` wants one person in reach, so
any other person in the last two sentences left these unresolved. Here a "he" or
"she" that opens what a speech or thought verb reports stands for the person who
reports it, when:

- the reporter is a person the article names (or a pronoun that itself resolves),
  of no other gender than the pronoun's;
- nothing but a complementiser and an adverbial lies between the verb and the
  pronoun (no other clause's subject, no quotation mark: in "Mr Milburn said: 'He
  is not some unknown hopeful'" the quoted "he" is someone else);
- no other person is named between the reporter and the pronoun ("the prime
  minister told Mr Brown he would stand down": either man): unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.lexicon import PRONOUNS
from kg.records import Argument
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Cluster, Linker

# Only the subject forms open a reported clause: "said his remark was" is another reading.
_SUBJECTS = frozenset({"he", "she"})
# What may lie between the cue and the pronoun: "said that", "said that, if in government,".
_OPENING = re.compile(r"^[\s,]*(?:that\b)?(?:\s*,[^,\"“”‘’']{0,40},)?\s*$", re.IGNORECASE)


def reporter_of(linker: Linker, argument: Argument, gender_of_cluster: Callable[[Cluster], str | None]) -> int | None:
    """The person whose speech or thought a "he"/"she" opens, or ``None``.

    ``gender_of_cluster`` gives a cluster's gender ("m", "f" or ``None``), as
    ``kg.resolve.pronouns`` reads it from titles.
    """
    pronoun = linker.text[argument.head_start : argument.head_end].lower()
    if pronoun not in _SUBJECTS:
        return None
    wanted = PRONOUNS[pronoun].gender
    for clause in linker.clauses:
        content = clause.object
        if clause.kind != "attribution" or content is None or not content.start <= argument.start < content.end:
            continue
        if clause.subject.end > argument.start or not _opens(linker, clause.trigger, content, argument):
            continue
        cluster = linker.resolve(clause.subject, clause, ())
        if (cluster is None or linker.clusters[cluster].type is not EntityType.PERSON
                or gender_of_cluster(linker.clusters[cluster]) not in {None, wanted}):
            return None
        if _person_between(linker, clause.subject, argument, cluster):
            return None
        return cluster
    return None


def _opens(linker: Linker, trigger: tuple[int, int] | None, content: Argument, argument: Argument) -> bool:
    """Whether the pronoun opens the reported content: after the cue (or the content's
    start) come at most "that" and one comma-bounded adverbial ("said that, if in
    government, he would refuse"), never a quotation mark."""
    start = trigger[1] if trigger is not None and trigger[1] <= argument.start else content.start
    return bool(_OPENING.match(linker.text[start : argument.start]))


def _person_between(linker: Linker, reporter: Argument, argument: Argument, cluster: int) -> bool:
    """Whether a person other than the reporter is named (or left unclustered) between
    the reporter's phrase and the pronoun: "told Mr Brown he would stand down"."""
    if any(reporter.end <= mention.start < argument.start and other != cluster
           and linker.clusters[other].type is EntityType.PERSON for mention, other in linker.names):
        return True
    return any(reporter.end <= mention.start < argument.start and mention.type is EntityType.PERSON
               for mention in linker.unresolved)
