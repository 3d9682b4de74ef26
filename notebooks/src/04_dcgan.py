# %% [markdown] lang="en"
# # 4 · DCGAN
#
# *Convolutions on both sides: transposed convolutions, batch normalization and LeakyReLU, the two networks written out; then training with a time budget into a run folder, checkpoints, resuming, and a generator saved in the `.keras` format.* · ⏱ ~6 min on a 2-core CPU · GPU: not measured yet
#
# {{badges}}

# %% [markdown] lang="ru"
# # 4 · DCGAN
#
# *Свёртки с обеих сторон: транспонированные свёртки, батч-нормализация и LeakyReLU, обе сети целиком в коде; затем обучение с бюджетом времени и папкой запуска, контрольные точки, возобновление и генератор, сохранённый в формате `.keras`.* · ⏱ ~6 мин на CPU с 2 ядрами · GPU: ещё не измерено
#
# {{badges}}

# %% [markdown] lang="es"
# # 4 · DCGAN
#
# *Convoluciones en ambos lados: convoluciones traspuestas, normalización por lotes y LeakyReLU, las dos redes escritas enteras; después, entrenamiento con un presupuesto de tiempo en una carpeta de ejecución, puntos de control, reanudación y un generador guardado en formato `.keras`.* · ⏱ ~6 min en una CPU de 2 núcleos · GPU: aún sin medir
#
# {{badges}}

# %% tags=["parameters"] smoke={"SECONDS": 3, "MORE_SECONDS": 3, "SUBSET": 512, "N_EVAL": 500}
LANG = "en"  # language of figures and labels: "en", "ru" or "es"
SECONDS = 240  # training-time budget of the run: seconds of training steps
MORE_SECONDS = 30  # the extra budget of the resuming demo (section 6)
SUBSET = None  # training images used (None: all 60,000)
N_EVAL = 10_000  # samples for the metrics (FID, classes covered, recall)
SEED = 0  # random seed
USE_DRIVE = True  # in Colab: keep the run folders on Google Drive, so that a re-run resumes them
# GPU preset (not measured yet): SECONDS = 900

# %% [markdown] lang="en"
# The vanilla GAN of notebook 3 treated an image as a list of 784 unrelated numbers. **DCGAN** (*Deep Convolutional
# GAN*, Radford, Metz and Chintala, 2015) made convolutional GANs train reliably, and its recipe became the usual
# starting point. Its guidelines, in full:
#
# * no pooling: **strided convolutions** in the discriminator, **transposed convolutions** in the generator;
# * **batch normalization in both networks**, except the generator's output layer and the discriminator's input layer;
# * **no fully connected hidden layers**: the only dense layers are the generator's first (from $z$ to the first
#   feature map) and the discriminator's last (to one logit);
# * **ReLU** in the generator, with $\tanh$ at the output; **LeakyReLU with slope 0.2** in the discriminator;
# * weights initialized from $\mathcal{N}(0, 0.02^2)$;
# * Adam with learning rate $2 \cdot 10^{-4}$ and $\beta_1 = 0.5$ (the default 0.9 made training oscillate), batches
#   of 128.
#
# The network of this notebook is the one of the **TensorFlow DCGAN tutorial**, and it departs from the paper:
# LeakyReLU (slope 0.3) in the generator too, **no batch normalization in the discriminator but dropout**, 5×5
# kernels, Keras' default (Glorot) initialization; the tutorial trains it with Adam at $10^{-4}$ and the default
# $\beta_1 = 0.9$, in batches of 256. We keep the tutorial's network, because it is the DCGAN most readers meet first,
# and train it with the paper's Adam settings in batches of 64. Notebook 5's changes are, to a large extent, a
# **return to the paper**: ReLU in the generator and batch normalization in the discriminator.
#
# The plan: how a transposed convolution upsamples (and where checkerboard artefacts come from), batch normalization
# and LeakyReLU, the two networks in plain Keras, training into a **run folder**, the samples of every epoch, resuming
# from a **checkpoint**, and saving and loading the generator.
#
# On two CPU cores a DCGAN epoch over all 60,000 images takes about a minute and a half, so the run trains for a
# **budget of `SECONDS` seconds** of training steps: with the default 240 s, about two and a half epochs (the training
# log prints the real figures). Next to its samples we show the DCGAN shipped with `ganlib`, trained for 10 epochs
# (47 minutes on a busy 2-core machine): what the same network gives with more time.

# %% [markdown] lang="ru"
# Классическая GAN из блокнота 3 видела в изображении набор из 784 не связанных между собой чисел. **DCGAN**
# (*Deep Convolutional GAN*, Radford, Metz, Chintala, 2015) — рецепт, с которым свёрточные GAN стали надёжно обучаться;
# он стал привычной отправной точкой. Вот его правила целиком:
#
# * никакого пулинга: **свёртки с шагом 2** в дискриминаторе, **транспонированные свёртки** в генераторе;
# * **батч-нормализация в обеих сетях**, кроме выходного слоя генератора и входного слоя дискриминатора;
# * **никаких скрытых полносвязных слоёв**: полносвязных слоёв всего два — первый слой генератора (от $z$ к первой
#   карте признаков) и последний слой дискриминатора (к одному логиту);
# * **ReLU** в генераторе и $\tanh$ на его выходе; **LeakyReLU с наклоном 0,2** в дискриминаторе;
# * веса инициализируются из $\mathcal{N}(0,\, 0{,}02^2)$;
# * Adam со скоростью обучения $2 \cdot 10^{-4}$ и $\beta_1 = 0{,}5$ (со стандартным 0,9 обучение раскачивалось),
#   батчи по 128 изображений.
#
# Сеть этого блокнота взята из **руководства TensorFlow по DCGAN**, и от статьи она отступает: LeakyReLU (наклон 0,3)
# стоит и в генераторе, **в дискриминаторе нет батч-нормализации, зато есть дропаут**, ядра 5×5, инициализация —
# стандартная для Keras (Ксавье, Glorot); в руководстве её обучают с Adam со скоростью $10^{-4}$ и стандартным
# $\beta_1 = 0{,}9$, батчами по 256. Мы оставляем сеть из руководства — это та DCGAN, которую большинство читателей
# встречает первой, — а обучаем её с настройками Adam из статьи, батчами по 64. Изменения блокнота 5 — во многом
# **возврат к статье**: ReLU в генераторе и батч-нормализация в дискриминаторе.
#
# План такой: как транспонированная свёртка повышает разрешение (и откуда берутся артефакты «шахматной доски»),
# батч-нормализация и LeakyReLU, обе сети на обычном Keras, обучение с **папкой запуска**, изображения после каждой
# эпохи, возобновление с **контрольной точки**, сохранение и загрузка генератора.
#
# На двух ядрах CPU эпоха DCGAN по всем 60 000 изображений занимает около полутора минут, поэтому обучение идёт с
# **бюджетом в `SECONDS` секунд** шагов обучения: при 240 с по умолчанию это примерно две с половиной эпохи (настоящие
# цифры печатает журнал обучения). Рядом с результатом мы покажем предобученную DCGAN из `ganlib`, которую обучали
# 10 эпох (47 минут на загруженной машине с 2 ядрами): вот что даёт та же сеть, если дать ей больше времени.

# %% [markdown] lang="es"
# La GAN clásica del cuaderno 3 trataba la imagen como una lista de 784 números sin relación entre sí. **DCGAN**
# (*Deep Convolutional GAN*, Radford, Metz y Chintala, 2015) es la receta con la que las GAN convolucionales empezaron a
# entrenarse de forma fiable, y se convirtió en el punto de partida habitual. Sus pautas, completas:
#
# * nada de *pooling*: **convoluciones con paso (*stride*) 2** en el discriminador y **convoluciones traspuestas** en
#   el generador;
# * **normalización por lotes en las dos redes**, salvo en la capa de salida del generador y en la de entrada del
#   discriminador;
# * **ninguna capa oculta densa**: las únicas capas densas son la primera del generador (de $z$ al primer mapa de
#   características) y la última del discriminador (a un único logit);
# * **ReLU** en el generador, con $\tanh$ a la salida; **LeakyReLU con pendiente 0,2** en el discriminador;
# * pesos inicializados con $\mathcal{N}(0,\, 0{,}02^2)$;
# * Adam con tasa de aprendizaje $2 \cdot 10^{-4}$ y $\beta_1 = 0{,}5$ (con el 0,9 por defecto el entrenamiento
#   oscilaba), en lotes (*batches*) de 128.
#
# La red de este cuaderno es la del **tutorial de DCGAN de TensorFlow**, que se aparta del artículo: LeakyReLU
# (pendiente 0,3) también en el generador, **sin normalización por lotes en el discriminador, pero con *dropout***,
# núcleos de 5×5 e inicialización por defecto de Keras (Glorot); el tutorial la entrena con Adam a $10^{-4}$ y el
# $\beta_1 = 0{,}9$ por defecto, en lotes de 256. Mantenemos la red del tutorial, porque es la DCGAN que casi todo el
# mundo conoce primero, y la entrenamos con los ajustes de Adam del artículo, en lotes de 64. Los cambios del
# cuaderno 5 son, en buena parte, una **vuelta al artículo**: ReLU en el generador y normalización por lotes en el
# discriminador.
#
# El plan: cómo sobremuestrea una convolución traspuesta (y de dónde salen los artefactos de tablero de ajedrez), la
# normalización por lotes y LeakyReLU, las dos redes en Keras sin más, el entrenamiento en una **carpeta de
# ejecución**, las muestras de cada época, la reanudación desde un **punto de control** y, por último, guardar y
# cargar el generador.
#
# Con dos núcleos de CPU, una época de DCGAN sobre las 60.000 imágenes lleva cerca de minuto y medio, así que el
# entrenamiento tiene un **presupuesto de `SECONDS` segundos** de pasos de entrenamiento: con los 240 s por defecto,
# unas dos épocas y media (el registro del entrenamiento imprime las cifras reales). Junto a sus muestras enseñamos
# la DCGAN preentrenada incluida en `ganlib`, entrenada 10 épocas (47 minutos en una máquina de 2 núcleos cargada con
# otros trabajos): lo que da la misma red con más tiempo.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import json
import shutil
import zipfile

import keras
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import Image, display
from keras import layers

from ganlib import pretrained, recipes
from ganlib.colab import run_folder
from ganlib.data import load_fashion_mnist
from ganlib.i18n import fmt, label, notebook_texts, number
from ganlib.metrics import evaluate
from ganlib.models import IMAGE_SHAPE, LATENT_DIM, build_gan, print_layer_shapes
from ganlib.plots import plot_losses, show_images
from ganlib.sampling import generate
from ganlib.train import load_generator, train, train_seconds

RUN_DIR = run_folder("04_dcgan", drive=USE_DRIVE)  # Colab: on Google Drive; elsewhere runs/04_dcgan. Never emptied.
say = notebook_texts("04", LANG)  # what this notebook prints and draws, in LANG (ganlib/i18n/nb04.py)
keras.utils.set_random_seed(SEED)

# %% [markdown] lang="en"
# ## 1. Transposed convolutions
#
# A convolution with stride 2 slides its kernel two pixels at a time and halves the resolution. A **transposed
# convolution** with stride 2 goes the other way: every input value multiplies the whole kernel and *stamps* it onto
# the output, the stamps two pixels apart; where stamps overlap, they add up. With input $x$, kernel $w$ of size $k$
# and stride $s$:
#
# $$y_j = \sum_{i \,:\, 0 \le j - s\,i < k} x_i \, w_{j - s\,i}.$$
#
# A one-dimensional example, with input $(1, 2, 3)$ and the kernel $(1, 10, 100)$, chosen so that every stamp can be
# read off the result:

