"""digits: a handwritten-digit recognizer in one file, a neural network written from scratch in NumPy.

Draw a digit (or a number) with the mouse and watch a small network read it, and say how sure it
is; or give it drawings, scans and phone photos of paper. Everything
is here and meant to be read: parsing the MNIST files and people's pen strokes, a 784-H-10
network (ReLU hidden layer, softmax output), its gradients, Adam, the steps that turn any picture
of a digit into the 28x28 input the network was trained on, and the judging that turns its output
into an honest verdict.
Simple and readable first; fast where it matters (batched NumPy, float32).

    python digits.py                      open the drawing window (trains first if no weights)
    python digits.py --train              train on mnist/ and pendigits/, save weights.npz
    python digits.py --eval               how right, sure and honest it is on MNIST and stand-ins
    python digits.py --predict PATH ...   read image files or folders, one verdict per image:
                                          "7 (97.3%)", "7 (54.1% or 1 38.0%)", "not a digit", "no digit";
                                          a number: "2026 (91.2%)", "2026 (48.1% or 2016 30.2%)"

A verdict is sure when the answer is at least 70% likely; the percentages are calibrated, so
answers given at about 80% are right about 80% of the time. "Not a digit" comes from a judge: a
second small network that sees the reader's 28x28 input as maps of edges and ink and has learnt
digits against thousands of non-digits drawn in code (letters and symbols as hands write them,
characters of other scripts, mirrored digits, doodles, scribbles, things), since nothing is
downloaded.

In the window, a digit key saves your drawing to my_digits/<digit>/; "Learn now" and --train
learn your handwriting from them.

Sections, each depending only on those above it:
    Data files           reading and checking MNIST's gzipped IDX and the pen trajectories
    Network              forward, backward, predict; weights files (plain arrays, no pickle)
    Reading a drawing    any image of a digit -> the network's 28x28 input: a photo's paper
                         flattened and its lines taken out, a number split into its digits;
                         your saved drawings
    Training             minibatches, Adam, varied images, fine-tuning, evaluation, progress
    Pen digits and       people's pen strokes drawn as the canvas draws them; other pens,
    stand-ins            scanners and non-digits, made in code from digits and strokes: to
                         learn from, to calibrate, to measure
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
PEN_DIR = HERE / 'pendigits'            # UCI's pen trajectories of 30 writers, learnt beside MNIST
PEN_FILE = 'pendigits-orig.tra.gz'
WEIGHTS_PATH = HERE / 'weights.npz'     # trained weights, replaced whole by --train
MINE_DIR = HERE / 'my_digits'           # your own drawings, my_digits/<digit>/*.png, to learn from

CANVAS_SIDE = 336                       # the window's drawing area: its height at 96 dpi, 12 screen
CANVAS_WIDTH = 420                      # pixels per input pixel; its width, room for about six digits
PEN_WIDTH = 18                          # a comfortable marker at 96 dpi; the reading brings any width to one

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

# Defaults of --train, chosen on the validation split, on stand-ins made from validation digits
# and on the pen digits of writers 26 to 30 held out. A small network learns all it can in 8 quick
# epochs and loses a little from varied images; a wide one has room to learn from images varied
# anew each epoch (thicker or thinner, slanted, resized, stretched) and needs longer to use that
# room: 30 epochs, about seven times the default.
DEFAULT_HIDDEN = 10
DEFAULT_SEED = 0
WIDE = 32                                # more hidden units than this get the wide recipe
SMALL_RECIPE = {'epochs': 8, 'lr': 0.03, 'batch': 256, 'augment': False}
WIDE_RECIPE = {'epochs': 30, 'lr': 0.01, 'batch': 256, 'augment': True}
STAND_INS_LEARNT = 6000                  # stand-ins for other pens and scanners made from MNIST digits
VARIATION = {'slant': 0.1, 'zoom': 0.08, 'width': 0.5, 'stretch': 0.5}  # augment() settings
MINE_SHARE = 0.1                         # your drawings, varied copies of them, are this much of an epoch
MINE_MOST_COPIES = 200                   # ... but no drawing is copied more often than this
FINE_TUNE = {'epochs': 10, 'lr': 0.005, 'sample': 20000}   # the window's "learn now": about 2 s


class DigitsError(Exception):
    """An expected failure (bad file, bad option): main() prints it as one line, no traceback."""


# --------------------------------------------------------------------------------------------------
# Data files: MNIST's gzipped IDX, and pen trajectories

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


PenDigits = collections.namedtuple('PenDigits', 'labels writers strokes')
PenDigits.__doc__ = """Digits written on a tablet: labels (n,), writers (n,) numbered from 1, and strokes: for
each digit a list of its strokes, each (m, 2) float32 points (x rightwards, y downwards)."""


def read_pen_digits(path):
    """Read UCI's Pen-Based Recognition of Handwritten Digits trajectories (UNIPEN text, gzipped)
    -> PenDigits, every digit checked. Each digit is a `.SEGMENT` naming its label, a `.COMMENT
    label writer ...` line, and strokes of `x y` lines between `.PEN_DOWN` and `.PEN_UP`, y up."""
    path = Path(path)
    try:
        text = zlib.decompress(path.read_bytes(), 31).decode('latin-1')
    except FileNotFoundError:
        raise DigitsError(f'{path}: no such file') from None
    except zlib.error as e:
        raise DigitsError(f'{path}: not a complete gzip file ({e})') from None
    except OSError as e:
        raise DigitsError(f'{path}: cannot read ({e.strerror or e})') from None
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


Backprop = collections.namedtuple('Backprop', 'loss gradients probabilities hidden output_errors hidden_errors')
Backprop.__doc__ = """What Network.gradients() found on a batch of n: the mean loss; the gradients, a dict of
views w1 (D, H), b1 (H,), w2 (H, K), b2 (K,); and on the way, the probabilities (n, K), the
hidden values (n, H), each output's error (p - onehot(label)) / n (n, K) and each hidden unit's
error (n, H), its share of the blame: the gradient of the loss at its input."""


Step = collections.namedtuple('Step', 'digit rate backprop changes loss_after probabilities_after network_after')
Step.__doc__ = """One step of plain gradient descent on one input said to be `digit`: the learning rate;
the Backprop of that input (its loss, errors and blame, the gradients); changes, what the step
adds to each weight array (-rate times its gradient); the loss and probabilities (K,) of the
same input after the step, and the network after it (a copy: the one stepped from is kept)."""


STEP_RATE = 0.003               # one step on one drawing: its told digit's probability rises visibly, seldom to 100%


def one_step(network, x, digit, rate):
    """One step of gradient descent on one input x (D,), told it is `digit` -> Step. The gradient is
    the one train() follows, from the same Network.gradients(), for a batch of one."""
    after = Network(*(a.copy() for a in network.arrays().values()))
    backprop = after.gradients(x[None], np.array([digit]))
    backprop = backprop._replace(gradients={k: v.copy() for k, v in backprop.gradients.items()})
    after.params -= rate * after.grads                       # w <- w - rate * dloss/dw, all at once
    probabilities = after.predict(x[None])[0]
    return Step(digit, rate, backprop, {k: -rate * v for k, v in backprop.gradients.items()},
                float(-np.log(max(probabilities[digit], 1e-30))), probabilities, after)


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
ASPECT_KEPT = 0.2                # narrower digits keep this power of their narrowness (see deskew)
NUMBER_WIDTH = 1.1               # in a number, the widest digit, times the digits' height
TOUCHING_WIDTH = 0.8             # a piece wider than this times that may be touching digits
ONE_DIGIT_WIDTH = 1.2            # writing no wider than this times its height is read as one digit,
PARTED = 0.3                     # ... unless its pieces are this far apart (times its height)
CUT_ODDS = 0.5                   # touching digits cut apart: a split through ink counts this much
NUMBER_SIDE = 48                 # a number's ink is split at about this height (or what it is)
MARK_HEIGHT = 0.4                # a piece lower than this times the digits is a mark: '.' or '-' ...
MARK_ODDS = 0.3                  # ... which counts this much (the bar of a 5 is likelier)
ROW_HEIGHTS = 0.5                # a number's digits are no less tall than this times the tallest
ROW_MARGIN = 1.0                 # ... and each is a digit to the judge by this much more than a digit alone
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


def deskew(stack, aspect_kept=ASPECT_KEPT):
    """A stack (28, 28, n) -> images (n, 28, 28), each sheared upright, scaled to one size and
    one width, centred by mass.

    The slant and size come from second moments: the shear that makes the covariance of row and
    column zero, and the zoom that gives the rows a spread of SPREAD pixels (the MNIST median).
    Moments, unlike a bounding box, ignore a stray tail, so every digit lands alike. The width,
    the spread of columns over that of rows, is brought nearly to one: a digit wider than WIDEST
    is narrowed to it (scanners stretch digits to fill a box, and people draw wide), and a
    narrower one is widened to WIDEST (its width / WIDEST) ** aspect_kept, so that a 1 stays
    the narrowest digit while a narrow 0 and a round one, or a 4 and a 9 drawn tall or squat,
    look alike. Ten hidden units then spend nothing on how wide people write: on real pen
    digits of writers it never saw and on bitmap scans that is worth two to three points, on
    MNIST a few tenths (chosen on held-out pen writers and validation digits).
    """
    cy, cx, var_y, var_x, cov_xy = moments(stack)
    slant = cov_xy / var_y                                           # columns moved per row down
    zoom = np.clip(np.sqrt(var_y) / SPREAD, 1 / 1.6, 1 / 0.6)
    width = np.sqrt(np.maximum(var_x - cov_xy * slant, 1e-3) / var_y)   # slant removed, over the height
    wanted = WIDEST * np.minimum(width / WIDEST, 1) ** aspect_kept
    zoom_x = np.minimum(zoom * width / wanted, 2.5).astype(np.float32)
    images = warp(stack, cy, cx, zoom, zoom_x, slant * zoom)
    # A thin stroke made several times wider shows, row by row, every wobble of the pen several
    # times larger: rows are blended with their neighbours, the more the wider it was made.
    widened = np.flatnonzero(zoom_x < zoom)
    if widened.size:
        blend = np.clip((zoom[widened] / zoom_x[widened] - 1), 0, 1).astype(np.float32)[:, None, None]
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


def normalise(images, out=None, aspect_kept=ASPECT_KEPT):
    """MNIST-like images (n, 28, 28), uint8 or float in [0, 1] -> network inputs (n, 784) float32,
    written into `out` if given."""
    def work(start, stop):
        return deskew(set_stroke_width(as_stack(images[start:stop])), aspect_kept).reshape(stop - start, PIXELS)
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
            loss = network.gradients(np.take(x, batch, axis=0), labels[batch]).loss   # take: faster than x[batch]
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
# Pen digits and stand-ins for real drawings, scans and non-digits
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
    """Digits (n, 28, 28) in the MNIST form, uint8 or float in [0, 1] -> the same digits (n, 28, 28)
    as other pens and scanners would give them, an equal share of each of STAND_IN_KINDS, and the
    kind of each (n,)."""
    x = images / np.float32(255) if images.dtype == np.uint8 else images
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
    """Pen digits' strokes (see PenDigits) -> (n, 28, 28) in the MNIST form, drawn as people draw on
    the window's canvas: each a little turned, slanted and squeezed (by_hand), by a round pen of
    `pens` times its size. Where it sits on the canvas, how large and which colour the ink is
    are what the reading takes away, so they are not varied here."""
    ratio = rng.uniform(*pens, len(strokes))
    canvases = draw_strokes(by_hand(strokes, rng, wobble), side, side * 0.8 * ratio / (1 + ratio))
    return crop_and_centre(canvases)


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
            placed = [tuple(p) for p in (stroke * scale + offset).tolist()]
            for a, b in zip(placed, placed[1:]):
                draw.line([a, b], fill=0, width=pen)
            for x, y in placed:
                draw.ellipse([x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2], fill=0)
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
    keep = np.array([labels[k] not in stay[how] for how, k in zip(hows, picks)])
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


# --------------------------------------------------------------------------------------------------
# Judging a reading
#
# The reader's softmax always names a digit, and on drawings unlike MNIST it names it too surely.
# Three things, fitted by --train on held-out digits and stand-ins and saved with the weights,
# turn its output for one image into a verdict that --predict, --eval and the window all show:
#
# 1. A judge: a second small network that says whether the input is a digit at all. It sees the
#    reader's 28x28 input through the directions of its edges (which way each edge faces, in 8
#    directions, summed over 14x14 patches of 2x2 pixels): a description that cares about the
#    shape of the strokes rather than exactly where each pixel is. It learns from MNIST digits,
#    the pen digits and digit stand-ins against the non-digit stand-ins of the section above.
# 2. A temperature: the reader's scores are divided by it before the softmax, which keeps the
#    answer but makes the percentage honest. It is fitted on validation digits and stand-ins made
#    from them (never on the test set), so "80%" is right about 80% of the time.
# 3. The rule: "not a digit" when the judge's score is above a threshold that refuses only
#    REFUSED_DIGITS of the validation digits; "sure" when the answer is at least SURE likely;
#    otherwise "or", with the runner-up.
#
# Each was chosen on validation digits and checked on real development material: pen digits of
# writers the reader had not learnt from, scanned digits, and letters and characters of other
# scripts written by people (see the README's figures).

SURE = 0.7                      # below this probability the verdict names the runner-up too
REFUSED_DIGITS = 0.004          # the share of validation digits the judge may refuse
MAPS = 9                        # the judge sees 8 maps of edges, one of ink, ...
CELLS = 14                      # ... each summed over a 14x14 grid of cells
# How --train --judge learns the judge (about a minute on two cores): all MNIST training digits,
# the pen digits, stand-ins made from both, MNIST digits bent a little and printed digits, against
# non-digit stand-ins. Chosen on validation digits and real development material.
JUDGE_RECIPE = {'hidden': 64, 'epochs': 12, 'lr': 0.003, 'batch': 256, 'stand_ins': 32000, 'traced': 2000,
                'bent': 16000, 'non_digits': 32000}

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


class Judge:
    """What turns the reader's output into a verdict: the judge network (1764-H-2, its inputs
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


def share(p):
    """A probability -> a percentage to three figures, small ones too: '24.1%', '0.00165%'."""
    if p < 1e-9:
        return '0%'
    return f'{100 * p:.{max(0, 2 - int(np.floor(np.log10(100 * p))))}f}%'


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
    if not single and judge.not_digit(alone_x[None])[0] > judge.refuse_above - ROW_MARGIN:
        alone = Verdict(REFUSED_KIND, None, None, None, None)     # wider than a digit: one only if clearly
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
    if len(found) > 1 and not in_a_row(judge, ink, found):
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


def in_a_row(judge, ink, pieces):
    """Whether pieces of ink (h, w) are a row of digits: all about as tall as the tallest (ROW_HEIGHTS) and each a digit to the judge by
    ROW_MARGIN more than it asks of a digit alone. Writing cut into pieces gives every piece a
    chance to pass for a digit: the strokes of a letter or of a character of another script
    pass as 1s and 7s, where the digits of a number are whole, clear and of one size."""
    digits = [p for p in pieces if p.verdict.kind != MARK_KIND]
    heights = [height_of(ink, *p.columns) for p in digits]
    clear = judge.not_digit(np.array([p.input for p in digits])) <= judge.refuse_above - ROW_MARGIN
    return min(heights) >= ROW_HEIGHTS * max(heights) and bool(clear.all())


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


def judge_network(fit_images, fit_x, fit_labels, pen_forms, pen_labels, rng, recipe=JUDGE_RECIPE):
    """Learn the judge network from MNIST training images (n, 28, 28) uint8, their inputs fit_x
    (n, 784) and labels (n,), and pen digits (m, 28, 28) in [0, 1] with their labels (m,) ->
    (network 1764-H-2, the scale its inputs are divided by)."""
    pick = rng.choice(len(fit_images), min(recipe['stand_ins'], len(fit_images)), replace=False)
    bent = rng.choice(len(fit_images), min(recipe['bent'], len(fit_images)), replace=False)
    positives = [fit_x, normalise(np.concatenate([
        digit_stand_ins(fit_images[pick], rng)[0], bent_digits(fit_images[bent] / np.float32(255), rng),
        crop_and_centre(hand_drawn_print(rng, recipe['traced'], 32, '0123456789')[0])]))]
    if len(pen_forms):
        positives += [normalise(pen_forms), normalise(digit_stand_ins(pen_forms, rng)[0])]
    positives = np.concatenate(positives)
    digits = np.concatenate([fit_images / np.float32(255), pen_forms])
    negatives = normalise(non_digits(digits, np.concatenate([fit_labels, pen_labels]), rng, recipe['non_digits'])[0])
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
    _, logits = reader.scores(held_x)
    temperature = fit_temperature(logits, held_labels)
    judge = Judge(network, scale, temperature, refuse_above=np.inf)
    refuse_above = float(np.quantile(judge.not_digit(held_x[plain]), 1 - REFUSED_DIGITS))
    if mine is not None and len(mine):
        refuse_above = max(refuse_above, float(judge.not_digit(mine).max()) + 1e-3)
    return Judge(network, scale, temperature, refuse_above)


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

SLOT = 64                        # in the strip of a number's digits, each digit's place (at 96 dpi)
REFRESH_MS = 40                  # while drawing, read the drawing at most this often
POLL_MS = 30                     # while learning, look for news from the learning thread this often
TILE = 56                        # a hidden unit's 28x28 weights, shown twice as large (at 96 dpi)
SHOWN_UNITS = 10                 # hidden units shown; a wider network shows those that vote most
INK, PAPER, MUTED, TRACK = '#1d1d1f', '#ffffff', '#8a8a90', '#eeeef1'
ACCENT, RUNNER_UP, FADED = '#2f6fde', '#8fb0ec', '#c8c8ce'     # the answer's bar, the runner-up's, refused
FOR, AGAINST = (47, 111, 222), (217, 56, 47)                   # blue: pushes a score up; red: down
LOSS_COLOUR, VALIDATION_COLOUR = '#444448', '#2a9d55'
SHORTCUTS = ('Esc, Delete or right-click: clear    Ctrl+Z: undo    0-9 or a click on a digit\'s bar: that is '
             'the answer (one step of learning; the drawing saved)    click a unit: its arithmetic')


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
    """Ten signed bars on a canvas from (x, y), `width` x `height`: blue up for positive, red down
    for negative, scaled to `largest` (default: the largest magnitude); digits 0-9 under them."""
    largest = max(float(largest or np.abs(values).max(initial=0)), 1e-9)
    step, middle = width / len(values), y + height / 2
    for d, value in enumerate(values):
        left, length = x + d * step, (height / 2 - 1) * float(value) / largest
        colour = '#%02x%02x%02x' % (FOR if value >= 0 else AGAINST)
        canvas.create_rectangle(left + 1, middle - max(length, 0), left + step - 1, middle - min(length, 0),
                                fill=colour, outline='')
        if labels:
            canvas.create_text(left + step / 2, y + height + 6, text=str(d), fill=INK, font=('TkDefaultFont', 7))
    canvas.create_line(x, middle, x + width, middle, fill=MUTED)


class DrawingView:
    """The canvas people draw on, and the offscreen image that every stroke is also drawn into and
    that is read (never the screen). It tells the app when the ink changes (changed), when a stroke
    ends (done) and which column the pointer is over (pointing)."""

    def __init__(self, parent, screen, changed, done, pointing):
        px = screen.px
        self.changed, self.done, self.pointing = changed, done, pointing
        self.side, self.width, self.pen_width = px(CANVAS_SIDE), px(CANVAS_WIDTH), px(PEN_WIDTH)
        self.strokes = []                       # each a list of (x, y) points, for undo
        self.pointer_x = None                   # the column the pointer is over
        self.image = Image.new('L', (self.width, self.side), 255)
        self.pen = pen_on(self.image)
        self.canvas = tk.Canvas(parent, width=self.width, height=self.side, background=PAPER,
                                highlightthickness=1, highlightbackground='#c9c9ce', cursor='pencil')
        self.canvas.grid(row=0, column=0)
        self.hint = self.canvas.create_text(self.width / 2, self.side / 2, fill=MUTED,
                                            text='Draw a digit here,\nor a number,\nwith the mouse', justify='center',
                                            font=('TkDefaultFont', 14))
        buttons = ttk.Frame(parent)
        buttons.grid(row=1, column=0, sticky='we', pady=(px(8), 0))
        self.clear_button = ttk.Button(buttons, text='Clear', command=self.clear)
        self.clear_button.pack(side='left')
        self.undo_button = ttk.Button(buttons, text='Undo', command=self.undo)
        self.undo_button.pack(side='left', padx=(px(6), 0))
        c = self.canvas
        c.bind('<ButtonPress-1>', self.press)
        c.bind('<B1-Motion>', self.drag)
        c.bind('<ButtonRelease-1>', lambda e: self.done())
        c.bind('<ButtonPress-3>', lambda e: self.clear())
        c.bind('<Motion>', self.hover)

    def hover(self, event):
        self.pointer_x = event.x
        self.pointing(event.x)

    def press(self, event):
        self.pointer_x = event.x
        self.strokes.append([(event.x, event.y)])
        self.canvas.itemconfigure(self.hint, state='hidden')
        self.paint([(event.x, event.y)], f'stroke{len(self.strokes)}')
        self.changed()

    def drag(self, event):
        if not self.strokes:
            return
        stroke, point = self.strokes[-1], (event.x, event.y)
        self.pointer_x = event.x
        if point != stroke[-1]:
            self.paint([stroke[-1], point], f'stroke{len(self.strokes)}')
            stroke.append(point)
            self.changed()

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
        self.done()

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
        self.done()

    def show_splits(self, columns, pointed):
        """A line under each digit's columns of a number (none for one digit); the pointed one blue."""
        self.canvas.delete('split')
        if len(columns) < 2:
            return
        y, inset = self.side - self.pen_width / 3, self.pen_width / 6
        for k, (start, end) in enumerate(columns):
            self.canvas.create_line(start + inset, y, end - inset, y, width=max(1, self.pen_width // 6), tags='split',
                                    fill=ACCENT if k == pointed else FADED, capstyle='round')


class VerdictView:
    """The verdict of a reading, large; what the network sees and the evidence for its answer; a
    number's digits one by one; and a bar for each digit. It tells the app when a digit's bar is
    clicked (tell) and which of a number's digits is pointed at in the strip (point)."""

    def __init__(self, parent, screen, tell, point, clickable):
        px, self.screen = screen.px, screen
        self.fonts = {}
        top = ttk.Frame(parent)
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
        self.sums = tk.Label(parent, text='', anchor='nw', justify='left', height=3, font=('TkDefaultFont', 8),
                             background=PAPER, foreground=MUTED)
        self.sums.grid(row=2, column=0, sticky='w', pady=(px(4), 0))
        # A number's digits as they were split, each as the network sees it with its own reading;
        # the one pointed at (here or on the drawing) is the one shown above and below.
        self.strip = tk.Canvas(parent, width=px(7 * SLOT), height=px(SLOT + 16), background=PAPER,
                               highlightthickness=0)
        self.strip.grid(row=1, column=0, sticky='w', pady=(px(6), 0))
        self.strip.bind('<Motion>', lambda e: point(e.x // px(SLOT)))
        self.strip.bind('<ButtonPress-1>', lambda e: point(e.x // px(SLOT)))
        self.row_height = px(21)
        self.bars = tk.Canvas(parent, width=px(400), height=10 * self.row_height + px(16), background=PAPER,
                              highlightthickness=0, cursor='hand2' if clickable else '')
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
        self.bars.bind('<ButtonPress-1>', lambda e: self.click_bars(e, tell))

    def click_bars(self, event, tell):
        row = (event.y - self.screen.px(16)) // self.row_height
        if 0 <= row < CLASSES:
            tell(int(row))

    def show(self, writing, pointed):
        """A writing's verdict, large; inside, its digit number `pointed`: its bars, input, evidence."""
        verdict, readings = writing
        count = sum(r.verdict.kind != MARK_KIND for r in readings)
        if verdict.kind == REFUSED_KIND:
            self.show_answer('not a digit', 24, MUTED, 'a piece is like none of 0 to 9' if count > 1
                             else 'like none of 0 to 9')
        elif verdict.kind == UNSURE_KIND:
            self.show_answer(f'{verdict.digit} or {verdict.other}?', 32, INK,
                             f'{percent(verdict.probability)} or {percent(verdict.other_probability)}')
        else:
            self.show_answer(str(verdict.digit), 54, INK, f'{percent(verdict.probability)} sure' +
                             (f' of all {count} digits' if count > 1 else ''))
        reading = readings[pointed]
        verdict, probabilities = reading.verdict, reading.probabilities
        marked = {}                                   # digit -> colour of its bar
        if verdict.kind == UNSURE_KIND:
            marked = {verdict.digit: ACCENT, verdict.other: RUNNER_UP}
        elif verdict.kind == SURE_KIND:
            marked = {verdict.digit: ACCENT}
        px, full = self.screen.px, self.screen.px(200)
        scores = reading.explanation.scores
        for d, (bar, value, score) in enumerate(self.bar_items):
            p, top = float(probabilities[d]), px(16) + d * self.row_height
            self.bars.coords(bar, px(24), top + px(4), px(24) + full * p, top + self.row_height - px(4))
            self.bars.itemconfigure(bar, fill=marked.get(d, FADED if verdict.kind == REFUSED_KIND else '#c5d5f4'))
            self.bars.itemconfigure(value, text=percent(p) if p >= 0.001 else '', fill=INK if d in marked else MUTED)
            self.bars.itemconfigure(score, text=f'{scores[d]:.2f}', fill=INK if d in marked else MUTED)
        self.show_evidence(reading, [verdict.digit, verdict.other if verdict.kind == UNSURE_KIND else None]
                           if verdict.kind in (SURE_KIND, UNSURE_KIND) else [int(np.argmax(scores)), None])
        self.show_strip(readings, pointed)

    def show_strip(self, readings, pointed):
        """A number's digits, as the network sees each, with its own reading; the pointed one framed."""
        c, px, slot = self.strip, self.screen.px, self.screen.px(SLOT)
        c.delete('all')
        if len(readings) < 2:
            c.create_text(px(2), px(SLOT / 2), anchor='w', fill=MUTED, font=('TkDefaultFont', 8),
                          text='write a number, and its digits are read one by one here')
            return
        zoom = self.screen.zoom(2)
        self.strip_photos = []
        for k, r in enumerate(readings[:7]):
            x = k * slot + slot / 2
            self.strip_photos.append(photo(np.round(r.form * 255).astype(np.uint8), zoom))
            c.create_image(x, px(4), image=self.strip_photos[-1], anchor='n')
            v = r.verdict
            label = {SURE_KIND: f'{v.digit}  {min(v.probability, 0.99):.0%}', UNSURE_KIND: f'{v.digit} or {v.other}',
                     REFUSED_KIND: 'not a digit', MARK_KIND: f'mark {v.digit}'}.get(v.kind, '')
            c.create_text(x, px(SLOT + 9), text=label, fill=INK if k == pointed else MUTED,
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
            self.fonts[size] = tk.font.Font(self.answer, font=('TkDefaultFont', size, 'bold'))
        return self.fonts[size]

    def show_evidence(self, r, digits_shown):
        """The input, and the evidence maps of the digits shown (None: an empty place), with the
        sums that make their scores; percent = softmax(score / temperature)."""
        zoom = self.screen.zoom(3)
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

    def show_nothing(self, inked):
        self.show_answer('', 54, INK, 'no ink found' if inked else 'draw a digit or a number')
        for bar, value, score in self.bar_items:
            self.bars.coords(bar, 0, 0, 0, 0)
            self.bars.itemconfigure(value, text='')
            self.bars.itemconfigure(score, text='')
        zoom = self.screen.zoom(3)
        self.view_photos = [photo(np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.uint8), zoom)] + \
            [photo(np.full((IMAGE_SIDE, IMAGE_SIDE, 3), 255, np.uint8), zoom)] * 2
        for (view, label), picture in zip(self.views, self.view_photos):
            view.configure(image=picture)
        for view, label in self.views[1:]:
            label.configure(text='')
        self.sums.configure(text='')
        self.show_strip([], None)

    def shown(self):
        """What it shows: (the big answer, the line under it)."""
        return self.answer.itemcget(self.answer_text, 'text'), self.confidence_label.cget('text')


class InsideView:
    """Inside the network: each hidden unit's input weights as a picture, how strongly it fires and
    its vote for the answer (a wide network's ten loudest voters); and one chosen unit's arithmetic.
    Beside each unit's picture is a place the step view may fill (step_places)."""

    def __init__(self, parent, detail_parent, screen, units):
        px, self.screen = screen.px, screen
        self.units, self.unit_photos = units, {}
        self.reading, self.chosen = None, None          # the digit read, the unit whose arithmetic is shown
        shown = min(SHOWN_UNITS, len(units))
        self.units_caption = ttk.Label(parent, text=self.caption(), anchor='w')
        self.units_caption.grid(row=0, column=0, columnspan=2 * shown, sticky='w')
        self.tile = px(TILE)
        self.unit_tiles, self.step_places = [], []
        for i in range(shown):
            tile = tk.Label(parent, borderwidth=0, background=PAPER, cursor='hand2')
            tile.grid(row=1, column=2 * i, padx=(px(3), 0), pady=(px(4), 0))
            meter = tk.Canvas(parent, width=self.tile, height=px(30), background=PAPER, highlightthickness=0,
                              cursor='hand2')
            meter.grid(row=2, column=2 * i, padx=(px(3), 0))
            bar = meter.create_rectangle(0, px(2), 0, px(8), fill=INK, outline='')
            value = meter.create_text(self.tile / 2, px(15), text='', fill=MUTED, font=('TkDefaultFont', 7))
            vote = meter.create_text(self.tile / 2, px(25), text='', fill=MUTED, font=('TkDefaultFont', 7))
            for widget in (tile, meter):
                widget.bind('<ButtonPress-1>', lambda e, i=i: self.choose(i))
            self.unit_tiles.append((tile, meter, bar, value, vote))
            change = tk.Label(parent, borderwidth=0, background=PAPER)
            change.grid(row=1, column=2 * i + 1, padx=(px(2), px(3)), pady=(px(4), 0))
            changed = tk.Canvas(parent, width=self.tile, height=px(30), background=PAPER, highlightthickness=0)
            changed.grid(row=2, column=2 * i + 1, padx=(px(2), px(3)))
            self.step_places.append((change, changed))
        self.tile_units = list(range(shown))                   # which unit each tile shows
        self.chose = lambda unit: None                         # told whenever a unit is chosen
        self.build_detail(detail_parent)

    def build_detail(self, parent):
        px = self.screen.px
        ttk.Label(parent, text='One unit\'s arithmetic', font=('TkDefaultFont', 10, 'bold'), foreground=INK).grid(
            row=0, column=0, columnspan=2, sticky='w', pady=(px(10), 0))
        self.unit_picture = tk.Label(parent, background=PAPER, borderwidth=0)
        self.unit_picture.grid(row=1, column=0, rowspan=2, sticky='nw', pady=(px(4), 0))
        self.unit_text = tk.Label(parent, text='click a unit below', anchor='nw', justify='left', height=4,
                                  wraplength=px(190), font=('TkDefaultFont', 8), background=PAPER, foreground=MUTED)
        self.unit_text.grid(row=1, column=1, sticky='nw', padx=(px(6), 0), pady=(px(4), 0))
        self.votes = tk.Canvas(parent, width=px(190), height=px(60), background=PAPER, highlightthickness=0)
        self.votes.grid(row=2, column=1, sticky='nw', padx=(px(6), 0))

    def caption(self):
        """The caption over the unit pictures: all of them, or those that vote most of many."""
        shown = min(SHOWN_UNITS, len(self.units))
        what = ('each hidden unit' if shown == len(self.units)
                else f'the {shown} of {len(self.units)} hidden units that vote most for the answer')
        return (f'Inside the network: {what}: its 784 input weights (blue +, red -), how strongly it fires, '
                'and its vote for the answer')

    def use(self, units):
        """Other weights from now on."""
        self.units, self.unit_photos = units, {}
        self.units_caption.configure(text=self.caption())

    def answer_digit(self):
        """The digit the units' votes are shown for: the answer, or the highest score if refused."""
        if self.reading is None:
            return None
        v = self.reading.verdict
        return v.digit if v.digit is not None else int(np.argmax(self.reading.explanation.scores))

    def show(self, reading):
        """Each shown unit's weights, how strongly it fires (the bar, scaled to the strongest) and
        its vote for the answer: its value times its outgoing weight to that digit."""
        self.reading = reading
        hidden = reading.explanation.hidden if reading else np.zeros(len(self.units), np.float32)
        digit = self.answer_digit()
        if len(self.units) <= len(self.unit_tiles):   # all fit: keep them in their own order
            order = list(range(len(self.units)))
        else:
            strength = np.abs(reading.explanation.votes[:, digit]) if reading else -np.arange(len(self.units))
            order = list(np.argsort(-strength, kind='stable')[:len(self.unit_tiles)])
        self.tile_units = order
        strongest = max(float(hidden.max(initial=0)), 1e-9)
        px = self.screen.px
        for (tile, meter, bar, value, vote), unit in zip(self.unit_tiles, order):
            if unit not in self.unit_photos:
                self.unit_photos[unit] = photo(signed_picture(self.units[unit]), self.screen.zoom(2))
            tile.configure(image=self.unit_photos[unit])
            meter.coords(bar, 0, px(2), self.tile * float(hidden[unit]) / strongest, px(8))
            meter.itemconfigure(value, text=f'#{unit}  {hidden[unit]:.1f}' if reading else f'#{unit}')
            if reading is not None:
                amount = float(reading.explanation.votes[unit, digit])
                colour = '#%02x%02x%02x' % (FOR if amount >= 0 else AGAINST)
                meter.itemconfigure(vote, text=f'{amount:+.2f} for {digit}' if amount else f'0 for {digit}',
                                    fill=colour if amount else MUTED)
            else:
                meter.itemconfigure(vote, text='')
        self.show_detail()

    def choose(self, tile):
        self.chosen = self.tile_units[tile]
        self.show_detail()
        self.chose(self.chosen)

    def show_detail(self):
        """The chosen unit's arithmetic: its weights over the input, its value for this drawing,
        and what it adds to each digit's score."""
        unit = self.chosen
        if unit is None or unit >= len(self.units):
            return
        self.unit_detail_photo = photo(signed_picture(self.units[unit]), self.screen.zoom(3))
        self.unit_picture.configure(image=self.unit_detail_photo)
        self.votes.delete('all')
        if self.reading is None:
            self.unit_text.configure(text=f'unit #{unit}: blue pixels raise it, red lower it. Draw something '
                                     'to see its value and its votes.')
            return
        e, px = self.reading.explanation, self.screen.px
        self.unit_text.configure(text=f'unit #{unit} = relu(pixels x weights {e.unit_sums[unit]:+.2f} '
                                 f'+ bias {e.unit_biases[unit]:+.2f}) = {e.hidden[unit]:.2f}\n'
                                 f'its vote for each digit = {e.hidden[unit]:.2f} x its outgoing weight:')
        bar_chart(self.votes, e.votes[unit], px(4), px(2), px(180), px(44), largest=np.abs(e.votes).max())


class LearningView:
    """Learning: the live curves of a training run, its progress, and the Train, Learn now and Stop
    buttons. A run happens in a thread of its own that hears nothing from the window but "stop",
    and tells it everything through a queue: copies of the weights of the moment, never the arrays
    it is writing. It asks the app for the weights in use (current) and hands it new ones (use)."""

    def __init__(self, parent, screen, root, train, learn, make_read, current, use, say):
        px, self.screen, self.root = screen.px, screen, root
        self.train, self.learn, self.make_read = train, learn, make_read
        self.current, self.use, self.say = current, use, say
        self.job = None                         # the learning running in the background, if any
        self.curve = {'loss': [], 'validation': []}                # (epochs done, value)
        self.changed = lambda running: None     # told when a run starts (True) and ends (False)
        self.chart_size = (px(280), px(150))
        self.chart = tk.Canvas(parent, width=self.chart_size[0], height=self.chart_size[1], background=PAPER,
                               highlightthickness=1, highlightbackground='#dcdce0')
        self.chart.grid(row=0, column=0, columnspan=3, sticky='w', pady=(px(4), 0))
        self.progress = ttk.Progressbar(parent, length=px(280), maximum=1.0)
        self.progress.grid(row=1, column=0, columnspan=3, sticky='we', pady=(px(6), 0))
        self.train_button = ttk.Button(parent, text='Train', command=self.start_training,
                                       state='normal' if train else 'disabled')
        self.train_button.grid(row=2, column=0, sticky='w', pady=(px(6), 0))
        self.learn_button = ttk.Button(parent, text='Learn now', command=self.start_learning,
                                       state='normal' if learn else 'disabled')
        self.learn_button.grid(row=2, column=1, sticky='w', padx=(px(6), 0), pady=(px(6), 0))
        self.stop_button = ttk.Button(parent, text='Stop', command=self.stop, state='disabled')
        self.stop_button.grid(row=2, column=2, sticky='e', pady=(px(6), 0))
        self.label = tk.Label(parent, text='', anchor='nw', justify='left', height=2, wraplength=px(280),
                              font=('TkDefaultFont', 8), background=PAPER, foreground=MUTED)
        self.label.grid(row=3, column=0, columnspan=3, sticky='we', pady=(px(4), 0))
        self.draw_chart()

    def start_learning(self):
        """Learn now: fine-tune the network in use on your drawings, in a thread."""
        if self.learn is not None and self.job is None:
            read = self.current()[0]
            self.run_job('learn', lambda report, say, stop: self.learn(read, stop),
                         'learning from your drawings (a few seconds; you can keep drawing)')

    def start_training(self):
        """Train: a fresh network, as --train makes it, in a thread; curves and units live."""
        if self.train is not None and self.job is None:
            self.curve = {'loss': [], 'validation': []}
            self.draw_chart()
            self.run_job('train', self.train, 'training a fresh network (you can keep drawing)')

    def run_job(self, kind, work, message):
        """Run work(report, say, stop) in a thread; what it reports comes back through a queue."""
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
                    'before': self.current(), 'shown': 0.0, 'started': None}
        self.train_button.configure(state='disabled')
        self.learn_button.configure(state='disabled')
        self.stop_button.configure(state='normal')
        self.label.configure(text=message)
        self.changed(True)
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
                self.label.configure(text=news[0])
            else:
                self.finish(kind, news[0])
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
        self.label.configure(text=f'epoch {p.epoch + 1} of {p.epochs}: loss {p.loss:.3f}'
                             + (f', validation {p.validation:.1%}' if p.validation is not None else '') + left)
        self.draw_chart()

    def finish(self, outcome, result):
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
        self.label.configure(text=text)
        self.say(text)
        self.changed(False)

    def stop(self):
        if self.job is not None:
            self.job['stop'].set()
            self.label.configure(text='stopping...')

    def wait(self):
        """Stop any run and wait for it to end: an old weights file stays whole, or a new one is
        written whole, and no temporary file is left behind."""
        if self.job is not None:
            self.job['stop'].set()
            self.job['thread'].join(timeout=120)

    def draw_chart(self):
        """The live curves: training loss (left scale) and validation accuracy (right scale) by epoch."""
        c, px = self.chart, self.screen.px
        c.delete('all')
        w, h = self.chart_size
        left, right, top, bottom = px(34), w - px(40), px(18), h - px(20)
        epochs = self.curve.get('epochs', SMALL_RECIPE['epochs'])
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


class StepView:
    """One step of learning on a drawing you told the answer of: the loss, each output's error,
    each hidden unit's share of the blame, the change the step makes to each unit's weights (in the
    places beside the units, step_places) and to its votes, and the reading before and after. Take
    the step puts the network after it in use (use), Undo goes back. It touches nothing else."""

    def __init__(self, parent, screen, step_places, shown_units, use):
        px, self.screen = screen.px, screen
        self.step_places, self.shown_units, self.use = step_places, shown_units, use
        self.busy = False                            # learning runs: no step can be taken
        self.step = self.read = self.form = None     # the step shown, the read it is from, its input
        self.taken = []                              # reads before each step taken, for Undo
        self.unit = None                             # the unit whose blame is worked out
        text = {'anchor': 'nw', 'justify': 'left', 'wraplength': px(276), 'background': PAPER,
                'font': ('TkDefaultFont', 8)}
        self.title = tk.Label(parent, text='', **{**text, 'font': ('TkDefaultFont', 10, 'bold')}, foreground=INK)
        self.title.grid(row=0, column=0, columnspan=2, sticky='w', pady=(px(4), 0))
        self.loss_text = tk.Label(parent, text='', height=1, **text, foreground=INK)
        self.loss_text.grid(row=1, column=0, columnspan=2, sticky='w')
        self.chart = tk.Canvas(parent, width=px(276), height=px(62), background=PAPER, highlightthickness=0)
        self.chart.grid(row=2, column=0, columnspan=2, sticky='w')
        self.blame_text = tk.Label(parent, text='', height=3, **text, foreground=MUTED)
        self.blame_text.grid(row=3, column=0, columnspan=2, sticky='w')
        self.after_text = tk.Label(parent, text='', height=2, **text, foreground=INK)
        self.after_text.grid(row=4, column=0, columnspan=2, sticky='w')
        self.take_button = ttk.Button(parent, text='Take the step', command=self.take, state='disabled')
        self.take_button.grid(row=5, column=0, sticky='w', pady=(px(4), 0))
        self.undo_button = ttk.Button(parent, text='Undo the step', command=self.undo, state='disabled')
        self.undo_button.grid(row=5, column=1, sticky='w', padx=(px(6), 0), pady=(px(4), 0))
        self.note = tk.Label(parent, height=5, **text, foreground=MUTED,
                             text=f'p: the softmax of the scores, without the temperature. One plain gradient '
                                  f'step on this drawing, rate {STEP_RATE}; training takes many, on batches of 256, '
                                  'with Adam. Not saved unless Learn now or Train saves.')
        self.note.grid(row=6, column=0, columnspan=2, sticky='w', pady=(px(4), 0))
        self.clear()

    def clear(self):
        """Nothing told yet: an invitation, and the places beside the units hidden."""
        self.step = self.read = self.form = None
        self.taken = []
        self.title.configure(text='One step of learning')
        self.loss_text.configure(text='')
        self.blame_text.configure(text='')
        self.after_text.configure(text='')
        self.chart.delete('all')
        self.chart.create_text(0, 0, anchor='nw', width=self.screen.px(270), fill=MUTED, font=('TkDefaultFont', 9),
                               text='Draw a digit and tell it the answer: press its key, or click its bar. '
                                    'Here you see how one step of learning on your drawing changes the network.')
        for picture, caption in self.step_places:
            picture.grid_remove()
            caption.grid_remove()
        self.buttons()

    def show(self, read, form, digit):
        """Work out one step on the input form (28, 28) told it is `digit`, with the network of read."""
        self.read, self.form = read, form
        self.step = read.step(form.ravel(), digit)
        self.draw()

    def draw(self):
        s, px = self.step, self.screen.px
        b, d = s.backprop, s.digit
        p, after = float(b.probabilities[0, d]), float(s.probabilities_after[d])
        self.title.configure(text=f'One step towards {d}')
        self.loss_text.configure(text=f'loss = -log p({d}) = -log {share(p)} = {b.loss:.3g}')
        c = self.chart
        c.delete('all')
        c.create_text(px(2), px(5), text=f'output errors: p - (1 at {d})', anchor='w', fill=MUTED,
                      font=('TkDefaultFont', 8))
        bar_chart(c, b.output_errors[0], px(2), px(12), px(128), px(38), largest=1)
        unit = self.unit if self.unit is not None and self.unit < b.hidden.shape[1] else None
        blame = ('A unit\'s blame: its outgoing weights x these errors, summed, if it fired. Beside each unit '
                 'below: its blame, its weights\' change, its votes\' change.')
        if unit is not None:
            products = self.read.network.w2[unit] * b.output_errors[0]         # (10,): they sum to its blame
            fired = b.hidden[0, unit] > 0
            c.create_text(px(146), px(5), text=f'#{unit}: weights x errors', anchor='w', fill=MUTED,
                          font=('TkDefaultFont', 8))
            bar_chart(c, products, px(146), px(12), px(128), px(38))
            blame = (f'Blame of #{unit} = weights x errors, summed: {products.sum():+.2g}'
                     + (' (it fired).' if fired else ', but it did not fire: none.')
                     + f' Its weights change by -{s.rate} x blame x each pixel: beside it, below.')
        self.blame_text.configure(text=blame)
        self.after_text.configure(text=f'After the step: p({d}) {share(p)} -> {share(after)} ({(after - p) * 100:+.3g} '
                                       f'points), loss {b.loss:.3g} -> {s.loss_after:.3g}'
                                       + (f'; {len(self.taken)} step{"s" * (len(self.taken) != 1)} taken'
                                          if self.taken else ''))
        self.show_units()
        self.buttons()

    def show_units(self):
        """Beside each unit shown inside: the change the step makes to its input weights (-rate times
        its blame times the input: your drawing, blue where the weights rise, red where they fall),
        its blame, and the change to its ten votes."""
        if self.step is None:
            return
        s, px, order = self.step, self.screen.px, self.shown_units()
        w1, w2 = s.changes['w1'], s.changes['w2']
        strongest = float(np.abs(w1).max(initial=0)) or 1.0
        self.step_photos = []
        for (picture, caption), unit in zip(self.step_places, order):
            self.step_photos.append(photo(signed_picture(w1[:, unit], strongest), self.screen.zoom(2)))
            picture.configure(image=self.step_photos[-1])
            picture.grid()
            caption.grid()
            caption.delete('all')
            blame = float(s.backprop.hidden_errors[0, unit])
            caption.create_text(px(28), px(5), fill=INK if blame else MUTED, font=('TkDefaultFont', 7),
                                text=f'{blame:+.2g}' if blame else 'off')
            bar_chart(caption, w2[unit], px(3), px(11), px(50), px(16), largest=np.abs(w2).max(), labels=False)

    def show_unit(self, unit):
        """Work out the blame of this unit too."""
        self.unit = unit
        if self.step is not None:
            self.draw()

    def take(self):
        """Put the network after the step in use, and work out the next step from there."""
        if self.step is None or self.busy:
            return
        before, after = self.read, self.read.after(self.step)
        self.taken.append(before)
        self.show(after, self.form, self.step.digit)
        self.use(after, after.network.w1.T)

    def undo(self):
        if not self.taken or self.busy:
            return
        before = self.taken.pop()
        self.show(before, self.form, self.step.digit)
        self.use(before, before.network.w1.T)

    def follow(self, read, busy=None):
        """The app reads with other weights (learning ended, or a moment of it): the step is worked
        out again on those, the steps taken are forgotten, and none can be taken while learning runs."""
        if busy is not None:
            self.busy = busy
        if self.step is not None and read is not self.read:
            self.taken = []
            if hasattr(read, 'step'):
                self.show(read, self.form, self.step.digit)
            else:
                self.clear()
        self.buttons()

    def buttons(self):
        self.take_button.configure(state='normal' if self.step is not None and not self.busy else 'disabled')
        self.undo_button.configure(state='normal' if self.taken and not self.busy else 'disabled')


class DrawingApp:
    """The drawing window: it wires the views together. It is handed functions and knows nothing of
    how they work:

    read: image -> a Writing (its verdict, and a Reading of each digit or mark), or None for no
        ink; if it can, read.step(input, digit) -> Step and read.after(step) -> the read after it.
    units: the hidden units' input weights (H, 784).
    save: optional (image, digit) -> how many drawings of yours are saved.
    learn: optional "Learn now", (read, stop) -> (read, units, message), or None if stopped.
    train: optional "Train", (report, say, stop) -> (read, units, message), or None if stopped
        before anything was kept; report(Progress) as --train's progress bar gets it.
    make_read: optional, network -> read function: to read with the weights of the moment.

    Sizes are given for a 96 dpi screen and grow with the screen's dpi (Screen).
    """

    def __init__(self, root, read, units, status='', save=None, learn=None, train=None, make_read=None,
                 train_now=False):
        self.root, self.read, self.units, self.save = root, read, units, save
        self.screen = Screen(root)
        self.pending = None                     # a scheduled refresh while drawing
        self.writing = None                     # the last Writing read, None when nothing is drawn
        self.reading = None                     # its Reading shown inside: the digit pointed at
        self.pointed = None                     # which of the writing's digits that is
        self.build(status, learn, train, make_read)
        self.bind()
        self.refresh()
        root.protocol('WM_DELETE_WINDOW', self.close)
        if train_now:
            self.learning.start_training()

    def px(self, size):
        return self.screen.px(size)

    # Layout ---------------------------------------------------------------------------------------
    #
    #   drawing canvas | the verdict, the input, the evidence | [Learning | One step]
    #                  | a number's digits, one by one        |
    #   buttons        | the ten bars: probability and score  | one unit's arithmetic
    #   the hidden units: weights, value, vote for the answer (and beside each, one step's change)
    #   status line, shortcuts

    def build(self, status, learn, train, make_read):
        root, px = self.root, self.px
        root.configure(background=PAPER, padx=px(14), pady=px(10))
        root.resizable(False, False)
        style = ttk.Style(root)
        for kind in ('TFrame', 'TNotebook'):
            style.configure(kind, background=PAPER)
        style.configure('TLabel', background=PAPER, foreground=MUTED)
        style.configure('TNotebook', borderwidth=0, tabmargins=0)
        frames = [ttk.Frame(root) for _ in range(4)]
        for column, frame in enumerate(frames[:3]):
            frame.grid(row=0, column=column, sticky='n', padx=(px(18) if column else 0, 0))
        frames[3].grid(row=1, column=0, columnspan=3, sticky='we', pady=(px(10), 0))
        self.drawing = DrawingView(frames[0], self.screen, changed=self.schedule, done=self.refresh,
                                   pointing=lambda x: self.point_at(self.piece_at_column(x)))
        self.verdict = VerdictView(frames[1], self.screen, tell=self.tell, point=self.point_at,
                                   clickable=self.save is not None or hasattr(self.read, 'step'))
        self.tabs = ttk.Notebook(frames[2])
        self.tabs.grid(row=0, column=0, sticky='nw')
        pages = [ttk.Frame(self.tabs, padding=(px(4), px(2))) for _ in range(2)]
        self.tabs.add(pages[0], text='Learning')
        self.tabs.add(pages[1], text='One step')
        detail = ttk.Frame(frames[2])
        detail.grid(row=1, column=0, sticky='nw')
        self.inside = InsideView(frames[3], detail, self.screen, self.units)
        self.learning = LearningView(pages[0], self.screen, root, train, learn, make_read,
                                     current=lambda: (self.read, self.units), use=self.use, say=self.say)
        self.step = StepView(pages[1], self.screen, self.inside.step_places, lambda: self.inside.tile_units,
                             use=self.use)
        self.inside.chose = self.step.show_unit
        self.learning.changed = self.learning_changed
        self.status = ttk.Label(root, text=status, anchor='w')
        self.status.grid(row=2, column=0, columnspan=3, sticky='we', pady=(px(8), 0))
        ttk.Label(root, text=SHORTCUTS, anchor='w').grid(row=3, column=0, columnspan=3, sticky='we')

    def bind(self):
        r = self.root
        for key in ('<Escape>', '<Delete>'):
            r.bind(key, lambda e: self.drawing.clear())
        r.bind('<Control-z>', lambda e: self.drawing.undo())
        r.bind('<Control-Z>', lambda e: self.drawing.undo())
        for d in range(CLASSES):
            r.bind(str(d), lambda e, d=d: self.tell(d))

    def say(self, text):
        self.status.configure(text=text)

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
        self.writing = self.read(self.drawing.image) if self.drawing.strokes else None
        if self.writing is None:
            self.reading = self.pointed = None
            self.verdict.show_nothing(inked=bool(self.drawing.strokes))
            self.drawing.show_splits([], None)
            self.inside.show(None)
            return
        places, shown = self.digit_pieces(), self.piece_at_column(self.drawing.pointer_x)
        readings = self.writing.readings
        self.pointed = shown if shown is not None else min(places, key=lambda k: sureness(readings[k].verdict))
        self.show_pointed()

    def show_pointed(self):
        self.reading = self.writing.readings[self.pointed]
        self.verdict.show(self.writing, self.pointed)
        self.drawing.show_splits([r.columns for r in self.writing.readings], self.pointed)
        self.inside.show(self.reading)
        self.step.show_units()

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
            self.show_pointed()

    def use(self, read, units):
        """Read with other weights from now on."""
        self.read, self.units = read, units
        self.inside.use(units)
        self.step.follow(read)
        self.refresh()

    def learning_changed(self, running):
        """A run of learning started (its curves are shown) or ended."""
        if running:
            self.tabs.select(0)
        self.step.follow(self.read, busy=running)

    # Telling it the answer ------------------------------------------------------------------------

    def tell(self, digit):
        """You say the drawing (of a number, the digit pointed at) is `digit`: one step of learning
        on it is worked out and shown, and the drawing is kept to learn from (then cleared)."""
        if not self.drawing.strokes or self.reading is None:
            self.say('draw a digit first, then press its key (or click it) to save it'
                     if self.save else 'draw a digit first, then press its key to see one step of learning')
            return
        if hasattr(self.read, 'step'):
            self.step.show(self.read, self.reading.form, digit)
            self.tabs.select(1)
        if self.save is None:
            self.say(f'one step of learning towards {digit} shown; take it, or undo it, on the right')
            return
        number = len(self.digit_pieces()) > 1            # of a number, the digit pointed at is kept
        start, end = self.reading.columns if number else (0, self.drawing.width)
        try:
            count = self.save(self.drawing.image.crop((start, 0, end, self.drawing.side)), digit)
        except OSError as e:
            self.say(f'could not save the drawing: {e.strerror or e}')
            return
        if not number:
            self.drawing.clear()
        self.say(f'saved {"the digit pointed at " if number else ""}as {digit} \u2014 {count} drawing'
                 f'{"s" if count != 1 else ""} of yours; "Learn now" learns from them')

    def close(self):
        """Closing stops any learning first, and waits for it: see LearningView.wait."""
        if self.learning.job is not None:
            self.root.withdraw()
            self.learning.wait()
        self.root.destroy()

    def shown_prediction(self):
        """What the window shows: (the big answer, the line under it); for tests and the curious."""
        return self.verdict.shown()


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
    actions.add_argument('--answer', type=digit_answer, metavar='D',
                         help='with --predict IMAGE --explain FILE.png: you say the image is digit D; the '
                              'picture adds one step of learning towards it, and a line says what it changes')
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
    files.add_argument('--no-mine', action='store_true', help='train and evaluate without your drawings')
    files.add_argument('--pen-data', type=Path, metavar='DIR', default=PEN_DIR,
                       help=f'folder of {PEN_FILE}, pen digits of 30 writers that --train learns from beside '
                            'MNIST (default: pendigits/ beside digits.py; without it, MNIST alone)')
    files.add_argument('--pen-writers', type=writer_range, metavar='A-B',
                       help='learn only from pen writers A to B (say 1-25), to measure on the others')
    files.add_argument('--mnist-only', action='store_true',
                       help='learn from MNIST and stand-ins made from it, not from the pen digits')
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


def pen_digits_for(args, say):
    """The pen digits --train learns from (those of --pen-writers, if given) -> PenDigits, or None:
    with --mnist-only, or when there are none beside digits.py (then say(why) tells it)."""
    if args.mnist_only:
        return None
    if not (args.pen_data / PEN_FILE).exists() and args.pen_data == PEN_DIR:
        say(f'learning from MNIST alone: no pen digits in {args.pen_data}')
        return None
    pen = load_pen_digits(args.pen_data)
    if args.pen_writers:
        first, last = args.pen_writers
        keep = np.flatnonzero((pen.writers >= first) & (pen.writers <= last))
        if keep.size == 0:
            raise DigitsError(f'no pen digits of writers {first} to {last} in {args.pen_data / PEN_FILE}')
        pen = PenDigits(pen.labels[keep], pen.writers[keep], [pen.strokes[k] for k in keep])
    return pen


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
    pen = pen_digits_for(args, say)
    mine = load_mine(args)
    lap('load')
    fit, held = validation_split(len(images))
    say('reading the MNIST images as pictures are read' + (', drawing the pen digits as on the canvas' if pen else ''))
    # MNIST digits were all written with one kind of pen and scanned one way, by people of one
    # country: the reader also learns people's pen digits drawn as the canvas draws them, and
    # both as other pens, hands and scanners give them (digit_stand_ins). All are read straight
    # into the one array the reader learns from.
    stand_ins = min(STAND_INS_LEARNT, len(fit) // 4)
    drawn = 0 if pen is None else len(pen.labels)
    train_x = np.empty((len(fit) + stand_ins + 2 * drawn, PIXELS), np.float32)
    x, held_x = normalise(images[fit], out=train_x[:len(fit)]), normalise(images[held])
    labels, held_labels = labels[fit].astype(np.intp), labels[held].astype(np.intp)
    rng = np.random.default_rng(args.seed)
    network = Network.random(args.hidden, rng, x[:1000])
    recipe = WIDE_RECIPE if args.hidden > WIDE else SMALL_RECIPE
    epochs, lr = args.epochs or recipe['epochs'], args.lr or recipe['lr']
    batch = args.batch_size or recipe['batch']
    varied = recipe['augment'] if args.augment is None else args.augment
    pick = rng.choice(len(fit), stand_ins, replace=False)
    normalise(digit_stand_ins(images[fit][pick], rng)[0], out=train_x[len(fit):len(fit) + stand_ins])
    train_labels = [labels, labels[pick]]
    if pen is not None:
        forms = drawn_pen_digits(pen.strokes, rng)
        start = len(fit) + stand_ins
        normalise(forms, out=train_x[start:start + drawn])
        normalise(digit_stand_ins(forms, rng)[0], out=train_x[start + drawn:])
        train_labels += [pen.labels, pen.labels]
    train_labels = np.concatenate(train_labels)
    test_x = normalise(test_images)
    lap('prepare')
    pens = '' if pen is None else f', {drawn} pen digits of {len(set(pen.writers.tolist()))} writers'
    say(f'training 784-{args.hidden}-10 on {len(fit)} MNIST images{pens} and {len(pick) + drawn} stand-ins made '
        f'from them, validating on {len(held)} MNIST images ({epochs} epochs, Adam lr {lr}, batch {batch}, '
        f'seed {args.seed}{", varied images" if varied else ""})')
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
            f'{len(fit) + drawn} digits and stand-ins (about a minute)')
        pen_forms, pen_labels = (forms, pen.labels) if pen else (np.zeros((0, IMAGE_SIDE, IMAGE_SIDE), np.float32), [])
        judge_net, scale = judge_network(images[fit], x, labels, pen_forms, np.asarray(pen_labels, np.intp), judge_rng)
    else:
        judge_net, scale = kept_judge(args)
    held_out = held_out_digits(images[held], held_x, held_labels, np.random.default_rng([args.seed, 2]))
    judge = fit_judge(network, judge_net, scale, *held_out, mine=mine[0] if mine else None)
    say(f'calibrated: temperature {judge.temperature:.2f}; "not a digit" above {judge.refuse_above:.2f} '
        f'(refuses {REFUSED_DIGITS:.1%} of validation digits)')
    test = accuracy(network, test_x, test_labels)
    lap('evaluate')
    writers = (int(pen.writers.min()), int(pen.writers.max())) if pen else (0, 0)
    save_weights(target, network, judge, test_accuracy=test, pen_writers_first=writers[0], pen_writers_last=writers[1])
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


def non_digit_pictures(images, labels, rng, count):
    """Non-digit stand-ins as pictures like users give (larger, either polarity), some made from
    digits images with labels -> (images, kinds)."""
    canvases, kinds = non_digit_canvases(images, labels, rng, count)
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


def explanation_picture(form, explanation, verdict, temperature, step=None, network=None):
    """One picture of why the network answered: what it read (28x28), the evidence for its answer
    and for the runner-up (each pixel blue where it pushed the score up, red where down, adding
    up to the score with the biases), and each hidden unit's vote for the two; and with a Step
    (of the network), under it, what one step of learning on this input changes (step_picture)."""
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
    if step is None:
        return picture
    below = step_picture(step, network, width)
    whole = Image.new('RGB', (width, height + below.height), 'white')
    whole.paste(picture, (0, 0))
    whole.paste(below, (0, height))
    return whole


def signed_bars(draw, values, x, y, width, height, largest=None, labels=None, font=None):
    """Signed bars of values (k,) drawn from (x, y) in a box width x height: blue up, red down,
    scaled to `largest` (default: the largest magnitude); labels under them, if given."""
    largest = max(float(largest or np.abs(values).max(initial=0)), 1e-12)
    step, middle = width / len(values), y + height / 2
    for k, value in enumerate(values):
        length = (height / 2 - 1) * float(value) / largest
        draw.rectangle([x + k * step + 1, middle - max(length, 0), x + (k + 1) * step - 2, middle - min(length, 0)],
                       fill=FOR if value >= 0 else AGAINST)
        if labels is not None:
            draw.text((x + k * step + step / 2 - 3, y + height + 2), str(labels[k]), fill='black', font=font)
    draw.line([x, middle, x + width, middle], fill='#999999')


def step_picture(step, network, width, units=10):
    """What one step of learning on an input changes, as a picture `width` wide: the loss, the
    error at each output, and for the `units` units with the most blame: its blame, its weights,
    the change to them (-rate x blame x the input) and the change to its votes."""
    from PIL import ImageFont
    font = ImageFont.load_default()
    b, d = step.backprop, step.digit
    blame = b.hidden_errors[0]
    shown = np.argsort(-np.abs(blame), kind='stable')[:units]
    cell, zoom, per_row = 150, 2, max(1, (width - 20) // 150)
    rows = -(-len(shown) // per_row)
    picture = Image.new('RGB', (width, 150 + rows * 110), 'white')
    draw = pen_on(picture)
    draw.line([10, 4, width - 10, 4], fill='#bbbbbb')
    draw.text((10, 12), step_said(step), fill='black', font=font)
    draw.text((10, 28), f'loss = -log p({d}); error at each output = p - (1 at {d}, else 0); a unit\'s blame = its '
              'outgoing weights x those errors, summed,', fill='#555555', font=font)
    draw.text((10, 40), 'if it fired; the step adds -rate x its gradient to every weight: to a unit\'s input '
              'weights, -rate x its blame x the input', fill='#555555', font=font)
    draw.text((10, 58), 'error at each output', fill='black', font=font)
    signed_bars(draw, b.output_errors[0], 10, 72, 200, 46, largest=1, labels=range(CLASSES), font=font)
    draw.text((240, 58), f'after the step: p({d}) {share(b.probabilities[0, d])} -> '
              f'{share(step.probabilities_after[d])}, loss {b.loss:.3g} -> {step.loss_after:.3g}',
              fill='black', font=font)
    draw.text((240, 74), 'below, each unit with the most blame: its weights, the change to them (your drawing, '
              'blue up, red down)', fill='#555555', font=font)
    draw.text((240, 88), 'and the change to its votes for 0 to 9', fill='#555555', font=font)
    changes, strongest = step.changes['w1'], float(np.abs(step.changes['w1']).max(initial=0)) or 1.0
    votes = step.changes['w2']
    for k, unit in enumerate(shown):
        x, y = 10 + (k % per_row) * cell, 140 + (k // per_row) * 110
        draw.text((x, y), f'#{unit} blame {blame[unit]:+.3g}' if blame[unit] else f'#{unit} off: no blame',
                  fill='black' if blame[unit] else '#999999', font=font)
        for j, pixels in enumerate((signed_picture(network.w1[:, unit]), signed_picture(changes[:, unit], strongest))):
            tile = Image.fromarray(pixels).resize((28 * zoom, 28 * zoom), RESAMPLE.NEAREST)
            picture.paste(tile, (x + j * (28 * zoom + 6), y + 14))
        signed_bars(draw, votes[unit], x, y + 76, 28 * zoom * 2 + 6, 20, largest=np.abs(votes).max())
    return picture


def held_out_pens(args, meta, most=1500):
    """The bundled pen digits whose writers the weights did not learn from (at most `most`, a
    fixed choice) -> PenDigits; None without the pen digits; or a line saying there are none."""
    path = args.pen_data / PEN_FILE
    if not path.exists():
        return None
    first, last = int(meta.get('pen_writers_first', 1)), int(meta.get('pen_writers_last', 1 << 30))
    pen = read_pen_digits(path)
    held = np.flatnonzero((pen.writers < first) | (pen.writers > last))
    if held.size == 0:
        return (f'pen digits: the weights learnt from all {len(set(pen.writers.tolist()))} writers in {path}; '
                'train with --pen-writers 1-25 to measure them on the other five')
    if held.size > most:
        held = np.sort(np.random.default_rng(0).choice(held, most, replace=False))
    return PenDigits(pen.labels[held], pen.writers[held], [pen.strokes[k] for k in held])


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
    pens = held_out_pens(args, meta)
    if isinstance(pens, str):
        print(pens)
    elif pens is not None:
        pictures = canvas_drawings(pens.strokes, rng)
        results['pen, held out'] = verdict_figures(read_verdicts(reader, judge, pictures)[1], pens.labels)
    columns = ('right', 'sure and right', 'sure and wrong', 'refused', 'calibration error')
    print(f'\nverdicts ("sure" at {judge.sure:.0%} or more; percentages of all the digits in each set)')
    print(f'{"":<18}{"digits":>7}' + ''.join(f'{c:>18}' for c in columns))
    for set_name, figures in results.items():
        print(f'{set_name:<18}{figures["count"]:>7}' + ''.join(f'{figures[c]:>18.1%}' for c in columns))
    for set_name, what in EVALUATION_SETS.items():
        print(f'  {set_name}: {what}')
    if pens is not None and not isinstance(pens, str):
        print(f'  pen, held out: pen digits of writers {pens.writers.min()} to {pens.writers.max()}, whom the weights '
              'did not learn from, drawn on the window\'s canvas')
    train_images, train_labels = load_mnist(args.data, 'train')
    fit = validation_split(len(train_images))[0][:5000]
    pictures, kinds = non_digit_pictures(train_images[fit], train_labels[fit], rng, 1000)
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
        step = None
        if args.answer is not None:
            if len(pieces) > 1:
                raise DigitsError(f'--answer tells one digit, and {opened[0][0]} reads as a number '
                                  f'({describe(verdict)}): give it one digit')
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


def step_said(step):
    """A Step -> 'one step towards 9 (learning rate 0.003): loss 2.31 -> 1.42, 9 from 9.9% to 24.1%'."""
    d = step.digit
    return (f'one step towards {d} (learning rate {step.rate}): loss {step.backprop.loss:.3g} -> '
            f'{step.loss_after:.3g}, {d} from {share(step.backprop.probabilities[0, d])} to '
            f'{share(step.probabilities_after[d])}')


Reading = collections.namedtuple('Reading', 'form verdict probabilities hidden explanation temperature columns')
Writing = collections.namedtuple('Writing', 'verdict readings')


class NetworkReader:
    """What the window reads with: a reader network and its judge.

    Called with an image, it reads it -> Writing (its verdict, and a Reading of each digit or
    mark, left to right), or None when there is no ink. A Reading: the 28x28 input, the verdict,
    the calibrated probabilities (10,), the hidden activations (H,), the Explanation of the
    scores, the temperature, and the columns of the image the digit takes. step(x, digit) works
    out one step of learning on an input x (784,) -> Step; after(step) -> the NetworkReader
    with the network after it (and the same judge)."""

    def __init__(self, network, judge):
        self.network, self.judge = network, judge

    def __call__(self, image):
        network, judge = self.network, self.judge
        ink = picture_ink(image)
        verdict, pieces = read_writing(network, judge, ink)
        if not pieces:
            return None
        explanations = [explain(network, p.input) for p in pieces]     # each holds its scores
        probabilities = judge.probabilities(np.array([e.scores for e in explanations]))
        ratio = image.width / ink.shape[1]
        return Writing(verdict, [Reading(p.input.reshape(IMAGE_SIDE, IMAGE_SIDE), p.verdict, probabilities[k],
                                         e.hidden, e, judge.temperature,
                                         (round(p.columns[0] * ratio), round(p.columns[1] * ratio)))
                                 for k, (p, e) in enumerate(zip(pieces, explanations))])

    def step(self, x, digit):
        return one_step(self.network, x, digit, STEP_RATE)

    def after(self, step):
        return NetworkReader(step.network_after, self.judge)



def refit_judge(reader, judge, data, rng, mine):
    """The judge's temperature and thresholds fitted again for a changed reader (Learn now)."""
    images, labels = load_mnist(data, 'train')
    held = validation_split(len(images))[1]
    held_x, held_labels = normalise(images[held]), labels[held].astype(np.intp)
    return fit_judge(reader, judge.network, judge.scale, *held_out_digits(images[held], held_x, held_labels, rng),
                     mine=mine)


def learner(args, path, meta=None):
    """The window's "learn now": a function (read, stop) -> (read, units, message) that fine-tunes
    the network the window reads with (read: a NetworkReader, with any steps taken in the window)
    on your drawings, with a sample of MNIST and the pen digits so that it does not forget; fits
    the verdict to it again, saves both to path (with the weights' metadata, meta) and evaluates
    them; or None if stop() asked it to end first (then nothing is saved). It runs outside the
    window's thread and touches nothing the window uses."""
    def learn(read, stop=lambda: False):
        mine = load_mine(args)
        if mine is None:
            raise DigitsError('no drawings of yours yet: draw a digit, then press its key to save it')
        images, labels = load_mnist(args.data, 'train')
        rng = np.random.default_rng(args.seed)
        pick = rng.choice(validation_split(len(images))[0], FINE_TUNE['sample'], replace=False)
        x, labels = normalise(images[pick]), labels[pick].astype(np.intp)
        pen = pen_digits_for(args, say=lambda text: None)
        if pen is not None:
            x = np.concatenate([x, normalise(drawn_pen_digits(pen.strokes, rng))])
            labels = np.concatenate([labels, pen.labels])
        before = accuracy(read.network, *mine)
        tuned = fine_tune(read.network, x, labels, *mine, rng, stop=stop)
        if tuned is None:
            return None
        tuned_judge = refit_judge(tuned, read.judge, args.data, rng, mine[0])
        test_images, test_labels = load_mnist(args.data, 'test')
        test = accuracy(tuned, normalise(test_images), test_labels)
        if stop():
            return None
        save_weights(path, tuned, tuned_judge, **{**(meta or {}), 'test_accuracy': test})
        message = (f'learnt from {len(mine[0])} drawings of yours: {before:.0%} -> {accuracy(tuned, *mine):.0%} '
                   f'of them read right; MNIST test {test:.1%}; saved {path.name}')
        return NetworkReader(tuned, tuned_judge), tuned.w1.T, message
    return learn


def trainer(args):
    """The window's "Train": a function (report, say, stop) -> (read, units, message), or None,
    that does what --train does with the same settings (learn_weights)."""
    def run(report, say, stop):
        learnt = learn_weights(args, report, say, stop)
        if learnt is None:
            return None
        reader, judge, message = learnt
        return NetworkReader(reader, judge), reader.w1.T, message
    return run


def moment_reader(args):
    """Reads with the weights of the moment while the window trains: network -> read function,
    with the judge it will keep and no temperature yet."""
    network, scale = kept_judge(args)
    judge = Judge(network, scale, temperature=1.0, refuse_above=check_weights(
        unpack_weights(EMBEDDED_WEIGHTS), 'the weights inside digits.py')[1].refuse_above)
    return lambda reader: NetworkReader(reader, judge)


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
    run_window(NetworkReader(reader, judge), reader.w1.T, f'digits ({name}{figure})', status,
               save=lambda image, digit: save_drawing(image, digit, args.mine),
               learn=learner(args, args.weights or WEIGHTS_PATH, meta),
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
    if args.answer is not None and not args.explain:
        parser.error('--answer goes with --predict IMAGE --explain FILE.png')
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
AAAAIQAb40tf//////////8IABQAdzFfcS5ucHkBABAAIB8AAAAAAABJGwAAAAAAAJ2X55Ml13neO+e+ffv2zXlm7sSduLsz
G7ELLEmAJACCEAkwiBKKFkHTokqBsuxSiS6UPjmUyy4Wy65SmR8k05Zp2pQIEiQIAtjFLrB5d3Z2cg53bk7dfTtnj/4Fn2/n
nA+nzjnP87y/94dfeO3lL34NBP4V8Fej33rzz//ge6MXi6Pf/xdzo5PF0W//yff+5fe++cdv/Mn3vvXmP60//80/+vM3T9b/
/Dvf/NM3T+Zj586fnSzOzY5PFv9N8f9vUDQEka44cdxOJn2LUZuz60fDJQSl/Ork0u5wFI4lxlvjS9uFN7qjNdpM93NqsZtd
Cx8z5ez+zGb+On1zWsHg8wZ8r3trbrPhTMnRzlZ5ZP3OLXozncoWtsb7fzfAKwPxzMpQxHipv3suaS8TC4nn9I0vDnY+YK6e
fbaLfT3qvkPMTA+uD03Nu+9OTMe8Wt4joE9OFc+Vjrm+hW1h0S8MLel1L1zF9dm3qu3Iqfo+vx7+vld/bW79wH5MfwdrWuUN
1945/SIjqOu7nt35yshS7KW3bm1cefLWpY+ypT9eOZr84NvDG1e0lH+Ur72iGAOxeVoC3aG72qASGWN8ircdAMqGSccFLkTl
Yb2lMZnViaR9VqgG2eKulplPffaAHs5XLw5dnXn5WJyb25mc+vzUlL57+fnFkfA3NMK8d/nVGxHltQ+dO60LL90qhBNPdx8B
7OyWlskeLm/DiHB/tzaCdoAd2rs+7RymT8Xfs3Druebm4AzxRImk8szTC6Opt4PUzFWtPjLF/4yKFQp1Z/QL9K2hhEse2vkz
sSfjOXJiWcqNxDeQ6HRkpYWPDe5TvdEzRiMzJzwBtvXnkE46za2019vfzKJSBQLrsrUgxMr7ZdS1J/DqGHw5ygw75djmWXjA
1xcCZ9T88rizy8+QStS56sE1+kxoO6sOVZBe/FRiL2frZaOPDqQPrpY+/vx89SnpLr44e+cVuvYAZbfis1uFy9XfzoadU3mS
n6xtLAxtThEzKWl5ELTNiVsvDAJtjRy3sr8+X0I9I7RQiW6F2g9XWWTsqJPB9n61xnjJ3TIVZbabe0SwOwI+TaU6D3peMImu
gyFvpcIMl3AZgsN3tejZEaPrceRThssMYKpWpO6MUNEBTaGH6NsjfGZiTSqOhu/T6PzQfTU6mXjqymfHm1g/m9j22qGrfnSX
SDR10R0fSuxoieIh0M5Ig4ebVMqBnNFOONbPlOLRR5eh1KlNA5qcePjl4A1o/z+mXxKWLnHzhvkBfZF9OoueqUlH9LxwNMig
5a4qTcZqI89+8to3V3/o13bnT3/y0ktrPwC1TmLi1sLl5f9wLshNzeyx2N4PTk/Cn3WrXOveuKLHT9/KDLubWZ9lzN+cHsik
m5kRvXMvh6MTfSEsShIjlQk3wrREAeHXqtUS3qaQrVCwvYvYZCYoV4x+r4ZlMcWpt6yWhyVTTVGHNQnwqEHFb4F2k3RoRsQA
ENuM4wJbodMMt4xhI+kdPDMQLgfkbEZPQhmh4dppLsjAca6hnNiOHsDAkHNkR3AvafeoaJXuJwUya+spPHvwQjwmHOzA06fX
P5OZqsp/Lb8pyHOnh+vWg+3PhFoR8vxBD6dyYVlIttdkdpeL1TDr8ZdfefrXpxsxjnj4pVce/ruICfDRrWvjN27PoWPjQ3p8
89bdc2NjRccLm4/NQt6EUG+UOXLGc1qDw4bCRHfi7COozVpkye6MHQnS4FGDcJFMjfbJo563c0mwdNgqi1Z1jiB01z/sBCAN
4dKR3VY0NOkKVgXreq5d1FikRx17Tn9YZzCVaTtgP8pQuhyyMLRDxZKGFqNjeB+Kl3rV0ShG9W1/VBPjWRzSu8ogamezNmq2
9bC5X4K1cL8XRpL9ogVVfGFUPYOlPol/Yr+epKdL4OPxG1vfggcTMeiI1z+5aGUCeKjsEBIJoA+L01vi/CdnhGH8UeI15PYv
vggtuFX2TfwnHwz6c03j6ujP/+ZphLy2wv3r6A/+3gh78+voXNRZ0kRZ249HT1Htgyx5fDRoTaThapRbhXFQISCqxewCYW4F
YEiLkdBw0CKp/ggIdRBUdAhlxKZkFQv6mI2qrFFz7T5E4EZO7tgyhQgJQ4At/5ijkgMwHALdrRAaGRDcEOYeMQyVSzsI7vVR
ysPTeNcjkhhb1uh00zMGgfBxBxjo6UgsiOkNL9VdGSgoyfWezwGLI1jHWKPiQWynuBNpL55FcrPI0vKXhMrFveTp5l39lYla
5te5aDNYupySwquf18/Ef8FHWD/7+qvl+Hfr199+OZQ/swV9t/XrB2YoV+iWLr7zk3o1P79dfQv4t+82t/HZtf038o0l577e
bLTH062y5eFNMsCvAJqMOHLJw33Ht7luTybzGxCNpmyla3MQjTmcbfVFhkewALPgroKEUAx0PFI3ER8lYh6C+oSrhtEsxxK0
4CtxOJdNuAnObkahXDan5Wm3ThHJeFoqkH7XJnks7GCU41pQgBCwGVIoG5FtlLANkGMYre7T5lE4FsmZm4GjHcQpRdBaYTy2
WujbaI8PJb5aqTRnUvC0HvvcNrNV4I1StTDcnf5fzw/QtPqXVD70o08jY5XxF39fOj+y9PH+OUM8fZYuPnkX99FoZB6esT+K
vzM6Xie/zB0skT/m4vvlC115h3/Hc+qScQCqeRWTYVcpwLASRwDMijgm2hvrenU923NQsqCbrpWAfJiDLTHwuTCIhkVXhUMk
jWJ8H3GIGELgZMrnPGLUJ1gizglOetLDBDiWyil80UcZL0um+iwFupiXx1ibRyzbB1JwAMRx2jzJakwyI3TYMS2M1EUWQsMM
EHi6rzhMIZNy9myzccQPolnnEeMhd4XC4Xi5gpmvX6eYMpPFmfbAg4nmansmPjlYBzL/x159efvTX5Piof9W9GaaC2dn7ifF
UXUyl2hcuKArxa05IC0Of6PDnilf+eW4jw1Fr80qQz/FkKoXAFEj9YF64uueBuvxbt9mXBQJaNGVPQQo1duwzysGgQstEUvy
ps5RKOnhwsk2n0BoihT2fTOVRSMwyezAbiYKJREUVUk3VjAFBAB5zszng1DgotGoEokirGUKOC+BKIOadlTFLd+GQMeO93WA
9UlbshJ6rY/jvK26FFo5DtFRCNF9vGdYBFVMYrrj2rqGjUaF7irmkz14KigernjVC/dj0weR6Ka7x7zPuq3YnJyYW8Ey6xZ9
bfl5wiOKb0O5kjkRe20bXipFc2hKmh1ev/9sKVkfqBTO75ZfjRVuj7WLlYHUM2LyZ2klpGbwrCMsAnYGwIEQyIhm+7zPiwBO
GpofTjOHSmhE0axYAhM1Mt/1pSQXMDRJb52IncGTBAo9ABwYZeIwYmxZkCa7UdLRPNvuygYfyEoOdAwX8Fs9M4dULZ+S2n0A
JQ5Eh+u1DcwEFV0GXcvkJMv3+4Bl2Ilmx5Is0jbsiFGRTC7huB6A7JlAweHDQoeVHBwFCslEWXLAUSY8BbDr9wHjapvP0onW
uqiNLvew/OD4esdchJmt1LVTjWkJHsitJS75JabxZxq82tQN69zRtdD7D2dHqtv5J4C5tf58ofy+q0OLKXe0p37oVkoAJjmS
0jSdZ13ORIG21+l9GuabKJFWZTORQESdm9j0+jDtEyhBPsV1v4elI4SxxsJNkcqgqLJLgwcVJgIAfQMy13adcFiXU6D4qKxA
sNguAsct0N9ty30BWe2R1GJd01H6oAriWw1H9xmg61hSzyAcDBEVV1bFRMfxLTGsqd1Us91rIoyJqNGgKjlZF8vEg3jNyYb8
U2SxQfb7n4KwyxVy/7EbfM6LzAB98fZR+NruYu8MPXl/+TCQlBUyMhTH29xeqckOAl9igd/twtUPbj0JvbS/4PzDAQG/XU1v
oxuP14vg2mNH7jylGaCyvrJfOSu1jHLnyJTBL9j9JuSbYs296thHAFfYr9EQ4usAE12zUFm1kjSp10i6UgtScaJjkZHFXhD2
IZMl0SeqH7ZBY5xWl5x+VAikU0SvTIggT+g8dYAnO/sQpkHUahBDt6Wga7FtkYIrPUeyeaiB+aqsOEgIkHTH6cqsgtmyxCtq
N1H35FqXERm10JedJiIBBZaO9gnR7s0DgwBqOTNG4dKN2NEjGZtoTJyTWuLWjju5/3ggCuePjquXKg+O9XBqkgnm1yn9UDv4
i4Xzf6nc0P7u/aWZt977q+3/LD3Zepj4i7/98vbf1lP4Q3f8ndnlXXjafloT33th6148kDZA6vi5g6Z4ImhTVPhWa0smGbHD
VEQZslmkb8W222qWRXsknNrraXEa6g7AwhqosCZqjkFUOaTRTsQ9j5OdRCXGxtQsgpO5YzYcNWEMTA86FkaZKm6TcVaEYVFn
NINBKwGkBBFX9N2e4aooa3UQX+1ZkEkblgrpkhntoIojGRoDZDSX2BEtpBgkKIfr7hpMNOFxJl/Y54Wl4eOlnUT+njJ8FCK2
P0Lm7izHWaDkPAqN7TWYOhyMmMm0yA4vQQ/+MDv01ePfXFTshDn1i68v3SBMTAxmVr9255fddK56ct6LT5al+dRdPTiI1Q4i
jL6GU2KnsiuapuNK1c1ma+0Ai5kd+6O+LqgEgDjCsuqXWLeXwNJbkJGkXHsAiR+CeoSggGzAAZBJ0DE74iZPYgllaQB20yla
p+iTKgOwQ2mIwLyg75+IkFChwLNwz0gCFRx1DcrvUHAdBBSEdKpoIGqugzK24eiuioQMxNF6Js6jvOOQlQbIDlqEa0WkTczJ
WbBbpsYW6f1qRtu/nyreakD7ydGtX2UTH4rBY2DOuFFUFyHuAebmKtPNveHcUXiDcyZPSezrcqjwm6OflFaKL61D/Hv7W9R1
E86N9B40SHLZ6hD5JyFwqNqzSUHaw3zqTrvd0iw91ut9YEjLh3TakqSHNsM0AfSkmOwAsSKqqzEs2qXQKO6bkSBuu34YwD3a
CLGWj0GI5zhsFIItCAtkO8zHAy9AXMVH+PQJ2rq4aFl0xjIABNEQEGEMBSe1LkpCANL2oR5IwrrtKwpggDyiuCrpECwsQE3R
SEeAEGZxaofNUCqA1iJ6i7PdMmEvAblV8mGd8A6WqeHrws338YHmo+TMf81u3bD59u2C8dPhytuiTm+9/l4X4HcckVv709+r
x19cqSgf0T9ijy9+6uNW7WbvgaKyQTtct5zqWj8XkqhKZh+9A6OZOLqaq8qrIBG0ge2Z+r7lIuWqF9fbdeMgAjhWSIZBqzKM
E6LJodwJtUCE64asLE1bLkpjdl9IoQqAcYipUCx7AjcEbFgUn4NlBwVM18/mbRlCUMn20wlDBxGoj8F8YDUR3KkhJN5iegDm
KAShdmhThzw7SjYcPHKCeXaUqcJwAgcYVGVMCBqyFR1edKEkhux3NOieXLoTLTfUUKPunPmbSHU3kmoe5NI/dEQ1Ax48/KJ+
80S4id3myhvXAUAMcnJk7+qbFzIXcvSPhef/k2vh8bn+h3Lppr8r+iNuzx95KGrpNHbUG2yvP5ILz822dosPl5cXkKhGb8y0
n3AC4q7YiKQcsmsRS5bIPcJRNrJguBX4SBTuBHbOIUkjlnVlI8SFbAkfNDUYi+OuDOQUAKBJHNbJIQiGacinXWoADGj85IEA
IhN4J62F3SdYTmVO/l4TmYjdTKgmZSrhkNyOgQroa2FGcek4YmEGwGohoIj0wRO9OoNuwtY66Ht93obcdgt2t43BX9JdxylI
OD/5I9dAcwOoNjv7fzUEKDDu7ivG7bANnFeqzdePGgM9+LOG1boy+XmkuPDMP154+bq8k3Q+o30sLazefjTEXJJ3pMzSwf61
yMX3q3x36Zi88NypD2vR3ca95/FRxKkOtMvuNBK7jgQdTYbahHWsYzsg6yyzzgnPKk7G3AbshMp6cpI50m0MTmoNMrnuGsBJ
DrQd6h4oI34o2ofZVU9F/BO8Z/m+b8C+HZARVsdkAlEtmiP0eN/FFCOcsvWCo2OOxfIywBM24UJg2KXtNGsgWB2AIn6B67vk
PQmJWhHUl4AHnnUAdQGJMWFg7Kfpp5Keql3B9Tt50IhzyeRpfzHJ1uIJNhht1ObswylShgc7SjFaH2cfy5fd5wfG5p+7OT3c
aOVTEhPsx7nyu8fn2wl/vx81P1bOqpMbsiMdidlpdvA6RYpg+ZSfEGyX9cD+rFnai8P1NsGiMLbNoBsqAR+SOOi5h2oS2+M8
qgPLdoLad01CjpgSQK74x5ATQhVXu0+vegGacv3GMlNRAisO0n6XbfVhKWCiCMh2HabvciECiHomaftE5J+MYiEAHEStkC+c
+A2SWTjZK/IWgO8DYE7N0p5Fr7R5DFYByEMqOv6xsG2ZWHUYBd8pHYsKVX+OrzY45uNkSBseV7p+7B6eg8l8xYkU68JgvTx7
MxP6TErQys2Z7csziJ7HntfFpdwo1JYjuN793+GLR7QCH/rUPwyeAvJtfLdpbfPJ07E6C+lgmQmV4kYogQT6OG2KCSyOGEKW
0J8WfM0D0irkV0NuzeYEGcE8z6qgYKrfB1Kqr6CSb7jyoAbYYL8nheqk3mdBt9+k+3q/Q7EUbiB6VxLtSJhHYEgDTZNEWAwQ
PAwBAeLEiHmQxsGTSElJmRN2DDQPjLSyISQAuooXd5kwriNyNyIj7QjuWQDILiYPkR52NMWZUpHo9NnmWeEBJY6uYmmVHf3E
rU4b3kisNlQH6t8NB8PcxpmDpP+Hk+l6BFjoZWI7av9zkGts8pbSX7ssavAJjt4Xe6WjXgkh+7t9ha63Uk+K0oLtJnpNvkka
86jKgWlaTsUAJYxyaYVmoK5SsmkATLkdu5X0ZUcoGhuYQwUi4EWCVSLhADrSwFE1yPVhGOxYYZQIdyzKBWhUi2A1lUDgNG7E
zCMDQKE0ZUWtHgQDaAFX8j5E4CaWFLQcwpGE4nM5Me3FUEdVA1KK4Siom11UArxk4GmBObsoW0OI3/HRUDMixB26XqSG8dC0
dhw9GOc5dHF+Z1/ohUuPoVY2giGXFeKpAM0UE/ofdVkrL79VmvvtW/DUz3+/Z+5NPNOpwW9/Zx3ZgZ5fuYU/nHxUW/Seub80
s0VvyE+UzFb5KxnMOLUdWFpngOdVQNT5k/LbS6mMYWa9pGQgbdSK0TSQSHqbkppEfSU+qN3owaGQ3kcS6i2bxwTI7ySxtivA
JG41GM4Dky6Am0YyplAhySE9OFawwlDDgABfSPc5ULUZP4ik2yEo5IetgMs2GT+NsYYF8HVOiXmerUOqTiGgoXve8JLfjTke
oFMv7x41WCDU7dAJH+I4l63HYphvn9Z7qDwQj3j1ia3HBpqm7G4D43vhITl6OJmfLKWMC4dO+RvQ7waD2rCV3OH7zPppVTEi
73Nr/LIztoRmfnzxg8Iu/+xvGsO/vLLGHdCn78hfqueo5kMz8qj2AppObi5prEhhWEpAarXxOi63YidAjhUdEEbwA6wdogkd
S4FPJDeBOF1gQDx2cPKkL24n+o7GEjzp7bMQ5CZIkvXbPIu5MdunMC0QKC+s6tDJ1XkcicEyTtlYVPf5lCkEFhCSIDADh4Gg
41QgPYTgHoCtt80QoNsOOPJJfU9ALaAPPXOwV61qmZbqQwkHbTXploDsIAnOO+oyM9BNimfAlV5ukN5MKdoUOKytpeipM9gI
n4c+6vzqlQtXqdMmvGI/U3nEbcH7WvqquLtM3joKGqMLNfMetgJwe9z4UwfXHx7xR5H5TWLw7r1V9Al2npyKf3RDQnt2Shgt
Vpc6I1VCQQQeaiElJXJoJ3ChTEYwroukI1QZcBEYyRsF06BEDAFC1ZgE0mAcV/wqYSVO8pOUrH5YF1A7Fuo29YF+AnKIuNLU
070ErbIRxbXCSjbm5hgJ7zo2xuEFCjKfHAQogMFh3LuxB6WZmovI6O39gzDVAoEWo96rVS3MxdtY9HanU5Ww4bbCBZK6s33m
U43DTL7rlFcun3X9aUoW0m62p4Bn59j0WJRYbIVfeONyJxJjfrXzGbiO7EVXafN1xGuZt0mRor8CMZX2z2k5jny+jHCVB/fN
yPCoWGW3934uW/PDsVDrg80lKV+ErkxB7z8lwLCwMjiZWGqkGSz6BMrQMDoDs6Wd/bkZWMQCXxC09LneYUik/MEGUvR6rBb1
4zt11sYwL+N5h8dxEXLMFN0/kPIKDjthTqxqCR9nzEhEsW2a5BNWgu6F1TCCRU6qzgnDSoDNGaGUXv+NDQV4hYy3yg9sDQZ0
ILa/GWorRwdpKaYtnmn5fbnln3KQ4bhC2h+fGeqfo+Iy4X58ZfL4VHHCT+QfXYMO4peeOZUfci+Wd6bPvvrKkRWf+nD3BSBS
WeEabuXSF5js4XWyiu9cenEhv/promLuXUNnwJ21Q5fIjXhAp6He8d1XyEFPX3H3DfRF6A+y/OIO3Y1PmG8Mn1naxzQ+149j
GVyDyMiIsz895hhIBMsKd8/kLaMAIe7EE3Yo2U4BsD665BcoC4WJIL4KCT3PCwI2s2OzPZQI3HBsA4VQOOoGOXadsxJgGCZy
9B7nG8GAyuapx1zNUEr9+JR9/64K7QROfAxYXkH06mMld4G0xyWr8z/j9tmq+TuOr7W6XqnCDA65RPRhjgW+WCsGOLk4EiNn
O9P5XGL3goYDqYnXFobsuZvWiHbtn3WNUOyOMXs4e7DfsBBv9qu1M3tbDQeU5tJXLt5aFIGD6jPpi8ByV+EOCpcHRo4bgp2+
czm6EJNXB+3k42eF7+NTjGvKByPYnxHDA4jtVZLsP3fPnmkexPBUbZ4/Hao2E1HSaI0OoV0q3sAH1krDrBaP7cPFVqmIaGTi
iJ67lZkIKwayFjv3P8LhCBpAO9krPwuzFGAhytmFxxGua9lk9tnBezi/qREut1D8e6beUAakyEzmpxvd0APXooYSjx/0wkt7
jcQ4eI57ah7/dxm5unZhvF5z3q0UZmoIL1cihv6pmUArW8cIi57nJ7m1IBFNxUd90u6o2XPD6azSjC6lCggbjZXhS09Pl3f3
+0JmemH33PFe2UATs8vfwtsSXnqks799teeN8199dy69/NZqc2zi+zdHp1bfYICL4d97NL9gfH1COQ2M3BhFA+F3Cu7dMxun
4tHut4WNt5+xR5Fs9Wvsh78ds9P5LnaN3XhwYf8K3xmcH1ivxXdzzen0pcReOdac1OKpObYvQb2p1N14PgJAPXP20s1EbEb3
VPrZs42Aph3anHgmd9N0nV7OJc5nfiC/Q7ZnSeM09e8Xf5zbzjvc2fJPb34U75WazvnDeOSdlKCAleS9MxP/aGNbdeKltcjl
H49cXquNvdrIR//Lwysj0tdezF4Arz+ajkBXnnFPmZt7E/lkceIgXKttDQ1xw5z0/wBQSwMELQAAAAgAAAAhAOT4RTT/////
/////wwAFAB3MV9zY2FsZS5ucHkBABAAqAAAAAAAAABxAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9U
UpSYF59flJIKEndLzClOBYoXZyQWpAL5GoY6CoYGmjoKtQrkAi5+kY02SSdu2TRpMNjeqXxl827JR5v54aK2B205bHcJPLKp
deS23XDnmw0AUEsDBC0AAAAIAAAAIQCvFSUk//////////8GABQAYjEubnB5AQAQAKgAAAAAAAAAbwAAAAAAAACb7BfqGxDJ
yFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGBjqaOgq1CuQDrmBld3tuwXS7pT1W
9sGa9vYV19/tc9qotFeY9YKd7NO/+zke39if+yzRHgBQSwMELQAAAAgAAAAhAJyeBj3//////////wgAFAB3Ml9xLm5weQEA
EADkAAAAAAAAALIAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXpNpqK6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBak
AvkahgY6CoYGmjoKtQpkAq7GpAi+7T9FHPka53+cUv9Xr3HDvYCOf40CTg9X1H/67bn9wbLn9Upufd9tH13Ye+1l4ebIX2vY
F0pJum3aVMUduzeGu2Pz9D9vzAUDriR4XWHibZwoUC/d9HPLBZmNlh/m+ByrP6a/Z78yAFBLAwQtAAAACAAAACEA97pOAf//
////////DAAUAHcyX3NjYWxlLm5weQEAEACoAAAAAAAAAHEAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6W
X1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahjoKhgaaOgq1CuQCrhVRJda/uZ2tPzxJsdZZVWOdpBdj/eVEvPWyfbXWW2KL
rOtO2ljzX11oDQBQSwMELQAAAAgAAAAhACjhSuP//////////wYAFABiMi5ucHkBABAAqAAAAAAAAABvAAAAAAAAAJvsF+ob
EMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoYGOpo6CrUK5AMuGa1N+8TDNuxr
SHlmZ6902y5f2m1fcLCnvb3sgX13ppy3e7rmsV11VMB+AFBLAwQtAAAACAAAACEAoaGqTf//////////DgAUAGp1ZGdlX3cx
X3EubnB5AQAQAIC5AQAAAAAAzncBAAAAAACcuuezY/l553dyTsj55tw59+ThcIbDMAySGKSSZUlrcb27pfJuSbt+46Ciq2yr
/Maukq2wCrYpUiIpkRoOyeGkng7TPR1v98334uIiZ+Dg4ODkfAz+C8YrAIUCDvB7nu/386nCn33lG1/+2m+BwH8L/Herf/Dt
P/6v/mj1+bnV//7fXlg9Pbf6r//9H/3HP/r9/+Z3//0f/cG3f/X8537/D//429Pn//jf/P5/+Pb08dqFa1cvn567enn99Nz/
MPf/60alhUwez8VyWITE8oV4IsnQXByPU7GZSMJl55gUgqRnWY7LhMgMW6CIRY6Y5WEywKL8ChAl6FzmDFdIz2Sj+XRkfYlP
C0zsdCoezXJzQpacPUUUMJzZiCT4tURsjjxDZE4nydkICaNIhjsNchQdGsZoVtUmOEoFsAbBBjM4g+Q4QQYaBgDitAvaJBmc
cFGNh9kXPIv1HQpMRCiFtxlA7wb1g0FT65arLV+sBxN3uDvZxNqEKiuPD9si58D1sSGdKMcwInJj0R2OZM2Du2NSazi1pmsf
SfcoODryh6VeplkExX5FWSjSql0qt7C+UTxzLsO3tOKnncc6aEfVPnK0Q43I+EcyMh6O0Oj8WGyNx/E5AAl9ETVosOwxAEWq
YbMeDGUNSfKLQd4AihbsA4sud9iUxmIEVvNtsgIOgAHNgyNRAVkaSFRAkoQzWCceq1HGPLKaKRDiEQ5EuKPFGnLCCCyWoyar
XQGxYGACxjXEH87YgZ0aI6ILEnwMtO+zmgCdKKCR64OIPqr3yEE4ciLtdUVV4uJ+BAQjVNf1DLvfc+yP3R6A1ZFSABvjEVrm
cN+G4gkgCojWEAZAXvAHsZxhj30759rSwLQGCcRJxcBgUvAZiB6DORL2XV6xJ90OUPALKAAaCSgfjwDQNa/gu3iYYa/SAZ9Z
5FyDpQWIAAlzKQZbcujQUUfPA2BKYnAFD220QQJn42128gU6sRzyV69qETYqzdnxc5QPYxY7BpIebrL59QLNubxbQCMzBDI7
JDZGcCpg5/hKCxot6I3VpavkLLyU7H0RHOQ4E3wxyUYd8Ux81k4033vsYrNhnjFanLBCPjUDMIMec5uRcENN0wfHISnX+3Mr
jgoZ1LUPAnrXamsTetgei8eLuXSbffpew6zo1SWPO4QL4dwH5XZ7Y6Pq3RtOznb69n5R82tPm4AzaCtBi7vRoOuiqO8hj+sH
R9tZAT+wnr3bbTzr7wuTxtNJunHmzsnJU57fJh+VRvGWXZktnHtx4VLh1PLitfSpX4s9F8vNX8ldKsQ/P3vmPDe7MX8BmX3x
1Gp+4wIUuXLut1OJxQ3uDE3Oothy9HliLr4xv/zS5y++cv7CqdNnc6evX3j+3MXYG7kXT/GvXVw/vZRaj1+OrF47fW1p+eq1
xNeXfu/ipS9eEa4uxXNEdPbiF6IbhQsW1NehHgRGAFCfzCLt6akLkUyVCyBJHwOuXx2MvQ55oMmKEBjk9car4kSz9khWoexm
KIFzrUq7NmgPRKcu70sle3BTedKweWm8XzuY1PHupWp/MNR7O+agK6m9ntkOh7IlKplW3T5qYJ1D+GS/cf5dd7fZ/emtvvTj
8ZFc+PSdnY+P92+Wbt3658l4c8uofHx3+2a1G3/66ObN/Hb+7m54+HPecAefqBlrr3f/HsR/In8cPuzdeuA9qzzaaVZ6T57+
cvPurSfHPznu1Dub8qcfVLfvktr+vzw9zr0P33o0fm+4+7j99r2GOdh6rFTh8PagpUvPajLy1Nm/53bEyZFzImpP5OLE3POU
9qeW0auIyqD0dCjWK0+Hlq5OKvbOvhgfSvWT2rjrTVp2FRRRccuqi85DQHUa45Publ+dxDpoa/AUK1e6otlqt8pOHWz3piNl
Sn3xqK4pzXZXbJVNQoEYXfbsUr+7C/UAW5YMWZLEVqPRsKx+Qx7tGFJo+Hp/5NniQdDu6o1dTXZ8RTq01LiUxLkwx6MKDMhh
FOFtR2aS4MRHLWK+4QdWGJouGuJuDAp5G4/6Lo0DdkFXBC8MtGJDJX1mzGJpEoyRCdLjhgLDoi8JeN+muRTl+0zbcuj5mZSP
kwQVnQcHHG70A6oPoDqF5DfrrUNB6wBzkIqATHwQYjdgqAWjPt7bLiWXngYp/VBpNUAPVr0qrOegoycGb1p1eGChsS4vN8eQ
iDXG6edsyCXTvbKB7MZc7yiqKWavR6Mzfbat0YsHuh2kjTGXDKl+q+vQeZkzILww0G2pDYVrCXwun1pVMjMa5thHF6GFAYyD
LFQG/AVUq03GieI0/cB1bnm2E5HarH7crdgMpE2ogEoI56/Pfj2/nsifBZa+OvtV4Oylq9zai+QbdGqGz167/iVs4Y3Z9eX1
19PY+au/GV1+eZY7Z0bWk+gp/hx1JpJngfxX1p+bO//8/Bko8ep5/tpXrr+MLOain0munLt86fnCc+zcC8erV2dOrQq/vvGt
y8iX5xJX7MTrAueeuiIswPPisOkplQBcMO3RiKGL46AG2fi2Ho7GYtfoQUfVQfCYKDf6umGo2Fs7q9Vyb3yDcqpw+dDpg8L+
L3v1nYOTiXTLaDSkRGend2PzuP2zbu+De0c/GtWKOw+Ptp52f3QUdO5/evNBZlNt3ilLf3149+c7d56UxKO9D//umfvM3mvf
/9+O3x7uj06+s/fDP33wd93d7Q/+8Xt/ufv3Dx7fv/1X/b/863f3dv+nrR98R38yuHujdvSsvvd0+0/bEvbBo//3nWPnlv2/
bx794NGNk3+Q7/yv8k8/uPG9Jze/e+sH3/3O5vaHZWf3z7/34V9/WtN+sPvgp+a9x9//p9o/NB9s9X/xnaKlvPNLWXX9j4E6
MigdtokStNXLtMu9R9KR6VRLD7UzqhiU7t1qPq2O8HrY9rBd4OEjs0sPD907mx7b0wdDK7D7nsjqHqAhCKwQQQMEEimWnfZW
BfIxVwr3IXMsm9SRNaLiQdIpei7aOaC7E0fWx2VR10Cd23d6XoDguqtJo0EQATVPlR2taHcOwL41Ci2n64VtUDKlntxtB2q0
rdmWzY1HIW6hI8B2vMAxoNrAGEN2cOI6Yqh6Qwur9utHtmwBnjNGTNtSZYA1W7AWGKNea4INQxF1PNFoZUOc9jAY0wOYBw23
SHOIsUoYYzjw8WzU0PtdKfBhCJ8JLM73PBG35ekHWmMQtUkHAY8pGzSRVUgBOfY8pAm9MajQqI1a1ejchkmwuJm2JBGODTGN
gNF12/OwlTAUEJVHZH8vHtVd02cTV31kPhO1HYtEw3jKDYE1HcbTlwU7ys6/sTqI4B7okEJsKZmh2AR98aV4IsEtWBkyTybR
2c/GU68sLJ+hsysv4yn6YjKbvzKTmc2xBeHyrA8kLufUWebzo8+vX1meeYkGz0QnMRJavjQDLMfnYih3Nfqv8HQGnqLm8twf
Bpe/htDAr8/HXZRJohdf+bX1/NI30Vd//ZWCd3p+hX7zFMsvYStzyXOvRdbPz2BiaI4iWXuJeMEL0+P02Q4973NJrLkOYESa
Lpx6XYfH/HFgoUbKKMQ2osbr4gQ3q5/D4CA/SQaJzkPnEDPKwxAx7O2mwj0ZR/Zs0f9ENIbukXQeAGvFY+ef7YelE1lG+4VX
71093m/v3Jn3yqOTI7UDO3ff25U2n+5bzhP6uyN9fPh/3/uzow+9n5S0n3Yr//zg+29v//DBwX+W/nG7UvyzR/d2R+/DN/+y
fvAXH/70rzbff/hz89nOx++2nYr7TJvYhd02h8h/s/cXxQ9uHHQau7V7WvfwpPvOs93mo5//s1j8m9p9h9lmn9yu1n56/ydb
D/+luG3v3S25wCksj0MHmp5Coutuj75Dw0qgVRZh5YThAM4dN3Jmx8AwhzBofED2kBRo7h/ne4eByrnHMgFR3YQUEDbsJHBm
/9SpRzxp0IjAaXdr6ErgLqjtKTxbWCRwpriECf0DYvySGyxRT5J5m8uOSFj3oiA/gPAq7jNaOtLUqATfiaYVseU0bBUIh2Oy
pNkkxFuRGHpJLWe81NhxXHkJHk5jEA5jKk8jUwMgQkewoT7g8ZQNgAAaSLoIwyZKpMh0WwnJLEDznjIpeaiCpAmCYg6tZDb0
fcglAgo2YQ2AUZJvK5avooA9hOOCI7cgZTrLKm7D7iRwmqwDA4jHdJpQk7JciTJhRzOo4TQmWqHdNiAEOrF1F3Sdbdy2VXrs
kLbsyohjOEYQuMoERns+4dqTQAm8umVDkyFsOlzEDozkWIrhuK94lg7YPjkOrQAHeSxwQRAMEGcCeDAe4IiP+bCDkZTuKwCB
e1od5j0/BrKReQy8zAPnZDWJpeMo/AqctZLa0nWepfHIEhNoICUsezSFXyOQPIkmYiCWs7N8kkskE68ChQIn0JGrDn8qlyWu
CnNQ+g+4eDwWm1kE0wwSfX5NQOxlAI0iGWzND/MbPSxFpZ4TwNjSpZW509H8m9ja/Mz5Veol6s10/tU1Pvtq/hw6Mxtdu3Lq
+vrp8984c+lzeT66unKZ/BJ1+oUVYm0xd21p/uxzWTQ8lwEdoRArrI7xDQDPssCXZ4UsmF31qNy5IPKVlY1vYigIFs5Frtnr
SxjjPQ/jWCy/Er+GLPBfRgj9LuHoUlP0KkZQHUjDw/E00iXuPUnstkbtlZDzTnrObfHuyaQfShM9uwX4TbH0IDp6IpfVag8b
/q1ykP7lcFx99BT8O2lrTXz7+//zvm7sfGjU7d3jH37n3f3/c3eix98+ele8/6RVY3Tl0++UJUR594b5pP1eYOyeQDjnzCNK
uJFJ+DmgV6Gapw1WaABZxngNC1Ixanxe+IzbAGcYPzoT5nDX8uOBSGeAdpQIqdmDBDiPMYh50B9RgBqNBgt9CnUoGUz0jLgv
pEnIZTHI4ww+O+djsXiMhmBYzgUrcJlN8ChvQ4YXuKaGce7A1fguzQSOF3IRb9pOUgwDHA7RQDlwAorDUJIDImGIJ8KEFtVM
hXURNUDYwI0bhMSCrVhElwS+z2EcaKXStLwvtCY6ROl1ZGhZPk0neMyYMVGqDUY5ElZXadMThZBYIFgb9SZ0gAEhpbkCBmE0
CuZdpwh5hyCAIyDKWpCepwEfDSqIpXvNNhQNh4myRZM4jUM6CANZDwgBkBRm2owJDGEDcAkwYii67SA4qOane+d2gDoMQaBt
8uNmakIwwHC6rlMkNQ5cDzsi3CD0p79fQHQxwK8GBG5TKg5AJK4RNkqDjOa4oyDuYjjCQxQ0XazQszFPU1Bb9fCpSI/MEPR0
VzUNF6MkzbN82YUR07IxjJQt1VdpF5Vt07Y9ooDjYaB7rqfXHcCcwTiMX0f1FahDqUoEgvkg+arKWtRwFqHxBIgsRxTPRNN5
f9rIDCkBXDQbLHBgLhNDsn6UoAIEhAoZP2dAVnCemcti89ELZMiGFNWyIYFMZZc0TMG5QYxxKZHG/GgEIe2YMMjj2BLy9c+M
l8+szm/kE18QToOpz7BfPHUlXcikXr2eWc197dSXfv0rF19/4aXfjOBfz1+9Gv0m8TvfmGE/u37ua/Tl//JV5/y65rLHzkgH
ACxEIHjS86xJkEcbnsvRiocygTI0vI4Vqjpo9VEHbsGK1x8ApqYC+Hj2RB6/p1GE1T62eiBV17vQNBlH9qD5bFcO2sNWxFCr
Rtv9GHp0qNsTbNDm7pkj+X755/zo/lgTiTbhb6dH6i87wN5m3747HGKDyqh/h5O9O+4kLFd3fnFQbI341uXGeEwO7w5gQN8/
3tuSn24fqtamvGlTXpkCT3v5FNQitK5vbSDfnQs5MpFqh+OiR1axy3NJFM0Pe5o7S68ySGS9IIywFfpMYYNppk/FlW4Jo4l4
OC23gBz7BEfasA+Tdm9GQPshBOFxdHraNlkmAZibYQgeF4ihqSCnhAjSw+NTl7EAdpYO0tBqJDpBWB4m6MAE0VEcZ4nYiMEA
PKT0AdnhmOFKnMF4LzOdZ3eLwYohEWgmwowQF9TwIFL8FWetGR1Jkj0nrKqFOGnup962qwoplmjdIkeLCEIjeky33f7WUNmZ
WIJqCbI65q/YET3WHgIWD/OFiONIph4PkQzgNu5/fMeDTZJBo0MKHjADX5CHlq1x0N6YCRqZQxpn0yQBI3ho7RJeQIZICoNY
F3ILDzDDsDFA0qlYBhUcKoSijGyIE8wiIi4u1COcg/kMiusMA5UU18dKmAPCvheAkKAinjMIpqVqIKQI+6iiKzBLCwMXqfuo
QEMhDHiuDvmyaoC0i+OS7wtuGyIA2PPrBBGxQVqVp10faYEp158WswHTkG4jwTQDHECDQ9NK+ogHB4BEIRPEpjSbx2YpkzTJ
eBhhJhoGYGc5DuG5rEYpsSASma0ASmC73kICAjTdF5B0OJ9CCEFIMW6C5uY5HLnIhpcACc3865eiBTw+8yod4WB/JrW+MBMl
CkIEDV+ivCi1EOXRWLh6LoVc5ONhLsZH1CvrHpsMCCQm51+a6cB+EOcuU1469iaLw2uvwxeiOBqAQBZVzucpkuFPcU5Mn0XS
y4Tw9ai9Sk/0mOTBNQhF252o3fJoTmNYFoiQbLO6SUetodnb7YiNgReSR7Uqdh84aXWb0X5tuS4K8QFkHEnmx8PtZg32gqJe
+cH7yo2O0Eb+pdXcl54NXS2xs701+AUUbPWfNP+6Utd/srPdf/z2z9vqY7ki1z8M07vsMH+z69Ye6frtqgMMdkJUs8uqOpk8
2r9zdLOxDzfkjndiDfz6ozY7kSaf7tT8Ed0sBCdjzOTv3AcCtj8N9k8DQzInMeo4Rskm4NlqS8KObDcF40wQmJpGZOSFZIBw
QsQEYDZdgKfHnolvVSp9PpH1InYUp8oQYskKaavFSJXA4Zo08VAEpWikzm0x5pAmktEpoJFNomLmIiPoeIp+HX8qtnkEikAR
kX4WTv2sCnQZk5EbiOKnk94I16eDc0w7EDnxZuMkYESgpqf+A1V+j3TgGmd745K73GVc7gOw18cFeLLT7mmOMSmDLOx2hWf9
oyPbglg5JDpj0cGtoK80AO+9Yu2R2ct1tUjTGSeTbpSIQi4GR3FhMQSRsT+K1UESDMafthrk2MEdIOLmoGkPjifKFuQhAmL6
OoqinawPcDjVIwFfm0TC6SKSGEeQk+nmNSEHhTKYwkxrm4Ip2keRLi6ikmbasZAAerYBWwrkEQGDEyNMgZE9AAhhhlG0gBj7
oe94sIf0IsS000gPmhIRRemm0wdCmvAdBPUhQNUtV7ZtxYVlCvRN2cWh0JLHLoCgij9GQH56iDZTdoLxRIRJ39JYFcT9seOB
kDkA3BHcA23PJidxYgE1k0GcCVmYHxunsKEnyHwhScQS9JIwoxZ8n87zYeAK/XCBZFEFDgIrF8z9qvDIAuZl4Y0CmAleZpAz
gcfFEzqRS81eEcJsDB5k0aWFq7D7Jp+NhO66lgKyF9KQALPzgPdqnEhl4+lw9doFYukKfyq9fGrh7DyzNBufiS8lFzKZ57M4
i2e4V05tpK/HZy5vUNevLNPMWXpt/tz8As5c5PKvZROriQGQiGGR5iRxJhSTp/aJLAOcz8xy3FqUO8I9Yx41VNR57ngU2DlV
uwj1kQFii4u97Nm4PYOzGFV3uncPGuHjSEouS87/8k/htp4bkv9PcppkR/CUwB7W7qjfNQd3xK3tZzosfe/BJ9L+Rzeyu9J0
vuWGFu7vHoKtcvukcQK9XRxZ7f8js2fdrhZpf+en2lP9wC2p+8Mbh7VOM3VzeVJXbkc/faK3bhBbcPGjDxln59nOLob53pB4
1zbrhkmC1hy4WzlQOb9XxQ4xpkhMGHkit2o+cRTVDNaMT33HGtKoVOn5QKQ0rJVxEPCmvAjAOzQkDnqEK/XYshnyXaNBJYds
ANpd84QL1JgypBEgDct8owu7ptw0lLC5H/gEafupwO97d6fN1j8uoR6bM/recEzshWN6ah5GMgZFOTeUeA7OuNERH/6w4xfh
I1MLqBbRMhea4XjQkicjytQn1qdVAcWygBgFjxu98mQ4dOEMPGyFpS6Gm5jZM6uQGfvUaGPDzIENa2wqFgUSORRJoGHK5bJx
NI57PtUy2agSve/jLErEQQZJceQCz6h2UCVxJpIF0WkMgwgBhawfyDwSAAtpgHNowe8zpB6SU+syNZqmTRzlCUj1bRolbEaH
LY/wuOmCBJpDuGNqyuIYCB4EnoH0AggESdUBbNdxDHcNsMDQJIIQcSFYd3EYAzRsel0TBiJd2EQ8XaQtx/bVgQibnOcBERO1
QNRlUygAN6csjISqDaJxJ4A1hPEBGZlqKIriIewbtu64nAq2w6kAxmI8cBYAs+hCPAOH8QxxHvdyUzCJxdNxIRqNchqC4vBq
jKXoeJDIz8ArARkIUXoicFkMCZlcfGZ+kaci4Ty5eIG117FsGF0Q0gSDX+eIJhlHIrmom1ubGicaJfE4N7cgQPRSGiAuZ7LU
KsMR/ArCjlMxMuYGFAbMvyqEhl4gXgvVeYhBbRhZIDH0rBdd9CJCUoWkRQrEL8yxHrNCUTkyP8WrPshqrqtPv2GPBBmueVp1
8PRwSfdFu5E+BTkEYk7AFkHJAAfrnhPxNXRSX7SHNDDL8LL7EWRvxh+OHgyXKza68L1/pG5p7rj/HWFlHNk5j4XRZ7XHzp8a
7SP9HbuipMpbz7TUg79RIK3vqU7+p6PgZw87+08ODsb/NMx8IMnD9gn0qN9o7+JkvyRJBlm+P9yrF8das6ffixmtJx8i/Zp2
tG/de2Dd3UlKA02Vsr6N9dCi70C0hyurTFAhSpNdUND7bTTes941hyDN7MJge2TCy3ewhq6PJ1L/fXGSqUswZg4J3QthfLpS
YwZWJio5HoS28cgUbHofnRkKZbPja8MAd3hFQgGHmUg4CSvbqH5i+54zQRXUaqCOPoaHOqiSJyOpH1CMAhmdgOnZZUXCmemc
iwQIgMt6GPnVofgRC3UzaiOclV0QS5v+ZAZ2FnSoEAdOeKEYJQUmcouYjXaV/T1bEwg8RWM4ZaR5FKApPRLBMnO1ZJRU5g2F
SFCCz6F01E9C4NTmAECd+jlHWJuOR5g9lQ1ZnMk4kJXlw7hPTLcm5EkW98JkEAN8EJ2iFcLYaWhquFHQgslE0IVQnBDgLOxT
EEjjGSTkCffEmSZPvBA1PBBhYAZ/lgwdgNI5Gp+MHKcPuRbVYHDYY8cA4gG0h1g0hk5fSrkMpAeEhWMAgMoQIThG4EfhaQGG
DRfUAWwqNiiowkCIvYDGTBoB8XkmiesO2cNQzAjgSMLQdcgTKMsn2AkMxSDWsSXdFIOQsVnYhtKznDdLhiiQw1AKS6IWE10g
QQJIZzA2lY+mk+aCwGIZnIKxuYSfJLkISRjxDCPkgiiG6yQmJDeu5xYYGJ+Z+QKFX8+8nAhnUKwwG1mPbfDAH7gLr5LefPq0
jV6MPi9RSxfnmQh56aoweWsS538fTtEXT7MIfzmFpEF8CUBXX2Vz14go/vKSvcLOseksd/VCfm6RizyPZ5dWGES6iuRX1s5P
MzFPZT+fWxfYiYoqLqUaQGD3EVwamUEfZRKOD/K6TVx6i5lKxnR+vFUzMqUUwJsCGAXKZ1Iqh0ZXBRGGb2rDuvJ4a68ltToe
XDzaGZsa1X5PhuvlwyWa0vxIyahWh550OJ7s2eqRGDBPfoaxuNLp9Ge2teN/ut37q62dj3t/NtI/tJxut+zeqXYamyL+ZO+k
Vhz3726flP6l1wR/lYq6Am5H5Ip2c3O+9c9PH9+Dq48PiOisBDcmtpEhheXZSePLim7NG8WHUWamezwpGPoPPR2dXbGEMfwo
vcg+7Fc1QNxuhne79LglzkUVnLWUieWKnNmKwbtHw6piIcRo18cDu20ALrgPjzFXNMMGfFdXEFSUJ4FTKXYEoGLXjsHQgSC7
i/TJIazbjHs7bD/QMYiRQbMEdgN6t7T1HgmauhiS5eEkGBqSghCD0qEpDbEJ2wADXlNNazsxxOch0BfA781g5fbIMNi7FId/
KjY+OnDrnoH5Q5jtZ3qW7ElVnSSJwjuPvaAv3NKhWIjDPot43i1FdkCRIBQecyjPcRu2Gj7CYz3Mx0FIQWIsQvpOVyYyEZon
UAiw1BhEU9AJDhkoYyE0TgeWF3Co68GWQAQRzwQw2g5QVEXxwFUxFyYpBI7DMAE5dCWLjXx2AmKYZKCQlwR12PRIIkA828cd
NkD9AQCCHkljREAhjuQDMIJhIM6OIwhEwxpqIjDhUFHY0AwXtSZhCM7QVEiglgvoAeaxUDUOY9Y47s87nEW6nKV7FgdEXQ6N
+A44njozwoQ0AsHRBIAVYDrD8EksTsSzYLiYYVE+EeaEOLmwGHIxFM/HmYgL0OiMkGb9JdJHI3BuneAXORvPzvFsKrFA5ZGZ
dDQDxRfA1RBCKMjyQRKOXIQzpxMcgME0bWHo6qx5/Vp8hjWhRWYDz+tE/PkARqDExDImABBzbWCc1FuoGko4rExbXzPIQpaF
MUwADCYlAWhDVlgKQSOWA4MQ76VNcILMRdO+pDd1KMlNKH9Z2wJFQCHg0hRnsAN+YZoqCwScBqKCboed/sBN9S1BU9dBoIBx
YLwaWTjeJ385vP3wuFxtTeLIo9vjO4ctw3nHnzRrW0f0wkArNUsPDh7J7OZu92Rc7rSa9eF9p3/YKvZ2pEfH+7c62o5m3EI2
0xWb9jInj/YklauWNom6/Zjvain53dquZcKhQVLkqLre0FCndHzj+cn3tltd6yB8Wop6n1r1m+PhhYy/Eqlsrwwxk2Tv9S4f
Yn/OGCx+56EUOZlfa8GbwJYzVzr84Ojc/qN/+EX/bSRsN1uJGZ/Be6aFkV4iSpyDdnfPtn91v36YnuWHvTDSq+uYuXCa9rXK
y3chfFQwneFE79a1U76A27VoAUV1TeYD8p6HtQmq53ROIAsW0poXAAGPHPUf1NP0rFvnKBh5TDwMInUG2g+TYtzntMQQIwxb
lU9ayBF2F7R8g+oRbbjnO0OmadvgKCr0pUD2R2TRg2hOlKt0Exx7SVJLT5tb6RhT229aqMbZKE0Gju/57iwfcgFAyNii5qsU
aaP2dJRselp0HonCgUYQkdBhGBCfhgiJTQ82QELfABGAxHBvHHg25sCC5wvOMLB8GAUIElAxIcQcmkCSE0LOuhCJenCVE6bf
b2wCEjqGfIlCDJxxkHEIqr7vSiCOIRLqAZbriXDgA4CFowBq+WGAA1MYRmwDDEAVDULaNl0ezLqOTaIIhWQJxkNyPm6gXICR
fgS0UhEAnV48LlCQIUM4HYvpmO9iVFSfEgvrTC8NXmaNdQ8sSKU5KmHHs4KSPRNzFlbgRDoag85zFwqzGLMqhGCApE8lNB0E
+CRHgPG5BLMMk3w8s5aKtjJ9QddOBzGKBoIWtJqPc33KZRVkJgdfmp+PoEzZKhDj11CGMC7jKzzH5NauEGjCf9kBRHemnsTP
IHELorHuaY8oBWQvHDBrnNOLY0nW88342Bj4hM0H61ItiSzAvk4RVAi4CGnlCUrsdCcI0M3lbBwQz6P1IdfteeooIjRHUG0j
Jxljua9OJAdJtvKtdnoy1x94gymrBS7GuJSy1Dhg7raK7YldlwfC2U5b9w8GA+xJTysN9CKbkLuHlW71+KAXbR12m2KqKtRP
gpIU7G6V+0d9sXZ889P9xnZYjn6w3fqJskXZ39du3B31leJ2b/v4g7sfvjf5i+LH75U2W11ELfU67tNyed/4ZTF48tEHW2JJ
P/rO9x89dq3aj8cVz/9R2DO33kaP91ujj46k9tN/+lvx5OjJnzdKt4na1sC698FWxbpZaqgn79W/+/a9m/8C3igPntaKN+H3
sZL+oS7JW9Wn954NsB9VGuOHytGmcr//rPWA6ZVlsdp4R/H3y/cbrY/GvY+dmYQdvX0YcrJxFEHU9smZIfbjqoaND3eDMJv8
qFw9rffiht/A8x/iSfRhdE/Q9PNLvnq3CgxtcJ96XRye35NppMYUu668p2cGzn0IdI0Aog7IkdpNxwlE94AuFKgBxh65lSGI
CzzoyA0YhaFg6Nia9UC2cWNyNNVGQkQMdGhNVGdSQPspaHpCDKb1RaiLeTueDg1GQwIHSU0a7Foh67o+PAkVq2wgFtFX1FBB
dErBxgwwnnoZcJQMQceG1SAcBhRoAjYVuu7ECDGOGtk2DwRw3ITQthtvSJ4LmSZuUSJHuOHYJ8dQOMAxfLplblifVptlGiPQ
AyCbpnAoQJFJCIQUFBoWZNuMD3puaIA+5jJHAoHlMgY0x9IkeCmkeJ/huBSBJn3hDDTDEiDj6wwYS58DokA0glsCRUIJIBBI
AQpRLq9eXAjiWC6SeMV4/qUYnb54lr0cn1/h104lybWF7BmCm5Ifg2b5r84zM6gtZGZhlkmusKvkqZkZm9+gBoQC+2CKXktf
1lGVO7ORW+ssx6btGoklMqlrqTwZ9U/PaLgzF5WXgjPJiA+nZzaEDJdCMzbAFmnVJbxWQBq1mVR3fx6YAEM/4tjHy2BhFgYX
c23jUF8bLDFZeSe+dHWaiha7ykStYSMlQLYj9nWiP9T1iZ+rEoXOyXpX0UVTMPRDpr28LgUxraJVusLgxSbSrq5oa0PINi1c
mpP9Wh5UDeyY0CVtGksdwDLSG4a9Vlb6CQyQZcOopE9PtHqnmxh2FG+j1BmRF/pnusfCNP+Lzclweohdqd7ZqxyAdbTdGu2F
eyC87RdvYzrauF8vosdb5kftp9p9475qQGy1Cj4ctrt6HTuIq3Klczx8Gso//vEnfcY7eUeEjsq75i1l/0a1sqtslxr14ic/
/glkv138Tqeyp39aH7b0v3nQ9PeCQ3l4t92+vdn6ifeOtrn57NPyhW2mtV25/ezo4fe37j1F5A/G+8Dhj4t31I+80fHJ/v4u
8vNyuxduvb99X771n+VDbQQOHwU3b6tVaPCInvRUmat1H9zcVB79sBJyCPb4wSf4+GFd3nk28DYr6PZ99zY9qSG7e82PuuAN
a1y02EGN/lQ0XbF1S2k+5sbcMPVev4MfHAjANmyUDhEq16oMsF0W0Wwdqky2u7oWaWfE+kTNTywZqkFD8faItozOXXEkkVP+
FUtyY9D7IGr+o6fW5Iqvdtq9cVsGmkion8h1y5UwR2iMaU1zVTsIbZPYFFHfHLWHCs+ImIkRJOmCjsCKaWRgKZQZSAbCYlNq
QwHX07VRCCtpuzXlLIebYNPt4UojhoVafkRDEK7A8gkm6cZ5KP1Kmp912GwnYntCNz9uMBpux6ICQPCobJopjEYm/oJlaKxi
uRZNXIsi7ijGzEVTFgTmGc4LZ4w8TJGgkxzntVPPt2IXUWtGGeXZFHWZOPFm8jklD12NRHVVISME1Judt9JX0hvgVSb6HLB4
ORb73MZ8ZsF8LbWcji5n19OLc3mOjYLL7Cz6W/mLXOFsfmklnF/C8/MLQqGwRP/m//jlF770rW+89bVrL/7Jha/+xu/+7pd/
4/k/eePFP3nzv35z7c34N3/vM2995fUvvPH1/3TxtW/9wcu/+9Kbr778jS+ef/UPv/nmH/7bP3791T/5IjEFTrvrDMaeHhsG
mfpoAcRI2/b7QZcCChchLM5KnCYn6lEhUHWQzeMczFtLcFYDygUTsmOO47ityaDrmVTfSovaogeByjTLoSafSa5QQJ5TeX2Y
bBcI0NFm2QLCIogR5WaNSWPeCPUYBwpehmIRh58ie2Een4/7ZHw9jKGEsAGSbCSAwGvxHIG9NAZpbu7ldXyJyZ+z6bMMQJ9i
iWhJqV15wgWoorccq39BCfhGPQgxTeqJXt4HzTah2rnA9itMXRyiCW7OcOH52Yi6SA7gOa5P3rr1wLsD13717+iftfZPP7jx
7INeqD6Q3/v4uHyw/U5tb28wqlTvjKqlzo2BaJXo+q1J3T5s/0K5KR/gD2+Pe9Y5ldEb6t2yvn2jOBgDw1G4r8o/2vF7x36j
XjspnjQeHLQ6xk5bavZuPew2QNn/qDThut5eaIlwuacs2RI0eFzimx+E9hT8E0rXp5WyIlkwNX0nt987CEkVV9qjhjkIoUg3
KYM9sYvbhlRd7oz6cRSwURWkU3I3OWxgFGHUJ+nG8RC2mPQwoXOSc9gDAZI4FdbGWBzyraCdhkwRoHjjRA5x9DSZMeBoxsAb
hoEoAQDRDow4Du7JdBbIEzwZ6btQlyjwYG6Gh4UIRNtT2wsSrE+DfRZLx1IsmVhas206kqTtOdgx5QiZxAnQfunCRobNKZgI
wGSqcIHtU9Q5ftlKEGm2MAhTCcwGIXYun03lwNNXQyNbKeTOree/OHVvThNIGp1foWfzsxCagfhk9HoSnrn62Y0kiSeWF5PP
STi3Fj39kp9JgjlvhZtN0UIyejYoL/AoF6fo0YKfRddfpuKrC0xMQ7Mx/gsX0w689uJMJh9b/SLn6on0En5Kouhc5PLSS9Ma
m5/PpTIF+7fOnCfPJl4inqfOLqQ+t3D1tQsL59Lsm6deuvSZF08tf/Wt12euJL/+zY1TWH7uM7PU6d+6Nvf5r731+xu/M3v+
6pm53/5Pv/fSZ7946fR/fHX9c5fPpGe/9dZX/8NXX/mTz17+9vlXX/9XZ19f/pPf/S8Wv3Lm33371z/32q994QvPX3kjEpkn
kTiU1jkOz2aAHM3QFMZQUYJlBCR3OlzAICxBQEwa4SOQgCOLApQTKHjKEXQBpFEkllwjk3k8TcQodiUN5jicW6IYFqfm6ASS
XiMWYAgqADS+ilNRdAMBzyXxAgfBMIbjizCDYSyTHq2E6hhJRXDOBKMKQV9gSMbQMh0NDiAoj2EkBfrxvMoD5EUvFouiaXeR
8j1cT4SYCpkqq+HTTEfnPTueRmQpnMzZacRO6FNCORvNIy7nW57OJKWzIZYNgkAoJFSLMHsh6oaohu2TIel6chNYsZ+BtBI2
2facS+kGCDWg/tLcXM5n2lvDYzLmrel29kgP2Hz+MW3rUw4T4qE6sDRmIRj7vqkM2OAwAPWUPvK7ClHujwAVWunPpoduBXLw
gh4rK3LTAPx2upV8oO4iowCjlX4XjShpQoYWsCBOuxhI0sAL1CV+HWtaRCudKPJ7aLn3AoYsGGNEvA6fgNDYV0ftmjEDqhLZ
v6ozpIIqWOcuqOtEta8Vp4LDIw2zP02moYc5kbE3UFslEtNn1JbZrfY8Syvf4zsRoAucSEa75qAfCrsHO02WU0D5WadTFUdC
bCt0sartBK0ZzwiOa+UjEN+LiUD7vlh23GALoXWpXxGlZqvYpLnj/KClDAR3IQrvDi8f83ZAVzDgejAKF2OLxgCSKipoaSdr
nter1CcGKD6gODmUFMhoBV1bJk9OcZ1QvgbGcro7JR7GjfdBk74CmgOiHxdDpG+0JYCjqawS2gCq03Yv1cfWdvq8j2SCadq1
5mVxzngNSgRL8+ZnLTOdRs352VTKdXJcQfb1aiWCJNE5QFIZv+B1pz0Q89qJGmwsqAtJqUXFYG+yOMdphEF/5h5FVsKmH9Be
z0Oai+llNV26KwbD4OSUyZWhWSJ/v99Xc+sd/6GunO3LyVbFBOs3RQ3r7sDOMffTOiPWR3ozem9cFMvJLHroV25OGvX+Jqsd
PNHiw/MPOgc1olACHo3a8eOwM3fh0tLM7OnZ+MJifOlC5kyUmTufm4/hV87Oz1GZNWYZpRcuzuVyK3hkZfm1dOz0HLNcIPgQ
SArnkGQyObt29sKZldzC6uq51NqbMytLqfy5zGp6/tUz+XkmPhfd8CKXT8+nM6c47lLqxTw9P0/P5QEaARLzl+Acu6xb826E
6tp4OgrHcCY+wkYzQBaBp5RrB+DUFjwOg5EAnvdiUXaZDWOsEIVDxHdjYCHEJ9ik5jTwQasPAr7m9Z3+nv0krvIVddisDbR5
g2hXlGExaAHOSOj1Zs3prExQ6Q6iVB156LZ7uKOFhtNVTqKtyjH1xBgLE7E46pT8w/5Bd3odgd9qQfvNAwM5qFibiLYTG469
4kNwfJfsi7ZzAH5UTYYHjds2+GjrgLrVbqL9w2Ht4LjzqN+5XXxYqqm9g51b4ElDkI4f73vB3bDzCPoFtXtcbX5q4ma9e2sr
Ojipdhmu0oCz27UHqtVCj08Nzz3tjdmhEruPja3HPzhbR5ZGVm8/ORG1iZfuAHRrWNnvsPZj4I5lP6I/HnVb+LgnVQ73zOlK
94C7c9Vag+3JCR8mrP2/ebYZGtN16hzV6qgmm41HhWG7uF9UjQ8HnwTKX/o7W9s1v93B6jceblWapql9HJG1p48OTYAci733
3t286/X3jd3hzq2dlnyi/mIAPN3sdcXW4dHe5rPUL8CDavcJORhQw/ulSdUftBtNcmIdDycoIm3VTmo7xY7SaxsPx8Wjo91q
2LiPmwa0O5C7RaVaPJD3JPHQO8wpBqlVfdiYyE5fIuxI+bA76JqVQ/XkqG4mKLq4Z2iqEYjKeFd52uOeKeOuHIJbrd59onsk
AdExYPrscTB4DAftkW4Cta17SGRH51u/fLgzIiRXNx/hRkK+f1/3t8N27Wgsxk9w/bDijZCdVvLi2LUdxvr5CP8EaXcegBPN
PJhE6Mgxcu9RiTzYPvbR8CmfPxLeP96vwJkjvVV383v9ar3mqkkfjucT+XEs1nRMfXt+HOs7NMLbJxYghN1Ss0EeSzhuLdgL
hcOw1gLGJ/XDSWiI3dB11q5/662X3jr34urrX5h55euL335u+etvrb3w5umvvnr1+fyZ8xtfiF5469pnP3Pty7krb77xb+bX
Lr/+3JXZS4uJ3LlTX2LOrr+p+U4yO47yCxQBep+PKTQTpMmZ2pkCBArE8jlDGhvz3fiEsUEmil6+3Ls2ks2gloQmEDWCFSSv
KrW224IAxpoqX4JuDvFGaM0cMXZH4T0GQMtjxd4HqsbAsk0dvVh6aSxK+lMYbWLjE1I0EicH1SdwZavpjNzhUK4Nq1bN6Qi7
qPTspB8Qg0y9PbKeJirdUQcAdV6sBdpouHXL9/bho0Ov20qfPKjc394vtqxif0cZlTsnP3sgtnYOOztPtpu9D/9+LN2qW7uT
R6XqU314cLK3+YuTT4blWqS0pey+r3sNKmgt1J2hZfS3tThrB0p890HHuxceFwGL/OWz7fdtfbQbwdp3uQ7inOhHWw8fcB4u
6IeFonvAWVbAPkuFrglklg0vQyaR4y9OBmhj2zDGI47f76bKQHuf/aQwOcQ6WlqDvPfMh7w9I9J2e+S1HXP02nHZe8yXBhZB
+pIktjvnjE3hXrGXEstNtS5CcM89Hn4o3n7YU4u2EmgH3N6RaNkTaXtYrIp6kd36uP7IO3ncOJR7E1F98oOPSh+EB92nlLa7
d+iAjc5ed7P6YfnDe7u9o0kX2n2vf+dQ3UrrO83u8UDZLTlT7n6i7B12jpXR/aPx4cM98ZfjUvPEGG+e7N/vPDp4dlhsPT54
9qCjHR50delgv9EplcztI611Um/W2lqxtNMN7ZYu+V51PGk7h62/d8eVGmFMtrf7A9UWhp3HTw8NA+gd6crULOv9fXvwZLez
1d4d64otSfLJyJ2UPAAcihaWdqrBRyfDk0ZdnnSf4RzXDEStJcrlho4MB82B1acqjTqgdpqeNzGUxmAHZWxDHOiR110LjJO9
jqt3HdSqDg1KGtpwBlQCU5ida7mwE9QDL0cGSKhMrSnKQp6L93EoPpXIKxt4+rkLq/Op2cVLIaG9kLjkn55N5SNeCng+Y/uJ
lYSUSb+CvV44M5s+JeAJWORB6fQKSaSpeTKfW1uBuEjk+sU54Hey/FL0yvXs2czcG2z27AuXL385B2Ivec8tFzhq5fqFb2Sj
b6TW6WB4PolxiyhnJlbQFAYSBsf8RiYRC89R7iKWE3KJIJ3lqMJzictLoQEWjAiQ88Jzifi5N4BXQhaG+l9KBfxMWNCzkV5/
iHi6BK4gXFtjkcBzZKyalqfbOfXsUL8u6QrVxYKe7YFkdP7zo7isS2I5Zo1wrUlpLvbs/Sdw3TiGrY+N+8d6GHzY2Lz/y6Ni
q/m3xe42i5SH7c3O+0+Ng3r4jqluj7czdx8+a/bK/Upl/4nBbrWcUq9MYxg/aCVzpUTcVu7fV4e3SMwa9cluLvEJHnxQmm+O
Hj2QNpP14OGqc3PHZH+7MMg0kJMZbjTkHM5fY2iwG09u2EvxTNqQZzA9Y1NMIWBFYoSNW+QsF1UBYEknuC4haWfcxeyumBbX
6AHCWL4j9OCwadCBmUOl0DyHDZcgkZ4lOGCEd3AXjGtQBGIk1fFoBwoyo9Azoi9oAQkgQkIXZqWQlgSkbE8lFwZHsWo6MZzm
X/ICZqt+jpUhKA2mcdDV3Iyx4maxXJKNUsnXWXWFCmYWHXShvjOJwXzdroW4N0Hh7n5uk5NjesFvip5FygTtMqht1iyP1ZaR
CAUwrsi28ziL+iMKRkeQdHKIQZAPhE34WaUO4kP1R5p4SNqD/T6Bbj7sK2NRmbR7O317pOo7aK+k91Qf3LJawUNTg6rNztHT
sao0JzuS+aw1kYNPB3flYkm/b2+V+khTtrRef9Co7dclc6/R3+q3Dya61HH2TkzpXmVoFLcwr6Xp3e4EtHuIQSBjea8/nHij
Y1l0RpilTEYNQJMHg6ZlNExPBs2Jy/f0kadrvZok9cwn6PSH5G2OyiPkGRpc0z0QgVGusY5H/Tng9EUUGyF8yrPcMD5ZAmIR
/LMhmrE784KIIiKLJtlYmvny3AzBz0bSn8OSZ6Oz/HxhKnH/Lhlfyc5sXEBzhMtfzVC2+TmXF9h14Vs+diZj+gS//nrOzq5c
mEsnF/MRdjYDJa5659fiqbk36AizdDoP5/Ps/MobF2bR1Dr53GIyoywvzTAby2wiy86+kv9ctMBuUELHMSdpw84QYV+Pq/6C
4mDRPgb5PYMmAZvFrwKkrI/GtCOTtSSFL2mrYykw3bPkGp/QSIM7Ke+Jnz2Wdb34VL0vTn1A3bpVGVh3dwfdkngcbdOD3Yr0
7uCg1G09YWUg/l7s+E736c/a4ztgVdxDtN5h9Tj+QA2R/U+DUtOcNdof7twofrzXazxRlfrJ1lb5w7KhFZ3Djv9/1brHrWLm
0aNSoy827g17xe2U1R4PfK+YHXjHypmUAuk4CQTEcD9qjkCARB1sP0sqsXiEGfKz2wRC76QYV8fx63Ur2VBJFg3hEQmpDNg3
Oh1jJbDkKIHiZNiJagQ5trCOM6TBEIvYLGeQ0AoIIDNg3Pe5FUzLe56Qo/0YADl6xFJ9nsYFV4l2kiwPImMkSloAAvOA7xIB
zboEYqRNYmqcCAhydiSWMhgLQhYgLDqaOh5is8T1KIMidDghhAQaumoQAfM+RwJxlIYCLdKhPATJxxiOigT/H0XvGSvZeZ95
npzzqZxu3bqhb+jcJJtkixQpURQlKg0lW9JKlsf22t71eD0Y78AYYAMxXxdYDBaLxQCDwUDjHXvXWNmWLFmmNGJOndjhdt98
69atnE+dnMOe/lYfquqtt97//3l+zzlvvcUhpsfLGL3GVSF7aTzqcVkSyG6QJTqu86idbef8WNisJBTP8STLJyiBloAYYsrb
WC4rByEW+UmHQh2UxggjfzY8IVTYM57uQd5cF5hp3IvnCmMELZNYOgNYGIXRBJA0I2vZQQTnR3EUkcUJhhCjoMj0Ncc/Zvbi
mTcNZuOhDlOf6pOJH8DHfmtgy8MjLIUeCFEnoUUHim5gUh/CFBhMksQYJD6stnQV1G1tNvL0Ueh7rtYd65YTRairzA3IBSF3
FlC2O5kZ4xhNUrYFYsBO6TcaWPo0NrvHSDzNAmAiF4xoDVRCpZ/gqKBmngusKHG50EP8kNiA9YXJ4hKgQC4LzyDJhjiOxmKe
8bMuDNha6OOpyOUD0ye3/AYkIsI2zMEOCpmgD8CF9RwI6ijU5NwInqN2sOxbOZ2gNBgVGt+/vB0Qq8LSOpJ5ni2BnPz0t8sM
9EUuX1jdPNu8Vlz/gxL0HP+9z2cuO7lqnq1zwjly+XuM+H322cK3k03YiQA70mCSeBQ+BBGjGY280XR24AJhqlCIA6nN7u7t
aDSwDm56io+8gzw6ng0/sg46vA+NO5ix0wWjZDByp4/zA6bzSA+PDh7MJx+Zo5l2vAf4XPNuH7l1YTD0d99qWlPoDvVwv3Xn
5qeDW5g2fLTohy4Cdu66C+X/niXKZDKL4338pnPS7Q3dktcd3/9ksD+Dd2BqyAO/3sGd2915LzwdHj9onXT1k0cJuBdZ/vak
YKAfquEYma2JZ1lCVQ+kPXfg4FEAKBnInlEPWYOvjDLRPhavIWhSYSSvZrdIKWd1LQsDWcCKnSiB4QRjVyEQMmdxjYqCOGJR
L/JBioIgL0YsH+DRSRIGIYAJcT7wYwIeC6xXLOQIDnkV4qsslM2+yvCB6on5COGQOVpLxCwT5WhexCI5YTiaFUEWJ0oySWMy
xqiLMg1BBk1GNAtxm3yFCirLDtQXpe1qSSRRxi46K7RNb1ZycLZul1bBiuThNJSFYsEp8lWYwJuH5GogucRXQWqJB8olruqJ
VlYQchTI1T2gCOBoHdwqwexSjqAaOUaAA4SrkgxJWnJAYFXN9pl9xNcR2ACiI0YCCiYMMNl+1HehxsJYJ7O4LKCV0JP9M4JL
SjgU0uQKnZVIH6XzaADAM+8+Zien+GCmahTVgcgRiUiaa3omlcSoC6FRZjrGQ3nuIqdxBkRjjyyzAIxEDhz5aWqz/bnNO9P5
wraV7FAHkRnOwpMxitPzGHJdOx0HCpAUUq20X0PX0SGflwkECLXIcHoWNoc1F0OzzMJXPUYJ06XCUfDZGIgxMt/Dh0ySYfnb
ycRGbERC7SmmWgxcJXOVJEzfJUcWGZwC/eA5yr1gTCz2D27UqlCm3CAw3mSraJ1dziFSLuG8p6ioiklyyFbdcy8WuZJYNhsC
WNzGiz0CwMTEiZhlwgWNBkKwAM+4Bac0f+5Ldv0aZtTcOO+X/G3EIoAsEkClQlxHXRxuAKRd7As7lHMSzQ+SR5R/6C8cbzpd
oLPBfGyfiqrtAu48js6c8PSmowdwk1a1mWk9MppJigXe2OWt/AE3sb2DGQ4E1j8drYxKk/6jzrHWrLruVjw4OZ133yXpYc54
+4E5Tj6x2mT38Sd71sRfzNtTb2RPdehk5qD3geFsOEjxP4Yns5uD++ObpOKp9z6aNgf7Hz9im0l0vL8YBveJQ7PvHz6+r4zO
To4X5s3pqVYKEIhQ6Zi0iVV8KMTGeOTk+PuIFCLO1NUpWltIgzg3l+NpNEETKpZikXdIxYD5JmR0yWwNY4KGgLMxaTgynPQ/
Nv2LHAynZB20URbBcNwI3QkYjkDfDxzGCTdpLENM3Mg2c5OTiClDrLBmIcs2L7gIB2OPUKYEPoolWqRhh49IEqngCQFnvFxa
siHu51h67if0nM1NibPfCDUKGKUkaK5zZeIkCANmyoSi5ISO1yDD3thFc+f4CYVEt+I1hQrtMKZhbUQDehFwedL05aKKWZjt
IUzxLJaF9OMWULqX0PRU64BN2Ii5FKZN3Myr3ET1dzAE8UuHJCnA4ogmCoKMjpo4Y+3RYwi+h2Iaj/f4hO71QtCmh/vjCI51
xg8CHQMc4KAfTT0AwXPjCCMJNU7JQOAXSl9Hk4/mXUeZ56wRgdwRXGg8JF36FAFcM0bmwJ4uOZmJFdwMURdNpYwFDdwHrHCB
nQZJPDLNZL4zdwN9qJyNGWziJYPqIobCmZe0J87CGo7BWDX9tq2cGfNFAiptWp8Htub6ybEt0SVElwAUW4hQFFgvyGbAhtR2
ERd5uk43/GqCizkeCgFmES2JMqrjUYLkk7pMeVm0BAPLycYKu5HcEPkLYCg31n1go9g4vxxRbMYpCcvnvsQRX5aLWSC5TPFY
7al1mGKKORa+LCDZRqaAPV+qLNUuhwWBishNbu0p5vVavEK80MCvQhnv/OXgqe/Wu7/Lhpu5K0tfchh65ZlS8alX/wVw9Yt9
8eubz1bQfFi66VH7MKDOTQk7SFiCDIEpFc258OTUU/3+NJlAFD7G3M6n427c4kZYaG2P2GwnkBchYOiP1H97f36q7Hzqn+pn
/++94QjtePcfdW8O1dH48f3b7UenJz/tmH129x9PJoe9nx8+PJsf3EPeftS50zk6GPxSgfffv9e3iZ19r+8BSdShuwN8ntpS
PLBbBzsfdj84O/1kJ+nBdM8cDQYfhD0FDt7dfbftfPzLYeS+i3uWd+Zp+NuA+8AMMUZH4ru+Hy0IU7cPfP2+pcku1Fenpjh0
hvcJW0A5iKB8QlNUXacQFDwDtVSSSBrCZxhohxpu+RPGa6cd7YRQPpYNNzGc01RbEL9Lg2YhBYZBCQTpvjseIZPFcZ+FoIVK
5dhU3Zgne0rBvJZ3DqldhJQxuW4dhKlegwYlwUOsgoNUABnwzHITF5iFXojpA4iI7OGsjoI0kwzn1gcmoWnEIgKcpj0/iMcD
3WQ59Thpn1koTNpN2/fi1cMoSgzOdnWC41nfQDOgOaH4/HjMCjY7dhWiFclQu/+X+iERahYAQwQ9RdT4wIxPzAXGEW/beGCC
Y9iPKMPvxh46f9jUYEvHzXZIvmcv4Oap3nPepfm3YBJ4aD2eIKG96J/cPjWnioNDi1Ezni5U2PROKch3AAjQ/65tuIZjBh3A
3vVNGF4klnfTTz4DgnAe9AI4gTVb3Z3NphAYOQGsJEM/NO3w/tiGGMQHtJFiOpGeZiwA9AyrkJiR4iso0QEYGy45tAcAVhuG
VNywnTAMfR+L5x5JJSGRizcBbSncoiU/YjlkzQ8EVsBAjqUEgQUEm8fwpMGzSJJvMaVsuqJpm9qEI+blCENJtFyvbhbpDCCz
mW06WWVrUGk1Q1dpapuO1XIRWVmRkUYeznEUTVA8uXGlTEq1ZYB+qSGL1RKaujl9Jaj6BQCXCQL9Rp0qhpZUvFiKBBDl0jIR
EDw6J9UB+CpWCGi0ci4Ec5mnnOyLoFzAqjC6duSCZIwTswmuY+aqqy9pc4jzNkbaRMTY7YlJgUeismZC2f3i5GAwsDwsys9X
d/w9IAKxeH8Ha/5i+nh+7+327E4PeOeT93YPJ2fqe4ipLqZsq31/1H84uHtI9Qf7HziL3V+c/q2uz26dDP5zc3z8qX8r+PEk
8+Dkw3cWzo81/rMDdDgZjM96Dn58AsCD8eps+uD0btdWprY6sO+eWcdv9ca+bRrdz24dZE//kzZhrLxIBic+TM4xwcFjH7na
8TsbDqAwDWiMRpKNGzFSXsUNM0j2MXqZWFBJEtJONIARwVKWamGChwnGFQga7dCxWImFrsZzRcijHaErl4RSClic3oUgvuT7
aU5esgxRSigrMgmPEaCJqlPpVPseyIcxpYsWpI3rcEGnsKkZJ4gpz6ZYoDNjBAICwoNWzKxGQ+TDxA1D1EoCnXAIs3WccQt1
iJeIZI/faEWEE1DTqiB0E2THa4FAHNGhGvgEHHVWgkxSNCJy6GLRrDiPphDtxrpPpgg9TdyYHnGKHh6qTegfIEtz3lesu3QU
PNKaM4IPjKPTjw196tgkZu51A/vMmPA6zBpCkEUG2IniR2gcMlPV2vVPQlSD9fCXKPkO5YFHxodwQiaqP9oLHDO2Maob3AYG
eJJ6et+2ANUKDPhXpqcn8ULwvUgzF1CgO5Y3C+0dpA9YiAe5UNTTxnYwDqIEhFizM/6gP9HxYGTFSIDbcFhxEQ21UKIM0L5t
AI6P2SnWyIFq2nqMx1EcImMDIFA0SOXQGVuw2k/gIOK2c2lusxEldQ0RgIiQzxbFEA4vUQyMM5k10SzKMCPRrIVkIT+KeRpG
fHnNhbYsPIJMPIayjct0Bgy8AvA8Y28yl0iPYODMknMRhU3wtxS8To0rfAX2zlWQAVQ4twyLSel5rPeyKpNbaDVorEgr+dc2
syJfqLHAd34PvdxAq/z3LkZl7uXG2nPUf4PXt68LV1+urNXfEDnnh8L2pTe+XAa5amH5e+7XiaV3e9O71qQ9ejxV9rz7s+a7
w6Dt6nu9qdtDylV6hrRm6nBKQI7tW9r+PfFOUTbulwrN3FFIEAeT5k+M9t+//+Bw+J93zdN+7wP7/+wdHfjje3fb8/unxG7z
XuvuztFHO8Px4Gz3/dbPPz3aTXTrH0ePPnl8uvfpeHfy7z/9bOff/3x3b/q/HXvvP26dRe9OP/1s0Zye7LZPDuf7/uM7+4fa
x9rdlHV//RFyyzoK3JNR6whvfabf+mQx2d0lM3udO1EYtnBvMu7bBXNhtgW1FHkQpbbSxDBZQUjWz2JOArakj2F3mGQXgUtm
LJI3OJoMoOUxOCswmANOrWQ2Lek2HFcJksFhBrRVNzvYyPhlGiMUYMkx+/m6hWWQbDuSV4U4KcZF2cQjZMht5UJLM7MK6dmu
RlOZwRdRRBAhhjb/AZJxVpzRusNmF3aZFCAupw+XM34mI4gCmdjTIDgECWTvOOqR7AeQvtu/N/eM2yQHLLzRXV91xzNvtzcK
pv7Aa/GL7iKEB4Wd1Kpm4A7inUQxPosXg8Vf9ea4BoNOgARD7S0nsSIr2GVEFQqce9pbOOCxI3S63/ISE/GS2BkEDwMDxcC/
1o0kNaJOfIt2gcCmMTbEHXM3aASOptABOIQnbtt7cluMG6J2lOnbtqPTYNyzb0a+FQaD8Tw2BaQNLJQEC8CU8nIs3p5w/SjW
jITKzREmHHdsK0IFO7EdBUAiwHW5tNxHQ4b0Jo4DBcQCnMHbCOWxURh7XgAAENjCIsi2cILVwCCKCdKJE95CQi5hXGfhAF4E
YxHmGzCTeNByghMwRaSBWpQtrk6ICc6yxUAUlkWCgASUyWcyTiSReaRYgEqeA/JluVJlJZSHMnUdrt7ggLx0UVqqsLVniM0w
QAkZzeV5nlqGntrgoJCqVtcCWmxUtJe/mn3OmUeb7JVwbYxlC5Esjnxp7udtFkqxlqFdh3ZxVKhABLwKWvDKOSlnhoQoYFeI
+pqOoxQCMDQPr2fSYJ1/A9NYcb8f3Tz0u/680++C/eb4xG5PfGs+mxqn+zrLJeZwNoFVPeXryf2ToZ5m5Zl+AMzattPFyI5h
d6Z3/t17B4e7/8et5j8Mdn6y+HWv+VH4T59N27t3mur+e3e7h4/3Pru/rwf93V+dvjvsaONO96N74Wz6+NHHR729X4xnvz68
qyr220cPHz7e7Zn/e3vv4+FPx+rw180d99ND570HTW06M3tNrf/u+BP2Xnes7e3t5dBF/87A1Kx7IPBz+zNX14e39x68/87Y
e1+3ftJ7F7nZem+8zz3+dPFL9ch0ztA7/xj+avbgbvf41+9nW8Dtt05Aq7loudA+luiiysNs2AscdQxFHCfsDjqS8eQkMFuc
Tg4bizEaBs5JxbOOBwIEzRxVuof6z2sIIzh0wgI07jFlOhUsGHIBL3QaRqSCU6CCFujgNBpKuga4E81FXFY3MEswIkWEi0gu
ZIs0kFtELGBjsIIPUABJyHGoAzGenccDPEsQIOmA6JMzHSwrTGW7bqKOhfpSFMrtPcZjRUshBhEK8CSEBRGK4LBfAjEAk4gh
vBQCCVEkQIry0r6ILTuG8BwK20A2RgBikg88gs9QdMw8GSHCAjiAI9APE4PwaWAOeEdp99swwYNQKlxH9iKAbYyB+rENgFjo
nkGpl4MwkKiEQQYihXhgFsFBIMI8KBnDeAQ8xKLYgkmHcKgY8HzMRE0oxeCQZkNQByU3cngTZYKYloMMMQszgMXHGQyCQhaO
bQTE04wgW04NT0cJKZ7KWq5h+SniKawfASzrBTEjBT4q8ZchfI0Ulz2niBQcokaD8hZmYEsQvkxx3FXyXF0ImWWS1Cwoc5F5
svOOxDgabpwTqVVOEvONc9WcngHzcbKOrvE0JsDBZiVPB1mf08GLlcz1eo0mskdhWdBeT8fHr9LLUKaw8uxlFoeY7/rg4vKS
zhKXvG1WoGXnebDgglfmIrjFCygVkzkeJXNX+NeS8xtYnfOwSX6DKFX9lzegtWKWPRdH5WdA4/hmdzyKx0eDsx5z6Kmnk7PY
7GpGa7DTVOGu7Rgg0Y1sfdz6qHv0nv1YGetRtOfG+MEZ1LPDnvrzuz9+Z3D4k/c/+asDyxz/tX70U1379Pjg7me7NxFHOTro
jSYfdZqHye3/eHK/15G6t8ydHdrtHN/8hTpu/ZM+u5P9zSIxPvr5vd3T24L2T7r1Xx9PrcU/nnUeffTx7q3+4oF6fG/2SXv2
N6cHuw/ufnp6OljcGew+Uo4HPV3/W18/hAwjUJzPWuDDd4ExAGiPRzfNnVuONh4M3hmY2EPF0pIPbsXv2Sdnk6Pj3dmx/M7u
vaG9qx2PgTFmJSIRUBo8skqdudeGQ9/xusa9aSrGwfDMA4mxOvPDOy1wiM594JE3VCbl25mJ703thYZ4IkKDaEJHBRUSDW3R
B1BYcEwbmRMQQC1CnAoVQHeQlpuYNRS1J67rxAE89yAk8ScGjpZIBKc9CayDIAWHGEiFMRMBERP4FEyFDEwXUssCfADzkiIl
JDSOG6ITYiiM8aHIAlIUxwiRshQGhRYEgT4F8EnqKSI0juCQlTQAwuCFD3BUkGhQbEE4HmPRWEomABgk9ByDCQf1EhBWcXce
BY6/wOAAdWdpc8UAhtuiSWC4C6VPQDkHSjsdh8ggBX0kQZM4htJcF4ghZCeu9UQp4HE8ShsZAuMY0FED8AzCgVAvJnnP1iML
kHyMtAML0kMSIkgj1lEHickQjwkchsMiiCN0McyCBpchshCf8cQSmqVxEIUCIMErFSABERj2BQoJZRSr+QiRMISkL/NKww2z
zCXvRo2eCOfXuKcxcZnKNnipfKF8AZEq5ZhDyOK5WhRnxrl8IR27vERXwEtyJipc4ObLSY6iM+JKftWo6PSVz9Wuh3UBJyhG
zJJyaTknYsGNkiqi5wFr1b+2vlLMZS5JjYJI0VS0JEzjSy/AawizLUyfPb/kPr305IeAK6vm4pJxYdnPSEtWqMh1+Kr1Hau9
mXuhvJys4yxP48ySsBFnMibcwh0LuqtRwKwBJPa1BWb5ABsaajK8dE0jUVsPWoswLvQBQy+bW4bpsDY1ZAPVzsJuiA/gFDSW
4R1DPIaKMNFietRUMPpwGc+d4JC3rIRKE7M8eQxnCfaB54IHzqQwnjaH8xh3Fjc1qhqdn4PR3M0UZl1eE4fSNnLmzQguNoqK
leqdW4mXKwhvSSCL7iO/Fsv7qtXGaWrsuQvCNh3Yjva0+cRA0K4+VdwnG7Z3Z2cIrI5se6b47alhAOFkNqcsI45PH47RbqDP
Bpo6mhzrQAB6tjqZa4YWoapJ784DxQ+n4GgC+5ATa6BnTBbuyIybCztxkGD/Udcwjd54sAA8p9cxyQXIOA+NCPJPsdgBgJZN
WmAEoloJCWmDsDRLi91IsfA0YNAmMZ/7hzAY9ZMFZIaCbUfRFA4WUz9ksYd4GAKcb58BeASLZp0FLAEVUrpN69NKcxmVQqOb
NDUMFVJ6RGDbQaME8LUENQ075c4BDqYxLPIeAVFEu6aYeGEiOYmG4okXuWnb+BBjBn4yj2Dc5j1ENG0gbSwvwSGbSAJQJXkU
JJIIphIXI6M2SsQIpRs0w6QBNG2YOCYKYKDGaXeFUAgSKTe4eNro6y65yEgEi+kcymYC5jVEzgB8rZPHQnJc8BY5mogqbFrI
vJB2OEIl6JgqJy7B4EjqxNBGkXWd9WK+UkvIJZHLIPwStMxKXDWbRcro0jN64zmGEuJ5mczmvseCYHZJAmvJ5WwexAXhHE8k
jQvQ8gV6VbqWK30Jv3ylTGw/1aif97/dKF0qlfmNei4vL2eW5G05L7y0vF0ssJVGA+EqXHbrBa5evYB+5c0fvvHdb3/z+d/+
0Y3/9du//cPv/973v3LtL7749F985c++uP0n1974b//Z7/3Bq6+8+vKbr2984U8+98cvvvSNb/z332x86w9/8M03fvQXW9/6
V//8UgGirzmBushyV01x0wau1guimyvbhXlj89IV5NzVC7Mrfen5xYsrBd+/vHm99hR+Ea6wVwJ59hQpAFdYkbwOxeG4sLql
LW3R8rPbDY9plJBivAE0XsBuXNvWvmBVL8JfoC/xxNqVZxvXpOfqPL6ls9ZLAhItM7no8iwPuMLGVgg/s3rlW41tn9uCMwwF
vSFuUuXNQuYPpTWQyjmnaJ64fj1zmah8041+KAjui2kqUCIKjz+A1eDEWT/7uPhoXaSb8TETHFtjAL/8XKgm48l1nVWnefsf
OgFeWjKRFnF+LfiWN9rLjWxk+NBkW93uMO7rTmfna/tRZJwkJjQ6HpqQQmJa//6JgU2zn8yCkw+daLTjds5GmepgZAw6g/tA
qIFzSNLgQGlOh/Z8PtYKENrzHH/Q3XE9BxqNzs7GqDYITkO/b/sqdrZnKq7uPQAgMvSHmC/5w3AkGgr+UJ+v+MfGYsnCvKij
4eHY1InETExdVxc25cShvvDn6UONn8XtxXiuoq471VnFQzQCWoB7OFuIZ4k9AZGUUyzOnxqQ4/lhGjNnoeWnhiPUw34HsYLY
dfGUIXWfxMcOZEP5AsMnaCThLJwkMGiEDhNGkQQwTtpcep4iwwJFmV5QZgM+S+hEBsC52E1bO4fEGIyCJa4iFMXChSpeamQz
G4WSkNSq3JaA5edXGgUZrbO1FLtFQpJSF5OWWTFexSuEEEEiw2mFDEIVS/UNebOAx1WzIW1f4L6QETb4FOpqk8vntUpRgpYk
UszUSjyZ2XpmuwJlly5sAxWbFfl8dR0WoKCRrDArGWZZEM8BR5sswgt+0V2BRHLjaSx/Po+yHlwVyfNPF0l/7ekKX0PXX2Ew
MCcTZGnSKBWWXr/4Uvn1yubn8huXtnM/ev7p8rX8dxtfyp4/X/n65c+99tL6C6tLP1x/6XO/9czz57/8xqvnnpO+9b3rm+Xr
V7643Hjuze2v/8//5s/f/MHvv/bDr3775f/pf3zzj//oz1/69vd/9LU//d43v3r+d/+H/+XP/s0f/sGffvtHP/qdP/u97/2L
r37tz958/Qff+f6bb9548c/fePVfX/whJ+ZhQsZyFMHA1QKRwzGGS/0VIlkyD8kVsJ7gcAEFhDJIMYSMM+siXCEpCkFhquBh
GJotb5HcEp2hihKxngeKBUxeYxgWl5cwLpKWsLXU/esQzjZgVoCXMHZFJEtcAKaETl6AiRLOFLYKeKNEctsUVyrWiUJCbeYz
kllbzZeJzWdXKgkXrAOEnGGv5amVFATkc2uFiIRollsG8BrfdlCU9OMhc6E8RUoK2UKZLX3dJ84vHMZe2bhWQwrEKLSkgnRN
zq63ATe3VHuE5SEbTBIAnpv6oo/FvjemIc400AXbJlJuRCI5o2rGPCQSnoXdcUzEKI2hWNI0TqGUkqJRGiYWBoqb/YUsj9kN
TI0CLS1Li9+N8SET+XLXpXT9VJrXSCzlMcRHu2IBPFvM3qOiGVAwEqsaywiJa4YdziZU32r29AF3dpto9oM+whj2iT/fH53e
HYOuM5Qdz+NnwT1/Cnb3NHjYudsWSmyaXhecxeblRWCeOe+YsF1tsshomDcJPu6Y1bNYnTktYOCoGOJQGUVUYsQYaaMASmaI
JPDIk/NsQTI0pzljFAIBy2gGDBSUfC/gh46WYayUEVbxNNMap0Hot3mD6DjznkMgTG7omkkmDJVo7JHYR2W/TaXpcB2jQ/M1
OxTY3PCkuFVoJZulDe4s8nXQSr/sNQkvFBPZCrt63TQNj6GtESx7sdwU7Dl8ZY0ol8No9qzq1DJWv8muF6OFUG6AOqCoiOtF
GCA7m5V4aRGaGgiq3sDi1HEJgBL8sGTY8vKGs0zkx8aLMSK6ycQS2CKsAReW6NPIPOMdAFunyfFlYbCuxzCaEoF7RviKnjCm
y5YjKhQyZEwLmDwk04wLwEGfy0jBzN8wEsVpuxkb9Ushptar6LkUxgHR03ENK0hzSnbTxN4bp/PzOpF9lJwlyZOzEwEoFWHb
csNUQYNBaMdgJ/Efj2dxYOp+ijtJAM2hqW8nRnVtM9OoFsq5Rj63JJW380itwdMcIl+Sy5iQjZYQCLuIlpk1KrNd2i7BfFFY
znM4GBeKT0c5mnsSSDcZL5SEVQNxsbrD45ujBc/lYp0qYNl8VnEXURACGadeqp0X4hqNm1EZwQww2gDAPqEPozFinUz9BA6S
Xiw1gyY/5eyF19mf0KEVZmEuMP3TRFbTqYp2Gn5SKAJidywamRjp2BG/+hL0LB1gy8RytlRaHfouj6FleL2hZYHCam5lwBoF
Iiiwz28VzKJnqmxuFbdhf4MQX0OIHHmosfFZsZpkNsqMgwFlODYMKECLC5tuVOErlSttAcKtXB7KabW5MKPTYt0YAkiECYJc
88yWapye/oQwz8K7TaH/DlF833jwN8gkO/vVYUuB7iQoorpG9uer9pg+qnd+ujv9e/d4Ems3Ty3WGAxw5FcwPug+LK44nc9a
JXBHVH+zP3snw2N3PwQWdXB376aUs8HrUz/LtTxx/qCz9DNeDYTxsb3OISEWVHdsz30wmaH9nYkaBCeK4R/ENxm9S58aU5Lq
aBiYeFSpPT8HDHBt8s7eyvGaYxNziHPoWO8r3myEQ/9PcHi0B3Jahvb3Af0DeWR490GTnzVdKX9Dve2Mz/aGQnSP+2Tw7mP7
LgmNBqlu9PyZe9pUtHGm8Te5o4+6dzZNbLXZymfel+eLj9XQx7q7FluEtB4wHd5bhPqh/IvurQ+HHwxjZVg9sobDtj5NI8A4
5hN50qbDb+fZK9l5pnyYnCcnQL9cK/YMpGUAJgQNZbBcHQUoeW2e2zd8YQGOhGhireeMKjVLkrHsKvRSg6TQTXYfGGs5G3K4
gs63Z3RuToLTfQXFuJ7n16ZFLoPvLeAEtrTJXmTLHYtQFQhgWzFfZ6BQQBs/1bhOxaNmWaLAuWRmNc+Eh905MdJOOG35tLQC
nL/XVTVy0521XaJ8ECzuTKFJAxjylJwHGMkDnKizZlpHRDZL2M0oUivk/UMVOokc1Nn8LF9tB6ftNCPbh3anh0FKrD//p3/8
3a/8zhc+f/4H3/3cKz9ce/O3N978+o0v/sv1f/4v/+i7l1ZuyN9b+dJX/+Tzb37+Bxu/9f3v//7LP3rud3/nxqVvrVcrz3/5
j/DLX3iZPYej58NVsl5foaINEiuEhUx91WtUGivXaoRYdhWIiikuC0YX8Dx50a9QeS/pydg8s6TSaqVGxfEwO1+yJIqHFBME
LDqxoXNqxbPERpCDv6YbsWZ4ies7PEo4Uh9KMMg+raEDGtKQOcCYyvyRfbI42nc8Z2ydKu4c7Nl+y7Ifu6jG62pwC2nfWSD7
ih2cRg/O9joLSF+8e4redjq3jekwxOGR+kmTDPCJGnYBWm//X/DRrNNiOwcWAZw+nMd/jRF4n3l0NvF3vYe9mx8pai/7/5Fs
r+385sQEd2QaW3w4uJwMTkzJ8lbAR++rj9gH6riFhIWV6cIj33LZZ8dEbzwvTZWzu+2/1QVn85dkklugJ60FcScX4vOBvkKU
4OQiyGRnG786BcvNkT+mKmsv3naR6ESpVjNCX3/QQPvWg923R9vhlY8S80C62G4ZOXoLr94r+Vn6u6+Iq1DF17974F9l9DvP
U3a58fpUfK7oHl8LyqFC7pYlNjtViJimqYlef1guA/0x9xoorrxVXwBDbg1MmK13XOKwUono+fXltpPZ3q6XGQB5YQIf1YV7
ZZnM3mvbtXJ5mpFXOiKV8nT7Gd2X72P3jruDa8kEkXfccCqi86KZzffUMwM/JTStJN6fGly2q++T2MeDlgCHwzWFVKKkNZj0
Mwruf1zvaQq2Dlj5+iE/exxU/Nwgs0JRzSPLM6s+x9+DpaXqg84cuTr2xoQiw2cT7y00djQTjZE80T8X0vDVqjgTX75pzTtz
IqFaRMHItide4AtQfJ1/xuWzJ9WAagQwAMMxpo8mWNkFTS/sY7CkrA1MKkdnxtX6g5k0i+s8vGOSAN1vhVg+cjrB/MpZIs0g
KNgU26FG6m5r3gXEOFmMYiNGAqaGYHlZWsHqUj5bK43KcOQxGIYo/Wgh5YhZEMMDjFwrXgr4qkV7vElEvo/QIQEnQUpBgLRk
Z/KvrtSo6Ou0XRDK17PPAvlGnr/0wpWnX4Vd4PpiA+cBJr9U+8az4ddxHoy1V0gfLcaYzWzFWODiLk1ewjkmJggYFlEKFn2V
Y4nMU3GtZvue4HJx4qMcwpW+Aq4ksRU42YQkCr48l7OPBouF22l6SdsZdWc7kRfrnbOZaYaqqQZVmem4R4NbbeqRCToDcsY+
HIyj3aOjeduYIu39vXlzZ7/bmxzq4LEWD5vkz/Txu2pTVYLAfBQqO+rZ3ujuwdmtIfWz4+anH2ld553hiT0Z6h96t/zO3b88
GxiTdvPgqEWAlgJjJ/ho0PxlMwCciTDZcVFjmLmpvbujj2eZtz4z/ssjy/EWk5NTyCl8ZM1U/9YvPOMe5Cm9+UwCsghBzOnQ
MD0CSyEuSVSysFRYCuDBpEBhhbkSZx4Q6DEqIVJEMQturpUWYx2ZQyTw6XQaerNgSsbOdJQ0YUw0F8uIgEel/gyPSBiXEj5W
HuXjAGquHeXDWeS4EJ1kcG5eiGEJN7SZa6k5hYYs95Rt82SlCNcTL8uxLIgIAstVnTqWHPE07Ri1I6mAJHbqsOVtbilJIxDp
4HZEG7s1nUw4F25XSKZ4Ed8KEoLOlwhUYLJM0VxsCbNMRrDmS162vtwinskBuW24vhTTw9x9Gk2YSYdPBiDlUXugSoOidIEe
Bi7E+1k4IoBjG0Jz82VLPlatJirTPVheHaGBysQzpeWoLbR70vqv4LxPkM347h1K2+/0JvqxfQfpe5O8i9rN6VkHPpz8BDr4
qff3fqx+IrxHTqf949Gd47/HUag9U4+MarDAkPiOe/rJ6lzXuiNDtx4gJwqeuCyPU0Mbebj3Gwk9ER6h/uwO5has2PZGh0hn
Pan6QBZMaI7Mu3DmnI9eQcPcpAoRSSV+NisUfZ4oR7McICuwnEa0NcIoQtPLKfhnYl6QrBQIX/1iHs9//uWN68Wnv7r1wvO5
L5c3G69eKD1/6ZVnvvFqvp6vnS9zIvsF5I3a89sbbzCXLuUv8XRxtcoC1eXrhUxxsyqX8uWIuRw1XuIqF74EFZLtFa5cXOYv
1r9z8QZKnIO+XCBfjzZquZL8IiYVq9/+gvSvzbXMVa44AhH5PGLwmJcQSALn40aa7CM0iKFGQof1a2VA8HXNEpAk40VRpait
GJHjiRfQvMZhT64RIgaq9Vq4vttVyLj9tpKfOY9s3HKGMOaPEyQ8VqZYmxbUAOw99Mlh587xfLc5iGwPQEdzgwm7o8U/Hh7u
WgfttNKn/6E7vbd7PBsfn5jDcBre/+Xhw5un3hHs33FGgx+r48f3/+Nx9/4nD/9KPbSd3Z9Pk5NpEr3T1nTgNiZRQefvJpkT
NUPjTquL8wnbU5pxC08cvHCGBMl/gcCFewZGwnH+32GBic5/NYV7LuU9HoAHQNvC8Gi057NmXBUIaILjocO0miM8EcmCV45d
yOgwcFxRshqHbp9QPD+h0AiTcd72mVESkDhj27anB9M8LCbQkyP+MICzYA/BpCxMQAEUehBM8CGPuh6Xp8EA4wqYVAJFu290
pKgRw4ETt71+OzeDdRd0HMKFQLrkxLSThRdMMuVBWh9zHSpx41PhyV9TzEQoLLHk7L43h6gIgWcWbuJtp9wHRyykjHGYyLMQ
LRCDNECTnA2jybgvqRDrnClOAiq5R4VEH342P4Z9C7YcjdhNkpnyH4BjykC6Mz9UI96hoAxDqM1ggEd0UbdCu9glvOTUBxB8
1tUa0cnbH+/t0IXJuD8N/cCKPmj97fHbmQfsJ634YSeKB3/NKC0Iug3cO9YOUM2ojs19Sjn7zaOA3Js+7Mb+Zw+H/SFYOTub
Fm1wmUkO9g4Xj4U9/16eOlE9FLMx07HoE3TShu/gdCQr3WIUOvcHQfCBPW4l6tDmSIBDyADNB/RlAtJgOKkzshj9AY1ieixK
PgjE8lKm5Md80WQNhtiIrCymqMyQr/oQnsti8pKMklT5skgVQUl+8cv6hlDmG9czmTJawdArESCtPXvxORHFeSK7LspwTNIb
+cbLJnGZ9MWNS//dU89DbInL5ULhRT7PiUuvfYcgoqeTvHju6em1z3Hl388m15A/vJS5HjSy+WK+RK9h5R+K8j8Ll4q/G2/G
xLkMW2FBDHTQaMVTLcZiTUPxEQcmxcmyXNYovOthIJo1Fzo4XlETADIAjMRiJZOFjOJpDGeP0bP2pOvDAgy3rEZncWz1jBbi
8LNIU8F2HEQQC4So2XqAgnr8oAv0Dfps5M7pgXdm7wYi9pZ7opz18cQKgA9mzuPILAKTd3GSa0GtD7XRwHmyMdSN+vo+0R85
/3aBjbr9EyWNE/3+ET0orABxWltAF1GTsK8E2YiGqgC3I+QK3io4m0eeS5KuRMLQchfWM/gJWVdyhkkJHG2Adp6oUDHOmgky
4RTBNXzsC2YyJw0CRcgKYvHQmR5hdIXIA44vnNhwZJ+EXCQiHJHD81MSpJiihAFVE5qsJBCAL2jxog9iKC5HBoaF+yEHQHk6
3MApTjWJMekPikpEEpEoCUWJDgTV5soZ/KA6ZDUTJjgCQDmSK3AhtwQhIgTTqLweVdikJAlVhCt3aPyolqAM6uSQSsHOj7gg
YZME3S3chI/OhciqaU7PuBrNjxK1nyhxyiqNaxBpo0M28+QQ11tRbYxoMehZAMXCtvNLchCZeyd0PxjZ2iyhCjHamhB8Iraw
djfs6ShXLGaLEJDMo0yItYgW2vgMzUCecJ8tktpg3oUI5+T2QdMbRPpOh1XauztN4y+7TVHFJsnByWEf3budeCqI6MbNxaMx
YcV+23/sqFobJpH55NgGgbN3jk9OWBqONObJBel9S/u70aGnIh7UUmfB0P3UgnVALjDvGpPh2LIYVdW9I1vluSgmTh2Aa8Uw
QqXrb/tsTa+obUwjmASOmWB1EQZAIisRmsVRFGl6DsrYJNgMFMKwRQjHmWIyzmJuhVvdpNgoiFaR8ELsgeJrl57LA8Q5FCYr
JiqCCLMtxgUBrWElEl4l7ZKbLzn5alWkCsB4CQAv3JiyQ4px2XgSwmJKRv5GEnnBBWLsz4TBl7aD4tdo5bo6K7jXdMbUE3kj
9rGNl/Elxua9r1BGEC/IARkCyWSAeEQ4DuPIVYcdlzIXKFhbwwhDAMFYxtPZNAWgxZIVmMK8JYeOlsSAZ8I0zdFtQg8Xg9jK
uaDiy5489+eeI08zQJaPVT2GtQWVtyHXUsazo6Dpi6HnzN0IA1zdoXQaHT8MdabFYRPcAmdj72ROI5H5mHBFjx/cjJUg9p/8
RZbapvsKeSv4WQQtItdGTApoOkOC47kBCkSSuppMZLNCLrJdNSpwHpxlKkKQ6MYMFVg2CWh1xGKBtRt/iNLzolrPxmUxkefV
pQtEzJfJhrvORBcUNPRXbcYLlGRbyBZAU0RTMWDJa7yfn08LpAapYodamjcyVURiLkUla/l8JUgOS1iN2M4Qz/b5ggsIomkg
+aLQkUvZlUoMSHjK9rRgwcSlIQUJCLWuXefzU4FoHBUFIhydcQeXD9ARVgQu+4XwIYGCxUXZWuTuE3GtmmEAg+QLNXIeJy5s
rj3OEWxmLoNlgokyh3mFDRCX0G/sBrOsQOTdaPfuJpYp05j3NtiT/YB9Oo9lyEyQDZWxkZ3QjC4NOaJrLxUvrLvQpNq0V3ye
/CCxeBsp5qpheFelDKHOcdOZbYnJVqQvkZBD0WISKVMkaVTvZ0QCZo6ecWoUK1iRG5Y9ojUwAGh/luapvb+Shrclscbi+l4X
Isn8fXCdJHwsUOHwJskEOWPMvw8QpF+GcU6AA1xJTjWnE92HiP7pfH983ETHPxPUAWhrYnMcIgVrmHHIiICGTf9uMHBmjgX1
5hPYRFmLY1UA98MjA2bqORwgQcCr2+DF/NMbTgjD+G+X8JxY2+TWMixFMXkUBpZcEc1WqXN+QjNyeVoiYAyqcjCZq/7O6y8s
Cy8Xly8z1S+9/Owz5JbUuPbFOkI26FdWNl/53Qr/wnm+Vlhe+SG9+czlr4lE/eLS5zNbm9T2hY3sNy4l2Rur1+wMx9vAaubq
FempmphtPPciv2zhw3NX2dzLJe0G5ef5V1Yahleiv0xy8qXvk8x3RuRXtpdIpaiaMlM5s3gfAskaz8mfjxpzfGv1nOnhurQm
QwLhpAbgExvDgk2D1jMWjaLf5N3rjr+ZYeNqfj5szgJ98tkkTikowwhLRLToZVjc61vTx9YdUnacFLXRBJ8JRvlxbNomxYux
LtKGzsEBlrmg/qY7DA+aQyBSWTczscZgEsU2bYxm2ONBSLkRnD3xI0sHJ476V9kh50qYOALt4vRhBHmtl7eadwC0OtMQkGpL
lrhiBkW2VmvjDZ+iA2+DXWe2XwLsmpO6GS09KJVLoCRlc0vcRs6R7OWnNv1dCMI9K6Px/JmbB+E0XEU4feZSUcqXqyWpuPBk
CMIMIsjC3JxhETsm1s95a0oFkRwezi0sHY7B5NIyzxrJCjtJxEooFmeCLhYr7MYWRbgIhT+5ycXxrGQKVALBYnULYY0LSNYk
qAQEJq6GjJ/OynJkZxe+luUSy1cBT8xU5tFqLAaRRcpjIwaqGYpDrFiyKYrNwuSaknVRHYgAy9ay1rojlOBFU8dDgR3oyX0q
oRPxtlzExTEMcFtqN46kLEaSLd+askSrAiaImjM8zoHDALOJ3bwvFHqCuyBQPmsIqU0CGYRGl1DoEoLnMjDVQ9c6NVTPtwQn
sNlBYz2irOIU5MO8d8HgwE8GZz5x8iEVT+VwVgBzyQQXre6+eAAWVa0UlZyWkFcrms3eQcHQEiJ89XwC47B4qouq8CCAuj85
/mzW/xlE3bNGj6XDbPhAV91Jy/P8nGEXHglWR1TuWgcH0j8p3pNfYA3rBdOU2PzHgOSVNL0YQf5MMlIVZtTuRFK58dTAUF2O
skk5QqswhoYhNkooj8UUIvIVfLFeROesxHY2lxuvv3KpWLl6jnm2vvKlS2vC+naV/8rmuRUaJF5eW7rxzEbhRfHq1Qvny4X8
i+fO/6utlZXGigD+4Jnq1cw2U5sYyTMOE/C8lAWR+Ws4JoRDol6UgwCX0qWQSAoKcrVVMLqCkiAnnvtaEnD0JYr5nE7yoBjB
pdhAFlHWQCOGsPYx3ymjOFOJL3dgohiRz2DcOTpeYc/DFj/K8NPRKp1mdEraarMYoQoA3U9CI9Y64Zw6Ls6szmQ2wHrycNmp
2tSYgH0ER2SdcGDYGQDjVPX3cB09BS3c6KCwexhF+ljgZzk3JaB/sGO928W9iSIM7MjjExAMi4Z/RmbD0Bp4ftf8DI3HLbLN
UyHoKFAQMFM6THa3SgeMhrG+QXO9SeiIWEiAKF+oFk9Y4rIPrAk3sGqWIDjDjzlEBC+z5ToTXJZKRSYDLhPofAvej4P8VnFr
gVlnTkm6UDegJLdJgCNik2DxrcIlnUIZgo3KlITlN9nrVliQPJkWwpydw92Riy5q6cfxShxMDZVVEytYG3LdPZ+KCVUHkg09
ZxQmOcwLCrgs8NvussfQUVPAMUryATumFamHzzGY/9wShmsGTKwTSJWt8nQZLVEXSbvSFBBmUBP8I76cLt82X0vr2rDzrMjw
WdpJhAA3YhXSkKsmgYyGk9xG6Hm4SbRZELJC40SlUaQLwUiYAkf6FZDYPEEITxokhKg5Huxu+xyfx2jHWInJ2F34BT4JdVEh
BYKlg7EWTAWGTPu0TPmEAFIgKMxzMerJAZitEBQkLVEenOT2CYr6T71JX+txy2LGPKB6BauFRFDngflj2PS92oydz7iz4Wha
sGbALIKWFgugbbgaJ98RYS1zZufUo0fH4eTwUjrx8Iy7DYwfpkl90qzc9ky9y888YMQf7vQ6uHtqKSTHe/vCYGIDCfLBajlf
bsWEgenghbBfI0sk6qAIvz1f0vSAuzgMIdolBQmd0nqqlDq3ErnYShnobqVmYqavGxeyL/h4wixjylpNa7BlzOxmZPhZcxO2
T7BLuBPJe/mklgMKpa6Nby0/g9Ioc6XQfGrss2W5+lhV4G33CpkvWdIip115Nfzt2RyUv1wMQ6fgnH+9VMOR+EqeqJZvcE8x
Grf+LUG/Dt0Q4XXaeYN8Jab6ZmDusSHJa5EFtXMl9SLQt09rMQbgbPXSkhT3W6aH4CBZJ0xrnkWXKDkJLklOxVsUOAhmVV9V
uzgFJ6a0ZwVuxs6PLXNGJUbgQLAdzhZnPafNOaTvjdtoYjgYaTBzcnrm+SPXhEchOl34nhsh8Uxtmh6KQmbguroQaz6AhmgM
70N+3sZUTyd24UwEK9Fi4TksKMA8bEWQUuHnINyng0g51keOgcAaVGInwf9P0XsFOZadd57Xe4sLDySQQCJ9VVaWN12mu9pX
k1SzKbFJSqJEI1EjjQw1o4lRbOx2aB9mH3YfdmI3YidmdyN2VqOQNyORFJdstqO6u6rLm6xKb+CBC+B67xb9kg+IjIMTB+f7
/r8fcO+5MyCgZsE9NALlKTBPKd7xuR2SNKimYFKWvpwJUwCdJuiAmCegyqQU4M4DBQHcAkyXyj7o4pksXyw/5fZyW7MqAReL
j1XhYNkrnT442S3bGThFl9gUJaHZ+TYPFCw4Izkb/YgYnxolZbKdg1s3pnzGBXmh93HO56AK27JIvOIzVX/V4eMw4dIkwxIM
koohEJ31nFUsPFKVgE57vqD73JSl6JzISrQDtxbtciYxvSMuwSiokoVBk/SvVU6nSwDC1jCCj1E47jn2x58a8DADH1LEqOPs
YRWf5OFDPLJkeLTPHnCjfeFn5AQx8VFfdcClJMFNZoLi9DbkQ9MAHow3LAPzJxw2JbUx2UydMwhTEUdwB2Wg/qpl60NB88eo
DfR9JQLXR77fs7yICmXawVIwO/TGzywkGGQleCYd7j9ZfNYCdUe1xGcEGXXUiRs4lf641dOtxFYACO+M+CdDxsfbQB4Liio2
SqIjFQVGBRRCyLYzoHqmFyReiFn+VEAiLxVGHGV0x5Tsj+RxUZV3sL4Dd1UY8AlkjqWw2DSAYsKmoUXWwxOHoQmNrFXRMwNw
AQOpwpzFVJK6LBTSKWXMlU+T9kUA8dY8gv3I4a+606w5Qy6cmKlfNU/GOsWdpeurUo3Pw5eWfUCJX1t8HmYKs5B+4xV68bAN
nefmBo2DqWno1ekOyveZmlvmKQiWRItgpmNml1JDco6woYVTfM6EoWsp6GRq/uyAAnCREigKWUScXCr3DcDNUjGNbSY0ycy5
CQTCPeosT0oomJkr8VhC5uankOXmvrhaD3A+uxcWAp5AMAiYsWq5WkwUUKFGc1YUw0UsVOEkJjScgyNP19mSGEexP/4Y6E9p
pVbmAJzyB2FAJYLhIuBAYChGwbo4AwhhO6EiBp7BDd8hfFeLtECLvRmwEyUibJe3H3p8kHCeBey20Sw5Csb0tODQiADjyYSa
umEclZyIi4+7FgzBtBlzkzgQGdcInQRMIFHvAGiWCsNIlPthisMsQ5EIE0JT8EQfogmbuDMzUIBT833PZLE0KIFFxrXwYUjA
gQXsM71+h0QJz0bJnwWQmB0AQJuABoLEU4gwhJEyg3Ei6qREJEC87AwasONCBQYnd2olAcb9R43dpw9Scsl6RqjvwWKJ/zCj
JzL2wFCQTIXpWZIYZEkLjnzIZ8iYRHXNnnYoaag8SJV5Ewi7TBK5uUTwAlADaTiOlQnCdwFhf4+n50Snl4NgJtIpjXUsBJti
MNUEZQBEt7xmzGA4EUQMgHm04plG2FMzEdQ/iiLLIwd8f9qTGEElfIF2ASBG9VgLJFflRowS4sGAfSK7rmtFeBeVPAA1kNBp
jxBAbfuT6aKCaBhjpMukpgkkIgCIBbHGGFA20RmL8xTKU8Btm/D0GI+cmDECQk0mpuF5QKhDqAEGUL7j0oADUlMmFi2WNCEu
7ic6DeppL5WGbcgSNu0sGQar407aUdicJzXH3oaOR/RBfqp3AhbAEEYkBioJJ518uZyaxbMUksbDFb7GFGNbK6DuPESXFqh8
FfLIDEjYU26fSaZgch3QuCJ5haWpam6OFnLHCmfYxrHjuUy9dKoqzp69YB0r5ubzsxKXF04yjdXyFT5bJWrFBvZFgb9YuUwt
A5W1Y6/O8ELl+Fsk63yZOkcXXi5fraWyUulGcGWdrKfptSvswvw6Ex0rw5Vr5fO/9PJiZqYBVkvC4gySEaCvzLmV2kr5BuRl
z63B9Zs6kpX2TcoWMsMVhvADPA+z4DoUyI5pLAgEednFqFk30iH4rmShFn0GVXku0wNEhwyxmpFRKCa72Sf31Zkl2BPxCMnH
CZeJQRmXJLHEBjScCsHSokAnYa5O6JDbPVXxqQBJAaScQoKGSGNYx4XxiKihOFlgP79ZxmY5Gx8PNKkUQjzEAjCoMqgxRhRQ
DMQ9PTwU0rzhskGaDMa8H4cigaaAeOJRAQEC8GSYIJzHRxYW4WgcwIZr2LQCewFiA6BKvTuODZaXPRXlPFKUWSUF1lhKYDBT
jw5UKcUcGZgER+iU0FALA2y8TzO7tApCOAZR9rRPa8kBRgB7OsgnGIcRCgUIU9bGkKYJbqplBuxvTiXWzoxbCHroChwYx+Tj
ng+JLmcSOqeZHfpAcK3HEZihYALHPdQ75kIkCI7B8gDIhp65G8mIysg6gehTK0ZiD24rn/+I4Cuwxpp3B8QT0dUV1qviIWZH
WmLCQRjF8RCiZRLRAPkoHAWGFluAb0WsFscwLsddAg/GLdQFg7tw0Cf9gZa4KB0n8fS9QD+x7AjcH0401wscXQVsOAZiFf/8
QTIWMC05BbLgNGYhceL60xoaod4kdiLXC0V62pJsCHKDCIis8R5iWJDNJ+q0ugAkiHwYdpOUardtG5KmQ4bTEawAnDLMSAdB
jcWCPKjxlswR826JwJLUCmykWYFHOSbOZCoVBkW8TBAmmDDD4+jExJkMOv1U01HdcylCFKTYSQa5/b0SlINLRLwPTZGvqloU
pkLoMr6aL7Mw5mgS2rlGcL2DWq8sCLZfLLAY4JZgoLcyn/bW0ossXORSlWq4NI8ef7F0Cp3lBY7NiIVUrbyU5Qjn5bSaSc1h
2HHy3Hq9fqZxmT9ezJAMlpkHFea5K9DZAractV8/sS5czIag2ygtOlpVPbESSYRkchYtste17yij89IVsZysMnlIYulz6XNQ
YdV9LSzX8jMAXm+Q56Xa7FVwJsqvraQb2ZPetbfgxjKBrgg4XqsDp5BilrqMc9Dx2orFQdJSJoXiRFy3GsCapGALolMnPSLl
nIFECVtcnl1KF6u1hekagcslkE6qq2LjURYhgyP/BI0LEYfRY3hoUDlu2SEjD5dYZ8D7fDdf5SakK2YjYhq2Fo9hleo8lWGs
kziGj0ogX+iFJF5IoyAshgSGgVY8BdhAQfiJjnWx6AkSxr68w9sTgtEHIRpAcIhNwmDIzcIY5+3Gsed3KGK6SWIlSFAEiu4N
/VGyTZFmLNwB4zFAWLBqMjEacvK0wYd+0iZx3zcZgXKbxmEcep2hhXoJq0cAPfIZZ09zg/AzHDjEsVY0GptWiolzCBqHlPkg
cRHItT2LQBxBSexusAHBaIfdjnUfmRZNoniu2bRcDtrEkz0cT9wDLzRpMc7TvouTwZ6qW1QURlPhNHDX89ugC1HTNJc92QV8
E/cAH7cU3yS8NoWYMAwjm5QHcVCwhEA+JowPAh9NEiDyWQICHMeQme6UV72sgxGO7SJTfOOw+JAE7GQCS6zHjoHZ6fxozJUR
yg/5zW2URIOYQCHQh3EAsS1wK5mW2bT6YNwYgDYJLcf4wxRLieAYIfG8AZ+UUT5mc6qQgEwvzY2rJSiuxpAIJ0wlsof0BOlw
JBOkUNKGOAdOZud8/nSOzl8IqDNEZZ5fr2SWpBKWX8yXiivxhczyJUbIiXqOyKW+lV+oMrOSOE/l8qX07AluLZfnj13gziwh
lepyvfoG/cqp5VT55cby88L1teLFxiw338jMFE83nrtwrp4qLJ+c4/NE9fhCCj8vLJ98Lv/S3PPCC9/+5q9+/dVX61/7/Uu/
/ke/88YXfvGXrr/6jdePf+213zx/8ptnLn7lV3/ld774tRtz/+570nNfu/ab57765vd+7bfWv/Xl11+58Mpvznz1K99dK3n4
ZT9wB1lxWS7MuPCpRoEb50todrgyN9eIqycXRktHqee1N2sLvrGwdLF8ATs7FdJ1LaOspTlo1kuYxcRDOvg8N2TOUtgvVLEx
UWNifVKHa89Rhefye1cnLGH/Ks3DyNyla9IctfK8SFwbku0vZlwY8mAcfJo1FBVZ6g5edOrf4qeul48UwEIvnL8I+VcS95s+
02wvAz80EO25t+K0lXuzQP0hkGy+3UoEW6NL5hNsDPTi1e2P57ZPraRlSjsVt3WjUnz+TVyh9OCGfXIyWEU2AA8tnwiJdvX1
lezlcDIuyz4WDMATIIwpgArwVivt1NKYkgIERR6gVXthxXMndpSd5I4SbArYgBhJTozk6olPRjAtCzjrmZiBc67X6o8B2x4l
Mwjue16kh5swPsUyCNBDhvLhYaSpEqZnsMi1wH44BpMkFnTE4I1hlCCYQu8HzmJ0aADsNLyCrpsFFc9DDa+MepZqINQoCHUy
sPdDeRKZY19TbNcRwwkwDRMxhMnDZAPlWKDngxbkeMQ4QSLHnZq1BTCQ3fRhSgNishTYli1rQeDnu4rgOjSgIbSSlK0wQUCH
EQMWRnFm7BtogsQcDnjyOHRSoONyDDbGdQp1FBOMwtDDeWXMTw75CI64yEhNOKbA5efngHyaEM9yM0XgeFqe44AZXWQDzJGQ
3CyESgGo05mA50gcq07dBHMYB+b9E6UoIsX8qdkVnEAK2SyenQ+nerzAOJK1tH+h2haLUDQbkFkmb6bxljQzK9mZ2molTFSC
ViQmJKTQPkHUiLrIl8hUOmqtZ8p8Sj6HLACY0FiiyidEKsaURpZELpSL5uL1hlgNZpdJQMzlIoRxv3Ctevqtq2+f+M7isV8v
vPjVy1/95RtnXnlh/p2VLz/XuDjzi6+ee+75tavnrv1a483L3zz1pTPXX7v88tXGV9584dyXXrvx0pnfuPzHud//3h+89d13
3vrd//7S9//V93/xt37v+3/43L998eof/c47f/Tts1//1T9647ffee2d79/441/5jZf+/R988/L3/uBfvfhrL/3WH62e/t1L
l98pfRuOc3SJFlMUTYrlHJJj2cl8LBVjlvAzyMwylS0iZIGU8VlcFKkljj2GwDm8mocZgl4EGZN0hqGfA0YGBRXVOIL5DjZY
tZeYGJZ3DDOOaGbqsnC0i+U1H+JP2EAejDOeyJJ9QSklaC+Wy7Wym1aNuBGV88UUMiSURV7MJWIDgaPC8VJlyHgCSqQE5mIl
zLuBJWUaBE4apIid5tAsPSL5V4WZVMDO14GpfJfwil8GwGm3Y6GMVztVXwO5Z5APllP12mmt4hFLAnisD3AJhjJL53KJARhw
vkqDnsDQudASq+qZOAGR7GViPAK13NrHc0awEULZsCoRXBRMNMyfZOKz5pHOy1yQd+W2IIb1Rd9nJKpQHLCAu3Zwiqm4NTH7
hNlOUZ2zQfz+tJ3zBXf5efM0p+fSfuDYddtjw7yRhYtDJIIJSDu6RwUq2XsaPMk5iggf7IS5bseIBwzi2UO0uTGDQjlLDS1o
gobO5iMCSmNt9Miw9hwna2VyMW2TbBUSbIjWa/sAhvUxlHfRhXJtRoOnH1HEM65IxGOTNKdcLQspIYfUIsQ2DkfmAPDtTfMD
Z5iRxz5QbRI/He6au4MceGgq95PWVkTEo9SoqxoD+/H2ZFOBd4/MPW2st/Zsx33mjye3EaBLODMeKuyhIJYkUHFkHek5DR7p
Vr4jRXf6GzhMzAJwPzUDU2piKSgZn73XSUt29fFkbHcotZ/vljVEiyi3aGkOO7bNMATGHdyaG2jKZtvquQPSebBtxdbOlmvZ
jmrC99SuqLO6b06ZVJ9QZVQl4cPzj4KLNjGVWbZvyV6z8UYDJsb3R66imWe1M4fIceO1bWOqcvNj72DfmuvIFAwTQw5KEJLG
KRJCDIqI8mgIiigNIQBOQFQS2p9fn4aQWMouiBHkRjicoAHn0mIY4VPXcUe2m0Q4aAGuGQytOIySCIgtNJ6Wgxe7cKIhbph0
UcBRQATetn03AIIAMZIA8KHg1HPn1q+8cn527ezK+lJm+bUT82euz6XfIJdunFzN0AvItZV68G/oS4snFt96cXV9/Y1Laxcr
hS8UpRONq7+cmTte0gI/5qNQp+A5VZv4ooFMaKjIErAzdSUQOGcEkZulHRM2eZaUEvAEzIZqbQXwYpBIx4qqdPUJpDcPppaE
GEMjOah0fIuhPLA/bGusG3gs0pHt5iR0Zxjb72C2CnvtKMvIRSO9Mm7TEz793KMSBGag6YtqITF9cxp5uzDL2wk+9UBIZaN5
GoGhjOvI1Iy37loltMuDRVZnjqPZlDcuXzqc5fJwBODQOEMNOHuibWtjM6Yz81AJrTwzg1Na1MMz+8GOW3qa1vdLGdkCMn4/
RUXYQJdhbV/pJH29m8YexdFt/GnkDoyPVO/T4WiI7Uh7+g9xGZyQeP9o4354xPUfy0RTb/2892Tg+vbu7u6jj38SDHo/Obi/
JX+oqv+7t/XzxLnzF5+Ofj6WP97aRx7s3A/f/8w99NXH2396i34PCozmlro7bj+6HWjt/3J00B3/U9Uvvf/h/gHy6SD9L4L3
d2AbGt7u3911mvbnl7RuiK1RyWZ7O4fv5WbRJaMVajqTix46oN38m95BACo1DVzvuaj1QYwxDPpYuaNBE7nff2Qpmy1VP9Jm
cBJkRund3tKgHun7W59uDeD3xonCtBFzrPNCXj79nCjkgKNzpYUroSt27fXUsZz1YGY513f9nVFEDKCX26+D9I3DK107SN1M
QmKIc44kMIbjgFLgFM/keTBh2V7J64vCwUT0S7nW02pS1Z4qrQ2obVFCDGhs7uNEtyzwflXfOkj4oV0IQTIbrVoBsbJES5Xq
3mAKwZe5qMstzs4pOl6j2ZRi40UCpJyIQo4tR6KDGiSv9hw80yA7YkqJAapMAJJYzTLZWSJJot4xACDEYqmAgpAOp0KFkGoY
TlDAil2Yj8hxCLJZKCxChABFErVzpI7yjkWwBBcimfmAqDeLicNCKYFLdvi0h1QPhwk8DsfV8MxhBe5D/QmK5PyB6NsYTcIg
VsWwBSJXeT6fzpNX5siVcraQb1BgtZw6dqF0IU/AVBnJ0kWYeXFGrPwS/DpFgCyywGDMKl8NqvNyGgHrEIOIXA7RBR/PwYII
lwOwUJhPSzkyP/AdOixWfABaw2aZV9QcQkxLsjidYCpENRGMZ4TUanmVyC5XGDuPzB6ja2J1/gRXnTs+x5WrjaqIAVlh1kxB
p+sZh2VzmVMw0CinpGW2zjli2cZCtN1iZA+JT/ou7acI5GDqXYrqkniQmbunjLzRbjs9iOCDLe8QNKAe5oDNh9u+MehpNtYP
BxN/uscM99G+ph/GWzf1wfvN9x/3Np/tK+2d7mByf9Qf7Uwe6Hb77vAm8t7+TtzxPjswkrtPdwjd/evtZlf/8X3IePB4S1ee
OXd+ePvRzwbv3frJHfmZjO4PQPPB0b75sPVkq/Puu5uf9O4+aj/ajn72mdn+yZNbwF7nB0d7/e2/bZnJo2cbcKInd/5+728/
Djfu/vnG8OkB+Mjc3vrpp58O7x89bAG3/+mTD3s/2705biEf/+yn+mP5p+0j+6+iKAw+kuA6Z8k5SKecefDReCY0Olv0EIG2
sI8zm589TpBBdwj/oNNMVg13PEjIw9tPsJ4HDXp8u81q8sM8ksnaGAQfjXEJOOymBbll9xJiKPe7Xq/j2i9rkTX0TkeLjaNZ
34Lhm1v7SmIFMOpzvcRoojoKp3P02BCQdHR0kBXr2pUFszHzT/luvgVFyf4CGgURuDi3zN5PKVpk3kXszjzb2cprF1tpBH05
IaUrJzk3bEAQMxnOkplubgZuhO82JmLQVtd3XoYhAkRPBMcX5fznp1vfOSb/NJfDkQouuIXUYLbtOGQB8Gns4VG+7QNc+CwJ
AUbbxmPZAZVpACFeNMZ6QYaZRCHV9/YnfcNmjMkgcjWchhr6GEyVZ5NyfWect7RZLn4s1ajyEa2YCRN1yU6WA3CjUAFXGwdh
kO+zbcWJJYYej6hcT/Pm4EmEFcIkzaAnnLnlfhpwkSkroTFYTFHynIbAvIP4czNXLCHlndUEl51Hp9veMlMsORMQ+GzFkdKv
VKo0emkFPNGYq/PHmHS1xsytv/zCKxQLN8YFmkWLlTn6rS9Cv0FlEpF9m5/1n8eKFnmSoLh5MkqTVExdgOx0oVqn4zCddbiE
z680vkGE1biUWSyLyCkhYStnK8WAllOVufCYvwAteJlRN3CCwAsIy8PQATYBJngQaF7NIjGGVRBahnh5QnqkAfC4Gfve5+va
iWjby8Q4qtugsvP57eETw4cSKNFiTemB4whMaFc2fdVG6ENv3D+cDMeyDXjDsYK5bOyGO6VHLWRgmnZb0+WhPwhCJYQ8i4JN
Rx8Digv23UiOE83pgk17T+0edXHVCN47lI1R5/FYJkbKp01t0I8fK+HHW66p3BkSYXg0cs3+cFtWtZuhe8C3DDlAXW6J63U6
ztBtqu6O4xrEyFE2oYG7oe/vTDS7H3WOAG/8aS+LfXSoRDAXbtwMm7dh4z4JwaaHcOlZ55nZ2m7qoecKg35rOBSortF5dDiS
WvagN4A+ayMeciv0iI/3RmliMj5krUkva23Tao7ADAJ5HBvKWOgvqN5+pHY6iL3jObb3j84IjEgCVIRDvwrQO+hCssN069BI
Q9anTLcuApp7Li0Wu9s3wylapRiWT/Z5LmpnLRUuZ/wNUscys2mfqvOf3lC84eiY3qVHkpjIkLC5oZw7UcrSK8UlE72VukUh
LlBWBKV9CWYxcUc3j4PjH55Ew3wRnBCNZGfiz6pP4wHQ3ukPt4BH2L79wd5nyH7rqTP6cWVOeRz1tj5yB+2Br+xoW/4n+J3H
nzzqgqODDfORuW98NukvIgzIWl+nrZwb9KxwJyerss3xoHLg4B4cZKaEJpCA3NzdUlALK/UdSxO5AgfSKMMyeI3LGyLFRVeR
eDEwQ3bOvhZToZUFQw5Bk8bCsTSGV4LTKc0iShhGERMch+owX6jyx3OsP5uHcPb8HEGUTp3Mniicep194xRzJSVVXp+tHF97
Yf7ls9HZ1Fz9DJWBi/U/zLywVL4MXRNPXKoVThZEQlia/xJbmHmNJep81kFFqHQxrDcaCjcuUOBasWxeb1xmlmODtUsomA/S
ArYMn4tAeG7hcmapt5BbRuYPgHR5pYgwuMdlF+hEJE+RtIKjTAqbYQkpe2ImTvM5MsOWSFaAycIsP+umbXEhI4hkjkYRdugL
mTgMch7mEzw2raKZAIynYb8dzFRQ3TIHeugQ+er0f1E15gsEOXC8AGWBECTyaABVkz6KtV35aBxMrQAYHpg96vPnsxr7Ojc+
lC1ct7XxeGyOIgyMdzwD97XEHD/ubbWhaeWP+6DcwZAtIGi7Ld5zw/GTkWc5IpuoLY3EtDRg49YhZjb9yPA96XaIDrVenAoe
u7ctW+nrO1vWpooC6oG9F0G4P8KGRxqm+2BWRF0rsq0I3Jg2DG4UTegYYoUjaCDyKWjCTODHpIMr6EAGvV3Kj3st2HoU4ge6
N9EPFdJEWY+AcJUYpSIy7BGqKxs2jIcttIeDi6QebRhhKlHHvu1/vmq2IYeMY4yAJLAPg31fOMQVd+QGhmkiLOdOQAXtwmEi
80PjiQ/1yYkWboWk+fkT3mQcK+RiY9eB2fagDbqO43rq0j3kKGx1SWrqLMkASIV9bg8EkJGmDY9CbphQqn1fS7AYH9IeopBz
RkvBZ5KdMFBE5M4n6lNpvwS2fxS8jDij8WYrzAJPKeOTst+stQ97MK2AVND/a1SFZV4gndp4y6aCYs/ozoy8ViG891f2s4eD
z7y/G4CqDe/VdGUz645+zP0kDp6Jozal7sXW5OGf/Rk76G05k/ykz5SG+NKsKgO/8ABcoXR8yJRDfWMbuEhP63UHJzuTwtGu
bKrt6DCRuzLR5Zqdgz5rdksdNqhrQA2ZwFkdZNzGoVO2zDK4fmluhKhEJXLsgSowg+Bcc0KDC4BBagfeUTEhW3K8uCw4l0HU
PqNSYVnM1YhsunwVRWsI3jj9OrcuCPCJt3iuhObnuRU/C4vVxRfZhPbyQuO5FGPG8aUzbywRzEoJRk8db/CL67l8Nk91yKqY
LmTJ1Rw20c+kcLeyZp89UyReocHT6TWRXBpeZpBqdYXM8rO/VEmfT8+K1wvFVqZRbizQFXBqgXWWxLlFckEx3TSd0YplaW0R
cgsUgtaLcUbACWQ8Q3l0KU4TfKYS50kxUzJsDOMCm/YMNMz4VCoq+eFUabEub4pQ1pNjFUbposTFNgn1p5tZ0DzULRd1mItq
YyqGJZfE+ggYeKJjwRTXGzu+E6N41GTYUd9NCMxCIghExzhqJQMIBggDADRPZ1wo3sfgbsKKFXiEA0Z05JqaM34STkXHFQBU
81LxgAXVQI0DQAMsNtSLG4nrUkNQmERHhgJGsW151NQgqVu+oer/L9KM7MMeQgWJzkbAdpf1gT5qPDRNTKEcFwWs3KdmZzfc
iUQVD0YDSnYtp+u8359u8fHB0ZP/lkzu9Y/M8LAlKzbi3FTwXuum1trUY3QTbcuqOuncio/ux0/39AePgLGTCp6Zg7F9N4oN
jLCjznv9sJ9MQmJMYC3DBX88BvfDD1hpYNm0MnxsIQAFPLB3NSv0vMlI65Px4TNXH3pdEY/beguPN2SdCZLAzFDsQ28Q3jFd
P3kW08A49HeCDuoAiPtZZ3diKp7fHQ+6oGVNPjnQww6vwffdlol/KiM8xjz404GB9trm/TsuN6EOokCXOtrjW30moQ+s2y1s
+w409oDDn8rqx5/0H3X7yaP/etMNJ6rSH1noDwXrR3/6+Mn/g7yv/E9DLblFtuFhW20rk7+z/uRg57+mH2wXbv2YUB4of/I/
x5N/+PmdZGQ1t7FHtpNXHG1l5OD23sYeBvwjeEu5m1b6mj1KbXtIHbQN7u8V66fgbp8+6MH67u5ws2ag0G5/TtyfB/ulvtRX
7FTHWw16SrC4Ogo3OENIDt3R3RqBx+fckUmrMKJrI9jREt/ek0F2JuH5YOPlYFQVpAyCcwlQtcMF3CWk8+snRYRfwIBUxvVX
eQu7xE/ZnFhIF+aFDAEuMFIClGcXy5REIhcQoc63AiWUOlh0EJu4guXN1zRPDi8Wd5SDeP9kBsaOMbvHfA0ITjXdyYYYvmqF
SOG7Fnx1jMFzom5wBwpBJabndhGOJAAQZ1iotc2jaR2nmWrRtCoggy2WUJ8YVb1UPi3FaZxfnRekJTbJ88lCLALlwKCi/ciA
Ip4jG6OcFljhMhfRAA75bgBRAOQRgeHih514LBBJQE6JRmIlXEe4HO56qArZtlY2wxSEjidDV6WakTrAbC0wYyQfCSEZ8iaE
mqBOQHLowqYvM0ImoicWrIZZi1JDLDL1SgTBOnXQc/oqQJLyXugGHmTqhE1AUxbdFPxtKTTgFtoCPFN9wrtjVJ9mAoRVQHYv
3yeGsZtkbQd2/lmtJbE76OuuiUBTJ7ctCkdgrQSPZjDYupf5/7JMd/HWvDsKJbfow09oKLSFkdBNKkG6J43HjwB8220ePeUN
NqDyya6vgIYM6m48NDBV+cB8iM4OuM96u2OfHYcWda/THLhYzHUfuK65TUT2x5P+4c2R+RG6JaN61jkyuh7Y39H7qvfBmT1P
3TZs/AC552xbUyy3ffuOM8LkhZaNPMF8xyyFj2gzJGVLvw/fBsIuxbaNYcy0MV31YnOzi01r1/dvxq22BX80vum2B6ZyYP9Q
/LgPKQ6Xs3P3/jMLOPoe8A8IPFSiQzoxsaYevIthKtzfeTRObem0R8ZHO8qo/emj3f27XeQ//Kj0E9j/JGlLpzpF4a/+IvXZ
X5/7uf0/frACP7QxeYyXfr5n/Xn+yfvm/xrvty/3/nZx+y72v/xvnaP/dPdD5MnmzuX3b43u9Sf6ZCFSaGVDOUzn/5K7Pbo9
3FUUrKxoNVweIc+k+0+eTnO1u8puZJ/etxWZlX3r6QiCZKS5hw3m9CFCRsmcr7H0hZUP2SbZvKp1AhPmF+eLmIYO014fw/sJ
nAlkoX0bhN3yncTXdJcE57Akf+r8SkIu4LkCwK+cfKFmV31JyRcMn/YuSkz1KsQElRRZWiVvhKur5Dqj5heD6xZcQpEKDV5f
tsUvZU9Ma7IAhyhyrVi/Vi6nGqdvQDwg6bMvi9JznHVGyqPky8QqaFfYCyiEzP9SDv925/OvaqIoZVlkDgKHM4KIJZIZEyeA
Jb2akgpgwgRQNiXMohhasCCL6le5yqGHeChGz4kHZTAGeDTgKlFcjkaUs4kEWsQV0AVyQXWj7HGWxjALo3bwEiawrE1Pcyjt
VhLu8zMuZ6CEmqOyOi9S0kDmjYluml07HoOMFckJ7D7rKwDWM1wlTLJsHNp2+NSCh6qVoDrFA4rf4XzGVHsOnBzpeDD5KWC7
iq0nbgLetDfCETVErXY03sYCW6lQuQi0oqfpaRBiCdZDBaiL9VoIJOMt1bOOMAKZQGHP7wW7Hmy1wV6vi8Mg2rr7lBuBtlKN
MSpwFBPgwB7rYfq72FHSd9tg3UPkKIZH8WEtHLp+QI4PvcQwnRTycZj3sMD45NDEpQioB1Jh2ijMoAi1uArT+pHQTekSvL8C
9SfgtMNiWgj1nSM7M9SdaHKog8BPJkgv7jo/U7egXKEv52zTGutDdWIp6jJlGbJtIkn4jxDUJ4KB6CefPHrqB5HvfH6jT9dP
xf39oRV9aGz9nPkRGNV74Ononp2/BTkbrt7M84S7OYit9/D/M8xuacD7QNBy7zw2h2JvHJ0t5Fx57qN78eO9+XvCTYho0lra
b690elr9cU09tMexx1T9/b6t9Y9aN4XWdq89bG7V/+Mdh/FL/8K9CdcUvdG2wvGfLT5F4w+WNg9dr6iLCehYxIyyrZneLFE5
g50f3TL+pWcTEX8bdrXB9U8P7fA2/kwucDoebpvAhvtzctiP/pt7t6n7ln4MhBwLiOHmlt9UJkba5Y6GQ8NFVFLsxZCsikMt
bmFTfj0uKqehTgDNR49xCOAOx4G5YcTsPDDRY5aBFF8dfohgVcBrPVVd1uifQqxogky1LCqtLlf8mcVVdq5EvjS7fFZAYbyw
VIZsGb64OrfCzJ5HIqm48JxtkCvr1PeZfJmgMe/SPF4MGlPx0pFKf0pxKJln0e0vStAa4LnYTNWLRYm6fKMg0IlVS51IyDly
JoFKJy8TIJ1ZXo1fMCgK5d10UvSVLlGiqJhKe4cubKdYjCYZIhA5kRTySQh4IM7OUcYU6UR1WKXEmE3SfEtgsIAEOJfDYpoy
il4GYOMYkswVFKWnWleDiwxLzlQZkwQK2WImsIF2pSiGOI4rPI7gKCCWRjiDZhSTkyJNBzQU4JIQVkpOFvCTBCF4Edb4UgJh
aOhwtBz5ExIiUCPyksDAIMezcBIOccwawLGBuFHLj/YIsOe3M4kyCQyP2oSIKLE4FLG8kWd7oL7N6AgCzUQefSSMPCDcRmL0
qC+Gkw4AVcRPW37H49pGQgEdNQiKiurkZAqe0IwGyDBq45GNueQzY9buk06zG/TVjdiJ+reZsMuFQGTEfTWcHCZJkI0GmWlk
feBFWAcgm8IsABsTO4k93U6aHZ8KdSLUfddyB0IUuMMA2B72bFPGucHmQPWcZ6EM83PhpmMEIBbq9EAh4mfBEdZ0RAhJmSbj
DOCjjRplIjGMTye6Ezye4qWmoaD2uG80yZ3hMICjTh96QCvlZH920CfFu/GhHas0JpqWPI7I3uOfJrOdOrDj2hrzA3Vrc197
El/MkVsGfTO4PXlWjAs7PDfB5ZnB1o2DsZOZ4MahLZPoHGJqPcA9eDrQ89YptzcLIqXbaof7gTShX5mE8l0Hy47md81emzD8
27Kf3jRv7BXkhIDA7bupZj6jXoxRY3cbHkCL0pXhhPSR+e7RdvAnmmX/4O4ng3tPeGbLOfqb8JZ17+ntA35i5ZKu6O8Qw9C5
6/9fobEtsUfDPQtkGKOa8pvseHILSAl6zwXBEkfUJZeHp5YMM2mXCgrcBJ7arTrygSTHWEAy9igZJcYmaGdBT+YYDo6hkq1w
fAMCcWFRUnONqJidQckg94J4EuHYkRBUzg3UpVyttFwiC8u9+tL5UinFUPHFGjaf4vI4RTGDCTAw2Dgzo8E6afHleNYCIqrE
k5GKOyuvzCCakawyuJ9e50kAo4VjiCUGJzKIRMWn0yzAO4kLKBVRypu4HcazdXodPhxv18pFG8vkJQLstI8QIpUy4PJM3zYL
zmLIxCyOuyVgIJE8TXLYCIyAYiBgQDuIp1LL2yEwpspWGBNcoGK7uwaqCCDjR/KAyoMwYwNUAkUqRnmAQydQHIEO5rlQBguB
6cDadDNDGE87AI3geobNm0MWwgnPBUg0IjkmCS0TBYGE8JHE8hOw3NUKpBcocBABOo/qCYoQop4gXTTExl0Et+OjIBzhuEOF
u+G0/I4Yz4eeZdARFDr8mDCwVg+NVXTC3Rp77VwW8rqxo2lOP0lrhLBBPrHl1lHcwbANYPxxyRWj3bnW0NYgefr3iJQTdTAx
uvRebGMfPNP2LTmlWG7zY185PPm07QMfOsN39a5sDMBgL7AOe4GmdNjWPQ8Yb6mH8iOvm3hjw3BReYKOzK68adlA0uKm6Uyq
Fw4cOx6G4cHeaMRHvmnrrurbGTPUhw9yikYKE3R/4mQREAIeRa0oBURa91YPPOhEymct5vMjqWERHAbb0J1OqMfWOGlNQ9XO
ulPA6KFbdoo4kLitHs5jQPHjzg8t10G2B8rGsxHwtLS9tyqll1oYCQQ/37jQRD0jYxyNnhVwGB+P0Nu9fq2VB6vtNbSvlUBN
RT9y/2+oGavv7z/77BbB/eNi5z9KOnz0s14v/qsPDrbkw+6j0dP28L3cj7e3PsCf3N5+1xhu3j9IY6PxnSR4MFZt8S8m+87R
P/4L1NwQqade5j+bh7r27keHid6nP9DGcSQ3oXhE/ajTv03HH4WPHxPTaeT2u33An3z05vLSmpA7x6SL/Beyi43118dfF2sL
FaKKXrz4RfZfv7D+2vGvn3n1fL1BDk6/WDp+OX6tKl5dP8dfXjhfOJ+Uzuori9c5IV06c/JsZe3UQupieP756vf4C5dOzEvz
9PpbaNAonn3+ylJZ+rJw6ttvFhtzBNvIXVkpW5WCRC6s1Uqzn1UzzMrpFEQXUKdWjGaK+RovketUBBcvS2t8Lf3bwny9tHBa
FglkTSyyeLWhrhazVJmJ0gRU0dqeLnETHZo4vI3k/ZJD8zBcYPHYTKUpJo2nrkrH/Ei4/JTEvXyDShA/KK/PZAyTj0o5joLy
KSIlxDEDRZkUjGMcHcRMQ6C4CLNblJd2qKpUBQE89iMaAdIhGZC7VTzMwOwYpwEWsRwigoIMFsEuBHkUHrsoqpZtiwBF1smM
RzEwjWDHCpODAIWCYMA41NZomrVo3whQboJSIujhRF2EQZH3TGKK+lQ2HENsYEMwRcCbmA/iE45wxT6UozASNRnDB0IgAfxh
AjL7Gg99fu4EAULdVMqP3V1fRGH3PqkHKgQ8Bifvm1QYRSbTejLC84CrRRYpkxbWY2TyIaZnXNlhLVRhHB/bTdWSadap6W7g
3M8O2eFAeSrJN0epPWk6697fEELRfAhNbBfY3H7UFx1yHwikSaAABhPGVgvbB+WA6gvajr8nmwGL2Z3d/eFTYx+fCPAoUMEQ
UdmmJ98Z4oa3RxBuSbfIVOA+1XxWoNof6bt99dAfe/Kmrur/fMAbQlveMHbxDmAbI3AyfuDrKmIggzs+rpZNKBkkroNal6V7
U+gomerfHWQ2Pp1pdYqHvWp8svmzGYj66P/4L3f7+FN1Qcs9+ZH0I29nqFsPHh8yFVreBoOA0rL1HtXpyZvB2Pzgvc/Quzfx
4Gl9/J47Anb+Gd4H/uGTB/8c7P9D273V/vAvmT/pPfqg8+cH7x4mXrjxl/1tW38AmbcLuBfsUEz4rPmItbbnJQsHb4rNRe1W
2gmG9sHPCjuyP3NIIm2q2T/41Gv6Uy+hjQk6bdbEfUjQitysO4eRURUC8hlATNeVNzTYtwIUjLwTPEHX4RrpOPFK3WnQuLCS
njvGgbx3tZqy0lId9NCzZ65cP/mNV9fOn16/fnLt7T++tvT2S7Xf/c7i+ePXzzyfOXX5+K9dXP/G5fNvvP7S29evv3r8O403
Cze+9mv/9tUXFq9+68vHFhbWwF/3qqfmzs6lK42Vl/RTX8qhder02unS8uwcnDlLLpfg2o2rEnO+hhyjyxk2QiniSoMgC2ur
lwiAWhZM7EkrLtMHQ3IfYjzBElvTfB/D/nEzPsQ9IJMCbcz0ASRCqBB4xODOoZXnfMhy92xWBjquhNRJUJD2ddqZIPMDi6Yk
lAYdXKQ42yVCTgBgihKBOL3MU2BfiilL1tRyeYqrlGSyTQaLC1MJwwKAhU04heGIQAK2DiYIkpBwM8SKCI1zCQiCWDZxGcSH
06qwb0UdCs8CBsLRfNxEItOEcDQdQz0oBlAiBK02ntChYHIAkIJcGQlsJ2YSBOoFfoBpyaYHsxBlCxMc6NN4C4klqEAzZJZz
A1VpoinRYcC0D5JkErKAAMJgf5YeFdQYgvmEmaZTaQK54DhxPNcGHIYCAiQ5HsJjDEZhI+6yGAFPwJHugM5IjyY4kgEMjDEn
wwiNcxCqpEBxAPYIxd+lx2ljGGRi0PRqMgz6FkUUiCOsrRha3Il1YITG/qMu0o4pHYz/BUFpWPOsA97+MAmeskOzxZhlZGDy
JhVb/oHpaWqXDYGh0ZStm2rg652Dx+B4vwtoBnQkC/s6DKW2u93HAfUQ7DroU/Vp5Filo4PjWpamvHebo85DM9Zq23vNYe2D
R0rk3/z5e9t7e09MHKLvPE7/faRjS58RW7fAhurfB6LOlDyjEXPgzD2MwFj9yU5aP1pmiDr36fYgUxjqrvfjjw8/0pqbChGh
N5/w/0mdkPhPhEfbYDbY+ywejUYPK9aYCNon3++QD3/QHGV6eBYezTfuGRJzYIQhdTTrgDDdDDKZoNnhHx2BB0dPerJKya4B
Axooq0S8t8SF+2OzdP8hNakgLh9adMnjUcsw2T2XWqKBmbpkQNtD3j3AXb11V7CEEj6p4atC1Jv6kz94/eyy8NILb9RPni43
1meWbrw4/+q1Y5dfOi2eWFqdr1+urq9dnzudQ35hkV2+vCRmn7/+yo03rv7C2eezl754IjOfuVwOTPLcc/FzEtgoaS9cWSKu
pSPbWzmedvzZydkvWBTJuNKIwOi3tLcV6wX8LSwDLDSyCU/NLs4di/MlZSlksJl84KVPJ5XFVO1NIK/PnDwl1NMz6vGTWHEJ
Aa/wiIOmARbMk9JV0DWXf4FRjzs8WfNc1IOKSmWwmuBa+tjAE5VFPikzWIkgUnyjtLjMskyYOllYcxJMsvHck2weiXfAhXJu
HUU1qY31QoeWynpkhaBQUrqUmQZSDG9k9M9Pu/Ln5mMwALBCmkuAcIEEIIBhUVqhpHyac6dID5EhGgBMkgKjfYSyxvQh5fso
YITRhNAiCnaMcNoHcVJz1MgPjwMQEwxwFw5VFsMti5wW1jRUrJGPqshnGIglkQXDUBLpQOLj8dS6dTJNTenPINjQD6gi6xwh
E4jyexHDAiEDZ2NYCcjIGcNudJ+Ku0jsU81oOOQwJoNw0/k5YxuVsAngjwgExHXd3IsHIJ6AxaETjWI0duL2JI5CB2BAlQS3
WCaF7rMtF+Nzszg8nadvb8UBDBRQI0PhoK97MIGhuEDNjwzYNUCZVl07UmItSANczI9Q5qSgnphgBCbxqGDyWWM7Mns+CUdd
HJP0wAxcFg51FAWVGAEmziSHAPXIiNi5gIAMLHbwKH0srXOJw3lh1hrbj/ddxHVjwYdje8lBPXsmUPwmxI+fRCnC9NsgTdcU
YJ9PE2nup9O1Dhw+BZigBuWmo7qpo2O1lpCLI9oxEi/dX7RNxC74T3MohdAG0gs4ylXnrkILx2pi/QsW/xZUeOPSpePXxGo+
X6seW59vJIviwqJQmM2LEn0e+l72uXPQirQwVysVcifmL5dW5k/VK2voUhKWaKHYuM48v9LwpOcLM8v8pZXy4nyuXCzyC/XF
9YtrV+bTOacBQnlrcbGExmdn1/B1/rXsGfLctdduvHHl5dz5b5158VvffuH6i1++fO210yuvXP7KieU3li7c+OoXv/fStfPZ
3/52Ye3Nc1858eaV73z57ca3Xnjx+fryF4qvL31hltSJ46gDx3hmfsCuJO7pNBxMUtXI6zeKcyspaXG2Nd/mZ5wvZfjAOj13
NbuMLeeL4jnNN87QieXtPD0tjwNRb1r9w8OvdoLfnOzsaylve/8JHU4t8LBo37ou7x5tvGPd7auLc99VIiP3lhS90VUfvR71
kGZ399zhblqBDnrQxr1f/syZ7bemPBvdOWxmRIELj6547VcHI/VuwXtX06jFG6Y+ql2rz58wJluvWn0i7CXHcEBS6Va8sHer
0sEyrJ6J6kZzn5jhi7OEJsTRkpcbDsjUAHfgzPUIblWeBysCrLtAFJhAiC1xbMqyXL/oNAvJci1NVbB8oA2YEl0qAyGKYpTF
o3AqO7XZbCLhJbD6+aUF9AwFC0DeVVE/RyKYEYdMaJHhDA3DEWgX2WcwCjFZkk0QlgmYeMqrM3SY5iugjbgIS2I2yFGgVupp
4CqWb3EygtW9Ho5ifjSIBxjqmKrrOykpE8cTCIcVz/ezIGKwsuHbIQrAnBuWQBsMoIhHDbqD9ajQANSQagETnVY5IMYcr6v4
CYtFmgOhE48hJRUWx7gRBqgQbOKewlshBE23OWIjOTSGGSTtzAtZgXFxMMOjiEFpTG5ImkSYgw2H8t2CNtagfBCREt0d5ycj
ysP9FDhwYrRQo9bIoiHBUnptiT2ZlAoEFU3qQ0Hbd0wAoqoKwAhhG8DXmTzeZWaEVIDrsOll6YvzE61EzJ48Pm9BCDszTyCX
ZUinZxd1yq7tnV/dhstWVDFwATrRvxbvzxGz1KC4cC4PhJOEH3OkneIjaCmfoV6FmCLBMoL/XC7L8Idn46qfpqR6qrgmTRc7
qAqL6pnCgiCeK5KVIJNnltIFyWUp/Mtvr51/7cXnzv37M1ffLn7hmy//yltfr3312rFvXHvj+tobL/7KV07UXnjx9NnvvF1/
4cUvXf3S6sXrJ7+zuvjiyzdW3/nlVy6c/ebJP8z+/tf+9dWvfO+Vf/POid9753de/tbXf++dk+9ceO6dX/wf/uArl776679z
5ev/7ur3f/nKf/fFX7n+zu+/tfS1737ryjcuXf/dxsLXT576bvZrUKbMnySzJF+solKWOS2m06fI/5+i93p2JE3P/NJ7CyDh
cYCD403VKddd1V3VbpptxnBIDs1wOSSX5GpJyoQ2FCFdK/YPUISoC4X2QlytgssVyd2xO5yZ7mnfXd7X8QYH3iaQ3juhbxAI
BPL7gMz3fZ7fg0B+31IeKJVBLhGknJgS2aog5kupS/nKJb68wGYZaCtLlwtcnUZdUdecSRHWNCheHPkzlO/C/Yq+yqGw0nUM
P5HwGQrj0ClEzq1BXE6iRR+EtPQCKuOmANstyJZWWCplG+EakqukeVpNjZeIbIaTcjbullYLdSXtZ0KAyQFXKlFNcd1UcWXu
JaElgteyOOuOKeYdts6EzM4qgEJA0Snm1kgMw9clrFSmLy69zJQUlAZK0uLS2+hamFtbwneMRKiReGrzzRRmhQZ7tVxFuZDL
19EomzKyVAzFFC24Lru6dPWsPvD9TCDRpUz+IkYEbjbolcssTka8UgpLiHrYp6iVxSlNcumSOOLC8cbj68QCLRa4XaaVyzXq
pvVZOjtF81T65mSnrq9MzgLMXnYcYpYLc0gFhQU+j8B+exGNOXfiYmUHZ5FuD99U0BYaxSnLUGPwaR51qnPND7MkrCPNw7SP
IjbXClXb8YRBRcTg7ZS4jEgoy/sLOpYpujieDnkmcy0TQGDgVtNkBGdYzeFkAYSgHMsU0gUsRkf6fm/yZNo6a/zQaA+0oyE1
O0I/PH8xbe+6px1Mn5wftHzT2weC8WC63/zonnF3hDV2kV2FPNw70O3xx/2j9i/Gg8b0M2bQD4567ebYOuMPOgfH9EOvE7yA
nlHqf9r9WC+ofPRVc9qBu1+qZvdY1ZO7TYfusPcPFeeMGne9pjWGVMN64TjjCdmetttat3GKaPAY7v/k8M6510Ti43vjiDp/
Np1N1bjnfKG02Tbx3LB9lDaNVBHVacx56cGs5lKRHiJBz4GPxWvbHtLsDYhhc1JXb5yU3hi88UB3YP7qvnrWnywMJzgSk5M6
mlBkOcUIac9O3OgygqBkhstbShjZrD9QkXLi0zGwYNcYNZqEJIbGEwyiUhbEiR4SRwuoT7IZXiBSCIBDZhb2aIiupEAEDGEC
9HARZ2KbQKtAjfM7cz0CJRxkUC0PAEKQvVFBX07tZFfXl5b5qlTfzm5dWq0IK5UbCxe20QsVwZboDF8o0dy71bXKe9Jv5Oqg
qG2lxNSrfN6rlxwYnNQ82JZSW4YVRiCMhynmZYCnIVgiCfyK7QJQwjpR7JUQjqeMRTQ9p+/rYESIDqt4uGIDXp0xpqkMTXuO
wQOXoYyzmJ23NkCBaWFZzPGKDrkmBr+0Q+I2qgMpTxd2MD+L1V+b6XDEpbfmpAjlNzM5RqBjTuSrKdHllxOKYIo8w5LrglAQ
OSZVzmez69lb7LzJh5vpdIZMb/lYCRjy23P5kZQZOoEDOtp1ZNsdWio57HGhP/eS84gtJg0nhTLpOFyyOdBnRIeHFtEJAAre
sX4U0kZwingNlSPOfW0WHeJGD2nP3FPtXI+O6VB7jtM9E4ZO7NEonGDyYQRhvv9k2DfRUI/bA2eGAmbEQWrknnF9nG7ChjuC
FVuOHip8wzHM3vHXvYGF5MTRpmjjyAvGzqTR0ZQw7ARfPB0PJsHMQaajPX3Q0B6Sz1qWQSwPH7RaqkUoXev+qXymTxr4aXdq
4L6rPHFbADERoIbqu2fHv/jhyVmj//Bsz1LuTo9OB/eDPfl4r7lxfP/DRwPX3z9tn+ye9Hpqx3l4MngxaU++2j1+tt+7o+19
oQ76+/uf3H/8Q6391WjXaTbH/Vbjgfb8XP/s+bMm+un9Ow4kq5Lyw+c/OhUnyIdm68ko7dz5lf7iUVcZftSSiQPl9gvN/GBi
nunt3pEqPzNf+NH4i2CvcfKZff/4R5F3MNsftFrtO4M+edzePQYfGs1n0+E9cvf5nVlbPYKf2lFOB8/7LmxPA7h1cI4Fgcbr
ewM1todNU3MGp63GAeD05kVkmd7m06Dn98Nj93jmGG7ScSMZEn3AUlmGSElSYoqpQJf8ua/PBRUQ4bO82+6nsEIlIIsIjOU3
AtLjJ5AwgUSBjF2AF7tTk7XlmJZ0Swiji15tcwwBQCa2TIwUygtCS9JjQoRhfQV8FVzigIUpCwmLZJRDZhaexUpcDkfrEFP6
VqlQIFeL9GK1Ws9uEUS6JF34RuVyniCZKl7CKhi9kc7V/oT5DV4IWfIihzMXpQUnt2KkUWKZoOb1KKW9NF2q89lUXBGBQqaY
W63k0iEOpcj6ikcy21J++d0kg9Gaj1exrLDC0l4uUTNzRM+XhOJCSXSqZHUps5TLLG0JK7WV7dLmrfzSIspVCqumUPjGy1UY
r6aEiwG7Vlso1KTVNCQwcxzLYmEBgDJiIaoUItwwmTSZ4KSOclRxnsA8j6BQIIwsgAdFhhIjD2I5V4kIhJ5DF8KMHTBkAZic
mh3EJ5BZ0p858pS1LSXq+ZYOTCGvL3d8JJADxwn7umdjpjJTHTOIp4l5MhhF3iA4CcxTexSO/BGKKEpbdVHH700eRBMAdsPj
qbdrhuELfOAlHdQ+D6zJdDgcPrABvec3Qh+cIC1wOHIdYEKOG9PDFmKaFX08Uw5D/XASjfvtqTay6dNkqCZju/dcM7FgSinD
KEnmCtF8sPAAhkESTX5tzgvpY+7HOon4Irg7NVSfCvTpuK3IzZEWTzTVXDCj831yBOojMnwS6P6s9eOD+96vwfvmuDv42H+s
jg9m/4FTgbDXbd/79OMHg+70vP106N7dOzP2Bm0ImAzv/nDSUrtHHe0/ebj7vPHj20d3Gva/H6PNxt75mTH5df8jufOivXfq
fvjxHU09sNzz++cf3H30cfRf2q0OIA8Pfth/Ev3qHr/7JTs6OP7gc1z+RNW/QFLjgTO8Hz+37J9/Dj16/FmH+uf+T4Pw+eju
fNzJB20Xf1B4LuNPM+1fnT34mH1ye7+ld75y+hMvq/daqvLC6LDqE/1R5Mw+j40X08d0i2lC7hHwuPEM3AuACQiqx42iwRzL
g/BButVoDY6mJ/TZrs+n0GSMU6VMNkXbeMab5iiwWSguSNbF0FmafqlER+gFk3wpiojimpHvlcatdtc/4cXcoeHAfcVdotQo
g1N+iS2+Gt26YGYosJzKhKlabf2Ny/KFhCYvoqFTIP4QeS/Hv6uucMsX1qQq4lrpauYGy6VWy2BOeqmeL8KLLyWXbl2s0PnC
SmGLXai/89p77AVWQAp5Eb+xkKeuv8d8H5fi1cs/oH7XfpXf0FmRFJf+mGQlAgb47aKxUFqtCQlA5iwuJZYqF76PYOuZ5e2l
pWp1XSKE2ma9DqeiYvUaWUMXF0oZycQThImiDGniLGeRKKInAObgQsSCVNaLUZ3APYRDiAgVXA5lfTqKGZvCQ5aV0jgospYe
uXQQgJ6Y4ExEcoplWDwCKrFPAhHK0yZimFFAGHrgAAREskgds1GHAAHQQSAsBoA4cMZcqEA44TgIHAFEOCeFeKrDMTwmEt01
B7EnO4EVu74RIYECz5HCn505k3AAKxoEqBHgw0AQjhAgsABP4Wx1FiaWCIRBNE2GIE3ZkQdOZ7HmYz4muIDturFtj2xdoYEQ
wD0/WZ2xFaCtsnPwrFCPkdNpNBI0yAaAUTKH0myihvMQFRNYAZgmJB/rKITAmQUUiOEUGk06s8XPSlCp2iD7KZRCifSPgQgP
DNeYWjKPjFAfnIoAYoSUpTS9OrjY/0LA4AaBwaeiCiQ9I7bSX7B4OhiZTyk5Ey8AD4oVyX1uVg1fPTW7nmEixcX9PT3Ws8rq
csJ0PpNooZeQ2UPJxvDlI3gyO0Ia9NUxlOiqLxw3PisSKDYoc18v+njMHp3IScLdfvAUHMQzsXroTo8mhG10wYXDytEExf5r
MHio4/ecab9tTPakX41P/+194x9Pbx9YJ8nfeZUP5N69hwc/+2BvAv+y/ssPhXvQ6Yct8zD86PbhHaOzBzxSuqmTqHf89eZo
uNVyFPDzzm35nx4TmjmGnxw2bis/a3304OfRkwn58f7TO87j8eej5sP/884nn5zLrY8OwiFubhXAEcBILMHa0BLw2ngTivvm
TZIDWS5dxwxtmtmsvmMFRY8Ds5TJjBBDcuIKoNeCpkEsIWFmCSOB1JUr1FKxct25XqSuL0rEN2vVndI3N176jXYNvordrAYB
tfR7K5dWctfcG8Tajc21xVWpMCOXX0mVa9/DuUUCcnCRQ27g5XXJC4ASH1Qyy923F9fCHaxbQESRLYLzutyhN2MAXlm/kakN
tzOr7EIEpzI3CwRNIhCznPVJoUiQQyzkgFDACLG8nnIkjC0vpnIkzykUX5fEQAAyO1Ieh0iESVPHFMdxKF6M6IjLwkiRykJ4
iIKsjhbKpJe4FkBGWKleIgFJZukin8OihJEEKhGIus8wlSCmPBQMGYd3jACDPLdHewQDmd0AUQ0cFRDKDFAzGYGgntUAnwsR
IomsPkDy+ARCLLTozctYZAeRIuHmvBtJhnG/3p4wBEjEZGkYB2kEHWKKB6AgjwihA8ccGIRf3wetESxoR2AEcwntExkUmUFJ
igjwIAGIOarGAKsnxyRGEzARRiJK5iXMJAQaDHFEFckZmpAGrkYd0FF6ieftDUnVAQH6RTWxBgbTo8GJPYriGI9QGW4jNlrx
+lRLR6RY9TSoTeSbe9YMCk9CBkGblKMRTYfCSQskstzMR2atVBJoESYaroNBCZSaehHdcigKh8NWQgQoBulq1p+HQZjml+8D
fuZht1EBVU5Z9fI2rIf3ZwLlzSCwhWAAlg5SFuz2ZR8QBQLyMTHQqLQocFYg0HZRS04Yhj0s4h4/V4fh4Xl2C8m3Ktvl4Org
vgPjKH4RB1HdywnxDKN9ErfWCiIKYVI+TFbp237PmFAT5/Ze+yQMWXH30e1/RJ6zKuTet581gC/2kdGh8+STWKvsjr74v3ls
Hzz9ytPJSW50knXMTgMHSin07KsVXDc9puksF/537cH4/xislMCDu/d37//t4SejJ43m8z3G+tHh438Hf/DZC+jTxt/9uNne
n8h7UzCNeOBEf/BcnZ0pwrSzG7x9sCZPzprH1mC2b7nT5Ohex4tM6ayTPvrc7UbNRtfes0eNzMiZPTlo2aU6uQy5FZvddrmN
PJq/soP9oBT2qqC0mh2hq/hFk9SVInspogBzDpjbFuYQ+tom6lxGUktJIJTKcerVbBnjUrskThDXloCrmC7PvoFMTLBuX9pg
2Pdo7aUCI6DbzbcMq1R5haSlte8v4NtcmXl1i0hYMXd5iV5Fhx61SEqUsCGUjalCrS7I5Wzq5Wrg52mKvlKM03xYj8BSFqNy
WIphSlW8TqRy2QiNIiH0+HkehXgfL7qLDgw4MgBICoOVItWAvIRIIxlrQlKxBUUs5yXwCvX1f9skdy72r/gxCmCQmPC2FREY
YQ3JCDcTNyGTALSwAgmyEer5fQ4NXCbxEwQnghgKJFIgJkjWcAiTCkSEtKACi3TDBEMDAXFZmiMAjvBhMCk6AgKqmIzFHIXi
JAA7MYKAVsp3AJPhEihox+RTGkjA5wA0gSI69RgIMBQxRTfQxHDyIQg9xeCpq6M0IFbneEOQhI/jR/HwwJvGbWj62ZcJXMcD
x7/HoVOfciJdARMfDQ4lz5kWm/8cmz4Uz2G5Aei+I5bjWI2iTht6FFGxHPaQWI5C+tLXC+43IFxO0VhMIoQbes6Hgmuru8Xw
nDTS9MRNfMJLQyhFBquoAcytXITcST60gS2O4rN9Eqd3LR3JRAKTJoRd2KSbpIABH4buA4dHtEw8Zy8qAWdntJ0JDTDmNJbg
cFeJmbVrS7418OegT8NzYcwaHlVoluBamluTUkHoGxyHK8VkjWcXEFSNCJTGJLREQy6CbWOgX1fgSko8L72eekSLJ1tXL62e
jZ0uJlVWrl3nd04l/JFRr4UU+NFN+kqFfDLUWTiFCfrxggaZwpLAphTIEPeCr34O3/7wsKE+nQa1z9Sf3P/7I1EZNT96HO3/
aO90cHA2aO2PgH938vxn473+vvqr/kfHzfPxyW1Td3zfcDgP6HhE37qsjibkrfPi+PCgCMza2snQBAYJYhqF9toz+cLns3Ej
3U/O4DNRb3GryMiFfXs148e8UCXRayS/WqoSbIH+xsXABcm1TDlc4AJseBVNgRtSEUNeulLbqBe20mUwT15cp3hiY43klpkz
GbMWhgTU8fVYyywmb0eGRryydGj1otbF+Qgl/HgDxlzkasuRd4vmWzqepH/gWK81Y6aYNyeZwy6DQ5FDj9EcwWIhVqIJWabo
rDH3jur6LEyDcHI1TYaUWgNLGTrlZQm8dCEpFcRYIsJNnAILI0OM92PfBkiJue7TbqziHEgHvutqJgIhoGD4seYx+BTQaQGa
MgwWUyKbV0FRQCZWyLoJGhKuFyUIZPdg72tPmRuY5YwJMTvvvwSIrRgjJgQWztEY12M5JaQTUInoIHL3EAclCCcmCHoYJ1E8
oHySZywbgHyCdof8PCNaY0wlQ5BNITSZMFAA2yPcaQUdzEr8uGEIj/iJS3yswvuwA4T/vIenTeGwG7hti3n8a9/4gs62wPkc
s8Isk4CEJlqR9QuaehqPPDee3eklzOu8zdpAwbdA1oqiQ82JZ+M+CwsW1f5RNwjBUGdMjbvrYRlhFjwNCDJSPgm7rOtOWBgC
+sGSnuWjcct1EA/ODwD//Oxe+r5HDqMn4OjjBIJ9RA0DHzhN2waq0NM5a+uHus/tVZU5qZJQBiyEKDX2VIfMFJJtjpioSqEM
IBTQoCuPEsRDSGZ+anHIa0OK7ZmeQ6ByE5tFYxuM6W1qDu/DAtF3oBIoYQ8SiXgOM/KrCIiJZxylRHkIPggLKV7QZ8eJRkNo
CmU6xCE2TZlBwigF9tXbQUijv1jNb1zfVsY1Phf3stjCpU0ho98oI2JupT9KMZvr0lXNrnz1pAxckYo96bDR0R3RrtTjF+P7
8s+/OpXvndr9j/d2/dNHzx/+fPDTj+8dHLSUz/yzF6rSHPSns7Of/OPB8PEvXzQnd9X/1xg8hp/8CjtsNLX26RBW2+aNPXaq
TfqcdzBNH/VOp9NP2/uH6jjqu0H0XH42STr3D8BeYR/0+p3e8Qwcci1Fd0+5quZRMasH2hhAfAitBjHLOKZoiqcTRkZCJwog
1hvnARwy6NDyEhoB8cLz1Tn7WI8hSUEzVvL76BoGp2ss4EffFrZfzy2xGxfexyKsHFbeKfPLlHup9lIIvY2ucmFBvAUDVOG1
jPNdI8+jaZQto2GSjkS7CuaAYJ6hsDJZjpaZokjyIo6uZ+jlkKMklJrnh6US1aMCFBJQWjpM8ZwqwhTGoVA91guQL8B+KOTC
i0wtxBjwVXYxT5JZoQWmkArPM7Tqx3lgCaYxWGQyOkAXsAVX4MTScEziZuAnWuSrcAyGJo66jum64FyzZZRm4a8lzjJ0BJkh
AUS6PKABQ5zDZGMMwkgkT8L4yMFHqIYkAwiZn29KRUPKbkRjBfIiFUMt2OiHDpXQceIAjJ8N5prWkp0BcmKOopE6slHQ0kf0
Z2PgBLcVq99xbDd9/hCgWx3j4fDA6YHAFFJh8oQ/QOYX5ByeOIMJHLVcI5ST4DhlYLk4SZSeYcjEaYQ50Nw+Ze/OgedaXcs8
SyB+GIMTFpBjirZsW6cNlhwFgA6MeQINFJwlxFEuHW/6upVEjugZqIP353g0922L1lw7QoyKEbo40MgpYuAQdpIGmBMlzs+y
DsnA0ry7smIJr6bcGC9lDQBE5Z4pFugpgvFkgY6ISGIAGEzTJuFAIGqzVLg8S6L8SGrgKdgsmMCDUqNMyDkuy9a02xkugaPi
i9+UEE5ASRYjODj3xSJVRFUJUyumCkGsSGme9/gL4Ix1A6JxW9Iy9EeBXVzI8OVguoaepx8hx2A2HPgHVS8rMdXZWXHslbSo
xmYB/wpik9QnKvpP8n0PkPEa8UmvHR/vPizpoh50J80HZxzyye4dcP/D1vnd6S512LfBjrd34O1+3lOM0bP9fquD/8IdfR4c
3+6d3Ta9gXU76o5mCYoIkTlFGce7pPKy4xnaaU+O1402hEVWd85h3Xu1iRv0A08ONGg6xeEzzdGVququEHy2jsDLPr6G5B1m
hx2tCplKR1rPCrlbhFvcKVyQuHXMwYrXcnx1k6l69HYmYJ2geHlA+iMca/EOToVijJ29Vwfe8BU1WnrJTfCU/9YfpFOYMapz
JULYEktJsFa7QFlcfmfbesmmhAwTFIC1pN3li5mcx1XjSciiLA/COh0TS1KuxvJUMpwCCL9Gzr1pKpiBxOcE1s3SqsRSLAyK
JBO7EgzkkzwCz0I2G6xRYIAScW0epXC4nHM6WlhEJBwK5yggFtGAcm0SDHkoIAkHxwihDbKY56heDIcIEEIWOYMwCAjiCEOC
KZ3iAwMwggSdgQAMJTilahPUVShE0zQXimzCmwSka+ITZDfyJgSkoRprzA3TOKD80NL1se0NYjsIkwRhLE/z8kYachIt6WoA
MkFHgBvDSKKAAZv6Gy06YYCx/tx1ZrEy1oOU5p0j3pe+FznqRI9Jj5zqjY6FojM/Gp2bbaOHWY7bT1wvm0CmLyqKR7aiwHYn
Nq357D1fSz7B2Bc8DOqg0olhP865ZhRj6JiNfNCZxPt5GE+IHJrAvkhGC6LrRixMUlYUI6w4JmkcSlwjEwNIIFo+hRIY7FAQ
ZPuAIFKiQlkZiAkZgCDCCsjkcLKcJLBQ60OZTIQEPp8+nJOosFiLfKFs5jmOEpkFhkuraaIwke5kUzCb3kWjBO5C0M8EK6Lq
6VSGzT8+hc6iGpG7XcozLFZG2G2eF6T2IiMwdxbxTEkrw6kcTT82UrcJwt5SYgkPgN5CsI/+Ty9dBTgJGy8eKjv0AlR6Wc6B
Bn38fctNw9FaqDK3t7JXalf5ulgAgL/TM/e/XoPRKl5zu8/+7fHHD5/d1mbDmf4z559eLMzN9eOH7t8eM6N5gG5LWLAvT/zg
y69OkvCF9EHkTr74kIyBQfNTsfXomRy2m/6oEwRp8xgIrcDXsThkVG5eC4dWCGFyL212hv1QMHsNvhdFOgXOTgeZbcUIfE9r
Jemd+iuVQiW3cesKs7qG76zAb/zZ2v9crM3NPMWj8J9H0ze+vXm9fHEp/F38t/66Ul+4kpbyzA9+G7y8WgT52o5pJMMY0KR0
BLnU178/pF3CQymCQ50w2n6tBBhmuCaRCbec8SKEoNdiE3HXsmgGgdf5ACNQyHOcfC6DK9w8mdOV8lrGmvY2yhUSzy+gIDgD
JmxZylpofrVjY3m35GBYOXH5PK2SPi9yUlojGCDv07Qvx3g4I4l4flCUtR3UJpGJcNz3BCBF8EFijykBn6u5CAEzMSAYBDBR
IgHhmEa9r++ZRXEEB6bsHDVxbq76JBSHLIHGA8QFmCgIWN5LGDoAjAjwFcfwvNjRLCblwhLpBbP5CDjCEgqImhACodaXKEt3
54ZnwJM4CGMAoB1N9gPEQGIgGhGWA8QqM7MxIgCA59Mk5v43wTvLY4+Ag6kZRdP+c9RKvPHB45Fpu/7Xt+ChXc8MR1N3f36g
ArV7I3xCBoZreQ4adYk+/DSwUWAIAuxseoCqtn1HDf1f28BP5tA9TPQpimqznjeYQGfBFIaMdnM2kQktso9jy0RAQFc6QqIR
MUmoPgESKRKbg2IQxXg7GEW4qLAeAjBGSPe1GWZz7CAJXd2ZzQCwYWNzS0q4GCZ0MIi9Z74Rkxj1tAPNqCiTFQjKzFIyYmT8
YDEG7IiLmZKpfFBIfSbwB6gWO1Nh2gt6SvltVrQB4ssm8LGRS5MjXJwxQZ6fbchTDtbwGch1N6hckF5fYLOEe6Cx/zGLu/Mi
Yx8T8ieNUYu7tnZVYa4+wKZP9sH8m337CsaRX7b+4UpQnVfGqkvZv6DDRfbljFAbeHtP7Wo5oxk8lrkyHB393Gjc6f36rPOx
L/8Y+eqIOzmLX5yAv/zsqOXMBhOa8r9070nJc3UIHWOrB9zky/98u5TlwJH9fv/oUFxe1jnMp7LfgIMV5tmie/6DW9KtGZpn
0fGtJP3fOOjWprfcu74w2Tn4XirzkvXNa3oI/dFNRsiucGPPX3/l5sV6LV8ov7OYWtuKb77hfed3Lv716tLqu1t8lcR/SyDe
/daF7dq3trnv57713cLF1PtL5cryn/720vWLWylu58rV9Mtn1UphbZmg+CrrX17NCFKqll3ktlOMiWwmlyuZ/F/nVtjFCkwx
aaaGSTj+UllbzuYzc44kOHbNbNhKlmrMINORAGDFyZgk70KMgMVTio2/XpX9Cr5qh9x1BU9mxVXSxwB3eYejzRFlFCCaxTdI
lKcAlQI8MadYMJ+yYkIU2a8XZ9YhOBMgAl4I/QSed1qAYB5poSdV2MBLc0eipwRoqoAXOGU0Ynwf9VMEFsDowPdg2KVBmQgC
N9DmXmbHxNAOEmeqwTr/SI50nFWcKUyboBAiFogKAkVS/NAlHYuiSe1ELIJGGHMOaYC2B6kkpfNqjAAAQVm4ZtmO5c98xwYQ
I+YHKgjCkygCaPFobggujKDRbVQNPTQc2WE/SqcJBObOxgpOdrnHFEy2xSlt5KfCBIjEHDBjjGyD2rN8JIIZiQUwTLZKo7BH
2ZofKYiKQlEyFxdoOE+5544FMXDabrQTJxQ9Apzj0j1rzBHuLikeWmOCcyVgjkckBZkgNKJgrQWQbpgiQIN9HQotYoq7yQz0
IU8cgYBJIL7mPkpUqnJhqGu/GIBqYAHmDMO8yEaJfLHWlz71WKEc9gpBqfzEGBdXt3HaiIGbopOVTtKFZJiQk/auF9FktuJB
m7D70/zesHIrk9+Y0gnV/fudfaPCpvPRtAiUO6s9oVaKSiA2tnMKA33pVlHrk5Pgb9qjf1A7JBfZ2Y9Zvcgp1oV76GJwMri/
72p0Z+yfFJ+3u4b8PB5V7oycQuer8z2xeax653ZnpBDw35sTPfIhMINpM9seM0YUTYaaeeI0Ad/HCX8UybuIclq4PTwh0g1d
enai5ESzB4PrHfg4s8N+uDlSTbhsTBac+4CjfE/IkE3AMsZyrQBz6OV6cHx+8lvbo5fvZ1X3m8HvvDozl678hRDgyVJ3OPjT
d2688uZ3fqf46mvlzdcv1n/3vRt/eev6b//grfr3b61cXctWv/mb717+g+XK//j6e3/6u7cqS/965zvvfvu7/+Z/+P3vv/b+
H75669X3SuEfdsSctJqniwuVl5WVq0tBjdxY2M6msjWIvkxkhCizsQXhFwRoHSyQMe5ieJErwEh1aYtEsao/jnvNYCF8PkX6
Lkj6neK+68EjJVxUwI4wD/aMP51aSmz7CeUHJ0lO3x/4WdSd9RuOKJtDA8+U00FKlHU6mbhrQw0kCzAeJ3Aaxbwp5mWoEAkk
AgmRAozFJ5wMh61JDAowBiCCQTZg12Mp2AUjgkksL04RCgfCM1VlAYAkaA2GAQRlWB1LolwODioRCnNGesID83iTii0oA0bh
gR8PtSaeYDH5LA6oKFCBSY+EfStWSRkIo9nYNm0PC0gQ3HPkBLSH/UDHB7KLmMBkGFhNn3bxHuSFpO/ZLV+TURzjAlALDdw3
iQS1UTVO046kg90mpiAo26pPbHTkcTFk7UtzQ9cyENXpzok44LEolTqK4WVhYo3wXSQ5iAnusNgiIiznNVtDY16lEVLOjwL6
ZIYYcKDtt38iP8cmwQxnBm0ZAlusN32ggx7mWMoM8pSWkujdYRTHNKtPBgkSO4FuHfIBcvYC/Bpl9JNPo9v5E+bpUXtw/yhm
v6qMP20PMp/3BufhE/dz8P9S9al+3J7+rDwdW0/nsnf80y/JoaFRreeToT48Vj9tDLuXv6QPrb2BfowDJ5ebu0fySw+sz+XZ
r0/vHO0qXlM9AT9q1R40tb/le+Kht5exfqGGTyfWNB6az1rFuyPoR6EemAUumufOy6nmYStYWxmd939MlD4XetE9tXm3OVpo
k62J/vyattzre3d7z381DI7987vHbDRPt5NIp6W3ncuUxpt5eW7RkATk0oMIRmKk3a2vgMFcdo+8buIf2Uh3Fnig8CmJlQbl
JxubtVF9kzVSNXz59SRVzr79Zn5pXjWwZJOli6XSX+WuJuhYv3nVA7egGKwuvnmxgK7hS9dsYQuucMRffPuVG9/+8z+5cOE7
V2+8t3n9X77z7m9/843f/6vV7b+6+c131r7xyh/+5r9443+5svBvvvv6H/31W4sX/vsrf/Q7P/jev/r+D26+8f5fbl7b+Y4/
hHRQVcjY4lIdeg1N3hjaVj5NWrbFyfl3AYcy5QXLsrTvyKRLXwC/MVZjvM4ZGQUeVOYwZ7RxxhvlEDsQl3VkC6h8z0rZzDKF
0CjL5Mo0VPLVtwBb1bJ4E6KC4uvzFIX8ZTB9R4ZmK0PPl0HGE3dTHjQCd053hdZOjrU4verP4CBduXiB9Wp67lvUsqmXqL0Q
mdRvBEKD2a5LvykArYsy7JnNpBAG86xmoLTeTHnz2GGwSdFOXL0yW7wUebLrZyJWjtDFGAzz3nocuumdDAf1IMygAiAxo1xQ
iLxd3dWmwAD0UCiUY+DcbniRGetTeBTH7nmoQICci8eo68yNWpWn4bzCMZOwrYncohx8DH9u91DjEPb7IaR6M5fuD23HnMFz
YHZHlkVGfhxBYeMg7IWI4UTwFOgzIO+6u0DSBCfEDP6qo0fqSZR8DPsPkJGQPQXOw6eeOwiR6CF5MkoMZCLv90/MgWLq6aLe
KTw6h3zF3us1P2KeMl6UdPzjFw9ywP8X9V8cRUzQPg/AT9H0PWfsuKlRZzgUJyuNYykuOAMc0MAu+HAAGtC+/uwXHwZ/z09s
7G7z+cGXFXSy6t35+ZRo3D+94/wXZjL56aP20f3DR/Jj5lez5kNzmDn7myb80US3Pv/1dEg/ORQ/nKLDegMD+r8cqPfVMFuy
sNv/D/PJR7/Q+i9S0M/2z46P9w7tu53c3/aGH648AxtnDeL4o8Ph3WncmPT4+21nb+ydQd3p2RBoI90PrvXuPBs3DevFQ21y
sX7aDOxHn354pzXYUi/Ix6PdK9N0c1fuDU+etWaAtvtP1DaKi1vMEkRV3g0vvFW/fP0bjTIgLG1UufVRcRkS0pnZm0C2Hr9H
fKfA1rfz+SqRv6BvbAoX8pvSlWRNvPhGqroJXnxn/fqrV/+71eW/WM8uF3Ov33olW3//9f/2/T945V+u1Felwjd2rl0Xtkvr
f/bu773J3frT71bRlZW3XqldfT9/4/0br778xvrN72y9vfMnN7b/+K33Lr9/c+HWd67+0aVL39z4g9/7ztu/8ca13/ud33j9
yjs3Xr7+7W+/8vLbb1/91qupC9fW3mM37u52Uvcjn2Z71rnZ3QbU5e7hyEPUXnsyjGBOOho4bXBy3m7dCnfB0yV8pz0zBkti
emmoGIteF/rkq8/XPjj1APnpw+H+3W9+Ofnt258NhoHx8bOvdDyX1T8Unt5ZUT97+st/PfiPZ3sl+E8/3W15N1n71qR170av
mzw4efrmA7dswM/3R08/f+fjnnD4EPDIya8O9hbCTOj0XtUPd9rHyqciIg+09dK3x0/lxStLK8JsMN5J2gA8sa5xS2LMTeHi
4DRvQRAQ5Xkqap9W8yRFJ3qRFkGfkmcwg2XiFHALQ+Xipf6mn3OzUCrWWCyp5NK861tOGlLzJCpmN7dxCQ4GElcWEt8mJTQz
o0owvcoBYI6h8nWsShB5qJLB0Zxf0ifBnJUYFqEpGmrnTQ2XC2zgXGanBmkwWTwbYBArOwKMJgXUgaklDIbQuT5gMpxITl8a
Bf5rfHaEAxDLGVZq/lZED2QA1tSZdgRmtYzGqaDWndl0wgEeTE0T2GOZucHaUCZJjBAeRUW4PGYyjGJZgQWfhC5kezA58bHw
caacpEKewLTAMdIx5TIFq0ZlkuiJOGpaLtmlu4fIkzPMwFKh2O2r9vN0BmdyxsTEc93+VDtYWIcCmW8Np00JBSaSpgMQLz7F
aEULkaMBbZFGxnmwp1uRYYPdw8bwU8ua4PpW4/Pu2S+fTeWuI949dadn/xVt9qawPe4ZWzNMbp+PWr7idUMH8lKpwUzpJ6bH
OuoQ9nm48QU8Ouu1dtVWzzWojUuWntaDvaY7k6GwlsxEOW/6qjYm4dlY19cVeGSifJzjMwyPMjiKIf6kXgBjrc2lC9FiIu5A
a9dSCqGj2/Al7noBr6yt1PEUVMDzSzZPbugJeClY2FlY2imuXFiThKV338y8+Y0ctfP6K9eX1t9beflbKzvLl69fvbKW29xc
fe96oVB/e+fKeuG1WzupzOryUh4tZIncZqZcr7HVy+S2+Ho1/fJiobS9kC6K0suFzVv5C5dW1hbqi0vXtlcubZdr5Ze3FmvL
m/mdKpXPl7Zwsry++dJLK1vrK1s72aXfWn1to7D9Wubmwtpbl5d26PqV+hKTeXNzdXF1U3zlxvYfrC9cKZZXUmidSi8vXacF
dsuBI7nsWVOO2lYDN8qOMGcxWmDKZCLHAYpfgsYxwMFTlDRyYLEGRlcgQVWpTV8BIpayB5hqEhaPTSdsGbZQDUL24AEXZpiI
COREybIlEKAMFJugtJVl46zlqBAvyGLFnCNWhvNnskKIN4ntJJCur5EYHmfdq9zKPD2uXKLRNEusrm0JK2bCEri0uHONX3So
erqw5EULWIqh33gPxXBcXH89s5VdLiyvXKQEqQBTG1wGj7bWkvLKzUIVXpKXN14SylihtvFGhVwlrubp2mpUKsA1slzmhTh0
KKFY8tiQr9dZswr2y+EanJfCum+mCxzfrBkAuFIZo+ns4rv4yjK1ghJYMSyRCNujEZHKgzJFiZHAWGkIh53QCIkJF0CzZ4Bg
i0xAunzgWjD5HENgEvVheJEOfRrrQqjvKJCD235g+1oqlaMuijFIwRxAJgjpphdo3CJhwk1VEjiA266bmU9bxeVkEUqbBJfj
5/OLBEh3k0ELOEt0SNUgfRAPx/jAINu+ARblztjDg5w7g9HYaoF4bMVdpzOMZgxq62jkpBV53o1q/2RvNNSdU9DIQRrhxICG
D8B0GC572AuNxGXi2AfPWt15PZT9fTfBOcaxIhm2fK5vuUGECj+/1/1Mbu0CU0OZzdPCrgx+5CrdLikb+89fcFR3lu3+9Mm9
FjJCkN6zkbLof/mlOkf/lnVvNCke2qePG/oXyfCYZXV5ivv6573cT8Dp+P60pbS+OgRYY9J58uhc/fKsw0DuQW3lZPWzu8et
UXys3JsB+KPR/eYAnPCyQ8K0NMhwxy1jeCghyVMZpfHRC9ujvGBfVUsvhoQdkcoS1oLazWAO9Q/9wNewXqT1HBQssibPiUVA
YlUY9Vp13BzP1ZSyTuw+hvNnA0EYJRYtVgb13NAbK5GCtvuMb8HKlCb5C1L1Cn6hcn1rqSj+WSa7md24ufYtPr+9U3zv7e33
vkEl7CtoLbuR5t9b2fzWdxe+z0t4avKGgEg3aTFauZJInrEakViNqvsBQQAohaaFN9wsTTLVPCRcVk2QR1KekCSbNJtbda4D
fJgoLxMmy9sllUAVDtYvpyl7oZijLNSV+EIug61XamKmvCItLb9KkngIpHM+A768VCYwGKUrvpt5m6akem5xilFRVdjJcWX8
0uXVLXyDZdaXL14oLlUurgtraxfW16Tq8tJSsbbGpCuvX70kbW6+ldqgpMXNzdpyuXDZo5dpmCjn0yxbTGcgkhc51YF4NvH8
9BRJI0igcFBqQUh5lJSsVvLMvOU5FkxRLFIhEYLFsXEGIDAIYQjEAWAaZNF5JINRh/SjxCcSj3R4AgdYYQYRHgIgfoKBJIxR
YgzPHwMBj1EIwNz5CGzaizEiFJBFwMIIFJ4HNQyZgpgOQ3xsowpAw44YwjbI0BYkwCFux4CH4i5pYPYIir2Q9uN+YttQaM18
AQIu2W0IcSF9GGGI15sSIOzrLuD5gI+opMUhjgsnNuzZjIwOWm6/N0Bc8FCxzu2u1vApq/uqddzSLAOcWlZszUYjyO97sh9N
ox4YuMPEm6nx0HYN2ztCXzyR293xDLJ7id/t7jXukoJ3CNrm/n7sY2xsgkf7p23EnrhNq9sQp8bIaSpW0lfbCt4JhqB1eKqN
h77oTmQYWcD60PEoHpt9fdh6YReEXswALmGdqy5+PrZnkxietn0YH9t4fB5gQ/12dYFUwjjgf5MCqYVy14yACEjRfT214E/Z
AE3FDHXp6hsqwbsxxXE5lM+WfJhYqBQvBFxeF/ilzIImEAh9dV0i2bQs0CixsL0145hybp4rsCuoNhNyBZsmWQisFmuBkOJj
aQZGyOaK7rhcPgDxywsxnt7eymWLlSvC5Vf1OsfCIklyULG6cBEoxLn5xSXgnfJ7WLGGbSQrkLCFsdnsvBQy6ZdRiRQXIqn4
7epyPrxeAtfr65vFOpcqFXObry1uv8aDxIpepYuEVCpVL/4e/sdsNuHJbxdKxE28EKQZQGClCp4i16F0LaGLUrWYL2HVVJjL
5dMbpY0SICYFbrk6/8oSn7v4PbSE0h6XXaSWxQt03i/CjlB6f4Wv8CGdWnfTTK1SWhDB0k5Uy9W2azfel0rXYGk59wqQ3npl
oUqQVUpaU1IXlisruatLKVaEVTAsQ3GKoJha3imkEseNMgxegWlkbgrFsp6ZU9Im8fWqSZgIL/HZAoFgmW0Hl1IkReAQjaJx
yDAMmMWjBIlEAo4sYV6tcDJvDAIWApQOEzRMQJRI0ADRYAUKKbtggjhA48ncmGkMHXu2maSxiE2QxC+TLI4SAE2wZIigIAh+
7eoENH8CQT4ZzwkYwCLKBCceBgEKwLoxZIBBEhlAjIUwaFOdWIdiIwXNYgz0m7rnB4AbC0Ec+lyIu6ERY0GShKENobAbQSyo
KTCsAoqe4MqUGbhuz3dUx9j0HsMQF5hzGXDQmYYF3nge0SeBpySsb46jOMJ8WQNt3JMHkNYhtWPLnI1Azz7v9eIDQz3TjuWE
ir3IjkNvMhmCyiRO1PHATWLOlXuI34oH+wSy33H3jhvuwbD5kXP4ZGRo8j+oh6Ouov50NuzuI2YXG0ynw1H3vNXU5f5o1Jn0
DWTwIu5M4t5BBxnvfcTN+veBZvPccs6CiXemPDr0joaH1iezaf9c1kej/tiZwdPRmdHunur6i965B02H0+GsN352Pml39xIS
bgDtWXds9erTM2J/OvS7tnHfbApjZoZnHbDhucDItWY91Z7qtJ/33dh4kqHvyt2nTleEeIxfhpI5xaHgqmbVCCK+SMJa/5sQ
lqGpOu9XjlQDhy8os1tjDUIvRm91dUD/EnN7TMYaximUhrlv1dJ0eqWW3uSz76X/6Eq9Crov3yoJ9eX1nXdXqbeX86v1Szls
if8X0usXau8GudrNt/JLeaCay1xcXKsvX/puISNWNpjMOll9S3jrld8qp+ir/MLrxfX0rZfeWv5OClvnbpTJPxa28peurL7D
LWSv/vF76f91+nrtNbwgM9LGnxCIhE4hcjWblOYRVbJQNKuyKbqcfuOdFLWSEpeF4mKxmsfg7EpuBRDN6sYNpmQtLVaEspZO
uIwfV+gZyUsQRyKUm/ghnprBZK4IRGgSU7hQonkGZXUWFINUwcejcp5mooUCRhZFNUiAtAHBIR/GZJykgAgKSND0YouPkoDJ
eAAaglgKBCDUJiCYxzKwzqDOvLes0J/7V8BgsE5BbsiCc67zQ4ASEJGInFEMek4aRXEAoBItRjAQIN04cBIf5GF0frXIxLOI
BE7HMeimYjMAMCy0EQWmjcCPwXhGIGGkuU0jggAqYkHXV0QyFuDYCygLSVgQDWCSRMAM9fXepggYRgkUuCHH2wYM+sP0uRvj
mCorqMcDwBw8gVDnMfzQQ7SY9WGLzZokl2A8wgUuipqhohEi5iEewE54pKiE+CCOHEPQMCHCE4pwUDMmgYRyHBILkHBuliUI
BZEE9RR94PdkuwFUQbnnxRE5YiB85lifJuOukigY6vph4Ce9aUzKIZnFAMy3IFMakZYzNeG4EShy78MDazxCJ8P+8Ycu+E/x
nGSH9LOp15Ht5nEyM0yDmJz3n/GDPU8fxyezoRVnzRlrHPjuwDh4fLD7D7J+/5O9833n4a/k2/9++LjT2HWfPNv/tXbWGKiR
1lE6Jx+efjHrD0dnd0+ej7/a12Or19r/5LnbefzRl6PWYfDoY/dQbU0ayqd3Pvno7mQ4us8Oz0bT4PknsflIN8+OPj3Yf2bf
DV+cHD+dyM8/eHh03p3sPmyczLMow6/pXZ0dJgEw1XRr7XTNBoCj1yAnjhXi9HTQcEgCo0Abho8zI0ibxfZw+qg3bYTsSXdE
ltFU0fHDSHgLA2oCAOT/PNnIIwx7mc8tGJmsv6gE6UptfbFGCDljeWGtDopwVEGKS+eM6HuQUNouLYkkk2U1iyAkKA+Xa3nf
TGq0jTGbZ99cSqM3xX4VwopUBqB9cAlfROmkuLi6lDUL0EvQYpKI9KUsJcCgjlcZHaAKNNgATZY2Q4hB8ouimqbg4iJBgqzn
Y0aZZwIYqK4KORosgXSBOIggUkQwwR9ZLOlSJZQHUDexJBgiOdzHdD0EQ09YkGIv3adgkufoeUOUwMgpenmd4FkDji0yjDMe
PbYDFMTsMQxEYGIMoWAYcBAChV6IE2EERRblher8FSYMcB/nSGoetaJ4w5vZAJZSoigB5dAlMYJ0kmFEhpAzxyt2bkksRM8S
GU+imeiRocsGiZuwEjBnPUICJhB9DuE0ogP0PGhFYcKRRuLvIllX8WCqa82wkERCyh+TACRCqGxxAOAmNIMkJyEBBUnHjJXw
Ngk0cbtJF6IA4TsCix1qpT4+kdH5R3RMcM5TcxGCS+0uMxmL5wFsCdXJGTsYqrY9eqTa2Iw3G80Fz8iDAwq9Wl9kh0isW01H
vZFeSSLWLkclGonx1hl1EeIBCzeoFf+4PLLxsuuwnREQ6eZhQoNW1jpljGzOyCis0IVkBMpSVRhH4TSxZKO41DHwmpRfSHwG
uDwjsqQTQbKz8UWrcdqPzxQ1Bsj2D1NHd9hnhEwUxrrcJF+P9U17HkljcRQ1RIVKUhZtuqEXvSMINNJXiPh8+sH5l6avPxk/
7J+0Hn/RefQLZ78z1l278f9T9F6xjubnmeeXc2bOhyfnqjoVu3JVJ6m7JUuypHGSbMuWx94dYzCzHgM7GKzh2927xWIvDA92
DFgDa4Ity7IsdavVrW6VqrqqK5+ceA5z+sgv57As8IK8IfHx+7/v8zw/8h/2P+o7R3V3e9C2Dp5+oDzFmlvNXSd8OdaffPJq
Y9O9nytKfffBpr6Jj1t71Cjcf7HdiYjjj57smf19UWscHaZefrLz2ZYb7wz/q9w/3vy0scu8/KhHP93+SdNuW1utg4FqQhxh
4gdHhoMOqMFe3b+rk75mNFNAM+jOxwqpy3Bka4GpZoc9vO4He8CZ2rhjzB0wyGcjNeDKV+bKV+djKAOBXxbIQnXj3DsJ0XhX
xIuSlTyTg5Zu8O4dl8mItzKX02ZhaaqykZ/+WkV4NyVWZyByozwizidmbdo8DVyGWp52z7utgXVtfuAopcGFRSb7Hqm8RVlk
fL57Z9DLFd/E4+zq7ye5C7AovbYSKqzBbczyGcAeJyVC4MRyMqUMlGS+2BGT1HrJDgo4QK2JPsO0ZwM0K6ahrCBkMSkjJkgp
zzB4vy0qHgfgQBgHBOaWXBixewoijqE4Dt1uEMVIgEL6KEQZhXD9lDlCiS6V9LOI69H4dcKaqLhPxEPDnDgBFhh2pLSstgbb
ENRCkw5A+ICu9VDat0jbVXUJiR1LTzAeIbt0rHpq3cojuAnkRbbjMSFmIyNfRjwKihEipGAEjkC/AZhuQAYMjAJy7ACIi0vB
gTlCVMix9rexLTQYo90hJWEkTR36ZuBaNus+tUm+veWhfz+O/UFqRGFPOcTwdAs0AHaz9dkDta7/FNVePAiSTNbWiCmKfhOc
CCnZSSbiQd9HRuDw5r2IA00zU0CXTsJwvweVEsIDkBwjJau3FvBgAoAZ28vPwdFInk+Hs4zHe0uiw0MhfCoO0B4fp/Iijieo
PAdBCEcgFT5ZILKslOdSGTKPznvsGc2HeZDWKb6IiayfktMlh4EQKp54v+vwSkwVJoE9240Nhl1BhISzFBGCXUSm53iaEmN6
wy60JZ1JIxznW/Z4ZoDOdajF5PQlIs2x8z5bNrNKMp1w/OESnmdTqVnGJzjyyqK6mM7NiDk6/jDz5PL91Rlw/8T98Gh/ce4H
5I93WIC5Evp1DnKaJ4OKFpWbDwv7y7CuHiQvqPEhOODzuojbBXrGfCGDXfxnzZa99+z9o0efJKjtrU/+i3tPEg+2j5ux9Uwd
Gr6SfT90a+gPPn/54QnzZHi4Z584QISPN604+Ecyq6fQNmbwcntl3LaV8lOcZPenXrNPYsMh+iFNI/Abx1W8bdRO1S5RigBi
Qn86tZD1NQTC8YzI/fu11eXEzeJcJr10/XoO82el5OKdddjgs4ts4tyt9dnfOC8tTWfodefKmyt/VCLTc3SJSizGa+wCcgev
A4v4zAlEunEdM9IV5HIMh9y5ix2n7bRX5sSAx2qJmByRZ1pGe7cwuq1yQPpLtvnFY6wkpBy9eNjGYHAsJ7SQDQTKE7LZxCAi
uUyLJEJ+3sIlEAKXedSkGxycoXzalHAyMe0kWchGAXeWRWGhPsbcugt3Jv3j3MAw2ACwQiAErmN4Y9zyIDfqhabig4HQN3G3
xUCW5fNY0ItwEHQGAdiPQ0i2/JEPwLZJcUpTMXKBAzgqglPO0IhPLFABmX2ShIEBFbr+wcQODXUYWr7bPvYtGEBjuCsxNSAC
IIVxCV70u5gCE2DYpJAXkTt6dWwLFbMAlO+IAI6ZZqx86oyDTSRWmw750laH2I/1oAeMRoj3S3TCVsD9YGi0w3ufPbE/CAja
4mqxMfqZM4agE8Duq1N/H6dBRX1q6pYbpa/TflfjklqCaKLMiinGgc33kAh7xuyYw4SEEFVBBKAhYyRJNNcm6QjYMJNFluKy
RFjlHVJwBdPD2gbLHPFSMclG2vPCgUE4ct1EBiQdj5gyTI4n1cwhKadoNBEm7bMZxskSeDQN0aTm2iCa8RWQMzJGhcKGVFuY
8gUM8RHRsqLxyUTCgphE8NCzDHSk+6DQa8c+r+poKFWFobfvV1nhxIx9Ax3bAva8iNpXnRSFNWBMGSSHw88NFvUT8NjexR1D
NQjLtbZFjY28BPvz7pyi/Xc0Z2zdf/z58F669D/5/sdVe4p8zh+7/XG/WYOiF9mn0mzvbLzZuFfnTzv7cHDR/FURPXF9if+f
U0KH/+hXzt7zX/5i7/l9bDwcb/8X6uHIe//Vq6DfevlwfNo5gN1j+v/56eePtvf2tye5+iR6MEk5T2sy9TeSr4uj06C7Pqkj
v8sap8eeB05YshN0t1WzdbJjE7GG9vX+aHOvr+GWq8s2OJBdjDTaVtDpcAl2hXMhulgBimVqLk2TFMSF5LTEY90YXgKN9mwO
wrM8kQZ34ekcukazGDPJJ9Nnk2HIQTQR0O+BFYpNnamSkPXFfOW2UGTOr15Dw8IqW36tKIk0vnLuTgTetlYTUK5yBwozU2t5
6wqc4YIKjU6l4V4cpHyBSUqh1rPxlEBiOSDiUwmWR2dEmHU4JlMJDMsWSq9OsmABlo+zR1AK7UNRcoJkUNHSphkbogEXQkar
oaAiSeMmUs2xUgbt2qopRFTCM5wBTtOADkMxFZ3oYyJI2TZCcW3VD7QQJCLH68cB4yBYbMCeoYUYhMgkFWr7hjdAyRaE9cyQ
YJ5hpheoWtTbddxoGGNjhYxlO6qjmyA0hOMRztqqz/HAPUiPQyNqqOqPQX3sYYZD4ydWRLqURsDh6BfjMNZHz0DfNSMpst0T
/MPAHULmqcichnogYmOWVX4VPP1wd9yPMAwybMgMnjgnkNNyAdc694LgYYntkhbkW0IiGw1tXFQxqomQOErNAR1q3oWDnsdh
2AiYjCPlhyEVCigGGIyNq0A+wnFXgRxcZ2AOTU6IFf81lgQJVuYRwBLHqnA1l/fck5k49OhIZgzQIgggu5fG4JTNinB24BDc
KBtIwHKWgSQYShGkGoVQmpYxE3lmaPSCBEHgYxh5OQKtznBgg4wvD463QaATuxHV6zwTwaLrCfCO0HBqzjEf/23LZhCg1+v7
1ieKd5SwkXHwE4j7z8jp8OS+zfJIN9jc6m9+rGpjvjE8/OXezzW5ZsRPhmMv8xDdb//Vo047eMqLjcTwJ8fb3IPn1NP69w64
70Fe9DwajkeatNfZe7L/YrNdU2jtp5+7rYfssZ54uOLtIx+2jBfPvr/Zbz7AtRde8W+IJ4D1o5dd+ZP+yqcNhrTosdPdj97/
6acfvRz93fapmkg++mm63mnVOvaPgGyif7wb7P7quLUQbUeRPwRkX1aM436vg2tL++0wQkQzyxgO9P1u75G+pXoW1qFlSLZ/
5BvB5w/isLDXN+mu0QHpnjhSlK3NaFqjmqw97lsV8qDtHzHjeVwni/d6QYUM+po9TC6/hI9lj3PIe2obB/vVMVbWAFOsra85
N0eKYazNOJiLjq/9ZkYkDH2JROnSUirnqzOpmYQukFem3LMOtiLyWFYWg71aQijOKkwC0aMklRbN6ESy2Bmen0oBUbPR9BEq
D/IY5ABGDGQlioB4UGYQO4tOCiwKDRQCkoEFTJxMjCMkihRfA3I2AeEkDQ5e7MoEmIy9OOjKUTpo24YLQQY20jDU8KLYsmm4
FagDN4uCAYpYGm8oOBJPENZ1x55OsaP7vm44pgmj2B4GRCdOH560qVKXQ1lpKFgsibCsDNsQ7IYOArUDojakKM76mKCso+Dk
iddrwhbmG2yIhg13lA3J2PfjuK0LnB93xlyFEkGMJmhxhEQWOclmuh9BdDNkoZI/8qAXBwpPRmC3SUdmmdQeATBKcDbOJDTM
8qQsgbKeGqdAIUWtux4keTyLEfVweKzNqKQGPcskxqDnHVvavukiXupFUrCnNIdmiWIztPsCknRJzAVhj0km6YAgzEUR4oJw
vzZOMLiPcMPINRxwrCK2HyLIC7BNcZExDDkGJ36B1QmT5/xnYQtJT8aB+wWAC0RFfJIikXbPaOj8DoYMoaSF71rOFs1McH6P
MFLILjDW9cSPzaPOCXjYY/yjz16yPQE6Ave6TBqHd2xucwTW9YZuRqrcgpnPE62gLxO0DW0iQx3YqvVVlwndT3uHjV2uMdR9
+4UHeOjn8o/u60fABxDb7Ki7/e31h4+PDnf/Won/Eh47L/yT/mPVev7+8Y/lrfvtHQuwv/f3/v178S8U9CRr6D/t7QyO/vLv
HoD2xzqxf4zsaDXhkwePn7mBJf+/eIi56RqXDE8++cnOs0+07ztHJNJs17A968W2Gj8chKNhpyvLj+VBTwWmNLs9bkb+AFQb
7doUPMG/T6CW/ILFI7PX1p1xqLp1VTled+Cdxr47Gj/aC/nL49TsfIWdni7MfpvNLUoC+la+tMxWkgXp0hvDsxb32tpFvnjj
LEp/7XxmPmzmKr99m3jPJaXrIDO2feI0Rv10wY4tArGxHEEQEEt4ZDIAgJU3K5gPQNcoCWZKpU4gkUwOR0LojCQkaW8to3A8
Q4cyxVbESU+EdtIiimxRUUd8sUpNilKPbCuOUguJhBNis0fuRKLJCAvZkTIn0qbj4SKeYNURrSCWg+maRg3a0cCPQG943nMx
ObZPyLoaCTiZ9Gwf7SAo6DiTyh0PM3SMRU7f4tUeHIxAtQNHIQnF8GSItbFjo00dsKyeqwGeNzK1nhPqps8eeQA86qiYM3pZ
HzYdxzoZIyGDeW6XIFzZRnTcPS4/r8EmEbsPYQzp8fWXqpdH2IkkMOFkrN1tm+3wsDaRdp6kxyECIixD2pqfnU/HEBNRRphr
OTDBHfDHEQxwya0DCkuiSMYewkgs0miXSO3zEEihpbw+IWCRF0lWSZRAKS2sxGEJCRJAmvIBSnNR36czPl7NZIEoRD2Zwb0R
bSanCDwkZmgTdUM6LcATrweUSAnc2MIzVAiTjGrHiAQRSI1oAygV4wlw5MKWEduR6YsYGRzBk6ummpocK2BDNaxB2wt3Iy3U
GczhXLv9yDMsSPM+PMWGnsXzZYwE8PhokpI9RUrGmuU5TK6ndwPql4HbJevdcLOB9UjgZ+SKi4/g+EMs83/torV9sBHWG4d2
pt3U+26nNxy0+H8xEL2Oq5wLjHH7nxuP1CPECkcotst+1AA+PfyrTheJP6mXcPnoV0/+pvAv3fFnD/9OtL9XKQ8e6p81D5Xm
P/Uf/HDcVeSHbYD+l5f5Rx83Wood5xq1nqef7v/fL345qL/fEnyEvV//R/HlPwweH5+eo3+ANkc18wXhNpUnjYP/sTPc7Z2O
7JE+nuo1jjuK1ou89om70+r+3Drak7sNeXeEDY3+w8Hjl0+ft9OAVW+ZjRfPjlBZJf6b/rIWO74z7JfnOdvffF5tH31+58os
c+38hUKukizPzcx9ea1wsVq5c+UWuZCtLM5Wq/NvnJ/NJzJvzCx/ZXmBYr6YvbJ09dbX/tO7S8uXVq7PJYnLdPWgWqmcXaFz
aXwtOjOdpPIEm76ezvEFM7fiLOX56d9iZojkHLSKQYkcz+DQbc7NF0o4LmBYCWXs/aMxCf9sGzoxeT+ILHuISn0zFHVjl8PV
BDdpS4/WfQh1DWUACWGLgAYihUKtAdVBNYcIEk4QB09k0FDpav3JJH0GoEb4uC47k9riUpo5niiepuETKRjHlhe2WzXO6WIB
CjaCl6Y97I6sdmdroqWDfSXcHzodb9x8cWo5I7TWVSJSt/ra3qjXpPrqE1d7bju7wAPNb0KjnnbsvLLdp4PJTf1cfXVS9Q+Q
+zW433sQ/ZMrDwfEwXAToLXBoD22tIaSVD79VNmO4cNo2DHQ/lDB+7YKIe6+lcaJe5aS7nWfgQHjNqx6fujojoSQUYPJOyNJ
xhAP06qOckg+AigATepCFWdwFiI6hQi0hMwk3dlWwm9IGCzxMBykSh3CzzlBdiQKfo8ZohCI29MOf4giEJxIRL5GnNI5kQO6
njgaskHZhXlkBHiRA+BoCuPMSzCN0BCOKXo4oXMAjF28ikcAHoYA7zvjCHFszvdxwHEJA3aM1AwKwW2f3NrlW7ZDW8clhGLE
0hSQPg0pbuzJJBkWddDjxJUwa6v1VaqX4AyuBBBPNad5/Oxpy+cSvj77/Y83DzfHcv94PPdQ+TiYEPuJPT745aj+Pr43ZNkd
sp/51ah2IB+ELGo+NvSR9OzzR/1R+8Pt92vj9Lb3pF6go5+/+KhuQv+896TeoH+kIZ8+2hrZn36a+D62+/7sz4iPGpun8h6S
C+rtdm0cHbzcUvzNjvr8tLvWO+nJUYTXT2o7/a2H97WhRD81+d1au20Mu9HuzvA5szfcHo/lwBwlWsqLagN8CM8Dn8+1hg6a
cmLIOAjH4RdxnGokx+NeP5GlCNCpAIPO4HyiKzwnHK/sLp8b+lCpjOGhI3Wc/re+cPWdt7/7H+cv3lja+I27X/r9P3r7T994
+1v/y831b929eOna2ek/mPnGO//b8sZ3v3Fn43fuVK9/+fqv/6u/+He/ffOb7/3uV/6I/8LtP05HUGeKITKRmynKNzCWugQT
kcZmWMISxvkzVoaMA3DgoPSCtWIZBag00cMcn9Y4gJ/KTvlEt6bpR0fE8SdH/vMektp8MbUz0CaC4kJju1aJYojWmltWeyQb
ptoLTixxsHu8lyVPtZejPnc83j9xqSG3YzQ/OdXN+o76rN3wkOBInkCFZgKy2waHctC2ZM9oTCSs/Ql831IfPoV7Dib3j/CG
+XDcbAGDY6ve6xiHp9s1dL9ubplb6i/0wx1Fpbv+uKtP+nevP7bQcNgQDNlwW3AfM6CT/ToatnVQPdWPI3n/r7YPjb17244M
jo7vPQCeHTcP5JNB/5kdHB63t8OXNewnUvPoB43tgWySgbYNfnw0iEH7h5E5FiLRUH64d5z62ce4kqSg4+7nvve4BYG2pcBg
0K6FT/MndWYzb2z2lO2JH6GhfIzsaiCAQv+nIDTKEVNAzJ5JfToodCqsABMBcXc4ncBtn8rhleiZBfPGlkhzJn46EPqWV4AA
gN8WuBiaXdSSm1DTnaditLxp6EjngZBkcET+9UwmmZ1PJHHrbFQAso4AxmduQwDNFTEw9piNwszEPqeF/KIebivPj0BY6zpP
tlPq4T6pbJPofoLaMvOZvJ94WIxym+Dfyi0bWWOCZjBlP+h1g+k5EAueFbxdJHJ7Lzu1Z/e2c5Ob1K/dPylIbXAkb1c+UA8G
6AQ+l+2jB/rJs5eWUZH/1jsN6/iTJ01iHkeVXXSvQ39sqg8HDz785IfGc2d0/OyDfXv0y73t9/eV3c/u78HcR9Z87YMPPv7w
dL+5m350/Mkj5kR49EMG8uX9nQ71ycH/d+iMDzvPd9qf9ZtG42D/+T1V+2V79/3uy53dJ03KbHT90dN7T0y1O+j/w36t22g2
o5c7A7MpyMf1YNP4+3fP3fnaV3+9cmalUHp9lv21u1//kzfzOXBxjf8mVU5cfg/8knQBKmcvXlh8M/8n6ctXCt/O3VgVp4pL
dxcv/Bk4dfb6N6+9/qXv/sW//tp7f/Dd27//h1//T2/+5lf+9zv/8c9v/cF3fucvvnHjK3/8h1/9vT//P/70+nf+9M0/+w/f
+bO7//69f/Puv/nK7/3ed6/e/cq/W/720jcWEdefGWiDfgitttzFkX2pOpE5Kj8gtPLs2o2KdHZpsKqQqeGtVVtCV1YvJhfA
cwtThbdG6OGtKLDM/Xokv0yMWs0o6NorJ/6XOsYIQVRLH3iTlMrJuN25IQ9OGwXvJypGZd8dWYb/daf5zlD51dm2DPix4znP
kP3es6Ppre9j9eJUeh89nJYfjbYx4bUbjrykDu5YontSCf5J7wXr1z1eLZ65PvWFqP3iqqWp4xP9yghTGu1+TGvP52UBAlus
mzI6TTmlpqcUr6tYkJ7ZVNkhyIZEtxRoaHkOJsJGH+sItgeZMOdH2t7280fEZsPoTTGU3dpH+h+9jEYN0WsMu8qw9Qux7Ye7
x+6W3VVVU/e9/dZELNVT1m+PuqdgfIx4489O8B/9I7NnG4GHdJqLe01es1SzMhqP5M4RN9zzo/1wUKtbQ3/kDN2w2yR7TjOU
TOQAdMd2OB5JwA/rxs6BinuEsX8xPImdOIhpr6W5nbHb23HCIDDk42gkt80TE0UMRFEbZGnoHaaGDkCSoq9/drz94qiDKL7/
ZLlynHKOslVJsb3sE/v0+DhAFkMg08poYGP3USEfTIwPdRtpZvO4M3IjtQd93qptt4ZdXhi0nUO/WwO0l6IqdFLRy3/2fgzL
epOZKHIn0Xt4Ir+Q4lHDPdadZ7hq7urqkTk6oe6P+ke1F4dOROtPuoe7nzmmh5Q6tUR969ng4LBhuNboKbptGURtb5iNWt1T
zaz58Puy/9h4+lQ+MGXZ0l5+9t80+Whb+QXbe/ygo+CzvUnQ2Prnnz1o9RtdvHO4eYSP2MY9Pd1tPO8dArvb/718c+p3p6+c
Ka9mkotB+rvL+dvf4NbIm2fxucxG6p1vb3zpq6vJW2zhNnVx+d9y5NWNuxdmFhbOnr98nro0d76cKr6JnH3rtRtvVi+e+0Ju
duXPv1l+9+tXkpd/58rN6fX/dfm1P1n/1o1fv37t1sXK7de++K3LC8tX/vgbd66f/cpX36rybyxevYAvvE7cem99/vLGW3e/
nL96/reWVn7jy6+V3l69+va5K/9q+cY3z/zG3Rt3Ll24eea337zz2rsrF5Z+7fbbSzevXr8zz21UVt8SF497GrtHT0DmZNAN
DhZpfd7fNz0i2TQ7uoFnEuoIHHvGyLbm7INgUElseD6kJWbE/LCHz3pd7OmL/aWPfdYxP3moj+/fPJG/cPpLvZ8kPhh9poMF
Rn8Cn2zOy0f1R7/R+efdRon+ym6zS11I2Of01vjMsAW9bL74wsty0nHqx8eDx+909tHtExRO4D89OM0ozHgQrwK9wuAQPJD8
+fFgVnrL34/WrmUWUbfFLkrHEe5rF6YXsyHjoIQt50HF92IujqDjgwqtMYgZpFLUQDdCW8ckEqDlK2is4qUnc8aUIoUi0sPN
MelboQEO1cS4VvAcKVuRPJZs1yVwGTa0MYyMo2Ymb7L5vut7hkFkvIqPChGR7ztAQAy7hyJUF8g0QAWt06nmE2CQS8KNW0G7
DQ0hqu+agSvXYkyH3Sjohz1+QmLSsACDCloTzB62FTQuGroO0Gg8bgVspzUiUFqvgcNhf6Cg4MFEm6zwYHNsQkAIOBnTVBCZ
7kTpCVjbTtiJhm6TjgCYT5V2xh6zXT8aDGOM2xJrQyEYpfGM9QxLHG13RyNw6MJwWpvgqH7yd1XviQe0J2LwvDQ08xDAWXC0
6QVPwRgpTBHotl7ou8COXl0veA3sxUf6Fovg2Co4LrZItxsanmgkDRV1IzzVm7QVqFtdVdsbhsdjbfJB6+5+q7s96O6GI+mp
0QBa94QXDmPnNAfKebahG73eySk0dALHnqcOx2wsKrFoozBMF8jOo8A/MfSjQOupILly0fKSZCyfeBEaCfMQyMY5EAOtLEHE
Q18phpEx0Mk8l6WSvM7FKEFi+6tkYNqyIjDONCJdD1c3OJBSwRKzhryWjAob+TIl4mWFWdDJ1AquBzmIvCJOZVPLDCkRzK0F
6cychOdXKuWZxDl87Ta1craaPTOXFIXZ6u1sOrF4q5qbLr22PFdiqoszSZpL4OSqUE1kRIhMcvGlAn4rDeFscYrPEMvw8hVu
+mxRLAh0WVhOXeEJbkKHfDm7KrGzEFspFjBq5syF5cWF9YX58+ulxXemrs6Wrl6eulRJ3Dp/ZUOcWyzP+8Wr1ZXV6pq4cePi
N2YqZ5enq1NahSRnS+ukNL0Eljh3DmeBcu586FLUDMGlS0SZE9JFNCUR9K3IB2EmiaexeCk3lSpH18QpF2SWYwiUwIxmc87Q
bqbDwaQ4kj2tq+M70NAKcywWDPuBEUZzug+oUNTTojEWE4DrQg407KWqmgHpuDg+1a2Y4PjicMhm8UKoeszgYsw5IofPaZEN
UB6JogldZ0IXZmaXCMH0WCAd6dhqCEjC2UtWJMCZubeotcpsar1UoRMpng1Wsll0JJ7lZpbOMXw13zs7dTkrJvji6rsF6Rq9
kUuXy2oxmZ7jqktgGQ8CsiSkQHqSIVMIQGD3Y5oHRaGxPAboeQKNcworzqXMkBdSVQlPJbMYmyz5syxLxziJoxMXizOT5xwE
02nAoKHOSCd9gHyM23Y638UNzo6AEtUHQHLIkh2qTEUWu+wEQts3HIEPTd/XSX66lFzGQJ428gGZddMWIQGhEolRXdAo3PRQ
qoODafwMBlKVHKsKBSwGAgRnMNEg7Q7P4VKJXGQgrwAQTCyIUAROryKGRxDUtB0zEUJ4ZArN0SwIFwWhBJA8RcbzATkFMk60
f0CwBOMw2LQQZ7Bcisv4mB8mrjD+GEwTkjoKkABEyGxuPvbgOMEv4CCO59pgUaNBOw2u3XvSaKPeEe1ynpeiU6pG/ypnKdA0
Sp0cNfjyKTA7uFdvjatIloR6KW9d2trHQkUfkjUIXTBi8sMDZQ/q7CXOGK4WEOanLvwB0qy9ME+11v1DEXS76JP3n7afK41Y
gp4Loi99/LRRU5xno/teIOyMDh7vuzLR1wUp5uQEdfjSqz/Ja+7Po5EL1XewoKg7j5838E/a3hiMG3MzNf5pTT49Np7Jp12b
ONBaB70IyvJuhqczYSbhAoZ9PBVpdTxBQ92G0aAxdGfPIWqhTzPzcqHQZlumIQeHTcbo04YJIWCBry4i1cqZuQLLfDvBpzNT
V8rvQYWNZPXGuaXLd+OIvqWXuXmWuLS48PadxJcnrcQMz9NxYgblzfJZaZaNlvli9lK+UCSvS/QMX5iduhLPl6Yra9fZhVJs
4SW2OBlg+uZ0rvQN5jorIUl7PgGklvBUOLUwSmP+WTqBF7JlxpQArkpm08w6RWcXZi+UytNvRS5AEjNphwluV6voIgQwWden
L/OMUCI4LQGZEiuckeap6bWparxAVG7Ozi1m11ZmphJnzp9ZvLQ4PScm+dIaIBXeOL+amlu4nCoR7Gp5tjzPl5dMPMdyEVZA
kLBcFKlX2wy/2lWaYSGeDWMBlFCDEROZGI5wIZwrJNNgUuEEh+GwUCCZSIghPYVgAUAliJQFRRBGUI4dQpxDgvHEk8AQCRIU
Kwi+DjAxS9EOHBs4B8WEi2dYDERAyCRoPMAwTEwZGIliEl62dS0RkQgCYrgN6DbGi2gCdSeCr+Yg2wB9PkIlxhbIyZvQyYUB
SKB5rAuRNhGDBklQnYEu+dGq3QphA+u3SYYBCD/w0bgF+aEZDjATwBgA16gICiBIjNCeE4FAWPWA7jj0AxXth4JjzDunAWgp
AxkFwonrqwioxU5IYdAQtpEIUkOHnuibj0c2qXgkiYZnQyoEyNiHvHpFJNxVfOx6sJ9ms6+OFAV9GvXpVxPTMRSXMSLwSR/3
aNrHgMA+lWwKJvIkFOeFC6Ka3U6ROHtFdHRNWLwTl2Z4RCJUmCkaebKElpbADjeb9qC06KYTCKQKCVNheCfzHR7jlqZVMEh1
SQnzFH4m7tJ8FcQTyaXr602EYyGSZ1h+RsS8RKGcuzRFLZZtyclItJ1HmOTt2TKbnW2ytBMtrK3rmJgvUD6TqEBotDJ3ZpBP
EWlyrirxQoWDigFAcLNzBI0yHICRq4tJsnr2XDW1OnWl8toN81ylyOVZJo0kitJlokyms2k7KW7MfFOoLKFVssoz8wKTzGAs
McVfwzlSXIlK6dvp2Yp/Zo6szm+URYkoZZPpldfKq+/kcWJ+xFVzTJEvzV5dh77EZyki805+1r8EJ0wxpBPseoHjUhel3Dol
rSdXz63mkdlZaWpaTJ6duz2fnsGK5HSJY9YyGf7y1xK3mKSdmbtMvI5cSc8CuSyA5N+gggKgGMiS4zOFfOXVthDTnoRIldxr
X0WQ5SibEs7B/HqOTAszHDLxSSlfZeaJGS5DSAMzjHjek9AxnRPUPAjJk2ICgymUJXE6ZCg5gQ+hBZAcRwSEAwSYkSDapWcA
geeLBMzjWAAHURRJIY+AbADmAdL2eDxkKU+kcB6WbBxVfNYQXp0WKIB4jeihLi0kVERwIw5GMZ2io8PAQAIRM6QIo8MSyQEk
MukXigySjIhDNvzqH1zUwQEgoF0QhUIUZ31g/Gpim04BCEG0XIUITMynfDDQ+A5jApDNYwhMEG4LdiZmGJBi7Gso5pEaOICR
EDAjWY4oJHg1dxsCCNLHohpC0QGpRPghYkBxkAbHNJNHLZieXCEIJrGohaKQqkVDkLaBRjwJmkRkgDFPBaEYuhzQihEkoHmY
7ISOH6F2MIJEmrEgCkd5RKMYbASSTqcb+682TVJpUsUYFeOVMHaNFOCT5jD02hbgEV1fD2w4fhjraEjp2uQagxi03ciz8dAf
KkEHpSErQt0QNU2CHekcEsSsy6k6ZgFgwvYn3udOwuY2ak8GBHK4KAYBgPE0QJ/IB6XBGiYgAeujWBybnhW3yklfQEIGXAC9
JQHc0AOMezVPIw0WsQyzcDtJiTxfIpGJTrkVtJxKvs2mMiQ6nYxhApTCTLTE0+tMleN4WrgEwtcWycwlPsmUf40UmRlqZZ3M
hyyzkRJx75ZdltLF3NsxdKGiL0y7maQgTs9Q1ez015ZfL2W/Upi6RGd/+91v3XpvukB+553c7PzZxY1vLix8tVT+tZkbBewC
+Fvl186V3qDYq19+a3FlWjp/OXPx/JkvrC9/OTu3XJiI5RtQ9nJu/tofMPPRNYE+c25jfK66unE7Cb4Ofms2+QX7tQUude4M
X17d+M569TvoxuLrqZttKVN+k8VKKEugOAXn4gtMTsFGDGYusbno9upyXCTtyWBlKJoMQLREFENOyaXOS3m5yGTQpIbjYtmy
i8HIjnNkjwFKTjDwfdDTIYYxETRQYZwhWEwIsaaL8r6QU4AgkU2QvsjJlMSdBBEED13IxPoxGdgIgrm+5Rlu99U+lUZgdW0r
8gyMDiKirfuW43rKKAjbQBhqUTcmGQvBPT2QQWWkypCjKLbBwASK2U0zMDUaYbDYBV/5hB/gYGtSXv6EQfzAiHwytlukiUBu
OGlEVAkQXrJtVIHUGEIxAmoS4Ks5hooV4JgA0DDge3xAEBOGg7kYc0WGcHSAwkIYC0EZ8Vwv4qKu44bY0Rj3GR3vA7iA6J7p
eSKGRC6OOO3EgKlNPAwSNMdNSCHJIDyM+yBDdJSR0aGykQabbXrgZBg8jPeRBGGCYzjnQRCEongYDlKNjPaQPcF5W3WhogIl
ARCiAprDtrqOYyYFHQoQj4HtvIVDcA8EYION0WyAAAgTpyDAYgZ8r067QARMWqVkIJwOIgSOgfHejgFFNt5HUDAklHiSBBzk
KAoxC4bBcJKwEMTESSpWt3CjTiMhEQG4iwIeM0YsVLZDptkN3f0uPkQCo2Nv2q/yKv4oit2Rqw5iMPBZnO77ypg+jIiX6AMg
MmIUx6xXa7497ViWvTAF2/0zrkUgziOl8UrJHH8aNBzCQ2qMAAAZRtB074CZaMmWHaAdQJZAm4igmKHGniugDATCVJECzkWG
5QhIkRNQ7DZNkkFMh0OJQqTZPDJhq4rGahADMwaWcXUYpQqegPNzqFQMVRzPCChUQnF4/dvgxoSeSgs0nwVYIpwC0FR5Y216
hkDzQaUC5iwGQVaQ4uIJNR1AVHrtD/k1m2TpbGBL5wRmQic31iYWsJ7i3eQl4+45dv7fJrx1ZHYJXdfyeF4S5skZeON3c7Mb
YCb+Y5SjYdAtUziL2o+cyLaQ0MH83dMhLNR35VSjlKAVzjqhcERx4GdQv1b0sdAIoBTNsCFh4mLwEnbhmFE886geSp3Qihko
2hx2UTjeBQGfD5Um7I0sShpb3OloOJpU6ogyUcR0mDaxPUlzPVtpaIMeFnhbhuqEg8G4NW7bY11Ht4cKqG/a7bELGi5gDmX0
yehIH3YdeRC4OheSzrZiOeeVttl2MBs2u7DlRz3bN3XjxNf0UNaDNgTozgQdJ7ks9l5NsgE1D/S1yZjxmEWPHMgc0ZQ61lRX
RX3fdazRUQxortFhIX/kYpCGWNSr7SRDOKTicXrHfvVTBeh7EQHH3SjoueppmyT638PaR0FX8cZyt0kNvEQRELj9UWBGAdBh
6hGVSsMMBQTwR7TznHiMoQrCewOTqDUmonVE8NFfc0d7m5tGrWV90ow6YIZRMvQ/PtLqCs9QWJ8FScbRBDg8/UcO+6n4K4iW
Y946pf2OLo6aHQyF/ho83a79Z0tWrY/3gTpTMjuh8L1ng6OeUShM2oPuAgd+vgRqP0C6P8nVcNDbyesq1+gfJXfbyhBAfwCY
dfvHiBsiZqtBUUzYwZUjVzViDSV5BCYbta6DkHAwBq3BRActpAt6Cb03rLs91645zibd1fXHSTwEvO2tvhMjMr07glgMVibk
b+mO/bkfRdAY6GDESFN0OH5iYNC45fbtnaDZN/tUZEie7hiGPTFYx5aBIWNhEzAOHPcQmNwkIUw/hM268sybJdW9oaoeRSgq
sj0LcgPIZFkqA5lWPjEs+lswencS77C8dXNCzyC07OTjPIvCyRMmzibhNM6JFhV7zPIMLmQBoIpxdGF57cL5EhPNkODbJJQv
fvH1S1NY5t0knChF3EJeXHsnCVwSuAL2dn4lySXXUvmlZO691dS1LJDcEMkb53SmThUmeUfTbSFYLdsXQB0Frkw3iT7bff0S
WPoi1/6K3Ut73wrnhmOCu41F2Ztfj8SLk9fXip7HvaDaKKp5qMI2KEbHYMoKej1gmtFNVFtOBg4N2XHe8bzwaU4DI7Wo0oQ3
DQUYPQn9yfEsdjA8DroD5cQMBgh12mc9NPJfyFgWsCey3t0emva4y08cp9lA+tio541Ur6+RcTvjGDIILjK0q+tHuvwZLctG
PG4AW2FLlWsqbJR1cHAwUpRYOTztm1FtrGjDE9XRLX2/6UY7gPPIVLUXeWlEOr4Op6dINOZbMtXqujgLCDl6mZxy3RgxKcJg
yMANkwgaW54SsZiMovlNghychkuWSB9u9oYYjNeJihnhljY4Umccy3B6qXSy4ZvuocEUvXOO6vcD3UJerd91+R7VAXDoaBSV
wCgjHzL7uM1xSNUwrfbB52qyjO5qr05jnj5Fq/LIw1YCxuufTmIERPAfkAIQ7cx7BJ/rZ/xM7CVyL8Vj9FBZMNdwq9c2j8mE
RLrPwJDulOXiBYxgofWxaVmjDKjGZrqWWGAZdmoqQ2ZaBY1DrRDbu9HoHqtlItsHjA+DynDJ7umPHRtulHVkls3p2AB61jhV
u+V+yR0g9kw4xCShOho1CqdeRvUJeM2O5acsrwfiYC/k47MBoHqE3oaiVJ7gOIJS4/2TgZ7FwuQ4JmgeeCllS+mt53xWbjT3
m6pEB8bohYkOhvUXvVP5VDoMPkl2ax1DGfefgac98N5gcGzueCYYBgM9Hhif/kL2ar2j6JBtAA0vxkFbC2QKVuzw2NRG+646
biZRC9EIRSdCwuPtnjdw65TiYx7RGQJKbd+zY8qPXZQ0AYFIpHUBTuDuTGBx5AVkFEHmdFbEc6w2ky5VM6G/gOZCOMBGupAj
5+tgAHhAZzEWYYLJxGSi/PvXNmbzG7PVFWb9zt3SujWTXzj3zrkEWkXeKq+98fWMeLM4X5kvCevenZvL/4EHUjNcKVqcZtbE
qeKVEjh1db2iMYlyFPLERlaaLmdzqelCsuSA+tyySN+U5AotUNjyVMp0ePQWUoKKX+CZL58KF0s47mAm5JO4qaQyE94n7V6x
LEyFJX0+b6MExK6VA3RCCJwERJlmjMGwnLJwoMVy7VClQUNBAzoOP/Rro2Y/wk8Br9GmqDFi437gJ9Q20DJkIBiHA36AasO2
z7Avjo4GMmjKrU/7hja0GkoEcP12YxsYHwF65wS1ZUa166Jr8UE5bUHjR1azqbumEQ27vRcwzA7lbZ3V9O7Lk56Nt/b19FZ6
Wh/07Dl7K/L6mGUpk2yqr4uRzhWKwihuEMAhDC3aJGk1S66J5AU0wdO0D1L9VFE78ef010RX0R0MPGmOOb8D9KuPcYWK4U0G
poJu69WJLxB5DRbEvo8daAAjabTT4rJ9/oyYA5lRprgEgBVW9eqzGJyPR0V6GhV9ml7SUxRvY2YeW5B4opLEK46RYNgAWnYF
MsQvzYpFLpWYi8j5NArt5HRGX4itLLqVtBalMo3I5DMZokFEm+JYCNKSRTc9oFjy1SMXKA4pzJdZNOXPDfBMhNsPeJVyfx3i
Mqblqcqrn6pbrOLj/CS3TS+S+LAN+CE4gbUkKbqh7Tq2JyxRgJnpJNwOcmoFQzZIuF9AhIKZfqLna+6UQQ5nBChPrrHCeUho
F9rMysAdgHh6jYQcgPJPJlVLOhSZjz31uKO5YgiOBAts9zwgJ7tqYZDmc7DuOgVbSKMgnhGdwO8lciYW+yWHcHF7wecppw5Q
XKutW+6aFROmD2rd8TAlYkBfxAPEAHA1yGyTMDQMUJqhR1pmqIQEFxvQGEImY8akmnhAoKxIwucDU3SWeIpzmVcH3PTJkAIn
aE+GAet4qsNCUWUSVgEzdFOoO207JB3jvWQKUb0JKBQSxauzDMleOIeeP5s8n6vEuVSCK+ZXk5Q8LmyINDobFzOlspTF3dT5
1eJXKxzLliX9zTVeoMp8Ymjnp+U0MLs6swEshO9Vk2ciEr17biqHpRbYFL3GHuOzG390DSRuZQrZtezCb1JxNXnej3gcTzbP
RUmphP9KR0WsKiWnsVOE4rg0JuF4KUwt89PcWZI0XKyQuzxRKZUUhm4RTSRReio7hMtJF4/LeJjwn/UtiUp0RWbSbRCO6wiC
26KdBykctDT9qBmFdNW1wSYgDQa+xcii7sifH5HWeORBcrbafRq0JnSOGLCOIqFYawZFyYlCEoNKrubWP9ByDJm3u2r9BBQ1
5wXJUmRd63yWkI5OVcZaO4P7Dhz7QOQvqkLA334ZSpXMTIfIJEkcj2nMSRWv8DnHCpKPsaK52Erk07mFz6yZyrpt6HmhQHqM
kUGheDAU5H6UXdPQCJDWZiBJhDXUoIxrkTcXcviIeZbWaBqFQzyTehMiLwkLwixGogCs4RQAy5fSjDhwkwiMJpdRgLvO4wzE
5dmVds7uUU4eMFNcHiQCL2EjPjotcCmAfbU2FoK5ABd5BvoyNy2FWQSDiXhhAkzvTWSUw6eyK1oO9qOAh4FkZpkkeUYSYMJI
MhhSyFUghsokIF2MNCpcixhDQ3WLUCLGQrGrMwRPTdg6o+Vdu45R8CtYYA2UP2EcsCGnqBRWRLM425LJSW8DaSibJ6848ShD
sjkYIcEsI0poSs/TSclFUOksrqWm/HQWEga8iLarjkBnJTBJi0az7GSPJcsjYAAxmgloOgtjkpp+HCBSPHuPE13RhIrppdP9
KSamhEA6fLVEf2EPnuax5LKRiihg072n2hp71Gw1j9L6NoF9ip0oVuPIDQfPJKaDG0No4Iy2IVk5/XxCQS35hAJOe4wx0OER
/qCIScXTCFdD3TsbyHMUn/T8YITM6HyUoMBrDjYdx7wkuUZxD6g7Rl488ZDKZenktSGs0D5mHdPZNzQEySVwaj0TTjGJ6Lgr
5GDOucDBfe8yZzng/go2z4BJ4bQrXclUdTQuTpU2Z59IQiZa6g8cBNLWNIJxAYWLobNqRoFCbAGOMM3UKiu8YIJeBWpkctM8
69uYJIWO4KyHEUcBf8LSaHQ4srvHjC/wLdTAukDZ2lB05TiNo6hHM1M43zNbJgdZY76axgYaFU9FkWZWKZAFBmdyk6/WG7X7
k0xmHinYvgk0mK1c93RwAMXQsO/7Wx+1dnb27Xp0aMWAt2uF/Z47GKtm/6TbA2qDbjTcTRVONsFWp50ioK4y2gvbzSEe6hHo
jmoN9ie/ZBTbsVSjy4408AmodKWHEeAZ0qEd086J0fXDy/NdhJ5AWQU38VNi6Kb6EY+mcirHhtqU+oup8d0MIgXGmS6PYZEM
rSB00mOLs9JlMYVUx+LsoiTPMHiCWvOGfIAnBTyHCF6vFEEYiS2wBm5d8DE4tpmQD5fkEHMWwrzDXlqor+sF4gwL5MNIXQ7h
ee6Srwgmtmwnp090HXPmCFwSSxMG2hXrSbMQHLdS4/L+uaJxZhcPk+KcPIXjVobCUQfC1mmwLBZdmrVnKuF8FumHyWCD9rO5
YkAEutDjo7mEDVGyi52VKmgQCclqLhLRYpQVYHmkwQt8C8bliBLQXPLxxaTBJhKDOS7kCGCc95h9E0fyU90WaYb0JcpHrJOJ
ARHoJEnqw4ACWgBTDnGsHYx4XjHyPpaT+WSSIzyRN8QWyuWmRT+fmEQDYZkuZHdnN8FGQl2FJF7yMGuSjYNYWX4hAU7rQI1f
PpwXX54N2mx7Smv4kWfcM2y06sjs2H35dHXPIg6D6ENjCPirbnuaiUmbp9pp0KI/AGP3ybMtXDsq080c/Jgaztw/GMCgUgPr
om6jr5YI93L/cKIeWbtb4x7N6ERdCL3gJBTbekSkWQojkS7AAIk5rMSBFh7yY3JM5i4hokKTuARixYjhhmvW3IKRJ3oUAy7x
JRfF0yRBNMG5u9KZ84t3+Ot3Kmf+sLwqQRXm5trGpeyVlXXhzq30mpG+u/FVePby6lv0N15fOwd18u/cvGp+0civv46nwXNn
1ofTkj3DViFBSilYOnwre+YMDlB3s2opn0qtCAvldxJXr7KZr6klk1xiFs/7MzP8erKQu8b0ZzJCjt+RjAjh7MiLsPtEligX
iQqR4WYgK3JJKH0ll78h5ekYnOrg6da8W5zocWLvDpsEOrSLS7EUdHA5BJstVFbgLccxQ8Ek+rQI+u1Rp1aGsrCYzWcVmyx0
2YBEMqih146mLg5pbwIDKAdokwyKDJGdTqwprQHyzHCAXcWK9V2gD/7lP3hqcsAf2WKr6Rz247a3/1Kl9ozBPXDAqUHH63hr
kZL3CwtxsRUFvXYyp06V1AicnjhnSiK6/0MYXyHyKRzzW/M9F3IZQY2idsUqLeV5AHq1FVpOS1xky7PiVTvNkPw5QLiRZzy9
SDEJbi5kuWyCH4dJ2hkgCzIBZM4E006YKNtSLoDwrO8wZVDJVHyDZK8hVgGny32qguBp0zyiFJJMZ/M5xmpTAeoEPLIJwYmq
WnEZEj4JPYgTA72H86gDCihYAe9K3P9P0XsGSZal53nXe5t50/uqzPKmu7ra2zHb43ZngZm1WCwACSBAUlKEGKHQXwWD4g9R
ogEVIQUkEqBgiF0Au1g/u+NdT/uu6q7q8ja9z5t5vVfO/4ybec753u993oh78mMD6pwR4oAMH8CDrCfS0wg+RfpmgkxRoA/h
V0OlVC1GoqCUNYdjpEU4FS3iGtyAxzg9bweiJ/d0WABYH2gNQA3UURyG8TTEZ8ar9rbFkMsYbD9M6/zLg7A9PtFYRwkxJm4h
pKcmjlwAGLpkYr2h42Z+ryYPnAb8dJ1iaH8VVQjkc01v+5WUJ1aQUMGim35fJzGXmRclFoj49V/c2YiPPphK66HqPegof/ox
0R1sv7/9q2lB6IY2NLNsbehH61X4GdpECny1AvX8bi3sPD/jo7GmG67/xfbDmeqTRCzPhe5qu6GTB/QIPBbwvYwxGAVVX644
vwb6T7uHqqmJIV0v+zpQ3xec/lsCINDQhHLENmOBEh27+6SMtXmlXtCB0UUykiZQKN708X7TQ/y9psKxbkJCl1O0GKVgIqTM
TcU6s9wEC0S5ySSvZeaVYiQTd0IBgtFLJBsiziSjJAyucvJqP8YQS1pRSmUmXr0MJWPkWQRiErqbDd1glpP0HOO+ySywER92
mNnJCZ8U5ZLg4DCUSo5ThDDVfdlz82Oa1bwzLANj2dhKMA3MhXrJp22YsH9dw3tU/IgLvJYekJ2+HhlqNaPazIk9u1NrGbGN
OqEo79jro4bBgY48hPYwoqO3B9YgcoBixmdbdu2YTRxsakeOQw/Xh24LOO2jbZFvdZ5px91+E5pwWh/ZH4w26vv++KhHZZMb
dNbVRm0WD8U6eKtLlDtZvXqIpPZ05PikPJbHvYYjiGZChquqpsnLvLZP3AWdFtlFuNNoMEDRhi02K7iBhVuJk653f8f2KyBC
9rcS7UbFIuJ7zQk5NwrFaLN3SDWWSMkwfq7ZxzElJcYifjNBDsMYHB0bXBzJecBMUqbVpTAjQQ6ThCmBD+iUS4WGZCQj4jDH
LkbOT2IQ5BLxdiiUp5JOBBIlgyUVqZyFA8qHWILZ96tkWpDkDMmhcYIKQZjqhonYOGdXAYKPYpDtoxS430PbiADpFuahKaCO
bbMQy6Aggjbu0c+RsAC2YBJHoUigAraN8CRNOmCdHAWoI/SgcKA3GqwrAG3NJdik5P588JjFxgwagMRPNs/cI3rBXncHj485
V93xulHZCuQQTH8KboKnFU9VMI9WDlpJ1G/4Toyewvr/VS3jD784NonR/i9PrV0T7G+7H9W16nH9T4/7nYJsRjWLqK5V7lmH
m85fmfcdYvrn2hn44Al+zJu5evc5O3C7z360M9tYFw1pAB3Xj8XOg9Oes/8u/Wdss1sGFbz3LPjJ472tVn+r+TCggdOAUNv7
1dbQAPUuGR10yOb9o/MjbwlfCOW9ms1KnQYVtisTXxRGykgFKLmdeigokFAzO5YYQStDqsX2DNxWtPCQljeRRhmFGetcidlG
C5PM7SGBHZMclEJSNkqE8GVfoqvBQbFfTQ9CkaTWxwIOpY9oktpZWJ7nrq5ezc0vZLLXX5y4ff7t73777G8tLs3Hp89MLWWX
zk9cW70wGX7rajJx43w0fH3p9XOvrV6euH7h5twcspI6lw2a5uxykKD9Etu9NJWQlxKO3UxMxUb1TKs4pcfFWBM6YZPQrebX
uydL/MVIDs5DhEE6WCqVN5GswjUFV7fGGS6uTS3QiRcg1iam8iAKpwYXvwEKk+QorOAO/vo4uCAR+hYIY+nVuJGWRWOKM/Wk
N2GeaVHVqjM1S69SUwl0LO78RSIGRtjcdJpIU9HcJWjBEfVhGZY+DY0BHQvP2MbVANlnUbNSBGF4ug50AS8j+SU3c9Eteomz
F1IJisfFczEMZPPL10IzFBVle2ziqDgTn4vll2OJG2LoIDvnICJiwHif7WMwZStTzkhSzGhmhctiJyDFUn7C7TOliYQNBuqI
FCSEkcL4TBoaK5ESa6NFREJZVOOr4ySUtWlpyXj2ahs+f/bqcyFnJN0s2HnBPEbOHi26pnNECSlu2qKpIdtdwxfqV+JdlY8V
5QmHISt5xOQstRQc/vL1TfT2y5kym3opIRf3N5fUDDhpXmYA6+icl8gfgn2kH+zZ+IR9aUbymje/X3ftneZTXsdt8WOE/+Bo
7f52psB8uhRrs/iFwx/GBxCwki2cQPQjgaLtLf6EH2FKQ889fZv+zMDoC1rX/8tnf1n52Ud3AcKMfHz67t/87InefHoH/XjU
zvzw3+uO0fafbt/ZNN7dxtWP/+XRf2huto6fN9mdhaf/CD4/rAJY8OPjL05/9FctK9RqPd0x3tFl9eGT/xcEavXhj/72PZDp
7H6+ezjcvSff7Zz8Yutfq87zx1+8W7b8L+6Za8pxEbBk1+QbjyqnQ+i42kgdI0ZjS3ty36+P/AHxw3BMt4O1odgynz9xq2v2
HREFdGq/B3WedahO73lYsLRFLCSPgwaEmLDRjxIerB9x/dTATkSK3XRRBFv6YciH2yG04OIxmgu1Y5MogCjKguNvf32x9NrN
ldn8DBv9o2Tif7r47a++LIal0Cuhby1EReYce3k1O5lcvH4rl7P/mH+xmLxB5RbY5GvEudLClZWFixMXbn/v1pUXp9O3vrv0
O39w8/vnXvz9KwuvlopfufT94sS3zr15659/74+WLi3G/uQ7My+/NPdb87feevubr8W++8dvvpg48/1zb9386gIfEHPd8Z4F
QbEP5bvB+SJCUbwwojviufnzaWml5KyaxFT3TMEVweWllcQ5eDUsLd100fqKS7lFwWEjIBi4gNDrU5dE642Ej4TFEAD6yflo
dkJcyoG/rWOS8f0zOsUs3n5FmhaKt/Olm4w6eItCieUifiGZjvI8DOdB6PdKE69Pw5J0LUxi9MqLiy9F0i/PF97w8zHn9iwh
kquv/c7S+czLsy987dWCmX8jaoRAsbsymJRgSMIUG3qd8lwRz52hLVUjE3Gj7bGF2fx1BSuCZD6at6fP3SpZiZULydfVEhYj
El6akPqm2oj4kIx2h6q1jXRSxExx60A+iQVJVMaPhrmZagKMEafZjxediELyumk22+eqlwZbR7wZXoeffXr6DyDtK84TdfT4
R3ufnXDnZv+cyrYjg8SzH+U/fjzIvMtoWnct+1eSk//iWD1uPr1bjrzPtD94tqe/9D52p/XoV5rT0pCfDKwf/NnPPnrHXwr9
eZt77rSlj/7X3EcP9yae7+8c1z6GNsjj7dPT8p3aj7Z38B3ivd1nd/3I/ZN6/YfHx/X1vvJA6f+HJ7/57N1njL75iff3jQcH
7/4F/e7j/cmDyv1P9Uf1/wLoB5t/W20cvFf/nH2QuHfn096jXrus/unDDx9//J/Wnle103vq3330m73uIfzOzk/XH1f+8/9R
bm10j+hPKmvdw7//aW/7z8v/+uQ3u/2dsvMU/cmPDxqNf9iQ6B9UfvHpk/fbzZjztGf+xb2dYfm4+XG9sX1sPavsB2bzafWv
lX3/QfNT5cm/Gf5Lu15xjst+tfVFEzlxfqaV5rbwE9Os0NokClvdkzIMYlq7cYRYIVHPdCJhwN7fIAb0Ft72wntwgxCMQJ0G
reGYX/uxQyg9S82Sy4iYSk9z8RLRLxTVGAFOmFeDUmHpknT25lxkErRzk5R4czriFi4tz0zFzy9kOQ2coKCQfGuOv37z9jcL
X0+fn8qnLl25+ZWvv56/evWt2d+auj3z0jcvfuefvnH27Zul37348h996+Lq+T/5xj+bu3nhn//B1fPk5LWvT5Tyb6IXXl29
eHv++rnbuaWL3zq38u1vXsl88+rSzQsvvpW88p2F11+++catl1+Y//q1ay9/Y2lq/huvvLJw88YrL01HrxQXbwkLLBbi4AQJ
A7JPYeZCii4lfcwuDAMCE+DoTCQJJUHIZ2NkVIwTbrh4OZJkkchMQvSpVMIPyAQfzlOTKcfpaTxqzGXYmeIQo1a5XkyJFKSM
H5pIWZNSLEKfD48DfWh6NpYEcucz2Vk0MrXAmihKANfnrpcwjsI1Erk+Q87mAZp4SbI4rNRenbCmX846OcDOiouh36NCpfPf
FEXq7OsXV2cp8uLrM0PRR05fnY6KqAiKLghdEKtGDQVD1ow2bnVrEtcJFeJEG2rihmNfCexL0Gs+OGZHPalineTiLEba3e1i
YNS99Niw9aGA7TEQRdrE5KivEoUArsuMrtBa0ZFxtGdyOdR2FVUgUCxpmfsGhPofHa+VjvZ7Zgg3f+31pMOf9R/TmfDDwGg9
7VP7nx/t7I7M+lAtVwdsgHXl8v7uF6eNo0xEh/efD5pW+3/f+mL114d907D0/8vSvXv/+OB9jEbe36sdb26iD/+35+//pJO6
V//wo5OtWpeppnZ2779zcnSgJfbAJ/U1tdH6P9vl+5v3Dnsb/fLDQPr12vMf/hmkZ3/Y2t2rPDv+7O+93/yb3alfVO5+3txo
vUOd7D9e336gPPx0q/GLwWeffmy0P26QR//p6G539+T+Qb1T8083dh95+Onp/eP6yZb/41929/6/9xpHn7Sf90aPd6FfEY9+
Vb4DeP92r3UPevrOF76zrhjHP7aerg9Pq51hVzusnQQHHePZ6dag/EUtFJysgeXd5uN1YjRo2OXh/YPWTxy5B0U3N0J2/Vmv
ERwXi1ManeyEJJ+I8WHk5ZUoqyJCPGlIWiAiU+iiFwL8eiaSubQMI/6NsY5s/w3IglcCABPQ+cS1M7P/JPm93PIyMx1eyv7B
N/LfuTCXDf8P0MSN6dfIzCuzN7535uX/5dXbl858dfmfnl25/v2F86UXf+e/j0W+SuXeWr18ZkbKzt1KvlpMs6FCpCAs3baX
5hUGfnk6eS6xIoQuiKs3Lp6/ycZmZovpr8ympN+eW8zNFl9YSk+J0dvTEYBMxaMLYiEmxRgpgofm5qX5EkKHl5OxSX6embxM
TZyf4K7T7FQ4E1ul6OTl5byUCy1N8BmELuQZnEzdurJSKs0Up86eic1+Lf9CNvriQuFMJvnCxQtL3PR5adKL3pgtLUytCDPL
V75RDC/OzebTGo36qcIyGi3NsHM5uySl4pGFKTG0wkxFpNkFnsNnwmdTS5OF4hL+5URjNhHjsWux0uo8fjsx7whyztHRHBlS
QuyornU5fdgyHOFErg6xDfgUccdeNmrWtK7rzfZtXXaGdd0ckDqOqyPBAHptbsEYeIrPd0/lXs8Y4N5BBaIdwFF8onWh63fD
DIYftLRRngMNhhyUrd7AcbJhGBm0QD08rEMTpo5Y0aV+Ex1JuXkgx9ATyzyIhSHKhUsR0Tnl4nw0MdZkWhouRiOoT5OxiXgk
XmTmk+nI0I6FuGQqMuOwxNhvYxBDAjaVxBEnwDZdfoRYhhkbwNIKQhG5diKaEBSQsaYQyQBInCXSaJAT0fHvxUGvpXU6fJtR
ufIwYJ0jkvi8qcJ2wD12DstMvI1UMqbVz8sWGPBVzGs4/Jd/G5cc+eQ+NOwLonGqW3qSyQo0jCtUcMCqw5kWrxl2MIC7nFeN
PMvi+kDAtxk/lkgMXSqRAisYVfYcG+oiKhu4ak30YokotxKJIknCC0YxIoSJcSHOBkCAR2kMNmwEBRKkkA4zYjTFZkAWAwqU
hLPFAFbVvXqBSOAB5Od5KR6ipThDhgCcmwnnvCAbTTmWQeIcEY4wYREDYZwTeQIFSqqbVzBOEVHp+WPLLpJHDHMGJibwSCgX
7JK4Eo1wy3JTRpCWlTK37MEYgKI83hOtRa5cx8hQRckeodEcHInc2QY3Y72dVJgB0CCB3Z0K7pBApRYyCHVzt0DAdezRTz+p
7wc9NiSvUxyHvLfR6Rj99dH7iBI95NQHm17gHVZS0wHVBUKRLxTjUbhlP8BadWv/SYZOt+lPP9oGHnY7YYB4LqV6iXefnz4P
Ig+tR0fKzFGj/nDbg0mtFY8AzEiCuG4t2Iip8u7YDLqnayxKe9jjL/rGntYI45NrbOpw9tFp+cDRdsitY5toWT6WD02dwUr5
q4kJmvs9Co9npl/IfI0svpjJXVtZWXwT88hb+FlhkUfn5ha/eSFxkYxRVH+RMiLFMB2k5pk8GkoTxcSNRHQCX50kF8PpQmQK
nk/l4gtnhbMh2CUTYFxMIPj5qVj+e+BlQgRC/RkGYRfphJ0pdWOGmjUEhyNinppwfSTgyPiUAoTSyYSQpXKttgYhMchxjale
mFvSKQjXu/14RAvRI6Qt8U0GIhJYxpVInhjgQiQeDaFsat4H2fSZSDp3Lhy3kSgZMzBqYiIEZPh5JAoRcyLFTTOJTMsTobBN
WgHsxMJuwaGz7GQExHEwICCEQ4nYSosWJMJV8wHKCQ4RCKyG0EPKCjwywPGJHmbFYAIPUIaCYaMyZmbMtQMr0AZI0IcjoAUS
IVvEEUUHRCfV4Qch3WN4cARWh1FA8E3T3mYgeNgHPKLb8yzYpZle22iGXHGsEB0cqtUOgYWspDlAMWeoW6cd6khAPFKQaRIz
DcrwqgDs+xY1YAwTJrx+CAFbsieYA1BtWIgRDPZ5l7N5U3NRVPZHJugg0MDhWkOqH1gyorq8j/SxIMzgs0NAMRTLa5MNh1PV
kNXwCKPRqROwO1KDZhBADg+yDA/BPQoK1PHngoAEAMhgMIZlovgMLgwhBgcYpsvQPHWDGnkwA6RB1gU8lAJpgkYLhJCCGM5F
GQLjYojLEeOk0+/UWZQyuYhE6hl+MdpNnkYEMTwj+f2hlF+ikznBpCEgLKVHCTrCJRfBcigT0pAoako06YOa3zmG4Hr4OgaS
sRSMKvxjFLYJhEx29vXYXBuZZJGp8AmNcx5v4m6UcZogJbFYBkHieV0YuOMNifpu6ApNeWK0rQJ+NR2OlFkoCHSNB7IjZBiN
zR1zFCBa7JdvcjOyDjsiyIsUJtgeZ1sueE5gZ1Zmz8OTk0I8G2pej6ZdVIAikMqzSzAwEq1siw6X2BeikzNA1iNYWOn20SQJ
ejQ2HeYTt+aEZHRJKk5A14tcauJ2PiIW6LOlfGkmf+a15TC5onOXw8IEf3bptxj8diSVhrJX4pf0eVZA4m6YoS+GoEgqlcgn
/dRl/OyNxbw/lc0VCmJkYelCMVHiZjy2xOMXyILw9ov4m2I8CF18hXhDX2VTDiBiDJOQ5XhgdtVzRl1i06LQNyCubQUoSRVf
AeSYCblkAfCLShUUr5iYQVZoL+GkgXw9MoxXbERy+00XqvacaE83PQMX1s0TYc1AA0yh8KoOtPb5o/SBF29+MHqCAp6dqAJO
y+ccqmOQ7MGBOQDKh2Rzv9cP1ZpopdwwDp09q1ODlQ5sOqcDe7sSOSQON/rd7d5O32v0FRWOHGviwbFFON5OF610ykf+EQ4d
qQNVrR2N/HZQPlzrmG45bPJcYzBQqxV2WHeNu/axbOz0tH7PP3aazc6JeaptQQTwqFynvLbTgSDEqMII3zCD7ikcuH5YR6hg
pFpNA9VHFtg0MEdBPMaSzVZL7zF9vwJ3x6aim75DrgEeDdEuzB1RXw6U9gEMNBGqBfBDGABgHnEgDzUVGghI3IIOZRUdEf5Q
Rzq+7ycCCkVkh+AIiAHgka4TkI76Gh5BWVkWXYwkfB6FQR83OogLEgSINCFohI5bFA1ACKAWAJeDfQ1qDmyLHtodz0UCHfry
bpvRsx0boDjURMGRiDsyhfVJAnYUzFLokYGJtg9a6gSNiy6MgF9OoCECo0/AECQQlg8xMBxCEFj1HcT3PCyBWwRqIAhij7+X
9UyEgCBTpCrI2M3RWW8QDwOXxj7n4FRAWx7h+FzxEspJNJSAdA+NNCNuBJFuEBTJ5iU+RMMkq9GNKRpOWBE0fA6DLxJMjiEj
ETgiCAV40ooxs6txIh7NvpJTJSCpQUJIOneGRVMT9I1L9DhdpcVptBTLlkrfiOZfKE2sUJEr35jOnlvIhF55OZ8oFhOLk0ul
RCTxchbNEC95b0+eWZl6lSWuLYmFNJl6aZk/Ozn1zUz0VmwVSwU6cQZMlhbE1d/FEs5tAufCxUFu+uyLqzH4Jec7L8wuKYsl
DHs9G4+sRq4XmWv45OwNKXYSFtgEryG4oBm84abVZCZnuWVa6MxwvHstuWwsQxvobgi25yAPExJBREO1+Oyqc+lBBC544c0O
hSVNRXeVbTMT7IXMJGGtA318UE/gwz2MG5YjqkP5Fq+Eag/aAYFPHnlD9IxkhQxeBnS0qmhOa6992v/oo6Eyet53toLKR41O
sF4mje6dWvXT0/Jw/XR3YBnUB//P2v1ytb5fP60cPt7W9lqPGmrwyX4X6da6ykn1cRVWNhrtX3HDI6NqfPFz+6QfdJIArDeP
7W2r4wDbO61nov3Ms+WDg3YHbx1Vg6Hxk7oeZMEA8E/NvuuPJfQE13DBMO/3w92BCQhAQMCKOwI9IyA7hOp6JgBJo4BChH7N
4WhnS/XdSmfQR8duc8SxSu2IszzGaz5Fw2a/EQ4DKm7LDa1vgx77BDLhUUrVgjKKm1jv1Oe6QM2g0c3eSPGqsG3DQQX1NLaJ
aPJ9ZBoctStDcABava7vaXaFrjGKBg18y2yc9qimTFOgGtJAEVUMgHFJyI7Cpk5kaomWqJsxmxRddjACLBiGOTinm7qEUCMk
6PiuyRzbMRPJQENbIkEEkg91mFBBE4NxEGf76ABygNZYACIZ2BqGARCsQxihWS3YMCEUpIJAMyAzoA0ThTU78Og+yKkt3FQN
cwStObjtB8AjyPQ0Vx2J5tCDKKLr9mFeNcEArrhjD9c4F7cVj+IU1R8FXCTwe6KqsBBq9ka4ikIBP1amKwaSgQC0R/gRc2ir
bMGnTBXHbRCnWRk3Rh5H9Q1fMEkMpvglCLxI2lKfFBlSCsBbSIRg/EQR5SMAmxcAxWKTMQjEoWXSFcM+TXu04KYZIcJkQ0Uk
JISnUXIeImPFW/4VPoZNvs5IEilyIsOTbPzmYlRy8uFhjg/zGIKHL+pCxgivACidu/zfZldbLIPEw0K2KCZRfGb6DIVzRWGO
P3MWnJknFv6QIjJ8YorIxrKheYaikPPm1Evc3BS+AL/pxckcFXc5DGeVOukhGOx9udugD0UMEhXLMCIEUdAlBzCJuq0ZSIZ0
mDaIUQalcGzSBVCh056LNYDyRm+tNfCGwW4H6qN3dfNUsOx2+THeOV4fDap9oKYB6t6Dw5FktwaV6i64vo5vIo2jllvfJYK1
g/0Hjf131k+e/7xyfFyu/93R/mjzVNn94rN7H/zmztOjn1b27w/2g1//q/c+q7kfPnt2dMy+8wPn8cG7h+X6Owddc7vbGkPS
8TZlrm2s/a1dOXY6w919vafnR6rdbtcrw2rTd9TBn+4+qXiPjFZdlo/6mrvXaT7rbh+JJrGhAXrn6I5hbZyeyORpn+I6zaP0
SZeLZYtDfVjuD2QgsDKf1Dq+yXqWXOsDFuP1m8Zz/fQAbh8P6nJnh2psDg/LcnXMSEDB6WzzFXi7QPKyxcmmWoZQg3kfU10b
92Wqq8Ctgflwp78nP3ZJ5C4SrDn/vnayRrXXzRrtO6Ao/cdGpN5+QMqHDYPsdqvHOGpV17z20MVQpLvvql3Guh/31owHER4d
wZY2/HcNWbdOnrIVZLLs69zf7Ev1wV0a+lCliFOg7oRwC36sPdnkPkSCo/3ukRqvH1rOCdDAGHrP9gDw0BlRuNPSZtXElt8x
N8cmDLQAb8cJkKp+yiCo4e2ZFdtEIBtwt9qsYoDNjsxKNokcVOQALWOBh4wF4mNcJyC0GipyoKMTzliwI9vhRBwK2qA5xCGP
Bccu7wIKY6EtGpUHEGYSIVmVm+ZYt5qKW5rOM8dtxxpVXV+WIS0QQsfgwDSqJgd6h+pQtRIiwFkyAJnjzg/5hXEmDfJgM2Vt
C7KVCFyEiN/ohDRaKQQkkscCiWkQuvDlG84kFEAnljST9SY4LDbBURgSkWJxyrbGyWTZHrnuW4WiBCYm4y4ac6yQ6kbOMPB0
3KTtJKexgZZSsSgYL44BPAEoORhcnhKyh9QUyLGBjM+yBOMICJymE6vmrJqxL38dKt6g5Tc8L+vfjOUVNxK+TCKxhVXu6mSf
nF/g0q5ksU8Cp6qmIR9Ami1rFKuNxl0wPQK7HoK7FDwJ+0HgoCNuZIOqV0GUuAm8AECYDg/TwyHdMMH70OHD462OMgK4im0E
dRc/UY6TlFZ/1j7d2psYZ8IlBQzkwT0F7tH/aNPyXrEtnyJWTRnSudFS7vOHT+49/cfq40qr/s5Ral35CB2W9xVHW1t/+KuN
Txp655Ct9LXt3r88YT+jfnBQrzw9XVvbGxze+XmLHojLXON4qHW7o4rbbm9U72ybFQy3jjBsMBTXe2IAhm3U3caU7uR72sF6
/BlP9wftI8GBTobNQeTEi9mG2XZa/coIHvas45andKLGsaNxp7qLsAMrsE3Qrwo9B5e78ig2AtRa3YwqXL8HEz1UrcB7qlIX
exZhHzZUa+uv1L0BRfymrjMOPARcotUIDoHBF7A3IMBayxsBSmDt/yhS7XpDzVLpvQ22t2UNXfenRI8GqP3yT3Y6NdJ4/vGQ
1XsVbwA+O/aOahsbx4YD6afb9m5LIfrdZyPZVir9Sp1633VhPKJ3oTua7yvsaOQ5o4F+EvzNgNTV45PDsm72lVrd3la6u9aO
Yuw+7TNPjOOHh0Tzrlp1hzXGIPyM3lI/0IMyCLWHXRm12xXrHW+w3z/FvedogPZ7cq9jDZmT5mmtrXvBoPnoLmZtH6hAe9iC
QaBL9mWw7YFGYPf6gAmag+G2aYMu2IHwBtq0h1tdI0CNlqq5XpcHdbN3p6/XFN08sTTeJxkfNnmjTTJjH9MPeALzRm7LR6Qo
2kMijpWw1LrPwLYSNi3EB8A+GnRqvE35ceDLG6R9CGIBK0qHx6HO45K4KCgO5NLLUSoimJOAFIRVOJa2LV1RA7uQI8JjmdNB
eDRJhsBxKAVgjpqdydDMqkAsA6P03LeuQRKdm30jS3iSera0vHhBJKfyEwy9KsW90MXsEoDjE8tJ/1xYkiYL8SQUn84uRmQs
c9YTorEEwzOZ0DRFzyZXcBRfOs9PfyuqxGlhkhFvFB00Mn+ZTCLkm+HJN3zp8nIQJU4xD/AdXZuYCQATxwbi2NiIOeAFVlc8
Xw9NDoSualLRZrBSqrt9q0Y2ArkhEtYLfSIkyVTvQbT5b9mf3t+IBojSDj78uPXofuiocNfK15obuerm5T37lNzkvc7e88Z7
PHV345cNqPZu3dr8gq3c0e4OuR3U/s/WX/70zkn/1NxMvfOA3h66nrGtCPDBe9Xnf9n9hV5m1wsP9Sfv2P9OS/zfnX/10NsZ
rP/14z1n/79+tO2n9Un58KiM155sPoJb7cdH5efitkMoz08b/c5juSeMJNCYHG4yxuPQo5FxMN8ODwaO1mbZuFUnRsZGVsCw
8IAtY4YtGppe7rppzfb7ZTw48cpggR8DhxIGmznNJi2IArKo1BjJeoginL4pyESPAdo4OPAqg5FYsxEaWQdgw0PUHdq2ERzL
jkJWYDTJURhVXJTpjzlVUEeVbUpuAiD95aX8kfP8sFsnzRO3W+kZodr2qNy2a+XPWzKCKCamKXWjfmIcYQO5hboq0qv2+wPj
F2i53BvJbpN4ut8NqoAFMOc9ktI5nz1oaLJcH/7SaYOw9bSO+2sdbb0/jlWup1kAWqtaVt1/6DWq/UFZhhsnnSN/L6IduJMg
nXQSQz+qydTmQP0cb2h62OtKyJghqxH2xB5sBv2MvRcMyBH0uD1qVfs6Yqm+1UT7ktvGA4Osj8ncBiuWUw3kHKIPzaH45WU2
BJOVuoM4htW10F4WHVr6QHfkSs/qOqdAu83gIQhUMYTCx34GRlAz1oYHI4p1QaibKmOtntmLhHqIR/tEhO3j40RgqpA5tIaE
AXkTapgrOiPJKoTRCCShRso5gQErYHiaIZwsyeuS7vmTfAB6WN2cB1CuY7vOMNnJThJDFuFolEeLQkD4b7DeIudE2VAPTjBM
BvTCmFIRiAwdxuwlLsP5gXhKetlcKOBAXkL0G5zEhMJspeGmJhQREm7NZfEp62tStAAz1GIpynGMRNLIzPxYr8lvJChsYrJA
x6jZEgGL2HWMnQWlBa0AERqDdmvBQKXO4AKt2ZhQiIZ9nM6khcIggel5Lmbw2IwIgrEVnIkAExEzZA+/FebeDDNICOZjPtv+
+42DYTfZwZTmydNhx8WxJnxCqV27MahFo7K5pW0EkNcx2k+wfaXp1k8b24DjuhLUcgb6qFFu/iD863v7nCVEd0Lv3VMflKMf
KO/bobsHp4xyktocx6o73Olg+51nB3z6r3Y/O6611w+Pzd8MTt6VT/ckuR+0wHKjd9JsZnrBQYcZQNbewQAaNm2kDSEmmwGx
DrHbMraPNCC5ziujFlLHlFGnFfR049SjMMwzoAkkpA3dQO1VIVysaYTB92kk+hspayDLWNtXlag19MWaoFEcOgir0ShQVBAt
Yqj74VjZBpz4ADphqg1YkbcbUy4XkyVXt+NbIZxxo1DP9UIZyiQYqnPMY2k/JG9BTmWEu5iP7QP9Z3TX8KqbR97zNugefdrf
9hi0lTTVMelpUGqMnO6hVVZGIysunvatU2zTPfix574j4KGK7X1e66moigzRIIffM4hj4tFhP1SH2sexLiNH9h/P9jfA6Bd4
S3aNBBsFRpX3cVk9OQlzeyDsBeBoaAwN5Mth9hdKOPnlZd6ybbA9oteB2q6XL99JAR2TqZJQw0BPBZx21L6NDDR9CIyNbKgS
BqsEdl8D66LNkSpMj3xKGdE91QHQJghzaH+cQwLaIjDTgquCgYo66YN9X7eDjjHuT0ODqpwEJuH3obQN6ygJgSADQYeuqgCy
YzhwFDc82aUhpO3qIGC6SVewZVX3BszIbIK+aaBpCJ8DqTA0xbFZiJtgz2aspC3A50M5Soiik6RDQAhwRkDwEIFAyTA770JU
/AzcztkxBjaZhJnIZBwfwyg4ssjKSTevgHEqCyags7ixC8YxJUAbdArUAYgdKkIkFHNVYCbJq5MGDokIr7sWinu3PDjigQqN
Cr8DR0ZgOPmHRU/UgSY5HcqGOWsVNa8TcxkRgdVSFNNTZswgwlj8d/xLGHF4XK9v99t9b6t8MnxQZh6Au/LQ9KSTk7XGHg0M
hqvGGPXWQNDB1dbRUEJ7O8aaL054altaopvjVmZWNQ2uwRg3jgR7uDzNgfWqnU1UAyWZGS53sRas55QROu4/PNJtTZ7ijRqO
TsYpb9x9mojQJT+KNs2eSF1TEG6rlxDgiVq1sRDpGuOF4amt43E9ZMyBcf+ZJ2WebKbqrnZKaYZDDCHP6ExLQwYUAs0WZMVz
GfNxciI8OjlURXCko27IRXXccVRfkV3rgxkjCJSFdcXvklhb7rZQBxgQnAYgnEnjrCcjEDMoKzww7OvBseUaJCQkOqjQt6v2
wIbNOtUkBjuZI9ux2f4XfK1vmIYBY04V60IFQK8dw6obPlC47kPbGTa6bThdB2pPdhccfAgbat/bEZt4X+XaQ4+myUau6coF
2e1s+eWwMaJrtR350IG5Wt3bPWWiD3Y7pus/Kw8PjqG+p0oN394etIN0FyCCe3SX8sfPOiXgQBseOyfjwlDqn1vmExvqtIfN
pwQfKUM1A1S8Z7I03A9iPeJY61f9eix8ou64a3b1FCw+lbpKBw2AsR1i4zpWMcGu1ZGk9ktohFJxt2e2QSPSr58fwSjT7Tfb
PSwUT4FNt2aNMaiSG3sl0QEJW5PdHtbE5YChfLqOQEBDMHBrhGtgB4B53E4bjB+ModhQ0g2UsjzLCCDFIEkE4CmLxTXXgQGk
gzli0iZsEqBggpBM05S2aUvwfQwJ26o2jrxhw+Vsj4Y5m9cVwzXGT+BQDtLZLE4FHAPTmIiNOTRHmhKcJD0UMHMamzkvJNJO
nkpjE5yLwYkpf0L0ERzwWD4kJeAIGvGYiCfMXZyam6Dz2YVbofjruZcYZJlOTU0v5vOzRfS7zOyrcGx16cYgdjHxFWfq7Jk8
ihM3LqT019Vc7m1HFF+5NdG7NQdGMwl0lRK1POp/T5jKTiHI5Sl8aSIZPp+avXhZeOEcl7kC5gTkCrr8Dfjign0hM5X9FqDO
r1AoOYmezTGTFipDAHwhvGJToYWXVlERp3r8lBO7hIVuJrAYLNqSAAW5CAEQ9sXUlLSUKCVnkXAfqPLQUaQxLwOqTPtK03YM
b/IwnVRd16FCSSKBiCKP4oPH8zgTlRd8ynP3EPQmNiXshSf9UHtdl8fc/+XkhCEWQUxVbklPfW0qtemFMH9YVOJYsh+LDILj
KhRi93tRD1DaHSd2IFhlPbmDhRtRjKYIepXh9Vzcqs2DFAYqSh7sSZF+gYy4902IDGeeMOXPO+J5bZveaklOT0afWpizwwZY
sx5OEC6Bsz4bCBHpgUaPi5potZEAEdu84Iffa2kyODzChqeyF0b3YuVKJHjeGxzKp+B76hAzRiBct7qoS9pDFPMrDS1AAHv0
yH3iGiLfs9QftbF9tXeKth7CqBp8QmuB3n2y3SyDff1TWQt3ZL1coTzwqyRCoP42j8LPQVeuHIYA5JSsPMeVjVNMjnUU+H6P
gCRjG21ZIc37+A4M6MyzLjAbeJoJhJlGpKEeIruVqILLEEvqj2qebT3a3q45Yz/DI32ROTV0m1YDiNil4dCA6fEaHmA2K+Kn
qkby4y1rH+nHMFl3eicxhoTWh65Q3SorpoVhmN3GZWfcgh3b7SBlAN/LET1W6+oE7lNCfzR2UuNAVpCWZpoNodPlYOio6TiO
ZmojlwRVvz7wx90QdM0O1fUgYGyg7tiXZIU2ypCPoC1lbHOuzWsuRhh9f+RiSN23IK82MWJB+ksQUEZ6vxUIHcBFAI+wKB4K
SFQjJBW+AOEJUEqSftIXqHAaxpJTAs2naTopsvGzVrYQiIUiPt5aHU+EcdcohEme7y0ue7HFuIolkzPpNLKMx9BMkmAxlh5D
YSoleBbtoj5wHkvPROPJiIfaGda8KOGTi4noJMmliJcmGJTmlkGAFdFuOHHNXw6FC7D6Ij5pMOQIgHKxKQ+ecOb4AMayIunl
eKZknHeGcWpJgPzZEBwHw1REnwXPSUqpQJwR50tsTOReuby8cGYQRadzV3kulLHOljBxWkmGpgli6rpaRKUEsGT63NTSmANW
Fxbgc2RROxkFVZ3Bl1tsB8hMw/b0h7LzApAenwtRETkTDxTZg448L9FYaNNsN13f5OEzwRAT2KPIRIM4iiq/z0YN5k0GiwcL
/91hlCcXuK+Jr2R6A/p8fPUqnUih8/OZkJ+69FI0Rp/BE6JHM7HF3MKscSMKTN0B2xt4defgRolTpZK2M3nQPh/LrxciT/2j
Aj26ddyjxZMSIcM/TjSkG9vauhPvHTwWwrvFyQcRLDj3SOM34IcGGM5EgVWy94j5uL7MZN+XcwJluSYIDLZdyDyLHTr/OKOK
5+sa2q0HytFA12CyqXRB5iPT2CJOGHALI9e42HDj2Q8OBSz93CZGAYyAKlj9BJV06kin/otcJq2xM2qGvt/cov+BHvh7Zn80
DBSt4htksu8wPviBYKhbQ68H19w+3Ablg57WGpKOCo/Aw+cVzbW5rYHFDP0Dw48e+Q0W5mH/oL0Fiab8qXdkaRWcB3ub+jOw
XQv35U8/fXSvAWztQIeTgNdf37We2katusbj1udrYG3fPqY4esbbqfcZzqnVmrXex0PCYcgOpjLNJ+gQ2vxsczQY9JC4QQNl
QjuVjfSwbx77Sdtt8OMAN16+S/daewFkEbt79W6n53hbZHcXMUj54FRDjmtP637NH45GX06f2e7VevrI7Y5Zou6oO6Nhc6j3
n1FoNHBsgAVUZxpk0kLUCrVAkj7r2wKpQ0mVceExHTqQhWI8SBB2Qw1ICR0asJ8AZRGVGbGf6w9S1cM0GTVLwjgjXGDsRQqI
gkwMmKYXk2MpJnJjbXlsfKIz4GrRPG+boUyESHp4jAsvLYj1M2bKQq4x6WgKFR3h1oVkwWJI3g0XJpjrs4V5Tmp4t0LKjJQh
jCvRF2bS4dL07VAsQYVxDJhPN/jlV4kclFyId5emL6hnpm2mm8sUg+o8OT0R5BenZf6EeT34KvdtrXZh+kp2BrjGhqlYAOUT
szyVMjSsNGFmCCtGyjeWJPgi6LpmjOW9ttQ5f9Fjk3hf7Iwb03eaK0ZrFX8To9EiJemCj4j5oiWmO8uolEbmFwGBKl1/OXb+
FR31Lr40T7NQxIsVCVIKqFUxjr302yclJ3sueM1D8ktXWfMKJKXjt4xYlrOqq8mp8LI/i8TZVeZKDgGm33r1Qk6iuPi5OYn8
Su7C7ydWM9DLE9N2cn7hdlSKXL6eLH23uKS8UMpMb2futsQdaNtYzHxCzcj1v/uoLi2/+pPy3B7jxLv3bjwf5Eun8zW+c+fa
gcCw8UFM8vujzMIjhLkf4lj8Q/wT8GlXN4GvT3xa+F758Nf3f4kt/P5ftG8eDmrk3qdf2Yvm8nsLPwnqH7zYpXFlWUk0tffs
4k2b9h+nu61s27HaOnzM+TiyOY/+mhT1D6Iigu5GQ8G2f1Dpd+IIjyQ6AasmdcJYT1lQufHRyzqBxTwmqAHzj58c90ypEwKf
a4rPWom/x3+u1n1Ma5RJznWbHbMJsLB/bJHo89KAGCiEvitY/gA6XKy5NXHQP3r+hfRwHK+rf6k2+tUI/iny4d9UPodqD4dl
7b3nh7/Sy6c/rX7gH+zTfxH51YdoXX30G5Yddu/Yg0doE1C7Qu2z2ccCGLR/rutHP4jTtUJnf1CGB3+bOnXXfnnvk672tI12
8K018Z6zV4+POfkLN+5t/TLx9IugEaLKpcZAGCYU797nRjA68NnMOKG0G5FPH4CH3c+O1taNYaeVBQlzIG5uyg2rowweuUmt
0iTbe72+Y9vUyH0CYiYDbre/nHLoMFS/BVEEPESHwpA8v8fhmI2YA8xIOKxu1/mkV+V1DAsrXltJ+Fonlu9dTNMx9hwifmu0
8M3I2cWLrFBKLyxQKyuT3jJXuApJheUQG0yr35di8xCFp/K+GEtNcrewmZkZcfFaIuBEDuAysYXZq9QUOv/mZGmBeLEwLVGp
+cXl5RcvTRdjwpsXcIldjIMXoteuLgATS+cuJiZXJnOr2GrUQwsdqzVCgqk+mZaD+RkvCfOUiml0fuFmNjY/bV0y6ZluKYHw
zuz8cuISdEZKzF+H8cp5N46dn5aZC4BuDAPiZoPKIPWzi0G4nuL8RK9UnJ3LTr9xpj11kLo4eHFy1m+eO3s+fjZ4IT65cBNA
lCtYgnl5OcrMRSiBD8UvounbWe6ti7HJxLVElsWW0osXkguvLDqv1uZuEr+3dDY0cfnVt0svRV76w+Wrb8Ah7O00mmSFdh74
dmKeKPJoUPrGTeAMllyYu5i6wkmlaZKKp5diyy8rE9PclXPfiuZfnX8zFZ+ce+3yJSIFv7JS5Bcr/hOEQZ0KQsFD83BlsA0b
pViiZqu15tylUaBDpWRciSJUWz+XF1ChNJd04lDkzQUlPFiMQj7z10/unn0nJbeV9snPvcpR88f9X60XJu7Vdn9xRxMbJ1Nt
n8z3nzw4rZQ9z9iY4Bv+h+yakL/mQJ94beCx2NgaxevGQUX+uN5AWr9RdPwnn3Ubw65ytF9eq3Z7dXbda+3vYZ692e3vwZmK
elz5JNSFgI1Hvtm6q2x27ZKXOxaH7wUxe52eLRd+9knrwzNXN9yK8aMK+iPK6ldi9/eCIHEcPsJQsNNuQ97Z4yfUQTfdC9U2
6i1neRC2MeATwJAfL8U+JNa2uw8i/lPxaPTjQ/OjcF2uQjtyayvRTu8OUjoh32c54OQEHFXjlbBziLSYyeMCTeC7xpA4mJz2
EuWOsjcR7AsD7REtWrxpDxOb3I4qHuaa21kk59SYQs4YTR0ezLkpE5VqXkotRUKROjEMn+DZ82mE6ATx0UkwCj1IKbuDjguz
CaaB8M+rI3BWSQ0PgRmXrpvV0+FJkn5L8PzRkJ/m4Yo9zPVSZHfBHi9QVD4PN3PrF1fvClP4sNBWIkzCcqA1NVVItcPUVzjd
PzWYgQfX05ISPZvKjlGOuewy12jidzNCCOu+hF4GmEL+AnduPoRi9nCKWAz+ILws5G5mUxPW2Uk2zyb4PJfwfm9l9bcWvvLm
5T+eXP7d+MJ3b7zw37w+89vnpv/npa+fm5l64U9eu/7tV1ZKZ1753dRvf+Xa7KWVibeufX1l8eq/+M7Nq//sxWsr128JMIcS
FNXR9S8nPsexIJs2SSjuDuhhEkzMcbloXPYtMedFmDhi8RMT0TQtFCZCUdfEJMtWSYwdihLYBEeWAA2yPJyLBoRRYLtUl/Pi
y3ghHesiQySJRQgU1eniZDJHi8m8GDegeNFATY4PTXJTNBZxiAyhLZaExQLMwatpUqLENF8IZc9I/jITlbglMk6R2bOLiUlw
5kI8e5EmZpYIKtvo70U3JwSIaDZ33foqVxkXvQsX/MOh7gPuiLTysAo/r4GDcMUDgNzsFU8DQi+GQyR4ElpOnYIP1u5Ze7Sh
RVryk0FtqXZv7dMyZW5ATx8eGgc7nzxveaBW6Xw8qK81UcuONzPDT51u0uLXtOeYj+227m8fZxqhJyraPNhrHe079ytPQKBe
pu9uH1S852v68XprY//d9d36cS1mG9par7YDb3v74JGw7zwm5NON/UMubJdHo56iuI9i2q+RwwkXVqP9ymEj8Ou7Ddu2+5+T
roZoDb/WG9mG0QI8xDWaIwMc7Lubci2njnwXsSCrppVOjgmZ8jrdULWxp9eM2IbVgMyTvQ3QAU3M1Eg3UHQnOI5qw6qlI8Bu
j0lWrntCIZIk+uFTJiOeJCCDBxJLRyQa7Sam5ZCfza2cqEQjw7BQcimSjaaokhwNIUEYMCeQctGXz4v58GRRafhD9KKk37D1
oFmaaVgA2/nalelomFPw5zDtXWKvsuVl8A0qhc1zU+lFk0zEJNyNIMJiaC4DlRIDJXhYWj17OX4VDnLJ2tjDtOgMWlyIicRM
gCbnz8zDS5dfmMbM2LgqMi/pQHQ2ufQ1NzFnRZFcBGRINMev8pVCWGZsSa2E7aSTv4Cz6clwTOaYuPRigbGw/BIrSrHcVRIY
haMzoeURBhXpXHaBFLgpPs9IycbXLzBggZuAY95qNnOTv3FlcXqWwq8urcxdup3I375yK7LMv/qV7JyVCa9G/PAb85FLNy+/
PflSZGW6kHj7rWsXVm+Wlv94pbS8fJVa+M6129/76sX/8fr0a0tnpt+eW5b+xdvfyNzK/5NvXb6wtLJ0sbgwnymeyybzmUyk
lKFn0sKyRE/MiJKUjkxEk1j8LDEPEbESFw4vhLP5yXmeX8pTk3FIQL0JbhkIoyzEJuiz2RAXTk254ZQwx1HeBWimKK2EAQ5O
5KWIR7GThCnkwtMz+ZUIOc/FYmg2B2Ih5qyAKVFd//87Ou8nu877vL/99F5u72V7wy46QAIgSLGLRbIkqliK5Fi2k1iTjJOJ
MzH/oPyS3xKPZzyO7TjxWLZlUY2iKBIkURbY3Xv3ttPPm3eDAWZw62nf53k+z96750gzM5+dzQ3vhKWaN2GPWtFYl9n8s2im
0TCcucABT6Tm3Nf0HkxlJovpr65OrFkNgUfxqtm7ww5ppu+a3caYNXkXHChOw781kny1s727fdyZSy6se43XDvBginlzbcSx
By3VfWVLrReJbb7Z2PAk52DPJYYzoM64oXGjvysa703naOso2kdOWek1h/03q3Xur+9q68zQh8Q3R92eVMSoPtjZSW17Z3zV
U1qNs3V6qB+0di7L81rYuvps+wk+Xx8H6ma9f0PbNUmNpa2eZoIsKPtx21DOEtre6KnKtGU1wlROn+0925aDGQ/CR8YirD/Y
zJNPmtpDRyUbdxej0BqXc0w+G6xc/Kyf64Y6K1v6pu9hddS3OzYv9Q4Y+cMIjQ6U2mNdWbPgMvWbv22azmbf7NlrvrZ0lsLc
VMkaPJapFvMN81JNlKPtynA8kowbmteCgatuPO8nUudorK8uTtMre3a+tmtYUoXatlIMNXOUNLaBBc3jkyq67kd6+bze6knW
8I7A3QJXx96BaBi6jFcXX7pEsttQ/SpC3KjAkOTjx3BvVSqgolq//GcaDaVPh8WLznC92pOP6NMNK/IHlV2jPKk3O0nl7G9+
y+WGs6Op0x3rcuWDUkVrcL75S31tF4wbP/51zpVnD0cNt6Rzr/vXdvlB/svzSWf1EJ79ciA1H5MP/ts/Tj9WPjfR4l9WulT+
zy8mT1r2B5P/PnvWOD7Fv/kXYM5/+6mpn69iVPT/x2fOA+nR4lP7UX7+6Kf1QXBK/+EvPnr68y9+E563fozD06t/8fFHP203
Pkj/1yew9uvl458/TZZN/KmtWK6p2vB0UnzWPn12Wth1Pf0VJ+eK+osPaflZcoaljX+qhg8nP3l0FvmrX2k/f0bAqbqqHu1c
u+bt7e4e7m20v9bYPOpcu7P5ghLev719f7B+eMPI9Lvq9mCzI1+7cvW9q5373brfOFlXeG9rZJHty0bfoZt609peO1Dp2KoE
fm+j+rxytdqrbbaU+rDkYvp9OZTN/VGnf5W/6naAGt/GQNsg7cxuZSA/XwPpTAzr6eQ81U/ZxUkYVUAlbBeG8U4SS7lE8xyf
NQ1XLoFL3WSp3i8KxlllsihSyrDvnZ/aXadZstKlN8w6Hlqkm7uKsz5sus1KOVX1mDVu7IUVqndRC8fqVU8XDH3/rHAKK7hh
1rRwMKrq2LaUVeJXdRhl3anaaODEs4phq+Uwxfcu7dS9DbsnotibD+yqa2htqjESO21ZKNelFV3XTfYAZo4iyUk7BY7D5bw2
V+xB9az0pHrD0gxDVWzHJa5mmFCRZYroklY0Q/GK1OjiTCM5mtRkwB+iciaDpT4NMrXcyB8BVQODLFIdX07okAP7CT8jTMNp
ssqVoK5bWyam2sLKkH3mYQ1AirE5X8GpLoEUaMdQSK5OFegG9FSxKGAzVBpQS6T5TCk8x7EOqDRTpZTmPnAQsBrKMmOAdpcS
5ysMExvrusVk33acSNZdwCsM+kAG8HjCkKVmWqvtAM+UsWU/damq3ldWk9jRGgim+hRKsFOpIk3zQ7mPThWjMeX+kuPUBe0P
fvXrKYIP5cCDScNdj585f1PDnFZk/8GTp81bD9lG+avJYlHXwzw4bbD15oP/Y9swmtJnpTNI9fLjs+mvjcVx9VXA5mV18lGB
/7w4nzws+fTZz3/dIPNJ8PgRZv+QRYShBwtJkR58dBoB9QmbzrLW49Xjx4/JuXeSOVskOKmEHz9azH6zTvVfhJwrk0+oMT7P
P5mc9z4opJymvFs7taeP5sdPFx9lIMn4aVGeLhEda6DZ8Dqo16gpWuWjnlQurMDSJ0+l4x4NTqaGfSKhcetKXO9EzgIUkbdc
+BBhvdQrzDFaXdCo7/RbEvq6jZ3a9n54y/R3Q9Gbhi/dx4l1Kx2ZA93cr/RfvBt83aoStLplEKNLjKW3rTY1Njac6r12pc/W
K9olb21Q3bOr3WZ982V/3JeAM1Labg0b11qN3neMy46PLGnbdv3rTmfVHT/1dGegG6yN6mHissqG3ejRRiNs9ludtcsHY9Xg
gTHcmNnBNXNg7gPFqp/nbt9wvA1XPbPzlafsj71NO+h1q9kWr9eD5qAx3KeD5trGoLETNDq8clgbxop7eLlVHW5eqgxY56pf
bR70Nr1CG+UaVn3HI7TquVIlsDUgRoGJvUJch7WDxNY14eKmKku1vu1wN9EpZR1U2JpXUaE+MzQsa5ah9TGmsu5otQrQFaZY
SLKE3FpOKCtMU2Qk6cBVFRnosmygICoNFlB+caodRSklynVVGAotLVoHEZddGKpqyWKeljo1AEFQl2iqpxKWmF4wVYsA4tTB
AHIAIWMaV/RSUxjUMFzNhR6KCgRMAdo00wupxAlgkrrScwhKjmNC2bKkFKkxw6pK5w2DqMBMVJgxmU2VZ4jSzOVnQMphfsIw
Rag8Ny4+3c4z8QjDJiccEzUhVOIskZ41dcMk3VKapJyqT/FHloR4SOIcK3NsqRAuFzDCkOs2z122lBIG8rIkGsCOgom8/CQ4
B0SJUVaY6q66cB5RWmLCk9WyurYr6aGRWNEi1exlA8rQb8FEcVup7tOVYWXws9A7jpa0qHwVZ1XX8dC5MdNtDFnZyGKv2Quz
wG1erz7lzI4ZVfVg27I47Wxv9z3Try+CtGfYROsY7kavsmbWtSYk7qg61kKrYQTa+qBhyVL7yvr5QG2X/rBe2xx5rF5NuxXW
3nOCoGoUkvzCQdNt37zd3+1u311/5SXyYuj1WsNg2Lm0+dxz7tgdbFbypnpV/0HzykHlpjxsh5dVo1mrNKT1/osVt7J21exX
9p3gOti85u7tvd5qWGuHQaW5dTS4/IPh2G5a8tWae5scjo9G9dfcftDY/krndXLkbJbNRaPeuFsnVbdqeRuaeeTt7/dU5teT
2lhvdG5/aeTsWrZZaVS1q5UqPXzReU2uFJ2rX3JeKK/4rUJYv9y8qZE1MEulI2XhBJ3QAqXb5opT3Q07z6u0rzY7lY2KP7As
t43aAarOK4Ntt25vuLXAmZQA1xnApJQrZmYxslK5kpf+uSIZOmfGSrYS2tTUmJpIQa7pN5BRKiaUdNO0ZMPIqUxtlcsZllBA
cp3KGAeSRqe5w2TT8SkTA4iRjphkUqpEVDymqWaKbegQ8WxIGJkqPC90LTWIkmWOxFQVIVmiZAXhquCcEigpDJcUl6aKZM4o
VDBHpSqjCJlAEQmIGCCkoAUqcyejqZjfQtwhGXyCClCIl+CiAMiEWJIIvnhuzqMSifGnDsVAhxSgqKQsl3O4OCYLobJVnhOu
lBNGS8IKLINyKVYrScG5hBN4kqkxlPMCXVx/Ig947ilJTooM6xQuOcfLpMxPJFVLeYoLxAi3UpiksHwCSIGk1DjP9YQKezBL
XsZza8kZKni+ypNcfhitSp4WPy5XBbA4l0EBS1KUBKREVFeIoKRCUIDIgNNUM6YrmgMLZOZqhecaNAx4ggDgxFmpWQ7Etiqr
FHDViEWUa0Gu5VKmYqoStaTZvBSbMpPIOagSRVpL+K7F/UnqZw4paVWxsY82RjKzZd+30iUs9SNQVfE9lVmKXqNJafAWsqFi
sJHUNOwxMa9xdd2v0rHua85XmGvoVn09dSnyLzVZGq8DZrBQPhCtd22qe8TrEqfRaVXrgxv1o+7wzXptT6299s1/13uz3rPe
/UG7NWyv7e2Nemtro1cuPd/RBv619tFWr6F6/bf2j64rwb29cHt77wdHV5p2r9m2uHud1lrN0Z0/Mix4K/S7u1cf396t77zQ
QC+Bf31UuxmvtSrB/o4/DgdfbVdeKA/qX9e3pn63fiPQXKcAul0hHWVQDSf5quYvq6hydn2nn4+dsyau1R1dz1W0o1ewnw37
+0F90qz1LPcRNmvbAQ3wDMp7xrKrb1LlnKcmhmbXVCSTzUX3aA+rnhwume259XYkkmlsSbbcKx3H/QK5zEaqzd0VEXoKROpQ
pABjztoq4QZLBIfBwA8VpMjQlrzAJyVzPWHGssmYHtqyOJ6SLMdFGsskFdZbk3WlJClQosKQbEViCANcmEgIRUQKJpKCUK5i
GzOqlVwrGdEVY1UmFo0xL7AmUR9hWnCZlrleMqQJbyc5ETdkzZaWAJtlCUW6QY2K3IMKopkFU1hVyDmhsopSBXGmHxMkyzN4
ijKqYihUTApVUXgqNIdhmUFpRmSUwDTBmKScLyEQusVKrAtRkAKCZwTCEua5lEIFFARgCbKlnM3QBCllmkdslUCyQlGECCpL
DnMm1rgooc5KPS1L/cNcZFBaitxEBGt5BTJCj9EsVQqcIIlAIyEgFsmbcMCLL1LI8iISec6Fs8AYkvzjVKwELaB4vVj3WFUY
jc5gnCsSBpJECypyOwZCzgWQVqd5uTjRIoWXSjGHKNIs9SeFxuOiBGYpwtATlpGpBoPmkpxCTGngy2JBVOP4eBnNLcuxeG8x
k3FEVg/VGIvq4kxh4a6sSJYU6Dcqn5ZJqrrUSgFjz7jUDIllnhuhmqmFq9SYjrRBM96DJzQdBoGwXe/LpadQ7oNCqwfuWmOh
cruThXTlpm6MW5qImGpAmrrd1VojwRaqvFOiHQaVrW81ro2IsV+T2mFmmVyR2hVjs+5s2Gp9tRHytfNQIbvDejUzNRRK2q3v
sPa5UzFdaSp1K1LFwje6fEmv2Skgl1Y39vjuvw2TQ+ruqbfTsaR61SO9Zl76jru+QdfR+xovDeocVaq+kT20mYkrImHM5dNn
zV4xwa3VRkMD63LSaGqlZJxfzyYNb6iatjd0G75ZV7sbUunqQTuQfZQzZw05gbNuD6LpvFXrPqx4fs9d8IbJqutNxJpZMyN6
pULqStPT7A5sQ7/iSBoAVQzais+zAAYeb1xcEXclJ05mmipmMjEZqZcWEQdbSlbU9iikFdMOQ7lMXIWOUZyLaMTQgKWERNGM
KNQXOJWx0Aw3LLnUgZLzqcSJrnE1g2JeC0orVGITJujXlEQwKYBAjXHh8jmAQt8py3KuqAzripZrgC/RUqWRCClFgbhQCrbS
ymkRZyQusJSWzxhZqGeiDwjZwwXkVCDjwzLGGOXPYI7gBX9CWogkimIUCyW6Sbp6JiZqAct5HhFI47PkZzhL82KGz5aSLgT5
WDTDQo8jwC+2u0R5ka1iTKZgCtWo1LM4Xz4Wi49XVKCkDlZCA1kJzyExsUwzxP4uOstSxMkiR0wvL65USFclmUOYYtHHlZQC
usRpmRcSYw9Juig/VFNURFGmC8mIMPw8vjhlHLqwJJrI5ytElOlKinipUSJcSuShKLg5F0SpyCfp0iiOL85zC6RTbpiFYk1X
mWMaEQjTVGxXLGsE5Iwpep7zhEoRVHIR+3l6rOliGfWStOWKeEcQatHKIRTr5qgwDQvZXIs8Hjarj6XzQknoyEE0iig2BrRf
kSWHONbU9gKXSVLLTtcSMXPv9omhWc4bTlXxKyO3Z67JpF1FetwVhd/aDFQk4dagibump9XDum32r7732uWacc3R31O121ff
fbm/ZoTf3lOtlqteP6y89Y0OfaVR7dpv1t516oeXL1U2h5eOngteHLpbRz33znZsGsblE0tenachvHQpf1UvXenOzsPKsfzo
zn1auec/eG0+M6V39LWnJ1XrbcH2974rhS8/5vuXu3AR/uysBoN5Rh4VCSO2Ba+L3QLWN5PjiT7Z6TMYGqd9G4O082FxVlal
o0zXw29Z6CBzjGr1NAxPjm0IeHx8zgrGPDVouHR+3mqbAn0ED/2GeCWwRjKfyfP2skedMEr0Wr2BO6JZGMJUKOXBU26Az1aJ
UEddFlY2O1noPcFcLJUF3WiEWZNMzEomJ8LjDSSSw9N9SwEzxURJnoiRQViMKROEmBeJMZGmHAhOKoSSbJ8qRIdKBCBGDiYE
2mBlzsIqW4BjScFYS4skQigW8CeiBfLyEco0RUonOSiZrDKKAFeSosQQApkgGjtSnCfnmD0rV3FcIgIxOS+KlehiF1kN8INc
MlVaniIuQXN+IgFhCLkIKPEYVThBJzIF+ZSCM6CyMldECAm55ec8k8oCiX3weClANs5/GtNsQZ5OMhqVsIiLHEd5ihJBpkyG
GUmViGAsAjKBWAGMptECi6OwpBpQDDmdSX+VZmmWL5cLIkHKZhRmOCd4IcgR0ZKpKWHiBsGpLjOUa0JnEQKRgPicCtwGablC
BcyX1MhEzIKLXzgoaMTAUpZEeuUsQSArQFnMcpFPcmkXMHmSKDqT85UiSZhLeSibkD2j7meCtdNMQATOJWGmnKiiYxaxKmq7
2OUA0se+saYofho7WBhoyZsgF8dYr9jVC3SR1axaQMf0aVp0pqzpeiiWeLmo8mpDU2zWrqc1tsZwu7yspbtkEUq7YiVD3q6y
qh/O2tbA3FDKG0ZTOFb9GWo4HX9pCVc3kwOnadbsBvQGne8+d+WgeW/NPej2bz5/uautbfXvPNcf6lXwWv/w/st79fe6e7c3
221Lfv3qS386ttdGNxrod/bbzwej+m0ZNd9tDYm9eSkEJnvPrQ5CuXKweTN0vKrk+XXvSoXtb22Z5o3umlprXHpdqTqdG3bz
20Vzrx4weZjiG9isr3ZrvsFZR+rseBVjULvLoN4i9sttfU2SusEaS3qzoVuUtqhemjPYerBZaNBREa15SHeKIPfVZsoE/lVr
uJW2rE23h0xTtgpjXHhuR2ULiDt+8NRQlKXhG+SkpvhLU1ZrSgmH80VVOsuyeKUEucLbxzBVesB1XOras8IErs31aIEeeJJr
iVqg5CZCasCtXNb0/FwwZ4IRF6M/lRng0sV8y0I3CJWR7loqKJEoGyJHCiBbuuh9iTpxAIfFCeMkSwteAoAjOudwRmkK07wE
VM8/KcXUlHBhgiQSSQq5wMwpQhK3QYRmZwIB8QmY5SASWSAazqKcA3xG4liS53komOkLWIJUefJQLTPMVoKBUZ7H2pzBJRPD
ihOwwIkkGK9ErIxK8jh7VoiJ/kyMb6EjEpNfpGq5wJNIxGeZijYp0A8WZEJgKTIrwwInUSZ4T8QTyaeEJSDEEYjmxJ5xivKZ
cONVAiCYid1Q5MkzjghJSR5jwakKAhTERBKaZmmpKlIpxIFzmSNIOUmIyOkEUtHBhONgLEooAxfWI4suLLJRtNJEhjqnIiVF
/czEJgvURxStBDZ4ObVIaU1ZXlcLoUJTPuM8kYkslyJ3OBUdwuEpSxUG0lkBOcnlQqLbKg5QS7W44VS8DZ3aWENmUJdlGdbc
TM+w2zUkyagTAV6+IZdYFutVDTXFI2al3nA3JVjJ90N/TRL9aYuXTVo1QrtmZrGh5rmqR7bIwILZHLtaZUsUrXqdzvuhB6ku
uVp7/ZWm4oVvbLLDq8q+t+dXjOGodb21W4mPvdsGLsfT8XjYdbtbsb57Zedeb8Nt79TOnzP73XqtW5k8cxrxZXlrZPVXrfOX
r0u3V8eg+cJNTqTtaHy9uVUq0o1bu9Xqa8N9W2/e+WaF77cv29k1ZF5eXuNVRTVPj6uS21f1kf6kXel064UUN21ZGdcHO7u+
tYzibmssq36OxPysV8KG7e4Pzoe6ETiw0hUNha60qmKkAciiwqy6qZxzXS5c7CrELJPzKc1Dn2U4Ss1C5LQbeTJPjqnBUUYI
MGBMpcyiSrzgMW3xbumJIoHNSLFtrRbkj5elYUqGAK1HscIYR0uEzcSDsRTmJTThDJhyHq8EYpVUJGDukpxBVbg4YkkqBwgu
xXyraAXEAHHJikmxojNRUwTrgWmOeS5JPCExnGXpFEmFsphDRVVwiRFJ8mwGV4IKxAAyQJZLhLRCFkEqZEdUsoDLAi1ygaO5
nIHVkq9YVqD5AhFWFhBKqEhXnxQpAjkoGBYIWAjpFgkVjYgIEhaxPpNyJDOmCRwrQAqECApNLoqCQdjLvTJZZVxEkoC9BIqo
VjhIhKhRqWSyYDiK3JxxLmEobAcDgIpVCrSLhUUgVwgHFMcolS7EDk8pKYzCylNSkEyE8MxILs4jATV0zqgonFkBJ6QQ2UqQ
RUW5i4kjCUoXEG+TTGw9IQVSM7FTcEaolGJZS3Oxt4VKo1kuUQqwXhFZpZi8dF1DnXPmKprBbE0hwsVY4RiciF6PAwwcnuXY
nxRamVY0nGm6idcEgvNrzOCKbqeu3NA00TFqnqdTvdJdyVTTKn6Sqa0Q+kMaInhqiDSuUl+UEs/VvEbfNvREofo1Jtfldduo
FSTselWzE5CXRJVTy2a9y3loNmauNRwWUB5eM/M7iYZ2Y0P+UAnfFrxb26g09gbNm/o2WkrOXftKba1qqujFXkHY6nL/pqhZ
V3Dy/Ovt7SKSrrTWHvU+1lsNPBbAIK+kG8vWNmTIN8A2kLBsHO4rrE+BtHMjbC005VYId5uXBmmd2d62iarWWCLeIHxfdwIz
Ti4cmzSrK5nDFW3aI6KUs0694Wi6v3+tV+RL+ebYj+RuW+w0n25RGYpdVGlUyThk7jolq6Jwq4peSrNCz23WACfLR5Wah0uZ
zX+ef362lG1XJdioPeQGgV6SmlKEMygv1C80hdnGIlczDTnKcpHLMDaYOPqFZApUIcyMww9PckWTtVJY8hPiKUSd6pjOJdEb
1TgFFwdHsXAOsQuEkxKQ2rmIKgUXF99MLjGQwIQXXGEXV4E9iVU3T2OACRfjI540LVUbSbKMcCz+8YWmLllWSiKS8zmVwELK
J/E55DBJzwULiWzkcsSF/JZ6MVWViZFC6mQcIYDhxXVwMypWPQViTs+XTwtNWpDpgyJalmXGI7GGFxGNuKDJvPTyKcSxmjF+
IUeo0IIfLxHDwrfEn3kxQ8dLFfDzRTFlKCuxWCmMIkF8IvBEjhFdFMVcthmBiSBtzcphMsckRSK4cyYaHUqNohTIDS0up4Bm
EArhIQPKKJdJKgquJWovhEwFU4wufoyE8JJiEbCQK4gK1MY5l1hhirpLLygVy8K+MiHPnGWZWsBCGFTBBC7mudghilhxEmJL
waZ8cbXhKnC0xzoUbuJQN3FzlCtxBIFumGZqGWUpenWeJ5Y4dGWh64Vin0kGCV1N12QhYE9Sac2ZNoIA8+rUUwGsVgJLtFFb
cSQzrsi5bJY8LA1bXxSVth35/U2/rgRV1dX9EXRsaiEg6a5w7wPXqoauaJKuJgi8s51c3iM3WKI0yZYVMr96qFl1qO4e6r1u
p1Vdf6HVf358kDot60Zrb1BZN9bMq1dxUFiHw321Ybyiy+9d67fMmX55fI/vlrVRtawUL2zuLraugLvtHb/duAI2uvLdemOw
bY6uHwKlNZD2K5d2vn743EFzcyMb4f52ZWs7v7O53BmOgi8vssHlo0bnZ9QOuk4kmbb1dGND9lWj5vTZocYmUbsYuX71W/Y6
dWz9IXJOW8Au1D3r4TjwiNCNrqqN2EiwF57OnWXU7mImsge7pFo3BJIYadtuSta23z2L61uqIWvuSFnB/MnBJncJJlkADZVX
NMoufuYXrJgIWeTCOOFBHKkrmSQld2MxUK64q0gLM8mXkb3SP1+RqTjA81iJGRcBz8vUMSSt5KDElJeyPJ0gWaQoFBAK8yxn
6SrhF79dDPJyJbDkZyucQjKZr6TiogIKUKI9SVYoiwqxnAtkfQgchHTAE4lAhMGS6UUhCVUTQjNSCCXNYM6iJIcyYKI1ljkh
iULASs7SRNzmn14sV7RToC+EkYjN0FfnEGgwf8awjJQlmrFEFgmKJERKk/HcpZBRQKkq6FcMfC7eMRVZVWhJLMoYEa6XGFjL
EqF13cinIvALJsJYUyAHwhxyHxHMY8F80LYB4U9QKp4B7YxkQBfGQEkskgZrMaEllCaEZDAtUjkVfaxgClOEuoQ10HNhJIJ+
/78cFYqMTEWFzAQ/MkVI/8LYPIyB6JNyomdQLFFlzHKlhQ65zEyhRAiyGEimTBSuEq6L9DZKRlW24lNiEIOLRs+ZIxcYmQRA
VYV9DDu4bGdJiLdSyza02ggljbBa8XyT77gtvykpdV8ti4Js+rIeFSIWRO3xLKsLosCtHHiy2swH8acjo6M2XGNqjNpuS4es
m5rWEb4/ajqslYq4nLzk2svFkIzMmqdubRKvot3Q9PJoPMxuj/ZreL0yHo21o8vl1r3xtrbpNqyKyMSwcWWzEZr8S7XV3da4
Yt3B1zY7g8Pn36LrW40NVWt0y2Xt0hv0dt3Z9JKv1K+rG0QmeH+nVfBacjgCHlO0fq7L/vX4e3F8zdwUx+KaE1hW2HtO25ZG
/vz6x1LFq36UeJq5v+wG40hHnub7TeCv3Ebeq2VKp0xFqYvCXH0CjTRNm5qVygTUBONr0wyrC9iwjh/aTyZqZ3rWeWKk5lKS
W4YzVTXVUuPiqQUWsT4Q4vw5kdJPHj5xmLEoC1R9BB4tcb0WiP+nc0OanzZjurR9+EVZRh6XyLw4thmXHa9QQNF0+SI1zxT5
1wRGYglQV+cK0Cg4p4J4T6kmzdmZTBfMgvPpv9gEKlqaiYQiMJPjKEF6XwZKfkyVU/1cY4hoSF1RWZXZ55KU0TNTsWXyUEZC
HcLekWUgxaVOYTpCC7SUKQzaBD1WgWqiVCmQxl3mFEpcKPSpBCh/YohwEH9PYKFSiXGaFRJhWuJQVagPXJwbEJXpM3VOZTmy
lpCubJVdfLGfAH7xEYrILTG+Co0kJOnqxekCBbRKOBWrkygpEY1JFbKMVBnLKmE5RBmUSoGmnIoE5BwiXZoxGUsxM7CEaMBY
yQ0ZAipTTnNTkbHYhRzrQHFEOyaSIagSCl5wMJsrisRyqqeInVPoEKEeUU4VkbmTmSPQm7iGAHXqAOKoFhBmotJIUeV8wXNF
0RPncRPrmlC2JWtYqSUlKeyAqbliz4Ja4jMd+5pobJrTACwTb3LqapzUl1qJNIRzzS/Dga55W8x+Ho63rPHaaA0NnBsbSmu9
Q/daB4da4DWLQB5Uvltd75u1ujsk9WC9oe743bAS2rus6U+budwM9sgbTWtlXuu17xb+WO22qtVwYB1U2q0t+6BCherosnvW
63dg1B+sNdfxXtgFt1+5fumd5786Wn/70u3XfjR6462XXvvh3W9vvXD/3t2rL17fff7e9XdeeuHe8Hdf0bpfffX+6P71b7/y
jWtvHtx5+aUXX9SODu5vOefKTTkmK68zejbY4NH1LoMTv07hZ5fY3jU6HA6e1D73D+K34dXlo8PurdYu3QEdZy0ys62wBMNI
J1WaWItVvTvpXdGdd11pbo9HRIPtxfq7KDyyn1yPFJR+n1REVjffMnxycLMXbU20yXN2XkiRvvA/WcNx6h88kXqL9Re1MTN6
nOlW7fruhkfq2HjVrkwmBv4n1vlk+GViPrNftek7Oft0/xMSzSO9In1oTcpzsvnpP/uP1uRqop2388VyGZr7m0z0FnbPaccz
p/ZAdKnu7dz4zL087u2Q+dPmQlDdKd66+MhiEuNy+jQVHUI6YYWt5JPMWzWaKVhlmb2QHgq+tApoLZ2sANZQuPZ0ThaaILII
c2iswIdlpsxhwhuqmZ5kmEtPxHSJ/qLQFJOLiMegJWdQSYgEMoodIwvFTJcZjIT89YL8JYrM8uFF9qI5ncladnFSsVgyNMGK
JEcZB3KtyB7xSDCsKFE5mhBTL8C0vPjsTVvADynTSaLRD1O21DkTL1+qJJdjkygTlaslk8xqBDgCXEJOJVH189RWSpRForyU
hioBZuQqd9RzVJzqyAGICIcR91kGLJxSZBpEzWSChC4I1j0Iw/PMURlnSkEz0zdV1WlRy1ert6tVT26Yy5oGarmrFy4zSLvJ
iYINDUDm2iyTqyaFVhZTRQbrA4ASv7be7qVGGQQNZdzHVUkeSqW8aj2+Xv+oPVCX7aKs202zUX5q16vhWRBsqognQFJUVXZq
YH4UDNgVpq9rYUMpDmqhG56t6+tI6zUukeH1iq6oj4eeo3+z3mO9nZben/abrurV/LrnRK+81bp8/9rrl765u/e71duvXbnz
xqvD154f/fuj2/fGzzXuvLuzefXK3tH9N/r3xr9z8NrGraPDe1cah6/vXHr7jRv3D98++L3t99//D3/4o29+/f3vf+P9H77/
+//5/W99853vvfytf/P+977+J69+/w/f/733/+jLP3rrD95/94//1Q/f//aX/tN/+ZNvvfHOn/zxzVs//PatPzv846HIB38e
nTzJy/As7RTxbqdUCrV1ZpxZl1pbIkDXJ5W5NTpd66h6Nr60W99m2/V+fyfNzjdQWZz85ov2h3lJsk+ePJj9+ip/cnfxk8lS
kX85eTBDVs38PCG/8Wenswd/UH6QfDGu7Z4U59JuU7v89PHZc8sT8Ld/9/df+qvHjJH/+4voV//763/39NWf/tNkFUR//ssf
q/rGOviHvcf/fOX45x//j3v8rz/7zU7/Bz/7/Hjt3vb43tNHv3jz/BP0s5/97Pan1Mqif/z001/+7Tc++ij66BecAPCXfz+p
Tflp/Mlg+XT0+W+/+AkCk+jZ2Htl+utHjefLvdPJ47QpfXFsL4tDL6yvjJNV++xzNeOVqt43m08+f9BrNnpdft4IJXCug4nV
ZR630diqrbrG9JLta0yyMZR5rvZlG0Kejfhpu6iGtb2G6ewYD4xGJagq0A11N9fbONjuKZLAofqQDFlrYEvbUr1c9SNINjqs
ZsJarQ5BN7EDqR4kNPAjqa4FY7lpONQumCnpu/uVmdIYmKIe4WGnOg+cdr4M5o59aLdT0bXNOq2ZKjYMJWBKXOFC+d4I9u22
3dKJlIXbgR2EQ1TpsLDlDRq61agqBOmVwVavafnBAUPVzbqjdYAakBZtOUHID/YubYRt1oUVpvau7DqkXb0cHBbdYk33oSQE
R86Vyt5hu96m9ddtuD4ZbozHO9ebtc0NrWnZ7Pbt5mDnyG3VaLim396rtvyXN/aGtdbd8eh2wVpbXvcyaw+shrNhbrcVtYl3
LXndu9yxuu2zLTJOOuu8MR4armv47erLW6HRv3y/77VbrXu6mljVsXW1WqLA3Klfsutev9asjquPvzQK2cDa5LtwrbV21+6/
vlMfedqt4ea929tucPv67c5+8Pa3+x1e76/VTeuVw8G773zrexs/rG3eHHrfeeeFL3/pza39t/9g9LWNK2v733/1a//xjRs/
urHx3e03vv1nV9+49ae//4PBW7vv/9evvL7+ylvfvHzpuXedF1+8c/e19Vdf+dbm5dfe+vLhV373/sa777z51WsvffXw+juH
77zy9nff+8ZLd75762vv/fD62p23v/nWrZtvvfHqfv2lw/2b7rX/B1BLAwQtAAAACAAAACEAtWt5Gv//////////EgAUAGp1
ZGdlX3cxX3NjYWxlLm5weQEAEACAAQAAAAAAAE8BAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgX
n1+UkgoSd0vMKU4FihdnJBakAvkahjoKZiaaOgq1CuQCrvL/qjb5JkE273f52bxfxGxj9UrARofR3iawRs4mYX6GzcN5ndZv
DyrZHNyfaJMfxW7T6t5hE3pQ18bqJb9NSLajzfq209Zekio2F3XNbWa+57HZ+z3UZqmMuc397ZI2zg6l1q6bLG36zgrZtJ+y
tenJN7RR0BWzOVSlZuNjx2RTuU3Q5tlve5vcCfI2RwNLbX7/c7CJtBWw+XBCwWb/RXWbOQY2Nmo2zTbTPTxstl7gt8mqemE9
uzjNpmQ/v82xTTo287P0bJJCWGymSmbZFB0zsek3TrF5+EvB5pL/f2sjbh4blhVGNpGJQjb75AJt+HZstb6/Vd9GWcvGxpTf
xybnbKpNS/wnawBQSwMELQAAAAgAAAAhAKRww4n//////////wwAFABqdWRnZV9iMS5ucHkBABAAgAEAAAAAAABPAQAAAAAA
AJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GmYmOpo6CrUK5AOuI6zz
7fyPJtjVbLtlN/fREbvOqaF2C7sd7Kur/9qF2fDaL9zLuC8qLNYu09XK/tLHbjutlJt2yXwv7FplD9vtFuyy4/JeZLc23No+
8c1ku6T/O+04Zv7de9WPy75R1Mae6V623XutEPsEPyG7zhxZexnjfnvLwq27zGcq2d9ydbHfvIbd1jv9o92BVXb2vIoO9vEb
uOyv+uTbS0xysd+fLmZ/vHap3dRnSfYLfvjYu3VMtHs1m9Ne8RyT/a5Eefs3EdJ2BTka9tNupdvHBHHYy/ivtyu/LmE//yi7
vZVfuB2DwAW7S85b7Ur3TbMraZpmJ72Jw45pgYj9rgdM9vE3L9oZvTGy3+G8yw4AUEsDBC0AAAAIAAAAIQB7QC09////////
//8OABQAanVkZ2VfdzJfcS5ucHkBABAAAAEAAAAAAADKAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loF6Taaiuo6Cell9U
UpSYF59flJIKEndLzClOBYoXZyQWpAL5GmYmOgpGmjoKtQrkAq7sqX6bopfGL/TYEbEiYIPPFqtjfpviFzrvrW/03ey1zX+j
y56saQkLAtcnzo9ZErJG61r4SrNTNkcil2dNc92dMid/ovXRlDkRKxLnxy/02xS8NnR17uT0mdlTnfdWtoNkk+aBzPLZ4r3V
a1v6TN/N6TMD16fNkn0curqoz+5Q/MLA9QBQSwMELQAAAAgAAAAhAPJZznH//////////xIAFABqdWRnZV93Ml9zY2FsZS5u
cHkBABAAiAAAAAAAAABNAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoX
ZyQWpAL5GoY6CkaaOgq1CmQDrhVvd1svBWIAUEsDBC0AAAAIAAAAIQB9DkkK//////////8MABQAanVkZ2VfYjIubnB5AQAQ
AIgAAAAAAAAATAAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC
+RpGOpo6CrUKFACuZE6dAymcOg4AUEsDBC0AAAAIAAAAIQAlOjbd//////////8PABQAanVkZ2Vfc2NhbGUubnB5AQAQAIgA
AAAAAAAASgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+Rqa
Ogq1ChQBLgYGhgTtCj4HAFBLAwQtAAAACAAAACEArA0/J///////////DwAUAHRlbXBlcmF0dXJlLm5weQEAEACIAAAAAAAA
AEsAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoU
Aa4vf5Ue7F7/wR4AUEsDBC0AAAAIAAAAIQCEi/Vl//////////8QABQAcmVmdXNlX2Fib3ZlLm5weQEAEACIAAAAAAAAAEkA
AAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS4G
ILj95KM9AFBLAwQtAAAACAAAACEA8ujiW///////////CAAUAHN1cmUubnB5AQAQAIgAAAAAAAAARwAAAAAAAACb7BfqGxDJ
yFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBrjQweGYPAFBLAwQtAAAA
CAAAACEA4gNzif//////////EQAUAHRlc3RfYWNjdXJhY3kubnB5AQAQAIgAAAAAAAAASgAAAAAAAACb7BfqGxDJyFDGUK2e
klqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBrsBb0jWJRu/tAVBLAwQtAAAACAAA
ACEApLGfqv//////////FQAUAHBlbl93cml0ZXJzX2ZpcnN0Lm5weQEAEACIAAAAAAAAAEYAAAAAAAAAm+wX6hsQychQxlCt
npJanFykbqWgbpNpoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkamjoKtQoUAS5GBggAAFBLAwQtAAAACAAAACEA
I5IED///////////FAAUAHBlbl93cml0ZXJzX2xhc3QubnB5AQAQAIgAAAAAAAAARgAAAAAAAACb7BfqGxDJyFDGUK2eklqc
XKRupaBuk2mhrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBLjkGCAAAUEsBAi0DLQAAAAgAAAAhALVG
XHGSAAAALAEAAAsAAAAAAAAAAAAAAIABAAAAAHJlYWRpbmcubnB5UEsBAi0DLQAAAAgAAAAhABvjS19JGwAAIB8AAAgAAAAA
AAAAAAAAAIABzwAAAHcxX3EubnB5UEsBAi0DLQAAAAgAAAAhAOT4RTRxAAAAqAAAAAwAAAAAAAAAAAAAAIABUhwAAHcxX3Nj
YWxlLm5weVBLAQItAy0AAAAIAAAAIQCvFSUkbwAAAKgAAAAGAAAAAAAAAAAAAACAAQEdAABiMS5ucHlQSwECLQMtAAAACAAA
ACEAnJ4GPbIAAADkAAAACAAAAAAAAAAAAAAAgAGoHQAAdzJfcS5ucHlQSwECLQMtAAAACAAAACEA97pOAXEAAACoAAAADAAA
AAAAAAAAAAAAgAGUHgAAdzJfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhACjhSuNvAAAAqAAAAAYAAAAAAAAAAAAAAIABQx8A
AGIyLm5weVBLAQItAy0AAAAIAAAAIQChoapNzncBAIC5AQAOAAAAAAAAAAAAAACAAeofAABqdWRnZV93MV9xLm5weVBLAQIt
Ay0AAAAIAAAAIQC1a3kaTwEAAIABAAASAAAAAAAAAAAAAACAAfiXAQBqdWRnZV93MV9zY2FsZS5ucHlQSwECLQMtAAAACAAA
ACEApHDDiU8BAACAAQAADAAAAAAAAAAAAAAAgAGLmQEAanVkZ2VfYjEubnB5UEsBAi0DLQAAAAgAAAAhAHtALT3KAAAAAAEA
AA4AAAAAAAAAAAAAAIABGJsBAGp1ZGdlX3cyX3EubnB5UEsBAi0DLQAAAAgAAAAhAPJZznFNAAAAiAAAABIAAAAAAAAAAAAA
AIABIpwBAGp1ZGdlX3cyX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQB9DkkKTAAAAIgAAAAMAAAAAAAAAAAAAACAAbOcAQBq
dWRnZV9iMi5ucHlQSwECLQMtAAAACAAAACEAJTo23UoAAACIAAAADwAAAAAAAAAAAAAAgAE9nQEAanVkZ2Vfc2NhbGUubnB5
UEsBAi0DLQAAAAgAAAAhAKwNPydLAAAAiAAAAA8AAAAAAAAAAAAAAIAByJ0BAHRlbXBlcmF0dXJlLm5weVBLAQItAy0AAAAI
AAAAIQCEi/VlSQAAAIgAAAAQAAAAAAAAAAAAAACAAVSeAQByZWZ1c2VfYWJvdmUubnB5UEsBAi0DLQAAAAgAAAAhAPLo4ltH
AAAAiAAAAAgAAAAAAAAAAAAAAIAB354BAHN1cmUubnB5UEsBAi0DLQAAAAgAAAAhAOIDc4lKAAAAiAAAABEAAAAAAAAAAAAA
AIABYJ8BAHRlc3RfYWNjdXJhY3kubnB5UEsBAi0DLQAAAAgAAAAhAKSxn6pGAAAAiAAAABUAAAAAAAAAAAAAAIAB7Z8BAHBl
bl93cml0ZXJzX2ZpcnN0Lm5weVBLAQItAy0AAAAIAAAAIQAjkgQPRgAAAIgAAAAUAAAAAAAAAAAAAACAAXqgAQBwZW5fd3Jp
dGVyc19sYXN0Lm5weVBLBQYAAAAAFAAUAJ8EAAAGoQEAAAA=
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
