"""digits: a handwritten-digit recognizer in one file, a neural network written from scratch in NumPy.

Draw a digit with the mouse and watch a small network read it. Everything is here and meant to be
read: parsing the MNIST files, a 784-H-10 network (ReLU hidden layer, softmax output), its
gradients, Adam, and the steps that turn any picture of a digit into the 28x28 input the network
was trained on. Simple and readable first; fast where it matters (batched NumPy, float32).

    python digits.py                      open the drawing window (trains first if no weights)
    python digits.py --train              train on mnist/ and save weights.npz
    python digits.py --eval               accuracy on the MNIST test set and on re-drawn digits
    python digits.py --predict PATH ...   read image files or folders, one line per image

Sections, each depending only on those above it:
    MNIST files          reading and checking gzipped IDX
    Network              forward, backward, predict, save and load
    Reading a drawing    any image of a digit -> the network's 28x28 input
    Training             minibatches, Adam, evaluation, progress
    Drawing window       the Tk app; it is handed a predict function and knows nothing of training
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

try:                      # tkinter is only needed for the window; importing it needs no display
    import tkinter as tk
except ImportError:       # some Python builds leave it out; --train and --predict still work
    tk = None

# --------------------------------------------------------------------------------------------------
# Constants

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / 'mnist'               # the four gzipped IDX files
WEIGHTS_PATH = HERE / 'weights.npz'     # trained weights, replaced whole by --train

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

# Defaults of --train, chosen on the validation split (see README, "How the settings were chosen").
DEFAULT_HIDDEN = 10
DEFAULT_EPOCHS = 15
DEFAULT_LR = 0.01
DEFAULT_BATCH = 128
DEFAULT_SEED = 0


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
    """A 784-H-10 network: hidden = relu(x @ w1 + b1), probabilities = softmax(hidden @ w2 + b2)."""

    def __init__(self, w1, b1, w2, b2):
        self.w1, self.b1, self.w2, self.b2 = w1, b1, w2, b2   # (784, H) (H,) (H, 10) (10,)

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
        """Mean cross-entropy loss on a batch and its gradient for each weight array."""
        n = len(x)
        hidden, probabilities = self.forward(x)
        picked = probabilities[np.arange(n), labels]
        loss = -np.mean(np.log(np.maximum(picked, 1e-30)))
        # Softmax followed by cross-entropy has the simple gradient p - onehot(label).
        d_logits = probabilities
        d_logits[np.arange(n), labels] -= 1
        d_logits /= n                                        # (n, 10)
        d_hidden = (d_logits @ self.w2.T) * (hidden > 0)     # (n, 10) @ (10, H) -> (n, H)
        return loss, {
            'w1': x.T @ d_hidden,                            # (784, n) @ (n, H) -> (784, H)
            'b1': d_hidden.sum(axis=0),
            'w2': hidden.T @ d_logits,                       # (H, n) @ (n, 10) -> (H, 10)
            'b2': d_logits.sum(axis=0),
        }


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
# normalise(): strokes brought to one width and the slant removed, so the network sees what it
# learnt from whatever pen, size or slant a person used.

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
        if np.median(border(alpha)) < 0.5:               # drawn on a transparent sheet
            return clean_ink(alpha)
        white = Image.new('RGBA', image.size, 'white')
        image = Image.alpha_composite(white, image)
    grey = np.asarray(image.convert('L'), np.float32) / 255
    paper = np.median(border(grey))
    # Dark ink on light paper, or light ink on dark: the border says which the paper is.
    return clean_ink(paper - grey if paper >= 0.5 else grey - paper)


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
    """Dilate (steps > 0) or erode (steps < 0) each image (n, 28, 28) by a fraction of a pixel per side."""
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1)))
    shifts = [padded[:, 1:-1, 1:-1], padded[:, :-2, 1:-1], padded[:, 2:, 1:-1],
              padded[:, 1:-1, :-2], padded[:, 1:-1, 2:]]
    grown, thinned = np.maximum.reduce(shifts), np.minimum.reduce(shifts)
    t = steps[:, None, None]
    return np.where(t > 0, images + t * (grown - images), images + t * (images - thinned))


def set_stroke_width(images, width=STROKE_WIDTH):
    """Images (n, 28, 28) -> the same digits with strokes about `width` pixels wide."""
    for _ in range(2):   # one pass moves at most 2 pixels; two cover a pen from 0.5 to 6.5 px
        steps = np.clip((width - stroke_width(images)) / 2, -1, 1).astype(np.float32)
        images = grow_or_thin(images, steps)
        images /= np.maximum(images.max(axis=(1, 2), keepdims=True), 1e-6)
    return images


def affine_sample(images, rows, cols):
    """Bilinear samples of images (n, h, w) at float coordinates rows, cols (n, h, w); 0 outside."""
    n, h, w = images.shape
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1))).reshape(-1)
    r0, c0 = np.floor(rows), np.floor(cols)
    fr, fc = rows - r0, cols - c0
    r0 = np.clip(r0, -1, h - 1).astype(np.intp) + 1          # into the padded frame
    c0 = np.clip(c0, -1, w - 1).astype(np.intp) + 1
    base = (np.arange(n) * (h + 2) * (w + 2))[:, None, None] + r0 * (w + 2) + c0
    top = padded[base] * (1 - fc) + padded[base + 1] * fc
    bottom = padded[base + w + 2] * (1 - fc) + padded[base + w + 3] * fc
    return (top * (1 - fr) + bottom * fr).astype(np.float32)


def deskew(images):
    """Images (n, 28, 28) -> each sheared upright, scaled to one size, centred by mass.

    The slant and size come from second moments: the shear that makes the covariance of row and
    column zero, and the zoom that gives the rows a spread of SPREAD pixels (the MNIST median).
    Moments, unlike a bounding box, ignore a stray tail, so every digit lands alike.
    """
    cy, cx = centre_of_mass(images)
    grid = np.arange(IMAGE_SIDE, dtype=np.float32)
    dy = grid[None, :, None] - cy[:, None, None]               # (n, 28, 1) row offsets
    dx = grid[None, None, :] - cx[:, None, None]               # (n, 1, 28) column offsets
    mass = np.maximum(images.sum(axis=(1, 2)), 1e-6)
    var_y = np.maximum((images * dy * dy).sum(axis=(1, 2)) / mass, 1e-3)
    cov_xy = (images * dy * dx).sum(axis=(1, 2)) / mass
    slant = (cov_xy / var_y)[:, None, None]
    zoom = np.clip(np.sqrt(var_y) / SPREAD, 1 / 1.6, 1 / 0.6)[:, None, None]
    # Output pixel (r, c) takes its value from the input at the same offset from the centre of
    # mass, zoomed, and moved sideways along the slant.
    out_r = (grid[None, :, None] - CENTRE) * zoom              # (n, 28, 1)
    out_c = (grid[None, None, :] - CENTRE) * zoom              # (n, 1, 28)
    rows = np.broadcast_to(cy[:, None, None] + out_r, images.shape)
    cols = cx[:, None, None] + out_c + slant * out_r
    return affine_sample(images, rows, cols)


def normalise(images, chunk=8192):
    """MNIST-like images (n, 28, 28) in [0, 1] -> network inputs (n, 784) float32."""
    out = np.empty((len(images), PIXELS), np.float32)
    for start in range(0, len(images), chunk):
        raw = images[start:start + chunk]
        batch = raw / np.float32(255) if raw.dtype == np.uint8 else np.asarray(raw, np.float32)
        batch = deskew(set_stroke_width(batch))
        out[start:start + len(batch)] = batch.reshape(len(batch), PIXELS)
    return out


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
    extensions = set(Image.registered_extensions())
    found = []
    for path in map(Path, paths):
        if path.is_dir():
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


# --------------------------------------------------------------------------------------------------
# Training

def adam(network, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    """An Adam optimiser for network -> step(gradients, lr) that updates the weights in place."""
    params = network.arrays()
    moment = {k: np.zeros_like(v) for k, v in params.items()}
    energy = {k: np.zeros_like(v) for k, v in params.items()}
    t = 0

    def step(gradients, lr=lr):
        nonlocal t
        t += 1
        # Bias correction folded into the step size, as in the Adam paper (section 2).
        size = lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
        for k, g in gradients.items():
            moment[k] *= beta1
            moment[k] += (1 - beta1) * g
            energy[k] *= beta2
            energy[k] += (1 - beta2) * g * g
            params[k] -= (size * moment[k] / (np.sqrt(energy[k]) + eps)).astype(np.float32)
    return step


def accuracy(network, x, labels):
    """Fraction of inputs x (n, 784) whose most probable digit is the label."""
    return float(np.mean(network.predict(x).argmax(axis=1) == labels)) if len(x) else 0.0


def train(network, x, labels, epochs, lr, batch_size, rng, validation=None, report=None):
    """Minibatch Adam on inputs x (n, 784), labels (n,); the step size falls linearly to 0.

    validation: optional (x, labels) measured after each epoch; report(epoch, done, loss, val)
    is called as training goes (val is None until an epoch ends). Returns the last epoch's loss.
    """
    step = adam(network, lr)
    n = len(x)
    steps_per_epoch = max(1, -(-n // batch_size))
    total = epochs * steps_per_epoch
    for epoch in range(epochs):
        order = rng.permutation(n)
        losses = []
        for i in range(steps_per_epoch):
            batch = order[i * batch_size:(i + 1) * batch_size]
            loss, grads = network.gradients(x[batch], labels[batch])
            losses.append(loss)
            step(grads, lr * (1 - (epoch * steps_per_epoch + i) / total))
            if report and i % 50 == 0:
                report(epoch, i / steps_per_epoch, float(np.mean(losses)), None)
        mean_loss = float(np.mean(losses))
        if report:
            val = accuracy(network, *validation) if validation else None
            report(epoch, 1.0, mean_loss, val)
    return mean_loss


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


def redrawn_digits(images, rng, side=280):
    """MNIST images (n, 28, 28) uint8 -> PIL canvases (side x side) with each digit re-drawn."""
    big = np.stack([np.asarray(Image.fromarray(im).resize((56, 56), RESAMPLE.BILINEAR)) for im in images])
    canvases = []
    for skeleton in skeletons(big > 100):
        rows, cols = np.nonzero(skeleton)
        points = np.stack([cols, rows], axis=1).astype(np.float64)
        if len(points) == 0:
            points = np.zeros((1, 2))
        size = rng.uniform(0.35, 0.85) * side            # the digit's height on the canvas
        pen = rng.uniform(6, 28)
        angle, shear = rng.normal(0, 0.12), rng.normal(0, 0.2)
        turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        centred = (points - points.mean(axis=0)) @ np.array([[1, 0], [shear, 1]]) @ turn.T
        extent = np.ptp(centred, axis=0).max() + 1e-6
        scaled = centred * (size - pen) / extent
        low, high = scaled.min(axis=0) - pen / 2, scaled.max(axis=0) + pen / 2
        offset = rng.uniform(-low, side - high) if np.all(high - low < side) else -low
        drawn = scaled + offset
        dark = rng.random() < 0.7
        canvas = Image.new('L', (side, side), 255 if dark else 0)
        draw = ImageDraw.Draw(canvas)
        ink = 0 if dark else 255
        for i, (x, y) in enumerate(drawn):
            draw.ellipse([x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2], fill=ink)
            near = np.abs(points[i + 1:] - points[i]).max(axis=1) <= 1   # 8-connected neighbours
            for j in np.flatnonzero(near) + i + 1:
                draw.line([tuple(drawn[i]), tuple(drawn[j])], fill=ink, width=max(1, round(pen)))
        canvases.append(canvas)
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
SHORTCUTS = 'Esc, Delete or right-click: clear    Ctrl+Z: undo'


def display_problem():
    """Why no window can open here, or None: on X11 systems a window needs DISPLAY or WAYLAND_DISPLAY."""
    if tk is None:
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
    hidden activations (H,)) or None for no ink, and `units`, the hidden weights (H, 784)."""

    def __init__(self, root, read, units, status=''):
        self.root, self.read, self.units = root, read, units
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
        self.bars = tk.Canvas(right, width=300, height=10 * 22, background=PAPER, highlightthickness=0)
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
        """Draw a dot or a segment on screen and into the offscreen image, round-capped."""
        r = PEN_WIDTH / 2
        if len(points) == 1:
            (x, y), = points
            self.canvas.create_oval(x - r, y - r, x + r, y + r, fill=INK, outline='', tags=('ink', tag))
        else:
            self.canvas.create_line(*points[0], *points[1], width=PEN_WIDTH, fill=INK,
                                    capstyle='round', joinstyle='round', tags=('ink', tag))
        self.paint_image(points[-1:] if len(points) == 2 else points)
        if len(points) == 2:
            self.pen.line(points, fill=0, width=PEN_WIDTH)

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
        order = np.argsort(-hidden, kind='stable')[:len(self.unit_tiles)]
        if len(self.units) == len(self.unit_tiles):
            order = np.arange(len(self.units))       # all fit: keep them in their own order
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