# %% [markdown] lang="ru"
# ## 1. Транспонированные свёртки
#
# Свёртка с шагом 2 сдвигает ядро на два пикселя за раз и вдвое уменьшает разрешение. **Транспонированная свёртка** с
# шагом 2 делает обратное: каждое входное значение умножается на всё ядро и *отпечатывается* на выходе, причём
# отпечатки стоят через два пикселя; там, где они перекрываются, значения складываются. Для входа $x$, ядра $w$
# размера $k$ и шага $s$:
#
# $$y_j = \sum_{i \,:\, 0 \le j - s\,i < k} x_i \, w_{j - s\,i}.$$
#
# Одномерный пример: вход $(1, 2, 3)$ и ядро $(1, 10, 100)$, подобранное так, чтобы каждый отпечаток читался в
# результате:

# %% [markdown] lang="es"
# ## 1. Convoluciones traspuestas
#
# Una convolución con paso 2 desliza su núcleo (*kernel*) de dos en dos píxeles y reduce la resolución a la mitad.
# Una **convolución traspuesta** con paso 2 hace lo contrario: cada valor de entrada multiplica el núcleo entero y lo
# *estampa* en la salida, con las estampas separadas dos píxeles; donde se solapan, se suman. Con entrada $x$,
# núcleo $w$ de tamaño $k$ y paso $s$:
#
# $$y_j = \sum_{i \,:\, 0 \le j - s\,i < k} x_i \, w_{j - s\,i}.$$
#
# Un ejemplo en una dimensión, con entrada $(1, 2, 3)$ y el núcleo $(1, 10, 100)$, elegido para que cada estampa se
# pueda leer en el resultado:

# %%
# NBVAL_CHECK_OUTPUT
x = np.array([1.0, 2.0, 3.0], np.float32).reshape(1, 3, 1)  # (batch, length, channels)
upsample = layers.Conv1DTranspose(1, kernel_size=3, strides=2, padding="valid", use_bias=False)
upsample.build(x.shape)
upsample.set_weights([np.array([1.0, 10.0, 100.0], np.float32).reshape(3, 1, 1)])
stamped = np.asarray(upsample(x))[0, :, 0]
print(stamped)

# %% [markdown] lang="en"
# $x_0 = 1$ stamps $1, 10, 100$ at positions 0–2, $x_1 = 2$ stamps $2, 20, 200$ at positions 2–4, $x_2 = 3$ stamps
# $3, 30, 300$ at positions 4–6. Positions 2 and 4 receive two stamps ($100 + 2$, $200 + 3$), the others one. The
# output has $(n - 1)s + k = 7$ values; with `padding="same"` Keras crops it to exactly $s \cdot n$.
#
# The same result comes out of an **ordinary convolution**, in three steps: insert $s - 1$ zeros between the input
# values, pad $k - 1$ zeros on each side, and **flip the kernel**. (Deep-learning libraries compute a convolution
# without flipping, as a cross-correlation; the transposed convolution needs the flip.) Let us check it on the same
# example:

# %% [markdown] lang="ru"
# $x_0 = 1$ отпечатывает $1, 10, 100$ в позициях 0–2, $x_1 = 2$ — $2, 20, 200$ в позициях 2–4, $x_2 = 3$ —
# $3, 30, 300$ в позициях 4–6. В позиции 2 и 4 попадает по два отпечатка ($100 + 2$, $200 + 3$), в остальные — по
# одному. На выходе $(n - 1)s + k = 7$ значений; с `padding="same"` Keras обрезает выход ровно до $s \cdot n$.
#
# Тот же результат даёт **обычная свёртка**, если сделать три шага: вставить $s - 1$ нулей между входными
# значениями, добавить по $k - 1$ нулей с каждого края и **развернуть ядро**. (Библиотеки глубокого обучения
# вычисляют свёртку без разворота ядра, как взаимную корреляцию; транспонированной свёртке разворот нужен.)
# Проверим на том же примере:

# %% [markdown] lang="es"
# $x_0 = 1$ estampa $1, 10, 100$ en las posiciones 0–2, $x_1 = 2$ estampa $2, 20, 200$ en las 2–4 y $x_2 = 3$,
# $3, 30, 300$ en las 4–6. Las posiciones 2 y 4 reciben dos estampas ($100 + 2$, $200 + 3$); las demás, una. La salida
# tiene $(n - 1)s + k = 7$ valores; con `padding="same"`, Keras la recorta a exactamente $s \cdot n$.
#
# El mismo resultado sale de una **convolución normal** en tres pasos: intercalar $s - 1$ ceros entre los valores de
# entrada, añadir $k - 1$ ceros de relleno (*padding*) a cada lado e **invertir el núcleo**. (Las bibliotecas de
# aprendizaje profundo calculan la convolución sin invertir el núcleo, como una correlación cruzada; la convolución
# traspuesta necesita la inversión.) Comprobémoslo con el mismo ejemplo:

# %%
# NBVAL_CHECK_OUTPUT
s, k = 2, 3
kernel = np.array([1.0, 10.0, 100.0], np.float32)
spread = np.zeros((x.shape[1] - 1) * s + 1, np.float32)
spread[::s] = x[0, :, 0]  # 1. s - 1 zeros between the input values
padded = np.pad(spread, k - 1)  # 2. k - 1 zeros on each side
convolution = layers.Conv1D(1, k, padding="valid", use_bias=False)  # 3. an ordinary convolution...
convolution.build((1, len(padded), 1))
convolution.set_weights([kernel[::-1].reshape(k, 1, 1)])  # ... with the kernel flipped
direct = np.asarray(convolution(padded.reshape(1, -1, 1)))[0, :, 0]
print(say("padded"), padded)
print(say("flipped"), kernel[::-1])
print(say("convolved"), direct)
print(say("same_stamps", same=say("yes") if np.array_equal(direct, stamped) else say("no")))

# %% [markdown] lang="en"
# Without the padding, the convolution would give only $5 - 3 + 1 = 3$ values; without the flip, $x_0$ would stamp
# $100, 10, 1$.
#
# The uneven overlap of the stamps is the source of **checkerboard artefacts** (Odena, Dumoulin and Olah, 2016). Pass
# a constant input of ones through an all-ones kernel: each output value is then simply *the number of kernel taps
# that reach it*. With stride 2:

# %% [markdown] lang="ru"
# Без добавленных нулей по краям свёртка дала бы всего $5 - 3 + 1 = 3$ значения, а без разворота $x_0$ отпечатал бы
# $100, 10, 1$.
#
# Именно из-за неравномерного перекрытия отпечатков возникают **артефакты «шахматной доски»** (Odena, Dumoulin,
# Olah, 2016). Пропустим постоянный вход из единиц через ядро из единиц: тогда каждое выходное значение — это просто
# *число элементов ядра, которые до него дотянулись*. С шагом 2:

# %% [markdown] lang="es"
# Sin el relleno, la convolución daría solo $5 - 3 + 1 = 3$ valores; sin invertir el núcleo, $x_0$ estamparía
# $100, 10, 1$.
#
# Ese solapamiento desigual de las estampas es el origen de los **artefactos de tablero de ajedrez** (Odena, Dumoulin
# y Olah, 2016). Pasemos una entrada constante de unos por un núcleo de unos: cada valor de salida es entonces
# simplemente *el número de elementos del núcleo que llegan a él*. Con paso 2:

# %%
# NBVAL_CHECK_OUTPUT
ones = np.ones((1, 8, 1), np.float32)
for k in (3, 4, 5):
    counts = layers.Conv1DTranspose(1, k, strides=2, padding="same", use_bias=False, kernel_initializer="ones")(ones)
    print(f"k={k}, s=2:", np.asarray(counts)[0, :, 0].astype(int))

# %% [markdown] lang="en"
# With $k = 4$ every output pixel away from the border receives 2 taps. With $k = 3$ or $k = 5$, **neighbouring
# pixels receive different numbers of taps**, alternating 1, 2, 1, 2 or 2, 3, 2, 3: the layer has a built-in
# pattern of period 2. In two dimensions the pattern appears along both axes, which makes a checkerboard, and a
# second layer stacks another one on top. The DCGAN generator below uses **5×5 kernels with stride 2**, twice:

# %% [markdown] lang="ru"
# При $k = 4$ каждый пиксель вдали от края получает 2 вклада. При $k = 3$ или $k = 5$ **соседние пиксели получают
# разное число вкладов**, 1, 2, 1, 2 или 2, 3, 2, 3: в слое заложен узор с периодом 2. В двумерном случае узор идёт
# по обеим осям — получается шахматная доска, а второй такой слой накладывает на неё ещё один узор. Генератор DCGAN
# ниже использует **ядра 5×5 с шагом 2**, причём дважды:

# %% [markdown] lang="es"
# Con $k = 4$, todo píxel alejado del borde recibe 2 contribuciones. Con $k = 3$ o $k = 5$, **píxeles vecinos reciben
# un número distinto de contribuciones**, 1, 2, 1, 2 o 2, 3, 2, 3: la capa lleva incorporado un patrón de periodo 2.
# En dos dimensiones el patrón aparece en los dos ejes, lo que da un tablero de ajedrez, y una segunda capa le superpone
# otro. El generador de DCGAN que veremos usa **núcleos de 5×5 con paso 2**, dos veces:

# %%
ones = np.ones((1, 7, 7, 1), np.float32)
fig, axes = plt.subplots(1, 2, figsize=(9, 4.4), layout="constrained")
for ax, k in zip(axes, (5, 4)):
    h = ones
    for _ in range(2):  # 7x7 -> 14x14 -> 28x28, like the DCGAN generator
        h = layers.Conv2DTranspose(1, k, strides=2, padding="same", use_bias=False, kernel_initializer="ones")(h)
    picture = ax.imshow(np.asarray(h)[0, :, :, 0], cmap="magma")
    fig.colorbar(picture, ax=ax, shrink=0.8)
    ax.set_title(say("kernel", k=k))
    ax.set_axis_off()
fig.suptitle(say("taps"));

# %% [markdown] lang="en"
# On the left, the grid of the two 5×5 layers; on the right, with 4×4 kernels, a flat interior. A trained network can
# learn weights that cancel the pattern, but it has to spend effort on it, and a grid of dots often shows in DCGAN
# samples, especially early in training. A kernel size divisible by the stride removes the uneven *forward* overlap
# only: trained weights and the strided convolutions of the discriminator (whose gradient the generator follows) can
# still print a grid. The robust fix of Odena et al. is a **resize-convolution**: upsample by repeating pixels
# (`UpSampling2D`), then apply an ordinary convolution. Notebook 5 switches to 4×4 kernels and looks at both.
#
# ## 2. Batch normalization and LeakyReLU
#
# **Batch normalization** standardizes every channel over the batch (and over the positions of a feature map), then
# rescales it with two learned parameters $\gamma$ and $\beta$:
#
# $$\hat h = \frac{h - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}, \qquad y = \gamma\,\hat h + \beta.$$
#
# In training mode $\mu_B$ and $\sigma_B^2$ come from the current batch, and moving averages of them are updated
# (with momentum 0.99); in inference mode (`training=False`, what `ganlib.sampling.generate` uses) the moving
# averages replace them. In the DCGAN generator, batch normalization keeps every layer's activations at a sensible
# scale, helps the gradient through the stack and, according to Radford et al., stops the generator from collapsing
# all samples to one point early on. The paper puts it in both networks (except the generator's output and the
# discriminator's input); the tutorial's discriminator uses dropout instead. Because batch normalization subtracts
# the mean, a bias just before it is useless, hence `use_bias=False` (notebook 5 checks this numerically).
#
# **LeakyReLU** lets a little of the negative part through: $f(x) = x$ for $x > 0$ and $f(x) = \alpha x$ otherwise,
# here with Keras' default $\alpha = 0.3$ (the paper uses 0.2). A unit with a negative input still passes a gradient,
# which matters most in the discriminator: its gradient is all the generator learns from.

