# Resumes of compiled generator frames (hot generators): values sent in, exceptions raised and handled
# inside the generator, exceptions escaping it, calls out of the generator into cold and hot code, the
# exception being handled when the generator yields inside an except block, and recursion limits.
import sys


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return "done"


def guarded(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"


def catcher():
    while True:
        try:
            x = yield
        except KeyError as e:
            yield ("caught", e.args[0])
        else:
            yield ("got", x)


def in_except():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()


cold_calls = 0


def helper(x):
    return x * 3


def caller_gen(n):
    for i in range(n):
        if i % 500 == 0:
            exec("cold_calls_local = 1")  # something only the interpreter does
        yield helper(i)


total = 0
for rep in range(1500):
    for v in counter(3):
        total += v
    total += sum(guarded([1, 2, 5]))
print(total)

g = counter(10)
print(next(g), g.send(5), next(g), next(g, "end"))
print([next(g, "end") for _ in range(5)])
try:
    g = counter(2)
    next(g)
    next(g)
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

print(list(guarded([1, 0, 2])))

c = catcher()
next(c)
for i in range(1200):
    r1 = c.send(i)
    next(c)
    r2 = c.throw(KeyError(i))
    next(c)
print(r1, r2)

try:
    raise RuntimeError("outer")
except RuntimeError:
    gen = in_except()
    a = next(gen)
    print(repr(a), repr(sys.exception()))
    b = next(gen)
    print(repr(b), repr(sys.exception()))
    c3 = next(gen)
    print(repr(c3), repr(sys.exception()))
print(repr(sys.exception()))

print(sum(caller_gen(1200)))


def failing(n):
    for i in range(n):
        if i == n - 1:
            raise LookupError("late")
        yield i


caught = 0
for rep in range(1200):
    try:
        for v in failing(4):
            pass
    except LookupError as e:
        caught += 1
        err = e
print(caught, err, err.__traceback__.tb_next.tb_frame.f_code.co_name)


def nested(depth):
    if depth:
        yield from nested(depth - 1)
    else:
        yield "bottom"


sys.setrecursionlimit(100)
for i in range(3):
    try:
        print(list(nested(200)))
    except RecursionError as e:
        print("RecursionError", e)
sys.setrecursionlimit(1000)
print(list(nested(50)))
