# %% [markdown] lang="en"
# # 0 · Overview: generative adversarial networks on Fashion-MNIST
#
# *What GANs are, the road map of this series, and how to run it.* · ⏱ ~15 s on a 2-core CPU; no GPU needed
#
# {{badges}}

# %% [markdown] lang="ru"
# # 0 · Обзор: генеративно-состязательные сети на Fashion-MNIST
#
# *Что такое GAN, план курса и как его запускать.* · ⏱ ~15 с на CPU с 2 ядрами; GPU не нужен
#
# {{badges}}

# %% [markdown] lang="es"
# # 0 · Panorama: redes generativas adversarias con Fashion-MNIST
#
# *Qué son las GAN, el mapa de la serie y cómo ejecutarla.* · ⏱ ~15 s en una CPU de 2 núcleos; no hace falta GPU
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
# ## Фальшивомонетчик и детектив
#
# Представьте мошенника, который шьёт подделки под дизайнерскую одежду, и детектива, который
# эти подделки ловит. Поначалу мошенник работает грубо, и детектив разоблачает каждую
# вещь. Он объясняет, *что именно* выдало подделку («строчка не та»), и мошенник учится на
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
# В блокноте 1 эта история превратится в строгую игру двух игроков с функцией ценности
# $V(D, G)$, а пока — картинка, которую стоит держать в голове.

# %% [markdown] lang="es"
# ## El falsificador y el detective
#
# Imagina a un falsificador que quiere vender ropa de diseño falsa y a un detective cuyo
# trabajo es descubrir las falsificaciones. Al principio el falsificador es torpe y el
# detective lo pilla siempre. El detective explica *por qué* una prenda le pareció falsa
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

DIAGRAM = {
    "en": {
        "noise": "noise\n$z \\sim \\mathcal{N}(0, I)$", "generator": "Generator $G$\n(the forger)",
        "fake": "generated\nimage $G(z)$", "real": "real image $x$\n(Fashion-MNIST)",
        "discriminator": "Discriminator $D$\n(the detective)", "verdict": "$D(\\cdot)$ = probability\nthat the image is real",
        "feedback": "gradients: how to fool $D$ better", "title": "A GAN: two networks, one game",
    },
    "ru": {
        "noise": "шум\n$z \\sim \\mathcal{N}(0, I)$", "generator": "Генератор $G$\n(мошенник)",
        "fake": "сгенерированное\nизображение $G(z)$", "real": "настоящее\nизображение $x$\n(Fashion-MNIST)",
        "discriminator": "Дискриминатор $D$\n(детектив)", "verdict": "$D(\\cdot)$ — вероятность,\nчто изображение\nнастоящее",
        "feedback": "градиенты: как лучше обмануть $D$", "title": "GAN: две сети, одна игра",
    },
    "es": {
        "noise": "ruido\n$z \\sim \\mathcal{N}(0, I)$", "generator": "Generador $G$\n(el falsificador)",
        "fake": "imagen\ngenerada $G(z)$", "real": "imagen real $x$\n(Fashion-MNIST)",
        "discriminator": "Discriminador $D$\n(el detective)", "verdict": "$D(\\cdot)$ = probabilidad\nde que la imagen\nsea real",
        "feedback": "gradientes: cómo engañar mejor a $D$", "title": "Una GAN: dos redes, un juego",
    },
}[LANG]

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
    ax.text(x, y, DIAGRAM[name], ha="center", va="center", fontsize=9)
arrow = dict(arrowstyle="-|>", color="0.2", lw=1.5)
for start, end in [("noise", "generator"), ("generator", "fake"), ("fake", "discriminator"),
                   ("real", "discriminator"), ("discriminator", "verdict")]:
    (x0, y0, _), (x1, y1, _) = boxes[start], boxes[end]
    ax.annotate("", xy=(x1 - 0.98, y1 + 0.25 * (y0 - y1)), xytext=(x0 + 0.98, y0), arrowprops=arrow)
ax.annotate("", xy=(3.3, 3.65), xytext=(8.0, 2.65),
            arrowprops=dict(arrowstyle="-|>", color="tab:red", lw=1.5, ls="--", connectionstyle="angle,angleA=90,angleB=0"))
ax.text(5.7, 3.78, DIAGRAM["feedback"], ha="center", va="bottom", color="tab:red", fontsize=9)
ax.set_title(DIAGRAM["title"])
plt.show()

