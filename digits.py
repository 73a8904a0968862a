# /// script
# requires-python = ">=3.9"
# dependencies = ["numpy>=1.22", "pillow>=9"]
# ///
"""digits: a handwritten-digit recognizer in one file, a neural network written from scratch in NumPy.

Draw a digit (or a number) with the mouse and watch a small network read it, and say how sure it
is; or give it drawings, scans and phone photos of paper. Everything is here and meant to be
read: parsing the MNIST files and people's pen strokes, a 784-H-10 network (ReLU hidden layer,
softmax output), its gradients, gradient descent and Adam, the steps that turn any picture of a
digit into the 28x28 input the network was trained on, and the judging that turns its output
into an honest verdict.
Simple and readable first; fast where it matters (batched NumPy, float32).

    python digits.py                      open the drawing window (trains first if no weights)
    python digits.py --train              train on mnist/ and pendigits/, save weights.npz
                                          (--hidden, --optimizer adam|gd, --lr, --epochs,
                                          --batch-size, --learn-from mnist,pen,stand-ins,mine)
    python digits.py --eval               how right, sure and honest it is on MNIST and stand-ins
    python digits.py --predict PATH ...   read image files or folders, one verdict per image:
                                          "7 (97.3%)", "7 (54.1% or 1 38.0%)", "not a digit", "no digit";
                                          a number: "2026 (91.2%)", "2026 (48.1% or 2016 30.2%)"

A verdict is sure when the answer is at least 70% likely; the percentages are calibrated, so
answers given at about 80% are right about 80% of the time. "Not a digit" comes from a judge: a
second small network that sees the reader's 28x28 input as maps of edges and ink and has learnt
digits against about 20,000 real non-digits people drew (characters of some 40 scripts, doodles,
maths symbols, capital letters; bundled in nondigits/) and 32,000 letters and symbols drawn in
code (written as hands write them, printed, and traced).

In the window, a digit key tells it what you drew: it shows exactly what one step of learning on
your drawing would change (take it, or undo it), and saves the drawing to my_digits/<digit>/;
"Learn now" and --train learn your handwriting from them.

Sections, each depending only on those above it. The first part is the way of one digit:
    Constants            paths beside this file, the image's geometry
    Data files           MNIST's gzipped IDX, the pen trajectories, the real non-digits, checked
    Network              forward, backward (gradients), one step of learning, the exact evidence
    Training             minibatches, plain gradient descent and Adam, divergence, fine-tuning,
                         progress; the one train() that the terminal and the window both drive
    Weights files        saving and loading (plain arrays, no pickle), checked; the fallback to
                         the copy inside this file
    Reading a drawing    any image of a digit -> the network's 28x28 input, as MNIST was made
    The verdict          the judge ("not a digit"), the temperature, the rule, the words
Then the rest, each in one place:
    Numbers              writing split into digits and marks; a number's verdict
    Photos               a photo's paper flattened, its lines taken out; any picture's ink
    Made-up data         pen digits drawn as the canvas draws them; stand-ins for other pens,
                         scanners, photos, letters and symbols: to learn from, to calibrate, to measure
    Runs                 a run's settings and their checks, learning a run with the one train()
    Evaluation and       --eval's sets and figures; pictures of the evidence, of one step, of
    pictures             the misread digits and of how honest the percentages are
    Window's session     what the window is about, without Tk: the networks it reads with, the
                         drawing's version, the answer told and its step of learning
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
PEN_DIR = HERE / 'pendigits'            # UCI's pen trajectories of 30 writers, learnt beside MNIST
PEN_FILE = 'pendigits-orig.tra.gz'
NON_DIGIT_DIR = HERE / 'nondigits'      # real non-digits people drew, which the judge learns from
NON_DIGIT_FILES = {                     # name -> file: strokes as JSON lines, or 28x28 cards (.npz)
    'Omniglot characters': 'omniglot-strokes.jsonl.gz',
    'Quick, Draw! doodles': 'quickdraw-doodles.jsonl.gz',
    'Detypify symbols': 'detypify-symbols.jsonl.gz',
    'SSE capital letters': 'sse-letters.npz',
}
NON_DIGITS_HELD = 0.15                  # of each, held out (by writer where known) to choose settings on
WEIGHTS_PATH = HERE / 'weights.npz'     # trained weights, replaced whole by --train
MINE_DIR = HERE / 'my_digits'           # your own drawings, my_digits/<digit>/*.png, to learn from
CANVAS_SIDE = 336                       # the window's drawing area: its height at 96 dpi, 12 screen
CANVAS_WIDTH = 420                      # pixels per input pixel; its width, room for about six digits
PEN_WIDTH = 18                          # a comfortable marker at 96 dpi; the reading brings any width to one
IMAGE_SIDE = 28                         # MNIST images are 28x28 ...
BOX_SIDE = 20                           # ... with the digit scaled to fit 20x20 inside them
PIXELS = IMAGE_SIDE * IMAGE_SIDE        # 784 inputs
CLASSES = 10
VERSION = '2026.12'                     # this program's version (--version)
READING_VERSION = 'crop20-com-width-deskew-moments-onewidth-v4'  # how an image becomes input; stored with the weights


class DigitsError(Exception):
    """An expected failure (bad file, bad option): main() prints it as one line, no traceback."""


# --------------------------------------------------------------------------------------------------
# Data files: MNIST's gzipped IDX, the pen trajectories, the real non-digits

IDX_MAGIC_LABELS = 2049                 # 0x00000801: unsigned bytes, one dimension
IDX_MAGIC_IMAGES = 2051                 # 0x00000803: unsigned bytes, three dimensions
MNIST_FILES = {
    'train': ('train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz'),
    'test': ('t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'),
}
VALIDATION_SIZE = 5000                  # held out of the 60,000 training images to choose settings
VALIDATION_SEED = 20261124              # fixed, so the split never depends on --seed


def read_gzip(path):
    """A gzipped file's contents (bytes); DigitsError naming the file if it is missing or broken."""
    try:
        # zlib with wbits=31 reads the gzip wrapper and is faster than the gzip module.
        return zlib.decompress(Path(path).read_bytes(), 31)
    except FileNotFoundError:
        raise DigitsError(f'{path}: no such file') from None
    except zlib.error as e:
        raise DigitsError(f'{path}: not a complete gzip file ({e})') from None
    except OSError as e:
        raise DigitsError(f'{path}: cannot read ({e.strerror or e})') from None


def read_idx(path, magic):
    """Read one gzipped IDX file of unsigned bytes -> uint8 array shaped as its header says."""
    path = Path(path)
    data = read_gzip(path)
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


class PenDigits(collections.namedtuple('PenDigits', 'labels writers strokes')):
    """Digits written on a tablet: labels (n,), writers (n,) numbered from 1, and strokes: for
    each digit a list of its strokes, each (m, 2) float32 points (x rightwards, y downwards)."""
    __slots__ = ()


def read_pen_digits(path):
    """Read UCI's Pen-Based Recognition of Handwritten Digits trajectories (UNIPEN text, gzipped)
    -> PenDigits, every digit checked. Each digit is a `.SEGMENT` naming its label, a `.COMMENT
    label writer ...` line, and strokes of `x y` lines between `.PEN_DOWN` and `.PEN_UP`, y up."""
    path = Path(path)
    text = read_gzip(path).decode('latin-1')
    labels, writers, strokes = [], [], []
    for k, segment in enumerate(text.split('.SEGMENT')[1:]):
        head, *downs = segment.split('.PEN_DOWN')
        try:
            label = int(head.split('"')[1])
            comment = head.split('.COMMENT')[1].split()
            writer = int(comment[1])
            if int(comment[0]) != label or not 0 <= label < CLASSES or writer < 1 or not downs:
                raise ValueError
            points = [np.array(down.split('.PEN_UP')[0].split(), np.float32).reshape(-1, 2) for down in downs]
        except (IndexError, ValueError):
            raise DigitsError(f'{path}: digit {k + 1} is damaged (a label 0-9, its writer and '
                              'strokes of x y points expected)') from None
        labels.append(label)
        writers.append(writer)
        # Every other point is enough (the tablet took a hundred a second), the last one kept; y down.
        strokes.append([np.concatenate([p[:-1:2], p[-1:]]) * np.float32([1, -1]) for p in points if len(p)])
    if not labels:
        raise DigitsError(f'{path}: no pen digits in it')
    return PenDigits(np.array(labels, np.intp), np.array(writers, np.intp), strokes)


def load_pen_digits(pen_dir):
    """The pen digits in pen_dir/PEN_FILE -> PenDigits; DigitsError if they are missing or damaged."""
    if not Path(pen_dir).is_dir():
        raise DigitsError(f'no pen digits: looked for the folder {pen_dir}')
    return read_pen_digits(Path(pen_dir) / PEN_FILE)


def read_stroke_drawings(path):
    """Read gzipped JSON lines of drawings, {"strokes": [[[x, y], ...], ...], ...} (y down) -> a list
    of drawings, each a list of strokes (m, 2) float32; DigitsError naming the file and line."""
    import json                                     # here: only --train --judge and --eval read these
    drawings = []
    for k, line in enumerate(read_gzip(path).decode('utf-8', 'replace').splitlines()):
        try:
            strokes = [np.array(s, np.float32).reshape(-1, 2) for s in json.loads(line)['strokes'] if len(s)]
            if not strokes or not all(np.isfinite(s).all() for s in strokes):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            raise DigitsError(f'{path}: drawing {k + 1} is damaged (strokes of [x, y] points expected)') from None
        drawings.append(strokes)
    if not drawings:
        raise DigitsError(f'{path}: no drawings in it')
    return drawings


def read_cards(path):
    """Read an .npz of characters written on cards and scanned -> images (n, 28, 28) uint8 (ink
    bright, filling the card) and writers (n,) str; DigitsError if anything is missing or off."""
    try:
        with open(path, 'rb') as f, np.load(f, allow_pickle=False) as npz:    # closed even if damaged
            images, writers = npz['images'], npz['writers']
    except FileNotFoundError:
        raise DigitsError(f'{path}: no such file') from None
    except Exception as e:      # a damaged archive raises BadZipFile, OSError, KeyError, ValueError...
        raise DigitsError(f'{path}: not a file of cards ({type(e).__name__}: images and writers expected)') from None
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (IMAGE_SIDE, IMAGE_SIDE) \
            or writers.shape != images.shape[:1]:
        raise DigitsError(f'{path}: images must be (n, 28, 28) uint8 with one writer each')
    return images, writers.astype(str)


class NonDigits(collections.namedtuple('NonDigits', 'name strokes images writers held')):
    """One collection of real non-digits: strokes (a list of drawings, see read_stroke_drawings)
    or images (n, 28, 28) uint8 cards, writers (n,) str or None, and held (n,) bool: the part held
    out, never learnt from (NON_DIGITS_HELD of the writers, or of the drawings where none are known)."""
    __slots__ = ()


def load_non_digits(folder):
    """The real non-digits in folder (NON_DIGIT_FILES) -> [NonDigits]; DigitsError if any is
    missing or damaged. The part held out is fixed, whatever --seed is."""
    if not Path(folder).is_dir():
        raise DigitsError(f'no real non-digits: looked for the folder {folder}')
    out = []
    for name, file in NON_DIGIT_FILES.items():
        path = Path(folder) / file
        strokes, images, writers = None, None, None
        if file.endswith('.npz'):
            images, writers = read_cards(path)
            names = sorted(set(writers.tolist()))
            chosen = np.random.default_rng(VALIDATION_SEED).random(len(names)) < NON_DIGITS_HELD
            held = np.isin(writers, [w for w, c in zip(names, chosen) if c])
        else:
            strokes = read_stroke_drawings(path)
            held = np.random.default_rng(VALIDATION_SEED).random(len(strokes)) < NON_DIGITS_HELD
        out.append(NonDigits(name, strokes, images, writers, held))
    return out


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

    The reader is 784-H-10 (pixels in, digits out); the judge of section "The verdict" is
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

    def arrays(self):
        return {'w1': self.w1, 'b1': self.b1, 'w2': self.w2, 'b2': self.b2}

    def copy(self):
        """A network with copies of these weights, to change without changing this one."""
        return Network(*(a.copy() for a in self.arrays().values()))

    def hidden_and_scores(self, x):
        """Inputs x (n, D) -> hidden activations (n, H), scores before the softmax (n, K)."""
        hidden = np.maximum(x @ self.w1 + self.b1, 0)     # (n, 784) @ (784, H) -> (n, H)
        return hidden, hidden @ self.w2 + self.b2          # (n, H) @ (H, 10) -> (n, 10)

    def forward(self, x):
        """Inputs x (n, 784) in [0, 1] -> hidden activations (n, H), probabilities (n, 10)."""
        hidden, logits = self.hidden_and_scores(x)
        return hidden, softmax(logits)

    def predict(self, x):
        """Inputs x (n, 784) -> probabilities (n, 10)."""
        return self.forward(x)[1]

    def gradients(self, x, labels):
        """Backpropagation on a batch: inputs x (n, D), labels (n,) -> Backprop, with the mean
        cross-entropy loss and its gradient for each weight array, as views into self.grads
        (overwritten by the next call)."""
        n = len(x)
        g = self.gradient_views
        hidden, probabilities = self.forward(x)
        picked = probabilities[np.arange(n), labels]
        loss = -np.mean(np.log(np.maximum(picked, 1e-30)))
        # Softmax followed by cross-entropy has the simple gradient p - onehot(label): each output's
        # error. A hidden unit's share of the blame is its outgoing weights times those errors,
        # and none at all if it did not fire (relu passes no gradient below zero).
        d_logits = probabilities.copy()
        d_logits[np.arange(n), labels] -= 1
        d_logits /= n                                        # (n, K)
        d_hidden = (d_logits @ self.w2.T) * (hidden > 0)     # (n, K) @ (K, H) -> (n, H)
        np.matmul(x.T, d_hidden, out=g['w1'])                # (D, n) @ (n, H) -> (D, H)
        np.sum(d_hidden, axis=0, out=g['b1'])
        np.matmul(hidden.T, d_logits, out=g['w2'])           # (H, n) @ (n, K) -> (H, K)
        np.sum(d_logits, axis=0, out=g['b2'])
        return Backprop(loss, g, probabilities, hidden, d_logits, d_hidden)


class Backprop(collections.namedtuple('Backprop', 'loss gradients probabilities hidden output_errors hidden_errors')):
    """What Network.gradients() found on a batch of n: the mean loss; the gradients, a dict of
    views w1 (D, H), b1 (H,), w2 (H, K), b2 (K,); and on the way, the probabilities (n, K), the
    hidden values (n, H), each output's error (p - onehot(label)) / n (n, K) and each hidden unit's
    error (n, H), its share of the blame: the gradient of the loss at its input."""
    __slots__ = ()
class Step(collections.namedtuple('Step', 'digit rate backprop changes loss_after probabilities_after network_after')):
    """One step of plain gradient descent on one input said to be `digit`: the learning rate;
    the Backprop of that input (its loss, errors and blame, the gradients); changes, what the step
    adds to each weight array (-rate times its gradient); the loss and probabilities (K,) of the
    same input after the step, and the network after it (a copy: the one stepped from is kept)."""
    __slots__ = ()
STEP_RATE = 0.003               # one step on one drawing: its told digit's probability rises visibly, seldom to 100%


def one_step(network, x, digit, rate):
    """One step of gradient descent on one input x (D,), told it is `digit` -> Step. The gradient is
    the one train() follows, from the same Network.gradients(), for a batch of one."""
    after = network.copy()
    backprop = after.gradients(x[None], np.array([digit]))
    backprop = backprop._replace(gradients={k: v.copy() for k, v in backprop.gradients.items()})
    after.params -= rate * after.grads                       # w <- w - rate * dloss/dw, all at once
    probabilities = after.predict(x[None])[0]
    return Step(digit, rate, backprop, {k: -rate * v for k, v in backprop.gradients.items()},
                float(-np.log(max(probabilities[digit], 1e-30))), probabilities, after)


class Explanation(collections.namedtuple('Explanation', 'hidden votes scores evidence base unit_sums unit_biases')):
    """How a network scored one input, exactly: hidden (H,) the units' values; votes (H, K)
    what each unit adds to each output's score, its value times its outgoing weight; scores (K,)
    the votes summed, plus the output biases; evidence (K, D) what each input pixel adds to each
    score through the units that are active for this input; base (K,) what the biases add;
    unit_sums (H,) each unit's weighted sum of the input, and unit_biases (H,) its bias, so that
    hidden == relu(unit_sums + unit_biases). And scores == votes.sum(0) + b2 == evidence.sum(1) + base."""
    __slots__ = ()


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


# --------------------------------------------------------------------------------------------------
# Training
#
# Two ways of following the gradients that Network.gradients() gives. Plain gradient descent, the
# way this project's seed learnt: each step moves every weight against its gradient by a fixed
# share of it, the learning rate. With the whole training set as one batch, every step sees every
# image. Adam (the default) keeps for each weight a running mean of its gradients and of their
# squares, and steps by their ratio: a weight whose gradient is small but steady moves as fast as
# one whose gradient is large, and noise averages out. It learns in 8 epochs what plain descent
# needs far more for.

# Defaults of --train, chosen on the validation split, on stand-ins made from validation digits
# and on the pen digits of writers 26 to 30 held out. A small network learns all it can in 8 quick
# epochs and loses a little from varied images; a wide one has room to learn from images varied
# anew (each epoch a quarter of them, each slanted, resized and stretched at random) and needs
# longer to use that room: 15 epochs, about three times the default's whole run (docs/design-notes.md,
# "The wide recipe").
DEFAULT_HIDDEN = 10
DEFAULT_SEED = 0
WIDE = 32                                # more hidden units than this get the wide recipe
SMALL_RECIPE = {'epochs': 8, 'lr': 0.03, 'gd_lr': 0.3, 'batch': 256, 'augment': False}
WIDE_RECIPE = {'epochs': 15, 'lr': 0.01, 'gd_lr': 0.3, 'batch': 256, 'augment': True}


class GradientDescent:
    """Plain gradient descent: step(lr) moves network.params by -lr times network.grads."""

    falls = False                                 # train() keeps its learning rate fixed

    def __init__(self, network):
        self.params, self.grads = network.params, network.grads
        self.scratch = np.empty_like(self.params)

    def step(self, lr):
        self.params -= np.multiply(self.grads, lr, out=self.scratch)     # w <- w - lr dloss/dw


class Adam:
    """The Adam optimiser (Kingma and Ba, 2015): step(lr) moves network.params along network.grads."""

    falls = True                                  # train() lowers its learning rate linearly to 0

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


OPTIMIZERS = {'adam': Adam, 'gd': GradientDescent}
OPTIMIZER_NAMES = {'adam': 'Adam', 'gd': 'gradient descent'}


def accuracy(network, x, labels):
    """Fraction of inputs x (n, 784) whose most probable digit is the label."""
    return float(np.mean(network.predict(x).argmax(axis=1) == labels)) if len(x) else 0.0


class Progress(collections.namedtuple('Progress', 'epoch epochs done loss validation network')):
    """What train() reports as it goes: the epoch (from 0) of `epochs`, the share of it done
    (0 to 1), the mean loss so far in it, the validation accuracy (None until the epoch ends), and the
    network being trained (its arrays are being written: copy them to keep them)."""
    __slots__ = ()
REPORT_EVERY = 20                        # steps between two reports within an epoch
DIVERGED = 2.0                           # a run whose recent loss is this many times its first has diverged


class Diverged(DigitsError):
    """Training stopped because the loss was no longer finite, or grew far above where it started."""

    def __init__(self, epoch, why):
        super().__init__(f'diverged at epoch {epoch} ({why}): learning rate too large')
        self.epoch = epoch


def train(network, x, labels, epochs, lr, batch_size, rng, validation=None, report=None, vary=None,
          mine=None, stop=None, optimizer='adam'):
    """Minibatch learning on inputs x (n, 784), labels (n,): shuffled batches, one step each.

    optimizer: 'adam' (its step size falls linearly to 0) or 'gd' (plain gradient descent, a fixed
    step size); validation: optional (x, labels) measured after each epoch; report(Progress) is
    called as training goes; vary: None, or a function (x, rng) -> new random variants of x, to
    train each epoch on; mine: None, or (x, labels, copies, vary), drawings added `copies` times
    to every epoch, each copy varied anew; stop: None, or a function () -> True to end training
    early, asked after every step. Returns the number of epochs completed; raises Diverged when
    the loss stops being finite or the last steps' mean grows to DIVERGED times the first's.
    """
    optimiser = OPTIMIZERS[optimizer](network)
    original = x
    if mine is not None:                       # your drawings ride along after the MNIST images
        mine_x, mine_labels, copies, vary_mine = mine
        mine_x = np.repeat(mine_x, copies, axis=0)
        labels = np.concatenate([labels, np.repeat(mine_labels, copies)])
    n = len(labels)
    steps_per_epoch = max(1, -(-n // batch_size))
    total = epochs * steps_per_epoch
    recent, first = collections.deque(maxlen=REPORT_EVERY), None
    for epoch in range(epochs):
        x = vary(original, rng) if vary is not None else original
        if mine is not None:
            x = np.concatenate([x, vary_mine(mine_x, rng)])
        order = rng.permutation(n)
        losses = []
        for i in range(steps_per_epoch):
            batch = order[i * batch_size:(i + 1) * batch_size]
            loss = network.gradients(np.take(x, batch, axis=0), labels[batch]).loss   # take: faster than x[batch]
            losses.append(loss)
            recent.append(loss)
            first = loss if first is None else first
            if not np.isfinite(loss):
                raise Diverged(epoch + 1, 'loss not finite')
            if len(recent) == recent.maxlen and sum(recent) > DIVERGED * first * len(recent):
                raise Diverged(epoch + 1, f'loss grew from {first:.2f} to {sum(recent) / len(recent):.3g}')
            fall = 1 - (epoch * steps_per_epoch + i) / total if optimiser.falls else 1
            optimiser.step(lr * fall)
            if stop is not None and stop():
                return epoch
            if report and i % REPORT_EVERY == 0:
                report(Progress(epoch, epochs, i / steps_per_epoch, float(np.mean(losses)), None, network))
        if report:
            val = accuracy(network, *validation) if validation else None
            report(Progress(epoch, epochs, 1.0, float(np.mean(losses)), val, network))
    return epochs


MINE_SHARE = 0.1                         # your drawings, varied copies of them, are this much of an epoch
MINE_MOST_COPIES = 200                   # ... but no drawing is copied more often than this
FINE_TUNE = {'epochs': 10, 'lr': 0.005, 'sample': 20000}   # the window's "learn now": about 2 s


def mine_copies(n_mnist, n_mine):
    """How often each of n_mine drawings of yours goes into an epoch beside n_mnist MNIST images."""
    return int(min(MINE_MOST_COPIES, np.ceil(MINE_SHARE * n_mnist / max(n_mine, 1))))


def fine_tune(network, x, labels, mine_x, mine_labels, rng, vary, epochs=FINE_TUNE['epochs'], lr=FINE_TUNE['lr'],
              stop=None):
    """A copy of network trained a little more on your drawings mine_x (m, 784), mine_labels (m,),
    each copy varied by vary(x, rng), mixed with MNIST inputs x, labels (a sample of them, so that
    it does not forget MNIST). Returns None if stop() asked to end it before it was done."""
    tuned = network.copy()
    mine = (mine_x, mine_labels, mine_copies(len(x), len(mine_x)), vary)
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


# --------------------------------------------------------------------------------------------------
# Weights files

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


MAPS = 9                        # the judge sees 8 maps of edges, one of ink, ...
CELLS = 14                      # ... each summed over a 14x14 grid of cells
JUDGE_INPUTS = MAPS * CELLS * CELLS
class Judge(collections.namedtuple('Judge', 'network scale temperature refuse_above sure')):
    """What turns the reader's output into a verdict (section "The verdict"): the judge network
    (1764-H-2, its inputs divided by `scale`), the temperature, the judge's score above which a
    reading is refused, and the probability from which an answer is sure."""
    __slots__ = ()
JUDGE_NUMBERS = ('judge_scale', 'temperature', 'refuse_above', 'sure')


def judge_arrays(judge):
    """The arrays a weights file holds for the judge."""
    return {**{'judge_' + k: v for k, v in judge.network.arrays().items()},
            **{name: np.float64(value) for name, value in zip(JUDGE_NUMBERS, judge[1:])}}


def checked_judge(arrays, source):
    """Arrays read from a weights file -> Judge; DigitsError if any is missing or wrong."""
    if any(k not in arrays for k in ('judge_w1', 'judge_b1', 'judge_w2', 'judge_b2') + JUDGE_NUMBERS):
        raise DigitsError(f'{source}: made before this version could tell when a reading is not a '
                          'digit (no judge in it); retrain with --train')
    network = checked_network(arrays, source, 'judge_', inputs=JUDGE_INPUTS, outputs=2)
    numbers = []
    for name in JUDGE_NUMBERS:
        value = np.asarray(arrays[name])
        if value.shape != () or value.dtype.kind != 'f' or not np.isfinite(value):
            raise DigitsError(f'{source}: {name} must be one finite number')
        numbers.append(float(value))
    scale, temperature, _, sure = numbers
    if scale <= 0 or temperature <= 0 or not 0 < sure <= 1:
        raise DigitsError(f'{source}: judge_scale and temperature must be positive, sure in (0, 1]')
    return Judge(network, *numbers)


class Weights(collections.namedtuple('Weights', 'reader judge meta name')):
    """A weights file read and checked: the reader network, its Judge, the metadata (a dict of
    numbers: test accuracy, the pen writers learnt from, ...) and the name to show for it."""
    __slots__ = ()
EMBEDDED = 'the weights inside digits.py'


def save_weights(path, reader, judge, **meta):
    """Write the reader, the judge and metadata (numbers) to one weights file, atomically."""
    save_arrays(path, {'reading': np.array(READING_VERSION), **reader.arrays(), **judge_arrays(judge), **meta})


def checked_weights(arrays, source, name):
    """Arrays of a weights file -> Weights; every shape and value checked."""
    reader = checked_network(arrays, source)
    reading = str(arrays['reading']) if 'reading' in arrays else '?'
    if reading != READING_VERSION:
        raise DigitsError(f'{source}: made for another way of reading images ({reading}); retrain with --train')
    judge = checked_judge(arrays, source)
    used = set(reader.arrays()) | set(judge_arrays(judge)) | {'reading'}
    meta = {k: v.item() for k, v in arrays.items() if k not in used and np.asarray(v).ndim == 0}
    return Weights(reader, judge, meta, name)


def load_weights(path=None):
    """The weights at path; with none, weights.npz beside the script, else the copy inside this
    file (the Embedded weights section) -> Weights."""
    if path is not None:
        return checked_weights(read_arrays(path), path, str(path))
    if WEIGHTS_PATH.exists():
        return checked_weights(read_arrays(WEIGHTS_PATH), WEIGHTS_PATH, WEIGHTS_PATH.name)
    return embedded_weights()


def embedded_weights():
    """The copy of the default weights inside this file -> Weights."""
    return checked_weights(unpack_weights(EMBEDDED_WEIGHTS), EMBEDDED, 'weights inside digits.py')


def kept_judge(path=None):
    """The weights whose judge --train keeps (it reads pictures, not the reader, so it need not be
    learnt again): those at path, else weights.npz, else the copy inside; the first that can be
    used -> Weights."""
    for candidate in (path, WEIGHTS_PATH):
        if candidate is not None and Path(candidate).exists():
            try:
                return load_weights(candidate)
            except DigitsError:            # an old or broken file: its judge cannot be kept
                pass
    return embedded_weights()


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


# --------------------------------------------------------------------------------------------------
# Reading a drawing
#
# MNIST digits were made by cropping each digit to its ink, scaling the longer side to 20 pixels
# (anti-aliased) and placing it in 28x28 with its centre of mass at the centre. Any picture goes
# through the same steps (picture_ink, ink_to_mnist). Then both MNIST and pictures go through
# normalise(): strokes brought to one width, the slant removed and the size set by moments, so the
# network sees what it learnt from whatever pen, size or slant a person used.

CENTRE = IMAGE_SIDE / 2          # MNIST centres of mass sit at index 14.0 on both axes
MIN_CONTRAST = 0.2               # ink must differ from the paper by this much (of full scale)
NOISE_FLOOR = 0.15               # ink fainter than this (after scaling to [0, 1]) is paper texture
STROKE_WIDTH = 2.6               # pixels; about the median MNIST stroke, the width all strokes get
SPREAD = 5.5                     # pixels; standard deviation of ink rows, the MNIST median
WIDEST = 0.75                    # the widest digit: its spread of columns over its spread of rows
ASPECT_KEPT = 0.2                # narrower digits keep this power of their narrowness (see deskew)
MAX_SIDE = 1024                  # larger pictures are first reduced to this (fast, loses nothing)
RESAMPLE = getattr(Image, 'Resampling', Image)   # Pillow >= 9.1 names the filters here


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


def pen_on(image):
    """A PIL ImageDraw for drawing on image (imported here: --predict, which never draws, saves 5 ms)."""
    from PIL import ImageDraw
    return ImageDraw.Draw(image)


def ink_stroke(draw, points, pen, fill=0):
    """A stroke drawn as the window's canvas draws it, on a PIL ImageDraw: a line `pen` pixels wide
    through points [(x, y), ...], a round dot at each point."""
    if len(points) > 1:
        draw.line(points, fill=fill, width=pen)
    r = pen / 2
    for x, y in points:
        draw.ellipse([x - r, y - r, x + r, y + r], fill=fill)


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


def image_to_grey(image):
    """A PIL image of any mode -> (grey values (h, w) float32 in [0, 1], None), anything
    transparent laid on white; or (None, its ink) for a drawing on a transparent sheet, whose
    alpha is the ink."""
    if image.mode in ('RGBA', 'LA', 'PA') or 'transparency' in image.info:
        image = image.convert('RGBA')
        alpha = np.asarray(image.getchannel('A'), np.float32) / 255
        if middle(border(alpha)) < 0.5:                  # drawn on a transparent sheet
            return None, clean_ink(alpha)
        white = Image.new('RGBA', image.size, 'white')
        image = Image.alpha_composite(white, image)
    if image.mode in ('I', 'F') or image.mode.startswith('I;16'):   # 16-bit or float greys, unclipped
        values = np.asarray(image, np.float32)
        return values / (65535 if image.mode.startswith('I;16') else max(float(values.max()), 1)), None
    return np.asarray(image.convert('L'), np.float32) / 255, None


def grey_to_ink(grey):
    """Grey values (h, w) of a drawing or a scan -> ink (h, w) in [0, 1], 1 where the pen was. Dark
    ink on light paper, or light ink on dark: the border says which the paper is."""
    paper = middle(border(grey))
    return clean_ink(paper - grey if paper >= 0.5 else grey - paper)


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
    """A stack (28, 28, n) -> images (n, 28, 28), each sheared upright, scaled to one size and
    one width, centred by mass.

    The slant and size come from second moments: the shear that makes the covariance of row and
    column zero, and the zoom that gives the rows a spread of SPREAD pixels (the MNIST median).
    Moments, unlike a bounding box, ignore a stray tail, so every digit lands alike. The width,
    the spread of columns over that of rows, is brought nearly to one: a digit wider than WIDEST
    is narrowed to it (scanners stretch digits to fill a box, and people draw wide), and a
    narrower one is widened to WIDEST (its width / WIDEST) ** ASPECT_KEPT, so that a 1 stays
    the narrowest digit while a narrow 0 and a round one, or a 4 and a 9 drawn tall or squat,
    look alike. Ten hidden units then spend nothing on how wide people write (what that is worth:
    docs/design-notes.md, "Reading").
    """
    cy, cx, var_y, var_x, cov_xy = moments(stack)
    slant = cov_xy / var_y                                           # columns moved per row down
    zoom = np.clip(np.sqrt(var_y) / SPREAD, 1 / 1.6, 1 / 0.6)
    width = np.sqrt(np.maximum(var_x - cov_xy * slant, 1e-3) / var_y)   # slant removed, over the height
    wanted = WIDEST * np.minimum(width / WIDEST, 1) ** ASPECT_KEPT
    zoom_x = np.minimum(zoom * width / wanted, 2.5).astype(np.float32)
    images = warp(stack, cy, cx, zoom, zoom_x, slant * zoom)
    # A thin stroke made several times wider shows, row by row, every wobble of the pen several
    # times larger: rows are blended with their neighbours, the more the wider it was made.
    widened = np.flatnonzero(zoom_x < zoom)
    if widened.size:
        blend = np.clip(zoom[widened] / zoom_x[widened] - 1, 0, 1).astype(np.float32)[:, None, None]
        some = images[widened]
        for _ in range(2):
            some[:, 1:-1] += blend * ((some[:, :-2] + some[:, 2:]) / 2 - some[:, 1:-1]) / 2
        images[widened] = some
    return images


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


def inks_to_inputs(inks):
    """Inks (each (h, w)) -> network inputs (n, 784) and a mask (n,) of those with any ink."""
    forms = [ink_to_mnist(ink) for ink in inks]
    found = np.array([f is not None for f in forms], bool)
    stack = np.zeros((len(forms), IMAGE_SIDE, IMAGE_SIDE), np.float32)
    for i in np.flatnonzero(found):
        stack[i] = forms[i]
    return normalise(stack), found


# --------------------------------------------------------------------------------------------------
# The verdict
#
# The reader's softmax always names a digit, and on drawings unlike MNIST it names it too surely.
# Three things, fitted by --train on held-out digits and stand-ins and saved with the weights,
# turn its output for one image into a verdict that --predict, --eval and the window all show:
#
# 1. A judge: a second small network that says whether the input is a digit at all. It sees the
#    reader's 28x28 input through the directions of its edges (which way each edge faces, in 8
#    directions, summed over 14x14 patches of 2x2 pixels): a description that cares about the
#    shape of the strokes rather than exactly where each pixel is. It learns from MNIST digits,
#    the pen digits and digit stand-ins against real non-digits that people drew (nondigits/,
#    drawn as the pen digits are) and the letters and symbols of section "Made-up data". Why it
#    is no larger, sees no more, and learns from no other non-digits drawn in code:
#    docs/design-notes.md, "The judge".
# 2. A temperature: the reader's scores are divided by it before the softmax, which keeps the
#    answer but makes the percentage honest. It is fitted on validation digits and stand-ins made
#    from them (never on the test set), so "80%" is right about 80% of the time.
# 3. The rule: "not a digit" when the judge's score is above a threshold that refuses only
#    REFUSED_DIGITS of the validation digits; "sure" when the answer is at least SURE likely;
#    otherwise "or", with the runner-up.
#
# Each was chosen on validation digits and checked on real development material: pen digits of
# writers the reader had not learnt from, scanned digits, and letters and characters of other
# scripts written by people (docs/evaluation.md).

SURE = 0.7                      # below this probability the verdict names the runner-up too
REFUSED_DIGITS = 0.004          # the share of validation digits the judge may refuse
Verdict = collections.namedtuple('Verdict', 'kind digit probability other other_probability')
SURE_KIND, UNSURE_KIND, REFUSED_KIND, EMPTY_KIND = 'sure', 'unsure', 'not a digit', 'no digit'
MARK_KIND = 'mark'              # in a number, a '.' or '-' between its digits


def edge_directions(x):
    """Inputs x (n, 784) -> (n, 1764): at each pixel, how much the ink fades in each of 8
    directions (right, down-right, down, ... up-right), and the ink itself; each of these 9 maps
    summed over 2x2 pixels, so 9 maps of 14x14. An edge the ink fades rightwards from faces right."""
    half = np.float32(0.5 ** 0.5)

    def work(start, stop):
        im = x[start:stop].reshape(-1, IMAGE_SIDE, IMAGE_SIDE)
        dx, dy = np.zeros_like(im), np.zeros_like(im)
        dx[:, :, 1:-1] = im[:, :, :-2] - im[:, :, 2:]             # ink on the left: fades rightwards
        dy[:, 1:-1] = im[:, :-2] - im[:, 2:]                       # ink above: fades downwards
        u, v = (dx + dy) * half, (dy - dx) * half                  # the diagonals
        faces = np.maximum(np.stack([dx, u, dy, v, -dx, -u, -dy, -v, im], axis=1), 0)   # (n, 9, 28, 28)
        cells = faces[:, :, ::2, ::2] + faces[:, :, 1::2, ::2] + faces[:, :, ::2, 1::2] + faces[:, :, 1::2, 1::2]
        return cells.reshape(stop - start, -1)                     # (n, 9 x 14 x 14)
    return in_chunks(work, len(x), width=MAPS * CELLS * CELLS)


def not_digit(judge, x):
    """Inputs (n, 784) -> the judge's score (n,): log P(not a digit) - log P(digit)."""
    _, logits = judge.network.hidden_and_scores(edge_directions(x) / judge.scale)
    return logits[:, 1] - logits[:, 0]


def calibrated(judge, logits):
    """The reader's scores (n, 10) -> calibrated probabilities (n, 10)."""
    return softmax(logits / judge.temperature)


def verdicts(judge, logits, x, found):
    """The reader's scores (n, 10) for inputs x (n, 784), found (n,) False where no ink was found
    -> one Verdict per input."""
    p = calibrated(judge, logits)
    refused = not_digit(judge, x) > judge.refuse_above
    first, second = np.argsort(-p, axis=1, kind='stable')[:, :2].T
    out = []
    for i in range(len(p)):
        if not found[i]:
            out.append(Verdict(EMPTY_KIND, None, None, None, None))
        elif refused[i]:
            out.append(Verdict(REFUSED_KIND, None, None, None, None))
        else:
            kind = SURE_KIND if p[i, first[i]] >= judge.sure else UNSURE_KIND
            out.append(Verdict(kind, int(first[i]), float(p[i, first[i]]), int(second[i]), float(p[i, second[i]])))
    return out


def read_inks(reader, judge, inks):
    """Inks (each (h, w)) read as single digits, in one batch -> inputs (n, 784), verdicts."""
    x, found = inks_to_inputs(inks)
    return x, verdicts(judge, reader.hidden_and_scores(x)[1], x, found)


def words(verdict, style='line'):
    """A Verdict in words, as every place that shows one says it. style 'line', what --predict
    prints: '7 (97.3%)', '7 (54.1% or 1 38.0%)', 'not a digit', 'no digit'; 'short', for a
    table: '9 93%', '9 54% or 4', '2026 48%'; 'strip', under a number's digit: '9 93.1%', '9 or 4', 'mark .';
    'big', the window's answer and the line under it: ('7', '97.3% sure'), ('7 or 1?', '54.1% or
    38.0%'), ('not a digit', '')."""
    kind, digit, p, other, q = verdict
    if kind == MARK_KIND:
        return f'mark {digit}'
    if kind in (REFUSED_KIND, EMPTY_KIND):
        return (kind, '') if style == 'big' else kind
    unsure = kind == UNSURE_KIND
    if style == 'line':
        return f'{digit} ({percent(p)} or {other} {percent(q)})' if unsure else f'{digit} ({percent(p)})'
    if style == 'short':                          # a number's runner-up would not fit a table's cell
        p = min(p, 0.99)                          # never '100%', as percent() never says 100.0%
        return f'{digit} {p:.0%} or {other}' if unsure and isinstance(digit, int) else f'{digit} {p:.0%}'
    if style == 'strip':
        return f'{digit} or {other}' if unsure else f'{digit} {percent(p)}'
    return (f'{digit} or {other}?', f'{percent(p)} or {percent(q)}') if unsure else (str(digit), f'{percent(p)} sure')


def share(p):
    """A probability -> a percentage to three figures, small ones too: '24.1%', '0.00165%'."""
    if p < 1e-9:
        return '0%'
    return f'{100 * p:.{max(0, 2 - int(np.floor(np.log10(100 * p))))}f}%'


def percent(p):
    """A probability -> '97.3%'; never '100.0%', which no reading of a drawing can honestly claim."""
    return f'{min(p, 0.999):.1%}'


def expected_calibration_error(confidence, right, bins=10):
    """The gap between how sure the answers said they were and how often they were right,
    averaged over 10 equal bins of confidence, weighted by how many answers fall in each."""
    confidence = np.asarray(confidence, float)
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    # Within a bin, |mean confidence - share right| x its count = |sum of confidences - count right|.
    said = np.bincount(which, confidence, minlength=bins)
    were = np.bincount(which, np.asarray(right, float), minlength=bins)
    return float(np.abs(said - were).sum() / max(len(which), 1))


def fit_temperature(logits, labels, steps=100):
    """The temperature T > 0 that makes softmax(logits / T) most honest on held-out digits with
    these labels: the smallest calibration error of the answers' probabilities, over T from 0.5
    to 4 in `steps` even steps of log T. (Fitting T by the likelihood instead, as is usual, lets
    the few surest mistakes pull it up: real pen digits and scans then read less sure than they
    are right; chosen on writers held out.)"""
    right = logits.argmax(axis=1) == labels                      # T changes no answer
    below = logits - logits.max(axis=1, keepdims=True)           # the answer's probability is
    grid = np.exp(np.linspace(np.log(0.5), np.log(4.0), steps))  # 1 / sum(exp(below / T))
    errors = [expected_calibration_error(1 / np.exp(below / t).sum(axis=1), right) for t in grid]
    return float(grid[int(np.argmin(errors))])


def fit_judge(reader, network, scale, held_x, held_labels, plain, mine=None):
    """A Judge for this reader: the temperature fitted on held-out inputs held_x (n, 784) with
    labels (n,), validation digits and stand-ins made from them; the refusal threshold on those
    that are validation digits as they are (plain, (n,) bool). mine: None, or inputs (m, 784) of
    your own drawings, which are never refused: you said they are digits."""
    _, logits = reader.hidden_and_scores(held_x)
    temperature = fit_temperature(logits, held_labels)
    judge = Judge(network, scale, temperature, np.inf, SURE)
    refuse_above = float(np.quantile(not_digit(judge, held_x[plain]), 1 - REFUSED_DIGITS))
    if mine is not None and len(mine):
        refuse_above = max(refuse_above, float(not_digit(judge, mine).max()) + 1e-3)
    return judge._replace(refuse_above=refuse_above)


# --------------------------------------------------------------------------------------------------
# Numbers

# Whole numbers. Digits written side by side are read one by one. The ink is split into its
# strokes (connected pieces of ink), and strokes over the same columns are taken together (the
# bar of a 5 over its body, a broken stroke): these are the pieces, left to right. A piece as wide
# as two digits may be touching digits: it is cut into atoms where its ink is thinnest. Then any
# few neighbouring atoms may together be one digit, and a sliver of a piece may be one digit with
# its neighbour (a 4 in two strokes): the Judging section reads every such group and keeps the
# split the network is surest of.


NUMBER_WIDTH = 1.1               # in a number, the widest digit, times the digits' height
TOUCHING_WIDTH = 0.8             # a piece wider than this times that may be touching digits
ONE_DIGIT_WIDTH = 1.2            # writing no wider than this times its height is read as one digit,
PARTED = 0.3                     # ... unless its pieces are this far apart (times its height)
CUT_ODDS = 0.5                   # touching digits cut apart: a split through ink counts this much
NUMBER_SIDE = 48                 # a number's ink is split at about this height (or what it is)
MARK_HEIGHT = 0.4                # a piece lower than this times the digits is a mark: '.' or '-' ...
MARK_ODDS = 0.3                  # ... which counts this much (the bar of a 5 is likelier)
ROW_HEIGHTS = 0.5                # a number's digits are no less tall than this times the tallest
ROW_MARGIN = 1.0                 # ... and each is a digit to the judge by this much more than a digit alone,
CUT_MARGIN = 2.0                 # ... and by this much more again if it was cut out of a stroke
MOST_LINES = 3                   # ink in more bands of rows than this is lines of text, not digits


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
        if bands[k][0] - bands[k - 1][1] <= max(2, 0.005 * height_of(ink)):
            bands[k - 1:k + 1] = [[bands[k - 1][0], bands[k][1]]]
    return len(joined_specks(bands, [strong[a:b].sum() for a, b in bands])) > MOST_LINES


def stroke_labels(ink):
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
    labels = stroke_labels(ink)
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


def sureness(verdict):
    """How sure a verdict is of its answer: its probability; almost nothing if it refused."""
    if verdict.kind == MARK_KIND:
        return MARK_ODDS
    return verdict.probability if verdict.kind in (SURE_KIND, UNSURE_KIND) else 0.01 * (verdict.kind == REFUSED_KIND)


Piece = collections.namedtuple('Piece', 'columns input verdict')


def read_inked(reader, judge, inks):
    """Inks (each (h, w), one picture's) -> (inputs (n, 784): each ink read as one digit, and for
    each its reading (Verdict, pieces)). The one way pictures are read: --predict, --eval, photos,
    numbers and the window all come here. A reading is one digit, read as ever, or a number, whose
    verdict's digit is the number as text and whose probability is the product of its digits' (the
    chance that all of them are right); pieces: Piece(columns of the ink, input (784,), verdict) for
    each digit or mark, left to right. Every ink is read as one digit first, all in one batch; only
    those that may be more (wide, parted, unsure and in pieces) are read again, as writing. Only the
    box around the ink is read, so that paper around it changes nothing."""
    boxes = [ink_box(ink) for ink in inks]
    x, alone = read_inks(reader, judge, [box for box, _ in boxes])
    readings = []
    for k, (box, left) in enumerate(boxes):
        verdict, pieces = at_once(box, x[k], alone[k]) or read_boxed(reader, judge, box, x[k], alone[k])
        readings.append((verdict, [p._replace(columns=(p.columns[0] + left, p.columns[1] + left)) for p in pieces]))
    return x, readings


def ink_box(ink):
    """Ink (h, w) -> (the part of it inside the box around the ink, the box's first column)."""
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if cols.size == 0:
        return ink, 0
    return ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1], int(cols[0])


def at_once(ink, x, alone):
    """The reading of ink (h, w), cropped to its box, when its reading as one digit (input x,
    Verdict alone) settles it -> (Verdict, pieces); None when it may be several digits."""
    if alone.kind == EMPTY_KIND:
        return alone, []
    if in_lines(ink):                                        # a page of text: the judge need not look
        refused = Verdict(REFUSED_KIND, None, None, None, None)
        return refused, [Piece((0, ink.shape[1]), x, refused)]
    if one_digit(ink) and (alone.kind == SURE_KIND or len(pieces_of(ink)) == 1):   # not unsure and in pieces
        return alone, [Piece((0, ink.shape[1]), x, alone)]
    return None


def read_boxed(reader, judge, ink, alone_x, alone):
    """The reading (Verdict, pieces) of ink (h, w), cropped to its box, that may be several digits
    (its reading as one digit: input alone_x, Verdict alone): split into digits and marks, and read
    as a number unless one digit reads more surely."""
    single = one_digit(ink)
    shrink = max(1, height_of(ink) / NUMBER_SIDE)                # split a large picture made smaller
    small = ink if shrink == 1 else np.asarray(Image.fromarray(ink).resize(
        (max(1, round(ink.shape[1] / shrink)), max(1, round(ink.shape[0] / shrink))), RESAMPLE.BOX))
    inks, spans, groups, atoms, wholes, height = digit_groups(small)
    # Whole pieces (and pieces together) are read first (the whole ink was, as one digit); then the
    # cuts of the pieces not read surely whole (a wide piece read surely as one digit is not cut:
    # its halves might read surely too).
    x, verdicts = np.zeros((len(groups), PIXELS), np.float32), [None] * len(groups)

    def read(chosen):                                         # the groups chosen, in one batch
        got_x, got = read_inks(reader, judge, [inks[g] for g in chosen])
        for k, g in enumerate(chosen):
            x[g], verdicts[g] = got_x[k], got[k]
    inside = [next((w for w in wholes if w[0] <= i and j <= w[1] and (i, j) != w), None) for i, j in groups]
    read([g for g in range(len(groups)) if inside[g] is None])
    if not single and not_digit(judge, alone_x[None])[0] > judge.refuse_above - ROW_MARGIN:
        alone = Verdict(REFUSED_KIND, None, None, None, None)     # wider than a digit: one only if clearly
    unsure = {w for w in wholes if verdicts[groups.index(w)].kind != SURE_KIND}
    if unsure:
        read([g for g in range(len(groups)) if inside[g] in unsure])
    # A piece much lower than the digits is a mark ('.' or '-'), not a digit of its own.
    for g, (i, j) in enumerate(groups):
        low = height_of(inks[g])
        if (i, j) in wholes and low < MARK_HEIGHT * height:
            verdicts[g] = Verdict(MARK_KIND, '-' if spans[g][1] - spans[g][0] > 1.5 * low else '.', 1.0, None, None)
    chosen = surest_split(groups, atoms, verdicts)
    found = [Piece((round(spans[g][0] * shrink), round(spans[g][1] * shrink)), x[g], verdicts[g]) for g in chosen]
    number = number_verdict([p.verdict for p in found], judge.sure)
    starts, ends = {w[0] for w in wholes}, {w[1] for w in wholes}
    cut = [not (groups[g][0] in starts and groups[g][1] in ends) for g in chosen]
    if len(found) > 1 and not in_a_row(judge, ink, found, cut):
        number = Verdict(REFUSED_KIND, None, None, None, None)
    # A digit written in separate strokes is in pieces too: the whole read as one digit is kept
    # unless the pieces read as a number more surely (and surely, if it looks like one digit).
    if single:
        keep = number.kind != SURE_KIND or sureness(alone) >= sureness(number)
    else:
        keep = alone.kind == SURE_KIND and sureness(alone) >= sureness(number) and not parted(ink)
    if len(found) == 1 or keep:
        return alone, [Piece((0, ink.shape[1]), alone_x, alone)]
    return number, found


def surest_split(groups, atoms, verdicts):
    """The groups (i, j) of atoms (see digit_groups) and their verdicts (None: not read) -> the
    indices of the groups that split all the atoms most surely: the product of their sureness,
    CUT_ODDS for each cut through a stroke. best[j] is the surest reading of atoms 0..j-1 and
    the groups it takes; groups come sorted by their end, so best[i] is final before any group
    starting at atom i is tried."""
    best = [(1.0, [])] + [(-1.0, [])] * len(atoms)
    for g, (i, j) in enumerate(groups):
        if verdicts[g] is None or best[i][0] < 0:
            continue
        option = best[i][0] * sureness(verdicts[g]) * (CUT_ODDS if 0 < i and atoms[i - 1][0] == atoms[i][0] else 1)
        if option > best[j][0]:
            best[j] = option, best[i][1] + [g]
    return best[-1][1]


def in_a_row(judge, ink, pieces, cut=None):
    """Whether pieces of ink (h, w) are a row of digits: all about as tall as the tallest
    (ROW_HEIGHTS) and each a digit to the judge by ROW_MARGIN more than it asks of a digit
    alone, and by CUT_MARGIN more again where cut (n,) says it was cut out of a stroke. Writing
    cut into pieces gives every piece a chance to pass for a digit: the strokes of a letter or
    of a character of another script pass as 1s and 7s (a joined-up m as 1111), where the
    digits of a number are whole, clear and of one size."""
    marks = [p.verdict.kind == MARK_KIND for p in pieces]
    digits = [p for p, mark in zip(pieces, marks) if not mark]
    cut = np.array([c for c, mark in zip(cut or [False] * len(pieces), marks) if not mark], bool)
    heights = [height_of(ink, *p.columns) for p in digits]
    clear = not_digit(judge, np.array([p.input for p in digits])) <= judge.refuse_above - ROW_MARGIN - CUT_MARGIN * cut
    return min(heights) >= ROW_HEIGHTS * max(heights) and bool(clear.all())


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


def refused_why(pieces):
    """Why a reading was refused, in a few words, from its pieces: the drawing, or a piece of it,
    looks like no digit; or each piece reads as a digit, but together they are not a row of digits
    (see in_a_row: of one height, and each clearly a digit)."""
    digits = [p for p in pieces if p.verdict.kind != MARK_KIND]
    if len(digits) <= 1:
        return 'like none of 0 to 9'
    if any(p.verdict.kind in (REFUSED_KIND, EMPTY_KIND) for p in digits):
        return 'a piece is like no digit'
    return 'not clearly a row of digits'


# --------------------------------------------------------------------------------------------------
# Photos

# Photos of paper. A drawing or a scan has an even border; a photo has light falling unevenly,
# paper that is not white, printed lines, noise. For those, the paper is flattened first (its
# light estimated and divided out), ink is what is darker than the paper by more than the noise,
# printed lines are taken out, and only the writing is kept, not the specks around it.


def looks_photographed(grey):
    """Grey values (h, w) in [0, 1] -> whether they look like a photo rather than a drawing or scan."""
    edge = np.sort(border(grey))
    spread = edge[len(edge) * 95 // 100] - edge[len(edge) * 5 // 100]
    return min(grey.shape) >= 48 and (spread > 0.06 or 0.1 < edge[len(edge) // 2] < 0.8)


def ruled(ink):
    """Whether ink (h, w) holds ruled or squared lines: three or more bands of rows (or columns)
    inked nearly from edge to edge, which no digit is."""
    for full in ((ink > 0).mean(axis=1) >= 0.9, (ink > 0).mean(axis=0) >= 0.9):
        if np.count_nonzero(np.diff(full.astype(np.int8)) == 1) + full[0] >= 3:
            return True
    return False


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
    biggest = int(np.argmax(weight))
    top, bottom = spans[biggest]
    kept = [g for g, w_, (a, b) in zip(numbers, weight, spans)
            if g == numbers[biggest] or (w_ > 0.2 * weight[biggest] and a <= bottom and b >= top)]
    keep = np.isin(group, kept).repeat(cell, axis=0).repeat(cell, axis=1)[:h, :w]
    return ink * keep


def picture_ink(image):
    """Any PIL image (a drawing, a scan, a photo of paper) -> ink (h, w) float32 in [0, 1], 1 where
    the pen was; a picture larger than MAX_SIDE is reduced first."""
    if max(image.size) > MAX_SIDE:
        image = image.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE), RESAMPLE.BOX)
    grey, ink = image_to_grey(image)
    if ink is not None:
        return ink
    if looks_photographed(grey):
        return photo_to_ink(grey)
    ink = grey_to_ink(grey)
    return photo_to_ink(grey) if middle(border(grey)) >= 0.5 and ruled(ink) else ink   # a scan of ruled paper


def read_images(images):
    """PIL images -> network inputs (n, 784) and a mask (n,) of those that held a digit at all."""
    return inks_to_inputs([picture_ink(image) for image in images])


def read_pictures(reader, judge, pictures):
    """PIL images -> read_inked() of their inks: inputs (n, 784), [(Verdict, pieces), ...]."""
    return read_inked(reader, judge, [picture_ink(picture) for picture in pictures])


# --------------------------------------------------------------------------------------------------
# Made-up data
#
# MNIST was written on paper forms by American census staff and students. People drawing with a
# mouse or a stylus write otherwise: 9s whose tail curls back, 1s with a flag and a foot, 7s with
# a bar, 4s open at the top. So the reader also learns from real pen digits, UCI's trajectories
# of 30 writers (pendigits/), drawn here as the window's canvas draws them. For what no real
# material can be bundled for (other pens, scanners, hands), stand-ins are made here from MNIST
# and pen digits: the reader learns from them, --eval and bench_digits.py measure with them, and
# they calibrate its percentages. Stand-ins for letters and symbols teach the judge of the next
# section to refuse them. Everything is drawn in code, so nothing is downloaded; the settings were
# checked on real development material that is not bundled (see the README).
#
# Digits: re-drawn along their skeleton with another pen, size and slant, as on the window's
# canvas; scanned as small binary bitmaps, some stretched to fill their box as form scanners do;
# bent a little by a smooth random warp; photographed on paper; written side by side as numbers.
# Non-digits: letters and symbols from a small stroke font written as hands write them (the ones
# that look like digits, such as O, I, S, Z, b and g, are left out), printed, and traced by hand;
# the real non-digits people drew are drawn as the pen digits are.

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


def photographed(drawings, rng, sizes=((640, 480), (1024, 768), (1600, 1200), (2000, 1500))):
    """Drawings (PIL 'L', dark ink on white) -> JPEG files of phone photos of them written on paper,
    in memory (io.BytesIO: open_image opens them as any file): the digit 15-45% of the photo's
    height anywhere on it, black, blue or pencil-grey ink, white or warm paper, light falling
    unevenly with a shadow across, ruled or squared lines, blur, sensor noise, and a third of them
    stored turned, with the EXIF orientation that turns them back."""
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
        photos.append(buffer)
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


# Stand-ins: digits as other pens, hands and scanners give them. Each kind is made once, as ink
# canvases (n, s, s) in [0, 1], a whole batch at a time: training crops them into the MNIST form
# (digit_stand_ins), and --eval turns the same canvases into pictures (as_pictures).


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
    n, f32 = len(canvases), np.float32
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
    """MNIST digits (n, 28, 28) in [0, 1] -> canvases of each stretched to fill its box in both
    directions, as scanners of forms do; with cells, made a cells x cells binary bitmap on the way."""
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
    return canvas


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
    return down.transpose(0, 2, 1)


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
    tall, or as much taller than wide, as forms with oblong boxes do."""
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
    return boxed


def thick_or_thin_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> half of them drawn with a much thinner pen (about a pixel),
    half with a much thicker one (two to four pixels more a side, so that small loops close)."""
    n, f32 = len(images), np.float32
    steps = np.where(rng.random(n) < 0.5, -rng.uniform(0.4, 0.8, n), rng.uniform(1.0, 2.0, n)).astype(f32)
    stack = grow_or_thin(as_stack(images), np.clip(steps, -1, 1))
    stack = grow_or_thin(stack, np.maximum(steps - 1, 0))
    return np.ascontiguousarray(stack.transpose(2, 0, 1))


def slanted_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> each slanted by 0.35 to 0.6 columns per row, either way."""
    n, f32 = len(images), np.float32
    shear = (rng.uniform(0.35, 0.6, n) * rng.choice([-1, 1], n)).astype(f32)
    zoom, centre = np.full(n, 1.4, f32), np.full(n, CENTRE, f32)     # smaller, to keep it all
    return warp(as_stack(images), centre, centre, zoom, zoom, shear * zoom)


def small_blurred_digits(images, rng):
    """Digits (n, 28, 28) in [0, 1] -> as small blurred scans (of envelopes) give them: shrunk to 8
    to 14 pixels tall and blurred."""
    n, f32 = len(images), np.float32
    zoom = (BOX_SIDE / rng.uniform(8, 14, n)).astype(f32)           # 20 pixels to 8 to 14
    centre = np.full(n, CENTRE, f32)
    small = warp(as_stack(images), centre, centre, zoom, zoom, np.zeros(n, f32))
    blurred = small.copy()                                           # a 3x3 blur
    blurred[:, 1:-1, 1:-1] = (4 * small[:, 1:-1, 1:-1] + small[:, :-2, 1:-1] + small[:, 2:, 1:-1]
                              + small[:, 1:-1, :-2] + small[:, 1:-1, 2:]) / 8
    return blurred


STAND_INS = {                    # kind: (what makes its canvases, what it is)
    'stretched': (stretched_digits, 'stretched to fill their box both ways, as scanners of forms do'),
    'scanned at 16x16': (lambda x, rng: stretched_digits(x, rng, cells=16), 'made 16x16 bitmaps, stretched to fill them'),
    'stretched one way': (one_way_digits, 'stretched to fill a box 1.4-2.2 times wider than tall, or taller than wide'),
    'bent': (bent_digits, 'bent by a smooth random warp'),
    'even pen': (even_pen_digits, 'drawn again along their skeleton with an even, round pen'),
    'thick or thin': (thick_or_thin_digits, 'drawn with a pen of about a pixel, or two to four pixels a side thicker'),
    'slanted': (slanted_digits, 'slanted by 0.35 to 0.6 columns a row'),
    'small and blurred': (small_blurred_digits, 'shrunk to 8-14 px tall and blurred, as small scans give them'),
}


def digit_stand_ins(images, rng):
    """Digits (n, 28, 28) in the MNIST form, uint8 or float in [0, 1] -> the same digits (n, 28, 28)
    in the MNIST form as other pens and scanners would give them, an equal share of each kind of
    STAND_INS, and the kind of each (n,)."""
    x = images / np.float32(255) if images.dtype == np.uint8 else images
    parts = np.array_split(np.arange(len(x)), len(STAND_INS))
    made = [crop_and_centre(make(x[part], rng)) for (make, _), part in zip(STAND_INS.values(), parts)]
    return np.concatenate(made), np.repeat(np.arange(len(parts)), [len(p) for p in parts])


# Non-digits: letters and symbols, written, printed, and printed then traced by hand. A stroke
# font: a glyph is strokes separated by '|'; a stroke is points 'x,y' (x from 0 to 4, rightwards;
# y from 0 to 6, downwards) and arcs 'a cx,cy rx,ry from to' (degrees, counter-clockwise as seen).
# A stroke of one point is a dot.
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
    # more letters, and lower-case letters as hands join them, with a tail to the next letter
    'D': '0,0 0,6 | 0,0 1.5,0 a 1.5,3 2.5,3 90 -90 0,6', 'j': '2.8,2 2.8,7.5 a 1.6,7.5 1.2,1.2 0 -160 | 2.8,0.6',
    'a2': 'a 2,4 1.8,2 20 380 | 3.8,2 3.8,5.5 a 4.5,5.5 0.7,0.6 180 330',
    'd2': 'a 1.8,4 1.8,2 20 380 | 3.6,0 3.6,5.5 a 4.3,5.5 0.7,0.6 180 330',
    'y2': '0,2 0,4 a 1.5,4 1.5,1.6 180 360 | 3,2 3,7.5 a 1.8,7.5 1.2,1 0 -180',
    'u2': '0,2 0,4.5 a 1.7,4.5 1.7,1.5 180 360 3.4,2 3.4,5.5 a 4.1,5.5 0.7,0.6 180 330',
    'h2': '0,0 0,6 | 0,4 a 1.8,4 1.8,1.6 180 0 3.6,5.5 a 4.2,5.5 0.6,0.6 180 330',
    'n2': '0,2 0,6 | 0,3.8 a 1.8,3.8 1.8,1.6 180 0 3.6,5.5 a 4.2,5.5 0.6,0.6 180 330',
    'R2': '0,6 0,0 a 1.5,1.6 2.2,1.6 90 -90 0,3.2 3.5,6', 'f2': '3.5,1 a 2.5,1.2 1,1 0 180 1.5,7 | 0.3,3 3,3',
    'k2': '0,0 0,6 | 0,4 a 2,3.2 1.4,0.9 200 -90 3.6,6', 'Q2': 'a 2,3 2,3 90 450 | 2.2,4.2 4.2,6.4',
    'x2': 'a 1,3 1,2 0 -90 a 3,5 1,2 180 90 | 0,6 4,2',
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


def smooth(points, rounds=3):
    """A polyline (m, 2) -> a smooth curve near it (Chaikin's corner cutting), ends kept."""
    for _ in range(rounds):
        cut = np.stack([0.75 * points[:-1] + 0.25 * points[1:], 0.25 * points[:-1] + 0.75 * points[1:]], axis=1)
        points = np.vstack([points[:1], cut.reshape(-1, 2), points[-1:]])
    return points


def cursive(strokes, rng):
    """A glyph's strokes -> as a hand writes them quickly: sometimes all in one line (the pen never
    lifted), sometimes with a tail at the end of a stroke, corners often rounded."""
    if len(strokes) > 1 and rng.random() < 0.35:
        strokes = [np.vstack(strokes)]
    written = []
    for stroke in strokes:
        if len(stroke) >= 2 and rng.random() < 0.3:
            way = (stroke[-1] - stroke[-2]) / max(np.hypot(*(stroke[-1] - stroke[-2])), 1e-6)
            stroke = np.vstack([stroke, stroke[-1] + 0.5 * way + 0.4 * rng.choice([-1, 1]) * np.array([-way[1], way[0]])])
        written.append(smooth(stroke, 2) if len(stroke) > 2 and rng.random() < 0.6 else stroke)
    return written


def loosely(drawings, rng, shift=0.06, size=0.12):
    """Drawings -> each stroke moved by about `shift` of its drawing's size and resized by about
    `size` on its own, as strokes of real handwriting never meet quite where they should."""
    loose = []
    for strokes in drawings:
        extent = max(np.ptp(np.vstack(strokes), axis=0).max(), 1e-6)
        loose.append([(s - s.mean(0)) * np.exp(rng.normal(0, size)) + s.mean(0) + rng.normal(0, shift * extent, 2)
                      for s in strokes])
    return loose


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
    flat, ends = placed.ravel().tolist(), (2 * np.cumsum(lengths)).tolist()     # lists: PIL takes them fastest
    widths = np.maximum(1, np.round(stroke_pens)).astype(int).tolist()
    for end, length, width, r in zip(ends, lengths.tolist(), widths, (stroke_pens / 2).tolist()):
        xy = flat[end - 2 * length:end]
        if length > 1:
            draw.line(xy, fill=255, width=width)
        for x, y in (xy[:2], xy[-2:]):                         # round ends
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    return np.asarray(sheet, np.float32).reshape(len(drawings), side, side) / 255


def drawn_pen_digits(strokes, rng, side=40, pens=(0.02, 0.2), wobble=0.02):
    """Pen digits' strokes (see PenDigits), or any drawings' -> (n, 28, 28) in the MNIST form, drawn
    as people draw on the window's canvas: each a little turned, slanted and squeezed (by_hand), by a round pen of
    `pens` times its size. Where it sits on the canvas, how large and which colour the ink is
    are what the reading takes away, so they are not varied here."""
    ratio = rng.uniform(*pens, len(strokes))
    canvases = draw_strokes(by_hand(strokes, rng, wobble), side, side * 0.8 * ratio / (1 + ratio))
    return crop_and_centre(canvases)


def padded_cards(images, margin=4):
    """Characters filling 28x28 cards (n, 28, 28) uint8 -> canvases (n, 36, 36) in [0, 1] with a
    margin of paper, as MNIST's digits have one: the reading crops to the ink anyway."""
    canvases = np.zeros((len(images), IMAGE_SIDE + 2 * margin, IMAGE_SIDE + 2 * margin), np.float32)
    canvases[:, margin:-margin, margin:-margin] = images / np.float32(255)
    return canvases


def drawn_non_digits(sets, rng, held=False):
    """Real non-digits ([NonDigits]) -> (n, 28, 28) in the MNIST form, the part learnt from (or,
    held=True, the part held out): drawings drawn as the pen digits are, cards padded and
    centred; and the index in `sets` of each (n,)."""
    forms, which = [], []
    for k, found in enumerate(sets):
        keep = np.flatnonzero(found.held == held)
        if found.strokes is not None:
            forms.append(drawn_pen_digits([found.strokes[i] for i in keep], rng))
        else:
            forms.append(crop_and_centre(padded_cards(found.images[keep])))
        which.append(np.full(len(keep), k))
    return np.concatenate(forms), np.concatenate(which)


def canvas_drawings(strokes, rng, width=CANVAS_WIDTH, side=CANVAS_SIDE, pen=PEN_WIDTH):
    """Pen digits' strokes -> PIL pictures of them as the window's canvas holds them: dark ink on
    white, drawn a segment at a time with a round pen, each digit 40 to 85% of the canvas tall,
    anywhere on it."""
    pictures = []
    for digit in strokes:
        points = np.vstack(digit)
        low, high = points.min(axis=0), points.max(axis=0)
        scale = rng.uniform(0.4, 0.85) * side / max(high[1] - low[1], (high[0] - low[0]) * side / width, 1)
        room = np.array([width, side]) - (high - low) * scale - 2 * pen
        offset = pen + rng.uniform(0, np.maximum(room, 0)) - low * scale
        picture = Image.new('L', (width, side), 255)
        draw = pen_on(picture)
        for stroke in digit:
            ink_stroke(draw, [tuple(p) for p in (stroke * scale + offset).tolist()], pen)
        pictures.append(picture)
    return pictures


PRINTED = 'ACEFHJKLMNPQRTUVWXYacdefhkmnprtuvwxy+=%#@*?!<>$'   # no letter that looks like a digit


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


NON_DIGIT_KINDS = {'letters and symbols': 0.83, 'printed letters and symbols': 0.07,
                   'letters and symbols traced by hand': 0.10}


def non_digit_canvases(rng, n, side=32):
    """n stand-ins for letters and symbols -> ink canvases (n, side, side) in [0, 1], and their
    kinds (n,), indices into NON_DIGIT_KINDS: glyphs of STROKE_FONT written as hands write them,
    characters printed in Pillow's font, and printed ones traced by hand."""
    kinds = np.sort(rng.choice(len(NON_DIGIT_KINDS), n, p=list(NON_DIGIT_KINDS.values())))
    glyphs = [glyph_strokes(text) for text in STROKE_FONT.values()]
    drawings = loosely([cursive(glyphs[rng.integers(len(glyphs))], rng) for _ in range(np.sum(kinds == 0))], rng)
    ratio = rng.uniform(0.03, 0.18, len(drawings))
    written = draw_strokes(by_hand(drawings, rng), side, side * 0.8 * ratio / (1 + ratio))
    return np.concatenate([written, printed_characters(rng, int(np.sum(kinds == 1)), side)[0],
                           hand_drawn_print(rng, int(np.sum(kinds == 2)), side)[0]]), kinds


def non_digits(rng, n):
    """n non-digit stand-ins in the MNIST form (n, 28, 28), and their kinds (n,)."""
    canvases, kinds = non_digit_canvases(rng, n)
    return crop_and_centre(canvases), kinds


VARIATION = {'share': 0.25, 'slant': 0.1, 'zoom': 0.08, 'stretch': 0.5}  # augment() settings


def augment(x, rng, share, slant, zoom, stretch, out=None):
    """Inputs x (n, 784) -> a copy in which a random `share` of them are varied anew, seeded by
    rng: slanted by up to `slant` columns per row, resized by up to exp(zoom) either way, and (with
    probability `stretch`) made up to 1.5 times wider or taller; all in one warp. out: None, or two
    arrays like x to write the copy and the varied images into."""
    f32 = np.float32
    some = np.flatnonzero(rng.random(len(x)) < share)
    n = len(some)
    slants = rng.uniform(-slant, slant, n).astype(f32)
    zooms = np.exp(rng.uniform(-zoom, zoom, n)).astype(f32)          # > 1: smaller
    aspects = np.exp(np.where(rng.random(n) < stretch, rng.uniform(-0.4, 0.4, n), 0)).astype(f32)
    centres = np.full(n, CENTRE, f32)

    def work(start, stop):
        part = slice(start, stop)
        stack = as_stack(np.take(x, some[part], axis=0).reshape(-1, IMAGE_SIDE, IMAGE_SIDE))
        zoom_y, zoom_x = zooms[part] * np.sqrt(aspects[part]), zooms[part] / np.sqrt(aspects[part])
        return warp(stack, centres[part], centres[part], zoom_y, zoom_x, slants[part] * zoom_y).reshape(-1, PIXELS)
    varied, made = out or (np.empty_like(x), np.empty_like(x))
    np.copyto(varied, x)
    varied[some] = in_chunks(work, n, chunk=256, out=made[:n])
    return varied


def variation(**changes):
    """augment() with VARIATION's settings but these changes, as train() takes it: a function
    (x, rng) -> variants of x. Your drawings are few: every copy of them is varied (share=1)."""
    settings, kept = {**VARIATION, **changes}, {}

    def vary(x, rng):               # written into the same two arrays each epoch: new memory costs
        if kept.get('like') != x.shape:                     # more than the varying (the kernel
            kept.update(like=x.shape, out=(np.empty_like(x), np.empty_like(x)))    # maps and zeroes it)
        return augment(x, rng, out=kept['out'], **settings)
    return vary


# --------------------------------------------------------------------------------------------------
# Runs: the settings of a training run, learning it, and measuring it
#
# --train and the window's Train both learn a run from Settings checked here, through
# learn_network() and the one train(). A setting typed in the window's form and one given on the
# command line meet the same check and get the same reason when they are out of range.

LEARN_FROM = {'mnist': 'MNIST', 'pen': 'pen digits', 'stand-ins': 'stand-ins', 'mine': 'your drawings'}
LIMITS = {'hidden': (1, 256), 'lr': (0, 10), 'epochs': (1, 1000), 'batch': (1, 100000)}
WINDOW_PEN_WRITERS = (1, 25)    # the window never learns from the other pen writers: every run is measured on them
HELD_WRITERS = f'{WINDOW_PEN_WRITERS[1] + 1}-30'          # those others, of the 30, as the window names them
STAND_INS_LEARNT = 6000                  # stand-ins for other pens and scanners made from MNIST digits
class Settings(collections.namedtuple('Settings', 'hidden optimizer lr epochs batch augment learn_from seed')):
    """What a training run is: hidden units; 'adam' or 'gd'; the learning rate at the start;
    epochs; images per step; whether images are varied anew each epoch; the frozenset of LEARN_FROM
    names it learns from; the random seed."""
    __slots__ = ()


def recipe(hidden):
    """The defaults for a network of this width: SMALL_RECIPE, or WIDE_RECIPE above WIDE units."""
    return WIDE_RECIPE if hidden > WIDE else SMALL_RECIPE


def default_settings(hidden=DEFAULT_HIDDEN, optimizer='adam', seed=DEFAULT_SEED):
    """--train's settings for this width and optimiser."""
    r = recipe(hidden)
    return Settings(hidden, optimizer, r['lr'] if optimizer == 'adam' else r['gd_lr'], r['epochs'], r['batch'],
                    r['augment'], frozenset(LEARN_FROM), seed)


def check_setting(name, text):
    """One setting as a person typed it -> its value; ValueError(a short reason) if it is not one.
    name: hidden, lr, epochs, batch (numbers within LIMITS), learn_from ('mnist,pen,...') or seed."""
    text = str(text).strip()
    if name == 'learn_from':
        chosen = [part.strip() for part in text.split(',') if part.strip()]
        unknown = [part for part in chosen if part not in LEARN_FROM]
        if unknown:
            raise ValueError(f'{unknown[0]!r} is none of {", ".join(LEARN_FROM)}')
        if not {'mnist', 'pen'} & set(chosen):
            raise ValueError('learn from MNIST or the pen digits, or both')
        return frozenset(chosen)
    if name == 'seed':
        if not text.isdigit():                        # NumPy's generators take no negative seed
            raise ValueError('a whole number, 0 or more')
        return int(text)
    low, high = LIMITS[name]
    if name == 'lr':
        try:
            value = float(text)
        except ValueError:
            raise ValueError('a number, such as 0.01') from None
        if not (low < value <= high):
            raise ValueError(f'above {low} and at most {high}')
        return value
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f'a whole number from {low} to {high}') from None
    if not low <= value <= high:
        raise ValueError(f'from {low} to {high}')
    return value


def check_settings(texts, base):
    """Settings as typed, a dict of name -> text (any of base's fields), over Settings base ->
    (Settings, {}) if all are good, else (None, {name: reason})."""
    values, errors = {}, {}
    for name, text in texts.items():
        try:
            values[name] = text if name in ('optimizer', 'augment') else check_setting(name, text)
        except ValueError as e:
            errors[name] = str(e)
    if values.get('optimizer', base.optimizer) not in OPTIMIZERS:
        errors['optimizer'] = f'one of {", ".join(OPTIMIZERS)}'
    return (None, errors) if errors else (base._replace(**values), {})


def command_for(settings, weights=None):
    """The --train command that repeats a window's run (its pen writers held out as there)."""
    s, d = settings, default_settings(settings.hidden, settings.optimizer)
    parts = ['python digits.py --train', f'--pen-writers {WINDOW_PEN_WRITERS[0]}-{WINDOW_PEN_WRITERS[1]}',
             f'--hidden {s.hidden}', f'--optimizer {s.optimizer}', f'--lr {s.lr:g}', f'--epochs {s.epochs}',
             f'--batch-size {s.batch}']
    if s.augment != d.augment:
        parts.append('--augment' if s.augment else '--no-augment')
    if s.learn_from != frozenset(LEARN_FROM):
        parts.append('--learn-from ' + ','.join(k for k in LEARN_FROM if k in s.learn_from))
    if s.seed != DEFAULT_SEED:
        parts.append(f'--seed {s.seed}')
    if weights:
        parts.append(f'--weights {weights}')
    return ' '.join(parts)


def settings_said(settings):
    """'10 units, Adam lr 0.03, 8 epochs of batch 256; MNIST, pen digits, stand-ins, your drawings'."""
    s = settings
    return (f'{s.hidden} units, {OPTIMIZER_NAMES[s.optimizer]} lr {s.lr:g}, {s.epochs} epochs of batch {s.batch}'
            + (', varied' if s.augment else '') + '; ' + ', '.join(v for k, v in LEARN_FROM.items() if k in s.learn_from))


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


def my_drawings(folder):
    """Your drawings in the sub-folders 0 to 9 of folder -> {digit: [paths, oldest first]}, every digit."""
    found = {}
    for digit in range(CLASSES):
        sub = Path(folder) / str(digit)
        found[digit] = sorted(p for p in sub.iterdir() if p.is_file() and not p.name.startswith('.')) \
            if sub.is_dir() else []
    return found


def count_drawings(folder):
    """How many drawings of yours folder holds."""
    return sum(len(paths) for paths in my_drawings(folder).values())


def remove_drawing(folder, path):
    """Delete one of your drawings (a file in folder/<digit>/, nothing else) -> the number left."""
    path = Path(path)
    if path.parent.parent.resolve() != Path(folder).resolve() or path.parent.name not in map(str, range(CLASSES)):
        raise DigitsError(f'{path}: not one of your drawings in {folder}')
    path.unlink(missing_ok=True)
    return count_drawings(folder)


def load_mine(folder):
    """Your drawings in folder (None: none) -> (x, labels), or None; skipped files are warned of."""
    if folder is None or not folder.is_dir():
        return None
    x, labels, warned = read_labelled(folder)
    for warning in warned:
        print(f'digits: warning: {warning}', file=sys.stderr)
    return (x, labels) if len(x) else None


# How --train --judge learns the judge (about half a minute on two cores): all MNIST training
# digits, the pen digits, stand-ins made from both, MNIST digits bent a little and printed digits
# traced by hand, against the real non-digits (their parts not held out) and letters and symbols
# drawn in code. Chosen on validation digits, the held-out real non-digits and real development
# material (docs/design-notes.md, "The judge").
JUDGE_RECIPE = {'hidden': 64, 'epochs': 12, 'lr': 0.003, 'batch': 256, 'stand_ins': 32000, 'traced': 2000,
                'bent': 16000, 'non_digits': 32000}


def judge_network(fit_images, fit_x, pen_forms, pen_x, real_forms, rng, recipe=JUDGE_RECIPE):
    """Learn the judge network from MNIST training images (n, 28, 28) uint8 and their inputs fit_x
    (n, 784), pen digits (m, 28, 28) in [0, 1] and their inputs pen_x (m, 784), and real
    non-digits (k, 28, 28) in [0, 1] -> (network 1764-H-2, the scale its inputs are divided by)."""
    pick = rng.choice(len(fit_images), min(recipe['stand_ins'], len(fit_images)), replace=False)
    bent = rng.choice(len(fit_images), min(recipe['bent'], len(fit_images)), replace=False)
    positives = [fit_x, normalise(np.concatenate([
        digit_stand_ins(fit_images[pick], rng)[0], crop_and_centre(bent_digits(fit_images[bent] / np.float32(255), rng)),
        crop_and_centre(hand_drawn_print(rng, recipe['traced'], 32, '0123456789')[0])]))]
    if len(pen_forms):
        positives += [pen_x, normalise(digit_stand_ins(pen_forms, rng)[0])]
    positives = np.concatenate(positives)
    negatives = normalise(np.concatenate([non_digits(rng, recipe['non_digits'])[0], real_forms]))
    features = edge_directions(np.concatenate([positives, negatives]))
    scale = float(np.percentile(features, 99.9)) or 1.0
    features /= scale
    labels = np.r_[np.zeros(len(positives), np.intp), np.ones(len(negatives), np.intp)]
    network = Network.random(recipe['hidden'], rng, features[rng.choice(len(features), 1000)], outputs=2)
    train(network, features, labels, recipe['epochs'], recipe['lr'], recipe['batch'], rng)
    return network, scale


def held_out_digits(images, x, labels, rng, count=2000):
    """Validation digits for fitting the verdict: their inputs x (n, 784) with labels (n,), and
    stand-ins made from `count` of their images (n, 28, 28) -> inputs (m, 784), labels (m,),
    and which of them are the validation digits themselves (m,) bool."""
    pick = rng.choice(len(images), min(count, len(images)), replace=False)
    made = normalise(digit_stand_ins(images[pick], rng)[0])
    return np.concatenate([x, made]), np.concatenate([labels, labels[pick]]), np.arange(len(x) + len(made)) < len(x)


class Sources(collections.namedtuple('Sources', 'data pen_data pen_writers non_digit_data mine weights')):
    """Where a run's data comes from: the MNIST folder; the pen digits' folder and the writers to
    learn from, (first, last) or None for all; the real non-digits' folder; your drawings' folder
    (None: leave them out); the weights file whose judge is kept (None: weights.npz)."""
    __slots__ = ()


def pen_digits_for(sources, say):
    """The pen digits to learn from (those of sources.pen_writers, if given) -> PenDigits, or None
    when there are none beside digits.py (then say(why) tells it)."""
    folder = sources.pen_data
    if not (folder / PEN_FILE).exists() and folder == PEN_DIR:
        say(f'learning from MNIST alone: no pen digits in {folder}')
        return None
    pen = load_pen_digits(folder)
    if sources.pen_writers:
        first, last = sources.pen_writers
        keep = np.flatnonzero((pen.writers >= first) & (pen.writers <= last))
        if keep.size == 0:
            raise DigitsError(f'no pen digits of writers {first} to {last} in {folder / PEN_FILE}')
        pen = PenDigits(pen.labels[keep], pen.writers[keep], [pen.strokes[k] for k in keep])
    return pen


def non_digits_for(folder, say):
    """The real non-digits --train --judge learns from -> [NonDigits]; none, with say(why), when
    there are none beside digits.py: the judge then learns from non-digits drawn in code alone."""
    if not (folder / NON_DIGIT_FILES['Omniglot characters']).exists() and folder == NON_DIGIT_DIR:
        say(f'learning "not a digit" from non-digits drawn in code alone: no real non-digits in {folder}')
        return []
    return load_non_digits(folder)


class Stopwatch:
    """Where a run's time goes: lap(phase) ends a phase; str() lists them, 'load 0.3, learn 0.9'."""

    def __init__(self):
        self.start = self.last = time.perf_counter()
        self.phases = {}

    def lap(self, phase):
        now = time.perf_counter()
        self.phases[phase], self.last = now - self.last, now

    def total(self):
        return time.perf_counter() - self.start

    def __str__(self):
        return ', '.join(f'{phase} {seconds:.1f}' for phase, seconds in self.phases.items())


class Prepared(collections.namedtuple('Prepared', 'x labels network fit fit_x fit_labels held_x held_labels pen forms '
                                                   'pen_x what')):
    """A run's data made ready: the inputs x (n, 784) and labels (n,) the reader learns from, the
    fresh network, the MNIST training digits' indices (fit) with their inputs and labels, the
    validation inputs and labels, the PenDigits (or None), their drawn forms and their inputs (part
    of x), and what x holds, in words."""
    __slots__ = ()


def prepare_run(settings, images, labels, pen, rng):
    """MNIST's training images, the pen digits (or None) -> Prepared. MNIST digits were all written
    with one kind of pen and scanned one way, by people of one country: the reader also learns
    people's pen digits drawn as the canvas draws them, and both as other pens, hands and scanners
    give them (digit_stand_ins). All are read straight into the one array the reader learns from."""
    s, use = settings, settings.learn_from
    fit, held = validation_split(len(images))
    mnist = len(fit) if 'mnist' in use else 0
    stand_ins = min(STAND_INS_LEARNT, len(fit) // 4) if mnist and 'stand-ins' in use else 0
    drawn = 0 if pen is None else len(pen.labels)
    pen_stand_ins = drawn if 'stand-ins' in use else 0
    train_x = np.empty((mnist + stand_ins + drawn + pen_stand_ins, PIXELS), np.float32)
    x = normalise(images[fit], out=train_x[:mnist] if mnist else None)
    held_x = normalise(images[held])
    labels, held_labels = labels[fit].astype(np.intp), labels[held].astype(np.intp)
    network = Network.random(s.hidden, rng, x[:1000]) if mnist else None
    train_labels, forms, pen_x = [labels] if mnist else [], None, None
    if stand_ins:
        pick = rng.choice(len(fit), stand_ins, replace=False)
        normalise(digit_stand_ins(images[fit][pick], rng)[0], out=train_x[mnist:mnist + stand_ins])
        train_labels.append(labels[pick])
    if pen is not None:
        forms = drawn_pen_digits(pen.strokes, rng)
        start = mnist + stand_ins
        pen_x = normalise(forms, out=train_x[start:start + drawn])
        train_labels.append(pen.labels)
        if pen_stand_ins:
            normalise(digit_stand_ins(forms, rng)[0], out=train_x[start + drawn:])
            train_labels.append(pen.labels)
    network = network or Network.random(s.hidden, rng, train_x[:1000])
    what = [f'{mnist} MNIST images'] if mnist else []
    if pen is not None:
        what.append(f'{drawn} pen digits of {len(set(pen.writers.tolist()))} writers')
    if stand_ins + pen_stand_ins:
        what.append(f'{stand_ins + pen_stand_ins} stand-ins made from them')
    return Prepared(train_x, np.concatenate(train_labels), network, fit, x, labels, held_x, held_labels, pen, forms,
                    pen_x, ', '.join(what))


class Learnt(collections.namedtuple('Learnt', 'network judge done real pen validation spent')):
    """What learn_network() made: the reader and its judge, the epochs done, how many real
    non-digits the judge learnt from, the PenDigits learnt from (or None), the MNIST validation
    accuracy, and the Stopwatch of its phases."""
    __slots__ = ()


class Kept:
    """The data of the last run prepared in a window's session, kept so that a second run on the
    same data (the same sets to learn from, hidden size and seed) starts learning at once, from
    the same start as a fresh run, and ends with the same weights."""

    def __init__(self):
        self.key = self.data = None

    def prepared(self, key, make):
        """make() -> (what was loaded, Prepared, rng), made only when key is new -> the same, with
        the Prepared's fresh network and the rng as they were when made."""
        if key != self.key:
            self.key = self.data = None                          # the old data go before the new come
            loaded, run, rng = make()
            self.key, self.data = key, (loaded, run, run.network.copy(), rng.bit_generator.state)
        loaded, run, start, state = self.data
        rng = np.random.default_rng()
        rng.bit_generator.state = state
        return loaded, run._replace(network=start.copy()), rng


def prepared(settings, sources, say, clock, new_judge=False, kept=None):
    """A run's data: load MNIST, the pen digits (and, if new_judge, the real non-digits) from
    sources and prepare_run them -> ((images, labels, PenDigits or None, [NonDigits]), Prepared,
    its rng), timed on clock. With kept (a Kept), the data prepared for an earlier run on the same
    data are used again, as they were."""
    use = settings.learn_from

    def make():
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(1) as pool:              # Python parses the pen digits' text while
            pen = pool.submit(pen_digits_for, sources, say) if 'pen' in use else None   # zlib inflates
            images, labels = load_mnist(sources.data, 'train')                        # MNIST's files
            pen = pen.result() if pen else None
        real_sets = non_digits_for(sources.non_digit_data, say) if new_judge else []
        clock.lap('load')
        if pen is None and 'mnist' not in use:
            raise DigitsError(f'no pen digits in {sources.pen_data} to learn from, and MNIST left out')
        say(('reading the MNIST images as pictures are read' if 'mnist' in use else 'leaving MNIST out')
            + (', drawing the pen digits as on the canvas' if pen else ''))
        rng = np.random.default_rng(settings.seed)
        run = prepare_run(settings, images, labels, pen, rng)
        clock.lap('prepare')
        return (images, labels, pen, real_sets), run, rng
    key = (use - {'mine'}, settings.hidden, settings.seed, new_judge, sources._replace(mine=None, weights=None))
    made = (kept or Kept()).prepared(key, make)
    if 'prepare' not in clock.phases:
        say('learning at once, on the data prepared for the run before')
    return made


def learn_network(settings, sources, report, say=print, stop=None, new_judge=False, kept=None):
    """Learn a run: load MNIST, the pen digits and your drawings from sources, make the stand-ins,
    train a fresh reader (report(Progress) after its steps), learn the judge anew if new_judge
    (else keep it), fit its verdict on validation digits -> Learnt; None if stop() ended it
    before a whole epoch. say(text) tells what happens between the epochs. Raises Diverged. With
    kept (a Kept), data prepared for an earlier run on the same data are used again."""
    stop, clock, s, use = stop or (lambda: False), Stopwatch(), settings, settings.learn_from
    (images, labels, pen, real_sets), run, rng = prepared(settings, sources, say, clock, new_judge, kept)
    mine = load_mine(sources.mine) if 'mine' in use else None
    if 'mine' in use and mine is None and sources.mine != MINE_DIR:
        say(f'no drawings of yours in {sources.mine} to learn from')
    say(f'training 784-{s.hidden}-10 on {run.what}, validating on {len(run.held_labels)} MNIST images ({s.epochs} '
        f'epochs, {OPTIMIZER_NAMES[s.optimizer]} lr {s.lr:g}, batch {s.batch}, seed {s.seed}'
        f'{", varied images" if s.augment else ""})')
    if mine:
        copies = mine_copies(len(run.fit_x) if 'mnist' in use else len(run.x), len(mine[0]))
        say(f'and on {len(mine[0])} drawings of yours from {sources.mine}, each {copies} times an epoch, varied')
        mine = (*mine, copies, variation(share=1))
    if stop():
        return None
    network, validation = run.network, (run.held_x, run.held_labels)
    done = train(network, run.x, run.labels, s.epochs, s.lr, s.batch, rng, validation=validation, report=report,
                 vary=variation() if s.augment else None, mine=mine, stop=stop, optimizer=s.optimizer)
    if done == 0:
        return None
    clock.lap('learn')
    if mine:
        say(f'your drawings: {accuracy(network, mine[0], mine[1]):.1%} read right (they were trained on)')
    if new_judge and done == s.epochs:
        judge_net, scale, real = learn_judge(images, run, real_sets, np.random.default_rng([s.seed, 1]), say)
        clock.lap('judge')
    else:
        judged = kept_judge(sources.weights)
        judge_net, scale, real = judged.judge.network, judged.judge.scale, int(judged.meta.get('real_non_digits', 0))
    held = validation_split(len(images))[1]
    held_out = held_out_digits(images[held], run.held_x, run.held_labels, np.random.default_rng([s.seed, 2]))
    judge = fit_judge(network, judge_net, scale, *held_out, mine=mine[0] if mine else None)
    say(f'calibrated: temperature {judge.temperature:.2f}; "not a digit" above {judge.refuse_above:.2f} '
        f'(refuses {REFUSED_DIGITS:.1%} of validation digits)')
    clock.lap('calibrate')
    return Learnt(network, judge, done, real, pen, accuracy(network, *validation), clock)


def learn_judge(images, run, real_sets, rng, say):
    """The judge network learnt anew for a Prepared run, from its digits and the real non-digits
    -> (network, scale, how many real non-digits it learnt from). Its randomness, rng, is its
    own, so that learning it anew changes nothing of the reader."""
    nothing = np.zeros((0, IMAGE_SIDE, IMAGE_SIDE), np.float32)
    real_forms = drawn_non_digits(real_sets, rng)[0] if real_sets else nothing
    pen = run.pen
    say(f'learning the judge: {JUDGE_RECIPE["non_digits"]} letters and symbols drawn in code'
        + (f' and {len(real_forms)} non-digits drawn by people ({", ".join(r.name for r in real_sets)})'
           if len(real_forms) else '')
        + f' against {len(run.fit) + (len(pen.labels) if pen else 0)} digits and stand-ins (about half a minute)')
    network, scale = judge_network(images[run.fit], run.fit_x, run.forms if pen else nothing,
                                   run.pen_x if pen else nothing.reshape(0, PIXELS), real_forms, rng)
    return network, scale, len(real_forms)


def learn_weights(settings, sources, report, say=print, stop=None, new_judge=False):
    """The whole of --train: learn_network(), measure the reader on the test set and save it to
    sources.weights (None: weights.npz). After a whole epoch a stopped run's weights are saved;
    before, nothing is. Returns (reader, judge, message saying what was kept), or None."""
    target = sources.weights or WEIGHTS_PATH
    if not target.parent.is_dir():
        raise DigitsError(f'cannot save weights to {target}: no folder {target.parent}')
    learnt = learn_network(settings, sources, report, say, stop, new_judge)
    if learnt is None:
        return None
    network, judge, done, pen, clock = learnt.network, learnt.judge, learnt.done, learnt.pen, learnt.spent
    test_images, test_labels = load_mnist(sources.data, 'test')
    test = accuracy(network, normalise(test_images), test_labels)
    writers = (int(pen.writers.min()), int(pen.writers.max())) if pen else (0, 0)
    save_weights(target, network, judge, test_accuracy=test, pen_writers_first=writers[0], pen_writers_last=writers[1],
                 real_non_digits=learnt.real)
    clock.lap('test and save')
    what = 'the weights' if done == settings.epochs else f'the weights after {done} of {settings.epochs} epochs'
    return network, judge, (f'test accuracy: {test:.2%} on {len(test_labels)} MNIST test images; saved {what} '
                            f'in {target} ({clock.total():.1f} s: {clock})')


def path_said(path):
    """A path as a message shows it: relative to the current folder when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def held_out_pens(folder, meta, most=1500):
    """The pen digits in folder whose writers the weights (their metadata, meta) did not learn
    from (at most `most`, a fixed choice) -> PenDigits; None without the pen digits; or a line
    saying there are none."""
    path = folder / PEN_FILE
    if not path.exists():
        return None
    first, last = int(meta.get('pen_writers_first', 1)), int(meta.get('pen_writers_last', 1 << 30))
    pen = read_pen_digits(path)
    held = np.flatnonzero((pen.writers < first) | (pen.writers > last))
    if held.size == 0:
        return (f'pen digits: the weights learnt from all {len(set(pen.writers.tolist()))} writers in {path_said(path)}; '
                'train with --pen-writers 1-25 to measure them on the other five')
    if held.size > most:
        held = np.sort(np.random.default_rng(0).choice(held, most, replace=False))
    return PenDigits(pen.labels[held], pen.writers[held], [pen.strokes[k] for k in held])


class Run(collections.namedtuple('Run', 'settings network judge figures outcome meta')):
    """A network learnt in the window: the Settings of its run (None for one that Learn now
    fine-tuned); the reader and judge it learnt (None if it kept nothing); figures, a dict of
    'validation' (MNIST validation accuracy), 'pen' (accuracy on the pen digits of writers
    HELD_WRITERS drawn as the canvas draws them; None without them, or if it learnt from them)
    and 'seconds'; its outcome in words: 'done', 'stopped at epoch k', 'stopped before epoch 1',
    'diverged at epoch k: ...' or 'learnt from n drawings of yours'; and the metadata a weights
    file of it records."""
    __slots__ = ()


class Lab:
    """What the window learns with, from the command line's Sources and Settings. train() learns
    a fresh run as --train --pen-writers 1-25 does; learn() fine-tunes a network on your drawings
    (Learn now); neither saves anything, but for the first run of a window that opened with no
    weights at all, saved to `first`. keep() writes a run's weights, to the default weights file
    unless told where. moment() gives the judge to read the weights of the moment with while a run
    learns. Every network is measured on MNIST's validation digits and on the pen digits of
    writers HELD_WRITERS, which the window never learns from. The data of the last run are kept
    (Kept), so that a run on the same data starts learning at once."""

    def __init__(self, sources, settings, first=None):
        self.sources = sources._replace(pen_writers=WINDOW_PEN_WRITERS)
        self.settings, self.first = settings, first
        self.default = sources.weights or WEIGHTS_PATH
        self.held = self.judge = None            # made when first needed
        self.kept = Kept()                       # a second run on the same data starts learning at once

    def moment(self):
        """The judge to read the weights of the moment with: the one a run keeps, no temperature yet."""
        if self.judge is None:
            self.judge = kept_judge(self.sources.weights).judge._replace(temperature=1.0)
        return self.judge

    def held_pens(self):
        """Inputs and labels of (at most 1500 of) the pen digits of writers HELD_WRITERS, drawn as the
        canvas draws them, once a session; None without the pen digits."""
        if self.held is None:
            held = held_out_pens(self.sources.pen_data, {'pen_writers_first': WINDOW_PEN_WRITERS[0],
                                                         'pen_writers_last': WINDOW_PEN_WRITERS[1]})
            self.held = (False,) if not isinstance(held, PenDigits) else \
                (normalise(drawn_pen_digits(held.strokes, np.random.default_rng(0))), held.labels)
        return self.held if len(self.held) == 2 else None

    def pen_figure(self, network, meta):
        """Accuracy on the held-out pen writers, or None if there are none or the network learnt from them."""
        held = self.held_pens()
        learnt_them = int(meta.get('pen_writers_last', 0)) > WINDOW_PEN_WRITERS[1]
        return accuracy(network, *held) if held and not learnt_them else None

    def train(self, settings, report, say, stop):
        """A fresh run -> (Run, what happened in a line)."""
        start = time.perf_counter()
        nothing = lambda outcome: Run(settings, None, None, {'validation': None, 'pen': None,
                                                             'seconds': time.perf_counter() - start}, outcome, {})
        try:
            learnt = learn_network(settings, self.sources, report, say, stop, kept=self.kept)
        except Diverged as e:
            run = nothing(f'diverged at epoch {e.epoch}: learning rate too large')
        else:
            run = nothing('stopped before epoch 1') if learnt is None else None
        if run is not None:
            return run, f'{run.outcome}; nothing kept'
        writers = WINDOW_PEN_WRITERS if learnt.pen is not None else (0, 0)
        meta = {'validation_accuracy': learnt.validation, 'pen_writers_first': writers[0],
                'pen_writers_last': writers[1], 'real_non_digits': learnt.real}
        figures = {'validation': learnt.validation, 'pen': self.pen_figure(learnt.network, meta),
                   'seconds': time.perf_counter() - start}
        outcome = 'done' if learnt.done == settings.epochs else f'stopped at epoch {learnt.done}'
        run = Run(settings, learnt.network, learnt.judge, figures, outcome, meta)
        text = f'{outcome} in {figures["seconds"]:.0f} s: MNIST validation {learnt.validation:.1%}' + (
            f', pen writers {HELD_WRITERS} {figures["pen"]:.1%}' if figures['pen'] is not None else '')
        if self.first is not None and not self.first.exists():
            self.keep(run, self.first)
            text += f'; saved in {self.first.name}, which the window opens with from now on'
        return run, text

    def learn(self, network, judge, meta, stop, say):
        """Learn now: a copy of network fine-tuned on your drawings, with a sample of MNIST and the
        pen digits so that it does not forget, and its verdict fitted again -> (Run, what happened
        in a line), or None if stop() asked it to end first."""
        start = time.perf_counter()
        mine = load_mine(self.sources.mine)
        if mine is None:
            raise DigitsError('no drawings of yours yet: draw a digit, then press its key to save it')
        (images, _, pen, _), run, rng = prepared(self.settings, self.sources, lambda text: None, Stopwatch(),
                                                 kept=self.kept)
        pick = rng.choice(len(run.fit), min(FINE_TUNE['sample'], len(run.fit)), replace=False)
        x, labels_x = run.fit_x[pick], run.fit_labels[pick]
        if pen is not None:
            x, labels_x = np.concatenate([x, run.pen_x]), np.concatenate([labels_x, pen.labels])
        counts = np.bincount(mine[1], minlength=CLASSES)
        say(f'learning from {len(mine[1])} drawings of yours ({", ".join(f"{d}: {c}" for d, c in enumerate(counts) if c)}) '
            f'with {len(pick)} MNIST digits' + (f' and {len(pen.labels)} pen digits of writers {WINDOW_PEN_WRITERS[0]} to '
                                                f'{WINDOW_PEN_WRITERS[1]}' if pen is not None else '')
            + ', so that it does not forget them')
        before = accuracy(network, *mine)
        tuned = fine_tune(network, x, labels_x, *mine, rng, variation(share=1), stop=stop)
        if tuned is None or stop():
            return None
        held = validation_split(len(images))[1]
        tuned_judge = fit_judge(tuned, judge.network, judge.scale,
                                *held_out_digits(images[held], run.held_x, run.held_labels, rng), mine=mine[0])
        validation = accuracy(tuned, run.held_x, run.held_labels)
        meta = {**meta, 'validation_accuracy': validation}
        meta.pop('test_accuracy', None)                          # measured for the network it started from
        figures = {'validation': validation, 'pen': self.pen_figure(tuned, meta), 'seconds': time.perf_counter() - start}
        run = Run(None, tuned, tuned_judge, figures, f'learnt from {len(mine[1])} drawings of yours', meta)
        return run, (f'learnt from {len(mine[1])} drawings of yours: {before:.0%} -> {accuracy(tuned, *mine):.0%} of '
                     f'them read right; MNIST validation {validation:.1%}')

    def keep(self, run, path=None):
        """Write a run's weights (its reader, the judge and calibration it reads with, what it learnt
        from) to path, or to the default weights file."""
        save_weights(path or self.default, run.network, run.judge, **run.meta)


# --------------------------------------------------------------------------------------------------
# Evaluation and pictures

FOR, AGAINST = (47, 111, 222), (217, 56, 47)                   # blue: pushes a score up; red: down


def signed_picture(values, strongest=None):
    """Values (28, 28) or (784,), any sign -> RGB (28, 28, 3) uint8: white at 0, blue for positive,
    red for negative, full colour at `strongest` (default: the largest magnitude)."""
    v = np.asarray(values, np.float32).reshape(IMAGE_SIDE, IMAGE_SIDE)
    v = v / max(float(strongest or np.abs(v).max()), 1e-9)
    positive, negative = np.clip(v, 0, 1)[..., None], np.clip(-v, 0, 1)[..., None]
    white = np.full(3, 255.0)
    picture = white - positive * (white - FOR) - negative * (white - AGAINST)
    return np.round(picture).astype(np.uint8)


def evidence_scale(form, maps):
    """Where evidence maps (each (784,), or None) of an input form (28, 28) take full colour: one
    scale for all, the 98th percentile of their inked pixels' evidence (a few strong pixels would
    otherwise leave the rest too pale to see)."""
    inked = np.concatenate([np.abs(m[form.ravel() > 0.05]) for m in maps if m is not None] + [np.zeros(1)])
    return max(float(np.percentile(inked, 98)), 1e-9)


def bar_boxes(values, x, y, width, height, largest=None):
    """Signed bars of values (k,) in a box from (x, y), width x height: blue up for positive, red
    down for negative, scaled to `largest` (default: the largest magnitude) -> [(left, top,
    right, bottom, (r, g, b)), ...] and the height of the zero line."""
    largest = max(float(largest or np.abs(values).max(initial=0)), 1e-9)
    step, zero = width / len(values), y + height / 2
    boxes = []
    for k, value in enumerate(values):
        length = (height / 2 - 1) * float(value) / largest
        boxes.append((x + k * step + 1, zero - max(length, 0), x + (k + 1) * step - 1, zero - min(length, 0),
                      FOR if value >= 0 else AGAINST))
    return boxes, zero


def step_after(step, points=False):
    """What a Step changes: 'p(9) 9.9% -> 24.1%, loss 2.31 -> 1.42' (with the change in points)."""
    d, before, after = step.digit, float(step.backprop.probabilities[0, step.digit]), float(step.probabilities_after[step.digit])
    change = f' ({(after - before) * 100:+.3g} points)' if points else ''
    return f'p({d}) {share(before)} -> {share(after)}{change}, loss {step.backprop.loss:.3g} -> {step.loss_after:.3g}'


def text_box(font, text):
    """The width and height text takes in font, on Pillow 9 and later."""
    if hasattr(font, 'getbbox'):
        left, top, right, bottom = font.getbbox(text)
        return right - left, bottom
    return font.getsize(text)


def picture_font(size=14):
    """The pictures' font: Pillow's own scalable font, `size` pixels, whose letters stand apart
    (Pillow 10.1 and later); before 10.1, Pillow's small bitmap font."""
    from PIL import ImageFont
    try:
        return ImageFont.load_default(size=size)
    except TypeError:                                   # Pillow before 10.1 takes no size
        return ImageFont.load_default()


def write(draw, xy, text, fill='black', font=None):
    """draw.text, but every space shows. Pillow's own small font (from 10.1) spaces words by 2 of its
    10 pixels, which antialiasing fills in: "if it fired" reads "ifit fired". So each word is put
    in its place, 0.4 of the font's height after the last; lines are the font's height apart."""
    font = font or picture_font()
    x0, y = xy
    height = text_box(font, 'Ag')[1]
    gap = max(text_box(font, 'a a')[0] - 2 * text_box(font, 'a')[0], round(height * 0.4), 3)
    for line in str(text).split('\n'):
        x = x0
        for word in line.split(' '):
            if word:
                draw.text((x, y), word, fill=fill, font=font)
                x += text_box(font, word)[0]
            x += gap
        y += height + 3


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


def misread_sheet(images, labels, predicted, columns=20, most=600):
    """A picture of the misread images (n, 28, 28) uint8: each drawn twice as large, dark on
    light, captioned 'true>read', grouped by true digit. Shows at most `most` of them."""
    wrong = np.flatnonzero(predicted != labels)
    wrong = wrong[np.lexsort((predicted[wrong], labels[wrong]))][:most]
    tile_w, tile_h, top = 64, 76, 28
    rows = max(1, -(-len(wrong) // columns))
    sheet = Image.new('L', (columns * tile_w + 8, top + rows * tile_h + 4), 255)
    draw, font = pen_on(sheet), picture_font()
    write(draw, (8, 8), f'{len(np.flatnonzero(predicted != labels))} of {len(labels)} misread; '
              'under each: true digit > what the network read', fill=0, font=font)
    for k, i in enumerate(wrong):
        x, y = 8 + (k % columns) * tile_w, top + (k // columns) * tile_h
        digit = Image.fromarray(255 - images[i]).resize((56, 56), RESAMPLE.NEAREST)
        sheet.paste(digit, (x, y))
        write(draw, (x + 14, y + 58), f'{labels[i]}>{predicted[i]}', fill=0, font=font)
    return sheet


def print_confusion(matrix, markdown=False):
    """The 10x10 confusion matrix and the pairs most often confused (as a Markdown table)."""
    if markdown:
        print('Each row is a true digit, each column what the network read it as:\n')
        print('| true \\ read | ' + ' | '.join(map(str, range(CLASSES))) + ' |\n|' + ' ---: |' * (CLASSES + 1))
        for d, row in enumerate(matrix):
            print(f'| **{d}** | ' + ' | '.join(map(str, row)) + ' |')
        print()
    else:
        print('confusion matrix (rows: true digit, columns: read):')
        print('      ' + ''.join(f'{d:>6}' for d in range(CLASSES)))
        for d, row in enumerate(matrix):
            print(f'{d:>6}' + ''.join(f'{v:>6}' for v in row))
    errors = matrix * (1 - np.eye(CLASSES, dtype=matrix.dtype))
    worst = np.argsort(errors, axis=None)[::-1][:5]
    pairs = [f'{t} read as {p}: {errors[t, p]}' for t, p in zip(*np.unravel_index(worst, errors.shape))
             if errors[t, p]]
    print('most confused: ' + ('; '.join(pairs) or 'none') + ('\n' if markdown else ''))


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


def as_pictures(canvases, rng, margin=4):
    """Ink canvases (float in [0, 1]) -> pictures like users give: with a margin of paper, four
    times larger, dark ink on white, or (three in ten) light on dark."""
    pictures = []
    for canvas in canvases:
        ink = np.pad(np.round(canvas * 255).astype(np.uint8), margin)
        picture = Image.fromarray(ink if rng.random() < 0.3 else 255 - ink)
        pictures.append(picture.resize((4 * picture.width, 4 * picture.height), RESAMPLE.BILINEAR))
    return pictures


def held_pictures(found, rng, most=500):
    """The held-out part of a set of real non-digits (NonDigits) as pictures like users give:
    drawings on the window's canvas, cards scanned larger, dark on white (at most `most`)."""
    held = np.flatnonzero(found.held)
    held = held if len(held) <= most else np.sort(np.random.default_rng(0).choice(held, most, replace=False))
    if found.strokes is not None:
        return canvas_drawings([found.strokes[i] for i in held], rng)
    cards = np.round(255 - 255 * padded_cards(found.images[held])).astype(np.uint8)
    return [Image.fromarray(card).resize((4 * card.shape[1],) * 2, RESAMPLE.BILINEAR) for card in cards]


def refused_share(reader, judge, pictures):
    """The share of pictures whose verdict, read as --predict reads them, is "not a digit" or "no digit"."""
    return float(np.mean([v.kind in (REFUSED_KIND, EMPTY_KIND) for v, _ in read_pictures(reader, judge, pictures)[1]]))


def evaluation_sets(images, labels, rng, count=1000):
    """The MNIST test digits as image files give them, and each kind of STAND_INS made from the
    same `count` of them, as pictures: name -> (pictures, labels)."""
    pick = rng.choice(len(images), min(count, len(images)), replace=False)
    some = images[pick] / np.float32(255)
    return {'MNIST test': ([Image.fromarray(im) for im in images], labels),
            **{kind: (as_pictures(make(some, rng), rng), labels[pick]) for kind, (make, _) in STAND_INS.items()}}


def paragraph(text, markdown):
    """Print one paragraph of --eval's report; in Markdown, with the blank line that ends it."""
    print(text)
    if markdown:
        print()


def evaluate_digits(reader, judge, images, labels, rng, errors=None, markdown=False):
    """The MNIST test digits and the stand-ins made from them, read as files are -> name ->
    verdict_figures; first prints the test accuracy, the network's first answer on MNIST's own
    arrays as --train measures it, and the confusion matrix (and pictures the misread digits in
    errors, a path, if given)."""
    read = reader.predict(normalise(images)).argmax(axis=1)
    correct = int(np.sum(read == labels))
    paragraph(f'test accuracy: {correct / len(labels):.2%} ({correct}/{len(labels)} MNIST test images, '
              'the network\'s first answer)', markdown)
    print_confusion(confusion_matrix(labels, read), markdown)
    if errors:
        save_picture(misread_sheet(images, labels, read), errors)
        print(f'misread digits pictured in {errors}')
    results = {}
    for set_name, (pictures, truth) in evaluation_sets(images, labels, rng).items():
        results[set_name] = verdict_figures([v for v, _ in read_pictures(reader, judge, pictures)[1]], truth)
    return results


VERDICT_COLUMNS = ('right', 'sure and right', 'sure and wrong', 'refused', 'calibration error')


def verdict_row(set_name, figures, markdown=False):
    """One row of the verdicts' table: a set's name, its count and its verdict_figures."""
    if markdown:
        return f'| {set_name} | {figures["count"]} | ' + ' | '.join(f'{figures[c]:.1%}' for c in VERDICT_COLUMNS) + ' |'
    return f'{set_name:<18}{figures["count"]:>7}' + ''.join(f'{figures[c]:>18.1%}' for c in VERDICT_COLUMNS)


def print_verdict_table(results, judge, markdown=False, pens=None):
    """The table of verdict_figures, a row for each set, and what each set is (pens: the held-out
    PenDigits, or None)."""
    title = f'verdicts ("sure" at {judge.sure:.0%} or more; percentages of all the digits in each set)'
    if markdown:
        print(f'The verdicts, as --predict gives them, on each set: the share of its digits read right, read right '
              f'and sure ({judge.sure:.0%} or more), read wrong yet sure, and refused as not a digit (which counts as '
              'not right); the calibration error is the gap between how sure the answers said they were and how '
              'often they were right:\n\n| set | digits | ' + ' | '.join(VERDICT_COLUMNS) + ' |\n| --- |'
              + ' ---: |' * (len(VERDICT_COLUMNS) + 1))
    else:
        print(f'\n{title}')
        print(f'{"":<18}{"digits":>7}' + ''.join(f'{c:>18}' for c in VERDICT_COLUMNS))
    for set_name, figures in results.items():
        print(verdict_row(set_name, figures, markdown))
    what = {kind: f'test digits {said}' for kind, (_, said) in STAND_INS.items()}
    if pens is not None:
        what['pen, held out'] = (f'pen digits of writers {pens.writers.min()} to {pens.writers.max()}, whom the '
                                 'weights did not learn from, drawn on the window\'s canvas')
    if markdown:
        print()
    paragraph('\n'.join(f'{"-" if markdown else " "} {k}: {v}' for k, v in what.items()), markdown)


def evaluate_non_digits(reader, judge, non_digit_data, rng, learnt, markdown=False):
    """Prints the shares refused of the letters and symbols drawn in code and of the real non-digits
    held out (learnt: how many real non-digits the judge learnt from), or that there are none of
    the real ones beside a copy of digits.py alone."""
    canvases, kinds = non_digit_canvases(rng, 1000)
    refused = np.array([v.kind == REFUSED_KIND for v, _ in read_pictures(reader, judge, as_pictures(canvases, rng))[1]])
    paragraph(f'letters and symbols drawn in code, refused: {refused.mean():.1%} of 1000 (' + ', '.join(
        f'{kind} {refused[kinds == k].mean():.0%}' for k, kind in enumerate(NON_DIGIT_KINDS))
              + '); drawn by the code that teaches the judge, so an easy test', markdown)
    real_sets = non_digits_for(non_digit_data, say=lambda why: None)
    if not real_sets:
        paragraph(f'real non-digits: none in {non_digit_data} to measure "not a digit" on', markdown)
        return
    shares = [(found.name, held_pictures(found, rng)) for found in real_sets]
    paragraph('real non-digits held out (' + ('never learnt from' if learnt else 'the judge learnt from none of them')
              + '), drawn on the window\'s canvas, refused: ' + ', '.join(
                  f'{name} {refused_share(reader, judge, pictures):.1%} of {len(pictures)}'
                  for name, pictures in shares), markdown)


def evaluate_in_the_wild(reader, judge, images, labels, rng, markdown=False):
    """Prints how test digits re-drawn, photographed on paper and written as numbers are read,
    as --predict reads them."""
    print('In the wild: test digits re-drawn on a canvas, the same digits photographed on paper, and numbers written '
          'with test digits, read as --predict reads files (a number is right only when all its digits are):\n\n'
          '| set | read right | refused or of their digits | of |\n'
          '| --- | ---: | ---: | ---: |' if markdown else '\nin the wild, read as --predict reads them')
    count = min(300, len(images) // 50)                        # fewer for a small test set
    pick = rng.choice(len(images), count, replace=False)
    drawings = [d if np.asarray(d).mean() > 128 else Image.eval(d, lambda v: 255 - v)   # written on paper
                for d in redrawn_digits(images[pick], rng)]
    photos = [open_image(photo) for photo in photographed(drawings, rng)]
    for set_name, pictures in ((f'{count} re-drawn digits', drawings), ('photos of them on paper', photos)):
        verdicts = [v for v, _ in read_pictures(reader, judge, pictures)[1]]
        right = np.mean([v.digit == label for v, label in zip(verdicts, labels[pick])])
        refused = np.mean([v.kind == REFUSED_KIND for v in verdicts])
        print(f'| {set_name} | {right:.1%} | {refused:.1%} refused | {len(pictures)} |' if markdown else
              f'  {set_name + ":":<34}{right:>7.1%} right, {refused:.1%} refused (of {len(pictures)})')
    for gap, set_name in ((0.4, 'apart'), (0.15, 'close'), (0.0, 'touching')):
        pictures, texts = written_numbers(images, labels, rng, count, gap)
        read = [str(v.digit) for v, _ in read_pictures(reader, judge, pictures)[1]]
        digits_right = sum(sum(a == b for a, b in zip(r, t)) if len(r) == len(t) else 0 for r, t in zip(read, texts))
        whole, some = np.mean([r == t for r, t in zip(read, texts)]), digits_right / sum(map(len, texts))
        print(f'| numbers of 2-4 digits, {set_name} | {whole:.1%} whole | {some:.1%} of their digits | {len(texts)} |'
              if markdown else f'  {"numbers of 2-4 digits, " + set_name + ":":<34}{whole:>7.1%} '
              f'read whole, {some:.1%} of their digits (of {len(texts)})')
    if markdown:
        print()
    paragraph(('' if markdown else '  ') + 'photos: 640x480 to 2000x1500 JPEGs, shadow, warm paper, ruled or squared '
              'lines, black, blue or pencil ink, a third turned by EXIF; numbers: test digits side by side, heights and '
              'baselines varied', markdown)


def reliability_picture(curves, width=820, height=560):
    """A reliability diagram: for each set, name -> (confidence (n,), right (n,)), how often the
    answers in each tenth of confidence were right, against the grey diagonal of perfect honesty,
    each point with how many answers it stands for; a tenth that holds fewer than 20 answers, or
    fewer than 1 in 200 of its set's, is left out: its share right would be mostly chance."""
    picture = Image.new('RGB', (width, height), 'white')
    draw, font = pen_on(picture), picture_font()
    line = text_box(font, 'Ag')[1] + 5
    left, top, size = 64, 20 + 2 * line, min(width - 330, height - 40 - 4 * line)
    x_at, y_at = (lambda c: left + c * size), (lambda a: top + (1 - a) * size)
    write(draw, (left, 12), 'How often it was right, for each confidence it said', fill='black', font=font)
    draw.rectangle([left, top, left + size, top + size], outline='#999999')
    for k in range(0, 11, 2):
        t = k / 10
        draw.line([x_at(t), top + size, x_at(t), top + size + 4], fill='#999999')
        draw.line([left - 4, y_at(t), left, y_at(t)], fill='#999999')
        write(draw, (x_at(t) - 14, top + size + 8), f'{t:.0%}', fill='black', font=font)
        write(draw, (left - 50, y_at(t) - line // 2), f'{t:.0%}', fill='black', font=font)
    draw.line([x_at(0), y_at(0), x_at(1), y_at(1)], fill='#bbbbbb', width=2)
    write(draw, (left + size // 2 - 70, top + size + 10 + line), 'confidence it said', fill='black', font=font)
    write(draw, (left + 8, top + 6), 'right', fill='#555555', font=font)
    colours = ['#2f6fde', '#d9382f', '#2a9d55', '#e08a00']
    for i, (name, (confidence, right)) in enumerate(curves.items()):
        colour = colours[i % len(colours)]
        which = np.minimum((confidence * 10).astype(int), 9)
        least = max(20, len(confidence) / 200)
        points = [(x_at(confidence[which == b].mean()), y_at(right[which == b].mean()), int(np.sum(which == b)))
                  for b in range(10) if np.sum(which == b) >= least]
        if len(points) > 1:
            draw.line([(px, py) for px, py, _ in points], fill=colour, width=2)
        for px, py, count in points:
            draw.ellipse([px - 4, py - 4, px + 4, py + 4], fill=colour)
            x = px + 8 if i % 2 else px - 8 - text_box(font, str(count))[0]     # one set left, the other right
            write(draw, (x, py + 2 if i % 2 else py - line), str(count), fill=colour, font=font)
        y = top + 3 * line * i
        draw.line([left + size + 20, y + line // 2, left + size + 40, y + line // 2], fill=colour, width=3)
        write(draw, (left + size + 48, y), f'{name}: {len(confidence)} answers\n'
              f'calibration error {expected_calibration_error(confidence, right):.1%}', fill='black', font=font)
    write(draw, (left + size + 20, top + 3 * line * len(curves)), 'grey: perfectly honest\n'
          'beside each point: how many\nanswers it stands for', fill='#666666', font=font)
    return picture


def explanation_picture(form, explanation, verdict, temperature, step=None, network=None):
    """One picture of why the network answered: what it read (28x28), the evidence for its answer
    and for the runner-up (each pixel blue where it pushed the score up, red where down, adding
    up to the score with the biases), and each hidden unit's vote for the two; and with a Step
    (of the network), under it, what one step of learning on this input changes (step_picture)."""
    font = picture_font()
    line = text_box(font, 'Ag')[1] + 5                      # the height of a line of text
    e = explanation
    order = np.argsort(-e.scores, kind='stable')
    first, second = int(order[0]), int(order[1])
    side = 28 * 5
    shown_units = np.argsort(-np.abs(e.votes[:, first]), kind='stable')[:16]    # the loudest, if many
    width = 3 * (side + 20) + 330
    picture = Image.new('RGB', (width, 2000), 'white')
    draw = pen_on(picture)
    write(draw, (10, 8), f'verdict: {words(verdict)}', fill='black', font=font)
    write(draw, (10, 8 + line), f'percent = softmax(score / {temperature:.2f}); blue pushes a score up, red down',
          fill='#555555', font=font)
    top = 14 + 2 * line
    maps = [e.evidence[first], e.evidence[second]]
    strongest = evidence_scale(form, maps)
    panels = [(np.repeat(np.round(form * 255).astype(np.uint8)[..., None], 3, axis=2), 'what it reads (28x28)', '')]
    panels += [(signed_picture(m, strongest), f'evidence for {d}',
                f'pixels {m.sum():+.2f}\n+ biases {e.base[d]:+.2f}\n= score {e.scores[d]:.2f}')
               for m, d in zip(maps, (first, second))]
    for k, (pixels, title, sums) in enumerate(panels):
        x = 10 + k * (side + 20)
        write(draw, (x, top), title, fill='black', font=font)
        picture.paste(Image.fromarray(pixels).resize((side, side), RESAMPLE.NEAREST), (x, top + line))
        draw.rectangle([x - 1, top + line - 1, x + side, top + line + side], outline='#bbbbbb')
        write(draw, (x, top + line + side + 6), sums, fill='#555555', font=font)
    bottom = max(top + line + side + 6 + 3 * (line - 2),
                 draw_votes(draw, e, first, second, shown_units, 3 * (side + 20) + 20, top, line, font))
    picture = picture.crop((0, 0, width, bottom + 10))
    if step is None:
        return picture
    below = step_picture(step, network, width)
    whole = Image.new('RGB', (width, picture.height + below.height), 'white')
    whole.paste(picture, (0, 0))
    whole.paste(below, (0, picture.height))
    return whole


def draw_votes(draw, e, first, second, shown_units, left, top, line, font):
    """The votes of an Explanation's units shown_units for digits first and second, from column
    left and row top, a row a line high: what each unit adds to the two scores, its value times
    its outgoing weights, as bars -> the row under the last text."""
    write(draw, (left, top), f'each unit\'s vote for {first} | for {second}', fill='black', font=font)
    largest = max(float(np.abs(e.votes[shown_units][:, [first, second]]).max()), 1e-9)
    row_height = max(line, 18)
    for row, unit in enumerate(shown_units):
        y = top + line + row_height * row
        write(draw, (left, y), f'#{unit}', fill='#555555', font=font)
        for column, d in enumerate((first, second)):
            middle = left + 100 + 130 * column
            vote = float(e.votes[unit, d])
            length = 58 * vote / largest
            colour = FOR if vote >= 0 else AGAINST
            draw.rectangle([min(middle, middle + length), y + 3, max(middle, middle + length), y + row_height - 5],
                           fill=colour)
            draw.line([middle, y, middle, y + row_height], fill='#999999')
    y = top + line + row_height * len(shown_units) + 6
    if len(shown_units) < len(e.hidden):
        write(draw, (left, y), f'(the {len(shown_units)} of {len(e.hidden)} units\nthat vote most for {first})',
              fill='#555555', font=font)
        y += 2 * line
    for d in (first, second):
        bias = e.scores[d] - e.votes[:, d].sum()
        write(draw, (left, y), f'{d}: votes {e.votes[:, d].sum():+.2f} + bias {bias:+.2f} = score {e.scores[d]:.2f}',
              fill='black', font=font)
        y += line
    return y


def signed_bars(draw, values, x, y, width, height, largest=None, labels=None, font=None):
    """Signed bars of values (k,) on a PIL ImageDraw (see bar_boxes); labels under them, if given."""
    boxes, zero = bar_boxes(values, x, y, width, height, largest)
    for k, (left, top, right, bottom, colour) in enumerate(boxes):
        draw.rectangle([left, top, right - 1, bottom], fill=colour)
        if labels is not None:
            write(draw, ((left + right) / 2 - 3, y + height + 2), str(labels[k]), fill='black', font=font)
    draw.line([x, zero, x + width, zero], fill='#999999')


def step_said(step):
    """A Step -> 'one step towards 9 (learning rate 0.003): loss 2.31 -> 1.42, 9 from 9.9% to 24.1%'."""
    d = step.digit
    return (f'one step towards {d} (learning rate {step.rate}): loss {step.backprop.loss:.3g} -> '
            f'{step.loss_after:.3g}, {d} from {share(step.backprop.probabilities[0, d])} to '
            f'{share(step.probabilities_after[d])}')


def step_picture(step, network, width, units=10):
    """What one step of learning on an input changes, as a picture `width` wide: the loss, the
    error at each output, and for the `units` units with the most blame: its blame, its weights,
    the change to them (-rate x blame x the input) and the change to its votes."""
    font = picture_font()
    line = text_box(font, 'Ag')[1] + 5
    b, d = step.backprop, step.digit
    blame = b.hidden_errors[0]
    shown = np.argsort(-np.abs(blame), kind='stable')[:units]
    cell, zoom = 158, 2
    per_row = max(1, (width - 20) // cell)
    unit_height = 28 * zoom + 2 * line + 26
    picture = Image.new('RGB', (width, 2000), 'white')
    draw = pen_on(picture)
    draw.line([10, 4, width - 10, 4], fill='#bbbbbb')
    write(draw, (10, 12), step_said(step), fill='black', font=font)
    write(draw, (10, 12 + line), f'loss = -log p({d}); error at each output = p - (1 at {d}, else 0)\n'
          'a unit\'s blame = its outgoing weights x those errors, summed, if it fired\n'
          'the step adds -rate x the gradient to every weight; to a unit\'s input weights, -rate x its blame x the input',
          fill='#555555', font=font)
    top = 18 + 4 * line
    write(draw, (10, top), 'error at each output', fill='black', font=font)
    signed_bars(draw, b.output_errors[0], 10, top + line, 200, 24, largest=1, labels=range(CLASSES), font=font)
    write(draw, (250, top), f'after the step: {step_after(step)}', fill='black', font=font)
    write(draw, (250, top + line), 'below, each unit with the most blame: its weights, the change to them\n'
          '(your drawing, blue up, red down) and the change to its votes for 0 to 9', fill='#555555', font=font)
    top += 2 * line + 24 + 14
    changes, strongest = step.changes['w1'], float(np.abs(step.changes['w1']).max(initial=0)) or 1.0
    votes = step.changes['w2']
    for k, unit in enumerate(shown):
        x, y = 10 + (k % per_row) * cell, top + (k // per_row) * unit_height
        write(draw, (x, y), f'#{unit} blame {blame[unit]:+.3g}' if blame[unit] else f'#{unit} off: no blame',
              fill='black' if blame[unit] else '#999999', font=font)
        for j, pixels in enumerate((signed_picture(network.w1[:, unit]), signed_picture(changes[:, unit], strongest))):
            tile = Image.fromarray(pixels).resize((28 * zoom, 28 * zoom), RESAMPLE.NEAREST)
            picture.paste(tile, (x + j * (28 * zoom + 6), y + line))
        signed_bars(draw, votes[unit], x, y + line + 28 * zoom + 4, 28 * zoom * 2 + 6, 20, largest=np.abs(votes).max())
    return picture.crop((0, 0, width, top + -(-len(shown) // per_row) * unit_height))


# --------------------------------------------------------------------------------------------------
# The window's session
#
# What the window is about is kept in one place, a Session: the drawing's version (one more at
# every change of its ink), the networks it can read with (the rows of the Runs table) and the one
# in use, and the answer the drawing was told with the step of learning on it. None of it knows
# Tk: the window's views show it.

Reading = collections.namedtuple('Reading', 'form verdict probabilities explanation temperature columns')
Writing = collections.namedtuple('Writing', 'verdict readings')


class NetworkReader:
    """What the window reads with: a reader network and its judge.

    Called with an image, it reads it -> Writing (its verdict, and a Reading of each digit or
    mark, left to right), or None when there is no ink. A Reading: the 28x28 input, the verdict,
    the calibrated probabilities (10,), the Explanation of the scores, the temperature, and the
    columns of the image the digit takes. step_towards(x, digit) works out one step of learning on an
    input x (784,) -> Step; after(step) -> the NetworkReader with the network after it (and the
    same judge)."""

    def __init__(self, network, judge):
        self.network, self.judge = network, judge

    def __call__(self, image):
        network, judge = self.network, self.judge
        ink = picture_ink(image)
        (verdict, pieces), = read_inked(network, judge, [ink])[1]
        if not pieces:
            return None
        explanations = [explain(network, p.input) for p in pieces]     # each holds its scores
        probabilities = calibrated(judge, np.array([e.scores for e in explanations]))
        ratio = image.width / ink.shape[1]
        return Writing(verdict, [Reading(p.input.reshape(IMAGE_SIDE, IMAGE_SIDE), p.verdict, probabilities[k],
                                         e, judge.temperature,
                                         (round(p.columns[0] * ratio), round(p.columns[1] * ratio)))
                                 for k, (p, e) in enumerate(zip(pieces, explanations))])

    def verdict(self, image):
        """An image -> the verdict of its writing alone (no explanations): for the runs table."""
        return read_pictures(self.network, self.judge, [image])[1][0][0]

    def step_towards(self, x, digit):
        return one_step(self.network, x, digit, STEP_RATE)

    def after(self, step):
        return NetworkReader(step.network_after, self.judge)


RUN_COLOURS = ('#2f6fde', '#e07b24', '#2a9d55', '#8e44ad', '#c0392b', '#1a9aa0', '#b8860b', '#5d6d7e')


class Told(collections.namedtuple('Told', 'version digit form read step')):
    """The drawing told its answer: the drawing's version then, the digit, the input (28, 28) it was
    told of, and the Step that the network of `read` (the one in use) would take on it."""
    __slots__ = ()


class Row:
    """A network the window can read with, a row of the Runs table: its label and colour; the Run
    that made it (None: the weights the window opened with, named `name`, with their metadata);
    read, the NetworkReader of it (None while a run learns, or if it kept nothing), which the steps
    taken in the window change, with the reads before them (history, for Undo); what it reads the
    drawing as (reads); and whether it was saved as the default weights."""

    def __init__(self, label, colour, read=None, run=None, name=None, meta=None):
        self.label, self.colour, self.read, self.run = label, colour, read, run
        self.name, self.meta = name or label, dict(meta or (run.meta if run else {}))
        self.history, self.reads, self.default, self.origin = [], '', False, None

    def said(self):
        """'run 2, 784-32-10, 96.9% on MNIST validation, 1 step taken'."""
        if self.read is None:
            return f'{self.label}, {self.run.outcome if self.run else "learning"}'
        m = self.meta
        figure = (f', {m["test_accuracy"]:.1%} on MNIST test' if 'test_accuracy' in m else
                  f', {m["validation_accuracy"]:.1%} on MNIST validation' if 'validation_accuracy' in m else '')
        steps = len(self.history)
        return (f'{self.name}, 784-{self.read.network.hidden_size}-10{figure}'
                + (f', {steps} step{"s" * (steps != 1)} taken' if steps else '') + (', the default now' if self.default else ''))


class Session:
    """What the window is about, in one place (see the section's comment): the rows and the one in
    use (chosen), the drawing's version, the drawing told its answer (told, a Told, or None), the
    digit the whole drawing was saved as (saved), the row a run is learning (learning), and the
    unit whose arithmetic is shown (unit)."""

    def __init__(self, first):
        self.rows, self.chosen, self.version = [first], 0, 0
        self.told = self.saved = self.learning = self.unit = None
        self.following, self.before = False, 0  # while a run learns: whether its row is followed, the row before

    @property
    def row(self):
        return self.rows[self.chosen]

    @property
    def read(self):
        return self.row.read

    def changed(self):
        """The ink changed: a new drawing, whose answer nobody told yet."""
        self.version += 1
        self.told = self.saved = None

    def tell(self, digit, form):
        """The drawing in view is `digit`, of the input form (28, 28): its step is worked out."""
        self.told = Told(self.version, digit, form, self.read, self.read.step_towards(form.ravel(), digit))

    def follow(self):
        """The told step worked out again for the network in use, if another is."""
        t = self.told
        if t is not None and t.read is not self.read:
            self.told = t._replace(read=self.read, step=self.read.step_towards(t.form.ravel(), t.digit))

    def choose(self, k):
        """Read with row k from now on, if it has a network -> whether it does."""
        if not (0 <= k < len(self.rows) and self.rows[k].read is not None):
            return False
        self.chosen = k
        self.follow()
        return True

    def steady(self):
        """Whether the network in use can step: not while a run is learning it."""
        return self.chosen != self.learning

    def take(self):
        """Put the network after the step in use, and work out the next step from there."""
        if self.told is not None and self.steady():
            self.row.history.append(self.read)
            self.row.read = self.read.after(self.told.step)
            self.follow()

    def undo(self):
        """The network before the last step taken, back in use."""
        if self.row.history and self.steady():
            self.row.read = self.row.history.pop()
            self.follow()

    def numbered(self, word):
        """The next label for a row of this kind: 'run 3', 'learnt 1'."""
        return f'{word} {sum(1 for row in self.rows if row.label.startswith(word + " ")) + 1}'

    def begin(self, colour):
        """A run starts to learn: its row at once, in use from its first weights of the moment
        unless another row is chosen meanwhile."""
        self.rows.append(Row(self.numbered('run'), colour))
        self.learning, self.before, self.following = len(self.rows) - 1, self.chosen, True

    def moment(self, read):
        """The run learning reads with its weights of the moment."""
        self.rows[self.learning].read = read
        self.chosen = self.learning if self.following else self.chosen
        self.follow()

    def ended(self, run, read):
        """The run learning ended: its Run, and the read of the network it kept (None: none)."""
        learning, self.learning = self.learning, None
        row = self.rows[learning]
        row.run, row.meta, row.read = run, dict(run.meta), read
        if read is not None:
            self.chosen = learning if self.following else self.chosen
            self.follow()                           # the row in use may have just changed its network
        elif self.chosen == learning:
            self.choose(self.before)

    def learnt(self, run, read, origin):
        """Learn now made a network from row `origin`: its row, in use if origin still is."""
        row = Row(self.numbered('learnt'), RUN_COLOURS[(len(self.rows) - 1) % len(RUN_COLOURS)], read=read, run=run)
        row.origin = origin.said()
        self.rows.append(row)
        if self.row is origin:
            self.choose(len(self.rows) - 1)


# --------------------------------------------------------------------------------------------------
# Drawing window
#
# Every event changes the window's session, then every view shows it again: a view draws, and
# keeps nothing but its widgets. Only this section knows Tk; tkinter is imported when a window is
# wanted.

SLOT = 64                        # in the strip of a number's digits, each digit's place (at 96 dpi) ...
STRIP_SLOTS = 7                  # ... and how many it shows
REFRESH_MS = 40                  # while drawing, read the drawing at most this often
POLL_MS = 30                     # while learning, look for news from the learning thread this often
TILE = 56                        # a hidden unit's 28x28 weights, shown twice as large (at 96 dpi)
TAB = 280                        # the tabs' content width (at 96 dpi): the curves, the runs, their notes
BAR_LEFT, BAR_LENGTH, BAR_ROW = 24, 200, 21    # the ten digits' bars: where they start, full length, row
SHOWN_UNITS = 10                 # hidden units shown; a wider network shows those that vote most
INK, PAPER, MUTED, TRACK = '#1d1d1f', '#ffffff', '#8a8a90', '#eeeef1'
ACCENT, RUNNER_UP, FADED = '#2f6fde', '#8fb0ec', '#c8c8ce'     # the answer's bar, the runner-up's, refused
LOSS_COLOUR = '#444448'
BAD = '#c0392b'                  # a setting that cannot be used, a run that diverged
TINY, SMALL, BODY = ('TkDefaultFont', 7), ('TkDefaultFont', 8), ('TkDefaultFont', 9)
HEADING = ('TkDefaultFont', 10, 'bold')
KEYS = '0-9 or a click on its bar: tell the answer    Esc or right-click: clear    Ctrl+Z: undo'
TEXT_FIELDS = {'Entry', 'TEntry', 'TCombobox', 'Text', 'Spinbox', 'TSpinbox'}   # where keys are typed
ERROR_LOG = Path(tempfile.gettempdir()) / 'digits-errors.txt'


class Lazy:
    """A module imported when first used: tkinter costs a start that --predict never needs."""

    def __init__(self, name):
        self.name = name

    def __getattr__(self, attribute):               # asked only for what the instance does not hold
        import importlib
        return getattr(importlib.import_module(self.name), attribute)


tk, ttk, tkfont = Lazy('tkinter'), Lazy('tkinter.ttk'), Lazy('tkinter.font')


def load_tk():
    """tkinter, if this Python has it (some builds leave it out; --train and --predict still work), else None."""
    try:
        import tkinter  # noqa: F401
    except ImportError:
        return None
    return tk


TK_PACKAGES = {'linux': 'Debian and Ubuntu: sudo apt install python3-tk; Fedora: sudo dnf install python3-tkinter; '
                        'Arch: sudo pacman -S tk',
               'darwin': 'Homebrew: brew install python-tk; or the python.org installer, which includes it',
               'win32': 'run the python.org installer again and tick "tcl/tk and IDLE"'}


def display_problem():
    """Why no window can open here, or None: no tkinter (named with the package that brings it on
    this system), or on X11 systems no DISPLAY or WAYLAND_DISPLAY."""
    if load_tk() is None:
        system = next((k for k in TK_PACKAGES if sys.platform.startswith(k)), 'linux')
        return f'tkinter is not installed ({TK_PACKAGES[system]})'
    if sys.platform.startswith(('linux', 'freebsd', 'openbsd', 'netbsd')):
        if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
            return 'no display found (DISPLAY is not set; over SSH use ssh -X, on WSL WSLg)'
    return None


def windowing_system(widget):
    """Tk's windowing system: 'x11', 'win32' or 'aqua' (macOS)."""
    return widget.tk.call('tk', 'windowingsystem')


def tk_image(pixels, scale):
    """A (h, w) or (h, w, 3) uint8 array -> tk.PhotoImage enlarged `scale` times, pixels kept square."""
    image = Image.fromarray(pixels)
    image = image.resize((image.width * scale, image.height * scale), RESAMPLE.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format='PPM')                  # Tk reads PPM itself: a third of PNG's cost
    return tk.PhotoImage(data=buffer.getvalue(), format='ppm')


class Screen:
    """Sizes are given for a 96 dpi screen; this makes them fit the screen at hand."""

    def __init__(self, root):
        self.scale = max(1.0, root.winfo_fpixels('1i') / 96)

    def px(self, size):
        """A size in pixels at 96 dpi -> the same size on this screen, in whole pixels."""
        return int(round(size * self.scale))

    def zoom(self, times):
        """How many screen pixels a picture's pixel takes, `times` at 96 dpi."""
        return max(1, round(times * self.scale))


def bar_chart(canvas, values, x, y, width, height, largest=None, labels=True):
    """Signed bars of values (k,) on a Tk canvas (see bar_boxes); the digits 0-9 under them."""
    boxes, zero = bar_boxes(values, x, y, width, height, largest)
    for d, (left, top, right, bottom, colour) in enumerate(boxes):
        canvas.create_rectangle(left, top, right, bottom, fill='#%02x%02x%02x' % colour, outline='')
        if labels:
            canvas.create_text((left + right) / 2, y + height + 6, text=str(d), fill=INK, font=TINY)
    canvas.create_line(x, zero, x + width, zero, fill=MUTED)


def unchanged(view, *shown):
    """Whether a view shows these very objects already (a refresh asks every view, up to every
    REFRESH_MS; most have nothing new to show); remembers them for the next time."""
    before = getattr(view, 'showing', None)
    if before is not None and len(before) == len(shown) and all(a is b for a, b in zip(before, shown)):
        return True
    view.showing = shown
    return False


def note_label(parent, screen, width=TAB, colour=MUTED, font=SMALL, lines=1):
    """A label of small text wrapped at `width` (at 96 dpi), at least `lines` high."""
    return tk.Label(parent, text='', anchor='nw', justify='left', wraplength=screen.px(width), height=lines,
                    font=font, background=PAPER, foreground=colour)


def wrapped_lines(measure, text, width):
    """How many lines text takes, wrapped at whole words within width pixels as Tk wraps them;
    measure(text) -> its width in pixels."""
    lines = 0
    for paragraph in text.split('\n'):
        line = ''
        lines += 1
        for word in paragraph.split(' '):
            if line and measure(f'{line} {word}') > width:
                lines, line = lines + 1, word
            else:
                line = f'{line} {word}' if line else word
    return lines


def say_in(label, text):
    """Put text in a note_label, grown to as many lines as the text takes (never shrunk: nothing moves back)."""
    font = label.cget('font')
    lines = wrapped_lines(lambda words: int(label.tk.call('font', 'measure', font, words)), text,
                          label.winfo_fpixels(label.cget('wraplength')))
    label.configure(text=text, height=max(int(label.cget('height')), lines))


class DrawingView:
    """The canvas people draw on, and the offscreen image that every stroke is also drawn into and
    that is read (never the screen). It grows with the window. It tells the app when a stroke
    begins (pen_down), when the ink changes (inked(at_once)), when a stroke ends (settled), and
    which column the pointer is over (pointing)."""

    def __init__(self, parent, screen, pen_down, inked, settled, pointing):
        px = screen.px
        self.pen_down, self.inked_now, self.settled, self.pointing = pen_down, inked, settled, pointing
        self.width, self.side, self.pen_width = px(CANVAS_WIDTH), px(CANVAS_SIDE), px(PEN_WIDTH)
        self.strokes = []                       # each a list of (x, y) points, for undo
        self.pointer_x = None                   # the column the pointer is over
        self.image = Image.new('L', (self.width, self.side), 255)
        self.pen = pen_on(self.image)
        self.frame = ttk.Frame(parent)
        self.frame.rowconfigure(0, weight=1)
        self.frame.columnconfigure(0, weight=1)
        self.canvas = tk.Canvas(self.frame, width=self.width, height=self.side, background=PAPER,
                                highlightthickness=1, highlightbackground='#c9c9ce', cursor='pencil')
        self.canvas.grid(row=0, column=0, sticky='nsew')
        self.hint = self.canvas.create_text(self.width / 2, self.side / 2, fill=MUTED, justify='center',
                                            text='Draw a digit here,\nor a number,\nwith the mouse',
                                            font=('TkDefaultFont', 14))
        self.note = self.canvas.create_text(px(8), self.side - px(8), fill=MUTED, anchor='sw', text='', font=SMALL)
        buttons = ttk.Frame(self.frame)
        buttons.grid(row=1, column=0, sticky='we', pady=(px(8), 0))
        self.clear_button = ttk.Button(buttons, text='Clear', command=self.clear)
        self.clear_button.pack(side='left')
        self.undo_button = ttk.Button(buttons, text='Undo', command=self.undo)
        self.undo_button.pack(side='left', padx=(px(6), 0))
        c = self.canvas
        c.bind('<ButtonPress-1>', self.press)
        c.bind('<B1-Motion>', self.drag)
        c.bind('<ButtonRelease-1>', lambda e: self.settled())
        c.bind('<Motion>', self.hover)
        c.bind('<Configure>', self.resized)
        # The right button clears: button 3 on X11 and Windows, 2 on macOS, where Control-click is a right-click too.
        right = ('<ButtonPress-2>', '<Control-ButtonPress-1>') if windowing_system(c) == 'aqua' else ()
        for event in ('<ButtonPress-3>',) + right:
            c.bind(event, lambda e: self.clear())

    def inked(self):
        """Whether anything is drawn."""
        return bool(self.strokes)

    def part(self, columns=None):
        """A copy of the offscreen image, or of its part between columns (start, end)."""
        start, end = columns or (0, self.width)
        return self.image.crop((start, 0, end, self.side))

    def resized(self, event):
        """The canvas grew or shrank with the window: the offscreen image too, wide enough for every stroke."""
        border = 2 * int(self.canvas.cget('highlightthickness'))
        width, side = event.width - border, event.height - border
        points = [p for stroke in self.strokes for p in stroke]
        reach = (max(x for x, _ in points) + self.pen_width, max(y for _, y in points) + self.pen_width) if points else (0, 0)
        self.width, self.side = max(width, int(reach[0])), max(side, int(reach[1]))
        old, self.image = self.image, Image.new('L', (self.width, self.side), 255)
        self.image.paste(old)                   # the same ink, pixel for pixel: the same drawing, read the same
        self.pen = pen_on(self.image)
        self.canvas.coords(self.hint, width / 2, side / 2)
        self.showing = None                     # the note and the lines under a number, drawn again
        self.canvas.coords(self.note, self.pen_width / 2, side - self.pen_width / 2)

    def hover(self, event):
        self.pointer_x = event.x
        self.pointing(event.x)

    def press(self, event):
        self.canvas.focus_set()                 # a digit pressed next tells this drawing, wherever the focus was
        self.pen_down()
        self.pointer_x = event.x
        self.strokes.append([(event.x, event.y)])
        self.canvas.itemconfigure(self.hint, state='hidden')
        self.paint([(event.x, event.y)], f'stroke{len(self.strokes)}')
        self.inked_now(False)

    def drag(self, event):
        if not self.strokes:
            return
        stroke, point = self.strokes[-1], (event.x, event.y)
        self.pointer_x = event.x
        if point != stroke[-1]:
            self.paint([stroke[-1], point], f'stroke{len(self.strokes)}')
            stroke.append(point)
            self.inked_now(False)

    def paint(self, points, tag):
        """Draw a dot (one point) or a segment (two) on screen and into the offscreen image."""
        r = self.pen_width / 2
        if len(points) == 1:
            (x, y), = points
            self.canvas.create_oval(x - r, y - r, x + r, y + r, fill=INK, outline='', tags=('ink', tag))
        else:
            self.canvas.create_line(*points[0], *points[1], width=self.pen_width, fill=INK,
                                    capstyle='round', joinstyle='round', tags=('ink', tag))
        ink_stroke(self.pen, points, self.pen_width)

    def clear(self):
        self.strokes = []
        self.canvas.delete('ink')
        self.canvas.itemconfigure(self.hint, state='normal')
        self.pen.rectangle([0, 0, self.width, self.side], fill=255)
        self.inked_now(True)

    def undo(self):
        if not self.strokes:
            return
        self.canvas.delete(f'stroke{len(self.strokes)}')
        self.strokes.pop()
        self.pen.rectangle([0, 0, self.width, self.side], fill=255)
        for stroke in self.strokes:          # the image is redrawn from the strokes that remain
            ink_stroke(self.pen, stroke, self.pen_width)
        if not self.strokes:
            self.canvas.itemconfigure(self.hint, state='normal')
        self.inked_now(True)

    def show(self, writing, pointed, note):
        """A line under the columns of each digit of a Writing of a number (none for one digit), the
        one pointed at blue; and the note in the corner."""
        if unchanged(self, writing, pointed, note):
            return
        columns = [r.columns for r in writing.readings] if writing else []
        self.canvas.itemconfigure(self.note, text=note, width=self.canvas.winfo_width() - 2 * self.pen_width)
        self.canvas.delete('split')
        if len(columns) < 2:
            return
        y, inset = int(self.canvas.winfo_height()) - self.pen_width / 3, self.pen_width / 6
        for k, (start, end) in enumerate(columns):
            self.canvas.create_line(start + inset, y, end - inset, y, width=max(1, self.pen_width // 6), tags='split',
                                    fill=ACCENT if k == pointed else FADED, capstyle='round')


class VerdictView:
    """The verdict of a reading, large; what the network sees and the evidence for its answer, with
    the sums that make the scores; and a number's digits one by one, in a strip that tells the
    app which of them is pointed at (point)."""

    def __init__(self, parent, screen, point):
        px, self.screen = screen.px, screen
        self.fonts = {}
        self.frame = ttk.Frame(parent)
        top = ttk.Frame(self.frame)
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
            label = ttk.Label(top, text=caption, anchor='center', font=SMALL)
            label.grid(row=1, column=column + 1, padx=(px(6), 0))
            self.views.append((view, label))
        self.sums = note_label(self.frame, screen, width=480, lines=3)
        self.sums.grid(row=2, column=0, sticky='w', pady=(px(4), 0))
        # A number's digits as they were split, each as the network sees it with its own reading;
        # the one pointed at (here or on the drawing) is the one shown above and below.
        self.strip = tk.Canvas(self.frame, width=px(STRIP_SLOTS * SLOT), height=px(SLOT + 16), background=PAPER,
                               highlightthickness=0)
        self.strip.grid(row=1, column=0, sticky='w', pady=(px(6), 0))
        self.strip.bind('<Motion>', lambda e: point(e.x // px(SLOT)))
        self.strip.bind('<ButtonPress-1>', lambda e: point(e.x // px(SLOT)))

    def show(self, writing, pointed, inked=True):
        """A writing's verdict, large; of its digit number `pointed`, the input and the evidence.
        No writing: nothing, and a line saying whether any ink was found."""
        if unchanged(self, writing, pointed, inked):
            return
        if writing is None:
            self.show_nothing(inked)
            return
        verdict, readings = writing
        count = sum(r.verdict.kind != MARK_KIND for r in readings)
        answer, detail = words(verdict, 'big')
        if verdict.kind == REFUSED_KIND:
            self.show_answer(answer, 24, MUTED, refused_why(readings))
        else:
            self.show_answer(answer, 32 if verdict.kind == UNSURE_KIND else 54, INK,
                             detail + (f' of all {count} digits' if verdict.kind == SURE_KIND and count > 1 else ''))
        reading = readings[pointed]
        verdict, scores = reading.verdict, reading.explanation.scores
        answered = verdict.kind in (SURE_KIND, UNSURE_KIND)
        self.show_evidence(reading, [verdict.digit, verdict.other if verdict.kind == UNSURE_KIND else None]
                           if answered else [int(np.argmax(scores)), None])
        self.show_strip(readings, pointed)

    def show_strip(self, readings, pointed):
        """A number's digits, as the network sees each, with its own reading; the pointed one framed."""
        c, px, slot = self.strip, self.screen.px, self.screen.px(SLOT)
        c.delete('all')
        if len(readings) < 2:
            c.create_text(px(2), px(SLOT / 2), anchor='w', fill=MUTED, font=SMALL,
                          text='write a number, and its digits are read one by one here')
            return
        zoom = self.screen.zoom(2)
        self.strip_photos = []
        for k, r in enumerate(readings[:STRIP_SLOTS]):
            x = k * slot + slot / 2
            self.strip_photos.append(tk_image(np.round(r.form * 255).astype(np.uint8), zoom))
            c.create_image(x, px(4), image=self.strip_photos[-1], anchor='n')
            c.create_text(x, px(SLOT + 9), text=words(r.verdict, 'strip'), fill=INK if k == pointed else MUTED,
                          font=('TkDefaultFont', 8, 'bold' if k == pointed else 'normal'))
            if k == pointed:
                half = IMAGE_SIDE * zoom / 2 + px(2)
                c.create_rectangle(x - half, px(2), x + half, px(6) + IMAGE_SIDE * zoom, outline=ACCENT, width=px(2))

    def show_answer(self, text, size, colour, detail):
        """The big answer: text in a font of `size` points (smaller if it would not fit: a long
        number), and the line of detail under it."""
        room = int(self.answer.cget('width')) - self.screen.px(4)
        while size > 12 and self.font(size).measure(text) > room:
            size -= 2
        self.answer.itemconfigure(self.answer_text, text=text, fill=colour, font=('TkDefaultFont', size, 'bold'))
        self.confidence_label.configure(text=detail)

    def font(self, size):
        """The answer's bold font at `size` points, made once (it is measured on every refresh)."""
        if size not in self.fonts:
            self.fonts[size] = tkfont.Font(self.answer, font=('TkDefaultFont', size, 'bold'))
        return self.fonts[size]

    def show_evidence(self, r, digits_shown):
        """The input, and the evidence maps of the digits shown (None: an empty place), with the
        sums that make their scores; percent = softmax(score / temperature)."""
        zoom = self.screen.zoom(3)
        self.view_photos = [tk_image(np.round(r.form * 255).astype(np.uint8), zoom)]
        maps = [r.explanation.evidence[d] if d is not None else None for d in digits_shown]
        strongest = evidence_scale(r.form, maps)
        lines = []
        for (view, label), d, evidence in zip(self.views[1:], digits_shown, maps):
            if d is None:
                self.view_photos.append(tk_image(np.full((IMAGE_SIDE, IMAGE_SIDE, 3), 255, np.uint8), zoom))
                label.configure(text='')
                continue
            self.view_photos.append(tk_image(signed_picture(evidence, strongest), zoom))
            label.configure(text=f'evidence for {d}')
            lines.append(f'score of {d}: pixels {evidence.sum():+.2f}, biases {r.explanation.base[d]:+.2f} '
                         f'= {r.explanation.scores[d]:.2f}')
        for (view, _), picture in zip(self.views, self.view_photos):
            view.configure(image=picture)
        lines.append(f'percent = softmax(score / {r.temperature:.2f}); blue pixels push a score up, red down')
        self.sums.configure(text='\n'.join(lines))

    def show_nothing(self, inked):
        self.show_answer('', 54, INK, 'no ink found' if inked else 'draw a digit or a number')
        zoom = self.screen.zoom(3)
        self.view_photos = [tk_image(np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.uint8), zoom)] + \
            [tk_image(np.full((IMAGE_SIDE, IMAGE_SIDE, 3), 255, np.uint8), zoom)] * 2
        for (view, label), picture in zip(self.views, self.view_photos):
            view.configure(image=picture)
        for view, label in self.views[1:]:
            label.configure(text='')
        self.sums.configure(text='')
        self.show_strip([], None)

    def state(self):
        """What it shows: (the big answer, the line under it)."""
        return self.answer.itemcget(self.answer_text, 'text'), self.confidence_label.cget('text')


class BarsView:
    """A bar for each digit: its calibrated probability, and its score. A click on a digit's bar
    tells the app that digit is the answer (tell)."""

    def __init__(self, parent, screen, tell):
        px, self.screen = screen.px, screen
        self.row, self.head = px(BAR_ROW), px(16)
        self.frame = ttk.Frame(parent)
        self.bars = tk.Canvas(self.frame, width=px(400), height=CLASSES * self.row + self.head, background=PAPER,
                              highlightthickness=0, cursor='hand2')
        self.bars.grid(row=0, column=0, sticky='w')
        score_x = px(BAR_LEFT + BAR_LENGTH + 106)
        self.bars.create_text(score_x, px(6), text='score', anchor='e', fill=MUTED, font=SMALL)
        self.bar_items = []
        for d in range(CLASSES):
            y = self.head + d * self.row + self.row / 2
            self.bars.create_text(px(10), y, text=str(d), fill=INK, font=('TkDefaultFont', 11, 'bold'))
            self.bars.create_rectangle(px(BAR_LEFT), y - px(7), px(BAR_LEFT + BAR_LENGTH), y + px(7), fill=TRACK,
                                       outline='')
            bar = self.bars.create_rectangle(px(BAR_LEFT), y - px(7), px(BAR_LEFT), y + px(7), fill=ACCENT, outline='')
            value = self.bars.create_text(px(BAR_LEFT + BAR_LENGTH + 8), y, text='', anchor='w', fill=MUTED, font=BODY)
            score = self.bars.create_text(score_x, y, text='', anchor='e', fill=MUTED, font=BODY)
            self.bar_items.append((bar, value, score))
        self.bars.bind('<ButtonPress-1>', lambda e: 0 <= (e.y - self.head) // self.row < CLASSES
                       and tell(int((e.y - self.head) // self.row)))

    def show(self, reading):
        """A Reading's probabilities and scores (None: nothing); the answer's bar, and the runner-up's."""
        if unchanged(self, reading):
            return
        px = self.screen.px
        verdict = reading.verdict if reading else None
        marked = {}                                   # digit -> colour of its bar
        if verdict is not None and verdict.kind == UNSURE_KIND:
            marked = {verdict.digit: ACCENT, verdict.other: RUNNER_UP}
        elif verdict is not None and verdict.kind == SURE_KIND:
            marked = {verdict.digit: ACCENT}
        for d, (bar, value, score) in enumerate(self.bar_items):
            if reading is None:
                self.bars.coords(bar, 0, 0, 0, 0)
                self.bars.itemconfigure(value, text='')
                self.bars.itemconfigure(score, text='')
                continue
            p, top = float(reading.probabilities[d]), self.head + d * self.row
            self.bars.coords(bar, px(BAR_LEFT), top + px(4), px(BAR_LEFT) + px(BAR_LENGTH) * p, top + self.row - px(4))
            self.bars.itemconfigure(bar, fill=marked.get(d, FADED if verdict.kind == REFUSED_KIND else '#c5d5f4'))
            self.bars.itemconfigure(value, text=percent(p) if p >= 0.001 else '', fill=INK if d in marked else MUTED)
            self.bars.itemconfigure(score, text=f'{reading.explanation.scores[d]:.2f}', fill=INK if d in marked else MUTED)

    def state(self):
        """What each bar says: [(its percentage, its score), ...] for 0 to 9."""
        return [(self.bars.itemcget(value, 'text'), self.bars.itemcget(score, 'text')) for _, value, score in self.bar_items]


class UnitsView:
    """Inside the network: each hidden unit's input weights as a picture, how strongly it fires and
    its vote for the answer (a wide network's ten loudest voters). A click on a unit tells the app
    (chose). Beside each unit, what the step told changes of it."""

    def __init__(self, parent, screen, chose):
        px, self.screen = screen.px, screen
        self.network = self.units = self.step_drawn = None
        self.unit_photos = {}
        self.frame = ttk.Frame(parent)
        self.caption = ttk.Label(self.frame, text='', anchor='w')
        self.caption.grid(row=0, column=0, sticky='w')
        row = ttk.Frame(self.frame)
        row.grid(row=1, column=0, sticky='w')
        self.tile = px(TILE)
        self.tiles, self.step_places = [], []
        for i in range(SHOWN_UNITS):
            tile = tk.Label(row, borderwidth=0, background=PAPER, cursor='hand2')
            tile.grid(row=1, column=2 * i, padx=(px(3), 0), pady=(px(4), 0))
            meter = tk.Canvas(row, width=self.tile, height=px(30), background=PAPER, highlightthickness=0,
                              cursor='hand2')
            meter.grid(row=2, column=2 * i, padx=(px(3), 0))
            bar = meter.create_rectangle(0, px(2), 0, px(8), fill=INK, outline='')
            value = meter.create_text(self.tile / 2, px(15), text='', fill=MUTED, font=TINY)
            vote = meter.create_text(self.tile / 2, px(25), text='', fill=MUTED, font=TINY)
            for widget in (tile, meter):
                widget.bind('<ButtonPress-1>', lambda e, i=i: chose(self.order[i]) if i < len(self.order) else None)
            self.tiles.append((tile, meter, bar, value, vote))
            change = tk.Label(row, borderwidth=0, background=PAPER)
            change.grid(row=1, column=2 * i + 1, padx=(px(2), px(3)), pady=(px(4), 0))
            changed = tk.Canvas(row, width=self.tile, height=px(30), background=PAPER, highlightthickness=0)
            changed.grid(row=2, column=2 * i + 1, padx=(px(2), px(3)))
            self.step_places.append((change, changed))
        self.order = []                                          # which unit each tile shows

    def show(self, network, reading, step):
        """A network's hidden units: the shown ones' input weights, how strongly each fires (the bar,
        scaled to the strongest) and its vote for the answer, its value times its outgoing weight to
        that digit; and beside each, what the step (None: none) changes of it."""
        if unchanged(self, network, reading, step):
            return
        if network is not self.network:
            self.network, self.units, self.unit_photos = network, network.w1.T, {}
            units = self.units
            shown = min(SHOWN_UNITS, len(units))
            what = ('each hidden unit' if shown == len(units)
                    else f'the {shown} of {len(units)} hidden units that vote most for the answer')
            self.caption.configure(text=f'Inside the network: {what}: its 784 input weights (blue +, red -), how '
                                        'strongly it fires, and its vote for the answer. Click one for its arithmetic')
        units = self.units
        hidden = reading.explanation.hidden if reading else np.zeros(len(units), np.float32)
        digit = answer_digit(reading)
        if len(units) <= SHOWN_UNITS:                   # all fit: keep them in their own order
            self.order = list(range(len(units)))
        else:
            strength = np.abs(reading.explanation.votes[:, digit]) if reading else -np.arange(len(units))
            self.order = [int(u) for u in np.argsort(-strength, kind='stable')[:SHOWN_UNITS]]
        strongest = max(float(hidden.max(initial=0)), 1e-9)
        px = self.screen.px
        for k, (tile, meter, bar, value, vote) in enumerate(self.tiles):
            if k >= len(self.order):
                tile.grid_remove()
                meter.grid_remove()
                continue
            unit = self.order[k]
            tile.grid()
            meter.grid()
            if unit not in self.unit_photos:
                self.unit_photos[unit] = tk_image(signed_picture(units[unit]), self.screen.zoom(2))
            tile.configure(image=self.unit_photos[unit])
            meter.coords(bar, 0, px(2), self.tile * float(hidden[unit]) / strongest, px(8))
            meter.itemconfigure(value, text=f'#{unit}  {hidden[unit]:.1f}' if reading else f'#{unit}')
            amount = float(reading.explanation.votes[unit, digit]) if reading else 0.0
            meter.itemconfigure(vote, text='' if reading is None else f'{amount:+.2f} for {digit}' if amount else
                                f'0 for {digit}', fill='#%02x%02x%02x' % (FOR if amount >= 0 else AGAINST) if amount else MUTED)
        self.show_step(step)

    def show_step(self, step):
        """Beside each unit shown: the change the step makes to its input weights (-rate times its
        blame times the input: your drawing, blue where the weights rise, red where they fall), its
        blame, and the change to its ten votes. None: nothing beside them."""
        if self.step_drawn is not None and self.step_drawn[0] is step and self.step_drawn[1] == self.order:
            return                                           # asked on every refresh
        self.step_drawn = (step, list(self.order))
        for k, (picture, caption) in enumerate(self.step_places):
            if step is None or k >= len(self.order):
                picture.grid_remove()
                caption.grid_remove()
        if step is None:
            return
        px, w1, w2 = self.screen.px, step.changes['w1'], step.changes['w2']
        strongest = float(np.abs(w1).max(initial=0)) or 1.0
        self.step_photos = {}
        for (picture, caption), unit in zip(self.step_places, self.order):
            self.step_photos[unit] = tk_image(signed_picture(w1[:, unit], strongest), self.screen.zoom(2))
            picture.configure(image=self.step_photos[unit])
            picture.grid()
            caption.grid()
            caption.delete('all')
            blame = float(step.backprop.hidden_errors[0, unit])
            caption.create_text(px(28), px(5), fill=INK if blame else MUTED, font=TINY,
                                text=f'{blame:+.2g}' if blame else 'off')
            bar_chart(caption, w2[unit], px(3), px(11), px(50), px(16), largest=np.abs(w2).max(), labels=False)

    def state(self):
        """What the tiles show: [(unit, its value line, its vote line), ...], left to right."""
        return [(unit, meter.itemcget(value, 'text'), meter.itemcget(vote, 'text'))
                for (_, meter, _, value, vote), unit in zip(self.tiles, self.order)]


def answer_digit(reading):
    """The digit a reading's units' votes are shown for: the answer, or the highest score if refused."""
    if reading is None:
        return None
    v = reading.verdict
    return v.digit if v.digit is not None else int(np.argmax(reading.explanation.scores))


class UnitView:
    """One unit's arithmetic: its weights over the input, its value for this drawing, and what it
    adds to each digit's score."""

    def __init__(self, parent, screen):
        px, self.screen = screen.px, screen
        self.frame = ttk.Frame(parent)
        self.picture = tk.Label(self.frame, background=PAPER, borderwidth=0)
        self.picture.grid(row=0, column=0, sticky='nw')
        self.text = note_label(self.frame, screen, width=160, lines=5)
        self.text.grid(row=0, column=1, sticky='nw', padx=(px(6), 0))
        self.votes = tk.Canvas(self.frame, width=px(160), height=px(60), background=PAPER, highlightthickness=0)
        self.votes.grid(row=0, column=2, sticky='nw', padx=(px(6), 0))

    def show(self, unit, network, reading):
        """The chosen unit (None: none yet) of a network, for a Reading (or None)."""
        if unchanged(self, unit, network, reading):
            return
        units = network.w1.T
        self.votes.delete('all')
        if unit is None:
            self.picture.configure(image='')
            self.text.configure(text='One unit\'s arithmetic: click a unit below.')
            return
        self.photo = tk_image(signed_picture(units[unit]), self.screen.zoom(3))
        self.picture.configure(image=self.photo)
        if reading is None:
            self.text.configure(text=f'Unit #{unit}: blue pixels raise it, red lower it. Draw something to see its '
                                     'value and its votes.')
            return
        e, px = reading.explanation, self.screen.px
        self.text.configure(text=f'Unit #{unit} = relu(pixels x weights {e.unit_sums[unit]:+.2f} + bias '
                                 f'{e.unit_biases[unit]:+.2f}) = {e.hidden[unit]:.2f}. Its vote for each digit = '
                                 f'{e.hidden[unit]:.2f} x its outgoing weight:')
        bar_chart(self.votes, e.votes[unit], px(4), px(2), px(150), px(44), largest=np.abs(e.votes).max())

    def state(self):
        """The text it shows."""
        return self.text.cget('text')


SETTINGS_FORM = (               # name, label, the hint beside its field, and the field: its kind and width
    ('hidden', 'hidden units', f'from {LIMITS["hidden"][0]} to {LIMITS["hidden"][1]}', 'widths', 5),
    ('optimizer', 'how it learns', 'plain: no momentum', 'choice', 14),
    ('lr', 'learning rate', 'how far a step goes', 'entry', 7),
    ('epochs', 'epochs', 'passes over the data', 'entry', 7),
    ('batch', 'batch size', 'images per step', 'entry', 7),
    ('learn_from', 'learns from', 'MNIST or pen, or both', 'checks', 0),
)
TYPED = ('hidden', 'lr', 'epochs', 'batch')      # the settings typed as numbers


class SettingsView:
    """The settings of the next run, above Train, made from SETTINGS_FORM: each with a one-line hint
    beside it, or in its place, in red, why its value cannot be used (check_settings, as on the
    command line). A new width brings that width's recipe, a new way of learning its learning
    rate, as --train does. changed(good) is told whether every value can be used."""

    def __init__(self, parent, screen, defaults, changed):
        px, self.defaults, self.changed = screen.px, defaults, changed
        self.texts = {name: tk.StringVar(parent, value=f'{getattr(defaults, name):g}') for name in TYPED}
        self.how = tk.StringVar(parent, value=OPTIMIZER_NAMES[defaults.optimizer])
        self.sources = {k: tk.BooleanVar(parent, value=k in defaults.learn_from) for k in LEARN_FROM}
        self.hints, self.fields, self.checks = {}, {}, {}
        self.frame = ttk.Frame(parent)
        for row, (name, label, hint, kind, width) in enumerate(SETTINGS_FORM):
            ttk.Label(self.frame, text=label, font=SMALL).grid(row=row, column=0, sticky='w')
            if kind == 'checks':
                field = ttk.Frame(self.frame)
                for k, key in enumerate(LEARN_FROM):
                    self.checks[key] = ttk.Checkbutton(field, text=LEARN_FROM[key], variable=self.sources[key],
                                                       command=self.check)
                    self.checks[key].grid(row=k // 2, column=k % 2, sticky='w', padx=(0, px(6)))
            elif kind == 'entry':
                field = ttk.Entry(self.frame, textvariable=self.texts[name], width=width, font=SMALL)
            else:
                field = ttk.Combobox(self.frame, width=width, font=SMALL, **(
                    {'textvariable': self.texts[name], 'values': ('10', '32', '128')} if kind == 'widths' else
                    {'textvariable': self.how, 'values': list(OPTIMIZER_NAMES.values()), 'state': 'readonly'}))
            self.fields[name] = field
            wide = kind == 'checks'                      # its hint goes under it
            field.grid(row=row, column=1, sticky='w', padx=(px(4), 0), columnspan=2 if wide else 1)
            self.hints[name] = tk.Label(self.frame, text=hint, font=TINY, background=PAPER, foreground=MUTED,
                                        anchor='w', justify='left', wraplength=px(220 if wide else 110))
            self.hints[name].grid(row=row + wide, column=1 + (not wide), sticky='w', padx=(px(6), 0),
                                  columnspan=2 if wide else 1)
        self.width = defaults.hidden
        for text in self.texts.values():
            text.trace_add('write', lambda *_: self.check())
        self.how.trace_add('write', lambda *_: self.put(default_settings(self.width, self.optimizer()), ('lr',)))
        self.texts['hidden'].trace_add('write', lambda *_: self.new_width())

    def optimizer(self):
        return next(k for k, v in OPTIMIZER_NAMES.items() if v == self.how.get())

    def new_width(self):
        """A good new width brings its recipe's learning rate, epochs and batch size."""
        try:
            hidden = check_setting('hidden', self.texts['hidden'].get())
        except ValueError:
            return
        if hidden != self.width:
            self.width = hidden
            self.put(default_settings(hidden, self.optimizer()), ('lr', 'epochs', 'batch'))

    def put(self, settings, names):
        for name in names:
            self.texts[name].set(f'{getattr(settings, name):g}')
        self.check()

    def typed(self):
        """The settings as they stand, as texts by name."""
        return {**{name: text.get() for name, text in self.texts.items()}, 'optimizer': self.optimizer(),
                'learn_from': ','.join(k for k in LEARN_FROM if self.sources[k].get())}

    def settings(self):
        """The Settings to train with, or None while a value cannot be used."""
        return check_settings(self.typed(), default_settings(self.width, self.optimizer(), self.defaults.seed))[0]

    def check(self):
        """Mark each field: its hint, or why its value cannot be used."""
        errors = check_settings(self.typed(), self.defaults)[1]
        for name, label, hint, *_ in SETTINGS_FORM:
            self.hints[name].configure(text=errors.get(name, hint), foreground=BAD if name in errors else MUTED)
        self.changed(not errors)

    def show(self, enabled, mine):
        """Settings are locked while a run learns; the count of your drawings beside their box."""
        if unchanged(self, enabled, mine):
            return
        self.checks['mine'].configure(text=f'{LEARN_FROM["mine"]} ({mine})')
        for name, field in self.fields.items():
            for widget in self.checks.values() if name == 'learn_from' else [field]:
                widget.configure(state=('readonly' if name == 'optimizer' else 'normal') if enabled else 'disabled')


class CurvesChart:
    """The curves of this session's runs, the one learning last and boldest: training loss (left
    scale) and validation accuracy (right scale) by epoch."""

    def __init__(self, parent, screen):
        px, self.screen = screen.px, screen
        self.size = (px(TAB), px(100))
        self.frame = self.canvas = tk.Canvas(parent, width=self.size[0], height=self.size[1], background=PAPER,
                                             highlightthickness=1, highlightbackground='#dcdce0')
        self.draw([])

    def draw(self, curves, coming=None):
        """curves: [(colour, {'loss': [(epochs done, loss), ...], 'validation': [...], 'epochs': n}), ...];
        coming: the epochs of the run the settings would start (None: the default's), for an empty chart."""
        c, px = self.canvas, self.screen.px
        c.delete('all')
        w, h = self.size
        left, right, top, bottom = px(34), w - px(40), px(18), h - px(20)
        epochs = max([curve.get('epochs', 1) for _, curve in curves] or [coming or SMALL_RECIPE['epochs']])
        c.create_rectangle(left, top, right, bottom, outline='#dcdce0')
        c.create_text(left, px(8), text='loss \u2014', anchor='w', fill=LOSS_COLOUR, font=SMALL)
        c.create_text(right, px(8), text='validation \u2022\u2022\u2022', anchor='e', fill=LOSS_COLOUR, font=SMALL)
        c.create_text((left + right) / 2, h - px(8), text=f'epochs (of {epochs})', fill=MUTED, font=SMALL)
        losses = [v for _, curve in curves for _, v in curve['loss'] if np.isfinite(v)]
        accuracies = [v for _, curve in curves for _, v in curve['validation']]
        highest = min(max(losses + [0.5]), 1.0)            # the first steps' loss (2.3) is off the top
        low_accuracy = max(min(accuracies + [0.9]) - 0.01, 0.0)
        for k in range(3):
            y = bottom - k * (bottom - top) / 2
            c.create_text(left - px(3), y, text=f'{highest * k / 2:.2f}', anchor='e', fill=LOSS_COLOUR, font=TINY)
            c.create_text(right + px(6), y, text=f'{low_accuracy + (1 - low_accuracy) * k / 2:.0%}', anchor='w',
                          fill=LOSS_COLOUR, font=TINY)
        if not curves:
            c.create_text((left + right) / 2, (top + bottom) / 2, fill=MUTED, justify='center', font=BODY,
                          text='choose the settings, press Train\nand watch a network learn')
        x_at = lambda t: left + (right - left) * t / epochs
        y_loss = lambda v: bottom - (bottom - top) * min(v, highest) / highest
        y_accuracy = lambda v: bottom - (bottom - top) * (v - low_accuracy) / (1 - low_accuracy)
        for k, (colour, curve) in enumerate(curves):
            last = k == len(curves) - 1
            for name, y_at, dash in (('loss', y_loss, ()), ('validation', y_accuracy, (2, 2))):
                points = [(x_at(t), y_at(v)) for t, v in curve[name] if np.isfinite(v)]
                if len(points) > 1:
                    c.create_line(*[z for point in points for z in point], fill=colour, dash=dash,
                                  width=px(2) if last else px(1))
                for x, y in points[-1:]:
                    r = px(3) if last else px(2)
                    c.create_oval(x - r, y - r, x + r, y + r, fill=colour, outline='')


class Worker:
    """Learning in a thread of its own: work(report, say, stop) hears nothing from the window but
    "stop", and tells it everything through a queue, which the window empties every POLL_MS:
    progress(Progress, weights), copies of the weights of the moment, never the arrays being
    written; say(text); and at the end, ended('done', what work returned, or 'failed', why)."""

    def __init__(self, root, kind, work, progress, say, ended):
        import queue
        import threading
        self.root, self.kind, self.progress, self.say, self.ended = root, kind, progress, say, ended
        self.news, self.stopping, self.empty = queue.Queue(), threading.Event(), queue.Empty
        self.thread = threading.Thread(target=self.run, args=(work,), daemon=True)
        self.thread.start()
        self.polling = root.after(POLL_MS, self.poll)

    def run(self, work):
        def report(p):
            weights = [a.copy() for a in p.network.arrays().values()]
            self.news.put(('progress', p._replace(network=None), weights))
        try:
            self.news.put(('done', work(report, lambda text: self.news.put(('say', text)), self.stopping.is_set)))
        except Exception as e:                  # shown in the window: never lost in a thread
            self.news.put(('failed', str(e)))

    def poll(self):
        """Take the news, the latest weights of the moment last."""
        moment = None
        while True:
            try:
                kind, *news = self.news.get_nowait()
            except self.empty:
                break
            if kind == 'progress':
                progress, moment = news
                self.progress(progress, None)
            elif kind == 'say':
                self.say(news[0])
            else:
                self.ended(kind, news[0])
                return
        if moment is not None:
            self.progress(None, moment)
        self.polling = self.root.after(POLL_MS, self.poll)

    def stop(self):
        self.stopping.set()

    def wait(self, seconds=120):
        """Stop, and wait for the thread to end: an old weights file stays whole, or a new one is
        written whole, and no temporary file is left behind."""
        self.stopping.set()
        self.thread.join(timeout=seconds)
        self.root.after_cancel(self.polling)             # the window closes: no news is read any more


class LearningView:
    """Learning: the settings of a run, the live curves of the runs of this session (each in its
    colour, the one learning over the earlier ones), its progress, the Train, Learn now and Stop
    buttons, and your drawings, counted per digit, with a button to look at them. The learning
    runs in a Worker; the view tells the app when it begins (begin(kind) -> the run's colour),
    hands it the weights of the moment (moment(arrays)) and its end (end(kind, outcome, result))."""

    def __init__(self, parent, screen, defaults, actions):
        px, self.screen = screen.px, screen
        self.job = None                         # the Worker learning, if any
        self.curve = {'loss': [], 'validation': []}                # (epochs done, value)
        self.earlier = []                       # the curves of the runs before: (colour, curve)
        self.colour, self.good, self.shown_at, self.started = RUN_COLOURS[0], True, 0.0, None
        self.actions = actions                  # train, learn, see_drawings: each None if it cannot be done
        self.frame = ttk.Frame(parent)
        self.form = SettingsView(self.frame, screen, defaults, self.settings_changed)
        self.form.frame.grid(row=0, column=0, columnspan=3, sticky='we')
        self.drawings = note_label(self.frame, screen, width=TAB - 70)
        self.drawings.grid(row=1, column=0, columnspan=2, sticky='w', pady=(px(2), 0))
        self.see_button = ttk.Button(self.frame, text='Look...', command=actions['see_drawings'] or (lambda: None))
        self.see_button.grid(row=1, column=2, sticky='e', pady=(px(2), 0))
        self.chart = CurvesChart(self.frame, screen)
        self.chart.frame.grid(row=2, column=0, columnspan=3, sticky='w', pady=(px(6), 0))
        self.progress = ttk.Progressbar(self.frame, length=px(TAB), maximum=1.0)
        self.progress.grid(row=3, column=0, columnspan=3, sticky='w', pady=(px(4), 0))
        self.train_button = ttk.Button(self.frame, text='Train', command=self.start_training)
        self.train_button.grid(row=4, column=0, sticky='w', pady=(px(4), 0))
        self.learn_button = ttk.Button(self.frame, text='Learn now', command=self.start_learning)
        self.learn_button.grid(row=4, column=1, sticky='w', padx=(px(6), 0), pady=(px(4), 0))
        self.stop_button = ttk.Button(self.frame, text='Stop', command=self.stop)
        self.stop_button.grid(row=4, column=2, sticky='e', pady=(px(4), 0))
        self.label = note_label(self.frame, screen, lines=2)
        self.label.grid(row=5, column=0, columnspan=3, sticky='we', pady=(px(2), 0))

    def settings_changed(self, good):
        """Train is on only while every setting can be used; an empty chart counts the epochs set."""
        self.good = good
        self.buttons()
        if self.job is None:
            self.draw_chart()

    def buttons(self):
        idle = self.job is None
        for button, on in ((self.train_button, idle and self.actions['train'] and self.good),
                           (self.learn_button, idle and self.actions['learn']), (self.stop_button, not idle)):
            button.configure(state='normal' if on else 'disabled')

    def show(self, counts):
        """Your drawings, {digit: how many}."""
        if unchanged(self, counts, self.job):
            return
        total = sum(counts.values())
        say_in(self.drawings, f'your drawings: {total}' + (' (' + ', '.join(f'{d}: {n}' for d, n in counts.items() if n)
                                                           + ')' if total else ', none yet'))
        self.see_button.configure(state='normal' if total and self.actions['see_drawings'] else 'disabled')
        self.form.show(self.job is None, total)
        self.buttons()

    def start_learning(self):
        """Learn now: fine-tune the network in use on your drawings, in a thread."""
        if self.actions['learn'] is not None and self.job is None:
            self.run_job('learn', self.actions['learn'](), 'learning from your drawings (a few seconds; you can '
                                                         'keep drawing)')

    def start_training(self):
        """Train: a fresh network with the settings, as --train makes it, in a thread; curves and
        units live."""
        settings = self.form.settings() if self.actions['train'] is not None and self.job is None else None
        if settings is None:
            return
        self.curve = {'loss': [], 'validation': [], 'epochs': settings.epochs}
        self.colour = RUN_COLOURS[len(self.earlier) % len(RUN_COLOURS)]
        self.draw_chart()
        self.run_job('train', lambda report, say, stop: self.actions['train'](settings, report, say, stop),
                     f'training: {settings_said(settings)} (you can keep drawing)')

    def run_job(self, kind, work, message):
        """Run work(report, say, stop) in a Worker; buttons and settings locked meanwhile."""
        self.shown_at, self.started = 0.0, None
        self.job = Worker(self.frame, kind, work, self.add_progress, lambda text: say_in(self.label, text), self.finish)
        self.progress.configure(value=0)
        say_in(self.label, message)
        self.actions['begin'](kind, self.colour)

    def add_progress(self, p, moment):
        """One report of train(): a point on the curves, the progress bar; or now and then, the
        weights of the moment (p None), read with at most four times a second."""
        if p is None:
            if time.perf_counter() - self.shown_at > 0.25:
                self.shown_at = time.perf_counter()
                self.actions['moment'](moment)
            return
        at = p.epoch + p.done
        if p.epoch == 0 or p.done >= 0.2:             # an epoch's first steps are too few to average
            self.curve['loss'].append((at, p.loss))
        if p.validation is not None:
            self.curve['validation'].append((at, p.validation))
        self.curve['epochs'] = p.epochs
        self.progress.configure(value=at / p.epochs)
        now = time.perf_counter()
        self.started = self.started or (now, at)      # the clock starts with the first step
        left = ''
        if p.epoch >= 1 and at < p.epochs:            # an epoch has shown how long one takes
            began, first = self.started
            seconds = seconds_left(now - began, at - first, p.epochs - first)
            left = f', about {seconds:.0f} s left' if seconds >= 0.5 else ''
        say_in(self.label, f'epoch {p.epoch + 1} of {p.epochs}: loss {p.loss:.3f}'
               + (f', validation {p.validation:.1%}' if p.validation is not None else '') + left)
        self.draw_chart()

    def finish(self, outcome, result):
        job, self.job = self.job, None
        if job.kind == 'train':
            self.earlier.append((self.colour, self.curve))
        self.progress.configure(value=1 if outcome == 'done' and result is not None else 0)
        text = self.actions['end'](job.kind, outcome, result)
        say_in(self.label, text)
        self.draw_chart()

    def stop(self):
        if self.job is not None:
            self.job.stop()
            say_in(self.label, 'stopping...')

    def wait(self):
        """Stop any run and wait for it to end (see Worker.wait)."""
        if self.job is not None:
            self.job.wait()

    def draw_chart(self):
        coming = self.form.settings() if self.job is None else None
        self.chart.draw(self.earlier + ([(self.colour, self.curve)] if self.job is not None else []),
                        coming and coming.epochs)


RUN_COLUMNS = (('run', 'run', 58), ('reads', 'reads as', 62), ('validation', 'validation', 58),
               ('pen', f'pen {HELD_WRITERS}', 60), ('time', 'time', 34))      # name, heading, width at 96 dpi


class RunsView:
    """Runs: a ttk.Treeview with a row for the weights the window opened with, every run of this
    session and every network Learn now made, each in its colour: what it reads your drawing as,
    its MNIST validation accuracy, its accuracy on pen writers HELD_WRITERS, its time; the one in
    use marked. Choosing a row (a click, Up or Down) asks the app to read with it (choose(k)).
    Under the table: the chosen row in words, the --train command that repeats it, whole, and
    Save as... and Use as default (keep(k, path or None))."""

    def __init__(self, parent, screen, choose, keep, default_name):
        px, self.screen = screen.px, screen
        self.choose, self.keep, self.default_name = choose, keep, default_name
        self.rows, self.chosen, self.selected, self.shown_chosen = [], None, None, None
        self.frame = ttk.Frame(parent)
        self.frame.columnconfigure(0, weight=1)
        self.frame.rowconfigure(0, weight=1)
        self.table = ttk.Treeview(self.frame, columns=[c for c, _, _ in RUN_COLUMNS], show='headings', height=5,
                                  selectmode='browse')
        for name, heading, width in RUN_COLUMNS:
            self.table.heading(name, text=heading, anchor='w')
            self.table.column(name, width=px(width), minwidth=px(width), stretch=name == 'reads', anchor='w')
        self.table.grid(row=0, column=0, sticky='nsew', pady=(px(4), 0))
        scroll = ttk.Scrollbar(self.frame, orient='vertical', command=self.table.yview)
        scroll.grid(row=0, column=1, sticky='ns', pady=(px(4), 0))
        self.table.configure(yscrollcommand=scroll.set)
        self.table.bind('<<TreeviewSelect>>', self.selected_row)
        self.label = note_label(self.frame, screen, lines=2)
        self.label.grid(row=1, column=0, columnspan=2, sticky='we', pady=(px(4), 0))
        # The command is shown whole, a few lines of it, and can be selected and copied.
        self.command = tk.Text(self.frame, width=46, height=4, wrap='word', font=('TkFixedFont', 7), relief='flat',
                               background=TRACK, foreground=INK, borderwidth=px(3), highlightthickness=0)
        self.command.grid(row=2, column=0, columnspan=2, sticky='we', pady=(px(4), 0))
        self.command.configure(state='disabled')
        buttons = ttk.Frame(self.frame)
        buttons.grid(row=3, column=0, columnspan=2, sticky='w', pady=(px(4), 0))
        self.save_button = ttk.Button(buttons, text='Save as...', command=self.save_as)
        self.save_button.pack(side='left')
        self.default_button = ttk.Button(buttons, text='Use as default', command=self.use_as_default)
        self.default_button.pack(side='left', padx=(px(6), 0))
        self.note = note_label(self.frame, screen, lines=2)
        self.note.grid(row=4, column=0, columnspan=2, sticky='we', pady=(px(2), 0))
        self.ask_path = self.ask_save_path            # dialogs, which tests replace
        self.confirm = self.ask_confirm

    def show(self, rows, chosen, learning):
        """The rows (Row), the one in use (chosen) and the one learning (or None)."""
        self.rows, self.chosen, self.learning = rows, chosen, learning
        t = self.table
        for k, row in enumerate(rows):
            f = row.run.figures if row.run else {}
            number = lambda v: '' if v is None else f'{v:.1%}'
            values = (('\u25cf ' if k == chosen else '   ') + row.label,
                      'learning...' if k == learning and row.read is None else row.reads,
                      number(f.get('validation')), number(f.get('pen')),
                      f'{f["seconds"]:.0f} s' if 'seconds' in f else '')
            tags = (f'row{k}', 'in use' if k == chosen else 'other')
            if t.exists(str(k)):
                t.item(str(k), values=values, tags=tags)
            else:
                t.insert('', 'end', iid=str(k), values=values, tags=tags)
                t.tag_configure(f'row{k}', foreground=BAD if row.run and row.run.network is None else row.colour)
                t.see(str(k))
        reads = max([int(t.tk.call('font', 'measure', SMALL, t.set(str(k), 'reads'))) for k in range(len(rows))] + [0])
        t.column('reads', width=max(self.screen.px(RUN_COLUMNS[1][2]), reads + self.screen.px(6)))   # a long number
        t.tag_configure('in use', background='#eef3fd')
        t.tag_configure('other', background=PAPER)
        if chosen != self.shown_chosen or not t.selection():    # else the selection is the user's
            t.selection_set(str(chosen))
            t.focus(str(chosen))                        # where Up and Down move from
        self.shown_chosen = chosen
        self.selected = int(t.selection()[0])
        self.details(self.selected)

    def selected_row(self, event=None):
        """A row selected by a click or a key: read with it, or if it has no network, show its details."""
        picked = self.table.selection()
        if picked:
            self.selected = int(picked[0])
            if self.selected == self.chosen or not self.choose(self.selected):
                self.details(self.selected)

    def details(self, k):
        """Row k in words, the command that repeats it, and whether it can be saved."""
        row = self.rows[k]
        run, steps = row.run, len(row.history)
        if k == self.learning:
            text = f'{row.label}: learning; the window reads with its weights of the moment'
        elif run is None:
            text = f'{row.label}: the weights the window opened with, {row.name}'
        elif run.settings is None:
            text = f'{row.label}: {run.outcome}, starting from {row.origin}'
        else:
            text = f'{row.label}: {run.outcome}; {settings_said(run.settings)}' + (
                '. Nothing was kept' if run.network is None else '')
        if steps:
            text += f'; {steps} step{"s" * (steps != 1)} taken in the window since, which Save as keeps'
        say_in(self.label, text)
        if run is None or run.settings is None:
            command = ('' if run is None else 'Learn now has no command of its own; python digits.py --train '
                       'learns from your drawings in my_digits/ too.')
        else:
            command = command_for(run.settings, f'{row.label.replace(" ", "-")}.npz')
            if run.outcome.startswith('stopped at epoch'):
                command += f'\n(it stopped at epoch {run.outcome.split()[-1]} of {run.settings.epochs}; ' \
                           'the command runs them all)'
        self.command.configure(state='normal')
        self.command.delete('1.0', 'end')
        self.command.insert('1.0', command)
        columns = int(self.command.cget('width'))            # a fixed font: its width in characters
        self.command.configure(height=max(2, wrapped_lines(len, command, columns)), state='disabled')
        kept = self.keep is not None and row.read is not None and k != self.learning and (run is not None or steps)
        for button in (self.save_button, self.default_button):
            button.configure(state='normal' if kept else 'disabled')

    def ask_save_path(self, initial):
        from tkinter import filedialog
        return filedialog.asksaveasfilename(parent=self.frame, title='Save the network\'s weights',
                                            initialfile=initial, defaultextension='.npz', filetypes=[('weights', '*.npz')])

    def ask_confirm(self, question):
        from tkinter import messagebox
        return messagebox.askyesno('Use as default', question, parent=self.frame)

    def save_as(self):
        label = self.rows[self.selected].label
        path = self.ask_path(f'{label.replace(" ", "-")}.npz')
        if path:
            self.kept(Path(path), f'saved {label} in {path}')

    def use_as_default(self):
        label = self.rows[self.selected].label.replace(' ', '\u00a0')     # never broken across lines
        if self.confirm(f'Replace {self.default_name} with {label}? The window and --predict will read with it '
                        'from now on.'):
            self.kept(None, f'{label} is the default now: saved in {self.default_name}')

    def kept(self, path, text):
        try:
            self.keep(self.selected, path)
        except (DigitsError, OSError) as e:
            text = f'could not save: {getattr(e, "strerror", None) or e}'
        say_in(self.note, text)

    def state(self):
        """What it shows: [(row label, what it reads the drawing as), ...], the command shown, the line under the table."""
        return ([(row.label, row.reads) for row in self.rows], self.command.get('1.0', 'end').strip(),
                self.label.cget('text'))


class StepView:
    """One step of learning on a drawing told its answer: the loss, each output's error, each hidden
    unit's share of the blame, and the reading before and after. Take the step and Undo the step
    ask the app (take, undo)."""

    def __init__(self, parent, screen, take, undo):
        px, self.screen = screen.px, screen
        self.frame = ttk.Frame(parent)
        self.title = tk.Label(self.frame, text='', anchor='w', font=HEADING, background=PAPER, foreground=INK)
        self.title.grid(row=0, column=0, columnspan=2, sticky='w', pady=(px(4), 0))
        self.loss_text = note_label(self.frame, screen, colour=INK, width=TAB - 4)
        self.loss_text.grid(row=1, column=0, columnspan=2, sticky='w')
        self.chart = tk.Canvas(self.frame, width=px(TAB - 4), height=px(62), background=PAPER, highlightthickness=0)
        self.chart.grid(row=2, column=0, columnspan=2, sticky='w')
        self.blame_text = note_label(self.frame, screen, width=TAB - 4, lines=3)
        self.blame_text.grid(row=3, column=0, columnspan=2, sticky='w')
        self.after_text = note_label(self.frame, screen, colour=INK, width=TAB - 4, lines=2)
        self.after_text.grid(row=4, column=0, columnspan=2, sticky='w')
        self.take_button = ttk.Button(self.frame, text='Take the step', command=take)
        self.take_button.grid(row=5, column=0, sticky='w', pady=(px(4), 0))
        self.undo_button = ttk.Button(self.frame, text='Undo the step', command=undo)
        self.undo_button.grid(row=5, column=1, sticky='w', padx=(px(6), 0), pady=(px(4), 0))
        self.note = note_label(self.frame, screen, width=TAB - 4, lines=4)
        self.note.grid(row=6, column=0, columnspan=2, sticky='w', pady=(px(4), 0))
        say_in(self.note, f'p: the softmax of the scores, without the temperature. One plain gradient step on this '
                          f'drawing, rate {STEP_RATE}; training takes many, on batches of 256, with Adam. Not saved: '
                          'Save as or Use as default (Runs) keeps a network.')

    def show(self, told, unit, taken, steady):
        """The step told (None: an invitation), the blame of `unit` too (None: none chosen), how
        many steps the network in use has taken, and whether it can step (steady)."""
        if unchanged(self, told, unit, taken, steady):
            return
        px, c = self.screen.px, self.chart
        c.delete('all')
        taken_said = f'{taken} step{"s" * (taken != 1)} taken' if taken else ''
        self.take_button.configure(state='normal' if told is not None and steady else 'disabled')
        self.undo_button.configure(state='normal' if taken and steady else 'disabled')
        if told is None:
            self.title.configure(text='One step of learning')
            for label in (self.loss_text, self.blame_text):
                label.configure(text='')
            say_in(self.after_text, taken_said and f'The network in use: {taken_said}.')
            c.create_text(0, 0, anchor='nw', width=px(TAB - 10), fill=MUTED, font=BODY,
                          text='Draw a digit and tell it the answer: press its key, or click its bar. Here you '
                               'see how one step of learning on your drawing changes the network.')
            return
        s, d = told.step, told.digit
        b = s.backprop
        self.title.configure(text=f'One step towards {d}')
        say_in(self.loss_text, f'loss = -log p({d}) = -log {share(float(b.probabilities[0, d]))} = {b.loss:.3g}')
        c.create_text(px(2), px(5), text=f'output errors: p - (1 at {d})', anchor='w', fill=MUTED, font=SMALL)
        bar_chart(c, b.output_errors[0], px(2), px(12), px(128), px(38), largest=1)
        blame = ('A unit\'s blame: its outgoing weights x these errors, summed, if it fired. Beside each unit '
                 'below: its blame, the change to its weights, and to its votes.')
        if unit is not None and unit < b.hidden.shape[1]:
            products = told.read.network.w2[unit] * b.output_errors[0]         # (10,): they sum to its blame
            c.create_text(px(146), px(5), text=f'#{unit}: weights x errors', anchor='w', fill=MUTED, font=SMALL)
            bar_chart(c, products, px(146), px(12), px(128), px(38))
            blame = (f'Blame of #{unit} = weights x errors, summed: {products.sum():+.2g}'
                     + (' (it fired).' if b.hidden[0, unit] > 0 else ', but it did not fire: none.')
                     + f' Its weights change by -{s.rate} x blame x each pixel: beside it, below.')
        say_in(self.blame_text, blame)
        say_in(self.after_text, f'After the step: {step_after(s, points=True)}' + (taken_said and f'; {taken_said}'))

    def state(self):
        """What it shows: its title, the loss, the blame and the line after the step."""
        return tuple(label.cget('text') for label in (self.title, self.loss_text, self.blame_text, self.after_text))


class DrawingsView:
    """Your drawings, in a window of their own: a row of thumbnails for each digit, as they were
    saved when you told the window their digit. Click one (or several) and Remove deletes it, so
    that a drawing told the wrong digit is not learnt from. removed() tells the app."""

    def __init__(self, root, screen, folder, removed):
        px, self.screen, self.folder, self.removed = screen.px, screen, folder, removed
        self.window = tk.Toplevel(root)
        self.window.title('digits: your drawings')
        self.window.configure(background=PAPER)
        self.chosen, self.photos = set(), []
        top = ttk.Frame(self.window, padding=px(8))
        top.pack(side='top', fill='x')
        self.label = note_label(top, screen, width=420)
        self.label.pack(side='left')
        ttk.Button(top, text='Remove', command=self.remove).pack(side='right')
        self.canvas = tk.Canvas(self.window, width=px(560), height=px(420), background=PAPER, highlightthickness=0)
        scroll = ttk.Scrollbar(self.window, orient='vertical', command=self.canvas.yview)
        self.canvas.configure(yscrollcommand=scroll.set)
        scroll.pack(side='right', fill='y')
        self.canvas.pack(side='left', fill='both', expand=True)
        self.canvas.bind('<ButtonPress-1>', self.click)
        self.window.bind('<Delete>', lambda e: self.remove())
        self.window.bind('<BackSpace>', lambda e: self.remove())
        self.window.bind('<Escape>', lambda e: self.window.destroy())
        self.show()

    def show(self):
        """Every drawing, a row a digit, the chosen ones framed."""
        c, px, thumb = self.canvas, self.screen.px, self.screen.px(48)
        c.delete('all')
        self.photos, self.places = [], {}
        found = my_drawings(self.folder)
        self.chosen &= {p for paths in found.values() for p in paths}
        per_line, y = max(1, (int(c.cget('width')) - px(40)) // (thumb + px(6))), px(6)
        for digit, paths in found.items():
            tall = thumb if paths else px(24)
            c.create_text(px(8), y + tall / 2, text=str(digit), anchor='w', fill=INK, font=('TkDefaultFont', 14, 'bold'))
            if not paths:
                c.create_text(px(40), y + tall / 2, text='none', anchor='w', fill=MUTED, font=SMALL)
            for k, path in enumerate(paths):
                x, top = px(40) + (k % per_line) * (thumb + px(6)), y + (k // per_line) * (thumb + px(6))
                try:
                    with Image.open(path) as picture:
                        picture = picture.convert('L')
                        box = Image.eval(picture, lambda v: 255 - v).getbbox()     # the ink, with a margin
                        if box:
                            margin = max(box[2] - box[0], box[3] - box[1]) // 8
                            picture = picture.crop((box[0] - margin, box[1] - margin, box[2] + margin,
                                                    box[3] + margin))
                        picture.thumbnail((thumb, thumb))
                except (OSError, ValueError):
                    picture = Image.new('L', (thumb, thumb), 200)
                self.photos.append(tk_image(np.asarray(picture), 1))
                c.create_rectangle(x - 1, top - 1, x + thumb + 1, top + thumb + 1, width=px(3) if path in self.chosen
                                   else 1, outline=ACCENT if path in self.chosen else FADED)
                c.create_image(x + thumb / 2, top + thumb / 2, image=self.photos[-1])
                self.places[(x, top)] = path
            y += (-(-len(paths) // per_line) * (thumb + px(6)) if paths else tall) + px(6)
        c.configure(scrollregion=(0, 0, int(c.cget('width')), y))
        total = sum(len(paths) for paths in found.values())
        say_in(self.label, f'{total} drawings of yours in {path_said(self.folder)}. Click those told the wrong digit, '
                           'then Remove.' if total else f'No drawings of yours in {path_said(self.folder)} yet.')

    def click(self, event):
        thumb, x, y = self.screen.px(48), self.canvas.canvasx(event.x), self.canvas.canvasy(event.y)
        for (left, top), path in self.places.items():
            if left <= x <= left + thumb and top <= y <= top + thumb:
                self.chosen ^= {path}
                self.show()
                return

    def remove(self):
        """Delete the chosen drawings."""
        for path in sorted(self.chosen):
            remove_drawing(self.folder, path)
        if self.chosen:
            self.chosen = set()
            self.show()
            self.removed()


class Scrolled:
    """The window's content in a frame (body) that the window scrolls when it is smaller than the
    content, and stretches when it is larger: nothing is ever out of reach."""

    def __init__(self, root):
        self.root = root
        self.canvas = tk.Canvas(root, highlightthickness=0, background=PAPER)
        self.bars = {'x': ttk.Scrollbar(root, orient='horizontal', command=self.canvas.xview),
                     'y': ttk.Scrollbar(root, orient='vertical', command=self.canvas.yview)}
        self.canvas.configure(xscrollcommand=self.bars['x'].set, yscrollcommand=self.bars['y'].set)
        self.canvas.grid(row=0, column=0, sticky='nsew')
        root.rowconfigure(0, weight=1)
        root.columnconfigure(0, weight=1)
        self.body = ttk.Frame(self.canvas)
        self.inside = self.canvas.create_window(0, 0, window=self.body, anchor='nw')
        self.fitted = self.placed = None
        self.body.bind('<Configure>', lambda e: self.fit())
        root.bind('<Configure>', lambda e: e.widget is root and self.fit(), add='+')
        for wheel in ('<MouseWheel>', '<Button-4>', '<Button-5>'):
            root.bind(wheel, self.wheel, add='+')

    def fit(self):
        """The body stretched to the window, or scrolled in it, with a bar where it does not fit."""
        need = self.body.winfo_reqwidth(), self.body.winfo_reqheight()
        have = [self.root.winfo_width(), self.root.winfo_height()]
        if self.placed == tuple(have) and (need[0] > have[0] or need[1] > have[1]):
            self.place()                         # a window nobody resized follows its content, as far as the screen allows
            return
        bar = {k: self.bars[k].winfo_reqheight() if k == 'x' else self.bars[k].winfo_reqwidth() for k in self.bars}
        scroll = {'x': need[0] > have[0], 'y': need[1] > have[1]}
        scroll['x'] = scroll['x'] or (scroll['y'] and need[0] > have[0] - bar['y'])
        scroll['y'] = scroll['y'] or (scroll['x'] and need[1] > have[1] - bar['x'])
        have = [have[0] - bar['y'] * scroll['y'], have[1] - bar['x'] * scroll['x']]
        size = max(need[0], have[0]), max(need[1], have[1])
        if (size, scroll) == self.fitted:
            return
        self.fitted = size, scroll
        self.canvas.itemconfigure(self.inside, width=size[0], height=size[1])
        self.canvas.configure(scrollregion=(0, 0, *size))
        for k, (row, column, sticky) in (('x', (1, 0, 'we')), ('y', (0, 1, 'ns'))):
            if scroll[k]:
                self.bars[k].grid(row=row, column=column, sticky=sticky)
            else:
                self.bars[k].grid_remove()

    def wheel(self, event):
        """The mouse wheel scrolls the window, where it is scrolled and the pointer is not over a list."""
        kind = event.widget.winfo_class() if hasattr(event.widget, 'winfo_class') else ''
        if self.fitted and self.fitted[1]['y'] and kind not in ('Treeview', 'Text'):
            self.canvas.yview_scroll(-1 if event.num == 4 or event.delta > 0 else 1, 'units')

    def place(self):
        """The window's size: all of its content, or as much as the screen holds (it then scrolls)."""
        self.root.update_idletasks()
        margin = self.root.winfo_fpixels('1i') / 96                # a title bar and a task bar, at this dpi
        width = min(self.body.winfo_reqwidth(), self.root.winfo_screenwidth() - int(20 * margin))
        height = min(self.body.winfo_reqheight(), self.root.winfo_screenheight() - int(70 * margin))
        if (width, height) != self.placed:
            self.placed = width, height
            self.root.geometry(f'{width}x{height}')
            self.root.minsize(int(320 * margin), int(240 * margin))


def window_style(root, screen):
    """The window's look: white, quiet labels, controls sized for the screen."""
    px = screen.px
    root.configure(background=PAPER)
    style = ttk.Style(root)
    for kind in ('TFrame', 'TNotebook'):
        style.configure(kind, background=PAPER)
    style.configure('TLabel', background=PAPER, foreground=MUTED)
    style.configure('TNotebook', borderwidth=0, tabmargins=0)
    style.configure('TCombobox', arrowsize=px(12))
    style.configure('TCheckbutton', background=PAPER, foreground=INK, indicatorsize=px(10),
                    indicatordiameter=px(10), font=SMALL)
    style.map('TCheckbutton', indicatorcolor=[('disabled', '#dcdce0'), ('selected', ACCENT), ('!selected', PAPER)])
    style.configure('Treeview', rowheight=px(18), font=SMALL, background=PAPER, fieldbackground=PAPER)
    style.configure('Treeview.Heading', font=SMALL)
    style.map('Treeview', background=[('selected', '#dde7fb')], foreground=[('selected', INK)])


class Teaching:
    """The window's side of teaching and learning: your drawings (saved when told, counted, looked
    at), the work Learn now does in its thread (from the network in use as it is), what a job's
    start, its weights of the moment and its end change in the session (Session.begin, moment,
    ended, learnt), and a row's network kept in a file. It acts on the app's session, then has the
    app show it and say what happened."""

    def __init__(self, app):
        self.app, self.session, self.lab, self.mine = app, app.session, app.lab, app.mine
        self.counts = {}                        # your drawings, {digit: how many}
        self.recount()

    def tell(self, digit):
        """You say the drawing (of a number, the digit pointed at) is `digit`: one step of learning
        on it is worked out and shown, and the drawing is saved to learn from. It stays in view
        with its reading, for the step to be about it; the next pen-down starts a fresh one."""
        s, app = self.session, self.app
        if not app.drawing.inked() or app.reading is None:
            app.say('draw a digit first, then press its key (or click its bar)')
            return
        number = len(digit_places(app.writing)) > 1            # of a number, the digit pointed at is kept
        s.tell(digit, app.reading.form)                         # if this raises, nothing is saved
        app.tabs.select(app.step_view.frame)
        if self.mine is None:
            app.say(f'one step of learning towards {digit} shown; take it, or undo it, on the right', True)
            return
        if s.saved is not None:
            app.say(f'this drawing is saved as {s.saved}; one step towards {digit} is shown. Draw on to start '
                     'the next one', True)
            return
        try:
            count = self.save(app.drawing.part(app.reading.columns if number else None), digit)
        except OSError as e:
            app.say(f'could not save the drawing: {e.strerror or e}', True)
            return
        if not number:
            s.saved = digit
        app.say(f'saved {"the digit pointed at " if number else ""}as {digit}: {count} drawing{"s" * (count != 1)} '
                 'of yours; Learn now learns from them', True)

    def save(self, image, digit):
        """Save a drawing told `digit` -> how many drawings of yours there are now."""
        count = save_drawing(image, digit, self.mine)
        self.recount()
        return count

    def recount(self):
        """How many drawings of yours there are of each digit (none without a folder for them)."""
        self.counts = {d: len(paths) for d, paths in my_drawings(self.mine).items()} if self.mine else {}

    def see_drawings(self):
        """Your drawings, in a window of their own, where a wrongly told one can be removed."""
        DrawingsView(self.app.root, self.app.screen, self.mine, removed=lambda: self.app.act(self.recount))

    def learner(self):
        """Learn now: work for the Worker's thread, from the network in use as it is now."""
        row, lab = self.session.row, self.lab
        read = row.read
        return lambda report, say, stop: (lab.learn(read.network, read.judge, row.meta, stop, say), row)

    def keep(self, k, path):
        """Write row k's network as it is (steps taken included) to path, or as the default weights."""
        row = self.session.rows[k]
        run = Run(None, row.read.network, row.read.judge, {}, '', row.meta)
        self.lab.keep(run, path)
        if path is None:
            for other in self.session.rows:
                other.default = other is row
        self.app.show()

    def begin(self, kind, colour):
        """A job starts: a run gets its row at once."""
        if kind == 'train':
            self.session.begin(colour)
        self.app.show()

    def moment(self, arrays):
        """The weights of the moment of the run learning."""
        if self.session.learning is not None:
            self.session.moment(NetworkReader(Network(*arrays), self.lab.moment()))
            self.app.show()

    def end(self, kind, outcome, result):
        """A run or Learn now ended -> what to say of it. A network made gets a row (Session)."""
        read = lambda run: NetworkReader(run.network, run.judge) if run.network is not None else None
        if kind == 'train':
            run, text = result if outcome == 'done' else (Run(None, None, None, {}, f'failed: {result}', {}),
                                                          f'could not learn: {result}')
            self.session.ended(run, read(run))
        elif outcome == 'failed' or result[0] is None:
            text = f'could not learn: {result}' if outcome == 'failed' else 'stopped: nothing learnt'
        else:
            (run, text), origin = result
            self.session.learnt(run, read(run), origin)
        self.app.say(text)
        return text


def error_details(kind, value, trace):
    """An exception that a callback raised -> (its traceback, which goes to stderr and to the end
    of ERROR_LOG, for a bug report; a line that says what went wrong and where the details are)."""
    import traceback
    details = ''.join(traceback.format_exception(kind, value, trace))
    print(details, file=sys.stderr, end='')
    try:
        with open(ERROR_LOG, 'a', encoding='utf-8') as log:
            log.write(f'digits {VERSION}, {time.strftime("%Y-%m-%d %H:%M:%S")}\n{details}\n')
        where = f' (details in {ERROR_LOG})'
    except OSError:
        where = ''
    return details, f'something went wrong: {kind.__name__}: {value}{where}'


def digit_places(writing):
    """The places in a Writing (or None) of its digits, not its marks."""
    return [k for k, r in enumerate(writing.readings) if r.verdict.kind != MARK_KIND] if writing else []


def nearest_digit(writing, x):
    """The place of the digit of a Writing nearest column x of the drawing, or None."""
    places = digit_places(writing)
    if x is None or not places:
        return None
    return min(places, key=lambda k: max(writing.readings[k].columns[0] - x, x - writing.readings[k].columns[1], 0))


# The window's layout:
#
#   drawing canvas (grows with the window) | the verdict, the input, the evidence | [Learning |
#   Clear, Undo                            | a number's digits, one by one        |  Runs |
#   one unit's arithmetic                  | the ten bars: probability and score  |  One step]
#   the hidden units: weights, value, vote for the answer (and beside each, one step's change)
#   status line

def lay_out(app, defaults):
    """Build the window's views for app (a DrawingApp) and place them."""
    screen, px = app.screen, app.screen.px
    window_style(app.root, screen)
    app.scrolled = Scrolled(app.root)
    body = app.scrolled.body
    body.configure(padding=(px(14), px(10)))
    body.columnconfigure(0, weight=1)
    body.rowconfigure(0, weight=1)
    columns = [ttk.Frame(body) for _ in range(3)]
    for column, frame in enumerate(columns):
        frame.grid(row=0, column=column, sticky='nsew', padx=(px(18) if column else 0, 0))
    columns[0].rowconfigure(0, weight=1)
    columns[0].columnconfigure(0, weight=1)
    columns[2].rowconfigure(0, weight=1)
    app.drawing = DrawingView(columns[0], screen, pen_down=app.pen_down, inked=app.inked, settled=app.refresh,
                               pointing=lambda x: app.point_at(nearest_digit(app.writing, x)))
    app.unit = UnitView(columns[0], screen)
    app.verdict = VerdictView(columns[1], screen, point=app.point_at)
    app.bars = BarsView(columns[1], screen, tell=app.teaching.tell)
    app.tabs = ttk.Notebook(columns[2])
    lab, jobs = app.lab, app.teaching
    actions = {'train': lab and lab.train, 'learn': lab and jobs.learner, 'see_drawings': app.mine and jobs.see_drawings,
               'begin': jobs.begin, 'moment': jobs.moment, 'end': jobs.end}
    app.learning = LearningView(app.tabs, screen, defaults, actions)
    app.runs = RunsView(app.tabs, screen, choose=app.choose, keep=lab and jobs.keep,
                         default_name=lab.default.name if lab else 'weights.npz')
    app.step_view = StepView(app.tabs, screen, take=lambda: app.act(app.session.take),
                         undo=lambda: app.act(app.session.undo))
    for view, name in ((app.learning, 'Learning'), (app.runs, 'Runs'), (app.step_view, 'One step')):
        view.frame.configure(padding=(px(4), px(2)))
        app.tabs.add(view.frame, text=name)
    app.tabs.bind('<<NotebookTabChanged>>', lambda e: app.show())
    app.units_view = UnitsView(body, screen, chose=app.choose_unit)
    app.drawing.frame.grid(row=0, column=0, sticky='nsew')
    app.unit.frame.grid(row=1, column=0, sticky='nw', pady=(px(8), 0))
    app.verdict.frame.grid(row=0, column=0, sticky='w')
    app.bars.frame.grid(row=1, column=0, sticky='w', pady=(px(6), 0))
    app.tabs.grid(row=0, column=0, sticky='nsew')
    app.units_view.frame.grid(row=1, column=0, columnspan=3, sticky='we', pady=(px(10), 0))
    app.status = ttk.Label(body, text='', anchor='w')
    app.status.grid(row=2, column=0, columnspan=3, sticky='we', pady=(px(8), 0))


class DrawingApp:
    """The drawing window: it keeps a Session and wires the views to it. read: the NetworkReader of
    the weights it opens with, named `opened`, with their metadata. mine: the folder your drawings
    are saved in when you tell their digit (None: none are saved). lab: what it learns with (see
    Lab; None: no Train, no Learn now, nothing saved). defaults: the Settings the form starts with;
    train_now: train at once (no weights yet). Sizes are given for a 96 dpi screen and grow with
    its dpi (Screen)."""

    def __init__(self, root, read, opened='start', meta=None, mine=None, lab=None, defaults=None, train_now=False):
        self.root, self.mine, self.lab = root, mine, lab
        self.screen = Screen(root)
        self.session = Session(Row('start', MUTED, read=read, name=opened, meta=meta))
        self.pending = None                     # a scheduled refresh while drawing
        self.writing = self.reading = self.pointed = None   # the drawing read, the digit pointed at and its place
        self.read_for = None                    # (version, read) the writing was read for
        self.message = None                     # (version or None, text): the status line's news
        self.errors = []                        # the details of every callback that raised
        self.teaching = Teaching(self)
        lay_out(self, defaults or default_settings())
        self.bind()
        root.protocol('WM_DELETE_WINDOW', self.close)
        self.root._root().report_callback_exception = self.report
        self.refresh()
        self.scrolled.place()
        if train_now:
            self.learning.start_training()

    def bind(self):
        """The window's keys, wherever the focus is but in a text field, where keys edit the field."""
        drawing = self.drawing
        for keys, do in ((('<Escape>', '<Delete>'), drawing.clear), (('<Control-z>', '<Control-Z>'), drawing.undo)):
            for key in keys:
                self.root.bind(key, lambda e, do=do: self.key(e, do))
        for d in range(CLASSES):
            for key in (f'<Key-{d}>', f'<KP_{d}>'):
                self.root.bind(key, lambda e, d=d: self.key(e, lambda: self.teaching.tell(d)))

    def key(self, event, do):
        widget = event.widget
        if isinstance(widget, str) or widget.winfo_class() in TEXT_FIELDS:
            if event.keysym == 'Escape' and not isinstance(widget, str):
                self.drawing.canvas.focus_set()                 # out of the field, nothing else
            return
        do()

    def report(self, kind, value, trace):
        """A callback raised: one line in the status, the details kept (self.errors, ERROR_LOG) for a
        bug report, and the window shown again from the session."""
        details, line = error_details(kind, value, trace)
        self.errors.append(details)
        self.message = (None, line)
        try:
            self.read_for = None
            self.refresh()
        except Exception:                       # the status at least says so
            self.status.configure(text=self.message[1])

    def say(self, text, about_drawing=False):
        """News for the status line; news about the drawing goes when the drawing changes."""
        self.message = (self.session.version if about_drawing else None, text)
        self.show()

    def act(self, change):
        """Change the session, then show it."""
        change()
        self.show()

    def inked(self, at_once):
        """The ink changed: a new version of the drawing, read now or a moment later."""
        self.session.changed()
        if at_once:
            self.refresh()
        elif self.pending is None:
            self.pending = self.root.after(REFRESH_MS, self.refresh)

    def pen_down(self):
        """A stroke begins: on a drawing saved whole, it begins a fresh one."""
        if self.session.saved is not None:
            self.drawing.clear()

    def refresh(self):
        """Read the drawing with the network in use, if either changed since; the digit pointed at
        is the one under the mouse, else the least sure; then show everything."""
        if self.pending is not None:
            self.root.after_cancel(self.pending)
            self.pending = None
        s = self.session
        if self.read_for != (s.version, s.read):
            self.read_for = (s.version, s.read)
            self.writing = s.read(self.drawing.part()) if self.drawing.inked() else None
            self.pointed = nearest_digit(self.writing, self.drawing.pointer_x)
            if self.writing is not None and self.pointed is None:
                self.pointed = min(digit_places(self.writing), key=lambda k: sureness(self.writing.readings[k].verdict))
        self.show()

    def show(self):
        """Every view, from the session and the writing read."""
        s, writing, pointed = self.session, self.writing, self.pointed
        if self.read_for != (s.version, s.read):          # the network in use or the drawing changed: read again
            self.refresh()
            return
        self.reading = writing.readings[pointed] if writing else None
        network = s.read.network
        if s.unit is not None and s.unit >= network.hidden_size:
            s.unit = None
        self.verdict.show(writing, pointed, self.drawing.inked())
        self.bars.show(self.reading)
        note = (f'saved as {s.saved}: the next stroke starts a fresh drawing' if s.saved is not None else KEYS)
        self.drawing.show(writing, pointed, note)
        self.units_view.show(network, self.reading, s.told.step if s.told else None)
        self.unit.show(s.unit, network, self.reading)
        self.step_view.show(s.told, s.unit, len(s.row.history), s.steady())
        if self.tabs.select() == str(self.runs.frame):         # each row reads the drawing only while in view
            for row in s.rows:
                row.reads = '' if row.read is None or writing is None else words(
                    writing.verdict if row.read is s.read else row.read.verdict(self.drawing.part()), 'short')
        self.runs.show(s.rows, s.chosen, s.learning)
        self.learning.show(self.teaching.counts)
        self.root.title(f'digits ({s.row.said()})')
        version, text = self.message or (None, '')
        if version is not None and version != s.version:
            self.message, text = None, ''
        self.status.configure(text=text or f'reading with {s.row.said()}')
        self.root.after_idle(self.scrolled.fit)                # the content may need more room now

    def point_at(self, k):
        """Show digit k of the writing inside (the input, evidence, bars, units)."""
        if k is not None and k in digit_places(self.writing) and k != self.pointed:
            self.pointed = k
            self.show()

    def choose_unit(self, unit):
        """A unit was clicked: its arithmetic, and its blame in the step shown."""
        self.session.unit = unit
        self.show()

    def choose(self, k):
        """Read with row k (the Runs table) -> whether it has a network to read with."""
        self.session.following = False          # a run learning is no longer followed
        if not self.session.choose(k):
            return False
        self.show()
        return True

    def close(self):
        """Closing stops any learning first, and waits for it: see Worker.wait."""
        self.root.withdraw()
        self.learning.wait()
        self.root.destroy()


def sharp_on_windows():
    """On Windows, tell it that this program draws at the screen's own scaling, as IDLE does (see
    cpython #119459): else Windows stretches the window's bitmap at 125-200%, blurred, and Tk
    reports 96 dpi, so the layout never grows. Before the first Tk window; where the call is
    missing (Windows 7, Wine) nothing happens. macOS: Tk draws for Retina itself, and nothing here
    sets Tk's scaling. Returns whether the call was made."""
    if sys.platform != 'win32':
        return False
    try:
        import ctypes
        ctypes.windll.shcore.SetProcessDpiAwareness(1)          # 1: aware of the system's scaling
        return True
    except (ImportError, AttributeError, OSError):
        return False


def run_window(read, **handed):
    """Open the drawing window and run until it is closed (display_problem() said there is one);
    handed: DrawingApp's settings."""
    sharp_on_windows()
    try:
        root = tk.Tk(className='digits')
    except tk.TclError as e:
        raise DigitsError(f'cannot open a window ({e}); use --predict FILE or --train') from None
    DrawingApp(root, read, **handed)
    root.mainloop()


# --------------------------------------------------------------------------------------------------
# Command line

class Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line ('digits: ...') rather than usage text and a message."""

    def error(self, message):
        self.exit(2, f'digits: {message} (see --help)\n')


def setting_type(name):
    """An argparse type for one of a run's settings, checked as the window checks it."""
    def parse(text):
        try:
            return check_setting(name, text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(f'must be {e}, not {text}' if name != 'learn_from' else str(e)) from None
    parse.__name__ = name.replace('_', '-')
    return parse


def digit_answer(text):
    if text.strip() not in [str(d) for d in range(CLASSES)]:
        raise argparse.ArgumentTypeError(f'must be a digit 0 to 9, not {text}')
    return int(text)


def writer_range(text):
    first, dash, last = text.partition('-')
    try:
        first, last = int(first), int(last if dash else first)
    except ValueError:
        raise argparse.ArgumentTypeError(f'must be writers A-B, such as 1-25, not {text}') from None
    if not 1 <= first <= last:
        raise argparse.ArgumentTypeError(f'must be writers A-B with 1 <= A <= B, not {text}')
    return first, last


def build_parser():
    """The command line's options, in groups: the actions, what goes with --predict and with --eval,
    training, files, and the maintainers' one. Every option's help says its default."""
    parser = Parser(prog='digits', description='Draw a digit and watch a NumPy neural network read it. With no '
                    'action, opens the drawing window (training first if there are no weights).',
                    epilog='Exit status: 0 done; 1 a file or folder could not be used (one line says which); '
                           '2 the command line is wrong; 130 interrupted.')
    parser.add_argument('paths', nargs='*', metavar='PATH', help='image files or folders: read them, as --predict does')
    actions = parser.add_argument_group('actions (one at most; none: the drawing window)')
    action = actions.add_mutually_exclusive_group()
    action.add_argument('--train', action='store_true',
                        help='train a fresh network on MNIST and the pen digits and save it, with its judge and '
                             'calibration, to weights.npz beside digits.py (or --weights FILE); the old file is '
                             'replaced whole only when training is done')
    action.add_argument('--eval', action='store_true',
                        help='test accuracy, confusion matrix, and how right, sure and honest the verdicts are '
                             'on MNIST test digits, on stand-ins for real drawings and scans, and on non-digits')
    action.add_argument('--predict', nargs='+', metavar='PATH',
                        help='read image files or folders of images; prints "PATH: 7 (97.3%%)", '
                             '"PATH: 7 (54.1%% or 1 38.0%%)" when unsure, "PATH: not a digit" or "PATH: no digit"')
    action.add_argument('--version', action='store_true',
                        help='print the version of digits.py and of the reading its weights are made for')
    add_action_options(parser)
    add_training_options(parser)
    add_file_options(parser)
    maintainers = parser.add_argument_group('for maintainers')
    maintainers.add_argument('--embed', action='store_true',
                             help='copy the weights file (weights.npz, or --weights FILE) into digits.py itself')
    return parser


def add_action_options(parser):
    with_predict = parser.add_argument_group('with --predict')
    with_predict.add_argument('--explain', type=Path, metavar='FILE.png',
                              help='also save a picture of why (one image only): the evidence for the answer and '
                                   'the runner-up, and each unit\'s vote')
    with_predict.add_argument('--answer', type=digit_answer, metavar='D',
                              help='with --explain: you say the image is digit D; the picture adds one step of '
                                   'learning towards it, and a line says what it changes')
    with_eval = parser.add_argument_group('with --eval')
    with_eval.add_argument('--errors', type=Path, metavar='FILE.png', help='also save a picture of the misread test digits')
    with_eval.add_argument('--reliability', type=Path, metavar='FILE.png',
                           help='also save a reliability diagram (how often each confidence was right)')
    with_eval.add_argument('--markdown', action='store_true', help='print the figures as Markdown tables')


def add_training_options(parser):
    training = parser.add_argument_group('training (with --train; the window\'s Train starts from them too)')
    small, wide = SMALL_RECIPE, WIDE_RECIPE
    training.add_argument('--hidden', type=setting_type('hidden'), default=DEFAULT_HIDDEN, metavar='N',
                          help=f'hidden units, 1 to {LIMITS["hidden"][1]} (default {DEFAULT_HIDDEN})')
    training.add_argument('--optimizer', choices=list(OPTIMIZERS), default='adam',
                          help='adam (default), or gd: plain gradient descent, a fixed share of the gradient '
                               'each step, no momentum')
    training.add_argument('--epochs', type=setting_type('epochs'), metavar='N',
                          help=f'passes over the training images (default {small["epochs"]}; '
                               f'{wide["epochs"]} for more than {WIDE} hidden units)')
    training.add_argument('--lr', type=setting_type('lr'), metavar='X',
                          help=f'learning rate; Adam\'s falls to 0 as it goes (default {small["lr"]}, gd '
                               f'{small["gd_lr"]}; {wide["lr"]} and {wide["gd_lr"]} for more than {WIDE} hidden units)')
    training.add_argument('--augment', action=argparse.BooleanOptionalAction,
                          help='train on images varied anew each epoch (a quarter of them: slanted, resized, '
                               f'stretched) (default: only for more than {WIDE} hidden units)')
    training.add_argument('--batch-size', type=setting_type('batch'), metavar='N',
                          help=f'images per gradient step; more than there are: the whole set (default '
                               f'{small["batch"]})')
    training.add_argument('--learn-from', type=setting_type('learn_from'), metavar='SETS',
                          help='what the reader learns from: any of ' + ','.join(LEARN_FROM)
                               + ', with mnist or pen (default: all of them; mine: your drawings, see --mine)')
    training.add_argument('--pen-writers', type=writer_range, metavar='A-B',
                          help='learn only from pen writers A to B (say 1-25), to measure on the others '
                               '(default: all 30)')
    training.add_argument('--judge', action='store_true',
                          help='also learn anew the judge that tells digits from non-digits (about half a minute); '
                               'otherwise --train keeps the one it has')
    training.add_argument('--seed', type=setting_type('seed'), default=DEFAULT_SEED, metavar='N',
                          help=f'random seed, 0 or more; the same seed gives the same weights (default {DEFAULT_SEED})')


def add_file_options(parser):
    files = parser.add_argument_group('files')
    files.add_argument('--weights', type=Path, metavar='FILE',
                       help='the weights to read with, or that --train writes (default: weights.npz beside '
                            'digits.py, else the copy inside it)')
    files.add_argument('--data', type=Path, metavar='DIR', default=DATA_DIR,
                       help='folder of the four MNIST .gz files (default: mnist/ beside digits.py)')
    files.add_argument('--mine', type=Path, metavar='DIR', default=MINE_DIR,
                       help='your drawings, DIR/<digit>/*.png: the window saves them there, --train learns from '
                            'them, --eval reads them (default: my_digits/ beside digits.py)')
    files.add_argument('--pen-data', type=Path, metavar='DIR', default=PEN_DIR,
                       help=f'folder of {PEN_FILE}, pen digits of 30 writers that --train learns from beside '
                            'MNIST (default: pendigits/ beside digits.py; without it, MNIST alone)')
    files.add_argument('--non-digit-data', type=Path, metavar='DIR', default=NON_DIGIT_DIR,
                       help='folder of the real non-digits (characters, doodles, symbols, letters) that '
                            '--train --judge learns "not a digit" from and --eval measures with (default: '
                            'nondigits/ beside digits.py; without it, letters and symbols drawn in code alone)')


# Which options each action uses: any other option given is refused, in one line.
READING_FILES = {'weights', 'data', 'mine', 'pen_data'}
SETTINGS = {'hidden', 'optimizer', 'lr', 'epochs', 'batch_size', 'augment', 'learn_from', 'pen_writers', 'seed'}
USES = {'train': READING_FILES | SETTINGS | {'non_digit_data', 'judge'},
        'eval': READING_FILES | {'non_digit_data', 'errors', 'reliability', 'markdown'},
        'predict': {'weights', 'explain', 'answer', 'paths'},
        'window': READING_FILES | SETTINGS, 'embed': {'weights'}, 'version': set()}
ACTION_NAMES = {'train': '--train', 'eval': '--eval', 'predict': '--predict', 'window': 'the window (no action)',
                'embed': '--embed', 'version': '--version'}


class UsageError(DigitsError):
    """A command line that cannot be carried out: one line, exit status 2."""


def parse(parser, argv):
    """argv parsed -> (args, the options it gives, whatever their values: their dest names). argparse
    leaves alone an attribute the namespace already has unless argv gives the option; the others
    then take their defaults (none of which is a string to convert)."""
    unset = object()
    args = parser.parse_args(argv, argparse.Namespace(**{a.dest: unset for a in parser._actions}))
    given = {name for name, value in vars(args).items() if value is not unset}
    for action in parser._actions:
        if getattr(args, action.dest) is unset:
            setattr(args, action.dest, action.default)
    return args, given - {'paths'}                      # always set, empty or not: see chosen_action


def chosen_action(parser, args, given):
    """The action argv asks for, checked against the options it gives -> its name. A path alone
    is read as with --predict; an option the action does not use is refused (parser.error)."""
    if args.paths and (args.predict is not None or not any(getattr(args, k) for k in ('train', 'eval', 'embed', 'version'))):
        args.predict = (args.predict or []) + args.paths
    asked = [k for k in ('train', 'eval', 'predict', 'embed', 'version') if getattr(args, k)]
    if len(asked) > 1:
        parser.error(f'{ACTION_NAMES[asked[0]]} and {ACTION_NAMES[asked[1]]} are two actions: give one')
    chosen = asked[0] if asked else 'window'
    if args.paths and chosen != 'predict':
        parser.error(f'a path alone is read as with --predict; it does nothing with {ACTION_NAMES[chosen]}')
    for option in sorted(given - USES[chosen] - {chosen}, key=lambda k: k != 'answer'):
        flag = '--' + option.replace('_', '-')
        users = [ACTION_NAMES[k] for k, uses in USES.items() if option in uses]
        parser.error(f'{flag} goes with {" or ".join(users)}, not {ACTION_NAMES[chosen]}')
    if chosen == 'predict' and 'answer' in given and 'explain' not in given:
        parser.error('--answer goes with --predict IMAGE --explain FILE.png')
    if chosen == 'train' and 'non_digit_data' in given and not args.judge:
        parser.error('--non-digit-data goes with --train --judge (or --eval): --train alone keeps its judge')
    return chosen


def check_paths(args, given, chosen):
    """Before any work: every folder named on the command line exists (your drawings' may be made
    by the window), and every picture to write can be written -> DigitsError if not."""
    for option, what in (('data', 'MNIST data'), ('pen_data', 'pen digits'), ('non_digit_data', 'real non-digits'),
                         ('mine', 'drawings of yours')):          # worded as the loaders word it
        folder = getattr(args, option)
        if option in given and not folder.is_dir() and not (option == 'mine' and chosen == 'window'):
            raise DigitsError(f'no {what}: looked for the folder {folder}')
    for option in ('explain', 'errors', 'reliability'):
        path = getattr(args, option)
        if path is not None:
            if not Path(path).parent.is_dir():
                raise DigitsError(f'cannot write {path}: no folder {Path(path).parent}')
            if Path(path).suffix.lower() not in Image.registered_extensions():
                raise DigitsError(f'{path}: unknown picture format (use .png)')


def settings_from(args):
    """The command line's settings: --hidden, --optimizer, --lr, ... over the recipe's defaults."""
    s = default_settings(args.hidden, args.optimizer, args.seed)
    return s._replace(lr=args.lr or s.lr, epochs=args.epochs or s.epochs, batch=args.batch_size or s.batch,
                      augment=s.augment if args.augment is None else args.augment,
                      learn_from=args.learn_from or frozenset(LEARN_FROM))


def sources_from(args):
    """The command line's Sources: --data, --pen-data, --pen-writers, --non-digit-data, --mine and --weights."""
    return Sources(args.data, args.pen_data, args.pen_writers, args.non_digit_data, args.mine, args.weights)


def command_train(args):
    """--train: fit a fresh network on MNIST's training images and save it."""
    print(learn_weights(settings_from(args), sources_from(args), progress_printer(), new_judge=args.judge)[2])


def command_eval(args):
    """--eval: the verdicts on the MNIST test set read as image files, on stand-ins for real
    drawings and scans made from test digits, and on letters and symbols drawn in code and the
    real non-digits held out."""
    reader, judge, meta, name = load_weights(args.weights)
    images, labels = load_mnist(args.data, 'test')
    labels = labels.astype(np.intp)
    rng = np.random.default_rng(0)
    paragraph(f'weights: {name} (reader 784-{reader.hidden_size}-10, judge {judge.network.w1.shape[0]}-'
              f'{judge.network.hidden_size}-2, temperature {judge.temperature:.2f})', args.markdown)
    results = evaluate_digits(reader, judge, images, labels, rng, args.errors, args.markdown)
    pens = held_out_pens(args.pen_data, meta)
    if isinstance(pens, str):
        paragraph(pens, args.markdown)
    elif pens is not None:
        pictures = canvas_drawings(pens.strokes, rng)
        results['pen, held out'] = verdict_figures([v for v, _ in read_pictures(reader, judge, pictures)[1]], pens.labels)
    print_verdict_table(results, judge, args.markdown, pens if isinstance(pens, PenDigits) else None)
    evaluate_non_digits(reader, judge, args.non_digit_data, rng, int(meta.get('real_non_digits', 0)), args.markdown)
    evaluate_in_the_wild(reader, judge, images, labels, rng, args.markdown)
    if args.reliability:
        others = [v['pairs'] for k, v in results.items() if k != 'MNIST test']
        curves = {'MNIST test': results['MNIST test']['pairs'],
                  f'the {len(others)} other sets': tuple(np.concatenate(parts) for parts in zip(*others))}
        save_picture(reliability_picture(curves), args.reliability)
        print(f'reliability diagram in {args.reliability}')
    mine = load_mine(sources_from(args).mine)
    if mine:
        print(f'your drawings: {accuracy(reader, *mine):.2%} of {len(mine[0])} in {args.mine} '
              '(training data when --train used them: not a fair test)')


def command_predict(args):
    """--predict: one line per image, 'PATH: ' and the verdict (see words()).

    A file that cannot be read is named on stderr and the others are still read; the exit code
    is then 1."""
    reader, judge, _, _ = load_weights(args.weights)
    paths = image_files(args.predict)
    if args.explain and len(paths) != 1:
        raise UsageError(f'--explain explains one image; --predict was given {len(paths)}')
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
        readings = read_pictures(reader, judge, [image for _, image in opened])[1]
        for k, (path, _) in enumerate(opened):
            print(f'{path}: {words(readings[k][0])}')
    if args.explain and opened:
        verdict, pieces = readings[0]
        if not pieces:
            raise DigitsError(f'nothing to explain: {opened[0][0]} holds no digit')
        piece = min((p for p in pieces if p.verdict.kind != MARK_KIND), key=lambda p: sureness(p.verdict))
        step = None
        if args.answer is not None:
            if len(pieces) > 1:
                raise DigitsError(f'--answer tells one digit, and {opened[0][0]} reads as a number '
                                  f'({words(verdict)}): give it one digit')
            if verdict.kind == REFUSED_KIND:
                raise DigitsError(f'--answer tells a digit, and {opened[0][0]} reads as "not a digit": '
                                  'give it a picture of one digit')
            step = one_step(reader, piece.input, args.answer, STEP_RATE)
        form = piece.input.reshape(IMAGE_SIDE, IMAGE_SIDE)
        save_picture(explanation_picture(form, explain(reader, piece.input), piece.verdict, judge.temperature,
                                         step, reader), args.explain)
        if step is not None:
            print(step_said(step))
        print(f'explanation in {args.explain}' + (f' (of the number\'s least sure digit, {piece.verdict.digit})'
                                                  if len(pieces) > 1 else ''))
    return 1 if failed else 0


def command_window(args):
    """No action: the drawing window. With no weights yet it opens at once and trains in it."""
    problem = display_problem()
    if problem:                                  # say so before any training, not after
        raise DigitsError(f'{problem}; use --predict FILE or --train')
    first = args.weights is None and not WEIGHTS_PATH.exists() and args.data.is_dir()
    reader, judge, meta, name = load_weights(args.weights)
    lab = Lab(sources_from(args), settings_from(args), first=WEIGHTS_PATH if first else None) if args.data.is_dir() else None
    run_window(NetworkReader(reader, judge), opened=name, meta=meta, mine=args.mine, lab=lab,
               defaults=settings_from(args), train_now=first)


def command_version(args):
    """--version: this program's version, the reading it makes, and the one the weights it finds were made for."""
    print(f'digits {VERSION}')
    print(f'reading: {READING_VERSION}')
    for path, name in ((WEIGHTS_PATH, WEIGHTS_PATH.name), (None, 'the weights inside digits.py')):
        if path is None or path.exists():
            try:
                arrays = read_arrays(path) if path else unpack_weights(EMBEDDED_WEIGHTS)
                reading = str(arrays['reading']) if 'reading' in arrays else 'none said'
            except DigitsError as e:
                reading = f'cannot be read ({e})'
            print(f'{name}: made for {reading}' + (' (the same)' if reading == READING_VERSION else ' (retrain with --train)'
                                                   if not reading.startswith('cannot') else ''))
            return


def command_embed(args):
    """--embed: rewrite the weights block at the end of this file from the weights file."""
    path = args.weights or WEIGHTS_PATH
    reader, judge, meta, _ = load_weights(path)
    source = Path(__file__).resolve()
    text = source.read_text(encoding='utf-8')
    marker = 'EMBEDDED_WEIGHTS = ' + '"' * 3        # spelt so that this line never matches itself
    begin = text.index(marker) + len(marker)
    end = text.index('"""', begin)
    kept = {'reading': np.array(READING_VERSION), **reader.arrays(), **judge_arrays(judge), **meta}
    updated = text[:begin] + pack_weights(kept) + text[end:]
    fd, temporary = tempfile.mkstemp(prefix='.digits-', suffix='.py', dir=source.parent)
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        f.write(updated)
    os.chmod(temporary, source.stat().st_mode)
    os.replace(temporary, source)
    print(f'copied {path} (reader 784-{reader.hidden_size}-10 and its judge) into {source.name}')


def main(argv=None):
    """Run the command line; returns the exit code. Expected errors become one line on stderr."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    args, given = parse(parser, argv)
    chosen = chosen_action(parser, args, given)
    commands = {'train': command_train, 'eval': command_eval, 'predict': command_predict, 'embed': command_embed,
                'version': command_version, 'window': command_window}
    try:
        check_paths(args, given, chosen)
        return commands[chosen](args) or 0
    except DigitsError as e:
        if chosen == 'train' and sys.stdout.isatty():
            print()                        # end the progress bar's line
        print(f'digits: {e}' + (' (see --help)' if isinstance(e, UsageError) else ''), file=sys.stderr)
        return 2 if isinstance(e, UsageError) else 1
    except KeyboardInterrupt:
        if sys.stdout.isatty():
            print()                        # end the progress bar's line
        kept = 'weights left as they were' if chosen == 'train' else 'stopped'
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


EMBEDDED_WEIGHTS = """
UEsDBC0AAAAIAAAAIQCD8QZ7//////////8LABQAcmVhZGluZy5ucHkBABAALAEAAAAAAACLAAAAAAAAAJvsF+obEMnIUMZQ
rZ6SWpxcpG6loG4TamKsrqOgnpZfVFKUmBefX5SSCpJwS8wpTgWKF2ckFqQC+RqaOgq1CpQArmQGBoYiIM4H4gIgNgJiAyDW
BeJkqHgulF8OxJlAnALEJUCcARUH8VOBuBiIs6HscqhcLpIZIPE8qN5iqHw+VCwVj/llQGwCxABQSwMELQAAAAgAAAAhAKuy
U53//////////wgAFAB3MV9xLm5weQEAEAAgHwAAAAAAAAMbAAAAAAAAnZfnsyTndd475+7p7unJ4eYcd+8m7GIJQCRAACQF
JjCYEmEWRcmSWaJMyqxy2S6UvtgfVGVZdtlVtsrFsl22LMkkZJJgArBIXOxy0929Oc2dO+FODp1z8Phf8Puh6+334znnec7v
+fe//epnPvtVEPg+8M/nfu9b3/vmd+euj8/9iz+8MLc8Pvf73/nun373G3/82ne++3vf+n/vL3zj29/71uj9e//oG3/yrdH/
/NVrl5bHL6wvLI//y/H/v0MRIER72nK7Rwqhw6jypVI1noZgzOmt7R1LpbwkTKuXPzoQJvmZdtpfLI11MlGuwlQL+9OlpZ2J
W8TtDcvT1qzM/uA3a+V7jQVr0t1v5Q/f/xl2OlUYK+wwmz/IxTpLxfE7PI7ddI9ujtub0ZXxp8LTZ+cbb4PXV68p0is59xex
xVnh4eKF6+Cbq6t80JohCOaDpYmlrML7trDNiR8Ta4O6kyxL1uSXm2Vgxjic2mP+SN966dJhLbxPfAncteu7vne4doMGtYMT
3+l8buwQuv76rdL81usb91H2+5ud/HvfnDhd6S5Gdb71aQPgx65gAy+a2Q7GgtgsGzJxD/CgfIz0AngZG6y5fQMvlouEtpHr
henx9pBZn/l8mR4vdpncsy99fs+YurBNL376kxvN2uInP4jnv44K5ubC5/9ekF99x7urLL7y0wIj1Y42EXz9QZAZL2+WkJB6
p6KtRvVoLxj8Is3UkguZn6i2ue6UChfhh4PYWIw9XFtM/dTOLC4ow+Qq91NazLMDr/Ap4smsFCCWN7UunCxmiVxfmZhOH2H8
AnzWBqYndnBlqqg3Y6vpO1jZfobvcRn2UDnqfGkF6TUDaCBbaynx9OwU9ax5bjjr3GSxvNFgO4tq3jZWLWBcml2E9sUFfJic
iQFwGV9jS5mYcQ530rOpSpqqlC0FLWQrF8Xb/+BKfQtF9y8k732RbzyAYj1B3J76RO3deZ5OUnh8o3Y2O1XPwIuT8pNp31WE
3edX8KYXrlXJe1cXpDAIru8IFbr1+CDuLux7MfjgrUPOSe43iTR20D0E/T2BO+CTg3dk08zFDmzGvtskJwTKUsHYB0ZyKWmr
bZZ6xMWScdKojhH35hBJgE14itxc5PLphpWdSzzi0Eupxw6zlLrvjLrXJrvj6e2wy16B8o/JZMPU7MXp+V1dnGwhrSlruXSE
ZlzEXtBEUUsWk+KTyxK/VFbChalHvzX2NFj+87GPcwcXb8Zc8xfsJeZgfoptyRV2RawXpgZnA2Mwk2zlFj987RtP/l3Ya00V
33vl5Sd/CZh+LHHr+nMP/3wtmposHgj0wX9YWKKugRWxdWdRd4SZbWk52h/XedR4sH5xOt2hFzvybi7Oz6sE3zF7uN7Fghjd
MGiUPzyvTuBdHDtAocNtLKBjcPXI7De6aM7XweO20/CIBN9U2rDZ9gEyo0ankHdOeBSqUB5CHOdxATkXkry4Q2Mz8SM2NSPW
fGKFNYvguNR17DQTFcFMrDs8z8D4IgmQbt2JMU46HILxc1pJsnDaViSmUPtYcTTQO/768uGVFaGk/pn8Fc5avME2zIe7N5gB
P3uhPKDIFKvE5h9sKfweJbap3sNvfvnJn20M8rh7/9XP3PtXgkOG0N7zK+98tIgtTWa1VPndOysLC1nA54wHg8SUBZH2DFex
x8eNoQjNJ5D+1PU7iMk6/Jg3mNuX7PFzBfHxzDkNEGU9PLgiOh5qlwynukwxdhScDgOAgEm16TU1HRHCuNsmGn5gpkwGkakj
PxgUbRq3uIYLKhJLeVbcwPABm0wGdo5OkTqUnOz11tMkrXrhjKzkihTsyOoYYE+N+bA11GJKbR51cL3PQYwaH4KnoThrLtHM
j+Pvqp+Nk5NzvTfnbu1+wR1L5IbHjPPeshqD8omqwfRh29udubLXv/JgTkiLm9K3Y7d//DxyyT2j/oh/4+3xaK3Zub505weP
4/gzFf6fpv/q7+S4d/mMXuG07bqs622Rncc7mwmq0s1r8zmgFIttQiTYIwGqRR1DgvgQIBmD1XAealOMPgahOoLIPq1NeLRl
oqCG+ZjB2j3fVUECt/Om4soYIohWHAv8MkUl8wjMwc4WjYhFKWAJ74RkqHzOw8hQQ+iQyBBDiMsRTM2mc23Am4b5ugIUhw6Z
ApNm30t1ypPTlrSvuKxbGUe7+i4hhNIw9YRu3V0FC1PE5ocvCaX1w/El867+ibma8GY6EXr3NnIqunXVWkn8Ly7B2OmXP3me
/n7r1o+eYzPTpfBPtDfvRfwE3S0+//7fdQbZq5326/h/fLtZh9dPz19LVvflx+ag05/mO9WejXaAAP4YoHVAt5sLcc/zHao/
MMjJfYDCJd/UfQGn8IB3XUNj0ggRETYom4iAYrAf4LaLhBCeDBA0wl2dRfI0Q5B8qIhwIZn0JNZuCGA+XTCytFsnsGQ8p+RI
v+cQMYwPMdrzPDBCCMSLGWQAK/6oZkEosLTZAWivQ2XEnHMSumZDYkbz02Ex/izXdeAezSWe69TP50Vw1io8XWG3k5SRr0+O
mRv/6eoUA7vfxjP0v3kKmaksvPiZ4c35x79+tKoMx+fw6c2fomCQCKfdS96HxXcnFnvwK7nqFvO/6VT1/EpvUOZ+FcA1RT+I
1Fwf1VxfnoQhVUAD1OV9Cx3MDQLZKaguRo85DuCn8QgREFeOQD4OILw28hSWYhFUUFF35BwkSqR9PsTHApLGk0zcl6ZCjAel
RMHgsiFG+lk8rTEkGCB+AWGd2GjOQyANRqCAMs7Q5xDZiRGC69kobiosjMSZIAzMyA7w6WzCO3Od3jkzh6bdJ7QHPRKna7PV
Omo8cwflz6k8SnULd9f7W42l7MyEgs79t/ruS41PvmLy1L9NuIudqxdfeJLpz1uTmfj5xTVFzh0tgAkr+WJDXK4+//YcCWXF
Ly4Mpt4A8V4YIoyRva2ymt9XAiPdVmzMh7GQUgFl1PvpVheORM2ksERniKc52+YomAmxuByoXAKhaSJeDZ14GksiBHMGBwkB
zqEoYpKBmLWTOABwMSedAXjQQ+KSxQuw4FoCwaswyhKWK1n4qM4w7LpJww6piBjVP2W2FATjPdOn4PM6R8cR1AjQgRVS2HQW
to3Qtl10ReLkXcJHh+BlsHB2EDWmdlJPVUW+FpTw21mgKS1F8WtlZO6gi9+ovJiGsbEfeemis5b4YhW4M5tIQBllYXz73RsT
XL04SK4dmy+y6XvzTrxbnN5oJ36cdhkrI6Wt+EHkSRCKchFr2q3FiO+BGOVaYSzOloexWd1yJBEfqmRxGClxLuBokj6GHJrG
siQCPw4DGOUyGGyXHdDSgyTjmqHrqYYtwYqeAX3Pj6LBwMkgrTAilL4K4HhFD4Rh18E9QPF0MLBtXnd8wAg900v3+5bmkL7l
iW5j6DBpLwgApGRDeVeICwNk6GMMPJGVzts+PEHxlxFq7xEUrin0dCzRqfTNVKlPZSbmz7vBYSScxp+ak1dMtDC5E7tspwT5
NQd8MNDPg6uNtdjPf7M2eXKYO/K93aNnMse3wsA+yGMT7e6vvUYxxNuRrI+6dcFnRx3rw+3hNZhvoHhOV72kgMoqv3ACaAgR
UCBB7hNGKCN5AXcOaViWyTEU0SsE2GwzSRBQbdA+qTti3FIlQN5r6xAq93JAbQhE+31V55FdHSPutk0Toyq9iNjp+BZARYrv
KH0bD1DYNB1FlVOKG3gKb6uD7LDXH0CsAxqJqKH46QhLJyK24WfE6AJVaMGqfhWGX+jg5d0Qeiogr8KaslthVmt3h6v4+uHO
YaB5+yA3yZF9prs8iCWdjzPgV2Ss8fbbHxCfqq0CP6rgwQ/L6TOktHOUdR49sgfyIUMEle2dUnlF7/ab/XNfAW56yjkRjj7B
pcA7BZnJsxYNwSNZM/GSi2qmnScpq49TzXaYlwjZJ4S9QSQFkMMS6KERSC5kT9PafqAkRECZJnrnmBxxhMVRp3C8dwhhJkjt
RTyyrQBDl+kqGHQ68GWPh7pwqMi6C7HAaCz9jsZqmKOrgqkO051A7g6ZAW5O6Io3gGQgF2NZnbSA4bPhBIDZ7qyfe+GOVD1S
oEJr8qbR1ZpHbq5+Z1GAxhuN8krno4bDZtKstdAUvLZy8rWNp/6Zciv8mx9vzbz+4ev1f20fb9+m//iNL1b/czcP3jFnf75w
fIIuGk8q6i+eOruTBOQjn65earbboGPrQ0MYDnY0nFX6ZEtVEIdFRkZwOpAnWGzIQpnaUM/Q8HAMkU5CnbcwewaimpTOunHv
Ao4NxGaCTOoJFEUTNZqRLAgHhaxpoJRj4i4i0B0IUWxGNwmsFMBaJPiy77eNQINZV4YCo+eCFm25JuwMnfgAVT3V1EmwYPlk
RXXgApBFA0GpezE+5TMel20K2a2J6tGpmH08XKozZOvDaGbrcYEBZ6InaKFay2mgNz4C2jPialO/96XC9OdrH35GV1b1jbe/
cnBL9EHdXj7+3a3/08ynmnq8/uzBw9a1xF0ZPOa7JY429wC2ZbRPW57t2sN6td/fOUMkrz8iASOpEyHmCXu6O8cG/QSaOwPt
DBU6eSRdh+w4TkWpiA0gmyCTDu8nYcyCSSYaLa04oRM4EgEAm0mAOBoCRgBSGVIBgcDDfVMEyygW2FQwwMEqEKkw6XVgoK8H
Dkw7jmeNoIZ1Ed+UbZxDxMAnm12AmXApz0kMqriV9SC3Ro+f0uVqwijdEyc2a3BJmCr/LJ2528PvA6vu+8XgdpTeg0ypvqod
Zi/r4F7MWJ0+Zv6gT43d7v5t8e7Eq48i6f3KAfFAd4UJ5UkbwQ/NczL7mIHHmqqN8coZCCKbar+mORbb79+35ccndMZU5Cce
xbUiJPSRM0CaQE1dROMqgUt4aHJR0g4AEcR9zGZJN8RA2Pc8TgAQC8QixRF4AfBCJNAjlJMcDPEJzXHJhGNECGKjEEiYQ4wy
higORHAjgPoRATtupGiACfKQ6RuMQzKICPZkqxgDYpjDqEMmzxgA2hBVWdCjM8x7BMRPqNtdwD56iBU+5H7xSyjbvifO/NfC
9nsu17udR34ycX5LdYK9Tz/SHf7QN6D933/+IPaFw5r9QeKv3P2PvXirPbiv/eZco4FaTLOC1kG/KKlwW6og90BoIhUcJzvK
AYgDPbe00KyYAVCtOpLebVrnQmhZjAyBVmcOwWWLgjkwEENi1D8nR5CehzC4pYkCqgEYj9gqRZNwABOwaVN8Chl6GGT7YTLj
DkEU050oIZgagMI6jrCBVUdwv4WQ2IDqApin4oQr07YJh16clH086YwwL063QCgPRwysU3YUzQe6hm56URxDal0N+o2SfiSe
dhWyUfMW/ydzehSPd8vp5A+9834OrNx/EdwiQEeqnD189S4MKHbeIsrXrk0jV1P0G8Grf9FQYGneut9dut09b7sFRwYnt3pG
roicKqn2/raS+fRy+Sz9aO/gApAxweOl3jYlAuCeCSlqhS6JtjIgyphvlvNhrB0FqDSyPyPnk7idSEWqyfAxTyYKroliScJT
wZwORhRFwBY+BsIgBUd0QGaBkMQhZ7SkE4EfYZBj4ByrM8MIM2VG9HupER5ZWowzh0lEA0M7xpoBnR1J0wZYg4qmEBWETkAn
Y2V8owu9rdF+5PfaYHBsZd6im65V0DB+7m+8AZArQPry8i3bdMZIq/QS9ET09FW93PzthjptRC/4aufi6kYzv7rxxoWvvdcp
xa2n7A96Nw/vH+exa8PKMHHcrDwtXvtVj+g/7kBrL638ss0ftbaegtZxtZnv1v05eOpO5A10GR3iflNDyiEXHdO2ICNGkHeq
kSEZbKSmibbpoHDGbpGJk9HKRQW459NPoCEccbwGMsfB6IZzHs2qkQZHHkgIlDFK4ajuUTxupgY+rtmxtGeN+TrmujSvAyLj
EgEE8h7pFTkbw9pgxAWTouZi91WIN+OY3w8e+n4d6vkDygKD4pu5+wMj1b+KRncnAlXiEumL2H4WPU9LaLQw6N2wThchGS+0
nIV0e5J7oN/gLhYXL1x5b2m9N8yO9STwlBBad5Tr1engdOR6D4GnhxcrctQu91Lrwvw9guk4jXyQl8wo5kX6rLleicO9HsIi
IHNKgScqgTQoYkRoDS2FVHmH6MKGl8SqgYbKoquA6GF0CngsqHnOFvPQBxDBC+Sj2KkGOCJARkO+ocEKSEtwxHc8Vg05DguT
oUM6ES5AUJJ0kQiKJI8J0zCMQSoLxAczkgvilShKycVY6JH7PR6FtAgKwLpBbkr7hom2JiD4valS32D7T/NaK4bdzYrg1JI3
hDIP6TEAm+gBueJ5cqLVWbydlj6RjOkn8gV35RJiJ/wNxitlnolMlw3N7s9Sf3h4DQbKvv/+8pet6xBSO2+eiZNPTw95QI9a
CL2WMOMSjNrjhDNIkSJiCWnC3h3zLC9KmCjQ5NyeQ3Majga+00MiQdW9hBYZqOIaQWfMAB1QU1TujLBUEvTtAdO31B7BkLiD
6rI89AWeQ2DEBiyPRGg0ygAoBAEky9pTMIkCHhlLKhMYRkZmFMW6EwIMAEM94H1OwG1EHQo61uEIwI5Adj9TAodYbZ71lEmy
NVLkevyQtvO7ZMZhF7ZgbcUD5vDajEzKX+eiWfToSj0VfGsx1SCQqwE7u9k5f87mob380ohqnj7rDwfJy28txfnTBglmhSfZ
ONipoocF/WkWSg2aQg9Vb2L9uJuNackUpMQwJjOyUbynT9skAEhBx+unPd0TM84+7lORHgV0tIMnRjiHdGFIDzIqCkJ9j8EI
rj9SQ0QiepxoaDgMJTA9HVRMCIUSpJUK+yAKIBlcnoZAHLOxuKBOYSM21AAmLY9HcdQzrAiT0wQCW/YQUSMvMfKcyF7YH5pj
CCCHONmLpSWP7BapHMivak2hOSMR8PZcqSposYWtsMOMjHlxwOzFgbGZtPaVbswcG7w+e/Hnvxus/uhzollbv9EIsP/xuoZG
r7700e3u+y/cb3hPb9x7LJUyW6bMJc/Ln01GjQ3d93VlJiYoqKkKXtKS0yPcdHLhyAGQHmFJFA4kpXB3YKYRX0tl7Hc6MMvZ
CiJaH9gxLA4FQwnveSJMo26HYkIg5YOoYwqCTvCKS4Qgn3FiaMtEgJBLqDyiO3QQMul2DGFDzgnYTCcWpXHKcuDYMKHHw8Az
YN1jEMC2Aq+wDzb5wA9N/OmzszMKoOUeyXsRw7l0J87DTvCUMUTMsTjlVZZONnUySzqdssG1mazGt6YLS/mkulA3Ky8ifwBM
2QUlcyQGsdM1xY7yd9LtVH16vkpTf39ja1pdfv7BkL596Sh5SF/d0b7cT5DtLUd80noWS+dPdlVOJ9xRbKZPW3MDtK8Iw2wH
G/NADMFKVJelcBMTR8FrxG9+H8xrVQcjacQeJqzAoAkRDysMhPpJkmKi3ihc2gkvIjEzjHGuoFsIa43COJiEFZx0YdHy4mkn
FjkQp0NQFuEAX48GiMWiWBgSZcOiAdP1o+yj5u4IBXwNWK7tnJ1ayZ7hgoyKtM7JNg9VIlHyykN8NXrASAK0I6cmmZN4xZgL
Z+TjNDI1wxVjY/bd4a3feu6V2EU/2ArWmhWxz50A+RW5XucaniMvLMj2Y6rE0EfibNnFgjsVflP8eBWeuvfoCPkIvYhPS+98
qBBDg4+NZeq/Hs4MCJXgePoInbKSNS/OFI5onox1wHg8dga4KBSm7DHLovoIHFHdZB+gQRHXwy5ppVkgRiqeER/FAU9gh31n
epgAR0ii9ZxiO0EZtKC5ozydTwQpZqSUwMF5Mk+F3lEtQkEC5uHgwSmcZM9DZAht7h3hbCuK2rD5fuPIAl2s43HvddqnA3i8
o7CQbR+czD/TaI2Pa2B9Z+1S5C+jzoiYcroRLm4ks7MJeLfHPf2PPyULqfBXpau+jJ0nH/P+yyNxuI/pPsK9jMPN7k9IzUc/
p0RC98PHlja9Hja489Lb8tnFqRxZe+fgwEllo7UJ8637JCnwJ7lJfu8oJRLJfShFc94yyk4d1uYuYj0s9EZLN3mtX4kN4CjX
Q8c9hdX5KF7t0RaFh4nAa3aSPdSzJFI9N4oqAbscK3fsZIgzFi+obkQS8aQrsn16JDJSMDKs47cHUMCNkp7Vu6MiIVGjEu3u
dlfzQBWUqhWqZOwcpjXR3Zlvg3q7Ac+42OSYxZkfLY4pK0LajnvvbSw2p2cX0dz4/WewGr/x7KXCuL/aPF1c+9prTSeRf698
1SxWtvlzsnXlZjR//DZcxypXPzY7++QNtt4rPUOOQSdPGqGXnyPVQVfbDIyXuTlFP/XOfew59isCelhiXWks9oX83MEhAbFJ
NkmkeBUSuOmwt7DsKUgczCf2VydsYxyMwoVDbrYwSIeIM3sMFVkPgxFYOkWlnheEAJutRkwfIYIwlqhgEAYnPCjPVjk/Bwsw
VWQaHOCgYwY3Tu3xddueVOLL3u72ED2LrMQsVD9yh7VNJXmZhcdPjfp/l6yNvntziLrNLj1zTkiTkCDcvRQLnumnkBT1aEPC
5+z5meX08Q2DCLKLX7807uTueEX7499RbJr8jTNevXB42nUYb/m5xuWDg64LDFeSKzd+dUcHSmdXU3PAg64hVsavTaSqjZhX
2L4mXcWGHcFNn16a/Q5QWNadsJ2Z/gYqXbE9osdc/Cy4/myznKZigzXxslDrpEU01Kdm8D4Z7xETp4UFQZOEBjIuF6fwISXV
6LXH6bVEy4ROpctvcmIiiIB69uYvWZH2fdhdvbwZS/QNnyjenNoikocu6omXxn8mnZ8HxV5ssfBWbSDsuSZbSJ096cUOSq38
DHwZu6s2/3oIXi9fyWxVwl82plc7ONpRZ/rK60uA3O5Xkxz6qdhcVNNyU4nERYDW1GHmykSS9XvcvphGaY5uI7MHF0ulqppI
L86cXj49bZpYfLnyO8j+Obm6Y+J7N7vQJP/a3XVx+A+3G+OT/2RrcV3/RFQYS331ePWryRcoPIlv7E78Do+9dLl9f2VQuBFX
vpl78uMrVDKb6b6a/eitKYyfULFncgcP18o3BLV4ZWm7Fd/J92YL1zO79WxlSRezl7jaEJaXsg/EsbgJdL3lG78UpIs6YHLP
Xtry+ZjLWYvP5m/7UeAWTPpm+m/9HxLBku9cpP769Aczw5TJrpd+vfNOXJlqY5fO8uQtkTOgamLnQvFdHT/pIi/UC0v/Zf7Z
rfZrX2wU2b8sv5Ts/uml4jL01tE6Dl275I67OydLiURuocK1K48nimxBUv4vUEsDBC0AAAAIAAAAIQDZLSS5//////////8M
ABQAdzFfc2NhbGUubnB5AQAQAKgAAAAAAAAAcAAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBef
X5SSChJ3S8wpTgWKF2ckFqQC+RqGOgqGBpo6CrUK5AIuK8/bNgp+rLYdHT9t0kvO2PyKYrC9WiplmyrHaVu5jsV28SVB239r
GWwBUEsDBC0AAAAIAAAAIQD68I3j//////////8GABQAYjEubnB5AQAQAKgAAAAAAAAAbwAAAAAAAACb7BfqGxDJyFDGUK2e
klqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGBjqaOgq1CuQDrhPXLOybbgfaXbXStmfx1bH3
uXVn34wFTHtVoxbZZUz4vj/r0qP9Rr+C7AFQSwMELQAAAAgAAAAhAMPZpF///////////wgAFAB3Ml9xLm5weQEAEADkAAAA
AAAAALIAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXpNpqK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahgY6
CoYGmjoKtQpkAq7G5AiBzX+5HPgaV32ZUf9Gv3vTk8CZfxr5vR5Mr3/70/74y40f6wUCpv61fnpy99Ff9ev83m1jWSimYr91
QwF3+P4orsZ1c75/txX0u5MQdO0vW2MPZ714+/ftZ6X2OHybG3yk9pzp7kMaAFBLAwQtAAAACAAAACEAUfhDYf//////////
DAAUAHcyX3NjYWxlLm5weQEAEACoAAAAAAAAAHAAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgX
n1+UkgoSd0vMKU4FihdnJBakAvkahjoKhgaaOgq1CuQCrn9uzdbbLjlaxymmWsfIt1p75PpZ376YYn1kVYN1YFWJ9fcif2sr
3xnWAFBLAwQtAAAACAAAACEAzMeKrP//////////BgAUAGIyLm5weQEAEACoAAAAAAAAAHAAAAAAAAAAm+wX6hsQychQxlCt
npJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahgY6mjoKtQrkA65LC+ftu/d69771T5/ZdWw/
bbfc1Wpfy6VAewnfLfsKFhy32/HrmR1zsO9+AFBLAwQtAAAACAAAACEABfrf3f//////////DgAUAGp1ZGdlX3cxX3EubnB5
AQAQAIC5AQAAAAAAr3UBAAAAAACcufeTJIl95Zfe+8rypqurvR1vd3Z2Z2cdsAaLheWRAskgKJGidKcgFfpFLvS7IiTFncQI
Reh0Ik8iD6BIEAABEsT6md3xMz3dPe27q6rL+/Q+U4l/QRVRUVVZWVVpvu+9z8v61+9/570PfgsE/ivgv1744R/+2R/86cL1
8sJ/88fnFlbLC//xv/rT//JPf/9f/u6/+tMf/uFvlr/5+//Zn/1hvPzP/uj3/4s/jF8vnrty+eJq+fLFpdXyf1v+/3WjEjkp
HGAyCGIghMAgAIEFmABSEUuFaYDhcmAaghKQyMtyUGiBsDTN5cIMJAE5iIUJWYZXZqbsGrsChJRuMF1ddvMzIobOpUuQuIpM
+GVx0eFnORlbKa2eHYFWdim9Jme4MrLGLGrpYpFmUiVT4aZ0ALAC4ECDLDEtm6EMC4rAI0Z/JiH5Bi/KOiePmUVvlCNTUxaa
QDkOypxiEdp12DyIDZNpq6eDuSZO+fJKCnWm9sEJoYfdwWrJIHZxNK01meb4e1bLBaenhll+vNgpZJqNaHQ8wUmc2QHx+oPa
6LQPHfSMsn5v4B0zSKC7zXqPHaHVSdjT2sSOlt3aH+9bYbW03c73/dze6eHpF5ElHKNoMQiP0MOJGdZP8kV7e/wGsjxRw3bn
OQxCXsNxzCs+3k6KrWrRJZCnp3W8rz2RBozfPkYQbUCAjMqBnO3aYwcHPYtBCFMIXB/H4BPDiiwVCzKgB6pEHZxqmL5Fmp6o
HsKuZCoOZXg92AYUA2KpGtrqdQgihSlzgXHAkxnKEkgE1gPc4IEATns7kwHMg0MR8iTPhgEEs9pegib4CTPpWZDjQC2urZCZ
fp0iVCDlFNr1ecndh0HeHUEErWPPJwwmIK3Qt/QxluU8ROmh41mB0fFWu90yOBcoR+w1eTCe40097RmdsVh2xo6cSEIIZK9O
oJpMi9yWQIbIPEJ1wAgUsAAtcQ21FPXUce4mmQrp28TYoCF+yGOAI+TOU9gApRDdZlGmnX8BZlG3kwQFlnVVESFRhQc0wdg2
V5VWHUxNna51AwDUv0CzHiul0jiRmik6U6wbmYmZ0mXv5HMNJSpESJ+hE764TjPhltp8BqWbzai+3xp6/RE13uGwzf2UCStR
F+xvMfiJnhlpLe3YItLVia4/Ul2gAyB6wpwGw/HRSBJ8wmKcSmBgARvgBO2VBcUmB2u4iqBJh0BACwcADyNJY0FFHURnDB6H
kUQEMhSPqWD53Vnq/vxFfvl6eTZcWhIK81HxcoFYXj4vzObXXk1BC+z15ezc4plSgjrFF64uyJfkuYWicAUjF+Yqa+ve9Jk0
sXJNyRN4rtSaHjFrkagTSYifmVamfL29arHnmFUC0LInHSi4fE0Lz9/sZSJxzTnP29r18tLMubBewvvmcsot9ZBZMQ/mBBYD
geuL0PS48PrCsnxpeg6wnekVdVOZya0s0mve9LK8Pj2TtgrrU8dwz0t2JpsucBTugq2t/bpMdjSzITTR8bi3c3s0bAyGLQKG
iIDlhocu2O9RCHlgb8cH0x5YO9WjZ3bR/9nJg5+b/YH4lOn+WlReNFsHw16/2zS+iOr9F/Wd52yT8k+BcvPhZ48mjS+wRg/7
pwjamdT+edR9lOtnqu7d2pNfPBp2juq/akLDzU8Ijf38kfZpY1vpm4e/qA/3TCvSpcro7nEJP7pz8pFTbXTQT63unc8m9bEu
T/TwxdERROr1cHusR4O7xVFkncZKA0aoufPAHLCDgNQt9KQltoVgoJ8AkO4HWjBpbuD9DlDsG+FRcAI4XmdwKtg2PPR18wDX
pbaDkGbk7ikc4nLNsq20Js+UPsA6HqL3EMeL1282D8di0DzcBUx9Yhzt1Pr7lK6PEHPsDxFIGUyU+qDRGBoQA3Zv1Hsjy5uo
1dPJfnvgI6ba2DdGE54HG217MCCjgQ32Mc/GG5ynRqMJQLrD3mlL7fcIE/EdEQpsXyEAFQTHiu5JJ4BZ98kiTqMMx8GRAaAp
nPVXVgISmKcgBcTJQCz4OEEK7BSSzHGzUHFPzibB2J0ligDdASu5UghZJDPozZC6wwBEtxBlXsbsPuMjOOAWWE+ciuCU7afM
Udb/0GrtgSEs+gyZ0eXxCo9ggwl5gcDtIksFEVC0fDxEglKi4CXNGdrnL8qzOQYNsk6UiPIzgnAymZPBVFRiU+kZICyTQi52
oQ/ScPuymEin8ZwuSMOpvHi+AE5bb593y2vvT4VmGcgT8OJrNy4hCTfPLLaJzEpSQFupKsMsFIjU+nfPFD556frKxQ9evSG/
dz598wp1860zc++98cbipVe+8f1zpbPTr75++fKbN64sZwH64qtvV24srNxcWHonT7997drtd4H3bujO/MvYQs7hjtirDUK0
0mMPzK9fYSHSwT0IM8/mKiAGTHf28KPFV6LgtbVRklx6szm1rltvXfiKu6Sfd9IfI14Nam1yz056xmTSsB6MVPUe8RSqOQd1
94SCj5+Ivzx48ClDHfZ0q2pWF/Rau//0xXRyh94fnNnZaKnd58Rzr/OgOSSVow7+Qv5p+6hvdZKNrXbnyYHf21cfILlnR+LW
i680sfdz9O8HrS9PP7/XuNP+ye4V63/bfP7F4eGB92n34CcHrZ8emHeDe4MXm8hfdu48/fxXj35U27Fbne1rO39t7Z22/rx2
/KD25+bH/274/G/+/vDvzfHi0V89fn7nbz9TvF8p92D7We1eWGtvPK3/lfvTzrPtp3d+dfeobfvDtLZ79x+rvUebpy+M0f9M
RI/t6o8nujECYGCEHRzsZIXmpPAVUQzh5nnVax7h2hgGFKs11FRJTwJgfqfrdQWY6CJ7QQcKvSHgjQGI7GE8I+A9vxuNYdId
CRjiDmiYDPGI41Fp5NmQGeW5wnRvrh2OeQTCdM7SCMESUgFoeBPktJFEgn4N9p0u1dM1VaFaox6At12TxFxTGXfpUT/CEd4Y
fz7ohYoL6iPFGkb1MQGNGrpm9idEYI4cA2WDYBx4g5MJYfb7HtyLMEdQ+p7jTUxAcQJ0zOhhww0ixwX0hmH0CBvsug6CABTh
wDSqsQAPcVAJcEU41XW8CAyxmIrMSAgjQvB9C+2EPme4BhOhutzASCDeeUFQQJKHgBw6xiHEHMwSa1fBEM8jXgsFAQAcZyCa
D4AkQwujd/8PcugSQAtOWLHa3CTJhoQ3tZAO9CJD43DO4TMsxYh4Ir2YXquMGRaBp5JQDhQYGk3NU5fDIZPD5igyDYOlkNCh
VCLnLXC/BRlGgUWlJEiYJcjEHFvAKYuamWUoOZXy6zwoRo40PT2FMdvT8kIzlC5JMDbhrEFxmoOz3/idV27+1bduvvrKd7/z
+ze+89q77339/Nvf/sbXvvMHH77xg7d/+O1ra9+8+eH7b7323Xfe+/YZ9Y03P/jG+a9fv/zO7dc/fOWl977x22+/c+EHb88c
rLzDnz8LLTjJ18mkUZk9771afu1itiKUfvDabN7h5pZfktaWxZkNZf3txOLL71wurF9+qb+6vH7mexc/hcPO+r76095JLfik
pR1s1Z4dfLUdbAyVpw93fnn88f3Nu8Ptod14gv0vm/V/qGv/WM1s750cy/WvPkYe3pmMTvTG9sLHw9q9jTr5YLJ9fCTu+PdG
gzuDp7vHG05/97B1aJ8etrsv9v5DPXzYJp7vVzXiZOvwz+t/+Q+7P/83nDsxhll84iqmOphozbAKtJ+O+6nmQB+PHxf0/r5r
uO0HbT3YnaTK0KdSOO50sIHibYW//gzq79jJwjoEjlVop98ZY5yS7kvnR1HvspsP4MxOyr4GJNo7Xn8MT5GZ/M1oD1jOwM0V
vCwq06SV4702tO9pGBpg+jHoyWT70kkyC1PeOkkdh7IyD9M2rMUqkZQMk5lvgQE4jyQmaEBMoCQYsYLJgU4jDtY4QYkBayNQ
0JnaZ2Rk4iu2y1qBXK4zsIR4GW1pkVq4N2TBRJwMTijZeAROY5Q9ZYFuIAnowPNRz8QgQnNbdhidEjFiwaCf5RS4RYYAAbI0
TlQtLMowfoxTgh/4E5pFHNZz/ZAI3InnokzIuEIwRFzebxCY7SC0R0YuYdh2FGAQEIH3YcBBAB0kfLcXeFUPIQzMcR2AUoIw
hDQCQD0gVioQhK7tYLDvsW4I2KECACxoMyMXI22gF/mBFXlABKEM7gNRpJC8HLs8GMMCET/AbBIiUchSnyG4b2ssE0AiELM7
rEHQKez7uYhGCcQpWBTTVeMPyyGBBsI8hgIgzGFowaZFqIQnM2QFleit5JzLghfYgMFL9GIBATBrhkiXEDsPJx3kDJ5l8mvX
0cpwuZIqviEWxSlkmSuKmQu5rDh3vZJZhM9coFYLN9LSzPsL/NzS2tzXizNcbiWVys8spipLVy+sLd9679r85xffWLn55vrN
6StvnT9/6eLK9UtnL314deX15VsfrhTeXD1z/kb+4qu3b7ziXbj5vWuL515/c+Xy1a8vv3R99ertS2feOEfsXV9IX5xeWcmK
V5ILAr54ozCTmrleuiHNzrLiuRQ2d+4sfn61mPjf2dSNy9OX5laX5i+uyAgmn72IParEGDEKtvn9NrBfN5rNRaOqDPAJ2hvX
W2T1b/WDQ7g1ppl6b+e5LXe4uydsfDIUk+q1TrQ21jMG/UMEQpVHh4G8aXU6W7c/gw8yGwePXhx7NbTz70aQmQYHj81udC+8
5sJmu3vikW790Y/6P9baJ/9XAu1WEFdwBeoZGVCjpRRAe6HtJtVx1ym31zoJIAkOZKjOlZhiGZP7mTPCwVjAxSt7c/ujBNbf
wwLSYBQP9myHJQGQABgQJiypbw2AFBECMkiEvdAXWBz2hcZJm01KeJ/DRhhtdmAGC1tkY4izukkGA4DEyHExghgo7aYRy0bS
WCqKEEpC4qZG8D48/VgNEZmCumLgojBOMQSvc0TWVyUyAZyC9ZyqeeFIJ0BsYEIETDCBjRA+PJHJIKPOTsHl5HAC6qSAwR4Z
SLhUjMdXGLIExZDqvhgg0Qnmt5DDYGI14sRxHR+lsxFgN8yB44c8SLqgFiIUBkK66fZV0wpJP+i6rorKgK9geIIl5lAeGag+
QPZhUo/jB0pybuDEpBqQNqxgz+C4CiFOBDioDg4OMQBFfcgbezQVUpDleZCPBWAQIgAT4QAcgoDrGBDEmggQxhVQsU4wEFVj
avZs0IIJmyMD18RBJOIMLjK7aOgFSAiRIAhGZmgN0TDABiRERWEYjjwYQCeoSEUyCAcQRMMOKbRNqG9jLgZB0Dpt6YQnA3wp
AkGSi2AwgHEGtOWUz8Bcgk4gNFoJPgLB4CrHKgAhsTiEsnCSELNTMmfiCVKgwDkxhLMRWaJK6aKCLBt8qj8vYEm0zOIzuWkc
mnqCzAE6m5spssllYbhQTmemqVLJO3+0fu6WWL50duUKffN7uUu3k/Tl9772rYtrN0vcmTOVi+vpFP3+m68wZXQuWT4jJiGC
my2/bF34YE1gI8TvZYkKu4Bu0WkBbM9cCnMrQXMpmZkpMFnyZHZZLU8mQjoU59yk6dliQqwdV2VwtUUsnHeJ015zNto6y5UO
JWf3ce8x89VJYsM87PU3zH2+19uQdp1msweC3FFf+vzB8H6tYhy+3moiLXFl68n+3iliOhw0pZvPdaRJckaR5bCU3upTmjkU
j2O1Sr8yUOScDPfpaWGQqldOmUHkC7Mjpt9Jd0vQcU3hoBSOKxgHbTgMjC9HVMzRol40GjtWeVx0L0I0bdjkQj7LGMzHJjo7
JWh2CGFcV9wHfKzVCfoOyHh2rDmTYzVMoFGAQft5yz9CEUwNEwQWOZYnBgAtpcqbGjhN8Voi0IQYVACIMF1aNFUWJHQ7RARD
iO3fsoKE6JqUSOMQ3qddggYpDM4LMDpndGiKwZA2QTIWiSIhTGMgVoSqFBpPjDeJaxAY1PZQEnT6VKroyOaESTnECBVCuV7h
jBT/K4olORfk4cxQqo94XWYsCMCchBBsk2aI1yKIRazjULQCBCXHPFzK9UZkA+rqPXmaRRXO8OX10JqEBtpBwSOPjWeT1gE8
6QEuyeEwJiMI2rQRzJvQWB+HE3yKsAFgFHsSBPkOvVvyUQwyPBTU64RdI0gMiQJCQ+LWZ0MIAkU+bAYRRsQlDKdAKFYKZkQu
DgQBC/oYhGJ8EDQAgkRjNZE+TAERAceK1YkQji0ZNh3TsgCEDHRcoBwxpFRtKMQ7DzNQ38doItD6iKNjQsEERQcECSJ2kF6e
Zgkn7pjtCCOTDJbkcQZgggkxiBDSjkiCEjCSikeA8gX81IDqJSpw0yTJkAICYjzcS5L5jFIGOA9KZ0osus4Kc9gMGEGOEPAc
mheLWQ9nyUU8bp3TPIUMw6xEXUTSN/zEMsUlGT/42vA6sCZfQczXroqLzpl3/IVXu+rCy7dvlcFX321kpwLulSCg3nx9fpJH
ZO3VTIwHByIenR+ee+uyoTcmzbaYXAhSzUd5nk025ayVyVibpQSWjvo0fsDE2bZ3agB0IHuU7GwPLaRRa/cSwfMeLzrGozvP
hNrOzWyq3xs++/XxL3s/24HuwP/0pdZSYKvafnL0bPKl0vUi+gTC/9e77q8PhR/fn9r6qHlELvxsQ9v9CNhG+TGGt57oY1/T
vGzBrZP+sQ9/0h15ATMe17IR7yUB2B4ueIPKA69nbFGCnwxQ+jk7cSHzyDK3JSaethKwxUNpm11KBzkBce3hcNeFwCRMSDYD
AjSC+AiYXLFtYpENVUbj5BYOqaZbr9mGEuUJ/thXNFqbiG48NBS0JcfWSsKuAcuQoxoOhDgAFpbuPlXYIs7u4RBlQI6lml4Y
wSJjUiRg4aSftUjruYt6CK1MUC5P0QGi5XzY9UICBlmC4GsGjkEuGTAEpQ9Qx7YRHMcl9AXN4p6vYuCJizzpTODISg2TKL1L
6UNasyjDo3SoNRXiWwuDRIjDoyjnsn2t0cpFvNBDabImYfwICzEo4AUKUEyCpCOXGQwJPCMmTTjsW+HHdIlit557GLVIhY5k
0GMStBOsCNChRmApH3IIydNdD7HcAIVDKCTAdh6isYQNkiQJ0SoChQAN8QaeiJ8wqI8WCX1MxnHl0jYmmaYGojBgqn4YtBMQ
BoQgHcEw7DEW4vskBDORDXgoHs910/FZ3ovBNgoJyEIFkKWU3wiG9HTT9E3PjBhY60mAT2PBqK8mUcJwGRzwoPgAwlugJ6Jp
bEJhY0RHQB9E8AxfogZ4TjDnDUymBD4SEsSKDAkTgsshSHLOmU4zecLzZIybXWAZ7awoWwlRVqViwFOzMZYK8kI1Ozsvz8xx
a2xqYS2dSecXihU5J+HpAp2rRHlsWvLmbX2VPE1VWLiQyAfLUUFc5UBSihbm1nOlx8V8ZW569Yx0bkleSkzNV5Zmbi5cJS6e
vVRe4V4qnD0zx1y5sTRDJoTVtcJyXiZnFuHydPGlmcu57N7cYam4AGcnB3NZiGnyS6o4s328NCvNE0fp7AOXqwHcUCmk07ku
lXB3k1QnHG/BJoBWixWsd/yg0xl1pyFa69mWNWnWnW3I6520HNC5Srftx4fPu80QU1TgaKfb//mPMdPeHtt7XyjGM/FRN6zX
9U4rU/eI5yessmtR6LSx9MDAjlotctJpGK0A/wpxD21SCaL6/gSbwoC7ya2uPrLA1mQ/lXyunpiNkRLXARNMu/siSkzCXOLx
LAnofgT6kRZAbZqaYDYE4QCUhfM+NtFgglMFJwwtijQcpznAcc0RPWJPI0O42QWHsEtJVi+P4CbGaC28FFGgAoMxpZKc6O3D
ZIWGdwVECBgQVE3INVEAUjiXGBlMQKl9rQlAoEjpRywZJWGwwzAJBHMBRm6GuI0RE8IziR4t84CJHvsxN0MuZgv7eVnEwzBQ
UJXdV1COCxlCAhEUPmzSYgqwI4lFDlAk99A0mSFNJpUNEAq6pgspJE6LaURNUCwgUBIV0pSFaL6M8azPuyhGZ4ZMhAARTHyU
4zFGUSiJlFFERcOwiiJwPPw6EkQKUugacTZBOujDjk0KNkFDBjYQXJq2IwwSCB2x4HGIpo+ZEDAiW0zxEyqFGC5uBiGGR4g0
8o0QdxjHMwK4DwOwH0BwCCNED49bGQhFIBXvXys8bUKIBQQgBPgI49p43Es9Ok5fj48cOAIDNIzoSCIQuE8hCMvRXRsnOGwQ
7xkDxJ5HA7ALpUIZtgkOwQFeIwgiSRFhOCREOEoEQy/IBy6ZJwGAzgQcwYR0EnMEjuBg0Ez7U3kTw7EUw2mEQPJpQY/ibNSm
Zy+dP5x+ubSYnSrm8GKx8loxeWHx1hy3unZeduXp1XMzS/P5RE4OVr0CtZq/mFieyi7nz76SrpzNnV8pXZ4pFjamKoWF5Jk1
aXUVWxLSM/kLxPzcjHT27HpmVrhWWl6f5S5fXs6gUuHshbMLfI6YW2OyqcJKYS0jYefQBpOi5PE1feSkY1d3HXZkry6JS7TQ
M9hkgAV+2g+B99ZNclv1BUrIaw2/4E/XeuusI5h7pNLKhAasG3V068FQ9dB6LDtjT014mrU/qunH5tGolz3a8D9Vg6Me9sx+
+c5p88l9fOsEebrhNZ5zu/uJ9KDZ2fIwhTu1npuqcdgoA4o33AizG8HWgTZsHku2D/js59gJXq1qXxqNB9tdjKyTJycnQ7fd
k0J7GJPN4Aix/dO9PNMclLikKdtDrzaPtwdmZEuIlEFnYEf3O6a66/9mKh284ASNk1DwvWwHgjSkpzk+1K8TSAA6RNxQNEub
uDhohSbgRAWaTsmZBBrqIGxK6ASGgcAEAA0wPRQSNM/EgjDgBjFYlWZ40u508NPIjLcwgDzbCtGsZoTufNYZI0nR7UuAFecV
V4VwlySGVlhKxB3Hzps8MZJTGJPVEKhM04zZRidhQdfSBGk7NEH7Z/ujeGqEzj9iBVpBZIWKgnzEd9A0i8VZj9AITtIU4bKK
zMIskLJJaSKSiIBixB6nI4KG4VxcWTHEiwssgTlkHHSzcMJE0zrEMJIhAiFmxLCMUSRtMx5DpSI/SuKyGLEMbkkAjsQc3iXB
VJKdFMgIIrEwgZM4FjdLEoFAAEVGPgDEtMj5touiNANZDAwjIETCaRiCNeiKGsbbKGBxZaVjJLHjd3wcpoKAwADfh2DQsFEf
i1A8JEcQAaC10KUl0lZBL+sioFGK7ywWMA5EkQxiU5P44I44Z2rUYLNMICSGPivKE7kMpgRaAilEgkExiI1CxgJEFT0p9bCQ
pWZonGGlrJzFCYIpJRKJhWloDFcqUozegpZhICl+lpxCuQyVkQNwmJcpXQI5jBWjqV7sDgx1Dqug8DQ9l6bDXF6euZ5zByvz
FWFVSMgr80SedVZBiV86O5taBxKFaX4hha6lyfIr51zwFr92cXVWdHvMLJWa8GUpL3PGst+Wz6xWzFXUM1yFy3JHS/XsyqXV
JQocRgqsUJDGu8ll0Fe1M9fpEhEW2weE21tvHa96NhJ2DXuSpAEAmIwa7o51v88H8JcvEIbNiMrw4OkG9QzEWWOA+70DdfTR
l6lRZ+HRab+D0V1jtrcv72+azqRY84a1h5t5q1uv21pAvtjnPqtuHpwkjvZd7073o36tUNP54zYwPnLHKHQP+mpz6g63WN87
ODhQadUVwfy4G7VGw6QKalZabNsJ+hLqWxPNYO2uadJ6gg7Jo+jyAkm3PfO4patRYsxMqeNInTAjNq177BBEzSgZn33Dp83R
IMBl13KcmJw1T43VQcf1gkgjEKBAkR6GPuRPOozhAO2xbfVKoCgyBG/7WJCAqGkMhqIWOgaCRDv0UYg+CgM8tNkJIlTj2oVi
p5Ju2Hxr1x8DVieE26RQRGwaJPlI5oAUwJRarp9hgCjAWAjntZ5PM6Q0J0WGhhkZMCt+tu9mgWIYjKhgssrDdS7p9wnSw4q4
GBK8nxADKeWzkBhw5FEVJ5kI5A94E7Gxtgen9mDDJ/jAn8QphLGaAwY4yZ3gOIwOQ9uATdCOswsCgxCACUJF0hRE8xEeQrYU
womu4DYBQqZRg4c9nMAIGogEAOZxXIQtEoSGgQIzNIA4qgpDkIdqkI9HAYgGhIf7I++WodEBHhkAFLqRx/qu69nsiIRhSAbj
TiygAIb55S6K88zYBd1QV8ggbogDNKJioDUYFSXjjcI8DfRSgQXACk5o2TBNdmXMQwTOw2CBZUiWz5CJCoyiyQDJT+dTbp6W
OJuKVqYtIkksILwgUdMRF5QoJpHOF5fSUCeJMiwL0oxPsImsJRapCskR+YJU4OdLCUI08KIkphfeNUOBYfhU6uWZjIjnZz2p
CCb5WRyqpSqQmGNFKpuBZI7MkiKeyqUJhsuwAk3xEsfTiUzCg1m8kEniLBpwNCPAQUpCRVhlY/YvT8+RFVhfU8K5ueQqNyYT
K4k5aeKqk7AcFFfmxVTed4wkXYFzkEVZvbKbyUd2xdXm4A3gpL1+GlrbX36lqScndWc/Cf/8EXjM7rU2m/2fntbvdZ++OBSB
xuhAHPQfG3UV/XGr+XFUjdrNzqPNzRHGVgkQEnqT1sbg001AwX3AmVDdneYj1T85ecI3us3xEbeBBfUOot8d0Z4RRke78oBy
NrqTxtZkZorkCtP2sAF6blXJarVZuN+TAnFpYuz3jM2or+/OoRTZNh8MUv7pGuMiJ9ugV+AsoO0NiR2AtyO0kiEHHTpGTptB
oh7Vbb9Ixe2BGKZJJDaKiAc0KskF0GsqnpxHUOso4k147wXvBMRznzPVRNzj3PjQKNeAVCLQWFj4nIAcAEgkYR3GgHjkvBYE
z5n7EhSM4YmOoM4hG93hPFI7ckCWlCM2r+nxDBE4SWoRHiAKR0SKQvCIAoy8Hu9ZUDbutEGy6/g81AmGVkRKmuuO3RAbOoAM
NSNXj2RkChdCCY8ohoARzZRx/hjROA/WIU1kUTgdF2moCoxYHERHIwTzWWZsMzGnsqplx8GEwR7q0F2AAqGxBXoxQYYoIAIM
EPfrUAUB6tcdHA58n6Ax1oEsb4TErBAIMV4DOI2yAOrGKY7i8eoh+JtrowGqItxvLkQSfmCwREC0OxAWxysBRDoG+wzqBiGF
oWxEw3nAJnycpiABwtOYRJORRcOhZ8p8jMkxXxNMwIXaVylywmRZOgSpAiOBcVWgKbIfTuERekyTOu17nCdOZWnR5kjIgAEN
SQsZHGA4doUxzTVgTrDMPBiXQI6dzaAgFNKElLm5PlvPclolg0kOm4aki7P0YmYmxWSlIpy68nI5xyzi6WmJBb+Wm2Dl3DkI
kLDlCpfMlTxhauZstpgQq4UinyyWColMKpOiGbmQDcrJIpvLl4oklaamComUVMpn+bX0dKaYJkuymIIENjGb59MpKO+Hk+XF
AoZEpYKFL+TEogwKACRN8bYl+LwZZMtCTKt+eLb4dwk+Mc9gGlwW5eSs5YEBVXhmbZzeqDVbh/ceFDsng664l0Z/tjd6kqyP
7vYmP7eOHrYeVE8y2FfNzmJu8ML5wu39g6dsws8np4+ffr45uPd08OTC7mD36f/7dLxz70Fz9GRs3ttqPrD3v3x61N1qHX21
8W93Hrt7/ZPTO0B/twkMnz8Hd75s/vV4+8cvnn/58GDvMDizt6cc/UW10WztCgf/w2rz/vbdF01z66DaOP758OjZR0i/pVZP
ayTXfqxNnI+evzC3oRf6i3GnWv0fJ7SVSEW2tb+PtJWoN4P9hQ0/7/+yUMP8YXV+syOAwQhG+n3OLC/eInwvBQwimJqxYHB/
zCOtz0ZUt0whIzQ0JNWlETq32Yl2xt5qJIQj/cpeEzN9EvRP6AveYno+4/ZegEGxGaQ+5QsLTgnt98Ckx8o1Kzfq2x51Gka+
laUnLhwijqdKmb3jSEN8y1VgBGLox3w7qPtGwAY9ccSTLUczjj2tTcnHOqCrPmEFFgJHNBDE6kFNEHZYLY4xR/FDHAohTW5R
dghBjZALfyMU10Fc+wQ0NRAf6y1EAyM3iLywTkXewB+GAYREJBn+5rKKB5MKg3jJga4CNtYPszA3xFTTwmBX90jKI0maBVHW
j+E3Bs4jd4D5uGU4XsztLgJRauQO47bnTdhBzPZBXAwsAw0dj/J8e4Qm1YBhSN5JuTFZ2KLXv8qzgRgYgAeQfl6OQJsPECsD
2VA0zMDONABPwziEyNlkhyIwPhlGGU0oDPmEz3IRnsfOrPGL0QWaMH08AM4SaF5JZeSlEjp2zv2qbM5U6GSS4lOXXs5NQXxp
mq+sFK6OBUbIJPiihBQl2b+OZ+Q1fEZMV3hygbmYL6TTJbJEQ+TsLEpckct5EqYLs0vYCsdnEnJqvpDemZ/9zf8FK+mpbDGX
SokzRXY6N5eYyszNyUKFmZmSi+JCeaZIpSu58hQ1U0rlpFyqWJkpZNPZtcLa3rl8pZSfr8ysVS5MMysz01flhfy1XGHt2lJp
pphbO7s4lZguXVtuLZ7NLE1duFCam02tzFXKsfzTnWyrUH466DagI8kOktHsUZ7YPuKeTdXQo6mWke7vK8dReMGppZXLB8Re
8GAqqS107aRqItroaGD84uGz5ltfahu7dz9TTnb7j47aT5wf/xL9LPrq+E5n915145+f/3JrC67dP3n2TO196dw53vtU2/10
597B5uPHv3jY+MnRj3feqP5N89mPHzytb35ifvSvgdP/+wn6rF/f/fXhi5/vP/35R893Hj46UU+bCjZ8cP+j1slPP2s8ePiX
J6393if/9Jf360/6861fbLa2W7+qWjuD8Y+A/t/ug5i/3b33C/JuQzne2+iffr5PDjOhKW5vad3t4+2WvvkYbu+htbsPD4cP
6Dm3NoSHznPnyBlFX8D1Z8cm7reMT47nNu5aT4dWo7+pcl2R+lni+PTjbtdpjJzJCYRs80+a7njYoHLaKWJtjcSw1mL1Hj+k
e6EBjiwTE45jfY3h7gS3HZWeteHxcMMckAnzJJ7xYJ8C2wN7bwCzL+6Dyr4Ja2Y7VIbsxJrwgKo6kQPURn7f9TQbjhzPhbNA
q+oEJx0G6QVVHhrCZvuZu2sZuB2Yg0dRHK605Q1BQO+Dhn7qm5bZAyPQ9HwAGYoEgbvIbp8D+zuwio+8kHKjsKMRlMQEKihB
jg/DIRD8RoFo4EJIO8dEEqy6JIkaHsQhEA2segRpsR2QRyHL93EAZzp9SYh8z1N5UHIw2/E6/PZ5uYGlIOZUwiI4YkHWEHS4
KBBwdn0QfzsPAokYRx8nUHeI0Hp+fnGZHyRXMnmIEQVkBecvXqNTxCUr4XpJCsyjiYJqzqZQOAudpuQ8sp7J5Lk0wrwqA3BK
mE65V1fWrx+urr28mpm5vQIvfGcp9/2plcTX3OLa8kpxsYTevCA7Z5beSb6Wm/xgEiTeXfhgRX63cvF3i9lKYWphPWJiuu0Q
ccrhOJ0l8SzLLlIsmJJomYzRH0MyNJ2SCBLnuUq2ROMYxGbykoSmEvkiwVO86AE9m9GiyQQw/DAFco7GoO1BwojddcCnc6Km
6SN9TPaYXKnwRa/XsgVimHWARH1F1Sy1Ew2C04mkmM2hNfTVZFycbRza76xZaEdT6PKZ1V671W23llRuBnuJHjQ6Lgm0Vkdj
Pv68Y3fbFtJUYugyazqI1bGxszjRCoHlZrHQ1br2meNy0+nDgau53DB/JhWNJolAnVyKbX5YYAzIG0fPTLM61+8+P62Gd3f9
4+bJuNXYF/v7zf+z+tGROGZO7h9+cTqqHe3s1mhWO97vdTe33eZ9ZXPUfVxrbIweHbaPzyhPXhz1zR9pUX/QvXf89G8910IP
j57fF355p7b1qHb0/P/ZgsZt5VXo8Ojz58rW1vPwo0d6vYo/f2yNkP2wgNQCYVg79Ld6uhkSk42mECMkfDABLSB8NkKAcLhj
9GzyzXr7cKMRRNvdLrjrBw3tCa4rJwM4IT7C4S0rrZ+MUBXWdzwvGPPKqJumPRUf6FjdAuzW/iBh24B7d/SAhN0j/hGGnEC9
6ix2CgMZ1XC4BybsK8PASuDDKEgq9nikoi7RI8ZoYJj5rM3rKBbCTSFqACExzn6OAF9SrsUyw2bg4+lUeEgwtB5nVSR5KTsX
TPw0CoA4kfMBjIRnIDrPJR4vCYMUCIhB0hQyANWRiHJ04dGKfHQIVJQtEGempJRgXOTX1Qvp0BcW3UT5bLAIIIw7RWeSl9Y2
YduolA+JmaBsi9hsMbWMDuVDuDfefkArqg0xeIAC1f+UQa3L1BlEFxII0O8mWmRzskaIicyqhhpQO3EKJVXuKYKYDM02tZuJ
uZVaysBllBOocFrgFz70p3NvRiIGCGIB8/k5S0wIl4hcmHop/IYo56eZhTW0eE2S5vKlQgH548X3Xvm718svVZa+tfC1y/Pv
v3rzW4tfu/XONSEhvTn93TOl1W+K2TdfXSt8I/H9P+6/eb54+YP5W9+78IO31n7725nbX7+Uz6QTUQ+Z8sPIdAHFds1YkDg4
TcgRVQAMYp6SPSiN5/GC4M25gJYpi3kwDSeILCgZREpEy4sVr0atBYA/1LxGDD3ZGREB5qRsxM/FiLDAzxnIDCfAM3lkCQLU
XCU3jyexArAUzUwyUwVczpbGAzcPIEGLAF94sJLMp7GhDGdAIRnWvWwhYTckURghqSqrBSdZRi5qUoyvPFSowRyniYUydwov
pWkiEEpYdoqamsngfnGUzggy0EmsljJUNZVKUur0vovpZi6Rr0DTUn4ZSYi2ksz0J2UCkQYs5h/1zCMb2cYm+fBxz28QZciK
Ou02qzCRix45PeDZsfq4XnrYgyayOqkAKuM3TpFdH6GOqMy05x5kTc0MdrjybHpzdBOoDKOIcr/yFJ/vO+7RlciredWj4VQ1
Yp+fqEajt5kxAuNwG2bgLWISW70KdLx2OIBhEJtMcmbqEFIJ6kR1JnQvoNyCE2Cn+kZ9ruNxB4A6yY3uiSamO+YQwE6zTWIS
aSjSaStVk2bEnW7+kNogBhX7kYr2wZoi7GEHbnXCf/w0/gnoGekfJicNHWg2tMZobjXM9+cGrtkNtGG8DF6pbJ0ksWiQU6b3
7y/KLQBGU1ZkEb2ueadXHkrMXpxbkNPnpwcjrfGigTpTR+Hp5OBxF9UG6aHLlT49Ihy1Wjjydrbw4v5YgXMAUDW2gPTRJtwz
3C/NsIPku/2w01Th6nFPWnxalbWNxl5q2QbG4/XwftXSsT2uGnSrg9W+fjAEu86uXa8y0DOlPe7ctyYNB1a60qTuVLNOlPL2
wzXT64alaW99zAKEVrNSICvLQkAmzyeopETCkFQsllv6U5PBU5iPLBaSLDGHcb6i7+9l6OMW39ydDPixttI/yiIbh3nbbZMO
bm4JYssuW0Y9rNvEBUbvD/ctAxmEnp5l5jFuuGORmMuagJuNJhj0Gz8ioDyjWbRagCyGkUyYAkw5dEwgCrUygPrgAFHjLId5
AJdpDjbCmWvL4OOFK1j6HJIHyASOXMgmLiaYUnqOXwK5yzlp0Z29nF2irmXzs3Ukf/lM7kKyOLvAn0WniUJuaa6yVKG2K5dd
dArN2HBAU2t8ugykiqWZ/BrBLyxLs9TcfGJeulxYWoPYxNp6Zb1SLi1Ti+wsMTObS587X85tTa2Q3JnpRDki1zIr/BzMylOL
r53Jlyzu9uyFxPq5BUHMrC+TCaK0dHHp3Do1f6tyU1iaZssvpUuX0nI1UTTYvJfJRkQJP7eQw40cuHx1ocCa+aXVJZybkq5w
whq+SIZWZWruMra4vnBlFSlQYGLN+9F4X/kta/OR9Vlj+OgwuHP87Kvuj/a2fsUJzF8b+t/9CP4L6PCT9k7z3/d+/G8bHzfr
/9PjzWdb0N+kP9oArEd/+9UjrLq2wStrNfZ5bdsJ9ae9MR39xe5yoeJFgOP8RcH1j/dx7f6c79d7Uxu7nkeO728Ecrt6JzkB
6tu/oneLPqrwEl/zyLm9BmnCgDTcK+up5zB83avjQmDXSXzoj7DxANz9HEMTbHcY84PXRybwhNxrTybczOEL1Dl8kZl82YSO
NIqY7AtPe8+w3nr1iS6eqsM+HOods8oIn/6ksxeYQ8ltJGtt9HGz1zK+rG/q1/qN02a13qk/ONn/KWVzn7wwu9VT6Qv5q5/c
z3xSjal0MNnyHrZTv7wXPagOD7eVT9AXhxZ88rCx80X9RXBx9Pjw9KjTto+qxt5oQH72OJZAz32k9z/5GfNJtT0cVPdOBtsd
WHsMPegE97fsnSGyP9wd3a1tdv2GM91SzeOT4x1cwPSqBg7rhyDY21VbLd0NFGXUiEDoyIIg4DH9Sw0wgaY3xAdy91RxB4fd
4aAGFp5sJAeNI0O3T7nuKD189IQdt41OlRlVQ6k/hvVxcNwg3Tfy258pG0N0YriggvczKX1cO+yOTZjrnEL9426gdM1gMJgC
nS43xM2JkbSMiB4Y5FD1BgohQy81hnoNbDM+BJZG4BRiQ1s94TrqammAowQvMs2gjWFkhrbxyfq0wjHJlGHLDu0ZlVxmRhHS
uCVtB8gShyA98QUCJiQKuvA7q1P/cOZm9vI3r1yQXrqQuPiWtPjmkrT+8svla9cvf3u+8FLyndtLVy9eWV2cgsWzb3+t8vr6
2tWF3Lup4pn19a+/fun8Ve6rfEkov1NJzHqpK/lz6fJsMiVAl9emKqmzbyxey126tlIGCvNX1/4aWV14Zf2l1y6s3MheX1zK
JlbfPH8ufY4+XKDpYL1Crd4f38pWkLlykVeM5TV/wUqfWVjOnp0v5drVpfWo1JT9lRm8CK+dW72ytNQ5pV6JOy9ytncBXRLZ
SvEMjb1UvFooypkrsphZxaYrHLaQzi0nolyZyTNJKk9hSMLIZBfjDr2a8tCeRHZb7WA1bJWdccWKiMzhhL7XPE1v1dOQtQVE
jV9jWwW80zkwP1d7/55NouC9hq49hJ/kJoege9IYE9iLm0jSTxN619qRsC4UiGp/u+bLdEZxbeTOkPcCnax9goAWdHqbaylM
7P0blAT0xiWYnHQ/i+hKDoeCSvukXV6ojWb2JJrjmFmDuZ9Czps4lohGIGCBYBTaPgFMmBKdMiA9MpIo/yQiEmznUZNYiPbs
L7b2He/FM/Oh6AUyyVbvf+QMOWv7eFQ7HT075AcRaHMjYqM5GJ4gtFKXviLkjzXjGfK4vmGsAx30VJ9Eyq93JlulNr13StRO
Ws4DCLt7r/PQptRT7NEAqAFS84nbU9XOcVj12yG2Md48VTYHW9XpYZXptgdD9fjZaYd61u9VD+snp709v9/+XN1FwJOjoF7X
LfVwXDvaa4Md1W5stxrm495RrfusPzDOtjY9uHbqtn27FUGnzcMXyr7VHL3Avdqmu+vYp64K31Oe918ZPgEeHO61FW87etho
bzZOTlutlgUWxh0I7YyRRqdF2lPrrq5QD4NjxyAgc5tqgHa9L6JD4c6tSN9C652trtg/8ptD7IU/NsfETFqJUIEGNW4E45SF
6j6FZiNuKv7KwM+CEBEOYTSEaWS6e+QIUApGYMNl9cnpJAqpcRJ9w+tikA/Rke0OBWCEqANaC1S/mA0NCKeHJ64ZeUqCFwpB
0EkT2WcmVcHc4MQatSjaVaR3fvi18n9461urN//o0tv5t95YOfdG4uzvXT/79m//1vVvvnT7hx9Mvbfw7W++8f73bl+8usDm
vvPBv7j04auXX33z1e8nLrx6+Y3v/Ue/93vvvf6zG3+yfOvPbt1+/dq3ri3+cPXMH7x7/eVXv3fjexdv/3d/+No3Xv6Xb5+/
/catK2++ffvV3//an1z/5g/ffe+7/+L7775y6/r7f/Lfk7dewZvEBZ1dTxXkwuyZFAmS0HwIIWwBOyfcuOKliXRmZsYBpzEv
yRaiKTFBRxnh9QtJatkqrS12+caYEjvm4JgRxhmdsSUP+oI7PwF6zkgpeQ9bvb5v1QtOV9Wh0/7ER/XWnu8O2d3k4UZ//15E
kGgmmmWvok6Z5KfwM4lbCeU0JaSCCkOqEriPwcC5hF4viYMStzLPlCWHcT26kIum810Yn4hRKU1RaTqNhhjKQFCKRblggGli
IstDlAXqZHxWGGRCY91E7csVAsgHXkIhi2YywgwWwQdOS7FkPODNTmJMjbTkkCQimMlEWM8LAUFTR4oDDB0PDxXY+JK0YMon
Vc/udEDDGkGeZ9uRDqVpmA19HOMnLkJkPJIU0bY69g2J0XtGJPGuQzoQPUBErA3bIAW68IDqIyndcyakz3oD3gt9Y2yzQEMB
QdV1na7ZwiLEYVJ2oHk9TnVlm/Yo8J+bwyhDo16SEcERh+9hfg9QdiMjrVRdZ4zRMNICicmjOj7pNHsTw8aw0B+7ml3VIWc4
oKBnQ72O2PtBRI5Hn4Decxc9jE4apF6ZnLqRfRro6thUrH5H7xPHjeakMXLc+5O6MjztwH53cOz0kDp01Nrr9NTn/l4M9UF9
7J0ObW9u3GXMVndgjsaqSsDW0PCaw3+yGlpbr2I12++2w67T3GJ6vVPNH050TT0iVHW8N+rVeiBChhQjGTjkGgiKcuNI9hJO
NomRIOpv0ZyOWjO2TsIyXMbDKNKTPjVLqpydsp1pNOmxs6+wufHMvDzzBlviU+g8LQXyyjTLli5MZQrsORFbTpzh+cTL5+j0
tD5zdT2W4BQhppPx2ExfXFyf+e0/+1b2797//vpbv3OjvHL5m69fX711+YMrr779u++/9O7qO797OfPy8ttfv3H1zG99cPPa
wqUr/8n19e99+PrV66//YO762xdu/t77X//wTPHThWurr/3nF1eKt669PL8irHzrwvzlH767cOO1xQ9WU1fLH9668PbtN966
NF9Zun795sofvXVj/tY3vlu8+vWzt998A8qzcIRM9RHWQUYzZZWhLmOhywWQqWs4PW9jmjkCwrKoYLJzi6EYw5WgOSw62yPz
cddXEA0FHHYu1McKMWPPANkej2lWssV0kBoECdZPdoJ+GPYLXmKgChBB+0rQBssa3dxIwR20t4dYRlbIlHoYtYWDXiRggMWP
VVuSoKDjduS9z0/UkWGo25lKI1Q/XXK8084LqOZadw6kfIM3aiPHQjgRdznOQHDcCjHewTDQw0QXAQAMM1AABCkAYnjUCBSA
MoIIDAsaEfYBnwEYEPWQXZ1MQzaMayxF2PFo4ogrYTKhWxCOkuAEBZIcEBGUbSG8jxNBEFkIhmuIDxcDgnYES8CsAozhY8TO
Ys1g6KKMGwC4R3AcHEYK5sOcTGBJBwDVEGwbmEYgliVkAhBGLA+gKIZO6gQLAEAPSQShSQGMq5NKBgxALIPmRBbm9NCzaTdh
cQjw0OEXGbthwUmoB0xeYAknNP8/Ct4rVrL8vvM7OefKuerm2N23c5iZ7hkOZ8gZzgypoShKXImrRK1lSWsblrz7sCIM+GEX
8JNhwDCwhg2tsfDDYrGr1YqUKEoiJ3eYjrdvDpXzyTn6DHBfbjhVJ/x/3+/nU7fqvEBZ3tEIYkqIdCWq56mxQcJ+bEy8ACyk
tR+HY9WLaENFQpaILSo517TYCQ8xZAxiMuJPfFQMvRymhQAS0zBO+AAEyEYwBiwMT+aJwU1NF/FBR411PEBUeyiH/gCNeceH
HS0AQiTKg6KLyFbg2awWEIFHgL7n9cIIhHTI1APYMHwbVhLzhIdw3oucIECgMMTP5HhI0gRhYtxtGuO4mCIzuZAw6TyOYwhJ
0KBf2jaLTCHHFDkcX8UHiMDeI0XZIRmvBtslqpCtFS7l6ThbprM5YBlBGQlzylw1W1PYVsC11M0CWiWaLNq43Eqg4pxbFlEs
U8jThXJZW6jWMgv8b3+v+s7/e+fq1+5+47uvvPudqz/6oPjmB62v/9Mf/v733v2tm3/62qXLv3rz5rde3b77u2/99jf0t7ff
vvP+5e3v3Xj9xnsfvP32O+9dy2RzUOg2ywFa4SwUzINwk0cAZhst44wdbd56zU18PYNcNFu1zcs4jVAVLoPdQsivV/IgJPEO
awtWmy0s9cbp1E1oSmm3pqSjOrCjT9PT7xGqc7wfxlxfCyKmp0vwBkW9TEMp/aNuqDMgHW81QVHcPQnYqDwrAvJYL3XD2GFW
NiY02nJ/1qUtCNA64pWB/tr/vjguj0OrVPboX0AwOF1TPZbISzhHyCCNADQMZKLER5SMgIo06tPuMog4OECafr3aGsTRw0xc
TyymNCSSGYrC7XLiZQElggu8MQE8OwJtJJsOho97eTyx4NABIB+JHch1yJiMvPwvbB/PA4CAwgGNQ7kOmUQUHltIjnAtDxJi
MsYSNj0PSBZHpDhj6uW+CGABhAAkL8QS3S8AMQ+7esRUgCRHfclBJARRGYCH4iwQhBjSj1VPx6N5miMsh+vt/JSNEsuDfWjG
aGLmHIJgwBqSSIZ2JihxPxXUPm9wdVEkQ2If482ABCTJRzCUMvFkDHlNn4eZRLFssCAluDTxWXSdkBUGI4U2Wjoj+XR6Pgvx
fELRkEMnFE8QdDSLCNQKjb7qSRTgezHadeMxkna70yliExrcVULHGQxQ38ExxQK7CiNFAeHZuANDJJdgUQRhHcgz0i2RcBQn
tBlHEBBHnNWq+G7H7UGEDmBGhgLTk2whJumJUyYxTlA7lv3Ec6I4Sr/sOMA1O6YAwk/NsRf5Sd44g4hZOtyc70joFMAiG3UV
liDwVOSQyQwN2FTJICJdGfbYHQAxqc+lHE1CIIX78wyCUtAoPC5wRJwFpTwQIaQPgfNFqSxpAkM4DF8tUcwWVl6nFwVPVTiX
ZvVLYnkxwVl2MxBwcicmSlOvlF38gKx92yfWy2KzTP1wI/rx//HW5n9/u/5n/+y3/vzCv/jx5R/80e23v/fjP/rnP/y9P/hX
8Dc//MH3v3Hvndyf/8l3/9n1z37/23f/4NfzNf7e99dvfPjHP/rRr7PUhdduXXt8Iy6urN/durtQ/u4mevF6eV26sna3cKGw
nkmu7+TJd3eYyjeuLr0xvXVh+Y9ubjYv8W+ufav1jV+5uLXGBRdqMIcOu9A1J68glIkcE0kKXMDGVhKSnv6XHqC4HDItLkyN
fDQpVCgWgYseEl2wqGwWW2Hi6dQsHf10HlVOHBPIfn6KIs9R4plCB1raRr3HShhyY7tNXrFTS45dvXfQz7LagfAMNPckRV8K
nwcJlIP4JARTmASYkAZ1stSJZ2emR+WwjumG5MQPoDiSvIMsGTb7p4KnE9k56T5iYRVLGS4QC+R5FICmOso4cnpZiQCmQQUK
PDiC55HKIAFKUAlXb4Yx1UrcHprgEEkm/4GAwwrGSTQayR7iTRFX1fenMGdwpgfBLhzqBKgFYMBEoABwXtI8rsxg0lO4Cu3z
Mo3/rww5yWJ4FpDyCBKeBZ7+1H9mkisp2aI5jZoDL6f0KRhrMRHV23k58jTSTQNCjriEjM474MuUsADI8OVyVlBTi/EpJsHw
XplNkhiOTBsI6PkqEJmzhOokEsnsGflEFYkImFnSUY9aYJLAANC+6VUSHbDQcOYnoOMpLjgI7bSvYR+VZr4aJEkUnllxDHmD
rNfejwDLNcBDhwoxSBtMY+qIyox6kZ3gZhxbIdxlHQ8bISkQpMs7tDCdJMIo8Awi63wUgu2/Dc0cqqcPQoNiHJCOC2k+p+qO
7YVWBKQHOafsucdGNm5F8nggBKhvQ2B/ksCoLzxEZR+nGDtGLCP2SMP17XqmRSsURY+qEZ1j8VJCSmBV1MgxyhVhii/EBTYj
pQ3KoNzCHoVPlvlCVBWIkC6BDFFHShRBbHda7BpZWeQv0ujOdjaXEarVhlDmodISiK4zErpAEwuBvCUhywKi13JLTgvcorfL
MEbBzVpD22y/z78uzq5vLO+US98Wr9/F6u9+743tS8UL24eNpcWlKN9A7r5xo1yy3spV7pZsvV1aJ2Du7c3lwqRLCzEELyqr
hhhPSC/n4ia2OkDZm9hiywwg76yIYcYldppcWsLLb6+BQAhNubZfw7/mLhIskgGO0vW4cvBo/0R8NHpwZvzXo91p/NFRx3Eu
W7vTk8njYW8a27OXPRzotx8+H5p/cezFR+rkFDoNgPjUOxlM9s5p6zgYZ+aJuWpFx/jUCoLBVI3OPZJCkiNNx+4PCu4kF/EO
3rEeHUxwazyZHILTHKoiiLvruDiUGM6M0KdlFAs7HBxOkmo4MwIi42OqqyGaymXhGlb6f4peoCa6D09BB04MnHRkNcVMq0AL
YUBMrJnNn8gpTNLJBcE3cF72GCImHRy0syWOLxMyEvNZgppRYUSls64QIsbwcGGSeiAZYk4IGYk5rWIYTTmuISeeaRQGOBNN
fVwIEGRe/P94HyUJjC2zbgY4p9uUBARQF5vXBQiAxpGZOYrTgfL4BPcDL+HBSQ/T2dD2Saao+EGYSAMoIjlh/xAlnWBatVPL
hn1CsRZZ10o7j1WJdP1bMuYmFpVhEQ8oj5kJLOOxP8hmYtxHlbRavHB86nP3QTOJhTQzps7H8MrgS1NNPF0DxrHV5fQTDaYw
DetC2edeypGC6u0lw4B1LxDm+YtJh0zn7FhBVR8ayaYbDwn+07GWhDZkMDMo/kfKm+gUBSUhROkRattB4gZ6yt2wjQ0IfRxr
dmirUz02SchMwtDHA9RS4wBSFSibcJGSgJGKYFGCQlpKrHGU7gykBJGbCfZgVUfTZWPDmJu2fBIDHpUEWuS7FBrlPR1GxBCI
GSZK+z7y6MhHBDFE2ZghNRvw88VbHGiKGDyHCDLkCTlAGN/ebl3e3F3+Zml9aaleo6rVC/fWFu+tv3Mhu/XaagZgbly6uHzr
0gLd4pDL4IfiK+Ub1a0N/k59/Z3s6qXspUuV8p01w5WIPEVILFpaBho+UveqOfF6FS1E+Bpv5EF5p8CQ1y/Kuet4aQFtILxO
VjSvZ+Wy0uWQ7PB9EZrFHdewJniHM7tmYrSTArjGoLKZcg44lV111UFqNPcwtO0ha83k6UJn8UyjKYScPBmNndLeLxQj0O35
cG4onDc9GDh+mH1xorTbD77sjdzzXXP+H/SZW+kOlf/7BJwdhI/uH08m2+quf3R4vy1n/X3B1QMFFGxPjoGhHMVpGD89NrUw
3mvP4rPHkHkS0L09ctr76NmR0H72RXuGyV40MgfALzSPF/BM6gwkVHdrokskLF7lYxPEYQJjkHjKBn2pwlckdFhOJ9UeOdpI
AQSeXqKgCUJ4Dp7XY3YYqQlUgWibUh0PptMDMCOwiCVAMMeNKd7iWT4DLCCuFSQB5WsYCPAsF9lI4AfGwhwGccDB2DQ5ZNSl
cPPwgWMSNq5VYBRy5k5YQWfQl40zy8ALKDsAA1fHB5rjeXjsRJq/yCIhYkEe2GnjOAwD3uw8chBKs9BIx82ZFnnSJB934/Fh
p+j5ydGBy7mIog7AeWxb0k/QVWgyS2WK7EP9BDJhryfTKAdKcsz3ecX0KceMWUR3wnXTKoam35fh8K9FYG4BuiNp4T62OHgw
h+wePsQU29+HzIFdIakkdBBk2nWcCBkbNgXDHv5zxbO6hqOHwdxxPN+nAmvupsBOK9rEnVuWDNmB/zTjuUNYhAGU8FNB1iMd
jVwXZD0Ay6k6AoRkAALwHuZHCutYJgzHEOhosa9CX71OGYMJDs/nEpKkQTRgxgkVWxEcR6mGJlUMGaCOg2oejqUtTnoJoPY4
R4otIiPFGDdy4AprEHWQpVg6YFAKVBEDpkgxNkwzsVPGLWZQItV8gMfzOR6ksDyj5C8VizpQ26rTTKGILlYkgaPozDpZEcTK
ogWPq7m8U4AIDKf83EYRqsPSVb9A8Nv55WwJkGrZ3379nvDZ13LVjdq1LeH1N9gbmcyljYsb69+6kvle7fJ3lvLfE8grq6/e
+q178GXxW998/9J7UitTflNMwJ2V7TdrzOlRmNS8aT58EOrTrgcXEJTvTtaNnXrcmxydnQNH+DTw6ZVjtYOyXS23OzgZdIHj
8Xg6MVJm//LwI2tSnT/Yt18O5O5h8neJrxgfn3gdmOzu9ztfPOg96L8cHZ5jbe3g4Mnenvmzc/v88Mnh3z4c273Bw/nD438P
nVaNPcwbeunl6B8K5qMv7NgcfDzvnlLe9Cl0CPROeiE39N1P/8ZxP52M/8E+/4cvBy954oHWVVDiHzN5vBinV61CE2W5mB0i
HUYwRJfrA9nFwkkQW3yshY1MTOiZBaoHQnt4PEWAaoFguYBGRVNfwdUpNZ00SU7qL6Ftzebdp47MjX26XEYgxnKCOCYhlMAL
Lj1mWRuVrBw7L6fGgCcTRrcc0asTLswSMdrmQWTFz+m701MARYjDUoshcBeMK3+D8xgWfuIGDcKgikEWhiIF0QvuCxl9qlU4
CZmnS1G192Vb2UvO593UOb12MMGSsKtbSJ/Sc5F33/dTG4+T50ejMMzAHUvuaH07eIiuWUe4NU+Xs3Eqp5A6iIOaS4Ggg0FP
/4utQthooHHoaOh9jIz9M1tzA392SsZJmKjWKWg7QUlVwmg0tVzTJWSVMoIpBUNgEATINAVPj0unm8UDm9139HhggqAXBzrm
gQZv+2eeBxAUpoCAIpjh0AEAVQwCFYJAFApMUemmIAyEfhKi2oz5P6k24fuRDAbo0DF5mfTNKTmFvQjA4RCUQITyWJ3SIFQU
QjQ0YjWGbRIHZV+P3AAe5wYCgnAhZukxxASOnzgYMs4CBXeKkVhMMA6NCcUgEcgc05AwiKzEKINW+IikEdBiYqrR5LICh+fZ
JtmIGbTGUYIoLlxphhrbzNNsTGMWTnAFnq4KX0cETqqlyFNdzRFogJdKbK74gwOdJ0viev5mjStG5SrILoFFaanot9/YXltb
2aZ3sov56+uXLyLrhaXtW9UMmqfA9UJhe+NmtNyk9Owzpnm9zhWp9o5Upl13IUO3DPgUx0IzDY4567BRDBWFjWRiF+gatxTa
uGFRDm7ppFwgSb9lMLZoup7jZCJwRKdLDpEPTncVqDp/aSv3FXwWdIbolz3zQccYWX1oKJu7srs/fanM+IwTHzmAMu0MtckD
Zf+w3Q2tgbF3/A/nf5eqr/+lE6r4dNq+7+7vdz4BNf3sl21NAez5oT83Bydz94g9Vnb/3Xn7MX34SxJU5J89Z51nE3WkAT+3
i5T5dKKeicPQPiz+4gF9H5wf+Y8VwDjLQ387tyPQ8AYv1Aex8xHQe5x07tsh4Q+H3Pyc9icDrjcpQe7MGw4oG8T65VHP2af0
j6gzCqde5nHExyIGcMwhO21VaDyYLEUTBGTJwCYPY4l3zwlyCNIx5lquBxmCV4T6cAKgn3F2wJAemOQcNuSBUFC4oFiGCUbL
RjZQYYF2HjsgJXxwAjZTWEqQNMxT2vdSzNQMwrZVPGXYkAL84dh0cEAl4CyqEA6hMuOoZPbN8X1JBnnARSwJjME8D8Ix6tIg
ERHqdt7OczmUQUAJIceRjiSV0GZYOAZzHyM47JgsB8AWgcVZ4CsVB0CYEYjExREgifqJCflSTHieA6EwGvqBiQQAlQA5HPSn
xEcqjGVAWAcByA/S+IhdBHCjKMU5PAHTgwM83wH52I8AikRgIAHT2UQAEIRiSqcgKAsbCIbBsYcCGowFfOqpaLqRROMIGwIk
jNF0hoNTKRNJio5gEIVdroETaMJwLBzwBCln8hYu0hwE4XkQI/EQIRnUIKogifQJ3Ce8RFAqVZYuxLSAwhBiMRl+gXVzIL2N
xeBqViYRr4il+yZASyRIgYAASzd+87Xt3QtL0MW1TAMqt6DV1xqZ2wut5dy2dIlafPNWcYu6klm6WFtmvnsBzFxb/BpH19mb
VwvlhRZR31zZKX+djcavvLq5em9R2GBq1Z1V6SJ0gXpz4ztbVZTCiMXy+rvXr6GXGA6mtNriVREuMOMrJL6B+jck9hpiBXMv
PQWUMdEzXpSouXlVOvVwmI0gbYafL+t6kGZxOnk6z79MT4WS2Ps+qocdOrHjuSkfHcJGZVdHlAcdZX7uDrUBd/Kst/uid2ac
Kkc9lT+dPN7v4vLL8TnUMkajjvbRCTs8xT+egA8PT/cfjXfHzzjrcNeXzSens6P50+HB52Gwb//EVcbPI/1goLS77fbprn6A
P6WG5mf2s7+Xporyl3u+fu4PR3Y4mUwl/3xiTJxDzZnY7fH5Iz/8T8DfMYDeY9Rf6maAGrPJvLfvzVZjrN/ufEa/IE3XdM4N
ygRczTbHOVwZOIk602zdHWHPBrD1kOiLgOE5mmnGUUlXwZlvFvUQJhRXV3M+YmhI0Ha4KKQMCg1z9Ff/XTAsRY+HSHZgIR7L
BBQgB14YaUBYDDWdxgHYy3qgO5tzgp7yFE7UXd7yqwSMEEUixdQ06PA0579iXgTI4AQGOmT6rR9BGTD2ORgIE9sHCVfHGCd0
EQTN2ZiOF0gQpCWAjhECZAMoshCUhHGIMgkYwkAPI2AYSmAcRbTYCHZMEoOAOEbRrz5BkFoSwICUh2Epu1soCcBAEAJoTECg
j/khSQGAidMsAScwyihQOmXmBAlpOCY4PB1OAEocGqJ8hIZ4TEyfG4pZKjVaZOpDWAiYkedDSnosMapBseHJbDRgUgeEU3t0
XS/vIhhjpRUsMH5C82IEV910X4FigF6mGkgJ9iMahrzFSsJEPMk0W2GQS2ZNRFtgiSLKiqVaQ1Iwia9nEKyskbkuXwkpHCA5
4vIGsQVtUUwI80F8Kcc3g9V8rlmMZ7mWmQOzTYDKhUJ2c6fewKjlhYXCtdxVF+OkPEvwIp4rCMxdXGJfJdfEUonxGouv5Rp4
rgiKKQhVRyi+BfEZEqU2mqvs6zjO19ZL17PCyZ21xXqtcHkpX15ZlvhWdQmrLd2qVYT1chNfKG9u5lfXstKlpSeF1aULlXqO
bC5mVutSqVJZ3NBfm+aoNqfjNe/2MNvoXD67VBxp+FG9sjWVQnw7miOmxKwKnaq0sgXwtb2dJlXiWzXKSbyRnW2d8KG3eoyc
gXoXnmLCQyjgtMOueSpPhTNkXp545/KTeQTCe/xM/fsAMV8IqBHaM/+wr07bo6kAAVFcCTETdjQr1FN/pL0B6k6KZyxiTce9
F4DuEyzwS3rUZx5/WMA0TkcbjzNhJ8bSSE5EySJtp4qZvuVECTmbs2a6J7E3kRQ2sNTx7MAPQS6055iRAPBlAJl4mp/0UHoS
Q2G6ziN/pidoGY4tOA1cV0Y0CmwH6Zai4dmq+xI4pN0EjqIZbrrA1KSAkJ7IyZmrKdgsAaMAjAGQQLMQEUFRBCQD0EADAQl1
K0znzQKMsIO7AQBBVjKI+66l21CqQojmuRppInGgYH0aiTEq1cl0NQth+oAJUEFZx1dJgMWIEKRoAgQoXIx1agqY6b4SgEcU
EJtNRw0KcTwAXR3GtSCdKggKYIeD7CjBQQ9CsQgEET9kEtQB4AiIYcf9GRyGPuhEJBbhARshQWQZCYSk88Xhccj7NCzwhJ+g
CeSivu3jSVp+GI2COBZFFIXDABBANOpbuCcGfoLTEGAG5CqScymiQdSTtIxwTjRDmkL9bKiKdMLxX936j4MYI4MiZfIpUMLr
uN2iGNihaMoS+JDONBw8AtESnTNEQAOg7ORSMfCLHmtiOOlQKEG6FMQwHBJCqwBBZGmILCV84pRFXkYlgq+vtAS9sJktk2Q5
F23C4tJrgpBcMaoIkIOdZpKvWFarzpElt7viZJxXlmqNqICR7zSCdH/ror+zffHNp2vXvrOxtHrzNrfx9RX+++X11veIKze3
b5aWF7O/dn0Rvry6Xrq5qf2qilW+tfj2e7n3G6/+6FLm2p36xSts80pj+fladbXWWLq8er16q84tLa4184urd6rLF+7drLca
lSublaWFjZ17F9DN1uJW68K1xeVmbq25srKx3sAW3vE3j/UVpPpK7grz6npz0c5vFrEMu3NtpfXqvWsXmYXc0nr+WrX+xvJr
Nknn8YuXG9vV6wVhMV9tNMuiQ1kukQgywFl0vLCApWC9qOuvR8sAZC9slN9O9QJK4hWkcIXWN8w4ljhxuBPpRXMl9TLbIsEV
sOjFdMocKEKDTCnGr4gGubpQawk+Lk1upIm9s4YaNYlqON2VmGLRDU4TFr2KUG/yXLURgigqzWELnxIzdY6O/MGyH2QokOqg
w+GEojHHm9P0mdWeJWpGDBNqZmNwYIXJKIJMGwtVI4QzuiXDlDmJZ0mInEKyY/so7dma6g87UCijtvcgwM9EJcOl5mL4iW/S
quOlxjNHAAMYQoJrw7mw50VjL/DHmJZ0cI9EMSuYDbBIt8Eg8SzQCIO54llQENKOZyJgnBaEnyL7QEP4YA8LOmA+/REfy7bt
p+ZFcKbHQz0I8n3IjV2cMMFoHECmhvQCGA2ALo1TNNwFMZWLKStEiQ4KQl/dpQ+EQQdhqcixYzKZe1D01ednsRzHgfEOHSUC
NvYSCkRnZNpz8JRgINj3sToXaRiGoaKPmBzFEiwW2CUyIuwciYURi7MIwXO4mBeQKh2RUZbKgQmXUHzqV14DHE08MUkMOuAp
IKNsZzPoMkZNarWoKGTMSoIYfovCpeaFikXRnqRkWyTdo2EyyWYs9FKm5XU9osRnUrKkagAJfChliAv4BQ5aLmckNGkoGZy8
KuaytatOhlzO1rlsHqmPCni8zC8w/JvXrmzvvVJvbOVbrXzp9mr2jR9St1d+RC1I2a21xRxXuQYV1puXcjeZ3B3xSv365dtr
m9+SLr+/xdevXLh+M//jb//p7/8vf/idP/vwBz/+gz///vf/+R+//zvf/5/+6He+c/u33/qX7/yL33z3R//qG6//+L99++v/
440/+bP4B//kt3/3xx/8xu/84Y//5Qf/w5+9+Ts//v21aqEcnEPLEJwYamJ6gCHUswSwyZZCYTE22eVsM0zqXJ5ZrxM7TKCX
VgsLRInIAE2kqRYKeWT5wnLmmFgHhVxKJByeQMVGCccbjVZVXAXs5nZpM+JXisXc9nKwVoaj9Wz1ClhnNjLXwcVCSVxk0XoL
SMYMhCj9BDqhEwCsZuaKeFqeMK7fNVvFMDzgaEodoCc6Ah3n1HyhIzFe3UDqg4FNnIVlhvnqJXdkkpAQm48ilhR8A+pkm0SI
aT5WiPiRQ7GVk8KTuXVg8KcgF8TZ2eLUzHE9XT/YzZ6JddGg7E4mQqBJ6hqe87zv9RAh2QusvWfaC/+kPQ/Jg9Hz49bLTvDZ
eLTbgZ7O92wg6h0f7QNrCJSUtkEBhsBxTRony8VoZhbJfAsEMTdCPQRyoZjbAPKeHPb85SAiR33CmqOOjeHJ0G1ywcvJ4iaW
2XrFzaOIjNSQBlEASGHA17gsZLmVZIYKWLPWrCQ/7Srb7xGbjmPVqKuOUsznOfqLLNi99gKbolA0UdvUJw7rco9SwQWeYp+R
yqPh4JPkxSn8InmYfPLxh51p8OTQejYb/1Ie7O6TB4/mnvLm7fNqcHEGuC87Vgfp2tKd8l6aFMxRIZprci6YQha3iBHG/BMH
euFvLbkre0q8b699PgG0XgI/cwK6eTKpkiPDkjyAB60lZF93BuBR+RwaGORKD3L9y3Z4rPS6oycD00fkbhB1GqZ57vRGUeEs
cPDi2bgI8bJBCbELB7hjTnU7HidjSoeUKxMsDjJadAadn9/udJWRN91zYi1jBx16KjNIBumJHohicKQFEgCVwBR2A03wEZ8j
MNOjEQFmUylkED5cvA6cSzRTIE2Mxet+CWZhH+R4hFf4PIkRWIZOwAyQy7MiJJAIzWRIhCyxPFxkgGK2wIO1N2CckXiJ50mx
wnIpZ5C4kHIzCCcpCANRkmAACIRRatQxDOAYDMEoCFggDCcQiKeUEEYRmP42BRco5R4ABgMI4ETJNfiiGVq9uX8+U5QCR4Qm
T+MBxdvyRJM4CxNITCNQny+DhhAwRSZiE6wQLM1hiMSHNjyq4Ioy2usO9UcHyVAUwPZj6dx7AQ4mw1+eZTqdE6VbOVNc9/pa
54k/w5NdFv2SOvMbDyZn5x89cXmvFkS12Z4W1p8dkx5zTbR628/9Y+wlPPmlvHIQtOfDyuhg1uYL2sPhgLAfrGYfLz3duP2g
PenuGwWJIOQS6p2M7NGQP/P85dCwhGHVQmV0gJ5JPjG2EQoeaAdsblmmDk1QW8JnrQlafTKV7afPoXZ0zTWG1EtWPZTjJ84n
U+25rzzJutanSfv436LPgb0vpyb96el//tgBdew/nx6ce72fSg9lr9293358Pnl8WsKNiTyWHJM7C9w931T5iol7xwNw3vt0
2j4+2uvIJbsz3gsjY9Kbftntzc6O7+uhB41//gl8JrfhKDjzuJKlbM9OQi0k7Rgum10YEmTXmwJHY9+/vzC342f3e+xkZI6M
riYr2dFZnginw6nJlwsvXjhpEedCXheMfxBjOUls7dPAuPrZl3mwN7adzCO5Z8efE4fwKUDqp0TvycDT5uG5JvonEsYXh3IX
B3szpw9FqtuSOtNUNsetbvHFmbrxDBDZywBz5vd88LxXiXBg1yNfZqTpCJwpJfYLp41uqCMFDuRT34dhPVgt/b15wYpm1UNN
/vn5+nMgAcRH9F778SDMHGY7KvbsU2E/KZ89tN0nvmWCvSl3qBS8RGkjS1CoR33y+ZmMB0nWURydrDowhrKnzgwC7Yh6rI0V
yj+BwVDSH1ciBfBOzh4bm08+N06Pjrvz06nf/8j0/vYJK2uD5MgaPg/Dpxo6nD0bHmsUNers9X86sO3Dr14PmyxF/umz48mT
Q7H47L5w+lDuclOdO31Un/7siOjYh5OhM//Cxp61wfb4YPxcddYvJP3ez+QzyJRl7YzO2v7+oyNXFEwJSjhjnoL8CBrKBOkM
FetQimVDtyJ4pspDVZHmGXpGlSLZGEcII+gYa8zMyLAcuXpne+3k8h145/Li9jp2iW6+CtfLm1xt+0q5slZvsK21xs31nepG
uUUm3tbdu0uZ9Sv68kJxu9oq8+VXt7BihQSkcEY3c9zCkGbxJpnvirbjtS6rS7ZZaAKZ9fwFD+4VoFnRW4lJULrQq4OFTeIa
O3fvEhZjhiw/PQF4AwDGQ7xfvIHyQ3/s+MJZdniyBgSz0I3j1OuK8GfPRt0iOPZeVuZoSq2WNebB3uFTYAN6MZXPAg+cDKCO
wlr0MDgzOvZeuv2efuRqRxM8LbFnu4A83316/OL8ZPAEayvm4Ph+B/zyxQC8fq5anjs62u3Ez/a1B089+6dP/cHkUfcs+Gvz
ZdY8DkPr58+PvlyAMGXvoy9mQ//vAvPFg5OXTyPSeqi59Q7bsjD2JMq4FkR+/oLI7utxa6a1D5D9YNLEJ1M9OZkQ/3ZzZ2X+
bPcluu+OX8CdYX0qSxmSuawhyOaSvoPDTF44C8pzB788X0p2SkTl5zhdR2rLOeAnmZlj/1+lhdsIqFZyX7jJ379you7MhRtr
Gf0SESzsZHMrjIpnWkfWOlRduGlfcIMFXHiEJQVSWMiv7G9YAHCgYPdaq36pfoKhmSsnyY5eere6W1dqC1xxoyqRhbTzoGh1
e0OzV2iCEJ9x0Cdd8Vlz52JFcY7A46m+MrsRRZvBoNQv3dbijL673ji5dmwuRjSWUF1zdJ7Z18sM8hTOggVK29X9/QfW3lJN
Iu3wNDqV1cpxq+NfChxyTq31NWfylI5Pqtxxzc8AMTkf7tnMFxBwpD+P5x7g9Q/ilyYWzklCKI8n943B88+fdcWpDM+ntBEI
jx7Hxz0wiYgG52eaAJL4mcDN+SxWw/MeYmA2SOXji/W044AEqQY6RUv0qMZWsohUQQtLdFIMbdG3281gWHXs2UTrTft9/+G8
N8DdnqNkknhk2Ug8mdrz/lxwI4AeaOkaG9m4rwVgVzk4mxtTBVHewPoZP5yEluWMyfil3x2Bh8NTg85N52ZSELtj5cxyKmal
ZYmCldBjHe17Otkf9qYvgv65deeHrxNfXHhPuvEDvKVefD+fXbJKb7H8xtfuMJey8Z++51y2v3lr642N65t5fqTdfvuD9Q9u
XKjcvPV6p3FbuPT9b+J3d0o4+fr0LuAIkPP2FOYIMIl1M5sP5+KsNOfGtojlcNxfejhGw+q1oZO5NLOtLWLyTk63X995QT+P
F/rz3bnan0+HqqF/DM0fzsKBN7NfDF+IhvnyrO3J5WPbVY7g2cQbaY76hXq62OmCiXUe906t4ZPL/vzQOFMGs1n87Kn5nzpj
/2+ency13aO/cv+L8tnh0VwDOqfqXz9mz2bgcX/28CezE+vZ8y/aveN2PDuaTXdkH3HPJyPNNecaLZ/I8FNtiOz3z35uf3z2
Yo5P9WfG7MUzg5TRdJvnyvHMOjttR/1TbZzxwoQuuIVKBsKo1KDmTQg1NexnuWg9cd0vsVlaYBk/8xR5/lL4d0dc2UjaL7kD
EOvTPRDSQQ6McBfmcWGJ5uuaRCIMzwC0Uo4KaJVLiEEw5J18haR67EBFfn6PFTlLQyE5p0LC3BB1gA1oDiJpqFBmCjUog4Fk
mef5sOwRnITjnBp6ArpQytEg0UflfYNNij7aSALGoNgpmFMTAaF3whDTsRS/YIhHWIvwVwg5JbdFAowBduJkcRznBaOgeubT
VSnGXaqJcjifTQmvaAV8TKA4SxieD4E+yqt2XoxRy7OWTA6FoJjUqjQEM3QpybiHjJF2SJTHaIhEKmUXYVsahrPHfs2qaq6L
wmm1d2wddAHlUNthYhnpqpH2AO2Y6XO0a70n+0djaIhPZ1909+UDZSKbfaOdDVWtJGcnABudEw/BfhLFqgZ9mZAVrEv2B7vQ
C9qK92D4adTet55Sqq7Ryml7IHuj+OzUVM+tT7GrqIfGFkCziA6UccJzEdrnGL7IATEHc5FMOwTqJVWqwCSpSdI9A93Ek2QU
xwOOgRxi+Tcb+HRrTareqGzCr5S8/IaRaTYDfL3BNCrfeAs3lvgVgW3eefuqsNDc2Hwlx2SqRIVdyBR84U4re7n+u28T06sL
yM1rvIslF3Oc8SaxRnzIvb0qUEDuXsnjgsVK9jpzdzW5xBTgD2j+N+7epfI3vxksXs0l32yaSSWCfLxNkekE6BuOGglDWl1x
M7H6ZcfM2MrRKR4Zkk/yYc6lpzRurbDFLrbSVCwK7aDGl3w4W5wBz9T4pH/WQV9az0P5+ekv53gw+7zz1Jwo52cjZxx0p7PB
4+vKDPq0n3AdNZkGB4CjHCTyAcIfbDLizIc9bXwC3x+Hfz0z1P9ZMfnpw9FD7F8Pn8smag/31dlH/5s7cYF/P4Lhf61aT6LP
TLt9ACOWhau1Bk2SmAhFOGe7yH1PpP+NACzMXOyE/YkcJCiKnJAUtP/Rf80C/tAEiL+w47/wP46kr+7wh85EIoPxFBHRIJew
AIVGmA+Pc47gQF99HJlEEAongChE7T1CQhw5jovPIkRFnKAQhUKInH/1RkOYyfgsjHmcxaSRjsAqp2AoCHcJJesXeEJAw6EP
mg/BuhmEZsElnWwEc0IEUAQmOlBDpQQglRFuhk9JRsKU1EmwLA2iRyrLATkqI6DOnmPvPdZhSmUo0OdRlAljZmwL6XUBEX4O
lsCESgjXxvgcF1lUUaQEkkQB32QpiSRh1J+Z0OB04JMwAU0iJPBBAIO8OPX2kMyKe27Wl/sxbhss7yx6Y21L/er2prbjUwIB
Bq4zhG0c1Gl9/tW7CoaqpsBm1IRD05J7M5pcGwFF3D1V8DYyB/l5CvDR44OzeGC2nX12TCNT/cXk6USGCkMdB2ewPgA/r3oo
PmxPZo7mik6FrgaFguoHWvXYSQWegsJZGIWKe5/SXCDhYswf9TrTkXVMc1kftOywkyuYOnHIYPzCiojYW7cKrRstnhJztIgb
xWLdL9SaXCk7XK3CK/nGUiHfwkEim3VX1q5wlZ7Mi+6l2H8rv7hafPMPy3c+/9F7C1f+cPlG7s0LtfXr7994c+W3Nq/uvHrn
w53b766/uvPeUnX1j3PSrUvIxR/d/X7hRm5jZeXeG2/cvvHt127de+195BufCs6rK5U7pW8s4b/7inPjSlL/vQ++/mvXLy38
qmq8e6e19ual9fqv37n3jaffojaId1cr7yxdu/HtjV/59uuXSzPTeQwLzx+QmmE9QY9OUZ+BtH25BPk+99wif3ZQO/AsKuHU
EwDPPZR6uyd6VrOgXnY5YTPuXJ9aoNIvKz48c51xdKbOelkFfui0gyBJFGR88Dk+di0SOjs98IZqPrKGHS0nv0hmz7hpqleW
iQQMcriIGEjMpSHmGLIWPYfH0BM4KCQ2OKefp2FvktDp6ZEk/9ULzddPbAr+OaT9PTc44TUf7mGubQnqlKEXITAtMi6cz1yJ
+ZkPLmMwFZctgqQIPPKAHhu+OKIAe+DWGp8Q4dHiPMjTRAmGR3NYonx/noFdDrEXkjbvFNAoiVgYxsxaxMceTnmgqYKU/AiE
bREnODPkkZzHIBAh1FB3jOQxgbDyUlii8WXJC+lQcGwiEA0wIEQRs+Y0h4x8JtPfa0COyMH2AMvnxHRobbDAMigqMl12ga5y
fQFgTAYFyRHNxHgsjfTYqFYRIhCy2qALCCAuYYbtI5U0YOoIimGGU7Bcn8jnekSeAoMePct52HKUtF1YRWJHeTIblkWPUQjG
hM6ngasijMe4gJjkkFVjKOYUjzV8K8NnJ5gAdyajlMQUHKEjzVkOQz3UjQcnEe+TKoo9hQxtMDoKYEN1XT0Gp+g03tT1wDh2
DvEo38+S0dBXgxkRxLDpm/pkfL/jAsEUQpAEmrrRqKP74ekkdi0gbvcwz2NmpHjeww5tZ4BqxbO8Mz/DJpgN5f3oHMyZo9n+
PhQrZiuKUXOqQ4m5q+Wex2zU3QjOp3ocUWe+darCaZvhkMvZtGPNHSCyPNKiWAiw1NOBJ+v6y6aRwK4LAVgEYH0lY5KTGYwB
qBW3tA7KOBaqvVpZEo62FiRqoVyvFcR19NXX8pcaqwR2JWlV3A8btVu5663WMpmtbmXapW/6QqnyT96qrP93OfDWnfWdmxu/
Wpr/3l+txT/Ykr/72nvv5/6bX7v8wVvr167/02+9/d77b/3J7OoHb93aXrvsvvHtr79XIT+80/zut5MK8ur7NeLN71W+/6Yh
YwsrqLJwwttZPmoC2oUciHE6lmXJK1XMJGS/JbrKDjmMGlnGTauduljJG0Nru7dNbkplXNIcqxUW/ZMIyHm+FQduQJumHwCe
7hKG1v/8YSKHZkg8ZRR9atIBYHrBOMWHqaK7POe4IBL7+7Z0ZgD+kh8GkTzyQplm6BNgrjEQMUokIGTDiKkDHSf4W8Hl3Gxk
+mfgsFe3h1mZYARydGZiWNwAy5RSobokBLSJUnNAnTkULzp4BJBUBqAT8wi6/DdFYKFfmIOihmk5suIzgFguoUYvIkGT5ChO
CVkPT6auxef71NxlISHxtAgh6xQ+D86tDfk/sjWV1izGZ22slJ2fOzTUEnNiPjn0QQKFdJwLYxMselXew1WPYSGocspSYpbG
8Wg6leKjBgHQxKxakvw6mkN/4pWgRpFaEEBELIiOL5MzoU8trAVFzaOHOIeBJyv3qwgt5nMFVUPN8AUT8gsE8dX9ZFdgG34+
F/lVxC+VRB9NENV6JqmCG8brvqrAnj2Hvf1PPVdSlbhYAvRuz1f3NschjJWFOUQVVbo6G9gREYSrUJ3jAS+EjqikGodhiJ64
HOBS6ZVynxRt0/QYwokOYQ34q6Js71El10AKuhyv4bOJIYcuWiB9oKQjeauIsnm2ZIZRzQqNXGiDiDzPhBzOxqo75kV8l8Vf
/JJFq3MSyBpsEfVhcSYP3TwzUIvjKANWinCVJmQNE8buMdA3MDoQvUBwlOCFPvAFYNSnP2/jczBJTKNdsiAnHg6wJC56/AQ2
QYHNkvYaCiBaE55jqgt5ZEEIGM7jQM/CCJnNQ5LeITjD3UpR3agxVoF2PI6Kro629Dy+mCksxcob0maGRODrq7k3eaqRt0cL
ALgkEStVF2jUsQqaGIVLl6A89W26vLZKMdtEzTMvmd+h3yf2X1tbvpZdfp98862Y+O5vrG2toVdvny+sVBoQLMCv31ov3Vr9
fVS4LnU5OX+1KFO/Vm0VB4cZQK2i+ckGqBAQn3YLy13fJJNGKbvYSERh6LAMW88yLJLZ4O8o+YDEWLyIFeriMnXNy5dxLWLG
nhDuq1rkJWYA2TaWeGYysvSqFzhBxzQxr2i7s8hEXPpvfAMYwizio5LsRRknTmzZG+ouZ0GoQXEOXEY5loRCkfMjPcA8gIIw
zSAly4/ip238i4ARADqeeSoFD6nIjOeuJPKfiBJJSwhOF0FsVazWAQ5v4uRFtVkmMLywhIqFBpeh0LZSGZ3zK1iFZTFHwsA1
ht7wpWo5GQBEQVFRAlZVRIQ8mFBmCFgsz8kIDww0cFCSjkFMmiiNgzjHhl2LSNdsR+Sp1DN8qiIZWYSWSRFmQl2qCiGUByC6
XBGGgMHFXq4P1TAIxYNcB8gGVE2INLhUkci4IbAMJfA4yJsp9UIkI8JsXB+yPNQYgrnyadDOJUywn9nFBCFKpZIbJGqMjvkE
FasBiAhFLmrwTK7qs5ZEMVKECHguYk2S4AunMUhPaKOCkINh4gN4jPIEh6KO5TwfoekVLsDP8RIeuDlbQugYsQkiuwFRCSSF
OR6XmFySzKlIMkqe2lEHLJoECUMY8LktMesF0Mn7CXJAFhMdTovFTyAZmaBQOGFIEOW4ZtwErEDzMvnCMDNyY9dkAjtxcXsf
duBqbHB8F4Qg8jxBjTHnsxAI0uPdNol/+g+8Bao6k/XrwdHZeIB34zN3osL0qDcdMMNA/kurpwknp5eiL3Znc8Sdm//Yyc1J
yDMA89yVojiiDQgJsjGHc0n6wDSLQW3MRUQahUxGBv0xNTsQgLMLySwOezjvyT2zZqoheFKrbhR2dpe3C1u/cmG7sVLdunm7
unkt95uNyxfvtlqL6M315tLm+sbG1+DK9cXLzZutrfXXrzDX6tv3Gq828isbG4WtBpkACA+fi+Uoy+bXxrUmBjWAuyLKcGhO
dHhT4/G1LLo9XmUpbA0sDbIIWHO6MoeyJGtzwwZJyMchfQZhlI5JXCaHBiFvigwXBob5QMdGDoLW8S8xgwkCKD5BlTR3uJkf
iuoUZvGhykbi/uMRfAIDlBr4McF0PB8Y94+Hu3NnNNjrTfr2HJjcPyH9i5yuH6R60En64x5uDWaW5Q16c1yMPErooiRqkQRt
ahrjG8ZMGamxMp3rRjoHmoeOLPeJEEdG3/oMtuTBbIyAA0ULFbTNFGkqk+X8YrZO0MuVLK03yYCGeQIrZfJBBOfToIUYL0oh
uJQlUOARjwApwBQaxyCDC8gn9WLFcsDpeM5KKMyhG6DNR6aXZlaASzgCOXTJNzkhHCfh4wITQVBfwBGbtYVtF4L8NWK0RBW9
PIaKFlWABcDLms4Cs3/sN8OITJZ5LKFJCSuCOmJnPhXYGMeYRSGG87hNsSbU3OLhCpAXlzipyKJFN1MmSy6SxR55XzZtBAnW
GYaBXImoTulUywcBwZVRkUK80iLv2rQfFSHYG9GFXHqOIiqiXbjMNXqRCiB0F4vcOJRzqIfZWEA7bqi7vuUiJIqdHYY1GGNB
amqiki0PYqHmpbWBldAGQvHlw3CAM1wsaTESTEa+jcwjI0iIOFCcmFA1D7b3QjyjIUhND5KuEjgOCvUns2kUAc0wHx7r03ns
FSbMCQmVGPVldB5r/b69gDS0PoLsWu4sVibUT+YCxJDqTDs77obs7kNrMFBeWnzs+GNp9nQOM8faoO/kX05HZ47Rbe8D7nyL
QRnti0fKC8uR9f2x5NGx2j722Ww1diWOtCIr0RccAbzswfxy1qKCAJnPlHFCcIi+51uDjHeV5i0f0aMioeUYnsRiKnXhm/Fd
WAbWlzF0cYEnlzapK4gL3iMXoXKyYprtMv4mkCFdWokB/AQFyg5VsDAfX2tURdQPefSdq1eXPnujWr5RvHNHvHO79ja3tn3r
xtX6+/dK32nevZdZ+wGGLa58eO/dm86r8fdv/zr3VuW1q0t3Usa7uLL1tRzKu+WchvBJfhxnZLPSbW1nIM4tzC5lN9CUm/UK
w8oBudOwc8AdwrUunpBZZJHCdxOoBAIkNyEdxgpA9cy1o7wV+uc2Cqumi+/rHGeBqdNNI0+FQtaOkzTIvUSGGRoRNW6iStVx
ACQNUAM0jJrpIZIkhIXOIm+aAIQy6juJD8OAToCREovh3HaRsxlMDkkE+EoHaq4AqCGO1AAkQ6C8f05xuVRdEwEYBgqci9mZ
eGrHeQq3uK4MJ1NQcJetuUROXGSWl9yil1SwEQVk2CUg33AzQV+3a0jZn6w5veC0APQW7fqpEBSWPaXWzxIJaWzFtdUyTw94
Bl5ohGvZuFZQa/mlOCcvpujZxE40xAH9CaUH5Ulh/jQ4FT1Raa80+RwRcWj2P8IoQzw8pCalBFzk9IZkJE3C/f85eq8gS7Lz
QC/zpPfm5vWubnlf1d3V1b5neqZ7vAMGGAAEhgOQDDJAgqLBitKGpGXoVQ96V0ihh43YlVa7WpFLrpa7IAhgAAxmBmO6p32X
r7p1vUvv8yhLEffpVt5bJ/Oe//+/L/OYXH4AXJogiY3ZE4U1M5Ir4Jjje+Iz5NOzJ71H9SUtKqMFUvr3MVF/OmKzH4tAwhK3
kufr8fQJQuieHyNzgsmfAD3h+ve9sBu0kpCDNq07hB0behCQ6RXT00zbLbPuYwcahDMmMtwZrXm+hRzn8dQ7q65HBwUlqjhk
EMKMQMcgxKXZ5N4k1eAwGAgwYAY/zZ5NwLCpzgQiVJ7B2TT4ySFOIWerDFiaQYg+B4ZICEKg+SxOJ5v9Zwkwc5EzUvPjEv2b
2TFEu2MwxuijBMvYeSywkaO4DSzfHyJcZyS7YDet0S5OU4kRMGMS6ihrUc3eM580WO6rAuOQYzOGqUvidoDwFDQUotCzELkY
IoyhYFRtwDIRKcxBFrIZDkQtSYkmrAtD0euv8CygeakKpinJRUoVlRDK2bUXz6ND+toak0E5PqiaGJ8niuVX0JqAzPNsvlxf
zA6yKlYQNfCd3RGvndMurZwrlKbAYhEhpmRlrbhFfXV9c+P29p3MzNLG4pXnXrhQuzh18eIbVxYzjXn21ZX172y/bC9NFdh8
hT93ezq3Vh/fnr6o8JnFmaVppqrPVg4zmlcRapjY4FV3tBSIdHFBRBcbRr5cyBX9ElMfY9NUrnBxURQzJMqTShUErFSpZYoI
coLlScy1LCMxoolh77fQnhtbrnlgR4aBS6Q/2ks84SRr2HgTBMdC0o1ZG8eOHNV1Y3vE9TkA4hAHItLGw0BvaoojU7yLdkjR
gqrn0ySKUrCJj2IuJatBOLaAcjYo0uXMmAES4cAYo8O+JcSD9Nj4ROQxn9VgZEO6hyU5g4YRTlsj4GtqQOGh5IsRBRgh4iKc
xJOMJATtSMFNoAljLT2TAfASrGCQaOgqT2kx086ECZ9Khpg0ikc8Q4mxQpF4DqeYx4QksTRXA/tYtrCLiX4AHZ7pJD08zD4U
0pZlHpsq7EiTjJrR7EIi0F9FHE/hBRwRQFB1P8wxVB5j8mErJwtISGG6D/F4EA9oBD2gCZHG+2MBjoREwknOoB3a+tQnaC/I
+02q/2X2eDCDsQKVwmWUJZEopJIeZgfccZExKQpVEDxCxm57HEawjIYJigw4hIYADQY81qL6LGGl9BsJubMB11U08nGEcmkL
sSM8shF8yBME9BxEH/phLMEIIcN+NDzkRAQ4uNUJRq3ALaNEyAhJ26XZyB1D4my7zdD366EJCJaKcRRaGJrmXQQPogwMAkr5
SsDSFBzHLurFoSNwqMMVRVfT8HB8zFC+C4lC5FBLAcPJMs5DJsCpDEb6PBAoBGKl6S81xQMRzxCQcAhUBinKFsVpTfQRzyWE
AIEO1SlNA0lGayIrBFKgcHiNRvM+1YA4Nb2enirLYBy/lhVzYZR1MSnRtt9ZvPTZtfOFlXP1mtxoMJuL1ZnLq8tLK7P18+Xz
V14tXC3WFy7Ob1xYuH2Dr1xa+n5lbWP16mU1r2Uyc8+vbObflcHTt9+4dfOVpcY5ZbHx4tWFl/PPRbdv/OH2dFJXa1Ll+vdf
ugLvaLyYO61uvVZiZ/mTF3Oll1i7WCtdK3C3BWguFfKyhG0GGcIqsxdLDKsI87nzAibGmyWJXUWo4ArJLMgqrizksyohLaJA
4PJ6XuXkqXKFtDEeljkSwgBABG4OysTn9ESV8xByUkVAOBTDmBhTQUCQWJkR6zOyhvp8AWXyJZLj/B4u6GPACQOdc6nAcfqc
0BNbSgSGJAhcMq2M7uhsUTByY4z1MavfmGDKExxgmMBCGgsRWyBoNwSEg8REgqo7IZ7sJmMB4BEhBgBDQRKpkUfbLKPzWIxA
9hhnFGKU8GdzWCgJHMsY6wVc5Bs41go4m0LxOOIongAmno/xJMEhHUAxiXK7DJ3gPE6DszVGbCpMWBHn5EGW5mIyDyJHZk65
0jFHUjjDoniCGFzGxSmCQkwiprAjyaKYJCwlgzgg6IjgfMjNuoTolkTcTVMGRcT4CVI7BR5PxmcL4iEeAXUfJ9FkAkZ+//ju
KMMlngia0A5JN4osW15GIIkU0wLE82RaO+MYIz0UphWSAFSCWpSLBViIIeM0KY660YQhKBtE3tlQbc9GzESQvDgOslTg0kwC
0m90fGj7XhglDoe72AmOohEKURicjkJksnJEhX6MMhYeMmkIISm0nD0e9CUyG4XAxyMS5VyS91mWtgI08YmeKEMIbQ71yD52
+rHIkGdrz6QY7E7FJAn6ASXk3VCmiKIhSjZFkRkmrM8yZT5DIFgmbWSpJnIko6rXFqNIBlE18DVeygnK1LUZjaRIrTZDMMqM
jSMnCuOy5lnVW5zHivgyL5IChWL1Ql1ii5ymKYG+zo8gUOS0VA9ELZdn83wkZ4vF840V1+NWFI1gp3CxyirneUy8jc9mpjUs
kK5fy9ZwJRsnkCrmlnC2kL58Qj5XWth4h4PEbGP5VS3zybubi+sbq+/M1uc3z+W1jdXL+PL1d1Y3CncWzgtrq7evrmxsLSxc
Wm8tbG1eXl9aym5cLFxflhYWz11fKny78nzbvoqcf6nxnjn33MPbzoVFTgbJ1vMvZc+Xl7enqvOVy4url6IXgNIonnvOvvPa
Smn1+cVzw9y0NHvzEihreTmssRlljPNB/kTauoxlYFVA+WmUijQoxSxWE0lpoODNpYUCRwgLDS+P0XlXSA8vXRAZHNOALVOx
z2CWQfrIvKVgoByLNJG6yVM6oTkNfZI1I9RZKFAug/Pysaie4ozABQwvsqHE5iAD0ATyeMTJlJ2gBOGLHvCxqG27XOqoGDnO
9hFMQFyKKmETv0vRMYH6WCCgQHdDTAB8jNpQDSa0KyIdkhy1bM8OQ6IF3TR4QxfDeBMZ9HAv5Dk/tCbxeEwZDDRhbPg4jYoO
i0YWzuDW2Q7MAudAJwEplaWfHYIYneAAYi4zePoApOqQloUgiru0CZgeApsEFsb4kMIQFFI+jUQAEQQyGRmcR5NpBNESRZlk
GrU6M+n3oI8ywCcFIkqPNDgjgj3DcSLOBRFIK3bMojQWuABFJ1YSEhhCR4BDKTeGkadHAP4cD8keapAkJEzMGTMu4btAgJBk
GJJAKJxFRYJJ7uEBrSO+kUCUSCY4ZCIE08EIuP0FHaX8tJj6PuM7VkhbwAjlZVtBWFCg0mrMUZgidzwx5oESGyRBgGw2ZkgJ
40cqFRaCObJE1VFmxVeQviSmBJMFvFhwijGVkXkyEaUxWRD5ZTHnzwVn0z740ZSjYmEaPiETWnbx1zkszxNYCsygtpyd82lV
xUpTJW0szyoVia9XgyVBKl1TS2DFr8uCAuMpe34KDacqdTYHelceEO6d2txUVFbUlxo+ETGVDPXCzfMvfbG49Z2li2urL9UW
bzQqb02d33p7/vor51+or1/ceP/y2uyFtbmp7Rdz75xbW39n+cYf527OvfinNwq3frBw6c5S49bU2sfbq6tTiyvbSy9Mv7CY
WV48N59dXrk2tbz5zeulubna5tbMwuzW9q3zv3phbvrC6oVrM2vL+dm11etr6+eKl18XLv+W3Souvrpxs/jGVnkbyZ2fyc4U
bl1d27j17q2bha3KhXOzl1avvLF856TSmCK239xcX35xcb5ceW5jbT6jabQcitMUq+E5ZWmzIJXmlwj+xcx2XiFmn5t9ncky
5Ryzra1fric7MsNUpqeDNxRljdmmFyhBlOSyUIkTpcqk1KkkuRopLYtCcUsqcbIr8vQMj3KVGZpUCpwmXVpEU2yWxaxYl/FS
VSYorUpN9CTnRSYRxE5/graCJ2ezdvAQPyV6nqcKKOHYCXNgT0x6zKEJoNMqR/rkMLD1IIY4CExLYQIrpmmfQBwEI/dJh7YR
imcwNwoHPg6itM+OkWwzEz2VU6Shkyj95dyIpHTl//94H9XoAUkMRig0QjI5jfRgIOKsgEAv/NzywxAdJoO0x1PjO2khEZmB
6USBmyCJjRPeMOi5NBkeIMEpxQMqwnArjM8eexNcgmLcE9yyXBRDm7IYouYvMXecYSaTs8H2OkVRDN478UdpanYcLtzhUx9P
yT3yqI7D85EbJgDe45GIBOk7rBChJwzt+BQ+2k1IYjQkCNkjn5osWU7bkqMDHUkZWI5Rt8KgqCHGusY5fKTGcuQCKo4kRA0n
GKAp1kpYnEshkiKAkCA0zrih3ibwzJA4iuBjbrKq+ITqyvtlOsl4vQkXwUOjzGEetdgaCEoHd6oMO94nwtNTmu8X1i9uF5rF
tdp0Wasy2hqSLV7WtOoavkhw8/lspcQtI1opt5jfUITV/NTcpemZ6ZlUfosVQVrV5qdzd967uXX3azcvXd24tLm2dv0PZ175
bv3W8g/z1amFrY2rW4Wp68XirY3Z2XdniFsnuaXb2+/e2vzezJ1vv5itXrt29aXCH/03P3j/f/rhj/75j773o7/+rz54/3f/
8tpbP/zxn37jzd/56w/++ff/7Hvf+e//2w/e+Rd/+fobf/TN33+j/LXf/+9+8Bc/uvPNP/6Df/H17/7wB+/95Y+2GsWa02aX
3WCgj9jdCdIpzIqT9hyt6VzDOI0WMsW+USeKbqk0XN8a7pckdXnQILLsAjbVVqSsnlsrKX5SSgSrF2OtHvDlmcLoqDKadjgC
dsJcAdM9hVQCWniY+Wz4sExojZ28hpYYuNxHg9p97/yU5I8rKO6OSd9RmpxyNePa88P51JrYplhqsEyTFyuoze0Zzoq5YIua
O0NSm4SY6Ywi/tG4SHEZUi2ZR0zQ5LmBHc8gDwLieLpEB3Zv0JMMpqNDpNacuh/uPhmvPgqQAy4YNDpuFhm0O3dd29qli0uR
2ZEHjjuxyPmFoBtcC2rPUNc/Oh5FPux2HeFSGBmMdqBPGa7/qIu6vaO97D6TPH0wJYBPB+ychc/wowljJtYWn6nTcwnrqtkR
ng8S0cUhy6xIuc2Ff3pkVjPUDFrK0NviuIwVsjbjEZRFuBo0rHnfBh4DJmxh57g+pJp81CicECiHPczwTxHXwfRXPn/qCBXl
M3QCqIkQYn7kPEBBCaN70ngwsSBPhyV/hNf940RAdwVyyTBXM55lB2ULpTSz7x1akGSRX3Dd9tnawEyIjELzkeAV7z06bd/b
7YMpjx89YcPOwNX9J7ittzGQ0ft2J6nEYyKZatu94xF88qBhhc3I1VuJ3/SQ37hLxC+H08E/jU5mL1tZxy+ZO8djPq3cLBNQ
UoPG9iLYtV2BbhfRx4eW4R4wO2zWY5ozUer9FUuYPmkVVnBLR6rLYI2o5hK7A0tIhZmr41JmapZHqxTNzk3XFkBm38qwMxLr
zZzji/xMbkFxVRZofS6XQXFClXBYStQySXNlDqeoSkajMryGiTyelSTpbKFxhCmoKpUn1EVZmwNqHtCcQONdPk8ABjAUQFRE
QjkUlkSMSt2RkQWcBdkMVuKyKlv9OEYVVSnQEpGPskABGssJSBCDlD1QBEnC1FVhTMYIgaIwdRn0bDZEyjEIhsQIiWOIGaRE
kwLL2YSI1C5gEqfSI5AEupTmfYYbaV8ZGFpHpOOeHOGzOSN7/GQ0B6OaWIkGY2l8nGd5tYdNz55otDoNVomJsew7vk0xc62g
H9mT/JO9aWvtdqTv4i0z5Byq/amihYZPDLPtMKlc0fyDU1s7ey5nVvzCtbHeQx+N4jZakXHTGce0NJzoJvkNrtBbaeHWoKXp
D1Cv33MmHSywjEMOd5pj3+vrRHAo7KNCp3UwCgnWIhKz1Ib2ON6psn3/bj01C1NfoGyWDCsZT8TjmJzlRRWrERrJpfJubbdo
MbW/BEscgDzTDK4jDmOr/RVUkdOma3Q6AwCktm7vPeOsKAxaO7ov6rTlUByORMlHp8OjpB/vkB5hRs3xk89+XXWMzmPb60XM
o6hFf+5h1OC0M56Ygwfk53rrePd+i4/0yDI2TgatQbNptpEJdbLX8aDxk+bx5799Wn70670nkX74qPz5/snf/lbf3fvEenT3
aZvw9P7Y/MnfPW1+Yp92w+7Uvd0Hj90vTP1h7/EJ+vNuPH72IX23RXsf3yMPXD4RC3sC+7cHFLv7xBj9NmJWMXUZgo//TRNr
DniEg7XD5ucFsf0s/0lvN08PCYo96r3wsEoffPazJ18ZXV+sdNaP/xXrvvjgJBVm/WLAfH9r8tz9lud9x3z5lW/9iG4FD7ev
PJp6b2f9izpXgJdvuYXpe9yL5sRTfc6aXnyBuppepGTRcdUQFxuzs8+v1KZbdRu77BRXrsxhWmecnXbfXAdbN931UiG3wmcW
8cXlQ7NwRVkB5xsL5Hl0tQQvCHGFnpGmXtq4SS4ti4Wa1JAW1+rTeVF1M9lG5fnM+e/Q29k5dr10MVgMxlx1uTfh0x+xaQ67
2AgFA4rwN3AnaSqY4bkxbtRtvABd4pRnIGhobZwnFsfIrBXMB7hwCmHrNO4Dq4U7TuA3ySR1+4hMxdYexHhEeZIVkKnUR9Nu
5Oi7Q5haDDhRXRhxaOhhvAIBLyepZKAgIFJWJxEECXQa+CnHY3SERanIpGobmfBhkqShigEU4bDYJ86WebSDyw2NL17pvpwQ
s6j7RpucQVmHgPhcFurrHHVIjdA6U2FWzKUHfUec/VpglWqj2J3nrDkxMjan8Dw5h6kNo6IistJfocilKc2pcKFMVOz8CSc3
QiGrzOCWKfR7p0i+6lPM0lEG+RqHrxbHg22VqULPLfGBpKoIl2qJUxGTDTpkB7MFKXgqb0qKr9SISoCzkv1vHFe5VijLu8oU
rsFRweVnMhNsguZ423JcN/CQ0IiK82HBYkYQPnWMnmcOIx2xdCPBvb18wUoFZGz2yV6fHqKeNRqb0rhvuJnDsOvb99tDdmgO
+k/7/fbQcE4edvpceLQ7Dno7Y8MZorb1E91z/eaDwVGnOTm2+6fxqB/stPY/Wjo87Bzsf3j/1GzffWL8u73WaP9EH+89ufel
+eHeffP4519O9Efmg3s3bU//17/5dfOk97NHe1/tWztPWwdN6+jv5w++au2Q9357X7r35Wf7/3S00/yMtqy7w4+fdPtfHB83
n/2im0Lj/t3zw2ejJ01n/Pl949+B3c9pY/jwgP75gY7Gp/rPUbgT1r84bv7mCy8ZHZVHacZsObx4Sv2yvXf335erYjaOeubd
xEqI03/i/4/VbnNb5YMHddQmoe9gLjRUNnuqDf8OLa3RJzrfiUTNWCz6wqGtSJdk4dys1uayvSBbW5g7doPnwuQquwC38rNc
mazNWbn6yRZRXZcPp4bEjUzzFF7CkHPhc3ohti4sUMsY3oDw4bSzycwu/HUuyv7FLFZbczOV668uLmInxYvz0oa0OTtdqHIv
nVRezHc5YXXl4qr89lz2cr16sXzTqZzrVHsHyhV19dulxQvPv7qScHPI1cVt4RrphPLq0C7aaakOTD2J6apFKdglluN6i1OQ
8spScMMtXSiGwWCdVMRLa1i+tn3Z5udj+VIxXqdsUMyOkozLjgb0cYTYOOmFFFYXE85kEAJJaDQWIJ3BWtlhXkWImXxX4oRp
C6/5cqVM5WSdojOpC6DYkMSP0VGbMOJDlJFtGKIaM/KBcXZzPie6gIECH4dkGMWCgU+GGOrgCXtuJRgVqm5lUbc64uu2P+as
pdGmWNVGSWK9v9zBn2UVsERuLiKLFiQu88qb9fWj/NrKs8IaSqw1/BWqgU5Up8ByIuRXKc3OiJO4J87ngYV6cUewfCknJHQC
DfirTFxyCaEcoFMKjfL1pE13ID/GSQKHepQajTnJ+ENhFAQK4eYIs217MAhGaGk8Y2S7NG5io8SlAM/gMg0YBmAuAgy/06kc
e0F3Mji1ncDxI2Q4HpOTCeq2Os8i02uZejym/Rg5Un7JdPxjhNLJHjS74x1THzu+Y+lB+QR1o2A//fncRxMpGZ+YFBGbu7rn
2L2DcRhPvEMkiHaOfmo5fujaA6cLI73lBc5Ip3qO51XbpGJ2n0bOaPxJJBuDkd+CTtTW+yde8mxIxm3rFAziYb/RwdzusO0h
/U5rMvI8YzxyBhnL1kY+mSLz2ACjKPEy424Hlzxp7LZaEepNdMwaWYyL4eMt6MHTsQ6zqN5iHRv3olEPnQzbdJcEA4J6NpKO
Ew/3zSO9QyKMjfQPo3CMIK49bCOuH/jsqI+grjU0uvC+/LjNOlQy4FG9z4RoADjQ45ZZaB4RLsi0DCJJmOY9CoeYb2NotzCh
9F2HZptOKIWjjm0pE2vKZ1lN4eODTF7sxsQpIshYZvLhT0xN+NWOUSPC/s+Lqyw68VXtbKyL89Mbh3MjXj132ffWivOY/c1m
Ib+p+yRbZrq/dA5dcGQGrfDn+ri7j6s+8MYn0el+9+hTywcOh37V3rP5yEiQvhc5+ZNWHE06wzhQuW22WZ8rVYW1cLqwWmoQ
iMxUzt/KqViG5wp7eFqalEK03Q8KzenVxXgrpq/qUPRIxcZUvjDeun7lwt3nL6xtTJ+X5mtrl9ZXV+eurV/eKmgbN3MfbFca
l4vrtaW5m3PKtaUf3Fx9/euFzHNrs8v55eU58/qNqSuz12akk4UpKruQmQGNKsxcYbPr+axSbkjV6eevFeEyv1xQa+sXV2q1
9Vp2lsvUlor5WrFalKpzpcIlvJrNIl4bwgn5TGyRauKujibWbURkseNBrjuiBt1QQkqIkKvd5FZbYpNaOX/NUi4sgDklO8QG
C4ic6ZvZHMbkTBnPN/AXF4i5mloXeBkkdUPIZ2GhIcdYZK4tCedEME9o3LzGkgtlmpKm6Fyc4Q3JB5MJEsLY9bxeiKEG0qM9
IQB9M1RdOqGUaDgRELnbBXZawcUqggm/5iyfte20N3m8nUXTIIj83lj3Xd9IrNYgcBIZWIPINgPDwZBx0w8Sx30U7Mb3DZYx
I6RP92Pg9cie7wE360c4dIDv40wYgN0UWRw0pB2LNPxnYBLEpD9EI+rRIMi2AzsmJ7oFYvAEkzFLJkILDvJdOTsJfJuJUd30
RpSfnHBYNCL9DlVNhWDAwp5FFkO3g0QTQ+ymvOMGyWC4ECRgbKOIMH+aeClrTgwBa8fHjrvX/pIeAz9od+ICNgp0iJ5aXtpC
L23RGLE0wvNrfhTNuJOwb0weIIVRAgLUD2I7tdVxktinacdkwjhqT0SAIOMgQCLHhhjdZjybGcSEjyJgZMhuCPoQtGm56fEu
dZbNBhTliiZFBSQuUwlo4ic4JWGp3KCnQdSO7STqxDBIkoFJAFqFCYUQ2lhnvhzRw/6O7fh7vnc34/R7lkcrRdx+SLFlgHEw
sTCLSWnm0bFF01nD1Smn7GKaiwLgij7bECbjfucXsHdvtzsMiFH0myXmMDdjd58Mn2Ge9XJTd/rtCTgc/KNJMAZLCunZ1ifz
rY9CmEewKZnDdRvN3XOSr+KO6ZR2csYbur8wMna65LPED2uGJ4UH9z2YNxk/6PaVOrq/MHLnYFueLW2fyy8eadXZxe16ZonK
rDS8XC03tVmoXC7N8kqtsbwxwzfmsldbXq38k8tTlcXihUW+VJu+Xp8u0svPMW/8D+fe+pu/+gv58g8vXKy9fWP5/Hvf2vrO
9p3XL16tvf7uy3/9zfobM396de3cH7956dWt7MUPbvyzje++9O3F23/8rVcuvv0nX/vee9XreLUjHOVZshpdkLw7uWSuYOAX
tMxChkemEup6FnhbmgxeW5he26sBeenGUrkEr83eyF/ZmFbVPh4LHBb0BUxBfSZwc+ScFCJ4gUeJAvTt007NJ3iWc0XrCZ8v
yXK/zrJeLNleA88JpCTmWcuEWChKuAxsDgwEtypQWQqVIKTpWCfYDCHkyrJsjXq0hivcoM6nGZlzKZYISRun66iAeQySxEES
TTB3EEUhSjmAxBOLwidsqAAqdojQNgAuBCvdMAJn9x6JcERSLTdC4CgMXV1zRgxx1kl4F6eMZmKPrUkMIBrxqRaEqTeEI9TC
MfaTsWmNAgW6qBPjk0Bg42AIww5QT1uiZ5MoixsN4jORSIIOQuRdKCXuWI1Qhh01o5hkBk/sljlRGL9rCCfqJJyJcHJ0GB57
s0Ob6XWxA5zSl4UvdNDb18fWid0KB+A+c3S4Hw2fPUzz0adyfG8Sa9ju0x1IQ+Y0fzLuTQaTfT730HJgrO9PGGiGjyLz6YPI
wppwGEI7m2uPWyFy7zgSYuEh0jN16Dr4BKPQIFDNjn2kh21Mu8fqoQaPojBB7V3L1w0vvYRQ79iYkFJ9D/NpNwpZaGBRZMaR
RiTgbHZGzU7UNlaCMPtbu2u0PrJPP9IPBh+Xob1f01mAjLufOhGauEEUBC5L6OiTkwneQsKsQukYNsQnvgsfjwfacRlFHgS/
+Wl87z8c/sN+hzWw/zjX+0cnFE/+JTTs6PD41Og93uQ+G4/+RxPMxnyTD+IIuVd+8oRqjxE2jPiy1Y3Nse4dH6o6k/e4vXPu
40i0zR31GMdGUyZCePsT5H7rWRzM+4OhQndZYiTv9yBLVHkOgSSK04onCnqgxvPnEFF82fcqPhEdYnFZwPMALAQPkUHuabTq
n3j0soDob0PnSsHjprVrS4Xc49tLnHppulCoFOe1N89XNmqzq/k3lS0lvH6xdE18ZaXRkJXya4t96rt4rrT4zsbi9B+WmHfe
urB+82YBG9eczcEy/SDLLOWYrRK+divGF5YXizMSO78fVDXCbmgTfm0zs5LNkerGop4J1Ysskp03pwunB6o6LwZ1k4glmRUw
Kk/lCxTgKAVZkzibtwI2F2vT/ICUHV6qQ07MC3NqTC9FJL6NaYyCiWGAxwRNogpLM1lMRZd5qMloog8I4JrkLM5QOVytiJHJ
YYiggGXmFFCEIDsML/gMw8WBebYmsZPg0IpGvkUEeTSANBOMSM8zDRoPcQRh8CBsJYEwZDEBbfUdEKY+7YxsD0UiArFywBVi
xI9YY+KSxEPGCllvGFJhWvZCOgERSiGtEZCMg7uxR44J22OHOY80kSBMLBpMGKFz3KjYCImzTsI7CqMTgRVHLCLZe/uqk8kD
5j8Hu5D6/GDAuR3Tp4dKCxLBIfT9cAIkJ8ye2CyFcn7YDzOxX/Y5no4iCEQRtf6fNGwkHPko2JmEX+714Nk9tT4VTiwVP9ZP
eRZPr7uj9uOhgAytE5weRJCZ1Hs9dNxXUcmfPeW9WHTYz4YTGO9/lqYfNZmgRNgjEHj8uE8C0aaysbRL7GB06/FRG2+f9sEI
OzpooceTSb8/0wsm3SEE8CQ4HiT/Z8nMy66jZHydUXrmjuWBkinPDhq4/J+S5Nf7O5+RHz19hHrUI+wEewQnn/5NiRtaD0YY
yFiu/Vi52OuqKetiKu1T9M/04T5g2Wa42S1fIu/vfvbL7r3/4v/8PvIoPvnZzC/1vZb+4a+c417nJ58Oe/zhtPhvt5L/5R8x
Pqlah/YOFf0t+GwY7D1qDxbCSj68rxvHvnOE/vbJlLVTdOijn3/c64+a2n867Lf9w/bjxHjwyRPh0+Bebnx4n2x9Egx66C86
xpHTQZgZUznUgyPO0I678wShecizVdRNmEnE048K4T6XxLi0d0TzS3qzlSiDEzV0L4zo5ftYfHLsFVuamuvpaMlEoHU4P8nK
jjV4V9a2mYhznBPW9LYcryAe+d7NBSJlmtFKOfCPL/LjQobVZ7CGmVsJJGuLP1zLzZXyM9e0114uSEsXlpVzZH3WRQtlTmHL
xQ1LrS/557hsMT+oYYXLkOJeFcVpEitR+aqJjJkcWSvkqWpG2LzJ19QSE6sc5GscHGX4usoVsbG5dPkkrwlZrdFQz+VL6kyj
pVRKRaLhhgmRYVgWhYJPSUEmgxYFVI8xnAsNLiuwyHSW1xALITCPQrUsN6NQQpJTcTrtWbOMk1Y+luRjxCTj2KIADcW4nyZ7
yktcA+slru4gMPSIeGRSq7hDoYh1ktY6z0LDJ8nQb4eexE1zwDgDy9ixYiaUuVCXQ2BnosD1cfxs6CxB2dZg5DzepVgJJMdA
tikXxdNoDeDQ4fmiYcaYq2O+643wsYwHZp4jcMxzmsczwGUgoAJohJL/f0UQwSwEoOSYDGIu7kMsg0c6Xuj0UIa2ZAODe4RP
0y51Xo0xA+Ptr5ohTlIeeCLs4pmPD22+9atRTJLoHo2QWN4jwX5s47rWtSSAUgPKloCb322zBQj20jhHceTXkFVQI/4KnARE
t+xqo4eR4TNJXx4IaAIEvJP42VGWxSAb+cPwZ5w+LPdGWfKLLw3Xx8ynzCGHwROfwibmuGnlJlhSxX0/QDoy7BgPElYkGVA2
6zMZgiRcmPlIsEcro2CFDe+Om6h39183vAAd9BK+gE2a/zt5L0AzC0HQpzA8G37c+/kBixfiZ3IGeSMapL8Tj50km/3MHmwM
lHvd+5b9Ca5N+sn/m6reeU70+n88XvpceyWJvnBoLlWGwU+LfDfTPbjHR8QOEU4CqdB287o+GBVmKe/o4NhCdXZ8f2z0zM5c
vdvrz/nrh+2sM24p/dPeiOwYSHRKq3p181FJUfLlErfBVpbKlRvJ780+n58BU4J2YUYqaXOSRnF3Js3XqhdevS5vV83Sc0Wi
Krzwepyfx64VL82uP1i5kFt+c32pItVmV2r16jL1xtSLS+caM0upiokzy+tTM9c4dXHmqLi4dmH+6kp9bu7qtdoVXlBu5MhE
VkRER6knCek7SH4KWeWCcSE6L2cRdAgnNGrrAbqS6xa6847vlvfZCSFFxHFwXEgVnT6qjedUG/b3FDtTw/08kxeEroirA0Kj
ZYGRT3zRsjh6Np7wRD1Ja/0ok3CaPrWD8LOmk5EUFuQS18ICXIgDLmY5i9YSWaYi0wCRleQzZxsaKCI3Hpl1qNWFQAKShhKA
FzU8jNT8XIThNMNJFhE7VDBiMBgTSJCICSKkxcn3URwdolyIUTIxyV0nApAwjEEBQoAJY8KQimOOJrKYaMQjgWZHkYehdOL6
lkvjmJ3gfujY+MSFAPH8NvphGLGBNxmKKNZx0Php6FnDsVOtViOn22uPBGMcOVi4QgqjhMgj0sAFrXJ8irBJqFLk7vhsTwIV
c/biCh2ftpiNjhn0GkmPykzpYz1CBymY400CiggZiobI45ZAjbRwDIkYGIxLYLAP+PiZeVSSiTY6xPKI4yLl5CinlxzJjOTY
4nA5dgEKYo4zO+ahDZKMIPjQjmMDnihY7mMapI7n4znbrBkJgvcQ1I8d7LTElEkioVz+K4UDhVMU5z785KSvB/Je4gsAPIrh
6OEB+WX7wT0A8oz3ZWgPiwZ66Lc8NEiGtpHPKA3bldmyjtDC0r0Ilj4/0LtjhxyFHvCpvwt8Zsfo/6p9g6IpjrStcRzVDTgi
71ux23/6mQWujDhHrJcuhPGa8tz/fNqY+rD5C+e+DfOzHx9b5l73SHoYdKnMf1nIYf3okXFCe43Hi52h5/bRx/eGPBfv4MgD
sVkwx4t6X//KJ+PWF49++2xEmfc+Ph4e7959RHv7IvttjXzsBo9b4iNr56nS87DewMcKF28ZjDSVQ9jVXJLLVRrrjrTxghKW
STEj6UaWp7UMul4XHJFWb6eplCisbqH5twvTN+si0xDW5vFv7OdvvDe3Wfn6pde0H6/N3uFK0geLN6aXr147v6VkVl4r1vip
sx3bf9hI5fGdc5p2ib9458r319TF+YXcSn42+/CdNW7l+nmRrGr52TxaWCuvXbm0srQSF9aExYt8XTt3YXGjIr6l5vMX80p1
Mbu2hhXxYmVxY5Occ6eKLYn8Skwovk+pfZdW26UQYFU8n4NcscAJHkJSq3JZzryQuoOAizn+IrJyiiR5TK4xZNHnvQmRdpoM
HnNogrsl2sqyjOfjnErhVRwoPJDJwpi2akyRo4YyLWXOlhPhuCoBi5lliKAoGvmei04mKMLbY4zCjCTpADtKnS39Y2BECI36
ERIWIYMmMZYbIcCYAYmLIgDBQYPWZSAOcZ5wYAj6nsUSJoHjHJmcjWLMQMxq8tCNRRpPvTGRApRHSciHlNRHEoPxkQJGpYS5
qxvQ804jq9tEfDN4xuFgB/FQdnQv2ENMJzdp+F0H5S2qlWIyZYCR75H3gYX62DBDTHmHreN9O27q0dHQVu3s2Ook8DRKUEYf
JHZLD82xOxxPlvug3/FafHEEu78MND9mzdRRKm5pFIH7MQ2IacJ2H53GGHt88HDyLAA+IvspB8SI/Zsxm/F4O/n1MIwEacLQ
n/C4Oopbun3stKawiG67cQ5lQ50yx2kM/3zysyedUSOEsjOKRw4/+MzOyfdzHv2si6evvq+cKkTUtdu0+5OuWRyE8/eGKi8u
O1YQPelRi7/QHx8OnPUSQvch+yAKxNMenv+bjqYetbi/zxlDK3u4YstjvO137n7skCdGCiXyyC61AnPyVb/FmtH+4f1OvoLc
f9QbPG4e3cWRHn0yWCcf7TR/k2X3x/YDTo+j1pNmMET2DR94e4HQtCv7lfu/sQ9puof1J/cpPp8/+JA6Ch7uPEVrRyWDzk4f
taz7+FQbfzpSPJkghjFd07yRn69wGueXiBRuZQEn+Ms6KgQCLokkJYOOAtFitgbXxTHnE+WX6leAlhXytTwUq9N//lffqf3b
y3/98trvbF7avH67sPytG4u//43nN1/6ZvYv1y7//p9c+aPnp755bfr8K69d/r08+cLVf37nx99+cft3fmf29tal9fe/d1Wt
ZphBpaQpiqy6GdpfQC/Pu2StdLlyMxNlkHqVla4zwvAcyuRrVzDxnEZMQf0Cmw+ZAq2QBD6bW6idigpSEnhSKAt07E3rVQks
oFJ5wWPm68ulICtkYBpJFfbiYklYlrCqoM1oJNqQK1NlRY5lNZTJiBCFTmLHgaELnQKrMwYTFSI/lUk6CUlIDPMo43zoQKPs
myUBqBMfyVKQowLUxTAkJNCASr1DwOkgRycabsNU+liPrDiAYwSC5J0kHBSRs2WdQwiitKn0GElViVRoHMZsxKMR7UYRyVo2
j1M6wnikTxGR5xUggXgUHkcYgPx/JAFD4rmJBymJTHzRC0jU19AHBYaNIAlNQsR7DjgRbcUeE8Y4NGKYnHjWPiD8MEHswdcJ
V/O83J5nJpZr/lofG4lHZqJjeRY/otmADDza7Sv7mJXpObHQggZCPfsqODJJkoiZoIV2R5TkRWrLxVxz3PmlE9s0yadFVOH2
Pu+l/9GgA2W3Zfu2cRq2/SZxSHvmKXdkBkHylJ0w/JetZKiHvV6aEB89DFoSkWkPPR47LoJ93dWjTsomrvv4814A/0G9bxqp
Mg+0tmHyXuLdqyAFYcmndhPLjh1h6Lf0lH7wJhx3zUlm8MQ9HAXDQT0eHuz9q8eo8MXyr8Mnejg/IX6VnlF3tB+W4dInd+ay
nz4w7uW+bBpPd6en6KIzII4+PaYad3/7n3fixwdPaeveP04+vNuxPfnT5sP9/dyw+5OjCXvcPeGs43z70dT4lx89fpYbNvf2
zFGoK12P8T7SOWZ4b2cYBJ+6RL/9eZ9sTUxQbo/C4FBDT1tOv26gOwT57EJSKdvPjK/GktFp/W+ODQLZd/L5xmJqAwzmaf4x
Hw2QYGUpm0susWhE5E2hVCim/GVhZFDGxI0XUA3LsxXvApsbCOKyiauU+LWvX/zaz65//caFP9xe2dycyV9+b/rWyy++cfHa
+rlvbKy99mfX3rw5/+Zb26/euPzyG2j25Zm/nv3zP9p8/ZU7r89duXr+zfdfnvvDnHz33Xeuv/Le8p2GfFX67o35G8UXkOuv
/LOvLwvrWqWy/PpffO0O9R2lqk2rldvfz1Rfmxl897r8YyyYXtx4fYVfyNAhlWNlyZlzGek0U1nFBICQMHOBw9CoVmHoEk7x
K2OGcABdqPGliqrMkCqTZEMiJ4v1usAGaYzleQBhaIshfqHfEFpzVoEteSiDqlkip+GnEkXlJkes4K8Txec0rXSSyeZVXq2L
HIUOedIJIp+NMCoU4xFuZahDbAAS3EKjcQTPBvo4JGS4bHWAmWjUyXYAPbKpwKHpVARjwPAYfzaXEkcCFhXLfRC4p7hL4j4d
MCYLCB4BIu1iaXePEtolUGZAx1xWx6kkYRCWBC7nsoInIsDiQEASpGADLuEAB9LvL6fINSRw2kcyrtO1oRITfEhTaFq2GXKE
JhBwuCunRyMU44MsDEjV4HwR+HTKEAhPKx7AXYj7hIXFkzZOsQykvSTBMJ+eYI6TaBYAo0zN26MliNk+MvG0YwdqQE94Hfo0
MzwCvg8d06PtCc7ZMs1GnOuEvGfip3qC4TVnEpzmpdYzPIpwhPeAE97zgtB2d4KxYaAk6EUTyjb8Y9JrSK0OZgiuEUep+x5w
YRtghuiG8aNMcjROMRcxMIs61v9lC4kt8deIbuuIQD8lJ4xhDvaqziJWCMiUZc00eSZIUyabOWSSx/FwIlu9/xDgp/SuiA+e
dqgh65bIAA3sSCXgT8MDbBT3NrMm4/79bNBsmaeFaIiFWE08KBqhnB37SjzGf6Nrx1HPh2B3arY7by5jkeUFB0QV6+edEuff
mM/0y+ee5pukjPDFMqjOraB+oOby4umEWZGP9hx3sK+Pet3TQ3mjZfe341FCmX0DM9aHKtPxQDRs16vl1lCPO0Fso5AMQb1v
uq4xfWX6omFzL6giiT+XyHM8vZ6z+LeE1/mtkhCgb7ymzWDTZQoCJd8AnFKP1eejudLqxrnb32IwsLQx91Zm+q5yfW77hYXX
C5s3wPPo7MWpWbJw67lzi0uXz13Kr85tXl/fvNy4NbfGnb90Xr54+3Jj8WZtSy6szcxvN5SX89dd6xo3f129JM48171Cv7WK
cUvEtY3r8pq2fH2qXBcvrWzORi8F6ZlPb8ZX365uVDcXZjxtjs6ulviaVAZhPVcQfLoQajH3yhWgMHN5pVZLSIdM38sVF6Wo
ZNPyAX4jp0nc3AJe06gcqahUtnqeJwIyi/kSsBCVNiwxcZfcrKqpALCIr59MmIRWRKIlRmnp+69zDKYSARUIYg/QJJtwCI2b
EquGuM8GSCqONCm4GE7aIR2ECYjbY59HOMIn9vkgFOEpSiIaOQnb6ZFMFMYU6SJ+YJHppadJMxIRAwdUrOPQQSMYnu1Z3j8l
fCxxIoFJoNu5j7gYh4aRg44DEgqWQXhjJIkS1cRZu0cyLJ1wfEJSfhLQIEkVlrZNAoEuglCEy4etE85MGxXHGIGgEMckKzaP
uXjsUGaABAELXAn1CAljPSqwsLN9UVSHSVOhCYjE42QjyRXHpI15rpTgmEvYhB9MDMz32oCgJw4MTF9mOFSMExZak3gAUFvF
lIALLS8kDRJRM3nfo+IUOM7G1AbuEZ2kmMDmYBeQDgalOCIFJIt4/zeKwqfYcBKjnlRMxmyCOgGXoHh9jj7AExlxlRROnibs
ScApJq7lDMoUIYtUEYxkYk38qMgTSF6xdILFzcVzphTmkIyHcfH5kiPkh0XMn8Foqlmpszabx+ucMKpYAYFLmEepjpBj5A2k
2N6gpRjQ2WGlr3Ego+QsCdPtKbfi5QGVaGnWXL5emaYyObEvssgl14dTfIwo2rjMkthtDBoL7janoCjJ7m7RwOL5eQ13xhcT
0HsZ5vLoMlQu1pF8P6Zo79at1TfuVevfnd1crr/Y2DhfK71Umb30/vnX7mzenl9fXPzWtXOLa/PS1PI3Sze9tdWXy9sfZG5W
r/3By8Vbv1vbfG6jfs4pnHIyz82rlcK75UsqqdVZfkqZLsr8xW++sMKITKGErYD1q89fJhAGagub+UWpVCWu8AVVVuVcnVbG
VAEyU1KReHVmTqAqMxT1NnGe5/mtb3/jLUwCGYF6Ubjy7c3faeEAqyw08FfpxjVwg6/kWFppSGphrM7kBGqerpen1pTK1To/
fal6XiJp7dv4TWSG00pavXBu9epW/pyA16eL6nvyzGpwaWo6PyMwhFbLQSyXoU6zhOCxAuMsw1zlHEvYADJMcVoDAV4gKByP
mUZphWdnyzSYCzQlkuouLjBlfDzGaS+IMSqtMz4CyUM+gBgJ6IiKQzyb5WibwbHWBI0y6D+gBMJxabGMtcEEjwNIA8zz26yE
GUD1HQm1IXbWrcUw9DkatckwruOuT4a04JOnLPohwpoK1qMg6vKeIAwZnCLio4hQ+DYHdkMGjjwOOs4IOAKBhJFNkI96SRxH
J35fPtsGDyWgDdE9A4UTaQigz5A7nNFPsWLYgs4OiaOxDwIkCZ2gyEDSjRL+qDPRk8iLY0VWoEUWRpNU2yY+HvsdirBJr9Uk
Ril3n0LWesKOY0mLgJlDLYTH7XGc+MTTaZ1KgIPGUAEEMqnbHhI4EyJEjmPSy6emHHDsVH9sUvHIHY8dHoM+XCR5n4L+cSEz
4NXcoOqEgcmniLPZ2PL0SOCG9Nnab2Ji0orq4jNq2e9SA0uaTTidFY+zk9mcxgmR9qQygzUKvD3bk0x8RSlic6+P7XKN15LV
qQz9iM1bB6Wqt/ric7c2TufOL1wo56dyhdtc5bmL/Er9KpzFCyvl/EK9sCKrS1O5qeWsnBNWqi9sry6VtuXpd+e04sXCyvrM
mx9cXfnwlZeff+7Wna2L56++c/XKjfOvL77WmJ/ZfuPycy/Ov/TmRum9FysbbyyUZkVl/fX337l14+3n33jx1kz10vYrb1Xf
/+Htt//X9959//fe+uDHH7z9tffev3zj+++9++rtP/iTb/3g3T/9+p0/+93fvfNXf3L9nQ9e+dar/Jtv//h3v/vB9ss/eOfP
33vn/a+99f3vbSmi4AylghvoZpd/NuYnVUnS2yLLjTjZ6e+Gxawx1ARhzPNuievucKhcPIUCx2eZ+imBoq12gRJlMnCTzmlA
3j8WDaSAtR5K+9iRO7QODoyc0dl39Uy773+Js9YX4ZAQ7sn8yfQxX7ynH6EfSeuV4hhZKDOOyeegOFRWrquBftldJBhe7ckz
9QxjyFoD8/k9srlh1tHstLMi0hv4Ym1gIlgXu8TLZGmRKbhZul3Mn5DJBt1GhcnmisSpHgE5UklCCsxGc1/Fg330hQ4mmDUd
KSOWKhp6/FRuR023PpdIVmlscY7rkQ2bJK/xmg4Iq+ephKwkfX/mioiJ+aUJJvJM7zhA5Z61X/LKdHPCB/G9CCW7UYEYeOFB
MJoCcIXL2Gf3U4cem7ramItwQWGx6RxsxXiKqWxdBTPsKf3/cfSeMZpl95nfPffcnNObU+XcVZ27p3t6IieSM4wz5DCTIilK
5FKmbdFc22tCwAIG/MGAsR8WMLBYwLZWwZLFlUQxS8OZ4eSZns5duep968355nx9Wyigvryh7j3nPP/n9xTO/R8jm4whL+cS
zMeTqcvRo8jBu4GSG9bXgyTOYCpvFlKPNVTFcQABWf6DIydXzfYIjIEuJ8CISU4MCiryUHYnk4hCAOAZjJnv11HFjqreeqsz
vzq1SHQxFS8/HM/17OyISVqEP6DIWCVcx5/cO/KR2b1bzfp793YQ0pGHzdPY9pTvNz7Ajybu7lTeG/f7k0kytFoyTrxjNby9
30Z6a5u02lPk8HCA3j5e0f72YObuLz48WLl8Nz9sLAxffX0odo8jlziM8vnQ/6gxtOqmNibb01/t1CfDO8F9LBjoo0Lidt+T
P+hC8Ma4evCrvR2aPcn2RtD5p39R5uw02iaND/oKYZBwdKPnc2gJNH9R7w006+6h0lHdM6UkPHozGbZ51LKY1rAXkj1H7AcF
uFdXh+YQIbh2gxeMCeeN3dGUQkopSIfHERkmHhBYYgZLQMflVQw1aJomeYIicYwgBQqlABkjEGNhIFM0QQmQENNSjZe6CM+w
NBAlHBdpnMB5XqEhFkUJ+uDAhzjBQByHSIxiMSADNEkDBBIDFEFg/OAdUXQXPHiYO0nnG6JoFKYfQANxgZgxnyBGcnWFmWnx
Qn4ZrY4QVSw/suivhB2wKslXl9chY5Xjk6Pa4mKkLJ3tVpTMGeHKvJc8HGdz3sbgaohTWYVbtKPLzKmnshzgcX6+yizC1nx1
Ea3OUCquZlZWSSZkKhvFLLLMbakzL/BMtNwXilEVLCk4T0iF+ThRifWXM6fAJi9kcLbsj8oca4sSVHgWTsld3EPLMiZPc7ia
iKtUGMmiMuOzeLbYYghhobcuGXjjAlkDiT2bspcazs0iWRZ32WWxXG6utJjSLIN7yHmTXICxiAHGnefGSoIaZJsSBp1RznXG
Hdz2DkmeHPtCO+HnAIMGEwgAo1Y0AApEVupQwKv1WFNCJI6wQiMayKTn3hx3fdpqOieK7rK0aHk9JPamxMSMB2a9pUQJ65OY
5Q/GRpeOoY+1TfUE8W4h9sQNRPt4NAgPvelg3Dlx+5jemvaQJqJHSV0PvWa31/Utm5ygN7q3Aw8E/3og+rGH3LCDk2bn6I4m
GINwf+xrcXsvbqXYkOwtdBpR0J8J7YhpXG9aPbxBsQHMjTswpa8JOtQpAgrAHvfae/U7g639X+nHt7b3vd794Qexu31/Gxu9
e+/Dm6Px/hs3b7ZufHgv1icPHhIZvzb+x9bx39u7H/yuuz0ehru/vrnzm1fBmZt/Y955q77nqO/B1q2w884blnby087BJNju
OgeN8fsnk05PmhLt0b+//Vr9/l79HWfP7LWY6Pgf3gL/d6wp75pi45e3BIf06G68MNTfCQJHb5EVOPA5uzfodzIDen57Lqzf
23nNLFKF6/iahT6fSfTuXevIEcm7u357eE/VjyfBHWe5jjb4htcbx1U3PI4P+7P3DxbbsKKw8J7Re9vrFZXO6PIeN0OEjJnB
N9m2vbA4kGctVx8Kx5HTQMDwyEeLw2R6og3HyRihnbkJV9iGSoBo94fiApiEw/xJfZlEKmAgUAONZ5sY9L0hgR+Yo5bbMY4m
KN43hjblj3uTDuLHOocdBHya5LsuEboTMgCdDpe08J73zEKJLF2afJahyhD5Qo/O+LyN88zZRWS6JRBHcBBt8bPMJrJ5u/1h
eekVO9qYafpwZXGyseD3n1xZfrh0tVN4iLi6WD09Rz9dXTlzaVZdq9YWFzakJaTGnS9VHto8L1ezWc+8N7t2migWHtMrpRe2
Mk8/KcBPVMuzBucqGklzJZmlqCKm5akZWc77S8UCapYfVrSE3WArkcqUkRdYXzg/J0qDzLyW5cMqVqmJmSgTMEJNDSNASATH
4luLxLKgIEbGk9wTVWFpihIpJEaoaMXnGHlBEp0cwisoE+HTClHR3QEij+xeEp4E+5huB3rkNXp2AuyuG5GGdejbftsOEIDF
ZjorVuhME8+cAtP0BqQ/9Aax5SnQtEb1XmQ1p2gPuJ410Sy6g+okOp1MxybeHgZUFHfoO2Yv6lvOBBiHg9Rs04nat6fJpC2j
w2EPs8MYG4vm2E8/j7YTb+g+eFSsafRMfUSGBO0gdmuo9wBmBa7b6sZ94AZ1g5y06iguDfqYzyax7e9hUkxPZobpm+iY0LKG
3z+ORuKkoGnsSSvxV/jU8W0hU7aapzAMGzT7H+3m4557MjLT3Phu0EI7YdKAw/a7bdOP7fqJsa93BgrC1mwJm9xsn5i9X086
e7t9fcRF/s3RyZu3sa3xbaP/Rt/SyVSj0267tzdxD/7DYSey3XfDmx3xxr5MGdpx9hz2d53bzZv56Wvb4De+7SX7H7jcawOR
G4aQ3nEXItouh7ls+r26nX0jkOcksikGKGfSVV9eur/eGLTEX4AlTrGoJTxQrsX4BHjR/UD78CPDcg6Dk2jU3+sGrbGOc1gu
6ATj3tv7HV3s7AMB8uyYEtutd06csj9t7iWjhor3esC4YLQUhhurZd0ceOj+pH3ftvU9kyiNdaNfORy2LS/SZwx66QMeDWFl
eygsx6PptHy0V6G6M0FeyZUcVeIJhlc0mZ0j1AxbFklekjmRk3N5rULKDK3KeT5fnXA8Nycr5RJbyNLlmRyjMVmkvMxaMqEX
FWfkoBdjd1gYCN2rxLJmjoNoS9b1/RwdVNRLi/E5Pe+vx9y1+Y1mdv10c/ZUCqtQmmXW+xMptaACR2eW83ltkQ2FqLJcE91Y
w5Mshc4t5GJF8GSJWMRzqqbNStxqca4qLqgxrlcYjkKJkuhxRJYhQy0UNSSfw0U/J0tWhC3QEkpUYMmkjRx3nSKTQkYo5oQq
pB60Oc1QCt6JPdGJWNQhw9gCFKDYMHA0z4YQ9ya+gkd4iCcxjPFEjsiJE+K4V4zCB+f1RD7KPGjaG5O274KU/ZwI0X2Y+BMf
RslgkrKI7vgwRH3fwiI4GN8z03DnWYEzdvHYiiH94El0mkMUnASRPcXiiR0NDRDiIaLTLokEAFBYhAAvSQKAuOxoDCEFzZhI
AsTGkSiBPmIKU0L2prYVhpKjRpnYLrlYuBwGKEIFLD7r4S3DRyRUDLKsbnIJxzshw4vQK47iOA213E33XsTx8TbH9P3ZQKyX
7TCboCJRR+b7SvncXqlRt3qoNSsvX0xvP7osTOvuZHWbcqdQyUUkfaBPoER2+ggJ0VyX6xAPmpywPrqt0/t4Ttwl6pPEE6Xq
Ejlr0H5bwzgzGcGWgQGEp3tz1N5enKkZpn/gxWHJlPTDe24mbiDHb+86XrwCfPtkPByUHKWC5GvZaIxH2CPUFKvsUVOZ4W+o
R63/pJayvzfV+/5lWz6pDBzJRVoYR33YE65k9o/Mvdbqa/s8p6hNr145jl51RNQ80gHvhSUkesOd5t/0edAEU82inKCdu9XV
G36dqJaecPmZgfW7W+Nhtn1TmYF5N6jIB4WfNmZL9Rb46LnJ9tmizo3KFxQ4niusbj0mzcESv8nmFbi+Nru5ePXM5rn16vLi
TOWciK09zBSoq+8/tPWUwG5ULUXFHmUzzJayVr208tTGvzzz1NbZq4+tX1u5tLlxcXPh41fordqjs48UT33yzOmnls48slWb
P18rl39TfeLcpzdPnc1tXTx9unpqfevxp04hmF2OR+9Cp0EcZdtWNna2+pb5EOSp5GQ690ZHHXQTDWioLC49xV5sRSOpVLmi
C+dn2HW6PJwebWBU7dhUqphQjKssd0l6eomsLGYXWbmSo9bsylpNmNsqxakRX10nHir7l1RRqFVK5MZKns+ukRqnyR6kRQoV
cJYSLMaWaTwrh1wgkZkkhFoicrxG6h7nC+zrGOPPCWn0FKQmQQA21lDJ9SmEgVaEJjAKoYcB38URhPVDFGcDAs0jKESTJKVz
kmF5y0F9QGAxHuh06GAAx0wQiRhLRAluRhRwGRKPAwg8evzgdGWG8gwqikw8wVEk0bH3bQsKGJzAMObTJBdzWIIF+HSUMcei
bQQMoeNWAIx0iTltZOTEJIkCBHU7HqQSgZ6Q3TQHBGxfl31T1KNOkIKv7SCgoLZsTgxIrCsTLvVgD8FAiBm85lmaI5E2ARCq
nY/9kQinsTrCXFnEEAfNTFhikCphd2qyQLaNNITaqKPqELjCSONQTJc9Xzw9oE0/MoNIEYRzH6EwyOJWTOvoHaYzFmPS1cM2
SGiSHEQQ+D4xTXydtWUiElHXJyOH7XQTL00uJJ/ed/BRGn6ghyCYM25GgPIxLOK4XD8dtQRnbX4mWAwx7MgTGHkHAyOqViBP
5SGDmCiUtHwunv4tNUZnZSIAptjD4QkLBBPzun8hC+ffU5NGcRZ/giwruyab368X/Osz2ZWi28YcXT1uV3I+KyW36Mj2WmPT
imIBZgYigG+N3im8Paw9+v4JcVQPW9MwaPf8m9FYo0oppTHJwb/c3rmRObjNLtX8Rmk+bGTutq1ku7P9U350x1o7uHtYu1Bi
JpuXH730hLhSWJafkSoodurZrYvq1sZnStJjnz69UL2qiQ+vy7z4oC/8tQq9tu4WeOVqRK8vZ56ZObt5fuMfnntydev844sX
r547tXm6MP/4M3MPn3pEvph54uzs8iO1U9eW1NVr8w9T82evbD26cbqirZyZXTm9Pnvu8Y9VZraoUk89UHC3FJwjwCNSVMkk
7DzHFFg5Klu588UkOJNDkGszlcLpOUI8d7ZcycUXcsvZM1JFggOKWUz5MeLYeZplE0yStzRc5DOpmkpiFLlhmUPJrGYr8D6k
ikQFnFMZ2xOQsEbUaLpYK3LThMYTkmdFChdol0bVHFZRCD4CjBRPhIzACKoiSQA0eNZSZWuLGUmAAbmE4chEFGYBlZAxSqa6
AqnwbEiHFG5QfBiNEYpgUit4cKBJgMZoSET9Lp5QQRKihAUS1TQiErF8FHoSGiEUEuEOQrg42UZik2rFAQpILnETJE3KD/bY
CFFGattERPM9FCaaT4YjMnZilGBcLfRRegpUP+SGEbsnYODtEwofo1SUtJMIC6OEVmn+l4Kyb+T2SYhVEWAGR/uah2LjNpXx
C0CZEq0Imqg0h3RbQamTytw1WAthbDNsdjDPjCtpln/GdvhzDNoEHdAIkrt8AGIbb01iCRe6bBQqDsGF9n0tTiZ8LnVKGnWZ
GQo4JBT7cQalaw1EIUkYpDYv7ouurqIC78bmJMjS5DhUmQThppw5giGBYAIACBFhitDnrCD2MoKEScoAYQIadYTUym8LGJHO
sYooc2MEicJ0uBDJFQMimHK8mkdYAcVpUVtgQMovMmSwkqyCVzKxlMI6y1MZpoBZWRJkaKkz0Mbnx7BwwmQdoj7lDnBMaror
YJ5nRGrZyXGuIee1IC/ZDviIkXGoah45w3NcuBgTwvRG5c4HtUv3f4nWb2zfuLNz/26zf396sJeW07jx4Tbx+mHrt6B/gkvK
6CTQ9MaAuNUf1aP6nxPHb17PdZu/NpedPns+7tL8AEx0K0oj+7jCD3HUcGnMNGYsKp2HlgCK/PGG7y6gaRDXSK/u5dy2MZfg
/twSW/zooUq5cHa1tLhYyM+cTWrrG7PLheXieumKPFOeKy8sZsDKSmlrrr66unCmnOJfdR4tnl5SZk+X1goxIyXnu4vwlpRU
aKkkR0vnQ3SumI/KOJJpRxqLTGtyQBXXuWqYweT1cj8X0pcJj8u2smrzRGPnlaRoQiCzGI2KGFWq0ThHCt4CJ6EwxKEWzs9w
I5L0lKqBKBIUVmqkMMuq3MVEE8s0R49wP+EoROQZtkxkwiKFzLC+qQ9DFkGUy4kAsyS+RGKxxnQ4AaxrnsIkGhVwFAC8IOIk
heMUP4m82LbGROp2WhI4DIReTIVpqcZ8kMoPTVALZ/+Ll3ACnE7xNA5ipDN8cHKp5VGImiCMayMEkWAOwXRpy2B1Hwd4kpoq
hSRjD+BuIPrEXzaMeBrRBgE8xeJpOoqnTdeljUKIRuwkJO2E6ALrpjCx3uvzYzcAA8dG/KBhQR/YzAds985QjCaEGzl+13/7
XuqsfgfS3nGVBS4ZsxLWVBLEbuACz+KUFMmAtQ5dmFYaRkd5y+orXSHKieKvmxC9AeObMCQxDEX6Olbo97yYZnwusd3JJB2R
yYzwoK0mR6uu2OMTqh8uJFl4FLPuEhGO6Th7N+C9KUEGNEZZuHAcdZFcMrboOB4ncpo7DZQ2U2pQaDFMXDREwlCO8EJx0RXk
xGV5lxopMI44SHGMJODyoXRM8U2/44a+caOIFSiKYiMREQ5npVQjdFYQAYHPgK2YIzUqms9rMF9ORplEVApFvkD2GOp2o78d
/fZg+LsbP39Cgkdz2GKvotpTvqhm9w8LZbxeyDtM8sa+ck5avThL5IkyQ/ZDAesFSeEWl/h/fzJ+4/rxL/X//A9B4f5Cq+/o
7xP+3deebnajY2TY3dGDzn6i7Gm3y3shrXXv3jK28d+mY3c8yQ3eQ4TM28fqiBgnzQNXfI0lGid6nFZecVteaEXbUTRoRFZS
V6wmKqCAlf4ZiQ3+5K3doenGpQJWNJfFUX4po4YYrtA2oBdUjK0t4KrKzaC6xBQ5wuBxXaOxzOLMnElTtmwlhC04M8xSZUZf
qvpQz/G7eT4jZ4urwtObgrBaXMvMsJpCRnQVqJy2OD/QpNX/WuGybE6fFbgLJIddELmSyDBwsWgaRliBhXzWrWbkh8/4pUqe
BVqCIqJgt7ORwoEZpBkUlppaXg3VmZyyoTFStjbEy3MlWgOOHhdZQrYTNsQ0Q9SCKgvNBy0ug2mlJgphPkdXkBATccDhpIJV
Z9LVKaoYRCJ+vmAgMeRCGkPNILBDFhBTLjQ8hkgxDEl51I9s1wSuidJJSOiqg7hx0KatBPNAOI7tURtFUEwFWIqLOMfQFo16
+IPeX33cp70IwXk+QXoRKjkI7mVbTZ8K8diQgM9FQGMgERwNQNiehaiJRS5qWkkzOTEk27zt0yhE/FZ0Ch2DKYRMgOOhA/cS
Qk643jC0jvxODzWMOFXMrpFHOyGtkHg0dKd+bHF6JMso4QMqutdBocUB1HGJLEjNMkzdLiUGEm2KcIAiPtfi02UIkzFpcVoq
Gh6Nl3w2LinlWBcgLSAJFJVSAPbxOFHxVpzSIxpMYlYYkAyGpwhNokUEcnvQ5VUjdXEAvKmYTtjEFAALkbxI8iTnpjqdYtMK
zksYlWepfJ5DoAYjXeQpVmUlkNuRPQJ9P9F3kaOpW6DL+JxPdTQS/jxfYCgB53Ka5MWBZ9wjmXkCZGcUgsptQ8NQ6GphBAhf
4rcN0wlbN0NcnyzX+KZyIu1ukAMnUDa4WzQ9Mz9Mk+XWmTeOuQVWmtIZem7OMdtI3nRarvE23jHvvtk8RI6Ojn97Z7JLgpNW
Mu2MEexdgfjQuOOMD9878KejO8Om09FNi5ZHo1v7zaTfAQc7HiqowW7xCKF9nhPxRBzNxUGsIeWPyDB3b8ZA9eqR6B8HezvO
RB4okox1ovWxdVaqqTtDkvWQ07xKGQVvOY+UEXVDrEE600YUa1WnbGWcmyNcrVGrMYmlWFWGdmWKXvE3TO4UINDI7vII7LEy
To0DZjdMvCnKz+BLIdQLyaliFfEGxqHs6pYP16SJ1l2seEbxGDMZOa3p3mDmQaO+3ZpREyeEvaMgbO6B2XFZulmA2pgs8lmC
zo5j1XFZYtHxRXyhD7EkyhKZrFO7A9UZN85kmCyVVnYXmo4cG2zqOV1fSIoqgU18iKaa49NoyKoCZQN3fvpqNTuehYIoIAzH
SywDM8oGysVo6lFBhBiRgyB2EGGobnMJFDzC81KUAqMYpAtWIBExgKkmUX5MuqQMIpyCIOr5ymiqBrjjpusNTQw0Sgl06I8B
FYZpNAtxC8YHICRjSEyoQy9g49AfPDgjBLEHVOLAk5Gxz87FVuj4ETZJbSSqp8Q0PWYlEjPjYFvDOxHtBvlYjpFR1wRwPNE7
HmK/6cMMniQjkHTuWiXhmLB9WzWSUI+KNkMENQedJEOQXB/5vpH07ccTpIKtkQ7iDYGvk1xPDxJxCr0jDgmsWO4nqCfHpkwj
jB/nYKxlCJRibFvCYyVh5DhyuXGQkXaEKA1jlCLLnuCS0ThGIBFJGOAtHOZl08DaMBNQSiKLQxt3FUjFLJIhFI5iXYgQRWWn
SdAYoVAiO2Y1PBqUBCkr8RpQIyGfFglI36XaUC5zRSozELyymPxHMlcSMomsyhkE/YUs30nUahreOSWf136fc0JJUPlpIg75
HKBX5XNIO/aU5ZOtTGLd4tD1eHSzsPwEJyJS+YnB/tre5n7H2ySzm5h0in22sm8PBvIM2LXFFt+chu5NCkbNaex065JpWO3e
zVEveL2jWwOjGRv9+8Pe0T9N9jh76OlDzW013ofB7ebUZ7zLM6R6VyoIxs5q8BG1jbkFe2+Yv6eOfY8b3g8yI+KNqZWYffw3
eeK9veo2szR8wu5d+PC8+369P3nrkZmrl2+vfe7Z809f/dTZr8w9VfjUEvuFC/Orl84tvHj+C18pK9euXl6pLF7d5Dc2iSe/
/PyLs+VPXJu//K2rn7qweu3TXzq9hBW4g+e3yIWHZwEhcPNqiSCK8tLVuaXzc6EwK65VMmeU05lCNZd9to7ws1UsVyK3FkAF
zeRLpdPYklcuHQrkbSFh2GmeaDYCsl4MkhxPVhc8sbREZw2KErJwnVcfYlgSl7ly6Ty9PCRIgcvMKRxhcYHNYBiZIcas7lEm
Q+lZAfUMn2Bws5jwAhtLFNfhdSbKQDjJQFaQ6JRz01esTGYWSxmA8oNkGltmLBGg72PhJEjcyHVd26MiL3AQGEEvRfVCiJge
6qcsGcfag/7NuBcPHM0bqwjvohSK+qGLRjrO2KkMeTpBEnOoxhgc8aEf4hRqhFFI45Dq+SF0GGLARzbbnyAHWEEJCMRy8cA1
Q7Rn8iCs03TsT5F4YFpGjJrmahR7RuPdlJo7+qA7SE7ugch3EP+oFZoTZg5tRPbAJgwhiXhGIWhDtSkfMXHS6cHUhYdRkAu9
DjwX+dYRjXgw6o0enIqYgJMgiIQgh0s2JjJRoAlpEWXFJEVwQUYAiodmGmFxghxwoZgUd+iARAKaJVFEsF0OiaiUE0KSKONE
VguYLBkzdimrUQmA6YWjcO3DxJGBjCbcWDCUjhlskwkFogMPSbAgzDpJzEXiKBYkpzRHYEQGG6B9bqbMlgDclYIcJ/1VZaMo
KHck8eG0SNwtGu/6GSpPY8VMqSQMOOxIEFFJqANDOSOaK9lL1FGLWNT2ziFSbz/KUyH5C3n5EiqclIgzUF/sjCe38qWT4ubG
ZJa8Sh02jJ2kuncz59yXGjxjtxxi/NFuI3z1uFjfuXtPB6Ne9p0TL8WEg0Ef3pvAn71q/hcfvu7N7mVG073jTji4dVI/BGfG
i9DANKwQSrLh6jG2KXX1LR3HBV+iJwsZRO2Tsaq4W6PlsDfGRsQrsJa4iiCJxdBBW5978dOf/D+ffuUPr33980899a2nXv7U
91avvfLFjc997IfPfevRL37tB5e+8ejHvvrs1pVPfuHHz7/2ya8/8alPvvSJs0+9/PXPvfDEjy9/6xuPwyKN6yVRZIg4Z7LA
nkW3VqZhQT6XOwfN1EIFinoIwPZGRGrybISvEUjOmSzbKoRsxMQQm1uYVTuqimdkmqNkjoThjFsQ3WIAS4tRlC+eymFZQRFE
FedJqaYJCzJdk7ViUUBLTLGc4XICm4QsE/IZZuLbsesjmX6Bs7nUlDJRqFGMiBA09NNLIycL/cDIec4yTueOAJrHEY5nKTsx
H3Ro92Aa9nBSjNjED5G+50KaciA/BigmgYRKeqSZP/RwFEU9rMeQMqa76VrC6BR0dQWwwA8tqHtgDESUGow5n0kIh2iNREQn
PQL46a9o9No0YiJIdazQB1gQCLofTizZcySNIVEWBj4bupTRE6MU2TjX9l0yTKnYHyGhlcQgfK/PBVLoMftpWL1DxuOJm3gu
Q/ogNxf4mMWJEANZKEKPYREWFFuQKWJvDmI9/fN1Me9b6L5Aey7us+lXT+M0wnKAEzWT0oROOAmdAodnuDI4UuQoSI2AcyVS
RnA5o1s06wKUxrRt1LdttmUJ8Yw7xWNOVuAxLyCa4ro8DNIosRrA7EgNOHgHuDdQXB6qizhB+ATHvyPj/Bmjzg5YepeqUA4/
BfEgktoYAskhOZ1fHMdkFiU5HxnuUxl6nx0NY6jtriwWJP7XdGFRIDIgTAzFMQofrogRonKoHSU0eqh3TU1tzo3CyJk6jZmP
UGFQ6LSDccce3R79v/D9lWEKoDy30ov/5Sa7ewLvBdT8NojmszvcoN+j/p8RBbnshHZ6vZ51f3r8zy5e5jp30oE1rCHs6L/T
DPpwdNRIRLfZLBweYbeO5pyD3cZbfgsEI/34Z0vf3Vg6lDazm+dnlCc0NnPumWeey689Ia0sXF5cKiz8YHPtMrN5fnWtfPqh
nGmW8+vFTzP82oq6urhYq2bXl/74e9//+P/6xR9+/cXvf+njL/3By1e/+NnS5779x89/9Zl/+/T3n/r6v/vx8//tZ7/8wy88
9txLL/ybi9kL33vl+1/89jcuf+GPvvODr730lSf+uz/93Kk/Kiy9/uLLD33685tfLZY+xn7t1NajG49Gl178yRcvy48V5mYf
evFPXnpU+3p+df5ja9Wnv1288NU17iufnPuJQKysP/TCFWxBlclRLqWpUcX0hGM1fzqO/CBFypVQdIOZEvLgv/dqsU5P2rIk
Sm6+UiyWqApqqpat0gonERzNRKFCoGFs6kyAnu1mHrSO1XDegd6Qw6Ei4x8xWJhv5ER2mEsqD1ta7khQtCKhlXNoDCaZxMYs
HaPJIFRAj7YJ4iSa/GvLrUk/+tcNQjHjwbjyKRNLXzuwR5QPLEw3Ie7ZY9+kNQsLYicgrCFmyVaHaHdM3IvAlOp4OuUhkQMi
YCOG8ZFtkzaCWMPIdDNmgjm23UdSlQsmYAIPIB6WxHSLY3uWhtMIFjO5noXG0TCOPEDRmEHSOm4A/8HmbjciS+kwTYaoN+Cp
thXpBmtjmi7inhr6pENTesAEhYCASWJh8RGJI2wiSr6PBm1CTitOgFiE6LpDe4TLTP/ExvohFvYT0u0GURdvH8d4bNlyZ5IN
YSdhvT5lEpKOu3YXazMiw2EtVd9HU4/G2QmF7h6SOyfeB2yAcqO3xz37pJH5s7enzglD4gYfpB6e+UsNzD+iSoe3If4aU3BE
/ySOQkZqHvjCz3rCwUhpD9ot51Z98tF/bgPvNsH85m7bhyR1fRi679Utxlgij2bOW0d3IPP7yJqO35L0/i3F2fu/evpP7cKh
8aE9GW3fb4Zv3jKLyt7dytQ9Oel36uYvxu2j5rHVL3n911ZG+C/LB0fDZNiZ/u9rBv4b9H79l9QE5qM+12x6B92jYLRzVzjb
U5o1zpmMwb6uvY/IruYbc5mV7cmmnbtTpYe5meJUzK32Rz5HB4ML1aXNeyFzjlvNs1cFKifJn83Pr7w4u1577GJhpfTkV1c/
tl5ZkMu5S8/M3c2u5+ZKL5ZOL289e+Hs92v5udK5H//gpRf+t+/+8Iuf/J+++a1P/Oilp//gs0tf/tEfffoPP/Ojz//kle9/
/0fP/fil737vS6c+97Vv/LBQOvOnn//RS19+cfVLr3zx+1/5/B++9D/84A+zHyefaTXXpMrl2kPw4jX74cYjp3B0Jn584VTu
oaWHVyr5TH5jYXlZeVZ5tLShrB5sPn9xQ3loqZDMnyrmyzl2hlyCk3WgzcAKM3vGqlGbS9PkMfysNoPPF9cvCzTPVuUrWeZF
Nz5HYSo8dQl5kszVaI6s4rzCKiqhEHFN5QkfZE2OQVfXMUXYqGZraoh5VkaMtbkFGi/DRO6OT2O0LFYyRC4fZbOKCKTKauo6
aCaKeDjEJWxks97RcsRwlQQzECPwXBomcZK6Ix2ToHCBh5RM9AwVw60JjsUROglazRGtDg2dTqwHB/BO6AaMrT4Con6a0iYt
J+VIx8BvxUk9P34nhgEfjUPd9wzHj43E161m1ENyeAdHW900TXrQO47cYRvzGRB1g+TWKBqNrI4DJoSJT1to3zbBwI9cHR2j
9F5idnf1bh3n93e89g4Z+fEAOI3EGumu6E/6U4SfuMhYH4Vu6jOAAoAZHp34xwnuoMhH0EMFc3c8+d0Jpm6/at38yzgcB+aD
gx7MiSeMj95p61H5ftvtOejuAAsVNNL+TLt1a9c+nOK+F/xKI34Xjf6mMzqa1Pluq3f9N6+9qU/N8PrJ2lHwEXrvr/98Mv15
YFv3wK3WvW3h/0OH1DLS/817of5P9+Wd/v7epPEG457sTPR7h+q9m63r5j/+fvenH/z6d38L2+ZPzcmvfkZP3x04r786Pjp6
817tZ6ExfCL/3sHPjqIPp5J59BeSfvALtPf2nea99/nswb1ocvfo6O5701+ZTbV7643s5Ph6cIL1mr9zBv3+Tsuaesh9AY1u
Ne+1bx2je/VXtQ663T/euU7JMI0ibMfu6x0LEEfdpWstcX+O5OpTZqIj/wzxoW4iEZtv7Chq5m6Zs4+n1QmZFev++wpq3r16
6vILvz8tPztbvbj2sZlz51e5awsb+U8WVi8uPV68fGn26ceWipfPPjv3hHjm2euVuVdeefqpxasXP/fdc+deKW89eW3zT370
7S/92be/841v/zc/+B9f+cl3nv+TZ576xv/8k0e++vnvvfy//NGPv/+9r/zk8y//6bdr3/zMy//9MvHFf/etL3/z6cef+9aX
vvDS91750iv/9vMvhcwwjB1ybOEgwS+wNSTkuYF/KhKDwMg/dGkpQHzbc+bM7MbMx8SRbTAKql+N8eL0KROirp5iKYaZhOzD
PMUyl2aWGbqcC4gXhCWBhKXPfeILAKIsRj5Nn/r80st1gDHV3Az+bUy6gn+CyKbRn1wWZpePc9ocBR/SFzH6tJK7Bkqn15cr
pIUnj4Fz6CLN51Vm7hS4cvnbr5B+rYwvfFa6sOScv0CX5yg3jGdZRFiEoJFH8QBDGbum06VK4u3GOKktZmhk5EKKH6MtNp9i
PLqq+e6KhQk2k70XZxOU1CFHQxtSGcaS6ZhTXDZKCCVFnjSs5jM1Drd4iI0MweOVAJECTsElNCwbQ5pPuY7kjcEhJtIfpfPt
UaSTIA5h+YaPTwVgtmgS28KnUwdF1e64D+QDM2l04gMecaaFNylmjE0TNfwApRjyXYj/NI203ZT42aQZJkTgHvRNkcWnuEMw
jcCX+lZI3YNse+y9jdDhJPdLNhyh/j+v+MNBtzrw97o3Js5gOB2c4PE46Qg78Y3WJETiO+O7TaPVKSYwe8Rsw506d4JM3M5B
cMeK/ioZTM1o+/i2UqeQ6+/uWm0raOzs+fvktrq3+2Y0vdebwDrylnnckaehMERzVuueMbw5ndp3zLjdanDTSgP+lrsef3Tk
/mz/l9eN8c7g3Vcdi/1FbvrBBwl4Z6qOXqdbwcF70s8DjJs5+49v/4PNvtOit/1fVvYHo3Rcd6nfkLZ7fDu+77y7a7933LiX
rN+q9ReGNz5qisSeuNdn7ok3t1cDTFWeODRHr9HkB/LCrhUBkb2L4cOsTOMLdrjLJjbiACeRrMrjY9Z/OpyOgwlfNO8wEeAi
Dw2xCZD4OReNSTy+omPLZVBksjjTW1qvzN9fPrc4v758+vyp4vrCUnnlzOJy7dLK5pmtC5uLj809fPWRh3Mzy/OLl2prc7Wz
K4W1C6c2li8tnl5cXp/LrF6eOf3BqctnNrdOX3n0ofL5M/nixQsbqUOeOb955rGlraunL5792CP0+vrCEzP41eX1C5u1mbWL
s7PzFx+ZX96olgtzFax9aj6m2DiW2gZnr4gZfKrKGiMXk9AI8wWbmeUrQVVFl8/5dpnNzntYkRJUdt1QyLxvEnGKld2xdWw7
9PXjsknOEfV72m44InpE76OgYvdHjpnvdM1e8efWXXQiRies2FhoZU9tm0fxu57Gl3E2UwgaFlYehSS2+hAbdjY6jJPC5PhI
WLT8bhLzzjA55gi4409lYlRl9bX25sLxyBjfw9YcDa0u0uyoUnazUoufPiNNnRV/q4JgK6jHMxSkII8XkuL78YeTeN6nKKMy
SkpxGrSszvQ45+PWNLNSL2tZr7WMNcLRrKfFW9k5lKyi5uwanmVFh1pZm88UVt5i5vMzYieSH7SePZkVlzIJpk4RGwBOx4q0
G6pjC5M9sMgQDIpynBWXEUiTIOIFBqfzWBhVMEjYpQenILITTc0AAoUGY4nA9TqYiQ2C4XASBRSYZgJ9KqKoi1dp0knJFvdA
TGrLDWSM045IcwnoRoIfMR0zCVGK97ptJ3BJJ02+NmpJwGlRri94uclIFZ2+lVL98EFviQ8xH0mYKYNGIDzAlX4cjybplJdU
pzE0Ttqk2QYAZmqU3lycuk7covBuRz3qmmNDtL0gpX56IFscmDDIkDDQ7PXQPvZsbQTzE3s1HtYHeQWSjlIAKQ0n6ACY5Alk
NUscQRx28aJROIpuSj6k63GcAGlkcF487uxgDXdh97bS742G/WRv6roY9vauWLR15z7vNxj5xFKcyXH/MCbKO8dvOY0B0tnF
4TZ3GGiT7t1Ge9JFy90DODwYmkbXCKw2jZ40+QmtOxNp2kCpEzPpDnS9jyZYddQK7iMWPY0ZLJjWgKff2C88X8junSksZrhs
huZFKG9tVhZUTH+mMqqVnlqUkzyRxuy10h8+zD2MoWQtyCtzT6oFIXIL5EI5SbSPl8Q7q4tCMTu7ipdn/SVBWpqtAGJzRZtf
e3KGo8tKNV8tnT21zBdtoryck7R8tqR6lJ+nlsql2rVvXjn79hef4V/4zJVHlwsfL599ETtbSn8e+dr52WtLl1KCnPmDTzwz
f2nhnKb/9dIn/mB16bOfjK49tvKl7KWr2sq3n1l7XD3TvVKDG+eW1y+GW7nZq9qqWiBz1YcvEk/ydvbMUi21eKGGrdBtTVld
5crL54anC2cey333FIt9Vl5ahxut5VlmdmZ2cZbJ13JXXs6dz+WXZteq+RpAr2ir5NpaoTi7KvIEJsPsZrU4P53PVWeFlXWB
3apWSxEVbmZCntIWuapEJ8xj7GMywwklNCNZxbNEhS5K/BWpIusLu0CurosA10BmnuGDQqiQW2pc5BGklFBaAPCCQOEZjhJd
RGV5kzewbJWXaRaTU/TLlGbIpCCd57FMQJU5ksVZXlUkkqIwiOO0DS3ywdMmXsYBoi/gRJKQqK8SHp4Qup+HQAL0HEIlCBZo
aQlOIqAgABocSeCoKDgwojyYmIiJAxOgaACUDkR5xnQtJGanvscg5CASOY+wA8BGsWNPPclGY4OwqSGGU0HgkygfTEwUIgQf
RKIhknGS4ZDpxLJJ0wA4SZsD1PWokMnAOPB9x+YI1/DJXjSeqv4UoSYRinfT7ymYthOVjkOn0wb+9Fa7C7ypHSVdoznK6Eg8
sbC6ie0avU4PjjqG2Q6HkxnQ46nkwWYgA0E0x+l4mG7bVgtOd2+MewTmRVMwTOo+ETaio9ZkWEdGVr/TItyubxwOTLDc3iOx
E8/uRZM0QZfDrgfb0Z7bY5lGV9qD/v5oyjb8u7X7+sHgVmcntpsHjX6fnmDNYZurLuZ6JZXikSKGUcUynzktVwqYWNibFpTK
ORZTAEuqOWIL21isBzOoymHIAsJpXUVli0u9qnHNb2dMazBFmp0TxLpl3BlE3ebYKSpmz0/w5p1Gczw9oSSUtAy64IIPe3TO
7Lo3kLt7Atkc8fAFcUQvVW1GRMCwKnYSpw6HfisdZiNGmIfJIeKYWJCFZ2YM/AzIFbFQw0AgBLQ5zOV0BKt966FsY/Mp9OVU
GXH1j0M1ExWL5Pzc01dYaZY7kwt555HVjfyp0qW23qPW/g1UP3PJBuXzL5zMP07kvvlcatCPNyuPYY9ulOcq8meKM4Vz6tJc
oXR6pULM0leZksqc21guzM4WXPHD1ZnHs9nqVVZYuHZRfO7pHPbM6vyWMdt/sF+tUM6JMrWmKkssn9YYcaFaiYnZC8UqLZ8T
ZkEeW5X8KshfmtNmSW2plp9hNuiSimcTOU64xWJIs2ieEIr4bBGZkzLkMMvz454qiyJFzhNcxFL8uSOF5NbzxViFVciUAZYs
UHlnGpL8JEljXojGiR+xBAB66ikxGkRIaKBu8uBk61RbCWf/PpP4CYjlwKejkEBxjMBjBAcYjSg0iCGFmxgZ4whiRTLgcQiV
xAtBCHmA4lwEjXAnmjCUhzmx54aiKZCJGxGpsUEOIVDCTyCaqghGFopEbTSGSMAHME5DKkliIIkQd3ycxACDKAijYIIHFh/4
CRV6SCxOHxwW4mNJ6JHBBPXj1FgmoeewUywhkiAMYtS1xui0PnYTBBkHCRpIERjpfno3Zi8JuZaNoy4gEcKMcZwLeJ+wBiaK
pAKdkuk1ICjiDLpe2IwsBzoNE2Lm1ELjvk0ioH1oWZU7OuMZAwMJh56f+q0xGTXqB9Kwo3fHQhOz/VD1T4KOJVonhj7qTbvB
mLYBceKkUfj4w8Rb301R+n5/zzatdhQ0k5vD6fT4b2BrcLx3U72LNXWre3yzs9Mcjdv2Ua/fGprXC8d97+79e0dHxk3dzLpB
Ozw+GRq90B2k1272kcg7AZPwH6dtezDKNNqJ3Z9kbL05GCRtwMftEYm0J2hdb8dOrj+QelB3lb6huyfRwdgc2vrAC8pggvyW
MgemJxltTRihCfgVRqJ36uwK0jcdRt+egQ7fRy4NZ+hFcuCdsgKvYIv6I58JlvrnRIFacC9g8xHwo61Of+UTEDx0Dbm2BEtj
RUSi4WPyuVX5ETx3JXtutWAUCW8pywxJ5FSBGp4NROdr0iMLpJ9kcj4Ag6KMLXGfWiYeOdgYXfakZy89N9a2HnU3z1XNOTOv
EfO9oU+ySibgM3PVXGkBFeh8JV+mp341FLOMX1xKNcBZG+sHW6iwoEjza+JiZb7EV3IkcCpQgj62mEHysiQIaCFZFOHsTCh7
+Uwu5snzYo5VZ4hMWtHzpUkmmyxlpcKsXEVYmQD8Ep7HHQrSqQQgBAiWRGxEaQgBRNyXcSRySIhiDEcDByUSltghXScNg0SW
oPokzoCQwXU8ItKg6IcURiYkTjKomCQuFoMgjiiWdzFA4GxalCkfet5R4OF4iFM2khC8i3N8nARBAjFFSm3NSaLYgiAajlOI
M0OAYhEMocmljpSQjJ+kqqojaISGgeukqkunE0Fh6pyEi5XxYUAAPL121MIGXhrEcSsk4gCPQ5yIPD3GUtVbVrrm+dijbA9Q
gGzhyRD16QDvxUGe6tPAwkYUTU4Q6EYGWw7ikZfYRD+ESLznh20Lb/o8/2CHKebZtoeTbYY6RAO8SR06ruY5AHETSHoIAmiD
ZEk4IZzYHcntqR7GJxFSTOgUkxFsLIUx22QDMujTTB2PUyz9ayesOT28e+TupdDsIuiePU48tOmN+ga7PXT7sN8fo5YbMHhM
Bc1+p4PboYu/JXJ6OLzt3PzzhDh12Jiav++Pe+/Yk4nEtOt7o5Prf9v7kLJv/t68ZRI36jePb92afIiRJ6PRzo2ubV0P3p/6
/3W/9frBW391uP/oa6G+t314//D1Tv+9xq397d9tv904rr8d/Hz46nvvd/v378StNzq3b7178Nbwzs3h67e2b9bD+78f3Lve
vzcN0mBUxyFGW0k4ddHJvQnS9427LnY0JG+qY9O3nTBSi6PohDlzAL3+FOt0Q3OkNh05MZnOn75y9bP/6evfOHfxy688e+2F
J//gmU9/7eofPfzcM6d/svrVq9U/+dLDP7z4na88P3dl48r3Fi5e+cnyHz/z2e+8/OI3vvvs+le+893v//DpudzkTM98r4R3
KuEpiF/MiBs4il7L5vJajD32TrhEo8JcLpNZWLnyfOUZyLNnsotPsovX5iofk8/kR60zwJmtW8kqKpbZOSW5zL9YlbU5cYNU
F6vsqpE5U8tUz85ARp9eXkUvSfpDlRTgFkR8Y7kmZbdYIWEUgHEEh6s4zZKeYBdlUhUJNiCIAnCEiJEFSaPdNFjw6g4vmHOS
wMUM4yUwTkmOWIxBGNKM70AAPEiaLOo6GIHQeAxRwYdUGfCJE6EcGWOEsO1TLkH5TpCKJaF9FKERCD2W5yU0QI2QJVwUpdwY
RX3OBZ04xkh9QEF/GgeJC9NV/xc9Ei0mwdhBDdah1T0K2ljA6SldDLjUSyA9SnzKwIBDBCHEcBPng6NYDyMvEQIm9ZMTDQ36
sQtDysX7GP4G8GwiIESh2hmVOL2YWgq5z4uqc0LxhsJTXSvvvoObMABhE9e3e6O3Mrp8zxtnRAoLTI76W6IPp+TdvCtCMcHo
TJe2giha9qM4yBBo4JhGxvVGOENj8c7A7QzFd5QBvTIkj3WKetc2Rzuh5YVKcz6klLwXPthaNx3SCSkgwqSqxA2MtCDheeKD
HXpCAAOqUJECbAERE4aFVozGu3Fq0FiLFjJyL8fdKGSzCMGWVBNAfsxub/tIJsMOsYgLegaBYx4XrOWn7yOwl/JXaN3VsvWE
23EbN1GlMDoqeK+SociWhagdDInbLf3gvYkhIdRdt0ua9Tp+1BukZTUevNe3d5uwv6vdV+0T3Xhr+2YcuDV6Mob7Zt1wi72T
3o2jYWu7bbaPDvV66e97J33juNcc6513xv/H663BvxzX20bjsDto3TCcvdvXifwmYp7NWxotEASakyMbxJVaqzmVBvSg/RRK
KoOuxuaMEqjDfovUgMY4K7hYQa1Qo1S6t4ooYO+pgiRfm9PmyaQmf2qrdGYDKbOnmKWsWMWLS1xhqZZGP7WmK/w5PMstXq2s
5L/JyvlT4tInNhayyeJJuZvH2/P06Sz+SEVaLIpKTaFzskjW/LX1Ih7OznjY1Y3Z2sm8mH3qMl4U6QsVvHwFWVhIIahwhQ42
EpJe5VkRE7PS7IO2uwIp5NOQ6fGokgFUXuuIQiPCXK/KXdFmwogRjGo6k2x+IS93WYZkURxXaZqTIcTYHFITCagHqBAY/DzO
M1lcFjhnqHCbUjk+IzRyFMWrU17BUYnNRsKUQFDccQjgBUnioEBD4wj3sE6AQkJXgpTK7IBCCZMgIwvwlDuIMD+FKs7pwggm
fpoHZIHSScQFfZfv+6Tn0hEZk1wUkCKu+3GKECGGkBQuICyg6IBIJDIWYpx4gw1D0qJ5r0xhddFM6KNA+Tsn2/B84e9QSmoE
Rgiae57PmQ9OryL+7v/n6D2DNbnuM7/uPp1zeHO8Oc7MvZPvZGAGeTAYEAQFEIAoSqIoSqS0tFZabtnSorbKX/ajq1wul/3F
kq0tr7UlKtoSLZIQQBIZk+dOuvnNqXNO7vHXvu993z6nz/95fk93n3OeppvqZ2O1RmJQ393WWrEDZTBZZ0ssBZQ9UoNNgSUK
iIPE08u4mbDj7Bx8BNhuQPL0GDbRahTMjlpJN7ZaWmzdZ4Gjgx0/LJIiifYJgbOz3nLm8CRuViAnz8GYWs98HsIEhAlHCoUW
8OwUoI4ppiokJAbCBRNlFAEpBxGRnmAUHIg+WgI4YFFgZYmV9pTMcuEgaOQJhC+anmNQtO9lHWEGudoQzxsEgmyjOdjg9RYB
eIFtkhyS5OR9d+AaqDKHRZl4kKZOZ97M4du0dW+kmAaq0/yokKkIplLdf+wtUumnTevGNFKawc/PbWuPYNBK74ZPJtSibcSt
oD8aJ12/V4taKfzTUfg3hjFMk58+F3OJ9enwYXcSVvq74z2/33XSFDU74Q02/1jv72496SfY4Bc7W+39+5prPPSd5bL92d7W
R2Ny8ODPvxK+eoLv3u9iad4MiyU+qnAHNMWyrP9oIi+O0DBIxnrCz1kJ3+JVjXUnclpvHncRK1A8Yair5OdhFs2rTG2wunea
rhc2pkuSEEwvrsPVhHpm+dSpU/nV6YNxg6SXZvLkeZgtrGa9VQ8Ll4mDBlI/mRPXWGwxxzi0RJ0ZTwc3xVjBi7mSNX8ygGu5
JqjYiTh0RT5pKSKApUPM7LNSnJtXurKHrsAaVm9z3G67lsyUfNaAaZrgSXjKxZcO00wOl5OKiNAsAdIycagmkJKZzK02mBLu
SfUlpTEnyszlUGksCKxkJImDOgRFkdln+YjNgTxnqJ7uZ5UhHvZkT4GjuRhKhfwOjlLTtFCQMREjiMSPOY5B0AwNEaaLPl2D
12DcwBUmiSMgROY6EYebfhLiiQ8DHgG5T4kIzUIdJDkAhdD4EZchVxJgbh1LwqwzERum2y7Rje2nvsZ5aUwRpuUFuuXGGCkN
cbZoQl0bwfAowkMTAATyjGQi+E1a6IYG5KQoGuh2y/bD2zw3mgR6xIwPwmHLdzGeSvRkNWdTkGqgYBip+o1RxIeOTQoxaJYC
DB+ziDQRKNTgnARfzOKjTzjAdwJvgFKRKBR7ibwpIJ5AEL1ugMQQFQTl2EXQrgEp1Q4+8uiIT/ccn9J9m2YLWJBkHquRIaPT
wEPImpVvZgis0UhseXGp7yiyI7tQCqWbsIxowYhgEhR06YCg3QRLY0ClTiI/kTMy5S0DR2kcr/0Dp9tmpFNawO46TIElTQw3
0iFR6KluP+vpAfwEIB8RluqFSTgbdjFXz3I1QxFWr5tE1fG9AdZ9lGpylJA9A49PAA0Z2w+6PH/7C/BVYgwm8yqr/Yxu37Im
dDv29LTQgQZGqIbql3tufHrvoWd+2DY2SVLDPvnySJyg6uOdA3W3X/ns8XAbefxBy1YOHny0/8+e/wnyaK+z39rFh1+2Rbsz
+PF2b7Owq4zQn31699NQ2Gl//nh40w9a/c0Ailp0UtUPUGuiR+4ODG5JOUTNap0PJveEfAJnPUF8rrV2hf05Q7Q1LxYOEM1W
1O36OJ30p14kVofFY3OnXqyfbqwfPfwcbi/A4lzz8vSxyol8eKqWW6udX0Aq5OxiBl/K8aXVMylZW6heVqSajK1XVoVVxUJV
hdspiEq+UpnBzy3V6CnlTKlSl+VSSNQDOacs1uwmNf05W5wH08F8gTmVsukyx043GAE+JMfWuFvhigpn5mXhRLVdzEkM4BMI
xrh+VzYQKZ2OW4DK/4JW2AFfyQaTEItiaewL8yUKsGbsilbM6GEUxJ7WJ4wihDshkgJnUpYAbXEimtd9mMXnsDSSYKGM2BSc
o0IE4qem0qc7j8akkbpju+fhunWQhkaawAhlRdHTOaXAcqDQgVHcAbRoeL4P68QESaAg9CPP9BA49CuZcPYcCGMEizL8EekH
+y4RmgiKUYEJ21ZokxDKaLwjjuB+gANUj2JIhXgRwroQ4mnTLJFiCAWHAY0GwQ5EEh8BLLLDJKUtXfMZNhC5nB8ecDJPFQHe
vWWZI9IbQIwVV6mxEVWZCcBhIsuQGqXKJoTzJsisMQS0uR/HdmaXkFHEUkbBjLSMkMOxh41EnhmTDioQ8BOMLfqxLctCHE5A
Jk0CQDgexgsBR6kihLMFgEgRhRPCj7GgkpV6EHD5xwiSzxgSsG7+Ea4MLTXiu1QffQjHTxQDHak2MQ3soJw1wEYQ2JI14BaQ
h5wP+jFSpnhyN4L9lE6AH6KJv3gP/ll/5wP1v7pbd578lylz56sFFErgUad/II/8ThS5RoxH7O7kk0A3HRuOIdAytlXdVlWz
tXkTJ3s3D7Zue49uN4Z8+y8Kw822x9m6qukzn+tx65atdv/xFuEsjQ6Myec3R3fGBxq4e5AbpaR+86+2bz12+J982f7lnv3J
HaG39eB/rG1ttXcFdfDBE8E1vvq/H6n+5zf+46b9S+nTSSn617/b+ccF4uaTv9rEt3Jp9/FPLU/WivdJ2Wr7gwiaasdDHGkz
MML1iRZ9o91ChmCbgj/rP77X2e/RfjixD6BoPMCsiudqQxYYJzI26QqvKLzJK8icKCVFYhy+4h0es17FAXoumNlhUAMde9rF
MBnnY6EWrWnQlL/iW5pN2Gwoimhh7PJ2mrgmyla5Q5nwLkqLtTrqT9y9Iub4Lr5acrjJ/HZqNx9lqJnDwg48LosZAD7kgyo7
IJ3HKEkWTUoeplzUUjxkAopyIaRqgJFjg4SmLVahTtxOsxghF5naZPEGzpdRWiYZLgocE8H1CelZIWYFewGTCnhImyjNeFk2
Cpmny7ogIZ00LFZmRwJCiYpDJQTOMkQWGCAiTDMODDzK1hAKMrRMuzWfghHCC4MoCYL//75m6BNZuFJh3zuI2cQPfQ61HAly
s+OJO2ajmPVJHpELeiFFB8ACe6kf2gmIWdjBE4eBIBgn4eh/gFDIj2BUNWCSgL+QGIjQ3N7HaA4dMhCDI5DSqyV6O4TivYLH
B4gi9x0T9qdTA0qyLHDHygWu1nPjn6vkZ2JxUlKCiEYP7riFYEz1LJ21ki3brI5xclj02zuQhyT9dEi5iDE4lHhiKk0sLSgk
xDAFcZKDIC3GnuCuEMHyYwcM0zbwJo/QEGAHSABcO2NEjRPiNIXJwMES6C4U7uKpDeMB+7QDLSR+lKBWGgtoJFrQTSz63N+8
21V7o5LJtqMYw3Dc6OThOFFpJBXop28eSA9TKElSAKM9lLGjLT7zWQPw0ALqPI4eTLwbe/qXuwNFcw6WGHrImFu7PVU37+Vs
35kqajfD1vYBEG17X/fg/ejTwheep5K7P3l4BNE+vX8w5PX7hX2//S9hfLe3VEe18d5gY+tur/MF/fDhFxTuFSv/WmptPmod
mKFh/WsrHOhKd/OXB/84Uqu3frqr3s9/bBfJEPmLBfJektvgfzkcOtgn8p3BIHis/6fo3lfijyskeWf/7s+74Vbnv285mo/t
j73dA10/ttmT4jt7t9C99H76hIw/m5Aj+nPqtrb7kUF/5X30uf5fjH99/Pk9un9v8lnLeuJ1b7U/ive2nty6ce/1t66t/P2l
d15afeXi4fmTp6jz60eXvnb9yOkzp5ffnjt//a2Zt85Uzp2kLj2zcmojmn7j5A+mX/3dM6dePrG8sXR48dvHZmqgSexeOVVc
eGnRo2msTi0jXF5uXCufuVK2QZk72px7deo0Vqnn66fQWJqtw81ccHYWq0O5+Vp1HS56Ob6dy4Tz6comRW/0aIx2mAhtRlal
PuDqpyDFLAEiAktYoTorg7CESFKJm51AIMlXiwwLTUCAQJhCkOkDLBubegJNUMmBDB9Ogi3ekgAb0pDWgQfOZk8NJ7HlwC7i
o2gvZsc0RVqT1BURN/Ui2PTYpy+GTawogXwz8bMBiqqa7cKeYcJIMuTijmnZqoWNItvwzcAnLX3bCyI3L6IRAolPH8rUGD0A
aNqDUoZEJDkbvTGPZqhHGAi982iAAxLyggMEGRDF/awi0RAZthgatfjMsSVPsBEyaiFzYIKmHv10/h0JI7yoarOMn4hp2aVh
MG6HMTO66RQSK8K3EJwEcSkicDgagZBCEEBTeimtulEgcDHEywRKE1ogFSkLzvs+AykUB+VoDWS/58GSRdsMo9YAPRBAexL0
QNxRmBSHIg0LUse2oAgNIAqKbDqhNAEGOgNHFAnFIwLT0nHgc5gFk/gcCxjWCeL0JjBgiYlgh7OePvBQfmpv8QHgbXdbdONf
eY19B2B+8nnX9nVkT9QjD4TWeMAuUFqEmF4yHmimTeUdb3dGK+qUPUZ8zZmMJ4ZVRiT7s/U7oy0c99JfJBCqQw+SXjoy4sf/
5/9aPuz9zeb+Y6Rj2Pcl9r/WqM+3G3U2Yrc6lX/+ibu5zdzfvpnbs5BKj2ht/3Rz2P/A6PwlUO+35Sf7D+787b+QJ7/6P3b3
P/U+DQ3dlv/f2fAnY4mEJvYno+Afdm7dbHe2On/b/+hBNKJqWzf+6fHO/c3H+//LJrLljz/+4sne0eHq7IM7oqsOSxNd61XR
dfezFncPD9zHQe5eq7iXe/ggixA97QFcoLszPztoxbzVIj7mRXvn/sObL//oO+f+n7Ovf+PStWdPnrv27OpLjdUzL11bP3b+
4so38sp3/vjMqyfKv3+1xm/MXl6E5t/5td89d+L44Re+8+zpy6eOL7323cv0KRQ2phiJRZOmQ5D+PFhdHSOifK52HLUIrYYh
/AaJ9Y/EKY0WE+IwnZatybE0KxzUp0MyrawJhCvkORGKOBKiTAY/nBZIS0SwqhL5uLRSAiKDiCUSEMh0WRGaHCsTFaxIhWWY
LVVgdI42YgwNRAHzbC10UC7X58kJMykDBYGTlGBJAkktNOKIXtj2fdrDljEav0lCLJwyPOqNtUkdVh3XJBEvcQFsd4zQ+jI5
yKKJSWlfpVZKeD4MD5EgoAeQ7oU98lPcMx3c92IjjCb92FmILSjupcDomyrqDp1gtAW8FPQIYnsPMgho5E3S3TH8d58Gnp2q
LbdPT+54jGWGjm5mfpcvho/pdIQC39dxfmzZjOfxXpq6eN7qwy4WjswYwI+4R2bZM6F0gJTgcJSI3B6N9GFCTdmyl4bmBKUR
FlYwBvEYB2ZS2Q+5MuNaiUubbpcVcJQQOWaEISOWtnHGJcsclcYk7qZ4wZCjEBULERWQxNPnir72JMvTacnlBBKJn86ego3C
NjVQo4ysfIP2mEAwoDwJ0Taho0pOhghEQBUEt2NILOvzuKg9fVOd/0QoYzAtQ/DMVyAh8x/9IpfkaFcsk4RIpkg6ofBFr/Wo
OzONMR3Sx4i9Qe1GkWpRLhoJALfNX+DbgRp9kqobTivYVZqPHR9BWrIXjbnqwRYx0Bht91f/ki+VJpvtHthF9gd1c5iDu2YR
Dpix2t639zoHDx/qvbLoPjQnldzeQIDH+CMVvsejVQPdndx5NPmUnO3ft9zb4/5oqO/4wgv4jYdXn8x0461e8ItutO1vP9j0
+IPWx+e/op6UvtgRt/VHN366BZXh7Vu3PuOr8hEThK+U6BJWwZRGE7mExeIh/Cg5k+NLEPdD8RleEfxlT3ezQEhehnJz3gwv
sjlhquSxefTaa4eufigt/mh+Y6HxWwsrry0emV9YPn31/LcuvH39/PzUu7+98bVnLp2Q1xpL5xb7Jw+frB/97srZxXfe+/b3
f//C3KlX3rnwXmPp4xevnHz+jfVvLx4+U//6wpHzR5+NVy/88Orp2ecXjyyeu/LuaxsnX68dX37OOfLy64unv3mxevXK1B/l
ChtrF65dNvCcXL9d8Um/LwWj8iYrr3kjLdmx0NI+mRG1oKJtFBXpT5nOMGoA+EmuRhcovKRqbLqbYtxEdZCZiZqGnbEZ9num
jaz2jagiBVlA6ow27yeD0ATez+I9jfzqAQt1zBEu3YaDGw5O4UMNJMZDNFg0VEa/pwV0y2XGXc7y437fUr2B3r3/cTKBHM/J
/tTrkZdQeML7v9pspRMwhNU91ek7nd1dvtF90oEM22zt99XkF0O33QrQYTcLcv0vPorVmNp3P0F6/4z//FPM9kedrdCL9z5y
HWOAG92hqraJmvArz3OdCAIqFj30bnN2hA1xR4XY3f9sm2OsO7HC0q2cs5dHO73JQwDpfVvFxBGeDJO4h3EFv6tG4wkKervM
iOAesxoCUiGjttAaxqlO++ZBmiEENosED3O6VpdiFO/HKFL0GJNv1CvkeEKwRiClhko6YxkhfV+lmKw8bahUJhFBrGNmlMCF
YRvxAyyZL1RF0q9I2Wc8En2zXI7REw0ED3VJUwDMyOp8RBW22piLbOZneFpgiqXGFiMIc+gTQdxIOvkZLlmo0Q0s4PkyPr4t
dpVnzt/G2NyRH9+bR0iOOmk2pbt1QWjcnDsoFRuP8vRZzSoxjNIrWN+bd+BQSY+uLBQTqyD9vPPLjytoTAX9odo1Px7cIKtr
uS/2ZrrtBHmCfdn+l/J2PLSSsv5Jd5hx2b7NqyXfxAdGXDjeftDd67v35ZWwZRbSx6ZKUETECb9vRQdnYrQHQqcDO9NBptsR
oZmddoM4v7swRBV/xu6/NKROCao13vvRv3v/j/7Tb/8377//xz/40fvfef9P3v9vf/v999//3r/7sx++/x/e/94f/en7P3r/
/T97//k/yQ5+C//hD9//07fef/3d9//oT/8sO/Den/7x7/3BD77+O//zMy/9+/e+8a1/8613vvHm9068eP1r3/zetW//0dd/
9PYPrl/9vX/z2gvvvt1489v/9voLP73y3n939TvfW730xlvffe+lr/3bi7/5G2fqZ4Lj/fvlZnlFWcofWZxa3j0/77o1dm1h
ml2fXTnSyD3dJ36+ip9uvAhKmNBZPrp2pHZEYStHJJ4vSXvkACruJpbpjixAFRng1PK3+5eHc2P/AYsRp4O20fW8dS85CXHP
mlueJucfPm94jV7NjK32UO1jOlnpw5Cr2jZwMNaDm+nEPBLJcbITp2PBf+I7hGcDtJUk5aLtIxgyIRLI1BXSNEYuZdgWhhH5
AIwIP1EDwrtfMWGyGUNtr53g8wWQjhwYy7jIywtVGoWmia5TiSKgEyCra8cc6I/gUvh5PyHs+3pvv5V8gO91xhDl62m3aw33
0vEebFhPdtGPytsaFe9bwwixTHiH8LCOZPqm40xAjf/fYBa2VGrswe44/sdUAyQx797tx8im37bgaNDV0ts43ECtn+8M9mVj
7CG3YhKh9nl9/JlM5PzdXrpj0da97vggQu746ljnkknPfRJyuDHA2NAjN8dd4mAP+fyxPuQhpyf+DebYlFGsEGOOoicVxLlp
yundDjeaKH2pg3++bQYB0wVQVrcziLgUQZJa4Xadm7loyy3Ibkmu4X8H+W2FXnaHeLgijJNOyI1VdOwIIX/H1Pu6BJJtgCAk
i1DYdJ/MIdxaZNjzXvREAr3aIho9prC8PbtHUAf04Yu7+FPQPvDLnaJ02pznYa04z46WKWSOtmP9mFooTR9q0tMHh6ayCsCw
6YUrs3HhUFZTfXVuIiazvlzB5CCyz4ivLkK1K8eqzJKS54P4lKgsF/MxDuVnU0jMSanLNvNygTzROETHCrF4rXzh2t/OL1+r
FV9++cWTlbdeOfqHa7/2zK+/8PLchecu/PDIu+ef+/obFw8ffnmj8cM3Dn///MKvPY+ceWPjxQv1t96avnSdmX/hjY0r/3Dy
7efPf/Py1XfPz7/6zIXnrr579rWLX3/nW89c+NqLf3j94u++9yfvHj556ui7z9HfuHLiwuWTz//69RefvX79d1878ezFoye/
uXj258ffO3/51XMvvXn58POXV468dvHM1eNvvvPOs8+/evq1N8+/+40/+f700aOnnlufu3p646Xj66vPvLJ+8oXnfvNrh0+f
XtX0vooZ4aRvTYJgDuEdh0R65hEHbRl9ZXp6zhpPRuakOCKqxRPdgdqBab+9pnrKwelJ7A+fLjLuQ2kUWwGIIKwoLCEhR4z8
K1DJTW3l/OIl13HCwDmK1EvN52Lbc0oC7l/30uOT1wCJuSpUQEq8pfQRxJnZLtjmIcQ/1WGbtSLqtCz91GC9W7MAoCK2un34
ZO5i6HNkb/paOl3tTy/u5HjdR+IinNDVITyRJlFkJ4jPjwFZZMYHKRnJuQxwd8M0DUbewzLdFyrWHIG6RUuOTEK6i+VirhiW
ylYWugpsVS0LQr4JZgBBT5cKTV5i89PlMpOUKc6C2UQo/O8iDwki38CTGd9lF7MGVBFry2ZJsouLHxMwZ5Owl8OQCCc0ujvp
A6jQVMZ2RGJ0986Bx34Y+sPu+KM5V+1N/znNeX6fLVB/BzhqGFDy/+QT3j7sd6p8iwomN9IP7iT58UKQs1LGxEvhHWxSqRhS
EhmbvOTrzf9MmGpg3dlIjGGntqXcMe7f11utwUEW4fbArvMT9aOvDGRY3vR7nQd7+pkus3JA58MHXWgYeOhXQ9A17B87Ws4r
Yv27blKQ4s4kjyGQvt0z9+cyLlRMmqJGBSwqZmANDknSUaqSrzsEHDkUQM3czNADZfJ0MNdd25r0E/TWQStz3gR1t1C8/GWd
L9JMUUSLTGfW5lIVzon8Sqn/1ePthSZyII6anxcQnhRKxA71WS1Kol1apyNtwTVjWrnuCPIK549dnE0hqAB7DTUliZCcybd5
fJjAo0BJo7VCbWaQAH3uSlJe/zi/tYT56/w6BB1tzFyW5xc2lqAUypHnbK+0itLT9bqgWC8trFwuBodmTeFkYfEYdOG58cLR
EDlWbCx/MQ3WZsHRtbMzhY0jC8uzi+fm12crzbm5Z0v1xbW5pfUjymJNOHHIPF9rzs1Dyom1lUL1/PFgflERjyjykX9dqh5p
cudOXDrEXTx1eGVu5cSx0wvl+trySzMrc0ebc2eXi8sz7POrn16daa6v0NUjh2ZnhAtn5eUTcqH5TDN/98QxuTo3u8w3p5Gl
FVCfnqbmly8ztXqtQZNTysnDM9PTh2fz4I2po2cqxSOryGJT2YCVjVr1SM0wBgw9vW2Ndd/ibu7NB6IId+/md0OYHijGZ3h9
bCKJU5wMI/qoHLYnUFGPSV7LWfmTrUk/2hn4plDO2UV93wXzj8d1pHIaRYYZvbeDtuh94ChtVTcmkTXW4CwZbWsu4x70xcfC
1sxze9pBb4DOtItppYGjZqEpCERSsn+rwEQX0ylSA4cIS0kJF6FRSiDp+1SOSiQEh6P60Cl5M7nAH1lxkSdJJKn1KhRB9eb5
PWS7GfODkJhncYWK5o/TMiuE5KIgFZn6Cl0q8IyGrak5nDALIkcjRG6MhgiaD4Q8GSdNyMdsF5IxVAEFmAziikATYhxxCkAU
zj9DL1E4s1/yofoB6VMNBi1Ekhq5FOmquqDHLmH0bGwSVDEN1S0cuNoMneBB2nXLUIymOSigO6H5ZI5VcL3rUzqD7saoYwUp
s9PXyBhVyQxC4jYpwR16ErIoDlAaQ4f2xBFclq4SuwTmMJg2haK8NQTygC6MLEiFywg5iA3XK1o2RmRlAVgth7oYsHk6DVmr
GztelhOBINwEMc9LKUFQITWoHHkMcC0WagRD8nARsp1AwYgcNH2cpqIZQMUIloQcmUdYSARTWi5HLDeq2/VCseLVqTyyGLAT
quLBoGJDbNBhIySMXKGPQEyZVMdzJSxxHQnj1xpIXGZjRvek2lnXuglogkVDsTHI61iUoBMjhHtpof8VMnk8iYKekZiDQqo/
qYQkSCaCq0Gs63DjietHjKdIvX3kAE2Ah4mYpC7xkfvogdX0HF6wIjcyId1IupkEiN4YHTcZy+XgmAiABca+7RMs4m72EeoB
kuZNlouCPgYjyMDOvz4D75xYqMj5Sh7m62q+lJuvlwLn3GpcqRybK4clhOGkRvniUaS6g3LTgSRON5R8TNk8V83M6PwPLhz7
q5d+vfbC95+5snTlWu3im/LJr706d+E7Xz91+ZWjv7Mx88zyt77xwrE3X7wyhTIzb//O8ye/9cLC2eeWfrO2enXl4vfenvrR
qWP62dexty4dur5OfpdbPU4ew08xtaPPv4S9leeIS+Lam0e/iZ+Nn9H38tV3f5+Wj17vHS0cf5X+jauk+Icbpzbk0/fnF9j1
47NTdWV5sX7utakTK8rxxSNH55vYytXmMen8xpHm3KnKNNWtV5bWFuZP9tbW1teV+fO16uvNShGTwUaOJLlCvUTIcriyRj2b
U2isSheJvrzK5iChzB6mBODmH6KIfCKHRwEtlBjWL6Q5aU0kGJ6SZBSXE47iuBLVUPCyb6CI5OJQyECCTHKkAGKSIqc6MctU
CZonOXGBycMs4KlmwgIcj1kuBAafkE/n9EZQ6qCATHQAw1zqUAHwECaFBIw0SQKhkYgKAyRJYCRF8URAxRijaBbzkYSMKMzB
PCjFCEDlwgThuDjQcSANg0hECc0PWZIOAgjFEsezIjZNMhjzKN8BJJQRaoz5QRIxaQBCepTk3BRmmDTqIElJdzEG5s0Aj4js
h0nMj3AjHRNcFEa4iRganAVGmMRZxLP9mLdCglDUFJ4kgCbt7tOHsroJ+T7R6weEDyAytBHLspwhGSBBrFFeyPA+m7WAhVEI
RqYjR0KKaghNIBSNzE6CiLHP8nGS8Dt4AGwPhgGhw5l9mnESF2KeRTnU52UsZVXKZpjDGxBGT/UIG05yNJTSESVGKV6GpMls
QvWFJNyjc4lp9EyuL5AQN9uYb3YrlXyJmpX5nLJUPPxsdeMww826eKW2vi6zDVbEc7PVaWnq3HLc5E5WZOwwW2dRcpqYOho0
6XdFFanKKqn4oCPnbxMTtS4mNnIy7yeF5pR9AKthFOVqzRrUbYS5ZispT7s4uQ3fa3ESni7J/76s+6fnvFKFzk3O1A74tKuE
RC+aXfYYYeGtSpeOIZqdl98+j+RnyfqxiGpgDCjFguPUVlK8ePL3XuJ+dv4V+fJvcvXk8Kv1Qh2dekl59tAbr5Q3CsIPrvnH
w1eeWX/+5DNr+am72Ok3Tx555+J66fKZb7Rnnmuc/O3XC88dPzEon4Avz+RksfBeoYxNoSVQbmysc1Ehv6QxqHe6IQtzs+sW
2VwsXIKYs2txvHjkDHz2tOxdnmeXtSXTEzBI5HM0Kc7nvUMUlJeK5bKMh0AsVlGIWiGFhNGnRL8J8bkCPFMWm8ezaqtQLGGS
MRxgcK4Y45QnQHA9KOCpkpPooZzjJg4j01wC1bGqg/ts4xwX44WilIp80cCkyIlkXAw7Bs6bsZR6QYDoCSYyTGIiNGYDOIkm
bpzYEEwgdmLZoONWTT9IQYLHjBkTcGJBqJ+GIUZ6LIcHiZDCMInwNBajaIKAmKCiOMjGK4dicMZtqnmABhSUZmM4SCHOTbLx
SzFxikBsSqAUnGKwiXIQ7GJQ0oWd/NO9zBgABxkHUx4cQ2GfgDDMD308St1IMA05hLLMSxEEZ7EIDGdfDGEQ5hFwHPWQpxv2
8i4gsBSiAZlRgOf0hxpNplgCBdl5cMEAdQkSy1qXAS7I3ArDIRqGCUPxU8iJMIgkaJNAcAZQFGpjruVZZghTeOKi2Vd7ceQi
CZWmToDGeFZTEOHhAEkAqpkJFKWGlx23k4RCI8yGCSwaBs7gQzvx2RDynezsIDwiXSwFfipGMoRTT9+XwBIshvAM2wlYG++Q
iDrM7NBGs1alUarpQdZGvBjG2YUzZ3QstU0/kblAIKl8lU5cyJZCPA/LdZTh5+fiiKfj24LAEdgqE4GwEDfyHIitJZRWCK0k
1xNQJrJOL8zDmNtUInIewHjNalgMhRf5fJNbKrDCqFEzxWQdTwtLRWZKfFivZ6Yun+cTOa6DdGVaUXK1b8aHhtcXE+kaWoDO
giJ24YpwBpmbnW8uVC6dv9oIFfKtMD75e4fKl56fXD8zt+rPzzc49qWpM9Lq9xsLzx/52pn5h6tU83h9AZlCC2emrT+okMW3
jrz9XK0pHQ+c8gpbWSyuFq4tTF2LNuwL0PTZ89fl5bWX5Gcur4vr+5SB8n53iMMOvs8ajBJPNSfF8AKGhfDDUWUCY+qYF+B8
FEWHn7u7pvoyLMvnYXCoruTiouP1OVSIsB6NOiIZ4TTBxMtiSuVHeBhjmdKT0wyP0yKJmGZcqh3JiUGZopQqRepoZjpkCSJQ
XIBkEEMI8nT5FScbn2gcQC4ecjCWBc/sUkMkQNQ09Yn2VmLGXpJKEUsPlYjIpBhyUQ8gJLCz4YrbALWIJBtYKQwBi0tCCIAQ
JJndRHFoQQE8Fxqun+KoBrt+xo8EHhNQ1m5IyfkwkZA+iPAE31cTlArQkCL9wIc91oP9kIwcywXqapomEOJHJkklcIzhMUqG
Lh4QedpBRVqACI5OWDWiLT7AAIfCcKgleRizcML1NR/ZjREeVTPX1HAol+B0AsXCBE8RODNzXiEYm0mFIZtZ9YTHUUTAEdNo
R4pP6xz/BLN8d+8vEIwzMRYYKFlBUpJL3cIWFjtkMYFpFKEMClJCnESIoWQzHJP1BDxhQECoEmMxdjo075CkpKFZRScsQ0Sh
kDiyBYUQxFkoZhnICLZTFPYYSMMyGQMeFKJdNw0IB8dUHnIRzcgRpObDmW2TCAlFDOQnfjzCKLbNUq4VmqkGOTCAMDPR0jBi
/KfLZ+EJm3nzfqp5+Gc1HH06LczzYCyrWEEzw4wxNCnOTRYzuYNiJKhAUGxBiGdZkRr5SRyw5tMXENBJ2jKnHv01RqOrCa3G
WEgSaGwNGSRWEjJN05kSLrASG5MyoAJOUhCfmAup3CRfTypCM09OTbEEPQsTVSpH1BwX5rCcxq3IyhT9zjuzG/907YXG/Bvr
l+cvLFxZuPqDY9+c+/7cyfdmrlzj3/qdw99cfe/c8aNvLs/82ksvX/wPhZcPnXv97Y0r3z3d+PZz3/z6y+e/8y7y9v9VR66c
q7165Y3Xp/7g+syxC8tnr7330vPnr136Y2Lm2q8dPf/cpeqF7137xsvwi2c3XvnDhZVfP3X95MVnf+vFN94RSZgdCIH/RS5J
GKfsDppMVYbcpMSmWCEMqe3+SqZ/OY7CUYIjP6xh6pKMRiGMUgo9z9BZ8DEiMiggToiiYwceWa6T40zXhFPo6SJH25M79DBw
k9gH6j2V/SmKD9jQn7jRAep5pBrYWNGJ9F6dc4METyaxY/cNswN7YB94duQa+yAMjXgUJthwNBzpv/TKxtPtGO7GA90cD6Jx
FPFpxCRSBcdxCMbxjAox2ycx0vEJKELhBPNwKENDJA1I20W1nSJSi11zgBhJD87qgQr4p8t8ikhWRQwOM2hqE4GPoPzERpZx
K4qIA8jwXBJLLNcjnZmQ0P0gDiPCV4aw91HoEAyR5nF+nDZxcXqvnBR0oUTxe/LIBXNwJ4C8n8g2nRSZB3tftdSPdTKh70Q5
xuXwIoymw5am+BImwuVWdYqdL32Y0ym7uA4XbyApTubQLhT3/7wAy2hFun/7g3j8s61Cn32irsZtJiDz2Y939mqeX6ZkpY3w
Uzxzgx/ggyrVQG+NZzAppQYWtNWqpNWkkPtq5/HEsSelPXzPKVEuoaeiRxDWrryVoD5RdHEMJ1NVHqUZC3NJ25UA6YVJMAyd
LCKjUTxJJwjAKsjI6kAKxTqZiukFNLGlXY/hTcFy0NDU1egeNAloLOyrJOyQOmZv2iruEWgSfeYGMKJWtiN9C8JRw4Zhz0eJ
SQT2UVCOSUNmNZu0+RQLUaiHwe4wGQQxPGlLjiwxJiRuDXeDpFV+QgxwJkkzKlC8OKDGctJS+GLOLuBQPBSofIxNEXKDjnXb
NTmPCtQZrdg0HUGgJmUkTv6+44yxKgcdwuVDPloTYQYeXxTLpYdz1YY4X5teFvgT0rljpcPTU1XpYrRQwQ9Ts+flpan6XFio
zQkP4WMp1mh+/Xh57n2JPXOyevjS7JnQfvnOMeJbyv5LG2efKZx5Y/b1F2rlY68ef2599eSV8ZnFtUOkOG1tnHnuUIF/dV4+
d8znkOkXaubcS/jZY70BWFz16UM4Fouoj05IgPtpzQ/ciGsKluXZBpT67Wl6bGLKUENbpFJhlyI9XBzNuDlABKIbwTk/jw/G
YzJKPQ8MbMSfOGm/2/Ltnj4e22ZgUibecfa9yU7doD094HDXZ/SdkRLFvm+M4raVy1TfltPQ8ZFhIA0sGPp401TtNvsw7DmD
BBqj3HjTGnzysZugrX4LGYy0Pbg7RAZdKUbIxOSxBgsvRlmZkoaeC81Cvs+FUwCj3DmLigUWRcXAFzATKZVSIvAKT3dTaqRw
GibTFKz5Wj3ikShPGSGdajbhZeL6AaIVNCrabJIORbJOnJotUX/cwiSwq7fXIghyFKtPDnEhyNvUKI818lRZMkgRFAgl5fPl
OOnrXFG8OwNV+UqCAUm/kUM/eAiXBgUUojfJ9rQ4GnGtEs1VOF/l46lpOqPgmi5XBZRuJGKRdvyagHVAvSZO4cUy7X+EEF9I
EeXEfN09kEGlZtvykFfSiFRAyfRrsNUei/syYityajiKHWgM4o92Rw0SzaE8hrYTK6X7NydGWsoGuLEIkQV17Ou5IF8UhfZE
lo2eyllcATfr4eRWEjlqEiL6qFjzDCXmfW0PAPyJrjs9jBtP4t70iJhCRqYVHSh0zJneSCL7k7SfMbhFW94deZSBvjPqZ6qm
7iepw4+0yKB2/knXXBAbPmKSsBYMVQ9IlpGhCeQAj9U1jMmUze4EMZaELcgLnHTcGCVRD06DoQ58LN8LMqUAxhZhH6T0FmwF
rofjPK7VUAGvS1QOUzgJsEljzpW8iEsoGURpzEGU52B6X0ALzdKESiMzUCYTWnFtgnKKgEEv3D7lHWqcWC+vSP4Lhw6xtYC8
emb14mFubuXhwXGaXF8rE+eS5HBldx6Unbn1md4if2r+xPI8TcyICo1XwWq4DG8dytdmZfnVdPGSQ5xb3uCW/eb0uFAT6AAT
ckdyK/xK/lJSbmL70oibp/eC0wVRMDpTbXGWeLArUdsUxQA5yJWfrSrRKkWj86FM6wNKwERBmJF2iotXj9FZ5Cga1XxhKiex
L+rEdIl6JGG7zd0HNzMBcls9+O6QG9oH4yd3Nae3bYzMW3f3dlXnAG7dgnrk1t4u8it/Ru9Bex1k2GmPDgLVw7w+6HEhqWRx
QKdGmq4HFLqnR3SQJHal7yBhAnzG6Ai+9RMqS2FpA02sPpS3n/AwIEii1wmkmK0QZQkWFDoUev0YrezVR1MoiYYlJIM/FIMC
0JPzD5XDeW+McbXUR9Fy7J2OUdZD92y+iKBuL4Z1MTcqgYeBzSBOcZxJvLHXlF1sgMAo46n92S++bCpmavdmkXFmtACvwTjg
WIOS8ijNYBidVooELRq1AGeKQgxxQjCkU5oNUYrG2fjpDo7zgotRODOA44pTxEgJRhF6QCAykuYwILg1KIbSeuDGBYmw+FQM
RpbFSRTPowGfQlixl7B2gjGKhkkMyM9JHKZAGBnL1UmLz6DYZg2fjmejiU0Ay2UTz0w2XZikq2yEgaFtiGPTTUeAdPusJIyE
2ZhKKD9N6g0BjvnExqIM+DkhtazhWATpLBWO252iABOMkraILF/HQw/FETQmenwBM6EpImMLw49rRcYnGjDGII0idVikghRP
YW2C8qhPlakUZP+EcekgjOVOJQR8Ykyy8MxqHP8IoFH+6RutPkhYTCG6YrE2A+QdJ+J3o6FPgEipZPFTAABzUMOrYBWOiAvJ
5HGQBdZAGmkKleYRRud8rOKlQpAgcZY2BADloCafePks9os5laVE2DMpN/PHLpmHq5kAQxCuCeQkRLmBqFzFGxPlPHPmOjtH
lerN+dV8vSy+LS2WXyzKKHw+L1amZorF1bjZINT+xtp67hRhHeHqzyFTBYE9Vjl8dp3vKLhI66XFYLmQX5k0phfpnPTsBrOY
r64JYN1MS/jZ+plL7sZSpbwBjpv1KnbcjxyJX1oqxMAokQLUHzJDT/A6MCUykGWbaFick4hIN//ZhwYDNF4GI+m2OAtb3IcZ
lrkT/gE9ESwDUB7i5mzMH3w6cfTECKLhcNi+TdtjS6d93w4IfRvptpII77gQDn1IW20HsSBvh7+BKlBGpTElbtE9zCM9v2T2
XJR0neGHiMLdArtcxMRe3vc8AaCc4+5B4ON1hulSDp4YSGQ0HF0yuHwT9bA6ZZFNVCoFq/PJdNV9gBLFfyiapQCgAwn2JHxW
Jg7K2fj9PD4kQRS0UBr7xGTBE2o4V2zg6riohB0YJHwkCcmM2NMSO38n3ye7NgMobdchFTYjcuph7ld3Z6vjCg4FB+NYzRdD
GDjYAt5RG1LqRuHTmQpiPxcjHmD5geRzGVGDLJvAuMDItIc7CLTZpAESBbTnsh4vVxmAFKRi0eMIhYegI2QRIZAEVFG4iY1I
a4FMUINgIlqQhdy8i5ciEAlCI4amZmO+yubDOmNjU3CUgyRagQXm6d4EXkSyAm1H2YWbrHieBtQEpHkgomUfN8L+lJAFb7hc
TmQ2ShAuiwLcIwGdcahCjkudrI2EhMd5TYuwHDao9OWHHROEAtUrmIYvpaL9ZQrwaaEO28wqHRGik9LOPtPDiYjCZw1D9Bsz
RIHmHtl4fSttN/bwLpW4GEJvs+rY4HGa78zBiBmz1C45gyPlGTIhki2zq6FIb8BoGDpM8yFp+Fg3jK3YoTeDlGAPognm93bb
ZtiTsL+ah727TqvEewC2eZSGYXcLAxXKgJRpSCV10p0VbXKhQxaKWEIZqMjGX+gQjCFjwxG7NLaz8PQ+ka6shHEZHCuiOM+z
9EluAfKl1QIULCmIXCgqWUykjkHzWZhfhrB2SVyfcDjPxpA6v51z5pB8njrkMvPCmoIkJIUems0rm1+X8kfn1+u5aW5tRnpe
mltemVu+ML1aOLZoX1hGFvnZ68113r00+Y35E3G5ebF4ulqX80xzbqmUFIGITWR2hEE0NESIfZ8jLE6n03p+jVBJRZpiaDyk
azhBka8ebo9mfFCOimz+iyyckxxL74/7T1ebfrytdiGy7+xvb3c/7LYHnjY00f4g6e/tjxxVm0CqbyOmbowf7qu2hvTCD29n
ad3R+rrVHoYKdCAEKTMp05pPCH8fecgN57GFj/jUumM7+TRI7GFrGPzlvh/1brXb6EN4EMJan+tboYcdgEXM0WRIkPW5Bpil
i7DPI//CjKmAYCkuRiiiIDNkpgX1h3QkBqzlVEcEsyguhXIg5CXKJATacLGU9/y8OZm1juUeC7Ave5xPCYpnDAVprhhHKAim
D56IaYCFnIQkYtqoYzEeFeZKZpl3JhTaqo2B4GmUvgScOUYH900Vj5Cm0q4wchkr9BJ3hsyxmFbD+CUZZw9VeTGGcsJqQZin
YmtW6vMeSvmjEtZ0rSl0C9pvhPgAOk5FLCmV2bJGtzBvjq8Z0wx7SBTFlQSlc0lBqkR2zc/lK6Zu627Y9dBAMCMCADCWNeze
l1zTTjoQE86aPFScWHr+8TpOlNwgPKQhOdYFdFGH62a1IdUzoaL5kD8Ac46DclPKGNcd2nGfzm7BSTBCmcS9uQD4PdaPom3V
nOziZbZj6PbkxljAyTFn6zWZW/CbtvCX91DFYz/APnSVI8nHOx6qGY/0kAnXzYNl9Asb+ljpHED7t1eIMusNbgW/dHRmvD0a
o9TYETHQvu+0w+xkt28/9F3J9h8btrrf+hS2u8X2Vzn+kdbfTMmd0WcHnoNEumVBsXyAaE/noiUtCoqBCyUBg87B8ACB9MSr
SZGjD0M/8CxovuIiOhZx0REktHVPiHwkUVYuLIdjYbrE5iCWiLkeXVLoqcZpugGICsIxFwsVzmDyQl2oc7+taCS5Rpw8u17h
C15FDol5XpGrDXI8e/zUqcU1YpqfbVw4u3ghrgnnz79+jU5ZlnmBe/m7l050L6B5DkrsxqVCtJbceYFt5CP2FIHVA47COEfh
GCnNYCqHQLQO03qar8LEIjVB/GmRQCsQe1OOIO7BQ5HJEVFk7RYiCphwmQdcZOixWIwNFEzs0Lxh7nmPW6Ohd8/e1eJO+Fgd
ltrqjmk6htm/94vNLatjaZvOOBwxuy123Ot7d6MeNpIky2IIRs5Ct5Xof96RhSejXwQEBgNkz3BhfezvDKyx9in9ha/Rw1+J
T8jgThuKHwRBHEBPaIia9cYoyLEEkU5RyReDsvBLpgMYjDkmu0MKk3y47zuduUdTVE7Hkn3BEiVbP4yHOItOiX7WaIFFYDpL
eQA3XTzxazgrIXhOHkn0HMDoegwpZAk+dbTrSSkb+5VGlSeRSiUhi2kVZwqDDAYpjB4+pMa03xd5Q+CJIPVEsjUqFKhEToiU
woHO0Q8dOmHjfCrjAcXrEztgSA5QkiUxSlTKTTqVllJ3y8VUZCIkTVJ+MgRVGhVploJgCBW5v0cCMo/W4xRDBQH4YcKLPIHy
RKFMAQqS+kqclvM5iE7dlMYgAgkeuykLoxnm9mA7AV5n7IF6TG3vJtWEz7gnpBPRGUXFuuCLIU/CKOeTTWyPzBycA3o05GpR
4Ls+F8Gt0PRo+4nMjxnHPtiMbc5lKlTge1NGt01WQy0NIMgH0xrE7z/xM9OfGeOx21yD/J6d5HV4uxpKc7+abgi/0PQ++bna
3USEiCt7EK//7CA3+/D2luP02ghLR24P7w4iPzdSo34EJu6jfqhooM08aS8NxGn3r/c6j7CuO9nK6ByDOgGLR/FC4A23MdFD
AoyaFNZolIAxjuOg1CsxLIdGYkqLpOUdyU2Ipw+lPCrhIAWjlKf3sJX1964f3jx8vLiyMl2tLi7SK9X52tHVQ4tLq/lTsPz8
N2pH2MLxtYaypFw4uXL08vkL883c8omr1fnF2Up9/cKZ5lUauvHyhWNHjs2eXKZWljZONDcK59KjZ742V0/nmQZoLr56eqV8
PMds5NjmyUtzlUXBO7VaeH4uEsulQ3X6IhYk86V1kUnP+bBgHK2tzLkYA5VKV7KMsyMugdIsg1PXBmlI7zvccb48b4VnPKge
lUZZFqEGJXhQHmgqOxqY9nYyjvINt6v2rckgA/3w7hak2t2RZdI7ZvwkGWpmHFQgFB6N+wj0UBt4njHWegvxTcfvuU4yVHcs
V2gPKA/bNcxhO/3rbbsVqlrwsbs5rn9JqcGDrrHLbCPBg68WuF1z4hNcv2CX5kcRAuVD2eE6eONgKMwNyw9i27W4zbsOoIAb
/38UvVeMJVl+5hfeuxvXe5N50/vM8qarurqrTXVP9xiO3yFXS9FgVwthAS30Igh8krRYQFiIL1pR0i4pcodcDjmG42d6ZtqX
6epymZU+78283ob3RreAeLsRcU9EnO//fb/AiXP28P7ehsRU0m3YPIvssWW1NxU95jnsHMf5DJ0I3ZAOKYgSHJYDoJDEUxQL
U7YQySHkpJx6dBTDp6phgYBQBo9CdDLGRjK+SCQiCAlLSVQATY70A5EbIQkDxigVgjkYpxupOOD7COjqUFvkPMkQEQ+CqQm3
Mp4dyXaBaCyUAjNNZaAgyTMAAGmBAGM8bPZADKNSd2ci5MRcJvqV9sGj1n6XoTAMqgeeS2TP+tlaKBJYDYTyhDTSOAiBLRWU
6UkaD3XYxSHbbAiIE3g2BqS2xy1xv9VFPAe3MyYVAZiuzh77bKX3oabm7d2ekyCOM5RR7ro/0h/QUOQYw4d1vd4Yd0nJV3bH
P9tl/kPHRcbPmi3ixwRad6x2SjUIStEaRkVpnFrE4MQY9yO1k16zG6aFjtBXVdK39sZdsS19khwNwd/wOfXksCGlH7b1XSaI
qVGbqnbCEyU9aux4SG00NMfOPibK4aA6AAxNVkFA+azV4Ea6XzF36slO8kRt1yBs0k924zzVFTUySdDCFKT7/Tip+oDEemPi
ksNAa2N8IrvATThxMkOwEY6XTjrRlG5Uw4CgXIiIZwIPtsickF4vbBkOfVWI0ZNiG0nhlYs0H/8iOR1fT/EBf/Pr8StsPBGB
GAwtPgz4CshvhhF+bWtt+vdYmq+ury5PVR+9Xl5YWt64vHqhcnU5kVi4uE7PVa+ml869s5kvLVa3LlSqC4trV+fdK+szc7PF
zezUUmJ9cebC0uz55HDdnU58XGgFlD4/Kp7fn3s0X949ZB5fpWPDqaCyBA3HNZybFcbXxtPfjZnRx3MXpXk3FTMaZEQa2e7u
KODm7hKA3Dq2CCz9CYWd5562Vg/mZeCJ6uh+cGQ/AD3KaYX2brkcgn0IOcPG49yeRevHp8qL8Uh0NJjQi6YCADmhp3xJcMQS
hmO+NQgHLhC4kOh/xEWbqUb6PAEmcCqUsJhrUNEAJpmVnIr7UWrmAIAdRBdQSEEBoixGrW5DhTrqG7hDtUeTNOQEz1D/Apzn
l/wuQGiw0xnrSkhjiyCZ8LjZlTOipENoOxY4ChDM+bplhRLbevpyAkT6HTaDqmnSj0TGq6ULfIRG5Hgq2bVzrjizRFRnXWxh
HspMVEmdoV7AnqUQvcHhaxB+9gteYAjdWJ8e13QG/mjvJJ1Y9C8UapEKnHXM6R4zhzib6SO+UIwlsgQIJcR9P/5D0iz+0qEC
Ugv/FnUZjdrNp1tnfz7o/DXxyRRK2yJ9L3U8wehj8UcqsPiP0eNWAoxVJo5Gk0RpFNn6e0VKBVlTBD8le+8/xH5DaDz0EfB/
12r/DoH5KNEIxp/xjzDTHeX/4wOC/8VnRr/Q7bfoA5ycMFQPgL8v7VkjaQixu2rn+383eqp7jvZR+F8+2f3LeFOjjgfQvd+5
vYN7x8/ku0+x9lCuRNnG7l4+1o625cxHJFc1tkPQBMyVHjx43PbkdFkBO/jOXbt23q6SHx2HMS1xeq8duPbZGLgdlLkKUnPj
BWfAgcb88wR1ATzqLw1yOGxxvX4n4UMDiGpGu842ohHO0mEAEfNBKwvoVGI0xs9ILskhIcZGel6M6hZZLvlVzNpfO+XxgMIB
ZLcCe4cAXnTi0INbsVF/3Z2KKLdJ5zWnPR6FIbnz6tK5f/XRxvQfbc1cfOv1hYsvX02+PV9d+oPSlW+vXlq/tVj51oVFcWn9
rcobb61+YbCx/m9W3/1O8o3lK//TWvnKny6/dNOrLntT+7hQjpZS+dKKsJqlN+IxNpUrTidz2a31dC4jLFe4ojg/u7n8cpLi
84WZxblSqiBOz2AzYh4liT4AerCpMACOvUTNehDNDqw3/LQDeKUbFy8afuD71paXn5t/OxXIKhcnwesukle+CZOIKeE+78Ae
gus+DfrIXGwlcCqEhL1O5hFQid++89UQAgDcvYwtJUr/koMddz0VRf4Hn1zzX0fTgmcHMEAkOxASYECiiULwDCJP6Ta7kvSG
CKhV1y/hUcnMRSmNyr506Ymg62KMF+6ghUW8kktG6cgQwDCAOSb7AIdt20akB3aJAcUigd+bbI1XZjm0rVO4dtqwQKnmiiqG
8mhizOjuGMYgmEVGYHqcG6+cga7jqjuFjnZ0BmH27r4ADK3Bk1dmLa3/YpBmreV9UP/iM2gMQnCvuR9VdzrD4pkqjg+elE5L
3fWm8eHQO7vLfNj/4Kex/vYPfgsbh4PTP5+J0/rJz/iE8vRn9s8/vvSzwIbg0cPd/pn6Xr0xc2/gqwftUk9sFURtN2X5ffC5
5f0le1j//rOdxtmxtYf9jjp178aLtean5oO/H5/4DgF5Hx+7PbkB1tVfOB84328fP11pZkVvAIwVDrjnUz8bPR13jvcfgNuQ
9uSX3I+tR89HT8Z///STv72TI6yTj4P64+73dLTTaX5+n2/8f537j28q96oDBVFOlOR34/KfW38HHOogV/g7u/Yf/sz8G7T2
9OAnyL/79L/82RCWu//HPzWP/1L/X3aUBzX7vf9H+qX0OI34o/txS7VgxBeGPLhI+/5Krhi9AqZt+akJJ1IuXJ++v4vXeRdV
PgsnCJZtdV58GqqYGXd+PLf4SDkghAQa46npaYL41vgS8weRWW9mfq5ApcSl6DUK/1o+5r12NfVvY1gyra9+Ca1WifJitTzL
FL/6zfm3fnuztHBxc2Nr9dylP869+m3+3Zk/Kb0pXrvz2j+7Is7fznxnaXr16lcX1/9Uu720vvFy4dofF752519W3rz42tsb
L23+i4ULH1z82q3z71y89e61hRvnFzduv7Z5e+kbb7x7/corVy9+8fyXvvw//vPC2sbqq5u1t1Y3Ll5dufXqra1Lb1//9sbK
tauzJ8P6MDGQhk1rpKkRlx7Lnrfbywyck34jSJDsqDU4Pm1jHQhFS8Ozel2Glf14p0/uzXVVqdF0Lalr0MPBaGTJjh8HY0aA
mydSZuy3lS6Vz0THo4E96ApdGklsUON2w2Tt/tpAi++sK6o3bAQX4jMLD6cRLp5dCKp0bp3O3uxfLxcX0BxZ8jdXN9iLyEoh
NZM6F7l2FboSiVzJEtffiN7cogs3x2vnMjmLtlEwmVJ9K8n7C8NXfBAM4AyWcmJWRLhgrbq8boNQBk5HvjlzxKzKyPwEcPAl
GF6CLHDaCMm6iLliNR4er5spwVypsiQYZooTHjVjcK74YriWrHoVysO8xG6GG5FRyDOVqPkopAcKPHQGP4AsKleisL/IOWUs
Ou3nJseHUx8Of/Nh0sgWIr4snww8zFLMWjmgtLN5964if+SK/7tJ9Xr1HWX3x6Nm9QSHt//MAnQoE+7bh96o89G/f/RXfx1S
D2cVs3P37+51+YP93g+hV/d2zyz3k4/Mf9TM//XotLF//8+svSeZu+d/XNxv/9PBycdq8oOf+7sjb/fT/7z9f/18qH40/5Oz
wdFfvz8q7ALYX7Sf7nwEJtXuj7CPP2t/8sEHe580/9ZVUOFe9T20qfae7R3Jmb3f+cPOpdHOT5q/MdRh4/KZO9aeHfZm6336
4cw+1ZPcBgWVTz5fJB4+PZG9EvtiLTRcI4mRastYYESP49RBNF3onXyK2VopsIZ6ltSaQ7g9on15DT/MtuVs/czaBzSoj4/6
QDYTT46pgkUxWSpZSFZSc1vBeurVgM+S6SyTOZ/hsLmAnM3HsOLMVDYlnIt7qRQcqcJoeUkUGCqFpnNnTJ0M7Vv8+WiltJF7
NQvPLRULaUwsT3WchRSpZ4pQMUXm9JnfAwkl54JlIbPpLc8WXwybfc3wp+/ma7OAcYHfKlAXZuZXE7GNjQtCwp0Rbg0a9FUA
XZ2JcsnwlUvhawCGFxWhxC8WvJc2g3JGBq/p9PzHUXWFMS9NL+eoS7PlqfTMSnWdCvDV5HUWi29wkYWSkIiEr11o3KC5eFVP
rVUXp4wbF07nFhRiebMsHiyuYfFiqsQn026qkomVcvlMZhOrRJJTU3iVmy8nUqnZDJl9LTJ/bioxO5XNVYR5NLUQnVpOlmcr
ieNq0jQSNMJ0pQI+VclwgzkqtZzNZAHnzZnz/txiYgopF6rnP86y2cW1+cVKvsIvZNfYRHLee9SSyFnilOo+U1zh44OElVr3
+u3sjvFMeY51vteOPe3un53ZzYPGBDhG90/q/umTHebTzN3o+uP27vNDiWrG+CiC+IdMsSgbQlT5ToTqX1ejnmlXrGMc1yXD
Mhdo03seAuk2qNGhguid5e701HDY6ij4LMlC4+Qw47jMqZjYB54nPLV5ai0zIMYpKEtitA+xNEqLbVhT3bkgRMylJhyllLgd
OLDEKzjkYcsTYI8bQJXXEZMhTXeunIibURuIlRPpqOlxZJnOs/q/RsuT7jLw6525ZzE5txhjYidQT+2juDVQedcEsP4JEPbG
Inrm6d3QNYfpnu7B9pHC0a6te7rFTmredoKlh+HJiTfkg1oYbxtSGOnUJSLE2vxYGsAyIwAgNm6yLBpnIl5sKJs65oVcJSsa
6FkVldIswBljih4JsW4fxog0htrOyIIjqu+RPmIzaIPGVJ42Sq7JRNxTxEXovjBJ+eVBQHATvkQJABllNvWA6us4WWBAgsN1
Y2jTAZUKZs/FUW+FhU0KdC3/xWqeXpTJahxNrATR01wuETtLkxQ8HYpNQnQJImon0J6Wg03dii1rAppaJ9VuNoqrEICDsc0l
xsURIjUCIpmlJnkXTZKoHKFLZspQaZzTDNuTUfhZJz04GjiQNyAkD4VGj7EIxkIBHxiC6Bh8ICkumCYrfO2eOUJiuMXkIV7O
l0BMfdbVTrxI5xhon8mGMdAB9TDCHR/zEmvbI3xUJzDJjAyVttnzYPyNnm1+ZNlcB/ZdxiggvnrUz61TWH+KqlJgCo+gEXKC
kwXUZ6SXokaCn2dYmAEIAp/ILgIt8AjIqZEwJwqRSbaNkAXeBc/9yYXkL17+YubVb89fFW+8xsxd42deu1y88MU7lSvnl7+e
j17LvP32xY1Xr11kCDH26jeuz37tQv7ySuldvHBlauPr7yBfOJdk8l/QvzqXXZg1f8/LzLgVuYwFmbUN6Trk62vm1LX8a3Rh
dL7/fEy+884wWH+lmwNmrwZvr6vW70/lSshcHc976Y1kjCfnUhlxPcNn6GhJ2EJL/sJmPhqfnp7CY5V0Fvmcp4rzWW42LEy9
VY5EFkjoJZYGMcasRigSpLGsh+a0y3lwK05TsgilrCPsEpmwuDJSxVkwTs6SdvBKgjJGnDB5OAoPpLPTomULFMcgph9yJEXF
mCmGmEbP3FDsY9iI6BIEQkM4AiBoF/VQEKH9kHC94CIoKrjJhBUVgyBmTLkhJAMuCUMBaAF+R3dpvx56NhDKUGjq4eTsRAA/
QUI0iyFab2TjoNX3X0yCjRAGxroAYQVmYIphCCmaPg4xivc0l6NRX4NDr2061EQXGgcBpG4ZvqWbfS8IKMCanJ1yJAAMHD8C
GT7l6qgv+QT6GIroIfFiqHFfILGRAkcC1kB10LTGRkDCfjCcNIxAQ4MwQl31aEPycYxCg1Ho2x04gpCTv1VRPBIle5AbKGPL
h/Bsz5RgNYUiuOv6kupZKEQ4OICGOEoEOAE5EciCyWDWtARfkF105FIEodThkHW8JEmBsPgaA6EGitICpQYjPD3GgICBM7GJ
piE+gkKkL4AMffESIPBLAKb5NIOSLEFxk79MJdgUsG5G65EiouBxFPOHAdyJsAElxGJJifLLaUKIUclgTVx7J13I8myWQJL5
uWw2EaVFLDLFCMXkN5OGJ8zHYt4MvYAI3kI0MWfz+JucFUznrRD1kmOCkjyTKJQt2ltNusFCsgIr8ES/QR4rzSC2KVVKmjCB
by5iOUOfSkSsTP5/zqi9V2a9SpWdGqzn97LYsMrRqn/9spUpXjsPtFIez7Arc996jUxAXO4lh5tbSdBRKTlQU+txZurSv3jT
/eT1rwlXvkFOjedfFtPLcPGd6EsLr9zMbCaIP3pbXkVffmn99ZWLq8ViW331a+/MfOHCxszKlS+0ipfyF7/05g5d1csufUg0
d08bg9WD+hA6UR/zDcSt3xsfiWftu9tUW0ZVJbnt9XRFfDZcAHtPhxvoNo+3TxJZfQGogoowfDHHGWDFME6tBO1Jr0ik4YGs
oKOU4mXSpBsAChAcx01Mccl1BE7E0mw177ZTxJh9rrNay7PxQNKAFqqOvVE3IKww4NptoNbTZNlCG6IEdOCJq9QCVQlVLbT7
Cin3wNbEL45GdmQoc0YHOOMNC8UIX9VwzjmbCGnU1QagZk2wpW2NVXAkiD3D9IBj24HavYhuyb4vhQ1fjz73XNiVdBCwXTti
eW5Yt9vQyDNPzYExaXLoSo5qSfuHtmmfDlVlqHuhJ7cJGZg4jz6EyMkGTVrlj1xY88zQ0nRGgzQvGCB6MJEqCtlQ6Fg9AURA
2PU9TTeltNQnAxsOANTH48NJOlZcy0JBA+7arqr0EAiGLdKBIdAE8BAOCR8cSCdegA3hkQMa2pizNBQx7BD2QxdXCM8HMMiM
2xR0NgFx6ASibIigXRoHcB91Axj1AcTGTDDAoADBHUimHCMMGdsGzNCGbDCc8AkLB5M9G6othmpHx1wk9PHAwgIVAkl9cmsP
2go2pjFUAXETmJwVN/DJPjgK8RMFs4RCogSCQcmhx2DiSJERWAvgEAShF5OZI5AFEBAOcmxgkDo4KA9I2HQAKuvJJDkpNCJg
EyFvG1NEZQkB2ZmEp3CIJ5FInKILqENDAopc6VOSLcImzqoEJwbxLE1DRGFJJO2SQPJcIqDzVJmIxvhkMbGapuI8480k/SJc
Fmh8Jo+fB7xSeYI28UUcyPtsCBWyFbhY+SMQHZ9LEdFVQHTm0QBhfS7NUpG5ubSwOLPid3h8IXRKr85lWfblc3ObspfaijNI
mEXtmcux2Mryn9wknl6tZl9am6eL/Na5KnqrKqRvzX35pdlqYmULjs4nswtT17k3LmbW94r+l6OF21ffyaU2b0aL1UrxtvC8
P+7k33/SOj18+pvB/XrveV/Z2/98fXd8UvvJo+7Tk+HH95/2GvFnJ0g3WYfeP9puoubM7tmUfAz3u7/r7yhOTWaef9barxuP
pJbkdUmq+wvZV4xh77Om8WhvWDtjnW7nrNMJgQtg68FxKyoDba3dNUeksd/t7TOWVt3unx5KvcOWut07Pu00D7uf6QDUfnrk
d570jlqh26j11f1WE9SP2vebDquo8M6g1xspn+y6o6Rl5k0NMhnroav1xo437pMeCfoRW287uqobgOEP7pqy7fYaTq3lWJDV
A7VjVNMg24S6nk6Z2VHLdBHvLIzYKgIhw2EQA0eBDvXsTgR1vT1LfR4MAL89kf1QBcIG6AKYBJEk6qNNz3RNERyCtO/2cdZx
IQmaKI9FfF11eqjcJa1QMlzCwXiQXUI1eKhDnqEiRIDEQEbHmjao+nnOCsnAGlke8gx0z4KhN3LcSQ07k0coZIIW7B77FCV7
/RHo1UzXH0mIg0/qGqAiNRdQ4NwkT75Y5B1hRN+3+qCVOCZBDAQ8heEmjm7B1BmtOcP+w4CHfTiADQ9FmKEqBI6AEVrgcJ7r
ug4SACAMhiNscjIZxyEXRMwgBEhIg0EF8y239SwgAMl3rMACx6yvoZOqgKIyAKAyThqO7/kuasKSGw6BgWVj6OQZaGiAEh0Y
wnwIdjtJDMRcCIYAhHIBjgZCVwP9IU9HQBGDQZ/C4ElUYVggMmm5+gyGPVynQQCMTCQ+DpUE/KPJ5cz4tEeTfjVk+L6MW7Gk
TaCouCagKIWLIJn0IjwWZxMiVXbj1PN8wY3hWzyR4qvYbOk44KAVPEfjQZQpWtQ6VUjGX3qNW9m9vJHIvZ1bTy2IW4nZ6Zk7
hYXs4p25jcvgxXdz16tvTxXyX1lMXljurP83qQvJ2XPzM3NX19I3Lty8emXrS99Mfen/XCrcuTP97hu3vrT+1W+uz9zevH3p
v/3y9dvf+sK/nZm7/p1rN6/eyr3y1be+dm7rzdtfe/WfFddvvHXx8sU7X3/lS1+foZ/lWDM/etJWD5W6+aQhj3sQUH+OPtfN
0eFx/eFd9POTnY6r9+zU06c/Px1ZipGS9LaBsjVrTzrFtj/EVGXp/t/v1A+e399778nuHiDd/e4zq+fUe//4/sF/+vfjn95t
DPcP+zuf1nYB8H79B+9rp83as2fjY/yo9xOz+1BpnJQe/rq1065/enr/6fOH8Pjw++1tz+xp792tffjd0add2jv8f4/6H7dH
A+jg4W8/lUdPBo93H50qVuNXOxDcCHqxFhsZ6sohPh5CGtIxbMcAbB82G2qAARZjEvr3h3UYgh7LTpMPO90zX0d6wWm5Y2kW
QEUG3BOIPkvJA4ZUfQvzAMRwLSCGUPqAyIAEcJgcPjeUOIV9uh/UpzmmRbswktcGOZfCOxAaaMyeBR/I/nMUmyBHD2YGkjL2
yEEgB7rr6coBK3cfwXhABq1t3xYyzYwRjcC+kmtChjEmGuCMLLEDXD/UB7I5OZjaPjyxHMg8c3ztr7HxSLIG8jaWHU28+DPt
pyahuorLeyGWUE+Go0HqtJSrNfw8jddfrFWf/pRWn+xOLIuOngWmez/fwyZF4ajd8fFeF+j6xy6WNH3dhjU6CdeIx4bbRRKq
qxMIrCOw4zktwDZ1AKUCyJ7gmEUHYWjAL9KoAm9CtqO4BM4EsCx0Rmhgix6I2C6GOYHru6Y58KVJkgB1gOGDjI9Oih6I4qiD
gAZI46A2cGz/AEQxVGd0PMAiQEhrqMpAVBch+t2JJi0HwBAQc3wQHxt4xGKGCEVM2kF2HMNn+oVJERIgi8BwkVCxeN8S1D7l
c6jnZRFlwARxjZlF4yxG6KQ7AADKs+MUJXoET4oBg+fhPd+U53liFIWjZRdlUFiAwSUhQmtIkkI5uJiEkCkEL9LFVE7HVnUy
oswjYomYinNzeHZisdvWlCML0a0slbkcHSytxuNrfMnpvd55OfkVWHn58rXb8IU/Sd/5OgS/8cc33ryRvzbXu74oXqGBjPPP
N14rRTcvMux80fYH4uUUgl65XuXbcm0wqC02FKT54OhA2RmfdXex9G+2PQOoxx62tn91aO+Y2476dH+XaEvm53uNn7TJw8eG
AngNST2rdfb7c4l2CjB6bV3ecZ+BR11e0R6BTx7ZOr+zWz/Zl1tjj3IPd7fhg51goBqfNq57KuM8S3b8Qb8Ot59nIVO896A/
BL1PWprbaDnjp/eM98/q1Gj7o2dnn9VORpGY9auzbrv/CYGf9O4dY5jVcN4bNYfx1iPqrj22HLTHibZL7IG4LAEEbAwkPnPP
9OFTK8xwWiRKoZ8jUEC2v8sFPdD8nG3J0CFonZwbKcL73tkhmNozEqaHGHR4kuV6OK6fibRs+DjRBhIEjOC+NZR1bglTDqwm
9mIEp+YoREotBnZwqAC1dqwLU+okMTuRk7hqIAHuuGd1ECeZfafHB4JtaUG/mbDBp/f9wRhFa54/5vmmldxlLclN1J4nWxM/
VZu62jUyjTMpqnZ3d0PdgsMuibC22vA88p4R62ud79W9ExHfYXUNYVtPY9uIe2alVSs5mMRj56Dd6Pm8dtz33IOO5AWQ4xPJ
zyHrlJEMS6MooAs2HxCTXN9nTVlM4k3Qlz1kBPp0rm42MauuaKDjOB9zdnc3tMIOpgbgi9c5TUcDIV2zZbqJ92HFdXzMPwM9
2VatvtnRo5bLUsYJhAxcrauNRgMKANR4OMncptmBJ86qTnTK2xihMtWWCSp2BCFsK0BaQBCYAoB5tg8SBhT6qg+YA9Ui2AlJ
p16MzIZd4yiJYhMbDDUTYEFquDtxXSKV1DBuRKFYXEZYSxDolBENU2OWQ1MEERdZ3EtyXlLCaM5lJypLCCSLGH6oZHIEGDmd
oSAjkwgAJscC+IR4Y4Qw01+SEgBTSE2hwYUUnZlIVhDxDElyCdubYx0xiU4lST06d5LSbKWShcux+BKQmY4wUcZRZ6UKtQDO
Be2tuUlLpt8Nlm4MtUu5W/lZbTp3zGZVRPftzMrM7Ih5SOhlxh2bpyTt1DvVJK2OHuMHVEkYnoLOh/F4moHn59DXGaY+e8IE
FSuVGh4K3vis46+Ij4rE7AzWllzukRKYafFXYLEvY6cnz/Dg2YbWOIK6zcPhj71fDuc8/5enhwc7NeZHzz579LePfmmOcVf6
/K/aP3ie/O1T7oOdwmfvZT/1mEfN2sc/BxtN1j7L9581TNvagXaCowOV0Y/4H7ZbZuKzDz6893D3TOGSev/gl/dOP9loblvP
Tmeb/Vzrvtf6XG5sk9J4gAVCyEUoiZPxni2kj6LowLC1MxkfP2oisGdjVkKQ9dFDZPi9luBtYr7kTuq11t/TW31pFzbG0aQM
s56j4zgwoAWZoYzTRUJzGNwf+ZmIgbMeqqhjKR3UTWSissCDMA21WbCse+CZMyGctAmQADfJTxOPQq2MAzkToqEpHpQtjoAC
PwT10EMYY5dDwrYLorCjT4zFQXWPkgIQVdJ1MAL4k64Jg22VlTpW1O9Z6ADGjskH8KSXBuNjz3D108NOJNi2RhCqNZEJqomS
iz63cK6TklwdHlvWSEVtE/xbCcBODwC5Hlpo8oGCBcPxWPcd40lnuAPm2VAbce4wYndHJhAitqfGgQwQ9hF/rI5Mt6UpB5o/
nKTNIe1PgPTMhQ1Yg1UYkw6ED9wOl7FV38Nshu4NnyO+64U0BsRQs++BOmRLtm/IuAf3SQUyPMSVRdMye7YZplzLaLBNXaJs
PZQprwuHbVsCJ3YH4pwUsH6dDrrSwPKdPo2GUjviBCiDt2UYcSaezUzUiSAheb9vIQsEZ+oobeMtYBBCMB8TkmwbLyB2ceyS
AUv5dIyuMNGIC8dE0EvNGEUxkiACmATEVJ1gzaVo3KcjgpMSAQbIwGV0ys8OsquJ9GyKzQqJ7Fw8HokXV3IZMgslOXQ6jqTw
FKIvKNoCcgmaTTOxFG3NhEAhg4EkH1a31qrVB+lkuqCt3jKWp8kbfnQuXo1Q16apcytbUyX8sjcsZDdWrl41cmRl7mb+mjpb
KlW8UT8SKZ3DAyXrsRxi4vBhRBiPx3HBe4eWW/FaPjs7ItzGg7yk0ra5Aj4VtsOng1b+wB/2OgN4x6gzo8bYPApdAaDSfpc6
i6aEY5zD2CzoImoD4RckYFj7bWBYRFYsGU/Gj4cNYZw6w4N6PUCGQcANP/dZRPJjagyXHiEaYAePQ7oPm6ELD6WxVTl9UNs7
GPQRIpMZ7n36Xw/ugUavJHbQw50NW4NI4P5BKxFv6YWIMOwZ7C7o4w81On8/O+kvkAYAYP2g9tnA7wFEhGsB8v22H4EVjbYT
BzaldmE3fH9Y0yK+o8ajg+BUnTCd40oCv8sLih+L4gZiWmM9OnnWDEuMJVxO4usY5s+SocrDnCnEEn0bNggdNJOJfalmUW6s
Tx2OqD7OEL1xAhc5hRoFEUgSUYMhxz3DPmMmUNoY71AwKnV1Nxsdw7jp+YKXxSK4Hh+Qio4eyqg5LPADu5dpTYrIpPtJcA8A
6c/cSPhPLJRsPJO8dOgMYnteCDfRSFMVYrVcKgmJkEsp3fiJw+yDACsfjsA2gOmeQRlhU8OMELAPfhq1oxwNh6bpNEDDMg01
MI9Rh5OyOEmSiGMRPd7v5z7pinC7I/VNOgSJpyZGjSdOZ0KDdmoHNFMUANlxBBX9UD4LYbsPBwBFUVDoqTAKawGAWLZDQ/0+
ALqMoUycjvb6thsNaPvzgg2ZEduFdA/AEdoIZBABNQTnXG8SKkMA8GAkpP1YBKHsuOfzGNH0xZAheyyBxCfxnS/8nHKx6CTw
Azgfwz1ujJI0FU0LSBuNMVwMHQfBFGUJ5ZCmuSiQxKIgz4MOT/EkCNvpoBD/iBO5rMjqYowqpioCzuZTyNzKzHpXvFgoi/Gp
BFBMV7YqzFT6RlEslGeyVoQsL1VK0xQfYe2887tUtpSJTkcLyeT8RiKb4asz7KuLy7lfvy5On59+9Urhpa3prdzq/MIr2dml
jfjrs7c38MXX47nV9fmZO5v55d9/55WrlfOpy8WNzQoZzRfmXs5yLI1To3xuOeHHc17CiWWpdzEf2EJLUBVjqih6hYbGp5Mg
gnJ+sZWE0lZUMogVb6E9sKIkNup4GRr1BUouDM2L+imxP8i9oXjh7GeCURhBoNkCLXRks18H6uPTdFTR5sbg7PYU39WksbnX
tGxAnvyOL4VDTIkKTMuRGkm64TAjve+mex1WPR1qUCCQC/7gvd7gBIJEwkLaSg40XSp6NDQgzhkQOV7unoBw55lUw42PzfkX
7yfsF2u+7MCtBNw3cBKLWmHLzRHNMTU2dJVO0TEPBYfKBPMAniVjnbAjh0dt/b7X/VgsKAQQDTDbgxvQCJdDlCTgURL3Kbr1
4isZcEIIDICgFP1JgPhRW42n4Z3gZxp4DFqtoQHgZQjXJBKsTwgGhrg24aAIodTMbhTgOMDggF4uBemTojA7cFksHraKdsQj
9h9LoGsSpo9iMoNbbbqn7ZrHA06UjTMPw/VnLsWf/mbM9u1AneRJtfrUzJEKbYluL3JYyawRZx6MQ7agm9GfspMSc9wa18xg
EOQ0Y3yEIcP2GNf+YWxl+lPwsN3vtOfuqS265vuEEfhKiiWzPgWzlMZIYblrgclGfzSUjARk6KhGagZoqSru1o9ZoWfgbULU
jxKHhIXblhMGtsvwtMtAE0tMa4gQsvKYo49NKdQJRsQOXI82A4MNwgHgJnjf9xCVezGDgpkPLRgAFNjgwoB5MRdZkgF0l3GB
kcfRmD2RsbcPESiLqkboUQ45EfEZ4XGwCQFYyKCuBEoggshxudhrogKsUxEV4JGCFI1BsyxJ+iiQtKEEmoj4JBhgDg3i5V46
DZVJgcxylaiAiDiX4DILm0vOqbg+K9BkhPWTGBijsVhmnkyl8IpICq5YpsMEHY9kU9TlU4yJV+Prs6vZaJ5cKuHUSik7/fUK
/sPv3Fm/+qXbm6W3ziWu3SiuXroVuX3unQuXctduxleubH31yjr/0vrCRuJ55Ctv3chX1tXrG8QVXpi5fPnGkhLt+wIIEKNm
l7RhxWPGV/ijdlmPjoWuidZWwLYO9qWc2JavJn5pKnSSpw5tqJ/U4pmRW1f0/FJ5YYTnS2kcF3CcvUdQb0Nx4jJpsomonolM
JZHJxZPFWMow8hYgxG6kAH4+A78LKecsHsliTmER5gi6ExloRflZ8sdh8ouIFpt/3OtkDS/eK+Nj5YnOZcadzm+zhQNtmo7G
R9djzuWHzIVfnZk262REnY0nzyZpp23D7JM2XICRBA0uDzh4PMMsWaaNBRiL6S/el+SpmO5YKi2EqEsIpgEHSZ9hhnEcGEr4
yahvwdvbDgQ6rj/hFdA6tcOEa2kIqCIwTQHiwQDAgBBGaRJDnRZgSYEO+IjwqAKRMkV3jv09fveTiOAitL0HNwN4kgoDVeMP
EQiQVV3ytZYGoxYzSWXKMDx92FZwFwA1uB2Hhnu4p4Y4xhM+QZAT2rLGZwMQTPhQH9QtH5oEYwxzftvrBgaN7KsOMrSCVt9n
TkuYoeo5eNSyAYGCygArKr3UGd/ygbPACLFTsoM7viPcAwYE2h1NMuEg7B70Qdx6CruAFz2MaUPZL3QNXMHN0KScMdnYDhX+
CST3pUHkxVvlSf4YAo/0Hs0++UWY2W1IdU7Vm+IBjouuYeVH1AhOg+6kZodu4Js90MI0ImgF3sgzYzBoGYZvOoBje5DfK9CQ
EiCKjCp1WSFAMJBMGmtjDO+CPkJOkiNJR8DCkYELvqOAVmDZvOmDiMpiMdIMOWIpSkoh4mM26sYdFkb1AKXSDpMYkF57IicX
hCgrmeKYJMEVQQJKGExpIysGZSES9xBsI5dz40Qe5TkBS4FxM8fxCaZUujiV3c/zdCbNp2Ikl1qq+unFxFQmkZ2eik7lz+UK
E0ONV2Ol5Lk3+2S+sJBNijeW5vPJ6gyeqHKzS28ksI9fv7S4eG11c3F2sbg6m5tfv0bennutdCGxvFCKr1XurC9V56upKpvO
vrq6lc3m4aXNzDkeXZqfOreITWcX/WLqMgBT0wDCwue3Li5qKOMW4KteDhoVvo1UpgkyvjwOc+gkCJ2PxaeH6xvwciTy8ijw
wKhCQxrfp6OmOhjEOAsjUq9RnXBJQ+vgQNYeVQTAHdr6REZWUqyzajgXFaQ80C8p+ZhuSLLieh7OGv3A3bVtzulFCXzLbxIC
4dePoAbz3AbGynN1iMoRxcS3Ab1PIA45IztTT9YEJxhojWRiSeAqWQZ38miFymL4dDUCTfMEKDiMOisHAkDXEhEj+1+9H2Ly
KjmdSCLyM6Ky4cYXNNNJxRUKapQIwRtMnrRlRo7tyJ5Q09oKC2gTGwIyntPcDXyE2099H6CNUAAQsn5qYaz6fhd9MCIdPxY+
LmEkarGcN54W6ijZ4GH24ACFQACTOQjS/SM39E63I8MRto+gDhoMbMpyx+0e8VMQBvvHVrNE2MAwxBwDdkyT7+khCcvGQFIY
gfO0kfmBLfsHgWIfHdie6yKjjwFJCcboA/dQNyntQa+R8T941pBgcphyfbO1p3bQgdPXutaYqvF7crOpTMQfhZhaCnB694Md
WA2Fzw9GQwhyajbw+cRY6s8OXAPQ7IyPqO9tW8+JAVOzZE0RLFueFKm2UzNkt3j0uo8fP+k/Kk9uw7AHygEb1PxRRIGiQ9UP
qfF4ACuyeegahj3p3qY5QHGMG1t6UrMfAZxHNgzAlRVlkHHlkY16uM3JZpIGDCWBii8mXnUxQmIlFLMjSMRSXdiD1DiuhZ4M
AkDG141dr2gf2TRBmS44SZWgJ8AkQzSBHA5wZ+QkYyMvVq6pzIDxQIQBAwnlIE3yjI2KbDnm9GL+k4gMJ1AW62H07OQgChS5
XPHy4mIfJ/B0HiJRSuS45U1yIbUSiybjaYJdvHI1VZghkgJL+i+XaTsnToE0hxaq5VxpE48UC+fKa7PZp9fKpenp2bWJMV6e
F+LTSxW4XL2QrMy8up5KTKUX5ovzlaXFl5Z+tTY3NV0pzeamk5G5mfzq/FS1sLBZnL53uzo3tbq+evn18u25dGb66jpWnbqe
vbDyhddWCwuFC5era+mra1+5XL60UV5bunhleWErv35p6QubS1vFlWq09CR9PiZuFudLVxermUxyeqkwl1pdiM0u3/nmN+Jr
bLSaupG5dWH5jQOhwt++tZC9OWlm5o3sZmk+HalkkKra92M4qkUF0I5Go+t8mrtRrlBsNm16fxjn4/yUAFSTJEzos3FqPpde
nOVSFzJLxMtglORvPJ6a0/rz86wWXVn001+gkevCO3PRJypMvsztvjq3tZZpXtwoRX9GfnghGlTX//utWjqTR/+VlaVmdrfS
hihvYp7ye1Ot/cRU3i9fmUGeXoyCPz89PjM2tPub356fpf63mYtXus/Pt8/lDmLv/OHlQj0dvXBpUiDKHy0iD4wcNCZEKoHV
hSRK09Gk9Z9yh+OPwxEOEJ3ZugVCg/eZaPAQFcHH7Q4eT/J55/PI3JGSaxiP8NPP5MvNo/gGiKua7UBFWhmIn/tQZKBLvcYY
KXq1o6584Kh6L0ni9G3ahKuo07RDTXkv0Wqfus/xk1/8w4kY/c+tZx9YTIfqwyOi2YEB3H4mn7Y17j3v8/ap0dwGtbgdZ2rC
6BELPW0HkN36i7gu2/IHqncADvzdH3883p6QcAxB7c9OB4g9tg57LaBfpMwjtoM0NH9Y0WcyvjtqyMBDOqan7/8m1DopZhfw
GBKG648VnA5hLTrZ+cFd5RRy8nbPg524rHQRNN0xj6JxIGU/dljwafdg2nPcXc3BvRjchP3KRHGahdmsBKjjESg/PAfpclmx
XNWBNdo0vCFmeXtxUglYB7NDRgeLrKE0RSZ6RAK+j+p+NIDiIAiqITmGeL18CckPLjq6ZIbyoDAWmB5BEkso2erc5FKtdJok
mQzMry4ySYOPROX16dTbZ7H4VCGXq0wL5WyJuBVNR96NXMjm5+L5GfatpRxXmI7PJeP0VTmaeCO9fJ4ui0u3FvDz6UQ6HxEX
4PKRIJTEVDyfKbCzaW4pJrLxfHomFc2fW6By0chslolGK8XFKkOQQjQ7O1cpRmLRmRmmKuTpWHFMj4FJLUiiZHqDn8bhomhD
JSpD0ujcrdVNFJwkYnfWKS5du1n2DTvIZeOXcKEIX2B1CkGQr2x5X/peXlifvfX6lTevz/zBJeEbC194+86d1dcvXr75p6vv
rr1y+d13z7289Or8v/mj3e/MZc7fWP7WrZvfnl76+jvrN9+8Nnuetkv9KXHVyyytTceIq9crs3R6Y3YpchldnL/unoO2itmC
uLy5xV2/6Fzkg9iUMP+V8rWytlJ6O79IZ/3H4/urgQPX3vND2bAWteYTgBx0f3Xys0aaHDqRPVx+/rBTQEHvx6mp+/VGiX/+
D/nBqfqLztFuO/ZBa3w2Icohu3XwfsijGX5p/ulxAvf74+OTUVx24WqECz4eW7TUy5jdGEU1vjwDfSBDnvsgOjzTZn/V2pEP
I0EQm9e3aZg0eKJcf1ze2SehIx1rOHMdUhiT4w63/BCgGWs5bAKzOebJgIES2/P0ky75kXEa+Tygsj+iR7+DYXjsIwa1LzVt
yNas9gF37vSvDnYld+dQDXITsvpe4Tn6U9lVet2+9DvOeA6MfxhRn3wisfG/8GvvOUA/NTLtWDBStQxeV098NVETDjstvfkc
EtJRhiiTxi9itjYGLKXxH+PykFU+U6m/6dZs4cfDp78OOlLOZ8xd0xSaJvO0p6InODlzQj1FlVGulfan5kLq8S+S/gMNdIRP
e4IzTNDP0NzjGWzc6RnKiQqEJG0SwykoOw7jxulsMoxH8JO0jwYh7oNONXNTY3t6+rNQhOIBBGGUKBhIIQStYeexj4kqPEKB
A+G3l7AuEInnnqUFTgRBMwamW0GeZ/CVLZePYFYozWIg8fcZdOCC8W4yO5UvS3RymiNgn4AWEKb0DspYr5tx22Q5BPPjgmWJ
DCJOe2YykQWnSI7i1z3hchaPTUU5enR9vvDK9nLp2iK3dvs8NXtnq3KjuoR8FZye29icPZ/VXl6PW6tzb81dKHJ/KCSY24vv
FMTfr2x8PTO3HiusT41UtTlKqHK/Y/RNFXOxkQr5Z1Jy6O4PmxAFgv1Rv9ntIW0QpVOPe/X2JCPU4j2N2cuMDLVZ81297cOa
igwUF8RFP2sDaa+hVVy3oxp8ISrormIaHVSlsdn53qhxZjGgVhxisfo8qIPaMaQqkkuMR9rAUD0g68VMi3Nb8pwWthSJKeTn
DXnc7w0KMsfkN8a9fgPmtd6mZFf2Lo4kyDqG4Q4UosxQ05zUICWfnfc4SALj+ZgrDDHo4km1XfEB109HY8b6rL9sdIcEhOSJ
Tao1RXhIssMfyYNuglUODs7InUaiBfeGp6NTwDWaP631uvxxuT6uPey0R23njGT74fjUAE/2HTWUdtzBx5p31z/9BN1dNbv9
0w+D5zAa0EFzr3Ys4Z8Pd07ssfebv6kf7z15WPu10td+pfu9k0NZO/lZfaf9+Y/6vaPh6V3t8+e7rSl+H3F+0Dm1TuWWbR8B
P68h9caj5rZFPHzQ+21t+2jYf3pi3VWjB7/aPjg7ePS75x/oP2ioO4efPNXAXQcBuAMO/hBivRoAtubDGs3ZJ1atMS6J8BHb
JSPHWtBqNuR4jB2QH9Xus7z3MPdrLtzRhp8s5UYQje6mJeLUdUPEJHvZmXaaip2Nt3twKJ5zcABx5eFrSSgLblzPY71CoIv5
kRN/P4L9NolHp4TB0FY9NCYpKEbTCKPzUbmCrtj1+iRukdlEgsUpx1lHsOni2ukl4bDgGys8YcZjAlxLkmvcneO3iu+FmZLX
nYvNXFtaX0BXsneYc3NEPH5HuHDrG+grZmElN0tv5f/kzm+ijP6trW5mg/8SWKhsVTZeq5iJB6Ej/+Zvou2aiWdgj6Xr/5qI
tc5FiqAbnaGx7iilMi27VIKjxRKNNXU3djDOauFnHIMILL3tnrPyc3t+jSPAKMJ5Ih4pv+0WUi9xoqtl6Kw24GZsNs5McZS9
vqj9dwycT4bpEihuwJU1Ip1GwXfgrQu/XvHXefpW9mYleX1h9aXCytZLmwSEn2fuRMDSZYY7t54Xq+6X3pFvFMjSeWzxldm3
b4ivfxFYupCKVCv5oMEsAzCiKUDfRPXcVAQKZ4iUw017MrkprjjQLJuAZ/LZxVPSjpVii1xJyJPTyLyayBVBKhqDnDjn2q3B
kKn14+N8Sew3yjDbpxljUOskoIESgbMahelrT6UaYzOZoxihFUhuvoapUC3IlzjWYwWn14OmdiXez84K/aPpZqyPGX79EJ1y
es9gpCidgTtgD3xGyex0LcF3ZzqpS896avA4ci5bkcNyhNM8TMfEEz5+k3Wt695ilOYzY5HIxyifonUKED8C5ixro01HgTkV
n2OYhDm53Edw3obwqRU6qVXhZlToBfIW1AcWjbU0C9IOQnAI52pheQ3JS1SkCa5okHaG664YaDkaNqQGbdhtI1qVRD4ua2lZ
Q3nBE7EpNgpgvNPBESBCkTpUXuaxTPJqL5riQguxuAho7aWCjDgcRW2s5opJyU4JoQK09EGZY+fgnGb10rQPRvEJjAgozfI4
UV4J952wxIhkMc3MiUEsjMcCGBfSFBAKlgkKuMFPMDeMJyYeAgdQjMvrxnmeUv24CIUUvyD4tTGQq9AGhfOoK6YRIAacedQ0
hfvJnmQpIKxjBSgVK9hdVPCg6YA4sXJFuy/GMgmLIs0YIo1zBYEd8nGYTwMv1qlH0k7HicfbfU877Y4icXg69G7SHaNgYs8j
qu07sUXXGgUQN8FPR/CKR3YCk/aZEAIEwB4TTmBF4lDC7NgLENhA8sv9zV5qkjWOQI6I0gkCm9mcLwJFHk6Y0er0VEe5D4lU
DOPEuQIP21N0gej1up+bpSfbVuvZacc57AiDhz786GHKAMdE01P3YaylcKPhqXxmQQWv8XB0T3fhBgT0SsNlL+g/f+YMa1ww
6kZ7B7bB2kbS6y1EnvdpuaDaOKYd0URfSWv2KBiA3toL/NwOPTIIXJDGCijv70n4bGSAlCc92gR0cAQpFj3xXFPpFUkZNMAc
boOGFFiCXkz0Ir/yDHQEIjSroww0tEPIhXsrX75y4bOX32FevbFyeTl6np59E1+ZuRRb33x9funawnJiebP8lVtXKutrmzx8
snnnW9XyF98MLm5k3sqcW4rlv/JSrgzme687Dl1JJaptsJxYxsqKnUKiW3PIAtROLf//HZ1nsxxXft775HM6h+me6clz5+Yc
EC8uLiIJEAQDlgRJcZfi7lphZYWV5ZJVtsvFr+CP4Dd+5TculyRbVa6yy15trSTLVvCWJFLLJZcZuMBNEzofn/GtAjC4M919
uvv//H/PM9XdZ+AuzM9TmrbCU8OteXyxu/3VQtAbxK82Nf3akReknXKLmLoZugvnyYq196o9ByIWhK4Zk5/GDjk3fezrAkTR
T8BR2qkz+vVg3Cz9mypp25k3nAyqrWYlYHs19nTi2L/hX5IXjWZ/4g5K2KQhqPlGL4j5c993Sc22Eu5A0i5rLVdOxXzb02ll
db/yY+g+6QWn2mlLayQSd4yswXl/Xu9avAg6Iu6EG09AJ5wzczwo2qGV1hzHI3UXmIoQUUb0oqpCohWFwlGq+wJKM83n2lpN
5FPYMGjki+cqetSdZ3Wah2OWhp7hmjkFINXNshiJKShwcjwNJ2XXkBKcGXQ2A4LUoXmS21iaWhTk+sTMT1qmLenTaZAz62um
FxAgJ3ma2BVOaZbkODcDOMVwIoTODWdi5VqWQGJ4HhsgoGFe+hjYo+esU1BzNPueviZoMk3yaS07GqPMhVicdaZVkUvDhDR7
/oScnbKMI1N8VVTIcbA2u076hDa+LOTTDLeIhU1a03PVegD1yrUu4rQ/wWWhEeB7BaVMB91Crxkrf9H4plG39fO2YQC70D/T
g8wo2xoT06e+jlM2dc4E7m4wLe1xAfIi8uiq55AulVGpwLPzl+VHtkOIUbe6qT5xkOGcFciu6hXM6+CsjFAKImmvesFoPumR
zFxpOqJeaV6S1AFpa8v949LhoelYfrcWlldt0Th91nhsV8lFt8Be1jkpxdcwh4NwHMiLS4m56vWNzDr1StTVty6bwHjeHvzC
qW3oUfeZcWQ4rUZpoX8WPZPbC+OgZvOjYetDevykNim+STZ2zyTpXm59licjQVbpoxvnIc+j1cLqcFfG4+Lr53ZTEvrK7z00
/+T1N7yX/mm0nuy/3u7ekSvv91d3v/3S4HCh8TtvghvOSy9cvHvvwX5jNSZ3v/fehe9cXF+/u/7WSX9/4eCX3xLv7K6Wyy+V
33Gj9Qj+ZhEvWi3Voqy1lU52ywyedkvngn+tvQ72/ubTonv4/ojPHxzr9MJO9fCiqL6/tXGJXv4oWAuGS72FtruyPezfr/dW
OhvDtZVejVzbXR4EqxeH3cbA6xo/H/rLF+Y6l8Dc7q2F9sphp3NB7/gGKhcGDSRqbtv0W3StQ660a9Z4zmsV33Qv+w3AF8Rc
EVJ97o5BezeHtpSsK93oRM+Xgy1LUkcI1ycGhpwKR6xHNALYqYLcTadYYIuIwB5DTszgP+gWWbQFN/W6y11mwcivEY3qSAv1
kuSBRFIgwyCk4IJqZwaHgucONSHiBuIVLg0oXEaVNAHxS0aAgCJXejYJoxqQtCzBlPBEKyXEXEIodFJOS+ClFbUpGYNDRhAA
kHBYpDgxoVZOBORJZlccZEorCUkAKzNtXE4Klith6QScp5Ik55WJjenkozIHZ0CDmSwSmVdCwjEoZHEGgDaROtJBkQmcaYlJ
+UQjU86ZCSezqbkLgLJcf/bjTJ94CKQQFkmajFgiVTZT7xl0bHJWmkIvLeCeTmtEfzpJR5BAqk0JYpl6C5Sa8SUAgFdJSZg0
nsMSYl2zEmaQgCYBgyWROInFfA9g2irxU8IwKrMAID1PdFvnZ8tfGycG136OePGcn1Z2bgHOYrdppQ3PZ3mchxQvOvOXa91+
uOwkXsDIIAp9s28IZC+xhat/obu4X8tYja7pJgya9SUQG/fQceGjjDqldh6TZ9XZ1Fanw1qsY2ZY3eRzK1GtwRuGdVPO12vu
k9TaIQg+L58/q4csa8//iwZ89tp20bngLhSHrSzoHtcXozGZH1rd4eG/Gj5pizmHXdm7vxZu3Vna2bGNxcW2XV+o65PLL7bj
tcu//yj4ycuHtZfeCW02eGGhg9bbO97r648fxYtR/O7tag482F8/bH3noLX909bgvd7Cb76+H1w6/H6y/t3Fwa9d1Zfnlp6Y
brkQ1wvu3PJtu5fG2U59bx5OQbQANe1orW3qrdVF0f1f62SN+NcXo3Rp+zJvbrbGHbs+T9rHZVtnDd/XA6/tOnOG2crqUScQ
JQsaoc6sbXc2t16zVg6ZtRjbu7G/XGvUwmbgKNKUgjDk2gSbs9lEYg06MjQbZhlGZiZ5DeuIt6FXmantll7Bo5rrhVbnhPtY
VjXMUCIrcwIYBFRjGmKC2zLTAlJxaJKisADljIOU6YiS1VpSVFxohHhKdsSYXZcvpSDGhEsKNUorVCoFQqhZEqUaZzDNkcQC
UKgkWcKjsuIEIAlkIakmWDW7n0hONEv9ilclQyUpsJyqRb5UZc1KveKFekcgRWwNIvoXks8ejGIhZVw0qekAS1UrFfElgFpa
mfnsGpDZhSDFswKS2XM7EIYIY0yg1Mri5NMxQTlJlVqBJFqqqUKvQIU1vVILYUhzQipN/U5oCaSYYFowrg6KVoKCltNqdF4x
NYrxFAGZYjApgV7pVQWkyDDOtZyVSCl7rAYDwUQitc+FLLFAoxKKoiwSzVH7Das8KcuETtXeSqQRmBJdHzMHwKnaJCIYa1QQ
cDz5wswTmpkG4IRIMKUF1P8KY72pcT1DZTt37PMKqdZTKdmzHlAHRFrE1ktnCUci8mWhmfhrs6aO0RqpalO/6jlfVG65DGuO
C812AzmerKdGd455o+GmbvZ1YQdyqYpq9poVx94Vs9b9bHmpmtevBDTaWLfWW/85WLH7emvDIEvmkHgXVwYL/du/Zd39v796
UzR/2Fr170eXo5f/YOGx8/bVrRuXt968+NaD8Gb/e81g5YPNzq+9eP7m9xdfDq9d2BusvX/9xVv7H1y4/dZbv7Hz7h9eMF+8
s/mw9/r64gf30QfX2pd/55d+8K8P72z9AIs7L63f+dbF7cv/5tbL39//ofNg7rWXb/36+it7P7j2O9/6pRt7SZuOF54cf9Yl
MjyaH+MNfWPtjNo7sW74Z+Xmx2JZOaehHVucX7w2dxvl80G9tczdje3utt0xy3FbCH6e1MLKs4Rv8Va61zSbXdAmttkjvukH
bb3eq01KmXcHH9dr01XV0DzfmDQiEvAujhzXprqDGdEF1Fleq1S9BlxzC9Oqp5A2sWNYnqoMHcU2E6joe36IrcYTV+SkamIo
K6IxkgIJhCSo9ChgRACGJJS0kkBHDOd8NjeRFJwXSSmABVMqK440nQKi6YRoBlMEUQImEhloqryeNJQeMScVIjolJUBMcauk
45GmXtppIqfcKDlikLCSFtLVKkghVXqc3dyTkxJPJ6qGlRxU/RZVDpFWEJpnih/0OWRSSkPPCeNQQq7Ihh2ZY6F0UFXGMzI+
U+qBJZNVVjKt1BTPJDqtVCoZf1Ngdl5URVFRVBYlgWMykapFWGq7RMFZYzglOFEbU3BWG5YGVs1GO8VE+dK8wP/RokikGao0
XpZlqpRNSzLJKoMVGtDyTHWTqiorkuiUkaKkWS5PC0LOUaHRrJpqP7Gxdj7NC1RMM6YpfzqbYy2rFOBqenWujmECU2QJUbAE
ZFIdWJAGqv0VBJ3MlP/cUr2BqY4Coep/zMJTlCNPHT066elZ7iFbcyLhQl6TGE/OOK4Qb1RuEXCHylJbmYKaMd1jllrUrGvY
ywsfOk6g3LfZ9MCE11wJFpGn67FOpmhp7BinA0Nv4XooGnHP4J7ariqrTqWIXXOeR0tx2KNvH8xv/ujhtW7ncOfayk73wdyt
x+tvLT6eX37b2b+qP763/njul6+uXdzYWHrnRXvvD/ji+va339y6+8/3rO++8vbdF1bffyn//r9bQ28cmO89eP29/g+/s3Th
3tWbd3/r8fu3v/vyB+mdt9++evjCTXD3999786B849bNN36/vrl+/1uXdh/+4NF332dFY8FvHPmf9LDdYWtmdhA3Gybz50Jr
2AwLv7S2LFquN47NOb+OYBjwm2t9lbeG5xfDq30V5jW7WHMrgQNvTi2m6TFe7hbDKPCRcIMsoUeNmhkGYVbH/+j341q9vBIV
wnYrn1hDXe+EfZ5OMKxmd8dJqJMzXJVcWJhZZc5FfgZ6imcWFz6qTlz0nNvlEvpcTHSlR1EViYM9XDKAMcJSNXU0LbByHSJT
o9KUqjDDtmrKgKr6l5pnvPiMIgeVU8wKFzjoHBmKgqrQhWINJVDLy9kFxZUaTnKMDcUPgTUEqARAmTiu8Y+mJB9XJIMUCIzL
Z0inOrGM1KxKStUIEo6U7s5ICT8dK9dWQQOfqcagYVwpPh1NPs8TcQorbsBcleZopFBJcmZoHs4Jr5TD07iG8KmU+YkSXjJF
1PxMibUA+bHan/TZPZDPJj8cjafnrNKOEjCuCpkQx5VaISRIKUJQOc8K5GrQCdIgR4V6VUB4rJCL6X/zMqhYVKrXKSjHGUgq
AKtM2pqShEEyhgiooFRNI1POt9QUdVNlKQBHtjLWRJyZQB6VgpI8T01QmYDoRLmDUtn2NNNUczuupoqVOFW2XzMKnk0mOhGY
KBcMhTCkOULJMTHCpDKJoKaVgdll7A4pM+Z8Mxa4bsjI0qnQldN/YgCzhEWg13VNt84nFQ3wfzqxvuLMZ7Zlu6q/q4Shn0aG
409aQIxGVtCg1TIKo6o2meJJQ9q4HOZeZ+I6JNTqwIj/LZx+bjeZ2CLenLQ7wG2x42uRv/K3F426faW/sOYWL0e3dqJB83C7
866xvNlqm8u7zt5iYyl0or2wG/Yh7W+/sdJt/8t+++D6YHhz+SqYPProMf8n0S8ev3jt9fj2r6/+yre6g0fvXjm4NLz18s+3
tna2RDTP3r1/Z3vrwq+2Ow9Wn5vl4svt53Pv+9e2vvzSC4IgWzkbatKDIQpqMVpYg3Yzbiz2laCOK6+BxXrt1AhjGjKd23Gj
0Su9VdS2t6t67J4te6F57h8DXKtZei202HxPi9qMP7NYBLk5D9skDjkwTDAY/qMbkrm6ImKwpp9bGySoR5znZ7zSXHXmRQkN
2YBOmLVU38+fVIZylmHBsU+0GkOnOv4f1MARei5F7oCK0eOCW9bs8ZxY+ClU2UTVc4VJoNFpZGVIZTLIXIqhqi6i7B4NxqrC
TK5NVDAxgC0UlHGqY5oqSBYQAaaa9BERR0hZUE1DY1EABUIGRqrTK6+WyW8yjY4rT/nNSsBKMgnQxJqFJok5lhCVAJ+SIsfK
mmqEKmyWcEQQP9dmD8DgxxOYIfpVzhWOTww4LjlmNBmXRVEzNMxTXtKcInL6OZ1SHctCeUakHWMmxxUaq6yWfGEo25oA49mJ
PJdVeYppXiUsnWpulleIsQoiZQSmBZh1J1gRjnCeKw4r7ztBpXLWJ9VEFoiNMSgSNmM0qJT3T3iAzkuomMu1TFcgV+1mSgCB
QCG6YFQSNc5yUmKzx4H2rCyrqighVXlYqwQta4riCJ8Q9b/JVCXKkUcnaSyYTuV4WtY0NOIWFIgiz/obZQA8w1Ftwp3dgqIQ
y82GHoonAfZlnIOwaUQqKTu6i9xxw4yUK1on9cBoK91Tvz/3MfTBcjhvsLAl/ZZsoihwXdpufdNqNoDrOi0ctZtWi6i/OoL5
le15wtQjWkdHDXxUt/601khrKiwYdS03hqSyopOlzbnw4H8eDvY2bx8ubg+jF24cxtuW/+4Lt65cWlrb/tTai9qXr/TIS6Z3
u3bkr64Pd16f/2o/fnVr/VozjoeNxf3V8Mm2M++dbM5Fu0u1W7h7N4g3L707cAat4fwi7HDQiZY3r+xrl7Wl5oX+PFhgYh+A
88Fmexhlm/nu0mk2dftnc1HbWRqu7b04v9JcjTvthVqjGTwHC1q/Fu/2T6LlLbXCmtMjW925Hd6Mrp2LjY2YW20ySqYTn5iO
DXyTDFrndVvkYzTNc+RYIyNjdlHPkqTZ+VEgsDB6MY0D1w7NM+p0a9UsyUCP61CFlMR1NaInkcszUOWiKHybkTzQoQVK1c6K
wAAE2b6pqkil+7Fmuq5gDOnAy5XXVI5NnWdNoFJzMYazcKa7ShUpKqA6lVJvUKDbJp3YlYooUE/KCk5ygCsHK/ujbKKGlUy1
E1X7SUaLKVBdnkGZn4KMaJUcEVU+ZKKBklcJLHNcyaIcTTEva4YKPQjikqjCnYzVhyeVcJRlnLlSVa7KdhIhzwojBeYJmN3J
XuRJmupAExUuyjKkKv4gFTFVIkT613BKoKLORIkxhUVekKpMlZjg+IkGiueFSE8ytXNQ09G4elJqU+RNTlQHAEhlWFiiSTZS
yuSK2sxMTyDBIC1OUSVPg7/RSvS8qtShguNC6UepK+MwEeY00ZTfVivQlIUHRYlToZklFYWZIYRAValUqkhnqkVyKc0KGJyq
uM2U7eCOinCSKp5mRPUzs5QxTI4jhA2dHE10H9BTbjEDeGVe/9txanrQnDLuyXLC0ooR11d5/alb1/UGnnI70kEbmupo1rRm
LciVUXJj3Y08uxK86z2pmaJh+tPKCntdEziiGeoLy932J63t2Os4tlX0zGh1EK7VdpaM3qDvlGHbWa4vdGue7hW7fk3Mu+v1
pmOuBIMLoVs35yPUeEM/OOPtuUvbtb3FuebG7nC5y/1Xm2vNy70tNDKv12+0dnpWM49b1Zd5eynovSDyTuPgtjtcMt15cf3F
lcY/LLG4Dza3pnsL7v54Y2HQX2y8dj24OljbNMLrRd4IX969cXdyHS4vviKugo3VxkZeHTd665tO4Zz044KOJ81zYo+zEC40
LGRKd7wSt2yUiZ97xuQrYVxtjsLR5t9Ntfbf2hj7ifEzkvTTQphJnHXFMU8+1kon5KZVZob5rMntauwQHeq+SII8c0Qt5ajf
+rPQedaweNTIV05FPKisptU1NJEWpSgQnY4g1qUqjNTSp8o4FXqWBJbtE2X3+ZiUujyrWYmuK+gVxDOZbir9NQyPcpTyiSRK
QBWuMmCoylPWhaSVrDDW2GSqglZpMBl8SJTvQ5ZmplRHEhioVJsxQKWXOCmABRjPlVtS6Ql8MVsOYJUWp0hmmJQTS0uTDxUW
DcLH2oifE3jG1NIpqnJiKy+sPJjalZzyJFN6GVPuVNoMkGoQSlsst5WnVb6KJCUEX4zoKdG4AgQpCzSGrkH0gjKjNHONFc9J
IS2udoEgfapNlX3VSgwI1Y9+ItRgVJicaPa5hNSRpYq89ATpWYkhTrhKuapdiCqruGKS0gcBQBkCGxRIjYHrf6gpjy2L2c33
aq0S0Ew+05FKzLmYuQ8Nzf5gVllYI8DEsy+pEhWuKawQVOm6+pNSzu7mUFYdAJ1TwFV+dHUPqpaCgLKw5DQHwHLxjOTKoRtf
AeXa7bQyKtWZCxl9ws5FoOlSYx5GmTVCVKQRDrPPja4GfbXzrmFNzKZeM2rK8rJ2hmLe7BDTBHblWPXhj/1abd41uFGrzQ1U
zuBtK2sHy5Nv7IV5XZqZlbVahR1B1+8zyyF1T+JnRp1rUQZKpwC1ZcPQO41OFdeChj3X00GvW7/0xrL/lF1/tdsW/a65Etbr
Q7vWvm9fbJq7A2FVS9sbpwv1shWFxutlZc9vLF1t7Na6a87Fjm0t9qPD61f8H32wuvzS6/eW9rd3Lty4wDeuvDS8e/jdlfv1
/Vfogzu9Bwf3F6/eW9WujW7fem19ZfW6eXh4Zc5qXL50fX+wSVYHP12MT5fCoZ20mrlh9Ysh8dfW2xe3ku56c7CiD73VbrQQ
+Q8bdb5kW4PBUvfCV74bzA3mVvLaseGcWfC4oEQ5/snk6aT4ylLZJ5tSW9PqC5VTpgaaGy/gZoSBex7bht2Uc1NAAiFibDvn
TE5wgWmoze4tp0c6GYdGBfMJ9zLUSqQrHMLxKc659iPMzsqSGAZn2B9BGwWGgZFEGFTKVBanUCvJuFD1makIpAE+zpAF2VQz
gIokUmv8NUwBwWaqqixg5XOdlkqOIh0LADLJtUTCQvV3lbHwCatm02hJmSVIxUEVvrCixT8WqQpI6iMaPGHoE4zV+1wpitJS
IlLhtCoKOXtoUa7C57TEJc7RbEZeCmhl5LyKYUnLhEwzPBnr1VnOqqLSDUmYdpplGqyS2ZOSTidagbkxm+krF6P0zNJcJSrC
czzRBAFnyezpR9NpKRnkIMHIdKQ9AYrKRVUpcZa5AhhS+tOk0LjqCwBasMxmmrE+xLAcpRDpaKqNNIr5zFcTFQ7UUZnd119N
yHOtoLlZngONI46nqoFATahjXGBYgKcKgrZUEJbTvFLVDiRjeKRahWmYCFuEz77HjbLMpSJRQkfpOZowggpTBipWlvFzrjFb
yDSBNCgyoYItLuYnHfMbt55aPVeYom0i33daQRCpTNAr2dx8vQ1C26kDzxn0v7Ba7qrlm5Yd19rQwna7EbfarerryNb1SHXv
ygK1VRD27JWmx6w+dBobSy1lWkWL1py5S59IP5gL2mS32dYrugiN2OhefG1t7mermyv9hVrTqbXGw348XFm53F3x463O4trd
/qaHw8Xudndx4WVbpaeXa7d3d7c3+34jsqPt9lzn/hL7h9sP7tx84bC9GO/03jxcfBxf4a88+sG9OdGJwo3hvd+7f2fyRrNu
wU/d3bf79mb01avRcI+R3UZ80WouGOZnc7btWrRbLqh+lC01CA9b89Z6PYvoZqPHNon9dC1wVlHPrg9D3+KyhxUrbNJ1bdEM
uuq42jgSvJgZJ/nN6rOe/aEzrYmmyOr2XKxKjLmoZlKmVow6djno6LFHYN8wO/HY4iqWYJIZNXNckBRlmnk8Zxf6c5sEpzCc
SktpSBtnGmAiSosEnx33CqF/CSdmibGiYYWlgFwtp34Qq9DsC7lqUhQqOGmJrv5hNp5VODozfjYRCKgaea6qhJwiUalkaDBw
HkCm+JJUU6YdESfRFXMgQwYG04oDpkillZXkPEtGkmkKMghXCVYQzPKSlRSnDuSEmOozDCfEn8nbUnaXwlmozStlM5XKkSzH
P0aFOJM8SWUhGUVAqdUeaxq2cTWlQKOF0mBpqdxIPMIMPJvQoSiUMyhhYaIiU4pWK62IpkSlOgIslcB8U4VNE9AR54yU9oyT
FJezK2E4pEASFcvUaqDGFMj0eoIxRloOEcVA4qnGEIImYK5J1G5IoFg9JuoUMgVCyRVxp7anjp1QBE4UF9EoJUqBmoRSga8y
1eexwX2ZEVonuYEsQkpDqnjHuaup5ZV9bnXVqUl0qkywhcCfQ5o4DuW4hLZmqT3llu5PeRvwxqmo5ZahNUwjWNRbutA1YrES
9ucbdWrF9T0XkB68EtG0Edo2jDo7zZpaay2ed2vdwakJP49C6Y6Y+7x2yWOLeuS6Sp6JPTfohTLmTkxRdhClzA6aGqDn7fbA
sELA/HC48+6DvY96C1fnenF9sb3c67ZW4+HifnNpqbXL6IVvry02o8MVw2yZG0sf99dubPTaXrz+UmNtaz/yV/avLfx2K/zx
e/cv3t5fe2ujtbN9e71+b+8Buvnm7x6s2Hc7K+bOze/dvNB7ddB7YfBHCy+8cXVjK+Z378TvbOKF+bXDteH3OvMfbd4YXrwz
+L7W3vzy4fD6he48ql+4+51ub+BcWl3efXFz2PsludwJiHHtnYXrDzbsN1YGB7JrNFYv7njtjpNqDdiyEoOPRGGtbqV9SwUy
ux1xlbmbNcMJXNJ8bgRnLArEwFve6zVNarKIGcO5IWVZWmcTBM5KALRzPc0GR4E9rZ2YsjotTz6tVLGI7EO9QmZuQH4M8rx7
pPufJwaxlPlSqccAKn7hvESMjqHOp0kFymf2WPX6Kqm+otJwJJk4X6n8ghNMpBizr00H6CrUIeULU1IoiwsEhDN6k9JVQudT
XQUbXhhJURna/8+VTOqz6XkV0XBeFPRsZEhXBUY44yayM+zkGlSlC6mubF9eCKhWWJlITlX0m01Ez0uufSVVyxjhEiGsVbBi
elrBVCtKJlQIRQRSOXOLxKGEsNxUBk4QZCpjp2GkuCmmSYgqoZO01FGJKyIRnKqVT9RIk1wpiwHAVSzOCTIgyFmqFIy4Kn+Q
KBlW6h3y31GKKzEhuqQJkmrkVFYpYNJSHMIcaYZBLZKNUI6qKkmUyjNdOUumATyaTigf//kJTBXVGNOYSQplWWkFWF2xX4gQ
ekD1EdDFxxbBHGKZq2BbRJYaOcbkzFZuerLrmOUAagNU6Rp1wVi1Rd60RrH0O9Rqa4abwb4+3PJW5DamoLJEsaQbTtb3a1Eb
n8ve/1koa/O61xOetb63uDj16824P4iWvqnHoD57MgRs+/bgmtE2D4yhEfawXG+szjvhYD5QyuXbf1yiS51GV5Bae23bbDMr
7gwO760//IfG2rf7u73mzU5/p9l8rbVx6b35Gwc3DluD9dd+bffuldW5fquzOzz49/HS7srK24O9xv1XXtv7zs3+xvbLK3dW
d/705YWNrQuXrlx4uHxjs7O0dHnVW918OL+3//5Lg8XN4f6Vpd2l69cf7eoPd5d2Nq/eHG6tNrY29l65sH25271Drn7ybEgG
95o30MFhtTd1Nzlsw4PV1cad1Rf23brf3OhcWaw/sq7XWNjOL7063GheXY2YueZ32g3bRzWirVO7U9n1YB65GzPi7Ytlt1k0
6nMbgimqWytOfZ0fdZR10BurZM8VA7dGG8J2u3bM64a0GuKMWPYUNCvnEo319cir6YVWHes8YVET5w2u2La7K1jd0wUOYiDD
tg0iXodKc35maHz2nMyRlsFfqBNpRIKcQ5QeQ8OlgDD3CzyRHgamhQc0qwRTVhFUEIoKZVXi2Er5HskpPoXSHAspJ1SnUuGo
OBnrUimPTplx0iq+EBwHCgXKjE0UozKFxjQrKqCjxCKnCTdVZFRVVbLp7PsP1eXlk4xmkE4UaFWQPP4MllqpmgTVlJnW1EvF
2+l5yazROSo/VyRSOoOJptSjyKmqltEjSFBZIZ4bUpOjPyZFTo3TXFBCT2b+kI5GxVPVBs7OZfY1l4gaTO2uYrxB87yQGnmm
MKsIqH5sysq/9M5Txo9yoXrZSPERoudnjumjMbENNDVKAzvQoro+y8HgzBPSBgI4iBCj0k0aKxQDH3sTiklQnU11puJRWusJ
mKbjiHq5PsnBcfThYlBKHZif1V3pU5ZE2DiVjqNnzQ1r4huK5qFjw7+maPzErh/X5lfi8Km9PGg3zLqFuzisb0emuSzbOo0D
0AiCuYx2wroXW3DoxuaykmITmrX6vO40reUaW9jcan+xeXFxPYqXe3B3abD7XqPOHiRdM5pzOp1yZYWdzc2vOnv+1zf2WXC7
d32J3YsWXq9T3ogX+9m7d26+9V+ub//wxb0XHn/n0s17D9dfu3jn2ve27r9/+HD/rUtXfvfR5f6dWxd23/jWwWva9Wu/dfgr
P5h/cPvBB3u7r/7qzqN7DrbP4GQWOVxp4j2zA2g9KNNFGIMy6V++0k/zcQXH3bK3uXErH4/O3dgtd0oyOL2p5RiMCHJmVz0F
JXQw0V91N4UM3XF5nbRKVK48eOdOocyHlu+R9r3Nd5iyh0stD72K3PXJ48pUAQEMQ6/zdT3WnXZMW/31/cA/qNuNG+FO6NDG
+5fu01CELesN//r+ndf+rMno6qBV/8Bae03cWVpo1U1KHMcubATlUX/ssCwU1YokK2sO+/T0GbzCt4FijW5As19uX9i9pI/6
9VNxkPPuk6X4U904zRqTgaO5fYOetlMX6H5w3BvF9V2zSnUPR1tV3TvXbUs7M5+qqBl3jL0a1ztwmI/t1jfGvG7ZcNzJXKl6
h1mGhCpUdzDCflALBRdh+6JnFI3QRdN61h54ylx263wgaYuftbrUEi2CfqbylXnkBD/HsTFBnoxhGgtrZCg/F6GVlZpVqOS1
IM/PrOCvpVdQ++96ujjv/71VmyoZLIsvTVfop47zV26NSwUcD2Y2cznXzkBgQ+lCkxMoWiqvWX8U9IFrfGLqLm5+6Otnhpgs
9b+QRpIFtvjI8W2ie4Y3pAN9lY0Rsgxz0IuF0IR9uR4tx4twI5pecCeNdt1s51E3Ceuh3/qmBU+eeMujn1qeGUTSS4jewlGI
SMNRBncOujmJhEGg77vzrpMZ/NShulkFE7/p+o2jzb9vwY//98etZ58XRifgTfGL7zYWjt6MFky05kWWd7xwDJPRgRi0Fx+8
Kk6IXPgaLpf9zyPfWWj2P/96FbftL8AJMxteYGgdQw/fo0HzhjUfTedinwE2PG5z60bcNFuHi99SNnCAV0LSFU2326oPPO+N
zYPDP37VvrEav7T8YGft8aUH7ywdXvvtrb4X31p8XO+sv+YtvXiwMrhsPHrLf+fC2uK9xsVH228+XDt83D64M9+7997K5f96
4/3rN96+fvPNg+HhtUtr9+7fPLj4wmt3b1955dr+o4OHL/zeLy9vbPce3YSv7N64tb+wf+2Vy5duX397bffWpeH/A1BLAwQt
AAAACAAAACEArQ+Nfv//////////EgAUAGp1ZGdlX3cxX3NjYWxlLm5weQEAEACAAQAAAAAAAE0BAAAAAAAAm+wX6hsQychQ
xlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjoKZiaaOgq1CuQCLqFtL6wVjNRt2j2d
bHx6g2y0/PxsHLd52xytVLbxTgm22a3UYMOhrWOT+C7Epscs0ibDLd3mEruLjX1bls31DXI27GsLbNxYBWxuB8vYRP/ttpnb
xGjjE+Noc/eotg3/IRebOM5GGxlTA5u4+CibS77SNlPtymwsCtxsZrsr2DC4/LE+WJNvc/S6sE2sfJnN8wZDmz6JQJsMrlyb
xlhNm9bXkTaX1xjYbI0qtTn6T8ym+DinDUtFs9UpNRObrlt2NhVtPjZ7Ah9Zu6bF2miuM7aZs0vapvKdoc38unwbjfP8Nn3v
FGx0pqjYWIYE2Fg0mNuUnbSweV2aZXN2oZTNuTB1G/1kNhsAUEsDBC0AAAAIAAAAIQDnGNUW//////////8MABQAanVkZ2Vf
YjEubnB5AQAQAIABAAAAAAAAUAEAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wp
TgWKF2ckFqQC+RpmJjqaOgq1CuQDrgsCh+3eXaq2q5c/YyeozGQvkbbNbtW5d3bFAR12N9Zm7GlLmGU3r6/JTqr3ll3rnWt2
QuWldufql+81qpxnVzi/y47tm53dx/DltqdmPbVTYv1s68Eqa+++ZJvdGgu1fec5TtoFWayye+20x9adZ4Ndnrqw/ZZNfLbz
7Hvt1rg/tXM/vspu9mkXm0OVYvaKDko2RjpP7bazKdqr3b1mt7lH3s5RVc+u8cllu/ueIXYvrnyy45Lqtvs074Wt3NtOOyWR
X3YzJ76w7dj+3u6FmL99Ip/u3o7FWvYavEL2uq/07U2Oitq3sPHbGUV+tp1z+p1dTJiEvYL9sj3rnQTskyNd7Tc8d7Pbs0bV
CgBQSwMELQAAAAgAAAAhANPwmFr//////////w4AFABqdWRnZV93Ml9xLm5weQEAEAAAAQAAAAAAAM8AAAAAAAAAm+wX6hsQ
ychQxlCtnpJanFykbqWgXpNpqK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaZiY6CkaaOgq1CuQCLsb/Ucsypxtc
OGOSPNfwvM8WmyOa162OuewxPe2/0WOH7mW7Q0HrXPaErBF6Z3aqvtHkTO5k3cvGZ3k/e24v6bE4YXHCcT/HD8vjZqd0rqjd
8tnivtN9p+tuq2PRSxkY4hc67rc7pHFD65rvZvedtofNTmnciF6qd8nmiOf29JnOe4XeKTzQvwgAUEsDBC0AAAAIAAAAIQAU
5lQj//////////8SABQAanVkZ2VfdzJfc2NhbGUubnB5AQAQAIgAAAAAAAAATQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRu
paBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGOgpGmjoKtQpkA643ghusXwAxAFBLAwQtAAAACAAAACEA
n/jwNf//////////DAAUAGp1ZGdlX2IyLm5weQEAEACIAAAAAAAAAEwAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNm
oq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaRjqaOgq1ChQArv1RPbYtUT17AVBLAwQtAAAACAAAACEAvyV2////
////////DwAUAGp1ZGdlX3NjYWxlLm5weQEAEACIAAAAAAAAAEkAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6j
oJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS4GIODs43MAAFBLAwQtAAAACAAAACEArA0/J///////////
DwAUAHRlbXBlcmF0dXJlLm5weQEAEACIAAAAAAAAAEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RS
lJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAa4vf5Ue7F7/wR4AUEsDBC0AAAAIAAAAIQCIZAoo//////////8QABQA
cmVmdXNlX2Fib3ZlLm5weQEAEACIAAAAAAAAAEoAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgX
n1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS4GBoYHnFcYHABQSwMELQAAAAgAAAAhAPLo4lv//////////wgAFABzdXJl
Lm5weQEAEACIAAAAAAAAAEcAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4F
ihdnJBakAvkamjoKtQoUAa40MHhmDwBQSwMELQAAAAgAAAAhAK2uYHn//////////xEAFAB0ZXN0X2FjY3VyYWN5Lm5weQEA
EACIAAAAAAAAAEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBak
AvkamjoKtQoUAa7V56+GvdF/bw8AUEsDBC0AAAAIAAAAIQCksZ+q//////////8VABQAcGVuX3dyaXRlcnNfZmlyc3QubnB5
AQAQAIgAAAAAAAAARgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2mhrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ck
FqQC+RqaOgq1ChQBLkYGCAAAUEsDBC0AAAAIAAAAIQAjkgQP//////////8UABQAcGVuX3dyaXRlcnNfbGFzdC5ucHkBABAA
iAAAAAAAAABGAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TaaGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5
Gpo6CrUKFAEuOQYIAABQSwMELQAAAAgAAAAhAMyasnf//////////xMAFAByZWFsX25vbl9kaWdpdHMubnB5AQAQAIgAAAAA
AAAARwAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2mhrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1
ChQBLlFfBjAAAFBLAQItAy0AAAAIAAAAIQCD8QZ7iwAAACwBAAALAAAAAAAAAAAAAACAAQAAAAByZWFkaW5nLm5weVBLAQIt
Ay0AAAAIAAAAIQCrslOdAxsAACAfAAAIAAAAAAAAAAAAAACAAcgAAAB3MV9xLm5weVBLAQItAy0AAAAIAAAAIQDZLSS5cAAA
AKgAAAAMAAAAAAAAAAAAAACAAQUcAAB3MV9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEA+vCN428AAACoAAAABgAAAAAAAAAA
AAAAgAGzHAAAYjEubnB5UEsBAi0DLQAAAAgAAAAhAMPZpF+yAAAA5AAAAAgAAAAAAAAAAAAAAIABWh0AAHcyX3EubnB5UEsB
Ai0DLQAAAAgAAAAhAFH4Q2FwAAAAqAAAAAwAAAAAAAAAAAAAAIABRh4AAHcyX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQDM
x4qscAAAAKgAAAAGAAAAAAAAAAAAAACAAfQeAABiMi5ucHlQSwECLQMtAAAACAAAACEABfrf3a91AQCAuQEADgAAAAAAAAAA
AAAAgAGcHwAAanVkZ2VfdzFfcS5ucHlQSwECLQMtAAAACAAAACEArQ+Nfk0BAACAAQAAEgAAAAAAAAAAAAAAgAGLlQEAanVk
Z2VfdzFfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAOcY1RZQAQAAgAEAAAwAAAAAAAAAAAAAAIABHJcBAGp1ZGdlX2IxLm5w
eVBLAQItAy0AAAAIAAAAIQDT8JhazwAAAAABAAAOAAAAAAAAAAAAAACAAaqYAQBqdWRnZV93Ml9xLm5weVBLAQItAy0AAAAI
AAAAIQAU5lQjTQAAAIgAAAASAAAAAAAAAAAAAACAAbmZAQBqdWRnZV93Ml9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEAn/jw
NUwAAACIAAAADAAAAAAAAAAAAAAAgAFKmgEAanVkZ2VfYjIubnB5UEsBAi0DLQAAAAgAAAAhAL8ldv9JAAAAiAAAAA8AAAAA
AAAAAAAAAIAB1JoBAGp1ZGdlX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQCsDT8nSwAAAIgAAAAPAAAAAAAAAAAAAACAAV6b
AQB0ZW1wZXJhdHVyZS5ucHlQSwECLQMtAAAACAAAACEAiGQKKEoAAACIAAAAEAAAAAAAAAAAAAAAgAHqmwEAcmVmdXNlX2Fi
b3ZlLm5weVBLAQItAy0AAAAIAAAAIQDy6OJbRwAAAIgAAAAIAAAAAAAAAAAAAACAAXacAQBzdXJlLm5weVBLAQItAy0AAAAI
AAAAIQCtrmB5SwAAAIgAAAARAAAAAAAAAAAAAACAAfecAQB0ZXN0X2FjY3VyYWN5Lm5weVBLAQItAy0AAAAIAAAAIQCksZ+q
RgAAAIgAAAAVAAAAAAAAAAAAAACAAYWdAQBwZW5fd3JpdGVyc19maXJzdC5ucHlQSwECLQMtAAAACAAAACEAI5IED0YAAACI
AAAAFAAAAAAAAAAAAAAAgAESngEAcGVuX3dyaXRlcnNfbGFzdC5ucHlQSwECLQMtAAAACAAAACEAzJqyd0cAAACIAAAAEwAA
AAAAAAAAAAAAgAGengEAcmVhbF9ub25fZGlnaXRzLm5weVBLBQYAAAAAFQAVAOAEAAAqnwEAAAA=
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
