"""The CaRB tabbed output: tokens kept as given, fields, filters, and the CLI."""

from __future__ import annotations

from kg.extract.tabbed import Timing, openie_lines

SENTENCES = [
    "The bank , based in Ohio , did n't lend money to `` risky '' firms .",
    "",
    "The firm may sell its trucks to Ford .",
    "Ford bought the plant in 1990 .",
]


def test_extract_tabbed_fields_and_tokens(nlp):
    timing = Timing()
    lines = list(openie_lines(nlp, SENTENCES, include_all=True, timing=timing))
    assert timing.sentences == 3 and timing.extractions == len(lines)
    inputs = {s for s in SENTENCES if s}
    for line in lines:
        fields = line.split("\t")
        assert fields[0] in inputs
        assert 0 < float(fields[1]) < 1
        assert fields[2] and fields[3]
        # Every emitted word is a token of its sentence: PTB tokens ("n't", "``") survive.
        tokens = set(fields[0].split())
        for field in fields[2:]:
            assert set(field.split()) <= tokens | {"is", "are", "was", "were", "has", "have", "had", "lead", "leads", "led"}
    assert any(f.split("\t")[2] == "bought" for f in lines)
    assert "ms/sentence" in timing.summary()


def test_extract_tabbed_default_leaves_out_negated_and_hedged(nlp):
    asserted = list(openie_lines(nlp, SENTENCES))
    everything = list(openie_lines(nlp, SENTENCES, include_all=True))
    assert len(asserted) < len(everything)
    assert not any("n't" in line.split("\t")[2] for line in asserted)
    assert not any(line.split("\t")[2].startswith("may ") for line in asserted)
    assert any("n't" in line.split("\t")[2] for line in everything)


def test_extract_tabbed_min_confidence(nlp):
    lines = list(openie_lines(nlp, SENTENCES, include_all=True, min_confidence=0.5))
    assert all(float(line.split("\t")[1]) >= 0.5 for line in lines)


def test_cli_openie(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    path = tmp_path / "in.txt"
    path.write_text("Ford bought the plant in 1990 .\nMessi never played for China .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["openie", str(path)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines() if line]
    assert any(r[2] == "bought" and r[3] == "Ford" for r in rows)
    assert not any(r[0].startswith("Messi") for r in rows)
    everything = CliRunner().invoke(main, ["openie", "--all", str(path)])
    assert any(line.startswith("Messi") for line in everything.stdout.splitlines())
    assert "ms/sentence" in everything.stderr
