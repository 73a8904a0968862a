"""digits: a handwritten-digit recognizer in one file, a neural network written from scratch in NumPy.

Draw a digit (or a number) with the mouse and watch a small network read it, and say how sure it
is; or give it drawings, scans and phone photos of paper. Everything
is here and meant to be read: parsing the MNIST files, a 784-H-10 network (ReLU hidden layer,
softmax output), its gradients, Adam, the steps that turn any picture of a digit into the 28x28
input the network was trained on, and the judging that turns its output into an honest verdict.
Simple and readable first; fast where it matters (batched NumPy, float32).

    python digits.py                      open the drawing window (trains first if no weights)
    python digits.py --train              train on mnist/ and save weights.npz
    python digits.py --eval               how right, sure and honest it is on MNIST and stand-ins
    python digits.py --predict PATH ...   read image files or folders, one verdict per image:
                                          "7 (97.3%)", "7 (54.1% or 1 38.0%)", "not a digit", "no digit";
                                          a number: "2026 (91.2%)", "2026 (48.1% or 2016 30.2%)"

A verdict is sure when the answer is at least 70% likely; the percentages are calibrated, so
answers given at about 80% are right about 80% of the time. "Not a digit" comes from a judge: a
second small network that sees the reader's 28x28 input as maps of edges and ink and has learnt
digits against thousands of non-digits drawn in code (letters, symbols, doodles, scribbles,
things), since nothing is downloaded.

In the window, a digit key saves your drawing to my_digits/<digit>/; "Learn now" and --train
learn your handwriting from them.

Sections, each depending only on those above it:
    MNIST files          reading and checking gzipped IDX
    Network              forward, backward, predict; weights files (plain arrays, no pickle)
    Reading a drawing    any image of a digit -> the network's 28x28 input: a photo's paper
                         flattened and its lines taken out, a number split into its digits;
                         your saved drawings
    Training             minibatches, Adam, varied images, fine-tuning, evaluation, progress
    Stand-ins            other pens, scanners and non-digits, made in code from MNIST digits
                         and strokes: to learn from, to calibrate, to measure
    Judging a reading    the judge, the temperature, the rules: one Verdict per image; a
                         number's verdict from its digits', and its surest split
    Drawing window       the Tk app; it is handed functions to read, save and learn, and knows
                         nothing of how they work
    Command line         main(argv), argparse, one-line errors and exit codes
    Embedded weights     a compact copy of weights.npz, so this file runs on its own
"""

import argparse
import base64
import collections
import io
import os
import sys
import tempfile
import time
import warnings
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

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
READING = 'crop20-com-width-deskew-moments-narrowed-v3'  # how an image becomes input; stored with the weights

