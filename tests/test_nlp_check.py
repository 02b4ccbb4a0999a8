"""A pipeline kg cannot read fails with one line naming what is missing and the fix;
a loaded pipeline can be given instead of a name (``nlp=``)."""

from __future__ import annotations

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language

import kg
from kg.cli import main
from kg.errors import ConfigError, ModelError
from kg.export.rdf import to_turtle
from kg.nlp.check import check_pipeline
from kg.nlp.load import DEFAULT_MODELS, _installed, load_pipeline
from tests.bad_inputs import ARTICLE
from tests.conftest import SEEDS

NO_PARSER = "pipeline 'blank:en' has no parser: kg needs dependency parses; use en_core_web_sm or another pipeline with a parser"


@Language.component("test_dependency_labels", assigns=["token.dep", "token.head"])
def _dependency_labels(doc):
    return doc  # stands for a parser that sets no sentence boundaries: only its metadata is read


@Language.component("test_full_parser", assigns=["token.dep", "token.head", "token.is_sent_start", "doc.sents"])
def _full_parser(doc):
    return doc


def test_check_blank_pipeline_has_no_parser():
    with pytest.raises(ModelError) as caught:
        load_pipeline(spacy.blank("en"))
    assert str(caught.value) == NO_PARSER


def test_check_pipeline_without_ner():
    name = next(name for name in DEFAULT_MODELS if _installed(name))
    without_ner = spacy.load(name, exclude=["ner"])
    with pytest.raises(ModelError) as caught:
        load_pipeline(without_ner)
    assert str(caught.value) == (
        f"pipeline 'en_{without_ner.meta['name']}' has no entity recognizer: kg needs named entities; "
        "use en_core_web_sm or another pipeline with NER"
    )


def test_check_pipeline_without_sentence_boundaries():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_dependency_labels")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Tokayev"}])
    with pytest.raises(ModelError, match=r"has no sentence boundaries: kg reads one sentence at a time; "):
        check_pipeline(nlp, "custom")


def test_check_unknown_ner_labels_name_the_data_file():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_full_parser")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "DISEASE", "pattern": "flu"}, {"label": "PERSON", "pattern": "Ann"}])
    with pytest.raises(ModelError) as caught:
        check_pipeline(nlp, "custom")
    assert str(caught.value) == (
        "pipeline 'custom' predicts NER labels kg does not know (DISEASE): "
        "add each to kg/lexicon/data/labels.tsv with the entity type and roles it stands for"
    )


def test_check_default_pipeline_passes(nlp):
    check_pipeline(nlp, "default")


@pytest.mark.parametrize("command", [["build", "--out", "{out}", "-q"], ["openie", "--quiet"]])
def test_cli_model_without_parser_is_one_line_and_exit_1(tmp_path, command):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    args = [part.format(out=tmp_path / "out") for part in command]
    result = CliRunner().invoke(main, [*args, str(article), "--model", "blank:en"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {NO_PARSER}"]
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_build_with_a_loaded_pipeline_is_the_same_graph(nlp, seed_graph):
    assert to_turtle(kg.build([SEEDS], nlp=nlp)) == to_turtle(seed_graph)


def test_build_with_a_loaded_pipeline_in_two_workers(nlp, seed_graph):
    # The forked workers find the given pipeline by the name it was registered under.
    assert to_turtle(kg.build([SEEDS], nlp=nlp, workers=2)) == to_turtle(seed_graph)


def test_build_text_with_a_loaded_pipeline(nlp):
    text = "Kassym-Jomart Tokayev asked the CSTO for help on Wednesday."
    assert to_turtle(kg.build_text(text, nlp=nlp)) == to_turtle(kg.build_text(text))


def test_build_refuses_model_and_nlp_together(nlp):
    with pytest.raises(ConfigError, match="not both"):
        kg.build([SEEDS], model="en_core_web_sm", nlp=nlp)


def test_build_refuses_a_loaded_pipeline_for_dask(nlp):
    with pytest.raises(ConfigError, match="pass model=NAME or PATH instead"):
        kg.build([SEEDS], nlp=nlp, dask="tcp://127.0.0.1:1")
