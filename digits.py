"""digits: a handwritten-digit recognizer in one file, a neural network written from scratch in NumPy.

Draw a digit with the mouse and watch a small network read it. Everything is here and meant to be
read: parsing the MNIST files, a 784-H-10 network (ReLU hidden layer, softmax output), its
gradients, Adam, and the steps that turn any picture of a digit into the 28x28 input the network
was trained on. Simple and readable first; fast where it matters (batched NumPy, float32).

    python digits.py                      open the drawing window (trains first if no weights)
    python digits.py --train              train on mnist/ and save weights.npz
    python digits.py --eval               accuracy on the MNIST test set and on re-drawn digits
    python digits.py --predict PATH ...   read image files or folders, one line per image

In the window, a digit key saves your drawing to my_digits/<digit>/; "Learn now" and --train
learn your handwriting from them.

Sections, each depending only on those above it:
    MNIST files          reading and checking gzipped IDX
    Network              forward, backward, predict, save and load
    Reading a drawing    any image of a digit -> the network's 28x28 input; your saved drawings
    Training             minibatches, Adam, varied images, fine-tuning, evaluation, progress,
                         and stand-ins for real drawings (re-drawn and scanned MNIST digits)
    Drawing window       the Tk app; it is handed functions to read, save and learn, and knows
                         nothing of how they work
    Command line         main(argv), argparse, one-line errors and exit codes
    Embedded weights     a compact copy of weights.npz, so this file runs on its own
"""

import argparse
import base64
import io
import os
import sys
import tempfile
import time
import warnings
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

# --------------------------------------------------------------------------------------------------
# Constants

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / 'mnist'               # the four gzipped IDX files
WEIGHTS_PATH = HERE / 'weights.npz'     # trained weights, replaced whole by --train
MINE_DIR = HERE / 'my_digits'           # your own drawings, my_digits/<digit>/*.png, to learn from

IMAGE_SIDE = 28                         # MNIST images are 28x28 ...
BOX_SIDE = 20                           # ... with the digit scaled to fit 20x20 inside them
PIXELS = IMAGE_SIDE * IMAGE_SIDE        # 784 inputs
CLASSES = 10
IDX_MAGIC_LABELS = 2049                 # 0x00000801: unsigned bytes, one dimension
IDX_MAGIC_IMAGES = 2051                 # 0x00000803: unsigned bytes, three dimensions
MNIST_FILES = {
    'train': ('train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz'),
    'test': ('t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'),
}
VALIDATION_SIZE = 5000                  # held out of the 60,000 training images to choose settings
VALIDATION_SEED = 20261124              # fixed, so the split never depends on --seed
READING = 'crop20-com-width-deskew-moments-v1'  # how an image becomes input; stored with the weights

# Defaults of --train, chosen on the validation split. A small network learns all it can in 15
# quick epochs and loses a little from varied images; a wide one has room to learn from images
# varied anew each epoch (turned, resized, thicker, stretched), and needs longer to use that room.
DEFAULT_HIDDEN = 10
DEFAULT_SEED = 0
WIDE = 32                                # more hidden units than this get the wide recipe
SMALL_RECIPE = {'epochs': 15, 'lr': 0.01, 'batch': 128, 'augment': False}
WIDE_RECIPE = {'epochs': 80, 'lr': 0.003, 'batch': 256, 'augment': True}
VARIATION = {'turn': 0.1, 'zoom': 0.08, 'width': 0.5, 'stretch': 0.5}   # augment() settings
MINE_SHARE = 0.1                         # your drawings, varied copies of them, are this much of an epoch
MINE_MOST_COPIES = 200                   # ... but no drawing is copied more often than this
FINE_TUNE = {'epochs': 10, 'lr': 0.005, 'sample': 20000}   # the window's "learn now": about 2 s


class DigitsError(Exception):
    """An expected failure (bad file, bad option): main() prints it as one line, no traceback."""


# --------------------------------------------------------------------------------------------------
# MNIST files

def read_idx(path, magic):
    """Read one gzipped IDX file of unsigned bytes -> uint8 array shaped as its header says."""
    path = Path(path)
    try:
        # zlib with wbits=31 reads the gzip wrapper and is faster than the gzip module.
        data = zlib.decompress(path.read_bytes(), 31)
    except FileNotFoundError:
        raise DigitsError(f'{path}: no such file') from None
    except zlib.error as e:
        raise DigitsError(f'{path}: not a complete gzip file ({e})') from None
    except OSError as e:
        raise DigitsError(f'{path}: cannot read ({e.strerror or e})') from None
    if len(data) < 4:
        raise DigitsError(f'{path}: too short for an IDX header ({len(data)} bytes)')
    found = int.from_bytes(data[:4], 'big')
    if found != magic:
        kinds = {IDX_MAGIC_LABELS: 'labels', IDX_MAGIC_IMAGES: 'images'}
        what = kinds.get(found, f'magic number {found}')
        raise DigitsError(f'{path}: holds {what}, expected {kinds[magic]} (magic {magic})')
    ndim = data[3]
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DigitsError(f'{path}: IDX header cut short')
    shape = tuple(int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(ndim))
    expected = int(np.prod(shape))
    if len(data) - header != expected:
        raise DigitsError(f'{path}: header promises {expected} bytes of data '
                          f'({" x ".join(map(str, shape))}), file holds {len(data) - header}')
    return np.frombuffer(data, np.uint8, expected, header).reshape(shape)


def load_mnist(data_dir, split):
    """Load 'train' or 'test' -> images (n, 28, 28) uint8, labels (n,) uint8, all checked."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DigitsError(f'no MNIST data: looked for the folder {data_dir}')
    image_name, label_name = MNIST_FILES[split]
    images = read_idx(data_dir / image_name, IDX_MAGIC_IMAGES)
    labels = read_idx(data_dir / label_name, IDX_MAGIC_LABELS)
    if images.ndim != 3 or images.shape[1:] != (IMAGE_SIDE, IMAGE_SIDE):
        raise DigitsError(f'{data_dir / image_name}: images are {"x".join(map(str, images.shape[1:]))}, '
                          f'expected {IMAGE_SIDE}x{IMAGE_SIDE}')
    if labels.ndim != 1:
        raise DigitsError(f'{data_dir / label_name}: labels must be one-dimensional')
    if len(images) != len(labels):
        raise DigitsError(f'{data_dir}: {len(images)} images but {len(labels)} labels in {split} files')
    if len(labels) and labels.max() >= CLASSES:
        bad = int(np.argmax(labels >= CLASSES))
        raise DigitsError(f'{data_dir / label_name}: label {labels[bad]} at index {bad} is not a digit 0-9')
    return images, labels


def validation_split(n):
    """Indices (train, validation) of n training images; the split is fixed, whatever --seed is."""
    order = np.random.default_rng(VALIDATION_SEED).permutation(n)
    size = min(VALIDATION_SIZE, n // 6)
    return np.sort(order[size:]), np.sort(order[:size])


# --------------------------------------------------------------------------------------------------
# Network

def softmax(logits):
    """Rows of logits (n, 10) -> probabilities (n, 10), each row summing to 1."""
    # Subtracting the row maximum changes nothing mathematically but keeps exp() from overflowing.
    shifted = logits - logits.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=1, keepdims=True)


class Network:
    """A 784-H-10 network: hidden = relu(x @ w1 + b1), probabilities = softmax(hidden @ w2 + b2).

    The four weight arrays are views into one flat vector, `params`, and gradients() writes into
    views of another, `grads`: the optimiser then updates every weight in a few whole-vector steps.
    """

    def __init__(self, w1, b1, w2, b2):
        arrays = [np.asarray(a) for a in (w1, b1, w2, b2)]
        self.params = np.concatenate([a.ravel() for a in arrays]).astype(np.result_type(*arrays))
        self.grads = np.zeros_like(self.params)
        self.w1, self.b1, self.w2, self.b2 = self.views(self.params, arrays[0].shape[1])
        self.gradient_views = dict(zip(('w1', 'b1', 'w2', 'b2'), self.views(self.grads, arrays[0].shape[1])))

    @staticmethod
    def views(flat, hidden):
        """A flat vector -> views w1 (784, H), b1 (H,), w2 (H, 10), b2 (10,) of its parts."""
        shapes = [(PIXELS, hidden), (hidden,), (hidden, CLASSES), (CLASSES,)]
        ends = np.cumsum([int(np.prod(shape)) for shape in shapes])
        return [flat[end - np.prod(shape, dtype=int):end].reshape(shape) for end, shape in zip(ends, shapes)]

    @classmethod
    def random(cls, hidden, rng):
        """Fresh weights: He initialisation suits ReLU, Glorot-like for the softmax layer."""
        w1 = rng.standard_normal((PIXELS, hidden)) * np.sqrt(2.0 / PIXELS)
        w2 = rng.standard_normal((hidden, CLASSES)) * np.sqrt(1.0 / hidden)
        f32 = np.float32
        return cls(w1.astype(f32), np.zeros(hidden, f32), w2.astype(f32), np.zeros(CLASSES, f32))

    @property
    def hidden_size(self):
        return self.w1.shape[1]

    def arrays(self):
        return {'w1': self.w1, 'b1': self.b1, 'w2': self.w2, 'b2': self.b2}

    def forward(self, x):
        """Inputs x (n, 784) in [0, 1] -> hidden activations (n, H), probabilities (n, 10)."""
        hidden = np.maximum(x @ self.w1 + self.b1, 0)     # (n, 784) @ (784, H) -> (n, H)
        logits = hidden @ self.w2 + self.b2                # (n, H) @ (H, 10) -> (n, 10)
        return hidden, softmax(logits)

    def predict(self, x):
        """Inputs x (n, 784) -> probabilities (n, 10)."""
        return self.forward(x)[1]

    def gradients(self, x, labels):
        """Mean cross-entropy loss on a batch, and its gradient for each weight array as views
        into self.grads (overwritten by the next call)."""
        n = len(x)
        g = self.gradient_views
        hidden, probabilities = self.forward(x)
        picked = probabilities[np.arange(n), labels]
        loss = -np.mean(np.log(np.maximum(picked, 1e-30)))
        # Softmax followed by cross-entropy has the simple gradient p - onehot(label).
        d_logits = probabilities
        d_logits[np.arange(n), labels] -= 1
        d_logits /= n                                        # (n, 10)
        d_hidden = (d_logits @ self.w2.T) * (hidden > 0)     # (n, 10) @ (10, H) -> (n, H)
        np.matmul(x.T, d_hidden, out=g['w1'])                # (784, n) @ (n, H) -> (784, H)
        np.sum(d_hidden, axis=0, out=g['b1'])
        np.matmul(hidden.T, d_logits, out=g['w2'])           # (H, n) @ (n, 10) -> (H, 10)
        np.sum(d_logits, axis=0, out=g['b2'])
        return loss, g


def save_network(path, network, **meta):
    """Write the weights and metadata as plain arrays, atomically: a temporary file, then os.replace."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DigitsError(f'cannot save weights: no folder {path.parent}')
    fd, temporary = tempfile.mkstemp(prefix='.weights-', suffix='.npz', dir=path.parent)
    try:
        with os.fdopen(fd, 'wb') as f:
            np.savez(f, reading=np.array(READING), **network.arrays(),
                     **{k: np.asarray(v) for k, v in meta.items()})
        os.chmod(temporary, 0o644)              # mkstemp makes it private; weights are not secret
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def check_weights(arrays, source):
    """Arrays from a weights file -> (Network, metadata dict); every shape and value checked."""
    missing = [k for k in ('w1', 'b1', 'w2', 'b2') if k not in arrays]
    if missing:
        raise DigitsError(f'{source}: not a weights file (no {", ".join(missing)})')
    w1, b1, w2, b2 = (np.asarray(arrays[k]) for k in ('w1', 'b1', 'w2', 'b2'))
    hidden = w1.shape[1] if w1.ndim == 2 else -1
    expected = {'w1': (PIXELS, hidden), 'b1': (hidden,), 'w2': (hidden, CLASSES), 'b2': (CLASSES,)}
    for name, array in zip(('w1', 'b1', 'w2', 'b2'), (w1, b1, w2, b2)):
        if hidden < 1 or array.shape != expected[name]:
            raise DigitsError(f'{source}: {name} has shape {array.shape}, expected 784-H-10 weights')
        if array.dtype.kind != 'f' or not np.all(np.isfinite(array)):
            raise DigitsError(f'{source}: {name} holds values that are not finite numbers')
    reading = str(arrays['reading']) if 'reading' in arrays else '?'
    if reading != READING:
        raise DigitsError(f'{source}: made for another way of reading images ({reading}); retrain with --train')
    meta = {k: arrays[k].item() for k in arrays if k not in expected and k != 'reading'
            and np.asarray(arrays[k]).ndim == 0}
    network = Network(*(a.astype(np.float32) for a in (w1, b1, w2, b2)))
    return network, meta


