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
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import matplotlib  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
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
