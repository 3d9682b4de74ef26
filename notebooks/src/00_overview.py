# %% [markdown] lang="en"
# # 0 · Overview: generative adversarial networks on Fashion-MNIST
#
# *What GANs are, the road map of this series, and how to run it.* · ⏱ ~15 s on a 2-core CPU; no GPU needed (GPU: not measured yet)
#
# {{badges}}

# %% [markdown] lang="ru"
# # 0 · Обзор: генеративно-состязательные сети на Fashion-MNIST
#
# *Что такое GAN, план курса и как его запускать.* · ⏱ ~15 с на CPU с 2 ядрами; GPU не нужен (время на GPU пока не измерено)
#
# {{badges}}

# %% [markdown] lang="es"
# # 0 · Panorama: redes generativas adversarias con Fashion-MNIST
#
# *Qué son las GAN, el mapa de la serie y cómo ejecutarla.* · ⏱ ~15 s en una CPU de 2 núcleos; no hace falta GPU (en GPU, sin medir todavía)
#
# {{badges}}

# %% tags=["parameters"] smoke={}
LANG = "en"
SEED = 0  # which example of each class the gallery at the end shows

# %% [markdown] lang="en"
# ## The forger and the detective
#
# Imagine a forger who wants to sell fake designer clothes, and a detective whose job is to
# spot fakes. At first the forger is clumsy and the detective catches every fake. The
# detective explains *why* a piece looked wrong ("the stitching is off"), and the forger
# uses that to do better next time. The detective, in turn, must look ever closer to keep
# up. If both keep improving, the fakes end up indistinguishable from the real thing.
#
# A **generative adversarial network** (GAN; Goodfellow et al., 2014) is exactly this game,
# played by two neural networks:
#
# * the **generator** $G$ (the forger) turns a random **latent vector** $z$, drawn from a
#   simple distribution such as $\mathcal{N}(0, I)$, into an image $G(z)$;
# * the **discriminator** $D$ (the detective) looks at an image $x$ and outputs $D(x)$,
#   the probability that $x$ is a real image rather than one made by $G$.
#
# $D$ is trained to tell real from generated images; $G$ is trained to fool $D$. The
# generator never sees a real image: everything it learns about the data reaches it through
# the gradients of the discriminator. After training we throw $D$ away and keep $G$, a
# machine that turns noise into new images that look like they came from the training set.
#
# In notebook 1 this becomes a precise two-player game with a value function
# $V(D, G)$; here is the picture to keep in mind.

# %% [markdown] lang="ru"
# ## Мошенник и детектив
#
# Представьте мошенника, который шьёт подделки под дизайнерскую одежду, и детектива, который
# эти подделки ловит. Поначалу мошенник работает грубо, и детектив распознаёт каждую
# подделку. Он объясняет, *что именно* выдало подделку («строчка не та»), и мошенник учится на
# своих ошибках. Детективу, в свою очередь, приходится присматриваться всё внимательнее.
# Если оба продолжают совершенствоваться, в конце концов подделку уже не отличить от
# оригинала.
#
# **Генеративно-состязательная сеть** (GAN; Goodfellow et al., 2014) — ровно такая игра, только
# играют в неё две нейронные сети:
#
# * **генератор** $G$ (мошенник) превращает случайный **латентный вектор** $z$, взятый из
#   простого распределения, например $\mathcal{N}(0, I)$, в изображение $G(z)$;
# * **дискриминатор** $D$ (детектив) получает изображение $x$ и выдаёт $D(x)$ — вероятность
#   того, что $x$ настоящее, а не создано генератором.
#
# Дискриминатор учится отличать настоящие изображения от сгенерированных, генератор — обманывать
# дискриминатор. Сам генератор ни разу не видит настоящих изображений: всё, что он узнаёт о
# данных, приходит к нему через градиенты дискриминатора. После обучения $D$ больше не нужен,
# а $G$ остаётся: он превращает шум в новые изображения, неотличимые (в идеале) от обучающей
# выборки.
#
# В блокноте 1 эта история превратится в строгую игру двух игроков с целевой функцией
# $V(D, G)$, а пока — картинка, которую стоит держать в голове.

# %% [markdown] lang="es"
# ## El falsificador y el detective
#
# Imagina a un falsificador que quiere vender ropa de diseño falsa y a un detective cuyo
# trabajo es descubrir las falsificaciones. Al principio el falsificador es torpe y el
# detective lo descubre siempre. El detective explica *por qué* una prenda le pareció falsa
# («las costuras no cuadran») y el falsificador lo aprovecha para mejorar. El detective, a
# su vez, tiene que fijarse cada vez más para no quedarse atrás. Si ambos siguen mejorando,
# las falsificaciones acaban siendo indistinguibles de las prendas auténticas.
#
# Una **red generativa adversaria** (GAN; Goodfellow et al., 2014) es justo ese juego, pero
# jugado por dos redes neuronales:
#
# * el **generador** $G$ (el falsificador) transforma un **vector latente** aleatorio $z$,
#   tomado de una distribución sencilla como $\mathcal{N}(0, I)$, en una imagen $G(z)$;
# * el **discriminador** $D$ (el detective) recibe una imagen $x$ y devuelve $D(x)$, la
#   probabilidad de que $x$ sea real y no una creación de $G$.
#
# $D$ aprende a distinguir las imágenes reales de las generadas; $G$ aprende a engañar a $D$.
# El generador nunca ve una imagen real: todo lo que sabe de los datos le llega a través de
# los gradientes del discriminador. Al terminar el entrenamiento descartamos $D$ y nos
# quedamos con $G$, una máquina que convierte ruido en imágenes nuevas que parecen sacadas
# del conjunto de entrenamiento.
#
# En el cuaderno 1 esto se convertirá en un juego de dos jugadores con una función de valor
# $V(D, G)$; de momento, esta es la imagen que conviene tener en mente.