def load_network(path):
    """Read a weights file written by save_network (never unpickling) -> (Network, metadata)."""
    try:
        with open(path, 'rb') as f:
            start = f.read(4)
    except FileNotFoundError:
        raise DigitsError(f'{path}: no such weights file') from None
    except OSError as e:
        raise DigitsError(f'{path}: cannot read ({e.strerror or e})') from None
    if start[:1] == b'\x80':
        raise DigitsError(f'{path}: holds a pickled object; refusing to load it')
    if start != b'PK\x03\x04':
        raise DigitsError(f'{path}: not a weights file (not an .npz archive)')
    try:
        with open(path, 'rb') as f, np.load(f, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except ValueError as e:
        if 'pickle' in str(e):
            raise DigitsError(f'{path}: holds pickled objects; refusing to load it') from None
        raise DigitsError(f'{path}: not a weights file ({e})') from None
    except Exception as e:  # a damaged archive raises BadZipFile, OSError, EOFError, zlib.error...
        raise DigitsError(f'{path}: not a weights file ({type(e).__name__})') from None
    return check_weights(arrays, path)


# --------------------------------------------------------------------------------------------------
# Reading a drawing
#
# MNIST digits were made by cropping each digit to its ink, scaling the longer side to 20 pixels
# (anti-aliased) and placing it in 28x28 with its centre of mass at the centre. Any picture goes
# through the same steps (image_to_ink, ink_to_mnist). Then both MNIST and pictures go through
# normalise(): strokes brought to one width, the slant removed and the size set by moments, so the
# network sees what it learnt from whatever pen, size or slant a person used.

CENTRE = IMAGE_SIDE / 2          # MNIST centres of mass sit at index 14.0 on both axes
MIN_CONTRAST = 0.2               # ink must differ from the paper by this much (of full scale)
NOISE_FLOOR = 0.15               # ink fainter than this (after scaling to [0, 1]) is paper texture
STROKE_WIDTH = 2.6               # pixels; about the median MNIST stroke, the width all strokes get
SPREAD = 5.5                     # pixels; standard deviation of ink rows, the MNIST median
MAX_SIDE = 1024                  # larger pictures are first reduced to this (fast, loses nothing)
RESAMPLE = getattr(Image, 'Resampling', Image)   # Pillow >= 9.1 names the filters here


def image_to_ink(image):
    """A PIL image of any mode -> ink (h, w) float32 in [0, 1], 1 where the pen was; polarity detected."""
    if image.mode in ('RGBA', 'LA', 'PA') or 'transparency' in image.info:
        image = image.convert('RGBA')
        alpha = np.asarray(image.getchannel('A'), np.float32) / 255
        if middle(border(alpha)) < 0.5:                  # drawn on a transparent sheet
            return clean_ink(alpha)
        white = Image.new('RGBA', image.size, 'white')
        image = Image.alpha_composite(white, image)
    if image.mode in ('I', 'F') or image.mode.startswith('I;16'):   # 16-bit or float greys, unclipped
        values = np.asarray(image, np.float32)
        grey = values / (65535 if image.mode.startswith('I;16') else max(float(values.max()), 1))
    else:
        grey = np.asarray(image.convert('L'), np.float32) / 255
    paper = middle(border(grey))
    # Dark ink on light paper, or light ink on dark: the border says which the paper is.
    return clean_ink(paper - grey if paper >= 0.5 else grey - paper)


def middle(values):
    """The median of a vector (np.median's first call costs 10 ms of imports; this does not)."""
    return float(np.sort(values)[len(values) // 2])


def border(a):
    """The outermost rows and columns of a 2-D array, as one vector."""
    return np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])


def clean_ink(ink):
    """Raw ink (h, w) -> scaled so the darkest stroke is 1, paper noise set to 0; all 0 if blank."""
    strongest = ink.max()
    if strongest < MIN_CONTRAST:
        return np.zeros_like(ink)
    ink = (ink / strongest - NOISE_FLOOR) / (1 - NOISE_FLOOR)
    return np.clip(ink, 0, 1, out=ink)


def ink_to_mnist(ink):
    """Ink (h, w) -> (28, 28) float32 made the MNIST way: crop, fit 20x20, centre of mass at centre.

    Returns None when there is no ink at all.
    """
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        return None
    crop = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    scale = BOX_SIDE / max(crop.shape)
    size = (max(1, round(crop.shape[1] * scale)), max(1, round(crop.shape[0] * scale)))
    small = np.asarray(Image.fromarray(crop).resize(size, RESAMPLE.LANCZOS), np.float32)
    small = np.clip(small / max(small.max(), 1e-6), 0, 1)   # a thin pen keeps full strength
    cy, cx = centre_of_mass(small[None])[:, 0]
    top = int(np.clip(round(CENTRE - cy), 0, IMAGE_SIDE - size[1]))
    left = int(np.clip(round(CENTRE - cx), 0, IMAGE_SIDE - size[0]))
    out = np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.float32)
    out[top:top + size[1], left:left + size[0]] = small
    return out


def centre_of_mass(images):
    """Images (n, h, w) -> (2, n): the row and column of each image's centre of mass."""
    mass = np.maximum(images.sum(axis=(1, 2)), 1e-6)
    rows = images.sum(axis=2) @ np.arange(images.shape[1], dtype=np.float32) / mass
    cols = images.sum(axis=1) @ np.arange(images.shape[2], dtype=np.float32) / mass
    return np.stack([rows, cols])


def stroke_width(images):
    """Images (n, 28, 28) -> (n,) estimated pen width in pixels: twice the ink over its outline."""
    # A stroke of width w and length L has area w*L and an outline about 2*L long.
    dx = images[:, :-1, 1:] - images[:, :-1, :-1]
    dy = images[:, 1:, :-1] - images[:, :-1, :-1]
    outline = np.sqrt(dx * dx + dy * dy).sum(axis=(1, 2))
    return 2 * images.sum(axis=(1, 2)) / np.maximum(outline, 1e-6)


def grow_or_thin(images, steps):
    """Dilate (steps > 0) or erode (steps < 0) each image (n, 28, 28) by up to a pixel per side."""
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1)))
    neighbours = (padded[:, :-2, 1:-1], padded[:, 2:, 1:-1], padded[:, 1:-1, :-2], padded[:, 1:-1, 2:])
    grown, thinned = images.copy(), images.copy()
    for shifted in neighbours:                     # the plus-shaped neighbourhood
        np.maximum(grown, shifted, out=grown)
        np.minimum(thinned, shifted, out=thinned)
    t = steps[:, None, None]
    return images + np.maximum(t, 0) * (grown - images) + np.minimum(t, 0) * (images - thinned)


def set_stroke_width(images, width=STROKE_WIDTH):
    """Images (n, 28, 28) -> the same digits with strokes about `width` pixels wide."""
    # One pass moves at most 2 pixels; a second, for those still off, covers pens from 0.5 to 6.5 px.
    original = images
    for _ in range(2):
        steps = np.clip((width - stroke_width(images)) / 2, -1, 1).astype(np.float32)
        off = np.flatnonzero(np.abs(steps) > 0.1)
        if off.size == 0:
            break
        changed = grow_or_thin(images[off], steps[off])
        changed /= np.maximum(changed.max(axis=(1, 2), keepdims=True), 1e-6)
        images = images.copy() if images is original else images
        images[off] = changed
    return images


def resample(images, rows, cols):
    """Bilinear resampling of images (n, h, w), 0 outside: output row r is read from input row
    rows[:, r] (n, h), then output pixel (r, c) from column cols[:, r, c] (n, h, w) of that row."""
    n, h, w = images.shape
    # Vertically: each output row blends two whole input rows (fast: rows are gathered whole).
    tall = np.zeros((n, h + 2, w), np.float32)               # a zero row above and below
    tall[:, 1:-1] = images
    r = np.clip(rows, -1, h) + np.float32(1)
    r0 = np.minimum(r.astype(np.intp), h)                    # r >= 0, so astype is floor
    fr = (r - r0)[:, :, None]
    which = np.arange(n)[:, None]
    upper, lower = tall[which, r0], tall[which, r0 + 1]
    # Horizontally: each output pixel blends two neighbours in its row.
    wide = np.zeros((n, h, w + 2), np.float32)               # a zero column left and right
    wide[:, :, 1:-1] = upper + fr * (lower - upper)
    flat = wide.reshape(-1)
    c = np.clip(cols, -1, w) + np.float32(1)
    c0 = np.minimum(c.astype(np.intp), w)
    index = c0 + (np.arange(n * h) * (w + 2)).reshape(n, h, 1)
    left = flat[index]
    return left + (c - c0) * (flat[index + 1] - left)


def deskew(images):
    """Images (n, 28, 28) -> each sheared upright, scaled to one size, centred by mass.

    The slant and size come from second moments: the shear that makes the covariance of row and
    column zero, and the zoom that gives the rows a spread of SPREAD pixels (the MNIST median).
    Moments, unlike a bounding box, ignore a stray tail, so every digit lands alike.
    """
    grid = np.arange(IMAGE_SIDE, dtype=np.float32)
    mass = np.maximum(images.sum(axis=(1, 2)), 1e-6)
    row_ink, col_ink = images.sum(axis=2), images.sum(axis=1)        # (n, 28) each
    cy, cx = row_ink @ grid / mass, col_ink @ grid / mass
    var_y = np.maximum(row_ink @ (grid * grid) / mass - cy * cy, 1e-3)
    cov_xy = (images @ grid) @ grid / mass - cy * cx                 # E[row * col] - E[row] E[col]
    slant = (cov_xy / var_y)[:, None]
    zoom = np.clip(np.sqrt(var_y) / SPREAD, 1 / 1.6, 1 / 0.6)[:, None]
    # Output pixel (r, c) is read at the same offset from the centre of mass, zoomed, and moved
    # sideways along the slant: row cy + zoom (r - 14), column cx + zoom (c - 14) + slant zoom (r - 14).
    out_r = (grid - CENTRE) * zoom                                    # (n, 28)
    out_c = (grid - CENTRE) * zoom[:, :, None]                        # (n, 1, 28)
    return resample(images, cy[:, None] + out_r, (cx[:, None] + slant * out_r)[:, :, None] + out_c)


def in_chunks(work, n, chunk=1024):
    """work(start, stop) -> (stop - start, 784) for each chunk of range(n), on every core -> (n, 784)."""
    out = np.empty((n, PIXELS), np.float32)

    def run(start):
        out[start:start + chunk] = work(start, min(start + chunk, n))

    starts = range(0, n, chunk)
    if len(starts) > 1:           # NumPy lets go of the GIL in these loops, so threads use every core
        from concurrent.futures import ThreadPoolExecutor    # here: it costs 9 ms at start-up
        with ThreadPoolExecutor(min(4, os.cpu_count() or 1)) as pool:
            list(pool.map(run, starts))
    elif n:
        run(0)
    return out


def normalise(images):
    """MNIST-like images (n, 28, 28), uint8 or float in [0, 1] -> network inputs (n, 784) float32."""
    def work(start, stop):
        raw = images[start:stop]
        batch = raw / np.float32(255) if raw.dtype == np.uint8 else np.asarray(raw, np.float32)
        return deskew(set_stroke_width(batch)).reshape(stop - start, PIXELS)
    return in_chunks(work, len(images))


def read_image(image):
    """A PIL image of a digit -> (28, 28) float32 in the MNIST form, or None if it holds no ink."""
    if max(image.size) > MAX_SIDE:
        image = image.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE), RESAMPLE.BOX)
    return ink_to_mnist(image_to_ink(image))


def open_image(path):
    """Open an image file fully -> PIL image; DigitsError naming the file if it cannot be read."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 89 and 179 megapixels; an image that big is an error here.
            warnings.simplefilter('error', Image.DecompressionBombWarning)
            with Image.open(path) as image:
                image.load()
                return image
    except FileNotFoundError:
        raise DigitsError(f'{path}: no such file') from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise DigitsError(f'{path}: image too large to read safely') from None
    except Image.UnidentifiedImageError:
        raise DigitsError(f'{path}: not an image Pillow can read') from None
    except (OSError, ValueError, SyntaxError) as e:   # truncated or damaged image data
        raise DigitsError(f'{path}: damaged image ({e})') from None


def image_files(paths):
    """Command-line paths (files or folders) -> list of image paths, each folder's sorted by name."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            extensions = set(Image.registered_extensions())   # loads every Pillow plugin: 40 ms
            inside = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in extensions)
            if not inside:
                raise DigitsError(f'{path}: no images in this folder')
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise DigitsError(f'{path}: no such file or folder')
    return found


