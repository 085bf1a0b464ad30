# An exception raised in a hot (compiled) function and passed up through callers that were called
# directly: tracebacks, __context__, finally blocks and handlers on the way, sys.exception() in the
# handler, the recursion depth afterwards, __init__ and generator frames in the chain, and tracing.
import sys
import traceback


class Oops(Exception):
    pass


def leaf(n):
    if n % 3 == 0:
        raise Oops(n)
    return n


def mid(n):
    return leaf(n) + 1


def top(n):
    try:
        return mid(n)
    except Oops as e:
        return ("caught", e.args[0], sys.exception() is e, [f.name for f in traceback.extract_tb(e.__traceback__)])


for i in range(3000):
    r = top(i)
print(top(3), top(4), r)


def cleanup_mid(n, log):
    try:
        return leaf(n)
    finally:
        log.append(n)


def cleanup_top(n):
    log = []
    try:
        return cleanup_mid(n, log), log
    except Oops:
        return "oops", log


for i in range(3000):
    r = cleanup_top(i)
print(cleanup_top(3), cleanup_top(4), r)


def handler_mid(n):
    try:
        return leaf(n)
    except Oops:
        raise ValueError("from handler")


def handler_top(n):
    try:
        return handler_mid(n)
    except ValueError as e:
        return repr(e), repr(e.__context__), [f.name for f in traceback.extract_tb(e.__traceback__)]


for i in range(3000):
    r = handler_top(i)
print(handler_top(3), r)


def rec(n):
    if n == 0:
        raise Oops("bottom")
    return rec(n - 1)


def catch_rec(n):
    try:
        rec(n)
    except Oops as e:
        tb = traceback.extract_tb(e.__traceback__)
        return len(tb), tb[0].name, tb[-1].name


for i in range(3000):
    r = catch_rec(i % 20)
print(r)


# the depth is given back: recursing close to the limit still works afterwards
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(sys.getrecursionlimit() - 50))


class Box:
    def __init__(self, n):
        self.n = leaf(n)


def make(n):
    try:
        return Box(n).n
    except Oops:
        return -1


for i in range(3000):
    r = make(i)
print(make(3), make(4), r)


def gen(n):
    for i in range(n):
        try:
            yield leaf(i)
        except Oops:
            yield "skip"


for i in range(300):
    r = list(gen(7))
print(r)


# a traceback entry's line is the call's line in each frame
def lines(n):
    try:
        mid(n)
    except Oops as e:
        return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]


for i in range(3000):
    r = lines(i * 3)
print(r)

# tracing turned on half-way: the trace function sees the exception events of the frames it passes
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("leaf", "mid", "traced"):
        events.append((event, frame.f_code.co_name, arg[0].__name__ if event == "exception" else None))
    return tracer


def traced(n):
    if n == 2997:
        sys.settrace(tracer)
    try:
        return mid(n)
    except Oops:
        return "x"
    finally:
        if n == 2997:
            sys.settrace(None)


for i in range(2998):
    traced(i)
print(events)
