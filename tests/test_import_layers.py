"""Imports point down the stages only, and ``kg --help`` loads no heavy library.

The stages, lowest first (docs/architecture.md draws them): a module may import
its own stage and the stages ranked below it, never a stage of its own rank or
above. Checked twice: by importing each stage in a fresh interpreter (what
importing it really loads), and by reading every import statement, including
the ones inside functions that run later.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg

PACKAGE = Path(kg.__file__).resolve().parent

STAGES: dict[str, tuple[int, tuple[str, ...]]] = {
    # stage: (rank, module name prefixes)
    "core": (0, ("kg.errors", "kg.types", "kg.ids", "kg.folding", "kg.iris", "kg.version", "kg.records",
                  "kg.plugins")),
    "files": (1, ("kg.runtime.atomic", "kg.runtime.gc", "kg.runtime.codec", "kg.runtime.spill")),
    "lexicon": (1, ("kg.lexicon",)),
    "ontology": (1, ("kg.ontology",)),
    "cache": (2, ("kg.runtime.cache",)),
    "sources": (2, ("kg.sources",)),
    "nlp": (2, ("kg.nlp",)),
    "extract": (3, ("kg.extract",)),
    "resolve": (4, ("kg.resolve",)),
    "spilled": (4, ("kg.spilled",)),
    "graph": (5, ("kg.graph",)),
    "runners": (5, ("kg.runtime.runners", "kg.runtime.dask", "kg.runtime.stream", "kg.runtime.dask_merge")),
    "export": (6, ("kg.export",)),
    "stores": (7, ("kg.stores",)),
    "pipeline": (8, ("kg.pipeline",)),
    "cli": (9, ("kg.cli", "kg.__main__")),
}
UNSTAGED = {"kg", "kg.runtime"}
"""Package roots that only document their stage and load lazily."""


def _stage(module: str) -> str | None:
    found = [
        (len(prefix), stage)
        for stage, (_, prefixes) in STAGES.items()
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    return max(found)[1] if found else None


def _forbidden(stage: str, module: str) -> bool:
    """Whether a module of ``stage`` may not import ``module``."""
    other = _stage(module)
    return other is not None and other != stage and STAGES[other][0] >= STAGES[stage][0]


def _modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


MODULES = _modules()


def test_every_module_has_a_stage():
    assert [module for module in MODULES if module not in UNSTAGED and _stage(module) is None] == []


@pytest.mark.parametrize("stage", [stage for stage in STAGES if stage != "cli"])
def test_importing_a_stage_loads_no_higher_stage(stage):
    modules = [module for module in MODULES if _stage(module) == stage and module != "kg.__main__"]
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert sorted(module for module in loaded if _forbidden(stage, module)) == []


def _imports(path: Path, module: str) -> set[str]:
    """Every kg module ``path`` names in an import statement, at any depth."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name == "kg" or name.startswith("kg.")}


@pytest.mark.parametrize("module", [module for module in MODULES if module not in UNSTAGED])
def test_no_import_statement_points_up_the_stages(module):
    stage = _stage(module)
    path = PACKAGE.parent.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    assert sorted(name for name in _imports(path, module) if _forbidden(stage, name)) == []


@pytest.mark.parametrize("arguments", [["--help"], ["formats"]])
def test_kg_help_loads_no_heavy_library(arguments):
    # `kg formats` lists every format, plugins' included, without importing a writer.
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['kg', *{arguments!r}]\n"
        "try:\n"
        "    runpy.run_module('kg', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.split("\n")[-2].split())
    assert ("Usage:" if arguments == ["--help"] else "graph.ttl") in result.stdout
    assert loaded & {"spacy", "rdflib", "pyvis", "networkx", "pyoxigraph", "thinc"} == set()