# %%
import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

from ganlib.i18n import notebook_texts

say = notebook_texts("00", LANG)  # what this notebook draws and prints, in LANG (ganlib/i18n/nb00.py)

fig, ax = plt.subplots(figsize=(11.5, 4))
ax.set_xlim(0, 11.5)
ax.set_ylim(0, 4)
ax.set_axis_off()
boxes = {  # name: (x centre, y centre, face colour)
    "noise": (1.0, 3.0, "#eeeeee"), "generator": (3.3, 3.0, "#ffd8a8"), "fake": (5.7, 3.0, "#fff3bf"),
    "real": (5.7, 1.0, "#d3f9d8"), "discriminator": (8.0, 2.0, "#a5d8ff"), "verdict": (10.45, 2.0, "#eeeeee"),
}
for name, (x, y, colour) in boxes.items():
    ax.add_patch(FancyBboxPatch((x - 0.9, y - 0.55), 1.8, 1.1, boxstyle="round,pad=0.08", fc=colour, ec="0.3"))
    ax.text(x, y, say(name), ha="center", va="center", fontsize=9)
arrow = dict(arrowstyle="-|>", color="0.2", lw=1.5)
for start, end in [("noise", "generator"), ("generator", "fake"), ("fake", "discriminator"),
                   ("real", "discriminator"), ("discriminator", "verdict")]:
    (x0, y0, _), (x1, y1, _) = boxes[start], boxes[end]
    ax.annotate("", xy=(x1 - 0.98, y1 + 0.25 * (y0 - y1)), xytext=(x0 + 0.98, y0), arrowprops=arrow)
ax.annotate("", xy=(3.3, 3.65), xytext=(8.0, 2.65),
            arrowprops=dict(arrowstyle="-|>", color="tab:red", lw=1.5, ls="--", connectionstyle="angle,angleA=90,angleB=0"))
ax.text(5.7, 3.78, say("feedback"), ha="center", va="bottom", color="tab:red", fontsize=9)
ax.set_title(say("title"))
plt.show()

# %% [markdown] lang="en"
# ## A first look at Fashion-MNIST
#
# All the GANs of the series learn from **Fashion-MNIST** (Xiao et al., 2017): 70,000 grayscale
# pictures of clothes, shoes and bags, $28 \times 28$ pixels each, in ten classes. It was designed as a drop-in
# replacement for the handwritten digits of MNIST: the same size and format, but harder and
# more interesting to generate. Here is one random example of each class; notebook 2 explores
# the data properly.

# %% [markdown] lang="ru"
# ## Первое знакомство с Fashion-MNIST
#
# Все GAN в этом курсе учатся на **Fashion-MNIST** (Xiao et al., 2017): 70 000 изображений
# одежды, обуви и сумок в оттенках серого размером $28 \times 28$ пикселей, десять классов. Набор задумывался как
# прямая замена рукописным цифрам MNIST: тот же размер и формат, но генерировать его сложнее и
# интереснее. Ниже — по одному случайному примеру каждого класса; подробно данные разберём в
# блокноте 2.

# %% [markdown] lang="es"
# ## Un primer vistazo a Fashion-MNIST
#
# Todas las GAN de la serie aprenden de **Fashion-MNIST** (Xiao et al., 2017): 70.000 imágenes
# de ropa, calzado y bolsos en escala de grises, de $28 \times 28$ píxeles, repartidas en diez clases. Se creó como
# sustituto directo de los dígitos manuscritos de MNIST: mismo tamaño y formato, pero más difícil
# e interesante de generar. Aquí tienes un ejemplo al azar de cada clase; en el cuaderno 2
# exploraremos los datos a fondo.

# %%
import numpy as np

from ganlib.data import load_fashion_mnist
from ganlib.i18n import class_names, label
from ganlib.plots import show_gallery

(x_train, y_train), _ = load_fashion_mnist()
rng = np.random.default_rng(SEED)
examples = [rng.choice(np.flatnonzero(y_train == k)) for k in range(10)]
fig = show_gallery(x_train[examples], class_names(LANG), ncols=5, scale=1.6)
fig.suptitle(label("real", LANG), y=1.02)
plt.show()

