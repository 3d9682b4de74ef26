# %% [markdown] lang="en"
# # 3 · Vanilla GAN
#
# *Two multilayer perceptrons play the GAN game: both networks and the training step written out line by line with `tf.GradientTape`, then the same step inside `ganlib`, trained for a fixed time and measured.* · ⏱ ~4 min on a 2-core CPU · GPU: not measured yet
#
# {{badges}}

# %% [markdown] lang="ru"
# # 3 · Классическая GAN
#
# *Два многослойных перцептрона играют в игру GAN: обе сети и шаг обучения, расписанные построчно на `tf.GradientTape`, а затем тот же шаг внутри `ganlib` — с обучением фиксированной длительности и замером качества.* · ⏱ ~4 мин на CPU с 2 ядрами · GPU: ещё не измерено
#
# {{badges}}

# %% [markdown] lang="es"
# # 3 · GAN clásica
#
# *Dos perceptrones multicapa se enfrentan en el juego de las GAN: las dos redes y el paso de entrenamiento escritos línea a línea con `tf.GradientTape` y, después, el mismo paso dentro de `ganlib`, entrenado durante un tiempo fijo y medido.* · ⏱ ~4 min en una CPU de 2 núcleos · GPU: aún sin medir
#
# {{badges}}

# %% tags=["parameters"] smoke={"STEPS": 5, "SECONDS": 3, "SUBSET": 512, "N_EVAL": 500}
LANG = "en"  # language of figures and labels: "en", "ru" or "es"
STEPS = 500  # steps of the hand-written training loop
SECONDS = 150  # training-time budget of ganlib.train.train, in seconds
BATCH_SIZE = 64  # images per step of the hand-written loop (the "vanilla" recipe uses 64 too)
SUBSET = None  # training images used (None: all 60,000)
N_EVAL = 10_000  # generated images scored by ganlib.metrics.evaluate
SEED = 0  # random seed
USE_DRIVE = True  # in Colab, keep runs on Google Drive: they survive a disconnect and resume

# %% [markdown] lang="en"
# This notebook builds the simplest GAN that works, fully connected networks on both sides, **in the spirit of**
# Goodfellow et al. (2014). (Their own networks differ in detail: a generator of ReLU and sigmoid units and a
# *maxout* discriminator with dropout. The 256-512-1024 LeakyReLU/tanh perceptrons used here are a later, widely
# shared community version.) We train it twice:
#
# 1. with a training loop **written out by hand**, so that every line of the algorithm is in front of you;
# 2. with `ganlib.train.train`, which packs **exactly the same step** into `keras.Model.train_step` and lets
#    `fit()` do the bookkeeping, for a budget of `SECONDS` seconds of training.
#
# Then we measure what we got, compare it with the vanilla generator that ships with `ganlib` (trained longer),
# and look at what this GAN gets wrong, which is the motivation for the convolutional DCGAN of the next notebook.
#
# The parameters cell sets the budget: `STEPS` for the hand-written loop, `SECONDS` of training for `train`. The
# defaults take about four minutes on a 2-core CPU. A larger `SECONDS` gives better pictures, and re-running the
# training cell with it continues the stored run instead of starting over.

# %% [markdown] lang="ru"
# В этом блокноте мы соберём самую простую работающую GAN — с полносвязными сетями с обеих сторон, **в духе**
# статьи Goodfellow et al. (2014). (Сети из самой статьи отличаются в деталях: генератор из ReLU- и сигмоидных
# нейронов и дискриминатор из нейронов *maxout* с дропаутом. Перцептроны 256–512–1024 с LeakyReLU и $\tanh$,
# которые мы используем, — более поздний вариант, широко распространённый в сообществе.) Обучим её дважды:
#
# 1. **собственным циклом обучения**, где каждая строка алгоритма на виду;
# 2. функцией `ganlib.train.train`, которая упаковывает **ровно тот же шаг** в `keras.Model.train_step`, а всю
#    рутину отдаёт `fit()`; обучение длится `SECONDS` секунд.
#
# Затем измерим, что получилось, сравним результат с классическим генератором, который поставляется с `ganlib`
# (его обучали дольше), и разберём, что у такой GAN получается плохо, — отсюда и возникнет свёрточная DCGAN из
# следующего блокнота.
#
# Бюджет задаёт ячейка параметров: `STEPS` — число шагов ручного цикла, `SECONDS` — секунды обучения в `train`. Со
# значениями по умолчанию блокнот отрабатывает на CPU с 2 ядрами примерно за четыре минуты. Чем больше `SECONDS`,
# тем лучше картинки; если перезапустить ячейку обучения с бо́льшим значением, сохранённый запуск продолжится, а не
# начнётся заново.

# %% [markdown] lang="es"
# En este cuaderno montamos la GAN más sencilla que funciona, con redes densas en ambos lados, **al estilo**
# de Goodfellow et al. (2014). (Sus redes difieren en los detalles: un generador con unidades ReLU y sigmoides y un
# discriminador *maxout* con *dropout*. Los perceptrones 256-512-1024 con LeakyReLU y $\tanh$ que usamos aquí son
# una versión posterior, muy extendida en la comunidad.) La entrenamos dos veces:
#
# 1. con un bucle de entrenamiento **escrito a mano**, para tener delante cada línea del algoritmo;
# 2. con `ganlib.train.train`, que empaqueta **exactamente el mismo paso** en `keras.Model.train_step` y deja el
#    resto del trabajo a `fit()`, durante un presupuesto de `SECONDS` segundos de entrenamiento.
#
# Después medimos lo que hemos obtenido, lo comparamos con el generador clásico que viene con `ganlib` (entrenado
# más tiempo) y vemos qué hace mal esta GAN, de donde sale la motivación de la DCGAN convolucional del próximo
# cuaderno.
#
# La celda de parámetros fija el presupuesto: `STEPS` pasos para el bucle escrito a mano y `SECONDS` segundos de
# entrenamiento para `train`. Con los valores por defecto el cuaderno tarda unos cuatro minutos en una CPU de
# 2 núcleos. Un `SECONDS` mayor da mejores imágenes, y volver a ejecutar la celda de entrenamiento con él continúa
# la ejecución guardada en lugar de empezar de cero.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import inspect
import time

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from keras import layers

from ganlib import pretrained, recipes
from ganlib.colab import run_folder
from ganlib.data import load_fashion_mnist, make_dataset, subset, to_uint8
from ganlib.i18n import CLASS_NAMES, class_names, fmt, label, notebook_texts
from ganlib.metrics import evaluate
from ganlib.models import IMAGE_SHAPE, LATENT_DIM
from ganlib.plots import plot_discriminator_outputs, plot_losses, show_images
from ganlib.sampling import generate
from ganlib.train import GAN, load_generator, train, train_seconds

say = notebook_texts("03", LANG)  # every sentence this notebook prints, in LANG (ganlib/i18n/nb03.py)
keras.utils.set_random_seed(SEED)
(x_train, _), _ = load_fashion_mnist()
images, _ = subset(x_train, None, SUBSET, seed=SEED)
print(say("n_images", n=len(images)))

# %% [markdown] lang="en"
# ## 1. Two perceptrons
#
# **Generator** $G$. A latent vector $z \in \mathbb{R}^{100}$, $z \sim \mathcal{N}(0, I)$, goes through three dense
# layers of 256, 512 and 1024 units with LeakyReLU activations, $f(x) = \max(0.2x, x)$, and a last dense layer of
# $28 \cdot 28 = 784$ units with $\tanh$, reshaped into a $28 \times 28 \times 1$ image. The $\tanh$ puts every pixel
# in $[-1, 1]$, the range the real images were scaled to.
#
# **Discriminator** $D$. The image is flattened into 784 numbers and goes through dense layers of 512 and 256 units
# (LeakyReLU, dropout 0.3, which keeps $D$ from memorising the training images) down to **one number, a logit**
# $\ell$. There is no sigmoid at the end: $D(x) = \sigma(\ell) = 1 / (1 + e^{-\ell})$ is the probability that $x$
# is real, and the loss applies the sigmoid itself (`from_logits=True`), which is numerically safer than taking the
# logarithm of a sigmoid that has rounded to 0 or 1.
#
# In Keras, each network is a `keras.Sequential` stack:

# %% [markdown] lang="ru"
# ## 1. Два перцептрона
#
# **Генератор** $G$. Латентный вектор $z \in \mathbb{R}^{100}$, $z \sim \mathcal{N}(0, I)$, проходит через три
# полносвязных слоя на 256, 512 и 1024 нейрона с активацией LeakyReLU, $f(x) = \max(0{,}2x, x)$, и последний
# полносвязный слой на $28 \cdot 28 = 784$ нейрона с $\tanh$; результат превращается в изображение
# $28 \times 28 \times 1$. Благодаря $\tanh$ каждый пиксель лежит в $[-1, 1]$ — в том же диапазоне, куда мы
# отмасштабировали настоящие изображения.
#
# **Дискриминатор** $D$. Изображение вытягивается в вектор из 784 чисел и проходит через полносвязные слои на 512 и
# 256 нейронов (LeakyReLU и дропаут 0,3, чтобы $D$ не запоминал обучающие изображения) до **одного числа — логита**
# $\ell$. Сигмоиды на выходе нет: $D(x) = \sigma(\ell) = 1 / (1 + e^{-\ell})$ — это вероятность того, что $x$
# настоящее, а сигмоиду применяет сама функция потерь (`from_logits=True`). Так вычисления устойчивее: не приходится
# брать логарифм от сигмоиды, которая округлилась до 0 или 1.
#
# В Keras каждая сеть — это стопка слоёв `keras.Sequential`:

