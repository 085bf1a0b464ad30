# Sequence patterns whose star is a wildcard index the subject instead of unpacking it: a Sequence
# whose __getitem__ never raises IndexError, and range(2**30), match at once; only-wildcard patterns
# check the length alone.
import collections.abc
class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 42
match Seq():
    case [x, *_, y]:
        z = 0
print(x, y, z)
w = range(1 << 30)
match w:
    case x, y, *_:
        print(x, y)
match w:
    case [*_, a, _, b]:
        print(a, b)
def f(s):
    match s:
        case []: return "empty"
        case [_]: return "one"
        case [_, *_]: return "many"
print(f([]), f([1]), f([1, 2, 3]), f("ab"), f((1,)))
def g(s):
    match s:
        case [1, *_, (2 | 3) as last]: return ("A", last)
        case [a, *_, [b, *_]]: return ("B", a, b)
        case [*_, 9]: return "nine"
    return "none"
print(g([1, 5, 3]), g([0, 1, [7, 8]]), g([4, 9]), g([1]), g([1, 2]))