# %% [markdown] lang="en"
# ## The road map
#
# | # | Notebook | What you learn |
# | --- | --- | --- |
# | 0 | Overview (this notebook) | the idea of a GAN, the plan, how to run the notebooks |
# | 1 | [GAN theory](01_gan_theory.ipynb) | the minimax game, the optimal discriminator and the Jensen–Shannon divergence, the non-saturating loss, why training is unstable and the balance between the players, mode dropping and mode hopping — on a toy GAN that trains in seconds |
# | 2 | [Data](02_data.ipynb) | Fashion-MNIST up close, scaling to $[-1, 1]$, a fast `tf.data` input pipeline |
# | 3 | [Vanilla GAN](03_vanilla_gan.ipynb) | the original GAN with two fully connected networks, the training loop written by hand |
# | 4 | [DCGAN](04_dcgan.ipynb) | convolutions, transposed convolutions and batch normalization |
# | 5 | [Improved DCGAN](05_improved_dcgan.ipynb) | a deeper generator, He initialization, 4×4 stride-2 kernels that avoid the checkerboard built into 5×5 stride-2 up-sampling |
# | 6 | [Comparison](06_comparison.ipynb) | the four generators shipped with `ganlib` side by side: how to measure a GAN honestly, and what each generator cost to train |
# | 7 | [Latent-space explorer](07_latent_explorer.ipynb) | walking through the latent space: interpolation, directions, interactive widgets |
#
# A caveat on notebook 5: a kernel size divisible by the stride removes only one source of
# checkerboard artefacts, the uneven overlap of up-sampling. Trained weights, and the gradients
# of the discriminator's strided convolutions, can still print a grid (Odena, Dumoulin & Olah,
# 2016). The robust fix they recommend is *resize-convolution*: up-sample first, then apply an
# ordinary convolution (`UpSampling2D` + `Conv2D`).
#
# **Planned, not written yet:** notebooks on a **conditional GAN** (you choose the class of the
# garment to generate) and on **WGAN-GP** (a critic instead of a discriminator and a gradient
# penalty, for more stable training).
#
# Each notebook stands on its own: it runs top to bottom in a fresh kernel and never needs
# another notebook to have run first. Reusable code (data pipeline, models, trainer, plots)
# lives in the small package `ganlib`; the notebooks first write the key pieces out by hand,
# then use `ganlib`'s version.
#
# ## How to run the notebooks
#
# **Google Colab.** Click the "Open in Colab" badge at the top of any notebook and run the
# cells. The setup cell right below the header installs `ganlib` from GitHub only when it is
# missing. `ganlib` asks for version *ranges* that include what Colab already ships, so pip
# leaves TensorFlow, Keras and ipywidgets untouched (ipywidgets 8 would break Colab's widgets).
# For the training notebooks, pick a GPU runtime: *Runtime → Change runtime type*.
#
# **SageMaker Studio Lab.** Click the "Open in Studio Lab" badge, or clone the repository
# there and create the conda environment from a terminal:
#
# ```bash
# conda env create -f environment.yml
# conda activate fashion-gan
# ```
#
# The environment includes `ipykernel`, so a `fashion-gan` kernel appears in the launcher.
#
# **On your own computer** (Python ≥ 3.10), from the repository root:
#
# ```bash
# make test       # create .venv, install everything, run the tests (every notebook included)
# make run        # 5 minutes of training of the `fast` recipe, then samples, plots, a GIF and the FID, in runs/fast/
# make notebooks  # regenerate notebooks/en|ru|es/*.ipynb from their sources in notebooks/src/
# ```
#
# `make run` takes about 6.5 minutes on a 2-core CPU: about 1.5 minutes to install and
# evaluate, plus 5 minutes of training of the `fast` recipe, a DCGAN sized for a CPU. Its FID
# ends at about 6.3 (lower is better; our own feature network, so not comparable with FIDs in
# papers). The table "Quality on the clock" in the README shows how the FID falls with the
# training time. Running `make run` again trains nothing more.
#
# Then open the notebooks with JupyterLab or VS Code using the `.venv` interpreter. Every
# notebook starts with a **parameters** cell (language, number of steps or epochs, seed, ...):
# change the values there, or let papermill override them.
#
# ## How long each notebook takes
#
# Measured on a CPU-only machine with 2 cores (AMD EPYC) shared with other jobs (load average
# about 4–5), running each notebook top to bottom with its default parameters
# (`python notebooks/build.py --execute --lang en --only NN_`), kernel start included. On a
# machine of your own, expect these times or less:
#
# | # | Notebook | CPU, 2 cores |
# | --- | --- | --- |
# | 0 | Overview | 13 s |
# | 1 | GAN theory | ~1 min |
# | 2 | Data | ~40 s |
# | 3–7 | training notebooks | see the notebook header |
#
# Notebooks 0–2 train nothing big, so a GPU changes little for them. The training notebooks
# (3–7) are much faster on a GPU; their headers give their own times.
#
# ## Check your setup
#
# The setup cell at the top of this notebook installed `ganlib` if it was missing. The next
# cell shows which TensorFlow and Keras you run and whether TensorFlow sees a GPU. Every
# notebook of the series runs on a CPU; a GPU only makes the training notebooks (3–7) faster.
# You will not see TensorFlow's C++ log lines (such as `failed call to cuInit`, which only
# means that it looked for a GPU and found none): `ganlib`, imported before TensorFlow, sets
# `TF_CPP_MIN_LOG_LEVEL=3` to hide them. Set that variable to `0` before the first import to
# see them all.