# %% [markdown] lang="es"
# ## 1. Dos perceptrones
#
# **Generador** $G$. Un vector latente $z \in \mathbb{R}^{100}$, $z \sim \mathcal{N}(0, I)$, pasa por tres capas
# densas de 256, 512 y 1024 unidades con activación LeakyReLU, $f(x) = \max(0{,}2x, x)$, y por una última capa densa
# de $28 \cdot 28 = 784$ unidades con $\tanh$, cuya salida se reorganiza en una imagen de $28 \times 28 \times 1$.
# La $\tanh$ deja cada píxel en $[-1, 1]$, el mismo rango al que escalamos las imágenes reales.
#
# **Discriminador** $D$. La imagen se aplana en 784 números y atraviesa capas densas de 512 y 256 unidades
# (LeakyReLU y *dropout* de 0,3, para que $D$ no memorice las imágenes de entrenamiento) hasta llegar a **un solo
# número, un logit** $\ell$. No hay sigmoide al final: $D(x) = \sigma(\ell) = 1 / (1 + e^{-\ell})$ es la
# probabilidad de que $x$ sea real, y la sigmoide la aplica la propia función de pérdida (`from_logits=True`). Esto
# es numéricamente más estable que tomar el logaritmo de una sigmoide que ya se ha redondeado a 0 o a 1.
#
# En Keras, cada red es una pila de capas `keras.Sequential`:

# %%
def build_vanilla(latent_dim=LATENT_DIM):
    generator = keras.Sequential(
        [
            keras.Input((latent_dim,)),  # z: 100 numbers
            layers.Dense(256),
            layers.LeakyReLU(0.2),
            layers.Dense(512),
            layers.LeakyReLU(0.2),
            layers.Dense(1024),
            layers.LeakyReLU(0.2),
            layers.Dense(28 * 28, activation="tanh", dtype="float32"),  # 784 pixels in [-1, 1]
            layers.Reshape(IMAGE_SHAPE, dtype="float32"),  # -> (28, 28, 1)
        ],
        name="vanilla_generator",
    )
    discriminator = keras.Sequential(
        [
            keras.Input(IMAGE_SHAPE),
            layers.Flatten(),  # (28, 28, 1) -> 784 numbers
            layers.Dense(512),
            layers.LeakyReLU(0.2),
            layers.Dropout(0.3),
            layers.Dense(256),
            layers.LeakyReLU(0.2),
            layers.Dropout(0.3),
            layers.Dense(1, dtype="float32"),  # one logit: no sigmoid
        ],
        name="vanilla_discriminator",
    )
    return generator, discriminator


# %% [markdown] lang="en"
# This is `ganlib.models.build_vanilla`, layer for layer (the test suite checks it); `build_gan("vanilla")` returns
# the same two networks. The `dtype="float32"` on the output layers matters only under mixed precision (float16
# arithmetic on a GPU, notebook 4): the pixels and the logit are then still computed and returned in float32, so
# that the loss is not computed on rounded float16 values. In float32, as here, it changes nothing.

# %% [markdown] lang="ru"
# Это `ganlib.models.build_vanilla`, слой в слой (это проверяют тесты); `build_gan("vanilla")` возвращает те же две
# сети. `dtype="float32"` у выходных слоёв важен только при смешанной точности (вычисления во float16 на GPU,
# блокнот 4): пиксели и логит и тогда вычисляются и возвращаются во float32, и функция потерь не считается по
# округлённым значениям float16. Во float32, как здесь, он ничего не меняет.

# %% [markdown] lang="es"
# Esta es `ganlib.models.build_vanilla`, capa por capa (lo comprueban las pruebas); `build_gan("vanilla")` devuelve
# las mismas dos redes. El `dtype="float32"` de las capas de salida solo importa con precisión mixta (aritmética en
# float16 en una GPU, cuaderno 4): los píxeles y el logit se siguen calculando y devolviendo en float32, y la
# pérdida no se calcula sobre valores float16 redondeados. En float32, como aquí, no cambia nada.

# %%
generator, discriminator = build_vanilla()

# %%
# NBVAL_CHECK_OUTPUT
for model in (generator, discriminator):  # like model.summary(), with the numbers written in LANG
    print(model.name)
    for layer in model.layers:
        print(f"  {type(layer).__name__:12s} {str(layer.output.shape):18s} {fmt('{n:>11,}', LANG, n=layer.count_params())}")
last = generator.layers[-2]  # the Dense layer that computes the 784 pixels
print(say("params_g", n=generator.count_params()))
print(say("params_d", n=discriminator.count_params()))
print(say("params_last", n=last.count_params(), share=last.count_params() / generator.count_params()))

# %% [markdown] lang="en"
# Almost 1.5 million parameters in the generator, and more than half of them in its last layer:
# $1024 \times 784$ weights plus 784 biases. **Every output pixel has its own 1024 weights**, and nothing tells the
# network that pixel $(10, 10)$ is the neighbour of pixel $(10, 11)$. For an MLP an image is an unordered list of
# 784 numbers. Keep that in mind for the end of the notebook.
#
# Before training, the generator turns every $z$ into the same kind of noise around mid-grey:

# %% [markdown] lang="ru"
# В генераторе почти 1,5 миллиона параметров, и больше половины из них приходится на последний слой:
# $1024 \times 784$ весов плюс 784 смещения. **У каждого выходного пикселя свои 1024 веса**, и ничто не сообщает
# сети, что пиксель $(10, 10)$ — сосед пикселя $(10, 11)$. Для многослойного перцептрона изображение — это
# неупорядоченный набор из 784 чисел. Запомним это: к концу блокнота это станет важным.
#
# До обучения генератор превращает любой $z$ в одинаковый шум вокруг среднего серого:

# %% [markdown] lang="es"
# Casi 1,5 millones de parámetros en el generador, y más de la mitad están en su última capa: $1024 \times 784$ pesos
# más 784 sesgos. **Cada píxel de salida tiene sus propios 1024 pesos**, y nada le dice a la red que el píxel
# $(10, 10)$ es vecino del $(10, 11)$. Para un perceptrón multicapa una imagen es una lista desordenada de
# 784 números. Conviene recordarlo para el final del cuaderno.
#
# Antes de entrenar, el generador convierte cualquier $z$ en el mismo tipo de ruido en torno al gris medio:

# %%
show_images(generate(generator, n=16, seed=SEED), title=say("untrained"), ncols=8);

# %% [markdown] lang="en"
# ## 2. The losses
#
# Notebook 1 derived them (section "The generator's loss: saturating and non-saturating"); here is what we use.
# The **discriminator** minimises binary cross-entropy (BCE) with label 1 for real images and label 0 for generated
# ones. On a mini-batch of $m$ real images $x_i$ and $m$ latent vectors $z_i$:
#
# $$L_D = -\frac{1}{m}\sum_{i=1}^{m} \log D(x_i) \;-\; \frac{1}{m}\sum_{i=1}^{m} \log\big(1 - D(G(z_i))\big).$$
#
# The **generator** minimises the **non-saturating loss**, BCE with the label "real" (1) on its own images:
#
# $$L_G = -\frac{1}{m}\sum_{i=1}^{m} \log D(G(z_i)).$$
#
# It replaces the minimax game's $\log(1 - D(G(z)))$, whose gradient with respect to the logit, $-D(G(z))$,
# vanishes exactly when $D$ rejects the generator's images easily, at the start of training; the gradient of
# $L_G$, $-(1 - D(G(z)))$, is then at its largest.
#
# ## 3. The training step, line by line
#
# Here is the whole algorithm in one function. The numbers in the comments are explained below the cell.

# %% [markdown] lang="ru"
# ## 2. Функции потерь
#
# Их вывод — в блокноте 1 (раздел «Функция потерь генератора: насыщающаяся и ненасыщающаяся»); здесь — то, чем
# мы пользуемся. **Дискриминатор** минимизирует бинарную перекрёстную энтропию (BCE) с меткой 1 для настоящих
# изображений и меткой 0 для сгенерированных. На мини-батче из $m$ настоящих изображений $x_i$ и $m$ латентных
# векторов $z_i$:
#
# $$L_D = -\frac{1}{m}\sum_{i=1}^{m} \log D(x_i) \;-\; \frac{1}{m}\sum_{i=1}^{m} \log\big(1 - D(G(z_i))\big).$$
#
# **Генератор** минимизирует **ненасыщающуюся функцию потерь** — BCE с меткой «настоящее» (1) на своих же
# изображениях:
#
# $$L_G = -\frac{1}{m}\sum_{i=1}^{m} \log D(G(z_i)).$$
#
# Она заменяет $\log(1 - D(G(z)))$ из минимаксной игры: градиент той по логиту, $-D(G(z))$, пропадает как раз
# тогда, когда $D$ легко отвергает изображения генератора, то есть в начале обучения, а градиент $L_G$,
# $-(1 - D(G(z)))$, в этот момент максимален.
#
# ## 3. Шаг обучения построчно
#
# Вот весь алгоритм в одной функции. Пронумерованные строки разобраны под ячейкой.

# %% [markdown] lang="es"
# ## 2. Las pérdidas
#
# El cuaderno 1 las dedujo (sección «La pérdida del generador: saturante y no saturante»); aquí está lo que usamos.
# El **discriminador** minimiza la entropía cruzada binaria (BCE) con etiqueta 1 para las imágenes reales y 0 para
# las generadas. Con un lote (*batch*) de $m$ imágenes reales $x_i$ y $m$ vectores latentes $z_i$:
#
# $$L_D = -\frac{1}{m}\sum_{i=1}^{m} \log D(x_i) \;-\; \frac{1}{m}\sum_{i=1}^{m} \log\big(1 - D(G(z_i))\big).$$
#
# El **generador** minimiza la **pérdida no saturante**, la BCE con la etiqueta «real» (1) sobre sus propias
# imágenes:
#
# $$L_G = -\frac{1}{m}\sum_{i=1}^{m} \log D(G(z_i)).$$
#
# Sustituye al $\log(1 - D(G(z)))$ del juego minimax, cuyo gradiente respecto al logit, $-D(G(z))$, se anula
# justo cuando $D$ rechaza sin esfuerzo las imágenes del generador, al principio del entrenamiento; el gradiente
# de $L_G$, $-(1 - D(G(z)))$, es entonces máximo.
#
# ## 3. El paso de entrenamiento, línea a línea
#
# Aquí está el algoritmo completo en una sola función. Los números de los comentarios se explican debajo de la celda.

