"""Packaging: ranges that admit Colab's versions, one tested set of pins, consistent files."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
COLAB = {"tensorflow": "2.20.0", "keras": "3.13.2", "ipywidgets": "7.7.1"}


def requirements(group: str | None = None) -> dict[str, Requirement]:
    """The requirements of ``group`` (None: the core ones); ``ganlib[extra]`` brings that extra's."""
    project = PYPROJECT["project"]
    lines = project["dependencies"] if group is None else project["optional-dependencies"][group]
    found = {}
    for line in lines:
        requirement = Requirement(line)
        if canonicalize_name(requirement.name) == canonicalize_name(project["name"]):
            for extra in requirement.extras:
                found.update(requirements(extra))
        else:
            found[canonicalize_name(requirement.name)] = requirement
    return found


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            found[canonicalize_name(name)] = version
    return found


@pytest.mark.parametrize("name, version", COLAB.items())
def test_installing_ganlib_in_colab_keeps_tensorflow_keras_and_ipywidgets(name, version):
    assert requirements()[name].specifier.contains(version), f"{name} {version} must satisfy the range"


def test_ipywidgets_8_is_allowed_but_not_9():
    spec = requirements()["ipywidgets"].specifier
    assert spec.contains("8.1.5") and not spec.contains("9.0.0")


def test_every_dependency_has_one_tested_pin_inside_its_range():
    pinned = pins()
    for name, requirement in {**requirements(), **requirements("dev")}.items():
        assert name in pinned, f"{name} has no pin in constraints.txt"
        assert requirement.specifier.contains(pinned[name]), f"{name}=={pinned[name]} is outside {requirement}"


def test_environment_yml_pins_the_same_versions():
    text = (ROOT / "environment.yml").read_text()
    assert "ipykernel" in text and "-c constraints.txt" in text and "-e .[dev]" in text
    pinned = pins()
    for name, version in re.findall(r"-\s+([A-Za-z0-9_.-]+)==([0-9][^\s]*)", text):
        assert pinned[canonicalize_name(name)] == version, name


def test_ci_puts_the_shared_data_in_the_keras_cache_and_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in readme and "make test" in ci
    assert "~/.keras/datasets/fashion-mnist" in ci and "../shared/data/fashion-mnist" in ci


@pytest.mark.slow
def test_the_package_builds_as_a_wheel_with_its_assets(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    import zipfile

    (wheel,) = tmp_path.glob("ganlib-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ganlib/train.py" in names and "ganlib/__main__.py" in names
    shipped = [p.relative_to(ROOT).as_posix() for p in (ROOT / "ganlib").glob("assets/*") if p.is_file()]
    assert set(shipped) <= set(names)
