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
maths symbols, capital letters; bundled in nondigits/).

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
                         scanners and photos: to learn from, to calibrate, to measure
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
# anew each epoch (thicker or thinner, slanted, resized, stretched) and needs longer to use that
# room: 30 epochs, about seven times the default.
DEFAULT_HIDDEN = 10
DEFAULT_SEED = 0
WIDE = 32                                # more hidden units than this get the wide recipe
SMALL_RECIPE = {'epochs': 8, 'lr': 0.03, 'gd_lr': 0.3, 'batch': 256, 'augment': False}
WIDE_RECIPE = {'epochs': 30, 'lr': 0.01, 'gd_lr': 0.3, 'batch': 256, 'augment': True}


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
#    drawn as the pen digits are). Why it is no larger, sees no more, and learns from no
#    non-digits drawn in code: docs/design-notes.md, "The judge".
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
# they calibrate its percentages. Everything is drawn in code, so nothing is downloaded; the
# settings were checked on real development material that is not bundled (see the README).
#
# Digits: re-drawn along their skeleton with another pen, size and slant, as on the window's
# canvas; scanned as small binary bitmaps, some stretched to fill their box as form scanners do;
# bent a little by a smooth random warp; photographed on paper; written side by side as numbers.
# Real non-digits people drew are drawn as the pen digits are.

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


def stand_in_canvases(images, rng, kinds=STAND_INS):
    """Digits (n, 28, 28) in the MNIST form, uint8 or float in [0, 1] -> an equal share of them made
    into each kind of stand-in: [(kind, indices into images, canvases (m, s, s))]."""
    x = images / np.float32(255) if images.dtype == np.uint8 else images
    parts = np.array_split(np.arange(len(x)), len(kinds))
    return [(kind, part, kinds[kind][0](x[part], rng)) for kind, part in zip(kinds, parts)]


def digit_stand_ins(images, rng):
    """Digits (n, 28, 28) -> the same digits (n, 28, 28) in the MNIST form as other pens and
    scanners would give them, an equal share of each kind of STAND_INS, and the kind of each (n,)."""
    made = stand_in_canvases(images, rng)
    return (np.concatenate([crop_and_centre(canvases) for _, _, canvases in made]),
            np.repeat(np.arange(len(made)), [len(part) for _, part, _ in made]))


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


def printed_characters(rng, n, side, characters):
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


def hand_drawn_print(rng, n, side, characters):
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


VARIATION = {'slant': 0.1, 'zoom': 0.08, 'width': 0.5, 'stretch': 0.5}  # augment() settings


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


def variation(settings=VARIATION):
    """augment() with these settings, as train() takes it: a function (x, rng) -> variants of x."""
    return lambda x, rng: augment(x, rng, **settings)


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
# traced by hand, against the real non-digits (their parts not held out). Chosen on validation
# digits, the held-out real non-digits and real development material; why no non-digits drawn in
# code: docs/design-notes.md, "The judge".
JUDGE_RECIPE = {'hidden': 64, 'epochs': 12, 'lr': 0.003, 'batch': 256, 'stand_ins': 32000, 'traced': 2000,
                'bent': 16000}


def judge_network(fit_images, fit_x, pen_forms, real_forms, rng, recipe=JUDGE_RECIPE):
    """Learn the judge network from MNIST training images (n, 28, 28) uint8 and their inputs fit_x
    (n, 784), pen digits (m, 28, 28) in [0, 1], and real non-digits (k, 28, 28) in [0, 1] ->
    (network 1764-H-2, the scale its inputs are divided by)."""
    pick = rng.choice(len(fit_images), min(recipe['stand_ins'], len(fit_images)), replace=False)
    bent = rng.choice(len(fit_images), min(recipe['bent'], len(fit_images)), replace=False)
    positives = [fit_x, normalise(np.concatenate([
        digit_stand_ins(fit_images[pick], rng)[0], crop_and_centre(bent_digits(fit_images[bent] / np.float32(255), rng)),
        crop_and_centre(hand_drawn_print(rng, recipe['traced'], 32, '0123456789')[0])]))]
    if len(pen_forms):
        positives += [normalise(pen_forms), normalise(digit_stand_ins(pen_forms, rng)[0])]
    positives = np.concatenate(positives)
    negatives = normalise(real_forms)
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


