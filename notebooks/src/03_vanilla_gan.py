# %% [markdown] lang="en"
# # 3 · Vanilla GAN
#
# *Two multilayer perceptrons play the GAN game: the training step written out line by line with `tf.GradientTape`, then the same step inside `ganlib`.* · ⏱ ~2–3.5 min on a 2-core CPU
#
# {{badges}}

# %% [markdown] lang="ru"
# # 3 · Классическая GAN
#
# *Два многослойных перцептрона играют в игру GAN: шаг обучения, расписанный построчно на `tf.GradientTape`, а затем тот же шаг внутри `ganlib`.* · ⏱ ~2–3,5 мин на CPU с 2 ядрами
#
# {{badges}}

# %% [markdown] lang="es"
# # 3 · GAN clásica
#
# *Dos perceptrones multicapa juegan al juego de las GAN: el paso de entrenamiento escrito línea a línea con `tf.GradientTape` y, después, el mismo paso dentro de `ganlib`.* · ⏱ ~2–3,5 min en una CPU de 2 núcleos
#
# {{badges}}

# %% tags=["parameters"] smoke={"STEPS": 5, "EPOCHS": 1, "SUBSET": 512, "BATCH_SIZE": 64}
LANG = "en"  # language of figures and labels: "en", "ru" or "es"
STEPS = 500  # steps of the hand-written training loop
EPOCHS = 10  # epochs of ganlib.train.train
BATCH_SIZE = 64  # images per step
SUBSET = 20000  # training images used (None: all 60,000)
SEED = 0  # random seed

# %% [markdown] lang="en"
# This notebook builds the simplest GAN that works, the one of Goodfellow et al. (2014) with fully connected
# networks on both sides, and trains it twice:
#
# 1. with a training loop **written out by hand**, so that every line of the algorithm is in front of you;
# 2. with `ganlib.train.train`, which packs **exactly the same step** into `keras.Model.train_step` and lets
#    `fit()` do the bookkeeping.
#
# Then we look at what this GAN gets wrong, which is the motivation for the convolutional DCGAN of the next notebook.
#
# The parameters cell sets the budget: `STEPS` for the hand-written loop, `EPOCHS` passes over `SUBSET` images for
# `train`. The defaults take a few minutes on a CPU. More epochs, or `SUBSET = None` (all 60,000 images), give
# better pictures; on a GPU they cost little.

# %% [markdown] lang="ru"
# В этом блокноте мы соберём самую простую работающую GAN — ту, что описана у Goodfellow et al. (2014), с
# полносвязными сетями с обеих сторон, — и обучим её дважды:
#
# 1. **собственным циклом обучения**, где каждая строка алгоритма на виду;
# 2. функцией `ganlib.train.train`, которая упаковывает **ровно тот же шаг** в `keras.Model.train_step`, а всю
#    рутину отдаёт `fit()`.
#
# После этого разберём, что у такой GAN получается плохо, — отсюда и возникнет свёрточная DCGAN из следующего блокнота.
#
# Бюджет задаёт ячейка параметров: `STEPS` — число шагов ручного цикла, `EPOCHS` — число проходов `train` по `SUBSET`
# изображениям. Со значениями по умолчанию блокнот отрабатывает на CPU за несколько минут. Больше эпох или
# `SUBSET = None` (все 60 000 изображений) дают картинки получше, а на GPU это почти ничего не стоит.

# %% [markdown] lang="es"
# En este cuaderno montamos la GAN más sencilla que funciona, la de Goodfellow et al. (2014), con redes densas en
# ambos lados, y la entrenamos dos veces:
#
# 1. con un bucle de entrenamiento **escrito a mano**, para tener delante cada línea del algoritmo;
# 2. con `ganlib.train.train`, que empaqueta **exactamente el mismo paso** en `keras.Model.train_step` y deja el
#    resto del trabajo a `fit()`.
#
# Después veremos qué hace mal esta GAN, y de ahí saldrá la motivación de la DCGAN convolucional del próximo cuaderno.
#
# La celda de parámetros fija el presupuesto: `STEPS` pasos para el bucle escrito a mano y `EPOCHS` pasadas de `train`
# sobre `SUBSET` imágenes. Con los valores por defecto el cuaderno tarda unos minutos en CPU. Más épocas, o
# `SUBSET = None` (las 60 000 imágenes), dan mejores resultados, y en una GPU apenas cuestan.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import inspect
import time

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

from ganlib.data import load_fashion_mnist, make_dataset, subset
from ganlib.i18n import label
from ganlib.models import LATENT_DIM, build_gan
from ganlib.plots import plot_discriminator_outputs, plot_losses, show_images
from ganlib.sampling import generate
from ganlib.train import GAN, train

TEXT = {
    "en": {
        "untrained": "Untrained generator",
        "after_steps": "After {steps} hand-written steps",
        "saturating": "saturating",
        "non_saturating": "non-saturating",
        "g_loss_title": "Generator loss",
        "grad_title": "Gradient reaching the generator",
        "grad": "|∂ loss / ∂ logit|",
        "roughness": "roughness",
        "last_layer": "last layer",
    },
    "ru": {
        "untrained": "Необученный генератор",
        "after_steps": "После {steps} шагов ручного цикла",
        "saturating": "насыщающаяся",
        "non_saturating": "ненасыщающаяся",
        "g_loss_title": "Функция потерь генератора",
        "grad_title": "Градиент, который получает генератор",
        "grad": "|∂ потери / ∂ логит|",
        "roughness": "шероховатость",
        "last_layer": "последний слой",
    },
    "es": {
        "untrained": "Generador sin entrenar",
        "after_steps": "Tras {steps} pasos del bucle a mano",
        "saturating": "saturante",
        "non_saturating": "no saturante",
        "g_loss_title": "Pérdida del generador",
        "grad_title": "Gradiente que recibe el generador",
        "grad": "|∂ pérdida / ∂ logit|",
        "roughness": "rugosidad",
        "last_layer": "última capa",
    },
}[LANG]

