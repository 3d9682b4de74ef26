# %% [markdown] lang="en"
# # 7 · Latent-space explorer
#
# *Walk through a generator's latent space: why Gaussian vectors live near a sphere, spherical interpolation, directions that reshape a garment, interactive widgets to play with all of it, and a one-minute training run replayed.* · ⏱ ~3 min on a 2-core CPU, one of them the replayed training run; GPU: not measured yet
#
# {{badges}}

# %% [markdown] lang="ru"
# # 7 · Исследуем латентное пространство
#
# *Прогулка по пространству входов генератора: почему гауссовы векторы лежат у поверхности сферы, сферическая интерполяция, направления, меняющие вещь, интерактивные виджеты, чтобы всё это потрогать руками, и повтор минутного обучения.* · ⏱ ~3 мин на CPU с 2 ядрами, из них минута — обучение для повтора; GPU: ещё не замерено
#
# {{badges}}

# %% [markdown] lang="es"
# # 7 · Explorador del espacio latente
#
# *Un paseo por el espacio latente de un generador: por qué los vectores gaussianos caen cerca de una esfera, la interpolación esférica, direcciones que transforman una prenda, widgets para jugar con todo ello y la reproducción de un entrenamiento de un minuto.* · ⏱ ~3 min en una CPU de 2 núcleos, uno de ellos para el entrenamiento que se reproduce; GPU: aún sin medir
#
# {{badges}}

# %% tags=["parameters"] smoke={"REPLAY_SECONDS": 4, "REPLAY_SUBSET": 640, "N_EVAL": 500}
LANG = "en"  # language of figures, labels and widgets: "en", "ru" or "es"
MODEL = "improved"  # the shipped generator to explore (ganlib.pretrained): "improved", "fast", "dcgan" or "vanilla"
SEED = 0  # random seed of the pictures and of the replayed run
REPLAY_SECONDS = 60  # training-time budget of the run that section 6.4 replays (seconds of training steps)
REPLAY_SUBSET = 9_600  # training images of that run: 150 steps per epoch, so a sample grid every few seconds
N_EVAL = 10_000  # samples for the replayed run's metrics (FID, classes covered, recall)
USE_DRIVE = True  # in Colab, keep the run folder on Google Drive, so that a re-run resumes it

# %% [markdown] lang="en"
# A GAN generator turns a vector of 100 random numbers into a garment. Change the numbers a little and the garment
# changes a little; change them along the right direction and a shirt grows into a dress, a sandal closes into a
# sneaker. This notebook is about that space of vectors, the **latent space**: what its typical points look like
# (a surprise in 100 dimensions), how to walk from one point to another without falling off the part the generator
# knows, and how to find directions that mean something. Then come the toys: sliders, an interpolation walk, a
# sample browser and a replay of training, all **widgets** you can drag in the notebook. The generator we explore
# ships with `ganlib` (by default the improved DCGAN, trained for 45 minutes); only the replay trains, for a minute.
#
# The plan:
#
# 1. the latent space, and why nearby vectors give similar images;
# 2. where Gaussian vectors live: the norm of $z$, checked numerically in $d = 100$ dimensions;
# 3. linear and spherical interpolation (*slerp*);
# 4. a generator to explore: one that ships with `ganlib`;
# 5. neighbours and interpolations, with pictures;
# 6. the widgets: principal directions, interpolation, sample browser, training replay (of a run trained here for
#    `REPLAY_SECONDS` = 60 seconds), and the class picker that is still to come.
#
# Widgets need a running kernel. On GitHub or any other static view they do not appear, so after each one there is
# an ordinary figure of what it shows.

# %% [markdown] lang="ru"
# Генератор GAN превращает вектор из 100 случайных чисел в предмет одежды. Чуть измените числа — чуть изменится и
# вещь; сдвиньте их в нужном направлении — и рубашка вытянется в платье, а сандалия превратится в кроссовку. Этот
# блокнот посвящён пространству таких векторов — **латентному пространству**: как выглядят его типичные точки (в 100
# измерениях тут есть сюрприз), как пройти от одной точки к другой и не выпасть из области, которую генератор знает,
# и как найти осмысленные направления. А затем — игрушки: ползунки, интерполяция, просмотр сэмплов и повтор
# обучения. Всё это **виджеты**, которые можно двигать прямо в блокноте. Исследуем мы предобученный генератор из
# `ganlib` (по умолчанию улучшенную DCGAN, которая обучалась 45 минут); обучение здесь одно — минутное, для повтора.
#
# План:
#
# 1. латентное пространство и почему близкие векторы дают похожие изображения;
# 2. где лежат гауссовы векторы: норма $z$, проверяем численно при $d = 100$;
# 3. линейная и сферическая интерполяция (*slerp*);
# 4. генератор для исследования: предобученный генератор из `ganlib`;
# 5. соседи и интерполяции в картинках;
# 6. виджеты: главные направления, интерполяция, просмотр сэмплов, повтор обучения (запуска, который обучается
#    здесь `REPLAY_SECONDS` = 60 секунд) и выбор класса, который ещё впереди.
#
# Виджетам нужно работающее ядро Jupyter. На GitHub и в любом другом статическом просмотре их не видно, поэтому после
# каждого виджета стоит обычный рисунок с тем, что он показывает.

# %% [markdown] lang="es"
# El generador de una GAN convierte un vector de 100 números aleatorios en una prenda. Si cambias un poco los números,
# la prenda cambia un poco; si los mueves en la dirección adecuada, una camisa se alarga hasta ser un vestido y una
# sandalia se cierra hasta parecer una zapatilla. Este cuaderno trata de ese espacio de vectores, el **espacio
# latente**: qué aspecto tienen sus puntos típicos (en 100 dimensiones hay sorpresa), cómo ir de un punto a otro sin
# salirse de la zona que el generador conoce y cómo encontrar direcciones con significado. Después llegan los
# juguetes: controles deslizantes, un paseo interpolado, un explorador de muestras y una reproducción del
# entrenamiento, todos ellos ***widgets*** que puedes mover en el propio cuaderno. El generador que exploramos viene
# con `ganlib` (por defecto, la DCGAN mejorada, entrenada durante 45 minutos); solo la reproducción entrena, durante
# un minuto.
#
# El plan:
#
# 1. el espacio latente, y por qué vectores cercanos dan imágenes parecidas;
# 2. dónde caen los vectores gaussianos: la norma de $z$, comprobada numéricamente en $d = 100$ dimensiones;
# 3. interpolación lineal y esférica (*slerp*);
# 4. un generador que explorar: uno preentrenado que viene con `ganlib`;
# 5. vecinos e interpolaciones, en imágenes;
# 6. los *widgets*: direcciones principales, interpolación, explorador de muestras, reproducción del entrenamiento
#    (de una ejecución que entrena aquí `REPLAY_SECONDS` = 60 segundos) y el selector de clase, que aún está por llegar.
#
# Los *widgets* necesitan un kernel en marcha. En GitHub o en cualquier otra vista estática no aparecen, así que
# después de cada uno hay una figura normal con lo que muestra.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import re

import matplotlib.pyplot as plt
import numpy as np

from ganlib import pretrained, recipes, widgets
from ganlib.colab import run_folder
from ganlib.data import to_uint8
from ganlib.i18n import fmt, label, notebook_texts
from ganlib.images import load_png
from ganlib.metrics import evaluate
from ganlib.plots import show_images
from ganlib.sampling import generate, interpolate, latent_dim_of, latent_vectors
from ganlib.train import train

say = notebook_texts("07", LANG)  # this notebook's printed and drawn strings (ganlib/i18n/nb07.py)
RUN_DIR = run_folder("07_latent_explorer", drive=USE_DRIVE)  # the replayed run (6.4); a re-run resumes it


def show_rows(rows, row_labels, col_titles=None, title=None, scale=0.95):
    """Rows of images (each ``(N, 28, 28, 1)`` in ``[-1, 1]``), with a label left of each row."""
    ncols = max(len(row) for row in rows)
    fig, axes = plt.subplots(len(rows), ncols, figsize=(ncols * scale + 1.6, len(rows) * scale + 0.6), squeeze=False)
    for axes_row, row, name in zip(axes, rows, row_labels):
        for ax, image in zip(axes_row, to_uint8(row)[..., 0]):
            ax.imshow(image, cmap="gray", vmin=0, vmax=255)
        for ax in axes_row:
            ax.set_xticks([])
            ax.set_yticks([])
        axes_row[0].set_ylabel(name, rotation=0, ha="right", va="center", fontsize=9)
    for ax, text in zip(axes[0], col_titles or []):
        ax.set_title(text, fontsize=9)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig, axes


# %% [markdown] lang="en"
# ## 1. The latent space
#
# A trained generator is a function $G : \mathbb{R}^d \to \mathbb{R}^{28 \times 28}$, with $d = 100$ in this series.
# Every point $z$ of the **latent space** $\mathbb{R}^{100}$ is a picture $G(z)$. The space of all $28 \times 28$
# images has 784 dimensions, and almost all of it is noise; $G$ draws a curved 100-dimensional surface through it, and
# training bends that surface until it passes through the garments.
#
# Two properties make this space worth exploring.
#
# * **$G$ is continuous.** It is a chain of matrix products, transposed convolutions, batch normalization (a fixed
#   affine map at inference time) and continuous activations (ReLU, LeakyReLU, $\tanh$). Such a chain is Lipschitz:
#   $\|G(z + \delta) - G(z)\| \le L\,\|\delta\|$ for some constant $L$. A small step in $z$ moves the image a little,
#   so **nearby latent vectors give similar images**, and a path through the latent space plays as a smooth animation.
# * **Training organises the space, unevenly.** The generator only ever sees vectors drawn from the **prior**
#   $z \sim \mathcal{N}(0, I)$, and its loss is an average over them: a region of the latent space counts in
#   proportion to the prior mass it holds. Where most samples fall, poor images cost the most, so that is where training
#   spreads the variety of the data (classes, shapes, brightness), and directions there end up meaning something: the
#   widgets below find some of them. Nothing forces every region to be used well. Regions of low density are rarely
#   drawn and may give poor images, and even typical regions can give poor or duplicate ones: in **mode collapse**
#   large parts of the prior map to a few images. The **truncation trick** of exercise 3, which draws $z$ closer to
#   the centre, is a way to exploit this unevenness, for better or worse.
#
# Where do those prior samples actually lie? In 100 dimensions the answer is not what intuition from two or three
# dimensions suggests, and it decides how we should walk between two points. It needs no generator, so we start there.
#
# ## 2. Where Gaussian vectors live
#
# The density of $z \sim \mathcal{N}(0, I_d)$ is $p(z) \propto e^{-\|z\|^2/2}$: highest at the origin. Yet almost no
# sample lands near the origin. The squared norm $\|z\|^2 = \sum_{i=1}^{d} z_i^2$ is a sum of $d$ independent terms,
# each with mean 1 and variance 2 (a $\chi^2_d$ distribution), so
#
# $$\mathbb{E}\,\|z\|^2 = d, \qquad \operatorname{Var}\,\|z\|^2 = 2d, \qquad \text{hence} \qquad
# \|z\| \approx \sqrt{d} \pm \tfrac{1}{\sqrt{2}}.$$
#
# The spread of the norm stays about $0.71$ whatever the dimension, while the radius $\sqrt{d}$ grows: relative to
# the radius, the shell is $1/\sqrt{2d}$ thick. Another way to see it: the probability of a norm between $r$ and
# $r + dr$ is proportional to $r^{d-1} e^{-r^2/2}\,dr$. The density falls as $e^{-r^2/2}$, but the volume of a thin
# shell grows as $r^{d-1}$; their product peaks at $r = \sqrt{d - 1}$. In $d = 100$ nearly all the mass of the
# Gaussian sits in a thin shell of radius about 10, like a soap bubble, and the centre, where the density is highest,
# is practically empty.
#
# A second fact of high dimensions: two independent samples are **nearly orthogonal**. The cosine of the angle
# between them is close to a normal variable with variance $1/d$, so in 100 dimensions the angle is
# $90° \pm 6°$ or so.
#
# Let's check both numerically, with 10,000 samples and a fixed seed.

