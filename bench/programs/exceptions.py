# Exceptions as control flow, the way library code uses them: dict and attribute misses caught as
# KeyError/AttributeError, int() of bad text, next() on an exhausted iterator, a raise caught one and
# three calls up, try/finally and with-blocks on the normal path, and an exception chained into another.
# Exercises: raising from builtins and from Python code, handler lookup, tracebacks, __context__/__cause__.
import sys


class Config:
    def __init__(self):
        self.name = "x"


class Missing(Exception):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def option(obj, attr):
    try:
        return getattr(obj, attr)
    except AttributeError:
        return None


def parse(text):
    try:
        return int(text)
    except ValueError:
        return 0


def first(items):
    it = iter(items)
    try:
        return next(it)
    except StopIteration:
        return None


def deep(n):
    if n == 0:
        raise Missing(n)
    return deep(n - 1) + 1


def guarded(n):
    try:
        return deep(n)
    except Missing:
        return -n


def chained(i):
    try:
        try:
            raise ValueError(i)
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return e.__cause__.args[0]


class Counter:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        return False


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    table = {str(i): i for i in range(0, 200, 2)}
    keys = [str(i) for i in range(200)]
    texts = [str(i) if i % 3 else "x%d" % i for i in range(200)]
    cfg = Config()
    ctx = Counter()
    total = 0
    for _ in range(reps):
        for k in keys:
            total += lookup(table, k)
        for i in range(200):
            total += 1 if option(cfg, "name" if i % 2 else "missing") else 0
        for t in texts:
            total += parse(t)
        for i in range(200):
            total += 1 if first(range(i % 2)) is None else 0
        for i in range(200):
            total += guarded(i % 4)
        for i in range(100):
            total += chained(i)
        for i in range(200):
            try:
                with ctx:
                    total += i
            finally:
                total -= 1
    print("exceptions", reps, total, ctx.entered)


main()