keras.utils.set_random_seed(SEED)
(x_train, _), _ = load_fashion_mnist()
images, _ = subset(x_train, None, SUBSET, seed=SEED)
print(images.shape, images.dtype)

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

# %% [markdown] lang="ru"
# ## 1. Два перцептрона
#
# **Генератор** $G$. Латентный вектор $z \in \mathbb{R}^{100}$, $z \sim \mathcal{N}(0, I)$, проходит через три
# полносвязных слоя на 256, 512 и 1024 нейрона с активацией LeakyReLU, $f(x) = \max(0.2x, x)$, и последний
# полносвязный слой на $28 \cdot 28 = 784$ нейрона с $\tanh$; результат превращается в изображение
# $28 \times 28 \times 1$. Благодаря $\tanh$ каждый пиксель лежит в $[-1, 1]$ — в том же диапазоне, куда мы
# отмасштабировали настоящие изображения.
#
# **Дискриминатор** $D$. Изображение вытягивается в вектор из 784 чисел и проходит через полносвязные слои на 512 и
# 256 нейронов (LeakyReLU и дропаут 0.3, чтобы $D$ не запоминал обучающие изображения) до **одного числа — логита**
# $\ell$. Сигмоиды на выходе нет: $D(x) = \sigma(\ell) = 1 / (1 + e^{-\ell})$ — это вероятность того, что $x$
# настоящее, а сигмоиду применяет сама функция потерь (`from_logits=True`). Так вычисления устойчивее: не приходится
# брать логарифм от сигмоиды, которая округлилась до 0 или 1.

# %% [markdown] lang="es"
# ## 1. Dos perceptrones
#
# **Generador** $G$. Un vector latente $z \in \mathbb{R}^{100}$, $z \sim \mathcal{N}(0, I)$, pasa por tres capas
# densas de 256, 512 y 1024 unidades con activación LeakyReLU, $f(x) = \max(0.2x, x)$, y por una última capa densa
# de $28 \cdot 28 = 784$ unidades con $\tanh$, cuya salida se reorganiza en una imagen de $28 \times 28 \times 1$.
# La $\tanh$ deja cada píxel en $[-1, 1]$, el mismo rango al que escalamos las imágenes reales.
#
# **Discriminador** $D$. La imagen se aplana en 784 números y atraviesa capas densas de 512 y 256 unidades
# (LeakyReLU y *dropout* de 0.3, para que $D$ no memorice las imágenes de entrenamiento) hasta llegar a **un solo
# número, un logit** $\ell$. No hay sigmoide al final: $D(x) = \sigma(\ell) = 1 / (1 + e^{-\ell})$ es la
# probabilidad de que $x$ sea real, y la sigmoide la aplica la propia función de pérdida (`from_logits=True`). Así
# es numéricamente más estable que tomar el logaritmo de una sigmoide que ya se ha redondeado a 0 o a 1.

# %%
generator, discriminator = build_gan("vanilla")

# %%
# NBVAL_CHECK_OUTPUT
generator.summary()
discriminator.summary()

# %%
# NBVAL_CHECK_OUTPUT
last = generator.layers[-2]  # the Dense layer that writes the 784 pixels
print(f"G: {generator.count_params():>9,}")
print(f"D: {discriminator.count_params():>9,}")
print(f"G, {TEXT['last_layer']}: {last.count_params():,} ({last.count_params() / generator.count_params():.0%})")

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
show_images(generate(generator, n=16, seed=SEED), title=TEXT["untrained"], ncols=8);

# %% [markdown] lang="en"
# ## 2. The losses
#
# The two networks play the minimax game
#
# $$\min_G \max_D \; V(D, G) = \mathbb{E}_{x \sim p_\text{data}}\big[\log D(x)\big]
#   + \mathbb{E}_{z \sim p_z}\big[\log\big(1 - D(G(z))\big)\big].$$
#
# **The discriminator** maximises $V$, which is plain binary classification: binary cross-entropy (BCE) with label 1
# for real images and label 0 for generated ones. On a mini-batch of $m$ real images $x_i$ and $m$ latent vectors $z_i$:
#
# $$L_D = -\frac{1}{m}\sum_{i=1}^{m} \log D(x_i) \;-\; \frac{1}{m}\sum_{i=1}^{m} \log\big(1 - D(G(z_i))\big).$$
#
# **The generator** should minimise $\log(1 - D(G(z)))$. But at the start of training its images are poor, $D$
# rejects them easily, $D(G(z)) \approx 0$, and there this function is flat: the gradient vanishes, the loss
# *saturates*. Goodfellow et al. therefore suggest the **non-saturating loss**: maximise $\log D(G(z))$, that is,
# minimise
#
# $$L_G = -\frac{1}{m}\sum_{i=1}^{m} \log D(G(z_i)),$$
#
# which is BCE with the label "real" (1) on the generated images. Both versions push $G$ in the same direction,
# but with very different strength. With $D = \sigma(\ell)$, the gradients with respect to the logit are
#
# $$\frac{\partial}{\partial \ell} \log\big(1 - \sigma(\ell)\big) = -\sigma(\ell) = -D, \qquad
#   \frac{\partial}{\partial \ell} \big(-\log \sigma(\ell)\big) = -\big(1 - \sigma(\ell)\big) = -(1 - D).$$

