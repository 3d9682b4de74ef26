"""ganlib: the helper package of the Fashion-MNIST GAN notebook series.

Modules, in the order the series meets them:

* :mod:`ganlib.data` — Fashion-MNIST, scaling to [-1, 1], the ``tf.data`` pipeline;
* :mod:`ganlib.models` — the vanilla, DCGAN, improved DCGAN and CPU-sized ("fast") DCGAN builders;
* :mod:`ganlib.train` — the :class:`~ganlib.train.GAN` trainer (with a moving average of the
  generator and a time budget), checkpoints, :func:`~ganlib.train.train`;
* :mod:`ganlib.recipes` — the named training recipes (``make run``'s is ``"fast"``);
* :mod:`ganlib.sampling`, :mod:`ganlib.images`, :mod:`ganlib.plots` — samples, grids, GIFs, figures;
* :mod:`ganlib.metrics`, :mod:`ganlib.features` — FID, KID, coverage, precision/recall, memorisation;
* :mod:`ganlib.widgets`, :mod:`ganlib.pretrained` — latent-space explorers and shipped generators;
* :mod:`ganlib.i18n` — words, messages and numbers in English, Russian and Spanish;
* :mod:`ganlib.colab` — where notebooks keep run folders (Google Drive in Colab).
"""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
# TensorFlow's C++ log lines ("failed call to cuInit" without a GPU, Grappler's "remapper failed")
# are noise to a learner: keep only fatal ones. Set TF_CPP_MIN_LOG_LEVEL=0 before importing to
# see them all. Only takes effect when ganlib is imported before TensorFlow.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

__version__ = "0.1.0"