# %% [markdown] lang="en"
# ## A first look at Fashion-MNIST
#
# All the GANs of the series learn from **Fashion-MNIST** (Xiao et al., 2017): 70,000 grayscale
# pictures of clothes, $28 \times 28$ pixels each, in ten classes. It was designed as a drop-in
# replacement for the handwritten digits of MNIST: the same size and format, but harder and
# more interesting to generate. Here is one random example of each class; notebook 2 explores
# the data properly.

# %% [markdown] lang="ru"
# ## Первое знакомство с Fashion-MNIST
#
# Все GAN в этом курсе учатся на **Fashion-MNIST** (Xiao et al., 2017): 70 000 чёрно-белых
# изображений одежды размером $28 \times 28$ пикселей, десять классов. Набор задумывался как
# прямая замена рукописным цифрам MNIST: тот же размер и формат, но генерировать его сложнее и
# интереснее. Ниже — по одному случайному примеру каждого класса; подробно данные разберём в
# блокноте 2.

# %% [markdown] lang="es"
# ## Un primer vistazo a Fashion-MNIST
#
# Todas las GAN de la serie aprenden de **Fashion-MNIST** (Xiao et al., 2017): 70 000 imágenes
# de ropa en escala de grises, de $28 \times 28$ píxeles, repartidas en diez clases. Se creó como
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
# | 1 | [GAN theory](01_gan_theory.ipynb) | the minimax game, the optimal discriminator and the Jensen–Shannon divergence, the non-saturating loss, why training is unstable, mode collapse — on a toy GAN that trains in seconds |
# | 2 | [Data](02_data.ipynb) | Fashion-MNIST up close, scaling to $[-1, 1]$, a fast `tf.data` input pipeline |
# | 3 | [Vanilla GAN](03_vanilla_gan.ipynb) | the original GAN with two fully connected networks, the training loop written by hand |
# | 4 | [DCGAN](04_dcgan.ipynb) | convolutions, transposed convolutions and batch normalization |
# | 5 | [Improved DCGAN](05_improved_dcgan.ipynb) | a deeper generator, better initialization, no checkerboard artefacts |
# | 6 | [Comparison](06_comparison.ipynb) | the three models side by side: quality metrics and training speed |
# | 7 | [Latent-space explorer](07_latent_explorer.ipynb) | walking through the latent space: interpolation, directions, interactive widgets |
#
# **Coming later:** a **conditional GAN** (you choose the class of the garment to generate)
# and **WGAN-GP** (a critic instead of a discriminator and a gradient penalty, for more
# stable training).
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
# make run        # train a DCGAN for a short run: samples, a loss plot and a GIF in runs/dcgan/
# make notebooks  # regenerate notebooks/en|ru|es/*.ipynb from their sources in notebooks/src/
# ```
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
# | 1 | GAN theory | 39 s |
# | 2 | Data | 17 s |
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
# Without a GPU, TensorFlow may print a harmless `failed call to cuInit` message: it looked
# for a GPU and did not find one.

