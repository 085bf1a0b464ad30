# math.sumprod over mixed ints, big ints, floats, bools and other numbers: CPython's int path (C longs
# only), its extended-precision float path, and the generic path for the rest, in CPython's order
import math
from fractions import Fraction
from decimal import Decimal

cases = [
    ([10, -5, 3], [2**80, 1.5, 1.5]),
    ([10, -5, 2**31], [2**80, 1.5, 1.5]),
    ([3, 2**90, 0.5], [7, 3, 2**60]),
    ([2**80, 1.5], [10, 1e10]),
    ([1, 2, 3], [4, 5, 6]),
    ([1.5, 2.5], [3, 4]),
    ([True, False, True], [0.1, 0.2, 0.3]),
    ([True, True], [True, 1]),
    ([0.1] * 10, [1.0] * 10),
    ([1e308, 1e308, -1e308], [1.0, 1.0, 1.0]),
    ([1e200, 1e200], [1e200, -1e200]),
    ([Fraction(1, 3), 2], [3, Fraction(1, 2)]),
    ([Decimal("1.1"), 2], [2, Decimal("0.5")]),
    ([2, 0.5, Fraction(1, 4), 7], [3, 4.0, 8, 1]),
    ([3**50, -(3**50), 0.25], [1, 1, 4]),
    ([1, 2**70], [0.5, 2.0**-70]),
    ([], []),
    ([math.inf, 1], [1, 1]),
    ([math.nan, 1.0], [0.0, 1.0]),
]
for p, q in cases:
    r = math.sumprod(p, q)
    print(type(r).__name__, repr(r))

for p, q in [([1, 2], [3]), ([1], "ab"), ([1], [None])]:
    try:
        print(math.sumprod(p, q))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
