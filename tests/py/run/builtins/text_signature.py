# __text_signature__ of builtin functions, methods and types (CPython's signature lines from the C
# docstrings), and inspect.signature() over them; builtins without one raise ValueError.
import inspect


def sig(f):
    try:
        return str(inspect.signature(f))
    except ValueError as e:
        return "ValueError: " + str(e).split(" <")[0]


for f in [len, print, sorted, abs, pow, divmod, round, sum, isinstance, __import__, compile, open, format, exec,
          iter, max, min, getattr, vars, dir, next]:
    print(f.__name__, repr(f.__text_signature__), sig(f))

for f in [list.append, [].append, str.join, "".join, str.split, dict.fromkeys, dict.get, {}.get, set.add,
          int.to_bytes, (5).to_bytes, int.from_bytes, float.fromhex, float.hex, bytes.hex, bytes.fromhex,
          bytearray.extend, object.__init__, object.__reduce_ex__, type.mro, list.sort, list.__len__,
          list.__getitem__, str.__add__, dict.__contains__, int.__add__, True.__add__, object.__format__,
          object.__dir__, type.__subclasses__, int.bit_length, frozenset.union, set.union, tuple.count,
          str.encode, bytes.decode, dict.pop, list.__new__, object.__new__, int.__new__, object.__subclasshook__,
          object.__init_subclass__, str.format, dict.update]:
    print(f.__qualname__, repr(f.__text_signature__), sig(f))

print(len.__self__.__name__, list.__new__.__self__, [].append.__self__)

for t in [list, dict, int, str, object, type, float, tuple, set, frozenset, bytes, bytearray, bool, complex,
          range, slice, enumerate, zip, map, filter, reversed, property, staticmethod, classmethod, super]:
    print(t.__name__, repr(t.__text_signature__), sig(t))


class Plain:
    pass


class Documented:
    "Documented(x, y=1)\n--\n\nThe rest of the doc."


class NotASignature:
    "NotASignature(x) is documented here"


class MyList(list):
    pass


class MyInt(int):
    pass


class WithInit:
    def __init__(self, a, *, b=2):
        pass


for t in [Plain, Documented, NotASignature, MyList, MyInt, WithInit]:
    print(t.__name__, repr(t.__text_signature__), sig(t))
print(Documented.__doc__)