def read_images(images):
    """PIL images -> network inputs (n, 784) and a mask (n,) of those that held a digit at all."""
    forms = [read_image(image) for image in images]
    found = np.array([f is not None for f in forms], bool)
    stack = np.zeros((len(forms), IMAGE_SIDE, IMAGE_SIDE), np.float32)
    for i in np.flatnonzero(found):
        stack[i] = forms[i]
    return normalise(stack), found


def read_labelled(folder):
    """A folder with sub-folders 0 to 9 of images -> inputs (n, 784), labels (n,), warnings (list).

    Every file is read exactly as --predict reads it; one that is not an image, or holds no ink,
    is skipped with a warning naming it.
    """
    images, labels, paths, warned = [], [], [], []
    for digit in range(CLASSES):
        sub = Path(folder) / str(digit)
        for path in sorted(sub.iterdir()) if sub.is_dir() else []:
            if not path.is_file() or path.name.startswith('.'):
                continue
            try:
                images.append(open_image(path))
            except DigitsError as e:
                warned.append(f'skipping {e}')
                continue
            labels.append(digit)
            paths.append(path)
    x, found = read_images(images)
    warned += [f'skipping {path}: no ink found' for path, ok in zip(paths, found) if not ok]
    return x[found], np.array(labels, np.intp)[found], warned


def save_drawing(image, digit, folder):
    """Save a drawing as PNG in folder/<digit>/, named by the time -> the number of drawings there now."""
    target = Path(folder) / str(digit)
    target.mkdir(parents=True, exist_ok=True)
    now = time.time()
    name = time.strftime('%Y%m%d-%H%M%S', time.localtime(now)) + f'-{int(now * 1000) % 1000:03}'
    fd, temporary = tempfile.mkstemp(prefix='.drawing-', suffix='.png', dir=target)
    with os.fdopen(fd, 'wb') as f:
        image.save(f, format='PNG')
    path, n = target / f'{name}.png', 1
    while path.exists():                         # two saves in one millisecond
        path, n = target / f'{name}-{n}.png', n + 1
    os.replace(temporary, path)
    return count_drawings(folder)


def count_drawings(folder):
    """How many files the sub-folders 0 to 9 of folder hold."""
    subs = [Path(folder) / str(d) for d in range(CLASSES)]
    return sum(1 for sub in subs if sub.is_dir() for p in sub.iterdir() if p.is_file() and not p.name.startswith('.'))


# --------------------------------------------------------------------------------------------------
# Training

class Adam:
    """The Adam optimiser (Kingma and Ba, 2015): step(lr) moves network.params along network.grads."""

    def __init__(self, network, beta1=0.9, beta2=0.999, eps=1e-8):
        self.params, self.grads = network.params, network.grads
        self.moment = np.zeros_like(self.params)      # running mean of the gradients
        self.energy = np.zeros_like(self.params)      # running mean of their squares
        self.scratch = np.empty_like(self.params)
        self.beta1, self.beta2, self.eps, self.t = beta1, beta2, eps, 0

    def step(self, lr):
        b1, b2 = self.beta1, self.beta2
        m, v, s, g = self.moment, self.energy, self.scratch, self.grads
        self.t += 1
        # Bias correction folded into the step size, as in the Adam paper (section 2).
        size = lr * np.sqrt(1 - b2 ** self.t) / (1 - b1 ** self.t)
        m *= b1                                   # m = b1 m + (1 - b1) g, in place
        m += np.multiply(g, 1 - b1, out=s)
        v *= b2                                   # v = b2 v + (1 - b2) g^2
        np.multiply(g, g, out=s)
        s *= 1 - b2
        v += s
        np.sqrt(v, out=s)                         # params -= size m / (sqrt(v) + eps)
        s += self.eps
        np.divide(m, s, out=s)
        s *= size
        self.params -= s


def accuracy(network, x, labels):
    """Fraction of inputs x (n, 784) whose most probable digit is the label."""
    return float(np.mean(network.predict(x).argmax(axis=1) == labels)) if len(x) else 0.0


def augment(x, rng, turn, zoom, width, stretch):
    """Inputs x (n, 784) -> new random variants: turned a little, resized, strokes a little
    thicker or thinner, and (with probability `stretch`) widened as if scaled to fill a square."""
    n = len(x)
    f32 = np.float32
    widths = rng.uniform(-width, width, n).astype(f32)
    angles = rng.uniform(-turn, turn, n).astype(f32)
    sizes = np.exp(rng.uniform(-zoom, zoom, n)).astype(f32)
    widen = np.where(rng.random(n) < stretch, rng.uniform(1, 1.6, n), 1).astype(f32)
    grid = np.arange(IMAGE_SIDE, dtype=f32) - CENTRE

    def work(start, stop):
        images = grow_or_thin(x[start:stop].reshape(-1, IMAGE_SIDE, IMAGE_SIDE), widths[start:stop])
        angle = angles[start:stop, None, None]
        size, wider = sizes[start:stop, None], widen[start:stop, None, None]
        # A small turn by `angle` is a horizontal shear by `angle`, then a vertical one by -`angle`.
        cols = CENTRE + (grid / wider + angle * grid[:, None]) / size[:, :, None]
        images = resample(images, CENTRE + grid / size, cols).transpose(0, 2, 1)   # columns as rows
        same = np.broadcast_to(CENTRE + grid, (stop - start, IMAGE_SIDE))
        images = resample(images, same, CENTRE + grid - angle * grid[:, None])
        return images.transpose(0, 2, 1).reshape(stop - start, PIXELS)
    return in_chunks(work, n)


