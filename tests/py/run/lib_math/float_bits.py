# nextafter/ulp/frexp/ldexp/modf/copysign/fmod/remainder at the edges of the float format.
import math

tiny, big = 5e-324, 1.7976931348623157e308
for x in (0.0, -0.0, tiny, 2.2250738585072014e-308, 1.0, 1.5, 2.0 ** 52, big, math.inf):
    print(x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf), math.ulp(x), math.frexp(x))
print(math.nextafter(1.0, 2.0, steps=10**30), math.nextafter(-1.0, 1.0, steps=2**62), math.nextafter(big, math.inf, steps=1))
print(math.nextafter(0.0, 1.0, steps=3), math.nextafter(tiny, -1.0, steps=2), math.nextafter(math.nan, 1), math.nextafter(1, math.nan))
print([math.ldexp(1.0, e) for e in (-1074, -1075, -1022, 1023, 0)], math.ldexp(0.5, 1025) if False else None)
print([math.modf(x) for x in (1e300, -1e-300, 2.5, -2.5)], math.copysign(0.0, -1), math.copysign(math.nan, -1) != 0)
print([math.fmod(x, y) for x, y in ((7, 3), (-7, 3), (7, -3), (1e300, 3), (5.5, 0.25), (-0.0, 1))])
print([math.remainder(x, y) for x, y in ((7, 3), (-7, 3), (2.5, 1), (3.5, 1), (-2.5, 1), (1e300, 3), (tiny, 1))])
try:
    math.ldexp(1.0, 2000)
except OverflowError as e:
    print("OverflowError", e)