class Prepared(collections.namedtuple('Prepared', 'x labels network fit fit_x fit_labels held_x held_labels pen forms what')):
    """A run's data made ready: the inputs x (n, 784) and labels (n,) the reader learns from, the
    fresh network, the MNIST training digits' indices (fit) with their inputs and labels, the
    validation inputs and labels, the PenDigits (or None) and their drawn forms, and what x holds, in words."""
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
    train_labels, forms = [labels] if mnist else [], None
    if stand_ins:
        pick = rng.choice(len(fit), stand_ins, replace=False)
        normalise(digit_stand_ins(images[fit][pick], rng)[0], out=train_x[mnist:mnist + stand_ins])
        train_labels.append(labels[pick])
    if pen is not None:
        forms = drawn_pen_digits(pen.strokes, rng)
        start = mnist + stand_ins
        normalise(forms, out=train_x[start:start + drawn])
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
                    ', '.join(what))


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
        images, labels = load_mnist(sources.data, 'train')
        pen = pen_digits_for(sources, say) if 'pen' in use else None
        real_sets = load_non_digits(sources.non_digit_data) if new_judge else []
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
        mine = (*mine, copies, variation())
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
    real_forms = drawn_non_digits(real_sets, rng)[0]
    pen = run.pen
    say(f'learning the judge: {len(real_forms)} non-digits drawn by people ({", ".join(r.name for r in real_sets)}) '
        f'against {len(run.fit) + (len(pen.labels) if pen else 0)} digits and stand-ins (about half a minute)')
    pen_forms = run.forms if pen else np.zeros((0, IMAGE_SIDE, IMAGE_SIDE), np.float32)
    network, scale = judge_network(images[run.fit], run.fit_x, pen_forms, real_forms, rng)
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
            x, labels_x = np.concatenate([x, normalise(run.forms)]), np.concatenate([labels_x, pen.labels])
        counts = np.bincount(mine[1], minlength=CLASSES)
        say(f'learning from {len(mine[1])} drawings of yours ({", ".join(f"{d}: {c}" for d, c in enumerate(counts) if c)}) '
            f'with {len(pick)} MNIST digits' + (f' and {len(pen.labels)} pen digits of writers {WINDOW_PEN_WRITERS[0]} to '
                                                f'{WINDOW_PEN_WRITERS[1]}' if pen is not None else '')
            + ', so that it does not forget them')
        before = accuracy(network, *mine)
        tuned = fine_tune(network, x, labels_x, *mine, rng, variation(), stop=stop)
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
    """Prints the shares refused of the real non-digits held out (learnt: how many real non-digits
    the judge learnt from), or that there are none to measure beside a copy of digits.py alone."""
    if non_digit_data == NON_DIGIT_DIR and not (non_digit_data / NON_DIGIT_FILES['Omniglot characters']).exists():
        paragraph(f'real non-digits: none in {non_digit_data} to measure "not a digit" on', markdown)
        return
    shares = [(found.name, held_pictures(found, rng)) for found in load_non_digits(non_digit_data)]
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

    def draw(self, curves):
        """curves: [(colour, {'loss': [(epochs done, loss), ...], 'validation': [...], 'epochs': n}), ...]."""
        c, px = self.canvas, self.screen.px
        c.delete('all')
        w, h = self.size
        left, right, top, bottom = px(34), w - px(40), px(18), h - px(20)
        epochs = max([curve.get('epochs', 1) for _, curve in curves] or [SMALL_RECIPE['epochs']])
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
        """Train is on only while every setting can be used."""
        self.good = good
        self.buttons()

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
        self.chart.draw(self.earlier + ([(self.colour, self.curve)] if self.job is not None else []))


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
                          help='train on images varied anew each epoch (turned, resized, thicker, '
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
                            'nondigits/ beside digits.py)')


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
    drawings and scans made from test digits, and on the real non-digits held out."""
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
bbfc1Wpfy6VAewnfLfsKFhy32/HrmR1zsO9+AFBLAwQtAAAACAAAACEAIBtmzv//////////DgAUAGp1ZGdlX3cxX3EubnB5
AQAQAIC5AQAAAAAAYXMBAAAAAACcu1eTLPl5p5f/9N6V97a9O328Gw8MMBwABIElY6ldSmJwqVgpFFoFqdhQhKSL/Qy6UOhG
niEixDVgECA4GAwxg/Fz/Dl9Tvvu8r6ystJ75egjqPuqqyqyszPf9/d7nu7q//FHf/jDH/8xgP419N+t/Ys//8s/+4u1u9W1
//4/31/brq79Z//qL/6bv/jT/+o/+Vd/8S/+/NvH3/3T//Iv/zx+/C//5Z/+138ef72+f+vm9e3qzesb29X/ofr/64OGUQTQ
EF+CoJAjIxjBSyiaAjCWpLAiSsJRHkaEMkpQAoyFAiBzCIxEcAgRAEYzaYwMcTaZT+X4DY4RkhkKg6X9ZGaVIugVmW+KRBJd
T5HlKk5RZT4r5uDUapnjYS7BQJSMl5s5ND5cyUmJuoNJhSQrBJC9IgZleIZmJbyQ8mW3iLIhjUt4cSAxCJytURLuLtIk7Bc8
s5y0XTrIjsS6osGlUoUTQ2a+xlioN0IxCbueA6i5bhtSNsokVzu0ZTpiKYAgdyGQSWs9UiukhCBT92Q+f96zzJCOAISPG+OW
3ppQNdUlEUfperp70UYdk30+nLT8YDD2Rycvoh40NvFucUaOEYDZUDt5a+mrehZtOvadZqZFulRO5BhYUoO6JTYJUrjBJZHI
sKwhDJI8k8kBQNMZuuBSCD5kmDHUL5Keh6JkZCAYnjRMzEHhqcUavueYdsG1I8rgg4FtBaKO2zZFow6kwWo0c2gFN53L5QhC
EQTYS9IQfX+hog6pYwbDWRoysSZ9OzURF+LiGDY1z7QDJIOqAQvgomgFKwZtWpYXkqEOWAfDe1UmKM4wuHKem8Eotki4lPFV
pqinNR9OkRpsyrC3wCQTAQkyy/BCSJO+GQgpo+hBnm7h5vYyPm0NRt1GGTGzWM5IcsJ6lsAyZbIgeASeunR6OjxVkbC41cix
AhuGDLqa17GAlQEuRXcwesZygb1GDKeiz0oO39zaiVYxHkXkguvx6BIOTSxN8FCDyFYJ0QrTAZIVlDK7FcJIflEViJZfQjV+
FR7YNMczxeT+ffRGSFmMhlgL8O38zB3gWSrOsAgVjC7pqRrYPXyY6nmAmPuZkekIIHte0nsmhNALvONWcddfc0PDW7RGWc+3
dc8zFcziUkbGn1sAipDAoT0qAhhvMBmfiSJuRWGAZZBIZslgIQgtpmK5Ndv2DcwiCR1ybVt3BDjI0KulxvomX69nK3SlIpMr
LL62Twt8qSpmizKJi3XxKo+TxQJBsjtoY32dgXGaYSUsRyfIhIBDa410eitwMwGf1DmfKWIW9FZKDPKJ3M2aKUD2lWhheBCV
htJ83b6zLqNRSCUCmuIkr5D0ekgueS2xgvFruX3ZpwvRTtIPrq8V5abYvJIP6x5ZyWO+KN/cwpLVHXujxm3mUJSBCLycQNKZ
wpxLwjlElP+AuVmX1jyZpukUt1IixHUOfkfkSlQFI3/wPlZe3QA4u2QFihV8FhbwTKpclEr0FjEZfv7kwfETr3NoaefPj8Mn
6On0Reexm3Q+VV71xqOToylz/uwL0zx62fvb+fHTg3H/8Nns8FTRHpx7D48vzkavPn3x8mn0xVcH9uTyVf9DAFsvWn//0rv4
zfj4Zfs8ejWwPvvNwXD5Zffkg+7z086l/fIfIvfJy8nlxST4yFUOXnTOP5/Ys4djM+hOLs8ox+v1pn3YJfEeFNnIbC7rk54P
WX3976NXUxW0Omdw+OyJ8lR3Joo06cy783kAPu9NlnNtPOv0h4PF0J1Y1vLsIn7E61+ohmkoM9oeW87SWajHUwVx9LHWARaG
L+H+YNF7OrYURlOcS2c+npPu9MzTnZPozIY1S51Cy88XqGuZivtgqb16KaiKqjsL0xosRiMEcT3H0GcQMHhPhYzReK6iEN3t
mCqsoWrokomARZiZjWqSFnnh3NfY+cLrY54DH7CKgZc4QFHsnF2B0gQjoCiNbdfkOxjr5sRUDadQLkmh1b10qkGyPnY1SxSo
NE1IRAmDM8u0BUeVPKXiug0xl0Bao108azZrs3lUQ6jEVVad5rEmlGE330nnxg0dNYCKsBUEdxwbOBoQmpZUQ1EXVREm5aPx
QUNM0hNSHO6cl6TfTTvfrnzICtU6n7XeDYPN0MKsIsxlPRACj4N4hltDFjTPRNmbubocJZmSwGNJ+c8wVryX2Pwu4NEkyRSu
XLORovQ66v4+wWSDtLX9HTrCODIo1hmOyF/deXf3fmn39tW97O3tFfF6qnjlnWy1cXu7eX1zuy4l91dvNXMrmztSYeV+4vq9
1ytyJtNM1HJrfCFdXqXFzZ0rK6+jZnN9o4xUC+JdENJvEpulK+lbb61RDdq9VV66yc3cRlTK/JS9dXODxdGsXKvjOO3J6eJk
ptMLXlQGDuzSE3zuL92LQdMCCwsPGvyZNjQppTvuLSNsZtjZTprXFsfD3qCldgV/4LqjC/uwrynsgXhIDKGF0R0eeCdG0X6s
kMg3117qDxeZ6RlNRLNjfvl4eDF/2L0YaItL83R+cDaEMpeI/+LL//Xvnx9/0G0dHz06evrxpz/7eIBhh/9Ty/3q36h/g33Z
Ofl08Or8yw8/1j76P55+vvibw//txBk/Pzz+5Mmv/v5564P25asnH3/x1cfPqL/7948H1qNPn/1apYPH3/zqa++jnz/8bHr0
avG4I/3jLz+fHJ59evSz6NnnLw8vD3/TWn7x5aMPLj45Ok+Pz7ovRz87pw5OxoNCa2Ach656fHbSoqaltjrxTKE1SZ4rp/Dy
8gx8CveNWeKJ1Z8a7YPxhfFsqtVmF/25dmQyQ3d+aruYPtRcSuoaINKlaMyPVVzxGEjnA01WPEK3VEU7GqmKNzPdA3dkckBv
9YfzydIDpDYJ+8tzB7IwaKm7QY/SFmgPdVTbGxk27mS7QXCmjdtahEAzs2+Y55phi2PP0ZaLkedQXqSHBph7Cw0egTDqwAvP
CdRgEqMDOptS5qJjeXN9CfrwkhgaLmR9CWlLF8a8EJK8IED90AU4sJEwgDEVwuEwFcBAgSCARQFAAhwyzCRBMfHriSD0IAvu
RLCDAUrkTbCksrbB0MlIpABL6ZJDUkTySsjjMlKE8WyZAgldTBGrPCXg/CJGu4hE0VxS9PMZNpviST61JmFsVETXeahGUitY
PlNgBabMVDJJJl0sYfW6kCswbyJZLrFSKu9JZYrKXyGIJsvhOpQWpcaOkCW4FJrBZaqQ+2+TFfm7yfd+CstkM8fnNq4h9Fb6
Jwz2ToJKRW/JG28JJp+JtgvXttdyW2/s/9HV9+6/9vbdexvv3FqT3tp6/dqP1/Zvv/3Dtd+/eudao3hz+86NO7fvvbb+zt23
d+/cf2+reWv9jfVrN/fqO3v7P5K8ZpVs3lqtSWxWLNYodpXIk1eZDJRv7mSrQjUslYlMIxLqyc0t+Pep7f03dCfaFEBZoHPV
lOSx80G/RfCXo7HQEyZOpJxNXqg3ej5B+e7WtPXi3NfDYV9HovB43r3yyrU6/eeHMQoun6nL7txvn3d+/YsT1X/U+9B+MG8N
Tx89GH/jrp18PVZP/ir58ekvh8FoAHWWswPim593W8ovRo/PTkYPh6enT78wZ3ZHPeooLy/idaSOX4zbgvuifdCG+Frn88vp
6Dfeo8RBQAzOWPn0g9YYaT99ir1a9r4xHb7VOxt/EVmDF1DRCebnKhumLZxZSw+deV8oyeVxx6i5keAl3FDWQTaiiEIOC8In
pE8EMwiZI66i6L/FQbDVALZvgrkjQ3GkJl0Ahwkc9h3GYgxiSKAYkEOEnmoESaARGFE4CkJHgAAVhkjXNSK5Bgwkg7eVdAZH
RwTNexFpJtiZREQRU+AEw6MBnZO0EPE4JIQUMcKRtkHNLRZb98OBx0UWMKKICilWRHSUQKcY4nMZQOGInwYQafhqxKVge/bt
zBPoEHHAjIOowDdR9zzyXReGgLYIXYzlEcSKAd539HhnkgFqm4Eb0Ha0jIuFWbg8EvioFJMQrDI46kaAhts0pCaMmO9jnsQj
wodIG3h+YAF04sJI4CKQGoU+FOEQReEuwlq+Izi+BcOYBtsebAEXjwLRR2HSFyDfd9Ck46gcsClkqg7CkJ8pMARTkGSQAMJC
XSgQSQoOUQTCoYhAXF7EEIjlA4FALDakZAbFcC+HIfUosGGahNm7IrfguSQXMQQD0THSBgUl5ScJVuJgJj6QH9EUQVbEtWbp
e5nCrc3KDVGUG3srcn5vZSOxdeWP9ursBr+5Wk6tv5m7u1bLcNfB7rXaDpPfKnPV9Npb1LXkbWljpXh77zt3tnavbazu76wK
10r7uz9q3Fm/t7f/emO/1ijsN6ubW9Wt1Y3tjde31+5vreTWktvF/fXNQqVZ+06muXbju5tvvnFl59rNbWFzO71T3eC+I/1g
e+PKO3c3i9dvr19t3iu+vX597d4PN9/f2rm9uV7e27pS3yhuf2+nWbu+OT7u98kw7PbDcTh12v2BSc5L46MWgr2SLoOuvtSn
B52LlxfGctqRU0tu1O2ayOjVEDyZDMTlV8NZ96gz1Eb2ka3oF6+Uz85+8YWTetm2Lh69eNHvfjnuLib2U8U7hR799nTCHShH
4zZjns1OjKNl99XwuENmUyiGYEtccgCtWf5MSXElby44+GMPLcJ0Q2NYqCkGrETjx014LgikhMfkLck3EN8oF2kPOOLcCNwC
7QgoHM0SAFBDDZIjKAtYe4n6YIGmiIBq+aZlWogx0s0pHZBTth8iZBqRfZ1xLwClEIIMRygZihI+DFkicvnA80WWxBCKJcR4
SlxslkD8WFkZD4VC31+ikY9k3DED+QJeS3uIKqiR6ThEJqGhJmrBdJwAGI7FsehLaZAPORpisCAxdaFlGLjckehGBOZAkA84
iuGVQI1PcwI/5Hgo7htjcHaM8L3gKMSSp+eHS4eIYuWMbO8E1nnMhmHlBEGxfhoL5l6AcCKNuRMZ51Q4nEABj7M2QJyQsQkH
IXzfndGUaXOq7Ux8B0d0AoMAqlGuI7mRN/PgMQ47qG2oFAEFnheGKEbSGiNACAKHHqmyBIKFvOeQYUSEHgzFooWyluxFPoSE
LIOYfuAkfUJ0HQsAwIUTYMIhZs7jDCJRymbVwHccRyAMEKIRhsIMICEBhIjLmCiEFgjAJSxGomiACyhyjYRnmoTO6nsZbi7Q
KZrwJE7EsVQeoX1eooNsOhHSkB0PbQL1+YyzwqdTzAYry2spRqql8rSYdTfIXOFWKcUzQErC6JU8/3p2lXYBk7wiFpZyhcJE
MrWW+Q7esNdy2WvbN6/lmrvV9PXNpnCztr71e7Vru7fL67v1W6sVfme7UGvkK9fKje2bhdzezmpiJXWlstqsVtarKze57dT+
W9uv3d6/VntrW2hcSa1XS8w72ftbV66s7dyQXtto7u40qzsblb3NO/s7m6u7hbuNlfX93A5zo7mzsn6nvGyTJblgSzP0iD0j
XEMjusfpwdAb8A8Z95VlB0vdlFx9NMOgHm+wtUPicqlfHoCLqTvVtZdg4drDHhOWLKBHD+bw2HkxIO0uYC/6o0dua05YBgGe
9PrexeSZ3uFCZ0IbuNOlZ5A1GzgXLZDmMVFmja4woxUBXTJuRQTblhlPxmCfZBZBgCOwnAdHYVeECRZmMAaPJkkiP6B+jGOq
SFKOSkAwCBI+wid0FPEIJgwcFQSIE88o8CTMR7AMbgYADVwWCnHcticU8C9km0eoSABRmMYiOzBZjMIwHWYFHENnURwADuWQ
rBkXHyG4NJOcO07kRBRJse4MjxxgHEBAD6Cx7QFctDJciOmhtVhEjJXllgBKGwEE2KUVYCkx3Y3BC51AsEoFKBZ5kmKYbnTJ
hvDAdGgX4WkKYyBwmUWQEX2OZTAUhcjZ+aUnarYCc8L04kiPLBxPK3QSPxEtDmIhwTQxtKAxoes4AaCJ+Kp2EJoYGDaIXxpy
dqTbNqQA20K90Bj5S4rGDSq+SwoeTVEfwuN0QQBF+6oShRYRLSyHsjEERgDs+CEfATLWKh9nIeAHGQjS6NQMIWjI9ThA4pYL
xYQNwUbMqvEtAW4Ie1CAokGEsioZuCQf4CbmojoLWQSBzgHF+BHuWA7Bkel4iWk4DOJ2J0UHwmVewDIoUQAiiXsBTKVZWmco
TGmYqADJiMQwWBpliy6UFqQ4DAVMZrJ+AvLRCh/FEUNSHIxk/WQ5KRdoKEeg/BqSxFga37m3k6HTzC7q1n5aAa9zoUhRdXGF
ztJbFUiESGqHTHtNqp4Vd7fWcvWNlQ1ht1oiV3ayd97MbVZvF3fvlPYq+UZjvXQlu5HdyyQ374up9dVGqtDYLBVTBXGnUalj
1WyRpbe4dDpbrzZgQkTyK2maAlQiV8tWK002m5b3Es3dfD2XLIp5dKVQZhL79YyQWi8ypa18eTmEOQIPwgX5wn/FIRYIFkq5
i8DGaJRy2kbMPcgkInlTr2eWkkek+2nFx4z5YtJPexb60RifGcgULOAF5U5fmIZrBac8pMbqbzkFc4n4PuxrWq6gWKPT4dKM
YB1AkKPohhsyivvCb7OyRxHIXFl/wEhspOe9FBV+Sz8Ci1eykKxL3wJZXhl0wIydUJAWt5F7gIuRThNB0WSzgQ9jYBafJQRF
DGbBgUyYhDZQyVCBkGUcI9iMi33E4gf0chGjHgY5nQPOgZdsK2TTfTjwMrgbOJiRRwHrWksIV5DcfDCkoIc8i8ITFAuS7NLn
edUxxQUjYa6pXRpQFOFPEcTBJjZF+Ux15CYgdGm6pIWiT9OWi3AAOXVQRD0aYUnTm2GKcNh+FJx4uH9uKfzICeGuD59q8G8c
xDbJ0AM8bFsMR2FOC09MeRKWIPjTIOM53QCOztQhjrsGSVoejb2SKQpFI04H8JCPRBeNO4XH0LPQdBnBH8IhGaqoAyOUqy7R
+HRwzwjn/bnNp0GERgjwUCTuMoAP0pQguYzvxF0aYvNlfA1MCNYg3jWsmJUtmmHDWFlhyl1kMF/16SCEAPAgOgChuwxisYVZ
yIWAxwYQBssyFFB6iKo0BcVXG0CJBfARwwsgGGWnFgbDeKRbCoFRkA1TmOE6SBvhmMDH0lJaFIltiknRkU1EyRolpAGhRyk0
hcMEk2FxPpKSK7jNSPscBdJC2krTEiRyEkunJDYurUqq2CjuYyssnWDZRHadXq+SOfR25sZa+no1l5DTO9dSMpNYrzTeL9Or
t27sr9Q36WZxlSWyW95qvbRd2ioVblX2uFwxzTTo9FY5t9LYFTYT26vVDN7YKZPlvcSOWN4uscV6NUfLhc1iLV+v1HB5k7pR
rvKJKkQ1V2+ncBbLUUIZZ2CC2NvbXdnlm0KKL1W3d6+WdkqbTTmTupJZ4zIb+6U6t70ZpRo1ftEvy0J3jg8ldQYIoi0qk2jj
xNft2W458bSfnlGqwCpllbkEw2WrHFuIidID3Tzr9Kdmev7VuDdcuovLj2aK2zfU6VkXm2vU5ayvtXFucNGLWaJlhRPlcQvX
OyfEQI+3aHF4cqYMH5/0Q20kjI0J5BmmlZ378S3uO4uSH+K2bqGhseJrrMJAnpNYaK7mnxszdzHy0bF9CCGHo6gHlSGV0M2A
dI0Q9oHEsOQYnmVhE1cHfT5qSbqNXa6gIyE/kERBgwxTNWlYcyYvUuzyuNALWUlxEZgldXbB4fGGIR49A+zLGLQiP5AWgB1G
/QiBOWYWEsTUdrwuBnmmYg6xOGjIFhFNLg5hnA9tZhLRlrsYmvAM9y9oiMBxwV+SkoaPfJzuu2YCpI6CUfRQJJknoU75MKP6
5wvPpX4VRjolciDyMYsuixjmBlkZ4gJJ6ut9T0YxKSRGjwAK867DIEngYR6LMihKiHZEWoQgEoZCUTHXjTGHFAXIDF3BUjEn
1Ph06MSap6MGzhCua6RBeMx4BpAIwvYWtOVk2dgMk0joIHAALCskzRjlLZeN/RGD45KCEp4bOj7iWBwOpgHGOJHmeY5jmAqu
+YrFAAbTdYiSUCTlEhKHizYMISQu4rjuURzwU7hFeQkEJHEN4ERcfKhHSiwMsAD2MRL0gcxOcQ+m03Ao5+yEldAwyRYpnMhT
yRhX8BTqokmE5wK8lIYwKIHkBBzl8TSfJalY5ClEIr1M/fZ7N3O39vikfHeluVpc2Ur+OPN2ZYUX3sjduJ+uNmtFqfCDW28H
5f13hHd39qr7b6/e/s5GZeV+4e3VK/vrbxTLhWrhela+V1vH67l8ooTIW+vl9NoVWqZW15M0UagmYXK9uBlrRI3KphuMJMhN
vp5vZIt4YZu0JzGBGLGvwmqkx73jeSRJhCwphhHqs/MImzGabbI4QupzYOOagscergVaFJgcGhPF8ndnF+GDb2ZP0N4T1Zz0
XuBoa+3z8cR8rviXh8/g7kN43u5PDokHl61n3ePJR63DkweX55cf9U++Vs1H/c6hfra4VEfTM7o/Ouk8u0BGFtwajay+Emnq
q8nJ+SV8+az/mRZcvHhGnxz0wqPRrP1yMp8d+dO2Qs0HL4A5/nZF2wHhwmdqhSBoC4mIYS8xNCeWbI0HWY1l8Wi2OGU7HWtq
WRPZn1wqyIIeTSF1MnODiE4tScMWQnTm0ZATD5gn+j1poXluKjIhoOJwZM+WGOyG3tyIDumc2aWmIASma6CRhzlBNiZVF2bC
Ppp5rrnSBCOiAR4MCC0J6QyqXMrkkYO4rZCiW0vQMxFVNY8DHpvPXJ4Ww3PIk5HIPYcdEy34aYjGueyMhfkgbWc1qdMbF2qZ
IM3YvSTJRYCoJgTLwy4fy9mTLumPBAKNXFUI0LKIAxhO8gU6ZPgTbGixCE9QCHWGl8SCi6ADOjqAcBoQZCjjiMvOQlaQwBAn
JEw2JL+E0wgUOLAXwwAT5VkEBhEBKCfi6vHcCuG3xKqjIIhsZpZ06CLB2GkqiokcB4QVhUQEYEhBQOjEu4OEsfcCEwtinGUJ
yJrG6orhPk4hpO3aiBpZNgdhyMSAsfgMmYiKQ4NzQzuLozhFe2ZIx+hOxqKdQlDanQOMUETOxzGGomB/BFuwR+ERhU5ZU0wJ
WJrOUTSBui6DpGA4ZuNcjFxGgSFdQo69MOkQpFnIGjUul5GxVKwjqShFkQyZABVISFKZLW5NxItygWNQnnw/yFu4j9RT9xiE
AI0i8n6NLDXxtyjozUJyk5GtJIXzMMtkcvlS9Z8XCtlKfi0vb9bqfK6QlipEqr5RzhfXWRmp1bICUipRnCCmytlsLSdIuVqC
zvJ5tprPrWSozHpSAFvR2gLN3roioM3V3ZxAb+/uuFfWVqFduby+1RT99QYUrTRXgnxl3cNWfDO3uVbMWteyN2W6dg8Yg0uS
mA6gA0tdnJmB2lkGdunglHAeteFha2aAiXZx0YcGgcNdkM7A7gWXHuB6XvdRq5txf7ewXpoPRkdDezCKmFF7DI7iefMen3X8
YNa2Ti5i7rukY1n5hyR5dvyYPTiZLL5cfM3o4Zd4u88+7cYVOFqaujXHDJs2IFZD1rhltcMqsh2kQ3vJkL5xgEdobxPvjOzc
IrBbjo9mYW/q6Lq8hGHf7sBWrAHf/lkXDgkFG4KIcnwy6cJIqMXpH9I+EgUwPOslLdLS/XPfiUvOX+pDw4k/SQjHqL6eQwTK
Vmj4EqEHcGAOSEhfhNhRaJDhEmAIyMTuPzJf4b7/MoDaoYFrtjhJFNDIIj2EnEhKIbZRi0E0PLLLALaE7LQduJUE4fuy8Gqp
VvCTBGV7tJAwvGyNLZJyoA4W3LTFagqLQqjryBhRZvCZz0YOxQIZnmPHWhKFRIKKXtGrchGC6AHkqRgdIzMBiDAd0KFWYmk/
oPGYvS9irvdj/0KieGs0zIv3wrU1I4QYg4TTmEYwgZkLXAgFCy+iF4yKMTGdYkG8e/HaORAakKgXQUwIRxAJ+6iHwwg+gQ3X
C2JidQ0otkUnXj7I0hcGWAIbxNfVGilBSIQojJIFnqUBjogYpfshgkEQJ8RkjqEY8EkYGLxhoCHwgQDNINdEURpn8ICUUQ5U
2Rpc5USCkAnAY1BqM0U5CRxNJEr7CZ4ndkoMKFAMhSQTMT9nU1RC4jJAiPhY/dOykaMIJp1bA7nASYolHk/JqbeguLGjyRa2
SvJysCmQW1W0kI+q2zRVIHMgz1MyBzNoVmCpa8W3BVGU4gjgMoLMpqQ4yBA23RA4OUXxuJjgaCzBy7E6U0mZFeL+lVMMTuAi
I7JpQUQFkSytNTdKqXypmdmtlPK12laiUqimNzOp5L3MurwiNTalldpWtsZvbcfhUWlu5SV5s86vbNbjJc/frJ2+GJxOvvim
j6pLoncWjs8j0Cq9cDHpYZacthdBvjXunaKwQk2+Nhn75fzhuK+NJvzl02efv1oZDml8GRzNnpy+sC/Ota8V/cI68J4e/HY6
ikz9WTDqLKYHL4ZK3fxMnV88w6RT5Wj4chkNHi9bJ/Mp0r/o6LAfOMb0FWOauS8o6BKZTKa3Plkg1KhTwrrzyOwErfbD81NZ
9RVQjsnPGRqQ82w+NhR7dfbFAIkJyIIn0ywXuj0kmjPGILU2AFRGMWHSMJGZl1iczg2T6s3gPh6yy4hxWcO27P6BjhjzPudZ
RDA3IzpJDxaRaGOaLiNWPJxjzfEHajyCvIfhtE35NPft7xvAmAoMQJJwxMfO7M4CXzfZDmoSQ8iScKAHU55tYUYYSS4+q0CU
4+H5RXTsehEqI6iJ8g5EYy4ncK24CETHQyLdnQ+xdZfB4Ow0jpIAZRDXx8MD6iGegWDWIZmWKUo+HiEQcGKxs4AdgghH/FRg
rXMsFMAojaXGMBFRgS4YjBegyNJ3UZOCLMRzI4MSCAYjGcybOLaOxK6tUhphsxGNRCqJ2E4IUF9AEI9AIhyHUdX2bRwEKOsE
ig0ADFA7Qi0EDQAReAYC4BCK/G9t1IcR6BggAgLbiCVwouARGELm4tcJKMWINElhLC6SgVzAgWjGhLCK0EnWQWkPT5GMFIYU
xwCcRzJowCuwkMwxtO+RMImqBBSGKxkeB3QiL4JUjSOWQYpmXJwmWA7l+YyPxLKL5osayK1tXbm/XSQQqrLzvRVE3izepyoN
wcreA7eyYqZUvMZ+/3ojiwnpenC92Fy/ejebvF5FNjL11fVSRib4TE2Winy5zhTZEidieZTN1AVe4PNCLpWKFy/LFaWI53I4
K0o0X6wwMZ8xBMuWoxRGJfz863fv5LdK925X7q1u5Vdqr2VKd7fWrlbkvdtXbq02cmt72Vv7ldKtZnO3vpJZ3b5Tk4uNZqZ2
625pq5a9W1tq84ltjiYWLksxjVlTcXNGLSeQYCzqQWBH2ES1oqwL86Nza8TOBkPTSGhxb8wCYlptT5HxefcfDj//8LefHCyV
xy9evvrs1L/8+QcfPDntPfXbi6ky+vDgbCyOftd7/vPLr/B/OP9k0mq9ejR6dTk56A9/e2TPPn32+eHZr56dPX9Efn103P38
y5PD498eLC6eP1Y7JweXj7/ofPqzv//Zh+qH/7b3M/g3Hz6af/nl//XBwavfPv7NN9bf/Epn++d621cOu26Av9TaSzXmkuVY
HeOdxzO9R0b6EXE+vnzeSZ/56HN2MOzbXsgsnyzdZ6bBnXyokt7A6fbp05HnnD+b2knsd+vpToAPg390/+/hRJYmARv8Vbv3
tZm2ikeIN4CLNp8mLI9snyIL/TMWmszGfT/qnIa2TU8cbH7EcOf+MoCw9EUvHRAgptkPsWU7FEZ4j9VUjYylyA2MpaIG+thL
oeZ0vpxDGdv07JTrG5qFxrCx8DTXXczFpQ/cKMlFhOKBKTnAhwvDDbxjYEYuMZctJcva+tAKXIw1gOMLkQIpDE1YiOlF4SRa
xucR2r5FqgvMZ2y35eoLm4jmQ3VhBi7CIqGeQkM/gklCcKHI9n0C9TndLvhiYEaCjdihRdq4qWF4QFgE5kUeYlmR4gUI4QQQ
4UHQjCLiWpI4iMTQFOkBiKAlhhAQQBED2fE5RuLccmyT8ZHjtZFRlnKJJETGtEuZFGNhkJSQaYHOO4VMYp9Oy7FuVeJ0y0q1
a2UugVKplQxBF1FGTGzmsTWGbaRhQpISdopECTadNOjqyurWem49wVWKd3IbxUZl/QbyfaGYX79fyOay+WwlI6Wrt8qb/GoD
eS2zvbZyl0sWS3ReYt6u3S4JEMvzEluU8iWumKzFGZijpHSWoWksVxaynEynMmI9J4iZtIziJCvFhohwJEXRYhNOcmSWlvLl
Ii81qvlkPV0Rsnha2MgkeYnnsvViipLTYk5YbSTlYmYrKeRLiczGGpmv8KhAllMpIZNpSu12yyFRZ4xEiZim/LZMnB/ZY2OJ
B5tK34ZKnpJdL0tezTmDW9Bi2REW6stF5F7kDED3seXFo8Gz0fGXP//oaDw4ujwbfUWbBycPHp6rX3xCPR4+M9STy8+X4+nB
5KPe6Mw/b7/QTtpfz+3Tz7udV1q7NXj2q7/7xaeffLZ88Oln4+cfPPztJ51e+4NPPjlVf/63T58cfXjq/PvOP3785ZMXT373
f7782/7v/vpXL5++/OgXT3/3i4d/PVT+n08GLx/+4vPLw8PJN59/c/qbJ4+f/K5jn3/56ulXj3/9yUefP3u0+OVXxie//A9f
T9uTJ+on+pOHX8ffs3M4/fjw0c8Gywe/DnutL148f6EpTx59ff67R+fQ+b8dw//7sv3lweOD//nlxUA/O1GUf/Ps6ck3xIny
aDp+ejI4iydQuRhfHmqjg79eOmets88u7O6D3mAcHjxpdz93yf+lPW4dHxpffYMPielUAy3r/NPn7pH1N+jFizPnErj9UXvw
dGgOHvVZUzvRXs4C2JwaSDSZTpUO6X1j9r59l9qoDZsQbJikpV0G594g+DXRfanDBubO9Vkw1Sll7LGWtRypekigmjIHlolM
mJBfQBOH8ucITAKVHAMrmgGUcMfugWXPYR3RJ6qh42YrCA0NxgIfwbMMa2g0JqI6vJAROg+58FIWIAwgSAINJMmm/QijiIrr
QGEusAMJIgN/kWENycUSNIIVfZvGs1IGtdiomIQNHCY4TN0OMSnee40qF6IllCwTNMkzOIIgZJqVUcCBjFuVM5WCR2WKYQ3I
mwFV5cqbEkKHTbi6VYxlkkUyYiSn03yUkxJ+QSrXq9yCQgW4Xk+koLzsV1f21+4m66//R+8Wbr/TTO6v3/zJWyvVxhurN/5k
e3czf0P83lrx/Xu763+wW9+T7mdvXtlfQZtlRmys1L9Xe62cukmjDAHwdAzKUjqDhghBxiaB4ijKlmI0Z+U0j+WJjCTjTRQh
UgSaa8LFDImghEBzMiHlyDg82ERNYJhUusgxeIZeSYoMzWJiSWS4OAByVCOVLCeEazSfqIpiaVMslwSKZaRkSpRyDUGmM4y8
sYZxrFRjYkAQrpRKCR7H8wmByuUr+XR6rZxJcfk9tJAsMclSM93Mx2FAFsRaGqSuLCumpR5pj9z2aDabgARdaIgOayvk4AzF
OVWgFfgw8kx1qdOYlze5cqO0e5+AHYmuzAEcFAdK5+nZ9BkYP2yfnFy6zgl1fHgJHY7Dxx8ea5fPzjr9088XB/94evHNUevk
5MI+eQB6LweD9tjodc3L9vnDr158+vjpC/bV449+/fib3uTgs5d+Z+KeXfz6+YNHZ0+HHz9Sv/jy775Rvzj7Xefr44vWNw/J
6eKh9xB88vPJw9mJ2W+fGi8xjSO7J4OjFx393J0snuijkTU5DbvtnnowXSjE846uhsEUMtWjvnPsdF3v4vT4cEEVHqiR9ty+
NLETcbTwpMHItnsuH9OmfjzPzRfEHPJciufdyfgodI2lp16MfF1DnPFCu+DDGAh5Nta1jkph3sIgfXUClgSunnvDxSVg+Xlg
hDA0ARLrhZ20NncgZa4vLZS3x7EDVkBpJlERHAianKhWA4iC7WVcC3jUl5fKMFu+jpIIRhOoUEeompcBOJaH3RgKSQxhgJhw
mJSaF8L63YRaKdxk1fV0LNuYt5nIagIJeWt3aEbMVK4x2b0ta3eX3CtJU0qEsrt1sby5KpAbbpH393fsfD0witkNZFgtZVwE
Azc2uSElU/xe86dYMiOzqHPrfi2Vh+6w0FJK4owoxs1QSZTyDL81f/Mt5FqSxm+/Xsei4vcLQEhX3vp+hrpagdJ3bqyJ9eb2
DyvI+99rJhPuO+ts4149c/P98s6N1Wbq6uZebh+q/LP6T67dFN57/63t6Mfv3kht5F//yY/2mfdfX+F/+OaV63s/vfLTq9V3
v3vr5pXMd+/f2Xzjze1/9u6V269df63247d+7956au2HMErESk1WY/JmZB9BQRVF0xDAUkTURCEIzmEgWQEonPARKBUiBYCh
AIuvOgigTJkDGEzkxCQmFSGaSSUwFAGbNNHEAFWl6YoEUqCBRYkSwYEilYfyYW4liUMBKmAxIDjpZhGCsbAM8RlDQUS5gIgR
7FZZSHbGZDkN1XjAW2UcgQVSQlMzEUGhRCpBRJ6RiTWfNfyyDEMUlXPFihM3fj7GaZ4KN6pMCbb48iqznkJZr07k0jVS3imp
aUEgEiWBwX0rywugJvgluoRIjuMBxyQlkkmJQobEaktDRorJW4x8J8Rs2+MQNRRRn/GXzo0oDH3I1WMdpf2wEq04GQVjaQe9
SFy3SXPG+2uOd71Kq7RJJEUsIpMLGFdQnkaBhFLpKNRsU0b5YppL4TgS1vTKAoWEAC9A0ACn4/WASG/OkEpiqSA4Qi4tSjMX
itFPQAxI2HJAT0OXX8T9kZTQZca3TAwas5q8jBaDB3YselHo4n12OkaVpcNO3SEuj3vaYPHiGcQcZl/Qow5QgXHZ1/oZWzcl
MBeSbquuiDZsDA6MeS8w4hW6zM4vGm0U3XxJL/wwGHgT6MFHpZVx7iGmboJl1nba05ZPmYaSNlI800Wi2dTUXX1JK1Z7YQeT
/NOepWiWcrniejPRCPrUqZXhdDhgAsvRFy7+YvDINGanKIM1CvwJ8KZKqCWNy+Ul0Jc+MklNlice5s+A86qNG/B8AHRb0njf
cIIlNuq6bs9VliYwZzAeJpFJwgzzCCTDVpHYjCCoYjYJbkAUMTOTw8Y4zlLptLzVxG5QBJnyBTOQKdZGwgiGlhwh52EYGnTo
oQrml8IgOfBhbEZs9m0bx3PnabjlJoTkgmxrTdaKdmkkIBaXSj4Emg80YwzQTJbeCeYKZLqI52C26EcRptOZWJIDLKvjtupS
UH5BhA4W6mFNibhA1xTKhELNs9x4FjAQ5vFitV5ukqspMkNn4+Fe5YuFOwjH5ktEKUfKpNwgVjDApNOShFX9+s42QmO8yCOk
hCeTMh+SmUqNX5G2RJEhSgSDFrO1+k1KJMppcStPpZh8iVwTUS6TTWaJPFYpbcTASyVYTOLJQi7JoHgqt8U3A6ecXk1GMk02
M7S8U5bpZr56S0ALpFyVA0aUuVKUiMlipdyoyTQukyiVI8OijKsIRm3jKe5NsbBVLXIcVbouZ+5iMltfZX7CQDXnaobb3WST
d+tAToXabinPEybEuBBUK5CNHI97/tyHqFcfs67q9XBn5rz4atBYhqGNDCl3ed5+5Sn/7rzb/4X9ZHZOvTD63dn4aGg+ZlQt
aPGT9oOIFxhSC63RaNpfGuFCkQOuZHtIye4gC3w0jZZe/8nJMhLPsqOHjxdhsZO1lo3qEnKPDb9ycRFnEUG3ycAzl3MMwox+
Co8wU4VLy0qSJYMZ6ri66RCpjFvwepAhNhDF6mQbZp9/4XACEsqOu1heaM5J16EIYgidEFAbPv8ixABkTmOsB4uuTzBihzVo
0yM1hoK/mT9PLNxLMyRycQXK07mlPL88HIVtvOvMll1ePwu/nkTgk3wn0MOBObF/+RmXO0NV0ThVzYkSPnr5BFuqJyO4D3z3
0pqb/rI1PRvl+sGz+dmiP+uN/dPzmX5hnbsj2HN7zIuXxkyzXEofDOeLvvvoVftMtU/66sKlh+PpoWFpx5D5SjxZ+nBHm5QR
OGeEU8OB2GNYjdARsHF1Jln6PESDsT2w0a55xJsTqxsNiEucHXah6USNzjgnrVkG3RLEUX+QcbHZOtS6wDRyLk0S9yh5iJwv
T43ZbEl6i9Hpwpqenka7LS0VefNg5mKU4nk5FwnZGSUYg4C3uOh1ZKbDlKBhqFhGwv49y408DZk2vFhWoyAayxCvh6VgSMdh
gawSCdhFAS0HIRTct9CgKibu20GE+T5V317YMHzdVNc8F1PAvJgNVB8HUCppeXby2ua7N96sX7lx9Xr+/l6dv1NO33q/3qzf
3a69sV5v8PWb9Xs1sbG/Xcpsvk2+dv/tYiKTKonlzB5XrtRKMl1r3izt5a+slvaKm2levFJdXb+/WUjsVPfuVflVZne9/sZa
qbK2ciu3Whe2N69credSopyRN+lSWsqWM7nyfqHi0fuZrTqKicxeUyPuNmRpb7f8vc1ww0pVyplkNtvcyqV2E/7KFWQn4/j5
qOTuCpAgpOZZvrIsF+Br1bW1JMLRgpg4Qb8fYdXNOvbaGhKYHAbVpVwNv5NIhNLC2oAMc+FliBU31yBkqTQ0C+p4+0r3gwLJ
aK3ViWY++XdOlh5qLn6AzKiXnefO0V+dKfP/gH1hPfKfdAuLR2irZx4lvCHahqbgKww3Xd1G0eGLRddeWAvAuDRKQO765bA7
FJYeYpvjg4NT2F+y3ceazSSGaThK55am8sRepNEg4smXzAAtgy4XZRwTgRKenUsu/Ia4hXJJGQtgRWREAsl5yVRB0CoSZzBu
Mw9L5CGcrjVZBHVn88MzcdIJNWF0xh9GDBRMP3G8smqrLKZlhr2cjGdVF0qIQ8p0NHA5ahEVQ+ENtwdng7E2NSYPfnc4I4PF
pP1sMJ8GzvCL51OjE/9Ydmh5S2h2uNSmWuBOvmqZypgaHb86cY0z9PDyoG34w0H3+OLjy0FXbfe7F+0T5bGlLo7aZ2eTF8pZ
152b03NtqT5XTqePjp6d99rDo9Fl9En/sn/2YvFp7wjyjg460HHrot1uaQNvqB0Pxu1p72TQ6njmpH+qdHrG44vpbHLW+roz
XPTsnh4//Ko77pz/fDk7Pl3CsN1yLzxvPFiilG64Omx33RE0MZD80lFDWxoYOBt0nHNhqVBAp1T4ggjNE3sxlDFqKIgYh6Bw
yNYtJE6/MCMZSSNIOyzDkm5IETIa183qqtcoBakUdM0jID9DprZQGSPIOziSg0N0YiRprLwiSDjGhyJMwAL355QUbqH33/Fk
UJUZsbQKiKb4PQDdoAMuvC7U38KnIO2khe10Qth4c/9Hu+985717t3ZW39hfS323vHfjD+tXd965/uPv7l9vNBr3m+/evH7r
/s17zZU/abz/3k9WChuvX1nbXdlt3FxbvS/lb92+sv39t/9ga+fG5rtxBb13/c6dH27uN17/7k/+6Madu4mbb6z92e/dvPnW
1X++svmva298/59u1yq/39zYfO2t7TuJyus7gdcQUzSQ97ZrNdeKjTqrUmyGY4Ra/raD0C4Bk1SiuVW+QqaYmz6SD3HRNA3M
JXcYb70ox3o2npnGZ056PgqPFW1yfHjgwe1jFhqcZFuXx93ZmcW5kT2YP74cq4vzyZMD9uygFXVf9dMHonvytZ44pkTGM3LP
ZFvBUn6gDZBGH3C6kpnTDIaE8Q1qR9H8U780Lbosi18AjYtpHLKvq6WQUOB8TOmsgJcMgAAo4tjVkOQ8TMz5UkIs0HwUZlA+
y8CuXGAUmEVgJ5VpcjJd5Q1M5kSfMmYO2rVRnQlDLCJ4N4sQPIpwVEgGDk1htAuHPiZZiE/iHlAMzU6yWIKhRQSYEFlAGNcP
7H7PJWXUYvzAWMI8i1sz0QHx2SRQnHW8POXndVrAOC32e4dwvLEFBD9pB6pHhQZjGHo41I0Qc/HRUd/r5qWFcjxSjc5yDvmW
B6k5P1IWZhxbg6lqEnNZdVoLDSz/0VhA5ymGWIx7k4kDt5BOeDrxZ1+70YOoN/9i2HvgwqY6UifIq4lqnw961sGhFjszZs/m
ZqRqZ/7RSw1XOvogmKvKoDWdqsvefNiJS/bycHCkTqfH/rmpDJXuaHHxahwf00GH+qA3hLraUB3GTy2mGmTrC9VSrbCtjaMY
6tDZK9X0Li6tgTFqT5yFp4VTAJxhoNDolPMsb6JMAWwt7LmWtFwsxC1IMzQixHl4aWKa6KPYt28aCCAQbKX9OSTGa1nATAcN
a8BsTJEopDghbUJBDJk+zBGITKdXyq8Vxat3hKaYTRT2RC5zr7bG7q7/4baMlBLVlXRyd49YyZUT+I/tldeShZjvJDRdK71G
bZd3hGvffeO/eO2P33v7vd/7wd4P7tyu/MHWW6//yb1/8vaP3v3TH77+zv1rjZ/cev3e91//0Z3v/t69//j2j/7Jf7q99cY7
71199/69G9+5cv+P86VCvZJZ/9P35Nts5UbhFrEpvX7tX9784c0fln/y/fS1xo1abvvu+u3EH63+uHTtn+6uFLfY1O079d3G
XiXxFpy+VVj2Zl2iPmguFZvwrT4+J6F56M/7pt//gaq3HAFpi6SJ9Mk9dVZ11PF4PBrbRn/exwfa2hwhR/3+wbJ7nko+cpT+
YgFPvmgB9mK67LR1HBn0pr2etQU/OjtrK081b9SZHz3R58uH6lKZvOqP+4faQjIvbQ25yJzPfmsaBtD7hORaFhIPzDM7TseL
VqL/8fHo7NQH8gxXJwEM2ErIgHTQ9m1g+DBsEnSAtyL///uvZsrkaCcuLZtckJyPRKgJ0WcWIiozG8JD4Ec0BvMSK1ARhoY0
LGopIQBBPARExLMhEjAwJUMzGiMMgo7vMElBACZCgrVCgkH6POIwCYimKZbGoVh7ZjAFewRAuE4M9QyMBxbqQDiaXNouA6QK
EterB2GZQphimDFK4wGKQaKlT0MTWGHsnktI93kGAGYR8hDlJi2VCJYlGvedubPkcSQVGV0LpDXYwYM2gwcegUCOHIogRYGp
w1KsykPAUQ0boVmF7lJLy7MUB37Cj4LnnnHioEE852HctJ7QCTChrdqmZ4T+AuR9xFBC1aZhELkm6voLK/bwBXBpXYEDxZ3B
U8ePq9eyDTvQAyFSp5JpQKwdzlUj9BYOhgfluW0RdPy8peHG9P/l6D2CJMkS88zn4rmW4aFFZqQWJTorS3ZVd1d1V2s13dMj
MZAzAEEQXBgNBJe7XNrOba802+Me1mjcNVsayAUILDEAgRlgBiNai9KVWakiQyvXWq4XD3nIcM+M8Ofv///vj3B/kRpe6IRz
zDOj+CDouUHa0SPDy/VlAHfee2xmaIjFNq47DshiL0Hn00DD3AxjFiBCygG1iGQuJgrUDo7atkiazbVKccrTEk3YSJHWCJkJ
KjpXYBJBFBACDRnN4aiMKYEz0kKb3RIWm8utorJe2yRb29iSsL681WwXuUiqQ+Rss7jTaslJA5Qu1WVPWuGoUqW2W70ptKxX
v/3c71384O1rL7z63u7NG7dX3l754Du/9crX3vmdK6/ffv7bH9xefOX2hZ33dt948YVvv//eKzdf+83bN9+58e2b77/53Nef
33z5gyXy/KokneUW0EBZWaHClXrpa9RiNcEqS8T52uUlebWIVnbLPiTffpFo3JCkZbJReWYBFxviBxW8aL9oAyoo4MOFGchd
nxryQXAQLexHqgunu8rsqEfAAd3uRjoX9TrLJ1LNPLV7o4d+PA2/nDSzMdLx1ScuzBb6hvVQDSYz9W+1xUqSuPT+3a6D38F0
3y3e/dEX+hz9qXEl1MTEiQrJKNOVzj+k5dhhE3lGC4z3MDjAjxLyVMFEvLTARmN+dq9l1310mmsO+NNHh1mY1JGwAPN4Ywmf
Zkc7OAdokLLD0CsTfvwoFWJzTIYpSwaoaQHoRnOTABLiRHntDmY8gSIgxXCIYRSV6cApICwccz4DmAikcT5NGB495Mk6nuOm
Ns/NgyX4EuATRyD7GMLFLGUHeVfMiNSlHSBQNs6rOu5jBRcsxRXokgQy+khOSDyrwe5cJj5KUxbNiHwHxK5aOJ+jLhaEpGDH
hIB5LsqJ8eQwoSnaIVIrkH2O5F2nFvAJbiNejCLdPs+hqmJBfiSV7eAJ9DUzQO0IWF6hLJJUPcvwp59IY6Y3hpBDwACiJO1I
KfWYAbyVxicRlaW4QZAeTGGPJIQZYmWOyuEWItBCWkl0hxdjX7O9ETL2x0HoZBGXt6zsHk6iU6ygggyHToQjLBaNTLwH8783
XZTGQAgxBoX2vPP0kjU2cSx0BpwIwxKQEBFhPsB4dELhHWhyuWEFYZzF8wiFmBmDFPA0xaPM0wt2YZgbJUbIAloMsAKat+mI
hLiQIUZKU7NlBvIuHzAcE9ZjsQ5DmUx8hpIyjhNDEgn4bQJJA5Nna2nOPGdWy/WzTayukGvLsE1UOObVa8+ssivYFQE59+66
8GoJL0Gp2LhWbtAbZULmiOpVbiU4W37re6Xf2n3v9vOvnnlj53ef22i/8ex3/vj3//D6i7+5c+uttX/+a69eeuNrV569eG3r
tTc++I1331y/+fvf+9q3Xv7n77/8vUv/9IMXLvyT7ZVzW5sFeevsZrN8ncCv1q6vSK3Wpc3tlxqvVK6mrzU3queWy01hkX3/
+dpm+cylC7v1s1vLrUqFZmrvnbVhFFARvVWudbk54ZFJwhwaJMNICTMMVGTixojsQGdvjhAVr9+aoTXOGaEIchKjh1Fjmf3C
Gu8dHgXaFP1cvX/HDXqn6kedEhKqQ/En/d4R3UsnwWPyC/fR8an20/3mxA9HnaGAdo5s+qPQe3xiH1nZiRGgupX9wiaz4ASE
qMcFrGugoZ3qMpGm6MwL08/278mzIIks3dVEGdf8qPi4GkUqwR1hRoyFJBYNfAxHHmpY0eME7HQO4MNUjWCfBacpvb8fhmZp
TkzDNJorDoWkXsE8DdDGXDUUCcuKFO+bqEjjP2VtMeEXmC/uE6X/sOAw+SZ41KodHD29lTQUyEikaJcVwgjwZI3nqHlIcqUI
lgKi7CvYOPKFpKKVW76WosJfVIQ4zR8CkOtnA2ZKHTBEyoL4IJNdFuLEeUCT8ydEmmnGRylaJXMVOCRvLHDFMBel8HEhIiAR
ojphTXyqXMh9AKCYl3iilBJ1lywdOZSf54Bre2Y306aeMQZZYruoGM9BiuTW+CjLEiqySLOTxxCCO9SAi8cJJWIpwAHip5Fj
AzwNH4NoDub6KLJzDgjxKI5VyNuqKxuRlVAGBh2eySYh3yUNBOnFT28tzjNvQk/RcIiieGDHHmI6jOsmsZl4rO05Uwd30mky
jOaeEyBkNIox1A+m9okV6Qn0AjSLrQNooUnsm6QicXIdXS4TdSYNUVDdIPgyCXy3RYoCwaULJFCIErWVDWhuEacYBS/EDaSM
0WSNwakWXVpXFhGvpVwDFQb3c82qG3StRIuh0HymLe2sYDTFbl0iFETiF9rvlLzitXMXFwuNYI04g9DcZvjmW6XnLtwulT+4
9O2d765Xl8+vvvrOq+cql186s3D9hfdvKed2X7p45oVbS++3z79eucq/8erlxXMrr1174cz2+5fP775z1UZ1CHJs8ktzPkYF
miIYRcihuO15lTTmqe2o5BJZSiptgmKzEGNW3caKkOGeCejF4sQ7/sVpDw7U8Vf6ozsh8B7m2C7b9+2Y+7yXzXsdHeiIPfnM
7ggndw71Ay84GMympm/3nxx9pp8i9//i5MPOoXcn+jKb2F9Ig/Tn/rg/d/3Ub3eKSerezcFFV6RZcr9Q/sWBbY2drp5B/0Hf
IPSBe+IVhe7cd0GQe6gWppivHiNEbpooa0MISj6cZwEyS5ZPLRorjSdyaJvhECMa+lQng30UEgIeBkiGRwXOk2MFI/H46b3p
dIb6WNmg7DTzy8idrJDxtawiTxt0xlInDomyJogJEafLeeZjvBsV0gLLAxikQhj7p2RIhJjetFnKhz7vWblLu1JKEycQ4IzV
OWBAZGFYVskIiPdhrvqwb0IpxGfDODNi+SEl0i7F6l6D9Jh57BLdOEBo+BX0hT5O8KcAMRIMmVv9IZt1vjSzDmbcJfBoHvZK
qmsbBF9scz6+9qFL6WIacjrU7x64UdQPKIbwNYCITy+UnlPOwwQStuOpPzaGE884mc8nmGMNLKKI9bOZEd/HHzzCLNqNk7Hq
eYGV9rAPidlHRomFwAmm2nQGiDEmZvPPA8tCJ8e6YYd2dGiDLDxM0bk+89XTeEo5KJgngmMkTD/ykvmRgUYQwYA69BzU9/NA
s/wsZqPUjHzSShgLi2E0tRGAj+KeEQVZFMGkl5G5aBGQ6y5E89PDZHRC2Fr+bxKYpaiCu4piJLE0Qhkr5hJLpNkoCjEhP0ou
o3Ddb3AG7YqQLhGWwC1SBZ720ajkS5SZrb/09sXq0johl66eW2i3pDPtd6TdpYWSeKP8/M3GxvZiW2FeufKueObSu8prVy5X
L79z+doLO9uta5vX6nl0bUVJ5IU4W1isAFRMEidNWnWEBmS7WJbZVQetBC1xOZDZOjUzY5IBaUSxmE+HBOEXeXuJMeengXWc
kWZizngfH3paoRbFNBSyRAyoIVmxGX5dxQEdjAeqgwzmvljJ60HXQwZ0mOra5M70oX9kjffH5k8xPdp39JFm9kU3HLT2vNEJ
HPZsw/xifDed7+lPZvO0P9K9+UlXMw9/7mjTg/70sHtiP4E/C46de3ujwzvJZ49PTMN40BtHf+dPPo4/Ge0/eHzY/0u/eKeD
eJ3xODE9+eBeFBp348dTrYeHpBrcVzI2P9caQllwCIEW1hzDKTxxMbNIIrE7LzMQaZLeVDRdc46V1ksBxGBmearCYpPQRFCR
TZWIoikRx+ZxYj9dTYxaigPaLghZBryaQCfQBBwb4LbeYQMkwTOGDQNj2UeRIAtOfSrMqcrH8lSwjmY6auBjWCrkncaAWZSm
CpBQfZra4yD1BgP3IBeQm3WHVVe2AztCjS9UlEB8x3DVxK4aDBloGa3D1dhm1HBCuGQAOOdxSh8MI3zKucbR1DTyAf64xQ2n
xvDnmNHNG7UV3S1nM9uQWWLDNeLmf9Wrj1md9fOqdDRyI0NV8XukdmyWEZiaySztHFJp6tDh6E9tMyCQA3uexsHw4RRkmR46
GjEz5r/C5jgWRX7s5yUuD2EH6Z6EdIz4caRZJgAsQCnbmCRh6tn7U30eJMZJHPEollge2ju1+5iBhDkyZDPnGFRjHMu8IIUp
EmGIlh3N8Qw+fLouxtPblyIzjljXzQ81N07SCQA6GSDpFEcJI3ZNLcyrJIvPqCikUAqMUTvLy15Koj0uysMiYlk6KmBkErKp
gFGpEBQylIhEGHk4pHBQo/DEkRW9xZJUkRUkBeNS2a+IopQ1SUUkqufLi1VlRWoyEiEItzMpIjB+o3SdoUlhuQTfXiuvtvmv
l+Fuq7JWaYAlNickid5aqte3vr1YETNqeef6cxs3ijuCLJSk8+vlZyT52tX1+tYuxZ9v7Lz3fHVldfu2v0qtV5SVpeIybNDV
jQvt3SJ44yoKdrz1QgKriJJiTYwJ/a1McD0ENtCwlBR50ZcwZZpj9swBgOJ4YEfUuGKmCJ7FHBPBwcGhP592Dz7pTO711OHh
YL9vIfsH5vGHn/3H0fTz4LgzP/zRzyd/76qPO/8tOXy0Lz9WH6gnYHByqo/GX/Ric+ge/mr8V+Evrfl+fzzX/rFz+u/7p0d/
fdD/947+ZDIczHsfSf3/dLdzcvJnoL83AA/UzqyTzv2pevCLyRQRQ22koXZTpdkZLYLiJCE6edj9dSDMcMV8eiGiZhc0Bwm/
Ih7RMwRRkkLDDWKZ6kfZL1IcyFo2jHmlHUIqjgBKDqD8mJHiHtWYQhEiUVwSUOCKY++w/rlhmSmgcSLvnyXuOMGOmIwESapO
gqrCllM7QfBYMcFXOQT3ydIhdhrZIMyUqiwwM4Hx/+xh6rsIM5v7cexLpMezCmKpT6zREQybh253z09RbNaDDgoTKWcsPw3x
nxuU//ST8dNpjH6kms6hieGyHTvkVO12gv4v/PlPZ5ZGajPTSACq7Vke0B1kFqad4eGnpEeEgWsndqc/lAeAwjo9HUc42h2p
yYcAYn7uJ45mAiOzO6PpPHAd1QqLKKmmPq363jzVQeq6TqQe2VMq9GRuTuYdD0HQiYN/EWcR3y8kURS7nj8f2Klneh7meSwK
EhfBxsMMaFQU69lsZhnD2McZg829CnejIDaCpI+mXHof8aMkRYIQYylAGh4QU94OTBMPYSqSME3yXxPVtWIhmkauAVLaVoGT
AAKnUyKg2YxzK7KMrkGZJnEyJslAXm3CANCQpaV1usAiZwpckDc3IVwSEomv8okksgIQPYkpkQ2K2oIYLzeeSZZDr8U1GZTl
xJdw1odIsBlu0izvXSvAa8Vqs40unCeLddgCTZJUZJQgKjTL7TSfV5AGRZT4dL1WW0lZZpWiduKwxsMqXCmvBjuVWrIchOVi
RaSR1XihSHCtVquaK7/EV9IKzpRENS/Qvrc2JwpLXKRLw8I55tCemQFSl11ANrddZYevlXms4RWOZTO1t4kcaUhfr+8Qiwl9
3usdH89PDh55HybCfGInPUucjE50EBwxM1u11dKA06xGaWjjQ/sj7eB+nwn0U4YY3lXNk9odm6bj4cFcv/PJyd92Ow/Uo1D/
pDP+q0cd48vxx19Mvf7486OuauH/8PcPp6r5C+Pe4w43GHSnX5knD0u2Ov9ld4aN7QNdO9Ye7GXDiTOxfxK7v5zo4ae9k2HO
j/Go6x8fHv/XwV3Pwu811P05ikfBx6fT9MT31Ce/IuNYkxw2S9IcZ/IiMiEHuNjBCWJqRXMkzKRpzpeO9cjdQyB9DJNpKJdl
7rPMlEYU5s1GBTQnHU/HC9AihoKNuYmEijjBYgyrcb6fMQmNl+rRwPNwgcrDgjBjhsDzIgT9Eufl4Rg6CMIHdIIl3hGKyWO0
AgmOopgWni1YXMSSBCHT47HBUCixkqUykgFcSjAfOZjjpATmOFRI4KFWnFEE6rEpdEi84iIoOeatPPUxFvfjCYXgAcvHFSLl
kNw2JcomoMGhqCghNJLGiIcnJpZEIE+5NH9pZJanUeIpqAmyILUAR0VemvMCSGIkjGYeTvURP0wREvZIAOI08wAsEBkkAoIK
ybxkZkjqYCyDZhmksKfcqGO+k+BmhEZP30QmsTgGSSHFcGaWkHldyBKMoFCWYEmSKMYZyzMYJvGKiPF4hYwEmYnzYkBBERc4
As+IDCmQlJwgDFMsMUWixjIc4TNKWSFdhJc4dixgMb7RWCWAwK4o+OIlQtZQjmNmLCXk+1OknOJxuUZxmy7TurB7491bW80a
eXXjB5eElWeW3yjsrFbi5pvpC8vFteqZq8IH11sVZqm2TN6ur9+8+exy6dXz0vWlCytX2wsrtY3q+vbaGYHbPvPcWnlr68wq
W69eVOrbZeRCfauxzbfa21ywWl3ajJbPNIRSa01sFBtnCpuV1o5YeuaZUopTYYwFtbPpQkuJ6oLArTQh1SpL9uUSs1BeX8Za
kr8hyyXe36hQdoBWL269z23HbDNizoRbu4jrPA6M0ZP9foruhR1CHRc++3lvpN7pmydPl4mYG0+e2HX9yaN4tPfYOd3T5h1n
qNnBQVe0GkezSHVPJuOTL8aHH0/3H2lHc+PvRuqDg37/Hz/+aDyzB9YX2l6n+48/efKR/bjXVY/2VN+wjb1BVx3YzuzkWJ85
c3+gHk+0g7HfG8xG3j8Y2dgLtF91O4c5c6WP7PHJ559/uP/F/LR34HlHZkrgaC7muGMOT+8ehZZvp7rqJrNAm1neWMWPXNEM
kf5QG0303IU0f85pfkefxkDNoVbLkUYs2cMInSDJwLdyJgvTzILFHGNHWRBhfJdFuAzRcxodeBZC4ainTD3XsMtEVHYzjA8D
qsEEGZYCzGU9P8k4DIsxMiLzYEIhzSIBJqIxlEgRwSQCRXEfxghOIhwSNVKcBmlColQekAyFEBT08Lwq4SiWhzKBF7h8xhNO
jAZhloIYRfAwzncgioyAIaGb8HHi4Vnoa7QPMxHPZZA/gkR44kX5qMQEwIMUJFkaJnGWg14SmDkQJBgUMQ8AGEdukORNlAoj
z4tcqpDDg/Pf76MCUUzQ+VPPchUitOaLkZD/BevlL9wr5DGrYQKRahmauwMGDCKNc05EhcTFOKZHsDiL0sUYsJREU0hEsCJP
NVCOoZFqQInKUiEstRFSjhiy0K5SlBwJNVzAAFVUuVKSBGKhXCjzNZUuMruswqCV0maQywyK52uCgAuNhRIhFjiZoa5UwZIs
N5s8I7fqAYeSHFeVI/Ls6vbWbnOZJduNWwvbjYsL7dvgneJCZWW3tVwsVtZXq/LS6ts7W/LOOv7G8tnNlXfqxZVVqabUn1+5
uFCjq1tL6/Xt5oXtza3yZnW5co4tbp5tLDdLZxd31tcrhcpm7cI5pb2z2Wy3W8L6xuYCW5VrcnP5wsKSWFuVLycq1d6SV577
+tZSc/PF1/hchf7WxkajsLYiZaJULTMbtZrYfKNonCVLBYxow1KPaS5j1YuVM0hZL5jhDIt9LgKAyZCwPVey8UHJiCNV3yLd
FIeh2ZkCaFATnD4KUjYMvWCMMqKLXPPJVJ6HIMNgMDo6GQdsDlpMbFlzSgN2MEisAEPwR97wTx8ep4G2B+Ky57kcNcMpPW8I
e7Sb6L4GAi3HmcTVOAvxtSgEuo7mMyImsmQS04nT15OT/okThh3Xz1xL9/LJBsOOiU+HqWmpOekEdtbDRi5qzOcAwkA1bd3B
wvmYOgx0LBvY+PFhaPWsDAZZrsepagRpGGekHbpWGlt5z49SNzOiQqSFAGN82LNDC8WYLOMyFYQJyDu5Suo0EQWUEfGuZRsj
JucDaxrziH5K+QmkCJClIoaLdBw4RT8OzJDAaLZgYlFMJhA08hLLuiFhZC4Icd+9n/qpAQjApiUXBBFIg3ynXBgZisdRlv+4
AElC3Mvyp08QLPWzCCJuimmImxMumk7tOEopF+YNLoY4QIkEQDIPIYImGaAAUsYxXCASjGckjwig5WEFvjBLqMSGuVHg+bNj
DA+1lASZWyQznm8VqgRZkKo0wlKlPHMEiiYKvCRDDmML5CKHVXE5rUhnUIomFY6hFEgTclahUj5jFR5ji8CpstIipCiRLRci
AoeCTPkiksh8blgIX/eCIrPAEigrYXiIoApQAkClJMMylYUFTK6uKOvs8g5ebHGNCyJaRJeliy+W4rbMwNUCU2oqTHmx1PYu
s80rLVxloYCtVLkGuS2nje1zy7ca26//xq1L59/ZqL6ydf2bb65srL9x5fK7b79wZv3W5ovb21979bWLv3/mzKXli2s3Lp97
vnbm/EKjvd18Z+3G6vKZIqu0mPr2TqHWrC4UClxR2eaKFVmsNFcvsFm5tbDInN8u1VeaFwu82G7Wzp5DlpcKNIdsNFrVSr22
RRQW19dvPbuytrK4tnXpbGOhxRaeWW89u3b+soicby9tcC89d2b53MXbK1vl+s65ixt4nbiwsk1fuLCyurhJt1YuL1RLlclu
7eLG1Xp5t16+sfbNplx7XZF/UHpe2V6sXsJbrWvld/3bl1+rNs6ulqsXd1/bqVHPXV/43rMyJERiQfE24gwjEJkuFsut68oF
pEo9Y60NeZmtFthix+5stwRyQdxdKdafWYLbF3AyXYikM4WGv+0jqJqkT9/2Sy0n5aFfOd4jsARjH1kDfDSZdC37V8Y9Dcjj
SEvVEHG7vjXLZiERzCPFRy3XQNzROLQGhj5BLY9yXRU/zihb6+R7OparWc401rLIiPrJzMAsxzNT1wZZlvSB64ZO5MWYxUas
yfszNza1LDUz3YNBHOoMiG1/lrohrfso6cEwhy43A4c5rnno2J16bCs0YPx0id14UDMAwiB5Jhh+YZQQqWrXJhlHoigo5EGU
RUD3qLsZcpJidkxhSRoRfN7t6JRhENpgQlI28qzNAweUIGWkXuYEREaQZIxHKU4SgEJBBmY4mCF59NKpAwlGSgibwBAECGFN
ZCVNRLk0zl2UIFHWDrKC2GRECucYhBe8As/QGMVQOMnwEYQFnhBIj+L8Co3UFuVoSVoD6pJUzvMz3qwwIYIQUbtdQxi2sMXR
9fWsVqKWFiGBKTi/w9PFhVKRLJhy1TtbwM+sosTSxlbTX1msYhJVeO4C65ealHJl+21JbrZKpejKjRWFZ2/UGbm2VF5alpSt
+lZ7pS0VniEvvtO62G6RN98+u0FvvdUSzyzsfuN7rdKFS0LjpYur7aWza7+2Trz47Ln1xdprF+Qbzz+7dfPrrQsvLG2evfzs
C+2bQun33vqj135/7Qe//Z1fX/+Xv/vK+Zef/d7v/pM3dr717Ref+bXvv/bBW//i1rfeuvHdd/74t7733O1vfOfaB9+9/W9/
8+U3X/71t1//jW/+yVvXn3nrfRxRZIHiVlCCEgWSYIhVMq2jGGwL2LKAS8gizIR1AoIqlBMZkxtPVy3FeRQjKbyyIEUZytWK
Jb66yLJCSRBkqLRIcocoCFuitFyEDbIpCsUVkmEWuApZAqWNBgUToUXk2IEWV8oQUrFgsyXVZsRqES0kmFHPVe+brMLCNQ4h
/AbAwzLBIUpPoVJEqJMIGulCxiMlaNYw3mGVNlc/y69USwvtM60q0Vj2mSaxiC/sbJyv1wSq3IDlbVKpNVYX8RWcWC2jEn92
KS00m+cLi6WNEPGHc9/0HtpMyuTUhLtaNHsca0anRGIphgWBpZ0oYXQ00nvQwU+NU8gicu80piZMjMyOHKSxtEbg9vQ8t/B0
UcuMYQmyhWFsXIz8dVxMTYqruBIpN+db2KJRX6onTUSUzHCFEIOsnkzxRZqhK17yogiQECtFFBjD9RBhdrfK2UJlPNdnAhxE
XK2ttjzRLEfzScnWagloVjk7lPQhF+zm4Df65CQ4TUNcEvvRVw/q2TSi1F5IcI8GR4Ppz+4o5J58L+nTgc6cHndHRtqDeBmb
qAJyr55wWeXpPR2eGmYITo8XpsZyqNGNybCUQMeJJ+Ho5GIpKnfp9GKYrka2aQcJh9luNSsUoiOyovkMFB4rMEtskKY+fuyP
MzseOxXD1dP41AumXj2bJF3H1WLXZG0fsYCB6qCQsjJxF0Y9Nz/wRyNjHgdRklr+gbUfR9EwnhyNrUnYC+3uDFeNsOvkLXg+
8QwnmtMz1BiHoQ2sDoZKyywO17E6jZUIDK1UpXILwXhFjtc5rJQpRWq9iqLrRaoMRUKuFrkMhygKIZAEpYAVcRxXEJRq4DxL
sSgGyDJkaxjCKxi1gMAC2srTViLJolSooDROcwUByzsrllOACMVcOGicN94IQVMk9xUEZDENci7IO3HOHGiC5GqJAY7BfLcc
zUGSPxTldJ5haAxgRiAJwheqUh0pQIylccihxbJY2CAEosUhi3LO41KFkLxEpstUAWdBtdKERMYp+QSjIVOUiWmGLbjkhqHA
ksgpKYRxtaaseCrXktydQlLU6x6zSRANvsny3CmSlSMRmKNqyTU43C8TVI4D/ClZGmhZY41iUBObrVUnidrPzMasgmLSfHXi
yIxUbFyZpuF+05cmG77Z40r4nLFGy1iEoTZ/xBemNlehWVmJU2dLVBl3FELeInAOsTadtGJjJHtBd62QCxkE2p4uh0oqCuaW
XEF4zT8WlGzI4khcqS36qDaBqRKLqbdGZEUzngBM9yl/Gk8fTpRQPemDPGUmTpUxi0Qyok786UG3d3/2CaTHEwxlnNkMle9m
kZidkD8z5XE4eJL6AzjX9MmnySez6Z0DapkmTkNC+FBjPfNoQvh5QTrEH10hiL7qE0CMHgT96oZHuEyPF6azw24w6ycyhQZo
+mQ8wnS4AkoUhRWSXuA6rU/ahXgmxOF9r2NgGs+xiWAYJ0Hgcmnriw42n+4h5rRbJ34Wmqc5U59GmTyzjgidYLoIxaZYdwGb
hTAhf4a5p9FAiPHw7MNj2tZteH9D0SaBeZpFfztZpfbQRzBJDTcT7M70URSzj8bV0Rpf+ljOLCafTPtjYgCHRIAn8Ik985wo
+8rv2bYPOpPww78R4jm+V0T8JIzIrGf3CU+enJKn7fXgDhgagq5xw3FlP5pjiKMSejbBi5mn+6fddO50fXiCMuMKOwfpJDHU
6UjOdez7iQGzsJyOgiePqU430O6xx/SR7wZdE54ONDSl7hfNx3oc+RP8sVV1HF+23L4x23tEerqq23OjH8wh3i2pnT11qqOj
h2FfGTpZNgVbnT6SRdxJeXZk4aw8zw+hiBnu+kTViFl3WHNxzE2MaOh4UKfOOWHRZTMgFYgUhRhKRxxCVxIMYSTQZPTUYW1Q
kzWHIkTdKBlQig0vSb2n39eiRXTgE+TOM0ubq5x0lluvMcsUu6mwzZfONIlL7eqVnUIDZa6wCkzE4grbbt6E13evCIJAtaWV
xXUZKSyKPqSbK0DOvBWyseCmFFwvJFFpq4ag3MKlZUSMszXG8jhC4BCkSKdbArXKk1xek8maEtRYXoeOG1nT+UZac/lYo0K4
hLl5x8vtocblnUWvZlZLRmmFTixv5OABiouhoS3Zc94KVzLMAQd7T6z+4fxQOw1ib45P3enh/qwfnjBTY6YPB/r4/qz38M7E
nvtPvlB7h6Mn9slBHPgTb6LH/ryfWY9OuNLsyYHaV0/4lDaP//JRkI30J7pmduM76o/87qOo2z12Z9kX1F4f6X0BDM35NA61
jSBwDh/7R3c0M3R+Gn811D+0eRd98A8nNltJ/WNoHmQ95mMtu/NVf69znAwem/bx4M4eFWKqk1IPXccdMkcBqPYYhrMr9kz7
GFNAUf8be1s+J62frPQIPGF+gbj3jotEwDtL2jeCbB2lovKmxCYboxm6tr7+Y35nV9pOypVzZSE0Vpflq9QJ8VzptrS4ekVc
rPBpysbTiFivLfCb7OWjapPmEfZKa0m4hVg2sfL6T3CqUKl2ZifE2QTX6aIrU5q9iwTsgrG4y+BEnMjFh8Ak44ZdRrb6lXaF
muTzO0Is5stxUhL33FOREDsHRqc5Zh2Jduk5DK7PQnTFN6qGiXgOjHQm8Nny3D4uTommfTzq50OPHKpq1GtpoDwcJ1z/y/6I
tmFfIqA6mB6XhhVE7E4p9/H49DjM7ugF2ww+Gxxhpz4z0/U709Fxcf/JeGYW+vvMIgloTLUUtVRJBauoR8C054oHFJxiLDwk
vFReUpzIbOWt23BlwPhW5vuKmnI2UHzCQXHWCkA9iQg19gZcgKhR00INLBpshFkSOli6sHwIySCJ44tG5GiYE9RCzMo3Iais
qhjLNRhCWmOlgl9GFUoQZfkiwKkNIFVzXRByQVprJLBc3GaD1whaIuuAb/A5XDFIheJhSbpx5ez5nRffeebqau3GuWX5Jr9x
+1tr2+uvnr11c2OzXapfb7+x0Tr73LlLxYU/oF997X2+snRdWdqsrku7oHR1OaEugXJNyJmUV5yVYpXKtOgtuJ4s8GefuwRE
DBHx2DTDYjsRpHftjVXZG8Ugz6GIb3qIQPe9aWBMYkJCsFA5smkNQzkX4VAvdcqrTpQUkzCNOZDWmfKIZPw8i0iVw8bBxKrO
o/OuO+4c/2Iy0Mb+/OjB0c8Na6L99aO+9aQ76g8R605vMvi4M9f3JnfH956cdoOj0M6nymT8aHqqfkk9ivWv/uPcO5yNj4KD
g//n9Mc/nmpp+Be/+vSXnXR69573v7kHofp/zKzoP50+2vvzeXQaPAk67p3Oqb8XqMjnreN/3Hv87zwRQD8S76t34r1/TPw6
H/7ioTpine5Q+JKaI9x/89n7PeiefFKoJqiR6gABSDXl2GomR9AN/woGocCUqI7Dp8mhxJZJoePVskqRGZejNKJxgyTup5QY
4mkJsHpsehhDFxRGKiBrgQiEX5biHKtSZApbCWYrks/IUbBZEKt0zCtsSCAulXZ5YYlcxEXYACiW0BkeiWiByUhrQal/TiJE
TNPMnCnFZZcGNhkgaO64SAOCKMNp1GJmKI7TTNsLEVYARcYGiJXNBMHqREI9PBY5hkPtw1PG9AXLVItwkFmuzc2RSWOA+E1L
Z1T7bkCq9FcM5rsQrVq4eULNk642GmPUl4wdkzoyvP/pwf5IV72TKNRy1twbHAyPR3vT0NXmZmfvo+n+j/u/QgLVc11rNgyH
0Arv3glGHnKvj2bYNPSG3l2kczpJC+g0ODxiRh4A1ug+akDdH2g9Q9VOtcclO5xEUXfi23YMCfV0dUqW9/pgPk7lhBE53vaL
TLWPQoF6L+XwZa+6YkEjHwapIA4zKU86ewGLBHe5sbTimYD164hSqtEM7tdKa6vb9TPVpa/JkKry1y/9y1qduP7ie01nkWyv
NJXnn2WoW9KzReH7be4V+orYvoxrdIXfWNhY3tk5+93r79547zuvnN25tv3SzfXqt5bev/U7z9/Y/c6LL7988+331rde2n7h
6sX66zduvfvcb1//1ru/V126evvtzbe/eebNN87feuYZ2KhFcLGxpWFxs00lLYapyhdbSN4lgwvKChJVCbxINBNItpvYaw2J
Kc6pfGNJovmV1QREy35/2nM8F3RPh87IniIh7vSTwJta4+lKNtPno3A6ySaWmpYP83MaqerosBfN5l6P+mTgd/fHwzidBcfG
I087/fRnwEmoj48n6Mg3pp/GJ8hdz/wPPf0//+yXv5waOcqZX9K+eTqY4UeHZtL96d0D8uP/ghPQdj+npgk+/+sPE8Ih/nzs
zAIBmz5S/hKd8cT/OSDv/b+TJ8rAxrzkgLdtbUq1DJuSup9bB7T5f1EkGWe+eOwRvjYClJgBzPBQKcksJaIckj4B1IMY5RCf
oogSykCSS5lKSDECwoFonh1WizIdk+mnEKX4EUXyVAimx1DBZ2nREhyG9Ci6Y8h0N0Vksi8xCVtyCZ4iJUpezmde6pJeVKCh
O0IFnvV4DsP5vFOGHGCjdpvsIdmEQpySCL3qEE3jkEhwMTDHwMLnMZ0VLOs4QwBGsTlYiiwwWYwBCT6hURCwoFKBCAP1BI0Q
gbHFxyjHyZgASB6NI570BwVYAv4QpIGbovQp6ni46Xqkg4rjPmnOM5eww6mU9wM/mJGZFYzogs1nIC6q9v2smHZOY7rBTfEE
z+JM7jzMLY8+dI54/0E8eby3P/4q3fuVOfVdBzna/6gS5/1WsZ+ulu0l99256ydHWvkkllTBRgkdLD860SMDGSQaYeB7M3V2
MO8V9CB8pGoA608HXn/PmET9wiGWN8ZOf9+YJPeC4Ljv9EdIYROihUTjtxDMIASFPOuEGBQQ2NhoNMaKL6JYJypofT6Damuw
WJAcz4Nsiroiq6IwCi688O2bay9U37r5xgvvXVxoX9n+/jevf+P8C7uXX7z88nuXXtv6jUvb58+/e2Pp1rvfWnt+59azL74s
XX/u0qVr7dvfa72z/tJb3/j2C//6+nv/4tXf+9b33njhxnerv7Pxv/wPf/Tm6//Tv3rlD77+0r/5kx+eeeePfrDz9We/8dr/
+MN/+/s/fPPdX//jP/nhD//wD9/4/vvf/Ddf++0/+WNU8EU6CZtRQrEyiGyOWwNrToxRLSnXWF2WsqyxKZhRuNJCN9dLCKAF
dhmESJpsAXvFuRlFzNMl8LAenpqHGTZxp2p8bhZW+Kluc6aRHnpZ3EEkEjW8+UZYJAM/QhGdxlA8UqmqiaeGj5tH1oNZyfzw
bzJylvz9odZFGRp7MP/P2GgM/tzx/7//YmUx2nGMQ81HsjDIAr0PWdU8MfHxHg2Akk6Qvt/m9z+MGUzpOckXjIDfeYQ/yDuX
8BM8/rs7SmkxJbOQDWkH8IhUdi08n7uGh9XnBBfCeYb2UYyodRyak2wefyyWhAG61sdnSoUMPU3nQUutxkCJxDgswMJClOms
pbtUqDEImkENBWOK8hU7Y9gSxxoIz/Mmx5NSrIj5QBkESytsIZZjqogCToQqDhNM0BJ5pBZIhqLRRSpQ46wSoUFZ4NgOLKIW
j8cO5Ys8S2fGKVuaJDTLYyyRyjUmsxczBlBtigIdSsTtFC25j40gbqiI2A4KyC9DknUQCSLsTMDKwHvUW1jNGZxJuzB06GLf
nYs44VHnPC5PG4Zhpr7AHgRIWBjCtBXU/NPQj+wa6D/IwzNppbY14JlDVw2Blc5oinExTWJAatWlOJodAoGajJxZFzGS9DSc
pbqKhD8amOhRdvoRpmcu5aPlsRd+pqsccuAHOf+EVpjwgDQZc26oRhQJoR+6Az1y4mHsjGPWMT4duvTnpUgLHB+grutqjvM4
mMBsimaJFXIpl7eewLPGfcMyoFkOIBH4KE7n5pUPkGQbwCrRQXWDpTwiTZJsej5Baxyd+NMZ3cAQv0wFKTKDEiKl/GRx5cpC
60W0td6+/Hur0kJ7a/WWsF7drct/8P2r1zdvlF5YlTeff/PGN3ZXNwTh7NVXd18+s7tcWVlqvvC2fI29dWP3t4u3F2/evPb1
4vNvvri4vHa58fYHt36rvPPNFr51+Wv/7OzF9ZdviI3a9ubXfvvl26+fP/f1N5999+pv/c7Om8/dfuvZrd0djm8UqUxaLSQY
YaJMSUlkShJJvhkSUcN5Jm/SLcTMeZhQLiabiNQoLuAiVSWJSKNAtT7AkxjLsli784hS1S9jEoYPzFnqE7T7kXoQ5oX7roV8
8mPXtvxDUmdmKRL4XX9K6X40geacHfSYcJqiav//tkxpcpdAQjA5nMwxjDTuoFoY2cnP0ezDhyL7KfZzLDc4YAYJCGPEIyN6
1dtzs49Y1qAN6H7ZUjn8eEo4fD9gP2/w4qGFHGV8qbSnsJ/uLTDDQOFLhyw5RcWN2rqPkgq9EhxMCnwsxHRABSeVOKQObUdl
h5OiWiaJxx7yUMeYNIessUpHFurkIwTTHsKsgXOpnzVSWh8ysI8qBAOXapoXZwsamKFIRluk7IanCyqms6AYkJOoUD4eGRWZ
qi3HEWxR9V0nwVvaBZ4QElZS2gpT57yuX2geUDEFSGdKZ643r59U6AmMOfbYIEirk6XnvbJYLrPCE0JAoVzxrgW1hdAgRR4L
ScU+GrnYvcTmbRLse0ToRE7AJA9Si0jGPx7qeR3XFazCsCwbaX4vLfgJ0Mcs1x8FWdmNEzjINcKHTj57eekQzgivn8NjVeXx
phvaP7ckE7XSNGT5kM3imMLEBC+dzFLXiAFPYpMZcIgQCwgdodlZFuyjjHe/7/ysZnGUk2DglzBN7GmIfe6W827i+5lPU4Ro
ZaNu7mN46s+CwaloozqYpAD5cu7+MgPejwzrJ5iRmUMLMR8KmTn4Moh+ajufzi177M3QxMHK5s/u+TYqUAlXxctrqQCYgAzp
qsDRnJv1tmleJphwK9fb9aq3afY4vlp9KtKs0rZkPPSW8NhYTmkaawRzWGkuoYqvlqAwOJ8VCBn3nGtn816/lKFptnQ93fAk
GoivUjC60bh0NkvtolP2JXuxcfOHW7956Yev7Xz/7Pfe+eNrhWvXL/6v//qNP1SevfHy4nuv/+7Xln/95dd+57WLF3feeePq
d1s/OH/zX129+LVz33/rlW+88oNvPbfxz/5nF0+LcEURAjesk4kDSWq1JsoebAO7mBFr/PsYG67HKeRWUYmpskV5kyw2ayIA
waS8CELBN/Uw9sLjwUHiWtYkcIgkMGM77p/AehDRVMFHNXYWGiDUYx91yAR7+nU5iY0MTSxvDiCA7tMlgP6d+gXuOqrpob46
uUvZ9mCgHkWxSkw87+CxFv1kOkcBihhuEufjHIepCGhv4pdDarlZZWTuM3pfkb0o42QCzYaLlWS4LLilVGBDXg5IrBlm2Fqr
TvBChVhFlgoE3qiU8qpQSkGmRFHK7MV4UhhZAYY+LkQaT/mfVdkowLCFOEMnuCDiRrtSEAoEgkOx3CRdrOgVcyMosQSkSbxe
jnmULHmhgFH36dDkquBOu2YRvLjC4UUtqbPFZLPE1BYJhJTT+gIPoMwv0RZoETnJCoxarimyLHmMAkRn6lFKkfWXzilMWiUz
Hmfra2wTkXl81RfkEp5JHKmTaCAhkCkEmSJzqSvA1IAA85MEPc4Ph6RivhTjrM+6CYhxE+iJu1dIPKTAy2SMBzQN6h6ZYVRk
I/Ua5gCSKVt8inugQKNEbAcJOrUzUHA5mo6p9EBDi6NphTpCeIgLiA/wqicwge/iFBIisaX1MZGPqSw6RFOux8AvR6LfGYLP
8Dihn65vfAe3+W6qgjsAqhlFUZVA0DBymA0shXc7nw8GhjvqddRRd0IO/Z/o9p/2wPTTR9j//jhSkRMN0X5GBOyh/jD+Fd3/
uIPiYTpAVaHnOR/dLeM5zyPZgJ2kcz7pR4xpqdR4QITIPgpCPGjLQZh8Olsm5lEgUto5sMfK64JQVgKGqs0zkA42di+ezU0t
qUgvneFrMhB2X0JKW8Qi31x+62Jpd+1SrSwtPf/rtVtLN9vCG5eoZ791Y7l281ypfuMaFNu3vJAmUWyhuEJxMrkDk5TBd5t4
bnft53cXua0EuUgsXHgzLVc3lvTQEQSeDsm6hEpoYdfaqIPXLwXlVGFEH6Ypi+Tn1Sn6EMtw3/GotqgkCCORYokKS2jRMYBO
V3AGL67IEZPijJbSqav5TjyPkWTPPQUnqjVWw5GV9+5h9+4U7wVD29O82czYjx5N7GGapTEWRFaus1FipZ8Gx50DLyPy/tdF
PhIfxN5J3PXoqT39KtZO74PZEeGSYBxZ/UnQ6w5QLdvDgtSLk5iL52modlWnG87o8nmS90mC64oMLRmKkqLsMZGppw1aq0hN
rshHVVoIEFNY5EYMW+SgSNT5QrXUoPJIk3ABlnAiEUILURoSdJdwnUYeoWHvoFaq8gQp1RitFVWLlioIbA7jFVoKaQknCKVY
geRxLoqiANIRF1seEZEJwXDHkT+FmHefWazwCU7hssMVOIoFNRNnXJ4rQI1GLZwq1PsE7JdYiDUiEGEimvcy9r/fwI1ggUOC
Y7m6LQV8zGGwtskCOeAdEZ2KlUgI0pkaQrwd6EwmCyBEY69vjoSADX0nk0iaNRybjE20WIW+BBOAEQkNqt0spv4WkohThzmF
CnGUZGPb9cpYFHgugoULAYtH+WSlVNx61MsJvcykKMEhbEyXwsqylIMks+ehbMzjFJk0sKS0ZlleFetO7Z42DWDaHZ/AkdrF
vqoyB1N0Np4dfDSE4dPvtlmfH44n/a19DslM3aNTXpwVTqn+nfhez9ianu4dHD2IjYd3P9EmfTCffITrX83AcP8T48+OtCFz
aIbGQ5BvJqbBKXF0b2ZTIJoFQ/+ToXfn/nAXSAyjF0tPBlksIqFEstaahnOcpUPq6Wd2skUmk+oy/3C+LoXLFW9aqNLNUoWO
ud6aCNKsvi3QWG2jVkKrS40t+ell3C+hsI7BhTNr5zBCrrYLxPuvnbkir7zZbrbW6uX2WbRCtukSXXq+tqW8daUsFPyYW7t5
tnB1sUXmcil8wBrrLbyx8dzqqiiufoPZ/OY/faa9WHzJXsOvr8LKmrIgUDy3+CpXuew+9/1iYYWonqGuYugSValFgk2fhxht
O+5SsVbjgXQWly9tlc8QXKmCRItSk6BDbNqy+PJakxbZ6nkfj30b86C5J6bkzDBjl6e0cKjup+ODXJd+hUiWED3pO3jgaUw8
w0oR0lfnHpZDfHDKLOq8n8a4NdZGbuiEMz8aIka3MBseRv1JhhK+l7m2hsYWNjFTI4UBgeYmqvoRGcWWP7VBX5Y1pyqv5AYb
s1bsF1GB7xaZXAP+jJFZGs+g7M/NhpnuS1YshIKUlYVT1i4WB4k7SthucTHxFOblxWMJK4Y5vpSEpQlXRuJ2hVMqdbZEMbtr
2WBpKFicYxapikQrtX2k01z4Bx4fiLlESpaDwVU2YQnPgU32DBp0k0U1LNR8uYcFGRaTm6SMTIukPeujIfr0S3dscgrlOV7V
YhKT2aCXUFllBtHJgKuIqBUP4SKtV2qM0AvZE0IkNqtKqEoYu6exk5iq50WxFmSlJNL74SiAQf94AiB+FHGzA9TMxER7iASW
2sAT08SFAE/5BYDY+605E2KY6vMCSw/hyEnSzB3bvg+rvusjk6wP4VSjU2xcdj2RyRDSORRInMwSSpsgU0fjERGT41LM1CtC
wicVg8qGllqIk9TRfdacjELTHc8pMCzIg4IeIIf7X6UkSWcm6fXumfNZPuU1+WlLzTtMwFnVocrr88/bRjAJrIzUbU0dqVMN
8f9/jt7zyZLsPPM7edL7zOu9L++ruruqq72ZHg/MYDAACBLEgiRoFyvtLrVahTa0oT9B3xQKSRFaiRsbQS2DUmxgQRJLEIZw
M4MxPdOuqstX3arr0/s8ytKX++neyso87/M+z+/ezPeYtr8TRedgdzwYMxMY29jJ2ed63xbPxhYwJ14oMpJF9NN7GhfBruKw
SiTXJZWjkr7AJOYuraDI5yME8CqSsbCVo2SOKpbtO3zUzKZyNI1zDOJNNYyFGUZ8VUrgofIgfigF19hOlStm6g/ltSQgSDlh
NqWmnDc7xOvK9bW53MoCvFPMLWZKEaGqJMe15fytZmtpPj2XlubV3Mz80hydri4U1YesUG9mC+huus7dXp2W1nl8uV7Py/Ka
MJ/LF1evV9fr5Ua+WmObhdIqTKtykEk3S25uliRSAi+vcHylJIfxAicz6lxbKc7Q6ZwIlwt8rUJRxeXa/J1CM0x3yOT/VxuA
ZswwBYjsY7FluE4x8ktu14/tbh5TSA/30i7gGo1A78rA6U80DVqhTau0Y3MsSlka7gkIQyrixmcOiOMAi+koCTa2azKeQjhx
QIeemoO6pyu8CUAI8BD6tGvgRFBkIxqHIzxicApXLM+4/FLBSBKvzZAwkAGG0T7EGRAThIsVMIajCVGBQsK3WCRcPiIbaxzH
HQFWomm+Glp+RMXyUwUDNH+pClFneMejLAjZ1C6VIoEa5LEcSwcS4/SpJNwpkSZ4+E5UZHg6kEXNPsBJ+TiVnrClKJ8pKuGU
akWeTbF49fMdhR3SZ61uru6ZGMbsJDEaDFCEDbQglHiJu5yI4n4+IZUeWwjJMp8TCjS9wGgWHUDuHD+KQkJz3RkLZV1WZioe
cuKTPiCVUUJMKRL3wuOXYeD1TBJQ5yBKOaKHmQyPa1hEkuZBz/Y0B0d2GuApnLLFjDX2vGMC+KI5xqIYhGYwPE4+bocQAsPH
IzyOwOVNqA7Ax/hoEPiW7SLdDkkY4cGE4DAvAJF1ubv02MZCP5oIjhuEiAw8zvEQHMqu0yVR5CaBgASuh4w+OUG2nwC9S1qE
oERYYoxUiAFGNJRYgowQW77usXKQXFfgRKLnYYCSMC55EWIjRfS9xPZijKEojsVIAbIA4ryQUvAmx4CSPM+nRhqbKvA+IRZy
8VEYav4yfTPpSvG0Eiyse4obc6rvKmwrSoEkZERynC1J4gYobs6tPbr3/v3faWZurX9ne+72tfZ77fn5DbnyzvI/25i6pWxt
Vb+2Pbe8vHD13vztufW3bi5Umg/uLa6ubBVvLi/ffvTo6ubbt+7WlO0vvzk98+DW2qvi1Oq7y7evr2NvZ65d2cp1bm6n4tXa
2m369btL+aX1u6W1+ubD6mubs9+cLnz11bxSyjczOaXxylqzMydey05Xrt+4dX3mdobfUAtvNLdqpRxO5Pj1qXzpxu2sUqzd
+PqXv125nVtsZWobS/N1Ts7QgoxjDi8IYxJJql3UOYmPxgjKDJkhdak3djEvDgSo1wHOFDOerIQcxWGqonIcibEhGfg2g3zf
HsIA514atBPi0XN9jLAIC49xB9q7A6mfsXVoEzYl07gYRTFD4gTyIhyDNBGTjoMgz40IKBDkMI4EOjDlMEtqeOziTnJ4Szcj
WosHDBMDJTHEAGNwbkS7YODjBA7xyw3LoA0BFgL2My8T0S4PMBIfhX2ABxiNMxirAQPfwWTfJrWAQUgjYw8qwXMX50kxdhPr
BUMPkCQV7E+kGBAy0j1ad+wRABMdSAwxUEH1gqaJCeXHgsBZvGJ6Kvq5TSkk79kmpICHEUBgjT2Tw0KK1XGHQo47JOzuOCIo
/IIbVXSZw3XPI0iLTbguqVP6SYRDMskkyfkDH5ARgtahLaEQj32AIc/xB5QzxvCks11gJm4nictNFEKOYUQQIYHioRd7cRwb
PoZb0RD3fNg/NTwzjP0wjK0TAzdgkktC3XWG0DHcyCVoiEW+5Y1tyQjA5DMX4wI0dvYTfuYGgI0o6LsQh8hNFjWMMSDCAJxj
GKb3HZ+moUBqvgQ86AMOaYTEHPkcTC5f1TD5bInI+C6jKPg4B8K4TbYQFeU7KVtZ1mnxvBkRpSwLa4jKCXQMqKwp1zA34tVc
IUuxZwOKmy0ILispWxrPkE7UJthkZavFFMop6ZQfTokuU8so1VWJaeZNykMlNSUY0VpjZmV9cbrML5TfX2yUrrQX3iIfqdNK
4eryvXyqcbdWTr1/5Q9fXatvLcq3Fhdr9e9UCzenavnK4iuzG9Vb6fYr6zfnri5sba5ulm5OXencyFW2765enWuuL27e35iq
5rdrd1dbrRtrU1cW1nMrG7fb+UZ+trxy4/rcUmZupfBuWqy9srFUefdP1+8vvvvNfztbz1Hpu7duLBTvXbsmT6c7C8V863Zx
/V/E4uZaZWV+KiO2zlfX7qa3/sXM/fr6qJxKyYVcKi1kCqWyLM8ys2lXrUipGTl/JV9IleUcdmzz1VrdmKvlxXynlGZUtjzT
EKV3FXk661IUnVWiOAgxLsV5BM2qASwlyyQGNZ/K5LyQCp4ejVI1cCIwMk+ilOIytC/hopVKOxwZyEQsSJeDghJQSpadZbAY
Y5nEHlnBhSILdYyNJzBN0Ecix4rY5f48SVH4CdkE9OXoHxxjvHgYvcTE2Ik5TAjo4Yi2AYEs3CIcwkuk3uvbYEiYLKAmEDfG
5liPHRJSpO2h6ByGvIsDdy8WKMcTWMolenGs0SzrJ7IFHEABrukeqbODELfHEa+jaPgCADJGIycItF3eo+OEvwNa4EiCYSOD
HznQiTgG95O86Fg4Imk6Jgl1gLg+SOqGRNpHEU/7rIbhRGYc+5aLR+4oCeaXW3nhLkARTxKICGCUHNGJfTQxAO0IYywOzRDa
iDAP9BgLoYcnWSzkSRaxyAUeAz2apiUgOGGeYBje910+onQYMZrBUJjYRSwVspxrJ00hghzERp6IvEFaQGm5mU08XM1UCUmi
RZrLSbzAYZjKgizu5ZgUp2Qoya4WpkSB5iVF8tKcJCswS0DOzOQFxIikUxO5DmR4WWU4nAKiUikCO0lIIpGcjJv2uSJdVlWO
LVKRTgdqmI59MWTkQEq3p5vF+uJioTqznZ2ulhrbNWqJrs+99b6idtIp6mop12pL6vVCqWO9HVVvN2iUzkt0PU3PKJvVuLDa
KL7VXHzj0dXvdN6bLr65urV9c2a9fe/Vtbt/8GZ17d7WUmvt9dv/8v4ftW7Nb15d2p6dvdFZ3lhu1JY6d2Y3NlfbsiBX+Mbi
SjVbK1eVnJjOzCqFfEHN1qpLMijk81V5Yy2XmWlfzQhyp1xaWiEb7bQgYLP5QqZUazSVWr28/Nqd7fpcszN963qr2kgVrqxV
F1cfXC3yN6bLrfRr23dL96/crlemS1vLif6a5NxWPXf/rcZC+4ZUbd9o5fJzo5vljavTxca92szvt99qtjs36sVvN5ZrG/P8
olvJ3lJepe/M396qzywWO288urJZyd17pfjW1ewdIZNPU2yllqUbQgMUWoW16dQSX5SmxfmTBlvh56QMg49m58rFmtKp5ORW
AZYyDMWWBbGWSotLsYNhjul6ksDogYsn2tL9/3+rqxNwgAWObvjoZHzExNAGlmOi8HJO3jC2ACJ6YQyQD5kIWSat+TqDBN+m
BYZUjnkyHPpoQNAAihBICiXxiI6ghkSDhBOSZ2QAFY73QeLITETbGNAsLglteIKCusuNLCZ2B+YQ530SAMzrXtrwiAoNAA06
GvBy7FOxlQEOTcaYErETMOlJnshRuD+hTJE/C3HMNukeIakkCSTQx8OYGMLMAUUfCXIs4RRFsNwANz05ABSGa5I+Up3EE0gc
QRpPjyiEcN08kIqK6zp48BLLInhEsfsEHEEEMCjSrAx9o2dQ1mXjCoo0FegSJsVWFKYZBuMSeiJJXxR5Mg0RgY3LUAxlxNpE
JGR9JGd4HKPPicCXUIwgA6b87HiUxVJg4tvZtOckVo6yEqvTRBIWPVDi8WEkVp2kg+FeNYR8FkgwxOmWNuVLax1CWJyWOlSj
kpNy6ebVVQavzlLZ5fpquVCvlRrEwtx6GpPXK0qxPT09vyila6XmVLNTlRfT09sLq8tz8tWbGzeVufemypvVm9/+nelW+1Z5
9t5sZ7rRbr+7oi6vX7ly+8raUu7e1sPVB6+kZ5ar5fWNu281HtWUr773/tp3bvzW/Xf++YN//XuvXf/awze+9t6Ne6++cver
X/rmG9967fc2Xr1361s3v/dnX/rd+Tdfe/XRt7/8nUfLW+vvv/rN+9/4k+tb19+5GYMiShNMmeDYbBbQAJtRyVbgsS0U1xU7
a83GTGmaIbGqoPIAT7doGdimSoU276uzOYYWo5ojFHFWLJZryVtobCrPT41cparAmRTgohbIsnlGjcuuIhoc1QgpZFp1yevL
MK5mdCRg2Um5AbnmTLVeq4gqPp+GVTIQp2YKa6kUGzVYpZClK1PXbA5mUKoqCSgKp+gmOa3AZmaWTidFKklmdr4h8fPSCifO
WxEi5XxFWewIdWRiJEOESiYU+kGcwhzL4UBIRnpWyF8HLD5vIgb6zEDG9AqIKhEbuRst6jQOXKlMQyiFdNEK5CqVlI9C0mNT
jyixlm/KLMbDdEYovMQoTphRerF4/fosXY4QRrRrxaZuSNy0PMuzCtYkqbmb3Nz0sjCPY24+JYV5QFY5P9yUmHSRk3Kx7KHh
4GQJhIKDFEkX0xzqJ03W4bp8dTJye5L2GzpvZPfIcY/2Q9uIjZGMTJLBzZTap5o2byYMdhY6/TCKOOq58rLfGmv41BnsQTce
psdE97P57HH6BIuq4ILwHEPbc5nJKOZDpZkbTqznZxd9Pn5m9Xp63w9OG7unH9tdLZGb1TWTSHwUxiVyop/ivfiCOns+iHbP
D0Znwx40c1ioANWwJoE9E3w+PATJ8fhzeax/EsrhHs1/ti/3KXOg2OGcsaybunCYOnmRmJ9nJdYUDxkxCESTJlNJ0ZSYJPJM
F2OMjGbFrI6XMHM2VbB5XpBLxeo6h99n05APxACpIuTwBCwokcikpAqd9AyRAolRKqySgjhBZNNMBsOVPJMqUkyKadB4LVvl
s+mqSlMMIwiZhOcxADFKBuU0X42JWMIgXgAKFUiIoJhsTCeIx/IUlUEYjwmQUHAIshTJEwzBURIFERbDhOoxhs9cPr1PEAih
+PKHepAQDwERcuPLPQ0DiBK6iVDS14gYJTwahyiOsJiMklgdX3IJjCMCSeUWVcLtHEgrE4rGG2JAdMoZYkHsbFTtQhjXBH1I
uWnZo3KMt5xWS5fsShKihNt14ZKIZig/Q65mW8V6JiizmdmNDJ9iC3xx9VoNa4VtOrddKihz0gysDdKVLJyrkjFRD+A0ASpU
jhQs+8KLRjgzlaJSgV3UOiXdHE+Ar7oqI4jD1sCalUd4qRUj+ziNQgvznZFYJW1IuRxLu6znH9FZasEUdDKv0oQ/HySL6zG1
Ykj5nOVmMXI6FwmtJTkeJ3IEQc+048opwxUiSsm0S/Zgci5yIRoM9ckumx7oQZdxccLC7ZdiLxoYpouffvrk0BmcaifhwZHZ
fSyN3CTTcZZt++Hk2Wg0Hh+eD2yPcj2ADHKfcsDFoOsNMVHsOYaBn3SpjA9ja+L0fkpb/YNxOLB7nm7RGsA1V0CPf3G89xH2
/GX4dF/TzMHeE9/4wcQfdE3jx7v4zsUXz81ud9zbP3Sfa/+XufOzjxmufzI0d63uy3D/8Vgt6S978ZmUI5GJF528/YR0rZEV
Ti64xcdHrDPm45yHLUXmaeaDmo89e9bLEy8/JAgtRGeNNuc09H7v6Us7v0xwriVqhnOyAqJQ7w0O7tZyh4QbzsXU/LcdJz9K
fyw10MmOmz0/eLob70zm/sus0/WvcdCIPXp5tkh2rqwrY9X9ZrZ4EnLOwfRSSo8wfkEuLH33Kn2HECfNQcrU8LyqEogmxhuH
5cZFK5MgJ0V7nfM5XlzlWByGdS86CIvYcHYZOkQsKrUUvnbF3MRERx0WPJjKwhQURnRcvQxh064b1JYLZhhsqDKlsTxY0XVs
zc5JNGxV8g4ILAYBZYytZtko5IZNyQ8jC3qhb2GRjlLamDzvhrqGCqeRBiYBEVhkwvQQRCTBTw2cGEdBRNUh1P0qij3M745h
Er2JOADIyfBMnEAzG1AIUElTQDjCkkxP4cSlQsmYJ93IpyPAICsgLgeEMHYsRCYDyAALwygIqMBDiYGHNR5QPCNk3XlcFHAf
+zO6Eq4r6WurFEOQWQB6nsW2fZi5o622GEtHHhNLsZC3bBEMKXlZtoQikRbybS1WuUoWWaBSRmxusdGOMhIsY+6Ixvl8isuk
osWcQvsMm/A82SDRKk51A5bMGD5ISXlJ6mJpWiAxuuxB2rYW80mC8SUiVFmRLJIGG9AwXySwJKAMsw6FpKiKx4maeq4zsdjT
457OOJpzOWFTH44CjOyO9ag3xidnInz2HB+EzhHELdLq27p9MRpRx8VYGyFsoFu/0Xf78sv9o3P9fOgcvnTDI/uwp5mffHoa
7trjQ5saPn5mTJy9g5H1xN176Rp6bzxwT4b2i4tj9Oknz396drZ/9qNPTz7d3emN9z/61bFx5hyd9i72f338ee+D56c7L559
svPs5JOjw9Fnz3746Rc7F8/PD0enfz988mmIffbhixfn/cngh/6nf903L360e/J0/+Klc6HtX3z++cUHgy+O95+/tPvmoP/F
Y3BxOvjb3umx95PB09PHv/FeaOP+6OjiBDxub6i58bF8WtTokU6E+pU+KYlmkD6wwEARue64bi9/QKfMg51PgGHJBrtLe3/N
4lSDZZIrwb5k6lOpZOHtziko7tjtfl4otW9uA/Uk4hJ6XEVOtgg/4t4M3Z4vnE+8l/Ee2/5/pAqxRNBngjMbUPKNer0t8ore
KGvpzSTzB1e+8QfID2R8LjV9a6m8XdB/rb9GNa/V6wyI9keaefWv0Jb70FJWr75Vx6ipm81XbqTyirIi2/UqtjBl/dHUH6/4
r9ulxfq1by7mv5W376Ha+fZrK7FoqaSbGi2XzVLUsbFs5V5ZYMvNSjoV19r0FvC4tv9aLlW+vVYJEjdKpadWKeprpU462nQ2
KIIHRDYACRMilF7zEExVt+tiDPOVjOzWVbptjcg7QZWhsim5CkA0yZNsJcarGYzxX9NnVRAiwAeYGtAoIBaQwWWzBYERM0Wl
iFSWFwsCm2vTbGJBDJQlHNI5uSFAKs3jGXKRlBPPZuiCqrA8IymCIgvg7gMmv3j/yw2mqDzM5NoLzHurr841i4tT25tTd1ZK
0+Xi69VUalvdapW/1X5z5mFYbN/IldKl9MKtgJRXFYKPCCoNUCZUUUqWIK5mS2qhWPfYm5nk70MpxdiiAAo1r7Qs8jQJXZxN
izKlMITrp4HFEIGuU7Tg8XQPgwzRUYSME+pBnGuEjiA3A5JLTcYQp3yo00kA81CubDAjGA+BgntYf+dgaDtAuBidnpq2dzrq
av3ouWlZBxA7iYe+29ccMDoQDW9vpDmeZpyfh9oR3h8MfxP3DcOdXNhj+0BzXl6chYkFelp3pB8dWBbQ9l+OQW94NPGc532N
NobJB3HTnRzuDbSLiTHeHWknJ3HfNGLNP7DdL4bO2dAMFPvidGx/jrrOgHmsT7TxZDIJnh/3dS0KQXySOLtz8PIiHMcGDoLD
EdObnHQh4qjzl270zCN8058MPXuXtJx973w8GEafoZDHLzTrhL84p3ZG+sAfjx3TcSdMT+6O3HNDn7hOn0z5yDi1I3JAOhap
IBkH56Oxr51NRgHjAF9WHMEbg7E53D+LraQV+/S4Z6d54YCKyWHUa6KyYuIXTN4Tzc+cuNrKuiTcYXDgG5E5sXysJADFn7Ih
EZ0GQtYJpQ7UYp7OdxkvTYSeGxQ5iz0YNdis8Uv3HCynxrnXz/0RbxymiYk9IWbIXfyE3VVgsWfuPzN3ByPmaF9Weo99P3K0
8Egiem7Qt30MVkzW8MiRPxXyQ7cwIpEnpSaDunmqssG5aaChpU+ymcke3r9A4UFXLU8T2UhkO7GoWcWSWIAxVUYNAbEZopyk
ShoCT04zFl7ZzAshzRA4pi4stDuR9y7QWhUrf395rvHK7P2MOl2cLcj1Sq1y4/00TSu3uK+1V2bb0wv8rXuoHDNXvtHZrpVL
S/Plyubidq658mh963qpypfzU/lWbqkzM5W7qnLEVGF2+WuZsjA7Mz8n59L5RjO9sRhzG8Wlee5+oblcXRSrKzSp5BZLjWyz
0WZWCmp6aWYtsfrSLA2ZGeG3pFstQGZv5Drlze3qfJbZnkk7NeK1h5kb91Yrm7lCZ7siK63sjQaqR28XpzptqoDLGl8vZyWk
yvl2arqAySTv3qs2c5xYw6fV6baZLlWFjaXpVD1TTmWy9Uwud42FkF7xxj7pucgAcTjsRl5C1RGgAO6Slk5TIx/0KY+lJ5xF
Is2NgQkTtmc533IopudwrOtYEZmEcHYwJKwDJwwnCQJooG/ZQS84SFTsxrb/hdUbJpE/GgZuBGLXCjnDNDHtk3DADgHhELan
Y+MubWMXGGHjn+IuOkWxGfBh4IdgYEb7Ou1Vfcs/g4h08OFOwjlG6A123DCMLzg9obeD6NyQ9gMzynOuPwwsXaVpoxDDwHPH
AfPEjGMuZbyElAFMT9sfA8tmMd+Oz8/YHq0FlzT06REyfQf6KOzpw6MB77hjeBYYut8l2cEz09kjhmfOgW0f+rw1MHGImQU7
7D3en4TROWs7oUkkJB2zl4Onbe/AZpxQk3PuWQhOMdpEYKRZCTkemujM4LzJOLCdUeTj6KjnIWOMAwshSiXsAUkBYti3kzaJ
hRKbiscOPCWICREaiNQ9kMExYCOBxnULJz2TJXX2HA6NxA2oGAiRdMoLWOhppiQIQLDS6VEfC8eAnJjkBMoDnMyxIAz44OIg
OA+ePRW4WgacOCMLBqW/n2huL31sXsRJMqRPEyYwibS6d6oHGGagM0dXux/TfMu2Ro5w/vjHqL//P41efpHNPvkk5hibvqrb
9rmvamBU5tIWSDHxvt+IUppvhxnuYoKY0/7RRXCc709IvH/SdcDEe6Ipjo+ii6n2XKd6gyOnV/kVcqlypVqbUv77Srv4ndnp
K8vKWqNcVJC6mebm0gv15XqrXloVlxdWO81S8T1s9tYDtbjy9nLjjcbKemd98259Mzf3cHXut2euTm2+def63eZ847W5yo2b
Ofnm/NWr6fvVu4/mV0vz05XrC/W355urC6WZelaZytXnv3kln/q6StaV+Wszhc1rueqtK43lDv/OwlfUpRv56fRq+nvb7bu1
RqPxBwvLV2aqslTJpNpLQp1PM2kxizeSs2ZJgoCMnCMkwMgQZ5kszBJpjlJEgsQBXbdbTFnK4biYKtIcAeZptuO1GFGRAORJ
jFLUIS4jhoMoELgssDAl6zA8YskS4iuEQyp4Nc0z6TSbVXiVU9LTVCoFkjAT0iFrmhY0JraHkoqBjuNHkI1Oh7ENIheDFhYG
p1ESy/YwL04ETAQAxLYnxwH5AsZ6DMPgco/HcXhm4H38wDQn3cRX++ZeItXYc8nnu3SGxoBvJWxgRdwokaXmaPa+Z3i+L/RH
SO8GZ1oed0cwFeC9eDzRZNE9XPjI80Kg6dHeriwJIr4fMC4xGEdJzzB8e2D+KuwlAg6fjU4TwPuVrXyqn7mCrneZ8UWPIXuH
3C9HPQucjMgPHjvniGSfci4R6WeBazw/I4bdwd+53GiPcfo7sRaRL16cvvQdTPM9N7R+aWGnzt5wdGK7EPnsyY7nH5+xZ+FH
untmuXF/D9iJBgchvPgoa/Q/AHEG1z7UzrWk+1kWtJ45PnVmyjp2fjqkQmAZzpm9a4LTYBfovQhA35kcnvepYxwNjsDg5PzC
72DxJ7YmBOAC68PuQb4/epqXdi93A4hK7kjCuqc/xq0vjomBRhnB8fAifnb4j0f7IuV9ejTa84xx5h+wzy6GyvHwg52JtW+a
P5l8UE996H5+fDqc0g4X9p50L8y/BYfOzjk/DP7+x58GP9v5D48PnRb1o78wHd+HzcOLk1ONP7JONbNhRPjp5FzrUOLQ7Lv5
pAn5p2cvjz+KJkFvwtlDc98dnV18fgF6kn3wMRcwIZazYz2As64Nimwp50h+WudSMznMItMKaQT5tFQHkmNZXExHnWGh6euR
wa3FK1iucfMrf/hb61+d3f7uG7/1zcXpO3Nv331w7a2tt+4sf+XP1v70jW+uff3Wg4crv//d976+8N7m7a2vvPY7D2/cvf/g
le3V7z5Y255+fR22GAGw1avTKfEaf7kzdnF5NrMCuCuS2cinbglfJ8odhiFz6s26ImVFqbqmNKam13AxzfMbFSLHMLzCUdky
ZvBiAEMm5RVEyHF8GF5++zklNfmsGXlAIBsZqUEL5UqdS+erHC5YkGaJJEurgkL4QVeOBcnDyTRTEvyeKmAjjy0AxNEYA11B
JYmIpjCahjJPS5LAE6HEZTGBVAVAxAQQPRc7wcjQC2AkY4YW2wQKDTNxwsAnQh8P3T3rPE3xIanxELctDo8GhBzC+MAlsUtH
PQ7UkMa7GuZ5vYQhTZfQhDGGNGSEgPJDWe26fZW6ICPXJ7nhUYzjPa40iRwTUxFI06qzDwTIHIbQiv/DpKebIdk/Y39gh374
l4D+4kdzpQvWF4KThtV3275vhSesRhSilwJm8ROPYRH7H0fVKDjk2BP8ebxnJsHrcFD6Ky1G6Hns/pXVMnsUwiI+H0SOGmLM
JMLhf0b+SBkSbkDhkAJPfmgd6V1l0I2e695hX9efuL84PLXO7RPm4jcj7e93RqPgdKyjjHHmOmyvH/Mfsk5A7kTDEIdEVXT+
58GZfcKNPjXM0+ek1vt8LO5KXzx7Ybjhp8fk3/zDDwdJ8sxSrqodHGlo/MUFOruIGeIz78wiPbEOjX9njVI97uj0AO79InvY
/41ReKF4v/xkknJ+thv99PxvItb6sTwy0+DJz13R/vigy3x/xKmf7x7YLTvoHFZ2qMekYz795Hl2PNr+/tPdGvx3c/j+6cHK
zjPx8NcvLnA3/w/C06jW/+Avdqjxb/SP9r84Xcv9+kdDPquLa+MT69QGo+iLs0nXQKL9ydnLyl8Obc8+7WhfHBx3XxwNfzV7
3Dg3hODjoyPWHmLjZ2B0whx+7OUFCBtMnqW4CpakCMivcUXkCrxcnJYZsXgdM4gZwZh1OQXDWnRTKkTKSsxakQW5LC9ngK35
zjOGxaRTenwO4/j5hh2HgkNqtU7fc+rG5fZNs444ak7G4dIEnGzBecI87REnMqgFQUd9UNlIvVPp1KuN2UrDUluF1zul60is
tXKbrcqN9sb08uJSpjVzZ0aoCTfXmjev3f6dGzeW0lPThaUtqVDB0uV8cbGkUGFWyjGaVwwbmXTKxTihTGfIGWkzjRqVERbi
ZTpfK+eT48hqIZPhGb5bgGOapjmG5ybsuexC0hI1hq2QdsAlKVEqXldsVhRE359WA4OpxKAkiGVOUZgc4YZCP0NUfFJxCJwi
MW0YjyIRRhoV50QT2H2HDk8YmPRzJfQsfNIbexdJJMTR5U21QcxR3sihfFExSSyD+NC9GONdUYjMUXaS9gzg9EJKOClCN+wJ
cUykffI8/JSV7WgckjHx4iWHmYingWwaNkzkD4D7GYwR41gD6EV439V00xn2+NgLSRvC7sAunkGcYXQ+ChnF9A2eCyZpnlLD
0AOGCxD0/gIPSN6e4GH8WXTsOjLYPaM+BFxMYZj8q3My3c2wPoFo18Ek3/BJCwyFkHqC8j3aAJ4E/a6LPDxg2En0gWt9ouWo
T3PZLwgK75/zbi/ukIEWhl0QxpSmRTaBfcbHT0tJHkixMFXDGc51BwbyNQVNsIPdl0MzDE8quEd+7h2N4YFF0C8M55z9AI2h
5P/sk2FP/7Uk9AvIgscWnkk+n6WRBDCSkIEaGp/sC70ufd52G/ln8SeB/2RAHO45k8eVp9wOkY7/5sc/3zNORJ4xxrH05OmL
+SYOTOzONMepKXx4cViUU/O7v5G7Cz9/OBvI44WjwZX4B5+wp/K9k5NQKAx/djS09g+CIv9TLV/vchFnmt6kUsIHxDg+9k+1
bonaU4buCcL0AGBcNHYaJmVxGk07hyWrd04LSQa1rbTNKCc+m27cW1VqpaluOdxQlCwb8/BVv18NmN1rxbhcWJ2+WqdQ9tEc
xi+9TsCHJX9ra6FRm67Ws6U1ml1Yyrc2H6xP5cV4ceneSr6TIzqt+2xpgZqZnb/7pVemHpXWmplK9TtvL99Yvb1a2344e/va
VHlq5fW8evc6lSndBwRNU3j+coZFRsnSdoDwChpLuBvOXE2XhFgooEpqutSoZlIGHMoNiaKVGkkimE37SglIRfxyDH6TTrC3
RtUEK0pZKq8mqU7nW7hKU6mcyK4qqIwExY58noWqgATCj2WyZigBx3NRJsOxpdSFbgBfC/2IhtjILVH6oSQYbMgyAevaEmQd
IPFkm1aYAk/wuO2xCsWTsYvTDg4D6DCcennvJwwCGnFRRIYmJDCJtBMrBihZXzeLAIdhFCuAiY58LnSi4Hh8+SiMDigLj50M
dURaLHNB+ekJQYbHPgcPlIgjRiJmNCo7T0PwzMcc3/WTJnt+TNABgfshgdtDG4EI052DyXMhEtydUv9ajHjs5ZE6+bjphCgu
Ap2F3fBlz6VZGnQjRka6nVJ1F13w6sUwcBJiQz38w/1jfEjpOoJjiDmOMdR2EetxPTrFxt74nDyWWY3EfN9hfBdSuBwE0q4c
nlBmGCg6nRxY831cMDiEjWPzMwMGv4zVsUjEiILY+DgUMEw5BY7NZXyvbyYJDXfyyLU1kSR9wcKt7mlOjIAGVAo7Fg6eGmxi
j9WRuC+edgE+CQqwCoA12XNpbGIOzx9PzsQBYJ7vmWKbDjA3jO2zfMTJMU4Vsc/Phru7OfJFK41lThTNNvU0tkCWx07g/LJr
R4O9g+7+5CKpAvXxniY9mRSZweCpFb8fSRiYELPCXzuYG2DKD16zsbbbDLXDeOrk4mP8U9ECP3V4bv8nUe/zx3reU4iP//K5
WTyro93JWZqqPTvXkK7u0j+YI34o4t4/jon/6CUNaSem8r3CHv7zpcjqpf3nx32aDJIQL53g4d6T+P1UFs9KldldPa5VRbGS
Jf1v2oYsocnDBRLnxY6fI/D1pawftBsUuVCUMk2mOpvl8Sx2FaunpVdWGlNTGzdXbr67cufanXJTyTUeVHKtfOuPHi59qVm/
PfNeoflPZx5+d/G3V977WmPh7sJrm2JR/NobndxXbzYrU+/l6+UrMju39F/dzS8sF9V8Ran9SYlYuC5Kb76x8Ja6tvXN3Pz7
760uPVS/UWxTS/cKFbVzdTEjyHP371dWiJWvcSk1w8yI9yJUy+ZxnCGJaaVA0ziWFSoiC5RZQd3YUguAXs3HcZqFikKK6RrG
c/W6lGfUDq1KVJJXQ3QmMTQieFbMCA5CkVaVYzYq4RWerjRzkecXZBTjNKlwLEt4iBBLaZXH+VYi2RhP4cQxbklhjDwTMk5i
LAGGuyIRIYKC/tgnBU6KfJcmGZYIIGWTPo4lmk7eSUzC0MFZUI0Dx2Ai7BwwkOCQxYnxsxAi4MUIsPJpKBATAxE6SeLGBO4F
eJCQloMznv3cBi8icpyin7k7FBx4AaHx2XCfaMBfFQ08Mm3fSJG//IHnnb003AHAwCDwg1O3G9j/iE5PjN4Ahid4cNY7PAhN
G/bCfi70Uhf9M/X8YzQJ+0kitkfS3sEBGhyart57Bl2kp0LmxO1/wVufnJiWFByd20Zso8Rb92A86bnY7sTxP4zJC9w88zzr
8k7lFIjprvdkgD/BJ+IwmhRtK/sh/sUz3KIivXf25GLM9Yx4sAvDRCfD/308if/WCH5O9sNwEnPwMLl6MbEDfjjBP/Pw+PDx
oOifp8DpTz7CQjRyj88m4x9xY5R/0lMo4odHZ/9JEOOfMZVfkIbDfRxw0V7H6o+wQ/5vjeGJIaW56GUMzWx/5z//hP/l0emz
X3/xgfurxoeHo+4XkUH/L5r+7zmoH0fw/4zjC/jZBeZ9cv5D7Rfu/8s+w06eDbuIGj3HwlDfG/2P/2VIn7PRx8Mw+6T8yf4e
dS6fF77P0P9HKq+dWsT3sdyA/TxK+9hgcvDJ2kdhpj76zA9TWUFnern9HvvDXTBLevKkzIqckkAAlBouZd+KHUVGvqCeXU4G
H+Wwcj3RRfgarc0Ws1meDJKW5cV+y0eSUr/TWHpw6/p3Sv/23dY3rj5cX1m6s3136f3ZlakvvbPxxs35JfXBvfofb/2T737j
rW9/tf5fV1/96p3lUv7qYn5u6fW7zSut15JMWOwoa3PL2ytbW83sSq1Vfa89fXVtsZ5/u1Gamn64Vru+yK41rk1NF19fX8k2
p979vY33ZpfL7a2Z2ZWVrTtYXuWZggrLRGpWY1NChl1wqHKJteIs4pl0Q8m7xiglhHFeilZolmmpqaltdYZQWFVZEVIEmZVk
Jk+QeZug+3Qk8xZORAaDhgolsyi0JrxP5gkP9rKMhztYxAHLZFkXixVBynG2GxIYlihNTFwwsU4SIoIGCdIgL5VmKQtiPEoA
NfbwSOVCKBFsHGcgC0PIsFKUsJ8AfEiTMPFOKogYDA9CnhgniIWyMRDpcazjGKZBUZWZMefRgBbJIdD7HEcaUPSgAI1hiAEW
s0IMm0wiyO2T4UjPjc8zvPeCF3zd2HND2z4muMwzwix5EoX2QvfAIWmAi8ZIck4nHgnI6HlyxuAYZ8UnZDeC+YvzZnH8M5oh
xxPfxV3j+Amd+mgwKAZy1tgLIPjCoIf6SO+6rntkBD1zfG4A3PoNGNhHhonLQI+QPTx1bNewzS5r9F8GRO/zJ8OJpg9PIYH4
J5d3hv8g+tXjYyKyXNMYTfjzk9PPgn3TGh9ejv0wemf2s77p9Q3Gi6iTiXM+DnbG/c+MAXm5s96A1CfuEP7d3mlsTNzT5/sI
nD8/O9Ue40PnJzH+ExF1P7gY/t+Y0KOPo6H1d4/NPT3/S2+H0T7CZUxMfHWA4D9g/9vPhZ2Pjl90d5/kTh7/49PdyePBkfHv
cff7ir7zy33/L5+RnxQO7TPrNy9+ufPzzgenY+P4V2aMpeRP7TP88w/w//VgkN/H9vBzo3xy9uTDczhxXoIXRfCTtHFundK/
GJNDdRQG546h759WD0I/4z73sny+43pd+CtWOoqOZlWXKHayEr9zIQh1jmky/Hzv+eXjM5lISmIabEuglCouiCTbMeUKWQjL
EQqyGu9SLTXXYqbuXXvna69/+c1vv9Z559qj6zdvfHn75rVvvP1q+9WvbH759+Zeqzx4s7My+87rd1+99e7NP1v+xr03b63N
fuXL89e23lu+vrJx78a/+sr9f/Uvf/erK7//P/zu2oM//+fv/Gu1ef+rv/W9bz3M/3e1r775jaWl791bY9+eevd7U//0d95u
fecP/pvi4nLlz9f+/N3Xvvfuxr/5Ll3kKSGjylxppVZsSsVatp6T6tN8S4oLpfKS1JQkQgNpVZhDqcY0ZIulqjSjCp1aKp/P
JmYNGAlPKzwOXALnLQLDU14K5Rgp9g1S5bIZ8iwzPB5PokyCYWFFEaVcFeVqEYcYTM3EPAHxOESRH3Ik8jEN+AA/v+BQTHhn
SIsBgbwT6Iv9U1vUkvQYxeTkclg6gdkBg5wYaZ6PYSwde2AAWYAiAuMB63okjfsGBhTSYeIQEGOMtPoQUDjl45Tjy4ghbJxi
kM6j6AJFmM8KJkgoFpIUxQa8q+d0PMxSXCnyL3eHZiOHTYeCFTOBG6UQTeh9UaF1NvARS5hYHNKsZ7BYEIcswGMM+An+2pIS
60HIuU4QR64hiTKryzzD4gFuqv4QCrzBpEJfUmydjiA0+gQI3SELPVc9YzjMMwG8OB1AZjA+wTxiYLtscOQYUlJSTD9CUDeJ
y4F6euSjETQcB2o5dzgZctZIj05hQ8MnCcK+fGaFfjAK49TZQJN6g1Nbe+mMGS/LtPqEQSEv3jkeVHq6bp9N+K3o6OQC9vwX
0d+b/DlpmC/Q+c/63hCMwWSpd7zXOxTPjIlm9bkIKvQgmETRkPtPO30naSsHp6fZ0dHeixN73DvwP5TAx1J3fDb66MNT/Exk
o+Nm/0f7vSf1nZGfMkbAsyVw3n+BXv6IPh72o2PdD3vG0vn5iEnTnnbE81n0OU8NR7OKMKG02rSota6edYOXm5NuM8PoaUDJ
NWx8EThmOhP3mDTJKXxEjZ+ExFSa1rKecvPQMYyxV7ayrh1KGV7f6NxJgk4en6RqIiVtwrCQ0kI3Wist8T28Xavdn96od+jV
0qtLndmN6dUvSzOp1XJjZX69XJ69Pt/I39v8kz+9V15KDGt5rTH/fqP1aGMxk+1szc2vXp9pZQrl+pWHd7bnp5pT8w9vNfIZ
Qdjaasxv3b9V59ZKzSXljds3yttba612Ln/rxqKMZYzVmWnl/qtz7c6msyzzlcXOGvfmxvzdmasrX89NtTH2anNqtTb/cEpq
F2crpWB6q778h15nvVWaXW5jXMO8fm9eeOXfNN+aux6lUlIjk6kDXm7mSgxXl2avhK2sKqxI1WmlmG5ICtWHzmwlH67WVguF
qeky1smrTUVCt5KULadZFsi0iYs8LVGpgGPIAiLKccKg0dwJp8oWixGmeZaq00ORlAgS41SPIXwMMJ6RjenL8fUEyZqcHSZ4
iNEJK4qQJxkATcAbSMIIi2RwnVY4yk4xHMtEgLFRLFIkQUYUSQcxnYBgZMKXmEwgn3SEmMcSKbgxMjwqwBKEQIE9Bv4Za+OQ
jyPoBhqZgByBh4wTRXhERnwQM9qQVFkIWBZaWGLRWsRzlzckcqIIQ9Gf4FjAkkFmn3JIUyThJPnHATHykQdw0k/EFts0kUif
QYRlkzwdxi7LJFjqZBw9Nuk0FsmiZDnMUA6sMcbZv/Ekmhf6rAtTIDQdl7UuN36IDtIQw00uTUsYjNUA8T47cmKXC9BQoDnb
j4huyPiIc0ZnXIScEYEFVAoPLAxFbAOHVjeD4jggPFxNiMKRHAuZYRLgSbEYOXFEmHRmyOATOxVgQ4hH9kDta5FNqzYVSSmR
xlFywKRjKhFO51k6G/cVy+OFWMBEBmI6y6WrGTK4/M1fzXIiENBZyvUQnkCGhvCMS2FRKVkrKLNCSFkUysvMSejTEicB2iFc
IORFyGQwNaIuKJs6kRKOx2nY5dRScSo9tb3EpFp35YraaC6X0Kycqy2+w9fLcpO7Ulan1zLqcrwwF13LV9daCp7L8CAto3bz
es0pLjZz9wozD7bKv11+eyZ3Z/Ha9vXaQvPa/dmpN+7nN+6stFtr95f+24fvFu7PXy+uLFRmrs3Nbqx00qvl+3PXNq6sK2Kh
xrc3lmrFer6TLWfq5fVio1mUkpflrDjdLs5kbm5M1xaq29liYa5RvrKQmm2XsqnU2nSjlm9ONaan56rb90q32rN3NmZW7y6u
vFXpPNpubF5/9GimnKTaxdLSw83WlbWtudbK9Zt3Nqulu1fX75XnH3xj8e3GlXlhOqvS/HQvcfNKkShvtq7da62st+QFWm1V
WuX2NFXSs3E+u8pfaa2vluZm03OvvjJ9I7M1+yB9rZG7hYlZwSvUqjmyni2F6VpmS0CVSkqaKuQPazAT5gQWLx5QpYJS5hi2
WChgspJAIdkUxXqnLDTCRAh6hImZpMJkG8OgDUQfFxN7JHYJgDlmxMHSGZPUGQHGCbYA2qVdgNmct8+wJUpieBsYNDssuTSU
YyuGOCVeiDC6AKpHEhAIkKpUE2lRAgUQxY5pxqFpjsZdyZe5WPB4JiZdkhonQqJx3AiBhXFjCwuGA6AD0cQvHwmKIKm7IXQN
FPWx0KHLlEV7/lrsebQY41xi4w4teTIb4BFykUyd+wa6fPgpZPGkqmNo0zoiI0d8ocAxBiM+DhggSMgzAhX4PuXagM2RFnVR
QNBOmkF1kk1yhJvHxFbCQa4gg6N8JaXRykWa1ASOwWMqQ5WEY2KsF3iXLjgeWShqfYasRG6gN2oZhgMxWZIIKFJMGSAlM8wR
tEx6gh2SREaAKZFJmpShBk5KcCQLB9P8FBpI4qrfw71Wg7YyVkxV/U4gJKlG7tbusIZhLVT0y3mkFMvhkoQJUoRLlfFSPbfW
lvJXruRXlOZyMZuvzN9eTWVb80x1Oame3Ex5pU3NNq7kyeyV+cbs7OL6las5tdruzCxX5rPr+fby1ubU3ezG5r13K1cfbbZv
zG4++idX1qZuNFYfVaur11dqjzan7y6u3t7eXpudf+3GnbXXb6pzMwvF29t33l66u1z+0juvLn1t5Ut3v/S79//ZO6+tvX7r
zltvbr2yvbHx5tvv3HrrwVuL929vfGXzj791/xvNO7e3th/d/vrV+YXVN2996fbr391c2fjKVZyo8bJMq5QiCRLGYqKakVu+
z3dUrKpERTuDhA7HCmxOTSkOrpbUDBeNixKwZR8v5WMysexjsmJAoZytCgxJh80OVxz11UwJLBQg5ZbitKpyCkwFROYgQ5Un
aXIyKebtY9Ke5GEPZcn6pNJB+ca9eqNR5hRwvQFqrCsWlpX1RoHxpknmSoOfuvMoFABL5MuJXyGrUWxwCzmik+1QbarCFFNo
ef1BTlybvikX5xyyzFXra9WF5eICcPlUOk+W25m6y4E1TMSoTOypGXO10brNqYU3Q0nmill7epMsYt4UXwmFrXbdLqSxdCtb
wMtIXpDEK1cpdgXMZH3ZiDyVmGquZ0upcjozz7U0wZPJBh0QxGK7HWbsCQfqqli3NQTr3DTkGZjHnfY9Jqtk8XZEIUmQvXIU
pdI2OYP4JPiwiq/a9mQcyQTgMOSRZjmvBGMEVF1yWNYb4xZGakE1lnq0bbEgTIA2YlKsBiQfpImJ1AnxIHBQF8QGhQc0PKv2
h7UugJmXmTMsSFl5h9r/xXRGK44YiiFGGOQM83OG9y6COtEoZCx7cPDy/BTf+5h82jvpR+QRebK/M+hPjvfwJ8eOHoy/CPcG
RWdvjBnYKHPy9Aj7oP+83x0enoaCg2c9aRhr5lF146fnF3LDNNPPHzHOPkobp7XC4RF/CJuD9OKr8+5mL3OBnSkH+5PYmUxM
BEP8uEyBdCt8PsQPj53Rr4hj7qkTYC8k7uz5KA+Ux8rFp30OgtPM/gGIWqNognb0w+fPiNFA67va8IOzvoqGlDvuQ62PuX3C
LI8QSTqhOMB8nOC7M/jYgGzBDgzr/6PovX8kyc80v/iG9y4jvc8sb7pcd7U343q84Q05HA53SR6Px+Xtau8WOBwkCJIa+gv0
iyBAwAE6QJC0WAF7e7sHkbt0S86Q403bqu7yJrPSZ2R4H4qqKqCQqIxERsT7vM/ziYp8vxUAxTXbQn2nMygEUJJXQscEjihi
WZxXCJZGFTKmz6/A0EkcgkIijpECmmchHOAEkHM4jMMZERZxWOQgBEAEygIM5yCcgqPkC0AAnH9eGYUQF8LQGMbdOEhaOQI8
gEYAhsMkWgUQEqMgikGMwgmDR0nUilE/wlPFBr1AhkW2mAEcxSwJAXKnUSbXpdrN2aiIIAuCZZNwvkASVQlazuULPIkkEUVJ
k14+pZxVa1drWL7+zqWblxbX6Av1+QtrpdpKeaEx863bm+XL3Hpl7tX1+dqrU3fKV5iZy4vy5mqeyaxwqTvV1FxhicuRGc83
4mx5dkpQMLpJTS0DFCUlwDaErFiLKhC4QCPchaKQoa2lNC1IDOPwlyS6kglnBS7MpmiWylZu8kUpV1W4qjQDoAWeE2dm0znq
fE5ZGr857wXVmRUJWiQoTgYYpjRUJidP1yv1mToOWxJD0IUYi8MQkCOE91KcogSS1OIM8nxWB046bZM/v8iCdQ0KH0qRIPAY
RWkck574nYlz1NaSQHbouXTr0OxQPmpb/SEQg4wG+TasdtJMX3eGkOs+hMfu2FcnHoarHn5oeTpXNI2eOeyPwH3MG0TOfq+t
MdH45LEG9faGPdc4i5KX6vdC35t47iPVOh3QQWuAh6NRtO2pSRCFBr2wvWX4quDw8cDXRro0hg5OLbMnhqELPNZkfDWL0jba
njwOB8MeNBhtt9xuD5x5kwmWbf9x+/env7APH/a/OHy8++zs60Pn0eCPD785PWt9uG+fRu6Dk63ewdbgD+RvxmfEVuub3sc7
x19OWoetj9xfPD7MRB/93cdf/7J/9Mn2g7Pu1pn/e9lTd3vo451f18++UnuO/gf8/i7ke7/tf+b93v/4j495f3wwiJ4eH//a
IB50JuCx9Wjrvrt32O03J2Mr2CLj4989kFuj9jV9exBgyBHWHjfV3F7hm2DXe7q3W3sydkcH5vF+YClHCGcHtgr5vJkNPTGO
+iyPAZjXMqc6sxTrUTfN4w5ZqaB8/OJxlI0MYK05ODvpBe4wHUVjdorXkELZjQolATJckSWrmufVoiIuyjOX8QDFJghbqkg4
wTdnkbyXq/kCxpYzZh3HZ8SgGBgERnM0AZ+PU4BJBo/ZBAkoEsURHGFwAoMRGqUQOHlIECiJoHjCCBBOhDRCUCTFkAFgZ+Ei
FzGCTPDWBVFgKI/4CTGLXUOXrq4yLITKOKLbpjwdcoW3rc0S5xgRJpJpDJc8n2bb2dItMRY35Ey6tohyleyUzGPVyhKXLV1a
WKVKNbTGyhHN5Gen0uUb1Eq1IUFKKY1J4mxGmE5JOsOyJSug5HJ6Kj1CBJbhilwVxhjgLM0RrMjnBbqszCpFlGTZOCcJuJTN
SXAFiFKOWyIon2LhNIVkqiieBZiE8zKFWGmLAIKSowVMtJKgnk/FUo6g5ajJJgyRdJ/QJwgWW5FkKi16fmjZnQFrAN9CR/1w
YhnYwFMnoXPoD4g+0JyYx7oTFMFGZqgPNEu341jzfNs9Ria6Bo+6457d6YHeaGIBbRB1fIPkhi2LSh6e+qZB6Ho0Om51TMuB
R+Ygad5tfQjpg5H6RLVcLG2P+oOhfgY6ob7LWdH9no2DyWQHNc8gR4NVVR8mcGqwiN8/VIcd1TywzV6/NXKGetfonER+t3Ny
NtluhQRwJ+7ZeFs/I3DDNNpnNoJO3JaFmE4qmkzoYfRZ92SojVQnsL2nVncw+p15mmTt3v72N/u/9Fz/6+43g38eH+8OdGP0
6Re79Enqt/3o2A9auvX0oKN+ydz3km7z+Kytun7XfaJZP/c+e4gg3e0//H3nl2483t4/i3bHB/u6an1++Mez33Tk7X1nxxtu
666mfxl+iHxuqs7o6f7wMFL3+o92Rw989UvO0Z8cPTW+ykXdbAvzIWnrAO2cOtsk2ddWKp4bwewItxtGdz6iyUnWRGMNfaQi
Jy1rVz9CZ45hQt36OBb6KdyDj/d9HNrBE8LNmZnIGE7sZ2abHcQZ0njsMFC4B+LuJNQ4mazqp9bgGe6q7XFPnhiNVbqwWF2G
YLQB4QuOxV4iZ2Gh8erNgAgQkOKrG+kwm70SgVkDei5OYvU01cqlg1whs9mAuHKjLityoZCuFrO0lEnMpVAVUmxKyOcr2Qwh
puRSkVNqmVxRlJBCqZpCcYVC5HwpI6T5Goq9el1Izb38RonJKK/kUs15+M83X1upFq5ObywuvXWjvCSW3lHE6Cp3fWH63ZUX
SzeI0sLlUj2/wL34AsQwLxQUSkKFDI9IRBEihDSXauQrZamUiokXszVKZAtyxisV7dyFVGV1mkNkgWIK5WKGr5R4P0zlsEIS
5TGeS5tTIqAxmZsrKGkMwhxUXqQBTyo0s9YkBZShMMJRGJTGOKVAsFBawUFeJAtQnBy3iBJNDGgxAuyQwazQDGFHJdEoxNEQ
DV0Gtnkch3wNI0ISdqAgQCMIGAxgISVSEQf2g4mBWRgGjNAKLTQ0vADBLNIgxmEUx3aQgGAMe04Ch0lwcSLPNoJEinESL3AE
ht2EpDgk4SyWCFgHYEIKcgHrJjkZDlzRihhXdywGuLFvue753f42ZMEqESXKpyQyPMIAqkdyLoNIMD7yMRjlHMrzjCoXJb8m
ABURPqHAZyO4r8ZRaGNeHDmER7YRp0/5Z4gHuUFwJTyKT6QxPIIZRPAoagTimGQY28jYVAlN2K0jCtbYoCO/l/EwN7ZE6zFA
MI5xw2TfNap8wcpGkYZrGAIkBLgiQvQGSMk3pRBm4F6n4NGkSCIUFA2YpNgVm5X3KQudZ2I9oU+mwE3n1Bw+qbjWxEStjJc7
y1fMkDM4jcEo1u/kvXzHxTBBQ1xbrBjOuFAIOL+bInuf/t3DrT/ynZnlbsc3iS+etWPCfOSA4/1p9vHwmNaHKAEZ97NYbhdC
/c7TXdOQqMdbh0+/+QWBfAwJnd9/0id+LsRW7qBD8cxX4NAWimMUaP3N/EN4X1FhfEJ7++TowhNtbngCbac0rHl2dgI++qMZ
CHxthcxfSvR2bfq6MrUwl5tei8TCS7UrNUq5eTNd4GH/WrHywtWrz9UWy/gVUHyPEjnyajFcuRq+nN5Yvzvd3Fi/OL+wOLdS
uFSvFJvTG0K+vDo9Vy1M1WqX6rNSebY8V58qzM/NLuXmuKXLl7NsvjbDLdYuzdeq+SZNzSSJrjY9hzpieS4M6Tr3bWG6GAP5
SqEkb26WVkjstsQZGeTuRXnmhSa7KJenLuUEtlhYrHg1983skryEskndkU0xywQoVZ+TmyJIgwx5tVpNC1wBmaWmFzxRbHDL
61WxXm9kC6lqPl++RrKUeAWCYNHGSJzG+HACGA9lEQrgAiWEzpjUEFqnYRb3Eken0JBAk5pS+BSLUqFMwHCuhDEIYDDch22f
IUwcxRO3CkPITKI3wFSAEBEKYw4NIxEMs4EXJ6kAIpKyhhA4gHEDOBBOkknGh89TugKDmHajpMxCKwJ0yBBJMbIBhnk5RoiD
0IcpKumjQ0QlI3QYqImuEZYxe5oZDwwMc9IkQJmxrKJYbOIABnkgaWcUCCOcg4NM/wjt476hjsajVnjA2EgYW20OUE6PRSUE
M2GM5FEHtSMo6RG4To4HSUY13S5GQm3N3GfHY7QbqTbiOm5fwigXRNxw3/WNyIIim6gCFTthYDCJJII89FDNVyM9TGADBnRN
sX3ihIOdXS8cWDIKCI+boGLE2k4sBm7i5/sE7aLQLoiRMWpYbIyShBForsdMgA1BBN8xGYOM4YIXYLbNZosBHvBJOtAjwk1e
ZOgeC4JQZU2aKzqmgcihgDdcbTYKUYIYekzBlUE5y0AcC5FWkhURDBBUDotIDE153KMe3/o8PfeyDVNsMPXYiyTm8QRb6ltX
Jh1gCxZRzBSnawJ0BS7JBX+3Va+nMQMdd7EdCDWqV49/+cdt6vdFCXR2xunYe2b8vNFccj1H32PAs9SHpccQ31s3Prnw+QcP
9Fv8UXzfbs1cPDo5hP/mFGYkpb7J4K+t4pfmmhvEXHV+7drz+pvYWxevrywqd79HFzKX1avz4St3N65VVqnVt6e5b5Hr66+8
XI0u34m/M3v36vqMXKtWGmIemRLLKJmZ52qIkp9tlsqFnJCbrZcKqFgluTJfqeTLyfNqpWKuOl0tytPpUp7HRIHPKkQx1Zh7
fQ6QrwsYLVfq1WzzCsNfnBbLBerN+gd4/ZqQgqekP1mRrmSrqdLbtbnlqsKTOZlrNIkSlxdqQh2fQgIlCbiEwgglkkCZDGaT
IBfl4SQFsiRMoAjT9BfJklLBUY4viiTtlsl0wREZkRAgJPmhslkDE0Um0cNRRmSNQGToSJBYBhVhjoENMYFOWgCySGQVXiDS
1CwvkRQAiEuT+ARBLICAKPR9GdixH4UUsEg/8CAIDRGe8fd9i0cgEOImxqFeQshDMh8HkUr5DklgXEAipE/EkasBF8Zxt5OI
4AiJIMdK3lmiH5rHTQgyeAAgLjQ7SACp2CQhagJmXZdMyN1C85TNCzDvBO24PAj9VBBiEdp+YsdeSCJJVT0b+Qzso363f7Rt
HHN6FOFtTOyGEWfAJB4ElPE0IX/Lh1mSM+Igc7D9T4mfW4cAc3afDlup7aFdMCKJGumqk0jbn+zRuHdoxviYTQ6OL50iJk05
HlHLZU5g2uEeh0GUcAbGSRSnZ4hQQJL8i/u0hUQYgZl0YJNM5BdtMCahPsVGJn6GwoRFiDGmoxQ8RBMnhROfxV0x3Y9QV0lS
BnQ+GZPlFQ/yGbnNQB6DaYNRQjwkjeZjmOWTtGiRApamGTFMMvMAJ+kwySv6KOKlYyzjybTP8ThpBWND36dQBKJwK8jFE/us
BpxK2xK78g7hfhUtyUBeODWTrmphpVGaQMvtBYY9ztLZyYUkQRBHnYenXJzBzuDTp19smQ+1ovvbj788bT08iPbDjAirJ/aj
z+mB+jVz7IJh/oufoz8n9sY1teUfInyqePDlYfcXFtpTf6PF2plGddPT2fbTiPBdIn9cEet52akYNNlCY/kUBIVM3MVGoQau
5XqijVxoTscjd3E/xceMHEmX5q5npWLzUq6SzaYqzHqUW755MV9eJsXmxvJaNaWUI6zSZBv89eUL1bK8krmwdmOm3likFnm6
WvFAM6TRSn2xwTGbLASlU5mZpnwBoCuCVVekK9T3yPSygqAVaVOR8ALFV6aZRr65CHEKJm/kQAWiaJHKFQrehJYBphNZtyng
PEnFZpVAkHpqQWQhyXA5YoaRmixdriwQ2WyJAqLJp1k7pFgRpfARossGJxEEzNMN3G2l8GiM55eJmMQoBuVKEglhGASxeMxR
bJoSYjLiGAYVzFkuIVksAVoIHwU0iP1E6ViAonGI0SFKBRh8vlwvjlihn7ggCSW2GGBx8vxAx1iPxnUETcIlEukoRxJ4lLiF
wzpoUkUgFt0ClgiUDyGaRRUoUrlQxxO1R+Pjx4kkIRb1ktODoh4dEozBwZI/QACMTvYf67ypurQzHIBQ2zqy7OgAicbZXfVs
HAeBO9ruf0X06QkXIBoVPk0aEwa2zGNUQVsOh44xfwJE35YzT4L7DMIeju3gFLFtkP7SHyL9xCLbsWb6gPQffeJYqZahsy1c
Nz0509I7cmz3MdSbOuZ9ku98bSBcHE5EXuR2exg5HkXtIw7gJxkYG8tDenCCq/EBpIE2irAst+UaAxpDz2CWRmEB1c5X8t0N
fJwgQkBujYaRjFEpLEQRlDsfIXiGxQ5BILgIxWNSyJDqJxB2vhLG2MZjPWlp+ygrMa3P90mUjAYZjXxMzJga4Tsw2nTTmehp
/yk/4Tg6DCeEgHvNbq8DnxZO4+4jtCYcGweYWpYn2PiJhdfIGM8dtggqUci4RxTZfIxD9MA5OBlQlzNfHk+G5JZJg+Gzr46s
p+MdJJq0uybT2zasD3f8J6caBD9SffXj3x3kqCfe9rDn7SMnnvip9+ShGGnu/7vlgDKmHfAbde+YQdXIzoQavVLJUDImVeuI
QDgamZR1lz/jI+aGAYKQ2JgpWaKaM2ALYsOD3I3G5eZcVljJr+YytUzqCpy6sLEs1UuKQK/XamlmVsa5jCKV8Y1SXprN3+Yq
07NT+cZCfkEiK/kQbGQazO3ilIyLjQJvkEV0JUfMeIjSzK3l00JhKd+sraP54krRpbzmdLFWWXtlPV9G8jVieh4lJCSby+Ya
ksJ4JabGOVFZz1FZPnCD3BxdACV6LuVPFQxxEqYgJSeVputSKp2iZAnPHEq2hzJoYo54SIxSJo54ZBQxLJEwHKENpEIJtkge
5sx4lrQDUA7sUiI+jMa5lK0D1GOQ5PSxlotEaAQwy3MSFIPIJHNCngbFVDBK/JBwhMAJYs9GEd8/vx4IeY7jBCRpaLHjJKkW
cS0/8u0JCZ/fuurjmKNMIkgPAp50i4jjemIYZDk0wXvHCvyJ47j+YPw0BI7N6jDe1RIsBAHc7iIUE/RMzAl05QlMeFqYPj0t
I7bbshxgGUMU55/Ypj42o8AYTY5YELXSZ+MkYz/0PA9SR6aXosIRbCcNHZvAiV8KyMDusyg+KkEkXB5hdE3TwW6HcIOx095D
nLBv/dYfEugJRmsMztu0CqxximHgmMOpLs+zcLKvKC1AEUWrAynFkpocHztJiMQyJIPbLH5SCQ2RRgLW4vEszz7SI4QR3B5E
yDxLQ2NMAEp34rIYo1JFb2JxYhQIOTNmCJgh3CeA0cpKQuVpKYJ4vspZn8OUTPCmHXPECQ4sLy4oOfUz3WAyLbPOc20sT/Zl
DeIztAoj8oTqxawkFbqOw6QV2zwz6SK0YILxib6cTnjRyJCCzqeelaKaSfcmp2PLDjahjpGhEBodGtSOv41/4a0VP4rGT6kT
W+ueHo37k2N9fKZFvxv1Sf3E2392xpwejnY6vWcD7fBjM+zsuNv9x7vDWO1M9v2DM0FlpP3DurwMT72irQTFwno5x4rcUmTJ
FRgv3eKnC34crTHmdC29YMteCZ41ZhLdIKg5X2xGNy6KOYmNxCBwamImgycHO6F51hNsVc1D6HI+FoGJeSnCKUhCnmkCVgyd
FC57ur230JT0hSkYBqkjiqNgJAvVSETimSSex0HJGQi0a1VekuoESJehfH5pplTixQDdERcoREwVSDhGJRniihCXpbJpXppm
K5BX9MtsYLNBjszECf7KRVgmELFM0usFkKXPl87yWAQVaS1CiJAlq7iMiXIu5JPURsqGrsPxOI48miMQR6GcriQliJQUkOB6
aZ51uRQdNNmkKNgkUDkekiJZEh/jvKcFVhwmMQdJLBJgE0CTPjVCPMzBCeBFgI0g4CVch1BqYMYA9sc9b4QigQY5DuEHmDVR
E4ByM5gHe2iIDzxhEJI+QOQ4FBLkG8cOJKcmZkQedbzIdHpWJ/ZPVNyww4GP+M4w0vdC/3N9DBBnHCbp1LymIomWwvKjTs3U
IS3Sog4wOR8aQfjQ7J0GScbryazRi/ccwTvtQPopO+4kzYOmTMTxVMiJkzg8po0jIAWIG0+HOMEHTFHK+vCXSQyMfN+DGBDa
w4lru8keojZBpiC9b1iwQPg9xheyXcL3VDPpKwgnoKTrnyE8T8RoYHKswFC0kmYNEJ0vxsckuTHC0jwXi306pnABPkUpKVAQ
F4M4P3a28Fhm+uk6O4LkCtMtcICOuVEC6fdZu0+yDOevcgTO4wpFdGiqAlOwEKPbA5IAIq3EAvkVe0rSnQgqkwSkZSfBpySb
Hh9OfK7DhBiFyrTzn0o8sUFpLr25NFUCFKij09vQVQ2dpeeV56taLagZONUf2wopLFNPwyoXa6O9r5VHudH1/LNUvWf6Nn/o
sFsx8yzs7Pnd3eBhbP68s9VR9/7wS+LwePglMqAOKF3thCfHPur0jPHg8OnER/dgY9g+/ibmdrFe6dJDcGyWBSWlhgdW40h5
uhehZUcy2mYbsTvlC5eyftwVDQlTs3147+Ef8Da6S1jWHKOjF9760+/d/N783Z9cfHXz9Y0X0t9ZWHzpjReu337x1SvrP7x9
LdO8c/u1lVfeuPuWfPfm9fz7d/9k6kK9efnm1dvvvTNbXHi93Gxcz7GL9Q+uyBfmckqtlin8WTZubKbwO69sPqfcvPkvpPnn
by/NXRHerNbS5c3cNLe4uVIVpMUbr+dWhdl3iQydYxrMZdRO51lAAJ6ekXMci8ZsJs8TkDzH8at1IY3jCzI4n7oqpWlpLs9B
fEViq7DYwCQOQxh4HHVwJoEZhYcFZKKzhFrgEN7NIiRFcfUKqru84KMJU7IYwBUbwlFUoQmM4J3Qj5PKIQ3ISCqGUAMAOySM
BRDAqdD2cNLzHS8icId0LYSE0NhCYNwLQ8iPAs8FiDc0oUDTOZ72NSiih4DxobiPsbILYki3YdelXcSKcb5nJ1ad5LkgCE/N
JCOHuk4Sbcfr7kP2ljWUXedZomn7/P4UxTY42TwujWIdOVFD1RkPT1FTR8foyBoGMObEbqwPEWuvb2l0ZFlk2z0NfBAB0lUd
O2mHmhqz9ydji3FhPoaACpEIbSVGjEw6sao7jMjgzjbkSQWcjBkGUBwHnXIQYGHWJ7wkLqNQYGjIhGUimER9x4YELsUBN9lz
nNdHuEQiGEX3UJzjqQxCcmiUHCUaT0QC6IA7/7eJQ2ghbeMj8oQhgW1kJVxiMDMYJYEh2D9tEZoY0XzSr+gUGwUSAQJBFPJ1
hyQrMPe3jgg82p2bmsef4UOcj2eWGmQKHnDB3gMIJ53BcZv9mhnO5k5YIv0/8303DM460Y3cwvwYiYhG7lN1piXQjRdyz808
FZLz6c3XU094escItCO5pLUOt78UtoVny+BZDA//q9yJD5DwsxDSSfXUgU9DqKN+9dkpJneIfvar0cHJUM2rEC+hE2M0Hg71
reHe/Z9nd7wPaeMM5lqn2bZl1xwzE+Q9hsMEyg7mHaKPsHmCESMjFZAhwNKFbLrGp1IxBceGbPaPRSNqC2q8IAXZFz747k9u
vnvzzb968btvvXbzrYWfLW6+9fKb3/v2yz/5zvpfvPpuc+O1l39w62d/9fKPpv7s9denvv/O+8tXZi++dfs7d3/w3y1MXXx3
qlRUptJLSyvXVq6uLhc2CrP1VxbXVi9cLcvfKmdXZl662Fyfx+eVtfmFxt07c+mpqW//dOWDmcXKVHLArlx96SoqiRxTZsyC
rEzZ3HnOXba4XEFxQ4XmaKUMpa0DM8f5lJAFlwHH1FhpeoNfIHhMIDd50WdZkaFTHkQndtWjA4pTvZDWaLdHxgqDxtqJaCEZ
x6OHHGpJNgZTmO1SsE7AdEpked2H4RD3oQigME67AIeB6gUxjMCuiFOwiSVpFIW8OCIdnk0USgYIksNJ4KEkjrhQFCORfX5L
58BPMA5FozgOMqqVGZ8vfG3LwcgaeWEUYCLhSDuQDXs+4une2MAip+9ANsLYh8CahGgvDonIGrlROCRUC6PUfooe7rgEEdBn
AazvjCKIaPnnN3Rj0DBKbBpQiAb5MKeZ5Pk9oFp0iAEOSuzDFQ9wmRg7AvFI/yTKejwU8OBBnEQ618CLBIYjIcKmjRCLWz00
jMh0iCHAJ3gUqcEqAycuDtOCjjL+Y4sP/SSOQgEX8z6TRygf7iJBAsMmQYxcX4ofy7iKynl6SNowuSr4mJjVIGEk91NDGo76
CpVLxKsJlDJbS0uhmwZc67HZIQjw8CHJkXp2VkIdhpCHhO7HSi006LyGEyVY+mV7KHlBv1Huin3Dc5FhqSTjj7g8Hm8fuyo6
crtb1ADfn4IYdYL+V/fw9P74BDONAwZKvCq0us8eD0f+Kcw0PnHue/7W8Tg6gLeGjzPTPtrWvYfa4/u/yz9AH9OwHiq9T5Cu
fyTgg9gkXRefqJgl8kA+7Q8un3QstXeC6q3YHhRzQ0YeOnzcxtuV3t6J0j17vE/C09Wd1ia+sfhyKFJEefFWI//6tfxLM1Dl
Ott4Ljd1pajenFPSqSh/7cXl287l1XKumW+8ANjJm4Ul76UCdmutrG3c/eBf33j35pWb69996Y0rl2beX1rf/Nb63Rvv/ujW
ldc2329ceevS9Y33/uLCt3Nv3X5r9u03fri5NjXz+o3nV17/wWrl4mvCvR+//O/v/cX/+M5f3fvTtW/fu/fBvXzjzrfu3fvJ
3ev//XN/8tp312bu3f7+hVemfvA/vfzffvCnjXv3/of63HL+3sV73//pvZ9u3PtLokTRSIrHPG62KmU5sQ4VJQevkFkWVvIZ
QcjhdNQPKCkz65CZAspmRBLNGXyjCOcLjCTmVYxCUqzv+m6ikcSWzge+xBlUjhCTlQlJJjrC6Kv9LpIDJkCKHI7m5tBM1s5D
RMClfAyOMN+PoElA2XAIaY6LxIEJAygIh7g/dnHM7Pkx1teC2E004mKua8BmZAVWkGRPL9AsONZDw52ET2Iisk3gogZG2okJ
Ob46SbzPDywX9CdIvAsbCWhGJtR3R7oKjSPdHzghSIgymBhu4q0e7IcJCiAaxiBUPwDy0NVNKKHVBGo1HzHYyOS0eISEROip
CBPaxvn4UAtQbj/UjUgdWDRjJ7nXt3x43zMSgw7bXTbZaRPYPV9zUMJiDtjxoU1SkBUFwA2IZO8oPA5O44E/8Yaao6K91sTZ
F4QtS2/vnFmPR7Rrj4yAHkK2Prb78ROAnUa4Rkx6XSgKOhjcm7DRwbPdj2w5e3ZyOqRbPtM1CPGbFDL5PQOpBvARvEUUPLOD
7Ob34n/ut450iwHwvnPiQoG0/U+d5vh3f33wUb900zz69IA/svZ3gBbvRp2hEw8/2T90LPRZL1/6x//nsT59in1hfPL7jw/N
wVPrV+3Bgy9mtx//kfjq8d9/to+K5lHr4cOB+myr/azQ2u10J8ru10/vt4cw9KA1efa3v3Z7i5L9RDhq/fPew85R/I+P2v/3
Axh78hTXDlw1ype5jgFSsToWQIlCxeNMPxIIoe0eC4RlcEXdtdVr2jELqVjbHvSywbhrbqOlnPKkuV7Jv1RZbeSseuP1qnzh
zszti6hczPLVxY35NLk8Nzcvz9Z/9E4xQ12v53N1afpGWsxeXShQc7eq1282reff/s5fvvMvr66+8vp7N994/sbiD9buvPjj
u8+/9N2XLl1+54Xvr11488VX577/w+d/sPzdt1/ffOu7P33lysqt77z4zo1X39+cuv7GVC0miMLCu5fqBbFZqKzfkQpZM1id
YrNzF+5wYDZbyhIvbl5Jr8zc5DNo6dJsOhHWeHkhy629kppKX8bqqYJSra2pN6YWLs/N1+6mmrOAXy5Wbsw1/qTENUoL2TS0
dHV29tvkymKjPH9hlsQrzq3nm+T7/6Hw2uK6RAuZepqbnRBwMZvFuGpq9ipziU9Ry1yFJ/P5SsJ+I1Sdy0vIWu7VulBdapJT
q2KOUKLmQnkmuoRGTpScZbGAc4SgUliYjwgWxiUeaRzTgLR5HUfjCZ8mIzoeY0lB0SYRurYTxxPpfL0HyDdcU4XORnpgOO4Y
GDCEPIB0r7/X1ax4jPhBGLgBFbtuHA79oO9EI89JdK8H4ziOvaRznOlnrjHqGQmIjrf1bhBHnX6vZx2f6H3PCOLxxLG1zsD3
u0437HW0bs/GDHOsqYYdH1mxpR6enKjjgXGsRZZqTo62A/RX/W5/W8OetBNiVUeI8XSyMxqE++j/FRw/62AG6vXcrhH0DPV3
Hjg9/upX//nrUXD4x84J9g87+9vbDPa/aF/94aP2yZdb+Jk52euzQ63T/Rz+jf2/863/su2YkfbA3wHqr4ynf22wzz7+1Rdf
7zLC/Q8/+5h48Hj0YIxAv7EefPVAHbpb4TYCnjiO+1HP+9D7260nhw+fnrT7kPXLww/7D34F2v/f/frhl193nwxo+Wj3tw+x
B1vH993R4GD40Ps6/Lr19OHYiM8O6cLf/G/f/EpuHwZHhx89PLa7Z8Pf7rb++o/UwcOvwqPR1pcH+uS0197ZHZxsQUcn7PDh
8PjAcr4efjPWPLvd8sK93318JEXqp8x250nnaDCBvzpVfzMIQesZq0OkSlzMcvAEpEZgzCBlFafGzoCUuiowtSEwJ1Cs2e4I
qWzHSqxg4y3bzO06jUOaSVNH4Mq31t5Yu3vn+Vdv/quXnt9Yvnr5xs3NW1dnbl3+3rXbN+68u7px5eqb1969+vztxqsvXVm9
fufty1c2brxw8ebFV99cuTy/cu3q5vT1az+abVy5/NZzz2+sL1xcXJl7e2NmZePqTPXttcu1+RdmN6tvv7n2L+Yvb2ws3dp4
fnam0by28ebi7ZdW5pbe3GBzmQU6t1kr8kWlwuTZeXZjWpkuS6I0Vc8X1xqFirhcTssZ6RLVlGZTwnStslwq5PmF/FSpzOYv
Fi7cmJJmriCLYuXaZqV8eXXp3y5ubF4UF+dvXFq9sLp0o1ZWnqvVpwvrc7UbLy7dujK18v0fXljK3726uPZGsfIiNuVgOlcb
sF4kElp2rnTrapZaL0HlgMGKSi7bgChdMqAKwyoiV5fyTWbh+poyT72hXGVSkHQ1TClxr8CTApbhxL5QlNbdETwtEPlmoGVM
3GBZx6idaSaHK+gkSJV5N8MFNAirJCwvKELJY9Fsn8ILBZcIMn0Ix1y83JMEBpJSI1pgEYBjpbmRUrVQBnMxTKcpQiQJJmbA
GSMvBQVgPwlO0MCuuyFE9SzPCwJwTFr+SayEGuLEaEhkc5ATe3TsO3C05YQGhJqkMYlaOOtyCZ4dRqcgkf12G1B6J27bNnbo
nvUej9jEck9dLIwdPppMnmLd3kDr7p0lssV93Ri4y5D7dcz0NXdn7yjk3SMnCet7/i6BTZ5Zv90bYuPpbX+oBr0WVHK24kNy
z+qSQ2P3ULUmh/5RSJ31kBMofrCju88mcGb0Rf84ODwYHGnH0T9De48+gcszffyM0F0IF7bS9af+0cCItd7YHAzUibejWo98
+SEU7Vq8t0WkZ3Z2h634aVfvSCT6kQodfMznnPHAp5RxKEhtT/lo/snJcAi6I8C78uDwLOw/5PQtqdmlzXYLSVe7bbcCt89q
FlyP9+P4YHij1NgnXIqDjlZen6inWyvqvpobO0mOSZXwiYb7MIP0s5tULUfIb69XYiJ3Z1kWKvVrF9IzswlZbkyRzHyt9EqO
XpguXaB7S4tS6XYzv3krU1lbLooLjWvNa/PU92auVG+nbq1fXJKur99IF+dnF9cvKqtTxcydudzcxtXK8kz9ufXNxZncwtym
tJLJXszVl+vLM82N1c3VGeXqZrMsT7GzxfQMvzE1Lwu5QvZCNZXLppRCVirMzOfnGrmZ8oVsulquzQi1LDFbzxeqzan8bKNS
SjNLUzBXksQirqTkLCORKTTLK4VLGCXNyuxSScyH5y+J40KqnEmQFEs3MkUesxSSBwqBpxXRZpx8iDYS8qs1m3mIxMjZKalI
RalCSrxRwItaFS43GumslKf4uT6fzviLij0pNsNhyTAqKOJkvHKPzo/Z3Np0fY5DRGtjM6bsEY0uCHMVWZlctrCLYrFy+xYk
UPoalwpyGNALl3NWk7MX2DKSR5AJzoBSbilNz2TzKeJiHAoAT9WKmbzcJE0JJvIuVMiuhbjHCkxE4L4JleIGVazB+dyUk+f5
bEO59LbQRP18cY7Iz9ELYi0vFctUGal7TLkirS0T+KxyqeRvdnAibTWKl8rpTLlYWpEXBJgn0AU+luWVbNHkISZOrDnTkDIQ
o+DTkMTSWA5kqgHJM7IQExDFykYeYeWcoCjJprQUYj7nWL6NIx4EcG/AWTyBhWh0fjsMksRbO45clvcyYxhCrQnkRBAeQdkU
FkMpVJQiHM7CEeswMIcJAOU80x6dL+VkOxFuUQEEYTYLMPRUkgMcwkUHcu1AAl4b5lCI8cU4qjNYPPL0Car28gHiaL1oqMVd
YtIyPJOE+4HPxB45IJqU6RMAtWnN0qXWpJv8wfIGuKqWeNxMY9iEb0wKDjvBoJy1woIVV3bZslSGHARLhbS8vghvRlwMJX1I
UCN85JsVbpDx4zPYKLHdY6x3aqqP2REz8eLUTloajvt5j9mhov0DJor74nFYR5DuZBB1re5RD9Cu0afswc5phJpGHE6O3Y4d
+3uYXtaCkGzBcO9AjSDauoW3dBhGk7iNNaNgtGp4o/NLMGzswraeRGrfpFE340Q1lw/Tz9cpmSkCv4DUKsXbEQ2qF1du4ygh
rMf4G3ehqEC9OtFfhbFyKI+zBcOEYg5OKz69iTE0KyUtikiJkEwyCEtwqUaIECmG5jAWxtiEo4k4YlgMBVUY4QnCoxgSMBDp
8yxL4PL61WuX3hSUF8pL0/JGJnVT4TL/7spy+u2ljTdekGdY6lZJoKXs5Rtiefo98uVXXqzk0ko1Mz+1UGLzjfK4kL4wRVWL
wmJlcYoW67kVBWBzC3PpbPHqy5vUFIk3ZRKSpbXFlDI1TV5ZTDfY8yHdsjCbA6VyfVDOL2ZQPH2leW21niUa9dqFBUopZMpS
6o2FRnaRmU1Tm7Va6c5cbTorFKeLVTGbZlKbKXmpIF1vTMNKASsEbP1aOVvMZnihWW7k2Vk2LWYK01KCnWRWIZ6bAW5VmG0S
CxlekWkxX6QJsphuFEppQeZTfImlpYooCAxGcHiuRFJcRgaCmCRWikSzabJAO2iJLhBhGWJyBSTHpNnkVfhCisvgKSghUS/S
WdzGIcn2GB+BMc7DbLLAEREOWArzM5IHsEhAaBf4LEQGFEWTUIy7mBMo5YDC7Qjx6AmCjDHPizwLAViQ4F5sjSaE68Weg+tW
BDCCR1mPgEPf9nGOhGO8B6t0DmNQC3KsEYrnSINzMBuOSZSJHRoNUBIhwxDGYNqnKUYIPcjpgiCyDd+FQ9SHBgmtFiIQehbd
nRx4kWWPkNgM2kAFfdfTYy1AvSg2/fHINwZecNSxoDgiwrO+jeoJ59pH2jCaUJTjOlhv3NMN1RhErD9xDa2spwP6ZMZFTS+Y
aNGDxygWO/2JhcIOFCKW74ROYLsnI9VWVcIe7wenk8H+mRaRHuqNcbg9HibYbRbODCuh716yJTs4bJN9h8S0UCNPUDU8hOx9
CGEchcBK0igW2AsZn6HzkSIHC3li3iVwNgs4kU/LC3hw/QpCpfBliXyNJlmsEcspTKFw6gID0dhC0DtfDrFWgBinn5yeGIpD
8CdxObo58e+OKIu3ApbN7mMyW0PsVcik1BQrP+9pIWtzDJMHOl8Rqvl6eZFvlsUlMQ2q2dX5d3Ni+lbqYoVTkl48Jd4oh8Si
vDRNvJ3NrjZWRHmWowtSvlFrbBTm2crV7MISJ82uFqrInfn0VNIn/5tk2zf4N9+5mStx6HKenDDpC5fh+uy/gV+8uuLGdL6e
a2JMDbNyzXG6/BKPis+tpqulBlVoFusszywX19L1zMrlTWWqcf7BBgTja7Prhcar/GJzTsSK1RKXzs7OZzFGwRRZLhlIqp7n
6yUdVwSxtFCZZgWRsmbWObFYLsvy/NRcVZJrfJ4vSyybFsoVuYpkCnJ2DsuLRA0tEmS2nAFVDOQIUVYkPD8hUDw1nxXY3Pn9
3tVZRGxQVB4tstW6DHiCQTKoyDbELC9lIxSBEsyKowi4hOuSAYqHXSMMHD0kABsiDgJACHgOQDFiw5CDeQ6MRkLokxoOeQgC
+TiGhiBRSYRBIGI80gK8HqOKx50v4hHSIaw7qB8kUsTIIMZx3IRgFAYAn0ACQeM4EkMIiAxYiicQgYQxGeJUkGzm8lFIQN4o
aeEsipKYA8GKHbkwBIfnwzpAIsEg5now0IIoUvt4DCAs1A0rER0MWb4JKN6yHX8E+TyFxEkdazFmaaGPoLbuuLHmGAHsGhZM
hIGdwGkwAq7p6UQY+XbHG1mGY3cdB/Lj0HRdOO5bQzh0Q8tDfXjUgoMwDhL+0kMo0NzRZP/wSf9AnZz1OmA8sSYft1tat+/s
dYzxWBvrvd1IPz41cf3QnAxbQ334uWWah222N3L6utW2h4P+3u/vH+xBD/odcLi/99kfth4P7vdOh+qZanYmnfu75mhnv0MN
9nqj0U6vdXCqD7WDM7oNecc91R2pA1NTJ1b/tD0knWHQOn50ZkT9Y3Vob9ve2Hdd72Cs9izodPIMHY1Htu0PLO24444o52wf
7Zks2cD40lJEAoz3sqEXFYkKVky/fsEZOCHO04WltNWk5sKTYodquDnTXYzaAASVOM0oUEYuV4oXLz03uzyzuqJQSiPBrtfS
C/ziq/9yma0Uc9dmG+uvp6XnClcb8u1M8256A1cui5B0+ebM7I3a6oXsn79Yb778r1+ryo3qe4vVuVvived/fGN6+u6ty6+u
//TbS6vlxrcqdfR2+bl3rv/4nffWvp2av/ni5ZnlV0ofvA9NN9/K12kFzadzCE3PKATICbm1emEKkRXMu5Fdl/lijr8ozmYi
/ka1uHZdJnJsVqrMVpRseqEYkuQdukDlIhhTOG+GJ0gg4avlrJgUnInR04mfoXwaf24xPYVRIoAhWSTkc4kReUypiohEZRox
hTJwdH5hhfAiBPVQmbEDNIYRJ/DxgKYQBHHSAUYRDBkbiflwHE7DSW7jBJWh0wQPh4wHQ4hnnQ9AgCgPCc8X/0NwAkZRFwoS
B6LMJLTSJo76mJOcIxSIfBxgkHMawQQMw1iIxcBzSQhGAgrFkcSAGAzIOIMnCRIGkY8GIY6ZqE1GthvGSBxGfLLD5y6JQ67H
xL3QYY2BgBEsiWAxAocwygVEADkiwoHkPWMxzAtjdsdETpKQGgDJHnIeDyfOFamEavq66cFhNtqOBdLyCCOgYJ0beTh61CUJ
1JYcnx1byOh8IazPyPNFaXF7H8MRXIchzzAxJ56Enh3C8CELGfY4jkcRfOR2jSg+PA5Z1GQtl1RHA0Ob+OivETcRbmjvhWSI
hUh8pvVJK9KcM83q9Z6NQOvQwO0jx/9PgW0dGf1PxwYUGPrAP/C6g4ds3/pfIe10aLgAtoPzgVjqk16HHJ31d7rdnX98NH42
fjrY7m8/UQ//z5PP9//h5OCrw+1Dv9d72vvF+NEnX1jG6FPt5ORpq+M77dag+/TksP14Cxp8enIAt3q7O+iTh2fY4OQovn9y
/KBz9vGI1B59sqW1OqePWvpnX3edb3bj+wfhl62j3ujwwfCTj7/c21aPLGgLNTPHRFrP2G2EiWkm6oXVSc7rhArqmhNdde39
MOygMtk+pdpxSe+eDklTDbVR3xHTlPj+j+/99OV/e+07P/vZvZ+9/eJ7L//ozVfe/P7at9+79WcfvHjvjZ8t/vv33/3Tf/WX
/+Hf3Hvjh+++funf/fm9N1ILF7//3R+v3/vgzt3ZH81JS5ycnp1dSwVKYxVGiIb0fnm5FmHZO1N15dbzs5dTzO1axs0h779a
2XhpLrtcmV24PZUV5hqr81QTfr1YIVZoNlBMvC7wSATz1TmpgoEUnKfmSnySCTPUitSoQNnCFL2x3GQrU9ViRciLfK2BMDx9
NSIQ0hfYMk6ylA+4GKFJPORZSYS9EaMifERiDGzKqZCEYRmLGSXN5GWSD2QyjTamYB6Lzgd8BuefX5icX9z3WS80fBiJgeXC
kRexMZxsieiBTQSh48IuDgdumJgeLOMx6nqACSKCcXxuHPNI6CIBztJWMIxjoX2+duX5grZ0lFRrkkNIB/dCCvLAIFHtyLI8
NkFPLxrhDgccuAfSkTOMXTaICebI8qJTwmNpiIODWCJJiw5MVlUCDTAkDtMqQHE+QkYJouEaoOpoaHaZpI90Y+PYNySlP0Ld
D0dJC/DN2LOO9JNHwKbQDumT+Bj2hxLCInYFN3uhmkCtBzFwbqC6p7DjdJM35QzccYyrf/gE5zEI7iDcoe2P/TECTjAQ+C4T
ELhikQjvjDA3wNhiEOlYdBaFB2BoezEhEB2gWqbX6diMRcGOljg6QfVFhkBJnEyewKWIdHJQEcgtWFJSPcPWQxgZePw+3HZS
nS5F/B9EF/70rPwN7ZZwq2eVnog4u8MWiGcWdcaGAZox8wwHuEnPhMNgaO70T3qccugdh/1uf/dEd/5j6zj4Ozj6G/2xOhqr
LudwZGtP8rWvh/rOgXU23v/E9h85/d7RMSS3Hgy32CP7pNf99BOADr589k+t4dnp6fAj/eHOsP3rswcn2n3u039Sj8mn27Bx
xN7/atsIvtwxH//isHPi7sWeIfi1rJplMhhC0SJgukS4yGEwtMEuVSLXZIBGvtPdWxRCzVhHpetI4JUKtpWqWFeRQtiMhKXZ
nKi4YGU6t4HaM0wlqJGi3Ej51dvzG8IKU028bvYWs8BT04BqXCjOzC/MNBkWL5UXfQE0S+kKmZammq8u4cpbCkaXKs1GoXET
w1YbZL2Gv154j6xt8oxX595bTF0rlDP114uL04UcLWREqZGXCnSxkOFKbJWNM4yPpbIcneJwIpVlrCAqhsk3JjG2Rws8OWUv
hPlqmQk5tprBaa+GVAo2T7I0HrG8CUdyISGADOtQ0Z7Ihj0vBRCPZAkeihOLwb0MDyd2golSyFMslCTABsdABBRARkiiCRDv
u3GSHJGIhT0vtIYQ5Be8KEEroEEMrm5rsRtlIxtzXB4KfT9WPTJEw5AYn08HoHwi7lqCH+zaYYBxLNoeQfwO7eCwCSAHou0h
CnssGlIxGUGJYGHLRUNGpxAe0TATZuR4YgexhuKnrKf93pl2wyMGPuKcqP1kEg1d4tPfnXldvC/3DNh6arfi4ZFEh8vBKUR/
BXJZA2IBMMbQYRB0aRgBMGtoNs/ubWNxZD7TJuTuWP/KP5FGqUTyTLsXZVGSSMVVoMWDFoZjIXgSADkQQgfVOa+YJROyjLAo
UtDzSQKJwqfYHB0HJcRnYgyHAoRMwRgFFTAM9bPn04ut+4EIW7TGGU7kcTDciWxkQLMCDeCQt80czxNFl+JhQDtJTo8oPhQx
SoZxgGegSNdV/Ws4XU4QF3XxiQUKmX0CT42NRhxP5OTQyhkuxafClCoNCYolBMg1u3KoEmcOYSINWBmdql946toz35o8NUn9
AOP+fgLgx2P2bzG/E+xZ0+MzzO38VlBz/8ANdoZpdOiNCrGD7Y3PHtrpAfJsX/2wpxl/0H930tmfBEcI/IgcPv0V0WofIEfC
wItDXvvI/HD8IWLKT748ttNUriUE3ElZ++dPAp5tAiIDO37lFDL0JLOIY0SHKwF+lqZ9CsuwJ1HU4ZRxy+tRSGHKG3PMJlWt
ZtO0sWIcDJtHdDGzGJ+J6bkVshkbGS2lz8T/P0fvFWTHleb5nfTe3rze31veV6FQ8B4gQBIkQbLp2rLNcKZ7tke9o3Vywdgn
xUboQfsmrSIUoYgd7W5oNLM9mtZMz7ZlD5tskiAJwgPlzfU2vU8l9ICoQFRdd875vv/vFzfznKwsiRn4/EpmMpNDISaITspl
qp5WFq8kMPr85WPrimRsUCKK8UUYLkMYOzWxWE8zGxJsF4nswhw37eJrOX2mnlylvolnjlUJuFQ6zYpwHslW57hCsVJHuRwh
r6ep6rOzZsmJUt4dEgJNalDSWkjTKT4mwbIEM9XEWYkDdRtNoMt6OpdTapkZMVcocohk8kV+TJAIAYeUAZuKxqMcaiLiPLAN
BgzGDLvAQhGuUHa6QjO2z4wsJkTyJJxh4v+hDO8Q5DAtdwPCQWkCGAMN5SHdhQAOIF/VCb717JhUn4H6KDvetV2iZ9MIRoaG
SzKWbsRZBSLS4Yyxr8NGAOmxNpGRDxwqZo0xNvIQhPNZY5gE4wSqOxxi9Btmw0fs+wct1zIhkQicyBSMIYCPfDxgPE+1XM8i
3c4XEEXrmohutixk7Npax+t88nnPA62ddEuPzL98wlMu7IpmCHzH+n1EYb7+mI5pLIAN2GN8VqRF2iVEaOQzPBOKZvy+hk1G
jRBPQjGG3XdwAScownNCjhjhEW1F/S/9bEnFMH4EJ/EsnsEFQKWDnsjTIhqTQpbVYTJGaj5y0AgjyQigaROOGZRGBjQYtUP1
EZTwI38ktijaTnMEhIcR8VCm4mDFRSeGbItHaAGWfDYaeAoHbIruOnSPkW2KYw4ODaNhqI4LO04bpU0cpTpUbsQ+mm+OD1Ri
iGUMVi4aiPyUOrSbm/oiEQ6A0bxrbFHBgWGE44ejffio29qJ0fSJGthexv9gn+70t4OPd0A/hTJJ2eKCbh+5Q94N9j/38hM0
5uSHgQWzW58F+ODxR/f7qnb/D79/8MXuwGtav99tf+7SW785aP/ne5tPiI89636LPvjtVwe/VHeMO3+/11fGWLvfaX3J+7/8
8EgvkokIakK2G09yn6mRtO5YLFtHBxgaVlEE3+0ivzRl9sko1v0abu9FwXRlIeTQlD5vWywYTCbTiTKtUAtzi5OFUhaWK1MS
VqJLy2uVMzPSbPa6mKjOLryxduX0/KVEbim9UU4U0pPnCvTFYwiZeU0OcyyPTkkzNEEnWaofiugkEyZ9U85V5hQKl6fYYmEW
TZVmE6ZtpquJZH7q9DSa8aSaOT1t0FiYSYrpHM0RZD4spUZGFuGCNI44/cKpMB+xZJpDyjmnoNMEzFJ0vazEJieZlEjnVW4I
IaEJITE+EUbcgoYq4hsUrRm+H68KDqWQjh83o3Eghl4fiMag4JME4oOAbx2BCKhw9Ow+cp23IECjWqgHLk6qIFKhyEO9yEM8
yDfjYPNtyLEQ2nN1QkORsD00LA+zLOjQjZuEOW56qmORaRjHbCQiGpG1DYCNPNv2DrXREYN4ThJSbTdK7Zrh2Am1Bx3cPQh9
xLsP3CYVRTDRCx/xhMCaoxaPDNGthkDLKJEceT0Uge1dF9WeuONaRFi21Al84yuEo+N3Hvk7pkFQRyAw/aPboSVG474B8w7i
ugwpOAJ0QFoQQviwjmkY7IiOB+HbBm3qJm0PPdSGekcjiNZGJLyZ6Gk2ChhiRHkhGuUpjqNcFD8g5gY4DwUB5zWjRJ0JMtw9
lPDodJIMMcqgQRKkSODp3X8kx47nG8OoB+uHbV8SEhOY9XmmLea/1Aze8D1E+GrkAH4XwdIt1SmwvNt9fH+gjki2C8vN3a2x
BY23Pt81NUf9+HEfEy1tc/T76NF+9EVzHwDIGvE/tzbh7OOhr3d0X0RlApIf7Gzdiz15U7v3+Pfte91PnzzYfhzsP378dGAk
ic/23L3h4/s/fzB22bDJf/X00VZ7e/Q09xG9d7uLpVBo07r9dPNzU/14q6Levf3Jo/744Wf3Pvxyvxlt6n//2fA/udntLz5s
/M874CP811vhTz+zt27/Cv87vRN89pf3rSROb7p74R3b/esvWCIiyQE/N/IfdP2EFcu847sPnnrOuBUiTWisWjrU+d0IYgct
btjJII5LSCqLSTIJ9WtkwAtI1fWiyhK8SCISooiw7AZJjUuEyKpMMbqJRFN4sMZNr3Mr58t0CifLTF4NGiVEdoSSlJLPhBRL
wbCI1jlIZGMoQREv77VKkm1OnJEWYCxTCNLs/GqxiKc9fFdaROFsqoLDHpbkXDJj4UkS5yC+Iqw7bslPoFGcODmCdFCtxygB
RYZ8GSeXhVCEQRLRIxICGDoK4q6FoyVICdjMtEcRhBcP86gHBa6HWKSA48ME448xxg4imGdi7CyQqI8nKZsFjEsIDCXEmMQD
iVY0OmUP7TgNUTzmS9tzyB4YuU7QJ0PIwjXcGxCOHtk6ROIIaQx0B8RO3bP0wA/1kIHNWBqB5YSORygC5kFDiNojtK45QrjY
dLAIMkbkyKf8CIIxItJsL/Bcswtz+K4d+FQ/Tlt6jDgD3/sE7gspddSjJQN97CsWLIjY/eQjA4LErzTpbiOXL0QmxgakPRjz
gkgAJ4yx1mkwxQ5kfIYe7DsWLHsp2zBHrsuFA29ANSxKvu2EdMKlXDaXonUOh5/Q0UAjSDgGaEMfAdUKmNAO930Xd832HRPF
9U8PHUykokD/xGSM/EcGJtiwybGWefDYGiMUdxj5CssSRmOvty+KSNRA+6Zr+rF17+x4OhQ9+spAJVPu7j4Vgt1of/MIwqGt
1Mzm7TuepN+bxlXCw57Q+GjY0h88VHjyy8LAN4cRDPXudnu+6d85HGKuiux82aQOf211zHYbtgdPuh/19np7YSfZG6FROHAk
mDoEh59DMvrx73b0HXNvfzzc1p9su1s72w+5AnEw7tjEF3+4d1TdoZhH5OHv/o8vGnvtofDhbPP+o5DCSQ95Qo2/MrXgwY1t
49HegdH7Lx//3W9/98Tr324fHe39j87wsPvvH//rQ/ae9buO9hd/9WD4t5/rXxx+BB781X0Wjpeh3ER/+9D59e4DlG087TLB
5r1f7DWJLqTzD4XuZ1/u7VsHD8NfHR1q/e391t/+Ic0dtI1U5xN3c/SEGzceCZ2weQiGgHZGx4+deWvhrcQb86lr6fWF+flT
1drEC6sn68fmatLi9BS5sFRYTb1xaWr1xrmpl6vzpyYXpmvnFlaWjp85P7t4bn7t+Ozl+dyx4kvHp1YnyuWFhVzunYJcu1hj
T7y4fC7x4tnLpaXzi6eObeQvrS4Vs8cqU8rZE5cXs6nl5XcLS5P162EKZCOZWOJDshJ6UsjzdXk6BtDQzeQjDEnlRbbCkrHW
zKdCHgKBlEoKGynJo2Qay2ORjDCUHwPOLtP1yBjdZQqFjGaHxFQUMymPCbUg6JGSNdRg0YQbgQfsyCKiKMavAkSR7ZEXF5Ab
xiXi674VxNA2Uk2nGwSRNdIhvWeruj9qaEN0iJvqCDNsXffNKIyT1vXAMHR0CLY4r9f2siI0PgJkFJcIF3kYhriIATzbbbqs
7kcuFtyGCBcLXVVJoZjmR4Aa9KOou0OgA9y8E2h5iPZx25XgEaG4CIINnu21zQd4N4JdK8H0+xTLHSLtvpEoAlL0MJxZCA07
NxLQYQQOQdywUMDbMYHaeGS4kDFE031N8GEUDmitnAu6JhWwwPBDCw4kjmWifR4o8mTCMDGPxWD/fhA/BPdVyI9iCdQHYIg6
AKjAdp5uqV3Lt3yvUUV8MbL2Mc7bBni7j8VdIoJRKA5NfHQInLEL+3bgmdukNfJjNtTcbbBvuHsP913DNEO4UW4FqNl5CEh/
B6UPXZsmXMOyO5ZzYNgx8gdBqJIN6UAA5gB2vbYyhKGm8GzTmfZDbudTEGyibc3c83AcHOi4g8Wl0Li9v/fZo9v/a+f3D5t/
+Fmj1+zvsIS1jQwN8v/+fHsXhiH9D/pf3/mb/3T0yRcN/IPc40+/dFwhtKEd6rfGeNT/RN7b+fsnX3zS+Hc/+/DnHz7sHGzf
DazG/6QdNLf+l+g3T47G8M4nzX/7+Vfbv/tD/xD/C+fTv7idHLtt39lt/G1TNY3HDvTlwy4K9oYfDb5Kp8ct9wkvfXX4oX60
0yasz7oWxhwOYatAPgn4vnU/t918PLf58Euwq98fUjbpOctnr7/19VdvfeNrVxfefeknl1ZWXpu5sfqdC29ULrx65dyLJ19Z
n7yx8vaJd99Ye+Ha8bV/OvHNW39yaWH2mxeP3bj1rfPnquXXVwqV7HR2enE5LsXF5fx6cjJ7ZuP62vJ6iX6bVY4VTi1Nr877
E+LGxkzuyovTQr728reOfX+uXqyfFZY2Tl9bY7MSJ7F0r1hIlBxSYgtUWRPyeSHweIKTlBQsOtt0WnAlXIGXUJqpClx9jqwx
LMIxc5IC8SjOcLjvaDxsdFkA0KOY08ZwaI5sBCWiwQNCHzvbI8FBgas4JAbxA8MKB2gYMhzHwyPfG0aD5kEzrie3ocaVuNm0
m5EX7KsxxwIk2te95r3dTrenO+Eu5Q30BIc62lAFOtYe7zca4cg2rTv7vxgGertv95DRYNfyIm3c2Xw40iN3+FlPf9pEd3/t
f+iHR+Co3wiBanh92+nYfc06/MKPVMvviv+A7akGbvSB+YThNnHXbratvpMgk6oXED9Ttz/fpyEpxNqoF5BUAg1CuT2mfU8t
oQjQfUC4YxuHMyhGICMg6AA3UMDtOwWUpQhIMUlnz5BDAY/rCYEilIWfbR3VoAO7zCA4jcA4LXEpCog4jyEJK3IJlEDCtBJS
joexEVeicIaJkRVzvPDZKVOH0TCkuT4rhhmDF3yWABqShJmEY0MiTn6FmQgE4+n0RNAMbVpGJipFClgc7w+2IJ+UiHEL9CiT
XxtJMr1tHrQOrD90W0hnQH5EYiyO/81BosP6TYJP2o9jmeq0R2Xo77WDh0HjV50e9OTjAGkffuzt9Zgv4Oje//a4+9lHX/6s
e5+8vbV7J3hs7DiWfUczNncf7TfNcQCHH7a0Lx/9tf7zLxDxA/Pe4cfasPM50txVn2zvcr1P+82dj7eHjzqPWvv3OLU3UHc9
odH93On6P4fJXVwXph71G6jfcPbKjvsF9WTrIbz59DP0sLX1AeiV4i6Zp9B8dppEbRxdxKpyGVoRtElMkHlByPHcJJ1AM47w
RzUXDWtYNpXOMN+SfH/OSHDeleRSNqhuzE6+uvDSmdXaH0+9Mb9w6dzGpVezz1WuX57YeOf1iaULF16YnnntlX/1/k/mzly+
sn72xNzy1xduvn71VG5l7eWF5XdfWv3ujZNvvfbSH7/6R3/6yvzNP/7nz/1Jqnbi3I9/9NqFC9+/cPPMC/MTP1x799K56Xde
evX7V1+q/uD735kuLDDvLLx3/TvfeGXuva8zeRCOFYg03ZqcxhRmysySTS/hwIxDTaQQRsBItx+JIjxtWhwW0SkO14ltVkkG
2RWYo8QeBkZEXHlfDEcOPhzrVBDhY3/k+Pgjx/EQiB77w7/6qoNSbiuADQ5YZNEiMbvoRL1JSI99wlEPx/r+4cFO08IH3Z2w
a/ZH3XFrNO6O+h3XG/WOhqNGX/90/Htbb+Ob3W6/O+4PjwbGzpGm9TY9rb873H+s//3R4OiBPmx2Bw9jImz39MP/uPvTLb0X
3R/ph/+l++gPzb4VbkbNvT409gyz2dP/cc/e1h/jOmi177WxrThlgmB734F/yaX/rQp2Hz5w/mILQeXA0pGfDQ8f3+Ob5O9t
exugQ05RLRPZ7jgHX6lygOJO7MFLjx2MpNSxA6EQ+RsD2WvD4Z2mb6BiqGYTXnOkJoLoE9C3PMIXeLOjAQsiWCOCMSVPCXVa
FkWFSQYUhhOkPCNxsMiXRDluNTRLT0+glMgSMucFaGzkGOhjAYWkwnwpLYeimIigPFsgDr0CUPhppdSlVpKSszs5cbJEIsOK
QOXmlEpeKUiRfiBFwgF0+AjEQrA4B2fbDoKad6j9sTVX6zWlwGFy5GzfRI8wt5fM6/x+2ii6YHoh/ML2Ym0wd3X94Y7UuCse
aI8oix61f2O32Sc7LfXgE9vR3Njj2FFLcDf32Z772OtbDcSnNg8627tfeXtejbgT2+7OyGhEYKfRudt+RNtIvFy4kVtQ0CNN
n4eHSGXELNjBEdpC7awdoEQ6pXsj4pbcVicgl+eHEVTutWEPGmMDhqqkR7mX37n63VuvXb5x48XvvXP9xhsnL7346qm3zm3c
+saL37nx4sUfnLx0+fIrG9/81qUfnfn+19459fbbf/bK5cWT33z5rXPf++Gp869849Kl4/U3li6dP3nmlXPXz03fWLly7szG
ufUzV66tPH9y9cwLyysnTp1f+Ge3bty4tPxi5fTpjevn52fnLi2uLy/eWl85dfNUKkRgtnqxlhWS9UxqepEuThrDyTSXn1ld
RuypcrUIX56fqVYrl8WENzddL5fhPFqo8vDGheSsMinwBImy6dp4BikvVGV+Ea6suUiBUmaKyVs4nistELxSmS8kz0b5STif
LIoRnAPzZwTo/DfSVxOlZAARSQJkdtxdGkVVOEFXL3szCDJMaFw8kUxCiWMnPJhyXVBjVxcispgD1WyE2eyYLpSR0QnLddqb
ZoBiKoTRRz434GHTciKAOdYuMlStcAR6YMs+GgJHe2Q7bStGWMvYGwXGk4gzPPHQ2Tr4VB39tvl0q2vc3Xctswv9TRQ2uw8e
f7gz6IcjdXBA7zSOWlFT/1nXfaiPdGCN3I7V3AzCQTey/ae9L+D4efpD0L3z1PZum/7PTejJR6H/G304dge6HpjWofGB02+0
HfW2qXZ8WrUif9QNo23TCI12sEkCGO7bCNIzDb+/b+7axP4HYWaI9vQxBKIBrW027kBavze0toZ2R9PUHb0RHAWs4XYCv8M+
jWsyh3kM24QcrOBhQ0Pd+SojzlFR2CcpR6pTPnQbignWhJ1xLMAHugcGtO5VGwmdbgwTA5PIwEHbxwPO14sNO8bQUY84UWdx
ilIGDJmxsZoadRB6FBG+YR8ewZEa+8Ao2QwDdRgQHR0Us5GR0MaO2eX6Wq8bkL1C1h8NEn4WseX58djSUxDudJq9XSJ1CIl7
Y/VBR47GpORnyGToqEdpjpZN255hxVWZQCeV7Ag+BlM5Ngt4q5xNCqRzcdqaZXhkNsUuTGomTtTDkiAvP//S6o8qL3/36sn6
zef+eHL23IUbP3h54vriYumVmy8svfTutZevLP/wze/dvDD/6uu31t6cX3rnrcsvv3j58vpbL7735ivHv/ndK9878fbqD196
/vTsj7719tT6+edf+NbN1eePnzr27Usr19/4wdnX3zzx46vvvnb+xqV3Xl974eqpH9+8dun6G9+++uL3v/7Kqfl/cuvcycr1
uVc2ls5NvnbpWmV5fvrczZWZ84X66qlj5eNnL06duj79yuJL19afW1k9nbt+PH/p8uz89Esbp5deu7IxM/nWaTZPlnllhudx
OZtFab4mrJf4AkuyXI4mMzNFoSBKyUzs7POJKbrECzPVVL2UyfAZOlNQmPRq9eTUdCF7XMvQ+fXnZKG8MfGjteuzU9R0uaaU
15ZKG7UyMaPkBGn1xNzlq9XLV05NvvXqajF3sjZ77GVFuqCVGnqLEiHnsAWiQ4LJHp+QtBW6ycP9kKFouhS4TqbbS5ixkjkZ
WEyzlcllMuU8h2Yx1gAL/SSPdlhx1xjYVNRBObo83mpPUFE+ezhENct2+N4X5d3ttoWj0I5NTvF6XhJpz54zo9yyEil2Sclq
uUy9ZEJoziSTeFJIE/lJXpqs8mUlSUMMk7+o0wseIwm+iMnl+DeVhExMQFpq+iJRhXt7hk5joOo6EPbsS0DdHelIhLaY//8b
Cs/3kFBBGp6ZiHwf04ZDyMJMNQQOth/leZqFTJPSeZLi9JYvBTo2JMeYEfTMu26yQDhdC0KHYN7taX1WP4QM1W86A1UPu/Aw
SmL8IaCgUaiODtG4Zdmm1m8BT+j3x+qjto9R61vDVk9zdqg1rFnt8g0NUdvY0/3WYeeoN7IS0pHsMaozzqcjl58F+PjZ9mhN
hNhBVQi1B/K542IIBBpS6JUWf1anh64HCzCK2kYcO4gbYVGFojw3Ocv0lNwUFDEg8gnbkSge9+I/SydZhhXYVAAnykeJIjnj
hwAVAhoXiHyGguRIy6pucompMJNUUXJHSGWDJqG6tHyNSaRkAk+mZ8mplFDgSGh6di4cJ2ZJ4RQnLM3Xj02vQhl2fonIYusb
mQuVknL95MQMtXH2pARl5y5eXMltMOn8tcl07sSFmXOz2ZcWK0uyc2Z5oXA6Vzizvnzm3Pqp9MmVhcUFfv1K4ZgwxUzMFkrU
sZnTMpwVZzbmqal4mS0mxdTGen05VztfmRbL1ML0Ans6RyxNLC8dm1nNri4uzZWw1RPpWSVLliZSWWaqOsVQyfTESh2vJVP4
hEgIC0v5yURhtpQSM0yxOonMSehCrTa7PLEgzGTKxTxen2Ny8oRUIVI5KU0LXIIqo/SzXeHlcrpQSnJJKqiJiosTcoYl0gpa
Uuq8wCQlXJAlkiBouc/BSjqs+vOKXMmUA47P5ysJIYNzClvYyFBlh5Ky82Iykxez7kybKDPEVBIyyQrkTT7byk9yJbsyDIIR
maxWE1k/5K3smWDs6ZSqYHwaz2nVIbRCZqtLJYigGudgdFRnoQ57HrJ40C9iIaTAWDd0fC4xJUkZAk4Gl6ZCwbc5Jc0CKcGb
iwG04kSpyRURwwiRDtEojqxkKQlnqLCeFOUMRlH12dQxZgqgZKFGK9IoMScmE0WRYvCUCZMVpcpLVK6oiP7ygJKorgRSVSSX
LJXShVrRFyk/w0RJroRJGkQlA4W3s3RmHtAEM4EkRBpKSQTiesmYNAHuI5xgpLEUn0jHTypSWNrHfRiyaaRoGIhO2AM6Ctt4
RMGmn3dIJwz8gOiRZde1exJlW0EEAE4RKRoncdJX0JCN13PE6x6SDbOJSPD7tosXGciDfVyE0GdfwtMAyet+ggrKCWHfRVte
VY4omok7bZD07UKRgzzeMEgJzbKcbA9iE8+haWPgUC4leBCmpOkEz+RSBFxBCIcJo2gCcUOPgRB+rGBGchFHiiTrKTP+LK1g
CEijS1XxLGxH2Tl2TQYCVYfoiYuTWA3OSvAKw1VDIrIQc4IKK3pyKIHTkq8nbRVVGjUmwUZoQTs5SxDulJ8j0nlTy6MlWJLn
VsSEQw4wjvRCXMyB0EojHjxUeA9PQe1ttG1HyCPKSGoeltiNuM7BqBDx6iXocIRHuMpZ7AIsHa6r5shuDVusFiC67gwblsNE
Vt7r6Lb+7JYw2sF6ni8OTGhIDlEgjmaTPc0MIA2xBTwkjameVh/b1kFgRqyqGWYXmLhvExGsUDKFZTJZPlRYjmJZNncyIvhi
/FNE4XikmEnRiDgl61mLLpnCPBPjQ5KAmCHG4BhevnL22rkbhanXly8W589OKC9kihs/ObFeeOPUySvXlycE9uXaNMdWzp2T
Zpd/xLz1+ptyplg+sbAxf7WeSs4sWAl5OZeuJsOyPDsVziYTs7gb3KrV8Xxq6tQFTEKjFXKkAa64TqfKt8DJtbToE2zaq8jZ
iTBRzXXrC6c20PTCG8cvnlrPSscza8t1ZW1hcbosvXN6Ie5bk3Pp9dqxmSvztZmJdeXY4nppZqKQXcpkrhUrr1bXSVGCUi6d
SmcT5Vg32WqSrXM1lGEJqp4j6QIp8+FsBgkSGJ2j+KKcZ5hEMoVkQZWfFFOCiHKSkA5huSzxQkpAKU4qcBDH8bExJXWGFiBF
wOqyx07xGQ5PK3JSQnlSgVGMpmoSSlCTsIf4qGln4QhCOANGg4jBAQY8WpScCMMpnAzzqGWQiOhTIeqhDgWRKI7BnufjIUJV
fBI1PcalQ8/XyQCKAm2E0RFGYrBv+FyEExHAA9OBIpIk+QiB3J4B8QQBY5ARqFRZhCAYAoiD+xw8wHzCop5tdhOrYVwCCGDc
UCd8NMABh7MeQBsYZg9hlLA9CoMHrgYXmhDlBYQ6NkkSWJiPquiIjIDrAzNSaRh1gQ1sLF5sBHI4dMaeGwANJnOGj6HQtqNB
ME3iCMbqBAz5kYdjpBb2KLwaohAF5+QofkIfg0MHpigIMlxZhJj4AWwCxwGJb6O9WG9FGY/LGlNcg+IyaBx2yUyQiz9TAivi
FApjYhjFsws5luCCpTyVIbNmlmZMnEGwDOvUksJiIgDJuHH62cIUlClBy3NkmlDYxHxBFuVy9iyHnj+TTBfDy4n0cymaLS0x
ubSS53jhfAGTSqciPZJgkKrFAGjRPitBsdt+IyzAczB0MeCjZ/tE5SY1ckmq4sFzsEe6BZxZhx2fxxiaKrKeWMvOl2qVU5PL
k+KFdJ2ZqFzY+JN8pvRH6YtT4gQ9s7ZQeHU9pM9kLk6K703l10vHxMq6lCrmi7nluVOL52bObpxZufbyK8fPTZTPrM5nb7DP
v/PmxvFLby6/cWXthY1a9bmVmyvHNp5bP728/sOZmzfeLK5s3Dw2e2plafIMVj1f46uv8XJioZao5TPR7OJaHs9OvVo+Obku
LT93vD5fFbL1vMunqwUpv/yusliuMkiqUsvnRWkx6XETSCbmOgvJiElOTtkkx3CZpaQiczwXJI5xglLKKGyRKueh7DGkmC2w
QTKB5KslGRPr6WLSTaWQPBBhF80mwhThy7iMpyWa86BQDVN5mMwgEo4pq6REEfESRDlFJgIZQcmET/EMXhTxBALc0PWhPuRj
Zui7qAFTal/Vwlj94uigwgEc9Gwcx1EtThMSdjwwBqbNhwhqxCVAIZFJE5SJ9Awyfh4cToSQ7ZAqitAWi8bxFUEwqQGYQDAP
QcRYdiPUhFzHj4jIg1mIjNAIQ9EIaWOMb3gsSVCwDYUhRQFDASHihxpKOLiHRHDkoooaWDBho3RcHzhKoSGEdEEYoAgH7dFM
AGwSRBFkwIln+uvzgo843l5slTRJjPBeAHJDF8NA6Dres2OnfYiB6S0cZQKYBRr+bBt/xCVo2gQw7cKw4YcuFkYuFDhESEaE
iUGyEyK4y8SvGKGMasEKo7QgCCWCyNEYE0RO6GGR64eDMIBsxLUQKLBVDwnGNhbi42eHA8ChP0S8A9gHthtYeGjbMMpRBK2p
oQMwL7IZTtc9/ygIdNbpQyRwddqPBzQYwF4hkFEKD+LfOyTAdDw/wlhsHKaE0OMgBiVgGPWKmAc7MUmQMoPnPFnn6TjqBSlE
BJ8sBTkrzaAWQ6GRhAOJDxQZ83GGK8oLcvFMgUnHbgNKMp1eU0rJGenVBZ7mcplEdaLCiVPJJRE77pdmlOP1xFyCY6nCJFfM
TInZammq+Mrac+dPrN94JackJy+8dvHP6uuVqz/8H9YLC9X56/OTb3+zWP1W/bn5wjtLCy/X3kyunEgzhZMn1o9f3Thx8sz3
Tr178o0fnTlz+oWZb788U/ru3Pfe/sF3L5z97vMXLl18773Ts1dPvLh2pnju8tt/cuvNWy9f/9P5C9evf/vU1//pmf/ue2fe
uXyJW05khCV2RQv5qRO4Lqa4U8J0zcPhJDabWk4Jc2Iwt1D1ADR3jls+n2On8JQylZWVdOJaOcjArzOkJwJOozQnyaJ+nA1F
Jp4PErFcoZRg47FPhNOp6qpGKnaYZuiIpQQCBwoD1yQXC5RsEFNwzJ9tYAKrF88pYOF4MUBx0zUH3tDH9bgg1JFpBRgSan4I
kSyBs67mCfE8MZJmuBAURhZ8YDpOrxfgJqFF2tjHIWMEtoHmRD3H74wCfXiIUK5uQ77vQxFtmyE8Vj2bsG0Ue7buw31YD7Cu
hwawH5hqhMM+6pjwGMM8mxzGajn2TCbqhLD57AazOMVQ3GMtyLbHdFzHIQceUA6QxiQdL2ZNp1gOhUw7YGAKVzFis8uyA0FH
0APy2QXTYaDKsBiPgcurwRAPPZpCuC3c9lIDiSM40B6wrIgmwwAkAOVCkX/nACVaUovw+9izffcts8MEHB4mQxj0+3FBwAQZ
0+azbeEkhqSCjiYzDJQECoFhlKUH0WPDdkN2FCDx+48lPDAPqQAnrFQYuN7IMZ0QMomRFveuIR7nIRRpcWqEnPHsOng69L2g
jZuOGTlehGJxVboYIAMMMAYNe4RnR1CcyZj+ZWS7zEFgo0FAj7+CnMg0LQ0yyCD0x8O9yBoMNQ7+Co5DNv4XBz6Ej9ARjDfi
4eZgWHK3MQpnB7COetOutz1U3U7K891OjOuk2diC/KeRShFO/GpuEAR2GERqNNZcfOzxaBkhXEYg0gLmk3JOnHXxKMjDQeq8
nA7SKI6iTbbAigoXeOQgmxA9R2ZjleEoLkiTqHXt1R++uPZ29c//5NKP/8WJibm3r7z/kzfPrb50/tybb59/79v/avH9C6fO
XfxnP3jv+vefP7n+3Jsv/eQ71SsXbrx4een77yy9lbt568VXT3//2NX3br1/7d2vv3DyndrX5v/FD3/01vn3/+XNP3r+1D/5
859cuPj+f1W5fO7qlff/+fvf/rMz1956//1/+d/++J+df/3Fm3/+9vP/zUs4MWbxCFliHYTFbDjiCilUQiIsUS8wdFjki4Ca
ZJ5dKD2ViwqC5FNpIZmDoCBA6IjmnQkzZmTACZX9kR2PT9ya46Ufd0XYHzojtBehkGf4cEsV2yTQqxDjS64tJjBCh30YriS7
nG0ORmZvtD90B8OOEc+i+mTQM3A8riYtalpWe6iPGj37wVE76Ksd2zLG+rNdNsNxB1PD/qOHKBdHQqQF6MDydQNCUStwDyCI
cG3nkBwkoMADwSFp7vXtfERZceQA/9n5tYg1EiyX2YsfGCUMEVWDI5Aa2OGQIELVoFSrE8RhADIARSyPITHciSIiRCUP5wQM
51SfggITNmMwpfJJct67t48yxR2a94mh+diVcazvUzupcdJ3UOuzu3li3w9ZdhRrNCXD8JHgyFFQ02l92KSwisxOB7dvy23r
gVwYkrb92Ht2cu740SdsnDmdCPq/HknBZ0kPIQw6L0K4bwxFkvcCpcmlHzTZiEBCAjz5MhgbXQUJQMTvjjnPZ8LxAdKDOQ+2
7tyXiU8gGMa3eBrG4xFv0ww16uc0kblHYbiJRC518HHkRCGOJiICPtIRohu6yogcJzgU1gabPLYdEzXdwGiNEVUUg4PosC+5
hN2zQGhoga+BhuMMrNCCvL7ZVkPQ9LtUA2wRhhs6WLwoLEs1NaiJuWFsafYAsQ4OPMhBd4YUI2NoYth2AMrqAeS4w6PeoU4R
u4rdIdpeK/TDo9itEb+Lq/3YB0PD6Q7HXtD3uLGNt5tooAAkG8AiL4o8LKGxwaKyR+HoSoLNQrRTRn3/mBnUeZclA5iriMCu
FwIi7AslLumy3VSimGCSglLPZZ+TwmoyF5yOM2iNg9bfnq2lK4WJBDG9fKl2JV+XOHB8Yi55vbo4Q3CsWDhFLUSr65UfKmeK
711Zfyt37cxrs8zGWu6tb134jlR6rmxPrF3/RvrKzOp1gc0sLx07u3rqzHL9nanKjZW3vrt4/drrF2cL55YipSyQYpIRAyDG
CFJlvaTISiiaCQYgY0+GU5AQRG6QkErlcBawpUTGJ/EsGbkagmelLvC1yHV976gzVrEDt02AgaeOoHDQbeODft8JqGB8Dx+2
LYdqjhAtVpR4/Mdhaxx2HdNu2X3PbZnozuC+27fVbtABuLPbPCDB4KjNe36nFey6rXsq338UDFs2PXBgy4QjS99GvYHTHttQ
K4IJ2uviQWRh5NBHomTbIo+kur+LZeM1KBNjchA4dCg4CYkAEGtGcjJ5zrfYDKyMtZhoMBjDQxN04TLuPvFolt/c7IX2pHOP
XYLFhu/uQ2PbYQ1dp+gOOyKtNhwZcweeIBPlRn8g3uVJAScgtc9lae42grOsa7dHRoJqSflIasP0oaf17i6lIRwVhnSMeFHR
AYW4lpmo0nRwuC0SJMtqeouUpdSOTOFQGXuoMwgPUpUqO2Rj2jW/UhYqtNBNRBZNkEzOIoO0zUdRbSCnTZeEDMNjnNEO6ile
nJeGIW5FwMZDLkFB7TgH/YEZVWkMa0gQnSZQCW05Q4wjLbUSZCoBiIW3H8/o0LUtet/DmzbLH+km8PRR4PpboS84pnmQ4RtR
zMuqFIW08sXgkJatLXNzXCT6vE/5AYmDELUgeeB1d6MIDvy7Q801H6jkoAVCHJi6q90xsMgDXuAw7EM/AXzrMfqxA5yubsUC
h/T6+Mi3+h1PP4jXSIQfjnvgaMfux1lu9xD/9+qQc293x5Zv9g1P70E6YhiDkaUPIz+aSvHJ2PhrttJzYG8sSDQp8HrYI8gC
SecYBvZCImMRlpqjZ6YQNYkV5BKZwRmrAvWjFCRXpfnIFMT5xZTkmAlXOjpFlCQ5QepnTiTS5bmA4ALphjDt1YtK/SYDKV9b
unJMkM0ZMBfieE2auJYuFL5emV9dvhHXIFov1n7w/NlpkFi8OXPr+GtT7HcW1m69WV2beP4qc4K7mTt15Vj1dP3c+tzqlbWT
J+vvvRuk5AKzqBR0EasqtIoo7HyeLqqoAjOTMDOL30qwqZMkgvKTpmTU8snMXCLJVBEIZsblW4QtjQ6JJjLudbqu9UgH7SNL
3z0k9g8Gpq7jYNhoQ3rfx/bHR0Zrv4epIGceHB083X8KtfRf60eDnY45Dnyy7T1VI384FimVHvRHDuzAhtN2gmeXqwHn0ILH
mjDoeFFEst5A81n1CUk4rn0QMgaOOUAbEgMMEhw44gWO7eN9qQB1PaqPCiRDM5wdowtLgA7XHbIufkibCoSAouI5R4/y+yEG
2w2AhQkVRjebCEc9GMKbCSbOTPF+4Dr5Zghr+1EQDMQAF/x4MYe4MOMLoxQBPOcp6MeA47lWwk5ZbuKoTyWxUTo6iuW0m+Ag
luGrCIojFGMBfRrnM1kKIVEzWSZklORtjDP5NItTHA7jKY6Es5bL1Rk01CE6yUaClMo6aTqDUDjFK6ybLTAJhCeYpOkRHMkE
sTDFL+PCEE1AvucbhhujlVuLgXwUaX5AqJQH26xP+o6xxdFQ2OYQ23924S8wd1nbtfvp2GEbgGIwRJcEBIZIIRrG015EgaHz
ZjhmIcoWrDQEkUOKhg0tGepjUgsT3f3dLGnBI4TmsZ5GCbxnYy6CcqHjqmgAWSxiDIfIQ3UbQ4gAogNPUhNoRx3yMYvijjv2
LM2S0QI2tAzHcbzAMJ0uwmh+t3kUyAP7iW86AyTYbWiHQcxUfTey9yVrr9cEGoJE/V6HAHQXJngVGx01CZjjZBY3c7EMMGRA
pkgmLEUpigMWH6Q5SMxAEK5BBaWN4gkwnSWHHF0Xq4LgF+w8JPESM1M8Xq6li/HHODZTKIt06vxlqTSBpyZW5HdX0/XJ5zL8
9I21H+Rvrp1J8SvHSidOT9UqpydL8vkFMZu/KgYhbrhYdS1Jy1Qxci0MmZF1mo2U5bU8lRrDi6B29muMUslUR05TygQRjEiY
SXjygjap2GfnIYGQ0rxKAo6zuEzfoS1sZKih0cmvCXKgxcaWTOfkSThtxygH51l86JPRyKHcnIr5KdSM+cgK2LC/cwQ/Gmja
jru92fZb6vAz13sYNvvDod7XBnfBrjOEGlg/HJrNrX3r6TbQybv+Y2/U01kURL5/dDAYbD6Jwi3i4R2/weD2l47/1PfH3iPP
efTshBtvwMHEPuuH+1C8ugCcAqPx0y70BFfSEEBTEWuyescVjpSnmtdLplDXnP6UIrPVDqlo91ieRsrOSgqTuGxPkmU96afo
rcgeZAPAinqnxYXiiLB20DAkhwh/ezqBj7XyI4eQ6V4ge+1wqNikU4UwtA+Dulhvy0PRbPkNHUJJAIvDnbTG2EQ48hmBRVl8
nM6gI28iYigh66CsHVthwsqLWZuhbKKUjQlW6AuIy4R7GCcFWNrEJRErZ+loXxaTBMDLaM41iKklxBc5n2cTSaWwIuQURQPZ
NFekGJ4IfYnkcaFZ8BATEkPJa4ae5Go9wFNqCso4vAq76TI2Ipmmj3ocIkMQ0kV3c0ienuEZx9U9P8r6+hOJ07kEhIuQz/U5
KAzHONlMjLmHQlxYhsD35YD2/Cra6spmjbXHGpehlVh9ocmQ9HjQEwN2DGGQxRs2PmRp13DS3E4UYzXr9SBtQIwTjtRh2O2G
Xmgjgng/gimfZq2eh7qYmvC7JpbUR8N+zzEM0DL7asNivA973qbK9p+a5n0tFg11GDlD0LLu4X1rH1cb+ogienv9MdTX/V93
sIST4QxnAhtyBiwhIR7SR2lvgGBWR4x9EUSIx4JgLuX2j+bJEZuCPRZHqxyUckUzKdgkulbEGbR6Vs5y5II0lcPSOHoyUjIe
pCxKSx7g2ZqIfu/0wqyS+eYkN59PTGdnPN5XoDxMzpTWstePM2wG+HLtaxWhOieGvIgK12FzIYemKhPleaa8cIXLXXtrvlKG
r9pCeLIGJ5fSE1mUQbInCOmkNvs8gyRwrkhesYkUBjCUMqJpDMUQ32VpIQ0F1Eogz02zNdjn+L4Vi34gRI6dcRFenEYZEGx4
hmWPtL5mPIFim7E9f8AgLVU3+v7hoe/ZNmuiBBl5calFo09153AEBYYVs4YNUyZotmnc90zDat83DiDr4Qjx4Z9uDu72Q+u+
b3+FuwH0ge737kvho0aDMj9ynm11a7n2sE1Fg6p6X0f2xXpOJEsYxljiQhMjbUUjoocKDbWPYVLaRpJjkWOYXEFyhIxo0SLJ
VjIJ2TL5klyGDVByDbZCcDYJaZjlIZStMlZKPggA6LKiagbxH6FoElK4fJ8o4Jm0yOJ5OSvtRa4SJZhxKSEeIjIcwQI5aNMy
C6mBnBCRNg70ZlWmtzwuqfBOth51QasWEkkB56Q0ly/dIZ5wqX5KHRsc4KrjkGUw6z7DguYuLFNsrKjilr6kiNaQkhCRzB3X
9YMjMaTnYu+T0iJXNIlNO2kkvaEKe2JpNEaAgX+BS86jjoyp4rh/iOzpxdBjdlWcJNXktG61+jnjIItxDO0PESVMjgN0k/bt
RhaRFBsBfqyMZFw/VpYYFwznCLhjoXOYeXbyIo4GXUoe9AYWGjOyQtEQVsaqCKsA17FYeOCHTw+/wq3k0BxBR25o/2yR/cuA
VP8QIf8ekaJUZ0BXGqN75q8Ku8JvJwZqQ5aoud2MKXp99/98SH3tibu10+wHO/bHT+8NOmbf/wWp/scgPPyyFf10wLSwJ5a7
1Tg6OPwd+AfzKTjc3UbgSHlMH5FPBt7/+7FaV+EA5bP2sNEAgeUTLpDTvS99SN/DVNKBYCMuynEAyUSngI1cEqFGINb4ENhu
iFsQRecTaDUzeTm8SAQ1ZmlKzCUmlsk6zJFYhc5maXl4uYBVuOX8BJUvBcdoaYaVUVRMkjyzgCqrM/n6+Uw+V6mTYe3M6gw0
PbGUZxc5SZ6cSusn42a1Ea+QxUZ7Nl1Y9SYuihUlnykfy8+cLtRl8SJcvBTnMxuInhgEczBTCaEKTkNVQpSkSW+3oOGcXAQM
17vraqEP8ekFLITYqcmV1xIx+2IgmuPiOqXHPZvr383vE8RjZyj7+872gW27OwOrC8yYQJ3h023jqPNw0GoNG/2W3x2rHmPY
w6E7hAZ7O4bomyrc0bnG8ODQ6yDmT1vBgdXSP+1+/CUcuPu/UTX08T/ewT5qQPZO3+l6ETLUzIaNmro3QrbbfhrlA8mf4h0Y
il09QeiJmlYggl0panEpAdZgnN0ZdIuNDqXsIaxJ1Be5koXDxZI/6AIh8mhOBAHyYhRljSnXzdD56QJLwSFIShM8CWMFVr2U
FmtVLS8BDuYxKZskM1LcUzJ1KMCyYkDRgPKI4u7QC/MhyqAJeoy5lG3lZYI2fd1H902eS9Kexj+u2TiFDkMmF+Acj9ZARimk
DDwTch4S7AF4hMdaDZKknrBA6LkoRhlQSIbtp7Aa5N0x3a0BLoWSjpx8dhabExDpJIo6hBAiJsroLNK2bBYPmF6PC+M+aRAQ
2ZYGkOPea1rZmtuh0fQjCg8oC8nakk0Q+xpFHR3QtA9bQB14ThDTNSh6DMboccKpTG+EsEzMFhGxSdKEd9dJdQv+Af7sqhgk
47EK2hqP+SNI1VqHHwCnP9i8iw4BHH0ww/1ShoJBo/NvYsTl92M+Omw39xvCfdKQe7sGxNUnnYwnDrviX24xk5p2f7j1eeof
fr/9YM/RB/u9n0Laf1C0/tMd/N9tRk76cdB75Ec7H9yu7SG7YfPjmBoEEmAt+GGL+lWnl2PpYUby5fgDYPUMqRs4EGKOcXtI
gXt2gymnpNTkJAvv4wXaO3p2D+sKjohsn9PFiiCUQvTEhUtvv/ny918rz37t5fevTJw9O/HN2vPHz3JLPz71X59avLK++krq
/XPHzqytvbdR+97CzXd+sFqf+9Nzq+fPvzrz2mLtO1dOvXLpO1cvnL3y8qvXq1fPXJ75Fl158Y8vvHB2Y+PSsa89v5Eu3Fy8
vlIvnr8w8/ypN5JXL789NTG3dq72wgtXnjufvXG9Ml9Iry9xCbDy7csTy5Vra4tiLffSxalbM+BUfenF81P0TMpHS8nKrXDl
2s1E/djM0uI6W59fnkzmkvOT0ygZmzbVD8NPHSse6RbSQ/h9gA06wDyoWwwd7kcNrd0YRUFoOCJkiBCh4a0gZpYOj/ukimj9
fVPde4r87s6hpTe2IbU/fjwA+63HD/+wOfKp/p676xz+ftM9auyqw9Dcg3MOPdTDtrlr2zv3trZDIelCPWZi0A97sK9iwsCL
+KlQ3SO3TVlIhmrUrUM7za7hskiOUiierpRKIBfWWQfuWBY5plIIK3E5YHlhGsAoK/FQnkV1nAVpnsMQmXZzoOuN8AKOKwGf
5zyIUFg0EuU+6ZHMdAjzIS2hSkCSAUUpOIU1NAEIkMClJNZ1fIeAHTpkcZ4EEX9EcZ6NGwYah5zSCw2cP0BYmqZCDUnQPI3y
PMFynx2MUYyleTkXqobtUIFaIEOVaEEA2YRpSyX9BjymIIw0KazwsYcaIOz1t0kHEI3IdnDsb7cMFfEQNCE527busu6Ii0V6
dMfvWQ8IGE45UdTfA6MIshHC+n8GxoAydtu/2Tfc1mMjnpDD24canHFbe9Ch3e8HPcv75X9+2oOG/8EPHo491YBwpTYwXddp
PLnrHv3iMHi6P25DrQefPb633RzsaL/wwi7bbuz+6uP//QncIPp6T/s3H9wf7fZbVorubEUdpCiMzT2u+Qv370aH4cjpOuFu
bme3edixKbNldnNxX+waemd7d4dqKBzZQ4x9FbMLvlHKhn0xtNIe1rGxh6riao0i6YQ0i5LtbQSvQSkPDsT5HXrsRG4F4x1g
SEnMCsUERzv1RC+b4nl2zoMA20EGnTxXQMfltWxudmE2X2QWlK9VMvUT9bXnqatcPSfV1i+JifLpXD598+R//9qpxMxC6v/j
6L2eJDvPPL3jvTfpvanM8q672jfaAGg0ABJDgyFnuLPLGe7KrSK0e60I/QeKkEK6Wd3s7oS0UswotLNLzXA4MxwagARIEOgG
utHd1eUrqzIrfebx/uiUriuzKs453/v+nqfifN+7vVDP5P84I64sq2m1/rC0sXAVUpfqDXmxeWOx1lLa6WK6Lqcr7Uo7rVTr
m61MKqe205tb+XSrXiqlarlKub4glSVVylXXmxU611RRJ3AEZplfYvgGWEjfjnPMfKKILLtQWY+nMpWjofL1ba6+zTgYhqsF
PgiYkdgi7MqH6CrDDcAYcAMJexr1FXVsAS1rvXI2hSI3aZ1XHJMr1EC3KxBpyNdqpI/BHAVEIkMtAv78UbSMesCcQRwsQPr4
a4XBBzbvbaanhg7qoNHqehYGldyZi4+FmWYwfgZ3kCT3mMwMnuMDj4VMUAqEDCDQrEMOZYxHIZKErYHhY/FJqfiaGgRxQE/T
6QHKWYiiia5SYhAdIAPdwgGfEUSSi+V6nEnjl0P42JhkeH71xTywlWG0VqWyB7HFoUBQ1hhVnfBT6HC5Sml7+jAKET1nRHxa
Ow+UN5VSXg/FHGV+SdGUyn3ZX+4XM1uw72c/wS0N5BOtpOny0Yqjd5ubSMILQwJhLtBCh7k6/hmavUGWl47+tkjQxBOswMng
x90GVq1k43xaOfVGM4b8vU+kqMI/tlhnkM2QILP3hUhIMzV96Je5/123UY3yvvhfjK/Pwb+jTJbY/fiTLW08QV+ZFHB2+vIY
Gv3ktyTwgv1P4Gy060Xal/pXT+2jy0HZvzjR5j99Pjs7Ov7y07958vTo5HD0aqQ9edE5OH5+jPzyV78ZX/ROf9Z5+bO//93T
l8//7+nJ+NmJcXr0ctLpHoxGv/3y4JOL8+e9ya419/Xf/3jff07MB5BjRMf7g9Fo8osvTl7NOvBz4GD3xeuzvZcuqZmaeeGI
WpyKx57+ZGKYRgLmsX9ss/Dp8dE8Z9seF5rEq+k0uvChL8eargUgNB7QmeHnAWb3QjppkPZJHLpjODgnzVTg1GlBpZGUepv0
xG2JVmXhQQGkAh5p3vCgVBAYd9hgaRGl0nLE9zfDVJsDh3AY2byI5dlt1Fi5stX8Rqb98O1vv33t8Wrug8Wdd+9fb6y/cfvD
+39y78rmu9dvtW8+XvsXt97d2Fy92bh19fqNWxvrt9bqtdXqD1aura5dFRMqx/PLVxQqW89TjEhm1hBSlVghvdTEvVKlWkLX
W9VyXr7OYMBSRl1fJpcbIk1BC4VMjl+s1x+136ouX1lbqdxq3qvUWo/y7z54+73FViZ/98a1u/c3ylfrD7cW263Ku9dvr19t
rj26v3jv8Wp78TuL929sbGy9Vflga1HZuAI/arx9/W1y5fsPbv2rzW/+wfuFlQc3bj8u32m8v7iQfSwuLzVvPrjz/ntL9/7o
6tV/9t+u3Kn+y/dvX397ffsDKI+5kwLHgjAt+hNpIXWX9fxaJiQ2EKepiWAARCflnoP4GYHvMVyFRnlVFADiajaDt3AwPze4
wRgKjroXfVc/Q5ho6fXrnqSO/LvQPPu1Pp94J1/e2HPmEwMeHA7BbDACbD3QMJw+g3Ks7ZpBZRKRY9Snrbntp2iX//wgwgkQ
vu5fXH1unkynU+fKC4vGdqNT+9BlvNP98y8jUNC4Z3M4O/3M1UkzUE6Ps1H3+GxQH4ajvzjwxkX4PLD27n82ejbsZp6Mnz3v
RX9b6HY/zYaDl92f/Y2rp59wv98b5L7+izjMG1bh2S8Rt+s9PSuEwPCnzuwkQwzGg357bByeWsDHL8bhvvYX6MuLgxo0PZt/
+sKAyx3aeLo/hv4O+OrcZMzf/XhuvXz5BcHgzzovXvjabN45NIbH2nP96VH3x7/snz47/w3gOPwE/NSZHzx1HBma8mcnAf1c
OxoM7INf/6+n4y/3/18t1rv//lcfQS/PJ5O/Ov/V8/OjwU93J//235jSP3b+cj67fG3yF/PdV4fAwO78LHj5gpj9NGal/BiK
rbEHAL4dRV7k+yCE6BHQUGeGWmcCtxuQwnSUR7BZyGnAlpxqijQgzUVk2a/1whZEENvfvUIE2Ss3IZQm77+vCG0mbtxq3yDW
atd2cvAf/6scA178SVpsXuHw1QeLK48adWFBzrZa+NY/XbjWXiL+q+99Z5F4+O3HubWFd/7wX27ya9czpQ+/kSvffbDzg+vy
f3fvGzuN/J++s3jtj95p/rMfXtm+f3158+17H95ZT936r2++2X6w8oP7t28qP3j0QW27nVDerfajxdqV2w9KO2+9u/rmdxY/
XHn//Zv3Nm7cb791v/Xdt7c31969e+fWd799r9X8/h0UgyUQSCVwQlAoiEV8XOIgHgUhVgQAPsuhNEHBSAyBCiICHERk//99
iSTARASHhGQRU3ERRFcwMmbSXAwyZXyjDGYTv+DSLJVqFlRVlFiaZKH1qAqVcLZcTlcKHAemCSnHw/yGVfdCg1tJA2M7Ux8g
dLrZrIU1TvczlMrLxXSegIttI05P6xTG5MhWqZJdvoEx/jWBLZTn3KJVKJRoPkNLFM9nYdYRrrA0VaY5ZXW1IhRxZodPIVfm
dBFmwwyBqBspdrtRQ2pWDfMbC0QlB+TKooBefaAKiFgjCy1yvQRKrWVBWdhAFuXVYnL1CS9BVZEutPE03a4q7Tffq8Lg/fJN
of4H8nUoQhmQruBMDCY3kc8bojRH0jjhUFFuMd4WypQXmIFDk7dSOaqcqxQr/Foq0SuhkAUbC+HNOESqEVhwItCcw4jtki6q
cFuwp4VLSg4uqTbKQyVx3EPWshwcEAxfx1U0VUVxzsJBSm+SJfmYDiPZQ6AoYCHGhXc5DDH0gaSTiP/6ORK/wGUWDv0x9zv3
aVwdfTLqzO0OIBeapyAad+w487WABM394CwYYzR+6uyP8aEjG9KgDIw/3nesFydx5JS9TvhruEcgvX+46Om9XZ4q7eoQDZ0T
6coBgZIN34V8304qNC2AnhPYXVjgWI5hWBTI8GWXG6xQDlCQEMHP5iFIYFJkTAdkXaq/fW8j1ywW7gpvPGws5NtLN680U0Vi
gW2u/NHC1huLzbK4s/bOW7fzW9+6X36jlX5wpXm79OjDtWvlx/W16oOr2YebRbmY0laF5avNEpMqVB5VhBLcrGaEUvH2SqNQ
4LPi6opauLaxye201dut8s7WlVv5W8ztZp29e1vd8Ou43FKKYbF6XcSEjLSzIayKBWlZlqKrG7XFQuV6OctU2Fa9Lq6mhEZl
dXmn3eauKIuLOXxtJbVMF7l8gWfASntVRDkpv9wE63yaaUkks7JYXsjl2nle5MhqvkQup6jVRm250WhLrVyzkkKaVUYR87yK
1lUizRA4C+dzmNhmebapCjUe5YhUmsmUcZYvYgxTglLFLIknwkFSPEcqOVTRkp9uCSupe5VUvVjyVHRjuVi8tpARVrKtB2W6
RS22Cu1m0mtKEl3P4psLrVaZFsUUnKngpRYtOZJV7LpAL5Bz1ayke+ywccse2mfYmEQ5BquM2n0ghVQKC5wFUge3AnzaRqM+
fNOb8/B5GwxtwYPO9HgUMaW0JEduYf6gqNvBBQryZImieG3HCiqkjRbXAjDSlTiIQjSeciXUJal5G4mgQkx5Ys1kiJbP6zUm
g4AHRsH1pZLrwzjkzAYCEJs4RzY0eq6MQQ4chINZrStHTM1cEFLnMhRLrJutClhkoexKlMlQ5bi8xKYxGoPyNCems6mhCy75
BcKDdQAQLF4uqEoqR4oqkcsAAaihLoUDnOMPIc/GPX0YSiFoT3MmpENOMPZHWB40rSmKuFMr8MAZpoNwxOAhQo3MMEhgiNan
3uWstoi2RlqAFJRJCBhYGkQRwg0YHyrFozzssir0CkH7hiyHeVGM8bzOQAZXzcEo7cWIwnIUm7EN1EwXqJwZeqKddA4Ihgp0
inEKiQwpMUWBXhJLrB/HUkQogcR76hJKpFEw4qrWckxHoc/563S85ESAIitrdJAiWh6vrK/LaaKqIks0WwComa6ZJUTj4hSR
AyppzmdiP7c5UvB8JoJK9jsVLkKVCMkr8AygsIov199bJ9oR7xGk5HgCp16+fEL67LSCp6QcNJgRfTsKjjmoPA8QrovR9pNZ
ObajbWdvDAGMKYGpK9DVoTS3e954MMI929M12zyLPQI0CLg/hCZmCJ6yc7EHQ8wkooahT0K53irWMyEEMagzuBAh/qoVMJbe
70kuiFm+Zk0gi6CtNGhTAIFhMKXAJEMyyUMokA0IZhsQT0MODeeT68cDFFAXbXvDhvgwnCdiicARPAtzWJRL3bp69dp9rv5O
60quubUg3pOZle9VV/IPr63duVnPMtS9VAkDq9eu0ZX6t5E33/kA4GS12VzOLGU5tbBiklxTLi8Bs6SiVGOdpgvYzPjTdDYU
hPS9azYZus1Qm8SguI1Iwrvm2qpABTDFTsuYUPDZBnaWqi3vMO3ae5v3d67y8gq/tMry6c1yPb/xzjsFZYWqN/mN8lb7xtW0
VF5Gl1YrjWwmnVIF+c1s7X7uHo5jAGuAJJdBM4gbJR03rl9OoaQdu0QSsEQxEVBJkVEKmqexsMCIEJqSyWABFMlswCCRR2Iw
6IYQjYKs5MGIisHQBPJgkvDpKeKjthu4WcDxLrf8eKTEMICHBp5lARRYudzOkPwKI4ANR7QZD2Zjl7AgLNADM4yo8PLtCpAA
QCI0NJqw4wj0PdgOANBwo9ByWSRghinf1CaODli4P7ZQA048dwQiAA1CGLHvqDHqh5cn3vQ9j/UJhDTt+VSLURT0Y9cIHVhS
IDc0IxpKQhc4p3xcA4w+BmEwEqJBUk12aIM6wQcgGChQjAyR2Bw4oIInPENewB6sdhPfRYHZjFR5LuAtxAJjmZ0mhefAMYYT
if8mS9hzARwZ69F4DnoxzIFqBMIQ3fOnJp3CkxqlHJxhyKSNIKHnjRgkozs+yNISgEaMxDGyEMFMnLsc0wBSJAWhigkn3z9m
hwbaTuGXg2DgRoQlK4IQCLRZpTZxBFbJZoUiUbxAIEpbYlOR7EM7BTLLphGZExEMV/0M5FWq6RpuxDBb9ZHiQiWQi/6DTRTC
66i8tlzH4gZ3C2XqbyyybW0H5nMsLhbqjJokCEti+VIKzW5gUMQEoFATSRanY1xxWRpdS1CmTLRaEYXIPMgVWzBTBbZB4DHo
0n4e45tAGIogj/CqwFNIqpGlKm82t4rQglrhM0yr8d8nlfGd4o1vciU2r+Rrt287yJb6ZhH913SqzWwiSw9YXFKl4upCq6Y0
bl17sHX7wZ2dh8vlnc0G95i/8vD7K+srj6+8/2Dj5nKx9MbS3esrNx5u7iwv/xf19x/9YbG9+nCltbSwVVtXqndKnnh1TmHJ
8w1CbiaIaQLQ0S2qzKSZlbtFTGQQGg0mEaSABs3fi1ZkXptBOILBTlSPZj7V4xAsgrlKECd1ZHM0iGEiUqR5TLblRRHEBRQF
SCviEbkayduoDFHshFVpH0WLOGpDQKjDHW12cQFMz6xoEOnmCGBYzjqYj6xO5Ry0AKzj0MKoM9bGY+M1PuuNx8nidN0pMHLn
1mzCmu7kQpuHY3MYdva9mTM8FPq9k2NrfKyNdRexT2fe3kXCdubpxDFwz+q7hntoYZY7m8znPRv05mAYjSz9EHLCfuxQTn++
Nz0DNO0McuyuNnvhxd1BjIPOyNaBwAq0cKz3+5eTPY04mppuNLMRcBLbc+LyHXGP9qGB7Y6QAApp0p6EURigE8uZe4CuhYBr
j12hC6KT0DXtgLRNnwDnXohiCBIRke7TeOQDGpByUZgCFEYn9KAb4aAQAbMgid+KbYaWr+sOkPQCD0zyLJ6DUTgPOQglqRCm
giiIKB1DKCABVhS1QAO2QA8jAZLEEA/KzGzftdk4BiKAiEZJD8scgxiB+JhriD4JQi4AApGHdKAQ0WE3AqA4Kd2QoEIQB7sA
4FmAAzqkM3UDBInnIRlYDkIJZFK3Lq6BuI9GOG6gMDpN/j4TRghjgjEBhTbKGFiSIQpK0FgYoQYBAg6VtEuSB2BJuhxvnLYj
COG9PAFxqEloNEeRdSMFqkQGR1IKjitWoYa1MIknsUAUSJpEZJWTKEllJFHls5liXWToDLaEiTlWaRLpfF1qU6qQ1KhYrBaZ
4oaw0qYfQoVUaq1SX+fyvFC9QYvFPMN5aDW12L7SWlfkppCRU0K1+T8UFysPSx9+i8ooy/V09fp1nt3OfzfHfkvm17H3lM3b
yeJuUDv1q5s71a3v3Pn+nX/yYSKQj9beeWex+Acrb7/1p2+9eeM79288uvPmGxvttzbv3LzX+ubVB9+988P7j77x/fbajc33
Nh++d/29xzfe/VYTqGdgepHKRhAoV0MPYYHG5f/mHfsak2aVKlGOg/IKOlODzXy80lhOX57W2QghKPkcYQja2nz2+UC3O+Pf
hRf2vK/v9V1by809zDkLS47Z1zV9MpqgZDyD9vqKgx1PnZ7l9NjR0DX7/XPNP331+vz84vCnT14eHnxx1j8e7E1CbTYdWoOX
833jlXd6ZJz97PPXe4P5P57PzN3h1J9HaG+477x62nGt7oGRVM/0WPdevxx+fjbDe/FT0O3MPNPvDv6vWajHJxeT2ZPegTaY
Dy5GgWt4I9umhkPTPx4Yz935FLSN+SwCu88vYrDXx/rxIX2xOweMUDfOQNuxZ048O6YxaW6AxhAAAsO2rHPQDI3+iR24hOdr
kGciENI/mgqa44Gg5ZtDB9fQ6PBVdOHCfhB7nZkDRKoRHlNgEBFGMIw9eH55rKl7pviOe3luh8sn+mhwiaAPT33KlGEhMGPC
M3Q/Rvd0wzWjuatPAkBzvU5vDlqEz16+B6uPfVAjMJAJaMqBTS5ZqcG+ywkKQQTpkI2RsBfSvXnyXKE5FjpG4AJeFMCQGVMO
FTt2fATYjhMZOAnCoWWjIAwCFyEswSBsQaEHRZEHAj3CdIRYs9CUZYGRiYXQZXdJajIK8YM4RNEQQQcsADPT0EVikAbPETDJ
3wh2ANB3wSCM8ABCsKTi+SiM48tzBFAEh8QkY108xjgGSPkzCKTzXjAmYwFDTiZD38tPPNCNaZg3UY9MkANQcRCGYRSCcBDB
EYfH/JDACUhVkruJ8bRAo7AvicRyCFtIioTlO4qi53mGQ3FaRGlKRe3iMA2pMCTIMHm5wTHkMTxcr93brH8zt/3+tRv31Fz1
+s0H+Su3lu8ubN784Y17lXvqG9srzeU/uvbHbyy1Mpvom2++cVOsX1taXKnd+o5yXfpG8c1vN//s5offuvnth2/e37n3YOOb
7W+/+d/cffcb/+LBw8dXv/Hh3a1HH2wvPl7ZvPfogz/+5uObj7/z+M6Hd/704Tvvr374aPHOP10LhpiOE0QBs42iFloRQkKz
bDAA6ipCgd0MWfJBnxp1uPhaxpFDGpsxLgh5HefYsMI0vhe/3D/bA6fWxbPpq31j9vroVHfG+Mvdg+j1E+twcnwx7p297v78
14dO99VLItaRWfKxuH90PHjy9GQOfGQcfv1R58Vw8OI/9v529+92Tz766j8/O/7Fi6Px5C8//YsvPn8y+snJ8W/+p199fbJ7
9usvnhlnvzu8eAYH58Zn3U++/Ors5Md7mIuUkro/fgGdGl+YpO5+4Z139gDgxf7w58GAsMaGufulaI/PQuTIjdyXcTABMd/0
jEFpOprvTz2dg4HBPN5nfHDuprp0ZE+/Pg2gGMQCxCEmoelMfAZMI6PxDJljke0H0wlizHTnheXgset1oWBOxtP/A3P58Zw+
NGGs8/sZE2uGe+4ny4lKomQGAyLj7ToGhRm+DBivfWty5p9C+vwY8S7Y2JTBjgN3zY7PjOGv3CQSYccyvnytj62EUckkvy/0
SPFAg1MCA7i4GOsz4BCfG5D1fIo4OhJKRBKnhjtjkQn8zNYCgYWssH+CDXTsGEUGz7zTJy5igOOkZF0bmk6RC9QyPYea7lGo
e45FEemfx7MIwPkAgM8tmCFjMIbmcQySIRafuM58TLkBFnjeJAIBXMOGgD2jASxGZqGZgLkOIw7kWgCKwbBnBjDG+NKMYg2L
9JJwTXjXZQGn72KzxHzhxKa80EEvRwHgViL6acLAQ5dzCc4HwzjxYrsDIIgnW2PQY3wYBSgj4IHYSWNjFLncMRyRGBUJCIuA
vB8DscqAkohjGMcKMQ/F9cRydYGcNKsM6zBohYLBYsTnYFXCyYBPUbCQy8VsZFERpiYcIIElTMgSy5SYWlWwfDHNFJlMvAqx
i29VskzCqAKCr9XVt7JV1MNFcU2thmoZIzgqtSbehWrU9nvpR1f+7NGNbyy8t/bDq6n61dyjH/2XH7Ya36nWrrR+9HBj+daN
u2Jq8cqbOwv337m2cPODrdtv3/3B27f/7NrtbwjVf90a7GV11zOZSXgM7AYQOpjqY7E7jeuTAzM4QdxgBJ6Np72QIVMzyhCI
FxnN943p9PWs45rUoTE6E8DQHVln435n10k40pl0RO3IJg93Ne/QnXuj+HD+dGB6x8yYdxFpFne7HW1vNuwM9EPnudYfnZr9
qfOTZ8Ov+78eHUyATvfgc9M7OXk1/Fvt+Tnw1PP/z9dfdZ+Pj471j7GRTiIB2E++Pet0OodfPu8wcIifd8EnY3NgPu9SAfHa
ffXTV3J0uJf5GDvths8N79NnOHA8wWlrHwVeuZSLyCEAzOeF0Yu9sY73dFg/SDguO9cmrqq5Y2jw/BmHHzncRbDn2E4Ma14h
USrRc43IPZmgpqGbYLgnaoDlBCCxO6WA/dOOWQzBowgd+hPgfPpzCujbeXd4YCdyGPcHMh6j3mTiQdPZXtqfT/oz83w8Gpoa
Qs/3NA/wX4wBQgv38HAwdHbne1+4kRelmKh7MenMwgMiwUDk5PTi0AiMi2jeebn3xPxyMtCc4PN5/+xF6HE4+sI5smPE+aX1
qeeH49nEik/CPXs/GAVJ8Rz/w4F2rlkiAfmz/WhgvroYTV/uRhjzuezNxqNABe396XBiBtbvOoQz9IN+krin4XjytYMbY6c/
ftmZg44RI5plXZz296Pz6WR+ZmLIDNUHwwjCI3zPtNhLyAZQD+A8t0/StjAxDJi83E5oaR2EHppi4GAgMg6J+cHoKN6DcGfa
RxCUwHAH9/HE1oAIYl3IQwFEl3uAa3lQmNQrcRKjKWgWObGZeD4/txDK8EyPIUnJDbGKkiFyRKruKlzsmSClCCyYIO1kySY4
JINlWZhSSFLVnAyfycB6hlDodCADONSifSyhYpnEQQJiG1k+g7rpRJo34xIOU2R2+67M5aQGGHH3cvBNDBQJeY1S+Yq6VYcF
j4daMBsukILIU+kNJ1VbrSstCsDJ5fuVndCjWtdX7jdbPHCVX2g8VLeL9/NYAa0w6/ISzpD5Ok2XJLGpNFpEVvXisoFFNM1k
IgOIohUMgU88lPQURaZHizRayhZEnyZDaLclinQOCLtJwwIFEs/FlNDRpQxNdo4OkM7rl0B3oJ3HL+vPP8eD40PbO5L6hzNj
b9qfdOa/rXEImappRO+8M53pL8/6wynw/2i6TYNT8/h/613Mf//LyxGn/uzjp8OvwLPnv//l5AVhvBzpv/jtk/2/n/y9jR3S
SRoQdn/ovD6bJDJ48OWvBqwc8zZ29jz3KW1Ox+O0RnndL91haECaJo4TyfGYUcc3X57vB+gry5wn8nFySnGzE46YWYevTDmG
aXsEThyMwTSLYjyX6Z12UWIIKiNw6DI+FFpBqTD2ERUaSAk/Cn5gMYg/UkQEh7s8do5CyJixoowJORoFkh10aHRwZq55RgJz
aRdFEIAjAaKakBmPwB42vWQ4aMoc4fhQRCENC1JZ92COz6H9ROPiJ2dH4xdceOzAQeA4lhlGT3tkOHTI6QCcjaiJc3RBzF7T
9rFmdXV0qkdQzKUH85E7ZAzGIrS/ejUzz6ZzjxrNDeSsszsfdQ6NV0f6F04Hv5jj06PO1B5/GoRfa9EZ/SrwCCSIcgQx8KYI
QszGBjr1Q//CDqhjWIvGI8m5AJ29r6cjLzOEpw5pv7zoW8yJHb9kEUU59sMojmAqQnXIhdzI7zvJ/WHjEWiRs5RhzkPRH7kK
bJ5ASDQXo8BLoj+E7IHthReuELsJftOJI5JpD/OICRgOfByMxHMrVOZzGDUTBgcCwphfjoDjx46JUbjpoBRgRVASjyxlWVBG
KrBCpqHjiRr5JKJkJHSZoh2UhlKYTV3ujsAtOS2Qnki0edZNC9W4IIhJdxMpKYvTqXa7nhebqVq8waYyAi41N6j2EpLib8nv
NMTlVibDpq+slFNKbqtUeJzFGteuLTcaTbHSrApMdWkmGdHYcnL1ViGDxx6Au/giMICVuKGuFhQg5irhSv0Bo+RK1Eyes9kw
BGckAeMxmKXxnFGooWROLTRGaFhDYKM4g0KOPfX1iQ40Vq9l/DmIhVm9tX3FX7NTtlxotKPSSLNgD3cyafvtfCBG6bKiFMaR
DzPWNJriMO0OBEt3ztHMRk6rBYEfzkloqZM5WSj2UipBQRPbB91E6Z1elkLJblssMIsn/0770u//dbzbd6DpIX7xsfbF9Le+
2wHHnyBHv7Y/Ofrl4KNWzsxTbJq1pyfu0LbH8Cky+8gzsxCGYNML/FeOP529QEccNNf9TyL0bA/qWdVZEMMDvXdw0dsLMjHo
Tgv+vPtEEH47GAzCUnTJkB7sJuKD7isc6D9n5yVKH9P9LqlFyMRN+wpMUdIBmIQkrE5RL6A5Qve40ieWekoJ9AGAmhBhjKJT
VGPms5lPJBQ71WLuYDYIPTRJoTMB0yOdmWBoRFuO4aA86tE4chJDB6z3m8GIGopWRE1fhhFm75+SEfHRiTk8ZaxTXDnjZvP5
kAKdsCSZNHU0mHdhdT6edRBjwGnu1Hn9eaML+8nKyrzeheiINEWUiH9meuM+wHfwuMsF9vBci74+ZEMt/OJidmp7uenZ/MLS
xzJi0md/36VsFxUCHneIEHFjTIah4LeeJZiA06vFPO9i5swbIqH5BTJk4FnHi7L+0Nfm/VMRmGbNA9hm3cvDcBLsjGw6CIEA
A6BZQu4+YDGWjCX8nvAokJ7NUQ+VXceCcbc/nx3GoxiYCC5DDpyIYdGQg9QURBNoHFEwLqCy55MY6fCEhyBpxM2DuslBbA5k
EJ7lfZ91IhcgkSGCk7OMwwg8KkkpgAxrPsLZIibgJZzzQlTOJ7ArsBLFC6UcgGczVplniAzCyipKALSbohQ8vFpcutYoXVss
Uvzt0kojn2sqb0tLxQrNP5Bul9RMsZQVlz5c26TVu9fYby22a5sbwtJKQSmtZt9eWGuu3FbQHIQVFq6v5vMVlZIUgl9j4XZe
WJCkdIurFnNErbDGl4pKA1XilspKtUJV4Fgpk1bYFNFaVkKsb/FBi4ehcqBz0pjbCLoiz+KwVCo4nFK1W3UnEFLuAMBflVAr
rEKsI4Ugj+YMaqov0oaAUpUXXdvGgx46Tg/C3EgJzoM5PKgTpj+2L5QpnWOH8M9TVi8wMdMyxj25H1lIe5cMLiibk0kgHj6H
nitMf9IXADQR43Bs9smLXBouT/c9wKU1yzT+oRJ3aR5GXdcDgCECzOVDFyHhkWgxZLE/3f3Uw/jgpWMsSAgG7k9c7OdrbmQ7
Ejwwm8chop3noCMsUTDA0idyz4T6ZZ/Rx+4TB4BQDKEOulrIAicDV+YAzD2Y8PA/BF0nImRorJIf9yDHw32ODS/HHRFdXzrz
g64ACqfobz1+RpJQtPdKtHF4b+aVZrYGHL+OgU+CE9MhKXwMM//ho93QHkQZZ06zJCHRn0u/8eIXKcD71J1j7YMQsDvQNArO
j6IIAc6NiwvBi8jcK1EzDQ5ktOD3hMbJOqTuU2AijLoKCvsX5T9Hdy8GRziSvxgbvc9Trs+4x2Qe+Z1vPRtS8VdM7lPV8PVT
ENJ6ahZG7Z62P8F708/NA8cmCCO13/0Pn7LJQsdGATRxOBjMkgGuxF+y7isLhHbrdEfVMXoSO6hbD10DPTc7VOjoc0Pz5yPJ
lyT92TMRj2DUDzRkmNLRMPTiAD4G4zEWwrsskzgeSVy4iSbGA6PLw0Sf8FHHjgLCCVEw5KwEwDFfuJzsE6MZlMWDMFJogKJ8
DEAhDoM5nI85ByMgzSM9nxY0BqFBEoyCEI4JgoNwwpJdRk7jOVxN8DVxYwaSmcsp2UoA8E6B4N04pRBA2mIKQTFnSmS2AARK
cpEyoFIARip4FZDaanUD2xSIJl3OckmxfovcSQAHbWeuKiwbrDbIt9RCpkVsqeEHZWWDEXFO4jlcTLG53ELunzdvNB+0V1vp
zaX1an5hdfmu1FjfWtxcbko3s9dqGyllu5Fhcly12tppldXlpbuZYra9JF65VV3MpRa2ZSCAwIAtcguUsHIvzuJgfe3qyhrV
zIDtdf8tsbWJq2FalBuZJX77cTqWuMW7V3+k1PxqfZxZyKxW6BSB4jsVCJtl8+nIbYD0wjB1JXbmpXwNocVZhp4jnoCGAc2H
bdenlMEMJnIx2WxzRMXOVBEEM6FN09kd4lkSPVi60KlpEX02PRV/cxPG4F06PkYXOgPEOeB9wwkp2u31XrcGtF0jxw3cD6aY
FyB1Hxt/aUgqZlD+lTS7xOtjjDipUnVsqmLn+3ivH3M2Avk4ipPdlAvnQAym5T7HlGe6ZYUQ6eRnNtBL+U4Q4hgjORNfDoZi
5E8HAHiexkcIGAy9M3IUxMhpOJ8glG8YnmfG8Is+FLm82adf2s4Ax8Mzgwzs4HQfAMLPSL8zOYHCz+Z0f4wQvw1+Ks2jIHoG
UNDQBJ0xHTFcYn4xOgBOz0Afifco39ofAAaOn3yFW8PfeAFq96E+eHLwuV2F/tweZI4RhDJ1hD8uuC70xO2Dh93A8KzZ2ezc
5d1jtsOOR7YeuC4gnX4dPYmpWEMG8mf/dra0jH1iceeTcM9kmJlvFIyw+Gvto9eYwxqmaRrTQd/oTowRTAW7jvXcJuyXNvhT
ez5DDhHb+KpEDALwALA169MYjkDUS0BRnJufvKS7SBiN3S4wdxPg1lwMcM7jYIygUQ+CTqHYjPoxGAaUNrbhbhhE0SQa+IDj
AaAV+W5/hh8mDceLZmKfjlGWAFkY04FwX4WggZAf4wjG24gLq9jscvs+4lFxBOggEZM0QRB8aEFqCcqADSKnkBCQCERSe3KZ
IS44ChGLpYJMMmylhCItNPkqJ+I+lqOJpsBWKIRCUhVCzYB0RhBbzbqQxpFatpGWt9LCO0mXyKDOTfK2LJaZRk54a0lpLzCV
O/lcQ67z5YxUydNVqtTMCDvtu5Wrm2+sXmtv3GncUtbbG+XbXO7qO83VhdJKa/XmUlXIXC1uL4vp1dXa9eq2sHLlfpoVawvy
+vL6VktaWheul/jtbUqaCDev1ojVlavVNG9ms+pqM3t9sYasp1IKjTRWUkvb5L1VWVxZe1SGhOiN7FW08DBeXl3Q/TGiOTxK
z8KQyWk2MS/Xhyo9j9QMtj6nEbXg2Gg9yWKcQ5GrhF2wRJAG0ZIJuhZK8yQXm56jWw530DfSxFQHvWbmcB46Qz/lVzyQ1WNv
MltwCMTzjmYcbWsmPOcJPT3GGM+PvgpQUi4gKsf8jAeRtCNxitScfX5LBUMI8h5VyfJ0iNl/OT7yxsXjqp3PFVYzMQyjOZLP
qBU3gwcjy6d8VOh8SgqGqxGxH8Off3zl3APyrlFIXONLKyD/ThsHo/RX/sg754rGyfz5M8CMLPD5getHf50UDk6Br+aICI5C
gnVj/+UeOYwYxgoR4mD29TREZi4qwfwLzwb3Mdh4gT/9BISpIWufXcDkj81gPPcOnxryJDJZX/ONfg99Pe7EMNAJLL43ONNd
bgZ1NO3fnTh7J3N9uq+OXvcpeK47X+95zuGZc/j6+Pm44RpGF+/NXozOutTxYKBNn7z8SBOPJvNRGH70fMb1X73Qnp7PDsMk
U7U9Sw/mv0Y/fk4E5nQ27wZeOJlaXWAwMWdnAfY5hJpPT3ofj6MZPLWD6UcaEJrhIHrmTH7nZhiQ02DPQg+9j57osT89TB4f
jh6NXnTNuTvy9q3IRL15p6t93NEPmVnsAp87+kkgdkwMmx0EECqRhjNLZB0+muhHibi41oXap0EQ83DcBhEB0hkYDqGo7+IA
F8O2IEQEO2dgYomFAcEjCjQQRAzg42EURigckfA0/fWUYyoA6/oITPsxDUZwicOSNM7yVAKhFBvNMjCEcChAKjEBMR5gISig
YiO9XKssr5cyCMZmWlcLRLZduQc3smIsbwLXRTpTSzWpnTd2MjRbKDlXy81i+5v59NUyrSq125VKign5ar4pt7Nr1XJLbMlZ
qcKkF5eUDC+W01vNdFpVqux6i1ValVpGKtFFtZ1jcxmJVoptpSTwVVFq17dzWyt3mpnN/FKlWVxq5xZuNJbV6vrq3XWuWc4u
q7cf5ssbK/W60ky12muLqeZSKptd2cy2FrPl6uKfvPfe1j/58N23lj58+Mbmw/e+dffx3e/cfHvn2rff+9431t+/tvP+xvd/
eH3j7QdvfXf7g8ab3/vB0urjP9x+sPiDRw+vf3tt7UGMaJTfSkG1WC6SQwyPVhcxxiJjaX0lo89Y2cFTdp1eSkGgyiynYYAo
5UqqVzFoeolcVDx0uZKpbzxM/WRZXrw/a8mV9JX+zzJsTsavf/tx/biiRwXpL/dipaD+zRpaYlPLDenk9U+JvgKWMu4tTr4o
iIVU+c7gZXXjxup+VS3jPzr58g2NI4tvZX+09Fn7RSZa+Xgbv5P/4H+sirOwtgUHo3/896wvH1+nL1aUpx+jqipQ8Ne/V+pS
92s8KcU4LdzsYeKdaccne4o1DUrOq7iopH+qVPagWprJCd3nYJo5INiDgfjVsWn7Pd1+5iLd4XFjDGjhC2LtfBpmoMOpNs4Z
oD8iFz4xA5w2esp/wvm+HiuGdZ7y/BB4/lcvcfo8+MfeT/aOW8gvrC71eu+VdkqW/6Pxu6799Ud/fij3++4kWD852XcHZ1+g
/7Nz9ONYl8PhIXbGGb8O/+bfhOiRdfbqqym9ePx6fMydHOzOj4XSZ+jpcGr9/h80oefpfUOxnuwDF+QnsxfjwaskrXDyS28i
jv+z+PNf6BVjvK+PQ4V6uT/fpUdj0wiMsEtEs+PRxWeTsBd7vgEnEnphZuax7Q+fxkQcs45vuhe74v7xzIAip6NnaMy5sMl4
GEAQwGFjLHYis3/5Xhl6+d8TN4STVo5AaSqMHd1V4FCzIXOU/BWd5Fg2xLkEQBF1G2QkOLOpQgEg07k3FJCzSbrCIZkaDOX5
OustY3SJjHUUpU2ZDCE6TehCZbV6pdi4khFb9VvZVruxcO+acC3bWLnxVrmSb7QK67lippmknLi8ymyUV9eXHyqN7KJUyLG3
629tEBmJo1VCXVJ4plAqkCzFi8sZSSV5PlfKcoxayee5ilrM5qltniGrGXJxjV9opBhKSmfkPJevyFm+wshbJTFVqaxwCltR
r7SKTVGQigsVJdusVWvcarNQLitXM3V1Ia9ublVW1guSVMqWyrVM+mqpCd9g1pbv1pX1pVtkuby4/vDa5o0FpbK8fUteWmld
X8q9/WChsrZ4l7qjtgWkfqu5s1VeEDY2166tB61HGzexNYnnw4b0ULrPVW9svLPd2NphSzVcuaIWW/nNelW6tbBaXeLaK6n2
YnXncgdia7u8+M43c03obqE48o+g/gv8Qiv4/kwLB9xw4Pg9DJsOkHgQDyr+aDc2Zpb+cXqCaOP+8NzeP3TGqdOYuDDNyhPB
NwcOOe2AKUXraANqVxI0x3554gX6GdWNiPML7vjVgFCoZ83iU346vrCo2Sh/OcZaPqOn6KGgvkIPyZOTxpSxd+GQ6Ya1lusP
5rAye5X0lEB9leP+WkrhzKxZOUblX8c0b/hcTn0plqZD5wSkzM+0vcuhM/poTx04k9lvM2sHqEV4z4ovnxemXH/KK7vaVJs6
R+6FTO1ZGM4s9kgbnmrW65P6ujP7xP/NwMvKv5yPmeP5uGe3qF8Gp8bxODh/zY1JQENK0Nkp+YIbcrvZ4U9HuCyJujynHZg/
/7lc3JsejD/W8DX669NDaXc8GEVo5vfUSzMIR+6AmIVBny0pr1HlyD10us7kleuJGNJBD0Tg9+ThZ1FqBILwAFCkV6+gYQLc
Wi+NJn42szwRHUxRN6N6vix8hkxn6hkq6vogrpNInsAMxPuatF9AoIUbqFkVo77GRmVrSnlLRe9c9AIPnLf7GEn7fF9c5NxJ
r7UaIyw+QfMCLuVihpiQktpbTyspUQtKWZjXlQXbU0h5lQ1MoDbDKzmbAVlaEUwlXQRNuZb3oJzKVVIaQLNRJpsAWip2a83l
8iZVfvi9FeaNb60Ljeb6j37YTpd2su3vrdRrhVvpf75QfPve5uab9aV2aeX6TmvnjtCsZQoL7eIfLr2ZUd8nCYgNYRmHAV7m
Ajim0QyJ4xgYIyoC4oIoERgLKSILFGPy8vWvdIaVUAqNcDROLFLIURzCxvgWR4V8TgUAIsetKaGMQxCv4gFXq4gpPkvwCobe
BIvMEh4WW+nFnCKBIsGlOCyzjUoIHzEtloioVN6P6AK+lkGLVAyrOQZNNYvZHJfOiRnZS3oFUyaRQoGvZ0Qe4Gk1X/DTV7Va
J54fQ6+HRg+yLqCArK/RhhQMUU/jIdJVciHUK7IYoMM+bqUBMpuo7hs4bibc7oCwutCNtX5fn1P9i92L8X4MRTW9R+WMfqr3
dDqf2o7nGPve/le2eTyE/AlIz0cFH3ErXSg882PXDaYzAJuYIPLV7GwInpnA9JmFJIQ7GiSADNg9e2ROOt3OjDnz+u7MDRLs
4QhScwx4cIrCa91ExMbRGLHx/GhkdbVp1EMxe+4NY2tuoeY49k9mGOCeJHYpFRNSMk/c0MLmKmjp8z0nt9mFBfvCcTDixbI9
CTOYh00GfsmEdejYKAV+ugdFNpGSEoSdQMEoJK3psRPFnOsEsbENuZpYZUlMm3nNddsl8dw0YBKgAsb8EOox8hWN7UIlvp9/
m9T52bZ3jjCGb5soX9RjEM2kc0sXV7YDPKTCVG2pGVMUr1++iCMT03zf2G/VfwDQCCclmn6XjlaG6z7N1rAkO+gE6VQsXRVS
i/ZiLrj+ltRf2PpOFViqlAGUdm7mNvAGwaA3VpqN4lL1nph7/wPnxn3qttCI5YZzrXYzoai7dOWGt0WGq2/jxQZrcLX12KoX
sxRBQUsNFqGTGNmufTPO1lgBBLaXM+l6ZlPhrRyrc0y6Wt0sphYLorJtvHkD3KRjaO2ukJT6g0UIqQk799PUOgHUl+p56lpz
8XEO/f5NVsCH13Jp6TYvbt5tbt5t17l2cSW3GrX+OP1mvQbfu92i/TfuLfNSZvkb90rR9ZUCebOdrq0+XHy/kdnZqbYK8O31
DfHGjvrN22ubO+tXxNtrVzcrePlNghJUSZCWLw+HFgkaE9os3yZJoiVQqzwhQw0JzDZgEcxTyT2DUwtZlKDAFAvDLFFppmCI
CIuhXIQqqMhLOYAgoGpGbVu6sMBA66ko65R8sdzkeaSaPK8BKhbQFOo4Gd7t8z5QS1+Opyufs6UxKjWyZYWJMWupFbLWjKLz
8FIeh/WqDefrYiq9MOPAfZ4suDhhd+QCNWU9rURSQAZvT/NlML3yXra1VC6z7BsCXvLYylalWF9uMvaClC9Y/Nb6W4CIJyus
wJGeFS2hTWZhBVtbukm3SIkrSIUH2U2ZWatcY2rbnspX0zK7vbbJrZpuXpJLuUIxJUsYshLGLkEowrIErLVrt6qKtOCxaWwp
G1fq5VbKXmDUiG+0m4IoY6pMl/F8nJJVeuUWKdblehXnPIzNUwtqWSlkhEy4hOSTlYLJJdZkxEqlQpZBl2O3+GwKhWK2Wd5h
CSFs8FHtNrsm59MVR0AUWQhyZDqjQmIbUVs5SslDOQKIQkbCKCIVuqTVLsqShQFZr8SjImyzAcudE60wE8EAiSftNY3HOJfy
WT7mizwqpXlBBAlaIMoQd7mzwb1uIVUbhPloJU8ahaBKiBi5UYDSooLXSEhQFDM4BxBHF7jSjaqCwrymhW6TnVIugVgwFa4H
8RnkBiYPT8coxIo6IEkFEoVSAM6Kjg6RA0CfgYl6wQVWFYkUAxfZJDeAjLicpokmsM2UJmyacDbb0oygGCWTXnz3PeQenXR1
IR2BGTqN+BolhZhdwrNpITzfS/U1CHqlauIgjOgemj+f2RxWnKwSe3MeoTVuhCyRhFuw4rk7Ox+zfugawcgY+C4vWmW/dwH2
ppj1muxXZgHKjKil4dyFifXzknti4nh5TkziDGwHK66DApPzccaGiDmgRX3fYzCopmv8GAWAvIpGCBLAuE/BZD4IY46KcoQe
W6gW57iL5IGQ2lyeAtxsGkbeBIx8ZWiiroVwK8sri9sYuyU2VLrMkJs8UfmjxgJ1s97cXhXzGHyLR1wIylTRdPMhcvfmbV6V
8IraVEoiphTkuSRX18kGTTfzq0WYzDJbCsgsNCqphfTCvRV2OcaqxSgU8WaRZpdwbLPI1bI0KQk0XZajkpgdZcV1EqSFtcbO
SqVNNLLZ5Yc0LtGVVOZ6eSm9Hm9j4uNyvfh4MZXOmevlEl+syrD8lsAspoIr2XqynpNIgal8rl5mRIxdYBdWYhkjFVHM8bSU
hkskuO77caaWK9NEXaYlhsOxVJFmxCxXywiULHA0X0zdZ2qIrIgqr+R0uiCmSFWQSFqOQzFLLKoR1szVaG8hZGUlvDzwLeSl
Yj6nlBSRgYLLU+OrKkxGvE9GlEKnWDYT8hlqAWApSVa4PDMHmbjkgUjk0wTA0ZKQoD0JSjDFSSAmxh4JyUn+IKxnozHgUySG
+1EG5W08QnHAqsg+C0GyFBPg5fS+CM2xRHKFrgRAKZZCCTyAwBTI8Q5nOg6MFwXcgSEEBWCQC2EWQkuQL6lYiiFmAeYGeQbm
kybIcxbj+sUKQ/uUOwEoqEzDvGP7XqBQ7GTuxghKRyhEKISoYjLFJ80D1wkrDPMBgJsE5HMdzrfEJgEn98nhFrEiThM4QkLV
NLsVWohQlpchRBJrJFneTKsLUSaIGzSiwhIGQWEaA9RzdQDE7RQWM5APFYc8X0gDqOivNGEaKEUpuqG4Gk2USTHVbAtVTbLh
DBMhQlokiAiDAn+iSqaSIigdmyMkPQHFFShiigO14GtB0eOlb4l2KFGVkMPyt6naxbemoBBagJ+NYdYL4MBkAZGkVgI3FAKd
aqIYyYcQJQDJRdzy+aBI3Vo3YwDnI6qwZSP/X0fn+R5Hdp35urlyru7qnAE0ciRAEiAIgBHMIjnDGY40miRpLCvZWlu79pr/
5n7YD7teS7ImMCB0qHT3tD8QD59GdzXq1nnP+3sr3NsQV9P0fiLZmZMb9dE0VTJKLdNrcsstuZq/XRtEpGoNNK/amHtOnPim
Hs5pHtOrleZeR2bx4kDFD5UwdtRxOEeAKr086tTcZu/W9Rtbt26/enhtu3nrykr4xDh88A9b21tfbp4eHeyt1wd3Vj/bba0e
H67Prf0pfnD/Y6c5OFhd3pg7rO/bjeOm5l0TYSlgflAOs5Vyo0rG/KW/og68teMDXNJQk6FRKktLKCx/llzpB+kF5rGsiaCN
08j8odneaOXO/N7ywvqWjAbVQaUT9FqdatW6tdMuz3f6bbcdzDUXFhd67cWg2+42jW4tjp14t9d7EPUEmEYViUq37nSh/H0v
UuvWIDE0whYbplbX6p7WGYZmSUWh1im1urreCCu8hrvBitFyHV2zTBuNnFKgGbkhqOcEJiqmBlNVMTa5g0ybNMWlX1VNmzmW
bwYUbKSwMXdLHsBUTCHhiwvhOAbHAUIBZorGkYZ1LbCRSlRhYYtSqkuL8lAKk5FCt5AqCUk1KVSdYorx7DZEmk2YRFaRjjS9
wDxHWjZmSDJRYC2RErRA/GlW5Ml5DukAMf5BUZAxFYpEhZoz5LCJg3AmpVS1ggoqOQVloYQyRBjVOU8V47vZvExMERnBBf2B
EGSOqCoLUlwqFsNILYqEF5TAK/JSSanCYDu00LSsMMVolGqJwvBEFd40LxD6KwKJ2txUqPahwMaYJKTAVHk7u6InRMrdKfxH
mX25TEiSoQnWiEJ1RAUiWOr8f+PpRHMd01G8THHxmFslAc3E1RX7XFe40Uk4B0EzxGcTJiLLTIeG6Qv2IWRWKhLVs1zetIx+
pYAe1kbU0DqyG+X9CPkoDKNqhJpizl/UjfWe5rfIcNE91CM3aFi12KwZRnilZIdOl1yg2HFaPehkasDLSDN8+2u9al012reI
zdueETSqhbfq7znpPaaXyWqluS8Qc8TACBZrVqlXWepdG97e3Blc/bJRCRZW9/ffDOfnXh9/cViZi3qnK41fPLNLL/rHS+E/
NFoPBwfB3E5kNru9zdXrd3Zv7n117+v9z7752enTk9Vnd643vqy8+s3vXpw++93J3z948s3HV5ee33q1fuPqJ49OXz15c//z
V38cHjx++fTWo9fX7t0p3fnJdnl9Lgg211ftAKJpI1qtG9c2Tjfrc5tO93bnZKUWVGt9HopOuLC69NMr8/FKUY0XlgadQbg3
nNpqsxGrfqoFZYPHXq4bZbvebdQ83zPHwfVGbFt+1ViMFxYmpSEr+w0v8w0DiLLuhIOKzWktom070JFd9nDEsElNq11xQ+C3
hNTaqmlqJaFVFwQOue2ywgmN0A7MiNrELxERRXqTFBwVUsuloCmjCIrdzcdJAYBgmIgTlhCcMcssCQyv2VBWKEMsA3PRz2Y1
7mCpKWrGINsDfHBEUqYSKHuhT4ReJBlDmE+nCrQDFWPGci55QiQjBNyJMcUAP2QZTtE5VbOcqQpXdMlBcmSsWEQqIA0FKxoo
FOQDlVwkRE8lTykuNE6nOQcN5Qohk3eqriWahnOU59QnGaKXYMjKWJ4ReG02HB9yqU/ytADEnCYT0FiCESRZKbLZEgxagZhk
fIpTRWIMwzGdzG5lLuREYioxJ/g9RnQ2GX8hlIKCMV5Kzol5jsdIUVKZgpIVhDKcFUheZiOc4QlwSZrTpIBdErmCYLS0VKQp
zy6QkJilBGEiCtOwCl3JsgzH03Sks7Gp/i0d5RP9QkEwYoqea0KjOQapSx8MUEUWJxZNzTIyLF3ktsCTKBecGOp/3RlUxniU
nDFkh5r2o2nadl42MBbSd2XtEuAQ6ZaQJskdDWlwDDSnxljDcXdqlmvwMGiuu27ZGRj18PNeNW8GzbJjO00SR0uCds4H5XJV
hF0zFFa/TMtazVo4fHVn+Jv13z6+8/Lzewvd/v7vvrn79c6DzZM3fzp9cn1/+0+39n77hxurP7/y2Z3h0/3nr259079/e3Vr
7dq/PX74dPnG45/85vabw8/fPPj49JuHL58cdX81/7v//utfvPz0nx68+snpm3/6+fqzZz/d/Hj+2Z1/+Nc/fPH7589+9/T5
L7/6w/Mv3xz8/s2jbz//LL7iDYzYW8tRHG3y3Ox5d8orLWoaW36vvrlab4T21kYFevLe9dLSrQV3od5trrXCsOXdiZUm/tiN
WI362BdGR5NwjNRm4NSZFUB51WNb14kvWqXeCnZh6BedslWulmoVp+V53Sb2Iog/jEQKU1Os+zLlulQjFZqo42mqkswmBaZE
E6oUUqNgUJzZTsmCrzRQxSqBZ+uMqSZhnCDQTcKQwHCoigQqlp6JMSs4KJkohcAkgw2qSKizjcCbaI5GjKgTDZQkEUYWuIqJ
CUVgfWBZCueqqhMgRpsoiqC6r0Pha0gIPnuEhmRQx6BKNUMkh/9r8lKnyJmt5I6zHENQRUwZU8Zm6x5JyWSOVTbmE5CdlLk8
xxfwRySYXELkkCglDk7YeaJSkqtkfI7AX3IdzVYaK1Ba0NH5JB2R8QiPU2gz53l6QaGBXIKOsh8JQhOqqIRkE7BkAY1BH8NY
8gKrEpoHKVKEoB1NxzAM5MciS7BC0lQXREAlCzJBWQFWmKAsR7OFZbCe0QwAtVCxMiFAebjIlLFA0BYKRepoigsYaOg9SEd6
kRbZBAlLyXKlAG9VQfsaoVr2A+aUSROJRBSg4WLG4coEy9nlBIJZDi6KLe5lyJ6ArkumDAzNMCHRwveoQ7346yVSJ1WbzrRs
WUgC1r7XtdnzR4bLFMdyMBwqM0mZUwg7a2qGZVtGVA0NvVQLeqoRop6g/autioyopRvT+TBYLLtKzkeVdknPGnOCisIp875l
Xu5ef7k9fNZ/fnfnxZuj5tzVw7/71fHJ/NO1vS/+7eTls8+Wf72zdHD1qxdvDl7sLC7dP/no5avh7cPNk/Xll6+2fq6/uPP6
14u/3nj829f/4/ovvvlq+/nSz4d/evP3/7L7xze39/aO/vnN6+Nb//Sr6NbNh4//7b+9+fZXx7d+/+Z//ubrf3lz/5tXz769
e/zH237I64Ye7Dc/2DYrmBPYFc+u2EFTD6wKXfcX1Wp7yqa+trgKEQPsrVGphNVAYBmpdnwZm41qSbTL5RH1qoXu+zqp2qlt
x3miTXwUaxXXsIG0oyKGLGdFdsMj5VK7rAa47lWqogYupVIuP6jSNIDXTDWS6EITFGVaWckEZToFptH+LHmJWBwbumkbpq1y
JpZ1W8cI2r6GjVxPp4pNEBS7rikX2gQjB9rvVMWqyJmuiXGqOnQCNDZrupmqy7ESMmpdGNDXhaplKoJwhoi8oHTMDDwiCqQl
jPDIBDtRNUZ4qqWEgqMIMDE5oqlQprmRzR5mK5if4MSYPSqnTNLJGcCYonAyAebMxkou8/MsRWKqFFJJ0LSg6XmS0CTNEiD5
icJxwfQ8GcvRBDF0kb1PKcRHipMPf5YqvJ7jd+d8kmTvpVTwbEE1NFIyxHECKcj6kALgFQU1svE0nWKmgnMD3JoEJeTiPAeH
mi3HUDCUTynHUyJnS5rJMeNYEzzHCoxHmucsYePzZDarOIZax0nBuIS0i6GfqrM1yMBmAFKnPFHB0hXEVZJSIrRkOluUGJgV
AjCojGg8g7dxDkpUc13Bkl/olFDi0YIYEIRzeWlr3EkMh+MRfLmqKOPCNqMqM7LcUs3Z2UBpSIn+SkyW2nphnNsFFga6VOyI
XXgALabUhM9mAIz1KiSBBCEDkDZm3b5dcq3CErxaMZuEa2i5u9HSqnhex+V75vQ6l02rUQr7JaHODwsTPjfwPRRNA+GUsaSV
3ly4QCYNI/7hCIx0UZf1h7uhW+15jlpfP60d2TXXQkeVhvWst7fIJImtLVLJl4Y7fx/dWP/j1ZVf9l8//nbdvrK98s9/ePYz
Y/Dyhnp8+MUn1U93Dr7YaTW3Tu/t3ul81Dz4cnPpyfpXn9+4f/zR6eHC65/RMAhQubkYZHye0bRpWctzTk/qbZKGprvpPALK
m8Xm6FpYKYdqqbHlxv1eidoSR/Nm4allI9BCX9PeVTwdTx3frGjjisW+k3HI1Krbd4ygJVGYVKgZeXq5GblxWPJxRH3XughD
KGxiTPCl/5/gmGKi6iFNzjU+TS0RQmWDDRWKDXEtNxjyBEhF8w0dBEvBdDUSWIrFVSgji35gpq5IQi2b5NAykUVsCg3VYWng
gA2NcaTMnt7UZw/IqOAPJvRoXXGViYEExRqUHIQ6ivLkYqQnwJRhWibgVhRCkQOmKN6xCcQeFaxkfCan4KhubiOoNaKNOVQG
NQVSsEjI36ZYLVTQOcgCuLFIpQSryhgHfQoJfnmR5HSi5qkPiUp/DxLJ+bkyu6isTFVWyLeZvERcgwZ3zjVlepbhM2SmCfoO
AiY0i+LDNEso4vDh8QUfpRB2Uzm1jAR6DwDlmIIGpFcAlSYQ+BAF4qQ5u0QgbqpQeNNYySQnVAW1MWMCuwc9JYN8q8hxhtUf
MVeKXCPQtRw1z2erg6KcMbBpgImxDvk0Aw3OnqDPaC6gz+QUC4w0X0WcwqiOuWNAVKZTkgJCpEXOTOB28V8LceZWqmIdIrkl
lfNz/h/CMMZgYKWKHeJl1Y+aIK5JuUFxnOokoJ6tgYpdy4/OSGXNvQypP1tRw1MzqAHhlVVsuSXhDjtVxyz5c3mfCm6xyK2Z
lRLj44ZbLtu9IHZUaa9rAVU7teUdu+hXF6u9el+vhms6hirv3d7bV1EtOuocDH1WVTvGw2CnE/e65r1PdldubfTrg1L3+drW
YHN3e+2LxdrVlzdPNtf26MZwy7KC/XKw1YvrL6/cv7p5df7zDqs26396uj1nlO98/PH++sM4+NnCye+/VdcPv/5CbzY3Butb
9eb1Kwvb9Wu/qtxZLb35rVjvDKOr1ZpllbvzlTFZtjZ70eJIseaHy41w2NztxavrvFVdaOMyWlrqrMwv7M/X+069dDbY4U6A
PWM2qxe1JuVEg+5uCTOztMnZ/3XbzJ24ItIvw9oFvpyEmJVtuxwJqdsy0XVzamaThEsGiJEaYy3DWuaR1Pa1ROr6ZGwIR00M
TVijSVVNpzwqkKfpJY2odgQZjiYW9E5spRLIRxH8Qkn12Z34EgIGqGcCUgB5sdwrEp2QnOUSISXD0N3TFFi0yDkEpVkRXlL4
IXVMsJkTFejzfQ5JiKh6pvN0drYjhWgIIJhDi5/mWnI5+a9nbhJV5up5mrMpx/jDGLJXNoafSPkwlRAVwUZRQSBPgbvk3wFR
0nGBJpNCSZPJOIVglLJJNh2LSzkF1x7nsAcj2KzK80ssM4A6FcSlCSj1RIxGUL6KzPgIIQmbmMDeq7nEl2fAekqeSZpnYEPj
scWgMRV6AdAI4IknkDGZArQ3EtKeEkU9p7M9pckYZ0ieuTKhmq4UhUAJp5D0xhOipkiZrW3PITXOpreA8IwVpBUEahX8uwCc
F1kxQRBmp03CIKeS2ZIyNgIiwTa0B4p0O9cFtB6qhElBgDNzz+Ya1S2dlGDgLZaognNoChfCdt5pkrueQYRLXBmeazYxISd4
hYMtaQV6QkzgR0CPkLK0icum40L2NzxJDZco3HeUKFhZW9Trw9Dw5uuh07B74Y65Uu4Ja83d6ztxx4sDd255KXPn163bCw1t
fbk32OrXja69Fbcb5vx1p+/Pry6Vg5Uba2uthtMIn4XloRN2b8wfNaPmwlbFO3yy/9nw+JPNhe7mxuDqvXqnt9npxsu7tdXW
r3aplO/Paf1Gw+6YLQXYwVw333p2Fs1tBqU4N47Q/PHPok41Xv4zfV+JkerwuMh4FqxO69309j3D8wy/yZYsb2CWqiOVa8DO
GjkbDXYaLU0JeqK50+ot2pVA8okfzxKzS8jYNvuOHbtxOa+XPNLy/fzHqtQm07MwMwUW5N2/G9p3HCjdsWXDnATvijZPvMDm
sUMscpkKvTYJ5dhpYks1hOdC+FDFVNUSB4hmGjrjc9U3RaarCoCMEbtMd1Xpc8OwFaxxoEMNsMYa63o6mp0tJJHMMxWC2RSw
JstTnjJhEpoIeJ801WwExH8BvxGCnZ3nZ0CDqfKDwhWCU8mnzAAjBQ7ERGQqP4MjqyCPK7MlZafZrJTQVNcvppJcEgpaScZn
NNXViVRyQCMJnvAOSUPhkF5m6VEhs/ipTgSkVgqwqLKpRBYGSr6YAAIyOQXhZxP6IwjyYsyUkZyA61qQ1fIJZ3QCGlIYs8bA
b1xhI2SpY2EVrEjFW41CjtNTQghGQlFAv1NWXBapgXNKFUODQUATfbZbKE0oNK0CyFrxDAN9UOhb5Z0xVTgj0CSS2dTsHMFh
kClFJNE4zmdni5SUJZYiKZvtgaATDcATDE6eSxSDexICMoOdUsAXzyA6k7EJm1CxjyGcO66SjQPVZAKSKcTAkatOtUKjwtYu
ISwKSytmz417xKCQRRkkYkM9E4pnljWXxiXDhXiOfbem4LJiZ5ohBwYiou1opvPO9g3cTANu+XZmGeDzJAKheiVcSUt16i2a
VVcEli1cVMVbxM+MAjXMZdNQaKduzfUNN5jsly53mlHHY3otMku0ZOnVIK6dVL1Ws/eRfrcrHpauz4XdyL1vrjuaNb/SfeL4
LePJuvHt5t7J6vwn14OH/c61IWxeNJ3Y77eW7nVvrM931irO6ta948GVG+2osdqbe1Uz9lfCxc7dzb36wf7tzubD3Z3tg84t
b0s/2apsHO+ebDVb1c2jvZUtcfOeW2r0zLXeqSCNRnm2vrNzEPjtlp5V5ioNm/V24/bxfDAfmccVDQDar1e8SrehG72lubjl
9m+xwDJQxCvBf8YdNlIdi7edKTbJ24olNciIDV1vLbX4bD5w9AEpY0tzoY9pKat5IEGjSl0uoArAPDI6FRqYFCNy4mTvTSFI
YWA+Iz0XAoxhQtyihpFDPComlp50BCQIFUSDCocZUD0Aj/ySGHaRKRoAFvDWFAsdHApIy5YqOIgEYgIShL6aSzmSPM9ECv2f
XAAY8eSHDKnvoLQ5LbCqg+/xJIW4RKdunmmgRMQSqswmWcjOMGAlLybaDxlEu0I5T2YzNF2Cb04KsF8rzw07fZ9kBCnTCUtS
OUmA6qCAFZAXoySbrVnmQJQ7UxCImIDzjUGDNJepmpvUhvjr5RfvCiPX8oLnowmbMsmYq6Y5hvRlcS3JwPzOkhwkAxmXsgI+
PzN/IQESweVgQMkIFAqOVCTnXIwLDReampPZAGgI42JKZjHKFYAECthsCliZydngs8zkeSpTRbLZBC5Kdqmi/DI3Z5dCADhl
Poa/V0nGKmZohLFmQSdg3NDdAEQbSpXJiYGVwrQ9ijSIARiZpuqPzzX6A2AAGrNcg0MubCM1GbInsR1oge/bpqFyhwijA/8c
A/tlv+MYjFdCjho0N4luY0aCwBKO7mOHOzFVfQBGLXTmykt2ZYrqTt3gRtTfohPAc2WobXhOpOzWWHtNtGI8WDF4ye0QLzDK
vtCtqFKKF7zl3c7O2sGzxifz1kHlZLu5Mtg8re5GnXJlz72/2J6Xp/PBwcbu3GChftR7ODe4ORyUwsWNVr9zEC5tX+sf3e+t
ba+uxs7mw+OF2tWd7dXSane9u721VDxtLg8O+43BDZ7vzc/t4I27jVZzaaV9rbF5o3t9ofcgat3bbtg1p+b2gvCo2+1XnQ2v
Uz0aLq0Odn31ultebmzVqlVjUvOb1Xpp7bipu5Wnjx78trLntTt6/aS10RGlUKgVHVnU9j8YOCxPw5FmaPnI0mMhTHnunL0D
qlMmgfehPUW4nE5ZpAOzUNvpaKAN2wiRTnU4ZJdvoXNq7ybcgjz/tuA2Q2R6BnhLfpyE7wIj5QBBmkOIBtDGNA6ABPBGOEdW
phBopwBPOkqnUodujnURAYWCL8gk54hmmSFRxghYsjRwgSQDQiTZhcxzzLKMY5VcUCjfQk0yH3SjJWNWJEqaUSUVCHI/0XIx
kmRWlWNdEAhEWcrlB4kR0c9Ap2BQUNXwSQWbBcC0UvDZaYIxnS2qTQt6xpALhSrPCYIWwoCTE+xC9II0JlJgRAmJiQA4Aiia
RYrEGCzaKEBJRfZdnroU6tYB6YoiEwbkXJzk4IHgpgV0DEi2MGTnBgLITgTjoGkpVehlJJ8g6DyKYdPLPJ9ZvFIkEH0LhESu
a5mAuKdwQQsOyiJEzBazzykcLpkJwtkIiEDHlqGzCcJEqhlONXBnrs2uBrLZZGkfsArODYYZWhDPuSsFQD9npqm4kS+IgGOt
xJZNbegHgKlEF2MeiMIimq1jTfdGikFdnIXnyC1HJMxSwxFsUoNB7YYRCNJq+bK8aqf52Beqbet6wImFbaIhFymhiTOrWm+1
Nb2Ysri3EKS4YjcAwfGFuSQrjqU5caysd3wnF56XcNcvx31D9IPMxZUFq9xQ6NGd048+evHo/sLS8euvjofHp+u/rH1y9W51
5cvTFxuLdx4OT/u/P3z50fHGo+3WPy69vP3p89XFb7c3bhw/W3+w3v98+e7rh798cGf/9uvHL5r37jxb/CrsPf7Ha6/v3dh4
dvDq4V5t8NG14/Xl4b1HvRc3flK5/+Sblc7q9dPuRw9O7t+tvnhSfbzcPH60Pez9479+cmP/9q9//qAdLx8+efnpivNJ5/HB
zZXGtaFw1/3dP/L+43uljd3D+fkdsX34YGPv7sLR+v5l2bf90DKMrGKXoW3NbreYmCVbc5i5EpbDoHAnf57IUiXKQ6fJrGqr
pdRdHpccb9k1Yh94KDHEh6mSp4WZTJGufXhPIUHQyXv1LzMXeauO/vJ/fkyq6flFphGmmH6ia1MrVy+odn5JQHAcg6mkmQ52
O7MCrJiQ+fMxzQDgdDKb1y7NpucIbA6shwIoUk2MuCtmpxtns3yRBBDuXNPlhYLyGTBlCmQgeimLaTGzEiA7k1yAvJhxidUJ
zcA1s4JPL2UCBkoKKNxUvk1dXFCwhBSh2TShVL3UiAI0Cu42eU+1C6FmLIffpupYjjTOwUYwBF0J+QExJUuQwSBzKqB/UA3Y
nCFzAmkzn119N8HSDIBrpE+LhNLkeyx4ARguKBScLCRIgWINMcHy2a0HaAR/BDA6tJsE3JnNLghq4K3ZRTJLdLMJbDNOda4y
UCFEZkwMDo4IUVNnDAfnqYUNBPafkoIWsyfyzqg6FecKNRKFyNlkE4lKMCUUp/l7zRWa7lsGhDqfYTCwiPKSbQguXFWXJtZN
HCLH5Xrh2aEjLMyYgyAWuEHiCq5hvQwRX42UflQaYFsjJadiiMAw444NeBNU4lLh6Fqu+XEZCsyKIyUr6+7IMOmlaplpWG10
BtV6TyPtynE4jMPalY1004lq3bv1Wt2tlFcbXtBuNJac3aXpUdBZ7g/1uFlROgbrxr0Wda/2h0drN/autp+0v1yZ37m9vfu0
crtztDy/9/R5d37jaNjtfvvgzU9/3rx/tXdrbWO48GJhZf9Kt7q2/nTl8MqtcqlabQfDxf1GfVhdLrcqzfJac67dihr9ue2W
Hnfqg2Bnu9fs9/cqQdzuNje2jGazHoXRWrNTaXQ7Q8stLaw83ttf726tbN16FLfr2N5aHqxfO7xd5uu1bjt4eO1Zd/PuQq3f
rV8ddj07mqyeDNz9r7tXajdZNSrFtX7//ULUbAJQX3EX91m306hu1zsv/Hq0MPBKaUu96q0a1xeH9dpS03TmK0s7sdZ4WV/Z
KdWBQxpGXvUjtRrUcz8M1wbWGnf0ObT+vRHVjTK3C/zdYNnCrWih4vBmDZVCaHChtHqaa8+DJoUEFdq6NdVTFbgmo7bJdJI5
/64wlGYAsMWFV3OIPys3pKqTPDEkgYYPWcTQsENJWqgfVIXlIh2ZNFStt5zm0wt8gajCBM+1mQAVYiBGeGEoU0ZVDg5GBQcj
FSoFCcrvpAZ5SYC+UsYAPGWaFpNMyNnl9QRALVdlll3K2TW5D0CXY/jOQoJgNQxhacTyiVrYoFY0zoihvgWoHY/1BGnqbC1G
OgXHBFu2/hdLzlSSgdqgl/AzcHAPM54WI5CxI+HjRT678GeOZ5NUSYh/vnpJEoBPsB0T+P4vqXwPeQynU42a2lulyKJEpZD3
HM1HiasEROpKQ9VcUyGC6H7g2zhgqmmlJWzlTESXBnI1AHnVVgvtB11MBbM58fTuzNorbp8pBmuEyDKEqXpeBfHZiqdTv2YF
WPUWRAsD+VSFyiugOs12G8kKDxfqyCyHWV8t9YQeefGgTFWzqdXi2DNFzTFDWquusGknrvulcqPVCqamX/M6gesqdT1o9oft
ltPZurkbLR61K5uV5RcblY63Xrlys+sMS5H5pOlvz0edjflWF19vre8u1Elc9ZyF+f5B6VaFH967u/xy7vDWs28ePv70ePB6
++jp091rV+7cf3bn7x7eOfny+oPNk5c3//mjn+5v3TjduHXz5rPba9s7V3d3rx/8YnV3995hVKr27NpqLww7rZ5bDrulKwtz
1Si0auudUnV+rtmPVxc69bnqgV+JF+Nofau8MWxEdns412uHva3KlYODyvLN9Sv1rcFOfbF/3HlwfWN/u1Pv789vb99ZH2x2
bqwstFcGD/tbC9urmwerw/2r/XbndPFgY1hbeuxt9GuotnFeId5aBce7S9e+7S7vborhavXqYqfX3Xab5qHmz5UXF9urN3sb
NxcXX70ebvmnh1vhnWr1zqSSoe8bJdcYI1M9iyL/tO7gqzpq8ez70Pb1EpGJ85/nLccynTPHKkW43ff9ltyPq36VRDsQW6Mf
rVoeobIRXxiVsIJwMWiqYV+M6iRAiltkvb9NIVD16V/Ucqs5uwNRV+gKy1sbQ6vH/Gn5u67f2BSuVbtgQvfj+G81K2QDfxL4
gaXrzvKVtLQkSpXA9qzLcoRLllnCuvX/wtqqWnbNH6xzL/y+T1XXBxgUKePvTIX9h70xVU2i+tzwB0EuqW0VOcveYlGohoBc
5yErZpWSExL3wlHPGxPFdWYX05Cn/shT9jclqs3OvwiNGjEGO/JIkmnoB4aoWTfAGoxFy/vRiU2H22/9cNBNbdfDI4fEZfK9
9SH7cT7eRqpBq1bRXqyxjlg3tKTBL7gBTMa9oDYfWu33y22lfC28WAh6xod2mSg0xeVCP3ctLFtXOq7pRB23Uhumqwt+reap
XkmJSxQbg46jzRWmN2mXs/qWGM317+o/DFvN2cXRe7uN71XLYNdOTmg86NwQ6tGt+uDQOS27H0oV6s/Votb8Sr21GtZ2RvcP
8NWqpcxd71cvh6c9RavVbz8osYWeWjnafB4tzC9u1tCT5wv1cvGw5NW2K9W1/bntk7nl5nBuvraCD75ZeH59Q33w8umSduvT
m9Wl5Rtf/Gbbvw+56/DaYGX/o2tf73SeHl+/tlv59Nb+tZ/eHn755cmNx3fuLT578LOjw2jj253nWx+tvji5sd/69PR0sDW8
efLo4drTtdXt29sr+49erR3d3vr08PajK6fXHt4/eHhz6acn127efHTv2qOnd4+2ez85+f9QSwMELQAAAAgAAAAhAMnGiMX/
/////////xIAFABqdWRnZV93MV9zY2FsZS5ucHkBABAAgAEAAAAAAABMAQAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6T
ZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoY6CmYmmjoKtQrkAq7kaz02/Kt9bZi57Gy4291tXNVbbP47q9n0
5wXZOE3htbmXJmdT99vCpqLL28bwo54NV4qVjY96ic02vgobgzZbm9aUXBsZIPypYW2zrSPP5pC9iM0GQSeb0odxNmkdVTZq
Gd42819I2ri857WJ+f/d2lAzyibnb6HN65IwmwTFVhuRdDOb2aerbeYXd9i82s1j820ik80TJQObj2wyNgsf8dhMcgi3ObsP
GCIBsja5vgU2E8r/Wz/MC7P5VJto0yttYzP9rY/NTh07G53UAJt3DZE2NU4qNgdNomxa9kTbJN1vs5ljEW6za46hjX7eC+vH
IkU2CQV2Ns9jLWyWbxGxeeKtYwMAUEsDBC0AAAAIAAAAIQCoM/nG//////////8MABQAanVkZ2VfYjEubnB5AQAQAIABAAAA
AAAATgEAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RpmJjqa
Ogq1CuQDrh1qD+1Ey6bY7883t4+L6bJfelvPfk1tsD2fR7f9lYVK9skr39ut2MFmqx45w35XnoK9fpuGffafiXa17hPthNXf
2crbT7I/MHWFnZetlv3vhip7YV4Tu795lvaFbYb2n9Nz7GqdD9hpvIi1V3/uZBehvctu2qs0+6tc1vatac32rKYz7B7a6dh/
PbPEfkbZDbsPHSH293Pf2alrJ9it2VFqdyjhj53mx/d2OadU7BV2sti75mrYl76aYuel0W23+0OdfUWPg/1E5o32Wzkf2blw
z7RjEfSyj7183Y7poIr9b1ku+25hMftTO8Lt55k32z+Pi7bxLU+1n6yiYF8wb7LdNdODdp/yXO0AUEsDBC0AAAAIAAAAIQDv
4Zpz//////////8OABQAanVkZ2VfdzJfcS5ucHkBABAAAAEAAAAAAADOAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loF6T
aaiuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GmYmOgpGmjoKtQrkAq6ADYnzS3oc93tty50cuTxmSdK8gA1J84LX
+m1yOBCwwWdLwIbI5clzq9oSFsQvTJnjv7G+0WdL0LqADQkLinsL+20PRy2LXO6zJXS14/7wlT5bQtbELyyYYHPEf6P3Vrdd
cYsiVuRPdNzvtst7a9iqgA2Z0322pMwp6nPZE78wd7Lnds/t8QsBUEsDBC0AAAAIAAAAIQDTnVjV//////////8SABQAanVk
Z2VfdzJfc2NhbGUubnB5AQAQAIgAAAAAAAAATQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBef
X5SSChJ3S8wpTgWKF2ckFqQC+RqGOgpGmjoKtQpkAy7BaZOsOYAYAFBLAwQtAAAACAAAACEAqCNBdf//////////DAAUAGp1
ZGdlX2IyLm5weQEAEACIAAAAAAAAAE0AAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoS
d0vMKU4FihdnJBakAvkaRjqaOgq1ChQArt/HpA78OSblAABQSwMELQAAAAgAAAAhAE32JCL//////////w8AFABqdWRnZV9z
Y2FsZS5ucHkBABAAiAAAAAAAAABKAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqGuo6Cell9UUpSYF59flJIKEndL
zClOBYoXZyQWpAL5Gpo6CrUKFAEuBgaGBPUOPgcAUEsDBC0AAAAIAAAAIQCsDT8n//////////8PABQAdGVtcGVyYXR1cmUu
bnB5AQAQAIgAAAAAAAAASwAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWK
F2ckFqQC+RqaOgq1ChQBri9/lR7sXv/BHgBQSwMELQAAAAgAAAAhAOqYRdf//////////xAAFAByZWZ1c2VfYWJvdmUubnB5
AQAQAIgAAAAAAAAASgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ck
FqQC+RqaOgq1ChQBLgYGhgQdu9f2AFBLAwQtAAAACAAAACEA8ujiW///////////CAAUAHN1cmUubnB5AQAQAIgAAAAAAAAA
RwAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQB
rjQweGYPAFBLAwQtAAAACAAAACEAra5gef//////////EQAUAHRlc3RfYWNjdXJhY3kubnB5AQAQAIgAAAAAAAAASwAAAAAA
AACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBrtXnr4a9
0X9vDwBQSwMELQAAAAgAAAAhAKSxn6r//////////xUAFABwZW5fd3JpdGVyc19maXJzdC5ucHkBABAAiAAAAAAAAABGAAAA
AAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TaaGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAEuRgYI
AABQSwMELQAAAAgAAAAhACOSBA///////////xQAFABwZW5fd3JpdGVyc19sYXN0Lm5weQEAEACIAAAAAAAAAEYAAAAAAAAA
m+wX6hsQychQxlCtnpJanFykbqWgbpNpoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS45BggAAFBL
AwQtAAAACAAAACEAzJqyd///////////EwAUAHJlYWxfbm9uX2RpZ2l0cy5ucHkBABAAiAAAAAAAAABHAAAAAAAAAJvsF+ob
EMnIUMZQrZ6SWpxcpG6loG6TaaGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAEuUV8GMAAAUEsBAi0D
LQAAAAgAAAAhAIPxBnuLAAAALAEAAAsAAAAAAAAAAAAAAIABAAAAAHJlYWRpbmcubnB5UEsBAi0DLQAAAAgAAAAhAKuyU50D
GwAAIB8AAAgAAAAAAAAAAAAAAIAByAAAAHcxX3EubnB5UEsBAi0DLQAAAAgAAAAhANktJLlwAAAAqAAAAAwAAAAAAAAAAAAA
AIABBRwAAHcxX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQD68I3jbwAAAKgAAAAGAAAAAAAAAAAAAACAAbMcAABiMS5ucHlQ
SwECLQMtAAAACAAAACEAw9mkX7IAAADkAAAACAAAAAAAAAAAAAAAgAFaHQAAdzJfcS5ucHlQSwECLQMtAAAACAAAACEAUfhD
YXAAAACoAAAADAAAAAAAAAAAAAAAgAFGHgAAdzJfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAMzHiqxwAAAAqAAAAAYAAAAA
AAAAAAAAAIAB9B4AAGIyLm5weVBLAQItAy0AAAAIAAAAIQAgG2bOYXMBAIC5AQAOAAAAAAAAAAAAAACAAZwfAABqdWRnZV93
MV9xLm5weVBLAQItAy0AAAAIAAAAIQDJxojFTAEAAIABAAASAAAAAAAAAAAAAACAAT2TAQBqdWRnZV93MV9zY2FsZS5ucHlQ
SwECLQMtAAAACAAAACEAqDP5xk4BAACAAQAADAAAAAAAAAAAAAAAgAHNlAEAanVkZ2VfYjEubnB5UEsBAi0DLQAAAAgAAAAh
AO/hmnPOAAAAAAEAAA4AAAAAAAAAAAAAAIABWZYBAGp1ZGdlX3cyX3EubnB5UEsBAi0DLQAAAAgAAAAhANOdWNVNAAAAiAAA
ABIAAAAAAAAAAAAAAIABZ5cBAGp1ZGdlX3cyX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQCoI0F1TQAAAIgAAAAMAAAAAAAA
AAAAAACAAfiXAQBqdWRnZV9iMi5ucHlQSwECLQMtAAAACAAAACEATfYkIkoAAACIAAAADwAAAAAAAAAAAAAAgAGDmAEAanVk
Z2Vfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAKwNPydLAAAAiAAAAA8AAAAAAAAAAAAAAIABDpkBAHRlbXBlcmF0dXJlLm5w
eVBLAQItAy0AAAAIAAAAIQDqmEXXSgAAAIgAAAAQAAAAAAAAAAAAAACAAZqZAQByZWZ1c2VfYWJvdmUubnB5UEsBAi0DLQAA
AAgAAAAhAPLo4ltHAAAAiAAAAAgAAAAAAAAAAAAAAIABJpoBAHN1cmUubnB5UEsBAi0DLQAAAAgAAAAhAK2uYHlLAAAAiAAA
ABEAAAAAAAAAAAAAAIABp5oBAHRlc3RfYWNjdXJhY3kubnB5UEsBAi0DLQAAAAgAAAAhAKSxn6pGAAAAiAAAABUAAAAAAAAA
AAAAAIABNZsBAHBlbl93cml0ZXJzX2ZpcnN0Lm5weVBLAQItAy0AAAAIAAAAIQAjkgQPRgAAAIgAAAAUAAAAAAAAAAAAAACA
AcKbAQBwZW5fd3JpdGVyc19sYXN0Lm5weVBLAQItAy0AAAAIAAAAIQDMmrJ3RwAAAIgAAAATAAAAAAAAAAAAAACAAU6cAQBy
ZWFsX25vbl9kaWdpdHMubnB5UEsFBgAAAAAVABUA4AQAANqcAQAAAA==
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