# %% [markdown] lang="ru"
# ## 2. Функции потерь
#
# Сети играют в минимаксную игру
#
# $$\min_G \max_D \; V(D, G) = \mathbb{E}_{x \sim p_\text{data}}\big[\log D(x)\big]
#   + \mathbb{E}_{z \sim p_z}\big[\log\big(1 - D(G(z))\big)\big].$$
#
# **Дискриминатор** максимизирует $V$, а это обычная бинарная классификация: бинарная перекрёстная энтропия (BCE) с меткой 1
# для настоящих изображений и меткой 0 для сгенерированных. На мини-батче из $m$ настоящих изображений $x_i$ и $m$
# латентных векторов $z_i$:
#
# $$L_D = -\frac{1}{m}\sum_{i=1}^{m} \log D(x_i) \;-\; \frac{1}{m}\sum_{i=1}^{m} \log\big(1 - D(G(z_i))\big).$$
#
# **Генератор** по идее должен минимизировать $\log(1 - D(G(z)))$. Но в начале обучения его картинки плохи,
# дискриминатор легко их отвергает, $D(G(z)) \approx 0$, а в этой области функция почти плоская: градиент затухает,
# функция потерь *насыщается*. Поэтому Goodfellow et al. предлагают **ненасыщающуюся функцию потерь**: максимизировать
# $\log D(G(z))$, то есть минимизировать
#
# $$L_G = -\frac{1}{m}\sum_{i=1}^{m} \log D(G(z_i)).$$
#
# Это та же BCE, только на сгенерированных изображениях с меткой «настоящее» (1). Оба варианта тянут $G$ в одну
# сторону, но с очень разной силой. Если $D = \sigma(\ell)$, градиенты по логиту равны
#
# $$\frac{\partial}{\partial \ell} \log\big(1 - \sigma(\ell)\big) = -\sigma(\ell) = -D, \qquad
#   \frac{\partial}{\partial \ell} \big(-\log \sigma(\ell)\big) = -\big(1 - \sigma(\ell)\big) = -(1 - D).$$

# %% [markdown] lang="es"
# ## 2. Las pérdidas
#
# Las dos redes juegan al juego minimax
#
# $$\min_G \max_D \; V(D, G) = \mathbb{E}_{x \sim p_\text{data}}\big[\log D(x)\big]
#   + \mathbb{E}_{z \sim p_z}\big[\log\big(1 - D(G(z))\big)\big].$$
#
# **El discriminador** maximiza $V$, lo que no es más que clasificación binaria: entropía cruzada binaria (BCE) con
# etiqueta 1 para las imágenes reales y 0 para las generadas. Con un lote de $m$ imágenes reales $x_i$ y $m$ vectores
# latentes $z_i$:
#
# $$L_D = -\frac{1}{m}\sum_{i=1}^{m} \log D(x_i) \;-\; \frac{1}{m}\sum_{i=1}^{m} \log\big(1 - D(G(z_i))\big).$$
#
# **El generador**, en principio, debería minimizar $\log(1 - D(G(z)))$. Pero al comienzo sus imágenes son malas, el
# discriminador las rechaza sin esfuerzo, $D(G(z)) \approx 0$, y ahí esa función es casi plana: el gradiente se
# desvanece, la pérdida *se satura*. Por eso Goodfellow et al. proponen la **pérdida no saturante**: maximizar
# $\log D(G(z))$, es decir, minimizar
#
# $$L_G = -\frac{1}{m}\sum_{i=1}^{m} \log D(G(z_i)),$$
#
# que es la BCE con la etiqueta «real» (1) aplicada a las imágenes generadas. Las dos versiones empujan a $G$ en la
# misma dirección, pero con una fuerza muy distinta. Con $D = \sigma(\ell)$, los gradientes respecto al logit son
#
# $$\frac{\partial}{\partial \ell} \log\big(1 - \sigma(\ell)\big) = -\sigma(\ell) = -D, \qquad
#   \frac{\partial}{\partial \ell} \big(-\log \sigma(\ell)\big) = -\big(1 - \sigma(\ell)\big) = -(1 - D).$$

# %%
d_of_fake = np.linspace(0.001, 0.999, 500)
fig, (ax_loss, ax_grad) = plt.subplots(1, 2, figsize=(10, 3.5))
ax_loss.plot(d_of_fake, np.log(1 - d_of_fake), label=TEXT["saturating"] + r": $\log(1 - D(G(z)))$")
ax_loss.plot(d_of_fake, -np.log(d_of_fake), label=TEXT["non_saturating"] + r": $-\log D(G(z))$")
ax_loss.set_title(TEXT["g_loss_title"])
ax_grad.plot(d_of_fake, d_of_fake, label=TEXT["saturating"])
ax_grad.plot(d_of_fake, 1 - d_of_fake, label=TEXT["non_saturating"])
ax_grad.set_title(TEXT["grad_title"])
ax_grad.set_ylabel(TEXT["grad"])
for ax in (ax_loss, ax_grad):
    ax.set_xlabel(r"$D(G(z))$")
    ax.grid(alpha=0.3)
    ax.legend()
fig.tight_layout()

