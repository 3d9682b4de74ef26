"""Command line: the same functions the notebooks call.

    python -m ganlib train {vanilla,dcgan,improved,fast} --epochs N --out DIR
    python -m ganlib train --recipe fast --seconds 300 --out DIR
    python -m ganlib sample DIR --n 64 --out FILE.png
    python -m ganlib evaluate DIR --n 10000 --seed 0 --json FILE.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


# The options of `train` that set a field of TrainConfig (same names, with - for _).
SETTINGS = ("model", "epochs", "seconds", "batch_size", "latent_dim", "learning_rate", "d_learning_rate", "beta_1",
            "ema", "seed", "subset", "precision")


def positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {value}")
    return value


def positive_float(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return value


def main(argv: list[str] | None = None) -> int:
    from ganlib.models import MODEL_NAMES
    from ganlib.recipes import RECIPES
    from ganlib.recipes import config as recipe_config
    from ganlib.train import PRECISIONS, TrainConfig

    parser = argparse.ArgumentParser(prog="python -m ganlib", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    t = commands.add_parser("train", help="train a GAN (resumes from DIR's checkpoint)",
                            description="Settings not given come from --recipe, or from TrainConfig's defaults.")
    t.add_argument("model", nargs="?", choices=MODEL_NAMES, help="the networks (default: the recipe's)")
    t.add_argument("--recipe", choices=RECIPES, default=None, help="start from a recipe of ganlib.recipes")
    t.add_argument("--out", type=Path, required=True, help="run folder: checkpoint, samples, models")
    t.add_argument("--epochs", type=positive_int)
    t.add_argument("--seconds", type=positive_float, help="stop after this many seconds of training")
    t.add_argument("--batch-size", type=positive_int)
    t.add_argument("--latent-dim", type=positive_int)
    t.add_argument("--learning-rate", type=positive_float)
    t.add_argument("--d-learning-rate", type=positive_float, help="the discriminator's rate, if it differs")
    t.add_argument("--beta-1", type=float)
    t.add_argument("--ema", type=float, help="decay of the generator's moving average, e.g. 0.995")
    t.add_argument("--seed", type=int)
    t.add_argument("--subset", type=positive_int, help="train on this many images only")
    t.add_argument("--precision", choices=PRECISIONS)
    t.add_argument("--data-dir", type=Path, default=None, help="folder with the four IDX files")

    s = commands.add_parser("sample", help="write a grid of generated images")
    s.add_argument("run", type=Path, help="run folder (or a generator .keras file)")
    s.add_argument("--n", type=positive_int, default=64)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--out", type=Path, required=True, help="PNG file to write")
    s.add_argument("--raw", action="store_true", help="the trained weights, not their moving average")

    e = commands.add_parser("evaluate", help="FID, KID, classifier score, coverage, precision/recall, memorisation")
    e.add_argument("run", type=Path, help="run folder (or a generator .keras file)")
    e.add_argument("--n", type=positive_int, default=10_000, help="number of samples to generate")
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--json", type=Path, default=None, help="also write the metrics to this JSON file")
    e.add_argument("--raw", action="store_true", help="the trained weights, not their moving average")

    from ganlib.i18n import LANGUAGES

    for command in (t, e):
        command.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages and tables")
    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            from ganlib.train import train

            given = {name: getattr(args, name) for name in SETTINGS if getattr(args, name) is not None}
            if args.recipe is None and args.model is None:
                parser.error("train: give a MODEL or a --recipe")
            config = recipe_config(args.recipe, **given) if args.recipe else TrainConfig(**given)
            result = train(config, args.out, data_dir=args.data_dir, lang=args.lang)
            print(f"run folder: {result.run_dir} (generator.keras, samples.png, losses.png, training.gif)")
        elif args.command == "sample":
            from ganlib.images import grid, save_png
            from ganlib.sampling import generate
            from ganlib.train import load_generator

            images = generate(load_generator(args.run, raw=args.raw), n=args.n, seed=args.seed)
            print(f"wrote {save_png(grid(images), args.out, scale=2)}")
        elif args.command == "evaluate":
            from ganlib.metrics import evaluate
            from ganlib.train import load_generator

            source = load_generator(args.run, raw=True) if args.raw else args.run
            result = evaluate(source, n=args.n, seed=args.seed)
            print(result.table(args.lang))
            if args.json is None:
                print(result.to_json())
            else:
                result.to_json(args.json)
                print(f"wrote {args.json}")
            print(result.summary(args.lang))
    except (ValueError, TypeError, FileNotFoundError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
