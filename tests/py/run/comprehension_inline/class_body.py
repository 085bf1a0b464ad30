# Comprehensions in class bodies: the class namespace is not visible inside (except the outermost
# iterable), their variables do not become class attributes, __class__ is not available.
y_global = "module y"


class A:
    y = 1
    try:
        z = [y for _ in range(2)]
    except NameError as e:
        print("NameError:", e)
    ok = [a for a in range(3)]
    uses_iterable = [v * 10 for v in [y, y + 1]]
    sees_global = [y_global for _ in range(1)]
    pairs = {k: k * 2 for k in range(2)}
    letters = {c for c in "aba"}


print(A.ok, A.uses_iterable, A.sees_global, A.pairs, sorted(A.letters))
print([n for n in ("a", "k", "c", "_", "z") if n in A.__dict__])


class B:
    x = "class x"
    r = [x for x in range(2)]
    after = x


print(B.r, B.after, B.x)


class C:
    try:
        r = [__class__ for _ in range(1)]
    except NameError as e:
        print("NameError:", e)


def make_class(outer):
    class D:
        seen = [outer + i for i in range(2)]
        fs = [lambda: i for i in range(3)]

    return D


D = make_class(100)
print(D.seen, [f() for f in D.fs])


class E:
    base = 3
    # nested comprehensions: only the outermost iterable sees the class
    grid = [[r * c for c in range(2)] for r in range(base)]
    try:
        bad = [[base for c in range(1)] for r in range(1)]
    except NameError as e:
        print("nested NameError:", e)


print(E.grid)


class F:
    data = [3, 1, 2]
    ordered = sorted(d for d in data)
    lengths = [len(str(d)) for d in data]


print(F.ordered, F.lengths)