# %% [markdown] lang="en"
# Where training starts, at the left of both plots ($D(G(z))$ close to 0), the saturating loss passes almost no
# gradient to the generator, while the non-saturating one passes almost all of it. At the equilibrium,
# $D(G(z)) = \tfrac12$, the two are equal.
#
# ## 3. The training step, line by line
#
# Here is the whole algorithm in one function. The numbers in the comments are explained below the cell.

# %% [markdown] lang="ru"
# В начале обучения, в левой части обоих графиков ($D(G(z))$ близко к 0), насыщающаяся функция потерь почти не
# передаёт генератору градиент, а ненасыщающаяся передаёт его почти целиком. В точке равновесия,
# $D(G(z)) = \tfrac12$, они совпадают.
#
# ## 3. Шаг обучения построчно
#
# Вот весь алгоритм в одной функции. Пронумерованные строки разобраны под ячейкой.

# %% [markdown] lang="es"
# Donde empieza el entrenamiento, a la izquierda de ambas gráficas ($D(G(z))$ cerca de 0), la pérdida saturante
# apenas transmite gradiente al generador, mientras que la no saturante lo transmite casi entero. En el equilibrio,
# $D(G(z)) = \tfrac12$, las dos coinciden.
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
# generator step. Let's run it for `STEPS` steps on batches from `ganlib.data.make_dataset` (shuffled, scaled to
# $[-1, 1]$) and keep every step's numbers:

# %% [markdown] lang="ru"
# * `bce` — бинарная перекрёстная энтропия по логитам: `bce(tf.ones_like(l), l)` — среднее $-\log \sigma(l)$,
#   `bce(tf.zeros_like(l), l)` — среднее $-\log(1 - \sigma(l))$.
# * **Два оптимизатора Adam**, по одному на сеть: у каждого свои оценки моментов, и каждый обновляет только
#   переменные своей сети. Скорость обучения $2 \cdot 10^{-4}$ и $\beta_1 = 0.5$ взяты из статьи о DCGAN: при
#   стандартном $\beta_1 = 0.9$ Adam сохраняет слишком большую инерцию в игре, где цель смещается на каждом шаге.
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
# дискриминатора на каждое обновление генератора. Запустим `STEPS` шагов на батчах из `ganlib.data.make_dataset` (перемешанных и отмасштабированных в
# $[-1, 1]$) и сохраним числа с каждого шага:

# %% [markdown] lang="es"
# * `bce` es la entropía cruzada binaria sobre logits: `bce(tf.ones_like(l), l)` es la media de $-\log \sigma(l)$ y
#   `bce(tf.zeros_like(l), l)`, la media de $-\log(1 - \sigma(l))$.
# * **Dos optimizadores Adam**, uno por red, cada uno con sus propias estimaciones de momentos y aplicado solo a las
#   variables de su red. La tasa de aprendizaje $2 \cdot 10^{-4}$ y $\beta_1 = 0.5$ son los valores del artículo de
#   DCGAN: con el $\beta_1 = 0.9$ por defecto, Adam arrastra demasiada inercia en un juego cuyo objetivo se mueve en
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
# cada paso del generador. Ejecutémoslo durante `STEPS` pasos sobre lotes de `ganlib.data.make_dataset` (barajados y
# escalados a $[-1, 1]$), guardando las cifras de cada paso:

# %%
dataset = make_dataset(images, BATCH_SIZE, seed=SEED)
log = {"d_loss": [], "g_loss": [], "d_real": [], "d_fake": []}
start = time.perf_counter()
for step, real in enumerate(dataset.take(STEPS), start=1):
    for key, value in train_step(real).items():
        log[key].append(float(value))
    if step % 100 == 0 or step == STEPS:
        print(f"{label('step', LANG)} {step:4d}: d_loss {log['d_loss'][-1]:.3f}  g_loss {log['g_loss'][-1]:.3f}  "
              f"D(x) {log['d_real'][-1]:.2f}  D(G(z)) {log['d_fake'][-1]:.2f}")
print(f"{STEPS} × train_step: {time.perf_counter() - start:.1f} s")

# %% [markdown] lang="en"
# How to read the curves below. If $D$ could not tell real from generated at all, it would answer
# $D(x) = D(G(z)) = \tfrac12$, and the losses would be $L_D = 2\log 2 \approx 1.39$ and $L_G = \log 2 \approx 0.69$
# (the dashed lines). Unlike a classifier's loss, these curves do not settle towards a minimum: each network is
# measured against an opponent that changes at every step, so a falling $L_G$ may just mean that $D$ got worse.
# The numbers tell you whether the game is balanced; only the pictures tell you whether the images are good.

# %% [markdown] lang="ru"
# Как читать графики ниже. Если бы $D$ совсем не отличал настоящие изображения от сгенерированных, он отвечал бы
# $D(x) = D(G(z)) = \tfrac12$, а потери были бы $L_D = 2\log 2 \approx 1.39$ и $L_G = \log 2 \approx 0.69$
# (пунктирные линии). В отличие от функции потерь классификатора, эти кривые не сходятся к минимуму: каждую сеть
# оценивают относительно соперника, который меняется на каждом шаге, так что падение $L_G$ может означать лишь то, что
# ослаб $D$. Числа говорят, сбалансирована ли игра; хороши ли изображения, видно только по самим изображениям.