# %% [markdown] lang="ru"
# Слева — сетка от двух слоёв 5×5, справа, с ядрами 4×4, — ровная середина. Обученная сеть может подобрать веса,
# которые гасят узор, но на это уходят её силы, и в изображениях DCGAN, особенно в начале обучения, часто проступает
# сетка точек. Размер ядра, кратный шагу, убирает только неравномерное перекрытие *при прямом проходе*: обученные веса
# и свёртки с шагом 2 в дискриминаторе (по градиенту которого учится генератор) всё равно могут оставить сетку.
# Надёжное средство, которое предлагают Odena et al., — **свёртка после повышения разрешения (resize-convolution)**:
# сначала повторить пиксели (`UpSampling2D`), затем применить обычную свёртку. В блокноте 5 мы перейдём на ядра 4×4
# и посмотрим на оба способа.
#
# ## 2. Батч-нормализация и LeakyReLU
#
# **Батч-нормализация** стандартизирует каждый канал по батчу (и по позициям карты признаков), а затем масштабирует его
# двумя обучаемыми параметрами $\gamma$ и $\beta$:
#
# $$\hat h = \frac{h - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}, \qquad y = \gamma\,\hat h + \beta.$$
#
# В режиме обучения $\mu_B$ и $\sigma_B^2$ считаются по текущему батчу, а их скользящие средние обновляются
# (коэффициент скользящего среднего 0,99 — параметр `momentum`); в режиме инференса (`training=False`, его использует
# `ganlib.sampling.generate`) вместо них берутся скользящие средние. В генераторе DCGAN батч-нормализация удерживает
# активации каждого слоя в разумном масштабе, помогает градиенту пройти через все слои и, по наблюдению Radford et al.,
# не даёт генератору в начале обучения схлопнуть все изображения в одну точку. В статье она стоит в обеих сетях (кроме
# выхода генератора и входа дискриминатора), а в дискриминаторе из руководства вместо неё стоит дропаут. Поскольку
# батч-нормализация вычитает среднее, смещение прямо перед ней бесполезно — отсюда `use_bias=False` (в блокноте 5 мы
# проверим это численно).
#
# **LeakyReLU** пропускает немного отрицательной части: $f(x) = x$ при $x > 0$ и $f(x) = \alpha x$ иначе, здесь
# $\alpha = 0{,}3$, как по умолчанию в Keras (в статье — 0,2). Нейрон с отрицательным входом всё равно передаёт
# градиент, и важнее всего это в дискриминаторе: его градиент — единственное, на чём учится генератор.

# %% [markdown] lang="es"
# A la izquierda, la cuadrícula que dejan las dos capas de 5×5; a la derecha, con núcleos de 4×4, un interior liso. Una
# red entrenada puede aprender pesos que anulen el patrón, pero le cuesta esfuerzo, y en las muestras de DCGAN se ve a
# menudo una cuadrícula de puntos, sobre todo al principio del entrenamiento. Un tamaño de núcleo divisible entre el
# paso solo elimina el solapamiento desigual *en la pasada hacia delante*: los pesos entrenados y las convoluciones
# con paso 2 del discriminador (cuyo gradiente sigue el generador) todavía pueden dejar una cuadrícula. El remedio
# robusto de Odena et al. es la **convolución tras sobremuestreo (*resize-convolution*)**: sobremuestrear repitiendo
# píxeles (`UpSampling2D`) y aplicar después una convolución normal. El cuaderno 5 pasa a núcleos de 4×4 y estudia
# las dos opciones.
#
# ## 2. Normalización por lotes y LeakyReLU
#
# La **normalización por lotes** estandariza cada canal sobre el lote (y sobre las posiciones del mapa de
# características) y luego lo reescala con dos parámetros aprendidos, $\gamma$ y $\beta$:
#
# $$\hat h = \frac{h - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}, \qquad y = \gamma\,\hat h + \beta.$$
#
# En modo de entrenamiento, $\mu_B$ y $\sigma_B^2$ salen del lote actual y se actualizan sus medias móviles
# (momento 0,99, el argumento `momentum`); en modo de inferencia (`training=False`, el que usa
# `ganlib.sampling.generate`) se usan las medias móviles. En el generador de DCGAN, la normalización por lotes
# mantiene las activaciones de cada capa en una escala razonable, ayuda a que el gradiente atraviese la pila de capas
# y, según Radford et al., evita que el generador colapse al principio todas las muestras en un único punto. El
# artículo la pone en las dos redes (salvo en la salida del generador y la entrada del discriminador); el
# discriminador del tutorial usa *dropout* en su lugar. Como resta la media, un sesgo justo antes de ella no sirve de
# nada; de ahí `use_bias=False` (el cuaderno 5 lo comprueba numéricamente).
#
# **LeakyReLU** deja pasar un poco de la parte negativa: $f(x) = x$ si $x > 0$ y $f(x) = \alpha x$ en otro caso, aquí
# con el valor por defecto de Keras, $\alpha = 0{,}3$ (el artículo usa 0,2). Una unidad con entrada negativa sigue
# transmitiendo gradiente, y eso importa sobre todo en el discriminador: su gradiente es lo único de lo que aprende el
# generador.

# %%
h = np.array([[1.0], [4.0], [7.0], [10.0]], np.float32)  # a batch of 4 values of one feature
bn = layers.BatchNormalization()


def values(array, digits=2):
    """The numbers of an array, written the way LANG writes them."""
    return "  ".join(number(float(v), LANG, digits).rjust(6) for v in np.ravel(array))


print(f"{say('bn_batch'):<22}", values(h))
print(f"{say('bn_training'):<22}", values(bn(h, training=True)))
print(f"{say('bn_inference'):<22}", values(bn(h, training=False)))
print(f"{say('leaky', alpha=0.3):<22}", values(layers.LeakyReLU(0.3)(np.array([-2.0, -1.0, 0.0, 1.0, 2.0])), 1))

# %% [markdown] lang="en"
# In training mode the batch comes out with mean 0 and standard deviation 1. In inference mode, after a single update
# the moving averages have moved only 1% of the way from their initial values (mean 0, variance 1), so the values
# barely change: a generator used with `training=False` is only as good as its moving averages.
#
# ## 3. The two networks
#
# **Generator**: a dense layer turns $z \in \mathbb{R}^{100}$ into $7 \cdot 7 \cdot 256$ numbers, reshaped into a
# $7 \times 7$ map with 256 channels. Three 5×5 transposed convolutions follow: stride 1 to 128 channels (still
# $7 \times 7$), stride 2 to 64 channels at $14 \times 14$, stride 2 to one channel at $28 \times 28$ with $\tanh$.
# Each hidden layer is followed by batch normalization and LeakyReLU.
#
# **Discriminator**: two 5×5 convolutions with stride 2 ($28 \to 14 \to 7$, 64 then 128 channels), each followed by
# LeakyReLU and dropout 0.3, then a dense layer from the $7 \cdot 7 \cdot 128$ features to one logit (no sigmoid: the
# loss takes logits).
#
# In plain Keras. The two output layers say `dtype="float32"`: under a mixed-precision policy the other layers compute
# in 16 bits, and the images and logits should still come out in full precision for the loss and the image code.

# %% [markdown] lang="ru"
# В режиме обучения батч выходит со средним 0 и стандартным отклонением 1. В режиме инференса после одного обновления
# скользящие средние сдвинулись от начальных значений (среднее 0, дисперсия 1) всего на 1 %, поэтому значения почти
# не меняются: генератор с `training=False` хорош ровно настолько, насколько хороши его скользящие средние.
#
# ## 3. Две сети
#
# **Генератор**: полносвязный слой превращает $z \in \mathbb{R}^{100}$ в $7 \cdot 7 \cdot 256$ чисел, которые
# складываются в карту $7 \times 7$ с 256 каналами. Дальше идут три транспонированные свёртки 5×5: с шагом 1 до
# 128 каналов (всё ещё $7 \times 7$), с шагом 2 до 64 каналов и $14 \times 14$, с шагом 2 до одного канала и
# $28 \times 28$ с $\tanh$. После каждого скрытого слоя — батч-нормализация и LeakyReLU.
#
# **Дискриминатор**: две свёртки 5×5 с шагом 2 ($28 \to 14 \to 7$, сначала 64, потом 128 каналов), после каждой —
# LeakyReLU и дропаут 0,3, затем полносвязный слой от $7 \cdot 7 \cdot 128$ признаков к одному логиту (без сигмоиды:
# функция потерь принимает логиты).
#
# Вот они на обычном Keras. У двух выходных слоёв указано `dtype="float32"`: при политике смешанной точности
# вычислений остальные слои считают в 16 битах, а изображения и логиты должны выходить в полной точности — для
# функции потерь и для кода, который работает с изображениями.

# %% [markdown] lang="es"
# En modo de entrenamiento el lote sale con media 0 y desviación típica 1. En modo de inferencia, tras una sola
# actualización las medias móviles solo se han movido un 1 % desde sus valores iniciales (media 0, varianza 1), así que
# los valores apenas cambian: un generador usado con `training=False` solo es tan bueno como sus medias móviles.
#
# ## 3. Las dos redes
#
# **Generador**: una capa densa convierte $z \in \mathbb{R}^{100}$ en $7 \cdot 7 \cdot 256$ números, que se reorganizan
# en un mapa de $7 \times 7$ con 256 canales. Siguen tres convoluciones traspuestas de 5×5: con paso 1 hasta 128
# canales (todavía $7 \times 7$), con paso 2 hasta 64 canales y $14 \times 14$, y con paso 2 hasta un canal y
# $28 \times 28$ con $\tanh$. Tras cada capa oculta van la normalización por lotes y LeakyReLU.
#
# **Discriminador**: dos convoluciones de 5×5 con paso 2 ($28 \to 14 \to 7$; primero 64 canales, luego 128), cada una
# seguida de LeakyReLU y *dropout* de 0,3, y después una capa densa de las $7 \cdot 7 \cdot 128$ características a un
# único logit (sin sigmoide: la pérdida recibe logits).
#
# En Keras, sin más. Las dos capas de salida llevan `dtype="float32"`: con una política de precisión mixta, las demás
# capas calculan con 16 bits, y las imágenes y los logits deben salir con precisión completa para la pérdida y para el
# código que trata las imágenes.

# %%
def build_dcgan(latent_dim=LATENT_DIM):
    """The DCGAN of the TensorFlow tutorial, for 28x28 images: (generator, discriminator)."""
    generator = keras.Sequential(
        [
            keras.Input((latent_dim,)),
            layers.Dense(7 * 7 * 256, use_bias=False),  # z -> 12,544 numbers
            layers.BatchNormalization(),
            layers.LeakyReLU(0.3),
            layers.Reshape((7, 7, 256)),  # ... arranged as a 7x7 map with 256 channels
            layers.Conv2DTranspose(128, 5, strides=1, padding="same", use_bias=False),  # 7x7x128
            layers.BatchNormalization(),
            layers.LeakyReLU(0.3),
            layers.Conv2DTranspose(64, 5, strides=2, padding="same", use_bias=False),  # 14x14x64
            layers.BatchNormalization(),
            layers.LeakyReLU(0.3),
            layers.Conv2DTranspose(
                1, 5, strides=2, padding="same", use_bias=False, activation="tanh", dtype="float32"
            ),  # 28x28x1, in [-1, 1]
        ],
        name="dcgan_generator",
    )
    discriminator = keras.Sequential(
        [
            keras.Input(IMAGE_SHAPE),
            layers.Conv2D(64, 5, strides=2, padding="same"),  # 14x14x64
            layers.LeakyReLU(0.3),
            layers.Dropout(0.3),
            layers.Conv2D(128, 5, strides=2, padding="same"),  # 7x7x128
            layers.LeakyReLU(0.3),
            layers.Dropout(0.3),
            layers.Flatten(),
            layers.Dense(1, dtype="float32"),  # one logit: "real" if positive
        ],
        name="dcgan_discriminator",
    )
    return generator, discriminator