# %% [markdown] lang="ru"
# ## План курса
#
# | № | Блокнот | О чём |
# | --- | --- | --- |
# | 0 | Обзор (этот блокнот) | идея GAN, план курса, как запускать блокноты |
# | 1 | [Теория GAN](01_gan_theory.ipynb) | минимаксная игра, оптимальный дискриминатор и дивергенция Йенсена — Шеннона, ненасыщающаяся функция потерь, почему обучение неустойчиво, коллапс мод — на игрушечной GAN, которая обучается за секунды |
# | 2 | [Данные](02_data.ipynb) | Fashion-MNIST вблизи, масштабирование в $[-1, 1]$, быстрый конвейер входных данных на `tf.data` |
# | 3 | [Классическая GAN](03_vanilla_gan.ipynb) | исходная GAN из двух полносвязных сетей, цикл обучения вручную |
# | 4 | [DCGAN](04_dcgan.ipynb) | свёртки, транспонированные свёртки и батч-нормализация |
# | 5 | [Улучшенная DCGAN](05_improved_dcgan.ipynb) | более глубокий генератор, удачная инициализация, никаких артефактов «шахматной доски» |
# | 6 | [Сравнение](06_comparison.ipynb) | три модели бок о бок: метрики качества и скорость обучения |
# | 7 | [Исследуем латентное пространство](07_latent_explorer.ipynb) | прогулки по латентному пространству: интерполяция, направления, интерактивные виджеты |
#
# **Позже появятся** **условная GAN** (вы сами выбираете, какой класс одежды генерировать) и
# **WGAN-GP** (критик вместо дискриминатора и штраф на градиент — ради более устойчивого
# обучения).
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
# В окружение входит `ipykernel`, поэтому в лаунчере появится ядро `fashion-gan`.
#
# **На своём компьютере** (Python ≥ 3.10), из корня репозитория:
#
# ```bash
# make test       # создать .venv, всё установить и прогнать тесты (включая все блокноты)
# make run        # короткое обучение DCGAN: сэмплы, график потерь и GIF в runs/dcgan/
# make notebooks  # пересобрать notebooks/en|ru|es/*.ipynb из исходников в notebooks/src/
# ```
#
# Затем откройте блокноты в JupyterLab или VS Code с интерпретатором из `.venv`. Каждый блокнот
# начинается с ячейки **параметров** (язык, число шагов или эпох, зерно и т. д.): меняйте
# значения прямо в ней или передавайте их через papermill.
#
# ## Сколько времени занимает каждый блокнот
#
# Замеры на машине без GPU с 2 ядрами CPU (AMD EPYC), которые делили с другими задачами
# (средняя загрузка около 4–5): каждый блокнот выполнен сверху вниз с параметрами по умолчанию
# (`python notebooks/build.py --execute --lang en --only NN_`), включая запуск ядра. На
# собственной машине ожидайте столько же или меньше:
#
# | № | Блокнот | CPU, 2 ядра |
# | --- | --- | --- |
# | 0 | Обзор | 13 с |
# | 1 | Теория GAN | 39 с |
# | 2 | Данные | 17 с |
# | 3–7 | блокноты с обучением | см. заголовок блокнота |
#
# В блокнотах 0–2 ничего крупного не обучается, так что GPU для них почти ничего не меняет.
# Блокноты с обучением (3–7) на GPU идут гораздо быстрее; время для них указано в их заголовках.
#
# ## Проверяем окружение
#
# Ячейка установки в начале блокнота поставила `ganlib`, если его не было. Следующая ячейка
# покажет версии TensorFlow и Keras и то, видит ли TensorFlow GPU. Все блокноты курса
# работают на CPU; GPU лишь ускоряет блокноты с обучением (3–7). Если GPU нет, TensorFlow
# может вывести сообщение `failed call to cuInit` — это не ошибка: он просто поискал GPU и
# не нашёл.