# %% [markdown] lang="es"
# Cómo leer las curvas de abajo. Si $D$ no distinguiera en absoluto lo real de lo generado, respondería
# $D(x) = D(G(z)) = \tfrac12$, y las pérdidas valdrían $L_D = 2\log 2 \approx 1.39$ y $L_G = \log 2 \approx 0.69$
# (las líneas discontinuas). A diferencia de la pérdida de un clasificador, estas curvas no bajan hacia un mínimo: cada
# red se mide contra un rival que cambia en cada paso, así que una $L_G$ que baja puede significar simplemente que $D$
# ha empeorado. Las cifras dicen si el juego está equilibrado; si las imágenes son buenas, solo lo dicen las imágenes.

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
show_images(generate(generator, n=32, seed=SEED), title=TEXT["after_steps"].format(steps=STEPS), ncols=8);

# %% [markdown] lang="en"
# After a few hundred steps the first silhouettes show through the noise: the generator has found the dark
# background and a bright blob in the middle. Getting further takes thousands of steps, and for that we hand the same
# step over to `ganlib`.
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
# | `@tf.function`, the `for` loop, `print` | `fit()`: compilation, progress bar, `History`, callbacks |
#
# Here is the method itself:

# %% [markdown] lang="ru"
# Через несколько сотен шагов из шума проступают первые силуэты: генератор нашёл тёмный фон и светлое пятно в центре.
# Чтобы продвинуться дальше, нужны тысячи шагов, и для этого мы передадим тот же шаг в `ganlib`.
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
# | `@tf.function`, цикл `for`, `print` | `fit()`: компиляция, индикатор выполнения, `History`, колбэки |
#
# Вот сам метод:

# %% [markdown] lang="es"
# Tras unos cientos de pasos asoman entre el ruido las primeras siluetas: el generador ha encontrado el fondo oscuro y
# una mancha clara en el centro. Para llegar más lejos hacen falta miles de pasos, y para eso le pasamos el mismo paso
# a `ganlib`.
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
# | `@tf.function`, el bucle `for`, `print` | `fit()`: compilación, barra de progreso, `History`, *callbacks* |
#
# Este es el método:

# %%
print(inspect.getsource(GAN.train_step))

# %% [markdown] lang="en"
# One difference from our version: the generator runs **once** per step instead of twice. The tape records $G(z)$;
# while the discriminator learns from those same images, `tape.stop_recording()` pauses it; then the updated
# discriminator scores the images and the gradient flows back into $G$. Same mathematics, one generator pass fewer.
# (`d_steps` allows several discriminator updates per generator update; WGAN-GP will use it.)
#
# `train(model="vanilla", ...)` builds **fresh** networks (it does not continue the ones we trained by hand), takes
# `SUBSET` training images, makes the shuffled `tf.data` pipeline and calls `fit()`. After every epoch a callback
# draws a grid from the same 64 latent vectors, so we can watch the same samples evolve. `verbose=2` prints one line
# per epoch: mean losses, `d_real` and `d_fake` (our $D(x)$ and $D(G(z))$) and the speed.

# %% [markdown] lang="ru"
# Одно отличие от нашего варианта: генератор запускается **один** раз за шаг, а не два. Лента записывает $G(z)$; пока
# дискриминатор учится на этих же изображениях, `tape.stop_recording()` приостанавливает запись; затем обновлённый
# дискриминатор оценивает изображения, и градиент возвращается в $G$. Математика та же, а проход генератора — на
# один меньше. (Параметр `d_steps` позволяет делать несколько шагов дискриминатора на один шаг генератора — он
# понадобится в WGAN-GP.)
#
# `train(model="vanilla", ...)` создаёт **новые** сети (обученные вручную она не продолжает), берёт `SUBSET`
# обучающих изображений, строит перемешанный конвейер входных данных `tf.data` и вызывает `fit()`. После каждой эпохи колбэк
# рисует сетку для одних и тех же 64 латентных векторов, так что видно, как меняются одни и те же изображения.
# С `verbose=2` на каждую эпоху выводится одна строка: средние потери, `d_real` и `d_fake` (наши $D(x)$ и
# $D(G(z))$) и скорость.

# %% [markdown] lang="es"
# Una diferencia con nuestra versión: el generador se ejecuta **una** vez por paso y no dos. La cinta graba $G(z)$;
# mientras el discriminador aprende de esas mismas imágenes, `tape.stop_recording()` la detiene; después el
# discriminador actualizado puntúa las imágenes y el gradiente vuelve a $G$. Las mismas matemáticas con una pasada
# menos del generador. (`d_steps` permite varias actualizaciones del discriminador por cada una del generador; la
# usará WGAN-GP.)
#
# `train(model="vanilla", ...)` construye redes **nuevas** (no continúa las que entrenamos a mano), toma `SUBSET`
# imágenes de entrenamiento, monta la canalización barajada de datos de entrada (`tf.data`) y llama a `fit()`. Al final de cada época un
# *callback* dibuja una cuadrícula a partir de los mismos 64 vectores latentes, así que vemos evolucionar las mismas
# muestras. Con `verbose=2` se imprime una línea por época: pérdidas medias, `d_real` y `d_fake` (nuestros $D(x)$ y
# $D(G(z))$) y la velocidad.

# %%
result = train(model="vanilla", epochs=EPOCHS, batch_size=BATCH_SIZE, subset=SUBSET, seed=SEED, verbose=2)

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

# %%
fakes = generate(result.gan.generator, n=64, seed=SEED)
fig, (ax_fake, ax_real) = plt.subplots(1, 2, figsize=(8, 4.2))
show_images(fakes, title=label("samples", LANG), ax=ax_fake)
show_images(images[:64], title=label("real", LANG), ax=ax_real)
fig.tight_layout()

