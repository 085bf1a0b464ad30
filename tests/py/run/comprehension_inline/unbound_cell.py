# A variable that a closure inside an inlined comprehension captures becomes a cell of the function; read
# before it is bound it is still an unbound *local* (UnboundLocalError), not a free variable.
def early_read():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    r = [lambda: x for x in range(2)]
    return [f() for f in r]


print(early_read())


def later_bound():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    r = [lambda: x for x in range(2)]
    x = 5
    return [f() for f in r], x


print(later_bound())


def outer_iterable():
    try:
        return [lambda: y for y in [y]]
    except NameError as e:
        return type(e).__name__, str(e)


print(outer_iterable())


def genexpr_walrus():
    try:
        return list((w := [v]) for v in [w])
    except NameError as e:
        return type(e).__name__, str(e)


print(genexpr_walrus())


def free_unbound():
    def inner():
        return [u for _ in range(1)]

    try:
        return inner()
    except NameError as e:
        return type(e).__name__, str(e)
    u = 1  # noqa: F841 -- makes u a cell of free_unbound, never bound before inner() runs


print(free_unbound())
