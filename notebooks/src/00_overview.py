# %% [markdown] lang="en"
# # 0 · Overview: generative adversarial networks on Fashion-MNIST
#
# *What GANs are, the road map of this series, and how to run it.* · ⏱ 1 min on CPU or GPU
#
# {{badges}}

# %% [markdown] lang="ru"
# # 0 · Обзор: генеративно-состязательные сети на Fashion-MNIST
#
# *Что такое GAN, план курса и как его запускать.* · ⏱ 1 мин на CPU или GPU
#
# {{badges}}

# %% [markdown] lang="es"
# # 0 · Panorama: redes generativas adversarias con Fashion-MNIST
#
# *Qué son las GAN, el mapa de la serie y cómo ejecutarla.* · ⏱ 1 min en CPU o GPU
#
# {{badges}}

# %% tags=["parameters"] smoke={}
LANG = "en"

# %%
import ganlib
from ganlib.i18n import class_names

print("ganlib", ganlib.__version__)
print(class_names(LANG))