# Defaults of --train, chosen on the validation split and on stand-ins made from validation digits.
# A small network learns all it can in 10 quick epochs and loses a little from varied images; a
# wide one has room to learn from images varied anew each epoch (thicker or thinner, slanted,
# resized, stretched) and needs longer to use that room: 30 epochs, about ten times the default.
DEFAULT_HIDDEN = 10
DEFAULT_SEED = 0
WIDE = 32                                # more hidden units than this get the wide recipe
SMALL_RECIPE = {'epochs': 10, 'lr': 0.03, 'batch': 256, 'augment': False}
WIDE_RECIPE = {'epochs': 30, 'lr': 0.01, 'batch': 256, 'augment': True}
STAND_INS_LEARNT = 12000                 # stand-ins for other pens and scanners learnt beside MNIST
VARIATION = {'slant': 0.1, 'zoom': 0.08, 'width': 0.5, 'stretch': 0.5}  # augment() settings
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
    """A D-H-K network: hidden = relu(x @ w1 + b1), probabilities = softmax(hidden @ w2 + b2).

    The reader is 784-H-10 (pixels in, digits out); the judge of section "Judging a reading" is
    784-H-2 (digit or not). The four weight arrays are views into one flat vector, `params`, and
    gradients() writes into views of another, `grads`: the optimiser then updates every weight in a
    few whole-vector steps.
    """

    def __init__(self, w1, b1, w2, b2):
        arrays = [np.asarray(a) for a in (w1, b1, w2, b2)]
        self.params = np.concatenate([a.ravel() for a in arrays]).astype(np.result_type(*arrays))
        self.grads = np.zeros_like(self.params)
        shape = arrays[0].shape + arrays[2].shape[1:]              # (D, H, K)
        self.w1, self.b1, self.w2, self.b2 = self.views(self.params, *shape)
        self.gradient_views = dict(zip(('w1', 'b1', 'w2', 'b2'), self.views(self.grads, *shape)))

    @staticmethod
    def views(flat, inputs, hidden, outputs):
        """A flat vector -> views w1 (D, H), b1 (H,), w2 (H, K), b2 (K,) of its parts."""
        shapes = [(inputs, hidden), (hidden,), (hidden, outputs), (outputs,)]
        ends = np.cumsum([int(np.prod(shape)) for shape in shapes])
        return [flat[end - np.prod(shape, dtype=int):end].reshape(shape) for end, shape in zip(ends, shapes)]

    @classmethod
    def random(cls, hidden, rng, x=None, outputs=CLASSES):
        """Fresh weights for inputs like x (n, D), a sample of the training inputs.

        He initialisation suits ReLU. Pixels are never negative and digits overlap, so a random
        unit is often off for every digit from the start; each unit's bias is therefore set so it
        fires for half of x. The output weights start at zero: a random vote would make the first
        steps silence the units whose vote happens to be wrong, for good (a dead ReLU).
        """
        inputs = PIXELS if x is None else x.shape[1]
        w1 = (rng.standard_normal((inputs, hidden)) * np.sqrt(2.0 / inputs)).astype(np.float32)
        b1 = np.zeros(hidden, np.float32) if x is None else -np.sort(x @ w1, axis=0)[len(x) // 2]
        return cls(w1, b1, np.zeros((hidden, outputs), np.float32), np.zeros(outputs, np.float32))

    @property
    def hidden_size(self):
        return self.w1.shape[1]

    @property
    def outputs(self):
        return self.w2.shape[1]

    def arrays(self):
        return {'w1': self.w1, 'b1': self.b1, 'w2': self.w2, 'b2': self.b2}

    def scores(self, x):
        """Inputs x (n, D) -> hidden activations (n, H), scores before the softmax (n, K)."""
        hidden = np.maximum(x @ self.w1 + self.b1, 0)     # (n, 784) @ (784, H) -> (n, H)
        return hidden, hidden @ self.w2 + self.b2          # (n, H) @ (H, 10) -> (n, 10)

    def forward(self, x):
        """Inputs x (n, 784) in [0, 1] -> hidden activations (n, H), probabilities (n, 10)."""
        hidden, logits = self.scores(x)
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


Explanation = collections.namedtuple('Explanation', 'hidden votes scores evidence base unit_sums unit_biases')
Explanation.__doc__ = """How a network scored one input, exactly: hidden (H,) the units' values; votes (H, K)
what each unit adds to each output's score, its value times its outgoing weight; scores (K,)
the votes summed, plus the output biases; evidence (K, D) what each input pixel adds to each
score through the units that are active for this input; base (K,) what the biases add;
unit_sums (H,) each unit's weighted sum of the input, and unit_biases (H,) its bias, so that
hidden == relu(unit_sums + unit_biases). And scores == votes.sum(0) + b2 == evidence.sum(1) + base."""


def explain(network, x):
    """One input x (D,) -> its Explanation.

    With the active units fixed, the network is linear in the input: a unit j that fires is
    x @ w1[:, j] + b1[j], and it adds that times w2[j, d] to digit d's score. So each pixel i
    adds x[i] * sum over active j of w1[i, j] w2[j, d], exactly, and the rest is biases.
    """
    sums = x @ network.w1                                     # (784,) @ (784, H) -> (H,)
    before = sums + network.b1
    active = before > 0
    hidden = np.where(active, before, 0).astype(np.float32)
    votes = hidden[:, None] * network.w2                      # (H, 1) * (H, 10) -> (H, 10)
    through = network.w1[:, active] @ network.w2[active]      # (784, k) @ (k, 10) -> (784, 10)
    base = network.b1[active] @ network.w2[active] + network.b2
    return Explanation(hidden, votes, votes.sum(axis=0) + network.b2, (x[:, None] * through).T, base,
                       sums, network.b1.copy())


def save_arrays(path, arrays):
    """Write named arrays as an .npz file, atomically: a temporary file, then os.replace, so that
    an interruption or an error leaves the old file whole and no temporary file behind."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DigitsError(f'cannot save weights: no folder {path.parent}')
    fd, temporary = tempfile.mkstemp(prefix='.weights-', suffix='.npz', dir=path.parent)
    try:
        with os.fdopen(fd, 'wb') as f:
            np.savez(f, **{k: np.asarray(v) for k, v in arrays.items()})
        os.chmod(temporary, 0o644)              # mkstemp makes it private; weights are not secret
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def read_arrays(path):
    """Read an .npz weights file, never unpickling -> dict of arrays; DigitsError naming the file."""
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
            return {k: npz[k] for k in npz.files}
    except ValueError as e:
        if 'pickle' in str(e):
            raise DigitsError(f'{path}: holds pickled objects; refusing to load it') from None
        raise DigitsError(f'{path}: not a weights file ({e})') from None
    except Exception as e:  # a damaged archive raises BadZipFile, OSError, EOFError, zlib.error...
        raise DigitsError(f'{path}: not a weights file ({type(e).__name__})') from None


def checked_network(arrays, source, prefix='', inputs=PIXELS, outputs=CLASSES):
    """Arrays w1, b1, w2, b2 (names after `prefix`) -> a D-H-K Network, every shape and value checked."""
    names = [prefix + k for k in ('w1', 'b1', 'w2', 'b2')]
    missing = [k for k in names if k not in arrays]
    if missing:
        raise DigitsError(f'{source}: not a weights file (no {", ".join(missing)})')
    w1, b1, w2, b2 = (np.asarray(arrays[k]) for k in names)
    hidden = w1.shape[1] if w1.ndim == 2 else -1
    expected = [(inputs, hidden), (hidden,), (hidden, outputs), (outputs,)]
    for name, array, shape in zip(names, (w1, b1, w2, b2), expected):
        if hidden < 1 or array.shape != shape:
            raise DigitsError(f'{source}: {name} has shape {array.shape}, expected {inputs}-H-{outputs} weights')
        if array.dtype.kind != 'f' or not np.all(np.isfinite(array)):
            raise DigitsError(f'{source}: {name} holds values that are not finite numbers')
    return Network(*(a.astype(np.float32) for a in (w1, b1, w2, b2)))


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
WIDEST = 0.75                    # the widest digit: its spread of columns over its spread of rows
NUMBER_WIDTH = 1.1               # in a number, the widest digit, times the digits' height
TOUCHING_WIDTH = 0.8             # a piece wider than this times that may be touching digits
ONE_DIGIT_WIDTH = 1.2            # writing no wider than this times its height is read as one digit,
PARTED = 0.3                     # ... unless its pieces are this far apart (times its height)
CUT_ODDS = 0.5                   # touching digits cut apart: a split through ink counts this much
NUMBER_SIDE = 48                 # a number's ink is split at about this height (or what it is)
MARK_HEIGHT = 0.4                # a piece lower than this times the digits is a mark: '.' or '-' ...
MARK_ODDS = 0.3                  # ... which counts this much (the bar of a 5 is likelier)
MOST_LINES = 3                   # ink in more bands of rows than this is lines of text, not digits
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
    if looks_photographed(grey):
        return photo_to_ink(grey)
    paper = middle(border(grey))
    # Dark ink on light paper, or light ink on dark: the border says which the paper is.
    ink = clean_ink(paper - grey if paper >= 0.5 else grey - paper)
    return photo_to_ink(grey) if paper >= 0.5 and ruled(ink) else ink   # a scan of ruled paper


def ruled(ink):
    """Whether ink (h, w) holds ruled or squared lines: three or more bands of rows (or columns)
    inked nearly from edge to edge, which no digit is."""
    for full in ((ink > 0).mean(axis=1) >= 0.9, (ink > 0).mean(axis=0) >= 0.9):
        if np.count_nonzero(np.diff(full.astype(np.int8)) == 1) + full[0] >= 3:
            return True
    return False


# Photos of paper. A drawing or a scan has an even border; a photo has light falling unevenly,
# paper that is not white, printed lines, noise. For those, the paper is flattened first (its
# light estimated and divided out), ink is what is darker than the paper by more than the noise,
# printed lines are taken out, and only the writing is kept, not the specks around it.

def looks_photographed(grey):
    """Grey values (h, w) in [0, 1] -> whether they look like a photo rather than a drawing or scan."""
    edge = np.sort(border(grey))
    spread = edge[len(edge) * 95 // 100] - edge[len(edge) * 5 // 100]
    return min(grey.shape) >= 48 and (spread > 0.06 or 0.1 < edge[len(edge) // 2] < 0.8)


def photo_to_ink(grey):
    """A photo of dark writing on paper, grey (h, w) in [0, 1] -> ink (h, w) in [0, 1]."""
    h, w = grey.shape
    # The paper's light: the brightest tenth of each of about 24 x 24 cells, smoothed, spread out.
    cell = max(4, max(h, w) // 24)
    rows, cols = -(-h // cell), -(-w // cell)
    cells = np.pad(grey, ((0, rows * cell - h), (0, cols * cell - w)), mode='edge')
    cells = cells.reshape(rows, cell, cols, cell).transpose(0, 2, 1, 3).reshape(rows, cols, -1)
    light = np.partition(cells, cells.shape[2] * 9 // 10, axis=2)[:, :, cells.shape[2] * 9 // 10]
    light = np.pad(light, 1, mode='edge')
    light = sum(light[1 + dy:rows + 1 + dy, 1 + dx:cols + 1 + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) / 9
    light = np.asarray(Image.fromarray(light.astype(np.float32)).resize((w, h), RESAMPLE.BILINEAR))
    dark = np.clip(1 - grey / np.maximum(light, 0.05), 0, 1)
    # Ink: darker than the paper by more than its noise (most of a photo is paper).
    noise = 1.4826 * middle(np.abs(dark[::4, ::4] - middle(dark[::4, ::4].ravel())).ravel())
    threshold = max(0.1, 6 * noise)
    ink = dark > threshold
    ink &= ~printed_lines(ink)
    if not ink.any():
        return np.zeros_like(grey)
    deep = np.sort(dark[ink])[int(ink.sum() * 0.9)]
    strength = np.where(ink, np.clip((dark - threshold) / max(deep - threshold, 1e-3), 0, 1), 0)
    strength[strength < NOISE_FLOOR] = 0                     # what is left of the lines' edges, say
    return keep_writing(strength.astype(np.float32))


def printed_lines(ink):
    """An ink mask (h, w) -> the part of it that is ruled or squared lines: runs across half the
    page or more (no digit is that long), found after joining each pixel with its neighbours on
    either side (a photo is rarely quite straight). Where a stroke crosses a line, the crossing
    is kept."""
    found = np.zeros_like(ink)
    for mask, out in ((ink, found), (ink.T, found.T)):        # rows, then columns (the transposes)
        joined = mask.copy()
        joined[1:] |= mask[:-1]
        joined[:-1] |= mask[1:]
        edges = np.diff(np.pad(joined, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        row, column = np.nonzero(edges)                   # runs start (+1) and end (-1) in turn
        starts, ends = np.stack([row[::2], column[::2]], 1), np.stack([row[1::2], column[1::2]], 1)
        long = ends[:, 1] - starts[:, 1] >= mask.shape[1] // 2
        marks = np.zeros((mask.shape[0], mask.shape[1] + 1), np.int32)     # +1 where a long run starts,
        np.add.at(marks, tuple(starts[long].T), 1)                          # -1 where it ends: summed
        np.add.at(marks, tuple(ends[long].T), -1)                           # along the row, inside it
        out |= mask & (np.cumsum(marks, axis=1)[:, :-1] > 0)
    # A line is a few pixels thick: its pixels with writing a few pixels to either side across
    # it are where a stroke crosses it.
    writing, k = ink & ~found, 4
    crossing = np.zeros_like(ink)
    crossing[k:-k] = writing[:-2 * k] & writing[2 * k:]
    crossing[:, k:-k] |= writing[:, :-2 * k] & writing[:, 2 * k:]
    return found & ~crossing


def keep_writing(ink, cells=48):
    """Ink (h, w) -> the same with only the writing kept: the biggest group of inked cells of a
    coarse grid, and the groups in line with it and not much smaller (the other digits of a
    number); specks and smudges elsewhere go."""
    h, w = ink.shape
    cell = max(2, max(h, w) // cells)
    rows, cols = -(-h // cell), -(-w // cell)
    amount = np.pad(ink, ((0, rows * cell - h), (0, cols * cell - w))).reshape(rows, cell, cols, cell).sum(axis=(1, 3))
    inked = amount > 0.05 * amount.max()                 # faint traces and specks are not writing
    # Groups: each inked cell takes the largest number among the inked cells up to 2 cells away,
    # until nothing changes; a group is then all the cells with one number.
    group = np.where(inked, np.arange(1, rows * cols + 1).reshape(rows, cols), 0)
    while True:
        padded = np.pad(group, 2)
        grown = np.max([padded[2 + dy:rows + 2 + dy, 2 + dx:cols + 2 + dx] for dy in range(-2, 3) for dx in range(-2, 3)],
                       axis=0) * inked
        if np.array_equal(grown, group):
            break
        group = grown
    numbers = np.unique(group[inked])
    if numbers.size == 0:
        return ink
    weight = np.array([amount[group == g].sum() for g in numbers])
    spans = [np.flatnonzero((group == g).any(axis=1))[[0, -1]] for g in numbers]
    main = int(np.argmax(weight))
    top, bottom = spans[main]
    kept = [g for g, w_, (a, b) in zip(numbers, weight, spans)
            if g == numbers[main] or (w_ > 0.2 * weight[main] and a <= bottom and b >= top)]
    keep = np.isin(group, kept).repeat(cell, axis=0).repeat(cell, axis=1)[:h, :w]
    return ink * keep


# Whole numbers. Digits written side by side are read one by one. The ink is split into its
# strokes (connected pieces of ink), and strokes over the same columns are taken together (the
# bar of a 5 over its body, a broken stroke): these are the pieces, left to right. A piece as wide
# as two digits may be touching digits: it is cut into atoms where its ink is thinnest. Then any
# few neighbouring atoms may together be one digit, and a sliver of a piece may be one digit with
# its neighbour (a 4 in two strokes): the Judging section reads every such group and keeps the
# split the network is surest of.

def runs_of(profile):
    """A profile (n,) of ink along rows or columns -> [[start, end], ...] of its runs above 0."""
    edges = np.diff(np.r_[0, (profile > 0).astype(np.int8), 0])
    return [[int(a), int(b)] for a, b in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1))]


def pieces_of(ink):
    """Ink (h, w) -> the column ranges [(start, end), ...] of its pieces at first sight, left to
    right: runs of columns with ink; a run with under 2% of the ink joins its nearest neighbour."""
    profile = ink.sum(axis=0)
    runs = runs_of(profile)
    return [(a, b) for a, b in joined_specks(runs, [profile[a:b].sum() for a, b in runs])]


def joined_specks(spans, mass):
    """Column spans [[start, end], ...] left to right and their ink -> the same with each span
    holding under 2% of the ink joined to its nearest neighbour."""
    spans, mass = list(spans), list(mass)
    while len(spans) > 1 and min(mass) < 0.02 * sum(mass):
        k = int(np.argmin(mass))
        gaps = [spans[k][0] - spans[k - 1][1] if k > 0 else np.inf, spans[k + 1][0] - spans[k][1] if k + 1 < len(spans) else np.inf]
        a, b = sorted((k, k - 1 if gaps[0] <= gaps[1] else k + 1))
        spans[a:b + 1] = [[min(spans[a][0], spans[b][0]), max(spans[a][1], spans[b][1])]]
        mass[a:b + 1] = [mass[a] + mass[b]]
    return spans


def height_of(ink, start=0, end=None):
    """The height of the ink in columns start:end (1 if there is none)."""
    rows = np.flatnonzero(ink[:, start:end].any(axis=1))
    return rows[-1] - rows[0] + 1 if rows.size else 1


def parted(ink):
    """Whether ink (h, w) has pieces PARTED times its height apart: no one digit's strokes are."""
    runs, height = pieces_of(ink), height_of(ink)
    return any(c - b >= PARTED * height for (_, b), (c, _) in zip(runs, runs[1:]))


def one_digit(ink):
    """Whether ink (h, w) is a single digit's at first sight: no wider than ONE_DIGIT_WIDTH times
    its height and not parted (a digit may be written in separate strokes, or broken, but close),
    nor in lines."""
    cols = np.flatnonzero(ink.any(axis=0))
    return cols.size == 0 or (cols[-1] - cols[0] + 1 <= ONE_DIGIT_WIDTH * height_of(ink) and not parted(ink)
                              and not in_lines(ink))


def in_lines(ink):
    """Whether ink (h, w) lies in more than MOST_LINES bands of rows: lines of text, not digits.
    Only strong ink counts (what is left of a photo's printed lines is faint), and gaps of a few
    rows do not part bands (where a ruled line crossed a stroke and was taken out)."""
    strong = (ink > 0.5).sum(axis=1)
    bands = runs_of(strong)
    for k in range(len(bands) - 1, 0, -1):
        if bands[k][0] - bands[k - 1][1] <= max(2, 0.005 * len(strong)):
            bands[k - 1:k + 1] = [[bands[k - 1][0], bands[k][1]]]
    return len(joined_specks(bands, [strong[a:b].sum() for a, b in bands])) > MOST_LINES


def strokes(ink):
    """Ink (h, w) -> labels (h, w) int32: 0 on paper, 1, 2, ... on each connected stroke (pixels
    touching at a corner count)."""
    h, w = ink.shape
    # Runs of ink along each row; a run is one stroke with each run of the row above it touches.
    edges = np.diff(np.pad(ink > 0, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(edges == 1)
    ends = np.nonzero(edges == -1)[1]                         # exclusive
    first, last = rows * (w + 2) + starts, rows * (w + 2) + ends   # sorted, as rows are read in order
    lo = np.searchsorted(last, first - (w + 2), 'left')       # the row above: runs ending at or after
    hi = np.searchsorted(first, last - (w + 2), 'right')      # this one's start, starting by its end
    parent = list(range(len(rows)))

    def root(k):
        while parent[k] != k:
            parent[k] = k = parent[parent[k]]
        return k
    for k, m0, m1 in zip(range(len(rows)), lo.tolist(), hi.tolist()):
        for m in range(m0, m1):
            parent[root(k)] = root(m)
    roots = np.array([root(k) for k in range(len(rows))], np.int32)
    labels = np.zeros(h * w, np.int32)
    lengths = ends - starts
    pixel = np.repeat(rows * w + starts - np.cumsum(np.r_[0, lengths[:-1]]), lengths) + np.arange(lengths.sum())
    labels[pixel] = np.repeat(np.unique(roots, return_inverse=True)[1].ravel() + 1, lengths)
    return labels.reshape(h, w)


def stroke_pieces(ink):
    """Ink (h, w) -> [(labels of its strokes, start, end), ...]: the pieces, left to right, each
    strokes whose columns overlap by half the narrower's width, a speck joined to its neighbour."""
    labels = strokes(ink)
    count = int(labels.max())
    seen = np.bincount((labels * ink.shape[1] + np.arange(ink.shape[1])).ravel(), minlength=(count + 1) * ink.shape[1])
    seen = seen.reshape(count + 1, ink.shape[1]) > 0
    pieces = [[{n}, int(np.argmax(seen[n])), int(ink.shape[1] - np.argmax(seen[n, ::-1]))] for n in range(1, count + 1)]
    mass = np.bincount(labels.ravel(), ink.ravel(), count + 1)
    pieces.sort(key=lambda p: p[1] + p[2])
    k = 0
    while k + 1 < len(pieces):
        (_, a, b), (_, c, d) = pieces[k], pieces[k + 1]
        if min(b, d) - max(a, c) >= 0.5 * min(b - a, d - c):
            pieces[k:k + 2] = [[pieces[k][0] | pieces[k + 1][0], min(a, c), max(b, d)]]
            k = max(k - 1, 0)
        else:
            k += 1
    spans = joined_specks([p[1:] for p in pieces], [mass[list(p[0])].sum() for p in pieces])
    return [({n for p in pieces if a <= p[1] and p[2] <= b for n in p[0]}, a, b) for a, b in spans], labels


def cuts_of(ink, height, most=8):
    """One piece's ink (h, w) -> up to `most` columns where it might be cut in two: where its ink
    is thinnest, a fifth of a digit's height from its ends and from each other."""
    profile = np.convolve(ink.sum(axis=0), np.ones(3), 'same')
    inside = np.arange(int(0.2 * height), ink.shape[1] - int(0.2 * height))
    chosen = []
    for c in inside[np.argsort(profile[inside], kind='stable')]:
        if all(abs(c - d) >= 0.2 * height for d in chosen):
            chosen.append(int(c))
        if len(chosen) == most:
            break
    return sorted(chosen)


def digit_groups(ink):
    """Ink (h, w) of several digits -> (inks, spans, groups, atoms, wholes, height): the ink of
    each group of atoms that may be one digit and its columns; groups (i, j), atoms i..j-1, sorted
    by j; atoms, (piece, start, end) left to right; wholes, the groups that are a whole piece; and
    the height of a digit (the tallest piece's)."""
    pieces, labels = stroke_pieces(ink)
    inks = [ink * np.isin(labels, list(numbers)) for numbers, _, _ in pieces]
    height = max(height_of(piece) for piece in inks)          # a digit's height, slope or not
    atoms, groups, wholes = [], set(), []
    for p, (_, a, b) in enumerate(pieces):
        wide = b - a > TOUCHING_WIDTH * height
        edges = [a] + [a + c for c in (cuts_of(inks[p][:, a:b], height) if wide else [])] + [b]
        first = len(atoms)
        atoms += [(p, s, e) for s, e in zip(edges[:-1], edges[1:])]
        wholes.append((first, len(atoms)))
        groups |= {wholes[-1]} | {(i, j) for i in range(first, len(atoms)) for j in range(i + 1, len(atoms) + 1)
                                  if j == i + 1 or atoms[j - 1][2] - atoms[i][1] <= NUMBER_WIDTH * height}
    for k in range(len(pieces)):
        for m in range(k + 1, min(k + 3, len(pieces))):       # whole pieces k..m together
            a, b = min(p[1] for p in pieces[k:m + 1]), max(p[2] for p in pieces[k:m + 1])
            gap = max(pieces[n + 1][1] - pieces[n][2] for n in range(k, m))
            if b - a <= NUMBER_WIDTH * height and gap < PARTED * height:
                groups.add((wholes[k][0], wholes[m][1]))
    groups = sorted(groups, key=lambda g: (g[1], g[0]))
    spans, group_inks = [], []
    for i, j in groups:
        ps = {atoms[n][0] for n in range(i, j)}
        a, b = min(atoms[n][1] for n in range(i, j)), max(atoms[n][2] for n in range(i, j))
        spans.append((a, b))
        group_inks.append(sum(inks[p] for p in ps)[:, a:b])
    return group_inks, spans, groups, atoms, wholes, height


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


# The steps below work on a stack: n images side by side along the last axis, (28, 28, n), so that
# pixel (r, c) of every image is one contiguous row of n numbers. Shifting an image by a pixel is
# then slicing whole rows, and every NumPy step runs over long rows: two to three times faster than
# on (n, 28, 28), where each step would run 28 numbers at a time.

def as_stack(images):
    """Images (n, h, w), uint8 (0 to 255) or float in [0, 1] -> a stack (h, w, n) float32."""
    n, h, w = images.shape
    flat = np.asarray(images).reshape(n, h * w).T
    scale = np.float32(1 / 255 if images.dtype == np.uint8 else 1)
    return (flat * scale).astype(np.float32, copy=False).reshape(h, w, n)


def stroke_width(stack):
    """A stack (28, 28, n) -> (n,) estimated pen width in pixels: twice the ink over its outline."""
    # A stroke of width w and length L has area w*L and an outline about 2*L long.
    dx = stack[:-1, 1:] - stack[:-1, :-1]
    dy = stack[1:, :-1] - stack[:-1, :-1]
    dx *= dx
    dy *= dy
    dx += dy
    outline = np.sqrt(dx, out=dx).sum(axis=(0, 1))
    return 2 * stack.sum(axis=(0, 1)) / np.maximum(outline, 1e-6)


def grow_or_thin(stack, steps):
    """Dilate (steps > 0) or erode (steps < 0) each image of a stack by up to a pixel per side:
    move each pixel the fraction |step| of the way to the largest (smallest) of it and its four
    neighbours. Outside the image is paper, so an erosion thins the edge away."""
    h, w, n = stack.shape
    steps = np.asarray(steps, np.float32)
    sign = np.where(steps < 0, np.float32(-1), np.float32(1))
    padded = np.zeros((h + 2, w + 2, n), np.float32)
    signed = padded[1:-1, 1:-1]
    np.multiply(stack, sign, out=signed)              # the smallest of x is minus the largest of -x
    largest = np.maximum(signed, padded[:-2, 1:-1])
    for neighbour in (padded[2:, 1:-1], padded[1:-1, :-2], padded[1:-1, 2:]):
        np.maximum(largest, neighbour, out=largest)
    largest -= signed                                 # x + step (sign * largest - x)
    largest *= steps
    largest += stack
    return largest


def set_stroke_width(stack, width=STROKE_WIDTH):
    """A stack (28, 28, n) -> the same digits with strokes about `width` pixels wide, each scaled
    so its darkest pixel is 1. Two passes of up to a pixel per side cover pens from 0.6 to 6.6 px."""
    steps = np.clip((width - stroke_width(stack)) / 2, -2, 2).astype(np.float32)
    stack = grow_or_thin(stack, np.clip(steps, -1, 1))
    more = np.flatnonzero(np.abs(steps) > 1)
    if more.size:
        stack[:, :, more] = grow_or_thin(stack[:, :, more], steps[more] - np.sign(steps[more]))
    stack /= np.maximum(stack.max(axis=(0, 1)), 1e-6)
    return stack


GRID = np.arange(IMAGE_SIDE, dtype=np.float32)


def moments(stack):
    """A stack (28, 28, n) -> the centre of mass (cy, cx) of each image, the variance of its ink's
    rows and columns (var_y, var_x) and their covariance cov_xy, each (n,)."""
    grid, grid2 = GRID[:, None], (GRID * GRID)[:, None]
    row_ink, col_ink = stack.sum(axis=1), stack.sum(axis=0)          # (28, n) each; sums, not @:
    mass = np.maximum(row_ink.sum(axis=0), 1e-6)                     # BLAS threads would fight ours
    cy, cx = (grid * row_ink).sum(axis=0) / mass, (grid * col_ink).sum(axis=0) / mass
    var_y = np.maximum((grid2 * row_ink).sum(axis=0) / mass - cy * cy, 1e-3)
    var_x = (grid2 * col_ink).sum(axis=0) / mass - cx * cx
    row_col = (grid * np.einsum('rcn,c->rn', stack, GRID)).sum(axis=0)    # sum of row x column x ink
    return cy, cx, var_y, var_x, row_col / mass - cy * cx            # E[row * col] - E[row] E[col]


def deskew(stack):
    """A stack (28, 28, n) -> images (n, 28, 28), each sheared upright, scaled to one size, centred by mass.

    The slant and size come from second moments: the shear that makes the covariance of row and
    column zero, and the zoom that gives the rows a spread of SPREAD pixels (the MNIST median).
    Moments, unlike a bounding box, ignore a stray tail, so every digit lands alike. A digit
    wider than WIDEST times its height (by the same moments) is narrowed to that: scanners
    stretch digits to fill a box, and people draw wide, but MNIST digits are rarely wider.
    """
    cy, cx, var_y, var_x, cov_xy = moments(stack)
    slant = cov_xy / var_y                                           # columns moved per row down
    zoom = np.clip(np.sqrt(var_y) / SPREAD, 1 / 1.6, 1 / 0.6)
    width = np.sqrt(np.maximum(var_x - cov_xy * slant, 1e-3))       # spread of columns, slant removed
    zoom_x = np.where(width > WIDEST * np.sqrt(var_y),
                      np.maximum(zoom, np.clip(width / (WIDEST * SPREAD), 1 / 1.6, 2.5)), zoom)
    return warp(stack, cy, cx, zoom, zoom_x, slant * zoom)


def warp(stack, cy, cx, zoom, zoom_x, shear):
    """A stack (28, 28, n) -> images (n, 28, 28): output pixel (r, c) of image k is read (bilinearly,
    paper outside) at row cy + zoom (r - 14), column cx + zoom_x (c - 14) + shear (r - 14), with
    cy, cx, zoom, zoom_x, shear (n,) for each image. Zoom over 1 makes the image smaller."""
    offset = (GRID - CENTRE)[:, None]                                  # (28, 1)

    def work(start, stop):                                             # 256 images at a time
        k = slice(start, stop)
        rows = cy[k] + offset * zoom[k]                                # (28, n)
        cols = (cx[k] + offset * shear[k])[:, :, None] + (GRID - CENTRE) * zoom_x[k, None]   # (28, n, 28)
        done = rows_then_columns(stack[:, :, k].transpose(0, 2, 1), rows, cols)
        return done.transpose(1, 0, 2).reshape(stop - start, PIXELS)
    return in_chunks(work, stack.shape[2], chunk=256).reshape(-1, IMAGE_SIDE, IMAGE_SIDE)


def resample(images, rows, cols):
    """Bilinear resampling of images (n, h, w), 0 outside: output row r is read from input row
    rows[:, r] (n, R), then output pixel (r, c) from column cols[:, r, c] (n, R, C) of that row."""
    n, out_rows, out_cols = cols.shape

    def work(start, stop):
        part = slice(start, stop)
        done = rows_then_columns(images[part].transpose(1, 0, 2), rows[part].T, cols[part].transpose(1, 0, 2))
        return done.transpose(1, 0, 2).reshape(stop - start, out_rows * out_cols)
    return in_chunks(work, n, chunk=256, width=out_rows * out_cols).reshape(n, out_rows, out_cols)


def rows_then_columns(layers, rows, cols):
    """The work of resample and warp. layers (h, n, w): row y of image k is layers[y, k]; rows (R, n)
    the input row each output row is read from; cols (R, n, C) the input column of each output
    pixel, in that row -> (R, n, C), bilinear, 0 outside."""
    # First each output row is blended from two whole input rows, then each pixel from two
    # neighbours in that row. In the layout (row, image, column), rows are gathered whole.
    h, n, w = layers.shape
    padded = np.zeros((h + 2, n, w + 2), np.float32)                  # paper all round
    padded[1:-1, :, 1:-1] = layers
    r = np.clip(rows + np.float32(1), 0, h + 1)
    r0 = np.minimum(np.floor(r), h)
    at = (r0.astype(np.int32) * n + np.arange(n, dtype=np.int32)).ravel()
    flat_rows = padded.reshape(-1, w + 2)                             # row y of image k: (y + 1) n + k
    above = np.take(flat_rows, at, axis=0)
    below = np.take(flat_rows, at + n, axis=0)
    blended = lerp(above, below, (r - r0).reshape(-1, 1)).ravel()    # R n rows of w + 2
    c = cols + np.float32(1)
    np.clip(c, 0, w + 1, out=c)
    c0 = np.floor(c)
    np.minimum(c0, w, out=c0)
    c -= c0
    at = c0.astype(np.int32)                                          # int32: int64 costs 3x more
    at += (np.arange(rows.size, dtype=np.int32) * (w + 2)).reshape(rows.shape + (1,))
    left = np.take(blended, at, mode='wrap')                          # wrap: never needed, fastest
    at += 1
    right = np.take(blended, at, mode='wrap')
    return lerp(left, right, c)


def lerp(a, b, t):
    """a + t (b - a), written over b."""
    b -= a
    b *= t
    b += a
    return b


def in_chunks(work, n, chunk=1024, width=PIXELS, out=None):
    """work(start, stop) -> (stop - start, width) for each chunk of range(n), on every core -> (n, width),
    written into `out` if given."""
    if out is None and n <= chunk:
        return np.asarray(work(0, n), np.float32).reshape(n, width) if n else np.zeros((0, width), np.float32)
    out = np.empty((n, width), np.float32) if out is None else out

    def run(start):
        out[start:start + chunk] = work(start, min(start + chunk, n))

    from concurrent.futures import ThreadPoolExecutor    # here: it costs 9 ms at start-up
    with ThreadPoolExecutor(min(4, os.cpu_count() or 1)) as pool:   # NumPy lets go of the GIL in
        list(pool.map(run, range(0, n, chunk)))                       # its loops: threads use every core
    return out


def normalise(images, out=None):
    """MNIST-like images (n, 28, 28), uint8 or float in [0, 1] -> network inputs (n, 784) float32,
    written into `out` if given."""
    def work(start, stop):
        return deskew(set_stroke_width(as_stack(images[start:stop]))).reshape(stop - start, PIXELS)
    return in_chunks(work, len(images), chunk=256, out=out)


def picture_ink(image):
    """A PIL image -> its ink (h, w) (see image_to_ink), a picture larger than MAX_SIDE reduced first."""
    if max(image.size) > MAX_SIDE:
        image = image.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE), RESAMPLE.BOX)
    return image_to_ink(image)


def read_image(image):
    """A PIL image of a digit -> (28, 28) float32 in the MNIST form, or None if it holds no ink."""
    return ink_to_mnist(picture_ink(image))


def pen_on(image):
    """A PIL ImageDraw for drawing on image (imported here: --predict, which never draws, saves 5 ms)."""
    from PIL import ImageDraw
    return ImageDraw.Draw(image)


def open_image(path):
    """Open an image file fully -> PIL image; DigitsError naming the file if it cannot be read."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 89 and 179 megapixels; an image that big is an error here.
            warnings.simplefilter('error', Image.DecompressionBombWarning)
            # A str, not a Path: Pillow 9 resolves a Path, which Python 3.9 fails on a link loop.
            with Image.open(str(path) if isinstance(path, Path) else path) as image:
                if image.format == 'JPEG' and max(image.size) > MAX_SIDE:   # decode a big photo smaller:
                    image.draft(image.mode, (MAX_SIDE // 4, MAX_SIDE // 4))    # faster, and as good here
                image.load()
                if image.getexif().get(0x0112, 1) != 1:               # a phone held sideways
                    from PIL import ImageOps
                    image = ImageOps.exif_transpose(image)
                return image
    except FileNotFoundError:
        raise DigitsError(f'{path}: no such file') from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise DigitsError(f'{path}: image too large to read safely') from None
    except Image.UnidentifiedImageError:
        raise DigitsError(f'{path}: not an image Pillow can read') from None
    except OSError as e:
        if e.filename is not None:                    # the file, not its contents: a link loop, no access
            raise DigitsError(f'{path}: cannot open ({e.strerror or e})') from None
        raise DigitsError(f'{path}: damaged image ({e})') from None
    except (ValueError, SyntaxError) as e:            # truncated or damaged image data
        raise DigitsError(f'{path}: damaged image ({e})') from None


def image_files(paths):
    """Command-line paths (files or folders) -> list of image paths, each folder's sorted by name."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            extensions = set(Image.registered_extensions())   # loads every Pillow plugin: 40 ms
            try:       # a link that leads nowhere (or in a loop) is kept: opening it will say so
                inside = sorted(p for p in path.iterdir() if p.suffix.lower() in extensions
                                and (p.is_file() or p.is_symlink() and not p.is_dir()))
            except OSError as e:
                raise DigitsError(f'{path}: cannot read this folder ({e.strerror or e})') from None
            if not inside:
                raise DigitsError(f'{path}: no images in this folder')
            found.extend(inside)
        else:                  # a file, or none: opening it will say what is wrong, then go on
            found.append(path)
    return found


def inks_to_inputs(inks):
    """Inks (each (h, w)) -> network inputs (n, 784) and a mask (n,) of those with any ink."""
    forms = [ink_to_mnist(ink) for ink in inks]
    found = np.array([f is not None for f in forms], bool)
    stack = np.zeros((len(forms), IMAGE_SIDE, IMAGE_SIDE), np.float32)
    for i in np.flatnonzero(found):
        stack[i] = forms[i]
    return normalise(stack), found


def read_images(images):
    """PIL images -> network inputs (n, 784) and a mask (n,) of those that held a digit at all."""
    return inks_to_inputs([picture_ink(image) for image in images])


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


def augment(x, rng, slant, zoom, width, stretch):
    """Inputs x (n, 784) -> new random variants, seeded by rng: strokes up to `width` pixels a side
    thicker or thinner, slanted by up to `slant` columns per row, resized by up to exp(zoom) either
    way, and (with probability `stretch`) made up to 1.5 times wider or taller."""
    n, f32 = len(x), np.float32
    widths = rng.uniform(-width, width, n).astype(f32)
    slants = rng.uniform(-slant, slant, n).astype(f32)
    zooms = np.exp(rng.uniform(-zoom, zoom, n)).astype(f32)          # > 1: smaller
    aspects = np.exp(np.where(rng.random(n) < stretch, rng.uniform(-0.4, 0.4, n), 0)).astype(f32)
    centres = np.full(n, CENTRE, f32)

    def work(start, stop):
        part = slice(start, stop)
        stack = grow_or_thin(as_stack(x[part].reshape(-1, IMAGE_SIDE, IMAGE_SIDE)), widths[part])
        zoom_y, zoom_x = zooms[part] * np.sqrt(aspects[part]), zooms[part] / np.sqrt(aspects[part])
        return warp(stack, centres[part], centres[part], zoom_y, zoom_x, slants[part] * zoom_y).reshape(-1, PIXELS)
    return in_chunks(work, n, chunk=256)


Progress = collections.namedtuple('Progress', 'epoch epochs done loss validation network')
Progress.__doc__ = """What train() reports as it goes: the epoch (from 0) of `epochs`, the share of it done
(0 to 1), the mean loss so far in it, the validation accuracy (None until the epoch ends), and the
network being trained (its arrays are being written: copy them to keep them)."""

REPORT_EVERY = 20                        # steps between two reports within an epoch


def train(network, x, labels, epochs, lr, batch_size, rng, validation=None, report=None, varied=None,
          mine=None, stop=None):
    """Minibatch Adam on inputs x (n, 784), labels (n,); the step size falls linearly to 0.

    validation: optional (x, labels) measured after each epoch; report(Progress) is called as
    training goes; varied: None, or a dict of augment() settings to train each epoch on new random
    variants; mine: None, or (x, labels, copies), drawings added `copies` times to every epoch,
    each copy varied anew; stop: None, or a function () -> True to end training early, asked
    after every step. Returns the number of epochs completed.
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
            loss, _ = network.gradients(np.take(x, batch, axis=0), labels[batch])   # take: faster than x[batch]
            losses.append(loss)
            step(lr * (1 - (epoch * steps_per_epoch + i) / total))
            if stop is not None and stop():
                return epoch
            if report and i % REPORT_EVERY == 0:
                report(Progress(epoch, epochs, i / steps_per_epoch, float(np.mean(losses)), None, network))
        if report:
            val = accuracy(network, *validation) if validation else None
            report(Progress(epoch, epochs, 1.0, float(np.mean(losses)), val, network))
    return epochs


def mine_copies(n_mnist, n_mine):
    """How often each of n_mine drawings of yours goes into an epoch beside n_mnist MNIST images."""
    return int(min(MINE_MOST_COPIES, np.ceil(MINE_SHARE * n_mnist / max(n_mine, 1))))


def fine_tune(network, x, labels, mine_x, mine_labels, rng, epochs=FINE_TUNE['epochs'], lr=FINE_TUNE['lr'],
              stop=None):
    """A copy of network trained a little more on your drawings mine_x (m, 784), mine_labels (m,),
    mixed with MNIST inputs x, labels (a sample of them, so that it does not forget MNIST).
    Returns None if stop() asked to end it before it was done."""
    tuned = Network(*(a.copy() for a in network.arrays().values()))
    mine = (mine_x, mine_labels, mine_copies(len(x), len(mine_x)))
    done = train(tuned, x, labels, epochs, lr, SMALL_RECIPE['batch'], rng, mine=mine, stop=stop)
    return tuned if done == epochs else None


def seconds_left(spent, done, epochs):
    """How long the rest of `epochs` will take, `done` epochs having taken `spent` seconds."""
    return spent * (epochs - done) / max(done, 1e-9)


def progress_printer():
    """A report() for train() that draws one progress bar per epoch with loss, accuracy and time,
    and the time left once an epoch has shown how long one takes."""
    start = []
    out = sys.stdout
    live = out.isatty()

    def report(p):
        start[:] = start or [time.perf_counter()]            # the clock starts with the first step
        if p.done < 1 and not live:
            return
        spent = time.perf_counter() - start[0]
        done = p.epoch + p.done
        left = f'  {seconds_left(spent, done, p.epochs):4.0f}s left' if p.epoch and p.done < 1 else ''
        line = (f'epoch {p.epoch + 1:>{len(str(p.epochs))}}/{p.epochs} [{"#" * round(p.done * 24):<24}] '
                f'loss {p.loss:.4f}' + (f'  validation {p.validation:.2%}' if p.validation is not None else '')
                + f'  {spent:5.1f}s' + left)
        out.write(('\r' + line + '\033[K' if live else line) + ('\n' if p.done >= 1 else ''))
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
    draw, font = pen_on(sheet), ImageFont.load_default()
    draw.text((8, 8), f'{len(np.flatnonzero(predicted != labels))} of {len(labels)} misread; '
              'under each: true digit > what the network read', fill=0, font=font)
    for k, i in enumerate(wrong):
        x, y = 8 + (k % columns) * tile_w, top + (k // columns) * tile_h
        digit = Image.fromarray(255 - images[i]).resize((56, 56), RESAMPLE.NEAREST)
        sheet.paste(digit, (x, y))
        draw.text((x + 14, y + 58), f'{labels[i]}>{predicted[i]}', fill=0, font=font)
    return sheet


# --------------------------------------------------------------------------------------------------
# Stand-ins for real drawings, scans and non-digits
#
# Nobody's real handwriting is used to build or tune this program. Stand-ins made here from MNIST
# digits measure how it copes with other pens, scanners and hands (--eval, bench_digits.py) and
# calibrate its percentages; stand-ins for things that are not digits teach the judge of the next
# section to refuse them. Everything is drawn in code, so nothing is downloaded.
#
# Digits: re-drawn along their skeleton with another pen, size and slant, as on the window's
# canvas; scanned as small binary bitmaps, some stretched to fill their box as form scanners do;
# bent a little by a smooth random warp. Non-digits: letters and symbols from a small stroke font
# (the ones that look like digits, such as O, I, S, Z, b and g, are left out), characters of no
# script, doodles, scribbles, filled things like clothing, and two digits run together.

def skeletons(images):
    """Binary images (n, h, w) -> their one-pixel-wide skeletons (Zhang-Suen thinning, batched,
    on a stack (h, w, n) so that each neighbour is a slice of whole rows)."""
    n, h, w = images.shape
    img = np.zeros((h + 2, w + 2, n), bool)
    img[1:-1, 1:-1] = images.transpose(1, 2, 0)
    active = np.arange(n)                           # the images still being thinned
    while active.size:
        changed = np.zeros(len(active), bool)
        for first in (True, False):
            part = img[:, :, active]
            middle = part[1:-1, 1:-1]
            # The 8 neighbours, clockwise from north: north, north-east, east, ... north-west.
            p = [part[:-2, 1:-1], part[:-2, 2:], part[1:-1, 2:], part[2:, 2:],
                 part[2:, 1:-1], part[2:, :-2], part[1:-1, :-2], part[:-2, :-2]]
            count = sum(q.view(np.uint8) for q in p)
            turns = sum((~p[i] & p[(i + 1) % 8]).view(np.uint8) for i in range(8))
            if first:
                keep = ~(p[0] & p[2] & p[4]) & ~(p[2] & p[4] & p[6])
            else:
                keep = ~(p[0] & p[2] & p[6]) & ~(p[0] & p[4] & p[6])
            remove = middle & (count >= 2) & (count <= 6) & (turns == 1) & keep
            middle &= ~remove
            img[:, :, active] = part
            changed |= remove.any(axis=(0, 1))
        active = active[changed]
    return img[1:-1, 1:-1].transpose(2, 0, 1)


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
    draw, ink = pen_on(canvas), 0 if dark else 255
    for i, (x, y) in enumerate(drawn):
        draw.ellipse([x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2], fill=ink)
        for j in np.flatnonzero(np.abs(points[i + 1:] - points[i]).max(axis=1) <= 1) + i + 1:
            draw.line([tuple(drawn[i]), tuple(drawn[j])], fill=ink, width=max(1, round(pen)))
    return canvas


def redrawn_digits(images, rng, side=280, pens=((0.025, 0.28),), slant=None):
    """MNIST images (n, 28, 28) uint8 -> PIL canvases (side x side) with each digit re-drawn, its
    pen a share of its height drawn from one of the ranges `pens`; slanted by 0.2 columns per
    row typically, or by between slant[0] and slant[1] either way."""
    canvases = []
    for points in skeleton_points(images):
        size = rng.uniform(0.35, 0.85) * side            # the digit's height on the canvas
        low, high = pens[rng.integers(len(pens))]
        pen = max(1.5, rng.uniform(low, high) * size)
        shear = rng.normal(0, 0.2) if slant is None else rng.uniform(*slant) * rng.choice([-1, 1])
        angle = rng.normal(0, 0.12)
        turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        centred = (points - points.mean(axis=0)) @ np.array([[1, 0], [shear, 1]]) @ turn.T
        extent = np.ptp(centred, axis=0).max() + 1e-6
        scaled = centred * (size - pen) / extent
        low, high = scaled.min(axis=0) - pen / 2, scaled.max(axis=0) + pen / 2
        offset = rng.uniform(-low, side - high) if np.all(high - low < side) else -low
        dark = rng.random() < 0.7
        canvases.append(pen_drawing(points, scaled + offset, side, pen, dark))
    return canvases


def scanned_digits(images, rng, cells=32, stretch=0.5):
    """MNIST images (n, 28, 28) uint8 -> 'scans': cells x cells binary bitmaps, a share `stretch`
    of them stretched to fill the box, enlarged on a page and blurred."""
    from PIL import ImageFilter
    pages = []
    for im in images:
        ink = im > 128
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        crop = Image.fromarray(im[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])
        if rng.random() < stretch:                          # stretched to fill the box, or not
            bitmap = crop.resize((cells, cells), RESAMPLE.BILINEAR)
        else:
            bitmap = Image.new('L', (cells, cells))
            crop.thumbnail((cells, cells), RESAMPLE.BILINEAR)
            bitmap.paste(crop, ((cells - crop.width) // 2, (cells - crop.height) // 2))
        big = 4 * cells
        bitmap = bitmap.point(lambda v: 0 if v > 100 else 255).resize((big, big), RESAMPLE.NEAREST)
        page = Image.new('L', (big + big // 4, big + big // 4), 255)
        page.paste(bitmap, (big // 8, big // 8))
        pages.append(page.filter(ImageFilter.GaussianBlur(cells / 32)))
    return pages


def boxed_digits(images, rng, side=48):
    """MNIST images (n, 28, 28) uint8 -> pictures of each digit stretched to fill a box 1.4 to 2.2
    times wider than tall, or as much taller than wide, as forms with oblong boxes do."""
    pictures = []
    for im in images:
        rows, cols = np.flatnonzero(im.any(axis=1)), np.flatnonzero(im.any(axis=0))
        crop = Image.fromarray(255 - im[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])
        aspect = rng.uniform(1.4, 2.2)
        size = (side, round(side / aspect)) if rng.random() < 0.5 else (round(side / aspect), side)
        page = Image.new('L', (side + 16, side + 16), 255)
        page.paste(crop.resize(size, RESAMPLE.BILINEAR), ((side + 16 - size[0]) // 2, (side + 16 - size[1]) // 2))
        pictures.append(page)
    return pictures


def small_digits(images, rng):
    """MNIST images (n, 28, 28) uint8 -> small, blurred grey scans, as of envelopes: the digit 8 to
    14 pixels tall on a page of 24 to 40, grey ink on grey paper, a little noise."""
    from PIL import ImageFilter
    pictures = []
    for im in images:
        rows, cols = np.flatnonzero(im.any(axis=1)), np.flatnonzero(im.any(axis=0))
        crop = Image.fromarray(im[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])
        tall = int(rng.integers(8, 15))
        crop = crop.resize((max(1, round(crop.width * tall / crop.height)), tall), RESAMPLE.BOX)
        side = int(rng.integers(24, 41))
        ink = np.zeros((side, side), np.float32)
        top, left = rng.integers(2, side - tall - 1), rng.integers(2, max(3, side - crop.width - 1))
        ink[top:top + tall, left:left + crop.width] = np.asarray(crop, np.float32)[:, :side - left] / 255
        paper, pen = rng.uniform(170, 240), rng.uniform(10, 90)
        page = paper + (pen - paper) * ink + rng.normal(0, rng.uniform(2, 8), ink.shape)
        blurred = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
        pictures.append(blurred)
    return pictures


def photographed(drawings, rng, sizes=((640, 480), (1024, 768), (1600, 1200), (2000, 1500))):
    """Drawings (PIL 'L', dark ink on white) -> JPEG phone photos of them written on paper: the
    digit 15-45% of the photo's height anywhere on it, black, blue or pencil-grey ink, white or warm
    paper, light falling unevenly with a shadow across, ruled or squared lines, blur, sensor noise,
    and a third of them stored turned, with the EXIF orientation that turns them back."""
    from PIL import ImageFilter
    photos = []
    for drawing in drawings:
        w, h = sizes[rng.integers(len(sizes))]
        ink = np.asarray(drawing, np.float32) < 128
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        crop = Image.fromarray(255 - np.asarray(drawing)[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])
        tall = int(h * rng.uniform(0.15, 0.45))
        wide = max(2, min(w - 2, round(crop.width * tall / crop.height)))
        crop = crop.resize((wide, tall), RESAMPLE.BILINEAR)
        mask = np.zeros((h, w), np.float32)
        top, left = rng.integers(0, h - tall + 1), rng.integers(0, w - wide + 1)
        mask[top:top + tall, left:left + wide] = np.asarray(crop, np.float32) / 255
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        paper = np.array([rng.uniform(225, 250), rng.uniform(210, 245), rng.uniform(180, 240)], np.float32)
        light = 1 - rng.uniform(0, 0.3) * (xx / w * np.cos(rng.uniform(0, 6)) + yy / h * np.sin(rng.uniform(0, 6)) + 1) / 2
        cy, cx, r = rng.uniform(0, h), rng.uniform(0, w), rng.uniform(0.2, 0.6) * max(h, w)
        light = light * (1 - rng.uniform(0, 0.45) * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * r * r)))
        page = np.ones((h, w, 3), np.float32) * paper
        lines = rng.random()
        if lines < 0.6:                                 # ruled, and a third of those squared too
            gap, colour = int(h * rng.uniform(0.03, 0.07)), np.array(rng.choice([(140, 165, 215), (150, 150, 150)]))
            thick = rng.integers(1, 4)
            for y in range(int(rng.integers(0, gap)), h, gap):
                page[y:y + thick] = page[y:y + thick] * 0.4 + colour * 0.6
            if lines < 0.2:
                for x in range(int(rng.integers(0, gap)), w, gap):
                    page[:, x:x + thick] = page[:, x:x + thick] * 0.4 + colour * 0.6
        colour = np.array([(30, 30, 35), (35, 50, 150), (105, 105, 110)][rng.integers(3)], np.float32)
        page = page * (1 - mask[..., None]) + colour * mask[..., None]
        page = page * light[..., None] + rng.normal(0, rng.uniform(2, 8), page.shape)
        photo = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.5)))
        exif = Image.Exif()
        if rng.random() < 1 / 3:                        # stored turned, as a phone held sideways does
            orientation = int(rng.choice([3, 6, 8]))
            photo = photo.transpose({3: Image.ROTATE_180, 6: Image.ROTATE_90, 8: Image.ROTATE_270}[orientation])
            exif[0x0112] = orientation
        buffer = io.BytesIO()
        photo.save(buffer, format='JPEG', quality=int(rng.integers(60, 95)), exif=exif.tobytes())
        buffer.seek(0)
        photos.append(Image.open(buffer))
    return photos


def written_numbers(images, labels, rng, count, gap):
    """MNIST digits (n, 28, 28) uint8 and labels -> `count` pictures of numbers of 2 to 4 of them
    written side by side, `gap` times 20 pixels apart (0: touching), each digit a little larger or
    smaller and higher or lower than the last, the line sloping a little, a quarter of them light
    on dark; and the numbers as text."""
    pictures, texts = [], []
    for _ in range(count):
        pick = rng.choice(len(images), int(rng.integers(2, 5)), replace=False)
        canvas, x, slope = np.zeros((48, 40 * len(pick) + 40), np.float32), 8, rng.uniform(-0.08, 0.08)
        for k in pick:
            cols = np.flatnonzero(images[k].any(axis=0))
            digit = Image.fromarray(images[k][:, cols[0]:cols[-1] + 1])
            size = rng.uniform(0.85, 1.1)
            digit = np.asarray(digit.resize((max(1, round(digit.width * size)), round(28 * size)), RESAMPLE.BILINEAR))
            y = int(np.clip(10 + slope * x + rng.integers(-2, 3), 0, 48 - digit.shape[0]))
            canvas[y:y + digit.shape[0], x:x + digit.shape[1]] = np.maximum(
                canvas[y:y + digit.shape[0], x:x + digit.shape[1]], digit / 255)
            x += digit.shape[1] + max(0, round(gap * 20) + (int(rng.integers(-2, 3)) if gap > 0 else 0))
        pixels = np.uint8(255 * canvas[:, :x + 8])
        picture = Image.fromarray(pixels if rng.random() < 0.25 else 255 - pixels)
        pictures.append(picture.resize((picture.width * 3, picture.height * 3), RESAMPLE.BILINEAR))
        texts.append(''.join(str(labels[k]) for k in pick))
    return pictures, texts


# Fast stand-ins, for training: whole batches of 28x28 images at once, no pictures in between.

def box_of_ink(images, level=0.05):
    """Images (n, h, w) -> top, bottom, left, right (each (n,)) of the ink in each."""
    rows, cols = images.max(axis=2) > level, images.max(axis=1) > level
    h, w = images.shape[1:]
    return rows.argmax(1), h - 1 - rows[:, ::-1].argmax(1), cols.argmax(1), w - 1 - cols[:, ::-1].argmax(1)


def crop_and_centre(canvases):
    """Ink canvases (n, s, s) float in [0, 1] -> (n, 28, 28) in the MNIST form: cropped, fit in
    20x20, centre of mass at the centre. ink_to_mnist does this for one picture; this does it for
    a batch of stand-ins, bilinear rather than Lanczos, 256 at a time on every core."""
    def work(start, stop):
        return crop_and_centre_some(canvases[start:stop]).reshape(stop - start, PIXELS)
    return in_chunks(work, len(canvases), chunk=256).reshape(-1, IMAGE_SIDE, IMAGE_SIDE)


def crop_and_centre_some(canvases):
    """crop_and_centre for one chunk."""
    n, side = len(canvases), canvases.shape[1]
    f32 = np.float32
    if n == 0:
        return np.zeros((0, IMAGE_SIDE, IMAGE_SIDE), f32)
    top, bottom, left, right = box_of_ink(canvases)
    scale = (np.maximum(bottom - top, right - left) + 1).astype(f32) / BOX_SIDE   # canvas px per output px
    cy, cx = centre_of_mass(canvases)                     # where the canvas's centre of mass is ...
    grid = np.arange(IMAGE_SIDE, dtype=f32) - CENTRE      # ... lands on the output's centre
    rows = cy[:, None] + grid * scale[:, None]
    cols = np.ascontiguousarray(np.broadcast_to((cx[:, None] + grid * scale[:, None])[:, None, :], (n, IMAGE_SIDE, IMAGE_SIDE)))
    # Shrinking by `scale` samples the canvas sparsely: first blur it by as much, a box of that width.
    blurred = canvases
    width = int(np.max(scale) // 1)
    if width >= 2:
        blurred = canvases.copy()
        for axis in (1, 2):
            blurred = sum(np.roll(blurred, k - width // 2, axis=axis) for k in range(width)) / width
    small = resample(blurred.astype(f32), rows.astype(f32), cols.astype(f32))
    return small / np.maximum(small.max(axis=(1, 2), keepdims=True), 1e-6)


def stretched_digits(images, rng, cells=None):
    """MNIST digits (n, 28, 28) in [0, 1] -> each stretched to fill its box in both directions, as
    scanners of forms do; with cells, made a cells x cells binary bitmap on the way."""
    n, f32 = len(images), np.float32
    top, bottom, left, right = box_of_ink(images)
    side = cells or BOX_SIDE
    grid = (np.arange(side, dtype=f32) + 0.5) / side
    rows = top[:, None] + grid * (bottom - top + 1)[:, None] - 0.5
    cols = left[:, None] + grid * (right - left + 1)[:, None] - 0.5
    boxed = resample(images.astype(f32), rows.astype(f32),
                     np.ascontiguousarray(np.broadcast_to(cols[:, None, :], (n, side, side)), f32))
    if cells:
        boxed = (boxed > rng.uniform(0.3, 0.5)).astype(f32)
    canvas = np.zeros((n, side + 8, side + 8), f32)
    canvas[:, 4:-4, 4:-4] = boxed
    return crop_and_centre(canvas)


def bent_digits(images, rng, strength=1.0):
    """Digits (n, 28, 28) in [0, 1] -> each bent by a smooth random warp (as in Simard et al.,
    2003): a 4x4 grid of random shifts, `strength` pixels on average, spread over the image."""
    n, f32 = len(images), np.float32
    shifts = rng.normal(0, strength, (2, n, 4, 4)).astype(f32)
    coarse = np.linspace(-0.5, 3.5, IMAGE_SIDE, dtype=f32)          # 28 pixels over the 4x4 grid
    spread_out = np.maximum(0, 1 - np.abs(coarse[:, None] - np.arange(4, dtype=f32)))   # (28, 4), bilinear
    spread = spread_out @ shifts @ spread_out.T                      # (2, n, 28, 28)
    grid = np.arange(IMAGE_SIDE, dtype=f32)
    rows = np.broadcast_to(grid, (n, IMAGE_SIDE))
    # resample moves pixels within rows; bend along rows, then along columns (the image transposed).
    across = resample(images.astype(f32), rows, grid + spread[1])
    down = resample(across.transpose(0, 2, 1).copy(), rows, grid + spread[0].transpose(0, 2, 1))
    return crop_and_centre(down.transpose(0, 2, 1))


def even_pen_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> drawn again along their skeleton with an even, round pen."""
    skeleton = skeletons(images > 0.4).astype(np.float32)
    drawn = grow_or_thin(as_stack(skeleton), np.ones(len(images), np.float32))
    drawn = grow_or_thin(drawn, rng.uniform(0, 1, len(images)).astype(np.float32)).transpose(2, 0, 1)
    soft = drawn.copy()                         # a soft edge, as a real pen on paper leaves
    soft[:, 1:-1, 1:-1] = (drawn[:, :-2, 1:-1] + drawn[:, 2:, 1:-1] + drawn[:, 1:-1, :-2]
                           + drawn[:, 1:-1, 2:] + 4 * drawn[:, 1:-1, 1:-1]) / 8
    return soft


def one_way_digits(images, rng, side=40):
    """Digits (n, 28, 28) in [0, 1] -> each stretched to fill a box 1.4 to 2.2 times wider than
    tall, or as much taller than wide (boxed_digits, as arrays)."""
    n, f32 = len(images), np.float32
    top, bottom, left, right = box_of_ink(images)
    aspect = rng.uniform(1.4, 2.2, n)
    wide = rng.random(n) < 0.5
    h, w = np.where(wide, side / aspect, side), np.where(wide, side, side / aspect)
    grid = np.arange(side, dtype=f32) + 0.5
    rows = top[:, None] + (grid - (side - h[:, None]) / 2) * ((bottom - top + 1) / h)[:, None] - 0.5
    cols = left[:, None] + (grid - (side - w[:, None]) / 2) * ((right - left + 1) / w)[:, None] - 0.5
    boxed = resample(images.astype(f32), rows.astype(f32),
                     np.ascontiguousarray(np.broadcast_to(cols[:, None, :], (n, side, side)), f32))
    return crop_and_centre(boxed)


def thick_or_thin_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> half of them drawn with a much thinner pen (about a pixel),
    half with a much thicker one (two to four pixels more a side, so that small loops close)."""
    n, f32 = len(images), np.float32
    steps = np.where(rng.random(n) < 0.5, -rng.uniform(0.4, 0.8, n), rng.uniform(1.0, 2.0, n)).astype(f32)
    stack = grow_or_thin(as_stack(images), np.clip(steps, -1, 1))
    stack = grow_or_thin(stack, np.maximum(steps - 1, 0))
    return crop_and_centre(np.ascontiguousarray(stack.transpose(2, 0, 1)))


def slanted_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> each slanted by 0.35 to 0.6 columns per row, either way."""
    n, f32 = len(images), np.float32
    shear = (rng.uniform(0.35, 0.6, n) * rng.choice([-1, 1], n)).astype(f32)
    zoom, centre = np.full(n, 1.4, f32), np.full(n, CENTRE, f32)     # smaller, to keep it all
    return crop_and_centre(warp(as_stack(images), centre, centre, zoom, zoom, shear * zoom))


def small_blurred_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> as small blurred scans give them: shrunk to 8 to 14 pixels
    tall, blurred, and enlarged again (small_digits, as arrays)."""
    n, f32 = len(images), np.float32
    zoom = (BOX_SIDE / rng.uniform(8, 14, n)).astype(f32)           # 20 pixels to 8 to 14
    centre = np.full(n, CENTRE, f32)
    small = warp(as_stack(images), centre, centre, zoom, zoom, np.zeros(n, f32))
    blurred = small.copy()                                           # a 3x3 blur
    blurred[:, 1:-1, 1:-1] = (4 * small[:, 1:-1, 1:-1] + small[:, :-2, 1:-1] + small[:, 2:, 1:-1]
                              + small[:, 1:-1, :-2] + small[:, 1:-1, 2:]) / 8
    return crop_and_centre(blurred)


STAND_IN_KINDS = ('stretched', 'scanned at 16x16', 'stretched one way', 'bent', 'even pen', 'thick or thin',
                  'slanted', 'small and blurred')


def digit_stand_ins(images, rng):
    """MNIST digits (n, 28, 28) uint8 -> the same digits (n, 28, 28) as other pens and scanners
    would give them, an equal share of each of STAND_IN_KINDS, and the kind of each (n,)."""
    x = images / np.float32(255)
    parts = np.array_split(np.arange(len(x)), len(STAND_IN_KINDS))
    makers = [stretched_digits, lambda x, rng: stretched_digits(x, rng, cells=16), one_way_digits, bent_digits,
              even_pen_digits, thick_or_thin_digits, slanted_digits, small_blurred_digits]
    made = [make(x[part], rng) for make, part in zip(makers, parts)]
    return np.concatenate(made), np.repeat(np.arange(len(parts)), [len(p) for p in parts])


# Non-digits. A stroke font: a glyph is strokes separated by '|'; a stroke is points 'x,y' (x from 0
# to 4, rightwards; y from 0 to 6, downwards) and arcs 'a cx,cy rx,ry from to' (degrees, counter-
# clockwise as seen). A stroke of one point is a dot.
STROKE_FONT = {
    'A': '0,6 2,0 4,6 | 0.8,4 3.2,4', 'C': 'a 2.2,3 2.2,3 50 310', 'E': '4,0 0,0 0,6 4,6 | 0,3 3,3',
    'F': '4,0 0,0 0,6 | 0,3 3,3', 'G': 'a 2.2,3 2.2,3 50 360 2.4,3', 'H': '0,0 0,6 | 4,0 4,6 | 0,3 4,3',
    'J': '1,0 4,0 | 3,0 3,4.5 a 1.7,4.5 1.3,1.5 0 -180', 'K': '0,0 0,6 | 4,0 0,3.5 | 1.2,2.6 4,6',
    'L': '0,0 0,6 4,6', 'M': '0,6 0,0 2,4 4,0 4,6', 'N': '0,6 0,0 4,6 4,0',
    'P': '0,6 0,0 2.5,0 a 2.5,1.6 1.5,1.6 90 -90 0,3.2', 'Q': 'a 2,3 2,3 0 360 | 2.5,4.5 4.2,6.3',
    'R': '0,6 0,0 2.5,0 a 2.5,1.6 1.5,1.6 90 -90 0,3.2 | 1.8,3.2 4,6', 'T': '0,0 4,0 | 2,0 2,6',
    'U': '0,0 0,4 a 2,4 2,2 180 360 4,0', 'V': '0,0 2,6 4,0', 'W': '0,0 1,6 2,2 3,6 4,0',
    'X': '0,0 4,6 | 4,0 0,6', 'Y': '0,0 2,3 4,0 | 2,3 2,6',
    'a': 'a 2,4 1.8,2 0 360 | 3.8,2 3.8,6', 'c': 'a 2,4 1.8,2 50 310',
    'd': 'a 1.8,4 1.8,2 0 360 | 3.6,0 3.6,6', 'e': '0.3,4 3.8,4 a 2,4 1.8,2 0 300',
    'f': 'a 3,1.5 1.5,1.5 30 180 1.5,6 | 0,2.5 3,2.5', 'h': '0,0 0,6 | 0,4 a 2,4 2,1.6 180 0 4,6',
    'k': '0,0 0,6 | 3.5,2 0,4.5 | 1.2,3.6 3.8,6', 'n': '0,2 0,6 | 0,3.8 a 2,3.8 2,1.6 180 0 4,6',
    'm': '0,2 0,6 | 0,3.5 a 1,3.5 1,1.2 180 0 2,6 | 2,3.5 a 3,3.5 1,1.2 180 0 4,6',
    'p': '0,2 0,9 | a 2,4 1.8,2 0 360', 'r': '0,2 0,6 | 0,4 a 2.5,4 2.5,1.8 180 60',
    't': '1.5,0 1.5,5 a 2.7,5 1.2,1 180 300 | 0,2 3.5,2', 'u': '0,2 0,4.5 a 2,4.5 2,1.5 180 360 | 4,2 4,6',
    'v': '0,2 2,6 4,2', 'w': '0,2 1,6 2,3 3,6 4,2', 'x': '0,2 4,6 | 4,2 0,6', 'y': '0,2 2,5.5 | 4,2 2,5.5 0.8,8',
    # Greek, Cyrillic, Hebrew and Japanese
    'alpha': '4,2 3,4 a 1.8,4 1.6,2 20 340 4,6', 'lambda': '0.5,0 4,6 | 2,3 0,6', 'pi': '0,2 4,2 | 1,2 1,6 | 3,2 3,6',
    'Sigma': '4,0 0,0 2,3 0,6 4,6', 'Omega': '0,6 1.3,6 a 2,3 2,2.6 240 -60 2.7,6 4,6',
    'Zhe': '0,0 4,6 | 4,0 0,6 | 2,0 2,6', 'De': '0.5,5 1,0 3.5,0 3.5,5 | 0,6.5 0,5 4,5 4,6.5',
    'Ef': '2,0 2,6 | a 2,3 2,1.5 0 360', 'Sha': '0,0 0,6 4,6 4,0 | 2,0 2,6',
    'Ya': '4,6 4,0 1.5,0 a 1.5,1.6 1.5,1.6 90 270 4,3.2 | 2.2,3.2 0,6', 'Yu': '0,0 0,6 | 0,3 1.5,3 | a 3,3 1,3 0 360',
    'I': '0,0 0,6 4,0 4,6', 'alef': '0,0 4,6 | 3.5,0 3,3 | 0.5,6 1,3', 'shin': '0,0 1,6 4,6 4,0 | 2,0 2,4',
    'ka': '0,2 4,2 3.5,6 | 1.5,0 1.5,6', 'tsu': '0,1 0.5,2 | 1.5,0.5 2,1.5 | 4,0 3.5,3 0.5,6',
    'kou': '0,0 4,0 | 2,0 2,6 | 0,6 4,6', 'mu': '0,1 4,1 | 1.5,0 1.5,3 a 2.5,3 1,1.5 180 360 4,6',
    # symbols
    'plus': '2,1 2,5 | 0,3 4,3', 'minus': '0,3 4,3', 'times': '0,1 4,5 | 4,1 0,5',
    'divide': '0,3 4,3 | 2,1.2 | 2,4.8', 'equals': '0,2 4,2 | 0,4 4,4',
    'percent': '0,6 4,0 | a 0.8,1 0.8,1 0 360 | a 3.2,5 0.8,1 0 360',
    'hash': '1.3,0 0.7,6 | 3.3,0 2.7,6 | 0,2 4,2 | 0,4 4,4', 'asterisk': '2,0 2,6 | 0,1.5 4,4.5 | 4,1.5 0,4.5',
    'question': 'a 2,1.6 1.8,1.6 160 -70 2,4 | 2,5.8', 'exclaim': '2,0 2,4 | 2,5.8',
    'less': '4,0 0,3 4,6', 'greater': '0,0 4,3 0,6', 'tick': '0,3.5 1.5,6 4,0', 'cross': '0.2,0.3 3.8,5.7 | 3.6,0 0.4,6',
    'at': 'a 2,3 0.9,1.1 0 360 | 2.9,2 2.9,3.8 a 3.4,3.8 0.5,0.5 180 360 a 2,3 2,3 0 330',
    'dollar': 'a 2,1.7 1.8,1.5 30 200 a 2,4.3 1.8,1.5 90 -160 | 2,-0.5 2,6.5',
    'arrow': '0,3 4,3 | 3,2 4,3 3,4', 'up': '2,6 2,0 | 1,1 2,0 3,1', 'caret': '0,4 2,0 4,4',
    'tilde': 'a 1,3 1,1 180 0 a 3,3 1,1 180 360', 'infinity': 'a 1,3 1,1.2 0 360 a 3,3 1,1.2 180 540',
    'heart': '2,6 0.2,2.5 a 1,1.5 1,1 180 0 a 3,1.5 1,1 180 0 3.8,2.5 2,6',
    'brackets': '2,0 0,0 0,6 2,6 | 3,0 4,0 4,6 3,6', 'root': '0,4 1,6 2.5,0 4,0',
}


def glyph_strokes(text):
    """A glyph of STROKE_FONT -> its strokes, each (m, 2) points (x rightwards, y downwards)."""
    strokes = []
    for part in text.split('|'):
        tokens, points = part.split(), []
        while tokens:
            token = tokens.pop(0)
            if token == 'a':
                (cx, cy), (rx, ry) = (map(float, tokens.pop(0).split(',')) for _ in range(2))
                start, stop = np.radians(float(tokens.pop(0))), np.radians(float(tokens.pop(0)))
                points.extend(arc(cx, cy, rx, ry, start, stop))
            else:
                points.append(tuple(map(float, token.split(','))))
        strokes.append(np.array(points, float))
    return strokes


def arc(cx, cy, rx, ry, start, stop, n=None):
    """Points (m, 2) on an ellipse from angle start to stop (radians, counter-clockwise as seen)."""
    t = np.linspace(start, stop, n or max(4, int(abs(stop - start) / 0.25) + 1))
    return np.stack([cx + rx * np.cos(t), cy - ry * np.sin(t)], axis=1)


def loop(points):
    """A closed polyline: points (m, 2) and the first again."""
    points = np.asarray(points, float)
    return np.vstack([points, points[:1]])


def smooth(points, rounds=3):
    """A polyline (m, 2) -> a smooth curve near it (Chaikin's corner cutting), ends kept."""
    for _ in range(rounds):
        cut = np.stack([0.75 * points[:-1] + 0.25 * points[1:], 0.25 * points[:-1] + 0.75 * points[1:]], axis=1)
        points = np.vstack([points[:1], cut.reshape(-1, 2), points[-1:]])
    return points


def doodle(rng):
    """A random doodle, one of the things people draw instead of a digit -> list of strokes."""
    u, tau = rng.uniform, 2 * np.pi
    kind = rng.integers(20)
    if kind == 0:                                          # a polygon, triangle to hexagon
        k = rng.integers(3, 7)
        a = u(0, tau) + np.arange(k) * tau / k + u(-0.2, 0.2, k)
        return [loop(np.stack([np.cos(a), np.sin(a) * u(0.6, 1.4)], 1))]
    if kind == 1:                                          # a square or a rectangle
        w, h = u(0.5, 1.5), u(0.5, 1.5)
        return [loop([(0, 0), (w, 0), (w, h), (0, h)])]
    if kind == 2:                                          # a star
        k = rng.choice([5, 5, 6, 7])
        a = -np.pi / 2 + np.arange(2 * k) * np.pi / k
        r = np.where(np.arange(2 * k) % 2 == 0, 1, u(0.35, 0.55))
        return [loop(np.stack([r * np.cos(a), r * np.sin(a)], 1))]
    if kind == 3:                                          # a smiling or frowning face
        mouth = arc(0, 0.15, 0.55, 0.5 * u(0.5, 1), np.pi * 1.15, np.pi * 1.85) * [1, rng.choice([1, -1])]
        return [arc(0, 0, 1, 1, 0, tau, 30), mouth + [0, 0.1], np.array([[-0.35, -0.3]]), np.array([[0.35, -0.3]])]
    if kind == 4:                                          # a crown
        k = rng.integers(3, 6)
        top = np.stack([np.linspace(0, 2, 2 * k - 1), np.where(np.arange(2 * k - 1) % 2 == 0, 0, u(0.5, 0.9))], 1)
        return [np.vstack([[(0, 1.5)], top, [(2, 1.5)], [(0, 1.5)]])]
    if kind == 5:                                          # a house
        w = u(0.8, 1.4)
        parts = [np.array([(0, 1), (0, 2), (w, 2), (w, 1)]), np.array([(-0.1, 1.05), (w / 2, 0.2), (w + 0.1, 1.05)]),
                 np.array([(w * 0.4, 2), (w * 0.4, 1.5), (w * 0.6, 1.5), (w * 0.6, 2)])]
        return parts[:rng.integers(2, 4)]
    if kind == 6:                                          # a heart, a cross or a tick
        return glyph_strokes(STROKE_FONT[rng.choice(['heart', 'times', 'tick', 'cross'])])
    if kind == 7:                                          # a spiral
        t = np.linspace(0, u(2.5, 4.5) * np.pi, 60)
        return [np.stack([t * np.cos(t), t * np.sin(t)], 1)]
    if kind == 8:                                          # a sun
        a = np.arange(rng.integers(6, 12)) * tau / 12
        return [arc(0, 0, 0.4, 0.4, 0, tau, 20)] + [np.array([[0.55 * np.cos(t), 0.55 * np.sin(t)], [np.cos(t), np.sin(t)]]) for t in a]
    if kind == 9:                                          # a flower
        a = np.arange(rng.integers(4, 8)) * tau / 7
        return [arc(0.6 * np.cos(t), -0.6 * np.sin(t), 0.3, 0.3, 0, tau, 12) for t in a] + [np.array([(0, 0.9), (0, 2.2)])]
    if kind == 10:                                         # a cloud
        bumps = [arc(i * 0.5, 0, 0.35, 0.35 * u(0.8, 1.4), np.pi, 0, 8) for i in range(rng.integers(4, 7))]
        return [loop(np.vstack(bumps))]
    if kind == 11:                                         # a fish
        return [arc(0, 0, 1, 0.5, 0, tau, 30), loop([(1, 0), (1.6, -0.5), (1.6, 0.5)]), np.array([[-0.6, -0.1]])]
    if kind == 12:                                         # an aeroplane from above
        return [np.array([(0, -1.5), (0, 1.5)]), np.array([(-1.4, 0.2), (0, -0.4), (1.4, 0.2)]),
                np.array([(-0.6, 1.4), (0, 1.1), (0.6, 1.4)])]
    if kind == 13:                                         # a tree, or a zigzag of mountains
        if rng.random() < 0.5:
            return [np.array([(0, 2), (0, 1)]), arc(0, 0.4, 0.7, 0.7, -np.pi / 3, np.pi * 4 / 3, 20)]
        k = rng.integers(2, 4)
        return [np.stack([np.linspace(0, 2, 2 * k + 1), np.where(np.arange(2 * k + 1) % 2, 0, 1) * u(0.6, 1.0)], 1)]
    if kind == 14:                                         # a wave
        t = np.linspace(0, u(2, 4) * np.pi, 40)
        return [np.stack([t / 3, 0.4 * np.sin(t)], 1)]
    if kind == 15:                                         # a grid
        k = rng.integers(2, 4)
        return ([np.array([(i, 0), (i, k - 0.4)]) for i in np.arange(k) + 0.3] +
                [np.array([(0, i), (k - 0.4, i)]) for i in np.arange(k) + 0.3])
    if kind == 16:                                         # a car
        body = [(0, 1), (0, 0.5), (0.6, 0.5), (0.9, 0), (1.9, 0), (2.2, 0.5), (2.8, 0.5), (2.8, 1), (0, 1)]
        return [np.array(body), arc(0.6, 1.05, 0.25, 0.25, 0, tau, 12), arc(2.2, 1.05, 0.25, 0.25, 0, tau, 12)]
    if kind == 17:                                         # a cat's face
        return [arc(0, 0, 1, 0.85, 0, tau, 30), np.array([(-0.8, -0.5), (-0.7, -1.3), (-0.3, -0.8)]),
                np.array([(0.8, -0.5), (0.7, -1.3), (0.3, -0.8)]), np.array([(0.2, 0.2), (1.2, 0)]), np.array([(-0.2, 0.2), (-1.2, 0)])]
    if kind == 18:                                         # a cup, an envelope or an umbrella
        return [[np.array([(0, 0), (0.15, 1.2), (0.85, 1.2), (1, 0)]), arc(1.05, 0.5, 0.3, 0.3, np.pi / 2, -np.pi / 2, 10)],
                [loop([(0, 0), (1.6, 0), (1.6, 1), (0, 1)]), np.array([(0, 0), (0.8, 0.6), (1.6, 0)])],
                [arc(0, 0, 1, 0.8, 0, np.pi, 20), np.array([(-1, 0), (1, 0)]), np.array([(0, 0), (0, 1), (0.3, 1.1)])]][rng.integers(3)]
    return [np.array([(0, 0), (1, 1)]), np.array([(1, 0), (0, 1)]), loop([(0, 0), (1, 0), (1, 1), (0, 1)])][:rng.integers(2, 4)]


def scribble(rng):
    """A scribble: a smooth curve looping about, a dense zigzag, or a few random strokes."""
    kind = rng.integers(3)
    if kind == 0:
        return [smooth(rng.uniform(0, 1, (rng.integers(6, 14), 2)))]
    if kind == 1:
        k = rng.integers(5, 12)
        return [np.stack([np.arange(k) % 2 + rng.uniform(-0.1, 0.1, k), np.linspace(0, 1, k)], 1)]
    strokes = []
    for _ in range(rng.integers(2, 6)):
        a = rng.uniform(0, 2 * np.pi)
        strokes.append(rng.uniform(0, 1, (2, 2)) if rng.random() < 0.5 else
                       arc(*rng.uniform(0, 1, 2), *rng.uniform(0.2, 0.5, 2), a, a + rng.uniform(1, 5)))
    return strokes


def made_up_character(rng):
    """A character of no script: 2 to 5 strokes on a 3x3 grid, straight, curved or dots."""
    strokes = []
    for _ in range(rng.integers(2, 6)):
        kind = rng.random()
        if kind < 0.6:
            strokes.append(rng.integers(0, 3, (rng.integers(2, 4), 2)) + rng.uniform(-0.15, 0.15, (1, 2)))
        elif kind < 0.85:
            a = rng.uniform(0, 2 * np.pi)
            strokes.append(arc(*rng.uniform(0.5, 1.5, 2), *rng.uniform(0.4, 1.0, 2), a, a + rng.uniform(1.5, 4)))
        else:
            strokes.append(rng.uniform(0, 2, (1, 2)))
    return strokes


def by_hand(drawings, rng, wobble=0.05):
    """Drawings (each a list of strokes) -> the same as hands would draw them: each turned,
    slanted, squeezed, and wobbling by up to `wobble` of its size. All points are moved at once."""
    strokes = [stroke for drawing in drawings for stroke in drawing]
    points = np.vstack(strokes)
    owner = np.repeat(np.arange(len(drawings)), [sum(len(s) for s in d) for d in drawings])
    starts = np.r_[0, np.cumsum(np.bincount(owner, minlength=len(drawings)))[:-1]]
    low, high = np.minimum.reduceat(points, starts), np.maximum.reduceat(points, starts)
    size = np.maximum((high - low).max(axis=1), 1e-6)[:, None]
    points = (points - ((low + high) / 2)[owner]) / size[owner]
    n = len(drawings)
    angle, shear, aspect = rng.normal(0, 0.15, n), rng.normal(0, 0.2, n), np.exp(rng.normal(0, 0.2, n))
    cos, sin = np.cos(angle), np.sin(angle)
    matrix = np.stack([np.stack([aspect * cos + shear * sin, shear * cos - aspect * sin], -1),
                       np.stack([sin / aspect, cos / aspect], -1)], 1)                # (n, 2, 2)
    points = np.einsum('pij,pj->pi', matrix[owner], points)
    phase, speed = rng.uniform(0, 2 * np.pi, (n, 4))[owner], rng.uniform(2, 6, (n, 4))[owner]
    amount = (rng.uniform(0, wobble, n))[owner, None]
    points += amount * (np.sin(speed[:, :2] * points[:, ::-1] + phase[:, :2]) + np.sin(speed[:, 2:] * points + phase[:, 2:]))
    pieces = np.split(points, np.cumsum([len(s) for s in strokes])[:-1])
    counts = np.cumsum([0] + [len(d) for d in drawings])
    return [pieces[a:b] for a, b in zip(counts[:-1], counts[1:])]


def draw_strokes(drawings, side, pens):
    """Drawings (each a list of strokes) -> canvases (n, side, side) float in [0, 1], each drawing
    by a round pen of its width in pens (n,), its ink box (pen included) filling most of the canvas."""
    strokes = [stroke for drawing in drawings for stroke in drawing]
    lengths = np.array([len(stroke) for stroke in strokes])
    owner = np.repeat(np.repeat(np.arange(len(drawings)), [len(d) for d in drawings]), lengths)
    points = np.vstack(strokes)
    starts = np.r_[0, np.cumsum(np.bincount(owner, minlength=len(drawings)))[:-1]]
    low, high = np.minimum.reduceat(points, starts), np.maximum.reduceat(points, starts)
    scale = (side * 0.8 - pens) / np.maximum((high - low).max(axis=1), 1e-6)
    offset = np.stack([np.full(len(drawings), side / 2), side / 2 + np.arange(len(drawings)) * side], 1)
    placed = (points - ((low + high) / 2)[owner]) * scale[owner, None] + offset[owner]
    sheet = Image.new('L', (side, side * len(drawings)), 0)     # one picture for all: quicker
    draw = pen_on(sheet)
    stroke_pens = np.repeat(pens, [len(d) for d in drawings])
    for stroke, pen in zip(np.split(placed, np.cumsum(lengths)[:-1]), stroke_pens):
        if len(stroke) > 1:
            draw.line(stroke.ravel().tolist(), fill=255, width=max(1, round(pen)))
        r = pen / 2
        for x, y in stroke[[0, -1]].tolist():
            draw.ellipse([x - r, y - r, x + r, y + r], fill=255)
    return np.asarray(sheet, np.float32).reshape(len(drawings), side, side) / 255


PRINTED = 'ACEFGHJKLMNPQRTUVWXYacdefhkmnprtuvwxy+=%#@&*?!<>$'   # no letter that looks like a digit


def printed_characters(rng, n, side=48, characters=PRINTED):
    """n canvases (side x side) of characters printed in Pillow's own font, some bold, and the
    index in `characters` of each (n,)."""
    from PIL import ImageFont
    font = ImageFont.load_default()
    sheet = Image.new('L', (side, side * n), 0)
    draw = pen_on(sheet)
    sizes, which = {}, np.zeros(n, np.intp)
    for i in range(n):
        size = int(rng.integers(side // 2, side * 3 // 4))
        if hasattr(font, 'font_variant') and size not in sizes:   # Pillow >= 10.1: a scalable font
            sizes[size] = font.font_variant(size=size)
        face = sizes.get(size, font)
        which[i] = rng.integers(len(characters))
        draw.text((side // 8, side // 8 + i * side), characters[which[i]], fill=255, font=face,
                  stroke_width=int(rng.integers(0, 2)) if face is not font else 0, stroke_fill=255)
    return np.asarray(sheet, np.float32).reshape(n, side, side) / 255, which


def hand_drawn_print(rng, n, side=48, characters=PRINTED):
    """n canvases (side x side) of printed characters drawn again by hand: each thinned to its
    skeleton, bent, and traced with a round pen (see pen_drawing). Returns canvases, indices."""
    printed, which = printed_characters(rng, n, side, characters)
    canvases = np.empty_like(printed)
    for i, skeleton in enumerate(skeletons(printed > 0.5)):
        rows, cols = np.nonzero(skeleton)
        points = np.stack([cols, rows], axis=1).astype(float)
        if len(points) < 2:
            canvases[i] = printed[i]
            continue
        bent = by_hand([[points]], rng)[0][0]
        pen = side * rng.uniform(0.04, 0.12)
        placed = (bent - bent.min(0)) * (side * 0.8 - pen) / max(np.ptp(bent, 0).max(), 1e-6) + side * 0.1 + pen / 2
        canvases[i] = np.asarray(pen_drawing(points, placed, side, pen, dark=False), np.float32) / 255
    return canvases, which


def things(rng, n, side=48):
    """n canvases (side x side) of filled, shaded shapes, like photographs of clothing and things:
    shirts, trousers, dresses, shoes, bags and blobs."""
    u, s = rng.uniform, side
    yy, xx = np.mgrid[0:side, 0:side] / side
    shapes = [
        lambda w, h: [(0.5 - w / 2, 0.15), (0.3 - w / 2, 0.2 + h), (0.5 - w / 2, 0.3 + h / 2), (0.5 - w / 2, 0.9),
                      (0.5 + w / 2, 0.9), (0.5 + w / 2, 0.3 + h / 2), (0.7 + w / 2, 0.2 + h), (0.5 + w / 2, 0.15)],
        lambda w, h: [(0.3, 0.1), (0.7, 0.1), (0.75, 0.9), (0.5 + w / 10, 0.9), (0.5, 0.35), (0.5 - w / 10, 0.9), (0.25, 0.9)],
        lambda w, h: [(0.4, 0.1), (0.6, 0.1), (0.62, 0.35), (0.5 + w, 0.9), (0.5 - w, 0.9), (0.38, 0.35)],
        lambda w, h: [(0.1, 0.8 - h), (0.35, 0.8 - h), (0.4, 0.55), (0.85, 0.62), (0.9, 0.8), (0.1, 0.8)],
        lambda w, h: [(0.15, 0.35), (0.85, 0.35), (0.9, 0.9), (0.1, 0.9)],
    ]
    canvases = np.empty((n, side, side), np.float32)
    for i in range(n):
        canvas = Image.new('L', (side, side), 0)
        draw = pen_on(canvas)
        kind = rng.integers(len(shapes) + 1)
        if kind < len(shapes):
            outline = shapes[kind](u(0.3, 0.7), u(0.1, 0.4))
            draw.polygon([((x + u(-0.02, 0.02)) * s, (y + u(-0.02, 0.02)) * s) for x, y in outline], fill=255)
        else:
            for _ in range(rng.integers(2, 5)):
                cx, cy, rx, ry = u(0.3, 0.7) * s, u(0.3, 0.7) * s, u(0.1, 0.3) * s, u(0.1, 0.3) * s
                draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
        shade = u(0.4, 1.0) + u(-0.3, 0.3) * (xx * np.cos(u(0, 6)) + yy * np.sin(u(0, 6)))
        if rng.random() < 0.5:                             # stripes or a knit
            shade = shade + u(0.05, 0.25) * np.sin(2 * np.pi * u(3, 10) * (yy if rng.random() < 0.5 else xx))
        shade = shade + rng.normal(0, u(0, 0.1), shade.shape)
        canvases[i] = np.clip(np.asarray(canvas, np.float32) / 255 * shade, 0, 1)
    return canvases


def joined_digits(images, rng, n):
    """n canvases (64x64) of two MNIST digits run together, a little apart: a number, not a digit."""
    first, second = images[rng.integers(0, len(images), (2, n))] / np.float32(255)
    canvases = np.zeros((n, 64, 64), np.float32)
    canvases[:, 18:46, 18:46] = first
    for i in range(n):
        dy, dx = rng.integers(-6, 7), rng.integers(8, 16) * rng.choice([-1, 1])
        place = canvases[i, 18 + dy:46 + dy, 18 + dx:46 + dx]
        np.maximum(place, second[i], out=place)
    return canvases


NON_DIGIT_KINDS = {'letters and symbols': 0.2, 'made-up characters': 0.1, 'doodles': 0.22, 'scribbles': 0.08,
                   'things': 0.1, 'joined digits': 0.08, 'printed letters and symbols': 0.1,
                   'letters and symbols traced by hand': 0.12}


def non_digit_canvases(images, rng, n, side=32):
    """n stand-ins for things that are not digits -> (list of n ink canvases, float in [0, 1],
    side x side, or 64x64 for joined digits; kinds (n,), indices into NON_DIGIT_KINDS)."""
    kinds = np.sort(rng.choice(len(NON_DIGIT_KINDS), n, p=list(NON_DIGIT_KINDS.values())))
    glyphs = [glyph_strokes(text) for text in STROKE_FONT.values()]
    drawings = []
    for k in kinds[kinds < 4]:
        strokes = (glyphs[rng.integers(len(glyphs))] if k == 0 else made_up_character(rng)
                   if k == 1 else doodle(rng) if k == 2 else scribble(rng))
        drawings.append(strokes)
    canvases = list(draw_strokes(by_hand(drawings, rng), side, side * rng.uniform(0.04, 0.16, len(drawings))))
    canvases.extend(things(rng, int(np.sum(kinds == 4)), side))
    canvases.extend(joined_digits(images, rng, int(np.sum(kinds == 5))))
    canvases.extend(printed_characters(rng, int(np.sum(kinds == 6)), side)[0])
    canvases.extend(hand_drawn_print(rng, int(np.sum(kinds == 7)), side)[0])
    return canvases, kinds


def non_digits(images, rng, n):
    """n non-digit stand-ins in the MNIST form (n, 28, 28), and their kinds (n,)."""
    canvases, kinds = non_digit_canvases(images, rng, n)
    forms = np.empty((n, IMAGE_SIDE, IMAGE_SIDE), np.float32)
    for side in {len(c) for c in canvases}:
        pick = [i for i, c in enumerate(canvases) if len(c) == side]
        forms[pick] = crop_and_centre(np.stack([canvases[i] for i in pick]))
    return forms, kinds


# --------------------------------------------------------------------------------------------------
# Judging a reading
#
# The reader's softmax always names a digit, and on drawings unlike MNIST it names it too surely.
# Three things, fitted by --train on held-out digits and stand-ins and saved with the weights,
# turn its output for one image into a verdict that --predict, --eval and the window all show:
#
# 1. A judge: a second small network that says whether the input is a digit at all. It sees the
#    reader's 28x28 input through the directions of its edges (which way each edge faces, in 8
#    directions, summed over 7x7 patches of 4x4 pixels): a description that cares about the
#    shape of the strokes rather than exactly where each pixel is. It learns from MNIST digits
#    and digit stand-ins against the non-digit stand-ins of the section above.
# 2. A temperature: the reader's scores are divided by it before the softmax, which keeps the
#    answer but makes the percentage honest. It is fitted on validation digits and stand-ins made
#    from them (never on the test set), so "80%" is right about 80% of the time.
# 3. The rule: "not a digit" when the judge's score is above a threshold that refuses only
#    REFUSED_DIGITS of those held-out digits; "sure" when the answer is at least SURE likely;
#    otherwise "or", with the runner-up.

SURE = 0.7                      # below this probability the verdict names the runner-up too
REFUSED_DIGITS = 0.003          # the share of held-out digits the judge may refuse
MAPS = 9                        # the judge sees 8 maps of edges, one of ink, ...
CELLS = 7                       # ... each summed over a 7x7 grid of cells
# How --train --judge learns the judge (about a minute): all MNIST training digits, stand-ins made
# from them and printed digits, against as many non-digit stand-ins. Chosen on validation digits.
JUDGE_RECIPE = {'hidden': 64, 'epochs': 8, 'lr': 0.02, 'batch': 256, 'stand_ins': 16000, 'traced': 2000,
                'non_digits': 32000}

Verdict = collections.namedtuple('Verdict', 'kind digit probability other other_probability')
SURE_KIND, UNSURE_KIND, REFUSED_KIND, EMPTY_KIND = 'sure', 'unsure', 'not a digit', 'no digit'
MARK_KIND = 'mark'              # in a number, a '.' or '-' between its digits


def edge_directions(x):
    """Inputs x (n, 784) -> (n, 392): the image at half size (14x14); at each of its pixels, how
    much the ink fades in each of 8 directions (right, down-right, down, ... up-right); those
    summed over 2x2 pixels, so 8 maps of 7x7. An edge the ink fades rightwards from faces right."""
    half = np.float32(0.5 ** 0.5)

    def work(start, stop):
        im = x[start:stop].reshape(-1, IMAGE_SIDE, IMAGE_SIDE)
        small = (im[:, ::2, ::2] + im[:, 1::2, ::2] + im[:, ::2, 1::2] + im[:, 1::2, 1::2]) / 4   # (n, 14, 14)
        dx, dy = np.zeros_like(small), np.zeros_like(small)
        dx[:, :, 1:-1] = small[:, :, :-2] - small[:, :, 2:]      # ink on the left: fades rightwards
        dy[:, 1:-1] = small[:, :-2] - small[:, 2:]                # ink above: fades downwards
        u, v = (dx + dy) * half, (dy - dx) * half                 # the diagonals
        faces = np.maximum(np.stack([dx, u, dy, v, -dx, -u, -dy, -v, small], axis=1), 0)   # (n, 9, 14, 14)
        cells = faces[:, :, ::2, ::2] + faces[:, :, 1::2, ::2] + faces[:, :, ::2, 1::2] + faces[:, :, 1::2, 1::2]
        return cells.reshape(stop - start, -1)                    # (n, 9 x 7 x 7)
    return in_chunks(work, len(x), width=MAPS * CELLS * CELLS)


class Judge:
    """What turns the reader's output into a verdict: the judge network (392-H-2, its inputs
    divided by `scale`), the temperature, the judge's score above which a reading is refused,
    and the probability from which an answer is sure."""

    NAMES = ('w1', 'b1', 'w2', 'b2')

    def __init__(self, network, scale, temperature, refuse_above, sure=SURE):
        self.network, self.scale = network, float(scale)
        self.temperature, self.refuse_above, self.sure = float(temperature), float(refuse_above), float(sure)

    def not_digit(self, x):
        """Inputs (n, 784) -> the judge's score (n,): log P(not a digit) - log P(digit)."""
        _, logits = self.network.scores(edge_directions(x) / self.scale)
        return logits[:, 1] - logits[:, 0]

    def probabilities(self, logits):
        """The reader's scores (n, 10) -> calibrated probabilities (n, 10)."""
        return softmax(logits / self.temperature)

    def verdicts(self, logits, x, found):
        """The reader's scores (n, 10) for inputs x (n, 784), found (n,) False where no ink was
        found -> one Verdict per input."""
        p = self.probabilities(logits)
        refused = self.not_digit(x) > self.refuse_above
        first, second = np.argsort(-p, axis=1, kind='stable')[:, :2].T
        rows = np.arange(len(p))
        out = []
        for i in rows:
            if not found[i]:
                out.append(Verdict(EMPTY_KIND, None, None, None, None))
            elif refused[i]:
                out.append(Verdict(REFUSED_KIND, None, None, None, None))
            else:
                kind = SURE_KIND if p[i, first[i]] >= self.sure else UNSURE_KIND
                out.append(Verdict(kind, int(first[i]), float(p[i, first[i]]), int(second[i]), float(p[i, second[i]])))
        return out

    def arrays(self):
        """The arrays a weights file holds for the judge."""
        return {**{'judge_' + k: v for k, v in self.network.arrays().items()}, 'judge_scale': np.float64(self.scale),
                'temperature': np.float64(self.temperature), 'refuse_above': np.float64(self.refuse_above),
                'sure': np.float64(self.sure)}

    @classmethod
    def from_arrays(cls, arrays, source):
        """Arrays read from a weights file -> Judge; DigitsError if any is missing or wrong."""
        names = ['judge_' + k for k in cls.NAMES] + ['judge_scale', 'temperature', 'refuse_above', 'sure']
        if any(k not in arrays for k in names):
            raise DigitsError(f'{source}: made before this version could tell when a reading is not a '
                              'digit (no judge in it); retrain with --train')
        network = checked_network(arrays, source, 'judge_', inputs=MAPS * CELLS * CELLS, outputs=2)
        numbers = {}
        for name in names[4:]:
            value = np.asarray(arrays[name])
            if value.shape != () or value.dtype.kind != 'f' or not np.isfinite(value):
                raise DigitsError(f'{source}: {name} must be one finite number')
            numbers[name] = float(value)
        if numbers['judge_scale'] <= 0 or numbers['temperature'] <= 0 or not 0 < numbers['sure'] <= 1:
            raise DigitsError(f'{source}: judge_scale and temperature must be positive, sure in (0, 1]')
        return cls(network, numbers['judge_scale'], numbers['temperature'], numbers['refuse_above'], numbers['sure'])


def describe(verdict):
    """A Verdict -> what --predict prints after the path: '7 (97.3%)', '7 (54.1% or 1 38.0%)',
    'not a digit' or 'no digit'."""
    if verdict.kind in (REFUSED_KIND, EMPTY_KIND):
        return verdict.kind
    first = f'{verdict.digit} ({percent(verdict.probability)}'
    if verdict.kind == UNSURE_KIND:
        return f'{first} or {verdict.other} {percent(verdict.other_probability)})'
    return first + ')'


def percent(p):
    """A probability -> '97.3%'; never '100.0%', which no reading of a drawing can honestly claim."""
    return f'{min(p, 0.999):.1%}'


def read_inks(reader, judge, inks):
    """Inks (each (h, w)) read as single digits, in one batch -> inputs (n, 784), verdicts."""
    x, found = inks_to_inputs(inks)
    return x, judge.verdicts(reader.scores(x)[1], x, found)


def sureness(verdict):
    """How sure a verdict is of its answer: its probability; almost nothing if it refused."""
    if verdict.kind == MARK_KIND:
        return MARK_ODDS
    return verdict.probability if verdict.kind in (SURE_KIND, UNSURE_KIND) else 0.01 * (verdict.kind == REFUSED_KIND)


Piece = collections.namedtuple('Piece', 'columns input verdict')


def read_writing(reader, judge, ink):
    """The ink (h, w) of one picture -> (its Verdict, its pieces): one digit, read as ever, or a
    number, whose verdict's digit is the number as text and whose probability is the product of
    its digits' (the chance that all of them are right). pieces: Piece(columns of the ink, input
    (784,), verdict) for each digit or mark, left to right."""
    if in_lines(ink):                                        # a page of text: the judge need not look
        x, _ = read_inks(reader, judge, [ink])
        refused = Verdict(REFUSED_KIND, None, None, None, None)
        return refused, [Piece((0, ink.shape[1]), x[0], refused)]
    single = one_digit(ink)
    if single:                                               # one digit at first sight: as ever,
        x, (alone,) = read_inks(reader, judge, [ink])
        if alone.kind in (SURE_KIND, EMPTY_KIND) or len(pieces_of(ink)) == 1:   # unless unsure and in pieces
            return alone, [Piece((0, ink.shape[1]), x[0], alone)] if alone.kind != EMPTY_KIND else []
    shrink = max(1, height_of(ink) / NUMBER_SIDE)                # split a large picture made smaller
    small = ink if shrink == 1 else np.asarray(Image.fromarray(ink).resize(
        (max(1, round(ink.shape[1] / shrink)), max(1, round(ink.shape[0] / shrink))), RESAMPLE.BOX))
    inks, spans, groups, atoms, wholes, height = digit_groups(small)
    # Whole pieces (and pieces together) are read first, with the whole ink as one digit; then the
    # cuts of the pieces not read surely whole (a wide piece read surely as one digit is not cut:
    # its halves might read surely too).
    x, verdicts = np.zeros((len(groups), PIXELS), np.float32), [None] * len(groups)

    def read(chosen, *more):                                  # groups chosen, and more inks: one batch
        got_x, got = read_inks(reader, judge, [inks[g] for g in chosen] + list(more))
        for k, g in enumerate(chosen):
            x[g], verdicts[g] = got_x[k], got[k]
        return got_x[len(chosen):], got[len(chosen):]
    inside = [next((w for w in wholes if w[0] <= i and j <= w[1] and (i, j) != w), None) for i, j in groups]
    (alone_x,), (alone,) = read([g for g in range(len(groups)) if inside[g] is None], ink)
    unsure = {w for w in wholes if verdicts[groups.index(w)].kind != SURE_KIND}
    if unsure:
        read([g for g in range(len(groups)) if inside[g] in unsure])
    # A piece much lower than the digits is a mark ('.' or '-'), not a digit of its own.
    for g, (i, j) in enumerate(groups):
        low = height_of(inks[g])
        if (i, j) in wholes and low < MARK_HEIGHT * height:
            verdicts[g] = Verdict(MARK_KIND, '-' if spans[g][1] - spans[g][0] > 1.5 * low else '.', 1.0, None, None)
    # The surest split: best[j] is the surest reading of atoms 0..j-1 (the product of its digits'
    # sureness, and the groups it takes). Groups come sorted by their end, so best[i] is final
    # before any group starting at atom i is tried.
    best = [(1.0, [])] + [(-1.0, [])] * len(atoms)
    for g, (i, j) in enumerate(groups):
        if verdicts[g] is None or best[i][0] < 0:
            continue
        option = best[i][0] * sureness(verdicts[g]) * (CUT_ODDS if 0 < i and atoms[i - 1][0] == atoms[i][0] else 1)
        if option > best[j][0]:
            best[j] = option, best[i][1] + [g]
    found = [Piece((round(spans[g][0] * shrink), round(spans[g][1] * shrink)), x[g], verdicts[g]) for g in best[-1][1]]
    number = number_verdict([p.verdict for p in found], judge.sure)
    # A digit written in separate strokes is in pieces too: the whole read as one digit is kept
    # unless the pieces read as a number more surely (and surely, if it looks like one digit).
    if single:
        keep = number.kind != SURE_KIND or sureness(alone) >= sureness(number)
    else:
        keep = alone.kind == SURE_KIND and sureness(alone) >= sureness(number) and not parted(ink)
    if len(found) == 1 or keep:
        return alone, [Piece((0, ink.shape[1]), alone_x, alone)]
    return number, found


def read_writings(reader, judge, pictures):
    """PIL images -> [(Verdict, pieces), ...] as read_writing gives them; the single digits among
    them (most pictures) are read together, in one batch. What --predict and --eval read with."""
    inks = [picture_ink(picture) for picture in pictures]
    alone = [k for k, ink in enumerate(inks) if one_digit(ink)]
    x, verdicts = read_inks(reader, judge, [inks[k] for k in alone])
    readings = {k: (v, [Piece((0, inks[k].shape[1]), x[i], v)] if v.kind != EMPTY_KIND else [])
                for i, (k, v) in enumerate(zip(alone, verdicts))
                if v.kind in (SURE_KIND, EMPTY_KIND) or len(pieces_of(inks[k])) == 1}
    return [readings[k] if k in readings else read_writing(reader, judge, ink) for k, ink in enumerate(inks)]


def number_verdict(verdicts, sure):
    """The verdicts on a number's digits, left to right -> the number's Verdict: refused if any
    digit is; else the digits as text with the product of their probabilities, and, when that is
    under `sure`, the runner-up: the same number with its most doubtful digit changed."""
    text = ''.join(str(v.digit) for v in verdicts)
    verdicts = [v for v in verdicts if v.kind != MARK_KIND]
    if not verdicts or any(v.kind in (REFUSED_KIND, EMPTY_KIND) for v in verdicts):
        return Verdict(REFUSED_KIND, None, None, None, None)
    p = float(np.prod([v.probability for v in verdicts]))
    k = int(np.argmax([v.other_probability / v.probability for v in verdicts]))
    place = [n for n, c in enumerate(text) if c.isdigit()][k]             # its place in the text
    other = text[:place] + str(verdicts[k].other) + text[place + 1:]
    other_p = p / verdicts[k].probability * verdicts[k].other_probability
    return Verdict(SURE_KIND if p >= sure else UNSURE_KIND, text, p, other, other_p)


def judge_network(fit_images, fit_x, fit_labels, rng, recipe=JUDGE_RECIPE):
    """Learn the judge network from MNIST training images (n, 28, 28) uint8, their inputs fit_x
    (n, 784) and labels (n,) -> (network 441-H-2, the scale its inputs are divided by)."""
    pick = rng.choice(len(fit_images), min(recipe['stand_ins'], len(fit_images)), replace=False)
    made, kinds = digit_stand_ins(fit_images[pick], rng)
    # A 1 stretched to fill its box is a bar or a block of ink, like a picture of a thing: the
    # judge is not taught that such blocks are digits.
    stand_ins = made[~blocks(kinds, fit_labels[pick])]
    traced = crop_and_centre(hand_drawn_print(rng, recipe['traced'], 32, '0123456789')[0])
    positives = np.concatenate([fit_x, normalise(np.concatenate([stand_ins, traced]))])
    negatives = normalise(non_digits(fit_images, rng, recipe['non_digits'])[0])
    features = edge_directions(np.concatenate([positives, negatives]))
    scale = float(np.percentile(features, 99.9)) or 1.0
    features /= scale
    labels = np.r_[np.zeros(len(positives), np.intp), np.ones(len(negatives), np.intp)]
    network = Network.random(recipe['hidden'], rng, features[rng.choice(len(features), 1000)], outputs=2)
    train(network, features, labels, recipe['epochs'], recipe['lr'], recipe['batch'], rng)
    return network, scale


def held_out_digits(images, x, labels, rng, count=2000):
    """Validation digits for fitting the verdict: their inputs x (n, 784) with labels (n,), and
    stand-ins made from `count` of their images (n, 28, 28) -> inputs (m, 784), labels (m,)."""
    pick = rng.choice(len(images), min(count, len(images)), replace=False)
    made, kinds = digit_stand_ins(images[pick], rng)
    keep = ~blocks(kinds, labels[pick])                 # as for the judge: no stretched 1s
    return np.concatenate([x, normalise(made[keep])]), np.concatenate([labels, labels[pick][keep]])


def blocks(kinds, labels):
    """Which stand-ins (kinds, labels (n,)) are 1s stretched to fill a box: blocks of ink."""
    stretched = [STAND_IN_KINDS.index(k) for k in ('stretched', 'scanned at 16x16', 'stretched one way')]
    return np.isin(kinds, stretched) & (labels == 1)


def fit_temperature(logits, labels):
    """The temperature T > 0 that makes softmax(logits / T) most likely to give the labels
    (the mean log-probability of the right digit is highest), found by golden-section search."""
    def loss(t):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        return float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(labels)), labels]))
    low, high = np.log(0.25), np.log(8.0)              # search the log of T: the loss is smooth there
    golden = (5 ** 0.5 - 1) / 2
    for _ in range(40):
        a, b = high - golden * (high - low), low + golden * (high - low)
        if loss(np.exp(a)) < loss(np.exp(b)):
            high = b
        else:
            low = a
    return float(np.exp((low + high) / 2))


def fit_judge(reader, network, scale, held_x, held_labels, mine=None):
    """A Judge for this reader: the temperature and the refusal threshold fitted on held-out
    inputs held_x (n, 784) with labels (n,): validation digits and stand-ins made from them.
    mine: None, or inputs (m, 784) of your own drawings, which are never refused: you said
    they are digits."""
    _, logits = reader.scores(held_x)
    temperature = fit_temperature(logits, held_labels)
    judge = Judge(network, scale, temperature, refuse_above=np.inf)
    refuse_above = float(np.quantile(judge.not_digit(held_x), 1 - REFUSED_DIGITS))
    if mine is not None and len(mine):
        refuse_above = max(refuse_above, float(judge.not_digit(mine).max()) + 1e-3)
    return Judge(network, scale, temperature, refuse_above)


def expected_calibration_error(confidence, right, bins=10):
    """The gap between how sure the answers said they were and how often they were right,
    averaged over 10 equal bins of confidence, weighted by how many answers fall in each."""
    which = np.minimum((np.asarray(confidence) * bins).astype(int), bins - 1)
    gap = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            gap += abs(np.mean(confidence[inside]) - np.mean(right[inside])) * np.sum(inside)
    return gap / max(len(which), 1)


def save_weights(path, reader, judge, **meta):
    """Write the reader, the judge and metadata (numbers) to one weights file, atomically."""
    save_arrays(path, {'reading': np.array(READING), **reader.arrays(), **judge.arrays(), **meta})


def check_weights(arrays, source):
    """Arrays of a weights file -> (reader, judge, metadata dict); every shape and value checked."""
    reader = checked_network(arrays, source)
    reading = str(arrays['reading']) if 'reading' in arrays else '?'
    if reading != READING:
        raise DigitsError(f'{source}: made for another way of reading images ({reading}); retrain with --train')
    judge = Judge.from_arrays(arrays, source)
    used = set(reader.arrays()) | set(judge.arrays()) | {'reading'}
    meta = {k: v.item() for k, v in arrays.items() if k not in used and np.asarray(v).ndim == 0}
    return reader, judge, meta


def load_weights_file(path):
    """Read and check a weights file written by save_weights -> (reader, judge, metadata)."""
    return check_weights(read_arrays(path), path)


# --------------------------------------------------------------------------------------------------
# Drawing window

CANVAS_SIDE = 336                # the drawing area's height at 96 dpi, 12 screen pixels per input pixel
CANVAS_WIDTH = 420               # ... and its width: room for a number of about six digits
PEN_WIDTH = 18                   # a comfortable marker at 96 dpi; the reading brings any width to one
SLOT = 64                        # in the strip of a number's digits, each digit's place (at 96 dpi)
REFRESH_MS = 40                  # while drawing, read the drawing at most this often
POLL_MS = 30                     # while learning, look for news from the learning thread this often
TILE = 56                        # a hidden unit's 28x28 weights, shown twice as large (at 96 dpi)
SHOWN_UNITS = 10                 # hidden units shown; a wider network shows those that vote most
INK, PAPER, MUTED, TRACK = '#1d1d1f', '#ffffff', '#8a8a90', '#eeeef1'
ACCENT, RUNNER_UP, FADED = '#2f6fde', '#8fb0ec', '#c8c8ce'     # the answer's bar, the runner-up's, refused
FOR, AGAINST = (47, 111, 222), (217, 56, 47)                   # blue: pushes a score up; red: down
LOSS_COLOUR, VALIDATION_COLOUR = '#444448', '#2a9d55'
SHORTCUTS = ('Esc, Delete or right-click: clear    Ctrl+Z: undo    0-9 or a click on a digit\'s bar: '
             'save the drawing as that digit    click a unit: its arithmetic')


tk = ttk = None   # the tkinter modules, once load_tk() has imported them


def load_tk():
    """Import tkinter when a window is wanted (not before: it slows every start) -> module or None."""
    global tk, ttk
    if tk is None:
        try:
            import tkinter
            from tkinter import ttk as themed
            import tkinter.font
            tk, ttk = tkinter, themed
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


def signed_picture(values, strongest=None):
    """Values (28, 28) or (784,), any sign -> RGB (28, 28, 3) uint8: white at 0, blue for positive,
    red for negative, full colour at `strongest` (default: the largest magnitude)."""
    v = np.asarray(values, np.float32).reshape(IMAGE_SIDE, IMAGE_SIDE)
    v = v / max(float(strongest or np.abs(v).max()), 1e-9)
    positive, negative = np.clip(v, 0, 1)[..., None], np.clip(-v, 0, 1)[..., None]
    white = np.full(3, 255.0)
    picture = white - positive * (white - FOR) - negative * (white - AGAINST)
    return np.round(picture).astype(np.uint8)


def photo(pixels, scale):
    """A (h, w) or (h, w, 3) uint8 array -> tk.PhotoImage enlarged `scale` times, pixels kept square."""
    image = Image.fromarray(pixels)
    image = image.resize((image.width * scale, image.height * scale), RESAMPLE.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format='PPM')                  # Tk reads PPM itself: a third of PNG's cost
    return tk.PhotoImage(data=buffer.getvalue(), format='ppm')


class DrawingApp:
    """The drawing window. It is handed functions and knows nothing of how they work:

    read: image -> a reading with fields form (the 28x28 input), verdict (a Verdict),
        probabilities (10,), explanation (an Explanation) and temperature; or None for no ink.
    units: the hidden units' input weights (H, 784).
    save: optional (image, digit) -> how many drawings of yours are saved.
    learn: optional "Learn now", (stop) -> (read, units, message), or None if stopped.
    train: optional "Train", (report, say, stop) -> (read, units, message), or None if stopped
        before anything was kept; report(Progress) as --train's progress bar gets it.
    make_read: optional, network -> read function: to read with the weights of the moment.

    Learning runs in a thread of its own; the window keeps drawing, hears from it through a queue
    and never touches the arrays it writes. Sizes are given for a 96 dpi screen and grow with the
    screen's dpi (self.px).
    """

    def __init__(self, root, read, units, status='', save=None, learn=None, train=None, make_read=None,
                 train_now=False):
        self.root, self.read, self.units, self.save = root, read, units, save
        self.learn, self.train, self.make_read = learn, train, make_read
        self.scale = max(1.0, root.winfo_fpixels('1i') / 96)
        self.job = None                         # the learning running in the background, if any
        self.strokes = []                       # each a list of (x, y) points, for undo
        self.pending = None                     # a scheduled refresh while drawing
        self.pointer_x = None                   # the column of the drawing the mouse is over
        self.writing = None                     # the last Writing read, None when nothing is drawn
        self.reading = None                     # its Reading shown inside: the digit pointed at
        self.pointed = None                     # which of the writing's digits that is
        self.chosen = None                      # the unit whose arithmetic is shown
        self.side, self.width, self.pen_width = self.px(CANVAS_SIDE), self.px(CANVAS_WIDTH), self.px(PEN_WIDTH)
        self.image = Image.new('L', (self.width, self.side), 255)   # what gets read
        self.pen = pen_on(self.image)
        self.unit_photos, self.fonts = {}, {}
        self.curve = {'loss': [], 'validation': []}                # (epochs done, value)
        self.status_text = status
        self.build()
        self.bind()
        self.refresh()
        root.protocol('WM_DELETE_WINDOW', self.close)
        if train_now:
            self.start_training()

    def px(self, size):
        """A size in pixels at 96 dpi -> the same size on this screen, in whole pixels."""
        return int(round(size * self.scale))

    # Layout ---------------------------------------------------------------------------------------
    #
    #   drawing canvas | the verdict, the input, the evidence | learning: curves, Train, Stop
    #                  | a number's digits, one by one        |
    #   buttons        | the ten bars: probability and score  | one unit's arithmetic
    #   the hidden units: weights, value, vote for the answer
    #   status line, shortcuts

    def build(self):
        root, px = self.root, self.px
        root.configure(background=PAPER, padx=px(14), pady=px(10))
        root.resizable(False, False)
        style = ttk.Style(root)
        style.configure('TFrame', background=PAPER)
        style.configure('TLabel', background=PAPER, foreground=MUTED)
        left = ttk.Frame(root)
        left.grid(row=0, column=0, sticky='n')
        self.canvas = tk.Canvas(left, width=self.width, height=self.side, background=PAPER,
                                highlightthickness=1, highlightbackground='#c9c9ce', cursor='pencil')
        self.canvas.grid(row=0, column=0)
        self.hint = self.canvas.create_text(self.width / 2, self.side / 2, fill=MUTED,
                                            text='Draw a digit here,\nor a number,\nwith the mouse', justify='center',
                                            font=('TkDefaultFont', 14))
        buttons = ttk.Frame(left)
        buttons.grid(row=1, column=0, sticky='we', pady=(px(8), 0))
        self.clear_button = ttk.Button(buttons, text='Clear', command=self.clear)
        self.clear_button.pack(side='left')
        self.undo_button = ttk.Button(buttons, text='Undo', command=self.undo)
        self.undo_button.pack(side='left', padx=(px(6), 0))
        self.build_answer(root)
        self.build_learning(root)
        self.build_units(root)
        self.status = ttk.Label(root, text=self.status_text, anchor='w')
        self.status.grid(row=2, column=0, columnspan=3, sticky='we', pady=(px(8), 0))
        ttk.Label(root, text=SHORTCUTS, anchor='w').grid(row=3, column=0, columnspan=3, sticky='we')

    def build_answer(self, root):
        px = self.px
        middle = ttk.Frame(root)
        middle.grid(row=0, column=1, sticky='n', padx=(px(18), 0))
        top = ttk.Frame(middle)
        top.grid(row=0, column=0, sticky='w')
        # The answer is drawn on a canvas of its own, so that "7", "7 or 1?" and "not a digit"
        # take their room without moving anything else.
        self.answer = tk.Canvas(top, width=px(215), height=px(76), background=PAPER, highlightthickness=0)
        self.answer.grid(row=0, column=0, sticky='w')
        self.answer_text = self.answer.create_text(px(2), px(38), text='', anchor='w', fill=INK,
                                                   font=('TkDefaultFont', 54, 'bold'))
        self.confidence_label = ttk.Label(top, text='', font=('TkDefaultFont', 12), anchor='w')
        self.confidence_label.grid(row=1, column=0, sticky='w')
        # What the network sees, and the evidence: which pixels pushed the answer's score (and the
        # runner-up's) up, in blue, or down, in red.
        self.views = []
        for column, caption in enumerate(('what it sees', 'evidence for', 'evidence for')):
            view = tk.Label(top, background=PAPER, borderwidth=0)
            view.grid(row=0, column=column + 1, padx=(px(6), 0))
            label = ttk.Label(top, text=caption, anchor='center', font=('TkDefaultFont', 8))
            label.grid(row=1, column=column + 1, padx=(px(6), 0))
            self.views.append((view, label))
        self.input_view = self.views[0][0]
        self.sums = tk.Label(middle, text='', anchor='nw', justify='left', height=3, font=('TkDefaultFont', 8),
                             background=PAPER, foreground=MUTED)
        self.sums.grid(row=2, column=0, sticky='w', pady=(px(4), 0))
        # A number's digits as they were split, each as the network sees it with its own reading;
        # the one pointed at (here or on the drawing) is the one shown above and below.
        self.strip = tk.Canvas(middle, width=px(7 * SLOT), height=px(SLOT + 16), background=PAPER,
                               highlightthickness=0)
        self.strip.grid(row=1, column=0, sticky='w', pady=(px(6), 0))
        self.row_height = px(21)
        self.bars = tk.Canvas(middle, width=px(400), height=10 * self.row_height + px(16), background=PAPER,
                              highlightthickness=0, cursor='hand2' if self.save else '')
        self.bars.grid(row=3, column=0, sticky='w', pady=(px(6), 0))
        self.bars.create_text(px(330), px(6), text='score', anchor='e', fill=MUTED, font=('TkDefaultFont', 8))
        self.bar_items = []
        for d in range(CLASSES):
            y = px(16) + d * self.row_height + self.row_height / 2
            self.bars.create_text(px(10), y, text=str(d), fill=INK, font=('TkDefaultFont', 11, 'bold'))
            self.bars.create_rectangle(px(24), y - px(7), px(224), y + px(7), fill=TRACK, outline='')
            bar = self.bars.create_rectangle(px(24), y - px(7), px(24), y + px(7), fill=ACCENT, outline='')
            value = self.bars.create_text(px(232), y, text='', anchor='w', fill=MUTED, font=('TkDefaultFont', 9))
            score = self.bars.create_text(px(330), y, text='', anchor='e', fill=MUTED, font=('TkDefaultFont', 9))
            self.bar_items.append((bar, value, score))

    def build_learning(self, root):
        px = self.px
        right = ttk.Frame(root)
        right.grid(row=0, column=2, sticky='n', padx=(px(18), 0))
        ttk.Label(right, text='Learning', font=('TkDefaultFont', 10, 'bold'), foreground=INK).grid(
            row=0, column=0, columnspan=3, sticky='w')
        self.chart_size = (px(280), px(150))
        self.chart = tk.Canvas(right, width=self.chart_size[0], height=self.chart_size[1], background=PAPER,
                               highlightthickness=1, highlightbackground='#dcdce0')
        self.chart.grid(row=1, column=0, columnspan=3, sticky='w', pady=(px(4), 0))
        self.progress = ttk.Progressbar(right, length=px(280), maximum=1.0)
        self.progress.grid(row=2, column=0, columnspan=3, sticky='we', pady=(px(6), 0))
        self.train_button = ttk.Button(right, text='Train', command=self.start_training,
                                       state='normal' if self.train else 'disabled')
        self.train_button.grid(row=3, column=0, sticky='w', pady=(px(6), 0))
        self.learn_button = ttk.Button(right, text='Learn now', command=self.start_learning,
                                       state='normal' if self.learn else 'disabled')
        self.learn_button.grid(row=3, column=1, sticky='w', padx=(px(6), 0), pady=(px(6), 0))
        self.stop_button = ttk.Button(right, text='Stop', command=self.stop, state='disabled')
        self.stop_button.grid(row=3, column=2, sticky='e', pady=(px(6), 0))
        self.learning_label = tk.Label(right, text='', anchor='nw', justify='left', height=2, wraplength=px(280),
                                       font=('TkDefaultFont', 8), background=PAPER, foreground=MUTED)
        self.learning_label.grid(row=4, column=0, columnspan=3, sticky='we', pady=(px(4), 0))
        self.build_unit_detail(right)
        self.draw_chart()

    def build_unit_detail(self, parent):
        px = self.px
        ttk.Label(parent, text='One unit\'s arithmetic', font=('TkDefaultFont', 10, 'bold'), foreground=INK).grid(
            row=5, column=0, columnspan=3, sticky='w', pady=(px(10), 0))
        self.unit_picture = tk.Label(parent, background=PAPER, borderwidth=0)
        self.unit_picture.grid(row=6, column=0, rowspan=2, sticky='nw', pady=(px(4), 0))
        self.unit_text = tk.Label(parent, text='click a unit below', anchor='nw', justify='left', height=4,
                                  wraplength=px(190), font=('TkDefaultFont', 8), background=PAPER, foreground=MUTED)
        self.unit_text.grid(row=6, column=1, columnspan=2, sticky='nw', padx=(px(6), 0), pady=(px(4), 0))
        self.votes = tk.Canvas(parent, width=px(190), height=px(60), background=PAPER, highlightthickness=0)
        self.votes.grid(row=7, column=1, columnspan=2, sticky='nw', padx=(px(6), 0))

    def build_units(self, root):
        px = self.px
        frame = ttk.Frame(root)
        frame.grid(row=1, column=0, columnspan=3, sticky='we', pady=(px(10), 0))
        shown = min(SHOWN_UNITS, len(self.units))
        self.units_caption = ttk.Label(frame, text=self.units_said(), anchor='w')
        self.units_caption.grid(row=0, column=0, columnspan=shown, sticky='w')
        self.tile = px(TILE)
        self.unit_tiles = []
        for i in range(shown):
            tile = tk.Label(frame, borderwidth=0, background=PAPER, cursor='hand2')
            tile.grid(row=1, column=i, padx=px(3), pady=(px(4), 0))
            meter = tk.Canvas(frame, width=self.tile, height=px(30), background=PAPER, highlightthickness=0,
                              cursor='hand2')
            meter.grid(row=2, column=i, padx=px(3))
            bar = meter.create_rectangle(0, px(2), 0, px(8), fill=INK, outline='')
            value = meter.create_text(self.tile / 2, px(15), text='', fill=MUTED, font=('TkDefaultFont', 7))
            vote = meter.create_text(self.tile / 2, px(25), text='', fill=MUTED, font=('TkDefaultFont', 7))
            for widget in (tile, meter):
                widget.bind('<ButtonPress-1>', lambda e, i=i: self.choose_unit(i))
            self.unit_tiles.append((tile, meter, bar, value, vote))
        self.tile_units = list(range(shown))                   # which unit each tile shows

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
        self.bars.bind('<ButtonPress-1>', self.click_bars)
        c.bind('<Motion>', self.hover)
        self.strip.bind('<Motion>', lambda e: self.point_at(e.x // self.px(SLOT)))
        self.strip.bind('<ButtonPress-1>', lambda e: self.point_at(e.x // self.px(SLOT)))

    def click_bars(self, event):
        row = (event.y - self.px(16)) // self.row_height
        if 0 <= row < CLASSES:
            self.save_as(int(row))

    # Drawing --------------------------------------------------------------------------------------

    def hover(self, event):
        self.pointer_x = event.x
        self.point_at(self.piece_at_column(event.x))

    def press(self, event):
        self.pointer_x = event.x
        self.strokes.append([(event.x, event.y)])
        self.canvas.itemconfigure(self.hint, state='hidden')
        self.paint([(event.x, event.y)], f'stroke{len(self.strokes)}')
        self.schedule()

    def drag(self, event):
        if not self.strokes:
            return
        stroke, point = self.strokes[-1], (event.x, event.y)
        self.pointer_x = event.x
        if point != stroke[-1]:
            self.paint([stroke[-1], point], f'stroke{len(self.strokes)}')
            stroke.append(point)
            self.schedule()

    def release(self, event):
        self.refresh()

    def paint(self, points, tag):
        """Draw a dot (one point) or a segment (two) on screen and into the offscreen image."""
        r = self.pen_width / 2
        if len(points) == 1:
            (x, y), = points
            self.canvas.create_oval(x - r, y - r, x + r, y + r, fill=INK, outline='', tags=('ink', tag))
        else:
            self.canvas.create_line(*points[0], *points[1], width=self.pen_width, fill=INK,
                                    capstyle='round', joinstyle='round', tags=('ink', tag))
            self.pen.line(points, fill=0, width=self.pen_width)
        self.paint_image(points[-1:])

    def paint_image(self, points):
        """Round dots at points in the offscreen image: the caps that join one segment to the next."""
        r = self.pen_width / 2
        for x, y in points:
            self.pen.ellipse([x - r, y - r, x + r, y + r], fill=0)

    def clear(self):
        self.strokes = []
        self.canvas.delete('ink')
        self.canvas.itemconfigure(self.hint, state='normal')
        self.pen.rectangle([0, 0, self.width, self.side], fill=255)
        self.refresh()

    def undo(self):
        if not self.strokes:
            return
        self.canvas.delete(f'stroke{len(self.strokes)}')
        self.strokes.pop()
        self.pen.rectangle([0, 0, self.width, self.side], fill=255)
        for stroke in self.strokes:          # the image is redrawn from the strokes that remain
            self.paint_image(stroke)
            if len(stroke) > 1:
                self.pen.line(stroke, fill=0, width=self.pen_width)
        if not self.strokes:
            self.canvas.itemconfigure(self.hint, state='normal')
        self.refresh()

    # Teaching -------------------------------------------------------------------------------------

    def say(self, text):
        self.status.configure(text=text)

    def save_as(self, digit):
        """Keep the drawing (of a number, the digit pointed at), labelled `digit`, to learn from;
        then clear for the next one."""
        if self.save is None:
            return
        if not self.strokes:
            self.say('draw a digit first, then press its key (or click it) to save it')
            return
        number = len(self.digit_pieces()) > 1            # of a number, the digit pointed at is kept
        start, end = self.reading.columns if number else (0, self.width)
        try:
            count = self.save(self.image.crop((start, 0, end, self.side)), digit)
        except OSError as e:
            self.say(f'could not save the drawing: {e.strerror or e}')
            return
        if not number:
            self.clear()
        self.say(f'saved {"the digit pointed at " if number else ""}as {digit} \u2014 {count} drawing'
                 f'{"s" if count != 1 else ""} of yours; "Learn now" learns from them')

    # Learning in the background -------------------------------------------------------------------

    def start_learning(self):
        """Learn now: fine-tune the network on your drawings, in a thread."""
        if self.learn is not None and self.job is None:
            self.run_job('learn', lambda report, say, stop: self.learn(stop),
                         'learning from your drawings (a few seconds; you can keep drawing)')

    def start_training(self):
        """Train: a fresh network, as --train makes it, in a thread; curves and units live."""
        if self.train is not None and self.job is None:
            self.curve = {'loss': [], 'validation': []}
            self.draw_chart()
            self.run_job('train', self.train, 'training a fresh network (you can keep drawing)')

    def run_job(self, kind, work, message):
        """Run work(report, say, stop) in a thread. It hears nothing from the window but stop(), and
        tells it everything through a queue: copies of the weights of the moment, never the arrays
        it is writing."""
        import queue
        import threading
        news, stopping = queue.Queue(), threading.Event()

        def report(p):
            weights = [a.copy() for a in p.network.arrays().values()]
            news.put(('progress', p._replace(network=None), weights))

        def run():
            try:
                news.put(('done', work(report, lambda text: news.put(('say', text)), stopping.is_set)))
            except Exception as e:                  # shown in the window: never lost in a thread
                news.put(('failed', str(e)))
        self.job = {'kind': kind, 'news': news, 'stop': stopping, 'thread': threading.Thread(target=run, daemon=True),
                    'before': (self.read, self.units), 'shown': 0.0, 'started': None}
        self.train_button.configure(state='disabled')
        self.learn_button.configure(state='disabled')
        self.stop_button.configure(state='normal')
        self.learning_label.configure(text=message)
        self.job['thread'].start()
        self.root.after(POLL_MS, self.poll)

    def poll(self):
        """Take the news from the learning thread: curves, progress, and now and then a reading
        with the weights of the moment."""
        import queue
        job = self.job
        if job is None:
            return
        moment = None
        while True:
            try:
                kind, *news = job['news'].get_nowait()
            except queue.Empty:
                break
            if kind == 'progress':
                progress, moment = news
                self.add_progress(progress)
            elif kind == 'say':
                self.learning_label.configure(text=news[0])
            else:
                self.finish_job(kind, news[0])
                return
        if moment is not None and self.make_read is not None and time.perf_counter() - job['shown'] > 0.25:
            job['shown'] = time.perf_counter()
            network = Network(*moment)
            self.use(self.make_read(network), network.w1.T)
        self.root.after(POLL_MS, self.poll)

    def add_progress(self, p):
        """One report of train(): a point on the curves, the progress bar."""
        at = p.epoch + p.done
        if p.epoch == 0 or p.done >= 0.2:             # an epoch's first steps are too few to average
            self.curve['loss'].append((at, p.loss))
        if p.validation is not None:
            self.curve['validation'].append((at, p.validation))
        self.curve['epochs'] = p.epochs
        self.progress.configure(value=at / p.epochs)
        job, now = self.job, time.perf_counter()
        if job is not None and job['started'] is None:
            job['started'] = (now, at)                   # the clock starts with the first step
        left = ''
        if job is not None and p.epoch >= 1 and at < p.epochs:   # an epoch has shown how long one takes
            began, first = job['started']
            seconds = seconds_left(now - began, at - first, p.epochs - first)
            left = f', about {seconds:.0f} s left' if seconds >= 0.5 else ''
        self.learning_label.configure(text=f'epoch {p.epoch + 1} of {p.epochs}: loss {p.loss:.3f}'
                                      + (f', validation {p.validation:.1%}' if p.validation is not None else '')
                                      + left)
        self.draw_chart()

    def finish_job(self, outcome, result):
        job, self.job = self.job, None
        self.train_button.configure(state='normal' if self.train else 'disabled')
        self.learn_button.configure(state='normal' if self.learn else 'disabled')
        self.stop_button.configure(state='disabled')
        if outcome == 'failed' or result is None:
            self.use(*job['before'])
            text = (f'could not learn: {result}' if outcome == 'failed' else
                    'stopped before a whole epoch: nothing saved; reading with the weights it had before')
        else:
            read, units, text = result
            self.use(read, units)
            if job['stop'].is_set():
                text = 'stopped: ' + text
        self.learning_label.configure(text=text)
        self.say(text)

    def stop(self):
        if self.job is not None:
            self.job['stop'].set()
            self.learning_label.configure(text='stopping...')

    def close(self):
        """Closing stops any learning first, and waits for it to end: an old weights file stays
        whole or a new one is written whole, and no temporary file is left behind."""
        if self.job is not None:
            self.job['stop'].set()
            self.root.withdraw()
            self.job['thread'].join(timeout=120)
        self.root.destroy()

    def use(self, read, units):
        """Read with other weights from now on."""
        self.read, self.units, self.unit_photos = read, units, {}
        self.units_caption.configure(text=self.units_said())
        self.refresh()

    def units_said(self):
        """The caption over the unit pictures: all of them, or those that vote most of many."""
        shown = min(SHOWN_UNITS, len(self.units))
        what = ('each hidden unit' if shown == len(self.units)
                else f'the {shown} of {len(self.units)} hidden units that vote most for the answer')
        return (f'Inside the network: {what}: its 784 input weights (blue +, red -), how strongly it fires, '
                'and its vote for the answer')

    # Reading --------------------------------------------------------------------------------------

    def schedule(self):
        if self.pending is None:
            self.pending = self.root.after(REFRESH_MS, self.refresh)

    def refresh(self):
        """Read the offscreen image; show the verdict, the digits of a number, and inside, the digit
        pointed at (the one under the mouse; else the least sure)."""
        if self.pending is not None:
            self.root.after_cancel(self.pending)
            self.pending = None
        self.writing = self.read(self.image) if self.strokes else None
        if self.writing is None:
            self.reading = self.pointed = None
            self.show_nothing()
            return
        verdict, readings = self.writing
        places, shown = self.digit_pieces(), self.piece_at_column(self.pointer_x)
        self.pointed = shown if shown is not None else min(places, key=lambda k: sureness(readings[k].verdict))
        count = len(places)
        if verdict.kind == REFUSED_KIND:
            self.show_answer('not a digit', 24, MUTED, 'a piece is like none of 0 to 9' if count > 1
                             else 'like none of 0 to 9')
        elif verdict.kind == UNSURE_KIND:
            self.show_answer(f'{verdict.digit} or {verdict.other}?', 32, INK,
                             f'{percent(verdict.probability)} or {percent(verdict.other_probability)}')
        else:
            self.show_answer(str(verdict.digit), 54, INK, f'{percent(verdict.probability)} sure' +
                             (f' of all {count} digits' if count > 1 else ''))
        self.show_reading()

    def digit_pieces(self):
        """The places in the writing of its digits (not its marks)."""
        return [k for k, r in enumerate(self.writing.readings) if r.verdict.kind != MARK_KIND] if self.writing else []

    def piece_at_column(self, x):
        """The digit of the writing nearest column x of the drawing, or None."""
        places = self.digit_pieces()
        if x is None or not places:
            return None
        return min(places, key=lambda k: max(self.writing.readings[k].columns[0] - x,
                                             x - self.writing.readings[k].columns[1], 0))

    def point_at(self, k):
        """Show digit k of the writing inside (the input, evidence, bars, units)."""
        if k is not None and k in self.digit_pieces() and k != self.pointed:
            self.pointed = k
            self.show_reading()

    def show_reading(self):
        """The pointed digit's reading: its bars, its input and evidence, the units; the strip."""
        self.reading = self.writing.readings[self.pointed]
        verdict, probabilities = self.reading.verdict, self.reading.probabilities
        marked = {}                                   # digit -> colour of its bar
        if verdict.kind == UNSURE_KIND:
            marked = {verdict.digit: ACCENT, verdict.other: RUNNER_UP}
        elif verdict.kind == SURE_KIND:
            marked = {verdict.digit: ACCENT}
        px, full = self.px, self.px(200)
        scores = self.reading.explanation.scores
        for d, (bar, value, score) in enumerate(self.bar_items):
            p, top = float(probabilities[d]), px(16) + d * self.row_height
            self.bars.coords(bar, px(24), top + px(4), px(24) + full * p, top + self.row_height - px(4))
            self.bars.itemconfigure(bar, fill=marked.get(d, FADED if verdict.kind == REFUSED_KIND else '#c5d5f4'))
            self.bars.itemconfigure(value, text=percent(p) if p >= 0.001 else '', fill=INK if d in marked else MUTED)
            self.bars.itemconfigure(score, text=f'{scores[d]:.2f}', fill=INK if d in marked else MUTED)
        self.show_evidence([verdict.digit, verdict.other if verdict.kind == UNSURE_KIND else None]
                           if verdict.kind in (SURE_KIND, UNSURE_KIND) else [int(np.argmax(scores)), None])
        self.show_units()
        self.show_strip()

    def show_strip(self):
        """A number's digits, as the network sees each, with its own reading; the one pointed at
        framed. On the drawing, a line under each digit's columns."""
        c, px, slot = self.strip, self.px, self.px(SLOT)
        c.delete('all')
        self.canvas.delete('split')
        readings = self.writing.readings if self.writing else []
        if len(readings) < 2:
            c.create_text(px(2), px(SLOT / 2), anchor='w', fill=MUTED, font=('TkDefaultFont', 8),
                          text='write a number, and its digits are read one by one here')
            return
        zoom = max(1, round(2 * self.scale))
        self.strip_photos = []
        for k, r in enumerate(readings[:7]):
            x = k * slot + slot / 2
            self.strip_photos.append(photo(np.round(r.form * 255).astype(np.uint8), zoom))
            c.create_image(x, px(4), image=self.strip_photos[-1], anchor='n')
            v = r.verdict
            label = {SURE_KIND: f'{v.digit}  {min(v.probability, 0.99):.0%}', UNSURE_KIND: f'{v.digit} or {v.other}',
                     REFUSED_KIND: 'not a digit', MARK_KIND: f'mark {v.digit}'}.get(v.kind, '')
            c.create_text(x, px(SLOT + 9), text=label, fill=INK if k == self.pointed else MUTED,
                          font=('TkDefaultFont', 8, 'bold' if k == self.pointed else 'normal'))
            if k == self.pointed:
                half = IMAGE_SIDE * zoom / 2 + px(2)
                c.create_rectangle(x - half, px(2), x + half, px(6) + IMAGE_SIDE * zoom, outline=ACCENT, width=px(2))
        for k, r in enumerate(readings):
            y = self.side - px(6)
            self.canvas.create_line(r.columns[0] + px(3), y, r.columns[1] - px(3), y, width=px(3), tags='split',
                                    fill=ACCENT if k == self.pointed else FADED, capstyle='round')

    def show_answer(self, text, size, colour, detail):
        """The big answer: text in a font of `size` points (smaller if it would not fit: a long
        number), and the line of detail under it."""
        room = int(self.answer.cget('width')) - self.px(4)
        while size > 12 and self.font(size).measure(text) > room:
            size -= 2
        self.answer.itemconfigure(self.answer_text, text=text, fill=colour, font=('TkDefaultFont', size, 'bold'))
        self.confidence_label.configure(text=detail)

    def font(self, size):
        """The answer's bold font at `size` points, made once (it is measured on every refresh)."""
        if size not in self.fonts:
            self.fonts[size] = tk.font.Font(self.root, font=('TkDefaultFont', size, 'bold'))
        return self.fonts[size]

    def show_evidence(self, digits_shown):
        """The input, and the evidence maps of the digits shown (None: an empty place), with the
        sums that make their scores; percent = softmax(score / temperature)."""
        r, zoom = self.reading, max(1, round(3 * self.scale))
        self.view_photos = [photo(np.round(r.form * 255).astype(np.uint8), zoom)]
        maps = [r.explanation.evidence[d] if d is not None else None for d in digits_shown]
        # One colour scale for both maps, full colour at the 98th percentile of the inked pixels'
        # evidence: a few strong pixels would otherwise leave the rest too pale to see.
        inked = np.concatenate([np.abs(m[r.form.ravel() > 0.05]) for m in maps if m is not None] + [np.zeros(1)])
        strongest = max(float(np.percentile(inked, 98)), 1e-9)
        lines = []
        for (view, label), d, evidence in zip(self.views[1:], digits_shown, maps):
            if d is None:
                self.view_photos.append(photo(np.full((IMAGE_SIDE, IMAGE_SIDE, 3), 255, np.uint8), zoom))
                label.configure(text='')
                continue
            self.view_photos.append(photo(signed_picture(evidence, strongest), zoom))
            label.configure(text=f'evidence for {d}')
            lines.append(f'score of {d}: pixels {evidence.sum():+.2f}, biases {r.explanation.base[d]:+.2f} '
                         f'= {r.explanation.scores[d]:.2f}')
        for (view, _), picture in zip(self.views, self.view_photos):
            view.configure(image=picture)
        lines.append(f'percent = softmax(score / {r.temperature:.2f}); blue pixels push a score up, red down')
        self.sums.configure(text='\n'.join(lines))

    def show_nothing(self):
        self.show_answer('', 54, INK, 'draw a digit or a number' if not self.strokes else 'no ink found')
        for bar, value, score in self.bar_items:
            self.bars.coords(bar, 0, 0, 0, 0)
            self.bars.itemconfigure(value, text='')
            self.bars.itemconfigure(score, text='')
        zoom = max(1, round(3 * self.scale))
        self.view_photos = [photo(np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.uint8), zoom)] + \
            [photo(np.full((IMAGE_SIDE, IMAGE_SIDE, 3), 255, np.uint8), zoom)] * 2
        for (view, label), picture in zip(self.views, self.view_photos):
            view.configure(image=picture)
        for view, label in self.views[1:]:
            label.configure(text='')
        self.sums.configure(text='')
        self.show_units()
        self.show_strip()

    def answer_digit(self):
        """The digit the units' votes are shown for: the answer, or the highest score if refused."""
        if self.reading is None:
            return None
        v = self.reading.verdict
        return v.digit if v.digit is not None else int(np.argmax(self.reading.explanation.scores))

    def show_units(self):
        """Each shown unit's weights, how strongly it fires (the bar, scaled to the strongest) and
        its vote for the answer: its value times its outgoing weight to that digit."""
        hidden = self.reading.explanation.hidden if self.reading else np.zeros(len(self.units), np.float32)
        digit = self.answer_digit()
        if len(self.units) <= len(self.unit_tiles):   # all fit: keep them in their own order
            order = list(range(len(self.units)))
        else:
            strength = np.abs(self.reading.explanation.votes[:, digit]) if self.reading else -np.arange(len(self.units))
            order = list(np.argsort(-strength, kind='stable')[:len(self.unit_tiles)])
        self.tile_units = order
        strongest = max(float(hidden.max(initial=0)), 1e-9)
        for (tile, meter, bar, value, vote), unit in zip(self.unit_tiles, order):
            if unit not in self.unit_photos:
                self.unit_photos[unit] = photo(signed_picture(self.units[unit]), max(1, round(2 * self.scale)))
            tile.configure(image=self.unit_photos[unit])
            meter.coords(bar, 0, self.px(2), self.tile * float(hidden[unit]) / strongest, self.px(8))
            meter.itemconfigure(value, text=f'#{unit}  {hidden[unit]:.1f}' if self.reading else f'#{unit}')
            if self.reading is not None:
                amount = float(self.reading.explanation.votes[unit, digit])
                colour = '#%02x%02x%02x' % (FOR if amount >= 0 else AGAINST)
                meter.itemconfigure(vote, text=f'{amount:+.2f} for {digit}' if amount else f'0 for {digit}',
                                    fill=colour if amount else MUTED)
            else:
                meter.itemconfigure(vote, text='')
        self.show_unit_detail()

    def choose_unit(self, tile):
        self.chosen = self.tile_units[tile]
        self.show_unit_detail()

    def show_unit_detail(self):
        """The chosen unit's arithmetic: its weights over the input, its value for this drawing,
        and what it adds to each digit's score."""
        unit = self.chosen
        if unit is None or unit >= len(self.units):
            return
        self.unit_detail_photo = photo(signed_picture(self.units[unit]), max(1, round(3 * self.scale)))
        self.unit_picture.configure(image=self.unit_detail_photo)
        c, px = self.votes, self.px
        c.delete('all')
        if self.reading is None:
            self.unit_text.configure(text=f'unit #{unit}: blue pixels raise it, red lower it. Draw something '
                                     'to see its value and its votes.')
            return
        e = self.reading.explanation
        self.unit_text.configure(text=f'unit #{unit} = relu(pixels x weights {e.unit_sums[unit]:+.2f} '
                                 f'+ bias {e.unit_biases[unit]:+.2f}) = {e.hidden[unit]:.2f}\n'
                                 f'its vote for each digit = {e.hidden[unit]:.2f} x its outgoing weight:')
        votes = e.votes[unit]
        largest = max(float(np.abs(e.votes).max()), 1e-9)
        width, middle = px(17), px(26)
        for d in range(CLASSES):
            x = px(4) + d * (width + px(1))
            height = px(20) * float(votes[d]) / largest
            colour = '#%02x%02x%02x' % (FOR if votes[d] >= 0 else AGAINST)
            c.create_rectangle(x, middle - max(height, 0), x + width - px(2), middle - min(height, 0),
                               fill=colour, outline='')
            c.create_text(x + width / 2, px(52), text=str(d), fill=INK, font=('TkDefaultFont', 8))
        c.create_line(px(2), middle, px(4) + CLASSES * (width + px(1)), middle, fill=MUTED)

    def draw_chart(self):
        """The live curves: training loss (left scale) and validation accuracy (right scale) by epoch."""
        c, px = self.chart, self.px
        c.delete('all')
        w, h = self.chart_size
        left, right, top, bottom = px(34), w - px(40), px(18), h - px(20)
        epochs = self.curve.get('epochs', 10)
        c.create_rectangle(left, top, right, bottom, outline='#dcdce0')
        c.create_text(left, px(8), text='loss', anchor='w', fill=LOSS_COLOUR, font=('TkDefaultFont', 8))
        c.create_text(right, px(8), text='validation', anchor='e', fill=VALIDATION_COLOUR, font=('TkDefaultFont', 8))
        c.create_text((left + right) / 2, h - px(8), text=f'epochs (of {epochs})', fill=MUTED, font=('TkDefaultFont', 8))
        losses = [v for _, v in self.curve['loss']]
        highest = min(max(losses + [0.5]), 1.0)            # the first steps' loss (2.3) is off the top
        low_accuracy = min([v for _, v in self.curve['validation']] + [0.9]) - 0.01
        for k in range(3):
            y = bottom - k * (bottom - top) / 2
            c.create_text(left - px(3), y, text=f'{highest * k / 2:.2f}', anchor='e', fill=LOSS_COLOUR,
                          font=('TkDefaultFont', 7))
            c.create_text(right + px(3), y, text=f'{low_accuracy + (1 - low_accuracy) * k / 2:.0%}', anchor='w',
                          fill=VALIDATION_COLOUR, font=('TkDefaultFont', 7))
        if not losses:
            c.create_text((left + right) / 2, (top + bottom) / 2, fill=MUTED, justify='center',
                          font=('TkDefaultFont', 9), text='press Train to watch\na fresh network learn')
        x_at = lambda t: left + (right - left) * t / epochs
        for name, colour, y_at in (('loss', LOSS_COLOUR, lambda v: bottom - (bottom - top) * min(v, highest) / highest),
                                   ('validation', VALIDATION_COLOUR,
                                    lambda v: bottom - (bottom - top) * (v - low_accuracy) / (1 - low_accuracy))):
            points = [(x_at(t), y_at(v)) for t, v in self.curve[name]]
            if len(points) > 1:
                c.create_line(*[z for point in points for z in point], fill=colour, width=2)
            for x, y in points[-1:]:
                c.create_oval(x - px(3), y - px(3), x + px(3), y + px(3), fill=colour, outline='')

    def shown_prediction(self):
        """What the window shows: (the big answer, the line under it); for tests and the curious."""
        return self.answer.itemcget(self.answer_text, 'text'), self.confidence_label.cget('text')


def run_window(read, units, title, status, save=None, learn=None, train=None, make_read=None, train_now=False):
    """Open the drawing window and run until it is closed (display_problem() said there is one)."""
    try:
        root = tk.Tk(className='digits')
    except tk.TclError as e:
        raise DigitsError(f'cannot open a window ({e}); use --predict FILE or --train') from None
    root.title(title)
    DrawingApp(root, read, units, status, save, learn, train, make_read, train_now)
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
                        help='test accuracy, confusion matrix, and how right, sure and honest the verdicts are '
                             'on MNIST test digits, on stand-ins for real drawings and scans, and on non-digits')
    actions.add_argument('--errors', type=Path, metavar='FILE.png',
                         help='with --eval: also save a picture of the misread test digits')
    actions.add_argument('--explain', type=Path, metavar='FILE.png',
                         help='with --predict IMAGE: also save a picture of why: the evidence for the answer '
                              'and the runner-up, and each unit\'s vote')
    actions.add_argument('--reliability', type=Path, metavar='FILE.png',
                         help='with --eval: also save a reliability diagram (how often each confidence was right)')
    action.add_argument('--predict', nargs='+', metavar='PATH',
                        help='read image files or folders of images; prints "PATH: 7 (97.3%%)", '
                             '"PATH: 7 (54.1%% or 1 38.0%%)" when unsure, "PATH: not a digit" or "PATH: no digit"')
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
    training.add_argument('--judge', action='store_true',
                          help='also learn anew the judge that tells digits from non-digits (about a minute); '
                               'otherwise --train keeps the one it has')
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
    """--weights, else weights.npz beside the script, else the copy inside -> (reader, judge, meta, name)."""
    if path is not None:
        return (*load_weights_file(path), str(path))
    if WEIGHTS_PATH.exists():
        return (*load_weights_file(WEIGHTS_PATH), WEIGHTS_PATH.name)
    return (*check_weights(unpack_weights(EMBEDDED_WEIGHTS), 'the weights inside digits.py'),
            'weights inside digits.py')


def read_verdicts(reader, judge, pictures):
    """PIL images -> their inputs (n, 784) and one Verdict each."""
    x, found = read_images(pictures)
    return x, judge.verdicts(reader.scores(x)[1], x, found)


def load_mine(args):
    """Your drawings for --train and --eval -> (x, labels), or None; skipped files are warned of."""
    if args.no_mine or not args.mine.is_dir():
        return None
    x, labels, warned = read_labelled(args.mine)
    for warning in warned:
        print(f'digits: warning: {warning}', file=sys.stderr)
    return (x, labels) if len(x) else None


def kept_judge(args):
    """The judge network --train keeps (it reads pictures, not the reader, so it need not be
    learnt again): the one in the weights file, else the one inside digits.py -> (network, scale)."""
    for path in (args.weights, WEIGHTS_PATH):
        if path is not None and Path(path).exists():
            try:
                judge = check_weights(read_arrays(path), path)[1]
                return judge.network, judge.scale
            except DigitsError:            # an old or broken file: its judge cannot be kept
                pass
    judge = check_weights(unpack_weights(EMBEDDED_WEIGHTS), 'the weights inside digits.py')[1]
    return judge.network, judge.scale


def learn_weights(args, report, say=print, stop=None):
    """The whole of --train, for the terminal and the window alike: load MNIST, make the stand-ins,
    train a fresh reader (report(Progress) after its steps), fit its verdict, measure it on the
    test set and save it to --weights. say(text) tells what happens between the epochs; stop()
    -> True ends it early: after a whole epoch the weights so far are calibrated and saved, else
    nothing is saved. Returns (reader, judge, message saying what was kept), or None if nothing was."""
    target = args.weights or WEIGHTS_PATH
    if not target.parent.is_dir():
        raise DigitsError(f'cannot save weights to {target}: no folder {target.parent}')
    stop = stop or (lambda: False)
    spent = {'start': time.perf_counter()}                  # where the time goes, phase by phase

    def lap(phase):
        spent[phase] = time.perf_counter() - spent['start'] - sum(v for k, v in spent.items() if k != 'start')
    images, labels = load_mnist(args.data, 'train')
    test_images, test_labels = load_mnist(args.data, 'test')
    mine = load_mine(args)
    lap('load')
    fit, held = validation_split(len(images))
    say('reading the MNIST images as pictures are read')
    # MNIST digits were all written with one kind of pen and scanned one way: the reader also
    # learns the same digits as other pens, hands and scanners give them (see digit_stand_ins).
    # Both are read straight into the one array the reader learns from.
    stand_ins = min(STAND_INS_LEARNT, len(fit) // 4)
    train_x = np.empty((len(fit) + stand_ins, PIXELS), np.float32)
    x, held_x = normalise(images[fit], out=train_x[:len(fit)]), normalise(images[held])
    labels, held_labels = labels[fit].astype(np.intp), labels[held].astype(np.intp)
    rng = np.random.default_rng(args.seed)
    network = Network.random(args.hidden, rng, x[:1000])
    recipe = WIDE_RECIPE if args.hidden > WIDE else SMALL_RECIPE
    epochs, lr = args.epochs or recipe['epochs'], args.lr or recipe['lr']
    batch = args.batch_size or recipe['batch']
    varied = recipe['augment'] if args.augment is None else args.augment
    pick = rng.choice(len(fit), stand_ins, replace=False)
    normalise(digit_stand_ins(images[fit][pick], rng)[0], out=train_x[len(fit):])
    train_labels = np.concatenate([labels, labels[pick]])
    test_x = normalise(test_images)
    lap('prepare')
    say(f'training 784-{args.hidden}-10 on {len(fit)} MNIST images and {len(pick)} stand-ins made from them, '
        f'validating on {len(held)} ({epochs} epochs, Adam lr {lr}, batch {batch}, seed {args.seed}'
        f'{", varied images" if varied else ""})')
    if mine:
        copies = mine_copies(len(fit), len(mine[0]))
        say(f'and on {len(mine[0])} drawings of yours from {args.mine}, each {copies} times an epoch, varied')
        mine = (*mine, copies)
    if stop():
        return None
    done = train(network, train_x, train_labels, epochs, lr, batch, rng, validation=(held_x, held_labels),
                 report=report, varied=VARIATION if varied else None, mine=mine, stop=stop)
    if done == 0:
        return None
    lap('learn')
    if mine:
        say(f'your drawings: {accuracy(network, mine[0], mine[1]):.1%} read right (they were trained on)')
    # The judge's randomness is its own, so that learning it anew changes nothing of the reader.
    judge_rng = np.random.default_rng([args.seed, 1])
    if args.judge and done == epochs:
        say(f'learning the judge: {JUDGE_RECIPE["non_digits"]} non-digits drawn in code against '
            f'{len(fit)} MNIST digits and stand-ins (about a minute)')
        judge_net, scale = judge_network(images[fit], x, labels, judge_rng)
    else:
        judge_net, scale = kept_judge(args)
    held_out = held_out_digits(images[held], held_x, held_labels, np.random.default_rng([args.seed, 2]))
    judge = fit_judge(network, judge_net, scale, *held_out, mine=mine[0] if mine else None)
    say(f'calibrated: temperature {judge.temperature:.2f}; "not a digit" above {judge.refuse_above:.2f} '
        f'(refuses {REFUSED_DIGITS:.1%} of held-out digits)')
    test = accuracy(network, test_x, test_labels)
    lap('evaluate')
    save_weights(target, network, judge, test_accuracy=test)
    lap('save')
    what = 'the weights' if done == epochs else f'the weights after {done} of {epochs} epochs'
    phases = ', '.join(f'{phase} {seconds:.1f}' for phase, seconds in list(spent.items())[1:])
    return network, judge, (f'test accuracy: {test:.2%} on {len(test_labels)} MNIST test images; saved {what} '
                            f'in {target} ({time.perf_counter() - spent["start"]:.1f} s: {phases})')


def command_train(args):
    """--train: fit a fresh network on MNIST's training images and save it."""
    print(learn_weights(args, progress_printer())[2])


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


def print_confusion(matrix):
    """The 10x10 confusion matrix and the pairs most often confused."""
    print('confusion matrix (rows: true digit, columns: read):')
    print('      ' + ''.join(f'{d:>6}' for d in range(CLASSES)))
    for d, row in enumerate(matrix):
        print(f'{d:>6}' + ''.join(f'{v:>6}' for v in row))
    errors = matrix * (1 - np.eye(CLASSES, dtype=matrix.dtype))
    worst = np.argsort(errors, axis=None)[::-1][:5]
    pairs = [f'{t} read as {p}: {errors[t, p]}' for t, p in zip(*np.unravel_index(worst, errors.shape))
             if errors[t, p]]
    print('most confused: ' + ('; '.join(pairs) or 'none'))


def verdict_figures(verdicts, labels):
    """Verdicts on digits with these labels -> dict of shares (of all the digits): 'right' (the
    first answer), 'sure and right', 'sure and wrong', 'refused', and the calibration error of
    the printed percentage over the answers given, with the (confidence, right) pairs behind it."""
    answered = [v.kind in (SURE_KIND, UNSURE_KIND) for v in verdicts]
    right = np.array([v.digit == label for v, label in zip(verdicts, labels)], bool)
    sure = np.array([v.kind == SURE_KIND for v in verdicts], bool)
    confidence = np.array([v.probability for v, a in zip(verdicts, answered) if a], float)
    n = max(len(verdicts), 1)
    return {'right': right.sum() / n, 'sure and right': (sure & right).sum() / n,
            'sure and wrong': (sure & ~right).sum() / n,
            'refused': sum(v.kind == REFUSED_KIND for v in verdicts) / n,
            'calibration error': expected_calibration_error(confidence, right[np.array(answered, bool)]),
            'pairs': (confidence, right[np.array(answered, bool)]), 'count': len(verdicts)}


def non_digit_pictures(images, rng, count):
    """Non-digit stand-ins as pictures like users give (larger, either polarity) -> (images, kinds)."""
    canvases, kinds = non_digit_canvases(images, rng, count)
    pictures = []
    for canvas in canvases:
        ink = np.round(canvas * 255).astype(np.uint8)
        picture = Image.fromarray(ink if rng.random() < 0.3 else 255 - ink)
        pictures.append(picture.resize((4 * picture.width,) * 2, RESAMPLE.BILINEAR))
    return pictures, kinds


def evaluation_sets(images, labels, rng, count=1000):
    """The MNIST test digits as image files give them, and stand-ins made from `count` of them:
    name -> (pictures, labels). What each is: EVALUATION_SETS."""
    pick = rng.choice(len(images), min(count, len(images)), replace=False)
    some, truth = images[pick], labels[pick]
    return {
        'MNIST test': ([Image.fromarray(im) for im in images], labels),
        're-drawn': (redrawn_digits(some, rng), truth),
        'thick and thin': (redrawn_digits(some, rng, pens=((0.005, 0.02), (0.15, 0.25))), truth),
        'slanted': (redrawn_digits(some, rng, slant=(0.35, 0.6)), truth),
        'scanned': (scanned_digits(some, rng), truth),
        'stretched': (scanned_digits(some, rng, cells=16, stretch=1.0), truth),
        'stretched one way': (boxed_digits(some, rng), truth),
        'small and blurred': (small_digits(some, rng), truth),
    }


EVALUATION_SETS = {
    're-drawn': 'test digits re-drawn with a pen on a 280x280 canvas',
    'thick and thin': 'the same with a pen 0.5-2% or 15-25% of the digit\'s height',
    'slanted': 'the same slanted by 0.35 to 0.6 columns a row',
    'scanned': 'as 32x32 bitmaps, half stretched to fill them',
    'stretched': 'as 16x16 bitmaps, all stretched to fill them',
    'stretched one way': 'stretched to fill a box 1.4-2.2 times wider than tall, or taller than wide',
    'small and blurred': '8-14 px tall, blurred, grey, on 24-40 px scans',
}


def reliability_picture(curves, width=760, height=540):
    """A reliability diagram: for each set, name -> (confidence (n,), right (n,)), how often the
    answers in each tenth of confidence were right, against the grey diagonal of perfect honesty.
    Beside each point, with four sets or fewer, how many answers it stands for; bins of fewer
    than 5 are left out."""
    from PIL import ImageFont
    picture = Image.new('RGB', (width, height), 'white')
    draw, font = pen_on(picture), ImageFont.load_default()
    left, top, size = 60, 44, min(width - 250, height - 100)
    x_at, y_at = (lambda c: left + c * size), (lambda a: top + (1 - a) * size)
    draw.text((left, 12), 'How often it was right, for each confidence it printed', fill='black', font=font)
    draw.rectangle([left, top, left + size, top + size], outline='#999999')
    for k in range(0, 11, 2):
        t = k / 10
        draw.line([x_at(t), top + size, x_at(t), top + size + 4], fill='#999999')
        draw.line([left - 4, y_at(t), left, y_at(t)], fill='#999999')
        draw.text((x_at(t) - 10, top + size + 8), f'{t:.0%}', fill='black', font=font)
        draw.text((left - 36, y_at(t) - 6), f'{t:.0%}', fill='black', font=font)
    draw.line([x_at(0), y_at(0), x_at(1), y_at(1)], fill='#bbbbbb', width=2)
    draw.text((left + size // 2 - 60, top + size + 28), 'confidence printed', fill='black', font=font)
    draw.text((left + 6, top + 6), 'right', fill='#555555', font=font)
    colours = ['#2f6fde', '#d9382f', '#2a9d55', '#e08a00', '#7b4bc4', '#444444', '#17a2b8', '#c2185b']
    for i, (name, (confidence, right)) in enumerate(curves.items()):
        colour = colours[i % len(colours)]
        which = np.minimum((confidence * 10).astype(int), 9)
        points = [(x_at(confidence[which == b].mean()), y_at(right[which == b].mean()), int(np.sum(which == b)))
                  for b in range(10) if np.sum(which == b) >= 5]
        if len(points) > 1:
            draw.line([(px, py) for px, py, _ in points], fill=colour, width=2)
        for px, py, count in points:
            draw.ellipse([px - 3, py - 3, px + 3, py + 3], fill=colour)
            if len(curves) <= 4:
                draw.text((px + 6, py + 4 + 11 * (i % 2) - 22 * (i // 2 % 2)), str(count), fill=colour, font=font)
        y = top + 22 * i
        draw.line([left + size + 18, y + 7, left + size + 38, y + 7], fill=colour, width=3)
        draw.text((left + size + 44, y), f'{name}: {len(confidence)} answers,', fill='black', font=font)
        draw.text((left + size + 44, y + 11), f'calibration error {expected_calibration_error(confidence, right):.1%}',
                  fill='#555555', font=font)
    draw.text((left + size + 18, top + 22 * len(curves) + 10), 'grey: perfectly honest', fill='#888888', font=font)
    return picture


def explanation_picture(form, explanation, verdict, temperature):
    """One picture of why the network answered: what it read (28x28), the evidence for its answer
    and for the runner-up (each pixel blue where it pushed the score up, red where down, adding
    up to the score with the biases), and each hidden unit's vote for the two."""
    from PIL import ImageFont
    font = ImageFont.load_default()
    e = explanation
    order = np.argsort(-e.scores, kind='stable')
    first, second = int(order[0]), int(order[1])
    zoom, units = 5, len(e.hidden)
    shown_units = np.argsort(-np.abs(e.votes[:, first]), kind='stable')[:16]    # the loudest, if many
    width, height = 3 * (28 * zoom + 20) + 300, max(330, 80 + 18 * len(shown_units))
    picture = Image.new('RGB', (width, height), 'white')
    draw = pen_on(picture)
    draw.text((10, 8), f'verdict: {describe(verdict)}', fill='black', font=font)
    draw.text((10, 24), f'percent = softmax(score / {temperature:.2f}); blue pushes a score up, red down',
              fill='#555555', font=font)
    maps = [e.evidence[first], e.evidence[second]]
    inked = np.concatenate([np.abs(m[form.ravel() > 0.05]) for m in maps] + [np.zeros(1)])
    strongest = max(float(np.percentile(inked, 98)), 1e-9)
    panels = [(np.repeat(np.round(form * 255).astype(np.uint8)[..., None], 3, axis=2), 'what it reads (28x28)', '')]
    panels += [(signed_picture(m, strongest), f'evidence for {d}',
                f'pixels {m.sum():+.2f} + biases {e.base[d]:+.2f}\n= score {e.scores[d]:.2f}')
               for m, d in zip(maps, (first, second))]
    for k, (pixels, title, sums) in enumerate(panels):
        x = 10 + k * (28 * zoom + 20)
        picture.paste(Image.fromarray(pixels).resize((28 * zoom, 28 * zoom), RESAMPLE.NEAREST), (x, 60))
        draw.rectangle([x - 1, 59, x + 28 * zoom, 60 + 28 * zoom], outline='#bbbbbb')
        draw.text((x, 46), title, fill='black', font=font)
        draw.text((x, 66 + 28 * zoom), sums, fill='#555555', font=font)
    # The votes: what each unit adds to the two scores, its value times its outgoing weights.
    left = 3 * (28 * zoom + 20) + 20
    draw.text((left, 46), f'each unit\'s vote for {first} | for {second}', fill='black', font=font)
    largest = max(float(np.abs(e.votes[shown_units][:, [first, second]]).max()), 1e-9)
    for row, unit in enumerate(shown_units):
        y = 66 + 18 * row
        draw.text((left, y), f'#{unit}', fill='#555555', font=font)
        for column, d in enumerate((first, second)):
            middle = left + 90 + 120 * column
            vote = float(e.votes[unit, d])
            length = 55 * vote / largest
            colour = FOR if vote >= 0 else AGAINST
            draw.rectangle([min(middle, middle + length), y + 2, max(middle, middle + length), y + 11], fill=colour)
            draw.line([middle, y, middle, y + 13], fill='#999999')
    y = 70 + 18 * len(shown_units)
    if len(shown_units) < units:
        draw.text((left, y), f'(the {len(shown_units)} of {units} units that vote most for {first})',
                  fill='#555555', font=font)
        y += 16
    for d in (first, second):
        bias = e.scores[d] - e.votes[:, d].sum()
        draw.text((left, y), f'{d}: votes {e.votes[:, d].sum():+.2f} + bias {bias:+.2f} = score {e.scores[d]:.2f}',
                  fill='black', font=font)
        y += 14
    return picture


def command_eval(args):
    """--eval: the verdicts on the MNIST test set read as image files, on stand-ins for real
    drawings and scans made from test digits, and on non-digit stand-ins."""
    reader, judge, meta, name = load_weights(args.weights)
    images, labels = load_mnist(args.data, 'test')
    labels = labels.astype(np.intp)
    rng = np.random.default_rng(0)
    print(f'weights: {name} (reader 784-{reader.hidden_size}-10, judge {judge.network.w1.shape[0]}-'
          f'{judge.network.hidden_size}-2, temperature {judge.temperature:.2f})')
    results = {}
    for set_name, (pictures, truth) in evaluation_sets(images, labels, rng).items():
        x, verdicts = read_verdicts(reader, judge, pictures)
        results[set_name] = verdict_figures(verdicts, truth)
        if set_name == 'MNIST test':
            read = reader.predict(x).argmax(axis=1)
            correct = int(np.sum(read == truth))
            print(f'test accuracy: {correct / len(truth):.2%} ({correct}/{len(truth)} MNIST test images, '
                  'the network\'s first answer)')
            print_confusion(confusion_matrix(truth, read))
            if args.errors:
                save_picture(misread_sheet(images, truth, read), args.errors)
                print(f'misread digits pictured in {args.errors}')
    columns = ('right', 'sure and right', 'sure and wrong', 'refused', 'calibration error')
    print(f'\nverdicts ("sure" at {judge.sure:.0%} or more; percentages of all the digits in each set)')
    print(f'{"":<18}{"digits":>7}' + ''.join(f'{c:>18}' for c in columns))
    for set_name, figures in results.items():
        print(f'{set_name:<18}{figures["count"]:>7}' + ''.join(f'{figures[c]:>18.1%}' for c in columns))
    for set_name, what in EVALUATION_SETS.items():
        print(f'  {set_name}: {what}')
    train_images = load_mnist(args.data, 'train')[0]
    fit_images = train_images[validation_split(len(train_images))[0][:5000]]
    pictures, kinds = non_digit_pictures(fit_images, rng, 1000)
    _, verdicts = read_verdicts(reader, judge, pictures)
    refused = np.array([v.kind == REFUSED_KIND for v in verdicts])
    print(f'non-digit stand-ins refused: {refused.mean():.1%} of 1000 (' + ', '.join(
        f'{kind} {refused[kinds == k].mean():.0%}' for k, kind in enumerate(NON_DIGIT_KINDS) if np.any(kinds == k))
          + '); drawn by the same code that teaches the judge, so an easy test')
    print('\nin the wild, read as --predict reads them')
    count = min(300, len(images) // 50)                        # fewer for a small test set
    pick = rng.choice(len(images), count, replace=False)
    drawings = [d if np.asarray(d).mean() > 128 else Image.eval(d, lambda v: 255 - v)   # written on paper
                for d in redrawn_digits(images[pick], rng)]
    photos = [open_image(photo.fp) for photo in photographed(drawings, rng)]
    for set_name, pictures in (('re-drawn digits, clean', drawings), ('photos of them on paper', photos)):
        verdicts = [v for v, _ in read_writings(reader, judge, pictures)]
        right = np.mean([v.digit == label for v, label in zip(verdicts, labels[pick])])
        print(f'  {set_name + ":":<34}{right:>7.1%} right, {np.mean([v.kind == REFUSED_KIND for v in verdicts]):.1%} '
              f'refused (of {len(pictures)})')
    for gap, set_name in ((0.4, 'apart'), (0.15, 'close'), (0.0, 'touching')):
        pictures, texts = written_numbers(images, labels, rng, count, gap)
        read = [str(v.digit) for v, _ in read_writings(reader, judge, pictures)]
        digits_right = sum(sum(a == b for a, b in zip(r, t)) if len(r) == len(t) else 0 for r, t in zip(read, texts))
        print(f'  {"numbers of 2-4 digits, " + set_name + ":":<34}{np.mean([r == t for r, t in zip(read, texts)]):>7.1%} '
              f'read whole, {digits_right / sum(map(len, texts)):.1%} of their digits (of {len(texts)})')
    print('  photos: 640x480 to 2000x1500 JPEGs, shadow, warm paper, ruled or squared lines, black, blue or pencil '
          'ink, a third turned by EXIF; numbers: test digits side by side, heights and baselines varied')
    if args.reliability:
        save_picture(reliability_picture({k: v['pairs'] for k, v in results.items()}), args.reliability)
        print(f'reliability diagram in {args.reliability}')
    mine = load_mine(args)
    if mine:
        print(f'your drawings: {accuracy(reader, *mine):.2%} of {len(mine[0])} in {args.mine} '
              '(training data when --train used them: not a fair test)')


def command_predict(args):
    """--predict: one line per image, 'PATH: ' and the verdict (see describe()).

    A file that cannot be read is named on stderr and the others are still read; the exit code
    is then 1."""
    reader, judge, _, _ = load_weights(args.weights)
    paths = image_files(args.predict)
    if args.explain and len(paths) != 1:
        raise DigitsError(f'--explain explains one image; --predict was given {len(paths)}')
    if args.explain and not Path(args.explain).parent.is_dir():
        raise DigitsError(f'cannot write {args.explain}: no folder {Path(args.explain).parent}')
    failed = 0
    for start in range(0, len(paths), 256):           # batches keep memory flat for big folders
        opened = []
        for path in paths[start:start + 256]:
            try:
                opened.append((path, open_image(path)))
            except DigitsError as e:
                print(f'digits: {e}', file=sys.stderr)
                failed += 1
        readings = read_writings(reader, judge, [image for _, image in opened])
        for k, (path, _) in enumerate(opened):
            print(f'{path}: {describe(readings[k][0])}')
    if args.explain and opened:
        verdict, pieces = readings[0]
        if not pieces:
            raise DigitsError(f'nothing to explain: {opened[0][0]} holds no digit')
        piece = min((p for p in pieces if p.verdict.kind != MARK_KIND), key=lambda p: sureness(p.verdict))
        form = piece.input.reshape(IMAGE_SIDE, IMAGE_SIDE)
        save_picture(explanation_picture(form, explain(reader, piece.input), piece.verdict, judge.temperature),
                     args.explain)
        print(f'explanation in {args.explain}' + (f' (of the number\'s least sure digit, {piece.verdict.digit})'
                                                  if len(pieces) > 1 else ''))
    return 1 if failed else 0


Reading = collections.namedtuple('Reading', 'form verdict probabilities hidden explanation temperature columns')
Writing = collections.namedtuple('Writing', 'verdict readings')


def network_reader(reader, judge):
    """A read function for the window: image -> Writing (its verdict, and a Reading of each digit
    or mark, left to right), or None when there is no ink. A Reading: the 28x28 input, the
    verdict, the calibrated probabilities (10,), the hidden activations (H,), the Explanation of
    the scores, the temperature, and the columns of the image the digit takes."""
    def read(image):
        ink = picture_ink(image)
        verdict, pieces = read_writing(reader, judge, ink)
        if not pieces:
            return None
        explanations = [explain(reader, p.input) for p in pieces]     # each holds its scores
        probabilities = judge.probabilities(np.array([e.scores for e in explanations]))
        ratio = image.width / ink.shape[1]
        return Writing(verdict, [Reading(p.input.reshape(IMAGE_SIDE, IMAGE_SIDE), p.verdict, probabilities[k],
                                         e.hidden, e, judge.temperature,
                                         (round(p.columns[0] * ratio), round(p.columns[1] * ratio)))
                                 for k, (p, e) in enumerate(zip(pieces, explanations))])
    return read


def refit_judge(reader, judge, data, rng, mine):
    """The judge's temperature and thresholds fitted again for a changed reader (Learn now)."""
    images, labels = load_mnist(data, 'train')
    held = validation_split(len(images))[1]
    held_x, held_labels = normalise(images[held]), labels[held].astype(np.intp)
    return fit_judge(reader, judge.network, judge.scale, *held_out_digits(images[held], held_x, held_labels, rng),
                     mine=mine)


def learner(args, reader, judge, path):
    """The window's "learn now": a function (stop) -> (read, units, message) that fine-tunes the
    current reader on your drawings (with a sample of MNIST, so it does not forget), fits the
    verdict to it again, saves both to path and evaluates them; or None if stop() asked it to end
    first (then nothing is saved). It runs outside the window's thread and touches nothing the
    window uses."""
    current = [reader, judge]

    def learn(stop=lambda: False):
        mine = load_mine(args)
        if mine is None:
            raise DigitsError('no drawings of yours yet: draw a digit, then press its key to save it')
        images, labels = load_mnist(args.data, 'train')
        rng = np.random.default_rng(args.seed)
        pick = rng.choice(validation_split(len(images))[0], FINE_TUNE['sample'], replace=False)
        before = accuracy(current[0], *mine)
        tuned = fine_tune(current[0], normalise(images[pick]), labels[pick].astype(np.intp), *mine, rng, stop=stop)
        if tuned is None:
            return None
        tuned_judge = refit_judge(tuned, current[1], args.data, rng, mine[0])
        test_images, test_labels = load_mnist(args.data, 'test')
        test = accuracy(tuned, normalise(test_images), test_labels)
        if stop():
            return None
        save_weights(path, tuned, tuned_judge, test_accuracy=test)
        current[:] = tuned, tuned_judge
        message = (f'learnt from {len(mine[0])} drawings of yours: {before:.0%} -> {accuracy(tuned, *mine):.0%} '
                   f'of them read right; MNIST test {test:.1%}; saved {path.name}')
        return network_reader(tuned, tuned_judge), tuned.w1.T, message
    return learn


def trainer(args):
    """The window's "Train": a function (report, say, stop) -> (read, units, message), or None,
    that does what --train does with the same settings (learn_weights)."""
    def run(report, say, stop):
        learnt = learn_weights(args, report, say, stop)
        if learnt is None:
            return None
        reader, judge, message = learnt
        return network_reader(reader, judge), reader.w1.T, message
    return run


def moment_reader(args):
    """Reads with the weights of the moment while the window trains: network -> read function,
    with the judge it will keep and no temperature yet."""
    network, scale = kept_judge(args)
    judge = Judge(network, scale, temperature=1.0, refuse_above=check_weights(
        unpack_weights(EMBEDDED_WEIGHTS), 'the weights inside digits.py')[1].refuse_above)
    return lambda reader: network_reader(reader, judge)


def command_window(args):
    """No action: the drawing window. With no weights yet it opens at once and trains in it."""
    problem = display_problem()
    if problem:                                  # say so before any training, not after
        raise DigitsError(f'{problem}; use --predict FILE or --train')
    first = args.weights is None and not WEIGHTS_PATH.exists() and args.data.is_dir()
    reader, judge, meta, name = load_weights(args.weights)
    figure = f', {meta["test_accuracy"]:.1%} on MNIST test' if 'test_accuracy' in meta else ''
    status = (f'no weights yet: learning them now, in the window (reading with {name} meanwhile)' if first
              else f'weights: {name}, 784-{reader.hidden_size}-10{figure}')
    run_window(network_reader(reader, judge), reader.w1.T, f'digits ({name}{figure})', status,
               save=lambda image, digit: save_drawing(image, digit, args.mine),
               learn=learner(args, reader, judge, args.weights or WEIGHTS_PATH),
               train=trainer(args) if args.data.is_dir() else None,
               make_read=moment_reader(args), train_now=first)


def command_embed(args):
    """--embed: rewrite the weights block at the end of this file from the weights file."""
    path = args.weights or WEIGHTS_PATH
    arrays = read_arrays(path)
    reader, judge, meta = check_weights(arrays, path)
    source = Path(__file__).resolve()
    text = source.read_text(encoding='utf-8')
    marker = 'EMBEDDED_WEIGHTS = ' + '"' * 3        # spelt so that this line never matches itself
    begin = text.index(marker) + len(marker)
    end = text.index('"""', begin)
    kept = {'reading': np.array(READING), **reader.arrays(), **judge.arrays(), **meta}
    updated = text[:begin] + pack_weights(kept) + text[end:]
    fd, temporary = tempfile.mkstemp(prefix='.digits-', suffix='.py', dir=source.parent)
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        f.write(updated)
    os.chmod(temporary, source.stat().st_mode)
    os.replace(temporary, source)
    print(f'copied {path} (reader 784-{reader.hidden_size}-10 and its judge) into {source.name}')


def main(argv=None):
    """Run the command line; returns the exit code. Expected errors become one line on stderr."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.errors and not args.eval:
        parser.error('--errors goes with --eval')
    if args.reliability and not args.eval:
        parser.error('--reliability goes with --eval')
    if args.explain and not args.predict:
        parser.error('--explain goes with --predict')
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
# The default weights, each matrix quantised to 8 bits per value (a scale per column), the rest
# as 32-bit floats, base64-encoded, so that digits.py copied alone anywhere still reads digits.
# `python digits.py --embed` rewrites it from weights.npz; a test checks it still matches.

def pack_weights(arrays):
    """Arrays of a weights file -> base64 text of an .npz holding its matrices as int8 and scales."""
    packed = {}
    for name, value in arrays.items():
        value = np.asarray(value)
        if value.ndim == 2:
            scale = np.maximum(np.abs(value).max(axis=0, keepdims=True), 1e-12) / 127   # per column
            packed[name + '_q'] = np.round(value / scale).astype(np.int8)
            packed[name + '_scale'] = scale.astype(np.float32)
        else:                                   # vectors as 32-bit floats, single numbers as they are
            packed[name] = value.astype(np.float32) if value.dtype.kind == 'f' and value.ndim else value
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **packed)
    text = base64.b64encode(buffer.getvalue()).decode('ascii')
    return '\n' + '\n'.join(text[i:i + 96] for i in range(0, len(text), 96)) + '\n'


def unpack_weights(text):
    """base64 text from pack_weights -> dict of arrays as a weights file holds them."""
    with np.load(io.BytesIO(base64.b64decode(''.join(text.split()))), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    for name in [k[:-2] for k in arrays if k.endswith('_q')]:
        arrays[name] = arrays.pop(name + '_q').astype(np.float32) * arrays.pop(name + '_scale')
    return arrays


EMBEDDED_WEIGHTS = """
UEsDBC0AAAAIAAAAIQC1Rlxx//////////8LABQAcmVhZGluZy5ucHkBABAALAEAAAAAAACSAAAAAAAAAJvsF+obEMnIUMZQ
rZ6SWpxcpG6loG4TamKsrqOgnpZfVFKUmBefX5SSCpJwS8wpTgWKF2ckFqQC+RqaOgq1CpQArmQGBoYiIM4H4gIgNgJiAyDW
BeJkqHgulF8OxJlAnALEJUCcARUH8VOBuBiIs6HscqhcLpIZIPE8qN5iqDyInwh1A8wd5VC1KVA1ZUBsDMQAUEsDBC0AAAAI
AAAAIQC/P9jP//////////8IABQAdzFfcS5ucHkBABAAIB8AAAAAAABZGwAAAAAAAJ2X55Nc15neb86hb+c4PTkPgMFgCBIA
CZAAgwhC5FLSynbJVrC4K8d1abfsD16Xilu1/uAvuw67XttrrWslLkWFlUSJCQQBgiCRBpicp7tnOofp7tvdN2e3/wXfT+ee
qlvn1nue532f33/98teuvfYPQeDfAv9+4rtv/OE//f7EucGJP/5n8xOzgxO/9wff/6Pvf/tff/MPvv/dN/7f/gvf/pd/+EZ/
/w+/9+1/80b/ffLsk2dmB+dPTc0O/ofB/7+HsoBKItJMYaGCAeQSkWoCjZVMMJ8K1KOBSN1yOxFaYRhOlWWz13r8HDjvM7sx
sXj/2ezZaa3R7iA3X4XSryvaRx3g4avlcJI+/ovidO7KvePywqO/JL+jSPBu/Qfd1QQR7wHGt99ofT6F4FtDxg8uqnsnZfvT
0frZBJM4o9SOmMdzcS/9CtXMz7Z1Boq8AjvtE8gm7pDXqLY4FignRHPGLVSowMY3mplvYNvbp6cz39Wvf3N4Kyc0Lj+F/QU5
9oA6KPyrxeANmVgDluv/7uvtT2OyCa8aF77ceriIYyoVGWJq1UWekS5cWdGa2JSrylNPZDzPBQDQA1wXAT23v/ZceNQ89AtV
SHGejgLlCNrgEGLKFI8jdtuOxYjQkcghShrppU7trvhg8bK9PQJktqypT/7RzoOne8e/UZlfX5PBK3XwP6nug6u3WDQPvycG
Mhf/yr8lFgvSgmKtThzOhlfjo4FW+Fnmy+DNEcKXPxE9/zSw/kTZ9/Hpmd+5DLtD273MYOxLV614VAIOJjH/NBRJNIdX5oDy
CBVPFOP5RAgaQ6MztiwyMeNpK/8vItDtVHjnCnf3B7OR6sh2+2ryZ9zV+pj88bML9nbZ2CYzmW9dFIvFlWHkcBkcFWvmF0OW
1VhyytvDewPmyKnrYrMTNGq9iWs3AAi2gC4KCBAIQqilQ5CfXc//cvqbj951U+kJesWcLKw1Z6bt8WbcrMmnL2O+UGRUT2Bh
2XsGFU6q9AC0TZ9GgNMHvXEAFzTmXR/1ycVPVy5luTe73K3Lb9V5E8vUfOWn3uw8YLI2OtiifhaNx+pSZApX0dEXTwKKvz1e
4KzZk7Qz9iixnEDGn0ax0QNRG7cnX5XjQsHbOwHMTZlDzG749pwvFednhXtzN1PD/sHgSPowtJcawSd99PlM+PHQWGtxYHDI
Pp+ZpBuXBX9rNEzaywPzotUoG2OZ+5fmWzvQ9QtDOw+0Gf9G+Mdn67vLK+aQHP1FyRif+bAJtrTusjn3xvsIrnK1z5CFrw8C
NC10y+DYc6n3Cr8cfOnjnzJ+0wm8n7iy8p+HL5vC1IcD4Ye3X3lNTFqHU9xKfmwgxinoDKqw/uN0uF4lSs4MGQhOdh5uqskn
1n8xQ+Q3dgdPRt/9761sxVafm+ou/fhtvoyNTgG13a3d2B48RjV7iHWaKUV8dZxA5EuQOxvMqKSUDU2oYUGpkd526IlsGjZl
jd04IRxOhXvIw8HmlNAajyvJO3FcSJmJADRcCA0SpzAuak8XfYPdpBUaVF6uJ9nGXPkCtj0LQXny3AEDPorTxYPoKWCP+fXY
SK6onUqvQX+akJdra/bQ4/b7G1D8xZ+U/Jn84QNw9IVbPQo4KqyxyGIQRBHGicHPu4GPtf9z8tWdt6JnnQfxv5p9cfO/PPUP
dua+9NFoYONXF195PDi1Px9cWj97KVeM6Yu5e+B5xnyfQUev73tPPaEySK3zaRfBxmRYLOz9qWOqYTfXlTr3WhZSyVA9i9hs
7KH8dgyCqS9aTVJQcZIybyhhU+uQIIrekaKunCe7NryvMDZQISusWVYIExCpUgRRNE0z2/5MkLS1CuQcDBbCIG13IbcWaUdd
C6vrrFgs00SH74KxslehxI0YjbpH0SLYfQuiyKh+frpo/PneydpoZXihtPJnn4/js6tQ+t21T2/z6Qv38rGl7ewO/tyixlLw
ngaRz8Akx1f2jQ730ri9S9+eeNb7LSH2jNeLXzni/mQS/Pvg1S/QO+G95MhvheTmgGMe9xKFauBoTDX5keJaj32CPtjPBduP
wuo51fIy5l6Rl/XGHTtI7qKuV6rdUoch0SQNUcu0fVqoHQU9cw9htZEWDyl6hgvZYssnKU6F4ty27IiOQ6EDOiKpNi2xwGkz
2FJcqIk0TkDxCqQqFaOVRIQi2xRbaNez0ALadIGAvqXTZaatYCh80Ewc8VXTFoW6NJAhGmD81ugXbny9R1uLv6hsyVChzFPi
3z0o85Ot6sQ7j5Xy8OiYp8fe73J+bJjwk8GllVZWeGnCNx1+uJL/YOLVq9w9X3RyIfMj+4a2dCp97WjvTesT/wM/H/ms0jYf
nP7UU4jqVFlyNnbYzbQWRd1uTmcTkUNpVzYrLnKRg4vbzUcqAkflqkgxmwhGD1S35IDayuEAoTe7tCHnMYukdMA1JNVTeFbj
ZDjvkgrN+HnMPrYwG0ZmqLjDgjbsQ+asMShqaiykn+xOgrxiktCx0EnbjgSCVseVGRmwCAOSIUjTqCJnai6CVjuhXctVLYao
6+lc1ZXh9sgjnL1fAnHhgVAwvTuPOFC8k9epmP4wsJP32SHfYILFYSk93IaAdABlPqh1iVej9By/+hD3nbwyaP5qaGG2vfsF
cse5Hjo7W8n+Uv41c2ScHM+3j6q3Lnzm+IMW/fNcO7YW6/hA75NC7BAeAGmmfutQqMM4zoCFnOjzUArwGrrQRRsgGbP7WulZ
BwDKwLpluloFgRisQ6vQYQ+E/IjKUsih4FI2E/RFHSWI+nt8gvHbEZzkDGoU9ltDhEbDzgk3pkGsjjFy2I5qTRpACNtxGE0O
wwhlySTh6DAGMi6E91CgpKN2KEDtwEAuT0AEMrKNizmNo8juCbW3ddQIUcFDrK7krDrRHKo4HXngHAU3/eiibvsHEph8F3gy
eVn3n/C81Ze/euW5JTQ7tfOsb3EL+fi9z05mL4ztq/7lscQI2PBL3UomZFgEhrAbj92XZdIJIrVHd8NXOY4UmI2tPWrcb2ow
CosuhxoApLawoGS3DSwpyjZlH9MIjJgGg+Mi72CYYwVoUotrKIbi/S6gjdVJNebndQCNG8FS1NVlPRSCI62+vBBdiIqM46JO
QnXoJsLrNh1sNRkNwsEO5e/KExqOIRod04CQRQCQR/EAKOkIFER7DZzybBQK2bED3rItEE7vn2y6e6BmN2bzMR0+8nUCKpSR
OHz2aTi4VV4b9cVeGk5PiQ/rc6+nFvgRz4K+9a1rQ1vs1on907NPtuHdW2svVwYuM17QObCudLfmSrwPG0eAdhnfHV+O/TGD
hRhzW7rL/FGCCvos2e7IV6L9e8OJAKmEIDhQM8GpruRqENE08YDdJQDAMOgQTRqDHRTy/DGM4CfKMEmH010IGtwEejGaK+IK
WhfKvnK5gliKFGtry1uW6XVLjF1vVvm6pR85jCraQjcP112QaDsJpxs/RjCmhaZMmyvDLCHjKbirowRK2h5I6nCM6KW88YOg
JTKWMpl/YZ2t8zWnPJGb7giNU8dAUTwKhIeiL2rJ8nLB9cdn/okaV5bQ52PxcA9NtXee/v0XPUC9c25NaF4H01PWynec/MJR
cXI2RzyDfx4p237fswE0UrUOfdv+3x91Ya1VHZOCr8+GoKAIDhCZqSQf6Jt8BFkdNJDgIWCOtEujBx4o8YTkqnbFszF/pE1S
ZBnGCJbScZ7PeCTKEi3AgFu2zIJeDqvvY1wO28pukr23scRheXO9ZcD3RMpbrZWtLmF1Hb4s9WC5CzmQ4elyUJMBmXLBrp4w
HaSCkbpqzgCiJVIQTtVTVEdN8L2IQFmcWwiR5oB0voQoDgaIyfaT2ZL3iqkc+bnJmgQ+sY6s1+bjC8GsJ2qPtsaj56ZqGCiu
bp0+f3VcQZsnfsXUPkqNJP7aea3Wq/fWxqbfGfvKfilaBWcpxQ3kZsL6RQ79Cs8VF+DwjBueCIxkVcl/dlD1mwbclswppPXc
lssd8CAht8b3HMLg8RKugTUAoH10maNsFenPZ0eB4QPNCaOe0nL1jZgIE55bwsWb48AGogIag3zgD2Ryqq0T/j2PpDZ7nSZE
mBjIt522pqgyg1AgdQyrRgcAXahvHw2wczCp4WYSN91sv27Ro5GAVXecEj5SpJPEjmRBihrtgJBimI61c+bRhnNVAutcE83X
duZL9jqQBOdiq2DVvJOTuTPzQXtE2joEXlMhYaUy98Nx/u8XI8qu+crbgeZPmNTM/wj94DrO36nG5/+MfKqweK57bI7tYbHc
6QmQ1FJsAChQrhLjI9NKE61J7RRKDosGLXoeaZn9TgvRFFYl9SoB4DRsSQSzzxEMDdqKyv80ovUjKdlxo7+ZqqMcEVeI4N05
N4PHBhAuUma4Xp1MaHREs0g+47gihSk0zDacYxN0a6xNgETXs6EyaSM2gxIaobccssdbIQeyW40+ynVwxt8Qy932xBGVBDO7
RW/PADVfF6tI+MqNyGqhckHtlp17SLe29OpYxgSX6BizfG4IqFOFOQup5S6ge6OtV8tZ7J3fjv/q5Vf/23z+N58GZ/9kbvhH
00llff57f0O9/OZZKPhj4cru1Pghkh+64ROOp3GjXhhSz2prRBcmGkwXsfAaVgkegNuG57cJ1yujj3ELDNC4BGMf+UCcBN3+
BLnOIjEc81zZ9zGv+3xo0ADie2EJ4pgYxfilCKAioRjHUiQugAo1INN+3aLYMs6JDC9jFHyMGiDM9FCQIuEuDJEND+Q8HEBd
siM6RE+wGRVy7ApgDGkO7Gvhjbp2qiUFnUKvZdf6WhuQI90GsXzXl++VrsoNV1wLtFbvfWuxJjQeR+GH178zozO+5YnSzgZ9
xifOFJ9ZyqG/OYr+5OLsh/O+rbVg+KfPXPvhPLuzZpzeXPjB/56wV++5UXnmkvnUveOHIRdLEUrskNUiFZMttdwSvedYUBXb
D94NPOhKAZo35OLwu5AGxvyertOf0CiFQwjaJTcdmANcAlYo03NcQkE9hGAZxcSUAEhYQRoi+vYiSSOE0LQEChDPECCJ12gG
JuMwjMMKC3lgrE90PgICHYzRXEIAPQiFAcsD+B5ucRaKQT0LTx13SbQ2AHWYkHQotHsujAa8HTVm+iQtXF/DZBuZU3Hv4YM4
lFkJUri8ui1Q2++OMT27/tBnf7H3zwedmvdwvLEeDMBnfjwTe2t6krnhXT0cnP7RNZ/01n2Ie+EfZ+cY8ZMdhH+K2xvc6X4G
m0y6w7Cy88Np1GUzeLeW/Z9pTCuYleAOtQ7qkMM10E5IVE2GR8uQh1g1l8ZAlQIJodhPHjqG6/hw3WpBasjEvGFJrxC9pM3Y
A7YLqJ0owyj9AIPWtQhP80GCZNsYi2JpCgYJjfE8OsUiWJhiYBB2YYcYRSHCcWwUwOMW6tgWbguuSkWPRcCqnqbLUd4qgMXj
uF/wOxmYaNttcCGkdQAEE2xU6D0OBFQJYhjXvo2MND4ZEjxZWUV9pUcXJ0IGmx+Wbz3eaF9KT7z9w8/HGcl7ZjbZuH2m06hn
Eue/JmQvdD6+nQX5Fw6X8Uf5hxgGzmVMudX5yxdiOpMLd/PVdxb8MthS4OWOy0KQChy7EiG0TIbAijqFBsuQ6yEdj+ZiRcLu
GJhDMNE95dhShE4EHz7o5kE34kXMRFuXJTnORL2oAjGSKNisn3KhCKhzHTRCgWAIBACdDXMQmgJwALd0FkKSAAACikOTgA+C
e5KLAn5Z9An1Y0dvjJsHSQgqG52+R21Cq8cIeqrdjCSD0ig3OWV2fEIrfMKaikf3AXLjxBjoCw9nqe67X4Wbu6GN0ZfVe1/+
X+/q97PnJ5K337s5WG8umd955W//GjLGlLZv4sWN0a8Vpc9dios9GJvatz+nXGRs0w9noplpgY/s4YUO10r5iUgFhFeIEQRi
GbgHt3C/ofpIri2xaEwGHS9YN0jW18RVIywCGNIPOS2A79oBNVEX2yBtYKFyvKNZVZvnY57QJAKNJm7Tg6Tqphxd0NAoDLop
2sF1u19tKE3wKCJ1ALbfdBjCVk3Qj9gYrrYBT/VZPR/Z10tPZY022fV1UGW42QsVevVoEJ8uiFNVZXdYTs3k+QVTKPi2gKkS
PAoWnH272RRDSWNl4l5v/fG9uSek64v/cQ36Ue7SifjK+x8T+0zphZPDyx8cYaXbPp89cfsCcBT4YDq9Y69em8x0VmeBcPAX
CWGbloZ5ZnA3ouV9AT4AJJuC7zB4iqY40nO4Fia4BkcHbMNVacTweZGeTOk+xyAMukOzNgn2VChS5YluiGr0aVHkQ9mYowm5
jgLwWkBCBo8aQE2Z9BloWDd5QEl7JOhjAJLXzX4BggwHYW5Hw2kbpFyzr1EOPWYgqecZAAsXWNVzrZKnWjZY4FFfIZ6zRo9c
SUjJ8ao1XSisU7Xh9BGUNEvXhQ+F16tuhA+W6oW14fYgaDpQS92Hlk5FtK2F947MZXfiqfGtmyXxQa29uBAtXu+YJXldep36
IC37F7dCwYj0eGS0QrQh2D9ctP1HfnkyiidKkQHxmCJiJN6adFTWU0KC3gbZLoGiJGO3cb/cgXgPgkwSh2SPUYw+DkEcrKId
EYnVaJYw6YbhBGVnsOZ21HAVOGwKVFBEAw316PD4LAmjCNj/JJ/UcdcMgoJPtwAbV4M4BngMgvIN1LX7GGDi2AEF9Fe4SwI1
tsDCSAeuOKgihiPBXkBDJpVU1Re0fRDDg+0lev8004QMd+WdxLvPDPfYgMH10OsmczwmHCIT0GE5mRlXifTl3hGZ7cZnJrMb
dPFxJv/s1GD056Plw+Yuc46vbjwJ+PTgjLrrNZ8/MyTIlK3FalcbbIpHCBpIxou6pPGo7p2yN92V/uEd06/XEiWJgOF9ypKi
IOEe40UGciM47x4gjodaPMCbRx5qkChl9jsfDvS0CRGkTRCm84UBoj/CXQrJVI6HKT/QCkG2V2QRUi9H4CilEB6Ad3mIdm2A
p+k9TMY1A6WD9gapIhhswI4sI8UARulQtgn3u3x8SPCTYCAxkIsS3MAYU4kD6yOr59JRc73bvjf/xZWARfDVIOFsTdUMIfKI
eM6fJelo+g69+OKFw2u1SmTuJPFooL6/U0g5wbEbc/VefiOFE8Lfzea5in7tztri/ed7EeygUebC+eBxLNjusrbdM/anmjUI
JeyQ8vGoCDp8F6SgvfEgZMJSPgh2pwVX6qkWSwFpDu5ldcQLIUKCURqaCwUIFwvqsm1h+MAhE/NcBlU6iW50hNL8WKMrA744
mI+6uC05fdWVKWvONRyVQHRUS6mGTuNaHvIY2VEoPFPvO5Yn25y468o17IzQON3KA5IBvcCbc5AX8UPVMSs9E0V6HrafrAxO
zLm5WmN9wJwJcGi5ayuMMt0MUEGFjaSa/fSbeNubvPK9/Hy3FOyFhnaGW83tNV4KB+6GStzSY6ES4G76jiJL3tjDLX82sj+3
MuZ78GOySO0Eswv00mNlBXskLIyCWadWsG8MzZwFPbIXJ+6z8WEjbGA2UgwGqZ5RT8J41x+2O0WJ0FjATwJy3TB0P6ljpCIB
OJuK7KO0h2EMxAlVkyCAfhIwIUXxoK7fY1VSbyFuntDG7L5OHM2AzJE+gZNGQ4FZwSBAzdoArT5jUH0SLaN7RWTMaMUtDT2W
O08cuRgEBkkWHKtDFRCdBmG/lQ/lZeSM2SaPiWSBot1tChoIh9o4OtCbDg4T/OpweLcz8eR5NHJL9B1jQIbhJtlNTvFh95h6
+uBBn/yZ93y1+EZ34G7BuRFuL3w+OfWjX4u3h4Fn8r978W/Xdz5ilYvZk6kdekMSM6eyQgQP7UTV3eENHBF6Mg1lCBU3eDHY
JWrGIAIQXUf1bILqxxqtZaI81nEMjYMov3AsKhZJ0bDfX2gdI3E3ZFBUs3Dkko4NgP5Gvqp0QAMn45pTEzW0w/l9PL5aJBgG
x+lAcX+3j3A+g1KW1Vav2uoax2gDgIFaJePejm1G/ZzdDCofBn8eY3l9Y6iRjb1VJYd6d1uH4MJemyQPDjoYN1cZQVMrZzmA
SH0E0SeckQglpD83UcQDmiDqY1t8i/T20/zASCG05w8CUxChaNEdudOMqoOHc/Pv72wdj4An1i/97nuHn/Yi0ulf4k8SylLI
zM992JxA1dtp83FwpRMnsvWz4m79PSmWyInptpQrQUNpZT/ShYwDNEazR2RPRUospDENnPE6EqJRniRzalNuAFHVlXGjltk3
cFW1Tby+u6cbXQB2YOlozQXbEhmQQq3PILTNpf39JL3RAR2U7cDYQ1or8fwq8AgDGF0SoL8RfyPwCM4DNlC+i/4s3Ee2+nhd
C/3WxNnamuSopzsHQKr8+FbVWcjvO4vVUj6rJvc99+UU3G218LxHCgCYBRCO7AwzgL4SZsOBIybnAGxsirDJ2K6qBtILhnLp
9Ftq6dwLmx8un3vS22mPXLq7/hg9ndzOzo18frBbiJ2q358xNt9z5eCMrPo7Ox9q2tS5Lf1ktvh+A5t6snP4dFktZ+zwiL9w
3ikKxR6T6qMRecjaIjKpG5BVNOkqMH7sIqYkawd2uAwGJFsu7SMjrf4o1nNbB4yvBghqT9vOp/hNiHKq7VyHUtSmqvQjUMAW
B/ll7Z2Ab66RC+LvgZ/VvhFQaA4mqnvrzUtqJyOcZylxibHU6i45DqQdlWTK628HkXkglTwXiXyYKT+bA8FT483P+P0JEyKj
HlBwUQhwGQ8EGj4MMhzuyHN9MQLShsOfEcCpSXK58o3FTwmFe3blTWChX689Fl1+E3eTVypSk1peYzT21MRNq5tbj2ix54fM
ZvGgZbqpJ/3lQGf9KGpOLvLZ0cBDyqv6L6LNmaml+b0GccL1hrHc00dZ4jIg4NWjkcoe/JwxCLYO2P096GllSLe2fRtF6rLl
70gicl8MzjUAOYdSm52oP9Oo7IAJHwEcIe0ClEXBIHMQSa5jtyj++U6ZjdzEPm7+XrIZhJqNo5xOz1WlbHQxYsSLE8c6oONR
LXFpdmaJSinj4eFO+rlR38mc1/1SFVLOjEiP1Po8CUAo4BgABHiQ5/VVB3mOR2Ia5EIUYEGhgIc4YdirQRcGV1HtS6Nr76sU
y2HdeHjjpxiWjEWL7cjOzRmQv7a4fh+qEyTFf/2sXYLEqZ468coMUY9uRqHSSwtJqnh2s1X9fB5ncHhQc9XHsxzl9I9h9tcT
KYo2ipaQXwfn8JHgYWX07q63GB0Ou/fnPizBL43irJRL/7rtF8z0VMkbeZgP77RPn/lEf6pJADeG0ue2aoufTjFZ8rWxw2Lo
s9cSN4vfbp+s5duvq0eZF7W4CXhfbW/u/M58SJvxTvf/scYpSGT2ZAcklvAm4xtPAnYozbKhlIGpE5GUBDbOYf8XUEsDBC0A
AAAIAAAAIQAsDS6F//////////8MABQAdzFfc2NhbGUubnB5AQAQAKgAAAAAAAAAcQAAAAAAAACb7BfqGxDJyFDGUK2eklqc
XKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGOgqGBpo6CrUK5AKu+gxO25NvXG0v2n2weVMjb/vI
7L2N/ccvNvtZXtu8MFex7b/z04bbbbsNAFBLAwQtAAAACAAAACEAwb3bJ///////////BgAUAGIxLm5weQEAEACoAAAAAAAA
AG8AAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahgY6mjoK
tQrkA64tHtl2r3gX2im9Xmxff2etvdrKArtga1H7RsUT+6zm39kft3HN/pmN/A4AUEsDBC0AAAAIAAAAIQBXtBAT////////
//8IABQAdzJfcS5ucHkBABAA5AAAAAAAAACxAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loF6Taaiuo6Cell9UUpSYF59f
lJIKEndLzClOBYoXZyQWpAL5GoYGOgqGBpo6CrUKZAKu/TeU6/uDuBu1XrzW2OLVyN6o915524JXq6qaHlu/YY1q/N7swmuk
3rhHuvP914Xafx9y2jfePeLFXX9nfbSivbCFxtTp194pSclb/p/+udvsv/HmXanKpw3uq628zDCPv15N7Ley66NGAFBLAwQt
AAAACAAAACEAFPptDf//////////DAAUAHcyX3NjYWxlLm5weQEAEACoAAAAAAAAAHEAAAAAAAAAm+wX6hsQychQxlCtnpJa
nFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjoKhgaaOgq1CuQCrvMLl1tPKl1uLbJti7UV91rr
L/Lt1j132qyDak9b+7Lus57rXWr9b9t2awBQSwMELQAAAAgAAAAhAMjLNlX//////////wYAFABiMi5ucHkBABAAqAAAAAAA
AABvAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoYGOpo6
CrUK5AOuqjweu1QHzb2ce3bZdjR67ouX/7/v/YOr9i5s6/aJV5bu/f9Y1v5nX+V+AFBLAwQtAAAACAAAACEApFxdqv//////
////DgAUAGp1ZGdlX3cxX3EubnB5AQAQAMBuAAAAAAAAFWQAAAAAAACcuveXZMl1Hvi8S2/LZnnX3o+3wMATwJACKS51RIJc
QaS0XIkCtas9K+3BmSWXBhQN7ICwg5npmWk37bu6uqu7vPeVptJ7b17my5fPu23tn7DxW9w4J757btwb3/1OxA++9ttffft/
AoH/Hfivk//mW3/+P3978qWhyf/2785Nnhya/Lf/8dv/+dt/+B/+4D9++99863/YP/+Hf/rn33pm//M/+cM/+9az+dTFi+dO
Dj138djJof9r6P/foL7BGRYz8yL5TYx75aumlPScCp3jvRX7w9/vGfTkQGDCNHh2/GB46vPDWXLKc8IuXaBgyvAxrwDDJvzl
U1/G1FSrcKQqyaY5nK9U+OP8SySvbhZsHJKYGB/WG7KasSAVYmjocNKtEOG+ZMKSL6P7l9AFevKPJPHdgC9VTpcL9ZuVxYas
5JkzvzejV38wMxCuRKuVSGn3QqORSk5cm17c7dRV/fGVh3Ppq1LuR+zhUp6UmuT3Ev1A9XLbITzxiPlHSxG8wVYrxK0Na3uu
6fwkQF83eLIB7TBqGCHdXHJ9qf7u6lPH6jVsPVjcOiLhtcGyHkhW8+D7EAadXl5GKw1qcyu1TBLvNbEsxpcJOd8oq0p1kIVd
9nGR3Qc2+OaTw8kbbFAZYLrYuVCX7yPuVWNhvwMeeNPIJiAJ5DohY+H5Id9hFfrmGxaEH41cE6tCt0vWvhLdOZhyTi876OZ1
zjM+fjzLnLIGWY1Ns1551W8Y/WWeY34sE3KlxUeyjvtYGrPFC6okl3SwN+8ptTatDzuHpcpcPiZlTfLv6GVmXL3k+Vy4cfEt
KGX5opXqR4g2t3Guj/Llhwdl9MzFl6RvvcafKbntdZ0ae160T2C9cE8xc/aFl5/rPh/nQqt75n7RsETmbBCT3DjuKI++Mz1S
2nqEdXC4ZhzNx3LtxFp7xxapZcj1nVG9cvQ01gnP8mZP+ietjdHW7R/KkfL7I6W1D77PlIt9ZCgTj/SXltuW9bBlf6z0ZHkB
bBbqKTJGZu/G9vcL7xZaUe5+0F9NP2Xww1w3FwTt5l8laG572a9USeFxV0oDleUaYQOZjkIBEENK80WDwr2FwCz/kOlosYIn
JCdaMDxsOJqK2cqh7nQY1Mb5mUaixNwRcQ7AQoJa6KRDLUVsZMGuOqKioqR1j0BJ6RR5nK8/fSucAVqQuQOg7T0SFR5lESQd
XpD8MfOiXIAJMIMqIWdEsFcU7lClKSnh7QEUsSkv0hW6ZAEXCyUJGsTpmX01tNlosPm7bvjjWM7MFmFWizskbBEUf9YYPLSJ
de9RhmozuQLubtMl5Zf5Fcv1T8jYUieMIcUX0wZPjJkA0jeOeGNE3WklL6i6pwmR22p/9biHp96yuGyTL0Ngn+EQ2EnkG+kT
Dal6wtaf6HvFSnTOmQf1p0cymY5ZifyTGcVPM65QPD2nm3/ZNN/dOZ2x7KdXD5c2EDap192dheCmI5WSjg5WSz/KUeRe0O33
cjXKV4zYvtTTyi3g4nXECwkNA+tabWD02bpgz8Xjs1QJYbZFirPaANc616yk+Z4GcEiTNdqYmGKzOMLaHmkD2FllX7kFWyNZ
VxXotjRMnLGWckNBQ7IBgLKnukBw+DVzdVfeo9a1FqVBVosJXSoQlg8Ni+MW2TKnWntK7agRxEgWkYOGYseBnK45tIOcncRH
cUmBw5Km2VVHVSxfJdGG0uiryzCAqGC0WtAkdolmwWs1utQWIUqtocCHinWlbaDcGqKmmESNI6R1wJTAQIPx63ChgzF0+eRN
f6uzZm1yu8uwHgoUzfGGjZHf70AAhDl+3qobdQiQ7SZyUYg1qq1GuCHca9QbrVXpUTjpLVIWxQmUOMiidpuncDemdQ+2sF6r
ZnWwow3hnAvUJwCvs4vt6i44U6q3qVdIn8mqaOqopUqhxuiwT11bK/hrEEUcSZFf91fOz3VvYp9sTf7NS+mzyx3s4NZIovbd
B4sp+dRB2XYlcEf8hRh+5/rmd9butB8jS4UPl3QPyd0bILRis7tVkwui8UTOEgIlwWw1SualeJeT0YqZPLPdKvB1xC5W9q/a
yTBkeP0xuxPKDMWe6ht1gQDpA0xj9/Kfeuey9Eqr+8DFVhXTXZPr142Kq5YVR6ty0pRs0xaBCWbUes+akA932RERsTsNTOKt
BDmj2cjw3jTOBPVVc5sETU8d5D4kGRLuJDigOmSmAQ+GNZtORUIJqgdjfBWNcIrQekXHkQ6kfYKjcDgb5eZraEBgEAzNc9Qj
2rSImluGLKMs9LjDgjy7jE1bD7RkWIQex1SLqsPXd0jgY5TyXrsNF3f/qgI/DFFH8t+JPJiqiDdPZ2QQAYTqCSaeXzP5JM/T
oLq+EjDnDpFYIOEgvVMZlw3iEEljzW4cIEqYZhoHtH7UbOFpQr+kPS+R3pKFJ7QpwzFiOzmVxchVqiYNRG3pdp0iW/B+5Gx7
K+5noR9av/cO80HiVtGer8fXp9/8NP9OZKYVWns3/853N4TcxtIRfmVlcXhjtv2D6YO++Uji170/s70jVBV8EyiokL5rFuPB
SoIvt3me2/sFxYcOrAyvraq2SAp09tH1yIgWS6RTQJZGmlTbVAZiTV3uVtbttUoCIDsP+iLZTPleOxRntgBJcVSbEVdWCKZ7
1HQp0K6E0rwJfcQQNFtN27gyqlYZtQWCJwBGUaCnbo1MOLocrdR2nwQSMZ0ySS4GFA6GSJjrkOSmU7XpW5BA2gsXnKbOrtST
dO1Duy5XU4XDZUr6CKSIaQDGouyeNCti4XpcIqA1EphRa7syhgFU3di2szCu69oyvGfrgg6yra1yhkENjFg4EhxrYy5PJ6kq
U/mAY70jap2OppkyDu9ql1m42BgHV/WuWDs7YHartN7olU538faBqr11fvA4Ua1BEF2TeUBmse6xWkMhTxIAAtsRQKKcHXUk
hlqQUY6yixKmuXvs0MtuxZLm5VwPi9nNGKdfo2xoKf9IJFdyje1frdJB6ewO3Jy/YVaqQao33n2WoAP7bs02fICAmNY8bP6c
mXMeGXejdzcC7ETd2HlYx4W8pHlLp2/uLV5n/DkoWKkGC650du1Ew3Bu+PKzS0t95HLsCUX7W9VC8imwYIvR+9y1UtKp9KYS
lXFjzjVg+EGc+662qSx0hOx4GQfksA3ks3YgbAKAeErodCjIbBc9O1xbAXs3mrV0j0j6ZAfmrcNyBwMVfhkAPXAMYA+QHTWC
i6Zox8LJoEpQhrlqd3nMMoLi8vNpb4Lqk009zgYug7gGmpdaOey2cc78y6egqlWK4lZbXmfflS2AH1PvUsyHjKbVPuWZWTHs
ZVjEU+PXhZBa2FCPijlQVlC8kAHhOxMOoeAf6nsYhyxPlb48XbErjg1qbN2M++NOExYWPr9T+pQw0R511fopSnNgTLnGlYdH
61mt2aFICNLEIwiTtmAdcTAkJ4/3NQFZA98Afa/hTqGTBoASioCaB7h4DDlBoeREydbZ1y0kCP5teXvquvc+/45hvbYeAF17
KjDP4/a//M47zb9JXLj9cnQzfmtDqwu1wIj6vZmEDf/1hDb4j3hsx9zB+h7+8CezSVrYWVw0P9psbO0s7y7kVvFIpvSXrfNP
n1hzMwdDajkf2Y7GH6yt+nW0t3d57sZyMyNejpGrj5vR9caxmB13JOUP4Q9njjKR7WBg/h+WWr9QQsJI2AbdrRzqkJhIRQPv
/N99VX8s660O5v5+B1vjBjebsSaBEXvVhUjdpqBFG7EGk8DY/L6+MZuctXAtQCkTQj5vwoZQSEbtuaR86IKp6gNvsSXUXHg7
a/442sK9Tube8lmEpb488GBTh7ZTM5cCxfoBEqFSQx2xK2BoHxjNLt/Tl/lr8l+dG7ORseu2APnIk2t2rTSyysDAmVY97MAO
jDa/MQ9AC2wFSZNOrbv2u6K6a8KeKlq4NkAZdfyb75qOnHZVTYUHlsy3uwtzZwbuZ6xTMviWqGs4dwL4SlUbOl+B1WOw6DEZ
JXT5s85ezwnI2NC6RobN3eOLPVXDDdvSy2MdQAC8So8tb2C24QGwLpme1SuAtsIXjjP2/q/LAMwwrYFi7yh8rh8y1kxnRi4O
9bxo2KzAW77T7e0ByW6znVS+Zj6SL73Z/0ZhpWdJPdSMaPOkgu0au3LvRFSF2xW7lo9RKX5gSbBjRMCzsxjeJKhWQl0kF+k1
Zq6mp1PBLhg5Ws64cpuL4B7n/w9AI5RpnAs7danRTBpIVHm5+A5TSlHW/kqOvnx/NoTX/IvfBf6f92Vy5u5b+bXGk4yjEe2q
NdcL3F7wu2ca+V6kWMkm8eXN1SvHcw8PPUBNShNgmHbRmfJoo0IXg5Obe8CTXiFfcj9KJhUyvhafzxJQtHMc8+9uFbvy0631
nlqFm91B6Ye3uoVYffjt55Tm6NmDTToiW8x50+fuP1wqcFOj2MbAHRYzd58KVo55grzBQLJZDpVY0OCkUCXImZVwUxJSpgie
kTx7RfmysAPI/RnndGkOjXG738v4Q2kxb2N/v56nnu97e+TPPIe/+196RP1P+PYlbiLw8of/rvvkiPXkKDb2hd/5vZE//mzm
s8jw5+0nMeNftIepSXTqNym2+NJ//eq3ye0kie34LnalYIlbs214l+xDSTzaoKmVhId0CuEC0oDnHRPgqcUTjk43kFL9gxTU
rlkmwO+h/0nLH/vYwW7mcmnb9mkftr5ypCx953wk9De0u1FwjL+/aC0Xi6Xmagzyv+qHtXizvWHMrWmHNHPq07XcAhL+tS5k
epLvF3YF8IxdaycOOPKMeXpp5wwi/1Szr3jblyAhB+SiO+nKo2g/yY77Dz7d9sRjXReKvVDY10u7gUOs+KAsKMkjpXzG/SQt
m13h1EbR03yc5w4kdr3eDCVHCxHM1K8YOHR6bHsiWWQ2EXdx6LBMHHaU9ylsbzeDt2/up7P+wkEgnJHnCqud0ZxcCa+k91re
3Wylkl0qFpY8CFCoP/G/kxVS0mJMbph2C1C1cTcJLT4qQmz8nrPxIcKpbAOuN649K/qgyIWbY/epSNn28CF4s/W0ibmEvaie
yQTgcJIAyHIEEv2+Ulh8FmHT8a5dj/18NdsjVxy8c7gq2cG26bT4NfdYTy+O/vZnP+foJXSk/eqoXR470X5urA2fODtFUpDr
JUYJmMI+KPtQbl7695jweJyLVl/aPdZx6bU/nmm+6k+US3+0znyVestptXf++PfuXjr6TPyF1yL9XTegtmzCRbmbYponqtKI
biKrpfbmjn3PPDBkKPkezKaDVr2jta3l0imxjXVDE6cssmCbcnmcFuFMuYzX7JgF1PCzWBn3nhgZOLXtIDOgLd1yDXFeWw9q
ACYrQqj9ICZMmQWZ6O7Cf9tuEszaMyWCWeS+HlIGw81xDddctt2SZtqHFK9aZGmbBMsG5ZEP+lNNvHxMlUPWzoDF2u0aHpQK
Jd/Z3jZFCtauPqvvbKv4jFc4NFBeElvqUojnlw/L5UoDscpmC3sFBaudIiQE63yCWS5XbUh8G5hFNZ3bYxtZEWGg8rkPDhL1
iq1RCi9p4nw+RdQKpipn5AkoYbg/kUqBlsaijwFkR/6kVKgVPZeZ1dr7ZSZcenSftRQBNWOEGcqUAHND6w1eH2pX4SS1rr+J
ThSjDFz+4ItjwkRbw536y1ABU+SYK6GMwCntp97kgOlOQW6JzP4+Xpd/5azlyhIVjZxfvXpL+Uv1tUdT0tsm5Ps/Z5kkW4M6
m0mH+N89qcEVMEg75lu5N/wfWGPx7YODTapKMaILPU+oQ7C5J9xG/rL8rHf7siaCPg9cVlWPC8JAmGUZ/kY3bjNZ247vQ70M
8bw3cbnGCvKokT+KiEGXzcj5rPiR+eHU1TX4qrCZ43DZix/1mURMn3TZKtohDvQRqq5MA1vFhrQqmjfGEMLlJY/WOqRzSSPQ
kBsj3+ncJRp3c09seaeBPrY3SAksJUjKumnf1ou4/Ey1PAumwVks1LgLVgyM16ByPKe5EiUsEUZ0VXhUy1zNFeNtAUTV1YY6
m3PVmihPB0B5r7ikpmFagZSbJI8b5VrmfhLm/Qq2sQqhAVC3Tj8Ssuv+Bvy0Sa2091BRzGTpzdMZPwwZwvzZwq0cTfWJxMPH
+uPlK9Ybf0sE3u144S5PCUJIhGtgd+ChnZ3FkG11YiJTefWccv4gk80r64p3jtxPAYboAeC+zcTlyQ+RqJ4FmY/nFejDhRUs
afp5tWW/CTOZeH86ISwnH/Vw1SxXvNTb2G1kty402TqbPFhbLWU7D4CoXmIyRz8Rl7XXrmfXl3r8HmW+2Gqajaka2ipO4DiG
x7iteibaOTSrRCLIaYOm7sk2xgcsNgv++FQ/NVi2phhPCuzLx0tQhps6Z+bn0Ka0qafRtS/ViD2+Ra5kxU36dh9hTjWo9Giw
OGED3IXTsVkol58su7NxNSakrfWt4jZhZ+yTL+SOBkmdWVKN8hlAwwbasaba2TRsLZKrSgC55WgbCF2ss7bdNgYLRNOSrD5R
b4kTUBzMJKt0VDDyaTPzlEegjzWO2c8ddB62sUijI9j4XBsx6lwYMyHqDVptkzEQQnhTsUnabEjgfflOLt7EcIosHqi9Qj/g
LuVYfbzT9t2ucSJRMSAq7TInnTbmeHkUKArdgZoDdHpFariZ1PuGWwnL6kn/aXJKt3WN8wTHM/3AlzuccIGRJnyQDBC8mc9x
Bb4P9iklTepyYec3mwanaG+d0iqNSQ3pU9oCrRWL4A9zAa2++EPs09uNn7937V723lciDzcagbnP3Y2lfrz51JUWvv/o/cTl
H63Orlhuaof6zI/leJDOz/y1X4qub91KyNuRwc7OUdrbMDj5UeWoHitUwxl/xUlnB7LXVvTAiUK1oa7vcKlAnR2TtwNbP2VJ
MH208rEl71gnrOAHbVLZZ2xdH3hczoNaWqFxO266ryHATrexsKU2H7tIUI16MDNjWHWjGmZ0tQuyBqENcEVECNDWEmW9hmmi
Zx0wI+NHOhsxr7SDmE4lWcKJigUzaDL369Zuu6FYQZBIe/3PrMcUW72vBZlsNetMtWlZJM6Y12KGXl5aFh8XgIB4DaD0Tcg4
sLcfliBYrXS4GLPj0GlifV0NMhVo9zEyk+IVGEOwmQgG3ByB4V8uH5+kYw3rmjxYFeZtgv1G98gRBcePHA6niXtjsD1N+GTn
jl9POGpMvazfVdanRkF4NEtgKN5v1S6Kdu3il2AAszQ1ztU0iZaUk/uS43m32sdeBBFXP4WwsDFyMa8pn7GBkonycm6Yy2br
ASfkKKj0LFBAPkorawU9v9B5QA0nYnD8nSunpOssTF/XxR+M7CMA2fvoJ/i8OzBwsOR5wmgbT+le+wLwpPKoVnce+Dt8IJiP
rgxhmRAZOSFHGGE2Dl4lWh16AdN13151irk7fLOzhpeZraw8f6O+HfdMG15AkHZAyc/s83xNL6vhVWO6/DmdlIsVtAhTWhUU
jBaMOrBRBjRaL7rxrV6gPbih3JpSdFhKdwK8BmwZNL+TN5pHuzPq9mYhwvxahYAMqi2iMOwpSrqiljboPCCgcH6fvcse6Z1I
Q48ypKJZ5Gx8Ct3AL/bO7PWZ8sHS2fWkuSz8zJkYOyTGF3Hj73mfbeAD3+i+NudxOKDkwlQJOkI2It4EUxdGUJcQSZJGxisW
f3TTauzuV9RQxtc8Pve6AqUoxxrliEsuXZPQP2U80UFFNmdbjisDccDx4CV0Pj052hRbEmXI9LO21WcABqPimMUhqIBuALBf
dm9VIQz1ghQODBzXXwJgFBp6CYpCFowJEHXZIGHdBjkAFEu70H3Xg+cHuh0Jr4WGMOrwEj9hEYZp8Gwd7xu45B7E6lgdHh4b
vHhpyDTEVsf0Y1az9vpgXxX/SrlxseTu+/I+8u+/yT463m9LSQ4oIa4+X/tDK+o8NbE/+VVfc8KSP1U79R1F9c7/fh+Xukj7
TTQP8uLZ/9MT0OsoPQK0znwHKh+chHmQrLmY19uKOuV1bIcB8I5ZEUhV1SJ7LjC3dPBz/PuVF806lkolBowM2z4+WBd2e0fx
B/mX13ZcfWLw9lRv0jlauRQauH/qT1dsXyj5dlNf4BzdrTH9V3f/7stOZaVwDLvwZ6X0a95CZPMd3qIjKTMA9jdDVcN4lhEr
MmU3y5DQ9JWp1+0Yhr2sAORb8gWjztc1RjVKJt7bIdxsf69D0+RzLg84BIoWiLdaXhob8oldhioBfH4iN6CQ9QoCmc4VB0fN
/RJltoDWQWcuhjAGaCiCKwKCPeAg9y1LABx+8U8G/qzEf/3tIit/q3ziK9UL+dbDtzGTrfVHQJf31S/9ZuM/Pae+9YWhN6yT
7p1X/YM+qw375sHJ/Ph/O/Wvjs/mZOnBSR2cHtDo3utp+oefgaTUyhMSCuXqL7qWDz9B801Ms37/vySO9dzMqnZ+yyrWF+7z
K5Gl6P9yUU9/9MohcFLaGN7vH/GOfVmWfvvbwEe/Jhd5cOM58Buhme5m4bR2UvZZvnxxR16PvSSLn/GAVeXr+6V/+4577+3o
XoXc9T2i/7lVuSSIvRKVPv6vuR/+QPqibCx1651jXNcaICjD5KjKXbxHrG2fEuA2fkZpX8JyloSl1c2+qDyMN/achdUVT8HQ
bNfDd5JDu3/x6+Gu5s6jS/+5SO48tR10xmwXs+df96UWqt/432yeoe67kT8Ya1n3GCK7NQE98Qj3iJPVm8scLxc7qXj1JCvs
uQG2FXbWkuQ6eJqn+s4K99T7MCDkyrnPqZxUvn8wCG6nwo20ypmbX2wMe8BiONp/VMQcilkaxIz8ZAVg+Vb/2dPwM6+q5aa7
jZph/Vnn9tzrbQgQah47w7thOJ20OhEzQwHYKftsN/412467VTTfh9/kOnZ7i8KIoc+9JOBg2nOGcvogBDCT54FTTh2c0rU/
wF+8YG1W8EAhSx0pUEVfedj4dDWUebpUS5Vq9f5kpbGYAlXXvIvv7GP7bWYHa7HTpZ8ZP2cCzpuhXYPeiiyXZGfUXPLOwFZT
KHSI9lToUvmpyjSHRbJ9D6wRFt504AWf8U0ha2HWBTY15jLb+wYsQ0ZuHeTWa9WeDjoomkidZ3NjCmhLdAkCyZjKYrcOViDt
JmU7KWqq3oSZXgapFUjtwsuw2W1DhtI6ldVcaJVuGGf5GN3Yb5ouRKL1oJNNxfTttVOYk+5Y0KRD7pZrSi7a8dm0nXpdrahH
tU3+WEOIwmDZ0S/ocU9QV5bnMXdmx58rP14vNpOxvm12D++iuz3vrFAqqGeN9kbqp8/j+5gkCZVScq1QNrQwX+vk7ZQ9OZLZ
PzAVnJ3S9mMAXJ/n0ByNlxW/ojiLioZ7249cHo0v2uDHwKYuQBxxd/LHdUOdWWbz2xHN7Fa7qW3KvlgWIsoBYJs37/hf2TB/
aro0ZUJ+KQjLzP/aBiYBdbC99dt5QNRMpkbFihFHZB0qjy0/EKXyYHJ6Hx7NmMnLmzg+cngPVQqz6pzc043ZXqTuvT+lP1+4
5ek93L/Vaj9EBc2XE8fXAzeglQDsCUeNVmFH6aI1T6wTJ12nbAgGbSiXN4lr2fykbAFOBCkXZTTyqFOCN8fDplm4aXflTiYz
dtIF2dPWsgPiD88/XQQH1wafWp9MDvf+bc8OunQwUnlP8BWOIWc7JrvylNJ6zpOK1OfOb42ieeOnY3C9F6lptnSfddDc/zFY
9WNkx7PsYwab7g/TSe/+iv3m4eFJFVnoqwxQ5AJPOC073T9jQ5WrduSEnqzuuHadjtRpv8yMo8rLjcyG9RSEuH76WIeh//5j
OnuUzZZlfQJQ58DrcyPmcoWGgaPj7+SCRZMIcHGz8A9wYNJXwxvZfZPSOF0KPkSOx+ACFAsifOw+L+5lgV8Q/ufKWMq2mJUa
EatwpnOXbVw+TLOYGUtes3wwcHlkOUIsL1UHeS9Gftnq7N+2dIu3TrH4erQBvXQMSrzNWExKMA5dGak/aHIuEFGK1Ul/H2wc
Ot7tyw087X7xbkfgF/aGjtVdn64wBgMx+hHoIo7AOK1VhHb7lg0Bgr7KGiI+UFcx7VGssK1wcMEMpW63ZnsfcnptLbauoyWF
H7QxY5wkb8hLoB0rxbKSUlWOdg+mVGrFxt5oOJ39yQEsd3j4APjVoanXVm7t/DPZcsBVMcQcOjyeputeT8rZAN5DZ78o2tcy
IWhfljc+rvbD/Qfa1r3BPfdQs8dyMF5pDzyc9RH2SL236rK6ib2wHJet2pDkZ0ecptIRg268RQHMFh2+3FSnmyKEKQ1LRQma
mzShl1o1yySzhQiIjRiFb0mqJeUtlNQAk2v319IPPUD+iLI95J4B+zv1fzBTcX1OsNfqBvdR1rxj9aKMg4S7yryVN5GsmEy0
FSJSci8PJgwB785+FHJPzlTqzru7iNbJ+btvN+Mica2LA+ZPFG80zItD4gvWBH1un1XbDQ8RjzqSJzOnqXQ8dTtiDw1rL4IT
vCdu5k4kv+G2ItO7poHT40fy2xRvc2P89mfBMbPgpLAu8jX5JdyCGMQLoJaxWF9NYiPfeKYxdKexsGLxzBmMvMa3oVAypOgh
U7aeVCH9yMOsg9YluG4lHCHiSBcNhk+m4KGkXTKFynoZjRoppYAsAgUognW8H6cNfS+RdtEVLBCJtSU8brZUoXRZJ3W5afXu
MklBQUnTZaRRt8sEaY+eyJmamMP9oF2C/Jpr4MozJrgbDJsI2dOGSjRirJJKd6e2+8BigHqJiGAnzEoNw45gSYHgUNM1M7BV
EmoQPiNl8HUlD4TCLfRj89NKpGS/dXQCxo0ErDvVZsswAKzOY/dMU/kO1znYRAuOU3j3WWLRWtEVMOcsx/Ceg54B606TcLHr
y+1rCQBqZT0kOEPA0X59umHvNWDFMa/TmK3i2M8i0YZkqaPuXSnCeTyat/3YBZ4yqz2z37v45tkTXkv56rkLx/8QLlt+cdaR
R2BJ1Z+z+MSJqclLXScHR3z/CnS81g9OPW+P81Wf5dwbFxgT7OKHLSzEmvF4HVINkI81LrA2/lTVof8GAeShARSEYeukCeer
jRe+Sg/ob7r+RdZ8DgD6VWEHWEgDrUco3FkgYBM9Kwf8nLpU3zSPt5MN8GDn+YV7HVkJybXyyRzeDYy0V0YgH+TavDv+3kop
TeJW4lftoPK0rWM3Vtvy6lo5uYAjB6152QffC2gfaNw22UaBDKlne6PN7txWqKA+sIwZVLq6N78pmc3zPC8K2LQFS7Z3mkzZ
HBVDG+JtO0BAPBsxhSmXbR9rgv4hEoIpUC7I7MnuAQTWjuKmLojkDLpB1LJ+KYD51buXZWY5tos9Wq2FossmEjligeuWRghO
trWwVA+0blTLmrVzU3vKx+lYUQj8TO/jqgb805oF/NA0YFk+enNs6VZ89HbUl+N/2UUPB3zHlyg4t39adpbk12eloMqTzX35
XKYtN+ZmbXPlKDDE0l+q7ZrV5omTpVuPuvFzSrpTqZ6JDiME5OhgYx8fO/O+WyHa0+wXUO/6RcUYcR6DrS+xQk/wBFysfO1E
QYGy+War2sdlVgcq8eTjdj/ST6GljazZ1m5Npl83ljxMA8nWgBnHfD9lEMz1EuNcrgT3XynmiDf/pZnbC5FxYhXyWqo7Wndl
9qrF0RP/RLq5zsMJBvHG7e+dsve4D1/Z3eV+bAEg+Op7zbR0xXFFcE9/XHA5bV3vXO8voPcJNzY3ACu7Gc6qkHQMufMejEyT
ppVIZ50kjgmlSG2vueC6qJRT72r07OMLRx+gs7upjf6+k9NfedAbtqYzQxu/f/LcSWbr9Fqu/Ch45b38ZO4UeiZCD5/ruLEx
QoTG0MFT4y+iF4DsltfrrhZrPfUyDn1teUWhn7G42P2hEmB/69WRPuule4bJXYbQYCTy/OLR87/fJZlMp9fYJpb2mR4CJ25F
9qDaZ1rXv/MmbZS+MiSnRC/ZqRniOJqu4kSLQ6gcrxR4Ijlcqw3RcK1tbav1CaktrOoJspJ3pJ9JUVCl10UFMGIFFNMRAtRI
yNavDU6oBmsCFJMCBM205wRuJnDjPIz3DPSP4yNeN9QLmnoRbMLwQnhPHwyyqKevh8oVZc+D18bVvJfNk9sFcOkEstNcImP2
Wwlc+R1lnn0uQ674ipAQd7ehSjTcdct3tefuXNePPyn1OznCSCCo9JEONedlvX4vtcbNfoFMd2YzFu5xk10AlBVcZ7KdYezG
uV/adDqbNqsxguLv4/aD9XyWUiUwZxX4kKqQ15Pt3F8vf9hyacisUb7haj02ZSOpzBVHS24ora5Diw9OIEfQQN4osaWF6lzC
m9ITWmhmuhlsbCYN/RYWq3QqiyX8c9uQsf/E0r5LFktaqCAnw/N73NcX6jGNpJrCac2qV3ON8E8fwwszn7SBbMaT/00I7nJs
HabFnc0t61vStXYtJGJ4zc/tGe8ufCbXYGde/frS6jtjg3T8HpBLqQ8WN1NXb38vHtz/ncmRyWaRe8L2eNkYGJ8Ba7Hnc77m
yNVNq4wmuw4XXAf+08UG81LfsnALQFKR3j03Tocb8WTt8W2VYQImw6b1HE+4CQmoezBG8nlBaNBp/txJmgFGS43z3Sdwzgn0
Os8edL+F8/KoSZ3A3ZBFeYU8oz7LGta4EAraqFsEZa992ju13NZ80Xehd6oHzdrgyUlfTvd9SYQuni3I2ZeA26LH03O4Onwj
OD9u2lftSzeHRMLJpBmePMTl5ruNQms1GpEu78L1FqfjTKsFzTgdFcXa7MDOJpa6waMifDSCPZFJG5RAGT7R5HhSmwc4Mm6g
0INwqtzcihS3V8vR9pJASWs5w6BQG+4SgWov2hZtiuA4YkWkgQFCGeQ3GjzWVLXG1jCEwZBOP2/fLLPO0daAJWx+hokX5Syw
j0q6jQbzWzV8N4swUaXcGsyLPgzXCoG9dgvOtMXQyotPe3IlUC5ezKQHj56vLpPVDWWgYmqVOGi+Kgmdvkh11ePr2c+Be7Tf
GCe3Y3vlgXS8lhWaa/FA/3QbfOdJ6NhLP+pg7eWVemm7/nqMiC+eAFdg5spCaesUoyprsUiXed7TKFeelPd+2SxcbjcTck71
YtjGED8bNxMTE680Fr3HP4P4LkqmSbgfNyue8tT4q39kO7zgOz7SOUZOWt0uq47T7Ctj7PPCi/jpiFAc9pypj9bu0+i9HqGz
v624WyakfSnj+2A+QGFOlOy7ItqyzUloIMmVMeIeK2DJysH5/cZM1ft36tqnywbJBIj9KlheJITOHkeo0TuJzic1rNLu7SaN
poYus7JLbVFKPgRyyjzTVnoyLe7nvCjbDjF+fZeUhYZs5mCDBpF2inC1l4A1Zfqh5eNmw2TCU1Q1YFjYDpvvhJpNG1+y4SUA
vWUxKkeY24ZFIkq/E4/5Sqhme2KWa1WJrcfJzQMTh2DqmsVMqWgqYeGUoJSWNlGhwddqtFpuH1rbEY9et6j0xGg5Fd3wuSur
C/susOfg8/nG0qqoXG276/lS1tq6yaJI07g6rjVqG0xT4K6Ukepi51r7oUGvOW9nnm0rd8HZscVj+5fvuGyFO8ce3r33j2V7
nuUzSv7XvuTWbfPNxjsLhi0TCnw+ntq85qYWV0vXa7Mfils3yurP/cUFbWjAF1ttGgsQ7cu2usn0fs4sNayH1nv9XH8FMkIZ
NDmknlZoRdo1N0Un2opZoAWbv7PmP19J7ngHXj4EtoUe4CZqFzYqknHl/iPfa0HyjkAnUDh2ZPxkLHG/xjmhf6Zzmf7bIxxo
dKrabmYb1zhEzhfKX9KmgF/EG0oUYR2hiiw/ZvxUJa13Op/uGfoCAn7PUC9SqghjABJu5wgW5VSGnvFg1ZTC+tkOXtG74CZO
5HPmtnrXZRLjd7bFdsb8RLzcprQEZWrTsqbrCAt1mhairWsWWK41pztAJxKD6/dDKiGaG888saiyzAO9mFZOxWUpXVyJxkQC
l8V0R2+WpBoMFT1TJBrXGzrQeeay6genOi2wbZkwmII6KxXMy5NYZvH3FONyWgnPSVin1tfVb6TdgYdn5pKlZF1SuMiBjGFg
XGMFIs4WbBwUzsWy1QKFNEfWTOjBSpfwQK9yC4nS+jSTqDQ64pDwCA9vNj5YFiKdg5jat5LMDXbkShk+XDm0mA7hy5b0wdE2
KxJzM16lw3Twf5rrVvTtovnnFbd9yGwitb/GUzfbWHCK8xrukqmA6wrbD0dOD2fHmmLpcD2xxYIhuumZbine+/2lULnA0oFk
/WAQY6/G7h4zUUFaTo72+XXRzYbqjb0zrQriUjdcxg8Vh69wA5hJZYnuZNPW3tesdwyeesLptp3IWjleoWLMMoGB+xCXBdtP
TBJIbKgkg1/VkHKmcncgYLKZKg/JWUuVE59JJYVR0adWDMvkASzct2jK7SJLEgHK8C9U15JD9lbdnEXv7/JrkoyyJlx31usv
6IXrNg7gUB12OK/yDB/DKMu0XWLoVlsFMraCeyxAsnUJdDT92ajCZotVcYshnMU2mILVUrq/XeeBOsIHGmlb/eM2i+wGktZf
AdXqIrifCLSVQoY6PJ1btuweJSOzR51yMprbT/uP7sfhwNZHh4GduLyVan5clFPTCf1vEwl358MPBnem9VqJruaXHuaXsvSL
d7+yGNP+evMflUIwltlWIg3mit277WjVXv3YWF+u+5W1uaAcvuqvm3J3u8hTIOzELh+/ZHmjj9j91fAXvvWc0SIenyq1cfNJ
hRzFj6vdA+eP9U4OgX1vGvBrx6A3vyE1z6S9yuTYF7Rg31Ru0t6xVU8P1pusUBb0g+r6kEIyPgg/8+rcxok3j7Uw5JOLWZEq
txL7Qzsn1wc2P+mX1ypnnvsqArAbMnu7YKpPx5ymhdt1/1aT2W5EiUE9ZW/5w8MzCzqCFso7of772MnB7tRl/Z6LdoTv2j9Y
D/mtnpNGmCWUWwWD3T3k6nPlROqTQ/B+Yw10A6mK9LeATGo8kI8V6YLjXhkyUvVHhduoROiJnLklaD1iqgFzuh70IrVOR6zj
ySOyEmk+0WEN0Eo5Mwrb33hGlUbguPUv2BQOlWQe6483AiA/3xWdMlV1hfDuc4lCEDoAd94rFo8eP9av7UuP/YmkTdmDhA/Q
ULC+VKvUmpkfVrY4FvWu5nJ/Ly/vLF2rf7ibMIfDRnWZNfELba89G3yxNzRPm+/n3Yva4xZib015Vgrgh7HTHFAoffapsiLW
4FbS7/hZnckczGJSp1TXk/wl7cjSXqfGIqVHikgxapAtTgReetNp5YYU+2Xv+ZuugpauFoavOoNTLDiEOfOPf2NR6en0yt3Z
if4SgmbCgHg4ouYjeJn1fygf6/SRhBCjgd4Ffoj/MukfwA2406bqg/fGbag9sM6FPfNiMvmWPiJ9/l9T5qNbQMvysz7XwL0I
MrKeW/CdeDN1vX5VLTvyHHzobO6ddw2Pud6O/NPQtBPAeui0tqP/1XDk9vCnsabvZfdzV2/jBlM3DxDTTiewvNH0uGiZxRdi
Ohnhu4Na+59Rtbt4FAR/1nniGgP1RN6Y3j/yLN3veRgJl0lX//ZzEWLmcnqHjxgCi7BH7dKW9fH9/QWXfKVGnMRaH3bXjhLO
RtnlUTmr5bRGzRbW+XCcG4uWYpyzZgkd0mq1uFcu/jj0JHzlFtN8ou4lmTtbQ4mDm8zyJ3nsd008zXvvTy8+TKHI48CpK9uP
DneHEtHc4/l4AmpyM7VRPVmWd/Y0I6fu6xURDnDZCNdTy0p1NuPa6Urk1eAhGylW9ehkxr6yvmTfKSzFlvOrip5g1/EGZJhL
3QbWK1jgPaHt4tAuDWiN14W2nbePwiJEIDhOYEVoGBCAY2yn263TJKCQuoAYFhCQHzBoz8pz3aWfDitZ4UbMvNalrNFRV8ia
qyD538I3a2fajvvuRL6VcXCEPvvJwN5AY3I/O7AjZ8bsEuVgNRPwCCTbG7UJJOaeQTZ7HcEKrRueAwReUZEyBhvIxoTTPRYz
m3Fx8dCSNFRwfp1azB/VIPOgLSAJSFaHbPtRkF2uPiliKe0271JA/SMc3OVLJR6XIBGGZNmHSFpBABWnNKawgHrLtywYSpPf
yaDcPd7kvsVDUGHjHpil+EV0l4XQMA8bOJPjaeZZZToccsikkT22cSHXSaGjOj+I1mtSZcS/TTkLgbIib8YDB2vlTK6fCzwj
54QvCaw0tspbG92lbDVoMy9uZAVcbbwnR5fu3JALiUZlbvOKaDEfLvGG69G+uBBYMT25s7P3INuM6M/4w8SFEnF9Y4pW2suN
yhFERwrs+lSAvpH+O3rPW92ON5aVaS359DSoRjGLjlzcTeQ0z4u+usXrM1HgQRdg4QdPvMDl4hesWnPCER58gzR14njkm/3S
V+tv93C+Y429jJm8tLhudufQIWP2ru90TRh1pX6B/Epk2IbPe763aow+J5heeD7SSnRDANTb7Qv9cvJuJH9c+VQlAj8eULFh
7noRA60UU9bojl7bZeR/XsDLgmGGjQZg/JUT95IQyAiKcKZ9u2OApmISfkiUkWQIC+ZKqqHA5K6stOdIGHBiZCVArrYW0+oj
sYVilts8/hg3qi5IpWpULS4YKkSI3Ba4LCeYTdZZAREbpT/jXZ2S8hol/iMsElofqyAISmB4zCSMMDZfUso1G558OO3I2igS
peV9tdLjGqAgkqaf9dpcyxxbGayNC/KEVz7rhuLJpvSRFojLiYRmdAj5Kp7qNMV6swb7WmWcpDl+a9m7GOJkNrdfvN/artEI
Hgm2BuY+0MybzPLatTL9w/BGcMd52DOWzy+VboR3Q9PhJ4/0vePLqSPpoTY7k/LfW7hv2kd/tfyjcju1sDZISdkea0OcsmmY
9XnWw3bULtO5PhOF10cH6XOcRijjYD7Rd3zgpAhbMNeY85SzBMFT4JYTrJo80OSjJ1Uq1y8ae36k68MnEPdauC+QW8Hx7iY+
dFdVoo1jVgcvtAr2aYHFY/H5V6qd62XXp7pzOw2SWhA9qGm0YTT19zmXeidaxx9UoRabsGLAHoy+32wOom29zaSwqlisyqDt
cJ1ugct8VwA42k7gmtZWqgzIzWF446CFKb8wP9V+nUauaPGqBQnU1TlIvYuBgu4wpLgl43YJaiqktzr7mHgoFsu0ucsKxw0X
wpWrON9jbjbG7B828Fwsh45AJm5O6aPBtknDnoEQdTWDc3VC736hg4AOyHzCCr42UufzXTicjhHagNOaGIQt0evtnk8Fud6U
QBYX7U4DHMA4hYJbXB/bWdPTaLFxsX8ZpWhYyAmxjN3JFQj2kM7NEcDxw6PVT5+ECtD1PPtTLX4ZbdV2L1QqyeY6Hc8kNiy7
a1VXlG/du8Nu36GD6bvaez+L42JyTxupJZNn0iljpJhJGMNoCpQ1pNedOl/QBMjgJBXYKR1Rq9lY1Vk5ehZJc/5lFfH3dcpU
oByeW3mCsqxTzqAgUMlDxj8cLrm/sm2KNMMRCExG9NnR+Hr9WVo/qETmTX63gKDyJri9k4GlGViN67UvtI4rc/mmvg0K9sOy
JGXBFBmilRpbWTDkXRFKQWqVMDpqDwpIxTWcAZlOQziydjfpPTlGJtUy78ltGQ1No5R2jKxksuDtZqsOLLCPCas43UGXwNgG
jQulENF5toQpgBG5AS/k/PpgR6w01TTV8tA2KyEAZYtewrvkqhGX1DrX7Kl2MARs9pjiNpLmdS2XnXq1M4Y0Wzr6dYOURGG4
5iruPjv9JuOLS2tcadCCdR2jHNu2BrIQ69uXcsd4TxrDuSlh5XUN70I6SqOnjV4wXPBOL+D0KF7MGdHjxORJ/IVJrcIemF1Y
IOgSXmKO8g8qx7y4KMPjkeaFRaulV0qvJ8B11wVvy9v/dD+R1aY4jc4NmHCxPfbZ1iP9xJFdcF78DcjREXSeZa2c3oWeJe0y
+0CChk6S+oDeNFyyhuPoFzDXkHKoeghE4AtKCU2ekFqweXMf7qLHk/OXS6365tXGwRvhxg8y8Ct2+HrJlO85vcXpLh3K8OUL
e1HUqYR2jMdWYmhtEb2dARwnChn3erptXpYk74xuQGvbsXyig2Zqs8+u1ITGH8KdXTOmYi0UiDq3VVuOK3/QvQJbLazVsrkf
boNEGpAgTA7iuJiLAvQilDKW94wE4iJ0dbbuilHWWtDGqW1bbwtJaVqZinVTO6qqQatmwggYpAgiiYYNwCiTvBFluEs2Xqpu
yvP2kqLJZrFjblCvWFtKs791OCq47KBL1b/ZTpgzUH9TMfEwZOG7ktE2kFsG0P77abtpQQk5dhuxbIsnNU8Qd93Mqg/GqGcY
advNRowHL20l58Dvthn+cO9K5GqAwDF+6Rdlrbmx5ZSC217MmDXoRhLmzEd2BK9AleYBlNTcvPKk8dxSJnPJfWh06pnWULrl
381O/4Zo48yaJ/e0n5r6vAPrSQ/3oivoqKgcq3zOeSE5GXF49PNj1KibMR2HbfSr2CThmTQmLtXe7NGdrw0mT1sGrUTl9WJw
bKI4gDZF5sKl9EaZi1exoHp4jHMVj/O48sbq+rnPnXsK4cCJlY6v0l5eeu3gzG6/Ehnk9qpvv/aNE8aTbaizsuJIz+z2uDev
BYKbXC0lz2NdkHiivFD3bWRQlFg7mr5pTQFTI8j6p/k16679yQzun56JWfsuFPb0btG1gWx7a0IjX0gn33vIPWrFIKpVgcvr
/9/PFaOizG5PtblM2SKhjUdr4B1caZS05TLizqA/ytG21Bbbp/WTHeH16B5YXN950Lufw9tBrXgY40v9cbWzbX7QKd4ZUq3K
bjPooF3I8XktOttgFGdfKFoVgzO3i70za8v11kPBnCikmVo8RKjB3NGjT3U7frMlXREWxES4Y7FsbM49uGK5X167nEzeV0sl
ECgUFnscfs5k//DQ113JeoYKot0Yzx8vdQ0O2e//EgeFc5hc8v0fvZbsiz3w8cPGK09BYaR6Y3DiqHTylHXCTbZ8dm7cWWpw
A+O8V/PQgEtXeo4lxtiJjqvHJgydHB+uE8y+g3W8ZTtjICf3T5wesiuvWt80Xjsz8vqkvyjIh5+h+m6TJjIG5z5bPd7Ddz3I
lM4tVvv7/6XeecFjmnzSO7R8Im6bMlHej0wzffeFdOP5xn3+7e8MDfaGm4aj9pv23p3u/p7NW3P92S+g8UrKmTwOK8aDLyoL
jh5vz85ngwu/1bR01Xtu3iK3sY+8t5b7j0Id/TeHXu3Mib2drGBFbopWhInugE5Qu86vAAoRBs03gepPvKJNPsK8P3NdwbtI
YzFkDZruAjfS2JKRqAs2K6gfoFBModitkKLKlrvN7KH8xP5EQaV36lBTJzwZosh3OM8uTpvqZn6wq1Ek+PazSwJVHtNYsWER
EkbjgXgE/KrYhBD2I/pHpWow6KcsXKDR6NN2WVs02xYlTMkXJUBswa5ytAEWrPXywPZMqoyy1lTcVZ2ByAS7izNzO9Eyyvcd
dm73EOJ6KZkH7ev9Qs0Vc4b/iU7pDvzo6V8MPYrH+fXW5L0NZgWciqg+umus6YLzSpQKibAI18EByCh4aCFLt8+cH2lF+oFM
zWcPcl1ovWHWcl9Usx4LYNEWQnJcK+y2b3RM5OZUh5/pNjUjmyw6/6Kxv8dZoqYdHj38vO0hNF5HcrZCsfxAaZOg/2PXP/YV
hrjl3iBePQm2VNNBzYLvgIjo33M6DpFtaJZGgrALl02LDrJHhUqcFacedluHvJtO1GTIeteMFHHFbMaikhV5pI9sMDoKGDD+
NKFg4Ua4XdqGj1QT/j/eXw0/zuU1XDFqujSpVhUYanbv6QHIDqIdU8oIwGacpQBJN2RN0Q9HKdBTS2MHMThSsuAYThgYS/Im
uYPgNF1E9RKkMtaubZ7Qi6BSk6ItCiYlWaIpIrIrPT4IHqQ6f72h/r8Nl4dzXdd9oG+/9/Xe8B46iE4SoNhEiVQvthzLJS6x
4zgbO5u1d2Y32d3MZjKb1XB2Z5PsrrNxEseOZEuKCiVLpESKJAgCIAiA6P09AA+vAa/3cl+5vS7/gDNzzszvfL/vk1Ir+mgo
xXkyMCo+UOSQMQhRi/t3/MwX67BOye/sJoEYIx6YGtdpfZmIHmwLVOD4wH5/wb+6vbDCbezkq7n8neb4drwVWF/RHkZzkYPV
R29/no+hS2r8t++8v5YO6xfmD6kwWUgcbpz1h7aVAw/fuHsQ5rfX2AbJQyUmkLIYUoUiZxMzNriULRc0IegQOGIj++necKtY
CnCl6H6R5bD98eBDbVsD0NcfTXY+VUoSzsZ76HVWQ7d8tTHHvHCSIG2jT601t43qFONz+7IPT6YTkycGQkxo91dOwTzU+H9x
RN2B+azAqdLdJY55bxGPgaRBC+ZVZdcApKUaR5EkWG9M0RRsRZaxhKnYbLnAXOsQFCo8TjBAKQbDeMlg09Tkh+oHMfRWpYyg
ugCuoRn10CBJsDXaqIkHqqqxVO+Lb3IJOUHo+IZqMANi1+qSxnQbg5W3RtrbDmt5sBbvoiHQBxJjfVS90k1FVIN8l2bmfKpl
FDWtGjr31ZZ3rdG+gNIsSBPiPwgeMY57dEzvOHYvWoZCYj0nbWAtk+ht5N2KoiV1mtX8WjvVVF1OzeOcvEktwY2GRnwzbyFc
Tnhl3iv80m/KrxWD62FNYmo7XzngFntcxb0Hu5/rgo9xHFlG63vrBb+hicmTraW3wzBy79ZOOBImpLTFT3/BnbiWJ4klJhnc
urkfX89n5nqOrJqUH5xt2ipRfc68uT9fW30wIyd5gN8jJ8CKL9tM1X5WpyJQagCdLBmXOmU1uo9Zkiug8grn3STXENyRhTp+
CZH5UqfDtcw3+jx31bqyt/S3z4LsQtGTk6rvh1UduImtkmy1wJTwaYlgdwMRZqegqs0lCpM39HAqkwzrFYyqxrF5aLdRRwCt
UpuHwJqWrseORVFUaPhzjtd/btRBKQhDbxcm5f0mNJUHVjFwXsAWDGgCsOOMyaP323ibASUTMVOaisG7KW5WU8pbXPqNzOOa
e6xtEnWR158Wkm6slQtiLSsFkrC91w7+gcXWZ3Nal1F6mNdr21/8/dYTnlPOoae7Gj5EJuDR42ojMx5QGOC4T2c8t7VO3Nxr
YBQpNNEQJiZRa2xfFei4ZSjB7nWEJZSs6vOiXtbXivFCy0HFTO8lg76+T64Lx594//4f8/mZe/8nenWSKF89fdOfmbr5RfAw
vLb0c8NKSbkKmH9ljPYMv8UfPO8pa9+NEZnKz3fEmmE2h8rHdapu2Tl2vcFiy9wBN3Sa615Djet6VGtzBen4G3soUXu5MQsd
s20V1vyGpv/CziVtxfh+3o/Lop42gg31g5SkRkI75i9VdYebH/ohefVQ/GgguUQ25fpu/OhY2jZwIhQLsF9sBBR6D9pbgcsX
S6fqn6VkWFEl7VqpRDNCRcnllaha30HpHVaZ12LbWqXF61U6GNqCFDUHakW7lBK2NoF7tky5pOjrHwoJ9L4MSTfa08o/1a9L
LVac5fZ7QGSb4+7bdjYgsSGbnIUJVNEAmE49C1Hhh2B8N78pZY9A0MO5QANrK8lmfKwPwc53sHIbcMmwgzJmXIuUs4bBY5WF
Lx3ZLvOnBBjRDhtluNyudKGW2jgrcrhRTztbVTl1YHAPVWR6uZC8mQXK9KWIta409c9k0dluMw9u5LRjEvzAUXtYF0sJZ7vc
pwDvdhWPRWdjqtp7ceDdq9Dc1Og7D9/TzF2/mr6bRsy6J67NBNXo+678Vjb6UXSby/xKlpaUDLPzfwOIe7xerNxV07/YXXgM
+Um3nutkZfoD3nSuy+HNrTrOfO+yU5R28RRusH2nX+3odOp4a+cljc3LAKfw7pEO6+UfoM4/o08XTwLQowBsXe6I317Px+Kf
lI6Wx+jShBg455LCSU1Wc/ZOg9UparoVPBVMEiZld6l10yp3rE+pG1zE0B8KYofBJLBYUDQ3xCo7dby161epQ2Ff7uODhfyn
VfEGzJcbZSg76fm1ZE5L8YT690AOn9qStwLRmIyUlJ2SvbWQ06zu1i3Co9RsbCvZyHp0hIPdRFh4rw0s8EwDmCXdUJ7XgYCo
S8h6BTAUqS08qxJgWkF0Wqm9kWJfP+D1KNHWLC4KwVQ/AOOvNuVa03jG04CNZ1TDcyictpsq4msZvHOQ7v5KcQx8zWk0hrBd
Hk778Xr6PQOMpHfywL/kW81CfcCgawLumiE9/+IuL1Zu6f2Pr94mDCSDsRnNR3zr7QdgMuM5qfu4mFk/B5YXLrzzwu2N7Ylw
MzAfNq++8fK3XTFySZgJ9F4ZgzcqchYYOqtvgxBudnl+frDgPbujLbz92X6nEn1aGxx8tvSD3/GFNv7g+60G8gpqubz9XO8f
f/pdfGww99Wx466vf/97lhefB348+rWftr3GSG/A/+bpLwnuH+p82q//+fPfP7sf7ezOezD2FHX+7CJVqh/gmB+MjjZdqSGK
4l7cXR67eLYB68g+knGp2s/3L2+P73sTdEc0efytF792Lrs6gyD1fzRv/d2m0cKHb/k/I5Oh+EO9hZS+tL4c8E0WYDO/sHvn
E+Uu5xjlE+/PVcxLTuozaaYaDlHWV4UDt72Y/98k095S+NcOqa2528ivy10NWwY9MZV+CxpSMChV+V+3HyfcQclSY7gPAnBS
ZDMCd8MtlYNAteAh3zYV8+1vGW2jrvSxu3AIHqWkBbmj3A421ovWb0x3dyTXK8Vz74EDvcl6+7Xdp7k5Dzpf26aN/B/ndjJN
ea+22OSXV1fEDzeP2uFUPCp9SCNwlo396yMk8Opva/hNw9Ea+Sk+qpbj9x6Fn4qie+/s5e6vS9hFtGXfvHS+1tOLMpH+0fpT
otdg0bDuJ57d7z/l8g7iNr39xfPdzoEfv/6DJy8Ped/oOP3DL5nUbzxz9qXzEP7cT7xPRbpbncTxMJJBJLO35pZ76wij1+0P
Zj0n+qjrg+Z6l9nR1i6T7foEfE471GuOHUAtb6Q5VPDSl8e85/8dXODtyn/q/PcA/fSV50aOvgWefIk8KdS3vpdizC/9FwB/
tmfghejrF9ou0ObTBkv94GyhQwIleLjiY8b/68jI5fs5vX75G1p468Q4lViLdN0Y95ZS69bc+Axc/Px15WZG1zSXEeXjP3h/
oDNhjqy7PtUcwtsB54eBHPWd8V7zRGsQerPRwKBDnakqbDPUkDLdTGh5Io4J94DyYU8TJxYG3YH2JVrFYX/Lctd5LEQZ6VEs
TlWMRuTOlsZ4AzAzk7N8c874qEwH63OuNK5h/rZARxX8/XlYYv115ybSMtYN8WYfc9ttVKJEPjT2oAZVCtCdmKYIcAnHPwR0
SCj6a/HTDXly1m6TtXNobU6/TwCxasoDWIs1HUIQtvTz1UWuWfErUAx8mOGl7rZKxCdlIFv1F2s9jr10WcWyJ4rsZ2dEXbAM
zzBE40wf2Fczx/1iWe01NuA3Ly/GlyUZHC9W4n7bCKMS5RP9TiuSj20ZkriShpSjDqTFd5YUhRZ6x7vn4l0imXe57vBGjKzb
4OgrporOfJhQ//fiUU4+ioJawCG1S2i/616/o03Nm3C/Y9/0R4aCFSc03dgTb7wC64hM++lOB4TqdZ5uHX7Sec58wWocgU5e
IjjR8Okegi9jSDm+CWk3tmP03D0hRZ8AAHTL4ipRyI2sweigeNgvLhAajVKgbOu1mg/cqziRNV0GwIQaDADHj1cjU+CVjxIl
7v4DcA/grLC0qJF+A8BxrYZnFwnmIzYWt2IMXRB2iRLsUnGqWtfoXbhBVETDMcYzqglUc8a0UI8D8cYzKIFQCrysZ7aaOhxL
ATSD0XwzA0slDCXiYL0uWDQ2I0w3RQUQ0AaoNh9vPXArkkD9IWqJpXFYjZtBRBRAmjbwUdbYo7ZUSobgBrpurhE6bWM2WtSQ
UNO0WJfFbbczUysgzfAiCoVS+kA5CqJQzm4NukA1gcHQPsuqSJngWDCzJ4QbKbQxa87v1S2YFhuaPQjq1jubldtLKhg7zhjE
nCWn3tIwvpoC+7qQrU4fTky4DUv4AUABdDN/McC01IlfApmrdVDbJvp6t2DNVonZj21WiENfxH9+S78oPO1rE3bLEFz5E4vS
wUNVbuuVbI6REFZ9G0KxOngdSBeit+oio8f3lx6fE8CjYLmB3s1o6w/XxBmahD2SlWtFecWbWyQqqTmkn3tPOBTpGml7ZD0s
4XuPPTIpHgTX8YbUolm86GxCNrSnlpA/SxgnK406pmvgUkEVmi3FhBQiNQTbzCoc2qxhLJUmRay1w8kSDrWiHyarmhtaqXzL
3ai/z8VL/7LIHeUqFkuT1KVmceTOtrqXr3nnp2sZs65JxWf7PohV4T2qJ1vi9iu1JgyAtUKRXc9XPWzq7TkqWN4xfHq0YfPw
GxV0Ru5lDRjJ1mqxx19zIa9damzSeWS3tLbKb6RSVqawKuaXpBpU85IzMp9aYWLF66RBKvOIpZDcEnaLjqW8pV69f6LxQSsI
1OqlqUAlw6gC1K5dmN42a2NkemdeO36Tz9j/x5bL/GaYRlNx8RYWfSppfGQNLlLUpxbwojLLQj8LzzRhh2Hxn121jrXhX7U0
U6v7bUCf02HETb1BmxHbG0OgvZ0W+K1BQHkVQHG4mKGDp1OPirV2GAIK5X6kQ8NuorMDRdt023+fEAqHS37faBmaPswPT2El
dMKgM0ytVATLMZ8rppswnOj0PxiKrnElDCQb1ffxG0KFpmMN75vVtJTdiax/zjdZY7W1U1dHisYtYtJCgnF4lXBS5cCk1k3B
n2mYT840qjUcNeg7tCylhLgit3u7c4s0WI6+kG6Da3Wl3hjU6u2eLDZn2H/B3H/h1FGbXd/zwS44XPSsa9ljc/1cm360o20A
GFd0k1rYXf2K52x3b1tbt90LNMcNeruh5cHhDu3H2kO33trPBCoH9d61yWGTaEnj6ab3kE3DGOMwC44RruA1uGWAYyBFZHGs
PEQOaPGL3mLSYw0ZQMdVoIJ3oXTqX0XTSivh0ylRx75hJPjZCcqhjss71ZrbdoqwuxLUR7zYSRsNs45ypuOMp5jadXZWGpT7
lxG9VhImut8v5LyGYWsT+T9jhbkq8mFf66zGWxwtU12M5DZwGLww8M3+6sny1Xp0YN8FndtzM2Y/xvZHfqQR0Nbj6niqY6dR
UyUVx6v3LgNuvAnSkha+UmMR5DE/LnFU8jV9+2np0dgR12KdDff6GLImSZF2e1zetW3nwaw6V8ucsdY/810LG9rCyqxYr+6+
y6ULMOyEYw+Q5rHVVGESv+7dlLakROfp2lmNljy2opqqFrNeV908Gp579axsmxhsRrIHRX2Nl2lwUUsa75o7MEARny3hZsTW
mvjKVtcDU0XPuCgYlvas77xqAALZc6ypD3xqATTT+sYATYTFdF7gVEOI+p2iJknaashlkDsW5OyzPJnKk2m+oagZQHdLSng3
fQ3lJvSF+fM0sD492sKlYyMUAau1ktGHeVDExiIRW8tXuCHNUYNdEfmZMp51Igbv3L3kmYHrqS4hkO/sYHLzxVuN2GIz2KWn
8mf+/u8QMXhk6uGjSltlrqIVXT4vKmVXeN8CUf/blOSYZU9ocvdlQIOoSP4979A4ZOL8H3tO9ZwBKC7Ww/EY+E2eG9Webg7A
HqjL67B0dgv6898Fz73AalDSUxs4qbmUNJYvuNs+AioFsSqlaFkqxm1S/vwxsWjnuka8DCjwJyTE0GMmGnXafCJpwQaKvRrL
yQ6uG2z8wrEekNl1nYUJ2McvrWXZVNTCTzSOsW60qIYh/3D0r/FO1wxSvPnld9U+4YnJgwvhnhDR+uIp6v6h3Whs73BnW+o6
VbQkHvpGq7aU/K+jhI17WdZouzt1X2XsX7fx52z06pmfXElNjyKt/nrtfsdZo76z7XmfKLUPXiNGrYG28/qrwumEqge/+Rq6
V9W1bg9IqvU/NjTuU46XDILRpxsavqDvverLF86e7h21voDY/1trpONHhFn3FhNWqMGb5F66Pn7/gVq6uvWz40x8NnXZFXMm
1EYpU4/sRRbEkrTxIFhb/Q1WbMSi/kRbIognPnSU9j56kInwfa9P5xyaqJ823IoI6MI+kattXyjoWzgd39A3jU8b7IvWs3fF
JTFvjT9cPL1kWG4vb40eLKcfYYDhXHyzy7N5ekgT23rhytPr9bGI2rd8OnYidhI83cXYxxH76FO9gb6/TAzsjfYTZ3H7uYPT
Kf0Tt172has/umIeQ06VxzoRAIQ666ftGm3MVqpoNTjz4m5fUc+0gX0s2tHZ4wJl1AKrrosW3zmo1LHuJbq74QNh/Lyp//zx
F0OWmsaOPOJ+8ldca3Nk9T56TW4+G33x4dNF3cnTuZ6hv/qjFgAT31aBv3jxyXLJaPoyO0B4XqSiyf/4zT/9Qbf39XS8n93X
f8letozkT7U1mzAIjGAM/u3fVV8Z3PszNAzQY1btj4bcMo8av9zfhpwQmWdeP//ty0M+MXzsId64Oj928XB7YPwo49zX/NTS
LTsTD6ZsbXuKqXzl4Zk3rsotb5S1npeiTTrGa2LAmXevPitvDU7lz+X/4he7362XMHjJ/J5n5urPv/86ftWHZvwv9AlPvnM3
mztbLrlo8v9drd1J63PJ5M3ocu8PV9y9mrPWkftM7fDOx9G/4dIPz3/V0dlpL+vNI+Kp9lMojOY8Q5cTNgyksB1r5wX8VM/J
L4vfP/ufPaNgb98b5w3PGX7S33gJe/nI0N/WEfbmxx1kpzttAoy9lynlhEEjOvTdF45Otz/ut1PYuX6Du8vCFPGeYd9T5rPa
kSNVwvqecQw9LUnPXhk++0eGiqAF/33PX/Zvv/h8pgg8wzdebo4Umts/ohin8G0xMd554in4dy+vD/VZ+3TmgdrZhu6i2tPT
yyvQqT/rHHhuOQkjV1/B6789pU3s+hOGj0edx5XPkYZHoYuF5+C1fSyF3mpCocuPRn2H0vRD+Bp+IGyuGuJbpaMnhnHj9aKX
2MoeynshXnPtrXtZ/QjzaWgfgqAdXfodMb83UEFN0SvwpvmDfB0WP/TDn7Yv8Gvh5I2dfaoGGoCVfcwcUl3K5zlEWVEXuGop
PtlVwgH2n0ip1kK2DyBJCtY6HzJbZs6205PRJK08VlOCvy3OZViWrh7E4eMt5sgVymt0E/VJdi2C3ntwB5OtKwg95QwHwFS+
rELEfbwDdlkG0vbCTs1fsqedx8l8yQAOahf3nNZNsY+L3tUbpytkc4O155LpYU6bCrRdz8jRrz8LWbd7t1k5xXfaa6GftRUP
9tHUo6G7m4f7tgF923x9vGdPD+ezTXflkzTLaTP6orCDK2yhVeF9PUtKWUL3S0CT2lVgnZReGQxIG/ijULEQLeczQuVFVm42
TmmICx33rOgLnakOsGmHOtoSkt1T1tV0gxeegXUqPPrkiBclVJ4/2an2SMPNZ17gbc7BEY2cPd5qNau3KK1/InRvf2L1ILCy
mi00ysd9a1zjcI9DViNsobIR/yScuKfdaaXWr4cfFg/N/FrRGg3ga4d3j2Y9SBaQ05Gp8mHJny1no8uGvLDasOU45HiPsR8P
kfn4GolPM/+8p9ezKxvhNTHOln5evH2YsTBmUH8s8tA8orZWmGptZahUBqv8JiQyZlGWpSj0OBAIXFYgQJUrfJFtcHl8Du3g
SuUSFqsaGKmlJiHaRMogIaYkMKxbAvd2yAPWCIkav1UuStVTCmdg5kFnB3oESgpqOcJtRhPBHxWjQlFSIdW0wcJMwGCgp48l
YPNOCvIHDFvS3wAEGDfB867KMdCE5F2abvGrDlVUd7z0P1V3qMiaTi5GMcyF05lYqRDnycrVL9zCnfkGmOPgYvpjLW+oyvwi
b4wbiGrbbFmzVZusAmaqWNa8mUA0K/c1/Baf0Shko7tE8XUWSNBquGISqNBrCbQu90tD9FJQuaz/w5GMpZyB1Hwtt6jW6YTl
Ts2muqnPcDQhKQxaOnI/0Ex4ptNa4O/j/zgXDUDbKzvxvX36w6eX1On60szl6Q+y60uhmnEocgj/y+7cekj45WZAiE3fWF4O
bP3Pt+9srcCMpSRNuBbblMrNUrN5d4XNtcJJHcg0yZK3TVbJdB7QnDoOhxMMXN8/dqwe1rOleChflIpblXR0w1al47oasthK
hzYi2fwEWV45Pkoa5Y0Q+4Ux9AkqTgULPmprea4KNVNxQv/25m5sIpVLQZnlQ7UBLNK87ojFxJC9kgpkVqpcGpwzakB7cyeF
5mOeFYMV5hJ1NEPuySExlskQc0YQWcwWV66VmMpRufovZR7EGar5topySqTIfppmciVa0olHFHqrYNeTjwt13QQWmnKtBVDh
GX6bSHDsbcL6kCGoVHFwZ0+ArhlS8MICIpZzeUPsyLxG/g9UQuIG7fVaa6WOOJAMikyyh0WBad67IS82p5VIVa4+ynZltUSi
p89m1pp01vJ/UM8XTDZ04BlCHhYoVJUjVVcPcwJLXLKeNWa97d0nu1DszFcKZlOpl0R97ePJiO1sx5l4fCX/aEybmf+9ueX7
O9Xd768/QR6ll8aj9wVpVmA33zq4Gy+sb+epiPPaR6H9n5vL730B6N+rpeYTxPHHH6DrOlylbJ8VMo4EjYZbzVPaMry+OIoy
lQrk1+qaXKVc0yXRzmhjOklpmULpEx2ipBOQ+1GyP7kTw6e1FYffkGrcGRI5lV4Uy4rpYf4AsYgNNTPtVvFEFeRqnjEdQFO5
vOTuwnaSeUVL0K4s4OGqx70RHxLbJwx4QAe1GO9Ehcm17YuOggG6J7ND8EwFhaQmVIpnBmW8n2px/QpRHyet5nzoYryutbYM
+02JfyBBmj0rKC/sFUrvS7r5+hZvxPKk7slW0+0y8MJKA95rMSAm87FlYBuoMY5H4pwQK7nsIHLPr4dyiuR6/yZROLiV0s3s
YfvibkFUl+rs4kBsA0cANXuWjTc6JKtgkxek1bVVbLUKf1GmrWqfOzfezRX6BaoB9mIsMpaFO85jGk2/0dZwq2VHh+biSUlG
fS7zANuOIhqdSy8a2V4WsWLAK5QJYOHzJ6rE/pHXV3/2svfClR8vGaPdY0fQ810WY96CvcSMdAPi5dN/WAt3ffdrFwaQnhck
6GvQa9DwG+32F4TvDJ0VHEYTG5Yxzl3XmYSn2u7KLnMbnz/3zxp5wmlDN8gyDeTLVR5yyMd6Bqp5NnmJH43KYnvCEbItUhr4
kSGOLIMEMj1SyOy21Ar7eEqBTQ6oBV3Cw+jtrRgXSyZSrVDotDOhPRZbVXxVKC8BhTuDdapY1DKT+Zx+y8mDQQkFioePOoAi
GC8TmBYrE/GDgXBzJ4mLopXKUapE0tqYRtIFD1RyYXCTztmVMiVNk1r4JmhV7gAYNs0WmrNFMQJIiE4NmVsH8F6qJOlFrghn
dNsGBYD6ZjQ7eBgpVQ4+hMpFEtUYPktSsDSK2Q6OYGIQyFjvlaEqH+BhYsXsIS2myIlip9IDmDW84O01syeQ4rByUVc507cU
Y0c7Ry2O0wkHIRvdumHa1Z30dPggguiCgIGm3tFrOTnWO+y1e3tZt0vnOuvstjpdQEe1W9HZoc6Xe5Bur7XrG3XBrlLf7GoN
0C98B7/yQ+fyV0/5hbaL8ZeanrEnn3nyeey5H/wxcPrMiW+Z7L+n12p0V+DnvuP+xpmvtTcPv/7d17PamZ2fj64PgQPBMxG6
gpL1eF0WJTH7OJgXh/Nfnxjqo2Hb2re/sdD/rm3gam5nwVwk6b7aVufHR4fhC7ZYc5gol3YtiZR0Lnfws1ypuh2Ad9LhTXer
nDLpnfDKZno51oQBIJ8iuYlCVbCLN7dbgv0Iv8QvUkeNGCpoRYIEmDiYCgJAKH84HzukjnhLUipkoWOpGmP8R4b2YHjRju9x
/B00q10iW9UdjGpDqscr+kiNLcvz4XPkwsPG0Xx0Q5iuZwPZqXh3JYAGlw4otXxULyzFDnaiW4/tuOxf2t9mflXZ2ksktg6o
gJ8H1pIwNt1nqhX23dap2yViXnCQ8GkdaEwT7Zs49tGRE1ZXyG8mqABClLXJjwyzMkAeJmvrZfJET2kXqgmDbgyBAbI+5O5E
jMaaZCTwpQuhnroGoJQhGO/o7BJ1cBUbA6zDpmwN9vkIS8bl82ib44N6a0pef7ki0VKWkL7+osmpvxiPMgAhwdXzjxFdU5qx
S+4/eDVm0CCdRsD7WgcXneOuYKKJcxqr2z/9/f5vVvPGme2kjL+pOOYX43djyUO3H8ke7j2/95h3k8TBtZnAO5/vx/beJq8j
8aCuuBy4OZs5Cq8K+FyMT1Z2QPclOI/gMzTnSwa4T7PA6iEZZYPZ9rgqj2x/lO7H5Og6cH2pWt0hUzy+Fr9+fy0pxHefKD+i
JTzfPptqtKeqa6PDt3WotsQGoosPlRs+dklfKnRt0r+FXR5VJtPMzRbwq5OwrrHZ8WlTLmjabftcJn6Q7PY9mrjzJHXY+lpf
eDHHLtVXegP+QFF7UC1Y5oQaGRSu63ashuVzu1P17Pl+q+HRW0tx/MgYjDnpTT+DOM6V3woZxVCKIenNpji71hIyVa1kkl7H
WmGkuV3i2KJGZMpK/4RxX6cDgAVEeKTGbNA/9csZTPayymu2St0HfZX5ESS89IdbZfSb3IWLddzbdv3Hmj77xvf6B7uuPPvl
+HNPHXlzjpfdT5bFL3dbWqbu7L/NUor3e0//BJw+bBAr5/StmOyk5OOkY90juJm7jap7n0PvvgwvO/rcvtDl2idn1tWOovFN
PzJtWDeE/rnLXyxe+k7byTUcIiyRjhHPIT769N5c4orZmb8pLehiHeum4Vl764HV+tJowsNe9XzhcxJttVnTBBs/PfNwIPKg
VEE7L03RSC35oSgZth8vo3uWfUSJWjYSmwEMe1d6TFbqgVZlsmyJnTfGgVGNJVBv/sNqS170D/+6etg8YfYWmtcGUAYZZAKs
1qkb23N8KACh0AHK6t9L2ixQFX3RZeMHkeZdn/sJnXP41A8zzD7a0eS7N9EdbZcy7K6UunQbxW6XtKES85MldMkAROu/LJDo
ZhB7sFtXutsU58JF+g6eZm3eo8nr5K9zWar+qbqzmGvhTzxjFZBzDsKrQkns5SE7X9YKLQfO1V8P9eeHK8BpjdxVdXm5DgsN
5GRH16XGgbfWjehbuh7OwptM9p4/MSQIqf6q7xvR2FjbOWT1K5mTXUHbdiP6DFW3F8Y06kXcMShduKIMe3UOraHSsMpuElYx
bevA+jsnLeahWy2AmOqzybd6u0TxNgl8fh7ONj8zt1xrtDyP8zsZqwIkecjiTTlgVvSnwWlhxb73fn0inqqi9i7iI0WrxhoV
eXIDghbYaSbIQmuUosDyBqp+xDYDEAcgMc9jqYmJWqSAHuB/DU4oYh7eFtcrjE7v3M6z9hAGa3MhqyWA3eSySWVd7YJAzQyh
ZuBU/NhE6OoEAVhgVGjSbR2ELABE5RUlFDt6rEOstKjDpJYsmmsxSJ1np9RrEX42SoMyHtNJBd2CgGYZMK+YScCK21BTAxSN
oMLjzfJJL8kKZmfP3bCGjBCEMr1uNqYfVPFste+oMUeAYMuE7RgMnNFIGGNU/SN8W9QDTLXk/CCaR4t689FdturpVsyJvVj/
fUsunpyVuGeSCbxZ72iQdg2LZdLccy/rFyujLUbp0kyxgUaFBdoCvxtK8x1qpCIGEwkhK2lNVYfjrABJ42ttPV+WGEXasa1q
f3+UxEUL+nvNbzx/zmOEOgm0g2iiRkv3sOAac0gOss9+5aerHpxyGGJLevOSvrp/L67vkZYl/eQH8oyUgEVTr63tQ9BQIel2
1yylCNASAuhcSazzMy5q1KyVjnJLOC1CPEMhoA2FIYECoTtyVXfND+/TJQ+AJlH0nsMUd6EgFkLouUYsqdMauSo6Q0QxfcRV
P6oYLTarECiBXA7E07v+SnFN2mVTW9Qjpt7w1BLHyLGKlqOA2Pi4hJJAAytK4q67OqFbYLcC5YMsiYlZUmqWAEMWIAGpolpm
YkHd8rowC1QJEJhzQRusqYrKNjTB0FV2vsprTGzCEHfE9H0BTSmTJSiZRzejMnroccVnGgZh4g6puRGDslIYVfGyYJs2amsp
o6wmrSAJ3cRJkK36oXvwIzg/60pvRHyohHWvLqWIDwYryta+lcgdZFSSN75D/rqb6WiZYo9MrS0PdEo+AoUcushocfh6qPuX
er2yH+7b/KTcZe2LGdr+1WnKqW3+fJwzTM+W89+J4RMd6ZPd0jRr1RGvLx+DFhyA9vQ6BFRAf2DOgjm2TeBx+n5oYl/THjJv
P2iqBVlg05RG848PgWK4AmdyS/0YEnEBD7NyopXUAqEtiwS90/Dj0l7DMtO9VIeTJXKrrI8eHChh0UTqZBLbIH3i5M0sPJkB
t8VHOECkIM0BjdY1GIwUClqjPKPAuC4Srd+v54BaSnPQOLB43JJptYyhvyQIfr1ix2aKt9lHC7rbWkTS6e4BSgtvdlRNsKFo
qD9wFDF9gojcsw2qIUPCbsoURdpkAMWQquDhFsQsCQQ0nd6rpnfAD0q7GoyY5/kojXMOlYfqbN3dmpU0euYUqls32hRyK6Fs
7NYZSJIO7+kaYM2HLGe5+ltcFH6XNgWUDYBoHIcMfla7wDrI6nwnPC3s6NSaTrxemauZgO2NjtB2DnVzYHBhue2lD8iUd2rW
JExWW9ZflAsbQuh02Br1pSIaNOewXECnhe7SXrQB2c3go/HwSODVxMPK3tsFojByckQdxTxZvPX8je+2D5wgspaWy17GX61n
nUSl9bOX6n16fNAy0mPrM3p1ZoM67tTstZyWVxHlVOdN2d4+oKyvq54ZlIH+rkWgeJHR2DPqUSO1AGB5M9WwY1MoKaFIggiy
N81FpbZesm/YrUKtWd4uJdEmIUv7ZY7eghKWh/Fa7TfBgKFBAgfxUBLjd1k8gJHLelASj52crkE2RBMVpGlSjrdq6ebyeqwp
StZIuSlhZVlLhGyt1sP0MpIvMnegDxCcKijSDbrp3MAEGgJz+8UCUlI1WXcrSOeh9DYipA7rbNwHrjQEKY2Xgb+p2TTFmw+V
XAbZrlMUbJwyqfdhoYbKKCw0CckJAoAVsO5Zj4xmIXqZTNZCkIpQtlxcQ+SNFu8tTlWKZESc0qARWjJqQfbxvNuAoAbXoWUJ
9hMOrQcCtDD7KXigIxXzVjOjuHpQbWG+y6iozODGby9d6fI1Tm585nmiv2HImt58xrAqm1sa+FkvRl8QPE/RXSd6Lllg/cmX
jJ5XDP7nDm3Aqd6LiIftl9slh+GijX/CpEq9p/A8+0coQIzoUPIVxZ5Qsbwelgd93UCzVnM6OGNlzGPFpHHAgOWLtBXYIeDr
OEn5Wdrs30lviHFiMb/bZ5TzViSYG98MNgHlIEtNt9dbelChlgdnujJtC/PuyVIz1QDLhu1WSB8GMPOEH9WtARv0AgUdxuoE
YMgxRgvROiA0IlrR2gd0wZaxxCwfmyoggwpB/NAWICBjEWbKRoKD9XUlCSvbdKwa3kXWjAyOSmQLa6jG7LqRYbWE0adt6YAK
oe5bSwCDwiX3gqbegGnBdlg7QiJ4Flz4jaTe21h57GPSFykEh4l9UV0wJZuaOkjPws0Z4ZhEUH1IDzbwPE8S+t1s0wojsHkq
pRKbXW7Dtcxo39RR2nK36gw2lhHFW7H1rPng3FE7DB5CF+fpIxEoIK3QyfvpYoldNwVWy0hPM3r+ky1tpbcHzl9/C0WePiYz
5ORZbuiEHVVTiDfstdraS2rdVXETVuQUDnX6dDT5vE+iBq31MeXJNs5UrifGrB5RzRdqdbxXLz9+OKrD4eqJoh7GDeopuuIQ
Wp0a9QJXl4olymGiXVi84qE0ugP9l/FywLjhd9V/A3kzMDI00tyqVA+QzCQ36TMYj7z1W4DXPye16TMZPoLGkSv2s1d32orG
RSMXGydXM+d6zn3FlU1Cwp1FqX5/Vdu8trax/ttlfp2KCNam28zO1LAW5cJ5YHr2hvlWXTFFV0PBFSenD85nhXj60CthaxLk
wiyHcuK+FkaeWiserU1U/05KyAQn6vL3G0YSFUGmVPN31cgWo21qJna+YGZ0YiM1FOVgnepimvf7IGvbtwcfxLva4OjkM9cS
uUNHGtvvCGoHs2YV8g6f6GAu9e21Ka+NeNu27WfeU6fGa7Pt09XlZtfghcjVoqdtNoc5FzcF69Ym56juajRi5WLBXTBTsxRe
ciuyLXrKGZYLri6i8PBnxjXtoWblYGAb2hG6Pb1II/HEc5HnR84y4X/z49OV4T+BDAPw+EsvTXxl5EfeV79tGzvx9d/7/a5v
/aX6xLNX/tz5Nd/In5qtxOWLtjes7egb3/3ST/8/UEsDBC0AAAAIAAAAIQD3j+jG//////////8SABQAanVkZ2VfdzFfc2Nh
bGUubnB5AQAQAIABAAAAAAAAUgEAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wp
TgWKF2ckFqQC+RqGOgpmJpo6CrUK5AIunUN/bK70GVgvOpRpU2kna7vmKLft+VhNa6cEXtsJdoK2R2//tVHVkbKe9nK2DXPr
PJvPBgE2z7vkrJOe6VofV9xmvZsrzebY+ZvWIndeWW+dKWzLFbDDWlFIxGY3j5R12ab7NidqhG2Df/yy6U9otJ524Y5Np4qJ
7cpfgtZZDz7b9At/sFn7VcX6j89SmylHftoYPsyyOZTiabNiqp219bHJNis/b7c5wSpm/W1Nuw0Ps5b12Z9itnaOrTZ6vsq2
PRrXbWylTa1Fe3itTRevsdH/qWK9ffdDG/d7JtYpLVy216PtrXMOyFrvjdhtU/xH3fruSRXrSeb7raUOfLeR17lt892pz6bN
aq8NAFBLAwQtAAAACAAAACEAVSjDQf//////////DAAUAGp1ZGdlX2IxLm5weQEAEACAAQAAAAAAAFMBAAAAAAAAm+wX6hsQ
ychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaZiY6mjoKtQrkAy6PuO69UkZHbPel
/9uX1Zxs/zLnhK26SOP+Tvl7tmGh/Pa9UZJ2NQEttq/2Wdkv4rpqp8ZcuHuBd+o+rexLe69WrbR7OPO+ree3PrsTwRftov+b
2FwtdrT7fVZ1H+tyh70m0qp2yrc69lg+m2d3spHRLjtGey/rRA67fXX+e79+a913KavAlv9f9L5Pu67YbioJs5eyE7dv0tlu
y2+vuS9krpzd/UWO+z78ZNknm/DddkrF/L1uv2rttjlP2VfX+cNu/XV2e7eltfsWXenaxxf+x27vf5X91xpP2rUt2LRvQtUt
uzz2E3t7LN/vqwuWtjPy27znW9WhfT83zt9z+dZhu3WnhO3d9dnsHOrf2gEAUEsDBC0AAAAIAAAAIQD94ncL//////////8O
ABQAanVkZ2VfdzJfcS5ucHkBABAAAAEAAAAAAADMAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loF6Taaiuo6Cell9UUpSY
F59flJIKEndLzClOBYoXZyQWpAL5GmYmOgpGmjoKtQrkAi6/TR/5n0klzw1e+5XbZ0vuZNPTX7kXxss/ZP/5m/UnO9sv/o8y
Tzh+OByQegYSCVlz3FL2Med31dv1jf+YYhf7bPnD4rzX9rDwW7Zfv9hMTweu/8Wm8OAPS/Jc0ddlXYbnf7H9YdG79IvNcf8/
Jq1r/xm/cflu/snOwPCbNW6RwQW5R2anAFBLAwQtAAAACAAAACEAikHvcP//////////EgAUAGp1ZGdlX3cyX3NjYWxlLm5w
eQEAEACIAAAAAAAAAE0AAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4Fihdn
JBakAvkahjoKRpo6CrUKZAOu+Yp3racCMQBQSwMELQAAAAgAAAAhACl3AOT//////////wwAFABqdWRnZV9iMi5ucHkBABAA
iAAAAAAAAABNAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5
GkY6mjoKtQoUAK7Zu/fv/bV7vy0AUEsDBC0AAAAIAAAAIQBklEss//////////8PABQAanVkZ2Vfc2NhbGUubnB5AQAQAIgA
AAAAAAAASgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+Rqa
Ogq1ChQBLgYGBoUZt7kdAFBLAwQtAAAACAAAACEAPH7Ziv//////////DwAUAHRlbXBlcmF0dXJlLm5weQEAEACIAAAAAAAA
AEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoU
Aa7zStcKLMI+2QMAUEsDBC0AAAAIAAAAIQCHQWbA//////////8QABQAcmVmdXNlX2Fib3ZlLm5weQEAEACIAAAAAAAAAEoA
AAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS4G
BgaHthcMDgBQSwMELQAAAAgAAAAhAPLo4lv//////////wgAFABzdXJlLm5weQEAEACIAAAAAAAAAEcAAAAAAAAAm+wX6hsQ
ychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAa40MHhmDwBQSwMELQAA
AAgAAAAhAK2uYHn//////////xEAFAB0ZXN0X2FjY3VyYWN5Lm5weQEAEACIAAAAAAAAAEsAAAAAAAAAm+wX6hsQychQxlCt
npJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAa7V56+GvdF/bw8AUEsBAi0DLQAA
AAgAAAAhALVGXHGSAAAALAEAAAsAAAAAAAAAAAAAAIABAAAAAHJlYWRpbmcubnB5UEsBAi0DLQAAAAgAAAAhAL8/2M9ZGwAA
IB8AAAgAAAAAAAAAAAAAAIABzwAAAHcxX3EubnB5UEsBAi0DLQAAAAgAAAAhACwNLoVxAAAAqAAAAAwAAAAAAAAAAAAAAIAB
YhwAAHcxX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQDBvdsnbwAAAKgAAAAGAAAAAAAAAAAAAACAAREdAABiMS5ucHlQSwEC
LQMtAAAACAAAACEAV7QQE7EAAADkAAAACAAAAAAAAAAAAAAAgAG4HQAAdzJfcS5ucHlQSwECLQMtAAAACAAAACEAFPptDXEA
AACoAAAADAAAAAAAAAAAAAAAgAGjHgAAdzJfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAMjLNlVvAAAAqAAAAAYAAAAAAAAA
AAAAAIABUh8AAGIyLm5weVBLAQItAy0AAAAIAAAAIQCkXF2qFWQAAMBuAAAOAAAAAAAAAAAAAACAAfkfAABqdWRnZV93MV9x
Lm5weVBLAQItAy0AAAAIAAAAIQD3j+jGUgEAAIABAAASAAAAAAAAAAAAAACAAU6EAABqdWRnZV93MV9zY2FsZS5ucHlQSwEC
LQMtAAAACAAAACEAVSjDQVMBAACAAQAADAAAAAAAAAAAAAAAgAHkhQAAanVkZ2VfYjEubnB5UEsBAi0DLQAAAAgAAAAhAP3i
dwvMAAAAAAEAAA4AAAAAAAAAAAAAAIABdYcAAGp1ZGdlX3cyX3EubnB5UEsBAi0DLQAAAAgAAAAhAIpB73BNAAAAiAAAABIA
AAAAAAAAAAAAAIABgYgAAGp1ZGdlX3cyX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQApdwDkTQAAAIgAAAAMAAAAAAAAAAAA
AACAARKJAABqdWRnZV9iMi5ucHlQSwECLQMtAAAACAAAACEAZJRLLEoAAACIAAAADwAAAAAAAAAAAAAAgAGdiQAAanVkZ2Vf
c2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhADx+2YpLAAAAiAAAAA8AAAAAAAAAAAAAAIABKIoAAHRlbXBlcmF0dXJlLm5weVBL
AQItAy0AAAAIAAAAIQCHQWbASgAAAIgAAAAQAAAAAAAAAAAAAACAAbSKAAByZWZ1c2VfYWJvdmUubnB5UEsBAi0DLQAAAAgA
AAAhAPLo4ltHAAAAiAAAAAgAAAAAAAAAAAAAAIABQIsAAHN1cmUubnB5UEsBAi0DLQAAAAgAAAAhAK2uYHlLAAAAiAAAABEA
AAAAAAAAAAAAAIABwYsAAHRlc3RfYWNjdXJhY3kubnB5UEsFBgAAAAASABIAGgQAAE+MAAAAAA==
"""

if __name__ == '__main__':
    exit_code = main()
    # Everything is written, closed and flushed by now: leave without Python's tidy-up of NumPy's
    # and Pillow's modules, which takes 10-20 ms, more than reading one picture.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):          # a closed pipe (`--predict dir | head`)
            pass
    os._exit(exit_code)
