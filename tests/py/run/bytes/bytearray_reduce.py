# bytearray.__reduce__/__reduce_ex__ (latin-1 text below protocol 3), copying and pickling subclasses with
# a __dict__ or __slots__, and bytearray.__new__ accepting __init__'s arguments.
import copy
import pickle


class BA(bytearray):
    pass


class BASlots(bytearray):
    __slots__ = ("x", "__dict__")


class B1(bytearray):
    def __new__(cls, value):
        me = bytearray.__new__(cls, value)
        me.foo = "bar"
        return me


def summary(r):
    cls, args, state = r
    return (cls.__name__, args, state)


a = BA(b"abcd")
print(summary(a.__reduce__()), summary(a.__reduce_ex__(2)), summary(a.__reduce_ex__(3)))
print(summary(bytearray(b"\xe9").__reduce_ex__(4)), summary(bytearray().__reduce_ex__(4)))
a.y = 1
print(summary(a.__reduce_ex__(4)))
for method in (copy.copy, copy.deepcopy):
    c = method(a)
    print(type(c).__name__, c, c.y)
s = BASlots(b"xy")
s.x = 5
s.z = 6
print(summary(s.__reduce_ex__(2)))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in (a, s, bytearray(b"q"), BA()):
        r = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(r).__name__, r, r.__dict__ if hasattr(r, "__dict__") else None,
              getattr(r, "x", None))
b = B1.fromhex("1a2B30")
print(type(b).__name__, b, b.foo)
print(bytearray.__new__(BA, 1, 2, x=3), type(bytearray.__new__(BA)).__name__)
try:
    bytearray.__new__(bytes)
except TypeError as e:
    print(e)
