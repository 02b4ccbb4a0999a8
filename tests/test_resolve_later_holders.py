"""A definite role speaker whose holder the article names only in the sentences after it
("the economy minister said. ... said economy minister Heizo Takenaka") is that person
(kg.resolve.laterholders). Sentences from bbc/business/295 and bbc/politics/273, on the
session pipeline."""

from __future__ import annotations

from tests.extract_helpers import resolved_part

TAKENAKA = (
    "However, September's reading was the strongest for 13 years. \"The economy is at a pause but unlikely to "
    "fall\", the economy minister said. \"It will feel a bit slower (next year) than this year, and growth may be a "
    "bit more gentle but the situation is that the recovery will continue,\" said economy minister Heizo Takenaka."
)
# Another minister's words: "the finance minister" is no economy minister.
OTHER_MINISTER = TAKENAKA.replace("the economy minister said", "the finance minister said")
# The holder named paragraphs later, not in the next sentence: no one.
FAR = TAKENAKA.replace(
    "\" said economy minister Heizo Takenaka.",
    "\" it said. Japan's economy grew by just 0.1% in the three months to September. Slower economic growth, rising "
    "oil prices and weaker exports were blamed. Economy minister Heizo Takenaka is expected to speak on Monday.",
)

LESLIE = (
    "The \"best person for the job\" should be appointed lord chancellor, and not necessarily a lawyer or MP, the "
    "courts minister has told MPs. Under reforms, the post of lord chancellor is to be stripped of its judicial "
    "functions. \"The lord chancellor...no more needs to be a lawyer than the Secretary of Health needs to be a "
    "doctor,\" said courts minister Christopher Leslie. Former Cabinet minister Douglas Hogg, whose father and "
    "grandfather served as lord chancellor, said the Bill was \"largely unnecessary, bureaucratic and expensive\"."
)
# Two ministers who might be "the minister": no one.
TWO_MINISTERS = LESLIE.replace("the courts minister has told", "the minister has told")


def _speakers(part) -> list[str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels.get(quote.speaker) if quote.speaker else quote.speaker_text
            for quote in sorted(part.quotes, key=lambda quote: quote.evidence.start)]


def test_the_role_named_in_the_next_sentence_is_its_holder(nlp):
    assert _speakers(resolved_part(nlp, TAKENAKA)) == ["Heizo Takenaka", "Heizo Takenaka"]


def test_a_word_the_role_lacks_names_no_one(nlp):
    assert _speakers(resolved_part(nlp, OTHER_MINISTER))[0] == "the finance minister"


def test_a_holder_named_sentences_later_is_not_reached(nlp):
    assert _speakers(resolved_part(nlp, FAR))[0] == "the economy minister"


def test_a_holder_two_sentences_on_whose_role_has_every_word(nlp):
    # "Former Cabinet minister Douglas Hogg" lacks "courts": no rival
    assert _speakers(resolved_part(nlp, LESLIE))[0] == "Christopher Leslie"


def test_two_holders_of_the_bare_role_name_no_one(nlp):
    assert _speakers(resolved_part(nlp, TWO_MINISTERS))[0] == "the minister"