# %% [markdown] lang="en"
# ## 5. What the vanilla GAN gets wrong
#
# Put the two grids side by side and the problems are plain:
#
# * **Speckle.** The samples are sprinkled with isolated bright and dark pixels. The generator writes every pixel
#   with its own weights and has no notion that neighbouring pixels should agree; the discriminator, an MLP too,
#   sees the image as an unordered list of numbers and is slow to object.
# * **Vague, averaged shapes.** Tops, pullovers and coats blur into one generic upper-body garment; straps of
#   sandals and the handles of bags, the fine structure, rarely appear.
# * **Little variety.** The same few silhouettes come back again and again: a mild form of *mode collapse*, where
#   the generator covers only part of the data distribution. Notebook 6 measures it with a classifier.
# * **Losses that say little.** The curves oscillate, and nothing in them announces better or worse images.
#
# We can put a number on the first point. Take the **roughness** of an image, the mean absolute difference between
# neighbouring pixels in grey levels $0$–$255$:
#
# $$R = \tfrac12\Big(\operatorname{mean}_{i,j} |x_{i+1,j} - x_{i,j}| + \operatorname{mean}_{i,j} |x_{i,j+1} - x_{i,j}|\Big).$$
#
# Real garments are smooth, except at their edges, so their $R$ is low; noise pushes it up.

# %% [markdown] lang="ru"
# ## 5. Что у классической GAN получается плохо
#
# Если положить обе сетки рядом, проблемы видны сразу:
#
# * **«Соль и перец».** Изображения усыпаны отдельными светлыми и тёмными пикселями. Генератор пишет каждый пиксель
#   своими весами и понятия не имеет, что соседние пиксели должны быть похожи; дискриминатор — тоже многослойный
#   перцептрон — видит изображение как неупорядоченный набор чисел и возражает не сразу.
# * **Размытые, «усреднённые» формы.** Футболки, пуловеры и пальто сливаются в одну обобщённую «верхнюю одежду»;
#   тонкие детали — ремешки сандалий, ручки сумок — появляются редко.
# * **Мало разнообразия.** Одни и те же несколько силуэтов повторяются снова и снова. Это мягкая форма *коллапса
#   мод*: генератор покрывает лишь часть распределения данных. В блокноте 6 мы измерим это с помощью классификатора.
# * **Малоинформативные потери.** Кривые колеблются, и по ним никак не понять, стали изображения лучше или хуже.
#
# Первый пункт можно выразить числом. Возьмём **шероховатость** изображения — средний модуль разности соседних
# пикселей в градациях серого $0$–$255$:
#
# $$R = \tfrac12\Big(\operatorname{mean}_{i,j} |x_{i+1,j} - x_{i,j}| + \operatorname{mean}_{i,j} |x_{i,j+1} - x_{i,j}|\Big).$$
#
# Настоящая одежда гладкая везде, кроме краёв, поэтому $R$ у неё маленькая; шум её увеличивает.

# %% [markdown] lang="es"
# ## 5. Qué hace mal la GAN clásica
#
# Con las dos cuadrículas una al lado de la otra, los problemas saltan a la vista:
#
# * **Moteado.** Las muestras están salpicadas de píxeles sueltos claros y oscuros. El generador escribe cada píxel
#   con sus propios pesos y no tiene ninguna noción de que los píxeles vecinos deban parecerse; el discriminador,
#   también un perceptrón multicapa, ve la imagen como una lista desordenada de números y tarda en protestar.
# * **Formas vagas, «promediadas».** Camisetas, jerséis y abrigos se funden en una prenda superior genérica; los
#   detalles finos, como las tiras de las sandalias o las asas de los bolsos, casi no aparecen.
# * **Poca variedad.** Las mismas pocas siluetas se repiten una y otra vez: una forma leve de *colapso de modos*, en
#   la que el generador cubre solo una parte de la distribución de los datos. El cuaderno 6 lo mide con un
#   clasificador.
# * **Pérdidas poco informativas.** Las curvas oscilan y nada en ellas anuncia imágenes mejores o peores.
#
# Al primer punto le podemos poner cifra. Tomemos la **rugosidad** de una imagen, la diferencia absoluta media entre
# píxeles vecinos en niveles de gris $0$–$255$:
#
# $$R = \tfrac12\Big(\operatorname{mean}_{i,j} |x_{i+1,j} - x_{i,j}| + \operatorname{mean}_{i,j} |x_{i,j+1} - x_{i,j}|\Big).$$
#
# Las prendas reales son lisas salvo en los bordes, así que su $R$ es baja; el ruido la hace subir.

# %%
def roughness(batch):
    """Mean absolute difference between vertically and horizontally neighbouring pixels, in grey levels 0-255."""
    x = np.asarray(batch, np.float32).reshape(-1, 28, 28)
    if x.min() < 0:  # generated images are in [-1, 1]
        x = (x + 1) * 127.5
    return (np.abs(np.diff(x, axis=1)).mean() + np.abs(np.diff(x, axis=2)).mean()) / 2


r_real = roughness(images[:1000])
r_fake = roughness(generate(result.gan.generator, n=1000, seed=SEED + 1))
print(f"{label('real', LANG)}: R = {r_real:.1f}")
print(f"{label('samples', LANG)}: R = {r_fake:.1f}")

