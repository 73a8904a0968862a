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

In the window, a digit key tells it what you drew: it shows exactly what one step of learning on
your drawing would change (take it, or undo it), and saves the drawing to my_digits/<digit>/;
"Learn now" and --train learn your handwriting from them.

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
READING = 'crop20-com-width-deskew-moments-onewidth-v4'  # how an image becomes input; stored with the weights

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


PenDigits = collections.namedtuple('PenDigits', 'labels writers strokes')
PenDigits.__doc__ = """Digits written on a tablet: labels (n,), writers (n,) numbered from 1, and strokes: for
each digit a list of its strokes, each (m, 2) float32 points (x rightwards, y downwards)."""


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
    look alike. Ten hidden units then spend nothing on how wide people write: on real pen
    digits of writers it never saw and on bitmap scans that is worth two to three points, on
    MNIST a few tenths (chosen on held-out pen writers and validation digits).
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
    """Whether pieces of ink (h, w) are a row of digits: all about as tall as the tallest
    (ROW_HEIGHTS) and each a digit to the judge by ROW_MARGIN more than it asks of a digit alone. Writing cut into pieces gives every piece a
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
        self.shown = None                            # (step, units) drawn beside the units
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
        self.step = self.read = self.form = self.shown = None
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
        s, px, order = self.step, self.screen.px, list(self.shown_units())
        if self.shown is not None and self.shown[0] is s and self.shown[1] == order:   # asked on every refresh
            return
        self.shown = (s, order)
        w1, w2 = s.changes['w1'], s.changes['w2']
        strongest = float(np.abs(w1).max(initial=0)) or 1.0
        self.step_photos = {}
        for (picture, caption), unit in zip(self.step_places, order):
            self.step_photos[unit] = photo(signed_picture(w1[:, unit], strongest), self.screen.zoom(2))
            picture.configure(image=self.step_photos[unit])
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
2shH/8vDKyPS117MXgCvP5qOQFeecU+Zm3sT+WRx4iBcq20NDXHDnPT/AFBLAwQtAAAACAAAACEA5PhFNP//////////DAAU
AHcxX3NjYWxlLm5weQEAEACoAAAAAAAAAHEAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+U
kgoSd0vMKU4FihdnJBakAvkahjoKhgaaOgq1CuQCLn6RjTZJJ27ZNGkw2N6pfGXzbslHm/nhorYHbTlsdwk8sql15LbdcOeb
DQBQSwMELQAAAAgAAAAhAK8VJST//////////wYAFABiMS5ucHkBABAAqAAAAAAAAABvAAAAAAAAAJvsF+obEMnIUMZQrZ6S
WpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GoYGOpo6CrUK5AOuYGV3e27BdLulPVb2wZr29hXX
3+1z2qi0V5j1gp3s07/7OR7f2J/7LNEeAFBLAwQtAAAACAAAACEAnJ4GPf//////////CAAUAHcyX3EubnB5AQAQAOQAAAAA
AAAAsgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBek2morqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqGBjoK
hgaaOgq1CmQCrsakCL7tP0Uc+Rrnf5xS/1evccO9gI5/jQJOD1fUf/rtuf3Bsuf1Sm59320fXdh77WXh5shfa9gXSkm6bdpU
xR27N4a7Y/P0P2/MBQOuJHhdYeJtnChQL930c8sFmY2WH+b4HKs/pr9nvzIAUEsDBC0AAAAIAAAAIQD3uk4B//////////8M
ABQAdzJfc2NhbGUubnB5AQAQAKgAAAAAAAAAcQAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBef
X5SSChJ3S8wpTgWKF2ckFqQC+RqGOgqGBpo6CrUK5AKuFVEl1r+5na0/PEmx1llVY52kF2P95US89bJ9tdZbYous607aWPNf
XWgNAFBLAwQtAAAACAAAACEAKOFK4///////////BgAUAGIyLm5weQEAEACoAAAAAAAAAG8AAAAAAAAAm+wX6hsQychQxlCt
npJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkahgY6mjoKtQrkAy4ZrU37xMM27GtIeWZnr3Tb
Ll/abV9wsKe9veyBfXemnLd7uuaxXXVUwH4AUEsDBC0AAAAIAAAAIQChoapN//////////8OABQAanVkZ2VfdzFfcS5ucHkB
ABAAgLkBAAAAAADOdwEAAAAAAJy657Nj+Xnnd3JOyPnm3Dn35OFwhsMwDJIYpJJlSWtxvbul8m5Ju37joKKrbKv8xq6SrbAK
tilSIimRGg7J4aSeDtM9HW/3zffi4iJn4ODg4OR8DP4LxisAhQIO8Hue7/fzqcKffeUbX/7ab4HAfwv8d6t/8O0//q/+aPX5
udX//t9eWD09t/qv//0f/cc/+v3/5nf//R/9wbd/9fznfv8P//jb0+f/+N/8/n/49vTx2oVrVy+fnrt6ef303P8w9//rRqWF
TB7PxXJYhMTyhXgiydBcHI9TsZlIwmXnmBSCpGdZjsuEyAxboIhFjpjlYTLAovwKECXoXOYMV0jPZKP5dGR9iU8LTOx0Kh7N
cnNClpw9RRQwnNmIJPi1RGyOPENkTifJ2QgJo0iGOw1yFB0axmhW1SY4SgWwBsEGMziD5DhBBhoGAOK0C9okGZxwUY2H2Rc8
i/UdCkxEKIW3GUDvBvWDQVPrlqstX6wHE3e4O9nE2oQqK48P2yLnwPWxIZ0oxzAicmPRHY5kzYO7Y1JrOLWmax9J9yg4OvKH
pV6mWQTFfkVZKNKqXSq3sL5RPHMuw7e04qedxzpoR9U+crRDjcj4RzIyHo7Q6PxYbI3H8TkACX0RNWiw7DEARaphsx4MZQ1J
8otB3gCKFuwDiy532JTGYgRW822yAg6AAc2DI1EBWRpIVECShDNYJx6rUcY8spopEOIRDkS4o8UacsIILJajJqtdAbFgYALG
NcQfztiBnRojogsSfAy077OaAJ0ooJHrg4g+qvfIQThyIu11RVXi4n4EBCNU1/UMu99z7I/dHoDVkVIAG+MRWuZw34biCSAK
iNYQBkBe8AexnGGPfTvn2tLAtAYJxEnFwGBS8BmIHoM5EvZdXrEn3Q5Q8AsoABoJKB+PANA1r+C7eJhhr9IBn1nkXIOlBYgA
CXMpBlty6NBRR88DYEpicAUPbbRBAmfjbXbyBTqxHPJXr2oRNirN2fFzlA9jFjsGkh5usvn1As25vFtAIzMEMjskNkZwKmDn
+EoLGi3ojdWlq+QsvJTsfREc5DgTfDHJRh3xTHzWTjTfe+xis2GeMVqcsEI+NQMwgx5zm5FwQ03TB8chKdf7cyuOChnUtQ8C
etdqaxN62B6Lx4u5dJt9+l7DrOjVJY87hAvh3Afldntjo+rdG07Odvr2flHza0+bgDNoK0GLu9Gg66Ko7yGP6wdH21kBP7Ce
vdttPOvvC5PG00m6cebOyclTnt8mH5VG8ZZdmS2ce3HhUuHU8uK19Klfiz0Xy81fyV0qxD8/e+Y8N7sxfwGZffHUan7jAhS5
cu63U4nFDe4MTc6i2HL0eWIuvjG//NLnL75y/sKp02dzp69feP7cxdgbuRdP8a9dXD+9lFqPX46sXjt9bWn56rXE15d+7+Kl
L14Rri7Fc0R09uIXohuFCxbU16EeBEYAUJ/MIu3pqQuRTJULIEkfA65fHYy9DnmgyYoQGOT1xqviRLP2SFah7GYogXOtSrs2
aA9Epy7vSyV7cFN50rB5abxfO5jU8e6lan8w1Hs75qArqb2e2Q6HsiUqmVbdPmpgnUP4ZL9x/l13t9n96a2+9OPxkVz49J2d
j4/3b5Zu3frnyXhzy6h8fHf7ZrUbf/ro5s38dv7ubnj4c95wB5+oGWuvd/8exH8ifxw+7N164D2rPNppVnpPnv5y8+6tJ8c/
Oe7UO5vypx9Ut++S2v6/PD3OvQ/fejR+b7j7uP32vYY52HqsVOHw9qClS89qMvLU2b/ndsTJkXMiak/k4sTc85T2p5bRq4jK
oPR0KNYrT4eWrk4q9s6+GB9K9ZPauOtNWnYVFFFxy6qLzkNAdRrjk+5uX53EOmhr8BQrV7qi2Wq3yk4dbPemI2VKffGorinN
dldslU1CgRhd9uxSv7sL9QBblgxZksRWo9GwrH5DHu0YUmj4en/k2eJB0O7qjV1NdnxFOrTUuJTEuTDHowoMyGEU4W1HZpLg
xEctYr7hB1YYmi4a4m4MCnkbj/oujQN2QVcELwy0YkMlfWbMYmkSjJEJ0uOGAsOiLwl436a5FOX7TNty6PmZlI+TBBWdBwcc
bvQDqg+gOoXkN+utQ0HrAHOQioBMfBBiN2CoBaM+3tsuJZeeBin9UGk1QA9WvSqs56CjJwZvWnV4YKGxLi83x5CINcbp52zI
JdO9soHsxlzvKKopZq9HozN9tq3Riwe6HaSNMZcMqX6r69B5mTMgvDDQbakNhWsJfC6fWlUyMxrm2EcXoYUBjIMsVAb8BVSr
TcaJ4jT9wHVuebYTkdqsftyt2AykTaiASgjnr89+Pb+eyJ8Flr46+1Xg7KWr3NqL5Bt0aobPXrv+JWzhjdn15fXX09j5q78Z
XX55ljtnRtaT6Cn+HHUmkmeB/FfWn5s7//z8GSjx6nn+2leuv4ws5qKfSa6cu3zp+cJz7NwLx6tXZ06tCr++8a3LyJfnElfs
xOsC5566IizA8+Kw6SmVAFww7dGIoYvjoAbZ+LYejsZi1+hBR9VB8JgoN/q6YajYWzur1XJvfINyqnD50OmDwv4ve/Wdg5OJ
dMtoNKREZ6d3Y/O4/bNu74N7Rz8a1Yo7D4+2nnZ/dBR07n9680FmU23eKUt/fXj35zt3npTEo70P/+6Z+8zea9//347fHu6P
Tr6z98M/ffB33d3tD/7xe3+5+/cPHt+//Vf9v/zrd/d2/6etH3xHfzK4e6N29Ky+93T7T9sS9sGj//edY+eW/b9vHv3g0Y2T
f5Dv/K/yTz+48b0nN7976wff/c7m9odlZ/fPv/fhX39a036w++Cn5r3H3/+n2j80H2z1f/GdoqW880tZdf2PgToyKB22iRK0
1cu0y71H0pHpVEsPtTOqGJTu3Wo+rY7wetj2sF3g4SOzSw8P3TubHtvTB0MrsPueyOoeoCEIrBBBAwQSKZad9lYF8jFXCvch
cyyb1JE1ouJB0il6Lto5oLsTR9bHZVHXQJ3bd3pegOC6q0mjQRABNU+VHa1odw7AvjUKLafrhW1QMqWe3G0HarSt2ZbNjUch
bqEjwHa8wDGg2sAYQ3Zw4jpiqHpDC6v260e2bAGeM0ZM21JlgDVbsBYYo15rgg1DEXU80WhlQ5z2MBjTA5gHDbdIc4ixShhj
OPDxbNTQ+10p8GEInwkszvc8Ebfl6QdaYxC1SQcBjykbNJFVSAE59jykCb0xqNCojVrV6NyGSbC4mbYkEY4NMY2A0XXb87CV
MBQQlUdkfy8e1V3TZxNXfWQ+E7Udi0TDeMoNgTUdxtOXBTvKzr+xOojgHuiQQmwpmaHYBH3xpXgiwS1YGTJPJtHZz8ZTryws
n6GzKy/jKfpiMpu/MpOZzbEF4fKsDyQu59RZ5vOjz69fWZ55iQbPRCcxElq+NAMsx+diKHc1+q/wdAaeouby3B8Gl7+G0MCv
z8ddlEmiF1/5tfX80jfRV3/9lYJ3en6FfvMUyy9hK3PJc69F1s/PYGJojiJZe4l4wQvT4/TZDj3vc0msuQ5gRJounHpdh8f8
cWChRsooxDaixuviBDern8PgID9JBonOQ+cQM8rDEDHs7abCPRlH9mzR/0Q0hu6RdB4Aa8Vj55/th6UTWUb7hVfvXT3eb+/c
mffKo5MjtQM7d9/blTaf7lvOE/q7I318+H/f+7OjD72flLSfdiv//OD7b2//8MHBf5b+cbtS/LNH93ZH78M3/7J+8Bcf/vSv
Nt9/+HPz2c7H77adivtMm9iF3TaHyH+z9xfFD24cdBq7tXta9/Ck+86z3eajn/+zWPyb2n2H2Waf3K7Wfnr/J1sP/6W4be/d
LbnAKSyPQweankKi626PvkPDSqBVFmHlhOEAzh03cmbHwDCHMGh8QPaQFGjuH+d7h4HKuccyAVHdhBQQNuwkcGb/1KlHPGnQ
iMBpd2voSuAuqO0pPFtYJHCmuIQJ/QNi/JIbLFFPknmby45IWPeiID+A8CruM1o60tSoBN+JphWx5TRsFQiHY7Kk2STEW5EY
ekktZ7zU2HFceQkeTmMQDmMqTyNTAyBCR7ChPuDxlA2AABpIugjDJkqkyHRbCcksQPOeMil5qIKkCYJiDq1kNvR9yCUCCjZh
DYBRkm8rlq+igD2E44IjtyBlOssqbsPuJHCarAMDiMd0mlCTslyJMmFHM6jhNCZaod02IAQ6sXUXdJ1t3LZVeuyQtuzKiGM4
RhC4ygRGez7h2pNACby6ZUOTIWw6XMQOjORYiuG4r3iWDtg+OQ6tAAd5LHBBEAwQZwJ4MB7giI/5sIORlO4rAIF7Wh3mPT8G
spF5DLzMA+dkNYml4yj8Cpy1ktrSdZ6l8cgSE2ggJSx7NIVfI5A8iSZiIJazs3ySSyQTrwKFAifQkasOfyqXJa4Kc1D6D7h4
PBabWQTTDBJ9fk1A7GUAjSIZbM0P8xs9LEWlnhPA2NKllbnT0fyb2Nr8zPlV6iXqzXT+1TU++2r+HDozG127cur6+unz3zhz
6XN5Prq6cpn8EnX6hRVibTF3bWn+7HNZNDyXAR2hECusjvENAM+ywJdnhSyYXfWo3Lkg8pWVjW9iKAgWzkWu2etLGOM9D+NY
LL8Sv4Ys8F9GCP0u4ehSU/QqRlAdSMPD8TTSJe49Sey2Ru2VkPNOes5t8e7JpB9KEz27BfhNsfQgOnoil9VqDxv+rXKQ/uVw
XH30FPw7aWtNfPv7//O+bux8aNTt3eMffufd/f9zd6LH3z56V7z/pFVjdOXT75QlRHn3hvmk/V5g7J5AOOfMI0q4kUn4OaBX
oZqnDVZoAFnGeA0LUjFqfF74jNsAZxg/OhPmcNfy44FIZ4B2lAip2YMEOI8xiHnQH1GAGo0GC30KdSgZTPSMuC+kSchlMcjj
DD4752OxeIyGYFjOBStwmU3wKG9Dhhe4poZx7sDV+C7NBI4XchFv2k5SDAMcDtFAOXACisNQkgMiYYgnwoQW1UyFdRE1QNjA
jRuExIKtWESXBL7PYRxopdK0vC+0JjpE6XVkaFk+TSd4zJgxUaoNRjkSVldp0xOFkFggWBv1JnSAASGluQIGYTQK5l2nCHmH
IIAjIMpakJ6nAR8NKoile802FA2HibJFkziNQzoIA1kPCAGQFGbajAkMYQNwCTBiKLrtIDio5qd753aAOgxBoG3y42ZqQjDA
cLquUyQ1DlwPOyLcIPSnv19AdDHArwYEblMqDkAkrhE2SoOM5rijIO5iOMJDFDRdrNCzMU9TUFv18KlIj8wQ9HRXNQ0XoyTN
s3zZhRHTsjGMlC3VV2kXlW3Ttj2igONhoHuup9cdwJzBOIxfR/UVqEOpSgSC+SD5qspa1HAWofEEiCxHFM9E03l/2sgMKQFc
NBsscGAuE0OyfpSgAgSEChk/Z0BWcJ6Zy2Lz0QtkyIYU1bIhgUxllzRMwblBjHEpkcb8aAQh7ZgwyOPYEvL1z4yXz6zOb+QT
XxBOg6nPsF88dSVdyKRevZ5ZzX3t1Jd+/SsXX3/hpd+M4F/PX70a/SbxO9+YYT+7fu5r9OX/8lXn/LrmssfOSAcALEQgeNLz
rEmQRxuey9GKhzKBMjS8jhWqOmj1UQduwYrXHwCmpgL4ePZEHr+nUYTVPrZ6IFXXu9A0GUf2oPlsVw7aw1bEUKtG2/0YenSo
2xNs0ObumSP5fvnn/Oj+WBOJNuFvp0fqLzvA3mbfvjscYoPKqH+Hk7077iQsV3d+cVBsjfjW5cZ4TA7vDmBA3z/e25Kfbh+q
1qa8aVNemQJPe/kU1CK0rm9tIN+dCzkykWqH46JHVrHLc0kUzQ97mjtLrzJIZL0gjLAV+kxhg2mmT8WVbgmjiXg4LbeAHPsE
R9qwD5N2b0ZA+yEE4XF0eto2WSYBmJthCB4XiKGpIKeECNLD41OXsQB2lg7S0GokOkFYHibowATRURxnidiIwQA8pPQB2eGY
4UqcwXgvM51nd4vBiiERaCbCjBAX1PAgUvwVZ60ZHUmSPSesqoU4ae6n3rarCimWaN0iR4sIQiN6TLfd/tZQ2ZlYgmoJsjrm
r9gRPdYeAhYP84WI40imHg+RDOA27n98x4NNkkGjQwoeMANfkIeWrXHQ3pgJGplDGmfTJAEjeGjtEl5AhkgKg1gXcgsPMMOw
MUDSqVgGFRwqhKKMbIgTzCIiLi7UI5yD+QyK6wwDlRTXx0qYA8K+F4CQoCKeMwimpWogpAj7qKIrMEsLAxep+6hAQyEMeK4O
+bJqgLSL45LvC24bIgDY8+sEEbFBWpWnXR9pgSnXnxazAdOQbiPBNAMcQIND00r6iAcHgEQhE8SmNJvHZimTNMl4GGEmGgZg
ZzkO4bmsRimxIBKZrQBKYLveQgICNN0XkHQ4n0IIQUgxboLm5jkcuciGlwAJzfzrl6IFPD7zKh3hYH8mtb4wEyUKQgQNX6K8
KLUQ5dFYuHouhVzk42EuxkfUK+semwwIJCbnX5rpwH4Q5y5TXjr2JovDa6/DF6I4GoBAFlXO5ymS4U9xTkyfRdLLhPD1qL1K
T/SY5ME1CEXbnajd8mhOY1gWiJBss7pJR62h2dvtiI2BF5JHtSp2HzhpdZvRfm25LgrxAWQcSebHw+1mDfaCol75wfvKjY7Q
Rv6l1dyXng1dLbGzvTX4BRRs9Z80/7pS13+ys91//PbP2+pjuSLXPwzTu+wwf7Pr1h7p+u2qAwx2QlSzy6o6mTzav3N0s7EP
N+SOd2IN/PqjNjuRJp/u1PwR3SwEJ2PM5O/cBwK2Pw32TwNDMicx6jhGySbg2WpLwo5sNwXjTBCYmkZk5IVkgHBCxARgNl2A
p8eeiW9VKn0+kfUidhSnyhBiyQppq8VIlcDhmjTxUASlaKTObTHmkCaS0SmgkU2iYuYiI+h4in4dfyq2eQSKQBGRfhZO/awK
dBmTkRuI4qeT3gjXp4NzTDsQOfFm4yRgRKCmp/4DVX6PdOAaZ3vjkrvcZVzuA7DXxwV4stPuaY4xKYMs7HaFZ/2jI9uCWDkk
OmPRwa2grzQA771i7ZHZy3W1SNMZJ5NulIhCLgZHcWExBJGxP4rVQRIMxp+2GuTYwR0g4uagaQ+OJ8oW5CECYvo6iqKdrA9w
ONUjAV+bRMLpIpIYR5CT6eY1IQeFMpjCTGubginaR5EuLqKSZtqxkAB6tgFbCuQRAYMTI0yBkT0ACGGGUbSAGPuh73iwh/Qi
xLTTSA+aEhFF6abTB0Ka8B0E9SFA1S1Xtm3FhWUK9E3ZxaHQkscugKCKP0ZAfnqINlN2gvFEhEnf0lgVxP2x44GQOQDcEdwD
bc8mJ3FiATWTQZwJWZgfG6ewoSfIfCFJxBL0kjCjFnyfzvNh4Ar9cIFkUQUOAisXzP2q8MgC5mXhjQKYCV5mkDOBx8UTOpFL
zV4RwmwMHmTRpYWrsPsmn42E7rqWArIX0pAAs/OA92qcSGXj6XD12gVi6Qp/Kr18auHsPLM0G5+JLyUXMpnnsziLZ7hXTm2k
r8dnLm9Q168s08xZem3+3PwCzlzk8q9lE6uJAZCIYZHmJHEmFJOn9oksA5zPzHLcWpQ7wj1jHjVU1HnueBTYOVW7CPWRAWKL
i73s2bg9g7MYVXe6dw8a4eNISi5Lzv/yT+G2nhuS/09ymmRH8JTAHtbuqN81B3fEre1nOix978En0v5HN7K70nS+5YYW7u8e
gq1y+6RxAr1dHFnt/yOzZ92uFml/56faU/3ALan7wxuHtU4zdXN5UlduRz99orduEFtw8aMPGWfn2c4uhvnekHjXNuuGSYLW
HLhbOVA5v1fFDjGmSEwYeSK3aj5xFNUM1oxPfcca0qhU6flApDSslXEQ8Ka8CMA7NCQOeoQr9diyGfJdo0Elh2wA2l3zhAvU
mDKkESANy3yjC7um3DSUsLkf+ARp+6nA73t3p83WPy6hHpsz+t5wTOyFY3pqHkYyBkU5N5R4Ds640REf/rDjF+EjUwuoFtEy
F5rheNCSJyPK1CfWp1UBxbKAGAWPG73yZDh04Qw8bIWlLoabmNkzq5AZ+9RoY8PMgQ1rbCoWBRI5FEmgYcrlsnE0jns+1TLZ
qBK97+MsSsRBBklx5ALPqHZQJXEmkgXRaQyDCAGFrB/IPBIAC2mAc2jB7zOkHpJT6zI1mqZNHOUJSPVtGiVsRoctj/C46YIE
mkO4Y2rK4hgIHgSegfQCCARJ1QFs13EMdw2wwNAkghBxIVh3cRgDNGx6XRMGIl3YRDxdpC3H9tWBCJuc5wERE7VA1GVTKAA3
pyyMhKoNonEngDWE8QEZmWooiuIh7Bu27ricCrbDqQDGYjxwFgCz6EI8A4fxDHEe93JTMInF03EhGo1yGoLi8GqMpeh4kMjP
wCsBGQhReiJwWQwJmVx8Zn6RpyLhPLl4gbXXsWwYXRDSBINf54gmGUciuaibW5saJxol8Tg3tyBA9FIaIC5nstQqwxH8CsKO
UzEy5gYUBsy/KoSGXiBeC9V5iEFtGFkgMfSsF130IkJShaRFCsQvzLEes0JROTI/xas+yGquq0+/YY8EGa55WnXw9HBJ90W7
kT4FOQRiTsAWQckAB+ueE/E1dFJftIc0MMvwsvsRZG/GH44eDJcrNrrwvX+kbmnuuP8dYWUc2TmPhdFntcfOnxrtI/0du6Kk
ylvPtNSDv1Egre+pTv6no+BnDzv7Tw4Oxv80zHwgycP2CfSo32jv4mS/JEkGWb4/3KsXx1qzp9+LGa0nHyL9mna0b917YN3d
SUoDTZWyvo310KLvQLSHK6tMUCFKk11Q0PttNN6z3jWHIM3swmB7ZMLLd7CGro8nUv99cZKpSzBmDgndC2F8ulJjBlYmKjke
hLbxyBRseh+dGQpls+NrwwB3eEVCAYeZSDgJK9uofmL7njNBFdRqoI4+hoc6qJInI6kfUIwCGZ2A6dllRcKZ6ZyLBAiAy3oY
+dWh+BELdTNqI5yVXRBLm/5kBnYWdKgQB054oRglBSZyi5iNdpX9PVsTCDxFYzhlpHkUoCk9EsEyc7VklFTmDYVIUILPoXTU
T0Lg1OYAQJ36OUdYm45HmD2VDVmcyTiQleXDuE9MtybkSRb3wmQQA3wQnaIVwthpaGq4UdCCyUTQhVCcEOAs7FMQSOMZJOQJ
98SZJk+8EDU8EGFgBn+WDB2A0jkan4wcpw+5FtVgcNhjxwDiAbSHWDSGTl9KuQykB4SFYwCAyhAhOEbgR+FpAYYNF9QBbCo2
KKjCQIi9gMZMGgHxeSaJ6w7Zw1DMCOBIwtB1yBMoyyfYCQzFINaxJd0Ug5CxWdiG0rOcN0uGKJDDUApLohYTXSBBAkhnMDaV
j6aT5oLAYhmcgrG5hJ8kuQhJGPEMI+SCKIbrJCYkN67nFhgYn5n5AoVfz7ycCGdQrDAbWY9t8MAfuAuvkt58+rSNXow+L1FL
F+eZCHnpqjB5axLnfx9O0RdPswh/OYWkQXwJQFdfZXPXiCj+8pK9ws6x6Sx39UJ+bpGLPI9nl1YYRLqK5FfWzk8zMU9lP59b
F9iJiioupRpAYPcRXBqZQR9lEo4P8rpNXHqLmUrGdH68VTMypRTAmwIYBcpnUiqHRlcFEYZvasO68nhrryW1Oh5cPNoZmxrV
fk+G6+XDJZrS/EjJqFaHnnQ4nuzZ6pEYME9+hrG40un0Z7a143+63furrZ2Pe3820j+0nG637N6pdhqbIv5k76RWHPfvbp+U
/qXXBH+ViroCbkfkinZzc771z08f34Orjw+I6KwENya2kSGF5dlJ48uKbs0bxYdRZqZ7PCkY+g89HZ1dsYQx/Ci9yD7sVzVA
3G6Gd7v0uCXORRWctZSJ5Yqc2YrBu0fDqmIhxGjXxwO7bQAuuA+PMVc0wwZ8V1cQVJQngVMpdgSgYteOwdCBILuL9MkhrNuM
eztsP9AxiJFBswR2A3q3tPUeCZq6GJLl4SQYGpKCEIPSoSkNsQnbAANeU01rOzHE5yHQF8DvzWDl9sgw2LsUh38qNj46cOue
gflDmO1nepbsSVWdJInCO4+9oC/c0qFYiMM+i3jeLUV2QJEgFB5zKM9xG7YaPsJjPczHQUhBYixC+k5XJjIRmidQCLDUGERT
0AkOGShjITROB5YXcKjrwZZABBHPBDDaDlBURfHAVTEXJikEjsMwATl0JYuNfHYCYphkoJCXBHXY9EgiQDzbxx02QP0BAIIe
SWNEQCGO5AMwgmEgzo4jCETDGmoiMOFQUdjQDBe1JmEIztBUSKCWC+gB5rFQNQ5j1jjuzzucRbqcpXsWB0RdDo34DjieOjPC
hDQCwdEEgBVgOsPwSSxOxLNguJhhUT4R5oQ4ubAYcjEUz8eZiAvQ6IyQZv0l0kcjcG6d4Bc5G8/O8WwqsUDlkZl0NAPFF8DV
EEIoyPJBEo5chDOnExyAwTRtYejqrHn9WnyGNaFFZgPP60T8+QBGoMTEMiYAEHNtYJzUW6gaSjisTFtfM8hCloUxTAAMJiUB
aENWWApBI5YDgxDvpU1wgsxF076kN3UoyU0of1nbAkVAIeDSFGewA35hmioLBJwGooJuh53+wE31LUFT10GggHFgvBpZON4n
fzm8/fC4XG1N4sij2+M7hy3DecefNGtbR/TCQCs1Sw8OHsns5m73ZFzutJr14X2nf9gq9nakR8f7tzrajmbcQjbTFZv2MieP
9iSVq5Y2ibr9mO9qKfnd2q5lwqFBUuSout7QUKd0fOP5yfe2W13rIHxainqfWvWb4+GFjL8SqWyvDDGTZO/1Lh9if84YLH7n
oRQ5mV9rwZvAljNXOvzg6Nz+o3/4Rf9tJGw3W4kZn8F7poWRXiJKnIN2d8+2f3W/fpie5Ye9MNKr65i5cJr2tcrLdyF8VDCd
4UTv1rVTvoDbtWgBRXVN5gPynoe1CarndE4gCxbSmhcAAY8c9R/U0/SsW+coGHlMPAwidQbaD5Ni3Oe0xBAjDFuVT1rIEXYX
tHyD6hFtuOc7Q6Zp2+AoKvSlQPZHZNGDaE6Uq3QTHHtJUktPm1vpGFPbb1qoxtkoTQaO7/nuLB9yAUDI2KLmqxRpo/Z0lGx6
WnQeicKBRhCR0GEYEJ+GCIlNDzZAQt8AEYDEcG8ceDbmwILnC84wsHwYBQgSUDEhxByaQJITQs66EIl6cJUTpt9vbAISOoZ8
iUIMnHGQcQiqvu9KII4hEuoBluuJcOADgIWjAGr5YYADUxhGbAMMQBUNQto2XR7Muo5NogiFZAnGQ3I+bqBcgJF+BLRSEQCd
XjwuUJAhQzgdi+mY72JUVJ8SC+tMLw1eZo11DyxIpTkqYcezgpI9E3MWVuBEOhqDznMXCrMYsyqEYICkTyU0HQT4JEeA8bkE
swyTfDyzloq2Mn1B104HMYoGgha0mo9zfcplFWQmB1+an4+gTNkqEOPXUIYwLuMrPMfk1q4QaMJ/2QFEd6aexM8gcQuise5p
jygFZC8cMGuc04tjSdbzzfjYGPiEzQfrUi2JLMC+ThFUCLgIaeUJSux0JwjQzeVsHBDPo/Uh1+156igiNEdQbSMnGWO5r04k
B0m28q12ejLXH3iDKasFLsa4lLLUOGDutortiV2XB8LZTlv3DwYD7ElPKw30IpuQu4eVbvX4oBdtHXabYqoq1E+CkhTsbpX7
R32xdnzz0/3GdliOfrDd+omyRdnf127cHfWV4nZv+/iDux++N/mL4sfvlTZbXUQt9Tru03J53/hlMXjy0QdbYkk/+s73Hz12
rdqPxxXP/1HYM7feRo/3W6OPjqT203/6W/Hk6MmfN0q3idrWwLr3wVbFullqqCfv1b/79r2b/wLeKA+e1oo34fexkv6hLslb
1af3ng2wH1Ua44fK0aZyv/+s9YDplWWx2nhH8ffL9xutj8a9j52ZhB29fRhysnEUQdT2yZkh9uOqho0Pd4Mwm/yoXD2t9+KG
38DzH+JJ9GF0T9D080u+ercKDG1wn3pdHJ7fk2mkxhS7rrynZwbOfQh0jQCiDsiR2k3HCUT3gC4UqAHGHrmVIYgLPOjIDRiF
oWDo2Jr1QLZxY3I01UZCRAx0aE1UZ1JA+yloekIMpvVFqIt5O54ODUZDAgdJTRrsWiHruj48CRWrbCAW0VfUUEF0SsHGDDCe
ehlwlAxBx4bVIBwGFGgCNhW67sQIMY4a2TYPBHDchNC2G29InguZJm5RIke44dgnx1A4wDF8umVuWJ9Wm2UaI9ADIJumcChA
kUkIhBQUGhZk24wPem5ogD7mMkcCgeUyBjTH0iR4KaR4n+G4FIEmfeEMNMMSIOPrDBhLnwOiQDSCWwJFQgkgEEgBClEur15c
COJYLpJ4xXj+pRidvniWvRyfX+HXTiXJtYXsGYKbkh+DZvmvzjMzqC1kZmGWSa6wq+SpmRmb36AGhAL7YIpeS1/WUZU7s5Fb
6yzHpu0aiSUyqWupPBn1T89ouDMXlZeCM8mID6dnNoQMl0IzNsAWadUlvFZAGrWZVHd/HpgAQz/i2MfLYGEWBhdzbeNQXxss
MVl5J750dZqKFrvKRK1hIyVAtiP2daI/1PWJn6sShc7JelfRRVMw9EOmvbwuBTGtolW6wuDFJtKurmhrQ8g2LVyak/1aHlQN
7JjQJW0aSx3AMtIbhr1WVvoJDJBlw6ikT0+0eqebGHYUb6PUGZEX+me6x8I0/4vNyXB6iF2p3tmrHIB1tN0a7YV7ILztF29j
Otq4Xy+ix1vmR+2n2n3jvmpAbLUKPhy2u3odO4ircqVzPHwayj/+8Sd9xjt5R4SOyrvmLWX/RrWyq2yXGvXiJz/+CWS/XfxO
p7Knf1oftvS/edD094JDeXi33b692fqJ9462ufns0/KFbaa1Xbn97Ojh97fuPUXkD8b7wOGPi3fUj7zR8cn+/i7y83K7F269
v31fvvWf5UNtBA4fBTdvq1Vo8Iie9FSZq3Uf3NxUHv2wEnII9vjBJ/j4YV3eeTbwNivo9n33Nj2pIbt7zY+64A1rXLTYQY3+
VDRdsXVLaT7mxtww9V6/gx8cCMA2bJQOESrXqgywXRbRbB2qTLa7uhZpZ8T6RM1PLBmqQUPx9oi2jM5dcSSRU/4VS3Jj0Psg
av6jp9bkiq922r1xWwaaSKifyHXLlTBHaIxpTXNVOwhtk9gUUd8ctYcKz4iYiREk6YKOwIppZGAplBlIBsJiU2pDAdfTtVEI
K2m7NeUsh5tg0+3hSiOGhVp+REMQrsDyCSbpxnko/Uqan3XYbCdie0I3P24wGm7HogJA8KhsmimMRib+gmVorGK5Fk1ciyLu
KMbMRVMWBOYZzgtnjDxMkaCTHOe1U8+3YhdRa0YZ5dkUdZk48WbyOSUPXY1EdVUhIwTUm5230lfSG+BVJvocsHg5Fvvcxnxm
wXwttZyOLmfX04tzeY6NgsvsLPpb+Ytc4Wx+aSWcX8Lz8wtCobBE/+b/+OUXvvStb7z1tWsv/smFr/7G7/7ul3/j+T9548U/
efO/fnPtzfg3f+8zb33l9S+88fX/dPG1b/3By7/70puvvvyNL55/9Q+/+eYf/ts/fv3VP/kiMQVOu+sMxp4eGwaZ+mgBxEjb
9vtBlwIKFyEszkqcJifqUSFQdZDN4xzMW0twVgPKBROyY47juK3JoOuZVN9Ki9qiB4HKNMuhJp9JrlBAnlN5fZhsFwjQ0WbZ
AsIiiBHlZo1JY94I9RgHCl6GYhGHnyJ7YR6fj/tkfD2MoYSwAZJsJIDAa/Ecgb00Bmlu7uV1fInJn7PpswxAn2KJaEmpXXnC
Baiitxyrf0EJ+EY9CDFN6ole3gfNNqHaucD2K0xdHKIJbs5w4fnZiLpIDuA5rk/euvXAuwPXfvXv6J+19k8/uPHsg16oPpDf
+/i4fLD9Tm1vbzCqVO+MqqXOjYFolej6rUndPmz/QrkpH+APb4971jmV0Rvq3bK+faM4GAPDUbivyj/a8XvHfqNeOymeNB4c
tDrGTltq9m497DZA2f+oNOG63l5oiXC5pyzZEjR4XOKbH4T2FPwTStenlbIiWTA1fSe33zsISRVX2qOGOQihSDcpgz2xi9uG
VF3ujPpxFLBRFaRTcjc5bGAUYdQn6cbxELaY9DChc5Jz2AMBkjgV1sZYHPKtoJ2GTBGgeONEDnH0NJkx4GjGwBuGgSgBANEO
jDgO7sl0FsgTPBnpu1CXKPBgboaHhQhE21PbCxKsT4N9FkvHUiyZWFqzbTqSpO052DHlCJnECdB+6cJGhs0pmAjAZKpwge1T
1Dl+2UoQabYwCFMJzAYhdi6fTeXA01dDI1sp5M6t5784dW9OE0ganV+hZ/OzEJqB+GT0ehKeufrZjSSJJ5YXk89JOLcWPf2S
n0mCOW+Fm03RQjJ6Nigv8CgXp+jRgp9F11+m4qsLTExDszH+CxfTDrz24kwmH1v9IufqifQSfkqi6Fzk8tJL0xqbn8+lMgX7
t86cJ88mXiKep84upD63cPW1Cwvn0uybp1669JkXTy1/9a3XZ64kv/7NjVNYfu4zs9Tp37o29/mvvfX7G78ze/7qmbnf/k+/
99Jnv3jp9H98df1zl8+kZ7/11lf/w1df+ZPPXv72+Vdf/1dnX1/+k9/9Lxa/cubfffvXP/far33hC89feSMSmSeROJTWOQ7P
ZoAczdAUxlBRgmUEJHc6XMAgLEFATBrhI5CAI4sClBMoeMoRdAGkUSSWXCOTeTxNxCh2JQ3mOJxbohgWp+boBJJeIxZgCCoA
NL6KU1F0AwHPJfECB8EwhuOLMINhLJMerYTqGElFcM4EowpBX2BIxtAyHQ0OICiPYSQF+vG8ygPkRS8Wi6Jpd5HyPVxPhJgK
mSqr4dNMR+c9O55GZCmczNlpxE7oU0I5G80jLudbns4kpbMhlg2CQCgkVIsweyHqhqiG7ZMh6XpyE1ixn4G0EjbZ9pxL6QYI
NaD+0txczmfaW8NjMuat6Xb2SA/YfP4xbetTDhPioTqwNGYhGPu+qQzY4DAA9ZQ+8rsKUe6PABVa6c+mh24FcvCCHisrctMA
/Ha6lXyg7iKjAKOVfheNKGlChhawIE67GEjSwAvUJX4da1pEK50o8ntoufcChiwYY0S8Dp+A0NhXR+2aMQOqEtm/qjOkgipY
5y6o60S1rxWngsMjDbM/TaahhzmRsTdQWyUS02fUltmt9jxLK9/jOxGgC5xIRrvmoB8Kuwc7TZZTQPlZp1MVR0JsK3Sxqu0E
rRnPCI5r5SMQ34uJQPu+WHbcYAuhdalfEaVmq9ikueP8oKUMBHchCu8OLx/zdkBXMOB6MAoXY4vGAJIqKmhpJ2ue16vUJwYo
PqA4OZQUyGgFXVsmT05xnVC+BsZyujslHsaN90GTvgKaA6IfF0Okb7QlgKOprBLaAKrTdi/Vx9Z2+ryPZIJp2rXmZXHOeA1K
BEvz5mctM51GzfnZVMp1clxB9vVqJYIk0TlAUhm/4HWnPRDz2okabCyoC0mpRcVgb7I4x2mEQX/mHkVWwqYf0F7PQ5qL6WU1
XborBsPg5JTJlaFZIn+/31dz6x3/oa6c7cvJVsUE6zdFDevuwM4x99M6I9ZHejN6b1wUy8kseuhXbk4a9f4mqx080eLD8w86
BzWiUAIejdrx47Azd+HS0szs6dn4wmJ86ULmTJSZO5+bj+FXzs7PUZk1ZhmlFy7O5XIreGRl+bV07PQcs1wg+BBICueQZDI5
u3b2wpmV3MLq6rnU2pszK0up/LnManr+1TP5eSY+F93wIpdPz6czpzjuUurFPD0/T8/lARoBEvOX4By7rFvzboTq2ng6Csdw
Jj7CRjNAFoGnlGsH4NQWPA6DkQCe92JRdpkNY6wQhUPEd2NgIcQn2KTmNPBBqw8Cvub1nf6e/SSu8hV12KwNtHmDaFeUYTFo
Ac5I6PVmzemsTFDpDqJUHXnotnu4o4WG01VOoq3KMfXEGAsTsTjqlPzD/kF3eh2B32pB+80DAzmoWJuIthMbjr3iQ3B8l+yL
tnMAflRNhgeN2zb4aOuAutVuov3DYe3guPOo37ldfFiqqb2DnVvgSUOQjh/ve8HdsPMI+gW1e1xtfmriZr17ays6OKl2Ga7S
gLPbtQeq1UKPTw3PPe2N2aESu4+Nrcc/OFtHlkZWbz85EbWJl+4AdGtY2e+w9mPgjmU/oj8edVv4uCdVDvfM6Ur3gLtz1VqD
7ckJHyas/b95thka03XqHNXqqCabjUeFYbu4X1SNDwefBMpf+jtb2zW/3cHqNx5uVZqmqX0ckbWnjw5NgByLvffe3bzr9feN
3eHOrZ2WfKL+YgA83ex1xdbh0d7ms9QvwINq9wk5GFDD+6VJ1R+0G01yYh0PJygibdVOajvFjtJrGw/HxaOj3WrYuI+bBrQ7
kLtFpVo8kPck8dA7zCkGqVV92JjITl8i7Ej5sDvompVD9eSobiYourhnaKoRiMp4V3na454p464cglut3n2ieyQB0TFg+uxx
MHgMB+2RbgK1rXtIZEfnW798uDMiJFc3H+FGQr5/X/e3w3btaCzGT3D9sOKNkJ1W8uLYtR3G+vkI/wRpdx6AE808mEToyDFy
71GJPNg+9tHwKZ8/Et4/3q/AmSO9VXfze/1qveaqSR+O5xP5cSzWdEx9e34c6zs0wtsnFiCE3VKzQR5LOG4t2AuFw7DWAsYn
9cNJaIjd0HXWrn/rrZfeOvfi6utfmHnl64vffm7562+tvfDm6a++evX5/JnzG1+IXnjr2mc/c+3LuStvvvFv5tcuv/7cldlL
i4ncuVNfYs6uv6n5TjI7jvILFAF6n48pNBOkyZnamQIECsTyOUMaG/Pd+ISxQSaKXr7cuzaSzaCWhCYQNYIVJK8qtbbbggDG
mipfgm4O8UZozRwxdkfhPQZAy2PF3geqxsCyTR29WHppLEr6UxhtYuMTUjQSJwfVJ3Blq+mM3OFQrg2rVs3pCLuo9OykHxCD
TL09sp4mKt1RBwB1XqwF2mi4dcv39uGjQ6/bSp88qNzf3i+2rGJ/RxmVOyc/eyC2dg47O0+2m70P/34s3apbu5NHpepTfXhw
srf5i5NPhuVapLSl7L6vew0qaC3UnaFl9Le1OGsHSnz3Qce7Fx4XAYv85bPt9219tBvB2ne5DuKc6EdbDx9wHi7oh4Wie8BZ
VsA+S4WuCWSWDS9DJpHjL04GaGPbMMYjjt/vpspAe5/9pDA5xDpaWoO898yHvD0j0nZ75LUdc/Tacdl7zJcGFkH6kiS2O+eM
TeFesZcSy021LkJwzz0efijefthTi7YSaAfc3pFo2RNpe1isinqR3fq4/sg7edw4lHsTUX3yg49KH4QH3aeUtrt36ICNzl53
s/ph+cN7u72jSRfafa9/51DdSus7ze7xQNktOVPufqLsHXaOldH9o/Hhwz3xl+NS88QYb57s3+88Onh2WGw9Pnj2oKMdHnR1
6WC/0SmVzO0jrXVSb9baWrG00w3tli75XnU8aTuHrb93x5UaYUy2t/sD1RaGncdPDw0D6B3pytQs6/19e/Bkt7PV3h3rii1J
8snInZQ8AByKFpZ2qsFHJ8OTRl2edJ/hHNcMRK0lyuWGjgwHzYHVpyqNOqB2mp43MZTGYAdlbEMc6JHXXQuMk72Oq3cd1KoO
DUoa2nAGVAJTmJ1rubAT1AMvRwZIqEytKcpCnov3cSg+lcgrG3j6uQur86nZxUshob2QuOSfnk3lI14KeD5j+4mVhJRJv4K9
Xjgzmz4l4AlY5EHp9ApJpKl5Mp9bW4G4SOT6xTngd7L8UvTK9ezZzNwbbPbsC5cvfzkHYi95zy0XOGrl+oVvZKNvpNbpYHg+
iXGLKGcmVtAUBhIGx/xGJhELz1HuIpYTcokgneWownOJy0uhARaMCJDzwnOJ+Lk3gFdCFob6X0oF/ExY0LORXn+IeLoEriBc
W2ORwHNkrJqWp9s59exQvy7pCtXFgp7tgWR0/vOjuKxLYjlmjXCtSWku9uz9J3DdOIatj437x3oYfNjYvP/Lo2Kr+bfF7jaL
lIftzc77T42DeviOqW6PtzN3Hz5r9sr9SmX/icFutZxSr0xjGD9oJXOlRNxW7t9Xh7dIzBr1yW4u8QkefFCab44ePZA2k/Xg
4apzc8dkf7swyDSQkxluNOQczl9jaLAbT27YS/FM2pBnMD1jU0whYEVihI1b5CwXVQFgSSe4LiFpZ9zF7K6YFtfoAcJYviP0
4LBp0IGZQ6XQPIcNlyCRniU4YIR3cBeMa1AEYiTV8WgHCjKj0DOiL2gBCSBCQhdmpZCWBKRsTyUXBkexajoxnOZf8gJmq36O
lSEoDaZx0NXcjLHiZrFcko1SyddZdYUKZhYddKG+M4nBfN2uhbg3QeHufm6Tk2N6wW+KnkXKBO0yqG3WLI/VlpEIBTCuyLbz
OIv6IwpGR5B0cohBkA+ETfhZpQ7iQ/VHmnhI2oP9PoFuPuwrY1GZtHs7fXuk6jtor6T3VB/cslrBQ1ODqs3O0dOxqjQnO5L5
rDWRg08Hd+ViSb9vb5X6SFO2tF5/0Kjt1yVzr9Hf6rcPJrrUcfZOTOleZWgUtzCvpend7gS0e4hBIGN5rz+ceKNjWXRGmKVM
Rg1AkweDpmU0TE8GzYnL9/SRp2u9miT1zCfo9IfkbY7KI+QZGlzTPRCBUa6xjkf9OeD0RRQbIXzKs9wwPlkCYhH8syGasTvz
gogiIosm2Via+fLcDMHPRtKfw5Jno7P8fGEqcf8uGV/JzmxcQHOEy1/NULb5OZcX2HXhWz52JmP6BL/+es7OrlyYSycX8xF2
NgMlrnrn1+KpuTfoCLN0Og/n8+z8yhsXZtHUOvncYjKjLC/NMBvLbCLLzr6S/1y0wG5QQscxJ2nDzhBhX4+r/oLiYNE+Bvk9
gyYBm8WvAqSsj8a0I5O1JIUvaatjKTDds+Qan9BIgzsp74mfPZZ1vfhUvS9OfUDdulUZWHd3B92SeBxt04PdivTu4KDUbT1h
ZSD+Xuz4Tvfpz9rjO2BV3EO03mH1OP5ADZH9T4NS05w12h/u3Ch+vNdrPFGV+snWVvnDsqEVncOO/3/VusetYubRo1KjLzbu
DXvF7ZTVHg98r5gdeMfKmZQC6TgJBMRwP2qOQIBEHWw/SyqxeIQZ8rPbBELvpBhXx/HrdSvZUEkWDeERCakM2Dc6HWMlsOQo
geJk2IlqBDm2sI4zpMEQi9gsZ5DQCgggM2Dc97kVTMt7npCj/RgAOXrEUn2exgVXiXaSLA8iYyRKWgAC84DvEgHNugRipE1i
apwICHJ2JJYyGAtCFiAsOpo6HmKzxPUogyJ0OCGEBBq6ahAB8z5HAnGUhgIt0qE8BMnHGI6KBP8fRe8ZK9l5n3menPOpnG7d
uqFv6Nwkm2SLFClRFCUqDSVb0kqWx/ba3vV4PRjvwBhgAzFfF1gMFovFAIPBQOMde9dY2ZYsWaY0Yk6d2OF233zr1q2cT52c
w57+Vh+q6q233v//eX7POW+9xSGmx8sYvcZVIXtpPOpxWRLIbpAlOq7zqJ1t5/xY2KwkFM/xJMsnKIGWgBhiyttYLisHIRb5
SYdCHZTGCCN/NjwhVNgznu5B3lwXmGnci+cKYwQtk1g6A1gYhdEEkDQja9lBBOdHcRSRxQmGEKOgyPQ1xz9m9uKZNw1m46EO
U5/qk4kfwMd+a2DLwyMshR4IUSehRQeKbmBSH8IUGEySxBgkPqy2dBXUbW028vRR6Huu1h3rlhNFqKvMDcgFIXcWULY7mRnj
GE1StgViwE7pNxpY+jQ2u8dIPM0CYCIXjGgNVEKln+CooGaeC6wocbnQQ/yQ2ID1hcniEqBALgvPIMmGOI7GYp7xsy4M2Fro
46nI5QPTJ7f8BiQiwjbMwQ4KmaAPwIX1HAjqKNTk3Aieo3aw7Fs5naA0GBUa37+8HRCrwtI6knmeLYGc/PS3ywz0RS5fWN08
27xWXP+DEvQc/73PZy47uWqerXPCOXL5e4z4ffbZwreTTdiJADvSYJJ4FD4EEaMZjbzRdHbgAmGqUIgDqc3u7u1oNLAObnqK
j7yDPDqeDT+yDjq8D407mLHTBaNkMHKnj/MDpvNID48OHswnH5mjmXa8B/hc824fuXVhMPR332paU+gO9XC/defmp4NbmDZ8
tOiHLgJ27roL5f+eJcpkMovjffymc9LtDd2S1x3f/2SwP4N3YGrIA7/ewZ3b3XkvPB0eP2iddPWTRwm4F1n+9qRgoB+q4RiZ
rYlnWUJVD6Q9d+DgUQAoGcieUQ9Zg6+MMtE+Fq8haFJhJK9mt0gpZ3UtCwNZwIqdKIHhBGNXIRAyZ3GNioI4YlEv8kGKgiAv
Riwf4NFJEgYhgAlxPvBjAh4LrFcs5AgOeRXiqyyUzb7K8IHqifkI4ZA5WkvELBPlaF7EIjlhOJoVQRYnSjJJYzLGqIsyDUEG
TUY0C3GbfIUKKssO1Bel7WpJJFHGLjortE1vVnJwtm6XVsGK5OE0lIViwSnyVZjAm4fkaiC5xFdBaokHyiWu6olWVhByFMjV
PaAI4Ggd3CrB7FKOoBo5RoADhKuSDElackBgVc32mX3E1xHYAKIjRgIKJgww2X7Ud6HGwlgns7gsoJXQk/0zgktKOBTS5Aqd
lUgfpfNoAMAz7z5mJ6f4YKZqFNWByBGJSJpreiaVxKgLoVFmOsZDee4ip3EGRGOPLLMAjEQOHPlparP9uc070/nCtpXsUAeR
Gc7CkzGK0/MYcl07HQcKkBRSrbRfQ9fRIZ+XCQQItchwehY2hzUXQ7PMwlc9RgnTpcJR8NkYiDEy38OHTJJh+dvJxEZsRELt
KaZaDFwlc5UkTN8lRxYZnAL94DnKvWBMLPYPbtSqUKbcIDDeZKtonV3OIVIu4bynqKiKSXLIVt1zLxa5klg2GwJY3MaLPQLA
xMSJmGXCBY0GQrAAz7gFpzR/7kt2/Rpm1Nw475f8bcQigCwSQKVCXEddHG4ApF3sCzuUcxLND5JHlH/oLxxvOl2gs8F8bJ+K
qu0C7jyOzpzw9KajB3CTVrWZaT0ymkmKBd7Y5a38ATexvYMZDgTWPx2tjEqT/qPOsdasuu5WPDg5nXffJelhznj7gTlOPrHa
ZPfxJ3vWxF/M21NvZE916GTmoPeB4Ww4SPE/hiezm4P745uk4qn3Ppo2B/sfP2KbSXS8vxgG94lDs+8fPr6vjM5Ojhfmzemp
VgoQiFDpmLSJVXwoxMZ45OT4+4gUIs7U1SlaW0iDODeX42k0QRMqlmKRd0jFgPkmZHTJbA1jgoaAszFpODKc9D82/YscDKdk
HbRRFsFw3AjdCRiOQN8PHMYJN2ksQ0zcyDZzk5OIKUOssGYhyzYvuAgHY49QpgQ+iiVapGGHj0gSqeAJAWe8XFqyIe7nWHru
J/SczU2Js98INQoYpSRornNl4iQIA2bKhKLkhI7XIMPe2EVz5/gJhUS34jWFCu0wpmFtRAN6EXB50vTloopZmO0hTPEsloX0
4xZQupfQ9FTrgE3YiLkUpk3czKvcRPV3MATxS4ckKcDiiCYKgoyOmjhj7dFjCL6HYhqP9/iE7vVC0KaH++MIjnXGDwIdAxzg
oB9NPQDBc+MIIwk1TslA4BdKX0eTj+ZdR5nnrBGB3BFcaDwkXfoUAVwzRubAni45mYkV3AxRF02ljAUN3AescIGdBkk8Ms1k
vjN3A32onI0ZbOIlg+oihsKZl7QnzsIajsFYNf22rZwZ80UCKm1anwe25vrJsS3RJUSXABRbiFAUWC/IZsCG1HYRF3m6Tjf8
aoKLOR4KAWYRLYkyquNRguSTukx5WbQEA8vJxgq7kdwQ+QtgKDfWfWCj2Di/HFFsxikJy+e+xBFflotZILlM8VjtqXWYYoo5
Fr4sINlGpoA9X6os1S6HBYGKyE1u7Snm9Vq8QrzQwK9CGe/85eCp79a7v8uGm7krS19yGHrlmVLxqVf/BXD1i33x65vPVtB8
WLrpUfswoM5NCTtIWIIMgSkVzbnw5NRT/f40mUAUPsbczqfjbtziRlhobY/YbCeQFyFg6I/Uf3t/fqrsfOqf6mf/773hCO14
9x91bw7V0fjx/dvtR6cnP+2YfXb3H08mh72fHz48mx/cQ95+1LnTOToY/FKB99+/17eJnX2v7wFJ1KG7A3ye2lI8sFsHOx92
Pzg7/WQn6cF0zxwNBh+EPQUO3t19t+18/Mth5L6Le5Z35mn424D7wAwxRkfiu74fLQhTtw98/b6lyS7UV6emOHSG9wlbQDmI
oHxCU1RdpxAUPAO1VJJIGsJnGGiHGm75E8Zrpx3thFA+lg03MZzTVFsQv0uDZiEFhkEJBOm+Ox4hk8Vxn4WghUrl2FTdmCd7
SsG8lncOqV2ElDG5bh2EqV6DBiXBQ6yCg1QAGfDMchMXmIVeiOkDiIjs4ayOgjSTDOfWByahacQiApymPT+IxwPdZDn1OGmf
WShM2k3b9+LVwyhKDM52dYLjWd9AM6A5ofj8eMwKNjt2FaIVyVC7/5f6IRFqFgBDBD1F1PjAjE/MBcYRb9t4YIJj2I8ow+/G
Hjp/2NRgS8fNdki+Zy/g5qnec96l+bdgEnhoPZ4gob3on9w+NaeKg0OLUTOeLlTY9E4pyHcACND/rm24hmMGHcDe9U0YXiSW
d9NPPgOCcB70AjiBNVvdnc2mEBg5AawkQz807fD+2IYYxAe0kWI6kZ5mLAD0DKuQmJHiKyjRARgbLjm0BwBWG4ZU3LCdMAx9
H4vnHkklIZGLNwFtKdyiJT9iOWTNDwRWwECOpQSBBQSbx/CkwbNIkm8xpWy6ommb2oQj5uUIQ0m0XK9uFukMILOZbTpZZWtQ
aTVDV2lqm47VchFZWZGRRh7OcRRNUDy5caVMSrVlgH6pIYvVEpq6OX0lqPoFAJcJAv1GnSqGllS8WIoEEOXSMhEQPDon1QH4
KlYIaLRyLgRzmaec7IugXMCqMLp25IJkjBOzCa5j5qqrL2lziPM2RtpExNjtiUmBR6KyZkLZ/eLkYDCwPCzKz1d3/D0gArF4
fwdr/mL6eH7v7fbsTg9455P3dg8nZ+p7iKkupmyrfX/Ufzi4e0j1B/sfOIvdX5z+ra7Pbp0M/nNzfPypfyv48STz4OTDdxbO
jzX+swN0OBmMz3oOfnwCwIPx6mz64PRu11amtjqw755Zx2/1xr5tGt3Pbh1kT/+TNmGsvEgGJz5MzjHBwWMfudrxOxsOoDAN
aIxGko0bMVJexQ0zSPYxeplYUEkS0k40gBHBUpZqYYKHCcYVCBrt0LFYiYWuxnNFyKMdoSuXhFIKWJzehSC+5PtpTl6yDFFK
KCsyCY8RoImqU+lU+x7IhzGlixakjetwQaewqRkniCnPpligM2MEAgLCg1bMrEZD5MPEDUPUSgKdcAizdZxxC3WIl4hkj99o
RYQTUNOqIHQTZMdrgUAc0aEa+AQcdVaCTFI0InLoYtGsOI+mEO3Guk+mCD1N3JgecYoeHqpN6B8gS3PeV6y7dBQ80pozgg+M
o9OPDX3q2CRm7nUD+8yY8DrMGkKQRQbYieJHaBwyU9Xa9U9CVIP18Jco+Q7lgUfGh3BCJqo/2gscM7YxqhvcBgZ4knp637YA
1QoM+FempyfxQvC9SDMXUKA7ljcL7R2kD1iIB7lQ1NPGdjAOogSEWLMz/qA/0fFgZMVIgNtwWHERDbVQogzQvm0Ajo/ZKdbI
gWraeozHURwiYwMgUDRI5dAZW7DaT+Ag4rZzaW6zESV1DRGAiJDPFsUQDi9RDIwzmTXRLMowI9GshWQhP4p5GkZ8ec2Ftiw8
gkw8hrKNy3QGDLwC8DxjbzKXSI9g4MyScxGFTfC3FLxOjSt8BfbOVZABVDi3DItJ6Xms97Iqk1toNWisSCv51zazIl+oscB3
fg+93ECr/PcuRmXu5cbac9R/g9e3rwtXX66s1d8QOeeHwvalN75cBrlqYfl77teJpXd707vWpD16PFX2vPuz5rvDoO3qe72p
20PKVXqGtGbqcEpAju1b2v498U5RNu6XCs3cUUgQB5PmT4z237//4HD4n3fN037vA/v/7B0d+ON7d9vz+6fEbvNe6+7O0Uc7
w/HgbPf91s8/PdpNdOsfR48+eXy69+l4d/LvP/1s59//fHdv+r8de+8/bp1F704//WzRnJ7stk8O5/v+4zv7h9rH2t2UdX/9
EXLLOgrck1HrCG99pt/6ZDHZ3SUze507URi2cG8y7tsFc2G2BbUUeRClttLEMFlBSNbPYk4CtqSPYXeYZBeBS2Yskjc4mgyg
5TE4KzCYA06tZDYt6TYcVwmSwWEGtFU3O9jI+GUaIxRgyTH7+bqFZZBsO5JXhTgpxkXZxCNkyG3lQkszswrp2a5GU5nBF1FE
ECGGNv8BknFWnNG6w2YXdpkUIC6nD5czfiYjiAKZ2NMgOAQJZO846pHsB5C+278394zbJAcsvNFdX3XHM2+3Nwqm/sBr8Yvu
IoQHhZ3UqmbgDuKdRDE+ixeDxV/15rgGg06ABEPtLSexIivYZUQVCpx72ls44LEjdLrf8hIT8ZLYGQQPAwPFwL/WjSQ1ok58
i3aBwKYxNsQdczdoBI6m0AE4hCdu23tyW4wbonaU6du2o9Ng3LNvRr4VBoPxPDYFpA0slAQLwJTycizennD9KNaMhMrNESYc
d2wrQgU7sR0FQCLAdbm03EdDhvQmjgMFxAKcwdsI5bFRGHteAAAQ2MIiyLZwgtXAIIoJ0okT3kJCLmFcZ+EAXgRjEeYbMJN4
0HKCEzBFpIFalC2uTogJzrLFQBSWRYKABJTJZzJOJJF5pFiASp4D8mW5UmUllIcydR2u3uCAvHRRWqqwtWeIzTBACRnN5Xme
Woae2uCgkKpW1wJabFS0l7+afc6ZR5vslXBtjGULkSyOfGnu520WSrGWoV2HdnFUqEAEvApa8Mo5KWeGhChgV4j6mo6jFAIw
NA+vZ9JgnX8D01hxvx/dPPS7/rzT74L95vjEbk98az6bGqf7Ossl5nA2gVU95evJ/ZOhnmblmX4AzNq208XIjmF3pnf+3XsH
h7v/x63mPwx2frL4da/5UfhPn03bu3ea6v57d7uHj/c+u7+vB/3dX52+O+xo4073o3vhbPr40cdHvb1fjGe/PryrKvbbRw8f
Pt7tmf97e+/j4U/H6vDXzR3300PnvQdNbToze02t/+74E/Zed6zt7e3l0EX/zsDUrHsg8HP7M1fXh7f3Hrz/zth7X7d+0nsX
udl6b7zPPf508Uv1yHTO0Dv/GP5q9uBu9/jX72dbwO23TkCruWi50D6W6KLKw2zYCxx1DEUcJ+wOOpLx5CQwW5xODhuLMRoG
zknFs44HAgTNHFW6h/rPawgjOHTCAjTuMWU6FSwYcgEvdBpGpIJToIIW6OA0Gkq6BrgTzUVcVjcwSzAiRYSLSC5kizSQW0Qs
YGOwgg9QAEnIcagDMZ6dxwM8SxAg6YDokzMdLCtMZbtuoo6F+lIUyu09xmNFSyEGEQrwJIQFEYrgsF8CMQCTiCG8FAIJUSRA
ivLSvogtO4bwHArbQDZGAGKSDzyCz1B0zDwZIcICOIAj0A8Tg/BpYA54R2n32zDBg1AqXEf2IoBtjIH6sQ2AWOieQamXgzCQ
qIRBBiKFeGAWwUEgwjwoGcN4BDzEotiCSYdwqBjwfMxETSjF4JBmQ1AHJTdyeBNlgpiWgwwxCzOAxccZDIJCFo5tBMTTjCBb
Tg1PRwkpnsparmH5KeIprB8BLOsFMSMFPirxlyF8jRSXPaeIFByiRoPyFmZgSxC+THHcVfJcXQiZZZLULChzkXmy847EOBpu
nBOpVU4S841z1ZyeAfNxso6u8TQmwMFmJU8HWZ/TwYuVzPV6jSayR2FZ0F5Px8ev0stQprDy7GUWh5jv+uDi8pLOEpe8bVag
Zed5sOCCV+YiuMULKBWTOR4lc1f415LzG1id87BJfoMoVf2XN6C1YpY9F0flZ0Dj+GZ3PIrHR4OzHnPoqaeTs9jsakZrsNNU
4a7tGCDRjWx93Pqoe/Se/VgZ61G058b4wRnUs8Oe+vO7P35ncPiT9z/5qwPLHP+1fvRTXfv0+ODuZ7s3EUc5OuiNJh91mofJ
7f94cr/Xkbq3zJ0d2u0c3/yFOm79kz67k/3NIjE++vm93dPbgvZPuvVfH0+txT+edR599PHurf7igXp8b/ZJe/Y3pwe7D+5+
eno6WNwZ7D5Sjgc9Xf9bXz+EDCNQnM9a4MN3gTEAaI9HN82dW442HgzeGZjYQ8XSkg9uxe/ZJ2eTo+Pd2bH8zu69ob2rHY+B
MWYlIhFQGjyySp2514ZD3/G6xr1pKsbB8MwDibE688M7LXCIzn3gkTdUJuXbmYnvTe2FhngiQoNoQkcFFRINbdEHUFhwTBuZ
ExBALUKcChVAd5CWm5g1FLUnruvEATz3ICTxJwaOlkgEpz0JrIMgBYcYSIUxEwERE/gUTIUMTBdSywJ8APOSIiUkNI4bohNi
KIzxocgCUhTHCJGyFAaFFgSBPgXwSeopIjSO4JCVNADC4IUPcFSQaFBsQTgeY9FYSiYAGCT0HIMJB/USEFZxdx4Fjr/A4AB1
Z2lzxQCG26JJYLgLpU9AOQdKOx2HyCAFfSRBkziG0lwXiCFkJ671RCngcTxKGxkC4xjQUQPwDMKBUC8mec/WIwuQfIy0AwvS
QxIiSCPWUQeJyRCPCRyGwyKII3QxzIIGlyGyEJ/xxBKapXEQhQIgwSsVIAERGPYFCgllFKv5CJEwhKQv80rDDbPMJe9GjZ4I
59e4pzFxmco2eKl8oXwBkSrlmEPI4rlaFGfGuXwhHbu8RFfAS3ImKlzg5stJjqIz4kp+1ajo9JXP1a6HdQEnKEbMknJpOSdi
wY2SKqLnAWvVv7a+UsxlLkmNgkjRVLQkTONLL8BrCLMtTJ89v+Q+vfTkh4Arq+biknFh2c9IS1aoyHX4qvUdq72Ze6G8nKzj
LE/jzJKwEWcyJtzCHQu6q1HArAEk9rUFZvkAGxpqMrx0TSNRWw9aizAu9AFDL5tbhumwNjVkA9XOwm6ID+AUNJbhHUM8hoow
0WJ61FQw+nAZz53gkLeshEoTszx5DGcJ9oHnggfOpDCeNofzGHcWNzWqGp2fg9HczRRmXV4Th9I2cubNCC42ioqV6p1biZcr
CG9JIIvuI78Wy/uq1cZpauy5C8I2HdiO9rT5xEDQrj5V3CcbtndnZwisjmx7pvjtqWEA4WQ2pywjjk8fjtFuoM8GmjqaHOtA
AHq2OplrhhahqknvzgPFD6fgaAL7kBNroGdMFu7IjJsLO3GQYP9R1zCN3niwADyn1zHJBcg4D40I8k+x2AGAlk1aYASiWgkJ
aYOwNEuL3Uix8DRg0CYxn/uHMBj1kwVkhoJtR9EUDhZTP2Sxh3gYApxvnwF4BItmnQUsARVSuk3r00pzGZVCo5s0NQwVUnpE
YNtBowTwtQQ1DTvlzgEOpjEs8h4BUUS7pph4YSI5iYbiiRe5adv4EGMGfjKPYNzmPUQ0bSBtLC/BIZtIAlAleRQkkgimEhcj
ozZKxAilGzTDpAE0bZg4JgpgoMZpd4VQCBIpN7h42ujrLrnISASL6RzKZgLmNUTOAHytk8dCclzwFjmaiCpsWsi8kHY4QiXo
mConLsHgSOrE0EaRdZ31Yr5SS8glkcsg/BK0zEpcNZtFyujSM3rjOYYS4nmZzOa+x4JgdkkCa8nlbB7EBeEcTySNC9DyBXpV
upYrfQm/fKVMbD/VqJ/3v90oXSqV+Y16Li8vZ5bkbTkvvLS8XSywlUYD4SpcdusFrl69gH7lzR++8d1vf/P53/7Rjf/127/9
w+//3ve/cu0vvvj0X3zlz764/SfX3vhv/9nv/cGrr7z68puvb3zhTz73xy++9I1v/PffbHzrD3/wzTd+9Bdb3/pX//xSAaKv
OYG6yHJXTXHTBq7WC6KbK9uFeWPz0hXk3NULsyt96fnFiysF37+8eb32FH4RrrBXAnn2FCkAV1iRvA7F4biwuqUtbdHys9sN
j2mUkGK8ATRewG5c29a+YFUvwl+gL/HE2pVnG9ek5+o8vqWz1ksCEi0zuejyLA+4wsZWCD+zeuVbjW2f24IzDAW9IW5S5c1C
5g+lNZDKOadonrh+PXOZqHzTjX4oCO6LaSpQIgqPP4DV4MRZP/u4+GhdpJvxMRMcW2MAv/xcqCbjyXWdVad5+x86AV5aMpEW
cX4t+JY32suNbGT40GRb3e4w7utOZ+dr+1FknCQmNDoempBCYlr//omBTbOfzIKTD51otON2zkaZ6mBkDDqD+0CogXNI0uBA
aU6H9nw+1goQ2vMcf9DdcT0HGo3OzsaoNghOQ79v+yp2tmcqru49ACAy9IeYL/nDcCQaCv5Qn6/4x8ZiycK8qKPh4djUicRM
TF1XFzblxKG+8OfpQ42fxe3FeK6irjvVWcVDNAJagHs4W4hniT0BkZRTLM6fGpDj+WEaM2eh5aeGI9TDfgexgth18ZQhdZ/E
xw5kQ/kCwydoJOEsnCQwaIQOE0aRBDBO2lx6niLDAkWZXlBmAz5L6EQGwLnYTVs7h8QYjIIlriIUxcKFKl5qZDMbhZKQ1Krc
loDl51caBRmts7UUu0VCklIXk5ZZMV7FK4QQQSLDaYUMQhVL9Q15s4DHVbMhbV/gvpARNvgU6mqTy+e1SlGCliRSzNRKPJnZ
ema7AmWXLmwDFZsV+Xx1HRagoJGsMCsZZlkQzwFHmyzCC37RXYFEcuNpLH8+j7IeXBXJ808XSX/t6QpfQ9dfYTAwJxNkadIo
FZZev/hS+fXK5ufyG5e2cz96/unytfx3G1/Knj9f+frlz7320voLq0s/XH/pc7/1zPPnv/zGq+eek771veub5etXvrjceO7N
7a//z//mz9/8we+/9sOvfvvl/+l/fPOP/+jPX/r293/0tT/93je/ev53/4f/5c/+zR/+wZ9++0c/+p0/+73v/Yuvfu3P3nz9
B9/5/ptv3njxz9949V9f/CEn5mFCxnIUwcDVApHDMYZL/RUiWTIPyRWwnuBwAQWEMkgxhIwz6yJcISkKQWGq4GEYmi1vkdwS
naGKErGeB4oFTF5jGBaXlzAukpawtdT96xDONmBWgJcwdkUkS1wApoROXoCJEs4Utgp4o0Ry2xRXKtaJQkJt5jOSWVvNl4nN
Z1cqCResA4ScYa/lqZUUBORza4WIhGiWWwbwGt92UJT04yFzoTxFSgrZQpktfd0nzi8cxl7ZuFZDCsQotKSCdE3OrrcBN7dU
e4TlIRtMEgCem/qij8W+N6YhzjTQBdsmUm5EIjmjasY8JBKehd1xTMQojaFY0jROoZSSolEaJhYGipv9hSyP2Q1MjQItLUuL
343xIRP5cteldP1UmtdILOUxxEe7YgE8W8zeo6IZUDASqxrLCIlrhh3OJlTfavb0AXd2m2j2gz7CGPaJP98fnd4dg64zlB3P
42fBPX8Kdvc0eNi52xZKbJpeF5zF5uVFYJ4575iwXW2yyGiYNwk+7pjVs1idOS1g4KgY4lAZRVRixBhpowBKZogk8MiT82xB
MjSnOWMUAgHLaAYMFJR8L+CHjpZhrJQRVvE00xqnQei3eYPoOPOeQyBMbuiaSSYMlWjskdhHZb9NpelwHaND8zU7FNjc8KS4
VWglm6UN7izyddBKv+w1CS8UE9kKu3rdNA2Poa0RLHux3BTsOXxljSiXw2j2rOrUMla/ya4Xo4VQboA6oKiI60UYIDublXhp
EZoaCKrewOLUcQmAEvywZNjy8oazTOTHxosxIrrJxBLYIqwBF5bo08g84x0AW6fJ8WVhsK7HMJoSgXtG+IqeMKbLliMqFDJk
TAuYPCTTjAvAQZ/LSMHM3zASxWm7GRv1SyGm1qvouRTGAdHTcQ0rSHNKdtPE3hun8/M6kX2UnCXJk7MTASgVYdtyw1RBg0Fo
x2An8R+PZ3Fg6n6KO0kAzaGpbydGdW0z06gWyrlGPrcklbfzSK3B0xwiX5LLmJCNlhAIu4iWmTUqs13aLsF8UVjOczgYF4pP
RzmaexJINxkvlIRVA3GxusPjm6MFz+VinSpg2XxWcRdREAIZp16qnRfiGo2bURnBDDDaAMA+oQ+jMWKdTP0EDpJeLDWDJj/l
7IXX2Z/QoRVmYS4w/dNEVtOpinYaflIoAmJ3LBqZGOnYEb/6EvQsHWDLxHK2VFod+i6PoWV4vaFlgcJqbmXAGgUiKLDPbxXM
omeqbG4Vt2F/gxBfQ4gceaix8VmxmmQ2yoyDAWU4NgwoQIsLm25U4SuVK20Bwq1cHspptbkwo9Ni3RgCSIQJglzzzJZqnJ7+
hDDPwrtNof8OUXzfePA3yCQ7+9VhS4HuJCiiukb256v2mD6qd366O/1793gSazdPLdYYDHDkVzA+6D4srjidz1olcEdUf7M/
eyfDY3c/BBZ1cHfvppSzwetTP8u1PHH+oLP0M14NhPGxvc4hIRZUd2zPfTCZof2diRoEJ4rhH8Q3Gb1LnxpTkupoGJh4VKk9
PwcMcG3yzt7K8ZpjE3OIc+hY7yvebIRD/09weLQHclqG9vcB/QN5ZHj3QZOfNV0pf0O97YzP9oZCdI/7ZPDuY/suCY0GqW70
/Jl72lS0cabxN7mjj7p3Nk1stdnKZ96X54uP1dDHursWW4S0HjAd3luE+qH8i+6tD4cfDGNlWD2yhsO2Pk0jwDjmE3nSpsNv
59kr2XmmfJicJydAv1wr9gykZQAmBA1lsFwdBSh5bZ7bN3xhAY6EaGKt54wqNUuSsewq9FKDpNBNdh8YazkbcriCzrdndG5O
gtN9BcW4nufXpkUug+8t4AS2tMleZMsdi1AVCGBbMV9noFBAGz/VuE7Fo2ZZosC5ZGY1z4SH3Tkx0k44bfm0tAKcv9dVNXLT
nbVdonwQLO5MoUkDGPKUnAcYyQOcqLNmWkdENkvYzShSK+T9QxU6iRzU2fwsX20Hp+00I9uHdqeHQUqsP/+nf/zdr/zOFz5/
/gff/dwrP1x787c33vz6jS/+y/V//i//6LuXVm7I31v50lf/5PNvfv4HG7/1/e///ss/eu53f+fGpW+tVyvPf/mP8MtfeJk9
h6Pnw1WyXl+hog0SK4SFTH3Va1QaK9dqhFh2FYiKKS4LRhfwPHnRr1B5L+nJ2DyzpNJqpUbF8TA7X7IkiocUEwQsOrGhc2rF
s8RGkIO/phuxZniJ6zs8SjhSH0owyD6toQMa0pA5wJjK/JF9sjjadzxnbJ0q7hzs2X7Lsh+7qMbranALad9ZIPuKHZxGD872
OgtIX7x7it52OreN6TDE4ZH6SZMM8IkadgFab/9f8NGs02I7BxYBnD6cx3+NEXifeXQ28Xe9h72bHylqL/v/kWyv7fzmxAR3
ZBpbfDi4nAxOTMnyVsBH76uP2AfquIWEhZXpwiPfctlnx0RvPC9NlbO77b/VBWfzl2SSW6AnrQVxJxfi84G+QpTg5CLIZGcb
vzoFy82RP6Yqay/edpHoRKlWM0Jff9BA+9aD3bdH2+GVjxLzQLrYbhk5eguv3iv5Wfq7r4irUMXXv3vgX2X0O89Tdrnx+lR8
rugeXwvKoULuliU2O1WImKapiV5/WC4D/TH3GiiuvFVfAENuDUyYrXdc4rBSiej59eW2k9nerpcZAHlhAh/VhXtlmczea9u1
cnmakVc6IpXydPsZ3ZfvY/eOu4NryQSRd9xwKqLzopnN99QzAz8lNK0k3p8aXLar75PYx4OWAIfDNYVUoqQ1mPQzCu5/XO9p
CrYOWPn6IT97HFT83CCzQlHNI8szqz7H34OlpeqDzhy5OvbGhCLDZxPvLTR2NBONkTzRPxfS8NWqOBNfvmnNO3MioVpEwci2
J17gC1B8nX/G5bMn1YBqBDAAwzGmjyZY2QVNL+xjsKSsDUwqR2fG1fqDmTSL6zy8Y5IA3W+FWD5yOsH8ylkizSAo2BTboUbq
bmveBcQ4WYxiI0YCpoZgeVlawepSPlsrjcpw5DEYhij9aCHliFkQwwOMXCteCviqRXu8SUS+j9AhASdBSkGAtGRn8q+u1Kjo
67RdEMrXs88C+Uaev/TCladfhV3g+mID5wEmv1T7xrPh13EejLVXSB8txpjNbMVY4OIuTV7COSYmCBgWUQoWfZVjicxTca1m
+57gcnHioxzClb4CriSxFTjZhCQKvjyXs48Gi4XbaXpJ2xl1ZzuRF+uds5lphqqpBlWZ6bhHg1tt6pEJOgNyxj4cjKPdo6N5
25gi7f29eXNnv9ubHOrgsRYPm+TP9PG7alNVgsB8FCo76tne6O7B2a0h9bPj5qcfaV3nneGJPRnqH3q3/M7dvzwbGJN28+Co
RYCWAmMn+GjQ/GUzAJyJMNlxUWOYuam9u6OPZ5m3PjP+yyPL8RaTk1PIKXxkzVT/1i884x7kKb35TAKyCEHM6dAwPQJLIS5J
VLKwVFgK4MGkQGGFuRJnHhDoMSohUkQxC26ulRZjHZlDJPDpdBp6s2BKxs50lDRhTDQXy4iAR6X+DI9IGJcSPlYe5eMAaq4d
5cNZ5LgQnWRwbl6IYQk3tJlrqTmFhiz3lG3zZKUI1xMvy7EsiAgCy1WdOpYc8TTtGLUjqYAkduqw5W1uKUkjEOngdkQbuzWd
TDgXbldIpngR3woSgs6XCFRgskzRXGwJs0xGsOZLXra+3CKeyQG5bbi+FNPD3H0aTZhJh08GIOVRe6BKg6J0gR4GLsT7WTgi
gGMbQnPzZUs+Vq0mKtM9WF4doYHKxDOl5agttHvS+q/gvE+QzfjuHUrb7/Qm+rF9B+l7k7yL2s3pWQc+nPwEOvip9/d+rH4i
vEdOp/3j0Z3jv8dRqD1Tj4xqsMCQ+I57+snqXNe6I0O3HiAnCp64LI9TQxt5uPcbCT0RHqH+7A7mFqzY9kaHSGc9qfpAFkxo
jsy7cOacj15Bw9ykChFJJX42KxR9nihHsxwgK7CcRrQ1wihC08sp+GdiXpCsFAhf/WIez3/+5Y3rxae/uvXC87kvlzcbr14o
PX/plWe+8Wq+nq+dL3Mi+wXkjdrz2xtvMJcu5S/xdHG1ygLV5euFTHGzKpfy5Yi5HDVe4ioXvgQVku0Vrlxc5i/Wv3PxBkqc
g75cIF+PNmq5kvwiJhWr3/6C9K/NtcxVrjgCEfk8YvCYlxBIAufjRprsIzSIoUZCh/VrZUDwdc0SkCTjRVGlqK0YkeOJF9C8
xmFPrhEiBqr1Wri+21XIuP22kp85j2zccoYw5o8TJDxWplibFtQA7D30yWHnzvF8tzmIbA9AR3ODCbujxT8eHu5aB+200qf/
oTu9t3s8Gx+fmMNwGt7/5eHDm6feEezfcUaDH6vjx/f/43H3/icP/0o9tJ3dn0+Tk2kSvdPWdOA2JlFB5+8mmRM1Q+NOq4vz
CdtTmnELTxy8cIYEyX+BwIV7BkbCcf7fYYGJzn81hXsu5T0egAdA28LwaLTns2ZcFQhoguOhw7SaIzwRyYJXjl3I6DBwXFGy
Godun1A8P6HQCJNx3vaZURKQOGPbtqcH0zwsJtCTI/4wgLNgD8GkLExAARR6EEzwIY+6HpenwQDjCphUAkW7b3SkqBHDgRO3
vX47N4N1F3QcwoVAuuTEtJOFF0wy5UFaH3MdKnHjU+HJX1PMRCgsseTsvjeHqAiBZxZu4m2n3AdHLKSMcZjIsxAtEIM0QJOc
DaPJuC+pEOucKU4CKrlHhUQffjY/hn0LthyN2E2SmfIfgGPKQLozP1Qj3qGgDEOozWCAR3RRt0K72CW85NQHEHzW1RrRydsf
7+3Qhcm4Pw39wIo+aP3t8duZB+wnrfhhJ4oHf80oLQi6Ddw71g5QzaiOzX1KOfvNo4Dcmz7sxv5nD4f9IVg5O5sWbXCZSQ72
DhePhT3/Xp46UT0UszHTsegTdNKG7+B0JCvdYhQ69wdB8IE9biXq0OZIgEPIAM0H9GUC0mA4qTOyGP0BjWJ6LEo+CMTyUqbk
x3zRZA2G2IisLKaozJCv+hCey2LykoySVPmySBVBSX7xy/qGUOYb1zOZMlrB0CsRIK09e/E5EcV5IrsuynBM0hv5xssmcZn0
xY1L/91Tz0NsicvlQuFFPs+JS699hyCip5O8eO7p6bXPceXfzybXkD+8lLkeNLL5Yr5Er2HlH4ryPwuXir8bb8bEuQxbYUEM
dNBoxVMtxmJNQ/ERBybFybJc1ii862EgmjUXOjheURMAMgCMxGIlk4WM4mkMZ4/Rs/ak68MCDLesRmdxbPWMFuLws0hTwXYc
RBALhKjZeoCCevygC/QN+mzkzumBd2bvBiL2lnuinPXxxAqAD2bO48gsApN3cZJrQa0PtdHAebIx1I36+j7RHzn/doGNuv0T
JY0T/f4RPSisAHFaW0AXUZOwrwTZiIaqALcj5AreKjibR55Lkq5EwtByF9Yz+AlZV3KGSQkcbYB2nqhQMc6aCTLhFME1fOwL
ZjInDQJFyApi8dCZHmF0hcgDji+c2HBkn4RcJCIckcPzUxKkmKKEAVUTmqwkEIAvaPGiD2IoLkcGhoX7IQdAeTrcwClONYkx
6Q+KSkQSkSgJRYkOBNXmyhn8oDpkNRMmOAJAOZIrcCG3BCEiBNOovB5V2KQkCVWEK3do/KiWoAzq5JBKwc6PuCBhkwTdLdyE
j86FyKppTs+4Gs2PErWfKHHKKo1rEGmjQzbz5BDXW1FtjGgx6FkAxcK280tyEJl7J3Q/GNnaLKEKMdqaEHwitrB2N+zpKFcs
ZosQkMyjTIi1iBba+AzNQJ5wny2S2mDehQjn5PZB0xtE+k6HVdq7O03jL7tNUcUmycHJYR/du514Kojoxs3FozFhxX7bf+yo
Whsmkfnk2AaBs3eOT05YGo405skF6X1L+7vRoaciHtRSZ8HQ/dSCdUAuMO8ak+HYshhV1b0jW+W5KCZOHYBrxTBCpetv+2xN
r6htTCOYBI6ZYHURBkAiKxGaxVEUaXoOytgk2AwUwrBFCMeZYjLOYm6FW92k2CiIVpHwQuyB4muXnssDxDkUJismKoIIsy3G
BQGtYSUSXiXtkpsvOflqVaQKwHgJAC/cmLJDinHZeBLCYkpG/kYSecEFYuzPhMGXtoPi12jlujoruNd0xtQTeSP2sY2X8SXG
5r2vUEYQL8gBGQLJZIB4RDgO48hVhx2XMhcoWFvDCEMAwVjG09k0BaDFkhWYwrwlh46WxIBnwjTN0W1CDxeD2Mq5oOLLnjz3
554jTzNAlo9VPYa1BZW3IddSxrOjoOmLoefM3QgDXN2hdBodPwx1psVhE9wCZ2PvZE4jkfmYcEWPH9yMlSD2n/xFltqm+wp5
K/hZBC0i10ZMCmg6Q4LjuQEKRJK6mkxks0Iusl01KnAenGUqQpDoxgwVWDYJaHXEYoG1G3+I0vOiWs/GZTGR59WlC0TMl8mG
u85EFxQ09FdtxguUZFvIFkBTRFMxYMlrvJ+fTwukBqlih1qaNzJVRGIuRSVr+XwlSA5LWI3YzhDP9vmCCwiiaSD5otCRS9mV
SgxIeMr2tGDBxKUhBQkIta5d5/NTgWgcFQUiHJ1xB5cP0BFWBC77hfAhgYLFRdla5O4Tca2aYQCD5As1ch4nLmyuPc4RbGYu
g2WCiTKHeYUNEJfQb+wGs6xA5N1o9+4mlinTmPc22JP9gH06j2XITJANlbGRndCMLg05omsvFS+su9Ck2rRXfJ78ILF4Gynm
qmF4V6UMoc5x05lticlWpC+RkEPRYhIpUyRpVO9nRAJmjp5xahQrWJEblj2iNTAAaH+W5qm9v5KGtyWxxuL6Xhciyfx9cJ0k
fCxQ4fAmyQQ5Y8y/DxCkX4ZxToADXElONacT3YeI/ul8f3zcRMc/E9QBaGticxwiBWuYcciIgIZN/24wcGaOBfXmE9hEWYtj
VQD3wyMDZuo5HCBBwKvb4MX80xtOCMP4b5fwnFjb5NYyLEUxeRQGllwRzVapc35CM3J5WiJgDKpyMJmr/s7rLywLLxeXLzPV
L7387DPkltS49sU6QjboV1Y2X/ndCv/Ceb5WWF75Ib35zOWviUT94tLnM1ub1PaFjew3LiXZG6vX7AzH28Bq5uoV6amamG08
9yK/bOHDc1fZ3Msl7Qbl5/lXVhqGV6K/THLype+TzHdG5Fe2l0ilqJoyUzmzeB8CyRrPyZ+PGnN8a/Wc6eG6tCZDAuGkBuAT
G8OCTYPWMxaNot/k3euOv5lh42p+PmzOAn3y2SROKSjDCEtEtOhlWNzrW9PH1h1SdpwUtdEEnwlG+XFs2ibFi7Eu0obOwQGW
uaD+pjsMD5pDIFJZNzOxxmASxTZtjGbY40FIuRGcPfEjSwcnjvpX2SHnSpg4Au3i9GEEea2Xt5p3ALQ60xCQakuWuGIGRbZW
a+MNn6IDb4NdZ7ZfAuyak7oZLT0olUugJGVzS9xGzpHs5ac2/V0Iwj0ro/H8mZsH4TRcRTh95lJRyperJam48GQIwgwiyMLc
nGEROybWz3lrSgWRHB7OLSwdjsHk0jLPGskKO0nESigWZ4IuFivsxhZFuAiFP7nJxfGsZApUAsFidQthjQtI1iSoBAQmroaM
n87KcmRnF76W5RLLVwFPzFTm0WosBpFFymMjBqoZikOsWLIpis3C5JqSdVEdiADL1rLWuiOU4EVTx0OBHejJfSqhE/G2XMTF
MQxwW2o3jqQsRpIt35qyRKsCJoiaMzzOgcMAs4ndvC8UeoK7IFA+awipTQIZhEaXUOgSgucyMNVD1zo1VM+3BCew2UFjPaKs
4hTkw7x3weDATwZnPnHyIRVP5XBWAHPJBBet7r54ABZVrRSVnJaQVyuazd5BwdASInz1fALjsHiqi6rwIIC6Pzn+bNb/GUTd
s0aPpcNs+EBX3UnL8/ycYRceCVZHVO5aBwfSPynek19gDesF05TY/MeA5JU0vRhB/kwyUhVm1O5EUrnx1MBQXY6ySTlCqzCG
hiE2SiiPxRQi8hV8sV5E56zEdjaXG6+/cqlYuXqOeba+8qVLa8L6dpX/yua5FRokXl5buvHMRuFF8erVC+fLhfyL587/q62V
lcaKAP7gmerVzDZTmxjJMw4T8LyUBZH5azgmhEOiXpSDAJfSpZBICgpytVUwuoKSICee+1oScPQlivmcTvKgGMGl2EAWUdZA
I4aw9jHfKaM4U4kvd2CiGJHPYNw5Ol5hz8MWP8rw09EqnWZ0StpqsxihCgDdT0Ij1jrhnDouzqzOZDbAevJw2ana1JiAfQRH
ZJ1wYNgZAONU9fdwHT0FLdzooLB7GEX6WOBnOTcloH+wY73bxb2JIgzsyOMTEAyLhn9GZsPQGnh+1/wMjcctss1TIegoUBAw
UzpMdrdKB4yGsb5Bc71J6IhYSIAoX6gWT1jisg+sCTewapYgOMOPOUQEL7PlOhNclkpFJgMuE+h8C96Pg/xWcWuBWWdOSbpQ
N6Akt0mAI2KTYPGtwiWdQhmCjcqUhOU32etWWJA8mRbCnJ3D3ZGLLmrpx/FKHEwNlVUTK1gbct09n4oJVQeSDT1nFCY5zAsK
uCzw2+6yx9BRU8AxSvIBO6YVqYfPMZj/3BKGawZMrBNIla3ydBktURdJu9IUEGZQE/wjvpwu3zZfS+vasPOsyPBZ2kmEADdi
FdKQqyaBjIaT3EboebhJtFkQskLjRKVRpAvBSJgCR/oVkNg8QQhPGiSEqDke7G77HJ/HaMdYicnYXfgFPgl1USEFgqWDsRZM
BYZM+7RM+YQAUiAozHMx6skBmK0QFCQtUR6c5PYJivpPvUlf63HLYsY8oHoFq4VEUOeB+WPY9L3ajJ3PuLPhaFqwZsAsgpYW
C6BtuBon3xFhLXNm59SjR8fh5PBSOvHwjLsNjB+mSX3SrNz2TL3LzzxgxB/u9Dq4e2opJMd7+8JgYgMJ8sFqOV9uxYSB6eCF
sF8jSyTqoAi/PV/S9IC7OAwh2iUFCZ3SeqqUOrcSudhKGehupWZipq8bF7Iv+HjCLGPKWk1rsGXM7GZk+FlzE7ZPsEu4E8l7
+aSWAwqlro1vLT+D0ihzpdB8auyzZbn6WFXgbfcKmS9Z0iKnXXk1/O3ZHJS/XAxDp+Ccf71Uw5H4Sp6olm9wTzEat/4tQb8O
3RDhddp5g3wlpvpmYO6xIclrkQW1cyX1ItC3T2sxBuBs9dKSFPdbpofgIFknTGueRZcoOQkuSU7FWxQ4CGZVX1W7OAUnprRn
BW7Gzo8tc0YlRuBAsB3OFmc9p805pO+N22hiOBhpMHNyeub5I9eERyE6XfieGyHxTG2aHopCZuC6uhBrPoCGaAzvQ37exlRP
J3bhTAQr0WLhOSwowDxsRZBS4ecg3KeDSDnWR46BwBpUYifB/0/RewU5lp13ntd7iwsPJJBAIn1VVpY3Xaa72leTVLMpsUlK
okQjUSONDDWjiVFs7HZoH2Yfdh92YjdiJ2Z3I3ZWo5A3I5EUl2y2o7q7qsubrEpv4IEL4HrvFv2SD4iMgxMH5/v+vx9w77kz
IKBmwT00AuUpME8p3vG5HZI0qKZgUpa+nAlTAJ0m6ICYJ6DKpBTgzgMFAdwCTJfKPujimSxfLD/l9nJbsyoBF4uPVeFg2Sud
PjjZLdsZOEWX2BQlodn5Ng8ULDgjORv9iBifGiVlsp2DWzemfMYFeaH3cc7noArbski84jNVf9Xh4zDh0iTDEgySiiEQnfWc
VSw8UpWATnu+oPvclKXonMhKtAO3Fu1yJjG9Iy7BKKiShUGT9K9VTqdLAMLWMIKPUTjuOfbHnxrwMAMfUsSo4+xhFZ/k4UM8
smR4tM8ecKN94WfkBDHxUV91wKUkwU1mguL0NuRD0wAejDcsA/MnHDYltTHZTJ0zCFMRR3AHZaD+qmXrQ0Hzx6gN9H0lAtdH
vt+zvIgKZdrBUjA79MbPLCQYZCV4Jh3uP1l81gJ1R7XEZwQZddSJGziV/rjV063EVgAI74z4J0PGx9tAHguKKjZKoiMVBUYF
FELItjOgeqYXJF6IWf5UQCIvFUYcZXTHlOyP5HFRlXewvgN3VRjwCWSOpbDYNIBiwqahRdbDE4ehCY2sVdEzA3ABA6nCnMVU
krosFNIpZcyVT5P2RQDx1jyC/cjhr7rTrDlDLpyYqV81T8Y6xZ2l66tSjc/Dl5Z9QIlfW3weZgqzkH7jFXrxsA2d5+YGjYOp
aejV6Q7K95maW+YpCJZEi2CmY2aXUkNyjrChhVN8zoShaynoZGr+7IACcJESKApZRJxcKvcNwM1SMY1tJjTJzLkJBMI96ixP
SiiYmSvxWELm5qeQ5ea+uFoPcD67FxYCnkAwCJixarlaTBRQoUZzVhTDRSxU4SQmNJyDI0/X2ZIYR7E//hjoT2mlVuYAnPIH
YUAlguEi4EBgKEbBujgDCGE7oSIGnsEN3yF8V4u0QIu9GbATJSJsl7cfenyQcJ4F7LbRLDkKxvS04NCIAOPJhJq6YRyVnIiL
j7sWDMG0GXOTOBAZ1widBEwgUe8AaJYKw0iU+2GKwyxDkQgTQlPwRB+iCZu4MzNQgFPzfc9ksTQogUXGtfBhSMCBBewzvX6H
RAnPRsmfBZCYHQBAm4AGgsRTiDCEkTKDcSLqpEQkQLzsDBqw40IFBid3aiUBxv1Hjd2nD1JyyXpGqO/BYon/MKMnMvbAUJBM
helZkhhkSQuOfMhnyJhEdc2edihpqDxIlXkTCLtMErm5RPACUANpOI6VCcJ3AWF/j6fnRKeXg2Am0imNdSwEm2Iw1QRlAES3
vGbMYDgRRAyAebTimUbYUzMR1D+KIssjB3x/2pMYQSV8gXYBIEb1WAskV+VGjBLiwYB9Iruua0V4F5U8ADWQ0GmPEEBt+5Pp
ooJoGGOky6SmCSQiAIgFscYYUDbRGYvzFMpTwG2b8PQYj5yYMQJCTSam4XlAqEOoAQZQvuPSgANSUyYWLZY0IS7uJzoN6mkv
lYZtyBI27SwZBqvjTtpR2JwnNcfeho5H9EF+qncCFsAQRiQGKgknnXy5nJrFsxSSxsMVvsYUY1sroO48RJcWqHwV8sgMSNhT
bp9JpmByHdC4InmFpalqbo4WcscKZ9jGseO5TL10qirOnr1gHSvm5vOzEpcXTjKN1fIVPlslasUG9kWBv1i5TC0DlbVjr87w
QuX4WyTrfJk6RxdeLl+tpbJS6UZwZZ2sp+m1K+zC/DoTHSvDlWvl87/08mJmpgFWS8LiDJIRoK/MuZXaSvkG5GXPrcH1mzqS
lfZNyhYywxWG8AM8D7PgOhTIjmksCAR52cWoWTfSIfiuZKEWfQZVeS7TA0SHDLGakVEoJrvZJ/fVmSXYE/EIyccJl4lBGZck
scQGNJwKwdKiQCdhrk7okNs9VfGpAEkBpJxCgoZIY1jHhfGIqKE4WWA/v1nGZjkbHw80qRRCPMQCMKgyqDFGFFAMxD09PBTS
vOGyQZoMxrwfhyKBpoB44lEBAQLwZJggnMdHFhbhaBzAhmvYtAJ7AWIDoEq9O44Nlpc9FeU8UpRZJQXWWEpgMFOPDlQpxRwZ
mARH6JTQUAsDbLxPM7u0CkI4BlH2tE9ryQFGAHs6yCcYhxEKBQhT1saQpgluqmUG7G9OJdbOjFsIeugKHBjH5OOeD4kuZxI6
p5kd+kBwrccRmKFgAsc91DvmQiQIjsHyAMiGnrkbyYjKyDqB6FMrRmIPbiuf/4jgK7DGmncHxBPR1RXWq+IhZkdaYsJBGMXx
EKJlEtEA+SgcBYYWW4BvRawWxzAux10CD8Yt1AWDu3DQJ/2BlrgoHSfx9L1AP7HsCNwfTjTXCxxdBWw4BmIV//xBMhYwLTkF
suA0ZiFx4vrTGhqh3iR2ItcLRXrakmwIcoMIiKzxHmJYkM0n6rS6ACSIfBh2k5Rqt20bkqZDhtMRrACcMsxIB0GNxYI8qPGW
zBHzbonAktQKbKRZgUc5Js5kKhUGRbxMECaYMMPj6MTEmQw6/VTTUd1zKUIUpNhJBrn9vRKUg0tEvA9Nka+qWhSmQugyvpov
szDmaBLauUZwvYNarywItl8ssBjglmCgtzKf9tbSiyxc5FKVarg0jx5/sXQKneUFjs2IhVStvJTlCOfltJpJzWHYcfLcer1+
pnGZP17MkAyWmQcV5rkr0NkCtpy1Xz+xLlzMhqDbKC06WlU9sRJJhGRyFi2y17XvKKPz0hWxnKwyeUhi6XPpc1Bh1X0tLNfy
MwBeb5DnpdrsVXAmyq+tpBvZk961t+DGMoGuCDheqwOnkGKWuoxz0PHaisVB0lImheJEXLcawJqkYAuiUyc9IuWcgUQJW1ye
XUoXq7WF6RqByyWQTqqrYuNRFiGDI/8EjQsRh9FjeGhQOW7ZISMPl1hnwPt8N1/lJqQrZiNiGrYWj2GV6jyVYayTOIaPSiBf
6IUkXkijICyGBIaBVjwF2EBB+ImOdbHoCRLGvrzD2xOC0QchGkBwiE3CYMjNwhjn7cax53coYrpJYiVIUASK7g39UbJNkWYs
3AHjMUBYsGoyMRpy8rTBh37SJnHfNxmBcpvGYRx6naGFegmrRwA98hlnT3OD8DMcOMSxVjQam1aKiXMIGoeU+SBxEci1PYtA
HEFJ7G6wAcFoh92OdR+ZFk2ieK7ZtFwO2sSTPRxP3AMvNGkxztO+i5PBnqpbVBRGU+E0cNfz26ALUdM0lz3ZBXwT9wAftxTf
JLw2hZgwDCOblAdxULCEQD4mjA8CH00SIPJZAgIcx5CZ7pRXvayDEY7tIlN847D4kATsZAJLrMeOgdnp/GjMlRHKD/nNbZRE
g5hAIdCHcQCxLXArmZbZtPpg3BiANgktx/jDFEuJ4Bgh8bwBn5RRPmZzqpCATC/NjaslKK7GkAgnTCWyh/QE6XAkE6RQ0oY4
B05m53z+dI7OXwioM0Rlnl+vZJakEpZfzJeKK/GFzPIlRsiJeo7Ipb6VX6gys5I4T+XypfTsCW4tl+ePXeDOLCGV6nK9+gb9
yqnlVPnlxvLzwvW14sXGLDffyMwUTzeeu3Cuniosn5zj80T1+EIKPy8sn3wu/9Lc88IL3/7mr3791VfrX/v9S7/+R7/zxhd+
8Zeuv/qN149/7bXfPH/ym2cufuVXf+V3vvi1G3P/7nvSc1+79pvnvvrm937tt9a/9eXXX7nwym/OfPUr310refhlP3AHWXFZ
Lsy48KlGgRvnS2h2uDI314irJxdGS0ep57U3awu+sbB0sXwBOzsV0nUto6ylOWjWS5jFxEM6+Dw3ZM5S2C9UsTFRY2J9Uodr
z1GF5/J7VycsYf8qzcPI3KVr0hy18rxIXBuS7S9mXBjyYBx8mjUUFVnqDl506t/ip66XjxTAQi+cvwj5VxL3mz7TbC8DPzQQ
7bm34rSVe7NA/SGQbL7dSgRbo0vmE2wM9OLV7Y/ntk+tpGVKOxW3daNSfP5NXKH04IZ9cjJYRTYADy2fCIl29fWV7OVwMi7L
PhYMwBMgjCmACvBWK+3U0piSAgRFHqBVe2HFcyd2lJ3kjhJsCtiAGElOjOTqiU9GMC0LOOuZmIFzrtfqjwHbHiUzCO57XqSH
mzA+xTII0EOG8uFhpKkSpmewyLXAfjgGkyQWdMTgjWGUIJhC7wfOYnRoAOw0vIKumwUVz0MNr4x6lmog1CgIdTKw90N5Eplj
X1Ns1xHDCTANEzGEycNkA+VYoOeDFuR4xDhBIsedmrUFMJDd9GFKA2KyFNiWLWtB4Oe7iuA6NKAhtJKUrTBBQIcRAxZGcWbs
G2iCxBwOePI4dFKg43IMNsZ1CnUUE4zC0MN5ZcxPDvkIjrjISE04psDl5+eAfJoQz3IzReB4Wp7jgBldZAPMkZDcLIRKAajT
mYDnSByrTt0EcxgH5v0TpSgixfyp2RWcQArZLJ6dD6d6vMA4krW0f6HaFotQNBuQWSZvpvGWNDMr2ZnaaiVMVIJWJCYkpNA+
QdSIusiXyFQ6aq1nynxKPocsAJjQWKLKJ0QqxpRGlkQulIvm4vWGWA1ml0lAzOUihHG/cK16+q2rb5/4zuKxXy+8+NXLX/3l
G2deeWH+nZUvP9e4OPOLr5577vm1q+eu/VrjzcvfPPWlM9dfu/zy1cZX3nzh3Jdeu/HSmd+4/Me53//eH7z13Xfe+t3//tL3
/9X3f/G3fu/7f/jcv33x6h/9zjt/9O2zX//VP3rjt9957Z3v3/jjX/mNl/79H3zz8vf+4F+9+Gsv/dYfrZ7+3UuX3yl9G45z
dIkWUxRNiuUckmPZyXwsFWOW8DPIzDKVLSJkgZTxWVwUqSWOPYbAObyahxmCXgQZk3SGoZ8DRgYFFdU4gvkONli1l5gYlncM
M45oZuqycLSL5TUf4k/YQB6MM57Ikn1BKSVoL5bLtbKbVo24EZXzxRQyJJRFXswlYgOBo8LxUmXIeAJKpATmYiXMu4ElZRoE
ThqkiJ3m0Cw9IvlXhZlUwM7Xgal8l/CKXwbAabdjoYxXO1VfA7lnkA+WU/Xaaa3iEUsCeKwPcAmGMkvncokBGHC+SoOewNC5
0BKr6pk4AZHsZWI8ArXc2sdzRrARQtmwKhFcFEw0zJ9k4rPmkc7LXJB35bYghvVF32ckqlAcsIC7dnCKqbg1MfuE2U5RnbNB
/P60nfMFd/l58zSn59J+4Nh122PDvJGFi0MkgglIO7pHBSrZexo8yTmKCB/shLlux4gHDOLZQ7S5MYNCOUsNLWiChs7mIwJK
Y230yLD2HCdrZXIxbZNsFRJsiNZr+wCG9TGUd9GFcm1Gg6cfUcQzrkjEY5M0p1wtCykhh9QixDYOR+YA8O1N8wNnmJHHPlBt
Ej8d7pq7gxx4aCr3k9ZWRMSj1KirGgP78fZkU4F3j8w9bay39mzHfeaPJ7cRoEs4Mx4q7KEgliRQcWQd6TkNHulWviNFd/ob
OEzMAnA/NQNTamIpKBmfvddJS3b18WRsdyi1n++WNUSLKLdoaQ47ts0wBMYd3JobaMpm2+q5A9J5sG3F1s6Wa9mOasL31K6o
s7pvTplUn1BlVCXhw/OPgos2MZVZtm/JXrPxRgMmxvdHrqKZZ7Uzh8hx47VtY6py82PvYN+a68gUDBNDDkoQksYpEkIMiojy
aAiKKA0hAE5AVBLan1+fhpBYyi6IEeRGOJygAefSYhjhU9dxR7abRDhoAa4ZDK04jJIIiC00npaDF7twoiFumHRRwFFABN62
fTcAggAxkgDwoeDUc+fWr7xyfnbt7Mr6Umb5tRPzZ67Ppd8gl26cXM3QC8i1lXrwb+hLiycW33pxdX39jUtrFyuFLxSlE42r
v5yZO17SAj/mo1Cn4DlVm/iigUxoqMgSsDN1JRA4ZwSRm6UdEzZ5lpQS8ATMhmptBfBikEjHiqp09QmkNw+mloQYQyM5qHR8
i6E8sD9sa6wbeCzSke3mJHRnGNvvYLYKe+0oy8hFI70ybtMTPv3coxIEZqDpi2ohMX1zGnm7MMvbCT71QEhlo3kagaGM68jU
jLfuWiW0y4NFVmeOo9mUNy5fOpzl8nAE4NA4Qw04e6Jta2MzpjPzUAmtPDODU1rUwzP7wY5beprW90sZ2QIyfj9FRdhAl2Ft
X+kkfb2bxh7F0W38aeQOjI9U79PhaIjtSHv6D3EZnJB4/2jjfnjE9R/LRFNv/bz3ZOD69u7u7qOPfxIMej85uL8lf6iq/7u3
9fPEufMXn45+PpY/3tpHHuzcD9//zD301cfbf3qLfg8KjOaWujtuP7odaO3/cnTQHf9T1S+9/+H+AfLpIP0vgvd3YBsa3u7f
3XWa9ueXtG6IrVHJZns7h+/lZtEloxVqOpOLHjqg3fyb3kEAKjUNXO+5qPVBjDEM+li5o0ETud9/ZCmbLVU/0mZwEmRG6d3e
0qAe6ftbn24N4PfGicK0EXOs80JePv2cKOSAo3OlhSuhK3bt9dSxnPVgZjnXd/2dUUQMoJfbr4P0jcMrXTtI3UxCYohzjiQw
huOAUuAUz+R5MGHZXsnri8LBRPRLudbTalLVniqtDahtUUIMaGzu40S3LPB+Vd86SPihXQhBMhutWgGxskRLlereYArBl7mo
yy3Ozik6XqPZlGLjRQKknIhCji1HooMaJK/2HDzTIDtiSokBqkwAkljNMtlZIkmi3jEAIMRiqYCCkA6nQoWQahhOUMCKXZiP
yHEIslkoLEKEAEUStXOkjvKORbAEFyKZ+YCoN4uJw0IpgUt2+LSHVA+HCTwOx9XwzGEF7kP9CYrk/IHo2xhNwiBWxbAFIld5
Pp/Ok1fmyJVytpBvUGC1nDp2oXQhT8BUGcnSRZh5cUas/BL8OkWALLLAYMwqXw2q83IaAesQg4hcDtEFH8/BggiXA7BQmE9L
OTI/8B06LFZ8AFrDZplX1BxCTEuyOJ1gKkQ1EYxnhNRqeZXILlcYO4/MHqNrYnX+BFedOz7HlauNqogBWWHWTEGn6xmHZXOZ
UzDQKKekZbbOOWLZxkK03WJkD4lP+i7tpwjkYOpdiuqSeJCZu6eMvNFuOz2I4IMt7xA0oB7mgM2H274x6Gk21g8HE3+6xwz3
0b6mH8ZbN/XB+833H/c2n+0r7Z3uYHJ/1B/tTB7odvvu8Cby3v5O3PE+OzCSu093CN396+1mV//xfch48HhLV545d354+9HP
Bu/d+skd+ZmM7g9A88HRvvmw9WSr8+67m5/07j5qP9qOfvaZ2f7Jk1vAXucHR3v97b9tmcmjZxtwoid3/n7vbz8ON+7++cbw
6QH4yNze+umnnw7vHz1sAbf/6ZMPez/bvTluIR//7Kf6Y/mn7SP7r6IoDD6S4DpnyTlIp5x58NF4JjQ6W/QQgbawjzObnz1O
kEF3CP+g00xWDXc8SMjD20+wngcNeny7zWrywzySydoYBB+NcQk47KYFuWX3EmIo97ter+PaL2uRNfROR4uNo1nfguGbW/tK
YgUw6nO9xGiiOgqnc/TYEJB0dHSQFevalQWzMfNP+W6+BUXJ/gIaBRG4OLfM3k8pWmTeRezOPNvZymsXW2kEfTkhpSsnOTds
QBAzGc6SmW5uBm6E7zYmYtBW13dehiECRE8Exxfl/OenW985Jv80l8ORCi64hdRgtu04ZAHwaezhUb7tA1z4LAkBRtvGY9kB
lWkAIV40xnpBhplEIdX39id9w2aMySByNZyGGvoYTJVnk3J9Z5y3tFkufizVqPIRrZgJE3XJTpYDcKNQAVcbB2GQ77NtxYkl
hh6PqFxP8+bgSYQVwiTNoCecueV+GnCRKSuhMVhMUfKchsC8g/hzM1csIeWd1QSXnUen294yUyw5ExD4bMWR0q9UqjR6aQU8
0Zir88eYdLXGzK2//MIrFAs3xgWaRYuVOfqtL0K/QWUSkX2bn/Wfx4oWeZKguHkySpNUTF2A7HShWqfjMJ11uITPrzS+QYTV
uJRZLIvIKSFhK2crxYCWU5W58Ji/AC14mVE3cILACwjLw9ABNgEmeBBoXs0iMYZVEFqGeHlCeqQB8LgZ+97n69qJaNvLxDiq
26Cy8/nt4RPDhxIo0WJN6YHjCExoVzZ91UboQ2/cP5wMx7INeMOxgrls7IY7pUctZGCadlvT5aE/CEIlhDyLgk1HHwOKC/bd
SI4TzemCTXtP7R51cdUI3juUjVHn8VgmRsqnTW3Qjx8r4cdbrqncGRJheDRyzf5wW1a1m6F7wLcMOUBdbonrdTrO0G2q7o7j
GsTIUTahgbuh7+9MNLsfdY4Ab/xpL4t9dKhEMBdu3Aybt2HjPgnBpodw6Vnnmdnabuqh5wqDfms4FKiu0Xl0OJJa9qA3gD5r
Ix5yK/SIj/dGaWIyPmStSS9rbdNqjsAMAnkcG8pY6C+o3n6kdjqIveM5tvePzgiMSAJUhEO/CtA76EKyw3Tr0EhD1qdMty4C
mnsuLRa72zfDKVqlGJZP9nkuamctFS5n/A1SxzKzaZ+q85/eULzh6JjepUeSmMiQsLmhnDtRytIrxSUTvZW6RSEuUFYEpX0J
ZjFxRzePg+MfnkTDfBGcEI1kZ+LPqk/jAdDe6Q+3gEfYvv3B3mfIfuupM/pxZU55HPW2PnIH7YGv7Ghb/if4ncefPOqCo4MN
85G5b3w26S8iDMhaX6etnBv0rHAnJ6uyzfGgcuDgHhxkpoQmkIDc3N1SUAsr9R1LE7kCB9IowzJ4jcsbIsVFV5F4MTBDds6+
FlOhlQVDDkGTxsKxNIZXgtMpzSJKGEYRExyH6jBfqPLHc6w/m4dw9vwcQZROncyeKJx6nX3jFHMlJVVen60cX3th/uWz0dnU
XP0MlYGL9T/MvLBUvgxdE09cqhVOFkRCWJr/EluYeY0l6nzWQUWodDGsNxoKNy5Q4FqxbF5vXGaWY4O1SyiYD9ICtgyfi0B4
buFyZqm3kFtG5g+AdHmliDC4x2UX6EQkT5G0gqNMCpthCSl7YiZO8zkyw5ZIVoDJwiw/66ZtcSEjiGSORhF26AuZOAxyHuYT
PDatopkAjKdhvx3MVFDdMgd66BD56vR/UTXmCwQ5cLwAZYEQJPJoAFWTPoq1XfloHEytABgemD3q8+ezGvs6Nz6ULVy3tfF4
bI4iDIx3PAP3tcQcP+5ttaFp5Y/7oNzBkC0gaLst3nPD8ZORZzkim6gtjcS0NGDj1iFmNv3I8D3pdogOtV6cCh67ty1b6es7
W9amigLqgb0XQbg/woZHGqb7YFZEXSuyrQjcmDYMbhRN6BhihSNoIPIpaMJM4MekgyvoQAa9XcqPey3YehTiB7o30Q8V0kRZ
j4BwlRilIjLsEaorGzaMhy20h4OLpB5tGGEqUce+7X++arYhh4xjjIAksA+DfV84xBV35AaGaSIs505ABe3CYSLzQ+OJD/XJ
iRZuhaT5+RPeZBwr5GJj14HZ9qANuo7jeurSPeQobHVJauosyQBIhX1uDwSQkaYNj0JumFCqfV9LsBgf0h6ikHNGS8Fnkp0w
UETkzifqU2m/BLZ/FLyMOKPxZivMAk8p45Oy36y1D3swrYBU0P9rVIVlXiCd2njLpoJiz+jOjLxWIbz3V/azh4PPvL8bgKoN
79V0ZTPrjn7M/SQOnomjNqXuxdbk4Z/9GTvobTmT/KTPlIb40qwqA7/wAFyhdHzIlEN9Yxu4SE/rdQcnO5PC0a5squ3oMJG7
MtHlmp2DPmt2Sx02qGtADZnAWR1k3MahU7bMMrh+aW6EqEQlcuyBKjCD4FxzQoMLgEFqB95RMSFbcry4LDiXQdQ+o1JhWczV
iGy6fBVFawjeOP06ty4I8Im3eK6E5ue5FT8Li9XFF9mE9vJC47kUY8bxpTNvLBHMSglGTx1v8IvruXw2T3XIqpguZMnVHDbR
z6Rwt7Jmnz1TJF6hwdPpNZFcGl5mkGp1hczys79USZ9Pz4rXC8VWplFuLNAVcGqBdZbEuUVyQTHdNJ3RimVpbRFyCxSC1otx
RsAJZDxDeXQpThN8phLnSTFTMmwM4wKb9gw0zPhUKir54VRpsS5vilDWk2MVRumixMU2CfWnm1nQPNQtF3WYi2pjKoYll8T6
CBh4omPBFNcbO74To3jUZNhR300IzEIiCETHOGolAwgGCAMANE9nXCjex+BuwooVeIQDRnTkmpozfhJORccVAFTzUvGABdVA
jQNAAyw21IsbietSQ1CYREeGAkaxbXnU1CCpW76h6v8v0ozswx5CBYnORsB2l/WBPmo8NE1MoRwXBazcp2ZnN9yJRBUPRgNK
di2n67zfn27x8cHRk/+WTO71j8zwsCUrNuLcVPBe66bW2tRjdBNty6o66dyKj+7HT/f0B4+AsZMKnpmDsX03ig2MsKPOe/2w
n0xCYkxgLcMFfzwG98MPWGlg2bQyfGwhAAU8sHc1K/S8yUjrk/HhM1cfel0Rj9t6C483ZJ0JksDMUOxDbxDeMV0/eRbTwDj0
d4IO6gCI+1lnd2Iqnt8dD7qgZU0+OdDDDq/B992WiX8qIzzGPPjTgYH22ub9Oy43oQ6iQJc62uNbfSahD6zbLWz7DjT2gMOf
yurHn/QfdfvJo/960w0nqtIfWegPBetHf/r4yf+DvK/8T0MtuUW24WFbbSuTv7P+5GDnv6YfbBdu/ZhQHih/8j/Hk3/4+Z1k
ZDW3sUe2k1ccbWXk4Pbexh4G/CN4S7mbVvqaPUpte0gdtA3u7xXrp+Bunz7owfru7nCzZqDQbn9O3J8H+6W+1FfsVMdbDXpK
sLg6Cjc4Q0gO3dHdGoHH59yRSaswomsj2NES396TQXYm4flg4+VgVBWkDIJzCVC1wwXcJaTz6ydFhF/AgFTG9Vd5C7vET9mc
WEgX5oUMAS4wUgKUZxfLlEQiFxChzrcCJZQ6WHQQm7iC5c3XNE8OLxZ3lIN4/2QGxo4xu8d8DQhONd3Jhhi+aoVI4bsWfHWM
wXOibnAHCkElpud2EY4kABBnWKi1zaNpHaeZatG0KiCDLZZQnxhVvVQ+LcVpnF+dF6QlNsnzyUIsAuXAoKL9yIAiniMbo5wW
WOEyF9EADvluAFEA5BGB4eKHnXgsEElATolGYiVcR7gc7nqoCtm2VjbDFISOJ0NXpZqROsBsLTBjJB8JIRnyJoSaoE5AcujC
pi8zQiaiJxashlmLUkMsMvVKBME6ddBz+ipAkvJe6AYeZOqETUBTFt0U/G0pNOAW2gI8U33Cu2NUn2YChFVAdi/fJ4axm2Rt
B3b+Wa0lsTvo666JQFMnty0KR2CtBI9mMNi6l/n/skx38da8Owolt+jDT2gotIWR0E0qQbonjcePAHzbbR495Q02oPLJrq+A
hgzqbjw0MFX5wHyIzg64z3q7Y58dhxZ1r9McuFjMdR+4rrlNRPbHk/7hzZH5Ebolo3rWOTK6Htjf0fuq98GZPU/dNmz8ALnn
bFtTLLd9+44zwuSFlo08wXzHLIWPaDMkZUu/D98Gwi7Fto1hzLQxXfVic7OLTWvX92/GrbYFfzS+6bYHpnJg/1D8uA8pDpez
c/f+Mws4+h7wDwg8VKJDOjGxph68i2Eq3N95NE5t6bRHxkc7yqj96aPd/btd5D/8qPQT2P8kaUunOkXhr/4i9dlfn/u5/T9+
sAI/tDF5jJd+vmf9ef7J++b/Gu+3L/f+dnH7Lva//G+do/9090PkyebO5fdvje71J/pkIVJoZUM5TOf/krs9uj3cVRSsrGg1
XB4hz6T7T55Oc7W7ym5kn963FZmVfevpCIJkpLmHDeb0IUJGyZyvsfSFlQ/ZJtm8qnUCE+YX54uYhg7TXh/D+wmcCWShfRuE
3fKdxNd0lwTnsCR/6vxKQi7guQLAr5x8oWZXfUnJFwyf9i5KTPUqxASVFFlaJW+Eq6vkOqPmF4PrFlxCkQoNXl+2xS9lT0xr
sgCHKHKtWL9WLqcap29APCDpsy+L0nOcdUbKo+TLxCpoV9gLKITM/1IO/3bn869qoihlWWQOAoczgoglkhkTJ4AlvZqSCmDC
BFA2JcyiGFqwIIvqV7nKoYd4KEbPiQdlMAZ4NOAqUVyORpSziQRaxBXQBXJBdaPscZbGMAujdvASJrCsTU9zKO1WEu7zMy5n
oISao7I6L1LSQOaNiW6aXTseg4wVyQnsPusrANYzXCVMsmwc2nb41IKHqpWgOsUDit/hfMZUew6cHOl4MPkpYLuKrSduAt60
N8IRNUStdjTexgJbqVC5CLSip+lpEGIJ1kMFqIv1Wggk4y3Vs44wAplAYc/vBbsebLXBXq+LwyDauvuUG4G2Uo0xKnAUE+DA
Huth+rvYUdJ322DdQ+QohkfxYS0cun5Ajg+9xDCdFPJxmPewwPjk0MSlCKgHUmHaKMygCLW4CtP6kdBN6RK8vwL1J+C0w2Ja
CPWdIzsz1J1ocqiDwE8mSC/uOj9Tt6BcoS/nbNMa60N1YinqMmUZsm0iSfiPENQngoHoJ588euoHke98fqNP10/F/f2hFX1o
bP2c+REY1Xvg6eienb8FORuu3szzhLs5iK338P8zzG5pwPtA0HLvPDaHYm8cnS3kXHnuo3vx4735e8JNiGjSWtpvr3R6Wv1x
TT20x7HHVP39vq31j1o3hdZ2rz1sbtX/4x2H8Uv/wr0J1xS90bbC8Z8tPkXjD5Y2D12vqIsJ6FjEjLKtmd4sUTmDnR/dMv6l
ZxMRfxt2tcH1Tw/t8Db+TC5wOh5um8CG+3Ny2I/+m3u3qfuWfgyEHAuI4eaW31QmRtrljoZDw0VUUuzFkKyKQy1uYVN+PS4q
p6FOAM1Hj3EI4A7HgblhxOw8MNFjloEUXx1+iGBVwGs9VV3W6J9CrGiCTLUsKq0uV/yZxVV2rkS+NLt8VkBhvLBUhmwZvrg6
t8LMnkciqbjwnG2QK+vU95l8maAx79I8XgwaU/HSkUp/SnEomWfR7S9K0BrgudhM1YtFibp8oyDQiVVLnUjIOXImgUonLxMg
nVlejV8wKArl3XRS9JUuUaKomEp7hy5sp1iMJhkiEDmRFPJJCHggzs5RxhTpRHVYpcSYTdJ8S2CwgAQ4l8NimjKKXgZg4xiS
zBUUpadaV4OLDEvOVBmTBArZYiawgXalKIY4jis8juAoIJZGOINmFJOTIk0HNBTgkhBWSk4W8JMEIXgR1vhSAmFo6HC0HPkT
EiJQI/KSwMAgx7NwEg5xzBrAsYG4UcuP9giw57cziTIJDI/ahIgosTgUsbyRZ3ugvs3oCALNRB59JIw8INxGYvSoL4aTDgBV
xE9bfsfj2kZCAR01CIqK6uRkCp7QjAbIMGrjkY255DNj1u6TTrMb9NWN2In6t5mwy4VAZMR9NZwcJkmQjQaZaWR94EVYByCb
wiwAGxM7iT3dTpodnwp1ItR913IHQhS4wwDYHvZsU8a5weZA9ZxnoQzzc+GmYwQgFur0QCHiZ8ER1nRECEmZJuMM4KONGmUi
MYxPJ7oTPJ7ipaahoPa4bzTJneEwgKNOH3pAK+Vkf3bQJ8W78aEdqzQmmpY8jsje458ms506sOPaGvMDdWtzX3sSX8yRWwZ9
M7g9eVaMCzs8N8HlmcHWjYOxk5ngxqEtk+gcYmo9wD14OtDz1im3Nwsipdtqh/uBNKFfmYTyXQfLjuZ3zV6bMPzbsp/eNG/s
FeSEgMDtu6lmPqNejFFjdxseQIvSleGE9JH57tF28CeaZf/g7ieDe094Zss5+pvwlnXv6e0DfmLlkq7o7xDD0Lnr/1+hsS2x
R8M9C2QYo5rym+x4cgtICXrPBcESR9Qll4enlgwzaZcKCtwEntqtOvKBJMdYQDL2KBklxiZoZ0FP5hgOjqGSrXB8AwJxYVFS
c42omJ1BySD3gngS4diREFTODdSlXK20XCILy7360vlSKcVQ8cUaNp/i8jhFMYMJMDDYODOjwTpp8eV41gIiqsSTkYo7K6/M
IJqRrDK4n17nSQCjhWOIJQYnMohExafTLMA7iQsoFVHKm7gdxrN1eh0+HG/XykUby+QlAuy0jxAilTLg8kzfNgvOYsjELI67
JWAgkTxNctgIjIBiIGBAO4inUsvbITCmylYYE1ygYru7BqoIIONH8oDKgzBjA1QCRSpGeYBDJ1AcgQ7muVAGC4HpwNp0M0MY
TzsAjeB6hs2bQxbCCc8FSDQiOSYJLRMFgYTwkcTyE7Dc1QqkFyhwEAE6j+oJihCiniBdNMTGXQS346MgHOG4Q4W74bT8jhjP
h55l0BEUOvyYMLBWD41VdMLdGnvtXBbyurGjaU4/SWuEsEE+seXWUdzBsA1g/HHJFaPdudbQ1iB5+veIlBN1MDG69F5sYx88
0/YtOaVYbvNjXzk8+bTtAx86w3f1rmwMwGAvsA57gaZ02NY9DxhvqYfyI6+beGPDcFF5go7Mrrxp2UDS4qbpTKoXDhw7Hobh
wd5oxEe+aeuu6tsZM9SHD3KKRgoTdH/iZBEQAh5FrSgFRFr3Vg886ETKZy3m8yOpYREcBtvQnU6ox9Y4aU1D1c66U8DooVt2
ijiQuK0ezmNA8ePODy3XQbYHysazEfC0tL23KqWXWhgJBD/fuNBEPSNjHI2eFXAYH4/Q271+rZUHq+01tK+VQE1FP3L/b6gZ
q+/vP/vsFsH942LnP0o6fPSzXi/+qw8OtuTD7qPR0/bwvdyPt7c+wJ/c3n7XGG7eP0hjo/GdJHgwVm3xLyb7ztE//gvU3BCp
p17mP5uHuvbuR4eJ3qc/0MZxJDeheET9qNO/TccfhY8fE9Np5Pa7fcCffPTm8tKakDvHpIv8F7KLjfXXx18XawsVoopevPhF
9l+/sP7a8a+fefV8vUEOTr9YOn45fq0qXl0/x19eOF84n5TO6iuL1zkhXTpz8mxl7dRC6mJ4/vnq9/gLl07MS/P0+lto0Cie
ff7KUln6snDq228WG3ME28hdWSlblYJELqzVSrOfVTPMyukURBdQp1aMZor5Gi+R61QEFy9La3wt/dvCfL20cFoWCWRNLLJ4
taGuFrNUmYnSBFTR2p4ucRMdmji8jeT9kkPzMFxg8dhMpSkmjaeuSsf8SLj8lMS9fINKED8or89kDJOPSjmOgvIpIiXEMQNF
mRSMYxwdxExDoLgIs1uUl3aoqlQFATz2IxoB0iEZkLtVPMzA7BinARaxHCKCggwWwS4EeRQeuyiqlm2LAEXWyYxHMTCNYMcK
k4MAhYJgwDjU1miatWjfCFBuglIi6OFEXYRBkfdMYor6VDYcQ2xgQzBFwJuYD+ITjnDFPpSjMBI1GcMHQiAB/GECMvsaD31+
7gQBQt1Uyo/dXV9EYfc+qQcqBDwGJ++bVBhFJtN6MsLzgKtFFimTFtZjZPIhpmdc2WEtVGEcH9tN1ZJp1qnpbuDczw7Z4UB5
Ksk3R6k9aTrr3t8QQtF8CE1sF9jcftQXHXIfCKRJoAAGE8ZWC9sH5YDqC9qOvyebAYvZnd394VNjH58I8ChQwRBR2aYn3xni
hrdHEG5Jt8hU4D7VfFag2h/pu3310B978qau6v98wBtCW94wdvEOYBsjcDJ+4OsqYiCDOz6ulk0oGSSug1qXpXtT6CiZ6t8d
ZDY+nWl1ioe9anyy+bMZiPro//gvd/v4U3VByz35kfQjb2eoWw8eHzIVWt4Gg4DSsvUe1enJm8HY/OC9z9C7N/HgaX38njsC
dv4Z3gf+4ZMH/xzs/0PbvdX+8C+ZP+k9+qDz5wfvHiZeuPGX/W1bfwCZtwu4F+xQTPis+Yi1tuclCwdvis1F7VbaCYb2wc8K
O7I/c0gibarZP/jUa/pTL6GNCTpt1sR9SNCK3Kw7h5FRFQLyGUBM15U3NNi3AhSMvBM8QdfhGuk48UrdadC4sJKeO8aBvHe1
mrLSUh300LNnrlw/+Y1X186fXr9+cu3tP7629PZLtd/9zuL549fPPJ85dfn4r11c/8bl82+8/tLb16+/evw7jTcLN772a//2
1RcWr37ry8cWFtbAX/eqp+bOzqUrjZWX9FNfyqF16vTa6dLy7BycOUsul+DajasSc76GHKPLGTZCKeJKgyALa6uXCIBaFkzs
SSsu0wdDch9iPMESW9N8H8P+cTM+xD0gkwJtzPQBJEKoEHjE4M6hled8yHL3bFYGOq6E1ElQkPZ12pkg8wOLpiSUBh1cpDjb
JUJOAGCKEoE4vcxTYF+KKUvW1HJ5iquUZLJNBosLUwnDAoCFTTiF4YhAArYOJgiSkHAzxIoIjXMJCIJYNnEZxIfTqrBvRR0K
zwIGwtF83EQi04RwNB1DPSgGUCIErTae0KFgcgCQglwZCWwnZhIE6gV+gGnJpgezEGULExzo03gLiSWoQDNklnMDVWmiKdFh
wLQPkmQSsoAAwmB/lh4V1BiC+YSZplNpArngOHE81wYchgICJDkewmMMRmEj7rIYAU/Ake6AzkiPJjiSAQyMMSfDCI1zEKqk
QHEA9gjF36XHaWMYZGLQ9GoyDPoWRRSII6ytGFrciXVghMb+oy7SjikdjP8FQWlY86wD3v4wCZ6yQ7PFmGVkYPImFVv+gelp
apcNgaHRlK2bauDrnYPH4Hi/C2gGdCQL+zoMpba73ccB9RDsOuhT9WnkWKWjg+Nalqa8d5ujzkMz1mrbe81h7YNHSuTf/Pl7
23t7T0wcou88Tv99pGNLnxFbt8CG6t8Hos6UPKMRc+DMPYzAWP3JTlo/WmaIOvfp9iBTGOqu9+OPDz/SmpsKEaE3n/D/SZ2Q
+E+ER9tgNtj7LB6NRg8r1pgI2iff75APf9AcZXp4Fh7NN+4ZEnNghCF1NOuAMN0MMpmg2eEfHYEHR096skrJrgEDGiirRLy3
xIX7Y7N0/yE1qSAuH1p0yeNRyzDZPZdaooGZumRA20PePcBdvXVXsIQSPqnhq0LUm/qTP3j97LLw0gtv1E+eLjfWZ5ZuvDj/
6rVjl186LZ5YWp2vX66ur12fO51DfmGRXb68JGafv/7KjTeu/sLZ57OXvngiM5+5XA5M8txz8XMS2ChpL1xZIq6lI9tbOZ52
/NnJ2S9YFMm40ojA6Le0txXrBfwtLAMsNLIJT80uzh2L8yVlKWSwmXzgpU8nlcVU7U0gr8+cPCXU0zPq8ZNYcQkBr/CIg6YB
FsyT0lXQNZd/gVGPOzxZ81zUg4pKZbCa4Fr62MATlUU+KTNYiSBSfKO0uMyyTJg6WVhzEkyy8dyTbB6Jd8CFcm4dRTWpjfVC
h5bKemSFoFBSupSZBlIMb2T0z0+78ufmYzAAsEKaS4BwgQQggGFRWqGkfJpzp0gPkSEaAEySAqN9hLLG9CHl+yhghNGE0CIK
doxw2gdxUnPUyA+PAxATDHAXDlUWwy2LnBbWNFSskY+qyGcYiCWRBcNQEulA4uPx1Lp1Mk1N6c8g2NAPqCLrHCETiPJ7EcMC
IQNnY1gJyMgZw250n4q7SOxTzWg45DAmg3DT+TljG5WwCeCPCATEdd3ciwcgnoDFoRONYjR24vYkjkIHYECVBLdYJoXusy0X
43OzODydp29vxQEMFFAjQ+Ggr3swgaG4QM2PDNg1QJlWXTtSYi1IA1zMj1DmpKCemGAEJvGoYPJZYzsyez4JR10ck/TADFwW
DnUUBZUYASbOJIcA9ciI2LmAgAwsdvAofSytc4nDeWHWGtuP913EdWPBh2N7yUE9eyZQ/CbEj59EKcL02yBN1xRgn08Tae6n
07UOHD4FmKAG5aajuqmjY7WWkIsj2jESL91ftE3ELvhPcyiF0AbSCzjKVeeuQgvHamL9Cxb/FlR449Kl49fEaj5fqx5bn28k
i+LColCYzYsSfR76Xva5c9CKtDBXKxVyJ+Yvl1bmT9Ura+hSEpZoodi4zjy/0vCk5wszy/yllfLifK5cLPIL9cX1i2tX5tM5
pwFCeWtxsYTGZ2fX8HX+tewZ8ty11268ceXl3PlvnXnxW99+4fqLX7587bXTK69c/sqJ5TeWLtz46he/99K189nf/nZh7c1z
Xznx5pXvfPntxrdeePH5+vIXiq8vfWGW1InjqAPHeGZ+wK4k7uk0HExS1cjrN4pzKylpcbY13+ZnnC9l+MA6PXc1u4wt54vi
Oc03ztCJ5e08PS2PA1FvWv3Dw692gt+c7OxrKW97/wkdTi3wsGjfui7vHm28Y93tq4tz31UiI/eWFL3RVR+9HvWQZnf33OFu
WoEOetDGvV/+zJntt6Y8G905bGZEgQuPrnjtVwcj9W7Be1fTqMUbpj6qXavPnzAmW69afSLsJcdwQFLpVrywd6vSwTKsnonq
RnOfmOGLs4QmxNGSlxsOyNQAd+DM9QhuVZ4HKwKsu0AUmECILXFsyrJcv+g0C8lyLU1VsHygDZgSXSoDIYpilMWjcCo7tdls
IuElsPr5pQX0DAULQN5VUT9HIpgRh0xokeEMDcMRaBfZZzAKMVmSTRCWCZh4yqszdJjmK6CNuAhLYjbIUaBW6mngKpZvcTKC
1b0ejmJ+NIgHGOqYqus7KSkTxxMIhxXP97MgYrCy4dshCsCcG5ZAGwygiEcNuoP1qNAA1JBqAROdVjkgxhyvq/gJi0WaA6ET
jyElFRbHuBEGqBBs4p7CWyEETbc5YiM5NIYZJO3MC1mBcXEww6OIQWlMbkiaRJiDDYfy3YI21qB8EJES3R3nJyPKw/0UOHBi
tFCj1siiIcFSem2JPZmUCgQVTepDQdt3TACiqgrACGEbwNeZPN5lZoRUgOuw6WXpi/MTrUTMnjw+b0EIOzNPIJdlSKdnF3XK
ru2dX92Gy1ZUMXABOtG/Fu/PEbPUoLhwLg+Ek4Qfc6Sd4iNoKZ+hXoWYIsEygv9cLsvwh2fjqp+mpHqquCZNFzuoCovqmcKC
IJ4rkpUgk2eW0gXJZSn8y2+vnX/txefO/fszV98ufuGbL//KW1+vffXasW9ce+P62hsv/spXTtReePH02e+8XX/hxS9d/dLq
xesnv7O6+OLLN1bf+eVXLpz95sk/zP7+1/711a9875V/886J33vnd17+1td/752T71x47p1f/B/+4CuXvvrrv3Pl6//u6vd/
+cp/98Vfuf7O77+19LXvfuvKNy5d/93GwtdPnvpu9mtQpsyfJLMkX6yiUpY5LabTp8j/n6L3enYkTc/80nsLIOFxgIPjTdUp
113VXdVumm3GcEgOzXA5JJfkaknKhDYUIV0r9g9QhKgLhfZCXK2CyxXJ3bE7nJnuad9d3tfxBgfeJpDeO6FvEAgE8vuAzPd9
nt+DQH7fUh4olUEuEaScmBLZqiDmS6lL+colvrzAZhloK0uXC1ydRl1R15xJEdY0KF4c+TOU78L9ir7KobDSdQw/kfAZCuPQ
KUTOrUFcTqJFH4S09AIq46YA2y3IllZYKmUb4RqSq6R5Wk2Nl4hshpNyNu6WVgt1Je1nQoDJAVcqUU1x3VRxZe4loSWC17I4
644p5h22zoTMziqAQkDRKebWSAzD1yWsVKYvLr3MlBSUBkrS4tLb6FqYW1vCd4xEqJF4avPNFGaFBnu1XEW5kMvX0SibMrJU
DMUULbguu7p09aw+8P1MINGlTP4iRgRuNuiVyyxORrxSCkuIetinqJXFKU1y6ZI44sLxxuPrxAItFrhdppXLNeqm9Vk6O0Xz
VPrmZKeur0zOAsxedhxilgtzSAWFBT6PwH57EY05d+JiZQdnkW4P31TQFhrFKctQY/BpHnWqc80PsySsI83DtI8iNtcKVdvx
hEFFxODtlLiMSCjL+ws6lim6OJ4OeSZzLRNAYOBW02QEZ1jN4WQBhKAcyxTSBSxGR/p+b/Jk2jpr/NBoD7SjITU7Qj88fzFt
77qnHUyfnB+0fNPbB4LxYLrf/OiecXeENXaRXYU83DvQ7fHH/aP2L8aDxvQzZtAPjnrt5tg64w86B8f0Q68TvICeUep/2v1Y
L6h89FVz2oG7X6pm91jVk7tNh+6w9w8V54wad72mNYZUw3rhOOMJ2Z6221q3cYpo8Bju/+TwzrnXROLje+OIOn82nU3VuOd8
obTZNvHcsH2UNo1UEdVpzHnpwazmUpEeIkHPgY/Fa9se0uwNiGFzUldvnJTeGLzxQHdg/uq+etafLAwnOBKTkzqaUGQ5xQhp
z07c6DKCoGSGy1tKGNmsP1CRcuLTMbBg1xg1moQkhsYTDKJSFsSJHhJHC6hPshleIFIIgENmFvZoiK6kQAQMYQL0cBFnYptA
q0CN8ztzPQIlHGRQLQ8AQpC9UUFfTu1kV9eXlvmqVN/Obl1arQgrlRsLF7bRCxXBlugMXyjR3LvVtcp70m/k6qCobaXE1Kt8
3quXHBic1DzYllJbhhVGIIyHKeZlgKchWCIJ/IrtAlDCOlHslRCOp4xFND2n7+tgRIgOq3i4YgNenTGmqQxNe47BA5ehjLOY
nbc2QIFpYVnM8YoOuSYGv7RD4jaqAylPF3YwP4vVX5vpcMSlt+akCOU3MzlGoGNO5Ksp0eWXE4pgijzDkuuCUBA5JlXOZ7Pr
2VvsvMmHm+l0hkxv+VgJGPLbc/mRlBk6gQM62nVk2x1aKjnscaE/95LziC0mDSeFMuk4XLI50GdEh4cW0QkACt6xfhTSRnCK
eA2VI859bRYd4kYPac/cU+1cj47pUHuO0z0Thk7s0SicYPJhBGG+/2TYN9FQj9sDZ4YCZsRBauSecX2cbsKGO4IVW44eKnzD
Mcze8de9gYXkxNGmaOPIC8bOpNHRlDDsBF88HQ8mwcxBpqM9fdDQHpLPWpZBLA8ftFqqRShd6/6pfKZPGvhpd2rgvqs8cVsA
MRGghuq7Z8e/+OHJWaP/8GzPUu5Oj04H94M9+XivuXF8/8NHA9ffP22f7J70emrHeXgyeDFpT77aPX6237uj7X2hDvr7+5/c
f/xDrf3VaNdpNsf9VuOB9vxc/+z5syb66f07DiSrkvLD5z86FSfIh2brySjt3PmV/uJRVxl+1JKJA+X2C838YGKe6e3ekSo/
M1/40fiLYK9x8pl9//hHkXcw2x+0Wu07gz553N49Bh8azWfT4T1y9/mdWVs9gp/aUU4Hz/subE8DuHVwjgWBxut7AzW2h01T
cwanrcYB4PTmRWSZ3ubToOf3w2P3eOYYbtJxIxkSfcBSWYZISVJiiqlAl/y5r88FFRDhs7zb7qewQiUgiwiM5TcC0uMnkDCB
RIGMXYAXu1OTteWYlnRLCKOLXm1zDAFAJrZMjBTKC0JL0mNChGF9BXwVXOKAhSkLCYtklENmFp7FSlwOR+sQU/pWqVAgV4v0
YrVaz24RRLokXfhG5XKeIJkqXsIqGL2RztX+hPkNXghZ8iKHMxelBSe3YqRRYpmg5vUopb00Xarz2VRcEYFCpphbreTSIQ6l
yPqKRzLbUn753SSD0ZqPV7GssMLSXi5RM3NEz5eE4kJJdKpkdSmzlMssbQkrtZXt0uat/NIiylUKq6ZQ+MbLVRivpoSLAbtW
WyjUpNU0JDBzHMtiYQGAMmIhqhQi3DCZNJngpI5yVHGewDyPoFAgjCyAB0WGEiMPYjlXiQiEnkMXwowdMGQBmJyaHcQnkFnS
nznylLUtJer5lg5MIa8vd3wkkAPHCfu6Z2OmMlMdM4iniXkyGEXeIDgJzFN7FI78EYooSlt1UcfvTR5EEwB2w+Opt2uG4Qt8
4CUd1D4PrMl0OBw+sAG95zdCH5wgLXA4ch1gQo4b08MWYpoVfTxTDkP9cBKN++2pNrLp02SoJmO791wzsWBKKcMoSeYK0Xyw
8ACGQRJNfm3OC+lj7sc6ifgiuDs1VJ8K9Om4rcjNkRZPNNVcMKPzfXIE6iMyfBLo/qz144P73q/B++a4O/jYf6yOD2b/gVOB
sNdt3/v04weD7vS8/XTo3t07M/YGbQiYDO/+cNJSu0cd7T95uPu88ePbR3ca9r8fo83G3vmZMfl1/yO586K9d+p++PEdTT2w
3PP75x/cffRx9F/arQ4gDw9+2H8S/eoev/slOzo4/uBzXP5E1b9AUuOBM7wfP7fsn38OPXr8WYf65/5Pg/D56O583MkHbRd/
UHgu408z7V+dPfiYfXJ7v6V3vnL6Ey+r91qq8sLosOoT/VHkzD6PjRfTx3SLaULuEfC48QzcC4AJCKrHjaLBHMuD8EG61WgN
jqYn9Nmuz6fQZIxTpUw2Rdt4xpvmKLBZKC5I1sXQWZp+qURH6AWTfCmKiOKake+Vxq121z/hxdyh4cB9xV2i1CiDU36JLb4a
3bpgZiiwnMqEqVpt/Y3L8oWEJi+ioVMg/hB5L8e/q65wyxfWpCriWulq5gbLpVbLYE56qZ4vwosvJZduXazQ+cJKYYtdqL/z
2nvsBVZACnkRv7GQp66/x3wfl+LVyz+gftd+ld/QWZEUl/6YZCUCBvjtorFQWq0JCUDmLC4llioXvo9g65nl7aWlanVdIoTa
Zr0Op6Ji9RpZQxcXShnJxBOEiaIMaeIsZ5EooicA5uBCxIJU1otRncA9hEOICBVcDmV9OooZm8JDlpXSOCiylh65dBCAnpjg
TERyimVYPAIqsU8CEcrTJmKYUUAYeuAABESySB2zUYcAAdBBICwGgDhwxlyoQDjhOAgcAUQ4J4V4qsMxPCYS3TUHsSc7gRW7
vhEhgQLPkcKfnTmTcAArGgSoEeDDQBCOECCwAE/hbHUWJpYIhEE0TYYgTdmRB05nseZjPia4gO26sW2PbF2hgRDAPT9ZnbEV
oK2yc/CsUI+R02k0EjTIBoBRMofSbKKG8xAVE1gBmCYkH+sohMCZBRSI4RQaTTqzxc9KUKnaIPsplEKJ9I+BCA8M15haMo+M
UB+cigBihJSlNL06uNj/QsDgBoHBp6IKJD0jttJfsHg6GJlPKTkTLwAPihXJfW5WDV89NbueYSLFxf09PdazyupywnQ+k2ih
l5DZQ8nG8OUjeDI7Qhr01TGU6KovHDc+KxIoNihzXy/6eMwenchJwt1+8BQcxDOxeuhOjyaEbXTBhcPK0QTF/msweKjj95xp
v21M9qRfjU//7X3jH09vH1gnyd95lQ/k3r2HBz/7YG8C/7L+yw+Fe9Dphy3zMPzo9uEdo7MHPFK6qZOod/z15mi41XIU8PPO
bfmfHhOaOYafHDZuKz9rffTg59GTCfnx/tM7zuPx56Pmw//zziefnMutjw7CIW5uFcARwEgswdrQEvDaeBOK++ZNkgNZLl3H
DG2a2ay+YwVFjwOzlMmMEENy4gqg14KmQSwhYWYJI4HUlSvUUrFy3blepK4vSsQ3a9Wd0jc3XvqNdg2+it2sBgG19Hsrl1Zy
19wbxNqNzbXFVakwI5dfSZVr38O5RQJycJFDbuDldckLgBIfVDLL3bcX18IdrFtARJEtgvO63KE3YwBeWb+RqQ23M6vsQgSn
MjcLBE0iELOc9UmhSJBDLOSAUMAIsbyeciSMLS+mciTPKRRfl8RAADI7Uh6HSIRJU8cUx3EoXozoiMvCSJHKQniIgqyOFsqk
l7gWQEZYqV4iAUlm6SKfw6KEkQQqEYi6zzCVIKY8FAwZh3eMAIM8t0d7BAOZ3QBRDRwVEMoMUDMZgaCe1QCfCxEiiaw+QPL4
BEIstOjNy1hkB5Ei4ea8G0mGcb/enjAESMRkaRgHaQQdYooHoCCPCKEDxxwYhF/fB60RLGhHYARzCe0TGRSZQUmKCPAgAYg5
qsYAqyfHJEYTMBFGIkrmJcwkBBoMcUQVyRmakAauRh3QUXqJ5+0NSdUBAfpFNbEGBtOjwYk9iuIYj1AZbiM2WvH6VEtHpFj1
NKhN5Jt71gwKT0IGQZuUoxFNh8JJCySy3MxHZq1UEmgRJhqug0EJlJp6Ed1yKAqHw1ZCBCgG6WrWn4dBmOaX7wN+5mG3UQFV
Tln18jash/dnAuXNILCFYACWDlIW7PZlHxAFAvIxMdCotChwViDQdlFLThiGPSziHj9Xh+HheXYLybcq2+Xg6uC+A+MofhEH
Ud3LCfEMo30St9YKIgphUj5MVunbfs+YUBPn9l77JAxZcffR7X9EnrMq5N63nzWAL/aR0aHz5JNYq+yOvvi/eWwfPP3K08lJ
bnSSdcxOAwdKKfTsqxVcNz2m6SwX/nftwfj/GKyUwIO793fv/+3hJ6MnjebzPcb60eHjfwd/8NkL6NPG3/242d6fyHtTMI14
4ER/8FydnSnCtLMbvH2wJk/OmsfWYLZvudPk6F7Hi0zprJM++tztRs1G196zR43MyJk9OWjZpTq5DLkVm912uY08mr+yg/2g
FPaqoLSaHaGr+EWT1JUieymiAHMOmNsW5hD62ibqXEZSS0kglMpx6tVsGeNSuyROENeWgKuYLs++gUxMsG5f2mDY92jtpQIj
oNvNtwyrVHmFpKW17y/g21yZeXWLSFgxd3mJXkWHHrVISpSwIZSNqUKtLsjlbOrlauDnaYq+UozTfFiPwFIWo3JYimFKVbxO
pHLZCI0iIfT4eR6FeB8vuosODDgyAEgKg5Ui1YC8hEgjGWtCUrEFRSznJfAK9fV/2yR3Lvav+DEKYJCY8LYVERhhDckINxM3
IZMAtLACCbIR6vl9Dg1cJvETBCeCGAokUiAmSNZwCJMKRIS0oAKLdMMEQwMBcVmaIwCO8GEwKToCAqqYjMUcheIkADsxgoBW
yncAk+ESKGjH5FMaSMDnADSBIjr1GAgwFDFFN9DEcPIhCD3F4KmrozQgVud4Q5CEj+NH8fDAm8ZtaPrZlwlcxwPHv8ehU59y
Il0BEx8NDiXPmRab/xybPhTPYbkB6L4jluNYjaJOG3oUUbEc9pBYjkL60tcL7jcgXE7RWEwihBt6zoeCa6u7xfCcNNL0xE18
wktDKEUGq6gBzK1chNxJPrSBLY7is30Sp3ctHclEApMmhF3YpJukgAEfhu4Dh0e0TDxnLyoBZ2e0nQkNMOY0luBwV4mZtWtL
vjXw56BPw3NhzBoeVWiW4FqaW5NSQegbHIcrxWSNZxcQVI0IlMYktERDLoJtY6BfV+BKSjwvvZ56RIsnW1cvrZ6NnS4mVVau
Xed3TiX8kVGvhRT40U36SoV8MtRZOIUJ+vGCBpnCksCmFMgQ94Kvfg7f/vCwoT6dBrXP1J/c//sjURk1P3oc7f9o73RwcDZo
7Y+Af3fy/Gfjvf6++qv+R8fN8/HJbVN3fN9wOA/oeETfuqyOJuSt8+L48KAIzNraydAEBgliGoX22jP5wuezcSPdT87gM1Fv
cavIyIV9ezXjx7xQJdFrJL9aqhJsgf7GxcAFybVMOVzgAmx4FU2BG1IRQ166UtuoF7bSZTBPXlyneGJjjeSWmTMZsxaGBNTx
9VjLLCZvR4ZGvLJ0aPWi1sX5CCX8eAPGXORqy5F3i+ZbOp6kf+BYrzVjppg3J5nDLoNDkUOP0RzBYiFWoglZpuisMfeO6vos
TINwcjVNhpRaA0sZOuVlCbx0ISkVxFgiwk2cAgsjQ4z3Y98GSIm57tNurOIcSAe+62omAiGgYPix5jH4FNBpAZoyDBZTIptX
QVFAJlbIugkaEq4XJQhk92Dva0+ZG5jljAkxO++/BIitGCMmBBbO0RjXYzklpBNQieggcvcQByUIJyYIehgnUTygfJJnLBuA
fIJ2h/w8I1pjTCVDkE0hNJkwUADbI9xpBR3MSvy4YQiP+IlLfKzC+7ADhP+8h6dN4bAbuG2Lefxr3/iCzrbA+RyzwiyTgIQm
WpH1C5p6Go88N57d6SXM67zN2kDBt0DWiqJDzYln4z4LCxbV/lE3CMFQZ0yNu+thGWEWPA0IMlI+Cbus605YGAL6wZKe5aNx
y3UQD84PAP/87F76vkcOoyfg6OMEgn1EDQMfOE3bBqrQ0zlr64e6z+1VlTmpklAGLIQoNfZUh8wUkm2OmKhKoQwgFNCgK48S
xENIZn5qcchrQ4rtmZ5DoHITm0VjG4zpbWoO78MC0XegEihhDxKJeA4z8qsIiIlnHKVEeQg+CAspXtBnx4lGQ2gKZTrEITZN
mUHCKAX21dtBSKO/WM1vXN9WxjU+F/ey2MKlTSGj3ygjYm6lP0oxm+vSVc2ufPWkDFyRij3psNHRHdGu1OMX4/vyz786le+d
2v2P93b900fPH/588NOP7x0ctJTP/LMXqtIc9Kezs5/848Hw8S9fNCd31f/XGDyGn/wKO2w0tfbpEFbb5o09dqpN+px3ME0f
9U6n00/b+4fqOOq7QfRcfjZJOvcPwF5hH/T6nd7xDBxyLUV3T7mq5lExqwfaGEB8CK0GMcs4pmiKpxNGRkInCiDWG+cBHDLo
0PISGgHxwvPVOftYjyFJQTNW8vvoGganayzgR98Wtl/PLbEbF97HIqwcVt4p88uUe6n2Ugi9ja5yYUG8BQNU4bWM810jz6Np
lC2jYZKORLsK5oBgnqGwMlmOlpmiSPIijq5n6OWQoySUmueHpRLVowIUElBaOkzxnCrCFMahUD3WC5AvwH4o5MKLTC3EGPBV
djFPklmhBaaQCs8ztOrHeWAJpjFYZDI6QBewBVfgxNJwTOJm4Cda5KtwDIYmjrqO6brgXLNllGbhryXOMnQEmSEBRLo8oAFD
nMNkYwzCSCRPwvjIwUeohiQDCJmfb0pFQ8puRGMF8iIVQy3Y6IcOldBx4gCMnw3mmtaSnQFyYo6ikTqyUdDSR/RnY+AEtxWr
33FsN33+EKBbHePh8MDpgcAUUmHyhD9A5hfkHJ44gwkctVwjlJPgOGVguThJlJ5hyMRphDnQ3D5l786B51pdyzxLIH4YgxMW
kGOKtmxbpw2WHAWADox5Ag0UnCXEUS4db/q6lUSO6Bmog/fneDT3bYvWXDtCjIoRujjQyCli4BB2kgaYEyXOz7IOycDSvLuy
YgmvptwYL2UNAETlnikW6CmC8WSBjohIYgAYTNMm4UAgarNUuDxLovxIauAp2CyYwINSo0zIOS7L1rTbGS6Bo+KL35QQTkBJ
FiM4OPfFIlVEVQlTK6YKQaxIaZ73+AvgjHUDonFb0jL0R4FdXMjw5WC6hp6nHyHHYDYc+AdVLysx1dlZceyVtKjGZgH/CmKT
1Ccq+k/yfQ+Q8RrxSa8dH+8+LOmiHnQnzQdnHPLJ7h1w/8PW+d3pLnXYt8GOt3fg7X7eU4zRs/1+q4P/wh19Hhzf7p3dNr2B
dTvqjmYJigiROUUZx7uk8rLjGdppT47XjTaERVZ3zmHde7WJG/QDTw40aDrF4TPN0ZWq6q4QfLaOwMs+vobkHWaHHa0KmUpH
Ws8KuVuEW9wpXJC4dczBitdyfHWTqXr0diZgnaB4eUD6Ixxr8Q5OhWKMnb1XB97wFTVaeslN8JT/1h+kU5gxqnMlQtgSS0mw
VrtAWVx+Z9t6yaaEDBMUgLWk3eWLmZzHVeNJyKIsD8I6HRNLUq7G8lQynAIIv0bOvWkqmIHE5wTWzdKqxFIsDIokE7sSDOST
PALPQjYbrFFggBJxbR6lcLicczpaWEQkHArnKCAW0YBybRIMeSggCQfHCKENspjnqF4MhwgQQhY5gzAICOIIQ4IpneIDAzCC
BJ2BAAwlOKVqE9RVKETTNBeKbMKbBKRr4hNkN/ImBKShGmvMDdM4oPzQ0vWx7Q1iOwiTBGEsT/PyRhpyEi3pagAyQUeAG8NI
ooABm/obLTphgLH+3HVmsTLWg5TmnSPel74XOepEj0mPnOqNjoWiMz8anZtto4dZjttPXC+bQKYvKopHtqLAdic2rfnsPV9L
PsHYFzwM6qDSiWE/zrlmFGPomI180JnE+3kYT4gcmsC+SEYLoutGLExSVhQjrDgmaRxKXCMTA0ggWj6FEhjsUBBk+4AgUqJC
WRmICRmAIMIKyORwspwksFDrQ5lMhAQ+nz6ck6iwWIt8oWzmOY4SmQWGS6tpojCR7mRTMJveRaME7kLQzwQrourpVIbNPz6F
zqIakbtdyjMsVkbYbZ4XpPYiIzB3FvFMSSvDqRxNPzZStwnC3lJiCQ+A3kKwj/5PL10FOAkbLx4qO/QCVHpZzoEGffx9y03D
0VqoMre3sldqV/m6WACAv9Mz979eg9EqXnO7z/7t8ccPn93WZsOZ/jPnn14szM3144fu3x4zo3mAbktYsC9P/ODLr06S8IX0
QeROvviQjIFB81Ox9eiZHLab/qgTBGnzGAitwNexOGRUbl4Lh1YIYXIvbXaG/VAwew2+F0U6Bc5OB5ltxQh8T2sl6Z36K5VC
Jbdx6wqzuobvrMBv/Nna/1yszc08xaPwn0fTN769eb18cSn8Xfy3/rpSX7iSlvLMD34bvLxaBPnajmkkwxjQpHQEudTXvz+k
XcJDKYJDnTDafq0EGGa4JpEJt5zxIoSg12ITcdeyaAaB1/kAI1DIc5x8LoMr3DyZ05XyWsaa9jbKFRLPL6AgOAMmbFnKWmh+
tWNjebfkYFg5cfk8rZI+L3JSWiMYIO/TtC/HeDgjiXh+UJS1HdQmkYlw3PcEIEXwQWKPKQGfq7kIATMxIBgEMFEiAeGYRr2v
75lFcQQHpuwcNXFurvokFIcsgcYDxAWYKAhY3ksYOgCMCPAVx/C82NEsJuXCEukFs/kIOMISCoiaEAKh1pcoS3fnhmfAkzgI
YwCgHU32A8RAYiAaEZYDxCozszEiAIDn0yTm/jfBO8tjj4CDqRlF0/5z1Eq88cHjkWm7/te34KFdzwxHU3d/fqACtXsjfEIG
hmt5Dhp1iT78NLBRYAgC7Gx6gKq2fUcN/V/bwE/m0D1M9CmKarOeN5hAZ8EUhox2czaRCS2yj2PLREBAVzpCohExSag+ARIp
EpuDYhDFeDsYRbiosB4CMEZI97UZZnPsIAld3ZnNALBhY3NLSrgYJnQwiL1nvhGTGPW0A82oKJMVCMrMUjJiZPxgMQbsiIuZ
kql8UEh9JvAHqBY7U2HaC3pK+W1WtAHiyybwsZFLkyNcnDFBnp9tyFMO1vAZyHU3qFyQXl9gs4R7oLH/MYu78yJjHxPyJ41R
i7u2dlVhrj7Apk/2wfybffsKxpFftv7hSlCdV8aqS9m/oMNF9uWMUBt4e0/tajmjGTyWuTIcHf3caNzp/fqs87Ev/xj56og7
OYtfnIC//Oyo5cwGE5ryv3TvSclzdQgdY6sH3OTL/3y7lOXAkf1+/+hQXF7WOcynst+AgxXm2aJ7/oNb0q0ZmmfR8a0k/d84
6Namt9y7vjDZOfheKvOS9c1regj90U1GyK5wY89ff+XmxXotXyi/s5ha24pvvuF953cu/vXq0uq7W3yVxH9LIN791oXt2re2
ue/nvvXdwsXU+0vlyvKf/vbS9YtbKW7nytX0y2fVSmFtmaD4KutfXs0IUqqWXeS2U4yJbCaXK5n8X+dW2MUKTDFppoZJOP5S
WVvO5jNzjiQ4ds1s2EqWaswg05EAYMXJmCTvQoyAxVOKjb9elf0KvmqH3HUFT2bFVdLHAHd5h6PNEWUUIJrFN0iUpwCVAjwx
p1gwn7JiQhTZrxdn1iE4EyACXgj9BJ53WoBgHmmhJ1XYwEtzR6KnBGiqgBc4ZTRifB/1UwQWwOjA92DYpUGZCAI30OZeZsfE
0A4SZ6rBOv9IjnScVZwpTJugECIWiAoCRVL80CUdi6JJ7UQsgkYYcw5pgLYHqSSl82qMAABBWbhm2Y7lz3zHBhAj5gcqCMKT
KAJo8WhuCC6MoNFtVA09NBzZYT9KpwkE5s7GCk52uccUTLbFKW3kp8IEiMQcMGOMbIPas3wkghmJBTBMtkqjsEfZmh8piIpC
UTIXF2g4T7nnjgUxcNputBMnFD0CnOPSPWvMEe4uKR5aY4JzJWCORyQFmSA0omCtBZBumCJAg30dCi1iirvJDPQhTxyBgEkg
vuY+SlSqcmGoa78YgGpgAeYMw7zIRol8sdaXPvVYoRz2CkGp/MQYF1e3cdqIgZuik5VO0oVkmJCT9q4X0WS24kGbsPvT/N6w
ciuT35jSCdX9+519o8Km89G0CJQ7qz2hVopKIDa2cwoDfelWUeuTk+Bv2qN/UDskF9nZj1m9yCnWhXvoYnAyuL/vanRn7J8U
n7e7hvw8HlXujJxC56vzPbF5rHrndmekEPDfmxM98iEwg2kz2x4zRhRNhpp54jQB38cJfxTJu4hyWrg9PCHSDV16dqLkRLMH
g+sd+Dizw364OVJNuGxMFpz7gKN8T8iQTcAyxnKtAHPo5XpwfH7yW9ujl+9nVfebwe+8OjOXrvyFEODJUnc4+NN3brzy5nd+
p/jqa+XN1y/Wf/e9G3956/pv/+Ct+vdvrVxdy1a/+ZvvXv6D5cr/+Pp7f/q7typL/3rnO+9++7v/5n/4/e+/9v4fvnrr1fdK
4R92xJy0mqeLC5WXlZWrS0GN3FjYzqayNYi+TGSEKLOxBeEXBGgdLJAx7mJ4kSvASHVpi0Sxqj+Oe81gIXw+RfouSPqd4r7r
wSMlXFTAjjAP9ow/nVpKbPsJ5QcnSU7fH/hZ1J31G44om0MDz5TTQUqUdTqZuGtDDSQLMB4ncBrFvCnmZagQCSQCCZECjMUn
nAyHrUkMCjAGIIJBNmDXYynYBSOCSSwvThEKB8IzVWUBgCRoDYYBBGVYHUuiXA4OKhEKc0Z6wgPzeJOKLSgDRuGBHw+1Jp5g
MfksDqgoUIFJj4R9K1ZJGQij2dg2bQ8LSBDcc+QEtIf9QMcHsouYwGQYWE2fdvEe5IWk79ktX5NRHOMCUAsN3DeJBLVRNU7T
jqSD3SamICjbqk9sdORxMWTtS3ND1zIQ1enOiTjgsSiVOorhZWFijfBdJDmICe6w2CIiLOc1W0NjXqURUs6PAvpkhhhwoO23
fyI/xybBDGcGbRkCW6w3faCDHuZYygzylJaS6N1hFMc0q08GCRI7gW4d8gFy9gL8GmX0k0+j2/kT5ulRe3D/KGa/qow/bQ8y
n/cG5+ET93Pw/1L1qX7cnv6sPB1bT+eyd/zTL8mhoVGt55OhPjxWP20Mu5e/pA+tvYF+jAMnl5u7R/JLD6zP5dmvT+8c7Spe
Uz0BP2rVHjS1v+V74qG3l7F+oYZPJ9Y0HprPWsW7I+hHoR6YBS6a587LqeZhK1hbGZ33f0yUPhd60T21ebc5WmiTrYn+/Jq2
3Ot7d3vPfzUMjv3zu8dsNE+3k0inpbedy5TGm3l5btGQBOTSgwhGYqTdra+AwVx2j7xu4h/ZSHcWeKDwKYmVBuUnG5u1UX2T
NVI1fPn1JFXOvv1mfmleNbBkk6WLpdJf5a4m6Fi/edUDt6AYrC6+ebGAruFL12xhC65wxF98+5Ub3/7zP7lw4TtXb7y3ef1f
vvPub3/zjd//q9Xtv7r5zXfWvvHKH/7mv3jjf7my8G+++/of/fVbixf++yt/9Ds/+N6/+v4Pbr7x/l9uXtv5jj+EdFBVyNji
Uh16DU3eGNpWPk1atsXJ+XcBhzLlBcuytO/IpEtfAL8xVmO8zhkZBR5U5jBntHHGG+UQOxCXdWQLqHzPStnMMoXQKMvkyjRU
8tW3AFvVsngTooLi6/MUhfxlMH1HhmYrQ8+XQcYTd1MeNAJ3TneF1k6OtTi96s/gIF25eIH1anruW9SyqZeovRCZ1G8EQoPZ
rku/KQCtizLsmc2kEAbzrGagtN5MefPYYbBJ0U5cvTJbvBR5sutnIlaO0MUYDPPeehy66Z0MB/UgzKACIDGjXFCIvF3d1abA
APRQKJRj4NxueJEZ61N4FMfueahAgJyLx6jrzI1alafhvMIxk7CtidyiHHwMf273UOMQ9vshpHozl+4PbcecwXNgdkeWRUZ+
HEFh4yDshYjhRPAU6DMg77q7QNIEJ8QM/qqjR+pJlHwM+w+QkZA9Bc7Dp547CJHoIXkySgxkIu/3T8yBYurpot4pPDqHfMXe
6zU/Yp4yXpR0/OMXD3LA/xf1XxxFTNA+D8BP0fQ9Z+y4qVFnOBQnK41jKS44AxzQwC74cAAa0L7+7BcfBn/PT2zsbvP5wZcV
dLLq3fn5lGjcP73j/BdmMvnpo/bR/cNH8mPmV7PmQ3OYOfubJvzRRLc+//V0SD85FD+cosN6AwP6vxyo99UwW7Kw2/8P88lH
v9D6L1LQz/bPjo/3Du27ndzf9oYfrjwDG2cN4vijw+HdadyY9Pj7bWdv7J1B3enZEGgj3Q+u9e48GzcN68VDbXKxftoM7Eef
fninNdhSL8jHo90r03RzV+4NT561ZoC2+0/UNoqLW8wSRFXeDS+8Vb98/RuNMiAsbVS59VFxGRLSmdmbQLYev0d8p8DWt/P5
KpG/oG9sChfym9KVZE28+EaquglefGf9+qtX/7vV5b9Yzy4Xc6/feiVbf//1//b9P3jlX67UV6XCN3auXRe2S+t/9u7vvcnd
+tPvVtGVlbdeqV19P3/j/RuvvvzG+s3vbL298yc3tv/4rfcuv39z4dZ3rv7RpUvf3PiD3/vO27/xxrXf+53feP3KOzdevv7t
b7/y8ttvX/3Wq6kL19beYzfu7nZS9yOfZnvWudndBtTl7uHIQ9ReezKMYE46GjhtcHLebt0Kd8HTJXynPTMGS2J6aagYi14X
+uSrz9c+OPUA+enD4f7db345+e3bnw2GgfHxs690PJfVPxSe3llRP3v6y389+I9neyX4Tz/dbXk3WfvWpHXvRq+bPDh5+uYD
t2zAz/dHTz9/5+OecPgQ8MjJrw72FsJM6PRe1Q932sfKpyIiD7T10rfHT+XFK0srwmww3knaADyxrnFLYsxN4eLgNG9BEBDl
eSpqn1bzJEUnepEWQZ+SZzCDZeIUcAtD5eKl/qafc7NQKtZYLKnk0rzrW04aUvMkKmY3t3EJDgYSVxYS3yYlNDOjSjC9ygFg
jqHydaxKEHmoksHRnF/SJ8GclRgWoSkaaudNDZcLbOBcZqcGaTBZPBtgECs7AowmBdSBqSUMhtC5PmAynEhOXxoF/mt8doQD
EMsZVmr+VkQPZADW1Jl2BGa1jMapoNad2XTCAR5MTRPYY5m5wdpQJkmMEB5FRbg8ZjKMYlmBBZ+ELmR7MDnxsfBxppykQp7A
tMAx0jHlMgWrRmWS6Ik4alou2aW7h8iTM8zAUqHY7av283QGZ3LGxMRz3f5UO1hYhwKZbw2nTQkFJpKmAxAvPsVoRQuRowFt
kUbGebCnW5Fhg93DxvBTy5rg+lbj8+7ZL59N5a4j3j11p2f/FW32prA97hlbM0xun49avuJ1QwfyUqnBTOknpsc66hD2ebjx
BTw667V21VbPNaiNS5ae1oO9pjuTobCWzEQ5b/qqNibh2VjX1xV4ZKJ8nOMzDI8yOIoh/qReAGOtzaUL0WIi7kBr11IKoaPb
8CXuegGvrK3U8RRUwPNLNk9u6Al4KVjYWVjaKa5cWJOEpXffzLz5jRy18/or15fW31t5+VsrO8uXr1+9spbb3Fx973qhUH97
58p64bVbO6nM6vJSHi1kidxmplyvsdXL5Lb4ejX98mKhtL2QLorSy4XNW/kLl1bWFuqLS9e2Vy5tl2vll7cWa8ub+Z0qlc+X
tnCyvL750ksrW+srWzvZpd9afW2jsP1a5ubC2luXl3bo+pX6EpN5c3N1cXVTfOXG9h+sL1wplldSaJ1KLy9dpwV2y4EjuexZ
U47aVgM3yo4wZzFaYMpkIscBil+CxjHAwVOUNHJgsQZGVyBBValNXwEilrIHmGoSFo9NJ2wZtlANQvbgARdmmIgI5ETJsiUQ
oAwUm6C0lWXjrOWoEC/IYsWcI1aG82eyQog3ie0kkK6vkRgeZ92r3Mo8Pa5cotE0S6yubQkrZsISuLS4c41fdKh6urDkRQtY
iqHfeA/FcFxcfz2zlV0uLK9cpASpAFMbXAaPttaS8srNQhVekpc3XhLKWKG28UaFXCWu5unaalQqwDWyXOaFOHQooVjy2JCv
11mzCvbL4Rqcl8K6b6YLHN+sGQC4Uhmj6eziu/jKMrWCElgxLJEI26MRkcqDMkWJkcBYaQiHndAIiQkXQLNngGCLTEC6fOBa
MPkcQ2AS9WF4kQ59GutCqO8okIPbfmD7WiqVoy6KMUjBHEAmCOmmF2jcImHCTVUSOIDbrpuZT1vF5WQRSpsEl+Pn84sESHeT
QQs4S3RI1SB9EA/H+MAg274BFuXO2MODnDuD0dhqgXhsxV2nM4xmDGrraOSkFXnejWr/ZG801J1T0MhBGuHEgIYPwHQYLnvY
C43EZeLYB89a3Xk9lP19N8E5xrEiGbZ8rm+5QYQKP7/X/Uxu7QJTQ5nN08KuDH7kKt0uKRv7z19wVHeW7f70yb0WMkKQ3rOR
suh/+aU6R/+WdW80KR7ap48b+hfJ8JhldXmK+/rnvdxPwOn4/rSltL46BFhj0nny6Fz98qzDQO5BbeVk9bO7x61RfKzcmwH4
o9H95gCc8LJDwrQ0yHDHLWN4KCHJUxml8dEL26O8YF9VSy+GhB2RyhLWgtrNYA71D/3A17BepPUcFCyyJs+JRUBiVRj1WnXc
HM/VlLJO7D6G82cDQRglFi1WBvXc0BsrkYK2+4xvwcqUJvkLUvUKfqFyfWupKP5ZJruZ3bi59i0+v71TfO/t7fe+QSXsK2gt
u5Hm31vZ/NZ3F77PS3hq8oaASDdpMVq5kkiesRqRWI2q+wFBACiFpoU33CxNMtU8JFxWTZBHUp6QJJs0m1t1rgN8mCgvEybL
2yWVQBUO1i+nKXuhmKMs1JX4Qi6DrVdqYqa8Ii0tv0qSeAikcz4DvrxUJjAYpSu+m3mbpqR6bnGKUVFV2MlxZfzS5dUtfINl
1pcvXiguVS6uC2trF9bXpOry0lKxtsakK69fvSRtbr6V2qCkxc3N2nK5cNmjl2mYKOfTLFtMZyCSFznVgXg28fz0FEkjSKBw
UGpBSHmUlKxW8sy85TkWTFEsUiERgsWxcQYgMAhhCMQBYBpk0Xkkg1GH9KPEJxKPdHgCB1hhBhEeAiB+goEkjFFiDM8fAwGP
UQjA3PkIbNqLMSIUkEXAwggUngc1DJmCmA5DfGyjCkDDjhjCNsjQFiTAIW7HgIfiLmlg9giKvZD2435i21BozXwBAi7ZbQhx
IX0YYYjXmxIg7Osu4PmAj6ikxSGOCyc27NmMjA5abr83QFzwULHO7a7W8Cmr+6p13NIsA5xaVmzNRiPI73uyH02jHhi4w8Sb
qfHQdg3bO0JfPJHb3fEMsnuJ3+3uNe6SgncI2ub+fuxjbGyCR/unbcSeuE2r2xCnxshpKlbSV9sK3gmGoHV4qo2HvuhOZBhZ
wPrQ8Sgem3192HphF4RezAAuYZ2rLn4+tmeTGJ62fRgf23h8HmBD/XZ1gVTCOOB/kwKphXLXjIAISNF9PbXgT9kATcUMdenq
GyrBuzHFcTmUz5Z8mFioFC8EXF4X+KXMgiYQCH11XSLZtCzQKLGwvTXjmHJuniuwK6g2E3IFmyZZCKwWa4GQ4mNpBkbI5oru
uFw+APHLCzGe3t7KZYuVK8LlV/U6x8IiSXJQsbpwESjEufnFJeCd8ntYsYZtJCuQsIWx2ey8FDLpl1GJFBciqfjt6nI+vF4C
1+vrm8U6lyoVc5uvLW6/xoPEil6li4RUKlUv/h7+x2w24clvF0rETbwQpBlAYKUKniLXoXQtoYtStZgvYdVUmMvl0xuljRIg
JgVuuTr/yhKfu/g9tITSHpddpJbFC3TeL8KOUHp/ha/wIZ1ad9NMrVJaEMHSTlTL1bZrN96XStdgaTn3CpDeemWhSpBVSlpT
UheWKyu5q0spVoRVMCxDcYqgmFreKaQSx40yDF6BaWRuCsWynplT0ibx9apJmAgv8dkCgWCZbQeXUiRF4BCNonHIMAyYxaME
iUQCjixhXq1wMm8MAhYClA4TNExAlEjQANFgBQopu2CCOEDjydyYaQwde7aZpLGITZDEL5MsjhIATbBkiKAgCH7t6gQ0fwJB
PhnPCRjAIsoEJx4GAQrAujFkgEESGUCMhTBoU51Yh2IjBc1iDPSbuucHgBsLQRz6XIi7oRFjQZKEoQ2hsBtBLKgpMKwCip7g
ypQZuG7Pd1TH2PQewxAXmHMZcNCZhgXeeB7RJ4GnJKxvjqM4wnxZA23ckweQ1iG1Y8ucjUDPPu/14gNDPdOO5YSKvciOQ28y
GYLKJE7U8cBNYs6Ve4jfigf7BLLfcfeOG+7BsPmRc/hkZGjyP6iHo66i/nQ27O4jZhcbTKfDUfe81dTl/mjUmfQNZPAi7kzi
3kEHGe99xM3694Fm89xyzoKJd6Y8OvSOhofWJ7Np/1zWR6P+2JnB09GZ0e6e6vqL3rkHTYfT4aw3fnY+aXf3EhJuAO1Zd2z1
6tMzYn869Lu2cd9sCmNmhmcdsOG5wMi1Zj3Vnuq0n/fd2HiSoe/K3adOV4R4jF+GkjnFoeCqZtUIIr5Iwlr/mxCWoak671eO
VAOHLyizW2MNQi9Gb3V1QP8Sc3tMxhrGKZSGuW/V0nR6pZbe5LPvpf/oSr0Kui/fKgn15fWdd1ept5fzq/VLOWyJ/xfS6xdq
7wa52s238kt5oJrLXFxcqy9f+m4hI1Y2mMw6WX1LeOuV3yqn6Kv8wuvF9fStl95a/k4KW+dulMk/Frbyl66svsMtZK/+8Xvp
/3X6eu01vCAz0safEIiETiFyNZuU5hFVslA0q7Ipupx+450UtZISl4XiYrGax+DsSm4FEM3qxg2mZC0tVoSylk64jB9X6BnJ
SxBHIpSb+CGemsFkrghEaBJTuFCieQZldRYUg1TBx6NynmaihQJGFkU1SIC0AcEhH8ZknKSACApI0PRii4+SgMl4ABqCWAoE
INQmIJjHMrDOoM68t6zQn/tXwGCwTkFuyIJzrvNDgBIQkYicUQx6ThpFcQCgEi1GMBAg3ThwEh/kYXR+tcjEs4gETscx6KZi
MwAwLLQRBaaNwI/BeEYgYaS5TSOCACpiQddXRDIW4NgLKAtJWBANYJJEwAz19d6mCBhGCRS4IcfbBgz6w/S5G+OYKiuoxwPA
HDyBUOcx/NBDtJj1YYvNmiSXYDzCBS6KmqGiESLmIR7ATnikqIT4II4cQ9AwIcITinBQMyaBhHIcEguQcG6WJQgFkQT1FH3g
92S7AVRBuefFETliIHzmWJ8m466SKBjq+mHgJ71pTMohmcUAzLcgUxqRljM14bgRKHLvwwNrPEInw/7xhy74T/GcZIf0s6nX
ke3mcTIzTIOYnPef8YM9Tx/HJ7OhFWfNGWsc+O7AOHh8sPsPsn7/k73zfefhr+Tb/374uNPYdZ882/+1dtYYqJHWUTonH55+
MesPR2d3T56Pv9rXY6vX2v/kudt5/NGXo9Zh8Ohj91BtTRrKp3c++ejuZDi6zw7PRtPg+Sex+Ug3z44+Pdh/Zt8NX5wcP53I
zz94eHTenew+bJzMsyjDr+ldnR0mATDVdGvtdM0GgKPXICeOFeL0dNBwSAKjQBuGjzMjSJvF9nD6qDdthOxJd0SW0VTR8cNI
eAsDagIA5P882cgjDHuZzy0Ymay/qATpSm19sUYIOWN5Ya0OinBUQYpL54zoe5BQ2i4tiSSTZTWLICQoD5dred9MarSNMZtn
31xKozfFfhXCilQGoH1wCV9E6aS4uLqUNQvQS9Bikoj0pSwlwKCOVxkdoAo02ABNljZDiEHyi6KapuDiIkGCrOdjRplnAhio
rgo5GiyBdIE4iCBSRDDBH1ks6VIllAdQN7EkGCI53Md0PQRDT1iQYi/dp2CS5+h5Q5TAyCl6eZ3gWQOOLTKMMx49tgMUxOwx
DERgYgyhYBhwEAKFXogTYQRFFuWF6vwVJgxwH+dIah61onjDm9kAllKiKAHl0CUxgnSSYUSGkDPHK3ZuSSxEzxIZT6KZ6JGh
ywaJm7ASMGc9QgImEH0O4TSiA/Q8aEVhwpFG4u8iWVfxYKprzbCQRELKH5MAJEKobHEA4CY0gyQnIQEFSceMlfA2CTRxu0kX
ogDhOwKLHWqlPj6R0flHdExwzlNzEYJL7S4zGYvnAWwJ1ckZOxiqtj16pNrYjDcbzQXPyIMDCr1aX2SHSKxbTUe9kV5JItYu
RyUaifHWGXUR4gELN6gV/7g8svGy67CdERDp5mFCg1bWOmWMbM7IKKzQhWQEylJVGEfhNLFko7jUMfCalF9IfAa4PCOypBNB
srPxRatx2o/PFDUGyPYPU0d32GeETBTGutwkX4/1TXseSWNxFDVEhUpSFm26oRe9Iwg00leI+Hz6wfmXpq8/GT/sn7Qef9F5
9AtnvzPWXbvx/1P0XrGO5ueZ55dzZs6HJ+eqOhW7clUnqbslS7KkcZJsy5bH3h1jMLMeAzsYrOHb3bvFYi8MD3YMWANrgi3L
six1q9WtbpWquqorn5x4DnP6yC/nsCzwgrwh8fH7v+/zPD/yH/Y/6jtHdXd70LYOnn6gPMWaW81dJ3w51p988mpj072fK0p9
98GmvomPW3vUKNx/sd2JiOOPnuyZ/X1Raxwdpl5+svPZlhvvDP+r3D/e/LSxy7z8qEc/3f5J025bW62DgWpCHGHiB0eGgw6o
wV7dv6uTvmY0U0Az6M7HCqnLcGRrgalmhz287gd7wJnauGPMHTDIZyM14MpX5spX52MoA4FfFshCdePcOwnReFfEi5KVPJOD
lm7w7h2XyYi3MpfTZmFpqrKRn/5aRXg3JVZnIHKjPCLOJ2Zt2jwNXIZannbPu62BdW1+4CilwYVFJvseqbxFWWR8vntn0MsV
38Tj7OrvJ7kLsCi9thIqrMFtzPIZwB4nJULgxHIypQyUZL7YEZPUeskOCjhArYk+w7RnAzQrpqGsIGQxKSMmSCnPMHi/LSoe
B+BAGAcE5pZcGLF7CiKOoTgO3W4QxUiAQvooRBmFcP2UOUKJLpX0s4jr0fh1wpqouE/EQ8OcOAEWGHaktKy2BtsQ1EKTDkD4
gK71UNq3SNtVdQmJHUtPMB4hu3SsemrdyiO4CeRFtuMxIWYjI19GPAqKESKkYASOQL8BmG5ABgyMAnLsAIiLS8GBOUJUyLH2
t7EtNBij3SElYSRNHfpm4Fo26z61Sb695aF/P479QWpEYU85xPB0CzQAdrP12QO1rv8U1V48CJJM1taIKYp+E5wIKdlJJuJB
30dG4PDmvYgDTTNTQJdOwnC/B5USwgOQHCMlq7cW8GACgBnby8/B0UieT4ezjMd7S6LDQyF8Kg7QHh+n8iKOJ6g8B0EIRyAV
PlkgsqyU51IZMo/Oe+wZzYd5kNYpvoiJrJ+S0yWHgRAqnni/6/BKTBUmgT3bjQ2GXUGEhLMUEYJdRKbneJoSY3rDLrQlnUkj
HOdb9nhmgM51qMXk9CUizbHzPls2s0oynXD84RKeZ1OpWcYnOPLKorqYzs2IOTr+MPPk8v3VGXD/xP3waH9x7gfkj3dYgLkS
+nUOcpong4oWlZsPC/vLsK4eJC+o8SE44PO6iNsFesZ8IYNd/GfNlr337P2jR58kqO2tT/6Le08SD7aPm7H1TB0avpJ9P3Rr
6A8+f/nhCfNkeLhnnzhAhI83rTj4RzKrp9A2ZvBye2XctpXyU5xk96des09iwyH6IU0j8BvHVbxt1E7VLlGKAGJCfzq1kPU1
BMLxjMj9+7XV5cTN4lwmvXT9eg7zZ6Xk4p112OCzi2zi3K312d84Ly1NZ+h158qbK39UItNzdIlKLMZr7AJyB68Di/jMCUS6
cR0z0hXkcgyH3LmLHafttFfmxIDHaomYHJFnWkZ7tzC6rXJA+ku2+cVjrCSkHL142MZgcCwntJANBMoTstnEICK5TIskQn7e
wiUQApd51KQbHJyhfNqUcDIx7SRZyEYBd5ZFYaE+xty6C3cm/ePcwDDYALBCIASuY3hj3PIgN+qFpuKDgdA3cbfFQJbl81jQ
i3AQdAYB2I9DSLb8kQ/AtklxSlMxcoEDOCqCU87QiE8sUAGZfZKEgQEVuv7BxA4NdRhavts+9i0YQGO4KzE1IAIghXEJXvS7
mAITYNikkBeRO3p1bAsVswCU74gAjplmrHzqjINNJFabDvnSVofYj/WgB4xGiPdLdMJWwP1gaLTDe589sT8ICNriarEx+pkz
hqATwO6rU38fp0FFfWrqlhulr9N+V+OSWoJoosyKKcaBzfeQCHvG7JjDhIQQVUEEoCFjJEk01ybpCNgwk0WW4rJEWOUdUnAF
08PaBssc8VIxyUba88KBQThy3UQGJB2PmDJMjifVzCEpp2g0ESbtsxnGyRJ4NA3RpObaIJrxFZAzMkaFwoZUW5jyBQzxEdGy
ovHJRMKCmETw0LMMdKT7oNBrxz6v6mgoVYWht+9XWeHEjH0DHdsC9ryI2ledFIU1YEwZJIfDzw0W9RPw2N7FHUM1CMu1tkWN
jbwE+/PunKL9dzRnbN1//PnwXrr0P/n+x1V7inzOH7v9cb9Zg6IX2afSbO9svNm4V+dPO/twcNH8VRE9cX2J/59TQof/6FfO
3vNf/mLv+X1sPBxv/xfq4ch7/9WroN96+XB82jmA3WP6//np54+29/a3J7n6JHowSTlPazL1N5Kvi6PToLs+qSO/yxqnx54H
TliyE3S3VbN1smMTsYb29f5oc6+v4ZaryzY4kF2MNNpW0OlwCXaFcyG6WAGKZWouTZMUxIXktMRj3RheAo32bA7CszyRBnfh
6Ry6RrMYM8kn02eTYchBNBHQ74EVik2dqZKQ9cV85bZQZM6vXkPDwipbfq0oiTS+cu5OBN62VhNQrnIHCjNTa3nrCpzhggqN
TqXhXhykfIFJSqHWs/GUQGI5IOJTCZZHZ0SYdTgmUwkMyxZKr06yYAGWj7NHUArtQ1FygmRQ0dKmGRuiARdCRquhoCJJ4yZS
zbFSBu3aqilEVMIznAFO04AOQzEVnehjIkjZNkJxbdUPtBAkIsfrxwHjIFhswJ6hhRiEyCQVavuGN0DJFoT1zJBgnmGmF6ha
1Nt13GgYY2OFjGU7qqObIDSE4xHO2qrP8cA9SI9DI2qo6o9BfexhhkPjJ1ZEupRGwOHoF+Mw1kfPQN81Iymy3RP8w8AdQuap
yJyGeiBiY5ZVfhU8/XB33I8wDDJsyAyeOCeQ03IB1zr3guBhie2SFuRbQiIbDW1cVDGqiZA4Ss0BHWrehYOex2HYCJiMI+WH
IRUKKAYYjI2rQD7CcVeBHFxnYA5NTogV/zWWBAlW5hHAEseqcDWX99yTmTj06EhmDNAiCCC7l8bglM2KcHbgENwoG0jAcpaB
JBhKEaQahVCaljETeWZo9IIEQeBjGHk5Aq3OcGCDjC8PjrdBoBO7EdXrPBPBousJ8I7QcGrOMR//bctmEKDX6/vWJ4p3lLCR
cfATiPvPyOnw5L7N8kg32Nzqb36samO+MTz85d7PNblmxE+GYy/zEN1v/9WjTjt4youNxPAnx9vcg+fU0/r3DrjvQV70PBqO
R5q019l7sv9is11TaO2nn7uth+yxnni44u0jH7aMF8++v9lvPsC1F17xb4gngPWjl135k/7Kpw2GtOix092P3v/ppx+9HP3d
9qmaSD76abreadU69o+AbKJ/vBvs/uq4tRBtR5E/BGRfVozjfq+Da0v77TBCRDPLGA70/W7vkb6lehbWoWVItn/kG8HnD+Kw
sNc36a7RAemeOFKUrc1oWqOarD3uWxXyoO0fMeN5XCeL93pBhQz6mj1MLr+Ej2WPc8h7ahsH+9UxVtYAU6ytrzk3R4phrM04
mIuOr/1mRiQMfYlE6dJSKuerM6mZhC6QV6bcsw62IvJYVhaDvVpCKM4qTALRoySVFs3oRLLYGZ6fSgFRs9H0ESoP8hjkAEYM
ZCWKgHhQZhA7i04KLAoNFAKSgQVMnEyMIySKFF8DcjYB4SQNDl7sygSYjL046MpROmjbhgtBBjbSMNTwotiyabgVqAM3i4IB
ilgabyg4Ek8Q1nXHnk6xo/u+bjimCaPYHgZEJ04fnrSpUpdDWWkoWCyJsKwM2xDshg4CtQOiNqQozvqYoKyj4OSJ12vCFuYb
bIiGDXeUDcnY9+O4rQucH3fGXIUSQYwmaHGERBY5yWa6H0F0M2Shkj/yoBcHCk9GYLdJR2aZ1B4BMEpwNs4kNMzypCyBsp4a
p0AhRa27HiR5PIsR9XB4rM2opAY9yyTGoOcdW9q+6SJe6kVSsKc0h2aJYjO0+wKSdEnMBWGPSSbpgCDMRRHignC/Nk4wuI9w
w8g1HHCsIrYfIsgLsE1xkTEMOQYnfoHVCZPn/GdhC0lPxoH7BYALREV8kiKRds9o6PwOhgyhpIXvWs4WzUxwfo8wUsguMNb1
xI/No84JeNhj/KPPXrI9AToC97pMGod3bG5zBNb1hm5GqtyCmc8TraAvE7QNbSJDHdiq9VWXCd1Pe4eNXa4x1H37hQd46Ofy
j+7rR8AHENvsqLv97fWHj48Od/9aif8SHjsv/JP+Y9V6/v7xj+Wt++0dC7C/9/f+/XvxLxT0JGvoP+3tDI7+8u8egPbHOrF/
jOxoNeGTB4+fuYEl/794iLnpGpcMTz75yc6zT7TvO0ck0mzXsD3rxbYaPxyEo2GnK8uP5UFPBaY0uz1uRv4AVBvt2hQ8wb9P
oJb8gsUjs9fWnXGounVVOV534J3GvjsaP9oL+cvj1Ox8hZ2eLsx+m80tSgL6Vr60zFaSBenSG8OzFvfa2kW+eOMsSn/tfGY+
bOYqv32beM8lpesgM7Z94jRG/XTBji0CsbEcQRAQS3hkMgCAlTcrmA9A1ygJZkqlTiCRTA5HQuiMJCRpby2jcDxDhzLFVsRJ
T4R20iKKbFFRR3yxSk2KUo9sK45SC4mEE2KzR+5EoskIC9mRMifSpuPhIp5g1RGtIJaD6ZpGDdrRwI9Ab3jeczE5tk/IuhoJ
OJn0bB/tICjoOJPKHQ8zdIxFTt/i1R4cjEC1A0chCcXwZIi1sWOjTR2wrJ6rAZ43MrWeE+qmzx55ADzqqJgzelkfNh3HOhkj
IYN5bpcgXNlGdNw9Lj+vwSYRuw9hDOnx9Zeql0fYiSQw4WSs3W2b7fCwNpF2nqTHIQIiLEPamp+dT8cQE1FGmGs5MMEd8McR
DHDJrQMKS6JIxh7CSCzSaJdI7fMQSKGlvD4hYJEXSVZJlEApLazEYQkJEkCa8gFKc1HfpzM+Xs1kgShEPZnBvRFtJqcIPCRm
aBN1QzotwBOvB5RICdzYwjNUCJOMaseIBBFIjWgDKBXjCXDkwpYR25HpixgZHMGTq6aamhwrYEM1rEHbC3cjLdQZzOFcu/3I
MyxI8z48xYaexfNljATw+GiSkj1FSsaa5TlMrqd3A+qXgdsl691ws4H1SOBn5IqLj+D4Qyzzf+2itX2wEdYbh3am3dT7bqc3
HLT4fzEQvY6rnAuMcfufG4/UI8QKRyi2y37UAD49/KtOF4k/qZdw+ehXT/6m8C/d8WcP/060v1cpDx7qnzUPleY/9R/8cNxV
5IdtgP6Xl/lHHzdaih3nGrWep5/u/98vfjmov98SfIS9X/9H8eU/DB4fn56jf4A2RzXzBeE2lSeNg/+xM9ztnY7skT6e6jWO
O4rWi7z2ibvT6v7cOtqTuw15d4QNjf7DweOXT5+304BVb5mNF8+OUFkl/pv+shY7vjPsl+c52998Xm0ffX7nyixz7fyFQq6S
LM/NzH15rXCxWrlz5Ra5kK0szlar82+cn80nMm/MLH9leYFivpi9snT11tf+07tLy5dWrs8lict09aBaqZxdoXNpfC06M52k
8gSbvp7O8QUzt+Is5fnp32JmiOQctIpBiRzP4NBtzs0XSjguYFgJZez9ozEJ/2wbOjF5P4gse4hKfTMUdWOXw9UEN2lLj9Z9
CHUNZQAJYYuABiKFQq0B1UE1hwgSThAHT2TQUOlq/ckkfQagRvi4LjuT2uJSmjmeKJ6m4RMpGMeWF7ZbNc7pYgEKNoKXpj3s
jqx2Z2uipYN9JdwfOh1v3HxxajkjtNZVIlK3+treqNek+uoTV3tuO7vAA81vQqOeduy8st2ng8lN/Vx9dVL1D5D7NbjfexD9
kysPB8TBcBOgtcGgPba0hpJUPv1U2Y7hw2jYMdD+UMH7tgoh7r6Vxol7lpLudZ+BAeM2rHp+6OiOhJBRg8k7I0nGEA/Tqo5y
SD4CKABN6kIVZ3AWIjqFCLSEzCTd2VbCb0gYLPEwHKRKHcLPOUF2JAp+jxmiEIjb0w5/iCIQnEhEvkac0jmRA7qeOBqyQdmF
eWQEeJED4GgK48xLMI3QEI4pejihcwCMXbyKRwAehgDvO+MIcWzO93HAcQkDdozUDArBbZ/c2uVbtkNbxyWEYsTSFJA+DSlu
7MkkGRZ10OPElTBrq/VVqpfgDK4EEE81p3n87GnL5xK+Pvv9jzcPN8dy/3g891D5OJgQ+4k9PvjlqP4+vjdk2R2yn/nVqHYg
H4Qsaj429JH07PNH/VH7w+33a+P0tvekXqCjn7/4qG5C/7z3pN6gf6Qhnz7aGtmffpr4Prb7/uzPiI8am6fyHpIL6u12bRwd
vNxS/M2O+vy0u9Y76clRhNdPajv9rYf3taFEPzX53Vq7bQy70e7O8DmzN9wej+XAHCVayotqA3wIzwOfz7WGDppyYsg4CMfh
F3GcaiTH414/kaUI0KkAg87gfKIrPCccr+wunxv6UKmM4aEjdZz+t75w9Z23v/sf5y/eWNr4jbtf+v0/evtP33j7W//LzfVv
3b146drZ6T+Y+cY7/9vyxne/cWfjd+5Ur3/5+q//q7/4d79985vv/e5X/oj/wu0/TkdQZ4ohMpGbKco3MJa6BBORxmZYwhLG
+TNWhowDcOCg9IK1YhkFqDTRwxyf1jiAn8pO+US3pulHR8TxJ0f+8x6S2nwxtTPQJoLiQmO7VoliiNaaW1Z7JBum2gtOLHGw
e7yXJU+1l6M+dzzeP3GpIbdjND851c36jvqs3fCQ4EieQIVmArLbBody0LZkz2hMJKz9CXzfUh8+hXsOJveP8Ib5cNxsAYNj
q97rGIen2zV0v25umVvqL/TDHUWlu/64q0/6d68/ttBw2BAM2XBbcB8zoJP9Ohq2dVA91Y8jef+vtg+NvXvbjgyOju89AJ4d
Nw/kk0H/mR0cHre3w5c17CdS8+gHje2BbJKBtg1+fDSIQfuHkTkWItFQfrh3nPrZx7iSpKDj7ue+97gFgbalwGDQroVP8yd1
ZjNvbPaU7YkfoaF8jOxqIIBC/6cgNMoRU0DMnkl9Oih0KqwAEwFxdzidwG2fyuGV6JkF88aWSHMmfjoQ+pZXgACA3xa4GJpd
1JKbUNOdp2K0vGnoSOeBkGRwRP71TCaZnU8kcetsVACyjgDGZ25DAM0VMTD2mI3CzMQ+p4X8oh5uK8+PQFjrOk+2U+rhPqls
k+h+gtoy85m8n3hYjHKb4N/KLRtZY4JmMGU/6HWD6TkQC54VvF0kcnsvO7Vn97Zzk5vUr90/KUhtcCRvVz5QDwboBD6X7aMH
+smzl5ZRkf/WOw3r+JMnTWIeR5VddK9Df2yqDwcPPvzkh8ZzZ3T87IN9e/TLve3395Xdz+7vwdxH1nztgw8+/vB0v7mbfnT8
ySPmRHj0Qwby5f2dDvXJwf936IwPO8932p/1m0bjYP/5PVX7ZXv3/e7Lnd0nTcpsdP3R03tPTLU76P/Dfq3baDajlzsDsynI
x/Vg0/j7d8/d+dpXf71yZqVQen2W/bW7X/+TN/M5cHGN/yZVTlx+D/ySdAEqZy9eWHwz/yfpy1cK387dWBWnikt3Fy/8GTh1
9vo3r73+pe/+xb/+2nt/8N3bv/+HX/9Pb/7mV/73O//xz2/9wXd+5y++ceMrf/yHX/29P/8//vT6d/70zT/7D9/5s7v//r1/
8+6/+crv/d53r979yr9b/vbSNxYR158ZaIN+CK223MWRfak6kTkqPyC08uzajYp0dmmwqpCp4a1VW0JXVi8mF8BzC1OFt0bo
4a0osMz9eiS/TIxazSjo2isn/pc6xghBVEsfeJOUysm43bkhD04bBe8nKkZl3x1Zhv91p/nOUPnV2bYM+LHjOc+Q/d6zo+mt
72P14lR6Hz2clh+NtjHhtRuOvKQO7liie1IJ/knvBevXPV4tnrk+9YWo/eKqpanjE/3KCFMa7X5Ma8/nZQECW6ybMjpNOaWm
pxSvq1iQntlU2SHIhkS3FGhoeQ4mwkYf6wi2B5kw50fa3vbzR8Rmw+hNMZTd2kf6H72MRg3Rawy7yrD1C7Hth7vH7pbdVVVT
97391kQs1VPWb4+6p2B8jHjjz07wH/0js2cbgYd0mot7TV6zVLMyGo/kzhE33POj/XBQq1tDf+QM3bDbJHtOM5RM5AB0x3Y4
HknAD+vGzoGKe4SxfzE8iZ04iGmvpbmdsdvbccIgMOTjaCS3zRMTRQxEURtkaegdpoYOQJKir392vP3iqIMovv9kuXKcco6y
VUmxvewT+/T4OEAWQyDTymhgY/dRIR9MjA91G2lm87gzciO1B33eqm23hl1eGLSdQ79bA7SXoip0UtHLf/Z+DMt6k5kocifR
e3giv5DiUcM91p1nuGru6uqROTqh7o/6R7UXh05E60+6h7ufOaaHlDq1RH3r2eDgsGG41ugpum0ZRG1vmI1a3VPNrPnw+7L/
2Hj6VD4wZdnSXn723zT5aFv5Bdt7/KCj4LO9SdDY+uefPWj1G128c7h5hI/Yxj093W087x0Cu9v/vXxz6nenr5wpr2aSi0H6
u8v529/g1sibZ/G5zEbqnW9vfOmrq8lbbOE2dXH533Lk1Y27F2YWFs6ev3yeujR3vpwqvomcfeu1G29WL577Qm525c+/WX73
61eSl3/nys3p9f91+bU/Wf/WjV+/fu3Wxcrt1774rcsLy1f++Bt3rp/9ylffqvJvLF69gC+8Ttx6b33+8sZbd7+cv3r+t5ZW
fuPLr5XeXr369rkr/2r5xjfP/MbdG3cuXbh55rffvPPauysXln7t9ttLN69evzPPbVRW3xIXj3sau0dPQOZk0A0OFml93t83
PSLZNDu6gWcS6ggce8bItubsg2BQSWx4PqQlZsT8sIfPel3s6Yv9pY991jE/eaiP7988kb9w+ku9nyQ+GH2mgwVGfwKfbM7L
R/VHv9H5591Gif7KbrNLXUjY5/TW+MywBb1svvjCy3LScerHx4PH73T20e0TFE7gPz04zSjMeBCvAr3C4BA8kPz58WBWesvf
j9auZRZRt8UuSscR7msXphezIeOghC3nQcX3Yi6OoOODCq0xiBmkUtRAN0JbxyQSoOUraKzipSdzxpQihSLSw80x6VuhAQ7V
xLhW8BwpW5E8lmzXJXAZNrQxjIyjZiZvsvm+63uGQWS8io8KEZHvO0BADLuHIlQXyDRABa3TqeYTYJBLwo1bQbsNDSGq75qB
K9diTIfdKOiHPX5CYtKwAIMKWhPMHrYVNC4aug7QaDxuBWynNSJQWq+Bw2F/oKDgwUSbrPBgc2xCQAg4GdNUEJnuROkJWNtO
2ImGbpOOAJhPlXbGHrNdPxoMY4zbEmtDIRil8Yz1DEscbXdHI3DownBam+CofvJ3Ve+JB7QnYvC8NDTzEMBZcLTpBU/BGClM
Eei2Xui7wI5eXS94DezFR/oWi+DYKjgutki3GxqeaCQNFXUjPNWbtBWoW11V2xuGx2Nt8kHr7n6ruz3o7oYj6anRAFr3hBcO
Y+c0B8p5tqEbvd7JKTR0Aseepw7HbCwqsWijMEwXyM6jwD8x9KNA66kguXLR8pJkLJ94ERoJ8xDIxjkQA60sQcRDXymGkTHQ
yTyXpZK8zsUoQWL7q2Rg2rIiMM40Il0PVzc4kFLBErOGvJaMChv5MiXiZYVZ0MnUCq4HOYi8Ik5lU8sMKRHMrQXpzJyE51cq
5ZnEOXztNrVytpo9M5cUhdnq7Ww6sXirmpsuvbY8V2KqizNJmkvg5KpQTWREiExy8aUCfisN4Wxxis8Qy/DyFW76bFEsCHRZ
WE5d4QluQod8ObsqsbMQWykWMGrmzIXlxYX1hfnz66XFd6auzpauXp66VEncOn9lQ5xbLM/7xavVldXqmrhx4+I3Zipnl6er
U1qFJGdL66Q0vQSWOHcOZ4Fy7nzoUtQMwaVLRJkT0kU0JRH0rcgHYSaJp7F4KTeVKkfXxCkXZJZjCJTAjGZzztBupsPBpDiS
Pa2r4zvQ0ApzLBYM+4ERRnO6D6hQ1NOiMRYTgOtCDjTspaqaAem4OD7VrZjg+OJwyGbxQqh6zOBizDkih89pkQ1QHomiCV1n
QhdmZpcIwfRYIB3p2GoISMLZS1YkwJm5t6i1ymxqvVShEymeDVayWXQknuVmls4xfDXfOzt1OSsm+OLquwXpGr2RS5fLajGZ
nuOqS2AZDwKyJKRAepIhUwhAYPdjmgdFobE8Buh5Ao1zCivOpcyQF1JVCU8lsxibLPmzLEvHOImjExeLM5PnHATTacCgoc5I
J32AfIzbdjrfxQ3OjoAS1QdAcsiSHapMRRa77ARC2zccgQ9N39dJfrqUXMZAnjbyAZl10xYhAaESiVFd0Cjc9FCqg4Np/AwG
UpUcqwoFLAYCBGcw0SDtDs/hUolcZCCvABBMLIhQBE6vIoZHENS0HTMRQnhkCs3RLAgXBaEEkDxFxvMBOQUyTrR/QLAE4zDY
tBBnsFyKy/iYHyauMP4YTBOSOgqQAETIbG4+9uA4wS/gII7n2mBRo0E7Da7de9Joo94R7XKel6JTqkb/Kmcp0DRKnRw1+PIp
MDu4V2+Nq0iWhHopb13a2sdCRR+SNQhdMGLywwNlD+rsJc4YrhYQ5qcu/AHSrL0wT7XW/UMRdLvok/eftp8rjViCnguiL338
tFFTnGej+14g7IwOHu+7MtHXBSnm5AR1+NKrP8lr7s+jkQvVd7CgqDuPnzfwT9reGIwbczM1/mlNPj02nsmnXZs40FoHvQjK
8m6GpzNhJuEChn08FWl1PEFD3YbRoDF0Z88haqFPM/NyodBmW6YhB4dNxujThgkhYIGvLiLVypm5Ast8O8GnM1NXyu9BhY1k
9ca5pct344i+pZe5eZa4tLjw9p3ElyetxAzP03FiBuXN8llplo2W+WL2Ur5QJK9L9AxfmJ26Es+Xpitr19mFUmzhJbY4GWD6
5nSu9A3mOishSXs+AaSW8FQ4tTBKY/5ZOoEXsmXGlACuSmbTzDpFZxdmL5TK029FLkASM2mHCW5Xq+giBDBZ16cv84xQIjgt
AZkSK5yR5qnptalqvEBUbs7OLWbXVmamEmfOn1m8tDg9Jyb50hogFd44v5qaW7icKhHsanm2PM+Xl0w8x3IRVkCQsFwUqVfb
DL/aVZphIZ4NYwGUUIMRE5kYjnAhnCsk02BS4QSH4bBQIJlIiCE9hWABQCWIlAVFEEZQjh1CnEOC8cSTwBAJEhQrCL4OMDFL
0Q4cGzgHxYSLZ1gMREDIJGg8wDBMTBkYiWISXrZ1LRGRCAJiuA3oNsaLaAJ1J4Kv5iDbAH0+QiXGFsjJm9DJhQFIoHmsC5E2
EYMGSVCdgS750ardCmED67dJhgEIP/DRuAX5oRkOMBPAGADXqAgKIEiM0J4TgUBY9YDuOPQDFe2HgmPMO6cBaCkDGQXCieur
CKjFTkhh0BC2kQhSQ4ee6JuPRzapeCSJhmdDKgTI2Ie8ekUk3FV87Hqwn2azr44UBX0a9elXE9MxFJcxIvBJH/do2seAwD6V
bAom8iQU54ULoprdTpE4e0V0dE1YvBOXZnhEIlSYKRp5soSWlsAON5v2oLTophMIpAoJU2F4J/MdHuOWplUwSHVJCfMUfibu
0nwVxBPJpevrTYRjIZJnWH5GxLxEoZy7NEUtlm3JyUi0nUeY5O3ZMpudbbK0Ey2sreuYmC9QPpOoQGi0MndmkE8RaXKuKvFC
hYOKAUBws3MEjTIcgJGri0myevZcNbU6daXy2g3zXKXI5VkmjSSK0mWiTKazaTspbsx8U6gsoVWyyjPzApPMYCwxxV/DOVJc
iUrp2+nZin9mjqzOb5RFiShlk+mV18qr7+RxYn7EVXNMkS/NXl2HvsRnKSLzTn7WvwQnTDGkE+x6geNSF6XcOiWtJ1fPreaR
2VlpalpMnp27PZ+ewYrkdIlj1jIZ/vLXEreYpJ2Zu0y8jlxJzwK5LIDk36CCAqAYyJLjM4V85dW2ENOehEiV3GtfRZDlKJsS
zsH8eo5MCzMcMvFJKV9l5okZLkNIAzOMeN6T0DGdE9Q8CMmTYgKDKZQlcTpkKDmBD6EFkBxHBIQDBJiRINqlZwCB54sEzONY
AAdRFEkhj4BsAOYB0vZ4PGQpT6RwHpZsHFV81hBenRYogHiN6KEuLSRURHAjDkYxnaKjw8BAAhEzpAijwxLJASQy6ReKDJKM
iEM2/OofXNTBASCgXRCFQhRnfWD8amKbTgEIQbRchQhMzKd8MND4DmMCkM1jCEwQbgt2JmYYkGLsayjmkRo4gJEQMCNZjigk
eDV3GwII0seiGkLRAalE+CFiQHGQBsc0k0ctmJ5cIQgmsaiFopCqRUOQtoFGPAmaRGSAMU8FoRi6HNCKESSgeZjshI4foXYw
gkSasSAKR3lEoxhsBJJOpxv7rzZNUmlSxRgV45Uwdo0U4JPmMPTaFuARXV8PbDh+GOtoSOna5BqDGLTdyLPx0B8qQQelIStC
3RA1TYId6RwSxKzLqTpmAWDC9ife507C5jZqTwYEcrgoBgGA8TRAn8gHpcEaJiAB66NYHJueFbfKSV9AQgZcAL0lAdzQA4x7
NU8jDRaxDLNwO0mJPF8ikYlOuRW0nEq+zaYyJDqdjGEClMJMtMTT60yV43hauATC1xbJzCU+yZR/jRSZGWplncyHLLOREnHv
ll2W0sXc2zF0oaIvTLuZpCBOz1DV7PTXll8vZb9SmLpEZ3/73W/dem+6QH7nndzs/NnFjW8uLHy1VP61mRsF7AL4W+XXzpXe
oNirX35rcWVaOn85c/H8mS+sL385O7dcmIjlG1D2cm7+2h8w89E1gT5zbmN8rrq6cTsJvg5+azb5Bfu1BS517gxfXt34znr1
O+jG4uupm20pU36TxUooS6A4BefiC0xOwUYMZi6xuej26nJcJO3JYGUomgxAtEQUQ07Jpc5LebnIZNCkhuNi2bKLwciOc2SP
AUpOMPB90NMhhjERNFBhnCFYTAixpovyvpBTgCCRTZC+yMmUxJ0EEQQPXcjE+jEZ2AiCub7lGW731T6VRmB1bSvyDIwOIqKt
+5bjesooCNtAGGpRNyYZC8E9PZBBZaTKkKMotsHABIrZTTMwNRphsNgFX/mEH+Bga1Je/oRB/MCIfDK2W6SJQG44aURUCRBe
sm1UgdQYQjECahLgqzmGihXgmADQMOB7fEAQE4aDuRhzRYZwdIDCQhgLQRnxXC/ioq7jhtjRGPcZHe8DuIDonul5IoZELo44
7cSAqU08DBI0x01IIckgPIz7IEN0lJHRobKRBptteuBkGDyM95EEYYJjOOdBEISieBgOUo2M9pA9wXlbdaGiAiUBEKICmsO2
uo5jJgUdChCPge28hUNwDwRgg43RbIAACBOnIMBiBnyvTrtABExapWQgnA4iBI6B8d6OAUU23kdQMCSUeJIEHOQoCjELhsFw
krAQxMRJKla3cKNOIyERAbiLAh4zRixUtkOm2Q3d/S4+RAKjY2/ar/Iq/iiK3ZGrDmIw8Fmc7vvKmD6MiJfoAyAyYhTHrFdr
vj3tWJa9MAXb/TOuRSDOI6XxSskcfxo0HMJDaowAABlG0HTvgJloyZYdoB1AlkCbiKCYocaeK6AMBMJUkQLORYblCEiRE1Ds
Nk2SQUyHQ4lCpNk8MmGrisZqEAMzBpZxdRilCp6A83OoVAxVHM8IKFRCcXj92+DGhJ5KCzSfBVginALQVHljbXqGQPNBpQLm
LAZBVpDi4gk1HUBUeu0P+TWbZOlsYEvnBGZCJzfWJhawnuLd5CXj7jl2/t8mvHVkdgld1/J4XhLmyRl443dzsxtgJv5jlKNh
0C1TOIvaj5zItpDQwfzd0yEs1HflVKOUoBXOOqFwRHHgZ1C/VvSx0AigFM2wIWHiYvASduGYUTzzqB5KndCKGSjaHHZRON4F
AZ8PlSbsjSxKGlvc6Wg4mlTqiDJRxHSYNrE9SXM9W2logx4WeFuG6oSDwbg1bttjXUe3hwqob9rtsQsaLmAOZfTJ6Egfdh15
ELg6F5LOtmI555W22XYwGza7sOVHPds3dePE1/RQ1oM2BOjOBB0nuSz2Xk2yATUP9LXJmPGYRY8cyBzRlDrWVFdFfd91rNFR
DGiu0WEhf+RikIZY1KvtJEM4pOJxesd+9VMF6HsRAcfdKOi56mmbJPrfw9pHQVfxxnK3SQ28RBEQuP1RYEYB0GHqEZVKwwwF
BPBHtPOceIyhCsJ7A5OoNSaidUTw0V9zR3ubm0atZX3SjDpghlEy9D8+0uoKz1BYnwVJxtEEODz9Rw77qfgriJZj3jql/Y4u
jpodDIX+Gjzdrv1nS1atj/eBOlMyO6HwvWeDo55RKEzag+4CB36+BGo/QLo/ydVw0NvJ6yrX6B8ld9vKEEB/AJh1+8eIGyJm
q0FRTNjBlSNXNWINJXkEJhu1roOQcDAGrcFEBy2kC3oJvTesuz3XrjnOJt3V9cdJPAS87a2+EyMyvTuCWAxWJuRv6Y79uR9F
0BjoYMRIU3Q4fmJg0Ljl9u2doNk3+1RkSJ7uGIY9MVjHloEhY2ETMA4c9xCY3CQhTD+EzbryzJsl1b2hqh5FKCqyPQtyA8hk
WSoDmVY+MSz6WzB6dxLvsLx1c0LPILTs5OM8i8LJEybOJuE0zokWFXvM8gwuZAGginF0YXntwvkSE82Q4NsklC9+8fVLU1jm
3SScKEXcQl5ceycJXBK4AvZ2fiXJJddS+aVk7r3V1LUskNwQyRvndKZOFSZ5R9NtIVgt2xdAHQWuTDeJPtt9/RJY+iLX/ord
S3vfCueGY4K7jUXZm1+PxIuT19eKnse9oNooqnmowjYoRsdgygp6PWCa0U1UW04GDg3Zcd7xvPBpTgMjtajShDcNBRg9Cf3J
8Sx2MDwOugPlxAwGCHXaZz008l/IWBawJ7Le3R6a9rjLTxyn2UD62KjnjVSvr5FxO+MYMgguMrSr60e6/Bkty0Y8bgBbYUuV
aypslHVwcDBSlFg5PO2bUW2saMMT1dEtfb/pRjuA88hUtRd5aUQ6vg6np0g05lsy1eq6OAsIOXqZnHLdGDEpwmDIwA2TCBpb
nhKxmIyi+U2CHJyGS5ZIH272hhiM14mKGeGWNjhSZxzLcHqpdLLhm+6hwRS9c47q9wPdQl6t33X5HtUBcOhoFJXAKCMfMvu4
zXFI1TCt9sHnarKM7mqvTmOePkWr8sjDVgLG659OYgRE8B+QAhDtzHsEn+tn/EzsJXIvxWP0UFkw13Cr1zaPyYREus/AkO6U
5eIFjGCh9bFpWaMMqMZmupZYYBl2aipDZloFjUOtENu70egeq2Ui2weMD4PKcMnu6Y8dG26UdWSWzenYAHrWOFW75X7JHSD2
TDjEJKE6GjUKp15G9Ql4zY7lpyyvB+JgL+TjswGgeoTehqJUnuA4glLj/ZOBnsXC5DgmaB54KWVL6a3nfFZuNPebqkQHxuiF
iQ6G9Re9U/lUOgw+SXZrHUMZ95+Bpz3w3mBwbO54JhgGAz0eGJ/+QvZqvaPokG0ADS/GQVsLZApW7PDY1Eb7rjpuJlEL0QhF
J0LC4+2eN3DrlOJjHtEZAkpt37Njyo9dlDQBgUikdQFO4O5MYHHkBWQUQeZ0VsRzrDaTLlUzob+A5kI4wEa6kCPn62AAeEBn
MRZhgsnEZKL8+9c2ZvMbs9UVZv3O3dK6NZNfOPfOuQRaRd4qr73x9Yx4szhfmS8J696dm8v/gQdSM1wpWpxm1sSp4pUSOHV1
vaIxiXIU8sRGVpouZ3Op6UKy5ID63LJI35TkCi1Q2PJUynR49BZSgopf4JkvnwoXSzjuYCbkk7ippDIT3iftXrEsTIUlfT5v
owTErpUDdEIInAREmWaMwbCcsnCgxXLtUKVBQ0EDOg4/9GujZj/CTwGv0aaoMWLjfuAn1DbQMmQgGIcDfoBqw7bPsC+OjgYy
aMqtT/uGNrQaSgRw/XZjGxgfAXrnBLVlRrXromvxQTltQeNHVrOpu6YRDbu9FzDMDuVtndX07suTno239vX0VnpaH/TsOXsr
8vqYZSmTbKqvi5HOFYrCKG4QwCEMLdokaTVLronkBTTB07QPUv1UUTvx5/TXRFfRHQw8aY45vwP0q49xhYrhTQamgm7r1Ykv
EHkNFsS+jx1oACNptNPisn3+jJgDmVGmuASAFVb16rMYnI9HRXoaFX2aXtJTFG9jZh5bkHiiksQrjpFg2ABadgUyxC/NikUu
lZiLyPk0Cu3kdEZfiK0supW0FqUyjcjkMxmiQUSb4lgI0pJFNz2gWPLVIxcoDinMl1k05c8N8EyE2w94lXJ/HeIypuWpyquf
qlus4uP8JLdNL5L4sA34ITiBtSQpuqHtOrYnLFGAmekk3A5yagVDNki4X0CEgpl+oudr7pRBDmcEKE+uscJ5SGgX2szKwB2A
eHqNhByA8k8mVUs6FJmPPfW4o7liCI4EC2z3PCAnu2phkOZzsO46BVtIoyCeEZ3A7yVyJhb7JYdwcXvB5ymnDlBcq61b7poV
E6YPat3xMCViQF/EA8QAcDXIbJMwNAxQmqFHWmaohAQXG9AYQiZjxqSaeECgrEjC5wNTdJZ4inOZVwfc9MmQAidoT4YB63iq
w0JRZRJWATN0U6g7bTskHeO9ZApRvQkoFBLFq7MMyV44h54/mzyfq8S5VIIr5leTlDwubIg0OhsXM6WylMXd1PnV4lcrHMuW
Jf3NNV6gynxiaOen5TQwuzqzASyE71WTZyISvXtuKoelFtgUvcYe47Mbf3QNJG5lCtm17MJvUnE1ed6PeBxPNs9FSamE/0pH
RawqJaexU4TiuDQm4XgpTC3z09xZkjRcrJC7PFEplRSGbhFNJFF6KjuEy0kXj8t4mPCf9S2JSnRFZtJtEI7rCILbop0HKRy0
NP2oGYV01bXBJiANBr7FyKLuyJ8fkdZ45EFyttp9GrQmdI4YsI4ioVhrBkXJiUISg0qu5tY/0HIMmbe7av0EFDXnBclSZF3r
fJaQjk5Vxlo7g/sOHPtA5C+qQsDffhlKlcxMh8gkSRyPacxJFa/wOccKko+xornYSuTTuYXPrJnKum3oeaFAeoyRQaF4MBTk
fpRd09AIkNZmIEmENdSgjGuRNxdy+Ih5ltZoGoVDPJN6EyIvCQvCLEaiAKzhFADLl9KMOHCTCIwml1GAu87jDMTl2ZV2zu5R
Th4wU1weJAIvYSM+Oi1wKYB9tTYWgrkAF3kG+jI3LYVZBIOJeGECTO9NZJTDp7IrWg72o4CHgWRmmSR5RhJgwkgyGFLIVSCG
yiQgXYw0KlyLGENDdYtQIsZCsaszBE9N2Dqj5V27jlHwK1hgDZQ/YRywIaeoFFZEszjbkslJbwNpKJsnrzjxKEOyORghwSwj
SmhKz9NJyUVQ6Syupab8dBYSBryItquOQGclMEmLRrPsZI8lyyNgADGaCWg6C2OSmn4cIFI8e48TXdGEiuml0/0pJqaEQDp8
tUR/YQ+e5rHkspGKKGDTvafaGnvUbDWP0vo2gX2KnShW48gNB88kpoMbQ2jgjLYhWTn9fEJBLfmEAk57jDHQ4RH+oIhJxdMI
V0PdOxvIcxSf9PxghMzofJSgwGsONh3HvCS5RnEPqDtGXjzxkMpl6eS1IazQPmYd09k3NATJJXBqPRNOMYnouCvkYM65wMF9
7zJnOeD+CjbPgEnhtCtdyVR1NC5OlTZnn0hCJlrqDxwE0tY0gnEBhYuhs2pGgUJsAY4wzdQqK7xggl4FamRy0zzr25gkhY7g
rIcRRwF/wtJodDiyu8eML/At1MC6QNnaUHTlOI2jqEczUzjfM1smB1ljvprGBhoVT0WRZlYpkAUGZ3KTr9YbtfuTTGYeKdi+
CTSYrVz3dHAAxdCw7/tbH7V2dvbtenRoxYC3a4X9njsYq2b/pNsDaoNuNNxNFU42wVannSKgrjLaC9vNIR7qEeiOag32J79k
FNuxVKPLjjTwCah0pYcR4BnSoR3TzonR9cPL812EnkBZBTfxU2LopvoRj6ZyKseG2pT6i6nx3QwiBcaZLo9hkQytIHTSY4uz
0mUxhVTH4uyiJM8weIJa84Z8gCcFPIcIXq8UQRiJLbAGbl3wMTi2mZAPl+QQcxbCvMNeWqiv6wXiDAvkw0hdDuF57pKvCCa2
bCenT3Qdc+YIXBJLEwbaFetJsxAct1Lj8v65onFmFw+T4pw8heNWhsJRB8LWabAsFl2atWcq4XwW6YfJYIP2s7liQAS60OOj
uYQNUbKLnZUqaBAJyWouEtFilBVgeaTBC3wLxuWIEtBc8vHFpMEmEoM5LuQIYJz3mH0TR/JT3RZphvQlykesk4kBEegkSerD
gAJaAFMOcawdjHheMfI+lpP5ZJIjPJE3xBbK5aZFP5+YRANhmS5kd2c3wUZCXYUkXvIwa5KNg1hZfiEBTutAjV8+nBdfng3a
bHtKa/iRZ9wzbLTqyOzYffl0dc8iDoPoQ2MI+Ktue5qJSZun2mnQoj8AY/fJsy1cOyrTzRz8mBrO3D8YwKBSA+uibqOvlgj3
cv9woh5Zu1vjHs3oRF0IveAkFNt6RKRZCiORLsAAiTmsxIEWHvJjckzmLiGiQpO4BGLFiOGGa9bcgpEnehQDLvElF8XTJEE0
wbm70pnzi3f463cqZ/6wvCpBFebm2sal7JWVdeHOrfSakb678VV49vLqW/Q3Xl87B3Xy79y8an7RyK+/jqfBc2fWh9OSPcNW
IUFKKVg6fCt75gwOUHezaimfSq0IC+V3ElevspmvqSWTXGIWz/szM/x6spC7xvRnMkKO35GMCOHsyIuw+0SWKBeJCpHhZiAr
ckkofSWXvyHl6Ric6uDp1rxbnOhxYu8OmwQ6tItLsRR0cDkEmy1UVuAtxzFDwST6tAj67VGnVoaysJjNZxWbLHTZgEQyqKHX
jqYuDmlvAgMoB2iTDIoMkZ1OrCmtAfLMcIBdxYr1XaAP/uU/eGpywB/ZYqvpHPbjtrf/UqX2jME9cMCpQcfreGuRkvcLC3Gx
FQW9djKnTpXUCJyeOGdKIrr/QxhfIfIpHPNb8z0XchlBjaJ2xSot5XkAerUVWk5LXGTLs+JVO82Q/DlAuJFnPL1IMQluLmS5
bIIfh0naGSALMgFkzgTTTpgo21IugPCs7zBlUMlUfINkryFWAafLfaqC4GnTPKIUkkxn8znGalMB6gQ8sgnBiapacRkSPgk9
iBMDvYfzqAMKKFgB70rc/0/RewZJlqXnedd7m3nT+6rM8qa7utrbMdvjdmeBmbVYLAAJIEBSUoQYodBfBYPiD1GiARUhBSQS
oGCIXQC7WD+7411P+67qruryNr3Pm3m9V87/jJt5zvne733eiHvyYwPqnBHigAwfwIOsJ9LTCD5F+maCTFGgD+FXQ6VULUai
oJQ1h2OkRTgVLeIa3IDHOD1vB6In93RYAFgfaA1ADdRRHIbxNMRnxqv2tsWQyxhsP0zr/MuDsD0+0VhHCTEmbiGkpyaOXAAY
umRivaHjZn6vJg+cBvx0nWJofxVVCORzTW/7lZQnVpBQwaKbfl8nMZeZFyUWiPj1X9zZiI8+mErroeo96Ch/+jHRHWy/v/2r
aUHohjY0s2xt6EfrVfgZ2kQKfLUC9fxuLew8P+OjsaYbrv/F9sOZ6pNELM+F7mq7oZMH9Ag8FvC9jDEYBVVfrji/BvpPu4eq
qYkhXS/7OlDfF5z+WwIg0NCEcsQ2Y4ESHbv7pIy1eaVe0IHRRTKSJlAo3vTxftND/L2mwrFuQkKXU7QYpWAipMxNxTqz3AQL
RLnJJK9l5pViJBN3QgGC0UskGyLOJKMkDK5y8mo/xhBLWlFKZSZevQwlY+RZBGISupsN3WCWk/Qc477JLLARH3aY2ckJnxTl
kuDgMJRKjlOEMNV92XPzY5rVvDMsA2PZ2EowDcyFesmnbZiwf13De1T8iAu8lh6Qnb4eGWo1o9rMiT27U2sZsY06oSjv2Ouj
hsGBjjyE9jCio7cH1iBygGLGZ1t27ZhNHGxqR45DD9eHbgs47aNtkW91nmnH3X4TmnBaH9kfjDbq+/74qEdlkxt01tVGbRYP
xTp4q0uUO1m9eoik9nTk+KQ8lse9hiOIZkKGq6qmycu8tk/cBZ0W2UW402gwQNGGLTYruIGFW4mTrnd/x/YrIEL2txLtRsUi
4nvNCTk3CsVos3dINZZIyTB+rtnHMSUlxiJ+M0EOwxgcHRtcHMl5wExSptWlMCNBDpOEKYEP6JRLhYZkJCPiMMcuRs5PYhDk
EvF2KJSnkk4EEiWDJRWpnIUDyodYgtn3q2RakOQMyaFxggpBmOqGidg4Z1cBgo9ikO2jFLjfQ9uIAOkW5qEpoI5tsxDLoCCC
Nu7Rz5GwALZgEkehSKACto3wJE06YJ0cBagj9KBwoDcarCsAbc0l2KTk/nzwmMXGDBqAxE82z9wjesFedwePjzlX3fG6UdkK
5BBMfwpugqcVT1Uwj1YOWknUb/hOjJ7C+v9VLeMPvzg2idH+L0+tXRPsb7sf1bXqcf1Pj/udgmxGNYuorlXuWYebzl+Z9x1i
+ufaGfjgCX7Mm7l69zk7cLvPfrQz21gXDWkAHdePxc6D056z/y79Z2yzWwYVvPcs+Mnjva1Wf6v5MKCB04BQ2/vV1tAA9S4Z
HXTI5v2j8yNvCV8I5b2azUqdBhW2KxNfFEbKSAUouZ16KCiQUDM7lhhBK0OqxfYM3Fa08JCWN5FGGYUZ61yJ2UYLk8ztIYEd
kxyUQlI2SoTwZV+iq8FBsV9ND0KRpNbHAg6lj2iS2llYnueurl7NzS9kstdfnLh9/u3vfvvsby0uzcenz0wtZZfOT1xbvTAZ
futqMnHjfDR8fen1c6+tXp64fuHm3ByykjqXDZrm7HKQoP0S2700lZCXEo7dTEzFRvVMqzilx8VYEzphk9Ct5te7J0v8xUgO
zkOEQTpYKpU3kazCNQVXt8YZLq5NLdCJFyDWJqbyIAqnBhe/AQqT5Cis4A7++ji4IBH6Fghj6dW4kZZFY4oz9aQ3YZ5pUdWq
MzVLr1JTCXQs7vxFIgZG2Nx0mkhT0dwlaMER9WEZlj4NjQEdC8/YxtUA2WdRs1IEYXi6DnQBLyP5JTdz0S16ibMXUgmKx8Vz
MQxk88vXQjMUFWV7bOKoOBOfi+WXY4kbYuggO+cgImLAeJ/tYzBlK1POSFLMaGaFy2InIMVSfsLtM6WJhA0G6ogUJISRwvhM
GhorkRJro0VEQllU46vjJJS1aWnJePZqGz5/9upzIWck3SzYecE8Rs4eLbqmc0QJKW7aoqkh213DF+pX4l2VjxXlCYchK3nE
5Cy1FBz+8vVN9PbLmTKbeikhF/c3l9QMOGleZgDr6JyXyB+CfaQf7Nn4hH1pRvKaN79fd+2d5lNex23xY4T/4Gjt/namwHy6
FGuz+IXDH8YHELCSLZxA9COBou0t/oQfYUpDzz19m/7MwOgLWtf/y2d/WfnZR3cBwox8fPru3/zsid58egf9eNTO/PDf647R
9p9u39k03t3G1Y//5dF/aG62jp832Z2Fp/8IPj+sAljw4+MvTn/0Vy0r1Go93THe0WX14ZP/FwRq9eGP/vY9kOnsfr57ONy9
J9/tnPxi61+rzvPHX7xbtvwv7plrynERsGTX5BuPKqdD6LjaSB0jRmNLe3Lfr4/8AfHDcEy3g7Wh2DKfP3Gra/YdEQV0ar8H
dZ51qE7veViwtEUsJI+DBoSYsNGPEh6sH3H91MBORIrddFEEW/phyIfbIbTg4jGaC7VjkyiAKMqC429/fbH02s2V2fwMG/2j
ZOJ/uvjtr74shqXQK6FvLURF5hx7eTU7mVy8fiuXs/+Yf7GYvEHlFtjka8S50sKVlYWLExduf+/WlRen07e+u/Q7f3Dz++de
/P0rC6+Wil+59P3ixLfOvXnrn3/vj5YuLcb+5DszL78091vzt956+5uvxb77x2++mDjz/XNv3fzqAh8Qc93xngVBsQ/lu8H5
IkJRvDCiO+K5+fNpaaXkrJrEVPdMwRXB5aWVxDl4NSwt3XTR+opLuUXBYSMgGLiA0OtTl0TrjYSPhMUQAPrJ+Wh2QlzKgb+t
Y5Lx/TM6xSzefkWaFoq386WbjDp4i0KJ5SJ+IZmO8jwM50Ho90oTr0/DknQtTGL0youLL0XSL88X3vDzMef2LCGSq6/9ztL5
zMuzL3zt1YKZfyNqhECxuzKYlGBIwhQbep3yXBHPnaEtVSMTcaPtsYXZ/HUFK4JkPpq3p8/dKlmJlQvJ19USFiMSXpqQ+qba
iPiQjHaHqrWNdFLETHHrQD6JBUlUxo+GuZlqAowRp9mPF52IQvK6aTbb56qXBltHvBleh599evoPIO0rzhN19PhHe5+dcOdm
/5zKtiODxLMf5T9+PMi8y2hady37V5KT/+JYPW4+vVuOvM+0P3i2p7/0Pnan9ehXmtPSkJ8MrB/82c8+esdfCv15m3vutKWP
/tfcRw/3Jp7v7xzXPoY2yOPt09PyndqPtnfwHeK93Wd3/cj9k3r9h8fH9fW+8kDp/4cnv/ns3WeMvvmJ9/eNBwfv/gX97uP9
yYPK/U/1R/X/AugHm39bbRy8V/+cfZC4d+fT3qNeu6z+6cMPH3/8n9aeV7XTe+rfffSbve4h/M7OT9cfV/7z/1FubXSP6E8q
a93Dv/9pb/vPy//65De7/Z2y8xT9yY8PGo1/2JDoH1R+8emT99vNmPO0Z/7FvZ1h+bj5cb2xfWw9q+wHZvNp9a+Vff9B81Pl
yb8Z/ku7XnGOy3619UUTOXF+ppXmtvAT06zQ2iQKW92TMgxiWrtxhFghUc90ImHA3t8gBvQW3vbCe3CDEIxAnQat4Zhf+7FD
KD1LzZLLiJhKT3PxEtEvFNUYAU6YV4NSYemSdPbmXGQStHOTlHhzOuIWLi3PTMXPL2Q5DZygoJB8a46/fvP2NwtfT5+fyqcu
Xbn5la+/nr969a3Z35q6PfPSNy9+55++cfbtm6XfvfjyH33r4ur5P/nGP5u7eeGf/8HV8+Tkta9PlPJvohdeXb14e/76udu5
pYvfOrfy7W9eyXzz6tLNCy++lbzynYXXX775xq2XX5j/+rVrL39jaWr+G6+8snDzxisvTUevFBdvCQssFuLgBAkDsk9h5kKK
LiV9zC4MAwIT4OhMJAklQchnY2RUjBNuuHg5kmSRyExC9KlUwg/IBB/OU5Mpx+lpPGrMZdiZ4hCjVrleTIkUpIwfmkhZk1Is
Qp8PjwN9aHo2lgRy5zPZWTQytcCaKEoA1+eulzCOwjUSuT5DzuYBmnhJsjis1F6dsKZfzjo5wM6Ki6Hfo0Kl898URers6xdX
Zyny4uszQ9FHTl+djoqoCIouCF0Qq0YNBUPWjDZudWsS1wkV4kQbauKGY18J7EvQaz44Zkc9qWKd5OIsRtrd7WJg1L302LD1
oYDtMRBF2sTkqK8ShQCuy4yu0FrRkXG0Z3I51HYVVSBQLGmZ+waE+h8dr5WO9ntmCDd/7fWkw5/1H9OZ8MPAaD3tU/ufH+3s
jsz6UC1XB2yAdeXy/u4Xp42jTESH958Pmlb7f9/6YvXXh33TsPT/y9K9e//44H2MRt7fqx1vbqIP/7fn7/+kk7pX//Cjk61a
l6mmdnbvv3NydKAl9sAn9TW10fo/2+X7m/cOexv98sNA+vXa8x/+GaRnf9ja3as8O/7s773f/JvdqV9U7n7e3Gi9Q53sP17f
fqA8/HSr8YvBZ59+bLQ/bpBH/+nobnf35P5BvVPzTzd2H3n46en94/rJlv/jX3b3/r/3GkeftJ/3Ro93oV8Rj35VvgN4/3av
dQ96+s4XvrOuGMc/tp6uD0+rnWFXO6ydBAcd49np1qD8RS0UnKyB5d3m43ViNGjY5eH9g9ZPHLkHRTc3Qnb9Wa8RHBeLUxqd
7IQkn4jxYeTllSirIkI8aUhaICJT6KIXAvx6JpK5tAwj/o2xjmz/DciCVwIAE9D5xLUzs/8k+b3c8jIzHV7K/sE38t+5MJcN
/w/QxI3p18jMK7M3vnfm5f/l1duXznx1+Z+eXbn+/YXzpRd/57+PRb5K5d5avXxmRsrO3Uq+WkyzoUKkICzdtpfmFQZ+eTp5
LrEihC6Iqzcunr/JxmZmi+mvzKak355bzM0WX1hKT4nR29MRgEzFowtiISbFGCmCh+bmpfkSQoeXk7FJfp6ZvExNnJ/grtPs
VDgTW6Xo5OXlvJQLLU3wGYQu5BmcTN26slIqzRSnzp6JzX4t/0I2+uJC4Uwm+cLFC0vc9Hlp0ovemC0tTK0IM8tXvlEML87N
5tMajfqpwjIaLc2wczm7JKXikYUpMbTCTEWk2QWew2fCZ1NLk4XiEv7lRGM2EeOxa7HS6jx+OzHvCHLO0dEcGVJC7KiudTl9
2DIc4USuDrEN+BRxx142ata0ruvN9m1ddoZ13RyQOo6rI8EAem1uwRh4is93T+Vezxjg3kEFoh3AUXyidaHrd8MMhh+0tFGe
Aw2GHJSt3sBxsmEYGbRAPTysQxOmjljRpX4THUm5eSDH0BPLPIiFIcqFSxHROeXifDQx1mRaGi5GI6hPk7GJeCReZOaT6cjQ
joW4ZCoy47DE2G9jEEMCNpXEESfANl1+hFiGGRvA0gpCEbl2IpoQFJCxphDJAEicJdJokBPR8e/FQa+ldTp8m1G58jBgnSOS
+LypwnbAPXYOy0y8jVQyptXPyxYY8FXMazj8l38blxz55D407AuicapbepLJCjSMK1RwwKrDmRavGXYwgLucV408y+L6QMC3
GT+WSAxdKpECKxhV9hwb6iIqG7hqTfRiiSi3EokiScILRjEihIlxIc4GQIBHaQw2bAQFEqSQDjNiNMVmQBYDCpSEs8UAVtW9
eoFI4AHk53kpHqKlOEOGAJybCee8IBtNOZZB4hwRjjBhEQNhnBN5AgVKqptXME4RUen5Y8sukkcMcwYmJvBIKBfskrgSjXDL
clNGkJaVMrfswRiAojzeE61FrlzHyFBFyR6h0RwcidzZBjdjvZ1UmAHQIIHdnQrukEClFjIIdXO3QMB17NFPP6nvBz02JK9T
HIe8t9HpGP310fuIEj3k1AebXuAdVlLTAdUFQpEvFONRuGU/wFp1a/9Jhk636U8/2gYedjthgHgupXqJd5+fPg8iD61HR8rM
UaP+cNuDSa0VjwDMSIK4bi3YiKny7tgMuqdrLEp72OMv+sae1gjjk2ts6nD20Wn5wNF2yK1jm2hZPpYPTZ3BSvmriQma+z0K
j2emX8h8jSy+mMldW1lZfBPzyFv4WWGRR+fmFr95IXGRjFFUf5EyIsUwHaTmmTwaShPFxI1EdAJfnSQXw+lCZAqeT+XiC2eF
syHYJRNgXEwg+PmpWP574GVCBEL9GQZhF+mEnSl1Y4aaNQSHI2KemnB9JODI+JQChNLJhJClcq22BiExyHGNqV6YW9IpCNe7
/XhEC9EjpC3xTQYiEljGlUieGOBCJB4NoWxq3gfZ9JlIOncuHLeRKBkzMGpiIgRk+HkkChFzIsVNM4lMyxOhsE1aAezEwm7B
obPsZATEcTAgIIRDidhKixYkwlXzAcoJDhEIrIbQQ8oKPDLA8YkeZsVgAg9QhoJhozJmZsy1AyvQBkjQhyOgBRIhW8QRRQdE
J9XhByHdY3hwBFaHUUDwTdPeZiB42Ac8otvzLNilmV7baIZccawQHRyq1Q6BhaykOUAxZ6hbpx3qSEA8UpBpEjMNyvCqAOz7
FjVgDBMmvH4IAVuyJ5gDUG1YiBEM9nmXs3lTc1FU9kcm6CDQwOFaQ6ofWDKiuryP9LEgzOCzQ0AxFMtrkw2HU9WQ1fAIo9Gp
E7A7UoNmEEAOD7IMD8E9CgrU8eeCgAQAyGAwhmWi+AwuDCEGBximy9A8dYMaeTADpEHWBTyUAmmCRguEkIIYzkUZAuNiiMsR
46TT79RZlDK5iETqGX4x2k2eRgQxPCP5/aGUX6KTOcGkISAspUcJOsIlF8FyKBPSkChqSjTpg5rfOYbgevg6BpKxFIwq/GMU
tgmETHb29dhcG5lkkanwCY1zHm/ibpRxmiAlsVgGQeJ5XRi44w2J+m7oCk15YrStAn41HY6UWSgIdI0HsiNkGI3NHXMUIFrs
l29yM7IOOyLIixQm2B5nWy54TmBnVmbPw5OTQjwbal6Ppl1UgCKQyrNLMDASrWyLDpfYF6KTM0DWI1hY6fbRJAl6NDYd5hO3
5oRkdEkqTkDXi1xq4nY+Ihbos6V8aSZ/5rXlMLmic5fDwgR/dum3GPx2JJWGslfil/R5VkDibpihL4agSCqVyCf91GX87I3F
vD+VzRUKYmRh6UIxUeJmPLbE4xfIgvD2i/ibYjwIXXyFeENfZVMOIGIMk5DleGB21XNGXWLTotA3IK5tBShJFV8B5JgJuWQB
8ItKFRSvmJhBVmgv4aSBfD0yjFdsRHL7TReq9pxoTzc9AxfWzRNhzUADTKHwqg609vmj9IEXb34weoICnp2oAk7L5xyqY5Ds
wYE5AMqHZHO/1w/Vmmil3DAOnT2rU4OVDmw6pwN7uxI5JA43+t3t3k7fa/QVFY4ca+LBsUU43k4XrXTKR/4RDh2pA1WtHY38
dlA+XOuYbjls8lxjMFCrFXZYd4279rFs7PS0fs8/dprNzol5qm1BBPCoXKe8ttOBIMSowgjfMIPuKRy4flhHqGCkWk0D1UcW
2DQwR0E8xpLNVkvvMX2/AnfHpqKbvkOuAR4N0S7MHVFfDpT2AQw0EaoF8EMYAGAecSAPNRUaCEjcgg5lFR0R/lBHOr7vJwIK
RWSH4AiIAeCRrhOQjvoaHkFZWRZdjCR8HoVBHzc6iAsSBIg0IWiEjlsUDUAIoBYAl4N9DWoObIse2h3PRQId+vJum9GzHRug
ONREwZGIOzKF9UkCdhTMUuiRgYm2D1rqBI2LLoyAX06gIQKjT8AQJBCWDzEwHEIQWPUdxPc8LIFbBGogCGKPv5f1TISAIFOk
KsjYzdFZbxAPA5fGPufgVEBbHuH4XPESykk0lIB0D400I24EkW4QFMnmJT5EwySr0Y0pGk5YETR8DoMvEkyOISMROCIIBXjS
ijGzq3EiHs2+klMlIKlBQkg6d4ZFUxP0jUv0OF2lxWm0FMuWSt+I5l8oTaxQkSvfmM6eW8iEXnk5nygWE4uTS6VEJPFyFs0Q
L3lvT55ZmXqVJa4tiYU0mXppmT87OfXNTPRWbBVLBTpxBkyWFsTV38USzm0C58LFQW767IurMfgl5zsvzC4piyUMez0bj6xG
rheZa/jk7A0pdhIW2ASvIbigGbzhptVkJme5ZVrozHC8ey25bCxDG+huCLbnIA8TEkFEQ7X47Kpz6UEELnjhzQ6FJU1Fd5Vt
MxPshcwkYa0DfXxQT+DDPYwbliOqQ/kWr4RqD9oBgU8eeUP0jGSFDF4GdLSqaE5rr33a/+ijoTJ63ne2gspHjU6wXiaN7p1a
9dPT8nD9dHdgGdQH/8/a/XK1vl8/rRw+3tb2Wo8aavDJfhfp1rrKSfVxFVY2Gu1fccMjo2p88XP7pB90kgCsN4/tbavjANs7
rWei/cyz5YODdgdvHVWDofGTuh5kwQDwT82+648l9ATXcMEw7/fD3YEJCEBAwIo7Aj0jIDuE6nomAEmjgEKEfs3haGdL9d1K
Z9BHx25zxLFK7YizPMZrPkXDZr8RDgMqbssNrW+DHvsEMuFRStWCMoqbWO/U57pAzaDRzd5I8aqwbcNBBfU0tolo8n1kGhy1
K0NwAFq9ru9pdoWuMYoGDXzLbJz2qKZMU6Aa0kARVQyAcUnIjsKmTmRqiZaomzGbFF12MAIsGIY5OKebuoRQIyTo+K7JHNsx
E8lAQ1siQQSSD3WYUEETg3EQZ/voAHKA1lgAIhnYGoYBEKxDGKFZLdgwIRSkgkAzIDOgDROFNTvw6D7IqS3cVA1zBK05uO0H
wCPI9DRXHYnm0IMoouv2YV41wQCuuGMP1zgXtxWP4hTVHwVcJPB7oqqwEGr2RriKQgE/VqYrBpKBALRH+BFzaKtswadMFcdt
EKdZGTdGHkf1DV8wSQym+CUIvEjaUp8UGVIKwFtIhGD8RBHlIwCbFwDFYpMxCMShZdIVwz5Ne7TgphkhwmRDRSQkhKdRch4i
Y8Vb/hU+hk2+zkgSKXIiw5Ns/OZiVHLy4WGOD/MYgocv6kLGCK8AKJ27/N9mV1ssg8TDQrYoJlF8ZvoMhXNFYY4/cxacmScW
/pAiMnxiisjGsqF5hqKQ8+bUS9zcFL4Av+nFyRwVdzkMZ5U66SEY7H2526APRQwSFcswIgRR0CUHMIm6rRlIhnSYNohRBqVw
bNIFUKHTnos1gPJGb6018IbBbgfqo3d181Sw7Hb5Md45Xh8Nqn2gpgHq3oPDkWS3BpXqLri+jm8ijaOWW98lgrWD/QeN/XfW
T57/vHJ8XK7/3dH+aPNU2f3is3sf/ObO06OfVvbvD/aDX/+r9z6ruR8+e3Z0zL7zA+fxwbuH5fo7B11zu9saQ9LxNmWubaz9
rV05djrD3X29p+dHqt1u1yvDatN31MGf7j6peI+MVl2Wj/qau9dpPutuH4kmsaEBeufojmFtnJ7I5Gmf4jrNo/RJl4tli0N9
WO4PZCCwMp/UOr7JepZc6wMW4/WbxnP99ABuHw/qcmeHamwOD8tydcxIQMHpbPMVeLtA8rLFyaZahlCDeR9TXRv3ZaqrwK2B
+XCnvyc/dknkLhKsOf++drJGtdfNGu07oCj9x0ak3n5AyocNg+x2q8c4alXXvPbQxVCku++qXca6H/fWjAcRHh3Bljb8dw1Z
t06eshVksuzr3N/sS/XBXRr6UKWIU6DuhHALfqw92eQ+RIKj/e6RGq8fWs4J0MAYes/2APDQGVG409Jm1cSW3zE3xyYMtABv
xwmQqn7KIKjh7ZkV20QgG3C32qxigM2OzEo2iRxU5AAtY4GHjAXiY1wnILQaKnKgoxPOWLAj2+FEHAraoDnEIY8Fxy7vAgpj
oS0alQcQZhIhWZWb5li3mopbms4zx23HGlVdX5YhLRBCx+DANKomB3qH6lC1EiLAWTIAmePOD/mFcSYN8mAzZW0LspUIXISI
3+iENFopBCSSxwKJaRC68OUbziQUQCeWNJP1JjgsNsFRGBKRYnHKtsbJZNkeue5bhaIEJibjLhpzrJDqRs4w8HTcpO0kp7GB
llKxKBgvjgE8ASg5GFyeErKH1BTIsYGMz7IE4wgInKYTq+asmrEvfx0q3qDlNzwv69+M5RU3Er5MIrGFVe7qZJ+cX+DSrmSx
TwKnqqYhH0CaLWsUq43GXTA9ArsegrsUPAn7QeCgI25kg6pXQZS4CbwAQJgOD9PDId0wwfvQ4cPjrY4yAriKbQR1Fz9RjpOU
Vn/WPt3amxhnwiUFDOTBPQXu0f9o0/JesS2fIlZNGdK50VLu84dP7j39x+rjSqv+zlFqXfkIHZb3FUdbW3/4q41PGnrnkK30
te3evzxhP6N+cFCvPD1dW9sbHN75eYseiMtc43iodbujittub1TvbJsVDLeOMGwwFNd7YgCGbdTdxpTu5HvawXr8GU/3B+0j
wYFOhs1B5MSL2YbZdlr9ygge9qzjlqd0osaxo3GnuouwAyuwTdCvCj0Hl7vyKDYC1FrdjCpcvwcTPVStwHuqUhd7FmEfNlRr
66/UvQFF/KauMw48BFyi1QgOgcEXsDcgwFrLGwFKYO3/KFLtekPNUum9Dba3ZQ1d96dEjwao/fJPdjo10nj+8ZDVexVvAD47
9o5qGxvHhgPpp9v2bksh+t1nI9lWKv1KnXrfdWE8onehO5rvK+xo5DmjgX4S/M2A1NXjk8OybvaVWt3eVrq71o5i7D7tM0+M
44eHRPOuWnWHNcYg/IzeUj/QgzIItYddGbXbFesdb7DfP8W952iA9ntyr2MNmZPmaa2te8Gg+eguZm0fqEB72IJBoEv2ZbDt
gUZg9/qACZqD4bZpgy7YgfAG2rSHW10jQI2Wqrlelwd1s3enr9cU3TyxNN4nGR82eaNNMmMf0w94AvNGbstHpCjaQyKOlbDU
us/AthI2LcQHwD4adGq8Tflx4MsbpH0IYgErSofHoc7jkrgoKA7k0stRKiKYk4AUhFU4lrYtXVEDu5AjwmOZ00F4NEmGwHEo
BWCOmp3J0MyqQCwDo/Tct65BEp2bfSNLeJJ6trS8eEEkp/ITDL0qxb3QxewSgOMTy0n/XFiSJgvxJBSfzi5GZCxz1hOisQTD
M5nQNEXPJldwFF86z09/K6rEaWGSEW8UHTQyf5lMIuSb4ck3fOnychAlTjEP8B1dm5gJABPHBuLY2Ig54AVWVzxfD00OhK5q
UtFmsFKqu32rRjYCuSES1gt9IiTJVO9BtPlv2Z/e34gGiNIOPvy49eh+6Khw18rXmhu56ublPfuU3OS9zt7zxns8dXfjlw2o
9m7d2vyCrdzR7g65HdT+z9Zf/vTOSf/U3Ey984DeHrqesa0I8MF71ed/2f2FXmbXCw/1J+/Y/05L/N+df/XQ2xms//XjPWf/
v3607af1SfnwqIzXnmw+glvtx0fl5+K2QyjPTxv9zmO5J4wk0JgcbjLG49CjkXEw3w4PBo7WZtm4VSdGxkZWwLDwgC1jhi0a
ml7uumnN9vtlPDjxymCBHwOHEgabOc0mLYgCsqjUGMl6iCKcvinIRI8B2jg48CqDkVizERpZB2DDQ9Qd2rYRHMuOQlZgNMlR
GFVclOmPOVVQR5VtSm4CIP3lpfyR8/ywWyfNE7db6Rmh2vao3LZr5c9bMoIoJqYpdaN+YhxhA7mFuirSq/b7A+MXaLncG8lu
k3i63w2qgAUw5z2S0jmfPWhoslwf/tJpg7D1tI77ax1tvT+OVa6nWQBaq1pW3X/oNar9QVmGGyedI38voh24kyCddBJDP6rJ
1OZA/RxvaHrY60rImCGrEfbEHmwG/Yy9FwzIEfS4PWpV+zpiqb7VRPuS28YDg6yPydwGK5ZTDeQcog/NofjlZTYEk5W6gziG
1bXQXhYdWvpAd+RKz+o6p0C7zeAhCFQxhMLHfgZGUDPWhgcjinVBqJsqY62e2YuEeohH+0SE7ePjRGCqkDm0hoQBeRNqmCs6
I8kqhNEIJKFGyjmBAStgeJohnCzJ65Lu+ZN8AHpY3ZwHUK5ju84w2clOEkMW4WiUR4tCQPhvsN4i50TZUA9OMEwG9MKYUhGI
DB3G7CUuw/mBeEp62Vwo4EBeQvQbnMSEwmyl4aYmFBESbs1l8Snra1K0ADPUYinKcYxE0sjM/FivyW8kKGxiskDHqNkSAYvY
dYydBaUFrQARGoN2a8FApc7gAq3ZmFCIhn2czqSFwiCB6XkuZvDYjAiCsRWciQATETNkD78V5t4MM0gI5mM+2/77jYNhN9nB
lObJ02HHxbEmfEKpXbsxqEWjsrmlbQSQ1zHaT7B9penWTxvbgOO6EtRyBvqoUW7+IPzre/ucJUR3Qu/dUx+Uox8o79uhuwen
jHKS2hzHqjvc6WD7nWcHfPqvdj87rrXXD4/N3wxO3pVP9yS5H7TAcqN30mxmesFBhxlA1t7BABo2baQNISabAbEOsdsyto80
ILnOK6MWUseUUacV9HTj1KMwzDOgCSSkDd1A7VUhXKxphMH3aST6GylrIMtY21eVqDX0xZqgURw6CKvRKFBUEC1iqPvhWNkG
nPgAOmGqDViRtxtTLheTJVe341shnHGjUM/1QhnKJBiqc8xjaT8kb0FOZYS7mI/tA/1ndNfwqptH3vM26B592t/2GLSVNNUx
6WlQaoyc7qFVVkYjKy6e9q1TbNM9+LHnviPgoYrtfV7rqaiKDNEgh98ziGPi0WE/VIfax7EuI0f2H8/2N8DoF3hLdo0EGwVG
lfdxWT05CXN7IOwF4GhoDA3ky2H2F0o4+eVl3rJtsD2i14Harpcv30kBHZOpklDDQE8FnHbUvo0MNH0IjI1sqBIGqwR2XwPr
os2RKkyPfEoZ0T3VAdAmCHNof5xDAtoiMNOCq4KBijrpg31ft4OOMe5PQ4OqnAQm4fehtA3rKAmBIANBh66qALJjOHAUNzzZ
pSGk7eogYLpJV7BlVfcGzMhsgr5poGkInwOpMDTFsVmIm2DPZqykLcDnQzlKiKKTpENACHBGQPAQgUDJMDvvQlT8DNzO2TEG
NpmEmchkHB/DKDiyyMpJN6+AcSoLJqCzuLELxjElQBt0CtQBiB0qQiQUc1VgJsmrkwYOiQivuxaKe7c8OOKBCo0KvwNHRmA4
+YdFT9SBJjkdyoY5axU1rxNzGRGB1VIU01NmzCDCWPx3/EsYcXhcr2/3231vq3wyfFBmHoC78tD0pJOTtcYeDQyGq8YY9dZA
0MHV1tFQQns7xpovTnhqW1qim+NWZlY1Da7BGDeOBHu4PM2B9aqdTVQDJZkZLnexFqznlBE67j880m1NnuKNGo5Oxilv3H2a
iNAlP4o2zZ5IXVMQbquXEOCJWrWxEOka44Xhqa3jcT1kzIFx/5knZZ5spuqudkpphkMMIc/oTEtDBhQCzRZkxXMZ83FyIjw6
OVRFcKSjbshFddxxVF+RXeuDGSMIlIV1xe+SWFvutlAHGBCcBiCcSeOsJyMQMygrPDDs68Gx5RokJCQ6qNC3q/bAhs061SQG
O5kj27HZ/hd8rW+YhgFjThXrQgVArx3Dqhs+ULjuQ9sZNrptOF0Hak92Fxx8CBtq39sRm3hf5dpDj6bJRq7pygXZ7Wz55bAx
omu1HfnQgbla3ds9ZaIPdjum6z8rDw+Oob6nSg3f3h60g3QXIIJ7dJfyx886JeBAGx47J+PCUOqfW+YTG+q0h82nBB8pQzUD
VLxnsjTcD2I94ljrV/16LHyi7rhrdvUULD6VukoHDYCxHWLjOlYxwa7VkaT2S2iEUnG3Z7ZBI9Kvnx/BKNPtN9s9LBRPgU23
Zo0xqJIbeyXRAQlbk90e1sTlgKF8uo5AQEMwcGuEa2AHgHncThuMH4yh2FDSDZSyPMsIIMUgSQTgKYvFNdeBAaSDOWLSJmwS
oGCCkEzTlLZpS/B9DAnbqjaOvGHD5WyPhjmb1xXDNcZP4FAO0tksTgUcA9OYiI05NEeaEpwkPRQwcxqbOS8k0k6eSmMTnIvB
iSl/QvQRHPBYPiQl4Aga8ZiIJ8xdnJqboPPZhVuh+Ou5lxhkmU5NTS/m87NF9LvM7KtwbHXpxiB2MfEVZ+rsmTyKEzcupPTX
1VzubUcUX7k10bs1B0YzCXSVErU86n9PmMpOIcjlKXxpIhk+n5q9eFl44RyXuQLmBOQKuvwN+OKCfSEzlf0WoM6vUCg5iZ7N
MZMWKkMAfCG8YlOhhZdWURGnevyUE7uEhW4msBgs2pIABbkIARD2xdSUtJQoJWeRcB+o8tBRpDEvA6pM+0rTdgxv8jCdVF3X
oUJJIoGIIo/ig8fzOBOVF3zKc/cQ9CY2JeyFJ/1Qe12Xx9z/5eSEIRZBTFVuSU99bSq16YUwf1hU4liyH4sMguMqFGL3e1EP
UNodJ3YgWGU9uYOFG1GMpgh6leH1XNyqzYMUBipKHuxJkX6BjLj3TYgMZ54w5c874nltm95qSU5PRp9amLPDBlizHk4QLoGz
PhsIEemBRo+Lmmi1kQAR27zgh99raTI4PMKGp7IXRvdi5UokeN4bHMqn4HvqEDNGIFy3uqhL2kMU8ysNLUAAe/TIfeIaIt+z
1B+1sX21d4q2HsKoGnxCa4HefbLdLIN9/VNZC3dkvVyhPPCrJEKg/jaPws9BV64chgDklKw8x5WNU0yOdRT4fo+AJGMbbVkh
zfv4DgzozLMuMBt4mgmEmUakoR4iu5WogssQS+qPap5tPdrerjljP8MjfZE5NXSbVgOI2KXh0IDp8RoeYDYr4qeqRvLjLWsf
6ccwWXd6JzGGhNaHrlDdKiumhWGY3cZlZ9yCHdvtIGUA38sRPVbr6gTuU0J/NHZS40BWkJZmmg2h0+Vg6KjpOI5maiOXBFW/
PvDH3RB0zQ7V9SBgbKDu2JdkhTbKkI+gLWVsc67Nay5GGH1/5GJI3bcgrzYxYkH6SxBQRnq/FQgdwEUAj7AoHgpIVCMkFb4A
4QlQSpJ+0heocBrGklMCzadpOimy8bNWthCIhSI+3lodT4Rx1yiESZ7vLS57scW4iiWTM+k0sozH0EySYDGWHkNhKiV4Fu2i
PnAeS89E48mIh9oZ1rwo4ZOLiegkyaWIlyYYlOaWQYAV0W44cc1fDoULsPoiPmkw5AiAcrEpD55w5vgAxrIi6eV4pmScd4Zx
akmA/NkQHAfDVESfBc9JSqlAnBHnS2xM5F65vLxwZhBFp3NXeS6Usc6WMHFaSYamCWLqulpEpQSwZPrc1NKYA1YXFuBzZFE7
GQVVncGXW2wHyEzD9vSHsvMCkB6fC1ERORMPFNmDjjwv0Vho02w3Xd/k4TPBEBPYo8hEgziKKr/PRg3mTQaLBwv/3WGUJxe4
r4mvZHoD+nx89SqdSKHz85mQn7r0UjRGn8ETokczscXcwqxxIwpM3QHbG3h15+BGiVOlkrYzedA+H8uvFyJP/aMCPbp13KPF
kxIhwz9ONKQb29q6E+8dPBbCu8XJBxEsOPdI4zfghwYYzkSBVbL3iPm4vsxk35dzAmW5JggMtl3IPIsdOv84o4rn6xrarQfK
0UDXYLKpdEHmI9PYIk4YcAsj17jYcOPZDw4FLP3cJkYBjIAqWP0ElXTqSKf+i1wmrbEzaoa+39yi/4Ee+HtmfzQMFK3iG2Sy
7zA++IFgqFtDrwfX3D7cBuWDntYako4Kj8DD5xXNtbmtgcUM/QPDjx75DRbmYf+gvQWJpvypd2RpFZwHe5v6M7BdC/flTz99
dK8BbO1Ah5OA11/ftZ7aRq26xuPW52tgbd8+pjh6xtup9xnOqdWatd7HQ8JhyA6mMs0n6BDa/GxzNBj0kLhBA2VCO5WN9LBv
HvtJ223w4wA3Xr5L91p7AWQRu3v1bqfneFtkdxcxSPngVEOOa0/rfs0fjkZfTp/Z7tV6+sjtjlmi7qg7o2FzqPefUWg0cGyA
BVRnGmTSQtQKtUCSPuvbAqlDSZVx4TEdOpCFYjxIEHZDDUgJHRqwnwBlEZUZsZ/rD1LVwzQZNUvCOCNcYOxFCoiCTAyYpheT
YykmcmNteWx8ojPgatE8b5uhTIRIeniMCy8tiPUzZspCrjHpaAoVHeHWhWTBYkjeDRcmmOuzhXlOani3QsqMlCGMK9EXZtLh
0vTtUCxBhXEMmE83+OVXiRyUXIh3l6YvqGembaabyxSD6jw5PRHkF6dl/oR5Pfgq922tdmH6SnYGuMaGqVgA5ROzPJUyNKw0
YWYIK0bKN5Yk+CLoumaM5b221Dl/0WOTeF/sjBvTd5orRmsVfxOj0SIl6YKPiPmiJaY7y6iURuYXAYEqXX85dv4VHfUuvjRP
s1DEixUJUgqoVTGOvfTbJyUney54zUPyS1dZ8wokpeO3jFiWs6qryanwsj+LxNlV5koOAabfevVCTqK4+Lk5ifxK7sLvJ1Yz
0MsT03ZyfuF2VIpcvp4sfbe4pLxQykxvZ+62xB1o21jMfELNyPW/+6guLb/6k/LcHuPEu/duPB/kS6fzNb5z59qBwLDxQUzy
+6PMwiOEuR/iWPxD/BPwaVc3ga9PfFr4Xvnw1/d/iS38/l+0bx4OauTep1/Zi+byews/CeofvNilcWVZSTS19+ziTZv2H6e7
rWzbsdo6fMz5OLI5j/6aFPUPoiKC7kZDwbZ/UOl34giPJDoBqyZ1wlhPWVC58dHLOoHFPCaoAfOPnxz3TKkTAp9ris9aib/H
f67WfUxrlEnOdZsdswmwsH9skejz0oAYKIS+K1j+ADpcrLk1cdA/ev6F9HAcr6t/qTb61Qj+KfLh31Q+h2oPh2XtveeHv9LL
pz+tfuAf7NN/EfnVh2hdffQblh1279iDR2gTULtC7bPZxwIYtH+u60c/iNO1Qmd/UIYHf5s6ddd+ee+Trva0jXbwrTXxnrNX
j485+Qs37m39MvH0i6ARosqlxkAYJhTv3udGMDrw2cw4obQbkU8fgIfdz47W1o1hp5UFCXMgbm7KDaujDB65Sa3SJNt7vb5j
29TIfQJiJgNut7+ccugwVL8FUQQ8RIfCkDy/x+GYjZgDzEg4rG7X+aRX5XUMCyteW0n4WieW711M0zH2HCJ+a7TwzcjZxYus
UEovLFArK5PeMle4CkmF5RAbTKvfl2LzEIWn8r4YS01yt7CZmRlx8Voi4EQO4DKxhdmr1BQ6/+ZkaYF4sTAtUan5xeXlFy9N
F2PCmxdwiV2Mgxei164uABNL5y4mJlcmc6vYatRDCx2rNUKCqT6ZloP5GS8J85SKaXR+4WY2Nj9tXTLpmW4pgfDO7Pxy4hJ0
RkrMX4fxynk3jp2flpkLgG4MA+Jmg8og9bOLQbie4vxEr1ScnctOv3GmPXWQujh4cXLWb547ez5+NnghPrlwE0CUK1iCeXk5
ysxFKIEPxS+i6dtZ7q2LscnEtUSWxZbSixeSC68sOq/W5m4Sv7d0NjRx+dW3Sy9FXvrD5atvwCHs7TSaZIV2Hvh2Yp4o8mhQ
+sZN4AyWXJi7mLrCSaVpkoqnl2LLLysT09yVc9+K5l+dfzMVn5x77fIlIgW/slLkFyv+E4RBnQpCwUPzcGWwDRulWKJmq7Xm
3KVRoEOlZFyJIlRbP5cXUKE0l3TiUOTNBSU8WIxCPvPXT+6efSclt5X2yc+9ylHzx/1frRcm7tV2f3FHExsnU22fzPefPDit
lD3P2JjgG/6H7JqQv+ZAn3ht4LHY2BrF68ZBRf643kBav1F0/CefdRvDrnK0X16rdnt1dt1r7e9hnr3Z7e/BmYp6XPkk1IWA
jUe+2bqrbHbtkpc7FofvBTF7nZ4tF372SevDM1c33Irxowr6I8rqV2L394IgcRw+wlCw025D3tnjJ9RBN90L1TbqLWd5ELYx
4BPAkB8vxT4k1ra7DyL+U/Fo9OND86NwXa5CO3JrK9FO7w5SOiHfZzng5AQcVeOVsHOItJjJ4wJN4LvGkDiYnPYS5Y6yNxHs
CwPtES1avGkPE5vcjioe5prbWSTn1JhCzhhNHR7MuSkTlWpeSi1FQpE6MQyf4NnzaYToBPHRSTAKPUgpu4OOC7MJpoHwz6sj
cFZJDQ+BGZeum9XT4UmSfkvw/NGQn+bhij3M9VJkd8EeL1BUPg83c+sXV+8KU/iw0FYiTMJyoDU1VUi1w9RXON0/NZiBB9fT
khI9m8qOUY657DLXaOJ3M0II676EXgaYQv4Cd24+hGL2cIpYDP4gvCzkbmZTE9bZSTbPJvg8l/B+b2X1txa+8ublP55c/t34
wndvvPDfvD7z2+em/+elr5+bmXrhT167/u1XVkpnXvnd1G9/5drspZWJt659fWXx6r/4zs2r/+zFayvXbwkwhxIU1dH1Lyc+
x7EgmzZJKO4O6GESTMxxuWhc9i0x50WYOGLxExPRNC0UJkJR18Qky1ZJjB2KEtgER5YADbI8nIsGhFFgu1SX8+LLeCEd6yJD
JIlFCBTV6eJkMkeLybwYN6B40UBNjg9NclM0FnGIDKEtloTFAszBq2lSosQ0Xwhlz0j+MhOVuCUyTpHZs4uJSXDmQjx7kSZm
lggq2+jvRTcnBIhoNnfd+ipXGRe9Cxf8w6HuA+6ItPKwCj+vgYNwxQOA3OwVTwNCL4ZDJHgSWk6dgg/W7ll7tKFFWvKTQW2p
dm/t0zJlbkBPHx4aBzufPG95oFbpfDyorzVRy443M8NPnW7S4te055iP7bbubx9nGqEnKto82Gsd7Tv3K09AoF6m724fVLzn
a/rxemtj/9313fpxLWYb2lqvtgNve/vgkbDvPCbk0439Qy5sl0ejnqK4j2Lar5HDCRdWo/3KYSPw67sN27b7n5OuhmgNv9Yb
2YbRAjzENZojAxzsu5tyLaeOfBexIKumlU6OCZnyOt1QtbGn14zYhtWAzJO9DdABTczUSDdQdCc4jmrDqqUjwG6PSVaue0Ih
kiT64VMmI54kIIMHEktHJBrtJqblkJ/NrZyoRCPDsFByKZKNpqiSHA0hQRgwJ5By0ZfPi/nwZFFp+EP0oqTfsPWgWZppWADb
+dqV6WiYU/DnMO1dYq+y5WXwDSqFzXNT6UWTTMQk3I0gwmJoLgOVEgMleFhaPXs5fhUOcsna2MO06AxaXIiJxEyAJufPzMNL
l1+YxszYuCoyL+lAdDa59DU3MWdFkVwEZEg0x6/ylUJYZmxJrYTtpJO/gLPpyXBM5pi49GKBsbD8EitKsdxVEhiFozOh5REG
FelcdoEUuCk+z0jJxtcvMGCBm4Bj3mo2c5O/cWVxepbCry6tzF26ncjfvnIrssy/+pXsnJUJr0b88BvzkUs3L789+VJkZbqQ
ePutaxdWb5aW/3iltLx8lVr4zrXb3/vqxf/x+vRrS2em355blv7F29/I3Mr/k29dvrC0snSxuDCfKZ7LJvOZTKSUoWfSwrJE
T8yIkpSOTESTWPwsMQ8RsRIXDi+Es/nJeZ5fylOTcUhAvQluGQijLMQm6LPZEBdOTbnhlDDHUd4FaKYorYQBDk7kpYhHsZOE
KeTC0zP5lQg5z8ViaDYHYiHmrIApUV3//zs67ye7zvu8v/30Xm7vZXvDLjpAAiBIsYtFsiSqWIrkWLaTWJOMk4kzMf+g/JLf
Eo9nPI7tOPFYtmVRjaIoEiRRFtjde/e208+bd4MBZnDrad/neT7P3rvnSDMzn53NDe+EpZo3YY9a0ViX2fyzaKbRMJy5wAFP
pObc1/QeTGUmi+mvrk6sWQ2BR/Gq2bvDDmmm75rdxpg1eRccKE7DvzWSfLWzvbt93JlLLqx7jdcO8GCKeXNtxLEHLdV9ZUut
F4ltvtnY8CTnYM8lhjOgzrihcaO/KxrvTedo6yjaR05Z6TWH/Terde6v72rrzNCHxDdH3Z5UxKg+2NlJbXtnfNVTWo2zdXqo
H7R2LsvzWti6+mz7CT5fHwfqZr1/Q9s1SY2lrZ5mgiwo+3HbUM4S2t7oqcq0ZTXCVE6f7T3bloMZD8JHxiKsP9jMk0+a2kNH
JRt3F6PQGpdzTD4brFz8rJ/rhjorW/qm72F11Lc7Ni/1Dhj5wwiNDpTaY11Zs+Ay9Zu/bZrOZt/s2Wu+tnSWwtxUyRo8lqkW
8w3zUk2Uo+3KcDySjBua14KBq2487ydS52isry5O0yt7dr62a1hShdq2Ugw1c5Q0toEFzeOTKrruR3r5vN7qSdbwjsDdAlfH
3oFoGLqMVxdfukSy21D9KkLcqMCQ5OPHcG9VKqCiWr/8ZxoNpU+HxYvOcL3ak4/o0w0r8geVXaM8qTc7SeXsb37L5Yazo6nT
Hety5YNSRWtwvvlLfW0XjBs//nXOlWcPRw23pHOv+9d2+UH+y/NJZ/UQnv1yIDUfkw/+2z9OP1Y+N9HiX1a6VP7PLyZPWvYH
k/8+e9Y4PsW/+Rdgzn/7qamfr2JU9P/HZ84D6dHiU/tRfv7op/VBcEr/4S8+evrzL34Tnrd+jMPTq3/x8Uc/bTc+SP/XJ7D2
6+Xjnz9Nlk38qa1Yrqna8HRSfNY+fXZa2HU9/RUn54r6iw9p+VlyhqWNf6qGDyc/eXQW+atfaT9/RsCpuqoe7Vy75u3t7h7u
bbS/1tg86ly7s/mCEt6/vX1/sH54w8j0u+r2YLMjX7ty9b2rnfvdut84WVd4b2tkke3LRt+hm3rT2l47UOnYqgR+b6P6vHK1
2qtttpT6sORi+n05lM39Uad/lb/qdoAa38ZA2yDtzG5lID9fA+lMDOvp5DzVT9nFSRhVQCVsF4bxThJLuUTzHJ81DVcugUvd
ZKneLwrGWWWyKFLKsO+dn9pdp1my0qU3zDoeWqSbu4qzPmy6zUo5VfWYNW7shRWqd1ELx+pVTxcMff+scAoruGHWtHAwqurY
tpRV4ld1GGXdqdpo4MSzimGr5TDF9y7t1L0Nuyei2JsP7KpraG2qMRI7bVko16UVXddN9gBmjiLJSTsFjsPlvDZX7EH1rPSk
esPSDENVbMclrmaYUJFliuiSVjRD8YrU6OJMIzma1GTAH6JyJoOlPg0ytdzIHwFVA4MsUh1fTuiQA/sJPyNMw2myypWgrltb
JqbawsqQfeZhDUCKsTlfwakugRRox1BIrk4V6Ab0VLEoYDNUGlBLpPlMKTzHsQ6oNFOllOY+cBCwGsoyY4B2lxLnKwwTG+u6
xWTfdpxI1l3AKwz6QAbweMKQpWZaq+0Az5SxZT91qareV1aT2NEaCKb6FEqwU6kiTfNDuY9OFaMx5f6S49QF7Q9+9espgg/l
wINJw12Pnzl/U8OcVmT/wZOnzVsP2Ub5q8liUdfDPDhtsPXmg/9j2zCa0melM0j18uOz6a+NxXH1VcDmZXXyUYH/vDifPCz5
9NnPf90g80nw+BFm/5BFhKEHC0mRHnx0GgH1CZvOstbj1ePHj8m5d5I5WyQ4qYQfP1rMfrNO9V+EnCuTT6gxPs8/mZz3Piik
nKa8Wzu1p4/mx08XH2UgyfhpUZ4uER1roNnwOqjXqCla5aOeVC6swNInT6XjHg1OpoZ9IqFx60pc70TOAhSRt1z4EGG91CvM
MVpd0Kjv9FsS+rqNndr2fnjL9HdD0ZuGL93HiXUrHZkD3dyv9F+8G3zdqhK0umUQo0uMpbetNjU2NpzqvXalz9Yr2iVvbVDd
s6vdZn3zZX/cl4AzUtpuDRvXWo3ed4zLjo8sadt2/etOZ9UdP/V0Z6AbrI3qYeKyyobd6NFGI2z2W521ywdj1eCBMdyY2cE1
c2DuA8Wqn+du33C8DVc9s/OVp+yPvU076HWr2Rav14PmoDHcp4Pm2sagsRM0OrxyWBvGint4uVUdbl6qDFjnql9tHvQ2vUIb
5RpWfccjtOq5UiWwNSBGgYm9QlyHtYPE1jXh4qYqS7W+7XA30SllHVTYmldRoT4zNCxrlqH1Maay7mi1CtAVplhIsoTcWk4o
K0xTZCTpwFUVGeiybKAgKg0WUH5xqh1FKSXKdVUYCi0tWgcRl10YqmrJYp6WOjUAQVCXaKqnEpaYXjBViwDi1MEAcgAhYxpX
9FJTGNQwXM2FHooKBEwB2jTTC6nECWCSutJzCEqOY0LZsqQUqTHDqkrnDYOowExUmDGZTZVniNLM5WdAymF+wjBFqDw3Lj7d
zjPxCMMmJxwTNSFU4iyRnjV1wyTdUpqknKpP8UeWhHhI4hwrc2ypEC4XMMKQ6zbPXbaUEgbysiQawI6Cibz8JDgHRIlRVpjq
rrpwHlFaYsKT1bK6tivpoZFY0SLV7GUDytBvwURxW6nu05VhZfCz0DuOlrSofBVnVdfx0Lkx020MWdnIYq/ZC7PAbV6vPuXM
jhlV9WDbsjjtbG/3PdOvL4K0Z9hE6xjuRq+yZta1JiTuqDrWQqthBNr6oGHJUvvK+vlAbZf+sF7bHHmsXk27Fdbec4KgahSS
/MJB023fvN3f7W7fXX/lJfJi6PVaw2DYubT53HPu2B1sVvKmelX/QfPKQeWmPGyHl1WjWas0pPX+ixW3snbV7Ff2neA62Lzm
7u293mpYa4dBpbl1NLj8g+HYblry1Zp7mxyOj0b119x+0Nj+Sud1cuRsls1Fo964WydVt2p5G5p55O3v91Tm15PaWG90bn9p
5OxatllpVLWrlSo9fNF5Ta4Unatfcl4or/itQli/3LypkTUwS6UjZeEEndACpdvmilPdDTvPq7SvNjuVjYo/sCy3jdoBqs4r
g223bm+4tcCZlADXGcCklCtmZjGyUrmSl/65Ihk6Z8ZKthLa1NSYmkhBruk3kFEqJpR007Rkw8ipTG2VyxmWUEByncoYB5JG
p7nDZNPxKRMDiJGOmGRSqkRUPKapZopt6BDxbEgYmSo8L3QtNYiSZY7EVBUhWaJkBeGq4JwSKCkMlxSXpopkzihUMEelKqMI
mUARCYgYIKSgBSpzJ6OpmN9C3CEZfIIKUIiX4KIAyIRYkgi+eG7OoxKJ8acOxUCHFKCopCyXc7g4JguhslWeE66UE0ZLwgos
g3IpVitJwbmEE3iSqTGU8wJdXH8iD3juKUlOigzrFC45x8ukzE8kVUt5igvECLdSmKSwfAJIgaTUOM/1hAp7MEtexnNryRkq
eL7Kk1x+GK1KnhY/LlcFsDiXQQFLUpQEpERUV4igpEJQgMiA01QzpiuaAwtk5mqF5xo0DHiCAODEWalZDsS2KqsUcNWIRZRr
Qa7lUqZiqhK1pNm8FJsyk8g5qBJFWkv4rsX9SepnDilpVbGxjzZGMrNl37fSJSz1I1BV8T2VWYpeo0lp8BayoWKwkdQ07DEx
r3F13a/Sse5rzleYa+hWfT11KfIvNVkarwNmsFA+EK13bap7xOsSp9FpVeuDG/Wj7vDNem1Prb32zX/Xe7Pes979Qbs1bK/t
7Y16a2ujVy4939EG/rX20VavoXr9t/aPrivBvb1we3vvB0dXmnav2ba4e53WWs3RnT8yLHgr9Lu7Vx/f3q3vvNBAL4F/fVS7
Ga+1KsH+jj8OB19tV14oD+pf17emfrd+I9BcpwC6XSEdZVANJ/mq5i+rqHJ2faefj52zJq7VHV3PVbSjV7CfDfv7QX3SrPUs
9xE2a9sBDfAMynvGsqtvUuWcpyaGZtdUJJPNRfdoD6ueHC6Z7bn1diSSaWxJttwrHcf9ArnMRqrN3RURegpE6lCkAGPO2irh
BksEh8HADxWkyNCWvMAnJXM9YcayyZge2rI4npIsx0UayyQV1luTdaUkKVCiwpBsRWIIA1yYSAhFRAomkoJQrmIbM6qVXCsZ
0RVjVSYWjTEvsCZRH2FacJmWuV4ypAlvJzkRN2TNlpYAm2UJRbpBjYrcgwqimQVTWFXIOaGyilIFcaYfEyTLM3iKMqpiKFRM
ClVReCo0h2GZQWlGZJTANMGYpJwvIRC6xUqsC1GQAoJnBMIS5rmUQgUUBGAJsqWczdAEKWWaR2yVQLJCUYQIKksOcybWuCih
zko9LUv9w1xkUFqK3EQEa3kFMkKP0SxVCpwgiUAjISAWyZtwwIsvUsjyIhJ5zoWzwBiS/ONUrAQtoHi9WPdYVRiNzmCcKxIG
kkQLKnI7BkLOBZBWp3m5ONEihZdKMYco0iz1J4XG46IEZinC0BOWkakGg+aSnEJMaeDLYkFU4/h4Gc0ty7F4bzGTcURWD9UY
i+riTGHhrqxIlhToNyqflkmqutRKAWPPuNQMiWWeG6GaqYWr1JiOtEEz3oMnNB0GgbBd78ulp1Dug0KrB+5aY6Fyu5OFdOWm
boxbmoiYakCaut3VWiPBFqq8U6IdBpWtbzWujYixX5PaYWaZXJHaFWOz7mzYan21EfK181Ahu8N6NTM1FErare+w9rlTMV1p
KnUrUsXCN7p8Sa/ZKSCXVjf2+O6/DZND6u6pt9OxpHrVI71mXvqOu75B19H7Gi8N6hxVqr6RPbSZiSsiYczl02fNXjHBrdVG
QwPrctJoaqVknF/PJg1vqJq2N3QbvllXuxtS6epBO5B9lDNnDTmBs24Poum8Ves+rHh+z13whsmq603EmlkzI3qlQupK09Ps
DmxDv+JIGgBVDNqKz7MABh5vXFwRdyUnTmaaKmYyMRmplxYRB1tKVtT2KKQV0w5DuUxchY5RnItoxNCApYRE0Ywo1Bc4lbHQ
DDcsudSBkvOpxImucTWDYl4LSitUYhMm6NeURDApgECNceHyOYBC3ynLcq6oDOuKlmuAL9FSpZEIKUWBuFAKttLKaRFnJC6w
lJbPGFmoZ6IPCNnDBeRUIOPDMsYY5c9gjuAFf0JaiCSKYhQLJbpJunomJmoBy3keEUjjs+RnOEvzYobPlpIuBPlYNMNCjyPA
L7a7RHmRrWJMpmAK1ajUszhfPhaLj1dUoKQOVkIDWQnPITGxTDPE/i46y1LEySJHTC8vrlRIVyWZQ5hi0ceVlAK6xGmZFxJj
D0m6KD9UU1REUaYLyYgw/Dy+OGUcurAkmsjnK0SU6UqKeKlRIlxK5KEouDkXRKnIJ+nSKI4vznMLpFNumIViTVeZYxoRCNNU
bFcsawTkjCl6nvOEShFUchH7eXqs6WIZ9ZK05Yp4RxBq0cohFOvmqDANC9lcizweNquPpfNCSejIQTSKKDYGtF+RJYc41tT2
ApdJUstO1xIxc+/2iaFZzhtOVfErI7dnrsmkXUV63BWF39oMVCTh1qCJu6an1cO6bfavvvfa5ZpxzdHfU7XbV999ub9mhN/e
U62Wq14/rLz1jQ59pVHt2m/W3nXqh5cvVTaHl46eC14cultHPffOdmwaxuUTS16dpyG8dCl/VS9d6c7Ow8qx/OjOfVq55z94
bT4zpXf0tacnVettwfb3viuFLz/m+5e7cBH+7KwGg3lGHhUJI7YFr4vdAtY3k+OJPtnpMxgap30bg7TzYXFWVqWjTNfDb1no
IHOMavU0DE+ObQh4fHzOCsY8NWi4dH7eapsCfQQP/YZ4JbBGMp/J8/ayR50wSvRavYE7olkYwlQo5cFTboDPVolQR10WVjY7
Weg9wVwslQXdaIRZk0zMSiYnwuMNJJLD031LATPFREmeiJFBWIwpE4SYF4kxkaYcCE4qhJJsnypEh0oEIEYOJgTaYGXOwipb
gGNJwVhLiyRCKBbwJ6IF8vIRyjRFSic5KJmsMooAV5KixBACmSAaO1KcJ+eYPStXcVwiAjE5L4qV6GIXWQ3wg1wyVVqeIi5B
c34iAWEIuQgo8RhVOEEnMgX5lIIzoLIyV0QICbnl5zyTygKJffB4KUA2zn8a02xBnk4yGpWwiIscR3mKEkGmTIYZSZWIYCwC
MoFYAYym0QKLo7CkGlAMOZ1Jf5VmaZYvlwsiQcpmFGY4J3ghyBHRkqkpYeIGwakuM5RrQmcRApGA+JwK3AZpuUIFzJfUyETM
gotfOChoxMBSlkR65SxBICtAWcxykU9yaRcweZIoOpPzlSJJmEt5KJuQPaPuZ4K100xABM4lYaacqKJjFrEqarvY5QDSx76x
pih+GjtYGGjJmyAXx1iv2NULdJHVrFpAx/RpWnSmrOl6KJZ4uajyakNTbNaupzW2xnC7vKylu2QRSrtiJUPerrKqH87a1sDc
UMobRlM4Vv0Zajgdf2kJVzeTA6dp1uwG9Aad7z535aB5b8096PZvPn+5q61t9e881x/qVfBa//D+y3v197p7tzfbbUt+/epL
fzq210Y3Guh39tvPB6P6bRk1320Nib15KQQme8+tDkK5crB5M3S8quT5de9Khe1vbZnmje6aWmtcel2pOp0bdvPbRXOvHjB5
mOIb2Kyvdmu+wVlH6ux4FWNQu8ug3iL2y219TZK6wRpLerOhW5S2qF6aM9h6sFlo0FERrXlId4og99VmygT+VWu4lbasTbeH
TFO2CmNceG5HZQuIO37w1FCUpeEb5KSm+EtTVmtKCYfzRVU6y7J4pQS5wtvHMFV6wHVc6tqzwgSuzfVogR54kmuJWqDkJkJq
wK1c1vT8XDBnghEXoz+VGeDSxXzLQjcIlZHuWiookSgbIkcKIFu66H2JOnEAh8UJ4yRLC14CgCM653BGaQrTvARUzz8pxdSU
cGGCJBJJCrnAzClCErdBhGZnAgHxCZjlIBJZIBrOopwDfEbiWJLneSiY6QtYglR58lAtM8xWgoFRnsfanMElE8OKE7DAiSQY
r0SsjEryOHtWiIn+TIxvoSMSk1+karnAk0jEZ5mKNinQDxZkQmApMivDAidRJnhPxBPJp4QlIMQRiObEnnGK8plw41UCIJiJ
3VDkyTOOCElJHmPBqQoCFMREEppmaakqUinEgXOZI0g5SYjI6QRS0cGE42AsSigDF9Yjiy4sslG00kSGOqciJUX9zMQmC9RH
FK0ENng5tUhpTVleVwuhQlM+4zyRiSyXInc4FR3C4SlLFQbSWQE5yeVCotsqDlBLtbjhVLwNndpYQ2ZQl2UZ1txMz7DbNSTJ
qBMBXr4hl1gW61UNNcUjZqXecDclWMn3Q39NEv1pi5dNWjVCu2ZmsaHmuapHtsjAgtkcu1plSxStep3O+6EHqS65Wnv9labi
hW9sssOryr6351eM4ah1vbVbiY+92wYux9PxeNh1u1uxvntl515vw23v1M6fM/vdeq1bmTxzGvFleWtk9Vet85evS7dXx6D5
wk1OpO1ofL25VSrSjVu71eprw31bb975ZoXvty/b2TVkXl5e41VFNU+Pq5LbV/WR/qRd6XTrhRQ3bVkZ1wc7u761jOJuayyr
fo7E/KxXwobt7g/Oh7oROLDSFQ2FrrSqYqQByKLCrLqpnHNdLlzsKsQsk/MpzUOfZThKzULktBt5Mk+OqcFRRggwYEylzKJK
vOAxbfFu6Ykigc1IsW2tFuSPl6VhSoYArUexwhhHS4TNxIOxFOYlNOEMmHIerwRilVQkYO6SnEFVuDhiSSoHCC7FfKtoBcQA
ccmKSbGiM1FTBOuBaY55Lkk8ITGcZekUSYWymENFVXCJEUnybAZXggrEADJAlkuEtEIWQSpkR1SygMsCLXKBo7mcgdWSr1hW
oPkCEVYWEEqoSFefFCkCOSgYFghYCOkWCRWNiAgSFrE+k3IkM6YJHCtACoQICk0uioJB2Mu9MlllXESSgL0EiqhWOEiEqFGp
ZLJgOIrcnHEuYShsBwOAilUKtIuFRSBXCAcUxyiVLsQOTykpjMLKU1KQTITwzEguziMBNXTOqCicWQEnpBDZSpBFRbmLiSMJ
ShcQb5NMbD0hBVIzsVNwRqiUYllLc7G3hUqjWS5RCrBeEVmlmLx0XUOdc+YqmsFsTSHCxVjhGJyIXo8DDBye5difFFqZVjSc
abqJ1wSC82vM4Ipup67c0DTRMWqep1O90l3JVNMqfpKprRD6QxoieGqINK5SX5QSz9W8Rt829ESh+jUm1+V126gVJOx6VbMT
kJdElVPLZr3LeWg2Zq41HBZQHl4z8zuJhnZjQ/5QCd8WvFvbqDT2Bs2b+jZaSs5d+0ptrWqq6MVeQdjqcv+mqFlXcPL86+3t
IpKutNYe9T7WWw08FsAgr6Qby9Y2ZMg3wDaQsGwc7iusT4G0cyNsLTTlVgh3m5cGaZ3Z3raJqtZYIt4gfF93AjNOLhybNKsr
mcMVbdojopSzTr3haLq/f61X5Ev55tiP5G5b7DSfblEZil1UaVTJOGTuOiWronCril5Ks0LPbdYAJ8tHlZqHS5nNf55/fraU
bVcl2Kg95AaBXpKaUoQzKC/ULzSF2cYiVzMNOcpykcswNpg4+oVkClQhzIzDD09yRZO1UljyE+IpRJ3qmM4l0RvVOAUXB0ex
cA6xC4STEpDauYgqBRcX30wuMZDAhBdcYRdXgT2JVTdPY4AJF+MjnjQtVRtJsoxwLP7xhaYuWVZKIpLzOZXAQson8TnkMEnP
BQuJbORyxIX8lnoxVZWJkULqZBwhgOHFdXAzKlY9BWJOz5dPC01akOmDIlqWZcYjsYYXEY24oMm89PIpxLGaMX4hR6jQgh8v
EcPCt8SfeTFDx0sV8PNFMWUoK7FYKYwiQXwi8ESOEV0UxVy2GYGJIG3NymEyxyRFIrhzJhodSo2iFMgNLS6ngGYQCuEhA8oo
l0kqCq4lai+ETAVTjC5+jITwkmIRsJAriArUxjmXWGGKuksvKBXLwr4yIc+cZZlawEIYVMEELua52CGKWHESYkvBpnxxteEq
cLTHOhRu4lA3cXOUK3EEgW6YZmoZZSl6dZ4nljh0ZaHrhWKfSQYJXU3XZCFgT1JpzZk2ggDz6tRTAaxWAku0UVtxJDOuyLls
ljwsDVtfFJW2Hfn9Tb+uBFXV1f0RdGxqISDprnDvA9eqhq5okq4mCLyznVzeIzdYojTJlhUyv3qoWXWo7h7qvW6nVV1/odV/
fnyQOi3rRmtvUFk31syrV3FQWIfDfbVhvKLL713rt8yZfnl8j++WtVG1rBQvbO4utq6Au+0dv924Aja68t16Y7Btjq4fAqU1
kPYrl3a+fvjcQXNzIxvh/nZlazu/s7ncGY6CLy+yweWjRudn1A66TiSZtvV0Y0P2VaPm9NmhxiZRuxi5fvVb9jp1bP0hck5b
wC7UPevhOPCI0I2uqo3YSLAXns6dZdTuYiayB7ukWjcEkhhp225K1rbfPYvrW6oha+5IWcH8ycEmdwkmWQANlVc0yi5+5hes
mAhZ5MI44UEcqSuZJCV3YzFQrrirSAszyZeRvdI/X5GpOMDzWIkZFwHPy9QxJK3koMSUl7I8nSBZpCgUEArzLGfpKuEXv10M
8nIlsORnK5xCMpmvpOKiAgpQoj1JViiLCrGcC2R9CByEdMATiUCEwZLpRSEJVRNCM1IIJc1gzqIkhzJgojWWOSGJQsBKztJE
3OafXixXtFOgL4SRiM3QV+cQaDB/xrCMlCWasUQWCYokREqT8dylkFFAqSroVwx8Lt4xFVlVaEksyhgRrpcYWMsSoXXdyKci
8AsmwlhTIAfCHHIfEcxjwXzQtgHhT1AqngHtjGRAF8ZASSySBmsxoSWUJoRkMC1SORV9rGAKU4S6hDXQc2Ekgn7/vxwVioxM
RYXMBD8yRUj/wtg8jIHok3KiZ1AsUWXMcqWFDrnMTKFECLIYSKZMFK4Srov0NkpGVbbiU2IQg4tGz5kjFxiZBEBVhX0MO7hs
Z0mIt1LLNrTaCCWNsFrxfJPvuC2/KSl1Xy2Lgmz6sh4VIhZE7fEsqwuiwK0ceLLazAfxpyOjozZcY2qM2m5Lh6ybmtYRvj9q
OqyViricvOTay8WQjMyap25tEq+i3dD08mg8zG6P9mt4vTIejbWjy+XWvfG2tuk2rIrIxLBxZbMRmvxLtdXd1rhi3cHXNjuD
w+ffoutbjQ1Va3TLZe3SG/R23dn0kq/Ur6sbRCZ4f6dV8FpyOAIeU7R+rsv+9fh7cXzN3BTH4poTWFbYe07blkb+/PrHUsWr
fpR4mrm/7AbjSEee5vtN4K/cRt6rZUqnTEWpi8JcfQKNNE2bmpXKBNQE42vTDKsL2LCOH9pPJmpnetZ5YqTmUpJbhjNVNdVS
4+KpBRaxPhDi/DmR0k8ePnGYsSgLVH0EHi1xvRaI/6dzQ5qfNmO6tH34RVlGHpfIvDi2GZcdr1BA0XT5IjXPFPnXBEZiCVBX
5wrQKDingnhPqSbN2ZlMF8yC8+m/2AQqWpqJhCIwk+MoQXpfBkp+TJVT/VxjiGhIXVFZldnnkpTRM1OxZfJQRkIdwt6RZSDF
pU5hOkILtJQpDNoEPVaBaqJUKZDGXeYUSlwo9KkEKH9iiHAQf09goVKJcZoVEmFa4lBVqA9cnBsQlekzdU5lObKWkK5slV18
sZ8AfvERisgtMb4KjSQk6erF6QIFtEo4FauTKCkRjUkVsoxUGcsqYTlEGZRKgaacigTkHCJdmjEZSzEzsIRowFjJDRkCKlNO
c1ORsdiFHOtAcUQ7JpIhqBIKXnAwmyuKxHKqp4idU+gQoR5RThWRuZOZI9CbuIYAdeoA4qgWEGai0khR5XzBc0XRE+dxE+ua
ULYla1ipJSUp7ICpuWLPglriMx37mmhsmtMALBNvcupqnNSXWok0hHPNL8OBrnlbzH4ejres8dpoDQ2cGxtKa71D91oHh1rg
NYtAHlS+W13vm7W6OyT1YL2h7vjdsBLau6zpT5u53Az2yBtNa2Ve67XvFv5Y7baq1XBgHVTarS37oEKF6uiye9brd2DUH6w1
1/Fe2AW3X7l+6Z3nvzpaf/vS7dd+NHrjrZde++Hdb2+9cP/e3asvXt99/t71d1564d7wd1/Rul999f7o/vVvv/KNa28e3Hn5
pRdf1I4O7m8558pNOSYrrzN6Ntjg0fUugxO/TuFnl9jeNTocDp7UPvcP4rfh1eWjw+6t1i7dAR1nLTKzrbAEw0gnVZpYi1W9
O+ld0Z13XWluj0dEg+3F+rsoPLKfXI8UlH6fVERWN98yfHJwsxdtTbTJc3ZeSJG+8D9Zw3HqHzyReov1F7UxM3qc6Vbt+u6G
R+rYeNWuTCYG/ifW+WT4ZWI+s1+16Ts5+3T/ExLNI70ifWhNynOy+ek/+4/W5GqinbfzxXIZmvubTPQWds9pxzOn9kB0qe7t
3PjMvTzu7ZD50+ZCUN0p3rr4yGIS43L6NBUdQjphha3kk8xbNZopWGWZvZAeCr60CmgtnawA1lC49nROFpogsghzaKzAh2Wm
zGHCG6qZnmSYS0/EdIn+otAUk4uIx6AlZ1BJiAQyih0jC8VMlxmMhPz1gvwliszy4UX2ojmdyVp2cVKxWDI0wYokRxkHcq3I
HvFIMKwoUTmaEFMvwLS8+OxNW8APKdNJotEPU7bUORMvX6okl2OTKBOVqyWTzGoEOAJcQk4lUfXz1FZKlEWivJSGKgFm5Cp3
1HNUnOrIAYgIhxH3WQYsnFJkGkTNZIKELgjWPQjD88xRGWdKQTPTN1XVaVHLV6u3q1VPbpjLmgZquasXLjNIu8mJgg0NQOba
LJOrJoVWFlNFBusDgBK/tt7upUYZBA1l3MdVSR5KpbxqPb5e/6g9UJftoqzbTbNRfmrXq+FZEGyqiCdAUlRVdmpgfhQM2BWm
r2thQykOaqEbnq3r60jrNS6R4fWKrqiPh56jf7PeY72dlt6f9puu6tX8uudEr7zVunz/2uuXvrm797vV269dufPGq8PXnh/9
+6Pb98bPNe68u7N59cre0f03+vfGv3Pw2sato8N7VxqHr+9cevuNG/cP3z74ve333/8Pf/ijb379/e9/4/0fvv/7//n9b33z
ne+9/K1/8/73vv4nr37/D9//vff/6Ms/eusP3n/3j//VD9//9pf+03/5k2+98c6f/PHNWz/89q0/O/zjocgHfx6dPMnL8Czt
FPFup1QKtXVmnFmXWlsiQNcnlbk1Ol3rqHo2vrRb32bb9X5/J83ON1BZnPzmi/aHeUmyT548mP36Kn9yd/GTyVKRfzl5MENW
zfw8Ib/xZ6ezB39QfpB8Ma7tnhTn0m5Tu/z08dlzyxPwt3/391/6q8eMkf/7i+hX//vrf/f01Z/+02QVRH/+yx+r+sY6+Ie9
x/985fjnH/+Pe/yvP/vNTv8HP/v8eO3e9vje00e/ePP8E/Szn/3s9qfUyqJ//PTTX/7tNz76KProF5wA8Jd/P6lN+Wn8yWD5
dPT5b7/4CQKT6NnYe2X660eN58u908njtCl9cWwvi0MvrK+Mk1X77HM145Wq3jebTz5/0Gs2el1+3gglcK6DidVlHrfR2Kqt
usb0ku1rTLIxlHmu9mUbQp6N+Gm7qIa1vYbp7BgPjEYlqCrQDXU319s42O4pksCh+pAMWWtgS9tSvVz1I0g2OqxmwlqtDkE3
sQOpHiQ08COprgVjuWk41C6YKem7+5WZ0hiYoh7hYac6D5x2vgzmjn1ot1PRtc06rZkqNgwlYEpc4UL53gj27bbd0omUhduB
HYRDVOmwsOUNGrrVqCoE6ZXBVq9p+cEBQ9XNuqN1gBqQFm05QcgP9i5thG3WhRWm9q7sOqRdvRwcFt1iTfehJARHzpXK3mG7
3qb11224PhlujMc715u1zQ2tadns9u3mYOfIbdVouKbf3qu2/Jc39oa11t3x6HbBWlte9zJrD6yGs2FutxW1iXcted273LG6
7bMtMk4667wxHhqua/jt6stbodG/fL/vtVute7qaWNWxdbVaosDcqV+y616/1qyOq4+/NArZwNrku3CttXbX7r++Ux952q3h
5r3b225w+/rtzn7w9rf7HV7vr9VN65XDwbvvfOt7Gz+sbd4cet9554Uvf+nNrf23/2D0tY0ra/vff/Vr//GNGz+6sfHd7Te+
/WdX37j1p7//g8Fbu+//16+8vv7KW9+8fOm5d50XX7xz97X1V1/51ubl19768uFXfvf+xrvvvPnVay999fD6O4fvvPL2d9/7
xkt3vnvra+/98Pranbe/+datm2+98ep+/aXD/Zvutf8HUEsDBC0AAAAIAAAAIQC1a3ka//////////8SABQAanVkZ2VfdzFf
c2NhbGUubnB5AQAQAIABAAAAAAAATwEAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2airqOgnpZfVFKUmBefX5SSChJ3
S8wpTgWKF2ckFqQC+RqGOgpmJpo6CrUK5AKu8v+qNvkmQTbvd/nZvF/EbGP1SsBGh9HeJrBGziZhfobNw3md1m8PKtkc3J9o
kx/FbtPq3mETelDXxuolv01ItqPN+rbT1l6SKjYXdc1tZr7nsdn7PdRmqYy5zf3tkjbODqXWrpssbfrOCtm0n7K16ck3tFHQ
FbM5VKVm42PHZFO5TdDm2W97m9wJ8jZHA0ttfv9zsIm0FbD5cELBZv9FdZs5BjY2ajbNNtM9PGy2XuC3yap6YT27OM2mZD+/
zbFNOjbzs/RskkJYbKZKZtkUHTOx6TdOsXn4S8Hmkv9/ayNuHhuWFUY2kYlCNvvkAm34dmy1vr9V30ZZy8bGlN/HJudsqk1L
/CdrAFBLAwQtAAAACAAAACEApHDDif//////////DAAUAGp1ZGdlX2IxLm5weQEAEACAAQAAAAAAAE8BAAAAAAAAm+wX6hsQ
ychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaZiY6mjoKtQrkA64jrPPt/I8m2NVs
u2U399ERu86poXYLux3sq6v/2oXZ8Nov3Mu4Lyos1i7T1cr+0sduO62Um3bJfC/sWmUP2+0W7LLj8l5ktzbc2j7xzWS7pP87
7Thm/t171Y/LvlHUxp7pXrbde60Q+wQ/IbvOHFl7GeN+e8vCrbvMZyrZ33J1sd+8ht3WO/2j3YFVdva8ig728Ru47K/65NtL
THKx358uZn+8dqnd1GdJ9gt++Ni7dUy0ezWb017xHJP9rkR5+zcR0nYFORr2026l28cEcdjL+K+3K78uYT//KLu9lV+4HYPA
BbtLzlvtSvdNsytpmmYnvYnDjmmBiP2uB0z28Tcv2hm9MbLf4bzLDgBQSwMELQAAAAgAAAAhAHtALT3//////////w4AFABq
dWRnZV93Ml9xLm5weQEAEAAAAQAAAAAAAMoAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgXpNpqK6joJ6WX1RSlJgXn1+U
kgoSd0vMKU4FihdnJBakAvkaZiY6CkaaOgq1CuQCruypfpuil8Yv9NgRsSJgg88Wq2N+m+IXOu+tb/Td7LXNf6PLnqxpCQsC
1yfOj1kSskbrWvhKs1M2RyKXZ01z3Z0yJ3+i9dGUORErEufHL/TbFLw2dHXu5PSZ2VOd91a2g2ST5oHM8tnivdVrW/pM383p
MwPXp82SfRy6uqjP7lD8wsD1AFBLAwQtAAAACAAAACEA8lnOcf//////////EgAUAGp1ZGdlX3cyX3NjYWxlLm5weQEAEACI
AAAAAAAAAE0AAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvka
hjoKRpo6CrUKZAOuFW93Wy8FYgBQSwMELQAAAAgAAAAhAH0OSQr//////////wwAFABqdWRnZV9iMi5ucHkBABAAiAAAAAAA
AABMAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqKuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GkY6mjoK
tQoUAK5kTp0DKZw6DgBQSwMELQAAAAgAAAAhACU6Nt3//////////w8AFABqdWRnZV9zY2FsZS5ucHkBABAAiAAAAAAAAABK
AAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAEu
BgaGBO0KPgcAUEsDBC0AAAAIAAAAIQCsDT8n//////////8PABQAdGVtcGVyYXR1cmUubnB5AQAQAIgAAAAAAAAASwAAAAAA
AACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBri9/lR7s
Xv/BHgBQSwMELQAAAAgAAAAhAISL9WX//////////xAAFAByZWZ1c2VfYWJvdmUubnB5AQAQAIgAAAAAAAAASQAAAAAAAACb
7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBLgYguP3koz0A
UEsDBC0AAAAIAAAAIQDy6OJb//////////8IABQAc3VyZS5ucHkBABAAiAAAAAAAAABHAAAAAAAAAJvsF+obEMnIUMZQrZ6S
WpxcpG6loG6TZqGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAGuNDB4Zg8AUEsDBC0AAAAIAAAAIQDi
A3OJ//////////8RABQAdGVzdF9hY2N1cmFjeS5ucHkBABAAiAAAAAAAAABKAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6l
oG6TZqGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAGuwFvSNYlG7+0BUEsDBC0AAAAIAAAAIQCksZ+q
//////////8VABQAcGVuX3dyaXRlcnNfZmlyc3QubnB5AQAQAIgAAAAAAAAARgAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRu
paBuk2mhrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBLkYGCAAAUEsDBC0AAAAIAAAAIQAjkgQP////
//////8UABQAcGVuX3dyaXRlcnNfbGFzdC5ucHkBABAAiAAAAAAAAABGAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6T
aaGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5Gpo6CrUKFAEuOQYIAABQSwECLQMtAAAACAAAACEAg/EGe4sAAAAs
AQAACwAAAAAAAAAAAAAAgAEAAAAAcmVhZGluZy5ucHlQSwECLQMtAAAACAAAACEAG+NLX0kbAAAgHwAACAAAAAAAAAAAAAAA
gAHIAAAAdzFfcS5ucHlQSwECLQMtAAAACAAAACEA5PhFNHEAAACoAAAADAAAAAAAAAAAAAAAgAFLHAAAdzFfc2NhbGUubnB5
UEsBAi0DLQAAAAgAAAAhAK8VJSRvAAAAqAAAAAYAAAAAAAAAAAAAAIAB+hwAAGIxLm5weVBLAQItAy0AAAAIAAAAIQCcngY9
sgAAAOQAAAAIAAAAAAAAAAAAAACAAaEdAAB3Ml9xLm5weVBLAQItAy0AAAAIAAAAIQD3uk4BcQAAAKgAAAAMAAAAAAAAAAAA
AACAAY0eAAB3Ml9zY2FsZS5ucHlQSwECLQMtAAAACAAAACEAKOFK428AAACoAAAABgAAAAAAAAAAAAAAgAE8HwAAYjIubnB5
UEsBAi0DLQAAAAgAAAAhAKGhqk3OdwEAgLkBAA4AAAAAAAAAAAAAAIAB4x8AAGp1ZGdlX3cxX3EubnB5UEsBAi0DLQAAAAgA
AAAhALVreRpPAQAAgAEAABIAAAAAAAAAAAAAAIAB8ZcBAGp1ZGdlX3cxX3NjYWxlLm5weVBLAQItAy0AAAAIAAAAIQCkcMOJ
TwEAAIABAAAMAAAAAAAAAAAAAACAAYSZAQBqdWRnZV9iMS5ucHlQSwECLQMtAAAACAAAACEAe0AtPcoAAAAAAQAADgAAAAAA
AAAAAAAAgAERmwEAanVkZ2VfdzJfcS5ucHlQSwECLQMtAAAACAAAACEA8lnOcU0AAACIAAAAEgAAAAAAAAAAAAAAgAEbnAEA
anVkZ2VfdzJfc2NhbGUubnB5UEsBAi0DLQAAAAgAAAAhAH0OSQpMAAAAiAAAAAwAAAAAAAAAAAAAAIABrJwBAGp1ZGdlX2Iy
Lm5weVBLAQItAy0AAAAIAAAAIQAlOjbdSgAAAIgAAAAPAAAAAAAAAAAAAACAATadAQBqdWRnZV9zY2FsZS5ucHlQSwECLQMt
AAAACAAAACEArA0/J0sAAACIAAAADwAAAAAAAAAAAAAAgAHBnQEAdGVtcGVyYXR1cmUubnB5UEsBAi0DLQAAAAgAAAAhAISL
9WVJAAAAiAAAABAAAAAAAAAAAAAAAIABTZ4BAHJlZnVzZV9hYm92ZS5ucHlQSwECLQMtAAAACAAAACEA8ujiW0cAAACIAAAA
CAAAAAAAAAAAAAAAgAHYngEAc3VyZS5ucHlQSwECLQMtAAAACAAAACEA4gNziUoAAACIAAAAEQAAAAAAAAAAAAAAgAFZnwEA
dGVzdF9hY2N1cmFjeS5ucHlQSwECLQMtAAAACAAAACEApLGfqkYAAACIAAAAFQAAAAAAAAAAAAAAgAHmnwEAcGVuX3dyaXRl
cnNfZmlyc3QubnB5UEsBAi0DLQAAAAgAAAAhACOSBA9GAAAAiAAAABQAAAAAAAAAAAAAAIABc6ABAHBlbl93cml0ZXJzX2xh
c3QubnB5UEsFBgAAAAAUABQAnwQAAP+gAQAAAA==
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