# %%
bce = keras.losses.BinaryCrossentropy(from_logits=True)
d_optimizer = keras.optimizers.Adam(learning_rate=2e-4, beta_1=0.5)
g_optimizer = keras.optimizers.Adam(learning_rate=2e-4, beta_1=0.5)


@tf.function
def train_step(real):
    batch_size = tf.shape(real)[0]
    z = tf.random.normal((batch_size, LATENT_DIM))  # (1) latent vectors z ~ N(0, I)

    # Discriminator: real images -> 1, generated images -> 0
    with tf.GradientTape() as tape:  # (2) record the forward pass
        fake = generator(z, training=True)  # (3) G(z)
        real_logits = discriminator(real, training=True)  # (4) D on real images
        fake_logits = discriminator(fake, training=True)  # (4) D on generated images
        d_loss = (bce(tf.ones_like(real_logits), real_logits)  # (5) BCE, label 1
                  + bce(tf.zeros_like(fake_logits), fake_logits))  # (5) BCE, label 0
    d_grads = tape.gradient(d_loss, discriminator.trainable_variables)  # (6)
    d_optimizer.apply_gradients(zip(d_grads, discriminator.trainable_variables))  # (7)

    # Generator: make the (updated) discriminator answer "real"
    with tf.GradientTape() as tape:
        fake_logits = discriminator(generator(z, training=True), training=True)  # (8)
        g_loss = bce(tf.ones_like(fake_logits), fake_logits)  # (9) non-saturating: -log D(G(z))
    g_grads = tape.gradient(g_loss, generator.trainable_variables)  # (10) through D into G
    g_optimizer.apply_gradients(zip(g_grads, generator.trainable_variables))  # (11)

    return {"d_loss": d_loss, "g_loss": g_loss,
            "d_real": tf.reduce_mean(tf.sigmoid(real_logits)),
            "d_fake": tf.reduce_mean(tf.sigmoid(fake_logits))}


# %% [markdown] lang="en"
# * `bce` is binary cross-entropy on logits: `bce(tf.ones_like(l), l)` is the mean of $-\log \sigma(l)$,
#   `bce(tf.zeros_like(l), l)` the mean of $-\log(1 - \sigma(l))$.
# * **Two Adam optimizers**, one per network, each with its own moment estimates, and each only ever applied to its
#   own network's variables. Learning rate $2 \cdot 10^{-4}$ and $\beta_1 = 0.5$ are the values of the DCGAN paper:
#   Adam's default $\beta_1 = 0.9$ keeps too much momentum in a game whose target moves at every step.
# * `@tf.function` traces the Python function into a TensorFlow graph at its first call; later calls run the graph,
#   with much less Python overhead per step.
#
# 1. A mini-batch of latent vectors, one per real image of the batch.
# 2. `tf.GradientTape` records the operations run inside its block, so that they can be differentiated afterwards.
# 3. A batch of generated images. `training=True` matters for layers that behave differently during training:
#    dropout here, batch normalization in the next notebooks.
# 4. The discriminator's logits for the real and for the generated batch.
# 5. $L_D$: BCE with label 1 for real images and 0 for generated ones.
# 6. The gradient of $L_D$ with respect to **the discriminator's variables only**.
# 7. One Adam step for $D$. The generator has not changed.
# 8. The generator's turn: the same $z$ through $G$ and through the **updated** $D$. The tape records both networks,
#    because the gradient has to flow back through $D$ to reach $G$.
# 9. The non-saturating loss: BCE with label 1 on the generated images, i.e. $-\log D(G(z))$.
# 10. The gradient with respect to **the generator's variables only**. $D$'s weights are part of the computation
#     but are not updated: in this half-step $D$ is a fixed, differentiable judge.
# 11. One Adam step for $G$.
#
# These are the alternating updates of Algorithm 1 in Goodfellow et al. (2014), with one discriminator step per
# generator step. Let's run it for `STEPS` steps on batches from `ganlib.data.make_dataset` (notebook 2's pipeline:
# shuffled, scaled to $[-1, 1]$) and keep every step's numbers:

# %% [markdown] lang="ru"
# * `bce` — бинарная перекрёстная энтропия по логитам: `bce(tf.ones_like(l), l)` — среднее $-\log \sigma(l)$,
#   `bce(tf.zeros_like(l), l)` — среднее $-\log(1 - \sigma(l))$.
# * **Два оптимизатора Adam**, по одному на сеть: у каждого свои оценки моментов, и каждый обновляет только
#   переменные своей сети. Скорость обучения $2 \cdot 10^{-4}$ и $\beta_1 = 0{,}5$ взяты из статьи о DCGAN: при
#   стандартном $\beta_1 = 0{,}9$ Adam сохраняет слишком большой импульс (momentum) в игре, где цель смещается на каждом шаге.
# * `@tf.function` при первом вызове превращает Python-функцию в граф TensorFlow; дальше выполняется уже граф, и
#   накладные расходы Python на каждом шаге намного меньше.
#
# 1. Мини-батч латентных векторов — по одному на каждое настоящее изображение в батче.
# 2. `tf.GradientTape` записывает операции внутри блока, чтобы потом по ним можно было продифференцировать.
# 3. Батч сгенерированных изображений. `training=True` важен для слоёв, которые при обучении ведут себя иначе:
#    здесь это дропаут, в следующих блокнотах — батч-нормализация.
# 4. Логиты дискриминатора для настоящего и для сгенерированного батча.
# 5. $L_D$: BCE с меткой 1 для настоящих изображений и 0 для сгенерированных.
# 6. Градиент $L_D$ **только по переменным дискриминатора**.
# 7. Один шаг Adam для $D$. Генератор пока не изменился.
# 8. Очередь генератора: тот же $z$ проходит через $G$ и через **уже обновлённый** $D$. Лента записывает обе сети:
#    чтобы дойти до $G$, градиент должен пройти обратно через $D$.
# 9. Ненасыщающаяся функция потерь: BCE с меткой 1 на сгенерированных изображениях, то есть $-\log D(G(z))$.
# 10. Градиент **только по переменным генератора**. Веса $D$ участвуют в вычислении, но не обновляются: на этом
#     полушаге $D$ — неподвижный дифференцируемый судья.
# 11. Один шаг Adam для $G$.
#
# Так выглядят поочерёдные шаги алгоритма 1 из статьи Goodfellow et al. (2014) — по одному обновлению
# дискриминатора на каждое обновление генератора. Запустим `STEPS` шагов на батчах из `ganlib.data.make_dataset`
# (конвейера из блокнота 2: перемешанных и отмасштабированных в $[-1, 1]$) и сохраним числа с каждого шага:

# %% [markdown] lang="es"
# * `bce` es la entropía cruzada binaria sobre logits: `bce(tf.ones_like(l), l)` es la media de $-\log \sigma(l)$ y
#   `bce(tf.zeros_like(l), l)`, la media de $-\log(1 - \sigma(l))$.
# * **Dos optimizadores Adam**, uno por red, cada uno con sus propias estimaciones de momentos y aplicado solo a las
#   variables de su red. La tasa de aprendizaje $2 \cdot 10^{-4}$ y $\beta_1 = 0{,}5$ son los valores del artículo de
#   DCGAN: con el $\beta_1 = 0{,}9$ por defecto, Adam arrastra demasiado momento (*momentum*) en un juego cuyo objetivo se mueve en
#   cada paso.
# * `@tf.function` convierte la función de Python en un grafo de TensorFlow la primera vez que se llama; las llamadas
#   siguientes ejecutan el grafo, con mucha menos sobrecarga de Python por paso.
#
# 1. Un lote de vectores latentes, uno por cada imagen real del lote.
# 2. `tf.GradientTape` graba las operaciones que se ejecutan dentro del bloque para poder derivarlas después.
# 3. Un lote de imágenes generadas. `training=True` importa en las capas que se comportan distinto al entrenar: aquí
#    el *dropout*; en los próximos cuadernos, la normalización por lotes.
# 4. Los logits del discriminador para el lote real y para el generado.
# 5. $L_D$: BCE con etiqueta 1 para las imágenes reales y 0 para las generadas.
# 6. El gradiente de $L_D$ **solo respecto a las variables del discriminador**.
# 7. Un paso de Adam para $D$. El generador sigue igual.
# 8. Turno del generador: el mismo $z$ pasa por $G$ y por el $D$ **ya actualizado**. La cinta graba las dos redes,
#    porque el gradiente tiene que atravesar $D$ hacia atrás para llegar a $G$.
# 9. La pérdida no saturante: BCE con etiqueta 1 sobre las imágenes generadas, es decir, $-\log D(G(z))$.
# 10. El gradiente **solo respecto a las variables del generador**. Los pesos de $D$ intervienen en el cálculo, pero
#     no se actualizan: en este medio paso $D$ es un juez fijo y derivable.
# 11. Un paso de Adam para $G$.
#
# Son las actualizaciones alternas del algoritmo 1 de Goodfellow et al. (2014), con un paso del discriminador por
# cada paso del generador. Ejecutémoslo durante `STEPS` pasos sobre lotes de `ganlib.data.make_dataset` (la
# canalización del cuaderno 2: barajados y escalados a $[-1, 1]$), guardando las cifras de cada paso:

# %%
dataset = make_dataset(images, BATCH_SIZE, seed=SEED)
log = {"d_loss": [], "g_loss": [], "d_real": [], "d_fake": []}
start = time.perf_counter()
for step, real in enumerate(dataset.take(STEPS), start=1):
    for key, value in train_step(real).items():
        log[key].append(float(value))
    if step % 100 == 0 or step == STEPS:
        print(say("step_line", step=step, **{key: values[-1] for key, values in log.items()}))
print(say("loop_time", steps=STEPS, seconds=time.perf_counter() - start))