# %% [markdown] lang="ru"
# ## План курса
#
# | № | Блокнот | О чём |
# | --- | --- | --- |
# | 0 | Обзор (этот блокнот) | идея GAN, план курса, как запускать блокноты |
# | 1 | [Теория GAN](01_gan_theory.ipynb) | минимаксная игра, оптимальный дискриминатор и дивергенция Йенсена — Шеннона, ненасыщающаяся функция потерь, почему обучение неустойчиво и что такое баланс сил, выпадение мод и перескоки между модами — на игрушечной GAN, которая обучается за секунды |
# | 2 | [Данные](02_data.ipynb) | Fashion-MNIST вблизи, масштабирование в $[-1, 1]$, быстрый конвейер входных данных на `tf.data` |
# | 3 | [Классическая GAN](03_vanilla_gan.ipynb) | исходная GAN из двух полносвязных сетей, цикл обучения вручную |
# | 4 | [DCGAN](04_dcgan.ipynb) | свёртки, транспонированные свёртки и батч-нормализация |
# | 5 | [Улучшенная DCGAN](05_improved_dcgan.ipynb) | более глубокий генератор, инициализация Хе, ядра 4×4 с шагом 2, которые избегают «шахматной доски», заложенной в повышение разрешения ядром 5×5 с шагом 2 |
# | 6 | [Сравнение](06_comparison.ipynb) | четыре генератора из `ganlib` бок о бок: как честно измерять GAN и во что обошлось обучение каждого |
# | 7 | [Исследуем латентное пространство](07_latent_explorer.ipynb) | прогулки по латентному пространству: интерполяция, направления, интерактивные виджеты |
#
# Оговорка к блокноту 5: размер ядра, кратный шагу, убирает лишь один источник артефактов
# «шахматной доски» — неравномерное перекрытие при повышении разрешения. Обученные веса и
# градиенты свёрток с шагом в дискриминаторе всё равно могут нарисовать сетку (Odena, Dumoulin &
# Olah, 2016). Надёжное средство, которое они советуют, — свёртка после повышения разрешения
# (resize-convolution): сначала увеличить изображение, потом применить обычную свёртку
# (`UpSampling2D` + `Conv2D`).
#
# **Запланированы, но пока не написаны** блокноты об **условной GAN** (вы сами выбираете, какой
# класс одежды генерировать) и о **WGAN-GP** (критик вместо дискриминатора и градиентный штраф —
# ради более устойчивого обучения).
#
# Каждый блокнот самодостаточен: он выполняется сверху вниз в чистом ядре и не требует, чтобы
# перед ним запускали другие блокноты. Код, который используется повторно (конвейер данных,
# модели, цикл обучения, графики), вынесен в небольшой пакет `ganlib`; в блокнотах мы сначала
# пишем ключевые части своими руками, а потом пользуемся готовыми из `ganlib`.
#
# ## Как запускать блокноты
#
# **Google Colab.** Нажмите на значок «Open in Colab» в начале любого блокнота и выполните
# ячейки. Ячейка установки сразу под заголовком ставит `ganlib` с GitHub, только если его ещё
# нет. Зависимости `ganlib` заданы *диапазонами* версий, в которые входит то, что уже
# установлено в Colab, поэтому pip не трогает TensorFlow, Keras и ipywidgets (с ipywidgets 8
# виджеты в Colab перестают работать). Для блокнотов с обучением выберите среду с GPU:
# *Среда выполнения → Сменить среду выполнения*.
#
# **SageMaker Studio Lab.** Нажмите на значок «Open in Studio Lab» или клонируйте туда
# репозиторий и создайте окружение conda в терминале:
#
# ```bash
# conda env create -f environment.yml
# conda activate fashion-gan
# ```
#
# В окружение входит `ipykernel`, поэтому на панели запуска (Launcher) появится ядро `fashion-gan`.
#
# **На своём компьютере** (Python ≥ 3.10), из корня репозитория:
#
# ```bash
# make test       # создать .venv, всё установить и прогнать тесты (включая все блокноты)
# make run        # 5 минут обучения по рецепту `fast`, затем сэмплы, графики, GIF и FID в runs/fast/
# make notebooks  # пересобрать notebooks/en|ru|es/*.ipynb из исходников в notebooks/src/
# ```
#
# `make run` занимает около 6,5 минуты на CPU с 2 ядрами: примерно 1,5 минуты на установку и
# замер качества и 5 минут обучения по рецепту `fast` — DCGAN, подобранной по размеру для CPU.
# FID в конце — около 6,3 (чем меньше, тем лучше; считается нашей сетью признаков, поэтому не
# сравнима с FID из статей). Как FID падает с ростом времени обучения, показывает таблица
# «Quality on the clock» в README. Повторный `make run` больше ничего не обучает.
#
# Затем откройте блокноты в JupyterLab или VS Code с интерпретатором из `.venv`. Каждый блокнот
# начинается с ячейки **параметров** (язык, число шагов или эпох, зерно и т. д.): меняйте
# значения прямо в ней или передавайте их через papermill.
#
# ## Сколько времени занимает каждый блокнот
#
# Замеры на машине без GPU с 2 ядрами CPU (AMD EPYC), занятой и другими задачами
# (средняя загрузка около 4–5): каждый блокнот выполнен сверху вниз с параметрами по умолчанию
# (`python notebooks/build.py --execute --lang en --only NN_`), включая запуск ядра. На
# собственной машине ожидайте столько же или меньше:
#
# | № | Блокнот | CPU, 2 ядра |
# | --- | --- | --- |
# | 0 | Обзор | 13 с |
# | 1 | Теория GAN | ~1 мин |
# | 2 | Данные | ~40 с |
# | 3–7 | блокноты с обучением | см. заголовок блокнота |
#
# В блокнотах 0–2 ничего крупного не обучается, так что GPU для них почти ничего не меняет.
# Блокноты с обучением (3–7) на GPU идут гораздо быстрее; время для них указано в их заголовках.
#
# ## Проверяем окружение
#
# Ячейка установки в начале блокнота поставила `ganlib`, если его не было. Следующая ячейка
# покажет версии TensorFlow и Keras и то, видит ли TensorFlow GPU. Все блокноты курса
# работают на CPU; GPU лишь ускоряет блокноты с обучением (3–7). Служебных строк журнала
# TensorFlow из его кода на C++ вы не увидите (например, `failed call to cuInit`: это лишь
# значит, что TensorFlow поискал GPU и не нашёл): `ganlib`, импортированный раньше TensorFlow,
# задаёт `TF_CPP_MIN_LOG_LEVEL=3` и скрывает их. Чтобы увидеть их все, задайте этой переменной
# значение `0` до первого импорта.

