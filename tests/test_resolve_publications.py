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
