"""Sizes of digits.py: lines before the embedded weights and in the window section, the longest
functions and classes (data tables aside), and what is over the limits. Run: python .ci/sizes.py"""
import ast
import sys
from pathlib import Path

FUNCTION_MOST, CLASS_MOST, LINES_MOST, WINDOW_MOST = 60, 160, 5000, 1250
source = Path(__file__).resolve().parent.parent / 'digits.py'
text = source.read_text(encoding='utf-8')
marker = '# Embedded weights'
before = text[:text.index(marker)].count('\n') if marker in text else text.count('\n')
window_start, window_end = text.index('# Drawing window'), text.index('# Command line')
window = text[window_start:window_end].count('\n')


def length(node):
    """Lines a definition takes, its decorators included."""
    start = min([node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', [])])
    return node.end_lineno - start + 1


tree = ast.parse(text)
functions, classes = [], []
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        functions.append((length(node), node.name, node.lineno))
    elif isinstance(node, ast.ClassDef):
        classes.append((length(node), node.name, node.lineno))
functions.sort(reverse=True)
classes.sort(reverse=True)
long_functions = [f for f in functions if f[0] > FUNCTION_MOST]
long_classes = [c for c in classes if c[0] > CLASS_MOST]
print(f'lines before the embedded weights: {before} (at most {LINES_MOST}); in the window section: {window} '
      f'(at most {WINDOW_MOST})')
print(f'functions: {len(functions)}, longest: ' + ', '.join(f'{n} {k} (line {at})' for k, n, at in functions[:5]))
print(f'classes: {len(classes)}, longest: ' + ', '.join(f'{n} {k} (line {at})' for k, n, at in classes[:5]))
print(f'functions over {FUNCTION_MOST} lines: {len(long_functions)}; classes over {CLASS_MOST}: {len(long_classes)}')
sys.exit(0 if before <= LINES_MOST and window <= WINDOW_MOST and not long_functions and not long_classes else 1)