# %% [markdown] lang="es"
# ## El mapa de la serie
#
# | # | Cuaderno | Qué aprenderás |
# | --- | --- | --- |
# | 0 | Panorama (este cuaderno) | la idea de una GAN, el plan, cómo ejecutar los cuadernos |
# | 1 | [Teoría de las GAN](01_gan_theory.ipynb) | el juego minimax, el discriminador óptimo y la divergencia de Jensen-Shannon, la pérdida no saturante, por qué el entrenamiento es inestable, el colapso de modos, todo con una GAN de juguete que se entrena en segundos |
# | 2 | [Datos](02_data.ipynb) | Fashion-MNIST de cerca, el escalado a $[-1, 1]$, una canalización de datos rápida con `tf.data` |
# | 3 | [GAN clásica](03_vanilla_gan.ipynb) | la GAN original con dos redes totalmente conectadas y el bucle de entrenamiento escrito a mano |
# | 4 | [DCGAN](04_dcgan.ipynb) | convoluciones, convoluciones traspuestas y normalización por lotes |
# | 5 | [DCGAN mejorada](05_improved_dcgan.ipynb) | un generador más profundo, mejor inicialización y adiós a los artefactos de tablero de ajedrez |
# | 6 | [Comparación](06_comparison.ipynb) | los tres modelos frente a frente: métricas de calidad y velocidad de entrenamiento |
# | 7 | [Explorador del espacio latente](07_latent_explorer.ipynb) | paseos por el espacio latente: interpolación, direcciones, controles interactivos |
#
# **Más adelante:** una **GAN condicional** (tú eliges la clase de prenda que se genera) y
# **WGAN-GP** (un crítico en lugar de un discriminador y una penalización del gradiente, para
# un entrenamiento más estable).
#
# Cada cuaderno es independiente: se ejecuta de principio a fin en un kernel limpio y no
# necesita que se haya ejecutado otro antes. El código reutilizable (canalización de datos,
# modelos, entrenador, gráficos) vive en el pequeño paquete `ganlib`; los cuadernos primero
# escriben a mano las piezas clave y después usan la versión de `ganlib`.
#
# ## Cómo ejecutar los cuadernos
#
# **Google Colab.** Pulsa la insignia «Open in Colab» al principio de cualquier cuaderno y
# ejecuta las celdas. La celda de configuración que hay justo debajo del título instala
# `ganlib` desde GitHub solo si falta. `ganlib` pide *rangos* de versiones que incluyen lo que
# Colab ya trae instalado, así que pip no toca TensorFlow, Keras ni ipywidgets (con
# ipywidgets 8 los controles interactivos de Colab dejan de funcionar). Para los cuadernos de
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
# El entorno incluye `ipykernel`, así que en el lanzador aparecerá un kernel `fashion-gan`.
#
# **En tu ordenador** (Python ≥ 3.10), desde la raíz del repositorio:
#
# ```bash
# make test       # crea .venv, lo instala todo y ejecuta las pruebas (cuadernos incluidos)
# make run        # un entrenamiento corto de una DCGAN: muestras, gráfica de pérdidas y GIF en runs/dcgan/
# make notebooks  # regenera notebooks/en|ru|es/*.ipynb a partir de sus fuentes en notebooks/src/
# ```
#
# Después abre los cuadernos con JupyterLab o VS Code usando el intérprete de `.venv`. Cada
# cuaderno empieza con una celda de **parámetros** (idioma, número de pasos o épocas, semilla…):
# cambia ahí los valores o deja que papermill los sobrescriba.
#
# ## Cuánto tarda cada cuaderno
#
# Medido en una máquina sin GPU con 2 núcleos de CPU (AMD EPYC) compartidos con otros trabajos
# (carga media de 4–5), ejecutando cada cuaderno de principio a fin con sus parámetros por
# defecto (`python notebooks/build.py --execute --lang en --only NN_`), arranque del kernel
# incluido. En una máquina para ti solo, cuenta con estos tiempos o menos:
#
# | # | Cuaderno | CPU, 2 núcleos |
# | --- | --- | --- |
# | 0 | Panorama | 13 s |
# | 1 | Teoría de las GAN | 39 s |
# | 2 | Datos | 17 s |
# | 3–7 | cuadernos de entrenamiento | consulta la cabecera del cuaderno |
#
# Los cuadernos 0–2 no entrenan nada grande, así que una GPU apenas cambia su duración. Los de
# entrenamiento (3–7) van mucho más rápido con GPU; sus cabeceras indican sus propios tiempos.
#
# ## Comprueba tu entorno
#
# La celda de configuración del principio del cuaderno instaló `ganlib` si faltaba. La
# siguiente muestra qué versiones de TensorFlow y Keras usas y si TensorFlow ve una GPU. Todos los cuadernos de
# la serie funcionan en CPU; una GPU solo acelera los cuadernos de entrenamiento (3–7). Sin
# GPU, TensorFlow puede mostrar el mensaje `failed call to cuInit`: no es un fallo, solo
# indica que buscó una GPU y no la encontró.

# %%
import platform

import keras
import tensorflow as tf

import ganlib

MESSAGES = {
    "en": {"gpu": "GPUs visible to TensorFlow: {n}", "none": "no GPU: everything runs on the CPU, which is fine for this series"},
    "ru": {"gpu": "GPU, которые видит TensorFlow: {n}", "none": "GPU нет: всё работает на CPU, для этого курса этого достаточно"},
    "es": {"gpu": "GPU visibles para TensorFlow: {n}", "none": "sin GPU: todo se ejecuta en la CPU, y para esta serie basta"},
}[LANG]

print("Python     ", platform.python_version())
print("TensorFlow ", tf.__version__)
print("Keras      ", keras.__version__, f"(backend: {keras.backend.backend()})")
print("ganlib     ", ganlib.__version__)
gpus = tf.config.list_physical_devices("GPU")
print(MESSAGES["gpu"].format(n=len(gpus)) if gpus else MESSAGES["none"])
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
#    notebook 1 answers it.
# 4. If you have a GPU runtime, check that the setup cell reports it. Run notebook 1 on both a
#    CPU and a GPU runtime: is the toy GAN faster on the GPU? Why might it not be?

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
#    сильнее мошенника? А если детектив совсем беспомощен? Запишите свою догадку — ответ будет в
#    блокноте 1.
# 4. Если у вас есть среда с GPU, убедитесь, что ячейка проверки окружения его видит. Запустите
#    блокнот 1 и на CPU, и на GPU: быстрее ли игрушечная GAN обучается на GPU? Почему выигрыша
#    может и не быть?

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
#    respuesta; el cuaderno 1 la da.
# 4. Si tienes un entorno con GPU, comprueba que la celda del entorno la detecta. Ejecuta el
#    cuaderno 1 en CPU y en GPU: ¿se entrena más rápido la GAN de juguete en la GPU? ¿Por qué
#    podría no ser así?
