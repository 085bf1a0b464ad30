# generator.throw(type, value, tb): tb must be a traceback object or None (checked before the
# generator runs); a real traceback is attached to the exception thrown in.
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

def gen():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", type(e).__name__, e)

g = gen()
next(g)
for tb in (23, "tb", object()):
    try:
        g.throw(ValueError, "foo", tb)
    except TypeError as e:
        print("TypeError", e)
g.throw(ValueError, "with None", None)
try:
    raise KeyError("k")
except KeyError:
    tb = sys.exc_info()[2]

def gen2():
    try:
        yield
    except ValueError as e:
        print("tb attached:", e.__traceback__ is not None, e.__traceback__.tb_next is tb)
        yield "done"

h = gen2()
next(h)
print(h.throw(ValueError, ValueError("x"), tb))
print(g.gi_suspended, g.gi_running)
