# __complex__ returning a strict complex subclass is accepted with a DeprecationWarning; a non-complex is a
# TypeError
import warnings


class complex1(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2 * value)

    def __complex__(self):
        return self


class complex2(complex):
    def __complex__(self):
        return None


class Plain:
    def __complex__(self):
        return complex1(3j)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for obj in [complex1(1j), Plain()]:
        before = len(w)
        r = complex(obj)
        print(r, type(r).__name__, [str(x.message) for x in w[before:]])
try:
    complex(complex2(1j))
except TypeError as e:
    print(e)
