# PEP 442: a finaliser runs once, even when it makes the object reachable again; errors are unraisable
import gc
import sys

saved = []
calls = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)
        saved.append(self)


def make(cls, *args):
    cls(*args)


make(Phoenix, "first")
gc.collect()
print(calls, [p.name for p in saved])
print(gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print(calls)

print(gc.is_finalized(Phoenix("x")))


class Broken:
    def __del__(self):
        raise ValueError("in __del__")


hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.err_msg.split(" <")[0]))


sys.unraisablehook = hook
make(Broken)
gc.collect()
print(hooked)
sys.unraisablehook = sys.__unraisablehook__


# a class that gains __del__ after its instances were made does not matter for new ones only
class Late:
    pass


Late.__del__ = lambda self: calls.append("late")
calls.clear()
make(Late)
gc.collect()
print(calls)


# __class__ assignment to a class with a finaliser
class Plain:
    pass


class WithDel:
    def __del__(self):
        calls.append(("withdel", self.v))


calls.clear()
o = Plain()
o.v = 5
o.__class__ = WithDel
del o
gc.collect()
print(calls)

# a replaced __dict__ is what the finaliser sees
calls.clear()
w = WithDel()
w.__dict__ = {"v": "replaced"}
del w
gc.collect()
print(calls)
