"""bench_digits: how fast digits.py is on the machine at hand, measured in one run.

    python bench_digits.py            the full benchmark (about 4 minutes on 2 cores)
    python bench_digits.py --quick    a small version that runs in seconds (the tests run it)
    python bench_digits.py --sizes    train each hidden size; time, MNIST and re-drawn accuracy
    python bench_digits.py --teach    how much ten drawings of each digit teach it a new hand

The window's figures need a display (DISPLAY, or a virtual one: Xvfb); without one they are skipped.

Every figure is measured here, now: times against a reference run in the same process (the seed's
recipe, bare Python start-up, the machine's own copy bandwidth), so the ratios mean the same on a
fast machine and a slow one. NumPy, Pillow and the standard library only.
"""

import argparse
import contextlib
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

import digits

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / 'digits.py'


def best_of(function, repeat):
    """The shortest wall time of `repeat` calls of function(), in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def run_script(*args):
    """Run digits.py in a fresh Python -> (wall seconds, completed process)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f'bench: digits.py {" ".join(map(str, args))} failed: {done.stderr.strip()}')
    return elapsed, done


def run_watched(*args):
    """run_script, watching the process's peak memory (Linux /proc VmHWM; elsewhere None) ->
    (wall seconds, completed process, peak MB). ru_maxrss would also count the pages of this
    process, which the child starts as a copy of."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(SCRIPT), *map(str, args)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    peaks = []

    def watch():                                          # while this thread reads its output
        while child.poll() is None:
            with contextlib.suppress(OSError, AttributeError):   # not Linux, or it has just ended
                text = Path(f'/proc/{child.pid}/status').read_text()
                peaks.append(int(re.search(r'VmHWM:\s+(\d+)', text).group(1)) / 1024)
            time.sleep(0.02)
    watcher = threading.Thread(target=watch)
    watcher.start()
    out, err = child.communicate()
    watcher.join()
    elapsed = time.perf_counter() - start
    if child.returncode:
        raise SystemExit(f'bench: digits.py {" ".join(map(str, args))} failed: {err.strip()}')
    return elapsed, subprocess.CompletedProcess(child.args, 0, out, err), max(peaks, default=None)


class Table:
    """Rows of (what, measured, target, verdict), printed as they come."""

    def __init__(self):
        self.rows, self.failed = [], []
        print(f'{"what":<58} {"measured":>22}  target')

    def add(self, what, measured, target='', ok=None):
        verdict = '' if ok is None else ('  ok' if ok else '  MISSED')
        if ok is False:
            self.failed.append(what)
        print(f'{what:<58} {measured:>22}  {target}{verdict}', flush=True)


# --------------------------------------------------------------------------------------------------
# The reference for preparing MNIST: normalise() as it was before it worked on stacks (issue 13),
# kept here verbatim so that its time is measured in the same run as today's.

def old_stroke_width(images):
    dx = images[:, :-1, 1:] - images[:, :-1, :-1]
    dy = images[:, 1:, :-1] - images[:, :-1, :-1]
    outline = np.sqrt(dx * dx + dy * dy).sum(axis=(1, 2))
    return 2 * images.sum(axis=(1, 2)) / np.maximum(outline, 1e-6)


def old_grow_or_thin(images, steps):
    out = images.copy()
    for grow, pick in ((True, np.flatnonzero(steps > 0)), (False, np.flatnonzero(steps < 0))):
        if pick.size == 0:
            continue
        image = images[pick]
        changed = image.copy()
        extreme = np.maximum if grow else np.minimum
        for ahead, behind in (((slice(None), slice(1, None)), (slice(None), slice(None, -1))),
                              ((slice(None), slice(None, -1)), (slice(None), slice(1, None))),
                              ((slice(None), slice(None), slice(1, None)), (slice(None), slice(None), slice(None, -1))),
                              ((slice(None), slice(None), slice(None, -1)), (slice(None), slice(None), slice(1, None)))):
            extreme(changed[ahead], image[behind], out=changed[ahead])
        if not grow:
            changed[:, 0] = changed[:, -1] = changed[:, :, 0] = changed[:, :, -1] = 0
        changed -= image
        changed *= np.abs(steps[pick])[:, None, None]
        changed += image
        out[pick] = changed
    return out


def old_set_stroke_width(images, width=digits.STROKE_WIDTH):
    original = images
    for _ in range(2):
        steps = np.clip((width - old_stroke_width(images)) / 2, -1, 1).astype(np.float32)
        off = np.flatnonzero(np.abs(steps) > 0.1)
        if off.size == 0:
            break
        changed = old_grow_or_thin(images[off], steps[off])
        changed /= np.maximum(changed.max(axis=(1, 2), keepdims=True), 1e-6)
        images = images.copy() if images is original else images
        images[off] = changed
    return images


def old_resample(images, rows, cols):
    n, h, w = images.shape
    out_rows = rows.shape[1]
    tall = np.zeros((n, h + 2, w), np.float32)
    tall[:, 1:-1] = images
    r = np.clip(rows, -1, h) + np.float32(1)
    r0 = r.astype(np.int32)
    np.minimum(r0, h, out=r0)
    which = np.arange(n, dtype=np.int32)[:, None]
    upper, lower = tall[which, r0], tall[which, r0 + 1]
    lower -= upper
    lower *= (r - r0)[:, :, None]
    lower += upper
    wide = np.zeros((n, out_rows, w + 2), np.float32)
    wide[:, :, 1:-1] = lower
    c = np.clip(cols, -1, w) + np.float32(1)
    c0 = c.astype(np.int32)
    np.minimum(c0, w, out=c0)
    c -= c0
    c0 += (np.arange(n * out_rows, dtype=np.int32) * (w + 2)).reshape(n, out_rows, 1)
    flat = wide.reshape(-1)
    left = flat[c0]
    c0 += 1
    right = flat[c0]
    right -= left
    right *= c
    right += left
    return right


def old_deskew(images):
    grid = np.arange(28, dtype=np.float32)
    mass = np.maximum(images.sum(axis=(1, 2)), 1e-6)
    row_ink, col_ink = images.sum(axis=2), images.sum(axis=1)
    cy, cx = row_ink @ grid / mass, col_ink @ grid / mass
    var_y = np.maximum(row_ink @ (grid * grid) / mass - cy * cy, 1e-3)
    var_x = col_ink @ (grid * grid) / mass - cx * cx
    cov_xy = (images @ grid) @ grid / mass - cy * cx
    slant = (cov_xy / var_y)[:, None]
    zoom = np.clip(np.sqrt(var_y) / digits.SPREAD, 1 / 1.6, 1 / 0.6)
    width = np.sqrt(np.maximum(var_x - cov_xy * slant[:, 0], 1e-3))
    zoom_x = np.where(width > digits.WIDEST * np.sqrt(var_y),
                      np.maximum(zoom, np.clip(width / (digits.WIDEST * digits.SPREAD), 1 / 1.6, 2.5)), zoom)
    out_r = (grid - 14) * zoom[:, None]
    out_c = (grid - 14) * zoom_x[:, None, None]
    return old_resample(images, cy[:, None] + out_r, (cx[:, None] + slant * out_r)[:, :, None] + out_c)


def old_normalise(images):
    def work(start, stop):
        batch = images[start:stop] / np.float32(255)
        return old_deskew(old_set_stroke_width(batch)).reshape(stop - start, 784)
    return digits.in_chunks(work, len(images), chunk=1024)


# --------------------------------------------------------------------------------------------------
# The measurements, in the order of the table

def bench_loading(table, quick):
    def load():
        digits.load_mnist(digits.DATA_DIR, 'train')
        digits.load_mnist(digits.DATA_DIR, 'test')
    seconds = best_of(load, 2 if quick else 5)
    table.add('1. load the four MNIST files', f'{seconds:.3f} s', '< 0.4 s', seconds < 0.4)
    # The bound: zlib's decompression of the files alone, which no parsing can avoid.
    packed = [(digits.DATA_DIR / name).read_bytes() for name in sorted(os.listdir(digits.DATA_DIR)) if name.endswith('.gz')]
    bound = best_of(lambda: [zlib.decompress(data, 31) for data in packed], 2 if quick else 5)
    table.add('   ... their decompression alone (the bound)', f'{bound:.3f} s, loading {seconds / bound:.1f}x it')
    return seconds


def epoch_seconds(hidden, x, labels, epochs, varied=None):
    """Seconds per epoch of training (no validation) for a 784-hidden-10 network, batched as its recipe says."""
    rng = np.random.default_rng(0)
    network = digits.Network.random(hidden, rng, x[:1000])
    recipe = digits.WIDE_RECIPE if hidden > digits.WIDE else digits.SMALL_RECIPE
    start = time.perf_counter()
    digits.train(network, x, labels, epochs, recipe['lr'], recipe['batch'], rng, vary=varied)
    return (time.perf_counter() - start) / epochs


def epoch_parts(hidden, x, labels):
    """One epoch of the wide recipe, part by part: seconds making the varied images (the second
    epoch's, as train() makes them, into the arrays of the first), in the forward passes, the
    backward passes (gradients() less its own forward pass), and Adam's updates."""
    rng = np.random.default_rng(0)
    network = digits.Network.random(hidden, rng, x[:1000])
    step, batch, vary = digits.Adam(network).step, digits.WIDE_RECIPE['batch'], digits.variation()
    vary(x, rng)
    start = time.perf_counter()
    varied = vary(x, rng)
    vary, forward, backward, update = time.perf_counter() - start, 0.0, 0.0, 0.0
    order = rng.permutation(len(x))
    for i in range(0, len(x), batch):
        pick = order[i:i + batch]
        inputs = np.take(varied, pick, axis=0)
        t0 = time.perf_counter()
        network.forward(inputs)
        t1 = time.perf_counter()
        network.gradients(inputs, labels[pick])
        t2 = time.perf_counter()
        step(digits.WIDE_RECIPE['lr'])
        t3 = time.perf_counter()
        forward, backward, update = forward + t1 - t0, backward + (t2 - t1) - (t1 - t0), update + t3 - t2
    return vary, forward, backward, update


def time_to_accuracy(x, labels, held_x, held_labels, goals, epochs):
    """Training seconds (validation time left out) until validation first reaches each goal."""
    rng = np.random.default_rng(0)
    network = digits.Network.random(digits.DEFAULT_HIDDEN, rng, x[:1000])
    reached, spent, start = {}, [0.0], time.perf_counter()

    def report(progress):
        if progress.done < 1:                         # validation is measured at the end of epochs
            return
        pause = time.perf_counter()
        val = digits.accuracy(network, held_x, held_labels)
        for goal in goals:
            if val >= goal and goal not in reached:
                reached[goal] = pause - start - spent[0]
        spent[0] += time.perf_counter() - pause
    recipe = digits.SMALL_RECIPE
    digits.train(network, x, labels, epochs, recipe['lr'], recipe['batch'], rng, report=report)
    return reached


def bench_training(table, quick, tmp):
    images, labels = digits.load_mnist(digits.DATA_DIR, 'train')
    test_images = digits.load_mnist(digits.DATA_DIR, 'test')[0]
    every = np.concatenate([images, test_images])
    repeat = 1 if quick else 3
    prepared, before = best_of(lambda: digits.normalise(every), repeat), best_of(lambda: old_normalise(every), repeat)
    table.add('2. prepare the 70,000 MNIST images (stroke width, deskew)', f'{prepared:.2f} s, {prepared / before:.2f}x '
              f'of {before:.2f}', '<= 0.25x before', prepared <= 0.25 * before)
    fit, held = digits.validation_split(len(images))
    x_fit, y_fit = digits.normalise(images[fit]), labels[fit].astype(np.intp)
    x_held, y_held = digits.normalise(images[held]), labels[held].astype(np.intp)
    small = epoch_seconds(10, x_fit, y_fit, 2 if quick else 5)
    table.add('   one epoch, 784-10-10 (55,000 images)', f'{small * 1000:.0f} ms')
    wide = epoch_seconds(128, x_fit, y_fit, 1 if quick else 3)
    table.add('   one epoch, 784-128-10 (batches of 256)', f'{wide * 1000:.0f} ms')
    parts = epoch_parts(128, x_fit, y_fit)
    table.add('   one epoch, 784-128-10 on varied images (its recipe)', f'{sum(parts) * 1000:.0f} ms')
    table.add('   ... varying / forward / backward / update', ' / '.join(f'{p * 1000:.0f}' for p in parts) + ' ms')
    reached = time_to_accuracy(x_fit, y_fit, x_held, y_held, (0.90, 0.95), 2 if quick else 15)
    for goal in (0.90, 0.95):
        seconds = reached.get(goal)
        table.add(f'   784-10-10 training until validation >= {goal:.0%}',
                  f'{seconds:.2f} s' if seconds is not None else 'not reached')
    if quick:
        return None, None, small, prepared / before, None, None
    runs, learnt = {}, {}
    for hidden in (digits.DEFAULT_HIDDEN, 128):
        seconds, done, peak = run_watched('--train', '--hidden', hidden, '--weights', tmp / f'bench-{hidden}.npz')
        accuracy = float(done.stdout.split('test accuracy: ')[1].split('%')[0]) / 100
        runs[hidden] = seconds, accuracy
        if hidden == digits.DEFAULT_HIDDEN:
            table.add('   whole default --train (fresh process)', f'{seconds:.2f} s, {accuracy:.2%}', '>= 96%',
                      accuracy >= 0.96)
        else:
            ratio = seconds / runs[digits.DEFAULT_HIDDEN][0]
            table.add('   whole --train --hidden 128 (fresh process)', f'{seconds:.1f} s, {accuracy:.2%}', '>= 98.9%',
                      accuracy >= 0.989)
            table.add('   ... against the default --train', f'{ratio:.1f}x', '<= 4x', ratio <= 4)
        # --train says where its time went: load, prepare (the images read as pictures are, the
        # stand-ins), learn, calibrate, test and save; each with its share of the whole.
        phases = dict(part.rsplit(' ', 1) for part in done.stdout.rsplit(' s: ', 1)[1].rstrip(')\n').split(', '))
        whole = sum(float(v) for v in phases.values())
        table.add('   ... of which', ' / '.join(f'{k} {v} ({float(v) / whole:.0%})' for k, v in phases.items()) + ' s')
        learnt[hidden] = float(phases['learn'])
        table.add('   ... peak memory', f'{peak:.0f} MB' if peak else 'not measured here')
    return runs[digits.DEFAULT_HIDDEN][0], runs[digits.DEFAULT_HIDDEN][1], small, prepared / before, ratio, \
        learnt[digits.DEFAULT_HIDDEN]


def bench_parts(table, quick):
    """Where a default --train's time goes, part by part: the calls learn_network makes, each timed
    in this process, with its share of the whole."""
    parts, clock = {}, [time.perf_counter()]

    def lap(name):
        now = time.perf_counter()
        parts[name], clock[0] = now - clock[0], now
    images, labels = digits.load_mnist(digits.DATA_DIR, 'train')
    lap('load MNIST\'s training images')
    pen = digits.load_pen_digits(digits.PEN_DIR)
    lap('load the pen digits (parse the text)')
    rng, (fit, held) = np.random.default_rng(0), digits.validation_split(len(images))
    x, held_x = digits.normalise(images[fit]), digits.normalise(images[held])
    lap(f'read the {len(images):,} MNIST images as pictures are read')
    made = digits.digit_stand_ins(images[fit][:digits.STAND_INS_LEARNT], rng)[0]
    lap(f'make {len(made):,} MNIST stand-ins')
    forms = digits.drawn_pen_digits(pen.strokes, rng)
    lap(f'draw the {len(forms):,} pen digits as the canvas draws them')
    pen_made = digits.digit_stand_ins(forms, rng)[0]
    lap(f'make {len(pen_made):,} pen stand-ins')
    read = digits.normalise(np.concatenate([made, forms, pen_made]))
    lap('read the stand-ins and pen digits as pictures are read')
    train_x = np.concatenate([x, read])                 # (prepare_run reads them into one array)
    clock[0] = time.perf_counter()
    train_y = np.concatenate([labels[fit], labels[fit][:len(made)], pen.labels, pen.labels]).astype(np.intp)
    held_y = labels[held].astype(np.intp)
    network, s = digits.Network.random(10, rng, train_x[:1000]), digits.default_settings()
    epochs = 1 if quick else s.epochs
    digits.train(network, train_x, train_y, epochs, s.lr, s.batch, rng, validation=(held_x, held_y),
                 report=lambda p: None)
    lap(f'learn: {epochs} epoch{"s" * (epochs != 1)} of {len(train_x):,} inputs, validation after each')
    inputs, truth, plain = digits.held_out_digits(images[held], held_x, held_y, rng)
    temperature = digits.fit_temperature(network.hidden_and_scores(inputs)[1], truth)
    judge = digits.kept_judge().judge._replace(temperature=temperature)
    digits.not_digit(judge, inputs[plain])
    lap('calibrate: stand-ins, temperature, judge')
    test_images, test_labels = digits.load_mnist(digits.DATA_DIR, 'test')
    digits.accuracy(network, digits.normalise(test_images), test_labels)
    lap('test: the 10,000 test images read')
    whole = sum(parts.values())
    table.add(f'2b. a default --train, part by part ({whole:.1f} s in all)', '')
    for name, seconds in parts.items():
        table.add(f'   {name}', f'{seconds:.2f} s, {seconds / whole:.0%}')


def seed_recipe(iterations):
    """The seed's recipe: 784-10-10, full-batch gradient descent, lr 0.1, weights uniform in
    [-0.5, 0.5), inputs in [0, 1], all 60,000 images -> (wall seconds, test accuracy)."""
    start = time.perf_counter()
    images, labels = digits.load_mnist(digits.DATA_DIR, 'train')
    x = images.reshape(-1, 784).T / 255.0                       # (784, m), float64 as the seed had it
    m = x.shape[1]
    rng = np.random.default_rng(0)
    w1, b1 = rng.random((10, 784)) - 0.5, rng.random((10, 1)) - 0.5
    w2, b2 = rng.random((10, 10)) - 0.5, rng.random((10, 1)) - 0.5
    onehot = np.zeros((10, m))
    onehot[labels, np.arange(m)] = 1
    for _ in range(iterations):
        z1 = w1 @ x + b1
        a1 = np.maximum(z1, 0)
        z2 = w2 @ a1 + b2
        e = np.exp(z2 - z2.max(axis=0))
        dz2 = e / e.sum(axis=0) - onehot
        dz1 = (w2.T @ dz2) * (z1 > 0)
        w2 -= 0.1 * dz2 @ a1.T / m
        b2 -= 0.1 * dz2.sum(axis=1, keepdims=True) / m
        w1 -= 0.1 * dz1 @ x.T / m
        b1 -= 0.1 * dz1.sum(axis=1, keepdims=True) / m
    seconds = time.perf_counter() - start
    test_images, test_labels = digits.load_mnist(digits.DATA_DIR, 'test')
    hidden = np.maximum(w1 @ (test_images.reshape(-1, 784).T / 255.0) + b1, 0)
    return seconds, float(np.mean((w2 @ hidden + b2).argmax(axis=0) == test_labels))


def bench_reference(table, quick, train_seconds):
    iterations = 20 if quick else 500
    seconds, accuracy = seed_recipe(iterations)
    table.add(f'3. the seed\'s recipe ({iterations} full-batch iterations)', f'{seconds:.1f} s, {accuracy:.2%}')
    if train_seconds is None:
        return None
    ratio = seconds / train_seconds
    table.add('   default --train is faster than the recipe by', f'{ratio:.1f}x', '>= 18x', ratio >= 18)
    return ratio


def bench_reading(table, quick, tmp):
    count = 100 if quick else 1000
    test_images, _ = digits.load_mnist(digits.DATA_DIR, 'test')
    folder = tmp / 'drawings'
    folder.mkdir()
    rng = np.random.default_rng(0)
    for i, canvas in enumerate(digits.redrawn_digits(test_images[:count], rng)):
        canvas.save(folder / f'{i:04}.png')
    seconds, done = run_script('--predict', folder)
    assert len(done.stdout.splitlines()) == count
    table.add(f'4. --predict on a folder of {count} 280x280 PNGs', f'{count / seconds:.0f} images/s')
    reader, judge, _, _ = digits.load_weights(None)
    read = digits.NetworkReader(reader, judge)
    canvases = digits.redrawn_digits(test_images[:50], rng, side=digits.CANVAS_SIDE)
    times = []
    for k in range(100 if quick else 600):
        start = time.perf_counter()
        read(canvases[k % len(canvases)])
        times.append(time.perf_counter() - start)
    median, p99 = np.median(times) * 1000, np.percentile(times, 99) * 1000
    table.add('   window update: read the drawing, its verdict', f'{median:.2f} ms (p99 {p99:.2f})',
              'median < 5 ms', median < 5)
    # What the verdict costs beyond the reading: the judge and the calibration, against one bare
    # forward pass of the reader, both on the same one input.
    x, found = digits.read_images(canvases[:1])
    repeat = 300 if quick else 3000
    bare = best_of(lambda: [reader.forward(x) for _ in range(repeat)], 3) / repeat
    verdict = best_of(lambda: [digits.verdicts(judge, reader.hidden_and_scores(x)[1], x, found) for _ in range(repeat)], 3) / repeat
    table.add('   one verdict against one bare forward pass', f'{verdict * 1e6:.0f} / {bare * 1e6:.0f} us '
              f'= {verdict / bare:.1f}x')
    # One step of learning on the drawing, as the window works it out when told the answer.
    step = best_of(lambda: [digits.one_step(reader, x[0], 3, digits.STEP_RATE) for _ in range(repeat // 10)], 3)
    table.add('   one step of learning on a drawing (one_step)', f'{step / (repeat // 10) * 1e6:.0f} us', '< 5 ms',
              step / (repeat // 10) < 0.005)
    return median


def bench_window(table, quick, tmp):
    """The window: the longest the event loop waits between two turns while a fresh network trains
    in it, and what the live explanation costs each time the drawing is read again."""
    if digits.display_problem():
        table.add('6. window: not measured', digits.display_problem())
        return None
    tk = digits.load_tk()
    try:
        root = tk.Tk()
    except tk.TclError as e:
        table.add('6. window: not measured', f'no display ({e})')
        return None
    reader, judge, _, _ = digits.load_weights(None)
    argv = ['--weights', str(tmp / 'window-weights.npz'), '--learn-from', 'mnist,pen,stand-ins'] + (['--epochs', '2'] if quick else [])
    args = digits.build_parser().parse_args(argv)
    app = digits.DrawingApp(root, digits.NetworkReader(reader, judge), lab=digits.Lab(digits.sources_from(args),
                            digits.settings_from(args)), defaults=digits.settings_from(args))
    root.update()
    # The same run from the terminal first, in this process: --train --pen-writers 1-25.
    terminal = digits.build_parser().parse_args(argv + ['--pen-writers', '1-25', '--weights', str(tmp / 'terminal.npz')])
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        digits.learn_weights(digits.settings_from(terminal), digits.sources_from(terminal), report=None,
                              say=lambda text: None, new_judge=terminal.judge)
    by_terminal = time.perf_counter() - start
    turns = []

    def tick():                                   # one turn of the event loop: note it, ask for the next
        turns.append(time.perf_counter())
        root.after(1, tick)
    app.drawing.canvas.event_generate('<ButtonPress-1>', x=app.screen.px(120), y=app.screen.px(80))
    for x, y in ((220, 80), (150, 280)):
        app.drawing.canvas.event_generate('<B1-Motion>', x=app.screen.px(x), y=app.screen.px(y))
    app.drawing.canvas.event_generate('<ButtonRelease-1>', x=app.screen.px(150), y=app.screen.px(280))
    start = time.perf_counter()
    app.learning.start_training()
    tick()
    while app.learning.job is not None:
        root.update()
        time.sleep(0.001)
    in_window = time.perf_counter() - start
    gaps = np.diff(turns)
    table.add('6. window: longest wait between event-loop turns', f'{gaps.max() * 1000:.0f} ms '
              f'(median {np.median(gaps) * 1000:.1f})', '< 100 ms', gaps.max() < 0.1)
    table.add('   ... while a fresh network trained in it', f'{turns[-1] - turns[0]:.1f} s, {len(gaps)} turns')
    ratio = in_window / by_terminal
    table.add('   a default run in the window / the same --train', f'{in_window:.1f} s / {by_terminal:.1f} s = '
              f'{ratio:.2f}x', '<= 1.2x', ratio <= 1.2)
    start = time.perf_counter()                   # the same again: the window kept its data
    app.learning.start_training()
    while app.learning.job is not None:
        root.update()
        time.sleep(0.001)
    again = time.perf_counter() - start
    table.add('   a second run on the same data / the first', f'{again:.1f} s / {in_window:.1f} s = '
              f'{again / in_window:.2f}x')
    # A 128-unit run, its images varied anew each epoch: the longest wait over two epochs, then
    # stopped: how long until the window is free again.
    form = app.learning.form
    form.texts['hidden'].set('128')
    root.update()
    app.learning.start_training()
    while not app.learning.curve['loss']:
        root.update()
        time.sleep(0.001)
    turns[:] = []                                 # tick() goes on turning
    while len(app.learning.curve['validation']) < 2 and app.learning.job is not None:
        root.update()
        time.sleep(0.001)
    wide_gap = np.diff(turns).max()
    table.add('   ... the longest wait in two epochs of a 128-unit run', f'{wide_gap * 1000:.0f} ms', '< 100 ms',
              wide_gap < 0.1)
    start = time.perf_counter()
    app.learning.stop()
    while app.learning.job is not None:
        root.update()
        time.sleep(0.001)
    stopped = time.perf_counter() - start
    table.add('   ... stopped then (it keeps 2 epochs, calibrated): until free', f'{stopped * 1000:.0f} ms', '< 1 s',
              stopped < 1)
    form.texts['hidden'].set('10')
    app.choose(0)
    app.refresh()
    x = app.reading.form.reshape(-1)
    repeat = 200 if quick else 2000
    explanation = best_of(lambda: [digits.explain(reader, x) for _ in range(repeat)], 3) / repeat
    refresh = best_of(app.refresh, 20)
    table.add('   live explanation per update (explain())', f'{explanation * 1000:.2f} ms', '< 5 ms', explanation < 0.005)
    table.add('   whole window refresh: read, verdict, explanation, drawing', f'{refresh * 1000:.1f} ms')
    root.destroy()
    return gaps.max()


def side_by_side(images, gap, zoom=4):
    """MNIST digits (n, 28, 28) -> a picture of them written as one number, `gap` x 20 px apart."""
    parts = []
    for image in images:
        cols = np.flatnonzero(image.any(axis=0))
        parts += [image[:, cols[0]:cols[-1] + 1], np.zeros((28, max(0, int(gap * 20))), np.uint8)]
    pixels = np.pad(np.hstack(parts[:-1]), ((8, 8), (10, 10)))
    return Image.fromarray(255 - pixels).resize((pixels.shape[1] * zoom, pixels.shape[0] * zoom), Image.BILINEAR)


def bench_wild(table, quick, tmp):
    """Reading in the wild: a phone photo against decoding it, the memory a 4000x3000 one takes,
    and a 4-digit number against one digit on a picture of the same size."""
    reader, judge, _, _ = digits.load_weights(None)
    test_images, _ = digits.load_mnist(digits.DATA_DIR, 'test')
    rng = np.random.default_rng(0)
    drawing = digits.redrawn_digits(test_images[:1], rng)[0]
    drawing = drawing if np.asarray(drawing).mean() > 128 else Image.eval(drawing, lambda v: 255 - v)
    for size in ((2000, 1500), (4000, 3000)):
        photo, = digits.photographed([drawing], rng, sizes=(size,))
        (tmp / f'photo-{size[0]}.jpg').write_bytes(photo.getvalue())
    path = tmp / 'photo-2000.jpg'

    def decode():
        with Image.open(path) as image:
            image.load()
    read = lambda: digits.read_pictures(reader, judge, [digits.open_image(path)])
    repeat = 3 if quick else 10
    decoding, reading = best_of(decode, repeat), best_of(read, repeat)
    table.add('7. a 2000x1500 JPEG photo: read / decoded at full size', f'{reading * 1000:.0f} / '
              f'{decoding * 1000:.0f} ms = {reading / decoding:.2f}x', '<= 2x', reading <= 2 * decoding)
    # The peak of a fresh process (Linux keeps it in /proc as VmHWM; ru_maxrss would count the
    # pages of this process it was forked from), with and without reading the photo.
    measure = ('import re, resource, sys, digits; reader, judge, _, _ = digits.load_weights(None); '
               'digits.read_pictures(reader, judge, [digits.open_image(sys.argv[1])]) '
               'if sys.argv[1] else None; status = open("/proc/self/status").read() '
               'if sys.platform.startswith("linux") else ""; found = re.search(r"VmHWM:\\s+(\\d+)", status); '
               'print(found.group(1) if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss '
               '// (1024 if sys.platform == "darwin" else 1))')            # kB; macOS gives bytes
    peak, bare = (int(subprocess.run([sys.executable, '-c', measure, arg], capture_output=True, text=True,
                                     cwd=HERE, check=True).stdout) / 1024 for arg in (str(tmp / 'photo-4000.jpg'), ''))
    table.add('   a 4000x3000 JPEG photo: peak memory reading it', f'{peak:.0f} MB (before: {bare:.0f})',
              '<= 200 MB', peak <= 200)
    # A number of four digits against one digit alone on a picture of the same size: the number's
    # split, and its reading of every group that may be a digit, cost what they cost.
    repeat = 20 if quick else 100
    ratios = []
    for gap, name in ((0.4, 'apart'), (0.0, 'touching')):
        pick = rng.choice(len(test_images), 4, replace=False)
        number = side_by_side(test_images[pick], gap)
        single = Image.new('L', number.size, 255)
        single.paste(side_by_side(test_images[pick[:1]], 0), ((number.width - 112) // 2, 0))
        times = [best_of(lambda: digits.read_pictures(reader, judge, [picture]), repeat)
                 for picture in (number, single)]
        ratios.append(times[0] / times[1])
        table.add(f'   a 4-digit number ({name}) / one digit, {number.width}x{number.height}',
                  f'{times[0] * 1000:.1f} / {times[1] * 1000:.1f} ms = {ratios[-1]:.1f}x',
                  *(('<= 5x', ratios[-1] <= 5) if gap else ()))
    return reading / decoding, ratios[0]


def bench_startup(table, quick, tmp):
    one = tmp / 'one.png'
    test_images, _ = digits.load_mnist(digits.DATA_DIR, 'test')
    digits.redrawn_digits(test_images[:1], np.random.default_rng(0))[0].save(one)
    ours, bare = [], []
    for _ in range(3 if quick else 11):                        # alternate, so load drifts hit both
        ours.append(run_script('--predict', one)[0])
        start = time.perf_counter()
        subprocess.run([sys.executable, '-c', 'import numpy, PIL.Image'], check=True)
        bare.append(time.perf_counter() - start)
    ratio = statistics.median(ours) / statistics.median(bare)
    table.add('5. start-up: --predict one.png vs import numpy, PIL.Image',
              f'{statistics.median(ours) * 1000:.0f} / {statistics.median(bare) * 1000:.0f} ms', '', None)
    table.add('   ratio', f'{ratio:.2f}x', '<= 1.5x', ratio <= 1.5)
    return ratio


def bench_bandwidth(table, quick, epoch, learn=None):
    size = (16 if quick else 64) * 2 ** 20                     # float32 values: 64 or 256 MB
    source, target = np.ones(size, np.float32), np.empty(size, np.float32)
    seconds = best_of(lambda: np.copyto(target, source), 3 if quick else 5)
    bandwidth = 2 * source.nbytes / seconds                      # bytes read plus bytes written
    # An epoch must at least read every training input once, as float32.
    must_move = 55000 * digits.PIXELS * 4
    bound = must_move / bandwidth
    ratio = epoch / bound
    table.add('8. copy bandwidth of this machine', f'{bandwidth / 1e9:.1f} GB/s')
    table.add(f'   784-10-10 epoch bound ({must_move / 1e6:.0f} MB to read)', f'{bound * 1000:.1f} ms')
    table.add('   measured epoch over that bound', f'{ratio:.1f}x', 'within 3x', ratio <= 3)
    if learn:                                                    # the default --train's learning, all of it
        inputs = 55000 + digits.STAND_INS_LEARNT + 2 * len(digits.load_pen_digits(digits.PEN_DIR).labels)
        whole = digits.SMALL_RECIPE['epochs'] * inputs * digits.PIXELS * 4 / bandwidth
        table.add(f'   default --train\'s learning: {digits.SMALL_RECIPE["epochs"]} epochs of {inputs} inputs',
                  f'{learn:.1f} s, {learn / whole:.1f}x its bound ({whole:.2f} s)')
    # Where the rest goes: the two matrix products every step must make, timed alone.
    x = np.random.default_rng(0).random((55000, digits.PIXELS), dtype=np.float32)
    w1, d_hidden = np.ones((digits.PIXELS, 10), np.float32), np.ones((128, 10), np.float32)

    def products():
        for start in range(0, len(x), 128):
            batch = x[start:start + 128]
            batch @ w1                                           # forward: (128, 784) @ (784, 10)
            batch.T @ d_hidden[:len(batch)]                      # backward: (784, 128) @ (128, 10)
    floor = best_of(products, 2 if quick else 5)
    table.add('   its two matrix products alone (NumPy\'s BLAS)', f'{floor * 1000:.0f} ms, {floor / bound:.1f}x the bound')
    table.add('   measured epoch over those products', f'{epoch / floor:.1f}x')
    return ratio


# --------------------------------------------------------------------------------------------------
# Hidden sizes: the README's table

def bench_sizes(sizes, tmp):
    sets = ['MNIST test', *digits.STAND_INS]
    print(f'{"hidden":>6}  {"recipe":<40} {"training":>9}' + ''.join(f'  {s:>17}' for s in sets)
          + '  (first answer right, refusals counted as wrong)')
    for hidden in sizes:
        weights = tmp / f'w{hidden}.npz'
        seconds, done = run_script('--train', '--hidden', hidden, '--weights', weights)
        said = next(line for line in done.stdout.splitlines() if line.startswith('training 784-'))
        recipe = said.split('(')[1].split(', seed')[0].replace(', varied images', '') + (
            ', varied' if 'varied images' in said else '')
        _, evaluated = run_script('--eval', '--weights', weights)
        right = {}
        for line in evaluated.stdout.splitlines():
            for name in sorted(sets, key=len, reverse=True):        # 'stretched one way' before 'stretched'
                if line.startswith(name + ' ') and name not in right:
                    right[name] = line[len(name):].split()[1]
                    break
        print(f'{hidden:>6}  {recipe:<40} {seconds:>8.0f}s' + ''.join(f'  {right[s]:>17}' for s in sets), flush=True)


# --------------------------------------------------------------------------------------------------
# Teaching: a hand the network reads poorly, ten drawings of each digit, before and after

WRITERS = {   # consistent personal styles that survive deskewing; the shipped network misreads them
    'wide and turned': {'turn': 0.5, 'wide': 1.6},
    'curling slant': {'curl': 1.2},
}


def writer_digits(images, style, rng, side=280):
    """MNIST digits (n, 28, 28) re-drawn on a canvas as one person with a steady style would."""
    canvases = []
    for points in digits.skeleton_points(images):
        p = points - points.mean(axis=0)
        height = np.ptp(p[:, 1]) + 1e-6
        down = p[:, 1] / height                                   # -0.5 at the top .. 0.5 at the bottom
        p[:, 0] += style.get('curl', 0) * height * (down + 0.5) ** 2
        p[:, 0] *= style.get('wide', 1)
        a = style.get('turn', 0)
        p = p @ np.array([[np.cos(a), np.sin(a)], [-np.sin(a), np.cos(a)]])
        size, pen = rng.uniform(0.45, 0.75) * side, 12 * rng.uniform(0.8, 1.2)
        p = p * (size - pen) / (np.ptp(p, axis=0).max() + 1e-6) + side / 2 + rng.uniform(-20, 20, 2)
        canvases.append(digits.pen_drawing(points, p, side, pen))
    return canvases


def bench_teaching(tmp):
    """For each writer: the shipped network on 500 of their drawings, then after --train with
    ten of their drawings of each digit in my_digits/, then after the window's "learn now"."""
    network, judge, _, _ = digits.load_weights(None)
    images, labels = digits.load_mnist(digits.DATA_DIR, 'test')
    print(f'{"writer":<16} {"shipped":>8} {"--train with mine":>18} {"MNIST":>7} {"learn now":>10} {"MNIST validation":>17}')
    for name, style in WRITERS.items():
        rng = np.random.default_rng(1)
        others, _ = digits.read_images(writer_digits(images[:500], style, rng))
        teach = np.concatenate([np.flatnonzero(labels[500:] == d)[:10] + 500 for d in range(10)])
        mine = tmp / name.replace(' ', '-')
        for digit, canvas in zip(labels[teach], writer_digits(images[teach], style, rng)):
            digits.save_drawing(canvas, int(digit), mine)
        score = lambda net: float(np.mean(net.predict(others).argmax(axis=1) == labels[:500]))
        weights = tmp / f'{mine.name}.npz'
        with contextlib.redirect_stdout(io.StringIO()):
            digits.main(['--train', '--mine', str(mine), '--weights', str(weights)])
        trained, _, meta = digits.load_weights(weights)[:3]
        args = digits.build_parser().parse_args(['--mine', str(mine)])
        run, _ = digits.Lab(digits.sources_from(args), digits.settings_from(args)).learn(
            network, judge, {}, lambda: False, lambda text: None)
        print(f'{name:<16} {score(network):>8.1%} {score(trained):>18.1%} {meta["test_accuracy"]:>7.2%} '
              f'{score(run.network):>10.1%} {run.figures["validation"]:>7.2%}', flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description='Measure how fast digits.py is on this machine.')
    parser.add_argument('--quick', action='store_true', help='a small version that runs in seconds')
    parser.add_argument('--sizes', type=int, nargs='*', metavar='H',
                        help='instead: train these hidden sizes (default 10 32 64 128 256) and tabulate')
    parser.add_argument('--teach', action='store_true',
                        help='instead: before and after teaching it two hands it reads poorly')
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix='bench-digits-') as tmp:
        tmp = Path(tmp)
        if args.teach:
            bench_teaching(tmp)
            return 0
        if args.sizes is not None:
            bench_sizes(args.sizes or [10, 32, 64, 128, 256], tmp)
            return 0
        print(f'bench_digits on {os.cpu_count()} cores, Python {sys.version.split()[0]}, NumPy {np.__version__}'
              + (' (quick: smaller and fewer runs, targets not meaningful)' if args.quick else ''))
        start = time.perf_counter()
        table = Table()
        load = bench_loading(table, args.quick)
        train_seconds, train_accuracy, epoch, prepare, wide, learn = bench_training(table, args.quick, tmp)
        bench_parts(table, args.quick)
        speedup = bench_reference(table, args.quick, train_seconds)
        update = bench_reading(table, args.quick, tmp)
        startup = bench_startup(table, args.quick, tmp)
        gap = bench_window(table, args.quick, tmp)
        photo, number = bench_wild(table, args.quick, tmp)
        bound = bench_bandwidth(table, args.quick, epoch, learn)
        total = time.perf_counter() - start
        against = f'{speedup:.1f}x the recipe, ' if speedup else ''
        print(f'summary: load {load:.2f} s, prepare {prepare:.2f}x before, default --train '
              + (f'{train_seconds:.1f} s ({against}{train_accuracy:.2%}), --hidden 128 {wide:.1f}x that, '
                 if train_seconds else '')
              + f'epoch {bound:.1f}x its memory bound, window update {update:.1f} ms, start-up {startup:.2f}x, '
              + f'photo {photo:.2f}x its decoding, 4-digit number {number:.1f}x one digit, '
              + (f'longest wait while training in the window {gap * 1000:.0f} ms; ' if gap is not None else '')
              + (f'{len(table.failed)} target(s) missed' if table.failed else 'all targets met')
              + f' ({total:.0f} s)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
