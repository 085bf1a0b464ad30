# test: full-traceback
# Generator expressions are not inlined: their frame (<genexpr>) shows in a traceback, and their
# variables live in that frame. The list comprehension around it adds no frame.
import sys


def gen_locals():
    g = (sorted(locals()) for x in range(1))
    return next(g)


print(gen_locals())


def values(items):
    return [sum(1 // v for v in row) for row in items]


print(values([[1, 1]]))
values([[1], [1, 0]])