# %% [markdown] lang="es"
# ## El mapa de la serie
#
# | # | Cuaderno | Qué aprenderás |
# | --- | --- | --- |
# | 0 | Panorama (este cuaderno) | la idea de una GAN, el plan, cómo ejecutar los cuadernos |
# | 1 | [Teoría de las GAN](01_gan_theory.ipynb) | el juego minimax, el discriminador óptimo y la divergencia de Jensen-Shannon, la pérdida no saturante, por qué el entrenamiento es inestable y el equilibrio de fuerzas, la pérdida de modos y el salto entre modos, todo con una GAN de juguete que se entrena en segundos |
# | 2 | [Datos](02_data.ipynb) | Fashion-MNIST de cerca, el escalado a $[-1, 1]$, una canalización de entrada (*pipeline*) rápida con `tf.data` |
# | 3 | [GAN clásica](03_vanilla_gan.ipynb) | la GAN original con dos redes totalmente conectadas y el bucle de entrenamiento escrito a mano |
# | 4 | [DCGAN](04_dcgan.ipynb) | convoluciones, convoluciones traspuestas y normalización por lotes |
# | 5 | [DCGAN mejorada](05_improved_dcgan.ipynb) | un generador más profundo, la inicialización de He y núcleos (*kernels*) de 4×4 con paso (*stride*) 2, que evitan el tablero de ajedrez que lleva incorporado el sobremuestreo con núcleos de 5×5 y paso 2 |
# | 6 | [Comparación](06_comparison.ipynb) | los cuatro generadores incluidos en `ganlib`, frente a frente: cómo medir una GAN con honestidad y cuánto costó entrenar cada uno |
# | 7 | [Explorador del espacio latente](07_latent_explorer.ipynb) | paseos por el espacio latente: interpolación, direcciones, *widgets* interactivos |
#
# Una salvedad sobre el cuaderno 5: un tamaño de núcleo divisible por el paso solo
# elimina una de las fuentes de artefactos de tablero de ajedrez, el solapamiento desigual del
# sobremuestreo. Los pesos entrenados y los gradientes de las convoluciones con paso 2 del
# discriminador aún pueden dibujar una cuadrícula (Odena, Dumoulin y Olah, 2016). El remedio
# robusto que recomiendan es la convolución tras sobremuestreo (*resize-convolution*): primero
# se amplía la imagen y después se aplica una convolución normal (`UpSampling2D` + `Conv2D`).
#
# **Previstos, aún sin escribir:** cuadernos sobre una **GAN condicional** (tú eliges la clase
# de prenda que se genera) y sobre **WGAN-GP** (un crítico en lugar de un discriminador y una
# penalización del gradiente, para un entrenamiento más estable).
#
# Cada cuaderno es independiente: se ejecuta de principio a fin en un *kernel* limpio y no
# necesita que se haya ejecutado otro antes. El código reutilizable (canalización de entrada,
# modelos, entrenador, gráficos) está en el pequeño paquete `ganlib`; los cuadernos primero
# escriben a mano las piezas clave y después usan la versión de `ganlib`.
#
# ## Cómo ejecutar los cuadernos
#
# **Google Colab.** Pulsa la insignia «Open in Colab» al principio de cualquier cuaderno y
# ejecuta las celdas. La celda de configuración que hay justo debajo del título instala
# `ganlib` desde GitHub solo si falta. `ganlib` pide *rangos* de versiones que incluyen lo que
# Colab ya trae instalado, así que pip no toca TensorFlow, Keras ni ipywidgets (con
# ipywidgets 8 los *widgets* de Colab dejan de funcionar). Para los cuadernos de
# entrenamiento, elige un entorno con GPU: *Entorno de ejecución → Cambiar tipo de entorno de
# ejecución*.
#
# **SageMaker Studio Lab.** Pulsa la insignia «Open in Studio Lab», o clona allí el
# repositorio y crea el entorno de conda desde una terminal:
#
# ```bash
# conda env create -f environment.yml
# conda activate fashion-gan
# ```
#
# El entorno incluye `ipykernel`, así que en el lanzador aparecerá un *kernel* `fashion-gan`.
#
# **En tu ordenador** (Python ≥ 3.10), desde la raíz del repositorio:
#
# ```bash
# make test       # crea .venv, lo instala todo y ejecuta las pruebas (cuadernos incluidos)
# make run        # 5 minutos de entrenamiento con la receta `fast`; después, muestras, gráficas, un GIF y la FID, en runs/fast/
# make notebooks  # regenera notebooks/en|ru|es/*.ipynb a partir de sus fuentes en notebooks/src/
# ```
#
# `make run` tarda unos 6,5 minutos en una CPU de 2 núcleos: alrededor de 1,5 minutos de
# instalación y evaluación, más 5 minutos de entrenamiento con la receta `fast`, una DCGAN a la
# medida de una CPU. Su FID termina en torno a 6,3 (cuanto más baja, mejor; la calcula nuestra
# propia red de características, así que no es comparable con la FID de los artículos). La
# tabla «Quality on the clock» del README muestra cómo baja la FID con el tiempo de
# entrenamiento. Si vuelves a ejecutar `make run`, ya no entrena nada más.
#
# Después abre los cuadernos con JupyterLab o VS Code usando el intérprete de `.venv`. Cada
# cuaderno empieza con una celda de **parámetros** (idioma, número de pasos o épocas, semilla…):
# cambia ahí los valores o deja que papermill los sobrescriba.
#
# ## Cuánto tarda cada cuaderno
#
# Medido en una máquina sin GPU con 2 núcleos de CPU (AMD EPYC) compartidos con otros trabajos
# (carga media de unos 4–5), ejecutando cada cuaderno de principio a fin con sus parámetros por
# defecto (`python notebooks/build.py --execute --lang en --only NN_`), arranque del *kernel*
# incluido. En una máquina dedicada (sin otros trabajos), cuenta con estos tiempos o menos:
#
# | # | Cuaderno | CPU, 2 núcleos |
# | --- | --- | --- |
# | 0 | Panorama | 13 s |
# | 1 | Teoría de las GAN | ~1 min |
# | 2 | Datos | ~40 s |
# | 3–7 | cuadernos de entrenamiento | consulta la cabecera del cuaderno |
#
# Los cuadernos 0–2 no entrenan nada grande, así que una GPU apenas cambia su duración. Los de
# entrenamiento (3–7) van mucho más rápido con GPU; sus cabeceras indican sus propios tiempos.
#
# ## Comprueba tu entorno
#
# La celda de configuración del principio del cuaderno instaló `ganlib` si faltaba. La
# siguiente muestra qué versiones de TensorFlow y Keras usas y si TensorFlow ve una GPU. Todos
# los cuadernos de la serie funcionan en CPU; una GPU solo acelera los cuadernos de
# entrenamiento (3–7). No verás las líneas de registro del código C++ de TensorFlow (como
# `failed call to cuInit`, que solo indica que buscó una GPU y no la encontró): `ganlib`, que
# se importa antes que TensorFlow, fija `TF_CPP_MIN_LOG_LEVEL=3` para ocultarlas. Pon esa
# variable a `0` antes del primer `import` si quieres verlas todas.