# %% [markdown] lang="ru"
# ## 1. Латентное пространство
#
# Обученный генератор — это функция $G : \mathbb{R}^d \to \mathbb{R}^{28 \times 28}$; во всём курсе $d = 100$. Каждая
# точка $z$ **латентного пространства** $\mathbb{R}^{100}$ — это картинка $G(z)$. Пространство всех изображений
# $28 \times 28$ имеет 784 измерения, и почти всё в нём — шум; $G$ проводит сквозь него изогнутую 100-мерную
# поверхность, а обучение сгибает её так, чтобы она прошла через одежду.
#
# Исследовать это пространство интересно благодаря двум свойствам.
#
# * **$G$ непрерывен.** Это цепочка умножений на матрицы, транспонированных свёрток, батч-нормализации (в режиме
#   инференса — фиксированное аффинное преобразование) и непрерывных активаций (ReLU, LeakyReLU, $\tanh$). Такая цепочка
#   липшицева: $\|G(z + \delta) - G(z)\| \le L\,\|\delta\|$ для некоторой константы $L$. Малый шаг по $z$ немного
#   сдвигает изображение, поэтому **близкие латентные векторы дают похожие изображения**, а путь в латентном
#   пространстве превращается в плавную анимацию.
# * **Обучение упорядочивает пространство, но неравномерно.** Генератор видит только векторы из **априорного
#   распределения** $z \sim \mathcal{N}(0, I)$, а его функция потерь — среднее по ним: область латентного пространства
#   весит столько, сколько на неё приходится вероятностной массы. Там, куда попадает большинство векторов, плохие
#   изображения обходятся дороже всего; туда обучение и раскладывает разнообразие данных (классы, формы, яркость), и
#   направления там обретают смысл — некоторые из них найдут виджеты ниже. Но ничто не заставляет хорошо использовать
#   каждую область. Области малой плотности выпадают редко и могут давать плохие изображения, и даже типичные области
#   могут давать плохие или повторяющиеся: при **коллапсе мод** большие куски априорного распределения отображаются в
#   несколько картинок. **Приём усечения** из упражнения 3, при котором $z$ берут ближе к центру, пользуется этой
#   неравномерностью — к лучшему или к худшему.
#
# Но где на самом деле лежат векторы из априорного распределения? В 100 измерениях ответ расходится с интуицией,
# привычной по двум-трём измерениям, и именно он определяет, как правильно идти от одной точки к другой. Генератор
# для этого не нужен, так что с этого и начнём.
#
# ## 2. Где лежат гауссовы векторы
#
# Плотность $z \sim \mathcal{N}(0, I_d)$ равна $p(z) \propto e^{-\|z\|^2/2}$ и максимальна в нуле. Тем не менее почти
# ни один вектор не оказывается рядом с нулём. Квадрат нормы $\|z\|^2 = \sum_{i=1}^{d} z_i^2$ — сумма $d$ независимых
# слагаемых со средним 1 и дисперсией 2 (распределение $\chi^2_d$), поэтому
#
# $$\mathbb{E}\,\|z\|^2 = d, \qquad \operatorname{Var}\,\|z\|^2 = 2d, \qquad \text{а значит} \qquad
# \|z\| \approx \sqrt{d} \pm \tfrac{1}{\sqrt{2}}.$$
#
# Разброс нормы остаётся около $0{,}71$ при любой размерности, а радиус $\sqrt{d}$ растёт: относительно радиуса
# толщина слоя равна $1/\sqrt{2d}$. Можно посмотреть и иначе: вероятность того, что норма попадёт между $r$ и
# $r + dr$, пропорциональна $r^{d-1} e^{-r^2/2}\,dr$. Плотность убывает как $e^{-r^2/2}$, но объём тонкого
# сферического слоя растёт как $r^{d-1}$, и произведение достигает максимума при $r = \sqrt{d - 1}$. При $d = 100$
# почти вся масса гауссова распределения сосредоточена в тонком слое радиуса около 10, как в мыльном пузыре, а центр,
# где плотность больше всего, практически пуст.
#
# Второе свойство больших размерностей: два независимых вектора **почти ортогональны**. Косинус угла между ними
# распределён примерно нормально с дисперсией $1/d$, так что в 100 измерениях угол составляет около $90° \pm 6°$.
#
# Проверим и то и другое численно на 10 000 векторов с фиксированным зерном.

# %% [markdown] lang="es"
# ## 1. El espacio latente
#
# Un generador entrenado es una función $G : \mathbb{R}^d \to \mathbb{R}^{28 \times 28}$, con $d = 100$ en toda la
# serie. Cada punto $z$ del **espacio latente** $\mathbb{R}^{100}$ es una imagen $G(z)$. El espacio de todas las
# imágenes de $28 \times 28$ tiene 784 dimensiones, y casi todo en él es ruido; $G$ traza a través de él una
# superficie curva de 100 dimensiones, y el entrenamiento la dobla hasta que pasa por las prendas.
#
# Dos propiedades hacen que merezca la pena explorar este espacio.
#
# * **$G$ es continua.** Es una cadena de productos de matrices, convoluciones traspuestas, normalización por lotes
#   (una transformación afín fija en inferencia) y activaciones continuas (ReLU, LeakyReLU, $\tanh$). Una cadena así es
#   lipschitziana: $\|G(z + \delta) - G(z)\| \le L\,\|\delta\|$ para alguna constante $L$. Un paso pequeño en $z$ mueve
#   poco la imagen, así que **vectores latentes cercanos dan imágenes parecidas**, y un camino por el espacio latente
#   se convierte en una animación suave.
# * **El entrenamiento organiza el espacio, pero de forma desigual.** El generador solo ve vectores de la
#   **distribución a priori** $z \sim \mathcal{N}(0, I)$, y su pérdida es una media sobre ellos: cada región del
#   espacio latente cuenta en proporción a la masa de probabilidad que contiene. Donde cae la mayoría de las muestras,
#   una mala imagen sale más cara; ahí reparte el entrenamiento la variedad de los datos (clases, formas, brillo), y
#   ahí las direcciones acaban significando algo: los *widgets* de más abajo encuentran algunas. Nada obliga a
#   aprovechar bien todas las regiones. Las de baja densidad salen pocas veces y pueden dar malas imágenes, e incluso
#   las regiones típicas pueden dar imágenes malas o repetidas: en el **colapso de modos**, grandes partes de la
#   distribución a priori van a parar a unas pocas imágenes. El **truco de truncamiento** del ejercicio 3, que toma
#   $z$ más cerca del centro, es una forma de aprovechar esa desigualdad, para bien o para mal.
#
# ¿Dónde caen de verdad esas muestras de la distribución a priori? En 100 dimensiones la respuesta no es la que
# sugiere la intuición de dos o tres dimensiones, y de ella depende cómo conviene ir de un punto a otro. No hace falta
# ningún generador, así que empezamos por ahí.
#
# ## 2. Dónde caen los vectores gaussianos
#
# La densidad de $z \sim \mathcal{N}(0, I_d)$ es $p(z) \propto e^{-\|z\|^2/2}$, máxima en el origen. Y, sin embargo,
# casi ninguna muestra cae cerca del origen. La norma al cuadrado $\|z\|^2 = \sum_{i=1}^{d} z_i^2$ es una suma de $d$
# términos independientes, cada uno con media 1 y varianza 2 (una distribución $\chi^2_d$), así que
#
# $$\mathbb{E}\,\|z\|^2 = d, \qquad \operatorname{Var}\,\|z\|^2 = 2d, \qquad \text{y por tanto} \qquad
# \|z\| \approx \sqrt{d} \pm \tfrac{1}{\sqrt{2}}.$$
#
# La dispersión de la norma se queda en torno a $0{,}71$ sea cual sea la dimensión, mientras que el radio $\sqrt{d}$
# crece: en proporción al radio, la corteza esférica tiene un grosor de $1/\sqrt{2d}$. Otra forma de verlo: la
# probabilidad de que la norma esté entre $r$ y $r + dr$ es proporcional a $r^{d-1} e^{-r^2/2}\,dr$. La densidad cae
# como $e^{-r^2/2}$, pero el volumen de una corteza esférica fina crece como $r^{d-1}$, y el producto alcanza su máximo
# en $r = \sqrt{d - 1}$. Con $d = 100$, casi toda la masa de la gaussiana está en una corteza esférica fina de radio
# cercano a 10, como una pompa de jabón, y el centro, donde la densidad es máxima, está prácticamente vacío.
#
# Un segundo rasgo de las dimensiones altas: dos muestras independientes son **casi ortogonales**. El coseno del
# ángulo entre ellas sigue aproximadamente una normal de varianza $1/d$, así que en 100 dimensiones el ángulo ronda
# los $90° \pm 6°$.
#
# Comprobemos las dos cosas numéricamente, con 10.000 muestras y una semilla fija.

# %%
# NBVAL_CHECK_OUTPUT
D = 100  # the latent size of every generator in the series
rng = np.random.default_rng(0)
z = rng.standard_normal((10_000, D))
norms = np.linalg.norm(z, axis=1)
z0, z1 = z[0::2], z[1::2]  # 5,000 independent pairs
angles = np.degrees(np.arccos(np.sum(z0 * z1, axis=1) / (norms[0::2] * norms[1::2])))
midpoints = np.linalg.norm((z0 + z1) / 2, axis=1)  # the middle of the straight line from z0 to z1
print(say(
    "stats", d=D, mean=norms.mean(), root=np.sqrt(D), std=norms.std(), min=norms.min(), max=norms.max(),
    inside=np.mean(np.abs(norms - np.sqrt(D)) < 2), angle=angles.mean(), angle_std=angles.std(),
    mid=midpoints.mean(), half=np.sqrt(D / 2), below=int(np.sum(norms < midpoints.mean())),
))

# %% [markdown] lang="en"
# The mean norm is 9.98 with a standard deviation of 0.70, as predicted; 99.6% of the samples lie between 8 and 12,
# and not one of the 10,000 has a norm below 7.29. Pairs meet at $90.0° \pm 5.8°$. The last line is the one that
# matters for what follows: **the midpoint of the straight line between two samples has a norm of 7.06 on average**,
# smaller than that of every one of the 10,000 samples. Left: the two histograms barely overlap. Right: the same
# picture in other dimensions, with the norm divided by $\sqrt{d}$; the shell narrows as $d$ grows.

# %% [markdown] lang="ru"
# Средняя норма — 9,98 при стандартном отклонении 0,70, как и предсказано; 99,6 % векторов лежат между 8 и 12, и ни у
# одного из 10 000 норма не меньше 7,29. Пары векторов сходятся под углом $90{,}0° \pm 5{,}8°$. Для дальнейшего важна
# последняя строка: **у середины отрезка между двумя векторами норма в среднем 7,06**, меньше, чем у любого из 10 000
# векторов. Слева видно, что две гистограммы почти не пересекаются. Справа — та же картина в других размерностях, с
# нормой, делённой на $\sqrt{d}$: с ростом $d$ слой сужается.

# %% [markdown] lang="es"
# La norma media es 9,98 con una desviación típica de 0,70, tal como se predijo; el 99,6 % de las muestras cae entre 8 y
# 12, y ninguna de las 10.000 tiene una norma menor que 7,29. Las parejas forman un ángulo de $90{,}0° \pm 5{,}8°$. La
# última línea es la que importa para lo que viene: **el punto medio del segmento entre dos muestras tiene una norma
# media de 7,06**, menor que la de todas y cada una de las 10.000 muestras. A la izquierda, los dos histogramas apenas
# se solapan. A la derecha, lo mismo en otras dimensiones, con la norma dividida por $\sqrt{d}$: la corteza esférica se
# estrecha al crecer $d$.

# %%
fig, (ax_norm, ax_ratio) = plt.subplots(1, 2, figsize=(12, 3.8))
ax_norm.hist(norms, bins=50, color="tab:blue", alpha=0.75, label=say("samples_hist"))
ax_norm.hist(midpoints, bins=50, color="tab:orange", alpha=0.75, label=say("midpoints_hist"))
ax_norm.axvline(np.sqrt(D), color="k", ls="--", lw=1, label=say("root_line", root=np.sqrt(D)))
ax_norm.set_xlabel(say("norm"))
ax_norm.set_ylabel(label("count", LANG))
ax_norm.set_title(say("hist_title", d=D))
ax_norm.legend(fontsize=8)
for d in (2, 10, 100, 1000):
    ratio = np.linalg.norm(np.random.default_rng(1).standard_normal((5000, d)), axis=1) / np.sqrt(d)
    ax_ratio.hist(ratio, bins=80, range=(0, 2), density=True, histtype="step", lw=1.5, label=say("d_line", d=d))
