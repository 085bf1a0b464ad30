# Closures over comprehension variables: one cell per comprehension run (all lambdas see the last
# value), default arguments capture per iteration, outer cells of the same name are untouched.
fs = [lambda: x for x in range(3)]
print([f() for f in fs])

gs = [lambda x=x: x for x in range(3)]
print([g() for g in gs])


def func():
    x = "outer"
    fs = [lambda: x for x in range(3)]
    return [f() for f in fs], x


print(func())


def outer_cell():
    x = 1
    get = lambda: x  # noqa: E731
    r = [x for x in range(3)]
    x = 2
    return r, get()


print(outer_cell())


def shared_cell_outer_and_inner():
    x = "o"
    get_outer = lambda: x  # noqa: E731
    fs = [lambda: x for x in "abc"]
    return [f() for f in fs], get_outer(), x


print(shared_cell_outer_and_inner())


def free_outside_cell_inside():
    x = 1

    def inner():
        r = [lambda: x for x in range(3)]
        return x, [f() for f in r]

    return inner()


print(free_outside_cell_inside())


def two_comprehensions():
    a = [lambda: i for i in range(2)]
    b = [lambda: i for i in range(5, 7)]
    return [f() for f in a], [f() for f in b]


print(two_comprehensions())


def nested_closure():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]


print([[f() for f in row] for row in nested_closure()])


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    return [bump() for _ in range(3)], n


print(counter())


class K:
    fs = [lambda: v for v in "xyz"]


print([f() for f in K.fs], "v" in K.__dict__)
print(fs[0].__qualname__, func.__code__.co_cellvars, func.__code__.co_varnames)