# %%
import platform

import ganlib  # first: imported before TensorFlow, it hides TensorFlow's C++ log lines

import keras
import tensorflow as tf

print("Python     ", platform.python_version())
print("TensorFlow ", tf.__version__)
print("Keras      ", keras.__version__, say("backend", backend=keras.backend.backend()))
print("ganlib     ", ganlib.__version__)
gpus = tf.config.list_physical_devices("GPU")
print(say("gpu", n=len(gpus)) if gpus else say("none"))
for gpu in gpus:
    print("  ", gpu.name)

# %% [markdown] lang="en"
# ## Summary
#
# * A GAN is a game between a **generator** $G$, which turns noise $z$ into images, and a
#   **discriminator** $D$, which tells real images from generated ones.
# * $G$ learns about the data only through $D$'s gradients; after training, $G$ alone
#   produces new images.
# * The series goes from theory (1) and data (2) through three increasingly good GANs (3–5)
#   to a comparison (6) and an interactive latent-space explorer (7).
# * Every notebook runs on Colab, Studio Lab or your own machine, in English, Russian or Spanish.
#
# ## Exercises
#
# 1. Change `SEED` in the parameters cell and run the notebook again. Which classes look most
#    alike? Which pairs do you expect a generator to confuse?
# 2. Set `LANG = "ru"` or `LANG = "es"` and re-run: which parts of the figures change?
# 3. In the forger–detective story, what happens if the detective is far better than the
#    forger from the very start? And if the detective is hopeless? Write down your guess;
#    notebook 1 explains the theory and tries both on its toy GAN (section "Balance, measured").
# 4. If you have a GPU runtime, check that the cell under "Check your setup" reports it. Run
#    notebook 1 on both a CPU and a GPU runtime: is the toy GAN faster on the GPU? Why might it
#    not be?
#
# <details><summary>Solution</summary>
#
# 1. Look at the tops: T-shirt/top, Pullover, Coat and Shirt share one silhouette (a torso with
#    sleeves) and differ in details such as collars, buttons and texture. Sandal, Sneaker and
#    Ankle boot are all shoes. These are the pairs a generator tends to blend (a shirt-coat, a
#    sneaker-boot); Trouser and Bag look like no other class.
# 2. The diagram's labels, the class names in the gallery and its title, and the printed
#    messages of the setup check. The code and the images stay the same. The prose changes only
#    if you open the notebook of that language (`notebooks/ru/`, `notebooks/es/`): it is not
#    produced by code.
# 3. A detective who is far better from the start catches every fake with certainty, and
#    "fake!" without "the stitching is off" teaches the forger nothing. In GAN terms:
#    with the original (minimax) loss the generator's gradient vanishes (saturation); notebook
#    1 shows why the non-saturating loss keeps a signal. A hopeless detective gives verdicts
#    that say nothing about real clothes, so the forger has nothing to learn from either.
#    Notebook 1 trains its toy GAN with the discriminator's learning rate ÷ 10 and × 10 and
#    prints which one hurt in that run.
# 4. Expect little or no speed-up, possibly a slow-down: the toy networks are tiny (two hidden
#    layers of 128 units, batches of 256 points), so a step costs mostly the fixed overhead of
#    launching work on the GPU and copying small arrays, not arithmetic. A GPU pays off with
#    large matrix products and convolutions, as in the training notebooks (3–7).
#
# </details>

