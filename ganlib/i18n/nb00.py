"""What notebook 0 (overview) draws and prints, in English, Russian and Spanish.

Read by ``notebook_texts("00", LANG)``. Every string is a :func:`ganlib.i18n.fmt` template, so a
literal brace (LaTeX such as ``\\mathcal{N}``) is written doubled: ``\\mathcal{{N}}``.
"""

TEXTS = {
    "en": {
        # the diagram of a GAN
        "noise": "noise\n$z \\sim \\mathcal{{N}}(0, I)$",
        "generator": "Generator $G$\n(the forger)",
        "fake": "generated\nimage $G(z)$",
        "real": "real image $x$\n(Fashion-MNIST)",
        "discriminator": "Discriminator $D$\n(the detective)",
        "verdict": "$D(\\cdot)$ = probability\nthat the image is real",
        "feedback": "gradients: how to fool $D$ better",
        "title": "A GAN: two networks, one game",
        # the setup check
        "backend": "(backend: {backend})",
        "gpu": "GPUs visible to TensorFlow: {n:d}",
        "none": "no GPU: everything runs on the CPU, which is fine for this series",
    },
    "ru": {
        "noise": "шум\n$z \\sim \\mathcal{{N}}(0, I)$",
        "generator": "Генератор $G$\n(мошенник)",
        "fake": "сгенерированное\nизображение $G(z)$",
        "real": "настоящее\nизображение $x$\n(Fashion-MNIST)",
        "discriminator": "Дискриминатор $D$\n(детектив)",
        "verdict": "$D(\\cdot)$ — вероятность,\nчто изображение\nнастоящее",
        "feedback": "градиенты: как лучше обмануть $D$",
        "title": "GAN: две сети, одна игра",
        "backend": "(бэкенд: {backend})",
        "gpu": "GPU, которые видит TensorFlow: {n:d}",
        "none": "GPU нет: всё будет выполняться на CPU, и для курса этого достаточно",
    },
    "es": {
        "noise": "ruido\n$z \\sim \\mathcal{{N}}(0, I)$",
        "generator": "Generador $G$\n(el falsificador)",
        "fake": "imagen\ngenerada $G(z)$",
        "real": "imagen real $x$\n(Fashion-MNIST)",
        "discriminator": "Discriminador $D$\n(el detective)",
        "verdict": "$D(\\cdot)$ = probabilidad\nde que la imagen\nsea real",
        "feedback": "gradientes: cómo engañar mejor a $D$",
        "title": "Una GAN: dos redes, un juego",
        "backend": "(backend: {backend})",
        "gpu": "GPU visibles para TensorFlow: {n:d}",
        "none": "sin GPU: todo se ejecuta en la CPU, y para esta serie basta",
    },
}
