# frame.f_locals of a function frame is a write-through FrameLocalsProxy (PEP 667): reads, writes to
# variables and cells, extra names, deletion rules, views, comparisons, repr; locals() stays a snapshot;
# module and class bodies answer their dict; frame.clear() refuses running and suspended frames.
import sys
def f():
    x = 1
    y = [2]
    fl = sys._getframe().f_locals
    print(type(fl).__name__, fl["x"], "x" in fl, "zz" in fl, len(fl) >= 2)
    fl["x"] = 10
    print(x)
    fl["extra"] = 5
    print(sorted(k for k in fl if k != "fl"), fl.get("extra"), fl.get("nope", "d"))
    try:
        del fl["x"]
    except ValueError as e:
        print("ValueError", e)
    del fl["extra"]
    print("extra" in fl)
    def inner():
        return y
    fl["y"] = [3]
    print(inner())
    print(fl == {"x": 10, "y": [3], "fl": fl, "inner": inner}, dict(fl) == fl.copy())
    try:
        hash(fl)
    except TypeError as e:
        print("TypeError", e)
    print(repr(fl).startswith("{'x': 10"))
    print(locals() is locals(), type(locals()).__name__)
f()

def gen():
    it = iter([1, 2])
    for v in it:
        yield v
g = gen()
next(g)
g.gi_frame.f_locals["it"] = iter([7, 8])
print(list(g))
g2 = (x for x in range(3))
g2.gi_frame.f_locals[".0"] = iter("ab")
print(list(g2))
print(type(sys._getframe().f_locals).__name__)
class C:
    print(type(sys._getframe().f_locals).__name__)
def h():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError", e)
h()
def gg():
    a = 1
    yield
g = gg(); next(g)
try:
    g.gi_frame.clear()
except RuntimeError as e:
    print("RuntimeError", e)
def views():
    a, b = 1, 2
    fl = sys._getframe().f_locals
    print(list(fl.keys()), list(fl.values())[:2], list(fl.items())[:2])
    print(list(reversed(fl))[:3], fl.setdefault("a", 9), fl.setdefault("new", 7), new_value(fl))
    print(fl.pop("new"), fl.pop("missing", "dflt"))
    try:
        fl.pop("missing")
    except KeyError as e:
        print("KeyError", e)
    fl.update({"a": 100, "c": 3})
    print(a, fl["c"], (fl | {"z": 1})["z"], ({"q": 0} | fl)["a"])
    fl |= {"b": 20}
    print(b)
    print(fl != {}, fl == 3)


def new_value(fl):
    return fl["new"]


views()
done = gg()
print(next(done, "end"), next(done, "end"))
print(done.gi_frame)
fresh = gg()
fresh.gi_frame.clear()
print(next(fresh, "closed by clear"))