ax_ratio.set_xlabel(say("ratio"))
ax_ratio.set_ylabel(say("density"))
ax_ratio.set_title(say("thin_title"))
ax_ratio.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ## 3. Linear or spherical interpolation
#
# To morph one image into another we walk from $z_0$ to $z_1$ and generate an image at every step. The obvious path is
# the straight line, **linear interpolation**:
#
# $$\operatorname{lerp}(z_0, z_1; t) = (1 - t)\,z_0 + t\,z_1, \qquad t \in [0, 1].$$
#
# Its midpoint has norm $\tfrac12\sqrt{\|z_0\|^2 + \|z_1\|^2 + 2\,z_0 \cdot z_1} \approx \tfrac12\sqrt{2d} =
# \sqrt{d/2} \approx 7.07$, because $z_0$ and $z_1$ are nearly orthogonal. In fact $(z_0 + z_1)/2$ is a sample of
# $\mathcal{N}(0, \tfrac12 I)$, not of the prior: the generator never met such a vector in training. The middle of a
# linear path is *out of distribution*, and its images often look it: fainter, blurrier, more "average" than either
# end.
#
# **Spherical linear interpolation** (*slerp*; Shoemake, 1985, for rotations; proposed for generative models by
# White, 2016) walks along the great-circle arc from $z_0$ to $z_1$ instead. With $\Omega$ the angle between them,
# $\cos\Omega = \dfrac{z_0 \cdot z_1}{\|z_0\|\,\|z_1\|}$:
#
# $$\operatorname{slerp}(z_0, z_1; t) = \frac{\sin\big((1 - t)\,\Omega\big)}{\sin\Omega}\,z_0
# + \frac{\sin(t\,\Omega)}{\sin\Omega}\,z_1.$$
#
# At $t = 0$ and $t = 1$ it gives $z_0$ and $z_1$; when the two ends have the same norm, every point of the path keeps
# it exactly, and when they differ slightly, as two samples do, the norm moves smoothly from one to the other. So when
# both ends lie in the shell where the generator was trained, as typical samples do, the whole path stays there.
# (`ganlib.sampling.interpolate(z0, z1, steps, spherical=True)` implements it, falling back to the straight line when
# $\Omega$ is almost 0.)
#
# Here are the norms along both paths for one pair of our samples, at $t = 0, \tfrac14, \tfrac12, \tfrac34, 1$, and
# then for five pairs:

# %% [markdown] lang="ru"
# ## 3. Линейная или сферическая интерполяция
#
# Чтобы одно изображение плавно перетекло в другое, мы идём от $z_0$ к $z_1$ и на каждом шаге генерируем картинку.
# Очевидный путь — прямой отрезок, **линейная интерполяция**:
#
# $$\operatorname{lerp}(z_0, z_1; t) = (1 - t)\,z_0 + t\,z_1, \qquad t \in [0, 1].$$
#
# Норма его середины равна $\tfrac12\sqrt{\|z_0\|^2 + \|z_1\|^2 + 2\,z_0 \cdot z_1} \approx \tfrac12\sqrt{2d} =
# \sqrt{d/2} \approx 7{,}07$, потому что $z_0$ и $z_1$ почти ортогональны. По сути, $(z_0 + z_1)/2$ — это вектор из
# $\mathcal{N}(0, \tfrac12 I)$, а не из априорного распределения: при обучении генератор таких векторов не встречал.
# Середина линейного пути лежит *вне распределения*, и изображения там часто это выдают: они бледнее, размытее, более
# «усреднённые», чем на обоих концах.
#
# **Сферическая линейная интерполяция** (*slerp*; Shoemake, 1985, — для поворотов; для генеративных моделей её
# предложил White, 2016) идёт вместо этого по дуге большого круга от $z_0$ к $z_1$. Если $\Omega$ — угол между ними,
# $\cos\Omega = \dfrac{z_0 \cdot z_1}{\|z_0\|\,\|z_1\|}$, то
#
# $$\operatorname{slerp}(z_0, z_1; t) = \frac{\sin\big((1 - t)\,\Omega\big)}{\sin\Omega}\,z_0
# + \frac{\sin(t\,\Omega)}{\sin\Omega}\,z_1.$$
#
# При $t = 0$ и $t = 1$ получаются $z_0$ и $z_1$; если нормы концов равны, каждая точка пути в точности её сохраняет,
# а если немного различаются, как у двух случайных векторов, норма плавно переходит от одной к другой. Поэтому если
# оба конца лежат в том слое, где обучался генератор (как у типичных векторов), то и весь путь остаётся в нём. (Её
# реализует `ganlib.sampling.interpolate(z0, z1, steps, spherical=True)`; когда $\Omega$ почти 0, функция переходит на
# прямой отрезок.)
#
# Вот нормы вдоль обоих путей для одной пары наших векторов при $t = 0, \tfrac14, \tfrac12, \tfrac34, 1$, а затем для
# пяти пар:

# %% [markdown] lang="es"
# ## 3. Interpolación lineal o esférica
#
# Para transformar una imagen en otra, caminamos de $z_0$ a $z_1$ y generamos una imagen en cada paso. El camino obvio
# es el segmento recto, la **interpolación lineal**:
#
# $$\operatorname{lerp}(z_0, z_1; t) = (1 - t)\,z_0 + t\,z_1, \qquad t \in [0, 1].$$
#
# Su punto medio tiene norma $\tfrac12\sqrt{\|z_0\|^2 + \|z_1\|^2 + 2\,z_0 \cdot z_1} \approx \tfrac12\sqrt{2d} =
# \sqrt{d/2} \approx 7{,}07$, porque $z_0$ y $z_1$ son casi ortogonales. De hecho, $(z_0 + z_1)/2$ es una muestra de
# $\mathcal{N}(0, \tfrac12 I)$, no de la distribución a priori: el generador nunca vio un vector así durante el
# entrenamiento. El centro de un camino lineal queda *fuera de la distribución*, y sus imágenes suelen delatarlo: más
# tenues, más borrosas, más «promedio» que cualquiera de los extremos.
#
# La **interpolación lineal esférica** (*slerp*; Shoemake, 1985, para rotaciones; White la propuso en 2016 para modelos
# generativos) recorre en cambio el arco de círculo máximo que va de $z_0$ a $z_1$. Si $\Omega$ es el ángulo entre
# ambos, $\cos\Omega = \dfrac{z_0 \cdot z_1}{\|z_0\|\,\|z_1\|}$:
#
# $$\operatorname{slerp}(z_0, z_1; t) = \frac{\sin\big((1 - t)\,\Omega\big)}{\sin\Omega}\,z_0
# + \frac{\sin(t\,\Omega)}{\sin\Omega}\,z_1.$$
#
# En $t = 0$ y $t = 1$ da $z_0$ y $z_1$; si los dos extremos tienen la misma norma, todos los puntos del camino la
# conservan exactamente, y si difieren un poco, como ocurre con dos muestras, la norma pasa suavemente de una a otra.
# Así, si los dos extremos están en la corteza esférica en la que se entrenó el generador, como ocurre con las muestras
# típicas, todo el camino se queda en ella. (La implementa `ganlib.sampling.interpolate(z0,
# z1, steps, spherical=True)`, que recurre al segmento recto cuando $\Omega$ es casi 0.)
#
# Estas son las normas a lo largo de los dos caminos para una pareja de nuestras muestras, en
# $t = 0, \tfrac14, \tfrac12, \tfrac34, 1$, y después para cinco parejas:

# %%
# NBVAL_CHECK_OUTPUT
for mode in ("linear", "spherical"):
    path = interpolate(z[0], z[1], 5, spherical=mode == "spherical")
    print(f"{label(mode, LANG):>11s}:", "  ".join(fmt("{n:5.2f}", LANG, n=n) for n in np.linalg.norm(path, axis=1)))

# %%
# NBVAL_CHECK_OUTPUT
t = np.linspace(0, 1, 41)
band = norms.mean() - 2 * norms.std(), norms.mean() + 2 * norms.std()
fig, ax = plt.subplots(figsize=(7, 3.6))
ax.axhspan(*band, color="tab:blue", alpha=0.15, label=say("shell"))
print(say("band", low=band[0], high=band[1]))
for k in range(5):
    lowest = {}
    for mode, colour in (("linear", "tab:orange"), ("spherical", "tab:green")):
        path_norms = np.linalg.norm(interpolate(z[2 * k], z[2 * k + 1], len(t), spherical=mode == "spherical"), axis=1)
        ax.plot(t, path_norms, color=colour, lw=1.5, label=label(mode, LANG) if k == 0 else None)
        lowest[mode] = path_norms.min()
    print(say("pair_norms", k=k + 1, a=norms[2 * k], b=norms[2 * k + 1], line=lowest["linear"],
              arc=lowest["spherical"]))
ax.set_xlabel(say("t"))
ax.set_ylabel(say("norm"))
ax.set_title(say("path_title"))
ax.legend(fontsize=8, loc="lower left")
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# The straight lines sag to about 7 in the middle, far below the band where samples lie; the lowest dips to 5.7, on
# pair 5. Four arcs stay inside the band all the way. The fifth starts below it: one end of pair 5 is the sample with
# norm 7.29, the shortest of all 10,000. Slerp keeps the path at about the norms of its ends; it cannot repair an
# atypical end.
#
# ## 4. A generator to explore
#
# Now we need a generator. `ganlib.pretrained` holds generators trained for the series, each a `.keras` file plus a
# **manifest** that says how it was trained: epochs, training images, wall-clock time, hardware and quality metrics
# (notebook 6 explains FID and the others). `pretrained.load(MODEL)` returns both. By default we explore the
# improved DCGAN of notebook 5, the one with the lowest FID of the four (`"fast"`, `"dcgan"` and `"vanilla"` ship too: exercise 6).
# Exploring needs no training: every picture below is one forward pass.

# %% [markdown] lang="ru"
# Отрезки к середине проседают примерно до 7 — далеко ниже полосы, где лежат векторы; глубже всех, до 5,7, — у пары
# 5. Четыре дуги на всём пути остаются внутри полосы. Пятая начинается ниже неё: один из концов пары 5 — вектор с
# нормой 7,29, самый короткий из всех 10 000. Slerp оставляет путь примерно на уровне норм его концов, а исправить
# нетипичный конец не может.
#
# ## 4. Генератор для исследования
#
# Теперь нужен генератор. В `ganlib.pretrained` лежат генераторы, обученные для курса: каждый — это файл `.keras` и
# **манифест**, в котором записано, как его обучали: число эпох, обучающих изображений, реальное время обучения
# (wall-clock), оборудование и метрики качества (FID и остальные разобраны в блокноте 6). `pretrained.load(MODEL)`
# возвращает и то и другое. По умолчанию исследуем улучшенную DCGAN из блокнота 5, у неё самый низкий FID из четырёх (в поставке есть
# и `"fast"`, `"dcgan"`, `"vanilla"` — см. упражнение 6). Обучать ничего не нужно: каждая картинка ниже — один
# прямой проход генератора.

# %% [markdown] lang="es"
# Los segmentos se hunden hasta cerca de 7 en el centro, muy por debajo de la franja donde caen las muestras; el que más
# baja llega a 5,7, en la pareja 5. Cuatro arcos se quedan dentro de la franja durante todo el camino. El quinto empieza
# por debajo: uno de los extremos de la pareja 5 es la muestra de norma 7,29, la más corta de las 10.000. Slerp
# mantiene el camino más o menos a la altura de las normas de sus extremos, pero no puede arreglar un extremo atípico.
#
# ## 4. Un generador que explorar
#
# Ahora necesitamos un generador. `ganlib.pretrained` guarda generadores ya entrenados para la serie, cada uno con un
# archivo `.keras` y un **manifiesto** que cuenta cómo se entrenó: épocas, imágenes de entrenamiento, tiempo de reloj,
# hardware y métricas de calidad (el cuaderno 6 explica la FID y las demás). `pretrained.load(MODEL)` devuelve las dos
# cosas. Por defecto exploramos la DCGAN mejorada del cuaderno 5, la de menor FID de las cuatro (también vienen `"fast"`,
# `"dcgan"` y `"vanilla"`: ejercicio 6). Explorar no requiere entrenar: cada imagen de abajo es una pasada hacia
# delante del generador.

# %%
generator, manifest = pretrained.load(MODEL)
LATENT_DIM = latent_dim_of(generator)


def machine(manifest):
    """The hardware a manifest records ("<CPU> (x86_64), 2 CPU cores, no GPU"), in the reader's language."""
    cpu = re.fullmatch(r"(.+), (\d+) CPU cores, no GPU", manifest["hardware"])
    return say("cpu_only", cpu=cpu[1], cores=int(cpu[2])) if cpu else manifest["hardware"]


metrics = manifest["metrics"]
print(say("shipped", model=MODEL, name=say(f"model_{MODEL}")))
print(say("manifest", epochs=manifest["epochs"], images=manifest["training_images"], minutes=manifest["seconds"] / 60,
          hardware=machine(manifest)))
print("  " + label("eval_summary", LANG, fid=metrics["fid"], covered=metrics["classes_covered"],
                   recall=metrics["recall"], precision=metrics["precision"]))
show_images(generate(generator, n=32, seed=SEED), title=label("samples", LANG), ncols=8, scale=0.6)
plt.show()

# %% [markdown] lang="en"
# ## 5. Neighbours and paths, in pictures
#
# **Nearby vectors, similar images.** We take one latent vector $z$ and, for each angle $\alpha$, seven neighbours
# $z' = \cos\alpha\,z + \sin\alpha\,u$, where $u$ is a random direction perpendicular to $z$ with the same norm. All of
# them lie on the sphere of $z$ (no norm effects to worry about); only the angle changes. At $10°$ the neighbours are
# near copies, at $45°$ they are relatives, and at $90°$ they are as unrelated as two independent samples, which, as
# we saw, meet at about $90°$.

