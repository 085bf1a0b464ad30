# A list or tuple subclass that overrides __iter__ is iterated, not read directly, by tuple(), [*x],
# (*x,) and f(*x) (PySequence_Tuple / list_extend take exact lists and tuples only).
class LyingTuple(tuple):
    def __iter__(self):
        yield 1
class LyingList(list):
    def __iter__(self):
        yield 1
class T(tuple): pass
print(tuple(LyingTuple((2,))), list(LyingTuple((2,))), tuple(LyingList([2])), list(LyingList([2])), tuple(T((3, 4))), T(LyingTuple((5,))))
print(set(LyingList([2])), sorted(LyingTuple((2,))), [*LyingTuple((2,))], (*LyingList([2]),), {*LyingTuple((2,))}, dict.fromkeys(LyingList([7])))
def f(*a): return a
print(f(*LyingTuple((2,))), f(*LyingList([3])), "".join(LyingList(["x"])) if False else None)
a, = LyingTuple((2,)); print(a)
from collections import namedtuple
P = namedtuple("P", "x y")
print(f(*P(1, 2)), [*P(3, 4)], tuple(P(5, 6)))