fig, (ax_fake, ax_real) = plt.subplots(1, 2, figsize=(7, 3.8))
show_images(fakes[:1], ax=ax_fake, title=f"{label('samples', LANG)}\n{TEXT['roughness']} R = {r_fake:.1f}")
show_images(images[:1], ax=ax_real, title=f"{label('real', LANG)}\n{TEXT['roughness']} R = {r_real:.1f}")
fig.tight_layout()

# %% [markdown] lang="en"
# The generated images are far rougher than real ones. Training longer reduces the speckle but does not remove it:
# nothing in either network prefers smooth, spatially coherent images, except what the discriminator manages to
# learn from pixels it cannot even locate.
#
# The cure is to build the knowledge that images are local and translation-invariant into both networks:
# **convolutions**, whose small kernels are shared across all positions. That is the DCGAN of notebook 4.
#
# ## Summary
#
# * A GAN is two networks and two losses. The discriminator minimises BCE with label 1 on real and 0 on generated
#   images; the generator minimises the **non-saturating** loss $-\log D(G(z))$, which keeps its gradient alive
#   when $D$ wins easily, unlike the saturating $\log(1 - D(G(z)))$.
# * One training step: sample $z$; update $D$ on a real and a generated batch; update $G$ through the updated $D$.
#   Each network has its own Adam optimizer ($2 \cdot 10^{-4}$, $\beta_1 = 0.5$) and only its own gradients.
# * `tf.GradientTape` records, `tape.gradient` differentiates with respect to the variables you name,
#   `apply_gradients` takes the step, and `tf.function` compiles the whole step into a graph.
# * `ganlib.train.GAN.train_step` is the same step, split into overridable methods and run once per generator pass;
#   `train()` adds the data pipeline, `fit()` and per-epoch sample grids.
# * GAN losses do not fall like a classifier's. Their equilibrium values are $2\log 2$ for $D$ and $\log 2$ for $G$;
#   judge progress by the images.
# * An MLP GAN produces speckled, vague, repetitive images: it knows nothing about the spatial structure of images.
#
# ## Exercises
#
# 1. **The saturating loss.** In `train_step`, replace the generator's loss by the saturating one,
#    `g_loss = -bce(tf.zeros_like(fake_logits), fake_logits)` (the mean of $\log(1 - D(G(z)))$), rebuild the networks
#    and the optimizers, and run the loop again. Compare $D(G(z))$ and the samples after `STEPS` steps.
# 2. **Balance of power.** Give the discriminator a learning rate five times higher than the generator's, then five
#    times lower. What happens to $D(x)$, $D(G(z))$ and the samples?
# 3. **More discriminator steps.** Train with `train(model="vanilla", d_steps=2, ...)`. Is progress per epoch better?
#    Per second?
# 4. **Momentum.** Use Adam's default $\beta_1 = 0.9$ for both networks in the hand-written loop. Do the curves
#    oscillate more?
# 5. **Longer training.** Run `train` with `EPOCHS = 30` and `SUBSET = None` (preferably on a GPU). How far does the
#    roughness $R$ fall? Does it reach the real images' value?
# 6. **No dropout.** Copy `build_vanilla` from `ganlib/models.py`, remove the dropout layers, and train the result
#    with `gan = GAN(generator, discriminator)`, `gan.compile()` and
#    `gan.fit(make_dataset(images, BATCH_SIZE), steps_per_epoch=len(images) // BATCH_SIZE, epochs=EPOCHS)`.
#    Does the discriminator win faster?

# %% [markdown] lang="ru"
# Сгенерированные изображения намного шероховатее настоящих. Более долгое обучение уменьшает «соль и перец», но не
# избавляет от неё: ничто в этих сетях не поощряет гладкие, пространственно связные изображения, кроме того, чему
# дискриминатор сумеет научиться по пикселям, расположения которых он даже не знает.
#
# Лекарство — встроить в обе сети знание о том, что изображения локальны и не меняют смысла при сдвиге: **свёртки**,
# маленькие ядра которых общие для всех позиций. Это DCGAN из блокнота 4.
#
# ## Итоги
#
# * GAN — это две сети и две функции потерь. Дискриминатор минимизирует BCE с меткой 1 на настоящих и 0 на
#   сгенерированных изображениях; генератор минимизирует **ненасыщающуюся** функцию потерь $-\log D(G(z))$, у
#   которой, в отличие от насыщающейся $\log(1 - D(G(z)))$, градиент не пропадает, когда $D$ легко побеждает.
# * Один шаг обучения: сэмплируем $z$; обновляем $D$ на настоящем и сгенерированном батчах; обновляем $G$ через уже
#   обновлённый $D$. У каждой сети свой оптимизатор Adam ($2 \cdot 10^{-4}$, $\beta_1 = 0.5$) и только свои градиенты.
# * `tf.GradientTape` записывает вычисления, `tape.gradient` дифференцирует по указанным переменным,
#   `apply_gradients` делает шаг, а `tf.function` компилирует весь шаг в граф.
# * `ganlib.train.GAN.train_step` — тот же шаг, разбитый на переопределяемые методы и обходящийся одним проходом
#   генератора; `train()` добавляет конвейер входных данных, `fit()` и сетки изображений после каждой эпохи.
# * Потери GAN не падают, как у классификатора. В равновесии они равны $2\log 2$ для $D$ и $\log 2$ для $G$; о
#   прогрессе судите по изображениям.
# * GAN на многослойных перцептронах выдаёт зашумлённые, размытые и однообразные изображения: она ничего не знает о
#   пространственной структуре картинок.
#
# ## Упражнения
#
# 1. **Насыщающаяся функция потерь.** Замените в `train_step` потери генератора на насыщающиеся,
#    `g_loss = -bce(tf.zeros_like(fake_logits), fake_logits)` (среднее $\log(1 - D(G(z)))$), заново создайте сети и
#    оптимизаторы и запустите цикл ещё раз. Сравните $D(G(z))$ и изображения после `STEPS` шагов.
# 2. **Баланс сил.** Дайте дискриминатору скорость обучения в пять раз больше, чем у генератора, а затем в пять раз
#    меньше. Что происходит с $D(x)$, $D(G(z))$ и изображениями?
# 3. **Больше шагов дискриминатора.** Обучите `train(model="vanilla", d_steps=2, ...)`. Стал ли прогресс за эпоху
#    лучше? А за секунду?
# 4. **Инерция.** Поставьте в ручном цикле стандартное $\beta_1 = 0.9$ для обоих оптимизаторов Adam. Сильнее ли
#    колеблются кривые?
# 5. **Долгое обучение.** Запустите `train` с `EPOCHS = 30` и `SUBSET = None` (лучше на GPU). Насколько упадёт
#    шероховатость $R$? Дойдёт ли она до значения для настоящих изображений?
# 6. **Без дропаута.** Скопируйте `build_vanilla` из `ganlib/models.py`, уберите слои дропаута и обучите получившиеся
#    сети: `gan = GAN(generator, discriminator)`, `gan.compile()` и
#    `gan.fit(make_dataset(images, BATCH_SIZE), steps_per_epoch=len(images) // BATCH_SIZE, epochs=EPOCHS)`.
#    Быстрее ли побеждает дискриминатор?

