"""The notebook series: one source, three languages, every notebook runs.

* every piece of prose exists in English, Russian and Spanish;
* the committed notebooks are exactly what their sources give (nbdev's idea);
* every notebook of every language runs top to bottom with its smoke parameters (papermill);
* the stored outputs of deterministic cells match a fresh run (nbval, lax mode).
"""

from __future__ import annotations

import functools
import os
import re
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


smoke_parameters = build.smoke_parameters


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
    executed = nbformat.read(tmp_path / path.name, as_version=4)
    assert noise_in(executed) == []
    assert reader_problems(executed, path.parent.name) == []


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


# --- what the build keeps ----------------------------------------------------------------

def test_inserting_a_cell_keeps_the_outputs_of_every_other_cell(tmp_path):
    """Outputs follow cells by content (jupytext), not by position: an edit high up in a source
    does not wipe the stored outputs below it, and an edited cell loses its stale ones."""
    source = tmp_path / "99_demo.py"
    cells = ['# %% [markdown] lang="en"\n# # 99 · Demo\n\n# %% [markdown] lang="ru"\n# # 99 · Демо\n\n'
             '# %% [markdown] lang="es"\n# # 99 · Demo\n\n# %% tags=["parameters"]\nLANG = "en"\n\n',
             "# %%\nx = 1\n\n", "# %%\ny = 2\n\n", "# %%\nprint(x + y)\n"]
    source.write_text("".join(cells))
    stored = build.build_notebook(build.read_source(source), "en", "99_demo.ipynb")
    for cell in stored.cells:
        if cell.cell_type == "code" and not cell.source.startswith("#"):
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=f"ran {cell.source}")]
    path = tmp_path / "99_demo.ipynb"
    nbformat.write(stored, path)
    source.write_text(cells[0] + "# %%\nnew = 0\n\n" + cells[1] + "# %%\ny = 3\n\n" + cells[3])
    fresh = build.keep_outputs(build.build_notebook(build.read_source(source), "en", path.name), path)
    outputs = {c.source: [o.text for o in c.outputs] for c in fresh.cells if c.cell_type == "code"}
    assert outputs["x = 1"] == ["ran x = 1"] and outputs["print(x + y)"] == ["ran print(x + y)"]
    assert outputs["new = 0"] == [] and outputs["y = 3"] == []
    ids = {c.source: c.id for c in fresh.cells}
    assert ids["x = 1"] == {c.source: c.id for c in stored.cells}["x = 1"]


# --- what a reader sees in the committed notebooks ------------------------------------------

LOG_NOISE = re.compile(
    r"cuInit|remapper failed|absl::InitializeLog|^[IWEF]\d{4} \d\d:\d\d|WARNING: All log messages"
    r"|oneDNN custom operations|Traceback \(most recent call last\)|\d+/\d+ ━|ms/step",
    re.MULTILINE,
)


def output_text(cell) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
        elif "data" in output:
            parts.append(output["data"].get("text/plain", ""))
        elif output.get("output_type") == "error":
            parts.append("\n".join(output.get("traceback", [])))
    return "\n".join(parts)


def noise_in(notebook) -> list[str]:
    return [line for cell in notebook.cells if cell.cell_type == "code"
            for line in output_text(cell).splitlines() if LOG_NOISE.search(line)]


def test_the_log_noise_check_catches_tensorflow_lines():
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text=(
        "E0000 00:00:1700000000.1 123 cuda_executor.cc:1] failed call to cuInit: INTERNAL\n"
        "2026-01-01 12:00:00.0: E tensorflow/core/grappler/optimizers/meta_optimizer.cc:967] remapper failed\n"
        "fine line\n"))]
    assert len(noise_in(nbformat.v4.new_notebook(cells=[cell]))) == 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_committed_outputs_hold_no_log_noise(path):
    assert noise_in(nbformat.read(path, as_version=4)) == []


CYRILLIC = re.compile(r"[А-Яа-яЁё]")
ENGLISH_DECIMAL = re.compile(r"(?<![\w./=:'\"-])\d+\.\d+(?![\w./])")
SPANISH_THOUSANDS = re.compile(r"[1-9]\d{0,2}(\.\d{3})+")  # 60.000: Spanish grouping, not a decimal point


