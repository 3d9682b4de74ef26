"""Generate the English, Russian and Spanish notebooks from one source per notebook.

Sources live in ``notebooks/src/NN_slug.py`` (jupytext percent format). Every piece of prose
is written three times, as consecutive markdown cells tagged ``lang="en"``, ``lang="ru"`` and
``lang="es"``; code cells are written once. For each language this script keeps the code
cells and that language's markdown, sets ``LANG = "<lang>"`` in the ``parameters`` cell,
fills ``{{badges}}`` with "Open in Colab / Studio Lab" badges for that notebook's own path,
adds the standard setup cell after the header, and gives every cell a stable id.

    python notebooks/build.py            # regenerate notebooks/{en,ru,es}/*.ipynb
    python notebooks/build.py --check    # exit 1 if a committed notebook differs from its source
    python notebooks/build.py --execute  # run every notebook with its default parameters and
                                         # store the outputs (what readers see on GitHub)

Regeneration keeps a cell's stored outputs while its source is unchanged, so outputs from
``--execute`` survive ``make notebooks``; a changed code cell loses its stale outputs.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import sys
from pathlib import Path

import jupytext
import nbformat
from jupytext.combine import map_outputs_to_inputs

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "src"
LANGUAGES = ("en", "ru", "es")
REPOSITORY = "fashion-gan/fashion-gan-notebooks"  # GitHub owner/name, for the badges and the setup cell
BRANCH = "main"

SETUP_CELL = f"""\
# Setup: installs ganlib only where it is missing (Colab, Studio Lab). Its version ranges admit
# the TensorFlow, Keras and ipywidgets already installed there, so pip leaves them untouched.
import importlib.util
import subprocess
import sys

