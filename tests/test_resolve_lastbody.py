"""A bare "a spokesman" speaks for the one body the sentence before is about
(``kg.resolve.lastbody``), on the shared pipeline; shortened from unseen articles."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part


def _speakers(part: DocumentGraph) -> dict[str, tuple[str | None, str]]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content[:20]: (labels.get(quote.speaker) if quote.speaker else None, quote.speaker_text)
            for quote in part.quotes}


def test_a_spokesman_after_a_sentence_whose_subject_is_a_body_speaks_for_it(nlp):
    # bbc/politics/205
    part = resolved_part(nlp, "Archbishop Tutu criticised the measures. But the Home Office defended the measures. "
                         'A spokesman said: "These individuals cannot currently be prosecuted because some evidence '
                         'cannot safely be disclosed." He added: "Intelligence cannot be used in a court of law."')
    speakers = _speakers(part)
    assert speakers["These individuals ca"] == ("Home Office", "A spokesman")
    assert speakers["Intelligence cannot "][0] == "Home Office"  # "He added": the spokesman again


def test_a_spokeswoman_after_the_quote_speaks_for_the_body_before(nlp):
    # bbc/business/252
    part = resolved_part(nlp, "The Justice Department refused to say if it would appeal. \"All we're saying today is "
                         'that we have received the ruling and are reviewing it," a spokeswoman said on Friday.')
    assert _speakers(part)["All we're saying tod"] == ("Justice Department", "a spokeswoman")


def test_no_body_when_the_spokesmans_own_sentence_names_another(nlp):
    # bbc/politics/245: the campaign's spokesman, not the Army Board's
    part = resolved_part(nlp, "The Save the Scottish Regiments campaigners were angered by the Ministry of Defence. "
                         'Speaking ahead of the expected Army Board meeting, a spokesman said: "The government and the '
                         'Army Board have spent the past four months attempting to trick serving soldiers."')
    assert _speakers(part)["The government and t"][0] is None


def test_no_body_when_the_sentence_before_names_two(nlp):
    part = resolved_part(nlp, "The Muslim Council of Britain has complained to broadcasting watchdog Ofcom. "
                         'A spokesman said: "We are greatly concerned by the portrayal of Muslims in this series."')
    assert _speakers(part)["We are greatly conce"][0] is None


def test_no_body_when_a_person_is_the_subject_before(nlp):
    part = resolved_part(nlp, "Mr Blair told the BBC that Labour would win the election. "
                         'A spokesman said: "The prime minister is confident of victory."')
    assert _speakers(part)["The prime minister i"][0] is None


def test_no_body_named_only_inside_the_subject_before(nlp):
    # bbc/tech/251: the subject is "new technology"; the spokesman is Ofcom's, not the service's
    part = resolved_part(nlp, "Ofcom says it has plans to review the services early next year. And new technology, "
                         "including the Video Relay Service, will be discussed with interested parties in the near future. "
                         "But a spokesman said its powers were limited by legislation.")
    assert _speakers(part)["its powers were limi"][0] is None
