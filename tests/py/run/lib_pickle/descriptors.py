# Builtin method descriptors, slot wrappers and __slots__ members pickle by reference, as
# getattr(owner, name) (CPython's descr_reduce); classmethod and getset descriptors cannot be pickled.
import copy
import pickle


class Pair(tuple):
    class Word(str):
        pass


class Slotted:
    __slots__ = ("x", "y")


cases = [
    (str.index, ("abcd", "c")),
    (list.__len__, ([1, 2, 3],)),
    (set.__contains__, ({1, 2}, 2)),
    (object.__init__, (object(),)),
    (Pair.count, (Pair([1, 2, 2]), 2)),
    (Pair.Word.count, (Pair.Word("sweet"), "e")),
    ("abcd".index, ("c",)),
    ([1, 2, 3].__len__, ()),
    (dict.fromkeys, ("ab",)),
    (bytearray.maketrans, (b"abc", b"xyz")),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for method, args in cases:
        back = pickle.loads(pickle.dumps(method, proto))
        assert back(*args) == method(*args), (proto, method)
print("round trips ok")

for descr in (str.index, list.__len__, Slotted.x):
    r = descr.__reduce__()
    print(r[0] is getattr, r[1][0].__name__, r[1][1], pickle.loads(pickle.dumps(descr)) is descr)
print(copy.copy(str.upper) is str.upper, copy.deepcopy(Slotted.y) is Slotted.y)

for descr in (dict.__dict__["fromkeys"], int.real, type.__dict__["__name__"]):
    try:
        pickle.dumps(descr)
    except TypeError as e:
        print("TypeError:", e)