# %% [markdown] lang="en"
# How to read the curves below (notebook 1, "What the losses say, and what they don't", has the details). If $D$
# could not tell real from generated at all, it would answer $D(x) = D(G(z)) = \tfrac12$, and the losses would be
# $L_D = 2\log 2 \approx 1.39$ and $L_G = \log 2 \approx 0.69$ (the dashed lines). Unlike a classifier's loss,
# these curves do not settle towards a minimum: each network is measured against an opponent that changes at every
# step, so a falling $L_G$ may just mean that $D$ got worse. The numbers tell you whether the game is balanced;
# only the pictures, and the metrics of section 4, tell you whether the images are good.

# %% [markdown] lang="ru"
# Как читать графики ниже (подробнее — в блокноте 1, раздел «Что говорят функции потерь и чего они не говорят»).
# Если бы $D$ совсем не отличал настоящие изображения от сгенерированных, он отвечал бы $D(x) = D(G(z)) = \tfrac12$,
# а потери были бы $L_D = 2\log 2 \approx 1{,}39$ и $L_G = \log 2 \approx 0{,}69$ (пунктирные линии). В отличие от
# функции потерь классификатора, эти кривые не сходятся к минимуму: каждую сеть оценивают относительно соперника,
# который меняется на каждом шаге, так что падение $L_G$ может означать лишь то, что ослаб $D$. Числа говорят,
# сбалансирована ли игра; хороши ли изображения, скажут только сами изображения и метрики из раздела 4.

# %% [markdown] lang="es"
# Cómo leer las curvas de abajo (el cuaderno 1, «Lo que dicen las pérdidas y lo que no», da los detalles). Si $D$ no
# distinguiera en absoluto lo real de lo generado, respondería $D(x) = D(G(z)) = \tfrac12$, y las pérdidas valdrían
# $L_D = 2\log 2 \approx 1{,}39$ y $L_G = \log 2 \approx 0{,}69$ (las líneas discontinuas). A diferencia de la
# pérdida de un clasificador, estas curvas no bajan hacia un mínimo: cada red se mide contra un rival que cambia en
# cada paso, así que una $L_G$ que baja puede significar simplemente que $D$ ha empeorado. Las cifras dicen si el
# juego está equilibrado; si las imágenes son buenas, solo lo dicen las imágenes y las métricas de la sección 4.

# %%
steps = np.arange(1, len(log["d_loss"]) + 1)
fig, (ax_loss, ax_prob) = plt.subplots(1, 2, figsize=(11, 3.5))
ax_loss.plot(steps, log["d_loss"], label=label("d_loss", LANG))
ax_loss.plot(steps, log["g_loss"], label=label("g_loss", LANG))
ax_loss.axhline(2 * np.log(2), color="C0", ls="--", lw=1)  # D's loss at the equilibrium
ax_loss.axhline(np.log(2), color="C1", ls="--", lw=1)  # G's loss at the equilibrium
ax_loss.set_ylabel(label("loss", LANG))
ax_loss.set_title(label("losses", LANG))
ax_prob.plot(steps, log["d_real"], label=label("d_real", LANG))
ax_prob.plot(steps, log["d_fake"], label=label("d_fake", LANG))
ax_prob.axhline(0.5, color="gray", ls="--", lw=1)
ax_prob.set_ylim(0, 1)
ax_prob.set_ylabel(label("probability", LANG))
ax_prob.set_title(label("d_output", LANG))
for ax in (ax_loss, ax_prob):
    ax.set_xlabel(label("step", LANG))
    ax.grid(alpha=0.3)
    ax.legend()
fig.tight_layout()

# %%
after = generate(generator, n=256, seed=SEED)
show_images(after[:32], title=say("after_steps", steps=STEPS), ncols=8)
plt.show()
grey = (after[..., 0] + 1) * 127.5  # back to grey levels 0-255
border = np.concatenate([grey[:, :3].ravel(), grey[:, -3:].ravel(), grey[:, 3:-3, :3].ravel(), grey[:, 3:-3, -3:].ravel()])
centre = grey[:, 7:21, 7:21]
print(say("layout", n=len(after), border=border.mean(), centre=centre.mean()))
print(say("layout_yes" if centre.mean() > border.mean() + 30 else "layout_no"))

# %% [markdown] lang="en"
# The printed check compares the mean grey level of a 3-pixel border with that of the central $14 \times 14$
# pixels (in real images: about 29 and 130). After a few hundred steps the generator has usually found that layout,
# a dark background around a brighter blob, and the first silhouettes may show through the noise. Getting further
# takes thousands of steps, and for that we hand the same step over to `ganlib`.
#
# ## 4. The same step inside `ganlib`
#
# `ganlib.train.GAN` is a `keras.Model` whose `train_step` is the function above, split into small methods that
# later notebooks override (WGAN-GP changes the losses, the conditional GAN the generator's inputs):
#
# | hand-written above | `ganlib.train.GAN` |
# | --- | --- |
# | `z = tf.random.normal(...)` (1) | `generator_inputs()` |
# | `d_loss = bce(1, real) + bce(0, fake)` (5) | `discriminator_loss()` |
# | tape, gradient and `d_optimizer.apply_gradients` (2)–(7) | `discriminator_step()` |
# | `g_loss = bce(1, fake_logits)` (9) | `generator_loss()` |
# | the whole `train_step` | `train_step()` |
# | two `Adam(2e-4, beta_1=0.5)` | `compile()` |
# | `@tf.function`, the `for` loop, `print` | `fit()`: compilation, epochs, callbacks (ganlib prints one line per epoch) |
#
# Here is the method itself (without its docstring):

# %% [markdown] lang="ru"
# Напечатанная проверка сравнивает среднюю яркость рамки шириной 3 пикселя со средней яркостью центральных
# $14 \times 14$ пикселей (у настоящих изображений — около 29 и 130). Через несколько сотен шагов генератор обычно уже
# находит эту компоновку — тёмный фон вокруг светлого пятна, — и сквозь шум могут проступать первые силуэты. Чтобы
# продвинуться дальше, нужны тысячи шагов, и для этого мы передадим тот же шаг в `ganlib`.
#
# ## 4. Тот же шаг внутри `ganlib`
#
# `ganlib.train.GAN` — это `keras.Model`, у которой `train_step` — та же функция, что выше, только разбитая на
# небольшие методы. Их переопределяют следующие блокноты: WGAN-GP меняет функции потерь, условная GAN — входы
# генератора.
#
# | ручной вариант выше | `ganlib.train.GAN` |
# | --- | --- |
# | `z = tf.random.normal(...)` (1) | `generator_inputs()` |
# | `d_loss = bce(1, real) + bce(0, fake)` (5) | `discriminator_loss()` |
# | лента, градиент и `d_optimizer.apply_gradients` (2)–(7) | `discriminator_step()` |
# | `g_loss = bce(1, fake_logits)` (9) | `generator_loss()` |
# | вся функция `train_step` | `train_step()` |
# | два `Adam(2e-4, beta_1=0.5)` | `compile()` |
# | `@tf.function`, цикл `for`, `print` | `fit()`: компиляция, эпохи, колбэки (ganlib печатает по строке на эпоху) |
#
# Вот сам метод (без строки документации):

# %% [markdown] lang="es"
# La comprobación impresa compara el nivel de gris medio de un borde de 3 píxeles con el de los $14 \times 14$
# píxeles centrales (en las imágenes reales, unos 29 y 130). Tras unos cientos de pasos el generador suele haber
# encontrado esa composición, un fondo oscuro alrededor de una mancha más clara, y pueden asomar entre el ruido las
# primeras siluetas. Para llegar más lejos hacen falta miles de pasos, y para eso le pasamos el mismo paso a
# `ganlib`.
#
# ## 4. El mismo paso dentro de `ganlib`
#
# `ganlib.train.GAN` es un `keras.Model` cuyo `train_step` es la función de arriba, repartida en métodos pequeños que
# los cuadernos posteriores sobrescriben (WGAN-GP cambia las pérdidas; la GAN condicional, las entradas del generador):
#
# | escrito a mano arriba | `ganlib.train.GAN` |
# | --- | --- |
# | `z = tf.random.normal(...)` (1) | `generator_inputs()` |
# | `d_loss = bce(1, real) + bce(0, fake)` (5) | `discriminator_loss()` |
# | cinta, gradiente y `d_optimizer.apply_gradients` (2)–(7) | `discriminator_step()` |
# | `g_loss = bce(1, fake_logits)` (9) | `generator_loss()` |
# | toda la función `train_step` | `train_step()` |
# | dos `Adam(2e-4, beta_1=0.5)` | `compile()` |
# | `@tf.function`, el bucle `for`, `print` | `fit()`: compilación, épocas, *callbacks* (ganlib imprime una línea por época) |
#
# Este es el método (sin su *docstring*):

# %%
lines = inspect.getsource(GAN.train_step).splitlines()
after_docstring = next(i for i, line in enumerate(lines) if i > 1 and line.strip() == '"""') + 1
print("\n".join(lines[:1] + lines[after_docstring:]))

