"""The notebook series: one source, three languages, every notebook runs.

* every piece of prose exists in English, Russian and Spanish;
* the committed notebooks are exactly what their sources give (nbdev's idea);
* every notebook of every language runs top to bottom with its smoke parameters (papermill);
* the stored outputs of deterministic cells match a fresh run (nbval, lax mode).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "notebooks"))
import build  # noqa: E402

NOTEBOOKS = [path for _, _, path in build.targets()]
SOURCES = sorted(build.SOURCES.glob("[0-9][0-9]_*.py"))


def smoke_parameters(notebook: nbformat.NotebookNode) -> dict:
    for cell in notebook.cells:
        if "parameters" in cell.metadata.get("tags", []):
            return dict(cell.metadata.get("smoke", {}))
    raise AssertionError("no parameters cell")


def test_the_series_has_all_its_notebooks():
    assert [s.stem[:2] for s in SOURCES] == [f"{i:02d}" for i in range(len(SOURCES))]
    assert len(NOTEBOOKS) == 3 * len(SOURCES) > 0


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_markdown_cell_exists_in_all_three_languages(source):
    assert build.check_languages(build.read_source(source), source) == []


def test_a_markdown_cell_missing_a_language_is_reported(tmp_path):
    source = tmp_path / "99_broken.py"
    source.write_text('# %% [markdown] lang="en"\n# Hello\n\n# %% [markdown] lang="es"\n# Hola\n\n# %%\nx = 1\n')
    problems = build.check_languages(build.read_source(source), source)
    assert problems and "'en', 'es'" in problems[0]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_notebook_ends_with_summary_and_exercises(source):
    notebook = build.read_source(source)
    prose = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown" and c.metadata.get("lang") == "en")
    assert "## Summary" in prose and "## Exercises" in prose


def test_committed_notebooks_match_their_sources():
    result = subprocess.run([sys.executable, str(ROOT / "notebooks" / "build.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_notebook_has_header_badges_setup_and_parameters(path):
    notebook = nbformat.read(path, as_version=4)
    header, setup, parameters = notebook.cells[:3]
    assert header.source.startswith("# ")
    assert f"notebooks/{path.parent.name}/{path.name}" in header.source
    assert "Open In Colab" in header.source and "Open In Studio Lab" in header.source
    assert "find_spec(\"ganlib\")" in setup.source
    assert "parameters" in parameters.metadata.get("tags", [])
    assert f'LANG = "{path.parent.name}"' in parameters.source


def test_code_is_identical_in_every_language():
    for source in SOURCES:
        codes = []
        for lang in build.LANGUAGES:
            notebook = nbformat.read(build.ROOT / lang / f"{source.stem}.ipynb", as_version=4)
            codes.append([c.source.replace(f'LANG = "{lang}"', "LANG") for c in notebook.cells if c.cell_type == "code"])
        assert codes[0] == codes[1] == codes[2], source.stem


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_notebook_runs_top_to_bottom_with_smoke_parameters(path, tmp_path):
    import papermill

    notebook = nbformat.read(path, as_version=4)
    papermill.execute_notebook(
        str(path), str(tmp_path / path.name), parameters=smoke_parameters(notebook),
        cwd=str(tmp_path), kernel_name="python3", progress_bar=False,
    )


@pytest.mark.notebook
def test_stored_outputs_of_deterministic_cells_match_a_fresh_run(tmp_path):
    """nbval in lax mode checks the cells marked ``# NBVAL_CHECK_OUTPUT`` (English notebooks;
    the code is the same in every language). The notebooks run with their smoke parameters."""
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    copies = []
    for path in [p for p in NOTEBOOKS if p.parent.name == "en"]:
        notebook = load_notebook_node(str(path))
        if not any("# NBVAL_CHECK_OUTPUT" in c.source for c in notebook.cells if c.cell_type == "code"):
            continue
        notebook = parameterize_notebook(notebook, smoke_parameters(notebook))
        copies.append(tmp_path / path.name)
        nbformat.write(notebook, copies[-1])
    if not copies:
        pytest.skip("no notebook has a cell marked # NBVAL_CHECK_OUTPUT yet")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax", "--nbval-current-env", *map(str, copies)],
        capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
