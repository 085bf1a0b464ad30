# `for x in seq` in hot (compiled) code over exact lists and tuples, subclasses that override __iter__,
# a list that grows or shrinks while it is iterated, and iterators taken with iter() and resumed later.


class RevList(list):
    def __iter__(self):
        return reversed(self)


class TwiceTuple(tuple):
    def __iter__(self):
        for x in tuple.__iter__(self):
            yield x
            yield x


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


def grow(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if len(lst) < 6:
            lst.append(x * 10)
    return seen


def shrink(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if lst:
            lst.pop()
    return seen


for i in range(2000):
    r = (walk([1, 2, 3]), walk((4, 5)), walk(RevList([1, 2, 3])), walk(TwiceTuple((7, 8))), walk([]), walk(()),
         grow([1, 2]), shrink([1, 2, 3, 4, 5]), walk("ab"), walk(range(3)), walk({"k": 1}))
print(r)


def partial(seq):
    it = iter(seq)
    first = next(it)
    rest = [x for x in it]
    return first, rest, list(it)


for i in range(2000):
    r = (partial([1, 2, 3]), partial((4, 5, 6)))
print(r, type(iter([])).__name__, type(iter(())).__name__)
