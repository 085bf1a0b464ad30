# The traceback module locates each frame's instruction from tb_lasti in co_positions() (CPython's
# layout), so its carets match the interpreter's own
import os
import traceback

def inner(d):
    return d["a"]["b"] + 1

def outer():
    data = {"a": {"c": 1}}
    return inner(data)

def show(text):
    for line in text.splitlines():
        if line.lstrip().startswith("File "):
            path = line.split('"')[1]
            line = line.replace(path, os.path.basename(path))
        print(line)

try:
    outer()
except KeyError:
    show(traceback.format_exc())

try:
    [1, 2, 3][len("abcd") * 2]
except IndexError as e:
    show("".join(traceback.format_exception(e)))

summary = traceback.extract_stack()[-1]
print(summary.name, summary.lineno, summary.colno, summary.end_colno, summary.line)