def train(network, x, labels, epochs, lr, batch_size, rng, validation=None, report=None, varied=None,
          mine=None):
    """Minibatch Adam on inputs x (n, 784), labels (n,); the step size falls linearly to 0.

    validation: optional (x, labels) measured after each epoch; report(epoch, done, loss, val)
    is called as training goes (val is None until an epoch ends); varied: None, or a dict of
    augment() settings to train each epoch on new random variants; mine: None, or (x, labels,
    copies), drawings added `copies` times to every epoch, each copy varied anew.
    Returns the last epoch's loss.
    """
    step = Adam(network).step
    original = x
    if mine is not None:                       # your drawings ride along after the MNIST images
        mine_x, mine_labels, copies = mine
        mine_x = np.repeat(mine_x, copies, axis=0)
        labels = np.concatenate([labels, np.repeat(mine_labels, copies)])
    n = len(labels)
    steps_per_epoch = max(1, -(-n // batch_size))
    total = epochs * steps_per_epoch
    for epoch in range(epochs):
        x = augment(original, rng, **varied) if varied is not None else original
        if mine is not None:
            x = np.concatenate([x, augment(mine_x, rng, **VARIATION)])
        order = rng.permutation(n)
        losses = []
        for i in range(steps_per_epoch):
            batch = order[i * batch_size:(i + 1) * batch_size]
            loss, _ = network.gradients(x[batch], labels[batch])
            losses.append(loss)
            step(lr * (1 - (epoch * steps_per_epoch + i) / total))
            if report and i % 50 == 0:
                report(epoch, i / steps_per_epoch, float(np.mean(losses)), None)
        mean_loss = float(np.mean(losses))
        if report:
            val = accuracy(network, *validation) if validation else None
            report(epoch, 1.0, mean_loss, val)
    return mean_loss


def mine_copies(n_mnist, n_mine):
    """How often each of n_mine drawings of yours goes into an epoch beside n_mnist MNIST images."""
    return int(min(MINE_MOST_COPIES, np.ceil(MINE_SHARE * n_mnist / max(n_mine, 1))))


def fine_tune(network, x, labels, mine_x, mine_labels, rng, epochs=FINE_TUNE['epochs'], lr=FINE_TUNE['lr']):
    """A copy of network trained a little more on your drawings mine_x (m, 784), mine_labels (m,),
    mixed with MNIST inputs x, labels (a sample of them, so that it does not forget MNIST)."""
    tuned = Network(*(a.copy() for a in network.arrays().values()))
    mine = (mine_x, mine_labels, mine_copies(len(x), len(mine_x)))
    train(tuned, x, labels, epochs, lr, SMALL_RECIPE['batch'], rng, mine=mine)
    return tuned


def progress_printer(epochs):
    """A report() for train() that draws one progress bar per epoch with loss, accuracy and time."""
    start = time.perf_counter()
    out = sys.stdout
    live = out.isatty()

    def report(epoch, done, loss, val):
        if done < 1 and not live:
            return
        bar = '#' * round(done * 24)
        line = (f'epoch {epoch + 1:>{len(str(epochs))}}/{epochs} [{bar:<24}] loss {loss:.4f}'
                + (f'  validation {val:.2%}' if val is not None else '')
                + f'  {time.perf_counter() - start:5.1f}s')
        out.write(('\r' + line + '\033[K' if live else line) + ('\n' if done >= 1 else ''))
        out.flush()
    return report


def confusion_matrix(labels, predicted):
    """Counts (10, 10): row = true digit, column = predicted digit."""
    return np.bincount(labels * CLASSES + predicted, minlength=CLASSES * CLASSES).reshape(CLASSES, CLASSES)


def misread_sheet(images, labels, predicted, columns=20, most=600):
    """A picture of the misread images (n, 28, 28) uint8: each drawn twice as large, dark on
    light, captioned 'true>read', grouped by true digit. Shows at most `most` of them."""
    from PIL import ImageFont
    wrong = np.flatnonzero(predicted != labels)
    wrong = wrong[np.lexsort((predicted[wrong], labels[wrong]))][:most]
    tile_w, tile_h, top = 64, 76, 28
    rows = max(1, -(-len(wrong) // columns))
    sheet = Image.new('L', (columns * tile_w + 8, top + rows * tile_h + 4), 255)
    draw, font = ImageDraw.Draw(sheet), ImageFont.load_default()
    draw.text((8, 8), f'{len(np.flatnonzero(predicted != labels))} of {len(labels)} misread; '
              'under each: true digit > what the network read', fill=0, font=font)
    for k, i in enumerate(wrong):
        x, y = 8 + (k % columns) * tile_w, top + (k // columns) * tile_h
        digit = Image.fromarray(255 - images[i]).resize((56, 56), RESAMPLE.NEAREST)
        sheet.paste(digit, (x, y))
        draw.text((x + 14, y + 58), f'{labels[i]}>{predicted[i]}', fill=0, font=font)
    return sheet


# Re-drawn digits: a stand-in for real drawings, made from MNIST digits. Each digit is thinned to
# its skeleton and drawn again as a person would on the window's canvas: another pen width, another
# size and place, a slant, and sometimes light ink on dark. MNIST accuracy alone hides how a network
# copes with those; this measures it without ever looking at anybody's real handwriting.

def skeletons(images):
    """Binary images (n, h, w) -> their one-pixel-wide skeletons (Zhang-Suen thinning, batched)."""
    img = np.pad(images.astype(bool), ((0, 0), (1, 1), (1, 1)))
    while True:
        changed = False
        for first in (True, False):
            p = [np.roll(img, shift, axis=(1, 2)) for shift in
                 [(1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1), (0, 1), (1, 1)]]
            # p[0]..p[7] are the neighbours north, north-east, east, ... clockwise.
            count = sum(q.astype(np.uint8) for q in p)
            turns = sum((~p[i] & p[(i + 1) % 8]).astype(np.uint8) for i in range(8))
            if first:
                keep = ~(p[0] & p[2] & p[4]) & ~(p[2] & p[4] & p[6])
            else:
                keep = ~(p[0] & p[2] & p[6]) & ~(p[0] & p[4] & p[6])
            remove = img & (count >= 2) & (count <= 6) & (turns == 1) & keep
            if remove.any():
                img &= ~remove
                changed = True
        if not changed:
            return img[:, 1:-1, 1:-1]


def skeleton_points(images):
    """MNIST images (n, 28, 28) uint8 -> for each, its skeleton at twice the size, as (m, 2)
    points (x, y) on a 56x56 grid."""
    big = np.stack([np.asarray(Image.fromarray(im).resize((56, 56), RESAMPLE.BILINEAR)) for im in images])
    found = []
    for skeleton in skeletons(big > 100):
        rows, cols = np.nonzero(skeleton)
        points = np.stack([cols, rows], axis=1).astype(np.float64)
        found.append(points if len(points) else np.zeros((1, 2)))
    return found


def pen_drawing(points, drawn, side, pen, dark=True):
    """A side x side canvas with skeleton `points` (m, 2) drawn at canvas places `drawn` (m, 2)
    by a round pen: a dot at each point, a line to each 8-connected neighbour."""
    canvas = Image.new('L', (side, side), 255 if dark else 0)
    draw, ink = ImageDraw.Draw(canvas), 0 if dark else 255
    for i, (x, y) in enumerate(drawn):
        draw.ellipse([x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2], fill=ink)
        for j in np.flatnonzero(np.abs(points[i + 1:] - points[i]).max(axis=1) <= 1) + i + 1:
            draw.line([tuple(drawn[i]), tuple(drawn[j])], fill=ink, width=max(1, round(pen)))
    return canvas


def redrawn_digits(images, rng, side=280):
    """MNIST images (n, 28, 28) uint8 -> PIL canvases (side x side) with each digit re-drawn."""
    canvases = []
    for points in skeleton_points(images):
        size = rng.uniform(0.35, 0.85) * side            # the digit's height on the canvas
        pen = rng.uniform(6, 28)
        angle, shear = rng.normal(0, 0.12), rng.normal(0, 0.2)
        turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        centred = (points - points.mean(axis=0)) @ np.array([[1, 0], [shear, 1]]) @ turn.T
        extent = np.ptp(centred, axis=0).max() + 1e-6
        scaled = centred * (size - pen) / extent
        low, high = scaled.min(axis=0) - pen / 2, scaled.max(axis=0) + pen / 2
        offset = rng.uniform(-low, side - high) if np.all(high - low < side) else -low
        dark = rng.random() < 0.7
        canvases.append(pen_drawing(points, scaled + offset, side, pen, dark))
    return canvases


def scanned_digits(images, rng):
    """MNIST images (n, 28, 28) uint8 -> 160x160 'scans': 32x32 binary bitmaps enlarged and blurred."""
    from PIL import ImageFilter
    pages = []
    for im in images:
        ink = im > 128
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        crop = Image.fromarray(im[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])
        if rng.random() < 0.5:                              # stretched to fill the box, or not
            bitmap = crop.resize((32, 32), RESAMPLE.BILINEAR)
        else:
            bitmap = Image.new('L', (32, 32))
            crop.thumbnail((32, 32), RESAMPLE.BILINEAR)
            bitmap.paste(crop, ((32 - crop.width) // 2, (32 - crop.height) // 2))
        bitmap = bitmap.point(lambda v: 0 if v > 100 else 255).resize((128, 128), RESAMPLE.NEAREST)
        page = Image.new('L', (160, 160), 255)
        page.paste(bitmap, (16, 16))
        pages.append(page.filter(ImageFilter.GaussianBlur(1.0)))
    return pages


# --------------------------------------------------------------------------------------------------
# Drawing window

CANVAS_SIDE = 336                # the drawing area, 12 screen pixels per input pixel
PEN_WIDTH = 22                   # a comfortable marker; the reading brings any width to one
REFRESH_MS = 40                  # while drawing, read the drawing at most this often
TILE = 56                        # a hidden unit's 28x28 weights, shown twice as large
SHOWN_UNITS = 10                 # hidden units shown; a wider network shows its most active
INK, PAPER, ACCENT, MUTED = '#1d1d1f', '#ffffff', '#2f6fde', '#8a8a90'
SHORTCUTS = ('Esc, Delete or right-click: clear    Ctrl+Z: undo    '
             '0-9 or a click on a digit: save the drawing as that digit')


tk = None   # the tkinter module, once load_tk() has imported it


def load_tk():
    """Import tkinter when a window is wanted (not before: it slows every start) -> module or None."""
    global tk
    if tk is None:
        try:
            import tkinter
            tk = tkinter
        except ImportError:      # some Python builds leave it out; --train and --predict still work
            pass
    return tk


def display_problem():
    """Why no window can open here, or None: on X11 systems a window needs DISPLAY or WAYLAND_DISPLAY."""
    if load_tk() is None:
        return 'tkinter is not installed (Debian and Ubuntu: apt install python3-tk)'
    if sys.platform.startswith(('linux', 'freebsd', 'openbsd', 'netbsd')):
        if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
            return 'no display found (DISPLAY is not set)'
    return None


def weight_picture(weights):
    """One hidden unit's 784 input weights -> RGB (28, 28, 3) uint8: blue positive, red negative."""
    w = weights.reshape(IMAGE_SIDE, IMAGE_SIDE) / max(float(np.abs(weights).max()), 1e-9)
    positive, negative = np.maximum(w, 0)[..., None], np.maximum(-w, 0)[..., None]
    white = np.ones((1, 1, 3))
    blue, red = np.array([0.18, 0.44, 0.87]), np.array([0.85, 0.22, 0.2])
    return np.round(255 * (white - positive * (white - blue) - negative * (white - red))).astype(np.uint8)


def photo(pixels, scale):
    """A (h, w) or (h, w, 3) uint8 array -> tk.PhotoImage enlarged `scale` times, pixels kept square."""
    image = Image.fromarray(pixels)
    image = image.resize((image.width * scale, image.height * scale), RESAMPLE.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format='PNG', compress_level=0)
    return tk.PhotoImage(data=base64.b64encode(buffer.getvalue()).decode('ascii'), format='png')


class DrawingApp:
    """The drawing window. It is handed `read`, image -> (input (28, 28), probabilities (10,),
    hidden activations (H,)) or None for no ink, and `units`, the hidden weights (H, 784).
    Optionally `save`, (image, digit) -> how many drawings are saved, and `learn`, a slow
    () -> (read, units, message) that the window runs in a thread of its own."""

    def __init__(self, root, read, units, status='', save=None, learn=None):
        self.root, self.read, self.units, self.save, self.learn = root, read, units, save, learn
        self.learning = None                    # the result of a "learn now" running in the background
        self.strokes = []                       # each a list of (x, y) points, for undo
        self.pending = None                     # a scheduled refresh while drawing
        self.reading = None                     # the last (input, probabilities, hidden)
        self.image = Image.new('L', (CANVAS_SIDE, CANVAS_SIDE), 255)   # what gets read
        self.pen = ImageDraw.Draw(self.image)
        self.unit_photos = {}
        self.status_text = status
        self.build()
        self.bind()
        self.refresh()

    # Layout ---------------------------------------------------------------------------------------

    def build(self):
        root = self.root
        root.configure(background=PAPER, padx=16, pady=12)
        root.resizable(False, False)
        left = tk.Frame(root, background=PAPER)
        left.grid(row=0, column=0, sticky='n')
        self.canvas = tk.Canvas(left, width=CANVAS_SIDE, height=CANVAS_SIDE, background=PAPER,
                                highlightthickness=1, highlightbackground='#c9c9ce', cursor='pencil')
        self.canvas.grid(row=0, column=0, columnspan=2)
        self.hint = self.canvas.create_text(CANVAS_SIDE / 2, CANVAS_SIDE / 2, fill=MUTED,
                                            text='Draw a digit here\nwith the mouse', justify='center',
                                            font=('TkDefaultFont', 14))
        buttons = tk.Frame(left, background=PAPER)
        buttons.grid(row=1, column=0, columnspan=2, sticky='we', pady=(8, 0))
        self.clear_button = tk.Button(buttons, text='Clear', width=8, command=self.clear)
        self.clear_button.pack(side='left')
        self.undo_button = tk.Button(buttons, text='Undo', width=8, command=self.undo)
        self.undo_button.pack(side='left', padx=(6, 0))
        self.learn_button = tk.Button(buttons, text='Learn now', width=10, command=self.start_learning,
                                      state='normal' if self.learn else 'disabled')
        self.learn_button.pack(side='right')
        self.build_answer(root)
        self.build_units(root)
        self.status = tk.Label(root, text=self.status_text, background=PAPER, foreground=MUTED, anchor='w')
        self.status.grid(row=2, column=0, columnspan=2, sticky='we', pady=(8, 0))
        tk.Label(root, text=SHORTCUTS, background=PAPER, foreground=MUTED, anchor='w').grid(
            row=3, column=0, columnspan=2, sticky='we')

    def build_answer(self, root):
        right = tk.Frame(root, background=PAPER)
        right.grid(row=0, column=1, sticky='n', padx=(20, 0))
        self.digit_label = tk.Label(right, text='', width=2, background=PAPER, foreground=INK,
                                    font=('TkDefaultFont', 64, 'bold'))
        self.digit_label.grid(row=0, column=0, rowspan=2, sticky='w')
        self.confidence_label = tk.Label(right, text='', background=PAPER, foreground=MUTED,
                                         font=('TkDefaultFont', 13), anchor='w', width=16)
        self.confidence_label.grid(row=0, column=1, sticky='sw', padx=(8, 0))
        self.input_caption = tk.Label(right, text='what the network sees:', background=PAPER,
                                      foreground=MUTED, anchor='w')
        self.input_caption.grid(row=1, column=1, sticky='nw', padx=(8, 0))
        self.input_view = tk.Label(right, background='black', borderwidth=0)
        self.input_view.grid(row=0, column=2, rowspan=2, padx=(8, 0), pady=(6, 0))
        self.bars = tk.Canvas(right, width=300, height=10 * 22, background=PAPER, highlightthickness=0,
                              cursor='hand2' if self.save else '')
        self.bars.grid(row=2, column=0, columnspan=3, sticky='w', pady=(10, 0))
        self.bar_items = []
        for d in range(CLASSES):
            y = d * 22 + 11
            self.bars.create_text(10, y, text=str(d), fill=INK, font=('TkDefaultFont', 12, 'bold'))
            self.bars.create_rectangle(24, y - 7, 244, y + 7, fill='#eeeef1', outline='')
            bar = self.bars.create_rectangle(24, y - 7, 24, y + 7, fill=ACCENT, outline='')
            value = self.bars.create_text(252, y, text='', anchor='w', fill=MUTED)
            self.bar_items.append((bar, value))

    def build_units(self, root):
        frame = tk.Frame(root, background=PAPER)
        frame.grid(row=1, column=0, columnspan=2, sticky='we', pady=(12, 0))
        shown = min(SHOWN_UNITS, len(self.units))
        what = 'each hidden unit' if shown == len(self.units) else f'the {shown} most active of {len(self.units)} hidden units'
        tk.Label(frame, text=f'Inside the network: {what}, its 784 input weights (blue +, red -) '
                 'and how strongly it fires', background=PAPER, foreground=MUTED, anchor='w').grid(
            row=0, column=0, columnspan=shown, sticky='w')
        self.unit_tiles = []
        for i in range(shown):
            tile = tk.Label(frame, borderwidth=0, background=PAPER)
            tile.grid(row=1, column=i, padx=3, pady=(4, 0))
            meter = tk.Canvas(frame, width=TILE, height=18, background=PAPER, highlightthickness=0)
            meter.grid(row=2, column=i, padx=3)
            bar = meter.create_rectangle(0, 2, 0, 8, fill=ACCENT, outline='')
            value = meter.create_text(TILE / 2, 14, text='', fill=MUTED, font=('TkDefaultFont', 8))
            self.unit_tiles.append((tile, meter, bar, value))

    def bind(self):
        c, r = self.canvas, self.root
        c.bind('<ButtonPress-1>', self.press)
        c.bind('<B1-Motion>', self.drag)
        c.bind('<ButtonRelease-1>', self.release)
        c.bind('<ButtonPress-3>', lambda e: self.clear())
        for key in ('<Escape>', '<Delete>'):
            r.bind(key, lambda e: self.clear())
        r.bind('<Control-z>', lambda e: self.undo())
        r.bind('<Control-Z>', lambda e: self.undo())
        for d in range(CLASSES):
            r.bind(str(d), lambda e, d=d: self.save_as(d))
        self.bars.bind('<ButtonPress-1>', lambda e: self.save_as(min(CLASSES - 1, max(0, e.y // 22))))

    # Drawing --------------------------------------------------------------------------------------

    def press(self, event):
        self.strokes.append([(event.x, event.y)])
        self.canvas.itemconfigure(self.hint, state='hidden')
        self.paint([(event.x, event.y)], f'stroke{len(self.strokes)}')
        self.schedule()

    def drag(self, event):
        if not self.strokes:
            return
        stroke, point = self.strokes[-1], (event.x, event.y)
        if point != stroke[-1]:
            self.paint([stroke[-1], point], f'stroke{len(self.strokes)}')
            stroke.append(point)
            self.schedule()

    def release(self, event):
        self.refresh()

    def paint(self, points, tag):
        """Draw a dot (one point) or a segment (two) on screen and into the offscreen image."""
        r = PEN_WIDTH / 2
        if len(points) == 1:
            (x, y), = points
            self.canvas.create_oval(x - r, y - r, x + r, y + r, fill=INK, outline='', tags=('ink', tag))
        else:
            self.canvas.create_line(*points[0], *points[1], width=PEN_WIDTH, fill=INK,
                                    capstyle='round', joinstyle='round', tags=('ink', tag))
            self.pen.line(points, fill=0, width=PEN_WIDTH)
        self.paint_image(points[-1:])

    def paint_image(self, points):
        """Round dots at points in the offscreen image: the caps that join one segment to the next."""
        r = PEN_WIDTH / 2
        for x, y in points:
            self.pen.ellipse([x - r, y - r, x + r, y + r], fill=0)

    def clear(self):
        self.strokes = []
        self.canvas.delete('ink')
        self.canvas.itemconfigure(self.hint, state='normal')
        self.pen.rectangle([0, 0, CANVAS_SIDE, CANVAS_SIDE], fill=255)
        self.refresh()

    def undo(self):
        if not self.strokes:
            return
        self.canvas.delete(f'stroke{len(self.strokes)}')
        self.strokes.pop()
        self.pen.rectangle([0, 0, CANVAS_SIDE, CANVAS_SIDE], fill=255)
        for stroke in self.strokes:          # the image is redrawn from the strokes that remain
            self.paint_image(stroke)
            if len(stroke) > 1:
                self.pen.line(stroke, fill=0, width=PEN_WIDTH)
        if not self.strokes:
            self.canvas.itemconfigure(self.hint, state='normal')
        self.refresh()

    # Teaching -------------------------------------------------------------------------------------

    def say(self, text):
        self.status.configure(text=text)

    def save_as(self, digit):
        """Keep the drawing, labelled `digit`, to learn from; then clear for the next one."""
        if self.save is None:
            return
        if not self.strokes:
            self.say('draw a digit first, then press its key (or click it) to save it')
            return
        try:
            count = self.save(self.image, digit)
        except OSError as e:
            self.say(f'could not save the drawing: {e.strerror or e}')
            return
        self.clear()
        self.say(f'saved as {digit} \u2014 {count} drawing{"s" if count != 1 else ""} of yours; '
                 '"Learn now" learns from them')

    def start_learning(self):
        """Run learn() in a thread, so the window keeps drawing; poll for its end."""
        if self.learn is None or self.learning is not None:
            return
        import threading
        self.learning = []
        self.learn_button.configure(state='disabled', text='Learning...')
        self.say('learning from your drawings (a few seconds; you can keep drawing)')

        def work():
            try:
                self.learning.append(('done', self.learn()))
            except Exception as e:               # shown in the window: never lost in a thread
                self.learning.append(('failed', str(e)))
        threading.Thread(target=work, daemon=True).start()
        self.root.after(100, self.finish_learning)

    def finish_learning(self):
        if not self.learning:
            self.root.after(100, self.finish_learning)
            return
        (outcome, result), = self.learning
        self.learning = None
        self.learn_button.configure(state='normal', text='Learn now')
        if outcome == 'failed':
            self.say(f'could not learn: {result}')
            return
        self.read, self.units, message = result
        self.unit_photos = {}
        self.say(message)
        self.refresh()

    # Reading --------------------------------------------------------------------------------------

    def schedule(self):
        if self.pending is None:
            self.pending = self.root.after(REFRESH_MS, self.refresh)

    def refresh(self):
        """Read the offscreen image and show the answer, the input and the hidden units."""
        if self.pending is not None:
            self.root.after_cancel(self.pending)
            self.pending = None
        self.reading = self.read(self.image) if self.strokes else None
        if self.reading is None:
            self.show_nothing()
            return
        form, probabilities, hidden = self.reading
        best = int(np.argmax(probabilities))
        self.digit_label.configure(text=str(best), foreground=INK)
        self.confidence_label.configure(text=f'{probabilities[best]:.1%} sure')
        for d, (bar, value) in enumerate(self.bar_items):
            p = float(probabilities[d])
            self.bars.coords(bar, 24, d * 22 + 4, 24 + 220 * p, d * 22 + 18)
            self.bars.itemconfigure(bar, fill=ACCENT if d == best else '#9db8ee')
            self.bars.itemconfigure(value, text=f'{p:.1%}' if p >= 0.001 else '')
        self.input_photo = photo(np.round(form * 255).astype(np.uint8), 4)
        self.input_view.configure(image=self.input_photo)
        self.show_units(hidden)

    def show_nothing(self):
        self.digit_label.configure(text='?', foreground='#d0d0d5')
        self.confidence_label.configure(text='draw a digit' if not self.strokes else 'no ink found')
        for bar, value in self.bar_items:
            self.bars.coords(bar, 24, 0, 24, 0)
            self.bars.itemconfigure(value, text='')
        self.input_photo = photo(np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.uint8), 4)
        self.input_view.configure(image=self.input_photo)
        self.show_units(np.zeros(len(self.units), np.float32))

    def show_units(self, hidden):
        """Each shown unit's weights, with a bar for its activation (scaled to the strongest)."""
        if len(self.units) == len(self.unit_tiles):   # all fit: keep them in their own order
            order = range(len(self.units))
        else:
            order = np.argsort(-hidden, kind='stable')[:len(self.unit_tiles)]
        strongest = max(float(hidden.max(initial=0)), 1e-9)
        for (tile, meter, bar, value), unit in zip(self.unit_tiles, order):
            if unit not in self.unit_photos:
                self.unit_photos[unit] = photo(weight_picture(self.units[unit]), 2)
            tile.configure(image=self.unit_photos[unit])
            meter.coords(bar, 0, 2, TILE * float(hidden[unit]) / strongest, 8)
            meter.itemconfigure(value, text=f'#{unit}  {hidden[unit]:.1f}' if self.reading else f'#{unit}')

    def shown_prediction(self):
        """What the window shows: (digit text, confidence text); for tests and the curious."""
        return self.digit_label.cget('text'), self.confidence_label.cget('text')


def run_window(read, units, title, status, save=None, learn=None):
    """Open the drawing window and run until it is closed (display_problem() said there is one)."""
    try:
        root = tk.Tk(className='digits')
    except tk.TclError as e:
        raise DigitsError(f'cannot open a window ({e}); use --predict FILE or --train') from None
    root.title(title)
    DrawingApp(root, read, units, status, save, learn)
    root.mainloop()


# --------------------------------------------------------------------------------------------------
# Command line

class Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line ('digits: ...') rather than usage text and a message."""

    def error(self, message):
        self.exit(2, f'digits: {message} (see --help)\n')


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f'must be 1 or more, not {value}')
    return value


def positive_float(text):
    value = float(text)
    if not (value > 0 and np.isfinite(value)):
        raise argparse.ArgumentTypeError(f'must be a positive number, not {text}')
    return value


def build_parser():
    parser = Parser(prog='digits', description='Draw a digit and watch a NumPy neural network read it.',
                    epilog='With no action, opens the drawing window (training first if there are no weights).')
    actions = parser.add_argument_group('actions (default: open the drawing window)')
    action = actions.add_mutually_exclusive_group()
    action.add_argument('--train', action='store_true', help='train on MNIST and save the weights')
    action.add_argument('--eval', action='store_true',
                        help='test accuracy, confusion matrix and accuracy on re-drawn digits')
    actions.add_argument('--errors', type=Path, metavar='FILE.png',
                         help='with --eval: also save a picture of the misread test digits')
    action.add_argument('--predict', nargs='+', metavar='PATH',
                        help='read image files or folders of images; prints "PATH: DIGIT (CONFIDENCE%%)"')
    action.add_argument('--embed', action='store_true',
                        help='for maintainers: copy the weights file into digits.py itself')
    training = parser.add_argument_group('training')
    small, wide = SMALL_RECIPE, WIDE_RECIPE
    training.add_argument('--hidden', type=positive_int, default=DEFAULT_HIDDEN, metavar='N',
                          help=f'hidden units (default {DEFAULT_HIDDEN})')
    training.add_argument('--epochs', type=positive_int, metavar='N',
                          help=f'passes over the training images (default {small["epochs"]}; '
                               f'{wide["epochs"]} for more than {WIDE} hidden units)')
    training.add_argument('--lr', type=positive_float, metavar='X',
                          help=f'Adam learning rate at the start, falling to 0 (default {small["lr"]}; '
                               f'{wide["lr"]} for more than {WIDE} hidden units)')
    training.add_argument('--augment', action=argparse.BooleanOptionalAction,
                          help='train on images varied anew each epoch (turned, resized, thicker, '
                               f'stretched) (default: only for more than {WIDE} hidden units)')
    training.add_argument('--batch-size', type=positive_int, metavar='N',
                          help=f'images per gradient step (default {small["batch"]}; '
                               f'{wide["batch"]} for more than {WIDE} hidden units)')
    training.add_argument('--seed', type=int, default=DEFAULT_SEED, metavar='N',
                          help=f'random seed; the same seed gives the same weights (default {DEFAULT_SEED})')
    files = parser.add_argument_group('files')
    files.add_argument('--weights', type=Path, metavar='FILE',
                       help='weights file (default: weights.npz beside digits.py, else the copy inside it)')
    files.add_argument('--data', type=Path, metavar='DIR', default=DATA_DIR,
                       help='folder of the four MNIST .gz files (default: mnist/ beside digits.py)')
    files.add_argument('--mine', type=Path, metavar='DIR', default=MINE_DIR,
                       help='your drawings, DIR/<digit>/*.png, learnt from by --train and shown by --eval '
                            '(default: my_digits/ beside digits.py)')
    files.add_argument('--no-mine', action='store_true', help='train and evaluate on MNIST alone')
    return parser


def load_weights(path):
    """--weights, else weights.npz beside the script, else the copy inside -> (network, meta, name)."""
    if path is not None:
        return (*load_network(path), str(path))
    if WEIGHTS_PATH.exists():
        return (*load_network(WEIGHTS_PATH), WEIGHTS_PATH.name)
    return (*check_weights(unpack_weights(EMBEDDED_WEIGHTS), 'the weights inside digits.py'),
            'weights inside digits.py')


def load_mine(args):
    """Your drawings for --train and --eval -> (x, labels), or None; skipped files are warned of."""
    if args.no_mine or not args.mine.is_dir():
        return None
    x, labels, warned = read_labelled(args.mine)
    for warning in warned:
        print(f'digits: warning: {warning}', file=sys.stderr)
    return (x, labels) if len(x) else None


def command_train(args):
    """--train: fit a fresh network on MNIST's training images and save it."""
    target = args.weights or WEIGHTS_PATH
    if not target.parent.is_dir():
        raise DigitsError(f'cannot save weights to {target}: no folder {target.parent}')
    start = time.perf_counter()
    images, labels = load_mnist(args.data, 'train')
    test_images, test_labels = load_mnist(args.data, 'test')
    fit, held = validation_split(len(images))
    x, held_x = normalise(images[fit]), normalise(images[held])      # split first: no 172 MB copy
    labels, held_labels = labels[fit].astype(np.intp), labels[held].astype(np.intp)
    mine = load_mine(args)
    rng = np.random.default_rng(args.seed)
    network = Network.random(args.hidden, rng)
    recipe = WIDE_RECIPE if args.hidden > WIDE else SMALL_RECIPE
    epochs, lr = args.epochs or recipe['epochs'], args.lr or recipe['lr']
    batch = args.batch_size or recipe['batch']
    varied = recipe['augment'] if args.augment is None else args.augment
    print(f'training 784-{args.hidden}-10 on {len(fit)} MNIST images, validating on {len(held)} '
          f'({epochs} epochs, Adam lr {lr}, batch {batch}, seed {args.seed}'
          f'{", varied images" if varied else ""})')
    if mine:
        copies = mine_copies(len(fit), len(mine[0]))
        print(f'and on {len(mine[0])} drawings of yours from {args.mine}, each {copies} times an epoch, varied')
        mine = (*mine, copies)
    train(network, x, labels, epochs, lr, batch, rng,
          validation=(held_x, held_labels), report=progress_printer(epochs),
          varied=VARIATION if varied else None, mine=mine)
    if mine:
        print(f'your drawings: {accuracy(network, mine[0], mine[1]):.1%} read right (they were trained on)')
    test = accuracy(network, normalise(test_images), test_labels)
    save_network(target, network, test_accuracy=test)
    print(f'test accuracy: {test:.2%} on {len(test_labels)} MNIST test images; '
          f'saved {target} ({time.perf_counter() - start:.1f}s in all)')


def print_confusion(matrix):
    """The 10x10 confusion matrix and the pairs most often confused."""
    print('confusion matrix (rows: true digit, columns: predicted):')
    print('      ' + ''.join(f'{d:>6}' for d in range(CLASSES)))
    for d, row in enumerate(matrix):
        print(f'{d:>6}' + ''.join(f'{v:>6}' for v in row))
    errors = matrix * (1 - np.eye(CLASSES, dtype=matrix.dtype))
    worst = np.argsort(errors, axis=None)[::-1][:5]
    pairs = [f'{t} read as {p}: {errors[t, p]}' for t, p in zip(*np.unravel_index(worst, errors.shape))
             if errors[t, p]]
    print('most confused: ' + ('; '.join(pairs) or 'none'))


def proxy_accuracy(network, images, labels, make, seed=0, count=1000):
    """Accuracy on `count` test digits turned into pictures by `make` and read like any picture."""
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(images), min(count, len(images)), replace=False)
    x, found = read_images(make(images[pick], rng))
    return float(np.mean((network.predict(x).argmax(axis=1) == labels[pick]) & found))


def save_picture(image, path):
    """Save a PIL image, the format from the file name; DigitsError if it cannot be written."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DigitsError(f'cannot write {path}: no folder {path.parent}')
    try:
        image.save(path)
    except ValueError:
        raise DigitsError(f'{path}: unknown picture format (use .png)') from None
    except OSError as e:
        raise DigitsError(f'cannot write {path} ({e.strerror or e})') from None


def command_eval(args):
    """--eval: accuracy on the MNIST test set, the confusion matrix, and on re-drawn test digits."""
    network, meta, name = load_weights(args.weights)
    images, labels = load_mnist(args.data, 'test')
    predicted = network.predict(normalise(images)).argmax(axis=1)
    correct = int(np.sum(predicted == labels))
    print(f'weights: {name} (784-{network.hidden_size}-10)')
    print(f'test accuracy: {correct / len(labels):.2%} ({correct}/{len(labels)} MNIST test images)')
    print_confusion(confusion_matrix(labels.astype(np.intp), predicted))
    if args.errors:
        save_picture(misread_sheet(images, labels, predicted), args.errors)
        print(f'misread digits pictured in {args.errors}')
    redrawn = proxy_accuracy(network, images, labels, redrawn_digits)
    scanned = proxy_accuracy(network, images, labels, scanned_digits)
    print(f're-drawn accuracy: {redrawn:.2%} (1000 test digits re-drawn on a 280x280 canvas)')
    print(f'scanned accuracy: {scanned:.2%} (1000 test digits as blurred 32x32 bitmaps)')
    mine = load_mine(args)
    if mine:
        print(f'your drawings: {accuracy(network, *mine):.2%} of {len(mine[0])} in {args.mine} '
              '(training data when --train used them: not a fair test)')


def command_predict(args):
    """--predict: one line per image, 'PATH: DIGIT (CONFIDENCE%)' or 'PATH: no digit'.

    A file that cannot be read is named on stderr and the others are still read; the exit code
    is then 1."""
    network, _, _ = load_weights(args.weights)
    paths = image_files(args.predict)
    failed = 0
    for start in range(0, len(paths), 256):           # batches keep memory flat for big folders
        opened = []
        for path in paths[start:start + 256]:
            try:
                opened.append((path, open_image(path)))
            except DigitsError as e:
                print(f'digits: {e}', file=sys.stderr)
                failed += 1
        x, found = read_images([image for _, image in opened])
        for (path, _), p, ok in zip(opened, network.predict(x), found):
            print(f'{path}: {p.argmax()} ({p.max():.1%})' if ok else f'{path}: no digit')
    return 1 if failed else 0


def network_reader(network):
    """A read function for the window: image -> (input (28, 28), probabilities, hidden) or None."""
    def read(image):
        x, found = read_images([image])
        if not found[0]:
            return None
        hidden, probabilities = network.forward(x)
        return x[0].reshape(IMAGE_SIDE, IMAGE_SIDE), probabilities[0], hidden[0]
    return read


def learner(args, network, path):
    """The window's "learn now": a function () -> (read, units, message) that fine-tunes the
    current network on your drawings (with a sample of MNIST, so it does not forget), saves it to
    path and evaluates it. It runs outside the window's thread and touches nothing the window uses."""
    current = [network]

    def learn():
        mine = load_mine(args)
        if mine is None:
            raise DigitsError('no drawings of yours yet: draw a digit, then press its key to save it')
        images, labels = load_mnist(args.data, 'train')
        rng = np.random.default_rng(args.seed)
        pick = rng.choice(validation_split(len(images))[0], FINE_TUNE['sample'], replace=False)
        before = accuracy(current[0], *mine)
        tuned = fine_tune(current[0], normalise(images[pick]), labels[pick].astype(np.intp), *mine, rng)
        test_images, test_labels = load_mnist(args.data, 'test')
        test = accuracy(tuned, normalise(test_images), test_labels)
        save_network(path, tuned, test_accuracy=test)
        current[0] = tuned
        message = (f'learnt from {len(mine[0])} drawings of yours: {before:.0%} -> {accuracy(tuned, *mine):.0%} '
                   f'of them read right; MNIST test {test:.1%}; saved {path.name}')
        return network_reader(tuned), tuned.w1.T, message
    return learn


def command_window(args):
    """No action: the drawing window, after training if there are no weights yet."""
    problem = display_problem()
    if problem:                                  # say so before any training, not after
        raise DigitsError(f'{problem}; use --predict FILE or --train')
    if args.weights is None and not WEIGHTS_PATH.exists() and args.data.is_dir():
        print('no weights yet: training first (a few seconds)')
        command_train(args)
    network, meta, name = load_weights(args.weights)
    figure = f', {meta["test_accuracy"]:.1%} on MNIST test' if 'test_accuracy' in meta else ''
    status = f'weights: {name}, 784-{network.hidden_size}-10{figure}'
    run_window(network_reader(network), network.w1.T, f'digits ({name}{figure})', status,
               save=lambda image, digit: save_drawing(image, digit, args.mine),
               learn=learner(args, network, args.weights or WEIGHTS_PATH))


def command_embed(args):
    """--embed: rewrite the weights block at the end of this file from the weights file."""
    path = args.weights or WEIGHTS_PATH
    network, meta = load_network(path)
    source = Path(__file__).resolve()
    text = source.read_text(encoding='utf-8')
    marker = 'EMBEDDED_WEIGHTS = ' + '"' * 3        # spelt so that this line never matches itself
    begin = text.index(marker) + len(marker)
    end = text.index('"""', begin)
    updated = text[:begin] + pack_weights(network, meta) + text[end:]
    fd, temporary = tempfile.mkstemp(prefix='.digits-', suffix='.py', dir=source.parent)
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        f.write(updated)
    os.chmod(temporary, source.stat().st_mode)
    os.replace(temporary, source)
    print(f'copied {path} (784-{network.hidden_size}-10) into {source.name}')


def main(argv=None):
    """Run the command line; returns the exit code. Expected errors become one line on stderr."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.errors and not args.eval:
        parser.error('--errors goes with --eval')
    commands = {'train': command_train, 'eval': command_eval, 'predict': command_predict,
                'embed': command_embed}
    chosen = next((f for k, f in commands.items() if getattr(args, k)), command_window)
    try:
        return chosen(args) or 0
    except DigitsError as e:
        print(f'digits: {e}', file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        if sys.stdout.isatty():
            print()                        # end the progress bar's line
        kept = 'weights left as they were' if chosen is command_train else 'stopped'
        print(f'digits: interrupted; {kept}', file=sys.stderr)
        return 130
    except BrokenPipeError:                # `digits.py --predict dir | head` is fine
        sys.stderr.close()
        return 0


# --------------------------------------------------------------------------------------------------
# Embedded weights
#
# The default weights, quantised to 8 bits per value (a scale per column) and base64-encoded, so
# that digits.py copied alone anywhere still reads digits. `python digits.py --embed` rewrites it
# from weights.npz; a test checks it still matches.

def pack_weights(network, meta):
    """Network and metadata -> base64 text of an .npz holding int8 weights and their scales."""
    arrays = {'reading': np.array(READING), **{k: np.asarray(v) for k, v in meta.items()}}
    for name, w in network.arrays().items():
        scale = np.maximum(np.abs(w).max(axis=0, keepdims=True), 1e-12) / 127   # per column
        arrays[name + '_q'] = np.round(w / scale).astype(np.int8)
        arrays[name + '_scale'] = scale.astype(np.float32)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    text = base64.b64encode(buffer.getvalue()).decode('ascii')
    return '\n' + '\n'.join(text[i:i + 96] for i in range(0, len(text), 96)) + '\n'


def unpack_weights(text):
    """base64 text from pack_weights -> dict of arrays as a weights file holds them."""
    with np.load(io.BytesIO(base64.b64decode(''.join(text.split()))), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    for name in ('w1', 'b1', 'w2', 'b2'):
        arrays[name] = arrays.pop(name + '_q').astype(np.float32) * arrays.pop(name + '_scale')
    return arrays


EMBEDDED_WEIGHTS = """
UEsDBC0AAAAIAAAAIQDavzXN//////////8LABQAcmVhZGluZy5ucHkBABAACAEAAAAAAACFAAAAAAAAAJvsF+obEMnIUMZQ
rZ6SWpxcpG6loG4TamyirqOgnpZfVFKUmBefX5SSCpJwS8wpTgWKF2ckFqQC+RqaOgq1CpQArmQGBoYiIM4H4gIgNgJiAyDW
BeJkqHgulF8OxJlAnALEJUCcARUH8VOBuBiIs6HscqhcLpIZIPE8qN5iqHwZEBsCMQBQSwMELQAAAAgAAAAhAFBTMlb/////
/////xEAFAB0ZXN0X2FjY3VyYWN5Lm5weQEAEACIAAAAAAAAAEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6j
oJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS6Bl9vXMz9/Zw8AUEsDBC0AAAAIAAAAIQByRB93////////
//8IABQAdzFfcS5ucHkBABAAIB8AAAAAAABcHAAAAAAAAJ3X95Mch5Uf8Onu6Tjdk3Pa2bzYhA3ALhIFJoAERVEkpaPEo0QF
ipJs2SdZctl3ZbtUqjvXqWTJQRes08mSKErkMQIEiJyx2MVic96d3dnJOfZ0T0/3dDT8L/j99r4/vh/e+7y/e+HPPvfiq4Du
P+j+U++33vzRGz/sPRbq/c//arR3MNT77e//8N//8Bt/8bXv//Bbb/6//PQ3/s2P3nyU/+i73/jBm4/6vskjhwZDoyMHBkP/
JfT/V0SyZFuuBb7OP79ZXLsh68nPNPs7L7gq4VeuIHdOo584pcoXLjkufGb8WbD3yBvxF9d/NzTzmm6n55OXC73FxRfGhdFr
x1PUxa2vBvqOPjBmt5+WJrgJU6R/98LRzgDbb+RC09MrxxISUS0++y5Dja+HlBnhy5cDLzwd6zac33+iDsInmkNH1rfN44mX
/7I4/CZ/peK+87kfTxPfN38qmT7c/nbV9sX2Lcf+LeFU12cmTOmh+Z2VkfHD1jVDzxJkfSoYouKT1fsL9hFh9aXSZCT8zwcT
jcLRRofCb3/3TqqyF/E+px6N3sQ77+2TXxJOhOOU52ym/9/qh7b/dbit2o18A/jpi88uJ86YKhT4YfrkZuGrVS6NlkayFvHq
3NHXuK94Cmu2hs78UnHQfytpJk/PUh+MGy9luo48O5d/y+8KsfHXJxX9uT80xafqp49m8Iuf/G7rCEYduBe8DVXiHWsHQova
5fpzyZHWKBJ2vL2puI6wndTayJU5beLYfRN6P/TxdHrMFNCH66G3dbnBQqv9092eW1D0ab+na/rspFbvfGr8yTPCpWB3Axvz
nvxc5wbVATndzNHXJ6pNAOvDrx3/jxpf0JinSIP+C7eBmry/1HUy4NwIEFtvM+4z9qENJ3t7SoebkdeKnvTSTfKeczm/ftKZ
PJGfCdFzkc+dxCak6kjxZvjVx/XB0W/FmmzrhVHitzNff9iTbTz2Ivye/mt3CXTzTAi80shX9YnK4PP0Kbocb0tVu84UJwrp
Ndle6eid8jkfrpRHWJ/tAza9u78zAfhHLq3N2ZWd/k5IuTZLIRg/0FmiP82UMzw4gZQLF8SeUnSBymaBh7ZXd6/B5nJi7NNg
ubTb1fZAOPqHRoraHBz6k9H2aSQtvHum965Vi6hF4C3o4HTS6TN8iN8KP3d1b9A2MEaXn3kjlhmTBp5pxUd/gDW8lQCG/cT9
Y8HJC4TelRr7zjVjAir7fM7PnvgQqevzT+v6+07c8KSqbImAot/8bwdW9cVDaXih+8MXFRtK5YOJ0vXXDx0wa46ctnf3m2e6
8sZvJMbStZefFM4hb6ww2/EvP8Gfrby+ko0v/9CKXwRMc8rSy8W/uoCqa2FSVxJeWew8PrvC2DZDA/N+eno/2fNwFFuWllez
2+PRXs/0WjQ2c82fsHVEsjvEdrVNEfhKSw3MLU+K8moiNgzfunHilnMpzODiT+u9C2oqTR6t/yJr3mGUVe9M89MGtS6iM55S
4dOj+lVGYfDb4j+WEpF9o9vbof10U9vZ7gXHF/lfOz+ToO2gf8Uc7Xs+znuBeu+RTMexRfhxKv+l4zA0sGXvdsvNQy3cu+xQ
ffJXbU1rx32zKJjSJk/wzMfuRIS9DsuWY/NdNFf2MQ27551JL2jbMDMa98GTB3VS5+f1Liz+Sqg1A55hfabb36GkhcnHBcT7
9nfniZy5sazfeG7ntdUOd2RfVMj0iwvW5rVwzT4VdO4GHJdJPbEU0OUFw5a9vS/TnUtMm+iaNZhp58qruez2Qtemqyy2ZluV
aVu8AlT058q7sJNh6owNRu5l9BUmSeg9bDRbrTJxHYXIMSG6IbFs34d0AkYfxKtK/01IOsLs70is6Zxa/aNSrqkicoXfVQgz
znGgBkYcbdUWD8G0J0l5K5yxs7cHKWKOjBps7x3XgGcQHEar4y81xJecOqFGt3kB4YytEqzEIAqQj44n+qLJRl89bj413d9s
GCbwoXz7x8fYe0d+gJ4xj507tX//6Xa7H3r2/JlNNRjg3D1//pMfX4VeyUif+h68ufX0RVdkYQNOiKle8KT10wwC3NP3NyeJ
C0SHljWTtH/guh9rtLyBNPG3Sw0VpWyean3xbtbYW+1RVDESg9Jdcb2paXdilT1jro5pnY87gGwZqjcx9xwUuCbSRNIUKNih
BJXx81rbdSS/huQd5Wa3qGrxpk2LVX336/Yq4+TCgjOf72vVpFiSQ1fZrgiwVc1rUksvZuC0wmjIvmmbxXGCVzASZnh9wdFq
eIP5rXNotY0tdCvK/S7j5uFiVaOI9wW7Mcgy5UPSFfG4JVjjWo46vHSK6ZlZDwzu9fz8qdix87d7jidawOenTt9vfab1Lwj2
57//3p8O/RWfvKi/+ni8x3QYE6eZYtftw8JAdm6rN6srv6Afb6wWj9ZkcLjVCWTVYxGdZQBBDm+zQ7QODdorE2tsGp0k2b4i
uoEUib4mfNB2RHIbyAAvBFEFhObgQ42MxXAJB3PO40beiVwkK9eDhzoBQpsxFAzS8LAsIH8tWd/h7JYk58xXhhpZWIqIjkb8
+J0dG1sWPauZ45U9lZZV+HbLlSkygF6TorQlXGPcVadyraHONxg3DINPtzLrBdakoMQZoEDDDV8ynz6TcW4Qmb5UbfV7MSVh
yh6MpEF6J/7psHFoPkN9ZWdvc7zNuyA0aRa5a7R7shUou59wdSdeWmo75FoMuqbSopN73VfUt3bBxMH8Ew0u5svaI09GX0gT
xVeKmPr5rXbKVCeScr5HRhlS8nBqzuFP3BW1DNjJM33Jgabb0RxEYH/TRwm7eC9I9TUiIX6qzW+EOmnQbt3tDTmtQXiWtGKm
vlCfDd3Tt8+V2/vcep2IDX+SrlpUuX6e6ju/zOKQBr/DDBSWDDZEpFbKHcqOUUMJ6uOWPVMl6qQH2xTaFpoEBjr4e5IHwkgn
ZSCyIHPHgBD2LjFrILmqH9Z54raK0cgbjFUgCSZ0YSsXYFKqX15fNvQ7lHLVh8fS2kmKF3fAYq1mPyTMGrKVtUy8r991p19M
x453iXsFfOl5mbOXlGw4sD12mkAVS2J/gG3u+ThMNQrjglggw+btkZX2dnISKW0lPauWxxtSoD2pB5wcBRYC/qzFOCooxPu4
Yxsc6HVjtriNXLCZXF5Ll8sa2MR9wYNOWxj3VYTh/j49vkcR5wsjneZyje4E3orqim4hvuq3JlJK+oBBLejacjGvPmA0TjHU
SslgVKwOrmHYzYsg5DehzQ6eIRTCpWZhX5yn9IDLsAGRYQznSaPFQPk3hIBKGRth0hQTBqgUKB+imPUgYYFLoK2j1rT5bchu
+lygmKiGOora0hC8NmXv8qStt53FtNN2WCj7b65knriKzd0D1w/oqw6F2rvNgJKZcW23N9ZA59aCwSnqAU6HlC9YDEWudwPt
aMZgbF0xJV095rrLDxp1VIdmf2AJbRsQf5uZ/58mlwIZAyEC1jnbeckd6NScZqzdCtk7+gD1sgYXWhMjlBpJ4vV93ai9thO9
4WaNJDUvNapep3aNB2+2D4p3BVMs4csZem0Xq+IsQwk59/BZQIpzcAUEx9MgojSpSouybCnUDQkX0kYqS4nLOqFVMAPJAPh3
AA/nddx0gMqo7WQMrucD9j8esJmVZmlpDCj6tCDCp5cO5FcE07BDZod99C1Cd8QIhUeheqy/A3Igd+CNp5fR+CeVln4u7lqn
qtdXe3ZnqxNLZrowH9qH5Y6SXt/acEs7hHsvRlRjfvP/ttjCLFM36O1r7l4v49T5FOxflK5lxEsGjLwbV+8CrgCKpzWTmMXc
3VArPytZl8iDLrFB7xTBGjrpzzJre1Cj5BiWHubWsp3gbSe5+K66mQ70bbWYvdhouJRrj0kyw49LjZIo8mUx1jYKGaD75Vox
gz/5fiMo5eRIyjo0JQwgtdr+nkRMAfjVshAPY/qc0YY3dJWETgY0X1ByKGncHIesCeYgUTKgHzmDI0bYRRtL9R4LLzfHOkU6
HCSTVfBoFxiXA11RBzzQU5zquXKmSTO3Nk3Ns0tDEZZfm/FzyeL4hRrauGmA+ezAEoMJ00aXWie2K3VuB3UWzB1KnTbts8ot
ly3Cdun1jfRpydeOdGuCQhOqyONukmF5scXFqV5HhKlmeN2qsZOKcPGVWlnD+4l5Mv8bMpN0WPg/iKWxSadqLEKXyuVM6NU1
3U5b2b9/ttnz0F0g+Z5EEeD3NFopB3BGZ+qtas2a3XW2bDxLQ2KWQvf3hylBpHdZ4GLaaa7z9TQN3a9a1lpUSiqQgQ1S5wqV
6zzym/zQKDaGZWWhZnad6BwR4gr392142BUyk5xy+KDVyRRPjqobLx1znQGR40/NL1fOntnKmGen/eDC/lg5AeXn7Y6LtY5i
pBtcFo6s17HNxDC5Vuv9x2q6wBvwlRI020rXyxA8L2YoWTmnc+uW6uApHVAmndpajfusykc0Cr5TEtwyLWM6barK/5ZILMEN
dbGVvaNtTpkSpl20NB0IZ1xL5rWkbvkQOStHugka3PKPs2BqwOVkdFJPxdciVQ/Dota7UF7lQ9SNR0esIUOCE6hBeKTaBCUT
15Y0L+pySEUq/bICX5BSlkadO7UmNEEvjBeAwTsO0dQr6LLSw8RQqYeSihkw3XQZD7npVAo/L9PqgYCOZbsHPbqmVp/siHvb
DnMHKfGlL56Pxm+dqsWPTN0xubdYiq4a9jblHsYJ3Y7C8GrzyTqSXiv50bIwurI/tynm9Y9k9KvKxltiUb8NIld127dBE36X
lv31UoED8PkGfFylC0IZnioTw0paaQnceqOpyXP7DUiX1WpKfe82yAXFDLsq0qv4bjsR9V80w/eVRs+wYLrd3ikaGx1BR2MB
6225VJfRSEfU3j1sHyWMphW9xIMcA3VTsgj4H42l1akZGdfPpbytApRKeUOLFQm1xB5N2a7gRoO+KAdKQZfL1c5nK0OK7vQB
nbkWZ1QpF5rEGtGi/qXy7okQqUmlwecZ9gQqtyOZTkD/wOVHRg9MCW1s15XkydTtlOcWRfubHXS8OLKCZs9xuBRVn+D0mxfq
iiobO5czxfvNLKjoJIM67+Bo/Z5IvlxfpmqqabnVrjTucFUSzlV9Bn1ktyFyj3gxYU1tAY2WXlHWtaUFPWnCdM0GF5/VVTEr
hz1AmCUoETAVqGuo6ZqN9fsB+BND8IGthnU5lCm1awHIuF0kKGh2GouZNVi8CzVQsqWK7fgKCu4TEgBYlO2S64G+ZUL0wHwc
rooOBeHkJudUG62WhmuvYbYjDspSxegv2+nXVauFlTQLkZnmFbrFUU/V+CcZrQpzA137xTOipaawBwOVWcoxyRmT6LIjvQh4
HLMyd8+8rpI+PCvqd5uld1MOATccy1fLhopaJL19HzFNqYnLFKa5yNJ6QzGUVfOXlfgmLSKy1P1abu4D1QM4BcerXDTJYjmL
2q5KccWE8PZS4HAlG7eYCRfrfEWTVwyAJ0iDk5QnRWz7/CVtwuC47I5YBgHqDtWWtm5YDhnIoupXsJTHTsqbNds2mrdCcnVR
aEkGiwG1QStKy4U5DaQRmKGBgKI4VKP82TLA8CQNoNp3/C2NNeQLHt7uhrsoko35W57u5Nc4VzPpg0b9i4s6MsEK1l606iZq
sUc3sxZlj+n94Wq1e7vw8AQ52WJT1Afdt2kvOFyyb08RD981GJ2EqX6nVQsXQTLkszdq9eWkUnb1DKxjKbqoZnsMln+y8+US
zqFO5z8g9d2mo+4BfF9qRqYwOx1ATBOQcM1AMV7RECLFHQRrBWttxwWiaVDRgBxqA+Fltwp0pPGjDovOwln7wxbEbtz2c+Rz
Ld/rel3DHdMfN9a3WTVjrZo7wORO1Wrzpg0oz9BFZBu3mGF7sFHhlggARFyeNa0B4C1FsalNkP0IhesyYs63FdSqN57zGNig
Og5Y93mbPuCEAopWlazgy4YloyrnQcl7Qd7t8Ws7YtUXY7IhryUdT7qzjQ1QRxG1LZyzrO321wLuw7MIUYjAcPCAMxmDdAVR
6jQGdekGDqQkj22867ywezgXFPtM3RV9ZKzmUQI65zrEz9QQxkl4IzwXVY1Ni8UyquirlEvpqkPHmtgigteDrPt2kywrZs3M
emQQj4M21lj0zkNqAnar9tTkB5JhyQdZB/LDUxXnfQeD9WCt61FYCzFOUq39pCDvdVTsvB7hhOQyOulRnCN/xCuXZQRT28wN
yyOis5pkrX2sL4QwLF+zGO4iqYdGiqWNAZ8qWSG8BiFoRnKwtgwnisqvEuwQpkYR0izGlhpWW5hnrTF+TvR4hL0SzwNXJjQx
UNqtJSHGSOw7D9lLuI1NQrL9qOVhmhIRBO8lnUk95DqpE7r4QbnSEAZyoIEwBUxoqrrfIAOsgRPdcDmudepsHKfWq0DNBvqv
6zhE7QDcDfQmDXmQkGwpmk1b6F27i0FrnZfzhktGa12Jj9J13T4K0/rsKBqu7vblKLdA3IxIiGfeaSE3vQVDzhIOynCjhGkr
hjwpk5ZpVznUtAN0d7AckvdlQWL8+j0rmkGxAgQ3yJZwGdGKVQ+6XslqqJdNWfGzBXwaBfUszK9m+kruNNsQY5ejQI8b36Rr
fDK+7jAM7MRFcpa5fJHySZkcsMXM+KNZzbMqvQ0SxfQS+EpuaEli7sm053G4+E6lsm23BYFQZEZBfm0GHZnORlHU4dVkg6Ko
hj43rGVaJo6htUZOjSsoR2zVGb5Zl1sAGdeX63SO1NuU66JkkSQS0VQWADfsHdVWSReTnGPOrrC4by9K4obfU5DDeHE+Hh+G
mUBZuz5XugAtqkZL1MHL1xPbHoOldcOn7pVps0/n3GgD0wxq0BlsuQFfEmIbTWvrjk0NC0oe0rFhsh6Vs/k6IehE+rYCy0VV
9spcE9QERm1IpbYHKB8r8IX1CP6exbcZMWXfT6a3qNBmQw+8n99c0pSihzGs5Wjl5nz1+XueZTEYnZsX3gifXC3jaxtbhueS
bYVCDocgD4yri7rYNdggCxixpZW3wYcxENT+5Kbj4t0CXMo+8BY5fksv51IL5dq02BIbWekqhCbY/aqjkO10t90ubupCuaLe
03ktoxUtKWbXY4wIrjSRM217gOtD/cuBKDKtsqXhrv3RUuNv+VRRVJvd1vrvLaVMGAG7IDM1KBQqqjVU84tetcHYTVYMTIQc
q2ILtJpbMS/7EEBbOFB9j2TyWq7WVCofmtH7cIpBatFiixc0tGGq1DIihe36N8xZqMYOJBOmSBlnH7CncvXWPg6pP3/kzhQd
fmxtcKWGld7dmf/6g+DN5mQtAeRO091z1cBagUP7o66tjehOgyWJ7ZHr6uxXqlF7reC/p0XXDOslVqA/gDMPW5cyUCFzzsre
F6J6KMHMCeBZacOOJciZSkeJjujGZt33m0NluigPzKIPDP2tZAtt36b8HSG+BsjmpHMz5Nzr9efd0eADL70/4SsMgI5ieywC
W3j7CLF4JPkLWQBMnfbVp8g7trQdwEn9mJy1AxagrXqzA9hELARJiNNWTzEEAFAanyF8822bVeMmvsM75gAxQ97nYX7j1p4f
QLLFRwze3KF1gyWVrh++s/NA7mQdqfoXF+X5OCVjcAuPmSqLxrJ9A0R1S7XFp7aJpdYpKPnY7cdp+1SlzSS8uEXOw127u9Wk
R8avtsdiO1vrVyn89plVZLaPPotLRXgVm06x77Cd6byjo3w3vpw+kpS9frKwM4f2886oIK2lKt32jP2nDLKZqtpdsY5ltG2r
QkvBfc/Hpo4ISxTIWNfPbP01x4EWmzjwkDQXDoxLaTxwgQIudEwwWyHTR73og8N+Lmymjj0Zeu+QJogAeKTLlOs3WjMWpC+I
7zusXhlB4iEqQsl6f9J8odm7xYUBsWn9Y678UbwupaBwbHH1umCwRNDl2kzUqMx0MhgwvYrcjz7AUENfdM24mSPDBqqPTeZx
1LOW14iPmzWkBOUlll9AJxOGsTsv6qpu2GLu/LMWXZgakjQeP314O7ZArWpOPnsmnZP76Ihcu3lA2Vd84MVj3A3gsXuFe97q
dupm4uUwV+sj761v7R0QhZZGJWI5RCDod3nHNo9iRlxSDe4dnGLMGrKg9y678ERLNf/S44oExnU7ceGcoWPP+DnhPi865fYg
9UbjIYmj4JDWfYRe0dnarN3SYC+NlIMOq/0DH4ZVGXXQLUyZfN7Evk7GsDnTsJdZlN8XdQu5UXe8Gi/VhXezTirC33WE89cP
7LrXtTkxw2wOv+/ZbWT+Xrf9sSPOZ03MLnaX1YxzuFFSYjce+m3VhIsv7M0WiCqy6kkxlJl0PTP/wvClR5+Z/eRLwUXTHyv+
Rqz96S+G0bddqlVuw84sO69Z7ydRuXagGMpnL6UgPWQliM3lRB86VDOw0v9B/f2LgUQ2Sf3GbqI0bB2K967Vyz4r8Ggpj9Ay
bzPY9RL8mG7V0eQ7TLHCALtI2ndtaDEDpWZ4855mlaJCalUKVKE+uIBsXod7V3CnvorFesztWVwAi40Fr8mYgqLeT0rvWWU5
DYWDF5hr42V+zo579moxoKLbavaG0grdU0Y/cWL996TiRBx/eHDPH1FWowJSnLhiTkhrLlxJQ2utcnth35aJ5tLp1lHgF+x7
c8aqoXakOjfzD6Bz0Z96obIMc/hw19Jr4wsvy6UMA4e/7dt67kmsTKRUtHxF0YSu0Y6J7YN/U3+/DFiOndwfPY/8EtcJTw54
Q/PGi/0G+5Bbb5/eofqzDtoe9bx7C3f8RK2P3RsM63L0Js898/DfiRKYuleP9Sd+rP+DoxYXYo6ZI+Q+AHdBSXnF3QIj4BV9
1rvr3KPCpYi31hEx7n1UUM954/2rhEik+E8IPLgWWDemhDqya37LdfapFWOx/UL9bPt0da19qf9jJYMZD6a4TX0YjpnGuoU6
IUJaTulZK1bLRloPokECwwhzSQKIutnrlFbykUG3iTu+07YWVWwjLlP4Z6nmrA151V37p/8uji0Prf2F0nTFLSwJm5F1hJwX
892PhB9bu3IOCZxOR556P/zJu6nJl+yfvPzPNz+OYNWDJ9aeuJe8anQtHR5pjelWwl/I3uweJN2edf9n06tkm2Vy8+qxM0B4
bzJ/gG41DQWu9FjzOc4RM8yUc8HuHyE9CVlHxk2l09jv080l6EFXusMBnM/Y0ebolkuK/3avhhwYmfKCj/26vGXs7L7W1nni
d1SSCrp3+jpG39GHfSB/a5ixfGxvtme3t0ONb+b0Ye+DQo7omODahb1qNgMcHGz46YzM5W1t8XxAy6bRunWgVnFwSQThjrqv
Bo/Xz4ONcffh9eNxeuYG/njjGbP6s8PCH4wH+W823/vr2Pi54dgXAzEdTAAiBEBamWYLMqyDKT3DscsGYgu3s8HLSWvHqXnm
yVbvyhh/tfMgjD2/n35J96dAFwaesHd8r/k71OmQ3LbRkPmu5nGGiizZGi2XRuVAVn1raO5aX5A5sx0vdG7eeBYAH9t8uN85
l3im4Di9ezGhbBtbfpcR+9NMMmwh2vR67f6lvQXMP7HMQTOXd3Ne6sT/QoJzv4kVh83m/9pjzf1q68ETGfdPfA7Xhhfy3w39
D8b1Ajl4Y6Vw6ANzgOk3WT7wHT0/glJWuziD9919luVoedayO7J5siaioaXTscev9f8e/AyLVXRDQTxiffzqgaX73OnwM8Dk
u2T6zu6Xb/8lkv+52H6pcGrjx+n/C1BLAwQtAAAACAAAACEA5v3fcP//////////DAAUAHcxX3NjYWxlLm5weQEAEACoAAAA
AAAAAHEAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjoK
hgaaOgq1CuQCrtDFRTa/7bxsTic8sjr9qsrmzpQYm2dLmm1UI+Jszk7ttUn4nGLjbnTYCgBQSwMELQAAAAgAAAAhAD5DCav/
/////////wgAFABiMV9xLm5weQEAEACKAAAAAAAAAFAAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXpNpqK6joJ6WX1RS
lJgXn1+UkgoSd0vMKU4FihdnJBakAvkahgY6mjoKtQrkAy6Trh+/fK751K/9AQBQSwMELQAAAAgAAAAhACcmIDL/////////
/wwAFABiMV9zY2FsZS5ucHkBABAAhAAAAAAAAABIAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSY
F59flJIKEndLzClOBYoXZyQWpAL5GoY6mjoKtQoUAK5bXxltAFBLAwQtAAAACAAAACEAQu8KcP//////////CAAUAHcyX3Eu
bnB5AQAQAOQAAAAAAAAAsQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBek2morqOgnpZfVFKUmBefX5SSChJ3S8wpTgWK
F2ckFqQC+RqGBjoKhgaaOgq1CmQCLpbPy/zWxCo3vj542V9arXHhjlthXPeVHmVwP7N9I3j/leXTzrR7IaL1L+sbpRp/WWi4
/uA7ueFljHf9nbcZ4Sf061WXqRr4vm2cyTYzRPt4o08Xv9/OohzTa4Lv/PSSnx2b7CbAe+3+OwBQSwMELQAAAAgAAAAhAEPM
wN7//////////wwAFAB3Ml9zY2FsZS5ucHkBABAAqAAAAAAAAAByAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKu
o6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoY6CoYGmjoKtQrkAq6p6+5a7zLlsVm2Ypv1pu8h1gwTvlnvkDxiHfb3
u3XaSykb1tt91rNnc9kAAFBLAwQtAAAACAAAACEAc/EvFP//////////CAAUAGIyX3EubnB5AQAQAIoAAAAAAAAAUAAAAAAA
AACb7BfqGxDJyFDGUK2eklqcXKRupaBek2morqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGBjqaOgq1CuQDrgUu
ftdVHWzuNgoBAFBLAwQtAAAACAAAACEALAyhlv//////////DAAUAGIyX3NjYWxlLm5weQEAEACEAAAAAAAAAEgAAAAAAAAA
m+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjqaOgq1ChQALh/HChsA
UEsBAi0DLQAAAAgAAAAhANq/Nc2FAAAACAEAAAsAAAAAAAAAAAAAAIABAAAAAHJlYWRpbmcubnB5UEsBAi0DLQAAAAgAAAAh
AFBTMlZLAAAAiAAAABEAAAAAAAAAAAAAAIABwgAAAHRlc3RfYWNjdXJhY3kubnB5UEsBAi0DLQAAAAgAAAAhAHJEH3dcHAAA
IB8AAAgAAAAAAAAAAAAAAIABUAEAAHcxX3EubnB5UEsBAi0DLQAAAAgAAAAhAOb933BxAAAAqAAAAAwAAAAAAAAAAAAAAIAB
5h0AAHcxX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQA+QwmrUAAAAIoAAAAIAAAAAAAAAAAAAACAAZUeAABiMV9xLm5weVBL
AQItAy0AAAAIAAAAIQAnJiAySAAAAIQAAAAMAAAAAAAAAAAAAACAAR8fAABiMV9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEA
Qu8KcLEAAADkAAAACAAAAAAAAAAAAAAAgAGlHwAAdzJfcS5ucHlQSwECLQMtAAAACAAAACEAQ8zA3nIAAACoAAAADAAAAAAA
AAAAAAAAgAGQIAAAdzJfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAHPxLxRQAAAAigAAAAgAAAAAAAAAAAAAAIABQCEAAGIy
X3EubnB5UEsBAi0DLQAAAAgAAAAhACwMoZZIAAAAhAAAAAwAAAAAAAAAAAAAAIAByiEAAGIyX3NjYWxlLm5weVBLBQYAAAAA
CgAKADgCAABQIgAAAAA=
"""

if __name__ == '__main__':
    sys.exit(main())
