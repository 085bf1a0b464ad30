# BaseException.__reduce__/__setstate__ (pickle and copy keep args and attributes), __dict__, add_note's
# checks, and the type checks and undeletable slots of args/__cause__/__context__/__traceback__.
import copy
import pickle

originals = [
    ValueError(1, "x"),
    ImportError("test", name="n", path="p"),
    KeyError("k"),
    OSError("no errno"),
    StopIteration(5),
    Exception(),
]
for orig in originals:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        e = pickle.loads(pickle.dumps(orig, proto))
        assert type(e) is type(orig) and e.args == orig.args, (orig, proto)
    c = copy.deepcopy(orig)
    print(type(e).__name__, e.args, str(e), type(c).__name__, c.args, str(c))
imp = pickle.loads(pickle.dumps(ImportError("m", name="n", path="p")))
print(imp.msg, imp.name, imp.path)

e = Exception(42)
e.blah = 53
print(e.__reduce__(), Exception(1).__reduce__(), e.__dict__)
e.__setstate__({"a": 1, "args": (1, 2, 3)})
print(e.args, e.a, e.blah)
e.__setstate__(None)
for bad in (42, [1]):
    try:
        e.__setstate__(bad)
    except TypeError as x:
        print("TypeError", x)

n = ValueError(3)
n.add_note("n1")
print(n.__notes__)
n.__notes__ = 42
try:
    n.add_note("n2")
except TypeError as x:
    print("TypeError", x)
print(n.__notes__)

x = Exception()
x.args = [1, 2]
print(x.args)
for attr, value in (("args", 1), ("__traceback__", 1), ("__cause__", 1), ("__context__", "s")):
    try:
        setattr(x, attr, value)
    except TypeError as err:
        print("TypeError", err)
for attr in ("args", "__traceback__", "__cause__", "__context__"):
    try:
        delattr(x, attr)
    except TypeError as err:
        print("TypeError", err)
try:
    Exception().with_traceback(5)
except TypeError as err:
    print("TypeError", err)
x.__cause__ = None
x.__context__ = KeyError()
print(x.__cause__, repr(x.__context__), x.__suppress_context__)
