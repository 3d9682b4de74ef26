"""Train the generators that ship with ganlib (``ganlib/pretrained/``), evaluate them, and
write each as ``<model>.keras`` plus a manifest ``<model>.json``.

    python scripts/train_pretrained.py                        # every model, default recipes (~2 h on 2 CPU cores)
    python scripts/train_pretrained.py --models dcgan --epochs dcgan=30
    python scripts/train_pretrained.py --epochs 1 --subset 512 --eval-n 500 --out /tmp/p   # a quick try

Training runs in ``--work`` (default ``runs/pretrained/<model>``) with ganlib.train.train, so an
interrupted run resumes from its last epoch when the same command is run again. The
manifest records the settings, the training time (sum of the epoch times, across resumes),
the hardware, the versions and the metrics of ganlib.metrics.evaluate.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from ganlib.models import MODEL_NAMES as MODELS  # noqa: E402  (every model of the series ships)
from ganlib.pretrained import RECIPES  # noqa: E402

DEFAULT_EPOCHS = {model: recipe["epochs"] for model, recipe in RECIPES.items()}


def epochs_option(text: str) -> dict[str, int] | int:
    """``5`` (every model) or ``dcgan=10`` (one model; repeat the option for others)."""
    name, _, count = text.rpartition("=")
    try:
        value = int(count)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected N or MODEL=N, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"epochs must be positive, got {value}")
    if not name:
        return value
    if name not in MODELS:
        raise argparse.ArgumentTypeError(f"unknown model {name!r}; choose one of {', '.join(MODELS)}")
    return {name: value}


def epochs_per_model(options: list) -> dict[str, int]:
    epochs = dict(DEFAULT_EPOCHS)
    for option in options or []:
        epochs.update(option if isinstance(option, dict) else {m: option for m in MODELS})
    return epochs


def hardware() -> str:
    """The CPU model, core count and GPUs, e.g. ``"Intel Xeon ... (x86_64), 2 CPU cores, no GPU"``."""
    from ganlib.train import cpu_name

    cpu = f"{cpu_name()} ({platform.machine()})"
    import tensorflow as tf

    gpus = [tf.config.experimental.get_device_details(g).get("device_name", g.name)
            for g in tf.config.list_physical_devices("GPU")]
    return f"{cpu}, {os.cpu_count()} CPU cores, {', '.join(gpus) if gpus else 'no GPU'}"


def evaluate_metrics(generator, n: int, seed: int) -> dict:
    """ganlib.metrics.evaluate (imported only here), as a plain dict."""
    from ganlib.metrics import evaluate

    result = evaluate(generator, n=n, seed=seed)
    return result.to_dict() if hasattr(result, "to_dict") else dict(result)


def train_one(model: str, epochs: int, args: argparse.Namespace) -> Path:
    import keras
    import tensorflow as tf

    from ganlib import __version__, pretrained
    from ganlib.train import TrainConfig, train, train_seconds

    recipe = {**RECIPES[model], "epochs": epochs}
    config = TrainConfig(model=model, seed=args.seed, subset=args.subset, precision="float32", **recipe)
    run_dir = args.work / model
    run_dir.mkdir(parents=True, exist_ok=True)
    curve = []
    if args.curve_n:
        from ganlib.metrics import EvaluateEachEpoch

        curve.append(EvaluateEachEpoch(args.curve_n, args.seed, path=run_dir / "learning_curve.json"))
    result = train(config, run_dir, verbose=args.verbose, callbacks=curve)
    history = result.history
    metrics, eval_seconds = None, None
    if args.eval_n:
        start = time.perf_counter()
        metrics = evaluate_metrics(result.gan.sampling_generator(), args.eval_n, args.seed)
        eval_seconds = round(time.perf_counter() - start, 1)
    info = {
        "model": model,
        "epochs": history["epoch"][-1] if history.get("epoch") else epochs,  # trained (a time budget can stop sooner)
        "steps": int(sum(history.get("steps", []))) or None,
        "seconds": round(train_seconds(history), 1),
        "seconds_budget": config.seconds,
        "ema": config.ema,
        "hardware": hardware(),
        "seed": args.seed,
        "metrics": metrics,
        "eval_n": args.eval_n or None,
        "eval_seconds": eval_seconds,
        "training_images": args.subset or 60_000,
        "batch_size": config.batch_size,
        "latent_dim": config.latent_dim,
        "precision": config.precision,
        "learning_curve": curve[0].rows if curve else None,
        "final_losses": {k: history[k][-1] for k in ("d_loss", "g_loss", "d_real", "d_fake") if history.get(k)},
        "versions": {"ganlib": __version__, "tensorflow": tf.__version__, "keras": keras.__version__,
                     "python": platform.python_version()},
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
    model_path, _ = pretrained.save(result.gan.sampling_generator(), model, info, args.out)
    return model_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", nargs="+", choices=MODELS, default=list(MODELS))
    parser.add_argument("--epochs", type=epochs_option, action="append", metavar="N|MODEL=N",
                        help=f"epochs (default {DEFAULT_EPOCHS})")
    parser.add_argument("--subset", type=int, default=None, help="train on this many images only (default: all 60,000)")
    parser.add_argument("--eval-n", type=int, default=10_000, help="samples to evaluate (0: skip the evaluation)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--curve-n", type=int, default=0,
                        help="also evaluate on this many samples after every epoch (the manifest's learning_curve)")
    parser.add_argument("--out", type=Path, default=ROOT / "ganlib" / "pretrained", help="where the .keras and .json go")
    parser.add_argument("--work", type=Path, default=ROOT / "runs" / "pretrained", help="run folders (checkpoints)")
    parser.add_argument("--verbose", type=int, default=2, help="Keras' verbosity: 0, 1 or 2 (one line per epoch)")
    args = parser.parse_args(argv)

    epochs = epochs_per_model(args.epochs)
    for model in args.models:
        print(f"{model}: {epochs[model]} epochs on {args.subset or 'all'} images", flush=True)
        path = train_one(model, epochs[model], args)
        print(f"{model}: wrote {path} and {path.with_suffix('.json')}", flush=True)
    from ganlib.pretrained import table

    print(f"\nThe table for README.md (ganlib.pretrained.table()):\n{table(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
