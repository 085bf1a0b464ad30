# Nested comprehensions and several for clauses, all inlined into one frame.
import sys


def grid(n):
    return [[(r, c) for c in range(r)] for r in range(n)]


print(grid(3))


def flatten(rows):
    return [v for row in rows for v in row if v % 2]


print(flatten([[1, 2, 3], [4, 5]]))


def temp_binding(vals):
    # `for y in [expr]` binds y once per outer iteration
    return [y + z for x in vals for y in [x * 2] for z in (x,)]


print(temp_binding([1, 2, 3]))


def star_single(vals):
    return [w for v in vals for w in [*v]]


print(star_single(["ab", "c"]))


def unpack_targets(pairs):
    return [(b, a) for a, b in pairs], [h for h, *t in ["xyz", "pq"]], [t for h, *t in ["xyz", "pq"]]


print(unpack_targets([(1, 2), (3, 4)]))


class Holder:
    pass


def attr_and_item_targets():
    h = Holder()
    d = {}
    r = [h.last for h.last in range(3)]
    s = [d["k"] for d["k"] in "ab"]
    return r, h.last, s, d


print(attr_and_item_targets())


def depth_of_frames():
    direct = _frames()
    return [[_frames() - direct for _ in range(1)] for _ in range(1)]


def _frames():
    f, n = sys._getframe(1), 0
    while f is not None:
        n += 1
        f = f.f_back
    return n


print(depth_of_frames())


def mixed_kinds(words):
    return {w[0]: sorted({c for c in w}) for w in words if [c for c in w if c == "a"]}


print(mixed_kinds(["banana", "cherry", "apple"]))


def shadowing():
    i = "outer i"
    r = [[i for i in range(2)] for i in "ab"]
    return r, i


print(shadowing())


def comprehension_in_iterable():
    return [x for x in [y * 2 for y in range(3)]], [x for x in {y: 1 for y in "ab"}]


print(comprehension_in_iterable())
