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
maths symbols, capital letters; bundled in nondigits/) and 32,000 drawn in code (letters and
symbols as hands write them, characters of other scripts, mirrored digits, scribbles, things).

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
                         scanners, photos and non-digits: to learn from, to calibrate, to measure
    Runs                 a run's settings and their checks, learning a run with the one train()
    Evaluation and       --eval's sets and figures; pictures of the evidence, of one step, of
    pictures             the misread digits and of how honest the percentages are
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
#    drawn as the pen digits are) and the non-digit stand-ins of section "Made-up data". Why it
#    is no larger, and sees no more: docs/design-notes.md, "The judge".
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
# they calibrate its percentages. Stand-ins for things that are not digits teach the judge of
# the next section to refuse them. Everything is drawn in code, so nothing is downloaded; the
# settings were checked on real development material that is not bundled (see the README).
#
# Digits: re-drawn along their skeleton with another pen, size and slant, as on the window's
# canvas; scanned as small binary bitmaps, some stretched to fill their box as form scanners do;
# bent a little by a smooth random warp. Non-digits: letters and symbols from a small stroke font
# written as hands write them (the ones that look like digits, such as O, I, S, Z, b and g, are
# left out), characters of scripts unknown here, digits mirrored or turned, doodles, scribbles,
# filled things like clothing, and two digits run together.

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
    kind = rng.integers(20)
    return doodled_shape(kind, rng) if kind < 10 else doodled_thing(kind, rng)


def doodled_shape(kind, rng):
    """Doodle `kind` 0 to 9, a shape -> list of strokes."""
    u, tau = rng.uniform, 2 * np.pi
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


def doodled_thing(kind, rng):
    """Doodle `kind` 10 to 19, a thing -> list of strokes."""
    u, tau = rng.uniform, 2 * np.pi
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


STRAIGHT = np.radians([0, 90, 180, 270, 45, 135, 225, 315, 0, 90, 180, 270])   # level and upright: likelier


def script_character(rng):
    """A character of a script unknown here -> list of strokes: bars across or down the box joined
    at their ends (as in kana, hangul or han), a bar along the top with strokes hanging from it
    (as in devanagari), or 1 to 5 strokes, straight, bent or curved, most joined to the others."""
    kind = rng.random()
    if kind < 0.4:
        strokes = []
        for _ in range(rng.choice([2, 2, 3, 3, 3, 4, 4, 5])):
            across = rng.random() < 0.55
            at, start, end = rng.choice([0, 0.25, 0.5, 0.75, 1]), rng.choice([0, 0, 0.2, 0.5]), rng.choice([1, 1, 0.8, 0.5])
            start, end = (start, end) if end > start else (0, 1)
            points = [(start, at), (end, at)] if across else [(at, start), (at, end)]
            if rng.random() < 0.3:                               # turns down, or hooks, at its end
                points.append((end - rng.uniform(0, 0.4), at + rng.uniform(0.3, 0.9)) if across else
                              (at + rng.choice([-1, 1]) * rng.uniform(0.15, 0.4), end - rng.uniform(0, 0.2)))
            strokes.append(np.array(points) + rng.normal(0, 0.03, (len(points), 2)))
        return strokes
    if kind < 0.65:
        strokes = [np.array([(0, 0), (1, 0)]) + rng.normal(0, 0.02, (2, 2))]
        for x in rng.uniform(0.1, 0.9, rng.choice([1, 2, 2, 3])):
            a = rng.uniform(0, 2 * np.pi)
            strokes.append(np.array([(x, 0), (x, rng.uniform(0.6, 1))]) if rng.random() < 0.5 else
                           arc(x, rng.uniform(0.35, 0.7), *rng.uniform(0.15, 0.35, 2), a, a + rng.uniform(3, 6) * rng.choice([-1, 1])))
        return strokes
    strokes, ends = [], []
    for _ in range(rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])):
        start = (ends[rng.integers(len(ends))] + rng.normal(0, 0.03, 2) if ends and rng.random() < 0.65
                 else rng.integers(0, 5, 2) / 4 + rng.normal(0, 0.04, 2))
        if rng.random() < 0.3:                                   # a curve
            a, radii = rng.uniform(0, 2 * np.pi), rng.uniform(0.15, 0.45, 2)
            centre = start - radii * np.array([np.cos(a), -np.sin(a)])
            stroke = arc(*centre, *radii, a, a + rng.uniform(1.2, 5) * rng.choice([-1, 1]))
        else:                                                    # one to three straight pieces
            points = [start]
            turns = rng.choice([1, 1, 2, 2, 3])
            for a in rng.choice(STRAIGHT, turns) + rng.normal(0, 0.12, turns):
                points.append(points[-1] + rng.uniform(0.25, 0.9) * np.array([np.cos(a), np.sin(a)]))
            stroke = np.array(points)
        strokes.append(stroke)
        ends.extend([stroke[0], stroke[-1], stroke[len(stroke) // 2]])
    return strokes + ([rng.uniform(0, 1, (1, 2))] if rng.random() < 0.15 else [])


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
    """n canvases (64x64) of two digits of images (m, 28, 28) run together, a little apart: a
    number, not a digit."""
    first, second = images[rng.integers(0, len(images), (2, n))] / np.float32(255 if images.dtype == np.uint8 else 1)
    canvases = np.zeros((n, 64, 64), np.float32)
    canvases[:, 18:46, 18:46] = first
    for i in range(n):
        dy, dx = rng.integers(-6, 7), rng.integers(8, 16) * rng.choice([-1, 1])
        place = canvases[i, 18 + dy:46 + dy, 18 + dx:46 + dx]
        np.maximum(place, second[i], out=place)
    return canvases


def turned_digits(images, labels, rng, n):
    """n digits of images (m, 28, 28) with labels (m,), each mirrored, upside down or turned a
    quarter, which makes it a character of no script: (n, 28, 28) in [0, 1]. The digits that
    stay digits so, or become others (a mirrored 2 is a 5, and a 5 a 2), are left out."""
    stay = [{0, 1, 2, 5, 8}, {0, 1, 2, 3, 5, 8}, {0, 5, 8}]         # mirrored, upside down, turned
    hows = rng.integers(3, size=4 * n)
    picks = rng.integers(len(images), size=4 * n)
    keep = np.array([labels[k] not in stay[how] for how, k in zip(hows, picks)], bool)
    hows, picks = hows[keep][:n], picks[keep][:n]
    turned = np.asarray(images[picks], np.float32) / (255 if images.dtype == np.uint8 else 1)
    turned[hows == 0] = turned[hows == 0, :, ::-1]
    turned[hows == 1] = turned[hows == 1, ::-1]
    turned[hows == 2] = turned[hows == 2].transpose(0, 2, 1)[:, ::-1]
    return turned


NON_DIGIT_KINDS = {'letters and symbols': 0.35, 'characters of other scripts': 0.22, 'digits turned or mirrored': 0.2,
                   'doodles': 0.07, 'scribbles': 0.03, 'things': 0.03, 'joined digits': 0.03,
                   'printed letters and symbols': 0.03, 'letters and symbols traced by hand': 0.04}


def non_digit_canvases(images, labels, rng, n, side=32):
    """n stand-ins for things that are not digits, some made from digits (n, 28, 28) with their
    labels -> (list of n ink canvases, float in [0, 1], side x side, 28x28 for turned digits or
    64x64 for joined ones; kinds (n,), indices into NON_DIGIT_KINDS)."""
    kinds = np.sort(rng.choice(len(NON_DIGIT_KINDS), n, p=list(NON_DIGIT_KINDS.values())))
    glyphs = [glyph_strokes(text) for text in STROKE_FONT.values()]
    drawings = loosely([cursive(glyphs[rng.integers(len(glyphs))], rng) for _ in range(np.sum(kinds == 0))], rng)
    drawings += loosely([script_character(rng) for _ in range(np.sum(kinds == 1))], rng, 0.03, 0.08)
    for k in kinds[(kinds == 3) | (kinds == 4)]:
        drawings.append(doodle(rng) if k == 3 else scribble(rng))
    ratio = rng.uniform(0.03, 0.18, len(drawings))
    canvases = list(draw_strokes(by_hand(drawings, rng), side, side * 0.8 * ratio / (1 + ratio)))
    canvases[np.sum(kinds < 2):np.sum(kinds < 2)] = list(turned_digits(images, labels, rng, int(np.sum(kinds == 2))))
    canvases.extend(things(rng, int(np.sum(kinds == 5)), side))
    canvases.extend(joined_digits(images, rng, int(np.sum(kinds == 6))))
    canvases.extend(printed_characters(rng, int(np.sum(kinds == 7)), side)[0])
    canvases.extend(hand_drawn_print(rng, int(np.sum(kinds == 8)), side)[0])
    return canvases, kinds


def non_digits(images, labels, rng, n):
    """n non-digit stand-ins in the MNIST form (n, 28, 28), some made from digits images with
    labels, and their kinds (n,)."""
    canvases, kinds = non_digit_canvases(images, labels, rng, n)
    forms = np.empty((n, IMAGE_SIDE, IMAGE_SIDE), np.float32)
    for side in {len(c) for c in canvases}:
        pick = [i for i, c in enumerate(canvases) if len(c) == side]
        forms[pick] = crop_and_centre(np.stack([canvases[i] for i in pick]))
    return forms, kinds


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
# digits, the pen digits, stand-ins made from both, MNIST digits bent a little and printed digits,
# against the real non-digits (their parts not held out) and non-digit stand-ins. Chosen on
# validation digits, the held-out real non-digits and real development material.
JUDGE_RECIPE = {'hidden': 64, 'epochs': 12, 'lr': 0.003, 'batch': 256, 'stand_ins': 32000, 'traced': 2000,
                'bent': 16000, 'non_digits': 32000}


def judge_network(fit_images, fit_x, fit_labels, pen_forms, pen_labels, real_forms, rng, recipe=JUDGE_RECIPE):
    """Learn the judge network from MNIST training images (n, 28, 28) uint8, their inputs fit_x
    (n, 784) and labels (n,), pen digits (m, 28, 28) in [0, 1] with their labels (m,), and real
    non-digits (k, 28, 28) in [0, 1] -> (network 1764-H-2, the scale its inputs are divided by)."""
    pick = rng.choice(len(fit_images), min(recipe['stand_ins'], len(fit_images)), replace=False)
    bent = rng.choice(len(fit_images), min(recipe['bent'], len(fit_images)), replace=False)
    positives = [fit_x, normalise(np.concatenate([
        digit_stand_ins(fit_images[pick], rng)[0], crop_and_centre(bent_digits(fit_images[bent] / np.float32(255), rng)),
        crop_and_centre(hand_drawn_print(rng, recipe['traced'], 32, '0123456789')[0])]))]
    if len(pen_forms):
        positives += [normalise(pen_forms), normalise(digit_stand_ins(pen_forms, rng)[0])]
    positives = np.concatenate(positives)
    digits = np.concatenate([fit_images / np.float32(255), pen_forms])
    negatives = normalise(np.concatenate([non_digits(digits, np.concatenate([fit_labels, pen_labels]), rng,
                                                     recipe['non_digits'])[0], real_forms]))
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
    nothing = np.zeros((0, IMAGE_SIDE, IMAGE_SIDE), np.float32)
    real_forms = drawn_non_digits(real_sets, rng)[0] if real_sets else nothing
    pen = run.pen
    say(f'learning the judge: {JUDGE_RECIPE["non_digits"]} non-digits drawn in code'
        + (f' and {len(real_forms)} drawn by people ({", ".join(r.name for r in real_sets)})' if len(real_forms) else '')
        + f' against {len(run.fit) + (len(pen.labels) if pen else 0)} digits and stand-ins (about half a minute)')
    pen_forms, pen_labels = (run.forms, pen.labels) if pen else (nothing, [])
    network, scale = judge_network(images[run.fit], run.fit_x, run.fit_labels, pen_forms,
                                   np.asarray(pen_labels, np.intp), real_forms, rng)
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


def non_digit_pictures(images, labels, rng, count):
    """Non-digit stand-ins as pictures like users give, some made from digits images with labels
    -> (images, kinds)."""
    canvases, kinds = non_digit_canvases(images, labels, rng, count)
    return as_pictures(canvases, rng), kinds


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


def evaluate_non_digits(reader, judge, data, non_digit_data, rng, learnt, markdown=False):
    """Prints the shares refused of non-digit stand-ins and of the real non-digits held out
    (learnt: how many real non-digits the judge learnt from)."""
    train_images, train_labels = load_mnist(data, 'train')
    fit = validation_split(len(train_images))[0][:5000]
    pictures, kinds = non_digit_pictures(train_images[fit], train_labels[fit], rng, 1000)
    verdicts = [v for v, _ in read_pictures(reader, judge, pictures)[1]]
    refused = np.array([v.kind == REFUSED_KIND for v in verdicts])
    paragraph(f'non-digit stand-ins refused: {refused.mean():.1%} of 1000 (' + ', '.join(
        f'{kind} {refused[kinds == k].mean():.0%}' for k, kind in enumerate(NON_DIGIT_KINDS) if np.any(kinds == k))
              + '); drawn by the same code that teaches the judge, so an easy test', markdown)
    real_sets = non_digits_for(non_digit_data, say=lambda why: None)      # none beside a copy of digits.py alone
    if real_sets:
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
# Drawing window
#
# What the window is about is kept in one place, a Session: the drawing's version (one more at
# every change of its ink), the networks it can read with (the rows of the Runs table) and the one
# in use, and the answer the drawing was told with the step of learning on it. Every event changes
# the session and then every view shows it again: a view draws, and keeps nothing but its widgets.
# Only this section knows Tk; tkinter is imported when a window is wanted.

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
RUN_COLOURS = ('#2f6fde', '#e07b24', '#2a9d55', '#8e44ad', '#c0392b', '#1a9aa0', '#b8860b', '#5d6d7e')
BAD = '#c0392b'                  # a setting that cannot be used, a run that diverged
TINY, SMALL, BODY = ('TkDefaultFont', 7), ('TkDefaultFont', 8), ('TkDefaultFont', 9)
HEADING = ('TkDefaultFont', 10, 'bold')
KEYS = '0-9 or a click on its bar: tell the answer    Esc or right-click: clear    Ctrl+Z: undo'
TEXT_FIELDS = {'Entry', 'TEntry', 'TCombobox', 'Text', 'Spinbox', 'TSpinbox'}   # where keys are typed
ERROR_LOG = Path(tempfile.gettempdir()) / 'digits-errors.txt'


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
                            'nondigits/ beside digits.py; without it, non-digits drawn in code alone)')


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
    drawings and scans made from test digits, and on non-digit stand-ins."""
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
    evaluate_non_digits(reader, judge, args.data, args.non_digit_data, rng, int(meta.get('real_non_digits', 0)),
                        args.markdown)
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
BeJkqHgulF8OxJlAnALEJUCcARUH8VOBuBiIs6HscqhcLpIZIPE8qN5iqHw+VCwVj/llQGwCxABQSwMELQAAAAgAAAAhABvj
S1///////////wgAFAB3MV9xLm5weQEAEAAgHwAAAAAAAEkbAAAAAAAAnZfnkyXXed475759+/bNeWbuxJ24uzMbsQssSYAk
AIIQCTCIEooWQdOiSoGy7FKJLpQ+OZTLLhbLrlKZHyTTlmnalAgSJAgC2MUusHl3dnZyDnduTt19O2eP/gWfb+ecD6fOOc/z
vL/3h1947eUvfg0E/hXwV6PfevPP/+B7oxeLo9//F3Ojk8XRb//J9/7l9775x2/8yfe+9eY/rT//zT/68zdP1v/8O9/80zdP
5mPnzp+dLM7Njk8W/03x/29QNASRrjhx3E4mfYtRm7PrR8MlBKX86uTS7nAUjiXGW+NL24U3uqM12kz3c2qxm10LHzPl7P7M
Zv46fXNaweDzBnyve2tus+FMydHOVnlk/c4tejOdyha2xvt/N8ArA/HMylDEeKm/ey5pLxMLief0jS8Odj5grp59tot9Peq+
Q8xMD64PTc27705Mx7xa3iOgT04Vz5WOub6FbWHRLwwt6XUvXMX12beq7cip+j6/Hv6+V39tbv3Afkx/B2ta5Q3X3jn9IiOo
67ue3fnKyFLspbdubVx58talj7KlP145mvzg28MbV7SUf5SvvaIYA7F5WgLdobvaoBIZY3yKtx0AyoZJxwUuROVhvaUxmdWJ
pH1WqAbZ4q6WmU999oAezlcvDl2deflYnJvbmZz6/NSUvnv5+cWR8Dc0wrx3+dUbEeW1D507rQsv3SqEE093HwHs7JaWyR4u
b8OIcH+3NoJ2gB3auz7tHKZPxd+zcOu55ubgDPFEiaTyzNMLo6m3g9TMVa0+MsX/jIoVCnVn9Av0raGESx7a+TOxJ+M5cmJZ
yo3EN5DodGSlhY8N7lO90TNGIzMnPAG29eeQTjrNrbTX29/MolIFAuuytSDEyvtl1LUn8OoYfDnKDDvl2OZZeMDXFwJn1Pzy
uLPLz5BK1LnqwTX6TGg7qw5VkF78VGIvZ+tlo48OpA+ulj7+/Hz1Kekuvjh75xW69gBlt+KzW4XL1d/Ohp1TeZKfrG0sDG1O
ETMpaXkQtM2JWy8MAm2NHLeyvz5fQj0jtFCJboXaD1dZZOyok8H2frXGeMndMhVltpt7RLA7Aj5NpToPel4wia6DIW+lwgyX
cBmCw3e16NkRo+tx5FOGywxgqlak7oxQ0QFNoYfo2yN8ZmJNKo6G79Po/NB9NTqZeOrKZ8ebWD+b2Pbaoat+dJdINHXRHR9K
7GiJ4iHQzkiDh5tUyoGc0U441s+U4tFHl6HUqU0Dmpx4+OXgDWj/P6ZfEpYucfOG+QF9kX06i56pSUf0vHA0yKDlripNxmoj
z37y2jdXf+jXdudPf/LSS2s/ALVOYuLWwuXl/3AuyE3N7LHY3g9OT8Kfdatc6964osdP38oMu5tZn2XM35weyKSbmRG9cy+H
oxN9ISxKEiOVCTfCtEQB4deq1RLeppCtULC9i9hkJihXjH6vhmUxxam3rJaHJVNNUYc1CfCoQcVvgXaTdGhGxAAQ24zjAluh
0wy3jGEj6R08MxAuB+RsRk9CGaHh2mkuyMBxrqGc2I4ewMCQc2RHcC9p96hole4nBTJr6yk8e/BCPCYc7MDTp9c/k5mqyn8t
vynIc6eH69aD7c+EWhHy/EEPp3JhWUi212R2l4vVMOvxl195+tenGzGOePilVx7+u4gJ8NGta+M3bs+hY+NDenzz1t1zY2NF
xwubj81C3oRQb5Q5csZzWoPDhsJEd+LsI6jNWmTJ7owdCdLgUYNwkUyN9smjnrdzSbB02CqLVnWOIHTXP+wEIA3h0pHdVjQ0
6QpWBet6rl3UWKRHHXtOf1hnMJVpO2A/ylC6HLIwtEPFkoYWo2N4H4qXetXRKEb1bX9UE+NZHNK7yiBqZ7M2arb1sLlfgrVw
vxdGkv2iBVV8YVQ9g6U+iX9iv56kp0vg4/EbW9+CBxMx6IjXP7loZQJ4qOwQEgmgD4vTW+L8J2eEYfxR4jXk9i++CC24VfZN
/CcfDPpzTePq6M//5mmEvLbC/evoD/7eCHvz6+hc1FnSRFnbj0dPUe2DLHl8NGhNpOFqlFuFcVAhIKrF7AJhbgVgSIuR0HDQ
Iqn+CAh1EFR0CGXEpmQVC/qYjaqsUXPtPkTgRk7u2DKFCAlDgC3/mKOSAzAcAt2tEBoZENwQ5h4xDJVLOwju9VHKw9N41yOS
GFvW6HTTMwaB8HEHGOjpSCyI6Q0v1V0ZKCjJ9Z7PAYsjWMdYo+JBbKe4E2kvnkVys8jS8peEysW95OnmXf2ViVrm17loM1i6
nJLCq5/Xz8R/wUdYP/v6q+X4d+vX3345lD+zBX239esHZihX6JYuvvOTejU/v119C/i37za38dm1/TfyjSXnvt5stMfTrbLl
4U0ywK8Amow4csnDfce3uW5PJvMbEI2mbKVrcxCNOZxt9UWGR7AAs+CugoRQDHQ8UjcRHyViHoL6hKuG0SzHErTgK3E4l024
Cc5uRqFcNqflabdOEcl4WiqQftcmeSzsYJTjWlCAELAZUigbkW2UsA2QYxit7tPmUTgWyZmbgaMdxClF0FphPLZa6Ntojw8l
vlqpNGdS8LQe+9w2s1XgjVK1MNyd/l/PD9C0+pdUPvSjTyNjlfEXf186P7L08f45Qzx9li4+eRf30WhkHp6xP4q/MzpeJ7/M
HSyRP+bi++ULXXmHf8dz6pJxAKp5FZNhVynAsBJHAMyKOCbaG+t6dT3bc1CyoJuulYB8mIMtMfC5MIiGRVeFQySNYnwfcYgY
QuBkyuc8YtQnWCLOCU560sMEOJbKKXzRRxkvS6b6LAW6mJfHWJtHLNsHUnAAxHHaPMlqTDIjdNgxLYzURRZCwwwQeLqvOEwh
k3L2bLNxxA+iWecR4yF3hcLheLmCma9fp5gyk8WZ9sCDieZqeyY+OVgHMv/HXn15+9Nfk+Kh/1b0ZpoLZ2fuJ8VRdTKXaFy4
oCvFrTkgLQ5/o8OeKV/55biPDUWvzSpDP8WQqhcAUSP1gXri654G6/Fu32ZcFAlo0ZU9BCjV27DPKwaBCy0RS/KmzlEo6eHC
yTafQGiKFPZ9M5VFIzDJ7MBuJgolERRVSTdWMAUEAHnOzOeDUOCi0agSiSKsZQo4L4Eog5p2VMUt34ZAx473dYD1SVuyEnqt
j+O8rboUWjkO0VEI0X28Z1gEVUxiuuPauoaNRoXuKuaTPXgqKB6ueNUL92PTB5HoprvHvM+6rdicnJhbwTLrFn1t+XnCI4pv
Q7mSORF7bRteKkVzaEqaHV6//2wpWR+oFM7vll+NFW6PtYuVgdQzYvJnaSWkZvCsIywCdgbAgRDIiGb7vM+LAE4amh9OM4dK
aETRrFgCEzUy3/WlJBcwNElvnYidwZMECj0AHBhl4jBibFmQJrtR0tE82+7KBh/ISg50DBfwWz0zh1Qtn5LafQAlDkSH67UN
zAQVXQZdy+Qky/f7gGXYiWbHkizSNuyIUZFMLuG4HoDsmUDB4cNCh5UcHAUKyURZcsBRJjwFsOv3AeNqm8/Sida6qI0u97D8
4Ph6x1yEma3UtVONaQkeyK0lLvklpvFnGrza1A3r3NG10PsPZ0eq2/kngLm1/nyh/L6rQ4spd7SnfuhWSgAmOZLSNJ1nXc5E
gbbX6X0a5psokVZlM5FARJ2b2PT6MO0TKEE+xXW/h6UjhLHGwk2RyqCoskuDBxUmAgB9AzLXdp1wWJdToPiorECw2C4Cxy3Q
323LfQFZ7ZHUYl3TUfqgCuJbDUf3GaDrWFLPIBwMERVXVsVEx/EtMayp3VSz3WsijImo0aAqOVkXy8SDeM3JhvxTZLFB9vuf
grDLFXL/sRt8zovMAH3x9lH42u5i7ww9eX/5MJCUFTIyFMfb3F6pyQ4CX2KB3+3C1Q9uPQm9tL/g/MMBAb9dTW+jG4/Xi+Da
Y0fuPKUZoLK+sl85K7WMcufIlMEv2P0m5Jtizb3q2EcAV9iv0RDi6wATXbNQWbWSNKnXSLpSC1JxomORkcVeEPYhkyXRJ6of
tkFjnFaXnH5UCKRTRK9MiCBP6Dx1gCc7+xCmQdRqEEO3paBrsW2Rgis9R7J5qIH5qqw4SAiQdMfpyqyC2bLEK2o3UffkWpcR
GbXQl50mIgEFlo72CdHuzQODAGo5M0bh0o3Y0SMZm2hMnJNa4taOO7n/eCAK54+Oq5cqD471cGqSCebXKf1QO/iLhfN/qdzQ
/u79pZm33vur7f8sPdl6mPiLv/3y9t/WU/hDd/yd2eVdeNp+WhPfe2HrXjyQNkDq+LmDpngiaFNU+FZrSyYZscNURBmyWaRv
xbbbapZFeySc2utpcRrqDsDCGqiwJmqOQVQ5pNFOxD2Pk51EJcbG1CyCk7ljNhw1YQxMDzoWRpkqbpNxVoRhUWc0g0ErAaQE
EVf03Z7hqihrdRBf7VmQSRuWCumSGe2giiMZGgNkNJfYES2kGCQoh+vuGkw04XEmX9jnhaXh46WdRP6eMnwUIrY/QubuLMdZ
oOQ8Co3tNZg6HIyYybTIDi9BD/4wO/TV499cVOyEOfWLry/dIExMDGZWv3bnl910rnpy3otPlqX51F09OIjVDiKMvoZTYqey
K5qm40rVzWZr7QCLmR37o74uqASAOMKy6pdYt5fA0luQkaRcewCJH4J6hKCAbMABkEnQMTviJk9iCWVpAHbTKVqn6JMqA7BD
aYjAvKDvn4iQUKHAs3DPSAIVHHUNyu9QcB0EFIR0qmggaq6DMrbh6K6KhAzE0XomzqO845CVBsgOWoRrRaRNzMlZsFumxhbp
/WpG27+fKt5qQPvJ0a1fZRMfisFjYM64UVQXIe4B5uYq08294dxReINzJk9J7OtyqPCbo5+UVoovrUP8e/tb1HUTzo30HjRI
ctnqEPknIXCo2rNJQdrDfOpOu93SLD3W631gSMuHdNqSpIc2wzQB9KSY7ACxIqqrMSzapdAo7puRIG67fhjAPdoIsZaPQYjn
OGwUgi0IC2Q7zMcDL0BcxUf49AnaurhoWXTGMgAE0RAQYQwFJ7UuSkIA0vahHkjCuu0rCmCAPKK4KukQLCxATdFIR4AQZnFq
h81QKoDWInqLs90yYS8BuVXyYZ3wDpap4evCzffxgeaj5Mx/zW7dsPn27YLx0+HK26JOb73+XhfgdxyRW/vT36vHX1ypKB/R
P2KPL37q41btZu+BorJBO1y3nOpaPxeSqEpmH70Do5k4upqryqsgEbSB7Zn6vuUi5aoX19t14yACOFZIhkGrMowTosmh3Am1
QITrhqwsTVsuSmN2X0ihCoBxiKlQLHsCNwRsWBSfg2UHBUzXz+ZtGUJQyfbTCUMHEaiPwXxgNRHcqSEk3mJ6AOYoBKF2aFOH
PDtKNhw8coJ5dpSpwnACBxhUZUwIGrIVHV50oSSG7Hc06J5cuhMtN9RQo+6c+ZtIdTeSah7k0j90RDUDHjz8on7zRLiJ3ebK
G9cBQAxycmTv6psXMhdy9I+F5/+Ta+Hxuf6Hcummvyv6I27PH3koauk0dtQbbK8/kgvPzbZ2iw+XlxeQqEZvzLSfcALirtiI
pByyaxFLlsg9wlE2smC4FfhIFO4Eds4hSSOWdWUjxIVsCR80NRiL464M5BQAoEkc1skhCIZpyKddagAMaPzkgQAiE3gnrYXd
J1hOZU7+XhOZiN1MqCZlKuGQ3I6BCuhrYUZx6ThiYQbAaiGgiPTBE706g27C1jroe33ehtx2C3a3jcFf0l3HKUg4P/kj10Bz
A6g2O/t/NQQoMO7uK8btsA2cV6rN148aAz34s4bVujL5eaS48Mw/Xnj5uryTdD6jfSwtrN5+NMRcknekzNLB/rXIxferfHfp
mLzw3KkPa9Hdxr3n8VHEqQ60y+40EruOBB1NhtqEdaxjOyDrLLPOCc8qTsbcBuyEynpykjnSbQxOag0yue4awEkOtB3qHigj
fijah9lVT0X8E7xn+b5vwL4dkBFWx2QCUS2aI/R438UUI5yy9YKjY47F8jLAEzbhQmDYpe00ayBYHYAifoHru+Q9CYlaEdSX
gAeedQB1AYkxYWDsp+mnkp6qXcH1O3nQiHPJ5Gl/McnW4gk2GG3U5uzDKVKGBztKMVofZx/Ll93nB8bmn7s5Pdxo5VMSE+zH
ufK7x+fbCX+/HzU/Vs6qkxuyIx2J2Wl28DpFimD5lJ8QbJf1wP6sWdqLw/U2waIwts2gGyoBH5I46LmHahLb4zyqA8t2gtp3
TUKOmBJArvjHkBNCFVe7T696AZpy/cYyU1ECKw7Sfpdt9WEpYKIIyHYdpu9yIQKIeiZp+0Tkn4xiIQAcRK2QL5z4DZJZONkr
8haA7wNgTs3SnkWvtHkMVgHIQyo6/rGwbZlYdRgF3ykdiwpVf46vNjjm42RIGx5Xun7sHp6DyXzFiRTrwmC9PHszE/pMStDK
zZntyzOInsee18Wl3CjUliO43v3f4YtHtAIf+tQ/DJ4C8m18t2lt88nTsToL6WCZCZXiRiiBBPo4bYoJLI4YQpbQnxZ8zQPS
KuRXQ27N5gQZwTzPqqBgqt8HUqqvoJJvuPKgBthgvyeF6qTeZ0G336T7er9DsRRuIHpXEu1ImEdgSANNk0RYDBA8DAEB4sSI
eZDGwZNISUmZE3YMNA+MtLIhJAC6ihd3mTCuI3I3IiPtCO5ZAMguJg+RHnY0xZlSkej02eZZ4QEljq5iaZUd/cStThveSKw2
VAfq3w0Hw9zGmYOk/4eT6XoEWOhlYjtq/3OQa2zyltJfuyxq8AmO3hd7paNeCSH7u32FrrdST4rSgu0mek2+SRrzqMqBaVpO
xQAljHJphWagrlKyaQBMuR27lfRlRygaG5hDBSLgRYJVIuEAOtLAUTXI9WEY7FhhlAh3LMoFaFSLYDWVQOA0bsTMIwNAoTRl
Ra0eBANoAVfyPkTgJpYUtBzCkYTiczkx7cVQR1UDUorhKKibXVQCvGTgaYE5uyhbQ4jf8dFQMyLEHbpepIbx0LR2HD0Y5zl0
cX5nX+iFS4+hVjaCIZcV4qkAzRQT+h91WSsvv1Wa++1b8NTPf79n7k0806nBb39nHdmBnl+5hT+cfFRb9J65vzSzRW/IT5TM
VvkrGcw4tR1YWmeA51VA1PmT8ttLqYxhZr2kZCBt1IrRNJBIepuSmkR9JT6o3ejBoZDeRxLqLZvHBMjvJLG2K8AkbjUYzgOT
LoCbRjKmUCHJIT04VrDCUMOAAF9I9zlQtRk/iKTbISjkh62AyzYZP42xhgXwdU6JeZ6tQ6pOIaChe97wkt+NOR6gUy/vHjVY
INTt0Akf4jiXrcdimG+f1nuoPBCPePWJrccGmqbsbgPje+EhOXo4mZ8spYwLh075G9DvBoPasJXc4fvM+mlVMSLvc2v8sjO2
hGZ+fPGDwi7/7G8aw7+8ssYd0KfvyF+q56jmQzPyqPYCmk5uLmmsSGFYSkBqtfE6LrdiJ0COFR0QRvADrB2iCR1LgU8kN4E4
XWBAPHZw8qQvbif6jsYSPOntsxDkJkiS9ds8i7kx26cwLRAoL6zq0MnVeRyJwTJO2VhU9/mUKQQWEJIgMAOHgaDjVCA9hOAe
gK23zRCg2w448kl9T0AtoA89c7BXrWqZlupDCQdtNemWgOwgCc476jIz0E2KZ8CVXm6Q3kwp2hQ4rK2l6Kkz2Aifhz7q/OqV
C1ep0ya8Yj9TecRtwfta+qq4u0zeOgoaows18x62AnB73PhTB9cfHvFHkflNYvDuvVX0CXaenIp/dENCe3ZKGC1WlzojVUJB
BB5qISUlcmgncKFMRjCui6QjVBlwERjJGwXToEQMAULVmATSYBxX/CphJU7yk5SsflgXUDsW6jb1gX4Ccoi40tTTvQStshHF
tcJKNubmGAnvOjbG4QUKMp8cBCiAwWHcu7EHpZmai8jo7f2DMNUCgRaj3qtVLczF21j0dqdTlbDhtsIFkrqzfeZTjcNMvuuU
Vy6fdf1pShbSbrangGfn2PRYlFhshV9443InEmN+tfMZuI7sRVdp83XEa5m3SZGivwIxlfbPaTmOfL6McJUH983I8KhYZbf3
fi5b88OxUOuDzSUpX4SuTEHvPyXAsLAyOJlYaqQZLPoEytAwOgOzpZ39uRlYxAJfELT0ud5hSKT8wQZS9HqsFvXjO3XWxjAv
43mHx3ERcswU3T+Q8goOO2FOrGoJH2fMSESxbZrkE1aC7oXVMIJFTqrOCcNKgM0ZoZRe/40NBXiFjLfKD2wNBnQgtr8ZaitH
B2kppi2eafl9ueWfcpDhuELaH58Z6p+j4jLhfnxl8vhUccJP5B9dgw7il545lR9yL5Z3ps+++sqRFZ/6cPcFIFJZ4Rpu5dIX
mOzhdbKK71x6cSG/+muiYu5dQ2fAnbVDl8iNeECnod7x3VfIQU9fcfcN9EXoD7L84g7djU+YbwyfWdrHND7Xj2MZXIPIyIiz
Pz3mGEgEywp3z+QtowAh7sQTdijZTgGwPrrkFygLhYkgvgoJPc8LAjazY7M9lAjccGwDhVA46gY5dp2zEmAYJnL0HucbwYDK
5qnHXM1QSv34lH3/rgrtBE58DFheQfTqYyV3gbTHJavzP+P22ar5O46vtbpeqcIMDrlE9GGOBb5YKwY4uTgSI2c70/lcYveC
hgOpidcWhuy5m9aIdu2fdY1Q7I4xezh7sN+wEG/2q7Uze1sNB5Tm0lcu3loUgYPqM+mLwHJX4Q4KlwdGjhuCnb5zOboQk1cH
7eTjZ4Xv41OMa8oHI9ifEcMDiO1Vkuw/d8+eaR7E8FRtnj8dqjYTUdJojQ6hXSrewAfWSsOsFo/tw8VWqYhoZOKInruVmQgr
BrIWO/c/wuEIGkA72Ss/C7MUYCHK2YXHEa5r2WT22cF7OL+pES63UPx7pt5QBqTITOanG93QA9eihhKPH/TCS3uNxDh4jntq
Hv93Gbm6dmG8XnPerRRmaggvVyKG/qmZQCtbxwiLnucnubUgEU3FR33S7qjZc8PprNKMLqUKCBuNleFLT0+Xd/f7QmZ6Yffc
8V7ZQBOzy9/C2xJeeqSzv321543zX313Lr381mpzbOL7N0enVt9ggIvh33s0v2B8fUI5DYzcGEUD4XcK7t0zG6fi0e63hY23
n7FHkWz1a+yHvx2z0/kudo3deHBh/wrfGZwfWK/Fd3PN6fSlxF451pzU4qk5ti9BvanU3Xg+AkA9c/bSzURsRvdU+tmzjYCm
HdqceCZ303SdXs4lzmd+IL9DtmdJ4zT17xd/nNvOO9zZ8k9vfhTvlZrO+cN45J2UoICV5L0zE/9oY1t14qW1yOUfj1xeq429
2shH/8vDKyPS117MXgCvP5qOQFeecU+Zm3sT+WRx4iBcq20NDXHDnPT/AFBLAwQtAAAACAAAACEAPmC7ZP//////////DAAU
AHcxX3NjYWxlLm5weQEAEACoAAAAAAAAAHEAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+U
kgoSd0vMKU4FihdnJBakAvkahjoKhgaaOgq1CuQCLn6RjTbpJ27ZNGsw2D6ofGXzb8lHm/nhoraHbDlsdwo8sql25LZdfueb
DQBQSwMELQAAAAgAAAAhAIBqGE///////////wYAFABiMS5ucHkBABAAqAAAAAAAAABvAAAAAAAAAJvsF+obEMnIUMZQrZ6S
WpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoYGOpo6CrUK5AMuH2V3+9cC6XbLeqzsozXt7cuv
v9vntlFpLz/rBTu5p3/3szy+sb/0WaI9AFBLAwQtAAAACAAAACEAnJ4GPf//////////CAAUAHcyX3EubnB5AQAQAOQAAAAA
AAAAsgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBek2morqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGBjoK
hgaaOgq1CmQCrsakCL7tP0Uc+Rrnf5xS/1evccO9gI5/jQJOD1fUf/rtuf3Bsuf1Sm59320fXdh77WXh5shfa9gXSkm6bdpU
xR27N4a7Y/P0P2/MBQOuJHhdYeJtnChQL930c8sFmY2WH+b4HKs/pr9nvzIAUEsDBC0AAAAIAAAAIQDpUIn///////////8M
ABQAdzJfc2NhbGUubnB5AQAQAKgAAAAAAAAAcQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBef
X5SSChJ3S8wpTgWKF2ckFqQC+RqGOgqGBpo6CrUK5AKu6VEl1j+5na2fPUmxtllVY52hF2P940S8dd++WutdsUXWmSdtrDmv
LrQGAFBLAwQtAAAACAAAACEAPaYX8v//////////BgAUAGIyLm5weQEAEACoAAAAAAAAAG8AAAAAAAAAm+wX6hsQychQxlCt
npJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahgY6mjoKtQrkAy5RrU37RMI27CtKeWbnrnTb
LlXabV9AsKe9neyBfTemnLf7tOaxXUVUwH4AUEsDBC0AAAAIAAAAIQBtnLHk//////////8OABQAanVkZ2VfdzFfcS5ucHkB
ABAAgLkBAAAAAABjeAEAAAAAAJy76ZMj+Xnnl/d9IHEDBdR9dlX1fc30HJyLMyQlkaIoKbirI7QrOdYRjl2H5PAb2y8Y4QiH
98V6bcVasmPXsiRSEjVDDoecq3tm+pjurq7urq77Bgr3DSQSibxvg/+C8QaBRADIX/6e5/l+PkDgL3/rd3/zez8Egf8e+B8W
/vTP/uJf//nCy5ML/+N/fWlhZXLhv/p3f/7f/fmf/Ns//nd//qd/9uvj3/yT/+Yv/mx0/C/+zZ/8t382erx46cb1qyuT168u
rUz+T5P/v25UJIbbAgBmBCwMIyAAMgAOQ2AsQASIRSAwhME4iAKYTwUQJmAQFCYQxAs4AkDxAPQhJDoRn49B3LlzVDQioCA4
gyC4jyQ4ZgbLwlhkLgmF8egkH15A8ESIRsdXGf5c0prO0lwSm6IAOjGG0kkIGI84ZDIDkcgUC+EhXjDtMTyh4dZ4Ggp7aLhP
XPY9MzHwMhMkMEv2J7NCN+IlwuBYKNSIJ+k9Gj7A7CSASy7KGPw5vCw7WrDX+Rpg8lJ94BXyEWo5R/eFNkTqKbNNaeLH4bDk
KudAo+1OJPJPknrPcRQ9ck/SrFApe3yAtvUyaFpbp89Vv50qle3iaf2E9pxTvbiv6ju3S3KffybYZVqqk2rFF+ykq3vDipXW
bGRrqb+z2skofWUOHfRUtxicYSZ9CniDY9MCZUhPSjs9gpgvg+iYBbd7LlJ7wyoM6arS1cjYOFJOvc5mYFzmeZvDxvyGaLKW
zWlcSNfgutlP6wRDBukGGmMDAzEhODE4vdmrIPoBGjRguyWr8BCNSGwpPWAE3XNl0XTLABKotNWsQ8buLBg67TWB9iTtpC2s
QDFQJLZUrYJGXhmIng5qjXi9F/ai9BiRJEys3+mhZsCpFR5gsZCOVEIo5/Sa1CAEMgEWXWGjdJy6wLGG7RoBhimxqMbJVDib
YCkrxg8zUBijXHgJoLwY6oZ+2+c4OsRDKGaSZgCH6PT+WFi3FymnjXoihRE02nEdNsEICB6kPMxMXkCtSLcVXsaEaQ4Xshzf
CXiNV9wJAucT1rgMRBPikKRJH8s1uIxrwKrv0LBs+T1vhmIb18CXz/iCH5tND6i4MJMNz5wOAuBMsfKQHFv8unU2ADv5da6N
lOuPy4ebnfZRUEuc1HoV4xBu8y/yyklagk/3SSB6OhCR40n5syEudrd3DcXbRdUvT7YQ87T+JXZq5qsvtnKfqIV9kJ3TCvpZ
rRqqhx4cvcgzFX37w0CfPAw1zGczxi8R8uTsSbUBo8/82mtJocWB5JX0ghBKL4xDyyE+itI0Ns7GlnFkDr80N8WyYTpxMZQg
ft2AF9jIdwN4fnFheWIQn0JCrGkbHIgmlrxUJLYMBB7ns1CvNdRdxkWcUBoKOE/RnNS8p5L+EE1dR8mlec6/ioVY6BwJL5oo
tMEYQRVRQQhRonpHVSlIcowhIEiDwAIKii0ZbMBLqmCqhjxZoiw9YOQqSiJRd4jQrfLZ14H+CIa2C3VzJw2fMq2ypwAHj4/K
nS3xAX34eK9RQortJpFt75cJpc+ctPZb3eqL59GdB5ut/D+V94f+V18+PXv+eWPjttgsfO6AtTK//nU53/h056j3k0+/LiaG
2qYmHpdvb301qHWe3/3F7rr8y9tf7ec/EjcP7V0QqL+/9U/7nxyJa/svms+215QWYH4OroGf7X6kbj9cu+t9svnxV8/W1w+7
j9ee957dWy/ah5/dKT4/+vnZwYNBXe3nm9vhLz85G9xuIepBZyDKun1InWk/hvvaUV4py8XOcHh0O09AZb1ZrT8623Z+ljur
3oWOqQDWKhOi2x7VQjXvNEFlvwnk1OpwS+mXMZ8b2mjBHYCn5XK3ZpONgWP7Sn/XHACqJCoDdeDIO6ZU7FWkg+6JrpcrRkls
QE7PCqqKB5knHmi3ul5LbklV2USMciA2FcfegouimpOdYVsuFBzQmHVUT77R8VkJQUzNkywMY0FHTeOtoRF2W1GPt0x/kNYc
jQxwRNeo1NCf9CQDFRwDS7FCQIjGUhjpKZAv+eM8ENj0xCSomizpEnAyQNAxHBim0BisrIIkw1LIiiPEFQ1LX9KwhD6m/jEr
9DOj0RDAHWpAs2Jgh7KhwZanH8bZWehonL0F4o1YmkhUZCuRfKuWGfO9iLxtKIlBdrWv7lIgfgxTQ6JuDYyzs5mB6u6DnU67
AR4BT+XOi4iVobttEQ3Yr/o02IlVjkKCFe4dQw5ohufd4otVTt/E7Bpf9SsnZo0ptQYHgFozD8199ylYO/LLrDg82gW3bqxb
iq0gnW5s6KcOZa3D9FDsm+9MVUPUxCvs1fGx+UuXki9Hb/42FQ9HfrA485tj6ZeW37555XJ4bmru7YuvzGQRYfH7ceFfxPBb
N69/643p1Bvp1LTtNigSXsq4qcz82yzsR4GwO7BhWMWRTD29RLFZV3chdjo2DpLtdPgHNnXrAoXfIrJpd4xFZxeUExLoPJz2
NNhLz4TPFPGkrDX6zYcniOV4pZBRJDYIoay/5NSPT3d6J1QjPwfS9PnuEb3OSHZa6T9pKI//OXt45yzXezHOFMTdtXKV2314
1hQ3hp+wRyf9w9LBg3ZjT6p1HqwdrgXr4Ts5tLf1FPjgnwqFvQcHH17XfvRXxb/8X/7B+NmPJKD3o6qay50d5b58LP2nw7/V
v7x7/1HuHx6fzD361b2P7v9IPrzzoy9+8e87mX/66wf33v+59r9/pj4RfvmrB1/931/8P60H/5sMiP/hyWEL83Nbp4fln1Zu
+xv/RXwB/Xh/44tfflr8Sf9nva2H//z32786Yh/+5wcf/vgfKh8XqWHzUCzVn+Y/2hgWEWvsWbF/xkPQNlhC7ylKJP910GQL
5i5QPTGqVJWCTqXTRg5Zq1Zr6ydH3sCA+4re7CNS61QBy82BtUHQRRerQaZGqVUZAeV4l+lrDTMq4CLY9BgWVystmJDRoN+z
ddRw+gPzWcV1GrTZ75rbo9gHq5YjOwoEDCyNsZWYiKsdLSoS5CmxY2ANoL5XgBIignd7YFWSgH5/VPGVUwnAZRgfuMFADlTZ
UQe40mkFw76uKaDuO50Al3tKp2PILqi1dEWzTLVudTuwC0iKYkJ9SwtsDY/4LghLFkA7AxO5SAYohHie1ydc03Iwl/BcwwQY
rg4EmuK1aN/0YHoCNFgSE1xr6Pt6SM9iZINPSMR2CG9H7YRiMMzCAG2GsbF0kxBI/xUWHCUCDpgezvlohAm5XYhmI+fTMyaf
IOBQhokEpidmWyFCR7WY3I+nEtmBG2HoydZMIoZpKB7moXQKA6IeMxYKO2ouTqMzK8iMmB7FfB9HgsM8DGhO2+Fi6oxjeyHe
sxyAwt6VXYQi2dREcheLOxGbi1nh8De/f+Pw/OJLr19859bMtZevvrM89u5vxc7NjP/wG1e++dK7Sy+/8upbbzCrsze/+8q3
lm+x46+/tLr87Vf5t1e++92bN5d+6+ryzUnIYFbI68vz88C1xUjq5ZSOjL1xxfUQJPuaNbX4Fr4gRGg+cosizy2YE8BKdOb7
cXbucvTtGWc8jk1elD6IIZ37q1sS0MVRwCr179+Bbpdz758OuvCZejL1gtlBIflgSmvtFZ5Xb4ep2kvFDnG5qmZuq+3dgKp/
9Xbx4/8Z/4/3hpX1Z7Fxs/7T28PH5fqDB0877+u/OhAPelv17b0BID+9/2Lvww83yp+qn30Go48/Lf/VTyuPbsvVO23p8Mfy
vz863X9eDoWy92+f5RQROfngqZrff97qn+yJ9kau88rT/ZZkbG+KW+v0veP+5U+25DuNu1s7Uhq/E3aG1mYxCyf0VNZu9sAk
lUkAEZsqtlSG2OQdnECizYoDEPN914e6Eawp3+qsBbZfd5fZCHLPCHyQNX9m420vFCSJMTGTjJEKNIImLAl+SVACbRPpguUM
Z8NpwgXyFh2ro7pDig08lAwREk/Kcl0IaD45LMRklS53kILdEXi2wuJYPWtmVxiLZVeSVUrApqEoNTSEsEu69Rf4kLEQGIB6
NXkA64xrOuVg1EFNexABMR+lREiWtDQQxXA3bgSySsnWKFY9/76LIfzQ6uH1tgkFqG+ZcN+mQMMZUTaEQMiwSrgwbSigOSJf
wHU12Rx5AeyMun00qy1CQQIARZgwZZiqDdxDDNv0vVHwugCBgDDmBjAK2qrtIxjgYrILyLCnehAMYJohUxDkgVBdUg21AQC+
5+td3W1wDhoJWT4OMYET0JTvBTpITuIi5OqUC4KyE/E9joNtkkQUFgHaCz7m6f2BBzuR2AntJAeLoZTHLUbteEaAAoRj9QoB
aHQw4VTSiDANmDQcXmzGSRrNpqh0QmHIEBrVdJqJYaEXU9l07KXkop5AWUuJULC6YauMgQDnMAHFUZxn4EgkTsD0jLKYoFcn
EjMqNeMb+AJuM6GXrq6UVuauvJ659vrcTObirYX0lSvpxWz2jdVz5195Y3V18tI75+O3zt146dzS5dnI/LWX51Z/h2Nnpq9e
Xp668PbyQiqEAelVenJu7jqz/NrllejEzMq3E+NaGuTHpqPsu5eU169mXl8c+8alV+dv4OevrF66MPaNqcl3s9dXpm5m0wtj
9c/BSONF5+FQ3o6KbW148sUnyhfd/hf7hUrqpLE/09L2uLa0nSlsFKWOuCZFtsXjEztelv1Pj492jEopV3v/47+q/qe77daT
gMrOOwfbrfsf0sd//3XtP4Z2PoSelETquPQYRTY/+0DI/yz7N2v/eEe0Lm2tN3O/OjzemPLsUafYJ3v8EIIiXBbNDPnoeWGR
H7iuPD503eaEoEZtK6MiEXNsAvLgKhu81fgmUiDCTNW+AsO+rREIJkJ5n0kAiO7CnE1TCdlDqFLIw91+FoJClKQxYEeLDx3H
HoSpCQZXtklECzMrABYFUBjRZFKE0IY68joYxaJwNFAjwFEIYcycxZIa5ZlMwuQ4gRugCInlvTOoAwG4ifs+AeUoedSrHQog
bSiIFbR4YJK7COnxvEWhwHACGCdgfVwmpsK2QmQMMCz12Tnds/0qEdbdYGgZFRv++3af0F3apzE/5kIY6yKBJWOUryYiHtBF
fbYqNki2WzM3NLy+B4EC6/c9wmvDMMXQnmn3QMtz3NHpjKaN268Q3EjIMJesixiNBYILoB4BGYLsQAKmEQ2vR8E67WMDw/eY
Ay/ghibRl+yhYToA5nvQiKtJFGjznOIhHYjwcMfCYMIjAASl0JF8EFIAgxiEwbrp2Jbvid4oR9OeR9EyCEAIGAQs7cMDsGe5
PdjXYTUgBvYosQGX0G2iR1ouPLL1RhUd7ScFEwFISpPTo4FgBawd8rwYy0Z1RLsWwrHRHiMuG1E5ZnIGRWmOTzKIB8iJgU+E
ER0nbTgUv4RPMbPxy0EE5vHeIgAvN5U+NUSocS5CCb2AYngumoi66FKQjbNXwqk0jU3Dw3AqkmWmL19aDpayv3nuevRcYmb1
yvnlyVe+n5qb6P3Bq9ffTL78jasXL/7Wt4mpN2d/+K133swykde/cePCZDz88vz3F5cWI+8tZ/tSNTKWslpLbVUOMeR15ZxK
RcriYb+nR2K8J8Y6JOrBqvx2KNICrJACR2xFoCPhedVC0477Elz86C4Pfhr8n8elJ6nYXq/sPrpf+rD+4sHuUan8wX05eVA7
jZPHm+ePeusiTKxTZ8cn1Xok3jnz7nT3jwHQBNBaX+l/VVv3pAZLv9btwx7w2AE3O4N7qvX1YBAYk326VrJKu09+u9fLrrmV
s8xBuLeeI45OTs/Ow8ChiuEJGd2JxxexFbDr8tR0OKxpAXk2xUYaJZgMOMTjNVPNURwPguKck8QzZC5iPzKDEOCpI0XVQCkY
1V6MTGPbgY1h49wp5KMD32ChPuazsUAPo8KAgGyXYbpxBKEc4lRoRyyOZEifZAiOgIVImPQIPX4m45EoGLVBjmvSgINZGohH
BJykA5EFIiAN6RwQBeOMOPpo1jKISHsqbcTZO5jBI5p1NgKkMUrb9vKyzeBioizCuB+1eGvK68skZevkUAckSEhBoNW6jxgt
D4H3PL3JNd0KY6qwl6WCMZU+nYVQl+ZzTDkQUq5r+96YrLXxuNQxNmIx/QxOw0nbI5luk0ZhlAF0v+0PLN+0MCuFUyVag1nQ
RBwIUxEOAm3ToCwUDWE8GEgRwNcbaMWnTdrAKQv0ARa1OIvDlRH8e6rcg0zYoxQIhYMIQwUW7XkMxEEW7BC6YgEghpldDxFh
knYkbISqPnCCBQyMAQwKs4ApNgwLAWjL4gPHg3FAkeuAinM2YuNBqOMGEda3cklUGqUscNYzA48KnY/yARYJXWDQsJtc7hEh
IeL7oZ7hdDiGBE6aDAVjMQaiAJuJc2mBTGWHfnMU9eGoBNNBmsjFPQxeir0RTa6EF+fdUOSVJcyLQwSbCkOxTGMCefMKE8ui
Y2O0B6QyFxZmbtBTDIJmsgl2+BqNapcn1DSxDNVQ9FiL2iy2ktSnzmBm4i0iHV5JWC8tU6WkNvv62wuQ0eGT5/CEHyy7k+Qc
nLmJ4nXgoAo72755INMIkITbKbHloIjdKhh6oetXzRd62067lQyWqBQdRR/z+lsB4A+7zYDlpINs595PJ/pIS9n4uraVifzq
6dnlw73uz1t/98uq2PzVnfZ+48n+GhDRN+FnrUeHteSae6eyb6S94Y5nb+a2T5hBgw4Xj4jCx+LdNFIT66EP5D5bejboVoHB
lp9ui53BoOsmHfZws1R8ec+3qkD/meg9JysmdJanAolQZ3TfUnRzEGHOxeK86NlIInx+QCyStRQNq+LMqF+8mIRblm5wISKp
ASLGDWNbSrrtESPLrfUcuxvoQ5elMdpDGh2RsEcjCIZJ/8ilSCOGsgnERyimhsNhmwcPSX3EVekTugGiQ5P2WQfF+NiWJfBE
RHsWDdcw0pGD5jBgIAU2J0UEAlnI40FH8oz08PxQZ+GxyFQgJpRyzALQiBXNBJr+GehGsZGLp9P8eah2jypjOeTjSqKKSgMV
8K0WNbD29z2v4H0eUCc1GvBAwM3JTQvj8aKqW9YAKo24D0PSNp1QhG5KEFyWOYWHo2ESiKZGsCDTxMYVMfgKslELGh3AQTSm
VVgC6EVB03EpyEAHMCjrvzbPIMRiMsh6kAvytocWEFSFcX5KtaG84BFSlay5guZmeVLzINTEDcgGUKYPDMBhzfQtLED7iIv6
KO35Mg0bCAoiLiLBfkPGxRCIDE1QgZ0AeQZBpudAZR8hAQ3mRq/QHUIZqvRIrs4EE5nXeRL1B+4IXOmkKtlM1AXitqp7Eu7a
TNAfOKoXjJh2TA3GeHiM5mlkeqImoCAwiMMWiCURnMM7PsxGaEZgwo6bpLk4gp6LG6RoaXzkkgjG6JGyE8Pwmxx7NcpdQL6F
Npcj8119IemngmBch6MQf8m7GI3GA2LWp6lJGFy5vkInFqZDzOpVC514HYn5+ML3skvneT8VWoiYq+OxtBXtRsevrZy/tHD1
yvXp1zH4Unpl9Vvnp6HplWWE4W3qOrRKXGfHr46nGmf1YQB70tleTlEf7JnFCRySHovP5G6SIlwUG8qO1b2PFIbZ2ZpeHUmL
pK1Lpt1uK/rIEV0crjx2NVomi+xpb37s6B+7iXx58FV9/W9zmtd/flKdWe/v9QHtKPbMb20XEifNtdFe1g3xMIgdKoNmYtCp
uPmS/uKgeRdXSrl8dFgvtPSxYvukZJTtPGnIwnauIALR0hO2/kgP5dql4N5HyRf5HFL6yADqVVah0J5dO+rahKqK6MxWOUcF
0EBicQq0Dn0VCkx22G3px6PV5B7TOCJrWy3kVHlRw/Z959DnlQ5eKVtlbBRRFjZ0S+3mVB8wBqxNdWrtkBKgOpOWAopu5rnA
0JNYjuNJZGCVZLcW9hACzoio6Eo1rcMThJMTogMQabbpU33MLh6EtBHToXwQkPh0BPIrgBTvs7CJhzRYwPV9IiABkeoKflI5
Mms4ZKs9DgnFe6dVV54cwu0iSXJVOSiFghR5pg+0rm5HH/uehpmyY1P44LBlCqNU8gFejQoNSiMo3IdDlBZD4jGBFkQJdgWS
AEuj7ogIZCCHUNI9BroMxHOjFlOnM+ToeT+MMVQ/oC2dsGhBaaptBOTSI9fTVNJEIGLoc15AlB0U5gc6WRlpr2mANTCAbZqm
eRDWYpQ7WiXsq6ACaoOBMcBHcarCKADCjh3AITfQHV+BLJeSbaMVtv1cE7ECzx88wR1gFGBNkh0SOMOANKJ3gBhNEkR6gDEw
FDUolgJgiMdgPOaMVudFgZgW4O4ATqKEQ0CAwQsAmSb0TIhBMRpSdCZB0xSXgLJe2bDHIxTGjfSAAxkkSYZRMDSSTJME0DJM
GSkCXhjS6bgQWwrbly9cTKzMZX4PSicY1MosJm4BZthMTUKpqbQbcaf4sXHCzloIlfDAxOK5TPiVuQmUWcYj6deWZ7GAvpZO
RsfmIhOXIvFzv0bRydVXZ2avctMLF2dvXFjB5KmZlcylS1FcWJyNhLIL+PnzV67emAauhAlfqcdhWhg+HwYlhz6rNkknwpx6
wxJoriAiNYDbNbWu2m2G56VcXtnXDaqtBzyjXMs0Ar4bJtb/Zlfhndbwxf0N4uuTL36BHN5vvPD/0518n6s3Snamenp0dlu/
A1Ghbqcc1Kv3NpVOVTt99iGxtlsD5ord1lq+2nu2v320VurXzgxp92nXBgq1QgG/rxxozWHnyD/dPV52jxBpral013L3j7Ym
Tk460E/XTc+S0cE20EJzXzYxS8pX3amH2hDr4AWSrIS6skhVmJHpCd1uyIkjIfOsY+H2sN21kcHQKd8P7AqEWzgmgoAc9DwN
UD2+Y7ciI7enGI0+GwwpLWR3Wafb4QYBa3n5TiBbwVHTk8oBmfga7A0RlG9w3bL5NfBURQCwQYJ6NdCRrjw0oEKhAmOK47NG
XcEJxbYmigCGYOY6INijSo3lsYandqmrgBkcavRHAW9XFBxJpTp1e8jFSSGl8Ijhkpyaos7NS4ibQMDQuBroaNw4R9iRsN6X
wziFfuIV0BerIwQ0+zAIVmDPFBCf0EG0BJIOwWXBVhiPI0Iq6BFNRrFQLUOhY4QVs3Ce18cRooOzMYgKh0ESSVFG0ejxLhU4
GASqWQcf5SvCkj4hkhzAehbiwnBsLOznODQpZ4hQGA18GcAAqgsDGukCyijyDGME9TCK+LgLORwIQjiIgTAEYeE64juoT3pN
ygZRC2nBCA8iuk4QNkOCxzqE1zE2CSA4GtEQFEdRW0dwT4Fo3O7FwT7kKTzK0Cps21gIl7TRFUUiBISmUQYO4yFKYBfZ8ZkM
FCIiSIqQPJRNhknWJHErzIUSCE6MjC2wvRjBo2zInSQsxwKi4xQWT8zGVnnhPMRcg64Js0Nn+r334prrI+c4/9IsJaCXr2Dm
OLMShRNhdgaKxOwxPOlDGfKSD4bnouxzj1pC9DQFUPHASUDz6RiWhSfoUMjjiLGxUcsDGEXORtMpA+ETNMkbBBIK4fELpIkR
AN32F/GlJWkagZyxRFmTJxDfK5WKZIIFicHMzEQdkBGQlpjEmLQBCwa2M9WcH+OUHjchALLBt3c6xICzzpry073206f90hhx
yuXl21s9A2cjjm27Ra/y3NiLhuxOVIv0Yu12pRYkIqpKrdcPhuR2voycnuQrH3z08G5H4OsSUP2qVSc/PNIsahsYPD0+1Qe0
nX+KWQP5uHXUQevNtc/xyULfbtUe9Y3IkFVPqTpmPSjIuyBZH5Gp1x92+a1gtb1wYLpqL2B9MWN0ZroQCYLScRjD+72OkfAS
pvG1ledBQ00BAwqWxMd9YFhTsQ5k63ahaLEo2IbcYSPaACQtbJIgDXqtjuLbgbTbkzuuziAnVt2yLRdn8EG/Rh8qoGO+QDgw
qPbqTwc1wClV2pIwLMEdqGWgHrNLhtqbZJwodctEBS7zw69cHfCgQchWT8ub6ImmclQ7oqTTu3sHlVRSY/J5z2xYdGCEI26i
E8+r6V0j/TXtNhtsikoyvEG2NIPCC/tVbrREizzsxMDuI8QhLdD1XQYyWZzQKYKxRoFrxbKWqUsu0fZ3ExHYJs1RpQisRgTA
/2VwsZhJxD3aZ0xDF4eowlkyxcIB55n0qMFIMgA0YdTbQ9RTqRELhlATQviGhFEhxDfKKAGOMs4ywQB0LUQehVmk46ioE+AW
yMIg5ikBhACoRZ2xAEYYVAmAMMqE3IpDeQSgN2zy1z93NUyKdaM44gUSEIyuC4BDFQdkNYc0Rucw4lVX8jGcBkjOcRFo1MHQ
QZ9M4h63TpIuR6a4CBHGPDKBUQk4nAZ8Hs+ybCQMARQ/HYuMRhGbwHCITrBkL0KOGAZNZoggOhox4sQcfZFn08l4mvOdeQbB
p+eXAi6NLUTgTIznhAQTsIPz47HIxFgikgYmBcyICOZoZmHgggShpyAhp0jfsMNCXp2mTLFihwETV4ZhFaWhYqEbwfHCDWDS
OiMIKAyyCu9lZkoKTDHdOjJsL1Lwlfmr4zcDI5U4cKJXsT7ds7fMcET9hjExN14ocalovGhHJ/2D2atTGfXCYDyWHOtRzJWr
ezLdyW3M8YeNQnHj57tiacd4fIDXMjvYX+66TfZxrkm0c9u5zX35TmeINs/oIyQgzZ1tNfNZ7oAa7m9R+wf5e69sgsfVRyft
ougAeD5y6B3p9qd5/VhM6UNR+fqrHr95/LO2IgPrOeLFyX3tUW7DG27huv7jRhGgm+3zl6ry7K/2P+8Kg92yswcqrU6vvAME
6Tf6E0jH0oDd51bp94ukPr6vFQjWr3z5MbHY5OrDH9m9BS7YQmDTV2r1bQSCtZOA4ceD2gvJmyZ5NYj3R8FPlju0+zJB9EnN
wpEWoh4rViBTHtZFlR6rmiSP8fRByozpPHxqJacutbWuly4igc8ElZAF00gIw1JC0vm190ZNqNuU6GGACHabg1p2InBnp/UR
FVfU0FAS21NIeINotMdDommKquM7GKqcBv5RXwWBSNjo51hXWUcHuHaWQlJdo4uH6i0bCibgKN7AUDw2QFEYFMK060Bdl3I1
A+GifGCgCIFoI/xMW253XDFAP0Csl2loiCKQhyCj0QQgOgCCJgppJgaguAmzHo25CoCJcCRqmgjha0QPc9SIYnksAhO24CGj
GRUEpo+CqK0FWOBDOKSqlhe0kaZiQRAIuVZgYz5JwCCCUQNIckA/DJGmF8AUMuJPhDN4NDLHgBbcdzEsxFGxJBEEAWQOwhGM
xuoogwQM4/kOnJJJ5NcwzU4QgjZyBZAOaMG0cbzHQSooYU4oFcQIMjJAYTgMGBjIY6ZEQSgDKq6MowgpQVGMhxD0fHCTDHxP
sGxsCcLPL4avf2HfSk/PvXZr5sq5OZpOsQlu1v8uO05FQ2z0wvW5WFJfwZf8BfsWvzAxxyyO3RKAUGY2EcPg8Fs/qPrxG0jQ
zJomFI0zDfs8Ez0TYVSpjqYV1YpzxsmuNsrYw1UsOnwRQGQUjuGAF50odsF4MW9gFH8FEy4tvEW+yVqJCQB+6wobpOcnNnR0
HptEuBlE9MJLKYp9Y5y6NLxy/VJ4ITmO8cK7GDEaOXY8pYgdna4ovZMdSBXV8CDW0L1wQ9voay3nSKnqrZZeBUWnENHdyfL0
gf+iKp/KmteuHgtDtgYXb2Nr5fLplz/78D88LXQ8Razsv9Arw1z+hV/qb+3c73788VardPbiF0GnXPuia6w9ul95f+ewtvvF
tlz4ZftUfCR+ukXdqd/+9Cc/OpI/fXjYvD8slvLrj3ca0ula7qjxN61PD7b/uvAF+fBwvSA/PuloO//r2l91P3n+PFf4hfFQ
KtF10Wrb//lOcwuWfny7H8OEuGX/YoBsKPm7t5G9XwYfgpXbUvN8wWzhoRKzWy8+f//Dat1BHtVe7A7kMuB/1laow7q6CTSe
dZscwGWUBZhMBTBEAzizQ9qh+WrG1qn9CTw9SBa3hrn1zrECI11ha0h83YkqgWt6w8PR0KDuno1KVhkZldekAwo4CWS9pcdc
/J5qHToWadkS9rVjoXsycOBINWU/i4AiGuwBA7mRFAnVPAMJpKciSJhFCci0T0fxVbRUIN622nWUwKxg4LRRyxl05JxYVq16
4FkB43cDXe3UcE2zy8MB34Vcn6Yo13e8UeqN4NK2Y2owxEEPARED6HINDZdxyaohah/3dNgtMxgRQnuOqXmBErRDvquP7kGP
cGmAgHEEpGDPDwybxwkcRFulaFOCtCbEwNoe6oyalGvyGBDDsTCJ6akFeNKD0iwfCLxvw4Qb4oU0RUE6xkoKFGACCEyBKBiH
UYod9VKQtJbhGAPz5FIwkYWFKWZmxMsck0w7CAUS8yP5m6UxIXY1ys/X+xcwPuyPv5d6Zx7Czk3FQqPIsRPpCxnMoWexqdV5
HJxiEgMBUZer8TKanQ1Pp7I2M+lxW5fHop6AZgFLSI3NhKzIRGoYYYU5KLzAENmLHBnlF8L+/JgQpInLY7hpXZjXYDJNE/TK
eV9DiRVOMK9xicVqmsuOTY/P0FhmDrZYM4zA7hwCDkdEPxaDp8jJyETowo1efyUNlIb4LH9x2b/qdSf9tBcdfiMWTqZjE3Og
wtIBlF2UBwmQSiUyWWdYDiwuBNheLeQuOXPLpp3tOYedBMzOQfp0vY3DY6aPzMRBqBcVhEFj6EYA96z8IkHbk9rs7vJDD9x7
It1/2HpS+qLTXX+xsVnbWPx6kzg229UvuQMxd7gHbD2h+9vHB73+4TrypCIdDnPH98X1x1Jx42+Mz4/P/q75xZ0ff1Xc/Pl2
Rfk4VygU+rvr8JH2+P4x+s/d9cfVmnYI54rPHxXef2x1H/2o8pPjzee18tqR9Pju3zw99h49OPvso62fdO588AsJ+aJf2jfq
ckvZOjj+uye9n4E/Otnqy+v5e5J7HP/I3t7e+OjRTz999qh+p7Lzt08+/j/2rSsfNoc/bxufN5//4n0p9DxA+xFiz2v0njld
ybgt7xiR+7r687NnaK33DHxcrT5da//ok7b989rjh+rmXQ/l9zr9z8uO7dc+HvCBq3Adhm3xxeFu3stpnzjskPr7lrrRPyR6
YMP/TNW0eq9wUpXvmtukmz/VXTyv6BuDIS11N3wk8GQbpEDI0t36KahQm6alZ9bs3FPbGGWMbEpyHrKbrYJ50pJFzxD7iAfZ
BrJZQnccQCyMZoaLDwKYCRjC/byGeVUY9aGuPdpGNoBxFWgClR4XBL6zYbkcMPRjYeQsU5NXbfQbNAIbZMjzICc8jKEkwhVZ
Pd7neHYq8MWkGUIcNs/1pOEUBpFhj1DtCoVkzRTaHu/63PTYpRF0JpJDn2LB+LxHJFzSmZATGJoKZxjOD6FedGSYkR5H0Zco
JIb5NHQpc8G6iVJeLAneWoJf1VLz88nVc8qo4C/KXcQPLcQAKJMy6ZvzmBsMpFg8HeMvvrd08eXx0NUIMz5xlfWpaWZ2j1um
sBVhQmCnUiuZl0ji2oXfwQFmEro0zk/DUSN0LkEQVDJGvmSPjaVejl66fBFiki6RmYpeivYi4XmS4R3Wi3FQPRLHQ60W/eqC
10AEZHJFu9GoRa2Mz9enyPDKLC0sOEmAtJy40B4MBx5O4biCsX4iE0sFXFUI5ilj3DYjhtvRf62zKfuq0R8xvsEZEJfCcH/E
0TJskX48rMhUCk6HIz0nPA0m+AlccfuKEclay0QoOiASXpYIX3CsSKBNpiZdEwmoJO8RyySqJeAUxuEa5ywvUij+pDRvO4Dr
b/ccprBlRo1zYgcCLy83oyfHrylnyT2jXmnOdixvX9St5kK4N5HVcfVRbS99okBfm6WfbLehdqH7xb2PmsNd8dng9KR/dLxt
FPbcB/Wdxxu9n3c/LMpCqWt+Wn/4wpSOz+34Xz47ev7B5kFRbP6/24/fPy14h92DjeLBtrXW/6jd2XXr25WznWi5+rT6X5qd
R0df78rUwPinJ/XqPvg0160af52r/ePZk/7d9vpP72x93q8CNVDcINWj2kbpl6fYPbM/sO3HHReoe119mDOUBpFvOnvGcd+v
PgdgrXt4unlf7YuP17cHzbUNRPe1oWkHxri7VUPpypYBDx2oiuJoZ8gb1ga16B/WKsM95aFjGK61HQQ2o1fTZndLSafIF3IA
3EfSaWo+FKPpKhmMUg4iIN4IcFyGsprdQuLglFY2erxFkCgr7s9qo1iSbErraeMAHmGhZHXSzdjEmBGnafgSOqkyVCLNC8kk
1RW8RXUpxYYlCbIuu9ityXiosVCMvB2i2YjouheCWJRKIqMkNIVV4Luz6gw3fhkAwjeWU+fZCZSTlvwxOZFgrsyxYoZeImcv
g4kKZ0ysAtQYbnvoUsjPajOrk1mZJN+dfgemlhJzCTR7dXx1Pn6O0mdDV73vyCA6fu3abCeFhV8DX8XJUDi19IcTxDiJABO/
sxS9priXuCWs787FVxCbnLhM8Xgk+c0/xUYRSkKsPIMyIvsNSMFl3ySFTOTmzA3XTY9BqAJY51bxVd2Dlp0EP0De5NkUhHLf
oW9Qsey/+j0vMcnpmGC+YrFy8mZNDg05HH07fOsN8XWTuDlmwK5sTKHomywTBqgkCKRJJ7DRAHQIGBqhQhhC42gEsoOJkAtC
ZIAGNBB4IcizGRbBITdp2z5hERBCClnwfMyBxtMYDfOej1A+7PtwHEVm/TQEBmPjAIOMsB6NIRAZQVBgFocpDJqgRxAAYUhA
xBIwGnWBWGKYJCIwAIZQ32PIqBOkobDhu9kJLAo6kYE/BYP9SQtGZ2LUjNJPcrg04QFhJJvNlq3xFIuDnUx4hucRjotPhTJ4
xxWSvGMSIRwK80EsUGbYtDobTqIzkUhqpMUMY0dJP4TNCzFptFthfVIfB2kUG3s6Oim46DQLmXCaBS/ikmGBnn0Bg3AUNco8
B9IxBA6mhTZMivMBy9ZRC9GbDjptT1KADeSr4ZHpr42re5f7s3UFuJoYWk5bMvqLqNCF+6LHsE7etmaFYmfGjbTA0OVR6UGy
mP3+MAcIYqXQJXTO3sm+6sy6PJ62ABoklDrZHUFbJogqPS1Tskppm0lWtPlqjOBDtK17gSXC79jbPXgbGj4kO836ac+Sp1zq
YDKnhoz+cB/U9J2AOw2K0lkZNJ/OweP7jSJTmAoTU1rQDMIwsxjtfSnKzxvGht8CxC/wR6WwLfiLMs8RcHV732sYUPAQq4Rc
ElK+SmBCVTyB6zhMhiEilgoh7DDGGaftaqNxPJCC8JPO4zYdFgCkDdADpk042MCPuZZzjLb93zHlNklJNZGu9AZDWFfjewxv
FFG4Xhq0Gu627g+arUoND+MgO4i0PdUL91vh5l4maQEUBtiUXFCY4HhkiEnEIRxlUopzpFnzBF6zz9o02ZNAQ+1GERx0QHgc
dKApe7EWbzZIiiahqDfBhsJN0OtJkWBk4WD8oSbFAefX/2TgOq1NrZob9k+9YeRoYHR9APdTJxJamx3QYg1PZ1zbhQvz+GYr
UNonfjAwj0DpWaWiGVLwudV0Kp1Kv//IkQsQhCk9vVuxWVlft4oNsA/0PyYBRsZkcG8afNp1qocFpwMrOaIxHxU6NIhcSWQm
hHQWJ+ZhmgPgKJ1J09kYxMeukVE8NvLWqwhJc1EIuUDzb50LFla4sSw7y4FUNDMuCDAzRzCRsSRFwasOSYJ8VJjIcGmCSYxN
cBFhZimdWYH4KW7MT61GxldibuoaMzkePkdBcQTQfx53AnrSTUZjEoGxlAuGRNfULNqDDSRl24SFKUgoTAAAGAVn5niXP++6
86gHAlEIn/H12mAGsZCMCnixnisPkoo+Huh6feh7LGpRgKVLCq7ooE8YEMAEPGCCyX4QtRxASvvWgqSUt2INr4PkvEG7qBxu
9FttYKezuxvU0AFsmi9qeul5v1qYkbqlzic1qwyZVavSY7d75jFTaVQ2wEEMXldyTLsoAh8eHDzuFkvK+37uYGw9caeTQ8DN
cu7QKq51y7uPBoV6rlVufSAf4MD2KVj3c5rNSmgHKSfpaLXaQHtUCzJOikzejq0tAvzdW6JEF7ETcULV5eJJK650/JCc+5JV
YN34mD+ekWajUXCoKF1zkN0oVpRNXm37xQN8D7j/wG9R+St1FEWZjt4z6/Xezz31Z55hjn9wEAeIuv3PQZEHGL2cfzbsVHsP
/M/vP+s8Luz/olyril/qP/1nHw0qvCHblv7is21xrYR//rT3i375ePrFp4+Mxu7dr6StfLOpVJoDHdS6d28dNI5qrdLm/Wah
apy1HxwQjFcpdWzluSOfnPare7EtqX+kSqogljqONGwWBt1mpQfpXo3OFvOSp9wuisdPDgzlrNdsgOipnDPhPbyo5cRTV8b3
W0qr1Yl3ZKlgPVJc3d+v9KOpgzpVw4t5Eq+CBmh31L12xSKfFBw/QbwoVKo1g0/ap+5gRUEOoBCFix0PYK5bNKp0oUe5eqd+
FEw8KT/jYDBfHm+hudrRydHO2MmZe+iLhcZZLW/tDPYf2aVJxz3YiyH0i6ELPE9JnyfAM3jnpCItnCCp5um9Ctrbq+P71om4
drt7FN3ZkHc7rWNjt7srHnRf7FQOqP3hxlO4OH5X0ZXdoJkLJMnYaBTP3BJgv3PhwhqDnX/pxsrU5OT5MeBNbnEpCGf4axMr
b2awm4m3r106NzU2efG1qdVMOMXHXwut/Oswc+3atbeW2djLZITxzN0IxkXPBbFM+kaYuEETE1A8hVCuAAZdIo0jETgx44VD
ySgyUsRzlyF0aVUArzM8SWcwfB40u7PpISqyAygEY5kI1FbCOIwGkEoNBjbEVtzApAV7DIlGYQfVL/dGMZzSTYvwQWbe4WG0
89z1+y1Ffxp0rdJMdGPw7CB2KjV2unSxNyEljmXLqrRq0k4G3RnktdPbcEseYvIeqRr7ozdBqv2DqF7uVMv7jbOnLRXeOi0X
nj184uUGua7oHJcOjsutJ+VdOejlS4UvTs8ebbUL+VYHPSlu5hVrq346sCX9MF0nSgd90ehnWtZZrnnUGQ9SRdg5XwG1TaO1
VZDA3PGJrrvP+10v+KJ/1oxJau2kX0TrhOtwyUP/arZ+dkJOrGThvl4X+1pUTtdiyXNdiL474/ehA9l/djicUNsCEvEb6UpS
9U1rEKtnLURzoPqd7W2yiqlaFJk0ekbbk4HtxqgKi/yBja4hOoj8crt9uomsbTZCDr/TZvwyUtg3Oa1EgN3GaNLkn6xpA0u3
G/pXp26r0xoYuY2P7f5Zt8Z6D7xTp7zdrXYeN54/Kzmt481O0y619r7s5Q+O1VC+XqJqw+en20qnVStWi7WT3b1Bu1Epfy12
68XtTunrUh2Qj2ub5rFXO6se5++NDK5z0s/nj1qV454s9mvjHfGw81nuXrl73Bg+K9TaUq6vH++dSnBrUy13e/3O80b+Sfek
dtYvde81n532t8SdzlbxSFQbEUcbmQVdNOLF+pks1p0GedR65vN98X6vI2Et4qwBSNnN1nbPEqNPO56Yf6+lgUdiqV+rllS5
H6bQSshhYHqRpHo80tH9BXMAtIZNoBTQttOygRYdTlCNmkaMWCdK07LuSjjkkQJB4PgokeJy7yhKOauantKyrGb0Qc+QT31b
G20EGhKznqKGIogxsDHnPdkiCA4UMrNlNOYkVeJSkOR/eP07sez5H/zBwm+snHv3Bzeufevi935XyKRW/813X/2Db41/78L3
v/0vfg/7rVff+/6t9966OXn18r+k3vuzc7Hf//Yf/el3b37nX85e+N7Y+Qhxaf43ryXOT7/53ksLv7+8+Mqvv2d9PbI68TJ1
6drcpZdmVq5Mfufb2YvL8elbK+86yz98DTj3hzdffWnpj26ml6NwqQM4dVIWWYRDVybNeq05q0RAQ9M692OlyV4RLHJCbVrx
/fhevaEeMZ3wPAILfdnbieswjg2fT0m9e97xfbPSrE9F5Nr288y6Xd1qHHc+iX4x1SpUDhT/XsnvbhdPiuu5Nef0WWvUKOVn
hfuf1EzF7xuqo6nAGeYWTgliOqrhvUFXjqA9xQrzw4leax82tWY+iQRkBa2LgorKFaD2ci3YxsRNrDn0Qn0OZboIIwyQOE8G
UwKjt63VMEZhPMnbpDku1DhPVVHIhZdtiEdRcWy+e5kS5LHYbmjaJ1C95XLQhH8i21KXMWcwvopCTEwH6O7IQNzDBDPEOhJq
e3YzBHIAiJdcHDWanKejnYQ/hoNHFoDoGXUGZHwwoBZBoIfHDrECjoiMFFmoppx4qKJBYDpz5mJCBHRZG0SE/EEaCBAKM9l+
XzbyVs9xcLufdkBPhOxxCmfWbGUM7QqINlI0pw75veaQaBFKsX1E+2UX8GRvWMpCdlPq4C/sF+IndQPSLITwRBWoWB0L+Blc
NOtPlZYFEHb9wNh39VbFGTZ3H5T64oNu1y4OahXS7UJtKabJx8GHBztdqSdial9x11VVtdZKNd6sBQpst7SvapW81Ou3vc7Z
qZKTd7e0Tj3XPjkGm8qw22rJdserav2G0xI9C2iI0kCUOgVjhKrVzsAY9VOt1dVMz4FBQzKxjhPUm1nbbB+zTc2TSayBO5DO
ImOmO44NQjDgSiMxkcqqaWDKeLecDcKUqCIAOVPIuJZBC7QhD3FgTPLNDtYP4zSaykYmvrN8To6igaNF4UjjwEEBzVXncY7C
gYBE3RQXUSk24c7S0XMzi2mROO/C6DTXN8nfuPUWuHT+W7/xhz+8Fb3yMv3N+cRv/KvZt65O/cE3r7/+u9/63bfe/c57vxtf
+uPvvPv6v/3B6uKNd19ZeeePrkRfWb3xp29/7+a7q1eXkcpcHBcvRfVx7sKNcW486MljvQvmaW/Ef9JwOrM137v4DgJdTVwH
avUefV1YvRZm/W9ZznVx0TSnndbnz3q19eLDDaUzGJGvtXd3DTmg4Qe5o9zaxnq59bT7gktuF7mtfO+ZdFDcHJaP7Xjdzmv6
3wUnx+ZZs9FqWQfmZ3VQNTJRdBlUmlNrOl3ekrSTXu5RbniiJTf397NOff/wPHSwWEXvVpa0kGs8PerI5SPcQXosjO7PaaJX
a+dZjwxlVdwhU2owqjGnNjQAqLCmnvYkRzh8hY57ov6EnGikUHAjNCnYB6Ab3m0iHDwRbFmA2TQ0JxQeBpjnDCGLCpHoEIwF
sgk1DdpDpCjJWp6JQAwF65BIjMMU6Npc1yQxe5xQfV90k9CA8BCOpO0GYyE8kvAcmxolmwyRAoIP45hCEIhbA9roKLsZH9IR
FDzBcSS+REAERpEQkR+otGGdtnQMjwYSSw1pgHJ9UyBpmDwKIfBI3oUePg93YVljYIig2gSB1bINnmZRjOf4qMzZSTgMyL47
+f9x8J6xtqXnfd+7ei977d5Ob7f3uVM4dwqHwyGHFEXZAiU6giEhcpAgQBIYcZAPgZGvyYcgRowgSGDYiR3LDi1KVETOiJw+
d8q9c+vpZZ/d+16996zJ/nK+bJy1znmf5/n/fqu85nlZxCGMcnW7FBnPl0lqorX1hJqi61gKFkiBIrwoGIypAfrtU5YmGQpF
HqNdoALYhRxDmWFYZOJRuGfNUNgcSiAF4Zwk/Bke63ZuO0JBsAj+coJY2jPI6XtRxJMSgrqMncLDSG8jTvblfhokfa9Lk7Am
Ibac6NYIaLNgaidzCIuweJ4E6QRJzDCNAzhx2cSW9chLEQ+3/L6TWpQbwCcWbGip5yFy31YRHpYRNFMSLRM5Ksm8MPVFallK
SBoOMFBN5nj2bwjScAOlEkrFYQdnfSEtrWIOxuh8jsEsfSlCqbwTEAmC1axL4vrF6uq1WEKWSHkLTjfOHEPSMOYinkMEJ1sV
ns3VJJ24N7tQJu/wq0mI3yQwvllfIRsv3bjL3yiJ74jL77x97YW1u7fDu392/T+9t/JqM7ezslz/s3Lp3vWllzf+o3ebP/37
yCvFH71x65WXf8BcfaX49tV/9J1rpZ1wcp5WWg9RfI9BPCyN4I8Op3oXHn7jHPrKk5l1ehSf1+p9u3ak9T+3OmdJeUYiJ+T6
buK38+pzqjM4FkXlSB8ej22XUr/25IN+el+R7rvdwP/aPx0OZvtXnjr9Qmf42RPXecpjUZfkCG7mH5/o2kPfQPJJfjGvZ0wD
ZufBURlExHwqQzzr5fTD4FghDLXwHqSOxt1+/56xKA/Z0bQYVHX4kctstD7KwdJeBECNZb+S4MCjcghVsCtZ/lAex3AxOcV0
yOpbFtTrU1CVo50ULC9c+ELM9k2Mw6dwgJuOOsW2iCCODJBnPMpDMDHwiYgtpo4AxXhEQE4Iz/pwPSWiiIwqleeohDIDmNMw
O8IFEUog/grLkpiPsNIwYBCOIcUqw5TgRUKhLkqgMFGYD9gC2SQIZAoX8bBeJTzhCgpcEsWmKbLcrJMFEHgIxTJjTCjlLQBb
3AoX8i6TwCzpIBX93+ZTWaD5junAy9IWSVuuAbMwoKLJNA9plbyI0zRJSs2kiIp6JU1idOAFGWXlOIjfV3OhfTotFHxmiMIl
3hJyAYbeAKDsoSAzYPgxgwVuStFOKbN+QwgFwUe9k8j1gWUhHHnoGVwJT5hyiCbQqFHU9lHbJisADxYu9JkH0EcB5iCZmiN4
NpNCgUwEA12cM5mTxxbC2knwHAuFEYhxGWEsvTj/BsghjXmM4kd4ZCSQxyYoloqhO7Cy2AcIhEDxNIY9U1W7kQtibWAjKd0P
PQcDlp3XziA0pE81BHchzsyJRKSLd7KACqJmAMdF0jERBZIDsuAR+ycwLOG5KOtB4Al4oQrnilDYj+KQM3w0h0m5iyKoBpfq
35PWX6iWmkt56s0dzKY8qdDY4MuV6TLxzm2itlyqSLW50Lh0s1Z8pVTiSmB9tV5n7xI3F/r69MirL279Q7b2J7eX9MLr3JVX
qmUTKhzY3erRZI2Xbk3WX3OusA8lReXWh4U8W20SndxLds6phu79k1T9PDd53sQ9Mff8htCenz6TR7tyvzh92Ouc7KXdGtw2
LnTcs+6CeppQ/WvAFYW5MR4duaO4I3dTeh6TVo+cml/u/XWNGXr9NnN8Jswl/gk1f0pY7dVf50z58Vc6PncPA81JOoEzGjYO
947YVh/TNRZ0tPFxll5OL3qEP+4btuGNAvcZ2/fV2YzsH9B/M3eOnzx3k+jpsGUDs3M86h7DZ5MPJLdjJ0hk0+2hBitxFKBU
U8djI48Uc5brR0RXa+kkjpw9Tmen5wQkxzFM897kIJYh7r3iB0naj6NwQAXnRBkj4VAGXq4DEA+mcxiiYHn5GXBSNuDjc48+
+dIiAtiDoBECWTFPS4ei5vYRIiKfUjAgVbiIYHgY1qi+Vxd9hnPUCONPGRGOw5zXc7De34GCLHKAOytq22zDF4LmMQNWYDw8
odk5FThhnsJtJL+OlyW/Q+2CENHwqEQkE0hOH33WWOitpCV4KW5UFEYqIBRgtYVc1yjqK9WBH/P2B5IPuUqN4RBAeRRbEviF
l7IGbIDn4jwLvOIJTYbUVoyewGJgEQhTuBZGw1ka44qJ/jq0u2ARpNrgjHBahMtRYRweWow1D03fMVhogFDU0TTJ5hBySsT+
oziz0jgCnfMEjFyVPo98yncR1Jg/gl0egfqpj5oaQwYnVFb1MIO2g4DSxjN6RrNWKC72IT9kkzDquQEYBQYz9dJC4pBeoDyd
ekyAjA5Z04MiGpnLfXcOUXQ2QfXUMhPfW0AG8Pe8rOVk2xqGiJGv+g6DgA2MqWBbKx2GlVCHThyIzqcYgh76mVqwbA4tBhGX
p5coboMOkbnpicWLs7SOaP6IDJg7hfwlqHiX+gGeIcN106kVw7ySNkPAW/hmWmXFbERchmhmzUsvb+eppFhcwS/eVrxbN3fY
eg1Jc65H36u6d16Mbl96tbJzRXgVk7a64srdFerNF2q6VNnZ+cGFQCDLr5dswAbX8tug8Ar3FlT32eqXgdtP3R5LRSnetFep
1aPlZv4W75WOBTbfkhjS6vpI/Tx92TfZxSZpaIpVXCBbs6pcNcmC9RBnn3SX7p+aqjMffH7/sB14D9WHz6w91D2ZmLAbfO59
5U2Nr46GnY/Pn0z39d78kf/8XHRPj5CWloayJBx2rM+Hi66xbB/Brem4p/sQPOm67QWYn4b+XlzXQ9yDcodnD+cLC3RPDxqf
n2TG+VtYnUFI3BfkfV2b0ePM5sJlU5et2CUET4fRfkdt64YCJTNjOoZKQDnXE4zzT7rCExtqIyE0CPAg1yGDaZxwKzZFQwLR
j2MCkqAc06dQvZ2DfOCThNzJj92ER+wFRToCicVD3/M1Nx41sq410FiDbAyeoXkcxuAAzcpQWMQumnlNiMa6X6VmX2Sk6DGn
zBBOU7SzRFkqjeKleFFJtdjk/QDo7m9B5DpulAKs01WIWdmWcl0TwAMPnqJZc86ib2g50gTDNLUAgZy5i9ndSdjCIOQbBSzI
+APmEHJhpA/H38QISlB4gdtFgy7mhUOVJ5tQMpxYNsr1vBaqYFU/0F0h53SPI7SVnqWfrZgDfP/Io1u/SKIIx2IYXZh7aCR8
SiiZTqfksS6nif8ZOfGmPehYV0e2Celu+oEWeV4y8oZfRLA/fx46ww+1KDVAfw7bjhkn8V6cmHMnJR5Ho0y196Cn4iLoDOSv
3CSY7HvGQzdMAiMJLTgloACCtXAmEYUYjxk0tCsGClnhIg4cLD9GAE0KIa3YgTdS7ImP2/Rx5Jl04J8Ts0IxhmCYigMJKIJN
q04umaIZqPsJVdEICKaQPESkcAQVmJiDczMEhiSSys+Jao4RwoL52s1cudGovsuuVFLC2xLJmwnaTAq38PzOprvmblcam7yV
jS6+TEClF+i6dPnlVa64jTWrRuSR+GhFrbjkMBpjjMUGyQq15ocN9DLVBILCc0njoD5BmfrvUdZsSmzQhKRWCY3PR9W8Th3b
ByYyux9o57WOo50PW9OOGnSI4eOhwrTG45FxaJ1h1uyIbgF0pM12uQEWTV3TaAH/TFn0gdp7TLkLjz/6+u/OO53u04/OJ53P
x+bB0Wlb2x0R2YTqyJ99QIRfL2xvt6W7g8/d079qt78+a83ak65z1J3of3M6xMwvPhs9O7VN9Zuz9tNDLTvCZNx66HlnXe/h
pHc2Mh+ffZh7ePzU7O9ZT/62V/96qh8+eE+VOwsT9pwQb30zz0WmkQqRERGyGZq5NHLrYd45itPUZh0yGAOGqWmGnMHPIFjo
RPMI8gIUADgTcDO0zhdIFERoGZJVUYdQuM7DyBTyI4MW/AKZaASCNnxfnWZjO2Q53dNzKfAwiwxQ/xnpeaQXG3Pg+mpSmI2H
KmRPAAZAMvAYiApoMhN+LFUFLdBsDs5IjT8NuzARIQNgKpPnLqsVT/n/R+WQ3lSgEPz0WG7jEeOvnMfPwkSDUQxml0PjmHF8
DmIVcSxDl5Oeg9hGivZIjzx/dgrjylPs8LkNJ2dpqhh+h9FMYmDp4AiHzNYCSYuwEfXpFm7kdIz4klqdo4perMMfBUicQtMo
9dwUPfh3OIh+EaOUwWhpBtdlBlAHAuFCsh/MrA5ckR4nY8q3rSf+2CzNtUyTn1hZUcfuIu5qRX3xvj0xT1DSB5CJow7KOWni
wrQHa5CjGiNAyLLTZWbd1uPQnRMK9IBbnJhoekJBUYRqp06oDVGtFiQoKrgomUI4sAgjDVPCcWe4J6PwkCIi4JrWKFtP3UKm
PkDDlAUAyRESleSJXHpRpAOML8M1aOGH9BoBR1ZCxAlFlxGKQ3CW1XzO5wkcCZupnUZItZDPPS6Vq/Xb9HWOuYN9v7ES4pU/
/Ek1Z6X01Vx4u4ri7PatKmiy13asi0J9ORXXl3bwHAiWKg0A1W4XGBKO7qzExYrFpwxFFK+uNZUrxlKVv5tILFvMX89Xjtjo
dvXWa4UEApUiUYDNG0vEyl1KEAlYPjddpuYjM39skfA5+ej1bLYdt48sis7Frdwojo/Qg8NkBNbYoddiFO9AIlaC1FFMz9+S
HWuv1aJ3zcVj9aO/lD/qnONfONOTkTY9OlVk80tqPnzkOcrZR5OH/cJZBgvjufWk/VEmPKLcbp3uWumzj9rj5PN0tveXnQej
UzqM9jvHw+5Cm/dt8sMj13/ywZkH2f354n7ja/msq3U/7C++/HTummr6wfFXc/DgyMtPbDadDJmAShpK3j2K8q7vK5JEn4M0
P35qLPhpiLHjYEKSNsx0hZzt78+L+XKHmSFkPMPBTI3hzlNoKpEIDuq9mci5E7CS1LuwKwyHkCkiSZ7DiynNi359SBYCT5k+
IwsxOmOymAWHup1Dpxms0GyV/6aM2iE7sOJBQo/t0Fi4JycEWzPjUokcE3kvFlcojBD5LqxHfV8riqD3CDoIRj3TCWO0avac
HsUNH36qU8VJdDw05b3FntsHeAils9GkPgxgA0EjhT4I8hPfOkv2ZynV780xU9JT79lvUmLySF8kMWXF9MLAcFeSEzIxfgW7
bf8EZ92JdzpNxvan8YESHnuFNP7fx06Q0+OQjd1UN/697mEzJ/ERDvY4B4rSTBK9yEc/NTuOfYZgIPKzDon0oyiYRP1JIQm7
KpqeJrAVUouzhbE/SgHp49AS57NOEhuEx0I4gsTDaIFFM5LrseRcmBp7owQKHS3REdiNUDnCERQc+bteGs1JEgewDsEogGOM
mCZ4rEDATWIZTX3fJSHgBcDzPTSbGkE6VQmJREEs0nHuEocxEZ11YBnFKvX1CjBIvFGmmv//m9PrEkbhLNeQiJQu82xSwuOU
QPmN1AJVOJLqa/U7VLxGUyLEQ2uoLZXvbJgiAeXIoJ7jEXIJjpLFRjPHr3Fisw6zadGrYF4J2vCChq7TSrohkrlVYK0gB351
B6Fj4Hs4E9tbKXGxOju1vaAwzIn5SOev54tyOl6myWY/wQsXJw5/f3TW8GS1MzS7p97R7/xzMVapTvArJQmUud0tTM4/1mdH
xv0xP5+NSVk8mOh71CQ5eXI4sUfTBfSxcbr5bK/zxSe/OT49ejoJT1WggLPaJ92Z1f9FtDv+hXLfsD40ng5Kh70heeB8stn9
6MkQ/sA5fF95ECL7X8itjc/h/pPfKFFyNOn5CjpH+q12p7/Xe+rri70n539tRLtT5TPweP60A09+eXry2Rf/3DQc5//S/1d/
8vXJwsC7YPzRe2mXNkZHin0/xhN0RpIftz/HdXjQGn8ZdfYAeHzWIxPZB7/zreHxv3o67li/jj/pW9kUxpFM6s6HUg6HXOeA
StPcStEp1L+yD8IZN5yZT3x0TkBxMBP87aQ8JhMyfmjty8THxOmx+e1r1mFqxdaCWBMsLDiBSowgREKJbxvWqUoP3IUKlgDj
w7TBHl6I8MTnxARDfD+nmeox30MQ66BiQFVUXaTpoSKPshrfmweel/MxV8HjHJZL4C6PAL9H4mQQcM8pOOkV+QRKqRuEtR/B
OdGjmYJIYRSGhQBDoIiIalhMwNmsZ1DJIzDbzfA6MQUE4iCaxnHCQ9cQHJnRIA7SlOpgOBMw8MJOjcwLUTUKMC5RMRgCaRKm
aBQxgWulmOrHFh5qOYeOIohG/NhJIDgEqD+m4xREkEyGSBxSNoLaBmR9+3BKYiUABGwCIObb14kcVI1xVECZaZIwIAp8JaBT
koIPc2iMdyAGYXMQLaZB5OCJSTAUA5tQAYSAwTONy9SYQBGWRlZoTMdhPMFiZhiaHDmR/FCwOIfeoiWxkEt4lC3UnTJHUynE
p3zp2+dBMMCiGdLQeQ5i7oQ3PRxaEeOIXRWJG6+KP1Tx7y7dWH7r9e3v3tugVl7Y2Ga2yf9seaW4tUpdqL174dI69WbtpfIN
5l7l1vrySn31B4zQ3Ll3q14uLm392TS43ASvKT/2Kk60Q5zH0vqKOeFi2xV453pUFPnFU4RC13uNfFM7XrtcqVK1qBRdeGsU
kCtkZ4Tv81GH6J4G9x8eW2G75befIkZDWH5AL5DFv5a6O11vri78BejIHvXJ9f1am1a/3IUxdDEdgTMhb99PF/nF7PzDv366
N5P7Gvgr7awX84Xh85nxaUc7ov82+VCxP+0/ea5Ozd2BMvmd2/vt39Fn/9P42bH1ReSdnxz5XEvunD7oHFL7vTZwH86dPfcY
2n3wfE8czHpfWp8O936jzHvvP4n2n3jD6XvKx18bbflosTf+38aT/3DwTVxrLcznj93TpD/dW9i/dpUJsZ9Yvzh72Jvqoz3l
zNCfueHgyanRVSZ+a885HXQfzk+SR6PWwYEitwl8DCLlmEaAps8n4pkhtymM9x93BtpxMrWViSLpkSv3JolRGCfObpo+7owQ
mXGOJvuK4yzIp3qSCUZmk5aJtHnPH54FZC4NNUgY4dy3+6t+23AzuZULeRxiTmFPjwIB51A1S6p5QDKzIMMSnPDROMMpHECx
bRA6TiRIlnQQ42KpBUWileisv0CRiIzF7GhZTOQASVMUjlI2GUcAxxksZJjYS9OEBWQQQyhKYAEeJWbiYQmS4JiaTqAkzPso
nSE58ClfxlkxxqACiqKWScJ4BCMm5hAeBijbCkBKEn6YdUyMRRmloz7GwwCBcz7hupCFuXBqpUiAWOoDnGQQTQsishDCUQ5y
0VBLCIgMeI+McIDBsgtQKxVgUMLIaFGAWrDXBbSLHCouwaSrfY6OGa8iklLI30UrDLZSQpIGGzsoTFY4gWMRxBfKSiAGRClA
N5AaINJEKAT8LCqIIlztWBhdH29d5PJ1cmmeRwmihNC4GMN5iSeWGEhQi3xONJ27STlPFV6VXjNAmtZJmC0k2Ob6vbWLQenO
Mv3qHYK9wpSSGhvf1moIf2l99Y50VSh/p1H95MXNJrtEX4TStdLmpSWscHmJrdYajTdXV8vNnWsk/eLOT4jS5dWN5Trz/Zd3
QmhTyJGly/kfNq8u7Qi5xt3rm9Tvr15YM9ZubW+v77y2JFx5t1St5golYbUeMTMiXmrk0DKaetcoeikxq5R9alF8brsKVShS
QLdAsXKdo9LizF1zbE+qoLWIiHeQK3wd0Lp2Ibb1Gd6ZTUFT1D18Kpvns6kWyepwNDJgv+Xr8ynEzeHzHmbKSMtYYBx04E94
OnUoS+/OFN0nULT7fKYFo3Ss6+1leWafV1JzKlso55vJX/SSxbmnqIklzp0IBBaOX9TiDpMKeL9zZjoTPQwfWy1DW5xnHqFb
DnycjxjXMo9CVw97s/4zLBzbXs+1rXgUmv3OgedpjGIoZF8HYwvXEDvVgsOJo6vzSX7eH4x0wjEj0z5EujTcNUct3FXSGDW1
2Fx0CbU7CIwARozYiWahr00jOAwo+1yFPas7EP0p5CEnakazURwFcBpGqBrGMRmH/CGIJ3kmkiMwC+NQmSYohXDOkI/9wI7i
b6/du07Oiugo6EVZ0XtpDCIYC6AocyCa9AjPhXWeygOInHh2lmJcArlxPI5JsJiFXAJsxImroc0iIQgyMHMRGPayCALBt9dT
8gD2AArFcAoh8CI0YQKjAoASdjuFiOgs2ktJyAySPJZ6QRYZMI4sTAZJaQK1PRx14TJgoBD3AsqkJEiBEzRFsAgpsOxkVecu
L0kXRQRIFSIPAUYMShJD0m45bWCVUr5CA2YpRNWAB4UgI+uoSLI0l6J+qY7lJRqRUnw9V1uHOHppGRfoIpq7kEJcQjSaPlEV
K2WpKMFV2VzBoCJHXRPzr/O5KwWkxNyrLoHvLbHPGKF2M8+85rMvbIhXN31UrN/VLJquvbjORrVNkr3w4zJaN40qKRTIt1++
enO1WL1XLGxf3d5IyIvLr0Lk1qXCvdsXVutXL1y+/MNm9UdLPyQbzXeKNzc2topb1NaFt2trzTvN5W1w4cYP3pUaf/hiqbbO
LL96aeO79eUbO3Vu/YXt5cpdYQlc2/zOVSgq3Nvw0cKF5vV7jRej6ktLL1Ruhn+wtXHp3tbFW+SO8OpKcedKvrrcWLnYaLyA
VL6B1u59ZytfV5bsu1LjspRbh8I5dPGNnf9k5/KNCv3a1SZ0k9x6cadwaWdpU7J3RKz0el28svNO89VNYSsn1nDq0kvXI96v
VioXrt0tXaNSZO3Sm2uZupaIYuOFdUCG1dXtHbLEVqRVnHzTZ1+9tF7EX798aZM8klc3AV54pWjoctDe3davG0Hy+mtXk1dD
7WcOfhlkzNRJeFlF0ddv2ms1+FK9Fsyd189uPVse+7Y67+lTWZOZidNtU7knuFc8O+4ObWDxU3+y3zvv6ePpI08dmk+9seJi
h6CCyHtGlMiz/dSePnFiJb0Lh/HCds+yMjuKfcs21NQagNS0+D6EmZ4ty3aYTIZd3IwG0zYDOQclNbHJTnow7801V7sXx1EL
jfu2Zp4bpKH5lpOcjPEgRBUQzVNcJSYzVwvsRRotsmSQvZmaYBY2HFhEJmQg6usGIUeRCKsKzugOBGwnmKMMm84wlmhRFWjQ
8RXDJyM/AiCWHd+EspLNiDCV0JjCwDch2ZBtQiJIPYS9IsYGJg5AgeV2CS5VMZGkosAJ+ULMkWnsCkEMWISmFzhgEnp5kylL
Syq+khbgCislKxyE8jDBS3xdaoxQeDVcKhUJJAlXyhX2WinmsJJTWmoULrAxnJRZYa1Y5U/rE3Wtmv8HhWB9eTkfpI2NDXGD
l5xKctMopmJBvLjByFfRZpnf1KUpG5fXA345IQpxqcDX2eaWsk4WG283fkJtX7q81uCLN6XbN8mSENXXXolvVpnizp2XbkQ4
l7+Xvl3d2Lz+wnf+6Rq/WuNK2//FysYLS/Hts41GyL3WeAcTlnZe4l+AiOr3f55gPEfydegKR9r8G2sem+Zg4RJ19c6FN/ON
t6/QORIWV6+i70gl/vecCzsp8web+Wv1rYv/dOlP1jdf/e/+8/zmnY1YusL+Kb4SXbsYgqXoxgrz31T+6B9jf0Lf+t7LEFYJ
0jfuVv7r7XwNiGUEWxNgKqIxJKQAhMSglmLLcBmNkXozE00CTpBcDOG5CIaaPIQSSY0L0wpBEQhVrhKVMgibHFwBeTyFaI4o
CUgRpdfJBguWlpsYw6NEKV2HEKy+DcOVbBg1vG0Mb5RCjE3K6/moVRRQinJ4skziLI2RCM3TDi2ggkEkBQolU5N07TpCJ6WQ
IytYpQChEkvbVZgtQtVyte02y2FQmVXJDZpB+IhAc5DT0CQks+1FMgMwKtGLqYDwAb7K4DzdpFkUYbhidngU3Y7C+dYthOgu
Oa8SSJWhVtItWiPxV5ggSTMtYRFCdOCIjQGcwxgKCeISpKZAr2JsDL2tpkqUyncpEO/lB8Wm7Pl0kpaXMYT/brUQsZEP+00i
rzN9MYTCPCoK4RxJ8zPgr+2QcGOwBmMppQ82YUqeYsppuc6o8BaMCKPwTEK2kXIIxkfrSWIauUVQ99GznQI0DVvQ40K6Uovd
rUkdot4hFyHB0A5YIwa9Qt9M/ianT9T7nyaLFSRei8e7mykyv48vwImDH2dYfcxh1MEGlYet7oq8AVf+PMs+M4dhrwviKOif
+kYrir1Fd8cdiXiRXJ+I2Q8FbgYw5CBavGAT/12zGxICbyCE0gzRhAyaKZL6J8amriw8xH82jbzUHvRc+NsLWkNXSyyrXEHC
hYvYrmnJre+bOQ0JHH3iLBKdSAO/cDGi9VZYXLQIZaTuQVHbnZ+dBSxjJxCpOCnBeBE7OYFTFZEJebhmkdMkOIF7Ttrz4bzB
EkUUAQbBOro1GSIlHA3diA8BDBgWQYuWXw5Wwiyzs6jFUigl6yimp8wiM2MIIoB3zkDf3gMeoyHrGDoZ+Enoo0ItRQDM0GWo
1gVkVIzgaATD9Sjrg2AD+GkM2zGMQ2mKTHpzb+AF0b5rQrauqXA/9caxPYgT2JugIJoO44Xmq2mSnf80woK0j6YLITJlJdFi
VAkdUWITHKArTaLG8QhGViiBx8cUqJbpakbA1QrGS0K+xuyAkiBknXQNLyxXoNI60ShzFgPIOTu5mIv6+eqkTHMkKWxXcIBw
FSpANGTunNZL57i6Wpm3BZiXwR1srUq1L3IlZPPgEJFYheY68uFE0tpm48yK+GlS1EEcFhvfSuNM+8qSxfFAHSmac6aDaKTu
6KWFoRiXp0501Na90hhwKBc8h6XR7tV56FEQbfkCHNZV1i5HMB1TCRcBx6sqkRNRjEG9XMSLLclIZ2LaZ4veZpEktWIGVOTx
E1EmonFA68dp3uDOsyEEbN1HXO+Z4Vi+IsvPI2r60TrVSU4qD+ahop0SEPh5YJ8fm07ptOv9L/ap456qjvo8Lqvos/TSdl8+
+cCD48H4E1//FDifuBvMAzFaPJy4f9MK54f9uQm2nHBf0cBMtcDuzjejBs2vw9A02a/eV83GOga8gtvGF23DlInyIb1a9S5i
ySRG34P8WPN9SDaM0mrkD5/TJIlcVB9NiE3cOUjDafho/HS8g4evb5kjG4nSc4unOmJDS74g9aM60rsgkrMQmMGdQJKrMvLL
miV1SOHwxPM6s0euNZs/sh+PazW0wHWGAUGNzgFmh3m47T5NTPNHINxDwdxQtImgZhHbXoK/3beNjHtdb3go/3pht/VPD05n
ZRpiWrquBlby/kPUOryQ67uzVFtcO392QqRGrBrJzA2z+Aa7OVPpz9LDVvanJO3eYn7QOWZjXPPitNzX7Hw4fM5NRhxqZ9o4
pLOS+9hOoXlfQ6cqBB6GbQJVk9PU9WTt0QQbKoOOjqyd91PVdCik0tHQ/tIwGwISvZo4c7j1ltQ7C6bUiWvrUZd2f3l6REAt
5d8xnbC1/0nn7P/oH3wF+9Skm54fecJCun96vk+fJ6f/t6sIbesU/roS/YWHHuzdHxwEwZOw/dHZ0zRtax90WqP9/Y9+7f5b
4/mXwFq4Q7+/l/pj88vzL/btdvDkX1qLeT8cGL9J1V/G1NH5A3M3nD2P1R+XXzEK9auvbezgte23+PByobASAwqvrV24uxbf
Lb915VqNlHIXXuEaNTJpiDeiF396gb1966XX16v8XbgRxgmfyyzrCqAEHDQK45jdcM9kwFgF20TQDSemwq4BSJHbcJIFtioQ
WCIILpnNl+IGJQDdmVyKk86ZOMhm6yDhVNUXQzTjHI+aGF4Y9TKrUmDfnGiJznEe33PMeZVQDnXdl2gdOT/VntK2c/TVsN3t
accF9GyBWsaso5qD0ByP55O9qR09PNH0kat2sal+9GyuP7faVscaK4CdqWeD7skuTpy2u8jBeK4F1mfTpJ2Mf1tyxvJert35
qGcutP4XI/g+2ZEnC/ibv2jH4/3heKa4cwpJuw+fHcx34VBVY3A0fgadnv+/lNvvffYUpRX3NAnj/baZLexvkvIXJd3vxtqT
Jynz4WDYPpqDxeCKYH3d79t3eWFpu1YbduBbFL5/lXqk/7Nf+eKqCv7LC9xTRnEqHx+U536/PmymjZhCtv9C0TFYbhjRC3aB
2vbr6Goxz164e4lr/gwkklSFk0eDYLNRpP+sWmhfDfKNcUWaIvBFGnOaxFblhyaEOX+/8DN+Izdzlq76woMlF559bzWKm2x8
+IxFR/7X3rFO0XV+HjAXw4o/KjgsJkkT/1dqVENPJJ+mUOT9Ndccy1tbI/GxMMsSRRh1+LAz2h2fn9ummqhQuxiM3AHtD9U5
FUCkyfbMM3VSOVWkqU9SyEHYio6n1c1RZsaeUzGLX41pPDh8bu320sN98AzqmIHOTj1Wjnog0rHA/l3yft/g25EwNtNpTpia
c0+/eN06D4ScfLGTwJ2a1FDkddV2+pYv+xGGOtlkamwUamvOJM4/s+dPEMW9rZIqKYyvQ2Fq1sMrm0p3OWHk76w4riM6XaV7
83zsf72njYC3U+qGnSbOhAaw2os1pTs9ZYyqzMNobXkVYpaH6ip27WXWaOKY8XsEvNRo7DTzzaRcFqpL5RKlbwWc3diGdkrX
XiTCVSHaShmQfyVnX6kTG2+sNm7Xmpfq0p/f/kmbv/CnP7/x/Ss7r/9w+9Ifbb72LvrDpTt/+LOX/viH3I/u/Pnv//yH8D96
6/d/tvnTN1584fbGz8If/Lc/2fh7P/zjn//orWt/0rj43VxBojf5yy/m80Sj3qyBWnODq3NebfnGBkIsXV+X3ioQOW75dnDl
Fgmu5HF7+8rm9vW3Ll24Un/3Ir8Tp0MuGBjw9QU2TWZkbDjaPHFrhs9Y/tFuas18ZUAGOhoeCFQaHOvnqBDhJSdVoMxkwo7p
9ob9yDzSNaf1kfnlUDEeGO3WR7v63BrP0/c7X/bBe233dCS7Hz//nDs9OBw88w/O2nsbQ3NXfq9ln46OLWEIzbUT+PxvF2Yv
kgfx4P1f/M/QmWNOki9H3zzx34+hZ7OHu7Oj049H8W70NbrXmzxhBtgpMT8Lv5Lb8z5UxeNG0jzxGER5IsLB/HdP8DgmAkoB
p0PEZ9sTU36A+kjK58yoSB1SmXl6Fb3E9hg78uL9qLzMF1h25CNn4HgrT7hPtEDyBZLdoG2ezuc/C0II8AC4tEgEYm6qc4Fp
LZEAqHzyrZMR8GpmbzUfomRRv0GF0S7Tl2CWJOtcXA8xqYfENJJrOgkFk3SpThJFoqCxG3wW/DGTl2YcnidXQT0SQIlVCrjL
AkK5KsUZj4cUV0tyo5RCSxoLF7/iYJFmGYSsqDVoTZg1IhaNkD0fUMBjTqxi6hFtPFPMtK8EO1i0Zaj+oqIQnyeXNYVQO6LF
kHbi5L02fyLej57rmAsKk2iiA5uZTh604aArPDDt+e9MuWUMVGrHnIvRugX99hPh2UQ9P8hHvDeYfuON50gIzRd7i/Tco0J5
TytgkwAdPYTRQ+NJw5q1zlvPVD2A7LbneO6AHclmq4WIZwST2me699yj7JijY9SHzWpCAoe0cS5K13Qk8TyXQIRJL0oIX7FK
jN9chCHLxl6qMNj1OU/bsUUWOMWDwg0NYSHakJYz31gSbv/4xVeKfHFlfXul9LPZxqXbN+opcnmHfYFa3mjcLdeW+VjYzN2q
i/XVyu27U/If4qsrF9bzsPmT1Zvv1ypbb97buIZ/93vuzrvM5quXXvtpcuPK+q23ij/4gzfFN25Vb/75xe/e+I/fbq5cevPN
m9/707v1W3eqP//e36vWhBublHYOhWDZSpGo1HAzljUiUZcipYTCS5aYULIQlb5XNHaCEk74SUDxXt6q46+H+fXETebC7vxY
knvz+fOT4Ghkzg/6bW2B6YEtu6YvnPnjFjHqTebJIGzP8LPTnirb7vkeqQZDvDeYTuTj7uH9X7bc+f65++xTHfvNv3Tck+fH
v/7l2e5cVuF/Fv0HxH46/vj/dM7kXbl90kXOzH9DffV3Q0+bRwvlaPrxkYx6W77AKHrcezpHf7Xr5NzRxw8/hiOMi/DPhb+q
Jd34+W+o7rNIQGY1VrN+k3+iQUoCaLMAC893YQJWxpSIUeGhStOfzOaWIPQNSAYGGeTgYhgTebRtElOcKtGqmMcjmLVGREFF
czpPFr0M01nb4nOTKk2lFB9w6pxD8ygK3A6q0Ss8muTDnJFgiS81oXDEcSlcQKaY90UuH5NR1k5xkrRglPR9jkgJCtU6p/Eo
bw10JSZ8LUlCJ5WRkUKTQVEKk5MQtSmWxOxYxVEGTLHMUhLPoGhcosg0YTAT7eqISeaSCUkJoRYZRFzok+OxlJ076ZTOQlJN
UV7TIAOyUWyf5FCfGGkQpbDj/nQKvCk6hbUxLRUeTNdQum+23oSTLpg9pWQt8ZKcrRYnihcHTKz6h0Hyns1T1MEn2cw6g/a1
wS4UuvQJdNbj9O7hyReO8wPkm2kOhpNfj1vykXW+n0eI+Oyjo/QQnM6o46g9nmQTLX4wtCiNfh71z3kOmjxj9Sl0MNKPjk2p
4XR0Mak4fbSfiPj0BMx5Q93/dtN5nc3DpH0YpGkZFcQViIpSwIwFhD5PxTqrnlhWJEMstcjrUJImPC3Ql5BsHuk5AdCSL7oF
BufL62wCERebO1tXbq394Oravez3vPNieOdydcm55jdoduOt7eomv/IHFy4WxTs720H9nv/uixtvr/zxZnL1jSvXL9z5bnOn
cnnn9c3L4oWLwrUfX79xW7r+ne7Nt9b/ydvVV9eLO1c3rv0RuXTj9uo7N3/yVu3H/5h5vfizl29d/u67+avfJd+49vOtem27
azrD1RH0lIjAwvEfOKMvv93Nre7ambavYTzfirVwg8dzRD8mcNqg1JX5udGDGt0U4LCsYb2JUl8KrcQxT4ZKejJQYsQ6mNuu
ATyy/O3jP+lEIaeozaZgcHxk2Btn8JNxHi9PIjsHbHsQnttqP4QWsv++Eiy+ediq+Gq7szswWCgiLHjGczPr4yFsDRJ0PP3U
tsq/yr83UgnCTKmMbpWBr0v8kJSCQvmLhMRmc+Gqi5nJzKIYWuNZIZEIA34gY/A3qFABU4oye0tW3yJMW6JTBiUTLWK/9r0w
CCQTELBPVFfpOFNqDcEEr4bRNARSfJFikhX7hcZAIZ67Szm5Z4ZJYV4JdA6bB16QKqF1IUlgnoX4+ZwTEwSdkFwhTigoExeX
k32+RE5yRban8LrAoknZtjhfrZOWxOIwPPCRBupSBStJ8dznJUPlWd6BRLaQZSqTNlNaZkrLsZ+S9AcZ38uYp2+RoIhD1Kde
vgZFHgHnCvakThzjiZX/IO4/Foq0bsAYjhJZsUkj9pSloj7hW+GYzOkqk56uKCf5WRh3xnqNIg0VsDlbHmWokoZDk5zsURY+
mdM0Pkm9JqHJ6FfzybTD+Dp9lued2AUnBbvLTA0fTTGAx/3WHm60v+7PGC9kcvCSPw8d2fAfJe0Pkf00fwpTB7Ne60tPnsQV
2ujvDeQW/lkb/lK2TrsMiE0PPItOo4OAwD3EoRY4Nom0JzSzZ5572v6YO9W8Ln562vGDrLZCbdLWWqp93/MeZ0IjE2QYIOcC
kfPyXNEuMKp9RtjtFXeeQS8UXozwkPIGKIZjVCTBJD+nEWxVTGDMhJIZgfllorkibNIV/gX+O5V3andWN++i165U3rr7alRH
Sxc2Xr/2zhp9deWVCrdVeEF85XqwfO3G0nLuzk5j/ebOha3i9c2XsdfLz2r92TQfv/VP8jv/1e+9pd76Q+7FG7/3A4/jHtVU
8X5y6Rp3S/7+PWhnq3s5ydebk5sCU9gpDKN/EK02RJdwJhAG46K9TbAbxOiVOlpZxMgCY3NpNIPjA4PHlyoBtalYjETVYhjS
SnHCsS4eCwNAGfQ8phJMIvggMmHVcY5F27MTIoEY2BY8HnHYBdRZCLEBzEAKc26ig/PDVNm1ySA4zvR9QwtpiktznqA5eQgN
/gUdOGrr4DQYwUYKsrUIOum/pnzQK6Dq7L7nzBUSOzSEr1OecH4bkiih5WkVRZI0F6GMhLCCU+RRz7CIFtnWC4muWbGwy7lZ
7hCl6WwqCj5NAoMYUctRZaBIRmyiZxgE26XlK2LsoXR50JByusKyC1Lni7qF4kk6jaKikosp9ANVOo9pkuvLefyiVcAN3hMg
LBUIiNlp3EbJGCmZTtFfKvvFhhNMpPWDPJZbQGCiCp3IXil+aNW/3qTKcyYAakXeeJ8urBR8MBNWowJfKjm8FDTVTWu6HoT0
KMKS+pXWVqPpFYxRZwKntLr2LwoMtYFc6je/3UopkR6b9F2z655k4WCilWEQQU9xq7k4WS/Erl2hw+aNsxrTfIKcJO0zaDht
bR7xVQIxxUFJjRLZKVnvpbUEcl8LEs6q6u8bMRlOHnvmyAx9LzBFv6LBFJbC8CdleCBoaX+OlpPiwDkJroQE15Og/rlePgD2
3gOO+dLXFS9YRQK3F8IRC1sZN82e+glcDSg6Z6Lec4u0x6yIhv38Xrz63BWfs7nyzM/3UIIYwcmXQUDTynLagOcxTnG9WfRV
ePZLPNLtyZiaxjb9kUWOngkCrmpkPCC/biH7oNT1IxQRycsSpAYu/xKE1QqbGyGeX+W1DgoAJXKRFs1KKMf7EG/SBhpLHtZs
VMgwITPYl1ageRGbQ7FAMo2rZD4uXUPfrqR2/MZLqxwFBJOqkqWbdpBexSlGx+FrcJVswOQLd6/SfqbxGPOua7yzc2HntJJY
uTX07k8L6Gs/d6+/9L3Lr7269ANso9m6s/pio3nv9SLEXl3feOU1psbcebvhECncgF8sEd/P362tVfNbA6OILeW4O40y1LyR
rFe3qdsXwu1SsXzaTK4WSpUqzyeVrUB9qYHtXHmz5kjElEBKfGkp4gVExKnGZAEtIZEDuVbAnWihz3gGQKFQMuNEFBkkfLib
kFfCcSyoOsHCXTd4Ungcwm5Cp6GMuKDokB5egGMnKhPUvwmBfqoNeXRATF2bngteh/4fzt3GQGBmo9MEmi2Qs46M/o8R1eHt
RcxcJ2vTHCdcqkkX+OUaR06qKyJq+mx9yE5eMRpBRQ+qi4tL1THJVCmUKthFUcxj3KNSHaCuDYrJoombIsavclshAaGl47CZ
53ACqkz0WYUP+KKlki2PsRfAKRMluhBVcKoARvtJFkPrC6Qk4DkkzJG8yF2RKaqwbBNlsVHHctW5F2BSImGhilM4dTKBxas0
L+ZtiiNWBG0aSKxblpFlXq8YqSDRFB9ZPFaV6JLvs17MRnRmhQIW5DyUYfyiRRD5HBsUAV/JFzybQOgUg4uaz2sK0+6IBQcT
exoiTItsWbGPeIIxWAZf7hW1GEoZPConPJ6eWFCRLMgYcIFTIbwxC09DDNHyAM3WYRvvpMltQ0ivMmha5ie4AcckTJdInidP
ci4NK6YVXCNK5YCEE1Gpcza8HLQjSjZR/2GSG9i4haGNOAe+hNM0B1TYdEZpRJCCbYJzLWZPNd/sfVflmWnB7AYnzzGnDia9
hfFMth5+rpPHHxmQ2onCRv9f4RBUXPiVvn4Ee/ygG3wT9iZU4Z8jOVReOZdOOuTc7e39+4XmUNbQ/TwEoZ9MSYInyYDmwo3T
3XoMOd1cJcrpeM62IHGan5eJeA6ltCNFecMtSLgbnBdgaA0L2Fx1tXpMIL9/U6he3spf5F4SCpdzV9Xa5bvb9yTwSkX83otb
b2Ev7CyLDeYuXlm90+Cu/aRZqzM/vlx/kWyscWdpdC4qNLIM7ljEPC1YpANfoasgW/uNnTIy1+hlaqdbGthI/mdsKMvUd6S1
qsblLCFO3iwpbIe2G0wZZbFcM8ZSlhzxtsuI25C80OEUx1neK2fn7C7GZzSXD1cjDK1UXMuOsSD0thNdtE3lpD0XqYMRlLax
OD6klIEZoP4iiLWJjqV8qrGjAYzNQtnSjuL83kLDv5DjHt4h7BMXOo5G3n+vF0HGFhZEIURz3rTkyBz40ZwZfYaFAY4spOFB
SMHmCChTgYrtOazb/t8WF7o9cDkNQalpciOvYeQqzdXFRriGCiEOh6UpMSXJMnklrtfykL0xMO9TTOVOoRuIFXc5UCr8ogYx
1UYirU2Oc2iRxi4LeLkhonmZRBo5qinH+rJgSbS3Q1/GgRRg/S28fpk/AWKzujbKe8Iwl+eJTZqvaoAmNm1+KeZznJteGHlW
oQSDATzMmNQvhQQQqoQwdYgKQeXxuFRoEOuDIIFoKfOtUgGJxkmVXNX4mbXS8McbOxGuoPQpNhTGBY/frZgxWa2QXD4jTitP
UlGxvMqVgzXGwWnMAbW+qhb2PBlLg68CAjKAgGKIFcCLeID4ewKAY51HPIbKMWjMPV32yXKCEyFsokgQiDoqJHroXdhLciqn
w/mA56HKTMrHEBhgNIqhfBNV8dtkWsUchQSCtu4Sbzl5nJQXbI5Fa9/exe1lFX4yjIxnExd73iVb5ce5krweRxXPVgbznGOM
o5ge+ejxYrD+YWNEUS1q0N8bylbFZMtk6zePTfFwvy+1WsOz9NnfmtjkaUD463yCwZ3haT4MDqwDFXsAYY9UdeWYVrCshD4f
jJ88XOCjGB2rzw12iYv860lZkkoBSV70wyTaeEFcNzr0AL8cVmJSJeYuV07ZYmNCQ41zheRpxoEa+SBpWN++xlCfE1AD2mYu
rRQqwk9zBRaF3ngLXrcJrLBk3iVgZnWrcr0olNkXn9/GXmLCwpu1cuJQ5mrtBi6+vC6UXBTcEUxCcoscV4xvbFRXlFtylcWv
cUQ+JZiVctol/Bdy6z/i/AJZuyQu8fKVLWZ1s44UMM6NLVtkINQ1lj0ya67825bn1/Ihq1tCI8zMhvWommNNaqF7R4yKjmeJ
t6szYimi1EAn3FLIs6XIjZzngBcNsVxhUttCt8o5aNGNMXIYdz0JKjb1bPhkCOUjiJMs6FKE7uALGZ0lyST1saNhGugTXI9T
JqTSWQBAxnSpbAwRf+GaoWX55QS1Uj37xJGbWBE79wliAkPWItGTuMrr2CSrQohKywlWKSMEk/f9fICoRgIw2pLhfBERoset
goaTBczyIVdPCJSFqokGG/8fRe/5JEl+3+ml976yvGvvzbget2N2Zh12FrsLLEAAC0+AR56CdzydqBe8N0JIEQr9B4y4Cyko
CboLXZAgg6AObhfrzczOjjc97U35LJPeO9W+7I6u6sxf5/fzeZ6qX3VaXEFt0CCg1SSOz1P+ywpVwKqoUDxgw4uDjAQcI8iZ
Cg9X9F6FmRTrZVgqRURQc4p6AUj8OgjYO58LOITGqyg1l9ydVBMASuHScIhqV2A+sVrtpMKCFsGlCA0VSHKJ56rFiAirfhqN
R5iKhkpCMHoZWysVVsl9ycyCBUBNtIRq67iEIQ/G0rrIUrqUYQYSVWZPVLK1YnQrkrFSfDuf6TXAZugju0U7B6YAYgKWr+I0
YiRIdBQRcOm4w4VUwMT7w76geSModRNA5L3bLedmrtyB1IFp+y0RjJl+CxC2AS11RMgsOnI2jvyRBiLQEEWan4ajoT9iAhSB
maEzbFqm3Q1N1vESQEnznzYCw4mHj5LRPRVkKCoLLRVrc77rOBEim7SRYLofBeHmggtjMjYa7htNE41Yg8rhzkEbA0ugFllW
+mXSb1k0hkT5mEUmJLOTOhEAtoJ4ZLoWYPjbSEjZ3j6Gbh4mod3DlQA3rB45VniCceQiKsB6Nsx5mRgoTp2kk9BFpQI+AQVc
muWpwOaquUw9TlAsT9lEnBgwOF5UQ53gtKPc7PJ6Hn3Ol1cjIr8KOpPkq6dt3MX9FOarIo1dWUBHjFwL6XwqnGPEWnIK2eDz
kyCngvN+UIDB78zJ+RuIfxHdjpmTAjt+YJRhOed7WHZuOhxQUDoZSfl6ShTO50hNHpSybElj2NqU6U1aMN7HmUpVEcNQRjYJ
YDmLi31wJByR9sk8XQKY8bViqElZ6QSFOnfJcXg2jlkGKR7W25xZMmHfiHwriM1ZHkrANFuHiEI6a5uHqeXU0ngnbafFWI1z
XZP0+GEaLoa4JbIcCTakz4ijnIeiuykbIA655KeJtgekUZjCKW8cdQCO923fHyS5vE/GA0cYuVwAhU6CgE4lCEaQbzyhQZR9
mJo2SDNYlCDALX5EuBRVyCboPiL4IQhDoQWVEAzruKSFxkFWp8AaYVFBDLOGdpASDomSwZAeilyIcsFnGSIDhXLCInafFnYB
m6QOLVwmWOr92DsuxJ4YI+TAR70UgdHBYBeTHXAUD4MClAsxMq/+NzEQiHFIYIbeF4yH5eOcPWxLfC6cbu6Ye4zmzQFSPXrK
lV2JGibtpiqPbJ03SLJAbmKAv7UXdGF7u+nR7a/u6drN9rKxajqjDChiXgA4NpjbBdnjm7mqi5BAu2PfgTyIBAk8T8KaR7vN
UTMJAtNmEcuLEL3PBbLruMMBkXrBvgjqOEUxKdlVIFnHgUPLGIueLffj2PGp8EB1DNM6hvSwlyTjlQIjX4UB34vDrRCmHEQB
IgXGYjh2/xiGYIS40ac+aEagSLvuoesih2OBcEGyDQOH9JD66nUV8iAlo2QscTFFufFQcgMQSXCAOdIdxId8VLEDH00YkIJd
0BVpH0wcEPCT0KM53uRgXLJBKYiCVJ7kQE9tZ2ANJCkOwqwkpVDUl2CgGZV1CQaL1HKNWCxTuaIlVUGKnBUnY1rCc1w81ieB
OjUuInUqmqRLcpw75axXKeg0HY9ROw9WbmRfp69cXntp+vIrtRtvz0cXrl06P1M58+OzxfMXXsxdZ14+f+Hyxbcv3Vi9tnZ+
8eKV8o3KxvqlS7UXv/WdK8+/ejL31iS4MgWvU2/VL6bZCrzvS5OXeV0C8GKhBE4Si95zBWdWgufydWYmHM2tkTluQjibXvlz
fkmunfA6BCAxDjM4Lpcs5fnQNgCnuzydy5dW17UE3yfSCOXpSMWCkjNE4lH9MEuJWhKw1TNRLRAO+KyGIdz/V5PGeU91qpSo
ZvtQCEKTXLV7hAxWAJaKZROBGgSA9kMURSVgEqG54aQNJpzLPmYwh2jjEIUAaQqlko26Em0gaUT2YfuhoxfRzFDPjAm/TfDq
roHjHo7CDQjqV3wISJMYhKMDMkqDFIkjHCkg9PhpQAD2EFVjowESxRqqgDb21TZjgYrBUerAqBVwolozKQgCw8QEeB40MQ6I
ctkIpUCQafmhN3I+9nGNBenIj1XGxXxCgAAC4beBkatlPJgQaVpKMbmPJUCCBd4uQsSy5DXhFEOOnIBS9/5xF9HGMJ/bA51c
EGENicgmHtbwW5jFNxGHLuEkRUpRCLpIaozFBXf5AtmA4wxvR9aY3bdHbggEJG3GgeClwSMOEEE7aNpP6CEPJqmNAQw8FkYv
IlDURQ7GmZSqiZ26fEo6Ruon/fFpJyAkAL4JpUGwhTpcCliHwAFmpXgEqjEQQziePouIBDAiDUB8r4VH4/rEUsOAbf9meKiH
bpRFI9wHIs9xfdpJbBsdAQEcgMD+GH2QOHA+trCA0NLPIB5IYh0PWYEgEsp1yI5qkhgYjvsBpVwYvGlHoBEiCAJjScBg9H4c
aAHo+8oogAvx7AKWGxK7ufl4AifOWWSOEjnDmpSSRPKEYi6DoBqHCQWDKiB1xqMvAjfGR5+WxJDvR9ECIGW9EUiavVlBxHCs
/GBcFyxhZ5EMCg0xeIZmEOzXKEIH/HDKzDPL3iqSd5K4SwWujSFrtYUrl3ry7FuFN248z01tTM2J0xVubvbS0trKueUXJk/+
2cLXlyfM6+cvza5kfyRNPz95+sp65dLJxfrCwlr25bP182unry6x5zd+dGn+wsrK4iT5J9dnw3hZnq3UNwrfmlkvXMzVKteW
5uXvz5XOMTOXl1eWpt6Yr5z9q4npmepGWazPYzNNmpmbvF6bQ0l2EiucIGkRT+GVsljZKAnAymqRKFHVV87kpOAshZcgmHtO
Bi5kZusLxHJmjpwmZIRlS/UbKASwGyAxWoRRJmTIeplMUQ/BL7JB7sMUkWMYSlmykM6b+AIlVrO0iJX7mTIVJ/SmA1WFItoK
E1rLRCQczWKx6M8VcJUXpHyYkPf6HGDlyHDsQz7Js5gU8GshZcpyie3BENkOEZCLSQNBcQ/jMuM513fzKEWlThe0UCQGlWM4
slB6BMI0pkUhsqcTFA5aWCqkFOVb+yHmuIG354IJpu7PGmbwZNwFABJZSjDkEi9RB4mH0uM+70qOP0B9N8Y0OAF9O8VxLO3X
4ihy6MYTAE7TkTLhAv7grgIwODoEYhML4rgfIWEkSprZR4GoS1smQyvjkCdjAiVwyi5Svu9pCgimMWabfBggaSOIyRSDoygE
MDB1Yggm8FwPVW0iiFGIielOOAKhiPWAFHNdEoXtkR36sZfqCR27EaFmbBRA0BAOAThOIgQJU1BwfT+Ok/GwcwjS8X0IbRKm
QWGjHTgiuFFkOnjihAoNm2rQgyCPSNKAGh9lioQAgJER58dGmgQ7shFQiJESiacQMcSiuFoCi1NkURCQtDYRTyMgKyAsxdFY
JOEMXyzlSTItshGke2G2HAYMneRJUCoSElRccKcJQkGy/IrPTSYcPzNVWIpZjlsyAhZkT+RQf3ZsZYWvbpfXUqeEcdHNnuEW
lhDhZI2tZddlkjwzV6ABZrqSnVgmkTPlQmmC9CruGSvJlMrrkzLI17N49ceCPJnEDOqQyJUL8vpEsbiWzdY38vMEfvovvsbj
kz9aO//vT1/MX7n66g9fevvGvy7eKP9s7hffPPvmtZ+t/tXZbwj/4dJ3v/uz1Rcqr134k1+8WuW+/tz1C9cuXv7h9X/7Vnnm
zEKZnj69viafY6fQs7WLSzhXu5oN2OJK7dLz1bNA6XztvHg2fnl+dvbVhaXTxFT2Uqkyv16cmJ2VVotVHhRzcPnFtdP8lFFt
nJg4WeEz87AbMiculV6dn11O6eeXl6KT4sz6VGbhueycFVbLpdLsDDvPfX/m4sliFGVZGFuerWDluE4k59FVcZlbODt56hpp
FvPcdMQsT2iEw/oYd2ppsjyHPoevtlh0mchvvyYw0+KeXb03kvKVswgcs/7BeWYhQaSLy8XcMmnPZvC660zLQ5t2RjF4upSd
zVNn81NspJ+2crfnj8bDG0RQJnJdEae3ApjepzLs0NIsWCRIFPQt09JiPmj1fd9XgShKzQY2i6Gqh2R882ncp/YVEEtdKoxH
Ghby2JiMC52AdVzPTEEPyAxQxI8ZAPQ9Dx61PSOv6x00zO+JPobwLWQHTa3QTx/YLtBuQHoC9bWMRkeMpcF+SARgEKVUC84k
ujYKjTA1khw8NhbDtV2USQHFBVEEAlPynmMxLcXFAqQL5b2xYnUdnUJxHGgmONMaX+HaQ1QxY94OQyuK7+q2BcAU4CUUzEE8
niAFX8/2GNCFCN9nFA5j9JFDoBlc+rSXA3oIRfUT3ojJiW7s2xDQCU1kvFqASsAVIhIrTOa40nOnXWqOYniPZ0Gc9i1XwitI
qe9hqM8zXCqyxjJWIWhEIUCbzEklfgHhSLgIwQtMTnw02XemKoU/SSioTB/HhOCSGEfRah6ZV2YQOEdlJaJfjbGiFal0mIXF
aYRaTUnBWsvlyAk+p0zi8tQ18RI/l12vikV6gp65GOIiJE+sRPk5jp+uz08JhECcg9bmzlVevXDi9YKwNC3lZn+QW0xWsQ15
8mwlc7J+jVpbq5wrvZTiU6+9mkT8JDZxqbzEkmj5+XNSOV0QqtfB63PiCxuXNi4hQokuZ08hN2YvT//inek//xm9dOL82i9e
+t6/Xf3eysm//vl3a+fO/pw59z+t/USYfPla8a3FDfGvfvzdvym+9R8yb5z+3nf/GsdeoctXJ+t/84u43LtaGB1NLHYKMEt5
SAnlJJSsIEDFLDRjYzZ3xOq04Ot5cByKy1YmSzRpFqoQu92swGk4XaqMzZSGZmv9LF0YUPIUk6nncmOgHH9pIZOLdD5bJL2q
s4Dk7Ox6ca4uFZZde45jpgRJrjK16RVsqzAJhpNeEZsEs9iUmC9m1vLYyQK/AKKVbD1fzFMGC01xq2TxuZp50VqayRknZaq6
IJZn0mmighfEgqdXwwWWGFfCHhK71I6s7lejAkCAWdeSCMvGdYTlRkNsgqkdTCiUjlUGFAp8K2Rjn3ITYq9pnwbKBE5iT1ZA
Ggu3L625y3Ftq4+fWYwIj+46rQ00F1T4gcrBsEo5deKgMYPLRupQQvYYd9rqC8dRPr/rPkPwokyJi5fkZaaSwB5Tt6sxbmMD
nBdyAte1BS3uifbs1P7h9CjnUysO/MyjUbtNtj7P4I0+g1oq2eb5Q6dikHHtEBb8rtM0oeExUf9wzGn6s5H9mCQrm4fP6G4a
gVNy4teyKUtnwgPTM3T2c1jFg9umo1cirl4ZWAxMK5sdw9nnpUba50eSFD3mGSlMQLhdp3K1dpIu0Sy6Gebx3t7WwLo7cgXi
YL8txLBvMlvtZkCNaMvS765xgUXY5seV0UMIcj7u2377KPC1rk79zmXDh4AZtHq7HUjRUctzzUGRAmxdzNiOB6D4Nq89gEEw
RPOsjIfb+4l5x0xHcUsVyUMWXIkCpOMFeTc0YXbRDN0Aw6IwtkK0OzGONtJcQWVb0dI6WGWxiyKWp4E4fIzG3khN2a0xLsZd
+Es0SdqDJqWhI+MIifORl1hEgvu5YVzrFHDURkGgAkJ9jCilmxxO1B6DREh3EOWITLZAC2iqkR+px3o6QJIQtkY+lCZu6uHa
mMNjyoGABgINWNAFI9MY6BGAGx4IQGGsdfREDgOgTQSREWh2ehgAWmIqaRh7/THmtpTQtj0Fiw+TtAtEKdRIwZYHGpCZBgDu
xV4c67wIu9QZe4HkOYi1GDwXH7Q90CUjC3ZKgcqEDu7gIloDABXOz5JR1aOtU2YA5JcBjz10TKkU2kdzg5DCjSAPeWKZECbq
ZZfru4JeVnrAOG4FvZdfN6B1fKM/baPxpNlut8IL9RYF7/d3i3H81Frs7wJER1/wkSJH8KyW9oDIMR0K7gRwb4g1XTw79K+M
ocrSoOUeySkNlD07sNQR7FskuX8cOE1DTUlsaMEqiRdDkOgyeReKWgkxmtuVAMQL0g4bxlInq3/S5+wdnEyXElNVUHyCIe+7
TP9o5O2392A+sFo7FI1UVcI4HOsZDhyE99twuKt2ojPwjqdnPvW3wI5OmcYldN9xXCM1wjtf1vfsI3PP3O9GxKZ/RIlR2A5/
qzthtL3XY24bD52+mu4E6dPB4PgDwwOco4+Gjhq58e5g71f9ZP/vtt7Zp/t3dp0Hm/FguGA2XMU5PkSePWvcvjswbkndf0oj
fXM27P3fW8q/NF3j/21sKqpz5HlDdrcUeL3P7v4eCo3jkNu7Q8S0XGg486idxYdKz2ngUyESvVuYtxLWj39XcG8hHNTA++b4
nPOtD3Crk3yufx62SsidcRLVnmhyZkhYIAX29vp7jR1r6vCqqVv3wgv2TubA7iBuIydr+R2np5RS+yaTS7aow+gYxgsyll4g
Fx94bo6TKA0oxMB0Tga869xbk2zsZaSCvJIXmX/n/2BuIl5AIIy+IEkTUwWiTfXy5lr21Nw0s0KvA6ZPaCoMohKYQjMioJ1z
l6YKSMjVagMezJ/I5m5UJaLu1MacysizsoPXULx6ZlAxcQKBXMbxAd0nYFdyxQm7JvHIV29Pkul83ONA1yNXglIhdktyXMV0
K4RFzw7ckKbs8cDZ3sACBNjsplbTRqLAzEFua1z4aakPYbCFMlIqaN1ER0XQjRE/dTAwSQ7V9gJ0nGwXewftg/vP0g/7x/uJ
23LNZNAMSEdrKHrf6APtB6Hd0aFRtKMP7sSEqTfMXpD0YW+D48a+OrP4IjRRWDpVYCF+4moKRdSYjouCeHGDLy8WPYGUn8+9
VKqlZ6ovpdXTJ1cy314/v7j20vnqKp1YXZHmsTV3KhbkUrElcQISpF2+UA2GIi96HgpodErHyBqVNGhaY6Sa/FqAZlheno39
rGhAIV9OwQILc1llyCNySH4VU6Eo2qv7JU2UQ0rD5GwqsN2TeoZ358okygAcS8bRVBnyH8adX9Pdnd3twe7hzh1F0jq+tclb
XCfSAK3Rp++Yuz54N9ozjG1/86nmGkNj6/4XLv/Iah48MPefbTWeftQ6eNz+/bMv2t3H4zO/1VN30IY/6O8PO3cafWXU2wb+
eQDc3d8Jj8Tdxh8emp/s/T56tmcbR0Pz6b3bygPc7twD7326dfPxw8P2Z6PmA+Xot0Hr8N3+l/cPDw72t77U/6ty/PnNZ6MH
I/fe08/td29v9R6939zt9trbz7a7t/m4+ch4+HBr66PP3/nsvT3tk8e7nxqd4F0zvKtvHb733oP27/mb+/f9Z+9I3QefPh0/
/rN49wP14PAP/VuNe4GOsnv73O1H8LDd/txhbwZthUUPkCUH4B6j41/c66zEpU+aOsE2+IECQHPvRFCab503tPDw0G5PAZ/L
91WtY5SIAVEFhC4HIgYIMRi60PDTomF4vVVWsHl6zX/s3o+ycxmQ5auz+wIHQ4nV/EFMxxPvq7pTOgOV115qsb9WlOTZln+I
O+LVjUm/hK3qwlLOX5dIS9pVgOdPZn8qIykNprnRKgaeueRpQEnBPVMuc8VsXnn+Uc+Pfn3kb9kjCLeqFtK5YK0U8egssWM3
R+2wmKivAEUMqBQYmyLdP8t3g8WpgQ3RtYzHdCklbA4H5j6mHmSH+KlkZZzFrIWrdky1G4B8pMDoUvB6RacSeK7jJgCJ1gaE
RmYnlrQTrF/KzgWtbNCO7hhqB8erzyWcf36GZR0WJwKO86f3smYd4FcUKDNV53MRWYNXzpdwBWWp6xLNTy2emeTma8srtMTJ
RRypowxbnsuvLUrPs8QiywN5iqucQ7zVVXjp8urE2tTcekn42fPnryD1U9cmflrJXLs+Pfc3X+33vPBmdW5h+vS56edOnKd/
Ml36yamz/466+NJk9vSZi8jZ7yy/cPKHxeff3Jj+UeHUjIg9SkmxOksUySgrzkJreTlzcjaZkCuTspytyMWJfETnqQJSvZoJ
2RIE+FJ9vXwln6GLBS731R70h8goZPnAozHEpeppAgEU1MCSNGQeZLwgVMCx81NSF5epvI1SWaHcQTEahkxhHCBMV1MnoZ5j
7nXVgdp/yun7mrYZJQCCqoHdcjVb3RxAQzSKe5YTAA3d648ZoH+cbxoa3jKU7aEx4vWwk9oHxj3z0ENHn/W83/eNXZVUjM2u
mlj+wO49Dg+GgbvXOW7fNXaDw+EzO+yGbrtttXqqtrtr827U2wLa9ih1vxw+3d3qNvs9dGSpO3181FG0ZFfb/rI1/hkn3z1u
gbqnKntPfaXjd7YHQ2BksxhOf2aV7GbHfXbg6YoziFxLGIHNcGQPBl2LsZxoE2gQSi4CugyA90ahdpwOulrv4GAnarbHxI3t
D3XlsP+kpeTGGdPGUh/wvLxOt72DUdgEgpESwoPRfOI9wMWDCNLZTsVse4G146Ol2yArpR0jjGIhjd0legBsp6MymwDtlBhp
wydQz+VCplOCPIvX5/3lTYsju/gazdjBIIAB3g2UM61kvsBQE9KItel25vZ7Tzocq12tPv9ZH25HnWuX/RJUbmbbPLpYeJEq
xuKOHY65fwfU4ENPZPflzS5H1DRQw5Inhgpu7ftb/LGh4s7xA81RDJ3ap9K9h6DlS2m1Abp9YxggT73epjcKdkFIiJC9Tqk4
Gv+1V+414s7xVnLo4cpBHqXStr3P9vctbKu/K0CCo3+4byOI195D15/VrTbmzNnCQbaE1YhLs6OZkHtuSNGO2S/gpujRr82j
pSkumJ2KYIqI4YVzyByrLIB/VrPAM7WaM72B5+CNmWw7mZl4+bVr11YXT50789rSynVmeqY+L1GZ6enqysLyhanV6/npJQKt
z0zO1M9VStdnPeFPq5MnFpfmBXiKmixWgMqsvFBNl2cPplcVXCBWz1K5E6g8kVk5kYunSucu1XLnvcylYlVcee5l4kLJ4L+p
lxYWSB+aqrD8YFGq5uB1DlhYTyfIPIFnilMVScoSq2sFOStg2UIuS1xkKWmalOjCopkdzkMrBC8XMI6hNJhw5FEsppRPaZBu
5GAwijELS5OIrcOkg+XC0KfgIQUE/NBz0WmLgnWIm7RZB/ACt2f5h7atecYzteOb8d7QRtuxlnhQB+4hQhc0uCRwWyrq9rUU
iUgcGIbRKBhilW6A2dtjqzA8c9oAiUFHP+glqTLyTD3o2ZYSe4gZkqTGg75z2GWdEKK9coo0rD3a3QJdLQ5AZkgMMA9IyWyC
66N2x6WxXvt4k5a3m6aZSmG6p7OWGVleH6BNL1rQbTJt2piomri7iSIxGmKxTTi6ivjEgXKEERjuKFuPnJgJGj3Tctw+RB08
oTx7l5TAHkQ0jj03CJIQ2Ca8X1KR7z+NHL3rWl+CVnS8FfmJ63md1rbrp4SVhl6sdYdocCuykoGORE0W8WxWhQcICShD9e9J
ynNos+/rOkzAHg0YkZ7GcTfUmqjquZYJANSwZ7Cjjj9C2s8o7ogDQMgzqVEEMm0t9H2hz+Qc3+7QBF1NkdDQNTzZbdLPgt5B
YW/7P3XnvCQen9/gaAds7c6icBAPTzRVbMTmQiXGnX60Tz11WLCzdV8P7R7RoiNSf9gJu1/efLD8wP/trwRFvD6hEFFX6Nxq
EcGCd/fgRM++dEw+iQwime0Nnr3zxRd4MjpM92ALjlsw3Ujv9fGDxuMREEDYE+NJsCpZub7vKZ09m4a034AaTwF3mkderKSc
M9dT/JY5xEKOXwU99IxGqpjNZ/t4hBS1jJHYrgOwNtkyfM9G7IIWH4oUTM8CtcB9eQooQdPG3LxC8C/PvbK28Nab567Nn6ze
uPDmy0tXTp/byD4HTrG1uRvnzl+Ynv3m+sqViVMnp+WTF6CvX3/jlee+/+Lq5I0XL525KE+c+HaUX3hSsZeDxcork9J8Jv1W
c+YMcfIUsloRpcFMfvEJNVesX8pcv4YtvcbMQtcKV6ATxaiwblSkKw66VsQg+aVZYh47zWcTkrU4CWUYllnI4RNS+iIvzxtS
Ks5Wc1wpATPTU2JRmDJzyVjZEpRmPIdkx4tiVCUKSsRhQkBWDq3zpg0gFBnQYakCAqTfhnw5TuHyWIBxAataPBmLoA06Qd4b
gxbsgz3AToER8NW9z3uhgtBQSADugAppFAXwGPbSmEFSOPb9oGkgSBo3SQMveXEa9kZx6pq22vNE9SB+Cvleu21zKoSnvmpj
nEMIKEYRdnQQc7hNMz65awDaDtQxPNvUIjBoBSjaTs3QV6GelWy6Vtzu7eABTBB21ylmPZOHASBVnKd6OWnLBEYf7MZ3bpHd
p6nxeKQCsROieut4J2vvHbVHtz9Dk6CF3z0EiF07fDQ0AXUnIfWWagUfHXPAtjHO5eBW/JmRdG+b5l1jb4BsNxlHBQ/uwX3j
wVFzNxncct1nt/qkD0NxBHhQ2gPNL1jHaAAUcqwoIRC34r9L2uodYHgvVZrdjxSrPV45j9iK6F7vUHUPR1rjHzr3ATyJIDCO
kGf84Auyrw9gJvHtGLTIzXjThOLtANhLGK99ODzoQ4CS8l1QePKYVZxNp9V8eu99rBu9+wQbIjEyQu5ge93BVuj27Q8D/A+9
fiPpJbc0XPegvXsfkX2XJ/5PEvD60397a6ipj4In6f4f3uX+494//JfckxpnNBP4l+7xO3eCT19t/j//+9Vtpad1/hvxqyPG
1m7d+/uxCyBwL33oRxHzqQkEUadN+kpjq/rsff32Vps+kdvfz+x56l19c3Q2fnIb7Ies096NPz8eiSqyu/NlKgT7CoS6x/Hj
/GOqh6h24SlwfHCpFOq3WwMcyIWzncZouKP1QjbYWxxooOQvuC0U93ojQgsOorA0nZwbFpmN3HzpheTMem2BqeHIqy9czC+h
fICv5l4VAV6+vg7mtZX4AutNXJQyVObi12Jg4cXazHVk6dv96fwdstE9mkvfuMBRF88vR5Wr6OVX8mcpBvi8rk59AdSqS6vK
QsnHN5IaOVNYOyxXzSTD9fqvLedm8QqT2R/6E9NRWqJJmU8nc5kyO3a3usAmcCoWLVTmaYLKVEetiWk0W6h5ThbZDSO8liuu
obSGRsJORhJRiqdYlmdZIYmtLBXkQZPwsgQ0VhGF7ZAIxggkgnIsr+fRfGpZDQAY8YcqVkRt8AjAHd5LrQiAwLRhYF4y8hQt
SGLPiALFb0DjFEVMyOrb43kbWgNtF4BMJoijhoqkgDKatWCO2dd7EUZFo8jGUKCta4cq7uNpCKV+gpjj8aUY9sh84GGeo0XP
EphPVbK37WAyonTsbbzscGho2VgYfumGbnHk2wYgBcaZFGQzPexDjwYfLucD4lce2d80Hj4ZBA0wIAfHQV0Hhn2JIwBsM9Mh
A1XHvsQo9atX/H0bGyOGHRDoIP6Xv4eAj2r5VHh3BDxkwfanT6FdxUjtzxFepe3O5zJ/nDxN+7oxcIAWMQRMT8tazs4wGx5G
MI54jXuq+dBQB5njYPQBo9Rv3k2sTnDU+MxPBpS19YhxNrOfRO2dqP8gf1+4/7El2bKXHgSkfk9jCwfD8LC3bw6+jFjTMX9F
9oSPHwHxEdDd/sdnYylIzUdcb6u+b+P/B9Q8eNgavP+ficNB8n+5g3St2cdD7kBF2N4fKru/ayBNrdk3j+F7Jj+h4oPffBZ+
xPLRP3/hg5vcb9978K7WOlSI2U8Ojv6WG/wOV+SLD++Lpc/i9uyn9355o3HnH3NC8sHowcdbnx1NlkYPOv9yfPOeFGUf5Q+l
u/Vf6UGjP4jwN5ndDnP/bubeb/etY+smlP2XYIhYH21Jt9//1KcnHkK/O8BaRwdzSbdpbN3WSJBocIxxyy7uLtmuFEuCfkjM
qiiyMzpO2aALDZtYjxEOrIXHbaBBOtpxCbOlJowq6Badyzyc8/bTb5V8ALyq4l2GNuZJt98892oF6Y5bFisHK9Kor2wM9Xgb
GZyw8KDeF6WVi/RoZJfM4KJunRyylMknh5mMfKEcYblz/Xw+Oz05IXMpRwJFKQPS3KQDgYBPVBdrI3Z5drGMT0URka8mdQFB
sxMM/aSXsKtOYUZGMnIOI+UcUZpDgEwsbuPQWp2CC7SAlKnRUJb7s9MiYZ7ot2gwg0/KKzEHMEE2omGOb/MeJpF2JkVBUxwL
HxAmYJGwhDqjQeMywmaGXkZQiTI/H9eiDqpEdIwXRrAeg/Z7BNDzfRjwwwRl+17kpGiIxLSPmqFNQrALDT0dx51nHSCiAdo5
cLoJckiZBtLxAYKGwMeGr8lwHEIIK9hb4bg+dc/XTCrgmy4B+B6esiiVMHErbWLUILOHdTEkSveC3m/IUAgjZOczBObi0Eu9
wPb+wMVW+QhTGzYYh5Qr+4Gd/gMY2wphd4Ihw9Jx+7hJ+v244XVux9ggoehNPJLgxxQJgwrDfKFwQbkHB5DN2Y4Ey6E7HtsG
rv+R58qalgqGAx2ppjqkY2qzybImNQhyNkxZ78HQQMAysjtCI1Iz4diN9wf4aEj2+5DVwuJfZ7KUq1P9toJCD9TRM9T2H72j
CZDUgTVQTuFjCHy/RA8BkLn5m82RWfoicl12c7gj+k4EN6wDnUxGSSo9HJgR8jBIEdBQ2492wuyUZ2B0+RMUFf33pGvPXOTU
wUe9j3eIu23Ml95ReuWEhrITH36eH6hfJv3Mru3b2UMXqCNWerindZcpGJLjymdxJ9u+lz95IJ68PkYMr2JNjg1x7TebxbNN
Fv8h+OnHZ3d2QuOKsMfstKHWQ+xFaqAlR/3HL98KMbTjjm7fwvdve/LD+WE/7e7rRErfHFtG2K7I2qZX8He3m8343M0ShBlA
glt7xn1DB8H0aQz22GjHAiJbDTFL9qM3H4S0L4yxaFGH7DrWq9MOKjxFzaDRGV5u1qey+1JpHkTtj/OMehoy4NNzp5cHbPFP
yhdPXZ5fXqv9pDb92sXnpl6Sfzj3Yhl64ezkT66f/Ubh0qlT+ZWpl7JnN17fEE78uJ4roa+vnfzO1TOLJ3pJJqhhVBiWx0rl
RgvOZBLNAOuJmBi5k3DB7GSpAvlI7rhd8nq9wzrx5dmZiUGIJtyAqlXaWUtm2q5IR538ShHITBWpatfGTm1U0O4gLOcZyYIX
K/my7oEPoUoFmWBCilnGY39NZjxaJ1CYgESLQPOEIs8xYD5mhpAf0CCDhbrn1BMbIcEBoIoAZdgpDDUZekjBeBEFx9c6R6hK
4mFReIzFVkQmYESmAJnPjHEzHi8oGwAoEhA4loJQinSqmorg4+9XGDc7cjyICHFkqGNhQHoeygzsbW+Mf2NkBfHIsYNISVEH
/WLYJ+kESEvhCMbUnXYafPXprga3jVHwGF4RhXHBsCxhim+Uht0qPkoyoz0mceGUbUFja6gabdlEhIBJWiHpPkvsQYbpp33O
peysY+3iDQYyASbXpjRfbIQEBzioettxEzIV1eAgGMU+HDaHRPA0CoRPnIjxYBDQpcjUiKc9L/GiHVBXxwsVc6kfbxp2kBEi
Z0CqoxjIHyYmrDxGPRRq4+6Qi9D7fqHYBw3Hh1C4I+18CSqoeqy7An70wPAB2P4A3H9SptlBxzm84w1He496WPfzrPku0cGg
HgyQCkUNRzSyh4ew2ZwBGvxnpaOnx1QBHA6mDMbvhbw6kDeQNomBzb67sz3cZpSPGsCBs4ejeH6o9MEpYW8UqLURSGgZX5af
YOLIn63qu5A4wI3e3coWTv4kozO1DHEsa8PcL42D/6gObomfhGgxPITsPXfif0YTgPiSkobgwSliv0PZ3XT29pPJ4WcO/3hb
HHoPpuGlzibJUWdpMzxSDnf4Rrel/9rvNlz6n1SqcHv2fvK+WuzvPN1+ogTPGPhj9CZJrCsYV+1O51bUa1Lw4h0WshcWTpep
cZxemccvz0h7jJdmYscHv0afmamGwsLqxLJhrVKpdHJI/FReK+kkfEq6AK/PzJwqXJmhz60FL68zbzPTZWpOOluf2Th37fK1
k0U5/0rvF/65BXL6udV1gT7LnL92ao15RWYCN0MsZRwsa62JdgFfYzkyALWyF2c5UgoYgaVLiQbM+NwSlcUSYsQvRnaWIOfo
ZSGTbrg0sT+2DaibrPKJjwozGzjKZFeQYreZTkpJekgg9ElCB1ae9WeFCQIDOGqK0fh1rHKE20xzPqayDYgnA0ucRVCZRUtR
iI6RmU/biifzgWe7AZCrAXTYQBAhEbwBFtM07pdRQJePLIXFYORXtBODHYgyCDA04n0IxFMah9M2ILhGHILQKC2kJhhDKIha
NkEDaN63UtDkAXhkZVEAGULdLjFIG8lX+78wLA0BODwGeI9qjDwMAVtOyIB2theAYdD2i0AP7Dv8KHQZqBHaw7Gj/zFSHrJf
DO3EgD012yExK2racWuAJrvHQNJOhjKz36zf39W7ampWugd0u41Njp872UOPnkVUCj182Onv7aDQwShS9S/swBgNhP6BEpGe
5XZbqOIcHQ8N52Hba1jOlt7tmN0R0u8bwWNM245wtRr57tF2aykf81KD1gKPdCF38CXY6QExYD4MXKIQUvvGVDw47IMgCA1q
la3W4EikBr2Qs7pHUsf0N78YcYybmb6tK+QgsJH3vf340ef10cHWF2Jg50Hm0JS9d9yOD6patyDv/b26E0rRM88fH7LzKZjb
PghEBi9896PeE1ohRx88zn0IfvzLwHOfvQ+mrRCb/8Kdn/iDOgAyd3NKdOZoH8YjRHVE6rilbf/do+DLPwxMW5OW1M4XurUZ
poZ4r3f/HXOw9+7dT9vOnQH23sPm/P+C/HPY/bXztPfk4AtVe6Lro6a5PQRP3D2AOg+gVvEhx+SEI7ca5N1ZROm2v0zSz4Pu
h4dPE5z/g4XXHpY+6d2cFw7Gyr/ZEo5bhT3nb2vJjIyX8Mp0eZGYm4Fm9JMBNl+5XErTiC+LBLNBqy52ipUG/FqluCg5yGpd
FOseWaNFp6qm/BtT2d/OnbnxInvqW8Xnf3pG/vrLU+VV6qXXJI5dq7AbwtuLSyvP//zUwstL1+aXn5vI/2Xp8rXZ7829fu3i
j2vfx5kf0Vx9ByrXc5OnybE6Pkhqk4uFeoQg86EE1LOL7ImpAl2C61nGZ4XciVyFiyt4lSstoEvJ3DQZkT5afMTh1NgKQBmn
d+hBLityZp3mDpDuhFiaH7BY6igxyh44ND5B1Fm6WDSLXpLM7c83hZDDw2SLoJJMQi6WYNqj8lmIxRAmbR8y9mSdNwLOQOsp
TmS7MEW6CEpX0SxYoL+68ypj4b0UwMDfkhiACMiMS6TOIeaiMYChubQfAwiA20CMo5lsICAxSqQwEZs4moKExcJxZEumWgAw
i+Tdr/6zu20TCLRlwbGTjgvXED0WizCCgEnLlEErg8EuBgcqlyAsjhIJlPIe6Ccp7noDJu6QI3tzBAJmq09ISdPad/TEFcPN
vspAbtQtJWnuOHNwpAKb9WbP83QBBNoZdDdpehl/8EQ56tG7ZBNKuNBgdwWm6WqJ2jxmBk1wLHJBN0Fda7q32zx0lf25RitN
/0hMaGpuyCZbT51o3Mg76v6HjsLsY0eH6D+Tch+E5e5HdvrRMbqvqo02OvItyEB6n/jPIHxX3dd2TMG0nPThUH+YJM4wsUH/
kUbRbTW9yXQZ0tpivfBRI9Qo4qBt2k4x9ZFuc9tUEBWBf9XdV+OuYRsd9+jAPr4bVHc/eAIf/l7x+Eac23YfQNQY9t3M0ydb
nwNo+MEnVn+wxMn7X+zl/wlQKPQ/SR98Uf2k0y8+Iu7s9+48alf6v3z0eGcTiNOPtxxw9zdmcJhHNO43H3/Que/C73385K4A
+cQ7v7l14b9yT8G9/805ag3uP/4j867dfHDn4QOttnVL9beIfMG92zoO1TsBMSFQpT6mD504Bp+l958KYVL8w/DBiqI8SZ6J
6l1fbStd+IvwVLf9bhmcq0Kz2dPPwSczYEz5bBUlpHn6rCauFWemE+5UNc7PycIafBk+Q83PM9OLuLBWy+Qr2ET6o6QEfnfq
O+3Vqy/cqH/7u9LP/mINuHLtxdNniZe+c1a88rW3Zt8o/+ja2ZeW/ruvvfkn11546fSpG7U/rV+7/vLbK1/7s7df/cbLS6Uf
nUTkLTCbPXnpNF0WMZAxsWVBzOLIc/lMppDD06+t8vIcJlwFMZosLrCSKNGlDfTyz6fXKsQ8w3IpDm+BxlBAbW0+xoykleZ4
GKcWZnxfh0Mf4JgQbPk+3x9CbYwwUDgKSS2LoEFZF7qp4ORc/ByRlyWMNGtQTWFBPyYyLMl3ENQs+zkqR9mk2mXB1PVoTKwl
c05mrBEg62cheSCjDaAPouiYJgPcIi3YYGgHB6iogYJ92PEp0uphTgrsjbVP8TQUBolBDAT9KAyxsau5gOMTAEjEWBBhQC7G
ETDRsDSJjfEQ62iI6ozBBjQeuSBPURiQ2hAbeiQeCglCoqgFewzL4qOO4CO0oFosAciJDqUx6mt6kEk4j05wAmaglEBgUhLN
aASk9BhZE46BAEsgSFQgEyK1OSwUhHBApGnqOxrtDYxWEkYJyYwcAII4qsclQuxyHVdHXEqxDTgDAKAmkT4Q0KYPWDrYJltQ
QFoIZtDHMWJmACzudxG6oeGgGxsxaXFxo7nfDtImY9mtYaixAEQEStgyXCeZa6lK74+RSw1Yz1q7jcG253DRbsci2kbbCc2+
AI4Qu7nbamBm2/9kqPa3+mYSu9ZHw4Fu3wsObvcavT8GEtcjicHaTQgfQeWA2bxjeseB2FOPj+YlHT1+skseSwca8L+qvZ3t
nYaJu+k7e52DQU+M3//8vc52j3P2GyiD/c6OYSGvktaH3cGXinR7ePgodbve4JOnS4+ArY73x95o/+lotEk/Vu4Pbv4xQHKX
0+7RqI1PDWJwQLa3cTTmKVvgW6arWKVD7WHLKMA+stdfN4uRa54IV9ymNXC5x7DZ2aVHPBWMCNnCBQEOYrXwyBhqdSQm2jw0
1OLOFYM5tn9ja8BTsTERinx9d70XHFHqvVHr+ECzsvJzL711NHvljTdef+2F7KmrhamVlZXq8vzFn1w+femV7yw//+2Nf/ON
U/yb1/906dy1HywXrs9d3bh27YWzp86d/u7b1e//OPvfbzDzIbb+4jfPVM8kJ+QZ8fWNnEfBCUGuX6/95dRibVU8OXeWWM69
vFrLFVfPTTDp/EqtuvFKSc4tLK2XpRowEQrMYv7GhOzREC4TJ1iUAOP0wiTLzdYKUG0xzyFo6SUuL1BnF6jS+Ho8nWHWwWoR
qbHyKs7CxduQWJ+5DlBOpqJPmssxytTm2dIpIpKspHgKxgq/hyDaRNOJOlSHRYpeFdHMJbCi11FGxm2QBHRQZmi6DwGUKglC
GuZyjCjOFFADpTJ4xDLdfS7yaQYVIsJhczRst9mqRzZZvRbpMMhkAiiMFdFOU3zcjnyCxFqIJDEIIDaQ4mMYH47AVA9RCEEw
tAmFaJBgDo5otMqlIRJ5soUGw9DrfbXRn2nNJQAbwYqXjAM9GhtbjKGxYVo0NfbCQAptLQCcBNfJKPWURMJAJNxOvdSNeiCM
eWNWKIEECu3FBEYSLRkcJwWODj02cKRKbEYQ6XWxkYixg/G4cjkcgVJ2uEO4PRs9gmjP4gKYQRFAtCg2BElfj5Kx5oJffUwC
JQpRjBg4DiU6HONf3feFy5Ljlqa0Jh1b4JGmwUEQdLNR6gZlcGUcOijY87dcPPJhLoGxcUj1ENhLLKiVZ6Fw7MimSyhDH2jv
j420dgudha0k7RBgMtou2xyz74e+E7dxCAifQ3yC3vOZTVaNnH/iQNP2/ZSI1Kek40AAUQRN3OkVqpQDshgJYlGVnzEh3vJj
KwTxLCnWy37VPuoxg0iiIRh2iyR6KGQwWZOEZs1H7kNgUOpTs/0RS9VKrIHI7FTLTlwyj6QhvuZSeSEAoSN1jgRwoH45nUgS
ZFUSZKbMam5RmnyKYjNhaaLCgAy5hE6I4IJzKcFzp9NTJbFqkCwrrOQoiHXzOZuZLb4O1E6ISZBLwvU8mkMn3760yU58R375
p3MrwsLsN0+ffu3CT1dez/7g3F9emX3t7J9P//zEN4QfbHx77S+mT+WfP/n6j14U0O+cX8mfWT/9yvPffz1DoyUfLlycOkVM
9kruyWJtQuKmJmA0Lk0Vr5yXznXJjdpCMEOslabmZucLq0jK1KZK2cmkWDgzMTU1daeB3AeIkjurFHvZ++xiIdv311JKMkux
Uq2oCx+Z2XQKijDLB2ciAJ/cRnguLTT4ZrCNAGqVvtusGTTI4lmNtfKK8txwSmfoE1cXiJOd3ZNIe/ZRjwGUqgbcPXAXWW9a
Vt+skE+gvZlD9vOl0Q4o7uPl5mB6Fi9KqVvJdk5nTjhBPFXD67OiPQkG2ZE+l09JNOr4abY4Nxcz8xmphQ1FnL6ZA0NrxuWy
LpqwzGQhwg1ZY3NBgiRZOs3wBZwTWd6D6yDGQZkQSwWM7CNUFQ11AM/74S5uVfrNcY0M6ZjuS1SeR4oRLLcBMrXBoUuAERET
iYuVCd618cQfhphvAQodzag5O8cRStDKog4Qkz0HSlSUlDDAR+pxMebDmEDGhJAquMP3sFlChdqqniR+LGVHSjyCKDbNpYGZ
5DGGBl3YcqykdWSBCdhLZI9LOA23EM5J0YMxFXQBOCIeYbYD07ZLW5F7oLQbxrjHRwiVSXAcZ0qhe2T2otgVXMRdhmOQtBi2
lmcR6e4hLAyEYEwHlOUh04SfG3BfWdsKCbJ2h+TyiA+IZa5TONitGNRrQlhLghkzoqEyf4GkdLkdGh2dQPzzC6iyZpULLakV
efu4KGHCSZ0izDoZVahqfW+u4xQ2Fn6SSOgkgRu8aKyW5DrYo8NMo4QmAvn1FSjOWf68qjsswUbnXwORaoRQ3ltyrVeHqaSG
+NVJcBEU6emKKIMMtvR1B5YBRuS8yvRUKJ9gQdbEQ5mbmp+fuFrBvpZnSoKUnXkhP5VOSqe9yhpATeZP5Sszc6/nXyUyJ9/8
NsDWJoFMmV0AZbd2ScLywNy08N3MtWXxtdLV1y+EVBagygviyxMvXfxrvPz9/yH7/LnvnPirN97+V+de+NrVv/jJm8s3Ln5f
3virU2/Pn/jxG3M/XHp+7t/8/Bv/fuXGv1p9cf5bF/9SKn+vdOLG2tq//h/N3LDMGE12URFzHB8ga5xcIUiRFcRQHEbu/8/R
ez7Jcad3nul9ZmVmeV/t0d3obnSj4QGSoBmSQw7Hj6gZjaQdSXfSSRuxq7gXt/tmQ3/Bvbi7uNvYWB/S7ko3ksZoyBnOcEiC
IAnCNBpAe1feV6X37goX0S8qorOyftH1PM/386nq+P1KpY7oVuYhqYQnRvQFPZfHWzMinF9ojLj8lEyLENd7kDHOuNnDFM5b
YOESn5mLrwpAGgTwM5dKgwoPkQDTKcRLfW4TPZehrJWKWsxO3vBCCY8XKitRrJBv2y90E+w5nGUXE0uL6VcrxFcQ9lyEJ9OL
wlSc1eNOmVgM4+8U1LXBzCoBbJRwcX5pcz5czJe5c+l5yr6VyAliNhWvzglksTOlG5nk0nS2kM/TqxXQnUNm8rSOxMv80nAp
E6GFQikrxH+Uzk4aP9SxPsi8SM4WkVilfnWKoUL1+gJVDosBFF8/F1uHRUdDvkGVDKEg2zkSYRC/lGX85fRX0jASJytYCGnB
bXkC3k2/SxbTfIwvX85ME/wObTH5VgHFLB1F5H4OwWUIGyvJNCrMtc84wwbZvCe2roqso88pap4wA4d1+9CAJ5tdOuLAvJRn
6jYwya8WJNpKwMOmh2iZIprQqs9IFwCAigi6FT7DsktAv4lGHn04WSv9FB97BSaeKJEwZ7J2zcdRPSH1KYl3xTKqTGFMDId8
5TyWwU5UEYRi6rZgNff3tw/Anyg9CN2vPqKcQJWRp6PBruLUPxxpv2IFbYQZ+nuJwzttRP1xq9VrhDtGfUvWYcpWd6Wz6tbp
3ceu2hjtj2tuS49CfUfJdpyzCbzfZ44m+u/redzBc9znXdP8cn/UDsJDAvuZv+PaA+AA6Didva2Pe3BtfDyWiGenSt2XBoWs
2RgeZ2rcWSOTo48BGap49EefuvLRFiB194/D412vexx4UEO3iUFjz3+2Ve4duGd0te0bLIZ5XLNPdkAV7baQBDGuQu4wAT6i
AiSoE7gxPAoaABA0QsIPSCgMLU+Bn+VCA/ZHAIRBo9ANulZg0JgGe3u+N/IBBpUDx5qgizMhDxC1QRWOzDIA+BPANyI7RGEi
BP1Qa8IgCmohHHQBDwsmbxTy/KwIDAABMLAmCAG5QQQFDgBGAA5GQkjlr0GVWHIplzOziWWv3YFohIdtAipEfg5WSCSeTa0z
iM2X10hqPlFAvwWC5NQSh+XHrmOnAaq1IcXiaIguYbHkNXx+idqI8roxi5cVlcIBXgh7pdsIdpG64qUwjl01B7YOvVI0RNj1
zS/NKTt+xXVZ3tPKhenpmTidA9moKDKUmFvxMtkhkQTo5OIw/9ISWgyYeLmcyzOgyL9DWIoYB9pkBqTEOIQQUzhCTPNYSKQy
mJDLTMc4G0ktpM6rXDh1jkRoJKssgPwqgM3MCwkO4nMADLLWkPN8GgAnbEb5TTofOEpIcyDnspblYJyQ17CzfhZ3UTMx4wGa
6UDCOAZzk2aaSg+AbuRl7CcNhD42Rq5L+8DYGlpWMJDDrv9jo8WYO1BPGG9X8eOTaKzVZMepN5Sa6XYetruBhcrDaLxoVA+f
kTKAqCNQ1ZqK4nN97/RY9/qxA9d6OGHkQH/c1x2tbqqB6bYl9MhEdk5sr6NGQMdojg3jXk/ZamnhGURW+xOt1XOdKueBu4wd
9O5SIwfpSipw3Og4PVli+k7QNgP5SB9xzyKw06gLh+1np7t3fv1ob/9B46HZbXVU/khtHZo7j55Z45/u1rX3jh8dqSPnXng2
GnUffVivDbp3vzioU7/STt6z2uOn92vb9drffPHef3l8v/Xg6NGwaXfvnZ22/rGFSFv/9PQI3fbu3pOOtCd21WzkzX83VLft
D599Oozujw7vRndU/XTwwfaneK3xkLnfPrpzSD32zz45qvUemAlg9zfxI+4Rc/iF+Wh470hqW4WTx2P84CHkHuvQtrwf6dYx
Hnr0FXEmNHroScQ+bZp9NpKSbSXLxL2abNQ3dm31dHiQCQCGPYtzOV6qae3MQY+rwmcrWi8bO5cuxjjaKyOSNz1l2NDICiBA
CZdHpDPv+1KylcQSHpaJB/woGHmptD81J3F0YwmQhQpOX40ylIOVIFQgOACKMALCEYDBEaaCwiT3XCxBkgkRTi+DWQx3rbkQ
IJmMx6MJHGSup3IGkVm4+hI2V958cbZAFFffQlmIvDB1uVKefu3NbOXWjDkp5TfmfjS3Rl5d/hoy9/KVq6kfXnnx0o0fvryw
PpeKK1x8nt2gcpyYWZwJS1OFZKYAzl69yLtTlSKG5eNhMiYm6CuLhDUb9+jcAvi9VGa6VFhc4NFCDIN38Owke0VazECj+WQZ
pVkwHSFiJlhFSrzIR4KZS4kQmwOuumIMWM7OZjbITDJBQMA0jUEsWUszSElORxyBu1kqHTkySRScJIXlQjABO0asCAD9JBu4
hBYDZmFqbuIlL3i+7eMEgNqhOz1salBNVkw9CFGqJ3sdT7MDW3ePzL4FGIgM6WPYRGyoTXQMKegRfBvTXA9rT8ZiV0L7mrzb
8rSqNRjv0pG723UmJirrsgYOwo44kuJDrN9q0902bGgjWxp3RnI7DMdSb9cKgV4QtMZK89g8GzjQeGh3gbbsDWU4aD2z/H1t
oOk1aAxLY9PWK81fBfuhPnSG/mMUHA6s2m4wbquOQsqtB+aDXRmApb5NjFXAIPixouv+cM9glF2s4Ya6w9VgoMvXAewIgexn
gdV33RNlcIo/kDt//0+7v6g9e+8Xw7YjW8EJ4T8zQMAyQWbvi53CwdPdVvyp/EU0HACPwKdj/mD3M/+xxj06qbdGD/TasWsd
fvjwg/9r597xr588GDUaHzZ39zvK/bNPle0IOLV/+gAfQXvh+18ey2Rd2htK8HsPBuO/3jv42ZPGyd3T7qQn35OPRv9OGgwe
y3vm/tm41rJOkA8e7+nKfwg99uHnC0diM3igjWT9V9KOenBJPfRrx9rA0Tu7D+rQ3rj7Ue6xs5WsRuOnnz3d791p3G09kHoP
gNPd6SYWndVaTeieOng8rtFnwL3gyZ7QI7c6+/vTT2T3WfdBqd5RMhUywBbIfrx9VB10RrX6dm58BknAtREQXGAtMHXIkbYV
nF9tpod9jl9VD6ANKuUhtFrTZ5NxGKqIyxeL53NruTK0XCnP8nyOm0XF7JxYzJfSC/PZ+VjpFhPnRaGQqhSSF5OseGG+Mp1I
5IjC99bXj6L43AXxq0L8+gux8v8qzJw//9o/ixUWypXZ7MUr887bhcU/vDz3z9mN15OFcy9eTqy+vnZh6c/iV96+duOqsFFI
U3pEpUrJbJGccP+sN5MUUqvnMyUhnaqcE1PJeCFPzCXQFM9fKkaxNIIaKXeZOs+mqKTJpsiQI3TOgp9v6S1yM1TiOgyDYoE0
UScE4rro+qzGECQem/EhniowRHaW28DSBEMhCuZPAhnwnVEcMUA7oogIlStSejhCPBwbTDpGgNyQlRSAiLumoSOAy+MeHIK5
eOAT7hjxAMuwg0jTDX1MnirewJMRDWo7YNuH+p6t+woeeFiIaqYR2iAWmbanjR1AhZo6EvlQNOhBpkdAdsShsCKBDgoHkYN7
iouiIaFrIRoAPmtotIM5igG5quN1adTRLD8kIsyNNMWHwAhmaRjynaCBIBSh87QDBhTnaXEIE9ATU1cHHRZzAJtwBbrdXDA5
5fnGLQocQp6tGqTuywlEi+tfID0MJcFBz5gNoomlQjk88NnZ/8H56H48Ol/2cVwm4e4aRWsI0xup+MWQV1kGs7E+RQRAdw/8
oqpwsICLhRmOGatkFCNCobajY0ojDAtYaFYex5Ae29PPD6N6e0RNdUzL68CqS0AUcrbzs98+hPJjHUoEldCH3WjooSYb5fOz
XZmMG7EV3fhqv8JH0KPRTY/zgo5r9x0aiAYme1e6B3i/efw/ngyH7c8/dTrKj83wScs9fPTJUHsAkMHh7itPkZ9HW7QTZz7K
/LXXXUtp1f/aDDtcb3fvoPvZnmUkS1undMoFjUd/f7YTvudIT1y6deC1m98NClDUTZ2Rf+333T3nvOV81n88fwVXf4zphxfU
Q2Lc+Emup2jkMlVBs4umUKO7HfCsbXQ29QFuea/qZDIB0eTSAVgaqf1s/mjB2hGMV9DdZCmGmW04HJCvTd18H37tpc2rty+U
Xtpcz73y1ZWpyno2vSEuVd6aWynPrG5eX9vgX17F2NVN7PbcxuzCu/lE/vZbFxfWxfXMCwYxVxL1hEPNZMBUrjGzuAML4MVb
bHzWREmyst4KRGH9Vjo7P4RvsUVwOfe6z+F2dKsRE6crWhi3sQy/CueB4lQCzU1HczGQZtlcZTGd4KKZi2ICiivCTIphloiI
zpYZnl4aEVJSnUcjNGWFFAygOSbv4aUkpyZ8nMRnSqgHwzAdhiApEiiI4h5BxgIHpCBcwWjoupKAJ/6eRKiQTHqBAWPOZohA
xCS6YBAOCKjkI6gV0S4QYmgUIKyKQh4FRh5IIjoNuTrt0UiIzPo+61NOhGIAbLlICAyjUCFBHONGLuUQsAGYRKDTweQeFAhG
OEQQIJC0Qx/1rZjigR5qwA7Ac2IUmiotO+2+pYV4QDPBFhhLEggJgjj0Aev7toUBkQNO5AIeW7LZMTEZQvIeDA0R0AJwBqLh
R5OuBaqu4pC1CJdH44kZeyRFI4QaBv4wRhJgQHNoaPRBwcelfggfB6CX9mz3iGDqJuksTJgHrGN9W/daGjN2Q98PKTCQqcBD
2GMgRLJwqDkWG9PKspiAQQkaox0CszBr2Nm3XErzRpPXdazIQv0oSfCCYkc+RUVhG6A8zY+CUG6plgti7ZgGpgEUHis+0Wcd
Aoe1nkMVFhOBKU0iPetGQhq7MrUaKfV+2iY8KQvWwT4ZwwW8XwoXcZsbOxhftEGUHqoAuMySLDHBgXxV6532kmVq58uMajov
XbDiPGQ35/zBi9ypfjaVYHugkzr/zqoV2xHHl6iDXnUi4WgnNJzCSX/HvEGfPREaBmPd/du9NrEfkn+3PexFo13sxVFsTwLq
h9F9tXtp+xk1Hx1vPS4hnPVXxeSTrz/573Xy2X8WTzLnKy9l5pILOJxTCsmDeWtQNBeNIEPjL4n0DJThybxHrkV8b/Z15dX4
eBn9U7g+Mzc1HSh8mOQL6vc+Rm9dyjNfrZCzbwFzq/NpMrVZ2viddBl7Ya60unqVzTHnGSGe4lZeK12/znEXlst5fOb8SuJm
yU/dUHKJITpOnlygX10ACnnkzUbyHLh0kZqN01E1H5a+APPx1JK1Nueyt6I5axN7pT+X1JGsCuKXfWiJiZMJYoGbzhXZWYZN
cvhcNhYn+anU821Dr4P8lJ6kM+WZJBFH3PjMzJxQKni5NKrESJzCDZhCCWdiU0kOEFMMRRJAPFaBZHYSBYSLKbQwKWJAB00+
8LGYxzoxkSa4xAwB2jpiq5w2oBgo9NNAOIZk3CUQxGUgC0VwGLGMwIb7pA/JBuAzVAAjkQnakB7R/BB6/j/WoWM6lBUDIE9/
6vug50EOhQaTdqz24VgMixwTCH1sjAUeGZBYBGJW1Od8F8HcEUbBYMLpgSrgwQJDVOtwaAqTELVRknM9R/NCUMr0BIzeoXw5
juIOO8Z0AKdP7BGw5T5AWT1Fe2Qv022l+uMYqO10QUm829ydzJljFvFDdA95hgx0hwaH9H2CROxAQVpAGOwEMVJnTixqC4jF
KIADcMqucXA0KXzmIQLdR6OTBlREQ56CUcpjnu81LQJ9HgagTKSVIQWoJONIUJbzJkLX2TBwBTf8jctjGqNElIEHMEGQw6QE
WyGH4giMQsAxZ0gW53EcBFQikLLTA5/z4rw2+TNBSduZs0YShWTvMj1K8KhFHG2yLrM9swLFyD45mUBwnAAGnAwmdLZAo2Ih
fLYDsLmsH9UTu0bOmAs52EvJiR4ElbDmwgWWPEK7kpW+yPmMXMhHCHXpjZMAliD9wZXy5uw0d7XpxaELrtB/mvkHISUfH/pF
VLkThI4jEQ0JlI9+ffoRrfar2x9vj6XtISB2U58ZpvbEODPGLz3ZOjs86I7PaUPF+FmsYU0/eqjGmnepp8srHB+UeDLLKAc9
UsyDYW8muHwOo0IEJhokBegLzxpa/2hnTsCFdjuVzSg12BDfbMqrJ50ddPjCNahSXF3azPrxW2GGnrFktlJcuh6njFQGT72w
Vkf8TRDrlMV4JTNTUaIkluFk7NyL5krGPsd0U5k2LPe0VfcbBY5ZXsizzDJ+7UZslSehB3m3sgemEqXz/TwGaC8wuexsYU4i
AcPhUF26XKaTWJZJGT2nuJanizg8KTKyJGaYVM7OxEIQpJkpm6PoGEJywGh3fhaM5yqonTRPTQidLhQsiBwHuFgV4JBCucnV
Ah/LuobKA2457D3fLRByfUfCRgxAZygR9ViCVdJQCpX8KoL2aHRMsJE7meekFvQjjAZgPAI1LAAIJnQnXdDVIsRxJio98bzI
GHkGjIAx1Pb7FOBNfiLZmawYarAAwEW9lhPgIBqipj+hVwazAASw4ZBE3HTIEITBQPzAC1BIAFFInYyNScv0T8kwgxHdRydQ
ZED95gjiMSmM9eT41ilX4wjuGQDW+LgPEWKomDz0a9zg9om/ks/ULOantJheFfw+PCDUOuM3a8mfZqlA1fgixGjKM7DDkaQQ
MO05HYAfDyJDgdm7qQBrJO570lNZcOAx74xxsz9BiHOk5t4FmPtp27QGheP4Qt91Mhw6gseHlK2N8l5Uxtj8RDBBwoWohjQl
ndI0FVbjcEp7hNM0mTkZiT7oQvoTJ+/2Ea9X4MQ02WOjseM7DO6iNkRErpxAhSrUTYA88IAgTdbCGd95FCNS01yTiIe5V3Ti
ED8KHm43y1GY/hS3nWxOZI7iVZtUxDQihGn4/dPsaZLlHJ2qDYve0z3W9mZFM1vqkT6Qnm8Lj+J795/qw4pZpIKb3dibRTEt
Jbu16DGObngnu6+cHuG7iZPk4B8X/iGg1bv9tOxw7a7lAkh6F0Ic6TNv13ss3y3ceYw8Ojbxedyt89iw2tm6h+ce3bufuFM6
QoL6zM4hPEQKBx3Qo9VJ9SnoQeMWFibOSaAKraFhr/84utC1bSbUxqcz6NjBoUHieqvqj+URmEaxKPksv07wA8TV1TrXWEhF
jHQhXIg1U3OWLAG1FrAVVtzIGNKWHC0Wj0YIVfeP+YYF6XG3ZjJ0bDiuxl8cMKpGITUSK5NhkyvxFyAPJiojFgWmStlU5AIY
xbKwB8bjERINFT15rjzCUqmVKXgmmERCEmQKQSAkWHagIdymlTkfI1NZFmc5lswtMyCmUkOanq+wsZxQobJgyyZZbyVHw+Al
fYASCTEvzEScTvrxuwScpGSWJkRRp0jUHZFmxExwCJxCDCIFa2GAomCxZ2eIABXQPD2VsPDAnQB/TQdGdjAeYoCi9AIvCHSI
8m0owBDKwmgLMUITc6EJZIahifQ7WkQhDup5/hDzBlFgQgcRgAeEPekOOeyfacYEYU8I1dOxyKq5IQHVFA82LcAphZ4FYyDs
uGZoUB56RAGmrsFmh7U5GDLQUy9yNe0T2PX00zJrWvg/nQ2PYZerd71TD/b8UUkFYyD4DBlZveIno0aHoDqeCisdyKvKBPTY
VohHZ0CPNxR1zG8FLjwGLWviiHs+DkceFxk2iHuoEI1qJ1b2t8FR4wFCCjJn1XHocIKYasGNehK+jwO6hyC9yowCWixL2OGx
jVK+lEDdGMrLCBpFbohpIxTgDrQJTbuTq0gpjSXUNIgRDJ+MIbKfwoD6UyAdllxMBoUAC0JmggYSRWBwxFJUSJzQAM9qIq+R
iFnzgCjNsDzN6RicvXEgsNzgCdj4adFlE0cxD06oHhQQEkJH2gCkSDv+EYT3RL8yNgjHRGK7jedbWSBnRyjash2+6ye13LPn
B8wVh8uOlhKgLOYUS5iXDNUjKgkFD5ZPYdAJ9dbgNDPOi8apE5NuqL2jg1FbMd+vbo2URn1H/7K/HX45cI4lBS0BWkgFD5tH
93Zp7147av+dMu6Hez9r/yZq6Ght90ATbAp1hElx5D6IOCfxiq4dZTvb8UczzlMZjYjUcZgQ9kENGq8g9eNG7x7s111zoFGY
t9o9TkYOPLdeokGM4mIaO9sur2dRiQ3q+R5eM3gyk8M1F9scpHKLwkKM44FYFAtwQFkkYtHj672bC2HKTspByc1xDAhfWDHj
vn1B38SjvHdB5X2F24xKph4LEtAO3/Zr1KW1nhhBLy5eztZ8DBCa2WVhnHVFzlGSvEvHKrlQyCRKlZ6Bb2xMIlb250sxSuOK
hcW8CRSq/kyZKdImyF1Oh97VOGszLE1PDKvoMGEMPqUqNMRbZKh4GAEzRKBpWgXzLNvXbCsF0b5k4ZCOEHqCBmUscHUIFYN2
NGm63j3I9KIT05aQ0LJIzQ/wABmHvAsDIEpAsK9BNtqLuRDpMXYoeBBkRGYQoZxhjjHARDUXUaz+ndFdPwiiASsD9kBrnQQI
QPz6gT3JX00VfdMWfaDrR6fqpBmUvs/phgOATznN1TC7AHRdW6o26XbbPyGbngv3oBYaBsSvPdSSacbxAxPIE67T0VuhCfnN
UCUZRzPBOgnumyHEOnXtrIcQaLWHqvQZCCX9iWFbAX0QWXjPEtwYJSEChIAy3w1zFtwaDx3Bsk1QBoPTyfwa5n2yfSYyWcQJ
SaZHMM/3BY2hGtHCwKzju+EQwjKU7iepYESwqMeNnDPdon2443pu3KeSIJcDx0leZX3cg7EnP4UyKahOOVAq6UoJDsDifRCB
IyiXEnFqn0E5BY/1KFvc3vX1PMfkPiEEmHNS2AHNBpHKjT5M/2MEnzFEJLRhnMJCLhKtFMvnt9LbnGthIGnDQpGH6Fify+YK
0TY9x/BEEN+HlpciHE5Z/UzP7ohgvhwku86at1JZPS+TmzGyHvucM85F4PxRIrWyMBZOO0n6W95nT9Nb/Z2TrSNldLRBwDu6
ekrcG+/sd71RPfHsnuz8vfIl1AM/lcYH3l1N/yKpdz9php973S/dX28njrPhFw0OpwR5jxwmErb4EX70gDyubO8YAUBzu3Qa
ccNEqJwpUbfvnxQgETmpeesDi7sXHY9VoPja0uKY2by2ElucWn3jL5fhm5lXvoYspS98E1+dy83cTL47e3k19731zW+kb5W5
G/nMvxKWV1JrKxvfuvTtm/ll7HUQUzI8W46P+LRxOdZMQBcw0NUsY2aABjmGcTjGpcVAAnI9IC9OkjJoCjOcR4bAtLkAitJ1
iOFPEI+kKSiVDt2AXFgRY6J4HozX1agowqkGI7DTnMrM7nSSwkUkSYiIkHPSl5npJu2yE9QI0YmGQtFObBoluEDD8IgAIZpQ
B46bLiKyHY5wnKVYq0d6hJqxbBiaQKHPwJEinGh1LoiMU0x1AMTzegg6PiaaqAf7iAfao8i3QB0KbRfmPZ2wUdxkJzYYunrg
64oH4qYsK3RkPX9+BOvhAy/w3WMCCkwLBb80Uhh7UoUDEBo7k2AMJvViauiJl3IBExiJiguw9hEQWKEldSfGpP60c0eT1L43
1EnQkk/2Yd2D7uKmYZFOqLTNURz1wJE0DGFJqe10Kc4xcHsLBB+5GA6ZbU/hxk33aCciB4cTclD8AIIgToWHrAdA8OATI4xI
VWHSmoTZ0ZnRiVK+4xJo3N4NSRxGacqR3dSEV2MqE1MmwgcGKAWzQRggIULCjgBhppShBc3XGD8eTO4ckAQfWMCYCbxJpDAT
lIeMBghxTj2rnrj9dLeKMwaXAv0IILiRRSQsIa7ABm3LcBQASbDFm4xnASQixMYBFM8QzGw8YmNzfnLUuJf7+3vS4TDtaICi
QwiXnq+AiUwlfi/236kBswwuQznuRlkXukZyLVm+9ymkRJmjvahori9XbFA73oV+dfZ5278Q/xvr5CTZq83D4mD/usAf7Px8
QF4bRG8/9s5Ty0/sk8euuOj0fwEf1RxY+cdn+m7HAaoTne4+av+/HwGE+Rv66YM171GtX+2fKfHYo+Hdo3qwvL837seD4/v2
TrOa/iTtn7klncmW28lG2TPcbUSr5beXtvp0sjJHIvgqPw5zccbnytOeqBdIHje659fxPjqeG8xq/NrvbLxula794fWXf2/l
ndd/dH3tawvf+f7Vq+kbv1t68/KNtW/PfHP99u9M/+73vvG1q+8UZ1/dfPkvpq68df47F6a+d+PbN5avLr6bLS6wTDxVnruA
lcWwRRTFlakZLM2uhyKbmVvEN6+siTk0Mw+YdDp/C5sq5DLcMjVzpbjuTfvTCTDAUyYPEKwKWyWQ7ePdKBHj/aUc20BbTDw3
0es4ZHcBOmrZVJh3E0yCze0tyF44X587imEoN4ZhQmAYGUkXIsGgSM5CJkwXnjQpY4pMmBFnELzME0jXRUWJRfmIpFWByD7/
/G4ImsoEL9uYHxgWCNuA4409B/SAYJLPE36AENx0DQaBQZ9CPRT24Qi0Q8QHQRl1YUNFLY1GQXXMeC5rmlqE+mjHFBzVrke6
zfmkHYUe87xZAVBhacQA9MDgTQQYuRTiIrikPP/+ILDuEL6TOBv/baDpuqfEUmwz3KtCHkSmVTkEEYvaxiIw4bOS20aV2LDZ
a7epiU8h4H3YrtoY0h8yJDNma4Q/QcN8hsprADiZuTYE+SmQCEIwsBEkBo8QOwtocR0AqkdeKYyhFCgaNS3PBUCkddo4S5is
LwmEksGpKJnWCSNt81KXAt3AIUYsIqIIigE1OAMoXh2ASYOii+bzY+pitBhWx8mLk1fknDwkOPFaQiUjsXd8Pvjw2HdyGwkF
CMiQAwAS66QdZgo1PyOHCtYVcl7CbzkAtiaNwbyKJfJSv6EfO5JVtVRK/cXIPmnVu7mlKbVJkfHB2ZMJJ7FEbLxIf5Yy0PqA
FQP6YW3mHlD/+Fk1+iV5fEQ+OX0yePy48e/t6pn9ZDRoAM9+zLFR407xoRFpPRhS+9Koq8W2SQ84Nvebwr5fH4zMaC1WV6u7
D/cCWGh4C2eOe5ykYweQ7y0x+wfDf9KkWKmHT4YMZa51nwDj2YJHYk+L/trTP1j4XxZevPL6D3+4/lb4zmUuw0xdpFaUi4hz
8fvXv7U0N/u7txK3oj/+8//t3ReuzLw1unrpT6+kUi/eWOLenn/7xTf4jTf++eXr9cWvvP3ujXe/u/wHP/xK9uraN25vLJ9b
eXfm6ptvXL11+/dvvvmdzNevfvePlq9duHLthct/uXTtL5d/96VLf/76W1c33tz87gqTalF05sLGysUpkSnRdjwby6dJ8uVU
LJdN48RX1ivsbYJ5XUAYZiFLpNE8ca6AX/nezNIUJpAzNOpg10HXwTlfEUHC9g/ISfU7UDIFORLhaZaIycCu7nDjEdrgPNB3
VROyOfDUQg3aApNRfMQ8ghMZgUcbAnFukMQBDy2EEaNlKD9BMJUSANCfjUU4QFQmni6AFY2LojSVCWJuwhHFU9Wz2SiMwpFn
OYE7Eqko8PDoCKcC1G4Clqd6XoD2HH8Sej2UBsJGwreGquMBVj+YuAkRRQapu7Yiq57mqIBc4y2za7i2pYNhoHkmFABAR/UU
kIEDQ/NBve/KThjVAw9Wmi4dRtjwMaEAunK8T2qnbKijKIWj7hHMhVQD9mINF4EsGfAwDg98wEAcTZfPXFbzfJTroahR4+Ea
5CGy4qu2VpUiq0ORPgW4AhZ5bOi6D1kc9CZ146hUjCJNZJuw4B2zU7V0EwEJGT1BgDnZVh/8woe7+JlmhlYHgTM4QlShzoTe
3fu+AuDVqO9YTwkKPo6OaWkwHjW2g96BNkpOFsNym8qB8ZNfe9HQdx6fZD9hDT8vctM/cX72Hwn/0c8a/+gt1q3Dh/VB7iD9
BfrRfceoKo9/AfQ/MPakQB3Kjy503re7d6zwUP3b+0eJ94dq6/aSHFUbu/+20wR++fm+9Prp0aPjX9W498GD0d/937Wnu9ud
X0WD2mdfPDp89KT9cLn78Eu5eTL4/L3/4z87za1T6Jd47v2zo7vm9mk1OpIfBti9ww/FR/VUf1zfb4un//X+/yNMjCC6pxxs
vRdxrTSvDOlSTTRPlC+CMdaVIF/0A9YJIAfVdbO5n9e7Ow5fqwQpwt9+SQ4iMkoOE22V6XsnpZlv78a//p3M6xvn0hdL4YtG
PAm/aReC9NKbZGI2+xU+k5yCZhYL7emvXPvG6M0L2Mul7OxNZ1QMClMMlHz7T1//5mb8pe/8/uV3X731xg/fKq1f+863V+ZW
bn5n9dbtF65fe+MHt7/+HfbtN9/9s9uvXb568dpr35w5/+71115+4wff/tbbL7zzyu+UASoFEN9bfhvONaf3M8Js3FUvgY6B
bF7PfWcuNkdClwqL4UastMKKi7lUWQtzWW42H4eAcHNpfZWJqyRL0nlxNp7oCI5bpi7QAqTByPy0AJTzgk9zqSTksYve5MHc
LVzALCYnomWPT41W0uwia5m5xz5f3rxmY1IsrF4zlv0g+eJmgbxKKbMYdnnBS6XvILY94IKNKWCNxmeEOShgvmmmT84jCE52
aCI/9CJUSsgeAoxTaX4EoOxkyBZixCQ52KEbA5ETUou8OIAHrhesklCjBgO+dBJ4xb7lR94IsYBqy1Nd058UlGmHikHUAtsP
KCnADEi1Zc8KnYkxGUTLHgJO7yPMPQFh038SmGpTH2KtrvpxV+oD3ZrNRdIk2BCg5aPaaAiN4a3AciJjMAS8ru8gPb89qoaS
qrXNoNtrmZR2YmOnB8fobwM18NqPrQDej4ieNwm8mlt/n/Dc/xYRut4klY/7SaqqPaEOTwf1kd067N23kJ7nNP/G1J2f7tz9
j1uNQbT3pYOhj11KStJh7j8Yj/7T0Rb992e6nOwPWg8f95gD/A545jzrGP0fN47uPHK0oN340otShx//9vDn+lmnuvdkkP67
Z7vDBM/6/2ftzl/V7hz977VPjhLdpx9/8niPfy/4pfEP/S+GmvUreW//p5+Pjtq1ve4+jPRr9Wq8vHX8m//y2bjW2D8qwD2p
v/Pszs59Y/+TR7UXD4/f3zv+SXTHap19+vlWePpvq8e9wclvP34SHJ51dwqydPjpcT14Yjx82Il2z7CHRPm4dtY8/qfBM7I2
6JvJnx08edaqztUtWNndGB4cbEdNUG0N6Zb2lNGdbh5uxFCXOpX4OoAL1XoUL9lN2PDbVosZsQe9leNu8xhSxmWU9EabLd+E
TLqHyZ481i028WZ6fnPemUowyZfZxa/SG2T6nde+HrKXr9mr64lvBAKZI2NTCenN19/8/fQrt8IXClPTrymtnOZdxICXvvuv
f//dL8RrP3j79h/9weYb/+pf/uD2xhuvfe8PX1n+1rUXb5W+ffnt3/+9H31r6s9ufPePv/pHmy9vXv3W9y+W/uerv/fNzX/x
wp+8Nf+jr/+zRwrCuBBr5rR4h6iiMTNggpnAjWRucBZnasxnYzuIAT7UPFMERYiSA8O3+cxjqjbeWSGfZGIffCQl7Eg9Ac+w
U/hBb1mBz2or9lTiED34OAZ/Wvl5fdwh0YP2L++dzMkazj7gibEn/Bb6aHB3KP3CZX5+lFmLyKBbfv59Q/3kcqfUGEELl86N
sltbG8r29E+31fYgPbDe+7Az7arT1MGbFU2DfhltQR/j9j90qV0+obcKQjOZDMLSgnouM2uoGp4cF2KiK2iW0FZmU0AWFk48
DU1Nl0apRAHWM2M/bT8iW8FgbVwuhjjJyVMinzjN2ESxHROgCqzPYRmEyeZSALSAFteIGajipDmhyZMUrp6FCOtTErW34qoq
op5GPlkXYJ5UsoAK/BawQYBqmyQzUVZEO4LSHkVokBZGHi9JsIrqCShS5pChKbGJoBEg0BOpN6AQusR08SBOdTEuCAU8dIDx
Y9R1HkFlwE6f1nY0jA7gUO8XR1iSlmjniTtajGLAnlz1fedve/2mrGpVxw66faorAz34qO9tye+126HVzdaPnIPWwXgsjM92
kJO9sNYYd/tNgxyGes0B7gedJ96eW/f6gS04+/tNwoQnVjzu3ZceBp/F211C3T897HQNj3Ba94UdPOcfRO2jx/WkOTKPgaYL
6PX2sZujnplbe3Dj2CZSZbHZ7p8c4qP+aetwZ4qFHqDHsv5FviPt6pbkbLdGO+rZFlodGnsNkSci6aAsvFPDjlwjPRiiQOX8
nmPqhw24tmI0q6NX+if1yew530co05qG5jbh8STbd6rrZwIeyJnHFbjuIzhvDX1i1k72Zez1H6T9SSUDyLigl6v2pZM+cgrp
ToWhM9KmoaEoZo4BbQawirIJL/2ETbaHWSRKQxD/CniB4Cu3byKxZUrFSOflcajGClUDbsQJ7lZl9oJSGnMVzpCjlsSbwEU+
sflKAxWuoaRwc31q+fZrl/irNza/fTX39kIRZ66lXqRLc5fnr+ZWwMULF6dfy7zMTyML8Q0Uu4bx6/np22tckemIDnjxmruU
KU3j5AYxv0y4VGyphM3IsUxm3p5h0+dz1M34Qix5HltYF9mbi8Dcms7lly8zZM6crCXjD7m3RpfyJZRceC1fWBXLObQYoMg4
5kyD/WJQokAvM7PsU2/nLpdZZX0zR780kN35FTBdwIg2lBJq8loTIaYweKFYKpUKX0kDpYkE1YAgz/X4KBxCXTo2qxM/LDB5
A8zmWaaoDJjVq344TYuRAMxK+oaVjv//58QulsrCqOwQFF8BqXwyBi1lo07REMrpATw3624OK3mOnZmnWGHuRyJuZYqwyaeh
RDpWFNhY0lhbExhSO3e5MB8vLfDJ8vr8K/T8KJZ4p5JU8+doe9aJFQj83PRc9nzxyirCZokU7OeKyCLS5wU0BODlPIZRmemK
KGAH6RiV587zpO6fw+DJL4uCDw2RZAXB4hWYdPG5UKR4E8Z5OrFpsiIsiCBK2cMeGHQk0MP1ElCIj0M+bjkKjdiU51Im7Y1K
CZsmwx6EhFwUI0mYwidcdcmqgJHAYaBLgBiKIGAgQs48GQR2HnVSru8WAc+XOJAQQqrs+TkkgOLnKYIxo3TRJsc9UvKswIgy
R6AekhZiY1bF3sPqpNolxUAxgf0y6IcYAFUnsys0DG9Cdo5lkCSvjLplsFoYtI9OgOFuz+fG7ZbMGaaqs6Me2RSbIS868EmM
WFNrIufxSDj0NYztH4cC1Uqv1d2nOuFtMT2nNurcO+p2kb2aR5HA4+pJu6pDhHlf1nI94P7E1/BnQB9AS/Zg35XFz+/Ig84e
x3/Q+PwFQL/7jDlyz06/3H18h9yvOtve6dHZnvKZ/Bvtyw96JwKs7z6JhdHdtiZ9KO7/g82eAjufdOX+EyfoV+8fR8ZTBa2S
B1b9SPosd7Zn1zvWjnssP3W+lFsPrQalyg924QmkeJ48mGvvZlGb3O/KA6BF04F1+BmqyRMq6rnankweDQYDvNN2QvispxHN
CKqBkjXwm1VzLNcdi+q5hgFhQKynK0NynIEustRhnEitvhybqyx/qzJVXqhcDw2Pq+BTNMBmFvLJ80w0x8xsnPsmQ+NzlbeJ
xFvXp2L/UyqzMPfGbHIVI4i1JFJyX4GTCY7Lrano9Du046DnhSXEm6nMB0whNk4LeTHxfVYAk5cxMSkyF2Esn8q+eDmWTlMY
3oRLPL5O8wkeBheo/FQlhS+i6cQaIeQraZYq5oaZIg6lbwRTyTnYSU5npl9IUJVMNnEpA9ipBP5UEDleSEZpFvHTyVkhDVHZ
EpWfTswQaYtK5YsFOg5npoSwYpaodCq1hPHpFTHLcqkiBCc5mkryxSRcCOKZchhLzeGAOU3PEWKcIQiYS4tljjJAEUlzXJLI
xxALK6TgRDrPcNhsDow5OD4OfCaz7rIBlmTjJBP4MqVLEQZhNcwnwCBJiqaHQQSQph0ChP0AZQzUg9zQ5hgCR2Gw5w1hvADF
IZfgqMCMAi3oOLBPg6igwEBUQMOJNTokTspjAIVAwi9EUQb0IYpkuBCOAMkfg1CAZoEQ4GwDCsBwBEehk0GHYqgDYRqy2RD3
qNy437HsEKWo5CiMI7Do4SiuRt3xHQ32jKZxak4UGNpnFWs0AJWujLoTU/QRR7UPqp6juGSnW7Xc0cHA6LeCrttxe6Du2dbY
BxoW49r2F0eypJNHFiBXjyxpOHBDGg4swDsKhoeQoQKk1+o6nhsQJxOkH2gSMJwksNcjwa4GWO1eazzodSzwI7innQGMMvxc
M3qJY3FfwgJvT9ofAwixfwLYh4XhgTRBIvt4bKkgrJeS3sTtoAQ+TXe4QhazLqE03Ic62RaBg7zBSUg2fWt25HsgkT5SC7HB
tEfRBMDOp7HyeSFBx6VgO4tKN1f0uJ4yxrQTyM5gr/ccVlzeRE2EGumBZDiR3ZoCQhjhpcxcZQgzzu2RDUFK7I2Z+JDfSP7B
uZc3Vjcu3r40X5l9OTq/MbfBkJkLy8S5taUrq2s30ufWQHT5+tRKfGqR+ItFe+FP1kvXl2c3U8VvV1YkcerVr/+b/Ma5699c
vZFbvfXHpACJb178yoWrV//w3blLX79ir164/K0X//XmEvO1W38Su/bD12+c+/NXv//Wt3/nrXM3by7MdMXcRvn1c6V4fnp1
mVk8P5VdvIGurV+egVdXL7Dcxdn4em6hHL/9ShJYWgATpfWZ75bnLyzOrV6aTSwkeDKEEuJcPsHnxBIwx8+LXKq8GGbTArRE
FrOpeJBEypk4x1Syq3giTU6nl/CbRDbNYDRS4ESKE56UJw0EzNJz8axTmRdZCBAojuJJsDzmBAFQMuUsjccwgM5RWXYOzq3C
IbgGwlF2BJNsAFOyCeAQ4iOhh4F51wccJ3RUEA8sBfACypjUMx1hDgVhbcoLYSKKewgUhiGI8lCggAQYhSEAsoGsIDYUTdoK
VGxABmifphhUpLxYIOGBzhA+ikigj7AggmGT63AgIgACRn2nCwIujsEYGPmQiiEW7PRNzJzcS2QJO4oQb8LngYXGDL3jQyCA
hxoAxAME8EdQaIeALcOAF3pO5EcT4QVI2aRMx+1Hlg2zroP4sN0Eh7AFqspEWaGmZU3w0pFdzTMB0HM1R82YrNmLbCn0ATDq
I0GEmgolmeGYdDXQ8JqRPOwbu8BQofqY10dlA0RHB25n5I0iMjzt65NkrT3Sx9t9rSWDn/dcedzvH4/rRhVz2uMzqWErA739
2LVVoB50nppdtR97+vPO5/vt46ENd5s7201wdKA090+NwaH2N+FYCnYOP26deJJsVU/uq4Z62qjXPlS6J/6xNfiN+fBJM3p/
4GnH0mFHTTRHrYLtwJ8xPWAbppT7w7B2T9l3mj/dH1dBxYAax4EGg+36/cCyBqQ7bPp4bRRUj/3YsdY46MRIXV6ZxZLKRV/s
M3btOBKVk/ZW1NlRZHXJi6G44mEzTUEGqFQ26iJ9LT9dxncd2EgHjl91g7dnCvnM5YWbl9Y3s+vMlcriq4XbmLHAXeQSC7fz
83PFy9+8cl7IX70WT8TX8dfSU+vzr163Kr+7tn4RW9tg4n+0cY3PZRbeTtxeEd96A7rwb9Kzly599U+ZuYXi0vXUy+9eBb6z
uP6961P/curtHxSKl775rcXVd1cu3fiLzMvfe+mra5nbOQZ+vjFuykwVQCodZimWwPOzF5JCkSPmS+kETbCpmWkRToHUXCni
BDcuxYSKdx6O40k1QlGDE1siQBF8ls8yi2z8Skjj2el4Ou7gfipOok5c5pM0EqsQbgGtcLHZc+SSl4XzGNlNIGAMDoBASRMB
4KA4DVAm46dUiSEDQiJDOB/YUcxyQlOIdF2LYg5LIggdUGkYcHwLC3ht0gUA0jcgEAMnNAX7oB+ZKOEDcEhOLA6hYeD5h5kj
BIdgmIkTuI8FVOD7IIRPIA+azGSIgXwXx/meAEgIHIQOThIwbBikM0R9GiF8C6UmZe6ZCAar5CmOhBpo1yh4sg7LZSFmAqVY
FBjsGHdMCHJQwopwhNYVivS4cB+Gxi5IEj3YhHwIHYSo5fWcgMioPkKEiDmD074bRUnNcr2B7huTrgdRE3UjLokhUAQcKBqL
um2IoAzX7rU8gov8STi2LNAhySFJOwCOTMbNRdk3261o5IImgZvjKDTJmMU5IShpY9iFG+Q5T/dbquKDEerKbi3s4GYVOQGx
Hgxi9Z5jv6d17mq6NhiblqcNTdWgzR2gP+7vkUeyafdBBGn7n+sm1lcc9eRZe6sWPrhrnUngHdlC1e0Hw5+PHtafbh3XpKFk
vH9yVu+onTvts9P7ivs+rA7Z7uMPHh/+vPn84I2O9Xnvg+79k7sn4/fa9R8/kEfq4YeHUPsJsteVt7TqwZdb7aMvHj096z18
enov0eg9SZ0qu/sfDrbf1yTrpH1w8nE0Pt7+qHpQHxvVe1X50BrUK+ed0EexhU4waem+N+yod06bfamrXj6NbyNBXQHbFDoK
pVb2zDMbJGshxyYlwSBso0P15sUX6dUrb78+s/CVi5fOf/ela+++fuMHl5aZN8RJH7321Ztzle/feHNp7tUrNxOvXgm/8fL1
F1b+xWpi/WuvvXLrxsytm69pyXPWzJBvMZXL6bhALa99KUxh1zfL0zkPcxO5K4/JZObSq8zG6hB905t3LyS/aosFDb7WJLiL
6y7JNIlYdclJduOpKZor+klBoQQkP7vAJ3C7sIglm7gSm6HAZAbV6Yn0JKmrXc6npHO6E8bTOoVEQO43FRiMTZJItCOAXa1A
th0Rgo9CgIi6sIM4UD4L2gYJgmoSxdftDIPG8EyIBHQudDwCcACQoMiJ+CAwokW4SMCIE7IBACJR5OGR4XpR3AwIGAgMCvMs
DASHAJKBDdhmfDhAfdCAHE/tA3gAwWTIqCTFBMSEk7DQxSVCAWj4+VkLGKOYqcAFLL/jdR30+f5NhoumEMgJvwAHjhGBk0aU
GNivgfRk1pCYG3oaMIY0lwIwRw3s7pYaSUNPR/e8FXxMBYGJPd8+TgLAZ/uQkhlLtGy3PFaPXAuKKyzhtcEU2AChLMQEDZuE
Du9HJO87/WNrbA8jfqIz1F6AmlEk9U+SYS4B90ca1URc3nFMFCItdYivhkomm26BGWSEtE5HrgaLUNYaPqla/oJrEoTU8iCC
ib4w6P55ONpTfdoW4ucQcizQjuhZ0LxfS84SuoPGH6qRIYFGmA6waDBBS3S22qOgQPf8kQuYz4ryPcPtOlAFxYtrFGEK4Bfc
LrkXx5+QaYVikOisvuNF1CEcw/Bxp0tgZ5jzhZUWVQJx9KPiHWz33gMd0QY+rrmRSI6ZsBv8At9th3tDtXHokQ8bD36FEtFe
0NH3+R2pW21uEb84dJodoPX/UfSeQZKk95lfem/L266q9tN+vNnZWb+L9QtgsQAIAgQJR4mUSEoRvJDdoPRFoQ+SLqTThRTi
UacIkne0IAGCALjA2tkdb7p7pr0rb9N7q5qvFZlZlW/+/8/ze7Iy3zeoP4qP8Qf9m1BwGDifDNDQAg83jo+Un3UftY+0T33j
ek+90z/4XOkdQeBw/V9As+k9btRd+Ohmyz7pTDLoD1MZ5qlEZgmpFKiouEoHs5YEAQ5YXB332Km5AnE2YRRX8Chc6uewYCJ9
CdQvns1kCD2f0hZm1ByXq55LZlfOY69+KTGZO88T595YmClg817xQv7ylTCRzM3DBWAqd7HweHFeTE0unpsHxbULU7OFMP1d
ryZ8QbX95gL20jW48nLh6X5hBZk7V1xmKPuwPMjdCmrZzMxwbU5Hz1pT8Sxw5ugUFTh5yBhe7ZOTqUmSAcrp7FQavMrz1SK4
tIYkeLTMQykuWHHDtEWxbPEUBacQiy5PL6JLKW8xxVgiQeGQgaOIENIPSAaBPDqJ0RCKwpSh1EgYcjxAHlsD6gRAqI/hSoFM
HI6TUJCkp1zLPA5BFVeNiAeRCBrLMdHDGAhDMDt6BHiQD43LxQY6suTW5ZEfKD5hOx0jhI3QYlvowIV9AJBs2WOMMVJiGChT
CD4mSYMAqG0TJzAUoOz+uKMacOABHgZ0Y277KCKDkMZ8B0PhMOcjriJDPktEJu3DbqkR+G27R44cJJINbZ3HvT0OjAdHRNJx
wN2GGm2O7I5ZuG/dyiFbbSgRp6LhZ5nrjdhDvXtpqEijnmQCxxmkALqHniaqoT3WLWdIl1sxunv8K91UI6lU06C9yOuCSJKc
wuAKaoSCJp4Eab6+lH2EIJZVyZ2CWIwWIJyi2WLFrxGYRNp4ZyvFR3yqUBaEKZeLk1iDxABs2udiFccOg6TfqSVhmE5m7FqG
DpQsJSNabO/4CktssFguofXyEYEpGBOkYhKdiRUKGMWxAED4OOjeMch4K0FVCAZPeUud8hwwWd6h66DWxV0ebyLsNA8YPjFX
ccc5tVzIGpwvyfAIPpWVWeKf5EPqw5rz40P0nKAzeHWSrJ4L5kC/eB15/GFebD9QDyewIYlerxaKrbMr/MdF1cGgreuEsjdO
jvjh3kknPLD7jz9vorYM2KeINqntju4o3E/N7Z82/Ac3lKOIGkr9j/YOd/5fQeuv7wOwc+f+P/edHjnhSZ/lPx/6Lp2steG5
IYr1p5patoc+ul/gTVFNAtKnqHDCBpEKHPbHON+mG0dGKWY7yKBW87HsXrTud3JtAi68cimfhDlEmRexEMpJ4unTQFHxT1He
RUSimYAgRmfJZaYSztjE9CKl2xz4vCnUFHGuQYsPQe1oyDuvsKgjnAKSOMOvPUXmOJ/azoDVJjjB5UAdwQD9KVZEM9WMrzIq
wmCAs5igYDZHkDM9B6xFwBwVeTRrkjElUGUAgTXKIdHZJxNiUGREus3D6aKWS0+Pv4TZAnygWqbPA7EKYcACqIzK48BEwzAE
c85ABnWdNNoOHmiwidmmM8YtjDMjyxrzpJzWp3LHWAeBB3bRHnep500g3jG6b8YACOIR6NmOw/BAFLRQVTYBDAp1PHCAeP0Q
CyPNEVBv7JSRF+C2dhTYMRIPKNi3QL3t9EAfUQLO8/3YI1KYBkZuGDIRYzGG2Qx0qOtz/C7uCqALjtMThBi3mH3S9dB8Qx/o
nV7rjhN1fIhGw+7ObSAgHezkILxncoZGtwa7aGvUQ2jsC/sDx7+VIPyYVTMb5MMw7HHKzyhklxM+JVG6X5pOEqyP4z5K0HgW
ZfhM3GcGkCejw8CsJBiQjhy0U8A3EziWWZLdxCZCI9smNUj4jYSHBXp1C0/CbEJHeAZXRzgnHdAYlEe4quIy5rhf0j03yo37
Iulr/AweOgcsaxK9J2sbNQi/afP4djzU00mPDPDEvolyHY8LYpRIlVCekSMLXM5T1oQalGAIw9nQaz4iws/A/fKJZp5NyR3/
l8LGEUi7oX/TJr3bfNH6mSNJRH8y0y+n0ps3u3mIShg9wzCGTlzfhM0Ht0DppHUE3bgjl9K7KjySfp0QinSEZ0N1d4On9Z8M
1S4eoVO3Rmpzl9njbu86nRb8+NOBrlcBU7llHh11ep9ggTuE1OtNa/vh/xy26M27VOP60TZoBJ/cYT/YaKpG4W8Gyua/jD4P
fqpB5vXjjQ/vMnWPOQz+tasbjbhXSRQDs2Q92xwxbXgX0/QzMi4aI0T7As08Rg4hZDoq4miv76Kxwp2wY/UkpwP5jU7qgEPR
fGBmU+PzIqOlKD81DmDCcImrMiwkEXCwcsGtcq+nCbNGia0qwwdcYsHlmdZameFPESnnCI0mmNDmEuwZMwjRvJr33RpVhDXb
ymZwMvBjgkIspzFUEvM5jQ2Z1ayQ1iHR50iQjySRoiHIhNlltDhH48k8GhViMMwvsTrYZEAwU87CqZxAMCiwYdK8XcUgMHVa
GUYMk2XpFBIiQOj1KP/JZDcCiqc9gCPaQ8/H0b5iBIuA6bOIoxBUZDJ3RrxlBEHEMmJDAWmHNr19pW8BkbxMW4Zz20X1yIo0
F4iAOI48kO+MWzswLdjqjo11FNdHQUiYR4xJdYeM7ZgYjI1JzQfBiIF7I2twsL8OxdZnrG8Fbb3RIgEYkHdRzVSskWi7fXyM
u3p8sm+5hLWJAuoAQqk+3Yv9Ab+7E5gHHvyTOKZlbRqjE9ebh16ARSi6AX+KgF7UwjyAVdU4B6idTDNGY52RfQHgZ/WRsQXY
huTEjQS8TVuIt00eYWibQAxEDBEDhY20zYdkHMBJmAoZVQKJ2HN8dfzBAGZWSQuzEM1YCgwCBY5Zpx47yDHP6zRIU67HDpSI
3LZFEBZQJk0SYOR7WJTUKHGPfMqym3whRR3YITzkj33KQIJq94YUE3e2H/ugA1tuH7Iw1HtIdUbuiEUXwBYBm7s8HZuUfoMF
jqHWcdvxH44wfYa4r4StZgFtfKzvHH7oeGSXU49T94PYdLhfGs2NflvdBBr/sePVt0IJ2os7n0Daltut7wN3bzy0N4D2Z/3H
H+3eovc+DAY7/x5JsDRt0MKH7Zuu6X/QfdjYPjDzt48f7fvABn+v3f24/VnznyXvSGpLG58+VDsPb3yO3Dx+cEv9yW4E7/65
5dn4fdiXb+3sY86dH2tfPP7ZSZj8tye49/HJLeD/0/V/c8949GcP+Ud7+5L+P7BQelUWIxPKYvv9C7hzh2s9WJIpYtM12xHb
G3X0G+PIDnKfunzT3ufiE9RvdxKDh3nHBsxOYKAYmKDTaTaJnOoARRohBbWVti97jhvgJmAlRskmtnY6hcI8xxlZkOJgeJKf
cyyyW+MuKXgxxGZL+XyG5Fan/aLorXpPp4Sqs2qlPYM/663iAe2zzk7CxkbCyjm5SoMLpy8VO7EITQ7LGRScCihgRqYZV7WS
lJ9h8Wq1r3tLVYBstN1cGo4bJE4ulpVw7tCdFNBsrGvI6XHmuoAmBiGPQFwMpxgmjON7GEsgtOvimkcFPo74o6ZbQEJvYEhD
Ih0KcU9+sqaIO46cctoNSRk38d3REAnCfj8AEcBVu+tg5HwU77v+UA/UmJQBVB9XYdjXg4gMn9zH0AlXQk7AUWAauhcxyrE5
SngWtOyMG7HnfyTFkHknlBBoq/1IDl0s0j4RblrOyAuRmCJg0nOQuhqPyF53SDRCHPBYzKX2LVjfdpEhO6a29lA1E0MqcQhY
cVoGAZXlTiKMitdphiJpkdHj+yTbwQ4qe4zoxhR8hiJbBqjvyocdgEcW4d1uGAdfwAABszxIugTFqULPZ7VK0o/45JgHjC1Q
Go3imR6VOdBluxjjcmp8ASjVykKckPBMnIe+sHwYI3gq6IKCr3KDoGXB8hjNgw8QpnVMjajhlFZ30+vox17XhCQkMPNhqNIH
9rJj6tE4nN9/HMIZa3PM6QWjF9iQpqXvjzYTzdskk7TMiLUnGo/ZThOs7/0q2B6Ow23LVzbJyW6j2z2yVNvzae0fcMcS2vjq
I7tkI652o3dyQtZv/CxlO+2+vdeB14FERzxAu9ywdz3e7e3f2vugee8/+Nc/6MPKXSTbyDvERGIPgwCJ2Q/Knd7J0eDw0Z09
2bpnP/h5/f/5q/tb7cNoSzvmbh7fsIn8Z8PR/64Od+xf7rvG3x1RgGjsJkBCOzpOjrS/XVacG1bI/o+jXst8eAz8GAj+pxvD
R3+BYDfpA9j9X4bh4X/0OeSE3Yj2dxuG/u+Yk0/SR9HJBk/1XX67u8vDprHZa/zFHNGHOiAwINQfb1e27lnbmt33bOXSQp6u
XHl1lZt+lXvxB6u55998evry66ffXiouzNZKa9WLc2+eO//CC7nJM89eWzy/+PI3Sueucc/n337+6iury4vJN0PAq1DTEyW+
IMYXiA0Ef5qMbNPQyjIlzTApeJqQ+AkORFM+hPOllAe1i0JeFBE3Zc6eEL2nApTb9cCYHhFePtT7QXqqnCLdTMye2OF0ns4O
WYJmaINb3W5G6dNwFaCIOIBKs0ShSdrksGAOwpGbAqJhgAEgun9s0TFs9Fy90eBsPkG3A3QTsIaIeaBgNqQTiutEPZmJOiAo
oSdKnQmG/WPPMU1MGw6McLQVjTy7LhuwbLo+JGGdEAwjxB0LqeFGJqgo4dBs9TQj9kH7GHA1CB7ibwRYqBnURjUmXN0GAKzt
DJTYpTypSZ0EsQU2ZDQJMdCha7ocFI1pVGdQkBg3LY+6MOUFI5h0VGI6qXo+6YEIgfQ7XtmiAzVpGSaDUQEOBnA6SnkYLzwJ
KVaHDAXCq6NEZgCT+CiiUFYgECoK4qzjIRRs0azPACQctFPj3qAQw7RlTtO4POdOoAiaHIIiBMpmKiIhKPa7BEolaCDS+Vi3
lOzugeECcIjaY0RXIi4eGc3YHSm66bIQYIUUBHY0yBmz9klsNgA/xFEMNtkw6j6IdBPeS9U37F1W3+MRr2C4FB4h8UE77JmA
bLMw0zlCCVnSoTjEHMf0PERjB/+EeUeRBH7hy4eN8W9zbPMvP7DRoYWpB0PQ8YWxEPU2oGj/T1M3rONOScb7O8AiYHekushq
f1r3Qqex9Sfbez8Zff4fflFs1EH076sngwqrwP/UPpj+rC/A4mej3Zsbh3v3Pqmzj04Gf/bpp/XDg4N/CPfI5uf/xpSY9oOt
/zP66N7u3/3FF/w/tBT9KAHfQ5L99iG2D/2VqTT9+8jJv2sNWWhzO/67+Z1/vXt7Z2N785fcGCT+flBeT5wxAT+xRzakAyz9
oX64j14TjjpTLkAUT2Y3cwXp0jrtnJxSXmKigGue2dVSoAof30PurhQuFv7g8vc35t755pVvfuM3Tr/9n56bvrbyxvNPPTf3
R1+fe/mVr13++hvvvvL9Ly3+3re/9+6LT7+2cOr5V781986b71xb/fJ3vvfqK9959eLv1SbLCCvya/Oz2Wkx7nA5cbXIMGlm
eWyYZH4avrQwx0wImWkoFCaRZ8lqocbz8+zKS8UL+ISYCC0jQg440+Db9mDOxRrBusujlF9LY22/PUTQWKJ8Y/gAQE+6aBwk
u3yJCcittKnrlW52AGIjZifGYQFJJkOTNqguJYeKq4P14FEfUasaaDJUE5XupgGpF3rIMeezfaC3nY3dyAOczSg60Dr6gayE
9cA+iq22gamtwAy3H6mWFvaaGjDsD8ZJ8HMAGYQ9TddNaGsUD3q94dhIG+1GGPc0xTmlkW6v468zSlfnBrgeBs27IGO5gy27
P4B6Xe9v/8YCO3jUdvYiaG8ohQd7gWb5Pf/QjaU+RU2EQYB13DqrHLLCY5QS0KTF5TVP5X0T8RwY6/aAaA9XMQLA+UegAlld
RweoO7RiU8oAghMdFIELDpX0BqKAx0/u/IKFDDOWDYjFBlqCZjWM3yEc1lohkD09h1tMWxqHfFIcs/bY5DgkUJA8WKYQUTBl
9kCBlCdvP6Nw2kOdYJykNAyDSULEx4DryMUEvwiFWgSz47G1WYSgO7SI2+z0HAQLgkmbViNxD99o4GJYn/IatgkLIBUlkzRA
sMeAb50GypMR18MsQLMzedDunnApCqzfxDebY+EeGo+76z9v1/+yrlvwr27Y40GkdPDjbgf1nL7zkduBL/MX7h0Dkr7x+LPD
vt79vNPq1+Uf/9tfbf7z1vCv78bZdsv9JA/9k2ceDu+NRvwnO77CfdI4wB+sU71GQ35AHtV//eeDRvfhP+q/vF3f/iJ9fyIx
JlH2sdP8aPN44gbSkXyU2eiwqjDKeflujGhEg+oNwoNFXw3ko7dPPon/mUppPbmOhsZ6+nmsRNPnC+fOFKeidOIKmDkrXkk8
jWRra4tvnbq8kPjO3Mzs1cKVXBXQuCCzknvddfBc7eq5BTLBvrAqXPvNrzHC1d947Udfe2H29NvL89cuX75wmn/m3f/88jff
evPi228+9a/eebryvef/4OqVta8ULr02/b1z55beeePsey/88Nun3/1v06unCmWbEWbOrMxeywi5BX62yiJsiUBfSOWL5UmE
urqyJL6EcWfO55JTtSKy6M5AL06Qq6/NFMc/ID1FeiqSBkHQZkbuEEVi9XFW6cQDVw4oU55we1Ei6ITHjoebJj1AABhqH4dh
M2F/bA5kqhiVQmsEn1iQoBd6DzshLee6kmZUemRfnqHtJoYmMVmi/vQh7D0WhyhJC6EmgyOaIBRL85g9Xjh86KrHhjnOH/bm
wNxqCx6oWBB6n4V4zzjpH8dHXckc/VV7twVaDXXoKR+W9O7WQylSpc8gGxp5t/pQ787wZGc7uqE8+rTnHju9/gFp8PJJr62P
aWnd35Fu/pm/t6m3wJ1dGfjscW//3uPmjQaw3fqJ5d29LkHMbS/8yyDsRif7IbF06KBmgrCR5mjdMQLy3/cNP3XfRn5m3OPU
CQu/1fbcA/njXwxzH0E7naj1McapbRf/yE2W0GHX8ET1sYkxmBDF+k0XyvkNFhhmPom8dvvzBJcO6X8ZBxVKvrmrJza7DuCy
apa9RRJEmCzW+LG9OmLJGNIhgrhcaozdMyhlhWCGTAMLY35hDTwFpdFarsgNgNs4yxeTYild7K9lZgznfD6RriJHlJk8nMJT
sLZTatyc5jug8ijOVx0e2GKyQzWZlWbAlexzTi/ZksDDUYoz7z9ejocl9eP5tDc/chrEVv9nyIVTH+0209fvDkxy/X4vuXYo
q4MHSbB7CBYR3j/VQQ+/SNxrP/rsFxH+0y+2NiTz4cfN3q/bzb++q/8aONwjNfsXG+3OFtA5IB53tpDrf3LY6/ePoYHGiu6C
+UH/oXMQHLScW1v+3hbe6mAdzfHuD7z1wWHq1sSRPIGdOt4E6X6MREQ70TsR7svHn+vH5ECjkQfP763bRmQcdA9dzIMbVOk7
GF684v1mJTdJMKs/4F9M5X/3d/+ISxW/Yn3r8swfuPmzYnEluzCqIf/N/OzL19yvC9mXrnlBIbIWBXFCfP8HPzyZfOX91y68
/9Zbb/7gj7/37gvv//Fv/+G3r/33r33/vaf/s6/+4e++/4fvz37vre+//8fvvfvWt9787n/34sJvXX7162+9/5X3f+fC+3/w
HBBn34ToC5k1ONMuXF9K5cTWcCkX9+zqafb51eTVAVJJlrUVrziTLV+o8itDOoOQkxkLQN2LwvJ0Xh9BOi5M0VU3sb8y9FbM
tSgquqQCn0+2wFRcO1HwLONb9CiF58AJagqPhDBddtqmvPmygy6c+vkgJM3Ihae38UP/6OSZQbHTpV57iZUXWgdZa/fcgyZg
3oIPHxwN1bNQPw1pq6gpm9srD5xbKaMjB5+E7kbTlQaKO9BDacQVk9u7LlogfM6zgm4L+bsnibJl95R1PZL8UO2eh+zbcbfp
qz/Xr7Pb2j/Kzj1zYP21Ibelx81dtfXPslqHsR09kPbTe3r853qzO+yH8C+Pfino0AP5NuadHDif3GnR99V9qXHnxsAFfx0H
m4XItYc3OizzoepZIeSZoP3zXggbH8PyMN4ygD/rfmgC8LifjVBsdP/v0M1t1TuKO7ruu5sjB8+nYrdB3DcO1BuNTXUY2PUs
fqcehfZ9GO3G2/3h4eO/s9nuoP9/oDaMhh+FVuOzHcBywJblziFuHYKQBEEpyS59d9iJZWKzPyUcfiEpzkFbbKaRE3vY/8xx
FYX9305vzRejvq19/jdB1MZTkUQOUTdElZxh0ctGy3ukfl4dYY+MLn1439g+rNtmn0WhUHWHYb8rEY/oY4w4PzTamwO/dSu7
8nj95vCEtMJQWR66h8f373c7OyKr31Ysa/fY6BL1h4eO0lMOZKvpH0lWJO0YvYOD0YZ3Mni0scO0tnSNXSAVe0JkIKcT+OuB
WCpKiUZYZXqc4K+dYHuJx7d81CnJKdgsXOm97GtPC1Avk1bT03Y+7VkT7iKv4GSBiN0SXdPLjl5949tpbwZxPWo4i7Bdd0GR
wCHuIFfAqRz5wlDBVyKrM7JKFrgm2sSbqemqZr0kQuU0Nf11/JRYvPqbXw+LF7MaUQ1+X2XlSqJlZDoVUvz64vk/Vl8zCk8t
qyY/klcy0G8Vli/9V6e4la8g+TNff+b81W/9xoW1a2989Tevzn3tqecTue9PvcMuvvXi9FuVp+BXv/zCO8+t/pCdKT6z8A10
8mVq8pXM6jdeuTNAvjCiWGIHQRMZBclRiIdVG/BUsPuAJHfEu83+mPX06PCwnVL4IKkajpaCbhOH8uMS/kkO+uUn5rIH1k+I
lr/lPurNbJsH+9PoOfEA3vp5Kfwg/+OTZsev3j3+8NPmnKri7OMFSJeJn7W+kD5tNf/Wgj7YEacdyjihjkNYl7qVUeqgDeZW
Jvbgh0enDr9If7x5uKuVB9GtLwaZw8Yku/nUvL6PfX7/AH4U9H/RiLdEqK+JXBdCXRXHNJoQlJGC8CNhHI1m6mbCdIgYKEPQ
emTCmYlEL0HkTTILHpOw6qBBJ7+TTpsRCcsXSS5s4CZPWTzglQAzjyeGNJrCey6CVJegCSftZ2laZwAo0VfiLuMKSHmLRpKm
4UoymfICAhqqOb3Xa9p7HC4cGUSm1c6Rcg8iRz6jur/EYEY49Nl7KdwjoVaG2PUNEDL2ALI3R8k74Wm/SCsp1Ch15U6gRKMW
DQ4PvbiDhKkBdGr//qHfR3UTtW6vuvwE3oytjcHJWQBXj5UNj6V/DLbqwzCOgRMM2NGMfWRzoEnRgLi3H7jO3Qx62B8E+mCH
QXbv1TpSahxz7dZjLdGxFMcCAggZECxSD2ISdAB8Z5CIseNRpKVJuguBKa+d1fYkRZQUT0iN6vmjsEwlceO4OSQpg1Sjg2UX
djuOI6Satjy0Azcis4WciZrWMWp5I2QgJTxeLpm11l4a9jVYj/h6aHfrfj+JyxoonJ7huBSx8uJvCRk8k8a4idUF5NWwhGM0
Mm9fSzFhngS7RC6WS3Ph2mJ2BjidPseoOQDJrlHlmmFmxHTUAqusT6j59BqO4zT/8lvTNOf6Ft7NBvkGdrndBZUgMKt5JJmf
HEoxxcR92znvolNyL1x6ROLOiAfpvC0lXgzShVTuwlk0LVKjqNi/NgTUVOlRJzqCfHS+mrjUqXTpDDxUgZPRfDq65IUXLoM4
XDZY/NS5PHr15UnwqWvzV2czbwipKLXKP60m5y9OzmKpdoJZLT9PXdUK6Bkqp3ELUXzZXjg7c6Y2CTL00tNnk8uF2pJIzDJL
S6Aek1dr1dOicIFaml+c56fW5l/InJlnEuzM5czqlzh4ZWHx6bML1VU8reLxfjoy+Ve9qXxCJErP1dKzSKEgTAWoP2ClCtAv
eMuTMZReXEbAsRpkeL1WqPrPDjr+2gtxij3W+jGut9xcGxCQyJwhJzJJ7CnBoaRYPyTlXHgIWS057LrpaT16TahSoMQkaLDY
2QsXLgwBVw38oi925bmuQRPJQKRnZ2ocIob5IJ1yYJLio2KalgWbqlR17EJWnlOxWobOVGFIPPVNAjVreeJBYjbECqRO4iLh
MKezZAZgK5VionR2sgRMzT/H1jpZYanEaJO1mlZSizWUnS5M1fLl2gpMcTh9W6nU4mVqSBBpLyJPc5gLsHSJycZtPgcksis8
IWPzGJRSiYWCq/dYfpZHgYU0Sp0/ZWACFM44fBLLOPk4qmRAnGUlPZAhLIqRAcYSsCGmUtYozPtOxrUZj9VHFc/FCqxvxLUs
YAYk2Y8yWL+i1IphokDmnjyScB7CiC4dDbIoHxoZhs04LpgC0lpeIMI4ShctvRxbUZ4gPRSlId4hfPWcmqUwWBxvEKJcbUGA
wEm0QcS5YFDMZkk/CiZ8Mk5HFJgDyksaOAPbALEKM2IG8bkaKtVSthJi+NArFl1aS86ztIclCNlHsyd8tYwDowy/hHSWaYwj
QJp0UlV/CBYuqZm1ONmOy9DWLE30bHC76zN817QTtWKv09cOIi8VbYjMkhVsT0Mi35iQk/g8mKXDoLa+ZQKFVvnUrf4dnnWu
m1HHbA++uN9okfWudwwc1et76m1pP+x+ADXnImy3L8DUTdeJRpXDBzEwyNz9bCiT23jtzuOPUmTnYR3fGSfXex8/+hm4dVd7
0N6/bz7Ut9o3TzbuNHYDQ7lxE26EH3Tk3o7W/6cQaEf3GoMx14BY8/izAiIf9FL71omy+Ui/1z7cQZ2k37UfNk+AI655p7mH
Kc7mQ2mYuB817ENIXQ9Rh7876g/9RwT8ry698avM9NvvPPPs2vyXvlHhr86ee9bl+NLll19/6zz+m1M/+urrV5NPX3r1t8+9
W5imJ8tfhd77o5nK229967ffXP7GtwqL06SgJFNT1O9zK/nS0tPn9eTUa6itQ7XcOYGZPHeaLS7k1CI7cyH95XReWppepqem
p04n11bOzV95ZTE1zSVomkqtxleoXIYn2ClkKl9IY4tUce0Cwi8s5kA+l7cKk4KTu0pMYAVanVktJ74GI3MryfKVHMEmROiA
KeCZKQHMpzW9lF7OFAmEy4uJKj8H5L0ET5f9VDIQatP2TDhNEcvCNJ3mFtI8RXFFFBFYdlsQ0pwzb6b5alxO5SnCXaEWEDwN
J3Ac4AhYyIMkp5eogqCVWTaiCgTOTNIYieYFkgJJYBlCmUwejVEsA5UoMUZU1ogQhIBcKgABLIUlbYQzRbKUSDOUFRBi1QFV
DIUtkkcIAEJvmTKZC8Hck79ac3GEoJrX8ZkIx8f7BwCcoSDHiXAMfHJ/lIgI0k4jBA2jBJcVeRd0o2NHRkkTysAhSWqaE4em
3AEIIwlbgSPhAA9HYYQaZAU4GQdSOyQgXYpZBGeAgAbV2PdRLXZBG41ZCwMQF45DG7UJ36H8gWU8Wdo41pAQBgNas303to5h
2m0BEODCVuz5Oh+R90Zj75AoDQyQcdCMMEyzYQ6RES4nOAQfhBgaoSBC8HgbBUnYQfmkjOGe/+Q1ZY6kmdqehQKCGxKuD/Mp
Owniw0pVZB4DiDXXqUReUhBcX6PZbLEbYiSygtBZCcegEY5VKY4o1mAzzIGzlUoVEMvTFH+JK4FgJpw74jmrOJqKrdXpF8/p
fibFzG+h5UnwspYqcNTsvJEtkYVaacK18yKkPF/Tp+IyQhNa0sedrZHvAjbthjYMRTwUwYrO+8OFbkwDqRFZTUZcFhgbNMiS
2Wui0BJmoW/MXTxfWjvz+hoPT4zl6SmewQNx5rRzfiq/Mjt7JjGTioCLJSSbPX8W+/YLYek7pybPVxerpcyP3vjBvdTif/nN
H353/tTzr1ReeC//lR/k3rk6/Ufvv/3+Oxd/8M57P/zBj/yvfvs737v4e19+W3jqrW9D733r4tLXvvSf/NF7/8Xl3y8v/2jt
mRBbPn/l4rNi7vTZ7GLx1IW1ysUZ9PTpK5emzj11eTn17kLi4rmll2aff2eRvfBcBZ6/Nvvs+W8vXrt85d3nFi6hYsSHAcvj
UJrEZ1MT2FySSp6asqfSLEpn+ayXRpixLCdYKn8qS/BsSKPpzIvj0odiroITSRQG5DwOi8e5MC+kwolphIaALG9zKBDVFJZi
wWYqtYglMlZEFIsMX4aoygHml2AQqqEBxuse5AJoCAz8cd0BaqZJgbZPBkDMhoaLRC4uDbFRKvKVEAR7VByBUMQZiAT7hidY
IWiOK3EfQpGQIB0bg113aIWRqgGjmICgFISTmB0GDoyHCIn7kA0FWBpBfR7WLQwEwRCE4gCBUR6MQMGIQNrXA9aP7Y4FhTjo
pGjMhsMIGMJEEHI0HOkE8OQBcJuM4/GoAWoIuDgYzPI4hlfIGEE9wBl7WQjXFSDgwCBPAgMYBICBHgAQjkq0hYBtBkN8DAF9
CrB4DPQAPOqJCEy6KIAgOBpFaRhm9f5YV8BAQGOPRH34ADcgGwSDhAUDYRpleuOSjEgI5MnYD2z7MY6GStczIRQEifGAwLEu
x4AL6YEX6jYox10NwhQUaqM6qKlPJjSGw21bdoc70FgYTOCTcHw0b7wDgscCjFO46w7Gu6HIPAWMDDbG+pEds2bspGPSp50I
QzFlEmL0QHdCDqGTRYSvBpgomtw0ZlF5FkR9TDH2WGoIAmlDybB0JXZQYQKxOV4osrOBkFeFca2wQxcu0IJYqRAF8hQ/41BZ
GGQqmWRnlPQxLfBzLDZnuXkul6ODTFY8E7JJKFOpzEw6mAinfAEMOGiplPXzS7Wlp888Q9ZSp9ew5dJp3Z5DsiKRuzSXWKPW
np+rZgsLE1RyaoY6X1hZnXruNSn7Vm12pryUpZJfWnphfzZ39u3XTz9bvnY+nno9Pfv809/9Ln7+0tyFS5Uv/c6Z/FtPzVz4
+uzbF77/vdXF1a+/9+wz371SuPp89itPfe3lqdyZIobuJkA68spZp5ZrjaN3GCSFOQyYCIIZMZULA4I6u0xCZRVOFimUCVbl
gg16S6qQ4HDLyrVjfi7r4DSZgyMoySUzJgAXi6kZ4snjH0swMhAGUCoGUZpx8wFtk8JkYHeLo4RDdTDXSrRlKNaLoK2HCTOy
/NCxEookuBZhRd6Tdx8UADL9Y8c0mtoQU+EoclHQhCOfsxFLFfqm7+lwVkEAm4ps3XG9ca8AQOTGiD2KwpQBjPvG8lUbDTUH
Gl/rADVjKBr7CuVS4LhoIQh3vT2E5VUZcAEocD2LZEDIdkBPwhwYxR0D8cBRGAdxCLuiTMaKGvUdBOhgyQiKsfF5e8RdFxO7
ui1741bh6i6HJb3AiiwB6rO8CTI2vRNEKP5kvuohCjo87GkQOBSROCAjGucdZAICeMUhAhUKCaQtgzHhwD6SxMmxLRoWNaA3
fBpgI6tLO4THIpjhsqGTxAQYDJEAj5hfATDRB6mBCpmef9iCzTgADHa8oeaBY50Yjq2YixAw8MMYAxEIUvZB/3EGpFOYG5I+
yKyDMQPRkDdADclqBaCK+I6JCC7UcgM5iLYBw/F8DfRgXEdBIkBH9TR8FAYwq4AB5vfthguEBolbIQz5xAPKkAjIDlBOd7RY
B1BgGN8JwrjhhwCjpwDNDskj0b4JGl68M8QRKBhNRW4LNSkMRxHc3ffR8bf5LBBo0UIkAeKQiTeCnu0B4yEAWdRQhh4mDYLA
xdkjM4pxpFSpgjVpIjPnJhjSbDMsCR03oFQXo6ZGUy1CCwiELnCJFIIkgEk25nOoQJtZyM4tGzk6MbdysX169sKV2eozc9PF
17868+zlpRdzryJvUoWVqZeuPpepvLvyZrVy/vSzwksvAk+/euXN6aefSyy/snbu3KUXr1xZTVy4cHGlT0E56ne+OT313ovv
fPLKbxf/6wvPf5lhE0aCvrhVPrdae4v63rX40o+G3zSeKS8Ds5ep4lMoU/zepepC6U4MNbMn6N2sluGbse+kviCyuligUSFQ
3Njm/1a3opmykQPaHhGXjxPdhYZjNjr04dCifQlHNJPyMwCoF3UpMruGjaGANQxoXicDZdZy4MfkSC/CodUyWp5JoF4QIbER
tjTZkQFrZEjOSD10kNhFgo7kt1q9Fhl1+4dNU7dsW1F9vWPKvb6hm35sdUfHTlc64eve0DA8ox9uSNYJFHnXfYbQZSo0ccI3
IgIwoQHkqBQZcaEdq54LUUPHHrJODw3xMIwoGerCEQj0o4aZcG3XL4RBHB1ApA3DT6YFikEhBMaWiplc3PPtyAdDhwQtbdyK
tuwHoD3yvUHGsDX2xABjXdeG9YSHxg4yYFNB/FEuiSdCSQskZZBIMWpZ6In3j0qlwxbkwrctxNKLuyd4f4ghWG2zjc4D2vHB
uoCJnm2sE7Na9H/xhE8Fnm4rjl5GAHK2sAvVDTZ3vQF58U8DNmPj6zfSAeTSc7k/36VqECUthBzhuP7HNxF+B/h7FNIgnm4x
NhKOhzrDzjTg4wEl3qZ1H98GcAVRer/G8F+SHRr5dZPE0TEnoAwow8q9DcrtynuPR48AiL/uhim4GLiFIccSPQcxLWtP9GSJ
MyxbOiTDm2IASLd0AMRt9XEEQ/GRqXYRc3T8uNE7pizk1n4cBbTpgLHdD5R1vtPWWyN4N4piB1DbFCoJEao8dBQH8VTTEW17
O4hCIt/0HMcNknLLdCVTGvjhkOg+jI8BiOxZ+KEwwHXARUchFW0idhiDrWA6FOh2HkD8EniKyJZNv+jExErWHcA2zi4xDF0c
ueBSgRcuCCIF41G6MJPJ8WSh4CMpxOXNOcZP9gR02TxVPY1dWKbPFcoC/NLvjak0rkSpa9PPnBkxiS/nqIw/KzyfgzOXM5Vq
7pnTPlyZm505j4mv89eSUfao2TwLv/f72dXff3cOn3g6v3zhlUsuTa9Xu/xOuHAu/Zx5fgVenOhPUdlipbM6neUqcwPjN5jJ
xGSG6PsqXM8D1otcplIIps6b3NgujNjzUGFomZKcA4z8gCoc1wnUKY1SwaCGaQhDMhYM4u6Q8GVQ7Qf5yC5IhgruSlJ9kJB8
eQgOnMCkHBsIlH4XguHdekT9yopCzsV76/KRnDHlPc81dPkkYfr9we2oPRyL2qG8W28OtjZHzV2ntadoW5pxGO+t+8iu5yl7
H+v2nutJn+yrdyJioNwK7DptAdY4WNLbuQigvMAQSMOMHEPHWqru64iM2h4WRRLinIQla0BysLpmaqSHxbMorHlKxjUAzKST
E5uZpIYaXh/KAxIp7fjwI8eE6WY3iD1iaO8CZsAX75lJfgCcDa4nLDOY8bmd8RWMukYjzKAIzKZlnECF3QQjQ3vSwDiBDX1t
GCLACfCwrqi9VInc10HGszLa3aJ/AGRSRKxQi4ScGEYZcn9hVo4ZEq99Pkn4hBSfeGSWpmuYQGJDvjlCHbtQHSaaJEdiHNRI
kv9Iqgk2UsUpTfPyXsps8/leO9Yg+g4h7aNi8r5jBiEsdAushIS+jXUOYsQt3kfx8QnRfXtItjYAohHTDGX2UdiLoNujvQ7c
06GjSOrpfPHnozYSRYhUykIUIhuQoqMxMQH7pJIbsn1r0GbqoX2/iws48OC+AUm+Uo8lA6ABwDjQjIb/+PMuaE6MtIToxKLl
SHs94MF2OBEZJ+0D41jrBYQG/XrD78uQ1bzN27bfbQxdU9en6KENtLvbuno8DIcNywrGBKzGtkzYyvqw4JvOluwP9qyGOcCb
TChJCOSdIQKtpnhzVgzhz3CNKTYH9cWMAZIsPsYKGEnGTuiBEphEqcIYg0ulnCKOGJGYecNzSdITPR4RLi8RNYqoBq+zQ1I8
x2UX16iERU6i+Nlx7GFhjnUj/zxYw05ByYuvLFgQDV/Cim8ro9MOjfRFTQKS0RQGDcm10WwiWZ6aonIwXdHKhQmGnipS3URA
VC8+R+FaZpYlNMDIFdksNclXnZQXBQ2DaGZE7FzwZMkwmXPGFFVyTc8T9tAoTSMgRKc9N+ioYqGTxmtFDBnKuIWm+CjtODGs
DMxGvVM6arTbcrfnPlal1tHJQO16h7l6Y5xvIlluHaEhceAcmF8Yo2ZzYPd2xcOxGrfvasNHgpQc+KQ82rERNUHF7D7f6dY7
PSUaDT1a9eUqahkehKgEHJn+o55R7SSBvhtuecnQNs0IADAWoMZ9BpCMRpA8bmQzTCz1kdmI7g/TeR0PbGF8KXwp54DHgqEQ
/VPpPm3e5Mswq8EnYV9B9rcGWpcOkpInGuNymcOpbncodKmjlpWx67LkwxAaxjmwqFEKN4yIiYiwHrvVXq4ioTHscP/QxHhg
nsB9DAuqhJNlASI5SHq0hZJMFYJkvs9B7hjBp6ZScJKagkW8gHxCiVw6YVKpkQ/v7HB5kRGoIGYQZBzklCyePQZoHLVLcYWL
HRYCcAIDECGUBQGzOa8mGJyA+RgssZmeF270eTw1kxv5aGwKQLe5RXFCpLhoUMaVZAgDiKuhhDdOvOgxj2XicajjesWo5YL3
dWxCxfTHAJeBBXdsvPDQYQo7nmDCZkuqBSZMEWCUY2WH9V3a8fk4k8ErMKpntSw6CIG2htMhEI2Pd+hAvklFCYiEpyk2olyy
eLsseYrCJIHiOKbugorndLslPtS6QwjM1PGwDk9v6OhErDpfNBMRtkfIeAAGNpwh0SBSM8gDrF8ZA0cyL6GCPwqPEawXFFBA
22IUs9ugxpKRdoYxB5BBjtziZqdgP2fjNpNoIJoHe0ugTniCYAbM5AgCqzaWgVxA5wZIYPCJwiO8SKSB+HRMImyKDEDp2YsT
aLEKcNG5VCkFVjoLpQI5L4JljL94lpoizk1nJpLRQruMVVJE7UKOLUXP5wVxTUy4HgGFrDeFQsC8RjlMAjiPsiVqwsUFZOk0
idctYTK5ei/ZT9OF15JQ1MBeSy+m64UEVCSCpXI3N+CJi/mMSBC5IpXFMwWv5vh2/gwGSRZ9BpmgOaSSpCR0ZJ1wkwW0bITx
9GxlqPEYPkCrmSE9ggzNNwnlkQUn2kXEM8gjuUdShNdtDTN2tBeDcAwyhsaOZDs4BKThFqD3NaLmOGMW8RsdQkYfaAQHP0IL
LkGHpT3EQduP6gigBY15HP8chBrhAc0GnaKoDJv+nreeXx+Mc+EgiXLNIwVJY9V1FMtiIQTuC2k5gZoTyS+6n5k5UFBmvWo7
5e4XPKAGeCB12qVHSbBRxDTe3k3V8FW5S+sdJTMmJFV/MnMqzpCpRG9qSsH7OO+GDS4mOpOyxKoAx4zCfkFMSKIEUFhN9u6Q
lWbllR7h7cVUIwp9r0SFNGqRXWafYeOkDxUkYEjDqB/qJAnALG+gmYkUjRWjJSqVDXoIAtnscwiQoGArKtNE9pyZ47KRKOdy
EI4jqMNoIkbQmYjxJnAKEwg+v5KEwTRbmErMTgX4GkXnyDxPIngPkCAsUwBJj8R8j8sKPYfAB7qlRP5RWQRQQQN1l3Erogpp
OJFhHaAGBoSNOWr/6JBGcNiDApFMo3QmgJnQSnEwCKdyODw1DswgnWRdmx4z4u1M60DxT2ew3CFLbfEcRloWF/X7lBLED49Z
iBhgDyIg0cFSIEs5JdCqeY7Zq/MWbViY43fVaIBiej6TpxsleRtwMbIPJyTNRpo2aI58UN9w7gx0pDFlaTLQmxjFXF+RdqNg
Z2/QNNWhOtqp+5ltF/JHbqrbjnqDEWi0QFVWYmSyp9GiweSSEFgKz4WsS00+kyvDXX3IZXFeHtsJhgpII5zJ21mKOFZYH8Ck
Icb5FOfpGJNnr1DpOXoqdQHNVrBFsQQ7ZOW1VN4N2SIVTXgUnLo2M0nxQmJOuhxnCnhm0p8PONafK6yF7CUGEiaB0sU8OMm6
p/KDCLgyJ05YFS2Nwsk5MJsoInIYH1FoqcgVUuBiRhRxkQqzqXCRyWYiMW05R9kYwZHj3cwIjU+AeFk30QAyyIERBKg7sNAD
QLC65rTX5imUdschbgbq0mOlOWluus6M45jrPcfW15sDwPADFU7YwXZgD+xOO9AdS953XYfQLZgfHnVkyx8ae4betigS1Pas
+1ErdE+83mYtqfFk/4DAzOFe5IKfH3xsQw+woQTSdyHoIPmgD820EommPspGJ7cGx4FFHSQNSm84coUHUp9LFZas5kQsUw6J
BIWn2ugBwt9HG6UgcycR8aUwwa9JAJpjczOLfYRORxbgp5AElbYyFROeJEdVQCzNzladDAUQvYgBzqTp6ea4J7kxAsocRufE
kh+aVX2GK8URzl46iIWuQyYKWqIocHAysptzZPZqnF7IA0TTcTPFfBlpHQ7PuWOGV4x+KceArn2c0Ukq2YDxucVLceYTYgMv
tZ3FGTArBn4wNaILmakyL1KGHaQJoOJZnnEZJ8GU3gBxiOZiTcJ0LcHQYXIJO0VMnYgGBx8ga94w/nw3JhCgfQ7kyui9iUnD
IlPzwCMBj8vjsAspeFwAnBGkDstyMmMsBXgVT2uhTDYp5LiLJ+RQa7ApMLfbB+NpsWdm0tyAAbExS9oTkXBKdNLcfR3CwAAf
NeAMN/Gz2KUqY1+hwMmMTTjGifHwT1x+/5byEOqwVWwx5DP3XiZL1U31YN3lMbiDwVojROp149yfXZAF6H+lj46kx8foOOYC
Q2hUtyn2upl6tMs8wBsB5Q3vMEKcgWuiJrceS4Cy42/YJwiTvG2cZG+ID/Edg9n6udp/wGCjxEA3fv5kooW4BHAIzpJWKe2v
T4KWIBQFE8uFScHlaMZDHc4B76zyTLkMu/Aiwe6lNYNUIDJnm0fLPOzOX1m4RKSe8lfOJxnsIg9VJldOW1xaKJJMcXYyn5pZ
wBx2eQ1eSs2kXkiLp9gryMxacYEYC9myo042kN+qLl54putdBO67yhXuyRqtDpkteG8QickXfY+Og4uBUC6pqcpaBh3NHmbK
lbQcsZM5Ra2iYU5CktmSMrXDpdhblFWdzyQPuhg2KEercHVxopAmt9WYKRn6SfY0d1E0ePdwNsvwhf6ES6JkOLAutKnYHZgY
B3gmd1SAAtJj8O3mXN8en5vHSZB6FPVgN2p7AydC6X68vQwogtaLb5CuHX3omr8AB8dWiIg97xgnBdPbhn7Obn9OnMBKtGfh
Zhx5DoCMdh7oLdANPz7qdiw6h/RbxgiR9km9OvWRiI29b2kVS9pULYlQ7FQqWb6FndgoEmJggUrOoxVf22XUMaaBG0yUyMRL
JFLPZ0E84hPlBsqQAl94fYIkdfnlLEZC52rpKhAJHG5UcIqC3p5EUBQNlqFyNpHR2YIMMTWEMNqnAp9icSHkEizHJ4kIEOtA
miPRRpJJKyGApes9mPOOYlEImrJPOQku7dVSCRFtE6IvYAFZ1xMYgzMckxOn/n+K3jNYk/Q8z+uc45dzPDmfOZPDzkbsYrHA
AgQIkARFUpTEomXRBF2lf3axWHKVXbbLfyjLsmipSIGETQIEgUVa7GzenZznzMnxyzl0zt3+9n9XV1e/z/Pc11UdXq5BRUot
CYoiQ4cXkRHlwEIP9afMrg8IhGIIIQhfDCWpGBcZ6yxHIhExVh1HVRj6TQzyqTi4G2BE/QSZYmz8xEM8Kokmdia+aFFwjUEh
EyS6PsqGcUjouXPIjAsg0wXAElyPOvQNu4dI47Brg+MWJICU9EsoVyPIpoYEmrcIPkgbYJsedGuazzn9wO6EtVkSASODaNho
DjPAj5rBB4+bI7HaoXz7MQXXX9PDs11f/nAAC/t+2kJrHv+ea+b+mmjG0RvAsQnubPWFPqER8i9O3STxg6PR7YodUbr7+Mzp
5zBoLwGKSPdaNcfhblGqTGkB8smJtv6eWWFP6InQuM9aAXLAy0TnnuPmn9RjviyEChiLJaGmrWNoQS/4URcAaYTxGdxM+GJK
poyrKsP7+joYgkE3HiiAKoais/98+Y/pi19eeeHs29++8vU/uxD6zvU3Lk5fufTnLy5eePkPim9e//bZf3l15l9+69uXr6T/
x/i1F9/86tpr3/vKxfk/+s7XLrzxtfMv/5scny9yeeCb0xvUXDzh21P5C6Y0xwkRQYQhewa6CPqhiykucgmZSp5cnBfOUYkz
EfWl/yE0G06HxkMsCJSe12tydkObsnQefqyXWJzCQ/Ouhey4HY/CIWdnpEZVhdhTTw9xguhqipEsWCEIHjvJkTsCccLpEn6/
ZygGgtwfDFQ3OgYlrd2H949B3627O4eqZtfarX4Q9HllNO4mFKvb6ONPA/LI6sI3nmjm0PK6XqUeip00ggrfPbaaSrtbcU7R
Tmc4Gt5yqDu1d8fDPQXma324AvbEwekzyHLsd7TBOvIO7tp0KkWOUD4/BUdGfNwu0vuSZBl9OzQcg0hyLMLHJ6Q5ZsTFXUjw
hYMc7G8v2h1FZkXWVz2L9+yoBSTKtMCwYyySXUYELZ8mAo4K8v5iAYFFzY7aLkGlIDFBceaUH7Ww2ISfcE96biNYkvNJjoB5
lyGhulmZZA0FUBbKmeQoBHopMeVDIc8fURbt55Nc1OUhPoSnVQuZVCyKEDLhcQRB8PCoS1g9c7tO7JIOCHZRFfcp8C4FhAmC
HTA/JzUoIwrMgAo8hK54ho75FtQMUKkHx8Zdh1B7n9aUavfWj6Fj14ElhThVuoZ7w4uxAuX1gZ8bFJ4PRHcL103Cask+ApxI
QvWBcvhg2/27/tBp6X9/I2jcu/+fSKBnyNA7uF9r64O/MIFE1R+PWqenmPJclO63958eh06lo+64tzNMUT8Z3Ebujzut/Tsa
23wojaSJlYSww+GVWqPYA5HqNtoO9nZvpo8MWzv4S213c3jYPhCfWI87tV+YTgY/9boUAUUGEzSaNkaBw5QcWaePzRnP+mK3
YzlcAkisfviC2gfrljDhXrU37eJ9oDhSPuULCA/4LO8mI7oOWcKeblXYI7TazAQQTlgOFJL8p7MQ4Kt9VGr5PLAuh8yxVYV1
R7X9pDvzR0tPxfmvz198ZSOeWs0uFEsJ9oL3Erx+/oXlSyvT/2zmj6fKjbdWrxTWY2fZ/NX5tRfSxEvXs7FC+UL84neSpevn
V3L8lbOvRaffTJ5dWym9+aU0Sq4mQ6X8aumfrc9OL+bOF89nZojfn5u6nil9aSO7kv3q+tTsm9ORpeL6SnY15OFp0iumX4Kz
LbRfhEoJc8ibahsr08ULOYTCKBHOI3z0NwoxXEgCacgE4hHybIcZL/AvhMsUh8daPAyU33KSWxTHxXuxwMmTRevyHBEOAI+M
0BbdCuxkNGUvsLiY5NPum2Z6A2E0bnpITMM+l34E4eMLMwTcZ3hmkZvH1dAVNlmeBUNp2czgDs6fYN7QwdjZ+GnYy/KR70QC
/hLK0ssWi8mYFa5PLCT75bzbElYQgYsbey6ELg9tAI42NFsDdRRZscBKNy2BR2FzlUCW3WJjgOs0wwomlLLgcZ6GvRKrANlr
Gnhm9riKHqnKCUwyoWpYono9BE65wZdsfp8Y06MzWGbenbJ6iSjsgIY3j5pjBJ6IK58gktxXvGp7qucin+/uPQ7zsZy/sL1O
I35lMWO+7BC7bCWC/8nJVNicy6pUYtlDYDhPyY8VIQI6GoTx6GpM+0Uu2Kn/3U/37oMCbzLMnZSpw+9Mw5mzRvEXrb8Lgy/t
hqP4WvIReCPFQywN23cOrWJAbN+r/13fs0Ds33UDZfP+u4QMqeEPR0TV0oba/7wz5p1jf/vGQwyIvedIH8WCG8Gzcefd3XGr
cUfjHj/76f0bzfe3+mpFf+eW3Pjk409bp96Rv3+j7+717zo/eDwGPxw7p+PNrgv/olr54cPKr073q81fbZ16nguyJrsn96j0
YH9EE3+NDk78mq4qfAuM4OMExPSoah3ENwMFJR6FMvu4YdZOlI7Dm5Xb6XR1mnLHBKeWG4NyEw7KmSHc9w3xemvEGNRvpruJ
wmwGw0Nsf8/pJGl/hgO+gr/AEDifm6hzvmx0ygyugI6I+XgBUpNMOJ4z/FT+ujXCE/R0yI45Ic67cMHUaGzQhyXEj79hJK+m
cIZAILEcA8y5S5OVzf4+9vZL85ezhZe/t/Slty9876Xfyb449b2ppX89/9/FVl9/O/XdxYsbfz79em52/U++9RYf+taVbOzl
+Nx3Xzr7b3NwOYd54blYObzmsK1L+XLc98svJvqamBM3rrBX+uSMeGk8JS/lC+tXWOaMKwJFkUqJkM/nIol8uu4lcIcpUCE3
OsLbs6sCjYTOMLBgJ3G7MGeceRSE+LJL+AIhzCK2sapgEDGTHsQ6lj9rcnPJFnruKVyczieEpVTZmf6m8CU3Orvx7UV+Axy8
Ng289Ty8lEheAUtZFf3OrLVwxvmd2eVErnLGm5FDcSicdqg1F8uv0gK1ELw575/Frtb2xMLatDxVknJYQB8lg5V0IZyVTsJo
hv5ShHitPDu43OxvYIp4MlJKNZTY0kL8ljYcwImlHlIwO7t91+yB5UmNDwS9ox9A8lkh1MYJg0ADTeEKrpkY7nMeStqdRsRz
dlEE3LeeV6W+MFfbpq39O80Pb1VuY/B480C85fXVtpPWuq7hvz980jn1+2XzWDTGZMWW1WEvoim/SGnoCf3xjZvNxNLhjyqN
vV/v/Ptf3PrHkNF+vDm4CZ8YJxZXeVpv8P/x5J8OH48/sx8MZsYt513n5MFRJ2uc3EzuSDvAD352HCXmgcNdGbR3Pvr+9oCy
rdp45wG52+veh6r995v5v/3gH5uVz35+snn3gvZs8HEg/u19LaoedmlbHZHfv7M3UPMj72/k2u6D4adh2m647drd26RxWnva
egZ8bnSeffbB4e7OfwL/y69Do6e7t3u7v76r9HbfvU2dHlv99k9uHT9+cD/0F2q78sGTD5uddNt0jurtLnOq/R//W9/8SwT4
+PCws/fxXx3//NcP0LuHTw/ufXLSuu+4JcpIx+ul+IqtJqBi20vzc0rbiaz5NI9HSnreTLql6dhudoYJRaDkY6m1z3YJGcmH
MRyLRo3QPFXgQ/Jc4nWBqmT/bRQrXfjyG3+KrIRYEi9xf47Mzi6+Ep+P1xaEV6Z/N/66/hp1/kIMNuYRk7tcmA/r/mJ4llLU
N3g+a4zy3yNnhFjpz/8bZXbC8UjU+tMOqcS/2R4mDjE/cf7yyh+13jT4xdyw7uhSIgd8V0H5f7OYXOOVbLg8Oxc9+1vk5fjS
199+OZhZ31Dwb0R+Q2Kis3mMKjXOF+Z+Y3btT6UlbunSWyN3emQuxcg/mK1pUyGQ4yQkjZyCGpiuI6wjlktACAcqkVA71tUk
hmRBrGX1ZgSczMExNBWALaCj1UJ4PxHowBkkSKI0XoLqnInMS2l7HFtcLMEC2lqJ1aI+B4Y5UUk2bW02PClqayachQjdBCJD
KNIKoyNzZoIOAcVTYdzu8pmXLvbUVO78wsCQpQWkWtBld1Sc0XF7aCS14VTMupgvMEjQ1XjXytR5S4nQEUh2uz3ZCuQBBV+m
VaUfmictRfFmVSbsGQM9Mc9C9oQWxJ6D4MO4IUyMVuMgW1FscRwIF2SiaVuJRnvoeyIZ0aXu+CCI1aNa0DRkoEUh4jnDbySp
YTUwR6ofqVfDFgTS6JylClPSSMGMpA8C2v19G98aPeKPHpIY5+3rxcHRrNnG9oLWkK7ttcv00OsAQA3HPjYyk+t4FFDjjqyN
1Z1V7fRn0ui9Gt2fV/uQ9uDp5t5t+cYx0PlpVfol++HOk87Ko3e6JvLko1Zte2dUvcGosqb8LEDoptGCGz+43yu8K//82ckO
Ocsees7HT05+9tPqh8e3g9He41+Sd07vnhSf/fKwAv/HH205f/XgZPx0+GVTaj0yb4GdUzSzd5OF44fxZ1sTHb6I33tGHT+U
nX1+t3s3ttJq3hHt4edDu32zS0SqW3V0MljgO85vQ6NqL7jVaNR5rHO6xhUkylDqke4BMbOTCEhZtAuAo4XSQdMhu1yj+ew4
YMVBbySEqb41oUCHUyZCa3IKt19CgjjJIygPR15pt7/6TTCcuAaGcwtXKSAOnCVn3eQyNtpml5OxRWk6GXp9GAtyYZ2FLZ+B
xNJiKzu/FoeEKao4fWkBevnSS9Ox9auJV96evpKJRfCV1CvoRvk8KWaSoXT64sZqfIGeob+7QbHpTCi+VD6fyC1fPouBTEbI
Zq9Oh8+89toKMGHB39o4+/sxcZpYiV8G5zYurqwklqf51OraOrm0Pl94cUUXpy7mctfRq9lxfnmpAKMhICPO5zHyhdUysnI2
f2lOeI0kwsSasREkVjcuTKslnAaK5Xl2mYvjF4sIFilb6YtzC2v9jcJMNIGULi5GimKqxEIJOheDNRFem03N8cxyZDmXKzHl
0uzFyMwUR1PxC/Gll3P4UiJ9drmETxMiFAGxTKBNvQotlCPRRPx8SpgB+QJXRnhC5fVZrJfwp+dgMbb0aopfj8yeod0ZPAte
0xRqad1jJ/DXPRS0hlxsWhxkDBdjPMuQKyEdHPnSIdQo2HuwVGvJTSAU162L2AaDdOgML/EnT4czF7vEpLvkuzh01CePYIyl
BxzPJ+IhEnMwkA5O7RHijSCU6rinfirT8VbCzZwBRj2CI60uMrNi+niOYZD0WQsAaNcRWYCurbFuuOVF6VgkvZrgGpniFB46
yfpIHpE3iPVRahCJAqEyFOMj4YWciAch0FUiESgEST6anMDqOoYoQ86G0nzYwkWGjpVZu09G43Bqj87FO0qPBxg00pyN4uiF
ohRPGBbaQ0WrqHqST9GATIumPnKL0SBwGiTrBVCEs3fGCKUQE3SnPP9YU1TVTUUcRYmFoNqYgxdMwXo+189N2+E4HQ84z7oE
wKyBATtpK4SOWTJB6qMRjYQ784g/Nm3MH9nUxNr5BUwTUU4aQgROTbdweqKrIIMbKBJawWw6Slt5LI/2cgQW9lA+Y5tEBOci
CMS+rNJFsE/wqwQjRrjIVkEA4guB539h9GJCj5FMGeAANgGoLh+pJFJJhpDFwhQxKgFY4gzAlDG+6GuouKDx0zwLP07j+yEM
GQzRXheaUHMwRNmEo6nm0OBgZDubnXLoY4zJ8O2SgwqreGRk4Fzl1Iigo0xp27hzjwmeyrZiD+S799tUUOtpp9rgpHGibLcY
z/oo0V1vY1tamBfuuQ4ohidTz5OYx/eUNntCz75/8tEIbj55ENsztw7fe7L1c/vosXsgbD4bb6lPwWfkrbvdnfhQu38TbQuf
NVru40zrB/tBU7tZHyjCY9z86OlHJFg9fmzsD/aPb99u/VNv7ymKLRnP9WcnR+JB6M7tx4+Rqvzoh5P8eoT0rM+muj+T4Jp+
q9VrATfp/r9Yf2kg5l77TumlmdK5r6bQ9cjSho/jsfPX3vj2Avyd8ne+8pV19uzi5W8sfEuMGdPUW/7bf5aNf/XNb/zBK+XX
vhktL8NUPhTJXfwaWebPvDifk0Ppi740RoXoshBLXVjhM3NRS2Dz19GNeLJ/OfVbeOZycS72+uLS6tTlpdAUyyP8GaQ4TgER
nALKRWXSfnFqlkqcm7LA6XyoT6CkKcZFlbnM4KMgNlidYrwvm+PkipjJc0Q0sByKiI7scCBxVE0uuTlBwDTeRmnBLo9whHKb
4SYiAD43JSfItGAVxJ5Lu6ITIIGNOJoJhpEoD1lAdkDCnBKhRBLUM8SUQQpWVCcNwzqiYyBtKHGQcBUeoGHRHaJeyoctFA4m
ZUro3YCl/TYyBil6IFiUOXJhQARIkvFtTQN5ABKOYP84EoRILqmdmoCd8HkJ9zk9QUBRxwkmHIrjdckcGbqfknyf6AEjjcEx
p+UFAxujIK9mEx4MmDADuqcmtW25QBUhAjXKixLm28hoBIDPgByoT7q0Z06MsnugswMGDGxPpiECprsGoAY5ompovuxhRktF
JvMG8zsht6uCwL5iWnLPS6Q0hAVQAIFdxsZ9k7GaJATZJhbAlA17AKUpoK8YVRLGaj5n2YiKQ8p4kvWAirOo5XERXeAjDI9S
wCRPSIlkKNyY2BOHp0gEIUQa7rOgyA3c9JRGlSGVwDcggUuECtswhsysEUPXI+hEOI2wo8x8Bj5FRCyjJxifDeVwV47gmdQo
T/DRKYZLyKxgD4nEAhwNR0oTFEn6U3CahUg8DUZKeBj/4g9F+zTSKDCzcGe++GoJaueTQu6BlCzw1ztTSAjPxyo0R9OL86JW
/QTDm4sJkzc5xxg0cqpkPOuM2mOJrpmVptzkJx4qNQJHCj/qEgHt+TJp4VEVRMw8zOZnzCqWYMcvRrgNrBDKcz5LCb16EvHQ
GglnqklaK9HFFDYGJjo1uWdYKoksrpjxqwCfYy4w4cg3zn0FjE795pdf/dZi/urrpfVryUvfSr15IfW7v3vhv/3a2uuvfOOb
X3udfemVL71+/ptffxmcu/Ib5Re/fY5/8+W3/9Ubr6bejC/8TjjmQPOzl+PzNHx1CQ7hTDxMi5gppMupi6nps2vEOQFMzM58
FV47n1AKCwvq6tdSM8lXuNWzqdiLsfMR0IvBiMnMeYIPJwSOWAlhRCGii4wQFkmEdMM6RLAUUfadBd6K8EZgm0qWZhjHY2wv
CB0091GzUd/e71SsQcOPEM8NxWOwE3jYltBNRd8Mfmn1W3ZssN1B3KBCnHjD0w8Git1VqubnDXlwd18hAa19Wqs9UvtHh6Wt
NqjrACBb0Khpj2Vw3Pj/vHrVapy2unoV0l1TlfY21ZOgcnrEDY70iqvLRwai+/1g79geN8ybtnIiDcajrqV0TdM+pZu3VKkF
j59guFLxIMUncKcKyO2urLvtga7Ymj6FkODYCk47hnWsS/Z4KCuG2WF1jwMxVNYbqjHEO0NSA32bBUwb1huEtiURA7OrWJIH
mgMmgBkeCix/ICma53rmyJRhEgQ5H5BxCrcT0iQsRUTDLNeSeDJQAZAMeM+mKN8CcFhmdICF/AgI+8QYYlyEcXsUQYIBinla
AIYgl5oc6hEIAmmgF2JAA8VtiyaALmP3FEuHLMrWn7iMgPAcDLN+gClNyLJQWdMww4QH1thFMA3F667iKa7rRD3I7XqONaqS
vgq7EGkBHt33QQxikRjp45QCGPRkCOGXWMBwSA9SXRCajDuUENEAkHyG9x3C83xzDHoIMvFxJZyGYiyoEyzE4nGC1WMFFXkq
CC0ByKhSii4yoCLSUyGNEFnqfBLDKa1IwVZ0aFIxKsmc4YmomI+fdakYjgmzkbg98gaxLhsAvF8w5EQ0VQLcSERYNsqJcASJ
ptIAkOZZJybAWSIBA1qpKCyvR8t6ViDD3TzLH1YIGAMG9HIO20DYaCYVwCxFUi+jVpFJM8VV+gGxwKaxKI+Fha9ffaW7tHjt
7S+/cTGycQG+fkW8+J3Lf3wd+drV1YtfuvaVt8+/+PqrsakXL7xx7ru/u/ji0tuvnT//LxaY86/Pvnn+65dWMosUjIKJkWzy
qDDIwU/d+MlAD2bLqlEwoTNKOMkruL6Kc2a55WRoViJC57yyPOZW22xBlIf9eEUGDO6Zo4GWI/Vbbb696QJoiA0jWCDh+Qhj
WgcK2KTVsGuxbX8bbxHSbtOvnN0FOvFKFdj+VPIa+sPuk5uNymDndtAzDiqNntVwA6Vv1pp+52Pso9r9X+BOrXqkP5GfqXsH
6Mf7jafqNnp7/PTg9PZes8/UXeng0aAxHGlttDVojWVfBnRtYAlV2e4HP7H2d1Hz9rZsKYbkHX1kn3Q7R3BjAr6t416/qXon
FuGKDyr4ANNt+m7Plr74pE5zfXU0MAFQ3XHaOup/OAQMMCLYbc2q+6PhvtO1tc7Ap+FgrMNf/Eys3pTMtgnoVU+HhETV9Cyk
CxC46u4HKSsw3HoDm1Q4DlGSpEPMXdTStMYAcwJNIz2PH1Wkw/rk+rRhW1GhHthQJ5njWHS/DcuA4jMDwjf7nkSMCJMcHWC2
wbFatebZjuPjT2EY79B0S3Xd4bCrA5reGpOwCEKYjx70cB2XSRqAYUD1SMDXbG4gDdV+OALQA0exDQQRJ5npWCjpu74pgWyg
UP2WHrBQ0AmQHuD1oLGhuj4G+b6DBiJKDCY5rgYgGEJwUDINax8JAqkLK1gATIYUEPgCAWEYZzg9xLVssDU5oY8PfTCgXcAx
UR/VWLeiGRpi6AzquGrKdttsHKeiEEWSqOuiBAJA0KRBi2wPRtVQ0Md6IOkbHAVA5KT1ScRpzLimDeky5iBMSIyC+VE8mvPC
03HNZ0IYbvqEXkNJA4/gQTuEMVEGmER7WSHDQpBKBlxIihIgmUNAmsnH48pieqawkHoBz9CzhD2ViQqngJ+1aHEpOYdT5Gws
KkaKUxmKXlEW5hcu5opZP7MQw9OLU7Fc9I2vrM6uRkpz69Hf/N356T/7Tlb7wz878zX0/L9eXjoXu5yc91/6+jdiL+f++6/O
fOVMMIddnFtMX11nzr58tnzmTy68dn1NE6Eu7c/3EH6JIbJ0nxnRId2eaoSiuVxXmOF96FzIWV1ZuoLlVllNW8lv4GGtlksC
CyHimC8xNaW3FX7qgKO2V33y4QeHxnsDa09y/WZ233p1xEFYtLLpPIsPjP3bntB56N/Tduj2/Z75vtVx97rH9999sH375i+l
X37wq1uH7//4p/WT292jx52uXrcetmvBWNrWfn5/69dC/cHokfLw5NHJ5v9b/5t37z4Cf9K6b336/Nk/bPak5pBjnzwPuhqI
jsA7/EiaoKQjoV4XAdxgoD9z7+/h+i9D6BBr0/2qTtZv2fvjQVNFT3dcq2pZxQjm8LKJAkLe7G9hAe64rhokHEzTdMgZt6ye
mPY+97genqjqJk2TdnvQ6h+i4LFBMq2gBTH6UH//2RAhbLW980UOBO2hYcnSTTk2HA+O5S9+MfxhFakbg4pbc+GDD7WT/6tT
c6j3thyy3X3mtXqa/umt7sCzFeOg4U8GvHLb2x8PAZ32rLA3NhyM7hzVUeDRAWG7TuMzQe/KIcf4UQUWFLWj6wo/Pj74VFGV
lvmoCvoG6NiOiXXHhmgM4op3vJVI1+3mmJwAxnPNBm72zIpI9LS7PVBxMLLNgZTaB2qTSdiSW8+1NtKTVJDDESHAnCOCxLoB
Tjp2yyOgIeVhX7yz4tcZSjJdU+obk/5HANFiAMfwm4ridRyVcihZ4i1ICsjAACoW2BZM31ddaKzhBIkbhzinBlTgjmFjqPkg
C2Dy2HechIkGrDzpPBZTEApwlDYoWX6ziQ9cDzJHnkEPJ4tj+rbF2x3blgiyhoaNyQkDz7blwhpFhxUirGJwNENDgoZKGwJE
0Q0bwsOMwhLJGYz1w0yJCgOIzkkBCjkOGQM8YWYezbv5/DU7GyXDRhGErkG2Sk4oNZ3OZbN1G4uEWRpOu7ESnMzH1tIhOqPa
ECAkFkV6I7fBtUsGwYvQN34ns/G9r/PYxdeWzy5EXootxE82wiIqvvr1qdeL185Nvbna54mV6ytOfDY5V3i5T//eysulcm+o
rrRTYgO1psPTBXDjlE1ESMzeTYBRDpkLOZAHx9okl1krZcOEy56l21IL4liH09AZjFgixE4TgAG7sNnxjxyiebplSL3W/c8P
B5PhiB66hzGrCmy6KegSArSZX3cg+HbXeHyXUhSeNXeG/mmn0Z6unpYG9zqfH51KW7d6zdZ+r/Kzzh7V3C8q8Vv9+H9w/8/P
F5EJXY6kf7jN/mjP2f3Z7s0fnSjPiDuf7rw7Ph3zbWqx935wG3Spz7XjyUiGLFWZ3LYdy8y6j8wPyPeBLHyLjyUfH4HM41Nq
u57Z+1xLDOG/uy95B50B0LdC9v4I9n2/5VT2HRyEIvsDdVJnoEtWWyfmQOBGQz6J18AWWWfArhSTPxz0IWlcD7N255BhAk2u
6hP9VRGlXrdMwNWf1Wug8nDZDsbb7dFpnxwfR4TxYa8C1RW4smX1Hh3tkd1fSS4ng5+0YtLx8b3OPuo39N7TgcoH7YeHlT1X
2lOc42FXGdqP6LEbcNte96jz1NOrP6uanxzuOnt/OxpC2uB5Jti6kxgdPNfrd3VPOui6fXaLsUY9P7ajHEkEUtU2Q7rbGvez
vYfqo20TPngvQHZDynHVV48QuelTgya/u7/TtLY6YMXoD08AtetoY9A1h4BPm+Nex1UMre5HgZ68yZzYT34Ftm2rffpUVVUQ
GhyTwwAYKl7L3Xdr2qN+HWyQrcNARfIajDs4pEMepNPGM8MORrYPaGb9FCJh1H/ahgcy4AUO40exkW/7gQVQZkNBMHfiuKyG
ej4OOJbiOxYPxgwE4G2bpHENljCyP0lCfWBZuspxddYz6QFwljAYfGPlWIiEkzAkDM2gIUCgsjemAwxiaN2dQCwXDWNUOiJh
NZdUw3MdkEZ4vBBxwWRSvMALZ4mLhS4dvZSFMumAdPmwS8Y6EeHCEo6SHrEG0lCGPT9/XgjRZJAIZ2e07jUVT8ApNx4kMILF
jt1X1NT62lRuwS7TZ68Q66WXk9E3zvP70+PI2pWLIUKfXznH+zloGstExFL4giuqE3lw0kB0gsdIYSF31jgbcxOlJKWTM9Qh
E+JXoPQUP5eWkukZ7rw0/aVLaLJNoiySgOL5Ohqbwj474E8pInxvdPKJMKpx/xWrb+8+frZzKNT63c1+H3dvmXe2aQdhhzfA
D2b81jsH3c818fnoABpWnway+xg62dkF/J9Vd+9Lo2Pg/75f/8mTd/9m9xbR30w98D6lub9U/pc9st8LWr8U/vpD6cmP288+
u9f/vt7vjf7+XflDXekfSEoCrmgVCFqyWocWCTiNnveQnVUUNmrZ+GPxoS5y41n/Tq0p2T+Xq8GuY/yY6x2he0902+53e70R
ptOWCpi8IT4eUhOhzNaGDqNBJJ1VVJPSyKTVnZml+CDgR+QY7QXWh17X7phDBgYsK4F44Wh1pLmOY/oDEDJBjL/njCdVxNMc
bBhoU6VMj8ZFWvGxaFJ15Ag2Mkfx7g6GKYF+GGURnL1h6x3Lmnge1bXhpul2pfboKWp4pFm1tF17sOs64POOX326iRvvNCV5
ZBkf3doOdFA7ybWBQfpd6PjAVfukMWgNXbUa61QH3tpJs4LgfVXbVXu2Pn5oD+zD0xuq9LO+DY1d94PnxFAMOcqJCJ6INb17
ao27EMA0JUPVaUUZw2JvoGOUr+JtWWP7DXNRd2uHVAc8vIuFTPjkSIXNAABAGPeaeMNVJKvquF5In4C737PHIIB5bRBEaIfw
OwoR1F0rkI0h1yUOKw6tOpr0kWfhiONDDmkjQ5p04Jo8xKChxkgh7pRXvZWew4QD1QgBphKSa0a4iOmUrllHuwHnhIIRKXXJ
AO3I2TZcRJxJYmNePHyAAL47ngtkC+RNmOe1oU3EcSQCT2Q17POCj+S5PkIZOIa+MIYiLgFPEY3kRQaeC6Ox4DXUy6KZLljK
AFHfyWhoiUdWsZlQSMDBshwiZmxj6lyOiMXLSX9hBWCRuGvuY+5ZBq0lTHIwxbkzgpDw5w0mmphdWiOTZLIQL26XtGwic560
wwp2hp2NHeWFcCQErizpjDQYv+BHaIJOmEZs2FqszVh6aRxpSCbFXDQDvhQD8dYD/Lk3XTSma5N69CZQ3Xddqa+OYNGL9Idy
bpigTqCCKft5rdQstlt4bkzXK15PPK34jGEIdberlzHqcfr9ckTpDp2BLfBYMwbCg4AS9n3g1PGIMaVYgDC+9KxXb1du/NS8
t1vdnh+OVRHbbf+vg0EogT74mP3feUY+qvB37vLouI93nt609Z4P5SzTg577HVyn1IR0A+lBg5ZfESDzsl1Hw8kT4WDM2cP6
cQs/kmKn5oFx/GB8SlS6kdvPwu+ZNIhYlbYNg3wYMDH3+ENRzzqYKvET2wAHdGBrNPDFloCJe33CdYQ+dKLyY/cQVu8RNI2N
bSAyZuugc9wxcFwCtkZjwuSGqg5U4w1JR92dvie0XRw8nvCD44q0lEK5MWbJPK4M22xkgLVHJQxJuZ8+SrlhkN0NBMMgaqPj
kYEePQWJinhiQl2H0BuJAr0pEZI4RMIjZDjEhpHKvW3UnRn0XFuk+BFr9UUxGBBlx7FaFUgdIer3If24PHLcg0GviifQvU0k
1LDfkfCRjw35IXvgGKQQs8d746gG7E4gmmY8R2BGzbY/jpr10ciS7NO41Q9yVq9DSJrtkEJ3/Mg3VR3UEdPsGEGQVVErRMEd
XvaCfQBr6rCP6oYpdzHbhaWBrk+YKRCBXht3VBiAsJHBWbBUw1KANAJuogFqwSyAk02KZFyZYLoAPm2SfjRvQxgYMK5Now7g
i3i/yff7XOCGtBRKT0wW5H3CAtqukqS/2OUUTgsQDtGQZyQyKY/OzIXzUK1vz5S4EI0TVsidHGXxETdKCKCDelg/YJXUxP5U
N84JISAEz+RLucVM9BteZooMnMRKZjkYw3aZDdJiSKGITDKTo62EHPUTGCDOFJLURkzAokWPXE3T+QoUOh+D8qQbDmOsvDxT
zkoX3CmOy8eKxGwaJQXj1PXiSXGWNWfmOMqKwoEossVCDo2kmGOlMgja5C72DK50e1b2adyxM7ViBzBcdTIwy91BR6s82Wkj
E2I+PtZmejM9uKVax01AVQQKY5Ny63ItAri2pUmsXgtvvuqcUNtW+2goW/b2XoZk+6h02tpeoI0HQCvneQdPJ1Oey9BPO4Ou
D1wOFKbW422JTSZMiq1Jdsz1lY92/G67CRoDvYf5CPBzUUn+llb5JfWT2aqA7Me7mzk+UvX7w16nCES8Sfd1oBG26rjKMUWe
dob4GGwrwWcB7zYzOuL3wIzMkQ8VjT/OIu1wtbi1qWSVPe3R/WcDx+GFzym7FzqMisSAhuvqnlXPhFkTBJ/DTL2VY8D+CYb0
VfTeCWkBDu/6h9jzQ1t91JXT98d9lWQKAL75mNq0CAChWOvoQfsgabPe8LTW4x6PQOuo2XUsy2q4dXgAj8ldcgSPi8j4OXub
uR2YgSBb+60bh3D9Jo4nIsGD5gEYhI4FueZyRqLnBvpTzOvhDme0QaZjaeP4IYyAqwoykjjB22wV0XZz51EV3t/di2GFfOTY
pRXVBcBRSw2N3reQPegopt6L6kBbjNR/7ljHM0/JDrfe84hazPRkNBHp68EeFT+yYNNilkKI5rhDiyE8Yz+o/xfGnvBBAOqa
hj+zRXhHC7zo0UQ3cq1NYRz25SFBwwoe6xG4OXRtDUCRIIbh4DCiUqTid3QUlDhvsgJ9GDQcMOviOOq4AdxWTQ21DHagUqjv
AmsAAuNR8RDEw1qYpliexEWO9VAEa7g+YA0wM2TqIXByF0iMdECHkw2SpA2FPjEANGxDXTCs0zkRiAnzdIRfQQWEJ1PcZDUi
CQYPmyhuJDCKxjA4PS2aHJsUDRZHQJEKWN+IrPIknFnKXl0U1uHkVWw5uubC06+8uuLBEzGk6MUz4TC9dpaw0pENOlZK09eB
+Ax1llpMxAvEORROAf5SCrsQv1C+xslL4ZE5twBxQDQNF0ncXEbZ6csyDpWAjFakiymdXJ/OBaVBiMu/1cGFGWI8pL0Nwokr
lh03lmhRLxdsRGCXXng1+ocojyVI/RIVlBSPteyiGpr3PWOeX9LyywvC8gjir8cjCIGNiQpJ8sQ1eImmrKXVvXOONOe+lcFP
Y102ab/egaZwga71BcPLBQSObeQ6r3G/A53h/EMnNEBSosne7TktPi1fIyE1G6qdGTaJWojcrAZjltpkAYR2QyuN5rnm6SH+
Dt6eijxZxgvsevTZiU835GIszX2IQKZ9CFzxGQIatYBgxN5fwin4OKEzjVmEKdnbb/SdhYenGLtPdqZDXhxLQnMgMEnl7g6K
Y04SV5shzY5igWlsRflAlhzJk/BjFmrtkDKAtmhB6vJVTQe2oVsJWeZbsieMx2jlUPlIQQjhI8GuoCdCx/aA00/lsCc9E3vD
ynHL1/9+b8RUWy052Dk06uZ96TT4iOCt8b172FirEo09+Z4Ki3aMGD2BH0B3USsy2vFMCjk5oFoTjQ6UTweOcCB3IW6iPFLp
JxWsB+EH1rBfJUtyR4gi2g7e4922dkcfGq1KrIvCXWMnDHLPB2Non8G7utW0ZdytFW3aB6drnysVT9yzfgrktaJaTYUIAvBM
l5g/HEf6IyhEOEC6+7TnqUxdr2I9VK+QwOhoTDpm2hB/hTHg5+Y40Mdsh4u3miSHOhwCjx2b/MS0sdqjseHZPi/XjgxDY8w6
3AO6VdcbqA7uK8egeGig/FhWddd0FBiTGoHlgQMdGMAegTUgSFFJwMcFLofpCCrTmo9ivq+3ocmMGJE6iAftARVp0zYJc2xi
C5NNIpj0nwIylJyVYYqhwWwiFmVjEOxRoRAIZ7942CEGNJ3ATRzLJEokqeUZigbJEhHHEmw0hCLiKwycm8Nm67MLwgaVu7i2
sJQlmKXpAn9u9nI0+ULi+lz0zHJhdSE8H5oOXi/OZVbPnimfEc5gIjm7gBcz16ZnLrtWJooU5bfbU+gcX5T6V6JpqZ7GQwZo
j4rjLBSuts2LWbbzIjRH3Stk2DUqfkm0Fv9VHyCj+MGRKdoAQIG9DCkU5/y3Q/AKc/0My7n0edjwbUdz0ygeeKCefM1Ie50I
xKwSplgIZv65txiOZXUR9PAeGeo2Zi70MUG35nzXno0kssJ6Ae44mtHjMF0bgUrPUgfUeocZAAVegpbT3O91UC+/YFDjJiP9
2vAcakXRkwBUzj4yjShbwMoD3PNk2OAGA9kjZ0FrP8CdURu2ko4eLyV1ceLp/HWXxBkMv78A+ktsYO1HkRD3N0S8ImxL+fo4
PCO6PJqH4uS/v6ijX2/j96IPOamUAMquoK2ErWFR08apMPOwATkDrnrqnIBZsf0hNzq2//Md8Vcpe77nAlVUK3mfUrZc1PFP
xh84T0MdEHIpX9AHPHJonnhR47Nfga7BVaSACVj+sGWH3MYvfph6b2SwAdrv0kYKeBQBGQGMPRj+B+c271ouSWCwdxDr7/vd
wFB7t0xwt39s7AMeYoysOh/d1LccyNw3Jgw+VDuWvWWMJirmfHbYGw0VT1JHe66tPjWRdm+oV22Q3T462N1WOuSuDlncf8Xh
dq8RBpv7/vOhbd4/0TXURyW+55w8dY+l3Mf1zw4/r/X7qiIPrW6tjbDv3jkxD+8YDtUFwJ74jMMCY+gQPbsd+G7/ntroeHkn
3OyadAU5AdUHyGOb3Hk6LI7ALiB3J/11pIx98CQQ3VaXBk72TAeWqRO232voqM00VaPrIzr9vDcoDNFacHQC1Hf07oNRsj/a
tK3dACvuSq5hFT0edXG6FPECDKMHo7BgWWQHhE0EhmxQY6Chm+vxkAPGwZhD6hLEKHAwDFq4TSbGrmyrXEQmfDe/H0B2uNfu
ugxgd/HAYYJqsIWjINfyORsJUPycN4sEnkpihp01Qvns8npUX54vZl9eKq+tZAtffA02NYVfZ0qheIKLvnDufCKhrIrLzKJz
HZ9PluLLseXMhBuzsTTEZK69Cq8VfWoxdQ2OL07NZZLYK8tzql6KT1i3GPpSaDrLUFjszPS09N3c7KVuZn2hkJx+NS3MXwfR
TNYUqcxL3KxMvHLx1cup5ej6K9dS37l6tVwGfYJMX8z99vTKdJi8fGaduxz7vdkzMXzprVIBuT6zkJm5Fn5h7qsrG6U8jggn
aQqLrHOJePB6iv+DxTe+maCsSEzwxGIYgcM45s6j8NzvYcIUesUPn6XRBY49f5b4o6nwjJFxBnQqznuOcTVIYi4YJSpUKpEs
CBKfQEnbxdJDXYXcZRtyKCIcpIiEmGfewOO+ppj+lG8JHhuhu8vpCHi0cnr/OpYq35OHz6d2TnPvi0UrOmCzDg3nPx5CaJpb
++nsZp5KFbHfOKb7N8ubKNqw2NXXz7bDb0CJYCfaT72wYfDycncr/w9/8fivjsrJ6mbpQ9K35v7eI4w/D335fwLvp4LzgDvb
uJ5mlv8fIb/lR98Kc3UVsiHvBN1+E77GGeBCeMqzf3GjIouFMMGd0vZi1F9IoZcS7IdHzyH+tffGD4yZrEreWF0+CCVtj7lH
+LXTu+9Vo6EakQquHBrMHt9vj5pd/w6ypVa19dFStAP3doLTH+tjO3yzt9vErUb/lyArCb1nH/WHj99/+OiH/3CKAfcOMG3q
hz7geK4I1B6O/91pm/yLvj2ceTaoPd+rj36FPtVm3r+7ff/zh1uVz4/7dvfw13UL13/46a2HN2Ud3ve1wdIPcHIcZebo2oH8
0xMT+Im+304huuXWFbYd+tQjHjy+29juHh+qiku6z07HqAM1HrfNPSdu7054sXYTlCUswFGta7QCl3s0Uekw56LSViVXwx8F
N/8zsH2odvtStj3YD0mbNo7tACOPsl3OkjqZPMQrcCQxE5joWMGIZlqhGTBMyoY82ApJbggZpny9LtouhNqYg3BHZYiIoiKS
Aqh5FcqQeS5vemKo0GiBHnRNAG2ScuCpVRhkO40ZzBGN8lvUC0nEn4+JpLjma2j58jzqCJexqZXZMFZKLyBJDnqxvaTRxXOx
2eUCwC4mpqRXcwl2BU9yamKqvBpy52eiQZYTLxVKFxLC6tSAi56ZgoXzIFG9mEkkTDDy4jwX8AV+7VJ4bSCshM7708pSIbq4
jodXoTI8nw6miigRoVOZbCR9ZWWVyl9YKC2dG+X0C2tUiWHm31o22EQhfOF1/pqeWs9fEDJIqpi6+gI8fYW6wLyYJAtT4VBi
KTNXiqaIEgIXr5XXoxFMxC6E37gcsIseLPhrq5kL06mXCevS2hy+EJmai5RxrTjn6HMpIhKfBVIldGplPjJ95jwW6ify5flS
HIRzqytRK4EVl4xoORJW56fyzPR0ufy1UGSNzWfUIDc9d37m4nkmMZWj0FhCjNG1pN868pq39gPmcbXCcHvPjGbjVufBvQYe
/APcRYMhJ4LssUKT+q+qn/lSFh2Euynl9tQ/ucCxCXgK3Gi3oa2dnceVWK4giLyEANpn791vNS1z+7PbdW0Ah29Gqi1GKt06
DnWbRfdktHeRalEPYPpxJ7QO+XtklTBvtXb35sJXCO7CB/yMCVW20IoKDv2+/qB9fsHCTEBrCQ8/Sd0Bsfee/NXdNyrF8Lbs
PxrmpwHE5XafD5u+7M0/OGaSyR/Ac5v5IbvwYCTvEwej5+6LinMwYj/puMBD7kh5si99MPTlmdqwvyj45o3HKEp/9mmtLx2S
wi+2sVDqHSfUy9Jr4Wb/4IZ2CH7uwqO5ge7+U7OOb5N1Cdx7tE1+/IFk1Q9kyNd//DGov/LwzpO7O+6Quwv2wNWPAuqAjuU4
VXW+f2AF/wjZWpGZ5OhxAB0lH9jj+rtarqcE40rTFNTGM5xhryA3PkV38Zf8Zr4fZH4OITysuQixy34o96LvgwN1ddmRxW28
oMc+9WvqIz40tuEhOoSeI9VEN8J+nL1fr9KZC0bVotj2KR5xp88iSXxIfcIO1vZhhEzGSHtI0cWhKy/vRiEsZxmIT5pAvpio
RGTySYEeJ1Lo6phDw3PZ6RFBv3BtZBKGnRbHHEAOwxddU30uD8PpbG4JezuUvR5XIRgOIlelhBnmFjbYIuivU3mO4bNfF9dg
/tqXfxsi+IyZyJPLFmsL5ygPN9J07Fvx5LL3Aj27sOqRlOLFeOJtvk2UDnwH72AQOwSOhEw/cJvi5RUI99FxrDCc77QpjHNw
Ywg6Z+IslsfmbMbwVfi03+V5JYz0teiRBYX8rOUfQH0u0bYoQGTJgQ/zQbbgl4GhH8FU0hqzQQzn8aJnOV+8IkVKIynl+BFf
dhYtNZuP5BmkRxhCipi27IRKFtwor29EgaRliTESwAiFgROYvhz10AQjIralCgNTNFPQ80bm1/goqE7gzatt+3GV7ElZYbUo
e5v1THYndm90ujtaMMn97TGh9vjk0aUiFSY/vvMArprBR6HB4x3TPep4H9v3R+ah1BtU992m0mIetAfNnvGgY+w3PzsdhIaB
fruyd6j35alNeLsH1J52Tvvk6Se1wWOvLTaB3ePTvYbRlKveYEppNjefP4XrUH98S+01t/qDjNgZfkA6T05r+rZfg95p4L1q
szcA+8MBc9w93u1NqsaqPKrvCw93W3VsQl7DhyMj1Nq0+g37wDVrWqV6n5DqvaYsobvj93abo662aXU/VJRdFbUkxVRVDsjz
+zE6ph8ZtCXqalizxt1i0A3gOXdL79Z/rUnOwAbtfRy1p/ijvPxYMjIE8QQOZcZgxhNsen2KxmL0ZTggmIXZZFgF1ORMH8LC
mHVZbCJHfKgAz4aVj152srHY8YQRJ+lrgb4dF5VZL+D1LFsghOR6VtQY9vy5a+WAhZTcYdFfSTtXzRNKSg0TKxfS1Om5SuIs
RMeoVst7AQlbeAEgQdjRo+FXzvenp6e/xYWLF16aeXExSqFa1Im10mX25WtYJCUUqfw6N60inWtLJEjjDT0aTTvieHbuTrSJ
ueez3/aNuVg5ZixfmJmfil/i4Ry8FP3NkxSX3ZjJKVksc5V9A7SJNLpwKcUzEZ4sfGMFO6uC89YU1NXK6VlPFqavc24qX3jr
91PFiI3K5GDKKrXC100V7ToOmJ7mrxeXJSgjIGPFU19b5jNDFFnpR9FR9KowPWcExeuTkb+Q+cNvReYSBA6IxmU0byZe7/fj
PuSDs+ey15TFAb0RJ1KOC84tCFe1aDG1G0di81e4XDwmYP4SnZ3CoDw5W6SLKFYuTqdSoWi6FJ4li5loFg5vRAqzxaAwJc4V
EutEEFKSLT03akVSrVQ0zBOhs6F8hmejYlL04i0Cnku3M9BMFtaXIrmx8P93dJ7NkWX3eT/5nJtDh9s5o5EHYWYwOe9smiWX
4pLcwGWSRIs2JVqiVbLfuKbKn8IfwC9dZVsl23IskbYlShYppuUuN00OAAahc994fOCaFxigum/f8H+e5/c0GveczZpNa3c9
F9WXXkzd9k5mN1F+n5azh/jC555dnQpn2aq1gut+1KHI/gzpTWNWgCI1nhS1hV3rhqM3Y7CQj7vVY8mrZy29XN+wf15bH002
Et9d0b1S2l8800sX+fli6ZyT2wiq/nbbGK6mvUJrZn55Ibt+sHaqG11bdlaajZeXnFW7nsaVqkbO21uB3m6G4Uqelz9rgbTl
9sqNUqtTPh1ogwraCWrHuO2bzWdV/Qh2lqv5WuufNj3RL+oIQUe8ZfnVnEsf7ZwKFun4zI3FltvKiq3OheBSzt0DwS3RsZwN
SRYO7ZUVtLjWFBviep94parzULckOjfj6+akPO4WPIDPtJtVxUT38rK1ALp+Hc8zS0NeXJrpel3WFnmuhvaddF7ATdM/atbK
VmllPmtrWiRzGHiHPBhntubbi3pNDwWXQk/8MlawZONSqgV9N+/OHppBT2OloNEFRbtU28qLuU545mRTqzAMpsAO6oYrG4XB
Ei3oFgm6MTWIk/XeJuUaLzZ5Yo8KhlVJ7PavatV42Cw4g0QeipSifCJTULNKzJqkcj4oLGuZMR0uLfjZskPHCwRUgBjTiax2
Qm6K4vS3NfvJuJ8Lx/DpftFOJDwajSr5DIJ9t0ysp1vmwp732dSosallOM3TXjsGQDw8ktnp48rC/xh+QLXnDz6iL+Cj5//t
R0+He0f3Rkfg48fP7iX3nux5+x/R+6tH4cfHll37ZD4WD7XJzx+kRwd/+8vpfvIhgH/+yS/6yef3/gP7KLr3+Y+f/+LfHjz4
dRZ1fvXx4OMXD4PPiv/z04e/9h+P/uEv0aj0D88/JX/bHf2bCf/03k8e7cvs79HnP/rkN2Fyf/e/Gff3fn3vJ3+59+eHn/4M
TR5Fn8+ffDgcPXv0N7/40QfDJ5MP/t3u4PABefj8b8Kj/xSBzx/9w/692dEvj5//8cKZp2Vn/c2r693qzusla7He2EIpsVaW
12+0jKvtb559qWm0e+tvB6eWK7DUeCl38dseuX7t5ktXgls3jQVi6V8pSCP3dbpZCvqNJa0YXATDud00KiTxnVMsXGRxUa80
F7/g6ZXq8k5O2+wuwKuA+1sXC/nm8Sz5qQ3x6GbklC2QrVWd5inR3Ky0k3o0KjtdMDP5DOTGkXcNm6/UWkneKK0sSR5ldPOM
+oK04SgrzthLcVg07KRc6i2sCJqzc6wVFHBOy4Nak6ZK8f2FkdHqZV3sthUnrAvmtZouBkXX0N2G5eEAGrkaS6yuSTPPXGTF
fHlBBX67umX1X1hmrWHhUqGa5lN3gfBWv1wqO7d6SFU0/pToOasXA6HcBJc6TJty18t5Bn1s6rbtb+jeoazogpNguYhxYhSC
1AANQw9XW5GwTBpP58LxkwoC6kkstacjPqG6xNaRR3I8UjKYjFInhm44Y7AAMwLnWp6FWDUXLc0sEuEwlHq6UEpyLvChgLJB
kT4u4LjAHZgUNddKhsCx7OMWZkpEZnf3ZDkXxTK2REDXQYRncWlQyqVI1wlLAQ0aIqZl/gjLCjosaXmaAlAUSebPOSG4wPfJ
Ih0wvQK4kze0Rx7OFrt4CiEaJ9Ui0CfeYpFOeJGncx4cFXMNm4y8XI3vbppOALC3NDG6s31W3Z5WVrSyODCMvUUgwjgcxULz
R0lS6ZSH96fzp3ne1h6V3D7Dj1peyT9ZCrewlgS1ENYefyhZc1LfPEo/eS74b1waN4bp02Q37Q8yed863leo/H/FE3f+0xp8
qZQ8YRXe+tHUtCenPpq45WRh+ncgA4Na/+jxT3ZZep+p8vw4+vjBw596jx6Mfil3Px5+FH2W/fT5gw/g88LuwW8+nX/W+e/P
5sNDL/5lmYfw49lomHvh+PT4J4/o7L5VmVopHDD49AGOkllGwuwXo9j/qRarUqz3wePdo8fuvjjCTAzmSzp7aRxZZulFJfvD
L7/zgb/9w3df+ura5su/s3n6u+ff/Cq4trn+/vfe+8dvlH649f1v/sm3a++//7U/u/W9rS+d2ln/Af76n57e/vY/+uEPv/2l
939QO3c71zwyqqtnvhOopDh3pit6Z295NkbrS6/2/JVbr9Z7X1xFa+VTLwdf2urIW5unxfLZs1eWv3rnCxcv/8H15mbTywlR
WMytakW3Vigs89WqVyucThrbi7bod9vEyhfCYtEX1uVqCZStF91Oyfs9g3RahepOQTSL+cJese50vZZsF+RwsV8JAimqQa4S
6NvDFiy5ssnyZTNfqKSLRrXYXqieSl1908mzAFUdLsziU8POB6ymG0YlqhSaQhx1eEUUTSKIKWyGPY/pJMqZXiJ9vRjZ9SMd
d5jFc5DDFJr6KKK+mzNNKQzDNrXEGmAEdddUucM8AdSzKdUtm7nM5dhEViUPOcAGTwKPcM7RJpgzvYAdHAH1fYyMCcOUYsQB
T60UFLkWK30xYqRRmiWMSibZyS99wZZBRxDEAkyk5ciykaV0mJghGSi44XOWRRInlHspSyJDkHyyz2ezQcp0OBFOnGhJbONI
EirTDJC/ziw70wQ18gmGggicnSzTwESccZzEMwupypLQOCZjqsMRIhmS0wMKVcLpPx8ISO9BaWWClBkx7elcmuiAyoBCTYIU
01RkEyTgEAAWTinWBzLOpmA+RwKYojaNNK2UpFGiHlnOSpb5pFhE9BNBcHFsRoQJcwZe+ChXPuaOBha45s5BjowlajDDtIoW
mtc9p97xX7gNrhkrnhsS7WH7A58/1varg+NS63RnOjMK5cquVW2hRZBFhahYD0UFaI2uL0NYTHD3Blib5uwEHPu69eKTyZTP
RonDJq0oNE0jN1HGk7x6xBTUIr+e20U9WR3aHOv4rIIef6N8e+3GhcLp5TNnRbV+Zgyu5QsOMi9t0rOV1tLSQre4XGHmVgsv
VRbP5b++c+B/t69+Xq/m/R+8/gest/69r/7gO5u9O++5175cfenbp7/49dw7f/qV3/3K7bu/+62333239oW7737/5bvful2/
9vbX1771hzsLX3vvjbvf+97aV7vrX19p9/TS5bVTZzpOZyXX7S4uLLTWb5q95cV+d3N7a1N/baFy53zvtrd6o0tap3uF/Lnc
9sI7pTNnTndOeyvEtiKQWdWl3IIn1vyFmlep1jfW3B7NOdV2wc8qtIxznlvzza0gqBZLVVryV0nd96ImoZ7GBUM13fSiqsrP
tiwsWUT3fZpwiHkz1KVBZgXdY1p5DJ18xzZqBbYcmbqrRsa1AcyFWHwOEcUlJAggk3zkYgpzDjU4zJBGoBnN4TzH8CzT3cRl
QtOxMRYAoww5JkjngsR/yxQrx3gAWQQzkRGRIHZAMMZ5mwkbsRSDaG4JA+qUM+ekTFt0RhFNMeeCguTvIFUXXjdZyqQ0ecZo
OMvSEEtoYVUbVBImMkGOpiUvKKVEGkJgnLEIvIAohCj7V0y9QIoglmMeyzEEMB5xwDDkKJtl8ORjHZkEuhxxAuMjgGweYw1S
mCZGEkJCxyYBuCS5kCliGoYZZSMzYyQRMhyHMoajMMwyDYwxA2BOaarRTCKSEKrBKAOwRgHih7OQArUxYBJEUMZMMJ89j7Is
TV5AOsiQel7EYJrFJFWiS8PwMEVzjiCCyScZnBFAuYa54Zgiw5YjEIMgqxkxmqnLEPkR1TKg5zHlVERekhvUgDy5yT4V2CHL
yu5gZJe4XsmNC65BaGqgyQNqz61pKXncInYjimvctvc8x3FdwR39qK9JVhgfc9NzK4dtvcpes5txedEbiVy+MN2VUByTzGV5
Jx1VaTmXFwvMWsK8nPPOrjR1gYvMxB0ZG+btXn/YuXr2xs6ZG85m49VbYGdl2RmtKdR3F68vL52pnv3dna3F7qX1RtC9QF8/
deGV7S/3YP+l872N9Ze7rbVbZ77w3zdrGy+/fv2N9XM38+vfCk//zuU/+SfBzlpn58zSpe8vN968svbam699+fQf/tnKraVv
vfvajX96tXj5i8W3L/7BqyuNjYRXjPY8v28s1rNeca9Q+zzTSWXNMjqErRTrwR7VnYvbWr41lEHN5x6/PAn2J+mFIzufCxNY
GvLGaCXxzW7BNLSe2agS1+LloB8YNistemYahPm+b2rlwFJnU7e6BWDiVtKnetKLkR4Jt/DbosGDRWfqQyPVCqsUayK1mCas
NjKQy7geVnhECeWx6egtbvoTy2ohTWg0yhiSdG8Gma+GHGOK1DORhnSHQiCgRpnBCEYxMwhW0SCoYCmnRiyJUoZQJq+dSNQX
EhkAHyPGiKpamGPJwwwblIVCUCVEoBGlKzh3pjSbCUZAiLEOcTag2EISRiwi0ThV7g84o1NCBVHRRwQczBUMCvU9A1hLpbCe
pynFqTQp0HRE5JQwIoCCWcxkKtOIxAzGcUYpUnNuREA9O4SORIkkOgtnAy1D09FkHqXq6CwE0iciUcxITELIbKJSEMOIpFME
IAMGszBDyipiU9JEoyBUEsdOBpA6xjFKBkrLumRhOE9olamT9yKeZ6nEIMsYSE7+FN7KwBGgcyBHCIYq7mCsNIghY9ngCUnG
MiNmKmUWRjCSiJ4sfKqhDNCJhyLISYoMkh6JSMV7CKeaukwR1vhQx4Sr0+wkx1ka83DCU6qJC2l2iNJywSeO8HRWyITDc/k0
nRedMbUfQnhkxiGFdqATzeQWCqNsYKYzYj4emCZhwXGXdWe9yjYol23j5KONwcHRIBhYetdqEvcY2NSruoHy9yApF4rNmq07
SR/OC/XVwK/162eSldrVdnfxVm198ebXjYvXl7+08rq8brVOtW9e+VpVv7r6crt6qn3V/dIF2H/l/E5t5UajvXb21M7V1Ys7
l6vvvXa8OViCtyvfv9tZu/vt7w6/eXfxBy///t1ae/nZldzlj1dv3jz1pcLdr9Bb749foW9ub8RnbxQXbve13t2Xz77Rk4Gn
5qoZbhi3O7iVB5fi4gYs1Ox6uYgyYQW/hqXi4mmz14zslt3Cbb951OjNQAkAXTWqhu5rJebm6vV6qWZxy6ouNxw9X10qWUVj
sulbVZCHbsE3LMlxPej1c/Wu0cbWHgRUVGdTXdOJca/kmmIzr+kWAYaRF2p4CNNmuipkKRpFczorSI3oI2fGLQ59ZNMMHiA2
MayxstOMjk4Wy6IaoFQggseCU91HUqbqok1FFEpoGnPI6QjZKBZYH0ajEJkwi7Mnsaf0kzq2wDwSKoCGINQAzEw11WroZWbN
BGVQIhTrND0eqyKLAFKqYokPgKnEwS2Ipr/CMnYOYhEqBc6mIkxotI9hnNJMpGNTaVcFKgJxNKO7KlBewNkok44EKBtSJFk0
H4VqzEfRcZQk4GR1ajwJD40oS5VW0im1QZqNZpFS3VjEaZhkk3Q/JOwkqp4AqoI0SmIJJih7GCWKZacqvxS3ZoxDGalgFYZK
KFVp9jKlb50jmSTDX8lojCTmM5hOMKK7TNJ5TjyPsARguAujCPEQRQhqnKiTkqaQZ9k0RizjCeKUjJ6x7BhKwg/USY4wVelu
QM5spFB4Qh+mc11zpxMHQTfR9GEySCX15Ej5CjtKoK0ZYGxSzHWU7Z+sRKXskFviGLCeR7tptXzE3YoDZiycj58bBonvPTGH
wvKTUM+w4HpZUESEfJhJXJDHpIoLvmgLqq0Zl9zSgllcHuql1WA6NBQUV32hu59xI2jY9LywDak7xd7pxlYelh2pm5U6Hyzb
Az7Lg2V8vdJhW1edNxoKV37n3bN2gVRjfrZ0dmvP0W+3rNy44r0rhX86Vz5z9q0myJU36m4fsvfdq8Wfle8/Hlrpq79r4ne/
h8nK5c5rr97+Ysjtv2+Hi8/o5jm/FK0G5oUbB62ofqm+K4TQ851J9lZz0yzK3MLhVHlRWVxs+X6v1emXlvDVdWOnxNGvG7jx
VOSKfmtSzB2/uOX6QXvFG+bKu1neNPlmy7BSRYTuZFZYKJgV5wTpNGCZXd9WyEhD7phVboUWmPuONT8o1ixWtf1JH94fDngF
1qLQkCmz/p6RVKVZZDON2yaViWovDjjGGSVZOpzGesznQsKZmHImkKXocxztUzZ0cqHgXOUPFTNNIlvTqMZRSKhJfAIVYiUz
qImI4xNdKqjDzIMU5aYqEZQcJQL7SebpIP1AI5rDQphoBE+IligQQ2k4kXIeSk7Ug10gpRBoGiIWGRQD4BKGM33wmKUuz5Ae
q+3TGCgq1LLMSDL7eDoPYwAjA81sDSKeRTOVdPMkAgM4ovszBiTRjOkMYxdE4MdjQcYMPURq/llIhZhGo5Nck5LgqYCJok6g
Whx7qvY1FiN0eMDxHo6hMghqJtJ6NqPyuI8O4ghgPJ4xOGSaqWom0k8cAXGMFBwO1f7pVAJ5wuXjRLkLZq7QY7Wfz6lyhxKb
xCRTxTaB6ZxqExZDiHUAgHZCHopcodRhNMdSz0g6zhSrYlML1ZVj5K/EGJEGdxkOZzMcqqALrdELqpFGRFwop+ooLYX4U1U1
M2rxjBqhwYFQmZvOYoLTj3JZRZek5Jk50PRnhioj0sMy4Q7IOfb+yHaLfrUmgsxscrM+14ogpIdRZhnFw9SDzjy0D7SNgn/O
sSv2leJHC24QHXQrUQ4atUhBqtdMVCbUsNZJi2ZT561VkuWtvGVtXJsZlbJv/blLzl1edE73l7bpW41ksX191j591l2F++dN
9ApduGlc6TfckrP9olW+UXS2X1tp5ruL2/WdM8x/7ZjCn+nPfZjqWxEdWr1j39U23bYol8qX2BkPk+5Ku3K/PuDll7/RVIy2
uODnamkj59W9nFabF0amfSzEuLjeOa0Rr9xIXGF61S0vCVUsOlrgIDcvjDgZ32PdRVa2aq1qux4mvlOwPRUivmnY+weDZj9x
Ay7zRJUgLTHsKk/0GUGGFRQddY6Qn/f2Yqs8KTQyD6zL5wbSuStAJJ6TzIwVLaI9zT251bSnGXLGODOTSZQVzCkx9QlTVz7G
D547NmZmIS/yB2g+Je5Mn04TRFn0Cy2LVbHCmTxpTGEmBbElMBI6zKaWlAialERoNo2pTueaotRYT0MEJUNpqvpbFkoQo8EY
xJzjJHORVDN4nCUU7E8AwLEKq1QmlhrdRBEpYDFABTZKoUw/pZFB5vLhIWFoPNmLM4wTZITJcJyMQYboEdTmVGVRmEIUZThJ
GJ5bx9nBkJCQZ3b8UZqls2T+6IE8eQ/0UZSCKFbqJ3EsxgLC7DE9UQHJEKJcAiLnKAUK1Q5GYRwrd+KBQss4Q/emqpdZ9Jkq
a9IC0xRPNZ6I4zTZ1VTfUnUOqLAbZJIoUcNxpMwgAxJkirIJncs4JlwB7FBQtQ8RdOcZVEEzkyiFU8MKIcXSVM1PWZJBIODU
p+TjF9n/Z897qYpWSv4rz+b+nAtIQJwaUCU+cmaxQlXvEIuTldw0HxBVFlRdRsDWYys+JqWMSvJrOkd+Qj7gTq7QzGeawwe4
WNE1zdELqWrofd2khqlEkjppALgw/IDX4zITQ2pEOUIWjpOu7+TmztGFZTvfWQyWSac5tnGlYZ5nBzby1sxSq6oFqio5G7be
CktpWQP5zlJUWCl1fG8Tl/pONdh2xtdqbfd6w1vRTvWCmllwrpWXUbeca3inTvX0lcrCtfZmz77yYBXt9Iz1OxtBLb3kd/pv
OeUVwzAmeHZKTenS0JUFP91wiu3p8jyfj7dWrNIhKC4WjV+X9rtG771ApsfBxfpG7cVSUyxUKu3WKJiZOVIo+JQ1thKv4C2h
pckcB9uafTRyVpwGxX4hH6RoqD3hr7XjnjLi5cuVw7BN/UNU96JakjdVQzKSz7V+aVgqOp57ENFWswCfvhgtF2k40iwnqE31
/CdT25tZTshRmSdkw9Gi/ElPoCA3IcTX7pt5ajuqHimUtImpSSWumgPnKR4jXDDR7Fi4quATw/UMJIZiZgk2PUp5itIpj5L0
MDtQGYMSciBTJVOZeRE+uem6jhUIzslERMCAbDRHEnGYqkKjRPosUV4Os6LyWgWrz1NE4UCohjKB4VwNYTo8ojMSh6lJBdS1
LAr5FFkIZ0NNpa7GxIRIMgPpfz0K4zQe7ZMkZfuq+RnhJJ2e5CZMtRkGivnYyR//qW6l2qaWSeAQAhTY8n1E51EyTwYZSdy5
ElNmRfpQE0gpiUlEjqEJ55mlzEezdRXOkTaHxgRCmmWcYp0LYRxhIP+GJkzrAKGDqcHxNEuwyRiLk3SiDCuGQG0d45TGOR2E
JEap7U6Vigmaqggbqh73rzOOtAHRJFT5qfZWcbORqCSUiQmFelXiDPVMNVRPNzMETCnCY3Qk1YGO1DkCzMozNi2o5guJGsXA
1YHhWEKTmDgD1dLTOcYFmBTJ3DNjnVMt0Q6OeFnRiVKjpivr/YucbXi0/MgJCjOzVMt01U3KXJGOLajNZ5iQHJFtMISOESS+
5edI4tmqbcST6axR5c6ANIyldrNWtNft7VILsOalizUQQ1Jsap2S1Fx/zRLcWShoK66hLL5WLJk5w/L0vszyjbL2y6Df36k0
rpHSplVfXVNFqfjORTNLXUSsauAVSuduNnmhUC/HZ0n+Aqou5a4aK/nChrWS8B1bVnf5zu1i4QKLL9vPpXF+vVFM9Lim5v4V
1nXLPDPRiwauBL1qKb9TMgcOKdNSE50uN2o4643gZMaR4Y8TY2qFjy2y7WTazJmUHoTpijKsxJ/ozuFxUnu6Z5erVD8aGEFp
4Gjpwn1nz9g9Ozbt36RpBo9QsUR0DS9UTIcbK4I9iUd6TZPPKBENxXzBvSGnJYxgVQQFbi1z517xEX+Syyh+DF2BD738mJov
dk/u05MCaIGDg6TkwUGEX2BeQDweaZSx0jCmZOJmc02q6j4aPSypGFqQ8yTeBfMJg7OP6ARApFohRDHSJtoUYFXJiIAMZAny
4kQAGoXxyTKgFB7Foa5a25SBGcR0ADGe7qnWqSJcUVmm/P+ARhYcxYgjqKsSpQqYtFMwI0fWNEz0RM1YpuJzYR5HZID2sxGV
U5gIlGSK3WSIFa2puYWRalMxUWE7ERnTH80i7dgwYzXvVUnHKlLQPCTQUSD3YqBS5ylTtMd1nMU6TjWdM5XEY4RUREqlUGg8
CI+whMVIKOIWUoEq76Zc0Mr0JPtRynUpTTOvzVVD1BBgjNLsZIdGioy5NEDMAAosld6QJnswkRkgQhVeRTgolKmykJP1g12b
JIBlhq4wE0aQSMbHycQgmZbCiQo9oMABULQ3VymqWATqcVZEnzGaT7lNDZ7p2EIZl9lEGQ4hfKqMVhCi/q9rhsvyn4vUVqQu
h3PTz2Xmj4qWcPZaRCv62OKKtjxulBkQZiku2EYKfNRzLSuZWZqtcY+63iNpWYEBg5wMWx7SArMiVjVvu2OW8qFYNrnoNlaI
UdULOVCveHm/leP2cM3umh1fry8KFXE40NO8vWJBftmurG6c3thZblxBOzcDbeFWv7IkLrzqec2FqrfIt5bqy1s32sXm2Q2/
v7TmvVzuddtfzF++tXW+e8Zmr/Hs1Clyo31q+QbEffB/51qz5w+SKatVqvOrZhteEmFB6KdM01wbguVl3Zn1076x8BIoWMtL
x/tFWKwTPObliTldhfGTzJMb7dK02l874ij2m9Solk4Gui335gbZGjZJQRM681bRmd1TcUsoc9NVfFp5atpVyz6y5w2FcWbd
P3xi7lXrvgaaKfP3beQ+xY4mbVKpOfVnS4nm5Xf9DyzFf4emm3IGLVjyYn6k20rLmT7Tjh+JsK07IzXwalLNYvQiCURoCrJP
M6ynLsCR3FMhKQgqn7zrPqQmVdUmVLOR4D1igYyqaNQinFkIAMJNyEKuYApj4QItcgCVc5aElkjihyZAfMSmNIXx8ZzLeDaS
EVLRnIEk0SA4eYdSJZGCyxQkVsSASbVMNb7wCCigl2SfQekfxw8AI4DEksmRDMeERVwezRFKJVHSIDMVRSmCM2MepomSFpBY
lmSimqWxlIDEc8UhAwkxFCYqiEWpUHioz7CmIwhCiITqwpBENDQPMhrOVCKYQqpwkVzwnEI1ZWxIKhOZB1ASihBT/zDDSo+q
awKKWSJE7AC1t4KH6ouTnQQMl7rGkl+pIEX7qjICrhOkMhAfk3GUUmpbgGSCS00HFkhkhKeSAQqNzFAIjym8T/XMhsbfGlSK
Y6QqRd63DBVXqZdKlyHCjwhXj2RzEhom4gz5hpGvuTXGuca0ufGzmKFcWnlm2BMiCmusaZuLqW4IzDJZUL0ZQy1glNupg8za
vl5gHuPmprGtUegXdOhnOFu0cGNjmNcrrNnxq42yM3OxMBuzJdVkiBTI6ToWG+rIh6XxqaQe5Ixl/YwRsbylLD0orN743uk/
7lx/+82Xtv/oK6vv/N65xq2rL11dPnfnX7659sb1b7a++a13fufOF3J/+o1v3rm8fnf95usvvX3+vW+88/L5r37j3dcu/96t
a3e3V68eWte3/tnaKysbqx2PXHvjikiWc7mgdal0IThXvuVVerfXVztfurnSJtsvra8tLb2zlH/17tJSs7Puum2lvs85AB07
09oaK5lzp+TmNFo7q3FfmAisdWt0nmpbBakd18jUYGhaccP1m16/JKqiA3Oh+9gpGFVHH7vGepQ+s7LUIsQBZnpYHQO8ysfO
/RDZ0b4cmrQma2PiHQYUJG6Uk8yWcg9+gpCVleFDEokjV9XutIXmNHKMWWLoBgMRuXfPls/mUWRzPdYjFj6IVH9As1yY50/A
HCUjgpWvTyUkY5vYGKPxJxaOWRYN0rGBEZkOTrTEjn1M9AGPo0kUCw1P8cntfHCWPVF0xoxwCOLIxwdBCjBACGoIhmqLOrEg
GpAs0dVgjTJNzrgaQiFxaijOdSc6SR6oR+H+OCQy5PqhpmoQHE24pbFQqYDKHJplmEw9m6VKtXFKoJq+LE01gQ2uBiqzLMTw
LNSyVL3I0MJUY+oY1PxBHHMpTDxPMKOu4H6qUNIgEqRMUaYaUyPTpUXOCoGjNE0AVJ01UpHF3dRMuCJCSpliSxyqDkxdMzLt
jCe+SMeamKQEQUUZkDEZQmZqn7K50qbaRqwl8exkzW1Vu6UmNYtjLqkppc491UwnR3bCTt6o0TDZI8DQmPXMozmPUNMSeqGN
ljEMFN85piFVVbSLdt5hdmyjBKVj0zMgMdmoDbBWzPSHwk/btP2M51GLdVpWziz3/aZfKuXzI4ulopUz7WYtX/baptvdGy1m
Th2uX3NPNyyz2SvkKpd12m73KrXE6xdUiiG2qZ+s8TcsHdYGs2I5HwTVNKhr3vxGvaQOoIJmJbt3tdDpq87ls+rCJSuwl+5+
YWAvv79y5xtXVitX167fvnZ24T3tK+7bt7939ezVGz9c+sfnr+Dv3npr+87i7fL2pStv3Vm0v/LyRmf7yvWzX/39fufauVMT
7/zVi9fal4JT1XNbb1z2cuUbtfxi60zr9TvLF4Ol24s3qhed76wtX39r8/wlf7P/Sq27dqG7cqlzeqe72shKp1nu+uJ3jNUj
d2/ZvtLWRIPNM311sfryWtcrFNdrS2yrtbxSaS7tsCXA892z+VOeV69fWV1dJoXMbhlGZ/2SXdoNymFPX6cWLy7R9bPKtHSR
D6xS9YUe16FurHVqQS5X5xdtq9yw9b3tRbdtPU+DwyOnVG+CKNHGjzdELYbeueVmYbOY1RjqimnV/yx1J6HFV2q0ZYt1PzeY
ky9OvA87czX8E84+HCKViMUDSd1d5pWPSarbBeHpnCexESqNHz9HaZSYHBMYzRcZe5oKiNJnMC7tzRIofkUJPjKNSDl0aIcA
qbHTjinHSW5OtTEWBpjPMUqGkIgU7mrSfVJIQ2EdsEOmKFFJYpKKByPt5NM0JBeZiY5OfjePcTzKIdUR8wrh5vO5QYlmYXCy
mG/KMcTZNA04TQjnh5OZtvsC1C020ZxQtWIoE8YtCo45M4ZGnsehKsHci3SSEhCOuZIjOulFSIeUGJJFqXi2j+YczrBleFCH
UstrNjd/iUxrYBocEjacGFVld1OWqMJrucQGRxGFLDbyvlH3XkzLUrSF5iZugRiKXEFOt3TvXgh5YjNL99G8BuoqdA+NeYYC
zzdrmFLENVg0q0obB6yXb13SFAoGcyIMWuMVlZ1+tjbqU6fgdEoabMZEj8SsMKNGpWzq68S24U57xVzKWZVCJb/Scjfg4sJW
p9mBTVm5cEAdmu8scdYu5tqVhQaz52zVqPfWu1/cOXW1lDvddxqLl1pVY9uofl7q8fyZ4gXurQSn6jekaJ1+FcdW0WwUWT/n
ZOLqUqb7PmYrcdlbvRbsnF+xVwxSyy3YC/61le9+XP3BH9V+f+fyzj+69Pp3N79+dePud7/VuLD5z/Iv3T37x5X1r73euHN2
p/5n3//an669dXfrztaX33vbC95wVt5oLt79jmys7afl006vfH7P2z/Td0swWv7yBkCVjnH5Dnv5GeiXtpLeINdYurPVdm9E
bdRo8VwjkvpyL+jm/n6PH4bIGrf39Pvisd/LtGnaI4Z7ZA5+a7m/rf/lURIX+B56+hAtv6Ck9isAU730K/vB/qd5+GG5+h//
hj6XZPB8/WHlufWLg9OPap8/7Qev1Z5rP//xGfKzrX/76eB50n80+/H/erIzOa4W/+71cnhk/xf21/In4fF/nnl/8cjbPebw
8+BYi835J6dHzu5oUjvnx9UHH+aPPmz9+0/DlJaG8n//5DdF6LbI8HIwHeO/Hj+Z/JX14V89DX5drv3deLF0/5UeY+ZC2nNV
x5x37aPVfGm0hePG/fGqx3tZ6bd0VO00FD5VA/y8uJtp4OduKAbVYd34Px5zd4tF33vRTIzSU8fU2vlxPteBdrFWHNOuVa+T
Fs/Py012UDpZHxmxrGWYe+beEpxK3/hxZNZhsdL1sn7Odp9kSNP9DLm1JGyY8khfN/zKGI88YboqKKM6W6556Zahup5Z05O6
50KL9SpLleUKz+UrZUOUTLPCtWrJAW3DPgzWc6p1z6jn5SpGDo4WaSWfR/VCyuGWni96ohE0nHVnoVBuVgu5dq2PSlZntViz
GsXjLmvMWq3gFJkbyZpfOr9d0Y535t6ZqlOtzDV7jXndZmCMCpEVtMzVZrpY2m5VWf5UKd+wVvNdUko6w83lbsW2o16vgy53
nOK+Pti67pdybqgbF8uiFS0uF9MR0peCN/34bG1rjRbXVq9V+31rXoFX5SsDYhVvvt7Z65H2JfFtXp7mtOoNrnuEi/y5lnnJ
7r+BF6mPvrj2Qzffu/SlZatxYevld5ydwKgYV/AtZvEzXz7ftW2XXS1dLd8+daV97v0tUQ58eOlPWld8RLc/XbCm6U6wWCCs
+RVjueJ2/vkf6/W6KsLV0WamH7uvR8fFMYf6dnXr1uS1ib1YygCYwsaG+JoivR/yxoXc+Ka/sbZh7bxbuNbZeP/OJXb6/KVZ
9e38m2Oreaap46UnFxa33lu/8C9GF+2dO68fg5VReqZU/qP1/wdQSwMELQAAAAgAAAAhANE3Yz///////////xIAFABqdWRn
ZV93MV9zY2FsZS5ucHkBABAAgAEAAAAAAABPAQAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59f
lJIKEndLzClOBYoXZyQWpAL5GoY6CmYmmjoKtQrkAq799XY2vu5VNgEbTG3sbaZbCfWH2QhuCLPJnWhiE3xG0sbDQ9naOc3U
5nb9Aetr6r42O2xybNytNW2mZlrYZGzTsbmzjctm95031u0uqTaPE91t+tQcbfTSNWzm/jWw0S/RtLnu4WQj8d/bRvdKho19
RpdNBQ+zTfcPVRvrDb42hmxONoVyFjbVNcU2nRXSNic/ttlo7VKwSfnBb/PJpsRm0zsPmwvBIjaZG+JtPs2ztglaqmezWVnZ
5sh9aZtCLR0bpY1pNsqfeW12avLZvO0Kt/k/m9tmV4WD9fdmMZvQGVk2LxIvW0ceS7MpmOlh4/rKy6bwsLXN4wlS1m7uYTYb
f0bbTJ6lYQMAUEsDBC0AAAAIAAAAIQBm7qnF//////////8MABQAanVkZ2VfYjEubnB5AQAQAIABAAAAAAAAUAEAAAAAAACb
7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RpmJjqaOgq1CuQDLtVr3vbv
Tyy2v6k31d7ZZPVeCV1zO2kHHvu6DGP70H8a9lp72PYFlKXb3w1dY/fRQtF+7t10+3UiavaRvUb2Sz8stTtxu8C+I+28XV/q
E7uLK4XsT3qq2a+/m2xft+qQ3TlPT/uMygR7gWP8dpwJ4vb325XsQ/7o2N+vELU/tPG/XYm8iP23Tg078f69djtM/tqVSnTa
y7K+t5uX52dfbjvZzsde0D7eztzedc5r601ht23vKDrZ8679Zmd8+LHdpFQe+7sTU+1Tv3DbNx5Xta/qZ7Rv/5Fvz3lknY36
qTl7l1/9bTfJsdVObFaQfffer3ale9baLvE1tr/KmLRv4ZdHdvNla21P3mm0AwBQSwMELQAAAAgAAAAhAEiJGCX/////////
/w4AFABqdWRnZV93Ml9xLm5weQEAEAAAAQAAAAAAAMwAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXpNpqK6joJ6WX1RS
lJgXn1+UkgoSd0vMKU4FihdnJBakAvkaZiY6CkaaOgq1CuQCLvuDhf0JC5j+RS912eOzJWQN5/fwlZ7bo5aFr8yYYXEifmHi
fM/t/huT5vlvzJ8Yujp1dursqGWuuys6Ate77QLpiFvku9nqWPbUsq7I5d5b4xblT0yaV99Y3Ou4P2WO897I5TFL/DcGrvff
yP01cnnyXJsjwWtD1rjvzJ7K/dV9p/PetFkAUEsDBC0AAAAIAAAAIQAaA/Gq//////////8SABQAanVkZ2VfdzJfc2NhbGUu
bnB5AQAQAIgAAAAAAAAATQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWK
F2ckFqQC+RqGOgpGmjoKtQpkA671cqes1wIxAFBLAwQtAAAACAAAACEA/rYKp///////////DAAUAGp1ZGdlX2IyLm5weQEA
EACIAAAAAAAAAEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBak
AvkaRjqaOgq1ChQALn4LowNA7AAAUEsDBC0AAAAIAAAAIQDP63Ax//////////8PABQAanVkZ2Vfc2NhbGUubnB5AQAQAIgA
AAAAAAAASgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+Rqa
Ogq1ChQBLgYGBoVdfXwOAFBLAwQtAAAACAAAACEArA0/J///////////DwAUAHRlbXBlcmF0dXJlLm5weQEAEACIAAAAAAAA
AEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoU
Aa4vf5Ue7F7/wR4AUEsDBC0AAAAIAAAAIQCpy1+g//////////8QABQAcmVmdXNlX2Fib3ZlLm5weQEAEACIAAAAAAAAAEoA
AAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS4G
BoYFE5UYHQBQSwMELQAAAAgAAAAhAPLo4lv//////////wgAFABzdXJlLm5weQEAEACIAAAAAAAAAEcAAAAAAAAAm+wX6hsQ
ychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAa40MHhmDwBQSwMELQAA
AAgAAAAhAOIDc4n//////////xEAFAB0ZXN0X2FjY3VyYWN5Lm5weQEAEACIAAAAAAAAAEoAAAAAAAAAm+wX6hsQychQxlCt
npJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAa7AW9I1iUbv7QFQSwMELQAAAAgA
AAAhAKSxn6r//////////xUAFABwZW5fd3JpdGVyc19maXJzdC5ucHkBABAAiAAAAAAAAABGAAAAAAAAAJvsF+obEMnIUMZQ
rZ6SWpxcpG6loG6TaaGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAEuRgYIAABQSwMELQAAAAgAAAAh
ACOSBA///////////xQAFABwZW5fd3JpdGVyc19sYXN0Lm5weQEAEACIAAAAAAAAAEYAAAAAAAAAm+wX6hsQychQxlCtnpJa
nFykbqWgbpNpoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS45BggAAFBLAwQtAAAACAAAACEAzJqy
d///////////EwAUAHJlYWxfbm9uX2RpZ2l0cy5ucHkBABAAiAAAAAAAAABHAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6l
oG6TaaGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAEuUV8GMAAAUEsBAi0DLQAAAAgAAAAhAIPxBnuL
AAAALAEAAAsAAAAAAAAAAAAAAIABAAAAAHJlYWRpbmcubnB5UEsBAi0DLQAAAAgAAAAhABvjS19JGwAAIB8AAAgAAAAAAAAA
AAAAAIAByAAAAHcxX3EubnB5UEsBAi0DLQAAAAgAAAAhAD5gu2RxAAAAqAAAAAwAAAAAAAAAAAAAAIABSxwAAHcxX3NjYWxl
Lm5weVBLAQItAy0AAAAIAAAAIQCAahhPbwAAAKgAAAAGAAAAAAAAAAAAAACAAfocAABiMS5ucHlQSwECLQMtAAAACAAAACEA
nJ4GPbIAAADkAAAACAAAAAAAAAAAAAAAgAGhHQAAdzJfcS5ucHlQSwECLQMtAAAACAAAACEA6VCJ/3EAAACoAAAADAAAAAAA
AAAAAAAAgAGNHgAAdzJfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAD2mF/JvAAAAqAAAAAYAAAAAAAAAAAAAAIABPB8AAGIy
Lm5weVBLAQItAy0AAAAIAAAAIQBtnLHkY3gBAIC5AQAOAAAAAAAAAAAAAACAAeMfAABqdWRnZV93MV9xLm5weVBLAQItAy0A
AAAIAAAAIQDRN2M/TwEAAIABAAASAAAAAAAAAAAAAACAAYaYAQBqdWRnZV93MV9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEA
Zu6pxVABAACAAQAADAAAAAAAAAAAAAAAgAEZmgEAanVkZ2VfYjEubnB5UEsBAi0DLQAAAAgAAAAhAEiJGCXMAAAAAAEAAA4A
AAAAAAAAAAAAAIABp5sBAGp1ZGdlX3cyX3EubnB5UEsBAi0DLQAAAAgAAAAhABoD8apNAAAAiAAAABIAAAAAAAAAAAAAAIAB
s5wBAGp1ZGdlX3cyX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQD+tgqnSwAAAIgAAAAMAAAAAAAAAAAAAACAAUSdAQBqdWRn
ZV9iMi5ucHlQSwECLQMtAAAACAAAACEAz+twMUoAAACIAAAADwAAAAAAAAAAAAAAgAHNnQEAanVkZ2Vfc2NhbGUubnB5UEsB
Ai0DLQAAAAgAAAAhAKwNPydLAAAAiAAAAA8AAAAAAAAAAAAAAIABWJ4BAHRlbXBlcmF0dXJlLm5weVBLAQItAy0AAAAIAAAA
IQCpy1+gSgAAAIgAAAAQAAAAAAAAAAAAAACAAeSeAQByZWZ1c2VfYWJvdmUubnB5UEsBAi0DLQAAAAgAAAAhAPLo4ltHAAAA
iAAAAAgAAAAAAAAAAAAAAIABcJ8BAHN1cmUubnB5UEsBAi0DLQAAAAgAAAAhAOIDc4lKAAAAiAAAABEAAAAAAAAAAAAAAIAB
8Z8BAHRlc3RfYWNjdXJhY3kubnB5UEsBAi0DLQAAAAgAAAAhAKSxn6pGAAAAiAAAABUAAAAAAAAAAAAAAIABfqABAHBlbl93
cml0ZXJzX2ZpcnN0Lm5weVBLAQItAy0AAAAIAAAAIQAjkgQPRgAAAIgAAAAUAAAAAAAAAAAAAACAAQuhAQBwZW5fd3JpdGVy
c19sYXN0Lm5weVBLAQItAy0AAAAIAAAAIQDMmrJ3RwAAAIgAAAATAAAAAAAAAAAAAACAAZehAQByZWFsX25vbl9kaWdpdHMu
bnB5UEsFBgAAAAAVABUA4AQAACOiAQAAAA==
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
