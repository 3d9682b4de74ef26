# Two commands do all the set-up: `make run` (the main job) and `make test` (the tests).
# Each creates .venv and installs the project into it when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Offline machines: use ../shared's Fashion-MNIST files when they are there (see README).
SHARED_DATA := $(abspath ../shared/data/fashion-mnist)
export GANLIB_DATA_DIR ?= $(if $(wildcard $(SHARED_DATA)/train-images-idx3-ubyte.gz),$(SHARED_DATA),)
export TF_CPP_MIN_LOG_LEVEL ?= 2

RUN_RECIPE ?= fast
RUN_DIR ?= runs/$(RUN_RECIPE)
RUN_SECONDS ?= 300

.PHONY: run test venv clean notebooks notebooks-check notebooks-execute bench feature-net pretrained metric-floors readme-figures

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

## The main job: five minutes of training with the learner's CPU recipe (ganlib.recipes),
## then samples, a loss plot, a GIF and the run's metrics (FID, classes covered, recall).
run: $(STAMP)
	$(PY) -m ganlib train --recipe $(RUN_RECIPE) --seconds $(RUN_SECONDS) --out $(RUN_DIR)
	$(PY) -m ganlib sample $(RUN_DIR) --n 100 --out $(RUN_DIR)/sample_grid.png
	$(PY) -m ganlib evaluate $(RUN_DIR) --json $(RUN_DIR)/metrics.json
	@echo "Outputs in $(RUN_DIR): sample_grid.png, losses.png, training.gif, metrics.json"

## The tests.
test: $(STAMP)
	$(PY) -m pytest

## Regenerate notebooks/en|ru|es/*.ipynb from notebooks/src/ (keeps outputs of unchanged cells).
notebooks: $(STAMP)
	$(PY) notebooks/build.py

## Fail when a committed notebook differs from what its source gives.
notebooks-check: $(STAMP)
	$(PY) notebooks/build.py --check

## Execute every notebook with its default parameters and store the outputs readers see.
notebooks-execute: $(STAMP)
	$(PY) notebooks/build.py --execute

## Speed: training throughput against the tutorial loop, what each lever buys, evaluate() on 10k samples, widget latency.
bench: $(STAMP)
	$(PY) benchmarks/bench_train.py
	$(PY) benchmarks/bench_levers.py
	$(PY) benchmarks/bench_evaluate.py
	$(PY) benchmarks/bench_widgets.py

## Retrain the Fashion-MNIST feature network behind ganlib.metrics (then paste the printed hash).
feature-net: $(STAMP)
	$(PY) -m ganlib.features

## What real data scores on every metric (README's floors).
metric-floors: $(STAMP)
	$(PY) benchmarks/metric_floors.py

## Retrain the shipped generators on the full training split and rewrite their manifests.
pretrained: $(STAMP)
	$(PY) scripts/train_pretrained.py --out ganlib/pretrained --work runs/pretrained

clean:
	rm -rf runs .pytest_cache

## README's opening figures from the shipped generators (and the fast run's training GIF).
readme-figures: $(STAMP)
	$(PY) scripts/readme_figures.py