# %% [markdown] lang="ru"
# ## Итоги
#
# * GAN — это игра между **генератором** $G$, который превращает шум $z$ в изображения, и
#   **дискриминатором** $D$, который отличает настоящие изображения от сгенерированных.
# * Генератор узнаёт о данных только через градиенты дискриминатора; после обучения новые
#   изображения создаёт один $G$.
# * Курс ведёт от теории (1) и данных (2) через три всё более удачные GAN (3–5) к их сравнению
#   (6) и интерактивному исследованию латентного пространства (7).
# * Любой блокнот можно запустить в Colab, в Studio Lab или на своём компьютере — на английском,
#   русском или испанском.
#
# ## Упражнения
#
# 1. Поменяйте `SEED` в ячейке параметров и перезапустите блокнот. Какие классы выглядят похоже?
#    Какие пары, по-вашему, генератор будет путать?
# 2. Задайте `LANG = "en"` или `LANG = "es"` и перезапустите: что меняется на рисунках?
# 3. Что будет в истории про мошенника и детектива, если детектив с самого начала намного
#    сильнее мошенника? А если детектив совсем беспомощен? Запишите свою догадку: в блокноте 1
#    разобрана теория, и оба случая проверены на игрушечной GAN (раздел «Баланс сил в цифрах»).
# 4. Если у вас есть среда с GPU, убедитесь, что ячейка из раздела «Проверяем окружение» его
#    видит. Запустите блокнот 1 и на CPU, и на GPU: быстрее ли игрушечная GAN обучается на GPU?
#    Почему выигрыша может и не быть?
#
# <details><summary>Решение</summary>
#
# 1. Посмотрите на вещи для верха: у футболки/топа, пуловера, пальто и рубашки один силуэт
#    (корпус и рукава), а различаются они деталями — воротником, пуговицами, фактурой. Сандалия,
#    кроссовка и ботинок — всё это обувь. Именно такие пары генератор склонен смешивать
#    (рубашка-пальто, кроссовка-ботинок); брюки и сумка не похожи ни на один другой класс.
# 2. Подписи на схеме, названия классов в галерее и её заголовок, а также сообщения проверки
#    окружения. Код и изображения остаются прежними. Текст блокнота меняется, только если
#    открыть блокнот на этом языке (`notebooks/en/`, `notebooks/es/`): его создаёт не код.
# 3. Детектив, который с самого начала намного сильнее, уверенно ловит каждую подделку, а
#    «подделка!» без «строчка не та» ничему мошенника не учит. На языке GAN: с исходной
#    (минимаксной) функцией потерь градиент генератора затухает (насыщение); в блокноте 1
#    показано, почему ненасыщающаяся функция потерь сохраняет сигнал. Беспомощный детектив
#    выносит вердикты, которые ничего не говорят о настоящей одежде, так что и у него мошеннику
#    учиться нечему. В блокноте 1 игрушечная GAN обучается со скоростью обучения дискриминатора,
#    уменьшенной и увеличенной в 10 раз, и печатает, что из этого навредило в том запуске.
# 4. Ускорения почти не ждите, возможно даже замедление: игрушечные сети крошечные (два скрытых
#    слоя по 128 нейронов, мини-батчи по 256 точек), поэтому шаг обучения стоит в основном
#    постоянных накладных расходов на запуск вычислений на GPU и копирование маленьких массивов,
#    а не арифметики. GPU окупается на больших матричных произведениях и свёртках — в блокнотах
#    с обучением (3–7).
#
# </details>

