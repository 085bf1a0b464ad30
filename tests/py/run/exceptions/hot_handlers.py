# Handlers in functions hot enough to be compiled: the exception raised by the frame's own instruction is
# handled inside the compiled function. Tracebacks, __context__, sys.exception(), except-as cleanup,
# nested handlers, re-raise and generators must look exactly as when the loop unwinds.
import sys
import traceback


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out


def miss(d, k):
    try:
        return d[k]
    except KeyError as e:
        return ("miss", e.args, lines(e.__traceback__), sys.exception() is e)


def nested(x):
    try:
        try:
            return int(x)
        except ValueError as inner:
            raise LookupError("bad " + x) from inner
    except LookupError as outer:
        return (type(outer.__cause__).__name__, outer.__context__ is outer.__cause__, lines(outer.__traceback__))


def context(x):
    try:
        try:
            {}[x]
        except KeyError:
            [][x]
    except IndexError as e:
        return (type(e.__context__).__name__, e.__context__.args, e.__suppress_context__)


def reraise(x):
    try:
        try:
            1 / x
        except ZeroDivisionError:
            raise
    except ZeroDivisionError as e:
        return lines(e.__traceback__)


def cleanup(x):
    try:
        x.missing
    except AttributeError as e:
        pass
    try:
        return e
    except NameError as n:
        return "unbound: " + str(n)


def in_finally(x):
    log = []
    try:
        try:
            x + 1
        finally:
            log.append("finally")
    except TypeError as e:
        log.append(type(e).__name__)
    return log


def exc_state():
    before = sys.exception()
    try:
        raise KeyError("k")
    except KeyError:
        inside = type(sys.exception()).__name__
    return before, inside, sys.exception()


def gen(n):
    for i in range(n):
        try:
            yield {}[i]
        except KeyError as e:
            yield ("g", e.args[0])


def not_matched(x):
    try:
        return [][x]
    except KeyError:
        return "wrong handler"


def uncaught_outer(x):
    try:
        return not_matched(x)
    except IndexError as e:
        return lines(e.__traceback__)


results = {}
for i in range(3000):
    r = (
        miss({}, i % 7),
        nested("x%d" % (i % 3)),
        context(i % 5),
        reraise(0),
        cleanup(i),
        in_finally(None),
        exc_state(),
        uncaught_outer(i % 4),
    )
    if i in (0, 1, 2999):
        results[i] = r
assert results[0][:3] != results[1][:3]
for i, r in results.items():
    print(i, r)
print(list(gen(3))[:4])
print(sum(1 for _ in gen(2000)))
try:
    for i in range(2000):
        miss({}, i)
    not_matched(5)
except IndexError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno)
    print(traceback.format_exception_only(e))
