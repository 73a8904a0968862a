"""Make the README's example files (samples/), pictures (docs/*.png) and figures from digits.py as it is.

    python docs/make.py samples     the example images: MNIST test digits, a made-up photo, a held-out doodle
    python docs/make.py pictures    the pictures of the pen digits, the non-digits and an explanation
    python docs/make.py window      crops of the window (a display at 96 dpi, 1600 pixels wide or more,
                                    and ImageMagick's import)
    python docs/make.py figures     --eval's figures pasted into docs/evaluation.md and the README
                                    (about three minutes: it trains a 128-unit network too)

Run from the project's folder. Everything is seeded: the same digits.py makes the same files."""

import contextlib
import io
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))
import digits  # noqa: E402

SAMPLES, DOCS = HERE / 'samples', HERE / 'docs'


def pen_digit(pen, writer, label, nth=0):
    """The strokes of the nth digit `label` that pen writer `writer` wrote."""
    return pen.strokes[np.flatnonzero((pen.writers == writer) & (pen.labels == label))[nth]]


def on_canvas(strokes, seed=0, width=digits.CANVAS_WIDTH):
    """Strokes drawn as the window's canvas draws them -> a PIL picture."""
    return digits.canvas_drawings([strokes], np.random.default_rng(seed), width=width)[0]


def scanned(image, scale=4):
    """An MNIST digit (28x28, light ink on black) as a scan of it: dark ink on white, 4 times larger."""
    return Image.fromarray(255 - image).resize((28 * scale, 28 * scale), Image.BICUBIC)


def make_samples():
    """samples/: real handwriting that the shipped weights never learnt from (MNIST test digits,
    scanned; a held-out Quick, Draw! doodle), and a made-up photo of paper."""
    SAMPLES.mkdir(exist_ok=True)
    images, _ = digits.load_mnist(digits.DATA_DIR, 'test')
    scanned(images[0]).save(SAMPLES / 'seven.png')                  # the test set's first digit
    scanned(images[707]).save(SAMPLES / 'four-or-nine.png')         # its first 4 read "4 or 9"
    gap, pieces = np.full((112, 20), 255, np.uint8), []
    for k in (1, 3, 35, 11):                                          # its first 2, 0, 2 and 6, side by side
        digit = np.asarray(scanned(images[k]))
        columns = np.flatnonzero((digit < 128).any(axis=0))
        pieces += [digit[:, columns[0]:columns[-1] + 1], gap]
    number = np.hstack([gap] + pieces)
    Image.fromarray(number).save(SAMPLES / 'number-2026.png')
    photo = digits.photographed([scanned(images[15])], np.random.default_rng(6), sizes=((1024, 768),))[0]
    photo = digits.open_image(photo)
    photo.convert('RGB').save(SAMPLES / 'made-up-photo-of-a-5.jpg', quality=85)
    doodles = next(s for s in digits.load_non_digits(digits.NON_DIGIT_DIR) if s.name.startswith('Quick'))
    held = np.flatnonzero(doodles.held)
    on_canvas(doodles.strokes[held[3]]).save(SAMPLES / 'not-a-digit.png')


# --- The window, as a person sees it: crops of the part each paragraph of the README speaks of.

