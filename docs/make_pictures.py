"""Make the README's example files (samples/) and pictures (docs/*.png) from digits.py as it is.

    python docs/make_pictures.py samples     the example images, from the bundled pen digits and non-digits
    python docs/make_pictures.py pictures    the pictures of the reading, the pen digits, the non-digits
    python docs/make_pictures.py window      crops of the window (needs a display and ImageMagick's import)

Run from the project's folder. Everything is seeded: the same digits.py makes the same files."""

import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))
import digits  # noqa: E402

SAMPLES, DOCS = HERE / 'samples', HERE / 'docs'


def pen_digit(pen, writer, label, nth=0):
    """The strokes of the nth digit `label` that pen writer `writer` wrote."""
    return pen.strokes[np.flatnonzero((pen.writers == writer) & (pen.labels == label))[nth]]


def on_canvas(strokes, seed=0, width=digits.CANVAS_WIDTH):
    """Strokes drawn as the window's canvas draws them -> a PIL picture."""
    return digits.canvas_drawings([strokes], np.random.default_rng(seed), width=width)[0]


def written(strokes_list, height=180, gap=30, pen=12):
    """Several drawings side by side, as a number is written: each scaled to one height."""
    parts = []
    for strokes in strokes_list:
        points = np.vstack(strokes)
        low, high = points.min(axis=0), points.max(axis=0)
        scale = (height - 2 * pen) / max(high[1] - low[1], 1)
        parts.append([(s - low) * scale + pen for s in strokes])
    widths = [int(np.vstack(p)[:, 0].max()) + pen for p in parts]
    picture = Image.new('L', (sum(widths) + gap * (len(parts) + 1), height + 2 * gap), 255)
    draw, x = ImageDraw.Draw(picture), gap
    for part, width in zip(parts, widths):
        for stroke in part:
            digits.ink_stroke(draw, [tuple(p) for p in (stroke + [x, gap]).tolist()], pen)
        x += width + gap
    return picture


def make_samples():
    """samples/: digits, an unsure one, a number, a photo of paper and a non-digit, from pen writers
    26-30 (UCI's pen digits) and the held-out Quick, Draw! doodles, all bundled."""
    SAMPLES.mkdir(exist_ok=True)
    pen = digits.load_pen_digits(digits.PEN_DIR)
    on_canvas(pen_digit(pen, 26, 7)).save(SAMPLES / 'seven.png')
    on_canvas(pen.strokes[1554]).save(SAMPLES / 'four-or-nine.png')          # writer 28: "4 or 9"
    written([pen_digit(pen, 29, d, n) for d, n in ((2, 0), (0, 0), (2, 1), (6, 0))]).save(SAMPLES / 'number-2026.png')
    drawing = on_canvas(pen_digit(pen, 27, 5), seed=1)
    photo = digits.photographed([drawing], np.random.default_rng(6), sizes=((1024, 768),))[0]
    photo = digits.open_image(photo.fp)
    photo.convert('RGB').save(SAMPLES / 'photo-of-a-5.jpg', quality=85)
    doodles = next(s for s in digits.load_non_digits(digits.NON_DIGIT_DIR) if s.name.startswith('Quick'))
    held = np.flatnonzero(doodles.held)
    on_canvas(doodles.strokes[held[3]]).save(SAMPLES / 'not-a-digit.png')


if __name__ == '__main__':
    what = sys.argv[1:] or ['samples']
    if 'samples' in what:
        make_samples()
