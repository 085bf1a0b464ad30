# sys.settrace 'line' events through multi-line inlined comprehensions: the comprehension runs in the
# function's frame, and its exit after the loop is no new line (CPython's line starts).
import sys

def run(fn, *args):
    lines = []
    first = fn.__code__.co_firstlineno
    def tr(frame, event, arg):
        if frame.f_code is fn.__code__:
            lines.append(f"{event[0]}{frame.f_lineno - first}")
        return tr
    sys.settrace(tr)
    try:
        fn(*args)
    except Exception as e:
        lines.append(type(e).__name__)
    sys.settrace(None)
    print(fn.__name__, " ".join(lines))

def one_line(v):
    return [x for x in v]

def multi(v):
    r = [x * 2
         for x in v
         if x]
    return r

def dict_multi(v):
    d = {
        k: k + 1
        for k in v
    }
    return d

def nested(v):
    return [[a, b]
            for a in v
            for b in v]

def in_loop(v):
    out = []
    for i in v:
        out.append([j
                    for j in range(i)])
    return out

def raises(v):
    return [1 // x
            for x in v]

def set_then_stmt(v):
    s = {x for x in v}
    t = len(s)
    return t

def fast_path(v):
    return [y
            for x in v
            for y in [x + 1]]

def walrus(v):
    r = [(t := x)
         for x in v]
    return t

run(multi, [0, 1, 2])
run(dict_multi, [1, 2])
run(nested, [1, 2])
run(in_loop, [1, 2])
run(fast_path, [1, 2])
run(walrus, [3, 4])
