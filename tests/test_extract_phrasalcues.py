"""kg.extract.phrasalcues: a particle verb is its own cue word."""

import pytest


def _readings(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality.value for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A particle verb is its own cue (kg.extract.phrasalcues): "closing in on" is near doing it.
    ("Newcastle manager Graeme Souness is closing in on signing Chelsea defender Celestine Babayaro when the "
     "transfer window reopens.", "sign", "possible"),
    # "came close to" did not happen.
    ("Arsenal came close to signing the striker last summer.", "sign", "negated"),
])
def test_a_particle_verb_is_its_own_cue(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A preposition of a circumstance carries no cue of the verb it hangs on.
    ("Airline shares closed lower on the announcement, with Delta, Continental and American Airlines all falling by "
     "more than 7%.", "fall", "asserted"),
    ("The star went off for 15 minutes before returning to finish his set.", "return", "asserted"),
    ("Likhovtseva needed nine match points before seeing off Sfar, who got a point penalty for swearing in the third "
     "set.", "see off", "asserted"),
    # A preposition the verb governs does.
    ("Original Abba member Bjorn Ulvaeus set about translating the musical into the band's mother tongue.",
     "translate", "planned"),
    ("Morrison was accused of exposing himself at a Miami concert in 1969.", "expose", "speculated"),
])
def test_a_preposition_of_circumstance_carries_no_cue(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # "say" speculates only in the passive: active, the -ing is what the speaker did.
    ("In voicing its opposition to the planned takeover, TCI said it would prefer to see Deutsche Boerse return "
     "$500m to shareholders.", "voice", "asserted"),
    ("In May, the FSA was widely reported as having asked firms to pay up to £350m in compensation.",
     "ask", "speculated"),
])
def test_a_verb_of_speech_speculates_only_in_the_passive(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


def test_speaking_about_doing_is_no_doing(nlp):
    # BBC business/389: the bank is not privatised; the government has talked of it for years.
    sentence = ("Nevertheless, the Egyptian government has spoken for years about privatising one of the big four "
                "state banks - Banque Misr, National Bank of Egypt, Banque du Caire and Bank of Alexandria.")
    assert _readings(nlp, sentence)["privatise"] == "planned"


def test_deciding_against_doing_is_not_doing(nlp):
    # BBC sport/467: Capriati will not compete in the Sydney event (was planned: a plan never made)
    sentence = ("Capriati also decided against competing in the Australian Open warm-up event, the Sydney "
                "International.")
    assert _readings(nlp, sentence)["compete"] == "negated"
