# Names a pattern captures are bound only once the whole pattern matched: a case that fails part-way
# binds nothing, or-pattern alternatives may capture in different orders, guards see the captures.
def f(x):
    match x:
        case ((a, b, c, d, e, f, g, h, i, 9) |
              (h, g, i, a, b, d, e, c, f, 10) |
              (g, b, a, c, d, -5, e, h, i, f) |
              (-1, d, f, b, g, e, i, a, h, c)):
            w = 0
    out = locals()
    del out["x"]
    return out


for r in (range(10), range(1, 11), range(0, -10, -1), range(-1, -11, -1), range(10, 20)):
    print(sorted(f(r).items()))


def g(x):
    match x:
        case [y, (a, b) | (b, a, 0)] if a > b:
            return "guard ok", y, a, b
        case [y, 1, z] | [z, y, 2]:
            return "alt", y, z
        case {"k": k, **rest} if not rest:
            return "mapping", k
        case [*front, last] if last == "stop":
            return "star", front
    return "none", sorted(k for k in locals() if k != "x")


for v in ([1, (5, 2)], [1, (2, 5, 0)], [1, (2, 5)], [7, 1, 8], [7, 8, 2], {"k": 1}, {"k": 1, "j": 2},
          ["a", "b", "stop"], [1, 2, 3], "xyz"):
    print(v, "->", g(v))


class P:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def h(p):
    match p:
        case P(a, 0) as whole:
            return "zero", a, whole.b
        case P(b=[q, *_], a=a):
            return "list", a, q
    return "none", sorted(k for k in locals() if k != "p")


print(h(P(1, 0)), h(P(2, [3, 4])), h(P(5, 6)), h(P(7, [])))


def nested(v):
    match v:
        case [[x, 1], [y, 2]] | [[y, 3], [x, 4]]:
            return x, y
    return sorted(k for k in locals() if k != "v")


print(nested([[1, 1], [2, 2]]), nested([[1, 3], [2, 4]]), nested([[1, 1], [2, 3]]))
