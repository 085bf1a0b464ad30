# Inlined comprehensions in less common places: nonlocal and global names of the same name, cell
# parameters, lambdas, default values, generators, annotations, exec() namespaces, with/try blocks.
def outer():
    x = 1

    def inner():
        nonlocal x
        r = [x for x in range(3)]
        x += 10
        return r, x, [sorted(locals().items()) for x in "a"]

    return inner(), x


print(outer())


def param_cell(x):
    g = lambda: x  # noqa: E731
    return [x for x in range(3)], g(), x


print(param_cell("p"))

gx = "g"


def glob():
    global gx
    r = [gx for gx in range(3)]
    return r, gx


print(glob(), gx)
f = lambda y: [v * 2 for v in y]  # noqa: E731
print(f([1, 2]))


def defaults(a=[i for i in range(3)]):
    return a


print(defaults(), "i" in globals())


def gen():
    yield [z for z in range(2)]
    yield from ([w, w] for w in range(2))


print(list(gen()))


class C:
    x: [y for y in range(2)] = 5


print(C.__annotations__)
g = {}
loc = {}
exec("r = [x for x in range(3)]\ns = [sorted(locals()) for x in range(1)]", g, loc)
print(sorted(loc), loc["r"], loc["s"])


class E:
    exec("q = [k for k in range(2)]")


print(E.q)


def with_block():
    import contextlib

    with contextlib.nullcontext():
        return [q for q in range(2)]


print(with_block())


def try_finally():
    try:
        return [q for q in range(2)]
    finally:
        print("fin")


print(try_finally())


def deep():
    return [[[a + b + c for c in range(2)] for b in range(2)] for a in range(2)]


print(deep())


def gen_inside_comp():
    return [list(x for _ in range(2)) for x in range(2)]


print(gen_inside_comp())


def comp_inside_genexpr():
    return list([x * y for y in range(2)] for x in range(2))


print(comp_inside_genexpr())


def reuse_after_error():
    x = 0
    for attempt in range(2):
        try:
            r = [1 // (x - attempt) for x in range(1)]
        except ZeroDivisionError:
            r = "err"
        print(attempt, r, x)


reuse_after_error()


class M:
    __slots__ = ()
    names = [n for n in ("a", "b")]


print(M.names)


def suspended_generator():
    def g():
        x = "g-x"
        yield [x for x in range(2)]
        yield x

    it = g()
    return next(it), next(it)


print(suspended_generator())