# %% [markdown] lang="en"
# This is `ganlib.models.build_dcgan`, which `build_gan("dcgan")` calls and `train(model="dcgan")` trains: the same
# code, packaged. The next cell builds both and compares them layer by layer:

# %% [markdown] lang="ru"
# Это и есть `ganlib.models.build_dcgan`: её вызывает `build_gan("dcgan")`, а обучает `train` с `model="dcgan"` —
# тот же код, только упакованный в библиотеку. Следующая ячейка строит оба варианта и сравнивает их послойно:

# %% [markdown] lang="es"
# Esto es `ganlib.models.build_dcgan`, la función a la que llama `build_gan("dcgan")` y la red que entrena
# `train(model="dcgan")`: el mismo código, empaquetado. La celda siguiente construye las dos versiones y las compara
# capa a capa:

# %%
# NBVAL_CHECK_OUTPUT
def layer_settings(model):
    """Class and settings of every layer, without the names Keras numbers automatically."""
    return [(type(layer).__name__, {k: v for k, v in layer.get_config().items() if k != "name"}) for layer in model.layers]


generator, discriminator = build_dcgan()
packaged = build_gan("dcgan")
same = all(layer_settings(mine) == layer_settings(theirs) for mine, theirs in zip((generator, discriminator), packaged))
print(say("same_layers", same=say("yes") if same else say("no")))

# %%
# NBVAL_CHECK_OUTPUT
vanilla_g, vanilla_d = build_gan("vanilla")
print(say("params_header", vanilla=say("vanilla"), dcgan="DCGAN"))
print(say("params_row", net="G", vanilla=vanilla_g.count_params(), dcgan=generator.count_params()))
print(say("params_row", net="D", vanilla=vanilla_d.count_params(), dcgan=discriminator.count_params()))
print(say("first_layer", n=generator.layers[0].count_params(), total=generator.count_params()))
print(say("last_layer", vanilla=vanilla_g.layers[-2].count_params(), dcgan=generator.layers[-1].count_params()))

# %% [markdown] lang="en"
# The DCGAN generator is *larger* than the vanilla one, 2.3 million parameters against 1.5, but look where they are:
# more than half sit in the first dense layer, and the layer that computes the 784 pixels has only $5 \cdot 5 \cdot 64
# = 1600$ weights, against 803,600 in the MLP. A 5×5 kernel is **shared by every position**: the same small
# pattern-maker is applied all over the image, which is exactly the prior the vanilla GAN lacked. The convolutional
# discriminator needs less than half the MLP's parameters.
#
# The shapes, layer by layer, for a batch of two latent vectors:

# %% [markdown] lang="ru"
# Генератор DCGAN *больше* классического — 2,3 миллиона параметров против 1,5, — но посмотрите, где они: больше
# половины приходится на первый полносвязный слой, а у слоя, который выдаёт 784 пикселя, всего
# $5 \cdot 5 \cdot 64 = 1\,600$ весов против 803 600 у многослойного перцептрона. Ядро 5×5 **общее для всех позиций**:
# один и тот же маленький «штамп» применяется по всему изображению — ровно то априорное знание, которого не хватало
# классической GAN. Свёрточному дискриминатору нужно меньше половины параметров перцептрона.
#
# Размеры по слоям для батча из двух латентных векторов:

# %% [markdown] lang="es"
# El generador de DCGAN es *más grande* que el clásico, 2,3 millones de parámetros frente a 1,5, pero fijémonos en dónde
# están: más de la mitad, en la primera capa densa, y la capa que calcula los 784 píxeles tiene solo
# $5 \cdot 5 \cdot 64 = 1600$ pesos, frente a 803.600 en el perceptrón multicapa. Un núcleo de 5×5 **se comparte en
# todas las posiciones**: el mismo pequeño «sello» se aplica por toda la imagen, justo el conocimiento previo que le
# faltaba a la GAN clásica. El discriminador convolucional necesita menos de la mitad de los parámetros del
# perceptrón.
#
# Las formas, capa a capa, para un lote de dos vectores latentes:

# %%
# NBVAL_CHECK_OUTPUT
print_layer_shapes(generator, "G")
print_layer_shapes(discriminator, "D")

# %% [markdown] lang="en"
# ## 4. Training into a run folder
#
# `ganlib.recipes.config("dcgan")` is the **recipe** this series trains the DCGAN with: batches of 64, Adam with
# $2 \cdot 10^{-4}$ and $\beta_1 = 0.5$ for both networks, and an **exponential moving average (EMA) of the
# generator's weights**. After every generator update, a second copy of the weights moves a small step towards the
# trained ones,
#
# $$\bar\theta \leftarrow 0.995\,\bar\theta + 0.005\,\theta,$$
#
# so it averages roughly the last few hundred steps and smooths out the oscillation of the game. Samples, sample
# grids and the saved `generator.keras` come from the averaged copy (its batch-norm statistics recomputed first);
# `generator_raw.keras` keeps the trained weights. We override the training-time budget, the seed and the subset:

# %% [markdown] lang="ru"
# ## 4. Обучение с папкой запуска
#
# `ganlib.recipes.config("dcgan")` — **рецепт обучения**, с которым в этом курсе обучается DCGAN: батчи по 64, Adam со
# скоростью $2 \cdot 10^{-4}$ и $\beta_1 = 0{,}5$ для обеих сетей и **экспоненциальное скользящее среднее (EMA)
# весов** генератора. После каждого шага генератора вторая копия весов сдвигается на небольшой шаг к обучаемым:
#
# $$\bar\theta \leftarrow 0{,}995\,\bar\theta + 0{,}005\,\theta,$$
#
# то есть усредняет примерно последние несколько сотен шагов и сглаживает колебания игры. Изображения, сетки
# изображений и сохранённый `generator.keras` берутся из усреднённой копии (статистики её батч-нормализации сначала
# пересчитываются); в `generator_raw.keras` лежат сами обучаемые веса. Мы меняем в рецепте бюджет времени обучения,
# зерно и подвыборку:

# %% [markdown] lang="es"
# ## 4. Entrenamiento en una carpeta de ejecución
#
# `ganlib.recipes.config("dcgan")` es la **receta** con la que esta serie entrena la DCGAN: lotes de 64, Adam con
# $2 \cdot 10^{-4}$ y $\beta_1 = 0{,}5$ para las dos redes y una **media móvil exponencial (EMA) de los pesos** del
# generador. Tras cada actualización del generador, una segunda copia de los pesos da un pequeño paso hacia los pesos
# entrenados,
#
# $$\bar\theta \leftarrow 0{,}995\,\bar\theta + 0{,}005\,\theta,$$
#
# de modo que promedia, a grandes rasgos, los últimos cientos de pasos y suaviza la oscilación del juego. Las
# muestras, las cuadrículas de muestras y el `generator.keras` guardado salen de la copia promediada (con las
# estadísticas de su normalización por lotes recalculadas antes); `generator_raw.keras` guarda los pesos entrenados.
# Cambiamos el presupuesto de tiempo de entrenamiento, la semilla y el subconjunto:

# %%
config = recipes.config("dcgan", seconds=SECONDS, seed=SEED, subset=SUBSET)
config

# %% [markdown] lang="en"
# `train(config, RUN_DIR)` trains into the **run folder**: after every epoch it writes the sample grid of that epoch
# and a **checkpoint** of the complete training state; at the end it adds the networks in the `.keras` format, the
# loss history, a loss plot and a GIF of the grids. The folder is the whole memory of the run: calling `train` on it
# again resumes where it stopped, and a finished run is loaded, not retrained (section 6). It prints one line per
# epoch: time, speed, both losses and the discriminator's mean outputs on real and generated images. The run stops
# after the first step that reaches the budget, usually in the middle of an epoch.

# %% [markdown] lang="ru"
# `train(config, RUN_DIR)` обучает с **папкой запуска**: после каждой эпохи туда записываются сетка изображений этой
# эпохи и **контрольная точка** с полным состоянием обучения, а в конце — сети в формате `.keras`, история потерь,
# график потерь и GIF из сеток. Вся память о запуске хранится в этой папке: повторный вызов `train` с ней продолжает
# обучение с того места, где оно остановилось, а законченный запуск загружается, а не обучается заново (раздел 6).
# После каждой эпохи печатается строка: время, скорость, обе функции потерь и средние выходы дискриминатора на
# настоящих и сгенерированных изображениях. Обучение останавливается после первого шага, на котором бюджет исчерпан,
# обычно посреди эпохи.

# %% [markdown] lang="es"
# `train(config, RUN_DIR)` entrena en la **carpeta de ejecución**: al final de cada época escribe la cuadrícula de
# muestras de esa época y un **punto de control** con el estado completo del entrenamiento; al terminar añade las redes
# en formato `.keras`, el historial de pérdidas, una gráfica de pérdidas y un GIF con las cuadrículas. La carpeta es
# toda la memoria de la ejecución: volver a llamar a `train` con ella reanuda el entrenamiento donde se quedó, y una
# ejecución terminada se carga en lugar de volver a entrenarse (sección 6). Imprime una línea por época: tiempo,
# velocidad, las dos pérdidas y las salidas medias del discriminador con imágenes reales y generadas. El entrenamiento
# se detiene tras el primer paso que agota el presupuesto, normalmente a mitad de una época.

# %%
result = train(config, RUN_DIR, lang=LANG)

# %%
plot_losses(result.history, LANG);

# %% [markdown] lang="en"
# ## 5. Samples of every epoch, and the GIF
#
# After every epoch the same 64 latent vectors go through the (averaged) generator, so each cell of the grid follows
# one sample through training. `result.grids` holds the grids as `uint8` arrays; the last one is from the epoch the
# budget cut short:

# %% [markdown] lang="ru"
# ## 5. Изображения после каждой эпохи и GIF
#
# После каждой эпохи одни и те же 64 латентных вектора проходят через (усреднённый) генератор, так что каждая клетка
# сетки показывает судьбу одного изображения на протяжении обучения. Сетки лежат в `result.grids` в виде массивов
# `uint8`; последняя — от эпохи, которую прервал бюджет:

# %% [markdown] lang="es"
# ## 5. Las muestras de cada época y el GIF
#
# Al final de cada época, los mismos 64 vectores latentes pasan por el generador (promediado), así que cada casilla de
# la cuadrícula sigue a una misma muestra durante el entrenamiento. `result.grids` guarda las cuadrículas como arrays
# `uint8`; la última es de la época que el presupuesto dejó a medias:

# %%
shown = np.unique(np.linspace(0, len(result.grids) - 1, min(len(result.grids), 6)).round().astype(int))
fig, axes = plt.subplots(1, len(shown), figsize=(2.9 * len(shown), 3.4), squeeze=False)
for ax, index in zip(axes[0], shown):
    ax.imshow(result.grids[index], cmap="gray", vmin=0, vmax=255)  # each grid is already tiled
    ax.set_title(say("epoch_title", epoch=int(result.history["epoch"][index]), seconds=result.history["train_s"][index]))
    ax.set_axis_off()
fig.tight_layout()

