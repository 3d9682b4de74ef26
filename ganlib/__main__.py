"""Command line: the same functions the notebooks call.

    python -m ganlib train {vanilla,dcgan,improved} --epochs N --out DIR
    python -m ganlib sample DIR --n 64 --out FILE.png
    python -m ganlib evaluate DIR --n 10000 --seed 0 --json FILE.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    from ganlib.models import MODEL_NAMES
    from ganlib.train import PRECISIONS, TrainConfig

    defaults = TrainConfig()
    parser = argparse.ArgumentParser(prog="python -m ganlib", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    t = commands.add_parser("train", help="train a GAN (resumes from DIR's checkpoint)")
    t.add_argument("model", choices=MODEL_NAMES)
    t.add_argument("--epochs", type=positive_int, default=defaults.epochs)
    t.add_argument("--out", type=Path, required=True, help="run folder: checkpoint, samples, models")
    t.add_argument("--batch-size", type=positive_int, default=defaults.batch_size)
    t.add_argument("--latent-dim", type=positive_int, default=defaults.latent_dim)
    t.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
    t.add_argument("--beta-1", type=float, default=defaults.beta_1)
    t.add_argument("--seed", type=int, default=defaults.seed)
    t.add_argument("--subset", type=positive_int, default=None, help="train on this many images only")
    t.add_argument("--precision", choices=PRECISIONS, default=defaults.precision)
    t.add_argument("--data-dir", type=Path, default=None, help="folder with the four IDX files")

    s = commands.add_parser("sample", help="write a grid of generated images")
    s.add_argument("run", type=Path, help="run folder (or a generator .keras file)")
    s.add_argument("--n", type=positive_int, default=64)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--out", type=Path, required=True, help="PNG file to write")

    e = commands.add_parser("evaluate", help="FID, KID, classifier score, coverage, precision/recall, memorisation")
    e.add_argument("run", type=Path, help="run folder (or a generator .keras file)")
    e.add_argument("--n", type=positive_int, default=10_000, help="number of samples to generate")
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--json", type=Path, default=None, help="also write the metrics to this JSON file")

    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            from ganlib.train import train

            config = TrainConfig(
                model=args.model, epochs=args.epochs, batch_size=args.batch_size, latent_dim=args.latent_dim,
                learning_rate=args.learning_rate, beta_1=args.beta_1, seed=args.seed, subset=args.subset,
                precision=args.precision,
            )
            result = train(config, args.out, data_dir=args.data_dir)
            print(f"run folder: {result.run_dir} (generator.keras, samples.png, losses.png, training.gif)")
        elif args.command == "sample":
            from ganlib.images import grid, save_png
            from ganlib.sampling import generate
            from ganlib.train import load_generator

            images = generate(load_generator(args.run), n=args.n, seed=args.seed)
            print(f"wrote {save_png(grid(images), args.out, scale=2)}")
        elif args.command == "evaluate":
            from ganlib.metrics import evaluate

            result = evaluate(args.run, n=args.n, seed=args.seed)
            print(result.table())
            print(result.to_json(args.json))
    except (ValueError, TypeError, FileNotFoundError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
