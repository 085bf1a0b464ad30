# ExitStack chains the exceptions its callbacks raise as nested with-statements would (bpo-20317); this
# relies on generator.throw() not chaining the thrown exception to the caller's handled one
import sys
from contextlib import ExitStack, contextmanager

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return " -> ".join(out)

@contextmanager
def raises_on_exit(exc):
    try:
        yield
    finally:
        raise exc

excs = [Exception(i) for i in range(1, 5)]
try:
    with ExitStack() as stack:
        for e in reversed(excs[1:]):
            stack.enter_context(raises_on_exit(e))
        raise excs[0]
except Exception as exc:
    print(chain(exc))

# callbacks and nested stacks
def boom(msg):
    raise KeyError(msg)
try:
    with ExitStack() as outer:
        outer.callback(boom, "outer")
        with ExitStack() as inner:
            inner.callback(boom, "inner")
            inner.enter_context(raises_on_exit(ValueError("cm")))
            raise IndexError("body")
except KeyError as exc:
    print(chain(exc))

# the generator protocol underneath
def gen():
    yield 1

def gen_handling():
    try:
        raise KeyError("own")
    except KeyError:
        yield 1

def gen_catching():
    try:
        yield 1
    except ValueError as e:
        print("  inside:", repr(e.__context__), repr(sys.exception()))
        yield 2

for label, make in [("plain", gen), ("handling", gen_handling), ("catching", gen_catching)]:
    g = make()
    next(g)
    try:
        raise IndexError("outer")
    except IndexError:
        try:
            print(label, "yielded", g.throw(ValueError("thrown")))
        except ValueError as e:
            print(label, repr(e.__context__))

for label, g in [("finished", gen()), ("unstarted", gen())]:
    if label == "finished":
        list(g)
    try:
        raise IndexError("outer")
    except IndexError:
        try:
            g.throw(ValueError(label))
        except ValueError as e:
            print(label, repr(e.__context__))

def closing():
    try:
        yield 1
    finally:
        print("  close: handling", repr(sys.exception()), "context", repr(sys.exception().__context__))
g = closing()
next(g)
try:
    raise IndexError("outer")
except IndexError:
    g.close()
