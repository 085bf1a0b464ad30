# function.__code__ takes only a code object with as many free variables as the closure has cells;
# swapping a generator's code into a plain function is deprecated; __code__ and an object's __class__
# cannot be deleted.
import warnings


def plain():
    return "plain"


def other():
    return "other"


def gen():
    yield 1


def outer():
    x = 1

    def inner():
        return x

    return inner


plain.__code__ = other.__code__
print(plain())
for bad in (1, None, "code"):
    try:
        plain.__code__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del plain.__code__
except TypeError as e:
    print("TypeError:", e)
inner = outer()
try:
    plain.__code__ = inner.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    inner.__code__ = other.__code__
except ValueError as e:
    print("ValueError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    other.__code__ = gen.__code__
print([(x.category.__name__, str(x.message)) for x in w], list(other()))


class C:
    pass


try:
    del C().__class__
except TypeError as e:
    print("TypeError:", e)
try:
    del plain.__class__
except TypeError as e:
    print("TypeError:", e)