# %% [markdown] lang="en"
# The same grids as an animation, the file `training.gif` of the run folder (the last frame stays three times longer):

# %% [markdown] lang="ru"
# Те же сетки в виде анимации — файл `training.gif` в папке запуска (последний кадр держится в три раза дольше):

# %% [markdown] lang="es"
# Las mismas cuadrículas animadas: el archivo `training.gif` de la carpeta de ejecución (el último fotograma dura el
# triple):

# %%
display(Image(filename=str(RUN_DIR / "training.gif")))

# %% [markdown] lang="en"
# Now the final samples next to those of the DCGAN shipped with `ganlib` and real images. The shipped generator has
# the same network, trained for 10 epochs over all 60,000 images in batches of 256 and without a moving average; its
# **manifest** records what that cost and its metrics. For this run, `evaluate` computes the metrics of notebook 6 on
# `N_EVAL` samples: **FID** (lower is better), the number of **classes covered** and **recall** (the share of real
# images the samples come close to; higher is better).

# %% [markdown] lang="ru"
# Теперь итоговые изображения рядом с изображениями предобученной DCGAN из `ganlib` и настоящими. У предобученного
# генератора та же сеть; его обучали 10 эпох по всем 60 000 изображений батчами по 256, без скользящего среднего
# весов, а во что это обошлось и какие у него метрики, записано в его **манифесте**. Для нашего запуска `evaluate`
# считает метрики из блокнота 6 по `N_EVAL` сэмплам: **FID** (чем меньше, тем лучше), число **покрытых классов** и
# **полноту (recall)** — долю настоящих изображений, рядом с которыми оказываются сэмплы (чем больше, тем лучше).

# %% [markdown] lang="es"
# Ahora, las muestras finales junto a las de la DCGAN preentrenada incluida en `ganlib` y a imágenes reales. El
# generador preentrenado tiene la misma red, entrenada 10 épocas sobre las 60.000 imágenes en lotes de 256 y sin media
# móvil; su **manifiesto** recoge lo que costó y sus métricas. Para esta ejecución, `evaluate` calcula las métricas del
# cuaderno 6 con `N_EVAL` muestras: la **FID** (cuanto más baja, mejor), el número de **clases cubiertas** y la
# **exhaustividad (*recall*)**, la fracción de imágenes reales a las que se acercan las muestras (cuanto más alta,
# mejor).

# %%
(x_train, _), _ = load_fashion_mnist()
sampler = result.gan.sampling_generator()  # the moving average of the generator's weights
evaluation = evaluate(sampler, n=N_EVAL, seed=SEED)
shipped, manifest = pretrained.load("dcgan")
trained_s = train_seconds(result.history)
minutes = manifest["seconds"] / 60

print(say("run_line", seconds=trained_s, steps=int(sum(result.history["steps"])), epochs=len(result.history["epoch"])))
print("  " + evaluation.summary(LANG))
print(say("shipped_line", epochs=manifest["epochs"], images=manifest["training_images"], batch=manifest["batch_size"],
          minutes=minutes))
print("  " + label("eval_summary", LANG, fid=manifest["metrics"]["fid"], covered=manifest["metrics"]["classes_covered"],
                   recall=manifest["metrics"]["recall"], precision=manifest["metrics"]["precision"]))

fig, axes = plt.subplots(1, 3, figsize=(12, 4.4))
show_images(generate(sampler, n=64, seed=SEED + 1), title=say("run_title", seconds=trained_s), ax=axes[0])
show_images(generate(shipped, n=64, seed=SEED + 1), title=say("shipped_title", minutes=minutes), ax=axes[1])
show_images(x_train[:64], title=label("real", LANG), ax=axes[2])
fig.tight_layout()

# %% [markdown] lang="en"
# What to look for: a regular **grid of dots** over the garments, the checkerboard of section 1 that two 5×5
# transposed convolutions with stride 2 can print and that a short run has had little time to learn to cancel; shapes
# that are blurred or could be two classes; and how much of both the shipped generator's longer training removes.
#
# Notebook 3's vanilla GAN left **salt-and-pepper** speckle. Its measure, the **roughness** $R$ (the mean absolute
# difference between neighbouring pixels, in grey levels), puts a number on it. The next cell computes it for real
# images, this run, the shipped DCGAN and the shipped vanilla GAN (30 epochs), and says how this run compares:

# %% [markdown] lang="ru"
# На что смотреть: на **регулярную сетку точек** поверх одежды — ту «шахматную доску» из раздела 1, которую могут
# оставлять две транспонированные свёртки 5×5 с шагом 2 и которую короткий запуск ещё не успел научиться гасить; на
# размытые формы и на формы, которые можно принять за два разных класса; и на то, сколько из этого убирает более
# долгое обучение предобученного генератора.
#
# Классическая GAN из блокнота 3 оставляла шум **«соль и перец»**. Его мера из того блокнота — **шероховатость** $R$
# (среднее абсолютное различие соседних пикселей в уровнях яркости) — выражает его числом. Следующая ячейка считает
# её для настоящих изображений, для нашего запуска, для предобученной DCGAN и для предобученной классической GAN
# (30 эпох) и сообщает, как наш запуск выглядит на их фоне:

# %% [markdown] lang="es"
# En qué fijarse: en una **cuadrícula regular de puntos** sobre las prendas, el tablero de ajedrez de la sección 1 que
# pueden dejar dos convoluciones traspuestas de 5×5 con paso 2 y que una ejecución corta apenas ha tenido tiempo de
# aprender a anular; en formas borrosas o que podrían ser de dos clases; y en cuánto de todo eso elimina el
# entrenamiento más largo del generador preentrenado.
#
# La GAN clásica del cuaderno 3 dejaba **moteado**. Su medida, la **rugosidad** $R$ (la diferencia absoluta media entre
# píxeles vecinos, en niveles de gris), le pone un número. La celda siguiente la calcula para imágenes reales, para
# esta ejecución, para la DCGAN preentrenada y para la GAN clásica preentrenada (30 épocas), y dice cómo queda esta
# ejecución frente a ellas:

# %%
def roughness(batch):
    """Mean absolute difference between vertically and horizontally neighbouring pixels, in grey levels 0-255."""
    x = np.asarray(batch, np.float32).reshape(-1, 28, 28)
    if x.min() < 0:  # generated images are in [-1, 1]
        x = (x + 1) * 127.5
    return (np.abs(np.diff(x, axis=1)).mean() + np.abs(np.diff(x, axis=2)).mean()) / 2


vanilla, vanilla_manifest = pretrained.load("vanilla")
r = {
    "real": roughness(x_train[:1000]),
    "run": roughness(generate(sampler, n=1000, seed=SEED + 1)),
    "shipped_dcgan": roughness(generate(shipped, n=1000, seed=SEED + 1)),
    "shipped_vanilla": roughness(generate(vanilla, n=1000, seed=SEED + 1)),
}
for key, value in r.items():
    print(say("rough_row", name=say(f"name_{key}"), r=value))
fid, shipped_fid = evaluation.fid, manifest["metrics"]["fid"]
print(say("fid_higher" if fid > shipped_fid else "fid_lower", ratio=fid / shipped_fid, fid=fid, shipped=shipped_fid,
          minutes=minutes, seconds=trained_s))
print(say("rougher_than_vanilla" if r["run"] > r["shipped_vanilla"] else "smoother_than_vanilla",
          run=r["run"], vanilla=r["shipped_vanilla"], real=r["real"], ratio=r["run"] / r["real"]))

# %% [markdown] lang="en"
# A grid of dots raises $R$ as much as speckle does, so $R$ alone cannot tell the two apart: read it together with the
# pictures. And a run of a few minutes is not a fair match for generators trained for half an hour or more: notebook 6
# compares the models at equal training time.
#
# ## 6. Checkpoints and resuming
#
# Here is what the run folder holds:

# %% [markdown] lang="ru"
# Сетка точек повышает $R$ не меньше, чем шум «соль и перец», так что по одному $R$ их не различить: смотрите на число
# вместе с картинками. И запуск длиной в несколько минут нечестно сравнивать с генераторами, которые обучали полчаса и
# дольше: в блокноте 6 модели сравниваются при равном времени обучения.
#
# ## 6. Контрольные точки и возобновление обучения
#
# Вот что лежит в папке запуска:

# %% [markdown] lang="es"
# Una cuadrícula de puntos sube $R$ tanto como el moteado, así que $R$ por sí sola no distingue uno de otro: léela
# junto con las imágenes. Y una ejecución de unos minutos no es rival justo para generadores entrenados media hora o
# más: el cuaderno 6 compara los modelos con el mismo tiempo de entrenamiento.
#
# ## 6. Puntos de control y reanudación
#
# Esto es lo que contiene la carpeta de ejecución:

# %%
def show_run_folder(folder):
    print(say("files", path=folder))
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            print(fmt("  {name:<28} {kib:>9.1f} KiB", LANG, name=str(path.relative_to(folder)), kib=path.stat().st_size / 1024))


show_run_folder(RUN_DIR)

# %% [markdown] lang="en"
# * `config.json`: the settings of the run (model, batch size, subset, seed, budget...);
# * `checkpoint.npz`: the training state after the last epoch;
# * `samples/epoch_NNN.png`: the grid of every epoch; `samples.png`: the last one, enlarged; `training.gif`;
# * `generator.keras` (the moving average), `generator_raw.keras` (the trained weights), `discriminator.keras`;
#   `history.json` and `losses.png`: the losses.
#
# The checkpoint holds **every variable that defines where training stands**: the weights of both networks, the
# batch-norm moving averages, the moments and step counters of both Adam optimizers, the averaged generator, and the
# states of the random generators for the latent vectors and dropout. Together with a data pipeline whose order in
# epoch $e$ depends only on the seed and $e$, this makes a run resumed after an epoch **identical** to an uninterrupted
# one. It is written under a temporary name and then renamed, so a crash in the middle of writing leaves the previous
# checkpoint intact.

# %% [markdown] lang="ru"
# * `config.json` — настройки запуска (модель, размер батча, подвыборка, зерно, бюджет…);
# * `checkpoint.npz` — состояние обучения после последней эпохи;
# * `samples/epoch_NNN.png` — сетка каждой эпохи; `samples.png` — последняя, увеличенная; `training.gif`;
# * `generator.keras` (скользящее среднее весов), `generator_raw.keras` (сами обучаемые веса), `discriminator.keras`;
#   `history.json` и `losses.png` — потери.
#
# В контрольной точке хранятся **все переменные, которые определяют состояние обучения**: веса обеих сетей, скользящие
# средние батч-нормализации, моменты и счётчики шагов обоих оптимизаторов Adam, усреднённый генератор, а также
# состояния генераторов случайных чисел для латентных векторов и дропаута. Вместе с тем, что порядок данных в эпохе
# $e$ зависит только от зерна и $e$, это делает обучение, возобновлённое после эпохи, **в точности таким же**, как
# непрерывное. Файл сначала записывается под временным именем и только потом переименовывается, так что сбой посреди
# записи оставляет предыдущую контрольную точку целой.

# %% [markdown] lang="es"
# * `config.json`: la configuración de la ejecución (modelo, tamaño de lote, subconjunto, semilla, presupuesto…);
# * `checkpoint.npz`: el estado del entrenamiento tras la última época;
# * `samples/epoch_NNN.png`: la cuadrícula de cada época; `samples.png`: la última, ampliada; `training.gif`;
# * `generator.keras` (la media móvil), `generator_raw.keras` (los pesos entrenados), `discriminator.keras`;
#   `history.json` y `losses.png`: las pérdidas.
#
# El punto de control guarda **todas las variables que definen en qué punto está el entrenamiento**: los pesos de las
# dos redes, las medias móviles de la normalización por lotes, los momentos y contadores de pasos de los dos
# optimizadores Adam, el generador promediado y el estado de los generadores aleatorios de los vectores latentes y del
# *dropout*. Junto con una canalización de datos cuyo orden en la época $e$ depende solo de la semilla y de $e$, esto
# hace que una ejecución reanudada tras una época sea **idéntica** a una sin interrupciones. El archivo se escribe con
# un nombre temporal y después se renombra, de modo que un fallo a mitad de escritura deja intacto el punto de control
# anterior.

