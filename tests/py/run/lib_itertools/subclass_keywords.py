# Subclasses of filter and the itertools iterators refuse keyword arguments unless they define their own
# __init__ to take them; tee objects accept weak references.
import itertools
import operator
import weakref
from itertools import chain, compress, cycle, dropwhile, filterfalse, islice, repeat, starmap, takewhile


def is_even(x):
    return x % 2 == 0


cases = [
    (repeat, (1, 2), [1, 1]),
    (zip, ([1, 2], "ab"), [(1, "a"), (2, "b")]),
    (filter, (None, [0, 1]), [1]),
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (map, (str, [1, 2]), ["1", "2"]),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (is_even, [2, 3, 4]), [2]),
    (dropwhile, (is_even, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]),
    (compress, ("ABC", [1, 0, 1]), ["A", "C"]),
]
for cls, args, result in cases:

    class Sub(cls):
        pass

    u = Sub(*args)
    print(cls.__name__, type(u) is Sub, list(islice(u, 0, 3)) == result)
    try:
        Sub(*args, newarg=3)
    except TypeError as e:
        print("  TypeError:", e)
    if cls in (repeat, zip, map, compress):
        continue

    class SubInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    u = SubInit(*args, newarg=3)
    print("  with __init__:", type(u) is SubInit, list(islice(u, 0, 3)) == result, u.newarg)

for args in [(None,), (None, [1], [2]), ()]:
    try:
        filter(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    filter(None, [1], x=1)
except TypeError as e:
    print("TypeError:", e)

a, b = itertools.tee(range(10))
p = weakref.proxy(a)
print(p.__class__ is type(b), next(p), next(a), list(b)[:3])
print(weakref.ref(b)() is b)
