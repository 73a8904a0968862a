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
READING = 'crop20-com-width-deskew-moments-narrowed-v2'  # how an image becomes input; stored with the weights

# Defaults of --train, chosen on the validation split. A small network learns all it can in 15
# quick epochs and loses a little from varied images; a wide one has room to learn from images
# varied anew each epoch (turned, resized, thicker, stretched), and needs longer to use that room.
DEFAULT_HIDDEN = 10
DEFAULT_SEED = 0
WIDE = 32                                # more hidden units than this get the wide recipe
SMALL_RECIPE = {'epochs': 10, 'lr': 0.03, 'batch': 256, 'augment': False}
WIDE_RECIPE = {'epochs': 80, 'lr': 0.003, 'batch': 256, 'augment': True}
STAND_INS_LEARNT = 8000                  # stand-ins for other pens and scanners learnt beside MNIST
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


def stroke_width(images):
    """Images (n, 28, 28) -> (n,) estimated pen width in pixels: twice the ink over its outline."""
    # A stroke of width w and length L has area w*L and an outline about 2*L long.
    dx = images[:, :-1, 1:] - images[:, :-1, :-1]
    dy = images[:, 1:, :-1] - images[:, :-1, :-1]
    outline = np.sqrt(dx * dx + dy * dy).sum(axis=(1, 2))
    return 2 * images.sum(axis=(1, 2)) / np.maximum(outline, 1e-6)


def grow_or_thin(images, steps):
    """Dilate (steps > 0) or erode (steps < 0) each image (n, 28, 28) by up to a pixel per side."""
    out = images.copy()
    for grow, pick in ((True, np.flatnonzero(steps > 0)), (False, np.flatnonzero(steps < 0))):
        if pick.size == 0:
            continue
        image = images[pick]
        changed = image.copy()
        extreme = np.maximum if grow else np.minimum
        for ahead, behind in (((slice(None), slice(1, None)), (slice(None), slice(None, -1))),   # the
                              ((slice(None), slice(None, -1)), (slice(None), slice(1, None))),   # plus-shaped
                              ((slice(None), slice(None), slice(1, None)), (slice(None), slice(None), slice(None, -1))),
                              ((slice(None), slice(None), slice(None, -1)), (slice(None), slice(None), slice(1, None)))):
            extreme(changed[ahead], image[behind], out=changed[ahead])                        # neighbourhood
        if not grow:                                 # outside the image is paper: the edge thins away
            changed[:, 0] = changed[:, -1] = changed[:, :, 0] = changed[:, :, -1] = 0
        changed -= image                             # move the fraction |step| of the way there
        changed *= np.abs(steps[pick])[:, None, None]
        changed += image
        out[pick] = changed
    return out


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
    rows[:, r] (n, R), then output pixel (r, c) from column cols[:, r, c] (n, R, C) of that row."""
    n, h, w = images.shape
    out_rows = rows.shape[1]
    # Vertically: each output row blends two whole input rows (fast: rows are gathered whole).
    tall = np.zeros((n, h + 2, w), np.float32)               # a zero row above and below
    tall[:, 1:-1] = images
    r = np.clip(rows, -1, h) + np.float32(1)
    r0 = r.astype(np.int32)                                  # r >= 0, so astype is floor
    np.minimum(r0, h, out=r0)
    which = np.arange(n, dtype=np.int32)[:, None]
    upper, lower = tall[which, r0], tall[which, r0 + 1]
    lower -= upper                                           # upper + (r - r0) (lower - upper)
    lower *= (r - r0)[:, :, None]
    lower += upper
    # Horizontally: each output pixel blends two neighbours in its row.
    wide = np.zeros((n, out_rows, w + 2), np.float32)        # a zero column left and right
    wide[:, :, 1:-1] = lower
    c = np.clip(cols, -1, w) + np.float32(1)
    c0 = c.astype(np.int32)
    np.minimum(c0, w, out=c0)
    c -= c0                                                  # the fraction of the way to the right
    c0 += (np.arange(n * out_rows, dtype=np.int32) * (w + 2)).reshape(n, out_rows, 1)
    flat = wide.reshape(-1)
    left = flat[c0]
    c0 += 1
    right = flat[c0]
    right -= left
    right *= c
    right += left
    return right


def deskew(images):
    """Images (n, 28, 28) -> each sheared upright, scaled to one size, centred by mass.

    The slant and size come from second moments: the shear that makes the covariance of row and
    column zero, and the zoom that gives the rows a spread of SPREAD pixels (the MNIST median).
    Moments, unlike a bounding box, ignore a stray tail, so every digit lands alike. A digit
    wider than WIDEST times its height (by the same moments) is narrowed to that: scanners
    stretch digits to fill a box, and people draw wide, but MNIST digits are rarely wider.
    """
    grid = np.arange(IMAGE_SIDE, dtype=np.float32)
    mass = np.maximum(images.sum(axis=(1, 2)), 1e-6)
    row_ink, col_ink = images.sum(axis=2), images.sum(axis=1)        # (n, 28) each
    cy, cx = row_ink @ grid / mass, col_ink @ grid / mass
    var_y = np.maximum(row_ink @ (grid * grid) / mass - cy * cy, 1e-3)
    var_x = col_ink @ (grid * grid) / mass - cx * cx
    cov_xy = (images @ grid) @ grid / mass - cy * cx                 # E[row * col] - E[row] E[col]
    slant = (cov_xy / var_y)[:, None]
    zoom = np.clip(np.sqrt(var_y) / SPREAD, 1 / 1.6, 1 / 0.6)
    width = np.sqrt(np.maximum(var_x - cov_xy * slant[:, 0], 1e-3))  # spread of columns, slant removed
    zoom_x = np.where(width > WIDEST * np.sqrt(var_y),
                      np.maximum(zoom, np.clip(width / (WIDEST * SPREAD), 1 / 1.6, 2.5)), zoom)
    # Output pixel (r, c) is read at the same offset from the centre of mass, zoomed, and moved
    # sideways along the slant: row cy + zoom (r - 14), column cx + zoom_x (c - 14) + slant zoom (r - 14).
    out_r = (grid - CENTRE) * zoom[:, None]                           # (n, 28)
    out_c = (grid - CENTRE) * zoom_x[:, None, None]                   # (n, 1, 28)
    return resample(images, cy[:, None] + out_r, (cx[:, None] + slant * out_r)[:, :, None] + out_c)


def in_chunks(work, n, chunk=1024, width=PIXELS):
    """work(start, stop) -> (stop - start, width) for each chunk of range(n), on every core -> (n, width)."""
    out = np.empty((n, width), np.float32)

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
        left = f'  {spent * (p.epochs - done) / done:4.0f}s left' if p.epoch and p.done < 1 else ''
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
    """Binary images (n, h, w) -> their one-pixel-wide skeletons (Zhang-Suen thinning, batched)."""
    img = np.pad(images.astype(bool), ((0, 0), (1, 1), (1, 1)))
    active = np.arange(len(img))                  # the images still being thinned
    while active.size:
        changed = np.zeros(len(active), bool)
        for first in (True, False):
            part = img[active]
            middle = part[:, 1:-1, 1:-1]
            # The 8 neighbours, clockwise from north: north, north-east, east, ... north-west.
            p = [part[:, :-2, 1:-1], part[:, :-2, 2:], part[:, 1:-1, 2:], part[:, 2:, 2:],
                 part[:, 2:, 1:-1], part[:, 2:, :-2], part[:, 1:-1, :-2], part[:, :-2, :-2]]
            count = sum(q.astype(np.uint8) for q in p)
            turns = sum((~p[i] & p[(i + 1) % 8]).astype(np.uint8) for i in range(8))
            if first:
                keep = ~(p[0] & p[2] & p[4]) & ~(p[2] & p[4] & p[6])
            else:
                keep = ~(p[0] & p[2] & p[6]) & ~(p[0] & p[4] & p[6])
            remove = middle & (count >= 2) & (count <= 6) & (turns == 1) & keep
            middle &= ~remove
            img[active] = part
            changed |= remove.any(axis=(1, 2))
        active = active[changed]
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
    draw, ink = pen_on(canvas), 0 if dark else 255
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
    a batch of stand-ins in one resampling, bilinear rather than Lanczos."""
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
    spread = [resample(s, np.broadcast_to(coarse, (n, IMAGE_SIDE)),
                       np.ascontiguousarray(np.broadcast_to(coarse, (n, IMAGE_SIDE, IMAGE_SIDE)))) for s in shifts]
    grid = np.arange(IMAGE_SIDE, dtype=f32)
    rows = np.broadcast_to(grid, (n, IMAGE_SIDE))
    # resample moves pixels within rows; bend along rows, then along columns (the image transposed).
    across = resample(images.astype(f32), rows, grid + spread[1])
    down = resample(across.transpose(0, 2, 1).copy(), rows, grid + spread[0].transpose(0, 2, 1))
    return crop_and_centre(down.transpose(0, 2, 1))


def even_pen_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> drawn again along their skeleton with an even, round pen."""
    skeleton = skeletons(images > 0.4).astype(np.float32)
    drawn = grow_or_thin(skeleton, np.ones(len(images), np.float32))
    drawn = grow_or_thin(drawn, rng.uniform(0, 1, len(images)).astype(np.float32))
    soft = drawn.copy()                         # a soft edge, as a real pen on paper leaves
    soft[:, 1:-1, 1:-1] = (drawn[:, :-2, 1:-1] + drawn[:, 2:, 1:-1] + drawn[:, 1:-1, :-2]
                           + drawn[:, 1:-1, 2:] + 4 * drawn[:, 1:-1, 1:-1]) / 8
    return soft


STAND_IN_KINDS = ('stretched', 'scanned at 16x16', 'bent', 'even pen')


def digit_stand_ins(images, rng):
    """MNIST digits (n, 28, 28) uint8 -> the same digits (n, 28, 28) as other pens and scanners
    would give them, a quarter of each of STAND_IN_KINDS, and the kind of each (n,)."""
    x = images / np.float32(255)
    parts = np.array_split(np.arange(len(x)), len(STAND_IN_KINDS))
    made = [stretched_digits(x[parts[0]], rng), stretched_digits(x[parts[1]], rng, cells=16),
            bent_digits(x[parts[2]], rng), even_pen_digits(x[parts[3]], rng)]
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
REFUSED_DIGITS = 0.005          # the share of held-out digits the judge may refuse
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
    stand_ins = made[(kinds > 1) | (fit_labels[pick] != 1)]
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
    keep = (kinds > 1) | (labels[pick] != 1)          # as for the judge: no stretched 1s
    return np.concatenate([x, normalise(made[keep])]), np.concatenate([labels, labels[pick][keep]])


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
        what = ('each hidden unit' if shown == len(self.units)
                else f'the {shown} of {len(self.units)} hidden units that vote most for the answer')
        self.units_caption = ttk.Label(frame, text=f'Inside the network: {what}: its 784 input weights '
                                       '(blue +, red -), how strongly it fires, and its vote for the answer',
                                       anchor='w')
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
                    'before': (self.read, self.units), 'shown': 0.0}
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
        self.learning_label.configure(text=f'epoch {p.epoch + 1} of {p.epochs}: loss {p.loss:.3f}'
                                      + (f', validation {p.validation:.1%}' if p.validation is not None else ''))
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
        self.refresh()

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
    x, held_x = normalise(images[fit]), normalise(images[held])      # split first: no 172 MB copy
    labels, held_labels = labels[fit].astype(np.intp), labels[held].astype(np.intp)
    rng = np.random.default_rng(args.seed)
    network = Network.random(args.hidden, rng, x[:1000])
    recipe = WIDE_RECIPE if args.hidden > WIDE else SMALL_RECIPE
    epochs, lr = args.epochs or recipe['epochs'], args.lr or recipe['lr']
    batch = args.batch_size or recipe['batch']
    varied = recipe['augment'] if args.augment is None else args.augment
    # MNIST digits were all written with one kind of pen and scanned one way: the reader also
    # learns the same digits as other pens, hands and scanners give them (see digit_stand_ins).
    pick = rng.choice(len(fit), min(STAND_INS_LEARNT, len(fit) // 4), replace=False)
    train_x = np.concatenate([x, normalise(digit_stand_ins(images[fit][pick], rng)[0])])
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
            'pairs': (confidence, right[np.array(answered, bool)])}


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
    name -> (pictures, labels)."""
    pick = rng.choice(len(images), min(count, len(images)), replace=False)
    return {
        'MNIST test': ([Image.fromarray(im) for im in images], labels),
        're-drawn': (redrawn_digits(images[pick], rng), labels[pick]),
        'scanned': (scanned_digits(images[pick], rng), labels[pick]),
        'stretched': (scanned_digits(images[pick], rng, cells=16, stretch=1.0), labels[pick]),
    }