# %%
with np.load(RUN_DIR / "checkpoint.npz") as stored:
    names = stored.files
    meta = json.loads(stored["meta"].tobytes().decode())
print(say("variables", n=len(names) - 1))
print(say("meta", epoch=meta["epoch"], config={k: meta["config"][k] for k in ("model", "batch_size", "subset", "seed", "seconds")}))

# %% [markdown] lang="en"
# A training-time budget adds one caveat. The budget stops the run in the middle of an epoch (its last row in the
# history has fewer steps), and that shortened epoch counts as done: a larger budget resumes with the *next* epoch's
# order of the images. How many steps fit into a budget also depends on the machine's speed, so two runs with the same
# budget stop at different steps.
#
# `RUN_DIR` comes from `ganlib.colab.run_folder`. In Colab, with `USE_DRIVE = True`, it mounts your Google Drive (Colab
# asks for permission once) and puts the folder in `MyDrive/fashion-gan/runs/04_dcgan`; elsewhere it is
# `runs/04_dcgan` next to the notebook (or under `$GANLIB_RUNS_DIR`). Nothing in this notebook deletes it. After Colab
# disconnects, or after you interrupt the kernel, run the notebook again from the top: every training cell resumes its
# run, or loads it if it is finished.
#
# Now give the run `MORE_SECONDS` more seconds. So that the figures above stay those of the stored run, we continue a
# copy of its folder, `MORE_DIR`, made once. `train` finds the checkpoint there, says so, restores the state and goes
# on. Run the notebook again and it finds this run finished too:

# %% [markdown] lang="ru"
# Бюджет времени обучения добавляет одну оговорку. Бюджет останавливает обучение посреди эпохи (в её последней строке
# истории меньше шагов), и эта укороченная эпоха считается законченной: с бо́льшим бюджетом обучение продолжится со
# *следующей* эпохи и её порядка изображений. Кроме того, сколько шагов помещается в бюджет, зависит от скорости
# машины, поэтому два запуска с одинаковым бюджетом останавливаются на разных шагах.
#
# `RUN_DIR` возвращает функция `ganlib.colab.run_folder`. В Colab при `USE_DRIVE = True` она подключает ваш
# Google Диск (Colab один раз попросит разрешения) и кладёт папку в `MyDrive/fashion-gan/runs/04_dcgan`; в других местах это `runs/04_dcgan`
# рядом с блокнотом (или внутри `$GANLIB_RUNS_DIR`). Ничто в этом блокноте её не удаляет. Если Colab отключился или вы
# прервали выполнение (Kernel → Interrupt), запустите блокнот ещё раз сверху: каждая ячейка с обучением продолжит свой
# запуск, а законченный — просто загрузит.
#
# Теперь дадим запуску ещё `MORE_SECONDS` секунд. Чтобы рисунки выше оставались рисунками сохранённого запуска, мы
# продолжаем копию его папки, `MORE_DIR`, сделанную один раз. `train` находит в ней контрольную точку, сообщает об
# этом, восстанавливает состояние и обучает дальше. При повторном запуске блокнота и этот запуск окажется законченным:

# %% [markdown] lang="es"
# Un presupuesto de tiempo de entrenamiento añade un matiz. El presupuesto detiene la ejecución a mitad de una época
# (su última fila del historial tiene menos pasos), y esa época recortada cuenta como terminada: con un presupuesto
# mayor, el entrenamiento se reanuda con el orden de las imágenes de la época *siguiente*. Además, cuántos pasos caben
# en un presupuesto depende de la velocidad de la máquina, así que dos ejecuciones con el mismo presupuesto se detienen
# en pasos distintos.
#
# `RUN_DIR` sale de `ganlib.colab.run_folder`. En Colab, con `USE_DRIVE = True`, monta tu Google Drive (Colab pide
# permiso una vez) y pone la carpeta en `MyDrive/fashion-gan/runs/04_dcgan`; en otros sitios es `runs/04_dcgan`, junto
# al cuaderno (o dentro de `$GANLIB_RUNS_DIR`). Nada en este cuaderno la borra. Si Colab se desconecta o interrumpes el
# kernel de Jupyter (Kernel → Interrupt), vuelve a ejecutar el cuaderno desde arriba: cada celda de entrenamiento
# reanuda su ejecución o, si ya terminó, la carga.
#
# Ahora demos a la ejecución `MORE_SECONDS` segundos más. Para que las figuras de arriba sigan siendo las de la
# ejecución guardada, continuamos una copia de su carpeta, `MORE_DIR`, hecha una sola vez. `train` encuentra allí el
# punto de control, lo anuncia, restaura el estado y sigue entrenando. Si vuelves a ejecutar el cuaderno, también esta
# ejecución estará terminada:

# %%
MORE_DIR = RUN_DIR.with_name(f"{RUN_DIR.name}_{SECONDS}s_plus_{MORE_SECONDS}s")  # a copy of the run, continued
if not (MORE_DIR / "checkpoint.npz").exists():
    shutil.copytree(RUN_DIR, MORE_DIR, dirs_exist_ok=True)
more = train(recipes.config("dcgan", seconds=SECONDS + MORE_SECONDS, seed=SEED, subset=SUBSET), MORE_DIR, lang=LANG)
print(say("resumed", epoch=more.resumed_from, epochs=list(more.history["epoch"])))

# %% [markdown] lang="en"
# The history continues the stored one, and the grids of the earlier epochs are read back from the folder. Calling
# `train` with the same settings again trains nothing; if you call it with *different* settings on the same folder,
# it refuses, because the checkpoint would not fit them (`ganlib`'s error messages are in English):

# %% [markdown] lang="ru"
# История продолжает сохранённую, а сетки прошлых эпох считываются из папки. Повторный вызов `train` с теми же
# настройками ничего не обучает, а вызов с *другими* настройками с той же папкой отклоняется — контрольная точка им не
# соответствует (сообщения об ошибках `ganlib` — на английском):

# %% [markdown] lang="es"
# El historial continúa el guardado, y las cuadrículas de las épocas anteriores se leen de la carpeta. Volver a llamar
# a `train` con la misma configuración no entrena nada; y si se la llama con una configuración *distinta* sobre la
# misma carpeta, se niega, porque el punto de control no encajaría (los mensajes de error de `ganlib` están en
# inglés):

# %%
again = train(recipes.config("dcgan", seconds=SECONDS + MORE_SECONDS, seed=SEED, subset=SUBSET), MORE_DIR, lang=LANG)
try:
    train(recipes.config("dcgan", seconds=SECONDS, seed=SEED, subset=SUBSET, batch_size=128), RUN_DIR, lang=LANG)
except ValueError as error:
    print(say("refused"), error)

# %%
ax = plot_losses(more.history, LANG)
ax.axvline(len(result.history["epoch"]) + 0.5, color="gray", ls=":")  # where the second call took over
show_run_folder(MORE_DIR)

# %% [markdown] lang="en"
# ## 7. Saving and loading the generator
#
# `train` saved the networks in Keras' native **`.keras` format**: a zip archive with the architecture as JSON and the
# weights in HDF5.

# %% [markdown] lang="ru"
# ## 7. Сохранение и загрузка генератора
#
# `train` сохранила сети в родном формате Keras — **`.keras`**: это zip-архив, в котором архитектура записана в
# JSON, а веса — в HDF5.

# %% [markdown] lang="es"
# ## 7. Guardar y cargar el generador
#
# `train` guardó las redes en el formato nativo de Keras, **`.keras`**: un archivo zip con la arquitectura en JSON y
# los pesos en HDF5.

# %%
with zipfile.ZipFile(RUN_DIR / "generator.keras") as archive:
    print(sorted(archive.namelist()))

# %% [markdown] lang="en"
# `ganlib.train.load_generator(run_dir)` loads it with `keras.models.load_model(path, safe_mode=True, compile=False)`.
# **`safe_mode=True`** refuses to deserialize arbitrary Python code, such as the bytecode of a `Lambda` layer, so
# opening a `.keras` file from someone else cannot run code on your machine; our networks use only built-in layers and
# load fine. `compile=False` skips the optimizer, which a generator used for sampling does not need.
# (`load_generator(run_dir, raw=True)` loads `generator_raw.keras`; to save a model of your own,
# `ganlib.train.save_model(model, "file.keras")` writes it atomically.)
#
# The loaded generator must produce exactly the images of the one in memory:

# %% [markdown] lang="ru"
# `ganlib.train.load_generator(run_dir)` загружает его через `keras.models.load_model(path, safe_mode=True,
# compile=False)`. **`safe_mode=True`** запрещает десериализацию произвольного кода на Python — например, байт-кода слоя
# `Lambda`, — так что чужой файл `.keras` не сможет выполнить код на вашей машине; наши сети состоят только из
# встроенных слоёв и загружаются без проблем. `compile=False` пропускает оптимизатор: генератору, который только
# рисует изображения, он не нужен. (`load_generator(run_dir, raw=True)` загружает `generator_raw.keras`; свою модель
# можно сохранить атомарно через `ganlib.train.save_model(model, "file.keras")`.)
#
# Загруженный генератор должен выдавать ровно те же изображения, что и генератор в памяти:

# %% [markdown] lang="es"
# `ganlib.train.load_generator(run_dir)` lo carga con `keras.models.load_model(path, safe_mode=True, compile=False)`.
# **`safe_mode=True`** se niega a deserializar código Python arbitrario, como el *bytecode* de una capa `Lambda`, de modo
# que abrir un archivo `.keras` ajeno no puede ejecutar código en tu máquina; nuestras redes solo usan capas
# predefinidas y se cargan sin problemas. `compile=False` omite el optimizador, que un generador usado para muestrear
# no necesita. (`load_generator(run_dir, raw=True)` carga `generator_raw.keras`; para guardar un modelo propio,
# `ganlib.train.save_model(model, "archivo.keras")` lo escribe de forma atómica.)
#
# El generador cargado debe producir exactamente las mismas imágenes que el que está en memoria:

# %%
loaded = load_generator(RUN_DIR)
in_memory = generate(sampler, n=32, seed=SEED)
from_file = generate(loaded, n=32, seed=SEED)
difference = float(np.abs(in_memory - from_file).max())
print(say("same_images", same=say("yes") if difference == 0.0 else say("no"), diff=difference))

fig, (ax_file, ax_new) = plt.subplots(1, 2, figsize=(10, 3.4))
show_images(from_file, ncols=8, title=say("loaded", path=RUN_DIR.name + "/generator.keras"), ax=ax_file)
show_images(generate(loaded, n=32, seed=2024), ncols=8, title=say("new_seed", seed="2024"), ax=ax_new)
fig.tight_layout()