def run_window(read, units, title, status):
    """Open the drawing window and run until it is closed."""
    problem = display_problem()
    if problem:
        raise DigitsError(f'{problem}; use --predict FILE or --train')
    try:
        root = tk.Tk(className='digits')
    except tk.TclError as e:
        raise DigitsError(f'cannot open a window ({e}); use --predict FILE or --train') from None
    root.title(title)
    DrawingApp(root, read, units, status)
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
    action = parser.add_argument_group('actions (default: open the drawing window)').add_mutually_exclusive_group()
    action.add_argument('--train', action='store_true', help='train on MNIST and save the weights')
    action.add_argument('--eval', action='store_true',
                        help='test accuracy, confusion matrix and accuracy on re-drawn digits')
    action.add_argument('--predict', nargs='+', metavar='PATH',
                        help='read image files or folders of images; prints "PATH: DIGIT (CONFIDENCE%%)"')
    action.add_argument('--embed', action='store_true',
                        help='for maintainers: copy the weights file into digits.py itself')
    training = parser.add_argument_group('training')
    training.add_argument('--epochs', type=positive_int, default=DEFAULT_EPOCHS,
                          help=f'passes over the training images (default {DEFAULT_EPOCHS})')
    training.add_argument('--hidden', type=positive_int, default=DEFAULT_HIDDEN,
                          help=f'hidden units (default {DEFAULT_HIDDEN})')
    training.add_argument('--lr', type=positive_float, default=DEFAULT_LR,
                          help=f'Adam learning rate at the start, falling to 0 (default {DEFAULT_LR})')
    training.add_argument('--batch-size', type=positive_int, default=DEFAULT_BATCH,
                          help=f'images per gradient step (default {DEFAULT_BATCH})')
    training.add_argument('--seed', type=int, default=DEFAULT_SEED,
                          help=f'random seed; the same seed gives the same weights (default {DEFAULT_SEED})')
    files = parser.add_argument_group('files')
    files.add_argument('--weights', type=Path, metavar='FILE',
                       help='weights file (default: weights.npz beside digits.py, else the copy inside it)')
    files.add_argument('--data', type=Path, metavar='DIR', default=DATA_DIR,
                       help='folder of the four MNIST .gz files (default: mnist/ beside digits.py)')
    return parser