def window_pictures():
    """Crops of the window in the states the README shows (a display at 96 dpi, 1600 pixels wide
    or more, and ImageMagick's `import`)."""
    digits.load_tk()
    root = digits.tk.Tk(className='digits')
    weights = digits.load_weights(None)
    args = digits.build_parser().parse_args([])
    sources, settings = digits.sources_from(args), digits.settings_from(args)
    app = digits.DrawingApp(root, digits.NetworkReader(weights.reader, weights.judge), opened=weights.name,
                            meta=weights.meta, lab=digits.Lab(sources, settings), defaults=settings)
    root.title('digits')
    settle(root)
    pen = digits.load_pen_digits(digits.PEN_DIR)
    draw(app, [pen_digit(pen, 26, 7)])
    shot(root, 'window-reading.png', app.drawing.frame, app.bars.frame)
    draw(app, [pen.strokes[1554]])
    shot(root, 'verdict-unsure.png', app.verdict.frame, app.bars.frame)
    star = [np.array([[50, 0], [80, 100], [0, 35], [100, 35], [20, 100], [50, 0]], float)]
    draw(app, [star])
    shot(root, 'verdict-not-a-digit.png', app.verdict.frame, app.bars.frame)
    draw(app, [pen_digit(pen, 29, d, n) for d, n in ((2, 0), (0, 0), (2, 1), (6, 0))])
    app.point_at(1)
    settle(root)
    shot(root, 'verdict-number.png', app.drawing.frame, app.verdict.frame, app.bars.frame, most_width=860)
    for changes in ({}, {'learn_from': 'mnist,stand-ins'}, {'hidden': '32'}):
        train(app, changes)
    app.choose(1)
    app.tabs.select(app.learning.frame)
    settle(root)
    shot(root, 'learning.png', app.tabs)
    app.tabs.select(app.runs.frame)
    settle(root)
    shot(root, 'runs.png', app.tabs)
    app.choose(0)
    draw(app, [pen.strokes[1554]])
    app.teaching.tell(4)
    app.choose_unit(6)
    settle(root)
    shot(root, 'step.png', app.tabs)
    shot(root, 'units.png', app.units_view.tiles[0][0].master, most_width=850, pad=1)
    root.destroy()


def settle(root, seconds=0.3):
    """Let the window draw itself."""
    end = time.time() + seconds
    while time.time() < end:
        root.update()
        time.sleep(0.02)


def draw(app, drawings, height=230):
    """Clear the canvas and draw each drawing (a list of strokes) with the mouse, side by side."""
    app.drawing.clear()
    canvas, px = app.drawing.canvas, app.screen.px
    sizes = [np.ptp(np.vstack(d), axis=0) for d in drawings]
    scale = min(height / max(s[1] for s in sizes), (digits.CANVAS_WIDTH - 40) / (sum(s[0] for s in sizes) * 1.3 + 1))
    x = (digits.CANVAS_WIDTH - sum(s[0] for s in sizes) * scale * 1.3) / 2
    for drawing, size in zip(drawings, sizes):
        low = np.vstack(drawing).min(axis=0)
        for stroke in drawing:
            points = [(px(x + (p[0] - low[0]) * scale), px(50 + (p[1] - low[1]) * scale)) for p in stroke]
            canvas.event_generate('<ButtonPress-1>', x=points[0][0], y=points[0][1])
            for p in points[1:]:
                canvas.event_generate('<B1-Motion>', x=p[0], y=p[1])
            canvas.event_generate('<ButtonRelease-1>', x=points[-1][0], y=points[-1][1])
        x += size[0] * scale * 1.3
    canvas.event_generate('<Motion>', x=px(5000), y=px(5000))
    app.drawing.pointer_x = None
    app.refresh()
    settle(app.root)


def train(app, changes):
    """A run with the Learning tab's settings changed so, to its end."""
    form = app.learning.form
    form.texts['hidden'].set(changes.get('hidden', '10'))
    for key, var in form.sources.items():
        var.set(key in changes.get('learn_from', ','.join(digits.LEARN_FROM)).split(','))
    form.check()
    app.learning.start_training()
    while app.learning.job is not None:
        settle(app.root, 0.1)


