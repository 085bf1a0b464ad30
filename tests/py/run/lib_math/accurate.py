# fsum, hypot/dist, sumprod, prod, fma, nextafter, ulp, frexp/ldexp, modf: exact or correctly rounded.
import math
from fractions import Fraction

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(iter([0.5, True])), math.fsum([-0.0, -0.0]))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([1e308, -1e308, 1e308]))
for bad in ([1e308, 1e308], [math.inf, -math.inf], [1, "x"]):
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e-300, 1e-300), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(*[0.1] * 10), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan))
print(math.dist((1.1, 2.2, 3.3), (4.4, 5.5, 6.6)), math.dist([0, 0], [3, 4]), math.dist(iter([1]), iter([4])))
print(math.sumprod([0.1] * 10, [0.3] * 10), math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([1, 2.5, 3, True], [4, 5, 6.25, 0.1]))
print(math.sumprod([1e308, 1e308, -1e308], [1, 1, 1]), math.sumprod([], []), math.sumprod([Fraction(1, 3), 2], [3, 0.5]))
print(math.sumprod([10**20, 3], [10**20, 0.5]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4, 3]), math.prod(range(1, 30)), math.prod([2], start=3.5))
print(math.prod([Fraction(1, 2), 4]), math.prod(["ab"], start=3))
print(math.fma(0.1, 10, -1), math.fma(1e308, 10, -math.inf), math.fma(2, 3, 4), math.fma(1e-300, 1e-300, 0.0))
print(math.fma(3.0, 1 / 3, -1.0), math.fma(-0.0, 1.0, 0.0), math.fma(0.0, 1.0, -0.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0, steps=3), math.nextafter(0.0, -1), math.nextafter(-0.0, 1, steps=5))
print(math.nextafter(1.0, 1.0), math.nextafter(5e-324, -1, steps=3), math.nextafter(2.0, math.inf, steps=0), math.nextafter(math.inf, 0))
print(math.ulp(1.0), math.ulp(-1e308), math.ulp(0.0), math.ulp(math.inf), math.ulp(5e-324), math.ulp(2**52))
print([math.frexp(x) for x in (1.0, 0.1, 5e-324, -3e300, 0.0, -0.0, 1024)])
print(math.ldexp(1.5, 10), math.ldexp(0.75, -1074), math.ldexp(1.0, -1075), math.ldexp(1.0000000000000002, -1074))
print(math.ldexp(1.0, -10**30), math.ldexp(-0.0, 10**30), math.ldexp(math.inf, -5))
print(math.modf(-2.0), math.modf(3.75), math.modf(-math.inf), math.modf(-0.5))
for f, args in [(math.fma, (1e308, 10, 0)), (math.fma, (math.inf, 0, 1)), (math.dist, ([1], [1, 2])),
                (math.sumprod, ([1], [1, 2])), (math.nextafter, (1, 2, -1)), (math.ldexp, (1.0, 1.5)),
                (math.ldexp, (1.0, 10**30)), (math.prod, ([1], 1)), (math.nextafter, (1.0, 2.0, 3))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(e)
