"""Every command has help with an example and is documented in the README; the
README's quick start holds exactly two commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_docs_quick_start_has_exactly_two_commands():
    block = re.search(r"^## Quick start\n.*?^```[^\n]*\n(.*?)^```", README, re.M | re.S)
    assert block, "README.md needs a '## Quick start' section with a fenced block"
    commands = [line for line in block.group(1).splitlines() if line.strip() and not line.strip().startswith("#")]
    assert len(commands) == 2
    assert "kg build seeds/ --out exports/" in commands[0]
    assert "pytest" in commands[1]


def test_docs_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "Quick start" in ci and "lines[1]" in ci


@pytest.mark.parametrize("command", sorted(main.commands))
def test_docs_every_command_has_help_with_an_example_and_is_in_the_readme(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"kg {command}" in README


def test_docs_top_level_help():
    result = CliRunner().invoke(main, ["-h"])
    assert result.exit_code == 0 and "build" in result.output