# %% [markdown] lang="ru"
# ## 5. Соседи и пути в картинках
#
# **Близкие векторы — похожие изображения.** Возьмём один латентный вектор $z$ и для каждого угла $\alpha$ — семь его
# соседей $z' = \cos\alpha\,z + \sin\alpha\,u$, где $u$ — случайное направление, перпендикулярное $z$, с той же
# нормой. Все они лежат на сфере, где лежит $z$ (о влиянии нормы думать не нужно), меняется только угол. При $10°$
# соседи — почти копии, при $45°$ — родственники, а при $90°$ они так же не связаны с $z$, как два независимых
# вектора, которые, как мы видели, и расходятся примерно на $90°$.

# %% [markdown] lang="es"
# ## 5. Vecinos y caminos, en imágenes
#
# **Vectores cercanos, imágenes parecidas.** Tomamos un vector latente $z$ y, para cada ángulo $\alpha$, siete vecinos
# $z' = \cos\alpha\,z + \sin\alpha\,u$, donde $u$ es una dirección aleatoria perpendicular a $z$ y con su misma norma.
# Todos están en la esfera de $z$ (la norma no interviene); solo cambia el ángulo. A $10°$ los vecinos son casi copias,
# a $45°$ son parientes y a $90°$ no tienen más relación con $z$ que dos muestras independientes, que, como vimos,
# forman un ángulo de unos $90°$.

# %%
base = latent_vectors(1, LATENT_DIM, seed=SEED)[0]
rng = np.random.default_rng(SEED)
rows, row_labels = [], []
for alpha in (10, 25, 45, 90):
    u = rng.standard_normal((7, LATENT_DIM)).astype(np.float32)
    u -= np.outer(u @ base, base) / (base @ base)  # perpendicular to base
    u *= np.linalg.norm(base) / np.linalg.norm(u, axis=1, keepdims=True)  # with the norm of base
    a = np.radians(alpha)
    rows.append(generate(generator, np.vstack([base, np.cos(a) * base + np.sin(a) * u])))
    row_labels.append(say("angle", a=alpha))
show_rows(rows, row_labels, col_titles=[say("original")], title=say("neighbours"))
plt.show()

# %% [markdown] lang="en"
# **Linear against spherical.** Three pairs of samples, nine steps from one to the other: straight lines on the left,
# great-circle arcs on the right. Look at the middle columns. The linear paths pass through the low-norm middle of the
# distribution, and their middle images tend to be fainter and less defined than the ends; the arcs keep the contrast
# of the ends all the way. The numbers under the figure measure it over 200 pairs, with the contrast of an image taken
# as the standard deviation of its pixels. How much a generator suffers off the shell depends on the generator: the
# geometry only says that the linear midpoint is atypical (exercise 6 tries another one).

# %% [markdown] lang="ru"
# **Линейная против сферической.** Три пары векторов, девять шагов от одного к другому: слева — отрезки, справа —
# дуги большого круга. Посмотрите на средние столбцы. Линейные пути проходят через середину распределения с малой
# нормой, и изображения там обычно бледнее и размытее, чем на концах; дуги сохраняют контраст концов на всём пути.
# Числа под рисунком измеряют это на 200 парах; контраст изображения — стандартное отклонение его пикселей. Насколько
# генератор теряет качество вне слоя, зависит от самого генератора: геометрия говорит лишь, что середина отрезка —
# нетипичная точка (в упражнении 6 — другой генератор).

# %% [markdown] lang="es"
# **Lineal frente a esférica.** Tres parejas de muestras, nueve pasos de una a otra: segmentos a la izquierda y arcos
# de círculo máximo a la derecha. Fíjate en las columnas centrales. Los caminos lineales atraviesan el centro de la
# distribución, de norma baja, y sus imágenes centrales suelen ser más tenues y menos definidas que los extremos; los
# arcos mantienen el contraste de los extremos todo el camino. Los números bajo la figura lo miden con 200 parejas,
# tomando como contraste de una imagen la desviación típica de sus píxeles. Cuánto empeora un generador fuera de la
# corteza esférica depende del generador: la geometría solo dice que el punto medio lineal es atípico (el ejercicio 6
# prueba otro).

# %%
STEPS = 9
pairs = [(1, 2), (3, 4), (5, 6)]  # seeds of the two ends
fig, axes = plt.subplots(1, 2, figsize=(13, 4.2))
for ax, mode in zip(axes, ("linear", "spherical")):
    strips = [generate(generator, interpolate(latent_vectors(1, LATENT_DIM, seed=s0)[0],
                                              latent_vectors(1, LATENT_DIM, seed=s1)[0],
                                              STEPS, spherical=mode == "spherical"))
              for s0, s1 in pairs]
    show_images(np.concatenate(strips), title=f"{label('interpolation', LANG)}: {label(mode, LANG)}",
                ncols=STEPS, ax=ax)
fig.tight_layout()
plt.show()

ends = latent_vectors(400, LATENT_DIM, seed=SEED + 1)
starts, stops = ends[:200], ends[200:]
middles = {
    "linear": (starts + stops) / 2,
    "spherical": np.stack([interpolate(p, q, 3, spherical=True)[1] for p, q in zip(starts, stops)]),
}


def contrast(latents):
    return float(generate(generator, latents).reshape(len(latents), -1).std(axis=1).mean())


contrasts = {"ends": contrast(ends), **{mode: contrast(latents) for mode, latents in middles.items()}}
print(say("contrast", **contrasts, linear_share=contrasts["linear"] / contrasts["ends"],
          spherical_share=contrasts["spherical"] / contrasts["ends"]))

# %% [markdown] lang="en"
# ## 6. The widgets
#
# Each widget below is one call, `widgets.<name>(generator, LANG)`, that returns a panel of controls and a picture.
# Every change redraws the picture in a few milliseconds: the generator is compiled once with `tf.function`, and the
# new image replaces the old one as PNG bytes. Run the cells and play; the figure after each widget shows what it
# does, for readers without a kernel.
#
# ### 6.1 Sliders along principal directions
#
# A random direction in the latent space usually changes many things at once. `widgets.latent_sliders` offers five
# directions along which the *images* change the most, found with the recipe of **GANSpace** (Härkönen et al., 2020),
# applied here to the pixels (see the docstring of `ganlib.widgets.principal_directions`):
#
# 1. draw 512 latent vectors $Z$ and generate their images $X$, each flattened to 784 pixel values;
# 2. run **principal component analysis** (PCA) on the images: the top $k$ principal components, the directions of
#    pixel space along which the images vary the most, and each image's coordinates $S$ along them;
# 3. map the components back to the latent space by **least squares**, $Z - \bar Z \approx S\,V$: row $j$ of $V$ is
#    the latent step that moves an image one unit along component $j$;
# 4. scale each row to length 1, so a slider value is a distance in latent space (a standard-normal $z$ varies by
#    about $\pm 1$ along any unit direction, so $\pm 3$ reaches the edge of the prior).
#
# Why PCA in image space and not in latent space? The prior is isotropic: its principal components are all equal, and
# PCA of $Z$ would find nothing. The images are where a person sees change. GANSpace itself runs PCA on the
# intermediate features of large generators (an early layer of BigGAN, the $w$ space of StyleGAN); on a small
# generator, pixels work well enough.
#
# **Try this:** drag *Direction 1* from $-3$ to $3$ and name what it does (size? brightness? tops into trousers?).
# Combine two sliders. Then press *New random point*: the sliders return to 0 around a new vector. Do the directions
# mean the same thing there? Often roughly: they are global, straight directions, a first-order summary of a curved
# map, so expect exceptions, and expect the same step to change some images much more than others (exercise 5).

# %% [markdown] lang="ru"
# ## 6. Виджеты
#
# Каждый виджет ниже — один вызов `widgets.<имя>(generator, LANG)`, который возвращает панель с элементами управления и
# картинкой. После любого изменения картинка перерисовывается за несколько миллисекунд: генератор один раз компилируется
# через `tf.function`, а новое изображение просто заменяет старое в виде байтов PNG. Запустите ячейки и поиграйте;
# рисунок после каждого виджета показывает, что он делает, — для тех, кто читает без ядра.
#
# ### 6.1 Ползунки вдоль главных направлений
#
# Случайное направление в латентном пространстве обычно меняет много всего сразу. `widgets.latent_sliders` предлагает
# пять направлений, вдоль которых сильнее всего меняются *изображения*. Они находятся по рецепту **GANSpace**
# (Härkönen et al., 2020), применённому к пикселям (см. docstring функции `ganlib.widgets.principal_directions`):
#
# 1. берём 512 латентных векторов $Z$ и генерируем их изображения $X$, каждое — вектор из 784 яркостей пикселей;
# 2. применяем к изображениям **метод главных компонент** (PCA): первые $k$ главных компонент — направления в
#    пространстве пикселей, вдоль которых изображения различаются сильнее всего, — и координаты $S$ каждого
#    изображения вдоль них;
# 3. переводим компоненты обратно в латентное пространство **методом наименьших квадратов**, $Z - \bar Z \approx S\,V$:
#    строка $j$ матрицы $V$ — шаг в латентном пространстве, сдвигающий изображение на единицу вдоль компоненты $j$;
# 4. нормируем каждую строку на длину 1, чтобы значение ползунка было расстоянием в латентном пространстве
#    (стандартный нормальный $z$ вдоль любого единичного направления меняется примерно на $\pm 1$, так что $\pm 3$ —
#    это край априорного распределения).
#
# Почему PCA в пространстве изображений, а не в латентном? Априорное распределение изотропно: все его главные компоненты
# одинаковы, и PCA векторов $Z$ ничего бы не нашёл. А изменения человек видит именно в изображениях. Сам GANSpace
# делает PCA по промежуточным признакам больших генераторов (один из первых слоёв BigGAN, пространство $w$ в
# StyleGAN); для маленького генератора хватает и пикселей.
#
# **Попробуйте:** протащите *Направление 1* от $-3$ до $3$ и сформулируйте, что оно делает (размер? яркость? футболка
# превращается в брюки?). Подвигайте два ползунка вместе. Потом нажмите *Новая случайная точка*: ползунки сбросятся
# в 0, и отсчёт пойдёт от нового вектора. Значат ли направления там то же самое? Часто — примерно то же: это
# глобальные прямые направления, приближение первого порядка к изогнутому отображению, так что исключения будут, а
# один и тот же шаг одни изображения меняет гораздо сильнее, чем другие (упражнение 5).

# %% [markdown] lang="es"
# ## 6. Los *widgets*
#
# Cada *widget* de abajo es una sola llamada, `widgets.<nombre>(generator, LANG)`, que devuelve un panel con controles
# deslizantes, botones y una imagen. Cada cambio vuelve a dibujar la imagen en pocos milisegundos: el generador se
# compila una sola vez con `tf.function` y la imagen nueva sustituye a la anterior como bytes PNG. Ejecuta las celdas
# y juega; la figura que sigue a cada *widget* muestra lo que hace, para quien lee sin kernel.
#
# ### 6.1 Controles deslizantes a lo largo de las direcciones principales
#
# Una dirección al azar del espacio latente suele cambiar muchas cosas a la vez. `widgets.latent_sliders` ofrece
# cinco direcciones a lo largo de las cuales las *imágenes* cambian más, halladas con la receta de **GANSpace**
# (Härkönen et al., 2020) aplicada a los píxeles (consulta el *docstring* de `ganlib.widgets.principal_directions`):
#
# 1. tomamos 512 vectores latentes $Z$ y generamos sus imágenes $X$, cada una aplanada en 784 valores de píxel;
# 2. aplicamos a las imágenes un **análisis de componentes principales** (PCA): las $k$ primeras componentes
#    principales, las direcciones del espacio de píxeles en las que más varían las imágenes, y las coordenadas $S$ de
#    cada imagen en ellas;
# 3. llevamos las componentes de vuelta al espacio latente por **mínimos cuadrados**, $Z - \bar Z \approx S\,V$: la
#    fila $j$ de $V$ es el paso latente que mueve una imagen una unidad a lo largo de la componente $j$;
# 4. escalamos cada fila a longitud 1, para que el valor de un deslizador sea una distancia en el espacio latente (un
#    $z$ normal estándar varía unas $\pm 1$ unidades en cualquier dirección unitaria, así que $\pm 3$ llega al borde de
#    la distribución a priori).
#
# ¿Por qué PCA en el espacio de imágenes y no en el latente? La distribución a priori es isótropa: todas sus componentes
# principales son iguales y un PCA de $Z$ no encontraría nada. Los cambios, una persona los ve en las imágenes. GANSpace
# propiamente dicho hace el PCA sobre las características intermedias de generadores grandes (una de las primeras
# capas de BigGAN, el espacio $w$ de StyleGAN); con un generador pequeño, los píxeles bastan.
#
# **Prueba esto:** arrastra *Dirección 1* de $-3$ a $3$ y ponle nombre a lo que hace (¿tamaño? ¿brillo? ¿una camiseta
# que se vuelve pantalón?). Combina dos deslizadores. Después pulsa *Nuevo punto aleatorio*: los deslizadores vuelven a
# 0 y se parte de un vector nuevo. ¿Significan lo mismo las direcciones allí? A menudo, más o menos: son direcciones
# globales y rectas, una aproximación de primer orden a una función curva, así que habrá excepciones, y el mismo paso
# cambiará unas imágenes mucho más que otras (ejercicio 5).

