# Hot functions call each other directly once compiled; deeper than the direct-call depth the calls go
# through a nested run of the loop. Checked here: results, tracebacks and handlers across the boundary,
# recursion limits, frames seen from inside, __init__ results, tracing switched on mid-call, and builtin
# type calls (int(x), range(n), type(x) ...), which skip type.__call__.
import sys


def add(a, b):
    return a + b


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)


def catch_at(n, k):
    # a handler k frames above the raise
    if k == 0:
        try:
            return boom(n)
        except ValueError as e:
            tb = e.__traceback__
            count = 0
            while tb is not None:
                count += 1
                tb = tb.tb_next
            return count
    return catch_at(n, k - 1)


t = 0
for i in range(3000):
    t = add(t, i)
print(t)
for n in (5, 39, 40, 41, 79, 80, 81, 300):
    print(n, depth(n), catch_at(n, 3), catch_at(3, n))

sys.setrecursionlimit(120)
for attempt in range(3):
    try:
        depth(500)
    except RecursionError as e:
        print("RecursionError", e)
sys.setrecursionlimit(1000)


def who():
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 4:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def middle():
    return who()


for i in range(2000):
    r = middle()
print(r)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Bad:
    def __init__(self):
        return 1


s = 0
for i in range(2000):
    s += Point(i, -i).norm1()
print(s)
errors = 0
for i in range(1500):
    try:
        Bad()
    except TypeError as e:
        errors += 1
        msg = str(e)
print(errors, msg)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("leaf", "branch"):
        events.append((event, frame.f_code.co_name))
    return tracer


def leaf(x):
    return x * 2


def branch(i):
    if i == 1500:
        sys.settrace(tracer)
    v = leaf(i)
    if i == 1501:
        sys.settrace(None)
    return v


for i in range(1600):
    branch(i)
print(events)


def gen_with_cell(n):
    def inner():
        return n
    for i in range(n):
        yield inner() + i


for i in range(1200):
    g = list(gen_with_cell(3))
print(g)

out = []
for i in range(1200):
    out = [int(2.5), int("7"), float(3), str(4), tuple("ab"), type(i).__name__, bool([]),
           list(range(3)), list(zip((1, 2), "xy")), list(enumerate("ab", 1)), frozenset({1}) == {1}]
print(out)
for bad in (lambda: int("z"), lambda: range(), lambda: type(1, 2), lambda: object(1), lambda: int(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Meta(type):
    def __call__(cls, *args):
        return ("Meta.__call__", args)


class WithMeta(metaclass=Meta):
    pass


class MyInt(int):
    def __init__(self, v):
        self.note = "init ran"


print(WithMeta(1, 2), MyInt(5).note, MyInt(5) + 1)