if importlib.util.find_spec("ganlib") is None:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "git+https://github.com/{REPOSITORY}@{BRANCH}"],
        check=True,
    )"""

KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


def badges(lang: str, name: str) -> str:
    path = f"{REPOSITORY}/blob/{BRANCH}/notebooks/{lang}/{name}"
    return (
        f"[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
        f"(https://colab.research.google.com/github/{path}) "
        f"[![Open In Studio Lab](https://studiolab.sagemaker.aws/studiolab.svg)]"
        f"(https://studiolab.sagemaker.aws/import/github/{path})"
    )


def read_source(path: Path) -> nbformat.NotebookNode:
    return jupytext.read(path, fmt="py:percent")


def check_languages(source: nbformat.NotebookNode, path: Path) -> list[str]:
    """Problems with the prose: every run of markdown cells must be en, ru, es (once or more)."""
    problems, run = [], []
    for cell in [*source.cells, nbformat.v4.new_code_cell("")]:
        if cell.cell_type == "markdown":
            run.append(cell.metadata.get("lang"))
            continue
        if run and run != list(LANGUAGES) * (len(run) // len(LANGUAGES)) or len(run) % len(LANGUAGES):
            problems.append(f"{path.name}: markdown cells tagged {run}, expected {list(LANGUAGES)} (repeated)")
        run = []
    return problems


def build_notebook(source: nbformat.NotebookNode, lang: str, name: str) -> nbformat.NotebookNode:
    """The notebook of one language, without outputs."""
    cells, header_done = [], False
    for cell in source.cells:
        if cell.cell_type == "markdown":
            if cell.metadata.get("lang") != lang:
                continue
            text = cell.source.replace("{{badges}}", badges(lang, name))
            cells.append(nbformat.v4.new_markdown_cell(text))
            if not header_done:
                cells.append(nbformat.v4.new_code_cell(SETUP_CELL))
                header_done = True
        else:
            text = cell.source
            metadata = {k: v for k, v in cell.metadata.items() if k in ("tags", "smoke")}
            if "parameters" in metadata.get("tags", []):
                if 'LANG = "en"' not in text:
                    raise ValueError(f"{name}: the parameters cell must set LANG = \"en\"")
                text = text.replace('LANG = "en"', f'LANG = "{lang}"')
            cells.append(nbformat.v4.new_code_cell(text, metadata=metadata))
    seen: dict[str, int] = {}
    for cell in cells:  # ids from content: inserting a cell leaves every other cell's id alone
        digest = hashlib.sha1(f"{cell.cell_type}\n{cell.source}".encode()).hexdigest()[:8]
        seen[digest] = seen.get(digest, 0) + 1
        cell.id = f"{Path(name).stem[:2]}-{digest}" + (f"-{seen[digest]}" if seen[digest] > 1 else "")
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {
        "kernelspec": KERNELSPEC,
        "language_info": {"name": "python"},
        "colab": {"provenance": [], "toc_visible": True},
    }
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    return notebook


def keep_outputs(new: nbformat.NotebookNode, old_path: Path) -> nbformat.NotebookNode:
    """Carry stored outputs over from a notebook file for the cells whose code is unchanged.

    Cells are matched by content (jupytext's ``map_outputs_to_inputs``, as ``jupytext --update``
    does), so inserting, removing or moving a cell keeps the outputs of every unchanged one; a
    code cell whose source changed loses its stale outputs.
    """
    if not old_path.exists():
        return new
    old = nbformat.read(old_path, as_version=4)
    for cell, j in zip(new.cells, map_outputs_to_inputs(new.cells, old.cells)):
        before = None if j is None else old.cells[j]
        if cell.cell_type == "code" and before is not None and before.source == cell.source:
            cell.outputs = before.get("outputs", [])
            if cell.source.startswith("# NBVAL_CHECK_OUTPUT"):  # library log lines are not the checked output
                cell.outputs = [o for o in cell.outputs if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
            cell.execution_count = before.get("execution_count")
    return new


def render(notebook: nbformat.NotebookNode) -> str:
    """Canonical JSON (nbformat's own writer: sorted keys, one-space indent, lines as lists)."""
    return nbformat.writes(notebook) + "\n"


def targets() -> list[tuple[Path, str, Path]]:
    """``(source, lang, notebook path)`` for every notebook of every language."""
    return [
        (source, lang, ROOT / lang / f"{source.stem}.ipynb")
        for source in sorted(SOURCES.glob("[0-9][0-9]_*.py"))
        for lang in LANGUAGES
    ]


def generate(check: bool = False) -> int:
    problems, stale = [], []
    for source_path, lang, path in targets():
        source = read_source(source_path)
        if lang == LANGUAGES[0]:
            problems += check_languages(source, source_path)
        text = render(keep_outputs(build_notebook(source, lang, path.name), path))
        current = path.read_text() if path.exists() else ""
        if text != current:
            stale.append(path)
            if check:
                diff = difflib.unified_diff(current.splitlines(), text.splitlines(), str(path), "regenerated", n=1, lineterm="")
                print("\n".join(list(diff)[:40]))
            else:
                path.parent.mkdir(exist_ok=True)
                path.write_text(text)
    for problem in problems:
        print(problem, file=sys.stderr)
    if check and stale:
        print(f"{len(stale)} notebook(s) differ from their sources; run `make notebooks`", file=sys.stderr)
    elif not check:
        print(f"regenerated {len(stale)} notebook(s)")
    return 1 if problems or (check and stale) else 0


def execute(langs: list[str], only: str | None, parameters: dict) -> int:
    """Run notebooks top to bottom with papermill and store their outputs."""
    import papermill

    # TensorFlow's C++ start-up lines (e.g. "failed call to cuInit" on machines without a GPU)
    # are noise in the stored outputs readers see.
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    # One run folder per run for all three languages: English trains it, Russian and Spanish
    # find it finished and load it (what a learner's re-run does), instead of training thrice.
    # Relative to each notebook's folder (papermill runs it there), so outputs show "../runs/...".
    os.environ.setdefault("GANLIB_RUNS_DIR", os.path.join("..", "runs"))
    for source_path, lang, path in targets():
        if lang not in langs or (only and only not in path.stem):
            continue
        print(f"executing {path.relative_to(ROOT.parent)}", flush=True)
        papermill.execute_notebook(str(path), str(path), parameters=parameters, cwd=str(path.parent), progress_bar=False)
        normalise(path)
    return 0


def normalise(path: Path) -> None:
    """Rebuild an executed notebook from its source, keeping only the outputs (drops papermill's
    metadata and any injected cell) so ``--check`` stays meaningful."""
    fresh = build_notebook(read_source(SOURCES / f"{path.stem}.py"), path.parent.name, path.name)
    path.write_text(render(keep_outputs(fresh, path)))


def smoke_parameters(notebook: nbformat.NotebookNode) -> dict:
    """The short-run parameters (``smoke`` metadata of the parameters cell) that CI runs a notebook with."""
    for cell in notebook.cells:
        if "parameters" in cell.metadata.get("tags", []):
            return dict(cell.metadata.get("smoke", {}))
    raise ValueError("the notebook has no parameters cell")


def smoke(name: str, langs: list[str], out: Path) -> int:
    """Build one notebook from its source and run it with its smoke parameters (not stored)."""
    import papermill

    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    status = 0
    for source_path, lang, path in targets():
        if lang not in langs or name not in path.stem:
            continue
        notebook = build_notebook(read_source(source_path), lang, path.name)
        params = smoke_parameters(notebook)
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, folder / path.name)
        print(f"smoke run of {lang}/{path.name} with {params} in {folder}", flush=True)
        try:
            papermill.execute_notebook(str(folder / path.name), str(folder / path.name), parameters=params,
                                       cwd=str(folder), progress_bar=False)
        except papermill.PapermillExecutionError as err:
            print(err, file=sys.stderr)
            status = 1
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a notebook differs from its source")
    parser.add_argument("--execute", action="store_true", help="execute the notebooks and store outputs")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only these languages (with --execute)")
    parser.add_argument("--only", help="only notebooks whose name contains this (with --execute)")
    parser.add_argument("-p", nargs=2, action="append", metavar=("NAME", "VALUE"), default=[],
                        help="parameter override for --execute, e.g. -p EPOCHS 3")
    parser.add_argument("--smoke", metavar="NAME", help="run one notebook (name contains NAME) with its smoke parameters in --out")
    parser.add_argument("--out", type=Path, default=Path("/tmp/smoke"), help="folder for --smoke")
    args = parser.parse_args()
    if args.smoke:
        return smoke(args.smoke, args.lang or ["en"], args.out)
    if args.execute:
        status = generate()
        params = {k: json.loads(v) for k, v in args.p}
        return status or execute(args.lang or list(LANGUAGES), args.only, params)
    return generate(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
