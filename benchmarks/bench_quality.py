"""Time to quality: training seconds until the FID of ``ganlib.metrics`` first falls below a threshold.

Each model trains with the recipe of its shipped generator (``ganlib.pretrained.RECIPES``:
batch size; full training split) and is evaluated after every epoch on the same
``--eval-n`` samples (fixed latent vectors) against the test split. The clock counts training
only (the ``epoch_s`` that ``ganlib.train.train`` logs), not the evaluations. A run stops at
the first epoch below the threshold, or after ``--max-epochs``.

    python benchmarks/bench_quality.py                                  # every model, float32 and auto
    python benchmarks/bench_quality.py --models dcgan --precisions float32 auto --max-epochs 3
    python benchmarks/bench_quality.py --models dcgan --max-epochs 3 --seeds 1 2 --append   # noise

``--seeds`` repeats every run with other seeds (other initial weights, batches and latent
vectors): the spread of FID across seeds at the same epoch is the run-to-run noise that a
precision's difference must be compared with. ``--append`` keeps the runs already in the JSON
file (a run is replaced only by a new run of the same model, precision and seed).

Writes ``benchmarks/results/time_to_quality.json`` and the plot ``images/time_to_quality.png``.
The same epochs in float32 and in the automatic precision also show whether a faster
precision costs quality (FID after the same number of epochs).

**On the clock** (``--clock``): each recipe of ``ganlib.recipes`` trains for ``--seconds`` of
training and is evaluated (``--eval-n`` samples, what the run samples from: the moving
average when the recipe keeps one) when its training clock reaches each of ``--marks``
seconds, then after every epoch past the last mark. ``--set`` changes one setting of every
recipe, to measure one lever at a time against the same seeds::

    python benchmarks/bench_quality.py --clock --recipes fast classic dcgan improved --seeds 0 1 2
    python benchmarks/bench_quality.py --clock --recipes fast --seconds 120 --set batch_size=32 --append

Writes ``benchmarks/results/quality_on_the_clock.json`` (one run per recipe, settings and
seed; ``--append`` keeps the others) and ``images/quality_on_the_clock.png``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import matplotlib  # noqa: E402
import matplotlib.ticker  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from ganlib.metrics import EvaluateEachEpoch  # noqa: E402
from ganlib.models import MODEL_NAMES  # noqa: E402
from ganlib.pretrained import RECIPES  # noqa: E402
from ganlib.train import TrainConfig, auto_precision, train  # noqa: E402

THRESHOLD = 30.0  # FID on our feature net, 10,000 samples; the shipped DCGAN reaches 14.9 after 10 epochs


def time_to_quality(model: str, precision: str, threshold: float, max_epochs: int, eval_n: int, seed: int) -> dict:
    """Train one model until its FID is below ``threshold``; the learning curve and the time it took."""
    recipe = {k: v for k, v in RECIPES.get(model, {}).items() if k != "epochs"}
    config = TrainConfig(model=model, epochs=max_epochs, seed=seed, precision=precision, **recipe)
    probe = EvaluateEachEpoch(eval_n, seed, stop_below=threshold)
    result = train(config, callbacks=[probe], verbose=0)
    reached = next((row for row in probe.rows if row["fid"] < threshold), None)
    return {
        "model": model,
        "seed": seed,
        "precision": result.gan.precision,
        "asked": precision,
        "batch_size": config.batch_size,
        "curve": probe.rows,
        "epochs_to_threshold": reached["epoch"] if reached else None,
        "seconds_to_threshold": reached["train_s"] if reached else None,
    }


def plot(runs: list[dict], threshold: float, path: Path) -> None:
    fig, ax = plt.subplots(figsize=(7, 4.2))
    colors: dict = {}  # one colour per model and precision; its seeds share it, labelled once
    for run in runs:
        seconds = [row["train_s"] for row in run["curve"]]
        fids = [row["fid"] for row in run["curve"]]
        group = (run["model"], run["precision"], run["batch_size"])
        first = group not in colors
        colors.setdefault(group, f"C{len(colors)}")
        seeds = sum(key(r)[:2] == key(run)[:2] for r in runs)
        name = f"{run['model']} ({run['precision']}, batch {run['batch_size']}" + (f", {seeds} seeds)" if seeds > 1 else ")")
        ax.plot(seconds, fids, marker="o", color=colors[group], alpha=0.8, label=name if first else None)
    ax.axhline(threshold, color="black", linestyle="--", linewidth=1, label=f"threshold FID {threshold:g}")
    ax.set_yscale("log")
    ax.set_xlabel("training seconds (evaluations not counted)")
    ax.set_ylabel("FID (feature net, lower is better)")
    ax.set_title("Time to quality")
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


MARKS = (30, 60, 120, 180, 300)
CLOCK_JSON = ROOT / "benchmarks/results/quality_on_the_clock.json"
CLOCK_PLOT = ROOT / "images/quality_on_the_clock.png"


def parse_setting(text: str) -> tuple[str, object]:
    """``"batch_size=32"`` -> ``("batch_size", 32)``; values are read as JSON (``null``, numbers, strings)."""
    name, _, value = text.partition("=")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def on_the_clock(recipe: str, settings: dict, seed: int, seconds: float, marks, eval_n: int) -> dict:
    """Train one recipe for ``seconds`` of training; metrics at each mark of its clock."""
    from ganlib.recipes import config as recipe_config

    config = recipe_config(recipe, seed=seed, seconds=seconds, **settings)
    probe = EvaluateEachEpoch(eval_n, seed, at_seconds=tuple(m for m in marks if m <= seconds), per_epoch=False)
    result = train(config, callbacks=[probe], verbose=0)
    steps, train_s = sum(result.history["steps"]), result.history["train_s"][-1]
    return {"recipe": recipe, "settings": settings, "seed": seed, "config": dataclasses.asdict(config),
            "precision": result.gan.precision, "steps": steps, "train_s": train_s,
            "steps_per_s": steps / train_s, "images_per_s": steps * config.batch_size / train_s, "curve": probe.rows}


def at_mark(run: dict, mark: float) -> dict | None:
    """The first evaluation of a run at or after ``mark`` training seconds (None if it stopped before)."""
    return next((row for row in run["curve"] if row["train_s"] >= mark), None)


def clock_name(run: dict) -> str:
    extra = ", ".join(f"{k}={v}" for k, v in sorted(run["settings"].items()))
    return run["recipe"] + (f" ({extra})" if extra else "")


def clock_table(runs: list[dict], marks) -> str:
    """Per recipe and settings: mean FID (min-max) over seeds at every mark; recall and classes at the last."""
    groups: dict = {}
    for run in runs:
        groups.setdefault(clock_name(run), []).append(run)
    head = " | ".join(f"FID @ {m:g} s" for m in marks)
    lines = [f"| recipe | seeds | steps/s | {head} | recall @ end | classes @ end |",
             "| --- | --- | --- |" + " --- |" * len(marks) + " --- | --- |"]
    for name, group in groups.items():
        cells = []
        for mark in marks:
            fids = [at_mark(run, mark)["fid"] for run in group if at_mark(run, mark)]
            spread = f" ({min(fids):.1f}–{max(fids):.1f})" if len(fids) > 1 else ""
            cells.append(f"{sum(fids) / len(fids):.1f}{spread}" if fids else "–")
        last = [run["curve"][-1] for run in group if run["curve"]]
        recall = sum(r["recall"] for r in last) / max(len(last), 1)
        classes = min((r["classes_covered"] for r in last), default=0)
        speed = sum(run["steps_per_s"] for run in group) / len(group)
        lines.append(f"| {name} | {len(group)} | {speed:.1f} | " + " | ".join(cells) + f" | {recall:.2f} | {classes} |")
    return "\n".join(lines)


THRESHOLDS = (30, 15, 7)


def clock_time_to_quality(runs: list[dict], thresholds=THRESHOLDS) -> str:
    """Per recipe and seed: the first evaluation (a mark of the clock) at which FID is at or below each threshold."""
    lines = ["| recipe | seed | " + " | ".join(f"seconds to FID ≤ {t:g}" for t in thresholds) + " |",
             "| --- | --- |" + " --- |" * len(thresholds)]
    for run in runs:
        cells = []
        for t in thresholds:
            row = next((r for r in run["curve"] if r["fid"] <= t), None)
            cells.append(f"{row['train_s']:.0f}" if row else f"> {run['train_s']:.0f}")
        lines.append(f"| {clock_name(run)} | {run['seed']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def clock_plot(runs: list[dict], path: Path) -> None:
    fig, ax = plt.subplots(figsize=(7.5, 4.4))
    colors: dict = {}
    for run in runs:
        name = clock_name(run)
        first = name not in colors
        colors.setdefault(name, f"C{len(colors) % 10}")
        seeds = sum(clock_name(r) == name for r in runs)
        ax.plot([r["train_s"] for r in run["curve"]], [r["fid"] for r in run["curve"]], marker="o", markersize=3,
                color=colors[name], alpha=0.8, label=f"{name}, {seeds} seed{'s' if seeds > 1 else ''}" if first else None)
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(matplotlib.ticker.ScalarFormatter())
    ax.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    ax.set_yticks([5, 10, 20, 40, 80])
    ax.set_xlabel("training seconds on this machine (evaluations not counted)")
    ax.set_ylabel("FID (feature net, 10,000 samples)")
    ax.set_title("Quality on the clock")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def clock_main(args) -> None:
    from bench_train import hardware  # noqa: E402  (same folder)

    settings = dict(parse_setting(text) for text in args.set)
    data = json.loads(args.clock_json.read_text()) if args.append and args.clock_json.exists() else {"runs": []}
    runs = data["runs"]
    same = lambda a, b: (a["recipe"], a["settings"], a["seed"]) == (b["recipe"], b["settings"], b["seed"])  # noqa: E731
    for seed in args.seeds:
        for recipe in args.recipes:
            run = on_the_clock(recipe, settings, seed, args.seconds, args.marks, args.eval_n)
            runs = [r for r in runs if not same(r, run)] + [run]
            curve = ", ".join(f"{row['fid']:.1f} @ {row['train_s']:.0f} s" for row in run["curve"])
            print(f"{clock_name(run)} seed {seed}: {run['steps_per_s']:.1f} steps/s; FID {curve}", flush=True)
            args.clock_json.parent.mkdir(parents=True, exist_ok=True)
            args.clock_json.write_text(json.dumps({"hardware": hardware(), "eval_n": args.eval_n, "runs": runs}, indent=1))
            clock_plot(runs, args.clock_plot)
    print(clock_table(runs, args.marks))
    print(clock_time_to_quality(runs))
    print(f"wrote {args.clock_json} and {args.clock_plot}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clock", action="store_true", help="metrics at fixed training seconds, per recipe")
    parser.add_argument("--recipes", nargs="*", default=["fast", "classic", "dcgan", "improved"])
    parser.add_argument("--seconds", type=float, default=300.0, help="--clock: training seconds per run")
    parser.add_argument("--marks", type=float, nargs="*", default=list(MARKS), help="--clock: evaluate at these seconds")
    parser.add_argument("--set", nargs="*", default=[], metavar="NAME=VALUE", help="--clock: change a setting of every recipe")
    parser.add_argument("--clock-json", type=Path, default=CLOCK_JSON)
    parser.add_argument("--clock-plot", type=Path, default=CLOCK_PLOT)
    parser.add_argument("--models", nargs="*", default=list(MODEL_NAMES))
    parser.add_argument("--precisions", nargs="*", default=["float32", "auto"])
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--max-epochs", type=int, default=10)
    parser.add_argument("--eval-n", type=int, default=10_000)
    parser.add_argument("--seeds", type=int, nargs="*", default=[0])
    parser.add_argument("--append", action="store_true", help="keep the runs already in --json")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks/results/time_to_quality.json")
    parser.add_argument("--plot", type=Path, default=ROOT / "images/time_to_quality.png")
    args = parser.parse_args()
    if args.clock:
        return clock_main(args)

    auto, why = auto_precision()
    print(f"precision 'auto' on this machine: {auto} ({why})", flush=True)
    runs = json.loads(args.json.read_text())["runs"] if args.append and args.json.exists() else []
    for seed in args.seeds:
        for model in args.models:
            for precision in dict.fromkeys(auto if p == "auto" else p for p in args.precisions):
                run = time_to_quality(model, precision, args.threshold, args.max_epochs, args.eval_n, seed)
                runs = [r for r in runs if key(r) != key(run)] + [run]
                curve = ", ".join(f"{row['epoch']}: {row['fid']:.1f} @ {row['train_s']:.0f} s" for row in run["curve"])
                print(f"{model} {run['precision']} seed {seed}: FID per epoch {curve}", flush=True)
                save(args, runs, auto, why)  # after every run: a long benchmark loses nothing when stopped

    print(f"\n{'model':10s} {'precision':15s} {'seed':>4s} {'batch':>5s} {'epochs':>6s} {'seconds':>8s}   to FID < {args.threshold:g}")
    for run in runs:
        epochs = run["epochs_to_threshold"] or f">{len(run['curve'])}"
        seconds = f"{run['seconds_to_threshold']:.0f}" if run["seconds_to_threshold"] else "-"
        print(f"{run['model']:10s} {run['precision']:15s} {key(run)[2]:4d} {run['batch_size']:5d} {epochs!s:>6s} {seconds:>8s}")
    print(f"\nFID after the same epochs, across seeds (mean, min-max):\n{noise_table(runs)}")
    print(f"wrote {args.json} and {args.plot}")


def key(run: dict) -> tuple:
    """What identifies a run: model, precision and seed (runs written before seeds were recorded used 0)."""
    return run["model"], run["precision"], run.get("seed", 0)


def noise_table(runs: list[dict]) -> str:
    """Per model, precision and epoch: the mean FID over seeds and its range (the run-to-run noise)."""
    groups: dict = {}
    for run in runs:
        for row in run["curve"]:
            groups.setdefault((run["model"], run["precision"], row["epoch"]), []).append(row["fid"])
    lines = [f"{'model':10s} {'precision':15s} {'epoch':>5s} {'runs':>4s} {'mean':>6s} {'min':>6s} {'max':>6s}"]
    for (model, precision, epoch), fids in sorted(groups.items()):
        lines.append(f"{model:10s} {precision:15s} {epoch:5d} {len(fids):4d} {sum(fids) / len(fids):6.1f} "
                     f"{min(fids):6.1f} {max(fids):6.1f}")
    return "\n".join(lines)


def save(args, runs: list[dict], auto: str, why: str) -> None:
    from bench_train import hardware  # noqa: E402  (same folder)

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"hardware": hardware(), "threshold": args.threshold, "eval_n": args.eval_n,
                                     "auto_precision": [auto, why], "runs": runs}, indent=1))
    plot(runs, args.threshold, args.plot)


if __name__ == "__main__":
    main()