# %% [markdown] lang="es"
# Las imágenes generadas son mucho más rugosas que las reales. Entrenar más tiempo reduce el moteado, pero no lo
# elimina: nada en estas redes favorece imágenes lisas y coherentes en el espacio, salvo lo que el discriminador logre
# aprender a partir de píxeles cuya posición ni siquiera conoce.
#
# El remedio es incorporar a las dos redes lo que sabemos de las imágenes, que son locales y que su contenido no cambia
# al desplazarlas: **convoluciones**, cuyos núcleos pequeños se comparten en todas las posiciones. Es la DCGAN del
# cuaderno 4.
#
# ## Resumen
#
# * Una GAN son dos redes y dos pérdidas. El discriminador minimiza la BCE con etiqueta 1 en las imágenes reales y 0
#   en las generadas; el generador minimiza la pérdida **no saturante** $-\log D(G(z))$, que, a diferencia de la
#   saturante $\log(1 - D(G(z)))$, conserva el gradiente cuando $D$ gana con facilidad.
# * Un paso de entrenamiento: muestrear $z$; actualizar $D$ con un lote real y uno generado; actualizar $G$ a través
#   del $D$ ya actualizado. Cada red tiene su propio optimizador Adam ($2 \cdot 10^{-4}$, $\beta_1 = 0.5$) y solo
#   sus propios gradientes.
# * `tf.GradientTape` graba, `tape.gradient` deriva respecto a las variables que le indiquemos, `apply_gradients` da
#   el paso y `tf.function` compila el paso entero en un grafo.
# * `ganlib.train.GAN.train_step` es el mismo paso, repartido en métodos que se pueden sobrescribir y con una sola
#   pasada del generador; `train()` añade la canalización de datos de entrada, `fit()` y las cuadrículas de muestras por época.
# * Las pérdidas de una GAN no bajan como las de un clasificador. En el equilibrio valen $2\log 2$ para $D$ y
#   $\log 2$ para $G$; el progreso se juzga por las imágenes.
# * Una GAN de perceptrones multicapa produce imágenes moteadas, vagas y repetitivas: no sabe nada de la estructura
#   espacial de las imágenes.
#
# ## Ejercicios
#
# 1. **La pérdida saturante.** En `train_step`, sustituye la pérdida del generador por la saturante,
#    `g_loss = -bce(tf.zeros_like(fake_logits), fake_logits)` (la media de $\log(1 - D(G(z)))$), vuelve a crear las
#    redes y los optimizadores y repite el bucle. Compara $D(G(z))$ y las muestras tras `STEPS` pasos.
# 2. **Equilibrio de fuerzas.** Dale al discriminador una tasa de aprendizaje cinco veces mayor que la del generador
#    y luego cinco veces menor. ¿Qué les pasa a $D(x)$, $D(G(z))$ y las muestras?
# 3. **Más pasos del discriminador.** Entrena con `train(model="vanilla", d_steps=2, ...)`. ¿Se avanza más por época?
#    ¿Y por segundo?
# 4. **Inercia.** Usa el $\beta_1 = 0.9$ por defecto de Adam en los dos optimizadores del bucle escrito a mano.
#    ¿Oscilan más las curvas?
# 5. **Entrenamiento largo.** Ejecuta `train` con `EPOCHS = 30` y `SUBSET = None` (mejor en una GPU). ¿Cuánto baja la
#    rugosidad $R$? ¿Llega al valor de las imágenes reales?
# 6. **Sin *dropout*.** Copia `build_vanilla` de `ganlib/models.py`, quita las capas de *dropout* y entrena el
#    resultado con `gan = GAN(generator, discriminator)`, `gan.compile()` y
#    `gan.fit(make_dataset(images, BATCH_SIZE), steps_per_epoch=len(images) // BATCH_SIZE, epochs=EPOCHS)`.
#    ¿Gana antes el discriminador?
