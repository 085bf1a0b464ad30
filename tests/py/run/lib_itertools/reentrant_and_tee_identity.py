# tee() always returns fresh _tee objects (3.13+), pairwise under re-entrant calls, groupby's identity test, islice's
# argument range, and keyword arguments for subclasses that define __init__.
import sys
from itertools import *

a, b = tee('abc')
c, d = tee(a)
e, f = tee(c)
print(len({id(x) for x in (a, b, c, d, e, f)}), [''.join(x) for x in (a, b, c, d, e, f)])


class Copyable:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
    def __copy__(self):
        raise AssertionError("tee() no longer calls __copy__")


x, y = tee(Copyable())
print(type(x).__name__, list(x), list(y))

print(list(islice(count(), 1, 10, sys.maxsize)), list(islice(range(5), 3, sys.maxsize)))
for args in [(-1,), (1, 2, 0), (1, "a"), (2**70,), (2**70, 3), (-2**70,), (1, -2**70), (1, 2, -2**70),
             (1, 10, 2**70)]:
    try:
        print(list(islice(range(5), *args)))
    except ValueError as exc:
        print(exc)


def pairwise_reenter(reenter_at):
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]
    it = pairwise(I())
    return [next(it) for _ in range(3)]


print(pairwise_reenter({2}))
print(pairwise_reenter({1, 3}))



class Loud:
    def __eq__(self, other):
        print("__eq__ called")
        return False
    __hash__ = object.__hash__


k = Loud()
# groupby compares keys like PyObject_RichCompareBool: the same object is equal without calling __eq__
print([len(list(grp)) for _, grp in groupby([k, k, k])])
print([len(list(grp)) for _, grp in groupby([k, Loud()])])

for cls, args in [(chain, ([1], [2])), (cycle, ([1],)), (islice, ([1, 2], 1)), (starmap, (pow, [(2, 3)])),
                  (dropwhile, (bool, [0, 1])), (takewhile, (bool, [1, 0])), (filterfalse, (None, [0, 1])),
                  (pairwise, ([1, 2, 3],))]:
    class Sub(cls):
        pass
    class SubInit(cls):
        def __init__(self, *args, newarg=None):
            pass
    try:
        Sub(*args, newarg=3)
    except TypeError as exc:
        print(exc)
    print(list(islice(SubInit(*args, newarg=3), 3)))
