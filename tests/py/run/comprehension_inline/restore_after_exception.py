# The outer value of a comprehension variable is restored when an exception leaves the comprehension
# (CPython's cleanup handler around an inlined comprehension), at every scope kind.
def boom(v):
    if v == 2:
        raise ValueError(f"bad {v}")
    return v


x = "module x"
try:
    [boom(x) for x in range(5)]
except ValueError as e:
    print("caught", e, "x is", x)


def func():
    x = "function x"
    try:
        [boom(x) for x in range(5)]
    except ValueError as e:
        print("caught", e, "x is", x)
    try:
        {x: boom(x) for x in range(5)}
    except ValueError:
        print("dict: x is", x)
    try:
        {boom(x) for x in range(5)}
    except ValueError:
        print("set: x is", x)


func()


def unbound_stays_unbound():
    try:
        [boom(q) for q in range(5)]
    except ValueError:
        pass
    try:
        q  # noqa: F821
    except NameError as e:
        print(type(e).__name__, e)


unbound_stays_unbound()


class K:
    x = "class x"
    try:
        [boom(x) for x in range(5)]
    except ValueError as e:
        print("class caught", e, "x is", x)


def in_finally():
    x = "before"
    try:
        try:
            [boom(x) for x in range(5)]
        finally:
            print("finally sees", x)
    except ValueError:
        pass
    return x


print(in_finally())


def exception_in_condition():
    x = 7
    try:
        [y for y in range(3) if 1 / (1 - y)]
    except ZeroDivisionError as e:
        print("cond:", e, x)
    try:
        [x for x in range(3) for w in [1 / (x - 1)]]
    except ZeroDivisionError:
        print("inner clause: x is", x)


exception_in_condition()


def exception_in_iteration():
    def gen():
        yield 1
        raise KeyError("from iterator")

    item = "outer item"
    try:
        [item for item in gen()]
    except KeyError as e:
        print("iterator:", e, item)


exception_in_iteration()
