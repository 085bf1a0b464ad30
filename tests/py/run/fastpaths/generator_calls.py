# Generator functions called from Python code build the generator without running its frame; yield from
# and for loops resume it. Checked here: frames before the first resume, cells and free variables made by
# the prologue, delegation results, throw/close through yield from, and errors raised inside.
import sys


def plain(n):
    for i in range(n):
        yield i


def with_cell(x):
    def get():
        return x
    yield get
    x += 1
    yield get


def outer_closure(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen


g = plain(3)
print(type(g).__name__, g.gi_running, g.gi_suspended, g.gi_frame.f_lineno, g.gi_frame.f_lasti >= 0)
print(sorted(g.gi_frame.f_locals.items()))
print(list(g), g.gi_frame)

g = with_cell(10)
f1 = next(g)
print(f1())
f2 = next(g)
print(f2(), f1 is f2)
print(list(outer_closure(3)(4)))


def inner():
    got = yield 1
    print("inner got", got)
    try:
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield 3
    return "inner-result"


def delegate():
    r = yield from inner()
    print("delegate got", r)
    yield r


d = delegate()
print(next(d), d.send("hello"), d.throw(KeyError("k")), next(d))
print(next(d, "exhausted"))

d = delegate()
next(d)
d.send(None)
d.close()
print("closed", d.gi_frame)


def chain(depth):
    if depth == 0:
        yield "leaf"
        return depth
    r = yield from chain(depth - 1)
    yield depth
    return r + 1


print(list(chain(4)))
total = 0
for _ in range(3000):  # hot enough for the compiled tier
    for v in chain(3):
        total += 1
print(total)


def bad_stop():
    yield 1
    raise StopIteration("inside")


try:
    for v in bad_stop():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def boom():
    yield 1
    1 / 0


try:
    for v in boom():
        pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("tb", names)


def recurse(n):
    yield n
    if n > 0:
        yield from recurse(n - 1)


print(sum(recurse(200)))
sys.setrecursionlimit(150)
try:
    print(sum(recurse(400)))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)

# tuple and list concatenation: subclasses keep their operators, empty operands
class T(tuple):
    def __add__(self, other):
        return "T.__add__"


class L(list):
    def __radd__(self, other):
        return "L.__radd__"


t = (1, 2)
print(t + (), () + t, (t + ()) is t, (() + t) is t, T((1,)) + (2,), (1,) + T((2,)))
print([1] + [2, 3], [1] + L([2]), type([1] + []).__name__)
x = [1]
y = x
x += [2]
print(x is y, y)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
