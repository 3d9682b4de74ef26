"""README's opening figures, drawn from the shipped files so they stay true.

* ``images/shipped_generators.png``: the same 32 latent vectors through every shipped generator
  (``ganlib/pretrained``), side by side, each titled with its training cost and FID from its
  manifest;
* ``images/training_fast.gif``: the sample grid after each epoch of the run that produced the
  shipped ``fast`` generator (``make pretrained`` leaves it in ``runs/pretrained/fast``).

    python scripts/readme_figures.py            # what `make readme-figures` runs
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import ganlib  # noqa: F401  (quiets TensorFlow first)
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from ganlib import pretrained  # noqa: E402
from ganlib.images import grid  # noqa: E402
from ganlib.models import MODEL_NAMES  # noqa: E402
from ganlib.sampling import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES, SEED = 32, 0


def shipped_grids() -> dict[str, tuple]:
    """``name -> (grid image, manifest)`` for every shipped generator, in the series' order."""
    names = sorted(pretrained.available(), key=lambda n: MODEL_NAMES.index(n) if n in MODEL_NAMES else 99)
    out = {}
    for name in names:
        generator, manifest = pretrained.load(name)
        out[name] = grid(generate(generator, n=SAMPLES, seed=SEED), ncols=4), manifest
    return out


def draw(path: Path) -> Path:
    grids = shipped_grids()
    fig, axes = plt.subplots(1, len(grids), figsize=(2.6 * len(grids), 5.6))
    for ax, (name, (image, manifest)) in zip(axes, grids.items()):
        ax.imshow(image, cmap="gray", vmin=0, vmax=255)
        minutes = manifest["seconds"] / 60
        fid = (manifest.get("metrics") or {}).get("fid")
        ax.set_title(f"{name}\n{minutes:.0f} min of training · FID {fid:.1f}", fontsize=9)
        ax.axis("off")
    fig.suptitle("The shipped generators: the same latent vectors through each", fontsize=11)
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "images")
    parser.add_argument("--run", type=Path, default=ROOT / "runs" / "pretrained" / "fast",
                        help="the run folder of the shipped fast generator (for its training GIF)")
    args = parser.parse_args()
    print(f"wrote {draw(args.out / 'shipped_generators.png')}")
    gif = args.run / "training.gif"
    if gif.is_file():
        shutil.copyfile(gif, args.out / "training_fast.gif")
        print(f"wrote {args.out / 'training_fast.gif'} (from {gif})")
    else:
        print(f"no {gif}: run `make pretrained` first to refresh the training GIF", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