# %%
sliders = widgets.latent_sliders(generator, LANG)
sliders

# %% [markdown] lang="en"
# Without a kernel: each row moves the widget's starting point along one direction, from $-3$ to $3$, the span of its
# sliders. On the left, the share of the image variance each principal component explains.

# %% [markdown] lang="ru"
# Без ядра: каждая строка сдвигает начальную точку виджета вдоль одного направления от $-3$ до $3$, во всём диапазоне
# ползунка. Слева — доля дисперсии изображений, которую объясняет соответствующая главная компонента.

# %% [markdown] lang="es"
# Sin kernel: cada fila mueve el punto de partida del *widget* a lo largo de una dirección, de $-3$ a $3$, todo el
# recorrido de sus deslizadores. A la izquierda, la fracción de la varianza de las imágenes que explica cada
# componente principal.

# %%
values = np.linspace(-3, 3, 7)
rows = [generate(generator, sliders.origin + values[:, None] * direction) for direction in sliders.directions]
row_labels = [f"{label('direction', LANG, i=j + 1)}\n{say('share', share=share)}"
              for j, share in enumerate(sliders.variance_share)]
show_rows(rows, row_labels, col_titles=[("+" if v > 0 else "") + fmt("{v:.0f}", LANG, v=v) for v in values],
          title=label("latent_directions", LANG))
plt.show()

# %% [markdown] lang="en"
# ### 6.2 Interpolation
#
# `widgets.interpolation` walks from the latent vector of one seed to that of another. Choose the two seeds, the path
# (*linear* or *spherical*), and drag *Position* from 0 to 1; the strip shows the whole path in nine steps, the large
# image the point you are at.
#
# **Try this:** switch between *linear* and *spherical* and watch the middle of the strip. Look for two seeds whose
# images are different classes, a shirt and a dress, a sandal and a boot (the sample browser below helps), and watch
# one turn into the other. Does the change happen gradually, or in a jump somewhere along the path?

# %% [markdown] lang="ru"
# ### 6.2 Интерполяция
#
# `widgets.interpolation` идёт от латентного вектора одного зерна к вектору другого. Выберите два зерна, траекторию
# (*линейная* или *сферическая*) и протащите *Положение* от 0 до 1; лента показывает весь путь за девять шагов, а
# большое изображение — точку, в которой вы находитесь.
#
# **Попробуйте:** переключайтесь между *линейной* и *сферической* и следите за серединой ленты. Найдите два зерна,
# изображения которых относятся к разным классам — рубашка и платье, сандалия и ботинок (поможет просмотр сэмплов
# ниже), — и посмотрите, как одно превращается в другое. Меняется ли картинка постепенно или где-то на пути
# происходит скачок?

# %% [markdown] lang="es"
# ### 6.2 Interpolación
#
# `widgets.interpolation` camina del vector latente de una semilla al de otra. Elige las dos semillas, la trayectoria
# (*lineal* o *esférica*) y arrastra *Posición* de 0 a 1; la tira muestra todo el camino en nueve pasos, y la imagen
# grande, el punto en el que estás.
#
# **Prueba esto:** alterna entre *lineal* y *esférica* y observa el centro de la tira. Busca dos semillas cuyas imágenes
# sean de clases distintas, una camisa y un vestido, una sandalia y un botín (el explorador de muestras de abajo
# ayuda), y mira cómo una se convierte en la otra. ¿El cambio es gradual o hay un salto en algún punto del camino?

# %%
walk = widgets.interpolation(generator, LANG)
walk

# %% [markdown] lang="en"
# Without a kernel: the widget's strip for its two seeds, in both modes, with the norm of each latent vector under its
# image.

# %% [markdown] lang="ru"
# Без ядра: лента виджета для его двух зёрен в обоих режимах; под каждым изображением — норма его латентного вектора.

# %% [markdown] lang="es"
# Sin kernel: la tira del *widget* para sus dos semillas, en los dos modos, con la norma de cada vector latente bajo
# su imagen.

# %%
z_start, z_end = walk.endpoints()
paths = [interpolate(z_start, z_end, walk.steps, spherical=mode == "spherical") for mode in ("linear", "spherical")]
fig, axes = show_rows([generate(generator, path) for path in paths],
                      [label("linear", LANG), label("spherical", LANG)],
                      title=say("walk", start=walk.start_seed.value, end=walk.end_seed.value), scale=1.2)