def load_weights(path):
    """--weights, else weights.npz beside the script, else the copy inside -> (network, meta, name)."""
    if path is not None:
        return (*load_network(path), str(path))
    if WEIGHTS_PATH.exists():
        return (*load_network(WEIGHTS_PATH), WEIGHTS_PATH.name)
    return (*check_weights(unpack_weights(EMBEDDED_WEIGHTS), 'the weights inside digits.py'),
            'weights inside digits.py')


def command_train(args):
    """--train: fit a fresh network on MNIST's training images and save it."""
    target = args.weights or WEIGHTS_PATH
    if not target.parent.is_dir():
        raise DigitsError(f'cannot save weights to {target}: no folder {target.parent}')
    start = time.perf_counter()
    images, labels = load_mnist(args.data, 'train')
    test_images, test_labels = load_mnist(args.data, 'test')
    x, labels = normalise(images), labels.astype(np.intp)
    fit, held = validation_split(len(x))
    rng = np.random.default_rng(args.seed)
    network = Network.random(args.hidden, rng)
    print(f'training 784-{args.hidden}-10 on {len(fit)} MNIST images, validating on {len(held)} '
          f'({args.epochs} epochs, Adam lr {args.lr}, batch {args.batch_size}, seed {args.seed})')
    train(network, x[fit], labels[fit], args.epochs, args.lr, args.batch_size, rng,
          validation=(x[held], labels[held]), report=progress_printer(args.epochs))
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


def command_eval(args):
    """--eval: accuracy on the MNIST test set, the confusion matrix, and on re-drawn test digits."""
    network, meta, name = load_weights(args.weights)
    images, labels = load_mnist(args.data, 'test')
    predicted = network.predict(normalise(images)).argmax(axis=1)
    correct = int(np.sum(predicted == labels))
    print(f'weights: {name} (784-{network.hidden_size}-10)')
    print(f'test accuracy: {correct / len(labels):.2%} ({correct}/{len(labels)} MNIST test images)')
    print_confusion(confusion_matrix(labels.astype(np.intp), predicted))
    redrawn = proxy_accuracy(network, images, labels, redrawn_digits)
    scanned = proxy_accuracy(network, images, labels, scanned_digits)
    print(f're-drawn accuracy: {redrawn:.2%} (1000 test digits re-drawn on a 280x280 canvas)')
    print(f'scanned accuracy: {scanned:.2%} (1000 test digits as blurred 32x32 bitmaps)')


