# 3.14: a complex 'real' argument is deprecated unless it is the single positional argument, and so is a
# complex 'imag'; an 'imag' with only __complex__ is a TypeError
import warnings


class CS(complex):
    pass


class WithComplex:
    def __init__(self, v):
        self.v = v

    def __complex__(self):
        return self.v


cases = [
    ((4.25 + 0j, 0), {}),
    ((CS(4.25 + 0j), 0), {}),
    ((WithComplex(4.25 + 0j), 0), {}),
    ((0, 4.25 + 0j), {}),
    ((0, CS(4.25j)), {}),
    ((0.0, 4.25j), {}),
    ((0j, 4.25j), {}),
    ((), {"real": 4.25 + 1.5j}),
    ((4.25 + 1.5j,), {}),
    ((WithComplex(1 + 2j),), {}),
    ((), {"real": 4.25, "imag": 1.5}),
    ((4.25,), {"imag": 1.5}),
]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for args, kw in cases:
        before = len(w)
        r = complex(*args, **kw)
        print(r, type(r).__name__, [str(x.message) for x in w[before:]])
try:
    complex(0, WithComplex(4.25 + 0j))
except TypeError as e:
    print(e)
z = 1 + 2j
print(complex(z) is z)
