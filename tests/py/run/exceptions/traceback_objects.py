# traceback objects: the TracebackType constructor, tb_next assignment rules, raise ... from a class
# whose construction gives a non-exception, gen.throw with such a class, and sys.unraisablehook.
import sys
import types
import atexit


def raiser():
    raise ValueError("x")


try:
    raiser()
except ValueError as e:
    tb = e.__traceback__

print(type(tb.tb_next).__name__, tb.tb_next.tb_next)
for bad in ("asdf", 5):
    try:
        tb.tb_next = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del tb.tb_next
except TypeError as e:
    print("TypeError", e)
try:
    tb.tb_next = tb
except ValueError as e:
    print("ValueError", e)
try:
    tb.tb_next.tb_next = tb
except ValueError as e:
    print("ValueError", e)
tb.tb_next = None
print(tb.tb_next)

frame = sys._getframe()
made = types.TracebackType(None, frame, 1, 2)
print(made.tb_lasti, made.tb_lineno, made.tb_next, made.tb_frame is frame)
chained = types.TracebackType(made, frame, tb_lasti=6, tb_lineno=9)
print(chained.tb_next is made, chained.tb_lineno)
for args in (("no", frame, 1, 2), (None, "no", 1, 2), (None, frame, "no", 2), (None, frame, 1, "x")):
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print("TypeError", e)


class Mortal(BaseException):
    def __new__(*args, **kwargs):
        return ["mortal value"]


for stmt in ("raise Mortal", "raise IndexError from Mortal"):
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError", str(e).replace(__name__, "M"))


class ReturnsClass(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


g = boring()
try:
    g.throw(ReturnsClass)
except TypeError as e:
    print("TypeError", "should have returned an instance of BaseException" in str(e))
print(next(g, "exhausted"))


def catcher():
    try:
        yield 1
    except TypeError as e:
        yield "caught inside: " + type(e).__name__


g = catcher()
next(g)
print(g.throw(ReturnsClass))

print(sys.unraisablehook is sys.__unraisablehook__)
seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object, type(u.exc_traceback).__name__))


def bad_callback():
    1 / 0


sys.unraisablehook = hook
atexit.register(bad_callback)
atexit._run_exitfuncs()
kind, text, msg, obj, tbkind = seen[0]
print(kind, text, msg.startswith("Exception ignored in atexit callback"), obj, tbkind)
sys.unraisablehook = sys.__unraisablehook__
try:
    sys.unraisablehook(1)
except TypeError as e:
    print("TypeError", e)