def command_predict(args):
    """--predict: one line per image, 'PATH: DIGIT (CONFIDENCE%)' or 'PATH: no digit'."""
    network, _, _ = load_weights(args.weights)
    paths = image_files(args.predict)
    for start in range(0, len(paths), 256):           # batches keep memory flat for big folders
        chunk = paths[start:start + 256]
        x, found = read_images([open_image(p) for p in chunk])
        probabilities = network.predict(x)
        for path, p, ok in zip(chunk, probabilities, found):
            print(f'{path}: {p.argmax()} ({p.max():.1%})' if ok else f'{path}: no digit')


def network_reader(network):
    """A read function for the window: image -> (input (28, 28), probabilities, hidden) or None."""
    def read(image):
        x, found = read_images([image])
        if not found[0]:
            return None
        hidden, probabilities = network.forward(x)
        return x[0].reshape(IMAGE_SIDE, IMAGE_SIDE), probabilities[0], hidden[0]
    return read


def command_window(args):
    """No action: the drawing window, after training if there are no weights yet."""
    problem = display_problem()
    if problem:                                  # say so before any training, not after
        raise DigitsError(f'{problem}; use --predict FILE or --train')
    if args.weights is None and not WEIGHTS_PATH.exists() and args.data.is_dir():
        print(f'no weights yet: training first (about 10 seconds)')
        command_train(args)
    network, meta, name = load_weights(args.weights)
    figure = f', {meta["test_accuracy"]:.1%} on MNIST test' if 'test_accuracy' in meta else ''
    status = f'weights: {name}, 784-{network.hidden_size}-10{figure}'
    run_window(network_reader(network), network.w1.T, f'digits ({name}{figure})', status)


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
    args = build_parser().parse_args(argv)
    commands = {'train': command_train, 'eval': command_eval, 'predict': command_predict,
                'embed': command_embed}
    chosen = next((f for k, f in commands.items() if getattr(args, k)), command_window)
    try:
        chosen(args)
    except DigitsError as e:
        print(f'digits: {e}', file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        kept = 'weights left as they were' if chosen is command_train else 'stopped'
        print(f'\ndigits: interrupted; {kept}', file=sys.stderr)
        return 130
    except BrokenPipeError:                # `digits.py --predict dir | head` is fine
        sys.stderr.close()
        return 0
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
BeJkqHgulF8OxJlAnALEJUCcARUH8VOBuBiIs6HscqhcLpIZIPE8qN5iqHwZEBsCMQBQSwMELQAAAAgAAAAhAIZlO23/////
/////xEAFAB0ZXN0X2FjY3VyYWN5Lm5weQEAEACIAAAAAAAAAEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6j
oJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAa7co/82VX96Zw8AUEsDBC0AAAAIAAAAIQCGRFXD////////
//8IABQAdzFfcS5ucHkBABAAIB8AAAAAAAB2HAAAAAAAAJ1395Mbh5Vm5wa6kXMGZgaDyTMckkMOg0iaIiWRlmzJsuSk9a4t
y17f+uxde/fqru72XK4Lvlvb5btVuWzvnqNsyTLFJAZRzOQMJydgIgYY5Bwb6AYa3Y1uHO9fuPfb+3549aree9/3vrc/9dpL
L38BBP4d8B/7vvbW9978bt9RT99/+uZ437Cn7+vf+e7ff/cr3/7L73z3a2/9P/y5r3zre289xb/311/527ee5v2HJw8Oe8b3
DQx7/tHz/xfEHUw/7d7/1egbW0D4LqomTgVMPUtgufTyA9ktH56pCeD5+9A15/7n0n0DlrT3weqweAQoaK+ORroKikP7WvUb
E5uOOeenzDZqTr9X/YvD45XencBAaOkznzfR9mC++/7OxrfDAnQ/ef7noPKbUx7h59irP+t76TvZXvKn1VN7CPoyNPKJmZh6
OP3KfyiN/kNqqmT8+MW/f0R8X5ijde9sfzGuf1NbJCvvPvcadOKUiRqJXfK/qJvQUbrRVEr/suYTEnCaW8/SJ7DaQfR0af2G
SnTkT9sm2Ny9c/es5bhz9Ezh5Mwddc+c1fkqc9q/1rFed0y8ZTu3+a37bjBte035T59+/cP4G48VMmIt9eJH+a9fUVLygX33
QX7ONPKG/3UrtauX9PrzAadDHtY4J/3AnxWqwYD3hSOr27+tmN+aj32JA3f+fKH5ZXntDBtav/jwt6ZhmSq/in2kL8t6As7E
HngNP6cc5VzrSdWvmONjI7QuEvBdSHZOH50GM1OGjzbSL8ic0Mec8V0hezzIOX6R7LolRc7LrF1XLx9pMD3PDp0+n79p6eZl
47aTr3aFkF6lyUIdeetEkVXL+tQfHPv3KrZkadK9BeS1DZgylpcnBpzmpEOZnct5nzX0pNzidDKoQ/tfbnhbi+vpKeWKAL6i
Xzn7eEZFbaq/cdpzMpywFp7I/vY54+TYa3izmjl3JHFx5jN7vYW9V15qXEc+qSJqH5/wzpeYWRYJD4x+1v8SFSq5k4aRT61M
5OnttkEasD80mgzL+YmKr/3HeOrI9M6xnFN/YXXx81s7LpiTLoWVpxnWDtWflivLWlBXrFW5a366Ykvgk0b90dDnq3dQ2UbR
8e6+UjnhVV0V+v8oJZHEcPeP5MijzVT5wjnXB4Zami3yv4eHrid0VtlFcCb4/J9CfarhZL75/Nf82b7moeea+fFvE01zeUxG
/i/Lf+bNnOBA+nf3f2PKmMAQWzfyyVOXNSU0x2S0/cdmvXGqVMgykTd+PV5v5IZTDWDiyZfkUfl2Gg9Vkn9zjPJ4sC0pnPnb
85Lk+mxqfyHxjaOVD+UvCvWN1a+fCF0vn4xmog++7yTugpUdcfmt1Pf/RErbaQWnB16b7zkW2pJr2d7+GTtF71h6A8caj/hV
z8b26OYoeT8cHbp527JhtW/RO2NPKk5aahUV0vD91dEIsp5iR5V37078rmfe35bLflLzXsFiYfmR0tsZ5QIjPtHPFK8xxCoj
zeqKO1NHRH++ziseNH5V3NvZxTz2bvhHm53FoFvsX678H9Mzm3WFYPWju/3ngoxaVvMNx7oPPUYmrMnXxwR4cMbishabXlZu
nrG3jek3qozOvajvNLAUK3Odvu9lN/N3eFp3PHwIDSbsyXyk6+6z3k27CORX2nc/dTAoP3+MQRSBr/ZW1n2HonbDzS842a2j
zgrm+E1/leI06QgS+DfLf3fDYk7n5c0De2/cI5or2aqqaOxZdhg35Yg87KXjONlWdruCw5FERK2u6Rwbg2mmmpM2ljxr7ky7
ew4oPFGHKmC1+2ppGzVl6nTVjJILaThRS+HAfCWTobKNPYDA6rlWYluo0L6L+SKKrQbLQN99tD1ZT6zzTegqWPiDWCi36fbH
bFCUKQiqyHfaUaM9x1akFkUmldZ0Be7V+ei8zLjFaR36/RT+PNBG0aT75TD2ioZs1ZI2a6N+TtfsFrblylb66IHsBLWe7Etu
aD45d5jfaR4iHDnfrReaH3Z9h5zQjn78auHyiAfBmJeunM4U3acW6r6v/mByR/xODl+wL/3bxVcu4OGdMhpT7n0iMaFbprB2
VDyeHif8eHebNuqrvsEll4zibK507/8ISBKJGWRt3fKTomooN5KXOfb20JQ3iaD8ARPUCCnyFAqMnlTAmaK82MAti6LztlCX
hxT2ggaNK9POiuC4CxcDsoK1ULPxAhRrGOBkUfYkb65UTa1QDctHB7iClIwXpEDRF25vlnMNlmuLaXivSfGtCBSmCRipsE1F
m2U7aVOTIpyx0BWY7qbzg2Lnvle3c7RSkimJ37RMKg9bLRwQb/ATZF81sWtA4JVTxdG5OWC46P7x2e1n797tP5qvFV5+fHKe
Oe36dRr969+fuHHm+yK9hdw5FxpXn8XRPUNh+NbztZ5sJNeXVpZeAw4wxfKREogdFsb1CeFoCFGNqgYOrgkjtAha7aqJhXZK
c1hWGurgq7KCZpAHDngPMyZS62nwLr0oYQvo/lpWi3yEgVndYW3dyNwksnccY/0AXp4lMiQ3PCExzH9t6t+t6SyZKpbPjjFx
BIxRMiZ09OG6VihTJn/2UHmHb3AN7cO2JZ0pgqiAROq6YLFgLpv422xnsVaxAQjwrJhaL9eMvEz1ApKjkLI3W8m/kNRtYMnx
WGP2m1EhDlcOL0fitXT+eg956HY88aUCtTlo9N3lExRHPFQqh4MShAozkKb15vJJo31n2LxA8PbmN2yQzp4wJA6Xn2WMBXvB
Hft08lPp0cLrVQJ5JTRI9RaJDJAfBAxGi2h9OmKdO/9YRNJED9Psiw80DEZxAEM8nB1r7aq8oHKEC1u5qS6rEurPQVrFbq/D
ovE05wlCpurp9hm4EOpYKHcP2mCGx4evpqp6gM9f0/R+uMYoIEF6r9WbX1ZYMVrlpx1iUI3hmO0yoEtXiJraat2SnEuMHMMM
4JRkgTG5jlQqMlDjoRIiNL5WhkAbNSsJucL6NKZqY8aCMgTFW0GS7UpWig5saxXv1haFPZuulGocIquGdUiqVuV92Io3RZTj
MeM+38r5Voo+5QXFnHb21bbKUZR11rs3jpx1ER5rYXsfizwca8ggnXCko5txhjRbkzv9g5aCvLKVtgW0z3KCrSuBAXqB6BRs
towB39/uQBfkum2kf9BEkjGdYsmgsFp1FpPBukmY3eM2YldtLAujQ4MoFDJi1yqHfDoqQw0Bv4vDeWs7GPCq4lkp2U+KeZkl
G3cgLrVluk2sVTQ6UdPfAMjdUgeGXT4c9LCMjpNZyQzpiHE6SbLIN1FVUEYwhFZOkJYNySrJDdldAosC/eooRh3Q5de7EDXA
5PT78k2jVg6WNq76avGyU1uwbYyQ6SmDTpEfWu8CEyarl65MrvtrJz7Wlm9r1vYjokU0V66LHYWmbd4e7MwiluyyVcdjBIfh
net6otAcD5FeJNqWrQu6pNlrrmnckELEfG3DnNKzrYDNTm3zn/UmEVM6nSoQsDtZye7xwWqNyq1DrT0DWPMWCuXFYwdU2HpC
W9lDJk1MYvGes6FS62fATtBqgW+30Ws9E/yjjiZacEfVw0M3ufZcSy/kLc9f0UoxXt6AoBdSSpnIG2hO07UNqu+KumZGr8+o
pFVQYrNGIGGH30ZoPI6nZzxEGnYrIrLV/IDuD4MGncg9WT2DF+ycXS1bWJmk1tq412yhnnHx9zVMv9JZGh+JRL0qud6zgUbO
rqqo9zpNy2LasW5uXdzoKc23Jld0bHTBXkbRniIqE1ZMaBA3haIaNqp1/gJVB6kKreg4AkafraYXnCLyfse9KrPLnBrKIpMe
YTYHoQp3dEKGdPVjYGQe0K+oD5sAIbGTB6qqZxwF7lEIrhftY7yfeZBxgw8cyieXVctpV99WpxZIHM8XK64oCFTFQzaGEXmB
FrOu87AFna4ydJF8/QLvELJoKmd8Ybo9iFGtaET0TQOKj4vS3q7MkCX0choq73YSoGRzsXowgQdjuDJeOUBQ5PalLuc+BW5u
WVdqowQLcGP9mnJmEE40m/t7uyrtE5opCz3sFjd99843OehaHDdc8R8JC8KTaas2wR6+ViNKH8oVbK5/paHmPkatUg7artLc
tmgqQEaxXFGlqu0Henm41gXCrfBZUNeFD7S5ToKABVbhUTUaVV5oxdQjllQrkW6Cfl2fIilurWXLHdUgsWqK/JpIJKxa/k9Q
Yfy4WlIXkRtNIeN7MQCE7XmvcIXtmjeXlS2fUICbIaAuVR32OqLsozpi3ey7UlNcpmCwpPVGouNKVqCjdPfNtE1T5Sr5vOJJ
Vh1glfFGKOFaJgClk6LSS7+K9o+3JxSZxjJFmI7bJqSEsPszBxE0ec0asXhwHG81CmcOGmOvvig7h5XOHktkyndf2Co47y+Z
HcuZE6V4JzajG7rJDhcifcIUd2KjIt/MjRBLKfcvEuE8j+NbMXa+GK4VBDDARpQCe0U0iCt19iwslhRGYIumzsNcGFTjc/WW
uUO3FWhniWZ/g2dWZI32Bph+1A5PaWOqkKY00xtKW1cMgTS8ekY2J4T6oAax1TNCd1J9OjcKtD1lc1su2EUaUz9CcjzjMN0j
gRm2AdEmfRUjwrUGxGu17oRpGUhhtIC9XcKv8VEFV2qfmWebollSRPaGrpE82tNGNp8sBAaKNgNU9odSWbNqwMfmA6Vr1abU
6yOkEjykgWiIeWYop3Qfo/sV6S994XF5MXK8Gj997wnp3EaNVBlbXxWG6lblgwwCPKFO1J5+GTUbnC/b/cHlTS4Fihnxl8nN
37cywC4n3hZCD0Acf1SmHfVyvsHLA038WKee57L4PKUaEdOiyDa2WmyHXdtrwWIWyYvV+AOk4RbyFT/U8MuCPjJquGlFp6Va
74iofuh18yra7XRxy3gvZ+KNpJbek3pDeBhGSYsfAVi0XG17e9ptxMF1WKbXqmqafyxltJQkFDMyjmmiQKY8GSZvYSSKpcOO
mNas1nYLkdmRCvScRzLXltalTN0zbuTTG+WXQ+nj3XaiHcQ/meOOy6BRIkKCshWzmX9mdKEV6bXcSp4KTyXhB4Mth2Ap7Oa6
/XrqCi9xm83DDTx6rd7gedS4lq5O02EAbFVIftXIFsAQhb5S2VDWREWg7BFrM40KjlQKJhKL7DYaDaaqmlCmtyCq2WnTG3xg
CScIGCwyTHIOqsj0DWCObK4ge56njvMOqb1trDicuPxD0jWrL+PddnhaeurpE0aTGm6JekoWUkoI9BhgcSUtNHusayi4R7ak
tp7cqZhnYVqFgJ2lPaTCaXmskWsWtVKtxUqKzBcFw6Qa15bx3c9h3JclhZauV7RM6YmAU1JePB1tnub0NTin9wZK5zg32ynZ
Vhp+pWq8rU0iq2cTyzCMLyM7U4MRyYB0YkgzhLLvZRVsR3YoV6uQtVaOMPVcavACIwhqrGkiKutMU14RsM9xic16CxLrPV9M
rFwQjR1zRfm5RjxRQ9LallZqZUQCbqizyoPZQkylxA1VzWsAtyZv211V4JDBlJRveBxVcEJr+sgc1g5hxkcaV0q9oRpXmwqC
S8TjRr0K2SwYtrGcFha5FYYTCI0SMSrWuKYZVypkqs5MAXbyrE6U0+dzcJ1WVEC4+pZO6NCKVN6eMSjlXgKvh12U1Zr/y4aR
iTuAferAMqSMNCmyjytY5I04W1VU18tHpcEQlbZtM8vHgf08H1N8cPYBpSu7GMfjaXvgPRVHwPbyQ7IRrHCk3mlnmrXVnFDS
efdt4FGqxsZ75Op/NbdKFFLHjcTP4fpuS1M1i5bXy7EphKBsAH5I4m6jEG1utD2ksAOgnCOvPsoSTYxH3S23C4VXTRzeHSMn
XWpAU7cMBEnUqdm2MKqznPMvYJjR78GH1fxOBU5r8qouuLBTNOosKQXOclQS2Zbr9JC2m8lTK3gLglWmQKsJojVOUAhNkb2I
QbVmh0w5cxJliCWsHdomHYAU8ZoRcmpBpyjRLS32imxVBQhlsaG73trx2YC9VtoUraU8RlM2s2vKghGIl5PCoqZhDuw6ImrH
5GOMzIeRusHrTsYwLC8xHtSnSNUIsABZtfvHrrFbE+U+tpfoLstD+ynr05tTboD8TFWijLBhj2pGeKhFKpB9LFghFIirUD3K
YMsg2HjqiR42FSWegDUlYxsnY4Ba0mRMiyQUR4xyU3z/B7xqxQJahrKj0ynrtLYo68OAu9tEx1k0qtvV/5LphDwlUwOSNejI
Kj7pYI1jf5TlPuI7BGdXMBp2Vyq0G5ryZaDsedp2kZA/RlPzCnWzojTbO00dKqNARJ4RNLQm3Zaa6C/D7AgOJDGZmo+vMaan
m1PXRsFl3qXlIgWRJZcOAVUXHZQS1cIguANNOpJptJqAyvhRsz+F8Zhc9CrcNCIaTyJADzeiLTcbQ0UVSSh9KixdiTdQe1Xd
YIxoMcJ52oYG1amVkbJatNyVapjUhViYzv0qYMVcHXWKUK/LH+lNDJ703KooP1Jpuc7OIMWge3KMkyXG8UBztz+ttrOa+34I
M08ZTETYllRm1esOEKSLMmlNniM5TDNjKHgaZqjYYy9ZuT2O5aouOKxF0gic6aBNssF9hIK5klm+Xkh1cBedNcqupOEnBApy
YCcQ7Suac41WM39rR+YzkTs0xSUyu0a1N5gWdfPI9A2dni2U9VvoniMeFu3byj8UATCxW/o8Y3+vTj3mKppnlcX3ysVtA+GS
9eZn2fa/6AFrzksWW005nW0RMi+D5Ec7CUbNIFSbyQqplowxbJcaLC22BNAUR2u1SlWBWWR3xY6W7yiJDk7DwIa+t9ZOd2KA
fr/JFxe2FAWxvWG3U0AILkxnY8OyWk8FuDtFXQOXOaM2ZmwId2LbRqWSv+fhQ4W60tzWb7o7KQqTdxTy7LApATB1zlR/ZASC
rJiCocaumo0IhQRFtgCh8kBStvJo0yY0mjBUpyVWKFpnUSFcpCsbEfJ9tXlrjyxeYPJbmNlPy5QXuMQKLyRszGCAgcSHc7mX
Ho+vtXSR2QD11u5+fwMPbETwF/L2fK4sB1CHkoCW23u3ESUqIratdmobWUx1eNu77mxMvJeDSsCc66k4bwBisbpUbj1hIY7P
g7dRXbwarxor9R5Pz4PcDuQuMYjXcTuDFrVJerebCHPWrCyHb3cjd0YG/dYkMCM1iyO9Owco6n820gUeqPnMpd9bculdtNMF
KRQTdL4o6pwVDe/gGVqv0SuZeI/GL/CgwUBF3ew8RNTlcPHPBi4HlosNMHfRqphGCxW0GSrAbKuNUSRFZSC5bKcrQMbJKudL
7Gl2skh7jj2RLfB+DFT8hIb9Udb/zPK5tSpe/CAy9ea9Q/eJkeouWD5dcCzI7IEsp/WFDFuJ7A4tmlT+4bvo9ndL0S4mZ5rC
0358rdFk2h9oQ/Otm2Uky191UNP8rhyJc4sAcYX3m9VRYrbZX6xG4YOP9dOd0VKl3hmZwucMXi4BEF3bcvuIja3jkiJt3Bwy
hIa70tq4Z87N7B12pXoxXaErEcY0jPIQuHIi/hPxKYf2Iv7n8YeapP4pmyBjrYy2o4d7M/dd4qZcqyT0rSdGe8GDg3AOmzV1
LbqSFeWGIohbFyAwqZ0HUHrv/p5dwstQuoBvrrek4bSDKg8/3Fmj7YWuJPXMMu3fwBgHmu9E4eqcOnFgkwGBJXb23GrXqnkM
Dp2c2Z9XTOtJde2zBfS2okfcrWR6NMifnNFmdmvjulN+eyyg2esv/VEP5umAcT5Z+KXgzTLG8dyj8GxhPEFaBxX57Smil3VF
2lAgWerXx4z/xMg2k02bbcu6prRtlXjUtaW7bLaGGR1FRLp+7Oyumg7w5cTgglJTGJhsRUnbdRy45p2oBbrBS73Q7IStsa5u
HjljfX+/xLJw/rBbnh1QGtMGsc8h2zM/lSU1EB8mw/oOaU3Lr+PeLTGKg6zlj7XGxXIVKBNM9N72HRjTJzUl6kJZxS/0cFD3
zA18Or6CgOSRyD1oM2laQ7DjzEJGLjhX8/Tg5VQNS2JJKE8u9XrjyuE1XzNR80KanldNqY0VxNFmtWde8s+upxuIScx9MRkp
AWK5Xb03hiSTtOz20fJHwrnZ3A9c6a3Ne8HXE9rqKPp4dWPbB2o5QBWPpjttAnyfNm03QViP45JKv4MSDW0LXyYNqwY8xXOa
t7s0YdsBIBhnryqcIfVn2lMsb2KsLvXX2DlSwvneTu+xul9oubVuYWiYkmVRo5q8YFfJanRzyMFMGez2eBpoO5AFTX8PuwJ+
oGgvFQd68uVysUa9VzEaEq0t463knYGgJ9qO8kvc5sCfXdki+7Nk4pIlRGd04G7ZT/P4I5lOJS4+mVdqy0mdLr/sz6MlZEXb
rA8rFD39SbnrY7a7Zjhz4hOPpEuz+3PR/uPfWxYuVb1S24V+acn2oFjK4mxtHzUYe3AnClfkcLc9/v6yA1E2RIXi4xjauyjb
jhZs10ttVYeca4dGkwtJpw6udJgxoF0zkhqOgY7iAT3PdmGbhaH2ilq1a0LjWawwKxAhUCNEeNrP6SpIH16SJe9CnjVCD9fl
kV6tLUMKAMWs2PRYEo8a79L3dBifwrbNNwH//k5tQdtx7pYbULW21fD1FRhxbKt11aDet0jlP/+oNT+07MtRwUgNLRy4bM/X
d0wyZFG2yKW663siHcmENoTTqp9u3FvAE2j1CLT4zjuQ7pE1+kl8zUnIPeYAOrxw1J1LHwFdMff0yOv1kjt3sNa+Ee2qePcZ
P7164meB5Tyo3v+ZjaM3cz8HgdLzffbRh9V3e0jOp7X2XLstDWVkWwTt/c1vOcMPOsG++fF4fJ3bZMOn579HCnTtcXF+NPV9
/B2iGRPW9IGj6giPevFoM2hFoB3gFp42xs2UcqcUthddSXXpUkG6Yg/27apYIipcVYOmkC+oTAA1YhP5c++j0yF9wX4jf3Fk
r7JpXfHcaMeh4bHF5EYniQXRyd5wNA/BUj7fFd9JLGvShJI2EspOVRlAVQ1aPWgo7O2m+7qwxrGQe3uN151WqR+8nWQuaeA3
ndUf/Cs/eGNg+evaJpTWnhEtub411LbIOw1k3ZZarzzEoD4QOHczuHslue/06MUv//r+rYQs0Xfq9tnbiSmd+Y5nCB3N+CNf
yN41dXts2Q3ty9l1zmU+dvv2yAtgZvEgM5DkSqo8EjwlnMsak9qZvH/E/XeML9gGFDum/KfF3wVbK7JHg/EhC/hBxSArHPbb
8Ng7qSqmn3zgJI7/ltnSaIau9nYdu2RI6HTW9bGB8Zu6oJ3nPtovaW9bmtbc7nQX8JUUFlQtVYPQgYmoqRaiC+ut/SNbhuhT
g5oCfKktRaMUUVKikap1qpEECTl1twdGqI/3hEl978Zn16ild1TH1Uc1+A8Pcj/UD1lebf7LD6LjPz24/VVZlKSI8F7b7HWX
67H8fGvrlHu8HsysCt4P/6oHdcZCuhPPd105ec3HT7J3zJOXEW4P/jLwvqyfaxOG3r9pXm46PO26fmJYt5Q0dvvC9FhnnF0d
1Q9VpN3hhWWbTfhWJmayby6MguJfzS9AqoXKZJF4c/qmsrZtqphNvfx7tWKQAL24kZpOZZcA1XP3wdZsLJ81I8/9d4V78Uap
MAZbftTvyb4fn3024Plvxh5zzgWbfj76vyHhJWTi3uzOqd+7hLrKo7yoPfPesdJY1cPPtkcePZ9obNbnlJmjkWMzPA2vjLZP
bjh+Bj0bkxXLkxb+sfaVGwNrN9ufCB0Bn7uiSFyOfuHRP2DCD/mBf26e2vjH9P8FUEsDBC0AAAAIAAAAIQCV2ELJ////////
//8MABQAdzFfc2NhbGUubnB5AQAQAKgAAAAAAAAAcQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKU
mBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGOgqGBpo6CrUK5AKurm/RNl0W4Tazch5ZiV9usFklFWpzK6XC5m5Gis2up002pl+j
bRJXH7UCAFBLAwQtAAAACAAAACEA1ZSPJ///////////CAAUAGIxX3EubnB5AQAQAIoAAAAAAAAAUAAAAAAAAACb7BfqGxDJ
yFDGUK2eklqcXKRupaBek2morqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGBjqaOgq1CuQDLqVJPxnNLjrWH/sJ
AFBLAwQtAAAACAAAACEAdh0czf//////////DAAUAGIxX3NjYWxlLm5weQEAEACEAAAAAAAAAEgAAAAAAAAAm+wX6hsQychQ
xlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjqaOgq1ChQALp18XhsAUEsDBC0AAAAI
AAAAIQBAjUte//////////8IABQAdzJfcS5ucHkBABAA5AAAAAAAAACxAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loF6T
aaiuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoYGOgqGBpo6CrUKZAIuzlcn3XujlBp/7zyXwCHbOOfEYx/hR+qP
s3ieWLwVuPfH8FNj7rNwrvoH9Y1mPT/kxe1/8d9Y8N4/oP7up7S4i2b1cisUjZzfNk7kagxXetPoOUXc/0xRsee8b6J28pGP
Tkz0EeS58eAtAFBLAwQtAAAACAAAACEArrDwRP//////////DAAUAHcyX3NjYWxlLm5weQEAEACoAAAAAAAAAHEAAAAAAAAA
m+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjoKhgaaOgq1CuQCrjyZ
b9a1id+tz/3abX2rOtD606nH1u0Lt1v33WK14ZFVslFjm2o9s5HVBgBQSwMELQAAAAgAAAAhAINzyL3//////////wgAFABi
Ml9xLm5weQEAEACKAAAAAAAAAFAAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXpNpqK6joJ6WX1RSlJgXn1+UkgoSd0vM
KU4FihdnJBakAvkahgY6mjoKtQrkA671pt531FUCzjSqAgBQSwMELQAAAAgAAAAhAA0dRRH//////////wwAFABiMl9zY2Fs
ZS5ucHkBABAAhAAAAAAAAABIAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClO
BYoXZyQWpAL5GoY6mjoKtQoUAK4dD+psAFBLAQItAy0AAAAIAAAAIQDavzXNhQAAAAgBAAALAAAAAAAAAAAAAACAAQAAAABy
ZWFkaW5nLm5weVBLAQItAy0AAAAIAAAAIQCGZTttSwAAAIgAAAARAAAAAAAAAAAAAACAAcIAAAB0ZXN0X2FjY3VyYWN5Lm5w
eVBLAQItAy0AAAAIAAAAIQCGRFXDdhwAACAfAAAIAAAAAAAAAAAAAACAAVABAAB3MV9xLm5weVBLAQItAy0AAAAIAAAAIQCV
2ELJcQAAAKgAAAAMAAAAAAAAAAAAAACAAQAeAAB3MV9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEA1ZSPJ1AAAACKAAAACAAA
AAAAAAAAAAAAgAGvHgAAYjFfcS5ucHlQSwECLQMtAAAACAAAACEAdh0czUgAAACEAAAADAAAAAAAAAAAAAAAgAE5HwAAYjFf
c2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAECNS16xAAAA5AAAAAgAAAAAAAAAAAAAAIABvx8AAHcyX3EubnB5UEsBAi0DLQAA
AAgAAAAhAK6w8ERxAAAAqAAAAAwAAAAAAAAAAAAAAIABqiAAAHcyX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQCDc8i9UAAA
AIoAAAAIAAAAAAAAAAAAAACAAVkhAABiMl9xLm5weVBLAQItAy0AAAAIAAAAIQANHUURSAAAAIQAAAAMAAAAAAAAAAAAAACA
AeMhAABiMl9zY2FsZS5ucHlQSwUGAAAAAAoACgA4AgAAaSIAAAAA
"""

if __name__ == '__main__':
    sys.exit(main())