def shot(root, name, *widgets, most_width=None, pad=6):
    """A screenshot of the box around these widgets, saved as docs/name; its left part only, if
    wider than most_width (the README shows a picture at most about 880 pixels wide)."""
    settle(root)
    screen = DOCS / 'screen.png'
    subprocess.run(['import', '-window', 'root', str(screen)], check=True)
    with Image.open(screen) as whole:
        left = min(w.winfo_rootx() for w in widgets)
        top = min(w.winfo_rooty() for w in widgets)
        right = max(w.winfo_rootx() + w.winfo_width() for w in widgets)
        bottom = max(w.winfo_rooty() + w.winfo_height() for w in widgets)
        box = (root.winfo_rootx(), root.winfo_rooty(), root.winfo_rootx() + root.winfo_width(),
                       root.winfo_rooty() + root.winfo_height())
        crop = (max(left - pad, box[0]), max(top - pad, box[1]), min(right + pad, box[2]), min(bottom + pad, box[3]))
        if most_width:
            crop = (crop[0], crop[1], min(crop[2], crop[0] + most_width), crop[3])
        whole.convert('RGB').crop(crop).save(DOCS / name, optimize=True)
    screen.unlink()



# --- Pictures of the reading: the pen digits and the real non-digits as the network sees them.

def sheet(rows, title, tile=84, gap=18):
    """rows: lists of (pictures, caption, framed): each item's pictures (PIL images) side by side on a
    light grey card, its caption under it, a red frame if framed; items well apart -> one picture."""
    font = digits.picture_font()
    width = max(sum(len(p) * (tile + 4) + 8 + gap for p, _, _ in row) for row in rows) + gap
    line = digits.text_box(font, 'Ag')[1] + 3
    wide = lambda caption, card: digits.text_box(font, caption)[0] + 8 * caption.count(' ') > card
    lines = [1 + any(wide(c, len(p) * (tile + 4) + 4) for p, c, _ in row) for row in rows]   # a caption too wide: two lines
    tops = np.cumsum([40] + [tile + 26 + line * n for n in lines])
    picture = Image.new('RGB', (width, int(tops[-1])), 'white')
    draw = ImageDraw.Draw(picture)
    digits.write(draw, (gap, 12), title, fill='black', font=font)
    for r, row in enumerate(rows):
        x, y = gap, int(tops[r])
        for pictures, caption, framed in row:
            card = len(pictures) * (tile + 4) + 4
            if wide(caption, card):
                caption = caption.replace(': ', ':\n', 1)
            draw.rectangle([x, y, x + card, y + tile + 8], fill='#eeeef1', outline='#d9382f' if framed else '#eeeef1',
                           width=3)
            for k, p in enumerate(pictures):
                picture.paste(p.convert('RGB').resize((tile, tile), Image.NEAREST if p.width <= 28 else Image.BILINEAR),
                              (x + 4 + k * (tile + 4), y + 4))
            digits.write(draw, (x + 4, y + tile + 12), caption, fill='#444444', font=font)
            x += card + gap
    return picture


def as_seen(x):
    """A network input (784,) -> a PIL picture of it, ink white on black as the window shows it."""
    return Image.fromarray(np.uint8(np.round(255 * x.reshape(28, 28))))


def pictures():
    """docs/pen-digits.png, docs/non-digits.png, docs/explanation.png and docs/reliability.png."""
    weights = digits.load_weights(None)
    pen = digits.load_pen_digits(digits.PEN_DIR)
    rows = []
    for writer in (26, 28, 30):
        drawn = [on_canvas(pen_digit(pen, writer, d), seed=d) for d in range(10)]
        x, _ = digits.read_images(drawn)
        rows.append([([square(d), as_seen(x[k])], f'writer {writer}: {k}', False) for k, d in enumerate(drawn[:5])])
        rows.append([([square(d), as_seen(x[k])], f'writer {writer}: {k}', False) for k, d in enumerate(drawn) if k >= 5])
    sheet(rows, 'Pen digits of three of the 30 writers, as the window\'s canvas draws them, '
                'and as the network sees each (28x28)').save(DOCS / 'pen-digits.png', optimize=True)
    rows = []
    for found in digits.load_non_digits(digits.NON_DIGIT_DIR):
        held = np.flatnonzero(found.held)[:40:8]
        pictures_ = digits.held_pictures(found._replace(held=np.isin(np.arange(len(found.held)), held)),
                                         np.random.default_rng(0))
        readings = digits.read_pictures(weights.reader, weights.judge, pictures_)[1]
        x, _ = digits.read_images(pictures_)
        rows.append([([square(p), as_seen(x[k])], SHORT[found.name] + ': ' + digits.words(v),
                      v.kind != digits.REFUSED_KIND) for k, (p, (v, _)) in enumerate(zip(pictures_, readings))])
    sheet(rows, 'Held-out real non-digits: each drawn on the canvas, and as the judge sees it; '
                'framed in red: read as a digit all the same').save(DOCS / 'non-digits.png', optimize=True)
    digits.main(['--predict', str(SAMPLES / 'four-or-nine.png'), '--explain', str(DOCS / 'explanation.png'),
                 '--answer', '4'])