# %% [markdown] lang="en"
# Three differences from our version:
#
# * the generator runs **once** per step instead of twice. The tape records $G(z)$; while the discriminator learns
#   from those same images, `tape.stop_recording()` pauses it; then the updated discriminator scores the images and
#   the gradient flows back into $G$. Same mathematics, one generator pass fewer. (`d_steps` allows several
#   discriminator updates per generator update; WGAN-GP will use it.)
# * `scale_loss` multiplies the loss by a large factor under mixed precision, so that small float16 gradients do
#   not round to zero; in float32 it does nothing.
# * `update_ema()` keeps an **exponential moving average (EMA)** of the generator's weights,
#   $w_\text{EMA} \leftarrow 0.995\, w_\text{EMA} + 0.005\, w$ after every step. The average smooths out the
#   step-to-step wobble of the game, so its samples are cleaner; it is the generator that `train` saves and that
#   we sample from below.
#
# `train` takes its settings from a **recipe**: `ganlib.recipes.config("vanilla", ...)` is batches of 64, Adam
# $2 \cdot 10^{-4}$ with $\beta_1 = 0.5$, the EMA above, and a **training-time budget**, `seconds=SECONDS`: the run
# stops after the first step that reaches it, mid-epoch if need be. It builds **fresh** networks with
# `build_gan("vanilla")` (it does not continue the ones we trained by hand), makes the `make_dataset` pipeline and
# calls `fit()`. After every epoch it draws a grid from the same 64 latent vectors and writes a checkpoint into
# the run folder `run_folder("03_vanilla")`: `runs/03_vanilla` here (or under `$GANLIB_RUNS_DIR`), your Google
# Drive in Colab (`USE_DRIVE`).
# Running the cell again therefore resumes the run, and a finished run is not retrained. It prints one line per
# epoch: time, the training clock against the budget, speed, mean losses, and $D(x)$ and $D(G(z))$.

# %% [markdown] lang="ru"
# Три отличия от нашего варианта:
#
# * генератор запускается **один** раз за шаг, а не два. Лента записывает $G(z)$; пока дискриминатор учится на этих
#   же изображениях, `tape.stop_recording()` приостанавливает запись; затем обновлённый дискриминатор оценивает
#   изображения, и градиент возвращается в $G$. Математика та же, а проход генератора — на один меньше. (Параметр
#   `d_steps` позволяет делать несколько шагов дискриминатора на один шаг генератора — он понадобится в WGAN-GP.)
# * `scale_loss` при смешанной точности умножает функцию потерь на большой множитель, чтобы маленькие градиенты во
#   float16 не округлялись до нуля; во float32 он ничего не делает.
# * `update_ema()` ведёт **экспоненциальное скользящее среднее (EMA)** весов генератора:
#   $w_\text{EMA} \leftarrow 0{,}995\, w_\text{EMA} + 0{,}005\, w$ после каждого шага. Усреднение сглаживает
#   колебания игры от шага к шагу, и сэмплы усреднённого генератора чище; именно его `train` сохраняет, и из него
#   мы берём сэмплы ниже.
#
# Настройки `train` берёт из **рецепта**: `ganlib.recipes.config("vanilla", ...)` — это батчи по 64, Adam
# $2 \cdot 10^{-4}$ с $\beta_1 = 0{,}5$, EMA, как выше, и **бюджет времени обучения** `seconds=SECONDS`: обучение
# останавливается после первого шага, на котором бюджет исчерпан, при необходимости посреди эпохи. `train` создаёт
# **новые** сети через `build_gan("vanilla")` (обученные вручную она не продолжает), строит конвейер
# `make_dataset` и вызывает `fit()`. После каждой эпохи она рисует сетку для одних и тех же 64 латентных векторов и
# записывает контрольную точку в папку запуска `run_folder("03_vanilla")`: здесь это `runs/03_vanilla` (или папка
# внутри `$GANLIB_RUNS_DIR`), в Colab — ваш Google Диск (`USE_DRIVE`). Поэтому повторный запуск ячейки продолжает обучение, а завершённый запуск заново
# не обучается. На каждую эпоху выводится одна строка: время, часы обучения относительно бюджета, скорость, средние
# потери, $D(x)$ и $D(G(z))$.

# %% [markdown] lang="es"
# Tres diferencias con nuestra versión:
#
# * el generador se ejecuta **una** vez por paso y no dos. La cinta graba $G(z)$; mientras el discriminador aprende
#   de esas mismas imágenes, `tape.stop_recording()` la detiene; después el discriminador actualizado puntúa las
#   imágenes y el gradiente vuelve a $G$. Las mismas matemáticas con una pasada menos del generador. (El parámetro
#   `d_steps` permite varias actualizaciones del discriminador por cada una del generador; lo usará WGAN-GP).
# * `scale_loss` multiplica la pérdida por un factor grande con precisión mixta, para que los gradientes pequeños en
#   float16 no se redondeen a cero; en float32 no hace nada.
# * `update_ema()` mantiene una **media móvil exponencial (EMA)** de los pesos del generador,
#   $w_\text{EMA} \leftarrow 0{,}995\, w_\text{EMA} + 0{,}005\, w$ tras cada paso. La media suaviza el vaivén del
#   juego de un paso a otro, así que sus muestras son más limpias; es el generador que guarda `train` y del que
#   sacamos las muestras más abajo.
#
# `train` toma sus ajustes de una **receta**: `ganlib.recipes.config("vanilla", ...)` son lotes de 64, Adam
# $2 \cdot 10^{-4}$ con $\beta_1 = 0{,}5$, la EMA de arriba y un **presupuesto de tiempo de entrenamiento**,
# `seconds=SECONDS`: la ejecución se detiene tras el primer paso que lo alcanza, a mitad de época si hace falta.
# Construye redes **nuevas** con `build_gan("vanilla")` (no continúa las que entrenamos a mano), monta con
# `make_dataset` la canalización de entrada y llama a `fit()`. Al final de cada época dibuja una cuadrícula a partir
# de los mismos 64 vectores latentes y escribe un punto de control en la carpeta de la ejecución,
# `run_folder("03_vanilla")`: aquí `runs/03_vanilla` (o dentro de `$GANLIB_RUNS_DIR`); en Colab, tu Google Drive
# (`USE_DRIVE`). Por eso, volver a
# ejecutar la celda reanuda la ejecución, y una ejecución terminada no se vuelve a entrenar. Imprime una línea por
# época: tiempo, el reloj de entrenamiento frente al presupuesto, velocidad, pérdidas medias, y $D(x)$ y $D(G(z))$.

# %%
RUN_DIR = run_folder("03_vanilla", drive=USE_DRIVE)
recipe = recipes.config("vanilla", seconds=SECONDS, seed=SEED, subset=SUBSET)
print(recipe)
result = train(recipe, RUN_DIR, lang=LANG)

# %%
fig, (ax_loss, ax_prob) = plt.subplots(1, 2, figsize=(11, 3.5))
plot_losses(result.history, LANG, ax=ax_loss)
plot_discriminator_outputs(result.history, LANG, ax=ax_prob)
fig.tight_layout()

# %%
shown = np.unique(np.linspace(1, len(result.grids), min(4, len(result.grids))).round().astype(int))
fig, axes = plt.subplots(1, len(shown), figsize=(2.8 * len(shown), 3.1), squeeze=False)
for ax, epoch in zip(axes[0], shown):  # at most four epochs, first and last included
    ax.imshow(result.grids[epoch - 1], cmap="gray", vmin=0, vmax=255)  # each grid is already tiled (uint8)
    ax.set_title(label("samples_epoch", LANG, epoch=epoch))
    ax.set_axis_off()
fig.tight_layout()

# %% [markdown] lang="en"
# Now the result, next to the vanilla generator that ships with `ganlib` (`ganlib.pretrained.load("vanilla")`),
# trained for 30 epochs on all 60,000 images with the trainer's defaults (batches of 256, no moving average); its
# manifest says what that cost. Both are scored by
# `ganlib.metrics.evaluate` on `N_EVAL` samples against the 10,000 test images: the **FID** (lower is better), the
# number of classes that get at least 1% of the samples, and **precision** and **recall**: the share of generated
# images that lie among real ones, and the share of real images that lie within reach of some generated image.
# Notebook 6 explains them in detail. Precision measures fidelity, recall variety.

# %% [markdown] lang="ru"
# Теперь результат — рядом с классическим генератором, который поставляется с `ganlib`
# (`ganlib.pretrained.load("vanilla")`) и обучался 30 эпох на всех 60 000 изображений с настройками тренера по
# умолчанию (батчи по 256, без скользящего среднего); во что это обошлось, сказано в его манифесте. Оба оценивает `ganlib.metrics.evaluate` по `N_EVAL` сэмплам относительно 10 000 тестовых
# изображений: **FID** (чем меньше, тем лучше), число классов, на которые приходится не меньше 1 % сэмплов, а также
# **точность (precision)** и **полнота (recall)** — доля сгенерированных изображений, лежащих среди настоящих, и доля
# настоящих изображений, до которых «дотягивается» хоть одно сгенерированное. Подробно они разобраны в блокноте 6.
# Точность измеряет правдоподобие, полнота — разнообразие.

# %% [markdown] lang="es"
# Ahora el resultado, junto al generador clásico que viene con `ganlib` (`ganlib.pretrained.load("vanilla")`),
# entrenado 30 épocas con las 60.000 imágenes con los ajustes por defecto del entrenador (lotes de 256, sin media
# móvil); su manifiesto dice lo que costó. A los dos los puntúa
# `ganlib.metrics.evaluate` con `N_EVAL` muestras frente a las 10.000 imágenes de prueba: la **FID** (cuanto más
# baja, mejor), el número de clases que reciben al menos el 1 % de las muestras, y la **precisión** y la
# **exhaustividad (*recall*)**: la fracción de imágenes generadas que caen entre las reales y la fracción de imágenes
# reales que quedan al alcance de alguna generada. El cuaderno 6 las explica en detalle. La precisión mide la
# fidelidad; la exhaustividad, la variedad.

# %%
trained = load_generator(RUN_DIR)  # the moving average of the generator's weights (the recipe's ema)
shipped, manifest = pretrained.load("vanilla")
run_s, shipped_s = train_seconds(result.history), manifest["seconds"]
fakes = generate(trained, n=64, seed=SEED)
fig, (ax_run, ax_shipped, ax_real) = plt.subplots(1, 3, figsize=(12, 4.4))
show_images(fakes, title=say("run_title", seconds=run_s), ax=ax_run)
show_images(generate(shipped, n=64, seed=SEED), title=say("shipped_title", epochs=manifest["epochs"], minutes=shipped_s / 60),
            ax=ax_shipped)
show_images(images[:64], title=label("real", LANG), ax=ax_real)
fig.tight_layout()
plt.show()