# %% [markdown] lang="es"
# ## Resumen
#
# * Una GAN es un juego entre un **generador** $G$, que convierte ruido $z$ en imágenes, y un
#   **discriminador** $D$, que distingue las imágenes reales de las generadas.
# * $G$ solo aprende sobre los datos a través de los gradientes de $D$; tras el entrenamiento,
#   $G$ genera imágenes nuevas por sí solo.
# * La serie va de la teoría (1) y los datos (2) a tres GAN cada vez mejores (3–5), una
#   comparación (6) y un explorador interactivo del espacio latente (7).
# * Todos los cuadernos funcionan en Colab, en Studio Lab o en tu ordenador, en inglés, ruso o
#   español.
#
# ## Ejercicios
#
# 1. Cambia `SEED` en la celda de parámetros y vuelve a ejecutar el cuaderno. ¿Qué clases se
#    parecen más? ¿Qué pares crees que confundirá un generador?
# 2. Pon `LANG = "en"` o `LANG = "ru"` y vuelve a ejecutarlo: ¿qué cambia en las figuras?
# 3. En la historia del falsificador y el detective, ¿qué pasa si el detective es muchísimo
#    mejor que el falsificador desde el principio? ¿Y si el detective es un desastre? Apunta tu
#    respuesta: el cuaderno 1 explica la teoría y prueba los dos casos con su GAN de juguete
#    (sección «El equilibrio de fuerzas, medido»).
# 4. Si tienes un entorno con GPU, comprueba que la celda «Comprueba tu entorno» la detecta.
#    Ejecuta el cuaderno 1 en CPU y en GPU: ¿se entrena más rápido la GAN de juguete en la GPU?
#    ¿Por qué podría no ser así?
#
# <details><summary>Solución</summary>
#
# 1. Fíjate en las prendas de arriba: camiseta/top, jersey, abrigo y camisa comparten silueta
#    (un torso con mangas) y se distinguen por detalles como el cuello, los botones o la
#    textura. Sandalia, zapatilla y botín son todos calzado. Son los pares que un generador
#    tiende a mezclar (una camisa-abrigo, una zapatilla-botín); el pantalón y el bolso no se
#    parecen a ninguna otra clase.
# 2. Las etiquetas del esquema, los nombres de las clases en la galería y su título, y los
#    mensajes de la comprobación del entorno. El código y las imágenes no cambian. El texto
#    solo cambia si abres el cuaderno en ese idioma (`notebooks/en/`, `notebooks/ru/`): no lo
#    genera el código.
# 3. Un detective muchísimo mejor desde el principio descubre cada falsificación con total
#    seguridad, y un «¡falso!» sin «las costuras no cuadran» no le enseña nada al falsificador.
#    En términos de GAN: con la pérdida original (minimax), el gradiente del generador se
#    desvanece (saturación); el cuaderno 1 muestra por qué la pérdida no saturante conserva una
#    señal. Un detective desastroso da veredictos que no dicen nada de la ropa real, así que
#    tampoco de él hay nada que aprender. El cuaderno 1 entrena su GAN de juguete con la tasa de
#    aprendizaje del discriminador dividida y multiplicada por 10, e imprime cuál de las dos
#    perjudicó en esa ejecución.
# 4. No esperes mucha aceleración; puede que incluso vaya más lenta: las redes de juguete son
#    diminutas (dos capas ocultas de 128 neuronas, lotes (*batches*) de 256 puntos), así que cada paso cuesta
#    sobre todo el coste fijo de lanzar trabajo en la GPU y copiar arrays pequeños, no la
#    aritmética. Una GPU compensa con productos de matrices y convoluciones grandes, como en los
#    cuadernos de entrenamiento (3–7).
#
# </details>
