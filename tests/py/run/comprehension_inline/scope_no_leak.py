# PEP 709: an inlined comprehension's variables do not leak, and an outer variable of the same name
# keeps its value (module level, function level, nested functions; list, set and dict comprehensions).
squares = [x * x for x in range(4)]
print(squares)
try:
    x
except NameError as e:
    print("module:", e)

x = "outer"
print([x for x in "ab"], x)
print({x for x in (1, 1, 2)}, x)
print({x: i for i, x in enumerate("pq")}, x)
print(sorted(n for n in globals() if n in ("x", "i", "squares")))


def func():
    y = "kept"
    r = [y for y in range(3)]
    return r, y


print(func())


def unbound_after():
    r = [z for z in range(2)]
    try:
        return r, z  # noqa: F821 -- z was only the comprehension's
    except NameError as e:
        return type(e).__name__, str(e)


print(unbound_after())


def unbound_local_after():
    r = [v for v in range(2)]
    if False:
        v = 1
    try:
        return r, v
    except UnboundLocalError as e:
        return type(e).__name__, str(e)


print(unbound_local_after())


def nested_scopes():
    a = 10

    def inner():
        return [a + b for b in range(2)]

    return inner(), [a for a in range(2)], a


print(nested_scopes())

# the outermost iterable is evaluated outside: it sees the outer binding
x = [1, 2, 3]
print([x * 2 for x in x], x)


def same_name_iterable(k):
    return [k + 1 for k in k], k


print(same_name_iterable([5, 6]))