def reliability_picture(curves, width=760, height=540):
    """A reliability diagram: for each set, name -> (confidence (n,), right (n,)), how often the
    answers in each tenth of confidence were right, against the grey diagonal of perfect honesty.
    Beside each point, how many answers it stands for; bins of fewer than 5 are left out."""
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
    colours = ['#2f6fde', '#d9382f', '#2a9d55', '#e08a00', '#7b4bc4', '#444444']
    for i, (name, (confidence, right)) in enumerate(curves.items()):
        colour = colours[i % len(colours)]
        which = np.minimum((confidence * 10).astype(int), 9)
        points = [(x_at(confidence[which == b].mean()), y_at(right[which == b].mean()), int(np.sum(which == b)))
                  for b in range(10) if np.sum(which == b) >= 5]
        if len(points) > 1:
            draw.line([(px, py) for px, py, _ in points], fill=colour, width=2)
        for px, py, count in points:
            draw.ellipse([px - 3, py - 3, px + 3, py + 3], fill=colour)
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
    print(f'{"":<12}{"digits":>8}' + ''.join(f'{c:>19}' for c in columns))
    sizes = {'MNIST test': len(labels)}
    for set_name, figures in results.items():
        print(f'{set_name:<12}{sizes.get(set_name, 1000):>8}' + ''.join(f'{figures[c]:>19.1%}' for c in columns))
    print('  re-drawn: test digits re-drawn on a 280x280 canvas; scanned: as 32x32 bitmaps, half stretched '
          'to fill them; stretched: as 16x16 bitmaps, all stretched')
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
UEsDBC0AAAAIAAAAIQDQIeDJ//////////8LABQAcmVhZGluZy5ucHkBABAALAEAAAAAAACRAAAAAAAAAJvsF+obEMnIUMZQ
rZ6SWpxcpG6loG4TamKsrqOgnpZfVFKUmBefX5SSCpJwS8wpTgWKF2ckFqQC+RqaOgq1CpQArmQGBoYiIM4H4gIgNgJiAyDW
BeJkqHgulF8OxJlAnALEJUCcARUH8VOBuBiIs6HscqhcLpIZIPE8qN5iqDyInwh1A8wd5VC1KVA1ZVB3AQBQSwMELQAAAAgA
AAAhANSoPLH//////////wgAFAB3MV9xLm5weQEAEAAgHwAAAAAAADgcAAAAAAAAnZf3l1zlneZvvnVj5Rw6VeeWultSK4MC
QiAQIggMGGxsku211/bimZ31zOxwfGY9e+bsmRmHHQ/22mN7bQMmrRASCAmUkFotdVTH6lhdoau6crixbtzef2Hf397nt+95
v+/zfJ6fn3rqkceeBYH/DPxN58uv/OCl1zr3N3f+7bcGO/uaO1/93mt/8drXv/vC9157+ZX/px//+nd+8MqW/oNvfv37r2zd
u/bs3dXXPDjQ3df8X5v//w75OBAt9+bhuSPnBoDWxraSCYBTrbAHaBYAUI+jAAxCAGIx0cd4tWoIe6+NN7+8xheXtWMM0ftA
ypcaKz7b342eKofW5p33DTqq3zLF1Oq27c31ETN+PgWxZHCxbkz/LlkEwCOogzrzJ+7GtP6tZtiY/7N+bu3Oq3tk7425rj+X
Vx5lusYSS49+NH/mhcmTV7KVocXh4eNLp+7ciUeKynQH+rDtt3lLrW9Fsj0QneZ7W6hxnTqpErWnd69v2mow05N/Fkk3LS/l
LV3rJyAgdHUjJu/LHuo4UPpUuFDs1B7vGChdRr9Qw9Tx0K7MqPMO4KcOB/YXrjsnjVZhZ2i/+Tn+BQaZhgEApg4fzxu1xErX
xj0zR3NGPb3WVTgYo8hqKVnw4Lsac0MKJY+n+gdi4FMSIHKT8+Wr9z1dkjWg58bU2VfwQDKmP03gpb9sMPE0+qInbP4F7I/l
WAYG89bCzdWsbT4shtPGO6tL4tUHeQ27/u7mpVHpm2FHZuxd5e308NfvPZAbmSDeEOcfGNp2HdnccV2d3EXtHrPQ7fO52T5g
Z3UDsSpazt18GHq/1mbxpSHopcKVmacGzLtNs99a1fN/ObSR73t/3/oj8DE3Ec2+Ec88RDdbjejVxSn+u9PO9sPeP5fOF781
3956MHSmfIF7UjoZ2Re6pt+QO/QTkf30CHxb2Fnv9O/FRxvjmk3XOSduVZBjOVPIxraDe0sP5s1qerFXPpDuzstcstZltTrQ
HZvuZEeNurPaFKq7JVJS3ykdv0dX5Aw8e3v8UA+eFYmOu6XLj1HxtdTAyXz3rdd3lteKTcffYdaOArGNVI0W4Ifw2Mj8dTkx
WP5GRlpbuVhZbcucmNYSyXOl+S7twfhGybiwvtwHdt9yl5g3tWwPePRyCDP+rIjbfMfWGXc+Btf9h06vZOxuj2PCan/9GoW0
Dlive5J/Pd3Z3uOxzvpnnko+uY2Khxz19fLm1yBwgx66K62sv5yiiMGm90ojhZf4sMsVenP9juc526CH9n+QviqeLAeYwdYJ
85LYKdSyoF3GF8Xt0sQybLe3zZ6J3XioOBdQ59Xv5kU6NdrbQ/AHs1VkvbqtxQ58eUOiZlbbO8u5/jQfqNXx47fTuxqo0ig3
+Hy2KwylnZgUhy7UAkYZ78UF8ZPlzool/YCmLtzVW1eIW2iIm+xsVdYKFwWfM3cyUsOWJkOgWjyENdzSckHPr3U2i5vufB5P
Lnt8iYxvAcAqpaHsEsRcceRp7ehFA6VuhlYdjoMf95it5YE7Dvd9l+5hm3uH/oCie6b6gIDz0NlK9YR2ELN+bKuhtBt5FoPf
hwI4Hlees+CfclQdmOefHmTmp5ictNQ4GcGlhn1euAPsk9aFTn+79ZarQ0isNXV1+mbgXUAs3hHwdkxcrA8/2PdWWzIj2BNv
7hEuPEBBvzxaiwnLM13OobV+JGhZu+E2lbuGEorGZqvtaU40TobrVwvFFU5s2sXgs/kbyLBKebRNnSj2XZ/RXZYJBdmLb17e
LiO3FgVPpd2MVKt3k1ZY3Ob14nPrCszDPjetCPWSjmZDUSqLQRpm1lweLk9zDKehA3iGt9bJZM3aPaMY7ji9CJrRqkqxeZYn
rZ1VncQg75TQ3z8uorRGXlOG9i13EEiSSSs9++1fQhvnXRX9YNT9ajdzYXY2HzGT33uW+81wxu2PFf6OyH/uR7d73lbvmUiu
7XYMNL9rbxLK2WhLZ3hyehBKpAY63J3TX0zNnwh9eqA6sXawaVHq/KB/grl+EFvdyC8fXWhb6RR80c1rD/CFXEaw7c0lra5J
z1T9gXvIGLX+u8HF3O7tbrRYHfY71xrsakDVPUW6voEVcRtLoKZjU+Rquht0Uh0bogYWZTJEhhMyQfINnXUrWQy3IEA92l0F
MdpNGYi3HXTzvFdCm0jMCtUTdN7ZVysHSlqCAQh3VkIlsA4iMskXF0AS1UpS0DtSyIYgrLje1n8Dk01LE189uGO+0+IIOa+l
W55caHJvgy7MpC0vvPloJ3X9Vg3tCFx8IaPODCKHdvx4xvlRR7BD8jf9ermeC4VxyLetxsmWSnHHtv1s7c6yvLMxvQ28kV5k
Zx5r+1fH5B2974rVXr3Vljn6dIYOIrLQGocc9WjtUWnNUU1qa1XnU/xE2Ex23U12HYKlJgyA7JwApNWQiJRhe6NgaK7RJK4J
lhpQx4oJryoxBCbq9ZpLzoMOFjbArN2XpDwOBperepfBYFgQgN2VFtavCl7JEYpbrZSms6bPdxNhNV0hvYDlio2RkZwlUCUn
VFTRJRoX6fWUVvOAFJgzlVuISLIetGK3/CPAOZub7ypS+G3TcPHS7bXosY+OI7VzDAQ4QwtPT/L5b294W27GqAnCdu+mrXlk
yV8F9F2laNiRBPyXfvTth38Y9ETe+c7SzeWBr6TKj3z0QNR7zmhXTpz+gN1jy2Q3n3vtXchSClg3bz9y+mdtlkFjufDZKWAE
oAbKw+GxYO1agujI1cKor6wQoJ7KmxUcFFxWjq8YcY0sIxahAfF82VGHaFEFACHOoqIFwdFwfU3FYJhxOUKSmCBbJIfNTuLe
0XBIcAQtKt1yzY2hVIBScPi6z8AVO8Fo9Tk/osOA3sppJZqQUQO2l6GSCiAUhuuAzF3ntS4fZtFT8j8XJQ/hNPg0/fEE4ZAx
dRRqK5kej0p4l8vBJoYZOIoipQGcwMj7n8LmU4MbSNB5sKd2E9nW2oY2L/ziwN7TQ9GLa0+2uuCbJz770PzogQobEb6cOPes
hUt3sZmPyXtGVhL0YOfa4pef/xlI26sV//iLtnURd8yNEaOdJFwsh3NaWvMTqtNwVoobRZPUEVYswYQpVkhYkGgbBVZEHTJV
wt2C8lJDQhHWOyDncwUR90XIKAwlAHc50JL1Ma1rTYEKGVmx4eFEGw2ITXVDBEt2hc34UalahlnRqKAALdQtTlU39AYiwIoN
B3ENKUtcNckJLbJSs2aRXyWFdguMa4vg5XdApwMOxZfbkLf06JB8APw8GuCdribbYVUXEVizmP+x1hfWd3jYALtTwlyW1v2t
WHBX5pifu5V/USww9aOXzhKVvQnfD248kP3V4Wj8TvRxo7QtlU1xCaOZMO5Dr6wMEsLUg5DVw0BUwLkWrDUCTZCgS4yulIiu
JiRdxOEYL9tIhKdQe4Mv4ljVDHvb6HqRk0Hc37wTRnOxPGtpj3TLZuP2Jkt0Ak5vo5FzyqZ9TmtiG2yrsgHfoAEa8mO2O86c
kqZZW8V/1Qdx/IafKWOjKILYyiwsg6sg0IAVEEbgJQvGyUVEc+o5TBareW3aLEl+qa6uKvErCayf8K7PdcBnUp6jbF/ltg2N
JW29PW2qCVXLk0DwdSkI1iXLhhjdzsoVwR/MuPda2+Y1SOae3MTKXScy75DN1lj0uexzqYtofHT60Iue5kOyzDc2evyudnku
oGOJDs73eLXRrZU92zlX53my24Vvatau9SvpHty3VrB23BLncxJRZ2iaK+djdZEKenyIYRSLFES4vCCtTq5EJJrWDQO5wVMN
pj5hLeLz7WWuMvKevQjn95npzHAGoIrloH1860U5Pw3qrgmWoAUhaMPNOxYIxxomSJmf6hoEYqIVo/4oozAl1yxu/08VBfYB
mYxbf58Qs72inC7NzoRJxV5H2yeWhUMB1zUwSyzErDvspYVGdX7lmqbtZQL4JamyzlddTwzmVmC3Vh1Wvv3ULQFCjgwHb0Rb
pN+vJU7c3rej1ky9NZXpCA52W4Z28wue7Y72pV7/4qVUlNMOQd0DyRgYHdN99t7tY+vbKpu1ou2x1HLeVnGVqo6e5fLk3VVc
NokIlTLuZE3TgQNOwVooBDVQSQIylsq3C4D0ucwzZQPTwervgYS/0bnASIWrTLWYO1pQOIWBmLuZNlLhVSfHggDpwhENzZk4
RNt0jDNFU+BVsAIasAgLDZkZrdKMjahBmvMtyWbZ4VzP1oRfQ2jheVRKLq39u+yXwjjoTMq3By3sJUyxjAWVnlnj7kQ28VmL
jdJN22QsyzGlEcDabeRLDQpaDob3n9k0uQNXPLdsEeH/jAUfG43Om77C+yMDr88fdPM78D9fPfVw6xHcXa98lHerwQGPDx/9
JMtXYR4KivxqU7ZSHxb7FmwNSiLkNVzdJGrzBUzF1A2rQhY0kgOLN1nIozN0Qy/+soLQJASrkPnbGhtiwLTNb5vQkGaXNxZy
uwDMIWZ2iITpdPJuIdHE6gWVljFU85JAWYFVxNBYlFAlhTckBQcowEA2t1ysSgJFyhTtghy3FQU/4A+UM7e0FcImPiHhM2cX
zsPB2gEuFLqa/98eFh/Vg23/y3cnkMSuLXqRv+9BSSMl3907815XA3fELPGBpZgoYvsbvgTa+NVD53ougI9Z/xD/8NHp7hXo
iVpmuvCf7N/fjvBnyjf2D37D4e9WqnUJX/chfvfMvAbb1yy5Su6yISsK7hjP37oWlgjQgXHQ26lWoGLQaqDxzwxg11map0s/
MSAPTToNgH9rw+IwBAKxkJMm0yQaEuFrJexECENEZyQSQRlSCiF2zKY3SHTTzxoVQgBBzWw165u0CoEy5kWhqqhJgGnYCaxR
lfImRtcZcNlarBM8GgvBvFPE9fLmrGztQrnWOXTm5hgHWmq78u72sfhbRZYssYGh97DzdhSYzoY733eXmmwQt9K/7VaAB00z
WN4bmPWaZsBkM5b5H7uGDj6yuDv95PjPTx8/9Vi9b/ref/+84/V7otXGBdcFxf1CxO24PF4bttR74lDn20KkgS75S/HxP5mO
dpUglrmfX27hengnaYd/FG912CCXFq6/wcI+l8si25RrEupmIcJQQalicWg8CW6FFwL7BVXFbK4g0wipNGBxO5pB02Y4IES3
0ASMqBQI1JymwciqBSIqNs5goK1ubqk2tmh4K/McTCG3xYxWd9UHTTEVlZHN1XZMp3jXZmaTwGw7OYMaBxpK3iLEJR9E7Y4J
E3cU22o7uyvtGI41Wm6vuNqLNrOBhAvDxJE7vQ1d7MZ425Fr+wG6xG5EbYl/Cnk7Tq8eSDxT/2/dJ4deavjHv1papJ92qJbi
LJZzuPrW09pn/ObZVqNps1L9J2ibsr9sU8dX/3HMtt+pktnK8BWGO7DhNOrQohqhHVKorhb4IOxFUZw3RZKBAyy0Rf5ah4G6
AU5V3MR2j+6uQlk04HU346jmL6JWJmABIUug3pDZJshKApSBCjar2IpVURjOuwyjlTHQANswDZG2qkIbk5dqBdRtkQPoMi1V
QNOuRAiLacKrnBSAXbuSprIKEGHDaplGFa92cK2tNtmw863uLpHM3vXa5qsP3QcL+LrWlkg//vhsFl8a8DPt9z+/qaryLhE+
3CG9MUC5H1yPZl6s/c+2wd2n0pHpU74yxRYJefkCGti9gSUXhfeCwvARDineyp4n/bMvVTRmKvNvG2CoWWLU6Y0LdD2cc2gr
AqUGtXKtSUoJ7hayqYJSDURn/YZHoTUORyJeSC2WyzBk6+g3Gnx5g3I5XL1qSaSzAINHfIilQqmqBPixsLugorTAOOQOrwBh
cM5t0m1eZyOEl1CLwmztoRVLwmQO87E6ZFknELlitSA2K1sQ0RmnFq07d64i1TqCE1WwlO1GdvMdS0z1nLXVOUA7MmDueidV
djzYHI8DZylK73v+xMVhSDgIK7u+0gbLbmd7fv74fqUcNhPrupLZRb7/1UZuN8esPND+iRplm7LLnxyVTifiLLXx/oa40c8p
TavaJ41w/F4Qbp6xfKS4dcriokbAyyRA1uz2VUDhPVKRc5JZG+Iz/TJmhTkCtuEsZlJmlSIcVB5I6doy7QzJactMUhUpL5XO
beSzZcDmcyjEFERk6qaVaXfPapTecOKQhzUAipTdhkl7I2IrhSOkaDIeGKZUGCs1aItFoXRBh3IshbG0N5a3xTtgS5ry5Vkb
3g7x9cSKsSMyJDEZYPW30AC1HSpQSOVmLjomHRneSqPpc5459asJjlGYM51TlocTlcGO4F10rrVDoluMbE6Rcgxs7VaWlzFx
3d4BaVulaHNhjOw4NSHvi2qzl/g2T73kAJonlvsjbrS2d6Pri2o3ZIIuOtUxXgs2Abg9b9AFTKRExgvaEBTBiIaP0CCCJZ0e
yW6smn7WKfqXYGXYyrikDXx0sRLzORxLUjydWU1QEVl0DaP4fEFH493eDTcqKSya96IhFmVgghBkoJUMky4D0NIkgCGEXW4A
BQijdCuzzoEKRTIM7EoIaJ4C6mYOglla9CQmmxcWPc0RLyFwSv4NMWTs6xOhuPmLjR1z/Y+fK/ng/GfuO9qrcwhq80503q6B
10jPjv3LnmssE2xp00rzuJwk7x1wK+JqRE0Qh7wdqd8nDjeC8COV9saY5yDs0Y9s2Jop+7bpRvMBL8zfU3NcWdnG+UBoUCBi
880WFsZyZadYVhgaREDRLylW0w7DtOHSGVbGaUzSQZe7qtZxNAHKXeiyML0CrZFaz2Ixs1KrXqnShJvM4lh2LF3NPoF7XRCk
K1x6QOqhZK8dUiQQslKI2wdzJgwpdoUK1+sG3NBwiXGlSxjMwawGmnLJUpfrBam0Gbawgikv+IU8I9CUE2molpt3VyP9HfrS
ouvtdfPgw503M33+1IJvxc4Wqswef7X5C2Z5mSoFd8jFsVDM4+sCVkdRNeY9BjbV41M9LO/5Uqbl7sWxA/5HxO/UmFS59ijW
n350vL/d2tp1fTcSFBDMUq3f6O3c7MeVrvXMdRBcCcgiJaUXASNnLapmxeRdYSmUVJ0quOWYmiOnOEQRb1mD9HqjqsB+YLpR
KnkWK8jgcEYpQq6RFS3Ei36Q8MwspeSdcg/OhYBCWgxDUWDD40ayBogTAEQHzYaGQigroXSDkPA6pZZYXSVILqkqq7jBwI7i
nJBLwRkv0VmedZRpayxjoHZuiMr7746u4k/h9vQyVimnTrw+HMt1YhKktTx6tgDaTLAfvv7icOspjuw5/q9LP/xiKOVqlFbD
QZV9+mZHPQt0D3SpX105vbpWPnrvkeTx1d5dFNNZ3lWmfgse4qFi7Lkn41rSV5v/NP7Mg41uTgemF359GnVruVLDVr7eQ6Fc
pV6GEKOd3uJ/HmBlog2wNOIchsHu3vWglhAohLRKSy61gCqgp+USZ0UJV6zARm4SURcZXlsXxU2jm003GVVOKIKUc87jZfh6
ztAo3h7CwZouYJpAEbhDxmuAnEAKVpcTTDlyo9AG2t1eWuyfWAM1SzuuJY7kSDNbIDO73dsZynl9Fq4+3dRZr8taJtnx/bvi
tK6dQ2KH/+5DObln80x4M/pshnxVAt0n/9DyN58duesFUNDVHxGO3ujRzPWuEz3FB/P9sLmx44e7K1/ryH9pd7fjZjHnL5jb
VG/mw8BJC2uEcyOznzx2JNqTh6vnMz992rfPw+s+cPO3XrFPoBENLm0SYm+1YZRDW/Fdd5RXzJIVD3nS9tq6jMCOVrTYBMii
22nvW9EYq9+wIJBvxqrZIhZZ5IkkUmfrNgTKU2laYicdditHJKC6mnN7HWVQp2oVzUMxigfnpHSZEKiQnYlb1Vglr0QT4Fzf
ipotccglV7I32bZZEJdSOxjd+YiykB+5/czp1K7nM8Ta7Pj9B/cgu2dS6Hrf91aPQftj54aq+56aDAw2VUvHFo68NtIfY+WN
/DbWUT08EeXzE3uGAtk9stdF8e0v6Pjxv7osWZLBv3ul2PVX8cnpWxjwty55wFk5+6bIvAyJzwArm7fLH/tGgPYG4MxnxuCL
IbxKSTVudSO5V7VZUhUkUc15IZ2N0a66XBQspa05SJfF2DIHrNdT79JsKBRQehzlvrxDAHcIQUz0i6jQoIskKbWWYZ3PlGFa
21uRzXRCt9KxXpJIzkCOiJH2+fRLqaq1yVo3pZVPxRjBc8kJKJ0QpPVsNTtsWy23WbNL0I06nV661wEWmD/UbHvGHj1oqIvX
x+4/uBF+eAV0JBa+NHCCta97u4fl7wDH3EgDjEzf95wKQKAJwBpkQm02kA6BQQMzt395ePchlvapyoOvX23eU4GPeWX5r9dT
6rti32ub062R6p/O8MXH/+GnL7JV3jtzK/fLXz85DLZLc7MTZ5d6bpJNpempz3i9o6rU55Jjt9o2dmnoukLPfUyuhdVIQTeW
FyMGXreqlGRUIgEBBRoMaGm4CcWfNRiLXCT5irmIUiEjS6hCaQKnPa6G3oArk7ZwWvMx11Q939q1btDAb2Y53uZLG7Lj4+W8
NJrP5JuVmSRZ+skXpYW9y/MOP3dhKUkgs1qEMtLI9c6qT2ixiFXkttHlHXH2LJeAhbEHu6+iDs6GfnD1B4d0K46h8OXKN7cj
EADAAACAaEtsJ71YdwBm/+Onbu8cIjFOa3z9lZtDexDEqUszoNWVvygNPrs0kTuw8YcWbf4rn/8+Eln44LA2G17875217B0H
XrgofS5uCmkgVxumRx/i0ya39uNPrNNPV3i3nPzJGeZmVxXxk/k/jhDnvXAZI8ufqfZzBLtQtlJTiPuaSN+uu4BJznubV28J
EXSc804VWkdlrGlicYuK2RtwGxUXu0dd2hi9R0o38CuT8ayrvbauBeb/BZ8sRhfPdvfl/4RMfb4o3Ihw6RVauDu3wSdEPyvC
aePakLBm6RCF7M7xwaaYP+rPlaAb/HMuymqF4IUrya91FziGxMcnEq8ehtb6zFTFBMEosrodSpVgEG+mKEpDLFuFZGt3unSJ
5AW3PlZnNV90icctCwkzBXVwMkt/Xoyu/eoI2egNfvh2P3TW3c3m3R8XhrDple3Gh5sf7bEZ6FLX+Q/h959kCkAW/FHD97N9
1BRtHfsfdPSNEDPS4s/8y33Rs2zHbYsDfOdwcELqWSA9K5/tDE9XtqXLnvWP97feUQ+sZVj5iquLD0QmOZwfD+1Y25G8A+KV
yUe969N35izIyO17+4pXhC+MbfF3m81knJ0ndd819NNp3ZsS7gpLZk201IWLt2aaT3ia298Vz2Arx/6LHN5/U1pxfnHy/stt
HW54/co49oKF0SkwdW609NJRAAYBHQKgrWphmIAKwIZuwuaWAmCmBsEACIKwBoAQV/CbCApv/bqV87SacIe3+n3s9zD3vncb
nu0b/dPD9d/5jwZV4I/CYXky+jzCz3+6+1RhhH2l1HXhd0/sXuQqz4z6h//heHBkAOz9AFFuHfePDGE7P9pphXubxlrB3qX7
bR2MLTHUulr5sr0Xo4CWI7c2X27XwiEpfN/5qX0R+y44cfihf/tgt331vrX88/1v/+KlVKL1svBN9vKZrwjrbjx+om/0zabs
eJd3/UlMvzj/mymvGm/KAEu1889oE7UplUOOuE4XP/Zfa13e//I3dnuvOj6lJp94sXOgO0m998nnp1+ZNbw+Y/K9afw/NP1f
UEsDBC0AAAAIAAAAIQBbH++U//////////8MABQAdzFfc2NhbGUubnB5AQAQAKgAAAAAAAAAcgAAAAAAAACb7BfqGxDJyFDG
UK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGOgqGBpo6CrUK5AKu5R/227wyOmsz98wv
G+n27zbWRw/YPL302EZw0l6bCbMu28zZdciGMeK4DQBQSwMELQAAAAgAAAAhAD/nyyr//////////wYAFABiMS5ucHkBABAA
qAAAAAAAAABvAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5
GoYGOpo6CrUK5AOuwNNv7Fg2tu/vUJhkP/mJrr2nuZz9rC3/930yNrVPLb2wX/NK+/7yiXPtAVBLAwQtAAAACAAAACEAL7Py
Iv//////////CAAUAHcyX3EubnB5AQAQAOQAAAAAAAAAswAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBek2morqOgnpZf
VFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGBjoKhgaaOgq1CmQCLofpKZqNT89c3/VpWsjEqNeXT3y3snXcuGIJy/ZPlj12
PI0zvu6s8Gl8fcJ09jb1nfVvXr4XW/XnsQb/23NH6ysbGeptb25uDP3TVaEt2fhwf+h5kVkT7VOO6X9ifLjObMdpnQ/JTOp/
3zUCAFBLAwQtAAAACAAAACEA+rPm+P//////////DAAUAHcyX3NjYWxlLm5weQEAEACoAAAAAAAAAHEAAAAAAAAAm+wX6hsQ
ychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjoKhgaaOgq1CuQCrh0MXdZNoTut
H9ROtmZ/OcP6hNF0a6Zrs6yZpm+zntsoYJOVXGVt2xNkDQBQSwMELQAAAAgAAAAhAKTinZX//////////wYAFABiMi5ucHkB
ABAAqAAAAAAAAABwAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQW
pAL5GoYGOpo6CrUK5AMujbQ1+93Yn+8zUCqxE9y4f9+2JV/2Oqucs98asW3fDok4+8knPO1ZSjbsBwBQSwMELQAAAAgAAAAh
AC35tzX//////////w4AFABqdWRnZV93MV9xLm5weQEAEADAbgAAAAAAAPRkAAAAAAAAnLnnk2TJed57Th1X3na59t7MTE+P
N2tm1mJ34UEsyAUIEABFUKTEECVCobi6V7yMUVwpJF1QAkgYAgvC7WJ3Z9140z3tbVVXd3WX997bU3VOHVd1zB39Cze/ZUZG
Rkbk+7zP74n8xy9+7Qtf/joI/Afg/5r5s+99/1/8zcwzozP/6S/Pzpwanfnzv/6bf/833/033/7rv/mz7/3v9c9896++/72n
69//i+/+2+89nc9euHD21OilC3OnRv929P/fULIn0h0brLnanJ0ENZNAWA73LJIHIc6RvavbfHpIIzOUulcCphY06rciIYXI
zvdT9NDCVd48aiy/oKSYChcf+nwQn7gM28eHWvJRZto1aUxchGGuuFB7S85aCGg+1DaN2TIXc00F2L40gp4Jp7LdivmqNDtB
G/Kf1g8Wy0yiJocr6RJQFAK3Fd10PXIQCMRDUA2LW+tMauVnI4RCtbLTdXs7Cr/708cyRrlZRKPvJtYY11IF+jhDgGt4Pi7q
A7nyTzK7oU+ogyDvgQLrU7z9h3Kmxa6yTw7vW8jIyC7hjD1xVksyOrLIfvIPwXA9tvx8MTJo2KnZn8iQv/fQjWH67sA//0i2
4i4890vwbuqXihj1493/ght/xFZUYJ/uVufBPlUaXjtbhHymN0enZns5GfBlTXVmQY7ZMK6vCPPSqwzFTeq+PbsFspk9hmOe
rwG6P3/YPjn51ZeMExpJP6E89YXzpXZy4LP2t0As14C+pYc7fy5vW1Blw7gC9UMj3fMleO6agnlFzZ6A//Ja2wjBnHmqcOKC
hd4XL3LTMPrWwLPIGY0Klo8bLykvPD87umBhjKOy0an4GftnT8GvgfrC5OBseax03voa/aVzBnD8QvczwGctnaSAIer06LzW
3M/RjlQx6JKvUWfM8tyuz9xPS0c9nNpBkieinkz8vuX4c7HRiDGAhCM1Z6KcWvIpHMeeWFOQg1P7mixbr+pSsq4vEyB2Skkv
jX+ARA7hQ+TuYcTVAG7j7uxiKmrY/5jcq+0HvetM2bFs+N2n9xYTZu795idUVHKCjvBOq9w0aHBCl55SxHaKWwQToyVcScZv
qbPTue5NkLWlcdJSdcmzlfsl9Ld3VhregmXZrDF+pNSpdV7ILVAdkClGk3Svf0dYkAhlirfK3PdxKA/pNGlWoSzlJDzd7bWz
sRypSinH8mU13KIggD+mIs2jiDWUkEm7/gZGbfHNVUBoFgINY2AkIoRm+nopiauEu6u9DYfM7Kly8tqdsruRgLu8UrNR/Dqx
317/WA4cDE+envmrDh745RgNDQFn2CPdB6Pfb19uJ1qrsvKhWZFVroc46e5Lz7Rbj/Z3T04MaI0GrO86caaXWjglKobOqIhJ
zbnLWsxqUsxrxmxjn69dnJfP9dNK1RvPnj999cQ59syLp+ymIeDkSXZO0qiokYtz19PbS/vv7IBCzmsvRYqdji5gyu7sk3V3
Kl907qce7hsP0xRdXFrhrEeBgLMpt7Vbv/up2/1Ri19hqvWuIyVHjxxZQ1QxxRwVWxmN3ZlvGECfkO4YzqqrTJNMHTrlyYCs
VSWZ1PPc9Jm6nrXm2nVWjtUHLvWAnMTh9x4KTgRtHiGugjo5DfhlfMg+khw96BQsArafO2MlsKa42xk5Moq/LdUQRaYez1PA
83Z6qoLUNAGfLEqx2bjN/LCHskUjQch4NlYHwRx3nAmjjJmjMWSYVhbpFl66jwdoN22ZFQT5Xh4r53k3G/CV2GwvBtedEgrJ
ykIiitCGbizRKVYOilCDd61zcLUChICkttup9yJiLFcvBZWypzua6GRCuJ/i+dHSvmc4VXJ7xUq8EDH1hWyV6MD98O/ycDtA
rMA85VfcETcfwsTGhMK2waZ+EqxUggxSKF3TnFQ4NBSknUb54UlFc0EpGBTpgYritOw0rVZoJmYsM8zCiE7LagFD3zTDi3Zd
p6F7gYM6gElklN0fHPHHmXUxuekodXKOreaHepfrJ7XYUaqJOHHCUcASjaq5V/h/N6Jbm+99VMwIJV1qbfHxYWFog9nqhoST
1eE7t5LpWq0LCXVchv5EVtweBKXwko/0ZK70l3vtja5p19sdpzSu23XiEAtizY1Os0H23yEYhaskzz90Hqw0in4fcsufvYck
09WDNahUoVpi4ME2IUA7DKJWlu6TBJu8n6yI6ZgE8Ynkw0otkG6WDIZ618zI8moloVEvlHm9ovl4QK3nMONoDdSJA1Wlclxx
U5RYVY+XTHbUuEtoYXLaojsnoNOoGjwr3AH9Tn61nclqGFcTF7BcqJajilLiwXbXe3xYL8A5d0YmdiMA2GlSQFf92F0o38rn
QlDXw7ex34vrlh+GwOxMAi4Zoxm3DCy3Iri3S63WmvJEyROPgN4+hxzW+8Dc6dYRWEluprSL8SefrqetH+1J1D9e1MEAq2Ht
Zf0cAsyZrqCMzaRWIhPz3xKGgnb9iM2mHTUoBuDsxatn1bDegFhHsDofvyxTKjTqaf2JB5oGFmpD93Cfb5EtOT3pslkjv5HZ
up2otcpbuDvft25i5UQq/KPY4qYrlAiv1C++53HJHYa4O7pG36fqUP3XTexJAM/KLMXjXSAeq9+7VSt6B2OAiPqOwV79GNNg
QjrL3Cp+qg5nd3mLVpBwcKAitDOJVG5Z5lqhFrPt2u+kZqiX1uG9+F1HZs/XxLqH6eX8ob7eFXotNJIrCOVGnNuPbJZ/E484
/1c8mCmXa7/t6VnFfpLHeLWSpgVTtyVUE2VkgCVkopl+US71ejL2wKjojcE9ZQ/vs/0xRY5A9dexgMxIKXUACBzynKcR5FIp
HmxqSjB0qBfBHgvFE00s33U182cU8m2wCT7ge3HCB1X9d7je/tHH7R9UO3cwDvUxYTSdSx3DtSltf243IwxOyPsBBY2iTcC0
4spV8mJ4KGyw2P+pQKrmcHOzzXUswYPttaeV4E6Y8PpUUNvo9L2WZdChLNe1nerTD1p4SJyVKbPmOdxuMMvYYUZns8KG8jSr
NHF9osomGxUzSpuckBjF2OaydyUrxm4X7j4bTJR7amuOYj/JBFff/mc++CDMNZpl9tXOhDCBBjFKzpGReGFFtx4ruRZ5Qynw
K+sikYCi1YT3Q3z9/U7Mlyz2P+4/frSeL/2yk2WWoj8LRbiwLU7FSdfhcsUdDJa55f1cZ+337vfLjvWou+TS+6Dd/eGizKCB
+5YG+cu8QuwS4brSrdYBy1Q8gk5g/XHRrG7U1BZNt0c6F2NMzVB1wSPag5IgFvWSzP6V9i4sCXBvAuIgkyyuSGGYyigQaqOp
n9cABp7XQGhYZ9RpWO0AbO7CZvx5kRCsII8AiPqYK39AhNANP6tJV6B2NyzE4iDLpXJR6SiyWi5faw85JUzrbPRxN4t0NbYf
kLsET7ZOUw/qIlCdXAFDd7iVvvZgY6oOgfh0x6V1cT1B7kmcWI0ddgLtQqpyvk+2p6xMc1pt7WKyYfWPpILvSaKvpc47e6MG
vQxBxOqYEuUHBZPEqmGZINM8BU1DnTLpaZlsWAImxa5QVoNaOfsiyI1E5OUErmGbCrtMPP5VsP7pYt1RB+OxaDvtmqrkm0LS
v01ns75cYKxZLBzGpamg796nOafQjkhFJpBvB3Yf+PlGtfqrzI3eUXUrrw24gxnlh1XBe3ZsyR691+zyy8XDB+FQpFNOrMO/
34k+di6XhrfS6fRullrZ+OTufn48fRPIs086xdxswv6wxyaM3qI9bd68qdy9mW9A27H6TYaf6LZMqfptX+hGE/BrtisrqqPD
5KeupOHGqFx57CtZ2YQCBZqdtcdiTkmB2zV9N7RafSTFhTJB1qKZfwk3R/ABEBI8EhHIH+V4vjKcyks1SymMWsJ43bDTAweO
itWd445ZK7LC2X4uQUjVPsRyUlfKkukFMflKg19XisqqFJn1xFkyIeWwRnw5HmNHI9ozCqndNIm10WfAsfnejPHZPz5jJc+M
ZravtZ4x2WzlnGJ2kurYO6OgqTFn/Obsd8Z66c/KaPZvg49eGDTOmi4aNEK0rRlExy9jfYBeaQXCqj6kZ62ZZKBV9qLYkaZg
KZRBLqX1La0hplSRRLlgnwbkZdmUoOX6qdnomU5iozM8XMCen3qVG7MmTs/TNnN6BnyB0L0santf6NJaj/CnDyr6500Ho7iO
40FsdAjxTTfE+sAztStq8bH0dr78aRc3tMcwjvgIhkgtM9pgQDyWCKyq2yUpqmRaAouPxWhTTGz9NF63V++5w37KckMyrWU2
PNJ0MXb1l6U3BpNp9X7tuT/BxGXvAX7RSP7kZOmZ4nGinwtcXZa2d48Pvxcc6vzFn53Af6hY31CXAxfF/wav/HwkSq7mvxz3
v95X4Z6/kR/8NNcFnbr17zzIqcLx4rUfVh/fXxx9WPgvtZZ47seG1mfEL5GlEw8DTL54+eoasip9a6L/BDZJUd+mHUPmMmtq
klaWpiJfpqTK3ItfOfkYWUg6W3j1SvSy7ks+YuKL5/41et52+hv/ChiZGzrOAaNTA8+o5XWP4bs2svqNAXpOL6OV29hY2Vw/
q5iRXmyyKNZ6Fvu756ioysadm26dntOWMokr1DR26WXllyOSuqrAuMQLF85eONM9eyrR/Q52cmTPil3uF18fJrmLQ30TZO9Z
/qJm4IvJ/jIsAZ1nZrO+gGJGrMlPIGd03Ov133RBxeS+ct7YYPie7nz7ldrnhdYwHbr+XP+T79En+p8HRqXJ9FPv/twSCv7e
NfaZoO9FBc6d+eKJsj7d05BVT9/tK7jM6gFykbZmGraOWlotJEOY8u54dq8W56gX6Pmbd8IKqDqCbTs9E4V/XKwUjNs7lcY4
QC10JrOP1YEHc880d9/at0oDFaxjJOMjK9lGSxg979zWr6esx7pa/hB44SlffAVl0JtgLX6tylzo19t9zGStkw/+PyoT3VU1
T/zI1Em6BWCQ30HGc93I6YVrj3gMJ5XJpoK0eK64KTs8pFecnb07zkoyaCzZJzS5QMGx+48GR1FVO3CHNP57BLxRjTWRgxaZ
EkRi92RcVsv5SkS4444+douULlontj4GqrE+lYZQPkx+MfdPHVcFbW/bRnvn/qTRXP9pf7xjRYcOG4oSMVsZamZaEXls1wcW
dC66Dq0hHLPrc5i1swZEpVQmlLYxanTkq8Oar42d5mb+Wjv6TZl59blp0+e/Mb8Av6Q4dWrq+rXYhTff7B/4/CvmwdlBOPuN
hf4Lr03IlFc0ryygb9asgT/6s75ntSf+rk9nN1wYxF6IvGFG2drnv3O5eGpQd+Irl77AOfv4wVcK1zzfeenO3OuP/5okTv7h
2UCsP3uGmO4jMPOXX9TMDxCvj7AW0D6g/IOq7Wv9sPpkR6xYbC9jdk135kNlFzR0Z+XsfNf+WlVHVrwLp5Vy2UxH86xN14W1
KH7B8MnsuCk9MmUSiW8p+gfHbaeGGkbt3KWROXAw93fyrpWfyp+5NjUAnJxYUJwx2DzzJvngsH7sMjECj9xQNfQNnLw08cRw
RaqdN0nTCKnpy3IjmhoNItFRIyIaHCOQrOLHoYchDepWWpAmOc7WdLBR9i651Mt28WQW4B8mcAX+FE+DCsmI+UtdRl1tNcoF
71EDKenAlCICt2S3HB0wnPNUypBytwITzIkMtZxg26Ph48PpaDW8JmViLa/OdjSfixoz0VZyhN31b8n4dgFOFd0OLppW9xkz
+XdXQ6V8uAtmfQMzls+Stc9Yh80XZebZBjo30Zvqb+ixN0+flMF22cjJE1PDwswgzxhOYzaF3vAnym8qDH9KXR5j2zLNIDDe
vIs/t/+wWu4Y4f+lKlQnVQ+mGlgnwqp3W/WG5nPshLmTv9ue5CW/OrDG+cY2VG+6HIxvESKZpGLLdBkrNQa/th1kVCapZmDs
XWRjBJjRA0aZvq58pjdOGYd2R+71teU1NImIoVHqbBFD1E5Lu4to1WQPjch97K0evj1aKRWgfIsLoXUbMNS0iEKvZ5SH10WD
YV8aG9QW35XJGimpoo1lJ/sO4zfLB6K+zFvLDk1EO3worJZMJoycyYxi+JRraHCAU196BqiXLEi9Izvu2yzqsGDv9PjCKIza
EyGJils1oET2h/rkOJ1HjvI9h9dZUeRcktAVjoPJENkQwj4iF0neK7ZhOuao6wMleLjrFTr8r9fSe8lmes+plrBsgXYjpGX/
UCYNHdeTapevyIjVlsOTpUhvvYLEHx0G28z+cENCjG4odDroEdr/3DpGt3zFA0fS/MApa2Q4v2hem06PlbkIxVCpqO3YoKI+
hpHGlyE62L+XP3FyeKZdGbk7GBve9ZFo7W5dexwKVMq/ma3HdHQG3y51/+PNwt1mZAtOYcXNUnb7X+vy3prkTxCTKwr7Mifi
MwUgXhWy27kPKq1cvJsKf7R4DDaAsnOVJY/rF4auKKXiMtHRDCx80AOb2pEpQou0YYMESZ0/BCZ7+Fg/jjDakRjdPaUgsyN2
hqr/UYHsR0xZZZJy+0fv+ADm0TH4+HzhCFRojYLx8LQ8+NLB2JBQuFWB0+vpIsJQ62YfLD8DA5E9znBA33pciWBl3p5I8XRP
ftTua5I93X1dPguwRaJxQHoYL0LkaoPG+jGEEemG1BPSpYq3wvbOHgV2O3ZVWSVXh0JxycaquB1LM8zHyiJVS7pUSIRk6GJL
SoJdon73N4ne8EcoLhSAH7CZorhLAqWHzVIpcvPJ0wDr7FShLeGRIrDBsYb2LGj2B0oqy6h5QAm0LYpYv/7hg0qREP3WlMI2
eLMdMr7Emo4DoZIxX92PuSQlUNQ3ZAeBnjqiXfLp6PhBK16nFTZ7Q8G2khnDQN7HxPl8QzHQQ3VGp6/c9ZUo4mm2H1nnTEtx
iyVbS5XTt+8fOh43HhxFH3R/u/oo3N4tgMgy/qTtDwZ/0awtbkb4vKbw8d5PmbVa/H7sRt3tXNptBHKDj/W1/aUfeJ/GW+JH
O9sfQU6iLEQdofns5rikPLEnVWrtdNXpcEeOjkfvNmvYWsGtxffihY2E27O5suO8XTvhzh9zJXQACLvgrNpqkVJtsGUGeZsw
W64joLdcu50+IEryIlCQyQYOcRU6jSsINy10svr92o6CWML8pp66AWpvN536tEIjSAAOaDuSIEJKtQGuqufO5mQgF6XaCKdK
2DqYvNxn7McxGeYlos2nStFBaFmX7q0Uy7tS0tczpj040Sulq5mn/S6PyxWp7UCjfZnq98oRzN+IMHeDveDmtkPXpMuevU49
jPPqLeNv5DJnzKzNadp2Txqg5DGNwkm2wKfgbXucb1b50k64PmjTBJQPT42LxtTXQxHsPVW+p+Vhr4Q2CG1zlB8zkFDLnxcJ
C09pFNBhdUDOdxDSVtrq0s1ecqplPFNzTzYGd0/J5INHtZFlz5LRY/xFtzyPP+76/T2ldATt3UnexJNRQr1MK2TVIrc7F6/n
Do+ieHcZ8FTbvluPItpVBUDsuSKN5MGu47iJB0JhvCRu5Y6WhK7yYRYmS8R2BP8Q4qa2aB0TSVKFo6fF7M9lwn01dKfoSpUA
GZr1GINVH+P/ZctbwLMRwpiEBl0Wn6RhMELLk12VosT5c5gkB0TliRftlJWmiiEZ60vIjjBRi8DDhxwYtvaHGaRlqqJsmaH4
cSKQbLp3GP3DTUrsBXeEFT3NmsppMdvK1mViWiyiUAFUuNh1isEiQA6IHGW864JivQIJeYMPie/SS0TagPbKbf2o/BBIx5So
Ed0sqcR33uvUB7NoRNk3tNErnaxWlIGdRlXr3vv1dpbuc7OjKM3vyKOPhkly6qJxcuSzb53RbBhErXMef0YjN8ejE/oTDQXH
DqDA4Vj5tPvSQLfvC2BP+6L4O8im/Za6n/aI7fp2vywBADZJadbBMTkkA4iGURoHxTNZaX/ayEIh5ZkMpLX3B7VCW28Nzxi4
6YpdFPS2QUrde0GH5GaVyhPG163X0ZOw5qRdPmYk1CPn++EvSHDKJI6rLIpLo/DwVcZ+XbiO11HtEDs8wCLWbHUM0dw0nQP6
DWMyyCjhUEuFPdf+nmhPjNd5cOLK+OuksUifxMZp30n5txBplhwyyS8+m396udGvvz5VE3pwogrOIp+f0n4GGv/zl/umzp5e
u/xye6p/Tz36dbMy8Kz1xXIpfz2OzgoXJ2HVyDdm54e+/sbftPAv/tFffMW29jxS1ezqNZrZrva70sT3DbBxVMi+liFbl39t
NJ0bUE90Lr9JqUNnjo3n4q/oB3NX/4X5y8pL6Dkq28l+Tsb+UjuiRwu6xqnH7zT7BQI92VTMpvUnmHQbC9OYUksu8AruMwjO
hYB+/IxvGGtN2RaschFm2wcU3Q8m6gvkjB40Y/KqVi9qzRehkRH96ECny0paHTxu1I7oqMHZqqSF+Svdl+eHFUoT8o0BdQ21
Hg8vV63SWHqAu26umHKpdUV67tzc3BCnnsFl3wW0eUZFjU+Rn0H59BWdDCSky/ikT3Y1Oj5CdbL2ycsajSxwCzvXOdU7qwYY
go2filiDZacpXNvttSrzF3xFWantF89nqiHseKB8Og+ZGxXNceKEN1Y/XNkf9b3z89hKI+RRjjpXmTdL0RTzXfDyV2+w1cgv
Pix8ZvBKLShXnKNOXzT4Cj99XFkGerhleiiUf/tP1nnYc77dzJ367reHIuxt1Hv7l5VLipOWIpOmX5lqjk0fHcv+T9+F0UJL
9bL/PA+g02HPp7PK8dKMxnfuhPaZFxTwjER332Xf8tsa6/PSxTD+wlVSMaKoam6MZfrBfxd1j2GZ8Wx+PnEZp4b6Xzr3gtj3
2h1qmCotPn9c+2qHf+PaxW+j//ezPwPPFu9+8RJKpmbN1sJFVRZ7YQIDky/pdKeeZCexOwq5nSi/kp4c0nb6jGMHo9wrf2kA
7vPv2rRrhstgJOpz5E8ZiOuQIc8CVaqKPc0Pvs9InWcuQGRaBpLVLow+wBQ5b7VPUe2JXKlQCVHdMXp+TrRnnujwxyeSzYmM
iE7ZHX2M9XnP2KxR9xX7pPL8v3x2+I0atHFCazr/B6ch0f7Kwv8xpjtdONs/+9rw9T7F9XFoXP535+P4xFRL/9yVhava2b6o
7DeD8hLQm38X6zXKyUOzW1R9WgaAKKHVVRzraXiJXOkIEJQCtictAcqUEGkH6SOzzb0dOf8+D48OIuyJq0xh2iXIC3t4/TR6
5vWjnup0QFCf0LAbnZZkutUxDZxiDOnLU03VWEWAXPWFvZwsvyUzLB1Jr6CDu+3vRD8cwka47lCLV3+7L4X1Dww/piXds/re
fNXOfFtAwMkJYZCwq57mEQAyy79J9onwtEHG6uqB8tq9XEP0hNtzxbVmS3lnlH+HkMsS/mzzbDYRGEi7CSvTgncsH8P7Gw3Z
w5qMMeKZKiDUTFmqDnXLZUdgfXuiuFLsb3kE2Y/X2c6tdh896091j6Bie9pO12Lx+qdDygLtcpao9vig5rj+S3cNy/QsDTK1
YBmPp5xKQyUbnbIUr6sFhRvDLk/EXu10gXL/S/UvlOI7GWGgl+uvchv4RG/wJYvsD1r6PNZVMNRw+0ujee2L4NamqVRQCpHI
stzsbbV6cKfFRXkbFT65tYvfq9WnyGTKFgYiwR5xdrc77CL+OV7ryWK9odr9/chkbvuTGJKrUKXG3hT95PjyUxoAJfni5nCm
0o1UusXmJz9X/ijP1/XbxJzgRat93aXl5TvtW5X6qUaKnDG2XfSwPuTD9FhhkM56Z5kJS5/6LA3KznUHm8+slmzvFQfO/hoO
TZe0J/RHtAXmLbOHgiw/lOvXnh3CVP6/0sCfreyM0DsVcYhanZN/Vm/Sn1yFxxf6cx71kQxHdEaNY8BnKi3oOg8az+v9st9t
GlBLXbEAd3rRofMwlD69bzJjLeKKoX5RZbLPD9gG31FVo/NZFL1Vw7wCaDs9nHh+/LKcPtcynBJC41LExLT0kxbefTSW3Bt/
oou3hqQQJJ1YamGBAAjzTmcvk4omum1LEt9ZmvhBa6xkS5yE4tX79f6l8E95zmzYdly2kvb7+udpa4LaT5Sqid/1TjbOkaHm
GAAE22N0wzBR0jT3r3/o7ptF+xWng7Ahcwkp15dvNkq9Qj/p0Fe9qSj/pmQG+FyyB/XqHwL8j6ViPKM3Fc0YFg4kk5w1PdqB
tYHDomnnowhKC7f9wm7auxqeQGM1pqNXqIKD62WHZW9DyeeLB0JqLVN9gDQHArcDzAqsDJH47yWQEGmZlBDurG5D28Byyeja
I+SiBg8LEk7SHPox6h2hImZ5C/efoHaUvS0biphWn3S3RqelznqkLVAlYNAenbotOeuPG/l038bxcU6rp3MqkWyrbJHdqgD+
AKLn3nmMNPfT2eHiiAU4faM4tnbgxM++U/Y0K4be0DNOJj0jsrvNnl7xmFalfX1id7TsxpuYZxWjsryf3bldLsjJDtBydKNM
J5DurBbX23sMN7iZ1GKpbK2N25AyFWv5IzTrAmFwyc+yxWi9d2cRrsqyTJcrdAJ9fElJpGoFLrAGeNnSPxU6yNt9qQKgC1U3
tUMrPeZ215e48fD+j4+6WCHpk9aoO/aRle9ZXwT+Eqdiy85z1H8auvgynnvpzNw84Gq8eXlebwJazf6+L9ueHXrzoiVQHjJ0
V5Obf7SqhjIpu6bmbmMvZOyL25lK+og7bumxMV0vZYOibrxcb3y0x+KR9kwa1RArsSLT1BF0f3R1XBk8wcS1xkoOrqQsQLf1
z0AEDEBgy3uIc2Uh1D/dYIYXch1ZZNeznG0p2XhK2/Gpt0lG5MurD5vCzn1P86m3r+VHyo8UPOoub03C+5qG7JiQ2n3VslYL
KAAbXoDrOx88hZo0fN+oGN1qZCCiric/TWVM69FCcjVlzupoblVqS+974x8YFELW3wLiMcQ0SupzDBxpQL1I5b50ZNzT6VFo
4oEPaemSkGlnuYwW7F6H0Kq17TVoF4vI7j/KEIaNGMrdqqcSQFSk+to9bSzUFraKmzk+6+Ti3a7J08eKYEvRefR4gpRymwGu
Xvf2eHnKcE9Z84TC7TYDqePFox6aqxmbcA8HH1ZN+INoomER+qJGrbpMVNBm2hQQVuIG7+qxOUk3GFBl/h9lQTX9s8o5fuS0
GOyPawyV3YVvmpqUMFxXNI8NVy6e712uj1esA1PD/YqvV2dRe+Akp730p6e+b+hX69VA1N4ca3stKjORTQtDurTH1Nd25vuV
snJRNoRngmCtZz1JWy4270wmjKk3EBo1d+aApDyZgX91Ej9dcCm8/h8msYxl9fdIMFz0s0ZHF3DQlOAyBNCj+7G8IDzoOajG
/kZrf2qnJ9WQT5JM8P0bmz+rEXie5Z+0U73SbzkUy6c5aLFW2qs7uhocb4uZaIUPdJZzVDWRXJdV8CMNUsuhUMnDAsnkIrB0
UIx0Clzdp5KplbtonW6RbBtpnmpouBjgIeV1Ws3pWgkgPSETZGFBH1E2UYPerseZnKgUFFm8hcYHq/bagLBIhkqJNHTsilj8
G1CMW/Ul9w3aenYngX7wqaNBJ8K1JgTQNFYyuPWUQBV5xcr+e81C7amUwZjGXmge+plfAEyaYTk2rjdXp5LuJCAmfRV76UMn
FSUWVW2zaXKnVRprSlb83TukbUV69JGLp3YbWs0OHGVPsoSJMigtg0LHdlL1Yb5zfbwPV69UB0i8wJ8H94oNW78YNeKFNUbX
6R9Jaqbq+5UdGOgpobII6KtD29aZbN4yDxe6Cq9ayPUzQzoZIG9Bq+nOG1ivWxR6CaZzLpWTV9qZAKAaBYp5D62NHvcpVbGT
W7aAI/n7Mc6o1rVrKcFuYUuSXuQ7oTRM3d1lChOZadw4OLY+/UhEtucySx8mlNHF1mG2Nb5HyloPvB9w7Fo+uxyvGZxIsiYz
HH6a+h3v2o/dPWymf/aFlZ3xrbNvY4rIjURn8757jvXP7Ko/bXqeHHeRI/KIe+99A0ndyvxBNvf6SEgzXz85lezw1B9oPOd/
nkB2naavvW+LnfbaR0b+sbr1vcbtc+mRNyaUn1Q3/RL9lmw0zocmzvRffx4cLBKvQsVTO50iXGswPFfo6vis94u206pwfHiX
6GbClzpDQxMep2VA+5z3S8j48H9Uar46GE9vnhm+YNMonq3Wr34pw39d8dy8KM32Tir7rg3XSKNReL2Pg2ra57vPZceaQ5bq
Neo0aMzlyxFqXnbhaJx9heBAVQyE7SCEDknGHogOWKQuBoIAkhINSKQKQ9AzIDwrm9ZiBbCj+DyJ0WadCrEBosTVVbIZ8/mP
rc0/7ktPJ5qjhk4nT6kGjrq1NqVbK1QVYw/eCyTQsPjJvH38fSlDUjIRv4cvLgTJg+7bMmR7klUvFmJUdtkUtpQT1WV5O4q1
azCqiONMME3Kgnc6BQ/9CVXuGqugGC/yy0y8UDzoHm738kRPOMgpi5uwxd90r9R1ylhsq8atN4i0r7PjTyLJTA7ZO4j4Hfx+
OVEg4b1cZdv7KFL7+Y8c9K0ot/ik2LddC2ZussVEYHXtuIPmDpbMHyc84PQ2VTMexLZUaM1RdQeyhpLscKWPiHg+F7gXAKW7
nk99kcCBotgdfPTx8UrqWeYaFfckb7WCVBg9XPeVlrtggCzcxR2VVPrWYW7tWhILHf2d4c5WBv3QuUhWjnzFlYM4c/yQW8lM
pY7PueZvK+HRTt9IrYb8G3pziteNvpY4oQm+ythNC0unSqeScpXFctKIXQJe5i2aGPl57kFQpVHDy9HLyZaqW21lbHCeh00y
HgYNhNXMS2ptn2DJ8QZZBXkZ4glMN42DddmwhgNP9eIq3TiSFQ6QVnb52hnUqrhjeM3tWGgoXl0Y5vjLC2NVd2N/mBuTJZ7a
Vf8XOqflvDyi1GJv6eHBqq2nV37pj7AHL98vwyUetGoq00+Pz7q5w3ZbTHU+TjSrimKWgsuUGJHTtFhT4jlJodhlCc5QEURS
K4ecCTO8lnGQlL54pyU1jyxhY96tjbdbyYb4CXOkEhsXipE9Fk3HccXByn9zFIQc3aAQ9YYWoqo0j4V/5gVWFVA7a+hP8ZAv
JOlhBU6dCyK5CFJ91BKl3pVWja1DpZam6dA+Wqy3aemFCtRmMUvdn85B4+EQmc6cQvIN1O2vHKiRIvLJp35PJbOVqB+1kstw
4WTAlasja3SpfTf33zfBoZJDVx8E6hVelSWg6htNR7QVMtwuU0wzVk5y5JWd9eM1Yrp+/JuogOOr5Ds99XrK9sEfFwLpQMEv
nDfuosvaw6El6n6i8U/lVOjiv4uZ249/nt2NgSMbMs/Y/MmravEKolC5ZoDhlwZtepfNfPV1xSsTplp8ipW9wqhtKK03VF9V
nIIvfVFEn7+gNCrlU80pomZ6LTzIplkr4YoKQQ9fyDaO6gbHOd8TqonGDiozjnfPHVEdR84/CNtiXZz6rVtekUIrulDMtfi7
dieaTHF38IHOvd1oXrYWRJBUGe3JXN2Cp4/j6E1cTJSmaDhZTB8rYnkAq1g9BTbbbLFYwunLewi6WQZkGtzLLO9At2y1XbOm
U0+Q7SBP0RCM9MhKxxP6oUChHB0udIsBY0Mb10v8AcZ0ZVGC0ErpRFVtVivcdC1SSdjqDzEH1VyUUot0ls8Hgc1kQTX/wm+e
BNhimQzRjWArrIt1McM76z42rwy6nuYZIKKjcNHjPgr5G9NQhdQmgE6SX8Pa4YSM29mryCMxZ5yxR9fL8m1iV+f0R/aLxb+P
yYZ3naEfukE8BZcdnyCP80tOfxMrBX5bux/9Hy7zxuf3Az8N3HiS8pjE4/sPd6eJkld8nIt62F/9+pcyb3olpn9/N9jgfvRo
s+Shfnj6rHHSiWoLAZWmhfh7rykuIlH6VUgWN02ZxscnG0OROwNHBCwHZjrTpcvPB1491+R89Qk01yJxCaWyUail3dYQfKih
QymiNErvk8C9qr4jD3Vn7wYFf0WxL1WtlR1gJ7sXSojgrs994rD0ZnVbAgtkP0TJMvwSnYkJERhG4ilfT+AT7W2urshVyvQ6
EcomiiEkh2KKKLCXPdxr57fLZewjB7GZVBiKVJNbrDSqyb3SBhjY5ChXJ6xGnFzx93CXj9SSim3q44EIWGx2bOW0lw7wmwcp
MXm0g3kigUoFVxfUuLpejbbPVjxuvBGzssZYlnCjfpsfpXgDUa5uWWZknKzNs8SARTtShvBYc3rvBNluU2qDWM2WjhqILkZh
N4LAVofeXEO8iVjieK8CB3Jarpdn5Du/fodoGo/hVkTt3ul5t/xGWXxjqzrVSizlj9eOyuSp3PLjkr7enU8EcwcrVfZh2bKk
vsZubW+TwdpguR6/W9ke3hquOazN3mZR1kEiqWbEXwhnfu1yZphYKFlynDikpr1/u/MCuUC0Axn8X7n/ED37bII/Uc1gyq3r
5FtnDHKoVQbTseu08T+MVRiwMRwtfvAseRejXHX7yHsyrwUvjEfa1Y9mdg+JENr3NLHs8CUsvVOD9m/sxVqurXHeKL/340aF
/M2UGffueswOaP9Jjmukfc2OU5OHqOWST15OUAATKeeL1Y51oV7XaLukMlkPhXul90V3DbMsMQxZ5qVkKaDkmouHH7sCrdVc
f6OklqlSe3m51JpsaR6S8q6FL/KghLBAq6NJKf1RpJukaZXaskZboYGytY6nCXOtRwbSgLRpgLpso5fd/dhzgPXKeW+9manA
TaHZbreabaBKxMqbkMMgM40raJV3NZ1sO7JtuX8DLdGsMpRlwooaX0076/Hj/axUjWSLUb8jH3BPRpBcprt1s3X0sHC3uL/i
BJ1BSP3bDTK96yisdJYf+n0R3YOjZGcndqgR/t6Y+WT/iefnR0DjHxLJCnaDknfcmbtkcFe8sVr0725PrNfz70pO8VMPjHiO
Yyl8592Pjz2ORbrnfvCrsg/cgM1E7w3Kfh3YTiEqC26/9hlLhpFeV7Xq9Tfqb7zSuVgQSMOc/Ixp6Lv0ySHR+R1uevD5c3Ld
RcMkOLxAHyCbb+u2UH8ucFJoJcsDfbFSRTVoq/rY/sjHbJlKl03p/vnsrnk14BgHdMeF5Kkn1djd9yeeiI2T0T3TPnsEDzLq
1KNRf5nMTQy9TXIPYEBxK+YXU3uJcjyYFO60Cae3vn/1EYsVvfe3ssf5f3o/pm08LBixUItgDktwQkjHGOZXjWInv4K0y61m
96DQ6OLEjWyvchx/KBXTAWy/UhIoA+CohzLhWsTBIc14U47Imro5F9+ol0S+WfOivNF4rD4UseLIOKTSN6sUpepTtDBdWixW
tCDbJxXaFc0oU5PFYJLjbAykuBdYkaoF9VEtovN56hTxqTMT4xVS7ZOEmG0+6ZSKBTGBdLrl2IHy43qE/jBY0aToyk65BAVJ
JoeXn9asSMTJg3I1VhVjlCI7WT48aLairaoidPh+OdPLapuz+kufFB1Djj5twrmRVt/dcvxsGbAupquadyZDwsAYactXuDka
ZbQX0KNG9Qr71NVjqLFSxYBRTOtpdMdlZdUGVGidFIc6EC8c9H61pSLyAJK/P0L2V+ZG+QppWADlBuuM6ZmEjfqqHljAe7Aq
gV4FxPoUxs7q6wvs9bHKpUZSkoaX4+scKg9lTZeVyCCDOSrH61Mus15TqKdJK9ZrEkaYkGJVvQdm0MJo7XRTO2DzjdaHBlfU
RbxIqKP3SssPWlPr+ExtP7FKuLHog9vtmv5RxB2F9OFI5VbDFfw0U8t/cvPL6bWZw+G7JhB07vlWHTcHGhsvL4trzp8t3Slr
Q7l9VfwGE02E/fZIcRw86nv2t3r0fTfUGJd9NPlfb6BPtr72uV/Q+/vvKTcrwc0b7ZkbnQ3yVbVtOxf2kuWh/uth5DeYQff5
V3mwl/mG3Hs1G2u3twQ4VUnxMzX84K8uQLC72U3E0/m1ZzMXmPkHn5pl2jfKV7Eh40uqmfPmQGhRDeg6Q8CZDvHaSYvqW8PM
gDhQRzOSrYNhA6FXvjlgxEebvJW2WVGrStvDxvZH7NJMW3dKPY3YT8vPm2VF0CJHzBKAArJxdqKq1ImCFlBDxcFOJ9GQEB5Q
dZAeLihEdriCtfiYsTN+DkCVFYGghKm87MrB+PGAERoNes/pktWQRs5vUOk+cmS1eMh23E8yd5Tbps3x2XFeSasz2FPWdIcW
Hh1mE2tKoGFWapbpoPi7Xxi8qlCTO6yVD6ycACMI3hWYaNaQimdTEcZbcas1tQCU4mspdXH9SVraSBQcK4DxsKlGG0oRPVpP
RXX+nFlYQ2qECDxuow1SYNIcWnJVw6xAS0FAUGyIat7I90z/EyiD8jjJHWeREAhpo6goe85/cKM8mGEBIYMY5GmmWZrpUN0L
HHjQw4YIY1HXRQBY3VZBT+XY/TVUlvyjcHkG19VIRulbbCB3nY7jg+Zxu1ZfjKCZHaq8Vg4XDjL5dW8tF3QOcsOhICHEPgqt
lD64x2zJt6jV2Afcbw/73GUH/XH5T8P/dY82HUMrE5kh43A+79XFuKgbySfw+6Xrf1XKBs4VKiHeOXJkzZasvx3PXmp8HFwv
0ufPKL+bcdKb3RfPmFkepIBuhRVprl/XD1NIui3v4Bw1pThLpTB2ECv04Xyce4fSv6SbZlIqNWwjlsVJJVFuo+pV7bejq5/r
qCdO9DOtuRPD4Sgc6ydGpqJtbm302boaUMkigF5HmdqG1BgDVy5/BfFX3vmkUyJw01NVk4do40ACqHqW6sWaeh72F/O0EpAR
x3XxfRna7fUQeK/bKrIAh/lhNRJ2lbHVMrq5bOCkFgQuKCTq3a2YsxFMG/SeRronPcYyu6hUbDoi6F1+U8KlfRZT0cAt+TIT
2ma7zGFREeqLhSqQsWGWIVLjWVk5gPJqNUKQkrsmt4tq1CrWOHgKhbV7MjquyGA2uYxxKkzpSEWmXopvsW+XWP+TSuvJcV2R
7RjNrWBh7bhgKO8e14kY91ae1HBUD0FxS2xQzJSeknq9OQb37XI5lU6r3JOqDd+G3vA+pcvndGSh3aLO3pJArJlAb7Q2V6qu
7Hg2mfanw60G7gvlUw9I4YTfw2ruNvKFjdwdWts6/IcNppR8HCcKQVfC1wPMCeNIq2qvF2WgIexQwaaoMA1QydcHPFRCTbM9
aRDJGuSj5U4gd5yu07CuOKQOQ7y8x5c1bmPDSdaeHG5JhT0wVWGP6rq9q+HFLiWPHolzj3+n3A52M/jRiNyOduK4O6JqNQ27
WOyjHx0sN1u76Vg3122Xk55cp7sXApSuMs5DjmYrpuHI9BbBRzMIKPkytQzCwXnUpXQnwKcvnJGk8KOgkpKvVUUoTheZhKfn
kdVxBH3ApXkon8hGajKiPIh2H8fycFzeYHqIdHigxjtMnqwfHOqgdOynh27GmDSI+iQTU31jUdAknhpDnHAhKpXpDlZkj0RF
vzJ/Q37WHZaPAHe7JPNs+bysy3Wo14hcff91BcD0Gk9SHWqyn2huA1sKLQ6IurTQ6iraPrbd0iv2PEqTo+UNw3KOCxuekhKY
Q70dpiV4dQxuqWoicnSIlXyNSyVPPbzhExuJHUXoP9+NnEvbj/hHycTNstRr5YprDXm/4Xjef3qNLB2o36uGexvve/ObqcDb
vYJj8V3Hfqvqo1W1WS1yahpQze3P9UM2v2sQ0pWiaMECJSxopUxKAwFZhu1seO2HgsTVNc19I7kDWHX13uCpSJ6zLxvFTqeu
FxAiMMq4qe69NloPlUoTsSp40GUdHGctOdMOryPU4BrXoutX6k0Vt0ECufoQhIsV1Eu17AROAUA4EqOFYqAbalZEysNxoVYw
j9c21ceAXOkgXZnEIYjXwnHoCCgGnEa1okuQm5U1jfsocxjAk8eNB0moJnmIFU+ZxZ1QRHMAJIqHUpBqwXRpt/qQKTflCTC4
BCyFacdyvNVEJDjTY0vaW531FJw3kBaEA1RZ0jPcIju0Tap+bgDGAAzD9hWqUR1nlOUbwOA5rJLVTM7VRFXeGEggFDJLZIYo
eqDckk+DbN6FPJYNS4xZHK52J86nKpqO8MEOYGhiQXsaHuopex81ZqbzO/feuyspTmnmqT3ooH5454n5RHc2ODGwGFy50h1n
Ag+RPI2AbxY9Bprtx6vaF3DLr5lu2aYdrI0b9QvflyfWo92HSam7dWDQtwmxe4FVEvYhir38BZaURk9cAcVBihSdSf/VSXxK
i1GdqbnZRuKFfEuRUZ5hM2MoXlIaeRM231Y+HNhdMtbE1P1Lu9sNH9AnVOkg3TB7XV31wYe/ilOpTUvRqPz9eq9C3JkdqCgj
EblzO7Tx027hVr7J7yK7ortYe6hcz9CyVDARrrkE48tVAhqBCHSVCLe3czeUhxIw6SBiNAEqkWDxgHHee/BU89RDzkjtqJLw
+gFU77YqFPa0XYB9rTpeanUJptHQH8KBNNNrN0MIIhzREgYSavLegVV1BihFIsixigFFRKdpv+UwfaAZUKl6c21ylDosK1wd
6GmvzxF71wcsTeuFYaMSBAzgsD4FxoQJvifBJ1/KnlUbALYLma0Hvfu7nQQRa7TUxSR4VkxA9JYctpL7LXnykaccA1xAEAB1
+4Jb7hLaWXrLX74X2/VL1LW302T4J/iHUvoC4j2g5lLgacoK11PGCeb3Ymp4m21pC/IghtbdFa2ij6ePTaMTdOBz8+nNSV31
HgbZmVh9sdXPVPtkLDnRbl3o0+UWVJAEPycIckzO10v22vm55wvyVgjBx+eeM3zuisqG2y1D2DWJwlr6mf5B6WyR3SJkR/N3
4aYlMk93o43hM35FXj04ofah8uySLkukfhpoDWldH1uO3bsWqPbEK5jd7trm/jBR6QylPzSn1Ht7w/uy2OZEowkFZ/ueENmP
+uXI7ScVUTzcF44POdkSLrke0MSpCK7OVOl68IPfu52rg4kYMyJPcDEGuWf3UmUnSkb0HUNhU1W+SZeEm0u9gvM6ARTbrcJd
vPgLElpq7zSKfbFp5jjlZRZJbKBYzPbTrgngapuv3JBnBurGTK0v51mil1U5UZTnH4d6zyH7C6sLLCrbh+kl6CDpM27MNFvV
rEY70TVibURDbCe55KOG+7A4WV/sABVo52aNKYS3Ry1t+oPK4bFlkchEHL1leWvNoffcW838T1/wiae4uq6gT6U0AXKpJ5c7
YqevsdOXZVb9i69cGSrhxiB5qfXtHgItX5q6hp3yYNbLNcU3Z6wXTN828eeVI+IVW3fireGJtlFheXGugU3IED+IaSeqAoad
M//v32aDakxhQiaaPGyhRysd43gHrJ/mXuqoDbzCSiODATyc1w4wmMJuqx3zLmlIxWWtpywSMmmEvpSf8llV9Be4mN0leb+F
WgovJ6eBhY58SnyhPlTL9w3PLzVpygGbsbNyfRC+q82mWeGMtwR0vG1/T5aEUrtGKZ9YQucLqYPSk1lpKq6fwHKXSlppQ5M/
TEcXHh6kvBsR6zb+QitHbzFHe5Vi2ZlQHydzwUG5o5F3diuy5H9PScu7jcqRheC9KpkuQ6TKmcfa+h1ms3aw1QglslguSWnC
ViVbBIlcb9BqpkbmDlCkd6+lErsK4bTC5EmMQQErKWyJve5R93VQXmgGLiabqkdiML0oQEU9AHpAEqgtHm2Ai0U5u1LyMZ3l
FOMQqBK0VeumaETajpjaQaBA6ugNRfwwACaIKIk7CdPZEr8Ea6CdM0HVk4n8BsOWLhJlXGEJx0P6xrIC0mxklb6RmWRQ25ki
W60jPBuMZLZCSKRlqr59dIu+o0PkOoV6K6fvSwfgulaRUuYBcVYCa7R6PNwRoCxdXF+dyFZTsWwrpAz7CwW7MH1FdnrApXi0
boj3DxX0qRnynas7s4xG7RxmiVlbqdUeM1hdveRod7icqhNW5v1M3FYbeH/izMR7ZtIUA4y4Ola+UO/cdn0MK2Kjw7pViIK2
F7UJKM8y8XA00s+qauRAl1doxbb+KNYOhql07bEOayt6IFhkEOdHRb8Uxv/z3LIIbxW0cBA1GSpu+om+AVjlq7wgSRo3auBE
0NzMo2Cz1sT5DLLN92QKNa4dQ5/i7lYXOnzSWDtGpCinQptQEsTzbI0JBhlrvV2VCUUTHzODHCjkpLgF5MlOumfTCWRc6Wer
7Vo3FKvxvTPS0yhRQmUgmMn6kumlclvlSv1/Ddf3kxtpmh/4TCABJJDwrlCF8r6KVfRNsh3Zvqe7p3vbjGY0O6vdu73VhqTT
rXRxoYiNC0V0UHcXWukUG3sz2jGrGfb0TBuyyaZnkUUWy1ugqlDw3tsEEonMRBokEsi8+gPeiPeH5/s8ny/es+mXG7lf9ZR+
qxdk7EI2FXzGU5SHDvkk76OibquVQCVxnxZVe89KsSoDNWiytR6DfMv1aElWWmOBQ1VA2H3ERLd5CovnK98dVbO8ZiCX/D65
5TK1F8rx5fsyf0cdv5F5licMHZDzVUsjJtOM3AtY0WQS4SKMUrRhWMepyBhKKaammDgwKAVFhTfh36kLzXxOV9Z91NCYd1VS
vmZq0gq0rL1teEu7OshIZ6b6Qt25kdG4v1p2MgP655yMHngpZ2A6rTVIKzMYJMu2lgB58UUVafMcjpQacgQqlnB/p1KOY2zd
LefceUVL7hciBQsrz6NHUr0drFpFsLXaZhItBQJ7AImMSwJ0uMKOXoP5b4oKhVyhzz3di0YZf8BiphuSDvyFsRkfkNNKaLlT
Vfb16mWipNGSSlwTUkUilOFbnUMhF2wrY5ya1/Imir6luHXNfPM8yJraIK4Y4Ml+/Us6ZT+QJ2SK3aRQ0EOy4ZZME+kk+uTI
yyCM5uBN8ih9oEaf57W2XE0GY8km278+MM7uDID90mlkALSLncsXMZ1//CzCGyA4KhIGHs6A5knEcCOFGcJrJw9cumFMGu2v
FkhlMNyl1DmRomvcgXmdKFRxKuuL0iRDbYWbOLg81fCD3ZR5e7a0vVKo7TYDfr8rc71qacdlUNwsl52OfaTiKCCFsT+Py8if
OTZQKybzqk76LTN9DVUtP5c9dM6a6ZF6qa++ZztNbR/8/INPHnRB0FVNfVN9jjePQneAfa9YyGHeCnJjznNEkmqPNzxWWz79
XJD7wO0+swkjV+uPD2Bq+2gF3qfvfr1PEf7EEXcLACNBqtBUZyrQca5yHclFJUIaqsUH6vyutaggfSBJaeRInok1g/tc/cDF
MGv+pxkPC9M4LgcViEhvcTlxi8PK7vYOqGFQBe5GxJwTkbmXlvm4yg3KTZoO3ohtIzyQFsNy6G5hnTvgkQOlACKdkwNvpvtT
EfjTDj2aUOqtl5dnrBZJ/c7pk23FqTHeDsM9D02CYVoz3758HtJ+Nk1D3Rf/7MxLIqBVwpIRlgyeJ/FGmS+JgX1jBxfwGKvn
IEVE6BjvJpONYhkf35NO6hLH6pPxquory0AZt+LpDNCVsWref4AxFNppL1fgNV/y6ia4C//IVQleSyykhV8RFOTZlbbGyrcc
9cJtAG13fgmeCD16djfwiGgLSOr6E3+xdsE4m35/4O3BvylTxqIik3v3zPujh+mfzkwMdlfm35//F0iz3rvhrNGtM42/+Zjv
7e/7D8T0X7177jVTZi46VbsSIuj+f5AriagbAdHGXn8rCuhXGwpUnigMoq7cXjXYaAK20ib+XOUJZ6Tuv8eZS4XOyxfgWgfA
nfI8z+t0iSqBRmCmtXlYJcFWzhiPNDmqXOUWtlNBhrqOHHYlUMTDMU2sGysX0vB1j3/tqUliMLH695WFAeZxNIM/obflrvV2
nGkqiJoZ5NEmbhDI9Xhc3hajBNc9EtoKBLIS+1eDHfHYgwVv68uuuloS+6Ur5u4kP4VribPHdxKOv9jpV4FifVLBm8vNigyQ
A4PqjrVctdhQCwK9h2cFdOa8Zlpnpgm5RqYZbmxfqTO6AqcHlJIrrt64PDsYbbIgq22+hm4UnEtJ2iQkh67h2euN/VYDSyJZ
gvuiYlTTWC1GLXYZ8PWZ6F7lcFD5/0S2XG/1NM6Pm/evNong0CN9d/LqV46oOf4L7DDw6x6g37iMfr54/ep9pm34QioiVx8t
B5VTNhqCtUrTOWUDCfe+2ZS9/vmQVtC/hugZeACwvdcg5IWjnvHTNiPwsR6RJux/XRT16jPzNgdo7xiU2l1nzWWLyKMrlw49
Ai458iXR3yj2Hu6gluLuSj5f3Lewfao7eXCbvnnGyfDbftn1g6/wKFsuFer83zXijBkqrCKZWIksRMqbhUUImG+UyVJZ364+
fhJKorRzH60aMF+ZOWrVIxFvo7zHla/dCVWK+Ubtt0aczmUHV1T6lBwaVdM2LmHIoc4KgLpR8oFmr1YQU0wy2towtRhrlCWE
7kYm5KdvL8v0dSnHSjX7z9g5eEjUSdP9REnetLW72glUCTvOjUiy9/8dMvBu+aN6SctnX5sa7hmakc9o5s4VPpqctP1FnwYA
Of2/H75pvr5h8hvzcZ0zVbHpHeuw5svTGj3jCjgT6DZnqiTuExpv4flEKpt7D2gdPQ/zD7K7sd80m99UTYggyOB69n/74KZN
M06Ozb8GGEufalvPkO5FUH7Jd6XPAkq91VRfYcvULx/5+ANv77m5gXiftpb6Pyf2rXrL7Hn9nK9SRowXqckha1L31kUd3bZf
UZsY0yrEzXbNo5PFAh20RHntmf1pVCTVp7jX2v4xjyZlHDxrk6AJ8pcNojYSlYts4gzaKBBOPmyiFM7hVokBa8vbvDLncWFm
zXZIn9q5ZRaq3S95PU8u39uYaBdLo9kdo0cX+eZMtJne6okV2tszuoeN2L5dDt/Y8pVK1QU2erQNrIbgp/GKu/92yZC4k6+u
p/BrD6mRe7+rGFWEuRZ8s4Uc6NWkPoLD1R7Xz4fTWbysT2zXFp5OGpEGhhCPFKUFjv26scukZvgLnZU9Ru/q1dph/pFdl+n1
XNBhQijW0z841bgBtP6wY980tubmoznXS3/5Iw1XMURk89/mP57b3A3vfyn4z18Cfhz8sfnt7AAxvakBPBOOQz87dV1rN6pO
TEP57K9ZeS79xPLWcZMdJE6q9xveeyup5diPp0Jn/WhRt38pjuWi0aixrvsYNrYKynHIVLW9p5utDXwEfTh86eRpcFw5erJ1
OdSZl3eHTl+aGbuoeJszv/Lp3PvnX5/oO/XJqV5Zbwn86xHNueFTPzVMahteQT4r2QFHu18u/zNjR16RXoEdWr3KXrKqmwSs
IBBjMTY83/qoheOQRVXrYHbN3GuasV2lfLRZEpikERmZ1rw0Oq0dnDOBP4RGgkZZe8aguKLudn4wZEVeT1+QXqipL7WtQyZ7
Y+zslVQ4V/65fH7mrGKwhbUtv00NPxgJP+Orgm9VlkK7zlW1UPKsZy5Jt/eLB85Qf14/WspMJGT5wy7nyf6PM99/9X3qdghY
Y16B9uWL3V8vpkPCHitPSJRnEmCq4nNJDhNLsD7RJotBqRSPdGQWD3gIYAleeOAN5qKBg+iNPJjMKhSeUVCRf4pda6kEK6fX
VIE2fKOpITlD5kSP4famL1Mf+4MKZTUg3jndbldILO52HbsUZaqSsMKCshTpbmn9m3dEd1DNXQ1uGMlovOjtIWP4Fg4KsbZl
G33W3e1g5kXSD/rX09m9Wli5HVxVMGU7JTOrn78QQ6qORkaokS+32ZZ8Or4ZcaaONBAYijg8dCmya/LOFNodFkGX8+YlTP5F
i+Lc31wrbBrN/Q6LLSsKyHIOsVjBiLVTsZwXajVC1RNpdRQuNRlZ0daliL6c3jeGWiWdHTp1SrPWu6rOUZJED5TUjflGtF/s
1Us9LwAnp3qHZTP/4dWRS5zO87bOfOU/fgyuQS+f+nzMOhM9PTz48dSVXujiUP6HY399+qsd0/CG7sXJ8VeQd3trQKHeadWq
ECWG2i2DUDpgFJJgNJAdTcW0EMdafvaJrsvUmrys3kumjTWV6KHQXArgtxRAd4APGEd/adAq8pRS/094Fe5yaNfCK1T9uVw3
3MmWlGxN7+12GJse11GIms5c14quLbhotctDrFIKyxJK6O8AVgyihJ2oEh0hZpcVmso2QIJgTvFcUlG0MAipG5TdICYBqnUr
3RRSfZHmEzbY6KrosWOGHGGcH0wwLT120GlBXT3T1AI9nJw69kAgJuskFbuiol3VtLWsVqFMHZJMKmcHXAx3GFfQHEDKVqKB
vDHvY3oxDpKpg7nMgqIHP9ag9b6wXALMvyzvOYBQweGCfeWeZqKZMn6ZqBxWxcL3jILPnZgd0mdX5fpGsDJhyp3tFbiQXrjk
jI2s644n+f+o/UwMsImmXbjdm2zDtQnswvt66cLh5ae2rg7m+8gPrFdluvDeoaWaRNo53ybVG6kUCiDJkYVaP+s5v+dntvDi
EFsnhuNiONsuUH5VnzemeLInCbVmb32fedL8bP3+civ4hCbJwGSxEtXGovKSlA+TkNs0UhBawcxTgvUW4QzxX7ADoKSuNB4+
37kTqjZyvja6J82nal/t5xroBqYbTfM17pmOBAwgB3RicCRtl7VKRbkLApy+1hFFNWlxiZArO9XdNEe2HQaOGt4/0qApdqm4
f0iWvyqxkXJsAis0KAvvTTXL3lw83ONCiLAKWAkSAF4+n9xZ8ZqzRxl3RiocpVStKhho3j8qft/2VEbkiwZv2XBV2v6DuwEV
bh2SRTYbYdY2r33ZjWI1eLG4yzH1atlC3iglt3ZttSjZBArEEw712fFiswjR+/Is0w2FY55tlt3NF1K+PxwROislBQSuGhCf
clitjtdvBalrQdfRrjmboVdkuaHnfSeycLx5wOdq9T/Ez5A/wz3JeUCT7uioeV5LqKuP33Aleubio+MvJMz2uP4o1og9L6ce
V4blm/ravYy2PV8Z8AnqKIoUaV+786WW3YwZlYRDB/Dbj9JDfeVJVtAGZN7z64+KcOPuSFW2hPrqvn4V0aDxgw7fqT6glicz
qbKUPPCkVvBGe7lAK5j9ErIv2w+1yCxQiYxYLobz3qVQb5Ep+I5TVXs+KWT3AhdKr8iTo3GP2qwMQTmjb8EDctOWPrQ4Adlu
yi1+biuSuBtQujsnTzvjS2p4xkb8v/60YSHrDLsF2tcaaXjUP3ScjPZPfFj41055QRgbgP7lvTcM/bPOn2L95v/54nvGs9uk
syI3zY2cM+kvXLIaXu89ZbJZP3xX4MGJsX61oWiwdxrasfktUMFGBmtmvJSzoxq50r6EW/5WiNsAf6iahHjD457fDVmlPuGc
UxgQOnfivU0YO210lIgs/Mc4ZHOSXcVpX8x73kf3qUTweARDVfW9Db+sDLn1RF4tbXe9Wh0hT8ZvqWY8S6FHRMt033Zl4FFt
Q68J/Ez9Rv4TFG2uh/o7fzJx4qVc9i2HZNNULr9/7qK+j2CaRiugOWP5t+es+CZoUbqa7FRUy/mDQ+rPjoNhwJ1lT3+MOuTJ
kgPu16YDU0Aa5bscGUI1jfSDyeMDWg8WlfaYrcFcupEfd+XJaAm2juU0bKL0ELgd4q4rfXA3XnyGibcJ8dUeWBiYPzlaj8R/
87ADrPBPv2rs+lvoiYg1hLpqXfKx66jFKdvlxPz+SldjWPhd/OTQDbXBXHlgOsm05L1nXlVbX1KnRF3Ee2vwWYe+RjGjPkft
tQsjnS6+OYXf2QLM2LYtxqjrm6oMSL9Nvjm+VYbSR+mIgt/6q/Igz0BHO00R5sEolxqhPm0rbG4M7290uMrsShW4A6m1BWB2
VzQqjxevYfnj4Cy8ZiyMeJIWRRd7QTU1MUr0foU2Ko/3KPNuYDIHwLM3e8k+qqZpHeQHZPUSFQop4kYK4ayZgCNYzcYIrEkG
s+HCB7+2zwySAxnWSukOsUc3jvzDi5PJb2bEavlwrtHuzXmfeYu/df0KvUM7I4u6zj/Vpg3Qr+on6ydP2uKOYs94Gbj4Y5kZ
5c8XwPqUaerEi6yKcqSclrGe9+ozhvEGlJ9qzP/4zd5XbcNTiA5RD9L9sa/R/SmlJwsWh1OobYRPd3XmKdMhMBxNzjBtJe+o
2qaIFQtv+v4yVOmRixM5TB0rmH4PUqcLT6ZcXu8fzz4cQ139laNiAhkJkVqe79OSMrIn7FptscBy81GLzWYQdtg/MVs4SDbV
1w6x7xib81nDwPr7AfXSiZ/O9LWzQKlnmsuNx8CXezpq06gmAQDaI1Jl61M9MSCKck0wsadYzZqo4noE6lAFOVTdbi1ruGwb
fQv+F3BAznZVWotX29dznmz2Kv9iEZr60zdt4J/+Nr5fgx28pt/PDH4yMXiCfQVp9/YG3u2JXEEG86eb673K+wjayAdu5lvP
x/flBZROFbBsYxPJPH+y+xSV7xl6SzLrWuW2Ov4RifoK8chX5FYjyvwP/kgM7PQtmdO78O5hy6YNHc2POQDz57QyoLooZ6uZ
UPgm0Db4ew+DY/+LZ2znMjN5phbyllb/O+x7JsomgvSIdt/ortovqCn78d4ZMsCvvuHYqPZ8dmGQmRN7bfTqBHH6o1S1NQkI
QxZGR2hMCuJMyc7m1UtN+ITFIbW+jnaLtX4oxKqg0gSnrTokCRhswXpdre/4B48aQJdnARkwLDXMg7solJFx2obcetwrxzRd
jBkih1RmenrjXY3UUXemB/8VPmMlz9gB45kxdUXDh4P/EeIaUn+6ebpGDeOd/pcYcIzr0yAzT8aHPm/YrJehOTHGdFnG9U5J
MEj1/0kpIbFXr0jamZ7ZwMPR+Msj82/4Mqr6D0ZV1vcbWhY/8fmND18AnPkV4G8UJIIMdD7cXb1aql3lzAoi8tn2QfpL/qAC
7Z3X0VRgRbuYG4wXFlxXyenNZd1noT/84z+sxPeUOu3pb363ivna6xxytIR33jAM2zabRPGaRliNb9ZLCsp0p80rvUGbuZ75
R/iAiTe+YRc9h2Wzy0ZiES5RSWxSlVDyy04r/z07MndGQvTvrlvGexDxjKLc1vPns9nuT/7yXw+pwZf0Y0pcH0IU+Ol+++tO
cNrZM/HKCadiPvHhh8ZiS8VcnreaqV6TlsStDoPIkOSnwHrXJPbrbR0Fo5eZBJkCtDRk7VSANBneNFgovVbfQ6F6aM6OVA2t
ziSWwwp2jTF72jg9ON2j7o0xb4i9iQbMnp+nP2yp2hfNgFSPng1oOqrXk2M91bZZM/viXhmDK6qX6TPAMELc7A+snz1yRoJM
lfffVGXx5vihhs9viPipw51kbMdy24KZR7O/ma2QwQNDobHwm5PhrSMPF5Z+LcyZGcUa//iPsSPlE6adi1eiEywKoJuQTl14
xFjWs3v4Zv02nk/L0YbVZ0u7+PKTJX89HBiLe/JtqmLBt6ZE7YMS+x0+DJpbeqlm6XZ+15J1SWPxVAOhf+fbQKcqjnKrR021
+6CjGsTwG6lWOJvtWRCt7ijQuZXUFR5vuROt+0kDer2QV1PXg7X0dN0f+NIPPbj+h/HnBCBsyItQBL3ZxW4V+bYpoLzL/uNB
MT98OILA65eu9LOvNmNEZ266rm61+zsPy331XBs8U6iqBsenuaK+TWaJNl7HROb892XZNjurrEnJTsk6ZR+Rg1+p7YOF/W4W
sg8aNN33rATSbHUdT1Q6eQCYeEq8PynPZqSiWvc6ljObeNPJM0NOq+PpIxYXxorJifk5fPZfql6Pdpy94w7NBcY0Ypw4z2l4
c2/9zz+dOaN7+53RfzN5ajz+su610dmPoGPryhHlB2OrLduP2qqTjdkzxkuaryikn2HQFufrcrk0j6+v4SIZMh1iqGubcAeT
YEu1HqdEttGt1MGHog2r14PZ4B+VVGQZzh4MYkHsm2e21SZVyGBfl1hdK6PB0gKDJDYUhep2tYiG0cxesXyjCBfZo3KWCdYg
WTwTSxnGeo+ylXTuuIMUU608RMUpzV411QZrOjKc6RI5ysSmLPhRnWFq6iZcdZuKVKXVUpYVFT7Oh3QMIQXiUh5Cwtq53wts
t7IjKvxRDS92qLYZ6VrbdKkTynqS8u6GMdfUw2Z5RndoF+jvXXEqPxmO1wk4GYN4TbsrPFnzIL3ZVFO77W7KOyGi9gBW42IM
M3qHgsXqxDaxpRfiqCYku5dH2tFOy1D8hc/lQxthGpYPyD+Q3IuPY8eH1TBxov/f0A3vL9UlS0/7LTSmxnpeTs3x3tqBjD5q
G3LiTlyDfP3uIJve/k5xpW8YkOkhh92n6kGAFWW3Om2Zam5AA24ix1VHZMDMoGlzW/CGpXKTG+fD26/AI4fticSan4a/+8+p
zOPZWqBxSrYDbFVD9W+yVPGLZ9+kw+h3ha2P1o8ebeH3fIWNI6L+hwC8SyeuihZqLR1aCuyVXJnbR6EHIfcdZiMbDly9Hf1H
dWOzuYJX72LhtZrYskdnyCjV1OZv5yzraXcheTO8U9yRz3qrMjCf/pBPk3Hi8OjeYRRSbvjaWZTCwD3f/q2D4GLm2e8jO15p
Re+6kwxG7z5bVa/XNvxHzXQBr3PtW08C0e46zy9Egvpl78piFoejNNbw2WH5boL/pil83+FpDMVBvymTLKLAoixDZPxRTxUs
y90dsJ2geWqZYOjm6nbGXctwd1VsukhjYd7dPTqg8yGsrU0dCO0OUiQj+RatdfkSNY+IpkqszbcCiBQvJMAQ2Ebrabp5d0m9
r9UJ0VCBS85Egdj3bbDP3/D3eEqtcjfpjcUsjvgIgdkXK+sRJ37Xdk8G6hsajcV3qGYflS/bU3v/LdgoVL11VSFV3+1Yno0+
Js+yzXH6VJ9BL3W7WxvzBuqdGea73ox++iR+QVVQu23qF5UFVmq5mhe0OWPdQigEyXqO9BF+l2Wb+s8vpcMbk/tlz1e1nRdS
V381qd25VXFUPNjXbWi1mDNub/jdh+5vA0/yHv76UCSzFPHzV69XzIEsF5d+tNcYnAqWxL7NUEpqi0PNbY0Ep1b9VBGVFYtX
w8/kJKoYdtKD4WYZW5zZ5L1tOgfIG8l0H+QvVihvKLIB+PeYliDwxVJrt72bN7G1Bg//uvNIITVKaX3dzFIGtcHm74gP9hkV
vipS1VKZ0yBkhPLX9Eu8acSUbckh/BHEbXi7VActqGW06mc+CaZM6+KyrIAVWslw26ecPHhJbnTO7nChPKhwEIrhzlH7yIMf
gp6SqNquBzjlbl0oVJtsvIjKN4K7qNdwVErKGtDzsi+EbstK6TuhVsGzEPFX2btyWr0IbFm5P1rEcwlLxRbMVUEAEkrwjgAm
njM6OeWO5ZQ7zQoC9G+JTyc6UbiwunBg2tt76L1eUdW9XfHu5BWTKF06OzB46oyBuzj5qe5128DUhdPmFy4MOakXBqcGei0n
rLConfvR4IeWH/bYZBMXp2L2rM3qtGgUn/WMWkaAIcvr7znHnfScexYR2oHUv3vXdmXs83OzQ2MPn8t+MJ90T72X3eP+/JLh
r1RxTW3/b9/4VBt54U9hNXvJUWSFV3fvbR6+aVsnDPoBIFzRRyi7SNJqlcBIyNpjVpFVeuozVVuy8DSA3Ea7vYx8rESlN9sV
O6GPmx83UXatEk06u2H6iI4XMS76fjCSqPL3/VTjXsTQcDn3FJ9wCFIokmOH7kPu9n/ZwGKN3aB7pwuhmPlRwwgYvwnelwci
pJHLWsp+s74gWqdYBVVhos/Oa+CWQ4VKhm7GpLY1ulqzzYz2jxh+wPJoCRKdPAbmlaFicZuiyyQf6FR7iLiKZzWMAs8XNPEF
P4m95OrxNiEh2I0nAwGY+m+pw1YsJ+yQcSlMQdAyx0oHj/YnicCYwVKJ5lXm6uAJlZrrdKKQaW3PlS0yhIPU2aw3sSo7VLUV
cnHGtMXIi1u88WZKX4310+NVLSgf4GGVdfqUbV5/Vuwq1cZLEhAeNEIRGLHjg6LptCPuKJu3+iyUnOyeLJtGzMXjxMPT8Fyf
Z+onxsv1F3X506/Wiqr3xgHa+RcnX3GWkpUfIdFYDXfWyuD5N0f3Pk+/3PnRJ9iJx4rR6DZS3BOKGPW53M8dfuzHz+gUR9lF
VWy7cHWCcbwKb5okjRo63d9caqnbe1n+0tzQFhn+p/QJmdAmJidC9HKkePO/j0tjAQC7j7qLlDlX9V5rLOCURwdb+P9Uaj2v
lkHrQd/ToCXpjUxBpT1s6cG3GMEytQinIgN3Y2HjP4Ro1U6j9JwZc+eeB/uwanhkk+xSuWwsh+PpQ4RwDZ5zoF4ZI++hIRw8
IpWlbg6WVT2UpzgBEiLVLFWF6cJWNrJf+bp5EG6iRyt8O5qyeX18DvJEj1bCkb2YcGVJeuAWiRuVZfUqvRZV+Q/CYf/CvSoN
LuylS6GJtZY6wEe0tBKbbrEW4gQekB0IIA99TZ70utbrZFMRFN/Tg269cUreoyP+LLrtNIBu1XUJ9gGqxoHcIip0ZkhCDFpV
ZwSwiKzQYWSQQcERsmanZpHAQQlSiJB4vIGtbajNWPXg+FQX1etAqmMGBoPlgileTZQsHX60mQGUBk6UciwiqIb7Sjiu5ztE
uUQY0xE/7QyGcyWVQ9s0lPm2XZRJc51GuvIolTjIBpQb+67w19mi6wD8zY/xao7bWv/7lSJ/xx3fyxWcd7Ni5sF3NyOxPdXB
V6teV+D77/1fVRK1Rlt0ddHdbp2ul8uRIhHEaajx3WzqaYYkF1dSN6PBFhSNE892RtBdnMh0d+Mb1oyPD6aLK4cYnwmXIpRY
Hcz/8BTw6JuxjLHAUffHYttJ7JD1IKiC+N0U/yG8+YblQ05dT77huu9+svi0ukD6my+n0qpzCjM9sDkkLHVm5z244jfsWRsm
NUcMka0s39TUrOeowv2XL5414++SrM/c7us0m8PZFBn+vZWgnoStnhx/BtOrAaIp7w/pnA7BOC7CfZ+deHEg/pYpuPkSd1YG
QNTwDwamaU9vQyt3nhhWff7Bv3oZOWNz5rb+InnhRK+O6/1gZKxFxRb6mtJpzflxHTYoj8jPdy2FOIjNxhpXiq3qWYWihoJv
+EADqHcZC2ElTw9YVSJoynWHS7Ppl8Y07sxyEv2eDguaUaGR54pOxswKEHZhKwxlfdfEmrl9ko4a4YXZ9TlwrZUL3MR704ch
8gmT9FhPpneN904k8FqhWXUoCrEyMXRmwkQsKrha+UZVV7oeUBet2Bg66Tjlzcczoucy/XTvoXoP/l1wu+Kg07X2sxs3D1N/
fD4Y8TRGH9dkD8v6O760pze4F9lala3HXwC+dPq0X/bWgf97P7G9d9u8/QjOmn7z+/Tqbtm0P+K3f7M6qeoZw8ex2J9DGHgu
Oy02c3LBoX/0yW8KdLnv5X/2BeKKPcLZOozLzv70K07f/+qLxrF535np9tzMfIdZnINOn4K7ckHzJ8ac+L/vtc4TzhNjO4L5
Y0tp5lLfhXcyfFuNjqv/1/k4xF+pTJyfcp7X0t//297TVvXJd5DRbe1xwVOqgUHkxFvG0mWHdVIjB+yiUa12dl+BqvV/DtUB
rewFxMkNgCNNyyfAxbG8M/9xq4ODmOHCqQ8GxIQ+6Dq9eNY+NzOVnbg8avxrbNp3vOVfes36cvchc+bNAfLynUvyV9zmPwPA
V0ZK6NTbP15hNL4/mi9Erwwanhoj8ANy+lHvRrYVLlWXlelsXc1wTSHGoKbYd9jzA+Mm7XLY+DxISEK5Xovsfuv03nvcm+eU
cYVN5W5VVeEQGVZu00gtRgVMCkfeLBZBmXYNALLsUi2EBSqP5YKES0wnLZjo9F4YS+6vDV6llbdKkOLvrQqDK9aO2ixmA9BV
kk1B9hSaICQImawbw90vE2VlW52W6eHdThZqq9VsIlSR8PA7vK/Ic0qzIdZkW7eBVEG1HBYUTyItebtR76R7aUHYb2i+g30q
jI+ry1KnW+rEVKjAae/WKgITwlJswLxPHwMIARX1g4N/6KWXrJallALOHx5qUxkDa2Az2rVm2q82xDQHcnl9qrVJppb0iUJJ
UCU3FipJQHRY1Poycs74/+WZD83VQxTU8pe0rdx+a4yyFd+PVhJJ6koE3jtMRuO6xAJel6dbY0bDm5bug0fM814tOJsbLEun
KNOJaDCtQehhHYfXT82lY6XgSxA7y/AMoBppWPiWGDlvl21dZCysUtn4GP+T4a83Hv7+/+qOCH3n4SkDBPOsq5qsaxTKyqbO
qkistfAB0U6rG9bgNIvxx8RebYE+pzZvqI9Iwn7KKB1VDvcEnic4GHoVSCHJGBtqx1m9PkR1VLJAvZ0xAApiiRNdaqGjg1cd
W0BTLOoV1ganrv5qLaHaD9270bDKCm2tzK1KlrLLlLtQ2y9ACQaVgCejma22wN9EvXy9vkPgMjcrU/HFDXWssBJOdFcPqpCH
IDfvd+vNdgFtq7Ng3NMuclhe6uyGWBUQUTKAvevAUZ6KY2sFvvBMsU0q4bqigTyFeWYhSSnqZW67qzI8zisbISHZdQdr7ozg
7SriJCdpPJXQcZXE0WxMRULPa2ZtsrJkBoNZ+760WlFTi3nW+Fuz+35VXVEWRU6YDxkHEtmcRBYKw9L6B7b2m65Q9TVNsa9W
s6PbpdyH9cDlrTqiCp2smYOdwYrlY9b6oQcg5mPaBDaZh6E2uPQcSJncmIL2BdZK2kSNi2UhY5jOj3n/7k40ioRlOR2Uuqtr
1Bfz5kPchSnauZ2n26fIbyma/EKVTvWIO/8VCu4q68e+Z7C1dv4AKfckyjs4fS4TJBi+kmOlrkyTkd07TIKBzlqa2HK7s03Z
opdSbLNq8lfZptjeTht1cVIyqB4RSq9WSakeVYVVhpF1q3kO13QVVVXVEq4i6LqU77qlBDXMa/0MB4fIhPyfUGlBm66I2mI5
xQmlxxDfwaqEFRU8Jl8dRZpIhFYRuaaCVJLK7lI5pYwkV2RL9WyFBZS4mFbRvhYrMJwxtxkPSu39vTzWzan5pYpsObtf2Zan
kjt0i8x13d1kL8TW4rXSxmMcNbftIAOqisRNGF+UhVoZGlRntAG5IRaJhAtM5WCd57pSJVs0cbJ9KyBsdOX2vSUZ7uUT5DfH
4rmnTsbzaX1AIIdfdX04OlVxVH3C7dAr+FuqPAdXZoPUXHoYQxxM85YzhI4NKW3GU0ZAfzDn4lJf/LY//x1gaD6tdvHAAnky
cva/FjqVdFkZQxHhqE+xKXbrlVacQKO/qNGDz64cDzB1uCl6g1U+U9gmx4MO7umOaTxKaDOLpnhD/mu+1sEZmaEQLQm1bp7P
02UtcljQ1JroXoRYpQjSyuNtb0Tab8eq5JHmu2Ki3NbJv8gNNEtUAExupbK8S9lpkqmcHsoW8pscS0d8JDARcWNMeUH0QA0g
0jiquJNSw32YUNxZqWfdHd2RWGMfMkU9WS8s+iutChqLlwSJqhTKbbaZJwluDUsTz1VBNSUiEo4Tslpezt+MrbNFRyNUrov7
DAAqQZ6ljb4NKBk11L8AsoBUIJoRWILrB2V1QlVUalpRdl0mcBpNgNxIafidew0xzD99qmqal7odcVP8BU/u5JpcoKGyhejs
MfVaE1yz1ZbSXZUnX8pEIMnR0oumFXqbNvm7R6El1ubZOBCzbOMaqLAGKjqHYdPa827v34olqgiOd6dnPpsrV0++WJuStS6d
e+eKbICY4BynWhbixc9fuICMjL6t1rxuv/iOSlcVx/UnCGjA35JFY5nl8Dbe8if0iCxUAoG6N1yS1b5toslscbggH8W+BHcN
sSG2cOog70xcyyfWdQ/dAZi841xs7N3sVp2l57Q/ljw+fN6SxSFr2COVNlTeeXBMwl0wHmrj91nv8N2uPH/9y61G6OqNxg6F
+71SLaFJKW8KeQKOt1nbJkbvaXwN6CTbkuAFM7J773kGwZ43XVZgMCMP0kbQVl1fjAhBcWk9kaj7O7IGixhkpap5A2JAJd7H
QgaNvthJ1zqgSTTAs+KOoovQENpF5FRpVCspVNRJA2EQ7Agj6EJdUaUQNL3g/Z0MqlvOc5aFSDMDrpaIqk0uY29VZVvx7Zq1
kCDSSk4V0a1qt+pQYrHEq5X0gUdVQfKQuvl07Bm/DpE3qCxalZgc2TAF8dwu1argwVxv9xFXpZu35fmxHu1iBbWv8sbos2+i
jvve7NZyi3hQg0yH+Gpr5s2KNjcMy+RjhWnjsfUGB3VA5bJNJkvGYfhPqMuRuoBg0ZFinW8hwKV3BeG88iflbSMzoe0m9ZVi
5yDXaEnHT/ptE7xDq+iCRaTfKcup4IRaIcN4CabVMxjh1DfD5qZDUFrtkSPi6YjxoY7ry3DWn+9upF95rOM2mUGgVkFO+WqH
z5rTgJcUld1Vb75YOCqsNUrexKw//S2Ixe+uRWThL8Ne7GN2v3m6Vlfd77mVHK3r8DW+ua/2yInNpvdOFZM9XkvI3ZqHTSAW
zEZrlcd76LIyprKqdlcjq0vJ/xSlwSqW6agClInnPMrfh/kDpegNR83YYrOyAOWAsqGEloWfIHlAKU9T/LcyZQm/fVRuXGKC
eSatZuuIvpWge9WicQzagiIBYWhAPJuw9fVhNwHc2dWagIQWZv4SbP2VNCtOwdI8TbYD9ADw1KTWwgcGXiWfkin0UGTH1UtI
6l+hmjrqZF490ycjrEghOCI3c6lgKjA9M8+vCstxyF750eZP9rQy6kk8X2m6nwsb2vld6RPVkqoPk5unXxmfek07rHn109fG
3My4/Y0p+nKPVVuYHRwdn+9RWE4VGGBS9goyJDHzb53X98Arb4uW2b5RQd38/wFQSwMELQAAAAgAAAAhABR02rn/////////
/xIAFABqdWRnZV93MV9zY2FsZS5ucHkBABAAgAEAAAAAAABRAQAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Ce
ll9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoY6CmYmmjoKtQrkAq6g/Yy2c/oUrDU28dsqTlO2VhOUs87/oWzzc6uqtf8/
Rtv5DVOtpWI3WhufvGfzqOacTaBbu3WV8ztrsy/7rLl6ntq0exnYTro/x5opQt+GOfGp9V+2f9au7w/bTCqYYBMvqmOr5rLA
+vuXCOtsjgXWgc9/2qzbZWW9IEnPetdLNWub7Vw2hwx2Wq8tYbNNcLGx9jRjsNVafdW6/A2rbcBcdtvJZcdtJsfpWEctv2+z
oT/FWiH+ts238x3Wck5vrRfxbLJp1F5tveyLjHUhk621issM62s9bLZr12haO61Usk5YLmfNuk/FOpxHwrrCgsfWqYvJ9qKQ
nfU1Byubnu7HNvv3ctjy5spZAwBQSwMELQAAAAgAAAAhAJQ+MoX//////////wwAFABqdWRnZV9iMS5ucHkBABAAgAEAAAAA
AABUAQAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GmYmOpo6
CrUK5AMuof5E+5ZiyX29D+XtTf5m2j4x8dwnY+28967kHrtym267N79Y7E9N+7RXv+eu3cNJ9nbyvHNsp7RF2u74NnXfz7tC
9qxHrtvlr9qxb0mjs32Uqcj+Y3922krYT7Jj9O3Y42kYaX/1Kee+DKvP+042C9rNtn9txzHr8r5e/m37tn2cvNczv3vfNd/p
+25tn2a3Ru3UXm9TEXs/16V2PXs97Zf3edovFXey453xxS4uwsP+7/FltpdLv9gtVbyw13Pjxn3b7jjYXavT3vfCq3fPy606
did81th8L/Gw9zZcvvflp9Z9llt69u033mIrsFxx9+f5e+ymnsixC1lksu+qR+I+9hMW9jwr0ux9z+zZBwBQSwMELQAAAAgA
AAAhABQ/j4b//////////w4AFABqdWRnZV93Ml9xLm5weQEAEAAAAQAAAAAAAM8AAAAAAAAAm+wX6hsQychQxlCtnpJanFyk
bqWgXpNpqK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaZiY6CkaaOgq1CuQCLtvDDAzWR1l/M/37w/KXOXU21zeJ
F2an7A9y/GD8z/s5a1reJK5vR63FXkk+Nz5rccL6qPDbPywcP2yOcH37z8j1jfE/36f6xp/sHjteizrvdd5rc4T9p+9mjh92
h2SeKDwwPvuH5R8T72fO76mz2X8y/uf58o/pN2vMktzJn/jUb/puDlr3nxEAUEsDBC0AAAAIAAAAIQCpudB1//////////8S
ABQAanVkZ2VfdzJfc2NhbGUubnB5AQAQAIgAAAAAAAAATQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZf
VFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGOgpGmjoKtQpkAy5vto/WgUAMAFBLAwQtAAAACAAAACEA2Nussf//////////
DAAUAGp1ZGdlX2IyLm5weQEAEACIAAAAAAAAAEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgX
n1+UkgoSd0vMKU4FihdnJBakAvkaRjqaOgq1ChQArqD52geA2AEAUEsDBC0AAAAIAAAAIQAmfcx6//////////8PABQAanVk
Z2Vfc2NhbGUubnB5AQAQAIgAAAAAAAAASgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SS
ChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBLgYGhgc9DdwOAFBLAwQtAAAACAAAACEAD+Z4xf//////////DwAUAHRlbXBlcmF0
dXJlLm5weQEAEACIAAAAAAAAAEoAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vM
KU4FihdnJBakAvkamjoKtQoUAa5goaRLmZyf7AFQSwMELQAAAAgAAAAhAMe6wg///////////xAAFAByZWZ1c2VfYWJvdmUu
bnB5AQAQAIgAAAAAAAAASgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWK
F2ckFqQC+RqaOgq1ChQBLgYGBgW598wOAFBLAwQtAAAACAAAACEA8ujiW///////////CAAUAHN1cmUubnB5AQAQAIgAAAAA
AAAARwAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1
ChQBrjQweGYPAFBLAwQtAAAACAAAACEAdJC+Bv//////////EQAUAHRlc3RfYWNjdXJhY3kubnB5AQAQAIgAAAAAAAAASgAA
AAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBLqWc
iqqlOu/tAVBLAQItAy0AAAAIAAAAIQDQIeDJkQAAACwBAAALAAAAAAAAAAAAAACAAQAAAAByZWFkaW5nLm5weVBLAQItAy0A
AAAIAAAAIQDUqDyxOBwAACAfAAAIAAAAAAAAAAAAAACAAc4AAAB3MV9xLm5weVBLAQItAy0AAAAIAAAAIQBbH++UcgAAAKgA
AAAMAAAAAAAAAAAAAACAAUAdAAB3MV9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEAP+fLKm8AAACoAAAABgAAAAAAAAAAAAAA
gAHwHQAAYjEubnB5UEsBAi0DLQAAAAgAAAAhAC+z8iKzAAAA5AAAAAgAAAAAAAAAAAAAAIABlx4AAHcyX3EubnB5UEsBAi0D
LQAAAAgAAAAhAPqz5vhxAAAAqAAAAAwAAAAAAAAAAAAAAIABhB8AAHcyX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQCk4p2V
cAAAAKgAAAAGAAAAAAAAAAAAAACAATMgAABiMi5ucHlQSwECLQMtAAAACAAAACEALfm3NfRkAADAbgAADgAAAAAAAAAAAAAA
gAHbIAAAanVkZ2VfdzFfcS5ucHlQSwECLQMtAAAACAAAACEAFHTauVEBAACAAQAAEgAAAAAAAAAAAAAAgAEPhgAAanVkZ2Vf
dzFfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAJQ+MoVUAQAAgAEAAAwAAAAAAAAAAAAAAIABpIcAAGp1ZGdlX2IxLm5weVBL
AQItAy0AAAAIAAAAIQAUP4+GzwAAAAABAAAOAAAAAAAAAAAAAACAATaJAABqdWRnZV93Ml9xLm5weVBLAQItAy0AAAAIAAAA
IQCpudB1TQAAAIgAAAASAAAAAAAAAAAAAACAAUWKAABqdWRnZV93Ml9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEA2NussUsA
AACIAAAADAAAAAAAAAAAAAAAgAHWigAAanVkZ2VfYjIubnB5UEsBAi0DLQAAAAgAAAAhACZ9zHpKAAAAiAAAAA8AAAAAAAAA
AAAAAIABX4sAAGp1ZGdlX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQAP5njFSgAAAIgAAAAPAAAAAAAAAAAAAACAAeqLAAB0
ZW1wZXJhdHVyZS5ucHlQSwECLQMtAAAACAAAACEAx7rCD0oAAACIAAAAEAAAAAAAAAAAAAAAgAF1jAAAcmVmdXNlX2Fib3Zl
Lm5weVBLAQItAy0AAAAIAAAAIQDy6OJbRwAAAIgAAAAIAAAAAAAAAAAAAACAAQGNAABzdXJlLm5weVBLAQItAy0AAAAIAAAA
IQB0kL4GSgAAAIgAAAARAAAAAAAAAAAAAACAAYKNAAB0ZXN0X2FjY3VyYWN5Lm5weVBLBQYAAAAAEgASABoEAAAPjgAAAAA=
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