run_eval = evaluate(trained, n=N_EVAL)
m = manifest["metrics"]
print(say("run_metrics", seconds=run_s, steps=int(sum(result.history["steps"])), batch=recipe.batch_size,
          summary=run_eval.summary(LANG)))
print(say("shipped_metrics", epochs=manifest["epochs"], images=manifest["training_images"], batch=manifest["batch_size"],
          minutes=shipped_s / 60, fid=m["fid"], covered=m["classes_covered"], recall=m["recall"], precision=m["precision"]))
if N_EVAL != m["n"]:
    print(say("n_differs", n=N_EVAL, m=m["n"]))
if m["fid"] < run_eval.fid:
    print(say("verdict_shipped", ratio=shipped_s / run_s, shipped=m["fid"], run=run_eval.fid))
else:
    print(say("verdict_run", ratio=shipped_s / run_s, shipped=m["fid"], run=run_eval.fid))

# %% [markdown] lang="en"
# ## 5. What the vanilla GAN gets wrong
#
# Put the grids side by side with the real images and look for four problems:
#
# * **Speckle.** Isolated bright and dark pixels sprinkled over the garments and the background. The generator
#   computes every pixel with its own weights and has no notion that neighbouring pixels should agree; the
#   discriminator, an MLP too, sees the image as an unordered list of numbers and is slow to object.
# * **Vague, averaged shapes.** Tops, pullovers and coats tend to blur into one generic top; fine structure, such as
#   the straps of sandals or the handles of bags, is rare.
# * **Little variety.** The same few silhouettes come back again and again. This is *mode collapse*, the generator
#   covering only part of the data distribution, and for the shipped vanilla GAN it is severe, not mild: its recall,
#   printed below, is tiny, although most classes do appear (classes covered, above). Its samples look like real
#   images (high precision) but stay close to a small set of them.
# * **Losses that say little.** The curves oscillate, and nothing in them announces better or worse images.

# %% [markdown] lang="ru"
# ## 5. Что у классической GAN получается плохо
#
# Положите сетки рядом с настоящими изображениями и поищите четыре проблемы:
#
# * **«Соль и перец».** Отдельные светлые и тёмные пиксели, рассыпанные по вещам и по фону. Генератор вычисляет
#   каждый пиксель своими весами и понятия не имеет, что соседние пиксели должны быть похожи; дискриминатор — тоже
#   многослойный перцептрон — видит изображение как неупорядоченный набор чисел и возражает не сразу.
# * **Размытые, «усреднённые» формы.** Футболки, пуловеры и пальто обычно сливаются в обобщённый «верх»; тонкие
#   детали — ремешки сандалий, ручки сумок — появляются редко.
# * **Мало разнообразия.** Одни и те же несколько силуэтов повторяются снова и снова. Это *коллапс мод*: генератор
#   покрывает лишь часть распределения данных, и у предобученного классического генератора он не мягкий, а
#   сильный: его полнота, напечатанная ниже, крошечная, хотя большинство классов встречается (покрытые классы —
#   выше). Его сэмплы похожи на настоящие изображения (высокая точность), но остаются рядом с небольшим их
#   подмножеством.
# * **Малоинформативные потери.** Кривые колеблются, и по ним никак не понять, стали изображения лучше или хуже.

# %% [markdown] lang="es"
# ## 5. Qué hace mal la GAN clásica
#
# Pon las cuadrículas junto a las imágenes reales y busca cuatro problemas:
#
# * **Moteado.** Píxeles sueltos claros y oscuros salpicados por las prendas y el fondo. El generador calcula cada
#   píxel con sus propios pesos y no tiene ninguna noción de que los píxeles vecinos deban parecerse; el
#   discriminador, también un perceptrón multicapa, ve la imagen como una lista desordenada de números y tarda en
#   protestar.
# * **Formas vagas, «promediadas».** Camisetas, jerséis y abrigos tienden a fundirse en una prenda superior
#   genérica; los detalles finos, como las tiras de las sandalias o las asas de los bolsos, son raros.
# * **Poca variedad.** Las mismas pocas siluetas se repiten una y otra vez. Es el *colapso de modos*, un generador
#   que cubre solo una parte de la distribución de los datos, y en la GAN clásica preentrenada no es leve sino
#   grave: su exhaustividad, impresa abajo, es minúscula, aunque aparecen la mayoría de las clases (clases
#   cubiertas, arriba). Sus muestras parecen imágenes reales (precisión alta), pero se quedan cerca de un pequeño
#   subconjunto de ellas.
# * **Pérdidas poco informativas.** Las curvas oscilan y nada en ellas anuncia imágenes mejores o peores.

# %%
names = dict(zip(CLASS_NAMES["en"], class_names(LANG)))  # the manifest names the classes in English
shares = m["class_shares"]
top, low = max(shares, key=shares.get), min(shares, key=shares.get)
print(say("recall_line", run=run_eval.recall, shipped=m["recall"], n=10_000, count=round(m["recall"] * 10_000)))
print(say("shares_line", top=names[top], top_share=shares[top], low=names[low], low_share=shares[low]))

# %% [markdown] lang="en"
# We can put a number on the first problem. Take the **roughness** of an image, the mean absolute difference
# between neighbouring pixels in grey levels $0$–$255$:
#
# $$R = \tfrac12\Big(\operatorname{mean}_{i,j} |x_{i+1,j} - x_{i,j}| + \operatorname{mean}_{i,j} |x_{i,j+1} - x_{i,j}|\Big).$$
#
# Real garments are smooth, except at their edges, so their $R$ is low; noise pushes it up.

# %% [markdown] lang="ru"
# Первую проблему можно выразить числом. Возьмём **шероховатость** изображения — средний модуль разности соседних
# пикселей по шкале яркости $0$–$255$:
#
# $$R = \tfrac12\Big(\operatorname{mean}_{i,j} |x_{i+1,j} - x_{i,j}| + \operatorname{mean}_{i,j} |x_{i,j+1} - x_{i,j}|\Big).$$
#
# Настоящая одежда гладкая везде, кроме краёв, поэтому $R$ у неё маленькая; шум её увеличивает.

# %% [markdown] lang="es"
# Al primer problema le podemos poner cifra. Tomemos la **rugosidad** de una imagen, la diferencia absoluta media
# entre píxeles vecinos en niveles de gris $0$–$255$:
#
# $$R = \tfrac12\Big(\operatorname{mean}_{i,j} |x_{i+1,j} - x_{i,j}| + \operatorname{mean}_{i,j} |x_{i,j+1} - x_{i,j}|\Big).$$
#
# Las prendas reales son lisas salvo en los bordes, así que su $R$ es baja; el ruido la hace subir.

# %%
def roughness(batch):
    """Mean absolute difference between vertically and horizontally neighbouring pixels of uint8 images (0-255)."""
    x = np.asarray(batch, np.float32).reshape(-1, 28, 28)
    return (np.abs(np.diff(x, axis=1)).mean() + np.abs(np.diff(x, axis=2)).mean()) / 2


r_real = roughness(images[:1000])
r_run = roughness(to_uint8(generate(trained, n=1000, seed=SEED + 1)))
r_shipped = roughness(to_uint8(generate(shipped, n=1000, seed=SEED + 1)))
print(say("roughness_line", real=r_real, run=r_run, shipped=r_shipped))
verdict = "rough_both" if min(r_run, r_shipped) > r_real else "rough_not"
print(say(verdict, run_ratio=r_run / r_real, shipped_ratio=r_shipped / r_real))
print(say("rough_longer", yes=say("yes" if r_shipped < r_run else "no")))

fig, (ax_fake, ax_real) = plt.subplots(1, 2, figsize=(7, 3.8))
show_images(fakes[:1], ax=ax_fake, title=f"{label('samples', LANG)}\n{say('roughness')} R = {roughness(to_uint8(fakes[:1])):.1f}")
show_images(images[:1], ax=ax_real, title=f"{label('real', LANG)}\n{say('roughness')} R = {roughness(images[:1]):.1f}")
fig.tight_layout()