# %% [markdown] lang="en"
# ## Summary
#
# * A **transposed convolution** with stride $s$ stamps a scaled copy of its kernel for every input value, $s$ pixels
#   apart, and sums the overlaps: it multiplies the resolution by $s$. It equals an ordinary convolution of the input
#   with $s - 1$ zeros between its values and $k - 1$ on each side, with the kernel flipped. When the kernel size is
#   not divisible by the stride, neighbouring outputs get different numbers of taps, the cause of **checkerboard
#   artefacts**.
# * **Batch normalization** standardizes each channel with the batch statistics in training and the moving averages
#   in inference; it makes a bias right before it useless. **LeakyReLU** keeps a gradient for negative inputs.
# * The DCGAN paper's guidelines: strided convolutions, batch normalization in both networks, no hidden dense layers,
#   ReLU in G and LeakyReLU 0.2 in D, $\mathcal{N}(0, 0.02^2)$ weights, Adam $2 \cdot 10^{-4}$ with $\beta_1 = 0.5$.
#   The TensorFlow tutorial's network, written out above as `build_dcgan`, departs from them (LeakyReLU in G, dropout
#   instead of batch normalization in D); notebook 5 goes largely back to the paper.
# * `ganlib.recipes.config("dcgan")` trains it with batches of 64, the paper's Adam settings and a moving average of
#   the generator's weights; `seconds` sets a training-time budget. The stored run's metrics are printed next to its
#   samples, together with those of the shipped DCGAN and what it cost.
# * `train(config, run_dir)` writes a checkpoint and a sample grid every epoch, then the networks, the losses and a
#   GIF. Calling it again on the same folder **resumes in exactly the same place**; a finished run is only loaded;
#   different settings are refused. `ganlib.colab.run_folder` puts the folder on Google Drive in Colab.
# * Generators are saved in the `.keras` format and loaded with `load_generator`, in `safe_mode=True`.
#
# ## Exercises
#
# 1. **Taps.** Print the tap counts of a transposed convolution with kernel 6 and stride 3, and with kernel 2 and
#    stride 2. Which combinations of kernel size and stride are free of the pattern?
#
#    <details><summary>Solution</summary>
#
#    ```python
#    ones = np.ones((1, 8, 1), np.float32)
#    for k, s in ((6, 3), (2, 2)):
#        counts = layers.Conv1DTranspose(1, k, strides=s, padding="same", use_bias=False, kernel_initializer="ones")(ones)
#        print(f"k={k}, s={s}:", np.asarray(counts)[0, :, 0].astype(int))
#    ```
#
#    Kernel 6, stride 3 gives 2 taps everywhere except a pixel or two at each border, where the
#    kernel is cut off; kernel 2, stride 2 gives 1 tap everywhere.
#    Away from the borders the pattern disappears exactly when the kernel size is a multiple of the
#    stride: every output then receives $k / s$ taps. (Section 1 explains why that is not the whole story.)
#
#    </details>
#
# 2. **Longer training.** Set `SECONDS = 900` (the GPU preset of the parameters cell) and run the notebook again from
#    the top. What does the training cell do with the stored run? How do FID, recall and the grid change?
#
#    <details><summary>Solution</summary>
#
#    The run folder's settings are the same except for the budget, so `train` resumes the stored run and trains only
#    the missing 660 seconds (11 more minutes on two CPU cores; on a GPU the same budget holds many more steps, not
#    measured here). `MORE_DIR` gets a new name, because it contains `SECONDS`. Expect the FID to keep falling: the
#    README's "Quality on the clock" table measured this recipe on two CPU cores at 24.7 after 120 s, 17.9 after
#    180 s and 13.8 after 300 s (one seed); beyond 300 s we have no measurement, and your figures depend on the seed
#    and on how many steps your machine fits into the budget.
#
#    </details>
#
# 3. **Interrupt and resume.** Start a run, interrupt the kernel (Kernel → Interrupt) in the middle of an epoch, and
#    run the cell again. From which epoch does it resume? Is the result the same as that of an uninterrupted run?
#
#    <details><summary>Solution</summary>
#
#    It resumes at the epoch after the last checkpoint: the interrupted epoch is trained again from its start. To
#    compare exactly, limit the runs by epochs rather than by seconds (a budget stops at a step that depends on the
#    machine's speed):
#
#    ```python
#    exact = recipes.config("dcgan", seconds=None, epochs=2, subset=5000, seed=SEED)
#    a = train(exact, RUN_DIR.with_name("04_exercise_a"), lang=LANG)  # interrupt this one during epoch 2, run it again
#    b = train(exact, RUN_DIR.with_name("04_exercise_b"), lang=LANG)  # uninterrupted
#    print(a.history["d_loss"] == b.history["d_loss"], a.history["g_loss"] == b.history["g_loss"])
#    ```
#
#    On the same machine both should be `True` (`ganlib`'s tests check that a resumed run ends bit for bit like an
#    uninterrupted one); only the timing columns (`epoch_s`, `train_s`, `images_per_s`) differ.
#
#    </details>
#
# 4. **Without batch normalization.** Copy the `build_dcgan` cell of section 3, rename the function
#    `build_dcgan_no_bn`, delete the generator's three `BatchNormalization` layers, and train it for one epoch. How
#    do its samples and FID compare with a DCGAN trained the same way?
#
#    <details><summary>Solution</summary>
#
#    `train` only knows `ganlib`'s models, so train the pair with `ganlib.train.GAN` directly:
#
#    ```python
#    from ganlib.data import make_dataset
#    from ganlib.train import GAN
#
#    def one_epoch(build):
#        keras.utils.set_random_seed(SEED)
#        gan = GAN(*build(), seed=SEED)
#        gan.compile()  # Adam 2e-4, beta_1 0.5 for both networks
#        gan.fit(make_dataset(x_train, 64, seed=SEED), epochs=1, steps_per_epoch=len(x_train) // 64, verbose=0)
#        return gan.generator
#
#    for build in (build_dcgan, build_dcgan_no_bn):
#        print(build.__name__, evaluate(one_epoch(build), n=N_EVAL, seed=SEED).summary(LANG))
#    ```
#
#    Each epoch takes about a minute and a half on two CPU cores. Radford et al. report that without batch
#    normalization their generator tended to collapse all samples to a single point; with a small network and one
#    epoch the difference may be smaller, so judge by the printed FID, classes covered and recall, and by the
#    samples (`show_images(generate(generator, n=64))`). The outcome depends on the seed.
#
#    </details>
#
# 5. **Another seed.** Load the generator with `load_generator(RUN_DIR)` in a fresh session and generate 100 images
#    with a seed of your choice; save them as one PNG grid.
#
#    <details><summary>Solution</summary>
#
#    ```python
#    from ganlib.colab import run_folder
#    from ganlib.images import grid, save_png
#    from ganlib.sampling import generate
#    from ganlib.train import load_generator
#
#    generator = load_generator(run_folder("04_dcgan"))
#    save_png(grid(generate(generator, n=100, seed=7)), "mine.png", scale=2)
#    ```
#
#    The same seed always gives the same 100 images (the generator runs in inference mode); another seed gives others.
#
#    </details>

# %% [markdown] lang="ru"
# ## Итоги
#
# * **Транспонированная свёртка** с шагом $s$ отпечатывает для каждого входного значения масштабированную копию ядра,
#   через $s$ пикселей, и складывает перекрытия: разрешение растёт в $s$ раз. Она равна обычной свёртке входа, в
#   который вставлено по $s - 1$ нулей между значениями и по $k - 1$ нулей с краёв, с развёрнутым ядром. Если размер
#   ядра не делится на шаг, соседние пиксели получают разное число вкладов — отсюда **артефакты «шахматной доски»**.
# * **Батч-нормализация** стандартизирует каждый канал: при обучении — по статистикам батча, при инференсе — по
#   скользящим средним; смещение прямо перед ней бесполезно. **LeakyReLU** сохраняет градиент для отрицательных входов.
# * Правила статьи о DCGAN: свёртки с шагом, батч-нормализация в обеих сетях, никаких скрытых полносвязных слоёв, ReLU
#   в G и LeakyReLU 0,2 в D, веса из $\mathcal{N}(0,\, 0{,}02^2)$, Adam $2 \cdot 10^{-4}$ с $\beta_1 = 0{,}5$. Сеть из
#   руководства TensorFlow, выписанная выше как `build_dcgan`, от них отступает (LeakyReLU в G, дропаут вместо
#   батч-нормализации в D); блокнот 5 во многом возвращается к статье.
# * `ganlib.recipes.config("dcgan")` обучает её батчами по 64, с настройками Adam из статьи и скользящим средним весов
#   генератора; `seconds` задаёт бюджет времени обучения. Метрики сохранённого запуска напечатаны рядом с его
#   изображениями — вместе с метриками предобученной DCGAN и тем, во что она обошлась.
# * `train(config, run_dir)` после каждой эпохи записывает контрольную точку и сетку изображений, а в конце — сети,
#   потери и GIF. Повторный вызов с той же папкой **продолжает обучение в точности с того же места**; законченный
#   запуск только загружается; другие настройки отклоняются. `ganlib.colab.run_folder` кладёт папку в Colab на
#   Google Диск.
# * Генераторы сохраняются в формате `.keras` и загружаются функцией `load_generator` в режиме `safe_mode=True`.
#
# ## Упражнения
#
# 1. **Вклады.** Выведите число вкладов для транспонированной свёртки с ядром 6 и шагом 3 и с ядром 2 и шагом 2. При
#    каких сочетаниях размера ядра и шага узора нет?
#
#    <details><summary>Решение</summary>
#
#    ```python
#    ones = np.ones((1, 8, 1), np.float32)
#    for k, s in ((6, 3), (2, 2)):
#        counts = layers.Conv1DTranspose(1, k, strides=s, padding="same", use_bias=False, kernel_initializer="ones")(ones)
#        print(f"k={k}, s={s}:", np.asarray(counts)[0, :, 0].astype(int))
#    ```
#
#    Ядро 6 с шагом 3 даёт по 2 вклада везде, кроме одного-двух пикселей у каждого края, где ядро
#    обрезано; ядро 2 с шагом 2 — по 1 вкладу везде.
#    Вдали от краёв узор исчезает ровно тогда, когда размер ядра кратен шагу: каждый выходной пиксель получает
#    тогда $k / s$ вкладов. (Почему это ещё не всё, объяснено в разделе 1.)
#
#    </details>
#
# 2. **Долгое обучение.** Поставьте `SECONDS = 900` (вариант для GPU из ячейки параметров) и снова запустите блокнот
#    сверху. Что ячейка с обучением сделает с сохранённым запуском? Как изменятся FID, полнота и сетка?
#
#    <details><summary>Решение</summary>
#
#    Настройки в папке запуска совпадают во всём, кроме бюджета, поэтому `train` продолжит сохранённый запуск и
#    обучит только недостающие 660 секунд (ещё 11 минут на двух ядрах CPU; на GPU в тот же бюджет помещается гораздо
#    больше шагов — здесь это не измерено). У `MORE_DIR` будет новое имя, потому что в него входит `SECONDS`. FID
#    должна и дальше падать: таблица «Quality on the clock» в README показывает для этого рецепта на двух ядрах CPU
#    24,7 через 120 с, 17,9 через 180 с и 13,8 через 300 с (один запуск); дальше 300 с замеров нет, а ваши числа
#    зависят от зерна и от того, сколько шагов ваша машина успевает сделать за бюджет.
#
#    </details>
#
# 3. **Прервать и продолжить.** Запустите обучение, прервите выполнение (Kernel → Interrupt) посреди эпохи и
#    запустите ячейку снова. С какой эпохи продолжится обучение? Совпадёт ли результат с непрерывным запуском?
#
#    <details><summary>Решение</summary>
#
#    Обучение продолжится с эпохи, следующей за последней контрольной точкой: прерванная эпоха обучается заново с
#    начала. Чтобы сравнить точно, ограничьте запуски числом эпох, а не секундами (бюджет останавливает обучение на
#    шаге, который зависит от скорости машины):
#
#    ```python
#    exact = recipes.config("dcgan", seconds=None, epochs=2, subset=5000, seed=SEED)
#    a = train(exact, RUN_DIR.with_name("04_exercise_a"), lang=LANG)  # этот прервите во время эпохи 2 и запустите снова
#    b = train(exact, RUN_DIR.with_name("04_exercise_b"), lang=LANG)  # без прерываний
#    print(a.history["d_loss"] == b.history["d_loss"], a.history["g_loss"] == b.history["g_loss"])
#    ```
#
#    На одной и той же машине оба значения должны быть `True` (тесты `ganlib` проверяют, что возобновлённый запуск
#    заканчивается бит в бит так же, как непрерывный); различаются только столбцы времени (`epoch_s`, `train_s`,
#    `images_per_s`).
#
#    </details>
#
# 4. **Без батч-нормализации.** Скопируйте ячейку с `build_dcgan` из раздела 3, назовите функцию
#    `build_dcgan_no_bn`, удалите из генератора три слоя `BatchNormalization` и обучите её одну эпоху. Как её
#    изображения и FID выглядят рядом с DCGAN, обученной так же?
#
#    <details><summary>Решение</summary>
#
#    `train` знает только модели `ganlib`, поэтому обучите пару напрямую через `ganlib.train.GAN`:
#
#    ```python
#    from ganlib.data import make_dataset
#    from ganlib.train import GAN
#
#    def one_epoch(build):
#        keras.utils.set_random_seed(SEED)
#        gan = GAN(*build(), seed=SEED)
#        gan.compile()  # Adam 2e-4, beta_1 0.5 для обеих сетей
#        gan.fit(make_dataset(x_train, 64, seed=SEED), epochs=1, steps_per_epoch=len(x_train) // 64, verbose=0)
#        return gan.generator
#
#    for build in (build_dcgan, build_dcgan_no_bn):
#        print(build.__name__, evaluate(one_epoch(build), n=N_EVAL, seed=SEED).summary(LANG))
#    ```
#
#    Каждая эпоха занимает около полутора минут на двух ядрах CPU. Radford et al. пишут, что без батч-нормализации их
#    генератор норовил схлопнуть все изображения в одну точку; у небольшой сети за одну эпоху разница может оказаться
#    меньше, поэтому судите по напечатанным FID, числу покрытых классов и полноте, а также по самим изображениям
#    (`show_images(generate(generator, n=64))`). Результат зависит от зерна.
#
#    </details>
#
# 5. **Другое зерно.** В новой сессии загрузите генератор через `load_generator(RUN_DIR)` и сгенерируйте 100
#    изображений с любым зерном; сохраните их одной сеткой в PNG.
#
#    <details><summary>Решение</summary>
#
#    ```python
#    from ganlib.colab import run_folder
#    from ganlib.images import grid, save_png
#    from ganlib.sampling import generate
#    from ganlib.train import load_generator
#
#    generator = load_generator(run_folder("04_dcgan"))
#    save_png(grid(generate(generator, n=100, seed=7)), "mine.png", scale=2)
#    ```
#
#    Одно и то же зерно всегда даёт те же 100 изображений (генератор работает в режиме инференса); другое зерно —
#    другие.
#
#    </details>