for axes_row, path in zip(axes, paths):
    for ax, n in zip(axes_row, np.linalg.norm(path, axis=1)):
        ax.set_xlabel(say("norm_value", n=n), fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ### 6.3 Sample browser
#
# `widgets.sample_browser` shows 16 samples for any seed; drag the slider or type a number. The grid for seed $s$ is
# exactly `generate(generator, n=16, seed=s)`, so a seed you like can be reproduced anywhere. A useful detail: the
# **top-left** image of the grid for seed $s$ is the image the interpolation widget uses for seed $s$ (both draw their
# first vector from the same random stream). Browse for a shirt at the top left of one seed and a dress at the top left
# of another, and enter the two seeds in the interpolation widget above.

# %% [markdown] lang="ru"
# ### 6.3 Просмотр сэмплов
#
# `widgets.sample_browser` показывает 16 изображений для любого зерна: двигайте ползунок или введите число. Сетка для
# зерна $s$ — это ровно `generate(generator, n=16, seed=s)`, так что понравившееся зерно можно воспроизвести где
# угодно. Полезная деталь: **левое верхнее** изображение сетки для зерна $s$ — то самое, которое виджет интерполяции
# использует для зерна $s$ (оба берут первый вектор из одного и того же потока случайных чисел). Найдите зерно с
# рубашкой в левом верхнем углу и другое — с платьем, и введите оба в виджет интерполяции выше.

# %% [markdown] lang="es"
# ### 6.3 Explorador de muestras
#
# `widgets.sample_browser` presenta 16 muestras para cualquier semilla: arrastra el deslizador o escribe un número. La
# cuadrícula de la semilla $s$ es exactamente `generate(generator, n=16, seed=s)`, así que una semilla que te guste se
# puede reproducir en cualquier parte. Un detalle útil: la imagen de **arriba a la izquierda** de la cuadrícula de la
# semilla $s$ es la que usa el *widget* de interpolación para la semilla $s$ (los dos sacan su primer vector del mismo
# flujo aleatorio). Busca una semilla con una camisa arriba a la izquierda y otra con un vestido, y escribe las dos en
# el *widget* de interpolación de arriba.

# %%
browser = widgets.sample_browser(generator, LANG)
browser

# %% [markdown] lang="en"
# Without a kernel: the browser's grids for seeds 0, 1 and 2.

# %% [markdown] lang="ru"
# Без ядра: сетки просмотра для зёрен 0, 1 и 2.

# %% [markdown] lang="es"
# Sin kernel: las cuadrículas del explorador para las semillas 0, 1 y 2.

# %%
fig, axes = plt.subplots(1, 3, figsize=(11, 4))
for ax, seed in zip(axes, (0, 1, 2)):
    show_images(generate(generator, n=browser.n, seed=seed), title=f"{label('seed', LANG)} {seed}", ncols=4, ax=ax)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ### 6.4 Training replay
#
# `widgets.training_replay(run_dir, LANG)` is a slider through the sample grids that `ganlib.train.train` saves after
# every epoch in `run_dir/samples/`: the same 64 latent vectors, epoch after epoch, so you watch each garment take
# shape. It needs a run folder, and a shipped generator comes without one, so the next cell trains a run of its own
# into `RUN_DIR`: the `fast` recipe of `ganlib.recipes` (the CPU-sized DCGAN that `make run` trains, sampled from a
# moving average of its weights) for `REPLAY_SECONDS` = 60 seconds of training. On all 60,000 images an epoch of
# that recipe takes about half a minute on two CPU cores; to get a grid every few seconds instead, the run trains on
# `REPLAY_SUBSET` = 9,600 images, 150 steps per epoch. The replay therefore shows this one-minute run, not the history
# of the generator explored above.
#
# The run folder keeps a checkpoint: running the cell again finds the run finished and does not retrain it, and with
# a larger `REPLAY_SECONDS` it resumes where it stopped.
#
# **Try this:** drag the slider back to epoch 1. Which classes appear first? Does a vector keep its class from one
# epoch to the next, or does it jump? (While a run is still training, `replay.refresh()` picks up new epochs.)

# %% [markdown] lang="ru"
# ### 6.4 Повтор обучения
#
# `widgets.training_replay(run_dir, LANG)` — ползунок по сеткам изображений, которые `ganlib.train.train` сохраняет
# после каждой эпохи в `run_dir/samples/`: одни и те же 64 латентных вектора, эпоха за эпохой, так что видно, как
# каждая вещь обретает форму. Виджету нужна папка запуска, а у предобученного генератора её нет, поэтому следующая
# ячейка проводит собственное обучение и сохраняет его в `RUN_DIR`: рецепт `fast` из `ganlib.recipes` (DCGAN размером
# под CPU, которую обучает `make run`; сэмплы берутся из скользящего среднего её весов), `REPLAY_SECONDS` = 60 секунд
# обучения. На всех 60 000 изображений эпоха этого рецепта занимает на двух ядрах CPU около полуминуты; чтобы сетка
# появлялась каждые несколько секунд, запуск обучается на `REPLAY_SUBSET` = 9 600 изображениях — 150 шагов за эпоху.
# Так что виджет показывает этот минутный запуск, а не историю генератора, который мы исследовали выше.
#
# В папке запуска лежит контрольная точка: при повторном выполнении ячейка находит завершённый запуск и не обучает его
# заново, а с бо́льшим `REPLAY_SECONDS` продолжает с того места, где он остановился.
#
# **Попробуйте:** верните ползунок на эпоху 1. Какие классы появляются первыми? Сохраняет ли вектор свой класс от
# эпохи к эпохе или перескакивает? (Если обучение ещё идёт, `replay.refresh()` подхватит новые эпохи.)

# %% [markdown] lang="es"
# ### 6.4 Reproducción del entrenamiento
#
# `widgets.training_replay(run_dir, LANG)` es un control deslizante que recorre las cuadrículas de muestras que
# `ganlib.train.train` guarda tras cada época en `run_dir/samples/`: los mismos 64 vectores latentes, época tras época,
# para ver cómo toma forma cada prenda. Necesita una carpeta de ejecución, y un generador preentrenado no la trae, así
# que la celda siguiente entrena una ejecución propia en `RUN_DIR`: la receta `fast` de `ganlib.recipes` (la DCGAN a
# la medida de una CPU que entrena `make run`, muestreada de una media móvil de sus pesos) durante
# `REPLAY_SECONDS` = 60 segundos de entrenamiento. Con las 60.000 imágenes, una época de esa receta tarda cerca de
# medio minuto en dos núcleos de CPU; para tener una cuadrícula cada pocos segundos, la ejecución entrena con
# `REPLAY_SUBSET` = 9600 imágenes, 150 pasos por época. La reproducción muestra, pues, esta ejecución de un minuto, no
# el historial del generador que hemos explorado arriba.
#
# La carpeta de ejecución guarda un punto de control: si vuelves a ejecutar la celda, encuentra la ejecución terminada
# y no la entrena de nuevo; con un `REPLAY_SECONDS` mayor, la reanuda donde se quedó.
#
# **Prueba esto:** lleva el deslizador a la época 1. ¿Qué clases aparecen primero? ¿Un vector conserva su clase de una
# época a la siguiente o salta? (Mientras una ejecución sigue entrenando, `replay.refresh()` recoge las épocas nuevas.)

# %%
replay_config = recipes.config("fast", seconds=REPLAY_SECONDS, subset=REPLAY_SUBSET, seed=SEED,
                               epochs=1_000)  # the budget of seconds, not the epochs, ends this run
print(say("replay_run", seconds=REPLAY_SECONDS, images=REPLAY_SUBSET, steps=REPLAY_SUBSET // replay_config.batch_size,
          batch=replay_config.batch_size, path=RUN_DIR), flush=True)
run = train(replay_config, RUN_DIR, lang=LANG, verbose=0)
clock = dict(zip(run.history["epoch"], run.history["train_s"]))  # epoch -> seconds of training after it
print(say("replay_done", epochs=len(clock), steps=int(sum(run.history["steps"])), seconds=max(clock.values())))
if run.resumed_from:  # the run folder held a checkpoint: a finished run is not trained again
    print(say("replay_finished") if run.resumed_from == len(clock) else say("replay_resumed", epochs=run.resumed_from))
replay = widgets.training_replay(RUN_DIR, LANG)
replay

# %% [markdown] lang="en"
# Without a kernel: up to five of the saved grids, from the first epoch to the last, each titled with the seconds of
# training behind it. Under the figure, the run's metrics (FID, classes covered, recall) on `N_EVAL` samples, and,
# for comparison, what the shipped `fast` generator, the same recipe trained five times longer on all 60,000 images,
# scored according to its manifest.

# %% [markdown] lang="ru"
# Без ядра: до пяти сохранённых сеток, от первой эпохи до последней; в заголовке каждой — сколько секунд обучения за ней
# стоит. Под рисунком — метрики запуска (FID, покрытие классов, полнота) по `N_EVAL` сэмплам и, для сравнения, то,
# что по манифесту получил предобученный генератор `fast`: тот же рецепт, обученный в пять раз дольше на всех
# 60 000 изображений.

# %% [markdown] lang="es"
# Sin kernel: hasta cinco de las cuadrículas guardadas, de la primera época a la última, cada una con los segundos de
# entrenamiento que lleva detrás. Bajo la figura, las métricas de la ejecución (FID, clases cubiertas, exhaustividad)
# con `N_EVAL` muestras y, para comparar, lo que obtuvo según su manifiesto el generador preentrenado `fast`, la misma
# receta entrenada cinco veces más tiempo con las 60.000 imágenes.

# %%
grids = widgets.epoch_grids(RUN_DIR)
epochs = list(grids)
shown = [epochs[i] for i in sorted(set(np.linspace(0, len(epochs) - 1, min(len(epochs), 5)).round().astype(int)))]
fig, axes = plt.subplots(1, len(shown), figsize=(3.2 * len(shown), 3.7), squeeze=False)
for ax, epoch in zip(axes[0], shown):
    ax.imshow(load_png(grids[epoch]), cmap="gray", vmin=0, vmax=255)
    ax.set_axis_off()
    ax.set_title(say("grid_title", epoch=epoch, seconds=clock.get(epoch, 0.0)), fontsize=10)
fig.suptitle(say("replay_title"))
fig.tight_layout()
plt.show()

quality = evaluate(RUN_DIR, n=N_EVAL)  # the run's generator (the moving average), N_EVAL samples vs the test images
fast = pretrained.manifest("fast")
print(say("replay_quality", seconds=max(clock.values()), n=N_EVAL))
print("  " + quality.summary(LANG))
print(say("shipped_fast", images=fast["training_images"], seconds=fast["seconds"], minutes=fast["seconds"] / 60,
          hardware=machine(fast)))
print("  " + label("eval_summary", LANG, fid=fast["metrics"]["fid"], covered=fast["metrics"]["classes_covered"],
                   recall=fast["metrics"]["recall"], precision=fast["metrics"]["precision"]))

# %% [markdown] lang="en"
# Read the grids from left to right and compare the titles: they are seconds of training steps, the clock that the
# `seconds` budget counts. Look for what comes first (a silhouette, the dark background, one class before the others)
# and for what the last grid still lacks; the FID and recall above say the same in numbers. On an idle 2-core CPU the
# README measured this recipe at FID about 15 after 60 seconds and about 6.5 after 300 (mean of three seeds, on all
# 60,000 images); a busier machine does fewer steps per second, and this run sees only 9,600 images, so expect its
# figures to differ.
#
# ### 6.5 Planned: the class picker
#
# Every widget so far works with any generator that takes a latent vector. `widgets.class_picker(generator, LANG)`
# needs more: a **conditional GAN**, whose generator takes a class label as well, $G(z, y)$. It shows a class dropdown
# (T-shirt/top, Trouser, ..., Ankle boot) next to the seed slider and fills the grid with that class only. The widget
# is written and tested, but `ganlib` ships no conditional generator and no notebook of the series trains one yet: the
# conditional GAN is planned for a later notebook. Given our unconditional generator, the widget refuses to start and
# says why:

# %% [markdown] lang="ru"
# Читайте сетки слева направо и сравнивайте заголовки: это секунды шагов обучения — те самые часы, по которым считается
# бюджет `seconds`. Посмотрите, что появляется первым (силуэт, тёмный фон, один класс раньше других) и чего ещё не
# хватает последней сетке; FID и полнота выше говорят о том же числами. На незагруженном CPU с 2 ядрами в README для
# этого рецепта замерен FID около 15 после 60 секунд и около 6,5 после 300 (среднее по трём запускам с разными
# зёрнами, на всех 60 000 изображений); загруженная машина делает меньше шагов в секунду, а этот запуск видит лишь
# 9 600 изображений, так что его числа могут отличаться.
#
# ### 6.5 В планах: выбор класса
#
# Все виджеты выше работают с любым генератором, который принимает латентный вектор. Виджету
# `widgets.class_picker(generator, LANG)` нужно большее — **условная GAN**, генератор которой получает ещё и метку
# класса, $G(z, y)$. Рядом с ползунком зерна появляется выпадающий список классов (футболка/топ, брюки, …, ботинок), и
# сетка заполняется только этим классом. Виджет написан и протестирован, но условного генератора в `ganlib` нет, и ни
# один блокнот курса его пока не обучает: условная GAN запланирована для одного из следующих блокнотов. С нашим
# безусловным генератором виджет не запускается и объясняет почему:

# %% [markdown] lang="es"
# Lee las cuadrículas de izquierda a derecha y compara los títulos: son segundos de pasos de entrenamiento, el reloj que
# cuenta el presupuesto `seconds`. Fíjate en qué aparece primero (una silueta, el fondo oscuro, una clase antes que las
# demás) y en qué le falta aún a la última cuadrícula; la FID y la exhaustividad de arriba dicen lo mismo con números.
# En una CPU de 2 núcleos sin otra carga, el README midió para esta receta una FID de unos 15 a los 60 segundos y de
# unos 6,5 a los 300 (media de tres semillas, con las 60.000 imágenes); una máquina más cargada da menos pasos por
# segundo, y esta ejecución solo ve 9600 imágenes, así que sus cifras pueden ser otras.
#
# ### 6.5 Previsto: el selector de clase
#
# Todos los *widgets* hasta aquí funcionan con cualquier generador que reciba un vector latente.
# `widgets.class_picker(generator, LANG)` necesita algo más: una **GAN condicional**, cuyo generador recibe también una
# etiqueta de clase, $G(z, y)$. Muestra una lista desplegable de clases (camiseta/top, pantalón, …, botín) junto al
# deslizador de la semilla y llena la cuadrícula solo con esa clase. El *widget* está escrito y probado, pero `ganlib`
# no trae ningún generador condicional y ningún cuaderno de la serie entrena uno todavía: la GAN condicional está
# prevista para un cuaderno posterior. Con nuestro generador no condicional, el *widget* se niega a arrancar y explica
# por qué:

# %%
try:
    widgets.class_picker(generator, LANG)
except ValueError as refusal:
    print(refusal)

# %% [markdown] lang="en"
# ## Summary
#
# * The **latent space** is the input space of the generator, $\mathbb{R}^{100}$ here. $G$ is continuous, so nearby
#   latent vectors give similar images and a path through the space plays as an animation.
# * Training weighs each region of the latent space by its prior mass: the variety of the data ends up where samples
#   fall, and nothing guarantees good images elsewhere, or even everywhere there (mode collapse).
# * Samples of the prior $\mathcal{N}(0, I_d)$ lie in a thin shell around the sphere of radius $\sqrt{d}$: $\|z\|^2$
#   has mean $d$ and variance $2d$, so $\|z\| \approx \sqrt{d} \pm 0.71$. In $d = 100$ the norms of 10,000 samples
#   ran from 7.29 to 12.83, and two independent samples meet at about $90°$.
# * The midpoint of a straight line between two samples has norm about $\sqrt{d/2} \approx 7.07$, smaller than every
#   sample's: **linear interpolation** passes through a region the generator rarely saw, and with the default
#   generator its middle images are fainter (the contrast line of section 5). **Slerp**,
#   $\frac{\sin((1-t)\Omega)}{\sin\Omega} z_0 + \frac{\sin(t\Omega)}{\sin\Omega} z_1$, follows the great circle and
#   stays at the norms of its ends.
# * Meaningful directions can be found without labels: PCA of generated images, mapped back to the latent space by
#   least squares (GANSpace's recipe). `widgets.latent_sliders` puts them on sliders.
# * `ganlib.widgets` gives explorers that each take one line: `latent_sliders`, `interpolation`, `sample_browser`,
#   `training_replay` (here of a one-minute run of the `fast` recipe), and `class_picker`, which waits for the
#   conditional GAN planned for a later notebook. `ganlib.pretrained.load(name)` returns a shipped generator and its
#   manifest.
#
# ## Exercises
#
# 1. **Other dimensions.** Repeat the norm check for $d = 2, 10$ and $1000$, and a few values in between. From which
#    $d$ on does the linear midpoint have a smaller norm than every one of 10,000 samples?
#
#    <details><summary>Solution</summary>
#
#    ```python
#    for d in (2, 10, 30, 50, 80, 100, 1000):
#        z = np.random.default_rng(0).standard_normal((10_000, d))
#        n = np.linalg.norm(z, axis=1)
#        mid = np.linalg.norm((z[0::2] + z[1::2]) / 2, axis=1).mean()
#        print(d, round(mid, 2), round(n.min(), 2), int(np.sum(n < mid)))
#    ```
#
#    With seed 0, the number of samples shorter than the mean midpoint falls from about 3,200 at $d = 2$ and 944 at
#    $d = 10$ to 84 at $d = 30$, 8 at $d = 50$, and none from about $d = 80$ on. The exact crossing depends on the
#    seed, because it compares with the shortest of 10,000 samples, about $\sqrt{d} - 2.6$: it meets
#    $\sqrt{d/2}$ when $\sqrt{d}\,(1 - 1/\sqrt{2}) \approx 2.6$, that is near $d \approx 80$.
#
#    </details>
#
# 2. **Repair the straight line.** Rescale every point of a linear path to the norm $\sqrt{d}$ ("normalised lerp").
#    Compare its strips and its midpoint contrast with slerp's. Where do the two paths differ?
#
#    <details><summary>Solution</summary>
#
#    ```python
#    def nlerp(z0, z1, steps):
#        path = interpolate(z0, z1, steps)
#        return path * np.sqrt(LATENT_DIM) / np.linalg.norm(path, axis=1, keepdims=True)
#
#    mid = middles["linear"]
#    print(contrast(mid * np.sqrt(LATENT_DIM) / np.linalg.norm(mid, axis=1, keepdims=True)))
#    ```
#
#    Every point of both paths is a combination of $z_0$ and $z_1$, and the midpoints of both point along
#    $z_0 + z_1$: the two paths pass through the same directions. They differ in the norm (exactly $\sqrt{d}$ for
#    nlerp, moving from $\|z_0\|$ to $\|z_1\|$ for slerp) and in the speed: nlerp moves faster through the middle
#    than near the ends. So the strips look nearly alike. With the default generator and these 200 pairs the midpoint
#    contrast came out at about 0.64 for nlerp, 0.63 for slerp and 0.32 for the straight line.
#
#    </details>
#
# 3. **The truncation trick.** Generate 64 images from $z$, $0.7\,z$ and $0.4\,z$. What happens to quality and to
#    variety as the vectors move towards the centre? Compare with the linear midpoints of section 5. (BigGAN, Brock et
#    al., 2018, uses a version of this trick.)
#
#    <details><summary>Solution</summary>
#
#    ```python
#    z = latent_vectors(64, LATENT_DIM, seed=SEED)
#    fig, axes = plt.subplots(1, 3, figsize=(12, 4))
#    for ax, scale in zip(axes, (1.0, 0.7, 0.4)):
#        show_images(generate(generator, scale * z), title=f"{scale} z", ncols=8, ax=ax)
#        print(scale, contrast(scale * ends))
#    plt.show()
#    ```
#
#    With the default generator the images fade towards grey and look more and more alike: the contrast of the 400
#    vectors of section 5 fell from about 0.64 to 0.32 at $0.7\,z$ and 0.10 at $0.4\,z$. The norm of $0.7\,z$ is about
#    7, the norm of the linear midpoints, and the contrast matches theirs. Truncation trades variety for fidelity only
#    in a generator that responds well to it; BigGAN needed an extra regularisation of its generator (orthogonal
#    regularisation) for that. Try `MODEL = "fast"`: it fades much less.
#
#    </details>
#
# 4. **Vector arithmetic.** Collect about ten latent vectors of trousers and ten of tops, add the difference of their
#    means to a few other tops. Does it turn tops into trousers (Radford et al., 2015, did this with faces)? With the
#    sample browser, `latent_vectors(16, 100, seed)[k]` is image `k` of the grid for `seed`; or let ganlib's
#    classifier pick them.
#
#    <details><summary>Solution</summary>
#
#    ```python
#    from ganlib.features import embed  # the Fashion-MNIST classifier behind the metrics
#
#    z = latent_vectors(640, LATENT_DIM, seed=SEED)
#    predicted = embed(generate(generator, z))[1].argmax(axis=1)
#    trousers, tops = z[predicted == 1][:10], z[predicted == 0][:20]
#    moved = tops[10:] + trousers.mean(axis=0) - tops[:10].mean(axis=0)
#    show_rows([generate(generator, tops[10:]), generate(generator, moved)], ["tops", "+ difference"])
#    plt.show()
#    print(embed(generate(generator, moved))[1].argmax(axis=1))  # 1 = Trouser
#    ```
#
#    Expect a mixed result. In one try with this code and the default generator, 4 of the 10 tops became trousers,
#    the others mostly dresses and sandals, and one stayed a top. A difference of two means of ten points is a noisy
#    direction, and one straight direction is a crude summary of a curved map.
#
#    </details>
#
# 5. **Are directions global?** For direction 1 of `sliders.directions`, measure the mean pixel change that a step of
#    $+2$ causes at 100 random starting points. Is it the same everywhere?
#
#    <details><summary>Solution</summary>
#
#    ```python
#    starts = latent_vectors(100, LATENT_DIM, seed=7)
#    before, after = generate(generator, starts), generate(generator, starts + 2 * sliders.directions[0])
#    change = np.abs(after - before).reshape(100, -1).mean(axis=1)
#    print(change.mean(), change.min(), change.max())
#    ```
#
#    No. With the default generator the mean change was about 0.42 (pixels in $[-1, 1]$), but it ranged from about
#    0.04 to 0.87 across the 100 starting points: the same step barely touches some images and redraws others. Look
#    at a few of the pairs: what changes differs too.
#
#    </details>
#
# 6. **Another generator.** Set `MODEL = "fast"` (or `"dcgan"`, `"vanilla"`) and run the notebook again. Do the
#    linear midpoints still fade? Which slider directions survive? Compare with the FID and recall of the manifests.
#
#    <details><summary>Solution</summary>
#
#    The fast generator's linear midpoints hardly fade: measured here, contrast about 0.60 at the midpoints against
#    0.64 at the ends (the improved DCGAN: 0.32 against 0.64). The geometry of section 2 holds for every generator;
#    how much a generator suffers at atypical norms depends on the generator. The manifests rank them by FID: improved
#    4.1, fast 6.3, DCGAN 14.9, vanilla 26.4; by recall the fast DCGAN is slightly ahead (0.59 against 0.58), then
#    the DCGAN (0.13) and the vanilla GAN (0.002).
#
#    </details>
#
# 7. **A longer replay.** Set `REPLAY_SECONDS = 300` and run the cells of section 6.4 again. What does `train` do with
#    the finished one-minute run, and how do the grids and the FID change?
#
#    <details><summary>Solution</summary>
#
#    `train` finds the checkpoint in `RUN_DIR` and resumes: the budget is not part of the settings a run must keep, so
#    it goes on for 240 more seconds and saves a grid after every epoch, about four times as many new grids as the
#    first minute gave. The FID should fall; by how much depends on the machine's speed and on the 9,600-image
#    subset. The README's figure for this recipe on all 60,000 images on an idle 2-core CPU, about 6.5 after 300
#    seconds, is a reference, not a prediction for your run.
#
#    </details>

# %% [markdown] lang="ru"
# ## Итоги
#
# * **Латентное пространство** — пространство входов генератора, у нас $\mathbb{R}^{100}$. $G$ непрерывен, поэтому
#   близкие латентные векторы дают похожие изображения, а путь в этом пространстве превращается в анимацию.
# * Обучение взвешивает каждую область латентного пространства её вероятностной массой: разнообразие данных
#   оказывается там, куда попадают векторы, а хороших изображений в остальных местах — и даже везде там (коллапс мод)
#   — никто не гарантирует.
# * Векторы из априорного распределения $\mathcal{N}(0, I_d)$ лежат в тонком слое у сферы радиуса $\sqrt{d}$: у
#   $\|z\|^2$ среднее $d$ и дисперсия $2d$, поэтому $\|z\| \approx \sqrt{d} \pm 0{,}71$. При $d = 100$ нормы 10 000
#   векторов заняли диапазон от 7,29 до 12,83, а два независимых вектора расходятся примерно на $90°$.
# * Норма середины отрезка между двумя векторами — около $\sqrt{d/2} \approx 7{,}07$, меньше, чем у любого из
#   векторов: **линейная интерполяция** проходит через область, которую генератор почти не видел, и у генератора по
#   умолчанию изображения в середине пути бледнее (строка про контраст в разделе 5). **Slerp**,
#   $\frac{\sin((1-t)\Omega)}{\sin\Omega} z_0 + \frac{\sin(t\Omega)}{\sin\Omega} z_1$, идёт по большому кругу и
#   остаётся на уровне норм своих концов.
# * Осмысленные направления можно найти без разметки: PCA сгенерированных изображений, переведённый обратно в
#   латентное пространство методом наименьших квадратов (рецепт GANSpace). `widgets.latent_sliders` выносит их на
#   ползунки.
# * `ganlib.widgets` даёт виджеты для исследования, и каждый вызывается одной строкой: `latent_sliders`,
#   `interpolation`, `sample_browser`, `training_replay` (у нас — повтор минутного запуска рецепта `fast`) и
#   `class_picker`, который ждёт условную GAN, запланированную для одного из следующих блокнотов.
#   `ganlib.pretrained.load(name)` возвращает предобученный генератор и его манифест.
#
# ## Упражнения
#
# 1. **Другие размерности.** Повторите проверку норм для $d = 2, 10$ и $1000$ и нескольких промежуточных значений.
#    Начиная с какого $d$ норма середины отрезка меньше, чем у каждого из 10 000 векторов?
#
#    <details><summary>Решение</summary>
#
#    ```python
#    for d in (2, 10, 30, 50, 80, 100, 1000):
#        z = np.random.default_rng(0).standard_normal((10_000, d))
#        n = np.linalg.norm(z, axis=1)
#        mid = np.linalg.norm((z[0::2] + z[1::2]) / 2, axis=1).mean()
#        print(d, round(mid, 2), round(n.min(), 2), int(np.sum(n < mid)))
#    ```
#
#    С зерном 0 число векторов короче средней середины падает примерно с 3 200 при $d = 2$ и 944 при $d = 10$ до 84
#    при $d = 30$, 8 при $d = 50$ и нуля начиная примерно с $d = 80$. Точная граница зависит от зерна: сравнение идёт
#    с самым коротким из 10 000 векторов, а его норма — около $\sqrt{d} - 2{,}6$. Она сравнивается с $\sqrt{d/2}$, когда
#    $\sqrt{d}\,(1 - 1/\sqrt{2}) \approx 2{,}6$, то есть около $d \approx 80$.
#
#    </details>
#
# 2. **Починить отрезок.** Отмасштабируйте каждую точку линейного пути до нормы $\sqrt{d}$ («нормированный lerp»).
#    Сравните его ленты и контраст в середине пути со slerp. Где два пути расходятся?
#
#    <details><summary>Решение</summary>
#
#    ```python
#    def nlerp(z0, z1, steps):
#        path = interpolate(z0, z1, steps)
#        return path * np.sqrt(LATENT_DIM) / np.linalg.norm(path, axis=1, keepdims=True)
#
#    mid = middles["linear"]
#    print(contrast(mid * np.sqrt(LATENT_DIM) / np.linalg.norm(mid, axis=1, keepdims=True)))
#    ```
#
#    Каждая точка обоих путей — комбинация $z_0$ и $z_1$, а середины обоих направлены вдоль $z_0 + z_1$: пути проходят
#    через одни и те же направления. Различаются они нормой (у nlerp ровно $\sqrt{d}$, у slerp она переходит от
#    $\|z_0\|$ к $\|z_1\|$) и скоростью: nlerp проходит середину быстрее, чем участки у концов. Поэтому ленты почти
#    одинаковы. У генератора по умолчанию на этих 200 парах контраст в середине получился около 0,64 у nlerp, 0,63 у
#    slerp и 0,32 у отрезка.
#
#    </details>
#
# 3. **Приём усечения.** Сгенерируйте 64 изображения из $z$, $0{,}7\,z$ и $0{,}4\,z$. Что происходит с качеством и
#    разнообразием, когда векторы сдвигаются к центру? Сравните с серединами отрезков из раздела 5. (Вариант этого
#    приёма использует BigGAN, Brock et al., 2018.)
#
#    <details><summary>Решение</summary>
#
#    ```python
#    z = latent_vectors(64, LATENT_DIM, seed=SEED)
#    fig, axes = plt.subplots(1, 3, figsize=(12, 4))
#    for ax, scale in zip(axes, (1.0, 0.7, 0.4)):
#        show_images(generate(generator, scale * z), title=f"{scale} z", ncols=8, ax=ax)
#        print(scale, contrast(scale * ends))
#    plt.show()
#    ```
#
#    У генератора по умолчанию изображения выцветают до серого и всё больше походят друг на друга: контраст 400
#    векторов из раздела 5 упал примерно с 0,64 до 0,32 при $0{,}7\,z$ и до 0,10 при $0{,}4\,z$. Норма $0{,}7\,z$ —
#    около 7, как у середин отрезков, и контраст совпадает с их контрастом. Усечение меняет разнообразие на
#    реалистичность только у генератора, который хорошо на него откликается; BigGAN для этого понадобилась
#    дополнительная регуляризация генератора (ортогональная). Попробуйте `MODEL = "fast"`: он выцветает гораздо
#    меньше.
#
#    </details>
#
# 4. **Арифметика векторов.** Соберите около десяти латентных векторов брюк и десяти — футболок и прибавьте разность
#    их средних к нескольким другим футболкам. Превращаются ли футболки в брюки (Radford et al., 2015, проделали такое
#    с лицами)? В просмотре сэмплов `latent_vectors(16, 100, seed)[k]` — это изображение `k` в сетке для `seed`; а
#    можно поручить отбор классификатору из `ganlib`.
#
#    <details><summary>Решение</summary>
#
#    ```python
#    from ganlib.features import embed  # классификатор Fashion-MNIST, на котором построены метрики
#
#    z = latent_vectors(640, LATENT_DIM, seed=SEED)
#    predicted = embed(generate(generator, z))[1].argmax(axis=1)
#    trousers, tops = z[predicted == 1][:10], z[predicted == 0][:20]
#    moved = tops[10:] + trousers.mean(axis=0) - tops[:10].mean(axis=0)
#    show_rows([generate(generator, tops[10:]), generate(generator, moved)], ["футболки", "+ разность"])
#    plt.show()
#    print(embed(generate(generator, moved))[1].argmax(axis=1))  # 1 — брюки
#    ```
#
#    Результат будет смешанным. В одной попытке с этим кодом и генератором по умолчанию 4 футболки из 10 стали
#    брюками, остальные — в основном платьями и сандалиями, а одна так и осталась футболкой. Разность двух средних по
#    десяти точкам — шумное направление, а одно прямое направление — грубое описание изогнутого отображения.
#
#    </details>
#
# 5. **Глобальны ли направления?** Для направления 1 из `sliders.directions` измерьте среднее изменение пикселей при
#    шаге $+2$ в 100 случайных начальных точках. Одинаково ли оно везде?
#
#    <details><summary>Решение</summary>
#
#    ```python
#    starts = latent_vectors(100, LATENT_DIM, seed=7)
#    before, after = generate(generator, starts), generate(generator, starts + 2 * sliders.directions[0])
#    change = np.abs(after - before).reshape(100, -1).mean(axis=1)
#    print(change.mean(), change.min(), change.max())
#    ```
#
#    Нет. У генератора по умолчанию среднее изменение — около 0,42 (пиксели в $[-1, 1]$), но от точки к точке оно
#    менялось примерно от 0,04 до 0,87: один и тот же шаг одни изображения почти не трогает, а другие перерисовывает.
#    Посмотрите на несколько пар: различается и то, *что* меняется.
#
#    </details>
#
# 6. **Другой генератор.** Поставьте `MODEL = "fast"` (или `"dcgan"`, `"vanilla"`) и выполните блокнот заново.
#    Бледнеют ли по-прежнему середины отрезков? Какие направления ползунков сохраняются? Сверьтесь с FID и полнотой
#    в манифестах.
#
#    <details><summary>Решение</summary>
#
#    У генератора `fast` середины отрезков почти не бледнеют: по нашему замеру контраст в середине около 0,60 против
#    0,64 на концах (у улучшенной DCGAN — 0,32 против 0,64). Геометрия раздела 2 верна для любого генератора, а
#    насколько генератор страдает при нетипичных нормах, зависит от него самого. По FID в манифестах порядок такой:
#    улучшенная DCGAN — 4,1, быстрая — 6,3, DCGAN — 14,9, классическая GAN — 26,4; по полноте быстрая DCGAN
#    чуть впереди (0,59 против 0,58), дальше DCGAN (0,13) и классическая GAN (0,002).
#
#    </details>
#
# 7. **Повтор подлиннее.** Поставьте `REPLAY_SECONDS = 300` и снова выполните ячейки раздела 6.4. Что `train` сделает
#    с завершённым минутным запуском и как изменятся сетки и FID?
#
#    <details><summary>Решение</summary>
#
#    `train` найдёт контрольную точку в `RUN_DIR` и продолжит обучение: бюджет не входит в настройки, которые запуск
#    обязан сохранять, поэтому обучение идёт ещё 240 секунд и после каждой эпохи сохраняет сетку — новых сеток
#    примерно вчетверо больше, чем дала первая минута. FID должен снизиться; насколько — зависит от скорости машины и
#    от подмножества из 9 600 изображений. Число из README для этого рецепта на всех 60 000 изображений на
#    незагруженном CPU с 2 ядрами, около 6,5 после 300 секунд, — ориентир, а не прогноз для вашего запуска.
#
#    </details>

# %% [markdown] lang="es"
# ## Resumen
#
# * El **espacio latente** es el espacio de entrada del generador, aquí $\mathbb{R}^{100}$. $G$ es continua, así que
#   vectores latentes cercanos dan imágenes parecidas y un camino por el espacio se ve como una animación.
# * El entrenamiento pondera cada región del espacio latente por su masa de probabilidad a priori: la variedad de los
#   datos acaba donde caen las muestras, y nada garantiza buenas imágenes en el resto, ni siquiera en toda esa zona
#   (colapso de modos).
# * Las muestras de la distribución a priori $\mathcal{N}(0, I_d)$ caen en una corteza esférica fina alrededor de la
#   esfera de radio $\sqrt{d}$: $\|z\|^2$ tiene media $d$ y varianza $2d$, luego $\|z\| \approx \sqrt{d} \pm 0{,}71$.
#   En $d = 100$, las normas de 10.000 muestras fueron de 7,29 a 12,83, y dos muestras independientes forman unos
#   $90°$.
# * El punto medio del segmento entre dos muestras tiene norma cercana a $\sqrt{d/2} \approx 7{,}07$, menor que la de
#   cualquier muestra: la **interpolación lineal** atraviesa una región que el generador apenas vio, y con el
#   generador por defecto sus imágenes centrales salen más tenues (la línea del contraste de la sección 5). **Slerp**,
#   $\frac{\sin((1-t)\Omega)}{\sin\Omega} z_0 + \frac{\sin(t\Omega)}{\sin\Omega} z_1$, sigue el círculo máximo y se
#   mantiene a la altura de las normas de sus extremos.
# * Se pueden encontrar direcciones con significado sin etiquetas: PCA de las imágenes generadas, llevado de vuelta al
#   espacio latente por mínimos cuadrados (la receta de GANSpace). `widgets.latent_sliders` las pone en controles
#   deslizantes.
# * `ganlib.widgets` ofrece exploradores que se crean con una sola línea: `latent_sliders`, `interpolation`,
#   `sample_browser`, `training_replay` (aquí, de una ejecución de un minuto de la receta `fast`) y `class_picker`,
#   que espera a la GAN condicional prevista para un cuaderno posterior. `ganlib.pretrained.load(name)` devuelve un
#   generador preentrenado y su manifiesto.
#
# ## Ejercicios
#
# 1. **Otras dimensiones.** Repite la comprobación de normas con $d = 2, 10$ y $1000$, y con algunos valores
#    intermedios. ¿A partir de qué $d$ el punto medio lineal tiene menor norma que todas y cada una de las 10.000
#    muestras?
#
#    <details><summary>Solución</summary>
#
#    ```python
#    for d in (2, 10, 30, 50, 80, 100, 1000):
#        z = np.random.default_rng(0).standard_normal((10_000, d))
#        n = np.linalg.norm(z, axis=1)
#        mid = np.linalg.norm((z[0::2] + z[1::2]) / 2, axis=1).mean()
#        print(d, round(mid, 2), round(n.min(), 2), int(np.sum(n < mid)))
#    ```
#
#    Con la semilla 0, el número de muestras más cortas que la norma media del punto medio baja de unas 3200 con
#    $d = 2$ y 944 con $d = 10$ a 84 con $d = 30$, 8 con $d = 50$ y ninguna a partir de $d \approx 80$. El cruce
#    exacto depende de la semilla, porque se compara con la más corta de 10.000 muestras, de norma cercana a
#    $\sqrt{d} - 2{,}6$, que iguala a $\sqrt{d/2}$ cuando $\sqrt{d}\,(1 - 1/\sqrt{2}) \approx 2{,}6$, es decir,
#    hacia $d \approx 80$.
#
#    </details>
#
# 2. **Arreglar el segmento.** Reescala cada punto de un camino lineal a norma $\sqrt{d}$ («lerp normalizado»).
#    Compara sus tiras y el contraste de su punto medio con los de slerp. ¿Dónde difieren los dos caminos?
#
#    <details><summary>Solución</summary>
#
#    ```python
#    def nlerp(z0, z1, steps):
#        path = interpolate(z0, z1, steps)
#        return path * np.sqrt(LATENT_DIM) / np.linalg.norm(path, axis=1, keepdims=True)
#
#    mid = middles["linear"]
#    print(contrast(mid * np.sqrt(LATENT_DIM) / np.linalg.norm(mid, axis=1, keepdims=True)))
#    ```
#
#    Cada punto de los dos caminos es una combinación de $z_0$ y $z_1$, y los dos puntos medios apuntan en la dirección
#    de $z_0 + z_1$: los caminos pasan por las mismas direcciones. Difieren en la norma (exactamente $\sqrt{d}$ en
#    nlerp; en slerp pasa de $\|z_0\|$ a $\|z_1\|$) y en la velocidad: nlerp recorre el centro más deprisa que los
#    tramos junto a los extremos. Por eso las tiras se parecen mucho. Con el generador por defecto y estas 200 parejas,
#    el contraste del punto medio salió de unos 0,64 con nlerp, 0,63 con slerp y 0,32 con el segmento.
#
#    </details>
#
# 3. **El truco de truncamiento.** Genera 64 imágenes a partir de $z$, $0{,}7\,z$ y $0{,}4\,z$. ¿Qué les pasa a la
#    calidad y a la variedad cuando los vectores se acercan al centro? Compáralo con los puntos medios lineales de la
#    sección 5. (BigGAN, Brock et al., 2018, usa una versión de este truco.)
#
#    <details><summary>Solución</summary>
#
#    ```python
#    z = latent_vectors(64, LATENT_DIM, seed=SEED)
#    fig, axes = plt.subplots(1, 3, figsize=(12, 4))
#    for ax, scale in zip(axes, (1.0, 0.7, 0.4)):
#        show_images(generate(generator, scale * z), title=f"{scale} z", ncols=8, ax=ax)
#        print(scale, contrast(scale * ends))
#    plt.show()
#    ```
#
#    Con el generador por defecto, las imágenes se apagan hacia el gris y se parecen cada vez más: el contraste de los
#    400 vectores de la sección 5 bajó de unos 0,64 a 0,32 con $0{,}7\,z$ y a 0,10 con $0{,}4\,z$. La norma de
#    $0{,}7\,z$ ronda 7, la de los puntos medios lineales, y el contraste coincide con el suyo. El truncamiento cambia
#    variedad por fidelidad solo en un generador que responde bien a él; BigGAN necesitó para ello una regularización
#    adicional del generador (la regularización ortogonal). Prueba `MODEL = "fast"`: se apaga mucho menos.
#
#    </details>
#
# 4. **Aritmética de vectores.** Reúne unos diez vectores latentes de pantalones y diez de camisetas y suma la
#    diferencia de sus medias a otras camisetas. ¿Se convierten las camisetas en pantalones (Radford et al., 2015, lo
#    hicieron con caras)? En el explorador de muestras, `latent_vectors(16, 100, seed)[k]` es la imagen `k` de la
#    cuadrícula de `seed`; también puedes dejar que elija el clasificador de `ganlib`.
#
#    <details><summary>Solución</summary>
#
#    ```python
#    from ganlib.features import embed  # el clasificador de Fashion-MNIST en el que se basan las métricas
#
#    z = latent_vectors(640, LATENT_DIM, seed=SEED)
#    predicted = embed(generate(generator, z))[1].argmax(axis=1)
#    trousers, tops = z[predicted == 1][:10], z[predicted == 0][:20]
#    moved = tops[10:] + trousers.mean(axis=0) - tops[:10].mean(axis=0)
#    show_rows([generate(generator, tops[10:]), generate(generator, moved)], ["camisetas", "+ diferencia"])
#    plt.show()
#    print(embed(generate(generator, moved))[1].argmax(axis=1))  # 1 = pantalón
#    ```
#
#    Espera un resultado mixto. En un intento con este código y el generador por defecto, 4 de las 10 camisetas se
#    volvieron pantalones, las demás sobre todo vestidos y sandalias, y una siguió siendo camiseta. La diferencia de dos
#    medias de diez puntos es una dirección ruidosa, y una sola dirección recta resume mal una función curva.
#
#    </details>
#
# 5. **¿Son globales las direcciones?** Para la dirección 1 de `sliders.directions`, mide el cambio medio de los
#    píxeles que produce un paso de $+2$ en 100 puntos de partida aleatorios. ¿Es igual en todas partes?
#
#    <details><summary>Solución</summary>
#
#    ```python
#    starts = latent_vectors(100, LATENT_DIM, seed=7)
#    before, after = generate(generator, starts), generate(generator, starts + 2 * sliders.directions[0])
#    change = np.abs(after - before).reshape(100, -1).mean(axis=1)
#    print(change.mean(), change.min(), change.max())
#    ```
#
#    No. Con el generador por defecto, el cambio medio fue de unos 0,42 (píxeles en $[-1, 1]$), pero varió de unos 0,04
#    a 0,87 según el punto de partida: el mismo paso apenas toca unas imágenes y redibuja otras. Mira algunas parejas:
#    también cambia *qué* se modifica.
#
#    </details>
#
# 6. **Otro generador.** Pon `MODEL = "fast"` (o `"dcgan"`, `"vanilla"`) y vuelve a ejecutar el cuaderno. ¿Siguen
#    apagándose los puntos medios lineales? ¿Qué direcciones de los controles deslizantes se mantienen? Compáralo con
#    la FID y la exhaustividad de los manifiestos.
#
#    <details><summary>Solución</summary>
#
#    Los puntos medios lineales del generador `fast` apenas se apagan: según nuestra medida, un contraste de unos 0,60
#    en el centro frente a 0,64 en los extremos (la DCGAN mejorada: 0,32 frente a 0,64). La geometría de la sección 2
#    vale para cualquier generador; cuánto sufre un generador con normas atípicas depende de él. Los manifiestos los
#    ordenan así por FID: DCGAN mejorada 4,1, rápida 6,3, DCGAN 14,9, GAN clásica 26,4; por exhaustividad, la DCGAN
#    rápida va algo por delante (0,59 frente a 0,58), seguida de la DCGAN (0,13) y la GAN clásica (0,002).
#
#    </details>
#
# 7. **Una reproducción más larga.** Pon `REPLAY_SECONDS = 300` y vuelve a ejecutar las celdas de la sección 6.4.
#    ¿Qué hace `train` con la ejecución de un minuto ya terminada, y cómo cambian las cuadrículas y la FID?
#
#    <details><summary>Solución</summary>
#
#    `train` encuentra el punto de control en `RUN_DIR` y reanuda: el presupuesto no forma parte de los ajustes que una
#    ejecución debe conservar, así que sigue 240 segundos más y guarda una cuadrícula tras cada época, unas cuatro
#    veces más cuadrículas nuevas que las del primer minuto. La FID debería bajar; cuánto depende de la velocidad de la
#    máquina y del subconjunto de 9600 imágenes. La cifra del README para esta receta con las 60.000 imágenes en una
#    CPU de 2 núcleos sin otra carga, unos 6,5 a los 300 segundos, es una referencia, no una predicción para tu
#    ejecución.
#
#    </details>