# %% [markdown] lang="en"
# Read the three numbers together. Where the shipped generator, trained several times longer, is smoother than
# this run but still rougher than the real images, training longer reduces the speckle without removing it:
# nothing in either network prefers smooth, spatially coherent images, except what the discriminator manages to
# learn from pixels it cannot even locate.
#
# The cure is to build two properties of images into both networks, locality and translation invariance:
# **convolutions**, whose small kernels are shared across all positions. That is the DCGAN of notebook 4.
#
# ## Summary
#
# * A GAN is two networks and two losses. The discriminator minimises BCE with label 1 on real and 0 on generated
#   images; the generator minimises the **non-saturating** loss $-\log D(G(z))$ (notebook 1).
# * The vanilla GAN's networks are two `keras.Sequential` MLPs, `build_vanilla` above, which is
#   `ganlib.models.build_vanilla`.
# * One training step: sample $z$; update $D$ on a real and a generated batch; update $G$ through the updated $D$.
#   Each network has its own Adam optimizer ($2 \cdot 10^{-4}$, $\beta_1 = 0.5$) and only its own gradients.
# * `tf.GradientTape` records, `tape.gradient` differentiates with respect to the variables you name,
#   `apply_gradients` takes the step, and `tf.function` compiles the whole step into a graph.
# * `ganlib.train.GAN.train_step` is the same step, split into overridable methods, with one generator pass and a
#   moving average (EMA) of the generator's weights; `train(recipes.config("vanilla", seconds=...), run_folder(...))`
#   adds the data pipeline, `fit()`, a training-time budget, per-epoch sample grids and checkpoints to resume from.
# * GAN losses do not fall like a classifier's; judge progress by the images and by metrics (FID, classes
#   covered, precision, recall).
# * An MLP GAN produces speckled, vague and repetitive images: its recall is tiny, and it knows nothing about the
#   spatial structure of images.
#
# ## Exercises
#
# In exercises 1, 2, 4 and 6, rebuild the networks (`generator, discriminator = build_vanilla()`), then run the
# `train_step` cell again (it makes new optimizers and a new `tf.function`) and the loop cell. Each run of the loop
# takes about as long as the one above. Exact numbers depend on the seed and the machine.
#
# 1. **The saturating loss.** In `train_step`, replace the generator's loss by the saturating one,
#    `g_loss = -bce(tf.zeros_like(fake_logits), fake_logits)` (the mean of $\log(1 - D(G(z)))$), and run the loop
#    again. Compare $D(G(z))$ and the samples after `STEPS` steps.
#
#    <details><summary>Solution</summary>
#
#    Expect a slower start: while $D(G(z))$ is close to 0 the gradient reaching $G$ is close to 0 too (section 2),
#    so $D$ keeps winning, $D(G(z))$ stays lower than in the run above, and after `STEPS` steps the samples are
#    closer to noise. How much slower varies from run to run; with some seeds the generator never gets going.
#
#    </details>
#
# 2. **Balance of power.** Give the discriminator a learning rate five times higher than the generator's
#    (`d_optimizer = keras.optimizers.Adam(learning_rate=1e-3, beta_1=0.5)`), then five times lower (`4e-5`).
#    What happens to $D(x)$, $D(G(z))$ and the samples?
#
#    <details><summary>Solution</summary>
#
#    A faster $D$ separates real from generated more clearly ($D(x)$ up, $D(G(z))$ down, $L_G$ up); with the
#    non-saturating loss $G$ still gets a gradient, and the samples may even sharpen early. A slower $D$ lets
#    $D(x)$ and $D(G(z))$ drift towards $\tfrac12$: the game looks balanced, but $D$ has little to teach, and the
#    samples improve more slowly. Neither extreme is reliably better.
#
#    </details>
#
# 3. **More discriminator steps.** Train `recipes.config("vanilla", seconds=SECONDS, seed=SEED, subset=SUBSET,
#    d_steps=2)` into a new folder, `run_folder("03_vanilla_d2", drive=USE_DRIVE)` (a folder holds one set of
#    settings: `train` refuses different ones), and score it with `evaluate`. Is it better in the same time?
#
#    <details><summary>Solution</summary>
#
#    Each round now costs two discriminator updates and one generator update, so the same `SECONDS` give noticeably
#    fewer generator updates (the img/s in the epoch lines drops). Whether the better-trained discriminator makes up for
#    that is what the comparison tells you, and it can differ between seeds: compare the two
#    `evaluate(...).summary(LANG)` lines at the same `N_EVAL`.
#
#    </details>
#
# 4. **Momentum.** Use Adam's default $\beta_1 = 0.9$ for both networks in the hand-written loop. Do the curves
#    oscillate more?
#
#    <details><summary>Solution</summary>
#
#    Often yes: with more momentum each network keeps moving in the direction that was good against the previous
#    opponent, so $D(x)$ and $D(G(z))$ swing more widely from step to step. Over only `STEPS` steps the difference can
#    be small; plot both runs' `log["d_fake"]` on one axis to see it.
#
#    </details>
#
# 5. **Longer training.** Set `SECONDS = 600` and run the training cell again: the run resumes from its checkpoint
#    (the budget may change). Then re-run the cells below it. How far do the FID and the roughness $R$ fall? Do
#    they reach the shipped generator's and the real images' values?
#
#    <details><summary>Solution</summary>
#
#    Both usually fall, with diminishing returns; on a 2-core CPU that costs about 7.5 more minutes (less on a GPU).
#    The shipped generator (30 epochs, printed above) shows roughly where this architecture ends up; $R$ stays
#    above the real images' value, and the recall stays small: longer training does not cure what the MLP lacks.
#
#    </details>
#
# 6. **No dropout.** Copy the `build_vanilla` cell, rename the function `build_vanilla_no_dropout`, delete its two
#    `layers.Dropout(0.3)` lines, and run the hand-written loop with `generator, discriminator =
#    build_vanilla_no_dropout()`. Does the discriminator win faster?
#
#    <details><summary>Solution</summary>
#
#    Usually yes: without dropout $D$ fits the training batches more easily, so $D(x)$ rises and $D(G(z))$ falls
#    faster, and $L_G$ climbs. The networks have the same number of parameters (dropout has none): only the
#    regularisation changed.
#
#    </details>

# %% [markdown] lang="ru"
# Читайте три числа вместе. Если предобученный генератор, обученный в несколько раз дольше, глаже этого запуска,
# но всё ещё шероховатее настоящих изображений, значит, более долгое обучение уменьшает шум «соль и перец», но не
# избавляет от него: ничто в этих сетях не поощряет гладкие, пространственно связные изображения, кроме того, чему
# дискриминатор сумеет научиться по пикселям, расположения которых он даже не знает.
#
# Лекарство — встроить в обе сети два свойства изображений: локальность и инвариантность к сдвигу. Это **свёртки**,
# маленькие ядра которых общие для всех позиций, — DCGAN из блокнота 4.
#
# ## Итоги
#
# * GAN — это две сети и две функции потерь. Дискриминатор минимизирует BCE с меткой 1 на настоящих и 0 на
#   сгенерированных изображениях; генератор минимизирует **ненасыщающуюся** функцию потерь $-\log D(G(z))$
#   (блокнот 1).
# * Сети классической GAN — два многослойных перцептрона `keras.Sequential`: `build_vanilla` выше, она же
#   `ganlib.models.build_vanilla`.
# * Один шаг обучения: сэмплируем $z$; обновляем $D$ на настоящем и сгенерированном батчах; обновляем $G$ через уже
#   обновлённый $D$. У каждой сети свой оптимизатор Adam ($2 \cdot 10^{-4}$, $\beta_1 = 0{,}5$) и только свои
#   градиенты.
# * `tf.GradientTape` записывает вычисления, `tape.gradient` дифференцирует по указанным переменным,
#   `apply_gradients` делает шаг, а `tf.function` компилирует весь шаг в граф.
# * `ganlib.train.GAN.train_step` — тот же шаг, разбитый на переопределяемые методы, с одним проходом генератора и
#   скользящим средним (EMA) весов генератора; `train(recipes.config("vanilla", seconds=...), run_folder(...))`
#   добавляет конвейер входных данных, `fit()`, бюджет времени обучения, сетки изображений после каждой эпохи и
#   контрольные точки, с которых обучение продолжается.
# * Потери GAN не падают, как у классификатора; о прогрессе судите по изображениям и метрикам (FID, покрытые
#   классы, точность, полнота).
# * GAN на многослойных перцептронах выдаёт зашумлённые, размытые и однообразные изображения: её полнота крошечная,
#   и она ничего не знает о пространственной структуре картинок.
#
# ## Упражнения
#
# В упражнениях 1, 2, 4 и 6 заново создайте сети (`generator, discriminator = build_vanilla()`), затем ещё раз
# выполните ячейку с `train_step` (она создаёт новые оптимизаторы и новую `tf.function`) и ячейку с циклом. Каждый
# прогон цикла занимает примерно столько же времени, сколько прогон выше. Точные числа зависят от зерна и машины.
#
# 1. **Насыщающаяся функция потерь.** Замените в `train_step` потери генератора на насыщающиеся,
#    `g_loss = -bce(tf.zeros_like(fake_logits), fake_logits)` (среднее $\log(1 - D(G(z)))$), и запустите цикл ещё
#    раз. Сравните $D(G(z))$ и изображения после `STEPS` шагов.
#
#    <details><summary>Решение</summary>
#
#    Ожидайте более медленного старта: пока $D(G(z))$ близко к 0, градиент, который доходит до $G$, тоже близок к 0
#    (раздел 2), так что $D$ продолжает побеждать, $D(G(z))$ остаётся ниже, чем в прогоне выше, и после `STEPS`
#    шагов изображения ближе к шуму. Насколько медленнее — зависит от запуска; с некоторыми зёрнами генератор так и
#    не трогается с места.
#
#    </details>
#
# 2. **Баланс сил.** Дайте дискриминатору скорость обучения в пять раз больше, чем у генератора
#    (`d_optimizer = keras.optimizers.Adam(learning_rate=1e-3, beta_1=0.5)`), а затем в пять раз меньше (`4e-5`).
#    Что происходит с $D(x)$, $D(G(z))$ и изображениями?
#
#    <details><summary>Решение</summary>
#
#    Быстрый $D$ увереннее отделяет настоящие изображения от сгенерированных ($D(x)$ растёт, $D(G(z))$ падает, $L_G$
#    растёт); с ненасыщающейся функцией потерь $G$ всё равно получает градиент, и изображения могут даже раньше
#    стать чётче. Медленный $D$ позволяет $D(x)$ и $D(G(z))$ сползти к $\tfrac12$: игра выглядит сбалансированной,
#    но $D$ мало чему может научить, и изображения улучшаются медленнее. Ни одна из крайностей не лучше наверняка.
#
#    </details>
#
# 3. **Больше шагов дискриминатора.** Запустите обучение `recipes.config("vanilla", seconds=SECONDS, seed=SEED,
#    subset=SUBSET, d_steps=2)` в новую папку `run_folder("03_vanilla_d2", drive=USE_DRIVE)` (в одной папке — один
#    набор настроек: другие `train` не примет) и оцените результат через `evaluate`. Лучше ли он за то же время?
#
#    <details><summary>Решение</summary>
#
#    Теперь каждый раунд — это два обновления дискриминатора и одно обновление генератора, так что за те же
#    `SECONDS` генератор обновляется заметно реже (изобр./с в строках эпох падает). Окупит ли это лучше обученный
#    дискриминатор, покажет сравнение, и с разными зёрнами ответ может различаться: сравните две строки
#    `evaluate(...).summary(LANG)` при одном и том же `N_EVAL`.
#
#    </details>
#
# 4. **Импульс (momentum).** Поставьте в ручном цикле стандартное $\beta_1 = 0{,}9$ для обоих оптимизаторов Adam.
#    Сильнее ли колеблются кривые?
#
#    <details><summary>Решение</summary>
#
#    Часто да: с бо́льшим импульсом каждая сеть продолжает двигаться в направлении, которое было выгодно против
#    прежнего соперника, и $D(x)$ и $D(G(z))$ сильнее раскачиваются от шага к шагу. За `STEPS` шагов разница может
#    быть небольшой; нарисуйте `log["d_fake"]` обоих прогонов на одних осях, чтобы её увидеть.
#
#    </details>
#
# 5. **Долгое обучение.** Задайте `SECONDS = 600` и ещё раз выполните ячейку обучения: запуск продолжится с
#    контрольной точки (бюджет менять можно). Затем перезапустите ячейки под ней. Насколько упадут FID и
#    шероховатость $R$? Дойдут ли они до значений предобученного генератора и настоящих изображений?
#
#    <details><summary>Решение</summary>
#
#    Обычно оба числа падают, но всё медленнее; на CPU с 2 ядрами это ещё около 7,5 минуты (на GPU — меньше).
#    Предобученный генератор (30 эпох, см. выше) показывает, примерно куда приходит эта архитектура; $R$ остаётся
#    выше, чем у настоящих изображений, а полнота — маленькой: долгое обучение не лечит того, чего не хватает
#    многослойному перцептрону.
#
#    </details>
#
# 6. **Без дропаута.** Скопируйте ячейку с `build_vanilla`, переименуйте функцию в `build_vanilla_no_dropout`,
#    удалите две строки `layers.Dropout(0.3)` и запустите ручной цикл с `generator, discriminator =
#    build_vanilla_no_dropout()`. Быстрее ли побеждает дискриминатор?
#
#    <details><summary>Решение</summary>
#
#    Обычно да: без дропаута $D$ легче подстраивается под обучающие батчи, поэтому $D(x)$ быстрее растёт, $D(G(z))$
#    быстрее падает, а $L_G$ растёт. Число параметров не меняется (у дропаута их нет): изменилась только
#    регуляризация.
#
#    </details>