# %% [markdown] lang="es"
# ## Resumen
#
# * Una **convolución traspuesta** con paso $s$ estampa una copia escalada de su núcleo por cada valor de entrada, con
#   las copias separadas $s$ píxeles, y suma los solapamientos: multiplica la resolución por $s$. Equivale a una
#   convolución normal de la entrada con $s - 1$ ceros intercalados entre sus valores y $k - 1$ a cada lado, con el
#   núcleo invertido. Si el tamaño del núcleo no es divisible entre el paso, salidas vecinas reciben un número distinto
#   de contribuciones, y de ahí los **artefactos de tablero de ajedrez**.
# * La **normalización por lotes** estandariza cada canal con las estadísticas del lote al entrenar y con las medias
#   móviles en inferencia; hace inútil un sesgo justo antes de ella. **LeakyReLU** conserva el gradiente para entradas
#   negativas.
# * Las pautas del artículo de DCGAN: convoluciones con paso, normalización por lotes en las dos redes, ninguna capa
#   oculta densa, ReLU en G y LeakyReLU 0,2 en D, pesos de $\mathcal{N}(0,\, 0{,}02^2)$, Adam $2 \cdot 10^{-4}$ con
#   $\beta_1 = 0{,}5$. La red del tutorial de TensorFlow, escrita arriba como `build_dcgan`, se aparta de ellas
#   (LeakyReLU en G, *dropout* en lugar de normalización por lotes en D); el cuaderno 5 vuelve en buena parte al
#   artículo.
# * `ganlib.recipes.config("dcgan")` la entrena en lotes de 64, con los ajustes de Adam del artículo y una media móvil
#   de los pesos del generador; `seconds` fija un presupuesto de tiempo de entrenamiento. Las métricas de la ejecución
#   guardada se imprimen junto a sus muestras, con las de la DCGAN preentrenada y lo que costó.
# * `train(config, run_dir)` escribe un punto de control y una cuadrícula de muestras en cada época y, al final, las
#   redes, las pérdidas y un GIF. Llamarla de nuevo con la misma carpeta **reanuda exactamente donde se quedó**; una
#   ejecución terminada solo se carga; una configuración distinta se rechaza. `ganlib.colab.run_folder` pone la carpeta
#   en Google Drive cuando se trabaja en Colab.
# * Los generadores se guardan en formato `.keras` y se cargan con `load_generator`, con `safe_mode=True`.
#
# ## Ejercicios
#
# 1. **Contribuciones.** Imprime el número de contribuciones de una convolución traspuesta con núcleo 6 y paso 3, y con
#    núcleo 2 y paso 2. ¿Qué combinaciones de tamaño de núcleo y paso no tienen patrón?
#
#    <details><summary>Solución</summary>
#
#    ```python
#    ones = np.ones((1, 8, 1), np.float32)
#    for k, s in ((6, 3), (2, 2)):
#        counts = layers.Conv1DTranspose(1, k, strides=s, padding="same", use_bias=False, kernel_initializer="ones")(ones)
#        print(f"k={k}, s={s}:", np.asarray(counts)[0, :, 0].astype(int))
#    ```
#
#    El núcleo 6 con paso 3 da 2 contribuciones en todas partes salvo en uno o dos píxeles de cada
#    borde, donde el núcleo queda cortado; el núcleo 2 con paso 2 da 1 contribución en todas partes.
#    Lejos de los bordes, el patrón desaparece justo cuando el tamaño del núcleo
#    es múltiplo del paso: cada salida recibe entonces $k / s$ contribuciones. (La sección 1 explica por qué eso no lo
#    es todo.)
#
#    </details>
#
# 2. **Entrenamiento largo.** Pon `SECONDS = 900` (la configuración para GPU de la celda de parámetros) y vuelve a
#    ejecutar el cuaderno desde arriba. ¿Qué hace la celda de entrenamiento con la ejecución guardada? ¿Cómo cambian la
#    FID, la exhaustividad y la cuadrícula?
#
#    <details><summary>Solución</summary>
#
#    La configuración de la carpeta coincide salvo en el presupuesto, así que `train` reanuda la ejecución guardada y
#    entrena solo los 660 segundos que faltan (11 minutos más con dos núcleos de CPU; en una GPU caben muchos más pasos
#    en el mismo presupuesto, algo que aquí no hemos medido). `MORE_DIR` recibe un nombre nuevo, porque contiene
#    `SECONDS`. Cabe esperar que la FID siga bajando: la tabla «Quality on the clock» del README midió esta receta con
#    dos núcleos de CPU en 24,7 tras 120 s, 17,9 tras 180 s y 13,8 tras 300 s (una sola semilla); más allá de 300 s no
#    hay medidas, y tus cifras dependen de la semilla y de cuántos pasos quepan en el presupuesto en tu máquina.
#
#    </details>
#
# 3. **Interrumpir y reanudar.** Lanza una ejecución, interrumpe el kernel de Jupyter (Kernel → Interrupt) a mitad de
#    una época y vuelve a ejecutar la celda. ¿Desde qué época se reanuda? ¿El resultado es el mismo que sin
#    interrupciones?
#
#    <details><summary>Solución</summary>
#
#    Se reanuda en la época siguiente al último punto de control: la época interrumpida se entrena de nuevo desde el
#    principio. Para comparar con exactitud, limita las ejecuciones por épocas y no por segundos (un presupuesto se
#    detiene en un paso que depende de la velocidad de la máquina):
#
#    ```python
#    exact = recipes.config("dcgan", seconds=None, epochs=2, subset=5000, seed=SEED)
#    a = train(exact, RUN_DIR.with_name("04_exercise_a"), lang=LANG)  # interrúmpela en la época 2 y vuelve a lanzarla
#    b = train(exact, RUN_DIR.with_name("04_exercise_b"), lang=LANG)  # sin interrupciones
#    print(a.history["d_loss"] == b.history["d_loss"], a.history["g_loss"] == b.history["g_loss"])
#    ```
#
#    En la misma máquina, los dos valores deberían ser `True` (las pruebas de `ganlib` comprueban que una ejecución
#    reanudada termina bit a bit igual que una sin interrupciones); solo cambian las columnas de tiempo (`epoch_s`,
#    `train_s`, `images_per_s`).
#
#    </details>
#
# 4. **Sin normalización por lotes.** Copia la celda de `build_dcgan` de la sección 3, cambia el nombre de la función
#    a `build_dcgan_no_bn`, borra las tres capas `BatchNormalization` del generador y entrénala durante una época.
#    ¿Cómo quedan sus muestras y su FID frente a una DCGAN entrenada igual?
#
#    <details><summary>Solución</summary>
#
#    `train` solo conoce los modelos de `ganlib`, así que entrena la pareja directamente con `ganlib.train.GAN`:
#
#    ```python
#    from ganlib.data import make_dataset
#    from ganlib.train import GAN
#
#    def one_epoch(build):
#        keras.utils.set_random_seed(SEED)
#        gan = GAN(*build(), seed=SEED)
#        gan.compile()  # Adam 2e-4, beta_1 0.5 para las dos redes
#        gan.fit(make_dataset(x_train, 64, seed=SEED), epochs=1, steps_per_epoch=len(x_train) // 64, verbose=0)
#        return gan.generator
#
#    for build in (build_dcgan, build_dcgan_no_bn):
#        print(build.__name__, evaluate(one_epoch(build), n=N_EVAL, seed=SEED).summary(LANG))
#    ```
#
#    Cada época lleva cerca de minuto y medio con dos núcleos de CPU. Radford et al. cuentan que, sin normalización por
#    lotes, su generador tendía a colapsar todas las muestras en un único punto; con una red pequeña y una sola época la
#    diferencia puede ser menor, así que juzga por la FID, las clases cubiertas y la exhaustividad impresas, y por las
#    propias muestras (`show_images(generate(generator, n=64))`). El resultado depende de la semilla.
#
#    </details>
#
# 5. **Otra semilla.** En una sesión nueva, carga el generador con `load_generator(RUN_DIR)` y genera 100 imágenes con
#    la semilla que quieras; guárdalas en una sola cuadrícula PNG.
#
#    <details><summary>Solución</summary>
#
#    ```python
#    from ganlib.colab import run_folder
#    from ganlib.images import grid, save_png
#    from ganlib.sampling import generate
#    from ganlib.train import load_generator
#
#    generator = load_generator(run_folder("04_dcgan"))
#    save_png(grid(generate(generator, n=100, seed=7)), "mias.png", scale=2)
#    ```
#
#    La misma semilla da siempre las mismas 100 imágenes (el generador funciona en modo de inferencia); otra semilla da
#    otras.
#
#    </details>
