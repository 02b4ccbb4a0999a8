"""A newspaper or magazine quoted as "the paper" / "the magazine" after the article names it
as its source (``kg.resolve.publications``; model tests, on the session pipeline)."""

from __future__ import annotations

from extract_helpers import speaker_labels


def test_the_paper_is_the_one_named_as_the_source_before(nlp):
    text = ("MG Rover's proposed tie-up with China's top carmaker has been delayed due to concerns by Chinese "
            "regulators, according to the Financial Times.\n\n"
            "The paper said Chinese officials had been irritated by Rover's disclosure of its talks with Shanghai "
            "Automotive Industry Corp in October.")
    assert speaker_labels(nlp, text)["The paper"] == "Financial Times"


def test_the_magazine_is_the_one_a_magazine_noun_names(nlp):
    text = ("Broadcast magazine said: \"British TV never realised how low it could go before Jerry showed the way.\" "
            "Baywatch rose to the top of the list for having \"mind-numbingly predictable scripts: beachgoer is saved "
            "from drowning,\" according to the magazine.")
    assert speaker_labels(nlp, text)["the magazine"] == "Broadcast"


def test_two_papers_named_leave_the_paper_to_no_one(nlp):
    text = ("Spanish daily ABC accuses English reporters of launching a witch-hunt, and Marca newspaper agrees. "
            "\"Perhaps it was because their team had played so poorly,\" the paper says.")
    assert speaker_labels(nlp, text).get("the paper") is None


# entertainment/250, shortened: the magazine named three sentences before, no other publication.
_ROLLING_STONE = (
    "Prince earned more than any other pop star in 2004, beating artists such Madonna and Elton John in US magazine "
    "Rolling Stone's annual list.\n\nThe singer banked $56.5m from concerts, album and publishing sales. "
    "He kept Madonna in second place. Veterans Simon and Garfunkel were in 10th place.\n\n"
    "\"Prince returned to centre stage after a decade in the commercial wilderness,\" the {noun} reported."
)


def test_the_magazine_takes_up_the_one_publication_named_anywhere_before(nlp):
    assert speaker_labels(nlp, _ROLLING_STONE.format(noun="magazine"))["the magazine"] == "Rolling Stone"


def test_the_paper_reaches_no_further_than_the_sentences_before(nlp):
    # "the paper" may be a study's or a white paper: only a publication named near it.
    assert speaker_labels(nlp, _ROLLING_STONE.format(noun="paper")).get("the paper") is None


def test_a_work_named_with_a_newspaper_s_word_is_a_publication(nlp):
    # politics/302, shortened: "The Telegraph" is written with no publication noun.
    text = ("The Telegraph was sued for libel by Mr Galloway after the newspaper claimed he received money from "
            "Saddam Hussein's regime in Iraq.")
    assert speaker_labels(nlp, text)["the newspaper"] in ("Telegraph", "The Telegraph")


def test_it_after_a_publication_that_spoke_is_that_publication(nlp):
    # tech/379, shortened.
    text = ("The Apple Powerbook 100 has been chosen as the greatest gadget of all time, by US magazine Mobile PC. "
            "The 1991 laptop was chosen because it was one of the first portable computers.\n\n"
            "\"In general we included only items that were potentially mobile,\" said the magazine.\n\n"
            "\"In the end, we tried to get to the heart of what really makes a gadget a gadget,\" it concluded.")
    labels = speaker_labels(nlp, text)
    assert labels["it"] == "Mobile PC"