# %% [markdown] lang="es"
# Lee las tres cifras juntas. Si el generador preentrenado, entrenado varias veces más tiempo, es más liso que esta
# ejecución pero sigue siendo más rugoso que las imágenes reales, entrenar más reduce el moteado, pero no lo
# elimina: nada en estas redes favorece imágenes lisas y coherentes en el espacio, salvo lo que el discriminador
# logre aprender a partir de píxeles cuya posición ni siquiera conoce.
#
# El remedio es incorporar a las dos redes dos propiedades de las imágenes, la localidad y la invariancia a la
# traslación: **convoluciones**, cuyos núcleos pequeños se comparten en todas las posiciones. Es la DCGAN del
# cuaderno 4.
#
# ## Resumen
#
# * Una GAN son dos redes y dos pérdidas. El discriminador minimiza la BCE con etiqueta 1 en las imágenes reales y 0
#   en las generadas; el generador minimiza la pérdida **no saturante** $-\log D(G(z))$ (cuaderno 1).
# * Las redes de la GAN clásica son dos perceptrones multicapa `keras.Sequential`: la `build_vanilla` de arriba, que
#   es `ganlib.models.build_vanilla`.
# * Un paso de entrenamiento: muestrear $z$; actualizar $D$ con un lote real y uno generado; actualizar $G$ a través
#   del $D$ ya actualizado. Cada red tiene su propio optimizador Adam ($2 \cdot 10^{-4}$, $\beta_1 = 0{,}5$) y solo
#   sus propios gradientes.
# * `tf.GradientTape` graba, `tape.gradient` deriva respecto a las variables que le indiquemos, `apply_gradients` da
#   el paso y `tf.function` compila el paso entero en un grafo.
# * `ganlib.train.GAN.train_step` es el mismo paso, repartido en métodos que se pueden sobrescribir, con una sola
#   pasada del generador y una media móvil (EMA) de sus pesos; `train(recipes.config("vanilla", seconds=...),
#   run_folder(...))` añade la canalización de entrada, `fit()`, un presupuesto de tiempo de entrenamiento, las
#   cuadrículas de muestras por época y los puntos de control desde los que se reanuda.
# * Las pérdidas de una GAN no bajan como las de un clasificador; el progreso se juzga por las imágenes y por las
#   métricas (FID, clases cubiertas, precisión, exhaustividad).
# * Una GAN de perceptrones multicapa produce imágenes moteadas, vagas y repetitivas: su exhaustividad es minúscula
#   y no sabe nada de la estructura espacial de las imágenes.
#
# ## Ejercicios
#
# En los ejercicios 1, 2, 4 y 6, vuelve a crear las redes (`generator, discriminator = build_vanilla()`), ejecuta
# otra vez la celda de `train_step` (crea optimizadores nuevos y una `tf.function` nueva) y la celda del bucle.
# Cada pasada del bucle tarda más o menos lo mismo que la de arriba. Las cifras exactas dependen de la semilla y de
# la máquina.
#
# 1. **La pérdida saturante.** En `train_step`, sustituye la pérdida del generador por la saturante,
#    `g_loss = -bce(tf.zeros_like(fake_logits), fake_logits)` (la media de $\log(1 - D(G(z)))$), y repite el bucle.
#    Compara $D(G(z))$ y las muestras tras `STEPS` pasos.
#
#    <details><summary>Solución</summary>
#
#    Espera un arranque más lento: mientras $D(G(z))$ está cerca de 0, el gradiente que llega a $G$ también lo está
#    (sección 2), así que $D$ sigue ganando, $D(G(z))$ se queda más baja que en la pasada de arriba y tras `STEPS`
#    pasos las muestras se parecen más al ruido. Cuánto más lento depende de la ejecución; con algunas semillas el
#    generador no llega a arrancar.
#
#    </details>
#
# 2. **Equilibrio de fuerzas.** Dale al discriminador una tasa de aprendizaje cinco veces mayor que la del generador
#    (`d_optimizer = keras.optimizers.Adam(learning_rate=1e-3, beta_1=0.5)`) y luego cinco veces menor (`4e-5`).
#    ¿Qué les pasa a $D(x)$, $D(G(z))$ y las muestras?
#
#    <details><summary>Solución</summary>
#
#    Un $D$ más rápido separa con más claridad lo real de lo generado ($D(x)$ sube, $D(G(z))$ baja, $L_G$ sube); con
#    la pérdida no saturante, $G$ sigue recibiendo gradiente, y las muestras incluso pueden ganar nitidez antes. Un
#    $D$ más lento deja que $D(x)$ y $D(G(z))$ se acerquen a $\tfrac12$: el juego parece equilibrado, pero $D$ tiene
#    poco que enseñar y las muestras mejoran más despacio. Ningún extremo es mejor de forma fiable.
#
#    </details>
#
# 3. **Más pasos del discriminador.** Entrena `recipes.config("vanilla", seconds=SECONDS, seed=SEED, subset=SUBSET,
#    d_steps=2)` en una carpeta nueva, `run_folder("03_vanilla_d2", drive=USE_DRIVE)` (una carpeta guarda un solo
#    conjunto de ajustes: `train` rechaza otros), y evalúalo con `evaluate`. ¿Es mejor en el mismo tiempo?
#
#    <details><summary>Solución</summary>
#
#    Ahora cada ronda cuesta dos actualizaciones del discriminador y una del generador, así que con los mismos
#    `SECONDS` el generador se actualiza bastante menos (las img/s de las líneas de época bajan). Si un discriminador mejor
#    entrenado lo compensa es justo lo que dice la comparación, y puede cambiar de una semilla a otra: compara las
#    dos líneas de `evaluate(...).summary(LANG)` con el mismo `N_EVAL`.
#
#    </details>
#
# 4. **Momento (*momentum*).** Usa el $\beta_1 = 0{,}9$ por defecto de Adam en los dos optimizadores del bucle
#    escrito a mano. ¿Oscilan más las curvas?
#
#    <details><summary>Solución</summary>
#
#    A menudo sí: con más momento, cada red sigue avanzando en la dirección que le convenía frente al rival anterior,
#    así que $D(x)$ y $D(G(z))$ oscilan más de un paso a otro. En solo `STEPS` pasos la diferencia puede ser pequeña;
#    dibuja `log["d_fake"]` de las dos pasadas en los mismos ejes para verla.
#
#    </details>
#
# 5. **Entrenamiento largo.** Pon `SECONDS = 600` y vuelve a ejecutar la celda de entrenamiento: la ejecución se
#    reanuda desde su punto de control (el presupuesto sí puede cambiar). Después, vuelve a ejecutar las celdas de
#    debajo. ¿Cuánto bajan la FID y la rugosidad $R$? ¿Llegan a los valores del generador preentrenado y de las
#    imágenes reales?
#
#    <details><summary>Solución</summary>
#
#    Las dos suelen bajar, cada vez con menos ganancia; en una CPU de 2 núcleos cuesta unos 7,5 minutos más (menos en
#    una GPU). El generador preentrenado (30 épocas, impreso arriba) muestra más o menos hasta dónde llega esta
#    arquitectura; $R$ se queda por encima del valor de las imágenes reales y la exhaustividad sigue siendo pequeña:
#    entrenar más no cura lo que le falta al perceptrón multicapa.
#
#    </details>
#
# 6. **Sin *dropout*.** Copia la celda de `build_vanilla`, cambia el nombre de la función a
#    `build_vanilla_no_dropout`, borra sus dos líneas `layers.Dropout(0.3)` y ejecuta el bucle escrito a mano con
#    `generator, discriminator = build_vanilla_no_dropout()`. ¿Gana antes el discriminador?
#
#    <details><summary>Solución</summary>
#
#    Normalmente sí: sin *dropout*, $D$ se ajusta con más facilidad a los lotes de entrenamiento, así que $D(x)$ sube
#    y $D(G(z))$ baja más deprisa, y $L_G$ crece. Las redes tienen el mismo número de parámetros (el *dropout* no
#    tiene ninguno): solo ha cambiado la regularización.
#
#    </details>