SHORT = {'Omniglot characters': 'Omniglot', 'Quick, Draw! doodles': 'Quick Draw', 'Detypify symbols': 'Detypify',
         'SSE capital letters': 'SSE letters'}


def square(picture):
    """A picture cropped to a square around its ink, with a margin."""
    ink = np.asarray(picture.convert('L')) < 128
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not rows.size:
        return picture
    cy, cx = (rows[0] + rows[-1]) / 2, (cols[0] + cols[-1]) / 2
    half, m = max(rows[-1] - rows[0], cols[-1] - cols[0]) * 0.6 + 4, 400      # on white paper all round
    paper = Image.new('L', (picture.width + 2 * m, picture.height + 2 * m), 255)
    paper.paste(picture.convert('L'), (m, m))
    return paper.crop((int(cx - half) + m, int(cy - half) + m, int(cx + half) + m, int(cy + half) + m))



# --- Figures: what --eval prints, pasted whole where the documents show it.

def paste(path, name, text):
    """Put text between the lines <!-- name --> and <!-- /name --> of the file at path."""
    old = path.read_text(encoding='utf-8')
    start = old.index(f'<!-- {name} -->\n') + len(f'<!-- {name} -->\n')
    end = old.index(f'<!-- /{name} -->', start)
    path.write_text(old[:start] + text.strip('\n') + '\n' + old[end:], encoding='utf-8')


def printed(*argv):
    """What digits.py prints, run with these arguments in the project's folder."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = digits.main([str(a) for a in argv])
    assert code == 0, argv
    return out.getvalue()


def verdict_table(markdown):
    """The verdicts' table of --eval --markdown's output: its lines from the header to the last row."""
    lines = markdown.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith('| set | digits |'))
    end = next(k for k in range(start, len(lines)) if not lines[k].startswith('|'))
    return '\n'.join(lines[start:end])


def figures():
    """docs/evaluation.md's --eval blocks, and the README's table of verdicts."""
    import os
    import shutil
    os.chdir(HERE)
    shipped = printed('--eval', '--markdown', '--reliability', 'docs/reliability.png')
    shipped = ''.join(line for line in shipped.splitlines(True) if not line.startswith('reliability diagram in'))
    paste(DOCS / 'evaluation.md', 'eval shipped', shipped)
    paste(HERE / 'README.md', 'eval verdicts', verdict_table(shipped))
    wide = HERE / 'wide.npz'
    try:
        shutil.copy(HERE / 'weights.npz', wide)
        printed('--train', '--hidden', 128, '--weights', 'wide.npz')
        paste(DOCS / 'evaluation.md', 'eval wide', printed('--eval', '--markdown', '--weights', 'wide.npz'))
    finally:
        wide.unlink(missing_ok=True)


if __name__ == '__main__':
    what = sys.argv[1:] or ['samples', 'pictures']
    if 'samples' in what:
        make_samples()
    if 'pictures' in what:
        pictures()
    if 'window' in what:
        window_pictures()
    if 'figures' in what:
        figures()