@functools.lru_cache(maxsize=None)
def english_phrases() -> frozenset[str]:
    """Literal pieces of ganlib's English strings (figure labels, messages, notebook texts) that
    no Russian or Spanish string contains: seeing one in a ru/es output is an English leak."""
    from ganlib import i18n

    tables = {lang: list(i18n.LABELS[lang].values()) for lang in i18n.LANGUAGES}
    for module in sorted((ROOT / "ganlib" / "i18n").glob("nb[0-9][0-9].py")):
        for lang in i18n.LANGUAGES:
            tables[lang] += list(i18n.notebook_texts(module.stem[2:], lang).table.values())
    others = "\n".join(tables["ru"] + tables["es"])
    phrases = set()
    for template in tables["en"]:
        for piece in re.split(r"{[^}]*}", template):
            piece = piece.strip(" .,:;·()[]—-\n")
            if len(re.findall(r"[A-Za-z]{3,}", piece)) >= 2 and piece not in others:
                phrases.add(piece)
    return frozenset(phrases)


def reader_problems(notebook, lang: str) -> list[str]:
    """Text in an output that is not in the notebook's language."""
    problems, phrases = [], english_phrases() if lang != "en" else set()
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        text = output_text(cell)
        if lang != "ru" and CYRILLIC.search(text):
            problems.append(f"Cyrillic in a {lang} output: {CYRILLIC.search(text).group()!r} in {text[:80]!r}")
        if lang != "en":
            problems += [f"English {p!r}" for p in phrases if p in text]
            problems += [f"English number {m.group()!r} in {text[max(0, m.start() - 40):m.end() + 20]!r}"
                         for m in ENGLISH_DECIMAL.finditer(text)
                         if not (lang == "es" and SPANISH_THOUSANDS.fullmatch(m.group()))]
    return problems


def test_the_language_check_catches_english_in_a_russian_output():
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="the run is finished: nothing to train · FID 12.5\n")]
    problems = reader_problems(nbformat.v4.new_notebook(cells=[cell]), "ru")
    assert any("the run is finished" in p for p in problems) and any("12.5" in p for p in problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_committed_outputs_are_in_the_notebooks_language(path):
    assert reader_problems(nbformat.read(path, as_version=4), path.parent.name) == []


# --- the code taught is the code shipped ------------------------------------------------------

def notebook_functions(source) -> list[tuple[str, str]]:
    """``(function name, cell source)`` for every function a notebook's code defines that has
    the name of a ganlib function."""
    import ast

    import ganlib.data
    import ganlib.models
    import ganlib.train

    shipped = {name for module in (ganlib.models, ganlib.data, ganlib.train) for name in vars(module)}
    found = []
    for cell in build.read_source(source).cells:
        if cell.cell_type != "code":
            continue
        for node in ast.parse(cell.source).body:
            if isinstance(node, ast.FunctionDef) and node.name in shipped:
                found.append((node.name, cell.source))
    return found


def layer_signature(model) -> list[tuple]:
    def config(layer):
        c = layer.get_config()
        c.pop("name", None)
        return c
    return [(type(layer).__name__, config(layer), layer.count_params()) for layer in model.layers]


def test_notebooks_write_out_the_networks_they_teach():
    taught = {name for source in SOURCES for name, _ in notebook_functions(source)}
    assert {"build_vanilla", "build_dcgan", "build_improved", "make_dataset"} <= taught


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_the_code_a_notebook_writes_out_is_ganlibs(source):
    """A network written out in a notebook has ganlib's layers (class, config, parameters);
    any other function with a ganlib name is ganlib's code, statement for statement."""
    import ast
    import inspect

    import keras
    import numpy as np
    from keras import layers, ops

    import ganlib.data
    import ganlib.models
    import ganlib.train

    def body(tree):
        function = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))
        if ast.get_docstring(function):
            function.body = function.body[1:]
        return ast.dump(function, include_attributes=False)

    for name, cell in notebook_functions(source):
        if name.startswith("build_") and hasattr(ganlib.models, name):
            namespace = {"keras": keras, "layers": layers, "ops": ops, "np": np,
                         **{k: v for k, v in vars(ganlib.models).items() if not k.startswith("_")}}
            exec(compile(cell, f"{source.name}:{name}", "exec"), namespace)
            keras.utils.set_random_seed(0)
            mine = namespace[name]()
            theirs = getattr(ganlib.models, name)()
            for a, b in zip(mine, theirs):
                assert layer_signature(a) == layer_signature(b), f"{source.name}: {name} differs from ganlib.models"
                assert a.count_params() == b.count_params()
        else:
            module = next(m for m in (ganlib.models, ganlib.data, ganlib.train) if hasattr(m, name))
            tree = ast.parse(cell)
            mine = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
            theirs = ast.parse(inspect.getsource(getattr(module, name)).lstrip())
            assert body(ast.Module(body=[mine], type_ignores=[])) == body(theirs), f"{source.name}: {name} is not {module.__name__}'s"
